"""The engine: a checked plan, run against a source, answered by DuckDB.

One Engine object serves the CLI, the server and the eval harness. Each query
gets its own in-memory DuckDB connection: the fetched objects are loaded into
tables, then external access is switched off and the configuration locked
before the user's SQL runs, under a row limit and a time limit.
"""

from __future__ import annotations

import threading
import time
import uuid
from dataclasses import dataclass, field, replace
from typing import Any

import duckdb
import pyarrow as pa

from kubequery.catalog import Catalog, default_catalog
from kubequery.compiler import Fetch, Plan, compile_query
from kubequery.errors import ExecutionError, QueryTimeoutError
from kubequery.ingest import SHARED_ARROW_CACHE, build_arrow, create_table_sql, gc_paused
from kubequery.sources.base import Source

DEFAULT_ROW_LIMIT = 10_000
DEFAULT_TIMEOUT = 60.0  # seconds for the DuckDB part


@dataclass
class Result:
    columns: list[str]
    types: list[str]
    rows: list[tuple[Any, ...]]
    sql: str  # the SQL as asked
    plan: Plan  # plan.sql is what ran
    source: str
    timings: dict[str, float] = field(default_factory=dict)  # seconds per stage
    warnings: list[str] = field(default_factory=list)
    truncated: bool = False
    objects_fetched: int = 0

    def as_dicts(self) -> list[dict[str, Any]]:
        return [dict(zip(self.columns, row, strict=True)) for row in self.rows]


class Engine:
    def __init__(
        self,
        source: Source,
        catalog: Catalog | None = None,
        *,
        row_limit: int = DEFAULT_ROW_LIMIT,
        timeout: float = DEFAULT_TIMEOUT,
        memory_limit: str = "4GB",
    ) -> None:
        self.source = source
        self._catalog = catalog
        self.row_limit = row_limit
        self.timeout = timeout
        self.memory_limit = memory_limit

    @property
    def catalog(self) -> Catalog:
        """The tables: the catalog given, else the source's own (its CRDs, a live cluster's
        discovery, cached there), else the shipped one."""
        if self._catalog is not None:
            return self._catalog
        own = getattr(self.source, "catalog", None)
        if callable(own):
            return own()
        return own if isinstance(own, Catalog) else default_catalog()

    def explain(self, sql: str, catalog: Catalog | None = None) -> Plan:
        """Check and plan `sql` without fetching anything."""
        return compile_query(sql, catalog or self.catalog, self.source.now)

    def query(self, sql: str) -> Result:
        """Answer `sql` from the source."""
        timings: dict[str, float] = {}
        start = time.perf_counter()
        start_query = getattr(self.source, "start_query", None)
        if start_query is not None:
            start_query()  # a live source pins `now` here, for this query's compile and ingest alike
        catalog = self.catalog  # one catalog for the whole query
        plan = self.explain(sql, catalog)
        timings["compile"] = time.perf_counter() - start

        warnings: list[str] = []
        con = _locked_connection(self.memory_limit)
        loaded: list[str] = []
        clean = False
        try:
            # The collector stays paused until the fetched objects are gone again: run in between,
            # it would walk every parsed object once per generation (0.3 s for 10k pods).
            with gc_paused():
                fetched = self._load(con, plan, catalog, timings, warnings, loaded)
            start = time.perf_counter()
            columns, types, rows, truncated = self._run(con, plan.sql)
            timings["execute"] = time.perf_counter() - start
            clean = True
        finally:
            _release(con, loaded, clean)
        if truncated:
            warnings.append(
                f"answer truncated to the first {self.row_limit} rows; add a LIMIT or narrow the query"
            )
        timings["total"] = sum(timings.values())
        return Result(
            columns=columns,
            types=types,
            rows=rows,
            sql=sql,
            plan=plan,
            source=self.source.description,
            timings=timings,
            warnings=warnings,
            truncated=truncated,
            objects_fetched=fetched,
        )

    def _load(
        self,
        con: duckdb.DuckDBPyConnection,
        plan: Plan,
        catalog: Catalog,
        timings: dict,
        warnings: list,
        loaded: list[str],
    ) -> int:
        fetch_time = load_time = 0.0
        fetched = 0
        start = time.perf_counter()
        clusters = getattr(self.source, "clusters", None)  # several clusters: one fetch per cluster
        fetches = {tp.table: _per_cluster(tp.fetches, clusters) for tp in plan.tables}
        requests = [(catalog[tp.table], fetch) for tp in plan.tables for fetch in fetches[tp.table]]
        list_many = getattr(self.source, "list_many", None)
        if list_many is not None:  # every fetch at once: a live source runs them concurrently
            listings = iter(list_many(requests))
        else:
            listings = (self.source.list(table, fetch) for table, fetch in requests)
        fetch_time += time.perf_counter() - start
        for tp in plan.tables:
            table = catalog[tp.table]
            start = time.perf_counter()
            by_cluster: dict[str | None, list[dict]] = {}  # the `cluster` column comes from the listing
            seen: set[tuple[str | None, str]] = set()
            single = len(fetches[tp.table]) == 1  # one list call: nothing can come twice
            for _ in fetches[tp.table]:
                listing = next(listings)
                warnings.extend(w for w in listing.warnings if w not in warnings)
                if single:
                    by_cluster[listing.cluster] = list(listing.objects)
                    continue
                objects = by_cluster.setdefault(listing.cluster, [])
                for obj in listing.objects:
                    key = (listing.cluster, _identity(obj))
                    if key not in seen:  # overlapping fetches list an object twice
                        seen.add(key)
                        objects.append(obj)
            fetched += sum(map(len, by_cluster.values()))
            fetch_time += time.perf_counter() - start
            start = time.perf_counter()
            # Objects that never change once read (snapshots, watch-cache copies) keep their
            # built columns from one query to the next.
            build = SHARED_ARROW_CACHE.build if getattr(self.source, "stable_objects", False) else build_arrow
            parts = [
                build(table, tp.columns, objects, self.source.now, cluster)
                for cluster, objects in by_cluster.items()
            ] or [build_arrow(table, tp.columns, [], self.source.now)]
            arrow = pa.concat_tables(parts) if len(parts) > 1 else parts[0]
            name = f"__arrow_{uuid.uuid4().hex}"
            con.register(name, arrow)
            loaded.append(table.name)
            con.execute(create_table_sql(table, tp.columns, name))
            con.unregister(name)
            load_time += time.perf_counter() - start
        timings["fetch"] = fetch_time
        timings["load"] = load_time
        return fetched

    def _run(self, con: duckdb.DuckDBPyConnection, sql: str) -> tuple[list, list, list, bool]:
        # A cursor of its own: closing it ends a result read only up to the row limit.
        cursor = con.cursor()
        timer = threading.Timer(self.timeout, cursor.interrupt)
        timer.start()
        try:
            cursor.execute(sql)
            rows = cursor.fetchmany(self.row_limit + 1)
            description = cursor.description or []
        except duckdb.InterruptException:
            raise QueryTimeoutError(
                f"query ran longer than {self.timeout:g} s and was stopped",
                hint="narrow it with WHERE or LIMIT",
            ) from None
        except duckdb.Error as e:
            raise ExecutionError(_duckdb_message(e)) from None
        finally:
            timer.cancel()
            cursor.close()
        truncated = len(rows) > self.row_limit
        return (
            [d[0] for d in description],
            [str(d[1]) for d in description],
            rows[: self.row_limit],
            truncated,
        )


_connections = threading.local()


def _locked_connection(memory_limit: str) -> duckdb.DuckDBPyConnection:
    """This thread's DuckDB database, opened once (opening one costs ~20 ms) with external
    access disabled and its configuration locked before any query runs in it; Arrow tables
    are registered explicitly, which the lock allows."""
    con = getattr(_connections, memory_limit, None)
    if con is None:
        con = duckdb.connect(config={"threads": 2, "memory_limit": memory_limit})
        con.execute("SET TimeZone = 'UTC'")
        con.execute("SET enable_external_access = false")
        con.execute("SET lock_configuration = true")
        setattr(_connections, memory_limit, con)
    return con


def _release(con: duckdb.DuckDBPyConnection, tables: list[str], clean: bool) -> None:
    """Drop this query's tables; a database a query failed in is closed and opened anew next time."""
    try:
        if not clean:
            raise duckdb.Error("query failed")
        for name in tables:
            con.execute(f'DROP TABLE IF EXISTS "{name}"')
        if con.execute("SELECT count(*) FROM duckdb_tables()").fetchall()[0][0]:
            raise duckdb.Error("tables left behind")
    except duckdb.Error:
        con.close()
        for key, value in list(vars(_connections).items()):
            if value is con:
                delattr(_connections, key)


def _per_cluster(fetches: tuple[Fetch, ...], clusters: list[str] | None) -> list[Fetch]:
    """A fetch that names no cluster goes to each of a multi-cluster source's clusters."""
    if not clusters:
        return list(fetches)
    return [
        f if f.cluster is not None else replace(f, cluster=c)
        for f in fetches
        for c in ([f.cluster] if f.cluster is not None else clusters)
    ]


def _identity(obj: dict) -> str:
    """The uid, or for manifests without one, the namespace and name."""
    meta = obj.get("metadata") or {}
    return meta.get("uid") or f"{meta.get('namespace') or ''}/{meta.get('name') or id(obj)}"


def _duckdb_message(e: Exception) -> str:
    """DuckDB's message without its internal noise, kept honest."""
    text = str(e).strip()
    return text.split("\n\nLINE")[0] if text else type(e).__name__
