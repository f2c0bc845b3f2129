"""SQL → checked query + plan. A pipeline of small passes, each its own module:

guard     parse, accept exactly one read-only query
resolve   tables and columns against the catalog, with suggestions
pushdown  WHERE conditions → namespaces, label and field selectors, metadata-only
clock     now() pinned to the data's moment
"""

from __future__ import annotations

from datetime import datetime

from kubequery.catalog import Catalog
from kubequery.compiler.clock import pin_now
from kubequery.compiler.guard import parse_one_query
from kubequery.compiler.plan import Fetch, Plan, TablePlan
from kubequery.compiler.pushdown import plan_tables
from kubequery.compiler.resolve import catalog_tables, qualify_columns

__all__ = ["Fetch", "Plan", "TablePlan", "compile_query"]


def compile_query(sql: str, catalog: Catalog, now: datetime) -> Plan:
    """Check `sql`, plan its fetches and return the Plan (with the SQL to run)."""
    query = parse_one_query(sql)
    tables = catalog_tables(query, catalog)
    qualified = qualify_columns(query, catalog, tables)
    table_plans = plan_tables(qualified, catalog, tables)
    runnable = pin_now(query, now).sql(dialect="duckdb", comments=False)
    return Plan(sql=runnable, tables=tuple(table_plans))
