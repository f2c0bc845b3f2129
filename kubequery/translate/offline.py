"""The offline translator: a deterministic parser from plain-language questions to kubequery SQL.

It reads a question as a handful of parts — the kind asked about, a namespace, a node, labels,
states, a time window, and the shape of the answer (a list, a count, a group-by, a top-N) —
grounded in the catalog (tables, short names, columns) and, when given, in the cluster's own
names (`Grounding`). A few common multi-table questions (pods on NotReady nodes, services
without endpoints, PVCs with their PVs, pods of a deployment…) have their own recognisers.
Follow-ups edit the previous turn's SQL with sqlglot. Anything that would change the cluster,
read a secret's value, or needs data the cluster does not hold is declined; so is a question
it cannot read with confidence (a decline is better than a wrong answer).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from kubequery.catalog import Catalog, default_catalog
from kubequery.translate import joins, rx, slots
from kubequery.translate import lexicon as lx
from kubequery.translate.base import Translation
from kubequery.translate.grounding import Grounding

SUGGEST = "Write the query yourself with --sql, or use an LLM translator (--translator llm)."


@dataclass
class OfflineResult:
    """What the offline translator decided, independent of the harness's Translation type."""

    sql: str | None = None
    declined: bool = False
    message: str = ""
    confidence: float | None = None


class Declined(Exception):
    pass


def _q(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _num(word: str | None) -> int | None:
    if word is None:
        return None
    if word.isdigit():
        return int(word)
    return lx.NUMBERS.get(word)


_NUMW = r"(\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|fifty|a|an|single)"
_UNITW = r"(seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|wks?|w|months?|mo|years?|yrs?|y)"


def _interval(n: str | None, unit: str) -> str:
    count = _num(n) if n else 1
    name, mult = lx.UNITS[unit]
    return f"INTERVAL {(count or 1) * mult} {name}"


@dataclass
class Parse:
    table: str | None = None
    namespace: str | None = None
    node: str | None = None
    conds: list[str] = field(default_factory=list)
    cols: list[str] | None = None  # explicit select list (else identity columns)
    extra: list[str] = field(default_factory=list)
    distinct: bool = False
    count: bool = False
    group: str | None = None
    agg: str | None = None
    order: str | None = None
    limit: int | None = None
    understood: list[str] = field(default_factory=list)
    listed: str | None = None  # a column several values of which were named ("Normal vs Warning")
    gib: bool = False  # sizes asked for in GiB


class OfflineTranslator:
    name = "offline"

    def __init__(self, catalog: Catalog | None = None, grounding: Grounding | None = None) -> None:
        self.catalog = catalog or default_catalog()
        self.grounding = grounding
        self._kinds = self._kind_words(self.catalog)

    # ---------------------------------------------------------------- public
    def translate(self, question: str, *, context: Any = None) -> Translation:
        found = self.answer(question, context=context)
        return Translation(
            sql=found.sql, declined=found.declined, message=found.message, confidence=found.confidence
        )

    def answer(self, question: str, *, context: Any = None) -> OfflineResult:
        namespace = getattr(context, "namespace", None)
        conversation = tuple(getattr(context, "conversation", ()) or ())
        text = _normalise(question)
        try:
            _refuse(text)
            if conversation:
                edited = self._followup(text, conversation[-1], namespace)
                if edited is not None:
                    return OfflineResult(sql=edited, confidence=0.7, message="edited the previous query")
            sql, understood, confidence = self._parse(text, question, namespace)
        except Declined as e:
            return OfflineResult(declined=True, message=str(e), confidence=1.0)
        if sql is None:
            what = "; ".join(understood) if understood else "nothing I can map to a table"
            return OfflineResult(
                declined=True,
                message=f"The offline translator could not read this question with confidence "
                f"(understood: {what}). {SUGGEST}",
                confidence=0.0,
            )
        return OfflineResult(sql=sql, confidence=confidence, message="understood: " + "; ".join(understood))

    # ---------------------------------------------------------------- kinds
    @staticmethod
    def _kind_words(catalog: Catalog) -> dict[str, str]:
        words: dict[str, str] = {}
        for t in catalog:
            words[t.name] = t.name
            for a in t.aliases:
                words[a] = t.name
            words[t.kind.lower()] = t.name
            words[t.kind.lower() + "s"] = t.name
            spaced = rx.sub(r"(?<=[a-z])(?=[A-Z])", " ", t.kind).lower()  # StorageClass -> storage class
            words.setdefault(spaced, t.name)
            words.setdefault(spaced + ("es" if spaced.endswith("s") else "s"), t.name)
        for bad in ("limits", "pc", "no", "quota", "role", "roles", "endpoint"):
            words.pop(bad, None)
        words.update(lx.KIND_PHRASES)
        return words

    def _find_kinds(self, text: str) -> list[tuple[int, str, str]]:
        found: list[tuple[int, str, str]] = []
        taken: list[tuple[int, int]] = []
        for phrase in sorted(self._kinds, key=len, reverse=True):
            for m in rx.finditer(r"(?<![\w\-/=.])" + re.escape(phrase) + r"(?![\w\-=])", text):
                if any(a < m.end() and m.start() < b for a, b in taken):
                    continue
                taken.append((m.start(), m.end()))
                found.append((m.start(), phrase, self._kinds[phrase]))
        return sorted(found)

    # ---------------------------------------------------------------- names
    def _is_namespace(self, word: str, strict: bool = False) -> str | None:
        word = word.strip(".,?!:;()'\"")
        if (
            not word
            or word in lx.STOPWORDS
            or word in self._kinds
            or not rx.fullmatch(r"[a-z0-9][a-z0-9\-]*", word)
        ):
            return None
        if self.grounding is not None and self.grounding.namespaces:
            return self.grounding.namespace(word, fuzzy=not strict)
        return None if strict or word in _VOCAB else word

    def _namespace(self, text: str, current: str | None) -> tuple[str | None, str]:
        """The namespace the question names, and the text with that phrase removed."""
        pats = [
            r"(?:^|\s)(?:-n|--namespace)[ =]([a-z0-9\-]+)",
            r"\b(?:in|from|of)\s+(?:the\s+)?(?:ns|namespace)\s+([a-z0-9\-]+)",
            r"(?:^|\s)(?:ns|namespace)[: ]\s*([a-z0-9\-]+)",
            r"\b(?:in|from)\s+(?:the\s+)?([a-z0-9\-]+)\s+(?:namespace|ns)\b",
            r"\b([a-z0-9\-]+)\s+namespace\b",
            r"\b(?:in|from|within|inside)\s+(?:the\s+)?([a-z0-9\-]+)",
        ]
        for p in pats:
            for m in rx.finditer(p, text):
                if text[m.end(1) : m.end(1) + 1] in (".", "/"):
                    continue  # part of a domain or a path ("cert-manager.io"), not a namespace
                ns = self._is_namespace(m.group(1))
                if ns:  # drop the whole phrase: "in ns ml" must not leave "ns" to read as a kind
                    return ns, text[: m.start(0)] + " " + text[m.end(0) :]
        if current and rx.search(
            r"\b(this|my|current|our)\s+(namespace|ns)\b|\bhere\b|\bmy\s+\w+|\bin here\b", text
        ):
            return current, text
        if rx.search(r"(?:^|\s)(-a|--all-namespaces)\b|all namespaces|cluster[- ]wide|across", text):
            return None, text
        # a bare word that is a known namespace ("kube-system crashloops?", "bookinfo po")
        for w in rx.findall(r"(?<![\w.\-/])[a-z0-9][a-z0-9\-]*(?![\w.\-/])", text):  # not in a domain or path
            ns = self._is_namespace(w, strict=True)
            if ns and w not in ("default",) and w not in _VOCAB:
                return ns, rx.sub(r"\b" + re.escape(w) + r"\b", " ", text, count=1)
        if current and not rx.search(r"\b(all|every|each|per|by)\b", text):
            return current, text
        return None, text

    def _node(self, text: str) -> str | None:
        for m in rx.finditer(r"\b(?:on|node)\s+(?:node\s+)?([a-z0-9][a-z0-9\-.]*)", text):
            w = m.group(1)
            if self.grounding is not None and self.grounding.nodes:
                if w in self.grounding.nodes:
                    return w
            elif rx.search(r"\d", w) and w not in _VOCAB:
                return w
        if self.grounding is not None:
            for w in rx.findall(r"[a-z0-9][a-z0-9\-.]*", text):
                if w in self.grounding.nodes:
                    return w
        return None

    def _joined(self, text: str, current: str | None) -> tuple[str, list[str], float] | None:
        """One kind filtered by a related kind: "pods on GPU nodes", "cronjobs whose jobs failed"."""
        namespace, _ = self._namespace(_labels(text, text)[1], current)
        rest = text
        kinds: list[tuple[int, str, str]] = []
        for kind in self._find_kinds(rest):
            if kind[2] not in {k[2] for k in kinds}:
                kinds.append(kind)
        if kinds and kinds[0][2] == "nodes" and rx.search(_RUNS_ON, rest[: kinds[0][0]]):
            kinds.insert(0, (0, "", "pods"))  # "what runs on the nodes that have gpus?"
        if (
            len(kinds) == 1
            and kinds[0][2] in ("pods", "containers")
            and self.grounding is not None
            and not slots.value_conditions(
                rest, self.catalog[kinds[0][2]], self.grounding.values, (), list(self._kinds)
            )
        ):
            node_values = slots.value_conditions(
                rest,
                self.catalog["nodes"],
                self.grounding.values,
                ("name", "status"),
                [*self._kinds, *(namespace or "",)],
            )
            on = rx.search(r"\b(on|in|running on|scheduled on)\b", rest)
            if node_values and on:  # "which po in payments run on m5.4xlarge instances?": a property of nodes
                kinds.append((len(rest), "", "nodes"))
        if len(kinds) < 2 or "events" in (kinds[0][2], kinds[1][2]):
            return None
        (_, _, a), (b_pos, _, b) = kinds[0], kinds[1]
        how = joins.relation(a, b, self.catalog[a].namespaced, self.catalog[b].namespaced)
        if any(
            m.start <= b_pos < m.end and m.end - m.start > len(kinds[1][1])
            for m in slots.find_columns(rest, self.catalog[a])
        ):
            return None  # the kind word is part of a column of the first kind: "deploys with 0 ready pods"
        connectors = list(rx.finditer(_CONNECTOR, rest[:b_pos])) or list(rx.finditer(_ABSENT, rest[:b_pos]))
        if how is None or not connectors or b_pos - connectors[-1].end() > 30:
            return None
        a_text, b_text = rest[: connectors[-1].start()], rest[connectors[-1].start() :]
        if not kinds[0][1]:  # the kind asked for was implied ("what runs on …")
            a_text = a
        a_text = rx.sub(
            r"\b(running|run|runs|scheduled|that run|which run|living|lives)\s*$", " ", a_text.rstrip()
        )
        b_conds, understood = self._conditions(b, b_text, [namespace] if namespace else [])
        absent = rx.search(
            r"\b(without|no|not|aren'?t|isn'?t|lack\w*)\b|\bmissing (?:an? )?$",
            b_text[: b_pos - connectors[-1].start()],
        )
        b_columns: list[str] = []
        ranking = rx.search(r"\b(most|least|fewest|top|how many|count|number of|busiest)\b", rest)
        if not b_conds and not absent:  # "pvcs -> pv and its reclaim policy": columns of the related kind
            if ranking:
                return None
            b_table = self.catalog[b]
            b_columns = [
                m.column
                for m in slots.find_columns(b_text, b_table)
                if m.column not in ("name", "namespace")
                and slots.column_type(b_table, m.column) != "bool"
                and f"b.{m.column}" not in how.on  # the join's own key says nothing new
            ]
            phrase = rx.escape(kinds[1][1])
            if b_columns and rx.search(
                r"(->\s*|\bwith (its|their) |\band (its|their) |\band |\+ ?|\bwhich )(backend )?"
                + phrase
                + r"\b",
                rest,
            ):
                b_columns.insert(0, "name")
            if not b_columns:
                return None
        if namespace and self.catalog[a].namespaced:
            a_text += f" -n {namespace}"
        a_sql, a_understood, confidence = self._parse(a_text or a, a_text or a, None)
        if a_sql is None or " JOIN " in a_sql:
            return None
        if b_columns and rx.search(r"\b(count|sum|avg|max|min)\(", a_sql.lower()):
            return None
        sql = (
            joins.absent(a_sql, b, how)
            if absent and not b_conds
            else joins.join(a_sql, b, b_conds, how, list(dict.fromkeys(b_columns)))
        )
        return sql, [*a_understood, f"related {b}", *understood], confidence * 0.9

    def _conditions(self, table: str, text: str, skip: list[str]) -> tuple[list[str], list[str]]:
        """The filters a phrase puts on `table` ("failed" jobs, nodes "with gpus", "in us-east-1a")."""
        p = Parse(table=table)
        labels, text = _labels(text, text)
        for key, value, negate in labels:
            p.conds.append(
                ("NOT " if negate else "") + f"map_contains(labels, {_q(key)})"
                if value is None
                else f"labels[{_q(key)}] = {_q(value)}"
            )
        _states(p, text, text)
        if p.table != table:  # a state rule moved the question to another table
            return [], []
        _time(p, text, self.catalog[table])
        if skip and table != "namespaces":
            text = rx.sub(
                r"\b(?:in|-n)\s+(?:the\s+)?(?:namespace\s+|ns\s+)?" + re.escape(skip[0]) + r"\b", " ", text
            )
        self._slots(p, text, skip_words=[*skip, *self._kinds])
        p.conds = [c for c in p.conds if not c.startswith("owner_kind")]  # "owned by a DaemonSet" is the join
        return p.conds, p.understood

    def _object_named(self, text: str, kind_table: str | None = None) -> tuple[str | None, str] | None:
        """An object's exact name in an events question, and its kind when only one kind has that name."""
        if self.grounding is None:
            return None
        tables = [kind_table] if kind_table else list(_EVENT_SUBJECTS)
        words = [w for w in rx.findall(r"[a-z0-9][a-z0-9.\-]*[a-z0-9]", text) if len(w) >= 4 and "-" in w]
        for word in words:
            kinds = {
                self.catalog[t].kind
                for t in tables
                if t in self.catalog.names() and word in self.grounding.names(t)
            }
            if kinds:
                return (kinds.pop() if len(kinds) == 1 else None), word
        return None

    def _capacity(self, text: str) -> str | None:
        """Requests against what nodes can hold: free cpu on a node, per node, or in the whole cluster."""
        res = rx.search(r"\b(cpu|cores?|memory|mem|ram)\b", text)
        if not res or not rx.search(
            r"allocatable|capacity|free|left|unrequested|headroom|available|remaining", text
        ):
            return None
        if not rx.search(r"request|free|left|unrequested|headroom|remaining", text) or rx.search(
            r"quota", text
        ):
            return None
        kind = "cpu" if res.group(1) in ("cpu", "core", "cores") else "memory"
        alloc, req = f"{kind}_allocatable", f"{kind}_request"
        free = rx.search(r"free|left|unrequested|headroom|remaining|available", text) and not rx.search(
            r"\b(vs|versus|against|and|compared)\b.*\ballocatable|allocatable\b.*\b(vs|versus|against|and)\b",
            text,
        )
        node = self._node(text)
        if node and free:
            return (
                f"SELECT n.{alloc} - sum(p.{req}) FROM nodes n JOIN pods p ON p.node = n.name "
                f"WHERE n.name = {_q(node)} GROUP BY n.{alloc}"
            )
        if rx.search(r"\b(per|each|by|every) node|nodes?\b", text):
            if free:
                return (
                    f"SELECT n.name, n.{alloc} - coalesce(sum(p.{req}), 0) AS free FROM nodes n "
                    f"LEFT JOIN pods p ON p.node = n.name GROUP BY n.name, n.{alloc}"
                )
            return (
                f"SELECT n.name, n.{alloc}, sum(p.{req}) AS requested FROM nodes n "
                f"LEFT JOIN pods p ON p.node = n.name GROUP BY n.name, n.{alloc}"
            )
        if free:
            scheduled = f"(SELECT sum({req}) FROM pods WHERE node IS NOT NULL)"
            return f"SELECT (SELECT sum({alloc}) FROM nodes) - {scheduled}"
        return None

    def _container_named(self, text: str) -> str | None:
        """A container name (or the start of one) written next to "container" or "sidecar"."""
        if self.grounding is None:
            return None
        m = rx.search(
            r"\b([a-z0-9][a-z0-9\-]{3,})\s+(?:container|sidecar)s?\b|\b(?:container|sidecar)s?\s+([a-z0-9][a-z0-9\-]{3,})",
            text,
        )
        if not m:
            return None
        word = m.group(1) or m.group(2)
        if word in self._kinds or word in lx.STOPWORDS:
            return None
        names = self.grounding.names("containers")
        return word if any(n == word or n.startswith(word + "-") for n in names) else None

    def _names_a_node(self, text: str, kind: tuple[int, str, str]) -> bool:
        """ "node worker-3": the word names one node, not the nodes table, when a pod question follows."""
        if kind[2] != "nodes" or self.grounding is None:
            return False
        after = text[kind[0] + len(kind[1]) :].split()
        return (
            bool(after)
            and after[0].strip("?.,!") in self.grounding.nodes
            and bool(rx.search(r"\b(scheduled|running|runs|pods?|po|what'?s on|workloads?)\b", text))
        )

    # ---------------------------------------------------------------- main parse
    def _parse(self, text: str, original: str, current: str | None) -> tuple[str | None, list[str], float]:
        special = self._special(text, original, current)
        if special is not None:
            return special, ["a known multi-table question"], 0.8
        joined = self._joined(text, current)
        if joined is not None:
            return joined
        p = Parse()
        labels, text_nl = _labels(text, original)
        namespace, rest = self._namespace(text_nl, current)
        p.namespace = namespace
        named = self._find_kinds(rest)
        kinds = [k for k in named if not _is_dimension(rest, k)]
        kinds = [k for k in kinds if not self._names_a_node(rest, k)]
        if rest.split()[:1] == ["no"] and not kinds:
            kinds = [(0, "no", "nodes")]
        table = kinds[0][2] if kinds else None
        about = None  # another kind the question is about, when it asks for events
        if any(k[2] == "events" and rx.match(r"events?\b", k[1]) for k in kinds) or rx.search(
            r"\bwhat happened\b|\bwhat'?s (been )?going on\b|\bwhat went wrong\b", rest
        ):
            others = [k[2] for k in kinds if k[2] != "events"]
            table, about = "events", (others[0] if others else None)
        if (
            table is None
            and self._node(rest)
            and rx.search(r"\b(scheduled|running|runs|what'?s on|request\w*|cpu|memory)\b", rest)
        ):
            table = "pods"
        # namespaces asked about by label or age ("ns -l …", "namespaces older than a year")
        if table is None:
            if rx.search(r"\b(ns|namespaces)\b", text_nl) and not namespace:
                table = "namespaces"
            elif rx.search(
                r"\bcrash|pending|evicted|oom|imagepull|image pull|terminating|restart|broken|unhealthy|"
                r"not running|not ready|\b(cpu|memory|mem)\b.*\brequest|\brequest\w*\b.*\b(cpu|memory|mem)\b",
                rest,
            ):
                table = "pods"
            elif (
                rx.search(r"\bwarning|\bevents?\b|what happened|going on", rest)
                or any(ph in rest for ph in lx.EVENT_REASON_PHRASES)
                or any(
                    rx.search(r"\b" + r.lower() + r"\b", rest)
                    for r in lx.EVENT_REASONS
                    if r not in ("Failed", "Evicted", "Created", "Started")
                )
            ):
                table = "events"
        if table is None:
            candidates = slots.tables_for_columns(rest, self.catalog)
            table = candidates[0] if len(candidates) == 1 else None
        if table is None and labels:  # "-l app=reviews -n bookinfo": a selector with no kind lists pods
            table = "pods"
        if table is None and named:  # only a dimension was named: "how much RAM does each node have"
            table = named[-1][2]
        if table is None:
            return None, p.understood, 0
        p.table = table
        p.understood.append(f"table {table}")
        t = self.catalog[table]
        if namespace and t.namespaced:
            p.understood.append(f"namespace {namespace}")
            p.conds.append(f"namespace = {_q(namespace)}")
        elif namespace and table == "namespaces":
            p.conds.append(f"name = {_q(namespace)}")
        node = self._node(rest)
        if node and table in ("pods", "containers"):
            p.conds.append(f"node = {_q(node)}")
            p.understood.append(f"node {node}")
        elif table == "events" and (node or about or self._object_named(rest)):
            named = None if node else self._object_named(rest, about)
            kind = "Node" if node else self.catalog[about].kind if about else named[0] if named else None
            if kind:
                p.conds.append(f"involved_kind = {_q(kind)}")
            if node or named:
                p.conds.append(f"involved_name = {_q(node or named[1])}")  # type: ignore[index]
            p.understood.append(f"about {kind or ''} {node or (named[1] if named else '')}".strip())
        if table == "pods" and rx.search(
            r"not (managed|owned|controlled) by (any|a)|"
            r"\b(no|without an?|w/o an?) (owner|controller|ownerreferences)|"
            r"\b(naked|standalone|bare|unowned|orphan(ed)?) (pods?|po)\b",
            rest,
        ):
            p.conds.append("owner_kind IS NULL")
            p.understood.append("no owner")
        columns = {c.name for c in t.columns}
        selector = "node_selector" if rx.search(r"node ?selector", text) else "selector"
        for key, value, negate in labels:
            # "svc selecting app=web", "ds with nodeSelector os=linux": the selector map, not the labels
            col = selector if selector in columns and rx.search(r"select", text) else "labels"
            if value is None:
                p.conds.append(("NOT " if negate else "") + f"map_contains({col}, {_q(key)})")
            else:
                p.conds.append(f"{col}[{_q(key)}] = {_q(value)}")
            p.understood.append(f"label {key}" + (f"={value}" if value else ""))
        if self.grounding is not None and "labels" in columns and not labels:
            for key, value in _label_values_named(rest, self.grounding.label_values(table), namespace):
                p.conds.append(f"labels[{_q(key)}] = {_q(value)}")
                p.understood.append(f"label {key}={value}")
        if self.grounding is not None and "labels" in columns:
            for m in rx.finditer(
                r"\b(?:their|its|the|show|with|and|plus)\s+([a-z0-9][a-z0-9./\-_]*)\s+labels?\b", rest
            ):
                if m.group(1) in self.grounding.label_keys and not any(k == m.group(1) for k, _, _ in labels):
                    p.extra.append(f"labels[{_q(m.group(1))}]")
                    p.understood.append(f"showing label {m.group(1)}")
            m = rx.search(r"\bshow\s+([a-z0-9][a-z0-9./\-_]*)\b", rest)
            if m and m.group(1) in self.grounding.label_keys and labels:  # "-l app=reviews, show version"
                p.extra.append(f"labels[{_q(m.group(1))}]")
        if table == "events" and self.grounding is not None:
            reason = _spelt_value(rest, self.grounding.values("events", "reason"))
            if reason:  # a reason this cluster's events carry, however it is spelt ("backoff-limit-exceeded")
                p.conds.append(f"reason = {_q(reason)}")
                p.understood.append(f"reason {reason}")
        if not _states(p, rest, original):
            return None, p.understood, 0
        _time(p, rest, self.catalog[p.table])
        _names(p, rest, original)
        self._slots(p, rest, skip_words=[*(w for w in (namespace, node) if w), *self._kinds])
        p.gib = bool(rx.search(r"\b(gib|gi|gb)\b", rest))
        _shape(p, rest, self)
        return _render(p, self.catalog), p.understood, 0.85

    def _slots(self, p: Parse, text: str, skip_words: list[str]) -> None:
        """The catalog-driven slots: numbers compared, flags, cluster values, columns asked to see."""
        table = self.catalog[p.table]
        taken = _columns_of(p.conds)
        for cond, words in slots.numeric_conditions(text, table):
            if _columns_of([cond]) & taken:
                continue
            p.conds.append(cond)
            p.understood.append(words)
        taken = _columns_of(p.conds)
        for cond, words in slots.boolean_conditions(text, table, taken):
            p.conds.append(cond)
            p.understood.append(words)
        for cond, words in slots.owner_condition(text, table, self._kinds, self.catalog):
            p.conds.append(cond)
            p.understood.append(words)
        if self.grounding is not None and "name" not in taken:
            for cond, value in slots.name_conditions(text, self.grounding.names(p.table), skip_words):
                p.conds.append(cond)
                p.understood.append(f"named {value}")
                skip_words = [*skip_words, value]
        taken = _columns_of(p.conds)
        if self.grounding is not None:
            owned = taken | (_STATE_COLUMNS if p.table in _STATE_TABLES else {"name"})
            for cond, value in slots.value_conditions(text, table, self.grounding.values, owned, skip_words):
                p.conds.append(cond)
                p.understood.append(value)
                if " IN (" in cond:
                    p.listed = cond.split()[0]
        if self.grounding is not None:
            for cond, value in slots.adjacent_values(
                text, table, self.grounding.all_values, _columns_of(p.conds)
            ):
                p.conds.append(cond)
                p.understood.append(value)
        for cond, words in slots.list_conditions(text, table, _columns_of(p.conds)):
            p.conds.append(cond)
            p.understood.append(words)
        own_words = [w for w, name in self._kinds.items() if name == table.name]
        filtered = _columns_of([c for c in p.conds if not c.startswith(("len(", "coalesce(len("))])
        for column in slots.projections(
            text, table, filtered, own_words
        ):  # "nodes with taints and what they are"
            if column not in p.extra:
                p.extra.append(column)
                p.understood.append(f"showing {column}")

    def _reshape(self, text: str, tree: Any) -> str | None:
        """Follow-ups that regroup, reorder or widen the previous answer, for any table.

        "break that down by namespace", "newest first", "sort them by max replicas", "and their images?"
        """
        from sqlglot import exp

        source = tree.find(exp.Table)
        if source is None or source.name not in self.catalog.names() or tree.args.get("joins"):
            return None
        table = self.catalog[source.name]
        columns = {c.name for c in table.columns}
        words = len(text.split())
        top = rx.search(rf"\b(?:top|first|only|just)\s+(?:the\s+)?(?:top\s+|first\s+)?{_NUMW}\b", text)
        if top and _num(top.group(1)) and top.group(1) not in ("a", "an") and words <= 6:
            return tree.copy().limit(_num(top.group(1)), copy=False).sql(dialect="duckdb")
        if words <= 6 and rx.search(
            r"\b(how many|just the number|the number|count( them| those)?|total)\b", text
        ):
            new = tree.copy()
            for key in ("order", "limit", "distinct", "group"):
                new.set(key, None)
            new.set("expressions", [exp.Count(this=exp.Star())])
            return new.sql(dialect="duckdb")
        drop = rx.search(
            r"\b(exclude|excluding|without|leave out|leaving out|except|skip|ignore|drop|minus|not in)\b",
            text,
        )
        if drop and "namespace" in columns and self.grounding is not None:
            names = [
                w
                for w in rx.findall(r"[a-z0-9][a-z0-9\-]*", text[drop.end() :])
                if w in self.grounding.namespaces
            ]
            if names:
                cond = (
                    f"namespace <> {_q(names[0])}"
                    if len(names) == 1
                    else f"namespace NOT IN ({', '.join(map(_q, names))})"
                )
                return tree.copy().where(cond, copy=False).sql(dialect="duckdb")
        by = rx.search(
            r"\b(?:by|per|for each|each)\s+(?:the\s+)?"
            r"(instance type|storage class|qos class|namespace|ns|node|"
            r"status|state|phase|type|reason|zone|kind)\b",
            text,
        )
        if by and rx.search(r"break|split|group|count|per|instead|by", text):
            dim = {"zone": "zone"}.get(by.group(1), _DIMS.get(by.group(1)))
            if dim in columns:
                new = tree.copy()
                new.set("order", None)
                new.set("limit", None)
                new.set("distinct", None)
                new.set("expressions", [exp.column(dim), exp.Count(this=exp.Star())])
                new = new.group_by(dim, copy=False)
                if dim == "node":
                    new = new.where("node IS NOT NULL", copy=False)
                return new.sql(dialect="duckdb")
        if (
            rx.search(r"\b(newest|latest|most recent|youngest|recently created)\b", text)
            and "created" in columns
        ):
            return tree.copy().order_by("created DESC", copy=False).sql(dialect="duckdb")
        if rx.search(r"\boldest\b", text) and "created" in columns:
            return tree.copy().order_by("created ASC", copy=False).sql(dialect="duckdb")
        if rx.search(r"\b(sort|order|rank)", text):
            found = slots.sort_column(text, table)
            if found:
                column, desc = found
                new = tree.copy().order_by(f"{column} {'DESC' if desc else 'ASC'}", copy=False)
                return new.sql(dialect="duckdb")
        if rx.search(r"\b(their|its|what|which|with|and|show|plus|also)\b", text):
            shown = {e.alias_or_name for e in tree.expressions}
            wanted = [
                m.column
                for m in slots.find_columns(text, table)
                if m.column not in shown and m.column not in ("name", "namespace")
            ]
            if wanted and not any(isinstance(e, exp.AggFunc) for e in tree.find_all(exp.AggFunc)):
                return tree.copy().select(*dict.fromkeys(wanted), copy=False).sql(dialect="duckdb")
        return None

    # ---------------------------------------------------------------- special intents
    def _special(self, text: str, original: str, current: str | None) -> str | None:
        ns, rest = self._namespace(text, current)
        counting = not rx.search(_HOW_MUCH + r"|how many times", text) and bool(
            rx.search(r"\bhow many\b|\bcount\b|\bnumber of\b|#", text)
        )
        if (
            rx.search(r"\bpods?\b|\bpo\b|running on|what'?s running", text)
            and rx.search(r"not[- ]ready|notready|broken node|down node|unready|dead node", text)
            and rx.search(r"\bnodes?\b", text)
        ):
            base = "FROM pods p JOIN nodes n ON p.node = n.name WHERE NOT n.ready"
            return f"SELECT count(*) {base}" if counting else f"SELECT p.namespace, p.name {base}"
        if rx.search(r"\b(svcs?|services?)\b", text) and rx.search(
            r"without endpoints|no (ready )?endpoints|w/o endpoints|route to nothing|no backends|without (any )?ready endpoints|zero endpoints",  # noqa: E501 - one pattern reads best on one line
            text,
        ):
            where = "s.type <> 'ExternalName' AND coalesce(e.ready_address_count, 0) = 0"
            if ns:
                where = f"s.namespace = {_q(ns)} AND " + where
            cols = "count(*)" if counting else ("s.name" if ns else "s.namespace, s.name")
            return (
                f"SELECT {cols} FROM services s LEFT JOIN endpoints e ON e.namespace = s.namespace "
                f"AND e.name = s.name WHERE {where}"
            )
        if (
            rx.search(r"\b(pvcs?|claims?)\b", text)
            and rx.search(r"\b(pvs?|persistent volumes?|volumes?)\b", text)
            and rx.search(r"\bto\b|bound|with their|each|which", text)
            and not rx.search(r"pending", text)
        ):
            return (
                "SELECT c.namespace, c.name, v.name FROM persistentvolumeclaims c "
                "JOIN persistentvolumes v ON v.name = c.volume"
            )
        m = rx.search(r"(?:deployment|deploy)[/ ]([a-z0-9][a-z0-9\-]*)", text)
        m = (
            m
            if m and m.group(1) not in lx.STOPWORDS
            else rx.search(r"([a-z0-9][a-z0-9\-]*)(?:'s)? (?:deployment|deploy)\b", text)
        )
        if m and rx.search(r"\bpods?\b|\bpo\b", text):
            name = m.group(1)
            if name not in lx.STOPWORDS and name not in _VOCAB and ns:
                cols = "p.name"
                if rx.search(r"status", text):
                    cols += ", p.status"
                return (
                    f"SELECT {cols} FROM pods p JOIN replicasets r ON r.namespace = p.namespace "
                    f"AND r.name = p.owner_name WHERE p.namespace = {_q(ns)} AND r.owner_kind = 'Deployment' "
                    f"AND r.owner_name = {_q(name)}"
                )
        m = rx.search(r"\b(configmap|config map|cm|secret)\s+([a-z0-9][a-z0-9.\-]*)", text)
        if (
            m
            and m.group(2) not in _VOCAB
            and rx.search(r"\b(use|uses|using|mount|mounts|mounting|reference|references)\b", text)
        ):
            col = "secrets" if m.group(1) == "secret" else "configmaps"
            where = f"list_contains({col}, {_q(m.group(2))})"
            if ns:
                where = f"namespace = {_q(ns)} AND " + where
            return f"SELECT {'name' if ns else 'namespace, name'} FROM pods WHERE {where}"
        if rx.search(r"\b(configmaps?|config maps?|cms)\b", text) and rx.search(
            r"unused|no pod uses|not used|aren'?t (used|mounted)|not mounted|orphan", text
        ):
            return (
                "SELECT c.namespace, c.name FROM configmaps c WHERE NOT EXISTS (SELECT 1 FROM pods p "
                "WHERE p.namespace = c.namespace AND list_contains(p.configmaps, c.name))"
            )
        if (
            rx.search(r"\bpods?\b|\bpo\b", text)
            and rx.search(r"\b(pvcs?|claims?)\b", text)
            and rx.search(r"pending", text)
        ):
            return (
                "SELECT p.namespace, p.name FROM pods p JOIN persistentvolumeclaims c ON c.namespace = p.namespace "  # noqa: E501 - one pattern reads best on one line
                "AND list_contains(p.pvcs, c.name) WHERE c.status = 'Pending'"
            )
        if (
            rx.search(r"\bpods?\b", text)
            and rx.search(r"\b(zones?|availability zone)\b", text)
            and rx.search(r"per|each|by", text)
        ):
            return "SELECT n.zone, count(*) FROM pods p JOIN nodes n ON p.node = n.name GROUP BY n.zone"
        m = rx.search(
            r"events? (?:for|of|about|on) (?:the )?(pod|po|deployment|deploy|node|job|service|svc)\s+([a-z0-9][a-z0-9.\-]*)",  # noqa: E501 - one pattern reads best on one line
            text,
        )
        if m:
            kind = {"po": "Pod", "deploy": "Deployment", "svc": "Service"}.get(
                m.group(1), m.group(1).capitalize()
            )
            where = f"involved_kind = {_q(kind)} AND involved_name = {_q(m.group(2))}"
            if ns:
                where = f"namespace = {_q(ns)} AND " + where
            return f"SELECT type, reason, message FROM events WHERE {where}"
        m = rx.search(r"exit(?:ed)?(?: with)? code (\d+)|exit code (\d+)", text)
        if m:
            code = m.group(1) or m.group(2)
            return f"SELECT namespace, pod, name FROM containers WHERE exit_code = {code} OR last_exit_code = {code}"  # noqa: E501 - one pattern reads best on one line
        m = rx.search(r"\b([a-z0-9.\-]+\.[a-z]{2,}(?::\d+)?/[a-z0-9./\-_]+:[a-z0-9.\-_]+)", original.lower())
        if m:
            return f"SELECT namespace, pod FROM containers WHERE image = {_q(m.group(1))}"
        capacity = self._capacity(text)
        if capacity:
            return capacity
        quota = _quota(text, ns)
        if quota:
            return quota
        sidecar = self._container_named(text)
        if sidecar and rx.search(r"\bpods?\b|\bpo\b", text):  # "pods with a kube-rbac-proxy sidecar"
            where = f"name LIKE {_q(sidecar + '%')}"
            if ns:
                return f"SELECT DISTINCT pod FROM containers WHERE namespace = {_q(ns)} AND {where}"
            return f"SELECT DISTINCT namespace, pod FROM containers WHERE {where}"
        m = rx.search(r"\b((?:[a-z0-9\-]+\.)+(?:io|com|dev|net|org|cloud|local))\b(?!/)", text)
        if (
            m
            and rx.search(r"\b(images?|pull\w*|registry|containers?|from)\b", text)
            and "docker" not in m.group(1)
        ):
            like = _q(m.group(1) + "/%")
            if rx.search(r"\bcontainers?\b", text):
                return f"SELECT namespace, pod, name FROM containers WHERE image LIKE {like}"
            return f"SELECT DISTINCT namespace, pod FROM containers WHERE image LIKE {like}"
        if rx.search(r"docker ?hub|docker\.io", text) and rx.search(r"pods?|images?|containers?", text):
            return "SELECT DISTINCT namespace, pod FROM containers WHERE image LIKE 'docker.io/%'"
        if rx.search(r"latest tag|:latest|untagged|no tag", text):
            return (
                "SELECT namespace, pod, name FROM containers WHERE image LIKE '%:latest' "
                "OR NOT regexp_matches(image, ':[^/]+$')"
            )
        if rx.search(r"multi-?container|more than one container|2\+ containers|sidecars", text):
            return "SELECT namespace, name FROM pods WHERE len(containers) > 1"
        if (
            rx.search(r"\bgpus?\b", text)
            and rx.search(r"how many|total|sum|allocatable", text)
            and not rx.search(r"\bnodes?\b.*\b(have|with)\b", text)
        ):
            return "SELECT sum(gpu_allocatable) FROM nodes"
        if (
            rx.search(r"\bgpus?\b", text)
            and rx.search(r"\bnodes?\b", text)
            and not rx.search(r"\bpods?\b|\bruns?\b", text)
        ):
            return "SELECT name FROM nodes WHERE gpu_capacity > 0"
        return None

    # ---------------------------------------------------------------- follow-ups
    def _followup(self, text: str, turn: Any, current: str | None) -> str | None:
        import sqlglot
        from sqlglot import exp

        prev = getattr(turn, "sql", None) if not isinstance(turn, dict) else turn.get("sql")
        if not prev:
            return None
        refers_back = rx.search(
            r"\b(each|too|also|as well|instead|that|those|these|them|they|their|it)\b", text
        ) or rx.search(
            r"\b(they|them|their|those|these|that|it|ones)\b|^(and|only|just|what about|how about)\b", text
        )
        if self._find_kinds(rx.sub(r"\b(ones?|them|those|they)\b", "", text)) and not refers_back:
            return None
        try:
            tree = sqlglot.parse_one(prev, read="duckdb")
        except Exception:  # noqa: BLE001 - an unreadable previous query is not ours to edit
            return None
        if not isinstance(tree, exp.Select):
            return None
        edited = self._reshape(text, tree)
        if edited is not None:
            return edited
        if rx.fullmatch(
            r"(and )?(how many( are there| of them| in total)?|count( them| those)?|number of them|total)\??",
            text.strip(" ?.!"),
        ) or rx.fullmatch(r"how many\??", text):
            new = tree.copy()
            new.set("order", None)
            new.set("limit", None)
            new.set("distinct", None)
            new.set("expressions", [exp.Count(this=exp.Star())])
            return new.sql(dialect="duckdb")
        m = rx.search(
            r"(?:sort|order)(?: them| it)? by ([a-z_ ]+?)(?:,|$| desc| asc| biggest| largest| most| smallest| first)",  # noqa: E501 - one pattern reads best on one line
            text + " ",
        )
        if m:
            word = m.group(1).strip()
            col = {
                "replicas": "desired",
                "desired replicas": "desired",
                "desired": "desired",
                "restarts": "restarts",
                "restart count": "restarts",
                "age": "created",
                "name": "name",
                "created": "created",
                "node": "node",
                "namespace": "namespace",
                "status": "status",
            }.get(word)
            if col is None:
                return None
            desc = bool(rx.search(r"desc|biggest|largest|most|highest|descending", text))
            if col == "created" and "age" in word:
                desc = not desc
            new = tree.copy().order_by(f"{col} {'DESC' if desc else 'ASC'}", copy=False)
            return new.sql(dialect="duckdb")
        m = rx.search(
            r"\b(?:and )?(?:what|which) (nodes?|namespaces?) are they (?:on|in)|\band their (nodes?|status|namespaces?|ages?|restarts)\b|\bwith their (nodes?|status|restarts)\b",  # noqa: E501 - one pattern reads best on one line
            text,
        )
        if m:
            word = next(g for g in m.groups() if g)
            col = {
                "node": "node",
                "nodes": "node",
                "status": "status",
                "namespace": "namespace",
                "namespaces": "namespace",
                "age": "age",
                "ages": "age",
                "restarts": "restarts",
            }[word]
            new = tree.copy()
            if col not in [e.alias_or_name for e in new.expressions]:
                new = new.select(col, copy=False)
            return new.sql(dialect="duckdb")
        # time window changes ("what about older than two weeks?")
        probe = Parse(table="pods")
        _time(probe, text)
        if probe.conds and rx.search(r"^(what about|how about|and|only|just)\b", text):
            cond = probe.conds[-1]
            column = cond.split()[0]
            new = tree.copy()
            for node in list(new.find_all(exp.GT, exp.LT)):
                if isinstance(node.this, exp.Column) and node.this.name == column:
                    node.replace(sqlglot.parse_one(cond, read="duckdb"))
                    return new.sql(dialect="duckdb")
            return new.where(cond, copy=False).sql(dialect="duckdb")
        # a namespace or a node swapped in ("and in staging?", "only the ones on worker-2", "just ml")
        m = rx.match(r"^(?:and|what about|how about|only|just|now|same)\b(.*)$", text.strip(" ?.!"))
        if not m:
            return None
        rest = m.group(1)
        words = [
            w
            for w in rx.findall(r"[a-z0-9][a-z0-9\-.]*", rest)
            if w not in lx.STOPWORDS and w not in ("ones", "one", "for", "ns")
        ]
        if len(words) != 1:
            return None
        word = words[0]
        node = None
        ns = None
        if self.grounding is not None and self.grounding.nodes and word in self.grounding.nodes:
            node = word
        elif self.grounding is not None and self.grounding.namespaces:
            ns = self.grounding.namespace(word)
        elif rx.search(r"\bon\b", rest) or rx.fullmatch(r"(worker|node|ip)-.*", word):
            node = word
        else:
            ns = word if word not in _VOCAB else None
        table = tree.find(exp.Table)
        if node:
            return tree.copy().where(f"node = {_q(node)}", copy=False).sql(dialect="duckdb")
        if not ns or table is None:
            return None
        new = tree.copy()
        replaced = False
        for eq in new.find_all(exp.EQ):
            if isinstance(eq.this, exp.Column) and eq.this.name == "namespace":
                eq.set("expression", exp.Literal.string(ns))
                replaced = True
        if not replaced:
            new = new.where(f"namespace = {_q(ns)}", copy=False)
        exprs = [e for e in new.expressions if not (isinstance(e, exp.Column) and e.name == "namespace")]
        if exprs and len(exprs) < len(new.expressions):
            new.set("expressions", exprs)
        return new.sql(dialect="duckdb")


# ---------------------------------------------------------------------- helpers

# Columns whose values the per-kind state rules own ("running", "pending", "ready"…): a value
# slot must not read "pods running on worker-3" as status = 'Running'.
_STATE_COLUMNS = frozenset(
    {
        "status",
        "phase",
        "reason",
        "state",
        "ready",
        "last_state",
        "last_reason",
        "pod_status",
        "pod_phase",
        "qos_class",
        "name",
    }
)


# Words that join the kind asked for to the kind that filters it ("pods *on* GPU nodes").
_CONNECTOR = (
    r"\b(on|of|in|from|belonging to|owned by|managed by|controlled by|created by|whose|with|that|which|"
    r"using|uses|use|mounting|mount|behind|bound to|for|attached to|targeting|via|through|under|backing|"
    r"used by|referenced by|mounted by)\b|->"
)
_ABSENT = r"\b(without|have no|has no|with no|lacking|with (?:a |an )?missing|no)\b"
_RUNS_ON = r"\b(what|which|anything|who)\b.*\b(runs?|running|scheduled|is on|lives?)\b"

# Columns holding bytes, shown in GiB when the question asks for GiB.
_BYTES = {
    "memory_capacity",
    "memory_allocatable",
    "memory_request",
    "memory_limit",
    "storage_request",
    "capacity",
    "ephemeral_storage_capacity",
    "ephemeral_storage_allocatable",
}

# "how many Gi", "how many cores": an amount to sum, not objects to count.
_HOW_MUCH = r"how many (gi|gib|gb|mi|mib|mb|cores|cpus?|bytes)\b"

# Kinds whose objects events are usually about, looked up by name.
_EVENT_SUBJECTS = (
    "pods",
    "deployments",
    "replicasets",
    "statefulsets",
    "daemonsets",
    "jobs",
    "cronjobs",
    "nodes",
    "services",
    "persistentvolumeclaims",
    "horizontalpodautoscalers",
)

# Tables whose state words _states reads itself.
_STATE_TABLES = frozenset(
    {
        "pods",
        "containers",
        "nodes",
        "jobs",
        "persistentvolumeclaims",
        "namespaces",
        "events",
        "deployments",
        "statefulsets",
        "replicasets",
        "daemonsets",
        "cronjobs",
    }
)


_KEY_NOISE = {"io", "k8s", "kubernetes", "com", "www", "app", "name", "x", "v1", "acme"}


def _label_values_named(
    text: str, values: dict[str, frozenset[str]], namespace: str | None
) -> list[tuple[str, str]]:
    """Labels named by their value and a word of their key (or the word "label"): "production
    namespaces (by label)", "nodes in pool general", "namespaces with istio injection enabled"."""
    found: list[tuple[str, str]] = []
    for key, vals in values.items():
        key_words = {w for w in re.split(r"[^a-z0-9]+", key.lower()) if len(w) > 2 and w not in _KEY_NOISE}
        keyed = any(rx.search(r"\b" + re.escape(w) + r"\b", text) for w in key_words) or "label" in text
        if not keyed:
            continue
        for value in sorted(vals, key=len, reverse=True):
            v = value.lower()
            if (
                len(v) < 4
                or v == namespace
                or v in ("true", "false")
                or not rx.search(r"(?<![\w\-])" + re.escape(v) + r"(?![\w\-])", text)
            ):
                continue
            found.append((key, value))
            break
    # one value can sit under several keys ("production" as environment and as tier): keep the key named
    return (
        found
        if len(found) <= 1
        else [
            kv
            for kv in found
            if any(
                rx.search(r"\b" + re.escape(w) + r"\b", text)
                for w in re.split(r"[^a-z0-9]+", kv[0].lower())
                if len(w) > 2
            )
        ][:1]
    )


_QUOTA_KEYS = {
    "cpu": "requests.cpu",
    "memory": "requests.memory",
    "mem": "requests.memory",
    "pods": "pods",
    "pod": "pods",
    "services": "services",
    "pvcs": "persistentvolumeclaims",
    "storage": "requests.storage",
}


def _quota(text: str, namespace: str | None) -> str | None:
    """A quota's hard limits against what is used, for one resource or all."""
    if not rx.search(r"\bquotas?\b", text) or not rx.search(r"\b(used|usage|hard|allow\w*|limit)\b", text):
        return None
    if rx.search(r"\b(percent|%|over|above|more than|which|how many quotas)\b", text):
        return None
    key = rx.search(
        r"\b(requests\.cpu|requests\.memory|limits\.cpu|limits\.memory|cpu|memory|mem|pods?|services|pvcs|storage)\b",
        text,
    )
    where = f" WHERE namespace = {_q(namespace)}" if namespace else ""
    ident = "name" if namespace else "namespace, name"
    if key:
        k = _QUOTA_KEYS.get(key.group(1), key.group(1))
        return f"SELECT {ident}, hard[{_q(k)}], used[{_q(k)}] FROM resourcequotas{where}"
    return f"SELECT {ident}, hard, used FROM resourcequotas{where}"


def _spelt_value(text: str, values: frozenset[str]) -> str | None:
    """The CamelCase value the text spells, with or without spaces or dashes: "backoff limit exceeded"."""
    for value in sorted(values, key=len, reverse=True):
        words = [w.lower() for w in re.findall(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+", value)]
        if len(value) >= 8 and len(words) > 1 and rx.search(r"\b" + r"[\s\-_]?".join(words) + r"\b", text):
            return value
    return None


def _columns_of(conds: list[str]) -> set[str]:
    """The columns a list of conditions constrains (their first identifier)."""
    found = set()
    for cond in conds:
        m = rx.match(r"\(?(?:NOT\s+)?(?:map_contains\(|len\(|coalesce\(len\()?\"?([a-z_]+)", cond)
        if m:
            found.add(m.group(1))
    return found


_VOCAB = {
    "crashloopbackoff",
    "crashlooping",
    "pending",
    "running",
    "failed",
    "ready",
    "notready",
    "the",
    "last",
    "past",
    "a",
    "an",
    "this",
    "that",
    "each",
    "every",
    "all",
    "staging-like",
    "nodes",
    "node",
    "total",
    "cluster",
    "use",
    "order",
    "sort",
    "terminating",
    "evicted",
    "completed",
    "state",
    "status",
    "ns",
    "namespace",
    "namespaces",
    "any",
    "which",
    "what",
    "my",
    "here",
    "kube",
    "terms",
    "general",
    "pool",
    "label",
    "labels",
    "environment",
    "production",
    "team",
    "zone",
    "zones",
    "imagepullbackoff",
    "errimagepull",
    "memory",
    "cpu",
    "gib",
    "requests",
    "request",
    "limits",
    "limit",
    "type",
    "types",
    "most",
    "top",
    "hour",
    "day",
    "week",
    "year",
    "minute",
    "minutes",
    "hours",
    "days",
    "weeks",
}


def _normalise(question: str) -> str:
    text = question.strip().lower()
    text = text.replace("’", "'").replace("w/o", "without").replace("w/ ", "with ")
    text = rx.sub(r"\s\+\s?", " and ", text)
    text = rx.sub(r"(\d)\s*%", r"\1 percent", text)
    text = rx.sub(r"\b(a |an |the )?(past |last )?half(?: an| a)? hour\b", r"\2 30 minutes", text)
    text = rx.sub(r"\s+", " ", text)
    return text


def _refuse(text: str) -> None:
    words = rx.findall(r"[a-z0-9'\-]+", text)
    lead = {
        "please",
        "pls",
        "kubectl",
        "k",
        "ok",
        "okay",
        "now",
        "then",
        "and",
        "can",
        "you",
        "could",
        "would",
        "i",
        "want",
        "to",
        "need",
        "lets",
        "let's",
        "go",
        "just",
        "also",
        "so",
        "help",
        "me",
        "how",
        "do",
        "we",
        "quickly",
        "hey",
    }
    for i, w in enumerate(words):
        if (w in lx.MUTATIONS or w == "add") and _commands(w, words[i + 1 : i + 2], text):
            if w in lx.CONNECTIONS:
                raise Declined(
                    f"'{w}' needs a connection into running containers (logs, shells, ports); kubequery "
                    "only reads the Kubernetes API's objects. Use kubectl for that."
                )
            raise Declined(
                f"'{w}' would change the cluster: kubequery is read-only and only answers questions. "
                "Use kubectl for changes."
            )
        if w not in lead:
            break
    m = rx.search(r"\b([a-z\-]+) (them|it|those|these|all of them|everything|each of them)\b", text)
    if m and m.group(1) in lx.MUTATIONS and (m.group(1) not in lx.AMBIGUOUS_VERBS or m.group(2) != "it"):
        raise Declined(
            f"'{m.group(1)}' would change the cluster: kubequery is read-only. Use kubectl for changes."
        )
    for phrase in lx.MUTATION_PHRASES:
        if rx.search(r"(^|\b(please|pls|and|then|now)\s+)" + re.escape(phrase) + r"\b", text):
            raise Declined(f"'{phrase}' would change the cluster: kubequery is read-only.")
    # requests said politely or indirectly: "can you make X have 3 replicas", "I need the ml namespace gone"
    wish = rx.search(_WISH, text)
    if wish:
        tail = rx.findall(r"[a-z0-9'\-]+", text[wish.end() :])
        for i, w in enumerate(tail):
            relative = i > 0 and tail[i - 1] in _RELATIVE  # "pods that restarted" describes, not orders
            if (w in lx.MUTATIONS and _commands(w, tail[i + 1 : i + 2], text)) or (
                w in lx.DONE_TO and not relative
            ):
                raise Declined(
                    f"'{w}' would change the cluster: kubequery is read-only. Use kubectl for changes."
                )
    if rx.search(r"\bto \d+ (replicas?|pods|instances)\b|\b(make|set|get) \S+ (have|to|use|run) \d+\b", text):
        raise Declined(
            "Changing replicas would change the cluster: kubequery is read-only. Use kubectl scale."
        )
    if rx.search(r"\b(who|which user|whom|what user)\b", text) and any(w in lx.AUDIT_VERBS for w in words):
        raise Declined(
            "Who changed what is audit history, which the cluster's objects do not hold; "
            "ask your audit log backend."
        )
    secret_like = rx.search(r"secret|credential", text)
    # a key's value asked for by name, even inside an identifier: DB_PASSWORD, stripe_api_key, githubToken
    named_key = rx.search(
        r"[a-z0-9]*(password|passwd|api[_-]?key|secret[_-]?key|private[_-]?key|access[_-]?key|"
        r"token|credentials?|connection[_-]?string|dsn)[a-z0-9_]*",
        text,
    )
    if (
        rx.search(
            r"\b(passwords?|passwd|tokens?|api keys?|decode|base64|plaintext|decrypt\w*|reveal|unmask)\b",
            text,
        )
        or (
            secret_like
            and rx.search(
                r"\b(values?|contents?|decoded|what'?s in|data of|print|dump|cat|read|show me)\b", text
            )
        )
        or (
            named_key
            and not rx.search(
                r"\b(how many|which|what) (secrets|pods|service ?accounts)\b|\bkeys? names?\b", text
            )
        )
    ):
        raise Declined(
            "Secret values are never shown: the secrets table holds metadata, type and key names only."
        )
    for w in words:
        if w in lx.OUT_OF_SCOPE:
            if w in ("account", "accounts") and rx.search(r"service ?accounts?", text):
                continue
            if w == "traffic" and rx.search(r"(ingress|egress|incoming|outgoing) traffic", text):
                continue
            if w == "usage" and rx.search(r"quota", text):
                continue
            raise Declined(
                f"'{w}': the cluster's objects do not hold that (no metrics, logs, billing or cloud "
                "accounts); kubequery can only answer from the Kubernetes API's objects."
            )
    if rx.search(
        r"\bhow full\b|\bdisk (usage|space)\b|\bspace (left|used|free|remaining)\b|\bfree (disk )?space\b",
        text,
    ):
        raise Declined(
            "How full a volume or disk is needs metrics (kubelet stats), which kubequery does not read; "
            "requested and provisioned sizes it can answer."
        )
    if rx.search(r"\bkubectl top\b", text) or (
        rx.search(r"\b(top|most|highest|heaviest|biggest|hungriest|hogs?|hogging)\b", text)
        and rx.search(r"\b(cpu|memory|mem|ram)\b", text)
        and not rx.search(r"request|limit|allocat|capacity|quota|reserv", text)
    ):
        raise Declined(
            "Ranking by CPU or memory use needs metrics (kubectl top), which kubequery does not read; "
            'ask by requests or limits instead ("top pods by cpu requests").'
        )
    live_use = r"\b(right now|currently|at the moment|live|real[- ]time)\b"
    if (
        (rx.search(live_use, text) and rx.search(r"\b(using|uses?|consum\w*|cpu|memory|ram)\b", text))
        or rx.search(
            r"\b(use|using|uses|consum\w*|eat\w*|burn\w*|hog\w*) (the )?(most|more|a lot of|lots of) "
            r"(cpu|memory|ram|mem)\b",
            text,
        )
    ) and not rx.search(r"request|limit|allocat|capacity", text):
        raise Declined(
            "Live CPU and memory use needs metrics, which kubequery does not read; requests and limits it can answer."  # noqa: E501 - one pattern reads best on one line
        )


# A request framed as a wish or a favour; a change verb after it is an order, not a question.
_WISH = (
    r"\b(i want|i need|i'?d like|we need|we want|can you|could you|would you|will you|please|pls|"
    r"make sure|go ahead and|let'?s|lets|i must|you should|help me)\b"
)

_RELATIVE = {
    "that",
    "which",
    "who",
    "were",
    "was",
    "been",
    "are",
    "is",
    "got",
    "get",
    "have",
    "has",
    "had",
    "recently",
    "being",
    "not",
    "never",
}

_DETERMINERS = {
    *("the", "a", "an", "all", "every", "my", "this", "that", "these", "those", "it", "them", "each"),
    *("some", "any", "our", "their", "node", "pod", "po", "deployment", "deploy", "svc", "service", "job"),
    *("pods", "nodes", "deployments", "deploys", "services", "jobs", "everything", "workloads", "traffic"),
}


def _commands(verb: str, following: list[str], text: str) -> bool:
    """Whether a leading verb gives an order. "update strategy of deploys" asks; "update the image" orders."""
    if verb not in lx.AMBIGUOUS_VERBS:
        return True
    nxt = following[0] if following else ""
    return nxt in _DETERMINERS or "/" in nxt or "=" in text or bool(rx.search(r"\bto \d", text))


_LABEL_PAIR = re.compile(r"(?<![\w.\-/])([a-z0-9][a-z0-9./\-_]*[a-z0-9])\s?(=|: )\s?([a-z0-9][a-z0-9._\-]*)?")
_NOT_LABELS = {"type", "status", "hostnetwork", "phase", "reason", "namespace", "ns", "node", "kind"}


def _labels(text: str, original: str) -> tuple[list[tuple[str, str | None, bool]], str]:
    """Label conditions (key, value or None for "has key", negated) and the text without them."""
    out: list[tuple[str, str | None, bool]] = []
    rest = text
    for m in _LABEL_PAIR.finditer(text):
        key, sep, value = m.group(1), m.group(2), m.group(3)
        if key in _NOT_LABELS or key.startswith("-"):
            continue
        if value in ("true", "false") and not rx.search(r"[./]", key):
            continue  # a condition's state ("Available=False"), read as a flag by the slots
        if sep == ": " and not rx.search(r"label", text):
            continue
        if value is None and sep == "=":
            out.append((key, None, False))
        elif value is not None:
            out.append((key, value, False))
        else:
            continue
        rest = rest.replace(m.group(0), " ")
    m = rx.search(r"label(?:l?ed)?\s+(?:with\s+)?([a-z][a-z0-9./\-_]*)\s+([a-z0-9][a-z0-9._\-]*)", rest)
    not_keys = {"with", "app", "a", "an", "the", "selector", "selectors"} | lx.STOPWORDS
    if not out and m and m.group(1) not in not_keys:
        out.append((m.group(1), m.group(2), False))
        rest = rest.replace(m.group(0), " ")
    elif not out and m and m.group(1) == "app":
        out.append(("app", m.group(2), False))
        rest = rest.replace(m.group(0), " ")
    m = rx.search(r"(?:without|missing|lacking|no)\s+(?:an?\s+|the\s+)?([a-z][a-z0-9./\-_]*)\s+label", rest)
    if m:
        out.append((m.group(1), None, True))
        rest = rest.replace(m.group(0), " ")
    m = rx.search(r"(?:have|has|with)\s+(?:an?\s+|the\s+)?([a-z][a-z0-9./\-_]*)\s+label", rest)
    if m and m.group(1) not in ("any",):
        out.append((m.group(1), None, False))
        rest = rest.replace(m.group(0), " ")
    return out, rest


def _is_dimension(text: str, kind: tuple[int, str, str]) -> bool:
    pos, phrase, _ = kind
    before = text[:pos].rstrip()
    after = text[pos + len(phrase) :]
    if rx.search(
        r"\b(per|by|each|every|grouped by|across|in every|in each|for each|all|which)$", before
    ) and kind[2] in ("namespaces", "nodes"):
        return bool(rx.search(r"\b(per|by|each|every|across|grouped)$", before)) or bool(
            rx.search(
                r"\b(pods?|po|deploy\w*|containers?|services?|svc|secrets?|events?|warnings?)\b", text[pos:]
            )
        )
    if (
        kind[2] == "nodes"
        and rx.search(r"\bon\s+(the\s+)?\S*\s*$", before + " ")
        and rx.search(r"\b(pods?|po)\b", text[:pos])
    ):
        return True
    if (
        kind[2] == "namespaces"
        and rx.match(r"\s*(with|has|have)\s", after) is None
        and rx.search(r"\b(most|highest|biggest)\b", before)
    ):
        return False
    return False


def _states(p: Parse, text: str, original: str) -> bool:
    t = p.table
    c = p.conds
    u = p.understood

    def add(cond: str, what: str) -> None:
        c.append(cond)
        u.append(what)

    if t == "pods":
        if rx.search(r"oom|out of memory", text):
            p.table = "containers"
            p.cols = ["pod"] if p.namespace else ["namespace", "pod"]
            p.distinct = True
            add("(reason = 'OOMKilled' OR last_reason = 'OOMKilled')", "OOMKilled")
            return True
        if rx.search(r"crash ?loop|crashloopbackoff|crashes|crashing", text):
            if rx.search(r"\binit\b", text):
                add("status = 'Init:CrashLoopBackOff'", "init containers crashlooping")
            else:
                add("status LIKE '%CrashLoopBackOff'", "crashlooping")
        if rx.search(r"container ?creating", text):
            add("status = 'ContainerCreating'", "ContainerCreating")
        if rx.search(r"\b(in error|errored( out)?|error state|status error)\b|\berror$", text):
            add("status = 'Error'", "Error")
        if rx.search(
            r"image ?pull|errimagepull|can'?t pull|cannot pull|pull errors?|pull their image|fail\w* to pull",
            text,
        ):
            add("status IN ('ImagePullBackOff', 'ErrImagePull')", "image pull errors")
        if rx.search(r"evicted", text):
            add("reason = 'Evicted'", "evicted")
        if rx.search(r"terminating|stuck deleting|being deleted", text):
            add("deleting", "terminating")
        if rx.search(r"\bpending\b", text):
            add("status = 'Pending'", "pending")
        if rx.search(r"unschedulable|can'?t be scheduled|could not be scheduled|not scheduled", text):
            add("NOT scheduled", "unschedulable")
        if rx.search(
            r"not ready|notready|unready|aren'?t ready|isn'?t ready|fail\w* readiness|readiness fail", text
        ):
            add("NOT is_ready", "not ready")
        elif rx.search(r"\bready\b", text) and not rx.search(r"not", text):
            add("is_ready", "ready")
        unhealthy = rx.search(r"unhealthy|broken|not healthy|bad pods", text)
        if rx.search(r"\b(completed|succeeded|finished)\b|have completed", text) and not unhealthy:
            add("status = 'Completed'", "completed")
        if rx.search(
            r"\bfailed\b|\bfailing\b(?! (to|readiness|health|probes?|liveness))", text
        ) and not rx.search(r"schedul", text):
            add("phase = 'Failed'", "failed")
        if unhealthy:
            add("status NOT IN ('Running', 'Completed')", "unhealthy")
        elif rx.search(r"not running|aren'?t running|isn'?t running|non-running", text):
            add("status <> 'Running'", "not running")
        elif rx.search(
            r"\brunning\b(?!\s+(in|on|for|images?)\b)|are running|\brunning\b in \S+\?$", text
        ) and not rx.search(r"everything running|what'?s running", text):
            add("status = 'Running'", "running")
        if rx.search(
            r"\b(have|with|that have) restart(?! ?policy)|\brestarted\b(?! the most| most)|\bhave restarts\b",
            text,
        ) and not rx.search(r"\bmost\b|\btop\b", text):
            add("restarts > 0", "restarted")
            if rx.search(r"how many times|restart counts?|and how often", text):
                p.extra.append("restarts")
        if rx.search(r"host ?network", text):
            add("host_network", "host network")
        classes = [
            {"besteffort": "BestEffort"}.get(q, q.capitalize())
            for q in ("besteffort", "guaranteed", "burstable")
            if rx.search(q.replace("besteffort", r"best ?effort"), text)
        ]
        if len(classes) == 1:
            add(f"qos_class = {_q(classes[0])}", f"QoS {classes[0]}")
        elif classes:
            add(f"qos_class IN ({', '.join(map(_q, classes))})", "QoS " + ", ".join(classes))
            p.listed = "qos_class"
        for res in ("cpu", "memory", "mem"):
            col = "memory" if res == "mem" else res
            if rx.search(rf"(without|no|missing|lacking)\s+(a\s+|any\s+)?{res}\s+requests?", text):
                add(f"{col}_request IS NULL", f"no {col} request")
            if rx.search(rf"(without|no|missing|lacking)\s+(a\s+|any\s+)?{res}\s+limits?", text):
                add(f"{col}_limit IS NULL", f"no {col} limit")
    elif t == "containers":
        if rx.search(r"oom|out of memory", text):
            add("(reason = 'OOMKilled' OR last_reason = 'OOMKilled')", "OOMKilled")
        if rx.search(r"\bwaiting\b", text):
            add("state = 'waiting'", "waiting")
            if rx.search(r"reason|why", text):
                p.extra.append("reason")
        if rx.search(r"\bterminated\b", text):
            add("state = 'terminated'", "terminated")
        for res in ("cpu", "memory", "mem"):
            col = "memory" if res == "mem" else res
            for kind in ("request", "limit"):
                if rx.search(rf"(without|no|missing|lacking)\s+(a\s+|any\s+)?{res}\s+{kind}s?", text):
                    add("type = 'container'", "app containers")
                    add(f"{col}_{kind} IS NULL", f"no {col} {kind}")
        if (
            rx.search(r"\bimages?\b", text)
            and all(c.startswith("namespace =") for c in p.conds)
            and not rx.search(r"how many|count|number|most|top", text)
        ):
            p.cols = ["image"]
            p.distinct = True
    elif t == "nodes":
        if rx.search(r"not ready|notready|\bdown\b|unready|broken|unhealthy|aren'?t ready", text):
            add("NOT ready", "not ready")
        elif rx.search(r"\bready\b", text):
            add("ready", "ready")
        if rx.search(r"cordon|unschedulable|schedulingdisabled|scheduling disabled", text):
            add("unschedulable", "cordoned")
        if rx.search(r"memory pressure", text):
            add("memory_pressure", "memory pressure")
        if rx.search(r"disk pressure", text):
            add("disk_pressure", "disk pressure")
        if rx.search(r"\bgpus?\b", text):
            add("gpu_capacity > 0", "GPUs")
    elif t in ("deployments", "statefulsets", "replicasets"):
        if rx.search(
            r"not (fully |all )?ready|unavailable|aren'?t (fully |all )?ready|degraded|unhealthy|"
            r"not available|"
            r"missing replicas|available=false",  # noqa: E501 - one pattern reads best on one line
            text,
        ):
            add("ready_replicas < desired", "not fully ready")
        if rx.search(r"\bpaused\b", text) and t == "deployments":
            add("paused", "paused")
        if rx.search(r"replica", text):
            p.extra.append("desired")
    elif t == "daemonsets":
        if rx.search(r"unavailable|missing|not ready|not running|unhealthy", text):
            add("unavailable_replicas > 0", "unavailable pods")
    elif t == "jobs":
        if rx.search(r"\bfail(ed|ing|s)?\b|backoff limit|back-off limit", text):
            add("status = 'Failed'", "failed")
        if rx.search(r"\b(completed|succeeded|complete|finished)\b", text):
            add("status = 'Complete'", "completed")
        if rx.search(r"\bsuspended\b", text):
            add("status = 'Suspended'", "suspended")
        long_running = rx.search(r"longest|long[- ]running|running for|duration", text)
        if rx.search(r"\b(still running|active|in progress|running)\b", text) and not long_running:
            add("status = 'Running'", "running")
    elif t == "rolebindings":
        if rx.search(r"\bcluster ?roles?\b", text):
            add("role_kind = 'ClusterRole'", "bound to a ClusterRole")
    elif t == "horizontalpodautoscalers":
        if rx.search(
            r"maxed|at (their |its |the )?max|at max(imum)? replicas|can'?t scale (up|further)", text
        ):
            add("current_replicas >= max_replicas", "at their maximum")
    elif t == "poddisruptionbudgets":
        if rx.search(r"block\w* (a |any )?(node )?drain|no disruptions|zero disruptions|0 disruptions", text):
            add("disruptions_allowed = 0", "allowing no disruptions")
    elif t == "persistentvolumes":
        if rx.search(r"unclaimed|unbound|not bound|\bavailable\b|\bfree\b", text):
            add("status = 'Available'", "available")
        elif rx.search(r"\breleased\b", text):
            add("status = 'Released'", "released")
    elif t == "cronjobs":
        if rx.search(r"suspended|paused|disabled", text):
            add("suspend", "suspended")
    elif t == "persistentvolumeclaims":
        if rx.search(r"\bvs\b|versus", text):
            pass
        elif rx.search(r"pending|unbound|not bound", text):
            add("status = 'Pending'", "pending")
        elif rx.search(r"\bbound\b", text) and not rx.search(r"vs|versus|by status", text):
            add("status = 'Bound'", "bound")
        if rx.search(r"\blost\b", text):
            add("status = 'Lost'", "lost")
        if rx.search(r"status", text):
            p.extra.append("status")
    elif t == "services":
        for word, value in (
            ("nodeport", "NodePort"),
            ("node port", "NodePort"),
            ("loadbalancer", "LoadBalancer"),
            ("load balancer", "LoadBalancer"),
            ("clusterip", "ClusterIP"),
            ("externalname", "ExternalName"),
        ):
            if word in text:
                add(f"type = {_q(value)}", value)
                break
        if rx.search(r"headless", text):
            add("headless", "headless")
    elif t == "events":
        if rx.search(r"\bwarnings?\b|type=warning", text) and not rx.search(r"\bnormal\b", text):
            add("type = 'Warning'", "warnings")
        reason = None
        if any(c.startswith("reason =") for c in p.conds):
            return True
        for r in lx.EVENT_REASONS:
            if rx.search(r"\b" + r.lower() + r"\b", text):
                reason = r
                break
        if reason is None:
            for phrase, r in lx.EVENT_REASON_PHRASES.items():
                if phrase in text:
                    reason = r
                    break
        if reason:
            add(f"reason = {_q(reason)}", f"reason {reason}")
    elif t == "namespaces":
        if rx.search(r"terminating|being deleted", text):
            add("deleting", "terminating")
    elif t == "secrets" and rx.search(r"types?", text):
        p.extra.append("type")
    return True


_RECENT = [
    rf"\b(?:in|within)\s+(?:over\s+|more than\s+)?{_NUMW}\s*{_UNITW}\b",
    rf"\b(?:in|within|during|from|over)\s+the\s+(?:last|past)\s+(?:{_NUMW}\s*)?{_UNITW}\b",
    rf"\b(?:last|past)\s+{_NUMW}\s*{_UNITW}\b",
    rf"\byounger than\s+{_NUMW}\s*{_UNITW}\b",
    rf"\bless than\s+{_NUMW}\s*{_UNITW}\s+old\b",
    rf"<\s*{_NUMW}\s*{_UNITW}\b",
    rf"\b(?:last|past)\s+{_UNITW}\b",
]
_OLDER = [
    rf"\bolder than\s+(?:a |an |one )?{_NUMW}?\s*{_UNITW}\b",
    rf"\bmore than\s+{_NUMW}?\s*{_UNITW}\s+(?:ago|old)\b",
    rf"\b(?:for|running for)\s+(?:more than|over|longer than)\s+{_NUMW}\s*{_UNITW}\b",
    rf"\bover\s+{_NUMW}\s*{_UNITW}\b",
    rf">\s*{_NUMW}\s*{_UNITW}\b",
]


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


def _time(p: Parse, text: str, table: Any = None) -> None:
    t = p.table
    stale = rx.search(r"haven'?t (run|been scheduled)|not (run|scheduled)|hasn'?t run|didn'?t run", text)
    older = _match_window(_OLDER, text)
    recent = None if older else _match_window(_RECENT, text)
    column = slots.time_column(text, table) if table is not None and (older or recent) else None
    if column and not (t == "cronjobs" and stale and column == "last_schedule"):
        # a window on another timestamp: "no heartbeat in 5m", "leases not renewed in 15 minutes"
        n, unit = older or recent  # type: ignore[misc]
        if unit not in lx.UNITS:
            return
        iv = _interval(n, unit)
        silent = rx.search(r"\b(haven'?t|hasn'?t|not|no|without|silent|stale|missed|older)\b", text)
        p.conds.append(f"{column} {'<' if older or silent else '>'} now() - {iv}")
        p.understood.append(f"{column} {'before' if older or silent else 'within'} {iv}")
        return
    if recent is None and not older and rx.search(r"\btoday\b|\bin 24h\b", text):
        recent = ("24", "hours") if "24" in text else (None, "day")
    if recent is None and not older and rx.search(r"\bin (\d+)\s*h\b", text):
        recent = (rx.search(r"\bin (\d+)\s*h\b", text).group(1), "h")  # type: ignore[union-attr]
    if older:
        n, unit = older
        if unit not in lx.UNITS:
            return
        iv = _interval(n, unit)
        if t == "jobs" and rx.search(r"running|long", text):
            if "status = 'Running'" not in p.conds:
                p.conds.append("status = 'Running'")
            p.conds.append(f"duration > {iv}")
        else:
            p.conds.append(f"age > {iv}")
        p.understood.append(f"older than {iv}")
        return
    if recent:
        n, unit = recent
        if unit not in lx.UNITS:
            return
        iv = _interval(n, unit)
        if t == "cronjobs" and stale:
            p.conds.append(f"(last_schedule IS NULL OR last_schedule < now() - {iv})")
        elif t == "events":
            p.conds.append(f"last_seen > now() - {iv}")
        elif t == "jobs" and rx.search(r"start|ran|run", text):
            p.conds.append(f"start_time > now() - {iv}")
        else:
            p.conds.append(f"created > now() - {iv}")
        p.understood.append(f"within {iv}")


def _names(p: Parse, text: str, original: str) -> None:
    m = rx.search(r"\b(?:named|called)\s+([a-z0-9][a-z0-9.\-]*)", text)
    if m:
        p.conds.append(f"name = {_q(m.group(1))}")
        p.understood.append(f"named {m.group(1)}")
        return
    m = rx.search(r"\b(?:like|matching|containing|starting with)\s+['\"]?([a-z0-9][a-z0-9.\-]*)", text)
    if m and m.group(1) not in lx.STOPWORDS:
        p.conds.append(f"name LIKE {_q('%' + m.group(1) + '%')}")
        p.understood.append(f"name like {m.group(1)}")


_DIMS = {
    "namespace": "namespace",
    "namespaces": "namespace",
    "ns": "namespace",
    "node": "node",
    "nodes": "node",
    "status": "status",
    "state": "status",
    "phase": "phase",
    "type": "type",
    "types": "type",
    "instance type": "instance_type",
    "reason": "reason",
    "storage class": "storage_class",
    "qos": "qos_class",
    "qos class": "qos_class",
    "image": "image",
    "kind": "involved_kind",
}


def _shape(p: Parse, text: str, tr: OfflineTranslator) -> None:
    counting = not rx.search(_HOW_MUCH + r"|how many times|restart counts?", text) and bool(
        rx.search(r"\bhow many\b|\bcount(ed|s)?\b|\bnumber of\b|#|\btotal\b|\bvs\b", text)
    )
    dim = None
    m = rx.search(
        r"\b(?:per|by|each|every|grouped by|of each|in each|in every|for each)\s+(?:the\s+)?(instance type|storage class|qos class|namespace|namespaces|ns|node|nodes|status|state|phase|types?|reason|qos|image|kind)\b",  # noqa: E501 - one pattern reads best on one line
        text,
    )
    if m:
        dim = _DIMS[m.group(1)]
        # "containers per namespace" counts, unless something else is summed or ranked
        summed = rx.search(r"\b(cpu|memory|mem)\b", text)
        counting = counting or bool(rx.match(r"per\b", m.group(0)) and not summed)
    elif rx.search(r"bound vs pending|pending vs bound", text):
        dim = "status"
    else:
        by = rx.search(
            r"(?<!sorted )(?<!ordered )(?<!sort )(?<!order )\b(?:per|by|for each|grouped by)\s+(?:the\s+)?",
            text,
        )
        if by:  # any text column right after "by": "pvc count by storage class", "pods by owner kind"
            after = [m for m in slots.find_columns(text, tr.catalog[p.table]) if m.start == by.end()]
            if (
                after
                and after[0].column != "name"
                and slots.column_type(tr.catalog[p.table], after[0].column) == "text"
            ):
                dim = after[0].column
                counting = counting or not rx.search(r"\b(cpu|memory|mem|storage)\b", text)
    superl = rx.search(
        r"\b(top|most|highest|biggest|largest|oldest|newest|youngest|worst|busiest|latest|first|most recently|least|fewest|smallest)\b",  # noqa: E501 - one pattern reads best on one line
        text,
    )
    n = None
    for pat in (
        rf"\btop\s+{_NUMW}\b",
        rf"\b{_NUMW}\s+(?:most|biggest|oldest|newest|youngest|worst|largest|highest|busiest|latest)\b",
        rf"\bwhich\s+{_NUMW}\s+\w+",
        rf"\bthe\s+{_NUMW}\s+\w+",
        rf"\(top\s+{_NUMW}\)",
        rf"\btop\s+{_NUMW}\b",
        rf"^{_NUMW}\s+\w+",
        rf"\b(?:newest|oldest|first|latest)\s+{_NUMW}\b",
    ):
        mm = rx.search(pat, text)
        if mm and _num(mm.group(1)) and mm.group(1) not in ("a", "an"):
            n = _num(mm.group(1))
            break
    agg_col = None
    if rx.search(r"\bcpu\b", text) and rx.search(r"request|consumer|most cpu", text):
        agg_col = "cpu_request"
    elif rx.search(r"\b(memory|mem)\b", text) and rx.search(r"request", text):
        agg_col = "memory_request"
    t = p.table
    group_words = (
        r"\b(which|what) (\w+ )?(namespaces?|ns|nodes?|images?)\b|\bns\b|\bnamespace\b|\bnodes?\b|images?\b"
    )
    if (
        superl
        and (t in ("pods", "containers", "namespaces", "nodes") or tr.catalog[t].namespaced)
        and (
            dim or (rx.search(group_words, text) and not (p.namespace and not rx.search(r"\bnodes?\b", text)))
        )
        and (t in ("pods", "containers", "namespaces", "nodes") or rx.search(r"\b(namespace|ns)\b", text))
        # namespaces or nodes ranked by something they hold, not by their own age ("the 8 oldest namespaces")
        and not (
            t in ("namespaces", "nodes")
            and len(tr._find_kinds(text)) < 2
            and not agg_col
            and not rx.search(r"\b(pods?|po|restarts?|containers?|busy|busiest)\b", text)
        )
    ):
        # ranking groups: "which namespace has the most pods", "top 3 ns by cpu requests", "most used images"
        target = dim
        if target is None:
            if rx.search(r"\bimages?\b", text):
                target = "image"
            elif rx.search(r"\bnodes?\b", text):
                target = "node"
            elif rx.search(r"\b(namespaces?|ns)\b", text):
                target = "namespace"
        counted = [k[2] for k in tr._find_kinds(text) if k[2] not in ("namespaces", "nodes", "pods")]
        if target:
            src = "containers" if target == "image" else "pods"
            if t == "containers" and target != "image":
                src = "containers"
            if t not in ("pods", "containers", "namespaces", "nodes"):
                src = t  # "which ns has the most deployments": count deployments per namespace
            elif target == "namespace" and counted and tr.catalog[counted[0]].namespaced:
                src = counted[0]
            where = (
                [c for c in p.conds if not c.startswith(("namespace =", "name ="))] if t != src else p.conds
            )
            measure = slots.sort_column(text, tr.catalog[src]) if not agg_col else None
            if agg_col and src == "pods":
                alias = "cpu" if agg_col == "cpu_request" else "memory"
                sel = f"{target}, sum({agg_col}) AS {alias}"
            elif measure and measure[0] not in ("created",) and src == "pods":
                alias = measure[0]
                sel = f"{target}, sum({alias}) AS {alias}"
            else:
                alias = src
                sel = f"{target}, count(*) AS {alias}"
            if target == "node":
                where = [*where, "node IS NOT NULL"]
            desc = not rx.search(r"least|fewest|smallest", text)
            p.table = src
            p.cols = [sel]
            p.conds = where
            p.group = target
            p.order = f"{alias} {'DESC' if desc else 'ASC'}"
            p.limit = n or 1
            return
    if (
        counting
        and dim is None
        and rx.search(r"\bin (every|each) (namespace|ns)\b|\bby (namespace|ns)\b", text)
    ):
        dim = "namespace"
    if (
        agg_col
        and (dim or rx.search(r"\b(total|sum|how much)\b", text))
        and t in ("pods", "containers")
        and not superl
    ):
        expr = f"sum({agg_col})"
        if rx.search(r"\bgib\b|\bgb\b|\bgi\b", text) and agg_col == "memory_request":
            expr += " / 1024 ^ 3"
        p.cols = [f"{dim}, {expr}"] if dim else [expr]
        p.group = dim
        return
    measure = slots.sort_column(text, tr.catalog[t])
    quantity = measure is not None and slots.column_type(tr.catalog[t], measure[0]) == "float"
    # "total storage requested", "allocatable cpu per instance type", "how many Gi …": a sum
    summed = (
        measure
        if rx.search(r"\b(total|sum|combined|how much)\b|" + _HOW_MUCH, text)
        or (dim and quantity and not rx.search(r"\bhow many\b|\bcount", text))
        else None
    )
    if (
        summed
        and not agg_col
        and not superl
        and summed[0] not in ("created",)
        and t not in ("pods", "containers")
    ):
        expr = f"sum({summed[0]})"
        if rx.search(r"\b(gib|gi|gb)\b", text):
            expr += " / 1024 ^ 3"
        if dim and dim not in {c.name for c in tr.catalog[t].columns}:
            dim = "name" if dim in (t, t.rstrip("s")) else None  # "per node" over nodes: each node
        p.cols = [f"{dim}, {expr}"] if dim else [expr]
        p.group = dim
        return
    if counting and not superl:
        if (
            t == "events"
            and rx.search(r"in total|total|counting repeats|repeats", text)
            and any(c.startswith("reason") for c in p.conds)
            and not dim
        ):
            p.cols = ["sum(count)"]
            return
        distinct = rx.search(r"\b(?:distinct|unique|different)\s+(\w+(?: \w+)?)", text)
        found = slots.find_columns(distinct.group(1), tr.catalog[t]) if distinct else []
        if found and not dim:  # "how many distinct images": count the values, not the rows
            p.cols, p.distinct = [f"count(DISTINCT {found[0].column})"], False
            return
        if t == "containers" and p.distinct:
            p.distinct = False
            p.cols = None
        p.count = True
        if dim is None and p.listed:
            dim = p.listed
        p.group = dim if dim and dim in {c.name for c in tr.catalog[p.table].columns} else None
        if p.group == "node":  # pods not yet scheduled have no node: not a group of their own
            p.conds.append("node IS NOT NULL")
        return
    if superl or n:
        if rx.search(r"restart", text):
            p.order, p.extra = "restarts DESC", [*p.extra, "restarts"]
        elif rx.search(r"oldest|first created|created first|first .* created|earliest", text):
            p.order = "created ASC"
        elif rx.search(r"newest|youngest|most recent|latest|recently created", text):
            p.order = "created DESC"
        elif rx.search(r"replica", text) and t in ("deployments", "statefulsets", "replicasets"):
            p.order = "desired DESC"
            if "desired" not in p.extra:
                p.extra.append("desired")
        elif agg_col and t in ("pods", "containers"):
            p.order = f"{agg_col} DESC"
            p.extra.append(agg_col)
        elif found := slots.sort_column(text, tr.catalog[t]):
            column, desc = found
            p.order = f"{column} {'DESC' if desc else 'ASC'}"
            p.extra.append(column)
        else:
            return
        p.limit = n if n else (1 if _singular(text) else None)
        return
    m = rx.search(
        r"\b(?:sorted|ordered|sort|order)\s+by\s+(name|age|restarts|replicas|created)\b|alphabetic", text
    )
    if not m and rx.search(r"\b(?:sorted|ordered|sort|order|ranked|rank)\b|\bby \S+ (?:desc|asc)", text):
        found = slots.sort_column(text, tr.catalog[t])
        if found:
            column, desc = found
            desc = desc and not rx.search(r"\basc", text)
            p.order = f"{column} {'DESC' if desc else 'ASC'}"
            p.extra.append(column)
            return
    if m:
        col = {
            "name": "name",
            "age": "created",
            "restarts": "restarts",
            "replicas": "desired",
            "created": "created",
        }.get(m.group(1) if m.group(1) else "name", "name")
        p.order = col + (" DESC" if col in ("restarts", "desired") else "")
        if (
            rx.search(r"replica|desired", text)
            and t in ("deployments", "statefulsets")
            and "desired" not in p.extra
        ):
            p.extra.append("desired")


def _singular(text: str) -> bool:
    return bool(
        rx.search(
            r"\bthe (oldest|newest|youngest|first|latest|biggest)\s+\w+[^s\s]\b|\bwhat'?s the\b|\bfirst \w+ ever\b|\bwhich \w+[^s] (has|is|runs|requests)\b",  # noqa: E501 - one pattern reads best on one line
            text,
        )
    )


def _render(p: Parse, catalog: Catalog) -> str:
    t = catalog[p.table]
    where = " AND ".join(p.conds)
    if p.count:
        sel = f"{p.group}, count(*)" if p.group else "count(*)"
    elif p.cols is not None:
        sel = ", ".join(p.cols)
    else:
        ns_fixed = any(c.startswith("namespace =") for c in p.conds)
        if p.table == "containers":
            ident = ["pod", "name"] if ns_fixed else ["namespace", "pod", "name"]
        elif p.table == "events":
            if any(c.startswith("involved_name =") for c in p.conds):
                ident = ["type", "reason", "message"]
            elif any(c.startswith("involved_kind =") for c in p.conds):
                ident = ["namespace", "involved_name", "reason"]
                if any(c.startswith("reason =") for c in p.conds):
                    ident = ["namespace", "involved_name", "message"]
            elif any(c.startswith("reason =") for c in p.conds):
                ident = (
                    ["involved_name", "message"] if ns_fixed else ["namespace", "involved_name", "message"]
                )
            elif ns_fixed:
                ident = ["object", "reason", "message"]
            else:
                ident = ["namespace", "object", "reason"]
        elif not t.namespaced or ns_fixed:
            ident = ["name"]
        else:
            ident = ["namespace", "name"]
        extra = [f"{c} / 1024 ^ 3" if p.gib and c in _BYTES else c for c in p.extra]
        sel = ", ".join(dict.fromkeys([*ident, *extra]))
    sql = "SELECT " + ("DISTINCT " if p.distinct else "") + sel + f" FROM {p.table}"
    if where:
        sql += f" WHERE {where}"
    if p.group:
        sql += f" GROUP BY {p.group}"
    if p.order:
        sql += f" ORDER BY {p.order}"
    if p.limit:
        sql += f" LIMIT {p.limit}"
    return sql
