"""Slack Block Kit for answers: the question, the SQL, a compact monospace table within Slack's
limits (long answers cut, with a count of what was left out), the timings and the warnings."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

MAX_ROWS = 20  # rows shown in the table
MAX_CHARS = 3000  # Slack's limit for one section's text
MAX_CELL = 40  # characters of one cell


def answer_blocks(answer: Any, max_rows: int = MAX_ROWS, max_chars: int = MAX_CHARS) -> list[dict[str, Any]]:
    """The question, the SQL in a code block, a compact monospace table, and the warnings."""
    result = answer.result
    blocks: list[dict[str, Any]] = [
        _section(f"*{escape(cut(answer.question, 500))}*"),
        _section(_code(answer.sql, max_chars)),
    ]
    table, shown = format_table(result.columns, result.rows, max_rows, max_chars - 8)
    blocks.append(_section(_code(table, max_chars) if result.columns else "_No columns._"))
    notes = [plural(len(result.rows), "row")]
    if shown < len(result.rows):
        notes.append(f"… and {plural(len(result.rows) - shown, 'more row')}")
    if getattr(result, "truncated", False):
        notes.append("the row limit cut the answer short")
    total = (getattr(result, "timings", None) or {}).get("total")
    if total is not None:
        notes.append(f"{total * 1000:.0f} ms")
    blocks.append(_context(" · ".join(notes)))
    warnings = list(getattr(result, "warnings", None) or ())
    if warnings:
        text = "\n".join(f":warning: {escape(w)}" for w in warnings)
        blocks.append(_context(cut(text, max_chars)))
    return blocks


def format_table(
    columns: Sequence[str],
    rows: Sequence[Sequence[Any]],
    max_rows: int = MAX_ROWS,
    max_chars: int = MAX_CHARS,
) -> tuple[str, int]:
    """Rows as aligned plain text within `max_rows` and `max_chars`; returns (text, rows shown)."""
    if not rows:
        return "(no rows)", 0
    header = [cut(str(c), MAX_CELL) for c in columns]
    cells = [[cut(_cell(v), MAX_CELL) for v in row] for row in rows[:max_rows]]
    widths = [max(len(h), *(len(r[i]) for r in cells)) for i, h in enumerate(header)]

    def line(values: Sequence[str]) -> str:
        return "  ".join(v.ljust(w) for v, w in zip(values, widths, strict=True)).rstrip()

    lines = [line(header)]
    used = len(lines[0])
    for row in cells:
        text = line(row)
        if used + 1 + len(text) > max_chars:
            break
        lines.append(text)
        used += 1 + len(text)
    return "\n".join(lines), len(lines) - 1


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return f"{value:.6g}"
    if isinstance(value, datetime):
        return value.replace(microsecond=0).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict | list | tuple):
        return json.dumps(value, default=str, separators=(",", ":"))
    return " ".join(str(value).split())


def _section(text: str) -> dict[str, Any]:
    return {"type": "section", "text": {"type": "mrkdwn", "text": text}}


def _context(text: str) -> dict[str, Any]:
    return {"type": "context", "elements": [{"type": "mrkdwn", "text": text}]}


def _code(text: str, max_chars: int) -> str:
    return "```" + cut(escape(text).replace("```", "ˋˋˋ"), max_chars - 6) + "```"


def escape(text: str) -> str:
    """What Slack's mrkdwn requires: &, < and > escaped."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def plural(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"
