"""Where a set of pods runs, asked of its nodes: "how are the payments-api pods spread across zones?"
(counted per zone), "kafka pods, their node and whether that node is Ready" (a column of each pod's
node). ("Which zones are the crashlooping pods running in?" lists each pod with its zone, as two dev
authors write it, and is read by the parser.)

The pods are read by the parser as any question is (through `reader`, question text in, SQL or None
out) and the answer is reshaped here with sqlglot: the node joined, and its column shown, grouped or
listed once.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlglot import exp

from kubequery.translate import rx
from kubequery.translate.joins import listing, on_every_node, qualify, selected_from
from kubequery.translate.parsing import NUMW, number

Reader = Callable[[str], "str | None"]

_PODS = r"\b(?:pods?|po|replicas|brokers|instances)\b"
_ZONES = r"(?:availability\s+)?(?:zones?|azs?)\b"
_TYPES = r"(?:instance|machine)[ -]?types?\b"
# "per zone", "across AZs", "zone distribution", "spread over zones"
_SPREAD = (
    rf"\b(?:(?:per|by|across|over|between|in each|for each)\s+(?:the\s+)?({_ZONES}|{_TYPES})"
    rf"|({_ZONES}|{_TYPES})\s*(?:distribution|spread|breakdown|split)"
    rf"|(?:spread|distributed|split)\s+(?:across|over|between|among)\s+(?:the\s+)?({_ZONES}|{_TYPES}))"
)
# "and whether that node is Ready", "node ready?", "their node's readiness"
_NODE_READY = (
    r"(?:\s*(?:,|\band\b|\bwith\b|\+|:)\s*)*(?:(?:whether|if)\s+(?:that|the|their|its|those|each)\s+nodes?\s+"
    r"(?:is|are)\s+ready|(?:the\s+|their\s+|its\s+)?nodes?(?:'s|')?\s+(?:ready|readiness)(?:\s+status)?|are\s+"
    r"(?:those|the|their)\s+nodes\s+ready)\b\s*\??"
)

# "and that node's status", "with their nodes' status": the node's STATUS column (Ready, NotReady, …), not
# the pods' own
_NODE_STATUS = (
    r"(?:\s*(?:,|\band\b|\bwith\b|\+|:)\s*)*(?:(?:the|their|its|that|those|each)\s+)?nodes?(?:'s|')?\s+"
    r"(?:status|state)\b\s*\??"
)


def _column(said: str) -> str:
    return "instance_type" if rx.match(r"(?:instance|machine)", said) else "zone"


def _fixed(tree: exp.Select) -> list[exp.Column]:
    """The columns the query's conditions fix to one value."""
    where = tree.args.get("where")
    eqs = where.find_all(exp.EQ) if where else []
    return [e.this for e in eqs if isinstance(e.this, exp.Column) and isinstance(e.expression, exp.Literal)]


def _node_alias(tree: exp.Select, pods: str) -> str:
    """The alias the pods' nodes go by, joined here when the query has not joined them yet."""
    for join in tree.args.get("joins") or []:
        if isinstance(join.this, exp.Table) and join.this.name == "nodes":
            return join.this.alias_or_name
    qualify(tree, pods, skip={e.alias for e in tree.expressions if isinstance(e, exp.Alias)})
    tree.join("nodes AS n", on=f"n.name = {pods}.node", copy=False)
    return "n"


def pods_by_place(text: str, reader: Reader) -> str | None:
    """A set of pods counted per zone (or instance type), or each pod with whether its node is ready;
    None when the question asks neither."""
    if not rx.search(_PODS, text):
        return None
    if rx.search(r"\b(?:restarts?|cpu|memory|requests?|limits?|storage|events?|warnings?)\b", text):
        return None  # an amount summed per zone, or events: read by the parser
    spread = rx.search(_SPREAD, text)
    ranked = r"\b(?:(?:most|fewest|least|busiest|biggest|smallest) first|top \d+|sorted|ordered)\b"
    if spread and rx.search(ranked, text):
        return None  # "…per zone, most first, top 1": a ranking, which this count per place does not keep
    if spread:
        column = _column(next(g for g in spread.groups() if g))
        rest = rx.sub(_SPREAD, " ", text)  # said twice: "spread across zones? give me a count per zone"
        asked = r"[?.!;,]\s*(?:give me|show me|i want|just)?\s*(?:a |the )?(?:count|number|tally)?\W*$"
        rest = rx.sub(asked, "", rest)
        rest = rx.sub(r"^\W*(?:how (?:are|is|were) (?:the\s+)?|how many\s+|count(?: of)?\s+|number of\s+|"
                      r"(?:the\s+)?distribution of\s+)", "", rest)
        rest = rx.sub(r"\bpod count\b", "pods", rest).strip(" ?.!:,")
        found = listing(reader(f"{rest} and their {column.replace('_', ' ')}"), "pods")
        if found is None:
            return None
        tree, pods = found
        node = _node_alias(tree, pods)
        place = exp.column(column, table=node)
        tree.set("expressions", [place, exp.alias_(exp.Count(this=exp.Star()), "pods")])
        tree.set("distinct", None)
        return tree.group_by(place.copy(), copy=False).sql(dialect="duckdb")
    both = rx.search(r"\band their node and (?:zone|instance type)\b", text)
    if both:  # "orders-api pods in team-b and their node and zone": the pod's node, then the node's zone
        zone_only = text[: both.start()] + rx.sub(r"\bnode and ", "", text[both.start() :])
        found = listing(reader(zone_only), "pods")
        if found is None:
            return None
        tree, pods = found
        shown = [e for e in tree.expressions if not (isinstance(e, exp.Column) and e.name == "node")]
        # the node's own column (its zone) follows the pod's node
        at = next(
            (i for i, e in enumerate(shown) if isinstance(e, exp.Column) and e.table not in ("", pods)), None
        )
        if at is None:
            return None
        shown.insert(at, exp.column("node", table=pods))
        tree.set("expressions", shown)
        return tree.sql(dialect="duckdb")
    for pattern, column in ((_NODE_READY, "ready"), (_NODE_STATUS, "status")):
        said = rx.search(pattern, text)
        if said is None:
            continue
        rest = (text[: said.start()] + " " + text[said.end() :]).strip(" ?.!:,")
        # "kafka pods in data: which node each is on": each with its node
        rest = rx.sub(r"\s*:?\s*(?:which|what) node (?:each(?: one)?|it|they) (?:is|are|runs?) on$", "", rest)
        if not rx.search(r"\bnodes?\b", rest):
            rest += " and their node"
        found = listing(reader(rest), "pods")
        if found is None or any(c.name == "name" for c in _fixed(found[0])):
            return None  # one pod named: its node and readiness are read by the parser
        tree, pods = found
        if not any(isinstance(e, exp.Column) and e.name == "node" for e in tree.expressions):
            return None  # (the pods read without their node)
        tree.select(exp.column(column, table=_node_alias(tree, pods)), copy=False)
        return tree.sql(dialect="duckdb")
    return None


# "how many pods are on each tainted node?", "tainted nodes and how many pods each one has"
_PER_NODE = (
    r"^(?:how many|number of|count(?: of)?) pods (?:are |run |running )?on each (.+?) nodes?\W*$"
    r"|^(.+?) nodes? (?:and|with|,) how many pods (?:each(?: one)?|they) (?:has|have|runs?|hosts?)\W*$"
    r"|^pod count per node,? (?:only |just )?(?:for |on )?(?:the )?nodes (?:with|that have) (.+?)\W*$"
)


def pods_per_node(text: str, reader: Reader) -> str | None:
    """The pods counted on each node of a kind said ("tainted", "with taints", "NotReady")."""
    m = rx.match(_PER_NODE, text)
    if m is None:
        return None
    said = m.group(1) or m.group(2)
    nodes_sql = reader(f"{said} nodes" if said else f"nodes with {m.group(3)}")
    if nodes_sql is None:
        return None
    found = selected_from(nodes_sql, "nodes")
    where = found[0].args.get("where") if found else None
    if where is None or found[0].args.get("joins"):
        return None
    cond = where.this.copy()
    qualify(cond, "n")
    return (
        f"SELECT n.name, count(*) AS pods FROM pods p JOIN nodes n ON n.name = p.node "
        f"WHERE {cond.sql(dialect='duckdb')} GROUP BY n.name"
    )


# "pods with persistent volumes on a NotReady node", "po mounting a pvc on nodes that are down"
_WITH_CLAIMS = (
    r"\b(?:with|that have|having|mounting|that mount|using|that use)\s+(?:an?\s+|any\s+|some\s+)?"
    r"(?:pvcs?|persistent ?volume ?claims?|claims?|persistent ?volumes?|pvs?)\b"
)


def pods_with_claims_on_nodes(text: str, reader: Reader) -> str | None:
    """Pods picked by their node that also mount some claim: the node read by the parser, the claim
    said here (it reads one relation at a time)."""
    said = rx.search(_WITH_CLAIMS, text)
    if said is None or not rx.search(r"\b(?:pods?|po)\b", text) or not rx.search(r"\bnodes?\b", text):
        return None
    found = selected_from(reader((text[: said.start()] + " " + text[said.end() :]).strip()), "pods")
    if found is None or found[0].args.get("group"):
        return None
    tree, pods = found
    if not any(t.name == "nodes" for t in tree.find_all(exp.Table)):
        return None  # no node said: the parser reads the claims alone
    shown = [e for e in tree.expressions if not (isinstance(e, exp.Column) and e.name == "pvcs")]
    tree.set("expressions", shown)
    return tree.where(f"len({pods}.pvcs) > 0", copy=False).sql(dialect="duckdb")


# "which 3 namespaces have the most pods on NotReady nodes?", "top 3 ns by pods on not ready nodes"
_RANKED_NAMESPACES = (
    rf"(?:which|what|the)?\s*(?:top\s+)?(?:{NUMW}\s+)?(?:namespaces?|ns)\s+(?:have|has|with|hold|holds|run|runs)"
    r"\s+the\s+most\s+(?P<pods>.+?)\s*[?.!]*"
    rf"|top\s+(?:{NUMW}\s+)?(?:namespaces?|ns)\s+by\s+(?:the\s+)?(?:number\s+of\s+|count\s+of\s+)?"
    r"(?P<pods2>.+?)(?:\s+count)?\s*[?.!]*"
)


def namespaces_ranked_by_pods_on_nodes(text: str, reader: Reader) -> str | None:
    """The namespaces with the most pods of those picked by their node ("on NotReady nodes"): the pods
    read by the parser with their node joined, then counted per namespace. (Pods picked by their own
    columns are counted per namespace by the parser itself.)"""
    m = rx.fullmatch(_RANKED_NAMESPACES, text)
    if m is None:
        return None
    said = m.group("pods") or m.group("pods2")
    if not rx.search(r"\b(?:pods?|po)\b", said) or not rx.search(r"\bnodes?\b", said):
        return None
    found = listing(reader(said), "pods")
    if found is None or not any(t.name == "nodes" for t in found[0].find_all(exp.Table)):
        return None
    tree, pods = found
    counted = exp.alias_(exp.Count(this=exp.Star()), "pods")
    tree.set("expressions", [exp.column("namespace", table=pods), counted])
    tree.set("distinct", None)
    tree = tree.group_by(exp.column("namespace", table=pods), copy=False).order_by("pods DESC", copy=False)
    # "which 3 namespaces …", "which namespace …" (the one), "which namespaces …" (all, most first)
    n = number(m.group(1) or m.group(3)) or (1 if rx.search(r"\bnamespace\b", text) else None)
    return (tree.limit(n, copy=False) if n else tree).sql(dialect="duckdb")


# "top 3 nodes by pod count with their zone", "which node has the most pods and what zone is it in?"
_NODE_COLUMN_AFTER = (
    r"^(?P<head>.+?)\s*(?:,\s*)?(?:\band\b|\bwith\b|\bplus\b|\+|&|\()\s*(?:(?:what|which)\s+)?"
    rf"(?:(?:their|its|the|each)\s+)?(?:node(?:'s)?\s+)?(?P<col>{_ZONES}|{_TYPES}|kubelet versions?|"
    r"(?:node )?roles?|os images?|kernel versions?)"
    r"(?:\s+(?:is it|are they|it is|they are|each is)(?:\s+(?:in|on))?)?\s*\)?\s*[?.!]*$"
)


def node_groups_with_column(text: str, reader: Reader) -> str | None:
    """Pods counted (or summed) per node, with a column of each node beside it: the grouping read by the
    parser, then the nodes joined and their column shown and grouped by too."""
    m = rx.match(_NODE_COLUMN_AFTER, text)
    if m is None or not rx.search(r"\bnodes?\b", m.group("head")):
        return None
    said = m.group("col")
    column = (
        _column(said) if rx.match(rf"{_ZONES}|{_TYPES}", said)
        else "roles" if "role" in said else rx.sub(r"s$", "", said.replace(" ", "_"))
    )
    found = selected_from(reader(m.group("head")) or "", "pods")
    if found is None:
        return None
    tree, pods = found
    group = tree.args.get("group")
    keys = list(group.expressions) if group else []
    by_node = len(keys) == 1 and isinstance(keys[0], exp.Column) and keys[0].name == "node"
    if tree.args.get("joins") or not by_node:
        return None
    node = _node_alias(tree, pods)
    place = exp.column(column, table=node)
    shown = list(tree.expressions)
    at = next((i for i, e in enumerate(shown) if isinstance(e, exp.Column) and e.name == "node"), 0)
    shown.insert(at + 1, place)
    tree.set("expressions", shown)
    return tree.group_by(place.copy(), copy=False).sql(dialect="duckdb")


_EVERY_NODE = r"\bon\s+(?:every|each\s+and\s+every|all(?:\s+of)?(?:\s+the|\s+our|\s+my)?)\s+nodes?\b"
# (a namespace's pods are those in it: "which namespaces have pods on every node?")
_SPREAD_KINDS = ("daemonsets", "deployments", "statefulsets", "namespaces")


def workloads_on_every_node(text: str, reader: Reader) -> str | None:
    """ "which daemonsets run on every node?", "deployments that aren't on all nodes": the workloads
    read by the parser, kept to those whose pods are on every node (or, said negated, on fewer)."""
    said = rx.search(_EVERY_NODE, text)
    if said is None:
        return None
    before, after = text[: said.start()], text[said.end() :]
    if rx.search(r"\b(?:ready|available|healthy|unhealthy|up|updated|up to date)\b", before):
        return None  # "daemon sets that aren't ready on every node": a readiness, read by the parser
    negated = rx.search(r"(?:\bnot|n't|\bnever)\s+(?:\w+\s+)?$", before)
    rest = before[: negated.start()] if negated else before
    rest = rx.sub(r"(?:\s+(?:that|which|are|is|do|does|running|run|runs|present|scheduled|deployed))*\s*$",
                  "", rest)
    sql = reader(f"{rest}{after}".strip())
    for kind in _SPREAD_KINDS:
        found = selected_from(sql, kind)
        if found is not None and not found[0].args.get("group"):  # listed or counted
            return on_every_node(sql, kind, every=negated is None)
    return None


# "which namespace has the oldest pod?", "which node is the most restarted pod on?", "the pod with the
# most restarts and its node": the place of one pod a superlative picks, not the place ranked
_PLACE_OF_ONE = (
    r"^(?:which|what)\s+(?P<place>namespace|ns|node)\s+(?:has|holds|hosts|runs|contains)\s+(?P<one>the\s+.+?)"
    r"\W*$",
    r"^(?:which|what)\s+(?P<place>namespace|ns|node)\s+(?:is|was)\s+(?P<one>the\s+.+?)\s+(?:in|on|running on|"
    r"scheduled on|placed on)\W*$",
    r"^(?P<one>(?:the\s+)?.+?)\s*,?\s*(?:and|with|\+)\s+(?:its|the)\s+(?P<place>namespace|ns|node)\W*$",
)


def place_of_one(text: str, reader: Reader) -> str | None:
    """The one pod (or container) a superlative picks, read by the parser, shown with where it is."""
    said = next((m for m in (rx.match(p, text) for p in _PLACE_OF_ONE) if m), None)
    if said is None:
        return None
    one = said.group("one")
    if not rx.search(r"\b(?:pod|container)\b", one) or not rx.search(
        r"\b(?:most|fewest|least|oldest|newest|youngest|latest|earliest|first|last|highest|lowest|biggest|"
        r"largest|smallest)\b",
        one,
    ):
        return None
    sql = reader(one)
    found = next((f for f in (listing(sql, k) for k in ("pods", "containers")) if f), None)
    limit = found and found[0].args.get("limit")
    if found is None or limit is None or limit.expression.sql() != "1":
        return None  # not one object: "which node has the most pods" ranks the nodes, read elsewhere
    tree = found[0]
    column = "node" if said.group("place") == "node" else "namespace"
    if column not in {e.alias_or_name for e in tree.expressions}:
        tree.select(exp.column(column, table=tree.find(exp.From).this.alias or None), copy=False)
    return tree.sql(dialect="duckdb")


# "which node runs the most pods in each zone?", "busiest node per availability zone (by pod count)"
_BUSIEST_PER_PLACE = (
    r"^\W*(?:(?:which|what|the) )?(?:(busiest|quietest) nodes?|nodes? (?:that )?"
    r"(?:runs?|has|have|hosts?|with|running) the (most|fewest|least) pods) (?:in|per|for|by|of) "
    r"(?:each |every |the )?(?:"
    rf"({_ZONES})|({_TYPES}))\s*,?\s*(?:\(by (?:pod )?count\)|by pod count)?\W*$"
)


def busiest_node_per_place(text: str) -> str | None:
    """In each zone (or instance type), the node running the most (or fewest) pods, with its count."""
    m = rx.match(_BUSIEST_PER_PLACE, text)
    if m is None:
        return None
    column = "zone" if m.group(3) else "instance_type"
    order = "ASC" if (m.group(1) == "quietest" or m.group(2) in ("fewest", "least")) else "DESC"
    return (
        f"SELECT n.{column}, n.name, count(*) AS pods FROM pods AS p JOIN nodes AS n ON n.name = p.node "
        f"GROUP BY n.{column}, n.name "
        f"QUALIFY row_number() OVER (PARTITION BY n.{column} ORDER BY count(*) {order}, n.name) = 1"
    )
