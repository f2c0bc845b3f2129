"""Objects → DuckDB tables, column-wise through Arrow.

Measured options for 10k pods (benchmarks/ingest.py; PERF-NOTES.md): row-by-row
inserts take seconds; building one Python list per column, handing the lists
to Arrow and `CREATE TABLE … AS SELECT` from the Arrow table takes a fraction
of that, and only the columns a query reads are built at all. Timestamps travel
as text and JSON as serialised text; DuckDB casts them on the way in.
"""

from __future__ import annotations

import gc
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable
from contextlib import contextmanager
from datetime import datetime
from typing import Any

import orjson
import pyarrow as pa

from kubequery.catalog import Column, Table
from kubequery.columns import COMPUTED, EXPANDERS, RowContext
from kubequery.errors import SourceError
from kubequery.objects import get_path
from kubequery.quantity import quantity_or_none

_ARROW_TYPES: dict[str, pa.DataType] = {
    "text": pa.string(),
    "int": pa.int64(),
    "float": pa.float64(),
    "bool": pa.bool_(),
    "timestamp": pa.string(),
    "interval": pa.duration("us"),
    "json": pa.string(),
    "map": pa.map_(pa.string(), pa.string()),
    "list": pa.list_(pa.string()),
}


@contextmanager
def gc_paused():
    """Building millions of small objects triggers the cyclic GC over and over; pause it."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _convert(column: Column) -> Callable[[Any], Any]:
    """A function making a raw value fit the column's Arrow type."""
    kind = column.type
    if kind == "text":
        return lambda v: (
            v
            if v is None or isinstance(v, str)
            else (orjson.dumps(v).decode() if isinstance(v, (dict, list)) else str(v))
        )
    if kind == "int":
        return lambda v: v if v is None or isinstance(v, int) else _to_int(v)
    if kind == "float":
        return lambda v: v if v is None or isinstance(v, float) else _to_float(v)
    if kind == "bool":
        return lambda v: v if v is None or isinstance(v, bool) else str(v).lower() == "true"
    if kind == "timestamp":
        return lambda v: v.isoformat() if isinstance(v, datetime) else (v or None)
    if kind == "json":
        return lambda v: None if v is None else orjson.dumps(v).decode()
    if kind == "map":
        return lambda v: (
            {str(k): None if x is None else str(x) for k, x in v.items()} if isinstance(v, dict) else None
        )
    if kind == "list":
        return lambda v: (
            [x if isinstance(x, str) else orjson.dumps(x).decode() for x in v]
            if isinstance(v, list)
            else None
        )
    return lambda v: v


def _to_int(v: Any) -> int | None:
    try:
        return int(v)
    except (TypeError, ValueError):
        return None


def _to_float(v: Any) -> float | None:
    try:
        return float(v)
    except (TypeError, ValueError):
        return None


def _getter(column: Column, ctx: RowContext) -> Callable[[dict], Any]:
    """A function reading the column's raw value from a row."""
    if column.compute:
        fn = COMPUTED[column.compute].fn
        return lambda row: fn(row, ctx)
    path = column.path
    assert path is not None
    if column.transform == "quantity":
        return lambda row: quantity_or_none(get_path(row, path))
    if column.transform == "count":
        return lambda row: len(v) if isinstance(v := get_path(row, path), (list, dict)) else None
    if column.transform == "keys":
        return lambda row: sorted(v) if isinstance(v := get_path(row, path), dict) else None
    if len(path) == 2:  # the common case, without the loop
        a, b = path
        return lambda row: (row.get(a) or {}).get(b) if isinstance(row.get(a), dict) else None
    return lambda row: get_path(row, path)


def table_rows(table: Table, objects: Iterable[dict]) -> list[dict]:
    """The rows of `table` for these objects (expanded tables give several per object)."""
    if table.expand is None:
        return list(objects)
    expand = EXPANDERS[table.expand]
    return [row for obj in objects for row in expand(obj)]


def build_arrow(
    table: Table, columns: Iterable[str], objects: Iterable[dict], now: datetime, cluster: str | None = None
) -> pa.Table:
    """An Arrow table holding `columns` of `table` for `objects` (from `cluster`)."""
    ctx = RowContext(now=now, cluster=cluster)
    cols = [table.by_name[name] for name in columns]
    with gc_paused():
        rows = table_rows(table, objects)
        # Row by row, so that columns sharing a computation (per_row) compute it once.
        readers = [(_getter(col, ctx), _convert(col)) for col in cols]
        values: list[list[Any]] = [[] for _ in cols]
        for row in rows:
            for (get, conv), out in zip(readers, values, strict=True):
                out.append(conv(get(row)))
        arrays = {}
        for col, vals in zip(cols, values, strict=True):
            try:
                arrays[col.name] = pa.array(vals, type=_ARROW_TYPES[col.type])
            except (pa.ArrowException, OverflowError, TypeError, ValueError) as e:
                raise SourceError(
                    f"cannot load column {table.name}.{col.name} ({col.type}): an object holds "
                    f"a value of another shape: {e}"
                ) from None
    if not cols:
        # A query that reads no column (SELECT count(*) FROM pods) still needs the row count.
        return pa.table({"__row": pa.nulls(len(rows), pa.bool_())})
    return pa.table(arrays)


def create_table_sql(table: Table, columns: Iterable[str], arrow_name: str) -> str:
    """`CREATE TABLE … AS SELECT` casting text timestamps and JSON to their types (malformed → NULL)."""
    exprs = []
    for name in columns:
        col = table.by_name[name]
        if col.type in ("timestamp", "json"):
            exprs.append(f'TRY_CAST("{name}" AS {col.sql_type}) AS "{name}"')
        else:
            exprs.append(f'"{name}"')
    select = ", ".join(exprs) if exprs else '"__row"'
    return f'CREATE TABLE "{table.name}" AS SELECT {select} FROM "{arrow_name}"'


def reads_now(table: Table, columns: Iterable[str]) -> bool:
    """Whether any of these columns changes with now() (age, durations)."""
    computes = (table.by_name[name].compute for name in columns)
    return any(c is not None and COMPUTED[c].reads_now for c in computes)


class ArrowCache:
    """Built Arrow tables, kept for sources whose objects never change once read (snapshots,
    the watch cache's copies): a repeated query then skips computing its columns.

    The key holds the identity of every object, and the entry holds the objects themselves,
    so an id cannot be reused while the entry lives; now() is part of the key only when a
    column reads it. A different asker sees different objects, hence a different key.
    """

    def __init__(self, entries: int = 16, max_bytes: int = 512 * 2**20) -> None:
        self.entries = entries
        self.max_bytes = max_bytes  # Arrow bytes kept in all; a table over a quarter of it is not kept
        self._bytes = 0
        self._store: OrderedDict[tuple, tuple[list[dict], pa.Table]] = OrderedDict()
        self._lock = threading.Lock()
        self.hits = self.misses = 0

    def build(
        self, table: Table, columns: tuple[str, ...], objects: list[dict], now: datetime, cluster: str | None
    ) -> pa.Table:
        moment = now if reads_now(table, columns) else None
        key = (id(table), table.name, columns, cluster, moment, tuple(map(id, objects)))
        with self._lock:
            found = self._store.get(key)
            if found is not None:
                self._store.move_to_end(key)
                self.hits += 1
                return found[1]
        arrow = build_arrow(table, columns, objects, now, cluster)
        with self._lock:
            self.misses += 1
            if key not in self._store and arrow.nbytes <= self.max_bytes // 4:
                self._store[key] = (objects, arrow)
                self._bytes += arrow.nbytes
            while self._store and (len(self._store) > self.entries or self._bytes > self.max_bytes):
                _, (_, dropped) = self._store.popitem(last=False)
                self._bytes -= dropped.nbytes
        return arrow


SHARED_ARROW_CACHE = ArrowCache()
