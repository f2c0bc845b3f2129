"""The plan: which list calls each table of a query needs.

Plain frozen dataclasses so that a plan can be printed (`kq --explain`),
compared in golden tests and handed to any source.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Fetch:
    """One list call: a resource, optionally narrowed to a namespace and selectors."""

    namespace: str | None = None
    cluster: str | None = None  # with several clusters: only this one (None: every cluster)
    label_selector: str | None = None
    field_selector: str | None = None
    metadata_only: bool = False

    def describe(self) -> str:
        parts = [f"cluster={self.cluster}"] if self.cluster else []
        parts.append(f"namespace={self.namespace}" if self.namespace else "all namespaces")
        if self.label_selector:
            parts.append(f"labelSelector={self.label_selector}")
        if self.field_selector:
            parts.append(f"fieldSelector={self.field_selector}")
        if self.metadata_only:
            parts.append("metadata only")
        return ", ".join(parts)


@dataclass(frozen=True)
class TablePlan:
    """What one catalog table needs: its columns and the fetches that cover the query."""

    table: str
    api_version: str
    resource: str
    namespaced: bool
    columns: tuple[str, ...]
    fetches: tuple[Fetch, ...]
    pushed: tuple[str, ...] = ()  # the SQL conditions the fetches came from
    notes: tuple[str, ...] = ()

    def describe(self) -> list[str]:
        lines = [f"{self.table}  ({self.api_version} {self.resource})"]
        lines.append(f"  columns: {', '.join(self.columns) if self.columns else '(none: row count only)'}")
        if self.pushed:
            lines.append(f"  pushed down: {'; '.join(self.pushed)}")
        if not self.fetches:
            lines.append("  fetch: nothing (the conditions cannot match any object)")
        for f in self.fetches:
            lines.append(f"  fetch: list {self.resource}, {f.describe()}")
        lines.extend(f"  note: {n}" for n in self.notes)
        return lines


@dataclass(frozen=True)
class Plan:
    sql: str  # the SQL DuckDB will run (generated from the checked tree)
    tables: tuple[TablePlan, ...] = field(default_factory=tuple)

    def describe(self) -> str:
        lines = ["plan:"]
        for t in self.tables:
            lines.extend("  " + line for line in t.describe())
        if not self.tables:
            lines.append("  no tables: nothing to fetch")
        return "\n".join(lines)

    def table(self, name: str) -> TablePlan:
        return next(t for t in self.tables if t.table == name)
