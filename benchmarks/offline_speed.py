"""How long the offline translator takes per question, on the demo cluster.

    python benchmarks/offline_speed.py

Reads the original dev set's questions (eval/cases/dev.yaml) once to warm the cluster's names
and values, then times each question a second time: the median and p95 are the steady state a
user of `kq` sees after the first question of a session.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kubequery.engine import Engine  # noqa: E402
from kubequery.sources.factory import demo_source  # noqa: E402
from kubequery.translate.choose import make_translator  # noqa: E402

CASES = Path(__file__).resolve().parent.parent / "eval" / "cases" / "dev.yaml"


def main() -> None:
    cases = yaml.safe_load(CASES.read_text())
    questions = [c["question"] for c in cases if not c.get("conversation") and not c.get("decline")]
    translator = make_translator("offline", Engine(demo_source()))
    for q in questions:  # the first pass reads the cluster's names and values
        translator.translate(q)
    times = []
    for q in questions:
        start = time.perf_counter()
        translator.translate(q)
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    p95 = times[int(len(times) * 0.95) - 1]
    print(f"offline translator on the demo cluster, {len(times)} dev.yaml questions")
    print(f"  median {statistics.median(times):.1f} ms · p95 {p95:.1f} ms · max {times[-1]:.1f} ms")


if __name__ == "__main__":
    main()
