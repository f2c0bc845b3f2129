"""Ingest benchmark: snapshot JSON → DuckDB → answer, next to merely parsing the bytes.

    python benchmarks/ingest.py                 # 10k and 100k pods
    python benchmarks/ingest.py --sizes 10000   # just 10k

Each measurement runs in a fresh process (so peak RSS is its own, and import
time counts), three times; the median run is shown. Clusters
come from the demo generator and are cached under bench-data/. Printed:
seconds and peak RSS per path, and the ratios to the parse-only floor.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "bench-data"

QUERIES = {
    "count by status": "SELECT status, count(*) FROM pods GROUP BY ALL",
    "top 10 restarts": "SELECT namespace, name, restarts FROM pods ORDER BY restarts DESC LIMIT 10",
    "select * (every column, raw JSON too)": "SELECT * FROM pods WHERE restarts > 5",
}


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure_parse(path: Path) -> dict:
    """The floor: read the bytes and parse them with orjson, collector paused."""
    import gc

    import orjson

    start = time.perf_counter()
    data = path.read_bytes()
    gc.disable()
    doc = orjson.loads(data)
    gc.enable()
    return {"seconds": time.perf_counter() - start, "objects": len(doc["items"]), "bytes": len(data)}


def measure_kq(path: Path, sql: str) -> dict:
    """kubequery's whole path: load the snapshot, plan, build columns, DuckDB, answer."""
    from kubequery.engine import Engine
    from kubequery.sources.factory import snapshot_source

    start = time.perf_counter()
    source = snapshot_source([path])
    loaded = time.perf_counter()
    result = Engine(source).query(sql)
    end = time.perf_counter()
    return {
        "seconds": end - start,
        "snapshot_load": loaded - start,
        "rows": len(result.rows),
        **{f"stage_{k}": v for k, v in result.timings.items()},
    }


def measure_duckdb_read_json(path: Path) -> dict:
    """Option: DuckDB parses the file itself into declared columns (no kubectl logic, no raw object)."""
    import duckdb

    start = time.perf_counter()
    con = duckdb.connect()
    con.execute(
        "CREATE TABLE pods AS SELECT i.metadata.name AS name, i.metadata.namespace AS namespace, "
        "i.status.phase AS phase FROM (SELECT unnest(items) AS i FROM read_json(?, "
        "columns = {items: 'STRUCT(metadata STRUCT(name VARCHAR, namespace VARCHAR), "
        "status STRUCT(phase VARCHAR))[]'}, maximum_object_size = 2000000000))",
        [str(path)],
    )
    rows = con.execute("SELECT phase, count(*) FROM pods GROUP BY ALL").fetchall()
    return {"seconds": time.perf_counter() - start, "rows": len(rows)}


def measure_executemany(path: Path) -> dict:
    """Option: parse in Python, insert row by row (three columns only)."""
    import gc

    import duckdb
    import orjson

    start = time.perf_counter()
    gc.disable()
    items = orjson.loads(path.read_bytes())["items"]
    gc.enable()
    con = duckdb.connect()
    con.execute("CREATE TABLE pods (name VARCHAR, namespace VARCHAR, phase VARCHAR)")
    con.executemany(
        "INSERT INTO pods VALUES (?, ?, ?)",
        [
            (i["metadata"]["name"], i["metadata"].get("namespace"), i.get("status", {}).get("phase"))
            for i in items
        ],
    )
    rows = con.execute("SELECT phase, count(*) FROM pods GROUP BY ALL").fetchall()
    return {"seconds": time.perf_counter() - start, "rows": len(rows)}


MEASURES = {
    "parse": measure_parse,
    "kq": measure_kq,
    "duckdb_read_json": measure_duckdb_read_json,
    "executemany": measure_executemany,
}


REPEAT = 3


def run_one(mode: str, path: Path, sql: str | None) -> dict:
    """Run one measurement REPEAT times, each in a fresh interpreter; the median run's figures."""
    cmd = [sys.executable, __file__, "--one", mode, str(path)] + (["--sql", sql] if sql else [])
    runs = []
    for _ in range(REPEAT):
        out = subprocess.run(cmd, capture_output=True, text=True, check=True, cwd=REPO).stdout
        runs.append(json.loads(out.strip().splitlines()[-1]))
    runs.sort(key=lambda r: r["seconds"])
    return runs[len(runs) // 2]


def cluster_file(pods: int) -> Path:
    path = DATA / f"demo-{pods}.json"
    if not path.exists():
        from kubequery.demo import write_snapshot

        DATA.mkdir(exist_ok=True)
        start = time.perf_counter()
        write_snapshot(str(path), seed=1, pods=pods)
        print(f"generated {path.name} in {time.perf_counter() - start:.1f} s", file=sys.stderr)
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--options", action="store_true", help="also time the alternatives (10k only)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per measurement (median shown)")
    parser.add_argument("--one", nargs=2, metavar=("MODE", "PATH"), help=argparse.SUPPRESS)
    parser.add_argument("--sql", help=argparse.SUPPRESS)
    args = parser.parse_args()

    global REPEAT
    REPEAT = args.repeat
    if args.one:
        mode, path = args.one
        fn = MEASURES[mode]
        figures = fn(Path(path), args.sql) if mode == "kq" else fn(Path(path))
        figures["peak_rss_mb"] = _peak_rss_mb()
        print(json.dumps(figures))
        return

    print(f"{'cluster':>12}  {'path':<44} {'seconds':>8} {'peak RSS':>9}  {'vs parse':>9}")
    for pods in args.sizes:
        path = cluster_file(pods)
        size_mb = path.stat().st_size / 1e6
        floor = run_one("parse", path, None)
        label = f"{pods // 1000}k pods"
        print(
            f"{label:>12}  {'parse only (orjson, GC paused)':<44} {floor['seconds']:8.2f} "
            f"{floor['peak_rss_mb']:7.0f}MB  {'1.00x':>9}   ({size_mb:.0f} MB of JSON)"
        )
        for name, sql in QUERIES.items():
            fig = run_one("kq", path, sql)
            print(
                f"{'':>12}  {'kq: ' + name:<44} {fig['seconds']:8.2f} {fig['peak_rss_mb']:7.0f}MB  "
                f"{fig['seconds'] / floor['seconds']:8.2f}x   "
                f"(snapshot {fig['snapshot_load']:.2f} s, columns+load {fig['stage_load']:.2f} s, "
                f"query {fig['stage_execute'] * 1000:.0f} ms)"
            )
        if args.options and pods <= 10_000:
            for mode, name in (
                ("duckdb_read_json", "option: DuckDB read_json, 3 columns"),
                ("executemany", "option: executemany rows, 3 columns"),
            ):
                fig = run_one(mode, path, None)
                print(
                    f"{'':>12}  {name:<44} {fig['seconds']:8.2f} {fig['peak_rss_mb']:7.0f}MB  "
                    f"{fig['seconds'] / floor['seconds']:8.2f}x"
                )


if __name__ == "__main__":
    main()
