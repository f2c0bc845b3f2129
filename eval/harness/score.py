"""Execution accuracy: is the predicted answer the gold answer?

Two answers are equal when their rows are equal as multisets (as sequences when the case
is `ordered`), after these rules:

- **Columns.** Names are ignored, and so is their order, but not their number: a prediction
  with an extra column (even an identifying one, such as the namespace beside the name) is
  wrong. Column order is undone by matching columns, not by sorting each row's values
  (which would let `('a', 'b')` equal `('b', 'a')` across columns): a predicted column may
  stand for a gold column only when their values are equal as multisets (as sequences when
  ordered); then each candidate assignment is tried until one makes the rows equal.
- **Values.** NULL equals NULL. Numbers compare by value whatever their type (`5` = `5.0` =
  `Decimal('5')`); integers exactly, and when either side is a non-whole float, within a
  relative 1e-6 or an absolute 1e-9. Booleans are not numbers. Timestamps compare as the
  instant (naive ones are UTC), intervals as their length, maps key by key, lists as
  multisets (list aggregates have no order unless asked), structs field by field.
  Strings compare exactly.
- **Outcomes.** correct, wrong, error (the prediction failed to compile or run, or the
  translator returned nothing), declined-correctly, wrongly-declined (a must-answer case
  declined), answered-must-decline (a case to decline answered: counted as wrong, reported
  on its own), gold-error (the case's own gold SQL failed: a broken case, never correct).
"""

from __future__ import annotations

import math
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from itertools import islice
from typing import Any

REL_TOL = 1e-6
ABS_TOL = 1e-9
MAX_ASSIGNMENTS = 2_000  # column assignments tried before giving up on one comparison

CORRECT = "correct"
WRONG = "wrong"
ERROR = "error"
DECLINED_CORRECTLY = "declined-correctly"
WRONGLY_DECLINED = "wrongly-declined"
ANSWERED_MUST_DECLINE = "answered-must-decline"
GOLD_ERROR = "gold-error"
OUTCOMES = (CORRECT, WRONG, ERROR, DECLINED_CORRECTLY, WRONGLY_DECLINED, ANSWERED_MUST_DECLINE, GOLD_ERROR)
RIGHT = frozenset({CORRECT, DECLINED_CORRECTLY})


@dataclass(frozen=True)
class Comparison:
    """Whether two answers are equal, and if not, why (for the failures list)."""

    equal: bool
    reason: str = ""
    # Not equal only because one answer shows more columns: on the columns both show, the
    # rows agree (duplicates aside: one side may be DISTINCT). A diagnostic for the report;
    # such an answer is still wrong.
    columns_only: bool = False


# ---- values ----


class _Num:
    """A number normalised for comparison: exact when whole, approximate otherwise."""

    __slots__ = ("value", "exact")

    def __init__(self, value: int | float) -> None:
        self.value = value
        self.exact = isinstance(value, int)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, _Num):
            return False
        if self.exact and other.exact:
            return self.value == other.value
        a, b = float(self.value), float(other.value)
        if math.isnan(a) or math.isnan(b):
            return math.isnan(a) and math.isnan(b)
        return math.isclose(a, b, rel_tol=REL_TOL, abs_tol=ABS_TOL)

    def __hash__(self) -> int:  # equal values may hash apart: only used through sort keys
        return 0

    def __repr__(self) -> str:
        return repr(self.value)


def normalize(value: Any) -> Any:
    """A value in a form where equal answers are `==`: see the module's rules."""
    if value is None or isinstance(value, bool | str):
        return value
    if isinstance(value, int):
        return _Num(value)
    if isinstance(value, float):
        if math.isfinite(value) and value.is_integer() and abs(value) < 2**53:
            return _Num(int(value))
        return _Num(value)
    if isinstance(value, Decimal):
        if value.is_finite() and value == value.to_integral_value():
            return _Num(int(value))
        return _Num(float(value))
    if isinstance(value, datetime):
        moment = value if value.tzinfo is not None else value.replace(tzinfo=UTC)
        return ("timestamp", moment.astimezone(UTC).isoformat())
    if isinstance(value, date):
        return ("date", value.isoformat())
    if isinstance(value, time):
        return ("time", value.isoformat())
    if isinstance(value, timedelta):
        return ("interval", _Num(value // timedelta(microseconds=1)))
    if isinstance(value, dict):
        items = [(normalize(k), normalize(v)) for k, v in value.items()]
        return ("map", tuple(sorted(items, key=lambda kv: sort_key(kv[0]))))
    if isinstance(value, list | tuple | set | frozenset):
        return ("list", tuple(sorted((normalize(v) for v in value), key=sort_key)))
    if isinstance(value, bytes | bytearray | memoryview):
        return ("bytes", bytes(value).hex())
    if isinstance(value, uuid.UUID):
        return str(value)
    return ("other", repr(value))


def sort_key(value: Any) -> tuple:
    """A total order over normalised values of any mix of types (NULLs first)."""
    if value is None:
        return (0,)
    if isinstance(value, bool):
        return (1, value)
    if isinstance(value, _Num):
        number = float(value.value)
        return (2, 0, 0.0) if math.isnan(number) else (2, 1, number)
    if isinstance(value, str):
        return (3, value)
    if isinstance(value, tuple):
        return (4, tuple(sort_key(v) for v in value))
    return (5, repr(value))


def _row_key(row: tuple) -> tuple:
    return tuple(sort_key(v) for v in row)


# ---- answers ----


def compare_answers(
    gold: Sequence[Sequence[Any]],
    predicted: Sequence[Sequence[Any]],
    *,
    ordered: bool = False,
    gold_width: int | None = None,
    predicted_width: int | None = None,
) -> Comparison:
    """Whether `predicted` answers like `gold` (rows of values; widths given for empty answers)."""
    found = _compare(gold, predicted, ordered, gold_width, predicted_width)
    if ordered and not found.equal and _compare(gold, predicted, False, gold_width, predicted_width).equal:
        return Comparison(False, "right rows in the wrong order")
    return found


def _compare(
    gold: Sequence[Sequence[Any]],
    predicted: Sequence[Sequence[Any]],
    ordered: bool,
    gold_width: int | None,
    predicted_width: int | None,
) -> Comparison:
    gold_width = _width(gold, gold_width)
    predicted_width = _width(predicted, predicted_width)
    if gold_width != predicted_width:
        reason = f"{predicted_width} columns, expected {gold_width}"
        if _agree_on_shared_columns(gold, predicted):
            shared = min(gold_width, predicted_width)
            reason += f" (the rows agree on the {shared} in common)"
            return Comparison(False, reason, columns_only=True)
        return Comparison(False, reason)
    if len(gold) != len(predicted):
        return Comparison(False, f"{len(predicted)} rows, expected {len(gold)}")
    if not gold:
        return Comparison(True)
    g = [tuple(normalize(v) for v in row) for row in gold]
    p = [tuple(normalize(v) for v in row) for row in predicted]
    candidates = _column_candidates(g, p, gold_width, ordered)
    unmatched = [i for i, c in enumerate(candidates) if not c]
    if unmatched:
        first = unmatched[0]
        sample = ", ".join(repr(row[first]) for row in islice(gold, 3))
        return Comparison(False, f"no column holds the values of gold column {first + 1} ({sample}, …)")
    for tried, assignment in enumerate(_assignments(candidates), start=1):
        if tried > MAX_ASSIGNMENTS:
            return Comparison(False, f"gave up after {MAX_ASSIGNMENTS} column assignments")
        if _rows_equal(g, [tuple(row[j] for j in assignment) for row in p], ordered):
            return Comparison(True)
    return Comparison(False, "columns hold the right values but rows pair them differently")


def _agree_on_shared_columns(gold: Sequence[Sequence[Any]], predicted: Sequence[Sequence[Any]]) -> bool:
    """Whether the wider answer, cut down to some of its columns, holds the narrower one's rows.

    Rows are compared as sets: answers equal as multisets are equal as sets too, and one side may
    be DISTINCT where the other repeats a row per detail.
    """
    if not gold or not predicted:
        return False
    g = [tuple(normalize(v) for v in row) for row in gold]
    p = [tuple(normalize(v) for v in row) for row in predicted]
    narrow, wide = (g, p) if len(g[0]) < len(p[0]) else (p, g)
    narrow_columns = [_distinct([row[i] for row in narrow]) for i in range(len(narrow[0]))]
    wide_columns = [_distinct([row[j] for row in wide]) for j in range(len(wide[0]))]
    candidates = [[j for j, wc in enumerate(wide_columns) if nc == wc] for nc in narrow_columns]
    if not all(candidates):
        return False
    rows = _distinct(narrow)
    for tried, assignment in enumerate(_assignments(candidates), start=1):
        if tried > MAX_ASSIGNMENTS:
            return False
        if _distinct([tuple(row[j] for j in assignment) for row in wide]) == rows:
            return True
    return False


def _distinct(values: list) -> list:
    """Values (or rows) sorted, with equal neighbours dropped."""
    kept: list = []
    for value in sorted(values, key=sort_key):
        if not kept or kept[-1] != value:
            kept.append(value)
    return kept


def _width(rows: Sequence[Sequence[Any]], given: int | None) -> int:
    if given is not None:
        return given
    return len(rows[0]) if rows else 0


def _column_candidates(g: list[tuple], p: list[tuple], width: int, ordered: bool) -> list[list[int]]:
    """For each gold column, the predicted columns whose values could be its values."""
    gold_columns = [_column(g, i, ordered) for i in range(width)]
    predicted_columns = [_column(p, j, ordered) for j in range(width)]
    return [
        [j for j, pc in enumerate(predicted_columns) if _values_equal(gc, pc)] for gc in gold_columns
    ]


def _column(rows: list[tuple], i: int, ordered: bool) -> list:
    values = [row[i] for row in rows]
    return values if ordered else sorted(values, key=sort_key)


def _values_equal(a: list, b: list) -> bool:
    return all(x == y for x, y in zip(a, b, strict=True))


def _assignments(candidates: list[list[int]]):
    """Every one-to-one choice of a predicted column per gold column, identity first."""
    width = len(candidates)
    order = sorted(range(width), key=lambda i: len(candidates[i]))  # fewest choices first
    chosen: list[int] = [-1] * width
    used: set[int] = set()

    def walk(k: int):
        if k == width:
            yield tuple(chosen)
            return
        i = order[k]
        for j in sorted(candidates[i], key=lambda j, i=i: j != i):
            if j not in used:
                used.add(j)
                chosen[i] = j
                yield from walk(k + 1)
                used.discard(j)

    yield from walk(0)


def _rows_equal(g: list[tuple], p: list[tuple], ordered: bool) -> bool:
    """Rows equal as sequences, or as multisets: both sorted, then compared pairwise.

    Sorting puts values within the float tolerance next to each other, so pairing sorted
    rows matches them unless two gold rows differ only within the tolerance.
    """
    if not ordered:
        g, p = sorted(g, key=_row_key), sorted(p, key=_row_key)
    return all(a == b for a, b in zip(g, p, strict=True))


# ---- outcomes ----


def outcome_of(
    *,
    must_decline: bool,
    declined: bool,
    sql: str | None,
    error: str | None,
    comparison: Comparison | None,
) -> str:
    """The outcome of one case from what the translator did and how its answer compared."""
    if must_decline:
        if declined:
            return DECLINED_CORRECTLY
        return ANSWERED_MUST_DECLINE if sql else ERROR
    if declined:
        return WRONGLY_DECLINED
    if error is not None or not sql or comparison is None:
        return ERROR
    return CORRECT if comparison.equal else WRONG

