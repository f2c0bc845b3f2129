"""Live-cluster benchmark against the Kubernetes API test server (10k pods by default).

    python benchmarks/live.py              # 10k pods
    python benchmarks/live.py --pods 2000

All in one run: `kq` counting pods vs `kubectl get pods -A -o json > /dev/null`
(fresh processes, median of 3), bytes and time with and without pushdown for a
namespace and a label filter, a metadata-only list vs a full one, and warm
watch-cache query latency (p50/p99). The server runs in its own process over
TLS (kubectl sends tokens only over TLS).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from kubequery.compiler.plan import Fetch
from kubequery.engine import Engine
from kubequery.sources.base import Listing
from kubequery.sources.live import open_live_source


class Unfiltered:
    """The same live source with every fetch widened to an unselected list of whole objects."""

    def __init__(self, inner):
        self.inner, self.now, self.description = inner, inner.now, inner.description
        self.cluster = inner.cluster

    def catalog(self):
        return self.inner.catalog()

    def start_query(self):
        self.inner.start_query()
        self.now = self.inner.now

    def list(self, table, fetch: Fetch) -> Listing:
        return self.inner.list(table, Fetch())


def start_server(pods: int, workdir: Path) -> tuple[subprocess.Popen, Path]:
    kubeconfig = workdir / "kubeconfig.yaml"
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "kubequery.testserver",
            "--demo",
            "--pods",
            str(pods),
            "--tls",
            "--test-users",
            "--kubeconfig",
            str(kubeconfig),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    line = proc.stdout.readline()
    if "serving" not in line:
        proc.kill()
        raise SystemExit(f"test server did not start: {line}")
    return proc, kubeconfig


def timed_runs(cmd: list[str], runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def measure(engine: Engine, sql: str, runs: int = 3) -> tuple[float, int, int]:
    """Median seconds, bytes received and objects fetched for one query."""
    client = getattr(engine.source, "inner", engine.source).client
    times, sizes, objects = [], [], 0
    for _ in range(runs):
        before = client.bytes_received
        start = time.perf_counter()
        result = engine.query(sql)
        times.append(time.perf_counter() - start)
        sizes.append(client.bytes_received - before)
        objects = result.objects_fetched
    return statistics.median(times), int(statistics.median(sizes)), objects


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pods", type=int, default=10_000)
    args = parser.parse_args()
    workdir = Path(tempfile.mkdtemp(prefix="kq-bench-"))
    proc, kubeconfig = start_server(args.pods, workdir)
    try:
        print(f"test server: {args.pods} pods, TLS, kubeconfig {kubeconfig}\n")
        kq = [
            sys.executable,
            "-m",
            "kubequery.cli",
            "--kubeconfig",
            str(kubeconfig),
            "--context",
            "admin",
            "-q",
        ]
        count = timed_runs([*kq, "--sql", "SELECT count(*) FROM pods"])
        full = timed_runs([*kq, "--sql", "SELECT status, count(*) FROM pods GROUP BY 1"])
        print(f"{'kq: SELECT count(*) FROM pods (fresh process)':<62} {count:7.2f} s")
        print(f"{'kq: status counts, whole objects (fresh process)':<62} {full:7.2f} s")
        kubectl = shutil.which("kubectl")
        if kubectl:
            k = timed_runs(
                [
                    kubectl,
                    "--kubeconfig",
                    str(kubeconfig),
                    "--context",
                    "admin",
                    "get",
                    "pods",
                    "-A",
                    "-o",
                    "json",
                ]
            )
            print(f"{'kubectl get pods -A -o json > /dev/null':<62} {k:7.2f} s")
            print(f"{'ratio kubectl / kq count':<62} {k / count:7.1f}x")
            print(f"{'ratio kubectl / kq status counts':<62} {k / full:7.1f}x")
        else:
            print("kubectl not found: no kubectl comparison")

        source = open_live_source(kubeconfig=str(kubeconfig), context="admin")
        pushed, unfiltered = Engine(source), Engine(Unfiltered(source))
        pushed.query("SELECT count(*) FROM namespaces")  # warm the connection and discovery
        print(f"\n{'in one process':<44} {'seconds':>8} {'bytes':>12} {'objects':>8}")
        cases = [
            ("namespace filter", "SELECT name, status FROM pods WHERE namespace = 'payments'"),
            ("label filter", "SELECT name, status FROM pods WHERE labels['app'] = 'storefront'"),
            ("metadata only (count)", "SELECT count(*) FROM pods"),
        ]
        for label, sql in cases:
            t1, b1, o1 = measure(pushed, sql)
            t0, b0, o0 = measure(unfiltered, sql)
            print(f"{label + ', pushed down':<44} {t1:8.3f} {b1:12,} {o1:8,}")
            print(
                f"{label + ', unfiltered whole list':<44} {t0:8.3f} {b0:12,} {o0:8,}   "
                f"({t0 / t1:.1f}x time, {b0 / max(b1, 1):.1f}x bytes)"
            )

        from kubequery.sources.watchcache import open_watch_cache  # noqa: PLC0415

        cache = open_watch_cache(kubeconfig=str(kubeconfig), context="admin")
        try:
            engine = Engine(cache.source())
            sql = "SELECT status, count(*) FROM pods GROUP BY 1"
            start = time.perf_counter()
            engine.query(sql)
            first = time.perf_counter() - start
            print(f"\n{'watch cache: first query (list + watch start)':<62} {first:7.2f} s")
            lat = []
            for _ in range(100):
                start = time.perf_counter()
                engine.query(sql)
                lat.append(time.perf_counter() - start)
            lat.sort()
            print(
                f"{'watch cache: warm status counts, p50 / p99 of 100':<62} "
                f"{lat[49] * 1000:7.1f} / {lat[98] * 1000:.1f} ms"
            )
        finally:
            cache.close()
    finally:
        proc.terminate()
        proc.wait(timeout=10)


if __name__ == "__main__":
    main()
