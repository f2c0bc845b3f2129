"""Several clusters at once (`--context a,b,c`, `--all-contexts`).

Each cluster is its own source under its own identity. The engine gives every
fetch a cluster (one fetch per cluster unless the query named some with
`cluster = '…'`), and this source sends each to its cluster, all of them
concurrently with a cap. A cluster that fails becomes a warning naming it
while the others answer; only when every cluster fails is it an error.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime

from kubequery.catalog import Catalog, Table, default_catalog
from kubequery.compiler.plan import Fetch
from kubequery.errors import KubequeryError
from kubequery.sources.base import Listing, Source

MAX_CLUSTERS_AT_ONCE = 4


class MultiSource:
    """A Source over named sources; `clusters` tells the engine to fan fetches out."""

    def __init__(self, sources: dict[str, Source], *, max_workers: int = MAX_CLUSTERS_AT_ONCE) -> None:
        if not sources:
            raise KubequeryError("no clusters to ask")
        self.sources = sources
        self.clusters = list(sources)
        self.max_workers = max_workers
        self.now = datetime.now(UTC)
        self.description = f"{len(sources)} clusters: {', '.join(self.clusters)}"

    def catalog(self) -> Catalog:
        # Tables are the shipped ones: custom resources differ from cluster to cluster.
        return default_catalog()

    def start_query(self) -> None:
        self.now = datetime.now(UTC)
        for source in self.sources.values():
            start = getattr(source, "start_query", None)
            if start is not None:
                start()

    def list(self, table: Table, fetch: Fetch) -> Listing:
        return self.list_many([(table, fetch)])[0]

    def list_many(self, requests: list[tuple[Table, Fetch]]) -> list[Listing]:
        """One Listing per request, each from the cluster its fetch names."""
        by_cluster: dict[str, list[int]] = {}
        results: list[Listing | None] = [None] * len(requests)
        for i, (_, fetch) in enumerate(requests):
            if fetch.cluster in self.sources:
                by_cluster.setdefault(fetch.cluster, []).append(i)
            else:  # a cluster the query named that is not among the contexts
                results[i] = Listing([], cluster=fetch.cluster)
        failures: dict[str, str] = {}
        lock = threading.Lock()

        def ask(cluster: str) -> None:
            source = self.sources[cluster]
            mine = [requests[i] for i in by_cluster[cluster]]
            try:
                listings = _list_all(source, mine)
            except KubequeryError as e:
                with lock:
                    failures[cluster] = e.message
                listings = [Listing([], cluster=cluster) for _ in mine]
            for i, listing in zip(by_cluster[cluster], listings, strict=True):
                listing.cluster = cluster
                results[i] = listing

        with ThreadPoolExecutor(max_workers=max(1, min(self.max_workers, len(by_cluster)))) as pool:
            list(pool.map(ask, by_cluster))
        if failures and len(failures) == len(by_cluster):
            raise KubequeryError(
                "every cluster failed: " + "; ".join(f"{c}: {m}" for c, m in failures.items())
            )
        warnings = [f"cluster {c} did not answer: {m}" for c, m in failures.items()]
        done = [r for r in results if r is not None]
        if done and warnings:
            done[0].warnings.extend(warnings)
        return done


def _list_all(source: Source, requests: Sequence[tuple[Table, Fetch]]) -> list[Listing]:
    list_many: Callable | None = getattr(source, "list_many", None)
    if list_many is not None:
        return list(list_many(list(requests)))
    return [source.list(table, fetch) for table, fetch in requests]
