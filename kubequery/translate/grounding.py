"""The cluster's own names, for the offline translator: namespaces, nodes, workloads, label keys.

Built once from a source through the Engine (a handful of metadata-only queries) and cached;
the translator uses it to tell a namespace from a workload name, to mend misspelt names
("paymnets") and to recognise node names. Without one the translator still works, reading
names from the question's shape alone ("in X", "-n X", "on worker-3").
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from kubequery.translate.spelling import closest

_WORD = re.compile(r"[a-z]+")
# The components of every cluster that report events: "warnings from the statefulset controller" asks for
# that source, whether or not one of its events is kept
COMPONENTS = frozenset({
    "kubelet", "default-scheduler", "horizontal-pod-autoscaler",
    "node-controller", "replicaset-controller", "deployment-controller", "statefulset-controller",
    "daemonset-controller", "job-controller", "cronjob-controller", "endpoint-controller",
    "endpoint-slice-controller", "attachdetach-controller", "persistentvolume-controller",
    "service-controller", "taint-controller", "namespace-controller",
})
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
        """The values a short text or list column holds ("NodePort", "gp3"); empty when many.

        One query per table, on first use, reads every text and list column of it at once.
        """
        if column == "owner_name" or (table, column) == ("containers", "name"):
            return self.all_values(table, column)  # names, however many (a bigger cluster has more)
        return self._table_values_cached(table).get(column, frozenset())

    def label_values(self, table: str) -> dict[str, frozenset[str]]:
        """Label key -> the values it takes on a table's objects (keys with few values only)."""
        sql = (
            f"SELECT k, list(DISTINCT labels[k])[:{MAX_VALUES + 1}] FROM "
            f"(SELECT labels, unnest(map_keys(labels)) AS k FROM {table}) GROUP BY k"
        )
        return self._cached("label_values", table, lambda: self._few_each(sql))

    def label_key_values(self, table: str, key: str) -> frozenset[str]:
        """Every value one label key takes on a table's objects, however many ("app" across clusters)."""
        sql = "SELECT DISTINCT labels['{}'] FROM {}".format(key.replace("'", "''"), table)
        return self._cached("label_key_values", (table, key), lambda: _firsts(self._rows(sql)))

    def all_values(self, table: str, column: str) -> frozenset[str]:
        """Every value of one text column, however many ("default" among service accounts)."""
        sql = f'SELECT DISTINCT "{column}" FROM {table}'
        return self._cached("all_values", (table, column), lambda: _firsts(self._rows(sql)))

    def names(self, table: str) -> frozenset[str]:
        """The names of a table's objects ("checkout-api" among deployments), read once."""
        sql = f"SELECT DISTINCT name FROM {table}"
        return self._cached("names", table, lambda: _firsts(self._rows(sql)))

    def home(self, table: str, name: str) -> str | None:
        """The one namespace holding an object of `table` named `name`; None when none or several."""
        sql = f"SELECT name, list(DISTINCT namespace) FROM {table} GROUP BY name"
        homes = self._cached("homes", table, lambda: _few(self._rows(sql)))
        found = homes.get(name, frozenset())
        return next(iter(found)) if len(found) == 1 else None

    def by_name(self, table: str, column: str) -> dict[str, frozenset[str]]:
        """Object name -> the values one column takes on the objects so named ("desired" replicas)."""
        sql = f'SELECT name, list(DISTINCT "{column}") FROM {table} GROUP BY name'
        return self._cached("by_name", (table, column), lambda: _few(self._rows(sql)))

    def reason_kinds(self, reason: str) -> frozenset[str]:
        """The kinds of object the events of one reason are about ("Node" for OOMKilling)."""
        sql = "SELECT reason, list(DISTINCT involved_kind) FROM events GROUP BY reason"
        return self._cached("reason_kinds", None, lambda: _few(self._rows(sql))).get(reason, frozenset())

    def event_reasons(self, name: str) -> frozenset[str]:
        """The reasons of the events about the objects named `name` ("Evicted" for an evicted pod)."""

        def compute() -> dict[str, frozenset[str]]:
            held: dict[str, set[str]] = {}
            for who, reason in self._rows("SELECT DISTINCT involved_name, reason FROM events"):
                if who is not None and reason is not None:
                    held.setdefault(who, set()).add(reason)
            return {who: frozenset(r) for who, r in held.items()}

        return self._cached("event_reasons", None, compute).get(name, frozenset())

    def words(self) -> frozenset[str]:
        """Every word of the cluster's names, label keys and values, and short column values:
        what a misspelt word may have meant ("storerfont", "kuberentes", "failedscehduling")."""
        return self._cached("words", None, self._words)

    def _words(self) -> frozenset[str]:
        texts: set[str] = set(self.namespaces | self.nodes | self.workloads | self.label_keys)
        tables = {t.name for e in self.engines for t in e.catalog}
        for table in sorted(tables):
            texts |= self.names(table)
            for key, values in self.label_values(table).items():
                texts |= {key, *values}
            for values in self._table_values_cached(table).values():
                texts |= values
        return frozenset(w for text in texts for w in _WORD.findall(text.lower()))

    def _table_values_cached(self, table: str) -> dict[str, frozenset[str]]:
        return self._cached("values", table, lambda: self._table_values(table))

    def _cached(self, kind: str, key: Any, compute: Callable[[], Any]) -> Any:
        cache = self.extra.setdefault(kind, {})
        if key not in cache:
            cache[key] = compute()
        return cache[key]

    def _few_each(self, sql: str) -> dict[str, frozenset[str]]:
        """Like _few over all engines, but a key is dropped only where one cluster gives it many values."""
        merged: dict[str, frozenset[str]] = {}
        for engine in self.engines:
            for key, values in _few(Grounding(engines=(engine,))._rows(sql)).items():
                merged[key] = merged.get(key, frozenset()) | values
        return merged

    def _rows(self, sql: str) -> Iterator[tuple]:
        """The rows of `sql` from every engine that can run it."""
        for engine in self.engines:
            try:
                rows = engine.query(sql).rows
            except Exception:  # noqa: BLE001 - grounding is a help, never a requirement
                continue
            yield from rows

    def _table_values(self, table: str) -> dict[str, frozenset[str]]:
        catalogs = [e.catalog for e in self.engines if table in e.catalog.names()]
        columns = [c for c in catalogs[0][table].columns if c.type in ("text", "list")] if catalogs else []
        if not columns:
            return {}
        # list_distinct(list(...)) runs several times faster than list(DISTINCT ...) over many columns
        select = ", ".join(
            f'list_distinct(list("{c.name}"))[:{MAX_VALUES + 1}]'
            if c.type == "text"
            else f'list_distinct(flatten(list("{c.name}")))[:{MAX_VALUES + 1}]'
            for c in columns
        )
        rows = self._rows(f"SELECT {select} FROM {table}")
        found = _few((c.name, values) for row in rows for c, values in zip(columns, row, strict=True))
        if table == "events":  # a component none of whose events are kept is still one
            found["source"] = found.get("source", frozenset()) | COMPONENTS
        return found

    def namespace(self, word: str, *, fuzzy: bool = True) -> str | None:
        """The namespace `word` names (exactly, or a close misspelling of one)."""
        if word in self.namespaces:
            return word
        if fuzzy and len(word) >= 5:
            close = difflib.get_close_matches(word, sorted(self.namespaces), n=1, cutoff=0.8)
            if close:
                return close[0]
        # "shp", "dtaa": a letter left out or two swapped (never one added), with one namespace so near
        if fuzzy and 3 <= len(word) < 5:
            near = closest(word, [n for n in self.namespaces if len(n) >= 4], edits=1)
            if near is not None and len(near) >= len(word):
                return near
        return None

    def node(self, word: str) -> str | None:
        return word if word in self.nodes else None


def _firsts(rows: Iterable[tuple]) -> frozenset[str]:
    return frozenset(str(r[0]) for r in rows if r[0] is not None)


def _few(pairs: Iterable[tuple[Any, Any]]) -> dict[str, frozenset[str]]:
    """key -> its values, merged across engines; keys with more than MAX_VALUES values are dropped."""
    found: dict[str, set[str]] = {}
    for key, values in pairs:
        found.setdefault(str(key), set()).update(str(v) for v in values or () if v is not None)
    return {k: frozenset(v) for k, v in found.items() if len(v) <= MAX_VALUES}


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
