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


class Source(Protocol):
    description: str  # shown with every answer: which cluster or file
    now: datetime  # the moment the data describes; now() in queries means this

    def list(self, table: Table, fetch: Fetch) -> Listing:
        """The objects of `table`'s kind that `fetch` selects, as the API server would return them."""
        ...
