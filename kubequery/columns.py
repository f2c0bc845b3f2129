"""Computed columns and row expanders that adapters refer to by name.

A path column reads one field; a computed column needs logic (kubectl's pod
STATUS, an owner reference, an age). Each function takes the row (the object,
or for expanded tables the expanded item) and a RowContext, and returns a
plain Python value of the column's type. `metadata_only=True` marks a column
that can be computed from a PartialObjectMetadata object, which lets the
planner ask the API server for metadata only.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from kubequery import kubectl


@dataclass(frozen=True)
class RowContext:
    now: datetime  # the moment queries treat as "now" (the snapshot's time for snapshots)


@dataclass(frozen=True)
class Computed:
    fn: Callable[[dict, RowContext], Any]
    metadata_only: bool


COMPUTED: dict[str, Computed] = {}
EXPANDERS: dict[str, Callable[[dict], list[dict]]] = {}


def computed(name: str, *, metadata_only: bool = False):
    """Register a computed column function under `name`."""

    def register(fn: Callable[[dict, RowContext], Any]) -> Callable[[dict, RowContext], Any]:
        COMPUTED[name] = Computed(fn, metadata_only)
        return fn

    return register


def expander(name: str):
    """Register a function that turns one object into several rows."""

    def register(fn: Callable[[dict], list[dict]]) -> Callable[[dict], list[dict]]:
        EXPANDERS[name] = fn
        return fn

    return register


def parse_time(value: Any) -> datetime | None:
    """Parse a Kubernetes RFC 3339 timestamp ("2024-05-01T10:00:00Z", micro-time too)."""
    if not value or not isinstance(value, str):
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None


def get_path(obj: Any, path: tuple[str, ...]) -> Any:
    """Follow dict keys; None as soon as one is missing."""
    for key in path:
        if not isinstance(obj, dict):
            return None
        obj = obj.get(key)
    return obj


# --- columns every table has -------------------------------------------------


@computed("age", metadata_only=True)
def age(row: dict, ctx: RowContext) -> timedelta | None:
    created = parse_time(get_path(row, ("metadata", "creationTimestamp")))
    return ctx.now - created if created else None


@computed("owner_kind", metadata_only=True)
def owner_kind(row: dict, ctx: RowContext) -> str | None:
    return kubectl.owner(row)[0]


@computed("owner_name", metadata_only=True)
def owner_name(row: dict, ctx: RowContext) -> str | None:
    return kubectl.owner(row)[1]


@computed("raw")
def raw(row: dict, ctx: RowContext) -> Any:
    # Expanded rows keep their parent under "parent"; the JSON column holds the
    # row's own item so that `raw->>'$.image'` reads naturally.
    return row.get("item", row)


# --- expanders ----------------------------------------------------------------


@expander("containers")
def pod_containers(pod: dict) -> list[dict]:
    """One row per container of a pod (regular, init and ephemeral)."""
    return [
        {**c, "metadata": pod.get("metadata") or {}, "parent": pod, "item": c.get("spec") or {}}
        for c in kubectl.container_rows(pod)
    ]
