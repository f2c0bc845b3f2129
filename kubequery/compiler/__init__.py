"""SQL → checked query + plan. A pipeline of small passes, each its own module:

guard     parse, accept exactly one read-only query
resolve   tables and columns against the catalog, with suggestions
pushdown  WHERE conditions → namespaces, label and field selectors, metadata-only
clock     now() pinned to the data's moment

The SQL that runs is generated from the checked tree; result columns keep
readable names (`count(*)`, not the generator's `COUNT_STAR()`).
"""

from __future__ import annotations

from datetime import datetime

from sqlglot import exp

from kubequery.catalog import Catalog
from kubequery.compiler.clock import pin_now
from kubequery.compiler.guard import parse_one_query
from kubequery.compiler.plan import Fetch, Plan, TablePlan
from kubequery.compiler.pushdown import plan_tables, reads_unlisted_columns
from kubequery.compiler.resolve import catalog_tables, qualify_columns

__all__ = ["Fetch", "Plan", "TablePlan", "compile_query"]


def name_projections(query: exp.Expression) -> exp.Expression:
    """Give the answer's unnamed computed columns the name the user wrote."""
    query = query.copy()
    select = query
    while isinstance(select, exp.SetOperation):  # a UNION takes its names from the left
        select = select.this
    if isinstance(select, exp.Subquery):
        select = select.unnest()
    if isinstance(select, exp.Select):
        select.set(
            "expressions",
            [
                p
                if isinstance(p, (exp.Alias, exp.Column, exp.Star, exp.Columns))
                else exp.alias_(p, p.sql(dialect="duckdb", normalize_functions="lower"), quoted=True)
                for p in select.expressions
            ],
        )
    return query


def compile_query(sql: str, catalog: Catalog, now: datetime) -> Plan:
    """Check `sql`, plan its fetches and return the Plan (with the SQL to run)."""
    query = parse_one_query(sql)
    tables = catalog_tables(query, catalog)
    qualified = qualify_columns(query, catalog, tables)
    table_plans = plan_tables(qualified, catalog, tables, all_columns=reads_unlisted_columns(query))
    runnable = pin_now(name_projections(query), now).sql(dialect="duckdb", comments=False)
    return Plan(sql=runnable, tables=tuple(table_plans))
