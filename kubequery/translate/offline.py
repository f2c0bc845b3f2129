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
(the answer's shape and its SQL), `followup` (edits of the previous turn), `slots` (columns and
values the catalog and the cluster name), `joins` (relations between kinds), `rbac` (permission
questions), `cron` (how often a cron job runs, in words), `reasons` (event reasons in words),
`spelling` (typos mended) and `parsing` (what they share).
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import sqlglot
from sqlglot import exp

from kubequery.catalog import Catalog, Table, default_catalog
from kubequery.compiler import compile_query
from kubequery.errors import KubequeryError
from kubequery.translate import (
    cron,
    evphrase,
    followup,
    joins,
    negation,
    placement,
    rbac,
    reasons,
    rx,
    slots,
    spelling,
    story,
    totals,
)
from kubequery.translate import lexicon as lx
from kubequery.translate.base import Translation
from kubequery.translate.grounding import Grounding
from kubequery.translate.parsing import (
    ALL_NAMESPACES,
    ELAPSED,
    NUMW,
    VOCAB,
    LabelCondition,
    Parse,
    columns_of,
    cpu_unit,
    is_dimension,
    label_condition,
    normalise,
    number,
    quote,
    read_annotations,
    read_labels,
    size_unit,
    without_courtesies,
)
from kubequery.translate.refuse import Declined, refuse
from kubequery.translate.shape import (
    _DIM_WORDS,
    DIMS,
    HOW_MUCH,
    LEADING_AMOUNT,
    OCCURRENCES,
    amount_column,
    read_shape,
    render,
    scale_shown,
    unit_of,
)
from kubequery.translate.states import EVICTED_FOR, MISSCHEDULED, STATE_COLUMNS, STATE_TABLES, read_states
from kubequery.translate.windows import asked_time, read_window, recent_window, time_extreme

# Words that leave a question as it is: "list all pods currently running" lists them all.
_FILLERS = frozenset(
    ["currently", "right", "now", "all", "every", "everything", "entire", "whole", "exist", "existing"]
    + ["overview", "summary", "general", "actually", "really", "just", "basically", "ever", "various"]
    + ["different", "complete", "full", "thanks", "please", "kindly", "cluster", "here", "there"]
)
# verbs that ask, never pick: "what can role x do"
_MODALS = frozenset(
    ["can", "could", "should", "will", "would", "may", "might", "must", "shall", "does", "did"]
)
# words that ask for a list without picking from it: "what is still around", "what's defined in data"
_LISTING_WORDS = frozenset(
    ["current", "still", "around", "defined", "present", "deployed", "installed", "created", "left"]
    + ["remaining", "kubectl", "apply", "run", "runs", "running", "names", "named", "objects", "things"]
    + ["stuff", "called"]
    + ["inside", "living", "lives", "live", "sitting", "sit", "find", "see", "know", "want", "need"]
    + ["across", "throughout", "anywhere", "everywhere", "got", "gotten", "exist", "exists", "existing"]
)
# words of column names too common to say which objects are meant ("the name", "used")
_PLAIN_COLUMN_WORDS = frozenset(
    ["name", "namespace", "uid", "count", "created", "age", "labels", "annotations", "raw", "kind", "object"]
    + ["allow", "use", "used", "status"]
)
# words that pick some objects whatever they qualify: "svc selecting nothing", "unused cms"
_PICKING_WORDS = frozenset(
    ["nothing", "none", "nobody", "no", "without", "missing", "unused", "orphan", "orphaned", "dangling"]
    + ["stale", "broken", "empty", "unhealthy", "healthy", "stuck", "idle", "unbound", "unmounted"]
)
_WIDE = frozenset(["all-namespaces", "cluster-wide", "x-ray"])
# kinds a question about a table may name without picking among its objects
_SAME_OBJECTS = {
    "services": {"endpoints"},  # a service's endpoints share its name
    "endpoints": {"services"},
    "containers": {"pods"},
    "limitranges": {"pods", "containers"},  # what a limit range sets defaults for
}
# words before "<kind> <name>" that make a plain word a name: "pods of deployment web"
_NAMING_WORDS = {"of", "for", "to", "by", "from", "using", "uses", "use", "behind", "named", "called"}
# Kinds whose objects are named by hand, said after their name: "the payments-api deployment"
_NAMED_BEFORE_KIND = {"deployments", "statefulsets", "daemonsets", "cronjobs", "services"}
_NAMING_WORDS |= {"in", "on", "with", "is", "was", "does", "did", "about"}
_NAMING_WORDS |= {"owns", "own", "owning", "mounts", "mount", "mounting", "references", "referencing"}
# the asker's namespace said outright: "in my namespace", "my current ns" (and "what namespace am i in?")
_MINE_SAID = (
    r"\b(?:in|from|within|inside)\s+(?:the\s+)?(?:this|my|current|our)\s+(?:namespace|ns)\b"
    r"|\bmy current (?:namespace|ns)\b"
)
# words that say the asker's namespace without naming it: "in current ns", "in this namespace"
_OWN_NAMESPACE = {"current", "this", "my", "our", "your", "same", "that", "the", "each", "every", "all"}
# words that say which class without naming it: "the default storage class", "a different priority class"
_CLASS_WORDS = {
    *("default", "same", "different", "other", "another", "given", "new", "old", "one", "each", "every"),
    *("any", "that", "this", "their", "its", "non-default", "wrong", "right", "highest", "lowest"),
    *("real", "missing", "existing", "nonexistent", "non-existent", "unknown", "invalid", "valid", "deleted"),
    *("absent", "known", "actual", "undefined", "defined", "removed", "gone", "used", "unused"),
}
# the kinds whose objects a story may name ("the tf-serving pod keeps …"), beside nodes and workloads
_NAMED_IN_STORIES = (
    "pods", "services", "persistentvolumeclaims", "horizontalpodautoscalers", "jobs", "ingresses"
)
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
        self._found_kinds: dict[str, list[tuple[int, str, str]]] = {}  # one question's texts, read once each

    @functools.cached_property
    def _column_names(self) -> frozenset[str]:
        return frozenset(c.name for t in self.catalog for c in t.columns)

    @functools.cached_property
    def _image_repositories(self) -> frozenset[str]:
        """The repositories of the cluster's images ("busybox" of docker.io/library/busybox:1.36)."""
        held = self.grounding.all_values("containers", "image") if self.grounding is not None else ()
        return frozenset(_repository(image) for image in held)

    @functools.cached_property
    def _names(self) -> frozenset[str]:
        """The cluster's namespace, node and workload names."""
        g = self.grounding
        return g.namespaces | g.nodes | g.workloads if g is not None else frozenset()

    def _secret_names_masked(self, text: str) -> str:
        """The text with a secret's own name, said as a secret's name, masked: "pods using secret
        mysql-credentials" names a secret (metadata), it does not ask for a credential's value."""
        if self.grounding is None:
            return text
        known = self.grounding.names("secrets")

        def mask(m: re.Match) -> str:
            return m.group(0).replace(m.group(1), "named-object") if m.group(1) in known else m.group(0)

        # "who mounts mysql-credentials": a secret named as what is mounted or used
        used = r"\b(?:mounts?|mounting|uses?|using|references?|referencing) ([a-z0-9][\w.\-]*)"
        text = rx.sub(used, mask, text)
        if not rx.search(r"\bsecrets?\b", text):
            return text
        text = rx.sub(r"\bsecrets? ([a-z0-9][\w.\-]*)", mask, text)  # "secret mysql-credentials"
        return rx.sub(r"\b([a-z0-9][\w.\-]*)(?= secrets?\b)", mask, text)  # "the mysql-credentials secret"

    def _with_uid(self, question: str, uid: re.Match, context: Any) -> OfflineResult:
        """The question without its uid, answered, then narrowed to the object the uid names (an event's
        involved object, or the object itself)."""
        said = re.sub(
            r"\s*(?:(?:the\s+)?(?:object|resource|thing)\s+)?(?:with|whose|of|for)?\s*(?:involved\s*object\.?)?"
            r"\s*uid\s*(?:is|=|:)?\s*$", "", question[: uid.start()], flags=re.IGNORECASE,
        )
        found = self.answer(f"{said} {question[uid.end():]}".strip(), context=context)
        if found.declined or found.sql is None:
            return found
        tree = sqlglot.parse_one(found.sql, read="duckdb")
        source = tree.find(exp.From)
        table = source.this.name if source and isinstance(source.this, exp.Table) else None
        if table is None or tree.args.get("joins"):
            message = f"The offline translator could not place the uid. {SUGGEST}"
            return OfflineResult(declined=True, message=message)
        column = "involved_uid" if table == "events" else "uid"
        tree = tree.where(f"{column} = {quote(uid.group(0).lower())}", copy=False, dialect="duckdb")
        listed = [e.alias_or_name for e in tree.expressions]
        if column == "involved_uid" and listed[-1:] in (["reason"], ["message"]) and "object" in listed:
            # one object's events, as its own are shown: by type, reason and message
            tree.set("expressions", [exp.column(c) for c in ("type", "reason", "message")])
        sql = tree.sql(dialect="duckdb")
        return OfflineResult(sql=sql, confidence=min(found.confidence, 0.8), message=found.message)

    # ---------------------------------------------------------------- public
    def translate(self, question: str, *, context: Any = None) -> Translation:
        try:
            found = self.answer(question, context=context)
        except RecursionError:  # two readers handing a question back and forth: a decline, not a crash
            message = f"The offline translator could not settle on a reading of this question. {SUGGEST}"
            found = OfflineResult(declined=True, message=message)
        refused = found.declined and _refused_outright(found.message)  # a change asked for says so first
        unset = not getattr(context, "namespace", None)
        # (a namespace said at all, before the question is normalised again: normalising costs)
        said = unset and not refused and rx.search(r"\b(?:namespace|ns)\b", question.lower())
        if said and rx.search(_MINE_SAID, normalise(question)):
            # "pods in my namespace" with none set: the answer would cover every namespace
            message = (
                "The question says your current namespace, but none is set; name the namespace "
                '("pods in payments") or pass -n.'
            )
            found = OfflineResult(declined=True, message=message)
        # "GiB of pvcs per namespace", "how many different nodes are the storefront pods on?": a count of the
        # objects would answer with another number
        asked = question.lower()
        for check, answer in (
            (_unit_unread, "count objects, not add up their sizes"),
            (_places_uncounted, "count the objects, not the places they are in"),
            (_one_counted, "count the one object named (one), not what it has"),
        ):
            missed = check(asked, found.sql) if found.sql and not found.declined else None
            if missed:
                message = (
                    f"The offline translator did not read '{missed}' into the query; without it the answer "
                    f"would {answer}. {SUGGEST}"
                )
                found = OfflineResult(declined=True, message=message)
        if found.sql and not found.declined:
            found.sql = _claims_namespace(found.sql)
            try:  # two readings stitched together can name a column no table has: a decline, not an error
                compile_query(found.sql, self.catalog, datetime.now(UTC))
            except KubequeryError as e:
                misfit = str(e).splitlines()[0]
                message = f"The offline translator built a query the tables do not fit ({misfit}). {SUGGEST}"
                found = OfflineResult(declined=True, message=message)
        return Translation(
            sql=found.sql, declined=found.declined, message=found.message, confidence=found.confidence
        )

    def answer(self, question: str, *, context: Any = None) -> OfflineResult:
        """The question read whole; when it is told after a story and stands alone (story.py), the question
        alone is read too, and its answer wins: the story's words are no filters and no refusals."""
        found = self._answer_here(question, context)
        told = story.split(question.lower(), *self._story_nodes_and_pods)
        if told is None:
            # "… never came up. what warnings are its pods getting?": the pods of the workload the story names
            told = story.object_pointed_back(question.lower(), self._story_objects)
            if told is None or told.pod and not found.declined and f"'{told.pod}'" in (found.sql or ""):
                return found  # (a pod the whole question already reads: "its node" may be that pod's)
        if found.declined and _refused_outright(found.message) and story.ordered_change(told.story):
            return found  # "please restart x. which pods are left?": the order stands
        if self._names_an_object(told.story) and not self._names_an_object(told.question):
            return found  # "the blackbox-exporter pod … three containers. give me restarts per container"
        asked = told.question
        held = self.grounding.namespaces if self.grounding else frozenset()
        named = story.namespace_named(told.story, asked, held)
        if named:
            asked = f"{asked.rstrip('?.! ')} in {named}"
        alone = self._answer_here(asked, context)
        return found if alone.declined else alone

    @functools.cached_property
    def _story_nodes_and_pods(self) -> tuple[frozenset[str], frozenset[str]]:
        """The cluster's node and pod names, which a question may point back at after a story names one."""
        g = self.grounding
        if g is None:
            return frozenset(), frozenset()
        pods: frozenset[str] = frozenset()
        with contextlib.suppress(Exception):  # a cluster without pods the asker may read names none
            pods = g.names("pods")
        return g.nodes, pods

    @functools.cached_property
    def _story_objects(self) -> dict[str, str]:
        """The cluster's workloads and pods, by name, with their kind (a name two kinds share: none)."""
        g = self.grounding
        kinds: dict[str, str] = {}
        if g is None:
            return kinds
        for table, kind in (("deployments", "deployment"), ("statefulsets", "statefulset"),
                            ("daemonsets", "daemonset"), ("jobs", "job"), ("pods", "pod")):
            with contextlib.suppress(Exception):  # a cluster without that kind names none of it
                for name in g.names(table):
                    kinds[name] = kind if name not in kinds else ""
        return {name: kind for name, kind in kinds.items() if kind}

    @functools.cached_property
    def _story_names(self) -> frozenset[str]:
        """The names of the cluster's nodes, workloads, pods, claims … (not its namespaces), read once."""
        g = self.grounding
        if g is None:
            return frozenset()
        held = g.nodes | g.workloads
        for table in _NAMED_IN_STORIES:
            with contextlib.suppress(Exception):  # a cluster without that kind names none of it
                held = held | g.names(table)
        return held - g.namespaces

    def _names_an_object(self, text: str) -> bool:
        """Whether the text names one of the cluster's objects (a node, a workload, a pod, a claim …)."""
        return any(w in self._story_names for w in rx.findall(r"[a-z0-9][a-z0-9.\-]*[a-z0-9]", text))

    def _answer_here(self, question: str, context: Any) -> OfflineResult:
        current = getattr(context, "namespace", None)
        if current:  # "deployments here and in team-a": the asker's namespace named beside the other
            mine = r"(?:here|(?:in )?(?:this|my|the current) (?:namespace|ns))"
            also = r" (and|or|plus|\+) (?:in )?(?=[a-z0-9])"
            said = rx.sub(rf"\b{mine}{also}", rf"in {current} \1 ", question.lower())
            said = rx.sub(rf"(\bin [a-z0-9][a-z0-9\-]* (?:and|or|plus|\+) ){mine}\b", rf"\1{current}", said)
            question = said if said != question.lower() else question
        found = _ranked_in_unit(question.lower(), self._answer(question, context=context))
        if not found.declined and not getattr(context, "conversation", ()) and rx.match(
            r"\W*(?:why|how come)\b", question.lower()
        ):  # "why can't the vllm pod start?", read as the pods alone: what their events say
            told = _why_listed_pods(found.sql)
            if told is not None:
                return dataclasses.replace(found, sql=told)
        here = r"(?<!\bin )(?<!\bfrom )\bhere\b"
        # "restarts here", "qos classes here": read as "… in this namespace" says them
        if found.declined and not found.confidence and current and rx.search(here, question.lower()):
            again = self._answer(rx.sub(here, "in this namespace", question.lower()), context=context)
            if not again.declined:
                return again
        if found.declined and not _refused_outright(found.message):
            # "for each service in shop, its type and cluster ip": the objects with what is asked of each
            mended = self._mended(question)
            each = self._for_each(mended, context)
            if each is not None:
                return each
            # "for each pod in team-b, its owner" is said "owner of each pod in team-b": read again as said
            again = self._answer(mended, context=context) if mended != question.strip().lower() else found
            if not again.declined:
                return again
            # "default cpu and memory requests and limits in payments": what the parser could not put together
            defaults = self._limit_range_defaults(mended, getattr(context, "namespace", None))
            if defaults is not None:
                return OfflineResult(sql=defaults, confidence=0.6, message="understood: limit range defaults")
        dropped = self._node_dropped(question, found)
        if dropped:  # "worker-6 is getting replaced. what claims do its pods have?": not every pod's
            message = (
                f"The offline translator did not read the node '{dropped}' into the query; without it the "
                f"answer would be about every node. {SUGGEST}"
            )
            return OfflineResult(declined=True, message=message, confidence=0.0)
        return found

    def _node_dropped(self, question: str, found: OfflineResult) -> str | None:
        """A node the question names that the query reads nowhere (nor a node state it was read as)."""
        if found.declined or not found.sql or self.grounding is None:
            return None
        read = found.sql.lower()
        if rx.search(r"\bnodes?\b", read):
            return None  # the nodes read (each one's count, say): the one named is among them
        for word in rx.findall(r"(?<![\w\-.])[a-z][a-z0-9\-]*\d[a-z0-9\-]*(?![\w\-])", question.lower()):
            if word in self.grounding.nodes and word not in read:
                return word
        return None

    def _mended(self, question: str) -> str:
        """The question with its typos mended, then normalised: normalising reads words ("empty namespaces")
        that a typo would hide."""
        return normalise(self._spell().mend(question.strip().lower()))

    def _image_containers(self, text: str) -> str:
        """ "pods with a busybox container", "po w/ postgres ctrs": the pods running that image (the word is
        an image's repository), as most askers mean by it, whatever the containers are called."""
        repos = self._image_repositories
        return rx.sub(
            r"\b(pods?|po)\b((?: in [a-z0-9][\w\-]*| -n [a-z0-9][\w\-]*)?)(?: that| which)? "
            r"(?:have|has|having|with|w/) (?:an? |the )?([a-z0-9][\w.\-]*)"
            r"(?: (?:containers?|ctrs?|sidecars?)\b|(?=\W*$))",  # or said last: "pods with kube-rbac-proxy"
            lambda m: f"{m.group(1)}{m.group(2)} running {m.group(3)}" if m.group(3) in repos else m.group(0),
            text,
        )

    def _answer(self, question: str, *, context: Any = None) -> OfflineResult:
        uid = re.search(_UID, question, flags=re.IGNORECASE)
        if uid is not None:  # "events for the object with uid bb131b3d-…": that one, read apart
            return self._with_uid(question, uid, context)
        self._found_kinds = {}
        namespace = getattr(context, "namespace", None)
        conversation = tuple(getattr(context, "conversation", ()) or ())
        text = self._mended(question)
        non = rx.search(r"\bnon[- ]?([a-z0-9][a-z0-9\-]*)\s+", text)
        if non and self._is_namespace(non.group(1), strict=True):  # "non kube-system pods": outside it
            text = f"{text[: non.start()]}{text[non.end() :].rstrip(' ?.!')} outside {non.group(1)}"
        if self.grounding is not None:  # "services selecting the web-7c9f-k7mwx pod": pod web-7c9f-k7mwx
            pods = self.grounding.names("pods")
            text = rx.sub(
                r"\b(?:the\s+)?([a-z0-9][a-z0-9.\-]*[a-z0-9])\s+(?:pod|po)\b(?!\s*(?:[a-z0-9][\w.\-]*-|s\b))",
                lambda m: f"pod {m.group(1)}" if m.group(1) in pods else m.group(0),
                text,
            )
        text = self._image_containers(text)
        text = self._hosts(self._owner_compounds(self._workload_nodes(text)))
        text = self._class_volumes(text)
        text = self._namespace_slips(self._namespace_globs(text))
        text = self._namespace_label_words(self._namespace_label_values(self._used_kind(text)))
        text = self._pods_in_zone(self._zone_letters(text))
        text = self._kind_column_first(text)
        text = self._label_values_asked(text)
        # "which namespaces run daemonsets?", "namespaces with warning events": those that have some
        with_kind = rx.match(
            r"^(?:which |what |list |show )?(?:namespaces|ns) (?:that |which )?"
            r"(?:with|run|running|contain|contains|containing|hold|holding) (?:any |some )?"
            r"((?:\w+ ){0,2}?)(\w+)"
            # "… in the last hour"
            r"(?P<when>\s+(?:in|from|during|over|within) the (?:last|past) (?:\d+ )?[a-z]+)?\W*$",
            text,
        )
        if with_kind and any(
            at == with_kind.start(2)
            and t != "namespaces"
            and (t != "events" or with_kind.group(1) or with_kind.group("when"))
            for at, _, t in self.find_kinds(text)
        ):
            text = "which namespaces have " + text[with_kind.start(1) :]
        if namespace:
            text = _beyond_here(text, namespace)
            # "labels of this namespace": the asker's namespace, read as "my namespace" is
            text = rx.sub(
                r"(?<!\bin )(?<!\bfrom )(?<!\bwithin )(?<!\binside )"
                r"\b(?:this|the current|current) (namespace|ns)\b",
                r"my \1",
                text,
            )
        if self.grounding is not None:  # "when did worker-5 go NotReady?": its NodeNotReady event
            known = self.grounding.all_values("events", "reason")
            text = evphrase.rephrase(text, self.grounding.nodes, self.grounding.names("pods"), known)
            if rx.search(r"\bheartbeat", text):  # "when did worker-5 last send a heartbeat?": that node's
                for node in self.grounding.nodes:
                    bare = rf"(?<!\bnode )(?<![\w\-.]){re.escape(node)}(?![\w\-.])"
                    text = rx.sub(bare, f"node {node}", text)
            roles = self.grounding.values("nodes", "roles")
            if "control-plane" in roles and "master" not in roles:  # "the master node": its newer name
                text = rx.sub(r"\bmaster(?= nodes?\b)", "control-plane", text)
            node = "master" if "master" in roles else "control-plane"  # "what's on the master?": that node
            text = rx.sub(r"\bthe master\b(?! nodes?\b)", f"the {node} node", text)
            text = rx.sub(r"\bthe masters\b", f"the {node} nodes", text)
        if not rx.search(r"\blabel", text):  # "what tag does the redis container use?": its image
            tag = r"\b(what|which)\s+(?:image\s+)?tags?\s+(?=(?:does|do|is|are)\b)"
            text = rx.sub(tag, r"\1 image ", text)
        try:
            if conversation and not rx.search(_CHANGED_FIELDS, text):
                text = rx.sub(_EDIT_LEAD, "what about ", text)  # "make it the last day": the query, edited
            previous_sql = (followup._said(conversation[-1], "sql") or "") if conversation else ""
            if conversation:  # "can you give it in GiB": the answer shown again, nothing given to anyone
                text = rx.sub(r"^(?:can you |could you |please )?give (?:it|them|that|those|me that|me it)"
                              r"(?= in \w+)", "show that", text)
            if conversation:  # "+ requested storage": a column added, as "add" says it
                unit = r"^(?:\+|add)\s*(?:the |their )?(.+?)\s*\(?(?:in )?"
                unit += r"(gi|gib|gb|mi|mib|mb|ti|tib|cores)\)?\s*[?.!]*$"
                text = rx.sub(unit, r"and their \1 in \2", text)  # "+ requested storage (Gi)": in those units
                text = rx.sub(r"^\+\s*", "add ", text)
            if conversation:  # short follow-ups said as the ones the follow-up reader knows
                text = followup.restated(text, previous_sql)
                too = rx.match(r"^(?:and )?(?:the )?([a-z][\w \-]*?)\s+(?:too|as well|also)\s*[?.!]*$", text)
                if too and self.find_kinds(too.group(1)) and len(too.group(1).split()) <= 3 and not rx.search(
                    r"\b(?:by|per|split|group|sort|order|only|just|with|without|show|add|include|list|give)\b",
                    too.group(1),
                ):  # "svc too": the same for that kind (not "split that by reason too")
                    text = f"and {too.group(1)}?"
                text = rx.sub(r"^excl\.?\s+", "excluding ", text)  # "excl batch"
                # "which failed?": which of those did, not the column named alike
                text = rx.sub(r"^(which|what)\s+([a-z]+ed)(\s*[?.!]*)$", r"\1 of those \2\3", text)
                text = rx.sub(r"^anything (in|on|from) ", r"any \1 ", text)  # "anything in kube-system?"
                # "which reasons are those, and how many of each?": the answer counted by that column
                text = rx.sub(
                    r"^(?:and )?(?:which|what) ([a-z_]+?)s? (?:are|were) (?:those|these|they|them)\s*,?\s*"
                    r"(?:and )?how many (?:of )?each\W*$",
                    r"count them by \1",
                    text,
                )
                # "how many times has each one happened?", "add how often each was seen": the repeat counts
                text = rx.sub(
                    r"^(?:and )?(?:(?:add|show|include|with|plus) )?how (?:often|many times) "
                    r"(?:has |have |did |was |were )?(?:each(?: one)?|they|it) "
                    r"(?:was seen|were seen|been seen|seen|happened|happen|occurred|occur|fired|fire)\W*$",
                    "add the count",
                    text,
                ) if rx.search(r"\bfrom events\b", previous_sql.lower()) else text
            listed = _main_table(previous_sql) if conversation and previous_sql else None
            if listed in ("nodes", "namespaces"):  # "nodes in us-east-1a" … "what pods run there?": on them
                place = "on them" if listed == "nodes" else "in them"
                text = rx.sub(r"\b(?:on |in |at )?there\b(?=\s*[?.!]*$)", place, text)
                on_it = r"^\W*what(?:'s| is| runs| is running) (?:on|in) it\W*$"  # "what's on it?"
                text = rx.sub(on_it, f"what runs {place}", text)
                # "are there any pods?": the ones there (of another kind: "any not ready?" asks of the nodes)
                there = rx.match(r"^\W*(?:and )?(?:are|is) there (?:any )?(.+?)\s*[?.!]*$", text)
                if there and any(k[2] != listed for k in self.find_kinds(there.group(1))):
                    text = f"{there.group(1)} {place}"
            if listed == "events":  # "warnings in the last hour" … "only pods", "just the pod ones"
                about = r"^\W*(?:and )?(?:keep )?(?:only|just)(?: the)? ([a-z][a-z ]*?)"
                about += r"(?: ones| events| ev)?\W*$"
                about = rx.match(about, text)
                if about and self.find_kinds(about.group(1)):
                    text = f"only for {about.group(1)}"
                objects = _objects_of_events(text, previous_sql)
                if objects is not None:  # "which objects (are they about)?": each one once
                    said = "understood: what they are about"
                    return OfflineResult(sql=objects, confidence=0.7, message=said)
            if conversation:  # "how many replicas do they want?": their replica counts, shown
                text = rx.sub(r"^\W*(?:and )?how many replicas (?:do|does) (?:they|it|those|these|each) "
                              r"(?:want|have|run|ask for|need|request)\W*$", "their replicas?", text)
                # "nodes" … "the cordoned one": the ones so, as said of several
                text = rx.sub(r"^\W*(?:and |just |only )?the (?!\w+est\b|most\b|least\b|first\b|last\b)"
                              r"([a-z][\w\-]*(?: [a-z][\w\-]*)?) one\W*$",
                              r"only the \1 ones", text)
            anyone = conversation and rx.match(
                r"^\W*(?:and |so )?(?:are|is) (?:there )?any(?: of (?:them|those|these))? (.+?)\s*[?.!]*$",
                text,
            )
            if anyone and not self.find_kinds(anyone.group(1)):  # "nodes" … "are any not ready?": which are
                text = f"which of them are {anyone.group(1)}"
            if conversation:  # "which r autoscaled (hpa)?" after deployments: the ones an autoscaler targets
                autoscaled = r"^(and )?which (?:ones? )?(?:are|r|is) auto-?scaled(?: \(?(?:by )?hpas?\)?)?"
                text = rx.sub(autoscaled, r"\1which ones have an hpa", text)
            if conversation and rx.search(r"\bfrom pods\b", previous_sql.lower()):
                # "pods on worker-5" … "just the ds ones": the pods a daemon set owns, not the daemon sets
                owners = r"\bthe (ds|daemon ?sets?|sts|stateful ?sets?|rs|replica ?sets?|jobs?) ones\b"
                text = self._owner_compounds(rx.sub(owners, r"\1 pods", text))
            if conversation:  # "add the node": a column added to the answer, nothing added to the cluster
                # (but "add an hpa to each" orders one made for each row)
                added = r"^(?:and |now |ok,? |please |pls |can you )?add "
                added += r"(?!.*\bto (?:each|them|those|these|all|it)\b)"
                added += r"(?=(?:the |a |their |its )?[\w ]+(?: columns?| fields?)?"
                added += r"(?:\s*\([\w ]+\)|,? in \w+)?"
                added += r"\s*[?.!]*$)"
                text = rx.sub(added, "include ", text)
                # "ml pods and memory request" … "top 3 of those by memory": by the amount shown, not by use
                shown = rx.findall(r"\b(cpu|memory)_(request|limit)\b", previous_sql)
                if len(shown) == 1:
                    amount, kind = shown[0]
                    text = rx.sub(rf"\bby (?:the )?(?:{amount}|mem|ram)\b(?! (?:requests?|limits?))",
                                  f"by {amount} {kind}", text)
            refuse(self._secret_names_masked(text), self._names, previous_sql)
            if (listed := self._columns_of_each(text, context)) is not None:
                return listed
            if not conversation:  # questions of their own, read whole
                if (on_top := self._pods_on_top_node(text, context)) is not None:
                    return on_top
                if (workloads := self._workloads_listed(text, namespace)) is not None:
                    said = "understood: workloads of every kind"
                    return OfflineResult(sql=workloads, confidence=0.7, message=said)
                if (side_by_side := self._counts_side_by_side(text)) is not None:
                    said = "understood: two kinds counted in each namespace"
                    return OfflineResult(sql=side_by_side, confidence=0.75, message=said)
                if (shared := _pods_sharing(text, namespace, self._is_namespace)) is not None:
                    said = "understood: pods with another pod naming the same object"
                    return OfflineResult(sql=shared, confidence=0.7, message=said)
            if conversation:
                turn = self._restated(conversation, namespace)
                before = followup._said(turn, "question")
                suffix = followup.appended(text, previous_sql)
                edited = (
                    self._read_or_none(f"{normalise(before)} {suffix}", question, namespace)
                    if suffix and before
                    else None
                )
                if edited is not None and _main_table(edited) != _main_table(previous_sql):
                    edited = None  # the question before said too little to narrow
                related = " EXISTS" in previous_sql.upper()
                if edited is not None and related and not _narrows(previous_sql, edited):
                    # "pods of statefulsets" … "which are not ready?": the pods listed, not their owners
                    # (said whole, the clause would go to the kind nearest it)
                    kept = followup.edit(self, text, turn, namespace)
                    edited = kept if kept is not None and _narrows(previous_sql, kept) else edited
                if edited is None:
                    edited = followup.edit(self, text, turn, namespace)
                which = rx.match(r"\s*(?:and |but )?(?:which|that|who)\b", text)
                # (not "which of those nodes are ready?", about the pods' nodes: read as their own question)
                which = which if not rx.search(r"\b(?:their|those|these) nodes?\b", text) else None
                if which and before and not (edited is not None and _narrows(previous_sql, edited)):
                    # "pods in payments" … "which restarted in the last hour?" (read as every pod with its
                    # restarts): the question said whole, when it keeps the previous filters and adds its own
                    said_whole = f"{normalise(before).rstrip(' ?.!')} {text}"
                    whole = self._read_or_none(said_whole, question, namespace)
                    edited = whole if whole is not None and _narrows(previous_sql, whole) else edited
                failing = rx.match(
                    r"\s*(?:and |but )?which(?: ones?)? ((?:can'?t|cannot|could ?n'?t|failed to|fail to|"
                    r"are failing to|keep failing to)\b.*)",
                    text,
                )
                plain_listing = r"SELECT [\w, ]+ FROM (\w+)(?: WHERE namespace = '([^']*)')?"
                kept = rx.fullmatch(plain_listing, previous_sql)
                if failing and kept and kept.group(1) in _EVENT_SUBJECTS:
                    # "hpas" … "which can't get metrics?": the failure their events tell, of that kind
                    plural = [w for w, t in self._kinds.items() if t == kept.group(1) and w.endswith("s")]
                    asked = f"which {min(plural, key=len, default=kept.group(1))} {failing.group(1)}"
                    told = self._read_or_none(asked, question, kept.group(2) or namespace)
                    kind = self.catalog[kept.group(1)].kind
                    edited = told if told and f"involved_kind = '{kind}'" in told else edited
                tersed = followup._terse(text)  # "sort them alphabetically": by name
                shown = tersed != text and rx.match(r"with (?:the|their) \w+\?$", tersed)
                if edited is None and before and shown:
                    # "and the reason for each?" after failed jobs: the previous question, with each one's
                    asked = f"{normalise(before).rstrip(' ?.!')}, {tersed.rstrip('?')}"
                    alone = dataclasses.replace(context, conversation=()) if context is not None else None
                    found = self._answer(asked, context=alone)
                    edited = None if found.declined else found.sql
                if edited is None and before and rx.match(_SORT_LEAD, tersed):
                    # "nodes" … "sort by pod count": the previous question, sorted as asked
                    edited = self._read_or_none(f"{normalise(before)} {tersed}", question, namespace)
                asked_kinds = {k[2] for k in self.find_kinds(text)} if edited == previous_sql else set()
                if rx.search(r"\b(?:all|every) (?:the )?namespaces\b", text):
                    asked_kinds.discard("namespaces")  # "across all namespaces": a scope, no kind asked
                if asked_kinds and _main_table(previous_sql) not in asked_kinds:
                    edited = None  # "which pods should back them?" after services: not those services again
                if edited is not None:
                    before_sql = followup._said(conversation[-1], "sql")
                    edited = followup.sort_key_shown(edited, before_sql, self.catalog)
                    edited = _in_unit_said(text, edited, totals=True)  # "total capacity of those (gib)?"
                    edited = _why_shown(text, edited)  # "which of those failed, and why?"
                    edited = _counted_each(suffix or text, edited)  # "how many pods does each have?"
                    edited = _pinned_not_shown(previous_sql, edited)  # "only the LoadBalancer ones"
                    return OfflineResult(sql=edited, confidence=0.7, message="edited the previous query")
            used = rx.search(_USED_NO_MEASURE, text)
            if used and not rx.search(_MEASURE, text):  # "least used node": by what?
                raise Declined(
                    f"'{used.group(1).capitalize()}' needs a measure for {used.group(2)}s: say by CPU or "
                    f"memory requests, or by pods (e.g. 'the {used.group(2)} with the fewest pods'); live "
                    "usage is a metric (kubectl top), which kubequery does not read."
                )
            namespaces_not = rx.fullmatch(
                r"\W*(?:which |what |list |show )?(?:the )?(?:namespaces|ns) (?:that are |which are )?not "
                r"([a-z0-9][\w\-]*(?:(?:,| and| or| nor)(?: not)? [a-z0-9][\w\-]*)*)\W*", text
            )
            if namespaces_not:  # "namespaces that are not payments and not checkout": those two left out
                joiners = ("", "and", "or", "nor", "not")
                said = [w for w in re.split(r",|\s+", namespaces_not.group(1)) if w not in joiners]
                if all(self._is_namespace(w, strict=True) for w in said):
                    text = f"namespaces other than {' and '.join(said)}"
            apart = self._in_one_not_other(text, question, namespace)
            if apart is not None:  # "which images run in staging but not in payments?"
                said = "understood: in one namespace, not the other"
                return OfflineResult(sql=apart, confidence=0.7, message=said)
            text, excluded = _exclusion(text)
            scoped = r"\s+(?:in|-n)\s+(?:the\s+)?(?:ns\s+|namespace\s+)?([a-z0-9][a-z0-9\-]*)$"
            scope = rx.search(scoped, excluded)
            if scope and self._is_namespace(scope.group(1), strict=True) and not rx.match(
                r"(?:the\s+)?(?:ones?|those|these|them|\w+s)\s+in\b", excluded
            ):  # "events other than FailedCreate in monitoring": the namespace scopes the question
                text, excluded = f"{text} in {scope.group(1)}", excluded[: scope.start()]
            outside = rx.search(_NOT_IN_AND, text)  # "outside payments and checkout": neither of them
            said = re.split(_LISTED_NS, outside.group(1)) if outside else []
            if not all(self._is_namespace(w, strict=True) for w in said):
                outside = rx.search(_NOT_IN, text)
                said = re.split(_LISTED_NS, outside.group(1)) if outside else []
            if not excluded and said and all(self._is_namespace(w, strict=True) for w in said):
                text, excluded = text[: outside.start()] + " " + text[outside.end() :], outside.group(1)
            left_out = re.split(r"[\s,]+|\band\b|\bor\b|\bnor\b", excluded or "")
            if namespace and any(self._is_namespace(w, strict=True) for w in left_out if w):
                # "pods not in payments" (or "not in kube-system") asked from payments: the rest of the
                # cluster, as a namespace left out says the question is about the namespaces
                namespace = None
            reader = lambda said: self._read_or_none(said, question, namespace)  # noqa: E731
            text = self._kind_after_object(text)
            text = self._team_said(text)
            shaped_by = lambda said: evphrase.shaped(said, reader, self.catalog)  # noqa: E731
            shaped = shaped_by(text)
            if shaped is not None:  # "first and last time of the BackOff events", "events per hour"
                missing = self._missing(text, shaped, shaped_by)
                if missing:
                    return OfflineResult(declined=True, message=missing, confidence=1.0)
                return OfflineResult(sql=shaped, confidence=0.7, message="understood: events, shaped")
            held = self.grounding.namespaces if self.grounding else frozenset()
            missing = rbac.missing_accounts(text, namespace, held)
            if missing is not None:  # "crbs that grant to service accounts that don't exist"
                return OfflineResult(sql=missing, confidence=0.7, message="understood: bindings, no account")
            extreme = time_extreme(text, reader, self.catalog)
            if extreme is not None:  # "the earliest creation time of any deployment": that one time
                return OfflineResult(sql=extreme, confidence=0.7, message="understood: one time, the extreme")
            by_place = _by_place(text, reader)
            if by_place is not None:  # "how are the payments-api pods spread across zones?"
                missing = self._missing(text, by_place, lambda said: _by_place(said, reader))
                if missing:
                    return OfflineResult(declined=True, message=missing, confidence=1.0)
                return OfflineResult(sql=by_place, confidence=0.7, message="understood: pods, where they run")
            compared = self._places_compared(text)
            if compared is not None:  # "how many pods on worker-1 vs worker-2?": each one's count
                return OfflineResult(sql=compared, confidence=0.7, message="understood: counts compared")
            text = self._app_anywhere(text) or text  # "is redis running anywhere?": any container of it
            text = self._up_said(text) or text  # "is kafka running?": is it ready
            text = self._app_placed(text) or text  # "which node is productpage on?": its pods' nodes
            node_said = rx.fullmatch(
                r"\s*is\s+(?:the\s+)?([a-z0-9][\w\-.]*)\s+(?!running|hosting|using|carrying|having|serving)"
                r"(\w.*?)\s*[?.!]*\s*",
                text,
            )
            if node_said and node_said.group(1) in self._node_names() and not self.find_kinds(text):
                text = f"is node {node_said.group(1)} {node_said.group(2)}?"  # "is worker-4 cordoned?"
            up_since = rx.fullmatch(
                r"\s*how long (?:has|have) (?:the\s+)?([a-z0-9][\w\-.]*)\s+been\s+(?:up|running|alive|around|"
                r"online|ready|there|in the cluster)\s*[?.!]*\s*|\s*([a-z0-9][\w\-.]*) with age\W*",
                text,
            )
            up_since = up_since and (up_since.group(1) or up_since.group(2))
            if up_since and up_since in self._node_names() and not self.find_kinds(text):
                text = f"age of node {up_since}"  # "how long has worker-3 been up?" (not its pods)
            run_so_far = rx.fullmatch(
                r"\s*how long (?:has|have) (?:the\s+)?([a-z0-9][\w\-.]*)(?:\s+job)?"
                r"(?:\s+in\s+([a-z0-9][\w\-]*)|\s+\(([a-z0-9][\w\-]*)\))?"
                r"\s+been\s+(?:running|going|going on|active|at it)\s*[?.!]*\s*"
                # (said so before it reached here: "how long has x been running?" is "x with age")
                r"|\s*(?:the\s+)?([a-z0-9][\w\-.]*)(?:\s+job)?(?:\s+in\s+([a-z0-9][\w\-]*))?\s+with age\W*",
                text,
            )
            jobs = self.grounding.names("jobs") if self.grounding is not None else frozenset()
            job = run_so_far and (run_so_far.group(1) or run_so_far.group(4))
            if job and job in jobs:  # "how long has image-resize been going?": the job's run so far
                where = run_so_far.group(2) or run_so_far.group(3) or run_so_far.group(5)
                text = f"how long has job {job}{' in ' + where if where else ''} been running"
            # "median pod age": read as the average is, then the middle value taken instead of the mean
            median = rx.search(r"\bmedian\b", text) and not rx.search(r"\b(?:average|avg|mean)\b", text)
            text = rx.sub(r"\bmedian\b", "average", text) if median else text
            # "pods whose PodScheduled condition is False": that condition's status, as the object reports it
            said_condition = rx.search(_CONDITION_SAID, text)
            condition = said_condition and _CONDITIONS.get(said_condition.group(1).replace(" ", ""))
            if condition:
                text = f"{text[: said_condition.start()]} {text[said_condition.end() :]}"
            sql, understood, confidence = self._parse(text, question, namespace)
            if condition and sql is not None:
                sql = _with_condition(sql, condition, said_condition.group(2).capitalize(), self.catalog)
            if median and sql is not None:
                if not rx.search(r"\bavg\(", sql):
                    raise Declined(f"The offline translator did not understand 'median' here. {SUGGEST}")
                sql = re.sub(r"\bavg\(", "median(", sql, flags=re.IGNORECASE)
            if sql is None and (kinded_name := self._is_name_said(text)) is not None:  # "is x suspended?"
                sql, understood, confidence = self._parse(kinded_name, question, namespace)
            kept_in = _pinned_namespace(previous_sql) if conversation and namespace is None else None
            everywhere = ALL_NAMESPACES + r"|\b(?:all|every|any|other) namespaces?\b"
            if sql is not None and kept_in and _main_table(sql) == _main_table(previous_sql) and not (
                _pinned_namespace(sql) or rx.search(everywhere, text)
            ):  # "pods in shop" … "the crashlooping pods": those of shop
                sql, understood, confidence = self._parse(text, question, kept_in)
            ignored = self._ignored_qualifier(text, sql, question, namespace) if sql is not None else None
            if ignored is not None:  # "which nginx pods are not ready?": not every pod that is not ready
                sql, understood, confidence = self._app_picked(text, sql, ignored, question, namespace)
            placed = _places_of(text, reader, sql)
            if placed is not None:  # "which zones have crashlooping pods?": the zones, each once
                sql, understood = placed, [*understood, "the places they are in, each once"]
            if sql is not None:  # "min and max event count per type": both extremes
                sql = evphrase.both_extremes(text, sql)
            kinded = self._kind_of_name(text) if sql is None else None
            if kinded is not None:  # "where did cache-warmer run": read as "the cache-warmer cronjob"
                sql, understood, confidence = self._parse(kinded[0], question, namespace)
                understood, confidence = [kinded[1], *understood], min(confidence, 0.6)
            ignored = self._ignored_workload(text, sql) if sql is not None else None
            if ignored is not None:  # "restarts of legacy-billing": of its pods, not of every pod
                its_pods = self._owner_compounds(_as_its_pods(text, ignored))
                sql, understood, confidence = self._parse(its_pods, question, namespace)
                if sql is not None and self._ignored_workload(text, sql):
                    raise Declined(
                        f"The offline translator did not understand how '{ignored}' bears on the answer; "
                        f"without it the answer would be about every object. {SUGGEST}"
                    )
            app = self._app_left_out_of_total(text, sql) if sql is not None else None
            if app is not None:  # "how many restarts did details have?": its pods', not every pod's
                sql, understood, confidence = self._app_picked(text, sql, app, question, namespace)
            if sql is not None and rx.search(ELAPSED, without_courtesies(question.strip().lower())):
                sql = _elapsed(sql)  # "how long ago did each node last send a heartbeat?"
            if sql is not None:
                sql = _count_too(text, _why_shown(text, _listed_with(sql)))
                sql = _in_unit_said(text, sql)
                sql = self._shown_beside(text, sql)
                sql = _what_kept_shown(text, sql)
                sql = _counted_each(text, sql)
                sql = _groups_sorted(text, sql)
                sql = _described(text, sql)
                sql = _first_few(text, sql)
            if sql is not None:
                # "secrets not of type Opaque": never the Opaque ones, though the parser read past the "not"
                sql = negation.kept(text, sql, reader)
            if sql is not None and excluded:
                unexcluded, sql = sql, self._exclude(sql, excluded)
                if sql == unexcluded:  # "images other than nginx": the filters "nginx images" adds, negated
                    for said in (f"{excluded} {text}", f"{text} {excluded}"):
                        denied = negation.denied(sql, reader(said))
                        if denied is not None:
                            sql = denied
                            break
                if sql == unexcluded:  # "pods except details-v1 ones": not all of them
                    raise Declined(
                        f"The offline translator did not understand what '{excluded}' leaves out; without it "
                        f"the answer would keep them. {SUGGEST}"
                    )
            if sql is not None:  # "pods whose status isn't Running, Completed or Pending": none of the three
                sql = negation.values_denied(question.lower(), sql)
            if sql is not None:  # "pods where version is v1 or v2": either value, not the first alone
                sql = self._label_values_listed(text, sql)
            if sql is not None:  # "nodes worker-1 and worker-3": both by name, not one (or another column)
                sql = self._names_listed(text, sql)
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
        parsed = lambda said: _listed_with(self._parse(said, question, namespace)[0] or "")  # noqa: E731
        missing = self._missing(text, sql, parsed)
        if missing:  # "pods of deployment web" with no such deployment: not every pod
            return OfflineResult(declined=True, message=missing, confidence=1.0)
        everything = _lists_everything(sql)
        if conversation and everything and rx.search(r"\b(?:their|them|those|these|they)\b", text):
            return OfflineResult(  # "show their pods", read without what "their" points to: not every pod
                declined=True,
                message="The offline translator could not tie this follow-up to the previous answer; without "
                f"that it would list every {self.catalog[_main_table(sql)].kind}. {SUGGEST}",
                confidence=0.0,
            )
        unread = self._unread(text) if everything else self._unread_before_kind(text, sql, parsed)
        owner = [w for w in unread if any(w in self._object_names(t) for t in _OWNERS if t != "replicasets")]
        if owner and len(unread) == 1 and not rx.search(r"\b(?:pods?|po)\b", text):
            # "which pdb covers cassandra": a workload named alone, with no dash, is its pods too
            with contextlib.suppress(Declined):
                its_pods = self._owner_compounds(_as_its_pods(text, owner[0]))
                found, said, sure = self._parse(its_pods, question, namespace)
                kept = found is not None and _main_table(found) == _main_table(sql)  # still pdbs, say
                if kept and quote(owner[0]) in found:
                    sql, understood, confidence, unread = _listed_with(found), said, sure, []
        appled = self._app_named(text, "pods") if everything and _main_table(sql) == "pods" else None
        if appled is not None:  # "reviews pods": the pods labelled app=reviews
            with contextlib.suppress(Declined):
                found, said, sure = self._parse(appled, question, namespace)
                if found is not None and "labels[" in found:
                    sql, understood, confidence, unread, everything = found, said, sure, [], False
        listing = _as_listing(sql)  # "how many nodes are hot?": checked as "which nodes are hot" is
        # (the words that asked for the count are read: "total pod count")
        said = text if listing == sql else rx.sub(
            r"\b(?:total|count|counts|counted|number|overall|altogether|tally|sum|only|just|quick|sanity|check|hey)\b",
            " ",
            text,
        )
        unlinked = self._unlinked_kind(said, listing) if everything and not unread else None
        if unlinked:  # "deployments with failed jobs": no link read between the two, so not every deployment
            return OfflineResult(declined=True, message=unlinked, confidence=0.0)
        # "deployments with max surge over 25": every one, the comparison unread; "total storage requested
        # per provisioner": one total, the grouping unread
        for missed, answer in (
            (_uncompared(text, sql), "would not compare anything with it"),
            (self._ungrouped(text, sql), "would be one total"),
            (_zone_unread(text, sql), "would not be about zones"),
        ):
            if missed:
                return OfflineResult(
                    declined=True,
                    message=f"The offline translator did not read '{missed}' into the query; without it "
                    f"the answer {answer} (understood: {'; '.join(understood)}). {SUGGEST}",
                    confidence=0.0,
                )
        unexplained = self._unexplained(said, listing) if everything and not unread else []
        if unexplained:  # "deploys pinned at hpa maxReplicas": every deployment, the hpa unread
            words = ", ".join(f"'{w}'" for w in unexplained)
            kind = self.catalog[_main_table(sql)].kind
            return OfflineResult(
                declined=True,
                message=f"The offline translator did not read {words} into the query; without it the answer "
                f"would list every {kind} (understood: {'; '.join(understood)}). "
                f"{SUGGEST}",
                confidence=0.0,
            )
        if not unread and _lists_everything(sql):  # "which nodes are hot": every node, 'hot' unread
            unread = self._unread_in_listing(said, listing)
        if unread:  # "pods running as root": every pod, with what picks them left unread
            words = ", ".join(f"'{w}'" for w in unread)
            return OfflineResult(
                declined=True,
                message=f"The offline translator did not understand {words}; without it the answer would "
                f"{'list every object of its kind' if everything else 'not pick by it'} "
                f"(understood: {'; '.join(understood)}). {SUGGEST}",
                confidence=0.0,
            )
        sql = self._no_namespace_of_nodes(text, sql)
        sql = _names_only(text, self._one_object_fields(sql))
        sql = _labels_of_namespaces(text, sql)
        sql = _join_key_once(sql)
        sql = _zeros_kept(text, sql)
        sql = _bound_anywhere(sql)
        sql = _counted_apart(text, sql)
        sql = _counted_listing(text, sql)
        return OfflineResult(sql=sql, confidence=confidence, message="understood: " + "; ".join(understood))

    def _one_object_fields(self, sql: str) -> str:
        """ "how old is this namespace?", "requests and limits of pod x in ml", "restarts of each container in
        kafka-0", "which pv is claim x bound to": one named object's fields (or what it leads to), its name
        (and namespace) not shown again beside them, as the question already says them (the containers of
        one pod keep their own names)."""
        try:
            tree = sqlglot.parse_one(sql, read="duckdb")
        except sqlglot.errors.ParseError:
            return sql
        where = tree.args.get("where") if isinstance(tree, exp.Select) else None
        if where is None or tree.args.get("group") or tree.find(exp.AggFunc) or tree.args.get("distinct"):
            return sql
        filters = negation._conjuncts(tree)
        if any(isinstance(c, (exp.Or, exp.Paren)) for c in filters):
            return sql
        pinned = {
            (c.this.table, c.this.name): c.expression.name
            for c in filters
            if isinstance(c, exp.EQ) and isinstance(c.this, exp.Column)
            and isinstance(c.expression, exp.Literal)
        }
        tables = {t.alias_or_name: t.name for t in tree.find_all(exp.Table)}
        tables[""] = _main_table(sql)
        owners = [
            (alias, column) for alias, column in pinned
            if column == ("pod" if tables.get(alias) == "containers" else "name") and alias in tables
        ]
        if len(owners) != 1:
            return sql
        alias, owner = owners[0]
        columns = [e for e in tree.expressions if isinstance(e, exp.Column)]
        if any(e.alias_or_name in (owner, "namespace") and e not in columns for e in tree.expressions):
            return sql  # (a computed column named so)
        # a name in two namespaces, the namespace unsaid: each one's namespace tells them apart
        kind = "pods" if tables[alias] == "containers" else tables[alias]
        homes = self.grounding.by_name(kind, "namespace") if self.grounding else {}
        places = homes.get(pinned[owners[0]], ())
        dropped = {owner} if (alias, "namespace") not in pinned and len(places) > 1 else {owner, "namespace"}
        ns_pinned = any(  # (anywhere in the filter: "(a.namespace = 'frontend' AND NOT a.is_ready)")
            isinstance(c.this, exp.Column) and c.this.name == "namespace"
            and isinstance(c.expression, exp.Literal)
            for c in where.find_all(exp.EQ)
        )
        if "namespace" not in dropped and not ns_pinned and not any(e.name == "namespace" for e in columns):
            # "is storefront healthy?" with one in frontend and one in staging: which is which
            tree.set("expressions", [exp.column("namespace", table=alias or None), *tree.expressions])
            columns = [e for e in tree.expressions if isinstance(e, exp.Column)]
        said = [e for e in columns if (e.table, e.name) == (alias, owner)]
        kept = [e for e in tree.expressions if not (e in columns and e.table == alias and e.name in dropped)]
        told = [e for e in kept if not (e in columns and (e.table, e.name) == (alias, "namespace"))]
        if len(said) != 1 or not told:  # the name said once, and something besides it to show
            return tree.sql(dialect="duckdb")
        tree.set("expressions", kept)
        return tree.sql(dialect="duckdb")

    def _pods_on_top_node(self, text: str, context: Any) -> OfflineResult | None:
        """ "which pods are on the busiest node?", "what runs on the node with the most pods?": the pods of
        the one node that ranking picks, not the node itself."""
        m = rx.fullmatch(
            r"(?:(?:which|what|list|show(?: me)?|get)\s+)?(?:the\s+|all\s+)?(?:pods|po|what)\s+"
            r"(?:(?:are|is|run|runs|running|are running|is running|sit|live)\s+)?on\s+"
            r"(the (?:busiest|fullest|most loaded) node|the node (?:with|that has|having|that runs|running) "
            r"the most [a-z ]+?)\W*",
            text,
        )
        if m is None:
            return None
        top = self._answer(m.group(1), context=context)
        tree = followup._tree(top.sql) if not top.declined else None
        first = tree.expressions[0] if tree is not None and tree.expressions else None
        if not (isinstance(first, exp.Column) and first.name == "node" and tree.args.get("limit")):
            return None
        if tree.find(exp.Table).name != "pods" or tree.args.get("joins"):
            return None
        sql = f"SELECT namespace, name FROM pods WHERE node = (SELECT node FROM ({top.sql}))"
        return OfflineResult(sql=sql, confidence=0.7, message=f"understood: the pods on {m.group(1)}")

    def _workloads_listed(self, text: str, here: str | None) -> str | None:
        """ "which workloads do I run?", "list the workloads in shop": the objects that run pods, of
        every kind (deployments, stateful sets, daemon sets, cron jobs, and jobs no cron job made), each
        with its kind; "which workloads are degraded?" (those that run replicas, fewer ready than desired),
        "how many workloads per namespace?" (counted)."""
        counted = rx.match(r"\s*(?:how many|count(?: the| of)?|(?:the )?number of)\s+", text)
        text = text[counted.end() :] if counted else text
        per = rx.search(r"\s+(?:per|in each|for each|by) (?:namespace|ns)\b", text)
        text = text[: per.start()] + text[per.end() :] if per else text
        unready = r"not (?:fully )?ready|degraded|unhealthy|not healthy|under-?replicated"
        state = rx.search(rf"\s+(?:that are |which are |are )?(?:{unready})(?=\W*$|\s+in\b)", text)
        before = rf"\s*(?:which |what |list |show )?(?:the )?((?:{unready})\s+)(?=workloads\b)"
        state = state or rx.match(before, text)
        if state:  # said before "workloads" (its group 1) or after it (the whole match)
            start, end = state.span(1) if state.re.groups and state.group(1) else state.span()
            text = f"{text[:start]} {text[end:]}".strip()
        m = rx.fullmatch(
            r"(?:(?:which|what|list|show(?: me)?|get)\s+)?(?:all\s+)?(?:the\s+|my\s+|our\s+)?"
            r"(?:workloads|workload controllers|controllers)"
            r"(?:\s+(?:do (?:i|we) (?:run|have)|are(?: (?:there|running|deployed))?|exist|run(?:ning)?))?"
            r"(?:\s+(?P<mine>here|in my (?:namespace|ns))"
            r"|\s+in\s+(?:the\s+)?(?:namespace\s+)?(?P<ns>[a-z0-9][a-z0-9\-]*)(?:\s+(?:namespace|ns))?)?\W*",
            text,
        )
        if m is None:
            return None
        ns = m.group("ns") if m.group("ns") and self._is_namespace(m.group("ns"), strict=True) else None
        if m.group("ns") and ns is None:
            return None
        mine = m.group("mine") or rx.search(r"\b(?:my|i|we|our)\b", text)
        ns = ns or (here if mine else None)
        kinds = (("Deployment", "deployments", ""), ("StatefulSet", "statefulsets", ""),
                 ("DaemonSet", "daemonsets", ""), ("CronJob", "cronjobs", ""),
                 ("Job", "jobs", "coalesce(owner_kind, '') <> 'CronJob'"))
        if state:  # the kinds that run replicas, fewer of them ready than desired, with kubectl's READY
            kinds = tuple((k, t, "ready_replicas < desired") for k, t, _ in kinds[:3])
        parts = []
        for kind, table, cond in kinds:
            conds = [c for c in (f"namespace = {quote(ns)}" if ns else "", cond) if c]
            where = f" WHERE {' AND '.join(conds)}" if conds else ""
            shown = "name" if ns else "namespace, name"
            shown += ", ready" if state and not (counted or per) else ""
            parts.append(f"SELECT '{kind}' AS kind, {shown} FROM {table}{where}")
        union = " UNION ALL ".join(parts)
        if per and not ns:
            return f"SELECT namespace, count(*) AS workloads FROM ({union}) GROUP BY namespace"
        return f"SELECT count(*) FROM ({union})" if counted else union

    def _counts_side_by_side(self, text: str) -> str | None:
        """ "how many pods and services are in each namespace?": each kind counted, side by side, in every
        namespace (a namespace with none of one shows 0), not one kind's count alone."""
        per = r"(?:per|in each|for each|in every|by|of each)\s+(?:namespace|ns)"
        m = rx.fullmatch(
            rf"(?:(?:for each|in each|per) (?:namespace|ns),?\s+)?"
            rf"(?:how many|count(?: the)?|(?:the )?number of)\s+"
            rf"(?P<a>[a-z ]+?)\s*(?:,|and|&|\+|vs\.?)\s*(?:how many\s+)?(?P<b>[a-z ]+?)"
            rf"(?:\s+(?:are there|are|do we have|there are|we have|exist))?(?:\s+(?P<per>{per}))?\W*",
            text,
        )
        if m is None or not (m.group("per") or rx.match(r"(?:for each|in each|per) ", text)):
            return None
        tables = []
        for said in (m.group("a"), m.group("b")):
            kinds = self.find_kinds(said)
            if len(kinds) != 1 or kinds[0][1] != said or not self.catalog[kinds[0][2]].namespaced:
                return None
            tables.append(kinds[0][2])
        if tables[0] == tables[1]:
            return None
        counts = ", ".join(f"(SELECT count(*) FROM {t} x WHERE x.namespace = n.name) AS {t}" for t in tables)
        return f"SELECT n.name AS namespace, {counts} FROM namespaces n"

    def _for_each(self, text: str, context: Any) -> OfflineResult | None:
        """ "for each service in shop, its type and cluster ip", "for each cronjob, when it last ran": the
        objects listed with what is asked of each, said the ways the parser reads ("services in shop and
        their type and cluster ip", "…, showing …"); None when none of them reads."""
        m = rx.fullmatch(r"for (?:each|every) ([a-z][a-z\- ]*?)\s*,\s*(.+?)(\W*)", text)
        kinds = self.find_kinds(m.group(1)) if m else []
        if not kinds or kinds[0][0] != 0 or rx.search(r"[^s]s$", m.group(1).partition(" ")[0]):
            return None  # (the kind said in the singular, as "each" says it)
        first, _, rest_of_kind = m.group(1).partition(" ")
        plural = first + ("es" if first.endswith("s") else "s")
        objects = f"{plural} {rest_of_kind}".strip()
        asked = rx.sub(r"\bits\b", "their", m.group(2))
        asked = rx.sub(r"\bit$", "them", rx.sub(r"\bit\b(?!$)", "they", asked))
        bare = rx.sub(r"^(?:their|the)\s+", "", asked)
        sayings = (f"{objects} and {asked}", f"{objects}, showing {bare}", f"{objects} with their {bare}")
        return self._first_reading(
            [said + m.group(3) for said in sayings], context,
            lambda tree: tree.find(exp.Table).name == kinds[0][2] and len(tree.expressions) > 1,
        )

    def _first_reading(
        self, sayings: list[str], context: Any, fits: Callable[[Any], bool]
    ) -> OfflineResult | None:
        """The answer to the first of several ways of saying a question whose query `fits`, or None."""
        for said in sayings:
            found = self._answer(said, context=context)
            tree = followup._tree(found.sql) if not found.declined else None
            if tree is not None and tree.find(exp.Table) is not None and fits(tree):
                return found
        return None

    def _columns_of_each(self, text: str, context: Any) -> OfflineResult | None:
        """ "what is the node and IP of each pod in ml?": columns of one kind, listed, read as "pods in ml,
        showing node and ip" (or another way of saying it) with each of them shown; not a join to the nodes
        the first word names. None when no way of saying it shows them all."""
        of = rx.fullmatch(
            r"(?:(?:show|list|get|what(?:'s| is| are))\s+)?(?:the\s+)?([a-z ,&+]+?)\s+(?:of|for)\s+"
            r"(?:each|every|the|all|my)?\s*(.+?)(\W*)",
            text,
        )
        whose = self.find_kinds(of.group(2)) if of else []
        if not whose or whose[0][0] != 0:
            return None
        columns = _columns_listed(of.group(1), self.catalog[whose[0][2]])
        if not columns:
            return None
        # a listing shows the name and namespace anyway: "name, namespace and age of deployments" is their age
        table = self.catalog[whose[0][2]]
        parts = [x for x in re.split(r"\s*(?:,|\band\b|&|\+)\s*", of.group(1).strip()) if x]
        rest = [x for x in parts if slots.find_columns(x, table)[0].column not in ("name", "namespace")]
        listed = " and ".join(rest)
        ways = (", showing", " with their", " and their")
        sayings = [f"{of.group(2)}{said} {listed}{of.group(3)}" for said in ways] if rest else [of.group(2)]
        alone = lambda tree: not tree.args.get("joins") and _main_table(tree.sql()) == table.name  # noqa: E731
        found = self._first_reading(sayings, context, alone)
        tree = followup._tree(found.sql) if found is not None else None
        if tree is None or tree.args.get("group") or tree.find(exp.AggFunc):
            return None
        # each column asked for is shown, one filtered on too ("name and status of pods in CrashLoopBackOff")
        shown = {c.name for e in tree.expressions for c in e.find_all(exp.Column)}
        for column in sorted(columns - shown - {"namespace", "name"}):
            tree.select(column, copy=False)
        return dataclasses.replace(found, sql=tree.sql(dialect="duckdb"))

    def _zone_letters(self, text: str) -> str:
        """ "only zone a", "pods in zone b": the one zone of the cluster's that ends in that letter
        (us-east-1a), as people shorten them."""
        if self.grounding is None:
            return text

        def whole(m: re.Match) -> str:
            with contextlib.suppress(Exception):  # a cluster without nodes the asker may read has no zones
                zones = [z for z in self.grounding.values("nodes", "zone") if z and z.endswith(m.group(2))]
                if len(zones) == 1:
                    return f"{m.group(1)}{zones[0]}"
            return m.group(0)

        return rx.sub(r"\b(zone\s+)([a-z])\b(?![\-.])", whole, text)

    def _kind_column_first(self, text: str) -> str:
        """ "Storage class of the postgres pvcs": the claims' column, said before them, not the storage
        classes (a claim named in full, "of the data-postgres-0 pvc", is read as its one value)."""
        m = rx.match(
            r"^(?:(?:what|which)(?:'s| is| are)? (?:the )?)?(storage ?class(?:es)?|service ?accounts?|"
            r"priority ?class(?:es)?|ingress ?class(?:es)?) (?:of|for) (?:the |each |every |all )?"
            r"((?:[a-z0-9][\w\-.]* ){0,3}?)((?:pvcs?|claims?|pods?|deployments?|statefulsets?|ingress(?:es)?|"
            r"daemonsets?|jobs?|cron ?jobs?)(?: in [\w\-]+)?)\s*([?.!]*)$",
            text,
        )
        kinds = self.find_kinds(m.group(3)) if m and self.grounding is not None else []
        if not kinds or any(w in self.grounding.names(kinds[0][2]) for w in m.group(2).split()):
            return text
        return f"{m.group(2)}{m.group(3)} and their {m.group(1)}{m.group(4)}"

    def _pods_in_zone(self, text: str) -> str:
        """ "namespaces with pods in us-east-1c": the pods on nodes in that zone (another kind kept by its
        pods, whose zone is their nodes'), as "… with pods on nodes in zone us-east-1c" says."""
        # (the pods themselves too: "broken pods in zone us-east-1c and their status")
        if self.grounding is None or not rx.search(
            r"\b(?:pods?|po|replicas)\s+(?:running\s+|scheduled\s+)?(?:in|on)\b",
            text,
        ):
            return text
        for column in ("zone", "region"):
            held = sorted(self._values("nodes", column), key=len, reverse=True)
            values = "|".join(rx.escape(v) for v in held if v)
            if not values:
                continue
            text = rx.sub(
                rf"\b(pods?|po|replicas)\s+(?:running\s+|scheduled\s+)?(?:in|on)\s+(?:the\s+)?"
                rf"(?:{column}\s+|az\s+|availability zone\s+)?({values})\b(?!\s+(?:nodes?|zone|region)\b)",
                rf"\1 on nodes in {column} \2",
                text,
            )
        return text

    @functools.cached_property
    def _plain_label_keys(self) -> frozenset[str]:
        """The pods' label keys that no column or kind word shares ("app", "tier"), said alone for a label."""
        if self.grounding is None:
            return frozenset()
        words = {w for t in self.catalog for c in t.columns for w in c.name.split("_")} | set(self._kinds)
        return frozenset(
            k
            for k in self.grounding.label_keys
            if rx.fullmatch(r"[a-z][a-z0-9\-]{2,}", k) and k not in words | lx.STOPWORDS | {"run"}
            and not k.endswith(("-hash", "-uid", "-generation"))
            and not any(slots.find_columns(k, t) for t in self.catalog)  # "each component": events' source
        )

    def _label_values_asked(self, text: str) -> str:
        """ "what tiers exist?", "which apps are there in payments?": a pod label's values, said as its key
        in the plural; "label values of app": that key's values."""
        text = rx.sub(r"\blabel values (?:of|for) (?:the )?(?:key )?([a-z][\w./\-]*)\b(?! label)",
                      r"values of the \1 label", text)
        m = rx.match(
            r"^\W*(?:what|which|list(?: the)?|show(?: me)?(?: the)?) ([a-z][a-z0-9\-]+?)s "
            r"(?:exist|are there|are running|do we have|are (?:in )?use[d]?|are deployed)\b(?P<rest>.*)$",
            text,
        )
        if m is None or m.group(1) not in self._plain_label_keys:
            return text
        return f"distinct values of the {m.group(1)} label{m.group('rest')}"

    def _used_kind(self, text: str) -> str:
        """A secret, config map or claim named after "use" without its kind: "pods using regcred per ns"
        read as "using secret regcred" (when one of those kinds alone holds the name, in several
        namespaces)."""
        if self.grounding is None:
            return text
        verbs = r"\b(?:use|uses|using|used by)"  # ("who mounts x" is read with its namespace elsewhere)
        named = r"\s+(?:the\s+)?([a-z0-9][\w.\-]*[a-z0-9])\b"
        kinds = r"(?!\s+(?:secrets?|configmaps?|cms?|config maps?|pvcs?|claims?|volumes?)\b)"
        words = {"secrets": "secret", "configmaps": "configmap", "persistentvolumeclaims": "pvc"}
        for m in list(rx.finditer(verbs + named + kinds, text))[::-1]:
            held = [t for t in words if m.group(1) in self.grounding.names(t)]
            # one namespace's object is read with its namespace elsewhere ("pods that use x-secrets")
            homes = self.grounding.by_name(held[0], "namespace").get(m.group(1), ()) if len(held) == 1 else ()
            if len(held) == 1 and len(homes) > 1 and not self.find_kinds(m.group(1)):
                text = f"{text[: m.start(1)]}{words[held[0]]} {text[m.start(1) :]}"
        return text

    def _namespace_label_values(self, text: str) -> str:
        """A namespace label's value said before "namespaces": "pods in production namespaces" are those in
        the namespaces labelled environment=production (when one key holds that value)."""
        if self.grounding is None:
            return text
        held = self.grounding.label_values("namespaces")
        # "busiest zone for production pods", "production deployments": those in the namespaces so labelled
        # (a value no namespace is named, and which only one key of the namespaces' labels holds)
        asked_of_namespaces = rx.match(r"\W*(?:which |what |list |show |how many )?(?:namespaces|ns)\b", text)
        valued = r"(?<![\w\-=./])([a-z][a-z0-9\-]{3,}) ([a-z]+)\b(?! in\b| security\b)"
        for m in [] if asked_of_namespaces else list(rx.finditer(valued, text))[::-1]:
            value, table = m.group(1), self._kinds.get(m.group(2))
            keys = [k for k, values in held.items() if value in values]
            if table is None or table == "namespaces" or not self.catalog[table].namespaced or len(keys) != 1:
                continue
            if value in self.grounding.namespaces or value in lx.STOPWORDS or value in self._kinds:
                continue
            said = f"{m.group(2)} in namespaces labelled {keys[0]}={value}"
            text = f"{text[: m.start()]}{said}{text[m.end() :]}"
        if not rx.search(r"\b(?:namespaces|ns)\b", text):
            return text
        # "the namespaces owned by team web", "the web team's namespaces": their team label
        owned = r"\b(namespaces|ns) (?:owned by|belonging to|of|run by) (?:the )?"
        owned += r"(?:team ([a-z][\w\-]*)|([a-z][\w\-]*) team)\b"
        for m in list(rx.finditer(owned, text))[::-1]:
            value = m.group(2) or m.group(3)
            if value in held.get("team", ()):
                text = f"{text[: m.start()]}{m.group(1)} labelled team={value}{text[m.end() :]}"
        for m in list(rx.finditer(r"\b([a-z][a-z0-9\-]{3,})\s+(namespaces|ns)\b", text))[::-1]:
            value = m.group(1)
            keys = [k for k, values in held.items() if value in values]
            if len(keys) != 1 or value in self.grounding.namespaces or value in lx.STOPWORDS:
                continue
            text = f"{text[: m.start()]}{m.group(2)} labelled {keys[0]}={value}{text[m.end() :]}"
        return text

    def _namespace_label_words(self, text: str) -> str:
        """A namespace label key said alone in a question about namespaces only: "namespaces per
        environment", "which team owns each namespace" read as the label ("environment label")."""
        if self.grounding is None or not rx.search(r"\b(?:namespaces?|ns)\b", text):
            return text
        if any(table != "namespaces" for _, _, table in self.find_kinds(text)):
            return text  # "pods per team": not the namespaces' own label
        self._found_kinds = {}
        keys = [
            k for k in self.grounding.label_values("namespaces")
            if rx.fullmatch(r"[a-z][a-z\-]{2,}", k) and k not in lx.STOPWORDS
            and not any(slots.find_columns(k, t) for t in self.catalog)
        ]
        for key in keys:
            said = rf"(?<![\w\-./=\'])({re.escape(key)})(?![\w\-./=\'])(?!\s+labels?\b)(?!\s*[:=])"
            # "namespaces starting with team": a part of their names, not the team label
            named = (
                r"\b(?:(?:start(?:s|ing)?|begin(?:s|ning)?)\s+with|prefixed|named|called|matching)\s+"
                + re.escape(key)
                + r"\b"
            )
            if (
                rx.search(said, text)
                and not rx.search(rf"\blabels?\s+{re.escape(key)}\b", text)
                and not rx.search(named, text)
            ):
                text = rx.sub(said, r"\1 label", text, count=1)
                # "which team label owns each namespace": the label of each namespace
                text = rx.sub(
                    r"\b(?:which|what)\s+(\S+ label)\s+(?:owns|runs|is on|is set on|has|does)\s+"
                    r"(each|every|all|the|this|that|my|our)\b",
                    r"\1 of \2",
                    text,
                )
        return text

    def _ignored_workload(self, text: str, sql: str) -> str | None:
        """A workload named alone ("is legacy-billing crashlooping?") that the query leaves out."""
        if self.grounding is None:
            return None
        lowered = sql.lower()
        dashed = r"(?<![\w\-./=])[a-z][a-z0-9]*(?:-[a-z0-9]+)+(?![\w\-/=])"
        for word in dict.fromkeys(rx.findall(dashed, text)):
            if self._is_namespace(word, strict=True) or word in self.grounding.nodes:
                continue
            if word in lowered:  # kept as a name, a prefix or a value
                continue
            if any(word in self._object_names(t) for t in _OWNERS if t != "replicasets"):
                return word
        return None

    def _app_left_out_of_total(self, text: str, sql: str) -> str | None:
        """An app of the cluster (an app label's value, a workload) named in a question whose answer adds up
        every pod, unfiltered: "how many restarts did details have?". None when there is none."""
        if " WHERE " in sql or " GROUP BY " in sql or not rx.search(r"\bFROM (?:pods|containers)\b", sql):
            return None  # (read first as text: most answers are not totals, and parsing costs)
        tree = sqlglot.parse_one(sql, read="duckdb")
        if _main_table(sql) not in ("pods", "containers") or tree.find(exp.AggFunc) is None:
            return None
        apps, lowered = self._app_names(), sql.lower()
        for word in rx.findall(r"(?<![\w\-])[a-z][a-z0-9\-]*[a-z0-9](?![\w\-])", text):
            if word in apps and word not in self._kinds and word not in lowered:
                return None if self._is_namespace(word, strict=True) else word
        return None

    def _unlinked_kind(self, text: str, sql: str) -> str | None:
        """A second kind that picks the objects ("deployments with failed jobs", "nodes that have pvcs")
        but that the query left out: listing every object would ignore it."""
        table = sqlglot.parse_one(sql, read="duckdb").find(exp.Table).name
        kinds = self.find_kinds(text)
        for at, word, other in kinds:
            before = text[:at]
            picks = rx.search(
                r"\b(?:with|without|w/o?|that ha(?:ve|s)|having|whose|which have|owning)\s+(?:\S+\s+){0,3}$",
                before,
            )
            if other == table or not picks or not any(t == table for _, _, t in kinds[:1]):
                continue
            if rx.search(r"\b(?:number|count|#|total)\b", picks.group(0)):
                continue  # "pods with the number of containers": a count shown, not a kind that picks them
            ref = joins.REFERENCES.get((table, other))
            if rx.search(r"\b(?:their|its)\s+$", before) or (ref and ref.column in sql):
                continue  # "pods with their node": the column that names it, shown
            return (
                f"The offline translator did not understand how {word} relate to {table} here; without that "
                f"the answer would list every one of them. {SUGGEST}"
            )
        return None

    def _missing(self, text: str, sql: str, read: Callable[[str], str | None]) -> str | None:
        """Why the answer would be about every object: a name said that the cluster lacks, or that the
        query leaves out. `read` reads a text as `sql` was read: it tells whether a bare "in X" counts."""
        return (
            self._missing_object(text, sql)
            or self._missing_node_or_pod(text, sql)
            or self._missing_namespace(text, sql, read)
        )

    def _missing_object(self, text: str, sql: str) -> str | None:
        """An object named right after its kind word ("pods of deployment web", "pvcs of statefulset
        nosuch") that the query leaves out: the cluster lacks it, or its link to the answer went unread,
        and the answer would be about every object."""
        if self.grounding is None:
            return None
        kinds = "|".join(sorted(map(re.escape, self._kinds), key=len, reverse=True))
        all_columns = {c.name for t in self.catalog for c in t.columns}
        for m in rx.finditer(rf"(?<![\w\-])({kinds})[ /]([a-z0-9][a-z0-9\-.]*[a-z0-9])\b(?![\-.])", text):
            said, table, word = m.group(1), self._kinds[m.group(1)], m.group(2)
            before = (text[: m.start()].split() or [""])[-1]
            columns = {w for c in self.catalog[table].columns for w in c.name.split("_")}
            stem = rx.sub(r"e?s$", "", said)
            plural = said == table or (stem != said and self._kinds.get(stem) == table)
            if table == "containers":
                continue  # a container's name is no object's: "pods with container istio-proxy" filters by it
            if before not in _NAMING_WORDS or plural:
                continue  # a name stands after "of deployment", not after "configmaps" ("configmaps access")
            if word.isdigit() or word in lx.STOPWORDS | _FILLERS | self._kinds.keys() | columns:
                continue
            if word in ("object", "objects", "resource", "resources", "itself", "themselves", "level"):
                continue  # "ev on node objects": the kind itself, said again
            if f"{said}-{word}" in {v.lower() for v in self.grounding.values("events", "source")}:
                continue  # "events from node controller": the component that reported them, no node
            if self._is_namespace(word, strict=True) or quote(word) in sql.lower():
                continue
            if word in self.grounding.names(table):
                if _lists_everything(sql):  # "secrets used by deployment payments-api": the link unread
                    return (
                        f"The offline translator did not understand how {self.catalog[table].kind} '{word}' "
                        f"bears on the answer; without it the answer would list every object. {SUGGEST}"
                    )
                continue
            held = (self.grounding.values(table, c.name) for c in self.catalog[table].columns)
            column = {f"{said}_{word}", f"{said}s_{word}"} & all_columns  # "pod capacity": pods_capacity
            if column or word in {v.lower() for vs in held for v in vs}:
                continue  # "node selector", "node notready": a column or a state, not a name
            # a word of the vocabulary is a name where it ends the phrase ("pods of deployment web"), not
            # where a property follows or it is one ("breakdown of pod phases", "cms with pod counts")
            plain = not rx.search(r"\d", word) and all(self._known_word(w) for w in word.split("-"))
            ends = rx.match(r"\s*(?:$|[?!.,;]|(?:in|on|and|-n)\b)", text[m.end() :])
            stems = {word, word[:-1], word[:-2]}
            counted = {"count", "number", "total", "occurrence", "repeat"}  # "number of event occurrences"
            if plain and (not ends or stems & (columns | counted)):
                continue
            return f"The cluster has no {self.catalog[table].kind} named '{word}'."
        # "the payments-api deployment": a hyphenated name said before a workload's kind word
        workloads = [w for w, t in self._kinds.items() if t in _NAMED_BEFORE_KIND and " " not in w]
        said_kind = "|".join(sorted(map(re.escape, workloads), key=len, reverse=True))
        for m in rx.finditer(rf"\bthe ([a-z][a-z0-9]*(?:-[a-z0-9]+)+) ({said_kind})\b", text):
            word, table = m.group(1), self._kinds[m.group(2)]
            if word in self.grounding.names(table) or self._is_namespace(word, strict=True):
                continue
            if word in sql.lower():
                continue  # (an object of another kind so named is no such workload: "the alertmanager-main
                # statefulset" names a service; its events are not every stateful set's)
            return f"The cluster has no {self.catalog[table].kind} named '{word}'."
        # "pvcs using the standard storage class": a class named before its kind word, one the cluster lacks
        classes = {"storage": "storageclasses", "priority": "priorityclasses", "ingress": "ingressclasses"}
        for m in rx.finditer(r"\b(?:the|a|an) ([a-z][a-z0-9\-.]*) (storage|priority|ingress) ?class\b", text):
            word, table = m.group(1), classes[m.group(2)]
            if word in _CLASS_WORDS or word in self.grounding.names(table) or quote(word) in sql.lower():
                continue
            return f"The cluster has no {self.catalog[table].kind} named '{word}'."
        # "which nodes don't have a fluent-bit pod?": pods named by their workload, one the cluster lacks
        # (said first only before an arrow: "ledger-db pods -> pv"; "non-system pods" name none)
        named = r"(?:^\W*(?=\S+ (?:pods?|po)\s*(?:->|\+))|\b(?:the|a|an|any|no) )"
        named += r"([a-z][a-z0-9]*(?:-[a-z0-9]+)+) (?:pods?|po)\b"
        for m in rx.finditer(named, text):
            word = m.group(1)
            if word in sql.lower() or self._is_namespace(word, strict=True) or self._names_pods(word):
                continue
            return f"The cluster has no workload or pod named '{word}'."
        return None

    def _names_pods(self, word: str) -> bool:
        """Whether `word` names pods: a workload, a pod's name or its start, a label value, a container."""
        assert self.grounding is not None
        if self._object_names_anywhere(word) or word in self.grounding.workloads:
            return True
        if any(name.startswith(f"{word}-") for name in self.grounding.names("pods")):
            return True
        labelled = self.grounding.label_values("pods").values()
        if any(word in values for values in labelled):
            return True
        return word in self.grounding.all_values("containers", "name")

    def _missing_node_or_pod(self, text: str, sql: str) -> str | None:
        """A node named like the cluster's nodes ("worker-9" beside worker-1 … worker-5), or a deployment's
        pod by its generated suffixes, that the cluster lacks and the query leaves out: the answer would
        be about every node (or pod)."""
        if self.grounding is None or not self.grounding.nodes:
            return None
        shapes = {rx.sub(r"\d+", r"\\d+", rx.escape(n)).replace(r"\-", "-?") for n in self.grounding.nodes}
        shaped = "|".join(sorted(s for s in shapes if r"\d" in s))
        if not shaped:
            return None
        for m in rx.finditer(rf"(?<![\w\-.])(?:{shaped})(?![\w\-.])", text):
            word = m.group(0)
            known = word in self.grounding.nodes or self._object_names_anywhere(word)
            if not known and word not in sql.lower():
                return f"The cluster has no node named '{word}'."
        # "namespaces with pods on kind-worker2": a word after "pods on" names a node, one the query left out
        for m in rx.finditer(
            r"\b(?:pods?|po|running|scheduled|runs?)\s+on\s+(?:node\s+)?([a-z0-9][\w\-.]*[a-z0-9])"
            r"(?=\s*[?.!,]*$|\s+(?:and|in|with|that)\b)",
            text,
        ):
            word = m.group(1)
            plain = not rx.search(r"[\d\-.]", word) and self._known_word(word)
            if word in self.grounding.nodes or plain or word in sql.lower() or word in self._kinds:
                continue
            if word in lx.STOPWORDS or self._is_namespace(word, strict=True):
                continue
            if self._object_names_anywhere(word):
                continue
            return f"The cluster has no node named '{word}'."
        # a deployment's pod, by its two generated suffixes ("fraud-detector-z6968wd5xd-j6wvn")
        for m in rx.finditer(r"(?<![\w\-.])[a-z][a-z0-9\-]*-[a-z0-9]{8,10}-[a-z0-9]{5}(?![\w\-.])", text):
            word = m.group(0)
            gone = self.grounding.event_reasons(word)  # a pod deleted since, its events kept
            if word not in self.grounding.names("pods") and not gone and word not in sql.lower():
                return f"The cluster has no Pod named '{word}'."
        return None

    def _missing_namespace(self, text: str, sql: str, read: Callable[[str], str | None]) -> str | None:
        """A namespace named that the cluster lacks ("containers that restarted in payments" where there
        is no payments): left out, the answer would be about every namespace."""
        if self.grounding is None or not self.grounding.namespaces:
            return None
        read_in = rx.findall(r"\bnamespace = '([^']+)'", sql)  # (not a join's "b.namespace = a.namespace")
        if any(rx.search(rf"(?<![\w\-]){re.escape(n)}(?![\w\-])", text) for n in read_in):
            return None  # the namespace said is read; one read but not said is the asker's own, said over
        said = [
            r"(?:^|\s)(?:-n|--namespace)[ =]([a-z0-9][a-z0-9\-]*)",
            r"\b(?:in|from)\s+(?:the\s+)?(?:ns|namespace)\s+([a-z0-9][a-z0-9\-]*)",
            r"\b(?:in|from)\s+(?:the\s+)?([a-z0-9][a-z0-9\-]*)\s+(?:namespace|ns)\b",
            # a bare "in payments" that ends the question or a clause, a word no vocabulary holds
            r"\b(?:in|from|within|inside)\s+([a-z][a-z0-9\-]*)"
            r"(?=\s*[?!.,]?\s*$|\s+(?:in|on|with|without|that|which|where|whose|and|having|request|requests|"
            r"have|has|use|uses|run|runs|ask|asks|need|needs|hold|holds|take|takes|got|get|"
            r"per|by|across|spread|sorted|ordered|grouped)\b|,)",
        ]
        found = [(i, m) for i, pat in enumerate(said) for m in rx.finditer(pat, text)]
        for i, m in found:
            if self._is_namespace(m.group(1)) or quote(m.group(1)) in sql.lower():
                continue
            word = m.group(1)
            plain = lx.STOPWORDS | _FILLERS | VOCAB | self._kinds.keys() | _OWN_NAMESPACE
            if word in plain or self._object_names_anywhere(word):
                continue
            if rx.fullmatch(r"(?:milli)?cores?|cpus?|bytes|detail|json|yaml|wide|parallel", word):
                continue  # "cpu requests in cores", "in detail": a unit or a manner
            if rx.fullmatch(r"label+ed|tagged|annotated|with(?:out)?|that|which|whose|where|having", word):
                continue  # "in ns labelled environment=production": what picks the namespaces
            if i == len(said) - 1:  # read as something else ("pods in pending") unless the answer ignores it
                without = read(text[: m.start()] + text[m.end() :])
                if not without or without != read(text):
                    continue
                # "nodes in us-central1-a": a place, but none the cluster has
                return f"Nothing in the cluster is called '{word}': no namespace, node, zone or region."
            return f"The cluster has no namespace named '{word}'."
        return None

    def _selecting_some_pod(self, text: str, kind: str, current: str | None) -> str | None:
        """ "which services select any pod?", "pdbs that cover pods in shop": those whose selector picks
        at least one pod (the pods' namespace is the selector's own)."""
        m = rx.search(
            r"\b(?:(?:that|which)\s+)?(?:selects?|selecting|appl(?:y|ies) to|applying to|covers?|covering|"
            r"protects?|protecting|match(?:es)?|matching)\s+(?:any\s+|a\s+|some\s+|at least one\s+)?"
            r"(?:pods?|po)"
            r"(?=\s*(?:[?.!]*$|(?:in|-n)\s+([a-z0-9][\w\-]*)\W*$))",
            text,
        )
        if m is None or (m.group(1) and not self._is_namespace(m.group(1), strict=True)):
            return None
        said = text[: m.start()] + (f" in {m.group(1)}" if m.group(1) else "")
        a_sql, _, _ = self._parse(said, said, current)
        if a_sql is None or " JOIN " in a_sql or "count(" in a_sql.lower() or _main_table(a_sql) != kind:
            return None
        how = joins.relation(kind, "pods", True, True, selecting=True)
        return joins.present(a_sql, "pods", how) if how is not None else None

    def _object_names_anywhere(self, word: str) -> bool:
        assert self.grounding is not None
        return word in self.grounding.nodes or any(word in self.grounding.names(t) for t in _NAMED_KINDS)

    def _ignored_qualifier(self, text: str, sql: str, original: str, current: str | None) -> str | None:
        """A word said right before the kind asked about (or after it, "pods of productpage") that the query
        does not reflect: "nginx" in "which nginx pods are not ready?" (the query is the same without it)."""
        main = _main_table(sql)
        # only a word naming an app of the cluster (its images, app labels, workloads), which no rule reads:
        # other words the query does not reflect are often said twice ("top 5 most frequent events").
        # An app's whole name ("redis"), or a part of one ("productpage") that is no rule's word.
        apps = self._app_names()
        parts = {w for n in apps for w in n.split("-")} - spelling.pattern_words()
        said = rx.findall(r"[a-z0-9][\w\-]*", original.lower())
        for at, phrase, table in self.find_kinds(text):
            end = at + len(phrase)
            before = rx.search(r"(?:^|\s)([a-z][a-z0-9\-]*[a-z0-9])\s+$", text[:at])
            # "pods of reviews with version v3": the app said after the kind
            after = rx.match(r"\s+(?:of|for|from)\s+(?:the\s+)?([a-z][a-z0-9\-]*[a-z0-9])\b", text[end:])
            spans = [(m.group(1), m.start(1), m.end(1)) for m in (before,) if m]
            spans += [(m.group(1), end, end + m.end()) for m in (after,) if m]
            found = next((s for s in spans if self._unreflected_app(s[0], sql, said, apps, parts)), None)
            if found is None:
                continue
            word, start, stop = found
            without = f"{text[:start]}{text[stop:]}"
            if self._parse(without, original, current)[0] != sql:
                continue
            if table != main:  # "pods behind the productpage ingress": which ingress, unread
                raise Declined(
                    f"The offline translator did not understand how '{word}' picks the {table}; without it "
                    f"the answer would be about all of them. {SUGGEST}"
                )
            return word
        return None

    def _unreflected_app(
        self, word: str, sql: str, said: list[str], apps: frozenset[str], parts: set[str]
    ) -> bool:
        """Whether `word` names an app of the cluster, said in the question but not in its query."""
        named = (word in apps or word in parts) and word in said
        return named and word not in sql.lower() and not self._is_namespace(word, strict=True)

    def _is_name_said(self, text: str) -> str | None:
        """ "is cache-warmer suspended?" said with the kind of the one object so named: "is cronjob
        cache-warmer suspended?"; None when no single kind holds the name."""
        said = rx.fullmatch(r"\s*is\s+(?:the\s+)?([a-z0-9][\w\-.]*)\s+(\w.*?)\s*[?.!]*\s*", text)
        if said is None or self.grounding is None or self.find_kinds(text):
            return None
        holders = [t for t in _NAMED_KINDS if said.group(1) in self.grounding.names(t)]
        if len(holders) != 1:
            return None
        return f"is {self.catalog[holders[0]].kind.lower()} {said.group(1)} {said.group(2)}?"

    def _up_said(self, text: str) -> str | None:
        """ "is kafka running?", "is worker-3 up?", "is the fraud-detector deployment healthy?" asked of one
        node or workload: "is statefulset kafka ready?" (its READY column, or the node's readiness)."""
        kinds = r"(node|deployment|deploy|statefulset|sts|daemonset|ds|pod|po)"
        said = rx.fullmatch(
            rf"\s*(?:is|are)\s+(?:the\s+)?(?:{kinds}\s+)?([a-z0-9][\w\-.]*)(?:\s+{kinds})?\s+"
            r"(?:running|up|up and running|alive|working|ok|okay|healthy|online|available|fine)\s*[?.!]*\s*",
            text,
        ) or rx.fullmatch(  # "what's the status of checkout-api?", "health of the kafka statefulset"
            rf"\s*(?:(?:what(?:'s| is)|show(?: me)?|give me|get)\s+)?(?:the\s+)?"
            rf"(?:status|state|health|condition)\s+of\s+(?:the\s+)?(?:{kinds}\s+)?([a-z0-9][\w\-.]*)"
            rf"(?:\s+{kinds})?\s*[?.!]*\s*",
            text,
        )
        if said is None or self.grounding is None:
            return None
        kind = said.group(1) or said.group(3)
        name = said.group(2)
        tables = [self._kinds.get(kind)] if kind else [*_UP_KINDS, "pods"]
        holders = [t for t in tables if t and name in self.grounding.names(t)]
        if len(holders) != 1:
            return None
        if holders == ["pods"]:  # a pod's phase and why: "CrashLoopBackOff" says more than "not running"
            return f"status of pod {name}"
        return f"is {self.catalog[holders[0]].kind.lower()} {name} ready?"

    def _app_placed(self, text: str) -> str | None:
        """ "which node is productpage on?", "where is productpage running?" said of an app that names no
        object (an app label, a part of an image's name): "which nodes are the productpage pods on"."""
        app = r"(?:the )?([a-z][\w\-]*[a-z0-9])(?: app)?"
        said = rx.fullmatch(
            rf"\W*(?:(?:which|what) nodes? (?:is|are) {app} (?:running |scheduled |deployed )?on"
            rf"|where (?:is|are) {app} (?:running|deployed|scheduled))\W*",
            text,
        )
        name = said and (said.group(1) or said.group(2))
        if not name or self.grounding is None or name not in self._app_names():
            return None
        placed = self.grounding.nodes | self.grounding.workloads | self._story_nodes_and_pods[1]
        return None if name in placed else f"which nodes are the {name} pods on"

    def _app_anywhere(self, text: str) -> str | None:
        """ "is redis running anywhere?", "netshoot anywhere?", "is postgres installed?" said of one of the
        cluster's apps: "is anything running redis" (the containers whose image holds it); None otherwise."""
        said = rx.fullmatch(
            r"\W*(?:(?:is|are) (?:there )?(?:any )?)?([a-z][\w\-./]*[a-z0-9])"
            r"(?: (?:running|deployed|installed|present|used))? (?:anywhere|somewhere|-a)\W*", text
        ) or rx.fullmatch(r"\W*(?:is|are) ([a-z][\w\-./]*[a-z0-9]) (?:deployed|installed)\W*", text)
        if said is None or self.find_kinds(text):
            return None
        app = said.group(1)
        parts = {p for name in self._app_names() for p in re.split(r"[-/:.]", name)}
        return f"is anything running {app}" if app in self._app_names() or app in parts else None

    def _places_compared(self, text: str) -> str | None:
        """Two namespaces or nodes compared by how many objects each holds: "how many pods on worker-1 vs
        worker-2?", "compare pod counts of shop and bookinfo" (each one's count), "which namespace has more
        pods, shop or bookinfo?" (the one with more). None when the question is not that."""
        place = r"([a-z0-9][\w\-.]*)"
        versus = r"\s*(?:,|vs\.?|versus|or|compared (?:to|with))\s*"
        joined = r"\s*(?:,|vs\.?|versus|or|and|compared (?:to|with))\s*"
        kinds = r"(pods?|po|services?|svcs?|deployments?|deploys?|jobs?|pvcs?|containers?)"
        said = rx.fullmatch(rf"how many {kinds} (?:are |run |are there )?(?:on|in) {place}{versus}{place}\W*",
                            text)
        said = said or rx.fullmatch(
            rf"compare (?:the )?{kinds} counts? (?:of|for|between|on|in) {place}{joined}{place}\W*", text
        )
        two = f"{place}{joined}{place}"
        more = rx.fullmatch(
            rf"which (?:namespace|ns|node|one|of {two}) has (more|the most|fewer|the fewest|less) "
            rf"{kinds}(?:,? {two})?\W*",
            text,
        )
        if said:
            kind, a, b, most = said.group(1), said.group(2), said.group(3), None
        elif more and (more.group(1) or more.group(5)):
            a, b = (more.group(1), more.group(2)) if more.group(1) else (more.group(5), more.group(6))
            kind, most = more.group(4), more.group(3) in ("more", "the most")
        else:
            return None
        table = self._kinds.get(kind) or self._kinds.get(kind.rstrip("s"))
        if table is None:
            return None
        if all(self._is_namespace(w, strict=True) for w in (a, b)):
            column = "namespace"
        elif all(w in self._node_names() for w in (a, b)) and table in ("pods", "containers"):
            column = "node"
        else:
            return None
        sql = (
            f"SELECT {column}, count(*) AS {table} FROM {table} WHERE {column} IN ({quote(a)}, {quote(b)}) "
            f"GROUP BY {column}"
        )
        return sql if most is None else f"{sql} ORDER BY {table} {'DESC' if most else 'ASC'} LIMIT 1"

    def _node_names(self) -> frozenset[str]:
        return self.grounding.nodes if self.grounding is not None else frozenset()

    def _node_ips(self) -> frozenset[str]:
        held = self.grounding
        return held.all_values("nodes", "internal_ip") if held is not None else frozenset()

    @functools.cache  # noqa: B019 - one translator per cluster, kept for the process
    def _app_names(self) -> frozenset[str]:
        """The names of the cluster's apps: its images' repositories, pods' app labels, workloads."""
        if self.grounding is None:
            return frozenset()
        repos = self._image_repositories
        apps = {v for k in _APP_KEYS for v in self.grounding.label_key_values("pods", k) if v}
        owners = {n for t in _OWNERS for n in self._object_names(t)}
        return frozenset(n.lower() for n in repos | apps | owners)

    def _app_picked(
        self, text: str, sql: str, app: str, original: str, current: str | None
    ) -> tuple[str | None, list[str], float]:
        """The query `sql` kept to the objects of the app `app` names, which it left unread: the pods
        labelled with it ("which reviews pods are not ready?"), else those whose names hold it ("the ledger
        claims in payments"); declined when neither does."""
        labelled = self._app_named(text, _main_table(sql) or "")
        found = self._parse(labelled, original, current) if labelled else (None, [], 0.0)
        if found[0] is not None and "labels[" in found[0]:
            return found
        table = _main_table(sql) or ""
        kind = self.catalog[table].kind
        if not any(app in n.split("-") for n in self._object_names(table)):
            raise Declined(
                f"The offline translator did not understand how '{app}' picks the {kind}s; "
                f"without it the answer would be about all of them. {SUGGEST}"
            )
        tree = sqlglot.parse_one(sql, read="duckdb")
        source = tree.find(exp.Table)
        column = "pod" if table == "containers" else "name"
        alias = f"{source.alias}." if source is not None and source.alias else ""
        named = tree.where(f"{alias}{column} LIKE {quote('%' + app + '%')}", copy=False, dialect="duckdb")
        return named.sql(dialect="duckdb"), [f"{kind}s whose names hold '{app}'"], 0.6

    def _app_key(self, table: str, word: str) -> str | None:
        """The app label key whose value `word` is on `table`'s objects ("reviews": app=reviews), when
        the word names no namespace or object itself: pods are said by their app as often as by name."""
        if self.grounding is None or self._is_namespace(word, strict=True):
            return None
        if any(word in self._object_names(t) for t in _OWNERS):
            return None  # "kafka pods": the workload's own, read by its name
        keys = (*_APP_KEYS, "name")
        return next((k for k in keys if word in self.grounding.label_key_values(table, k)), None)

    def _app_named(self, text: str, table: str) -> str | None:
        """The question with an app said by its value alone spelt as its label: "reviews pods",
        "pods of productpage", "pods where app isn't ratings" (`app!=ratings`); None when there is none."""
        said = (
            r"(?<![\w\-])(?P<before>[a-z][a-z0-9\-]*)\s+(?=(?:pods?|po)\b)"
            r"|\b(?:pods?|po)\s+(?:of|for|from|behind|running)\s+(?:the\s+)?(?P<after>[a-z][a-z0-9\-]*)\b"
        )
        for m in rx.finditer(said, text):
            word = m.group("before") or m.group("after")
            key = self._app_key(table, word) if word not in lx.STOPWORDS else None
            if key is not None:
                at = m.start("before") if m.group("before") else m.start("after")
                return f"{text[:at]}{key}={word}{text[at + len(word):]}"
        keyed = rx.search(
            r"\b(?:where|whose|with)\s+(?:the\s+)?(?P<key>[a-z][\w./\-]*)\s+"
            r"(?P<verb>is not|isn't|is|=|!=|equals)\s+(?P<value>[a-z0-9][\w.\-]*)"
            r"(?P<more>(?:\s*(?:,|or|,\s*or)\s+[a-z0-9][\w.\-]*)*)",  # "where app is reviews or ratings"
            text,
        )
        if keyed and self.grounding is not None:
            key, value = keyed.group("key"), keyed.group("value")
            values = [value, *rx.findall(r"[a-z0-9][\w.\-]*", rx.sub(r"\bor\b", " ", keyed.group("more")))]
            known = self.grounding.label_key_values(table, key)
            positive = keyed.group("verb") in ("is", "=", "equals")
            if len(values) > 1 and all(v in known for v in values):
                listed = f"{key} {'in' if positive else 'notin'} ({', '.join(values)})"
                return f"{text[: keyed.start()]} with {listed}{text[keyed.end():]}"
            if value in known:
                sep = "=" if positive else "!="
                return f"{text[: keyed.start()]} with {key}{sep}{value}{text[keyed.end('value'):]}"
        return None

    def _names_listed(self, text: str, sql: str) -> str:
        """`sql` kept to every object the question names in a list ("nodes worker-1 and worker-3"), by name,
        where it kept one of them, or read another as a value of some other column."""
        table = _main_table(sql)
        if self.grounding is None or table is None or not rx.search(r",|\band\b|\bor\b|&", text):
            return sql
        names = self.grounding.names(table)
        word = r"[a-z0-9][\w\-.]*[a-z0-9]"
        for m in rx.finditer(rf"(?<![\w\-.]){word}(?:\s*(?:,|\band\b|\bor\b|&|, and|, or)\s*{word})+", text):
            said = [w for w in rx.findall(word, m.group(0)) if w not in ("and", "or")]
            if len(said) < 2 or not all(w in names for w in said) or not any("-" in w for w in said):
                continue
            tree = sqlglot.parse_one(sql, read="duckdb")
            if not isinstance(tree, exp.Select) or tree.args.get("joins") or tree.args.get("group"):
                return sql
            conds = negation._conjuncts(tree)
            kept = [c for c in conds if not {lit.name for lit in c.find_all(exp.Literal)} & set(said)]
            if len(kept) == len(conds):
                return sql  # none of them read: a question about something else
            listed = exp.In(this=exp.column("name"), expressions=[exp.Literal.string(w) for w in said])
            where = exp.and_(*kept, listed) if kept else listed
            return tree.where(where, append=False, copy=False).sql(dialect="duckdb")
        return sql

    def _label_values_listed(self, text: str, sql: str) -> str:
        """`sql` with a label kept equal to one value widened to the other values of that key the question
        lists after it ("version is v1 or v2"), which carry a digit and so pass unread."""
        if self.grounding is None or "labels[" not in sql or not rx.search(r"\bor\b|,", text):
            return sql
        tree = sqlglot.parse_one(sql, read="duckdb")
        table = _main_table(sql) or ""
        changed = False
        for eq in list(tree.find_all(exp.EQ)):
            label, value = eq.this, eq.expression
            if not (isinstance(label, exp.Bracket) and isinstance(value, exp.Literal)) or not (
                isinstance(eq.parent, (exp.Where, exp.And))
            ):
                continue  # only a label kept equal to one value, not one denied or compared in a join
            key = label.expressions[0].name if label.expressions else ""
            listed = r"((?:\s*(?:,|\bor\b|,\s*or\b)\s*[a-z0-9][\w.\-]*)+)"
            said = rx.search(rf"(?<![\w\-.]){re.escape(value.name)}{listed}", text)
            if said is None:
                continue
            more = rx.findall(r"[a-z0-9][\w.\-]*", rx.sub(r"\bor\b", " ", said.group(1)))
            known = self.grounding.label_key_values(table, key)
            if not more or not all(v in known for v in more) or f"'{more[0]}'" in sql:
                continue
            values = [value.copy(), *(exp.Literal.string(v) for v in more)]
            eq.replace(exp.In(this=label.copy(), expressions=values))
            changed = True
        return tree.sql(dialect="duckdb") if changed else sql

    def _label_ranked(self, text: str, current: str | None) -> str | None:
        """ "which app requests the most memory?", "what team has the most restarts?": the pods' amount added
        up per value of that label, the first one (the pods counted when no amount is said)."""
        said = rx.fullmatch(
            r"\W*(?:which|what) (app|application|team|tier|component)s? (?:requests?|uses?|asks? for|has|"
            r"have|needs?|consumes?) the (most|least|fewest) ([\w ]+?)(?: in ([a-z0-9][\w\-]*))?\W*",
            text,
        )
        if said is None or self.grounding is None:
            return None
        word = "app" if said.group(1) == "application" else said.group(1)
        keys = [k for k in self.grounding.label_values("pods") if k == word or k.endswith(f"/{word}")]
        if not keys:
            return None
        key, what = quote(keys[0]), said.group(3)
        amount = amount_column(f"{what} request") if rx.search(r"\b(?:cpu|memory|mem)\b", what) else None
        amount = amount or ("restarts" if rx.search(r"\brestarts?\b", what) else None)
        if amount is None and not rx.fullmatch(r"pods?|replicas", what):
            return None
        where = f"labels[{key}] IS NOT NULL"
        place = said.group(4) or current
        if said.group(4) and not self._is_namespace(said.group(4), strict=True):
            return None
        where += f" AND namespace = {quote(place)}" if place else ""
        shown = f"sum({amount}) AS {amount}" if amount else "count(*) AS pods"
        order = "ASC" if said.group(2) != "most" else "DESC"
        return (
            f"SELECT labels[{key}] AS {word}, {shown} FROM pods WHERE {where} GROUP BY 1 "
            f"ORDER BY 2 {order} LIMIT 1"
        )

    def _known_word(self, word: str) -> bool:
        speller = self._spell()
        return word in speller.known or speller.inflected(word)

    def _unread(self, text: str) -> list[str]:
        """The words of a question the translator's vocabulary does not hold ("root", "affected"),
        outside the cluster's names."""
        speller = self._spell()
        known = speller.known | lx.STOPWORDS | _FILLERS | self._kinds.keys()
        cluster: set[str] | None = None  # read only when needed: every table is queried for it
        words = []
        for token in rx.findall(r"[a-z0-9][\w\-./]*", text):
            if rx.search(r"\d", token):
                # "storefront-2567ch8msd-jcd8s", "worker-3": names are read as names; a misspelt one
                # ("worekr1", "4xlagre") has a long run of letters no word or name of the cluster holds
                cluster = set(speller.cluster_words()) if cluster is None else cluster
                slip = any(
                    w not in cluster and w not in known and not speller.inflected(w)
                    for w in rx.findall(r"[a-z]{5,}", token)
                )
                if slip and not self._object_names_anywhere(token):
                    words.append(token)
                continue
            parts = rx.findall(r"[a-z]+", token)
            if len(parts) > 1:  # "slack-channel": only a name's parts the cluster lacks
                cluster = set(speller.cluster_words()) if cluster is None else cluster
                parts = [w for w in parts if w not in cluster]
            words += parts
        return [
            w
            for w in dict.fromkeys(words)
            if len(w) >= 3 and w not in known and not speller.inflected(w) and not speller.joined(w)
        ]

    def _team_said(self, text: str) -> str:
        """ "deployments owned by team checkout", "pods of the web team": the kind's team label with that
        value, when its objects carry it (a namespace of the same name is another reading, not this one)."""
        kinds = self.find_kinds(text)
        if self.grounding is None or not kinds:
            return text
        teams = self.grounding.label_values(kinds[0][2]).get("team", frozenset())
        said = (
            r"\b(?:(?:labell?ed|marked|tagged)\s+as\s+)?(?:owned by|belonging to|belongs? to|of|for|from|by)"
            r"\s+(?:the\s+)?team\s+([a-z0-9][\w\-]*)\b"
            r"|\b(?:owned by|belonging to|belongs? to|of|for|from)\s+the\s+([a-z0-9][\w\-]*)\s+team\b"
        )
        return rx.sub(
            said, lambda m: f"labelled team={m.group(1) or m.group(2)}"
            if (m.group(1) or m.group(2)) in teams else m.group(0), text
        )

    def _in_one_not_other(self, text: str, question: str, namespace: str | None) -> str | None:
        """ "which images run in staging but not in payments?", "deployments in staging but not payments":
        what the question lists in the first namespace, less what it lists in the second (by the values
        shown: the same deployment name, the same image), not the first's rows kept out of the second."""
        m = rx.search(
            r"\b(?:in|from|on) (?:the )?([a-z0-9][a-z0-9\-]*)(?: (?:namespace|ns))?,? but not "
            r"(?:in |from |on )?(?:the )?([a-z0-9][a-z0-9\-]*)(?: (?:namespace|ns))?(?=\W*$)",
            text,
        )
        if m is None or not all(self._is_namespace(w, strict=True) for w in m.groups()):
            return None
        lead = text[: m.start()]
        one, other = (self._read_or_none(f"{lead} in {ns}", question, namespace) for ns in m.groups())
        if one is None or other is None or one.replace(quote(m.group(1)), quote(m.group(2))) != other:
            return None
        tree = sqlglot.parse_one(one, read="duckdb")
        if not isinstance(tree, exp.Select) or tree.find(exp.AggFunc) or tree.args.get("group"):
            return None
        return f"{one} EXCEPT {other}"

    def _unread_before_kind(self, text: str, sql: str, parsed: Callable[[str], str]) -> list[str]:
        """An unknown word said right before the kind a filtered answer lists, where a name goes, that the
        reading does not change by: "foobar" in "why are the foobar pods crashlooping?" (left out, the
        answer would be every crashlooping pod; "sick pods" are read as unhealthy)."""
        tables = {t.name for t in sqlglot.parse_one(sql, read="duckdb").find_all(exp.Table)}
        said = "|".join(re.escape(w) for w, t in self._kinds.items() if t in tables)
        if not said:
            return []
        before = rf"\s+(?:{said})\b"
        # where a name goes: first ("foobar pods crashlooping") or after "the" ("why are the foobar pods …"),
        # not a word that qualifies ("most child jobs", "disk thru pvcs") nor a short slip ("wat events")
        lead = r"(?:^\W*(?:(?:why|how come)\s+(?:are|is|do|does|did)\s+)?(?:(?:show|list|get|which|what)\s+)?"
        lead += r"|\b(?:the|my|our|those|these)\s+)"
        found = [
            w for w in self._unread(text)
            if len(w) >= 4 and w not in sql.lower() and rx.search(rf"{lead}{re.escape(w)}{before}", text)
        ]
        if not found:
            return []
        unsaid = rx.sub(rf"(?<![\w\-])(?:{'|'.join(map(re.escape, found))})(?![\w\-])", " ", text)
        return found if parsed(unsaid) == parsed(text) else []

    def _unread_in_listing(self, text: str, sql: str) -> list[str]:
        """The words of a question answered by a bare list of every object of a kind (its names only)
        that say nothing the list shows: "hot" in "which nodes are hot", "timed out" in "which pods
        timed out". `_unread` lets them through when a rule somewhere spells them out; here no rule
        read them, so the list would answer a question that was not asked."""
        tree = sqlglot.parse_one(sql, read="duckdb")
        if {e.alias_or_name for e in tree.expressions} - {"namespace", "name", "pod"}:
            # a column is shown (a container is named by its pod too): the words may say what
            return []  # (`_unexplained` reads those)
        kind_words = {w for phrase in self._kinds for w in phrase.split()}
        held = {w for v in rx.findall(r"'([^']*)'", sql) for w in rx.findall(r"[a-z]+", v.lower())}
        # held: the values the query filters by ("payments" of "po -n payments", read without grounding)
        plain = lx.STOPWORDS | _FILLERS | _LISTING_WORDS | kind_words | held
        words = []
        for token in rx.findall(r"[a-z0-9][\w\-./]*", text):
            if rx.search(r"\d", token) or self._is_namespace(token, strict=True):
                continue  # "worker-3", "kube-system": names are read as names
            if self.grounding is not None and self._object_names_anywhere(token):
                continue
            words += [w for w in rx.findall(r"[a-z]+", token) if len(w) >= 3 and w not in plain]
        return list(dict.fromkeys(words))

    def _ungrouped(self, text: str, sql: str) -> str | None:
        """The grouping a question asks for ("per provisioner", "grouped by zone") when its answer is one
        total: the words said, or None."""
        tree = sqlglot.parse_one(sql, read="duckdb")
        if not isinstance(tree, exp.Select) or tree.find(exp.Group) or not tree.find(exp.AggFunc):
            return None
        table = tree.find(exp.Table).name
        for m in rx.finditer(
            r"\b(?:per|grouped by|group by|broken down by|for each|split by|bucketed by)\s+"
            r"(?:the\s+|each\s+)?"
            r"([a-z][\w\-]*)",
            text,
        ):
            word = m.group(1)
            if self._kinds.get(word) == table or word in lx.UNITS or word in ("cent", "percent", "capita"):
                continue  # "average cpu request per pod": each row; "events per hour": a rate
            return m.group(0)
        return None

    def _no_namespace_of_nodes(self, text: str, sql: str) -> str:
        """Events of a reason only cluster-wide objects have, asked of the nodes ("OOMKilling events on the
        nodes"), shown without a namespace, as a node's events are: they have none of their own. Asked as
        any other reason's events ("OOMKilling events") they keep dev.yaml's three columns (fifteen blind
        phrasings of twenty-three)."""
        if not rx.search(r"\bnodes?\b", text):
            return sql
        tree = sqlglot.parse_one(sql, read="duckdb")
        source = tree.find(exp.Table)
        if self.grounding is None or source is None or source.name != "events" or tree.args.get("joins"):
            return sql
        reasons = (rx.fullmatch(r"reason = '([^']*)'", c) for c in followup._conjuncts(tree))
        said = [m.group(1) for m in reasons if m]
        kinds = self.grounding.reason_kinds(said[0]) if len(said) == 1 else frozenset()
        if not kinds or not kinds <= {t.kind for t in self.catalog if not t.namespaced}:
            return sql
        shown = [e for e in tree.expressions if not (isinstance(e, exp.Column) and e.name == "namespace")]
        if not shown or len(shown) == len(tree.expressions) or tree.args.get("group"):
            return sql
        tree.set("expressions", shown)
        return tree.sql(dialect="duckdb")

    def _scoped(self, text: str, sql: str) -> str:
        """A known multi-table answer kept to the one namespace the question names ("team-b pods waiting on
        a pending PVC"), which its pattern does not read: the main table's rows in it, the namespace not
        shown."""
        words = (w.strip("?.,!;:()'\"") for w in text.split())  # whole words: not an image path's "payments"
        said = {w for w in words if w and self._is_namespace(w, strict=True)}
        tree = sqlglot.parse_one(sql, read="duckdb")
        source = tree.find(exp.Table)
        if len(said) != 1 or not isinstance(tree, exp.Select) or source is None or tree.find(exp.Union):
            return sql
        ns = said.pop()
        if quote(ns) in sql or source.name not in self.catalog.names():
            return sql
        if not self.catalog[source.name].namespaced:
            return sql
        return followup._in_namespace(tree, ns).sql(dialect="duckdb")

    def _kind_after_object(self, text: str) -> str:
        """ "sts/kafka po -n data", "cassandra sts pvcs": another kind said after a named object, read as
        that kind's objects of it ("pods of sts kafka -n data"), not as the object itself."""
        if self.grounding is None:
            return text
        kinds = "|".join(sorted(map(re.escape, self._kinds), key=len, reverse=True))
        name = r"([a-z0-9][a-z0-9\-.]*[a-z0-9])"
        place = r"((?:\s+(?:-n|in)\s+[a-z0-9][a-z0-9\-]*)?[:,]?)"  # "sts/kafka -n data pods"
        for pattern, kind_at, name_at in (
            (rf"(?<![\w\-])({kinds})[ /]{name}{place}\s+({kinds})\b", 1, 2),
            (rf"(?<![\w\-/]){name} ({kinds}){place}\s+({kinds})\b", 2, 1),
        ):
            for m in rx.finditer(pattern, text):
                kind, other, named, where = m.group(kind_at), m.group(4), m.group(name_at), m.group(3)
                table, wanted = self._kinds[kind], self._kinds[other]
                if wanted in (table, "namespaces", "events") or named not in self.grounding.names(table):
                    continue
                where = where.rstrip(":,")
                return f"{text[: m.start()]}{other} of {kind} {named}{where}{text[m.end() :]}"
        return text

    def _unexplained(self, text: str, sql: str) -> list[str]:
        """The words of a question that pick objects its answer does not pick by, when the answer lists
        every object of a kind: another kind ("deploys pinned at hpa max"), a column not shown ("pdbs using
        max unavailable"), a value the cluster holds ("ds running on control plane")."""
        tree = sqlglot.parse_one(sql, read="duckdb")
        if tree.args.get("distinct") or not all(
            isinstance(e.unalias(), (exp.Column, exp.Bracket)) for e in tree.expressions
        ):
            return []  # a sum, a difference, the distinct values: the words say what is computed
        table = tree.find(exp.Table).name
        shown = {c.name for e in tree.expressions for c in e.find_all(exp.Column)}
        left = f" {text} "
        for m in slots.find_columns(left, self.catalog[table]):
            if m.column in shown:
                left = left[: m.start] + " " * (m.end - m.start) + left[m.end :]
        for at, phrase, t in self.find_kinds(left):
            if t == table:
                left = left[:at] + " " * len(phrase) + left[at + len(phrase) :]
        values = {v.lower() for v in rx.findall(r"'([^']*)'", sql)}  # "kube-system", and its words
        said = {w for v in values for w in rx.findall(r"[a-z]+", v)}
        accounted = {w for c in shown for w in c.split("_")} | said | values
        accounted |= {"limit"} if "hard" in shown else set()  # a quota's hard limit
        accounted |= {"access", "granted"} if "subjects" in shown else set()  # "who has access": the subjects
        same = {table, "namespaces", *_SAME_OBJECTS.get(table, ())}
        words = [rx.sub(r"'s$", "", w) for w in rx.findall(r"[a-z][a-z'\-]*[a-z]", left)]
        words = [
            w
            for w in dict.fromkeys(words)
            if not {w, w[:-1], w[:-2], w + "s"} & accounted and self._kinds.get(w) not in same
        ]
        # "pvcs and their pv": the kind a shown column names; "how many cpus can pods use per node"
        kinds = [
            w
            for w in words
            if w in self._kinds
            and self._kinds[w] not in said
            and not any(c in self._kinds[w] for c in shown if len(c) > 3)
            and not (self._kinds[w] == "pods" and any(rx.search("allocatable|capacity", c) for c in shown))
        ]
        # "svc selecting nothing"; a name, "pods w/ kube-rbac-proxy"
        picking = [w for w in words if w in _PICKING_WORDS or ("-" in w and w not in _WIDE)]
        words = [w for w in words if w not in lx.STOPWORDS | _FILLERS and w not in self._kinds]
        unshown = {w for c in self.catalog[table].columns if c.name not in shown for w in c.name.split("_")}
        columns = [w for w in words if w in (self._column_words(table) | unshown) - _PLAIN_COLUMN_WORDS]
        held: set[str] = set()
        if self.grounding is not None:
            named = ("name", "namespace", "owner_name")
            held = {
                v.lower()
                for c in self.catalog[table].columns
                if c.name not in named
                for v in self.grounding.values(table, c.name)
            }
            # an event's reason in one word ("FailedMount"), not an ordinary one ("Created")
            reasons = self.grounding.all_values("events", "reason")
            held |= {r.lower() for r in reasons if rx.search("[a-z][A-Z]", r)}
        pairs = [f"{a}-{b}" for a, b in zip(words, words[1:], strict=False)]  # "control plane"
        values = [w for w in words + pairs if w in held and w not in columns]
        # an app of the cluster (or a part of its name) said before the kind: "prometheus pods and their node"
        apps = self._app_names() if self.grounding is not None else frozenset()
        parts = {w for n in apps for w in n.split("-")} - lx.STOPWORDS - _FILLERS
        said_before = (rx.search(r"([a-z][a-z0-9\-]*)\s+$", text[:at]) for at, _, t in self.find_kinds(text))
        before = [m.group(1) for m in said_before if m]
        named = [w for w in before if self._unreflected_app(w, sql, words, apps, parts)]
        return list(dict.fromkeys(kinds + picking + columns + values + named))

    @functools.cache  # noqa: B019 - one translator per cluster, kept for the process
    def _column_words(self, table: str) -> frozenset[str]:
        """The words of every other table's column names."""
        others = (c for t in self.catalog if t.name != table for c in t.columns)
        return frozenset(w for c in others for w in c.name.split("_"))

    def _exclude(self, sql: str, excluded: str) -> str:
        """`sql` without the objects an "excluding …" phrase names: its conditions, negated."""
        tree = sqlglot.parse_one(sql, read="duckdb")
        source = tree.find(exp.Table)
        if source is None or source.name not in self.catalog.names():
            return sql
        # "excluding those in kube-system": the namespace they are in
        excluded = rx.sub(
            r"^(?:those|the ones|ones|anything|everything)\s+(?:(?:that are|which are)\s+)?(?:in|from)\s+"
            r"(?:the\s+)?(?:(?:namespaces?|ns)\s+)?",
            "",
            excluded,
        )
        conds, _ = self._conditions(source.name, excluded, [])
        app = rx.fullmatch(r"(?:the\s+)?([a-z][a-z0-9\-]*)(?:\s+(?:ones?|pods?|po))?", excluded.strip())
        key = self._app_key(source.name, app.group(1)) if app and source.name == "pods" else None
        if not conds and key is not None:  # "other than details": the pods labelled app=details
            conds = [f"labels[{quote(key)}] IS NOT DISTINCT FROM {quote(app.group(1))}"]
        held = {r.lower(): r for r in self.grounding.all_values("events", "reason")} if self.grounding else {}
        items = [w for w in re.split(r"\s*(?:,|\band\b|\bor\b|\bnor\b)\s*", excluded.strip()) if w]
        if source.name == "events" and len(items) > 1 and all(w in held for w in items):
            conds = [f"reason IN ({', '.join(quote(held[w]) for w in items)})"]  # "other than X, Y and Z"
        if not conds and source.name == "events" and self.grounding is not None:
            # "except node not ready ones": a reason said in its words
            found = reasons.named(excluded, self.grounding.values("events", "reason"))
            conds = [f"reason IN ({', '.join(map(quote, found))})"] if found else []
            kinds = [self.catalog[k[2]].kind for k in self.find_kinds(excluded) if k[2] in _EVENT_SUBJECTS]
            if not conds and kinds:  # "warnings excluding hpa ones": about any other kind
                conds = [f"involved_kind IN ({', '.join(map(quote, dict.fromkeys(kinds)))})"]
        said = [self._is_namespace(w, strict=True) for w in re.split(_LISTED_NS, excluded.strip())]
        if all(said) and self.catalog[source.name].namespaced:  # "other than payments or checkout"
            # the namespace itself, not an events' involved namespace (NULL for nodes', which are kept)
            # (nor the service account every namespace has: "outside kube-system and default")
            accounts = {f"service_account = {quote(ns)}" for ns in said}
            conds = [c for c in conds if not c.startswith("involved_namespace") and c not in accounts]
            conds += [f"namespace = {quote(ns)}" for ns in said]
        known = self._object_names(source.name)
        names = [w for w in rx.findall(r"[a-z0-9][a-z0-9\-.]*[a-z0-9]", excluded) if w in known]
        conds += [f"name = {quote(w)}" for w in names if f"name = {quote(w)}" not in conds]
        if names and source.name == "serviceaccounts":  # "other than default": the accounts so named
            conds = [c for c in conds if c not in {f"namespace = {quote(w)}" for w in names}]
        alias = source.alias_or_name
        for cond in conds:
            negated = sqlglot.parse_one(f"NOT ({cond})", read="duckdb")
            if source.alias:
                joins.qualify(negated, alias)
            tree = tree.where(negated, copy=False, dialect="duckdb")
        # the column an exclusion filters is not shown: "pvcs with storageClassName other than gp3"
        filtered = columns_of(conds) - {"namespace", "name", "pod"} if source.name != "events" else set()
        kept = [e for e in tree.expressions if not (isinstance(e, exp.Column) and e.name in filtered)]
        if kept and len(kept) < len(tree.expressions) and not tree.args.get("group"):
            tree.set("expressions", kept)
        return tree.sql(dialect="duckdb")

    def _kind_of_name(self, text: str) -> tuple[str, str] | None:
        """A question that names an object without its kind, read with the kind put after the name. Only
        for what asks to see the object ("describe ledger-db": the first of _NAMED_KINDS that holds it, a
        deployment before its service) or what an events source reported: any other unread question may be
        one to decline, and guessing its kind would answer it."""
        if self.grounding is None or self.find_kinds(text):
            return None
        asks = r"(?:(?:show(?: me)?|describe|get|what(?: is|'s)|tell me about)\s+)?"
        shown = rx.fullmatch(rf"\s*{asks}(?:the\s+)?([a-z0-9][a-z0-9\-.]*[a-z0-9])\s*[?.!]?\s*", text)
        if shown and len(shown.group(1)) >= 4:
            word = shown.group(1)
            found = next((t for t in _NAMED_KINDS if word in self.grounding.names(t)), None)
            if found is not None:
                kind = self.catalog[found].kind.lower()
                return f"show the {word} {kind}", f"{word} is a {kind}"
        if rx.search(r"\b(?:report\w*|say|said|saying|emit\w*|complain\w*)\b", text):
            sources = self.grounding.all_values("events", "source")  # "what has kernel-monitor reported?"
            for word in rx.findall(r"[a-z0-9][a-z0-9\-.]*[a-z0-9]", text):
                if word in sources:
                    return f"events from {word}", f"{word} reports events"
        return None

    def _property_of(self, text: str, namespace: str | None = None) -> str | None:
        """What one named object has: "what taints does gpu-1 have", "when was the payments namespace
        created", "how old is ledger-db-0". Only the columns asked for; the object's kind is the one a kind
        word beside it says, or the first of _NAMED_KINDS (then namespaces) that holds the name."""
        if self.grounding is None:
            return None
        if namespace is None:  # "how old is deploy checkout-api -n checkout": the object in that namespace
            ns, rest = self._namespace(text, None)
            if ns is not None and rest != text:
                found = self._property_of(rest, ns)
                if found is not None:
                    return found
        said = self.find_kinds(text)
        words = [w for w in rx.findall(r"[a-z0-9][a-z0-9\-.]*[a-z0-9]", text) if w not in lx.STOPWORDS]
        # "service accounts in the default namespace": a namespace said as one, not the account named so
        as_namespace = {
            w for w in words
            if rx.search(
                rf"(?<![\w\-.]){re.escape(w)}\s+(?:namespace|ns)\b|"
                rf"\b(?:namespace|ns|-n)\s+{re.escape(w)}(?![\w\-.])",
                text,
            )
        }

        # "what namespace is ledger-db-0 in?": the namespace said is the named object's column, not a kind
        in_ns = [k for k in said if k[2] == "namespaces" and k[1] in ("namespace", "ns")]

        def fits(table: str) -> bool:  # no other kind said, but inside a column ("the pod cidr of worker-2")
            spans = [(m.start, m.end) for m in slots.find_columns(text, self.catalog[table])]
            column = in_ns if self.catalog[table].namespaced else []
            return all(k[2] == table or k in column or any(s <= k[0] < e for s, e in spans) for k in said)

        found = [
            (w, t)
            for w in words
            for t in (*_NAMED_KINDS, "namespaces")
            if w in self.grounding.names(t) and fits(t) and (t == "namespaces" or w not in as_namespace)
        ]
        if len({w for w, _ in found}) != 1:
            return None
        name, table = found[0]
        spelt = re.escape(name)
        if rx.search(rf"(?<![\w\-.]){spelt}\s+images?\b|\bimages?\s+{spelt}(?![\w\-.])", text):
            return None  # "which containers use the nginx image?": an image so named, not the pod nginx
        rest = rx.sub(rf"(?<![\w\-.]){spelt}(?![\w\-.])", " ", text)
        where_ns = bool(in_ns) and table != "namespaces" and self.catalog[table].namespaced
        if where_ns:  # "which namespace does ledger-db-0 live in?"
            lives = r"\b(?:namespace|ns)\b|\b(?:lives?|living|belongs?|located|resides?|sits?) (?:in|to)\b"
            rest = rx.sub(lives, " ", rest)
        rest = rx.sub(r"\bversion of (?:the )?([a-z]+)\b", r"\1 version", rest)  # "version of the kernel"
        own = {c.name for c in self.catalog[table].columns}
        # "when did pod x start?", "start time of job y": the kind's own start column, else its creation
        start = next((c for c in ("started", "start_time", "started_at") if c in own), "created")
        starts = rx.search(r"\bwhen\b.*\bstart(?:s|ed)?\b|\bstart(?:ed)?[ _]?(?:time|at)\b", rest)
        if starts:
            rest = rx.sub(r"\bstart(?:s|ed)?(?:[ _]?(?:time|at))?\b", " ", rest)
        # "when did job x finish?", "how long did job x take?", "when did cron job y last succeed?"
        ended = r"\bwhen\b.*\b(?:finish(?:ed)?|complete[ds]?|end(?:ed)?)\b"
        took = r"\bhow long did\b.*\b(?:take|run|last)\b"
        succeeded = r"\bwhen\b.*\b(?:last )?succe(?:ed|eded|ssful(?:ly)?)\b"
        timed = next(
            (
                (col, pat)
                for col, pat in (
                    ("completion_time", ended), ("duration", took), ("last_successful", succeeded)
                )
                if col in own and rx.search(pat, rest)
            ),
            None,
        )
        if timed and not starts:
            rest = rx.sub(
                r"\b(?:when|how long|did|last|finish(?:ed)?|complete[ds]?|end(?:ed)?|take|run|"
                r"succe(?:ed|eded|ssful(?:ly)?))\b",
                " ",
                rest,
            )
        owner = "owner_kind" in own and rx.search(
            r"\bowners?\b(?! (?:kind|name)s?\b)|\b(?:who|what|which \w+) (?:owns|controls|manages|created)\b|"
            r"\bcontroll(?:er|ing)\b|\bowned by\b|\bmanaged by\b|\bcontrolled by\b",
            rest,
        )
        if owner:  # "owner of pod cassandra-2", "who owns ledger-db-0": the kind and name of its owner
            rest = rx.sub(
                r"\bowners?\b|\b(?:who|what|which \w+) (?:owns|controls|manages|created)\b|"
                r"\bcontroll(?:er|ing)\b|\b(?:owned|managed|controlled) by\b",
                " ",
                rest,
            )
        columns = [
            m.column
            for m in slots.find_columns(rest, self.catalog[table])
            if m.column not in ("name", "namespace", "cluster", "uid", "raw")
        ]
        if owner:
            columns[:0] = ["owner_kind", "owner_name"]
        if where_ns:
            columns.insert(0, "namespace")
        running_for = r"\bhow long (?:has|have|is|was)\b.*\b(?:been|up|running|around|going)\b"
        if table == "jobs" and rx.search(running_for, rest):
            columns = ["duration", *(c for c in columns if c not in ("age", "duration"))]  # a run so far
        elif rx.search(r"\bhow old\b|" + running_for, rest):
            columns.insert(0, "age")
        elif starts:
            columns.insert(0, start)
        elif timed:
            columns.insert(0, timed[0])
        elif rx.search(r"\bwhen (?:was|were|did)\b.*\b(?:created|made|started|born)\b", rest):
            columns.insert(0, "created")
        elif table == "pods" and rx.search(r"^\W*where (?:is|was)\b.*\b(?:running|scheduled)\W*$", rest):
            columns.insert(0, "node")  # "where is cassandra-0 running": its node
        columns = list(dict.fromkeys(columns))
        if not columns or not set(columns) <= own or len(columns) > 3:
            return None
        leftover = rx.sub(
            r"\b(what|which|when|how|many|much|old|long|is|are|was|were|does|do|did|has|have|had|been|the|its|of|on|for|"
            r"show|me|get|list|tell|about|up|running|around|created|made|started|born|and|in|set|s|"
            r"where|scheduled)\b|[?.!,']",
            " ",
            rest,
        )
        # "what kernel does worker-1 run", "which service account does deploy x use": its own field
        # (which of the objects so named, when a namespaced kind: "the deployment that uses …")
        uses = rx.match(r"\s*(?:what|which)\b", rest) and rx.search(r"\b(?:run|runs|use|uses)\b", leftover)
        if uses:
            leftover = rx.sub(r"\b(?:run|runs|use|uses)\b", " ", leftover)
        for m in slots.find_columns(leftover, self.catalog[table]):
            leftover = leftover[: m.start] + " " * (m.end - m.start) + leftover[m.end :]
        for at, phrase, t in self.find_kinds(leftover):  # the kind said in words: "the cron job x"
            if t == table:
                leftover = leftover[:at] + " " * len(phrase) + leftover[at + len(phrase) :]
        words_left = [w for w in leftover.split() if self._kinds.get(w) != table]
        if words_left:  # something else is asked: a filter or another kind, read by the other rules
            return None
        shown = ", ".join(c + unit_of(c, text) for c in columns)
        if uses and self.catalog[table].namespaced:
            shown = ("name, " if namespace else "namespace, name, ") + shown
        where = f"namespace = {quote(namespace)} AND " if namespace and self.catalog[table].namespaced else ""
        return f"SELECT {shown} FROM {table} WHERE {where}name = {quote(name)}"

    def _extreme_per_group(self, text: str, ns: str | None = None) -> str | None:
        """ "the newest pod in each namespace": one object per group, the one at the extreme."""
        each = r"(?:(?:in|of|on|per|for) (?:each|every)|per) (namespace|ns|node)\b"
        extreme = r"newest|latest|youngest|oldest|biggest|largest|smallest|most[- ]restart(?:ed|ing)"
        owned = self._extreme_per_owner(text, ns)
        if owned is not None:
            return owned
        m = rx.search(rf"\b({extreme})\s+([a-z]+) {each}", text)  # "newest pod per ns" too
        said = m and (m.group(1), m.group(2), m.group(3))
        # "which pod restarted the most in each namespace": the kind said before its extreme
        most = r"(?:has )?restart(?:ed|s)? the most(?: times)?"
        m = m or rx.search(rf"\b(?:which|what)\s+([a-z]+) {most} {each}", text)
        said = said or (m and ("most restarted", m.group(1), m.group(2)))
        if not said:  # "the pod with the most restarts in each namespace", "top pod by cpu request per node"
            return self._ranked_per_group(text, each, ns)
        kinds = self.find_kinds(said[1]) if said else []
        if not kinds:
            return None
        table = self.catalog[kinds[0][2]]
        dim = "namespace" if said[2] in ("namespace", "ns") else "node"
        if slots.column_type(table, dim) is None:
            return None
        if "restart" in said[0]:
            if slots.column_type(table, "restarts") is None:
                return None
            column = "restarts"
        elif said[0] in ("newest", "latest", "youngest", "oldest"):
            column = "created"
        else:
            sizes = [c.column for c in slots.find_columns("size", table)]
            if not sizes:
                return None
            column = sizes[0]
        pick = "arg_min" if said[0] in ("oldest", "smallest") else "arg_max"
        conds = [f"{dim} IS NOT NULL"] if dim == "node" else []
        conds += ["restarts > 0"] if column == "restarts" else []  # a pod that never restarted is no extreme
        if ns and table.namespaced:  # "oldest pod per namespace in payments and data": those namespaces
            named = [ns, *self._more_namespaces(text, ns)]
            listed = ", ".join(quote(n) for n in named)
            conds.append(f"namespace IN ({listed})" if len(named) > 1 else f"namespace = {listed}")
        where = f" WHERE {' AND '.join(conds)}" if conds else ""
        return f"SELECT {dim}, {pick}(name, {column}) AS name FROM {table.name}{where} GROUP BY {dim}"

    def _extreme_per_owner(self, text: str, ns: str | None) -> str | None:
        """ "the latest job of each cron job", "oldest pod per statefulset": per owner, the newest (or oldest)
        of the objects it owns directly."""
        m = rx.search(
            r"\b(newest|latest|youngest|most recent|last|oldest|first|earliest)\s+([a-z]+) "
            r"(?:(?:in|of|on|per|for|from) (?:each|every)|per) ([a-z]+(?: ?jobs?| ?sets?)?)\b",
            text,
        )
        if m is None:
            return None
        kinds, owners = self.find_kinds(m.group(2)), self.find_kinds(m.group(3))
        if not kinds or not owners or owners[0][1] != m.group(3).strip():
            return None
        table, owner = self.catalog[kinds[0][2]], self.catalog[owners[0][2]]
        if (table.name, owner.name) not in _DIRECT_OWNERS:
            return None
        pick = "arg_min" if m.group(1) in ("oldest", "first", "earliest") else "arg_max"
        conds = [f"owner_kind = {quote(owner.kind)}"] + ([f"namespace = {quote(ns)}"] if ns else [])
        return (
            f"SELECT namespace, owner_name, {pick}(name, created) AS name FROM {table.name} "
            f"WHERE {' AND '.join(conds)} GROUP BY namespace, owner_name"
        )

    def _ranked_per_group(self, text: str, each: str, ns: str | None) -> str | None:
        """ "The pod with the most restarts in each namespace", "top pod by memory request per node": per
        group, the object at the extreme of a measure, with that measure ("top 2 pods per namespace by
        restarts": the first few of each group)."""
        most = r"most|highest|largest|biggest|greatest|lowest|fewest|least|smallest"
        m = rx.search(
            rf"\b(?:the |top |which |what )?([a-z]+) (?:(?:with|having|has|have|uses?|requests?|sets?) the "
            rf"({most}) ([a-z ]+?)|by ([a-z ]+?)) {each}",
            text,
        )
        top = rx.search(rf"\btop {NUMW} ([a-z]+) (?:by ([a-z ]+?) {each}|{each} by ([a-z ]+?))\W*$", text)
        if top:
            n, kind, low, measure = number(top.group(1)), top.group(2), None, top.group(3) or top.group(6)
            group = top.group(4) or top.group(5)
        elif m:
            n, kind, measure, group = None, m.group(1), m.group(3) or m.group(4), m.group(5)
            low = bool(m.group(2)) and rx.match(r"lowest|fewest|least|smallest", m.group(2))
        else:
            return None
        kinds = self.find_kinds(kind)
        if not kinds or kinds[0][1] != kind:
            return None
        table = self.catalog[kinds[0][2]]
        dim = "namespace" if group in ("namespace", "ns") else "node"
        if slots.column_type(table, dim) is None or slots.column_type(table, "name") is None:
            return None
        found = [x.column for x in slots.find_columns(measure, table)]
        if len(found) != 1 or slots.column_type(table, found[0]) not in ("int", "float"):
            return None
        column = found[0]
        pick, fn = ("arg_min", "min") if low else ("arg_max", "max")
        conds = [f"{dim} IS NOT NULL"] if dim == "node" else []
        conds += ["restarts > 0"] if column == "restarts" else []  # a pod that never restarted is no extreme
        if ns and table.namespaced:
            conds.append(f"namespace = {quote(ns)}")
        where = f" WHERE {' AND '.join(conds)}" if conds else ""
        if n and n > 1:
            order = f"{column} {'ASC' if low else 'DESC'}"
            return (
                f"SELECT {dim}, name, {column} FROM {table.name}{where} "
                f"QUALIFY row_number() OVER (PARTITION BY {dim} ORDER BY {order}) <= {n}"
            )
        return (
            f"SELECT {dim}, {pick}(name, {column}) AS name, {fn}({column}) AS {column} "
            f"FROM {table.name}{where} GROUP BY {dim}"
        )

    def _workload_nodes(self, text: str) -> str:
        """ "where is fluent-bit not running?", "nodes missing ds fluent-bit", "which nodes is node-exporter
        on": the nodes with no pod (or with a pod) of a workload the cluster has, said the way the join
        reads them ("which nodes don't have a fluent-bit pod")."""
        if self.grounding is None:
            return text
        for patterns, said in ((_WORKLOAD_ABSENT, "don't have"), (_WORKLOAD_ON, "have")):
            for pattern in patterns:
                m = rx.match(pattern, text)
                if said == "have" and m and rx.search(r"\b(?:pods?|po)\b", m.group(0)):
                    continue  # "what nodes are the cassandra pods on?": each pod with its node
                if m and m.group("w") in self.grounding.workloads:
                    return f"which nodes {said} a {m.group('w')} pod"
        return text

    def _object_names(self, table: str) -> frozenset[str]:
        return self.grounding.names(table) if self.grounding is not None else frozenset()

    def _hosts(self, text: str) -> str:
        """ "what is behind shop.acme.io": a host an ingress serves names that ingress."""
        if self.grounding is None or rx.search(r"\b(?:ingress\w*|ing|hosts?)\b", text):
            return text
        held = self.grounding.values("ingresses", "hosts")
        for host in dict.fromkeys(rx.findall(r"(?<![\w\-.])[a-z0-9\-]+(?:\.[a-z0-9\-]+)+(?![\w\-])", text)):
            if host in held:
                text = rx.sub(rf"(?<![\w\-.]){re.escape(host)}(?![\w\-])", f"ingress host {host}", text)
        return text

    def _namespace_globs(self, text: str) -> str:
        """ "pods in team-* namespaces", "across namespaces starting with team": the cluster's namespaces
        whose names begin so, as a list the namespace reader takes ("in team-a and team-b")."""
        if self.grounding is None:
            return text
        ns = r"(?:namespaces?|ns)"
        started = (
            r"(?:that\s+|which\s+)?(?:start(?:s|ing)?|begin(?:s|ning)?)\s+with\s+|prefixed\s+(?:with\s+|by\s+)?"
        )
        said = (
            rf"\b(in|across|from|of|under)\s+(?:the\s+|all\s+)?(?:"
            rf"([a-z0-9][a-z0-9\-]*)\*(?:\s+{ns}\b|(?![\w\-]))|"
            rf"{ns}\s+(?:named\s+|called\s+|matching\s+|like\s+)?([a-z0-9][a-z0-9\-]*)\*|"
            rf"{ns}\s+(?:{started})['\"]?([a-z0-9][a-z0-9\-]*)['\"]?)"
        )

        def listed(m: re.Match[str]) -> str:
            prefix = m.group(2) or m.group(3) or m.group(4)
            held = sorted(n for n in self.grounding.namespaces if n.startswith(prefix))  # type: ignore[union-attr]
            if not held:
                return m.group(0)
            listing = held[0] if len(held) == 1 else ", ".join(held[:-1]) + f" and {held[-1]}"
            return f"{m.group(1)} {listing}"

        return rx.sub(said, listed, text)

    def _namespace_slips(self, text: str) -> str:
        """ "secrets in shp", "-n dtaa": a namespace misspelt where one is said; "team b containers": a dashed
        one said with a space. Both mended, so that no word of them is left unread."""
        g = self.grounding
        if g is None:
            return text

        def mended(m: re.Match[str]) -> str:
            word = m.group(2)
            known = word in g.namespaces or word in VOCAB or word in lx.STOPWORDS
            if known or self._object_names_anywhere(word):
                return m.group(0)
            return m.group(1) + (g.namespace(word) or word)

        said = r"((?:\bin|(?:^|\s)-n|\bfrom)\s+(?:the\s+)?)([a-z0-9][a-z0-9\-]*)(?=\s|$|[?.!,])"
        text = rx.sub(said, mended, text)
        # "ingres-nginx serviceaccounts": a dashed namespace misspelt at the start
        text = rx.sub(r"^()([a-z0-9]+(?:-[a-z0-9]+)+)(?=\s)", mended, text)
        # "summed over the dta ns": a namespace misspelt before the word itself
        named = (
            r"((?:^|\b(?:in|over|across|for|of|from|the)\s+)(?:the\s+)?)([a-z0-9][a-z0-9\-]*)"
            r"(?=\s+(?:ns|namespace)\b)"
        )
        text = rx.sub(named, mended, text)
        for name in g.namespaces:  # ("team a" is never read as the article: a short tail only)
            head, dash, tail = name.partition("-")
            if dash and tail and "-" not in tail and len(tail) <= 2:
                text = rx.sub(rf"(?<![\w\-]){re.escape(head)} {re.escape(tail)}(?![\w\-])", name, text)
        return text

    def _class_volumes(self, text: str) -> str:
        """ "pods using a gp3 volume", "pods mounting a volume on the fast storage class": a volume said
        by its storage class is a pod's claim of that class."""
        if self.grounding is None or not rx.search(r"\b(?:pods?|po)\b", text):
            return text
        names = sorted(self.grounding.names("storageclasses"), key=len, reverse=True)
        classes = "|".join(re.escape(c) for c in names)
        if not classes:
            return text
        # "pods using a volume whose reclaim policy is Retain": a persistent volume, by its own column
        text = rx.sub(
            r"\b(?:persistent\s+)?volumes?\b(?!\s+claims?)"
            r"(?=\s+(?:whose|with|that has|which has)\s+(?:an?\s+|the\s+)?reclaim\s*polic(?:y|ies)\b)",
            "pv",
            text,
        )
        if not rx.search(r"\b(?:pvcs?|claims?|persistent\s*volumes?|pvs?|volumes?)\b", text):
            # "pods that use storage class gp3", "pods on the gp3 sc": a claim of that class
            text = rx.sub(
                rf"\b(?:the\s+|an?\s+)?(?:storage\s*class|sc)\s+({classes})\b(?![\w\-])"
                rf"|\b(?:the\s+|an?\s+)?({classes})\s+(?:storage\s*class|sc)\b",
                lambda m: f"a {m.group(1) or m.group(2)} pvc",
                text,
            )
        return rx.sub(
            rf"\b((?:{classes})\s+)(?:persistent\s+)?volumes?\b(?!\s+claims?)"
            rf"|\b(?:persistent\s+)?volumes?\b(?!\s+claims?)(?=\s+(?:on|of|from|with|in|using)\s+(?:the\s+|an?\s+)?"
            rf"(?:(?:{classes})\s+)?(?:storage\s*class|sc)\b)",
            lambda m: f"{m.group(1) or ''}pvc",
            text,
        )

    def _owner_compounds(self, text: str) -> str:
        """ "ds pods", "payments-api deployment pods": pods named by their owner, said the long way."""
        phrases = "|".join(
            re.escape(w) for w, t in sorted(self._kinds.items(), key=lambda kv: -len(kv[0])) if t in _OWNERS
        )

        # "nodes that don't run fluent-bit", "where isn't fluent-bit running": the nodes without its pod
        lacking = (
            r"\b(?:(nodes?)(?:\s+(?:that|which))?\s+(?:do not|don'?t|does not|doesn'?t|are not|aren'?t|"
            r"is not|isn'?t)\s+(?:run|running|host|hosting|have)|"
            r"where\s+(?:is not|isn'?t|does not|doesn'?t))\s+"
            r"(?:the\s+|a\s+|an\s+|any\s+)?([a-z0-9][a-z0-9\-]*[a-z0-9])(?:\s+pods?)?(?:\s+(?:run|running))?\b|"
            r"\b(nodes?)\s+where\s+(?:the\s+)?([a-z0-9][a-z0-9\-]*[a-z0-9])(?:\s+pods?)?\s+"
            r"(?:is not|isn'?t|does not|doesn'?t|are not|aren'?t)\s+(?:run|running|scheduled)\b"
        )

        def without(m: re.Match[str]) -> str:
            nodes, name = (m.group(1), m.group(2)) if m.group(2) else (m.group(3), m.group(4))
            owners = [t for t in _OWNERS if t != "replicasets" and name in self._object_names(t)]
            if len(owners) != 1 or self._is_namespace(name, strict=True):
                return m.group(0)
            return f"{nodes or 'nodes'} without a {name} pod"

        text = rx.sub(lacking, without, text)
        # "deploys that are crashlooping", "which sts have image pull errors": a pod's state, said of
        # a workload with no pods named, is its pods'
        sets = "|".join(
            re.escape(w)
            for w, t in sorted(self._kinds.items(), key=lambda kv: -len(kv[0]))
            if t in ("deployments", "statefulsets", "daemonsets", "replicasets")
        )
        pod_state = (
            r"crash ?loop(?:ing|s|backoff)?|in crashloopbackoff|image ?pull ?(?:errors?|failures?|issues?|"
            r"problems?|backoffs?)|errimagepull|imagepullbackoff|(?:failing|unable) to pull (?:their |its )?"
            r"images?|oom ?killed|evicted"
        )
        if not rx.search(r"\b(?:pods?|po|containers?)\b", text):
            text = rx.sub(
                rf"(?<![\w\-/])({sets})((?:\s+(?:in|-n)\s+(?:the\s+)?[a-z0-9][\w\-]*(?:\s+namespace)?)?)\s+"
                rf"(?:that\s+|which\s+)?(?:(are|is|were|was)\s+|(have|has|had|with|having|got)\s+)?(?:been\s+)?"
                rf"({pod_state})\b",
                lambda m: f"{m.group(1)}{m.group(2)} with pods "
                + ("that are " if m.group(3) else "that have " if m.group(4) else "")
                + m.group(5),
                text,
            )

        def long_way(m: re.Match[str]) -> str:
            name, table = m.group(1), self._kinds[m.group(2)]
            known = self.grounding.names(table) if self.grounding is not None else None
            if name and (name in known if known is not None else "-" in name):
                return f"{m.group(3)} of {table} {name}"
            return f"{name + ' ' if name else ''}{m.group(3)} owned by a {_OWNERS[table]}"

        text = rx.sub(
            rf"(?<![\w\-/=])(?:([a-z0-9][a-z0-9\-]*[a-z0-9])\s+)?({phrases})\s+(pods?|po)\b", long_way, text
        )

        def owned_of(kind: str, name: str, owned_word: str) -> str | None:
            """ "cj db-backup jobs": the jobs of that cron job, when it owns them and has that name."""
            table, owned = self._kinds[kind], self._kinds.get(owned_word, "pods")
            owns = owned == "pods" or _OWNED_BY_ONE.get(owned) == table
            return f"{owned_word} of {table} {name}" if owns and name in self._object_names(table) else None

        def kind_first(m: re.Match[str]) -> str:
            return owned_of(m.group(1), m.group(2), m.group(3)) or m.group(0)

        # "sts ledger-db pods", "cj db-backup jobs": the owner's kind said before its name
        owned = "|".join(re.escape(w) for w, t in self._kinds.items() if t in _OWNED_BY_ONE)
        kind_name = rf"(?<![\w\-/=])({phrases})\s+([a-z0-9][a-z0-9\-]*[a-z0-9])\s+(pods?|po|{owned})\b"
        text = rx.sub(kind_name, kind_first, text)

        def asked_of(m: re.Match[str]) -> str:
            kind, name = (m.group(2), m.group(3)) if m.group(2) else (m.group(5), m.group(4))
            return owned_of(kind, name, m.group(1)) or m.group(0)

        # "how many pods does deployment x have?": the pods of that owner
        text = rx.sub(
            rf"\b(pods?|po|{owned}) (?:does|do) (?:the )?(?:({phrases}) ([a-z0-9][a-z0-9\-]*[a-z0-9])|"
            rf"([a-z0-9][a-z0-9\-]*[a-z0-9]) ({phrases})) (?:have|run|own|manage|create)\b",
            asked_of,
            text,
        )

        def named_owner(m: re.Match[str]) -> str:
            word = m.group(1)
            if "-" not in word and (self._is_namespace(word, strict=True) or word in self._kinds):
                return m.group(0)  # "payments pods", "job pods": a namespace or a kind, not a workload
            owners = [t for t in _OWNERS if word in self._object_names(t)]
            if not owners and "-" in word:  # "the vllm-gemma pod": one workload's name, said short
                named = {
                    (t, n)
                    for t in ("deployments", "statefulsets", "daemonsets", "cronjobs")
                    for n in self._object_names(t)
                    if n.startswith(word + "-")
                }
                if len(named) == 1:
                    (table, name), = named
                    return f"{m.group(2)} of {table} {name}"
            return f"{m.group(2)} of {owners[0]} {word}" if len(owners) == 1 else m.group(0)

        # "autoscaled deployments", "deploys that aren't autoscaled": ones with (or without) an hpa
        # "deployments targeted by an hpa", "not scaled by any hpa": ones with (or without) an hpa
        hpa = r"(?:an?|any|some|no)\s+(?:hpas?|autoscalers?|horizontal pod autoscalers?)\b"
        text = rx.sub(
            rf"\b(deployments?|deploys?)((?:\s+[\w\-]+){{0,3}}?)\s+(?:that\s+|which\s+)?(?:are\s+|is\s+)?"
            rf"(n't\s+|not\s+)?(?:targeted|scaled|managed|controlled|covered)\s+by\s+({hpa})",
            lambda m: f"{m.group(1)}{m.group(2)} "
            + ("have no hpa" if m.group(3) or m.group(4).startswith("no") else "have an hpa"),
            text,
        )
        scaled = r"(?:auto-?scaled|hpa[- ]scaled)"
        text = rx.sub(rf"\b{scaled}\s+(deployments?|deploys?)\b", r"\1 with an hpa", text)
        text = rx.sub(
            rf"\b(deployments?|deploys?)\b((?:\s+[\w\-]+){{0,3}}?)\s+(?:that\s+|which\s+)?(?:(?:are|is)\s*(n't|not)?|(not))\s+"
            rf"{scaled}",
            lambda m: f"{m.group(1)}{m.group(2)} {'have no' if m.group(3) or m.group(4) else 'have an'} hpa",
            text,
        )

        # "deploys at their hpa's max replicas", "maxed out on their hpa": the autoscaler's own state
        scaler = r"(hpas?|autoscalers?|horizontal pod autoscalers?)"
        whose = r" whose \1 is maxed out"
        text = rx.sub(
            r"\s(?:that |which )?(?:are |is )?(?:already )?(?:at|hit|hitting|reached|reaching) "
            rf"(?:(?:their |its |the )?{scaler}(?:'s|s'|’s)? max(?:imum)?(?: replicas?)?(?: count)?\b|"
            rf"(?:the |their )?max(?:imum)? (?:replicas?|replica count|pods) (?:of|on|in) "
            rf"(?:their |its |the ){scaler})",
            lambda m: f" whose {m.group(1) or m.group(2)} is maxed out",
            text,
        )
        maxed = (
            r"\s(?:that |which )?(?:are |is )?(?:already )?maxed out (?:on|by) (?:their |its |the )?"
            rf"{scaler}\b"
        )
        text = rx.sub(maxed, whose, text)

        # "legacy-billing restarts", "restarts of blackbox-exporter", "has cartservice restarted": what only
        # pods have, said of a workload by name, is its pods'
        def pods_of(m: re.Match[str]) -> str:
            word = m.group("w")
            if "-" not in word and (self._is_namespace(word, strict=True) or word in self._kinds):
                return m.group(0)
            if rx.search(r"\b(?:containers?|ctrs?|events?)\b", m.string):  # "restarts per container"
                return m.group(0)
            owned = [
                t for t in ("deployments", "statefulsets", "daemonsets") if word in self._object_names(t)
            ]
            return m.group(0).replace(word, f"{word} pods", 1) if len(owned) == 1 else m.group(0)

        workload = r"(?<![\w\-/=])(?P<w>[a-z0-9][a-z0-9\-]*[a-z0-9])"
        pod_words = r"(?:restarts?|restart counts?|restarted|crash\w*|oom\w*|(?:is |are )?not ready|"
        pod_words += r"image ?pull|(?:cpu|memory|mem) (?:requests?|limits?)|qos(?: class)?|nodes?$)\b"
        text = rx.sub(rf"{workload}(?=\s+{pod_words})", pods_of, text)
        text = rx.sub(rf"(?<=\brestarts of ){workload}(?![\w\-])(?!\s+(?:pods?|po)\b)", pods_of, text)
        text = rx.sub(
            r"(?:(?<=\bhas )|(?<=\bdid ))(?P<w>[a-z0-9][a-z0-9\-]*[a-z0-9])(?=\s+(?:restart|crash))",
            pods_of,
            text,
        )
        # "the fluent-bit pods", "the cassandra pods": pods of the one workload of that name
        named = r"(?<![\w\-/=])([a-z0-9][a-z0-9\-]*[a-z0-9])\s+(pods?|po)\b"
        text = rx.sub(named, named_owner, text)
        # "cronjob nightly-report (ns batch): all pods from its jobs": the pods of that cron job's runs
        text = rx.sub(
            r"\b(?:cron ?jobs?|cj) ([a-z0-9][a-z0-9\-]*[a-z0-9])((?: \([^)]*\))?):? (?:all )?(?:the )?"
            r"(pods?|po) "
            r"(?:from|of|in) its (?:jobs|runs)\b",
            lambda m: f"{m.group(3)} of cronjobs {m.group(1)}{m.group(2)}"
            if m.group(1) in self._object_names("cronjobs")
            else m.group(0),
            text,
        )
        # "svc/kafka backing pods + ready?": whether each is ready, shown (not a filter)
        text = rx.sub(r"\band (?:the )?ready\s*\?+$", "and whether each is ready", text)
        # "what does kube-dns route to": the pods behind that service
        text = rx.sub(
            r"^(?:what|which)(?: pods?)? (?:does|do) (?:the )?(?:svc |service )?([a-z0-9][a-z0-9\-]*[a-z0-9])"
            r"(?: svc| service)? (?:route|send|forward|point|balance)s?(?: (?:its )?traffic)? "
            r"(?:to|across)\b",
            lambda m: f"pods behind service {m.group(1)}"
            if m.group(1) in self._object_names("services")
            else m.group(0),
            text,
        )
        # "what state are the pods behind x in?": their status
        text = rx.sub(
            r"^what (?:state|status) (?:is|are) ((?:the )?(?:\S+ )?(?:pods?|po)\b.*?)(?: in)?(\?*)$",
            r"\1 and their status\2",
            text,
        )
        # "what happened to the pods of …? name and status": the pods' status, not their events
        if rx.search(r"\bstatus\b", text) and not rx.search(r"\bevents?\b|\bwarnings?\b", text):
            text = rx.sub(r"^what happened to (?=(?:the )?(?:\S+ )?(?:pods?|po)\b)", "", text)
        # "nodes running cassandra": the nodes of that workload's pods
        running = (
            r"\b(nodes?\b(?:\s+(?:that|which))?(?:\s+(?:are|is))?\s+(?:running|hosting|run|runs|host|hosts))"
            r"\s+(?:the\s+)?([a-z0-9][a-z0-9\-]*[a-z0-9])\b"
        )
        text = rx.sub(running, lambda m: self._running_owner(m.group(1), m.group(2)) or m.group(0), text)
        # "where does cassandra run", "where is grafana running": the same nodes, asked with "where"
        # ("where did cache warmer run": a hyphenated name said with a space)
        where = r"\bwhere (?:does|do|did|is|are|was|were) (?:the )?([a-z0-9][a-z0-9\-]*[a-z0-9])"
        where += r"((?: [a-z0-9]+)?) (?:run|ran|running|scheduled|live)\b"

        def where_runs(m: re.Match[str]) -> str:
            spaced = m.group(1) + m.group(2).replace(" ", "-")
            if m.group(2) and spaced in self._pod_owner_names():
                return self._running_owner("nodes running", spaced) or m.group(0)
            if m.group(2):
                return m.group(0)
            return self._running_owner("nodes running", m.group(1)) or m.group(0)

        text = rx.sub(where, where_runs, text)
        # "which nodes did the cache-warmer cron job's pods run on": a cron job's pods, each on its node
        ran = r"\b(?:which|what) nodes? (?:did|do|does|are|were|was) (?:the )?(?:pods of cronjobs "
        ran += r"(?P<n>[a-z0-9][a-z0-9\-]*[a-z0-9])|"
        ran += r"(?P<m>[a-z0-9][a-z0-9\-]*[a-z0-9]) (?:cron ?jobs?|cj)(?:'s|’s) pods) "
        ran += r"(?:run|ran|running|scheduled)(?: on)?\b"
        name = lambda m: m.group("n") or m.group("m")  # noqa: E731
        text = rx.sub(ran, lambda m: self._running_owner("nodes running", name(m)) or m.group(0), text)
        # "which nodes ran pods of the db-backup cronjob?": the same, the nodes said as the subject
        owner_kind = r"(?:cron ?jobs?|cj|deployments?|deploy|statefulsets?|sts|daemonsets?|ds)"
        ran = r"\b(?:which|what) nodes? (?:ran|run|runs|hosted|host|hosts|have run|had) (?:the )?"
        ran += rf"(?:pods?|po) (?:of|from) (?:the )?(?:{owner_kind} )?(?P<n>[a-z0-9][a-z0-9\-]*[a-z0-9])"
        ran += rf"(?: {owner_kind})?\W*$"
        text = rx.sub(ran, lambda m: self._running_owner("nodes running", m.group("n")) or m.group(0), text)
        # "which cronjobs' jobs ran on worker-3?", "deployments running on worker-2": the workloads with a pod
        # on that node
        on_node = r"\b(cron ?jobs|cjs?|deployments|deploys|statefulsets|sts|daemonsets|ds|jobs|replica ?sets|"
        on_node += r"rs)(?:'|’)?(?: (?:jobs|runs|pods|po))? (?:that |which )?(?:(?:are|were|have|had) )?"
        on_node += r"(?:ran|run|runs|running|scheduled|placed) on (?:the )?(?:node )?"
        on_node += r"(?P<node>[a-z0-9][a-z0-9\-.]*[a-z0-9])\b"
        # "services whose pods are not all ready": some of them are not
        text = rx.sub(r"\b(are|were) ?(?:not|n't) all (ready|running)\b", r"\1 not \2", text)
        # "how many bindings reference each role": with roles said (not cluster ones), role bindings
        if rx.search(r"\broles?\b(?! ?bindings?)", text) and not rx.search(r"\bcluster|\bcrbs?\b", text):
            text = rx.sub(r"(?<![\w\-])(?<!role )bindings\b", "role bindings", text)
        # "services that an ingress routes to", "svcs routed to by an ingress": the services behind one
        routed = r"\b(services|svcs?)((?: in [a-z0-9][a-z0-9\-]*)?) (?:(?:that|which) (?:an?|any|some)? ?"
        routed += r"(?:ingress(?:es)?|ing) (?:routes?|points?|sends? traffic|forwards?) to|"
        routed += r"(?:that are |which are )?"
        routed += r"(?:routed|pointed) to (?:by|from) (?:an?|any|some) (?:ingress|ing))\b"
        text = rx.sub(routed, r"\1\2 behind an ingress", text)
        text = rx.sub(
            r"^(which|what) (services|svcs?) do (?:the )?(?:ingresses|ings) (?:route|point|send traffic) to"
            r"((?: in [a-z0-9][a-z0-9\-]*)?)\b",
            r"\1 \2\3 are behind an ingress",
            text,
        )
        text = rx.sub(
            on_node,
            lambda m: f"{m.group(1)} with pods on {m.group('node')}"
            if m.group("node") in self._object_names("nodes")
            else m.group(0),
            text,
        )
        return text

    def _pod_owner_names(self) -> frozenset[str]:
        """The names of the workloads that own pods."""
        return frozenset().union(*(self._object_names(t) for t in _OWNERS if t != "replicasets"))

    def _running_owner(self, lead: str, name: str) -> str | None:
        """ "nodes running cassandra": `lead` followed by the pods of the one workload so named (a cron
        job's pods come and go: each pod of its runs, with its node)."""
        owners = [t for t in _OWNERS if t != "replicasets" and name in self._object_names(t)]
        if len(owners) != 1 or self._is_namespace(name, strict=True):
            return None
        if owners[0] == "cronjobs":
            return f"pods of cronjobs {name} and their nodes"
        return f"{lead} pods of {owners[0]} {name}"

    def _restated(self, conversation: tuple[Any, ...], namespace: str | None) -> Any:
        """The last turn, its question said whole when it was itself a follow-up ("which are not ready?"
        after "nodes" is "nodes which are not ready?"), so that what builds on its question reads the
        objects its SQL found."""
        last = conversation[-1]
        question, sql = followup._said(last, "question"), followup._said(last, "sql")
        if not question or not sql or len(conversation) < 2 or self._reads_as(question, sql, namespace):
            return last
        whole = question
        for turn in reversed(conversation[-4:-1]):  # "deployments" … "in checkout" … "which are not ready?"
            earlier = followup._said(turn, "question")
            if not earlier:
                break
            whole = f"{earlier.rstrip(' ?.!')} {whole}"
            if self._reads_as(whole, sql, namespace):
                return {"question": whole, "sql": sql}
        return last

    def _reads_as(self, question: str, sql: str, namespace: str | None) -> bool:
        """Whether `question`, asked alone, finds the rows `sql` filters for (its table and its filters)."""
        read = followup._tree(self._read_or_none(normalise(question), question, namespace))
        said = followup._tree(sql)
        if read is None or said is None:
            return False
        return _main_table(read.sql()) == _main_table(sql) and set(followup._conjuncts(read)) == set(
            followup._conjuncts(said)
        )

    def _read_or_none(self, text: str, question: str, namespace: str | None) -> str | None:
        """The SQL `text` reads as, or None when it reads as nothing (or is declined)."""
        try:
            return self._parse(text, question, namespace)[0]
        except Declined:
            return None

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
            known = spelling.vocabulary(texts) | spelling.pattern_words()
            real = spelling.vocabulary(texts[1:])  # the catalog's prose: no fragments of patterns
            cluster = self.grounding.words if self.grounding is not None else None
            targets = spelling.targets(self._kinds) | known
            self._speller = spelling.Speller(targets, known, names, cluster, real)
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
            spaced = spoken_kind(t.kind)  # StorageClass -> storage class
            words.setdefault(spaced, t.name)
            words.setdefault(spaced + ("es" if spaced.endswith("s") else "s"), t.name)
        for bad in ("limits", "pc", "no", "quota", "role", "roles"):
            words.pop(bad, None)
        words.update(lx.KIND_PHRASES)
        return words

    def find_kinds(self, text: str) -> list[tuple[int, str, str]]:
        """The kinds a text names, where: (position, phrase, table). Read once per text of a question."""
        if text not in self._found_kinds:
            self._found_kinds[text] = self._find_kinds(text)
        return list(self._found_kinds[text])

    def _find_kinds(self, text: str) -> list[tuple[int, str, str]]:
        found: list[tuple[int, str, str]] = []
        taken: list[tuple[int, int]] = []
        words = dict(self._kinds)
        rbac_said = rx.search(r"\brole ?bindings?\b|\brbac\b|\bverbs?\b|\bpermissions?\b|\bgrant", text)
        nodes_said = rx.search(r"\bno(?:des?)?\b|\bcontrol[- ]?plane\b|\bmasters?\b|\bworkers?\b(?!-)", text)
        if rbac_said or not nodes_said:
            words.update(role="roles", roles="roles")  # a node's roles when nodes are said ("control-plane")
        owned_quota = r"\b(?:with|without|w/o|have|has|having|no|each|every)\s+(?:an?\s+|any\s+)?quotas?\b"
        if rx.search(owned_quota, text):
            # "namespaces without a quota", "ns with quotas": the object, not its amounts
            words.update(quota="resourcequotas", quotas="resourcequotas")
        if rx.search(r"\b(?:\d+|an?|one|single)\s+warning\b(?!\s+events?\b)|\bwarning\s+counts?\b", text):
            words.update(warning="events")  # "more than 1 warning", "by warning count": events counted
        probed = r"\b(?:readiness|liveness|startup)\s+probes?|\bprobes?\s+fail|\bfail\w*\s+(?:\w+\s+)?probes?"
        if rx.search(probed, text):
            # "readiness probe failures": a container's probe, not the Probe kind a monitoring CRD adds
            words = {w: t for w, t in words.items() if w not in ("probe", "probes")}
        policy = rx.search(r"([a-z0-9][\w\-.]*) polic(?:y|ies)\b", text)
        if policy and self.grounding and policy.group(1) in self.grounding.names("networkpolicies"):
            words.update(policy="networkpolicies")  # "the default-deny-ingress policy": one named so
        # "a default-deny ingress network policy": the direction it denies, not the Ingress kind
        taken += [m.span() for m in rx.finditer(r"\bdefault-deny (?:ingress|egress)\b", text)]
        for phrase in sorted(words, key=len, reverse=True):
            for m in rx.finditer(r"(?<![\w\-/=.])" + re.escape(phrase) + r"(?![\w\-=])", text):
                if any(a < m.end() and m.start() < b for a, b in taken):
                    continue
                taken.append((m.start(), m.end()))
                found.append((m.start(), phrase, words[phrase]))
        # "the pod cidr of each node": a kind word that starts a column of another kind named is that column
        cluster = min((at for at, _, t in found if t == "clusterroles"), default=None)
        if cluster is not None:  # "rolebindings to a cluster role, with that role's verbs": the one said
            found = [
                (at, phrase, "clusterroles")
                if t == "roles"
                and at > cluster
                and rx.search(r"\b(?:that|the|its|their|this|those)\s+$", text[:at])
                else (at, phrase, t)
                for at, phrase, t in found
            ]
        tables = {t for _, _, t in found}
        columns = [(m, t) for t in tables for m in slots.find_columns(text, self.catalog[t])]
        return sorted(
            (at, phrase, t)
            for at, phrase, t in found
            # "the os images of the nodes": "images" (containers) inside another kind's column is that column
            if not any(
                (m.start == at or phrase in ("image", "images"))
                and m.start <= at
                and m.end >= at + len(phrase)
                and m.end - m.start > len(phrase)
                and other != t
                for m, other in columns
            )
        )

    # ---------------------------------------------------------------- names
    def _limit_range_defaults(self, text: str, namespace: str | None) -> str | None:
        """ "What default cpu and memory requests and limits does the LimitRange in payments give?", "what
        does a container in payments get by default?": the defaults asked (all four if none is said)."""
        ranges = rx.search(r"\blimit ?ranges?\b|^limits\b", text) and rx.search(r"\bdefaults?\b", text)
        given = rx.search(r"\bby default\b", text) and rx.search(r"\bcontainers?\b", text)
        body = rx.sub(r"\blimit ?ranges?\b|^limits\b", " ", text)  # the kind's name says no limit
        if not (ranges or given) or not (ranges or rx.search(r"\b(?:requests?|limits?|resources)\b", body)):
            return None
        said = [r for r, w in (("cpu", r"\bcpu\b"), ("memory", r"\bmem(?:ory)?\b")) if rx.search(w, body)]
        kinds = [k for k in ("request", "limit") if rx.search(rf"\b{k}s?\b", body)]
        kinds = kinds or ["request", "limit"]
        columns = [f"default_{r}_{k}" for r in said or ["cpu", "memory"] for k in kinds]
        said_in = r"(?:\bin|-n|\bnamespace|\bns)\s+(?:the\s+)?(?:namespace\s+|ns\s+)?([a-z0-9][a-z0-9\-]*)"
        said_in += r"|\b([a-z0-9][a-z0-9\-]*)(?:'s)?\s+(?:limit ?ranges?|limitranges?)\b"  # "team-a's"
        found = (a or b for a, b in rx.findall(said_in, text))
        places = [w for w in dict.fromkeys(found) if self._is_namespace(w, strict=True)]
        if len(places) > 1:
            return None
        if not places and namespace and not rx.search(r"\b(?:all|every|each)\b|-a\b|\bcluster\b", text):
            places = [namespace]  # the asker's namespace: "here", "in my namespace", or nothing said
        where = f" WHERE namespace = {quote(places[0])}" if places else ""
        ident = "name" if places else "namespace, name"
        return f"SELECT {ident}, {', '.join(columns)} FROM limitranges{where}"

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
            r"(?:^|[\s(])(?:ns|namespace)[: ]\s*([a-z0-9\-]+)",
            r"\b(?:in|from|for)\s+(?:the\s+)?([a-z0-9\-]+)\s+(?:namespace|ns)\b",
            r"\b([a-z0-9\-]+)\s+(?:namespace|ns)\b",
            r"\b(?:in|from|within|inside)\s+(?:the\s+)?([a-z0-9\-]+)",
        ]
        for p in pats:
            for m in rx.finditer(p, text):
                listed = rx.match(r"/([a-z0-9][a-z0-9\-]*)\b(?![./])", text[m.end(1) :])  # "team-a/team-b"
                if text[m.end(1) : m.end(1) + 1] in (".", "/") and not (
                    listed and self._is_namespace(listed.group(1), strict=True)
                ):
                    continue  # part of a domain or a path ("cert-manager.io"), not a namespace
                ns = self._is_namespace(m.group(1))
                if ns:  # drop the whole phrase: "in ns ml" must not leave "ns" to read as a kind
                    return ns, text[: m.start(0)] + " " + text[m.end(0) :]
        if current:
            # "in this namespace", "in my ns": drop the phrase, so "namespace" does not read as a kind
            # (but "labels of this namespace", "is my namespace terminating?" ask about the namespace)
            here = r"\b(?:in|from|within|inside)\s+(?:the\s+)?(?:this|my|current|our)\s+(?:namespace|ns)\b"
            if rx.search(here, text):
                return current, rx.sub(here, " ", text)
            # "total restart count for this namespace": of what is in it (its own labels or age are its)
            here_for = r"\bfor\s+(?:the\s+)?(?:this|my|current|our)\s+(?:namespace|ns)\b"
            its_own = r"\b(?:labels?|annotations?|status|phase|age|old)\b"
            if rx.search(here_for, text) and not rx.search(its_own, text):
                return current, rx.sub(here_for, " ", text)
            mine = r"\b(this|current)\s+(namespace|ns)\b|\bhere\b|\b(my|our)\s+\w+|\bof (mine|ours)\b"
            if rx.search(mine, text):
                return current, text
        flag = r"(?:^|\s)(?:-a|--all-namespaces)\b"
        if rx.search(flag, text) and self._bare_namespace(text):
            text = rx.sub(flag, " ", text)  # "kube-system crashloops in the cluster" (normalised to -a)
        if rx.search(
            r"(?:^|\s)(-a|--all-namespaces)\b|all namespaces|cluster[- ]wide|across|\beverywhere\b"
            r"|\b(?:the )?(?:whole|entire) cluster\b|\bevery namespace\b|\banywhere\b|\bclusterwide\b"
            r"|\b(?:in|on|of|across) (?:the|this|our) cluster\b|\ball (?:the )?ns\b",
            text,
        ):
            return None, text
        bare = self._bare_namespace(text)
        if bare:
            return bare[0], rx.sub(_ALONE.format(re.escape(bare[1])), " ", text, count=1)
        # "pods per namespace", "all pods": every namespace; "count pods by status": the asker's own
        grouped = r"\b(?:each|per|by)\s+(?:the\s+)?(?:namespaces?|ns)\b"
        # "which namespace has the most pods?", "namespaces with more than 50 pods": namespaces compared
        grouped += r"|^(?:which|what)\s+(?:\d+\s+)?(?:namespaces?|ns)\b"
        grouped += r"|^(?:namespaces|ns)\s+(?:with|having|that)\b"
        grouped += r"|^(?:the\s+)?(?:top\s+\d+|\d+)\s+namespaces\b"
        if current and not rx.search(r"\b(all|every)\b|" + grouped, text):
            return current, text
        return None, text

    def _bare_namespace(self, text: str) -> tuple[str, str] | None:
        """A bare word that is a known namespace ("kube-system crashloops?", "bookinfo po"), and the word as
        said; not in a domain or path, nor the namespace of a "payments:payments-api" reference."""
        for found in rx.finditer(_ALONE.format(r"[a-z0-9][a-z0-9\-]*"), text):
            w = found.group(0)
            # "deployments whose name starts with payments": a part of a name, not the namespace
            said = r"\b(?:start(?:s|ing)?|begin(?:s|ning)?|end(?:s|ing)?|prefixed) with\s+['\"]?$"
            if rx.search(said + r"|\bcontain(?:s|ing)\s+['\"]?$", text[: found.start()]):
                continue
            after = rx.match(r"\s+([a-z]+)", text[found.end() :])
            if after and f"{w}_{after.group(1)}" in self._column_names:
                continue  # "secrets with the most data keys": a column said in two words
            if w in self._column_names and rx.search(r"\bthe\s+$", text[: found.start()]) and rx.match(
                r"\s+of\b", text[found.end() :]
            ):
                continue  # "print the data of configmap x": a column of it, not the data namespace
            ns = self._is_namespace(w, strict=True)
            if ns and w not in ("default",) and w not in VOCAB:
                return ns, w
        return None

    def _more_namespaces(self, text: str, first: str) -> list[str]:
        """Namespaces listed after the first one: "in team-a or team-b", "team-a/team-b", "a, b and c"."""
        found: list[str] = []
        last = first
        after = r"(?:\s+(?:pods|namespaces?|ns)\b)?"  # "shop pods or bookinfo"
        after += r"\s*(?:,|/|\bor\b|\band\b|&|\bvs\.?|\bversus\b)\s*"
        after += r"(?:(?:in|from|of)\s+)?([a-z0-9][a-z0-9\-]*)"
        while m := rx.search(r"(?<![\w\-])" + re.escape(last) + after, text):
            ns = self._is_namespace(m.group(1), strict=True)
            if not ns or ns in found or ns == first:
                break
            found.append(ns)
            last = m.group(1)
        return found

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

    def _summed_related(
        self, text: str, joined: tuple[str, list[str], float]
    ) -> tuple[str, list[str], float]:
        """ "deployments and how many restarts their pods have had", "total pvc storage per statefulset":
        an amount of the related kind, added up for each object (not listed, nor its rows counted)."""
        summed = r"\b(?:total|sum|in all|combined|altogether|add(?:s|ed)? up|how many restarts)\b"
        if not rx.search(summed, text):
            return joined
        tree = sqlglot.parse_one(joined[0], read="duckdb")
        related = {t.alias_or_name: t.name for t in tree.find_all(exp.Table)}.get("b")
        if related is None or related not in self.catalog.names() or tree.args.get("group") is None and not (
            tree.args.get("distinct")
        ):
            return joined
        table = self.catalog[related]
        amounts = [
            m.column
            for m in slots.find_columns(text, table)
            if slots.column_type(table, m.column) in ("int", "float") and not m.column.endswith("_count")
        ]
        if not amounts:
            return joined
        shown = list(tree.expressions)
        listed = [e for e in shown if isinstance(e, exp.Column) and e.table == "b" and e.name in amounts]
        counted = [e for e in shown if isinstance(e, exp.Count) and "b.uid" in e.sql()]
        named = [e for e in shown if isinstance(e, exp.Column) and e.table == "b" and e.name == "name"]
        if listed and named:  # "pods and their pvcs' total storage": added up, not one row per claim
            shown = [e for e in shown if e not in named]
            tree.set("expressions", shown)
        if tree.args.get("distinct") and len(listed) == 1 and all(
            isinstance(e, exp.Column) and e.table == "a" for e in shown if e is not listed[0]
        ):
            keys = [e.copy() for e in shown if e is not listed[0]]
            tree.set("distinct", None)
            listed[0].replace(exp.Sum(this=listed[0].copy()))
            tree = tree.group_by(*keys, copy=False)
        elif len(counted) == 1 and tree.args.get("group") is not None:
            counted[0].replace(exp.Sum(this=exp.column(amounts[0], table="b")))
            for j in tree.args.get("joins") or []:
                j.set("side", None)  # the objects that have some: a sum over none is no answer
        else:
            return joined
        return tree.sql(dialect="duckdb"), [*joined[1], "added up per object"], joined[2]

    def _joined(self, text: str, current: str | None) -> tuple[str, list[str], float] | None:
        """One kind filtered by a related kind: "pods on GPU nodes", "cronjobs whose jobs failed"."""
        each_node = rx.search(r"\b(?:on|in|across)\s+(?:each|every)\s+(node|zone|instance type)\b", text)
        if each_node and rx.search(r"\bhow much\b|\btotal\b|\bsum\b", text) and amount_column(text):
            # "how much cpu do the pods on each node request": the pods' amounts summed per node
            per = f"{text[: each_node.start()]}per {each_node.group(1)}{text[each_node.end() :]}"
            return self._parse(per, text, current)
        if rx.search(_BY_EVENTS, text) and not rx.search(r"\b(?:how many|number of|each|every|per)\b", text):
            return None  # "which cronjobs created jobs? (SuccessfulCreate events)": the events tell, no join
        namespace, _ = self._namespace(read_labels(text, text)[1], current)
        rest = text
        kinds: list[tuple[int, str, str]] = []
        found = self.find_kinds(rest)
        for kind in found:
            if kinds and self._column_of_next(rest, kind, found):
                continue  # "pvcs and the storage class of their pv": the pv's column, not a kind of its own
            if rx.match(r"\.[a-z0-9]", rest[kind[0] + len(kind[1]) :]) and rx.search(r"node ?selector", rest):
                continue  # "pods with nodeSelector node.acme.io/pool=gpu": a word of the key, no node joined
            if rx.search(
                r"\bowned by an? $|\b(?:not|never|n't)\s+"
                r"(?:owned|created|managed|controlled|spawned|started|made) by an? $",
                rest[: kind[0]],
            ) and not (kind[2] == "deployments" and kinds and kinds[0][2] == "pods"):
                continue  # "pods owned by a daemonset", "jobs not created by a cronjob": the owner_kind
            if (
                namespace
                and kind[2] == "namespaces"
                and (
                    rest[: kind[0]].rstrip().endswith(namespace)
                    or rest[kind[0] + len(kind[1]) :].lstrip(" :=").startswith(namespace)
                )
            ):
                continue  # "in the data namespace" names the namespace, not a related kind
            mine = current and rx.search(r"\b(?:this|my|current|our)\s+$", rest[: kind[0]])
            if kind[2] == "namespaces" and mine:
                continue  # "sa in this ns that have a rolebinding": the current namespace
            if kind[2] == "namespaces" and rx.search(r"\b(?:each|every|per|by)\s+$", rest[: kind[0]]):
                continue  # "how many pods from each namespace run on r5 nodes": a grouping, not a kind
            if kind[2] not in {k[2] for k in kinds}:
                kinds.append(kind)
        if len(kinds) == 3 and kinds[1][2] == "namespaces" and all(
            self.catalog[k[2]].namespaced for k in (kinds[0], kinds[2])
        ):  # "pods in namespaces with a quota": the namespaces that hold one, or none
            where = rx.search(r"\bin\s+(?:the\s+|all\s+)?$", rest[: kinds[1][0]])
            lead = rest[kinds[1][0] + len(kinds[1][1]) : kinds[2][0]]
            having = rx.fullmatch(
                r"\s*(?:that |which )?(?:(with|have|has|having)|(without|w/o|with no|lacking|"
                r"(?:do|does)n'?t have|have no|has no))\s+(?:an?\s+|any\s+|some\s+)?",
                lead,
            )
            tail = rest[kinds[2][0] + len(kinds[2][1]) :]
            if where and having and not tail.strip(" ?.!"):
                a_text = rest[: where.start()]
                a_sql, understood, confidence = self._parse(a_text, a_text, current)
                if a_sql and " JOIN " not in a_sql:
                    held = f"IN (SELECT namespace FROM {kinds[2][2]})"
                    held = f"namespace {'NOT ' if having.group(2) else ''}{held}"
                    tree = sqlglot.parse_one(a_sql, read="duckdb").where(held, dialect="duckdb")
                    understood = [*understood, f"namespaces by their {kinds[2][2]}"]
                    return tree.sql(dialect="duckdb"), understood, confidence
        three = len(kinds) == 3 and kinds[2][2] != "namespaces"
        if three and (both := self._both_related(rest, kinds, current)):
            return both
        if kinds and kinds[0][2] == "nodes" and rx.search(_RUNS_ON, rest[: kinds[0][0]]):
            kinds.insert(0, (0, "", "pods"))  # "what runs on the nodes that have gpus?"
        owned = self._owner_kind_after(rest, kinds, current)
        if owned is not None:
            return owned
        # pods' amounts with no kind said: "total cpu requests in zone us-east-1c"
        amounts = not kinds and rx.search(
            r"\b(?:cpu|memory|mem)\b.*\brequest|\brequest\w*\b.*\b(?:cpu|memory)\b", rest
        )
        lone = kinds[0][2] if len(kinds) == 1 else "pods" if amounts else None
        if lone in ("pods", "containers") and self.grounding is not None:
            own = {
                v.lower()
                for _, v in slots.value_conditions(
                    rest, self.catalog[lone], self.grounding.values, (), list(self._kinds)
                )
            }
            node_values = [
                v
                for _, v in slots.value_conditions(
                    read_labels(rest, rest)[1],  # not a label's value: "with version=v1"
                    self.catalog["nodes"],
                    self.grounding.values,
                    ("name", "status"),
                    [*self._kinds, *(namespace or "",)],
                )
                if v.lower() not in own  # a value the pods hold themselves names the pods
            ]
            on = rx.search(r"\b(on|in|running on|scheduled on)\b", rest)
            own_labels = self.grounding.label_values(lone)
            named_own = _label_values_named(rest, own_labels, namespace)
            if rx.search(r"\blabel", rest) and named_own:
                on = None  # "pods not on version v1 (by label)": the pods' own label
            # "pods with version v1 in bookinfo": a value of the pods' own label, not their node's version
            held = {str(v).lower() for _, vs, _ in named_own for v in ((vs,) if isinstance(vs, str) else vs)}
            node_values = [v for v in node_values if v.lower() not in held]
            # "pods in zone us-central1-a": the zone is their node's, even one no node is in
            placed = rx.search(r"\b(?:zone|region|instance[ -]type)s? [a-z0-9][a-z0-9\-.]*\d", rest)
            if (node_values or placed) and on:  # "which po in payments run on m5.4xlarge instances?": nodes
                kinds[:0] = [] if kinds else [(0, "", "pods")]
                # the nodes are said where their value is ("… on m5.4xlarge instances in payments")
                said = [m.start() for v in node_values if (m := rx.search(rx.escape(v.lower()), rest))]
                kinds.append((min(said) if said and not placed else len(rest), "", "nodes"))
        volume = rx.search(r"\bvolumes?\b(?! claims?| mode| attach)", rest)
        if [k[2] for k in kinds] == ["persistentvolumeclaims"] and volume and volume.start() > kinds[0][0]:
            kinds.append((volume.start(), volume.group(0), "persistentvolumes"))  # a claim's volume is its pv
        if len(kinds) == 1 and self.grounding is not None and kinds[0][2] != "events":
            kinds += self._named_relative(rest, kinds[0][2]) or self._related_column(rest, kinds[0][2])
        if len(kinds) > 2:  # "pods whose sa a rolebinding names": the pods' own column leads to the third
            ref = joins.REFERENCES.get((kinds[0][2], kinds[1][2]))
            onward = joins.RELATIONS.get((kinds[0][2], kinds[2][2]))
            if ref and not ref.listed and onward and f"a.{ref.column}" in onward.on + onward.via:
                del kinds[1]
        ref = joins.REFERENCES.get((kinds[0][2], kinds[1][2])) if len(kinds) == 2 else None
        if ref is not None and kinds[1][1] and not ref.listed and not ref.when and self.grounding is not None:
            # "pvcs that use the gp3 storage class": the referring column holds that name, no join needed
            word = rx.escape(kinds[1][1])
            name = r"([a-z0-9][a-z0-9\-.]*)"
            beside = [rx.search(rf"\b{name} {word}\b", rest), rx.search(rf"\b{word} {name}", rest)]
            target = kinds[1][2]
            held = self.grounding.names(target)
            values = {v for c in self.catalog[target].columns for v in self.grounding.values(target, c.name)}
            named = [m.group(1) for m in beside if m]
            if any(w in held or (w not in values and _looks_like_a_name(w, held)) for w in named):
                return None
        quiet = (  # "namespaces with no warning events": the namespaces no such event is in
            len(kinds) == 2
            and (kinds[0][2], kinds[1][2]) == ("namespaces", "events")
            and rx.search(r"\b(?:no|without|zero|not? any)\b", rest[kinds[0][0] : kinds[1][0]])
        )
        if len(kinds) < 2 or ("events" in (kinds[0][2], kinds[1][2]) and not quiet):
            return None
        if (
            [k[2] for k in kinds] == ["pods", "nodes"]
            and rx.search(r"\b(?:per|by|each|every)\s+$", rest[: kinds[1][0]])
            and not rest[kinds[1][0] + len(kinds[1][1]) :].strip(" ?.!")
        ):
            return None  # "count of not ready pods by node": the pods' own state, counted per node
        with_events = len(kinds) > 2 and kinds[2][2] == "events"
        if with_events and any(  # "nodes of the pods with Unhealthy events": the pods' node, events read
            m.start <= kinds[0][0] < m.end for m in slots.find_columns(rest, self.catalog[kinds[1][2]])
        ):
            return None
        if (
            kinds[0][2] in ("namespaces", "nodes")
            and kinds[1][2] in ("pods", "containers")
            and rx.search(_RANKED_BY_REQUESTS, rest)
            and not rx.search(r"\b(free|left|headroom|unrequested|allocatable|remaining|capacity)\b", rest)
        ):
            return None  # "3 namespaces with the smallest mem requests (pods only)": groups ranked by a sum
        if slots.difference(rest, self.catalog[kinds[0][2]]):
            return None  # "memory nodes hold back from pods (capacity minus allocatable)": their own columns
        lead = rest[: kinds[0][0]]
        if kinds[0][2] in ("namespaces", "nodes") and (
            rx.search(
                r"\b(?:has|have|with|runs?|running|hosts?|hosting|holds?|holding) "
                r"(?:the )?(?:most|fewest|least)\b",
                rest,
            )
            # "which namespace has the most …", "ns with most …", "top 3 nodes with the most …"
            and rx.search(rf"^\W*(?:(?:which|what|the|top|bottom|{NUMW})\s+)*$", lead)
            or rx.search(r"\bby (?:the )?(?:number|count) of\b", rest)
            # "what are the top three namespaces by number of …"
            and rx.search(
                rf"^\W*(?:(?:what|which)\s+(?:are|is)\s+)?(?:(?:top|bottom|the)\s+)*{NUMW}?\s*$", lead
            )
        ):
            return None  # "which namespace has the most crashlooping pods": groups ranked by a count
        missing = rx.search(
            r"\bmissing (?:some )?pods\b|(?:\bnot|n't) have all (?:of )?(?:their |its )?pods\b|"
            r"\bnot all (?:of )?(?:their |its )?pods\b",  # "daemonsets that don't have all their pods ready"
            rest,
        )
        if missing and kinds[1][2] == "pods" and kinds[0][2] in _SCALED_SETS:
            return None  # "daemon sets missing pods on some nodes": fewer ready than wanted, their own state
        unmade = r"\b(?:fail(?:ed|s|ing)? to|(?:could|can|did|does|do)(?:n't| ?not)|unable to) "
        unmade += r"(?:create|make|spawn)\b"
        if kinds[1][2] == "pods" and rx.search(unmade + r"\s+(?:any |their |its )?pods\b", rest):
            return None  # "which daemonsets failed to create pods?": no such pod, their FailedCreate events
        if kinds[0][2] == "daemonsets" and rx.search(MISSCHEDULED, rest):
            return None  # "daemon sets running pods on nodes they shouldn't": their own count
        aside = self._owner_aside(rest, kinds, namespace, current) if len(kinds) > 2 else None
        if aside is not None:
            return aside
        both = self._some_but_none(rest, kinds[:3], namespace) if len(kinds) > 2 else None
        if both is not None:
            return both
        through = self._through_owner(rest, kinds[:3], namespace) if len(kinds) > 2 else None
        if through is not None:
            return through
        if len(kinds) > 2 and kinds[0][2] == "namespaces" and kinds[1][2] == "pods":
            # "which namespaces have pods on a cordoned node?": the namespaces of the pods so joined
            lead = rest[kinds[0][0] + len(kinds[0][1]) : kinds[1][0]]
            have = r"\s*(?:that |which )?(?:still )?(?:have|has|with|run|running)\s+(?:any\s+)?"
            if rx.fullmatch(have, lead):
                pods_text = rest[kinds[1][0] :]
                pods_sql, understood, confidence = self._parse(pods_text, pods_text, None)
                if pods_sql and " JOIN " in pods_sql and "count(" not in pods_sql.lower():
                    tree = sqlglot.parse_one(pods_sql, read="duckdb")
                    source = tree.find(exp.Table)
                    if source is not None and source.name == "pods":
                        alias = source.alias_or_name
                        tree.set("expressions", [exp.column("namespace", table=alias)])
                        tree.set("distinct", exp.Distinct())
                        return tree.sql(dialect="duckdb"), [*understood, "their namespaces"], confidence
        dangling = self._dangling(rest, kinds[0], kinds[1], namespace) if rx.search(_MISSING, rest) else None
        if dangling is not None:
            return dangling
        if (
            rx.search(r"\bselect", rest)
            and read_labels(text, text)[0]
            and "selector" in {c.name for c in self.catalog[kinds[0][2]].columns}
        ):
            return None  # "services that select pods with tier=backend": the selector says it
        held = self._most_listed(rest, kinds[0], kinds[1], namespace) or self._holding_more(
            rest, kinds[0], kinds[1], namespace
        )
        if held is not None:
            return held
        per = self._count_per(rest, kinds[:2], namespace)
        if per is not None:
            return per
        (_, _, a), (b_pos, _, b) = kinds[0], kinds[1]
        shown = rx.search(_SHOW, rest)
        if shown and shown.start() < b_pos and shown.start() > kinds[0][0]:
            return self._show_related(rest, shown.start(), kinds[0], kinds[1], namespace)
        possessive = rx.search(
            rf"{re.escape(kinds[0][1])}(?:'s|s'|’s)\s+(?:[\w\-]+\s+){{0,2}}?{re.escape(kinds[1][1])}\b", rest
        )
        if possessive:  # "payments-api deployment's pods": the pods, filtered by the deployment
            kinds[0], kinds[1] = (possessive.end() - len(kinds[1][1]), *kinds[1][1:]), kinds[0]
            (_, _, a), (_, _, b) = kinds[0], kinds[1]
        how = joins.relation(
            a, b, self.catalog[a].namespaced, self.catalog[b].namespaced, bool(rx.search(joins.SELECTS, rest))
        )
        if not possessive and any(
            m.start <= b_pos < m.end and m.end - m.start > len(kinds[1][1])
            for m in slots.find_columns(rest, self.catalog[a])
        ):
            return None  # the kind word is part of a column of the first kind: "deploys with 0 ready pods"
        if how is None:
            return None
        a_end = kinds[0][0] + len(kinds[0][1]) if kinds[0][1] else 0
        connectors = [c for c in rx.finditer(_CONNECTOR, rest) if c.end() <= b_pos] or list(
            rx.finditer(_ABSENT, rest[:b_pos])
        )
        # the ones after the asked kind: "instance types *of* nodes running …" names no relation
        connectors = [c for c in connectors if c.start() >= a_end] or connectors
        b_end = b_pos + len(kinds[1][1])
        # any word said for the related kind: "pods that mount a pvc, with their claim and its status"
        b_words = "(?:" + "|".join(w for w in (rx.escape(kinds[1][1]), self._kind_phrases(b)) if w) + ")"
        trailing = rx.match(_TRAILING_CONNECTOR, rest[b_end:])
        if possessive:
            a_text = rest[possessive.end() - len(kinds[0][1]) :]
            b_text = rest[: possessive.start() + len(kinds[1][1])]
            b_lead = rest[: possessive.start()]
        elif connectors and b_pos - connectors[-1].end() <= 30:
            a_text, b_text = rest[: connectors[-1].start()], rest[connectors[-1].start() :]
            b_lead = rest[connectors[-1].start() : b_pos]
            negated = rx.search(
                r"\b(not|never|isn'?t|aren'?t|don'?t|doesn'?t|un)\s*(?:being\s+|even\s+|running\s+|scheduled\s+)?$",
                a_text,
            )
            placed = rx.match(  # "not in any …", "don't have a fluent-bit pod"
                r"\s*(?:in|on|behind|under|part of|(?:selected|covered|protected|matched) by|have|has|run|"
                r"runs)\s+(?:any|an?)\b",
                b_lead,
            )
            # "pods not on worker nodes": on no node of that kind (unscheduled ones too)
            placed = placed or b == "nodes" and rx.match(r"\s*(?:running\s+|scheduled\s+)?on\s", b_lead)
            # "nodes that don't run shop pods", "nodes not hosting pods from shop": none such there
            hosting = rx.match(r"\s*(?:run|host|have|has)\w*\s", b_lead)
            placed = placed or (a, b) == ("nodes", "pods") and hosting
            if negated and (rx.search(_USES, b_lead) or placed):  # "pvcs not used by any pod", "not in any"
                a_text, b_lead = a_text[: negated.start()], "not " + b_lead
            # "deployments with at least 10 replicas and no hpa": what comes before the "and" is their own
            own = rx.search(
                r"\s+(?:and|but)\s+(?:(?:have|has|having|with)\s+)?(?:no|without|w/o|an?|some|any)\s+(?:matching\s+)?$",
                b_lead,
            )
            if own and not negated and rx.search(r"\w", b_lead[: own.start()]):
                cut = connectors[-1].start() + own.start()
                a_text, b_text, b_lead = rest[:cut], rest[cut:], rest[cut:b_pos]
        elif trailing:  # "which nodes are the checkout pods on?"
            a_end = kinds[0][0] + len(kinds[0][1])
            a_text, b_text, b_lead = rest[:a_end], rest[a_end:], rest[a_end:b_pos]
        else:
            return None
        if not a_text.strip() or (not kinds[0][1] and not amounts):
            a_text = a  # the kind asked for was implied ("what runs on …"), not its amounts ("cpu requested")
        a_text = rx.sub(
            r"\b(running|run|runs|scheduled|that run|which run|living|lives)\s*$", " ", a_text.rstrip()
        )
        b_text = rx.sub(r"^\s*running\b", " ", b_text)  # the connector, not a status: "nodes running X pods"
        told = rx.search(
            r"\s(?:that\s+|which\s+)?(?:(?:are|aren'?t|were|weren'?t|is|isn'?t)\s+\S|not\s+\w|on\s+\S|"
            r"crash\w*|pending\b|evicted\b|failed\b|oom\w*|restart\w*|image ?pull|(?:with|w/)\s+\S).*$",
            b_text,
        )
        if told and connectors and b != "pods":
            # "pods of statefulset kafka in data are not ready": the pods are, the named owner is not
            named, _ = self._conditions(b, b_text[: told.start()], [])
            if named and all(c.startswith(("name =", "namespace =", "labels[")) for c in named):
                a_text, b_text = f"{a_text} {told.group(0)}", b_text[: told.start()]
        a_placed: list[str] = []
        if a == "pods" and b != "nodes" and len(kinds) > 2 and kinds[2][2] == "nodes":
            # "pods of deployment x on NotReady nodes": the pods kept by their node's state too
            ons = list(rx.finditer(r"\b(?:on|in)\s+(?=(?:\S+\s+){0,3}?nodes?\b)", a_text))
            if ons:
                node_conds, _ = self._conditions("nodes", a_text[ons[-1].end() :], [])
                if node_conds and not any(c.startswith(("name =", "namespace =")) for c in node_conds):
                    inner = sqlglot.condition(" AND ".join(node_conds), dialect="duckdb")
                    joins.qualify(inner, "n")
                    held = f"n.name = node AND {inner.sql(dialect='duckdb')}"
                    a_placed.append(f"EXISTS (SELECT 1 FROM nodes AS n WHERE {held})")
                    a_text = a_text[: ons[-1].start()]
        if b == "nodes" and a == "pods":
            # "pods on nodes in us-east-1c with more than 5 restarts": a number nodes do not hold is the pods'
            b_own = {c.name for c in self.catalog[b].columns}
            b_said = [w for _, w in slots.numeric_conditions(b_text, self.catalog[b])]
            for cond, words in slots.numeric_conditions(b_text, self.catalog[a]):
                column = cond.split()[0]
                if column in b_own or rx.search(r"cpu|memory", column) or words not in b_text:
                    continue  # an amount may be the nodes' capacity said another way
                if not any(words in w or w in words for w in b_said):
                    a_text, b_text = f"{a_text} with {words}", b_text.replace(words, " ")
        grouped = rx.search(  # "pods on r5 nodes, count by ns": the asked kind is counted per group
            r"[,;]?\s*(?:and\s+)?(?:(?:count(?:ed)?|how many|number)\s+)?(?:by|per|for each|in each)\s+"
            r"(?:the\s+)?(?:namespace|ns|node|zone|status)\b.*$",
            b_text,
        )
        if grouped:
            b_text = b_text[: grouped.start()]
            counted = rx.search(r"\bhow many\b|\bcount\b", a_text)
            a_text += (" " if counted else " count ") + grouped.group(0)
        ordered = rx.search(_ORDER_ASKED, b_text)
        if ordered and not rx.search(r"\b(?:count|how many|number of|per|each)\b", rest):
            # "pods on cordoned nodes sorted by restarts", "… with the most restarts": the asked kind's order
            b_text, a_text = b_text[: ordered.start()], f"{a_text} {ordered.group(0)}"
        b_conds, understood = self._conditions(b, b_text, [namespace] if namespace else [])
        tail = rest[b_end:]
        # "deploys without an hpa that are not ready": what the related kind cannot be, the asked kind is
        own_tail = len(kinds) == 2 and tail.strip() and tail not in a_text
        if own_tail and not self._conditions(b, tail, [])[0] and self._conditions(a, tail, [])[0]:
            a_text += f" {tail}"
        placed = b == "pods" and a != "nodes" and len(kinds) > 2 and kinds[2][2] == "nodes"
        node = kinds[2] if placed else None
        if node is not None:  # "deployments with pods on a NotReady node": pods kept by their node's state
            ons = list(rx.finditer(r"\b(?:on|in)\b", b_text[: node[0] - (len(rest) - len(b_text))]))
            cut = ons[-1].end() if ons else len(b_text)
            node_conds, node_understood = self._conditions("nodes", b_text[cut:], [])
            if ons and node_conds:
                b_conds, understood = self._conditions(b, b_text[:cut], [namespace] if namespace else [])
                inner = sqlglot.condition(" AND ".join(node_conds), dialect="duckdb")
                joins.qualify(inner, "n")
                held = f"n.name = node AND {inner.sql(dialect='duckdb')}"
                b_conds.append(f"EXISTS (SELECT 1 FROM nodes AS n WHERE {held})")
                understood += [f"on nodes {u}" for u in node_understood]
        if b == "pods" and len(kinds) > 2:  # "nodes with no pods of daemonset fluent-bit": the pods' owner
            after = rest[kinds[1][0] + len(kinds[1][1]) :]
            owned = self._owned_pods(b_text, kinds[2][2])
            by_state = [] if owned else self._pods_of_owners_in_state(after, kinds[2][2])
            if by_state:  # the owner's state word was read as the pods' own
                misread = self._conditions(b, after, [])[0]
                b_conds = [c for c in b_conds if c not in misread]
            b_conds += owned + by_state
        if not namespace and self.catalog[a].namespaced and self.catalog[b].namespaced:
            # "fraud-detector deployment's pods", "pods of the nightly-report cronjob's jobs"
            owner = {"owner_name": _OWNED_BY_ONE[b]} if b in _OWNED_BY_ONE else {}
            namespace = self._home(b_conds, {"name": b, **owner})
        if namespace and not self.catalog[a].namespaced and self.catalog[b].namespaced:
            b_conds.insert(0, f"namespace = {quote(namespace)}")  # "nodes hosting payments pods"
        absent = rx.search(
            r"\b(without|no|zero|"
            r"not(?![ -](?:ready|running|bound(?! by| to (?:any|an?)\b)|available|healthy|scheduled))|"
            r"aren'?t|isn'?t|"
            r"lack\w*|(?:don|doesn)'?t (?:run|have|host|use|mount)\w*)\b|\bmissing (?:an? |the )?$",
            b_lead,
        )
        gone = absent.group(1) if absent else None
        if gone and (gone in ("no", "zero", "without") or gone.startswith("lack")) and node is None:
            # "cronjobs with no failed job": the word says none such exists, not a zero count of failures
            # ("namespaces without a default-deny egress policy": not one that denies, not one that allows)
            said_ns = [namespace] if namespace else []
            unsaid = rx.sub(rf"\b{gone}\b", " ", b_text, count=1)
            read, _ = self._conditions(b, b_text, said_ns)
            meant, meant_understood = self._conditions(b, unsaid, said_ns)
            if read != meant:
                b_conds = [*meant, *(c for c in b_conds if c not in read)]
                understood = meant_understood
        b_columns: list[str] = []
        b_table = self.catalog[b]
        said_kinds = [k[1] for k in kinds if k[1]]
        b_spans = [(m.start, m.end) for m in slots.find_columns(rest, b_table)]
        ranking = next(  # not the "count" of a column of the related kind: "w/ ready endpoint count"
            (r for r in rx.finditer(_RANKING, rest) if not any(s <= r.start() < e for s, e in b_spans)), None
        )
        a_columns = {c.name for c in self.catalog[a].columns}
        shown = rx.search(_SHOW, rest[b_end:])
        tail = rest[b_end + shown.start() :] if shown else ""
        tainted = _taint_part(tail, b_table, self.grounding) if tail else None
        if tainted:  # "nodes with the disk-pressure taint": a condition, no column to show
            tail = tail.replace(tainted[1], " ")
        said_name = rx.search(  # "(+ pdb name)", "name the pdb too": which one, by its name
            rf"(?:\+|\bwith|\band|\bname)\s+(?:the\s+|its\s+|their\s+)?(?:{self._kind_phrases(b)})(?:'s)?"
            r"\s*(?:names?\b|too\b|\)|[.?]?$)",
            rest[b_end:],
        )
        own_ref = joins.REFERENCES.get((a, b))  # "+ node name": the pods' own node column says it
        if said_name and not absent and not (own_ref and not own_ref.listed):
            b_columns.append("name")
        if tail and not absent:  # "… + their node and the node's STATUS", "… and their status"
            phrase = b_words
            b_taken: list[tuple[int, int]] = []
            a_said = slots.find_columns(tail, self.catalog[a])
            for m in slots.find_columns(tail, b_table):
                owned = rx.search(_OWNED_BY.format(phrase=phrase), tail[: m.start])
                # not the node's memory in "… and their memory requests": words a longer pods' column holds
                # (nor "their ips" of pods behind a service: words the asked kind's own column holds as well)
                inside = _held_by(m, a_said)
                if (owned or m.column not in a_columns and not inside) and m.column not in (
                    "name",
                    "namespace",
                ):
                    b_columns.append(m.column)
                    b_taken.append((m.start, m.end))
            if rx.search(r"\bhow many\b", tail):  # "endpoints that are not ready, and how many?"
                b_columns += [m.group(1) for c in b_conds if (m := rx.match(r"(\w+_count) > 0$", c))]
            a_shown = [  # not a word inside the related kind's column: "replicas" of "max replicas"
                m.column
                for m in slots.find_columns(tail, self.catalog[a])
                if not any(s <= m.start < e for s, e in b_taken)
            ]
            a_shown = [c for c in a_shown if c not in b_columns]
            if rx.search(r"\bwhether\b", tail):  # "… and whether each is ready": the asked kind reads it
                a_text += " " + tail
            else:
                a_text += "".join(f" and their {c.replace('_', ' ')}" for c in a_shown)
        if not b_columns and not absent and rx.search(r"\((?:count|how many|number)\)", rest):
            # "svc w/ not-ready addresses (count)": the count the condition is on, shown
            b_columns += [m.group(1) for c in b_conds if (m := rx.match(r"(\w+_count) > 0$", c))]
        if not b_conds and not absent:  # "pvcs -> pv and its reclaim policy": columns of the related kind
            counts_a = (  # "how many pods use a pvc": the pods that do, counted
                ranking
                and rx.fullmatch(r"how many|count|number of", ranking.group(0))
                and ranking.end() <= kinds[0][0]
                # "how many pods have a pdb", "how many namespaces have deployments": those that do, counted
                and (rx.search(_USES + r"|\b(?:have|has|having|with)\b", b_lead) or rx.search(_HAS_A, b_lead))
            )
            if ranking and not counts_a:
                return None
            a_own = slots.find_columns(a_text, self.catalog[a])
            b_head = b_text[: len(b_text) - len(tail)]
            kind_at = b_head.find(kinds[1][1]) if kinds[1][1] else -1
            # "pods with their ip and their node": words before the related kind that name the asked kind's
            # own column are its, not the related kind's
            a_before = [o for o in slots.find_columns(b_head, self.catalog[a]) if o.end <= kind_at]
            b_columns += [
                m.column
                for m in [
                    *(
                        m for m in slots.find_columns(b_head, b_table)
                        if not any(o.start <= m.start and m.end <= o.end for o in a_before)
                    ),
                    # "pods with the zone of their node": a column only the related kind has (not words that
                    # name the asked kind's own too: "pods with their ip and their node" is the pods' ip)
                    *(
                        m for m in slots.find_columns(a_text, b_table)
                        if m.column not in a_columns
                        and not any(o.start <= m.start and m.end <= o.end for o in a_own)
                    ),
                ]
                if m.column not in ("name", "namespace")
                and slots.column_type(b_table, m.column) != "bool"
                and f"b.{m.column}" not in how.on  # the join's own key says nothing new
                and not _inside_kind(b_text, m, said_kinds)  # the "role" of "role binding"
            ]
            for m in reversed(slots.find_columns(a_text, b_table)):  # the related kind's, not read again
                if m.column in b_columns and m.column not in a_columns:
                    a_text = a_text[: m.start] + " " * (m.end - m.start) + a_text[m.end :]
            phrase = b_words
            said = rx.search(
                r"(->\s*|\bwith (its|their) |\band (its|their) |\band |\+ ?|\bwhich )(backend )?"
                + phrase
                + r"\b",
                rest,
            )
            # "-> role resources": the kind says whose column, it is not asked itself (but one of
            # several, "ing -> backend svc type", is told apart by its name)
            described = (
                said
                and not how.fans_out
                and any(
                    m.start <= 1
                    for m in slots.find_columns(rx.sub(r"^(?:'s|s'|’s)", "", rest[said.end() :]), b_table)
                )
            )
            if b_columns and kinds[1][1] and said and not described:  # a kind said, not implied by its column
                b_columns.insert(0, "name")
            if not b_columns and rx.search(
                r"(->\s*|\bowning\s+|\bwhich\s+|\band the\s+)(?:owning\s+|its\s+|their\s+|the\s+)?"
                + phrase
                + r"\b",
                rest,
            ):
                b_columns = ["name"]  # "crashlooping po -> owning deploy": which one it is
            having = rx.search(_HAS_A, b_lead) or (
                rx.search(r"\b(?:have|has|having)\s+$", b_lead)  # "which namespaces have pods"
                or (rx.search(r"\bwith\s+$", b_lead) and kinds[1][1].endswith("s"))  # "ns with quotas"
                # "deploys with hpa", "sts w/ pvc": one said bare, unless a column of the first kind says it
                or (
                    rx.search(r"(?:\bwith|\bw/)\s*$", b_lead)
                    and not any(m.start <= b_pos < m.end for m in slots.find_columns(rest, self.catalog[a]))
                )
                # "pods of deployments in checkout", "jobs owned by cronjobs": the ones such an owner made
                or (
                    "a.owner_name" in how.on + how.via
                    and b_pos > kinds[0][0]
                    and not self._names_next(rest[b_end:], b)
                    and rx.search(
                        r"\b(?:from|owned by|belonging to|belong to|managed by|controlled by|created by|"
                        r"spawned by|made by|under)\s+(?:the\s+|any\s+|an?\s+|some\s+)?$",
                        b_lead,
                    )
                )
                # "endpoints of services in checkout", "pvcs of statefulsets in data": those a such one has
                or (
                    b_pos > kinds[0][0]
                    and rx.fullmatch(r"\s*of\s+(?:the\s+|all\s+)?", b_lead)
                    and kinds[1][1].endswith("s")
                    and not self._names_next(rest[b_end:], b)
                )
            )
            granted = r"\b(?:allows?|allowing|grants?|granting|lets?|permits?|can)\b"
            if having and b in _RBAC_TABLES and rx.search(granted, rest[b_end:]):
                return None  # "sa with a crb that allows listing pods": what the binding grants, unread here
            if not b_columns and having and not b_conds:
                # "deploys here with an hpa": the ones some related object exists for, each once
                # (the related ones filtered, "storage classes used by pvcs in team-b", are joined below)
                own = (a_text or a) + (f" -n {namespace}" if namespace and self.catalog[a].namespaced else "")
                a_sql, a_understood, confidence = self._parse(own, own, None)
                plain = a_sql is not None and " JOIN " not in a_sql  # "how many pods have a pdb" counts them
                if plain and f" FROM {a}" in a_sql:
                    # "pods not owned by a deployment": the ones no such owner made
                    negated = rx.search(
                        r"\b(?:not|never)\s+(?:(?:owned|created|managed|controlled|spawned|started|made)\s+by|"
                        r"(?:coming\s+)?from|belonging\s+to|part\s+of)\b",
                        rest[kinds[0][0] + len(kinds[0][1]) : b_pos],
                    )
                    found = (joins.absent if negated else joins.present)(a_sql, b, how)
                    said = f"with {'no' if negated else 'a'} related {b}"
                    return found, [*a_understood, said], confidence * 0.9
            each_b = rx.search(r"\b(?:each|every)\s+$", b_lead)  # "which pods run under each sa": read below
            if not b_columns and not rx.search(_USES, b_lead) and not each_b:
                return None  # "pods on nodes" says nothing; "pods that use a pvc" keeps the ones that do
        if (
            rx.fullmatch(r"a\.\w+ = b\.name|b\.name = a\.\w+", how.on)
            and not absent
            and not b_columns
            and len(b_conds) == 1
            and b_conds[0].startswith("name = ")
        ):
            return None  # "po on node worker-4 not running": the pods' own column names the node
        if namespace and self.catalog[a].namespaced:
            a_text += f" -n {namespace}"
        if b_conds and all(c.startswith(("name =", "namespace =")) for c in b_conds):
            # "fraud-detector pods mem request (Mi)": what is asked of the pods may follow the related name
            b_own = {c.name for c in b_table.columns}
            asked = [m.column for m in slots.find_columns(b_text, self.catalog[a]) if m.column not in b_own]
            a_text += "".join(f" and their {c.replace('_', ' ')}" for c in dict.fromkeys(asked))
            unit = rx.search(r"\b(?:gib|gi|gb|mib|mi|mb)\b", b_text)
            if unit and not size_unit(a_text):
                a_text += f" in {unit.group(0)}"
        a_sql, a_understood, confidence = self._parse(a_text or a, a_text or a, None)
        if a_sql is None or " JOIN " in a_sql:
            return None
        if a_placed:
            placed_tree = sqlglot.parse_one(a_sql, read="duckdb").where(*a_placed, dialect="duckdb")
            a_sql = placed_tree.sql(dialect="duckdb")
        if not rx.search(rf"\bFROM {a}\b", a_sql):
            return None  # "FailedAttachVolume pods -> …" read as events: the relation is the pods'
        if b_columns and rx.search(r"\b(count|sum|avg|max|min)\(", a_sql.lower()):
            return None
        sql = (
            joins.absent(a_sql, b, how, b_conds)
            if absent
            else joins.join(a_sql, b, b_conds, how, list(dict.fromkeys(b_columns)))
        )
        if not absent and how.fans_out and b_columns and rx.search(r"\bname = '", a_sql):
            # "svc reviews -n bookinfo -> backing po + status": the one object asked about is said;
            # its related objects are told apart by their names
            tree = sqlglot.parse_one(sql, read="duckdb")
            kept = [e for e in tree.expressions if not (isinstance(e, exp.Column) and e.table == "a")]
            if len(kept) < len(tree.expressions):
                ident = [] if "b.name" in {e.sql() for e in kept} else [exp.column("name", table="b")]
                tree.set("expressions", [*ident, *kept])
                sql = tree.sql(dialect="duckdb")
        each = rx.search(  # "each pvc in data", "each of my claims"
            rf"\b(?:each|every)\s+(?:of (?:my|our|the|these|those) )?(?:[\w\-]+\s+)?"
            rf"(?:{self._kind_phrases(b)})\b",
            rest,
        )
        if each and not absent and rx.match(r"\s*(?:which|what)\b", rest) and "count(" not in sql.lower():
            # "which storage class does each pvc in data use?": each of those, with the one it meets
            tree = sqlglot.parse_one(sql, read="duckdb")
            ident = ["name"] if namespace or not b_table.namespaced else ["namespace", "name"]
            shown = [exp.column(c, table="b") for c in ident] + [exp.column("name", table="a")]
            tree.set("expressions", shown)
            tree.set("distinct", exp.Distinct() if how.via else None)  # through pods: one row per pod
            sql = tree.sql(dialect="duckdb")
            ref = joins.REFERENCES.get((b, a))
            if ref and not ref.listed and not ref.when and " WHERE " not in a_sql:
                # each one's own column names it, even one the cluster lacks (a join would drop that row)
                where = f" WHERE {' AND '.join(b_conds)}" if b_conds else ""
                sql = f"SELECT {', '.join(ident)}, {ref.column} FROM {b}{where}"
        named = [c for c in b_conds if c.startswith("name = ")]
        if (
            a == "pods"
            and b in _POD_OWNERS
            and b != "deployments"
            and not absent
            and not b_columns
            and len(named) == 1
            and all(c.startswith(("name =", "namespace =")) for c in b_conds)
        ):  # "pods of statefulset postgres": the pods name their owner themselves, no join needed
            own = [f"owner_kind = {quote(_POD_OWNERS[b])}", "owner_" + named[0]]
            if " namespace = " not in a_sql:
                own += [c for c in b_conds if c.startswith("namespace =")]
            tree = sqlglot.parse_one(a_sql, read="duckdb").where(*own, copy=False, dialect="duckdb")
            joins.qualify(tree, "p", skip={e.alias for e in tree.expressions if isinstance(e, exp.Alias)})
            tree.find(exp.Table).set("alias", exp.TableAlias(this=exp.to_identifier("p")))
            sql = tree.sql("duckdb")
        pods_columns = {c.name for c in self.catalog["pods"].columns}
        # (a column the related kind holds is its own: "pods behind the LoadBalancers, external ip")
        pods_columns |= {c.name for c in self.catalog[b].columns} if b != "nodes" else set()
        pods_said = slots.find_columns(rest, self.catalog["pods"])
        pods_said += slots.find_columns(rest, self.catalog[b]) if b != "nodes" else []
        node_mentions = [
            m
            for m in slots.find_columns(rest, self.catalog["nodes"])
            if m.column not in pods_columns
            # not "their ips" ("ip" is the pods' own), "with the role" (the binding's)
            and not _held_by(m, pods_said)
            and rest[m.start : m.end] not in _QUANTITY_WORDS  # not "memory"
            and not _inside_kind(rest, m, said_kinds)  # not the "role" of "role binding"
        ]
        placed = [m for m in node_mentions if self._column_value_follows(rest[m.end :], "nodes", m.column)]
        if a == "pods" and b != "nodes" and not absent and placed and len(placed) == len(node_mentions):
            # "pods of deploy web-bff in zone us-east-1a": the pods kept by their node's value, not shown
            held = [
                c
                for m in placed
                for c in self._conditions("nodes", rest[m.start :], [])[0]
                if c.startswith(m.column + " ")
            ]
            tree = sqlglot.parse_one(sql, read="duckdb")
            if held and not tree.find(exp.AggFunc):
                pods = tree.find(exp.Table).alias_or_name
                inner = sqlglot.condition(" AND ".join(dict.fromkeys(held)), dialect="duckdb")
                joins.qualify(inner, "n")
                sql = tree.where(
                    f"EXISTS (SELECT 1 FROM nodes AS n WHERE n.name = {pods}.node AND {inner.sql('duckdb')})",
                    dialect="duckdb",
                ).sql("duckdb")
            node_mentions = []
        if a == "pods" and b != "nodes" and not absent and node_mentions:
            # "ledger-db pods and the machine type of their nodes": the pods' nodes joined in as well
            tree = sqlglot.parse_one(sql, read="duckdb")
            if not any(isinstance(e, exp.AggFunc) for e in tree.find_all(exp.AggFunc)):
                pods = tree.find(exp.Table).alias_or_name
                own_node = [e for e in tree.expressions if isinstance(e, exp.Column) and e.name == "node"]
                tree.set("expressions", [e for e in tree.expressions if e not in own_node])
                sql = followup.with_node_columns(rest, tree, pods, self) or sql
        # "nodes with pods in shop and bookinfo": each namespace's (in both, when "both" is said)
        held = next((m[1] for c in b_conds if (m := rx.fullmatch(r"namespace = '([\w\-]+)'", c))), None)
        held = None if self.catalog[a].namespaced else held
        several = [held, *self._more_namespaces(text, held)] if held else []
        if len(several) > 1:
            both = rx.search(r"\bboth\b|\band (?:also )?(?:in|from|of)\b", text)
            if both and not absent and not sqlglot.parse_one(sql, read="duckdb").find(exp.AggFunc):
                sql = " INTERSECT ".join(sql.replace(quote(held), quote(n)) for n in several)
            else:
                sql = sql.replace(f"= {quote(held)}", f"IN ({', '.join(quote(n) for n in several)})")
            understood = [*understood, f"namespaces {', '.join(several)}"]
        return sql, [*a_understood, f"related {b}", *understood], confidence * 0.9

    def _amount_each(self, text: str) -> str:
        """An amount asked of each object that holds it: "memory requested by each pod in data", "how
        much cpu does every container in ml request?", "storage requested per pvc" are each one's own
        amount ("pods in data and their memory request"), not the total nor a bare list."""
        res = r"(?P<res>cpu|memory|mem|storage)"
        which = r"(?P<which>request(?:s|ed)?|limits?|limited)"
        lead = r"(?:(?:show|list|get|what(?:'s| is| are))\s+)?(?:the\s+)?"
        objects = r"(?P<objects>.+?)\W*"
        said = (
            rx.fullmatch(rf"{lead}{res}\s+{which}\s+(?:by|per|for|of|on)\s+(?:each|every)\s+{objects}", text)
            or rx.fullmatch(rf"{lead}{res}\s+{which}\s+per\s+{objects}", text)
            or rx.fullmatch(
                rf"how much {res} (?:does|do|is) (?:each|every) (?P<objects>.+?) (?P<which>request(?:ing)?|"
                r"ask(?:ing)? for|reserv\w*|limit(?:ed)?(?: to)?|allowed)\W*",
                text,
            )
        )
        kinds = self.find_kinds(said.group("objects")) if said else []
        if not kinds or kinds[0][0] != 0:
            return text
        amount = {"mem": "memory"}.get(said.group("res"), said.group("res"))
        limit = rx.match(r"limit|allowed", said.group("which"))
        column = "storage_request" if amount == "storage" else f"{amount}_{'limit' if limit else 'request'}"
        if slots.column_type(self.catalog[kinds[0][2]], column) is None:
            return text  # "cpu requested per node": the pods' on it, summed
        return f"{said.group('objects')} and their {column.replace('_', ' ')}"

    def _own_column_each(self, text: str) -> str:
        """A text column of a kind said per object of that kind, or with its possessive: each object's
        own value ("kernel version per node", "every node's internal ip", "service account per pod in
        shop" read as "node(s)/pod(s) and their …"), not a count per group nor a join."""
        lead = r"(?:(?:show|list|get|give me|what(?:'s| is| are))\s+)?(?:the\s+|me\s+)?"
        m = rx.match(rf"\s*{lead}(each|every|all)\s+([a-z]+)'s\s+(.+)", text)
        if m:
            said, kind, rest = m.group(2), m.group(2), m.group(3)
        else:
            m = rx.match(rf"\s*{lead}([a-z][a-z ]*?)\s+per\s+([a-z]+)\b(.*)", text)
            if not m:
                return text
            said, kind, rest = m.group(1), m.group(2), m.group(1) + " " + m.group(3)
        table = self._kinds.get(kind)
        if table is None:
            return text
        found = slots.find_columns(rest, self.catalog[table])
        head = found[0] if found else None
        if (
            head is None
            or head.start != 0
            or any(at >= head.end for at, _, _ in self.find_kinds(said if said != kind else ""))
            or head.column in ("name", "namespace")
            or slots.column_type(self.catalog[table], head.column) != "text"
        ):
            return text
        return f"{kind} and their {rest[: head.end]}{rest[head.end:]}"

    def _workload_images(self, m: re.Match[str]) -> str:
        """ "images of my deployments": the images a workload's template names, each workload once
        (the images of pods are those their containers run)."""
        table = self._kinds.get(m.group(2))
        columns = {c.name for c in self.catalog[table].columns} if table else set()
        if table in (None, "pods") or "images" not in columns:
            return m.group(0)
        return f"{m.group(1)}{m.group(2)}{m.group(3)} and their images"

    def _names_next(self, after: str, table: str) -> bool:
        """Whether the word after a kind said names one of its objects ("statefulsets ledger-db")."""
        m = rx.match(r"\s*([a-z0-9][a-z0-9\-.]*)", after)
        return bool(m and self.grounding is not None and m.group(1) in self.grounding.names(table))

    def _volume_value(self, text: str) -> bool:
        """A value of the volumes' own columns is said ("Retain"): it keeps some volumes, a join's filter."""
        if self.grounding is None:
            return False
        pv = self.catalog["persistentvolumes"]
        skip = ("name", "status", "claim", "claim_namespace", "claim_name", "storage_class")
        return bool(slots.value_conditions(text, pv, self.grounding.values, skip, list(self._kinds)))

    def _kind_phrases(self, table: str) -> str:
        words = sorted((w for w, t in self._kinds.items() if t == table), key=len, reverse=True)
        return "|".join(re.escape(w) for w in words)

    def _pods_of_owners_in_state(self, after: str, owner: str) -> list[str]:
        """ "nodes that ran the pods of failed jobs": the pods kept by their owner's state, not their own."""
        if owner not in _POD_OWNERS or owner in ("deployments", "replicasets"):
            return []
        if not rx.match(r"\s*(?:of|from|owned by|created by|belonging to)\s", after):
            return []
        owner_conds, _ = self._conditions(owner, after, [])
        if not owner_conds or any(c.startswith(("name =", "namespace =")) for c in owner_conds):
            return []
        inner = sqlglot.condition(" AND ".join(owner_conds), dialect="duckdb")
        joins.qualify(inner, "o")
        held = f"o.namespace = namespace AND o.name = owner_name AND owner_kind = {quote(_POD_OWNERS[owner])}"
        return [f"EXISTS (SELECT 1 FROM {owner} AS o WHERE {held} AND {inner.sql(dialect='duckdb')})"]

    def _owned_pods(self, text: str, owner: str) -> list[str]:
        """Pods' conditions for the one workload of a kind the text names that owns them itself
        ("pods of daemonsets fluent-bit"); a deployment's pods name its replica set, not it."""
        if owner not in _POD_OWNERS or owner == "deployments":
            return []
        named = self._object_named(text, owner)
        if not named or self.grounding is None:
            return []
        conds = [f"owner_kind = {quote(_POD_OWNERS[owner])}", f"owner_name = {quote(named[1])}"]
        home = self.grounding.home(owner, named[1])
        return [f"namespace = {quote(home)}", *conds] if home else conds

    def _owner_kind_after(
        self, text: str, kinds: list[tuple[int, str, str]], current: str | None
    ) -> tuple[str, list[str], float] | None:
        """ "pods on GPU nodes that are not daemonset pods", "pods on cordoned nodes owned by a statefulset":
        the kind of the pods' owner, said after the related kind, is the pods' own filter, not that kind's.
        Read without it, then added on the pods."""
        if len(kinds) < 2 or kinds[0][2] != "pods":
            return None
        found = [
            m
            for m in rx.finditer(_OWNER_KIND_AFTER, text)
            if m.start() > kinds[1][0] and (not m.group("own") or m.group("be") or m.group("neg"))
        ]
        if len(found) != 1:
            return None
        m = found[0]
        joined = self._joined(rx.sub(r"\s+", " ", text[: m.start()] + " " + text[m.end() :]).strip(), current)
        if joined is None or " JOIN " not in joined[0] or "owner_kind" in joined[0]:
            return None
        found = joins.selected_from(joined[0], "pods")
        if found is None:
            return None
        tree, alias = found
        word = m.group("by") or m.group("part") or m.group("own")
        kind = "DaemonSet" if word.startswith("d") else "StatefulSet"  # daemon set, ds; stateful set, sts
        if m.group("neg"):
            own, said = f"coalesce({alias}.owner_kind, '') <> '{kind}'", f"not owned by a {kind}"
        else:
            own, said = f"{alias}.owner_kind = '{kind}'", f"owned by a {kind}"
        return tree.where(own, copy=False).sql(dialect="duckdb"), [*joined[1], said], joined[2]

    def _owner_aside(
        self, text: str, kinds: list[tuple[int, str, str]], namespace: str | None, current: str | None
    ) -> tuple[str, list[str], float] | None:
        """ "ledger-db pods -> pv", "sts cassandra pods + pvc status": the pods of one named workload, joined
        to a third kind; the workload is the pods' own filter (their owner), the join is to the other kind."""
        # (or the pods second: "secrets used by pods of the payments-api deployment")
        if "pods" not in [k[2] for k in kinds[:2]] or self.grounding is None:
            return None
        for pos, word, table in kinds[1:3]:
            if table not in _POD_OWNERS or table == "replicasets":
                continue
            name = r"([a-z0-9][a-z0-9\-.]*[a-z0-9])"
            said = rx.escape(word)
            found = [
                (m, m.group(1))
                for m in rx.finditer(rf"(?:\bof\s+(?:the\s+)?)?(?:{name}\s+{said}|{said}\s+{name})\b", text)
                if m.start() <= pos < m.end()
            ]
            found = [(m, m.group(1) or m.group(2)) for m, _ in found]
            if len(found) != 1 or found[0][1] not in self.grounding.names(table):
                continue
            (m, owner), others = found[0], [k for k in kinds if k[2] != table]
            other = [k[2] for k in others if k[2] != "pods"]
            if len(others) != 2 or len(other) != 1 or other[0] == "nodes":  # (the nodes are joined elsewhere)
                return None
            if joins.relation("pods", other[0], True, True) is None:
                return None
            home = namespace or self.grounding.home(table, owner)
            placed = "" if namespace or home is None else f" in {home} "
            joined = self._joined(text[: m.start()] + placed + text[m.end() :], current)
            if joined is None or " JOIN " not in joined[0]:
                return None
            tree = sqlglot.parse_one(joined[0], read="duckdb")
            pods = next((t.alias_or_name for t in tree.find_all(exp.Table) if t.name == "pods"), None)
            if pods is None:
                return None
            kind = _POD_OWNERS[table]
            if table == "deployments":  # its pods are owned by its replica sets
                own = (
                    f"EXISTS (SELECT 1 FROM replicasets o WHERE o.namespace = {pods}.namespace "
                    f"AND o.name = {pods}.owner_name AND o.owner_kind = '{kind}' "
                    f"AND o.owner_name = {quote(owner)})"
                )
            else:
                own = f"{pods}.owner_kind = '{kind}' AND {pods}.owner_name = {quote(owner)}"
            sql = tree.where(own, copy=False).sql(dialect="duckdb")
            return sql, [*joined[1], f"owned by {table} {owner}"], joined[2]
        return None

    def _through_owner(
        self, text: str, kinds: list[tuple[int, str, str]], namespace: str | None
    ) -> tuple[str, list[str], float] | None:
        """ "How many pods belong to deployments that have an hpa?": the first kind, kept where it
        meets the last one (the relation between them goes through the middle kind)."""
        (_, _, a), (b_pos, b_word, _), (c_pos, c_word, c) = kinds
        how = joins.relation(a, c, self.catalog[a].namespaced, self.catalog[c].namespaced)
        having = rx.fullmatch(
            r"\s*(?:that\s+|which\s+)?(?:have|has|with|w/)\s+(?:an?|some|at least one)\s+",
            text[b_pos + len(b_word) : c_pos],
        )
        tail = text[c_pos + len(c_word) :]
        if namespace:  # "… with an hpa in ml": the namespace is read below
            said = rf"\b(?:in|-n)\s+(?:the\s+)?{re.escape(namespace)}\b(?:\s+(?:namespace|ns)\b)?"
            tail = rx.sub(said, " ", tail)
        if how is None or not how.via or not having or tail.strip(" ?.!"):
            return None
        a_text = rx.sub(rf"\s*(?:{_CONNECTOR})\s*$", " ", text[:b_pos].rstrip())
        a_text += f" -n {namespace}" if namespace and self.catalog[a].namespaced else ""
        a_sql, understood, confidence = self._parse(a_text, a_text, None)
        if a_sql is None or " JOIN " in a_sql or f" FROM {a}" not in a_sql or " GROUP BY " in a_sql:
            return None
        return joins.present(a_sql, c, how), [*understood, f"with a related {c}"], confidence * 0.9

    def _some_but_none(
        self, text: str, kinds: list[tuple[int, str, str]], namespace: str | None
    ) -> tuple[str, list[str], float] | None:
        """ "Namespaces that have pods but no resource quota", "deployments with an hpa that have a pdb",
        "namespaces without network policies but with pods": some (or none) of one related kind, and some
        (or none) of another."""
        (a_pos, a_word, a), (b_pos, b_word, b), (c_pos, _, c) = kinds
        some = r"(?:that\s+|which\s+)?(?:have|has|with|w/|run|running)\s+"
        some += r"(?:any\s+|some\s+|an?\s+|at least one\s+)?"
        none = (
            r"(?:that\s+|which\s+)?(?:(?:have|has|with)\s+)?(?:no|without|w/o|not? any|lack\w*|missing|"
            r"(?:do|does)(?:n't| not) have)\s+(?:an?\s+|any\s+)?"
        )
        first, second = text[a_pos + len(a_word) : b_pos], text[b_pos + len(b_word) : c_pos]
        said = [
            next((has for has, how in ((True, some), (False, none)) if rx.fullmatch(lead + how, part)), None)
            for lead, part in ((r"\s*", first), (r"\s*(?:but|and|,)?\s*", second))
        ]
        joined = rx.match(r"\s*(?:but|and|,)", second) or (
            # "deployments with an hpa that have a pdb": the plural verb says whose
            rx.match(r"\s*(?:that|which) (?:have|run)\b", second) and not b_word.endswith("s")
        )
        if said[1] is None and rx.fullmatch(r"\s*(?:and|or|,)\s*(?:an?\s+|any\s+|some\s+)?", second):
            said[1] = said[0]  # "with an hpa and a pdb", "without quotas or limit ranges": both alike
        # (some of both only when joined so: "pods with pvcs that have …" may say what the claims have)
        namespaced = self.catalog[a].namespaced
        how_b = joins.relation(a, b, namespaced, self.catalog[b].namespaced)
        how_c = joins.relation(a, c, namespaced, self.catalog[c].namespaced)
        if None in said or said[0] == said[1] and not joined or not (how_b and how_c):
            return None
        a_text = a + (f" -n {namespace}" if namespace and namespaced else "")
        a_sql, understood, confidence = self._parse(a_text, a_text, None)
        if a_sql is None or " JOIN " in a_sql or "count(" in a_sql.lower():
            return None
        sql = a_sql
        for has, other, how in ((said[0], b, how_b), (said[1], c, how_c)):
            sql = joins.present(sql, other, how) if has else joins.absent(sql, other, how)
            understood.append(f"{'with' if has else 'without'} a related {other}")
        return sql, understood, confidence * 0.9

    def _home(self, conds: list[str], tables: dict[str, str]) -> str | None:
        """The namespace implied by an object the conditions name, when only one namespace has it."""
        if self.grounding is None:
            return None
        for cond in conds:
            m = rx.fullmatch(r"(?:list_contains\((\w+), |(name|pod|owner_name) = )'([^']+)'\)?", cond)
            column = m and (m.group(1) or m.group(2))
            if column in tables:
                return self.grounding.home(tables[column], m.group(3))
        return None

    def _named_relative(self, text: str, table: str) -> list[tuple[int, str, str]]:
        """An object of a related kind named without its kind: "which secrets does ledger-db-0 use"."""
        assert self.grounding is not None
        own = self.grounding.names(table)
        columns = {c.name for c in self.catalog[table].columns}
        # a kind the asked one names in a column of its own ("pods on worker-5": pods.node) needs no join
        related = [b for (a, b) in joins.RELATIONS if a == table and not (b == "nodes" and "node" in columns)]
        for m in rx.finditer(r"(?<![\w\-/.=])[a-z0-9][a-z0-9\-.]*[a-z0-9](?![\w\-/])", text):
            word = m.group(0)
            # a name said where traffic goes ("ingresses that route to storefront") names the target,
            # even a plain word or one the asked kind also holds
            towards = rx.search(_TOWARDS, text[: m.start()])
            if len(word) < 4 or (not towards and (not rx.search(r"[\-\d]", word) or word in own)):
                continue
            if word in self.grounding.namespaces:
                continue
            for b in related:
                if word in self.grounding.names(b):
                    return [(m.start(), word, b)]
        return []

    def _related_column(self, text: str, table: str) -> list[tuple[int, str, str]]:
        """A kind named by a column only it has, of an object the asked one names: "which provisioner
        backs each pvc" (the claim's storage class), "pvcs and their reclaim policy" (its volume)."""
        own = {c.name for c in self.catalog[table].columns}
        spans = [(m.start, m.end) for m in slots.find_columns(text, self.catalog[table])]
        for (a, b), ref in joins.REFERENCES.items():
            if a != table or ref.listed or b not in self.catalog.names():
                continue
            for m in slots.find_columns(text, self.catalog[b]):
                if any(start < m.end and m.start < end for start, end in spans):
                    continue  # words the asked kind's own columns use: "current and max replicas"
                phrase = text[m.start : m.end]
                after = rx.match(r"\s+(?:is\s+|=\s*)?([a-z0-9][\w.\-]*)", text[m.end :])
                if self.grounding is not None and after and "labels" in own and after.group(1) in (
                    self.grounding.label_key_values(table, phrase.split()[-1])
                ):
                    continue  # "pods with version v1 in bookinfo": their own label, not their node's version
                shown = slots.column_type(self.catalog[b], m.column) != "bool"  # a flag ("headless") filters
                if shown and m.column not in own | _GENERIC_COLUMNS and (" " in phrase or len(phrase) >= 8):
                    return [(len(text), "", b)]
        return []

    def _field_condition(self, table: str, column: str, value: str, original: str, negate: bool) -> str:
        """`column = value`, the value spelt as the cluster spells it ("ClientIP" for "clientip")."""
        is_list = slots.column_type(self.catalog[table], column) == "list"
        known: frozenset[str] = frozenset()
        if self.grounding is not None:
            read = self.grounding.values if is_list else self.grounding.all_values
            known = read(table, column)
        spelt = {str(v).lower(): str(v) for v in known}.get(value)
        if spelt is None:  # a value this cluster does not hold: as the asker wrote it
            m = re.search(r"(?<![\w.\-])" + re.escape(value) + r"(?![\w.\-])", original, flags=re.IGNORECASE)
            spelt = m.group(0) if m else value
        kind = slots.column_type(self.catalog[table], column)
        if kind in ("int", "float") and rx.fullmatch(r"-?\d+(?:\.\d+)?", spelt):
            cond = f"{column} = {spelt}"  # "count = 1": a number, compared as one
        else:
            cond = f"list_contains({column}, {quote(spelt)})" if is_list else f"{column} = {quote(spelt)}"
        if negate and not is_list:  # a field selector's "spec.nodeName!=worker-3" keeps pods with no node too
            return cond.replace(" = ", " IS DISTINCT FROM ", 1)
        return f"NOT {cond}" if negate else cond

    @staticmethod
    def _contains(text: str, original: str, table: Table) -> str | None:
        """Text inside a column: "events mentioning timeout", "pods whose name contains redis"."""
        value = r"['\"]?(-{0,2}[a-z0-9][\w.\-/:=]*)['\"]?"  # "--debug", "--v=4": a flag as written
        verbs = r"(?:contain(?:s|ing)?|includ(?:es?|ing)|mention(?:s|ing)?)"  # "with message containing …"
        said = word = None
        lead = r"\b(?:whose|with|where|their|its)\s+(?:the\s+)?([a-z][\w ]*?)"
        m = rx.search(rf"{lead}\s+{verbs}\s+{value}", text)
        prefix = rx.search(rf"{lead}\s+(?:start(?:s|ing)?|begin(?:s|ning)?)\s+with\s+{value}", text)
        keyed = prefix and rx.fullmatch(r"([a-z0-9][\w./\-]*)\s+label", prefix.group(1))
        if keyed and not m and any(c.name == "labels" for c in table.columns):
            # "pods whose app label starts with fraud": that label's first letters, not the name's
            spelt = re.search(re.escape(prefix.group(2)), original, flags=re.IGNORECASE)
            first = spelt.group(0) if spelt else prefix.group(2)
            return f"labels[{quote(keyed.group(1))}] LIKE {quote(first + '%')}"
        if prefix and not m:  # "events with reason starting with FailedGet": the column's first letters
            found = [x.column for x in slots.find_columns(prefix.group(1), table) if x.column != "name"]
            held = {c.name for c in table.columns if c.type == "text"}
            if found and found[0] in held:
                spelt = re.search(re.escape(prefix.group(2)), original, flags=re.IGNORECASE)
                return f"{found[0]} LIKE {quote((spelt.group(0) if spelt else prefix.group(2)) + '%')}"
        suffix = rx.search(rf"(?:{lead}\s+|\b(?:names?\s+)?)end(?:s|ing)?\s+(?:with|in)\s+{value}", text)
        if suffix and not (m or prefix):  # "services ending in -api": the column's last letters (the name's)
            said = suffix.group(1) or ""
            found = [x.column for x in slots.find_columns(said, table)] if said else []
            texts = {c.name for c in table.columns if c.type == "text"}
            column = found[0] if found and found[0] in texts else "name"
            spelt = re.search(re.escape(suffix.group(2)), original, flags=re.IGNORECASE)
            return f"{column} LIKE {quote('%' + (spelt.group(0) if spelt else suffix.group(2)))}"
        quoted = rx.search(rf"\b(?:{verbs}|say(?:s|ing)?)\s+(['\"])([^'\"]*\s[^'\"]*)\1", text)
        if quoted is None and table.name == "events":
            # "the 'Failed to pull image' event messages": a phrase quoted, as the messages say it
            quoted = rx.search(r"(?:^|(?<=[\s(]))(['\"])([a-z][^'\"]*\s[^'\"]*)\1(?=[\s?.,!)]|$)", text)
        if quoted:  # "events mentioning 'not found'": a phrase, quoted
            word = quoted.group(2).strip()
            if lead_said := rx.search(rf"{lead}\s+{verbs}\s+['\"]", text):
                said = lead_said.group(1)
        elif m:
            said, word = m.group(1), m.group(2)
        elif m := rx.search(  # not "pods with events in the past 2m": a time window
            rf"\bwith\s+{value}\s+in\s+(?:the|their|its)\s+(?!(?:past|last|previous|recent)\b)([a-z]+)\b",
            text,
        ):
            said, word = m.group(2), m.group(1)
        elif m := rx.search(
            rf"\b(?:mention(?:s|ing)?|contain(?:s|ing)?|say(?:s|ing)?)\s+(?:an?\s+(?=\w{{4}}))?{value}", text
        ):  # "events that mention a taint": the word after its article
            word = m.group(1)
            # "containing key DATABASE_URL", "contain not-ready endpoints": a column or a state, not text
            if _column_before_value(word, text[m.end() :], table) or rx.match(r"(?:not|non|un)-", word):
                return None
        if word is None or word in lx.STOPWORDS:
            return None
        mentioned = m is not None and rx.search(r"\b(?:mention|contain|includ)\w*\s+\S+\s*$", text[: m.end()])
        if mentioned and not quoted and table.name == "events":
            # "events mentioning disk pressure": the words said to the end, a phrase of the messages (not a
            # kind, "… the fraud-detector container", nor a clause, "… saying an image pull failed")
            more = rx.fullmatch(r"((?:\s+[a-z][\w\-]*){1,3})\W*", text[m.end():])
            kinds = r"\b(?:containers?|ctrs?|pods?|po|nodes?|deploy\w*|services?|svc|jobs?|images?|"
            kinds += r"namespaces?|ns)\b"
            more = None if more and rx.search(kinds + r"|\w+ed\b", more.group(1)) else more
            plain = lx.STOPWORDS | {"from", "since", "today", "yesterday", "recently", "lately", "ago", "any",
                                    "events", "event", "warnings", "messages", "only", "please", "anywhere"}
            if more and not set(more.group(1).split()) & plain:
                word = f"{word}{more.group(1)}"
        if said and rx.match(r"env(?:ironment)?\b|env\w* var", said):
            return None  # "with MAX_HEAP_SIZE in their env": a variable's name, read elsewhere
        texts = {c.name for c in table.columns if c.type == "text"}
        lists = {c.name for c in table.columns if c.type == "list"}
        found = [m.column for m in slots.find_columns(said or "", table) if m.column in texts | lists]
        column = found[0] if found else ("message" if "message" in texts else "name")
        spelt = re.search(re.escape(word), original, flags=re.IGNORECASE)  # as the asker wrote it
        like = quote("%" + (spelt.group(0) if spelt else word) + "%")
        if column in lists:  # "containers whose command includes python": one of its elements
            return f"len(list_filter({column}, x -> x ILIKE {like})) > 0"
        return f"{column} ILIKE {like}"

    def _distinct_values(self, text: str, namespace: str | None) -> str | None:
        """ "What instance types do we have?", "distinct kubelet versions", "which zones are the nodes in":
        the values of one text column, each once, not the objects holding them."""
        kind = r"(?:(?:the|our|all)\s+)?([a-z]+)"
        m = rx.fullmatch(
            r"\s*(?:what|which|list|show)\s+(?:all\s+)?(?:the\s+)?(?:distinct\s+|unique\s+|different\s+)?"
            r"([a-z][a-z ]*?)\s+(?:do we have|are there|exist|are (?:in )?use[d]?|are being used|"
            rf"(?:are|do)\s+{kind}\s+(?:in|on|use|using|running|run|have))\W*",
            text,
        ) or rx.fullmatch(
            r"\s*(?:list\s+|show\s+)?(?:the\s+)?(?:distinct|unique|different)\s+([a-z][a-z ]*?)"
            rf"(?:\s+(?:of|on|in|for|across|among)\s+{kind})?\W*",
            text,
        )
        bare = rx.fullmatch(r"\s*list\s+(?:all\s+)?(?:the\s+)?([a-z][a-z ]*?)\W*", text)
        m = m or (bare if bare and not self.find_kinds(bare.group(1)) else None)
        if m is None:
            return None
        phrase = m.group(1)
        if self.find_kinds(phrase):
            return None  # "what service accounts exist": objects of a kind, not a column's values
        said = self.find_kinds(m.group(2)) if m.lastindex and m.lastindex > 1 and m.group(2) else []
        if m.lastindex and m.lastindex > 1 and m.group(2) and not said:
            return None
        words = {phrase, re.sub(r"ies$", "y", phrase), re.sub(r"es$", "", phrase), re.sub(r"s$", "", phrase)}
        tables = ["nodes", "pods", "containers", "services", "persistentvolumeclaims"]
        if said and (said[0][2] not in tables or said[0][1] != m.group(2)):
            return None  # "the distinct reasons of warnings": a kind said with a state, read elsewhere
        tables = [said[0][2]] if said else tables
        held = []  # (table, column) of each kind whose column the phrase names, whole
        for name in tables:
            table = self.catalog[name]
            for word in words:
                found = [c for c in slots.find_columns(word, table) if c.start == 0 and c.end == len(word)]
                if found and slots.column_type(table, found[0].column) == "text":
                    held.append((name, found[0].column))
                    break
        if len(held) != 1 or held[0][1] in ("name", "namespace", "uid"):
            return None  # a column many kinds hold ("statuses"): whose, the question does not say
        name, column = held[0]
        scoped = namespace and self.catalog[name].namespaced
        where = f" WHERE namespace = {quote(namespace)}" if scoped else ""
        return f"SELECT DISTINCT {column} FROM {name}{where}"

    def _image_of(self, text: str, namespace: str | None) -> str | None:
        """ "What image does the fraud-detector run?", "which image is kafka using": the image a named
        container or pod runs (the named thing runs it, it is not the image's name); with a workload's kind
        said ("the checkout-api deployment"), the workload's own images are read elsewhere."""
        m = rx.match(
            r"\s*(?:what|which)\s+(?:container\s+)?images?\s+(?:version\s+|tag\s+)?(?:is|are|does|do)\s+"
            r"(?:the\s+)?(?:(?:pod|po|container)\s+)?([a-z0-9][a-z0-9\-]*)(?:\s+(?:pods?|po|containers?))?"
            r"\s+(?:using|running|use|run|on)\b\W*$",
            text,
        )
        column = "image"
        if m is None:  # "which port does the schema-registry container listen on": its ports, the same way
            m = rx.match(
                r"\s*(?:what|which)\s+(?:container\s+)?ports?\s+(?:is|are|does|do)\s+(?:the\s+)?"
                r"(?:container\s+([a-z0-9][a-z0-9\-]*)|([a-z0-9][a-z0-9\-]*)\s+containers?)"
                r"\s+(?:listen(?:ing)?(?:\s+on)?|expos(?:e|ing)|serv(?:e|ing)(?:\s+on)?|open|use|using)\W*$",
                text,
            )
            column = "ports"
        if m is None or self.grounding is None:
            return None
        word = m.group(1) if column == "image" else m.group(1) or m.group(2)
        if word in self.grounding.names("containers"):
            where = f"name = {quote(word)}"
        elif word in self.grounding.names("pods"):
            where = f"pod = {quote(word)}"
        else:
            return None
        if namespace:
            where = f"namespace = {quote(namespace)} AND {where}"
            return f"SELECT DISTINCT {column} FROM containers WHERE {where}"
        home = self.grounding.home("containers" if where.startswith("name") else "pods", word)
        if home is None:  # in several namespaces: each one's image
            return f"SELECT DISTINCT namespace, {column} FROM containers WHERE {where}"
        return f"SELECT DISTINCT {column} FROM containers WHERE namespace = {quote(home)} AND {where}"

    def _running_image(self, text: str, namespace: str | None) -> str | None:
        """ "Which pods run redis?", "pods using the postgres image": pods by what their containers run."""
        kinds = self.find_kinds(text)
        ctrs = [k for k in kinds if k[2] == "containers"]
        lead = r"\s*(?:which\s+|what\s+|list\s+|show\s+|how many\s+|count\s+)?(?:the\s+|all\s+)?"
        verb = r"(?:containers?|ctrs?)\s+(?:(?:are\s+)?running|using|runs?|that\s+runs?|that\s+use)\b"
        if ctrs and not rx.match(lead + verb, text):
            ctrs = []  # "containers running redis": containers by their image, asked plainly
        # "which namespaces run nginx", "nodes running the redis image": where those containers are
        place = rx.match(lead + r"(namespaces|ns|nodes)\b(?!\s+(?:with|have|has|having|where)\b)", text)
        places = [k for k in kinds if place and k[0] == place.start(1) and k[2] in ("namespaces", "nodes")]
        pods = rx.search(r"\bpods?\b|\bpo\b", text)
        if self.grounding is None or not (pods or not kinds or ctrs or places):
            return None  # pods named, or nothing at all: "anything still running busybox?"
        if not kinds and rx.search(r"\b(versions?|tags?)\b", text):
            # "what kube-proxy image version are we running?" asks for the image, read elsewhere;
            # "which storefront tags are deployed?": the images of that repository
            pattern = None if rx.search(r"\bimages?\b", text) else self._image_pattern(text)
            if pattern is None:
                return None
            where = f"namespace = {quote(namespace)} AND " if namespace else ""
            return f"SELECT DISTINCT image FROM containers WHERE {where}image LIKE {quote(pattern)}"
        if any(
            k[2] not in ("pods",) and k[1] not in ("image", "images") and k not in ctrs and k not in places
            for k in kinds
        ):
            return None
        pattern = self._image_pattern(text)
        if pattern is None:
            return None
        where = f"image LIKE {quote(pattern)}"
        if places:
            column = "node" if places[0][2] == "nodes" else "namespace"
            where = f"namespace = {quote(namespace)} AND {where}" if namespace else where
            if column == "node":
                where += " AND node IS NOT NULL"
            if rx.match(r"\s*(?:how many|count)\b", text):
                return f"SELECT count(DISTINCT {column}) FROM containers WHERE {where}"
            return f"SELECT DISTINCT {column} FROM containers WHERE {where}"
        if ctrs:
            where = f"namespace = {quote(namespace)} AND {where}" if namespace else where
            shown = "count(*)" if rx.match(r"\s*(?:how many|count)\b", text) else "pod, name"
            shown = shown if namespace or shown == "count(*)" else "namespace, " + shown
            return f"SELECT {shown} FROM containers WHERE {where}"
        if rx.match(r"\s*(?:(?:which|what|list|show)\s+)?[a-z0-9][a-z0-9\-./]*\s+images\b", text):
            # "which redis images are the team-a pods running?": each pod with the image it runs
            keys = "pod" if namespace else "namespace, pod"
            where = f"namespace = {quote(namespace)} AND {where}" if namespace else where
            return f"SELECT {keys}, image FROM containers WHERE {where}"
        if namespace:
            where = f"namespace = {quote(namespace)} AND {where}"
        if rx.match(r"\s*(?:how many|count|number of)\b", text):  # "how many pods run nginx"
            counted = "pod" if namespace else "(namespace, pod)"
            return f"SELECT count(DISTINCT {counted}) FROM containers WHERE {where}"
        if namespace:
            return f"SELECT DISTINCT pod FROM containers WHERE {where}"
        return f"SELECT DISTINCT namespace, pod FROM containers WHERE {where}"

    def _same_place(self, text: str, ns: str | None, counting: bool, whole: str | None = None) -> str | None:
        """ "pods on the same node as redis-0": the other pods where that one is (its node or namespace)."""
        said = (
            r"\b(?:same (node|namespace|ns) as|"
            r"(?:shares?|sharing) (?:a |the |its )?(node|namespace|ns) with) "
            r"(?:the\s+)?(?:pod\s+|po\s+)?([a-z0-9][a-z0-9\-.]*)"
        )
        m = rx.search(said, text)
        if m is None or self.grounding is None or not rx.search(r"\b(?:pods?|po|what|anything)\b", text):
            return None
        place, pod = next(g for g in m.groups()[:2] if g), m.group(3)
        column = "node" if place == "node" else "namespace"
        if pod not in self.grounding.names("pods"):
            raise Declined(f"The cluster has no Pod named '{pod}'.")
        home = self.grounding.home("pods", pod)
        if ns and ns == home and whole is not None and rx.search(
            rf"\b{re.escape(pod)}(?:\s+pod)?\s+(?:in|-n)\s+(?:the\s+)?(?:ns\s+|namespace\s+)?{re.escape(ns)}\b"
            rf"(?:\s+(?:namespace|ns))?\s*[?.!]*$",
            whole,
        ):  # "pods sharing a node with the mysql pod in team-b": that pod's namespace, not the others'
            ns = None
        where = f"name = {quote(pod)}" + (f" AND namespace = {quote(home)}" if home else "")
        cond = f"{column} = (SELECT {column} FROM pods WHERE {where}) AND name <> {quote(pod)}"
        if ns and column == "node":
            cond = f"namespace = {quote(ns)} AND {cond}"
        shown = "count(*)" if counting else "name" if ns and column == "node" else "namespace, name"
        return f"SELECT {shown} FROM pods WHERE {cond}"

    def _beside_values(self, table: str, column: str) -> frozenset[str]:
        """The values a column holds, and for one naming another kind's object, every such name:
        "pvcs using storage class gp2" asks for gp2 even when no claim uses it."""
        assert self.grounding is not None
        held = self.grounding.all_values(table, column)
        for (a, kind), ref in joins.REFERENCES.items():
            if a == table and ref.column == column and not ref.listed and not ref.when:
                held |= self.grounding.names(kind)
        return held

    def _image_pattern(self, text: str) -> str | None:
        """The images a question names, as a LIKE pattern: a repository ("redis"), with its tag
        ("payments-api 3.9.0-rc.2"), a publisher ("bitnami images"), release candidates ("rc images")."""
        if self.grounding is None:
            return None
        images = self.grounding.all_values("containers", "image")
        repos = self._image_repositories
        orgs = {part for image in images for part in image.split("/")[1:-1]}  # docker.io/"bitnami"/kafka
        named = r"([a-z0-9][a-z0-9\-./]*)"
        found = [
            rx.search(r"\b(?:runs?|running|using|uses?)\s+(?:the\s+|an?\s+)?(?:image\s+)?" + named, text),
            rx.search(r"\b(?:versions?|tags?) of (?:the\s+)?" + named, text),
            rx.search(named + r"\s+(?:image|container image|version|tag)s?\b", text),
            # "with image postgres", "whose image contains kafka"
            rx.search(r"\bimages?\s+(?:is\s+|=\s*|contain\w*\s+|like\s+|named\s+)?" + named, text),
        ]
        # the first that names a repository, else the first said ("with image x": x, not "with")
        found = [f for f in found if f and f.group(1) not in lx.STOPWORDS | {"tag", "tags", "version"}]
        m = next((f for f in found if f.group(1).rsplit("/", 1)[-1] in repos), found[0] if found else None)
        last = m.group(1).rsplit("/", 1)[-1] if m else ""
        after = rx.match(r"\s+([a-z]+)(?:\s+([a-z]+))?", text[m.end() :]) if m else None
        said = (after.group(1), f"{after.group(1)} {after.group(2)}") if after else ()
        if any(w in self._kinds for w in said) and not said[0].startswith("image"):
            m = None  # "using the checkout-api service account": the name of another kind, not an image
        colon = rx.match(r":(v?\d[\w.\-]*\w)", text[m.end() :]) if m else None
        if m is not None and last not in repos and colon:  # "image recommendation:1.7.3", held or not
            return f"%{m.group(1)}:{colon.group(1)}"
        # "pods running productpage 1.16.2": a word of one repository's name (…-bookinfo-productpage-v1)
        parted = {r for r in repos if last and last in r.split("-")} if m and last not in repos else set()
        parted = set() if last in spelling.pattern_words() else parted  # "image@sha256": not image-resize
        if len(parted) == 1 and len(last) >= 4 and last not in lx.STOPWORDS:
            tag = rx.match(r"\s+(v?\d[\w.\-]*\w)", text[m.end() :])
            return f"%{parted.pop()}:{tag.group(1)}" if tag else f"%/{parted.pop()}:%"
        if m is None or not (last in repos or (last in orgs and rx.match(r"\s+images?\b", text[m.end() :]))):
            # "curlimages/curl": a repository; "bitnami images": the images of one publisher
            if rx.search(r"\b(?:rc|release[- ]candidates?)\b.*\b(?:images?|tags?)\b|\(-rc\)", text):
                return "%-rc%"  # "deploys running rc image tags"
            # "image tag v0.10.6", "a v0.10.6 image": that tag, of any repository
            tag = rx.search(_TAG_SAID, text)
            version = tag and (tag.group(1) or tag.group(2) or tag.group(3))
            # (a tag said as one is that tag, held or not: "containers with image tag v2" run none; a
            # "version" may be a label's value instead, so only one an image holds is read as its tag)
            held = version and any(i.endswith(f":{version}") for i in images)
            return f"%:{version}" if held or (version and tag.group(0).startswith("tag")) else None
        tag = rx.match(r"(?::|\s+)(v?\d[\w.\-]*\w)", text[m.end() :])
        if last in repos and tag and any(i.endswith(f"/{m.group(1)}:{tag.group(1)}") for i in images):
            return f"%/{m.group(1)}:{tag.group(1)}"  # "which pods run payments-api 3.9.0-rc.2?"
        if tag and text[m.end()] == ":":  # "image redis:7.2": that tag, held or not, from any registry
            return f"%{m.group(1)}:{tag.group(1)}"
        return "%" + m.group(1) + ("/%" if last not in repos else "%")

    def _registry(self, text: str) -> tuple[list[str], bool]:
        """The registries a question names ("quay.io", "docker hub", "the artifact registry"), and whether
        it asks for what does not come from them ("non-quay.io", "not on quay")."""
        named = rx.search(r"(?<![\w.])((?:[a-z0-9\-]+\.)+(?:io|com|dev|net|org|cloud|local))\b(?!/)", text)
        nicks = [] if named else [m for p in _REGISTRY_NICKNAMES if (m := rx.search(p, text))]
        # not a part of a host or an image: "k8s.gcr.io/kube-proxy" is no gcr.io image
        nicks = [m for m in nicks if not rx.search(r"[./]$", text[: m.start()])]
        nicks = [m for m in nicks if not rx.match(r"[./]\w", text[m.end() :])]
        nick = nicks[0] if nicks else None
        found = named or nick
        if found is None:
            return [], False
        host = named.group(1) if named else _REGISTRY_NICKNAMES[nick.re.pattern]  # type: ignore[union-attr]
        if host.startswith("non-"):
            host = host[4:]
        hosts = [host]
        if "*" in host:  # a registry known by its kind: this cluster's hosts of that kind
            images = self.grounding.all_values("containers", "image") if self.grounding else frozenset()
            form = host.replace(".", r"\.").replace("*", ".*")
            held = {i.split("/", 1)[0] for i in images if "/" in i}
            hosts = sorted(h for h in held if rx.fullmatch(form, h))
        if host in ("index.docker.io", "hub.docker.com"):
            hosts = ["docker.io"]
        before = text[: found.start()]
        away = rx.search(
            r"(?:\bnot|n't|\bother than|\boutside(?: of)?|\bexcept|\bexcluding)\s*"
            r"(?:(?:come|coming|pulled|hosted|served)\s+)?(?:(?:from|on|in|of)\s+)?(?:the\s+)?$",
            before,
        ) or rx.search(r"\bnon-?\s*$", before) or text[found.start() :].startswith("non-")
        return hosts, bool(away)

    def _why(self, text: str, namespace: str | None) -> str | None:
        """ "Why is pod ledger-db-0 pending?": what the cluster said about that object, its events."""
        # "what's wrong with node worker-9": one object named, and the trouble it is in is in its events
        trouble = rx.match(
            r"\s*(?:what'?s|what is|what are)\s+(?:wrong|up|going on|the (?:problem|issue|matter))\s+with\b",
            text,
        )
        if not trouble and not rx.match(r"\s*(why|how come)\b", text):
            return None
        named = self._object_named(text)
        # a name several kinds hold, said with no kind ("what's up with checkout-api"): any of them
        said = named is not None and named[0] is None and any(k[2] != "events" for k in self.find_kinds(text))
        if said and not rx.search(r"\breasons\b|\bdistinct\b", text):
            # "what's wrong with the orders-api hpa": the kind said tells which of them
            told = [self._object_named(text, t) for _, _, t in self.find_kinds(text) if t in _EVENT_SUBJECTS]
            named = next((n for n in told if n is not None and n[0] is not None), named)
            said = named[0] is None
        if named is None or said:
            return None if trouble else self._why_pods(text, namespace)
        kind, name = named
        if kind is None and self.grounding is not None and rx.search(_POD_TROUBLE, text):
            # "why is cassandra pending": a name a workload and its service share, the workload's pods
            owners = [
                t for t in ("deployments", "statefulsets", "daemonsets") if name in self.grounding.names(t)
            ]
            kind = self.catalog[owners[0]].kind if len(owners) == 1 else None
        if kind in _POD_OWNER_KINDS and rx.search(_POD_TROUBLE, text):
            # "why is blackbox-exporter crashing": a pod's trouble asked of its workload, in its pods' events
            on = "e.involved_kind = 'Pod' AND e.namespace = p.namespace AND e.involved_name = p.name"
            if kind == "Deployment":
                on += (
                    " JOIN replicasets r ON r.namespace = p.namespace AND r.name = p.owner_name "
                    "AND p.owner_kind = 'ReplicaSet'"
                )
                where = f"r.owner_kind = 'Deployment' AND r.owner_name = {quote(name)}"
            else:
                where = f"p.owner_kind = {quote(kind)} AND p.owner_name = {quote(name)}"
            if namespace:
                where = f"p.namespace = {quote(namespace)} AND {where}"
            cols = "e.involved_name, e.reason, e.message"
            return f"SELECT {cols} FROM events e JOIN pods p ON {on} WHERE {where}"
        # a name several kinds hold ("checkout-api", a deployment and its service): the events of each
        where = f"involved_kind = {quote(kind)} AND involved_name = {quote(name)}" if kind else (
            f"involved_name = {quote(name)}"
        )
        if namespace and kind != "Node":
            where = f"namespace = {quote(namespace)} AND {where}"
        held = {r.lower(): r for r in self.grounding.all_values("events", "reason")} if self.grounding else {}
        said = rx.search(r"\b([a-z]+) events?\b", text)
        if said and said.group(1) in held:  # "(Unhealthy events)": those events, and what they say
            return f"SELECT message FROM events WHERE {where} AND reason = {quote(held[said.group(1)])}"
        grounded = self.grounding is not None and not trouble
        had = self.grounding.event_reasons(name) if grounded else frozenset()
        told = {r for pattern, r in _WHY_REASONS if rx.search(pattern, text) and r in had}
        if len(told) == 1 and not rx.search(r"\bevents?\b|\bev\b", text):
            # "why was x evicted?", "why is x pending?": what its events of that reason say
            return f"SELECT message FROM events WHERE {where} AND reason = {quote(told.pop())}"
        return f"SELECT {'' if kind else 'involved_kind, '}type, reason, message FROM events WHERE {where}"

    def _pods_query(self, text: str, current: str | None, joined: bool = False) -> exp.Expression | None:
        """`text` read as a plain list of pods, its filters qualified as `p` to join from; else None.
        `joined`: pods filtered through their owners as well ("the pods of deploy x"), as `p`."""
        sql, _, _ = self._parse(text, text, current)
        contained = re.match(r"SELECT DISTINCT (?:namespace, )?pod FROM containers WHERE (.+)$", sql or "")
        if contained and " JOIN " not in sql:  # "the OOMKilled pods": those with such a container
            inner = sqlglot.parse_one(contained.group(1), read="duckdb")
            joins.qualify(inner, "c")
            sql = (
                "SELECT name FROM pods WHERE EXISTS (SELECT 1 FROM containers c "
                f"WHERE c.namespace = p.namespace AND c.pod = p.name AND ({inner.sql(dialect='duckdb')}))"
            )
        if sql is None or " FROM pods" not in sql:
            return None
        on_nodes = " FROM pods AS a JOIN nodes AS b ON a.node = b.name WHERE "
        if joined and on_nodes in sql and sql.count(" JOIN ") == 1:  # "pods on cordoned nodes": as p and n
            sql = sql.replace(" pods AS a ", " pods p ").replace(" nodes AS b ", " nodes n ")
            sql = re.sub(r"(?<![\w'.])a\.", "p.", re.sub(r"(?<![\w'.])b\.", "n.", sql))
        owners = r"(?:replicasets|jobs|statefulsets|daemonsets)"
        owned = sql is not None and re.match(rf"SELECT .*? FROM pods AS a JOIN {owners} AS ", sql)
        if joined and owned and " JOIN nodes " not in sql and not rx.search(r"\b(?:per|each|by)\b", text):
            # "the pods of job x", "the image-proxy pods": pods picked through their owners, named `p`
            sql = re.sub(r"(?<![\w'.])a\.", "p.", sql.replace(" FROM pods AS a ", " FROM pods p "))
        if " JOIN " in sql and not (joined and " FROM pods p " in sql):  # the owners' joins name pods `p`
            return None
        tree = sqlglot.parse_one(sql, read="duckdb")
        if tree.find(exp.AggFunc):
            return None
        where = tree.args.get("where")
        if where is not None:
            joins.qualify(where, "p")
        return tree

    def _why_pods(self, text: str, namespace: str | None) -> str | None:
        """ "Why are the payments pods crashlooping?": the events about the pods in that state."""
        rest = rx.sub(r"^\s*(why|how come)[?,.!:]*\s+(?:are|is|do|does|did)?\s*", "", text)
        if rest == text or not rx.search(r"\bpods?\b|\bpo\b", rest):
            return None  # (nothing taken off: reading `rest` again would come back here)
        if rx.search(r"\b(?:fail\w*|not)\s+(?:to\s+)?(?:be\s+)?creat", rest):
            return None  # "why could pods not be created": no such pods, their controllers' events tell
        tree = self._pods_query(rest, namespace)
        where = tree.args.get("where") if tree is not None else None
        if where is None:
            return None  # "why are pods …" with no state read: nothing to narrow the events to
        return _pod_events(where, why=True)

    def _events_about_pods(self, text: str, namespace: str | None) -> str | None:
        """ "Warning events about pods on worker-7", "events of the jobs that failed": the events of the
        objects a filter picks (pods, or another namespaced kind)."""
        about = rx.search(
            # "what do the events say about the pending pods?": what they say is the events themselves
            r"\b(?:events?|ev|warnings?)\s+(?:(?:are|were)\s+(?:there\s+)?|say\s+|said\s+|tell\s+(?:us\s+)?)?"
            r"(?:about|for|of|on|involving)\s+(?:the\s+)?",
            text,
        )
        if about is None:  # "what events did the image-proxy pods get?": theirs, the verb after them
            about = rx.search(
                r"\b(?:events?|ev|warnings?)\s+(?:did|do|does|have|has)\s+(?:the\s+)?"
                r"(?=\S+\s+(?:\S+\s+)?pods\b)",
                text,
            )
            got = r"\s+(?:get|got|have|had|receive|see|saw)(?=(?:\s+(?:in|-n)\s+\S+)?\W*$)"
            text = text[: about.start()] + rx.sub(got, "", text[about.start() :]) if about else text
        kind = next(iter(self.find_kinds(text[about.end() :])), None) if about else None
        if about is None or kind is None or len(text[about.end() : about.end() + kind[0]].split()) > 2:
            return None
        after = text[about.end() + kind[0] + len(kind[1]) :]
        if kind[2] in _POD_OWNERS and rx.match(r"(?:'s|')\s+(?:pods?|po)\b", after):
            kind = (kind[0], kind[1], "pods")  # "events of the cassandra statefulset's pods": its pods'
        table = self.catalog[kind[2]]
        if table.name in ("events", "containers", "namespaces"):
            return None
        if not table.namespaced and table.name != "nodes":  # nodes' events are theirs by name alone
            return None
        if table.name != "pods" and self._object_named(text[about.end() :], table.name):
            return None  # "events for job/nightly-report-1": that one object's, read without a join
        picked = text[about.end() :]
        # "warning events of pods on worker-2 per reason": how many of each reason
        per_reason = r"\s*,?\s*\b(?:(?:grouped|broken down|split) )?(?:per|by|for each) reason\b"
        by_reason = rx.search(per_reason, picked)
        picked = rx.sub(per_reason, "", picked)
        # "BackOff events for pods on worker-2", "… with reason BackOff": the events' reason, kept
        held = self.grounding.values("events", "reason") if self.grounding is not None else frozenset()
        told = [
            r
            for r in sorted(held)
            if rx.search(
                rf"\breason\s*(?:=|is|of)?\s*{re.escape(r.lower())}\b|"
                rf"\b{re.escape(r.lower())}\s+(?:events?|ev|warnings?)\b",
                text,
            )
        ]
        for r in told:
            reason = rf"\s*\b(?:with\s+)?(?:the\s+)?reason\s*(?:=|is|of)?\s*{re.escape(r.lower())}\b"
            picked = rx.sub(reason, " ", picked)
        # "events about pods in ml in the past hour": the events are recent, unless the pods were made so
        lately = None if rx.search(_POD_TIMES, picked) else recent_window(picked)
        picked = lately[1] if lately else picked
        if table.name == "pods":
            tree = self._pods_query(picked, namespace, joined=True)
        else:
            tree = self._kind_query(picked, table.name, namespace)
        where = tree.args.get("where") if tree is not None else None
        equal = [c.this.name for c in where.find_all(exp.EQ)] if where is not None else []
        # the pods' own name: "b.name = 'x'" names their owner, not one pod
        own = [
            c.this.name for c in where.find_all(exp.EQ) if getattr(c.this, "table", "") in ("", "p")
        ] if where is not None else []
        parts = list(where.this.flatten()) if where is not None and isinstance(where.this, exp.And) else [
            where.this if where is not None else None
        ]
        # a flag is a filter too: "events of pods on cordoned nodes" (n.unschedulable)
        flagged = any(isinstance(c, exp.Column) for c in parts)
        if where is None or "name" in own or (
            set(equal) <= {"namespace"}
            and not flagged
            and not where.find(exp.Not, exp.Like, exp.GT, exp.LT, exp.In, exp.Is)  # "… without an owner"
        ):
            return None  # one named object, or a namespace alone: read without a join
        said = {c.expression.name for c in where.find_all(exp.EQ) if isinstance(c.expression, exp.Literal)}
        if self.grounding is not None and said & self.grounding.names(table.name):
            return None  # named by a label holding its name: "events for pod postgres-0" (a stateful set's)
        counted = bool(rx.search(_COUNTING + "|#", text))
        # the pods of one workload named, nothing else said of them: each event told as "kubectl describe"
        # tells one object's (type, reason, message), beside its pod
        kept = {c.this.name for c in where.find_all(exp.EQ) if isinstance(c.expression, exp.Literal)}
        owned = kept & {"owner_name", "name"} and kept <= {"namespace", "owner_kind", "owner_name", "name"}
        owned = owned and table.name == "pods"  # (a cron job's jobs' events: without, as their author wrote)
        owned = owned and not where.find(exp.Not, exp.Like, exp.GT, exp.LT, exp.In, exp.Is, exp.NEQ)
        return _pod_events(
            where,
            described=bool(owned),
            counted=counted,
            repeats=counted and bool(rx.search(OCCURRENCES, text)),
            warnings=bool(rx.search(r"\bwarnings?\b", text)),
            table=table.name,
            kind=table.kind,
            joined=" ".join(j.sql(dialect="duckdb") for j in tree.args.get("joins") or []),
            window=lately[0] if lately else None,
            namespaced=table.namespaced,
            reasons=told,
            by_reason=bool(by_reason),
            why=bool(rx.search(r"\b(?:why|say|says|saying|messages?)\b", text)),
            both=bool(rx.search(r"\breasons?\b.*\b(?:messages?|msgs?)\b|\b(?:messages?|msgs?)\b.*\breasons?\b",
                                text)),
        )

    def _events_by_pod_key(self, text: str, namespace: str | None) -> str | None:
        """ "How many warning events do the pods on each node have?", "which node's pods have the most
        warnings?", "warning events about pods per zone", "which deployments have pods with warning
        events?": the events about pods, grouped by what their pods run on or belong to."""
        if self.grounding is None or not rx.search(r"\bpods?\b|\bpo\b", text) or rx.match(r"\W*when\b", text):
            return None
        warnings = rx.search(r"\bwarnings?\b|\bwarning events?\b", text)
        if not rx.search(r"\bevents?\b|\bev\b", text) and not warnings:
            return None
        keys = {
            "node": (r"nodes?", "p.node", ""),
            "zone": (r"(?:availability\s+)?zones?", "n.zone", " JOIN nodes n ON n.name = p.node"),
            "deployment": (
                r"deployments?|deploys?",
                "r.owner_name",
                " JOIN replicasets r ON r.namespace = p.namespace AND r.name = p.owner_name",
            ),
            "namespace": (r"namespaces?|ns", "p.namespace", ""),
            "pod": (r"pods?|po", "p.name", ""),
        }
        found = None
        for key, (words, column, joined) in keys.items():
            per = rx.search(rf"\b(?:each|every|per|by)\s+(?:the\s+)?(?:{words})\b", text)
            owns = rx.search(
                rf"\b(?:which|what)\s+(?:{words})(?:'s|')?\s+pods\b|\b(?:{words})(?:'s|')\s+pods\b", text
            )
            which = rx.search(
                rf"^\W*(?:which|what|list|show)\s+(?:{words})\s+(?:have|has|had|run|ran|host|got|with)\s+"
                r"(?:the\s+|any\s+)?pods?\b",
                text,
            )
            their = key in ("node", "zone", "deployment") and rx.search(
                rf"^\W*(?:which|what|top\s+\d+|the\s+\d+|the)?\s*(?:{words})\b[^?]*"
                r"\b(?:(?:on|of|for|about|against) (?:their|its) (?:pods|po)|whose (?:pods|po))\b",
                text,
            )
            if their:  # "top 3 deployments by warning events on their pods": ranked, or those that have some
                ranked = rx.search(r"\b(?:top|most|fewest|least|how many|count|number)\b", text)
                owns = their if ranked else None
                which = which or (None if owns else their)
            if key == "pod" and not per:
                continue
            if key == "namespace" and not (owns or per and rx.search(r"\bhow many pods\b", text)):
                continue  # the events' own namespace: read by the events alone
            if which and not per and not owns and key in ("node", "zone"):
                return None  # "which nodes host pods with BackOff events?": the pods and nodes, read below
            if per or owns or which:
                found = (key, column, joined, "which" if which and not per and not owns else "per")
                break
        if found is None:
            return None
        key, column, joined, shape = found
        conds = ["e.type = 'Warning'"] if warnings else []
        held = self.grounding.values("events", "reason")
        said = [r for r in held if rx.search(rf"\b{re.escape(r.lower())}\b", text)]
        said = said or _spelt_values(text, held)
        if said:
            conds.append(f"e.reason IN ({', '.join(quote(r) for r in sorted(said))})")
        if not conds and shape == "which":
            return None
        node = rx.search(r"\b(?:on|running on)\s+(?:the\s+)?(?:node\s+)?([a-z0-9][\w.\-]*)", text)
        if node and node.group(1) in self.grounding.names("nodes"):
            if key in ("node", "zone"):
                return None
            conds.append(f"p.node = {quote(node.group(1))}")
        elif key == "pod":
            return None  # "events per pod": the events' own subjects, read by the events alone
        if namespace:
            conds.append(f"p.namespace = {quote(namespace)}")
        if key == "deployment":
            conds.append("r.owner_kind = 'Deployment'")
        ident = column if key != "pod" or namespace else "p.namespace, p.name"
        if key in ("deployment",) and not namespace:
            ident = "p.namespace, r.owner_name"
        source = f"FROM events e JOIN pods p ON p.uid = e.involved_uid{joined}"
        where = f" WHERE {' AND '.join(conds)}" if conds else ""
        if shape == "which":
            keep = " AND p.node IS NOT NULL" if key == "node" else ""
            return f"SELECT DISTINCT {ident} {source}{where}{keep}"
        pods = rx.search(r"\bhow many pods\b|\bnumber of pods\b", text)
        total = rx.search(r"\btotal\b|\btimes\b|\brepeats?\b|\boccurrences?\b|\bsum\b", text)
        measure = "count(DISTINCT p.uid)" if pods else "sum(e.count)" if total else "count(*)"
        if key == "node":  # a pod not yet scheduled is on no node
            where += " AND p.node IS NOT NULL" if where else " WHERE p.node IS NOT NULL"
        sql = f"SELECT {ident}, {measure} AS n {source}{where} GROUP BY {ident}"
        top = rx.search(r"\btop\s+(\d+)\b|\bmost\b|\bfewest\b|\bleast\b", text)
        if top:
            order = "ASC" if rx.search(r"\bfewest\b|\bleast\b", text) else "DESC"
            sql += f" ORDER BY n {order} LIMIT {top.group(1) or 1}"
        elif not rx.search(_COUNTING + r"|#|\bper\b|\beach\b|\bby\b", text):
            return None
        return sql

    def _events_per_pod(self, text: str, namespace: str | None) -> str | None:
        """ "For each crashlooping pod, how many BackOff events has it had in total?": each pod a state
        picks, with how many events of a reason (or warnings) it had, repeats summed when a total is asked."""
        if self.grounding is None or not rx.search(r"\bpods?\b|\bpo\b", text):
            return None
        warnings = rx.search(r"\bwarnings?\b", text)
        if not rx.search(r"\bevents?\b|\bev\b", text) and not warnings:
            return None
        if not rx.search(r"\bhow many\b|\bcounts?\b|\bnumber of\b|\bsum\b", text):
            return None
        if not rx.search(r"\beach\b|\bper pod\b|\btheir\b|:|\+", text):
            return None  # "how many BackOff events are there about crashlooping pods": one number
        held = self.grounding.values("events", "reason")
        said = [r for r in held if rx.search(rf"\b{re.escape(r.lower())}\b", text)]
        said = said or _spelt_values(text, held)
        if len(said) > 1 or not (said or warnings):
            return None
        p = Parse(table="pods")
        read_states(p, rx.sub(rf"\b{re.escape(said[0].lower())}\b", " ", text) if said else text, text)
        if not p.conds or p.table != "pods":
            return None  # no state picks the pods: the events alone answer
        conds = [*([f"namespace = {quote(namespace)}"] if namespace else []), *p.conds]
        where = sqlglot.condition(" AND ".join(conds), dialect="duckdb")
        joins.qualify(where, "p")
        total = rx.search(r"\btotal\b|\bsum\b|\btimes\b|\brepeats?\b|\bcount on\b|\bcounts\b", text)
        keys = "p.name" if namespace else "p.namespace, p.name"
        on = "e.involved_kind = 'Pod' AND e.namespace = p.namespace AND e.involved_name = p.name"
        return (
            f"SELECT {keys}, {'sum(e.count)' if total else 'count(*)'} FROM pods p JOIN events e ON {on} "
            f"WHERE {where.sql(dialect='duckdb')} AND "
            f"{f'e.reason = {quote(said[0])}' if said else 'e.type = ' + quote('Warning')} GROUP BY {keys}"
        )

    def _kind_query(self, text: str, table: str, current: str | None) -> exp.Expression | None:
        """`text` read as a plain list of `table` objects, its filters qualified as `p` to join from."""
        sql, _, _ = self._parse(text, text, current)
        owner = rf"SELECT [^()]*? FROM {table} AS a JOIN \w+ AS b ON b\.namespace = a\.namespace "
        owner += r"AND b\.name = a\.owner_name "
        if sql is not None and sql.count(" JOIN ") == 1 and re.match(owner, sql):
            # "the jobs of cronjob db-backup": picked through their owner, named `p`
            sql = re.sub(r"(?<![\w'.])a\.", "p.", sql.replace(f" FROM {table} AS a ", f" FROM {table} p "))
            tree = sqlglot.parse_one(sql, read="duckdb")
            return None if tree.find(exp.AggFunc) else tree
        if sql is None or f" FROM {table}" not in sql or " JOIN " in sql:
            return None
        tree = sqlglot.parse_one(sql, read="duckdb")
        if tree.find(exp.AggFunc) or tree.find(exp.Table).alias:
            return None
        where = tree.args.get("where")
        if where is not None:
            joins.qualify(where, "p")
        return tree

    def _node_dimension(self, text: str, current: str | None) -> str | None:
        """Pods by a property of their node: "checkout pods per zone", "which zone is postgres-0 in"."""
        pod_words = rx.search(r"\bpods?\b|\bpo\b", text)
        amount = rx.match(LEADING_AMOUNT, text)  # "memory requested per zone": the pods' amounts
        # "average restarts per zone", "avg memory request per instance type": the pods' numbers, grouped
        fn = rx.match(
            r"\s*(?:what(?:'s| is| are)?\s+)?(?:the\s+)?"
            r"(average|avg|mean|total|sum of|max(?:imum)?|min(?:imum)?)\s+"
            r"(?:(?:number of\s+)?restarts?|(?:cpu|cores?|memory|mem|ram)\s+(?:request\w*|reqs?|limits?))\b",
            text,
        )
        measure = None
        if fn is not None:
            measure = "restarts" if rx.search(r"\brestarts?\b", fn.group(0)) else amount_column(fn.group(0))
        if fn is None and rx.match(r"\s*(?:the\s+)?(?:(?:number of|total)\s+)?restarts\s+(?:per|by)\b", text):
            measure = "restarts"  # "restarts per zone": added up
        mentions = [
            m
            for m in slots.find_columns(text, self.catalog["nodes"])
            if m.column in _NODE_DIMENSIONS
            and m.column not in {c.name for c in self.catalog["pods"].columns}
            and (" " in text[m.start : m.end] or m.column in ("zone", "region"))  # not "version=v1"
            and not text[m.end :].lstrip().startswith("=")
            and not self._column_value_follows(text[m.end :], "nodes", m.column)  # "zone us-east-1c" filters
        ]
        named_pod = self._named_relative(text, "nodes") if self.grounding is not None else []
        # "which zone requests the most memory": the zones ranked by what their pods request
        ranked_amount = amount_column(text) and rx.search(r"\b(?:most|least|fewest)\b", text)
        if not mentions or not (
            pod_words or amount or measure or ranked_amount or (named_pod and named_pod[0][2] == "pods")
        ):
            return None
        others = {k[2] for k in self.find_kinds(text)} - {"pods", "nodes", "namespaces"}
        each = rx.search(r"\b(each|every|per)\s+(?:\S+\s+)?(?:pods?|po|one)\b", text)
        of_one = rx.search(r"\bpods? of \w+ [a-z0-9][\w\-]*", text)  # "the pods of statefulsets kafka"
        if others and not ((each or of_one) and others <= set(_POD_OWNERS)):
            return None  # "zone per pod of sts postgres": each pod of a workload, read as pods below
        m = mentions[0]
        col = m.column
        phrase = text[m.start : m.end]
        counting = rx.search(_COUNTING, text)
        grouped = rx.search(rf"\b(per|each|every|by)\s+(?:the\s+)?(?:node\s+)?{rx.escape(phrase)}", text) or (
            counting and rx.search(r"\b(each|per|by)\b", text)
        )
        per_pod = (
            rx.search(r"\b(each|every|per)\s+(?:\S+\s+)?(?:pods?|po|one)\b|\bpods?'s?\b", text)
            or rx.search(
                r"(\bwith|\bw/|\band|\+|->)\s*(?:the |their |its )?(?:node(?:'?s)?\s+)?$", text[: m.start]
            )  # "+ their node's zone": each pod's
            or named_pod
        )
        spread = rx.search(r"\b(spread|span|land|distinct|different|how many)\b", text)
        rest = text[: m.start] + " " + text[m.end :]
        # "which kubelet version are the shop pods' nodes running?": the nodes run it, no pod state
        rest = rx.sub(r"\bnodes?'?\s+(?:are\s+|is\s+)?(?:running|run|runs|using|on)\s*(?=\W*$)", " ", rest)
        rest = rx.sub(
            r"\b(per|each|every|by|which|what|how many|count|number of|spread across|land in|of the node|"
            r"of their nodes?|node)\b",
            " ",
            rest,
        )
        if measure:
            rest = rx.sub(
                r"\b(?:average|avg|mean|total|sum of|sum|maximum|max|minimum|min|number of|restarts?|"
                r"cpu|cores?|memory|mem|ram|requests?|requested|reqs?|limits?|of)\b",
                " ",
                rest,
            )
        if not pod_words:
            rest = "pods " + rest  # "what az is postgres-0 in": a pod named without its kind
        tree = self._pods_query(rest, current)
        if tree is None and grouped and amount_column(text):
            # "how much memory do pods per zone request": the pods summed are read without the amount
            bare = rx.sub(
                r"\b(?:how much|in total|total|sum of|sum|cpu|cores?|memory|mem|ram|requests?|requested|"
                r"limits?|do|does|together)\b",
                " ",
                rest,
            )
            tree = self._pods_query(bare, current)
        if tree is None:
            return None
        where = tree.args.get("where")
        cond = " WHERE " + where.this.sql(dialect="duckdb") if where is not None else ""
        if of_one and not each and " EXISTS" in cond.upper():
            return None  # "pods of daemonsets node-exporter …": their owner is read by the joins
        base = f"FROM pods p JOIN nodes n ON p.node = n.name{cond}"
        # (a place ranked by its pods' restarts adds them up, as it does an amount)
        summed = amount_column(text) or ("restarts" if rx.search(r"\brestarts\b", text) else None)
        if measure and grouped and not per_pod:
            name = fn.group(1)[:3] if fn else "sum"
            agg = {"ave": "avg", "avg": "avg", "mea": "avg", "max": "max", "min": "min"}.get(name, "sum")
            return f"SELECT n.{col}, {agg}(p.{measure}){unit_of(measure, text)} {base} GROUP BY n.{col}"
        ranked = rx.search(
            rf"(?<!at )\b(most|fewest|least|busiest)\b(?:\s+[\w\-]+)?\s+(?:pods?|po\b)|"
            rf"\b(?:which|what|the)\s+{rx.escape(phrase)}\s+(?:has|have|had|runs?|hosts?|with|requests?|uses?)"
            r"\s+(?:the\s+)?"
            rf"(most|fewest|least)\b",
            text,
        )
        if ranked and not per_pod and not rx.search(r"\b(?:each|every|per)\b|\btop\b|\d", text):
            # "which zone has the most pods": the zones ranked by their pods, the first one
            order = "" if (ranked.group(1) or ranked.group(2)) in ("fewest", "least") else " DESC"
            if summed and not rx.search(r"\b(?:most|fewest|least) (?:\w+ )?pods\b", text):
                shown = f"sum(p.{summed}){unit_of(summed, text)}"
            else:
                shown = "count(*)"
            return f"SELECT n.{col}, {shown} AS amount {base} GROUP BY n.{col} ORDER BY amount{order} LIMIT 1"
        if grouped and not per_pod and summed and (amount or not counting):
            return f"SELECT n.{col}, sum(p.{summed}){unit_of(summed, text)} {base} GROUP BY n.{col}"
        if grouped and not per_pod:
            return f"SELECT n.{col}, count(*) {base} GROUP BY n.{col}"
        if per_pod:
            ident = [f"p.{e.alias_or_name}" for e in tree.expressions if e.alias_or_name in _IDENTITY]
            each_pod = rx.search(r"\b(?:each|every)\s+(?:\S+\s+)?(?:pods?|po)\b", text)
            if (named_pod and not each_pod and not of_one) or "p.name = " in cond:
                ident = []  # "which zone is postgres-0 in": the one pod's zone (not "each pod of sts x")
            both = r"\bnodes?\s+(?:and|\+|&)\s+(?:the\s+|its\s+|their\s+)?(?:nodes?'?s?\s+)?"
            both += rx.escape(phrase)
            both += rf"|\b{rx.escape(phrase)}\s+(?:and|\+|&)\s+(?:the\s+|its\s+|their\s+)?nodes?\b"
            if rx.search(both, text):
                ident.append("p.node")  # "which node and zone does each pod run on": both
            return f"SELECT {', '.join([*ident, f'n.{col}'])} {base}"
        if not spread and (pod_words and where is not None):
            # "which zones are the crashlooping pods running in": where each of those pods is, as for
            # nodes ("which nodes are my pods on"); the distinct set is for "spread across", "land in"
            ident = [f"p.{e.alias_or_name}" for e in tree.expressions if e.alias_or_name in _IDENTITY]
            return f"SELECT {', '.join([*ident, f'n.{col}'])} {base}"
        return f"SELECT DISTINCT n.{col} {base}"

    def _column_of_next(
        self, text: str, kind: tuple[int, str, str], found: list[tuple[int, str, str]]
    ) -> bool:
        """A kind's word names a column of the kind said next: "the storage class of their pv"."""
        end = kind[0] + len(kind[1])
        of = rx.match(r"\s+of\s+(?:its|their|the|each)\s+", text[end:])
        if not of:
            return False
        following = [k[2] for k in found if k[0] == end + of.end()]
        if rx.match(r"volumes?\b", text[end + of.end() :]) and found[0][2] == "persistentvolumeclaims":
            following.append("persistentvolumes")  # "… of their volume": a claim's volume is its pv
        return bool(following) and any(
            m.start <= kind[0] and end <= m.end for m in slots.find_columns(text, self.catalog[following[0]])
        )

    def _column_value_follows(self, tail: str, table: str, column: str) -> bool:
        """A value the cluster holds in this column follows its phrase: "zone us-east-1c"."""
        if self.grounding is None:
            return False
        word = rx.match(r"\s*[:=]?\s*([\w.-]+)", tail)
        held = {v.lower() for v in self.grounding.values(table, column)}
        # or one spelt like a value no object holds: "zone us-central1-a" (an empty answer)
        spelt = bool(word) and rx.fullmatch(r"[a-z]+\d*-[\w.-]*\d[\w.-]*", word.group(1))
        return bool(word) and (word.group(1).lower() in held or bool(spelt))

    def _both_related(
        self, text: str, kinds: list[tuple[int, str, str]], current: str | None
    ) -> tuple[str, list[str], float] | None:
        """ "deployments that have both an hpa and a pdb", "deploys with an hpa that are covered by a pdb":
        the first kind filtered by each related kind in turn, both filters kept."""
        b_end = kinds[1][0] + len(kinds[1][1])
        lead = text[kinds[0][0] + len(kinds[0][1]) : kinds[1][0]]
        # one said to exist ("with an hpa", "have both a pdb"), not two kinds listed ("with pods and nodes")
        said = lead + " " if lead.strip() else text[: kinds[0][0]]
        if not rx.search(r"\b(?:with|w/|have|has|having|both|covered|protected|scaled|using|uses?)\b.*"
                         r"\b(?:an?|any|some|no)\s*$|\bautoscaled\b", said):
            return None
        gap = text[b_end : kinds[2][0]]
        bare = rx.fullmatch(r"\s*(?:,\s*)?(?:and|&|\+)\s+(?:also\s+)?(?:an?|any|some|the)?\s*", gap)
        if bare:  # "with both an hpa and a pdb": the same relation said once for both
            lead = rx.sub(r"\bboth\s+", "", text[: kinds[1][0]])
            first, second = lead + text[kinds[1][0] : b_end], lead + text[kinds[2][0] :]
        else:
            joint = rx.search(
                r"(?:,\s*)?\b(?:and (?:are |is |also )?|but (?:are |is )?|that are |which are |also )", gap
            )
            if joint is None:
                return None
            head = text[: kinds[0][0] + len(kinds[0][1])]
            first, second = text[: b_end + joint.start()], f"{head} {gap[joint.end() :]}{text[kinds[2][0] :]}"
        one, two = self._joined(first, current), self._joined(second, current)
        if one is None or two is None or "EXISTS" not in one[0] or "EXISTS" not in two[0]:
            return None
        tree_one = sqlglot.parse_one(one[0], read="duckdb")
        tree_two = sqlglot.parse_one(two[0], read="duckdb")
        if tree_one.selects != tree_two.selects or tree_one.args.get("joins") or tree_two.args.get("joins"):
            return None
        combined = tree_one.where(tree_two.args["where"].this, dialect="duckdb")
        understood = list(dict.fromkeys([*one[1], *two[1]]))
        return combined.sql(dialect="duckdb"), understood, min(one[2], two[2])

    def _show_related(
        self,
        text: str,
        show_at: int,
        asked: tuple[int, str, str],
        related: tuple[int, str, str],
        namespace: str | None,
    ) -> tuple[str, list[str], float] | None:
        """ "ds pods not ready + their node and the node's status": columns of a related kind, no filter."""
        a, b = asked[2], related[2]
        how = joins.relation(a, b, self.catalog[a].namespaced, self.catalog[b].namespaced)
        named_by = joins.REFERENCES.get((a, b))
        if how is None and named_by and not (named_by.listed or named_by.when or named_by.namespaced):
            # "pods and the value of their priority class": the one object the column names
            how = joins.Relation(f"b.name = a.{named_by.column}")
        if how is None or rx.search(_TOP, text):
            return None  # "the namespace with the highest deploy count" ranks, shape.py reads it
        if any(
            m.start <= related[0] < m.end
            and m.end - m.start > len(related[1])
            and slots.column_type(self.catalog[a], m.column) == "int"
            for m in slots.find_columns(text, self.catalog[a])
        ):
            return None  # "pdbs and how many healthy pods they have": a column of the asked kind
        tail = text[show_at:]
        a_columns = {c.name for c in self.catalog[a].columns}
        phrase = rx.escape(related[1])
        rel = related[0] - show_at
        b_columns = [
            m.column
            for m in slots.find_columns(tail, self.catalog[b])
            if m.column not in ("name", "namespace")
            and f"b.{m.column}" not in how.on
            # the kind's own word is no column: "cluster" of "their cluster role"
            and not (rel <= m.start and m.end <= rel + len(related[1]))
            and (
                m.column not in a_columns
                or m.start <= related[0] - show_at < m.end  # "their ready endpoint count"
                or rx.search(_OWNED_BY.format(phrase=phrase), tail[: m.start])
                # "pvcs with the capacity of their volume": the column said before its kind
                or rx.match(rf"\s*(?:of|on) (?:its|their|the|each) {phrase}\b", tail[m.end :])
            )
        ]
        reference = self.catalog[b].kind.lower()  # "+ their node": the asked kind's own column for it
        ref = joins.REFERENCES.get((a, b))  # "+ their storage class": the column naming it, even one missing
        own = ref.column if ref and not ref.listed and not ref.when else None
        own = own or (reference if reference in a_columns else None)
        said = rx.fullmatch(
            rf"(?:{_SHOW})\s*(?:its|their|the|each)?\s*(?:\w+\s+)?", text[show_at : related[0]]
        )
        spanned = any(  # "their ready endpoint counts": the kind word is part of a column's name
            m.start <= related[0] - show_at < m.end for m in slots.find_columns(tail, self.catalog[b])
        )
        after = text[related[0] + len(related[1]) :]
        # "… with their storage class provisioner": the kind says whose column, it is not asked itself
        lead = len(rx.match(r"(?:'s|s'|’s)?", after).group(0))  # "their hpa's max replicas"
        described = any(m.start <= lead + 1 for m in slots.find_columns(after, self.catalog[b]))
        # "hpas and the images of the deployment they scale" (read "the the deployment … and their
        # images"): the column is the one related object's, its name not asked
        described = described or bool(rx.search(r"\bthe the\s*$", text[show_at : related[0]]))
        if said and own is None and not spanned and not described:
            b_columns.insert(0, "name")  # "statefulsets in data and their pods", "… their backend services"
        elif described and b in ("pods", "jobs", "replicasets") and "name" not in b_columns and (
            not rx.match(r"'s\b", after) and related[1].endswith("s")
            and related[1] not in ("rs", "sts", "ds")  # (short names, one each: "their rs revision")
            and rx.search(r"\btheir\s*$", text[: related[0]]) and "node" not in b_columns
        ):  # "statefulsets in team-b and their pods' status": each pod's, told by its name (not merged)
            # (not "which nodes are the pvcs' pods running on?": the nodes, once each)
            b_columns.insert(0, "name")
        if not b_columns:
            return None  # "pods and their node": a column of the pods, read without a join
        shown_own = said and own and not described
        a_text = text[:show_at] + (f" and their {own.replace('_', ' ')}" if shown_own else "")
        # "services in staging with their type and number of ready endpoints": the asked kind's own column,
        # said before the related kind, shown too
        b_own = {c.name for c in self.catalog[b].columns}
        a_own = [
            tail[m.start : m.end]
            for m in slots.find_columns(tail[:rel], self.catalog[a])
            if m.column not in ("name", "namespace", *b_columns) and m.column in a_columns
            and m.column not in b_own
            and rx.match(r"\s*(?:,|and\b|\+|&)", tail[m.end :])  # (not "the x of their target …")
        ]
        a_text += "".join(f" and their {w}" for w in a_own)
        if namespace and self.catalog[a].namespaced:
            a_text += f" -n {namespace}"
        a_sql, understood, confidence = self._parse(a_text, a_text, None)
        if a_sql is None or " JOIN " in a_sql or "count(" in a_sql.lower():
            return None
        sql = joins.join(a_sql, b, [], how, list(dict.fromkeys(b_columns)))
        return sql, [*understood, f"showing {b} {', '.join(b_columns)}"], confidence * 0.9

    def _dangling(
        self, text: str, asked: tuple[int, str, str], named: tuple[int, str, str], namespace: str | None
    ) -> tuple[str, list[str], float] | None:
        """ "pods that use a secret that doesn't exist": references to objects the cluster lacks."""
        a, b = asked[2], named[2]
        ref = joins.REFERENCES.get((a, b))
        if ref is None:
            return None
        # the words saying it is gone are not the asked kind's state: "daemonsets using a missing cm"
        a_text = rx.sub(r"\b(?:missing|nonexistent|non-existent|deleted|dangling)\s*$", " ", text[: named[0]])
        a_text += f" -n {namespace}" if namespace and self.catalog[a].namespaced else ""
        a_sql, understood, confidence = self._parse(a_text, a_text, None)
        if a_sql is None or " JOIN " in a_sql or "count(" in a_sql.lower():
            return None
        noun = named[1].split()[-1].rstrip("s")  # "class" of "storage class", "secret" of "secrets"
        said = text[: asked[0]] + text[asked[0] + len(asked[1]) :]  # not the "role" of "role bindings"
        show = len(rx.findall(rf"\b{rx.escape(noun)}s?\b", said)) > 1 or bool(
            rx.search(r"\b(which|what) (one|ones)\b|\bnames?\b|\bshow\b", text[named[0] :])
            # "…, and which class is it?", "(+ the class)", "(ingress + secret)": the name it gives
            or rx.search(r"(?:,|\band|\+|\()\s*(?:which|what|the)?\s*[a-z]+(?: is it| are they)?\s*[?.!)]*$",
                         text[named[0] + len(named[1]) :])
        )
        return joins.dangling(a_sql, b, ref, show), [*understood, f"naming a missing {b}"], confidence * 0.9

    def _services_with_endpoints(
        self, text: str, kinds: list[tuple[int, str, str]], namespace: str | None
    ) -> tuple[str, list[str], float] | None:
        """ "services and the number of endpoints", "services in payments and their endpoints": every
        service (of the namespace said) with its one endpoints object's ready count, or its ENDPOINTS as
        kubectl get ep shows them; None when anything else is said of the services."""
        if sorted(k[2] for k in kinds) != ["endpoints", "services"] or [
            c
            for c in self._conditions("services", text, [namespace] if namespace else [])[0]
            if not c.startswith("namespace =")
        ]:
            return None
        # "svc -n monitoring + ready ep count": each service with that count
        each_count = r"(?:\+|\bw/|\band the)\s*(?:(?:not[- ]|un)?ready )?(?:endpoints?|ep) (?:count|#)"
        counting = rx.search(each_count, text) or (
            rx.search(_COUNTING + "|#", text)
            and not rx.search(r"\bready\b|\baddress", text)
            # "how many services have an endpoint on worker-3": those kept by their endpoints' node, counted
            and not any("(nodes," in c for c in self._conditions("endpoints", text, [])[0])
        )
        listed = rx.search(  # "… and their endpoints"
            r"\b(?:with|and|\+|w/)\s+(?:their|its|the)\s+(?:ready\s+)?endpoints?(?:\s+(?:addresses|ips))?\W*$",
            text,
        )
        if not counting and not listed:
            return None
        ident, where = ("a.name", f" WHERE a.namespace = {quote(namespace)}") if namespace else (
            "a.namespace, a.name", ""
        )
        if counting:
            unready = rx.search(r"not[ -]ready|unready", text)
            column = "not_ready_address_count" if unready else "ready_address_count"
            shown, said = f"coalesce(b.{column}, 0)", f"with their endpoints' {column}"
        else:
            shown, said = "b.endpoints", "with their endpoints"
        sql = (
            f"SELECT {ident}, {shown} FROM services AS a LEFT JOIN endpoints AS b "
            f"ON b.namespace = a.namespace AND b.name = a.name{where}"
        )
        return sql, ["table services", said], 0.8

    def _count_per(
        self, text: str, kinds: list[tuple[int, str, str]], namespace: str | None
    ) -> tuple[str, list[str], float] | None:
        """ "How many jobs does each cronjob have?": every owner with its count, zero included."""
        each = self._services_with_endpoints(text, kinds, namespace)
        if each is not None:
            return each
        counting = rx.search(_COUNTING + "|#", text)
        for group, counted in (kinds, kinds[::-1]):
            pos, phrase, a = group
            # "team-a netpol -> number of selected pods", "sa -> pod count": each one's count, after an arrow
            arrow = rx.match(
                r"\s*(?:->|:)\s*(?:the\s+)?(?:\w+\s+)?(?:number|count|#)\b", text[pos + len(phrase) :]
            )
            # "pods covered per network policy": the counted kind right before "per" says to count
            bare = counted[0] < pos and rx.fullmatch(
                r"\s+(?:\w+\s+){0,2}?per\s+", text[counted[0] + len(counted[1]) : pos]
            )
            # "cms with pod counts", "secrets + number of pods using each": each one with its count
            between = text[pos + len(phrase) : counted[0]] if counted[0] > pos else ""
            with_count = rx.search(
                r"(?:\bwith|\+|\band)\s+(?:the\s+|their\s+)?(?:(?:number|count)\s+of\s+)?$", between
            ) and (
                rx.search(r"\b(?:number|count)\s+of\s+$", between)
                or rx.match(r"\s*counts?\b", text[counted[0] + len(counted[1]) :])
            ) or (  # "configmaps in checkout and how many pods use them": each one, with its count
                rx.search(r"(?:\band|,)\s+how many\s+$", between)
                and (
                    rx.search(r"\b(?:them|it|each(?: one)?)\W*$", text)
                    # "quotas and how many pods their namespace runs", "… how many pods they have"
                    or rx.match(
                        r"\s+(?:(?:do|does)\s+)?(?:their|its|they|it)\b", text[counted[0] + len(counted[1]) :]
                    )
                )
            )
            if not (counting or bare or with_count):
                continue
            if a == "priorityclasses" and not rx.search(r"\b(?:each|every)\b|\bthem\b", text):
                continue  # "pods per priority class": their own column's values (none too), counted

            # "which deploys have pods not running, and how many each?", "deploys w/ failed pods + count":
            # the owners some such rows meet, each with its count
            some = (
                counted[0] > pos
                and not with_count  # "cms with number of pods mounting each": every one, zeros kept
                and rx.search(
                    r"\b(?:each|apiece)\s*\W*$|(?:\+|\band\b)\s*(?:a\s+|the\s+|their\s+)?(?:count|number)\b",
                    text[counted[0] :],
                )
            )
            only = rx.search(r"\b(?:only|just)\b.*\b(?:have|has|with)\s+(?:some|any)\b", text)
            before = text[max(0, pos - 20) : pos]
            # "pods per node in us-east-1a": the nodes are picked by their own value, each counted
            placed = (
                [
                    c
                    for c, _ in slots.value_conditions(
                        text, self.catalog["nodes"], self.grounding.values, ("name", "status"), [*self._kinds]
                    )
                ]
                if a == "nodes" and self.grounding is not None
                else []
            )
            if (
                (a in ("nodes", "namespaces") and not placed)
                # "pvcs per storage class", "pods per service account": a kind the counted one names
                # (in a column said by its name), grouped by that column
                or (
                    not placed
                    and not with_count  # "priority classes and the number of pods using them": each one
                    and not self.catalog[a].namespaced
                    and (counted[2], a) in joins.REFERENCES
                    # "how many pvcs use each storage class": every class, zero included
                    and not (
                        rx.search(r"\b(?:each|every)\s+$", before)
                        # "how many bindings does each cluster role have / reference each role"
                        and rx.search(_USES + r"|\b(?:have|has|referenc\w*|bind\w*)\b", text)
                    )
                )
                or (
                    not arrow  # "sa -> pod count": every account, with its count (zero included)
                    and not placed
                    and (ref := joins.REFERENCES.get((counted[2], a))) is not None
                    and not ref.listed
                    and slots.column_phrases(self.catalog[counted[2]]).get(phrase) == ref.column
                    # "how many pods run as each service account": every account, zero included; not
                    # "how many of my pods run under each …", a count among the pods there are
                    and not (
                        rx.search(r"\b(?:each|every)\s+$", before)
                        and not rx.search(r"\bof\s+(?:my|our|the|these|those)\s+$", text[: counted[0]])
                    )
                )
                or not (
                    arrow
                    or with_count
                    or some
                    or rx.search(r"\b(each|per|every|(?<!ed )by)\s+(?:\w+\s+)?$", before)
                )
                or rx.match(r"\s*(count|number)", text[pos + len(phrase) :])  # "by pod count"
            ):
                continue
            b = counted[2]
            held = [
                m.column
                for m in slots.find_columns(text, self.catalog[a])
                if m.start <= counted[0] < m.end and slots.column_type(self.catalog[a], m.column) == "int"
            ]
            if held and self.catalog[a].namespaced and rx.search(r"\b(?:each|per|every)\b", text):
                # "ready pods per deployment", "how many ready pods does each sts have": its own count
                where = f" WHERE namespace = {quote(namespace)}" if namespace else ""
                ident = "name" if namespace else "namespace, name"
                return f"SELECT {ident}, {held[0]} FROM {a}{where}", [f"table {a}", f"showing {held[0]}"], 0.8
            if held:
                continue  # "each pdb and how many healthy pods it has": a count the kind holds itself
            selects = bool(rx.search(joins.SELECTS, text))
            how = joins.relation(a, b, self.catalog[a].namespaced, self.catalog[b].namespaced, selects)
            if how is None or any(
                m.start <= counted[0] < m.end and slots.column_type(self.catalog[b], m.column) == "int"
                for m in slots.find_columns(text, self.catalog[b])
            ):
                continue  # "how many ready endpoints does each service have": a count the related kind holds
            after = pos + len(phrase) if some else counted[0]  # "deploys w/ non-Running pods + count"
            b_text = text[: group[0]] if counted[0] < pos else text[after:]
            b_conds, understood = self._conditions(b, b_text, [namespace] if namespace else [])
            if namespace and not self.catalog[a].namespaced and self.catalog[b].namespaced:
                b_conds.insert(0, f"namespace = {quote(namespace)}")  # "pods per priority class in ml"
            a_text = a + (f" -n {namespace}" if namespace and self.catalog[a].namespaced else "")
            a_sql, a_understood, confidence = self._parse(a_text, a_text, None)
            # "how many pods sit behind each LoadBalancer service?": the owners picked by their own words too
            owners_said = r"(?:^\s*|\b(?:each|every|per|all(?: the)?|the)\s+)((?:[\w\-]+\s+){1,2})$"
            said = rx.search(owners_said, text[:pos])
            if said and a_sql is not None and not set(said.group(1).split()) & lx.STOPWORDS:
                own = self._parse(f"{said.group(1)}{a_text}", f"{said.group(1)}{a_text}", None)
                if own[0] is not None and " WHERE " in own[0] and " JOIN " not in own[0]:
                    a_sql, a_understood, confidence = own
            if a_sql is not None and placed:
                a_tree = sqlglot.parse_one(a_sql, read="duckdb").where(*placed, dialect="duckdb")
                a_sql = a_tree.sql("duckdb")
            if a_sql is None or " JOIN " in a_sql or "count(" in a_sql.lower():
                return None
            # "crashlooping pods per deployment": the rows picked by a state are counted where there are
            # some (as four blind authors of four), not every deployment with a zero
            picked = [c for c in b_conds if not rx.fullmatch(r"namespace = '[^']*'", c)]
            sql = joins.count_per(a_sql, b, how, b_conds, with_some=bool(some or only or picked))
            return sql, [*a_understood, f"counting {b} per {a}", *understood], confidence * 0.9
        return None

    def _most_listed(
        self, text: str, group: tuple[int, str, str], counted: tuple[int, str, str], namespace: str | None
    ) -> tuple[str, list[str], float] | None:
        """ "Which config map is used by the most pods?", "cm w/ the most pods mounting it", "most used
        secret by pod count": objects a list of the other kind names (pods.configmaps), ranked by how many
        name them. (Those one column names are ranked in shape, as "the sa used by the most pods".)"""
        pos, phrase, a = group
        ref = joins.REFERENCES.get((counted[2], a))
        # "which service selects the most pods?": a selector's pods, counted as a list's names are
        pods_of = joins.RELATIONS.get((a, "pods"))
        selecting = counted[2] == "pods" and pods_of is not None and "map_entries(a." in pods_of.on
        if counted[0] < pos or not (ref is not None and ref.listed or selecting):
            return None
        between = text[pos + len(phrase) : counted[0]]
        after = text[counted[0] + len(counted[1]) :]
        most = r"(most|fewest|least)"
        said = rx.fullmatch(
            rf"\s*(?:(?:that |which )?(?:is |are )?(?:used|mounted|referenced|shared|named|selected|covered|"
            rf"matched|targeted) by|with|w/|having|"
            rf"(?:that |which )?(?:has|have|selects?|covers?|match(?:es)?|targets?|fronts?))"
            rf"\s+(?:the\s+)?{most}\s+",
            between,
        )
        said = said if rx.fullmatch(
            r"\s*(?:(?:using|mounting|referencing|naming|that use|that mount)\s+(?:it|them|each)|"
            r"(?:behind|under|in)\s+(?:it|them|each))?\W*",
            after,
        ) else None
        lead = rx.search(rf"\b{most}\s+(?:used|mounted|referenced|shared|popular)\s+$", text[:pos])
        if not said and not (
            lead
            and rx.fullmatch(r"\s+by\s+(?:the\s+)?(?:number\s+of\s+)?", between)
            and rx.fullmatch(r"\s*(?:counts?|numbers?)?\W*", after)
        ):
            return None
        word = (said or lead).group(1)
        how = joins.relation(a, counted[2], self.catalog[a].namespaced, self.catalog[counted[2]].namespaced)
        a_text = a + (f" -n {namespace}" if namespace and self.catalog[a].namespaced else "")
        a_sql, understood, confidence = self._parse(a_text, a_text, None)
        if how is None or a_sql is None or " JOIN " in a_sql or "count(" in a_sql.lower():
            return None
        top = rx.search(r"\b(?:top|which|what|the)\s+(\d+|" + "|".join(lx.NUMBERS) + r")\b", text[: pos])
        n = (int(top.group(1)) if top.group(1).isdigit() else lx.NUMBERS[top.group(1)]) if top else 1
        tree = sqlglot.parse_one(joins.count_per(a_sql, counted[2], how, []), read="duckdb")
        count = tree.expressions[-1].sql(dialect="duckdb")
        order = "DESC" if word == "most" else "ASC"
        sql = tree.order_by(f"{count} {order}", copy=False).limit(n, copy=False).sql(dialect="duckdb")
        return sql, [*understood, f"ranked by the {counted[2]} naming them"], confidence * 0.9

    def _holding_more(
        self, text: str, group: tuple[int, str, str], counted: tuple[int, str, str], namespace: str | None
    ) -> tuple[str, list[str], float] | None:
        """ "deployments with more than 2 old replicasets": the owners holding more (or fewer) than N."""
        pos, phrase, a = group
        m = rx.match(
            # "deploys in payments with …"
            r"\s*(?:(?:in|-n)\s+(?:the\s+)?(?:namespace\s+|ns\s+)?[\w\-]+\s+)?"
            rf"(?:that |which )?"
            rf"(?:(?:are |is )?(?:used|mounted|referenced|shared|selected|covered|matched) by|"
            rf"(?:are |is )?behind|"
            rf"with|having|have|has|hold\w*|own\w*|running|run)\s+"
            rf"({slots.MORE}|{slots.LESS})\s*(\d+|one|two|three)\s+",
            text[pos + len(phrase) :],
        )
        if not m or counted[0] < pos or a in ("namespaces", "nodes"):  # those: _groups_holding
            return None
        b = counted[2]
        how = joins.relation(a, b, self.catalog[a].namespaced, self.catalog[b].namespaced)
        if how is None or not how.fans_out:  # one each ("services with over 2 endpoints"): its amounts
            return None
        said = text[pos + len(phrase) + m.end() : counted[0]]
        after = text[counted[0] + len(counted[1]) :]
        if namespace:
            said_ns = rf"\b(?:in|-n)\s+(?:the\s+)?(?:namespace\s+|ns\s+)?{re.escape(namespace)}\b"
            after = rx.sub(said_ns, " ", after)
        # "…, and how many", "(count)": each one's count shown too
        shown = r"\W*(?:(?:and )?how many(?: each)?|\(?(?:with )?(?:the |their )?counts?\)?)\W*"
        shown = rx.fullmatch(shown, after)
        if rx.search(r"\w", after) and not shown:
            return None  # more said of them ("rs that still have pods"): not read here
        b_conds, understood = self._conditions(b, said + counted[1], [namespace or ""])  # "old" needs "rs"
        if rx.search(r"\w", said) and not b_conds:
            return None
        a_text = a + (f" -n {namespace}" if namespace and self.catalog[a].namespaced else "")
        a_sql, a_understood, confidence = self._parse(a_text, a_text, None)
        if a_sql is None or " JOIN " in a_sql or "count(" in a_sql.lower():
            return None
        op = slots._operator(m.group(1))
        # every owner with its count (zeros kept, for "fewer than"), kept by the count, not shown
        tree = sqlglot.parse_one(joins.count_per(a_sql, b, how, b_conds), read="duckdb")
        count = tree.expressions[-1]
        if not shown:
            tree.set("expressions", tree.expressions[:-1])
        number = {"one": "1", "two": "2", "three": "3"}.get(m.group(2), m.group(2))
        tree = tree.having(f"{count.sql(dialect='duckdb')} {op} {number}", copy=False)
        understood = [*a_understood, f"{b} per {a} {op} {number}", *understood]
        return tree.sql(dialect="duckdb"), understood, confidence

    def _than_object(self, text: str, current: str | None) -> tuple[str, list[str], float] | None:
        """ "pods newer than the payments-api deployment": created compared with that object's creation."""
        m = rx.search(
            r"\b(newer|younger|later|older|earlier|created after|created since|created before)\s+(?:than\s+)?"
            r"(?:the\s+)?([a-z0-9][\w.\-]*)\s+([a-z0-9][\w.\-]*)\b",
            text,
        )
        if not m or self.grounding is None:
            return None
        for kind_word, name in ((m.group(3), m.group(2)), (m.group(2), m.group(3))):
            kinds = self.find_kinds(kind_word)
            if kinds and kinds[0][1] == kind_word and name in self.grounding.names(kinds[0][2]):
                break
        else:
            return None
        rest = text[: m.start()] + " " + text[m.end() :]
        sql, understood, confidence = self._parse(rest, rest, current)
        if sql is None or " JOIN " in sql or " GROUP BY " in sql:
            return None
        newer = not rx.match(r"older|earlier|created before", m.group(1))
        # several objects may share the name (one per namespace): newer than all of them, older than all
        first = f"(SELECT {'max' if newer else 'min'}(created) FROM {kinds[0][2]} WHERE name = {quote(name)})"
        cond = f"created {'>' if newer else '<'} {first}"
        tree = sqlglot.parse_one(sql, read="duckdb").where(cond, dialect="duckdb", copy=False)
        return tree.sql(dialect="duckdb"), [*understood, f"{m.group(1)} than {kind_word} {name}"], confidence

    def _conditions(self, table: str, text: str, skip: list[str]) -> tuple[list[str], list[str]]:
        """The filters a phrase puts on `table` ("failed" jobs, nodes "with gpus", "in us-east-1a")."""
        p = Parse(table=table)
        labels, text = read_labels(text, text)
        for key, value, negate in labels:
            p.conds.append(label_condition("labels", key, value, negate))
        if self.grounding is not None and not labels:  # "production-labelled namespaces": a label's value
            for key, value, negate in _label_values_named(text, self.grounding.label_values(table), None):
                p.conds.append(label_condition("labels", key, value, negate))
        tainted = _taint_part(text, self.catalog[table], self.grounding)
        if tainted:  # "pods on nodes with a NoExecute taint": the nodes' taints hold that part (no lambda:
            # the joined condition is parsed again, and a lambda does not survive that)
            column, pattern = rx.search(r"list_filter\((\w+), x -> x ILIKE ('[^']*')\)", tainted[0]).groups()
            p.conds.append(f"array_to_string({column}, ' ') ILIKE {pattern}")
            p.understood.append(tainted[1].strip())
            text = text.replace(tainted[1], " ")
        read_states(p, text, text)
        if (table, p.table) == ("pods", "containers") and p.conds:  # "oomkilled pods": a container's state
            inner = sqlglot.condition(" AND ".join(p.conds), dialect="duckdb")
            joins.qualify(inner, "x")
            held = f"x.namespace = namespace AND x.pod = name AND {inner.sql(dialect='duckdb')}"
            return [f"EXISTS (SELECT 1 FROM containers AS x WHERE {held})"], p.understood
        if p.table != table:  # a state rule moved the question to another table
            return [], []
        read_window(p, text, self.catalog[table])
        if skip and table != "namespaces":
            text = rx.sub(
                r"\b(?:in|-n)\s+(?:the\s+)?(?:namespace\s+|ns\s+)?" + re.escape(skip[0]) + r"\b", " ", text
            )
        self._slots(p, text, skip_words=[*skip, *self._kinds])
        if rx.search(r"[a-z0-9.\-]\*", text):  # "on r5.* nodes": a shell pattern, on names or a column
            _names(p, text, text, self.catalog[table])
            self._glob_column(p, self.catalog[table])
        if not (table == "pods" and rx.search(r"\bpods? owned by an? \w+", text)):  # "nodes with sts pods"
            # a kind joined owns them (but "not created by a cronjob" is no join: none, or another)
            p.conds = [c for c in p.conds if not c.startswith("owner_kind") or "DISTINCT FROM" in c]
        p.conds = [c for c in p.conds if c != f"len({table}) > 0"]  # "have endpoints that …": the kind itself
        if table == "containers":  # "any of them privileged?": a field of the spec without a column
            for cond, words in _spec_conditions(text):
                if cond not in p.conds and cond != "type = 'container'":
                    p.conds.append(cond)
                    p.understood.append(words)
        if table == "pods":  # "nodes without gpu pods", "… static pods": the pod spec's, no column's
            for cond, words in _pod_conditions(text):
                if cond not in p.conds:
                    p.conds.append(cond)
                    p.understood.append(words)
        return p.conds, p.understood

    def _second_subject(self, text: str, first: str) -> str | None:
        """The kind said right after the events' first subject kind: "about jobs or cronjobs"."""
        said = self.find_kinds(text)
        for (at, word, table), (at2, _, table2) in zip(said, said[1:], strict=False):
            joined = rx.fullmatch(r"\s*(?:or|and|/|,|&)\s*", text[at + len(word) : at2])
            if table == first and table2 in _EVENT_SUBJECTS and table2 != first and joined:
                return self.catalog[table2].kind
        return None

    def _pods_of_owner_said(self, text: str) -> str | None:
        """The workload whose pods an events question is about: "each pod of statefulset cassandra"."""
        said = rx.search(
            r"\bpods? (?:of|from|owned by|belonging to) (?:the )?(?:deployment|deploy|statefulset|"
            r"stateful set|sts|daemonset|daemon set|ds|job|cronjob|cron job|cj)[ /]([a-z0-9][\w\-]*)",
            text,
        )
        if said and any(said.group(1) in self._object_names(t) for t in _OWNERS):
            return said.group(1)
        return None

    def _object_named(self, text: str, kind_table: str | None = None) -> tuple[str | None, str] | None:
        """An object's exact name in an events question, and its kind when only one kind has that name."""
        if self.grounding is None:
            return None
        tables = [kind_table] if kind_table else list(_EVENT_SUBJECTS)
        words = [w for w in rx.findall(r"[a-z0-9][a-z0-9.\-]*[a-z0-9]", text) if len(w) >= 4 and "-" in w]
        subject = rx.match(
            r"\s*(?:why|how come)\s+(?:is|was|are|were|did|does)\s+(?:the\s+)?([a-z0-9][a-z0-9\-]+)\b", text
        )
        if subject and subject.group(1) not in lx.STOPWORDS:  # "why is uploads pending?": a plain name
            words.append(subject.group(1))
        # "count for mysql", "what's up with uploads", "uploads events"
        plain = r"\b(?:for|about|on|(?:up|on|wrong) with)\s+(?:the\s+)?([a-z0-9][a-z0-9\-]+)\b"
        plain += r"|^\s*([a-z0-9][a-z0-9\-]+)\s+(?:events?|ev|warnings?)\b"
        for m in rx.finditer(plain, text):
            word = m.group(1) or m.group(2)
            if word not in lx.STOPWORDS and word not in self._kinds:
                words.append(word)
        partial = []
        if kind_table:  # a plain name right next to its kind: "the kafka statefulset", "node cp-1"
            kind = "|".join(re.escape(w) for w, t in self._kinds.items() if t == kind_table)
            name = r"([a-z0-9][a-z0-9\-]+)"
            for beside in (rf"\b{name} (?:{kind})\b", rf"\b(?:{kind}) ?[ /]{name}\b"):  # "hpa/frontend"
                words += [m.group(1) for m in rx.finditer(beside, text) if m.group(1) not in lx.STOPWORDS]
            # "what happened to my backfill job?": the one object whose name starts so
            first = rx.search(rf"\b(?:my|the|our|that)\s+([a-z][a-z0-9\-]{{3,}}) (?:{kind})\b", text)
            said = first.group(1) if first else None
            if said and said not in lx.STOPWORDS and not self._is_namespace(said, strict=True):
                partial = [n for n in self.grounding.names(kind_table) if n.startswith(first.group(1) + "-")]
        for word in words:
            kinds = {
                self.catalog[t].kind
                for t in tables
                if t in self.catalog.names() and word in self.grounding.names(t)
            }
            if kinds:
                return (kinds.pop() if len(kinds) == 1 else None), word
        if len(partial) == 1 and kind_table in self.catalog.names():
            return self.catalog[kind_table].kind, partial[0]
        return None

    def _by_namespace_label(self, text: str) -> str | None:
        """Objects counted (or pods' restarts and requests added up) per value of a label their namespace
        carries: "total pod restarts per team (namespace team label)", "deployments per team, going by the
        team label on the namespace"."""
        said = rx.search(
            r"\b(?:namespace'?s?|ns) ([a-z][\w./\-]*) label\b"
            r"|\b([a-z][\w./\-]*) label (?:on|of) (?:the |their |its |each )?(?:namespaces?|ns)\b",
            text,
        )
        if said is None or self.grounding is None:
            return None
        key = said.group(1) or said.group(2)
        if key not in self.grounding.label_values("namespaces"):
            return None
        grouped = r"\b(?:per|each|every|by|for each|grouped by)\s+(?:the\s+)?(?:namespace'?s?\s+|ns\s+)?"
        if not rx.search(rf"{grouped}(?:{re.escape(key)}|label)\b", text):
            return None
        kinds = [k for k in self.find_kinds(text) if k[2] not in ("namespaces",)]
        table = kinds[0][2] if kinds else "pods"
        if not self.catalog[table].namespaced:
            return None
        group = f"n.labels[{quote(key)}]"
        amount = _pod_amount(text) if table == "pods" else None
        if table == "pods" and rx.search(r"\brestarts?\b", text):
            measure = "sum(x.restarts)"
        elif amount and rx.search(r"\b(?:total|sum|how much|combined|requested|request)\b", text):
            measure = f"sum(x.{amount}){unit_of(amount, text)}"
        else:
            measure = "count(*)"
        return (
            f"SELECT {group}, {measure} FROM {table} x JOIN namespaces n ON n.name = x.namespace "
            f"GROUP BY {group}"
        )

    def _owner_amounts(self, text: str, current: str | None) -> str | None:
        """What a workload's pods request or restart, added up: one named workload's ("total mem
        requests of deploy/cart-service"), or workloads ranked by it ("which 2 deployments have the most
        pod restarts")."""
        kinds = [k for k in self.find_kinds(text) if k[2] in _POD_OWNERS]
        column = _pod_amount(text)
        scalers = [k for k in self.find_kinds(text) if k[2] == "horizontalpodautoscalers"]
        scaler = re.escape(scalers[0][1]) if scalers else ""
        if column and scalers and rx.search(  # "hpa -> total cpu requests of the pods it scales"
            rf"\b(?:each|per|every)\s+{scaler}\b|^\s*{scaler}\s*(?:->|:)", text
        ):
            return self._scaled_amounts(text, column, current)
        services = [k for k in self.find_kinds(text) if k[2] == "services"]
        # "total restarts of the pods behind each service": each service's pods, by its selector
        if column and services and not kinds and rx.search(
            rf"\b(?:each|per|every)\s+{re.escape(services[0][1])}\b", text
        ):
            namespace, _ = self._namespace(text, current)
            where = f" WHERE s.namespace = {quote(namespace)}" if namespace else ""
            group = "s.name" if namespace else "s.namespace, s.name"
            return (
                f"SELECT {group}, sum(p.{column}){unit_of(column, text)} FROM services s JOIN pods p "
                f"ON p.namespace = s.namespace AND map_entries(s.selector) <@ map_entries(p.labels){where} "
                f"GROUP BY {group}"
            )
        ranked = self._owners_by_pods(text, kinds, current) if column is None else None
        if ranked is not None:
            return ranked
        if not kinds and column and not self.find_kinds(text):  # "cart-service memory ask summed": by name
            kinds = [(0, "", t) for t in _POD_OWNERS if (self._object_named(text, t) or (None, ""))[0]]
            kinds = kinds if len(kinds) == 1 else []
        if not kinds or column is None or column in {c.name for c in self.catalog[kinds[0][2]].columns}:
            return None  # "deployments by desired replicas" is the deployments' own number
        table, phrase = kinds[0][2], kinds[0][1]
        namespace, _ = self._namespace(text, current)
        if table == "deployments":  # a deployment's pods name its replica set
            src = "pods p JOIN replicasets r ON r.namespace = p.namespace AND r.name = p.owner_name"
            owner, conds = "r", ["r.owner_kind = 'Deployment'"]
        else:
            src, owner, conds = "pods p", "p", [f"p.owner_kind = {quote(_POD_OWNERS[table])}"]
        named = self._object_named(text, table)
        summed = rx.search(r"\b(how much|total|sum|summed|together|add(s|ed)? up|combined|overall)\b", text)
        in_ns = [f"p.namespace = {quote(namespace)}"] if namespace else []
        group = f"{owner}.owner_name" if namespace else f"{owner}.namespace, {owner}.owner_name"
        held = rx.search(
            r"\b(more than|over|above|at least|fewer than|less than|under|below|at most)\s+(\d+)\s+"
            r"(?:(?:pod\s+)?restarts|times)\b",
            text,
        )
        if held and column == "restarts" and not named and (summed or not rx.search(r"\bpods?\b", text)):
            # "deployments with more than 10 restarts (in total)": each one's pods' restarts added up
            op = {"more than": ">", "over": ">", "above": ">", "at least": ">=", "at most": "<="}.get(
                held.group(1), "<"
            )
            return (
                f"SELECT {group} FROM {src} WHERE {' AND '.join(conds + in_ns)} GROUP BY {group} "
                f"HAVING sum(p.restarts) {op} {held.group(2)}"
            )
        if named and summed:
            namespace = namespace or (self.grounding.home(table, named[1]) if self.grounding else None)
            conds.append(f"{owner}.owner_name = {quote(named[1])}")
            conds += [f"p.namespace = {quote(namespace)}"] if namespace else []
            return f"SELECT sum(p.{column}){unit_of(column, text)} FROM {src} WHERE {' AND '.join(conds)}"
        top = rx.search(r"\b(most|top|highest|biggest|largest|least|fewest|lowest|smallest|bottom)\b", text)
        # "pods owned by a daemonset": which pods, not a grouping by them
        by = r"(?<!owned )(?<!managed )(?<!controlled )(?<!created )(?<!requested )(?<!used )by\s+(?!an?\s)"
        each = rx.search(rf"\b(?:(?:each|per|every)\s+|{by})(?:\w+\s+)?{re.escape(phrase)}\b", text) or (
            summed and rx.match(rf"\s*{re.escape(phrase)}\s*(?:->|:)", text)  # "sts -> sum of pod restarts"
        )
        # "how many restarts do deployments have in total?": all of them (not "… on each node", "their …")
        whole = rx.match(r"\W*(?:how many|how much|what(?:'s| is) the total|total|sum of)\b", text)
        whole = whole and not rx.search(r"\b(?:each|per|every|their|its|which)\b|(?<!requested )\bby\b", text)
        if summed and whole and not (named or top or each):  # every such workload's pods, added up
            where = " AND ".join(conds + in_ns)
            return f"SELECT sum(p.{column}){unit_of(column, text)} FROM {src} WHERE {where}"
        if named or not (top or each):
            return None
        conds += in_ns
        if not top:  # "total mem requests per deploy in ml": each workload's sum, in no order
            summed_as = f"{_pods_fn(text)}(p.{column}){unit_of(column, text)}"
            return f"SELECT {group}, {summed_as} FROM {src} WHERE {' AND '.join(conds)} GROUP BY {group}"
        return (
            f"SELECT {group}, sum(p.{column}) AS {column} FROM {src} WHERE {' AND '.join(conds)} "
            f"GROUP BY {group} {_ranked(text, re.escape(phrase), column)}"
        )

    def _owners_by_pods(
        self, text: str, kinds: list[tuple[int, str, str]], current: str | None
    ) -> str | None:
        """ "which deployment has the most pods", "top 3 deployments by number of crashlooping pods": the
        deployments ranked by how many of their pods (of a state, if one is said) there are, through their
        replica sets (a stateful set's or job's pods name it themselves, ranked as a reference)."""
        if not kinds or kinds[0][2] != "deployments":
            return None
        phrase = re.escape(kinds[0][1])
        pods = r"((?:[\w\-]+\s+){0,3}?)(?:pods?|po)\b"
        ranked = rx.search(
            rf"\b(most|fewest|least)\s+{pods}|\bby\s+(?:the\s+)?(?:number|count|#)\s+of\s+{pods}|"
            rf"\bby\s+{pods}\s*(?:count|number)\b",
            text,
        )
        lead = rx.search(rf"^\W*(?:(?:which|what|the|top|bottom|{NUMW})\s+)*{phrase}\b", text)
        if ranked is None or lead is None or ranked.start() < lead.end():
            return None
        said = ranked.group(2) if ranked.group(1) else ranked.group(3) or ranked.group(4) or ""
        said = rx.sub(r"^of (?:its|their|the)\s+", "", said)  # "the most of its pods not ready"
        conds, _ = self._conditions("pods", f"{said} pods", [])
        if said.strip() and not conds:
            return None  # "the most ready-to-go pods": a word about the pods not read
        if not said.strip():  # "the most pods that aren't ready", "the most of its pods not ready"
            after = rx.sub(r"^\W*(?:that|which|who)?\s*", "", text[ranked.end() :])
            conds = [
                c for c in self._conditions("pods", f"pods {after}", [])[0]
                if rx.match(r"(?:NOT )?(?:status|phase|is_ready|restarts)\b", c)
            ]
        namespace, _ = self._namespace(text, current)
        where = [f"p.namespace = {quote(namespace)}"] if namespace else []
        for cond in conds:
            tree = sqlglot.condition(cond, dialect="duckdb")
            joins.qualify(tree, "p")
            where.append(tree.sql(dialect="duckdb"))
        group = "r.owner_name" if namespace else "r.namespace, r.owner_name"
        owned = "r.owner_kind = 'Deployment'"
        return (
            f"SELECT {group}, count(*) AS pods FROM pods p JOIN replicasets r ON r.namespace = p.namespace "
            f"AND r.name = p.owner_name WHERE {' AND '.join([owned, *where])} "
            f"GROUP BY {group} {_ranked(text, phrase, 'pods')}"
        )

    def _scaled_amounts(self, text: str, column: str, current: str | None) -> str:
        """Each autoscaler's pods' amount added up: its target deployment's, through their replica sets."""
        namespace, _ = self._namespace(text, current)
        where = " AND p.namespace = " + quote(namespace) if namespace else ""
        group = "h.name" if namespace else "h.namespace, h.name"
        return (
            f"SELECT {group}, sum(p.{column}){unit_of(column, text)} FROM horizontalpodautoscalers h "
            "JOIN replicasets r ON r.namespace = h.namespace AND r.owner_kind = 'Deployment' "
            "AND r.owner_name = h.target_name JOIN pods p ON p.namespace = r.namespace "
            "AND p.owner_name = r.name AND p.owner_kind = 'ReplicaSet' "
            f"WHERE h.target_kind = 'Deployment'{where} GROUP BY {group}"
        )

    def _glob_column(self, p: Parse, table: Table) -> None:
        """ "nodes of type r5.*": a shell pattern no name starts with is the one column's whose values do."""
        if self.grounding is None:
            return
        for i, cond in enumerate(p.conds):
            m = rx.fullmatch(r"name ((?:NOT )?LIKE) '([^'%]+)%'", cond)
            if not m or any(n.startswith(m.group(2)) for n in self.grounding.names(table.name)):
                continue
            held = [
                c.name
                for c in table.columns
                if c.name != "name"
                and any(v.startswith(m.group(2)) for v in self.grounding.values(table.name, c.name))
            ]
            if len(held) == 1:
                p.conds[i] = f"{held[0]} {m.group(1)} {quote(m.group(2) + '%')}"

    def _name_part(self, text: str, table: str, conds: list[str]) -> str | None:
        """A word the objects' names share, said before their kind: "the kafka claims" are data-kafka-0,
        data-kafka-1, …; read only when no other condition says it. Pods are named after their owners,
        by which (or by labels) they are asked for; events' names are generated."""
        if self.grounding is None or table in ("pods", "containers", "events"):
            return None
        for at, _, kind in self.find_kinds(text):
            m = rx.search(r"(?<![\w\-])([a-z][a-z0-9]{2,})\s+$", text[:at])  # not "default-deny policies"
            word = m.group(1) if m and kind == table else None
            if (
                not word
                or word in lx.STOPWORDS
                or word in VOCAB
                or word in _KIND_OF_SECRET  # "tls cert secrets": a type said, not a name
                or self._is_namespace(word, strict=True)
                or any(word in c.lower() for c in conds)
            ):
                continue
            names = [n for n in self.grounding.names(table) if word in n.split("-")]
            if names:
                prefix = os.path.commonprefix(names)
                return f"name LIKE {quote(prefix + '%' if word in prefix else '%' + word + '%')}"
        return None

    def _unnamed(self, text: str) -> str:
        """The text without the dashed names of objects events are about: "metrics-server-bc95-ht6pd
        failed its probe" names no metrics failure."""
        if self.grounding is None:
            return text
        names = self.grounding.all_values("events", "involved_name")
        return " ".join(w for w in text.split() if not ("-" in w and w.strip("?.!,;:()'\"") in names))

    def _event_source(self, text: str) -> re.Match[str] | None:
        """Where the question names a component this cluster's events come from ("kernel monitor")."""
        if self.grounding is None:
            return None
        for value in sorted(self.grounding.values("events", "source"), key=len, reverse=True):
            spelt = re.escape(value.lower()).replace(r"\-", "[- ]")
            found = rx.search(r"(?<![\w\-./])" + spelt + r"(?![\w\-/])", text) if len(value) >= 5 else None
            if found:
                return found
        return None

    def _source_by_last_word(self, text: str) -> tuple[re.Match[str], str] | None:
        """ "the scheduler" is default-scheduler: the last word of one source alone, after "from" or "by"."""
        last: dict[str, list[str]] = {}
        for value in self.grounding.values("events", "source") if self.grounding else ():
            last.setdefault(value.lower().split("-")[-1], []).append(value)
        for word, values in last.items():
            said = r"\b(?:from|by|has|did|does|is|was|'s)\s+(?:the\s+)?("  # "what's the scheduler saying"
            found = rx.search(said + re.escape(word) + r")\b", text)
            if found and len(values) == 1 and len(word) >= 7 and word != values[0].lower():
                return found, values[0]
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

    def _node_amount(self, text: str) -> str | None:
        """What one named node has: "how much memory does worker-6 have, in GiB?", "cpu of worker-3"."""
        plain = rx.fullmatch(
            r"\s*(?:show\s+|list\s+|what(?:'s| is| are)\s+)?(?:the\s+)?(?:(?:nodes?|no)(?:'s?)?\s+"
            r"(capacity|allocatable)(?:\s+resources)?|(capacity|allocatable)(?:\s+resources)?\s+"
            r"(?:of|per|for|on)\s+(?:each\s+|every\s+|all\s+|the\s+)?(?:nodes?|no))\W*",
            text,
        )
        if plain:  # "node capacity": each node's cpu and memory, as kubectl describe shows them first
            which = plain.group(1) or plain.group(2)
            gpus = f", gpu_{which}" if rx.search(r"\bresources\b", text) else ""  # as for one node named
            return f"SELECT name, cpu_{which}, memory_{which}{gpus} FROM nodes"
        node = self._node(text)
        # "how much memory can pods use on each node?": every node's amount, by name
        every = r"\b(?:(?:on|of|for|per) (?:each|every|all|the) nodes?|per node)\b"
        whole = r"\b(?:total|sum|combined|altogether|(?:in|across) the (?:whole )?cluster|cluster[- ]wide)\b"
        whole += "|" + ALL_NAMESPACES  # "in the cluster", as normalised
        each = not node and rx.search(every + "|" + whole + r"|\bdoes the (?:whole )?cluster have\b", text)
        unnamed = text.replace(node, " ") if node else text  # "gpu-1" names a node, not GPUs
        said = rx.findall(r"\b(cpus?|cores?|memory|mem|ram|gpus?|ephemeral storage|pods)\b", unnamed)
        spent = r"\breq\w*|\blimit|free|left|unrequested|headroom|remaining|used"
        alone = node and not said and rx.search(r"\b(capacity|allocatable)\b", unnamed)
        # "worker-3 capacity": its cpu and memory
        if alone and not rx.search(spent + r"|\bpods?\b|\bpo\b|\bresources\b", text):
            which = alone.group(1)
            return f"SELECT cpu_{which}, memory_{which} FROM nodes WHERE name = {quote(node)}"
        if not (node or each) or not said or rx.search(spent, text):
            return None
        # "how many cpu cores does the cluster have in total?": every node's amount added up
        cluster = rx.search(whole + r"|\bdoes the (?:whole )?cluster have\b", text) and not rx.search(
            r"\b(?:per|by|each|every|all)\b|\bnodes?\b", text
        )
        if each and not cluster and not rx.search(r"\bcan pods use\b", text):
            return None  # "cpu capacity per node" and the like are read by the general parse
        asked = r"\b(capacity|allocatable|how much|how many|can pods use|does (?:the )?\S+ have|has)\b"
        if not rx.search(asked, text):
            return None
        usable = rx.search(r"allocatable|can pods use|usable|schedulable", text)
        kinds = {"core": "cpu", "cores": "cpu", "cpus": "cpu", "mem": "memory", "ram": "memory"}
        kinds |= {"gpus": "gpu", "gpu": "gpu"}
        columns = []
        for word in said:
            resource = kinds.get(word, word).replace(" ", "_")
            sized = rx.search(r"\bhow many pods (?:can|could|fit)|pod capacity|max\w* pods", text)
            if resource == "pods" and not sized:
                continue  # "pods on worker-3" lists them; "how many pods can worker-3 take" asks its size
            column = f"{resource}_{'allocatable' if usable else 'capacity'}"
            if column in {c.name for c in self.catalog["nodes"].columns} and column not in columns:
                columns.append(column)
        if not columns:
            return None
        unit = size_unit(text)
        shown = [c + (unit if c.startswith(("memory", "ephemeral")) else "") for c in columns]
        if each and (cluster or rx.search(whole, text)):
            summed = [f"sum({c})" + (unit if c.startswith(("memory", "ephemeral")) else "") for c in columns]
            return f"SELECT {', '.join(summed)} FROM nodes"
        if each:
            return f"SELECT name, {', '.join(shown)} FROM nodes"
        return f"SELECT {', '.join(shown)} FROM nodes WHERE name = {quote(node)}"

    def _capacity(self, text: str) -> str | None:
        """Requests against what nodes can hold: free cpu on a node, per node, or in the whole cluster."""
        room = rx.search(
            r"\bmax(imum)? (number of )?pods\b|\bhow many pods (can|could|will) (each|a|every|the) nodes?\b|"
            r"\ballocatable pods\b|\bpods? (capacity|slots)\b|\bpods allocatable\b"
            # "pods on each node vs how many it can hold": the pods each node allows
            r"|\bhow many (?:pods )?(?:it|they|each|each one|the node) can (?:hold|take|run|fit)\b",
            text,
        )
        spent = rx.search(r"\b(free|left|remaining)\b", text)
        more = rx.search(r"\bhow many more pods\b", text)
        # "nodes with pod capacity over 50": a filter, read by the general parse
        compared = rx.search(rf"(?:{slots.MORE}|{slots.LESS}|{slots.EXACT})\s*\d", text)
        against = r"\b(?:vs|versus|against|compared (?:to|with))\b|\band how many (?:pods )?(?:are|run)"
        against += r"|\bpods? count\b|\b(?:number|count) of pods\b"  # "nodes with their pod count and …"
        if room and rx.search(r"\bnodes?\b", text) and rx.search(against, text) and not (spent or more):
            # "pods per node against its pod capacity": what each node allows beside the pods it has
            return (
                "SELECT n.name, n.pods_allocatable, count(p.name) FROM nodes n "
                "LEFT JOIN pods p ON p.node = n.name GROUP BY n.name, n.pods_allocatable"
            )
        if room and rx.search(r"\bnodes?\b|\bcluster\b", text) and not (spent or more or compared):
            # "how many pods can each node hold?": what it allows, not what runs there; or summed
            if rx.search(r"\b(total|sum|combined|altogether|all nodes|cluster)\b", text) and not rx.search(
                r"\b(each|every|per) node\b", text
            ):
                return "SELECT sum(pods_allocatable) FROM nodes"
            top = rx.search(rf"\btop\s+{NUMW}\b|\b{NUMW}\s+nodes?\b", text)
            low = rx.search(r"\b(?:lowest|fewest|least|smallest|bottom)\b", text)
            if top or low or rx.search(r"\b(?:most|highest|largest|biggest|top)\b", text):
                # "the node with the highest pod capacity": ranked by it
                n = number(top.group(1)) if top else None
                limit = n or (None if rx.search(r"\bsort\w*|\border\w*|\brank\w*", text) else 1)
                order = f" ORDER BY pods_allocatable {'ASC' if low else 'DESC'}"
                cut = f" LIMIT {limit}" if limit else ""
                return "SELECT name, pods_allocatable FROM nodes" + order + cut
            return "SELECT name, pods_allocatable FROM nodes"
        if (room or more) and (spent or more) and rx.search(r"\bnodes?\b", text) or more and self._node(text):
            # "free pod slots per node": what each node allows less the pods not finished on it
            node = self._node(text)
            slots_left = (
                "n.pods_allocatable - count(p.name) FROM nodes n LEFT JOIN pods p ON p.node = n.name "
                "AND p.phase NOT IN ('Succeeded', 'Failed')"
            )
            if node:
                return f"SELECT {slots_left} WHERE n.name = {quote(node)} GROUP BY n.name, n.pods_allocatable"
            return f"SELECT n.name, {slots_left} GROUP BY n.name, n.pods_allocatable"
        res = rx.search(r"\b(cpus?|cores?|memory|mem|ram)\b", text)
        over = (
            r"overcommit\w*|over-committed|than (?:they|it) can allocate|"
            r"(?:requests?|limits?)\b.{0,30}(?:>|(?:exceed\w*|more than|above)\b).{0,20}(?:allocat|capacity)"
        )
        # what the pods' requests are held against: the capacity when said so, else what is allocatable
        room = "capacity" if rx.search(r"\bcapacity\b", text) and "allocat" not in text else "allocatable"
        nodes_over = rx.search(over, text) and rx.search(r"\bnodes?\b", text) and "quota" not in text
        if not res and nodes_over:
            # "overcommitted nodes", "nodes where requests exceed allocatable": on cpu or on memory
            said = "limit" if rx.search(r"\blimits?\b", text) and not rx.search(r"\breq", text) else "request"
            return _counted_if_asked(
                text,
                "SELECT n.name FROM nodes n JOIN pods p ON p.node = n.name "
                f"GROUP BY n.name, n.cpu_{room}, n.memory_{room} "
                f"HAVING sum(p.cpu_{said}) > n.cpu_{room} OR sum(p.memory_{said}) > n.memory_{room}",
            )
        share = r"\b(?:percent|percentage|%) of (?:the |their |its )?(?:cluster'?s? |total |all (?:the )?)?"
        share += r"(?:cpu|memory|mem|ram)\b"  # "what percentage of the cluster cpu is requested?"
        said = r"allocatable|capacity|free|left|unrequested|headroom|available|remaining|"
        if not res or not rx.search(said + share + "|" + over, text):
            return None
        # "nodes overcommitted on cpu limits": the pods' limits summed instead of their requests
        # "cpu limits per node against allocatable": the pods' limits summed instead of their requests
        limits = rx.search(r"\blimits?\b(?! ?ranges?)", text) and not rx.search(r"\breq", text)
        if not rx.search(over + r"|\breq\w*|free|left|unrequested|headroom|remaining", text) and not (
            limits and rx.search(r"\ballocatable\b", text)
        ) or rx.search(r"quota", text):
            return None
        kind = "cpu" if res.group(1) in ("cpu", "cpus", "core", "cores") else "memory"
        room = room if rx.search(over, text) else "allocatable"
        alloc, req = f"{kind}_{room}", f"{kind}_{'limit' if limits else 'request'}"
        # "nodes where cpu requests are above 80% of allocatable": a share of it, read below
        shared = rx.search(r"\d\s*(?:%|percent)", text) and rx.search(r"\bnodes?\b", text)
        if rx.search(over, text) and not shared:  # more requested by the node's pods than it can allocate
            return _counted_if_asked(
                text,
                # every pod bound to the node counts, as dev.yaml's "free cpu" sums them
                f"SELECT n.name FROM nodes n JOIN pods p ON p.node = n.name GROUP BY n.name, n.{alloc} "
                f"HAVING sum(p.{req}) > n.{alloc}",
            )
        free = rx.search(r"free|left|unrequested|headroom|remaining|available", text) and not rx.search(
            r"\b(vs|versus|against|and|compared)\b.*\ballocatable|allocatable\b.*\b(vs|versus|against|and)\b",
            text,
        )
        node = self._node(text)
        unit = unit_of(alloc, text)
        if node and free:
            left = f"(n.{alloc} - sum(p.{req})){unit}" if unit else f"n.{alloc} - sum(p.{req})"
            return (
                f"SELECT {left} FROM nodes n JOIN pods p ON p.node = n.name "
                f"WHERE n.name = {quote(node)} GROUP BY n.{alloc}"
            )
        if node and rx.search(r"\b(?:vs|versus|against|compared|and)\b", text) and "allocatable" in text:
            # "worker-8 allocatable cpu vs sum of requests": both, for that node
            return (
                f"SELECT n.{alloc}, sum(p.{req}) AS {'limits' if limits else 'requested'} FROM nodes n "
                f"JOIN pods p ON p.node = n.name WHERE n.name = {quote(node)} GROUP BY n.{alloc}"
            )
        summed = r"\b(?:across|over|on|of|for) (?:all|every)(?: (?:the|our|of the))? nodes\b"  # one figure
        held = [  # "unrequested in us-east-1a": the nodes there, and the pods on them
            c
            for c, _ in slots.value_conditions(
                text, self.catalog["nodes"], self.grounding.values, ("name", "status"), list(self._kinds)
            )
            if rx.match(r"[a-z_]+ (=|<>|LIKE) ", c)
        ] if self.grounding is not None else []
        if rx.search(r"\b(per|each|by|every) node|nodes?\b", text) and not rx.search(summed, text):
            placed = self._per_node_there(text, alloc, req, kind, bool(limits), bool(free), unit)
            if placed is None:
                return None
            if held:  # "free memory on each node in us-east-1c": those nodes only
                where = " AND ".join("n." + c for c in held)
                placed = placed.replace(" GROUP BY ", f" WHERE {where} GROUP BY ", 1)
            return placed
        # "what percent of the cluster's allocatable cpu is requested": one share for the whole cluster
        pct = rx.search(r"percent|percentage|%|how full|utili[sz]", text) and rx.search(r"\breq", text)
        if free or pct:
            if held:
                on = " AND ".join("n." + c for c in held)
                scheduled = f"(SELECT sum(p.{req}) FROM pods p JOIN nodes n ON p.node = n.name WHERE {on})"
                allocatable = f"(SELECT sum({alloc}) FROM nodes WHERE {' AND '.join(held)})"
            else:
                scheduled = f"(SELECT sum({req}) FROM pods WHERE node IS NOT NULL)"
                allocatable = f"(SELECT sum({alloc}) FROM nodes)"
            if pct and not free:
                return f"SELECT 100 * {scheduled} / {allocatable}"
            return f"SELECT ({allocatable} - {scheduled}){unit_of(alloc, text)}"
        return None

    def _per_node_there(
        self, text: str, alloc: str, req: str, kind: str, limits: bool, free: bool, unit: str
    ) -> str | None:
        """Each node's amounts against what its pods request: left, shared, past a bound, or side by side."""
        share = rx.search(rf"({slots.MORE}|{slots.LESS})\s*(\d+(?:\.\d+)?)\s*(?:%|percent)", text)
        if share:  # "nodes with more than 50% of their cpu requested": the nodes past that share
            # ("less than 10% memory free to request": the share left, empty nodes kept)
            join, measure = "JOIN", f"100.0 * sum(p.{req}) / n.{alloc}"
            if free:
                left = f"n.{alloc} - coalesce(sum(p.{req}), 0)"
                join, measure = "LEFT JOIN", f"100.0 * ({left}) / n.{alloc}"
            return (
                f"SELECT n.name FROM nodes n {join} pods p ON p.node = n.name GROUP BY n.name, n.{alloc} "
                f"HAVING {measure} {slots._operator(share.group(1))} {share.group(2)}"
            )
        if rx.search(r"percent|percentage|%|how full|utili[sz]", text):
            return (
                f"SELECT n.name, 100.0 * sum(p.{req}) / n.{alloc} FROM nodes n "
                f"LEFT JOIN pods p ON p.node = n.name GROUP BY n.name, n.{alloc}"
            )
        left = f"n.{alloc} - coalesce(sum(p.{req}), 0)"
        bound = rx.search(
            rf"({slots.MORE}|{slots.LESS})\s*(\d+(?:\.\d+)?)\s*(gib|gi|gb|mib|mi|mb|cores?|cpus?)?\b",
            text,
        )
        if free and bound:  # "nodes with less than 2 cores left unrequested": those past that amount
            size = {"g": " * 1024 ^ 3", "m": " * 1024 ^ 2"}.get((bound.group(3) or "c")[0], "")
            size = size if kind == "memory" else ""
            return (
                f"SELECT n.name FROM nodes n LEFT JOIN pods p ON p.node = n.name "
                f"GROUP BY n.name, n.{alloc} "
                f"HAVING {left} {slots._operator(bound.group(1))} {bound.group(2)}{size}"
            )
        if free:
            shown = f"({left}){unit}" if unit else left
            sql = (
                f"SELECT n.name, {shown} AS free FROM nodes n "
                f"LEFT JOIN pods p ON p.node = n.name GROUP BY n.name, n.{alloc}"
            )
            top = rx.search(_TOP + r"|\b(bottom|smallest)\b", text)
            if top:  # "which 3 nodes have the least memory left": the free amounts ranked
                asc = rx.search(r"\b(least|fewest|lowest|smallest|bottom)\b", text)
                many = rx.search(rf"\b{NUMW}\s+(?:\w+\s+)?nodes\b|\btop\s+{NUMW}\b", text)
                n = number(many.group(1) or many.group(2)) if many else None
                sql += f" ORDER BY free {'ASC' if asc else 'DESC'} LIMIT {n or 1}"
            return sql
        over = rx.search(
            r"\b(?:exceed\w*|more than|greater than|over|above|bigger than|larger than|>)\s+"
            r"(?:the\s+|their\s+|its\s+)?(?:allocatable|capacity)",
            text,
        )
        if over:  # "nodes where requested cpu exceeds allocatable": the ones so overbooked
            return (
                f"SELECT n.name FROM nodes n JOIN pods p ON p.node = n.name AND p.phase IN ('Pending', "
                f"'Running') GROUP BY n.name, n.{alloc} HAVING sum(p.{req}) > n.{alloc}"
            )
        return (
            f"SELECT n.name, n.{alloc}, sum(p.{req}) AS {'limits' if limits else 'requested'} "
            "FROM nodes n "
            f"LEFT JOIN pods p ON p.node = n.name GROUP BY n.name, n.{alloc}"
        )

    def _values(self, table: str, column: str) -> frozenset[str]:
        """The values a column holds in this cluster, and the Kubernetes enum values it could hold."""
        held = self.grounding.values(table, column) if self.grounding is not None else frozenset()
        return held | lx.ENUM_VALUES.get((table, column), frozenset())

    def _label_values_in(self, key: str, text: str) -> list[str]:
        """The values of label `key` that `text` names, on the kind asked about (pods if none)."""
        if self.grounding is None:
            return []
        kinds = [k[2] for k in self.find_kinds(text)]
        values = self.grounding.label_key_values(kinds[0] if kinds else "pods", key)
        at = r"(?<![\w\-]){}(?![\w\-])"
        values = {v for v in values if len(v) > 2 and v not in self.grounding.namespaces}
        return sorted(v for v in values if rx.search(at.format(re.escape(v.lower())), text))

    def _workload_pods(self, text: str, skip_words: list[str]) -> str | None:
        """A workload named for its pods ("the order-history pod", "blackbox exporter's containers"): the
        prefix its pods' names share ("kube-state-metrics containers"); not when it names one container ("the
        istio-proxy container")."""
        assert self.grounding is not None
        pods = self.grounding.names("pods")
        for name in sorted(self.grounding.workloads - set(skip_words), key=len, reverse=True):
            spelt = re.escape(name).replace(r"\-", "[- ]")  # "blackbox exporter"
            m = rx.search(rf"(?<![\w\-]){spelt}(?![\w\-])(?!\s+container\b)", text)
            if m and any(pod.startswith(name + "-") for pod in pods):
                return name
        # "the ksm pod": a workload of three or more words said by their initials, when only one has them
        initials = {}
        for name in self.grounding.workloads - set(skip_words):
            parts = name.split("-")
            if len(parts) >= 3 and all(parts) and any(pod.startswith(name + "-") for pod in pods):
                initials.setdefault("".join(w[0] for w in parts), set()).add(name)
        for short, names in initials.items():
            if len(names) == 1 and rx.search(rf"(?<![\w\-]){re.escape(short)}(?![\w\-])", text):
                return names.pop()
        return None

    def _in_containers(self, text: str, original: str) -> bool:
        """Whether the question names what only containers hold: an env var, a declared port, a probe."""
        if _env_named(text, original) or _spec_conditions(text):
            return True
        init = r"\binit[\s\-]?(?:containers?|ctrs?)\b"
        if rx.search(init, text) and rx.search(r"\b(?:fail\w*|crash\w*|error\w*|oom\w*|restart\w*)\b", text):
            return True  # "pods whose init containers failed": how they ended, not the pod's phase
        if rx.search(r"\b(?:sidecar|ephemeral|debug) (?:containers?|ctrs?)\b|\bsidecars\b", text):
            return True  # "pods with sidecar containers": flags only containers carry
        state = r"\b(?:waiting|terminated) (?:containers?|ctrs?)\b"
        state += r"|\b(?:containers?|ctrs?) (?:in|that are|which are) (?:the )?(?:waiting|terminated) state\b"
        if rx.search(state, text):
            return True  # "pods with a waiting container": a state only containers have
        if self.grounding is None:
            return False
        containers = self.catalog["containers"]
        others = [c.name for c in containers.columns if c.name != "ports"]
        if slots.value_conditions(text, containers, self.grounding.values, others) or _port_said(text):
            return True  # a port no container declares is still a question about containers' ports
        # a field only containers have, beside its value: "pods with image pull policy Always"
        shared = [c.name for c in self.catalog["pods"].columns]
        return bool(slots.adjacent_values(text, containers, self.grounding.values, shared))

    def _label_keys(self, table: str) -> set[str]:
        """The label keys the objects of `table` carry (those with few values, and every pod label)."""
        if self.grounding is None:
            return set()
        return set(self.grounding.label_values(table)) | (
            set(self.grounding.label_keys) if table in ("pods", "containers") else set()
        )

    def _container_named(self, text: str) -> str | None:
        """A container name (or the start of one) written next to "container" or "sidecar"."""
        if self.grounding is None:
            return None
        named = rx.search(r"\b(?:container|sidecar)s? (?:named|called) ([a-z0-9][a-z0-9\-]*)", text)
        # "pods with container nginx": the word right after the singular is its name, unless it is a column
        bare = r"\b(?:with|has|have|having)\s+(?:an?\s+|the\s+)?container\s+([a-z0-9][a-z0-9\-]*)"
        bare += r"(?![a-z0-9\-])"  # the whole word: not "o" of "on port 50051"
        named = named or rx.search(bare + r"(?!\s+(?:images?|ports?|named|called))", text)
        glue = {"on", "in", "at", "of", "for", "from", "to", "that", "which", "who", "whose", "and", "or"}
        # its state, not its name
        glue |= {"not", "is", "isnt", "isn't", "without", "stuck", "still", "ready", "unready"}
        if named and (named.group(1) in VOCAB | glue or named.group(1).endswith("ing")):
            named = None  # "a container listening on port 50051", "on port 50051": what it does, not its name
        if named and not slots.find_columns(named.group(1), self.catalog["containers"]):
            return named.group(1)  # "pods with a container named nginx": that name, whatever it is
        said = [
            rx.search(r"\b([a-z0-9][a-z0-9\-]{3,})\s+(?:container|sidecar)s?\b", text),
            rx.search(r"\b(?:container|sidecar)s?\s+([a-z0-9][a-z0-9\-]{3,})", text),
        ]
        # not "with container istio-proxy" read as a container named "with"
        words = [m.group(1) for m in said if m]
        word = next((w for w in words if w not in self._kinds and w not in lx.STOPWORDS), None)
        if word is None:
            return None
        columns = slots.find_columns(word, self.catalog["containers"])
        if any(c.start == 0 and c.end == len(word) for c in columns):
            return None  # "container image per pod": a column, not the image-resize container
        names = self.grounding.names("containers")
        if any(n == word or n.startswith(word + "-") for n in names):
            return word
        # "pods with the istio-proxy sidecar": a container's name no pod runs, not another object's
        other = any(word in self.grounding.names(t) for t in (*_NAMED_KINDS, "namespaces"))
        return word if "-" in word and not other and word not in self.grounding.workloads else None

    def _names_a_node(self, text: str, kind: tuple[int, str, str]) -> bool:
        """ "node worker-3": the word names one node, not the nodes table, when a pod question follows."""
        if kind[2] != "nodes" or self.grounding is None:
            return False
        after = text[kind[0] + len(kind[1]) :].split()
        return (
            bool(after)
            and after[0].strip("?.,!") in self.grounding.nodes
            and bool(
                rx.search(r"\b(scheduled|running|runs|pods?|po|what'?s on|workloads?|requests?)\b", text)
            )
        )

    # ---------------------------------------------------------------- main parse
    def _each_has(self, text: str, current: str | None) -> tuple[str, list[str], float] | None:
        """ "how much pvc storage does each pod in data have": the related kind's amount per object."""
        each_has = rx.match(
            r"\s*how much (.+?) (?:does|do) (?:each|every) (.+?) "
            r"(?:have|use|request|claim|hold)\s*(in total)?\W*$",
            text,
        )
        if each_has is None or rx.search(r"\b(?:each|every|per)\b", each_has.group(1)):
            return None
        amount_kinds = [k[2] for k in self.find_kinds(each_has.group(1))]
        owner_kinds = [k[2] for k in self.find_kinds(each_has.group(2))]
        if not amount_kinds or not owner_kinds or amount_kinds[0] == owner_kinds[0]:
            return None
        said = f"{each_has.group(2)} and the total {each_has.group(1)}"
        joined = self._joined(said, current)
        summed = self._summed_related(said, joined) if joined else None
        return summed if summed is not None and "SUM(" in summed[0] else None

    def _per_group(self, text: str, current: str | None) -> tuple[str | None, list[str], float] | None:
        """ "zones and how much cpu the pods there request", "for each node, the number of pods in payments":
        the amount (or count) per group."""
        grouped = rx.match(
            r"\s*(?:the\s+|all\s+)?(nodes|namespaces|zones|instance types|regions)\s*(?:,|\band\b|\+)\s*"
            r"(how many|how much|the number of|the total)\s+(.+?)\s*[?.!]*$",
            text,
        ) or rx.match(
            r"\s*for (?:each|every) (node|namespace|zone|instance type|region)\s*,?\s*"
            r"(how many|how much|the number of|the total)\s+(.+?)\s*[?.!]*$",
            text,
        )
        if grouped is None:
            return None
        body = rx.sub(
            r"\s+(?:(?:that|which)\s+)?(?:(?:run|runs|running|are|is|live|lives)\s+)?(?:on|in)\s+"
            r"(?:each(?: one)?|them|it|every one)$|\s+there(?=\s|$)|"
            r"\s+(?:they|it)\s+(?:run|runs|have|has|hosts?|holds?)$",
            "",
            grouped.group(3),
        )
        asked = "how many" if grouped.group(2) == "the number of" else grouped.group(2)
        per = f"{asked} {body} per {grouped.group(1).removesuffix('s')}"
        return self._parse(per, per, current)

    def _own_count(self, text: str) -> str:
        """ "pdbs and how many healthy pods they have": a count the kind holds, shown (not counted)."""
        m = rx.search(
            r"\band how many (.+?) (?:do |does )?(?:they|it|each(?: one)?) (?:currently |still |now )?"
            r"(?:have|has|got)\b",
            text,
        )
        said = self.find_kinds(text[: m.start()]) if m else []
        if not said:
            return text
        table = self.catalog[said[0][2]]
        columns = [
            x for x in slots.find_columns(m.group(1), table) if slots.column_type(table, x.column) == "int"
        ]
        if len(columns) != 1 or columns[0].start > 0 or columns[0].end < len(m.group(1)):
            return text
        return f"{text[: m.start()]}and their {m.group(1)}{text[m.end() :]}"

    def _parse(self, text: str, original: str, current: str | None) -> tuple[str | None, list[str], float]:
        each_has = self._each_has(text, current) or self._per_group(text, current)
        if each_has is not None:
            return each_has
        by_label = self._by_namespace_label(text)
        if by_label is not None:
            return by_label, ["grouped by a label of their namespace"], 0.8
        if rx.search(r"\b(?:per|by|for each|each)\s+storage ?class\b", text) and not rx.search(
            r"\b(?:pvcs?|claims?|persistent ?volume\w*|pvs?|volumes?)\b", text
        ):
            # "how much storage is requested per storage class": the claims' storage
            text = rx.sub(r"\bstorage\b(?! ?class)", "pvc storage", text, count=1)
        text = self._own_count(text)
        label_dim, text = _label_dimension(text, self._plain_label_keys)
        hinted = self._label_values_in(label_dim, text) if label_dim else []
        if hinted:  # "redis pods (by app label)": the label that tells which pods, not a grouping
            for value in hinted:
                text = rx.sub(r"(?<![\w\-])" + re.escape(value.lower()) + r"(?![\w\-])", " ", text)
            # "pods of statefulsets ledger-db": the owner's kind went with its name
            text = rx.sub(
                r"\bof (?:the )?([a-z]+)(?=  )",
                lambda m: " " if m.group(1) in self._kinds else m.group(0),
                text,
            )
            hinted_label = (label_dim, hinted[0] if len(hinted) == 1 else tuple(hinted), False)
            label_dim = None
        # "limitrange defaults for payments": the default limits it gives, not a limit range named defaults
        text = rx.sub(
            r"\b(limit ?ranges?|limits? range)(?:'s)?\s+(?:(?:and|with|\+) (?:their |its |the )?)?defaults\b"
            r"(?!\s+(?:limit|request|cpu|mem))",
            r"\1 default limits",
            text,
        )
        # "the default cpu request in ml": what a limit range gives containers that set none (not the
        # service account called default)
        defaulted = r"\bdefault\s+(?:cpu|memory|mem)\s+(?:requests?|limits?)\b"
        kinds_said = {k[2] for k in self.find_kinds(text)} if rx.search(defaulted, text) else {"-"}
        namespaces_asked = rx.match(r"\s*(?:which |what |list |show )?(?:namespaces|ns)\b", text)
        if kinds_said <= {"containers"}:
            text = rx.sub(defaulted, lambda m: f"limitrange {m.group(0)}", text, count=1)
        elif kinds_said == {"namespaces"} and namespaces_asked:
            # "which namespaces have a default cpu limit?": those whose limit range gives one
            text = rx.sub(
                r"(?:\b(?:an?|any|some)\s+)?(" + defaulted + ")", r"a limit range with a \1", text, count=1
            )
        text = self._own_column_each(text)
        text = self._amount_each(text)
        # the rest of the clause stays with the kind: "images of deployments with an hpa"
        text = rx.sub(
            r"\bimages? of ((?:the |my |our |all )?)([a-z]+)\b([^,;?]*)", self._workload_images, text
        )
        text = rx.sub(  # "what images do the deployments that have an hpa run?"
            r"\b(?:what|which) images? do ((?:the |my |our |all )?)([a-z]+)\b([^,;?]*?) (?:run|use)\b",
            self._workload_images,
            text,
        )
        # "pods in team-b and the nodes they run on with node status": each with its node, and that node's
        text = rx.sub(
            r"\b(?:and|with) (?:the )?nodes? (?:they|it)(?: are| is)? (?:run|runs|running|scheduled|live) on"
            r"(?:\s*,?\s*(?:with|and|plus|including) (?:the |their )?nodes?'?s? ([a-z][a-z ]*?))?(?=\W*$)",
            lambda m: "with their node" + (f" and the node's {m.group(1)}" if m.group(1) else ""),
            text,
        )
        # "which nodes are my sts pods on?": those pods, each with its node (as "what nodes are they on?")
        on = rx.fullmatch(r"(?:which|what) nodes? (?:are|is) (.*\bpo(?:ds?)?\b.*?) (?:running )?on\W*", text)
        if on:
            text = on.group(1) + " and their node"
        # "where do the bookinfo deployments run?": each of them with its nodes
        where = rx.fullmatch(r"where (?:do|are) (.+?) (?:run|running|scheduled|live|living)\W*", text)
        kinds = self.find_kinds(where.group(1)) if where else []
        if len(kinds) == 1 and kinds[0][1].endswith("s") and not kinds[0][1].endswith("ss"):
            if kinds[0][2] == "pods":
                text = where.group(1) + " and their node"
            elif (kinds[0][2], "nodes") in joins.RELATIONS:
                text = where.group(1) + " -> nodes"
        # "which zones does each deployment run in?", "what nodes do the payments sts run on?": each one
        # with its nodes (or their zones)
        place = rx.fullmatch(
            r"(?:which|what) (nodes?|zones?) (?:do|does|are|is) (?:each |every |all )?(.+?)"
            r"(?: running| run| scheduled| live| living| located)?(?: on| in)?\W*",
            text,
        )
        spread = place and rx.search(r"\b(?:spread|span|across|distinct|different)\b", place.group(2))
        kinds = self.find_kinds(place.group(2)) if place and not spread else []  # "spread across": the zones
        if (
            len(kinds) > 1
            and place.group(1).startswith("zone")
            and rx.match(r"(?:the )?(?:pods?|po) of ", place.group(2))
        ):
            kinds = kinds[:1]  # "which zones do the cassandra pods run in" ("the pods of statefulsets …")
        if len(kinds) == 1 and kinds[0][2] not in ("nodes", "namespaces"):
            zone = place.group(1).startswith("zone")
            if kinds[0][2] == "pods":
                text = place.group(2) + (" and their zone" if zone else " and their node")
            elif (kinds[0][2], "nodes") in joins.RELATIONS:
                text = place.group(2) + (" and their nodes zone" if zone else " -> nodes")
        # "which secrets do the deployments in shop use?": the ones those use (each one's: read elsewhere)
        used = rx.fullmatch(
            r"(?:which|what) (.+?) do (?!each |every )(?:the |my |our |all )?(.+?) "
            r"(?:use|mount|reference|run as|run under)\W*",
            text,
        )
        pair = [self.find_kinds(used.group(1)), self.find_kinds(used.group(2))] if used else []
        if pair and all(len(k) == 1 and k[0][0] == 0 for k in pair) and pair[0][0][1] == used.group(1) and (
            (pair[0][0][2], pair[1][0][2]) in joins.RELATIONS  # the kind itself, not "pod selectors"
        ):
            text = f"{used.group(1)} used by {used.group(2)}"
        # "nodes and the number of pods on them", "namespaces and how many pods they have": a count per object
        each = rx.fullmatch(
            r"(?:(?:list|show|get|give me)\s+)?(?:(?:the|all|each|every)\s+)?([a-z]+)((?: [^,]*?)?)\s*,?\s*"
            r"(?:and|with|plus)\s+(?:(?:the|their|its)\s+)?(?:(?:number|count|#) of ([a-z]+)"
            r"(?: (?:on|in|of|for|under) (?:them|it|each(?: one)?))?|how many ([a-z]+)(?: (?:they|it|each) "
            r"(?:have|has|hold|holds|run|runs|contain|contains|host|hosts|select|selects|use|uses|mount|mounts|"
            r"reference|references|target|targets|cover|covers|protect|protects))?"
            r"(?: on| in)?(?: each(?: one)?)?"
            r"(?: (?:reference|references|use|uses|using|mention|mentions|select|selects|target|targets|"
            r"mount|mounts) (?:them|it|each(?: one)?))?|"
            r"([a-z]+) counts?)\W*",
            text,
        )
        if each and rx.fullmatch(r"highest|lowest|largest|biggest|smallest|top|max|maximum|min|minimum|most",
                                 each.group(5) or ""):
            each = None  # "events with the highest count": ranked by it, read below
        counted = each and self.find_kinds(each.group(3) or each.group(4) or each.group(5) or "")
        owner = each and self.find_kinds(each.group(1))
        scope = each and each.group(2).strip()
        # "network policies in shop and how many pods each selects": a kind said in two words
        second = each and rx.match(r" ([a-z]+)\b", each.group(2))
        said_two = second and f"{each.group(1)} {second.group(1)}"
        if said_two and (two := self.find_kinds(said_two)) and two[0][1] == said_two:
            owner, scope = two, each.group(2)[second.end() :].strip()
        else:
            said_two = None
        if owner and owner[0][2] == "events":
            owner = None  # "warnings in data with their count": each event's count, read with its reason
        home = scope and rx.fullmatch(r"in (?:the )?([a-z0-9\-]+)(?: namespace| ns)?", scope)
        home_ns = home and self._is_namespace(home.group(1))
        # a filter on the owners themselves ("nodes in us-east-1a") would not carry over to the count
        if owner and (not scope or home_ns or owner[0][2] == "nodes"):  # nodes' own: read per node
            table = self.catalog[owner[0][2]]
            said = rx.sub(r"^.*?(?:and|with|plus)\s+(?:(?:the|their|its)\s+)?", "", each.group(0))
            numbers = [  # "deployments and the number of replicas": a number each holds, not a count
                m.column
                for m in slots.find_columns(said, table)
                if slots.column_type(table, m.column) in ("int", "bigint")
            ]
            lists = [  # "services and the number of ports": how long a list each holds
                m.column
                for m in slots.find_columns(said, table)
                if slots.column_type(table, m.column) == "list" and not counted
            ]
            if lists and not numbers:
                numbers = [f"len({lists[0]}) AS {lists[0].removesuffix('s')}_count"]
            if numbers:
                ns = home_ns or (current if table.namespaced else None)
                where = f" WHERE namespace = {quote(ns)}" if ns else ""
                ident = "name" if ns or not table.namespaced else "namespace, name"
                sql = f"SELECT {ident}, {numbers[0]} FROM {table.name}{where}"
                return sql, [f"table {table.name}", f"showing {numbers[0]}"], 0.8
            if counted and counted[0][2] != owner[0][2]:
                # (a kind of two words said in the singular: "per storage class")
                per = each.group(1)
                if said_two or not table.namespaced:
                    per = spoken_kind(table.kind)
                text = f"how many {counted[0][1]} per {per}{each.group(2)}"
        # "the node of each pod in batch", "storage class of the pvcs in data": a column of each, not a join
        of = rx.fullmatch(
            r"(?:(?:show|list|get|what(?:'s| is| are))\s+)?(?:the\s+)?([a-z ]+?)\s+(?:of|for)\s+"
            r"(each|every|the|all|my)?\s*(.+?)\W*",
            text,
        )
        named, whose = (self.find_kinds(of.group(1)), self.find_kinds(of.group(3))) if of else ([], [])
        # "deployment of each not-ready pod": a state said before the kind is the kind's own
        stated = (
            of
            and whose
            and of.group(2) in ("each", "every")
            and rx.fullmatch(r"(?:[a-z][\w\-]*\s+){1,2}", of.group(3)[: whose[0][0]])
            and not self.find_kinds(of.group(3)[: whose[0][0]])
        )
        if named and whose and named[0][1] == of.group(1) and (whose[0][0] == 0 or stated):
            ref = joins.REFERENCES.get((whose[0][2], named[0][2]))
            plural = rx.search(r"[^s]s$", of.group(1))  # "nodes of pods": the related objects, joined
            each = of.group(2) in ("each", "every")
            one = self.grounding is not None and not each and any(
                w in self.grounding.names(whose[0][2]) for w in of.group(3).split()
            )  # "storage class of pvc analytics-scratch": one object's own field, read below
            if one and not plural:
                pass  # read below as that one object's field
            elif ref and not ref.listed and (each or not plural):
                text = f"{of.group(3)} and their {ref.column.replace('_', ' ')}"
            elif each and (whose[0][2], named[0][2]) in joins.RELATIONS:
                text = f"{of.group(3)} -> {of.group(1)}"  # "secrets of each deployment": each with its own
                if not joins.RELATIONS[whose[0][2], named[0][2]].fans_out:
                    text = f"{of.group(3)} and their {of.group(1)}"  # "deployment of each pod": its one
        # "what ingress class does each ingress use", "which sa does every deployment run as": its own column
        uses = rx.fullmatch(
            r"(?:what|which)\s+([a-z ]+?)\s+(?:does|do)\s+(each|every|the|all|my)?\s*(.+?)\s+"
            r"(?:use|have|run as|run under|point (?:at|to)|reference|claim|bind|belong to|come from)\W*",
            text,
        ) or rx.fullmatch(  # "the deployment each pod in shop belongs to", "node each pod runs on": the same
            r"(?:(?:show|list|get|what(?:'s| is| are))\s+)?(?:the\s+)?([a-z ]+?)\s+(each|every)\s+(.+?)\s+"
            r"(?:belongs? to|is (?:part of|on|in)|runs? (?:on|in|as|under)|uses?|comes? from)\W*",
            text,
        )
        named, whose = (self.find_kinds(uses.group(1)), self.find_kinds(uses.group(3))) if uses else ([], [])
        # "which storage class and provisioner does each pvc use": its own column, and one of the kind's
        more = uses and named and rx.fullmatch(
            rx.escape(named[0][1]) + r"\s+(?:and|\+|with)\s+(?:its\s+|their\s+|the\s+)?([a-z ]+)",
            uses.group(1),
        )
        # "the grafana deployment": one object named before its kind
        named_first = bool(
            named
            and whose
            and self.grounding is not None
            and rx.fullmatch(r"[a-z0-9][a-z0-9\-.]*\s+", uses.group(3)[: whose[0][0]])
            and uses.group(3)[: whose[0][0]].strip() in self.grounding.names(whose[0][2])
        )
        if named and whose and (named[0][1] == uses.group(1) or more) and (whose[0][0] == 0 or named_first):
            ref = joins.REFERENCES.get((whose[0][2], named[0][2]))
            told = more and [m.column for m in slots.find_columns(more.group(1), self.catalog[named[0][2]])]
            one = (
                ref is not None
                and not more
                and uses.group(2) not in ("each", "every", "all")
                and self.grounding is not None
                and any(
                    w in self.grounding.names(whose[0][2])
                    # "which secrets do the fraud-detector pods use?": the pods of a workload so named
                    or whose[0][2] == "pods" and any(w in self._object_names(t) for t in _OWNERS)
                    for w in uses.group(3).split()
                )
            )
            # one object: a name in two namespaces is shown with each namespace
            single = one and all(
                len(self.grounding.by_name(whose[0][2], "namespace").get(w, ())) <= 1
                for w in uses.group(3).split()
            )
            if one and ref.listed:
                # "which secrets does the grafana deployment use?": one object's secrets, each a row (each
                # with its namespace when the name is in several)
                text = f"{uses.group(1)} used by {uses.group(2) or ''} {uses.group(3)}".replace("  ", " ")
            elif single and not ref.when:
                # "which claim does pv my-model-pv belong to?": that one object's own column
                text = f"{uses.group(1)} of {uses.group(3)}"
            elif ref and not ref.when and (not more or told):
                text = f"{uses.group(3)} and their {ref.column.replace('_', ' ')}"
                if more:
                    text += f" and their {named[0][1]} {more.group(1)}"
            elif (
                not ref
                and not more
                and uses.group(2) in ("each", "every")
                and (how := joins.RELATIONS.get((whose[0][2], named[0][2]))) is not None
                and not how.fans_out
            ):
                # "which deployment does each pod belong to": its one
                text = f"{uses.group(3)} and their {named[0][1]}"
        # "pvcs and their pv", "ingresses with their ingress class": the column that names it
        their = rx.fullmatch(r"(.+?)\s+(?:and|with|plus|\+)\s+(?:their|its|the)\s+([a-z ]+?)\W*", text)
        named, whose = ([], [])
        if their:
            named, whose = self.find_kinds(their.group(2)), self.find_kinds(their.group(1))
        if named and whose and named[0][1] == their.group(2) and len(whose) == 1:
            ref = joins.REFERENCES.get((whose[0][2], named[0][2]))
            if ref and not ref.when and ref.column != "name":
                text = f"{their.group(1)} and their {ref.column.replace('_', ' ')}"
                # "pods in zone us-east-1c with their node": the pods as read alone (by their nodes'
                # zone, a join), with the column that names the node beside
                first, said, sure = self._parse(their.group(1), original, current)
                tree = sqlglot.parse_one(first, read="duckdb") if first and " JOIN " in first else None
                source = tree.find(exp.Table) if tree is not None else None
                if (
                    source is not None
                    and source.name == whose[0][2]
                    and not tree.find(exp.AggFunc)
                    and not tree.args.get("group")
                    and ref.column not in {c.alias_or_name for c in tree.expressions}
                ):
                    tree.select(exp.column(ref.column, table=source.alias_or_name), copy=False)
                    return tree.sql(dialect="duckdb"), [*said, f"with their {ref.column}"], sure
        app_ranked = self._label_ranked(text, current)
        if app_ranked is not None:
            return app_ranked, ["pods' amounts added up per label value, ranked"], 0.75
        special = self._special(text, original, current)
        if special is not None:
            return self._scoped(text, special), ["a known multi-table question"], 0.8
        than = self._than_object(text, current)
        if than is not None:
            return than
        owned = self._owner_amounts(text, current)
        if owned is not None:
            return owned, ["what a workload's pods add up to"], 0.8
        asked = self._property_of(text)
        if asked is not None:
            return asked, ["a property of one named object"], 0.8
        # "standalone pods, not from a deploy/sts/job": no owner at all, not a join to the kinds named
        joined = None if rx.search(_BARE, text) else self._joined(text, current)
        unitless = rx.sub(r"\s*,?\s*\(?\bin (?:gi|gib|gb|mi|mib|mb|ti|tib)\)?\s*[?.!]?\s*$", "", text)
        if joined is None and unitless != text and not rx.search(_BARE, text):
            joined = self._joined(unitless, current)  # "… in us-east-1b in GiB": read without its unit
        joined = self._summed_related(text, joined) if joined else joined
        joined = (_every_pod(joined[0], text), *joined[1:]) if joined else joined
        # (the last column when each object is summed: "sts -> total pvc size (GiB)")
        total = r"SELECT (?:[a-z]\.\w+, )*(SUM\([a-z]\.(?:memory|storage)_\w+\)) FROM "
        summed = joined and rx.match(total, joined[0])
        if joined and summed and size_unit(text) and "1024" not in joined[0]:
            # "total memory requested in us-east-1b in GiB": the sum scaled to the unit asked
            joined = (joined[0].replace(summed.group(1), summed.group(1) + size_unit(text), 1), *joined[1:])
        if joined is not None:
            return joined
        p = Parse()
        text = rx.sub(r"\bpod security\b", "podsecurity", text)  # a namespace's Pod Security level, not pods
        annotations, text = read_annotations(text) if "annotat" in text else ([], text)
        said = self.find_kinds(text)  # "current replicas = max replicas": two columns, not a label
        compared = slots.compared_columns(text, self.catalog[said[0][2]]) if said else []
        labels, text_nl = read_labels(text, original, tuple(words for _, words in compared))
        if hinted:
            labels.append(hinted_label)
        namespace, rest = self._namespace(text_nl, current)
        p.namespace = namespace
        named = self.find_kinds(rest)
        # "memory per node (capacity minus allocatable)": a difference of the grouping kind's own columns
        kinds = [k for k in named if not is_dimension(rest, k) or slots.difference(rest, self.catalog[k[2]])]
        kinds = [k for k in kinds if not self._names_a_node(rest, k)]
        tables = {k[2] for k in kinds}
        kinds = [  # a kind word that qualifies another kind's column: "the pod selectors of services"
            k
            for k in kinds
            if not any(
                m.start <= k[0] and k[0] + len(k[1]) < m.end
                for other in tables - {k[2]}
                for m in slots.find_columns(rest, self.catalog[other])
            )
            and not any(  # "default-deny ingress network policies": ending a column of the kind said next
                m.start < k[0] and m.end == k[0] + len(k[1]) and any(o[0] == m.end + 1 for o in named)
                for other in tables - {k[2]}
                for m in slots.find_columns(rest, self.catalog[other])
            )
        ]
        if rest.split()[:1] == ["no"] and not kinds:
            kinds = [(0, "no", "nodes")]
        table = kinds[0][2] if kinds else None
        about = None  # another kind the question is about, when it asks for events
        asks_events = any(k[2] == "events" and rx.match(r"(?:events?|ev|warnings?)\b", k[1]) for k in kinds)
        if asks_events or rx.search(
            r"\bwhat happened\b|\bwhat(?:'?s| is| has) (been )?going on\b|\bwhat went wrong\b|\bcomplain\w*|"
            r"\bwhat'?s up with\b|"
            r"\bwhat(?:'?s| is) happening\b|"
            r"\b(?:been|being) backed[- ]off\b|"  # only the events tell how often something was backed off
            r"\boccurrences?\b|"  # "the most BackOff occurrences": how often events happened
            r"\bhow many times\b.*\b(?:been|was|were|got)\s+(?:unhealthy|evicted|oom[- ]?kill\w*)\b|"
            # what a component that reports events said: "what has the kubelet said about pod x?"
            r"\b(?:kubelet|(?:default-)?scheduler|[\w\-]*controller)\b.*\b(?:report|sa(?:y|ys|ying|id)\b)",
            rest,
        ):
            # a namespace next to events places them ("warnings in this namespace"), it is not their subject
            # (nor pods said to be created: "what couldn't create its pods?" is about their controllers)
            made = r"\b(?:create|creating|make|making|spawn|spawning)\s+"
            made += r"(?:its\s+|their\s+|the\s+|any\s+|new\s+)?$"
            others = [
                k[2]
                for k in kinds
                if k[2] not in ("events", "namespaces")
                and not (k[2] == "pods" and rx.search(made, rest[: k[0]]))
            ]
            ranked = r"\b(?:most|fewest|how many|count|number|per)\b"
            if not others and rx.match(rf"(?:which|what) nodes\b(?!.*{ranked})", rest):
                others = ["nodes"]  # "which nodes had OOMKilling events?": the nodes they are about
            table, about = "events", (others[0] if others else None)
        source = self._event_source(rest)
        short = None if source else self._source_by_last_word(rest)
        told = r"\breport|\bsa(?:y|ys|ying|id)\b|\bevents?\b|\bev\b|\bwarnings?\b|\bcomplain"
        if short and rx.search(told, rest):
            source = short[0]
            p.conds.append(f"source = {quote(short[1])}")
            p.understood.append(f"reported by {short[1]}")
        if source and rx.search(told + r"|\bdid\b.*\bdo\b", rest):
            # "what has the job controller been saying?": what that component reported, whatever it is about
            inside = [k for k in kinds if source.start() <= k[0] < source.end()]
            if inside or table is None:
                table, about = "events", None
        if (
            (table in _EVENT_SUBJECTS or table is None or table in ("endpoints", "endpointslices"))
            and self.grounding is not None
            # "why can't the replica sets create their pods?": a verb said not to happen fails
            and rx.search(r"\bfail(?:ed|ing|ures?|s)?\b|" + reasons.CANNOT, rest)
            and (
                failed := reasons.named(
                    self._unnamed(rest), self.grounding.all_values("events", "reason") | _REASONS
                )
            )
            and all("Fail" in r for r in failed)
            # their own states tell those failures, but not how often the events repeated
            and (
                table not in ("pods", "containers", "jobs", "nodes")
                or rx.search(_TIMES_REPEATED, rest)
                or table == "pods" and set(failed) <= _POD_UNTOLD | _POD_UNMADE
            )
        ):  # "which volumes failed to provision and why?": the events that tell of it, about the kind said
            # "endpoint update failures": the reason names the kind (FailedToUpdateEndpoint), no subject;
            # "pods that could not be created": no such pod, the events are about their controllers
            unmade = table == "pods" and set(failed) <= _POD_UNMADE
            table, about = "events", None if table in ("endpoints", "endpointslices") or unmade else table
            failed = reasons.failed_to(rest, failed)
            listed = ", ".join(map(quote, failed))
            p.conds.append(f"reason = {listed}" if len(failed) == 1 else f"reason IN ({listed})")
            p.understood.append("reason " + " or ".join(failed))
        failing = rx.search(
            r"\b(?:(readiness|liveness|startup) )?probes? fail\w*|\bfail\w* (?:\w+ )?"
            r"(?:(?:readiness|liveness|startup)(?: probes?)? ?(?:or|and|/|,) ?)?(?:\w+ )?probes?\b",
            rest,
        )
        repeats = table is None and rx.search(_TIMES_REPEATED, rest)  # "how many times have probes failed"
        if (table in ("pods", "containers") or repeats) and failing:
            # "pods failing readiness probes": only kubelet's Unhealthy events tell of it, naming the probe
            table, about = "events", "pods"
            p.conds.append("reason = 'Unhealthy'")
            p.understood.append("reason Unhealthy")
            named = rx.search(r"\b(readiness|liveness|startup)\b", failing.group(0))
            which = failing.group(1) or (named.group(1) if named else None)
            if which and len(set(rx.findall(r"\b(liveness|readiness|startup)\b", rest))) == 1:
                p.conds.append(f"message LIKE '{which.capitalize()} probe failed%'")
                p.understood.append(f"{which} probe")
        # not "images pulled with policy Always": the containers' pull policy
        pulling = rx.search(r"\b(pulling|pulled)\b(?! (?:events?|ev)\b)(?!.*\bpolic(?:y|ies)\b)", rest)
        if table in ("pods", "containers") and pulling and not rx.search(
            r"\bfail\w*|\berr\w*|back-?off|can'?t|cannot|unable|\bnot\b|n't\b", rest
        ):  # "pods pulling images": no pod state tells of it, only kubelet's Pulling (Pulled) events do
            reason = pulling.group(1).capitalize()
            table, about = "events", "pods"
            p.conds.append(f"reason = {quote(reason)}")
            p.understood.append(f"reason {reason}")
        # "which nodes reported oom kills": a reason said in words, reported
        phrased = any(ph in rest for ph in lx.EVENT_REASON_PHRASES)
        reported = phrased and rx.search(r"\breport(?:s|ed|ing)?\b", rest)
        # "which node has the most OOM kills?": a node keeps no count of them, its kernel-monitor events do
        reported = reported or table == "nodes" and rx.search(r"\boom[- ]?kill", rest)
        # "what reasons does node worker-4 have?": a node has no reason of its own, its events do
        reported = reported or table == "nodes" and rx.search(r"\breasons\b", rest)
        if table in _EVENT_SUBJECTS and (self._reason_word(rest) or reported):
            # "which nodes reported OOMKilling?": the events with that reason, about those nodes when asked
            before = rest[: kinds[0][0]]
            lead = not before or rx.search(r"\b(which|what|list|show|how many)\s+(\w+\s+)?$", before)
            placed = rx.search(r"\b(?:on|for|of|about|against)\s+(?:the\s+|their\s+|its\s+)?$", before)
            table, about = "events", (table if lead or placed else None)  # "FailedCreate on rs"
        if (
            table is None
            and self._node(rest)
            and rx.search(r"\b(scheduled|running|runs|what'?s on|request\w*|cpu|memory)\b", rest)
        ):
            table = "pods"
        # namespaces asked about by label or age ("ns -l …", "namespaces older than a year")
        if table is None:
            by_namespace = any(k[2] == "namespaces" for k in named)  # only "per ns", "by namespace"
            if rx.search(r"\b(ns|namespaces)\b", text_nl) and not namespace and not by_namespace:
                table = "namespaces"
            elif rx.search(r"\boccurrences?\b|\bcounting repeats\b|\bfired\b", rest):
                table = "events"  # "total occurrences of Unhealthy": how often events happened
            elif rx.search(
                r"\bcrash|pending|evicted|oom|imagepull|image pull|terminating|restart|broken|unhealthy|"
                r"not running|not ready|\b(cpu|memory|mem)\b.*\brequest|\brequest\w*\b.*\b(cpu|memory|mem)\b",
                rest,
            ):
                table = "pods"
            elif (
                rx.search(r"\bwarning|\bevents?\b|what happened|going on|\breasons?\b", rest)  # "top reasons"
                or any(ph in rest for ph in lx.EVENT_REASON_PHRASES)
                or any(
                    rx.search(r"\b" + r.lower() + r"\b", rest)
                    for r in lx.EVENT_REASONS
                    if r not in ("Failed", "Evicted", "Created", "Started")
                )
                or self._reason_word(rest)  # a reason this cluster's events carry: "ExternalProvisioning"
            ):
                table = "events"
        claimed = rx.search(r"(?<!ephemeral )\bstorage\b", rest) and rx.search(r"\b(request|ask|claim)", rest)
        if table is None and claimed:
            table = "persistentvolumeclaims"  # "how much storage is requested in data": the claims ask for it
        # not a node's "os image"
        # (not a name that starts with the word: "image-resize")
        if table is None and rx.search(r"(?<!\bos )(?<![\w\-])images?(?![\w\-])|\bregistries\b", rest):
            table = "containers"  # "which payments-api image versions run in each namespace?"
        if table == "pods" and rx.search(r"\b(?:per|by|each|every)\s+(?:container\s+)?image\b", rest):
            table = "containers"  # "restarts per image": each container runs one image, a pod several
        if table is None:
            candidates = slots.tables_for_columns(rest, self.catalog)
            table = candidates[0] if len(candidates) == 1 else None
            if table is None and "pods" in candidates and amount_column(rest):
                table = "pods"  # "max memory limit per namespace": the pods' limits, as with no "max"
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
        ip = rx.search(r"(?<![\w.])(\d{1,3}(?:\.\d{1,3}){3})(?![\w.])", rest)
        on_node = ip and rx.search(rf"\b(?:on|at)\s+(?:node\s+)?{re.escape(ip.group(1))}", rest)
        if table is None and on_node and ip.group(1) in self._node_ips():
            table = "pods"  # "what is running on 10.0.3.12": the pods on the node with that address
            p.conds.append(f"host_ip = {quote(ip.group(1))}")
        if table is None and ip and self.grounding is not None:  # "who is 10.112.6.54": whoever has that IP
            for where, column in _IP_COLUMNS:
                if ip.group(1) in self.grounding.all_values(where, column):
                    table = where
                    p.conds.append(f"{column} = {quote(ip.group(1))}")
                    break
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
        listens = rx.search(r"\b(?:listen\w*|expos\w*)\b", rest)
        if table is None and listens and self._in_containers(rest, original):
            table = "pods"  # "what exposes 50051/TCP?": the pods whose containers declare that port
        # "what ports does coredns listen on?", "which ports does the postgres pod expose?": the ports
        # its containers declare (a service's are its own kind's)
        asks_ports = rx.search(r"\b(?:what|which)\s+(?:container\s+)?ports?\b", rest)
        if table in (None, "pods") and asks_ports and (listens or table == "pods"):
            table = "containers"
        # "pods that set DISABLE_PROFILER", "pods listening on 50051": their containers hold that
        pods_of = table == "pods" and self._in_containers(rest, original)
        # "any privileged containers? which pods": the pods are what is asked for
        # not "which pod are they in?": the containers, with the pod each is in
        asks_pods = rx.search(r"\b(?:which|what) (?:pods?|po)\b(?! (?:are|is) (?:they|it) in)", rest)
        pods_of = pods_of or (table == "containers" and bool(asks_pods))
        if pods_of or (table is None and _env_named(rest, original)):
            table = "containers"
        # "which environment variables does the frontend pod set?": its containers' variables
        env = r"(?<!\bset )(?<!\bsets )(?<!\bsetting )(?<!\bwith )(?<!\bhave )(?<!\bhas )"
        env += r"(?<!\bany )(?<!\bno )"
        env += r"\benv(?:ironment)?\s+var(?:iable)?s\b(?!\s+(?:named|called)\b)"
        if table in (None, "pods") and rx.search(env, rest) and not _env_named(rest, original):
            table = "containers"
        if table is None and self.grounding is not None:  # "distinct values of the tier label": pods'
            key = rx.search(r"\b([a-z0-9][a-z0-9./\-_]*) labels?\b", rest)
            if key and key.group(1) in self.grounding.label_values("pods"):
                table = "pods"
        if table is None:
            return None, p.understood, 0
        p.table = table
        p.understood.append(f"table {table}")
        t = self.catalog[table]
        others = self._more_namespaces(text_nl, namespace) if namespace and t.namespaced else []
        if others:  # "in team-a or team-b", "team-a/team-b"
            p.conds.append(f"namespace IN ({', '.join(quote(n) for n in [namespace, *others])})")
            p.understood.append(f"namespaces {', '.join([namespace, *others])}")  # type: ignore[list-item]
            for other in others:
                rest = rx.sub(r"\b" + re.escape(other) + r"\b", " ", rest)
        elif namespace and t.namespaced:
            p.understood.append(f"namespace {namespace}")
            p.conds.append(f"namespace = {quote(namespace)}")
        elif namespace and table == "namespaces" and (
            namespace != current
            or rx.search(r"\b(?:this|my|our|current)\s+(?:namespace|ns)\b|\bhere\b", text_nl)
            or rx.search(r"(?<![\w\-])" + re.escape(namespace) + r"(?![\w\-])", text_nl)
        ):  # "how many namespaces are there?" asked from one: every namespace, not the asker's own
            p.conds.append(f"name = {quote(namespace)}")
        node = self._node(rest)
        subject = None  # the one object an events question is about, by name
        if node and table in ("pods", "containers"):
            off = r"\b(?:(?:not|isn'?t|aren'?t)\s+(?:scheduled\s+)?on\s+(?:node\s+)?|node\s+not\s+)"
            away = rx.search(off + re.escape(node) + r"\b", rest)
            # "pods on worker-7 or worker-4", "not on worker-7, worker-4 or worker-2": each node listed
            nodes = [node]
            joiner = r"\s*(?:,\s*(?:or\s+|and\s+|nor\s+)?|/|\bor\b|\bnor\b|\band\b|&)\s*"
            joiner += r"(?:on\s+)?(?:node\s+)?"
            at = rx.search(r"(?<![\w\-.])" + re.escape(node) + r"(?![\w\-.])", rest)
            end = at.end() if at and self.grounding is not None else None
            while end is not None:
                more = rx.match(joiner + r"([a-z0-9][a-z0-9\-.]*[a-z0-9])(?![\w\-.])", rest[end:])
                if not more or more.group(1) in nodes or more.group(1) not in self.grounding.nodes:
                    break
                nodes.append(more.group(1))
                rest = rest[:end] + " " * more.end() + rest[end + more.end() :]  # read once
                end += more.end()
            listed = ", ".join(quote(n) for n in sorted(nodes))
            if len(nodes) > 1:  # "pods not on worker-7 or worker-4": on neither (unscheduled ones too)
                p.conds.append(f"(node IS NULL OR node NOT IN ({listed}))" if away else f"node IN ({listed})")
            else:  # "pods not on worker-3": anywhere else, unscheduled ones too
                p.conds.append(f"node IS DISTINCT FROM {quote(node)}" if away else f"node = {quote(node)}")
            p.understood.append(f"node {', '.join(nodes)}")
        elif node and table == "nodes" and rx.search(r"\bnode\s+" + re.escape(node) + r"\b", rest):
            # "allocatable cpu of node gpu-1": that node, its name read once ("gpu" there is no column)
            p.conds.append(f"name = {quote(node)}")
            p.understood.append(f"node {node}")
            rest = rx.sub(r"\b" + re.escape(node) + r"\b", " ", rest)
            if rx.search(r"\ballocatable resources\b|\bresources\b.*\ballocatable\b", rest):
                # the node is named: its amounts, not its name again ("allocatable cpu of node gpu-1" alike)
                p.cols = ["cpu_allocatable", "memory_allocatable", "gpu_allocatable"]
        elif (
            table == "events"
            and node
            and rx.search(
                r"\bkubelet\s*(?:on|@|at|of)\s*" + re.escape(node) + r"|\b(?:source[ _]?)?host\s*[=:]?\s*"
                + re.escape(node) + "|" + re.escape(node) + r"(?:'s|s)? kubelet\b"
                # "kubelet warnings on worker-2", "what warnings came from worker-2?": reported there
                + r"|\bkubelet (?:warnings?|events?|errors?|messages?) (?:on|from|at) (?:node )?"
                + re.escape(node)
                + r"|\b(?:came|come|coming|sent|emitted) from (?:node )?" + re.escape(node),
                rest,
            )
        ):
            # "the kubelet on worker-7": what that node's kubelet reported, about anything
            p.conds.append(f"source_host = {quote(node)}")  # the source itself is read as a value below
            p.understood.append(f"reported by the kubelet on {node}")
        elif table == "events" and node and rx.search(
            r"\b(?:mention(?:s|ing|ed)?|contain(?:s|ing)?|say(?:s|ing)?|includ(?:es|ing))\s+['\"]?"
            + re.escape(node),
            rest,
        ):
            pass  # "events mentioning worker-3": its name in the message, about any object (read as text)
        elif table == "events" and (owner := self._pods_of_owner_said(rest)):
            # "warnings per pod of statefulset cassandra": the events about its pods (named after it)
            p.conds += ["involved_kind = 'Pod'", f"involved_name LIKE {quote(owner + '-%')}"]
            p.understood.append(f"about the pods of {owner}")
        elif table == "events" and (node or about or self._object_named(rest)):
            named = None if node else self._object_named(rest, about)
            subject = named[1] if named else None
            kind = "Node" if node else self.catalog[about].kind if about else named[0] if named else None
            found = [k[0] for k in self.find_kinds(rest) if k[2] == about and not named]
            # ("why couldn't the replica sets …": what they could not do, no other kind)
            other = r"(?:\bnot|(?<!\bca)(?<!\bcould)(?<!\bwo)(?<!\bwould)n't|"
            other += r"\bexcept|\bexcluding|\bother than|\bbesides)\s+"
            other += r"(?:about |for |on |involving )?(?:the\s+|any\s+)?$"
            if found and rx.search(other, rest[: found[0]]):
                kind = None  # "warning events not about pods": about any other kind
                p.conds.append(f"involved_kind <> {quote(self.catalog[about].kind)}")
            also = self._second_subject(rest, about) if kind and about and not (node or named) else None
            if also:  # "events about jobs or cronjobs": either kind's
                p.conds.append(f"involved_kind IN ({quote(kind)}, {quote(also)})")
            elif kind:
                p.conds.append(f"involved_kind = {quote(kind)}")
            owner = named[1] if named and not node and not kind and self.grounding else None
            if owner and owner in self.grounding.workloads:  # type: ignore[union-attr]
                # "any warnings for fraud-detector?": about it, or its replica sets' and pods'
                its = quote(owner + "-%")
                p.conds.append(f"(involved_name = {quote(owner)} OR involved_name LIKE {its})")
            elif node or named:
                p.conds.append(f"involved_name = {quote(node or named[1])}")  # type: ignore[index]
            p.understood.append(f"about {kind or ''} {node or (named[1] if named else '')}".strip())
        if table == "pods" and rx.search(_BARE, rest):
            p.conds.append("owner_kind IS NULL")
            p.understood.append("no owner")
        elif table == "pods" and rx.search(_OWNED, rest):  # "failed pods that have an owner"
            p.conds.append("owner_kind IS NOT NULL")
            p.understood.append("with an owner")
        columns = {c.name for c in t.columns}
        selector = "node_selector" if rx.search(r"node ?selector", text) else "selector"
        if selector not in columns and "pod_selector" in columns:  # "netpol selecting app=web"
            selector = "pod_selector"
        known_keys = self._label_keys(table)
        for key, value, negate in labels:
            field = slots.field_column(key, t) if key not in known_keys and isinstance(value, str) else None
            if field is not None:  # "restartPolicy=OnFailure", "spec.nodeName=worker-2": a field, not a label
                p.conds.append(self._field_condition(table, field, value, original, negate))
                p.understood.append(f"{field} {'!=' if negate else '='} {value}")
                continue
            # "svc selecting app=web", "ds with nodeSelector os=linux": the selector map, not the labels
            col = selector if selector in columns and rx.search(r"select", text) else "labels"
            if col == "labels" and key not in known_keys:  # "instance-type": node.kubernetes.io/instance-type
                full = sorted(k for k in known_keys if k.endswith("/" + key))
                full = [k for k in full if "beta." not in k] or full  # the GA key, not its deprecated twin
                key = full[0] if len(full) == 1 else key
            if value is None and not negate and rx.search(r"\bvalues?\b", rest):  # "…, with the value"
                p.extra.append(f"labels[{quote(key)}]")
            p.conds.append(label_condition(col, key, value, negate))  # a map-less object lacks the key too
            shown = ",".join(value) if isinstance(value, tuple) else value
            p.understood.append(f"label {key}" + (f"{'!=' if negate else '='}{shown}" if value else ""))
        for key, value, negate in annotations if "annotations" in columns else ():
            p.conds.append(label_condition("annotations", key, value, negate))
            p.understood.append(f"annotation {key}" + (f"{'!=' if negate else '='}{value}" if value else ""))
        if self.grounding is not None and "labels" in columns:
            # (beside a label said as a pair: "app=reviews pods with version v1" keeps both)
            said_keys = {k for k, _, _ in labels}
            named_labels = _label_values_named(rest, self.grounding.label_values(table), namespace)
            for key, value, negate in [n for n in named_labels if n[0] not in said_keys]:
                p.conds.append(label_condition("labels", key, value, negate))
                p.understood.append(f"label {key}{'!=' if negate else '='}{value}")
                for v in value if isinstance(value, tuple) else (value,):  # read once, not as a name too
                    rest = rx.sub(r"(?<![\w\-])" + re.escape(v.lower()) + r"(?![\w\-])", " ", rest)
        if self.grounding is not None and "labels" in columns:
            for m in rx.finditer(
                r"(?:^\s*|(?:\b(?:their|its|the|show|with|and|plus)|->)\s+)([a-z0-9][a-z0-9./\-_]*)\s+labels?\b"
                r"(\s+values?)?",
                rest,
            ):
                if m.group(1) in known_keys and not any(k == m.group(1) for k, _, _ in labels):
                    p.extra.append(f"labels[{quote(m.group(1))}]")
                    p.understood.append(f"showing label {m.group(1)}")
                    # "…each ns that has one": only the objects that carry it ("pods and their app label":
                    # every pod, as kubectl's -L shows them)
                    if rx.search(r"\b(?:that|which|where|who) (?:has|have|carry|carries) (?:one|it)\b", rest):
                        p.conds.append(f"labels[{quote(m.group(1))}] IS NOT NULL")
            # kubectl's -L (--label-columns) shows a label as a column: "po -L app.kubernetes.io/version"
            for key in rx.findall(r"(?:^|\s)(?:-L|--label-columns)[ =]([\w./\-]+)", original):
                p.extra.append(f"labels[{quote(key.lower())}]")
                if rx.search(r"\b(?:that|which|where|who) (?:has|have) (?:one|it)\b", rest):
                    p.conds.append(f"labels[{quote(key.lower())}] IS NOT NULL")  # "only those that have it"
            m = rx.search(r"\bshow\s+([a-z0-9][a-z0-9./\-_]*[a-z0-9])", rest)
            # "-l app=reviews, show version"; a full key needs no selector: "show app.kubernetes.io/name"
            if m and m.group(1) in known_keys and (labels or "/" in m.group(1)):
                p.extra.append(f"labels[{quote(m.group(1))}]")
                if rx.search(r"\b(?:that|which|where|who) (?:has|have) (?:one|it)\b", rest):
                    p.conds.append(f"labels[{quote(m.group(1))}] IS NOT NULL")  # "… the pods that have it"
        every = cron.pattern(rest) if "schedule" in columns else None
        if every is not None:  # "cron jobs that run every 15 minutes"
            known = self.grounding.all_values(table, "schedule") if self.grounding else frozenset()
            held = cron.schedules(rest, known)
            if len(held) == 1:
                p.conds.append(f"schedule = {quote(held[0])}")
            elif held:
                p.conds.append(f"schedule IN ({', '.join(map(quote, held))})")
            else:
                p.conds.append(f"regexp_full_match(schedule, {quote(every)})")
            p.understood.append("run " + ", ".join(held or ["that often"]))
        if table == "events" and rx.search(r"\binit[\s\-]?containers?\b", rest):
            p.conds.append("involved_field LIKE 'spec.initContainers%'")  # the part of the pod it is about
            p.understood.append("init containers")
        if table == "events":  # "events that started over 6h ago": when they were first seen, not Started
            window = r"\s+(?:more than|over|less than|under|within|in the|\d)"
            rest = rx.sub(rf"\b(?:started|began)(?={window})", "first seen", rest)
        spelt: list[str] = []
        if table == "events" and self.grounding is not None and "reason" not in columns_of(p.conds):
            spelt = _spelt_values(rest, self.grounding.values("events", "reason"))
            if spelt:  # reasons this cluster's events carry, however spelt ("backoff-limit-exceeded")
                listed = ", ".join(map(quote, spelt))
                p.conds.append(f"reason = {listed}" if len(spelt) == 1 else f"reason IN ({listed})")
                p.understood.append("reason " + " or ".join(spelt))
        tainted = _taint_part(rest, t, self.grounding)
        if tainted:  # read first: its word is no state, value or column ("the not-ready taint", "gpu taint")
            p.conds.append(tainted[0])
            p.understood.append(tainted[0])
            rest = rest.replace(tainted[1], " ")
        if not read_states(p, rest, original):
            return None, p.understood, 0
        if "reason = 'Evicted'" in p.conds and any("low on resource" in c for c in p.conds):
            rest = rx.sub(EVICTED_FOR, " ", rest)  # why they were evicted, not a column to show
        if len(spelt) > 1:  # the states read one of the reasons named again, by its bare name
            p.conds = [c for c in p.conds if c not in {f"reason = {quote(r)}" for r in spelt}]
        if p.table == "events" and self.grounding is not None and not columns_of(p.conds) & {"reason"}:
            held = self.grounding.values("events", "reason") | set(lx.EVENT_REASONS)
            # "hpa metric failures", "events about disk pressure"; "source starting with x" names no reason
            found = reasons.named(
                rx.sub(r"\b(?:start(?:s|ing)?|begin(?:s|ning)?)\s+with\b", " ", self._unnamed(rest)), held
            )
            if found:
                listed = ", ".join(map(quote, found))
                p.conds.append(f"reason = {listed}" if len(found) == 1 else f"reason IN ({listed})")
                p.understood.append("reason " + " or ".join(found))
        if p.table == "events":  # "warnings that are not BackOff", "non-FailedScheduling events"
            p.conds = [_negated_reason(c, rest) for c in p.conds]
        created = r"\b(?:earliest|latest|first|last|most recently|recently)\s+created\b"
        created += r"|\bcreated\s+(?:more|less|over|under|within|in the|before|after|since|\d)"
        if p.table == "events" and "reason = 'Created'" in p.conds and rx.search(created, rest):
            p.conds.remove("reason = 'Created'")  # "events created more than 48h ago": when, not the reason
        gone = r"\bno longer (?:exist|there|around)"
        gone += r"|\b(?:deleted|gone|missing|non-?existent|vanished)\s+(?:\w+\s+)?(?:pods?|objects?)\b"
        gone += r"|\b(?:pods?|objects?) (?:(?:that|which) )?(?:(?:is|are) )?(?:gone|deleted|not found)\b"
        gone += r"|\borphan(?:ed|s)?\b"
        if p.table == "events" and rx.search(gone, rest):
            # "events that point at pods which no longer exist": their object is not in the cluster now
            kind = next((c.split("'")[1] for c in p.conds if c.startswith("involved_kind =")), None)
            held = [t.name for t in self.catalog if t.kind == kind and t.name != "containers"] if kind else []
            if held:
                p.conds.append(f"NOT EXISTS (SELECT 1 FROM {held[0]} x WHERE x.uid = events.involved_uid)")
                p.understood.append(f"about a {kind} that is gone")
        kind = next((c.split("= ")[1].strip("'") for c in p.conds if c.startswith("involved_kind =")), None)
        found = [c.split("'")[1] for c in p.conds if c.startswith("reason =")] or [
            r.strip(" '") for c in p.conds if c.startswith("reason IN") for r in c[11:-1].split(",")
        ]
        if kind and "involved_name" not in columns_of(p.conds) and reasons.names_kind(kind, found):
            p.conds.remove(f"involved_kind = {quote(kind)}")  # "failing to update endpoints": any object's
        words = r"([a-z][\w.\-/]*(?:\s+[a-z][\w.\-/]*)?)"
        about = rx.search(r"\b(?:about|regarding|concerning)\s+(?:the\s+)?" + words + r"\s*\??$", rest)
        if p.table == "events" and about and self.grounding and not columns_of(p.conds) & _SUBJECT:
            # "any event about ephemeral storage?": words their messages hold, as written there
            messages = [m.lower() for m in self.grounding.all_values("events", "message")]
            phrase = about.group(1)
            spelt = (phrase, phrase.replace(" ", "-"), phrase[:-1] if phrase.endswith("s") else phrase)
            said = next((w for w in spelt if any(w in m for m in messages)), None)
            if said and len(said) >= 4 and said not in lx.STOPWORDS:
                p.conds.append(f"message ILIKE {quote('%' + said + '%')}")
                p.understood.append(f"saying {said}")
        untimed = {"status IN ('ImagePullBackOff', 'ErrImagePull')", "reason = 'Evicted'"} & set(p.conds)
        lately = recent_window(rest) and not rx.search(_POD_TIMES, rest)
        if p.table == "pods" and untimed and lately and not p.count:
            # "image pull errors in the last 30 min": a pod keeps no time for that; its warning events do
            said = rx.sub(r"^\s*(?:(?:show|list|get|any)(?: me)?\s+)?(?:the\s+)?(?:pods?\s+)?", "", rest)
            about = self._events_about_pods(f"warning events of pods with {said}", namespace)
            if about is not None:
                return about, [*p.understood, "their warning events in that window"], 0.8
        read_window(p, rest, self.catalog[p.table])
        system = rx.search(_SYSTEM, rest) if t.namespaced or table == "namespaces" else None
        if system and p.table not in _BUILT_IN:  # "non-system pods": those outside the kube-* namespaces
            column = "namespace" if t.namespaced else "name"
            p.conds.append(f"{column} {'NOT ' if system.group(1) else ''}LIKE 'kube-%'")
            p.understood.append(system.group(0))
            rest = rest[: system.start()] + " " + rest[system.end() :]  # read, not a name
        image = self._image_pattern(rest) if "image" in columns and table == "containers" else None
        before = r"\b(?:images?|running|runs?|using|uses?)\s+(?:the\s+|an?\s+)?(?:image\s+)?"
        said_repo = re.escape(image.strip("%/").split(":")[0]) if image else ""
        ctr_names = self.grounding.all_values("containers", "name") if image and self.grounding else ()
        # "payments-api image versions": the container of that name, read elsewhere; "which nginx
        # images are running?" names no container: the images of that repository
        if (
            image
            and image != "%-rc%"
            and not rx.search(before + said_repo, rest)
            and (image.strip("%/").split(":")[0] in ctr_names or not rx.search(said_repo + r" images", rest))
        ):
            image = None
        if image:  # "containers with image redis:7.2": what they run, not a workload named redis
            p.conds.append(f"image LIKE {quote(image)}")
            p.understood.append(f"image like {image}")
            repo = image.strip("%/").split(":")[0]
            rest = rx.sub(r"(?<![\w\-./])" + re.escape(repo) + r"(?::[\w.\-]+)?(?![\w\-/])", " ", rest)
        liked = _names(p, rest, original, t)
        rest = rest.replace(liked, " ", 1) if liked else rest
        self._glob_column(p, t)
        if p.table in _BUILT_IN and rx.search(_CUSTOM, rest):  # "custom priority classes": not system ones
            p.conds.append(f"name NOT LIKE {quote(_BUILT_IN[p.table])}")
            p.understood.append("not built in")
        pattern = self._image_pattern(rest) if "images" in columns else None
        if pattern:  # "deployments using the redis image", "rc image tags": an image their pods run
            p.conds.append(f"len(list_filter(images, x -> x LIKE {quote(pattern)})) > 0")
            p.understood.append(f"images like {pattern}")
            repo = pattern.strip("%/").split(":")[0]
            # not a name too, nor "image postgres" a column to show
            said = r"(?:\bimages?\s+(?:contain\w*\s+)?)?(?<![\w\-./])" + re.escape(repo) + r"(?![\w\-/])"
            rest = rx.sub(said, " ", rest)
        self._slots(p, rest, skip_words=[*(w for w in (namespace, node, subject) if w), *self._kinds])
        asked_time(p, rest, t)
        if t.namespaced and not any(c.startswith("namespace =") for c in p.conds):
            # where a named object lives: "who mounts checkout-api-secrets", a container's pod
            owner = {"owner_name": _OWNED_BY_ONE[table]} if table in _OWNED_BY_ONE else {}
            home = self._home(p.conds, {**_REFERENCED, "pod": "pods", **owner})
            if home:
                p.conds.insert(0, f"namespace = {quote(home)}")
        p.unit = size_unit(rest)
        p.cpu_unit = cpu_unit(rest)
        # ("events with message containing timeout" searches the messages: it does not ask to see them)
        said = r"(?<!\bin )(?<!\bin the )(?<!\bin their )(?<!\bin its )\b(saying|say|says|messages?)\b"
        said += r"(?!\s+(?:contain|includ|match|like|mention|with)\w*)"
        p.wants_message = bool(rx.search(said, rest))
        if table == "events" and p.cols is None and not p.count and not p.group:
            _event_part_or_time(p, rest)
        name = _env_named(rest, original)
        upper = {w.lower(): w for w in rx.findall(r"[A-Za-z_][A-Za-z0-9_]*", original) if w.isupper()}
        # "env var *PASSWORD* or TOKEN", "with *password* or *token* env names": part of one name, or another
        either = r"(?:\s*(?:,|or|/)\s*\*?(\w+)\*?(?![\w*]))?"
        part = rx.search(rf"\benv\w*(?: var\w*)?\s+(?:with\s+)?\*(\w+)\*{either}", rest) or rx.search(
            r"\bwith\s+(\w+)\s+in (?:its|their|the) names?\b()", rest
        ) or rx.search(rf"\bwith\s+\*(\w+)\*{either}\s+env\w*(?: var\w*)? names?\b", rest)
        if part and "env_names" in columns and rx.search(r"\benv", rest):  # "env var *PASSWORD*": part of one
            words = [upper.get(w, w.upper()) for w in part.groups() if w]
            like = " OR ".join(f"x LIKE {quote('%' + w + '%')}" for w in words)
            p.conds.append(f"len(list_filter(env_names, x -> {like})) > 0")
            p.understood.append(f"env like {' or '.join(words)}")
        elif name and "env_names" in columns:  # "ctrs missing env LOG_LEVEL": the variable's name, as written
            absent = rx.search(r"\b(missing|without|don'?t|doesn'?t|not|no|lack\w*)\b", rest)
            p.conds.append(("NOT " if absent else "") + f"list_contains(env_names, {quote(name)})")
            p.understood.append(f"env {name}")
        key = rx.search(r"\bkeys?\s+(?:(?:named|called)\s+)?['\"]?([a-z0-9_.][\w.\-]*)", rest)
        if key and "data_keys" in columns and not any("data_keys" in c for c in p.conds):
            word = key.group(1)  # "secrets with a key named password": the key, as written, held or not
            if word not in lx.STOPWORDS and word not in VOCAB and word not in _FILLERS:
                spelt = re.search(rf"(?<![\w.\-]){re.escape(word)}(?![\w.\-])", original, flags=re.IGNORECASE)
                absent = rx.search(r"\b(?:without|no|missing|lack\w*|not)\b[\w ]*$", rest[: key.start()])
                cond = f"list_contains(data_keys, {quote(spelt.group(0) if spelt else word)})"
                p.conds.append(("NOT " if absent else "") + cond)
                p.understood.append(f"key {word}")
        fragment = self._name_part(rest, table, p.conds)
        if fragment:
            p.conds.append(fragment)
            p.understood.append(fragment)
        if table in ("containers", "pods"):  # fields of the spec that have no column: probes, privileged
            spec = _spec_conditions(rest) + _gpu_condition(rest, "json_extract_string(raw, '$.resources')")
            for cond, words in spec if table == "containers" else _pod_conditions(rest):
                if cond not in p.conds:  # a mount path may be read as a held value too
                    p.conds.append(cond)
                    p.understood.append(words)
        template = _TEMPLATES.get(table)
        if template:  # "which deployments request gpus?": their pod template's containers do
            for cond, words in _gpu_condition(rest, f"json_extract_string(raw, '{template}.containers')"):
                p.conds.append(cond)
                p.understood.append(words)
        contains = self._contains(rest, original, t)
        if contains and " LIKE '" in contains and "'%" not in contains:  # a prefix: the column's only test
            p.conds = [c for c in p.conds if c.split()[0] != contains.split()[0]]
            p.extra = [e for e in p.extra if e != contains.split()[0]]
            p.conds.append(contains)
            p.understood.append(contains)
            contains = None
        if contains and p.table == "events" and contains.startswith("message ILIKE '%"):
            contains = _mentioned_kind(p, rest, contains)
        part = contains.split("'%")[1].split("%'")[0].lower() if contains else ""
        if contains and any("like" in c.lower() and part in c.lower() for c in p.conds):
            contains = None  # already read: "an env var with PASSWORD in its name"
        if contains:
            # read as a value too, or as a column ("taints include gpu" is no gpu_capacity)
            p.conds = [c for c in p.conds if not c.lower().endswith(f" = '{part}'")]
            # "events mentioning ImagePullBackOff": no BackOff reason read out of the longer word said
            # nor the OOMKilling reason out of "mentioning oom": the text asked for, wherever it is
            # and none read out of a spelling of the same word ("mentioning OOMKilled", "back-off")
            reasons_read = [c for c in p.conds if c.startswith("reason = ")]
            inside = [c for c in reasons_read if _same_stem(part, c.split("'")[1])]
            p.conds = [c for c in p.conds if c not in inside or c.split("'")[1].lower() == part]
            p.conds = [c for c in p.conds if len(part) < 3 or part not in c.split()[0]]
            if " " in part:  # "events that say 'failed to pull'": no reason read out of the phrase quoted
                outside = rx.sub(r"(['\"])[^'\"]*\s[^'\"]*\1", " ", rest).replace("-", "")
                p.conds = [
                    c for c in p.conds
                    if not c.startswith("reason ") or any(r.lower() in outside for r in c.split("'")[1::2])
                ]
            p.conds.append(contains)
            p.understood.append(contains)
        _alternatives(p)
        _either_flags(p, rest, t)
        _either_compared(p, rest)
        if p.table == "events" and any(c.startswith("type =") for c in p.conds):
            # "average count per warning reason": the type is read already, the grouping is by reason
            per = r"\b(per|by|for each|each)\s+(?:warning|normal)\s+(?=reasons?\b|sources?\b)"
            rest = rx.sub(per, r"\1 ", rest)
        read_shape(p, rest, self)
        _both_sides(p, rest, self.catalog[p.table])
        asked = not (p.count or p.order) or rx.search(slots.ROOM_LEFT, rest)  # "how many more … can it add"
        diff = slots.difference(rest, self.catalog[p.table]) if asked else None
        if diff and p.group in (None, "name"):  # "cpu capacity - allocatable per node": each one's difference
            total = p.group is None and any(c.lower().startswith("sum(") for c in p.cols or [])
            p.cols, p.group, p.count = ([f"sum({diff})"] if total else None), None, False
            unit = unit_of(diff.split(" - ")[0], rest)
            diff = f"({diff}){unit}" if unit and not total else diff  # "… in GiB"
            p.extra = [diff]
            p.understood.append(diff)
        elif p.order and p.group is None and not p.count:
            # "hpa with the largest max minus current replicas": ranked by the difference, which is shown
            ranked = slots.difference(rest, self.catalog[p.table])
            by, _, direction = p.order.partition(" ")
            if ranked and by in ranked.split(" - "):
                p.order, p.extra = f"{ranked} {direction}".strip(), [ranked]
                p.understood.append(ranked)
        if pods_of and not p.group and p.cols is None:  # the pods, each once
            ns_fixed = any(c.startswith("namespace =") for c in p.conds)
            keys = "pod" if ns_fixed else "namespace, pod"
            p.cols, p.distinct, p.extra = [f"count(DISTINCT ({keys}))" if p.count else keys], not p.count, []
            p.count = False
        values_of = rx.search(
            r"\bvalues\b[^?]*?\b([a-z][\w./\-]*)\s+labels?\b|\b([a-z][\w./\-]*)\s+labels?\s+values\b", rest
        )  # the values a label takes, each once; "ns -> environment label value" lists it per object
        key = values_of and (values_of.group(1) or values_of.group(2))
        grounded = self.grounding is not None and key and key in self.grounding.label_values(table)
        if grounded and "labels" in columns:
            p.cols, p.distinct, p.extra = [f"labels[{quote(key)}]"], True, []  # "what values does app take"
            p.conds.append(f"labels[{quote(key)}] IS NOT NULL")
        if p.table == "containers" and rx.search(_MANY_TAGS, rest):  # "image repos with >1 tag in use"
            repo, where = "regexp_replace(image, ':[^:/]+$', '')", " AND ".join(p.conds)
            sql = f"SELECT {repo} AS repository, count(DISTINCT image) AS tags FROM containers"
            sql += (f" WHERE {where}" if where else "") + " GROUP BY 1 HAVING count(DISTINCT image) > 1"
            return sql, [*p.understood, "repositories running several tags"], 0.85
        if p.table == "containers" and rx.search(r"\b(?:per|each|by|every)\s+(?:image\s+)?registr", rest):
            p.count, p.cols, p.group = False, [f"{_REGISTRY} AS registry", "count(*)"], "1"
        elif (
            p.table == "containers"
            and rx.search(
                r"\bregistries\b|^\W*(?:which|what|list|show)\s+(?:the\s+)?(?:image\s+)?registry\b(?!\.)",
                rest,
            )
            and not rx.search(r"\b(?:how many|count|number of)\b", rest)
        ):  # "which registries do our images come from?": each registry once
            p.cols, p.distinct, p.extra = [f"{_REGISTRY} AS registry"], True, []
        if label_dim and "labels" in columns and p.order is None:  # a count per value of the label
            p.count, p.cols, p.group = True, None, f"labels[{quote(label_dim)}]"
            p.understood.append(f"per label {label_dim}")
            # "memory requested by each app": the pods' amount added up per value, not the pods counted
            summed = amount_column(rest) if p.table in ("pods", "containers") else None
            if summed is None and rx.search(r"\brestarts\b", rest) and "restarts" in columns:
                summed = "restarts"
            key = f"labels[{quote(label_dim)}]"
            if summed:
                p.count, p.cols = False, [f"{key}, sum({summed}){unit_of(summed, rest)} AS {summed}"]
            if rx.search(r"\b(most|fewest|least)\b", rest):  # "what app has the most pods (by app label)"
                n = summed or "n"
                p.count, p.conds = False, [*p.conds, f"{key} IS NOT NULL"]
                p.cols = p.cols if summed else [f"{key}, count(*) AS n"]
                p.order = f"{n} {'ASC' if rx.search(r'fewest|least', rest) else 'DESC'}"
                p.limit = p.limit or 1
        share = r"\b(?:percent(?:age)?|ratio|fraction|proportion|share) of\b|(?<!\d)% ?of\b"
        share = rx.search(share, rest)
        state = [c for c in p.conds if not c.startswith("namespace =")]
        # "of pods …", not "a limit to request ratio of 3"
        of_kind = share and any(k[2] == p.table for k in self.find_kinds(rest[share.end() :]))
        per = r"\b(?:per|by|in each|on each|for each|in every|on every|each|every)\s+(?:the\s+)?"
        per = of_kind and not (p.count or p.group) and rx.search(rf"{per}({_DIM_WORDS})\b", rest)
        dim = per and DIMS[per.group(1)]
        if dim and slots.column_type(self.catalog[p.table], dim) == "text":
            # "what percentage of pods in each namespace are running": a share per group, as "… per namespace"
            p.count, p.group = True, dim
            if dim == "node":
                p.conds.append("node IS NOT NULL")
        # "ratio of ready to total pods": the "total" is the whole the share is of, not a count asked
        to_total = share and rx.search(r"\bto (?:the )?(?:total|all)\b", rest)
        if of_kind and state and not ((p.count and not to_total) or p.group or p.cols or p.order or p.limit):
            # "percentage of pods running": one share of all of them (in the namespace said), not a list
            whole = "1.0" if rx.search(r"ratio|fraction|proportion", share.group(0)) else "100.0"
            p.cols = [f"{whole} * count(*) FILTER (WHERE {' AND '.join(state)}) / count(*)"]
            p.conds, p.extra, p.distinct, p.count = [c for c in p.conds if c not in state], [], False, False
        elif of_kind and state and p.count and p.group and not (p.cols or p.order or p.limit or p.having):
            # "percentage of ready pods per namespace": each group's share, its own pods counted in full
            state = [c for c in state if c != f"{p.group} IS NOT NULL"]
            p.cols = [f"{p.group}, 100.0 * count(*) FILTER (WHERE {' AND '.join(state)}) / count(*)"]
            p.conds, p.count = [c for c in p.conds if c not in state], False
        shown = self._subjects_shown(p, rest) if p.table == "events" and not p.group else None
        if shown is not None:
            return shown, [*p.understood, "the objects they are about, with their columns"], 0.85
        if p.table == "events" and p.cols is None and not p.group and self._event_columns(p, rest):
            return f"SELECT count(*) FROM ({render(p, self.catalog)})", p.understood, 0.85
        sql = render(p, self.catalog)
        through = _deployments_through_replicasets(sql) if p.table == "events" else None
        if through is not None:
            return through, [*p.understood, "deployments through their replica sets"], 0.8
        return sql, p.understood, 0.85

    def _subjects_shown(self, p: Parse, text: str) -> str | None:
        """ "Which nodes are the pods with BackOff events on?", "deployments with ScalingReplicaSet events,
        and how many replicas do they want?": the objects the events are about, with columns of their own."""
        placed = self._pods_on_node_with_events(p, text)
        if placed is not None:
            return placed
        if any(c.startswith("involved_name") for c in p.conds) or p.cols:
            return None  # one object's events: what the events say
        picked = self._subjects_in_state(p, text)
        if picked is not None:
            return picked
        said = [k for k in self.find_kinds(text) if k[2] in _EVENT_SUBJECTS]
        # events have no status: "what status are the pods with Failed events in?" asks the pods'
        events_own = {c.name for c in self.catalog["events"].columns} | (_GENERIC_COLUMNS - {"status"})
        how_many = rx.search(r"\bhow many\s+", text)
        # a column asked for, not one the events' own words name ("pulling images", "the scheduler says")
        asked = r"(?:^|\b(?:which|what|show|list|and|how many|how much)(?:'s)?\s+(?:(?:is|are|was|were)\s+)?"
        asked += r"|[+,:]\s*|->\s*)"
        asked += r"(?:(?:their|its|the)\s+)?(?:current\s+|present\s+)?$"  # "… and what is their status?"
        # the next of a list of them: "+ mem request/limit", "instance type and how much memory"
        listed = r"\s*(?:/|,|&|\+|and|or)\s*(?:(?:their|its|the)\s+)?(?:how (?:much|many)\s+)?"
        # a list in brackets: "(instance type, memory capacity)", not "(scheduler events)"
        bracketed = {m.end() for m in rx.finditer(r"\(\s*(?=[^)]*,)", text)}
        found: list[tuple[str, list[str], bool]] = []
        for pos, _, t in said:
            matches, last_end = [], None
            for m in sorted(slots.find_columns(text, self.catalog[t]), key=lambda m: m.start):
                if (
                    m.column not in events_own
                    and not m.start <= pos < m.end
                    and not (m.end <= pos and not text[m.end : pos].strip())  # "failed jobs": their state
                    and not rx.match(r"\s*pull", text[m.end :])  # "image pulls failing": what the events say
                    and (
                        rx.search(asked, text[: m.start])
                        or m.start in bracketed
                        or (last_end is not None and rx.fullmatch(listed, text[last_end : m.start]))
                    )
                ):
                    matches.append(m)
                    last_end = m.end
            if p.count and not (how_many and any(m.start == how_many.end() for m in matches)):
                continue  # "how many replicas do they want" asks a column; else the events are counted
            if matches:  # "nodes of pods …": a kind word that is the other kind's column
                names_other = any(m.start <= k[0] < m.end for m in matches for k in said if k[2] != t)
                found.append((t, list(dict.fromkeys(m.column for m in matches)), names_other))
        kind = next((c.split("= ")[1].strip("'") for c in p.conds if c.startswith("involved_kind =")), None)
        chosen = [f for f in found if f[2]] or [f for f in found if self.catalog[f[0]].kind == kind]
        if not chosen:
            return None
        t, columns, _ = chosen[0]
        table = self.catalog[t]
        conds = [c for c in p.conds if not c.startswith("involved_kind")]
        where = []
        for cond in conds:
            tree = sqlglot.parse_one(cond, read="duckdb")
            joins.qualify(tree, "e")
            where.append(tree.sql(dialect="duckdb"))
        ns_fixed = any(c.startswith("namespace =") for c in conds)
        ident = ["x.name"] if ns_fixed or not table.namespaced else ["x.namespace", "x.name"]
        on = f"e.involved_kind = {quote(table.kind)} AND e.involved_name = x.name"
        if table.namespaced:  # the object itself, not an earlier one of its name (a node's events: its name)
            on = "e.involved_uid = x.uid"
        shown = ", ".join([*ident, *(f"x.{c}" for c in columns)])
        sql = f"SELECT DISTINCT {shown} FROM events e JOIN {t} x ON {on}"
        return sql + (f" WHERE {' AND '.join(where)}" if where else "")

    def _one_pod_named(self, text: str, namespace: str | None) -> str | None:
        """The filter (on `p`) for the one pod the question names by its name, or None."""
        held = self.grounding.names("pods") if self.grounding is not None else frozenset()
        named = {w for w in re.findall(r"[a-z0-9][\w.\-]*[a-z0-9]", text) if w in held}
        if len(named) != 1:
            return None
        where = f"p.name = {quote(named.pop())}"
        return f"p.namespace = {quote(namespace)} AND {where}" if namespace else where

    def _node_of_pod_ready(self, text: str, namespace: str | None) -> str | None:
        """ "Which node is pod kafka-0 on, and is that node ready?": the node of the one pod named, with its
        readiness (the node's, not the pod's)."""
        asked = (
            r"\bis\s+(?:that|the|its|this)\s+node\s+(?:\w+\s+)?ready\b"
            r"|\bnodes?\b.*\b(?:is|whether)\s+(?:it|that|that one|the node)\s+(?:is\s+)?ready\b"
            r"|\bis\s+the\s+node\s+(?:of|running|hosting|for|under|behind)\s+.*\bready\b"
        )
        # "status of the node running legacy-etl-worker", "is x's node healthy? show its status": its STATUS
        status = (
            r"\bstatus of (?:the |its )?node (?:running|hosting|of|for|under|behind|that runs|where)\b"
            r"|\bstatus of the node\b.*\b(?:runs?|is|sits?|lives?) on\b"
            r"|[a-z0-9]'s node\b.*\b(?:healthy|status|ok)\b"
        )
        column = "status" if rx.search(status, text) else "ready"
        if column == "ready" and not rx.search(asked, text):
            return None
        where = self._one_pod_named(text, namespace)
        if where is None:
            return None
        return f"SELECT n.name, n.{column} FROM pods p JOIN nodes n ON n.name = p.node WHERE {where}"

    def _node_events_of_pod(self, text: str, namespace: str | None) -> str | None:
        """ "Events on the node that pod x runs on", "node events for po x": the events of that pod's node."""
        asked = (
            r"\bevents?\b.*\b(?:on|of|for|about)\s+(?:the\s+|its\s+)?node\s+(?:that|which|where)\b"
            r"|\bnode\s+events?\s+(?:for|of|about)\b"
            r"|\bevents?\b.*\b(?:of|on|for)\s+(?:the\s+)?(?:pod\s+|po\s+)?[a-z0-9][\w\-]*'s\s+node\b"
        )
        where = self._one_pod_named(text, namespace) if rx.search(asked, text) else None
        if where is None:
            return None
        on = "e.involved_kind = 'Node' AND e.involved_name = p.node"
        return f"SELECT e.type, e.reason, e.message FROM pods p JOIN events e ON {on} WHERE {where}"

    def _pods_on_node_with_events(self, p: Parse, text: str) -> str | None:
        """ "Which pods on worker-7 have warning events?": the pods of that node (each once) that the events
        are about, not the node's own events."""
        m = rx.search(
            r"(?:^\s*|\b(?:which|what|list|show(?: me)?|the|any|how many)\s+)(?:pods|po)\s+(?:running\s+)?"
            r"on\s+(?:the\s+)?(?:node\s+)?([a-z0-9][\w.\-]*)\s+(?:that\s+|which\s+)?"
            r"(?:have|has|had|got|get|with|saw|show)\b",
            text,
        )
        if m is None or self.grounding is None or m.group(1) not in self.grounding.names("nodes"):
            return None
        where = [f"p.node = {quote(m.group(1))}"]
        for cond in p.conds:
            if cond.startswith(("involved_kind", "involved_name", "source_host")):
                continue
            tree = sqlglot.parse_one(cond, read="duckdb")
            joins.qualify(tree, "e")
            where.append(tree.sql(dialect="duckdb"))
        shown = "count(DISTINCT (p.namespace, p.name))" if p.count else "DISTINCT p.namespace, p.name"
        joined = "FROM pods p JOIN events e ON e.involved_uid = p.uid"
        return f"SELECT {shown} {joined} WHERE {' AND '.join(where)}"

    def _subjects_in_state(self, p: Parse, text: str) -> str | None:
        """ "Which pending pods have FailedScheduling events?", "running pods with warning events": the
        pods (each once) a state picks among those the events are about."""
        m = rx.search(
            r"(?:^\s*|\b(?:which|what|list|show(?: me)?|the|all|any)\s+)"
            r"([a-z][a-z\-]*(?:\s+(?:and\s+)?[a-z\-]+)?)\s+"  # "running and ready pods with warnings"
            r"(pods|po)\s+(?:with|that|which|having|have|has|had|got|get)\b",
            text,
        )
        # "daemonset pods with warning events" (said as "pods owned by a daemonset with …"): the owner is the
        # pods' (the events' reading took it as theirs)
        owner = r"(?:daemon ?sets?|ds|stateful ?sets?|sts|jobs?|replica ?sets?|rs)"
        after = r"\s+(?:with|that|which|having|have|has|had|got|get)\b"
        owned_said = rx.search(rf"\b(?:pods|po) owned by (?:an? |the )?{owner}{after}", text)
        if (m is None and owned_said is None) or p.count or "involved_kind = 'Pod'" not in p.conds:
            return None
        state = self._conditions("pods", m.group(1), [])[0] if m else []
        owned = [c for c in p.conds if c.startswith("owner_kind =")]
        state = state or (owned if owned_said or rx.fullmatch(owner, m.group(1)) else [])
        if not state or any("namespace" in c or "name =" in c for c in state):
            return None  # no state said: the events' own reading lists them
        about = [c for c in p.conds if not c.startswith("involved_kind") and c not in state]
        where = []
        for cond in [*about, *state]:
            tree = sqlglot.parse_one(cond, read="duckdb")
            joins.qualify(tree, "e" if cond in about else "p")
            where.append(tree.sql(dialect="duckdb"))
        ns_fixed = any(c.startswith("namespace =") for c in p.conds)
        ident = "p.name" if ns_fixed else "p.namespace, p.name"
        return (
            f"SELECT DISTINCT {ident} FROM pods p JOIN events e ON e.involved_uid = p.uid"
            f" WHERE {' AND '.join(where)}"
        )

    def _event_columns(self, p: Parse, text: str) -> bool:
        """The events' columns a question asks for: "reason and message", "which pods got Killing events"
        (the pods, once each), "object + reason". True: the objects so picked are to be counted."""
        asked = [c for c, pattern in _EVENT_COLUMNS if rx.search(pattern, text)]
        listed = r"\b(?:reasons?|messages?|types?|objects?)\s*(?:and|,|\+|&)\s*(?:their\s+|its\s+|the\s+)?"
        listed += r"counts?\b"
        shown = r"\b(?:with|and|plus|\+)\s+(?:their\s+|its\s+|the\s+)?counts?\s*(?:[?.!]\s*)?$"
        if p.count and not p.group and (asked and rx.search(listed, text) or rx.search(shown, text)):
            # "reason and count of the events for pod x": each event's count column beside its reason
            p.count = False
            asked.append("count")
            p.extra.append("count")
        reason_fixed = any(c.startswith("reason =") for c in p.conds)
        if reason_fixed and not rx.search(r"\breasons?\b|\bwhat reason\b", text):
            # "which hpas failed to get metrics, and why?": the reason is known, the message says why
            asked = list(dict.fromkeys("message" if c == "reason" else c for c in asked))
        if any(c.startswith("count ") and c != "count = 1" for c in p.conds) and not p.count:
            p.extra.append("count")  # "events that repeated more than 100 times": how many times each did
        if any(c.startswith("involved_name =") for c in p.conds):
            # "what do its events say?": all of each one (type, reason, message), as "kubectl describe" shows
            told = asked == ["message"] and not rx.search(r"\b(?:messages?|msgs?|just|only)\b", text)
            told = told and rx.search(r"\bwhat (?:do|does)\b[^?.]*?\b(?:events?|ev)\b[^?.]*?\bsay\b", text)
            if asked and not p.count and asked != ["count"] and not told:  # one object's events: what's asked
                p.cols, p.distinct = asked, asked == ["reason"]
            return False
        of_one = r"^\s*(?:what(?:'s| is| was)\s+)?(?:the\s+)?"
        of_one += r"(?:types?|reasons?|messages?|msgs?)\s+(?:of|for)\b"
        if asked and p.limit == 1 and not p.count and not p.group and rx.search(of_one, text):
            p.cols = asked  # "what is the message of the latest warning?": that one event's message
            return False
        kind = next((c.split("= ")[1].strip("'") for c in p.conds if c.startswith("involved_kind =")), None)
        per = [
            t
            for at, _, t in self.find_kinds(text)
            if self.catalog[t].kind == kind and rx.search(r"\b(?:per|each|every|by)\s+$", text[:at])
        ]
        per = per or [  # "which pods are being backed off, and how many times?": each with its count
            t
            for at, _, t in self.find_kinds(text)
            if self.catalog[t].kind == kind
            and rx.search(r"^\W*(?:which|what)\s+$", text[:at])
            and rx.search(r"(?:\band|,)\s+how many\b", text[at:])
        ]
        if per and not rx.search(r"\b(?:most|fewest|least|top)\b", text) and not rx.match(r"\s*when\b", text):
            # "number of events per pod", "warning events per deployment": each object with its count
            ns_fixed = any(c.startswith("namespace =") for c in p.conds)
            one_ns = ns_fixed or not self.catalog[per[0]].namespaced
            p.count, p.group = True, "involved_name" if one_ns else "namespace, involved_name"
            return False
        # "^\s*": a namespace word cut off the start ("frontend po with Warning events")
        lead = r"(?:^\s*|\b(?:which|what|list|show(?: me)?|the|all|how many|number of|count(?: of)?|# of)\s+"
        lead += r"(?:distinct\s+|different\s+)?(?:of\s+(?:my|our|the)\s+)?|\b(?:my|our)\s+|[:,(+]\s*)"
        # "which pods got …", "which objects …", "which of my pods have …": the subjects asked for, each once
        subjects = rx.search(
            r"\b(?:which|what) (?:objects|things)\b|\bjust the objects\b|"
            r"\bjust (?:tell me |show me |give me |list )?which (?:ones|of them)\b|"
            r"\bjust (?:the )?(?:node |pod |object )?names\b|"
            r"(?<!kinds of )(?<!types of )(?<!kind of )\bobjects\b(?:\s+in\s+\S+)?\s+(?:that\s+|which\s+)?"
            r"(?:have|has|had|got|with|throwing|raising)\b",
            text,
        ) or any(
            t in _EVENT_SUBJECTS
            and self.catalog[t].kind == kind
            and rx.search(lead + re.escape(phrase) + _SUBJECT_VERB, text)
            # "what events are there for the nodes?": the events asked, about those objects
            and not rx.search(
                r"(?<!\bwhich )(?<!\bwhat )(?<!\bnumber )(?<!\bcount )(?<!# )"
                r"\b(?:about|for|of|on|involving|against|from)\s+(?:the\s+|all\s+|my\s+|our\s+)?$",
                text[:at],
            )
            for at, phrase, t in self.find_kinds(text)
        )
        if rx.match(r"\s*(?:why|how come)\b", text) or rx.search(r"\b(?:going on|happening) with\b", text):
            subjects = False  # "why are the replica sets in kube-system failing …": what their events say
            # ("what's going on with the pvcs? their events": the events told in full)
        # "pods with image pull errors (events)": the errors name the events, not a column ("… and the error",
        # "and why" ask for it)
        # "events saying an image pull failed": what they say picks them; "and what are they saying?" asks it
        said = r"\b(?:messages?|msgs?|why)\b|\b(?:says?|saying|said)\b(?!\s+(?:that\s+)?(?:an?|the)\s)"
        said += r"|\b(?:and|what|the|their|its|exactly)\s+(?:\w+\s+)?errors?\b"
        if subjects and asked == ["message"] and not rx.search(said, text):
            asked = []
        if not p.count and not asked and rx.search(
            r"\b(?:which|what) (?:namespaces|ns)\b" + _SUBJECT_VERB, text
        ):  # "which namespaces have FailedCreate events?": the places, each once
            p.cols, p.distinct = ["namespace"], True
            return False
        held = rx.search(
            rf"({slots.MORE}|{slots.LESS}|{slots.EXACT})\s*(\d+)\s+(?:\w+\s+)?(?:events?|warnings?)\b", text
        )
        if p.count:
            if subjects and kind:  # "how many pods got BackOff events": pods, not events
                ns_fixed = any(c.startswith("namespace =") for c in p.conds)
                one = "involved_name" if ns_fixed or kind == "Node" else "(namespace, involved_name)"
                p.count, p.cols = False, [f"count(DISTINCT {one})"]
                if held:  # "how many pods have more than 1 warning": the objects so counted, counted
                    p.cols, p.group = [one.strip("()")], one.strip("()")
                    p.having = f"count(*) {slots._operator(held.group(1))} {held.group(2)}"
                    return True
            return False
        if not subjects and set(asked) <= {"type"} and rx.search(_OBJECT_KINDS, text):
            p.cols, p.distinct = ["involved_kind"], True  # "what kinds of objects have warning events?"
            return False
        if not subjects and not asked and rx.search(_JUST_SOURCES, text) and not rx.search(_RANKED, text):
            p.cols, p.distinct = ["source"], True  # "which components report events", "list event sources"
            p.extra = [e for e in p.extra if e != "source"]
            return False
        kinds_of = set(asked) <= {"type"} and rx.search(_KINDS_OF, text)  # "what kinds of warnings": reasons
        if not subjects and (asked == ["reason"] or kinds_of) and rx.search(_JUST_REASONS, text):
            p.cols, p.distinct = ["reason"], True  # "the distinct warning reasons in payments"
            return False
        if not subjects and not rx.search(r"\bobjects?\b(?!\s*=)", text):  # "object and reason": a column
            return False
        ns_fixed = any(c.startswith("namespace =") for c in p.conds)
        ident = "involved_name" if kind or any(c.startswith("reason =") for c in p.conds) else "object"
        if not kind and rx.search(r"\bobject\s*(?:and|,|\+|&)", text):
            ident = "object"  # "FailedCreate events, object and message": the column so named
        p.cols = [*([] if ns_fixed or kind == "Node" else ["namespace"]), ident, *asked]
        p.distinct = bool(subjects) and "message" not in asked
        if subjects and held and not asked:  # "pods with more than 2 warning events": the objects so counted
            p.group, p.distinct = ", ".join(p.cols), False
            p.having = f"count(*) {slots._operator(held.group(1))} {held.group(2)}"
        return False

    def _slots(self, p: Parse, text: str, skip_words: list[str]) -> None:
        """The catalog-driven slots: numbers compared, flags, cluster values, columns asked to see."""
        table = self.catalog[p.table]
        if any(c.name == "ports" for c in table.columns):
            text = _port_names(text)
        if slots.column_type(table, "nodes") == "list" and self.grounding is not None:
            # "services with endpoints on worker-7": the endpoints' addresses on that node
            for m in rx.finditer(r"\b(?:on|in|at)\s+(?:the\s+)?(?:node\s+)?([a-z0-9][a-z0-9\-.]*)", text):
                if m.group(1) in self.grounding.nodes:
                    p.conds.append(f"list_contains(nodes, {quote(m.group(1))})")
                    p.understood.append(m.group(0))
                    text = text.replace(m.group(0), " ")
        for cond, words in slots.compared_columns(text, table):  # "up-to-date < desired"
            if not columns_of([cond]) & columns_of(p.conds):
                p.conds.append(cond)
                p.understood.append(words)
                p.extra = [e for e in p.extra if e not in columns_of([cond])]  # compared, not asked to see
                text = text.replace(words, " ")
        for cond, words in slots.version_conditions(text, table):  # "kubelet older than 1.29"
            p.conds.append(cond)
            p.understood.append(words)
            text = text.replace(words, " ")
        # a column already held to a value is not compared again; one compared with another column is free
        # ("deployments with more than 3 replicas that are not ready": desired > 3 beside ready < desired)
        pair = r"[a-z_]+ (?:<|>|<=|>=|=|<>) [a-z_]+"
        taken = columns_of([c for c in p.conds if not rx.fullmatch(pair, c)])
        for cond, words in slots.numeric_conditions(text, table):
            if columns_of([cond]) & taken:
                continue
            p.conds.append(cond)
            p.understood.append(words)
            column = cond.split()[0]
            if cond.split()[1] == "=":  # "deployments with one replica": one value, not worth a column
                p.extra = [e for e in p.extra if e != column]
            start = text.find(words)
            end = start + len(words) + 1  # "cpu request > 2 cores": words touching the number name it once
            named = [m for m in slots.find_columns(text, table) if m.column == column]
            named = [m for m in named if not (start - 2 <= m.end and m.start <= end)]
            if named or rx.search(  # "pods requesting >= 4 cpu, with the request", "(max usage %)"
                r"\b(?:with|and|plus) (?:the |their |its )?(?:request|limit|value|amount|how much)\b"
                r"|\band how many times\b",  # "restarted more than twice, and how many times?"
                text,
            ):
                p.extra.append(column)
        taken = columns_of(p.conds)
        for cond, words in slots.boolean_conditions(text, table, taken):
            p.conds.append(cond)
            p.understood.append(words)
        # a column already asked to be shown is not also a filter: "crashlooping po w/ restarts"
        for cond, words in slots.present_conditions(text, table, columns_of(p.conds) | set(p.extra)):
            p.conds.append(cond)
            p.understood.append(words)
            # "set maxUnavailable, and to what?", "…, and how many cores is it?"
            if rx.search(r"\b(?:and )?to what(?: value)?\b|\band how (?:many|much)\b", text):
                p.extra.append(cond.split()[0])
        for cond, words in slots.missing_conditions(text, table, columns_of(p.conds)):
            p.conds.append(cond)
            p.understood.append(words)
        for words in p.understood:  # "mem limit set", "cpu limit missing" filter; they do not show
            if rx.search(r"\b(?:set|defined|specified|missing|unset|absent)$", words):
                text = text.replace(words, " ")
        for cond, words in slots.owner_condition(text, table, self._kinds, self.catalog):
            p.conds.append(cond)
            p.understood.append(words)
        if (
            p.table == "jobs"
            and "status = 'Failed'" in p.conds
            and rx.search(r"^\s*(?:why|how come)\b|\band why\b|\bwhy (?:did|do|does)\b", text)
            and "failure_reason" not in p.extra
        ):  # "why did the jobs in data fail?": the reason of each failure
            p.extra.append("failure_reason")
        owners = r"\b(?:(?:with|and|plus) (?:their |its |the )?owners?|the owners? of)\b"
        owners += r"(?! (?:kind|name)s?\b)"  # not "owner kind", a column of its own
        if (
            {"owner_kind", "owner_name"} <= {c.name for c in table.columns}
            and rx.search(owners + r"|\b(?:who|what) owns (?:them|the|my|these|those|each)\b", text)
            and not columns_of(p.conds) & {"owner_kind", "owner_name"}
            and not rx.search(r"\b(?:no|without|missing|any) (?:an? )?owners?\b", text)
        ):  # "my pods and their owners", "who owns the pods in data": the owner's kind and name beside each
            p.extra += [c for c in ("owner_kind", "owner_name") if c not in p.extra]
        if self.grounding is not None and p.table == "containers" and "pod" not in taken:
            for cond, value in slots.name_conditions(text, self.grounding.names("pods"), skip_words):
                p.conds.append(cond.replace("name =", "pod =", 1))  # "the containers of ledger-db-0"
                p.understood.append(f"pod {value}")
                skip_words = [*skip_words, value]
                taken = taken | {"pod"}
        if self.grounding is not None and p.table == "containers" and "pod" not in taken:
            prefix = self._workload_pods(text, skip_words)
            if prefix:  # "the order-history pod's init container", "blackbox-exporter restarts per container"
                pods = [pod for pod in self.grounding.names("pods") if pod.startswith(prefix + "-")]
                homes = {self.grounding.home("pods", pod) for pod in pods}
                if len(homes) == 1 and None not in homes and "namespace" not in taken:
                    p.conds.insert(0, f"namespace = {quote(homes.pop())}")  # type: ignore[arg-type]
                # one pod: the only one so named, or a workload that asks for one replica
                asked = [self.grounding.by_name(t, "desired").get(prefix, frozenset()) for t in _SCALED]
                replicas = set().union(*asked)
                said_ns = [c.split("= ", 1)[1].strip("'") for c in p.conds if c.startswith("namespace = ")]
                if said_ns:  # "the frontend pod here": one in this namespace, whatever others hold
                    pods = [pod for pod in pods if self.grounding.home("pods", pod) in (said_ns[0], None)]
                p.one_pod = len(pods) == 1 or replicas == {"1"}
                # "which env vars does the frontend pod set": the pod's, no container said or counted out
                counted = rx.search(r"\b(?:containers?|ctrs?|sidecars?|per|each|every)\b", text)
                p.pod_only = p.one_pod and not counted
                p.conds.append(f"pod LIKE {quote(prefix + '-%')}")
                p.understood.append(f"pods of {prefix}")
                skip_words = [*skip_words, prefix]
                taken = taken | {"pod"}
        if self.grounding is not None and "name" not in taken:
            # a value said beside another column is that column's: "hpas whose target is storefront"
            found = slots.adjacent_values(text, table, self._beside_values, taken, unheld=True)
            beside = [v for _, v in found]
            held = self.grounding.names(p.table)
            for cond, value in slots.name_conditions(text, held, [*skip_words, *beside]):
                p.conds.append(cond)
                p.understood.append(f"named {value}")
                skip_words = [*skip_words, value]
        # "deployments named checkout-api": its name, not also its service account's
        named_values = {m.group(1) for c in p.conds if (m := rx.fullmatch(r"name = '([^']*)'", c))}
        taken = columns_of(p.conds)
        if self.grounding is not None:
            owned = taken | (STATE_COLUMNS if p.table in STATE_TABLES else {"name"})
            # a value said beside its column is that column's alone: "service account kafka" is no owner
            found = slots.adjacent_values(text, table, self._beside_values, owned, unheld=True)
            beside = {v: columns_of([c]) for c, v in found}
            for cond, value in slots.value_conditions(text, table, self._values, owned, skip_words):
                if value in beside and columns_of([cond]) != beside[value] or value in named_values:
                    continue
                p.conds.append(cond)
                p.understood.append(value)
                if " IN (" in cond:
                    p.listed = cond.split()[0]
        if self.grounding is not None:
            for cond, value in slots.adjacent_values(
                text, table, self._beside_values, columns_of(p.conds), unheld=True
            ):
                p.conds.append(cond)
                p.understood.append(value)
        for cond, words in slots.list_conditions(text, table, columns_of(p.conds)):
            p.conds.append(cond)
            p.understood.append(words)
        port = _port_said(text) if any(c.name == "ports" for c in table.columns) else None
        if port and "ports" not in columns_of(p.conds):  # a port nothing declares: none, not every object
            p.conds.append(f"len(list_filter(ports, x -> x LIKE '{port}/%' OR x LIKE '{port}:%')) > 0")
            p.understood.append(f"port {port}")
        host = rx.search(r"(?<![\w\-.*/])([a-z0-9\-]+(?:\.[a-z0-9\-]+)*\.[a-z]{2,})(?![\w\-./:])", text)
        if host and any(c.name == "hosts" for c in table.columns) and "hosts" not in columns_of(p.conds):
            p.conds.append(f"list_contains(hosts, {quote(host.group(1))})")  # one nothing serves: none
            p.understood.append(f"host {host.group(1)}")
        for m in slots.find_columns(text, table):  # "external ip pending": kubectl's '<pending>' (described)
            said = next(c.description for c in table.columns if c.name == m.column)
            marked = rx.search(r"'<(\w+)>'", said)
            held = f"{m.column} = " in " ".join(p.conds)
            if marked and rx.search(rf"\b{marked.group(1)}\b", text) and not held:
                # not also "has external ips" (its list): the one kubectl shows is what is said
                p.conds = [c for c in p.conds if not columns_of([c]) & {m.column, m.column + "s"}]
                p.conds.append(f"{m.column} = {quote('<' + marked.group(1) + '>')}")
                p.understood.append(f"{m.column} {marked.group(1)}")
        # a column held to one value is not shown: "secrets with type helm.sh/release.v1" lists the secrets
        # (a label too: "namespaces of the commerce team")
        held_to_one = r"(?:[\w\"]+|labels\['[^' ]*'\]) = '[^']*'"
        fixed = {c.split()[0] for c in p.conds if rx.fullmatch(held_to_one, c)}
        p.extra = [e for e in p.extra if e not in fixed]
        sizes = [m.column for m in slots.find_columns("size", table)]
        if sizes and rx.search(r"\bhow (?:big|large)\b", text) and not set(sizes) & set(p.extra):
            p.extra.append(sizes[0])  # "how big is each pvc in data, in GiB?": what the kind calls its size
        own_words = [w for w, name in self._kinds.items() if name == table.name]
        # list sizes and "has one" conditions keep their column free to be shown
        shown = [
            c
            for c in p.conds
            if not c.startswith(("len(", "coalesce(len(")) and "IS NOT NULL" not in c
            and not rx.search(r" (?:NOT )?IN \(| <> ", c)  # several values left: "… and what is their status"
        ]
        filtered = columns_of(shown)
        for c in p.conds:  # a list said by what it holds, not its name: "pods with persistent storage"
            listed = rx.fullmatch(r"len\((\w+)\) > 0", c)
            own = listed and listed.group(1).replace("_", " ").removesuffix("s")
            if own and not rx.search(rf"\b{own.replace(' ', '[ _]?')}", text):
                filtered.add(listed.group(1))
        filtered |= {c.removeprefix("desired_") for c in filtered}  # "completions > 1" filters, not shows
        asked = rx.search(r"\b(?:their|its|the|show\w*|plus|and|how many)\s+unavailable", text)
        if "ready_replicas < desired" in p.conds and not asked:  # "with unavailable replicas": the state said
            filtered.add("unavailable_replicas")
        for column in slots.projections(
            text, table, filtered, own_words
        ):  # "nodes with taints and what they are"
            if column not in p.extra and f"last_{column}" not in p.extra:  # one exit code, the last one
                p.extra.append(column)
                p.understood.append(f"showing {column}")
        pair = r"\bdesired\s*(?:vs\.?|versus|and|/)\s*ready\b(?!\s+(?:replicas?|pods?))|"
        pair += r"\bready\s*(?:vs\.?|versus|/)\s*desired\b"
        if rx.search(pair, text) and "ready_replicas" not in p.extra and any(
            c.name == "ready_replicas" for c in table.columns
        ):  # "daemonsets desired vs ready": READY beside DESIRED, as the number of ready replicas
            if "desired" not in p.extra:
                p.extra.append("desired")
            p.extra.insert(p.extra.index("desired") + 1, "ready_replicas")

    # ---------------------------------------------------------------- special intents
    def _groups_requesting(self, text: str) -> str | None:
        """Namespaces or nodes whose pods request more (or less) than an amount in all: "which namespaces
        request more than 10 cores in total?", "nodes with over 20Gi of memory requests"."""
        m = rx.fullmatch(
            rf"\s*(?:which |what |list |show )?(namespaces|ns|nodes)\s+(?:that |which |whose pods )?"
            rf"(request\w*|with|having|have|has)\s+(?:a total of |in total |total )?"
            rf"({slots.MORE}|{slots.LESS})\s*(\d+(?:\.\d+)?)\s*(?:(gi|gib|mi|mib|ti|tib|m)\b)?\s*(?:of\s+)?"
            r"(cpu cores?|cores?|cpus?|cpu|memory|mem)?\s*(?:(cpu|memory|mem)\s+)?"
            r"(requests?|requested|limits?)?\s*"
            r"(?:(?:in )?total|altogether|combined)?\W*",
            text,
        )
        if not m or not (m.group(5) or m.group(6) or m.group(7)):
            return None
        if not (m.group(2).startswith("request") or m.group(8)):
            return None  # "namespaces with more than 10 cpu": nothing says requests or limits
        said = (m.group(6) or m.group(7) or "").lower()
        unit = (m.group(5) or "").lower()
        memory = said in ("memory", "mem") or (not said and unit not in ("", "m"))
        if not said and not unit:
            return None
        limit = (m.group(8) or "").startswith("limit")
        column = ("memory" if memory else "cpu") + ("_limit" if limit else "_request")
        group = "node" if m.group(1) == "nodes" else "namespace"
        where = " WHERE node IS NOT NULL" if group == "node" else ""
        op, value = slots._operator(m.group(3)), slots._scaled(m.group(4), m.group(5), column)
        return f"SELECT {group} FROM pods{where} GROUP BY {group} HAVING sum({column}) {op} {value}"

    def _groups_holding(self, text: str) -> str | None:
        """Namespaces or nodes holding more (or fewer) than N objects of a kind: "ns with over 2 pvcs";
        images used by more than N containers or pods."""
        counts = r"(?:,?\s*(?:and|with|\+|plus)\s+(?:their |the |its )?(?:counts?|numbers?|totals?|how many"
        counts += r"(?: (?:each|apiece|of them|they have))?)|\s*\((?:the |their |with )?counts?\))\W*$"
        shown = rx.search(counts, text)
        if shown:  # "namespaces with more than 10 warning events, and how many each": the count shown too
            sql = self._groups_holding(text[: shown.start()])
            tree = sqlglot.parse_one(sql, read="duckdb") if sql else None
            if tree is None or "HAVING COUNT(*)" not in tree.sql(dialect="duckdb").upper():
                return None
            return tree.select("count(*)", copy=False).sql(dialect="duckdb")
        m = rx.fullmatch(
            rf"\s*(?:which |what |list |show )?(?:container )?images\s+(?:that are\s+|are\s+)?"
            rf"(?:(?:used|running|run|deployed|found|shared)\s+)?(?:in|by|on|with|across|for|in use by)\s+"
            rf"(?:({slots.MORE}|{slots.LESS})\s*{NUMW}|(several|multiple|different))\s+"
            r"(containers?|pods?|namespaces?|ns|nodes?|deployments?|deploys?|statefulsets?|daemonsets?)\W*",
            text,
        )
        if m and m.group(3):  # "images shared by several deployments": by more than one
            op, n = ">", 1
        elif m:
            op, n = slots._operator(m.group(1)), number(m.group(2))
        if m and n is not None:  # "images used in more than 10 containers": grouped, counted
            said = m.group(4).rstrip("s")
            workloads = self._kinds.get(said) or self._kinds.get(m.group(4))
            if workloads in ("deployments", "statefulsets", "daemonsets"):  # their pod templates' images
                each = f"SELECT DISTINCT namespace, name, unnest(images) AS image FROM {workloads}"
                return f"SELECT image FROM ({each}) GROUP BY image HAVING count(*) {op} {int(n)}"
            per = {"container": "count(*)", "pod": "count(DISTINCT (namespace, pod))"}
            per["node"] = "count(DISTINCT node)"
            counted = per.get(said, "count(DISTINCT namespace)")
            return f"SELECT image FROM containers GROUP BY image HAVING {counted} {op} {int(n)}"
        counted_groups = rx.match(r"\s*how many (?=(?:namespaces|ns|nodes)\s)", text)
        if counted_groups:  # "how many namespaces have more than 5 pods": those groups, counted
            text = text[counted_groups.end() :]
        spanned = rx.match(r"(.*?\s)between\s+(\d+)\s+and\s+(\d+)(\s.*)", text)
        if spanned:  # "nodes with between 10 and 30 pods": both ends kept
            text = f"{spanned.group(1)}at least {spanned.group(2)}{spanned.group(4)}"
        m = rx.fullmatch(
            rf"\s*(?:which |what |list |show )?(namespaces|ns|nodes)\s+(?:are\s+there\s+)?"
            rf"(?:with|having|that have|have|has|hold\w*|contain\w*|running|run)\s+"
            rf"({slots.MORE}|{slots.LESS}|{slots.EXACT})?\s*(\d+)\s+(.+?)\W*",  # no word: exactly so many
            text,
        )
        if counted_groups or spanned:
            sql = self._groups_holding(text) if m else None
            if sql and spanned:
                low, high = spanned.group(2), spanned.group(3)
                sql = sql.replace(f" >= {low}", f" BETWEEN {low} AND {high}")
            if sql and " BETWEEN " not in sql and spanned:
                return None
            return f"SELECT count(*) FROM ({sql})" if sql and counted_groups else sql
        amount = self._groups_requesting(text)
        if amount:
            return amount
        kinds = self.find_kinds(m.group(4)) if m else []
        if not m or not kinds:
            return None
        group = "node" if m.group(1) == "nodes" else "namespace"
        counted = kinds[0][2]
        if group not in {c.name for c in self.catalog[counted].columns}:
            return None
        conds = [f"{group} IS NOT NULL"] if group == "node" else []  # pending pods are on no node
        if len(kinds) > 1 or kinds[0][0] != 0 or len(kinds[0][1]) < len(m.group(4).strip()):
            # "more than 5 crashlooping pods": only the objects the rest of the phrase keeps are counted
            sql, _, _ = self._parse(m.group(4), m.group(4), None)
            tree = sqlglot.parse_one(sql, read="duckdb") if sql and f" FROM {counted}" in sql else None
            if tree is None or tree.args.get("where") is None or tree.find(exp.Join, exp.AggFunc, exp.Group):
                return None
            conds.append(tree.args["where"].this.sql(dialect="duckdb"))
        op, n = slots._operator(m.group(2)), m.group(3)
        if op in ("<", "<="):  # fewer than N: the groups holding none count too
            base = "namespaces" if group == "namespace" else "nodes"
            on = sqlglot.condition(" AND ".join([f"{group} = a.name", *conds]), dialect="duckdb")
            joins.qualify(on, "b")
            return (
                f"SELECT a.name FROM {base} AS a LEFT JOIN {counted} AS b ON {on.sql(dialect='duckdb')} "
                f"GROUP BY a.name HAVING count(b.{group}) {op} {n}"
            )
        where = f" WHERE {' AND '.join(conds)}" if conds else ""
        return f"SELECT {group} FROM {counted}{where} GROUP BY {group} HAVING count(*) {op} {n}"

    def _names_one(self, text: str) -> bool:
        """Whether the text names some object: "labels of pod web-1" asks that one's labels."""
        if self.grounding is None:
            return False
        words = rx.findall(r"[a-z0-9][a-z0-9\-.]*[a-z0-9]", text)
        return any(("-" in w or rx.search(r"\d", w)) and self._object_names_anywhere(w) for w in words)

    def _run_times(self, rest: str, ns: str | None) -> str | None:
        """ "Average duration of completed jobs per cronjob", "how long do each cron job's successful runs
        take on average?": its jobs' durations combined per cron job."""
        fn = r"\b(avg|average|mean|typical|usually|max(?:imum)?|longest|min(?:imum)?|shortest)\b"
        fn = rx.search(fn, rest)
        each = r"\b(?:per|by|for each|of each|each|every)\s+(?:cron ?jobs?|cjs?)\b|\beach cron ?job'?s\b"
        typical = fn is not None and fn.group(1)[:3] in ("avg", "ave", "mea", "typ", "usu")
        said = rx.search(each, rest) or (typical and rx.search(r"\bcron ?jobs?'?s?\b|\bcjs?\b", rest))
        long = r"\b(?:durations?|run ?times?|how long|take|took)\b"
        if fn is None or not said or not rx.search(long, rest) or rx.search(_COUNTING, rest):
            return None
        agg = {"max": "max", "lon": "max", "min": "min", "sho": "min"}.get(fn.group(1)[:3], "avg")
        where = ["owner_kind = 'CronJob'"] + ([f"namespace = {quote(ns)}"] if ns else [])
        if rx.search(r"\b(?:complete[d]?|successful|succeeded|success)\b", rest):
            where.append("status = 'Complete'")  # (a failed job's duration runs on to now)
        elif rx.search(r"\bfail(?:ed|ing|ures?)?\b", rest):
            where.append("status = 'Failed'")
        keys = "owner_name" if ns else "namespace, owner_name"
        return f"SELECT {keys}, {agg}(duration) FROM jobs WHERE {' AND '.join(where)} GROUP BY {keys}"

    def _last_run(self, rest: str, ns: str | None) -> str | None:
        """ "cronjobs whose latest run failed", "did the last run of any cronjob fail?": each cron job's
        newest job (by creation) and its status."""
        kinds = self.find_kinds(rest)
        if not kinds or kinds[0][2] != "cronjobs" or any(k[2] not in ("cronjobs", "jobs") for k in kinds):
            return None
        last = r"\b(?:latest|last|most recent|newest|current)\s+(?:runs?|jobs?|executions?|attempts?)\b"
        if not rx.search(last, rest) or rx.search(_COUNTING + r"|\bwhen\b|\bwhat time\b|\bhow long\b", rest):
            return None
        status = (
            "Failed"
            if rx.search(r"\bfail(?:s|ed|ing|ure)?\b|\berror(?:ed)?\b", rest)
            else "Complete"
            if rx.search(r"\bsucceed(?:ed|s)?\b|\bsuccess(?:ful)?\b|\bcomplete[d]?\b|\bpass(?:ed)?\b", rest)
            else "Running"
            if rx.search(r"\b(?:still )?running\b", rest)
            else None
        )
        if rx.search(r"\bsort\w*|\border\w*|\brank\w*|\bfirst\b|\bby\b", rest) or not (
            status or rx.search(r"\b(?:status|result|outcome|state)\b", rest)
        ):
            return None  # "cronjobs sorted by last run": their last schedule time
        ident = ["c.name"] if ns else ["c.namespace", "c.name"]
        where = ([f"c.namespace = {quote(ns)}"] if ns else []) + (
            [f"j.last_status = {quote(status)}"] if status else []
        )
        cols = ident + ([] if status else ["j.last_status"])
        return (
            f"SELECT {', '.join(cols)} FROM cronjobs c JOIN (SELECT namespace, owner_name, "
            "arg_max(status, created) AS last_status FROM jobs WHERE owner_kind = 'CronJob' "
            "GROUP BY namespace, owner_name) j ON j.namespace = c.namespace AND j.owner_name = c.name"
            + (f" WHERE {' AND '.join(where)}" if where else "")
        )

    def _zone_spread(self, rest: str, ns: str | None) -> str | None:
        """ "how many zones does each deployment have pods in", "zone spread per deployment": each
        workload with the number of distinct zones its pods' nodes are in."""
        owner = r"(deployments?|deploys?|stateful ?sets?|sts|daemon ?sets?|ds)"
        each = (
            rf"\b(?:each|every|per|by)\s+(?:the\s+)?(?:\w+\s+)?{owner}\b|"
            rf"^\W*(?:the\s+)?(?:\w+\s+)?{owner}\s*(?::|->)"  # "sts -> # of AZs its po are in"
        )
        zones = (
            r"(?:\b(?:how many|number of|count of)|#)\s+(?:distinct\s+|different\s+|unique\s+)?"
            r"(?:availabi\w* )?(?:zones|azs)\b|"
            r"\bzones?\s+spread\b|\bspread\s+(?:across|over)\s+zones\b"
        )
        said = rx.search(each, rest)
        if not (said and rx.search(zones, rest)) or rx.search(r"\bnodes?\b(?!\s*(?:'s)?\s*zones?)", rest):
            return None
        owner_kind, src, join = _pod_owner(next(g for g in said.groups() if g))
        ident = [f"{src}.owner_name"] if ns else [f"{src}.namespace", f"{src}.owner_name"]
        where = [f"{src}.owner_kind = {quote(owner_kind)}"] + ([f"p.namespace = {quote(ns)}"] if ns else [])
        return (
            f"SELECT {', '.join(ident)}, count(DISTINCT n.zone) FROM pods p{join} "
            f"JOIN nodes n ON n.name = p.node WHERE {' AND '.join(where)} GROUP BY {', '.join(ident)}"
        )

    def _owners_per_node(self, rest: str, ns: str | None) -> str | None:
        """ "How many different deployments have pods on each node?": per node, the distinct workloads
        its pods belong to (a deployment through its replica sets)."""
        owner, node = _POD_OWNER_WORDS, r"(?:worker\s+)?(?:nodes?|no)\b"
        places = r"(?:different |distinct |unique )?(?:namespaces|ns)\b"
        if rx.search(  # "how many namespaces have pods on each node?": the namespaces of its pods
            rf"\bhow many {places}.*\b(?:on|per|for|in) (?:each|every) {node}|"
            rf"\b(?:distinct|different|unique) (?:namespaces|ns) count (?:per|on each|for each|by) {node}|"
            rf"\b(?:per|for each|for every) {node},? how many {places}",
            rest,
        ):
            where = " AND ".join(["node IS NOT NULL", *([f"namespace = {quote(ns)}"] if ns else [])])
            return f"SELECT node, count(DISTINCT namespace) FROM pods WHERE {where} GROUP BY node"
        said = rx.search(
            rf"\bhow many (?:different |distinct |unique )?{owner}\b.*\b(?:on|per|for|in) (?:each|every) "
            rf"{node}|\b(?:distinct|different|unique) {owner} count (?:per|on each|for each|by) {node}|"
            rf"\bfor (?:each|every) {node},? (?:the )?(?:number|count|#) of (?:different |distinct )?"
            rf"{owner}\b",
            rest,
        )
        if said is None or not rx.search(r"\bpods?\b|\bpo\b|\bcount\b", rest):
            return None
        owner_kind, src, join = _pod_owner(next(g for g in said.groups() if g))
        where = [f"{src}.owner_kind = {quote(owner_kind)}", "p.node IS NOT NULL"]
        where += [f"p.namespace = {quote(ns)}"] if ns else []
        return (
            f"SELECT p.node, count(DISTINCT ({src}.namespace, {src}.owner_name)) FROM pods p{join} "
            f"WHERE {' AND '.join(where)} GROUP BY p.node"
        )

    def _placement_spread(self, rest: str, ns: str | None) -> str | None:
        """ "deployments whose pods are all on one node", "statefulsets with pods in more than one zone":
        workloads kept by how many distinct nodes (or zones) their pods run on (HAVING count DISTINCT)."""
        lead = rx.match(
            rf"\s*(?:(?:which|what|list|show(?: me)?|get|find|any|are there|how many|count)\s+)*"
            rf"(?:the\s+|all\s+)?"
            rf"(?:[a-z0-9\-]+\s+)?(?:{_POD_OWNER_WORDS}|(namespaces?|ns))\b",
            rest,
        )
        if lead is None:
            return None
        pods = r"(?:(?:its|their|the)\s+)?(?:pods?|po|replicas)"
        one = r"(?:one|a single|1|the same|a single)"
        many = r"(?:more than (?:one|1)|multiple|several|many|at least (?:two|2)|2\+|different|>\s*1)"
        counted = rx.search(  # "deployments with replicas on more than 3 nodes": a number of places said
            rf"\b(?:whose|with|w/|that have|having|have|has|where)\s+{pods}\s+(?:are\s+|run\s+|running\s+)?"
            rf"(?:spread\s+)?(?:on|in|across|over)\s+(more than|over|at least|fewer than|less than|under)\s+"
            rf"(\d+)\s+(?:different\s+)?(nodes|zones)\b",
            rest[lead.end() :],
        )
        said = None if counted else rx.search(
            rf"\b(?:whose|with|w/|that have|having|where)\s+(?:all\s+)?{pods}\s+"
            rf"(?:all\s+)?(?:are\s+|is\s+|run\s+|running\s+|sit\s+)?"
            rf"(?:all\s+)?(?:(only|just)\s+)?(?:on|in|across|over|spread (?:across|over))\s+(?:only\s+)?"
            rf"(?:({one})|({many}))\s+(nodes?|zones?|availability zones?|azs?)\b|"
            rf"\b(?:with|that have|having)\s+(?:all\s+)?{pods}\s+(?:on|in)\s+(?:a\s+)?(single|one)\s+"
            rf"(node|zone)\b|"
            rf"\b(?:all\s+)?(?:of\s+)?{pods}\s+(?:are\s+)?(?:all\s+)?(?:on|in)\s+(?:({one})|({many}))\s+"
            rf"(nodes?|zones?|azs?)\b",
            rest[lead.end() :],
        )
        if said is None and counted is None:
            return None
        g = said.groups() if said else ()
        single = bool(g[1] or g[4] or g[6]) if said else False
        place = (g[3] or g[5] or g[8]) if said else counted.group(3)
        column = "n.zone" if place.startswith(("zone", "availability", "az")) else "p.node"
        source = "FROM pods p"
        if lead.group(1):
            owner_kind, src, join = _pod_owner(lead.group(1))
            ident = [f"{src}.owner_name"] if ns else [f"{src}.namespace", f"{src}.owner_name"]
            source += join
            where = [f"{src}.owner_kind = {quote(owner_kind)}"]
            where += [f"p.namespace = {quote(ns)}"] if ns else []
        else:  # "namespaces whose pods all run on one node": each namespace's pods
            ident, where = ["p.namespace"], []
        if column == "n.zone":
            source += " JOIN nodes n ON n.name = p.node"
        having = f"count(DISTINCT {column}) {'= 1' if single else '> 1'}"
        if counted:
            op = {"more than": ">", "over": ">", "at least": ">="}.get(counted.group(1), "<")
            having = f"count(DISTINCT {column}) {op} {counted.group(2)}"
        # "deployments with more than one pod, all in one zone": not the lone ones
        several = r"\bwith (?:more than (?:one|1)|multiple|several|at least (?:two|2)|>\s*1) (?:pods?|po)\b"
        if rx.search(several, rest):
            having = f"count(*) > 1 AND {having}"
        sql = (
            f"SELECT {', '.join(ident)} {source}{' WHERE ' if where else ''}{' AND '.join(where)} "
            f"GROUP BY {', '.join(ident)} HAVING {having}"
        )
        if rx.search(r"^\s*(?:how many|count|number of)\b", rest):
            return f"SELECT count(*) FROM ({sql})"
        return sql

    def _workload_pods_on_node(self, name: str, ns: str | None) -> str | None:
        """The condition that some pod of the workload (or app) so named runs on node n."""
        if self.grounding is None:
            return None
        for table, kind in (("deployments", "Deployment"), ("statefulsets", "StatefulSet"),
                            ("daemonsets", "DaemonSet"), ("cronjobs", "CronJob"), ("jobs", "Job")):
            if name not in self.grounding.names(table):
                continue
            home = ns or self.grounding.home(table, name)
            where = ["p.node = n.name"] + ([f"p.namespace = {quote(home)}"] if home else [])
            if table == "deployments" or table == "cronjobs":
                via = "replicasets" if table == "deployments" else "jobs"
                return (
                    f"EXISTS (SELECT 1 FROM pods p JOIN {via} o ON o.namespace = p.namespace AND "
                    f"o.name = p.owner_name WHERE {' AND '.join(where)} AND o.owner_kind = {quote(kind)} "
                    f"AND o.owner_name = {quote(name)})"
                )
            where += [f"p.owner_kind = {quote(kind)}", f"p.owner_name = {quote(name)}"]
            return f"EXISTS (SELECT 1 FROM pods p WHERE {' AND '.join(where)})"
        return None

    def _both_workloads(self, rest: str, ns: str | None) -> str | None:
        """ "nodes that run pods of both kafka and postgres": the nodes where each of the two has a pod."""
        name = r"([a-z0-9][a-z0-9\-]*[a-z0-9])"
        kinds = r"(?:deployments?|deploys?|statefulsets?|daemonsets?|cron ?jobs?|jobs?)"
        rest = rx.sub(rf"\bpods? of (?:the )?{kinds} {name}", r"\1 pods", rest)  # as _owner_compounds wrote
        m = rx.search(
            rf"^\W*(?:(?:which|what|list|show|are there|do|does|any|how many|count|number of)\s+)*"
            rf"(?:the\s+|any\s+)?(nodes?)\b.*?"
            rf"\bboth\s+(?:an?\s+|the\s+)?{name}(?:\s+pods?)?\s+(?:and|&)\s+(?:an?\s+|the\s+)?{name}"
            rf"(?:\s+pods?)?\b",
            rest,
        )
        if m is None:
            return None
        conds = [self._workload_pods_on_node(m.group(i), ns) for i in (2, 3)]
        if None in conds:
            return None
        counting = rx.match(r"\W*(?:how many|count|number of)\b", rest)
        return f"SELECT {'count(*)' if counting else 'n.name'} FROM nodes n WHERE {conds[0]} AND {conds[1]}"

    def _owner_replicasets_with_pods(self, rest: str, ns: str | None) -> str | None:
        """ "which replicasets of checkout-api still have pods?": a named deployment's replica sets, kept by
        whether some pod of each is left (or none is)."""
        m = rx.search(
            r"\b(?:replica ?sets?|rs)\s+(?:of|for|from|behind|owned by|belonging to)\s+(?:the\s+)?"
            r"(?:deployment\s+|deploy\s+|deploy/)?([a-z0-9][a-z0-9\-]*[a-z0-9])(?:\s+deployment|\s+deploy)?\s+"
            r"(?:that\s+|which\s+)?(?:(?:still|yet)\s+)?(?:(have|has|with|having|hold|holding|run|running)|"
            r"(without|with no|have no|has no|with zero|having no))\s+(?:any\s+)?(?:pods?|po)\b",
            rest,
        )
        if m is None or self.grounding is None or m.group(1) not in self.grounding.names("deployments"):
            return None
        home = ns or self.grounding.home("deployments", m.group(1))
        where = [f"r.namespace = {quote(home)}"] if home else []
        where += ["r.owner_kind = 'Deployment'", f"r.owner_name = {quote(m.group(1))}"]
        some = "NOT EXISTS" if m.group(3) else "EXISTS"
        where.append(
            f"{some} (SELECT 1 FROM pods p WHERE p.namespace = r.namespace AND p.owner_kind = 'ReplicaSet' "
            "AND p.owner_name = r.name)"
        )
        cols = "r.name" if home else "r.namespace, r.name"
        if rx.match(r"\W*(?:how many|count|number of)\b", rest):
            cols = "count(*)"
        return f"SELECT {cols} FROM replicasets r WHERE {' AND '.join(where)}"

    def _dangling_target(self, rest: str, ns: str | None) -> str | None:
        """ "hpa targets that don't exist", "ingresses whose backend is missing": the target's kind unsaid."""
        if not rx.search(_MISSING, rest):
            return None
        kinds = self.find_kinds(rest)
        if (
            len(kinds) == 1
            and kinds[0][2] in joins.DANGLES
            and rx.search(r"\bdangling\s+$", rest[: kinds[0][0]])
            and not rx.search(r"\b(?:whose|with|that|which|where|to|pointing)\b", rest[kinds[0][0] :])
        ):
            # "any dangling rolebindings?": the ones naming an object, of a kind they may name, that is gone
            a_text = rx.sub(r"\bdangling\s+$", " ", rest[: kinds[0][0]]) + rest[kinds[0][0] :]
            counting = rx.search(_COUNTING, a_text)
            a_text = rx.sub(_COUNTING, " ", a_text) + (f" -n {ns}" if ns else "")
            a_sql, _, _ = self._parse(a_text, a_text, None)
            if a_sql is None or " JOIN " in a_sql or "count(" in a_sql.lower():
                return None
            sql = joins.dangling_targets(a_sql, kinds[0][2], False, joins.DANGLES[kinds[0][2]])
            return f"SELECT count(*) FROM ({sql})" if counting else sql
        if len(kinds) != 1 or kinds[0][2] not in joins.TARGETS:
            return None
        after = rest[kinds[0][0] + len(kinds[0][1]) :]
        said = rx.match(
            r"\s*(?:whose |with (?:a |an )?|(?:that |which )?(?:have|has) (?:a |an )?|"
            r"where (?:the |their )?|)"
            r"((?:missing|nonexistent|non-existent|deleted|dangling) )?(?:scale )?(?:targets?|backends?)"
            r"(?: refs?| references?| services?)?\b(.*)",
            after,
        )
        if said is None or not (said.group(1) or rx.search(_MISSING, said.group(2))):
            return None
        a_text = rest[: kinds[0][0] + len(kinds[0][1])]
        counting = rx.search(_COUNTING, a_text)
        a_text = rx.sub(_COUNTING, " ", a_text) + (f" -n {ns}" if ns else "")
        a_sql, _, _ = self._parse(a_text, a_text, None)
        if a_sql is None or " JOIN " in a_sql or "count(" in a_sql.lower():
            return None
        # "hpa targets that don't exist": the targets shown
        show = not counting and not rx.match(r"\s*(?:whose|with|that|which|have|has|where)\b", after)
        sql = joins.dangling_targets(a_sql, kinds[0][2], show)
        if counting:
            tree = sqlglot.parse_one(sql, read="duckdb")
            distinct = tree.args.get("distinct") is not None
            tree.set("distinct", None)
            tree.set("expressions", [sqlglot.parse_one("count(DISTINCT (a.namespace, a.name))" if distinct
                                                       else "count(*)", read="duckdb")])
            sql = tree.sql(dialect="duckdb")
        return sql

    def _revisions(self, rest: str, ns: str | None) -> str | None:
        """A deployment's rollout by revision: "the current rs of deploy web" (its replica set at the
        deployment's revision), "pods still on an old revision" (of a replica set at another one)."""
        rs = r"(?:rs|replica ?sets?)"
        old = rx.search(
            rf"\b(?:old(?:er)?|previous|prior|outdated|stale|superseded)\s+(?:(?:deploy(?:ment)?\s+)?revisions?|{rs})\b|"
            rf"\bnot\s+(?:on|at|from|in)\s+the\s+(?:latest|current|newest)\s+(?:deploy(?:ment)?\s+)?(?:revision|{rs})\b|"
            r"(?:\bnot|n't)\s+(?:yet\s+)?(?:been\s+)?(?:rolled|updated|moved|upgraded)\s+(?:out\s+)?to\s+the\s+"
            r"(?:latest|current|newest|new)\s+(?:deploy(?:ment)?\s+)?(?:revision|version|rs|replica ?set)\b|"
            r"\brevision\s+(?:not|<>|!=)\s+(?:the\s+)?deploy(?:ment)?(?:'s)?\s+(?:current|own)\b",
            rest,
        )
        kinds = [k[2] for k in self.find_kinds(rest)]
        join = (
            "FROM pods p JOIN replicasets r ON r.namespace = p.namespace AND r.name = p.owner_name "
            "JOIN deployments d ON d.namespace = r.namespace AND d.name = r.owner_name"
        )
        if old and kinds[:1] == ["pods"] and not rx.search(_COUNTING, rest):
            where = "p.owner_kind = 'ReplicaSet' AND r.owner_kind = 'Deployment' AND r.revision <> d.revision"
            if ns:
                return f"SELECT p.name {join} WHERE p.namespace = {quote(ns)} AND {where}"
            return f"SELECT p.namespace, p.name {join} WHERE {where}"
        now = rx.search(
            rf"\b(?:current|active|latest|newest|live|new)\s+{rs}\b|\b{rs}\s+(?:is|are)\s+(?:the\s+)?"
            r"(?:current|active|latest|newest|live)\b",
            rest,
        )
        if now is None or not kinds or kinds[0] != "replicasets":
            return None
        named = [
            w for w in rx.findall(r"[a-z0-9][a-z0-9\-.]*", rest) if w in self._object_names("deployments")
        ]
        if len(set(named)) != 1 or rx.search(_COUNTING, rest):
            return None
        where = (
            f"r.owner_kind = 'Deployment' AND d.name = {quote(named[0])} AND r.revision = d.revision"
        )
        on = "FROM replicasets r JOIN deployments d ON d.namespace = r.namespace AND d.name = r.owner_name"
        if ns:
            return f"SELECT r.name {on} WHERE d.namespace = {quote(ns)} AND {where}"
        return f"SELECT r.namespace, r.name {on} WHERE {where}"

    def _services_of_workload(self, rest: str, ns: str | None) -> str | None:
        """ "which services in checkout select pods of the cart-service deployment?", "services in front of
        statefulsets": the services whose selector matches pods a named workload (or any of a kind) owns."""
        m = rx.match(
            r"\W*(?:(?:which|what|list|show(?: me)?|get|the|all|"
            r"(?P<count>how many|number of|count(?: of)?))\s+)*"
            r"(?:services?|svcs?)\b(.*?)"
            r"\b(?:select(?:s|ing)?|in front of|front(?:s|ing)?|expos(?:e|es|ing)|point(?:s|ing)? (?:at|to)|"
            r"rout(?:e|es|ing) (?:traffic )?to|send(?:s|ing)? traffic to)\s+(.*)$",
            rest,
        )
        if m is None or self.grounding is None:
            return None
        if rx.search(r"\w", rx.sub(r"\b(?:that|which|do|does|are|is|sit)\b", "", m.group(2))):
            return None  # "services of type … that select": more said of the services, read elsewhere
        tail = m.group(3)
        found = None
        for table, kind in _POD_OWNERS.items():
            if table in ("jobs", "replicasets"):
                continue
            words = self._kind_phrases(table)
            said = rx.search(rf"(?<![\w\-])(?:{words})\b", tail)
            names = self.grounding.names(table)
            named = [w for w in rx.findall(r"[a-z0-9][a-z0-9\-.]*[a-z0-9]", tail) if w in names and w != ns]
            if said and len(named) == 1:
                found = (table, kind, named[0])
            elif said and not named and rx.search(rf"\b(?:{words})\s*\W*$", tail):
                found = (table, kind, None)
            if found:
                break
        if found is None:
            return None
        table, kind, name = found
        home = ns or (self.grounding.home(table, name) if name else None)
        if name and home is None:
            return None
        rs = table == "deployments"
        source = "r" if rs else "p"
        where = ["cardinality(s.selector) > 0", f"{source}.owner_kind = {quote(kind)}"]
        where += [f"{source}.owner_name = {quote(name)}"] if name else []
        where += [f"s.namespace = {quote(home)}"] if home else []
        through = " JOIN replicasets r ON r.namespace = p.namespace AND r.name = p.owner_name" if rs else ""
        ident = "s.name" if home else "s.namespace, s.name"
        source_sql = (
            f"FROM services s JOIN pods p ON p.namespace = s.namespace AND "
            f"map_entries(s.selector) <@ map_entries(p.labels){through} WHERE {' AND '.join(where)}"
        )
        several = r"\b(?:more than (?:one|1)|multiple|several|two or more|2\+|at least (?:two|2))\s+\S+\W*$"
        if name is None and rx.search(several, tail):  # "svc fronting multiple deploys": two owners or more
            having = f"HAVING count(DISTINCT {source}.owner_name) > 1"
            sql = f"SELECT {ident} {source_sql} GROUP BY {ident} {having}"
        else:
            sql = f"SELECT DISTINCT {ident} {source_sql}"
        return f"SELECT count(*) FROM ({sql})" if m.group("count") else sql  # "how many services front …"

    def _selected_pods_place(self, rest: str, ns: str | None) -> str | None:
        """ "which nodes do the pods of the reviews service run on?", "zones of the pods covered by
        cassandra-pdb", "the node each bookinfo service's pods run on": where the pods that a service (or a
        pod disruption budget) selects run, once each (per selecting object when each one is said)."""
        if self.grounding is None or not rx.search(r"\bpods?\b|\bpo\b", rest):
            return None
        asked = rx.match(
            r"\W*(?:(?:which|what|list|show(?: me)?|get|the|"
            r"(how many|number of|count of)(?: distinct| different)?)\s+)*"
            r"(nodes?|zones?|instance[ -]types?)\b(?!-)",
            rest,
        )
        if asked is None or rx.search(r"\b(?:most|fewest|least)\b", rest):
            return None  # "which zone has the most cart-service pods": places ranked, read elsewhere
        if rx.search(r"\b(?:each|every|per)\s+(?:[\w\-]+\s+)?(?:pods?|po)\b", rest):
            return None  # "the node each pod of x runs on": each pod's, read elsewhere
        counted = asked.group(1)
        col = (
            "p.node" if asked.group(2).startswith("node")
            else "n.zone" if asked.group(2).startswith("zone") else "n.instance_type"
        )
        for table, word, said in (
            ("services", r"(?:services?|svcs?)", r"\bbehind\b|\bselected by\b|\bbacking\b"),
            ("poddisruptionbudgets", r"(?:pdbs?|pod ?disruption ?budgets?)", r"\b(?:covered|protected)\b"),
        ):
            if not (rx.search(rf"(?<![\w\-]){word}\b", rest) or rx.search(said, rest)):
                continue  # the kind said on its own (not the end of a name: "cart-service pods")
            before = rx.search(rf"\b([a-z0-9][\w\-]*)\s+{word}\b", rest)
            if ns is None and before and self._is_namespace(before.group(1), strict=True):
                ns = self._is_namespace(before.group(1), strict=True)  # "each bookinfo service"
            held = self.grounding.names(table)
            words = dict.fromkeys(rx.findall(r"[a-z0-9][a-z0-9\-.]*[a-z0-9]", rest))
            named = [w for w in words if w in held and w != ns and w not in {*self._kinds, *lx.STOPWORDS}]
            each = rx.search(rf"\b(?:each|every|per|all)\s+(?:(?:the|of the)\s+)?(?:[\w\-]+\s+)?{word}", rest)
            where = []
            if len(named) == 1 and not each:
                home = ns or self.grounding.home(table, named[0])
                if home is None:
                    return None
                where, ident = [f"x.namespace = {quote(home)}", f"x.name = {quote(named[0])}"], []
            elif each and not named:
                where = [f"x.namespace = {quote(ns)}"] if ns else []
                ident = ["x.name"] if ns else ["x.namespace", "x.name"]
            else:
                return None
            nodes = "" if col == "p.node" else " JOIN nodes n ON n.name = p.node"
            where.append("cardinality(x.selector) > 0")
            if counted:  # "how many nodes does each service's pods span": the distinct places counted
                group = f" GROUP BY {', '.join(ident)}" if ident else ""
                return (
                    f"SELECT {', '.join([*ident, f'count(DISTINCT {col})'])} FROM {table} x JOIN pods p ON "
                    f"p.namespace = x.namespace AND map_entries(x.selector) <@ map_entries(p.labels)"
                    f"{nodes} WHERE {' AND '.join(where)}{group}"
                )
            return (
                f"SELECT DISTINCT {', '.join([*ident, col])} FROM {table} x JOIN pods p ON p.namespace = "
                f"x.namespace AND map_entries(x.selector) <@ map_entries(p.labels){nodes} "
                f"WHERE {' AND '.join(where)}"
            )
        return None

    def _namespaces_without_either(self, rest: str) -> str | None:
        """ "namespaces with neither a resource quota nor a limit range": those holding neither kind."""
        m = rx.fullmatch(
            r"\W*(?:which |what |list |show |any )?(?:the )?(?:namespaces?|ns) (?:that )?(?:have |has )?"
            r"(?:with )?(?:neither|no|without) (?:an? |any )?(?P<a>.+?) (?:nor|and no|and without|or) "
            r"(?:an? |any )?(?P<b>.+?)\W*",
            rest,
        )
        if m is None:
            return None
        kinds = [self.find_kinds(m.group(part)) for part in ("a", "b")]
        tables = [found[0][2] for found in kinds if len(found) == 1]
        if len(tables) != 2 or tables[0] == tables[1] or not all(self.catalog[t].namespaced for t in tables):
            return None
        absent = " AND ".join(f"NOT EXISTS (SELECT 1 FROM {t} x WHERE x.namespace = n.name)" for t in tables)
        return f"SELECT n.name FROM namespaces n WHERE {absent}"

    def _backend_endpoints(self, rest: str, ns: str | None) -> str | None:
        """ "For each ingress, the services it routes to and their ready endpoints": each ingress with each of
        its services and that service's endpoint count (ready ones, unless not-ready ones are said); "… does
        its backend service have?": the count alone. Ingresses picked by their backends' readiness are read
        apart (_ingresses_by_backend_readiness)."""
        if not (
            rx.search(r"\b(?:ingress(?:es)?|ings?)\b", rest)
            and rx.search(r"\bendpoints?\b|\baddress(?:es)?\b", rest)
            and rx.search(r"\b(?:each|every|per|their|its)\b|->|\band\b", rest)
            and rx.search(r"\bhow many\b|\bcounts?\b|\bnumber\b|#|->\s*(?:(?:not[- ])?ready )?endpoints?\W*$",
                          rest)
            and rx.search(r"\b(?:backends?|services?|svcs?|behind)\b", rest)
            and not rx.search(r"\b(?:no|without|zero|none|missing)\b", rest)
        ):
            return self._ingresses_by_backend_readiness(rest, ns)
        column = "ready_address_count"
        if rx.search(r"not[ -]ready|unready", rest):
            column = "not_ready_address_count"
        ident, where = ("i.name", f" WHERE i.namespace = {quote(ns)}") if ns else ("i.namespace, i.name", "")
        if not rx.search(r"\b(?:backends?|services?|svcs?)\b", rest):
            # "number of ready endpoints behind each ingress": all its services' together
            return (
                f"SELECT {ident}, sum(e.{column}) FROM ingresses i JOIN endpoints e ON e.namespace = "
                f"i.namespace AND list_contains(i.services, e.name){where} GROUP BY {ident}"
            )
        if rx.search(r"\bits (?:backend )?(?:service|svc)\b", rest):  # "… does its backend service have?"
            return (
                f"SELECT {ident}, e.{column} FROM ingresses i JOIN endpoints e ON e.namespace = i.namespace "
                f"AND list_contains(i.services, e.name){where}"
            )
        # each backend service named beside its count (none where it has no endpoints object)
        return (
            f"SELECT {ident}, i.svc, e.{column} FROM (SELECT namespace, name, unnest(services) AS svc "
            f"FROM ingresses) i LEFT JOIN endpoints e ON e.namespace = i.namespace AND e.name = i.svc{where}"
        )

    def _ingresses_by_backend_readiness(self, rest: str, ns: str | None) -> str | None:
        """ "ingresses whose backend svc has unready pods": those with a not-ready endpoint behind them;
        "ingresses whose backend has no ready endpoints": those with none ready (or no endpoints at all)."""
        unready = r"\W*(?:which |what |list |show |any )?(?:the )?(?:ingress(?:es)?|ings?) "
        unready += r"(?:that |which |whose )?"
        unready += r"(?:(?:route|routes|routing|point|points|pointing|sends?) (?:traffic )?(?:to|at) )?"
        unready += r"(?:an? |any )?(?:backends?|(?:backend )?(?:services?|svcs?))"
        unready += r"(?: an?)? (?:that |which )?(?:has|have|with) "
        unready += r"(?:any |some |at least one )?(?:not[- ]ready|unready) "
        unready += r"(?:endpoints?|pods|addresses)\W*$"
        if rx.match(unready, rest):  # "ingresses whose backend svc has unready pods"
            ident = "i.name" if ns else "i.namespace, i.name"
            where = f" AND i.namespace = {quote(ns)}" if ns else ""
            return (
                f"SELECT DISTINCT {ident} FROM ingresses i JOIN endpoints e ON e.namespace = i.namespace "
                f"AND list_contains(i.services, e.name) WHERE e.not_ready_address_count > 0{where}"
            )
        none = r"\W*(?:which |what |list |show |any )?(?:the )?(?:ingress(?:es)?|ings?) "
        none += r"(?:that |which |whose )?(?:backends?|(?:backend )?(?:services?|svcs?)) "
        none += r"(?:has|have|with) no (?:ready )?endpoints?\W*$"
        if rx.match(none, rest) is None:
            return None
        ident = "i.name" if ns else "i.namespace, i.name"
        where = f"i.namespace = {quote(ns)} AND " if ns else ""
        return (
            f"SELECT DISTINCT {ident} FROM (SELECT namespace, name, unnest(services) AS svc "
            "FROM ingresses) i LEFT JOIN endpoints e ON e.namespace = i.namespace AND e.name = i.svc "
            f"WHERE {where}coalesce(e.ready_address_count, 0) = 0"
        )

    def _services_by_endpoints(self, rest: str, ns: str | None) -> str | None:
        """ "which service has the most not ready endpoints", "top 3 svc by ready endpoints": services ranked
        by their endpoints' count (ready ones, unless not-ready ones are said), the count shown."""
        said = rx.match(
            rf"^\W*(?:(?:which|what|the|top|bottom|{NUMW})\s+)*(?P<kind>services?|svcs?)\s+(?:\w+\s+){{0,3}}?"
            r"(?:(?:with|has|have|having)\s+(?:the\s+)?(?P<rank>most|fewest|least)|(?:ranked|sorted|ordered)?\s*by)"
            r"\s+(?:(?:the\s+)?(?:number|count|#)\s+of\s+)?(?P<state>(?:not[ -]ready|unready|ready)\s+)?"
            r"(?:endpoints?|addresses|backends?)(?:\s+count)?"
            # "…, top 3", "(ep)"
            rf"(?:\W*\(?(?:ep|eps|endpoints)\)|\W*\(?(?:the )?top\s+(?:\d+|{NUMW})\)?)*\W*$",
            rest,
        )
        if said is None or (said.group("rank") is None and not rx.search(r"\b(?:top|bottom)\b", rest)):
            return None
        state = (said.group("state") or "").strip()
        column = "ready_address_count" if state in ("", "ready") else "not_ready_address_count"
        ident, where = ("s.name", f" WHERE s.namespace = {quote(ns)}") if ns else ("s.namespace, s.name", "")
        return (
            f"SELECT {ident}, e.{column} FROM services s JOIN endpoints e ON e.namespace = s.namespace "
            f"AND e.name = s.name{where} {_ranked(rest, rx.escape(said.group('kind')), f'e.{column}')}"
        )

    def _endpoints_of_service(self, rest: str, ns: str | None) -> str | None:
        """ "how many ready endpoints does the reviews service have?": the count its endpoints object holds
        (ready ones, unless not-ready ones are said), not how many endpoints objects there are."""
        asked = rx.match(
            r"^\W*how many (?P<state>(?:not[ -]ready|unready|ready) )?(?:endpoints?|(?:endpoint )?addresses) "
            r"(?:does|do|has)\s+(?:the )?(?:(?:svc|service)[/ ])?(?P<name>[a-z0-9][a-z0-9\-]*[a-z0-9])"
            r"(?: (?:svc|service))?"
            r"(?:\s+(?:in|-n)(?:\s+(?:the\s+)?[a-z0-9][a-z0-9\-]*)?(?:\s+(?:ns|namespace))?)?"
            r"\s+(?:have|got)\W*$",
            rest,
        )
        # "ready endpoint count of svc reviews", "count ready endpoints for the reviews svc": the same
        asked = asked or rx.match(
            r"^\W*(?:(?:the\s+)?(?:number|count|#) of\s+|count\s+(?:the\s+)?)?"
            r"(?P<state>(?:not[ -]ready|unready|ready) )(?:endpoints?|(?:endpoint )?addresses)(?: count)?"
            r"\s+(?:of|for)\s+(?:the )?(?:(?:svc|service)[/ ])?(?P<name>[a-z0-9][a-z0-9\-]*[a-z0-9])"
            r"(?: (?:svc|service))?"
            r"(?:\s+(?:in|-n)(?:\s+(?:the\s+)?[a-z0-9][a-z0-9\-]*)?(?:\s+(?:ns|namespace))?)?"
            r"(?:\s+count)?\W*$",
            rest,
        )
        if asked is not None and not rx.search(r"\bcount\b|\bnumber\b|#|\bhow many\b", asked.group(0)):
            asked = None  # "ready endpoints of svc reviews": their addresses, not how many
        if asked is None or self.grounding is None:
            return None
        name = asked.group("name")
        if name not in self.grounding.names("services"):
            return None
        state = (asked.group("state") or "").strip()
        column = "ready_address_count" if state in ("", "ready") else "not_ready_address_count"
        home = ns or self.grounding.home("services", name)
        if home is None:  # one of that name in several namespaces: each one's
            return f"SELECT namespace, {column} FROM endpoints WHERE name = {quote(name)}"
        return f"SELECT {column} FROM endpoints WHERE namespace = {quote(home)} AND name = {quote(name)}"

    def _pods_behind_ingress(self, text: str, ns: str | None) -> str | None:
        """ "which pods does the tf-serving-ingress end up sending traffic to?", "pods behind ingress x": the
        pods the services an ingress routes to select (ingress -> service -> pods)."""
        ing = r"(?:ingress|ing)"
        m = rx.match(
            rf"\W*(?:which|what) (?:pods?|po) (?:does|do|will|would) (?:the )?(?:{ing} )?"
            rf"(?P<asked>[a-z0-9][\w\-.]*)(?: {ing})? (?:end up |eventually |ultimately |actually )?"
            r"(?:send|route|forward|point)(?: traffic| requests)? (?:to|at)\W*$"
            r"|\W*(?:which |what |list |show )?(?:the )?(?:pods?|po) "
            r"(?:behind|serving|backing|reached through) "
            rf"(?:the )?(?:{ing} )?(?P<behind>[a-z0-9][\w\-.]*)(?: {ing})?\W*$",
            text.strip(),
        )
        said = (m.group("asked") or m.group("behind")) if m else None
        if said is None or said not in self._object_names("ingresses"):
            return None
        home = ns or (self.grounding.home("ingresses", said) if self.grounding else None)
        where = f"i.name = {quote(said)}" + (f" AND i.namespace = {quote(home)}" if home else "")
        shown = "DISTINCT p.name" if home else "DISTINCT p.namespace, p.name"
        return (
            f"SELECT {shown} FROM ingresses i JOIN services s ON s.namespace = i.namespace "
            "AND list_contains(i.services, s.name) JOIN pods p ON p.namespace = s.namespace "
            "AND cardinality(s.selector) > 0 AND map_entries(s.selector) <@ map_entries(p.labels) "
            f"WHERE {where}"
        )

    def _shown_beside(self, text: str, sql: str) -> str:
        """A joined answer with what the question's last words ask to see beside each row: the related object
        that picked it ("pods on a pending claim, and which claim it is", "… (show the pvc)"), or a column
        of either kind ("what's on the node that's down, with status", "svc with not-ready endpoints +
        count")."""
        asked = rx.search(  # the last words, after the last "and", ",", "with", "+", "(" or "show"
            r"^.*(?P<lead>\band|,|;|\?|\(|\bshow(?: me)?|\bwith|\bplus|\+)\s+"
            r"(?P<which>which |what |the |its |their )?"
            r"(?P<said>[a-z][a-z \-]*?)"
            r"(?P<tail>(?:\s+(?:it is|it's|they are|that is|too|as well|also|it was|are they|is it"
            r"|was it|(?:is|are|for|of) each(?: one| [a-z]+)?"
            r"|(?:do they|does it|does each(?: one)?) (?:have|use|get)))*)"
            r"\s*[?.!)]*$",
            text,
        )
        # "and status" is as likely a filter ("… and ready"): only "which …", "… too", "with …", ", …", "+ …"
        if asked is None or " JOIN " not in sql or not (
            asked.group("which") or asked.group("tail") or asked.group("lead") in (",", "+", "(", "with")
        ):
            return sql
        tree = sqlglot.parse_one(sql, read="duckdb")
        if tree.find(exp.AggFunc) or tree.args.get("group"):
            return sql
        said = asked.group("said").strip()
        main = tree.find(exp.From).this
        joined = [j.this for j in tree.args.get("joins") or [] if isinstance(j.this, exp.Table)]
        tables = [t for t in [main, *joined] if t.name in self.catalog.names()]
        kinds = {t for _, phrase, t in self.find_kinds(said) if phrase == said}
        related = [t for t in joined if t.name in kinds and t.name != main.name]
        counted = [c for c in tree.find_all(exp.Column) if c.name.endswith("_count") and c.table]
        if len(related) == 1 and asked.group("lead") == "with" and not asked.group("which"):
            return sql  # "pods on worker-7 with warnings": those having some, not each one's name
        if len(related) == 1:
            column = exp.column("name", table=related[0].alias_or_name)
        elif said in ("count", "counts", "number", "how many") and len({c.sql() for c in counted}) == 1:
            column = counted[0].copy()  # "svc with not-ready endpoints + count": the count they are picked by
        else:  # a column of the kind listed, else of a kind joined
            found = [
                exp.column(m.column, table=t.alias_or_name)
                for t in tables
                for m in slots.find_columns(said, self.catalog[t.name])
                if m.start == 0 and m.end == len(said) and m.column not in ("name", "namespace")
            ]
            if not found:
                return sql
            column = found[0]
            if any(isinstance(e, exp.Column) and e.name == column.name for e in tree.expressions):
                return sql  # "claims with their volume and its capacity": the volume's, shown already
        shown = {e.sql() for e in tree.expressions}
        # already named by the column it is joined on ("pods … and which node": the pods' node column)
        same = {
            side.sql()
            for eq in tree.find_all(exp.EQ)
            if column.sql() in (eq.this.sql(), eq.expression.sql())
            for side in (eq.this, eq.expression)
        } | {column.sql()}
        where = tree.args.get("where")
        filtered = where is not None and column.sql() in {c.sql() for c in where.find_all(exp.Column)}
        if shown & same or filtered and asked.group("lead") == "with":  # "… on nodes with disk pressure"
            return sql
        return tree.select(column, copy=False).sql(dialect="duckdb")

    def _node_neighbours(self, text: str, namespace: str | None, whole: str) -> str | None:
        """ "What else runs on the same node as the cartservice pod?", "other po on cartservice's node": the
        pods beside one pod named by the start of its name, in any namespace, the pod itself left out."""
        said = rx.search(_NEIGHBOURS, text)
        if self.grounding is None or said is None:
            return None
        pods = self.grounding.names("pods")
        # "pods in checkout on the same node as redis-0": the neighbours of one namespace, _same_place's
        kept = rx.match(r"\W*(?:which |what |list |show |the |other )*(?:pods?|po) (?:in|-n) ", whole)
        for word in rx.findall(r"[a-z0-9][a-z0-9.\-]*[a-z0-9]", text):
            if len(word) < 3 or word in lx.STOPWORDS or word in self._kinds:
                continue
            if self._is_namespace(word, strict=True):
                continue
            if word in pods and kept:
                return None
            if word in pods:
                picked = f"c.name = {quote(word)}"  # "mysql … what other pods share its node?"
            elif any(n.startswith(word + "-") for n in pods):
                picked = f"c.name LIKE {quote(word + '-%')}"  # "the cartservice pod": cartservice-7d9f…
            else:
                continue
            where = f"c.namespace = {quote(namespace)} AND {picked}" if namespace else picked
            return (
                "SELECT DISTINCT o.namespace, o.name FROM pods c JOIN pods o ON o.node = c.node "
                f"WHERE {where} AND NOT (o.namespace = c.namespace AND o.name = c.name)"
            )
        # "which pods share a node with a crashlooping pod?": the pods said after, read as a question
        them = joins.listing(self._parse(text[said.end() :], whole, namespace)[0], "pods")
        where = them[0].args.get("where") if them else None
        if where is None or them[0].args.get("joins"):
            return None
        joins.qualify(where, "c")
        picked = where.this.sql(dialect="duckdb")
        return (
            "SELECT DISTINCT o.namespace, o.name FROM pods c JOIN pods o ON o.node = c.node "
            f"WHERE {picked} AND NOT (o.namespace = c.namespace AND o.name = c.name)"
        )

    def _special(self, text: str, original: str, current: str | None) -> str | None:
        ns, rest = self._namespace(text, current)
        why = self._why(rest, ns) or self._events_by_pod_key(rest, ns) or self._events_about_pods(rest, ns)
        why = why or self._events_per_pod(rest, ns)
        if why is not None:
            return why
        behind = self._pods_behind_ingress(rest, ns) or self._node_neighbours(rest, ns, text)
        if behind is not None:
            return behind
        permissions = rbac.read(rest, ns, self.grounding) or self._node_of_pod_ready(rest, ns)
        permissions = permissions or self._node_events_of_pod(rest, ns)
        if permissions is not None:
            return permissions
        gone = self._dangling_target(rest, ns)
        if gone is not None:
            return gone
        spread = self._zone_spread(rest, ns) or self._placement_spread(rest, ns) or self._last_run(rest, ns)
        spread = spread or self._owners_per_node(rest, ns)
        spread = spread or self._run_times(rest, ns)
        spread = spread or self._both_workloads(rest, ns) or self._owner_replicasets_with_pods(rest, ns)
        spread = spread or _nodes_and_namespaces(rest, ns)
        if spread is not None:
            return spread
        revision = self._revisions(rest, ns)
        if revision is not None:
            return revision
        neither = self._namespaces_without_either(rest)
        if neither is not None:
            return neither
        gpus = _gpu_requests(rest, ns) or _claims_attached(rest, ns)
        if gpus is not None:
            return gpus
        backends = self._backend_endpoints(rest, ns) or self._selected_pods_place(rest, ns)
        backends = backends or self._services_by_endpoints(rest, ns) or self._endpoints_of_service(rest, ns)
        backends = backends or self._services_of_workload(rest, ns)
        if backends is not None:
            return backends
        grouped = None if ns else self._groups_holding(rest)
        if grouped is not None:
            return grouped
        counting = not rx.search(HOW_MUCH + r"|how many times", text) and bool(
            rx.search(_COUNTING + "|#", text)
        )
        if (
            rx.search(r"\bpods?\b|\bpo\b|running on|what'?s running", text)
            and rx.search(r"not[- ]ready|notready|broken node|down node|unready|dead node|n't ready", text)
            and rx.search(r"\bnodes?\b", text)
            and not ns
            and not rx.search(_SHOW, text)
            and not rx.search(r"\bowned by\b|\bdeploy|\bpods?\b.*\bnot ready\b.*\bnodes?\b", text)
            and not rx.search(r"\b(?:per|by|each|every)\s+node\b", text)  # "not ready pods per node": a key
            # "which node has the most not ready pods": the nodes ranked by their pods' readiness
            and not rx.search(r"^\W*(?:which|what|the|top\s+\w+)?\s*nodes?\b[^?]*\b(?:most|fewest|least)\b",
                              text)
            # "top 2 nodes by number of pods that arent ready", "the most unready pods": the pods' readiness
            and not rx.search(r"\b(?:unready|not[- ]ready|notready)\s+(?:pods?|po)\b|"
                              r"\b(?:pods?|po)\s+(?:that|which)\s+"
                              r"(?:are\s*n'?t|are not|arent|is\s*n'?t|isnt|is not)\s+ready\b", text)
            # "unready pods on healthy nodes": the pods are not ready, their nodes are
            and not rx.search(r"(?<!not )(?<!not-)(?<!n't )\b(?:healthy|ready)\s+(?:nodes?|workers?)\b", text)
            # "services with pods on NotReady nodes": another kind, kept by its pods' nodes (read as joined)
            and not {k[2] for k in self.find_kinds(rest)} - {"pods", "nodes", "namespaces"}
        ):
            base = "FROM pods p JOIN nodes n ON p.node = n.name WHERE NOT n.ready"
            summed = rx.search(r"\bhow much\b|\btotal\b|\bsum\b|request", text)
            amount = amount_column(text) if summed else None
            if amount:  # "how much memory (GiB) do the pods on NotReady nodes request?": their amount summed
                return f"SELECT sum(p.{amount}){unit_of(amount, text)} {base}"
            per_ns = rx.search(r"\b(per|each|every|by)\s+(namespace|ns)\b", text)
            if counting and per_ns or per_ns and per_ns.group(1) == "per":  # "pods on them per namespace"
                return f"SELECT p.namespace, count(*) {base} GROUP BY p.namespace"
            if not counting and rx.match(r"\s*(?:which |what |list )?(?:namespaces|ns)\b", text):
                return f"SELECT DISTINCT p.namespace {base}"  # "which namespaces have pods on notready nodes"
            return f"SELECT count(*) {base}" if counting else f"SELECT p.namespace, p.name {base}"
        if rx.search(r"\b(svcs?|services?)\b", text) and rx.search(
            r"(?:without|no|w/o|zero|0) (?:any )?(?:ready )?(?:endpoints?|eps?)\b|"
            r"route to nothing|no backends|"
            r"(nothing|no pods?) (behind|backing) (them|it)",
            text,
        ):
            where = "s.type <> 'ExternalName' AND coalesce(e.ready_address_count, 0) = 0"
            if ns:
                where = f"s.namespace = {quote(ns)} AND " + where
            if [k[2] for k in self.find_kinds(rest)][:2] == ["ingresses", "services"]:
                # "ingresses pointing at services without endpoints": the ingresses, by the services named
                cols = "count(DISTINCT (i.namespace, i.name))" if counting else (
                    "DISTINCT i.name" if ns else "DISTINCT i.namespace, i.name"
                )
                return (
                    f"SELECT {cols} FROM ingresses i, unnest(i.services) AS x(service) JOIN services s "
                    "ON s.namespace = i.namespace AND s.name = x.service LEFT JOIN endpoints e "
                    f"ON e.namespace = s.namespace AND e.name = s.name WHERE {where}"
                )
            cols = "count(*)" if counting else ("s.name" if ns else "s.namespace, s.name")
            per_ns = counting and rx.search(r"\b(per|each|every|by)\s+(namespace|ns)\b", text)
            return (
                f"SELECT {'s.namespace, ' if per_ns else ''}{cols} FROM services s LEFT JOIN endpoints e "
                f"ON e.namespace = s.namespace AND e.name = s.name WHERE {where}"
                + (" GROUP BY s.namespace" if per_ns else "")
            )
        if (
            # not inside a name: a dynamically provisioned volume is called "pvc-<uid>"
            rx.search(r"(?<![\w-])(pvcs?|claims?)(?![\w-])", text)
            and rx.search(r"\b(pvs?|persistent volumes?|volumes?)\b(?! claim)", text)
            and rx.search(
                r"\bto\b|bound|with their|each|which|"
                r"\bof\s+(?:the\s+|its\s+|their\s+)?(?:pvs?|persistent\s*volumes?|volumes?)\s+of\b",
                text,
            )
            and not rx.search(r"pending", text)
            and not rx.search(r"\b(?:not|never|without|no)\b|n't\b", text)  # "pvs not bound to a pvc"
            and not rx.search(_MISSING, text)  # "pvs whose claim is gone": a dangling reference
            and not rx.search(r"\bstorage ?class", text)  # "pvcs whose storage class allows volume expansion"
            and not self._volume_value(rest)  # "claims bound to a Retain volume": the volumes filtered
        ):
            cols, where = (
                (["c.name"], [f"c.namespace = {quote(ns)}"]) if ns else (["c.namespace", "c.name"], [])
            )
            pv = self.catalog["persistentvolumes"]
            pv_cols = [
                m
                for m in slots.find_columns(rest, pv)
                if m.column not in ("name", "namespace", "status") and not m.column.startswith("claim")
            ]
            # "capacity of the pv behind each pvc": that column of the volume, not the volume too
            # ("what reclaim policy do the volumes behind each claim have": the same, asked)
            of_pv = r"\s+(?:of|do|does)\s+(?:the\s+|their\s+|its\s+|each\s+)?"
            # "what reclaim policy does each claim's volume have"
            of_pv += r"(?:(?:claim|pvc)(?:'s|’s|s')\s+)?"
            of_pv += r"(?:pvs?|persistent\s*volumes?|volumes?)\b"
            # "pvcs with their volume's reclaim policy": the same, the volume said first
            pv_s = r"\b(?:pvs?|persistent\s*volumes?|volumes?)(?:'s|’s|s')\s+$"
            # "pvcs with their pv reclaim policy": the same, said without the "'s"
            pv_s += r"|\b(?:their|its)\s+(?:pvs?|persistent\s*volumes?|volumes?)\s+$"
            if not (
                pv_cols
                and all(rx.match(of_pv, rest[m.end :]) or rx.search(pv_s, rest[: m.start]) for m in pv_cols)
            ):
                cols.append("v.name")
            cols += [f"v.{m.column}" for m in pv_cols]
            summed = rx.search(r"\b(?:total|sum|summed|combined|altogether|in all|how much)\b", rest)
            if summed and len(pv_cols) == 1 and slots.column_type(pv, pv_cols[0].column) in ("int", "float"):
                # "total capacity of the volumes bound to claims in data": one number
                cols = [f"sum(v.{pv_cols[0].column})"]
            elif summed and not pv_cols and rx.search(r"\bstorage\b(?! ?class)|\bspace\b|\bsize\b", rest):
                # "how much storage do the pvs bound to claims in monitoring hold": their capacity summed
                cols = ["sum(v.capacity)"]
            if self.grounding is not None:
                where += [
                    f"c.name = {quote(w)}"
                    for w in rx.findall(r"[a-z0-9][a-z0-9\-.]*[a-z0-9]", rest)
                    if "-" in w and w in self.grounding.names("persistentvolumeclaims")
                ][:1]
                where += [  # "which claim is bound to pv pvc-86af…": the volume named
                    f"v.name = {quote(w)}"
                    for w in rx.findall(r"[a-z0-9][a-z0-9\-.]*[a-z0-9]", rest)
                    if "-" in w and w in self.grounding.names("persistentvolumes")
                ][:1]
                claim_named = any(w.startswith("c.name = ") for w in where)
                if claim_named and pv_cols and not summed:
                    # "reclaim policy of the volume of claim redis-data": that one volume's value alone
                    # (and its name, when asked which: "which PV backs claim x, and what's its reclaim
                    # policy?")
                    named_too = rx.search(
                        r"\b(?:which|what)\s+(?:pv|persistent\s*volume|volume)\b(?!'s)|\b(?:pv|volume)\s+name\b|"
                        r"\b(?:its|the|their)\s+(?:pv|volume)\s+(?:and|\+|&|,)",
                        rest,
                    )
                    cols = [*(["v.name"] if named_too else []), *(f"v.{m.column}" for m in pv_cols)]
            pods_said = rx.search(r"(?<![\w-])(?:pods?|po)(?![\w-])", text)
            only_ns = [f"c.namespace = {quote(ns)}"] if ns else []
            if pods_said and cols[-1] == "v.name" and not summed and where == only_ns:
                # "which persistent volume backs each team-b pod's claim?": each pod, through its claims
                keys = "p.name" if ns else "p.namespace, p.name"
                return (
                    f"SELECT {keys}, v.name FROM pods p JOIN persistentvolumeclaims c "
                    "ON c.namespace = p.namespace AND list_contains(p.pvcs, c.name) "
                    "JOIN persistentvolumes v ON v.name = c.volume"
                    + (f" WHERE p.namespace = {quote(ns)}" if ns else "")
                )
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
        through_rs = "FROM pods p JOIN replicasets r ON r.namespace = p.namespace AND r.name = p.owner_name"
        if rx.search(r"\brestart", text) and rx.search(r"\b(each|per|every|by)\s+(?:\w+\s+)?deploy", text):
            # "total pod restarts for each deployment": the pods' restarts summed per owning deployment
            keys = "r.owner_name" if ns else "r.namespace, r.owner_name"
            where = f"p.namespace = {quote(ns)} AND " if ns else ""
            return (
                f"SELECT {keys}, {_pods_fn(text)}(p.restarts) {through_rs} "
                f"WHERE {where}r.owner_kind = 'Deployment' GROUP BY {keys}"
            )
        # "which nodes are the payments-worker pods on?": a deployment named alone, its pods' nodes asked
        asks_nodes = rx.search(
            # ("on which nodes do …", "deploy/x -n data: what nodes are its pods on")
            r"^(?:on\s+)?(?:(?:which|what|list|show(?: me)?|give me)\s+)?(?:all\s+|the\s+)?nodes?\b(?!-)|"
            r"[:,]\s*(?:on\s+)?(?:which|what)\s+nodes?\b|"
            r"\bwhere\b.*\b(?:scheduled|running|runs?|land(?:ed)?|placed)\b",
            text,
        )
        # "which zone has the fewest checkout-api pods": a deployment named alone, its pods ranked by place
        ranks_place = rx.search(
            r"^\W*(?:which|what)\s+(?:zone|instance type|region)\b.*\b(?:most|fewest|least)\b.*\bpods?\b",
            text,
        )
        unnamed = m is None or m.group(1) in lx.STOPWORDS
        # "zones of the checkout-api pods" (said "… of the pods of deployments checkout-api"): where they run
        zones_of = rx.search(r"\bpods? of deployments [a-z0-9][a-z0-9\-]*", text) and rx.search(
            r"\b(?:zone|region|instance type)s?\b", text
        )
        if (asks_nodes or ranks_place or zones_of) and unnamed and self.grounding is not None:
            deployments = self.grounding.names("deployments")
            words = rx.finditer(r"[a-z0-9][a-z0-9\-]*", text)
            m = next((w for w in words if w.group(0) in deployments), None)
        if m and (rx.search(r"\bpods?\b|\bpo\b", text) or asks_nodes):
            name = m.group(1) if m.groups() else m.group(0)
            # "pods of deployment web-bff with their zone": where its pods run asked, as for their nodes
            node_said = any(
                m.column in ("zone", "region", "instance_type")
                and not self._column_value_follows(text[m.end :], "nodes", m.column)  # "in zone x": a filter
                for m in slots.find_columns(text, self.catalog["nodes"])
            )
            located = asks_nodes or (node_said and rx.search(r"\b(?:deploy(?:ment)?s?|deploy/)\b", text))
            home = ns or (self.grounding.home("deployments", name) if self.grounding and located else None)
            named = name not in lx.STOPWORDS and name not in VOCAB and name not in self._kinds
            if self.grounding is not None and name not in self.grounding.names("deployments"):
                named = False  # "po of not-ready deploys + deploy name": no deployment is called that
            # a state said of the pods is read by the joins: "pods of deployment x in ns that are not ready"
            stated = rx.search(
                r"\bready\b|crash|pending|evicted|\bfail|oom|terminat|unhealthy|\berror|restart|pull|"
                # or of their nodes: "on cordoned nodes"
                r"cordon|taint|unschedulable|schedulingdisabled|pressure",
                text,
            )
            # a deployment of that name in several namespaces: its pods in each ("nodes running deploy/x")
            several = (
                located
                and home is None
                and named
                and rx.search(r"\bdeploy(?:ment)?s?\b|deploy/", text)
                and all(k[2] in ("pods", "nodes", "deployments") for k in self.find_kinds(text))
            )
            scope = f"p.namespace = {quote(home)} AND " if home else ""
            if named and (home or several) and name != home and not stated:
                owned = f"WHERE {scope}r.owner_kind = 'Deployment' "
                owned += f"AND r.owner_name = {quote(name)}"
                # "model-serving pods per node", "which node runs the most checkout-api pods", "… per zone":
                # its pods counted by where they run
                place = rx.search(
                    r"\b(?:per|by|each|every|on each|in each)\s+(node|zone|instance type|region)\b|"
                    r"^\W*(?:which|what)\s+(node|zone|instance type|region)\b.*\b(most|fewest|least)\b",
                    text,
                )
                # "which secrets do the pods of deployment web-bff use?": what they hold, each once
                held = rx.match(
                    r"\W*(?:which|what|list|show(?: me)?)?\s*"
                    r"(?:the\s+)?(secrets?|configmaps?|config maps?|cms?|pvcs?|"
                    r"claims?|service ?accounts?|sas?|images?)\b",
                    text,
                )
                if held:
                    word = held.group(1).replace(" ", "").rstrip("s")
                    col = {"secret": "secrets", "configmap": "configmaps", "cm": "configmaps", "pvc": "pvcs",
                           "claim": "pvcs", "serviceaccount": "service_account", "sa": "service_account",
                           "image": "images"}[word]
                    shown = f"DISTINCT p.{col}" if col == "service_account" else f"DISTINCT unnest(p.{col})"
                    return f"SELECT {shown} {through_rs} {owned}"
                if place:
                    key = (place.group(1) or place.group(2)).replace(" ", "_")
                    col, source = ("p.node", through_rs) if key == "node" else (
                        f"n.{key}", f"{through_rs} JOIN nodes n ON n.name = p.node"
                    )
                    sql = f"SELECT {col}, count(*) AS pods {source} {owned} GROUP BY {col}"
                    if place.group(3):
                        sql += f" ORDER BY pods{'' if place.group(3) != 'most' else ' DESC'} LIMIT 1"
                    return sql
                cols = "DISTINCT p.node" if asks_nodes else "p.name"
                if asks_nodes and rx.search(r"^where\b.*\b(?:pods?|po)\b", text) and not rx.search(
                    r"\bjust\b|\bonly\b", text
                ):
                    cols = "p.name, p.node"  # "where are the payments-api pods scheduled": each pod's node
                if asks_nodes and not rx.search(r"\bjust\b|\bonly\b", text) and rx.search(
                    r"^\W*(?:which|what) nodes? (?:do|did|are|were) (?:the |its |their )?(?:\S+ )?"
                    r"(?:pods?|po)\b",
                    text,
                ):
                    cols = "p.name, p.node"  # "which nodes do the pods of deployment x run on": each pod's
                if asks_nodes and rx.search(r"\b(?:each|every) (?:pod|po)\b", text):
                    cols = "p.name, p.node"  # "which node does each pod of deployment x run on"
                if not home and cols.startswith("p.name"):
                    cols = "p.namespace, " + cols
                if rx.search(r"status", text) and not asks_nodes:
                    cols += ", p.status"
                if not asks_nodes:  # "… and their service account", "which ip does each pod of x have"
                    cols += "".join(
                        f", p.{c}"
                        for c in dict.fromkeys(
                            c.column for c in slots.find_columns(text, self.catalog["pods"])
                        )
                        if c in _POD_SHOWN
                    )
                with_nodes = rx.search(
                    r"(?:\band|\+|\bwith|\bw/)\s+(?:their\s+|its\s+|the\s+)?nodes?\b|"
                    r"\b(?:which|what) nodes? (?:each|they|it)\b",  # "and which node each one landed on"
                    text,
                )
                if with_nodes and not asks_nodes:
                    cols += ", p.node"  # "deploy/payments-api pods and nodes": each pod's node
                # "pods of deployment web-bff with their zone": each pod's node's zone (or instance type)
                placed = [
                    m.column
                    for m in slots.find_columns(text, self.catalog["nodes"])
                    if m.column in ("zone", "region", "instance_type")
                    and not self._column_value_follows(text[m.end :], "nodes", m.column)
                ]
                source = through_rs
                if placed and not asks_nodes:
                    cols += "".join(f", n.{c}" for c in dict.fromkeys(placed))
                    source += " JOIN nodes n ON n.name = p.node"
                # "which pods of deployment x aren't Running": the pods' own status said
                running = [  # (not "nodes running deploy/x": where they run)
                    joins._qualified(c, "p")
                    for c in self._conditions("pods", text, [name, *([home] if home else [])])[0]
                    if rx.match(r"status\b", c)
                ] if not asks_nodes else []
                return (
                    f"SELECT {cols} {source} WHERE {scope}"
                    f"r.owner_kind = 'Deployment' AND r.owner_name = {quote(name)}"
                    + "".join(f" AND {c}" for c in running)
                )
        uses = rx.search(
            r"\b(use|uses|using|mount|mounts|mounting|mounted|reference|references|referencing|referenced)\b",
            text,
        )
        m = rx.search(r"(?<![\w\-])(configmap|config map|cm|secret)\s+([a-z0-9][a-z0-9.\-]*)", text)
        # "pods using the api-key secret", "pods with the hf-secret secret mounted": the name said first
        before = rx.search(
            r"\b(?:the|a) ([a-z0-9][a-z0-9.\-]*-[a-z0-9.\-]*[a-z0-9]) (configmap|config map|cm|secret)\b",
            text,
        )
        used = None
        if before and not self._is_namespace(before.group(1), strict=True):
            used = ("secrets" if before.group(2) == "secret" else "configmaps", before.group(1))
            uses = uses or rx.search(r"\b(?:with|having|has|have)\b", text[: before.start()])
        elif m and m.group(2) not in VOCAB and m.group(2) not in lx.STOPWORDS:
            used = ("secrets" if m.group(1) == "secret" else "configmaps", m.group(2))
        elif uses and self.grounding is not None and not rx.search(r"\b(who|what|pods?|po)\b", text):
            # "ml deploys using feature-store-secrets": a name alone (pods and "who" are read below)
            used = next(
                (
                    (column, w)  # a whole word, not part of an image: "k8s.gcr.io/kube-proxy:v1.20.2"
                    for w in rx.findall(r"(?<![\w\-./])[a-z0-9][a-z0-9\-.]*[a-z0-9](?![\w\-/:])", text)
                    for column in ("secrets", "configmaps")
                    if "-" in w and w in self.grounding.names(column)
                ),
                None,
            )
        if used and uses:
            col, name = used
            # the asked kind when it names what it uses (deployments, stateful sets…), else pods
            kinds = [k[2] for k in self.find_kinds(text)]
            users = [k for k in kinds if col in {c.name for c in self.catalog[k].columns}]
            where = f"list_contains({col}, {quote(name)})"
            if ns:
                where = f"namespace = {quote(ns)} AND " + where
            table = (users or ["pods"])[0]
            shown = ["name"] if ns else ["namespace", "name"]
            # "… and their status": the pods' columns asked beside
            their = rx.search(r"\b(?:and|with|plus|\+) (?:their|its|the) ([a-z ]+?)\s*[?.!]*$", text)
            if their:
                shown += [m.column for m in slots.find_columns(their.group(1), self.catalog[table])]
            # "count of pods using secret regcred, by ns": how many, in each group said
            per = rx.search(r"\b(?:per|by|in each|for each)\s+(namespace|ns|node)\b", text)
            group = ("node" if per.group(1) == "node" else "namespace") if per else None
            if group and group in {c.name for c in self.catalog[table].columns}:
                return f"SELECT {group}, count(*) FROM {table} WHERE {where} GROUP BY {group}"
            if rx.search(r"\bhow many\b|\bcount\b|\bnumber of\b", text):
                return f"SELECT count(*) FROM {table} WHERE {where}"
            return f"SELECT {', '.join(dict.fromkeys(shown))} FROM {table} WHERE {where}"
        unused = rx.search(
            r"\b(unused|no pods? (?:uses?|mounts?)|orphan(?:ed)?|nobody uses|"
            r"(?:not|aren'?t|isn'?t) (?:being )?(?:used|mounted|referenced)(?: by (?:any|a|no) pods?)?)\b",
            text,
        )
        kinds = [k[2] for k in self.find_kinds(text)]
        here = r"\b(?:per|by|each|every|(?:in )?(?:this|my|our|the current))\s+(?:namespace|ns)\b"
        if kinds[1:2] == ["namespaces"] and rx.search(here, text):
            kinds = kinds[:1] + kinds[2:]  # "unused configmaps per namespace": a key, not what uses them
        if unused and kinds[1:2] not in ([], ["pods"]):  # "pvcs not used by any statefulset": that kind's
            unused = None
        if not unused and kinds[:1] in (["roles"], ["clusterroles"]) and kinds[1:2] in ([], ["rolebindings"]):
            # "cluster roles not bound by any binding", "unbound roles": no binding names them
            unused = rx.search(
                r"\b(unbound|(?:not|aren'?t|isn'?t|never) (?:bound|referenced|granted)(?: (?:by|in|through|"
                r"via) (?:any|a|no) (?:role ?)?bindings?)?|(?:bound|referenced|granted) (?:by|in|through|"
                r"via) no (?:role ?)?bindings?|that no (?:role ?)?bindings? "
                r"(?:uses?|references?|names?|grants?))\b",
                text,
            )
        if unused and kinds and kinds[0] in _UNUSED_KINDS:
            a_text = text[: unused.start()] + " " + text[unused.end() :]  # "unused cms in team-a"
            a_sql, _, _ = self._parse(a_text, a_text, current)
            # "how many unused secrets", "unused cms per namespace": the unused ones counted, as the rest are
            counted = a_sql is not None and rx.search(_COUNTING + r"|\bper\b", text) and not rx.search(
                r"\bpods?\b", a_sql
            )
            if a_sql is not None and " JOIN " not in a_sql and ("count(" not in a_sql.lower() or counted):
                for user in _UNUSED_KINDS[kinds[0]].split():  # cluster roles: by no binding of either kind
                    how = joins.relation(kinds[0], user, True, True)
                    assert how is not None
                    a_sql = joins.absent(a_sql, user, how)
                return a_sql
        users = _UNUSED_KINDS.get(kinds[0], "").split() if kinds and not unused else []
        used = rx.search(
            r"(?<![\w\-])(?:in use|being used|used|mounted|referenced)\b"
            r"(?:\s+by\s+(?:any\s+|a\s+|some\s+|the\s+)?"
            r"(?:pods?|po|pvcs?|claims?|persistent ?volume ?claims?))?"
            r"(?=\s*(?:$|[?.!,]|(?:in|-n)\s+([a-z0-9][\w\-]*)))",
            text,
        ) if len(users) == 1 and kinds[1:2] in ([], users) else None
        if used and used.group(1) and not self._is_namespace(used.group(1), strict=True):
            used = None  # "used by pods in crashloopbackoff": which pods, not where
        if used and used.group(1) and not self.catalog[kinds[0]].namespaced:
            # "storage classes used (by pvcs) in team-b": where the claims are, joined
            if rx.search(r"\bby\b", used.group(0)):
                return None
            said = f"{text[: used.start()]}used by {users[0]} {text[used.end() :].lstrip()}"
            joined = self._joined(said, current)
            return joined[0] if joined else None
        if used and not rx.search(r"(?:\bnot|n't|\bnever|\bno)\s+(?:\w+\s+)?$", text[: used.start()]):
            # "which storage classes are used?", "secrets in use": those some pod (or claim) names
            a_text = text[: used.start()] + " " + text[used.end() :]
            a_sql, _, _ = self._parse(a_text, a_text, current)
            plain = a_sql is not None and " JOIN " not in a_sql and "count(" not in a_sql.lower()
            if plain and _main_table(a_sql) == kinds[0]:
                how = joins.relation(kinds[0], users[0], True, True)
                assert how is not None
                return joins.present(a_sql, users[0], how)
        if kinds and kinds[0] in ("services", "networkpolicies", "poddisruptionbudgets"):
            selected = self._selecting_some_pod(text, kinds[0], current)
            if selected is not None:
                return selected
        # (not "which pvcs are mounted by pending pods?": the claims of pods pending, read as a join)
        claims_asked = rx.match(r"\s*(?:(?:which|what|list|show)\s+(?:the\s+)?)?(?:pvcs?|claims?)\b", text)
        claims_of_pending_pods = claims_asked and rx.search(r"\bpending (?:pods?|po)\b", text)
        # "pending pods with a pvc": the pods are pending, not their claims
        pending_claims = r"\bpending (?:pvcs?|claims?)\b|\b(?:pvcs?|claims?)\b.*\bpending\b"
        pods_pending = rx.search(r"\bpending (?:pods?|po)\b", text) and not rx.search(pending_claims, text)
        if (
            rx.search(r"\bpods?\b|\bpo\b", text)
            and rx.search(r"\b(pvcs?|claims?)\b", text)
            and rx.search(r"pending", text)
            and not claims_of_pending_pods
            and not pods_pending
        ):
            asked = rx.match(
                r"\s*(?:(?:which|what|list|show)\s+(?:the\s+)?)?(nodes?|namespaces?|ns)\b", text
            )
            if asked:  # "which nodes have pods with pending pvcs": where those pods are
                column = "node" if asked.group(1).startswith("node") else "namespace"
                return (
                    f"SELECT DISTINCT p.{column} FROM pods p JOIN persistentvolumeclaims c ON "
                    "c.namespace = p.namespace AND list_contains(p.pvcs, c.name) WHERE c.status = 'Pending'"
                    + (" AND p.node IS NOT NULL" if column == "node" else "")
                )
            owner = rx.match(
                r"\s*(?:(?:which|what|list|show)\s+(?:the\s+)?)?(statefulsets?|sts|daemonsets?|ds)\b", text
            )
            if owner:  # "which statefulsets have a pod whose pvc is pending": the pods' owners
                kind = "StatefulSet" if owner.group(1).startswith("st") else "DaemonSet"
                return (
                    "SELECT DISTINCT p.namespace, p.owner_name FROM pods p JOIN persistentvolumeclaims c ON "
                    "c.namespace = p.namespace AND list_contains(p.pvcs, c.name) "
                    f"WHERE p.owner_kind = '{kind}' AND c.status = 'Pending'"
                )
            return (
                "SELECT p.namespace, p.name FROM pods p JOIN persistentvolumeclaims c ON c.namespace = p.namespace "  # noqa: E501 - one pattern reads best on one line
                "AND list_contains(p.pvcs, c.name) WHERE c.status = 'Pending'"
            )
        extreme = self._extreme_per_group(text, ns)
        if extreme is not None:
            return extreme
        values = self._distinct_values(rest, ns)
        if values is not None:
            return values
        keys = rx.search(
            r"\b(label|annotation) keys?\b|\bkeys? (?:of|in) (?:the |their )?(label|annotation)s\b", rest
        )
        # "most common label on pods", "top 3 label keys": the keys ranked by how many objects carry them
        ranked = rx.search(r"\b(?:most|least) (?:common|used|popular|frequent)\s+(label|annotation)s?\b"
                           r"(?!\s+(?:value|[a-z0-9][\w.\-/]*\s+(?:value|label)))", rest)
        ranked = ranked or keys and rx.search(
            rf"\b(?:most|top\s+{NUMW}|by (?:count|usage|use)|how many (?:\w+ )?(?:have|has|use|carry))\b",
            rest,
        )
        many = rx.search(
            r"\b(?:number of|how many|count of|# of)\s+(label|annotation)s\b"
            r"(?=.*\b(?:each|every|per|all|the)\b)"
            r"(?!.*\b(?:more|fewer|less|over|under|at least|at most)\b)",
            rest,
        )
        kinds = [k[2] for k in self.find_kinds(rest)] if many else []
        if many and len(kinds) == 1 and slots.column_type(self.catalog[kinds[0]], many.group(1) + "s"):
            # "number of labels on each pod in shop": how many each one holds
            table = self.catalog[kinds[0]]
            where = f" WHERE namespace = {quote(ns)}" if ns and table.namespaced else ""
            ident = "name" if ns or not table.namespaced else "namespace, name"
            column = many.group(1) + "s"
            return f"SELECT {ident}, coalesce(cardinality({column}), 0) AS {column} FROM {table.name}{where}"
        if keys is None:  # "different labels on pods", "what labels are used on nodes": the keys
            keys = rx.search(
                r"\b(?:different|distinct|unique|all the|which|what)\s+(label|annotation)s\s+"
                r"(?:(?:are|is)\s+)?(?:on|of|used (?:on|by|in)|across|do|does|set on|in use on)\b"
                r"(?!.*\b(?:have|has)\b)"
                r"(?!.*\b(?:this|my|our|current) (?:namespace|ns)\b)",  # its own labels, not the keys in use
                rest,
            )
            keys = keys if keys and not self._names_one(rest) else None
        keys = keys or ranked
        if keys:  # "which label keys are used on nodes": the keys, once each
            column = (keys.group(1) or keys.group(2)) + "s"
            kinds = [k[2] for k in self.find_kinds(rest) if slots.column_type(self.catalog[k[2]], column)]
            table = kinds[0] if kinds else "pods"
            where = f" WHERE namespace = {quote(ns)}" if ns and self.catalog[table].namespaced else ""
            if not ranked:
                return f"SELECT DISTINCT unnest(map_keys({column})) AS key FROM {table}{where}"
            top = rx.search(rf"\btop\s+{NUMW}\b", rest)
            single = r"\b(?:most|least) (?:common|used|popular|frequent)\s+(?:label|annotation)"
            single += r"(?: key)?(?!s)\b"
            single += r"|\b(?:label|annotation) key (?:is|was)\b"
            n = number(top.group(1)) if top else (1 if rx.search(single, rest) else None)
            order = "ASC" if rx.search(r"\bleast\b", rest) else "DESC"
            each = f"SELECT unnest(map_keys({column})) AS key FROM {table}{where}"
            limit = f" LIMIT {n}" if n else ""
            counted = f"SELECT key, count(*) AS {table} FROM ({each}) GROUP BY key"
            return f"{counted} ORDER BY {table} {order}{limit}"
        by_node = self._node_dimension(text, current)
        if by_node is not None:
            return by_node
        image_of = self._image_of(rest, ns)
        if image_of is not None:
            return image_of
        running = self._running_image(rest, ns)
        if running is not None:
            return running
        same = self._same_place(rest, ns, counting, text)
        if same is not None:
            return same
        m = rx.search(
            r"events? (?:for|of|about|on) (?:the )?(pod|po|deployment|deploy|node|job|service|svc)\s+"
            r"([a-z0-9][a-z0-9.]*[\-0-9][a-z0-9.\-]*)",  # a name: a dash or a digit in it
            text,
        )
        lead = r"\s*(?:(?:show|list|get|give)(?: me)?\s+)?(?:all\s+|the\s+|any\s+)?"
        lead += r"(?:how many\s+|count(?: of)?\s+|number of\s+)?(?:the\s+)?$"
        tail = r"\s*(?:(?:in|-n)\s+(?:the\s+)?(?:ns\s+|namespace\s+)?[a-z0-9\-]+"
        tail += r"(?:\s+(?:ns|namespace))?)?\s*[?.!]*"
        if m and not (rx.match(lead, text[: m.start()]) and rx.fullmatch(tail, text[m.end() :])):
            m = None  # "BackOff events for pod x", "… in the last hour": the general reading keeps those
        if m:
            kind = {"po": "Pod", "deploy": "Deployment", "svc": "Service"}.get(
                m.group(1), m.group(1).capitalize()
            )
            where = f"involved_kind = {quote(kind)} AND involved_name = {quote(m.group(2))}"
            if ns:
                where = f"namespace = {quote(ns)} AND " + where
            return f"SELECT {'count(*)' if counting else 'type, reason, message'} FROM events WHERE {where}"
        m = rx.search(
            r"exit(?:ed)?(?: with)? code (\d+)|exit code (?:was |is |of |=\s*)?(\d+)"
            r"|\bexited (?:with )?(\d+)\b(?!\s*(?:[a-z]|%))",  # "exited 137", not "exited 5 minutes ago"
            text,
        )
        if m:
            code = m.group(1) or m.group(2) or m.group(3)
            now, last = f"exit_code = {code}", f"last_exit_code = {code}"
            window = recent_window(rest)
            if window:  # "in the last hour": when that termination happened, not when the pod was made
                now = f"({now} AND {window[0].replace('last_seen', 'finished_at')})"
                last = f"({last} AND {window[0].replace('last_seen', 'last_finished_at')})"
            where = f"{now} OR {last}"
            if rx.search(r"\b(?:currently |now )?terminated (?:containers?|ctrs?)\b", text):
                where = f"state = 'terminated' AND {now}"  # "terminated containers with exit code 1": now
            elif rx.search(r"\blast (?:state|termination|terminated|exit)\b|\bpreviously\b", text):
                where = last  # "whose last termination exited with code 137"
            if ns:
                where = f"namespace = {quote(ns)} AND ({where})"
            pods = rx.search(r"\b(?:pods?|po)\b", text) and not rx.search(r"\bcontainers?\b|\bctrs?\b", text)
            if counting:
                counted = ("DISTINCT pod" if ns else "DISTINCT (namespace, pod)") if pods else "*"
                return f"SELECT count({counted}) FROM containers WHERE {where}"
            if pods:  # "which pods exited with code 139?": each pod once, like other pods read via containers
                return f"SELECT DISTINCT {'' if ns else 'namespace, '}pod FROM containers WHERE {where}"
            return f"SELECT {'' if ns else 'namespace, '}pod, name FROM containers WHERE {where}"
        m = rx.search(r"\b([a-z0-9.\-]+\.[a-z]{2,}(?::\d+)?/[a-z0-9./\-_]+:[a-z0-9.\-_]+)", original.lower())
        if m and not rx.search(r"\btolerat|\btaint", text):  # "nvidia.com/gpu:NoSchedule" is a toleration
            return f"SELECT namespace, pod FROM containers WHERE image = {quote(m.group(1))}"
        capacity = self._node_amount(text) or self._capacity(text)
        if capacity:
            return capacity
        # the asker's own quota ("my memory quota", "quota here"): shown without its namespace, as the other
        # questions of the current namespace are (three blind authors of stop 29, against one tuning author)
        here = ns is not None and ns == current and not rx.search(rf"\b{re.escape(ns)}\b", text)
        quota = _quota(text, ns, here=bool(here))
        if quota:
            return quota
        sidecar = self._container_named(text)
        if sidecar and rx.search(r"\bpods?\b|\bpo\b", text):  # "pods with a kube-rbac-proxy sidecar"
            where = f"name LIKE {quote(sidecar + '%')}"
            lack = r"\b(?:without|no|lacking|missing)\s+(?:an?\s+|the\s+|any\s+)?"
            name = re.escape(sidecar)
            said = rf"(?:(?:container|sidecar)s?\s+(?:(?:named|called)\s+)?{name}|{name}\s)"
            if rx.search(lack + said, text):  # "pods without container istio-proxy": the other pods
                like = f"x LIKE {quote(sidecar + '%')}"
                where = f"len(list_filter(list_concat(containers, init_containers), x -> {like})) = 0"
                where = f"namespace = {quote(ns)} AND {where}" if ns else where
                shown = "count(*)" if rx.search(_COUNTING, text) else "name" if ns else "namespace, name"
                return f"SELECT {shown} FROM pods WHERE {where}"
            where = f"namespace = {quote(ns)} AND {where}" if ns else where
            if rx.search(_COUNTING, text):  # each pod counted once
                return f"SELECT count(DISTINCT (namespace, pod)) FROM containers WHERE {where}"
            return f"SELECT DISTINCT {'pod' if ns else 'namespace, pod'} FROM containers WHERE {where}"
        hosts, away = self._registry(text)
        if hosts and rx.search(r"\b(images?|pull\w*|registry|containers?|from)\b", text):
            where = " OR ".join(_pulled_from(h) for h in hosts)
            kinds = [k[2] for k in self.find_kinds(text)]
            if (
                not away
                and kinds
                and kinds[0] not in ("containers", "pods")
                and slots.column_type(self.catalog[kinds[0]], "images")
            ):  # "deployments using images from gcr.io": those with any such image
                counting = bool(rx.search(_COUNTING, text))
                return _with_any_image(kinds[0], re.sub(r"\bimage\b", "x", where), ns, counting)
            if away:  # (Docker Hub's test has two parts: negated whole)
                one = len(hosts) == 1 and hosts != ["docker.io"]
                where = f"image NOT LIKE {quote(hosts[0] + '/%')}" if one else f"NOT ({where})"
            where = f"namespace = {quote(ns)} AND {where}" if ns else where
            keys = "pod" if ns else "namespace, pod"
            things = r"\b(pods?|po|containers?|ctrs?)\b"
            # "anything using ghcr images?": the pods that run them; "what uses X images?": containers
            uses = r"(?:using|uses|runs?|running|pulls?|pulling)\b"
            users = rx.search(r"\b(anything|anyone|who|what)\s+(?:still\s+|is\s+|are\s+)*" + uses, rest)
            if rx.search(r"\bimages?\b", rest) and not rx.search(things, rest) and not users:
                if rx.search(_COUNTING, text):  # "how many images come from quay.io?"
                    return f"SELECT count(DISTINCT image) FROM containers WHERE {where}"
                return f"SELECT DISTINCT image FROM containers WHERE {where}"  # "images not from X"
            pods = rx.search(r"\b(pods?|po)\b", text) or (users and users.group(1) in ("anything", "anyone"))
            if rx.search(_COUNTING, text):  # "how many containers use quay.io images?" (a pod counted once)
                counted = "DISTINCT (namespace, pod)" if pods else "*"
                return f"SELECT count({counted}) FROM containers WHERE {where}"
            if not pods:  # containers, unless pods are asked for
                return f"SELECT {keys}, name FROM containers WHERE {where}"
            return f"SELECT DISTINCT {keys} FROM containers WHERE {where}"
        if rx.search(
            r"latest tag|:latest|untagged|no tag|without (?:a |any )?tags?\b|tag(?:ged| is)? (?:as )?latest|"
            # "containers using latest image"
            r"\b(?:us(?:e|es|ing)|run\w*|on|with) (?:the |a )?latest images?\b",
            text,
        ):
            latest = "{0} LIKE '%:latest' OR NOT regexp_matches({0}, ':[^/]+$')"
            kinds = [k[2] for k in self.find_kinds(text)]
            ns, _ = self._namespace(text, current)  # "… in payments": that namespace's alone
            within = f" AND namespace = {quote(ns)}" if ns else ""
            shown = "" if ns else "namespace, "
            if rx.search(_COUNTING, text):
                shown = "count(*)"
            workloads = r"\b(?:containers?|ctrs?|pods?|po)\b"
            # (the images asked for themselves; "any images on :latest?" asks for the containers, as dev's do)
            asked = r"\W*(?:(?:which|what|list|show(?: me)?|get|all|the|distinct|unique)\s+)*images?\b"
            imaged = rx.match(asked, text) and not rx.search(workloads, text)
            if imaged and kinds[:1] in ([], ["containers"]) and shown != "count(*)":
                # "images without a tag": the images themselves, once each (an untagged one runs :latest)
                return f"SELECT DISTINCT image FROM containers WHERE ({latest.format('image')}){within}"
            if kinds and kinds[0] != "containers" and slots.column_type(self.catalog[kinds[0]], "images"):
                # "deployments whose image tag is latest": objects with any such image
                return _with_any_image(kinds[0], latest.format("x"), ns, shown == "count(*)")
            shown = shown if shown == "count(*)" else shown + "pod, name"
            where = latest.format("image")
            return f"SELECT {shown} FROM containers WHERE ({where}){within}" if ns else (
                f"SELECT {shown} FROM containers WHERE {where}"
            )
        if rx.search(
            r"multi-?container|(?:more than (?:one|1)|multiple|several|two or more|2 or more) "
            r"(?:\w+ )?(?:\([^)]*\) )?container|2\+ containers|sidecars|"
            r"\b(?:with|have|has|having|run|running) an? sidecar\b",
            text,
        ):
            ns, _ = self._namespace(text, current)  # "multi-container pods in kube-system"
            where = "len(containers) > 1" + (f" AND namespace = {quote(ns)}" if ns else "")
            if rx.search(r"\b(?:how many|number of|count(?: the)?) (?:\w+ )?(?:pods|po)\b", text):
                return f"SELECT count(*) FROM pods WHERE {where}"  # the pods counted
            counted = rx.search(r"how many|container count|number of", text)
            shown = ", len(containers) AS containers" if counted else ""
            # "multi-container deployments", "deploys with sidecars": the workloads, by their pod template
            owners = [t for _, _, t in self.find_kinds(text) if t not in ("pods", "containers", "namespaces")
                      and "containers" in {c.name for c in self.catalog[t].columns}]
            table = owners[0] if owners else "pods"
            return f"SELECT {'' if ns else 'namespace, '}name{shown} FROM {table} WHERE {where}"
        gpus = r"(?<![\w-])gpus?(?![\w-])"  # not a node named "gpu-1"
        gpu_use = rx.search(
            r"\b(free|available|unused|left|unallocated|remaining|spare|idle|requested|in use|used|allocated|"
            r"claimed|taken)\b", text
        ) if rx.search(gpus, text) and rx.search(r"how many|total|sum|count|number", text) else None
        per_node = rx.search(r"\b(?:per|each|every|by) node\b|\bon each\b", text)
        nodes_said = rx.search(r"\bnodes?\b", text) and not per_node
        # (what follows is about the nodes' gpus, not "how many deployments request gpus?" nor "deployments
        # on gpu nodes", read as any other question about workloads)
        workloads = (
            r"\b(?:deploy\w*|stateful ?sets?|sts|daemon ?sets?|replica ?sets?|jobs?|cron ?jobs?|workloads?)\b"
        )
        if rx.search(workloads, text):
            return None
        if gpu_use and not rx.search(r"\bpods?\b|\bpo\b", text) and not nodes_said:
            # "how many gpus are free?": the nodes' allocatable less what running pods' containers request
            asked = "requested" if gpu_use.group(1) in ("requested", "in use", "used", "allocated", "claimed",
                                                         "taken") else "free"
            where = "node = n.name" if per_node else "node IS NOT NULL"
            requested = f"(SELECT coalesce(sum({_GPU_REQUEST}), 0) FROM containers WHERE {where} AND {_HELD})"
            if per_node:
                shown = requested if asked == "requested" else f"n.gpu_allocatable - {requested}"
                return f"SELECT n.name, {shown} AS {asked}_gpus FROM nodes n WHERE n.gpu_allocatable > 0"
            if asked == "requested":
                return f"SELECT {requested} AS requested_gpus"
            return f"SELECT (SELECT sum(gpu_allocatable) FROM nodes) - {requested} AS free_gpus"
        if (
            rx.search(gpus, text)
            and rx.search(r"how many|total|sum|allocatable", text)
            and not per_node  # "how much gpu is allocatable on each node?": each node's
            and not rx.search(r"\bnodes?\b.*\b(have|with)\b", text)
            and not rx.search(r"\b(?:how many|number of|count) (?:\w+ )?(?:pods?|po|containers?)\b", text)
        ):  # not "how many pods use gpus", which counts the pods
            return "SELECT sum(gpu_allocatable) FROM nodes"
        if (
            rx.search(gpus, text)
            and rx.search(r"\bnodes?\b", text)
            and not rx.search(r"\bpods?\b|\bpo\b|\bruns?\b|\brunning on\b|\bis on\b|'s on\b", text)
            and not rx.search(r"\b(?:no|without|zero|0|non-?|lacking)\s*(?:nvidia\s+)?gpus?\b", text)
            and not rx.search(r"\btaint", text)  # "nodes whose taints include gpu": a taint, not GPUs
            # "gpus per node" (said "nodes with their gpu capacity"): each node's count
            and not rx.search(r"\b(?:per|by|each|every) node\b|\bgpu (?:capacity|allocatable)\b", text)
            # "not ready nodes with gpus": a state besides, read by the parser
            and not rx.search(r"\b(?:ready|notready|unready|cordoned|(?:un)?schedulable|pressure)\b", text)
        ):
            each = rx.search(  # "which nodes have gpus and how many?": each node with its number
                r"\b(?:and|with|plus|\+)\s+(?:how many\b|(?:their |the |its )?(?:gpu )?counts?\b|"
                r"(?:their |the |its )(?:number of )?(?:nvidia )?gpus\b|number of (?:nvidia )?gpus\b)"
                r"|\bhow many gpus\b.*\beach\b",
                text,
            )
            if each:
                return "SELECT name, gpu_capacity FROM nodes WHERE gpu_capacity > 0"
            counted = rx.search(_COUNTING, text)  # "how many nodes have gpus"
            return f"SELECT {'count(*)' if counted else 'name'} FROM nodes WHERE gpu_capacity > 0"
        return None


# Pod columns shown beside the pods of a named deployment when said: "… and their service account".
_POD_SHOWN = frozenset(
    {"service_account", "ip", "host_ip", "qos_class", "images", "priority_class", "started", "age"}
)
# Workloads that ask for a number of replicas ("desired").
# A follow-up that edits the query ("make it the last day", "change it to staging"), not the cluster,
# unless it names what a change to an object would set.
_SORT_LEAD = r"^(?:and |now |ok,? |then )?(?:sort|sorted|order|ordered|rank|ranked)"
_SORT_LEAD += r"(?: them| it| those| these)? by\b"
_EDIT_LEAD = r"^(?:now |ok,? |okay,? |and )?(?:make|change|switch|turn) (?:it|that|this|the query)"
# ("make it so" and "change it to nginx:latest", an image, order)
_EDIT_LEAD += r"(?: to| into)? (?!(?:to |into )?(?:so|[a-z][\w./\-]*:[\w.\-]+)\W*$)"
_CHANGED_FIELDS = r"\b(replicas?|images?|limits?|requests?|labels?|annotations?|versions?|tags?|cpu|mem\w*|"
# a number is a field's new value, unless it is a time ("make it 30 minutes": a window)
_CHANGED_FIELDS += r"\d+(?!\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|weeks?|months?)\b)"
_CHANGED_FIELDS += r")\b"
_SCALED = ("deployments", "statefulsets")
# Kinds a name alone may stand for, the likelier first: the workload before the service that fronts it.
_UP_KINDS = ("nodes", "deployments", "statefulsets", "daemonsets")  # up when ready, as kubectl's READY says
_NAMED_KINDS = (
    *("deployments", "statefulsets", "daemonsets", "cronjobs", "jobs", "services", "nodes", "pods"),
    *("ingresses", "horizontalpodautoscalers", "persistentvolumeclaims", "configmaps", "secrets"),
    *("persistentvolumes", "rolebindings", "clusterrolebindings", "serviceaccounts", "poddisruptionbudgets"),
)

# Registries by their usual names; a "*" host stands for any of this cluster's hosts of that form.
_REGISTRY_NICKNAMES = {
    r"\bdocker ?hub\b": "docker.io",
    r"\bquay\b": "quay.io",
    r"\bghcr\b|\bgithub(?:'s)? (?:container )?registry\b": "ghcr.io",
    r"\bgcr\b|\bgoogle container registry\b": "gcr.io",
    r"\bartifact registry\b|\bgar\b": "*-docker.pkg.dev",
    r"\becr\b|\belastic container registry\b": "*.dkr.ecr.*.amazonaws.com",
    r"\bmcr\b|\bmicrosoft(?:'s)? (?:container )?registry\b": "mcr.microsoft.com",
    r"\bnvcr\b|\bnvidia(?:'s)? (?:container )?registry\b|\bngc\b": "nvcr.io",
}

# Words that join the kind asked for to the kind that filters it ("pods *on* GPU nodes").
_CONNECTOR = (
    r"\b(on|of|in|from|belonging to|owned by|managed by|controlled by|created by|whose|with|that|which|"
    r"have|has|using|uses|use|across|mounting|mount|behind|bound (?:to|by)|for|attached to|targeting|via|"
    r"subjects? of|named by|mentioned by|"
    r"through|"
    r"under|backing|belongs? to|back|backs|hosting|hosts|host(?!\s*(?:network|ip|path|ports?|pid|ipc|name))|"
    r"serving|serves|fronting|fronts?|part of|owning|owns|own|"
    r"(?:and|with|plus) (?:its|their)|point(?:s|ing)? (?:at|to)|rout(?:e|es|ing) to|select(?:s|ing)?|"
    r"match(?:es|ing)?|send(?:s|ing)? traffic to|"
    r"manag(?:e|es|ing)|control(?:s|ling)?(?![ -]plane)|"
    # "deploys running pods", not "with no running pods" (the pods' state, said before them)
    r"(?<!\bno )(?<!\bany )(?<!\bzero )(?<!\bwith )(?<!\bsome )(?<!\bhave )(?<!\bhas )"
    r"(?<!\bby )(?<!\bof )(?<!\bfor )"  # "pvcs used by running pods": the pods' state
    r"(?:running|runs?)(?=\s+(?:\S+\s+){0,2}(?:pods?|po)\b)|"
    r"used by|referenced by|mounted by|(?:protected|covered|selected|matched|exposed) by|"
    r"exposed (?:through|via)|"
    r"apply to|applies to|"
    r"expos(?:es|ing))\b|->"
)


# Groups put in order by what their pods request: "the smallest mem requests", "most cpu requested".
_RANKED_BY_REQUESTS = (
    r"\b(?:top|bottom|most|least|smallest|biggest|largest|highest|lowest)\s+(?:total\s+)?(?:cpu|mem|memory)\s+"
    r"(?:requests?|requested)\b"
)


# Amounts one takes from another ("capacity minus allocatable"), not objects left out ("minus kube-system").
_AMOUNT_WORDS = r"(?:\w+ )?(?:allocatable|capacity|requests?|requested|limits?|used|current|ready|desired)\b"


# The kind of a pods' owner said after another kind: "… that are not daemonset pods" (parsing.py's
# rewrite of "non-ds pods", "daemonsets aside"), "… not owned by a daemonset", "… part of a statefulset".
_OWNER_KIND = r"(?:daemon ?sets?|ds|stateful ?sets?|sts)"
_OWNER_KIND_AFTER = (
    r",?\s*(?:(?:that|which)\s+)?(?P<be>(?:are|is)\s+)?(?P<neg>(?:not|aren'?t|isn'?t)\s+)?"
    rf"(?:(?:owned|created|managed|controlled|run)\s+by\s+an?\s+(?P<by>{_OWNER_KIND})\b"
    rf"|part\s+of\s+an?\s+(?P<part>{_OWNER_KIND})\b"
    rf"|(?P<own>{_OWNER_KIND})(?:'s)?\s+(?:pods?|po)\b)"
)
# A workload named where its nodes are asked for ("where is fluent-bit not running?"): `w` is its name.
_WORKLOAD_KIND = r"(?:ds|daemon ?set|deploy(?:ment)?|sts|stateful ?set)"
_WORKLOAD = (
    rf"(?:the\s+)?(?:{_WORKLOAD_KIND}[/\s]+)?(?P<w>[a-z0-9][a-z0-9\-]*[a-z0-9])"
    rf"(?:\s+{_WORKLOAD_KIND})?(?:\s+(?:pods?|po))?"
)
_WORKLOAD_END = r"\s*[?.!]*(?:\s*\(nodes?\))?\s*[?.!]*\s*$"
_WORKLOAD_ABSENT = [
    rf"^(?:which |what |list |show )?nodes?\s+(?:that are\s+|are\s+)?(?:missing|lacking|without)\s+"
    rf"(?:an?\s+|any\s+)?{_WORKLOAD}{_WORKLOAD_END}",
    rf"^where\s+(?:is|are)\s+{_WORKLOAD}\s+(?:not running|not scheduled|missing|absent){_WORKLOAD_END}",
    rf"^where\s+(?:is|are)\s+there\s+no\s+{_WORKLOAD}{_WORKLOAD_END}",
    rf"^(?:on\s+)?(?:which|what)\s+nodes?\s+(?:is|are)\s+{_WORKLOAD}\s+(?:not running|missing|absent)"
    rf"(?:\s+(?:on|from))?{_WORKLOAD_END}",
    rf"^nodes?\s+where\s+{_WORKLOAD}\s+(?:is|are)\s+(?:missing|absent|not running){_WORKLOAD_END}",
    rf"^{_WORKLOAD}\s*:\s*(?:which|what)\s+nodes?\s+(?:has|have|does|do)\s+it\s+(?:got\s+)?no\s+pods?\s+on"
    rf"{_WORKLOAD_END}",
]
_WORKLOAD_ON = [
    rf"^(?:on\s+)?(?:which|what)\s+nodes?\s+(?:is|are)\s+{_WORKLOAD}\s+(?:on|running on|running|scheduled on)"
    rf"{_WORKLOAD_END}",
]
# Kinds whose pods name them as their owner.
_POD_OWNERS = {
    "deployments": "Deployment",
    "statefulsets": "StatefulSet",
    "daemonsets": "DaemonSet",
    "jobs": "Job",
    "replicasets": "ReplicaSet",
}


def _held_by(m: slots.Mention, others: list[slots.Mention]) -> bool:
    """A column's words starting inside another kind's column said at least as long: the pods' "ip" of
    "their ips", not the service's cluster ip."""
    return any(o.start <= m.start < o.end and o.end - o.start >= m.end - m.start for o in others)


def _inside_kind(text: str, m: slots.Mention, kinds: list[str]) -> bool:
    """A column's words found inside a kind's words: the "role" of "role binding"."""
    return any(
        k.start() <= m.start and m.end <= k.end() and m.end - m.start < len(kind)
        for kind in kinds
        for k in rx.finditer(rf"\b{rx.escape(kind)}\b", text)
    )


def _pod_amount(text: str) -> str | None:
    """The pods' number a question adds up: restarts, or cpu or memory requests (or limits)."""
    if rx.search(r"\brestart", text):
        return "restarts"
    resource = rx.search(r"\b(cpu|cores?|millicores?|memory|mem|ram)\b", text)
    if not resource or not rx.search(r"\b(request\w*|ask\w*|limit\w*)\b", text):
        return None
    limit = rx.search(r"\blimit", text) and not rx.search(r"\b(request|ask)", text)
    kind = "memory" if resource.group(1) in ("memory", "mem", "ram") else "cpu"
    return f"{kind}_{'limit' if limit else 'request'}"


def _pods_fn(text: str) -> str:
    """How a workload's pods' numbers combine: "max restarts per deployment" takes the largest one
    ("min", "average" alike), not the total."""
    m = rx.search(r"(?<!\d )\b(max|min)(?:imum)?\b|\b(average|avg|mean)\b", text)
    return "avg" if m and m.group(2) else m.group(1) if m else "sum"


_EQUALS = re.compile(r"([a-z_]+) = ('(?:[^']|'')*')")


def _alternatives(p: Parse) -> None:
    """One column can't equal two values at once: values of one column named together are
    alternatives ("how many jobs succeeded, failed or are still running?"), counted per value."""
    said: dict[str, list[str]] = {}
    for c in p.conds:
        m = _EQUALS.fullmatch(c)
        if m:
            said.setdefault(m.group(1), []).append(m.group(2))
    for column, values in said.items():
        values = list(dict.fromkeys(values))
        if len(values) < 2:
            continue
        own = [c for c in p.conds if (m := _EQUALS.fullmatch(c)) and m.group(1) == column]
        at = p.conds.index(own[0])
        p.conds = [c for c in p.conds if c not in own]
        p.conds.insert(at, f"{column} IN ({', '.join(values)})")
        p.listed = column


# What kubectl get -o wide shows of one object of a kind, for "describe x" and "tell me about x".
_DESCRIBED = {
    "pods": "status, ready, restarts, age, ip, node",
    "deployments": "ready, up_to_date, available_replicas, age, images",
    "statefulsets": "ready, age, images",
    "daemonsets": "desired, current, ready, up_to_date, available_replicas, age, images",
    "nodes": "status, roles, age, kubelet_version, internal_ip",
    "services": "type, cluster_ip, external_ip, ports, age",
    "jobs": "status, completions, duration, age",
    "cronjobs": "schedule, suspend, active, last_schedule, age",
    "persistentvolumeclaims": "status, volume, capacity, access_modes, storage_class, age",
}


def _described(text: str, sql: str) -> str:
    """One object asked about whole ("describe pod x", "tell me about deployment y", "details of node z"):
    what kubectl get -o wide shows of it, not its name alone. Its events are asked apart."""
    if not rx.match(r"\W*(?:(?:kubectl|k)\s+)?(?:describe|details? (?:of|for|on|about)|"
                    r"info(?:rmation)? (?:on|about|for)|"
                    r"(?:show|give|tell) me (?:everything|all|more) (?:about|on))\b", text):
        return sql
    tree = sqlglot.parse_one(sql, read="duckdb")
    source = tree.find(exp.Table) if isinstance(tree, exp.Select) else None
    shown = [e.sql() for e in tree.expressions] if source is not None else []
    one = rx.search(r"\bname = '", sql) and " JOIN " not in sql and not tree.args.get("group")
    if source is None or source.name not in _DESCRIBED or not one or set(shown) - {"namespace", "name"}:
        return sql
    ident = "name" if source.name == "nodes" or rx.search(r"\bnamespace = '", sql) else "namespace, name"
    shown = f"{ident}, {_DESCRIBED[source.name]}".split(", ")
    return tree.select(*shown, append=False).sql(dialect="duckdb")


def _first_few(text: str, sql: str) -> str:
    """A number of objects asked for ("list 5 pods", "first 10 pods in payments alphabetically"): that many,
    in the order asked for, if any."""
    lead = r"\W*(?:(?:list|show|get|give)\s+(?:me\s+)?)?(?:the\s+)?(?:first\s+|any\s+|some\s+)?"
    said = rx.match(lead + r"(\d+)\s+[a-z]", text)
    tree = sqlglot.parse_one(sql, read="duckdb") if said else None
    if not isinstance(tree, exp.Select) or tree.find(exp.AggFunc) or tree.args.get("group"):
        return sql
    if tree.args.get("limit") or (tree.args.get("order") and not rx.search(r"alphabetical|by name", text)):
        return sql
    return f"{sql} LIMIT {int(said.group(1))}"  # (no order of its own: a "sort by" said next would follow it)


def _groups_sorted(text: str, sql: str) -> str:
    """Groups with one amount each, sorted as said ("total restarts per namespace, highest first"), when
    the query came back unsorted."""
    said = rx.search(
        r"\b(?:(highest|largest|biggest|most|lowest|smallest|least|fewest) first|(?:sorted|ordered|ranked)"
        r"(?: by \w+)?(?: (desc|descending|asc|ascending))?|(desc|descending|asc|ascending))\W*$", text
    )
    tree = sqlglot.parse_one(sql, read="duckdb") if said else None
    grouped = isinstance(tree, exp.Select) and tree.args.get("group") and not tree.args.get("order")
    if tree is None or not grouped:
        return sql
    amounts = [e for e in tree.expressions if e.find(exp.AggFunc)]
    if len(amounts) != 1:
        return sql
    way = next(w for w in (*said.groups(), "desc") if w)
    low = way in ("lowest", "smallest", "least", "fewest", "asc", "ascending")
    amount = exp.column(amounts[0].alias) if amounts[0].alias else amounts[0].copy()
    return tree.order_by(exp.Ordered(this=amount, desc=not low), copy=False).sql(dialect="duckdb")


def _either_flags(p: Parse, text: str, table: Table) -> None:
    """Yes/no columns named with "or" are alternatives, not both at once: "deployments that are paused or
    progressing" (states.py joins the states it reads so; these flags are read by their column's name)."""
    for m in rx.finditer(r"\b([a-z_]+)(?:\s*,\s*|\s+or\s+|\s*,\s*or\s+)([a-z_]+)\b", text):
        pair = [m.group(1), m.group(2)]
        if all(w in p.conds and slots.column_type(table, w) == "bool" for w in pair):
            at = min(p.conds.index(w) for w in pair)
            p.conds[:] = [c for c in p.conds if c not in pair]
            p.conds.insert(at, f"({pair[0]} OR {pair[1]})")


def spoken_kind(kind: str) -> str:
    """A kind as it is said: StorageClass is "storage class"."""
    return rx.sub(r"(?<=[a-z])(?=[A-Z])", " ", kind).lower()


# What two pods can share, and the pod column naming it: "pods that mount the same pvc"
_SHARED = {
    r"pvcs?|claims?|persistent ?volume ?claims?|volumes?": ("pvcs", "pvc"),
    r"config ?maps?|cms?": ("configmaps", "configmap"),
    r"secrets?": ("secrets", "secret"),
    r"service ?accounts?|sas?": ("service_account", "service_account"),
}


def _pods_sharing(text: str, namespace: str | None, is_namespace: Callable[[str], str | None]) -> str | None:
    """ "Which pods mount the same pvc?", "pods sharing a config map": each pod with what it names that
    another pod (of its namespace) names too."""
    for words, (column, shown) in _SHARED.items():
        said = rx.fullmatch(
            r"\W*(?:which |what |show |list |find )?(?:the )?(?:pods?|po) (?:that |which )?(?:are )?"
            r"(?:mount|use|share|reference|run as|mounting|using|sharing|referencing)s? "
            r"(?:the same|a|one|an) "
            rf"(?:{words})(?: with (?:another|other) pods?)?((?: in [\w\-]+| -n [\w\-]+)?)\W*",
            text,
        )
        if said is None:
            continue
        if not rx.search(r"\bsame\b|\bshar\w*|\bwith (?:another|other) pods?\b", said.group(0)):
            continue  # "pods that mount a pvc" have one, shared or not
        if said.group(1):  # "… in payments": a namespace the cluster has (else read as any question)
            namespace = is_namespace(said.group(1).split()[-1])
            if namespace is None:
                return None
        where = f" WHERE namespace = {quote(namespace)}" if namespace else ""
        value = f"unnest({column})" if column.endswith("s") else column
        each = f"SELECT namespace, name, {value} AS {shown} FROM pods{where}"
        keys = "" if namespace else "namespace, "
        return (
            f"SELECT {keys}name, {shown} FROM ({each}) WHERE {shown} IS NOT NULL "
            f"QUALIFY count(*) OVER (PARTITION BY namespace, {shown}) > 1"
        )
    return None


def _uncompared(text: str, sql: str) -> str | None:
    """A plain number said with "more than", "under" … that the query holds nowhere: the comparison went
    unread ("deployments with max surge over 25", read as every deployment)."""
    for m in rx.finditer(
        r"\b(?:more|greater|higher|bigger|larger|less|fewer|lower|smaller)\s+than\s+(\d+)\b(?![.,]?\d|\s*%|\s*[a-z])",
        text,
    ):
        if not rx.search(rf"(?<![\w.']){m.group(1)}(?![\w.'])", sql):
            return m.group(0)
    # "deployments with more replicas than their hpa max": compared with something, and nothing compared
    said = rx.search(
        r"\b(?:more|fewer|less|greater|higher|lower|bigger|larger|smaller)\b(?:\s+[\w\-]+){0,3}?\s+than\s+\S+",
        text,
    )
    unquoted = rx.sub(r"'[^']*'", "''", sql)
    if said and not rx.search(r"(?i)[<>]|\bBETWEEN\b|\bmax\(|\bmin\(|\bLIMIT\b", unquoted):
        return said.group(0)
    return None


# a comparison, "or", then another: "cpu request > cpu limit or memory request > memory limit"
_COMPARED_OR = (
    r"(?:[<>]=?|\b(?:more|less|fewer|higher|lower|greater|bigger|larger|smaller) than|\babove|\bbelow|\bover|"
    r"\bunder)\s+[\w.\s]*?\bor\b\s+[\w\s]*?(?:[<>]=?|\b(?:more|less|fewer|higher|lower|greater|bigger|larger|"
    r"smaller) than|\babove|\bbelow|\bover|\bunder)\s"
)


def _either_compared(p: Parse, text: str) -> None:
    """Two comparisons joined by "or" are alternatives, not both at once: "containers with cpu request >
    cpu limit or memory request > memory limit"."""
    compared = [c for c in p.conds if rx.fullmatch(r"[a-z_]+ (?:[<>]=?|<>) \S.*", c)]
    if len(compared) != 2 or not rx.search(_COMPARED_OR, text):
        return
    at = min(p.conds.index(c) for c in compared)
    p.conds[:] = [c for c in p.conds if c not in compared]
    p.conds.insert(at, f"({compared[0]} OR {compared[1]})")


# a yes/no state said both ways: "ready vs not ready", "ready and unready", "available/unavailable"
_BOTH_WAYS = r"\b([a-z]+)\s*(?:vs\.?|versus|/|and|or|compared (?:to|with))\s*(?:not\s+|non-?|un|in)\1\b"
# the other side said apart: "… vs …", "and how many aren't", "with and without", "by ready status"
_OTHER_SIDE = (
    r"\b(?:vs\.?|versus)\s|\band how many\b|\bwith (?:and|or) without\b|\bor not\b"
    r"|\bby (?:(?:the\s+)?(?:ready|readiness|schedulab\w*)(?: status| state| condition)?|readiness)\s*\W*$"
)
# the state columns the other side of a yes/no state may have been read as ("unavailable": not fully ready)
_SIDE_STATES = STATE_COLUMNS | {"ready_replicas", "available_replicas", "unavailable_replicas", "desired"}


def _both_sides(p: Parse, text: str, table: Table) -> None:
    """A yes/no column counted both ways ("how many nodes are ready vs not ready", "hostNetwork pods and how
    many aren't", "ready and unready pods per namespace"): one count per value of it, not one side."""
    if not p.count or p.cols is not None or p.order or p.having:
        return
    flags = [c for c in p.conds if (m := rx.fullmatch(r"(?:NOT )?(\w+)", c)) and
             slots.column_type(table, m.group(1)) == "bool"]
    named = rx.search(_BOTH_WAYS, text)
    if named:  # the word said both ways names the column: "available vs unavailable deployments"
        flags = [c for c in flags if named.group(1) in c.removeprefix("NOT ").replace("is_", "")] or flags
    if len(flags) != 1 or not (named or rx.search(_OTHER_SIDE, text)):
        return
    column = flags[0].removeprefix("NOT ")
    if (p.group or "").split(", ")[-1:] == [column]:
        return
    dropped = [c for c in p.conds if c != flags[0] and columns_of([c]) & _SIDE_STATES] if named else []
    p.conds = [c for c in p.conds if c != flags[0] and c not in dropped]
    p.group = f"{p.group}, {column}" if p.group else column
    p.understood.append(f"per {column}")


# a namespace left out: "pods not in kube-system", "outside of monitoring", "aren't in the ml ns"
_NOT_IN = (
    r"(?:(?:\bnot|n't|\b(?:aren|isn)t)\s+(?:in|from)|\boutside(?:\s+of)?)\s+(?:the\s+)?(?:ns\s+|namespace\s+)?"
    r"([a-z0-9][a-z0-9\-]*(?:\s*(?:,|/|\bor\b|\bnor\b)\s*[a-z0-9][a-z0-9\-]*)*)(?:\s+(?:ns|namespace)\b)?"
)
_LISTED_NS = r"\s*(?:,|/|\bor\b|\bnor\b|\band\b|&)\s*"
_NOT_IN_AND = _NOT_IN.replace(r"\bnor\b)", r"\bnor\b|\band\b)")


def _exclusion(text: str) -> tuple[str, str]:
    """The question without its "excluding …" phrase, and that phrase: "unused secrets excl. sa tokens"."""
    m = rx.search(
        r"[,(]?\s*\b(?:excl(?:uding|udes?|\.)?|except(?: for)?|not counting|other than|leaving out|leave out|"
        r"ignor(?:e|ing)|apart from|besides|minus(?!\s+(?:the\s+)?" + _AMOUNT_WORDS + r"))"
        r"\s+(?:the\s+)?(.+?)\s*(?:[,;?)]|$)",
        text,
    )
    if m is None:
        return text, ""
    # "other than Scheduled, Pulled, Created and Started": a list of single words, all left out
    item = r"[a-z][\w\-]*"
    listed = rx.match(
        rf"(\s*{item}(?:\s*,\s*{item})*,?\s*(?:and|or|nor)\s+{item}(?:\s+(?:in|-n)\s+{item})?)\s*[?.!]*$",
        text[m.end() :],
    )
    if listed and " " not in m.group(1) and text[m.end() - 1] == ",":
        return text[: m.start()], f"{m.group(1)}, {listed.group(1).strip()}"
    # "namespaces except kube-system have failing pods": one name left out, the question going on after it
    going_on = rx.match(
        r"([a-z0-9][\w\-.]*)\s+((?:have|has|with|that|which|run|runs|running|are|is|use|uses|using|contain|"
        r"containing|hold|holding)\b.*)",
        m.group(1),
    )
    if going_on:
        return f"{text[: m.start()]} {going_on.group(2)} {text[m.end() - 1 :]}", going_on.group(1)
    return text[: m.start()] + " " + text[m.end() :], m.group(1)


# Kinds that own pods, and the owner a pod of theirs names ("deployment pods" are owned by a replicaset).
# Pods no controller owns.
# What a plain listing shows beside the name, as kubectl get does: a secret's type, a claim's status.
_LISTED_WITH = {"secrets": "type", "persistentvolumeclaims": "status"}
_PLAIN_LISTING = re.compile(r"SELECT ((?:namespace, )?name) FROM (\w+)(?: WHERE namespace = '[\w\-]+')?")


_ALONE = r"(?<![\w.\-/]){}(?![\w.\-/]|:\w)"  # a word alone, not part of a name, a domain or a path


# "nodes and whether they are ready", "cronjobs and if each is suspended": the flag shown, not a filter
_WHETHER = re.compile(
    r"^(?P<head>.+?)\s*,?\s*(?:and|with|\+|plus)\s+(?:whether|if)\s+(?:or not\s+)?"
    r"(?:they|it|each(?: one)?|each of them|those|these|the \w+)(?:\s+(?:is|are|were|was)|'re|'s)\s+"
    r"(?:(?:the|a|an)\s+)?(?P<flag>[a-z][a-z \-]*?)(?:\s+or not)?\s*[?.!]*$"
)


def _whether_shown(text: str, reader: Callable[[str], str | None]) -> str | None:
    """The objects the head of the question lists, with the column the flag after "whether" is read from
    beside each (the flag read as the parser reads "… that are <flag>", then shown instead of kept)."""
    m = _WHETHER.match(text)
    if m is None:
        return None
    head = reader(m.group("head"))
    flagged = reader(f"{m.group('head')} that are {m.group('flag')}")
    if not head or not flagged or " JOIN " in head or " GROUP BY " in head:
        return None
    added = flagged.removeprefix(head)
    cond = rx.fullmatch(r" (?:WHERE|AND) (NOT )?([a-z_]+)(?: (?:=|<>) '[^']*')?", added)
    if cond is None or flagged == head:
        return None
    return head.replace(" FROM ", f", {cond.group(2)} FROM ", 1)


def _by_place(text: str, reader: Callable[[str], str | None]) -> str | None:
    """The readings of pods by where they run and what they hold, tried in turn."""
    return (
        _whether_shown(text, reader)  # "nodes and whether they are ready"
        or placement.busiest_node_per_place(text)  # "which node runs the most pods in each zone?"
        or placement.workloads_on_every_node(text, reader)  # "which daemonsets run on every node?"
        or placement.place_of_one(text, reader)  # "which namespace has the oldest pod?"
        or placement.pods_by_place(text, reader)  # "how are the payments-api pods spread across zones?"
        or placement.pods_per_node(text, reader)
        or placement.node_groups_with_column(text, reader)  # "top 3 nodes by pod count with their zone"
        or _image_versions(text, reader)  # "storefront image versions + counts"
        or placement.pods_with_claims_on_nodes(text, reader)
        or placement.namespaces_ranked_by_pods_on_nodes(text, reader)
        or totals.limit_ratio(text, reader)  # "ratio of cpu limits to requests per namespace"
        or totals.pods_total(text, reader)  # "cpu req of pods on cordoned nodes"
        or totals.pods_breakdown(text, reader)  # "qos classes of the pods on x"
    )


def _listed_with(sql: str) -> str:
    """The whole question's answer, when it is a plain listing ("secrets here", "pvc -n data"), with
    the column kubectl get shows beside the name; not a listing read as part of a bigger question."""
    m = _PLAIN_LISTING.fullmatch(sql)
    beside = _LISTED_WITH.get(m.group(2)) if m else None
    return sql.replace(m.group(1), f"{m.group(1)}, {beside}", 1) if m and beside else sql


def _objects_of_events(text: str, sql: str) -> str | None:
    """ "which objects?" after events listed: the objects they are about, each once, the same filters."""
    asked = r"^\W*(?:and )?(?:which|what) (?:objects?|things?|resources?)"
    asked += r"(?: (?:are|were|is|was) (?:they|those|these|them|it) (?:about|for|on))?\W*$"
    tree = sqlglot.parse_one(sql, read="duckdb")
    shaped = any(tree.args.get(k) for k in ("group", "joins")) or tree.find(exp.AggFunc)
    if not rx.match(asked, text) or shaped:
        return None
    where = tree.args.get("where")
    fixed = where is not None and any(
        c.this.name == "namespace" and isinstance(c.expression, exp.Literal) for c in where.find_all(exp.EQ)
    )
    tree.set("expressions", [exp.column(c) for c in (["object"] if fixed else ["namespace", "object"])])
    tree.set("distinct", exp.Distinct())
    return tree.sql(dialect="duckdb")


def _main_table(sql: str) -> str | None:
    found = sqlglot.parse_one(sql, read="duckdb").find(exp.Table)
    return found.name if found is not None else None


def _as_its_pods(text: str, workload: str) -> str:
    """The question with a workload named alone said as its pods: "legacy-billing crashlooping pods" is
    "crashlooping legacy-billing pods", "restarts of legacy-billing" "restarts of legacy-billing pods"."""
    pods = rx.search(r"\b(?:pods?|po)\b", text)
    if pods is None:
        return rx.sub(rf"(?<![\w\-]){re.escape(workload)}(?![\w\-])", f"{workload} pods", text, count=1)
    text = text[: pods.start()] + f"{workload} " + text[pods.start() :]
    return rx.sub(rf"(?<![\w\-]){re.escape(workload)}(?![\w\-])\s*(?!pods?\b)", "", text, count=1)


def _negated_reason(cond: str, text: str) -> str:
    """An event reason the question names by its own word after a "not": `reason <> …`, not `reason = …`."""
    m = rx.fullmatch(r"reason (?:= '(\w+)'|IN \((.+)\))", cond)
    if m is None:
        return cond
    said = [m.group(1)] if m.group(1) else [r.strip(" '") for r in m.group(2).split(",")]
    negated = r"(?:\b(?:not|except|excluding|other than|without|w/o)\s+(?:(?:about|from|an?|the|any)\s+)?"
    negated += r"|n't\s+|\bnon-?\s*)"
    if not all(rx.search(negated + re.escape(r.lower()) + r"\b", text) for r in said):
        return cond
    return cond.replace("reason = ", "reason <> ").replace("reason IN", "reason NOT IN")


# a count asked beside an amount per group: "count and total restarts per node", "how many nodes and how much
# allocatable cpu in each zone", "pods and average restarts per ns", "pvcs per namespace and how much storage"
_COUNTED_KINDS = "pods|nodes|pvcs|claims|deployments|services|jobs|containers"
_AMOUNT_LEAD = (
    r"(?:what (?:is|are) |what's )?(?:the\s+|their\s+)?(?:total|sum|avg|average|mean|max\w*|min\w*|how much|"
    r"combined)\b"
)
_COUNT_TOO = (
    rf"^(?:the\s+)?(?:total\s+)?(?:count|number|tally)(?:\s+of\s+[a-z]+)?\s*(?:and|&|plus|,)\s+{_AMOUNT_LEAD}"
    rf"|^[a-z]+\s+count\s*(?:and|&|plus|,)\s+{_AMOUNT_LEAD}"
    rf"|^how many [a-z]+(?: are there)?\s*(?:and|&|plus|,|with)\s+{_AMOUNT_LEAD}"
    rf"|^(?:{_COUNTED_KINDS})\s*(?:and|&|plus|,)\s+{_AMOUNT_LEAD}"
    rf"|^(?:{_COUNTED_KINDS}) (?:per|by|in each|for each) [a-z ]+? and how much\b"
)


def _count_too(text: str, sql: str) -> str:
    """The groups' counts added beside the amount asked with them, where the parse kept only the amount."""
    said = rx.sub(r"^(?:per|by|for each|in each) [a-z]+\s*[:,\-]\s*", "", text.strip())  # "per node: …"
    if not rx.search(_COUNT_TOO, said):
        return sql
    try:
        tree = sqlglot.parse_one(sql, read="duckdb")
    except Exception:  # noqa: BLE001 - an unreadable query is left as it is
        return sql
    if not isinstance(tree, exp.Select) or tree.args.get("limit") or tree.args.get("joins"):
        return sql
    shown = tree.expressions
    aggs = [e for e in shown if e.find(exp.AggFunc)]
    if not tree.args.get("group") and len(aggs) != len(shown):  # one total: every column an aggregate
        return sql
    if not aggs or any(e.find(exp.Count) for e in shown):
        return sql
    at = shown.index(aggs[0])
    tree.set("expressions", [*shown[:at], exp.Count(this=exp.Star()), *shown[at:]])
    return tree.sql("duckdb")


def _beyond_here(text: str, namespace: str) -> str:
    """ "… cluster-wide, not just here": the whole cluster; "in other namespaces", "outside my namespace":
    every namespace but the asker's, said as the namespace left out."""
    mine = r"(?:here|mine|ours|(?:in )?(?:my|this|our|the current) (?:namespace|ns))"
    text = rx.sub(rf",?\s*\b(?:and )?not (?:just|only) {mine}\b", " across the cluster", text)
    text = rx.sub(rf"\bbeyond {mine}\b", "across the cluster", text)
    # "image pull errors in all namespaces": the whole cluster, not the namespaces themselves
    every = r"\b(?:in|across|from) (?:all|every) (?:the )?(?:namespaces|ns)\s*([?.!]*)$"
    text = rx.sub(every, r"across the cluster\1", text)
    others = rf"\b(?:in |from )?(?:the )?other (?:namespaces|ns)\b|\boutside (?:of )?{mine}\b"
    others += rf"|\bnot in {mine}\b|\belsewhere\b"
    text = rx.sub(others, f"not in {namespace}", text)
    # "how many pods here vs bookinfo?", "… in bookinfo vs my namespace": the asker's namespace named
    versus = r"(?=\s*,?\s*(?:vs\.?|versus|compared (?:to|with)|against|and|or)\s+(?:in\s+|with\s+)?[a-z0-9])"
    text = rx.sub(rf"\b{mine}{versus}", f"in {namespace}", text)
    after = r"(?<=\bvs )|(?<=\bvs\. )|(?<=\bversus )|(?<=\bagainst )"
    after += r"|(?<=\bcompared to )|(?<=\bcompared with )"
    return rx.sub(rf"(?:{after}){mine}\b", namespace, text)


def _why_shown(text: str, sql: str) -> str:
    """ "which pods were evicted and why": the objects kept by their reason, with what they say about it."""
    asked = r"\b(?:and|,)\s*(?:why|the reasons?|their reasons?|for what reason)\b"
    # "evicted pods with the reason message"
    asked += r"|\b(?:and|,|with)\s*(?:the |their )?(?:reason |eviction |error |failure )?messages?\b"
    # "failed jobs + failure reason"
    asked += r"|(?:\+|\band\b|,|\bwith\b)\s*(?:the |their )?failure reasons?\b"
    if not rx.search(asked, text):
        return sql
    tree = sqlglot.parse_one(sql, read="duckdb")
    source = tree.find(exp.Table)
    kept = columns_of([tree.args["where"].this.sql(dialect="duckdb")]) if tree.args.get("where") else set()
    shown = {e.alias_or_name for e in tree.expressions}
    if source is None or " JOIN " in sql or tree.find(exp.AggFunc):
        return sql
    # what each kind says about why it is kept: a pod's message beside its reason, a job's failure reason
    # a node's status beside its readiness
    why = lx.WHY_COLUMNS.get(source.name)
    if source.name == "jobs" and not rx.search(r"\bfail", text):
        return sql
    if why and why[0] in kept and why[1] not in shown:
        tree = tree.select(f"{source.alias_or_name + '.' if source.alias else ''}{why[1]}", copy=False)
    elif source.name == "pods" and "status = 'Pending'" in sql and not (source.alias or "message" in shown):
        # "which pods are pending and why?": what the scheduler said of each (a pod holds no reason itself)
        joins.qualify(tree, "p")
        source.set("alias", exp.TableAlias(this=exp.to_identifier("p")))
        tree = tree.select("e.message", copy=False).join(
            "events AS e",
            on="e.namespace = p.namespace AND e.involved_kind = 'Pod' AND e.involved_name = p.name "
            "AND e.reason = 'FailedScheduling'",
            join_type="left",
            copy=False,
        )
    elif source.name == "pods" and (
        {"phase", "is_ready"} & kept and not {"status", "reason"} & (kept | shown)
        # "which pods are not running, and why?": the status left open by a filter that excludes one
        or rx.search(r"\bstatus (?:<>|!=|NOT IN)", sql) and not rx.search(r"\bstatus (?:=|LIKE|IN)\b", sql)
        and not {"status", "reason"} & shown
    ):
        # "failed pods and why", "which pods are not ready and why?": kubectl's STATUS says it (Error,
        # OOMKilled, Evicted, CrashLoopBackOff)
        tree = tree.select(f"{source.alias_or_name + '.' if source.alias else ''}status", copy=False)
    return tree.sql(dialect="duckdb")


_OWNED = (
    r"\b(?:with|having|that (?:have|has)|which (?:have|has)) (?:an? |some )?"
    r"(?:owners?|controllers?|owner references?)\b"
    r"|\b(?:managed|controlled|owned) by (?:a controller|something|anything|some controller)\b"
)
_BARE = (
    r"(not|n't) (managed|owned|controlled) by (any|a)\b(?! (?:daemon ?sets?|ds|stateful ?sets?|sts|"
    r"cron ?jobs?|cj|replica ?sets?|rs|deployments?|deploy|jobs?)\b(?! ?(?:,|/|or\b|nor\b|and\b)))|"
    r"\b(no|without(?: an?)?|w/o(?: an?)?) (owners?|controllers?|ownerreferences)\b|"
    r"\b(naked|standalone|bare|unowned|unmanaged|uncontrolled|orphan(ed)?) (pods?|po)\b"
)
_OWNERS = {
    "daemonsets": "daemonset",
    "statefulsets": "statefulset",
    "jobs": "job",
    "replicasets": "replicaset",
    "deployments": "replicaset",
    "cronjobs": "job",
}
# Kinds owned by one kind only: "nightly-report's jobs" live where the cron job nightly-report does.
_OWNED_BY_ONE = {"jobs": "cronjobs", "replicasets": "deployments"}
# Kinds that others use by name, so that an unused one is worth asking about; and who uses them.
_UNUSED_KINDS = {
    **dict.fromkeys(("configmaps", "secrets", "persistentvolumeclaims", "serviceaccounts"), "pods"),
    "storageclasses": "persistentvolumeclaims",
    "priorityclasses": "pods",
    "roles": "rolebindings",
    "clusterroles": "clusterrolebindings rolebindings",
}
# Where an IP address lives, in the order a bare address is looked up.
# A node's own address first: pods on the host network share it.
_IP_COLUMNS = (("nodes", "internal_ip"), ("pods", "ip"), ("services", "cluster_ip"))
# List columns that name objects of another table, for the namespace such a name implies.
_REFERENCED = {"configmaps": "configmaps", "secrets": "secrets", "pvcs": "persistentvolumeclaims"}
_COUNTING = r"\bhow many\b|\bcount\b|\bnumber of\b"  # a count asked for
# A node ranked by use with no measure said: "least used node", "most utilised nodes".
_USED_NO_MEASURE = (
    r"\b((?:least|most|less|more|under|over)[ -]?(?:heavily )?(?:used|utili[sz]ed|loaded))\s+"
    r"(node|machine)s?\b"
)
_MEASURE = r"\b(?:cpus?|cores?|memory|mem|ram|pods?|requests?|requested|limits?|gpus?|storage|disk)\b"
_TOP = r"\b(most|least|fewest|top|busiest|highest|lowest|biggest|largest)\b"
_RANKING = _TOP + r"|\b(how many|count|number of)\b"
_IDENTITY = ("namespace", "name")
# Properties of a node that its pods are grouped or described by.
_NODE_DIMENSIONS = {
    *("zone", "region", "instance_type", "kubelet_version", "os_image", "operating_system"),
    *("architecture", "container_runtime", "kernel_version"),
}
# the condition types objects report in status.conditions, as the API spells them
_CONDITIONS = {
    t.lower(): t
    for t in (
        "PodScheduled", "Ready", "ContainersReady", "Initialized", "DisruptionTarget", "MemoryPressure",
        "DiskPressure", "PIDPressure", "NetworkUnavailable", "Available", "Progressing", "ReplicaFailure",
        "Complete", "Failed", "Suspended", "FailureTarget", "SuccessCriteriaMet",
    )
}
_CONDITION_SAID = (
    r"\b(?:whose|where|with|that have|having|which have)\s+(?:the\s+|an?\s+|their\s+|its\s+)?"
    r"([a-z]+(?: [a-z]+)?)\s+condition\s+(?:is\s+|=+\s*|set to\s+|of\s+|at\s+)?(true|false|unknown)\b"
)


def _with_condition(sql: str, condition: str, status: str, catalog: Catalog) -> str | None:
    """The query kept to objects whose `condition` has that status; None when its kind reports none."""
    tree = sqlglot.parse_one(sql, read="duckdb")
    table = tree.find(exp.Table)
    if table is None or table.name not in catalog.names() or tree.args.get("joins"):
        return None
    if "conditions" not in {c.name for c in catalog[table.name].columns}:
        return None
    kept = tree.where(f"conditions[{quote(condition)}] = {quote(status)}", dialect="duckdb")
    return kept.sql(dialect="duckdb")


# an order or a pick said after the related kind, of the asked kind: "… sorted by restarts", "… newest first"
_ORDER_ASKED = (
    r",?\s*(?:\b(?:sorted|ordered|ranked) by\b.*|\b(?:newest|oldest|youngest|biggest|largest|smallest|"
    r"most recent|latest|earliest)(?: ones?)? first\b.*|\bwith the (?:most|fewest|least|highest|lowest) "
    r"(?:restarts?|replicas|age)\b.*|\b(?:took|ran|lasted) the (?:longest|shortest)\b.*)$"
)
# Words that start the list of what to show: "… and their status", "+ the node's zone".
_SHOW = (
    r"\band (?:on |in )?(?:its|their|the|each|whether|what|which)\b|\bwith (?:its|their|the)\b|\+|"
    r"\bshow\w*\b|"
    r"\bwith (?=\S+ names?\b)|\band how many\b|"
    r"\bplus\b|\bincluding\b|\bw/ "
)
# A column said to be the related kind's: "the node's status", "the node status", "zone of their node".
_OWNED_BY = r"{phrase}(?:'s|s')?\s*$|\b(?:of|on) (?:its|their|the|each) {phrase}\b"
# Words for a reference to an object that is not there.
_MISSING = (
    r"\b(?:was |were |has |have )?never (?:been )?created\b|"
    r"\b(?:is ?n'?t|is not|are ?n'?t|are not|isnt|arent) (?:present|found|in (?:the|their|its) namespace)\b|"
    r"\b(missing|(?:does|do)(?: not|n't) exist|nonexistent|non-existent|not there|not found|dangling|"
    r"deleted|gone|absent|no longer exists?)\b|\bthat (?:is|are)(?: no longer|n't) (?:there|around)"
    # "a storage class that isn't a real one", "isn't installed", "has no IngressClass object"
    r"|\b(?:is ?n'?t|is not|are ?n'?t|are not) (?:an? )?(?:real|existing|installed|defined)\b"
    r"|\b(?:is ?n'?t|is not|are ?n'?t|are not) (?:installed|defined)(?: in the cluster)?\b"
    r"|\b(?:has|have|with) no (?:matching (?:ingress ?class|storage ?class|priority ?class)(?: objects?)?"
    r"|(?:ingress ?class|storage ?class|priority ?class) objects?)\b"
)
# Where traffic is sent, right before a name: "route to storefront", "pointing at grafana".
_TOWARDS = (
    r"\b(?:rout(?:e|es|ing) (?:traffic )?to|point(?:s|ing)? (?:at|to)|send(?:s|ing)? traffic to)"
    r"\s+(?:the\s+)?$"
)
# Connectors that make the related kind a requirement even without filters: "pods using a pvc".
_USES = (
    r"\b(use|uses|using|used by|mount\w*|referenc\w*|bound (?:to|by)|backing|backs?|behind|targeting|"
    r"targets?|"  # "hpas whose target is a statefulset"
    r"(?:a )?subjects? of|named by|mentioned by|"
    r"hosting|hosts?|owning|owns?|belongs? to|exposed by)\b"
)
# Some related object exists: "deploys with an hpa", "pods covered by a network policy".
_HAS_A = (
    r"\b(?:with|have|has|having|(?:selected|covered|protected|matched) by|"
    r"(?:exposed|reachable|routed to|served|fronted) (?:through|by|via|from))\s+"  # "… exposed by an ingress"
    r"(?:an?|some|at least one|any)\s*$|\b(?:have|has|having)\s+$"  # "which namespaces have pods"
)
# The same words after the related kind: "which nodes are the checkout pods on?"
_TRAILING_CONNECTOR = (
    r"\s*(?:[a-z0-9][\w\-.]*\s+)?(?:(?:are|is|do|does)\s+)?"  # "which node is pod ledger-db-0 running on"
    r"(?:on|in|under|using|use|belong to|running on|run on|scheduled on|"
    r"live on|living on|mounted (?:on|by|in)|bound to|attached to|for)\s*[?.!]*\s*$"
)
_ABSENT = r"\b(without|have no|has no|with no|lacking|with (?:a |an )?missing|missing(?= (?:the|an?) )|no)\b"
_RUNS_ON = r"\b(what|wh?ats?|which|anything|who)\b.*\b(runs?|running|scheduled|is on|'s on|lives?)\b"
# "what's left on the cordoned node?", "what remains on worker-4": what still runs there
_RUNS_ON += r"|\b(what|wh?ats?|which|anything)\b.*\b(left|remains?|remaining|sits?|sitting) on\b"


# An image repository running in several versions: "more than one version (tag)", "repos with >1 tag".
_MANY_TAGS = (
    r"(?:\bmore than (?:one|1)|\bmultiple|\bseveral|>\s*1|\btwo or more)\s+(?:\w+\s+)?(?:versions?|tags?)\b"
)
# What an event is about, besides its message: its reason or its object.
_SUBJECT = {"reason", "involved_kind", "involved_name", "source"}
# a time the pods themselves had, rather than their events
_POD_TIMES = r"\b(?:created|started|born|new|newer|young\w*|scheduled|restarted|deployed|launched|spun up)\b"
# How often something happened, repeats counted: the events' count, not an object's state.
# the events named as where the answer is read: "(events)", "(SuccessfulCreate events)", "according to events"
_BY_EVENTS = (
    r"\(\s*(?:[a-z]+\s+)?(?:events?|ev)\s*\)|"
    r"\b(?:according to|going by|judging by|based on|from) (?:the )?(?:events|ev)\b"
)
_TIMES_REPEATED = r"\bhow many times\b|\bcounting repeats\b"
# What the replica set controller reports about the replica sets it runs, never about their deployments.
_REPLICASET_REASONS = ("FailedCreate", "SuccessfulCreate", "FailedDelete", "SuccessfulDelete")


def _deployments_through_replicasets(sql: str) -> str | None:
    """ "Deployments with FailedCreate events": those events are about the deployments' replica sets, so the
    deployments are found through them (the events have none about a deployment itself)."""
    if "involved_kind = 'Deployment'" not in sql:
        return None  # most events questions: no second parse of what was just rendered
    tree = sqlglot.parse_one(sql, read="duckdb")
    where = tree.args.get("where")
    if where is None or tree.args.get("group") or tree.args.get("joins") or tree.find(exp.AggFunc):
        return None
    conds = list(where.this.flatten()) if isinstance(where.this, exp.And) else [where.this]
    said = [c for c in conds if c.sql(dialect="duckdb") == "involved_kind = 'Deployment'"]
    reasons = [c for c in conds if isinstance(c, (exp.EQ, exp.In)) and c.this.name == "reason"]
    named = [v.name for c in reasons for v in c.find_all(exp.Literal)]
    if not said or not named or not set(named) <= set(_REPLICASET_REASONS):
        return None
    owner = {"namespace": "r.namespace", "involved_name": "r.owner_name", "object": "r.owner_name"}
    cols = [owner.get(c.alias_or_name, f"e.{c.alias_or_name}") for c in tree.expressions]
    kept = [joins._qualified(c.sql(dialect="duckdb"), "e") for c in conds if c is not said[0]]
    kept += ["e.involved_kind = 'ReplicaSet'", "r.owner_kind = 'Deployment'"]
    distinct = "DISTINCT " if tree.args.get("distinct") else ""
    return (
        f"SELECT {distinct}{', '.join(cols)} FROM events e JOIN replicasets r "
        f"ON r.namespace = e.namespace AND r.name = e.involved_name WHERE {' AND '.join(kept)}"
    )


# Words that ask to see a column of events ("reason and message", "what object and why").
_EVENT_COLUMNS = (
    ("type", r"\btypes?\b(?!\s*=)"),
    ("reason", r"\breasons?\b(?!\s*=)|\bwhat reason\b|(?:\band|\+|,)\s+why\b"),
    ("message", r"\b(?:messages?|msgs?|say|says|saying|said|errors?)\b"),
)
# Reasons asked for on their own: "the distinct warning reasons", "which reasons appear …".
# Columns every kind has, which name no related kind.
_GENERIC_COLUMNS = {
    *("name", "namespace", "uid", "labels", "annotations", "created", "age", "raw", "cluster", "status"),
}
_OBJECT_KINDS = (
    # ("shop: kinds of objects w/ warnings": a namespace said first)
    r"(?:\b(?:what|which) |^\s*(?:[\w\-]*\s*:\s*)?(?:(?:show|list|get)(?: me)? )?(?:the )?"
    r"(?:distinct |different |unique )?)"
    r"(?:kinds?|types?|sorts?) of (?:objects?|resources?|things?)\b"
    r"|\b(?:object|resource) (?:kinds|types)\b|^(?:which |what )?kinds (?:with|have|got)\b"
)
_QUANTITY_WORDS = {"cpu", "cpus", "cores", "memory", "mem", "ram", "gpu", "gpus", "storage"}
_REASONS = frozenset(lx.EVENT_REASONS)  # what Kubernetes reports, held here or not
_KINDS_OF = r"\b(?:what|which) (?:kinds?|types?|sorts?) of (?:warnings?|events?|errors?|problems?|reasons)\b"
_JUST_SOURCES = (
    r"\b(?:distinct|different|unique|which|what|list(?: the)?|all)\s+(?:\w+\s+)?(?:sources|components)\b"
    r"|^(?:the\s+)?event sources\b"
)
_RANKED = r"\b(?:most|fewest|least|top|per|each|every|by|how many|count|number)\b"
_JUST_REASONS = (
    r"\b(?:distinct|different|unique|which|what|list)\s+(?:\w+\s+)?reasons\b"
    r"|\b(?:just|only) (?:the )?reasons\b"
    r"|^(?:the\s+)?(?:new\s+)?(?:warning|event|ev|warning event)\s+reasons\b(?!\s+(?:for|of|why)\b)"
    r"|" + _KINDS_OF
)
# What follows a kind asked for as the events' subject: "pods that got …", "which nodes reported …"
# (not "which pods are failing health checks": what the events say is the answer there).
_SUBJECT_VERB = (  # "which pods here have …": the asker's namespace said between the kind and its verb
    r"(?:\s+here\b)?(?:\s+(?:that|which|who|with|have|has|had|got|get|gets|reported|report|stuck|did|do|whose|where|"
    r"created|were|was|fail(?:s|ed|ing|ures?)?|"  # "which pods were evicted?"
    # "which jobs hit their backoff limit", "which hpas are complaining"
    r"hit|blew|exceeded|keep|kept|(?:are |is )?complain\w*(?! about))\b"
    r"|\s*[?,.]|\s*$)"
)
# Kinds whose objects events are usually about, looked up by name.
# Event reasons about pods that the pods' own state does not show ("which pods failed to mount volumes?").
_POD_UNTOLD = {"FailedMount", "FailedAttachVolume"}
_POD_UNMADE = {"FailedCreate"}  # pods a controller failed to create: never made, only its events tell
# The kinds that own another kind directly (no replica set between): "the latest job of each cron job".
_DIRECT_OWNERS = frozenset(
    {
        ("jobs", "cronjobs"),
        ("pods", "jobs"),
        ("pods", "statefulsets"),
        ("pods", "daemonsets"),
        ("pods", "replicasets"),
        ("replicasets", "deployments"),
    }
)
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
    "poddisruptionbudgets",
    "persistentvolumes",
    "endpoints",
    "ingresses",
)


_KEY_NOISE = {"io", "k8s", "kubernetes", "com", "www", "app", "name", "x", "v1", "acme"}


# Fields of a container's spec without a column of their own, read from raw ("$.readinessProbe").
# an image's tag said alone: "image tag v0.10.6", "tagged 1.2", "a v0.10.6 image"
_TAG_SAID = (
    r"\btag(?:ged)?(?:\s*:\s*|\s+)(?:is\s+|=\s*|of\s+|other than\s+|not\s+|isn'?t\s+)?(v?\d(?:[\w.\-]*\w)?)"
    # (a short "version v1" is as often a label's value)
    r"|(?<!kubelet )(?<!kernel )(?<!proxy )(?<!os )\bversion\s+"
    r"(?:is\s+|=\s*|of\s+|other than\s+|not\s+|isn'?t\s+)?(v?\d[\w.\-]*\w)"
    r"|\b(v\d[\w.\-]*\w)\s+(?:images?|tags?)\b"
)
_PROBES = {"readiness": "readinessProbe", "liveness": "livenessProbe", "startup": "startupProbe"}
# Boolean securityContext flags, as asked ("read-only root filesystem", "allow privilege escalation").
_SECURITY_FLAGS = (
    (
        r"\bread[\s-]?only\s?(?:r(?:oo)t\s?)?(?:file\s?system|fs)\b|\breadonlyrootfilesystem\b",
        "readOnlyRootFilesystem",
    ),
    (r"\b(?:allow\w*\s+)?privilege\s?escalation\b|\ballowprivilegeescalation\b", "allowPrivilegeEscalation"),
    # spelt so that "r(oo)t" alone stays a word the translator does not read: "pods running as r(oo)t"
    (r"\b(?:run\w*\s+as\s+)?non[\s-]?r(?:oo)t\b|\brunasnonroot\b", "runAsNonRoot"),
)


def _spec_conditions(text: str) -> list[tuple[str, str]]:
    """A container's probes set or missing ("no readiness probe", "w/o livenessProbe") and privileged
    containers ("privileged containers", "securityContext.privileged: true")."""
    out: list[tuple[str, str]] = []
    for word, field_name in _PROBES.items():
        m = rx.search(rf"\b{word}\s?(?:probes?|checks?)\b", text)
        if m:
            lacking = rx.search(
                r"(?:\b(?:no|without|missing|lacking|lacks?|not)|n't have|\bnot have)\s+(?:an?\s+|any\s+)?$",
                text[: m.start()],
            ) or rx.match(r"\s+(?:(?:is|are)\s+)?(?:missing|absent|unset|not set)\b", text[m.end() :])
            test = "IS NULL" if lacking else "IS NOT NULL"
            out.append(("type = 'container'", "regular containers"))  # init containers have no probes
            out.append((f"json_extract(raw, '$.{field_name}') {test}", m.group(0)))
    only = rx.search(r"\b(liveness|readiness)[\s-]only\b", text)
    if only and not out:  # "liveness-only containers": that probe and not the other one
        other = "readiness" if only.group(1) == "liveness" else "liveness"
        out += [
            ("type = 'container'", "regular containers"),
            (f"json_extract(raw, '$.{_PROBES[only.group(1)]}') IS NOT NULL", only.group(0)),
            (f"json_extract(raw, '$.{_PROBES[other]}') IS NULL", only.group(0)),
        ]
    probes = r"\b(?:(no|without|missing|lacking)\s+(?:any\s+)?|(?:with|any)\s+)(?:health\s*)?probes\b"
    m = None if out else rx.search(probes, text)
    if m:  # "pods without probes": none of the three; "containers with probes": any of them
        test = "IS NULL" if m.group(1) else "IS NOT NULL"
        fields = [f"json_extract(raw, '$.{f}') {test}" for f in _PROBES.values()]
        joined = " AND ".join(fields) if m.group(1) else "(" + " OR ".join(fields) + ")"
        out += [("type = 'container'", "regular containers"), (joined, m.group(0))]
    m = rx.search(r"(?<![\w-])(non-|un)?privil\w*ged\b", text)  # "privilged" too
    if m and not m.group(1):
        out.append(("json_extract_string(raw, '$.securityContext.privileged') = 'true'", "privileged"))
    for pattern, field_name in _SECURITY_FLAGS:  # other securityContext flags: set to true, or not
        m = rx.search(pattern, text)
        if m:
            negated = rx.search(r"(?:\b(?:no|without|not|lacking|missing)|n't)\s+(?:an?\s+|a\s+)?\S*$",
                                text[: m.start()])
            field_value = f"json_extract_string(raw, '$.securityContext.{field_name}')"
            cond = f"coalesce({field_value}, 'false') <> 'true'" if negated else f"{field_value} = 'true'"
            out.append((cond, m.group(0)))
    m = rx.search(r"\benv\s?from\b", text)
    if m:  # "containers using envFrom": whole config maps or secrets loaded as environment variables
        before = text[: m.start()]
        lacking = rx.search(r"(?:\b(?:no|without|not|lacking|missing)|n't)\s+(?:\w+\s+)?$", before)
        out.append((f"json_extract(raw, '$.envFrom') {'IS NULL' if lacking else 'IS NOT NULL'}", m.group(0)))
    m = rx.search(r"\bmount\w*\s+(?:at\s+|on\s+)?(/[\w.\-/]*\w)", text)
    if m:  # "pods mounting /var/log": a container mounts a volume at that path
        out.append((f"list_contains(volume_mounts, {quote(m.group(1))})", m.group(0)))
    return out


# Where a workload's pod spec is ("$.spec.template.spec"): what its pods will ask for
_TEMPLATES = {
    **dict.fromkeys(
        ("deployments", "statefulsets", "daemonsets", "replicasets", "jobs"), "$.spec.template.spec"
    ),
    "cronjobs": "$.spec.jobTemplate.spec.template.spec",
}


def _gpu_condition(text: str, resources: str) -> list[tuple[str, str]]:
    """GPUs asked for, which no column holds: "pods requesting gpus", "containers using a GPU" (not the
    nodes' GPUs: "pods on gpu nodes", nor a node named gpu-1)."""
    m = rx.search(r"(?<![\w\-./])gpus?(?![\w\-])(?!\s+(?:nodes?|no)\b)", text)
    if not m or rx.search(r"\btolerat|\btaint", text):  # "pods tolerating the gpu taint": a toleration
        return []
    lacking = rx.search(r"\b(?:no|without|not|n't)\b(?:\s+\w+){0,2}\s*$", text[: m.start()])
    has = f"{resources} LIKE '%nvidia.com/gpu%'"
    return [(f"NOT coalesce({has}, false)" if lacking else has, m.group(0))]


def _taint_part(text: str, table: Table, grounding: Grounding | None) -> tuple[str, str] | None:
    """A taint or toleration by a part of it, its key's or its effect, and the word said: "nodes with a
    NoSchedule taint", "pods that tolerate the gpu taint" (a whole one, "nvidia.com/gpu", is a value)."""
    column = next((c for c in ("tolerations", "taints") if slots.column_type(table, c) == "list"), None)
    if column is None:
        return None
    verb = r"(?:(?:includes?|contains?|with|for|of|on)\s+)?"
    lead = r"\b(?:tolerat\w*|taint(?:s|ed)?)\s+" + verb + r"(?:the\s+|an?\s+|any\s+)?"
    word = r"([a-z0-9*][\w.\-/*=:]*)"
    before = rx.search(word + r"\s+(?:taints?|tolerations?)\b", text)  # "the gpu taint"
    plain = r"(?:taint|tolerat|nodes?$|pods?$)"
    found = [m for m in (rx.search(lead + word, text), before) if m]
    m = next((m for m in found if m.group(1) not in lx.STOPWORDS and not rx.match(plain, m.group(1))), None)
    if m is None or len(m.group(1)) < 3:
        return None
    said = m.group(1)
    held = grounding.values(table.name, column) if grounding is not None else frozenset()
    if any(said in (v.lower(), re.split(r"[=:]", v.lower())[0]) for v in held):
        return None  # a whole taint or its key: read as a value
    return f"len(list_filter({column}, x -> x ILIKE {quote('%' + said + '%')})) > 0", m.group(0)


_VOLUME_SOURCES = {
    "hostpath": "hostPath",
    "emptydir": "emptyDir",
    "nfs": "nfs",
    "projected": "projected",
    "csi": "csi",
    "downwardapi": "downwardAPI",
    "ephemeral": "ephemeral",
}


def _pod_conditions(text: str) -> list[tuple[str, str]]:
    """Pods by what kubectl users know them as, without a column of its own: static (mirror) pods,
    which the kubelet makes from files and which name their node as owner, and pods with hostPath
    volumes, read from raw ("$.spec.volumes")."""
    out: list[tuple[str, str]] = []
    if rx.search(r"(?<![\w-])(?:static|mirror) pods?\b", text):
        out.append(("owner_kind = 'Node'", "static pods"))
    sources = r"host ?path|empty ?dir|nfs|projected|csi|downward ?api|ephemeral"
    # ("pods mounting emptyDir": the kind of volume said alone, after the verb that mounts it)
    m = rx.search(
        rf"\b({sources}) volumes?\b|\bhost ?path\b|(?:\bmount\w*|\bwith|\busing|\buse)\s+(?:an?\s+)?"
        r"(empty ?dir|nfs|projected|csi|downward ?api)\b",
        text,
    )
    if m:  # a volume's source, as the pod spec names it: "hostPath", "emptyDir", "nfs"
        lacking = rx.search(r"\b(?:no|without|not|n't)\b(?:\s+\w+){0,2}\s*$", text[: m.start()])
        source = _VOLUME_SOURCES[rx.sub(r"[ _]", "", (m.group(1) or m.group(2) or m.group(0)))]
        has = f"""json_extract_string(raw, '$.spec.volumes') LIKE '%"{source}"%'"""
        out.append((f"NOT coalesce({has}, false)" if lacking else has, m.group(0)))
    return out + _gpu_condition(text, "json_extract_string(raw, '$.spec.containers')")


def _looks_like_a_name(word: str, held: frozenset[str]) -> bool:
    """ "foo-bar" beside a kind the cluster holds no such name of: a name all the same (the answer
    is empty, as kubectl's "not found"), when the kind's names are dashed too."""
    return "-" in word and not word.startswith("-") and any("-" in h for h in held)


def _with_any_image(table: str, test: str, ns: str | None, counting: bool) -> str:
    """The objects of `table` (those with an images column) holding any image that passes `test`, said of
    `x`: "deployments whose image tag is latest", "daemonsets using images from quay.io"."""
    shown = "count(*)" if counting else "name" if ns else "namespace, name"
    within = f" AND namespace = {quote(ns)}" if ns else ""
    return f"SELECT {shown} FROM {table} WHERE len(list_filter(images, x -> {test})) > 0{within}"


def _pulled_from(host: str) -> str:
    """Images pulled from `host`. Docker Hub's are also the ones named without a registry host ("nginx:1.19",
    "grafana/grafana"): an image's first part is a host only when it has a dot or a colon, or is localhost."""
    like = f"image LIKE {quote(host + '/%')}"
    if host != "docker.io":
        return like
    return f"({like} OR NOT regexp_matches(image, {quote(_HOST_NAMED)}))"


# The GPUs a container requests, and the pods whose requests hold a node's resources (placed, not ended).
_GPU_REQUEST = "CAST(json_extract_string(raw, '$.resources.requests.\"nvidia.com/gpu\"') AS DOUBLE)"
_HELD = "pod_phase NOT IN ('Succeeded', 'Failed')"
# An image whose first part is a registry host: it has a dot or a colon, or is localhost.
_HOST_NAMED = "^[^/]*[.:][^/]*/|^localhost/"
# The registry an image is pulled from: its host, or Docker Hub's when it names none ("nginx:1.19").
_REGISTRY = (
    f"CASE WHEN regexp_matches(image, {quote(_HOST_NAMED)}) THEN split_part(image, '/', 1) "
    "ELSE 'docker.io' END"
)


# The label keys that name a pod's app ("reviews pods": app=reviews).
_APP_KEYS = ("app", "app.kubernetes.io/name", "k8s-app")


def _repository(image: str) -> str:
    """An image's repository without its registry, path, tag or digest: "docker.io/bitnami/kafka:3.7" is
    "kafka"."""
    return image.rsplit("/", 1)[-1].split(":", 1)[0].split("@", 1)[0]


def _pinned_namespace(sql: str) -> str | None:
    """The one namespace a query keeps to (`namespace = 'x'` among its top filters), or None."""
    tree = followup._tree(sql) if sql else None
    for cond in followup._conjuncts(tree) if tree is not None else []:
        if m := rx.fullmatch(r"(?:\w+\.)?namespace = '([^']+)'", cond):
            return m.group(1)
    return None


def _narrows(before: str, after: str) -> bool:
    """Whether `after` asks the same table as `before` for fewer rows: its filters and more."""
    was, now = followup._tree(before), followup._tree(after)
    if was is None or now is None or _main_table(before) != _main_table(after):
        return False
    kept, added = set(followup._conjuncts(was)), set(followup._conjuncts(now))
    same = not any(now.args.get(k) for k in ("joins", "group")) and not was.args.get("joins")
    return same and kept < added


def _as_listing(sql: str) -> str:
    """A count of rows (`count(*)`) said as the listing of them it counts; any other query as it is."""
    tree = sqlglot.parse_one(sql, read="duckdb")
    shown = tree.expressions if isinstance(tree, exp.Select) else []
    source = tree.find(exp.From)
    if len(shown) != 1 or not isinstance(shown[0].unalias(), exp.Count) or not shown[0].find(exp.Star):
        return sql
    if source is None or not isinstance(source.this, exp.Table):  # a count of groups counted inside
        return sql
    return tree.select(exp.column("name"), append=False).sql(dialect="duckdb")


def _lists_everything(sql: str) -> bool:
    """Whether `sql` lists a whole table, or all of it in one namespace: one table, no other
    condition, no grouping, order or limit."""
    tree = sqlglot.parse_one(sql, read="duckdb")
    where = tree.args.get("where")
    in_namespace = (
        where is not None
        and isinstance(where.this, exp.EQ)
        and isinstance(where.this.this, exp.Column)
        and where.this.this.name == "namespace"
    )
    return (
        isinstance(tree, exp.Select)
        and len(list(tree.find_all(exp.Table))) == 1
        and (where is None or in_namespace)
        and not any(tree.args.get(k) for k in ("joins", "group", "order", "limit", "having"))
    )


def _env_named(text: str, original: str) -> str | None:
    """An environment variable named as written ("env LOG_LEVEL", "DISABLE_PROFILER in their env")."""
    named_env = [
        m.group(1)
        for pattern in (
            r"\benv\w*(?: var\w*)?\s+([a-z][a-z0-9_]+)",
            r"\b([a-z][a-z0-9_]+)\s+(?:env\w*|variable)",
            r"\b([a-z][a-z0-9_]+)\s+in\s+(?:their|its|the)\s+env",
        )
        for m in rx.finditer(pattern, text)
    ]
    upper = {w.lower(): w for w in rx.findall(r"[A-Za-z_][A-Za-z0-9_]*", original) if w.isupper()}
    # written in capitals, or in small letters with an underscore: "pod_name" is POD_NAME
    found = next((upper.get(w, w.upper()) for w in named_env if w in upper or "_" in w.strip("_")), None)
    if found:
        return found
    # "containers that set POD_NAME", "which define MAX_HEAP_SIZE", "pods with DISABLE_PROFILER set":
    # without the word env, only a name in capitals with an underscore is a variable's
    verbed = [
        m.group(1)
        for pattern in (
            r"\b(?:sets?|setting|defines?|defining|exports?|exporting)\s+(?:the\s+|an?\s+)?([a-z][a-z0-9_]+)\b",
            r"\bwith\s+(?:the\s+|an?\s+)?([a-z][a-z0-9_]+)\s+(?:set|defined)\b",
        )
        for m in rx.finditer(pattern, text)
    ]
    return next((upper[w] for w in verbed if w in upper and "_" in w.strip("_")), None)


def _label_values_named(
    text: str, values: dict[str, frozenset[str]], namespace: str | None
) -> list[LabelCondition]:
    """Labels named by their value and a word of their key (or the word "label"): "production
    namespaces (by label)", "nodes in pool general", "namespaces with istio injection enabled",
    "kafka and postgres pods (app label)" (any of them), "pods not on version v1" (negated)."""
    found: list[LabelCondition] = []
    # in a fixed order, GA keys before their deprecated beta twins: the same key in every process
    for key, vals in sorted(values.items(), key=lambda kv: ("beta." in kv[0], kv[0])):
        if key.endswith("/pod-name"):
            continue  # a stateful set's pod named by its own name: "pod kafka-0" is that pod, not a label
        key_words = {w for w in re.split(r"[^a-z0-9]+", key.lower()) if len(w) > 2 and w not in _KEY_NOISE}
        keyed = any(rx.search(r"\b" + re.escape(w) + r"\b", text) for w in key_words) or "label" in text
        if not keyed:
            continue
        named: list[str] = []
        negate = False
        for value in sorted(vals, key=len, reverse=True):
            v = value.lower()
            at = r"(?<![\w\-])" + re.escape(v) + r"(?![\w\-])"
            # a short value only right after its key's word: "version v1", "tier db"
            after_key = any(
                rx.search(r"\b" + re.escape(w) + r"\s+(?:label\s+)?(?:is\s+)?" + at, text) for w in key_words
            )
            if (
                not v.strip()  # an empty value ("node-role…/control-plane": "") is never said
                or (len(v) < 4 and not after_key)
                or v == namespace
                or v in ("true", "false")
                or not rx.search(at, text)
                or any(rx.search(at, n) for n in named)  # "kafka" inside "kafka-connect"
            ):
                continue
            named.append(v)
            words = "|".join(map(re.escape, key_words | {"label"}))
            not_ = r"\b(?:not|isn'?t|isnt|other than|except|non-?)\s+(?:(?:on|in|at)\s+)?"
            negated = not_ + rf"(?:(?:{words})\s+){{0,3}}"  # "not on instance type m5.xlarge"
            negate = negate or bool(rx.search(negated + at, text))
        if named:
            picked = [value for value in sorted(vals) if value.lower() in named]
            found.append((key, picked[0] if len(picked) == 1 else tuple(picked), negate))
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


# A label whose values group the answer: "pods per app label", "by label version", "for each app= value".
_LABEL_DIMENSION = (
    r"\b(?:per|by|for each|for every|grouped by|each)\s+(?:the\s+|their\s+|its\s+)?"
    r"(?:values?\s+of\s+(?:the\s+)?)?(?:label\s+([a-z0-9][\w./\-]*)|([a-z0-9][\w./\-]*)\s+label\b(?!s?\s+select)"
    r"|([a-z0-9][\w./\-]*)=\s*(?:values?\b)?(?![\s=]*[a-z0-9]))"
)


# "which nodes have taints, and what are they?", "… and which accelerator", "(+ the class)": show what the
# filter asked to be there
_WHAT_KEPT = (
    r"(?:,|\band|\+|\()\s*(?:(?:what|which) (?:are|is) (?:they|it|those|these)|(?:and )?(?:what|which) "
    r"(?:names?"
    r"|values?)|(?:\+ )?the (?:values?|names?))\s*[?.!)]*$"
)


def _pinned_not_shown(before: str, sql: str) -> str:
    """A follow-up that keeps the rows of one value of a column shown ("services and their types" … "only the
    LoadBalancer ones"): that column, now the same in every row, no longer shown."""
    tree, earlier = followup._tree(sql), followup._tree(before)
    if tree is None or earlier is None or tree.args.get("group") or tree.find(exp.AggFunc):
        return sql
    before_conds = {c.sql(dialect="duckdb") for c in negation._conjuncts(earlier)}
    pinned = {
        c.this.name
        for c in negation._conjuncts(tree)
        if isinstance(c, exp.EQ) and isinstance(c.this, exp.Column) and isinstance(c.expression, exp.Literal)
        and c.sql(dialect="duckdb") not in before_conds
    }
    shown = [e for e in tree.expressions if not (isinstance(e, exp.Column) and e.name in pinned)]
    if not pinned or len(shown) == len(tree.expressions) or not shown:
        return sql
    tree.set("expressions", shown)
    return tree.sql(dialect="duckdb")


def _counted_each(text: str, sql: str) -> str:
    """ "Which nodes run crashlooping pods, and how many each?": the objects a join found, each once, with how
    many rows of the other side each one met (the join read alone lists them with DISTINCT)."""
    lead = r"(?:,|\band|\+)?\s*how many"
    each = lead + r"(?: (?P<kind>[a-z]+))?(?: (?:on|in|for|per|of))? (?:each(?: one)?|apiece)\W*$"
    # "…, how many pods does each have?", "… and how many pods each has"
    each += "|" + lead + r" (?P<kind2>[a-z]+) (?:(?:does|do) )?each(?: one)? (?:has|have|runs?)\W*$"
    # "namespaces with crashlooping pods and how many", "…, with counts", "… and their count"
    each += r"|(?:,|\band|\+|\bwith)\s*(?:how many|(?:their |the |with )?counts?)\W*$"
    said = rx.search(each, text)
    if not said:
        return sql
    tree = sqlglot.parse_one(sql, read="duckdb")
    joined = tree.args.get("distinct") and tree.args.get("joins")
    if not joined or tree.find(exp.AggFunc) or tree.args.get("limit"):
        return sql
    # the kind counted is not shown beside each object: "deployments … how many pods each" counts the pods
    word = said.group("kind") or said.group("kind2") or ""
    stem = word.rstrip("s")
    counted = {t.alias_or_name for t in tree.find_all(exp.Table) if word and t.name.startswith(stem)}
    shown = [e.copy() for e in tree.expressions if not (isinstance(e, exp.Column) and e.table in counted)]
    if not shown:
        return sql
    tree.set("distinct", None)
    tree.set("expressions", shown)
    tree.select(exp.Count(this=exp.Star()), copy=False)
    return tree.group_by(*[e.copy() for e in shown], copy=False).sql(dialect="duckdb")


def _what_kept_shown(text: str, sql: str) -> str:
    """A one-table answer filtered by a field being set, with that field shown when the question ends by
    asking what it holds."""
    # "… and which accelerator": the one thing kept that the last word names
    named = rx.search(r"(?:,|\band|\+)\s*(?:which|what) ([a-z][\w\-]*)\s*[?.!]*$", text)
    if not (rx.search(_WHAT_KEPT, text) or named) or " JOIN " in sql or " GROUP BY " in sql:
        return sql
    tree = sqlglot.parse_one(sql, read="duckdb")
    where = tree.args.get("where")
    if where is None or tree.find(exp.AggFunc):
        return sql
    kept = []
    for cond in where.find_all(exp.GT, exp.Not, exp.Is, exp.Anonymous, exp.Func):
        said = cond.sql(dialect="duckdb")
        m = rx.fullmatch(r"(?:len|LENGTH|CARDINALITY|cardinality)\((\w+)\) > 0", said) or rx.fullmatch(
            r"NOT (\w+(?:\['[^']+'\])?) IS NULL", said
        )
        label = rx.fullmatch(r"(?i:MAP_CONTAINS)\((\w+), '([^']+)'\)", said)
        if m:
            kept.append(m.group(1))
        elif label:
            kept.append(f"{label.group(1)}['{label.group(2)}']")
    shown = {e.sql(dialect="duckdb") for e in tree.expressions}
    kept = [k for k in dict.fromkeys(kept) if k not in shown]
    if named and not rx.search(_WHAT_KEPT, text):  # only the thing kept that the last word names
        word = named.group(1)
        kept = [k for k in kept if word in (k, k.rstrip("s")) or k.endswith(f"['{word}']")]
    if len(kept) != 1:
        return sql
    return tree.select(sqlglot.parse_one(kept[0], read="duckdb"), copy=False).sql(dialect="duckdb")


def _label_dimension(text: str, keys: frozenset[str] = frozenset()) -> tuple[str | None, str]:
    """The label key the answer is grouped by, and the text without that phrase. `keys`: label keys
    that name a grouping by themselves ("pods per app", "by tier")."""
    m = rx.search(_LABEL_DIMENSION, text)
    key = m and (m.group(1) or m.group(2) or m.group(3))
    if not key and keys:
        said = "|".join(map(re.escape, sorted(keys)))
        m = rx.search(rf"\b(?:per|by|for each|grouped by|each)\s+(?:the\s+)?({said})\b(?![\-=]|[./]\w)", text)
        key = m and m.group(1)
    if not key:  # a qualified key is a label's by its shape: "node count per node.acme.io/pool"
        m = rx.search(r"\b(?:per|by|for each|each|every|grouped by)\s+(?:the\s+)?"
                      r"([a-z][\w\-]*(?:[./][\w\-]+)*/[\w\-.]+)(?![\w./\-=])", text)
        aside = r"\b(?:per|each|every|by)\s+[\w\- ]{1,24}?\(\s*(?:the\s+)?([a-z][\w./\-]*)\s+label\s*\)"
        m = m or rx.search(aside, text)
        key = m and m.group(1)
    if not key:  # "how many deployments does each team have (team label)?": the word grouped by is the key
        m = rx.search(r"\b(?:per|each|every)\s+([a-z0-9][\w./\-]*)\b(.*)\b\1\s+label\b", text)
        if m and m.group(1) not in lx.STOPWORDS:
            return m.group(1), text[: m.start()] + " " + m.group(2) + " " + text[m.end() :]
        return None, text
    if key in lx.STOPWORDS or key in ("label", "labels"):
        return None, text
    return key, text[: m.start()] + " " + text[m.end() :]


_QUOTA_KEYS = {
    "cpu": "requests.cpu",
    "memory": "requests.memory",
    "mem": "requests.memory",
    "pods": "pods",
    "pod": "pods",
    "services": "services",
    "pvcs": "persistentvolumeclaims",
    "storage": "requests.storage",
    "secrets": "secrets",
    "configmaps": "configmaps",
    "gpu": "requests.nvidia.com/gpu",
    "gpus": "requests.nvidia.com/gpu",
}
# What is left of a quota: "how many more secrets can staging create before its quota is hit".
_QUOTA_LEFT = (
    r"\b(remaining|left|how many more|headroom|before (?:it )?(?:hitting|hits?|reaching)|hard\s*-\s*used)\b"
)
# Quota keys counted in whole objects, whose hard and used values subtract as integers.
_COUNTED_KEYS = (
    *("pods", "services", "secrets", "configmaps", "persistentvolumeclaims", "requests.nvidia.com/gpu"),
)


def _quota(text: str, namespace: str | None, *, here: bool = False) -> str | None:
    """A quota's hard limits against what is used, for one resource or all; `here` when the namespace is the
    asker's own, unsaid."""
    if rx.search(
        r"\b(?:in|of|from) (?:the )?(?:namespaces|ns) (?:that|which|with|w/)\s*(?:have |has )?"
        r"(?:an? |any )?(?:resource ?)?quotas?\b",
        text,
    ):
        return None  # "pods without a memory limit in namespaces that have a quota": the pods
    asked = r"\b(used|usage|hard|allow\w*|limits?(?! ?ranges?\b)|caps?|fullest|full|close|near|still)\b|"
    asked += _QUOTA_LEFT
    key = rx.search(
        r"\b(requests\.cpu|requests\.memory|limits\.cpu|limits\.memory|cpu|memory|mem|pods?|services|pvcs|storage|"
        r"persistentvolumeclaims|secrets|configmaps|gpus?)\b",
        text,
    )
    # "memory quota in ml", "the quota in staging": the quota itself is asked, its limits and usage
    bare = rx.fullmatch(
        r"\W*(?:show |what(?:'s| is) )?(?:the |my )?(?:[\w.\-]+ )?(?:requests? |limits? )?"
        r"(?:resource ?)?quotas?"
        r"(?: here| (?:in|for|of) (?:(?:this|my|the|our)(?: current)? (?:namespace|ns)|(?:the )?[\w\-]+"
        r"(?: namespace| ns)?))?\W*",
        text,
    )
    said = rx.search(r"(?:\b|resource)quotas?\b", text)  # "resourcequota", kubectl's own name
    # "how many more pods can I create?", "how close am I to my quota": the namespace's quota, unnamed
    more = rx.search(r"\bhow many more (pods|services|secrets|configmaps|pvcs) can (?:i|we)\b", text)
    if namespace and more and not said:
        text, said = f"{more.group(1)} left in my quota", True
    if not said or not (rx.search(asked, text) or bare and (key or namespace)):
        return None
    where = f" WHERE namespace = {quote(namespace)}" if namespace else ""
    # a quota is shown with its namespace even where one is named (as dev's are), not the asker's own
    ident = "name" if here else "namespace, name"
    if rx.search(
        r"\b(?:which|what) resources (?:does|do) (?:the |my |this )?(?:[\w\-]+ )?(?:resource ?)?quotas? "
        r"(?:cap|limit|restrict|cover|put (?:a )?caps? on|set (?:a )?hard limits? (?:on|for))\b|"
        r"\b(?:which|what) resources (?:have|has|get) (?:a )?hard limits?\b",
        " ".join(text.split()),
    ):  # "which resources does the staging quota cap?": the keys of what it holds hard
        return f"SELECT {ident}, map_keys(hard) FROM resourcequotas{where}"
    close = rx.search(
        r"\bhow (?:close|near) (?:am i|are we|is (?:it|[\w\-]+"
        r"|(?:this|my|our|the current|the [\w\-]+) (?:namespace|ns))) to\b",
        text,
    )
    # "how much of its quota is team-b using (percent)?": the same, with no one resource named
    percent = rx.search(r"\b(?:percent\w*|how full)\b|%", text)
    close = close or namespace and not key and percent and not rx.search(
        r"\b(?:over|above|more than|less than|under|below)\b|[<>]", text
    )
    close = close and not rx.search(r"\bhard\b.*\bused\b|\bused\b.*\bhard\b", text)  # "… show hard and used"
    # "how full is each resource quota?", "how close is each quota to full?": each one's fullest resource
    each = r"\bhow (?:full|close) (?:is|are) (?:each|every|all|the) (?:resource ?)?quotas?"
    each += r"(?: to full)?(?!.*\b(?:sort|order|rank|limits?)\w*\b)"
    if (close and namespace) or rx.search(each, text):  # "how close am I to my quota?": its fullest resource
        return f"SELECT {ident}, max_usage_percent FROM resourcequotas{where}"
    least = r"\bleast (?:used|utili[sz]ed|full)\b|\b(?:lowest|smallest) (?:usage|use|utili[sz]ation)\b"
    least += r"|\bemptiest\b"
    ranked = least + r"|\b(closest|nearest) to (its|their|the) limits?\b|\bmost used\b|\bfullest\b|"
    ranked += r"\b(?:sort|order|rank)\w*\b.*\bby (?:the )?(?:usage|use|how (?:full|used))\b"
    if rx.search(ranked, text):
        # "which quota is closest to its limit": by its most used resource
        many = rx.search(rf"\b(?:top|the|which)\s+{NUMW}\b", text)
        n = number(many.group(1)) if many else None
        n = n or (None if rx.search(r"\bquotas\b", text) else 1)
        pct = "max_usage_percent"
        way = "" if rx.search(least, text) else " DESC"
        ranked = f"SELECT {ident}, {pct} FROM resourcequotas{where} ORDER BY {pct}{way}"
        return ranked + (f" LIMIT {n}" if n else "")
    k = key and _QUOTA_KEYS.get(key.group(1), key.group(1))
    res = key and key.group(1)
    limits = rx.search(rf"\b{res}\s+limits?\b|\blimits?\s+(on\s+)?{res}\b", text) if res else None
    # an extended resource (GPUs) is only ever quota'd by its requests: "quotas that limit gpus" too
    if k and k.startswith("requests.") and limits and "gpu" not in k:
        k = k.replace("requests.", "limits.")  # "limits.memory" (read as "memory limits"): the limits' total
    which = rx.search(
        r"^(?:which|what|where)\b|\bquotas (?:that|with|which)\b|\bcaps?\b|"
        r"\bquotas? (?:with|having) (?:an? )?(?:hard )?(?:limit|cap)s? on\b|\bwith hard [\w.]+ set\b",
        text,
    )
    if (
        k
        and which
        and not rx.search(r"\b(percent\w*|over|above|more than|used|usage|how many quotas)\b|%", text)
        and not rx.search(_QUOTA_LEFT, text)
    ):  # "which quotas cap memory limits, and at how much?": the quotas that set it, and what they allow
        limited = f"hard[{quote(k)}] IS NOT NULL"
        where = f"{where} AND {limited}" if where else f" WHERE {limited}"
        # the amount only when asked ("… and at how much?", "what's the cap"): "which quotas limit the
        # number of services?" asks which ones
        amount = rx.search(
            r"\bhow (?:much|many|high)\b|\b(?:the|its|their|what(?:'s| is)(?: the)?|and|with|\+|show) "
            r"(?:hard )?(?:caps?|limits?|values?|amounts?|max(?:imum)?)\b(?! (?:on|of) the number)|"
            r"\bset to\b",
            text,
        )
        shown = f", hard[{quote(k)}]" if amount else ""
        return f"SELECT {ident}{shown} FROM resourcequotas{where}"
    # "how many pods can team-a still run under its quota?": what is left, unless hard and used are asked
    still = rx.search(r"\bhow many\b.*\bstill\b", text)
    still = still and not rx.search(r"\b(?:hard|used|vs|versus)\b", text)
    if k in _COUNTED_KEYS and namespace and (rx.search(_QUOTA_LEFT, text) or still):
        left = f"CAST(hard[{quote(k)}] AS INTEGER) - CAST(used[{quote(k)}] AS INTEGER)"  # whole objects
        return f"SELECT {left} FROM resourcequotas{where}"
    if (
        key
        and rx.search(r"\bpercent(age)?\b", text)
        and not rx.search(r"\b(over|above|more than|which|how many quotas)\b|[<>]", text)
    ):  # "what percent of the pod quota is used": one resource's usage, where the quota limits it
        k = _QUOTA_KEYS.get(key.group(1), key.group(1))
        path = quote('$."' + k + '"')  # quoted: "requests.cpu" is one key, not a path
        pct = f"CAST(usage_percent->>{path} AS DOUBLE)"
        limited = f"hard[{quote(k)}] IS NOT NULL"
        where = f"{where} AND {limited}" if where else f" WHERE {limited}"
        return f"SELECT {ident}, {pct} FROM resourcequotas{where}"
    if rx.search(r"\b(percent|percentage|%|over|above|more than|which|how many quotas)\b", text):
        return None
    # "hard limits of the team-b quota", "pod limit of the staging quota": what it allows, not its usage
    usage = r"\b(?:used|usage|use|using|vs|versus|consum\w*|current\w*|left|remaining|utili[sz]\w*)\b"
    hard_only = rx.search(r"\bhard\b|\blimits? (?:of|in|for|set by) (?:the |my |this )?", text)
    hard_only = hard_only and not rx.search(usage, text)
    # "how many gpus has my quota used?": the usage alone, where nothing asks what it allows
    # "namespaces and their quota's used pods": the used amount alone too
    used_only = rx.search(
        r"\bhow (?:many|much)\b.*\bused\b|\b(?:their|its|the|quota'?s?)\s+used\s+(?!vs|versus|and|or)\w", text
    ) and not rx.search(
        r"\b(?:hard|limits?|allow\w*|caps?|max\w*|vs|versus|against|out of|left|remaining)\b", text
    )
    if key and not namespace:  # "used vs hard requests.cpu in every quota": the quotas that limit it
        where = f" WHERE hard[{quote(k)}] IS NOT NULL"
    if key and used_only:
        return f"SELECT {ident}, used[{quote(k)}] FROM resourcequotas{where}"
    if key:
        used = "" if hard_only else f", used[{quote(k)}]"
        return f"SELECT {ident}, hard[{quote(k)}]{used} FROM resourcequotas{where}"
    return f"SELECT {ident}, hard{'' if hard_only else ', used'} FROM resourcequotas{where}"


# The container an event is about, asked beside it: "BackOff events and the container each is about"
_EVENT_CONTAINER = (
    r"\b(?:and|with|plus|\+|showing)\s+(?:the\s+|their\s+|its\s+|which\s+)?containers?\b(?!\s+(?:named|called))"
    r"|\bcontainers?\s+(?:each|it|they)\b|\bwhich containers? (?:it|they|each)\b"
)


def _columns_listed(phrase: str, table: Table) -> set[str]:
    """The two or more columns of `table` that `phrase` names, when it names nothing else: "node and ip"."""
    parts = [x for x in re.split(r"\s*(?:,|\band\b|&|\+)\s*", phrase.strip()) if x]
    columns = set()
    for part in parts:
        found = slots.find_columns(part, table)
        if len(found) != 1 or found[0].start > 0 or found[0].end < len(part.removesuffix("s")):
            return set()
        columns.add(found[0].column)
    return columns if len(parts) >= 2 else set()


def _same_stem(said: str, reason: str) -> bool:
    """Whether a reason is a spelling of the words said: "oomkilled" of OOMKilling, "back-off" of BackOff."""
    a, b = (rx.sub(r"[^a-z0-9]", "", w.lower()) for w in (said, reason))
    return bool(a and b) and (a in b or b in a or (min(len(a), len(b)) >= 5 and a[:5] == b[:5]))


def _mentioned_kind(p: Parse, text: str, contains: str) -> str:
    """ "Events mentioning service account": the words said searched in the messages, not events about
    ServiceAccounts read out of them."""
    for cond in [c for c in p.conds if c.startswith("involved_kind = ")]:
        kind = cond.split("'")[1]
        words = [w.lower() for w in re.findall(r"[A-Z][a-z]+", kind)]
        if len(words) < 2:
            continue
        verb = r"\b(?:mention(?:s|ing)?|contain(?:s|ing)?|say(?:s|ing)?)\s+"
        said = rx.search(verb + r"\s+".join(words) + r"\b", text)
        if said:
            p.conds.remove(cond)
            return f"message ILIKE {quote('%' + ' '.join(words) + '%')}"
    return contains


def _event_part_or_time(p: Parse, text: str) -> None:
    """Events asked for with the container they are about or when they were seen: "BackOff events and the
    container each is about" (involvedObject.fieldPath), "when were the BackoffLimitExceeded events last
    seen?", "first seen of the FailedAttachVolume events": what is asked, in place of their message."""
    if rx.search(_EVENT_CONTAINER, text) and not rx.search(r"\binit[\s\-]?containers?\b", text):
        if "involved_field" not in p.extra:
            p.extra.append("involved_field")
        p.instead_of_message = True
    lasting = r"\bhow long\b.*\b(?:going on|lasted|lasting|"
    lasting += r"been (?:happening|firing|repeating|occurring|going))\b"
    if rx.search(lasting, text) and not p.count and "last_seen - first_seen" not in p.extra:
        # "how long has each FailedScheduling event been going on?": from first to last seen
        p.extra = [c for c in p.extra if c not in ("first_seen", "last_seen")] + ["last_seen - first_seen"]
        p.instead_of_message = True
        return
    times = [c for c in ("first_seen", "last_seen") if c in p.extra]
    said = r"\b(?:with|plus|and|\+)\s+(?:the\s+|their\s+|its\s+)?(?:first|last|when|time)"
    # "first and last seen of …": the two times asked, not one added to what the events say
    both = rx.search(
        r"\b(?:first(?: seen)?\s*(?:and|&|\+|/)\s*last|last(?: seen)?\s*(?:and|&|\+|/)\s*first)\b", text
    )
    added = rx.search(r"\b(?:with|plus)\s+(?:the\s+|their\s+|its\s+)?(?:first|last|when|time)", text)
    if times and (not rx.search(said, text) or both and not added):
        p.instead_of_message = True


def _spelt_values(text: str, values: frozenset[str]) -> list[str]:
    """The CamelCase values the text spells, with or without spaces or dashes: "backoff limit exceeded";
    each stretch of text spells one (the longest), "FailedMount or FailedAttachVolume" two."""
    found: list[str] = []
    spans: list[tuple[int, int]] = []
    for value in sorted(values, key=len, reverse=True):
        words = [w.lower() for w in re.findall(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+", value)]
        if len(words) < 2 or (len(value) < 8 and value in lx.EVENT_REASONS):
            continue  # the states read the known short ones ("BackOff")
        # a short one ("NoPods") only written as one word: "no pods" is plain English
        spelt = r"[\s\-_]?".join(words) if len(value) >= 8 else "".join(words)
        for m in rx.finditer(r"\b" + spelt + r"\b", text):
            if not any(m.start() < end and start < m.end() for start, end in spans):
                found.append(value)
                spans.append(m.span())
                break
    return sorted(found)


def _why_listed_pods(sql: str | None) -> str | None:
    """A why-question read as a plain listing of some pods: the events about those pods instead."""
    tree = sqlglot.parse_one(sql, read="duckdb") if sql else None
    source = tree.find(exp.Table) if isinstance(tree, exp.Select) else None
    where = tree.args.get("where") if tree is not None else None
    if source is None or source.name != "pods" or where is None or source.alias:
        return None
    if any(tree.args.get(k) for k in ("joins", "group", "order", "limit")) or tree.find(exp.AggFunc):
        return None
    if any(isinstance(e, exp.Column) and e.name not in ("namespace", "name") for e in tree.expressions):
        return None  # something of theirs asked ("why … its status?"): shown as asked
    joins.qualify(where, "p")
    return _pod_events(where, why=True)


def _pod_events(
    where: exp.Where,
    *,
    counted: bool = False,
    warnings: bool = False,
    table: str = "pods",
    kind: str = "Pod",
    joined: str = "",
    window: str | None = None,
    namespaced: bool = True,
    reasons: list[str] | None = None,
    why: bool = False,
    both: bool = False,
    described: bool = False,
    repeats: bool = False,
    by_reason: bool = False,
) -> str:
    """The events about the pods (or `table` objects) `where` (its columns qualified as `p`) picks, or how
    many there are (`by_reason`: of each reason); `joined`: the joins the objects are picked through;
    `window`: one on the events; `namespaced` False: cluster-wide objects (nodes), matched by name alone;
    `both`: reason and message asked."""
    conds = [where.this.sql(dialect="duckdb"), *(["e.type = 'Warning'"] if warnings else [])]
    conds += [f"e.{window}"] if window else []
    if reasons:
        listed = ", ".join(map(quote, reasons))
        conds.append(f"e.reason IN ({listed})" if len(reasons) > 1 else f"e.reason = {listed}")
    same_ns = "e.namespace = p.namespace AND " if namespaced else ""
    on = f"e.involved_kind = '{kind}' AND {same_ns}e.involved_name = p.name"
    on += f" {joined}" if joined else ""
    if by_reason:
        cols = "e.reason, count(*)"
    elif counted:  # (with `repeats`, each event's repeats too: "how many times did they back off?")
        cols = "sum(e.count)" if repeats else "count(*)"
    else:
        one_ns = not namespaced or any(
            c.this.name == "namespace" and isinstance(c.expression, exp.Literal)
            for c in where.find_all(exp.EQ)
        )
        # why they are so, or what the events say: the messages before their reasons; the events of a set of
        # objects of one kind name each one (five blind authors and a dev intent of eight write involved_name
        # for pods, two for jobs)
        shown = [*([] if one_ns else ["e.namespace"]), "e.involved_name", *([] if reasons else ["e.reason"])]
        shown.append("e.message")
        if described and not (warnings or reasons or why):  # one workload's pods: each event in full
            shown.insert(shown.index("e.involved_name") + 1, "e.type")
        elif len(shown) > 3 and not both:  # at most three, as an events listing shows (unless reason and
            # message are both asked): why they are so, or what the events say, the message before the reason
            shown.remove("e.reason" if why else "e.message")
        cols = ", ".join(shown)
    grouped = " GROUP BY e.reason" if by_reason else ""
    return f"SELECT {cols} FROM events e JOIN {table} p ON {on} WHERE {' AND '.join(conds)}{grouped}"


# The workloads said as owning pods: "deployments", "sts", "ds"
_POD_OWNER_WORDS = r"(deployments?|deploys?|statefulsets?|sts|daemonsets?|ds)"


def _pod_owner(said: str) -> tuple[str, str, str]:
    """A workload said as owning pods: its kind, the alias whose owner columns name it (a deployment owns
    its pods through replica sets, `r`) and the join that reaches it from pods `p`."""
    if said.startswith("dep"):
        return "Deployment", "r", " JOIN replicasets r ON r.namespace = p.namespace AND r.name = p.owner_name"
    return ("StatefulSet" if said.startswith(("stat", "sts")) else "DaemonSet"), "p", ""


# "deployments whose pods are all crashlooping", "nodes where every pod is pending": all of them, not any
# (not "the policies selecting all pods": every pod there, no condition on them)
_EVERY_POD = (
    r"\bevery (?:pod|po)\b|\ball (?:of )?(?:its|their) (?:pods|po)\b|\b(?:pods?|po) (?:are|is) all\b|"
    r"\ball (?:of )?(?:the )?(?:pods|po) (?:are|is)\b|\bwith all (?:of )?(?:the |its |their )?(?:pods|po)\b|"
    r"\b(?:whose|their|its) (?:pods|po) (?:have )?all\b"
)


def _every_pod(sql: str, text: str) -> str:
    """The objects listed through their pods, kept when all their pods are so (`bool_and`), when the
    question says every pod, not when one is."""
    if not rx.search(_EVERY_POD, text):
        return sql
    tree = sqlglot.parse_one(sql, read="duckdb")
    where = tree.args.get("where")
    source = tree.find(exp.From) if isinstance(tree, exp.Select) else None
    first = source.this if source else None
    if where is None or not tree.args.get("distinct") or tree.find(exp.AggFunc) or first is None:
        return sql
    pods = [t.alias_or_name for t in tree.find_all(exp.Table) if t.name == "pods"]
    if first.name == "pods" or len(pods) != 1:
        return sql
    conds = list(where.this.flatten()) if isinstance(where.this, exp.And) else [where.this]
    held = [c for c in conds if {col.table for col in c.find_all(exp.Column)} == {pods[0]}]
    if not held or len(held) == len(conds) and any(c.find(exp.Exists) for c in held):
        return sql
    kept = [c for c in conds if c not in held]
    tree.set("distinct", None)
    tree.set("where", exp.Where(this=exp.and_(*kept)) if kept else None)
    tree = tree.group_by(*[e.copy() for e in tree.expressions], copy=False)
    tree = tree.having(f"bool_and({exp.and_(*held).sql(dialect='duckdb')})", dialect="duckdb", copy=False)
    return tree.sql(dialect="duckdb")


# Pods that share one pod's node: "on the same node as x", "other pods on x's node", "share its node"
_NEIGHBOURS = (
    r"\b(?:on|runs? on|running on|scheduled on|share|sharing) (?:the )?same (?:node|host|machine) as\b"
    r"|\bother (?:pods|po)\b.*\b(?:on|share|sharing) (?:[a-z0-9\-]+'s|its|the same) (?:node|host)\b"
    r"|\b(?:what|who|which pods) else\b.*\b(?:on|share|sharing) (?:[a-z0-9\-]+'s|its|the same) (?:node|"
    r"host)\b|\b(?:share|shares|sharing) (?:a|their|its) (?:node|host|machine) with\b"
)
# The kinds that own pods directly or through a replica set, as events name them.
_POD_OWNER_KINDS = frozenset({"Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job"})
# The trouble a "why" asks of one object, and the reason of the events that tell of it.
_WHY_REASONS = (
    (r"\bevict\w*", "Evicted"),
    (r"\bpending\b|\bschedul\w*", "FailedScheduling"),
    (r"\bunhealthy\b|\bprobes?\b", "Unhealthy"),
    (r"(?<!oom )(?<!oom-)\bkill(?:ed|ing)\b", "Killing"),
    (r"\bmount\w*", "FailedMount"),
    (r"\battach\w*", "FailedAttachVolume"),
    (r"\bprovision\w*", "ProvisioningFailed"),
    (r"\bcrash\w*|\bback(?:ing)?[\s\-]?off\b|\bbacked off\b", "BackOff"),
)
# A pod's trouble, said of its workload: "why is blackbox-exporter crashing".
_POD_TROUBLE = (
    r"\bcrash\w*|\bback-?off\b|\bimages?\b|\bpull\w*|\bpending\b|\bnot ready\b|\bunready\b|\boom\w*|"
    r"\brestart\w*|\bevict\w*|\bunhealthy\b|\bprobes?\b|\bnot (?:starting|running|start)\b|\bcontainers?\b|"
    r"\b(?:un)?schedul\w*|\bpods?\b|\bnot (?:fully )?available\b|\bunavailable\b|\bdegraded\b|\bblock\w*|"
    r"\bcan'?t start\b|\bstuck\b|\bbacking[ -]?off\b|\b(?:oom ?)?killed\b"
)
_SCALED_SETS = frozenset({"deployments", "statefulsets", "replicasets", "daemonsets"})
# What the built-in objects of a kind are named, and the words that set them aside.
_BUILT_IN = {"priorityclasses": "system-%", "clusterroles": "system:%", "clusterrolebindings": "system:%"}
_CUSTOM = (
    r"\b(?:custom|user[- ]defined|self[- ]defined|non[- ]?system)\b|"
    r"\b(?:not|aren'?t|isn'?t|excluding|except|other than)\s+(?:the\s+)?(?:built[- ]?in|system|default)\b"
)


# The system namespaces (kube-system, kube-public, kube-node-lease), and what lives in them.
_SYSTEM = (
    r"(?<![\w\-])(non[- ]?|not (?:in )?(?:the )?|outside (?:of )?(?:the )?|excluding (?:the )?)?system"
    r"(?=\s+(?:pods?|po|containers?|workloads?|namespaces?|ns|deployments?|deploy|daemonsets?|ds|"
    r"services?|svc)\b)"
)


def _port_said(text: str) -> str | None:
    """The port number a question asks about: "port 5432", "listening on 8443", "9000/tcp"."""
    m = rx.search(
        r"\bports?\s+(\d{2,5})\b|\b(?:listen\w*|expos\w*)\s+(?:on\s+)?(?:port\s+)?(\d{2,5})\b|"
        r"\b(\d{2,5})/(?:tcp|udp|sctp)\b",
        text,
    )
    return next(g for g in m.groups() if g) if m else None


def _port_names(text: str) -> str:
    """A protocol said of a port tells the port, it names no object: "on the postgres port" is port 5432,
    "6379 (redis)" and "the mysql port 3306" say the number already."""
    for name, port in lx.WELL_KNOWN_PORTS.items():
        text = rx.sub(rf"(\d)\s*\(\s*{name}\s*\)", r"\1 ", text)
        text = rx.sub(rf"\b{name}\s+(ports?\s+\d)", r"\1", text)
        said = rf"\b(on|exposes?|exposing|using|uses?)\s+(?:the\s+)?{name}\s+port\b"
        text = rx.sub(said, rf"\1 port {port}", text)
    return text


def _column_before_value(word: str, after: str, table: Table) -> bool:
    """ "key DATABASE_URL": a word naming a column (as one or many), with its value said after it."""
    named = slots.find_columns(word, table) or slots.find_columns(word + "s", table)
    return bool(named and rx.match(r"\s+['\"]?\w", after))


def _names(p: Parse, text: str, original: str, table: Table | None = None) -> str | None:
    glob = re.search(r"(?<![\w\-./*])([a-z0-9][a-z0-9.\-]*)\*(?![\w])", original.lower())  # not "*PASS*"
    # "data-prometheus-*": names starting so, as a shell pattern says (not "in team-* namespaces": read
    # before as the namespaces so named)
    if glob and not any(c.startswith("namespace ") and f"'{glob.group(1)}" in c for c in p.conds):
        p.conds[:] = [c for c in p.conds if not c.startswith("name =")]
        # "not named system-*", "excluding kube-*": the names that do not start so
        negated = rx.search(
            r"(?:\bnot|n't|\bexcluding|\bexcept|\bother than|\bbesides|\bwithout)\s+(?:\w+\s+){0,2}$",
            original.lower()[: glob.start()],
        )
        p.conds.append(f"name {'NOT LIKE' if negated else 'LIKE'} {quote(glob.group(1) + '%')}")
        p.understood.append(f"{'not ' if negated else ''}named {glob.group(1)}*")
        return None
    # "named like redis": a part of the name, read below
    m = rx.search(r"\b(?:named|called)\s+(?!like\b|matching\b|containing\b)([a-z0-9][a-z0-9.\-]*)", text)
    if m and rx.search(r"\bkeys?\s+$", text[: m.start()]):  # "secrets with a key named password": the key's
        m = None
    if m and m.group(1) in lx.STOPWORDS:  # "pods that called the reviews service": a verb, not a name
        m = None
    if m:
        p.conds.append(f"name = {quote(m.group(1))}")
        p.understood.append(f"named {m.group(1)}")
        return None
    # "priority classes not starting with system-": the names that (do not) begin so
    m = rx.search(
        r"(\bnot\s+|n't\s+|\bnever\s+)?\b(?:start(?:ing|s)?|begin(?:ning|s)?)\s+with\s+['\"]?([a-z0-9][a-z0-9.\-]*)",
        text,
    )
    before = text[: m.start()].split()[-1:] if m else []
    other = (
        table is not None
        and before
        and before[0] not in (table.name, table.name[:-1])  # "namespaces starting with": the kind's own names
        and slots.column_phrases(table).get(before[0]) not in (None, "name")
    )
    # "whose app label starts with fraud", "with label app starting with x": the label's, read elsewhere
    other = other or bool(m and {"label", "labels"} & set(text[: m.start()].split()[-2:]))
    if m and m.group(2) not in lx.STOPWORDS and not other:  # ("reason starting with x": that column's)
        p.conds[:] = [c for c in p.conds if not c.startswith("name =")]
        p.conds.append(f"name {'NOT LIKE' if m.group(1) else 'LIKE'} {quote(m.group(2) + '%')}")
        p.understood.append(f"{'not ' if m.group(1) else ''}named {m.group(2)}*")
        return m.group(0)
    m = rx.search(r"\b(?:like|matching|containing)\s+['\"]?([a-z0-9][a-z0-9.\-]*)", text)
    # "containing key DATABASE_URL": a column named before its value, not a part of the name
    column = m and table and _column_before_value(m.group(1), text[m.end() :], table)
    # "events with message containing timeout": another column's text, read where it is said
    column = column or (
        m
        and table
        and any(x.end == m.start() - 1 and x.column != "name" for x in slots.find_columns(text, table))
    )
    if m and m.group(1) not in lx.STOPWORDS and not column:
        p.conds.append(f"name LIKE {quote('%' + m.group(1) + '%')}")
        p.understood.append(f"name like {m.group(1)}")
        return m.group(0)  # read: not a value of another column too ("containing redis" is no owner)
    return None


def _ranked(text: str, kind: str, key: str) -> str:
    """The order and cut of a ranking by `key`, as the question says its kind (a regex): "3 deployments"
    are three, "deployments" all of them, "the deployment" one; "fewest" ranks the smallest first."""
    asc = rx.search(r"\b(least|fewest|lowest|smallest|bottom)\b", text)
    count = rx.search(rf"\b{NUMW}\s+(?:\w+\s+)?{kind}\b|\btop\s+{NUMW}\W*$", text)  # "…, top 3"
    said = count and (count.group(1) or count.group(2))
    n = number(said) if said and said not in ("a", "an") else None
    plural = kind.endswith("s") and not kind.endswith("ss")
    cut = f" LIMIT {n}" if n else "" if plural else " LIMIT 1"
    return f"ORDER BY {key} {'ASC' if asc else 'DESC'}{cut}"


def _join_key_once(sql: str) -> str:
    """ "which hpa targets deployment storefront", "ingresses and their backend services": the column that
    leads to the joined object ("target_name", "services") not shown beside that object's own name, which is
    shown or named already."""
    if " JOIN " not in sql.upper():
        return sql  # one table: nothing joined to show twice
    tree = sqlglot.parse_one(sql, read="duckdb")
    if not isinstance(tree, exp.Select) or not tree.args.get("joins") or tree.args.get("group"):
        return sql
    named = {
        c.this.table for c in negation._conjuncts(tree)
        if isinstance(c, exp.EQ) and isinstance(c.this, exp.Column) and c.this.name == "name"
        and isinstance(c.expression, exp.Literal)
    }
    named |= {e.table for e in tree.expressions if isinstance(e, exp.Column) and e.name == "name"}
    keys = set()  # (alias, column) of a key column that equals (or holds) another table's name
    for join in tree.args["joins"]:
        for node in join.args.get("on", exp.true()).find_all(exp.EQ, exp.ArrayContains):
            left, right = node.this, node.expression
            if not (isinstance(left, exp.Column) and isinstance(right, exp.Column)):
                continue
            # a list holds the name ("services" holds b.name); an equality goes both ways
            pairs = [(left, right)] if isinstance(node, exp.ArrayContains) else [(left, right), (right, left)]
            keys |= {
                (key.table, key.name) for key, name in pairs
                if name.name == "name" != key.name and name.table != key.table and name.table in named
            }
    shown = [e for e in tree.expressions if not (isinstance(e, exp.Column) and (e.table, e.name) in keys)]
    if not keys or not shown or len(shown) == len(tree.expressions):
        return sql
    tree.set("expressions", shown)
    return tree.sql(dialect="duckdb")


# A grouping column and the kind whose names it holds, for counts that keep the empty groups when asked.
_GROUP_KINDS = {"namespace": "namespaces", "node": "nodes", "storage_class": "storageclasses"}
_ZEROS_TOO = (
    r"\b(?:incl(?:\.|uding)?|with|show|plus|and|keep)\s+(?:the\s+)?(?:empty|zero|0)"
    r"(?: ones| groups| namespaces| nodes| classes)?(?: too| as well)?\b"
    r"|\bzeros?(?: too| as well| included)\b"
    r"|\b(?:incl(?:\.|uding)?|with)\s+(?:the\s+)?(?:ones|namespaces|nodes|classes) with "
    r"(?:none|0|zero|no \w+)\b"
)


def _zeros_kept(text: str, sql: str) -> str:
    """ "pods per ns incl. namespaces with 0", "pvc count per sc (show empty ones too)": every namespace
    (node, storage class) counted, those with none as 0, not only the groups that have some."""
    if not rx.search(_ZEROS_TOO, text):
        return sql
    m = re.fullmatch(
        r"SELECT (\w+), count\(\*\)(?: AS (\w+))? FROM (\w+)(?: WHERE (.+?))? GROUP BY \1", sql.strip(), re.I
    )
    if m is None or m.group(1) not in _GROUP_KINDS:
        return sql
    column, alias, table, where = m.groups()
    conds = [c for c in (where or "").split(" AND ") if c and c != f"{column} IS NOT NULL"]
    on = " AND ".join([f"t.{column} = g.name", *(joins._qualified(c, "t") for c in conds)])
    named = f" AS {alias}" if alias else ""
    groups = _GROUP_KINDS[column]
    return (
        f"SELECT g.name, count(t.{column}){named} FROM {groups} g LEFT JOIN {table} t ON {on} GROUP BY g.name"
    )


def _bound_anywhere(sql: str) -> str:
    """ "role bindings for the prometheus-k8s service account in monitoring": the namespace said is the
    account's; the bindings naming it may sit in any namespace, each shown with its own."""
    m = re.fullmatch(
        r"SELECT (name(?:, role_name)?) FROM rolebindings WHERE (?:ARRAY|LIST)_CONTAINS\(service_accounts, "
        r"'([a-z0-9][\w\-]*)/([\w\-.]+)'\) AND namespace = '([^']*)'",
        sql.strip(),
        re.I,
    )
    if m is None or m.group(2) != m.group(4):
        return sql
    return (
        f"SELECT namespace, {m.group(1)} FROM rolebindings "
        f"WHERE list_contains(service_accounts, {quote(m.group(2) + '/' + m.group(3))})"
    )


# Words in a query that show it reads a size (a column, a quota's amounts, or a unit's divisor).
_SIZES_READ = (
    "capacity", "storage", "memory", "ephemeral", "1024", "size", "bytes", "allocatable", "request", "limit",
    "hard", "used",
)


def _unit_unread(text: str, sql: str) -> str | None:
    """ "GiB of persistent volumes bound per namespace": a size unit asked for, and a query that reads no
    size at all (it counts the volumes)."""
    said = rx.search(r"(?<![\w\-])(?:gib|gb|gi|tib|tb|ti|mib|mb|mi|bytes)(?![\w\-])", text)
    read = sql.lower()
    if said is None or any(s in read for s in _SIZES_READ):
        return None
    return said.group(0)


def _one_counted(text: str, sql: str) -> str | None:
    """ "how many replicas does sts cassandra want?" read as a count of the stateful sets so named: one
    object counted (always 1), where the question asks a number it holds (the words asked, or None)."""
    said = rx.search(r"\bhow many \w+(?: \w+)? (?:does|do|did|has|have)\b", text)
    counting = r"\b(?:how many|count|counts|number of|exists?|is there|are there|any)\b"
    if said is None and not rx.search(counting, text):
        # "cassandra (team-b) desired replicas vs ready addresses": two numbers of it, no count asked at all
        said = rx.search(r"\b(?:vs\.?|versus|compared (?:to|with))\b", text)
    one = re.fullmatch(
        r"SELECT count\(\*\) FROM \w+ WHERE (?:namespace = '[^']*' AND )?name = '[^']*'", sql.strip(), re.I
    )
    return said.group(0) if said and one else None


def _places_uncounted(text: str, sql: str) -> str | None:
    """ "how many different nodes are the storefront pods spread across?": the nodes counted, which a
    count of the pods is not (the words asked, when the query counts no node at all)."""
    said = rx.search(r"\bhow many (?:different |distinct |unique |separate )?(nodes|namespaces|zones)\b",
                     text)
    if said is None or "count(" not in sql.lower() or "count(distinct" in sql.lower():
        return None  # (a count of distinct values counts places: "count(DISTINCT involved_name)")
    place = {"nodes": "node", "namespaces": "namespace", "zones": "zone"}[said.group(1)]
    held = rx.search(rf"\bfrom {said.group(1)}\b|group by (?:\w+\.)?{place}\b", sql.lower())
    return None if held else said.group(0)


def _claims_namespace(sql: str) -> str:
    """ "persistent volumes per namespace": a volume has no namespace of its own (the column is always NULL),
    so the namespace meant is its claim's."""
    if "persistentvolumes" not in sql or "namespace" not in sql:
        return sql
    try:
        tree = sqlglot.parse_one(sql, read="duckdb")
    except sqlglot.errors.ParseError:
        return sql
    if {t.name for t in tree.find_all(exp.Table)} != {"persistentvolumes"}:
        return sql
    named = [c for c in tree.find_all(exp.Column) if c.name == "namespace"]
    for column in named:
        column.set("this", exp.to_identifier("claim_namespace"))
    return tree.sql(dialect="duckdb") if named else sql


_RBAC_TABLES = frozenset({"rolebindings", "clusterrolebindings", "roles", "clusterroles"})


def _zone_unread(text: str, sql: str) -> str | None:
    """ "which zone has the most pods in namespaces labelled x": a zone asked about that the query does not
    read (no node's zone, no topology label) — an answer per namespace would be a wrong one."""
    said = rx.search(r"\b(?:availability zones?|zones?|azs?)\b", text)
    read = sql.lower()
    if said is None or "zone" in read or "topology" in read:
        return None
    return said.group(0)


def _labels_of_namespaces(text: str, sql: str) -> str:
    """ "warnings in ns labelled team=web": the label is the namespaces', not the events' own (the label
    conditions a reader put on the one table asked move to the namespaces it lives in)."""
    said = r"\b(?:namespaces|ns)\s+(?:that are\s+|which are\s+)?(?:labell?ed|with (?:the )?labels?|tagged)\b"
    if " JOIN " in sql or not rx.search(said, text) or _main_table(sql) == "namespaces":
        return sql
    tree = sqlglot.parse_one(sql, read="duckdb")
    where = tree.args.get("where")
    if where is None or tree.find(exp.Subquery):
        return sql
    parts = list(where.this.flatten()) if isinstance(where.this, exp.And) else [where.this]
    labelled = [c for c in parts if any(col.name == "labels" for col in c.find_all(exp.Column))]
    if not labelled:
        return sql
    kept = [c for c in parts if c not in labelled]
    held = " AND ".join(c.sql(dialect="duckdb") for c in labelled)
    kept.append(sqlglot.parse_one(f"namespace IN (SELECT name FROM namespaces WHERE {held})", read="duckdb"))
    tree.set("where", exp.Where(this=exp.and_(*kept)))
    return tree.sql(dialect="duckdb")


# Words that say what a secret holds (its type), never a part of its name.
_KIND_OF_SECRET = frozenset({"cert", "certs", "certificate", "certificates", "token", "tokens", "credential"})

# An object's uid, as the API server writes it.
_UID = r"(?<![\w\-.])[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![\w\-.])"  # not in a name

# Moments an object keeps, shown as the time since them when that is asked.
_MOMENTS = frozenset({
    "last_heartbeat", "last_schedule", "last_successful", "renew_time", "last_restart", "last_seen",
    "first_seen", "completion_time", "start_time", "finished_at", "started_at", "last_scale_time", "started",
})


def _elapsed(sql: str) -> str:
    """The moments shown replaced by the time since each: `now() - last_heartbeat`."""
    tree = sqlglot.parse_one(sql, read="duckdb")
    if not isinstance(tree, exp.Select) or tree.args.get("group"):
        return sql
    shown = [
        exp.Sub(this=exp.Anonymous(this="now"), expression=e.copy())
        if isinstance(e, exp.Column) and e.name in _MOMENTS
        else exp.column("age", table=e.table or None)  # "how long ago was each node created": its age
        if isinstance(e, exp.Column) and e.name == "created"
        else e
        for e in tree.expressions
    ]
    tree.set("expressions", shown)
    return tree.sql(dialect="duckdb")


# "which storefront image versions are deployed, and in how many containers each?", "recommendation images
# in checkout with counts", "how many containers run each version of the storefront image?"
_IMAGE_VERSIONS = (
    r"^(?:which |what )?([a-z0-9][\w\-]*) (?:image )?(?:versions?|tags?|images?)\b(.*?)"
    r"(?:,?\s*(?:and|with|\+)\s+(?:in |on )?(?:how many|the|their)?\s*(?:containers?|pods?)?\s*"
    r"(?:counts?|each)?\W*)$"
    r"|^how many (?:containers|pods) run each (?:version|tag) of (?:the )?([a-z0-9][\w\-]*) image\b(.*?)\W*$"
)


def _image_versions(text: str, reader: Any) -> str | None:
    """One image's versions in use, each with how many containers run it."""
    if not rx.search(r"\bhow many\b|\bcounts?\b|\beach\b", text):
        return None
    m = rx.match(_IMAGE_VERSIONS, text)
    if m is None:
        return None
    image, rest = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
    if image in ("which", "what", "the", "all", "container", "pod"):
        return None
    found = joins.listing(reader(f"containers running the {image} image {rest}".strip()), "containers")
    if found is None or found[0].args.get("joins"):
        return None
    tree = found[0]
    tree.set("expressions", [exp.column("image"), exp.Count(this=exp.Star())])
    tree.set("distinct", None)
    return tree.group_by("image", copy=False).sql(dialect="duckdb")


def _in_unit_said(text: str, sql: str, *, totals: bool = False) -> str:
    """Byte amounts listed bare, shown in the unit the question names: "pods with a bound volume and its
    size in GiB" (a joined column the readers left in bytes); with `totals`, sums and averages too (a
    follow-up's "total capacity of those (gib)?"). Left alone when an amount is scaled already."""
    if "1024" in sql or not rx.search(r"\b(?:gib|gb|gi|mib|mb|mi|tib|tb|ti)\b", text):
        return sql
    tree = sqlglot.parse_one(sql, read="duckdb")
    if not isinstance(tree, exp.Select) or not scale_shown(tree, text, amounts=totals, only_bytes=True):
        return sql
    return tree.sql(dialect="duckdb")


def _places_of(text: str, reader: Any, parsed: str | None = None) -> str | None:
    """ "which zones have crashlooping pods?", "what instance types run gpu pods": the objects read with
    the place they are in, and that place alone, each one once. Namespaces only where the parser listed
    the objects themselves (`parsed`): "which namespaces have pods using configmap x?"."""
    m = rx.fullmatch(
        r"(?:(?:which|what) |(?:list|show)(?: me)? (?:the |all )?|(?=\w+ (?:with|that|which)\b))"
        r"(?:availability )?(zones?|regions?|instance ?types?|namespaces) "
        r"(?:have|has|host|hosts|run|runs|contain|are running|are hosting|with|(?:that|which) (?:have|has)) "
        r"(?!(?:the )?(?:most|fewest|least|more|less|highest|lowest)\b)"
        r"(?!(?:no|zero|not(?! ?(?:ready|running|schedulable)\b)|without|only|exactly|over|under|at)\b|\d)"
        r"(?:any |some )?(.+?)\s*[?.!]*",
        text,
    )
    # "which zones does deployment log-aggregator run in?", "what availability zones is kafka on in data": a
    # workload's places; but with its pods said ("which zones do the kafka pods run in?", "which zones are the
    # crashlooping pods running in?") each pod is shown with its place, as dev.yaml reads them
    m = m or _workload_places(text)
    if m is None:
        return None
    place = m.group(1)
    column = "zone" if place.startswith(("zone", "az")) else "namespace"
    column = "region" if place.startswith("region") else column
    column = "instance_type" if place.startswith("inst") else column
    listed = r"SELECT (?:\w+\.)?namespace, (?:\w+\.)?name FROM "  # the objects, not their namespaces
    if column == "namespace" and not (parsed and rx.match(listed, parsed)):
        return None
    if column == "namespace" and (
        rx.match(r"(?:the |a |an )?(?:labels?|annotations?|quotas?)\b", m.group(2))  # the namespaces' own
        or rx.search(r"\b(?:but|no|not|without|nor|lacking|missing|except)\b", m.group(2))  # "but no quota"
    ):
        return None
    tail = m.groupdict().get("tail") or ""
    if column == "namespace":
        return _only_places(reader(m.group(2)), column)
    if rx.search(r"\bnodes?\b", m.group(2)) and not rx.search(r"\b(?:pods?|po)\b", m.group(2)):
        # "which zones have not ready nodes?": the nodes' own places
        return _only_places(reader(f"{m.group(2)}{tail} and their {column.replace('_', ' ')}"), column)
    said = [f"{m.group(2)} pods", f"the pods of {m.group(2)}", m.group(2)]  # a workload runs as its pods
    readings = (_only_places(reader(f"{o}{tail} and their {column.replace('_', ' ')}"), column) for o in said)
    return next((r for r in readings if r), None)


def _workload_places(text: str) -> re.Match[str] | None:
    """ "which zones does deployment log-aggregator run in?": the place (1) and the workload (2, and a
    namespace after, `tail`); None when its pods are said, each of which is then shown with its place."""
    m = rx.fullmatch(
        r"(?:(?:in|on) )?(?:which|what) (?:availability )?(zones?|azs?|instance ?types?) "
        r"(?:(?:do|does) (?:the )?(?!each\b)|(?:is|are) (?!the\b|each\b|any\b)(?=\S+ (?:on|in)\b))(.+?) "
        r"(?:(?:running|run|sitting|sit|living|live|landed|land|scheduled|placed|spread|use)"
        r"(?: (?:in|on|across|over))?|in|on|across|over)(?P<tail> (?:in|-n) [a-z0-9][\w\-]*)?\s*[?.!]*",
        text,
    )
    return None if m is None or rx.search(r"\b(?:pods?|po)\b", m.group(2)) else m


def _only_places(found: str | None, column: str) -> str | None:
    """The places (`column`) of the objects `found` lists, each once; None unless it shows them once."""
    if found is None:
        return None
    tree = sqlglot.parse_one(found, read="duckdb")
    if column == "namespace" and (
        len(list(tree.find_all(exp.Table))) != 1
        or tree.find(exp.Table).name == "namespaces"
        or any(e.this.name == "namespace" for e in tree.find_all(exp.EQ))
    ):
        return None  # "which namespaces have pods using configmap x?": one kind's listing, not one namespace
    if column != "namespace" and not any(t.name in ("pods", "nodes") for t in tree.find_all(exp.Table)):
        return None  # a zone is where pods run: "checkout-api and their instance type" is no node's
    places = [e for e in tree.expressions if isinstance(e, exp.Column) and e.name == column]
    if len(places) != 1 or tree.args.get("group") or tree.find(exp.AggFunc):
        return None
    tree.set("expressions", places)
    tree.set("distinct", exp.Distinct())
    return tree.sql(dialect="duckdb")


def _names_only(text: str, sql: str) -> str:
    """ "secret names -n payments", "just the names of the secrets in payments": the names alone, without
    the column a listing of the kind shows beside them by default (a secret's type)."""
    kinds = r"(?:secrets?|configmaps?|cms?|services?|svcs?|pods?|po|deployments?|deploys?|nodes?|jobs?|pvcs?)"
    said = rx.search(rf"\b(?:just|only) (?:the )?names\b|\bnames only\b|^(?:list |show )?{kinds} names\b",
                     text)
    if said is None:
        return sql
    m = rx.fullmatch(r"SELECT ((?:namespace, )?name)(?:, [a-z_]+)+ (FROM \w+(?: WHERE .*)?)", sql.strip())
    if m is None or rx.search(r"\b(?:GROUP BY|ORDER BY|JOIN)\b", m.group(2)):
        return sql
    return f"SELECT {m.group(1)} {m.group(2)}"


def _counted_apart(text: str, sql: str) -> str:
    """ "pods in team-a vs team-b", "compare the pod counts of payments and checkout": one count (or sum) for
    each namespace named, not one over them all."""
    if not rx.search(r"\b(?:vs\.?|versus|compared?|comparing|respectively|separately|each)\b", text):
        return sql
    try:
        tree = sqlglot.parse_one(sql, read="duckdb")
    except sqlglot.errors.ParseError:
        return sql
    where = tree.args.get("where")
    if (
        not isinstance(tree, exp.Select)
        or len(tree.expressions) != 1
        or tree.args.get("group")
        or tree.args.get("joins")
        or where is None
    ):
        return sql
    if not isinstance(tree.expressions[0], (exp.Count, exp.Sum, exp.Avg)):
        return sql
    listed = [
        c for c in where.find_all(exp.In)
        if isinstance(c.this, exp.Column) and c.this.name == "namespace" and not c.this.table
    ]
    if len(listed) != 1:
        return sql
    tree.set("expressions", [exp.column("namespace"), *tree.expressions])
    return tree.group_by("namespace", copy=False).sql(dialect="duckdb")


def _counted_if_asked(text: str, sql: str) -> str:
    """ "how many nodes are overcommitted?": the rows a rule picks, counted when the question asks so."""
    if rx.match(r"\W*(?:how many|count(?: the| all)?|(?:the |total )?number of)\b", text):
        return f"SELECT count(*) FROM ({sql}) AS t"
    return sql


def _counted_listing(text: str, sql: str) -> str:
    """ "how many pods does deployment storefront have?", "how many pods use configmap x": a question that
    asks how many, read by a rule that lists the objects it picks (only their names), is their count."""
    lead = r"^(?:and |so |ok,? )?(?:how many|count(?: the| all)?|(?:the |total )?number of|# of)\s+"
    lead += r"(?!times\b)"
    grouped = r"\b(?:per|each|every|by|respectively|vs\.?|versus|separately|apiece)\b|"
    grouped += r"\band (?:which|what|list)\b"
    if not rx.match(lead, text) or rx.search(grouped, text):
        return sql
    try:
        tree = sqlglot.parse_one(sql, read="duckdb")
    except sqlglot.errors.ParseError:
        return sql
    shaped = ("group", "limit", "order", "having")
    if not isinstance(tree, exp.Select) or any(tree.args.get(k) for k in shaped):
        return sql
    shown = tree.expressions
    if not shown or any(not isinstance(c, exp.Column) or c.name not in ("name", "namespace") for c in shown):
        return sql
    if not any(c.name == "name" for c in shown):
        return sql
    tree.set("distinct", exp.Distinct())  # a pod with two pending claims is one pod
    return f"SELECT count(*) FROM ({tree.sql(dialect='duckdb')}) AS t"


def _nodes_and_namespaces(text: str, ns: str | None) -> str | None:
    """Nodes and namespaces through the pods between them, counted apart: "nodes with pods from more than 5
    namespaces", "namespaces spread over more than 3 nodes", "how many namespaces have pods on each node"."""
    places = r"(nodes?|namespaces?|ns)"
    compare = f"{slots.MORE}|{slots.LESS}|{slots.EXACT}"
    kept = rx.search(
        rf"^(?:which |what |list |show |the )?{places}\s+(?:that\s+|which\s+)?(?:have|has|with|having|run\w*|"
        rf"host\w*|spread|spanning|span)\s+(?:pods?\s+)?(?:from|of|in|on|over|across)\s+({compare})\s+"
        rf"{NUMW}\s+{places}\b",
        text,
    )
    if kept is not None:
        per, said, n, other = kept.groups()
        per_node, other_node = per.startswith("node"), other.startswith("node")
        if number(n) is None or per_node == other_node or ns is not None:
            return None
        key, counted = ("node", "namespace") if per_node else ("namespace", "node")
        return (
            f"SELECT {key} FROM pods WHERE node IS NOT NULL GROUP BY {key} "
            f"HAVING count(DISTINCT {counted}) {slots._operator(said)} {int(number(n))}"
        )
    # "which namespace has pods on the most nodes", "top 3 nodes hosting pods from the most namespaces"
    ranked = rx.search(
        rf"^(?:which |what |the )?(?:top )?(?P<n>{NUMW} )?(?P<per>{places})\s+(?:that\s+|which\s+)?"
        rf"(?:have|has|with|having|run\w*|host\w*|spread|spanning|spans?)\s+(?:pods?\s+)?(?:(?:from|of|in|on|over|across)\s+)?"
        rf"(?:the\s+)?(?P<most>most|fewest|least)\s+(?:different\s+)?(?P<other>{places})\b",
        text,
    )
    apart = ranked is not None and ranked["per"].startswith("node") != ranked["other"].startswith("node")
    if ranked is not None and ns is None and apart:
        key, counted = ("node", "namespace") if ranked["per"].startswith("node") else ("namespace", "node")
        limit = int(number(ranked["n"].strip()) or 1) if ranked["n"] else 1
        order = "ASC" if ranked["most"] != "most" else "DESC"
        return (
            f"SELECT {key}, count(DISTINCT {counted}) AS {counted}s FROM pods WHERE node IS NOT NULL "
            f"GROUP BY {key} ORDER BY {counted}s {order} LIMIT {limit}"
        )
    # "how many X have pods on each Y", "how many X does each Y use"
    each = rx.search(
        rf"^how many {places}\s+(?:have|has|run|are)\s+(?:pods?\s+)?(?:on|in|across)\s+(?:each|every)\s+"
        rf"{places}\b",
        text,
    ) or rx.search(
        rf"^how many {places}\s+does\s+(?:each|every)\s+{places}\s+(?:use|span|run on|have pods on)\b", text
    )
    if each is None or ns is not None or each.group(1).startswith("node") == each.group(2).startswith("node"):
        return None
    key, counted = ("node", "namespace") if each.group(2).startswith("node") else ("namespace", "node")
    return f"SELECT {key}, count(DISTINCT {counted}) FROM pods WHERE node IS NOT NULL GROUP BY {key}"


def _claims_attached(text: str, namespace: str | None) -> str | None:
    """Claims, or their pods, through their volumes' attachments to nodes: "which node is each pvc attached
    to (volume attachments)?", "pvcs whose volume isn't attached yet", "pods whose pv isn't attached"."""
    claims = rx.search(r"\b(?:pvcs?|claims?|persistent ?volume ?claims?)\b", text)
    pods = rx.match(r"^\W*(?:(?:which|what|list|show|the|any)\s+)*(?:pods?|po)\b", text)
    volume = rx.search(r"\b(?:pvs?|volumes?|persistent ?volumes?)\b", text)
    attached = rx.search(r"attach\w*", text)  # ("volumeattachments")
    toward = rx.search(r"\bvolume ?attachments?\b|\battachments?\b|\bnodes?\b", text)
    if not attached or not toward or not (claims or pods and volume) or rx.search(r"\bfail", text):
        return None  # ("pods that got volume attach failures": their FailedAttachVolume events)
    compared = r"\b(?:different|other|another|wrong)\b|!=|<>|\bnot the same\b|\bmismatch"
    compared += r"|\bnodes? not (?:the )?\w+ nodes?\b"  # ("attachment node != pod node", normalised)
    if rx.search(compared, text):
        return None  # "… attached to a different node than the one they run on": no such comparison here
    if rx.search(r"\b(?:how many|count|number|limit|limits|max)\b", text):
        return None  # "how many volumes can attach to a node": the nodes' own limit
    unattached = rx.search(
        r"\bnot\b|n't\b|\bnever\b|\bpending\b|\bunattached\b|attached\s*=\s*false|\bstill waiting\b", text
    )
    # the node asked ("and to which node?", "+ node"), not said ("attached to its node", "to the node yet")
    shown_node = rx.search(
        r"(?:\b(?:which|what|each|and)\s+|\+\s*|->\s*|(?<!to )(?<!on )\bthe\s+)nodes?\b", text
    )
    where = ["NOT a.attached"] if unattached else []
    if namespace:
        where.append(f"v.claim_namespace = {quote(namespace)}")
    sql = "FROM volumeattachments a JOIN persistentvolumes v ON v.name = a.persistent_volume"
    if pods:
        sql += " JOIN pods p ON p.namespace = v.claim_namespace AND list_contains(p.pvcs, v.claim_name)"
        shown = ["p.name"] if namespace else ["p.namespace", "p.name"]
    else:
        shown = ["v.claim_name"] if namespace else ["v.claim_namespace", "v.claim_name"]
    shown += ["a.node"] if shown_node else []
    return f"SELECT {', '.join(shown)} {sql}" + (f" WHERE {' AND '.join(where)}" if where else "")


def _gpu_requests(text: str, ns: str | None) -> str | None:
    """ "how many gpus are requested?", "gpu requests per namespace": the NVIDIA GPUs the containers request
    (no column holds them; each container's resources do), summed; grouped, only where some are."""
    asked = r"\bgpus? (?:requests?|requested)\b|\brequested gpus?\b|\bgpu request"
    asked += r"|\bgpus? (?:are|is|do pods|have pods) (?:being )?request(?:ed|ing)?\b"
    counted = r"\b(?:how many|total|sum|number|count|per|by|each)\b"
    if not rx.search(asked, text) or not rx.search(counted, text):
        return None
    gpu = "json_extract_string(c.raw, '$.resources.requests.\"nvidia.com/gpu\"')"
    amount = f"sum(CAST({gpu} AS DOUBLE))"
    scope = [f"c.namespace = {quote(ns)}"] if ns else []
    per = rx.search(r"\b(?:per|by|each|for each|in each)\s+(?:the\s+)?(namespace|node|pod)s?\b", text)
    if per is None:
        where = f" WHERE {' AND '.join(scope)}" if scope else ""
        return f"SELECT {amount} FROM containers c{where}"
    key = {"namespace": ["c.namespace"], "node": ["p.node"], "pod": ["c.namespace", "c.pod"]}[per.group(1)]
    key = [k for k in key if not (ns and k == "c.namespace")] or key
    source = "containers c"
    if per.group(1) == "node":  # a container's node is its pod's
        source += " JOIN pods p ON p.namespace = c.namespace AND p.name = c.pod"
    where = " AND ".join([*scope, f"{gpu} IS NOT NULL"])
    return f"SELECT {', '.join(key)}, {amount} FROM {source} WHERE {where} GROUP BY {', '.join(key)}"


def _refused_outright(message: str) -> bool:
    """Whether a decline refused a change to the cluster or a secret's value (not a reading it lacked)."""
    return "read-only" in message or "change the cluster" in message or message.startswith("Secret values")


def _ranked_in_unit(text: str, found: OfflineResult) -> OfflineResult:
    """ "top 2 namespaces by memory requested (GiB)": the ranked sums shown in the unit asked for (the
    order is the same in any unit)."""
    said = rx.search(r"\bin (gib|gi|gb|mib|mi|mb)\b|\((gib|gi|gb|mib|mi|mb)\)", text)
    if found.sql is None or said is None or "1024" in found.sql or " ORDER BY " not in found.sql:
        return found
    unit = size_unit(said.group(0))
    sized = r"\b(sum\((?:\w+\.)?(?:memory_\w+|storage_\w+|ephemeral_\w+)\))(?= AS \w+)"
    found.sql = re.sub(sized, lambda m: m.group(1) + unit, found.sql, count=1)
    return found
