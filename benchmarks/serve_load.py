"""Load benchmark of `kq serve`: N concurrent askers over the warm watch cache, for a fixed time.

    python benchmarks/serve_load.py                          # 8 askers, 10 s, 2000 pods
    python benchmarks/serve_load.py --askers 32 --seconds 30 --pods 10000

Starts the Kubernetes API test server over a generated cluster, then `kq serve` in its own
process (watch-cache mode, API tokens for admin and for alice, who may list pods in two
namespaces only, rate limit off), waits for /readyz, warms every table the questions read,
and lets N asker threads post questions and SQL to /api/ask as fast as answers come back,
half as admin and half as alice. Printed: requests, throughput, p50/p99/max latency, the
error count (anything but 200), and the server's median time per stage.
"""

from __future__ import annotations

import argparse
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

QUESTIONS = [
    "SELECT status, count(*) FROM pods GROUP BY 1",
    "pods in payments",
    "how many pods per namespace",
    "SELECT name, restarts FROM pods WHERE namespace = 'checkout' ORDER BY restarts DESC LIMIT 5",
    "which pods are crashlooping?",
    "SELECT namespace, count(*) FROM pods WHERE status != 'Running' GROUP BY ALL",
]
TOKENS = {"admin": "bench-admin-token", "alice": "bench-alice-token"}


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def config_text(kubeconfig: Path, port: int) -> str:
    return f"""
source: {{kubeconfig: {kubeconfig}, context: service, mode: watch-cache}}
server: {{host: 127.0.0.1, port: {port}}}
translator: {{name: offline}}
auth:
  methods: [tokens]
  tokens:
    - {{token: {TOKENS["admin"]}, user: admin, groups: ["system:masters"]}}
    - {{token: {TOKENS["alice"]}, user: alice, groups: [dev]}}
limits: {{rate_per_minute: 0}}
log: {{level: warning}}
"""


def wait_ready(http, timeout: float = 120.0) -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            if http.get("/readyz").status_code == 200:
                return
        except Exception:  # noqa: BLE001 - not listening yet
            pass
        if time.monotonic() > deadline:
            raise SystemExit("kq serve did not become ready")
        time.sleep(0.1)


def load(base: str, questions: list[str], askers: int, seconds: float) -> dict:
    import httpx

    latencies: list[float] = []
    errors: list[str] = []
    stages: dict[str, list[float]] = {}
    lock = threading.Lock()
    deadline = time.monotonic() + seconds

    def asker(i: int) -> None:
        who = "admin" if i % 2 == 0 else "alice"
        headers = {"Authorization": f"Bearer {TOKENS[who]}"}
        n = i
        with httpx.Client(base_url=base, timeout=60, headers=headers) as http:
            while time.monotonic() < deadline:
                question = questions[n % len(questions)]
                n += 1
                start = time.perf_counter()
                r = http.post("/api/ask", json={"question": question})
                took = time.perf_counter() - start
                with lock:
                    latencies.append(took)
                    if r.status_code != 200:
                        errors.append(f"{r.status_code} {who} {question!r}: {r.text[:200]}")
                    else:
                        for stage, s in r.json()["timings"].items():
                            stages.setdefault(stage, []).append(s)

    threads = [threading.Thread(target=asker, args=(i,)) for i in range(askers)]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - start
    return {"latencies": latencies, "errors": errors, "elapsed": elapsed, "stages": stages}


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--askers", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--pods", type=int, default=2000)
    parser.add_argument("--sql-only", action="store_true", help="Ask only the SQL (no translation).")
    args = parser.parse_args()
    questions = [q for q in QUESTIONS if q.startswith("SELECT")] if args.sql_only else QUESTIONS

    import httpx

    from kubequery.testserver import TEST_CONTEXTS, KubeAPIServer

    server = KubeAPIServer.demo(pods=args.pods, bookmark_interval=1.0).start()
    with tempfile.TemporaryDirectory() as tmp:
        kubeconfig = server.kubeconfig(Path(tmp) / "kubeconfig", users=TEST_CONTEXTS)
        port = free_port()
        config = Path(tmp) / "config.yaml"
        config.write_text(config_text(kubeconfig, port))
        service = subprocess.Popen(
            [sys.executable, "-m", "kubequery.cli", "serve", "--config", str(config)],
            cwd=REPO,
        )
        base = f"http://127.0.0.1:{port}"
        try:
            with httpx.Client(base_url=base, timeout=120) as http:
                wait_ready(http)
                for who in TOKENS.values():  # warm: every table read, every access review made
                    for q in questions:
                        auth = {"Authorization": f"Bearer {who}"}
                        r = http.post("/api/ask", json={"question": q}, headers=auth)
                        if r.status_code != 200:
                            raise SystemExit(f"warm-up failed: {r.status_code} {r.text[:300]}")
            out = load(base, questions, args.askers, args.seconds)
        finally:
            service.terminate()
            service.wait(30)
            server.stop()
    lat = out["latencies"]
    what = "SQL only" if args.sql_only else "questions and SQL"
    print(
        f"kq serve load: {args.pods} pods, watch cache, {args.askers} askers (admin and alice), "
        f"{what}, {args.seconds:g} s"
    )
    print(f"  requests      {len(lat)}")
    print(f"  throughput    {len(lat) / out['elapsed']:.1f} answers/s")
    print(f"  latency p50   {statistics.median(lat) * 1000:.1f} ms")
    print(f"  latency p99   {percentile(lat, 99) * 1000:.1f} ms")
    print(f"  latency max   {max(lat) * 1000:.1f} ms")
    print(f"  errors        {len(out['errors'])}")
    print(
        "  server p50 by stage (ms): "
        + ", ".join(f"{k} {statistics.median(v) * 1000:.1f}" for k, v in out["stages"].items())
    )
    for e in out["errors"][:5]:
        print(f"    {e}")
    return 1 if out["errors"] else 0


if __name__ == "__main__":
    sys.exit(main())
