"""An amount of a set of pods added up, where the set is picked through another kind: "sum of pod memory
requests of deploy/model-serving -n ml (GiB)", "how much CPU do the pods on cordoned nodes request?".

The pods are read by the parser as any question is (through `reader`, question text in, SQL or None out),
with the amount left out; their listing is then reshaped with sqlglot into the one total. (A set the pods'
own columns pick, "total cpu requested in payments", is summed by the parser itself.)
"""

from __future__ import annotations

from collections.abc import Callable

from sqlglot import exp

from kubequery.translate import rx
from kubequery.translate.joins import listing
from kubequery.translate.parsing import cpu_unit, size_unit

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
