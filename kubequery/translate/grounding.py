"""The cluster's own names, for the offline translator: namespaces, nodes, workloads, label keys.

Built once from a source through the Engine (a handful of metadata-only queries) and cached;
the translator uses it to tell a namespace from a workload name, to mend misspelt names
("paymnets") and to recognise node names. Without one the translator still works, reading
names from the question's shape alone ("in X", "-n X", "on worker-3").
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

MAX_VALUES = 60  # a column with more distinct values is names or free text, not an enumeration


@dataclass(frozen=True)
class Grounding:
    namespaces: frozenset[str] = frozenset()
    nodes: frozenset[str] = frozenset()
    workloads: frozenset[str] = frozenset()  # deployment, statefulset, daemonset, cronjob names
    label_keys: frozenset[str] = frozenset()
    extra: dict[str, Any] = field(default_factory=dict, compare=False)
    engines: tuple[Any, ...] = field(default=(), compare=False)  # asked lazily for column values

    def merge(self, other: Grounding) -> Grounding:
        return Grounding(
            self.namespaces | other.namespaces,
            self.nodes | other.nodes,
            self.workloads | other.workloads,
            self.label_keys | other.label_keys,
            engines=self.engines + other.engines,
        )

    def values(self, table: str, column: str) -> frozenset[str]:
        """The values a short text column holds ("NodePort", "gp3", "us-east-1b"); empty when many.

        One query per table, on first use, reads every text column of it at once.
        """
        cache = self.extra.setdefault("values", {})
        if table not in cache:
            cache[table] = self._table_values(table)
        return cache[table].get(column, frozenset())

    def label_values(self, table: str) -> dict[str, frozenset[str]]:
        """Label key -> the values it takes on a table's objects (keys with few values only)."""
        cache = self.extra.setdefault("label_values", {})
        if table not in cache:
            found: dict[str, set[str]] = {}
            for engine in self.engines:
                try:
                    rows = engine.query(
                        f"SELECT k, list(DISTINCT labels[k])[:{MAX_VALUES + 1}] FROM "
                        f"(SELECT labels, unnest(map_keys(labels)) AS k FROM {table}) GROUP BY k"
                    ).rows
                except Exception:  # noqa: BLE001 - grounding is a help, never a requirement
                    continue
                for key, values in rows:
                    found.setdefault(str(key), set()).update(str(v) for v in values or () if v is not None)
            cache[table] = {k: frozenset(v) for k, v in found.items() if len(v) <= MAX_VALUES}
        return cache[table]

    def all_values(self, table: str, column: str) -> frozenset[str]:
        """Every value of one text column, however many ("default" among service accounts)."""
        cache = self.extra.setdefault("all_values", {})
        if (table, column) not in cache:
            found: set[str] = set()
            for engine in self.engines:
                try:
                    rows = engine.query(f'SELECT DISTINCT "{column}" FROM {table}').rows
                except Exception:  # noqa: BLE001 - grounding is a help, never a requirement
                    continue
                found.update(str(r[0]) for r in rows if r[0] is not None)
            cache[(table, column)] = frozenset(found)
        return cache[(table, column)]

    def names(self, table: str) -> frozenset[str]:
        """The names of a table's objects ("checkout-api" among deployments), read once."""
        cache = self.extra.setdefault("names", {})
        if table not in cache:
            found: set[str] = set()
            for engine in self.engines:
                try:
                    found.update(str(r[0]) for r in engine.query(f"SELECT DISTINCT name FROM {table}").rows)
                except Exception:  # noqa: BLE001 - grounding is a help, never a requirement
                    continue
            cache[table] = frozenset(found)
        return cache[table]

    def _table_values(self, table: str) -> dict[str, frozenset[str]]:
        found: dict[str, set[str]] = {}
        for engine in self.engines:
            try:
                found_columns = [c for c in engine.catalog[table].columns if c.type in ("text", "list")]
                columns = [c.name for c in found_columns]
                if not columns:
                    continue
                select = ", ".join(
                    f'list(DISTINCT "{c.name}")[:{MAX_VALUES + 1}]'
                    if c.type == "text"
                    else f'list_distinct(flatten(list("{c.name}")))[:{MAX_VALUES + 1}]'
                    for c in found_columns
                )
                row = engine.query(f"SELECT {select} FROM {table}").rows[0]
            except Exception:  # noqa: BLE001 - grounding is a help, never a requirement
                continue
            for column, values in zip(columns, row, strict=True):
                found.setdefault(column, set()).update(str(v) for v in values or () if v is not None)
        return {c: frozenset(v) for c, v in found.items() if len(v) <= MAX_VALUES}

    def namespace(self, word: str, *, fuzzy: bool = True) -> str | None:
        """The namespace `word` names (exactly, or a close misspelling of one)."""
        if word in self.namespaces:
            return word
        if fuzzy and len(word) >= 5:
            close = difflib.get_close_matches(word, sorted(self.namespaces), n=1, cutoff=0.8)
            if close:
                return close[0]
        return None

    def node(self, word: str) -> str | None:
        return word if word in self.nodes else None


_QUERIES = {
    "namespaces": "SELECT name FROM namespaces",
    "nodes": "SELECT name FROM nodes",
    "workloads": (
        "SELECT name FROM deployments UNION SELECT name FROM statefulsets "
        "UNION SELECT name FROM daemonsets UNION SELECT name FROM cronjobs"
    ),
    "label_keys": "SELECT DISTINCT unnest(map_keys(labels)) FROM pods",
}


def grounding_from_engine(engine: Any) -> Grounding:
    """The names a cluster holds, read through `engine` (a query it cannot run is skipped)."""
    found: dict[str, frozenset[str]] = {}
    for key, sql in _QUERIES.items():
        try:
            rows = engine.query(sql).rows
        except Exception:  # noqa: BLE001 - grounding is a help, never a requirement
            rows = []
        found[key] = frozenset(str(r[0]) for r in rows if r and r[0] is not None)
    return Grounding(**found, engines=(engine,))


def merged(groundings: Iterable[Grounding]) -> Grounding:
    out = Grounding()
    for g in groundings:
        out = out.merge(g)
    return out
