"""The offline translator: a deterministic parser from plain-language questions to kubequery SQL.

It reads a question as a handful of parts — the kind asked about, a namespace, a node, labels,
states, a time window, and the shape of the answer (a list, a count, a group-by, a top-N) —
grounded in the catalog (tables, short names, columns) and, when given, in the cluster's own
names (`Grounding`). A few common multi-table questions (pods on NotReady nodes, services
without endpoints, PVCs with their PVs, pods of a deployment…) have their own recognisers.
Follow-ups edit the previous turn's SQL with sqlglot. Anything that would change the cluster,
read a secret's value, or needs data the cluster does not hold is declined; so is a question
it cannot read with confidence (a decline is better than a wrong answer).

The parts live beside it: `refuse` (what is declined), `states`, `windows` (time), `shape`
(the answer's shape and its SQL), `followup` (edits of the previous turn) and `parsing`
(what they share).
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass
from typing import Any

from kubequery.catalog import Catalog, default_catalog
from kubequery.translate import followup, joins, rx, slots, spelling
from kubequery.translate import lexicon as lx
from kubequery.translate.base import Translation
from kubequery.translate.grounding import Grounding
from kubequery.translate.parsing import VOCAB, Parse, columns_of, is_dimension, normalise, quote, read_labels
from kubequery.translate.refuse import Declined, refuse
from kubequery.translate.shape import HOW_MUCH, read_shape, render
from kubequery.translate.states import STATE_COLUMNS, STATE_TABLES, read_states
from kubequery.translate.windows import read_window

SUGGEST = "Write the query yourself with --sql, or use an LLM translator (--translator llm)."


@dataclass
class OfflineResult:
    """What the offline translator decided, independent of the harness's Translation type."""

    sql: str | None = None
    declined: bool = False
    message: str = ""
    confidence: float | None = None


class OfflineTranslator:
    name = "offline"

    def __init__(self, catalog: Catalog | None = None, grounding: Grounding | None = None) -> None:
        self.catalog = catalog or default_catalog()
        self.grounding = grounding
        self._kinds = self._kind_words(self.catalog)
        self._speller: spelling.Speller | None = None

    # ---------------------------------------------------------------- public
    def translate(self, question: str, *, context: Any = None) -> Translation:
        found = self.answer(question, context=context)
        return Translation(
            sql=found.sql, declined=found.declined, message=found.message, confidence=found.confidence
        )

    def answer(self, question: str, *, context: Any = None) -> OfflineResult:
        namespace = getattr(context, "namespace", None)
        conversation = tuple(getattr(context, "conversation", ()) or ())
        text = self._spell().mend(normalise(question))
        try:
            refuse(text)
            if conversation:
                edited = followup.edit(self, text, conversation[-1], namespace)
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

    def _spell(self) -> spelling.Speller:
        """The speller, built on first use from the catalog's words, the example bank and the lexicon."""
        if self._speller is None:
            texts = [self._lexicon_text()]
            for t in self.catalog:
                texts.append(t.description or "")
                texts.extend(f"{c.name.replace('_', ' ')} {c.description}" for c in t.columns)
            names: set[str] = set()
            if self.grounding is not None:
                names = (
                    set(self.grounding.namespaces) | set(self.grounding.nodes) | set(self.grounding.workloads)
                )
            self._speller = spelling.Speller(spelling.targets(self._kinds), spelling.vocabulary(texts), names)
        return self._speller

    @staticmethod
    def _lexicon_text() -> str:
        from kubequery.paths import data_dir

        words = [
            " ".join(map(str, v)) for v in vars(lx).values() if isinstance(v, (set, frozenset, tuple, dict))
        ]
        with contextlib.suppress(OSError):
            words.append((data_dir("prompts") / "examples.yaml").read_text())
        return " ".join(words)

    # ---------------------------------------------------------------- kinds
    @staticmethod
    def _kind_words(catalog: Catalog) -> dict[str, str]:
        words: dict[str, str] = {}
        for t in catalog:
            words[t.name] = t.name
            for a in t.aliases:
                words[a] = t.name
                words.setdefault(a + "s", t.name)  # "hpas", "pdbs"
            words[t.kind.lower()] = t.name
            words[t.kind.lower() + "s"] = t.name
            spaced = rx.sub(r"(?<=[a-z])(?=[A-Z])", " ", t.kind).lower()  # StorageClass -> storage class
            words.setdefault(spaced, t.name)
            words.setdefault(spaced + ("es" if spaced.endswith("s") else "s"), t.name)
        for bad in ("limits", "pc", "no", "quota", "role", "roles", "endpoint"):
            words.pop(bad, None)
        words.update(lx.KIND_PHRASES)
        return words

    def find_kinds(self, text: str) -> list[tuple[int, str, str]]:
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
        return None if strict or word in VOCAB else word

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
            if ns and w not in ("default",) and w not in VOCAB:
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
            elif rx.search(r"\d", w) and w not in VOCAB:
                return w
        if self.grounding is not None:
            for w in rx.findall(r"[a-z0-9][a-z0-9\-.]*", text):
                if w in self.grounding.nodes:
                    return w
        return None

    def _joined(self, text: str, current: str | None) -> tuple[str, list[str], float] | None:
        """One kind filtered by a related kind: "pods on GPU nodes", "cronjobs whose jobs failed"."""
        namespace, _ = self._namespace(read_labels(text, text)[1], current)
        rest = text
        kinds: list[tuple[int, str, str]] = []
        for kind in self.find_kinds(rest):
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
        per = self._count_per(rest, kinds[:2], namespace)
        if per is not None:
            return per
        (_, _, a), (b_pos, _, b) = kinds[0], kinds[1]
        possessive = rx.search(
            rf"{re.escape(kinds[0][1])}(?:'s|s'|’s)\s+(?:[\w\-]+\s+){{0,2}}?{re.escape(kinds[1][1])}\b", rest
        )
        if possessive:  # "payments-api deployment's pods": the pods, filtered by the deployment
            kinds[0], kinds[1] = (possessive.end() - len(kinds[1][1]), *kinds[1][1:]), kinds[0]
            (_, _, a), (_, _, b) = kinds[0], kinds[1]
        how = joins.relation(a, b, self.catalog[a].namespaced, self.catalog[b].namespaced)
        if not possessive and any(
            m.start <= b_pos < m.end and m.end - m.start > len(kinds[1][1])
            for m in slots.find_columns(rest, self.catalog[a])
        ):
            return None  # the kind word is part of a column of the first kind: "deploys with 0 ready pods"
        if how is None:
            return None
        connectors = list(rx.finditer(_CONNECTOR, rest[:b_pos])) or list(rx.finditer(_ABSENT, rest[:b_pos]))
        b_end = b_pos + len(kinds[1][1])
        trailing = rx.match(_TRAILING_CONNECTOR, rest[b_end:])
        if possessive:
            a_text = rest[possessive.end() - len(kinds[0][1]) :]
            b_text = rest[: possessive.start() + len(kinds[1][1])]
            b_lead = rest[: possessive.start()]
        elif connectors and b_pos - connectors[-1].end() <= 30:
            a_text, b_text = rest[: connectors[-1].start()], rest[connectors[-1].start() :]
            b_lead = rest[connectors[-1].start() : b_pos]
        elif trailing:  # "which nodes are the checkout pods on?"
            a_end = kinds[0][0] + len(kinds[0][1])
            a_text, b_text, b_lead = rest[:a_end], rest[a_end:], rest[a_end:b_pos]
        else:
            return None
        if not kinds[0][1]:  # the kind asked for was implied ("what runs on …")
            a_text = a
        a_text = rx.sub(
            r"\b(running|run|runs|scheduled|that run|which run|living|lives)\s*$", " ", a_text.rstrip()
        )
        b_conds, understood = self._conditions(b, b_text, [namespace] if namespace else [])
        if not namespace and self.catalog[a].namespaced and self.catalog[b].namespaced:
            namespace = self._home(b_conds, {"name": b})  # "fraud-detector deployment's pods"
        if namespace and not self.catalog[a].namespaced and self.catalog[b].namespaced:
            b_conds.insert(0, f"namespace = {quote(namespace)}")  # "nodes hosting payments pods"
        absent = rx.search(r"\b(without|no|not|aren'?t|isn'?t|lack\w*)\b|\bmissing (?:an? )?$", b_lead)
        b_columns: list[str] = []
        ranking = rx.search(r"\b(most|least|fewest|top|how many|count|number of|busiest)\b", rest)
        if not b_conds and not absent:  # "pvcs -> pv and its reclaim policy": columns of the related kind
            if ranking:
                return None
            b_table = self.catalog[b]
            a_columns = {c.name for c in self.catalog[a].columns}
            b_columns = [
                m.column
                for m in [
                    *slots.find_columns(b_text, b_table),
                    # "pods with the zone of their node": a column only the related kind has
                    *(m for m in slots.find_columns(a_text, b_table) if m.column not in a_columns),
                ]
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
            if not b_columns and not rx.search(_USES, b_lead):
                return None  # "pods on nodes" says nothing; "pods that use a pvc" keeps the ones that do
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

    def _home(self, conds: list[str], tables: dict[str, str]) -> str | None:
        """The namespace implied by an object the conditions name, when only one namespace has it."""
        if self.grounding is None:
            return None
        for cond in conds:
            m = rx.fullmatch(r"(?:list_contains\((\w+), |(name) = )'([^']+)'\)?", cond)
            column = m and (m.group(1) or m.group(2))
            if column in tables:
                return self.grounding.home(tables[column], m.group(3))
        return None

    def _count_per(
        self, text: str, kinds: list[tuple[int, str, str]], namespace: str | None
    ) -> tuple[str, list[str], float] | None:
        """ "How many jobs does each cronjob have?": every owner with its count, zero included."""
        if not rx.search(r"\bhow many\b|\bcount\b|\bnumber of\b|#", text):
            return None
        for group, counted in (kinds, kinds[::-1]):
            pos, phrase, a = group
            if (
                a in ("nodes", "namespaces")
                or not rx.search(r"\b(each|per|every|by)\s+(?:\w+\s+)?$", text[max(0, pos - 20) : pos])
                or rx.match(r"\s*(count|number)", text[pos + len(phrase) :])  # "by pod count"
            ):
                continue
            b = counted[2]
            how = joins.relation(a, b, self.catalog[a].namespaced, self.catalog[b].namespaced)
            if how is None:
                continue
            b_text = text[: group[0]] if counted[0] < pos else text[counted[0] :]
            b_conds, understood = self._conditions(b, b_text, [namespace] if namespace else [])
            a_text = a + (f" -n {namespace}" if namespace and self.catalog[a].namespaced else "")
            a_sql, a_understood, confidence = self._parse(a_text, a_text, None)
            if a_sql is None or " JOIN " in a_sql or "count(" in a_sql.lower():
                return None
            sql = joins.count_per(a_sql, b, how, b_conds)
            return sql, [*a_understood, f"counting {b} per {a}", *understood], confidence * 0.9
        return None

    def _conditions(self, table: str, text: str, skip: list[str]) -> tuple[list[str], list[str]]:
        """The filters a phrase puts on `table` ("failed" jobs, nodes "with gpus", "in us-east-1a")."""
        p = Parse(table=table)
        labels, text = read_labels(text, text)
        for key, value, negate in labels:
            p.conds.append(
                ("NOT " if negate else "") + f"map_contains(labels, {quote(key)})"
                if value is None
                else f"labels[{quote(key)}] = {quote(value)}"
            )
        read_states(p, text, text)
        if p.table != table:  # a state rule moved the question to another table
            return [], []
        read_window(p, text, self.catalog[table])
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
        if kind_table:  # a plain name right next to its kind: "the kafka statefulset", "node cp-1"
            kind = "|".join(re.escape(w) for w, t in self._kinds.items() if t == kind_table)
            name = r"([a-z0-9][a-z0-9\-]+)"
            for beside in (rf"\b{name} (?:{kind})\b", rf"\b(?:{kind}) {name}\b"):
                words += [m.group(1) for m in rx.finditer(beside, text) if m.group(1) not in lx.STOPWORDS]
        for word in words:
            kinds = {
                self.catalog[t].kind
                for t in tables
                if t in self.catalog.names() and word in self.grounding.names(t)
            }
            if kinds:
                return (kinds.pop() if len(kinds) == 1 else None), word
        return None

    def _reason_word(self, text: str) -> str | None:
        """An event reason written as one CamelCase word ("failedscheduling") that no pod or container
        state shares ("ErrImagePull" is both)."""
        if self.grounding is None:
            return None
        states = {
            v.lower()
            for table, column in (("pods", "status"), ("pods", "reason"), ("containers", "reason"))
            for v in self.grounding.all_values(table, column)
        }
        for value in self.grounding.values("events", "reason"):
            word = value.lower()
            if (
                len(value) >= 8  # not "BackOff": "jobs that hit the backoff limit" is a job's state
                and len(rx.findall(r"[A-Z]+(?![a-z])|[A-Z][a-z]+", value)) > 1
                and word not in states
                and rx.search(r"\b" + re.escape(word) + r"\b", text)
            ):
                return value
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
                f"WHERE n.name = {quote(node)} GROUP BY n.{alloc}"
            )
        if rx.search(r"\b(per|each|by|every) node|nodes?\b", text):
            if rx.search(r"percent|percentage|%|how full|utili[sz]", text):
                return (
                    f"SELECT n.name, 100.0 * sum(p.{req}) / n.{alloc} FROM nodes n "
                    f"LEFT JOIN pods p ON p.node = n.name GROUP BY n.name, n.{alloc}"
                )
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
        labels, text_nl = read_labels(text, original)
        namespace, rest = self._namespace(text_nl, current)
        p.namespace = namespace
        named = self.find_kinds(rest)
        kinds = [k for k in named if not is_dimension(rest, k)]
        kinds = [k for k in kinds if not self._names_a_node(rest, k)]
        if rest.split()[:1] == ["no"] and not kinds:
            kinds = [(0, "no", "nodes")]
        table = kinds[0][2] if kinds else None
        about = None  # another kind the question is about, when it asks for events
        asks_events = any(k[2] == "events" and rx.match(r"(?:events?|ev|warnings?)\b", k[1]) for k in kinds)
        if asks_events or rx.search(
            r"\bwhat happened\b|\bwhat'?s (been )?going on\b|\bwhat went wrong\b|\bcomplain\w*|"
            r"\bwhat(?:'s| is) happening\b|"
            r"\bkubelet\b.*\breport",
            rest,
        ):
            # a namespace next to events places them ("warnings in this namespace"), it is not their subject
            others = [k[2] for k in kinds if k[2] not in ("events", "namespaces")]
            table, about = "events", (others[0] if others else None)
        if table in _EVENT_SUBJECTS and self._reason_word(rest):
            # "which nodes reported OOMKilling?": the events with that reason, about those nodes when asked
            before = rest[: kinds[0][0]]
            lead = not before or rx.search(r"\b(which|what|list|show|how many)\s+(\w+\s+)?$", before)
            table, about = "events", (table if lead else None)
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
        used = (
            table is None
            and self.grounding is not None
            and rx.search(
                r"\b(who|what|which|anything|anyone)\b.*\b(mounts?|uses?|using|references?)\b", rest
            )
            and next(
                (
                    f"list_contains({column}, {quote(w)})"
                    for column, t in _REFERENCED.items()
                    for w in rx.findall(r"[a-z0-9][a-z0-9\-.]*[a-z0-9]", rest)
                    if "-" in w and w in self.grounding.names(t)
                ),
                None,
            )
        )
        if used:
            table = "pods"  # "who mounts checkout-api-secrets?": the pods that use it
            p.conds.append(used)
        if table is None and labels:  # "-l app=reviews -n bookinfo": a selector with no kind lists pods
            table = "pods"
        if table is None and named:  # only a dimension was named: "how much RAM does each node have"
            table = named[-1][2]
        if (
            table is None
            and (namespace or self._node(rest))
            and not rx.search(r"\b(use|uses|using|usage)\b", rest)
        ):
            table = (
                "pods"  # "what's running in payments?", "anything on worker-3": pods, as kubectl get would
            )
        if table is None:
            return None, p.understood, 0
        p.table = table
        p.understood.append(f"table {table}")
        t = self.catalog[table]
        if namespace and t.namespaced:
            p.understood.append(f"namespace {namespace}")
            p.conds.append(f"namespace = {quote(namespace)}")
        elif namespace and table == "namespaces":
            p.conds.append(f"name = {quote(namespace)}")
        node = self._node(rest)
        subject = None  # the one object an events question is about, by name
        if node and table in ("pods", "containers"):
            p.conds.append(f"node = {quote(node)}")
            p.understood.append(f"node {node}")
        elif (
            table == "events" and node and rx.search(r"\bkubelet\s*(?:on|@|at|of)\s*" + re.escape(node), rest)
        ):
            # "the kubelet on worker-7": what that node's kubelet reported, about anything
            p.conds.append(f"source_host = {quote(node)}")  # the source itself is read as a value below
            p.understood.append(f"reported by the kubelet on {node}")
        elif table == "events" and (node or about or self._object_named(rest)):
            named = None if node else self._object_named(rest, about)
            subject = named[1] if named else None
            kind = "Node" if node else self.catalog[about].kind if about else named[0] if named else None
            if kind:
                p.conds.append(f"involved_kind = {quote(kind)}")
            if node or named:
                p.conds.append(f"involved_name = {quote(node or named[1])}")  # type: ignore[index]
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
                p.conds.append(("NOT " if negate else "") + f"map_contains({col}, {quote(key)})")
            else:
                p.conds.append(f"{col}[{quote(key)}] = {quote(value)}")
            p.understood.append(f"label {key}" + (f"={value}" if value else ""))
        if self.grounding is not None and "labels" in columns and not labels:
            for key, value in _label_values_named(rest, self.grounding.label_values(table), namespace):
                p.conds.append(f"labels[{quote(key)}] = {quote(value)}")
                p.understood.append(f"label {key}={value}")
        if self.grounding is not None and "labels" in columns:
            for m in rx.finditer(
                r"\b(?:their|its|the|show|with|and|plus)\s+([a-z0-9][a-z0-9./\-_]*)\s+labels?\b", rest
            ):
                if m.group(1) in self.grounding.label_keys and not any(k == m.group(1) for k, _, _ in labels):
                    p.extra.append(f"labels[{quote(m.group(1))}]")
                    p.understood.append(f"showing label {m.group(1)}")
            m = rx.search(r"\bshow\s+([a-z0-9][a-z0-9./\-_]*)\b", rest)
            if m and m.group(1) in self.grounding.label_keys and labels:  # "-l app=reviews, show version"
                p.extra.append(f"labels[{quote(m.group(1))}]")
        if table == "events" and self.grounding is not None:
            reason = _spelt_value(rest, self.grounding.values("events", "reason"))
            if reason:  # a reason this cluster's events carry, however it is spelt ("backoff-limit-exceeded")
                p.conds.append(f"reason = {quote(reason)}")
                p.understood.append(f"reason {reason}")
        if not read_states(p, rest, original):
            return None, p.understood, 0
        read_window(p, rest, self.catalog[p.table])
        _names(p, rest, original)
        self._slots(p, rest, skip_words=[*(w for w in (namespace, node, subject) if w), *self._kinds])
        if t.namespaced and not any(c.startswith("namespace =") for c in p.conds):
            home = self._home(p.conds, _REFERENCED)  # "who mounts checkout-api-secrets": where it lives
            if home:
                p.conds.insert(0, f"namespace = {quote(home)}")
        p.gib = bool(rx.search(r"\b(gib|gi|gb)\b", rest))
        p.wants_message = bool(rx.search(r"\b(saying|say|says|messages?)\b", rest))
        named_env = [
            m.group(1)
            for pattern in (
                r"\benv\w*(?: var\w*)?\s+([a-z][a-z0-9_]+)",
                r"\b([a-z][a-z0-9_]+)\s+(?:env\w*|variable)",
            )
            for m in rx.finditer(pattern, rest)
        ]
        upper = {w.lower(): w for w in rx.findall(r"[A-Za-z_][A-Za-z0-9_]*", original) if w.isupper()}
        name = next((upper[w] for w in named_env if w in upper), None)
        if name and "env_names" in columns:  # "ctrs missing env LOG_LEVEL": the variable's name, as written
            absent = rx.search(r"\b(missing|without|don'?t|doesn'?t|not|no|lack\w*)\b", rest)
            p.conds.append(("NOT " if absent else "") + f"list_contains(env_names, {quote(name)})")
            p.understood.append(f"env {name}")
        read_shape(p, rest, self)
        if p.table == "events" and p.cols is None and not p.group:
            self._event_columns(p, rest)
        return render(p, self.catalog), p.understood, 0.85

    def _event_columns(self, p: Parse, text: str) -> None:
        """The events' columns a question asks for: "reason and message", "which pods got Killing events"
        (the pods, once each), "object + reason"."""
        asked = [c for c, pattern in _EVENT_COLUMNS if rx.search(pattern, text)]
        if any(c.startswith("count ") for c in p.conds) and not p.count:
            p.extra.append("count")  # "events that repeated more than 100 times": how many times each did
        if any(c.startswith("involved_name =") for c in p.conds):
            if asked and not p.count:  # one object's events: just what is asked
                p.cols, p.distinct = asked, asked == ["reason"]
            return
        kind = next((c.split("= ")[1].strip("'") for c in p.conds if c.startswith("involved_kind =")), None)
        lead = r"(?:^|\b(?:which|what|list|show(?: me)?|the|all|how many)\s+|[:,(+]\s*)"
        # "which pods got …", "which objects …": the subjects asked for, each once
        subjects = rx.search(r"\b(?:which|what) objects\b", text) or any(
            t in _EVENT_SUBJECTS
            and self.catalog[t].kind == kind
            and rx.search(lead + re.escape(phrase) + _SUBJECT_VERB, text)
            for _, phrase, t in self.find_kinds(text)
        )
        if p.count:
            if subjects and kind:  # "how many pods got BackOff events": pods, not events
                ns_fixed = any(c.startswith("namespace =") for c in p.conds)
                one = "involved_name" if ns_fixed or kind == "Node" else "(namespace, involved_name)"
                p.count, p.cols = False, [f"count(DISTINCT {one})"]
            return
        if not subjects and asked == ["reason"] and rx.search(_JUST_REASONS, text):
            p.cols, p.distinct = ["reason"], True  # "the distinct warning reasons in payments"
            return
        if not subjects and not rx.search(r"\bobjects?\b(?!\s*=)", text):  # "object and reason": a column
            return
        ns_fixed = any(c.startswith("namespace =") for c in p.conds)
        ident = "involved_name" if kind or any(c.startswith("reason =") for c in p.conds) else "object"
        p.cols = [*([] if ns_fixed or kind == "Node" else ["namespace"]), ident, *asked]
        p.distinct = bool(subjects) and "message" not in asked

    def _slots(self, p: Parse, text: str, skip_words: list[str]) -> None:
        """The catalog-driven slots: numbers compared, flags, cluster values, columns asked to see."""
        table = self.catalog[p.table]
        taken = columns_of(p.conds)
        for cond, words in slots.numeric_conditions(text, table):
            if columns_of([cond]) & taken:
                continue
            p.conds.append(cond)
            p.understood.append(words)
        taken = columns_of(p.conds)
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
        taken = columns_of(p.conds)
        if self.grounding is not None:
            owned = taken | (STATE_COLUMNS if p.table in STATE_TABLES else {"name"})
            for cond, value in slots.value_conditions(text, table, self.grounding.values, owned, skip_words):
                p.conds.append(cond)
                p.understood.append(value)
                if " IN (" in cond:
                    p.listed = cond.split()[0]
        if self.grounding is not None:
            for cond, value in slots.adjacent_values(
                text, table, self.grounding.all_values, columns_of(p.conds)
            ):
                p.conds.append(cond)
                p.understood.append(value)
        for cond, words in slots.list_conditions(text, table, columns_of(p.conds)):
            p.conds.append(cond)
            p.understood.append(words)
        own_words = [w for w, name in self._kinds.items() if name == table.name]
        filtered = columns_of([c for c in p.conds if not c.startswith(("len(", "coalesce(len("))])
        for column in slots.projections(
            text, table, filtered, own_words
        ):  # "nodes with taints and what they are"
            if column not in p.extra:
                p.extra.append(column)
                p.understood.append(f"showing {column}")

    # ---------------------------------------------------------------- special intents
    def _special(self, text: str, original: str, current: str | None) -> str | None:
        ns, rest = self._namespace(text, current)
        counting = not rx.search(HOW_MUCH + r"|how many times", text) and bool(
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
                where = f"s.namespace = {quote(ns)} AND " + where
            cols = "count(*)" if counting else ("s.name" if ns else "s.namespace, s.name")
            return (
                f"SELECT {cols} FROM services s LEFT JOIN endpoints e ON e.namespace = s.namespace "
                f"AND e.name = s.name WHERE {where}"
            )
        if (
            rx.search(r"\b(pvcs?|claims?)\b", text)
            and rx.search(r"\b(pvs?|persistent volumes?|volumes?)\b(?! claim)", text)
            and rx.search(r"\bto\b|bound|with their|each|which", text)
            and not rx.search(r"pending", text)
        ):
            cols, where = (
                (["c.name"], [f"c.namespace = {quote(ns)}"]) if ns else (["c.namespace", "c.name"], [])
            )
            cols.append("v.name")
            pv = self.catalog["persistentvolumes"]
            cols += [
                f"v.{m.column}"
                for m in slots.find_columns(rest, pv)
                if m.column not in ("name", "namespace", "status") and not m.column.startswith("claim")
            ]
            if self.grounding is not None:
                where += [
                    f"c.name = {quote(w)}"
                    for w in rx.findall(r"[a-z0-9][a-z0-9\-.]*[a-z0-9]", rest)
                    if "-" in w and w in self.grounding.names("persistentvolumeclaims")
                ][:1]
            return (
                f"SELECT {', '.join(dict.fromkeys(cols))} FROM persistentvolumeclaims c "
                "JOIN persistentvolumes v ON v.name = c.volume"
                + (f" WHERE {' AND '.join(where)}" if where else "")
            )
        m = rx.search(r"(?:deployment|deploy)[/ ]([a-z0-9][a-z0-9\-]*)", text)
        m = (
            m
            if m and m.group(1) not in lx.STOPWORDS
            else rx.search(r"([a-z0-9][a-z0-9\-]*)(?:'s)? (?:deployment|deploy)\b", text)
        )
        if m and rx.search(r"\bpods?\b|\bpo\b", text):
            name = m.group(1)
            if name not in lx.STOPWORDS and name not in VOCAB and ns:
                cols = "p.name"
                if rx.search(r"status", text):
                    cols += ", p.status"
                return (
                    f"SELECT {cols} FROM pods p JOIN replicasets r ON r.namespace = p.namespace "
                    f"AND r.name = p.owner_name WHERE p.namespace = {quote(ns)} "
                    f"AND r.owner_kind = 'Deployment' AND r.owner_name = {quote(name)}"
                )
        m = rx.search(r"\b(configmap|config map|cm|secret)\s+([a-z0-9][a-z0-9.\-]*)", text)
        if (
            m
            and m.group(2) not in VOCAB
            and rx.search(r"\b(use|uses|using|mount|mounts|mounting|reference|references)\b", text)
        ):
            col = "secrets" if m.group(1) == "secret" else "configmaps"
            where = f"list_contains({col}, {quote(m.group(2))})"
            if ns:
                where = f"namespace = {quote(ns)} AND " + where
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
            r"events? (?:for|of|about|on) (?:the )?(pod|po|deployment|deploy|node|job|service|svc)\s+"
            r"([a-z0-9][a-z0-9.]*[\-0-9][a-z0-9.\-]*)",  # a name: a dash or a digit in it
            text,
        )
        if m:
            kind = {"po": "Pod", "deploy": "Deployment", "svc": "Service"}.get(
                m.group(1), m.group(1).capitalize()
            )
            where = f"involved_kind = {quote(kind)} AND involved_name = {quote(m.group(2))}"
            if ns:
                where = f"namespace = {quote(ns)} AND " + where
            return f"SELECT {'count(*)' if counting else 'type, reason, message'} FROM events WHERE {where}"
        m = rx.search(r"exit(?:ed)?(?: with)? code (\d+)|exit code (\d+)", text)
        if m:
            code = m.group(1) or m.group(2)
            return f"SELECT namespace, pod, name FROM containers WHERE exit_code = {code} OR last_exit_code = {code}"  # noqa: E501 - one pattern reads best on one line
        m = rx.search(r"\b([a-z0-9.\-]+\.[a-z]{2,}(?::\d+)?/[a-z0-9./\-_]+:[a-z0-9.\-_]+)", original.lower())
        if m:
            return f"SELECT namespace, pod FROM containers WHERE image = {quote(m.group(1))}"
        capacity = self._capacity(text)
        if capacity:
            return capacity
        quota = _quota(text, ns)
        if quota:
            return quota
        sidecar = self._container_named(text)
        if sidecar and rx.search(r"\bpods?\b|\bpo\b", text):  # "pods with a kube-rbac-proxy sidecar"
            where = f"name LIKE {quote(sidecar + '%')}"
            if ns:
                return f"SELECT DISTINCT pod FROM containers WHERE namespace = {quote(ns)} AND {where}"
            return f"SELECT DISTINCT namespace, pod FROM containers WHERE {where}"
        m = rx.search(r"\b((?:[a-z0-9\-]+\.)+(?:io|com|dev|net|org|cloud|local))\b(?!/)", text)
        if (
            m
            and rx.search(r"\b(images?|pull\w*|registry|containers?|from)\b", text)
            and "docker" not in m.group(1)
        ):
            like = quote(m.group(1) + "/%")
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


# Words that join the kind asked for to the kind that filters it ("pods *on* GPU nodes").
_CONNECTOR = (
    r"\b(on|of|in|from|belonging to|owned by|managed by|controlled by|created by|whose|with|that|which|"
    r"using|uses|use|mounting|mount|behind|bound to|for|attached to|targeting|via|through|under|backing|"
    r"belongs? to|back|backs|hosting|hosts|serving|serves|part of|owning|owns|own|"
    r"(?:and|with|plus) (?:its|their)|"
    r"used by|referenced by|mounted by)\b|->"
)
# List columns that name objects of another table, for the namespace such a name implies.
_REFERENCED = {"configmaps": "configmaps", "secrets": "secrets", "pvcs": "persistentvolumeclaims"}
# Connectors that make the related kind a requirement even without filters: "pods using a pvc".
_USES = (
    r"\b(use|uses|using|used by|mount\w*|referenc\w*|bound to|backing|backs?|behind|targeting|"
    r"hosting|hosts?|owning|owns?|belongs? to)\b"
)
# The same words after the related kind: "which nodes are the checkout pods on?"
_TRAILING_CONNECTOR = (
    r"\s*(?:(?:are|is|do|does)\s+)?(?:on|in|under|using|use|belong to|running on|run on|scheduled on|"
    r"live on|living on|mounted (?:on|by|in)|bound to|attached to|for)\s*[?.!]*\s*$"
)
_ABSENT = r"\b(without|have no|has no|with no|lacking|with (?:a |an )?missing|no)\b"
_RUNS_ON = r"\b(what|which|anything|who)\b.*\b(runs?|running|scheduled|is on|lives?)\b"


# Words that ask to see a column of events ("reason and message", "what object and why").
_EVENT_COLUMNS = (
    ("type", r"\btypes?\b(?!\s*=)"),
    ("reason", r"\breasons?\b(?!\s*=)|\bwhat reason\b|(?:\band|\+|,)\s+why\b"),
    ("message", r"\b(?:messages?|msgs?|say|says|saying|said|errors?)\b"),
)
# Reasons asked for on their own: "the distinct warning reasons", "which reasons appear …".
_JUST_REASONS = (
    r"\b(?:distinct|different|unique|which|what|list)\s+(?:\w+\s+)?reasons\b"
    r"|\b(?:just|only) (?:the )?reasons\b"
)
# What follows a kind asked for as the events' subject: "pods that got …", "which nodes reported …"
# (not "which pods are failing health checks": what the events say is the answer there).
_SUBJECT_VERB = (
    r"(?:\s+(?:that|which|who|with|have|has|had|got|get|gets|reported|report|stuck|did|do)\b"
    r"|\s*[?,.]|\s*$)"
)
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
    where = f" WHERE namespace = {quote(namespace)}" if namespace else ""
    ident = "name" if namespace else "namespace, name"
    if key:
        k = _QUOTA_KEYS.get(key.group(1), key.group(1))
        return f"SELECT {ident}, hard[{quote(k)}], used[{quote(k)}] FROM resourcequotas{where}"
    return f"SELECT {ident}, hard, used FROM resourcequotas{where}"


def _spelt_value(text: str, values: frozenset[str]) -> str | None:
    """The CamelCase value the text spells, with or without spaces or dashes: "backoff limit exceeded"."""
    for value in sorted(values, key=len, reverse=True):
        words = [w.lower() for w in re.findall(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+", value)]
        if len(value) >= 8 and len(words) > 1 and rx.search(r"\b" + r"[\s\-_]?".join(words) + r"\b", text):
            return value
    return None


def _names(p: Parse, text: str, original: str) -> None:
    m = rx.search(r"\b(?:named|called)\s+([a-z0-9][a-z0-9.\-]*)", text)
    if m:
        p.conds.append(f"name = {quote(m.group(1))}")
        p.understood.append(f"named {m.group(1)}")
        return
    m = rx.search(r"\b(?:like|matching|containing|starting with)\s+['\"]?([a-z0-9][a-z0-9.\-]*)", text)
    if m and m.group(1) not in lx.STOPWORDS:
        p.conds.append(f"name LIKE {quote('%' + m.group(1) + '%')}")
        p.understood.append(f"name like {m.group(1)}")
