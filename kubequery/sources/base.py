"""The interface every source implements."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol

from kubequery.catalog import Table
from kubequery.compiler.plan import Fetch


@dataclass
class Listing:
    """What one list call returned."""

    objects: list[dict]
    warnings: list[str] = field(default_factory=list)
    cluster: str | None = None  # which cluster answered (the `cluster` column)


class Source(Protocol):
    description: str  # shown with every answer: which cluster or file
    now: datetime  # the moment the data describes; now() in queries means this

    def list(self, table: Table, fetch: Fetch) -> Listing:
        """The objects of `table`'s kind that `fetch` selects, as the API server would return them."""
        ...


# Optional, duck-typed extras the engine uses when a source has them:
#   list_many(requests: list[tuple[Table, Fetch]]) -> list[Listing]
#       every fetch of one query at once (a live source runs them concurrently);
#       one Listing per request, in order.
#   start_query() -> None
#       a query begins: a live source pins `now` to this moment, so that the
#       query's compile and its ingest read the same `now`.
