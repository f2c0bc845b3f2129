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


@dataclass(frozen=True)
class Grounding:
    namespaces: frozenset[str] = frozenset()
    nodes: frozenset[str] = frozenset()
    workloads: frozenset[str] = frozenset()  # deployment, statefulset, daemonset, cronjob names
    label_keys: frozenset[str] = frozenset()
    extra: dict[str, Any] = field(default_factory=dict, compare=False)

    def merge(self, other: Grounding) -> Grounding:
        return Grounding(
            self.namespaces | other.namespaces,
            self.nodes | other.nodes,
            self.workloads | other.workloads,
            self.label_keys | other.label_keys,
        )

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
    return Grounding(**found)


def merged(groundings: Iterable[Grounding]) -> Grounding:
    out = Grounding()
    for g in groundings:
        out = out.merge(g)
    return out
