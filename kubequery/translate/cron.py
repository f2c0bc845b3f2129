"""How often a cron job runs, said in words ("every 15 minutes", "daily at 2am", "hourly"),
matched against the schedules the cluster's cron jobs hold."""

from __future__ import annotations

import re
from collections.abc import Iterable

from kubequery.translate import rx

_NUMBERS = {"one": 1, "two": 2, "three": 3, "five": 5, "ten": 10, "fifteen": 15, "thirty": 30}


def _number(word: str) -> int | None:
    return int(word) if word.isdigit() else _NUMBERS.get(word)


def _hour(text: str) -> int | None:
    """The hour a daily run is at: "at 2am", "at 14:00", "at midnight", "at noon"."""
    if rx.search(r"\bat midnight\b", text):
        return 0
    if rx.search(r"\bat noon\b", text):
        return 12
    m = rx.search(r"\bat (\d{1,2})(?::00)?\s*(am|pm)?\b", text)
    if not m:
        return None
    hour = int(m.group(1)) % 12 if m.group(2) else int(m.group(1))
    return hour + 12 if m.group(2) == "pm" else hour


def pattern(text: str) -> str | None:
    """A regular expression over cron schedules for the frequency the question names, or None."""
    m = rx.search(r"\bevery (\d+|one|two|three|five|ten|fifteen|thirty) ?(?:min(?:ute)?s?|m)\b", text)
    if m and (n := _number(m.group(1))):
        return rf"(\*|0)/{n} \* \* \* \*" if n > 1 else r"\* \* \* \* \*"
    if rx.search(r"\bevery minute\b", text):
        return r"\* \* \* \* \*"
    m = rx.search(r"\bevery (\d+|two|three) ?(?:hours|hrs|h)\b", text)
    if m and (n := _number(m.group(1))):
        return rf"\d+ (\*|0)/{n} \* \* \*"
    if rx.search(r"\b(hourly|every hour|once an hour)\b", text):
        return r"(\d+ \* \* \* \*|@hourly)"
    if rx.search(r"\b(daily|every day|each day|once a day|nightly|every night)\b", text):
        hour = _hour(text)
        return rf"\d+ {hour} \* \* \*" if hour is not None else r"(\d+ \d+ \* \* \*|@daily|@midnight)"
    if rx.search(r"\b(weekly|every week|once a week)\b", text):
        return r"(\d+ \d+ \* \* \d|@weekly)"
    return None


def schedules(text: str, held: Iterable[str]) -> list[str]:
    """The cluster's schedules that run as often as the question says (none when it says no frequency)."""
    found = pattern(text)
    if found is None:
        return []
    return sorted(s for s in held if re.fullmatch(found, s.strip()))
