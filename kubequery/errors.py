"""The errors a user can cause, as one small tree under KubequeryError.

Each carries a message meant for a person and an exit code for scripts. The CLI
and the server render them in one place; anything that is not a
KubequeryError is a bug and keeps its traceback.
"""

from __future__ import annotations


class KubequeryError(Exception):
    """Root of every error a user can cause or fix."""

    exit_code = 1

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.message}\n  hint: {self.hint}" if self.hint else self.message


class CatalogError(KubequeryError):
    """An adapter file in adapters/ is malformed (a bug in the shipped data or a user's CRD file)."""


class QueryError(KubequeryError):
    """The SQL cannot be accepted: syntax, refused statement, unknown name."""

    exit_code = 2

    def __init__(
        self,
        message: str,
        *,
        hint: str | None = None,
        line: int | None = None,
        column: int | None = None,
    ) -> None:
        super().__init__(message, hint=hint)
        self.line = line
        self.column = column


class SQLSyntaxError(QueryError):
    """The SQL does not parse."""


class RefusedQueryError(QueryError):
    """The SQL parses but is not one read-only query over the catalog."""


class UnknownNameError(QueryError):
    """A table or column the catalog does not have."""


class ExecutionError(KubequeryError):
    """DuckDB rejected or failed the query at run time (types, functions, limits)."""

    exit_code = 2


class QueryTimeoutError(ExecutionError):
    """The query ran past its time limit and was interrupted."""


class SourceError(KubequeryError):
    """Objects could not be read: a snapshot file, a cluster, a forbidden list."""

    exit_code = 3


class SnapshotError(SourceError):
    """A snapshot path is missing, unreadable or holds no Kubernetes objects."""


class SelectorError(KubequeryError):
    """A label or field selector is malformed or not supported for the kind."""

    exit_code = 2
