"""A source over objects held in memory: snapshots and the demo cluster.

It filters exactly as the API server does (namespace, label selector, field
selector, metadata-only), so that a plan behaves the same on a snapshot as on
a live cluster and the pushdown tests compare like with like.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import datetime

from kubequery.catalog import Catalog, Table
from kubequery.compiler.plan import Fetch
from kubequery.redact import redact
from kubequery.selectors import parse_field_selector, parse_label_selector
from kubequery.sources.base import Listing


class MemorySource:
    stable_objects = True  # objects never change once loaded: the engine may reuse built columns
    def __init__(
        self,
        objects: Iterable[dict],
        now: datetime,
        description: str,
        warnings: Iterable[str] = (),
        cluster: str = "snapshot",
        catalog: Catalog | None = None,
    ) -> None:
        self.catalog = catalog  # the tables these objects fill (the shipped ones plus their CRDs')
        self.now = now
        self.description = description
        self.cluster = cluster
        self.warnings = list(warnings)  # from loading (skipped files …): shown with every answer
        self._by_kind: dict[str, list[dict]] = defaultdict(list)
        for obj in objects:
            if isinstance(obj, dict) and obj.get("kind"):
                self._by_kind[obj["kind"]].append(redact(obj))

    def kinds(self) -> dict[str, int]:
        """How many objects of each kind the source holds."""
        return {kind: len(objs) for kind, objs in sorted(self._by_kind.items())}

    def list(self, table: Table, fetch: Fetch) -> Listing:
        if fetch.cluster is not None and fetch.cluster != self.cluster:
            return Listing([], cluster=self.cluster)
        found = select_objects(self._by_kind.get(table.kind, ()), table, fetch)
        return Listing(found, warnings=list(self.warnings), cluster=self.cluster)


def select_objects(objects: Iterable[dict], table: Table, fetch: Fetch) -> list[dict]:
    """The objects one list call would return: filtered as the API server filters.

    Shared by every source holding objects in memory (snapshots, the watch cache), so
    that they all answer a fetch exactly as the API server would.
    """
    labels = parse_label_selector(fetch.label_selector) if fetch.label_selector else None
    fields = parse_field_selector(fetch.field_selector) if fetch.field_selector else None
    found = []
    for obj in objects:
        if not table.accepts(obj.get("apiVersion", ""), obj.get("kind", "")):
            continue
        metadata = obj.get("metadata") or {}
        if fetch.namespace and metadata.get("namespace") != fetch.namespace:
            continue
        if labels and not labels.matches(metadata.get("labels") or {}):
            continue
        if fields and not fields.matches(obj, table.kind):
            continue
        found.append(_metadata_only(obj) if fetch.metadata_only else obj)
    return found


def _metadata_only(obj: dict) -> dict:
    """What the API server sends for `as=PartialObjectMetadata`: no spec, no status."""
    return {
        "apiVersion": "meta.k8s.io/v1",
        "kind": "PartialObjectMetadata",
        "metadata": obj.get("metadata") or {},
    }
