"""Resolve a query's tables and columns against the catalog.

Unknown names are refused with suggestions. The result is the query with
every column qualified by its table alias (sqlglot's qualify), which the
pushdown pass reads; the SQL that runs is generated from the unqualified tree.
"""

from __future__ import annotations

import difflib
import re

from sqlglot import exp
from sqlglot.errors import OptimizeError
from sqlglot.optimizer.qualify import qualify

from kubequery.catalog import Catalog
from kubequery.errors import RefusedQueryError, UnknownNameError


def _suggest(name: str, candidates: list[str]) -> str | None:
    near = difflib.get_close_matches(name, candidates, n=3, cutoff=0.6)
    return f"did you mean {', '.join(near)}?" if near else None


def cte_names(query: exp.Expression) -> set[str]:
    return {cte.alias_or_name for cte in query.find_all(exp.CTE)}


def catalog_tables(query: exp.Expression, catalog: Catalog) -> list[str]:
    """The catalog tables a query reads, in order of first mention; unknown ones refused.

    A table written by its qualified name (`FROM "deployments.apps"`,
    `FROM "certificates.cert-manager.io"`) is rewritten in place to the table's own
    name, aliased as written, so that DuckDB, the planner and `"deployments.apps".name`
    all agree on it.
    """
    ctes = cte_names(query)
    found: list[str] = []
    for table in list(query.find_all(exp.Table)):
        if isinstance(table.this, exp.Func):
            continue  # an allowed table function (checked by the guard)
        name = table.name
        if table.args.get("db") or table.args.get("catalog"):
            written = ".".join(part.name for part in table.parts)  # deployments.apps unquoted
            raise RefusedQueryError(
                f"qualified table name {table.sql(dialect='duckdb')!r} is refused",
                hint=f'quote a resource.group name as one identifier: FROM "{written}"'
                if catalog.resolve(written)
                else f"use the plain table name, e.g. FROM {name}",
            )
        if name in ctes:
            continue
        resolved = catalog.resolve(name)
        if resolved is None:
            if name in catalog.missing:
                raise UnknownNameError(f"table {name!r} is not available here", hint=catalog.missing[name])
            raise UnknownNameError(
                f"unknown table {name!r}",
                hint=_suggest(name, catalog.names()) or "`kq tables` lists the tables",
            )
        if resolved != name:
            if not table.alias:
                table.set("alias", exp.TableAlias(this=exp.to_identifier(name, quoted=True)))
            table.set("this", exp.to_identifier(resolved))
        if resolved not in found:
            found.append(resolved)
    return found


def qualify_columns(query: exp.Expression, catalog: Catalog, tables: list[str]) -> exp.Expression:
    """Qualify every column with its table, refusing unknown ones with suggestions."""
    schema = {t: {c.name: c.sql_type for c in catalog[t].columns} for t in tables}
    try:
        return qualify(
            query.copy(),
            schema=schema,
            dialect="duckdb",
            validate_qualify_columns=True,
            quote_identifiers=False,
            identify=False,
        )
    except OptimizeError as e:
        raise _unknown_column(str(e), catalog, tables) from None


def _unknown_column(message: str, catalog: Catalog, tables: list[str]) -> UnknownNameError:
    match = re.search(r"Column '(.+?)' could not be resolved|Unknown column: (\S+)", message)
    if not match:
        return UnknownNameError(f"cannot resolve the query's columns: {message}")
    name = (match.group(1) or match.group(2)).strip('"')
    columns = sorted({c.name for t in tables for c in catalog[t].columns})
    where = f" in {', '.join(tables)}" if tables else ""
    hint = _suggest(name, columns) or (f"`kq describe {tables[0]}` lists its columns" if tables else None)
    line = re.search(r"Line: (\d+), Col: (\d+)", message)
    return UnknownNameError(
        f"unknown column {name!r}{where}",
        hint=hint,
        line=int(line.group(1)) if line else None,
        column=int(line.group(2)) if line else None,
    )
