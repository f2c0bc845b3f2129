"""Two reports side by side, case by case: what got fixed, what broke, and the score change.

A case counts as right in a report when every run of it was right (correct, or declined
correctly); "fixed" is wrong before and right after, "broke" the reverse. Cases that stay
wrong but fail differently (wrong → error) are listed as changed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from eval.harness.report import pct

MEASURES = ("overall_accuracy", "execution_accuracy", "decline_accuracy", "error_rate")


@dataclass
class Comparison:
    fixed: list[dict[str, Any]] = field(default_factory=list)
    broke: list[dict[str, Any]] = field(default_factory=list)
    changed: list[dict[str, Any]] = field(default_factory=list)  # still not right, but differently
    only_before: list[str] = field(default_factory=list)
    only_after: list[str] = field(default_factory=list)
    measures: dict[str, tuple[float | None, float | None]] = field(default_factory=dict)
    common_measures: dict[str, tuple[float | None, float | None]] = field(default_factory=dict)


def compare_reports(before: dict[str, Any], after: dict[str, Any]) -> Comparison:
    """What changed from `before` to `after`."""
    a = {c["id"]: c for c in before["cases"]}
    b = {c["id"]: c for c in after["cases"]}
    found = Comparison()
    for case_id, old in a.items():
        new = b.get(case_id)
        if new is None:
            found.only_before.append(case_id)
            continue
        entry = {
            "id": case_id,
            "tier": new.get("tier"),
            "question": new.get("question"),
            "before": old["outcome"],
            "after": new["outcome"],
        }
        was, now = old["passed"] >= 1.0, new["passed"] >= 1.0
        if not was and now:
            found.fixed.append(entry)
        elif was and not now:
            found.broke.append(entry)
        elif old["outcome"] != new["outcome"] or old["passed"] != new["passed"]:
            found.changed.append(entry)
    found.only_after = [case_id for case_id in b if case_id not in a]
    for measure in MEASURES:
        found.measures[measure] = (before["summary"].get(measure), after["summary"].get(measure))
    common = [case_id for case_id in a if case_id in b]
    if found.only_before or found.only_after:
        found.common_measures["overall_accuracy"] = (
            _right_share([a[i] for i in common]),
            _right_share([b[i] for i in common]),
        )
    return found


def _right_share(cases: list[dict[str, Any]]) -> float | None:
    return sum(c["passed"] for c in cases) / len(cases) if cases else None


def render(found: Comparison, before_name: str = "A", after_name: str = "B") -> str:
    """The comparison as text for the terminal (markdown-friendly)."""
    lines = [f"{before_name} → {after_name}"]
    for measure, (old, new) in found.measures.items():
        lines.append(f"  {measure}: {pct(old)} → {pct(new)}{_delta(old, new)}")
    for measure, (old, new) in found.common_measures.items():
        lines.append(f"  {measure} on the cases in both: {pct(old)} → {pct(new)}{_delta(old, new)}")
    for title, entries in (("fixed", found.fixed), ("broke", found.broke), ("changed", found.changed)):
        lines.append(f"{title} ({len(entries)}):")
        for e in entries:
            lines.append(f"  {e['id']} ({e['tier']}): {e['before']} → {e['after']} · {e['question']}")
    if found.only_before:
        lines.append(f"only in {before_name} ({len(found.only_before)}): {', '.join(found.only_before)}")
    if found.only_after:
        lines.append(f"only in {after_name} ({len(found.only_after)}): {', '.join(found.only_after)}")
    return "\n".join(lines)


def _delta(old: float | None, new: float | None) -> str:
    if old is None or new is None:
        return ""
    return f" ({(new - old) * 100:+.1f} points)"
