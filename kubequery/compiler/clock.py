"""Pin now() to the data's moment.

Over a snapshot, `now()`, `current_timestamp` and friends mean the moment the
snapshot was taken, so that answers ("pods younger than an hour") are
reproducible; over a live cluster they mean the moment the objects were read,
which is also what the `age` column counts from.
"""

from __future__ import annotations

from datetime import datetime

from sqlglot import exp

_NOW_FUNCTIONS = {"now", "get_current_timestamp", "transaction_timestamp", "current_localtimestamp"}
_TODAY_FUNCTIONS = {"today"}


def _now_literal(now: datetime) -> exp.Expression:
    return exp.cast(exp.Literal.string(now.isoformat()), exp.DataType.build("TIMESTAMPTZ"))


def _is_now(node: exp.Expression) -> bool:
    name = node.this.lower() if isinstance(node, exp.Anonymous) else None
    return (
        isinstance(node, (exp.CurrentTimestamp, exp.CurrentDatetime, exp.CurrentDate, exp.CurrentTime))
        or name in _NOW_FUNCTIONS | _TODAY_FUNCTIONS
    )


def pin_now(query: exp.Expression, now: datetime) -> exp.Expression:
    """Return a copy of `query` with every reference to the current time replaced by `now`.

    Projections keep the name they would have had (`now()`, not the literal).
    """
    query = query.copy()
    for select in query.find_all(exp.Select):
        select.set(
            "expressions",
            [
                exp.alias_(p, p.sql(dialect="duckdb", normalize_functions="lower"), quoted=True)
                if not isinstance(p, exp.Alias) and any(_is_now(n) for n in p.walk())
                else p
                for p in select.expressions
            ],
        )

    def replace(node: exp.Expression) -> exp.Expression:
        name = node.this.lower() if isinstance(node, exp.Anonymous) else None
        if isinstance(node, (exp.CurrentTimestamp, exp.CurrentDatetime)) or name in _NOW_FUNCTIONS:
            return _now_literal(now)
        if isinstance(node, exp.CurrentDate) or name in _TODAY_FUNCTIONS:
            return exp.cast(_now_literal(now), exp.DataType.build("DATE"))
        if isinstance(node, exp.CurrentTime):
            return exp.cast(_now_literal(now), exp.DataType.build("TIMETZ"))
        return node

    return query.transform(replace)
