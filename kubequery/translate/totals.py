"""An amount of a set of pods added up, where the set is picked through another kind: "sum of pod memory
requests of deploy/model-serving -n ml (GiB)", "how much CPU do the pods on cordoned nodes request?".

The pods are read by the parser as any question is (through `reader`, question text in, SQL or None out),
with the amount left out; their listing is then reshaped with sqlglot into the one total. (A set the pods'
own columns pick, "total cpu requested in payments", is summed by the parser itself.)
"""

from __future__ import annotations

from collections.abc import Callable

import sqlglot
from sqlglot import exp

from kubequery.translate import rx
from kubequery.translate.joins import listing
from kubequery.translate.parsing import cpu_unit, size_unit
from kubequery.translate.refuse import Declined

Reader = Callable[[str], "str | None"]

_TOTAL = r"\b(?:sum|total|summed|added up|in total|altogether|combined|how much)\b"
# the amount, and whether it is the requests' or the limits' ("mem requests", "cpu req", "memory limits")
_AMOUNT = (
    r"\b(?:(?:the\s+)?(?:pods?|po)(?:'s?)?\s+)?(cpu|cores?|memory|mem|ram)\s+"
    r"(req|requests?|requested|limits?)\b"
)


def _related_pods(sql: str | None) -> tuple[exp.Select, str] | None:
    """The listing of pods, with their alias, when another kind picks them (a join, or EXISTS); None when
    their own columns pick them (the parser adds those up and counts them itself), or when the listing is
    DISTINCT (a join that lists a pod more than once would add it up, or count it, more than once)."""
    found = listing(sql, "pods")
    if found is None or found[0].args.get("distinct"):
        return None
    tree = found[0]
    return found if tree.args.get("joins") or tree.find(exp.Exists) else None


def pods_total(text: str, reader: Reader) -> str | None:
    """The total of one amount over the pods the rest of the question picks through a relation; None when
    the question asks no such total, groups it ("per deployment"), or picks the pods by their own columns."""
    amount = rx.search(_AMOUNT, text)
    if amount is None or not rx.search(_TOTAL, text) or rx.search(r"\b(?:per|each|every|by)\b", text):
        return None
    memory = amount.group(1) in ("memory", "mem", "ram")
    limits = amount.group(2).startswith("limit")
    column = f"{'memory' if memory else 'cpu'}_{'limit' if limits else 'request'}"
    rest = text[: amount.start()] + " pods " + text[amount.end() :]
    filler = r"|\b(?:of|do|does|the|request|ask for|\(?(?:gib|gi|gb|mib|mi|mb|millicores)\)?)\b"
    rest = rx.sub(_TOTAL + filler, " ", rest)
    rest = rx.sub(r"\bpods(?:\s+pods)+\b", "pods", rx.sub(r"[:,?]", " ", rest))
    found = _related_pods(reader(" ".join(rest.split())))
    if found is None:
        return None
    tree, pods = found
    unit = size_unit(text) if memory else cpu_unit(text)
    total = exp.func("sum", exp.column(column, table=pods))
    shown = total if not unit else exp.maybe_parse(f"{total.sql(dialect='duckdb')}{unit}", dialect="duckdb")
    tree.set("expressions", [shown])
    return tree.sql(dialect="duckdb")


# a column of the pods a breakdown counts: "qos classes of the pods on NotReady nodes, with counts"
_COUNTED = {"qos": "qos_class", "status": "status", "statuses": "status", "phase": "phase", "phases": "phase"}
_BREAKDOWN = (
    r"\b(qos|status|statuses|phases?)(?:\s+class(?:es)?)?\s*(?:breakdown|counts?|distribution|split)?\s+"
    r"(?:of|for)\s+(?:the\s+)?(.*?\b(?:pods?|po)\b.*?)"
    r"(?:,?\s*(?:with|and their|\+)\s+(?:the\s+)?counts?)?\s*\??$"
)


def pods_breakdown(text: str, reader: Reader) -> str | None:
    """The pods a relation picks, counted per one of their own columns (QoS class, status, phase); None when
    the question asks no such breakdown or its pods are picked by their own columns alone."""
    m = rx.search(_BREAKDOWN, text)
    if m is None or not rx.search(r"\b(?:breakdown|counts?|distribution|split|how many)\b", text):
        return None
    found = _related_pods(reader(m.group(2)))
    if found is None:
        return None
    tree, pods = found
    column = exp.column(_COUNTED[m.group(1)], table=pods)
    tree.set("expressions", [column, exp.Count(this=exp.Star())])
    return tree.group_by(column.copy(), copy=False).sql(dialect="duckdb")


# "ratio of limits to requests", "cpu limit/request ratio": one amount over the other
_RATIO = (
    r"\bratio\s+(?:of|between)\s+(?:the\s+)?(?P<a1>cpu|memory|mem)?\s*(?P<x1>limits?|requests?)\s+"
    r"(?:to|vs\.?|over|and)\s+(?:the\s+)?(?:cpu|memory|mem)?\s*(?P<y1>limits?|requests?)"
    r"|(?P<a2>cpu|memory|mem)?\s*(?P<x2>limits?|requests?)\s*(?:/|to|-to-)\s*(?P<y2>limits?|requests?)\s+ratios?"
)
_HELD_TO = r"ratios?\s*(?:is\s+|of\s+)?(?:[<>=]|above|below|over|under|more|less|greater|at (?:least|most)|"
_HELD_TO += r"\d)"


def limit_ratio(text: str, reader: Reader) -> str | None:
    """A ratio of limits to requests (or back), for each pod, per group the rest of the question says, or
    over the pods it picks: "ratio of cpu limits to requests per namespace". Declined when neither cpu nor
    memory is said: the two are in different units and make no one ratio."""
    m = rx.search(_RATIO, text)
    if m is None or rx.search(_HELD_TO, text):
        return None  # "pods with a cpu limit/request ratio above 4": a filter, read by the slots
    over, under = (m.group("x1") or m.group("x2"))[:5], (m.group("y1") or m.group("y2"))[:5]
    resource = m.group("a1") or m.group("a2") or (rx.search(r"\b(cpu|memory|mem)\b", text) or [None, None])[1]
    if over == under:
        return None
    if resource is None:
        raise Declined(
            "A ratio of limits to requests is of cpu or of memory, which come in different units: say which "
            "(\"cpu limit to request ratio per namespace\")."
        )
    kind = "memory" if resource.startswith("mem") else "cpu"
    num = f"{kind}_{'limit' if over == 'limit' else 'request'}"
    den = f"{kind}_{'limit' if under == 'limit' else 'request'}"
    rest = rx.sub(r"^\W*(?:what(?:'s| is| are)|show(?: me)?|get|list)?\s*(?:the\s+)?", "", text[: m.start()])
    rest = rx.sub(r"\b(?:of|for|in|across)\s*$", "", rest) + " " + text[m.end() :]
    each = rx.search(r"\b(?:per|each|every|by|for each|of each|for every)\s+(?:pods?|po)\b", rest)
    if each:
        rest = rest[: each.start()] + " " + rest[each.end() :]
    rest = rx.sub(r"\b(?:of|for)\s+(?:cpu|memory|mem)\b", " ", rest)  # "… ratio of memory per namespace"
    rest = rx.sub(r"^\s*(?:of|for)\s+(?:the\s+|all\s+)?", " ", rest)
    sql = reader(" ".join(f"pods {rest}".replace("pods pods", "pods").split()))
    found = listing(sql, "pods")
    if found is None:
        tree = sqlglot.parse_one(sql, read="duckdb") if sql else None
        counted = tree.find(exp.Count) if isinstance(tree, exp.Select) and tree.args.get("group") else None
        if counted is None or tree.find(exp.Join) or tree.find(exp.From).this.name != "pods":
            return None
        counted.replace(exp.maybe_parse(f"sum({num}) / sum({den})", dialect="duckdb").as_("ratio"))
        return tree.sql(dialect="duckdb")
    tree, pods = found
    if each:  # one ratio for each pod, where the one below is set
        tree = tree.select(exp.maybe_parse(f"{num} / {den}", dialect="duckdb").as_("ratio"), copy=False)
        return tree.where(f"{den} > 0", copy=False).sql(dialect="duckdb")
    tree.set("expressions", [exp.maybe_parse(f"sum({num}) / sum({den})", dialect="duckdb").as_("ratio")])
    return tree.sql(dialect="duckdb")
