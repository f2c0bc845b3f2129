"""How long the offline translator takes per question, on the demo cluster.

    python benchmarks/offline_speed.py [--cold N]

Reads the original dev set's questions (eval/cases/dev.yaml) once to warm the cluster's names
and values, then times each question a second time: the median and p95 are the steady state a
user of `kq` sees after the first question of a session.

With `--cold N`, it also asks N of those questions (evenly spread) each as the first question
of a fresh process, as one `kq "…"` does: the translator is built, then times its first answer
and counts the queries its grounding sends to the cluster (each one a list call on a live one).
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kubequery.engine import Engine  # noqa: E402
from kubequery.sources.factory import demo_source  # noqa: E402
from kubequery.translate.choose import make_translator  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
CASES = ROOT / "eval" / "cases" / "dev.yaml"

# One question in a fresh interpreter: the time to build the translator and answer it, and the
# queries sent to the cluster meanwhile. Imports are not counted: `kq` pays them whatever it asks.
_FIRST_QUESTION = """
import json, sys, time
from kubequery.engine import Engine
from kubequery.sources.factory import demo_source
from kubequery.translate.choose import make_translator
engine = Engine(demo_source())
queries = []
query = engine.query
engine.query = lambda sql: queries.append(sql) or query(sql)
start = time.perf_counter()
make_translator("offline", engine).translate(sys.argv[1])
print(json.dumps({"ms": (time.perf_counter() - start) * 1000, "queries": len(queries)}))
"""


def _percentiles(times: list[float]) -> str:
    times = sorted(times)
    p95 = times[max(int(len(times) * 0.95) - 1, 0)]
    return f"median {statistics.median(times):.1f} ms · p95 {p95:.1f} ms · max {times[-1]:.1f} ms"


def cold(questions: list[str], n: int) -> None:
    picked = questions[:: max(len(questions) // n, 1)][:n]
    command = [sys.executable, "-c", _FIRST_QUESTION]
    runs = [
        json.loads(subprocess.run([*command, q], capture_output=True, text=True, check=True, cwd=ROOT).stdout)
        for q in picked
    ]
    print(f"first question of a fresh process, {len(runs)} of them")
    print(f"  {_percentiles([r['ms'] for r in runs])}")
    counts = sorted(r["queries"] for r in runs)
    print(f"  grounding queries: median {statistics.median(counts):g} · max {counts[-1]}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cold", type=int, default=0, help="also time N first questions, one process each")
    args = parser.parse_args()
    cases = yaml.safe_load(CASES.read_text())
    questions = [c["question"] for c in cases if not c.get("conversation") and not c.get("decline")]
    if args.cold:
        cold(questions, args.cold)
    translator = make_translator("offline", Engine(demo_source()))
    for q in questions:  # the first pass reads the cluster's names and values
        translator.translate(q)
    times = []
    for q in questions:
        start = time.perf_counter()
        translator.translate(q)
        times.append((time.perf_counter() - start) * 1000)
    print(f"offline translator on the demo cluster, {len(times)} dev.yaml questions, warm")
    print(f"  {_percentiles(times)}")


if __name__ == "__main__":
    main()
