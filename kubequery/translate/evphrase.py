"""Events asked in ways the main parser does not read by itself.

`rephrase` turns a phrasing into one the parser reads ("when did worker-5 go NotReady?" is when the node's
NodeNotReady event was first seen); `shaped` answers shapes over the events a phrase picks that the parser
has no slot for (the first and last time of some events, events per hour, reasons that fired only once);
`both_extremes` shows the minimum and the maximum when both are asked ("min and max event count per type").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import sqlglot
from sqlglot import exp

from kubequery.translate import reasons, rx

# what a node (or pod) went through, said as a state change, and the event reason that records it
_NODE_CHANGES = (
    (
        r"(?:go(?:ne)?|went|become|became|turn(?:ed)?|get|got|flip(?:ped)?|marked|been marked|been)\s+"
        r"(?:to\s+)?not\s*ready|(?:go(?:ne)?|went)\s+(?:down|offline)",
        "NodeNotReady",
    ),
    (r"(?:get\s+|got\s+|been\s+)?(?:cordoned|marked unschedulable|made unschedulable)", "NodeNotSchedulable"),
    (
        r"(?:(?:get|got|come|came|go|went|run|ran)\s+)?(?:under|into)\s+disk\s+pressure|"
        r"(?:get|got|hit|have|had|report|reported|start|started)\s+(?:having\s+)?disk\s+pressure",
        "NodeHasDiskPressure",
    ),
)
_POD_CHANGES = (
    (r"(?:get\s+|got\s+|been\s+)?evicted", "Evicted"),
    (r"(?:get\s+|got\s+|been\s+)?oom[- ]?killed", "OOMKilling"),
    (r"(?:get\s+|got\s+|been\s+)?killed", "Killing"),
    (r"(?:get\s+|got\s+|been\s+)?scheduled", "Scheduled"),
    # "when did x start backing off?", "since when has x been in back-off?"
    (r"(?:start(?:ed)?\s+)?backing\s+off|(?:go|went|gone|get|got)\s+into\s+back-?off|been\s+(?:in\s+)?back-?off"
     r"|(?:start(?:ed)?\s+)?crash-?looping", "BackOff"),
    # "since when has x been failing its readiness probe?"
    (r"(?:been\s+|start(?:ed)?\s+)?fail(?:ing|ed)?\s+(?:its\s+|the\s+|a\s+)?(?:readiness\s+|liveness\s+)?probes?"
     r"|(?:been\s+|gone\s+|go\s+|went\s+|become\s+|became\s+)?unhealthy", "Unhealthy"),
)


def rephrase(
    text: str, nodes: frozenset[str], pods: frozenset[str], known: frozenset[str] = frozenset()
) -> str:
    """The question said so that the parser reads it as the events it asks about; `known` holds the
    cluster's event reasons."""
    # "mount issues in frontend", "scheduling problems": the failures of that kind (FailedMount …)
    trouble = rx.search(r"\b([a-z]+) (?:problems?|issues?|troubles?|errors?)\b", text)
    if trouble and known:
        failed = reasons.named(f"{trouble.group(1)} failures", known)
        if failed and all(r.startswith("Failed") or r.endswith("Failed") for r in failed):
            text = text[: trouble.start()] + f"{trouble.group(1)} failures" + text[trouble.end() :]
    # "crashlooping pods with their BackOff counts", "… how many times they've backed off": how often each
    # one's events of that reason fired, not how many pods there are
    text = rx.sub(r"\bhow many times (?:they|it|each(?: one)?)(?:'ve| have| has| had)? backed off\b",
                  "their backoff event counts", text)
    # "po on worker-2: warning events", "worker-1 po warnings": the events of the pods on that node
    on_node = rx.match(r"\W*(?:(?:pods|po) on (?:node )?([a-z0-9][\w\-.]*):?|([a-z0-9][\w\-.]*) (?:pods|po)) "
                       r"((?:warning )?events|warnings|ev)\W*$", text)
    if on_node and (on_node.group(1) or on_node.group(2)) in nodes:
        text = f"{on_node.group(3)} of pods on {on_node.group(1) or on_node.group(2)}"
    # "for the crashloopin pods, how many back-offs so far?": each one's back-off events counted
    text = rx.sub(r"^\W*for (?:the )?(.+?\bpods),? how many back-?offs(?: so far| each| apiece)?\W*$",
                  r"\1 with their backoff event counts", text)
    # "which disruption budgets report NoPods?": those with such events
    told = rx.search(r"\b(?:report|reports|reported|emit|emits|emitted|raise|raises|raised) ([a-z]+)\b", text)
    if told and any(told.group(1) == r.lower() for r in known):
        text = text[: told.start()] + f"have {told.group(1)} events" + text[told.end() :]
    # "CrashLoopBackOff po + total back-off count from events": each one's
    text = rx.sub(r"\s*(?:\+|\bwith|\band) (?:the |their )?(?:total )?back-?off (?:event )?counts?"
                  r"(?: from (?:the )?events)?\b", " with their backoff event counts", text)
    counted = rx.search(r"\b(their|its|the) ([a-z]+) counts?\b", text)
    if counted and any(counted.group(2) == r.lower() for r in known):
        said = f"{counted.group(1)} {counted.group(2)} event counts"
        text = text[: counted.start()] + said + text[counted.end() :]
    # "when did worker-5 go NotReady?", "when was worker-4 cordoned?": when that event was first seen
    when = rx.match(
        r"\s*(?:since\s+)?when\s+(?:did|was|has|had|were)\s+(?:the\s+)?(node|pod)?\s*([a-z0-9][\w\-.]*)\s+"
        r"(?:(?:in|-n)\s+([a-z0-9][\w\-]*)\s+|\(([a-z0-9][\w\-]*)\)\s+)?(.+)$",
        text,
    )
    if when:
        kind, name, rest = when.group(1), when.group(2), when.group(5)
        place = when.group(3) or when.group(4)
        changes = (
            _NODE_CHANGES
            if kind in (None, "node") and name in nodes
            else (_POD_CHANGES if name in pods and kind in (None, "pod") else ())
        )
        for said, reason in changes:
            m = rx.match(rf"(?:{said})\b(.*)$", rest)
            if m:
                tail = m.group(1).strip(" ?.!")
                what = "node" if changes is _NODE_CHANGES else "pod"
                tail = (" " + tail if tail else "") + (f" in {place}" if place else "")
                return f"when was the {reason.lower()} event of {what} {name} first seen{tail}"
    # "which nodes went NotReady in the last day?", "nodes cordoned today": the nodes with that event in
    # the window (a node's created time says nothing of when its state changed)
    change = rx.search(
        r"\b(nodes|no)\s+(?:that\s+|which\s+)?(?:have\s+|has\s+|were\s+|was\s+)?(.+?)\s+(?=(?:in|within|over|"
        r"during)\s+(?:the\s+)?(?:last|past)\b|today\b|yesterday\b|since\b|this\s+(?:morning|week)\b)",
        text,
    )
    if change:
        reason = next((r for said, r in _NODE_CHANGES if rx.fullmatch(said, change.group(2))), None)
        if reason is not None:
            text = text[: change.start()] + f"nodes with {reason.lower()} events " + text[change.end() :]
    # "when did the first event in staging happen?": when it was
    happened = rx.match(r"\s*when\s+did\s+(.+?)\s+(?:happen|occur|take place|fire)\s*[?.!]*$", text)
    if happened and rx.search(_EVENTS, happened.group(1)):
        text = f"when was {happened.group(1)}"
    # "what's going wrong in here?": what the warnings say, as "what went wrong" reads
    text = rx.sub(r"\bwhat(?:'?s| is| are) (?:going|gone) wrong\b", "what went wrong", text)
    # "BackOff count for po x", "Unhealthy count": how often events of that reason fired
    said = rx.search(r"\b([a-z]+) count (?=for|of|on|in)\b", text)
    if said and said.group(1) in {r.lower() for r in known}:
        text = text[: said.end(1)] + " event" + text[said.end(1) :]
    # "pods with more than 100 back-offs": BackOff events repeated that often
    text = rx.sub(r"(\d+)\s+back-?offs\b", r"\1 backoff occurrences", text)
    # "how many times has the scheduler failed to place pods?": failed to schedule them
    text = rx.sub(r"\b(fail(?:ed|s|ing)? to|(?:could|can)(?:n'?t| not)) place\b", r"\1 schedule", text)
    # "which pvcs are waiting for an external provisioner?": their ExternalProvisioning events
    text = rx.sub(
        r"\b(?:that are |which are |are |is )?(?:waiting|stuck waiting) (?:for|on) (?:an? |the )?external "
        r"(?:volume )?provisioner\b",
        " with externalprovisioning events",
        text,
    )
    # "which pvcs are waiting for their first consumer?": their WaitForFirstConsumer events
    first = rx.search(
        r"\b(?:pvcs?|claims?|persistentvolumeclaims?)\s+(?:that are |which are |are |is )?(?:still )?"
        r"(?:waiting|stuck waiting) (?:for|on) (?:an? |the |their |its )?first consumers?\b",
        text,
    )
    if first:  # not "storage classes that bind at once instead of waiting for the first consumer"
        said = first.group(0).split()[0]
        text = text[: first.start()] + f"{said} with waitforfirstconsumer events" + text[first.end() :]
    # "highest repeat count among warning events": the largest count column, one value
    text = rx.sub(
        r"^(?:what(?:'?s| is) )?(?:the )?(highest|largest|biggest|maximum|lowest|smallest|minimum) "
        r"(?:repeat(?:ed)? |event |occurrence )?count (?:among|of|across|for) (?:all )?(?:the )?",
        lambda m: ("min" if m.group(1) in ("lowest", "smallest", "minimum") else "max") + " count of ",
        text,
    )
    # "how many times have pods been killed?": the Killing events, repeats added up
    text = rx.sub(
        r"^how many times (?:have|has|were|was) (?:the )?(pods?|containers?) (?:been )?killed\b",
        "how many killing occurrences for pods",
        text,
    )
    # "how many objects have events?": the objects told apart, not the events counted
    text = rx.sub(
        r"\bhow many (?:objects|things|resources) (?=(?:have|has|had|got|get|with|received)\b)",
        "how many distinct objects ",
        text,
    )
    # "events reported by worker-2's kubelet": the kubelet on that node
    text = rx.sub(
        r"\b([a-z0-9][\w\-.]*)'s kubelet\b",
        lambda m: f"the kubelet on {m.group(1)}" if m.group(1) in nodes else m.group(0),
        text,
    )
    # "lowest and highest event count per reason": both extremes, as "min and max" says
    if rx.search(r"\b(?:events?|ev|warnings?)\b", text):
        text = rx.sub(
            r"\b(?:lowest|smallest|minimum) and (?:highest|largest|biggest|maximum)\b", "min and max", text
        )
    # "timeline of cassandra-1": what happened to it
    text = rx.sub(r"^(?:show (?:me )?)?(?:the )?(?:event )?timeline (?:of|for) ", "what happened to ", text)
    return text


def _where(sql: str | None) -> str | None:
    """The filters of a plain query over the events, or None when it is not one."""
    if sql is None:
        return None
    try:
        tree = sqlglot.parse_one(sql, read="duckdb")
    except sqlglot.errors.ParseError:
        return None
    if not isinstance(tree, exp.Select) or tree.args.get("joins") or tree.args.get("group"):
        return None
    table = tree.find(exp.From)
    if table is None or not isinstance(table.this, exp.Table) or table.this.name != "events":
        return None
    where = tree.args.get("where")
    return where.this.sql(dialect="duckdb") if where is not None else ""


_EVENTS = r"\b(?:events?|ev|warnings?|[A-Za-z]+ (?:events?|occurrences))\b"


def _none_such(text: str, read: Callable[[str], str | None], catalog: Any) -> str | None:
    """'nodes with no warning events', 'which deployments had no scaling events?': the objects of that kind
    that no such event is about (the parser read them as the ones that have some)."""
    m = rx.match(
        r"\s*(?:(?:which|what|list|show(?: me)?|the|all)\s+)*(?P<kind>[a-z][\w\- ]*?)\s+"
        r"(?:(?:that|which)\s+)?(?:(?:have|has|had|got|get|saw|see|with)\s+)?"
        r"(?:no|zero|without(?: any)?|not any|never (?:had|got|saw)(?: any)?|never any) "
        r"(?P<what>.*?\b(?:events?|warnings?|ev))\b(?P<tail>.*)$",
        text,
    )
    if not m or rx.search(r"\b(?:namespaces?|ns)\b", m.group("kind")):
        return None
    kind_said = m.group("kind")
    counted = rx.match(r"(?:how many|number of|count(?: of)?|total)\s+", kind_said)
    if counted:  # "how many pods have no events?": those counted
        kind_said = kind_said[counted.end() :]
    positive = read(f"which {kind_said} have {m.group('what')}{m.group('tail')}")
    where = _where(positive)
    if not where:
        return None
    conds = [c.strip() for c in re.split(r"\s+AND\s+", where)]
    kinds = [c for c in conds if rx.fullmatch(r"involved_kind = '[A-Za-z]+'", c)]
    if len(kinds) != 1 or any(" OR " in c or c.startswith("NOT ") for c in conds):
        return None
    kind = kinds[0].split("'")[1]
    found = [t for t in catalog if t.kind == kind]
    table = next((t for t in found if t.name.startswith(kind.lower())), found[0] if found else None)
    if table is None or table.name == "events":
        return None
    ns = [c for c in conds if c.startswith("namespace = ")]
    inner = [f"e.{c}" for c in conds if c not in ns and not c.startswith("involved_name")]
    inner.append("e.involved_name = x.name")
    if table.namespaced:
        inner.append("e.namespace = x.namespace")
    outer = [f"x.{c}" for c in ns]
    ident = "x.name" if ns or not table.namespaced else "x.namespace, x.name"
    exists = "NOT EXISTS (SELECT 1 FROM events e WHERE " + " AND ".join(inner) + ")"
    ident = "count(*)" if counted else ident
    return f"SELECT {ident} FROM {table.name} x WHERE " + " AND ".join([*outer, exists])


def shaped(text: str, read: Callable[[str], str | None], catalog: Any = ()) -> str | None:
    """Shapes over some events that the parser has no slot for; `read` gives the SQL a phrase reads as."""
    none = _none_such(text, read, catalog)
    if none is not None:
        return none
    spread = _spread(text, read)
    if spread is not None:
        return spread
    # "which pods were scheduled to worker-3? (Scheduled events)": the scheduler names the node in its message
    placed = rx.search(
        r"\b(?:scheduled|assigned|placed|bound)\s+(?:to|on|onto)\s+(?:the\s+)?(?:node\s+)?([a-z0-9][\w\-.]*\d)\b",
        text,
    )
    if placed and rx.search(_EVENTS, text):  # "what's scheduled on node worker-3?": its pods, no events
        found = read(text[: placed.start()] + "scheduled" + text[placed.end() :])
        where = _where(found)
        one = "involved_name =" in (where or "")
        if where and "reason = 'Scheduled'" in where and "ORDER BY" not in found and not one:
            return f"{found} AND message LIKE '% to {placed.group(1)}'"
    # "which pods have both BackOff and Failed events?": the objects with events of each reason
    both_said = rx.search(r"\bboth ([a-z]+) and ([a-z]+) (?:events?|warnings?)\b", text)
    if both_said:
        either = text[: both_said.start()] + f"{both_said.group(1)} or {both_said.group(2)} events" + (
            text[both_said.end() :]
        )
        found = read(either)
        listed = rx.match(r"SELECT DISTINCT (namespace, involved_name|involved_name) FROM events WHERE (.*)$",
                          found or "")
        if listed and rx.search(r"reason IN \('[A-Za-z]+', '[A-Za-z]+'\)", listed.group(2)):
            return (
                f"SELECT {listed.group(1)} FROM events WHERE {listed.group(2)} GROUP BY {listed.group(1)} "
                "HAVING count(DISTINCT reason) = 2"
            )
    # "longest lasting warning event": the one seen over the longest time, first to last
    lasting = rx.search(
        r"\b(?:the )?longest[- ](?:running|lasting|lived|firing)\b|"
        r"\b(?:has )?(?:been )?(?:going on|firing|happening|lasted|lasting) (?:the )?longest\b",
        text,
    )
    if lasting and rx.search(r"\b(?:events?|warnings?)\b", text):
        top = rx.search(r"\btop (\d+)\b|\b(\d+) longest\b", text)
        plural = rx.search(r"\b(?:events|warnings)\b", text)
        if top or not plural:
            rest = text[: lasting.start()] + " " + text[lasting.end() :]
            rest = rx.sub(r"\b(?:which|what|top \d+|\d+|the|one)\b", " ", rest)
            rest = rx.sub(r"\bwarning\b", "warnings", rx.sub(r"\bevent\b", "events", rest))
            found = read(" ".join(rest.split()))
            if _where(found) is not None and "ORDER BY" not in found and "count(" not in found:
                n = (top.group(1) or top.group(2)) if top else "1"
                return f"{found} ORDER BY last_seen - first_seen DESC LIMIT {n}"
    # "the latest event for each pod in payments", "last warning per object": each one's own latest event
    each = _latest_per_object(text, read)
    if each is not None:
        return each
    # "first and last time of the BackOff events": when the first began and the last was seen
    both = rx.match(
        r"\s*(?:what (?:are|were|is|was) |when (?:were|was) |show (?:me )?)?(?:the )?"
        r"(?:first and last|earliest and latest|first and (?:most recent|latest)) "
        r"(?:times?|occurrences?|timestamps?)?\s*(?:of|for) (?:the |all )?(.+?)\s*[?.!]*$",
        text,
    )
    if both and rx.search(_EVENTS, both.group(1)):
        where = _where(read(both.group(1)))
        if where is not None:
            return "SELECT min(first_seen), max(last_seen) FROM events" + (f" WHERE {where}" if where else "")
    # "how many events per hour in the last 6 hours": counted per hour of their last time
    hourly = rx.search(r"\s*\b(?:per|by|each|every)\s+(hour|day|minute)\b", text)
    counted = (
        rx.search(r"\b(?:how many|count|number of|rate)\b", text)
        or rx.search(rf"{_EVENTS}\s*$", text[: hourly.start()])
        if hourly
        else None
    )
    if hourly and counted and rx.search(_EVENTS, text):
        unit = hourly.group(1)
        rest = (text[: hourly.start()] + " " + text[hourly.end() :]).strip()
        rest = rx.sub(r"\b(?:rate|count)(?: of)?\b", "how many", rest)
        where = _where(read(rest))
        if where is not None:
            return (
                f"SELECT date_trunc('{unit}', last_seen) AS {unit}, count(*) FROM events"
                + (f" WHERE {where}" if where else "")
                + f" GROUP BY {unit}"
            )
    # "which reasons fired only once?": the reasons whose events happened once in all
    once = rx.search(
        r"\b(?:that |which )?(?:have |has )?(?:only |just |exactly )?(?:fired|happened|occurred|appeared|"
        r"fire|happen|occur|appear|show up|"
        r"showed up|been seen|were seen|was seen|seen|been reported|were reported) "
        r"(?:only |just |exactly )?once\b",
        text,
    )
    listed = rx.search(r"\b(?:(?:event|warning) )?reasons\b", text)
    if once and listed and listed.end() <= once.start():
        kind = "warning events" if "warning" in listed.group(0) else "events"
        rest = text[: listed.start()] + kind + " " + text[once.end() :]
        rest = rx.sub(r"^\s*(?:which|what|the|list|show)\s+", "", rest)
        where = _where(read(rest.strip()))
        if where is not None:
            return (
                "SELECT reason FROM events"
                + (f" WHERE {where}" if where else "")
                + " GROUP BY reason HAVING sum(count) = 1"
            )
    return None


# "more than one", "2+", "at least 3", "several": how many, as a HAVING bound
_HOW_MANY = (
    r"(?:(more than|over|at least|>=|>)\s*(\d+|one|two|three|four|five)|(\d+)\s*\+|(two|2) or more|"
    r"(multiple|several|many))"
)


def _bound(m: re.Match[str], first: int) -> str:
    """The HAVING bound the _HOW_MANY groups from `first` say: "more than one" > 1, "3+" >= 3."""
    said, n, plus, two, many = m.group(first, first + 1, first + 2, first + 3, first + 4)
    if said:
        count = int(n) if n.isdigit() else ("one", "two", "three", "four", "five").index(n) + 1
        return f"{'>=' if said in ('at least', '>=') else '>'} {count}"
    if plus or two:
        return f">= {int(plus or 2)}"
    return "> 1"


def _spread(text: str, read: Callable[[str], str | None]) -> str | None:
    """ "warning reasons seen in more than one namespace": the reasons, kept by how many namespaces their
    events are in; "pods with more than one kind of warning": the objects, kept by how many reasons."""
    reasons_in = rx.search(
        r"\b((?:warning |normal |event )?)reasons?\s+(?:that\s+|which\s+)?(?:have\s+|has\s+)?(?:been\s+)?"
        r"(?:show(?:ed|n|s)? up|appear(?:ed|s)?|(?:are |were |is )?seen|occur(?:red|s)?|happen(?:ed|s)?|"
        r"fired|"
        r"(?:are |were )?(?:found|reported|shared))?\s*(?:in|across|on|over)\s+"
        rf"{_HOW_MANY}\s+(namespaces?|ns)\b",
        text,
    )
    if reasons_in:
        kind = {"warning ": "warning events", "normal ": "normal events"}.get(reasons_in.group(1), "events")
        rest = rx.sub(r"^\s*(?:which|what|list|show(?: me)?|the)\s+", "", text[: reasons_in.start()])
        where = _where(read(f"{rest} {kind} {text[reasons_in.end() :]}".strip()))
        if where is None or "involved_name =" in where:
            return None
        return (
            "SELECT reason FROM events" + (f" WHERE {where}" if where else "")
            + f" GROUP BY reason HAVING count(DISTINCT namespace) {_bound(reasons_in, 2)}"
        )
    lead = r"\b(?:with|having|that have|have|has|had|got|hit by|been hit by)\s+"
    kinds_of = rx.search(
        rf"{lead}{_HOW_MANY}\s+(?:(?:distinct|different|separate|kinds? of|types? of|sorts? of)\s+)+"
        r"(?:(?P<said>warning|event|normal)s?\b)?\s*(?P<what>reasons?|warnings?|events?)?",
        text,
    ) or rx.search(rf"{lead}{_HOW_MANY}\s+(?:(?P<said>warning|event|normal)\s+)?(?P<what>reasons)\b", text)
    if kinds_of is None or not (kinds_of.group("said") or kinds_of.group("what")):
        return None
    said = kinds_of.group("said") or ("warning" if "warning" in (kinds_of.group("what") or "") else "")
    said = "" if said == "event" else said
    tail = rx.sub(r"^\s*\((?:different|distinct|separate) reasons?\)", "", text[kinds_of.end() :])
    found = read(" ".join(f"{text[: kinds_of.start()]} with more than 1 {said} events {tail}".split()))
    if not found or not found.endswith("HAVING count(*) > 1") or "involved_name" not in found:
        return None
    bound = _bound(kinds_of, 1)
    return found[: -len("count(*) > 1")] + f"count(DISTINCT reason) {bound}"


_PER_OBJECT = {
    "pod": "pods",
    "node": "nodes",
    "deployment": "deployments",
    "job": "jobs",
    "service": "services",
    "pvc": "persistentvolumeclaims",
    "statefulset": "statefulsets",
    "daemonset": "daemonsets",
    "replicaset": "replicasets",
    "object": "",
}


def _latest_per_object(text: str, read: Callable[[str], str | None]) -> str | None:
    """ "the latest event for each pod", "first warning per node in data": per object the events are about,
    the reason and message of its latest (or first) event. Without a grouping the parser ranks all events
    and keeps one, which is not what is asked."""
    m = rx.search(
        r"\b(?:the )?(?P<end>latest|last|most recent|newest|first|earliest|oldest) "
        r"(?P<what>(?:[a-z]+ )?(?:events?|warnings?)) "
        r"(?:(?:for|of|on|about|in|from) (?:each|every)|per) (?P<kind>[a-z]+?)s?\b",
        text,
    )
    # "the latest event for each crashlooping pod": the objects a state picks, each with its latest event
    picked = rx.search(
        r"\b(?:the )?(?P<end>latest|last|most recent|newest|first|earliest|oldest) (?P<what>(?:[a-z]+ )?"
        r"(?:events?|warnings?)) (?:(?:for|of|on|about) (?:each|every)) (?P<state>(?:[a-z\-]+ ){1,2}?)"
        r"(?P<kind>pod|node|deployment|job|pvc|statefulset|daemonset)s?\b",
        text,
    )
    if m is not None and picked is not None and m.group("kind") not in _PER_OBJECT:
        return _latest_of_picked(text, picked, read)
    kind = m and ("namespace" if m.group("kind") in ("namespace", "n") else m.group("kind"))  # ("ns")
    if m is None or (kind not in _PER_OBJECT and kind != "namespace"):
        return None
    if rx.search(r"\bwhen\b|\btimes?\b", text):
        return None  # "when was the last event for each pod?": its time, which the parser reads
    what = _plural(m.group("what"))
    if kind == "namespace":  # "the last warning per namespace": each namespace's latest, whatever it is about
        where = _where(read(f"{text[: m.start()]} {what} {text[m.end() :]}".strip()))
        if where is None or "namespace = '" in where:
            return None
        return (
            "SELECT namespace, object, reason, message FROM events" + (f" WHERE {where}" if where else "")
            + f" QUALIFY row_number() OVER (PARTITION BY namespace ORDER BY {_order(m)}) = 1"
        )
    about = f" about {_PER_OBJECT[kind]}" if _PER_OBJECT[kind] else ""
    where = _where(read(f"{text[: m.start()]} {what}{about} {text[m.end() :]}".strip()))
    if where is None or (about and "involved_kind = " not in where):
        return None
    ident = "object" if kind == "object" else "involved_name"
    if "namespace = '" not in where and kind != "node":  # a node's events are kept in the default namespace
        ident = f"namespace, {ident}"
    order = _order(m)
    # one row per object, both columns from the same event (two arg_max calls may pick tied rows apart)
    return (
        f"SELECT {ident}, reason, message FROM events"
        + (f" WHERE {where}" if where else "")
        + f" QUALIFY row_number() OVER (PARTITION BY {ident} ORDER BY {order}) = 1"
    )


def _plural(what: str) -> str:
    """ "warning" as "warnings", "event" as "events": the events said as the parser reads them."""
    return rx.sub(r"\bevent\b", "events", rx.sub(r"\bwarning\b", "warnings", what))


def _order(m: re.Match[str], alias: str = "") -> str:
    """The order that puts an object's first event (or its latest) on top, as `end` says."""
    first = m.group("end") in ("first", "earliest", "oldest")
    return f"{alias}first_seen" if first else f"{alias}last_seen DESC"


def _latest_of_picked(text: str, m: re.Match[str], read: Callable[[str], str | None]) -> str | None:
    """The latest (or first) event of each object a state picks, through the join the parser reads."""
    picked = f"{m.group('state')}{_PER_OBJECT[m.group('kind')]}"
    said = f"{text[: m.start()]} {_plural(m.group('what'))} of {picked} {text[m.end() :]}"
    sql = read(" ".join(said.split()))
    tree = sqlglot.parse_one(sql, read="duckdb") if sql else None
    source = tree.find(exp.From) if isinstance(tree, exp.Select) else None
    if source is None or source.this.name != "events" or not tree.args.get("joins") or tree.args.get("group"):
        return None
    e = source.this.alias_or_name
    order = _order(m, f"{e}.")
    shown = ("namespace", "involved_name", "reason", "message")
    tree.set("expressions", [exp.column(c, table=e) for c in shown])
    window = f"row_number() OVER (PARTITION BY {e}.namespace, {e}.involved_name ORDER BY {order}) = 1"
    return tree.qualify(window, dialect="duckdb", copy=False).sql(dialect="duckdb")


def both_extremes(text: str, sql: str) -> str:
    """'min and max event count per type': the minimum and the maximum, where one of them was read."""
    said = rx.search(
        r"\b(?:min(?:imum)?|lowest|smallest)\s+(?:and|&|/)\s+(?:max(?:imum)?|highest|largest|biggest)\b|"
        r"\b(?:max(?:imum)?|highest|largest|biggest)\s+(?:and|&|/)\s+(?:min(?:imum)?|lowest|smallest)\b",
        text,
    )
    if not said:
        return sql
    one = re.findall(r"\b(min|max)\(([a-z_]+)\)", sql)
    if len(one) != 1:
        return sql
    fn, column = one[0]
    first, second = ("min", "max") if rx.match(r"min|lowest|smallest", said.group(0)) else ("max", "min")
    return sql.replace(f"{fn}({column})", f"{first}({column}), {second}({column})", 1)
