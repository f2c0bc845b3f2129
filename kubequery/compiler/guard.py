"""Accept exactly one read-only query; refuse everything else before DuckDB sees it.

The check is an allowlist: the statement must be a SELECT (with WITH, set
operations, subqueries, joins, windows, aggregates), table sources must be
catalog tables, CTEs or a few harmless generators, and no function may read
files, URLs or run SQL text. DuckDB runs with external access disabled as a
second wall, and the engine executes the SQL sqlglot generated from the tree
checked here, never the user's raw text, so a comment or quoting trick
cannot smuggle in a second statement.
"""

from __future__ import annotations

import logging

import sqlglot
from sqlglot import exp
from sqlglot.errors import ParseError, TokenError

from kubequery.errors import RefusedQueryError, SQLSyntaxError

logging.getLogger("sqlglot").setLevel(logging.ERROR)

# Table functions that only generate values.
ALLOWED_TABLE_FUNCTIONS = {"unnest", "range", "generate_series", "generateseries", "json_each", "json_tree"}

# Functions refused anywhere: they read files or URLs, or run SQL text.
_REFUSED_FUNCTION_PREFIXES = ("read_", "parquet_", "sniff_", "iceberg_", "delta_", "json_execute")
_REFUSED_FUNCTIONS = {
    "glob",
    "query",
    "query_table",
    "getenv",
    "load_extension",
    "install_extension",
    "read_csv",
    "read_csv_auto",
    "read_json",
    "read_json_auto",
    "read_json_objects",
    "read_ndjson",
    "read_parquet",
    "read_text",
    "read_blob",
    "read_xlsx",
    "scan_parquet",
    "parquet_scan",
    "sqlite_scan",
    "postgres_scan",
    "mysql_scan",
    "duckdb_secrets",
    "json_execute_serialized_sql",
    "from_substrait",
    "checkpoint",
    "force_checkpoint",
}

# Statement classes and what to call them in the message.
_STATEMENT_NAMES: list[tuple[type[exp.Expression], str]] = [
    (exp.Insert, "INSERT"),
    (exp.Update, "UPDATE"),
    (exp.Delete, "DELETE"),
    (exp.Merge, "MERGE"),
    (exp.Create, "CREATE"),
    (exp.Drop, "DROP"),
    (exp.Alter, "ALTER"),
    (exp.Copy, "COPY"),
    (exp.Attach, "ATTACH"),
    (exp.Detach, "DETACH"),
    (exp.Install, "INSTALL"),
    (exp.Pragma, "PRAGMA"),
    (exp.Set, "SET"),
    (exp.TruncateTable, "TRUNCATE"),
    (exp.Describe, "DESCRIBE"),
    (exp.Show, "SHOW"),
    (exp.Summarize, "SUMMARIZE"),
    (exp.Use, "USE"),
    (exp.Transaction, "BEGIN"),
    (exp.Commit, "COMMIT"),
    (exp.Rollback, "ROLLBACK"),
    (exp.Into, "SELECT … INTO"),
]
_READ_ONLY_HINT = "kubequery is read-only: ask with one SELECT (or WITH … SELECT) query."


def _statement_name(node: exp.Expression) -> str:
    for cls, name in _STATEMENT_NAMES:
        if isinstance(node, cls):
            return name
    if isinstance(node, exp.Command):
        return str(node.this).upper()
    return type(node).__name__.upper()


def parse_one_query(sql: str) -> exp.Expression:
    """Parse `sql` as DuckDB SQL and return its one read-only query, or raise."""
    if not sql or not sql.strip():
        raise SQLSyntaxError("empty query", hint="write a SELECT … FROM <table> query")
    try:
        statements = [s for s in sqlglot.parse(sql, read="duckdb") if s is not None]
    except (ParseError, TokenError) as e:
        raise _syntax_error(e) from None
    if not statements:
        raise SQLSyntaxError("empty query (only comments or semicolons)")
    if len(statements) > 1:
        raise RefusedQueryError(
            f"several statements ({len(statements)}); only one query is accepted",
            hint=_READ_ONLY_HINT,
        )
    query = statements[0]
    if not isinstance(query, (exp.Select, exp.SetOperation, exp.Subquery)):
        raise RefusedQueryError(f"{_statement_name(query)} statements are refused", hint=_READ_ONLY_HINT)
    check_read_only(query)
    return query


def check_read_only(query: exp.Expression) -> None:
    """Refuse any write, session change, or file/URL access anywhere in the tree."""
    for node in query.walk():
        if isinstance(node, (exp.Command, *(cls for cls, _ in _STATEMENT_NAMES))):
            raise RefusedQueryError(
                f"{_statement_name(node)} is refused inside a query", hint=_READ_ONLY_HINT
            )
        if isinstance(node, exp.Func):
            name = _function_name(node)
            if name in _REFUSED_FUNCTIONS or name.startswith(_REFUSED_FUNCTION_PREFIXES):
                raise RefusedQueryError(
                    f"function {name}() is refused: kubequery queries cannot read files, URLs "
                    "or run SQL text",
                    hint="query the cluster's tables; `kq tables` lists them",
                )
        if isinstance(node, exp.Table) and isinstance(node.this, exp.Func):
            name = _function_name(node.this)
            if name not in ALLOWED_TABLE_FUNCTIONS:
                raise RefusedQueryError(
                    f"table function {name}() is refused",
                    hint=f"allowed table functions: {', '.join(sorted(ALLOWED_TABLE_FUNCTIONS))}",
                )


def _function_name(node: exp.Func) -> str:
    if isinstance(node, exp.Anonymous):
        return str(node.this).lower()
    return node.sql_name().lower()


def _syntax_error(e: ParseError | TokenError) -> SQLSyntaxError:
    errors = getattr(e, "errors", None) or []
    if errors:
        first = errors[0]
        desc = first.get("description") or "syntax error"
        line, col = first.get("line"), first.get("col")
        near = (first.get("highlight") or "").strip()
        where = f" at line {line}, column {col}" if line else ""
        near_text = f" near {near!r}" if near else ""
        return SQLSyntaxError(f"SQL syntax error{where}{near_text}: {desc}", line=line, column=col)
    return SQLSyntaxError(f"SQL syntax error: {e}")
