"""Watch-cache benchmark: a repeated query answered from memory, against the test API server.

    python benchmarks/watchcache.py                  # 10k pods, 100 queries
    python benchmarks/watchcache.py --pods 2000 --queries 50

Starts the Kubernetes API test server over a generated cluster, a WatchCache
listing and watching as the service account, and asks the same query again and
again through the engine (compile, fetch from the cache, load into DuckDB,
execute), as the admin (cluster-wide) and as alice (two namespaces, access
reviews cached). Printed: the cold first query (the first list), warm p50/p99,
and how long a change on the server takes to reach the cache.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

SQL = "SELECT status, count(*) FROM pods GROUP BY 1"


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def run(pods: int, queries: int, sql: str) -> dict:
    """Cold and warm latencies (seconds) of `sql` through a watch cache over `pods` pods."""
    from kubequery.engine import Engine
    from kubequery.kube.client import Identity
    from kubequery.kube.config import select_target
    from kubequery.sources.watchcache import WatchCache
    from kubequery.testserver import TEST_CONTEXTS, KubeAPIServer

    server = KubeAPIServer.demo(pods=pods, bookmark_interval=1.0).start()
    out: dict = {"pods": pods, "queries": queries, "sql": sql}
    try:
        with tempfile.TemporaryDirectory() as tmp:
            kubeconfig = server.kubeconfig(Path(tmp) / "kubeconfig", users=TEST_CONTEXTS)
            cache = WatchCache(select_target(str(kubeconfig), "service"), ready_timeout=120)
            try:
                for name, identity in (
                    ("admin", Identity("admin", ("system:masters",))),
                    ("alice", Identity("alice", ("dev",))),
                ):
                    engine = Engine(cache.source(identity))
                    start = time.perf_counter()
                    engine.query(sql)
                    out[f"{name} first query s"] = time.perf_counter() - start
                    times = []
                    stages: dict[str, list[float]] = {}
                    for _ in range(queries):
                        start = time.perf_counter()
                        result = engine.query(sql)
                        times.append(time.perf_counter() - start)
                        for stage, seconds in result.timings.items():
                            stages.setdefault(stage, []).append(seconds)
                    out[f"{name} warm p50 ms"] = statistics.median(times) * 1000
                    out[f"{name} warm p99 ms"] = percentile(times, 99) * 1000
                    out[f"{name} p50 by stage"] = ", ".join(
                        f"{stage} {statistics.median(v) * 1000:.1f}"
                        for stage, v in stages.items()
                        if stage != "total"
                    )
                template = dict(server.store.objects(["Pod"])[0])
                ns = template["metadata"]["namespace"]
                meta = {**template["metadata"], "name": "bench-new-pod", "uid": "bench-new-pod"}

                def visible() -> bool:
                    pods = cache.cut([("", "v1", "pods")])[("", "v1", "pods")]
                    return any(o["metadata"]["name"] == "bench-new-pod" for o in pods.objects([ns]))

                start = time.perf_counter()
                server.add({**template, "metadata": meta})
                while not visible():
                    time.sleep(0.0005)
                out["change in cache after ms"] = (time.perf_counter() - start) * 1000
            finally:
                cache.close()
    finally:
        server.stop()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--pods", type=int, default=10_000)
    parser.add_argument("--queries", type=int, default=100)
    parser.add_argument("--sql", default=SQL)
    args = parser.parse_args()
    result = run(args.pods, args.queries, args.sql)
    for key, value in result.items():
        print(f"{key:>24}: {value:.1f}" if isinstance(value, float) else f"{key:>24}: {value}")


if __name__ == "__main__":
    main()
