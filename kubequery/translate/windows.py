"""Time windows ("in the last hour", "older than two weeks", "no heartbeat in 5m") as conditions
on the timestamp the question means."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import sqlglot
from sqlglot import exp

from kubequery.translate import lexicon as lx
from kubequery.translate import rx, slots
from kubequery.translate.parsing import NUMW, UNITW, Parse, interval, number

# a number glued to its unit ("5m") or a word spaced from it ("an hour"), so "in any" is no window
_GAP = r"(?:(?<=\d)\s*|\s+)"
_RECENT = [
    rf"\b(?:in|within)\s+(?:over\s+|more than\s+)?{NUMW}{_GAP}{UNITW}\b",
    rf"\b(?:in|within|during|from|over)\s+the\s+(?:last|past)\s+(?:{NUMW}\s*)?{UNITW}\b",
    rf"\b(?:last|past)\s+{NUMW}{_GAP}{UNITW}\b",
    rf"\b(?:younger|newer) than\s+{NUMW}{_GAP}{UNITW}\b",
    rf"\b(?:under|less than)\s+{NUMW}{_GAP}{UNITW}\s+ago\b",
    rf"\bless than\s+{NUMW}{_GAP}{UNITW}\s+old\b",
    rf"<\s*{NUMW}{_GAP}{UNITW}\b",
    rf"\b(?:last|past)\s+{UNITW}\b",
    rf"\bsince\s+{NUMW}{_GAP}{UNITW}\b",  # "since 30m", "since 2 hours ago"
]
_OLDER = [
    rf"\bolder than\s+(?:a |an |one )?{NUMW}?\s*{UNITW}\b",
    rf"\bmore than\s+{NUMW}?\s*{UNITW}\s+(?:ago|old)\b",
    rf"\b(?:for|running for)\s+(?:more than|over|longer than)\s+{NUMW}{_GAP}{UNITW}\b",
    # "jobs that ran longer than 10 min", "took over an hour": how long they ran
    rf"\b(?:ran|run|running|took|lasted)\s+(?:for\s+)?(?:more than|over|longer than)\s+{NUMW}{_GAP}{UNITW}\b",
    rf"\bover\s+{NUMW}{_GAP}{UNITW}\b",
    rf">\s*{NUMW}{_GAP}{UNITW}\b",
]


# "not restarted in the last day", "haven't been updated within 90 days": nothing happened in the window
_NOT_WITHIN = (
    r"(?:\bnot|n't|\bnever)\s+(?:been\s+)?\w+ed\s+(?:in|within|during|over|for)\s+(?:the\s+)?(?:last|past|\d)"
)


def _match_window(patterns: list[str], text: str) -> tuple[str | None, str] | None:
    for pat in patterns:
        m = rx.search(pat, text)
        if m:
            groups = [g for g in m.groups()]
            if len(groups) == 1:
                return None, groups[0]
            n, unit = groups[0], groups[1]
            if n in lx.UNITS and unit is None:
                return None, n
            return n, unit
    return None


def read_window(p: Parse, text: str, table: Any = None) -> None:
    t = p.table
    text = rx.sub(r"\bhalf a year\b", "6 months", text)
    # "cpu request < 100m": millicores, not minutes
    millicores = r"(\bcpu\b[\w ]{0,24}?(?:[<>]=?|\bunder|\bover|\bbelow|\babove|\bthan|\bleast|\bmost)"
    millicores += r"\s*\d+)m\b"
    text = rx.sub(millicores, r"\1 millicores", text)
    # "yesterday" as a bound is a day: "newer than yesterday", "created before yesterday"
    text = rx.sub(r"\b(newer|younger|older) than yesterday\b", r"\1 than a day", text)
    text = rx.sub(r"\bafter yesterday\b", "in the last day", text)
    text = rx.sub(r"\bbefore yesterday\b", "more than a day ago", text)
    text = rx.sub(r"\byesterday or (?:later|after|newer)\b", "in the last day", text)
    if table is not None and _duration(p, text, table):
        return
    lasting = rx.search(
        rf"\b(?:going on|lasted|lasting|been firing|been happening|been repeating)(?: for)?\s+{_THAN}\s*"
        rf"{NUMW}{_GAP}{UNITW}\b|\blast[_ ]seen\s*-\s*first[_ ]seen\s*{_THAN}\s*{NUMW}{_GAP}{UNITW}\b",
        text,
    )
    said = lasting and [g for g in lasting.groups() if g is not None]
    if t == "events" and said and len(said) == 3 and said[2] in lx.UNITS:
        # "warnings that have been going on for more than 5 hours": from first to last seen
        op = "<" if rx.match(r"<|under|less|shorter|below", said[0]) else ">"
        p.conds.append(f"last_seen - first_seen {op} {interval(said[1], said[2])}")
        p.understood.append(f"lasting {op} {said[1]}{said[2]}")
        return
    if t == "events" and rx.search(
        r"\b(?:started|began|first seen|firing since) (?:before (?:midnight|today)|yesterday)\b.*"
        r"\b(?:still firing|still going|still happening|last seen|ongoing)\b.*\btoday\b",
        text,
    ):  # "events that started before midnight and are still firing today": across the day's turn
        p.conds += ["first_seen < date_trunc('day', now())", "last_seen >= date_trunc('day', now())"]
        p.understood.append("first seen before today, last seen today")
        return
    readers = (_clock_window, _clock_time, _calendar_date, _calendar_year, _this_period)
    if any(read(p, text, table) for read in readers):
        return
    if rx.search(r"\byesterday\b", text) and not rx.search(r"\bsince yesterday\b", text):
        # "pods created yesterday": the calendar day before today, both ends
        stamp = slots.time_column(text, table) if table else None
        column = "last_seen" if t == "events" else stamp or "created"
        p.conds.append(f"{column} >= date_trunc('day', now()) - INTERVAL 1 DAY")
        p.conds.append(f"{column} < date_trunc('day', now())")
        p.understood.append(f"{column} yesterday")
        return
    between = rx.search(rf"\bbetween\s+{NUMW}\s+and\s+{NUMW}{_GAP}{UNITW}\s+(?:ago|old)\b", text)
    if between and between.group(3) in lx.UNITS:  # "events between 1 and 2 hours ago": a window on both ends
        column = "last_seen" if t == "events" else "created"
        near, far = sorted((between.group(1), between.group(2)), key=lambda n: number(n) or 0)
        p.conds.append(f"{column} >= now() - {interval(far, between.group(3))}")  # both ends kept, as BETWEEN
        p.conds.append(f"{column} <= now() - {interval(near, between.group(3))}")
        p.understood.append(f"{column} between {near} and {far} {between.group(3)} ago")
        return
    stale = rx.search(r"haven'?t (run|been scheduled)|not (run|scheduled)|hasn'?t run|didn'?t run", text)
    older = _match_window(_OLDER, text)
    recent = None if older else _match_window(_RECENT, text)
    again = _match_window(_RECENT, text) if older and t == "events" else None
    if older and again and older[1] in lx.UNITS and again[1] in lx.UNITS:
        # "first seen over 6h ago, fired again in the last 5m": one window on each end of the events
        p.conds.append(f"first_seen < now() - {interval(*older)}")
        p.conds.append(f"last_seen > now() - {interval(*again)}")
        p.understood.append("first seen long ago, seen again lately")
        return
    both = _match_window(_RECENT, text) if older and t != "events" and table is not None else None
    stamp = slots.time_column(text, table) if both else None
    aged = rx.search(rf"\bolder than\s+(?:a |an |one )?{NUMW}?\s*{UNITW}\b", text)
    if older and both and stamp and aged and older[1] in lx.UNITS and both[1] in lx.UNITS:
        # "pods older than a week that restarted in the last hour": its age, and when the other thing happened
        p.conds.append(f"age > {interval(*older)}")
        p.conds.append(f"{stamp} > now() - {interval(*both)}")
        p.understood.append(f"older than {interval(*older)}, {stamp} within {interval(*both)}")
        return
    if older and both and older[1] in lx.UNITS and both[1] in lx.UNITS and not stamp:
        # "pods created more than 2 hours ago but less than a day ago": a window on both ends
        p.conds.append(f"created < now() - {interval(*older)}")
        p.conds.append(f"created > now() - {interval(*both)}")
        p.understood.append(f"created between {interval(*both)} and {interval(*older)} ago")
        return
    if recent is None and not older and rx.search(r"\btoday\b|\bin 24h\b|\bsince yesterday\b", text):
        recent = ("24", "hours") if "24" in text else (None, "day")
    this = rx.search(r"\bthis (week|month|year)\b", text)
    if recent is None and not older and this:  # "this week": the rolling week, as "today" is the last day
        recent = (None, this.group(1))
    if recent is None and not older and rx.search(r"\bin (\d+)\s*h\b", text):
        recent = (rx.search(r"\bin (\d+)\s*h\b", text).group(1), "h")  # type: ignore[union-attr]
    glued = rx.search(r"(?<![\w\-./:])(\d+)(m|h|d)$", text.strip(" ?.!"))
    if recent is None and not older and t == "events" and glued:  # "warnings 1h": kubectl's terse window
        recent = (glued.group(1), glued.group(2))
    never = rx.search(r"\b(?:never|not yet|not ever)\s+(?:been\s+|once\s+)?(\w+)", text)
    if never and table is not None and not (older or recent):
        # "cron jobs that never ran": the time it would have happened is not set
        column = slots.time_column(never.group(0), table)
        told = any(u.startswith(("never", "not ")) for u in p.understood)  # a state rule read it already
        if column and not told and not any(c.startswith(column) for c in p.conds):
            p.conds.append(f"{column} IS NULL")
            p.understood.append(f"no {column}")
        return
    column = slots.time_column(text, table) if table is not None and (older or recent) else None
    ran_long = rx.search(r"\b(?:ran|took|lasted|running)\s+(?:longer|more|over)\b", text)
    if column == "completion_time" and ran_long:
        column = None  # "completed jobs that ran longer than 5 minutes": how long they ran, read below
    if column and not (t == "cronjobs" and stale and column == "last_schedule"):
        # a window on another timestamp: "no heartbeat in 5m", "leases not renewed in 15 minutes"
        n, unit = older or recent  # type: ignore[misc]
        if unit not in lx.UNITS:
            return
        iv = interval(n, unit)
        # the window denied ("no heartbeat in 5m", "not renewed in 15 minutes"), not a "not" said of something
        # else ("restarted in the past hour and are not ready")
        silent = rx.search(r"\b(haven'?t|hasn'?t|without|silent|stale|missed|older)\b", text) or rx.search(
            r"(?:\b(?:not|no|never)|n't)(?:\s+[\w\-]+){0,3}\s+(?:in|within|during|over|for|since)\s+(?:the\s+)?"
            r"(?:last|past|\d)",
            text,
        )
        cond = f"{column} {'<' if older or silent else '>'} now() - {iv}"
        or_never = r"\bor (?:that |which |they |it )?(?:never|not yet|ha(?:ve|s)n'?t ever)\b"
        never_too = rx.search(or_never, text)
        lapsed = silent and not older and (t == "cronjobs" or rx.search(_NOT_WITHIN, text))
        if lapsed or (older and never_too):
            # a cron job that never ran hasn't either; "pods not restarted in the last day" keeps the
            # pods never restarted; "last success older than a day (or that never succeeded)" says so
            cond = f"({column} IS NULL OR {cond})"
        p.conds.append(cond)
        p.understood.append(f"{column} {'before' if older or silent else 'within'} {iv}")
        return
    if older:
        n, unit = older
        if unit not in lx.UNITS:
            return
        iv = interval(n, unit)
        if t == "jobs" and rx.search(r"running|long|\b(?:ran|took|lasted)\b", text):
            if rx.search(r"running", text) and "status = 'Running'" not in p.conds:
                p.conds.append("status = 'Running'")
            p.conds.append(f"duration > {iv}")
        elif t == "containers" and rx.search(r"\b(?:running|up)\b", text):
            # "containers running for more than a week": their current run began that long ago
            if "state = 'running'" not in p.conds:
                p.conds.append("state = 'running'")
            p.conds.append(f"started_at < now() - {iv}")
        elif t == "events":  # an event is as old as when it was last seen, as kubectl's LAST SEEN shows
            p.conds.append(f"last_seen < now() - {iv}")
        else:
            if t == "pods" and rx.search(r"\brunning for\b", text) and "status = 'Running'" not in p.conds:
                p.conds.append("status = 'Running'")  # "pods running for more than a day": still running
            p.conds.append(f"age > {iv}")
        p.understood.append(f"older than {iv}")
        return
    if recent:
        n, unit = recent
        if unit not in lx.UNITS:
            return
        iv = interval(n, unit)
        if t == "cronjobs" and stale:
            p.conds.append(f"(last_schedule IS NULL OR last_schedule < now() - {iv})")
        elif rx.search(_NOT_WITHIN, text):  # "pods not created in the last hour": the older ones
            p.conds.append(f"{'last_seen' if t == 'events' else 'created'} < now() - {iv}")
        elif t == "events":
            p.conds.append(f"last_seen > now() - {iv}")
        elif t == "jobs" and rx.search(r"start|ran|run", text):
            p.conds.append(f"start_time > now() - {iv}")
        else:
            p.conds.append(f"created > now() - {iv}")
        p.understood.append(f"within {iv}")


def recent_window(text: str) -> tuple[str, str] | None:
    """A "lately" window ("in the past hour", "today") and the text without it, or None: for a question
    that puts it on something other than the table it is read for."""
    for pat in [*_RECENT, r"\btoday\b|\bsince yesterday\b"]:
        m = rx.search(pat, text)
        if m:
            probe = Parse(table="events")
            read_window(probe, m.group(0))
            if probe.conds:
                return probe.conds[-1], text[: m.start()] + text[m.end() :]
    return None


_THAN = r"(<=?|>=?|under|over|less than|more than|longer than|shorter than|below|above)"


def _duration(p: Parse, text: str, table: Any) -> bool:
    """A length of time compared: "jobs with duration < 10s" is that column, not a window on a timestamp."""
    mentions = [(m.column, m.end) for m in slots.find_columns(text, table)]
    if any(c.name == "duration" for c in table.columns):  # "jobs that completed in under 10 seconds"
        took = rx.finditer(r"\b(?:completed|finished|done|ran) in\b", text)
        mentions += [("duration", m.end()) for m in took]
    for column, end in mentions:
        if column == "age" or slots.column_type(table, column) != "interval":
            continue
        c = rx.match(rf"\s*{_THAN}\s*{NUMW}{_GAP}{UNITW}\b(?!\s+ago)", text[end:])
        if c and c.group(3) in lx.UNITS:
            op = "<" if rx.match(r"<|under|less|shorter|below", c.group(1)) else ">"
            p.conds.append(f"{column} {op} {interval(c.group(2), c.group(3))}")
            p.understood.append(f"{column} {op} {c.group(2)}{c.group(3)}")
            return True
    return False


_STARTS = ("started", "start_time", "started_at")


def asked_time(p: Parse, text: str, table: Any) -> None:
    """ "When did each node last send a heartbeat?", "how old are the nodes?", "when did the jobs in batch
    start?": objects listed with when or how old show the time asked about."""
    if p.count or p.group or p.cols is not None:
        return
    own = {c.name for c in table.columns}
    if rx.search(r"\bhow old\b", text):
        column: str | None = "age"
    elif rx.match(r"\s*(?:when|(?:at )?what time)\b", text) and table.name == "events":
        # "when was the last BackOff for x": when it last happened (or first, when that is asked)
        first = r"\bfirst\b|\bstart\w*|\bbegan\b|\bbegin\b|\b(?:oldest|earliest)\b"
        column = "first_seen" if rx.search(first, text) else "last_seen"
        single = r"\s*when (?:was|were|did|is) (?:the )?(?:very )?"
        single += r"(?:last|latest|most recent|newest|first|earliest|oldest)\b"
        if any(c.startswith("involved_name =") for c in p.conds) or (
            rx.match(single, text) and not rx.search(r"\b(?:each|every|per)\b", text)
        ):  # one object's, or "when was the last warning in shop?": just the time
            # one object's time, unless the last (or first) of its events is asked: "when did x last fail"
            one = any(c.startswith("involved_name =") for c in p.conds) and not rx.search(
                r"\b(?:last|latest|most recent(?:ly)?|first|earliest)\b", text
            )
            p.cols = [column if one else "min(first_seen)" if column == "first_seen" else "max(last_seen)"]
            p.understood.append(f"showing {column}")
            return
    elif rx.match(r"\s*(?:when|(?:at )?what time)\b", text) or rx.search(
        r"\b(?:and|with|plus) (?:when|at what time) (?:they|it|each)\b", text
    ) or (table.name != "events" and rx.search(r",?\s*\band when\s*[?.!]*$", text)):
        # "cronjobs here and when they last ran", "which job finished last, and when?": with that time
        column = slots.time_column(text, table)
        if column is None and rx.search(r"\bstart(?:s|ed)?\b", text):
            column = next((c for c in _STARTS if c in own), "created")
        elif column is None and rx.search(r"\b(?:created|made|added|born|deployed)\b", text):
            column = "created"
    elif table.name == "events" and rx.search(
        r",?\s*(?:and|with|plus)\s+(?:when|(?:its|the|their)\s+(?:time|timestamp)s?)"
        r"(?:\s+(?:did|was|were|is) (?:it|they|that)(?: happen(?:ing)?| seen| fired| last seen)?)?\s*[?.!]*$",
        text,
    ):  # "the most recent warning event, and when (did it happen)?": when it last happened (or first)
        column = "first_seen" if rx.search(r"\b(?:first|oldest|earliest)\b", text) else "last_seen"
    else:
        return
    if column in own and column not in p.extra:
        p.extra.append(column)
        p.understood.append(f"showing {column}")


# a time of day: "since 6am", "after 14:30", "since noon" (a bare "since 6" could be anything)
_CLOCK = (
    r"\b(?:since|after|from)\s+(?:(?P<h12>\d{1,2})(?::(?P<m12>\d\d))?\s*(?P<half>am|pm)\b"
    r"|(?P<h24>\d{1,2}):(?P<m24>\d\d)(?::(?P<s24>\d\d))?\b|(?P<word>noon|midnight))"
)


# an hour of today: "between 10:00 and 11:00 UTC today", "in the 10-11 utc hour"
_CLOCK_WINDOW = (
    r"\bbetween\s+(?P<h1>\d{1,2})(?::(?P<m1>\d\d))?\s*(?P<a1>am|pm)?\s+and\s+"
    r"(?P<h2>\d{1,2})(?::(?P<m2>\d\d))?\s*(?P<a2>am|pm)?(?:\s*utc)?(?:\s+today)?\b"
    r"|\bin the (?P<h3>\d{1,2})\s*[-–]\s*(?P<h4>\d{1,2})\s*(?:utc\s*)?hour\b"
)


def _clock_window(p: Parse, text: str, table: Any = None) -> bool:
    """ "Events last seen between 10:00 and 11:00 UTC today": from one time of today (UTC) to the other."""
    m = rx.search(_CLOCK_WINDOW, text)
    if m is None or (m["h1"] and not (m["m1"] or m["m2"] or m["a1"] or m["a2"] or "utc" in m.group(0))):
        return False  # "between 1 and 2 hours ago" is a window of durations, read below
    ends = []
    for h, mi, half in ((m["h1"] or m["h3"], m["m1"], m["a1"]), (m["h2"] or m["h4"], m["m2"], m["a2"])):
        hour, minute = _on_the_clock(int(h), half), int(mi or 0)
        if hour > 24 or minute > 59:
            return False
        ends.append(f"date_trunc('day', now()) + INTERVAL {hour} HOURS" + (
            f" + INTERVAL {minute} MINUTES" if minute else ""
        ))
    column = _stamped(p, text, table)
    if p.table == "events" and rx.search(r"\bfirst[\s_]seen\b", text):
        column = "first_seen"
    p.conds += [f"{column} >= {ends[0]}", f"{column} < {ends[1]}"]
    p.understood.append(f"{column} in a window of today")
    return True


def _on_the_clock(hour: int, half: str | None) -> int:
    """An hour said with am or pm, on the 24-hour clock."""
    if half == "pm" and hour < 12:
        return hour + 12
    return 0 if half == "am" and hour == 12 else hour


def _stamped(p: Parse, text: str, table: Any) -> str:
    """The time a time of day is compared with: an event's last sighting; else the time the rest names ("pods
    restarted since midnight": the last restart), else when the object was made."""
    stamp = slots.time_column(text, table) if table is not None else None
    return "last_seen" if p.table == "events" else stamp or "created"


def _clock_time(p: Parse, text: str, table: Any = None) -> bool:
    """ "Jobs created since 6am": since that time of day (in UTC) last came round before now()."""
    m = rx.search(_CLOCK, text)
    if m is None:
        return False
    second = 0
    if m["word"]:
        hour, minute = (12 if m["word"] == "noon" else 0), 0
    else:
        hour, minute = _on_the_clock(int(m["h12"] or m["h24"]), m["half"]), int(m["m12"] or m["m24"] or 0)
        second = int(m["s24"] or 0)
    if hour > 23 or minute > 59 or second > 59:
        return False
    column = _stamped(p, text, table)
    # the last time the clock read that, at or before now(): "since 10pm" asked at noon is last night's
    offset = f"INTERVAL {hour} HOURS" + (f" + INTERVAL {minute} MINUTES" if minute else "")
    offset += f" + INTERVAL {second} SECONDS" if second else ""
    since = f"date_trunc('day', now() - ({offset})) + {offset}"
    p.conds.append(f"{column} >= {since}")
    p.understood.append(f"{column} since {hour:02d}:{minute:02d}{f':{second:02d}' if second else ''} today")
    return True


# a calendar day: "since 2026-11-28", "before 2025-01-01", "on 2026-11-29"
_DATE = r"\b(since|after|from|before|on)\s+(?:the\s+)?(\d{4})-(\d{1,2})-(\d{1,2})\b"


def _calendar_date(p: Parse, text: str, table: Any) -> bool:
    """ "Pods created since 2026-11-28": the time asked about compared with the start of that day (UTC)."""
    m = rx.search(_DATE, text)
    if m is None:
        return False
    year, month, day = int(m.group(2)), int(m.group(3)), int(m.group(4))
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return False
    column = _calendar_column(p, text, table)
    stamp = f"TIMESTAMP '{year:04d}-{month:02d}-{day:02d}'"
    if m.group(1) == "before":
        p.conds.append(f"{column} < {stamp}")
    elif m.group(1) == "on":
        p.conds.append(f"{column} >= {stamp} AND {column} < {stamp} + INTERVAL 1 DAY")
    else:
        p.conds.append(f"{column} >= {stamp}")
    p.understood.append(f"{column} {m.group(1)} {year:04d}-{month:02d}-{day:02d}")
    return True


def _calendar_column(p: Parse, text: str, table: Any) -> str:
    """The time a calendar day or year is said of: the one named ("finished"), else when it was made."""
    column = slots.time_column(text, table) if table is not None else None
    if column is None and p.table == "jobs" and rx.search(r"\b(?:start\w*|ran|run)\b", text):
        column = "start_time"
    return column or ("last_seen" if p.table == "events" else "created")


# a calendar year: "deployments created before 2026", "pods made in 2025", "after 2024"
_YEAR = r"\b(since|after|from|before|in|during)\s+(?:the\s+(?:year\s+)?|year\s+)?((?:19|20)\d\d)\b"
_YEAR += r"(?![\-/:.\w])"


def _calendar_year(p: Parse, text: str, table: Any) -> bool:
    """ "Deployments created before 2026": the time asked about compared with that year's bounds (UTC)."""
    m = rx.search(_YEAR, text)
    if m is None:
        return False
    said, year = m.group(1), int(m.group(2))
    column = _calendar_column(p, text, table)
    start, end = f"TIMESTAMP '{year:04d}-01-01'", f"TIMESTAMP '{year + 1:04d}-01-01'"
    if said == "before":
        p.conds.append(f"{column} < {start}")
    elif said == "after":
        p.conds.append(f"{column} >= {end}")
    elif said in ("since", "from"):
        p.conds.append(f"{column} >= {start}")
    else:  # "in 2025": within that year
        p.conds.append(f"{column} >= {start} AND {column} < {end}")
    p.understood.append(f"{column} {said} {year}")
    return True


def _this_period(p: Parse, text: str, table: Any) -> bool:
    """ "namespaces created this year", "nodes that joined this month": since the calendar month or year
    began (UTC); a week has no one agreed first day, so "this week" stays the last seven days."""
    m = rx.search(r"\b(?:this|the current) (month|year)\b", text)
    if m is None or rx.search(r"\b(?:not|never|haven'?t|hasn'?t|older|before)\b|n't\b", text):
        return False
    column = _calendar_column(p, text, table)
    p.conds.append(f"{column} >= date_trunc('{m.group(1)}', now())")
    p.understood.append(f"{column} this {m.group(1)}")
    return True


# "what is the earliest creation time of any deployment?", "min first_seen over all ev -A": one time, the
# extreme of a timestamp column over the objects the rest of the question picks
_TIME_EXTREME = re.compile(
    r"\s*(?:(?:what|when)(?:'s| is| was)\s+)?(?:the\s+)?(?:very\s+)?"
    r"(?P<way>earliest|oldest|first|min(?:imum)?|latest|newest|most recent|max(?:imum)?)\s+"
    r"(?P<column>[a-z_\- ]+?)\s+(?:times?\s+|timestamps?\s+|dates?\s+)?"
    r"(?:of|across|over|among|for|in)\s+(?:(?:any|all(?: the)?|every|the)\s+)?(?P<rest>.+?)\s*[?.!]*"
)
# "how far back do the events go?": the first time the oldest of them was seen
_HOW_FAR_BACK = re.compile(r"\s*how far back (?:do|does) (?P<rest>.+?) go\b.*")


def time_extreme(text: str, read: Callable[[str], str | None], catalog: Any) -> str | None:
    """The earliest (or latest) value of a timestamp column over some objects, asked as one time."""
    m = _TIME_EXTREME.fullmatch(text)
    if m is not None and rx.search(r"\b(?:and|or)\b|[,&/+]", m.group("column")):
        m = None  # "first and last seen of the OOMKilling events": both shown, no one extreme
    far = _HOW_FAR_BACK.fullmatch(text) if m is None else None
    if m is None and far is None:
        return None
    found = read((m or far).group("rest"))
    tree = _plain_select(found)
    if tree is None:
        return None
    table = catalog[tree.find(exp.Table).name]
    if far is not None:
        if table.name != "events":
            return None
        column, fn = "first_seen", "min"
    else:
        said = [x.column for x in slots.find_columns(m.group("column"), table)]
        if rx.fullmatch(r"creation|created|creat(?:ed|ion) date|age", m.group("column")):
            said.append("created")
        column = next((c for c in said if slots.column_type(table, c) == "timestamp"), None)
        if column is None:
            return None
        fn = "min" if m.group("way") in ("earliest", "oldest", "first", "min", "minimum") else "max"
    tree.set("expressions", [sqlglot.parse_one(f"{fn}({column})", read="duckdb")])
    tree.set("distinct", None)
    return tree.sql(dialect="duckdb", normalize_functions="lower")


def _plain_select(sql: str | None) -> Any:
    """The parsed query when it lists one table's rows (no join, grouping, order or limit), else None."""
    if sql is None:
        return None
    tree = sqlglot.parse_one(sql, read="duckdb")
    shaped = ("joins", "group", "order", "limit")
    if not isinstance(tree, exp.Select) or any(tree.args.get(k) for k in shaped):
        return None
    return tree if tree.find(exp.Table) is not None else None
