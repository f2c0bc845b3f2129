"""Render a Result as a terminal table, plain text, JSON, YAML or CSV.

Tables in a terminal use rich; piped output is plain aligned text like
kubectl's, so `kq … | grep` and `awk` work. Machine formats keep types:
timestamps as RFC 3339, intervals as seconds, maps and JSON as objects.
"""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

FORMATS = ("table", "wide", "json", "yaml", "csv")
_NARROW_CELL = 60  # table cells longer than this are cut ("wide" shows them whole)


def _iso(value: datetime) -> str:
    return value.isoformat().replace("+00:00", "Z")


def human_duration(seconds: float) -> str:
    from kubequery.kubectl import human_duration as kubectl_duration

    return kubectl_duration(seconds)


def display_value(value: Any) -> str:
    """How a value reads in a table cell."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime):
        return _iso(value)
    if isinstance(value, timedelta):
        return human_duration(value.total_seconds())
    if isinstance(value, float):
        # Bytes and cores: whole numbers print whole, fractions keep a few digits.
        return str(int(value)) if value.is_integer() and abs(value) < 1e18 else f"{value:.6g}"
    if isinstance(value, dict):
        return ",".join(f"{k}={v}" for k, v in value.items())
    if isinstance(value, (list, tuple)):
        return ",".join(display_value(v) for v in value)
    return str(value)


def plain_value(value: Any, type_name: str = "") -> Any:
    """A JSON-friendly version of a value."""
    if isinstance(value, datetime):
        return _iso(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, timedelta):
        return value.total_seconds()
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, dict):
        return {str(k): plain_value(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain_value(v) for v in value]
    if isinstance(value, str) and type_name.upper() == "JSON":
        try:
            return json.loads(value)
        except ValueError:
            return value
    return value


def records(columns: list[str], types: list[str], rows: list[tuple]) -> list[dict[str, Any]]:
    return [{c: plain_value(v, t) for c, t, v in zip(columns, types, row, strict=True)} for row in rows]


def render_plain(columns: list[str], rows: list[tuple], wide: bool = False) -> str:
    """kubectl-style aligned columns with upper-case headers."""
    cells = [[_cut(display_value(v), wide) for v in row] for row in rows]
    headers = [header(c) for c in columns]
    widths = [max([len(h)] + [len(r[i]) for r in cells]) for i, h in enumerate(headers)]
    lines = ["   ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip()]
    lines += ["   ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in cells]
    return "\n".join(lines)


def header(column: str) -> str:
    """kubectl's upper-case headers for plain names; expressions as written."""
    return column.upper() if re.fullmatch(r"[a-z_][a-z0-9_]*", column) else column


def _cut(text: str, wide: bool) -> str:
    text = text.replace("\n", " ")
    return text if wide or len(text) <= _NARROW_CELL else text[: _NARROW_CELL - 1] + "…"


def render(columns: list[str], types: list[str], rows: list[tuple], fmt: str, *, tty: bool = False) -> str:
    """Text for `fmt`; `tty` picks rich tables for people over plain text for pipes."""
    if fmt in ("table", "wide"):
        if not rows:
            return ""
        if tty:
            return _rich_table(columns, rows, wide=fmt == "wide")
        return render_plain(columns, rows, wide=fmt == "wide")
    if fmt == "json":
        return json.dumps(records(columns, types, rows), indent=2, ensure_ascii=False)
    if fmt == "yaml":
        import yaml

        return yaml.safe_dump(records(columns, types, rows), sort_keys=False, allow_unicode=True).rstrip()
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow([_csv_value(v) for v in row])
        return out.getvalue().rstrip("\n")
    raise ValueError(f"unknown output format {fmt!r}; choose from {', '.join(FORMATS)}")


def _csv_value(value: Any) -> Any:
    if isinstance(value, (dict, list, tuple)):
        return json.dumps(plain_value(value), ensure_ascii=False)
    if isinstance(value, timedelta):
        return value.total_seconds()
    if value is None:
        return ""
    return display_value(value) if isinstance(value, (datetime, bool)) else value


def _rich_table(columns: list[str], rows: list[tuple], wide: bool) -> str:
    from rich.console import Console
    from rich.table import Table

    table = Table(show_edge=False, header_style="bold", pad_edge=False, box=None)
    for c in columns:
        table.add_column(header(c), overflow="fold" if wide else "ellipsis", no_wrap=not wide)
    for row in rows:
        table.add_row(*(_cut(display_value(v), wide) for v in row))
    console = Console(file=io.StringIO(), force_terminal=True, width=None if wide else None)
    console.print(table)
    return console.file.getvalue().rstrip("\n")
