"""The small pieces every part of the offline translator reads with: the `Parse` it fills in,
quoting, numbers and units, labels, and the question normalised once."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kubequery.errors import SelectorError
from kubequery.selectors import Operator, parse_label_selector
from kubequery.translate import lexicon as lx
from kubequery.translate import rx


def quote(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def number(word: str | None) -> int | None:
    if word is None:
        return None
    if word.isdigit():
        return int(word)
    return lx.NUMBERS.get(word)


NUMW = r"(\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|fifty|a|an|single)"
UNITW = r"(seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|wks?|w|months?|mo|years?|yrs?|y)"


def interval(n: str | None, unit: str) -> str:
    count = number(n) if n else 1
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
    unit: str = ""  # the divisor of sizes asked for in GiB or MiB (" / 1024 ^ 3"), else ""
    cpu_unit: str = ""  # " * 1000" when cores are asked for in millicores
    wants_message: bool = False  # "what are they saying", "with messages"
    # events asked for when they were seen or which container they are about: that, instead of the message
    instead_of_message: bool = False
    one_pod: bool = False  # the containers of one pod: their names tell them apart
    pod_only: bool = False  # one pod's containers, asked about as the pod's: only what is asked is shown
    having: str | None = None  # groups kept by their count: "count(*) > 10"
    spread: str | None = None  # a list column grouped by each of its values: "images" for "per image"
    offset: int | None = None  # the rows skipped before the one asked for: 1 for "the second biggest"


_SQL_WORDS = {
    "and",
    "or",
    "not",
    "null",
    "is",
    "in",
    "like",
    "true",
    "false",
    "now",
    "interval",
    "coalesce",
    "len",
    "list_contains",
    "map_contains",
    "exists",
    "select",
    "from",
    "where",
    "days",
    "hours",
    "minutes",
    "seconds",
}


def columns_of(conds: list[str]) -> set[str]:
    """The columns a list of conditions reads: every identifier outside quotes that is not SQL."""
    found: set[str] = set()
    for cond in conds:
        bare = rx.sub(r"'(?:[^']|'')*'", " ", cond)
        found.update(w for w in rx.findall(r"\b[a-z_][a-z0-9_]*\b", bare.lower()) if w not in _SQL_WORDS)
    return found


# Words of a question that are never a namespace or a node name, however they are placed.
VOCAB = {
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


_ACCESS_MODES = {
    **{"rwop": "readwriteoncepod", "rwo": "readwriteonce"},
    **{"rox": "readonlymany", "rwx": "readwritemany"},
}


_READ_VERBS = r"(?:tell|show|list|give|find|get|fetch|count|check|display|describe|print|pull up|let)"


def _courtesies(text: str) -> str:
    """ "hey, can you tell me which pods …", "… pls": greetings and courtesies around a question,
    left out so the question is read as if asked plainly. A request to change something keeps its
    "can you" (no read verb follows), so it is still refused."""
    text = rx.sub(r"^(?:(?:hey|hi|hello|yo|ok|okay|so|um|hmm)\b[\s,!.]*)+", "", text)
    text = rx.sub(
        rf"^(?:(?:can|could|would|will) you|(?:please|pls|kindly))\s+(?:(?:please|pls|kindly|quickly)\s+)?"
        rf"(?={_READ_VERBS}\b)",
        "",
        text,
    )
    text = rx.sub(r"^(?:i'?d like to|i want to|i need to|do you) know\s+", "", text)
    text = rx.sub(r"^tell me about\s+", "describe ", text)
    text = rx.sub(r"^(?:tell|show|give|get|find) me\s+(?:(?:the list of|a list of)\s+)?", "", text)
    return rx.sub(r"[\s,]+(?:pls|plz|please|thanks|thx|ty|thank you|asap)[\s.!?]*$", "", text)


def _both_amounts(m: re.Match[str]) -> str:
    """ "requests and limits" shown, as both resources' amounts; not where they are had or lacked."""
    before = m.string[: m.start()]
    had = r"\b(?:with|without|no|have|has|having|had|missing|set|sets|any|or)\s+(?:the\s+|an?\s+)?$"
    if rx.search(had, before):
        return m.group(0)  # "pods without requests and limits": a filter, read elsewhere
    return "cpu requests, memory requests, cpu limits and memory limits"


# Ways of saying a thing the readers know by another wording, each rewritten to it in order
_REASON_WORDS = "|".join(r.lower() for r in lx.EVENT_REASONS)  # "BackOff" as said in a question
# a role named by the words about it: not "their role" or "each role"
_ROLE_NAME = r"(?!(?:their|its|each|every|a|an|the|that|this|which|what|my|our)\b)([a-z0-9][\w\-.:]*)"

_SAID_PLAINLY: tuple[tuple[str, str], ...] = (
    # "deploy/embedding-service -n ml: warnings on its pods": that workload's pods
    (r"^(deploy(?:ment)?|sts|statefulset|ds|daemonset|job|cj|cronjob)/([a-z0-9][\w\-.]*)"
     r"((?: -n [\w\-]+)?):\s+"
     r"((?:warnings?|warning events|events|ev) (?:on|for|of|about|from) )(?:its|their) (pods|po)\b",
     r"\4the pods of \1 \2\3"),
    # "po x -n checkout: node + node status": what the arrow form says
    (r"(?<=[\w\-]):\s+(nodes?|pvcs?|claims?|jobs?)\s*\+\s*(?:\1 |its |their |the )?(status|phase)\b",
     r" -> \1 + \1 \2"),
    # "which replica set is payments-api running on now?": the deployment's current one
    (r"^(?:which|what) (?:replica ?sets?|rs) (?:is|are) (?:deploy(?:ment)? )?([a-z0-9][\w\-]*)"
     r"((?: in [\w\-]+)?) (?:running on|currently on|on|using)(?: now| currently| right now)?\W*$",
     r"current replicaset of deployment \1\2"),
    (r"\blbs? (?=(?:svcs?|services?)\b)", "loadbalancer "),  # "LB svc -> po count"
    # "which jobs don't have a single pod left?", "jobs whose pods are all gone": none left
    (r"\b(?:(?:that|which) )?(?:don'?t|do not|doesn'?t|does not) have (?:a single|any|one) (?:pods?|po)"
     r"(?: left| anymore| any more)?\b|\bwhose (?:pods|po) are all gone\b", "without any pods"),
    # "which deployments have had a container OOMKilled?", "deploys w/ OOMKilled containers": their pods'
    (r"\b(?:have|has) had an? (?:container|ctr) (oom ?killed)\b", r"with \1 pods"),
    (r"\b(deploy\w*|sts|statefulsets?|ds|daemonsets?|jobs?) (with|w/|that have|having) (oom ?killed) "
     r"(?:containers?|ctrs?)\b", r"\1 \2 \3 pods"),
    # "po count by ns on DiskPressure no": kubectl's short name for nodes
    (r"\b(on|across) ((?:disk|memory|pid) ?pressure|not ?ready|cordoned|unschedulable) no\b",
     r"\1 \2 nodes"),
    # "which services in staging have unready pods behind them, and how many?": the pods they select
    (r"^((?:which|what) (?:services?|svcs?)\b.*?\b(?:pods?|po)) behind (?:them|it)\b", r"\1"),
    # "which labels are set on my namespace?": those it has
    (r"^(?:which|wich|what) (labels|annotations|taints|finalizers) (?:are|is) "
     r"(?:set |present |applied )?on\b",
     r"show the \1 of"),
    # "what warnings are the pods of sts cassandra getting?": those pods' warning events
    (r"^(?:what|which) (warnings|warning events|events|errors) (?:are|is) (.+?) "
     r"(?:getting|seeing|throwing|raising|hitting|having|reporting)((?: in [\w\-]+)?)\W*$", r"\1 for \2\3"),
    # "the command line of the containers": their command; "pods that have persistent storage (pvc)": a claim
    (r"\b(comm?and) lines?\b", "command"),
    (r"\b(?:that |which )?(?:have|has|with|using|uses?) persistent "
     r"(?:storage|disks?)(?:\s*\((?:a )?(?:pvcs?|claims?)\))?", "that use a pvc"),
    # "how many events in bookinfo are warnings and how many are normal?": a count per type
    (r"^how many (events?|ev)\b(.*?) are (?:warnings?|normal)(?: ones| events?)?,? and how many (?:are )?"
     r"(?:normal|warnings?)(?: ones| events?)?\W*$", r"number of \1\2 per type"),
    # "NotReady no, their ev": kubectl's short name for nodes, after a node's state
    (r"^(not ?ready|cordoned|unschedulable) no\b", r"\1 nodes"),
    (r"^((?:not ?ready|cordoned|unschedulable) nodes?),? (?:their|its|and their) (?:ev|events?)\b",
     r"events of \1"),
    # "which warning event happened most recently?": the most recent one
    (r"^(which|what) (\w+ )?(event|warning) (?:happened|occurred|fired|showed up|came in|was seen) "
     r"(?:the )?most recently\b", r"\1 \2\3 is the most recent"),
    # "in the past couple of minutes": two
    (r"\b(?:a )?couple(?: of)? (minutes?|mins?|hours?|hrs?|days?)\b", r"2 \1"),
    # "how many containers r running here rn?": chat shorthand
    (r"\b(\w+s) r (?=running|ready|pending|failing|crashing|stuck|up|down|there)\b", r"\1 are "),
    (r"\s+(?:rn|atm)(?=\s*[?.!]*$)", ""),
    # "svc -n shop: # of po matched by selector", "svc -n shop -> pod count": the pods each one selects
    (r"^(svcs?|services?)((?: -n [\w\-]+| in [\w\-]+)?)\s*(?::|->)\s*(?:(?:#|number|count) of (?:po|pods)"
     r"(?: (?:matched|selected|picked) by (?:the |its |their )?selectors?)?|(?:po|pod) counts?)\W*$",
     r"pods per service\2"),
    # "for each deployment in bookinfo, what state are its pods in?": each one's pods and their status
    (r"^for (?:each|every) (deployment|deploy|statefulset|sts|daemonset|ds|job)((?: in [\w\-]+)?),? "
     r"what (?:state|status|phase) (?:are|is) (?:its|their) (?:pods|po) in\W*$",
     r"\1s\2 with their pods and the pod status"),
    # "ingresses that don't specify a hostname": without one
    (r"\b(?:that|which) (?:don'?t|dont|do not|doesn'?t|does not) (?:specify|set|define|declare) (?:an?|any) "
     r"(?:(host)name|(\w+))\b", r"without a \1\2"),
    # "replica sets of deployment x and how many are ready": their ready replicas
    (r"^((?:replica ?sets?|rs)\b.*?)\band how many (?:of them |pods )?are ready\W*$",
     r"\1with ready replicas"),
    # "total cpu requested on node worker-8": by the pods on it
    (r"\b((?:cpu|memory|mem)\b.*?\b(?:requested|requests?|limits?)) on (?:the )?node "
     r"(?=[a-z0-9][\w\-.]*\d[\w\-.]*\b)", r"\1 on "),
    (r"\bmebibytes?\b", "mib"),
    (r"\bgibibytes?\b", "gib"),
    # "which containers in checkout are not ready, and why?": with the reason each is waiting
    (r"^((?:which |what )?(?:containers?|ctrs?)\b.*?\bnot ready),? and why\W*$", r"\1, with the reason"),
    # "did the jobs in this namespace succeed or fail?": each one's status
    (r"^(?:did|have|has) (?:the |my |our )?(.+?) (?:succeed(?:ed)?|complete(?:d)?) or (?:fail(?:ed)?)\W*$",
     r"\1 with their status"),
    # "empty nodes (0 po)", "nodes running nothing at all": no pod on them
    (r"\b(?:with|w/) (?:0|zero) (?:pods|po)\b", "without any pods"),
    (r"\band (?:0|zero) (?:pods|po)\b", "and without any pods"),
    (r"\bempty (nodes|no)\b(?:\s*\(\s*(?:0|no|zero) (?:pods?|po)\s*\))?", r"\1 without any pods"),
    (r"\b(nodes?) (?:that are )?(?:running|hosting) nothing(?: at all)?\b", r"\1 without any pods"),
    # "pods in data that aren't reachable through any service": behind none
    (r"\b(?:are not|aren'?t|is not|isn'?t|not) (?:reachable|accessible) "
     r"(?:through|via|by|from|behind) "
     r"(?=(?:any|a) (?:services?|svc)\b)", "not behind "),
    # "ml claims: the pod using each one and its node": the subject, then what to show beside each
    (r"^([a-z0-9][\w\-]* (?:pvcs|claims|pods|po|deployments|deploys|services|svcs|jobs|nodes|statefulsets|"
     r"sts)):\s+"
     r"(?=the \w+ (?:using|that uses|mounting|behind|backing|running|owning|on|of)\b)", r"\1 with "),
    # "pods served by the x ingress", "ing x -> svc -> pods": the pods behind it, through its services
    (r"(?<!hosts )(?<!paths )(?<!domains )\b(?:served|fronted|exposed|routed to) by\b"
     r"(?=.*\b(?:ing|ingress(?:es)?)\b)", "behind"),
    (r"^\W*(ing|ingress(?:es)?) (.+?)\s*->\s*(?:svc|services?)\s*->\s*(?:pods?|po)\s*[?.!]*$",
     r"pods behind \1 \2"),
    # "svc x -n ml backends", "the backends of service x": the pods behind it
    (r"\b(?:backends?|backing pods|backend pods) (?:of|for|behind) (?:the )?"
     r"(?=(?:[a-z0-9][\w\-]* )?(?:svc|service)\b)",
     "pods behind "),
    (r"\b(?:(?:svc|service) "
     r"(?!(?:with|w|that|whose|which|having|on|in|and|without|where|of|have|has|had|are|is|were|was)\b)"
     r"([a-z0-9][\w\-]*)|([a-z0-9][\w\-]*) (?:svc|service))"
     r"((?:\s+(?:in|-n)\s+[a-z0-9][\w\-]*)?)(?:'s)?\s+(?:backends?|backing pods|backend pods)\b",
     r"pods behind svc \1\2\3"),
    # "pods behind the x service": that service named as such (its name is no service account's here)
    (r"\b(behind|selected by|backing) (?:the )?"
     r"(?!(?:svc|service|any|a|an|no|some|each|every|one|its|their)\b)([a-z0-9][\w\-]*) (?:svc|service)\b",
     r"\1 svc \2"),
    # "…, and how big are they?": their capacity
    (r",?\s+and how (?:big|large) (?:are|is) (?:they|it|those|these|each(?: one)?)\W*$",
     " and their capacity"),
    # "role bindings that grant a ClusterRole", "namespaced bindings to cluster roles", "rb w/ roleRef kind
    # ClusterRole": role bindings to cluster roles; ": which role, and to whom?": with their subjects
    (r"\b(role ?bindings?|rbs?)\b(.*?)\b(?:that |which )?"
     r"(?:grants?|gives?|binds?|references?|hands? out|points? to)"
     r" (?:an? |the )?cluster ?roles?\b"
     r"(?: (?:rather than|instead of|not) (?:an? |the )?(?:namespaced )?roles?\b)?"
     r"(?!.*\b(?:verbs?|allows?|permissions?|rules?|can)\b)",
     r"\1\2 to cluster roles"),
    (r"\b(?:namespaced|namespace[- ]scoped) bindings (?:to|of) (?:an? )?cluster ?roles?\b",
     "rolebindings to cluster roles"),
    (r"\b(role ?bindings?|rbs?)\b(.*?)\b(?:w/|with) (?:a )?role ?ref(?: kind)?(?: =| :)? ?"
     r"cluster ?role\b(?!/)",
     r"\1\2 to cluster roles"),
    (r"(\bto cluster roles\b.*?)[:,]?\s*(?:and )?which (?:cluster )?role,? and (?:to whom|who)\W*$",
     r"\1 and their subjects"),
    # "what state are the x deployment's pods in?": those pods and their status
    (r"^\W*what (?:state|status|phase)s? (?:are|is) (.+?) in\b\s*", r"\1 and their status "),
    # "po on notready no", "workloads on not ready nodes": the pods on those nodes
    (r"\b(not ?ready|unready|notready) no\s*[?.!]*$", r"\1 nodes"),
    (r"\bworkloads (?=(?:running |scheduled )?on\b.*\bno(?:des?)?\b)", "pods "),
    # "pods consuming the x config map": the pods that use it, not a measured consumption
    (r"\bconsum(?:ing|es|e)\b(?= (?:the |a |an |any )?(?:[\w\-]+ )?"
     r"(?:config ?maps?|cms?|secrets?|pvcs?|claims?)\b)",
     "using"),
    # "statefulsets here and how many are ready": each one's READY, not a count of the ready ones
    (r"\b((?:deploy\w*|statefulsets?|sts|replicasets?|rs|daemonsets?|ds)\b.*) and how many "
     r"(?:of (?:their|its) "
     r"(?:pods|replicas) )?are (ready|available)\s*[?.!]*$", r"\1 and their \2 count"),
    # "what labels are on my namespace?": its own labels (not every key namespaces use)
    (r"(?:^\W*(?:which|what) (?:are (?:the )?)?)?\b(labels|annotations) (?:are |is )?(?:on|of|for) "
     r"(?:this|my|our|the current|current) "
     r"(namespace|ns)\b", r"\1 of this \2"),
    # "clusterroles with no rolebinding or clusterrolebinding": bound by neither kind of binding
    (r"\b(?:with|having|that have|without) (?:no |any )?(?:(?:role ?bindings?|rbs?) (?:or|nor|and) "
     r"(?:cluster ?role ?bindings?|crbs?)|(?:cluster ?role ?bindings?|crbs?) (?:or|nor|and) "
     r"(?:role ?bindings?|rbs?))\b",
     r"with no bindings"),
    # "cassandra-2 pending why (team-b)": the question word said last
    (r"^\W*((?:po |pod )?[a-z0-9][a-z0-9\-.]*[a-z0-9]) "
     r"(pending|not ready|crashlooping|failing|evicted) why\b",
     r"why is \1 \2"),
    # "rollout status of deployments in shop": what kubectl rollout status counts, up to date and ready
    (r"^(?:what(?:'?s| is) (?:the )?)?rollout status(?:es)? (?:of|for) (?:the |my |all )?"
     r"(deploy(?:ment)?s?)\b",
     r"\1 with their up-to-date and ready replicas"),
    # "deployments in the middle of a rollout", "old and new rs both up": two replica sets running pods
    (r"\b(deploy(?:ment)?s?)\b(.*?)\b(?:(?:are |is )?(?:in the middle of|midway through) (?:a |an )?"
     r"(?:rollout|rolling update|update)|(?:are |is )?mid[- ]?rollout|with (?:the )?old and new "
     r"(?:rs|replica ?sets?) both (?:up|running|active|scaled up))\b",
     r"\1\2 with rollouts in progress"),
    # "pods by machine type, counted": how many of them per each
    (r"^\W*([a-z][a-z\-]*?) (?:by|per) ([a-z][a-z \-]*?)(?: \([^)]*\))?,? (?:counted|with counts?)\W*$",
     r"how many \1 per \2"),
    # "how are the frontend storefront pods spread over nodes?": how many on each
    (r"^\W*how (?:are|is) (.+?) (?:spread|distributed|split) (?:over|across|among|between) (?:the )?"
     r"(node|zone|namespace)s?\W*$", r"how many \1 per \2"),
    # "pod spread across zones in checkout (counts)": a spread is counted already
    (r"\b((?:spread|distributed|split) (?:across|over|among|between) [^()]*?)\s*\(\s*"
     r"(?:counts?|counted|numbers?)\s*\)", r"\1"),
    # "endpoints of service postgres in data", "ep postgres -n data": that Endpoints object's addresses
    (r"^\W*(?:what are |show(?: me)? |list |get )?(?:the )?endpoints (?:of|for|behind) (?:the )?"
     r"(?:svc|service) "
     r"([a-z0-9][\w\-.]*)(.*?)\W*$", r"ep \1\2: endpoints"),
    (r"^\W*(?:which|what) ip ?: ?ports? (?:does|do) (?:the )?(?:svc|service) ([a-z0-9][\w\-.]*)(.*?) "
     r"(?:route|send|forward|point)s?(?: traffic)? to\W*$", r"ep \1\2: endpoints"),
    (r"^\W*(?:kubectl get )?(?:ep|endpoints) ([a-z0-9][\w\-.]*)"
     r"((?:\s+(?:-n|in|--namespace)\s+[a-z0-9][\w\-]*)?)\W*$",
     r"ep \1\2: endpoints"),
    # "nodes missing fluent-bit (ds in monitoring)": the nodes none of that daemon set's pods run on
    (r"\b(nodes?) (?:missing|lacking|without) (?:a |an |the )?([a-z0-9][\w\-]*-[\w\-]*)\s*"
     r"(?:\((?:ds|daemonset)\b[^)]*\)|(?:ds|daemonset) pods?)", r"\1 without a \2 pod"),
    # "which jobs did cronjob x create, and did they succeed?": each with its status
    (r",?\s*and (?:did|have|has) (?:they|it|those|these) (?:succeed(?:ed)?|complete[d]?|finish(?:ed)?)\W*$",
     r" and their status"),
    # "how are the image-resize job's pods doing?": each pod with its status
    (r"^\W*how (?:are|is) (?:the )?(.+?\b(?:pods|po)\b.*?) doing\W*$", r"\1 and their status"),
    # "status and node of the cassandra statefulset's pods": those pods with the columns asked
    (r"^\W*(?!(?:events?|ev|warnings?|logs?)\b)([a-z]+(?:,? (?:and |\+ )?[a-z]+)*) of (?:the )?"
     r"(?!(?:failed|failing|running|pending|completed|succeeded|broken|unhealthy|ready|old|new|all|my|our)\b)"
     r"([a-z0-9][\w\-]*) (statefulset|sts|deployment|deploy|daemonset|ds|job)(?:'s)? pods"
     r"((?: in [a-z0-9][\w\-]*)?)\W*$",
     r"\2 \3 pods\4 with \1"),
    # "status of the pods the nightly-report cronjob spawned": those pods with that column
    (r"^\W*([a-z]+(?: and [a-z]+)?) of (?:the )?pods (?:the |that )?([a-z0-9][\w\-]*) "
     r"(cronjob|cj|job|deployment|deploy|statefulset|sts|daemonset|ds) "
     r"(?:spawned|created|started|made|runs?|owns?)\W*$",
     r"pods of \3 \2 and their \1"),
    # "job/image-resize -n batch pods status and nodes": the pods with both columns
    (r"\bpods (status|nodes?|restarts)(?:,? and | \+ )(status|nodes?|restarts)\W*$", r"pods with \1 and \2"),
    # "top 3 warning reasons by how often they happened": repeats counted, as "fired" says
    (r"\bby how often (they|it|each(?: one)?) (?:happened|occurred|showed up|appeared)\b",
     r"by how often \1 fired"),
    # "hpa-managed deploys": the ones an autoscaler scales
    (r"\b(?:hpa|autoscaler)[- ](?:managed|scaled|controlled|backed) (deploy\w*|statefulsets?|sts)\b",
     r"\1 with an hpa"),
    # "node-level events": node events
    (r"\bnode[- ]level (events?|ev)\b", r"node \1"),
    # "deployments where fewer replicas are ready than desired": not fully ready
    (r"\bwhere fewer (?:replicas|pods) are ready than (?:desired|wanted|requested|specified)\b",
     "not fully ready"),
    # "any node that's missing its kube-proxy pod?": the nodes missing one
    (r"\b(nodes?) (?:(?:that's|that is|that are|which is|which are|that|which|are|is) )?missing "
     r"(?:its|their|a|an) ",
     r"\1 missing the "),
    (r"\b(missing the [a-z0-9][\w\-]*) daemon (pods?)\b", r"\1 daemonset \2"),  # "… fluent-bit daemon pod"
    # "svc backed by pods on the node that's down": a NotReady node
    (r"\b(?:the |a |any )?nodes? (?:that's|that is|that are|which is|which are|that went|which went) "
     r"(?:down|dead|offline)\b", "notready nodes"),
    # "where is fluent-bit not running? list the nodes": the nodes were asked already
    (r"^(\W*where\b[^?]*)\?\s*(?:just |please |pls )?(?:list|show|give)(?: me)? (?:the |those )?nodes\W*$",
     r"\1?"),
    # "where is ds fluent-bit not running?": the nodes none of its pods run on
    (r"^\W*where (?:is|isn'?t) (?:the )?(?:ds|daemonset|daemon set) ([a-z0-9][\w\-]*) "
     r"not (?:running|scheduled)\W*$",
     r"nodes without a \1 pod"),
    # "orders-api service in team-b: unready backing pods": the pods behind it that are not ready
    (r"^\W*([a-z0-9][\w\-]*) (?:service|svc)((?: in| -n) [a-z0-9][\w\-]*)?\s*:\s*(?:unready|not[ -]ready) "
     r"(?:backing |backend )?(?:pods|po)\W*$", r"which pods behind svc \1\2 are not ready"),
    # "claims per sc incl. unused classes": the classes with none counted too
    (r"\bincl(?:\.|uding|udes)? (?:the )?(?:unused|empty) (classes|namespaces|nodes)\b",
     r"including \1 with none"),
    # "what EBS volume ids back the pvcs in payments?": each claim's volume handle (its PV's)
    (r"^\W*(?:what|which) (?:ebs |aws |disk |cloud )?(?:volume ids?|volume handles?|disk ids?) "
     r"(?:back|are behind) "
     r"(?:the )?(pvcs|claims)\b(.*?)\W*$", r"\1\2 and the volume handle of their pv"),
    (r"^\W*(?:ebs |aws |disk |cloud )?(?:volume ids?|volume handles?|disk ids?) (?:for|of) "
     r"(?:the )?(pvcs|claims)\b"
     r"(.*?)\W*$", r"\1\2 and the volume handle of their pv"),
    # "pvc pending w/ WaitForFirstConsumer class": whose storage class binds that way
    (r"\bw(?:/|ith) (waitforfirstconsumer|immediate) (?:class|sc|storage ?class)\b",
     r"whose storage class is \1"),
    # "who got edit in which namespace (rolebindings)?": the bindings granting that cluster role, to whom
    (r"^\W*who (?:got|has|gets|holds|was given) (edit|view|admin) (?:in which|where|in what) namespaces?\W*"
     r"(?:\((?:rolebindings?|rb)\))?\W*$", r"which role bindings grant the \1 cluster role, and to whom?"),
    # "services some ingress routes to": the ones an ingress sends traffic to
    (r"\b(services|svcs?) (?:that )?(?:some|an|any) (?:ingress|ing)(?:es)? "
     r"(?:routes?|points?|sends?|forwards?) "
     r"(?:traffic )?to\b", r"\1 exposed through an ingress"),
    # "a cluster role with wildcard (*) verbs": with verbs *
    (r"\bwith (?:a )?(?:wildcard|\*)\s*(?:\(\*\)\s*)?(verbs|resources)\b", r"with \1 *"),
    # "alice's permissions in ns team-a": what she may do there
    (r"^\W*([a-z0-9][\w.@\-]*)'s (?:permissions|rights|access|privileges)\b(.*)$", r"what can \1 do\2"),
    # "payments pvc -> volume handle": each claim with its PV's handle
    (r"\b(pvcs?|claims?)\s*(?:->|→)\s*(?:the )?(?:volume handles?|volume ids?)\b",
     r"\1 and the volume handle of their pv"),
    # "pods using hostPath volumes": a volume of the pod's own, no persistent volume's source
    (r"\b((?:pods?|po)\b[^?]*?)\b(?:using|use|uses|mounting|mount|mounts)\s+(?:an? |any )?"
     r"(host ?path|empty ?dir)\s+(volumes?)\b", r"\1with \2 \3"),
    # "claims backed by hostPath volumes": whose PV's source is that
    (r"\b(?:backed by|on|using) (?:a |an )?(hostpath|local|nfs|csi|awselasticblockstore|gcepersistentdisk) "
     r"(?:persistent ?volumes?|pvs?|volumes?)\b", r"whose pv has source type \1"),
    # "pods consuming an Opaque-type secret": using it, not a resource consumed
    (r"\bconsum(?:ing|es?) ((?:an? |the )?(?:[\w\-]+ )*?(?:secrets?|configmaps?|cms?|pvcs?|claims?))\b",
     r"using \1"),
    # "which PDBs match no pods according to events?": the budgets with NoPods events
    (r"^\W*(?:which|what) (pdbs|poddisruptionbudgets|pod disruption budgets) (?:match|select|cover) no pods\b"
     r".*\bevents?\b.*$", r"which \1 have nopods events"),
    # "ing with an unknown ingress class": whose class has no IngressClass object
    (r"\b(?:with|using|that uses?|having) an? (?:unknown|missing|nonexistent|non-existent|undefined|bogus) "
     r"(?:ingress ?)?class\b", "using a class that has no ingressclass object"),
    # "pods whose init containers haven't finished": stuck in init
    (r"\b(pods?|po) (?:whose|with|that have|where the) init ?containers? "
     r"(?:haven'?t|have not|hasn'?t|has not|not yet|never|didn'?t|did not) (?:yet )?"
     r"(?:finished|completed|done|run|succeeded)\b", r"\1 stuck in init"),
    # "deployments that have no available pods at all": none of their replicas available
    (r"\b(?:have|has|with) no available (?:pods|replicas)(?: at all)?\b", "with zero available replicas"),
    # "total number of restarts": the restarts added up, not the pods counted
    (r"\b(?:the )?total (?:number|count|#) of (restarts|replicas|containers restarts)\b", r"total \1"),
    # "total desired replicas in frontend": the deployments' (an autoscaler's is its own column)
    (r"^\W*(?:the )?total desired replicas\b"
     r"(?!.*\b(?:hpas?|autoscalers?|statefulsets?|sts|replicasets?|rs)\b)",
     "total replicas of deployments"),
    # "svc with a selector that selects nothing": whose selector matches no pods
    (r"\bwith (?:a |an )?selectors? (?:that |which )?(?:selects?|matches|match|picks?) "
     r"(?:nothing|no pods|no one)\b",
     "whose selector matches no pods"),
    # "network policies that apply to every pod in their namespace": an empty pod selector
    (r"\b(?:that |which )?appl(?:y|ies) to (?:every|all|each) (?:pods?|po)"
     r"(?: in (?:their|its|the) namespaces?)?\b",
     "with an empty pod selector"),
    # "namespaces with sidecar injection on": istio's injection label
    (r"\b(?:istio )?sidecar injection (?:on|enabled|turned on)\b", "istio injection enabled"),
    # "what labels does each team-a service select on?": each service with its selector
    (r"^\W*(?:what|which) labels? does each ([a-z0-9][\w\-]*) (?:service|svc) select(?: on)?\W*$",
     r"services in \1 and their selectors"),
    # "(only >0)" after restarts: those that have restarted
    (r"\(\s*only\s*(?:>|over|above|more than)\s*0\s*\)", "with restarts > 0"),
    # "what declares containerPort 5432": the containers exposing it
    (r"^\W*(?:what|which|who) (?:declares?|exposes?|opens?|listens on) (?:container ?port|port) (\d+)\W*$",
     r"which containers expose port \1"),
    (r"\blast terminated reason\b", "last termination reason"),
    # "containers that are up but not Ready": running, yet failing readiness
    (r"\b(?:up|alive) but not ready\b", "running but not ready"),
    # "Guaranteed vs Burstable vs BestEffort, how many of each?": pods per QoS class
    (r"^\W*guaranteed\s*(?:vs\.?|/|,|or)\s*burstable\s*(?:vs\.?|/|,|or)\s*(?:best ?effort)\b.*$",
     "how many pods in each qos class"),
    (r"^\W*(?:(?:resource )?quotas? )?max(?:imum)? usage (?:%|percent(?:age)?) "
     r"(?:per|of each|for each|by) quota\b",
     "max usage percent of each quota"),
    # "namespaces that aren't covered by any resourcequota": none covers them
    (r"\b(?:that |which )?(?:aren'?t|isn'?t|are not|is not) covered by\b", "not covered by"),
    # "total allocatable pod slots": the pods the nodes can hold
    (r"\b(?:total |the )?(?:allocatable )?pod slots\b", "total allocatable pods of all nodes"),
    # "pods requesting at least one full CPU": 1 CPU
    (r"\b(?:one|a|1) (?:full|whole|entire) (cpu|core)\b", r"1 \1"),
    # "pending PVCs and how much storage they ask for": each one's request
    (r"\band how much storage (?:they|it|each) (?:ask|asks|request|requests|want|wants)(?: for)?\b",
     "with their storage request"),
    # "how full are the nodes on memory (requests / allocatable)": the share of it requested
    (r"^\W*how full are (?:the )?nodes on (cpu|memory)\b.*$",
     r"what percentage of each node's allocatable \1 is requested"),
    (r"\bcpu ?(?:\+|&) ?mem(?:ory)? requests\b", "cpu and memory requests"),
    (r"\bdefault container resources\b", "default requests and limits"),
    # "pvc w/ retained volumes (reclaimPolicy=Retain)": whose PV is kept after release
    (r"\bw(?:/|ith) (?:a )?retain(?:ed)? (?:persistent ?)?(?:volumes?|pvs?)\b"
     r"(?:\s*\(reclaim ?policy ?= ?retain\))?",
     "whose pv has reclaim policy retain"),
    # "(binding mode WaitForFirstConsumer)": the claim's storage class binds that way
    (r"\(?\s*(?:volume )?binding ?mode:? ?=? ?(waitforfirstconsumer|immediate)\s*\)?",
     r"whose storage class is \1"),
    # "missing secrets: pod + secret name": each pod with the secret it lacks
    (r"^\W*missing secrets\s*:\s*(?:pods?|po)\s*(?:\+|and|&)\s*(?:the )?secret(?: names?)?\W*$",
     "po referencing missing secrets (+ secret name)"),
    # "clusterrolebindings that give full wildcard access": to a cluster role with every verb
    (r"\b(?:gives?|grants?|giving|granting) (?:full )?(?:wildcard|\*) (?:access|permissions?|rights)\b",
     "grant a role with verbs *"),
    # "ingresses serving plain http only": without TLS
    (r"\b(?:on |over )?plain[- ]?(?:text )?http(?: only)?\b", "without tls"),
    # "events per reporter (kubelet, scheduler, ...)": examples in parentheses, not a filter
    (r"\s*\([^()]*(?:\.\.\.|…|\betc\.?)\s*\)", " "),
    # "warning reasons with total counts": how often each fired, repeats counted
    (r"^\W*(warning |event )?reasons with (?:their )?total counts?\W*$",
     r"how many times did each \1reason occur, counting repeats"),
    # "3 noisiest events by count": the events that repeated most
    (r"\b(\d+) (?:noisiest|chattiest|loudest) events? by (?:their )?count\b", r"top \1 events by count"),
    # "pdbs reporting NoPods": those with events of that reason
    (r"\b(pdbs|poddisruptionbudgets|pod disruption budgets) reporting ([a-z]+)\b",
     r"which \1 have \2 events"),
    # "last heartbeat of nodes silent for >10m": those nodes, with when they last reported
    (r"^\W*(?:the )?last heartbeats? of (?:the )?(nodes .+?)\W*$", r"\1, and when they last reported"),
    # "autoscalers that changed replicas in the past 12h": scaled then
    (r"\b(?:changed|adjusted|modified|updated) (?:their )?(?:replicas|replica count|scale)\b", "scaled"),
    # "node cpu allocation percent (requests / allocatable)": the share of each node's allocatable requested
    (r"^\W*nodes?(?:'s?)? (cpu|memory|mem) allocation (?:percent(?:age)?|%)\b.*$",
     r"what percentage of each node's allocatable \1 is requested"),
    (r"^\W*(?:resource )?quotas? max(?:imum)? usage (?:%|percent(?:age)?)\W*$",
     "max usage percent of each quota"),
    (r"^\W*(?:the )?(?:zone|az) with (?:the )?(?:highest|most|biggest) (cpu|memory|mem) requests?\W*$",
     r"which zone has the most \1 requested"),
    # "how much memory do the pods of x request altogether": in total
    (r"\b(request|requests|ask for|asks for|want|wants) altogether\b", r"\1 in total"),
    (r"^\W*how much (cpu|memory|mem) do (?:the )?(pods of .+?) (?:request|ask for|want) in total\b",
     r"total \1 requests of the \2"),
    # "what do the pods in ml request (cpu, mem)?": both requests of each pod
    (r"^\W*what do (?:the )?(pods .+?) request\s*\(\s*cpu\s*(?:,|and|\+|/)\s*mem(?:ory)?\s*\)\W*$",
     r"cpu and memory requests of the \1"),
    # "az with highest cpu requests": the availability zone
    (r"\baz\b", "zone"),
    (r"\bazs\b", "zones"),
    # "nodes ordered by how much cpu their pods request": by the requests summed per node
    (r"\b(?:sorted|ordered|ranked) by how much (cpu|memory|mem) (?:their|the) pods request\b",
     r"sorted by \1 requested, highest first"),
    # "reclaim policy of the volumes behind the payments claims": each claim with its PV's policy
    (r"^\W*(?:the )?reclaim polic(?:y|ies) of (?:the )?(?:volumes|pvs) (?:behind|of|bound to) (?:the )?"
     r"([a-z0-9][\w\-]*) (?:claims|pvcs)\W*$", r"pvcs in \1 and the reclaim policy of their pvs"),
    # "which pvcs in data can be expanded?", "resizable pvc": their class allows volume expansion
    (r"\b(?:resizable|expandable|growable) (pvcs?|claims?)\b",
     r"\1 whose storage class allows volume expansion"),
    (r"\b(pvcs?|claims?)\b(.*?)\bcan be (?:expanded|resized|grown)\b",
     r"\1\2 whose storage class allows volume expansion"),
    # "which pvcs aren't used by any pod? show the request in GiB": each one's request beside it
    (r"\?\s*show (?:me )?(?:the|their) (?:storage )?requests? in (gib|gb|gi|mib|mb)\W*$",
     r", with their storage request in \1"),
    # "hpa scaling events": an autoscaler's rescales
    (r"\b(?:hpa|autoscaler)s? scaling events?\b", "hpa rescale events"),
    (r"\bscaling events? (?:for|of|on|from|by) (?:the )?(?:hpa|autoscaler|horizontal pod autoscaler)s?\b",
     "hpa rescale events"),
    # "event reasons in ml and how many of each": a count per reason
    (r"^\W*(?:the )?(?:(warning |normal )(?:(?:event|ev) )?|(?:event|ev) )reasons\b(.*?),? "
     r"(?:and|with) how many (?:of each|each|times)\W*$",
     r"number of \1events per reason\2"),
    # "the noisiest namespace": the one whose events were seen most often, repeats counted
    (r"^\W*(?:(?:which|what) (?:is|was|'s) |what's )?(?:the )?(noisiest|loudest|chattiest) "
     r"(?:ns|namespace)\s*\??$",
     r"\1 namespace by total event count"),
    (r"^\W*(?:(?:which|what) (?:are|were) |what're )?(?:the )?(?:top )?(\d+) (?:noisiest|loudest|chattiest) "
     r"(?:ns|namespaces)\s*(?:\((?:by )?events?\))?\s*\??$|"
     r"^\W*(?:(?:which|what) (?:are|were) |what're )?(?:the )?(?:top )?(?:noisiest|loudest|chattiest) (\d+) "
     r"(?:ns|namespaces)\s*(?:\((?:by )?events?\))?\s*\??$",
     lambda m: f"top {m.group(1) or m.group(2)} namespaces by total event count"),
    # "distinct Warning ev reasons": the warnings' reasons, the kind word said between
    (r"\b(warning|normal) (?:event|ev)s? reasons\b", r"\1 reasons"),
    # "hpas that can scale above 5 replicas": their ceiling, not how many they run now
    (r"\b(?:(?:that|which) )?(?:can|could|may|are allowed to|is allowed to) (?:scale|grow|go) "
     r"(?:up )?(?:to )?(above|beyond|past|over|more than|at least|up to|to) (\d+)(?: (?:replicas?|pods?))?\b",
     lambda m: f"with max replicas {'at least' if m.group(1) in ('at least', 'up to', 'to') else 'above'} "
     f"{m.group(2)}"),
    # "an env var named like PASSWORD", "an environment variable containing TOKEN": part of a variable's name;
    # "an env var called LOG_LEVEL": that name
    (r"\b(env(?:ironment)?[ _]?var(?:iable)?s?) (?:(?:named|called) like|containing|that contains?|"
     r"whose name contains) ['\"]?([a-z0-9_]+)['\"]?", r"\1 *\2*"),
    (r"\b(env(?:ironment)?[ _]?var(?:iable)?s?) (?:named|called) (?=[a-z0-9_]+\b)", r"\1 "),
    # "secrets with checkout in the name", "services named like checkout": a part of the name, even where the
    # word is also a namespace's name (an environment variable's name is read where it is said)
    (r"^(?!.*\benv)(.*?)\bwith ['\"]?([a-z0-9][\w\-.]*)['\"]? in (?:the|their|its) names?\b",
     r"\1whose name contains \2"),
    (r"^(?!.*\benv)(.*?)\b(?:named|called) like ['\"]?([a-z0-9][\w\-.]*)['\"]?", r"\1whose name contains \2"),
    # "pods that crashed because of a segfault": a segmentation fault ends a container with 139 (SIGSEGV)
    (r"\b(?:(?:crash(?:ed|es|ing)?|died|exited|failed|killed|terminated) )?"
     r"(?:because of |due to |from |by |with |after )?(?:an? )?"
     r"(?:segfault(?:s|ed|ing)?|seg(?:mentation)? faults?(?:ed)?|sigsegv)\b",
     "exited with code 139"),
    # "any out-of-memory kill events?": the kernel's OOMKilling events
    (r"\bout[- ]of[- ]memory kill(?:s|ing)? (events?|ev)\b", r"oomkilling \1"),
    # "how many times have payments pods restarted in total?": their restarts added up
    (r"^\W*how many times have (?:the )?([a-z0-9][\w\-]*) (?:pods|po) restarted "
     r"(?:in total|altogether|overall)\W*$",
     r"total restarts across pods in \1"),
    # "distinct app= values in ns payments": the values of that label
    (r"\b(?:distinct |unique |different )?([a-z0-9][\w./\-]*)=\s*values\b", r"distinct \1 label values"),
    # "top 5 po by age": the 5 oldest, as "the 8 oldest namespaces" reads
    (r"\btop (\d+) ([a-z][a-z\-]*) by age\b(?!\s*(?:asc|desc|young|new))", r"\1 oldest \2"),
    # "services with no cluster ip": headless ones (clusterIP None); an ExternalName one is not asked
    (r"\b(?:with\s+)?(?:no|without(?:\s+an?)?)\s+cluster[ -]?ips?\b", "headless"),
    # "scheduler message for po cassandra-2": why the scheduler could not place it
    (r"^\W*(?:the )?scheduler(?:'s)? (?:messages?|errors?|complaints?|reasons?) (?:for|about|of) "
     r"((?:po |pod )?[a-z0-9][a-z0-9\-.]*[a-z0-9])\b(.*)$",
     r"why can't \1\2 be scheduled"),
    # "warning reasons that first showed up in the last 2h": first seen then
    (r"\bfirst (?:showed|shown|turned|popped|cropped) up\b", "first appeared"),
    # "count of events with count = 1", "# of non-repeated events": how many
    (r"^(?:the )?(?:count|#|no\.?) of (?=\w)", "how many "),
    # "how many warnings in each kube context?": per cluster (a context names one)
    (r"\b(each|every|per|by) kube ?(?:config )?contexts?\b", r"\1 cluster"),
    # "events about cluster-scoped objects", "cluster-level events": no namespace to the object
    (r"\b(?:about|for|on|of|involving) cluster[- ](?:scoped|level|wide) (?:objects?|resources?|things?)"
     r"\b", "with no involved namespace"),
    (r"^(?:the |any |all )?cluster[- ](?:scoped|level|wide) (events?|ev)\b",
     r"\1 with no involved namespace"),
    (r"\bwhose (?:involved )?object (?:has|is in|with) no namespace\b", "with no involved namespace"),
    # "scheduler events in ml": the ones the default scheduler reported
    (r"^(?:(?:show|list|get|any)(?: me)? )?(?:the )?scheduler(?:'s)? (events?|ev|warnings?)\b",
     r"\1 from source default-scheduler"),
    # "evictions: pod and message": the Evicted events, which say why
    (r"\bevictions?\b(?=.*\b(?:messages?|msgs?)\b)", "evicted events"),
    # "anything wrong in ml in the last hour?": a window that only events keep, their warnings
    (r"^(?:is |was |has )?(?:there )?(?:anything|something) "
     r"(?:gone |going |that went |went |that's gone )?wrong\b"
     r"(?=.*\b(?:last|past)\s+(?:\d+\s*)?(?:h|hrs?|hours?|mins?|minutes?|days?|day)\b)", "warning events"),
    # "pods with init containers": those that have some (two blind authors of two: not their names)
    (r"\b(pods?|po)\s+(?:with|w/|having)\s+(?:any\s+)?init ?containers\b(?!\s*(?:named|called|and|,))",
     r"\1 that have init containers"),
    # "count pods labelled with app.kubernetes.io/name": those that have that label key
    (r"\blabell?ed with (?:the |a )?([a-z0-9][\w.\-]*[./][\w.\-/]*[a-z0-9])(?! *=)(?: label)?\b",
     r"with the \1 label"),
    # "containers exited != 0": with a non-zero code
    (r"\bexited\s*(?:!=|<>|not\s*=)\s*0\b", "exited with a non-zero code"),
    # "most degraded deploy (unavailable replicas)": the one with the most unavailable replicas
    (r"\b(?:the )?most degraded (deploy|deployment|sts|statefulset|ds|daemonset)\b"
     r"(?:\s*\(unavailable replicas\))?", r"the \1 with the most unavailable replicas"),
    # "which containers use rc tags?": images tagged as release candidates
    (r"\b(?:use|uses|using|run|running|on) (?:an? )?rc (?:image )?tags?\b", "run images with an -rc tag"),
    # "no pod security enforce label": the pod-security.kubernetes.io/enforce label
    (r"\bpod[ -]security (?:enforce|enforcement) label\b", "pod-security.kubernetes.io/enforce label"),
    # "youngest three po": the three youngest
    (r"\b(youngest|oldest|newest|biggest|largest|smallest)\s+(\d+|two|three|four|five|ten)\b(?!\s*(?:days?|hours?|"
     r"minutes?|weeks?|gi|mi))", r"\2 \1"),
    # "nodes that aren't in any pool": without a pool label
    (r"\b(?:aren'?t|are not|isn'?t|is not|not) in any (node ?pool|pool)\b", r"without a pool label"),
    # "container count in payments (incl. init)": every container, init ones too
    (r"\s*\(\s*(?:incl\.?|including|with|plus) init(?: containers)?\s*\)", ""),
    # "how long have the running jobs been running?": their duration
    (r"^how long have (?:the )?(running |active )?jobs been running\b", r"\1jobs with their duration"),
    # "deployments missing ready pods": not fully ready
    (r"\b(deployments?|deploys?|statefulsets?|sts)\s+(?:missing|lacking|short of|short on)\s+ready\s+"
     r"(?:pods|replicas)\b", r"\1 not fully ready"),
    # "the five longest-lived pods": the oldest
    (r"\blongest[- ]lived\s+(pods?|po)\b", r"oldest \1"),
    # "first sts ever created": the oldest one
    (r"\b(?:the )?first (sts|statefulset|deploy|deployment|ds|daemonset|pod|po|job|cronjob|cj|namespace|ns|"
     r"node|pvc|svc|service) ever (?:created|made|deployed)\b", r"the 1 oldest \1"),
    # "pod count across team=data-eng namespaces": those labelled so
    (r"\b([a-z0-9][\w.\-/]*)=([\w.\-]+) (namespaces|ns)\b", r"namespaces labelled \1=\2"),
    # "secrets aren't mounted or referenced by any pod": unused by every pod
    (r"\b(?:aren'?t|are not|isn'?t|is not) (?:mounted|used|referenced)(?:,? or (?:mounted|used|referenced))+ "
     r"by any pods?\b", "are not used by any pod"),
    # "services that don't have (any) endpoints": those with none, as "have no endpoints" says
    (r"\b(?:do|does)(?: not|n't) have (?:any )?(ready )?(endpoints?|backends?)\b", r"have no \1\2"),
    # "pods that don't run on worker-1": anywhere else, as "not on worker-1" says
    (r"\b(?:do|does)(?: not|n't) (?:run|sit|live)s? on\b", "not on"),
    # "svc with not-ready addresses behind them": their not ready endpoints
    (r"\bnot[- ]ready addresses(?: behind (?:them|it))?", "not ready endpoints"),
    # "pod count quota in staging: limit and current usage": the pod quota, hard and used
    (r"\bpod count quota\b", "pod quota"),
    (r"\bcurrent (usage|use)\b", r"\1"),
    # "jobs that finished but ran >5m": took longer than that
    (r"\bran (?:for )?(?:>|more than|over|longer than) ?(\d+\s*[a-z]+)", r"took longer than \1"),
    # "masters?": the control-plane nodes (the grounding names the role this cluster uses)
    (r"^(?:the |any |list )?masters\W*$", "master nodes"),
    # "who gets edit via rolebindings?": who is granted it
    (r"^who (?:gets|has|holds|receives) ", "who is granted "),
    # "new warning events (started <10m ago)": those first seen in that window
    (r"\b(events?)\s*\(?\s*(?:that\s+)?\b(?:started|began|first seen|first appeared|appeared)\s*"
     r"(?:<|less than|under|within)\s*(\d+\s*[a-z]+)\s+ago\s*\)?", r"\1 first seen in the last \2"),
    # "svcs exposed outside the cluster (anything but ClusterIP)": not that
    (r"\banything (?:but|except|other than)\s+", "not "),
    # "which three namespaces were created last?", "which node joined the cluster most recently?": the newest
    (r"\bwere (?:created|made|added) (?:last|most recently)\b", "are newest"),
    (r"\bwas (?:created|made|added) (?:last|most recently)\b", "is the newest"),
    (r"\b(?:joined|was added to) the cluster (?:most recently|last)\b", "is the newest"),
    # "which pods in payments have init containers, and what are they called?": those init containers
    (r"^(?:which |what )?pods (.*?)\s*(?:have|has|with) init containers,? (?:and )?(?:what are they called|"
     r"(?:and )?their names|which ones|named what)\W*$", r"init containers of pods \1"),
    # "batch containers that finished": those terminated
    (r"\bcontainers (?:that|which) (?:have )?(?:finished|ended)\b", "terminated containers"),
    # "autoscaler resize events", "autoscalers that changed replica count": their rescales
    (r"\b(autoscalers?|hpas?|horizontal pod autoscalers?)\s+resize\s+(events?)\b", r"\1 rescale \2"),
    (r"\bchanged (?:their |its |the )?replica counts?\b", "rescaled"),
    # "containers of po x -n ns": that pod's containers, each by name
    (r"^(?:what |which |list |show )?(?:the )?containers (?:are )?(?:in|of) (?:pod|po) ([\w\-]+)"
     r"((?:\s+(?:-n|in)\s+[\w\-]+)?)\W*$", r"container names of pod \1\2"),
    # "node leases not renewed in 5 minutes": the kubelets' leases, which live in kube-node-lease
    (r"\bnode (leases?)\b(?!.*\bkube-node-lease\b)", r"\1 in kube-node-lease"),
    (r"\bnode (leases?)\b", r"\1"),
    # "services with endpoints that aren't ready": their not ready endpoints
    (r"\bendpoints (?:that|which) (?:aren'?t|are not|is not|isn'?t) ready\b", "endpoints not ready"),
    # "backend svcs for host shop.acme.io": the services behind the ingress of that host
    (r"\b(?:backend\s+)?(svcs?|services?)\s+(?:for|behind|serving|of)\s+(?:the\s+)?host\s+",
     r"\1 behind ingress host "),
    # "pvc with a non-existent storageclass": one whose class does not exist
    (r"\bwith (?:a |an )?(?:non-?existent|nonexistent|non-?existing|missing|unknown|deleted) "
     r"(?:storage ?class|sc)\b", "whose storage class does not exist"),
    # "what events does the not-ready node have?": the events of that node
    (r"^what events (?:does|do|did) (the .+?) (?:have|has|get|got|see|saw)\W*$", r"events of \1"),
    # "what namespace is the claim of pv x in?": its claim's namespace
    (r"^(?:what|which) (?:namespace|ns) is the claim of (pv|persistent ?volume) ([\w.\-]+) in\W*$",
     r"claim namespace of \1 \2"),
    # "pods not running in namespaces labelled …": the pods' state, then where they are (not "running in")
    (r"\b(pods?|po)\s+not\s+running\s+in\s+(?=(?:the\s+)?(?:[\w\-]+\s+)?(?:namespaces|ns)\b)",
     r"non-running \1 in "),
    # "nodes not running anything from payments": those without its pods
    (r"\b(nodes?)\s+(?:that are\s+|which are\s+)?(?:not running|running no|without|with no)\s+"
     r"(?:anything|any pods?|pods?)\s+(?:from|of|in)\s+(?:(?:the\s+)?(?:ns|namespace)\s+)?([a-z0-9][\w\-]*)",
     r"\1 without \2 pods"),
    # "containers and images of pod x", "po x -n ns: containers + images": that pod's containers, each image
    (r"^(?:the )?containers\s*(?:and|\+|&)\s*(?:their )?images (?:of|in) ((?:pods?|po) .*)$",
     r"containers of \1 and their images"),
    (r"^(?:po|pod) ([\w\-]+)((?:\s+-n\s+[\w\-]+)?)\s*:\s*containers\s*(?:\+|and|with|"
     r"&)\s*(?:their )?images\W*$", r"containers of pod \1\2 and their images"),
    # "containers with last state terminated: Error", "w/ lastState OOMKilled": the last termination's reason
    (r"\blast ?state(?:\s+(?:is|=|:))?\s+(?:terminated\s*(?:[:,=]|with|-)?\s*)?(oomkilled|error|completed|"
     r"containercannotrun)\b", r"last termination reason \1"),
    # "requested cpu on each node against what it can allocate": against its allocatable amount
    (r"\bagainst what (?:it|they|each) can allocate\b", r"against allocatable"),
    # "longest-running po -n payments": the oldest one (a job's or container's running time is its own)
    (r"\blongest[- ]running\s+(pods?|po)\b", r"oldest \1"),
    # "created over 12 months ago": a year
    (r"\b12 months\b", r"1 year"),
    # "cpu and memory requests of the containers in pod redis-0": each container's, named
    (r"^(?:what are |show |list )?(?:the )?((?:cpu|memory|mem)(?: and (?:cpu|memory|mem))? (?:requests?|"
     r"limits?)(?: and (?:requests?|limits?))?) (?:of|for) (?:the |its |each )?containers (?:in|"
     r"of) (pod [\w\-]+.*)$", r"containers of \2 with \1"),
    (r"^(?:pod )?([a-z0-9][\w\-]*\d[\w\-]*((?:\s+(?:-n|in)\s+[\w\-]+)?))\s+container (requests|limits)\W*$",
     r"containers of pod \1 with cpu and memory \3"),
    # "pods behind the service reviews and whether they're ready": each pod's readiness shown, not a filter
    (r"\b(pods?\b.*?)(?:,\s*|\s+and\s+|\s+\+\s*|\s+with\s+)(?:(?:whether|if) (?:they'?re|they are|"
     r"each (?:one )?is) ready|their readiness)\b", r"\1 with is_ready"),
    # "what does the hpa storefront in frontend scale?": its target
    (r"^what (?:does|do) (?:the )?(hpas?|horizontal ?pod ?autoscalers?|autoscalers?) ([\w\-]+)((?:\s+(?:-n|"
     r"in)\s+[\w\-]+)?)\s+(?:scale|target|point at|point to)\b", r"\1 \2\3 target"),
    # "services with some backends failing readiness": their not ready endpoints
    (r"\b(?:(?:some |any )(?:backends?|endpoints?|pods?)|backends?|endpoints?|(?<=\bwith )pods) "
     r"(?:failing|that fail|which fail|"
     r"not passing) readiness(?: checks?| probes?)?", r"not ready endpoints"),
    # "pdb protecting kafka-0 -n data": the budget whose selector covers that pod
    (r"\b(pdbs?|poddisruptionbudgets?|disruption budgets?)\s+(?:protecting|guarding|covering|that protects?|"
     r"that guards?)\s+(?:pod\s+)?(?=[a-z0-9][\w\-]*\d)", r"\1 that covers "),
    # "what does pdb postgres -n data protect?": the pods it covers
    (r"^what (?:does|do) (?:the )?(pdbs?|poddisruptionbudgets?|disruption budgets?) ([\w\-]+)((?:\s+(?:-n|"
     r"in)\s+[\w\-]+)?)\s+(?:protect|cover|guard)\b", r"pods covered by \1 \2\3"),
    # "what's still on the cordoned node?": what runs there
    (r"^what is (?:still|currently|now) on\b", r"what is on"),
    # "nightly-report cj jobs: events": the events of those
    (r"^([^:]+?)\s*:\s*(?:their |the |any )?events\W*$", r"events of the \1"),
    # "not ready pods per deployment": the pods' state counted per owner, not the owner's ready count
    (r"(?<!ready and )(?<!ready & )\b(?:not[- ]ready|unready|non[- ]ready)\s+pods\s+(per|by|for each|in each|"
     r"for every|each)\s+",
     r"pods not ready \1 "),
    (r"\bhow many (?:not[- ]ready|unready|non[- ]ready) pods (?:does|do) each (\w+)((?: in [\w\-]+)?) have\b",
     r"count of pods not ready per \1\2"),
    # "namespaces affected if worker-7 dies": those with pods on it
    (r"\b(?:that\s+)?(?:would\s+be\s+|will\s+be\s+|are\s+|get\s+)?(?:affected|impacted|hit|hurt)\s+(?:if|"
     r"when|should)\s+(?:node\s+)?([a-z0-9][\w.\-]*)\s+(?:dies|died|goes down|went down|fails|failed|crashes|"
     r"crashed|is drained|gets drained|is lost|was lost|were lost|is cordoned|reboots|is rebooted)\b",
     r"with pods on \1"),
    # "busiest AZ by pod count": the one with the most pods
    (r"\bbusiest\s+(az|zone|availability zone|node|namespace|ns)s?\b(?:\s+by\s+(?:pod\s+count|pods))?",
     r"\1 with the most pods"),
    # "emptiest 3 nodes": the ones with the fewest pods
    (r"\b(?:emptiest|quietest)\s+(\d+\s+)?(az|zone|availability zone|node|namespace|ns)(s?)\b",
     r"\1\2\3 with the fewest pods"),
    # "where are the fluent-bit pods running?": the pods with their nodes
    (r"^where (?:are|is|do|does) (?:the )?(.+?\bpods?)\s+(?:running|run|scheduled|placed|located|living|live|"
     r"hosted|sitting)\b", r"\1 and their nodes"),
    # "deploy/payments-api -n payments unready pods": the pods of that workload
    (r"^(deploy(?:ment)?s?|sts|statefulsets?|ds|daemonsets?|jobs?|cj|cronjobs?|rs|"
     r"replicasets?)/([\w\-]+)((?:\s+-n\s+[\w\-]+)?)\s*:?\s+((?:not |non[- ])?(?:[\w\-]+\s+)?pods?)\b",
     r"\4 of \1 \2\3"),
    # "svc backed by pods on worker-7": those with endpoints there
    (r"\b(svcs?|services?)\s+(?:that are\s+|which are\s+)?(?:backed|served)\s+by\s+pods\s+on\b",
     r"\1 with endpoints on"),
    # "kube-dns svc backing pods", "vllm-service backends (pods)": the pods behind that service
    (r"\b([a-z0-9][\w\-]*)\s+(svc|service)\s+(?:backing|backend)\s+pods\b", r"pods behind \2 \1"),
    (r"\b([a-z0-9][\w\-]*)\s+backends\s*\(pods\)", r"pods behind service \1"),
    # "pods not behind any service": in no service's endpoints (a pending pod without an address is in none)
    (r"\b(?:are not|aren'?t|not|is not|isn'?t) behind any (?:service|svc)s?\b", "not in any endpoints"),
    # "services whose pods are not all ready": those with not-ready addresses in their endpoints
    (r"\b(services|svcs?)\b(.*?)\s+(?:whose (?:pods|backends|endpoints) (?:are not all|aren'?t all|are not) "
     r"ready|with (?:unready|not[- ]ready|non[- ]ready) (?:backends|backend pods|pods))\b",
     r"\1\2 with not-ready addresses"),
    # "svc redis-replica -n team-a: backing pods": the pods behind it
    (r"^(?:svc|service)\s+([a-z0-9][\w\-]*)((?:\s+-n\s+[\w\-]+)?)\s*:?\s+(?:backing|backend) pods\W*$",
     r"pods behind service \1\2"),
    # "fraud-detector service endpoints (pods)", "reviews svc endpoints: which pods": the pods they list
    (r"^(?:the )?([a-z0-9][\w\-]*)\s+(?:svc|service)\s+endpoints\s*(?:\(pods\)|:\s*which pods,?)",
     r"pods in the endpoints of \1"),
    # "sts cassandra -n team-b: which node is each pod on?": its pods with their nodes
    (r"^(sts|statefulsets?|deploy(?:ment)?s?|ds|daemonsets?|"
     r"jobs?)\s+([\w\-]+)((?:\s+-n\s+[\w\-]+)?)\s*[:,]?\s*(?:which|what) node (?:is|does) each (?:pod|one|"
     r"replica) (?:on|run on|sit on)\b", r"pods of \1 \2\3 and their nodes"),
    # "pods backing off (per events)": the pods of the BackOff events (unless their events are asked for)
    (r"^(?!.*\b(?:show|list|give)\b.*\bevents?\b)(.*?)\b(pods?|po|containers?)\s+(?:that\s+|which\s+)?"
     r"(?:are\s+|were\s+|is\s+|was\s+)?(?:backing|backed)[ -]?off\b"
     r"(?:\s*\((?:per|according to|from|in) (?:the\s+)?events\))?", r"\1\2 with backoff events"),
    # "first and last time pod x backed off": of its BackOff events
    (r"\bfirst and last time (.+?) backed[ -]?off\b", r"first and last time of the backoff events of \1"),
    # "which pod has the highest back-off count": the most repeated BackOff event
    (r"\b(?:most|highest|largest|biggest)\s+back[ -]?off\s+(?:repeats|counts?)\b",
     r"most repeated backoff event"),
    # "nodes reporting oom kills": those that reported them
    (r"\b(nodes?|pods?)\s+reporting\b", r"\1 that reported"),
    # "events that haven't happened again in over 24h": last seen before that
    (r"\b(?:haven'?t|have not|hasn'?t|has not)\s+(?:happened|fired|occurred|recurred|been seen|"
     r"repeated)(?:\s+again)?\s+(?:in|for)\s+(?:over\s+|more than\s+)?(?:the\s+(?:last|past)\s+)?",
     r"not seen in the last "),
    # "events that mention a service account": the words in their messages
    (r"\b(events?|messages?)\s+(?:that\s+|which\s+)?(mention(?:s|ing)?)\s+(?:an?|the)\s+", r"\1 \2 "),
    # "what is the pod quota in staging and how much of it is used?": the quota shows both
    (r"\b(quotas?\b[^?]*?),?\s+and\s+how\s+much\s+(?:of\s+(?:it|that|them)\s+)?(?:is|are)\s+(?:used|in use|"
     r"taken|consumed)\b", r"\1, hard and used"),
    # "nodes hosting svc kafka backends": the pods behind that service
    (r"\b(?:the\s+)?(svc|service)\s+(?!(?:have|has|with|without|that|which|whose|are|is|in|on|and|or)\b)"
     r"([a-z0-9][\w\-]*)\s+(?:backends?|backing pods|endpoints? pods)\b",
     r"the pods of \1 \2"),
    # "rolebinding count per clusterrole": the bindings' role names, of those bound to a ClusterRole
    (r"(?<!cluster)(?<!cluster )\b(role ?bindings?|rbs?)\b(.*?)\b(?:per|by|for each|"
     r"for every)\s+cluster ?roles?\b", r"\1\2 per role for cluster roles"),
    (r"\b(cluster ?role ?bindings?|crbs?)\b(.*?)\b(?:per|by|for each|for every)\s+cluster ?roles?\b",
     r"\1\2 per role"),
    # "pods behind svc x, and are they ready?", "with readiness", "ready or not": each one's readiness shown
    (r",?\s*(?:(?:and )?(?:are|is) (?:they|it|each(?: one)?) ready|with (?:their |its )?readiness|"
     r"\(?ready or not\)?|(?:(?<=\bpo)|(?<=pods)) \+ ready)\s*\??$", " and whether each is ready"),
    # "which services point at pods that don't exist?": those whose selector picks none
    (r"\b(?:point|points|pointing|route|routing) (?:at|to) pods that (?:don'?t|do not) exist\b",
     "selecting no pods"),
    # "which PVs lost their claim?": those whose claim no longer exists
    (r"\b(?:that )?(?:have )?lost (?:their|its) (?:claims?|pvcs?)\b", "whose claim no longer exists"),
    # "containerPort 5432": the containers that declare it
    (r"^container ?ports? (\d+)\s*\??$", r"containers with container port \1"),
    # "Guaranteed vs Burstable vs BestEffort counts": pods counted per QoS class
    (r"^(?:pods? )?guaranteed\s*(?:vs\.?|versus|/|,)\s*burstable\s*(?:vs\.?|versus|/|,|and)\s*besteffort\s*"
     r"(?:pods? )?(?:counts?|numbers?|totals?)\b", "pod count per qos class"),
    # "most frequent warnings by count, top 3": the warning reasons, repeats added up
    (r"\bmost (?:frequent|common) warnings? (?:by (?:count|occurrences|repeats)|counting repeats)\b",
     "warning reasons, counting repeats,"),
    # "noisiest pod by warnings": the one with the most warning occurrences
    (r"\bnoisiest (pod|node|object|deployment|job)s? by warnings?\b",
     r"the \1 with the most warning occurrences"),
    # "autoscalers throwing warnings": those with warning events
    (r"^(?:which |what )?(autoscalers|hpas?|pods|nodes|jobs|deployments|pvcs)\s+(?:are |is )?"
     r"(?:throwing|emitting|raising|producing|generating) warnings\b", r"which \1 have warning events"),
    # "reviews svc backends": the pods behind that service
    (r"^(?:the )?([a-z0-9][\w\-]*)\s+(?:svc|service)\s+backends?(?:\s*\(([\w\-]+)\))?"
     r"(?=\s*(?:and whether each is ready)?\s*\??$)",
     lambda m: f"pods behind service {m.group(1)}" + (f" in {m.group(2)}" if m.group(2) else "")),
    # "what kind of services do I have?": each one's type
    (r"^what (?:kinds?|types?) of (services|svcs?|secrets)(?: (?:do|does) (?:i|we) have| are there| exist)?"
     r"(.*)$", r"\1 and their types\2"),
    # "my statefulsets and how many are ready": each one's ready count
    (r"\b(statefulsets|sts|daemonsets|ds|replicasets|rs) and how many (?:(?:of them|replicas|pods) )?"
     r"(?:are|is) ready\b", r"\1 and their ready count"),
    # "nodes w/ instance type m5.4xlarge": the instance type column, not a label
    (r"\binstance[- ]type (?=[a-z0-9]+[a-z0-9\-]*\.[\w.\-]+)", "instance_type "),
    # "restart policy = Never", "pull policy = Always": that policy's value
    (r"\b(restart|pull|reclaim) policy\s*(?:=|:|is)\s*", r"\1 policy "),
    # "deployments below their minimum availability": not available
    (r"\b(?:are |is )?below (?:their|its|the) minimum availability\b", "not available"),
    # "how many times have each team-b deployment's pods restarted?": their restarts summed per deployment
    (r"^how (?:often|many times) (?:have|has|did) (?:each|every) ((?:[\w\-]+ )?)(deployment|statefulset|"
     r"daemonset)(?:'s|s'|s)? pods (?:been )?restarted\s*\??$",
     lambda m: f"total pod restarts per {m.group(2)}" + (f" in {m.group(1).strip()}" if m.group(1) else "")),
    # "claims backed by a retained persistent volume": whose volume has reclaim policy Retain
    (r"\b(?:backed by|bound to|on|using) (?:a |an )?(?:retained|retain) (?:persistent ?volumes?|pvs?)\b",
     "whose pv has reclaim policy retain"),
    # "which pods on worker-2 have warnings, and what reason?": the warning events of those pods, by reason
    (r"^(?:which|what) pods (on [\w\-]+|in [\w\-]+) (?:have|had|got) warnings?(?: events?)?,? (?:and|with) "
     r"(?:what|which) reasons?\s*\??$", r"warning events of pods \1 and their reasons"),
    # "deploys with 2+ rs with replicas", "stuck between two replicasets": mid-rollout, old and new both up
    (r"\b(deploy\w*) (?:that )?(?:have|has|with) (?:2\+|two or more|more than (?:one|1)|multiple|several) "
     r"(?:active |live )?(?:rs|replica ?sets?)(?: (?:with|that still (?:want|have)) (?:replicas|pods))?\b",
     r"\1 with rollouts in progress"),
    (r"\b(deploy\w*) (?:that are |which are )?(?:stuck |caught )?between two (?:rs|replica ?sets)\b",
     r"\1 with rollouts in progress"),
    # "deployments that currently have pods in more than one replica set": both the old and the new up
    (r"\b(deploy\w*) (?:that |which )?(?:currently |still |now )?(?:have|has|with|running) (?:pods|replicas) "
     r"(?:in|from|across|under) (?:2\+|two or more|more than one|multiple|several|>\s*1) "
     r"(?:rs|replica ?sets?)\b",
     r"\1 with rollouts in progress"),
    # "svc with an endpoint on the broken node": on a NotReady node
    (r"\b(endpoints?|pods?|po) on the (?:broken|dead|down|failed|failing|unhealthy) node\b",
     r"\1 on a notready node"),
    (r"\b(with|has|have) an endpoint on\b", r"\1 endpoints on"),
    # events by their less asked columns: "non-namespaced ev", "events that record an action", "count by
    # cluster/context", "reported from node worker-3" (its kubelet, the source host)
    (r"\b(?:non-?namespaced|cluster-?scoped) (ev|events?)\b", r"\1 with no involved namespace"),
    (r"\b(events?|ev) (?:that |which )?(?:have|has|record|records|carry|carries|with) an action(?: set)?\b",
     r"\1 with the action set"),
    (r"\bcluster ?/ ?(?:kube ?)?context\b", "cluster"),
    # ("warning events reported from worker-4": the node unsaid; not "reported by the job-controller", a
    # component)
    (r"\b(?:reported|raised|emitted|sent) (?:from (?:the )?(?:node |host )?|by (?:the )?(?:node|host) )"
     r"([a-z0-9][\w\-.]*)\b", r"from source host \1"),
    (r"\bwhose source host is ([a-z0-9][\w\-.]*)\b", r"from source host \1"),
    (r"^(?:which|what) node (?:reported|emitted|sent|produced) the most (?:events|ev)\s*\??$",
     "top 1 event source hosts"),
    # "namespaces with more than 50 pods, and how many?", "(with counts)": the count shown beside each
    (r"^(?:which |what )?(namespaces|ns|nodes) (?:that )?(?:have|has|with) "
     r"(more than|over|fewer than|less than|under|>|<) ?(\d+) pods(?:,? and how many(?: each)?|"
     r" \((?:with )?(?:the )?counts?\)|,? with (?:their |the )?counts?)\s*\??$",
     lambda m: f"pod count per {m.group(1)} having "
     + {">": "more than", "<": "fewer than"}.get(m.group(2), m.group(2)) + f" {m.group(3)} pods"),
    (r"^pod count per (namespace|ns|node),? only (?:those|the ones) (above|over|below|under) (\d+)\s*$",
     lambda m: f"pod count per {m.group(1)} having "
     + ("more than" if m.group(2) in ("above", "over") else "fewer than") + f" {m.group(3)} pods"),
    # "stale node heartbeats (10 min)": older than that
    (r"^stale (?:node )?heartbeats?\s*\((?:>|over |more than )?(\d+)\s*(?:m|min|mins|minutes)\)\s*$",
     r"nodes with stale heartbeats (>\1m)"),
    # "sum of restarts cluster-wide": the pods' restarts added up
    (r"^(?:the )?(?:sum of|total) (?:all )?restarts(?: cluster-?wide| across the cluster| in the cluster)?"
     r"\s*\??$", "total restarts"),
    # "jobs here, complete or failed?", "did my jobs succeed? show each job's status": each one's status
    (r"^((?:my |the )?jobs(?: here| in [\w\-]+)?),? (?:complete|completed|succeeded) or failed\s*\??$",
     r"\1 and their status"),
    (r"^did (my |the )?jobs(?: here| in [\w\-]+)? (?:succeed|fail|complete)\?\s*(?:show|list|give)(?: me)? "
     r"(?:each job'?s|their|the) status(?:es)?\s*\??$", r"\1jobs and their status"),
    # round 3 of stop 29: rewordings of questions answered another way
    (r"\b(?:aren'?t|are not|isn'?t|is not|not) (?:labell?ed|tagged) with an? ([a-z][\w./\-]*)\b(?!\s*=)",
     r"without a \1 label"),
    (r"\bthe node that'?s (?:down|dead|broken|not ready|notready)\b", "the down node"),
    (r"\b(?:worst|top|biggest) (deploy\w*|statefulsets?|daemonsets?) by (?:total )?(?:pod )?restarts\b",
     r"\1 with the most pod restarts"),
    (r"^(?:svc|service)\s+([a-z0-9][\w\-]*)((?:\s+-n\s+[\w\-]+)?)\s*:?\s+(?:not ready|unready|non-ready) "
     r"(?:backends?|backing pods|pods)\W*$", r"pods behind service \1\2 that are not ready"),
    (r"\bstar (?:permissions|access|rights|perms)\b", "* on everything"),
    (r"\bselector (?:is\b|=|:)\s*([a-z][\w./\-]*)\s*[:=]\s*([\w.\-]+)", r"selector \1=\2"),
    (r"\b(?:are )?up but (?:failing|not passing|flunking) (?:their )?readiness(?: probes?)?\b",
     "that are running and not ready"),
    (r"\b(running (?:containers?|pods?)) (?:w/|with) ready ?= ?false\b", r"\1 that are not ready"),
    (r"\bwith ([a-z_][a-z0-9_]*_[a-z0-9_]+) in (?:the |their |its )?env\b", r"with env \1"),
    (r"^how many (?:cpu )?cores and how much (?:memory|mem|ram) (?:does|do) (?:every|each) node have\s*\??$",
     "cpu and memory capacity of each node"),
    (r"^(?:the )?(?:cluster(?:'s)?|total) (?:cpu )?core count\s*\??$", "total cpu capacity of all nodes"),
    (r"\bby (app|tier|team|env|version|component)\s*=\s*(?=\s|$)", r"by \1 label "),
    # round 4: "… and when was their last one?", "+ the timestamp" of a heartbeat window: that time shown
    (r"(\bheart ?beat\w*\b.*?),?\s*(?:and when was (?:their|its) last (?:one|heart ?beat)|(?:\+|with|and) "
     r"(?:the |their |its )?(?:timestamps?|times?))\s*\??$", r"\1 and when they last sent a heartbeat"),
    # "job completions <1h ago": the jobs completed in that window
    (r"\bjob completions?\s*(?:<|under|less than|within|in the last)\s*(\d+)\s*(h|hours?|m|mins?|minutes?)"
     r"(?: ago)?\b", r"jobs completed in the last \1 \2"),
    # "which pods did someone kubectl debug into?": those with ephemeral (debug) containers
    (r"^which pods (?:did|has|have) (?:someone|anyone|somebody|people) (?:kubectl )?debug(?:ged)?(?: into)?"
     r"\s*\??$", "pods with ephemeral containers"),
    # "what images do the cron jobs run?": each one's images
    (r"^what images do (?:the |my )?(cron ?jobs|cj)(?: in ([\w\-]+))? (?:run|use)\s*\??$",
     lambda m: f"{m.group(1)} and their images" + (f" in {m.group(2)}" if m.group(2) else "")),
    # "how much CPU do the pods on cordoned nodes request in total?": their requests added up
    (r"^(?!.*\b(?:each|every|per)\b)how much (cpu|memory|mem) (?:do|does) (?:the |all )?"
     r"((?:\S+ )*?(?:pods?|po)\b.*?) "
     r"(?:request|ask for|reserve)(?: in total| altogether| combined| all together)?\s*\??$",
     r"total \1 requests of \2"),
    # "scale up/down events": the scaling events, not an order to scale
    (r"\bscale[- ]?(?:up|down)(?:\s*(?:/|or|and)\s*(?:up|down))? (events?|ev|msgs?|messages?)\b",
     r"scaling \1"),
    # "pods the kubelet couldn't kill": its FailedKillPod events
    (r"\b(pods?|po) (?:that )?the kubelet (?:couldn'?t|could not|failed to|can'?t|cannot) kill\b",
     r"failedkillpod events of \1"),
    # "which deployments rolled out in the last 2 hours?", "recent rollouts (last 2h)": a new replica set then
    (r"^(?!.*\bcreated\b)(?:which |what )?(deploy\w*) (?:that )?(?:rolled out|were rolled out|"
     r"had (?:a )?(?:new )?rollouts?|got (?:a )?new rollouts?) (in|within|during|over) (?:the )?(last|past) ",
     r"which \1 got a new replica set \2 the \3 "),
    (r"^(?:recent |new )?rollouts? \(?(?:in |within |over )?(?:the )?(?:last|past) (\d+ ?[a-z]+)\)?\s*$",
     r"which deployments got a new replica set in the last \1"),
    # "total pod restarts in each availability zone", "highest pod restart count in each zone": per zone
    (r"\b(?:the )?(?:total |sum of )?(?:pod |container )?restarts (?:in each|per|by|for each|across) "
     r"(?:availability )?(zones?|az)\b", "restarts per zone"),
    (r"\b(?:the )?(?:highest|max(?:imum)?|biggest|largest) (?:pod )?restart(?: count)?s? "
     r"(?:in each|per|by|for each) (?:availability )?(?:zones?|az)\b", "max restarts per zone"),
    # round 5: "crashlooping deployments" (those with crashlooping pods), "cluster roles nobody is bound to",
    # "which clusterroles have no binding?" (unused ones), "containers that run but aren't ready", "what
    # deployment runs <pod>" (the one that owns it), "ds x: nodes w/o a pod"
    (r"^(?:which |what |list )?(crash ?looping|crashing|failing|pending) "
     r"(deploy\w*|statefulsets?|sts|daemonsets?|ds)\s*\??$", r"\2 with \1 pods"),
    (r"\b(cluster ?roles?|roles?) (?:that )?(?:nobody|no one|nothing|no subject) (?:is |has )?"
     r"(?:bound|binds?) (?:to|with)\b", r"unused \1"),
    (r"\b(cluster ?roles|clusterroles|roles) (?:that |which )?(?:have|has|with) no (?:role ?)?bindings?\b",
     r"unused \1"),
    (r"\b(containers?) (?:that )?(?:run|are running|running) but (?:aren'?t|are not|not) ready\b",
     r"\1 that are running and not ready"),
    (r"^what (deploy\w*|statefulset|daemonset|job) runs (?:pod |po )?([a-z0-9][\w\-]*-[a-z0-9]{5})"
     r"\s*\??$", r"which \1 does pod \2 belong to"),
    (r"^(?:ds|daemon ?sets?)(?:/|\s+)([a-z0-9][\w\-]*)((?:\s+-n\s+[\w\-]+)?)\s*[:,]?\s*nodes "
     r"(?:w/o|without|with no|missing) (?:a |its |one of its )?pods?\s*\??$", r"which nodes have no \1 pod"),
    # "services whose selector uses the app label", "svc selecting on app.kubernetes.io/name": the key in
    # the selector, whatever its value
    (r"\b(?:whose|with an?|with the|with) (?:pod |label )?selectors? (?:uses?|has|have|includes?|contains?|"
     r"references?|is on|keys?(?: on)?|with|on) (?:the |an? )?(?:label |key )?([a-z][\w./\-]*[a-z0-9])"
     r"(?: label| key)?(?: key)?(?=\W*$|\s+(?:in|and|or|-n)\b)", r"selecting with label \1"),
    (r"\bselect(?:s|ing)? (?:on|by) (?:the )?(?:label |key )?([a-z][\w./\-]*[a-z0-9])(?: label| key)?"
     r"(?=\W*$|\s+(?:in|and|or|-n)\b)", r"selecting with label \1"),
    # "pod count per ns label team", "pods per team (namespace label)": grouped by the namespaces' label
    (r"\b(per|by|for each) (?:ns|namespace)(?:'s)? label ([a-z][\w./\-]*[a-z0-9])\b",
     r"\1 \2 label on namespaces"),
    (r"\b(per|by|for each) ([a-z][\w./\-]*[a-z0-9]) \((?:the |their )?(?:ns|namespace)(?:'s)? label\)",
     r"\1 \2 label on namespaces"),
    # "when will cache-warmer next run?": the time follows from its schedule and its last run
    (r"^\W*when (?:will|does|is|do) (?:the )?(?:next )?(?:run of )?(?:(?:cron ?job|cj) )?"
     r"(?!(?:they|them|it|those|these|each|all|any)\b)([a-z0-9][\w\-]*)"
     r"(?: (?:cron ?job|cj))? (?:next )?(?:run|fire|trigger|kick off|execute)(?: next| again)?\W*$",
     r"schedule and last run of cronjob \1"),
    (r"^\W*(?:when is |what is |what's )?(?:the )?next (?:run|execution|schedule(?:d run)?) "
     r"(?:of|for) (?:the )?(?:(?:cron ?job|cj) )?([a-z0-9][\w\-]*)(?: (?:cron ?job|cj))?\W*$",
     r"schedule and last run of cronjob \1"),
    (r"^\W*when is (?:the )?next ([a-z0-9][\w\-]*) (?:run|job|execution)\W*$",
     r"schedule and last run of cronjob \1"),
    # "pods killed for exceeding memory", "containers killed for using too much memory": OOMKilled
    (r"\b(?:that (?:were|got|was) |which (?:were|got|was) |(?:were|got|was) )?"
     r"(?:killed|terminated|restarted) (?:for|because of|due to|after|from) "
     r"(?:exceeding (?:their |its |the )?(?:memory|mem|ram)(?: limits?)?|"
     r"(?:using|consuming|taking) too much (?:memory|mem|ram)|running out of (?:memory|mem|ram)|"
     r"(?:hitting|reaching) (?:their |its |the )?(?:memory|mem|ram) limits?|oom)\b", "that were oomkilled"),
    # "the widest range between min and max", "largest gap between max and min replicas": max - min
    (r"\b(largest|widest|biggest|greatest|smallest|narrowest|tightest) (?:range|gap|spread|difference|span) "
     r"(?:between|from) (?:the |their |its )?(?:min(?:imum)?|max(?:imum)?)(?: replicas)? (?:and|to) (?:the )?"
     r"(?:min(?:imum)?|max(?:imum)?) ?(?:replicas)?",
     lambda m: ("largest" if m.group(1) in ("largest", "widest", "biggest", "greatest") else "smallest")
     + " max - min replicas"),
    # "first 10 pods in payments alphabetically", "pods sorted by name, first 10": that many, by name
    (r"^\W*(?:the )?first (\d+) (.+?),? (?:alphabetically|sorted by name|by name|in alphabetical order)\W*$",
     r"\1 \2 alphabetically"),
    (r"^\W*(.+?),? (?:alphabetically|sorted by name|by name|in alphabetical order),? (?:the )?first "
     r"(\d+)\W*$", r"\2 \1 alphabetically"),
    # "jobs that succeeded on the first try": complete, with no failed attempt
    (r"\b(jobs?) (?:that |which )?(?:succeeded|completed|passed|worked) (?:on|at) (?:the |their |its )?first "
     r"(?:try|attempt|go|run)\b", r"completed \1 with no failures"),
    # "which images are pulled with IfNotPresent?": the pull policy, not the Pulled events
    (r"\b(images?|containers?|pods?|ctrs?) (?:that are |which are |are |get |that get )?(?:pulled|fetched) "
     r"(?:with|using|by|under) (?:(?:image )?pull ?policy )?(always|ifnotpresent|never)\b",
     r"\1 whose pull policy is \2"),
    # "for each node, the pod with the most restarts": that pod in each group, as "… per node" reads
    (r"^\W*(?:for|in|on) (?:each|every) (node|namespace|ns),? (?:show |give me |list )?(?:me )?"
     r"(?:the |which )?((?:pod|deployment|container|pvc|job)s? (?:with|has|that has|having) the "
     r"(?:most|fewest|highest|lowest|largest|biggest|oldest|newest)\b.*?)\W*$", r"\2 per \1"),
    # "what namespace am I in?", "which namespace is this?": the current one, not every namespace
    (r"^\W*(?:what|which) (?:namespace|ns) (?:am i|are we) (?:in|on|using|working in|pointed at)\W*$",
     "my current namespace"),
    (r"^\W*(?:what|which) (?:namespace|ns) is (?:this|it|current)\W*$", "my current namespace"),
    # "which nodes are missing a daemonset pod?": those that have none ("missing" is not "unscheduled")
    (r"\b(nodes?) (?:that |which )?(?:are|is) (?:missing|lacking) (?:a|an|any) ([\w\-]+ )?(pods?|po)\b",
     r"\1 without \2\3"),
    # "pods scheduled to an unschedulable (cordoned) node": the node's flag, not the pods' state
    (r"\bunschedulable\s*(?:\((?:cordon+ed)\)\s*)?(nodes?)\b", r"cordoned \1"),
    (r"\bscheduled (?:to|onto) (?=(?:an? |the |any )?(?:[\w\-]+ )?nodes?\b)", "scheduled on "),
    # round 6: daemon set pods left out ("not counting daemonsets", "non-ds po", "daemonsets aside")
    (r",?\s*(?:not counting|excluding|except(?: for)?|ignoring|leaving out) (?:the )?(?:daemon ?sets?|ds)"
     r"(?: pods)?\b|,?\s*(?:daemon ?sets?|ds) aside\b", " that are not daemonset pods"),
    # ... said last ("what runs on the gpu nodes apart from daemonsets?", "… (skip ds pods)")
    (r",?\s*\(?(?:apart from|aside from|besides|other than|skip(?:ping)?|ignore|but not) (?:the )?"
     r"(?:daemon ?sets?|ds)(?: pods| po)?\)?(?=\s*[?.!]*\s*$)",
     " that are not daemonset pods"),
    (r"\bnon-?(?:ds|daemon ?set) (pods?|po)\b(.*)$", r"\1\2 that are not daemonset pods"),
    # "services backed by crashlooping pods": those in front of them
    (r"\b(services|svcs?) (?:that are |which are |are )?backed by (crash ?looping|pending|failing|not ready) "
     r"pods\b", r"\1 in front of \2 pods"),
    (r"\b(services|svcs?) whose selector (?:selects|matches|picks) (?:nothing|no pods?)\b",
     r"\1 selecting nothing"),
    # "kafka po -> pvc -> pv in ns data", "pv behind each kafka pod (data)": each pod with its volume
    (r"^(.+?\b(?:pods?|po))\s*->\s*(?:pvcs?|claims?)\s*->\s*(pvs?|persistent ?volumes?)\s+"
     r"(?:in\s+)?(?:ns\s+|-n\s+)?([a-z0-9][\w\-]*)\s*$", r"\1 in \3 and their \2"),
    (r"^(?:the |which )?(pvs?|persistent ?volumes?) (?:behind|of|backing|for|used by) each ([a-z0-9][\w\-]*) "
     r"pod(?:\s*\(([\w\-]+)\)| in ([\w\-]+))?\s*\??$",
     lambda m: f"{m.group(2)} pods" + (f" in {m.group(3) or m.group(4)}" if m.group(3) or m.group(4) else "")
     + f" and their {m.group(1)}"),
    # "sum of po restarts": of the pods'
    (r"\bpo restarts\b", "pod restarts"),
    # "pods whose pvc isn't Bound yet": those with an unbound claim (not the pods without a bound one)
    (r"\b(?:whose|with an?|with|where the) (pvcs?|claims?|persistent ?volume ?claims?) (?:isn'?t|is not|"
     r"aren'?t|are not|not|is still not|still isn'?t) bound(?: yet)?\b", r"with an unbound \1"),
    # "nodes where pods request more CPU than is allocatable": overcommitted ones
    (r"\b(nodes?) (?:where|whose|on which|in which) (?:the |their )?pods? (?:request|ask for) more "
     r"(cpu|memory|mem) than (?:is |they have |the node has |it has )?allocat(?:able|ed)\b",
     r"\1 overcommitted on \2 requests"),
    # "images with tag latest", "containers using the latest tag": an untagged or :latest image
    (r"\b(?:with|using|use|uses|on|running|that use|that run) (?:the |a |an )?(?:image )?tag:? ?(?:of |= ?)?"
     r"latest\b|"
     r"\b(?:with|using|use|uses|on|running) (?:the |a |an )?:?latest (?:image )?tag\b",
     "running an untagged or :latest image"),
    # "containers that use no image tag (or latest)": an untagged or :latest image
    (r"\b(?:that |which )?(?:use|uses|using|with|run|runs|running|have|has) no (?:image |version )?tag\s*"
     r"\(?(?:or|and|\+) (?::)?latest\)?", "running an untagged or :latest image"),
    # "rolebindings -> roles touching cm, with subjects": the bindings granting a role on that resource
    (r"^(?:role ?bindings?|rbs?)\s*(?:->|→|to)\s*roles?\s+(?:touching|accessing|that (?:can )?"
     r"(?:access|touch)|with access to|on|for)\s+([\w\-]+)\s*,?\s*(?:with|\+|and|plus)\s+"
     r"(?:their\s+|the\s+)?subjects\b", r"which role bindings grant a role that can access \1, and to whom"),
    # "ds fluent-bit: which nodes r not covered?": the nodes without one of its pods
    (r"^(?:ds|daemon ?sets?)(?:/|\s+)([a-z0-9][\w\-]*)\s*[:,]?\s*(?:which|what) nodes "
     r"(?:are|r|is|aren'?t|isn'?t)\s*(?:not )?(?:covered|running it|served|missing it|without it)\b",
     r"which nodes have no \1 pod"),
    # "monitoring po -> pvc -> pv", "pods and the PVs behind their claims": each pod's volumes, by its claims
    (r"^(.+?\b(?:pods?|po))\s*->\s*(?:pvcs?|claims?)\s*->\s*(pvs?|persistent ?volumes?)\s*$",
     r"\1 and their \2"),
    (r"\band (?:the|their) (pvs?|persistent ?volumes?) (?:behind|of|backing|bound to|under) "
     r"(?:their|its|the) (?:claims?|pvcs?)\b", r"and their \1"),
    # "secrets the payments pods reference": those used by those pods
    (r"^(secrets|config ?maps|cms|pvcs|claims)\s+(?:that\s+|which\s+)?(?:the\s+|my\s+)?"
     r"((?:\S.*?\b)?(?:pods|po)(?: in [\w\-]+)?)\s+(?:reference|use|mount|refer to|need)\s*\??$",
     r"which \1 are used by \2"),
    # "claims referencing an unknown sc": one that does not exist
    (r"\b(?:an? )?(?:unknown|non-?exist[ae]nt|undefined) (scs?|storage ?class(?:es)?|secrets?|"
     r"config ?maps?|cms?|pvcs?|claims?|service ?accounts?|sas?)\b", r"a \1 that does not exist"),
    # "po referencing missing secrets (+ secret name)": which one, shown
    (r"\s*\(?\s*(?:\+|with|and|plus)\s+(?:the\s+)?(secret|config ?map|cm|pvc|claim)(?:'s)? names?\s*\)?\s*$",
     r", and which \1"),
    # "payments-worker's pods": the pods of that name, as "payments-worker pods" reads
    (r"\b([a-z0-9][\w.]*-[\w\-.]*[a-z0-9])'s (pods?|po)\b", r"\1 \2"),
    # "how often have payments-worker's pods restarted?": each one's restart count, not only the restarted
    (r"^how (?:often|many times) (?:have|has|did|do|does) (?:the )?((?:.+?\b)?(?:pods?|po|containers?)\b.*?)"
     r"\s+(?:been )?restart(?:ed)?\s*\??$", r"\1 and their restarts"),
    # "what's running on the node that's down, and in what state?": with their status
    (r",?\s+and (?:in )?what (?:state|status)(?: (?:are|is|were|was) (?:they|it|those|each)(?: in)?)?\s*\??$",
     " and their status"),
    # "what do the events say about claim x?": that object's events
    (r"^what do(?:es)? (?:the |its )?events? (?:say|tell(?: me| us)?) about (?:the )?(?=(?:pod|po|claim|pvc|"
     r"node|deployment|deploy|job|service|svc|statefulset|sts|daemonset|ds|hpa|replicaset|rs|cronjob|cj)"
     r"\s+[\w\-.]+(?:\s+in\s+[\w\-]+)?\s*\??$)", "events for "),
    # "which autoscalers rescaled and to what size?": what the events say, their messages
    (r"\b(?:and )?to what (?:size|count|number(?: of replicas)?)\b", "and their messages"),
    # "why were pods evicted? (events)": the Evicted events, whose messages say why
    (r"^why\s+(?:are|were|was|did|have|has)\s+(?:the\s+|some\s+|so many\s+)?(?:pods?|po)"
     r"((?:\s+in\s+[\w\-]+)?)\s+(?:get\s+|got\s+|been\s+|being\s+)?evicted((?:\s+in\s+[\w\-]+)?)"
     r"\s*\??\s*(?:\(?(?:show\s+|the\s+)?(?:eviction\s+)?events?\)?)?\W*$", r"eviction events\1\2"),
    # "why are the crashlooping pods crashing? show events": what the events of those pods (or jobs) say;
    # "why are the pending pvcs stuck? show their events": the events of those claims (as a tuning author
    # wrote it)
    (r"^why\s+(?:are|r|is|were|was|did|do|does|have|has)\s+(?:the\s+)?([^?]*?\b(?:pods|"
     r"jobs)(?:\s+\w+)?)\s*\?\s*\(?(?:(?:show|list|see|give|check)\s+(?:me\s+)?)?(?:the\s+|"
     r"their\s+)?events?\)?\W*$", r"events of the \1 and why"),
    (r"^why\s+(?:are|r|is|were|was|did|do|does|have|"
     r"has)\s+(?:the\s+)?([^?]*?\w+s(?:\s+\w+)?)\s*\?\s*\(?(?:(?:show|list|see|give|"
     r"check)\s+(?:me\s+)?)?(?:the\s+|their\s+)?events?\)?\W*$", r"events of the \1"),
    # "why did the failed jobs fail? show each job's warning event message": those objects' events, why
    (r"^why\s+(?:did|do|are|were|have|has|is)\s+(?:the\s+)?([^?]*?\w+s)\s+(?:fail|failing|failed|stuck|crash\w*|"
     r"pending|broken)\s*\?\s*(?:show|list|give|see)\s+(?:me\s+)?(?:each|their|the)\s+(?:\w+'s\s+)?(warning\s+)?"
     r"event\s+(?:messages?|msgs?)\W*$", r"\2events of the \1 and why"),
    # "what messages did the failing pods get?": what their events say
    (r"^\W*what (?:event )?messages (?:did|do|have|has) (?:the |my |our )?(.+?) (?:get|got|receive|received|"
     r"gotten|see|seen)\W*$", r"\1 and their event messages"),
    # "pvc pending + event msg", "failed jobs and their event messages": those objects' events, what they say
    (r"^((?:\w+\s+){0,2}?\w+)\s*(?:\+|,|and|with)\s*(?:their\s+|the\s+|its\s+)?(warning\s+)?event\s+"
     r"(?:messages?|msgs?)\W*$", r"\2events of the \1 and why"),
    # "which deployments have problems?", "what's wrong with the nodes?": the unhealthy ones (their
    # rollouts or conditions say so); an autoscaler's trouble is only in its warnings
    (r"^\W*(?:(?:which|what) (?:of (?:the |my |our )?)?(deployments?|deploys?|nodes?|stateful ?sets?|sts|"
     r"daemon ?sets?|ds) (?:have|has|are having|is having) (?:any )?(?:problems|issues|trouble)|"
     r"(?:what'?s|what is|what are) (?:going )?wrong with (?:the |my |our |all (?:the )?)?"
     r"(deployments|deploys|nodes|stateful ?sets|sts|daemon ?sets|ds))((?: in [\w\-]+| -n [\w\-]+)?)\W*$",
     lambda m: f"unhealthy {m.group(1) or m.group(2)}{m.group(3)}"),
    (r"^\W*(?:(?:which|what) (?:of (?:the |my |our )?)?(?:hpas?|autoscalers?|horizontal ?pod ?autoscalers?) "
     r"(?:have|has|are having|is having) (?:any )?(?:problems|issues|trouble)|"
     r"(?:what'?s|what is|what are) (?:going )?wrong with (?:the |my |our |all (?:the )?)?"
     r"(?:hpas?|autoscalers?|horizontal ?pod ?autoscalers?)|"
     r"why (?:can'?t|cannot|won'?t|doesn'?t|don'?t|isn'?t|aren'?t) (?:the |my |our )?(?:hpas?|autoscalers?)"
     r"(?: \w+)? (?:scal(?:e|ing)|work(?:ing)?)|"
     r"why (?:is|are) (?:the |my |our )?(?:hpas?|autoscalers?)(?: \w+)? not (?:scal(?:e|ing)|work(?:ing)?))"
     r"((?: in [\w\-]+| -n [\w\-]+)?)\W*$",
     r"which hpas have warning events\1 and why"),
    # "which services failed to update their endpoints?": the endpoint update failures (the Endpoints object
    # shares its service's name), not each service beside its endpoints
    (r"^\W*(?:which|what) (?:services?|svcs?) (?:have |has )?"
     r"(?:failed|fail|couldn'?t|could not|can'?t|cannot)(?: to)? update (?:their |its |the )?endpoints?"
     r"((?: in [\w\-]+| -n [\w\-]+)?)\W*$",
     r"endpoint update failures\1"),
    # "what's going wrong with the pods of sts x in data? warnings only": those pods' warning events
    (r"^(?:what'?s|what is|what has|what'?s been) (?:going |gone |been going )?wrong with (.+?)\s*\?\s*\(?\s*"
     r"(?:only )?warnings?(?: only)?\s*\)?\W*$", r"warning events for \1"),
    # "cassandra statefulset (team-b): which of its pods got warnings and why": its pods' warnings
    (r"^(.+?)\s*[:,\-]\s*which of its pods (?:got|get|have|has|had) (warnings?|events?)((?:,)? and why)?\W*$",
     r"\2 for the pods of \1\3"),
    # "cj nightly-report -n batch: job events": the events of its jobs (or pods)
    (r"^(.+?)\s*:\s*(job|pod)s? (events?|warnings?)\b", r"\3 for the \2s of \1"),
    # "deploy here not at desired replicas", "deployments short on ready pods": fewer ready than wanted
    (r"\b(?:not|isn'?t|aren'?t) at (?:the |their |its )?desired "
     r"(?:replicas?|replica count|count|scale|size)\b",
     "not at full strength"),
    (r"\bshort (?:on|of) (?:ready )?(?:pods|replicas)\b", "not at full strength"),
    # "did any of my jobs fail? show the reason": the failures with their reason
    (r"\?\s*(?:show|give|and|with|incl\.?|including)\s+(?:me\s+)?(?:the|their|its)\s+(reasons?|messages?)\W*$",
     r" and the \1"),
    # "containers with restarts > 0 and their counts": how many restarts each
    (r"\b(restarts?\b.*?)\band (?:their|the|its) counts?\b", r"\1and their restarts"),
    # "rolebindings here -> role name": that column of each
    (r"\s*(?:->|→)\s*(?!roles?\s*\??$)((?:role|node|zone|image|status|owner|target|class|storage class|"
     r"service account|provisioner|reclaim policy|phase|ip|host)s?(?: names?| kinds?)?)\s*\??$",
     r" and their \1"),
    # "which of my pods has restarted the most?", "worst restarting pod": the one with the most restarts
    (r"\b(?:has|is the one that has|that has) (?:restarted|crashed) the most\b", "has the most restarts"),
    (r"\b(?:worst|top) restarting (pods?|containers?)\b", r"\1 with the most restarts"),
    # "pods with their restart count, most first": sorted from the top
    (r"^(?!.*\b(?:sort|sorted|order|ordered|rank|ranked|by)\b)(.*?),?\s*(?:the )?"
     r"(?:most|highest|largest|biggest) "
     r"(?:ones? )?first\b", r"\1 sorted desc"),
    (r"^(?!.*\b(?:sort|sorted|order|ordered|rank|ranked|by)\b)(.*?),?\s*(?:the )?"
     r"(?:least|fewest|lowest|smallest) "
     r"(?:ones? )?first\b", r"\1 sorted asc"),
    # "how many pods per node on average?": the average of the counts
    (r"^\W*how many ([a-z]+) (?:are there |run |are )?(per|on each|in each) ([a-z]+),? on average\b",
     r"average number of \1 per \3"),
    # "which node has room for a 4 cpu pod?", "nodes that can fit 8Gi of memory": that much free
    (r"\b(?:has|have|with|having) (?:the )?(?:room|space|capacity) for (?:an? |another )?"
     r"(\d+(?:\.\d+)?\s*(?:gi|gib|mi|mib|g|m)?)\s*(cpus?|cores?|memory|mem)(?: pods?)?\b",
     r"with at least \1 \2 free"),
    (r"\b(?:that |which )?(?:can )?(?:fit|take|hold) (?:an? |another )?"
     r"(?:pod (?:requesting|with|that needs) )?(\d+(?:\.\d+)?\s*(?:gi|gib|mi|mib|g|m)?)\s*(?:of )?"
     r"(cpus?|cores?|memory|mem)(?: pods?)?\b",
     r"with at least \1 \2 free"),
    # "how long has the cassandra statefulset existed?", "how long has pod x been pending?": its age
    (r"^\W*how long has (.+?) (?:existed|been around|been there|been alive|been pending|been waiting)\b",
     r"how old is \1"),
    # "hpa current vs desired": both replica counts shown, not the objects counted each way
    (r"\b(current|min|max|minimum|maximum)\s*(?:vs\.?|versus|/)\s*(current|desired|min|max|minimum|maximum)\b"
     r"(?!\s+(?:replicas?|pods?))",
     r"\1 and \2 replicas"),
    # "problems in checkout", "any issues with the pods in data?": what is wrong there
    (r"^(?!.*\b(?:events?|ev|warnings?)\b)\W*(?:(?:are there |any )?(?:problems|issues|trouble)|"
     r"what (?:problems|issues) (?:are there|exist))\s+(in|with)\b", r"what's wrong \1"),
    # "which namespaces had evictions?": where pods were evicted
    (r"\b(?:had|have|has|with|saw|seen|see) (?:any |recent )?evictions\b", "have evicted pods"),
    # "is worker-2 running any pending pods?": those pods on that node ("running" hosts them, no state)
    (r"^\W*(?:is|does) (?:node )?([a-z0-9][\w\-.]*) (?:running|hosting|run|host) (?:any )?([a-z\- ]*?)"
     r"(pods?|po)\b",
     r"\2pods on \1"),
    # "what can role pod-reader do?", "permissions of clusterrole view": that role's rules
    (rf"\bwhat (?:can|may|does) (?:the )?((?:cluster ?)?role) {_ROLE_NAME} (?:do|allow|grant)\b",
     r"verbs and resources of \1 \2"),
    (rf"\bwhat (?:can|may|does) (?:the )?{_ROLE_NAME} ((?:cluster ?)?role) (?:do|allow|grant)\b",
     r"verbs and resources of \2 \1"),
    (r"\b(?:what )?(?:permissions|perms|rules|rights) (?:of|for|in|granted by|does|do) (?:the )?"
     rf"((?:cluster ?)?role) {_ROLE_NAME}(?: (?:have|has|grant|grants|give|gives))?(?=\W*$)",
     r"verbs and resources of \1 \2"),
    (r"\b(?:what )?(?:permissions|perms|rules|rights) (?:of|for|in|granted by|does|do) (?:the )?"
     rf"{_ROLE_NAME} ((?:cluster ?)?role)(?: (?:have|has|grant|grants|give|gives))?(?=\W*$)",
     r"verbs and resources of \2 \1"),
    (r"\b((?:cluster ?)?roles) (?:and|with) (?:their )?(?:permissions|perms|rules|rights)\b",
     r"\1 with their verbs and resources"),
    # "pending pods in ml and why": what the scheduler said about them
    (r"^\W*(?:(?:which|what|list|show(?: me)?)\s+(?:the\s+|are\s+the\s+)?)?(pending (?:pods?|po)\b[^,?]*?)"
     r"\s*(?:,\s*|\s+)(?:and|&)\s+why(?: (?:is that|are they|so))?\s*[?.!]*$",
     r"why are the \1 pending?"),
    # "the noisiest events": the ones that fired most
    (r"\b(?:noisiest|loudest|chattiest)\s+(events|warnings)\b(?!\s+(?:reasons?|types?|sources?|kinds?))",
     r"most frequent \1"),
    # "when was details-v1 last scaled?": the time of its last scaling event
    (r"\bwhen (?:was|did|has) (?:the )?(?:deployment |deploy )?([a-z0-9][\w\-.]*)(?: deployment| deploy)?"
     r"(?: last)? (?:scaled|scale)(?: (?:up|down))?(?: last)?\b",
     r"when was the last scaling event for deployment \1"),
    # "when was node worker-4 last not ready?": the time of its last NodeNotReady event
    (r"\bwhen (?:was|did) (?:the )?node ([a-z0-9][\w\-.]*) (?:last )?(?:not ready|notready|go not ?ready)"
     r"(?: last)?\b",
     r"when was the last nodenotready event for node \1"),
    # "containers with limits equal to requests": the cpu pair and the memory pair each equal
    (r"\b(?:resource )?(?:limits|requests) (?:are |is )?"
     r"(?:equal(?:s)?(?: to)?|(?:the )?same as|match(?:es|ing)?|==?) "
     r"(?:the |their |its )?(?:requests|limits)\b",
     "cpu limit equal to cpu request and memory limit equal to memory request"),
    # "pods that restart a lot", "containers restarting often": ones that have restarted
    (r"\b(?:restart|restarts|restarting|keep restarting) (?:a lot|frequently|often|repeatedly|constantly)\b",
     "restarting"),
    # "services with empty endpoints": without any
    (r"\bwith (?:empty|no ready|zero|0) endpoints\b", "without endpoints"),
    # "sorted high to low", "from highest to lowest value": descending (and the other way up)
    (r"\b(?:sorted |ordered |ranked )?(?:from )?(?:high(?:est)?|large(?:st)?|bigg(?:est)?|most) to "
     r"(?:low(?:est)?|small(?:est)?|least|fewest)\b(?: (?:value|amount|size|count))?", "sorted desc"),
    (r"\b(?:sorted |ordered |ranked )?(?:from )?(?:low(?:est)?|small(?:est)?|least|fewest) to "
     r"(?:high(?:est)?|large(?:st)?|bigg(?:est)?|most)\b(?: (?:value|amount|size|count))?", "sorted asc"),
    # "limitrange cpu defaults": the default request and limit it sets, not a range named "defaults"
    (r"\b(cpu|memory|mem) defaults\b", r"default \1 request and default \1 limit"),
    # "quota usage >60%": the quotas past that share of a limit (a filter, not the usage shown)
    (r"(\bquotas?\b.*?)\b(?:usage|utili[sz]ation|use)\s*(?:>=?|over|above|more than|greater than)\s*"
     r"(\d+) ?(?:percent|%)", r"\1 over \2 percent used"),
    # "quotas sorted by how full they are", "quota usage %": the most used resource's share of its limit
    (r"(\bquotas?\b.*?)\b(?:how full (?:they|it) (?:are|is)|"
     r"how close (?:they are|it is) to (?:their|its|the) limits?|(?:their |its )?fullness|usage ?%|"
     r"usage percent(?:age)?|(?:their |its )?utili[sz]ation)", r"\1max usage percent"),
    # "how long ago did each node last send a heartbeat?", "time since last heartbeat, per node", "node
    # heartbeat age": when it last happened (shown as the time since, see `ELAPSED`)
    (r"^how long (?:ago|since)\s+(?:did|was|were|has|have)\s+", "when did "),
    (r"^(?:the )?time since (?:the |their |its )?last ([a-z]+)(?:,)? (?:per|for each|of each|by) "
     r"([a-z]+)\W*$", r"\2s and their last \1"),
    (r"^(?:the )?([a-z]+) (heartbeat|renewal|run|schedule) age\W*$", r"\1s and their last \2"),
    # "last seen within the hour": in the last one
    (r"\bwithin the (hour|day|minute|week)\b", r"in the last \1"),
    # "under 100 millicores", "a gig of ram", "past 60 percent", "pvc sizes": amounts as kubectl writes them
    (r"\b(\d+)\s*(?:millicores?|millicpus?|mcpus?)\b", r"\1m"),
    (r"\b(?:a|one) gig\b", "1gi"),
    (r"\bask(?:s|ed|ing)? for (?=(?:\d|more than|at least|over|under|less than|the most|the least))",
     "requesting "),
    (r"\b(requesting|request|requests) (the most|the least|more than|at least|over|under|less than)?\s*ram\b",
     r"\1 \2 memory"),
    (r"\b(\d+)\s*gigs?\b", r"\1gi"),
    (r"\b(\d+(?:\.\d+)?\s*(?:gi|mi|gib|mib|gb|mb))\s+of\s+ram\b", r"\1 of memory"),
    (r"\bpast (\d+)\s*(%|percent)", r"over \1\2"),
    (r"\b(pvcs?|volumes?|pvs?|claims?|disks?) sizes\b", r"\1 size"),
    # "gpu capacity vs allocatable": both amounts
    (r"\b(gpu|cpu|memory|mem|ephemeral storage)\s+capacity\s+(?:and|vs\.?|versus|&|/|\+)\s+allocatable\b",
     r"\1 capacity and \1 allocatable"),
    # "netpol count per ns (show zeros)": the namespaces without any too
    (r"\(?\b(?:(?:show(?:ing)?|incl\.?|including)\s+(?:the\s+)?zeros?|with zeros)\b\)?",
     "including empty ones"),
    # "event reasons seen in the last 10 minutes, with how many events each": events counted per reason
    (r"^(?:the |which |what )?(event |warning )?reasons\b(.*?),?\s+(?:with|and|\+)\s+how many"
     r"(?: events| times)? (?:each|apiece|for each)\W*$", r"number of \1events per reason\2"),
    # "… and what state are those pods in now?": their status asked
    (r"\bwhat (?:state|status|phase) (?:are|is) (?:they|those|these|those pods|these pods|it|the pods) "
     r"(?:currently |now |right now )?in(?: now| currently| right now)?\b", "what is their status"),
    # "what kinds of objects are the events about, and how many events each?": a count per involved kind
    (r"^(?:what|which) (?:kinds?|types?) of (?:objects?|things|resources) "
     r"(?:are (?:the )?(warning )?events? about|do (?:the )?(warning )?events? (?:involve|concern|refer to)|"
     r"have (warning )?events?)\W*(?:and )?"
     r"how many(?: events?| warnings?)?(?: (?:each|apiece|for each|per kind)| does each (?:one )?have)\W*$",
     r"how many \1\2\3events per involved kind"),
    (r"^(?:what|which) (?:kinds?|types?) of (?:objects?|things|resources) do (?:the )?(warning )?events? "
     r"(?:involve|concern|refer to)\b", r"what kinds of objects are the \1events about"),
    # "pods that have warning events, with their current status": their status (it is always the current one)
    (r"\b(with|and|plus|\+) (their|its) (?:current|present|live) (status|state|phase)\b", r"\1 \2 \3"),
    # "ev from kubelet on no worker-7": what that node's kubelet reported, not the events about the node
    (r"\b(from|by|has|did|is) (?:the )?kubelet on (?:the )?(?:node|no) ([a-z0-9][\w\-.]*)",
     r"\1 the kubelet on \2"),
    # "distinct involvedObject kinds in ev": the kinds of the objects the events are about
    (r"\binvolved ?object\.?\s*kinds?\b(?!\s*[=:])", "kinds of objects"),
    # "which pods have a persistent volume mounted, and which pv is it?": each with its pv
    (r",?\s+and which (pv|persistent volume) (?:is it|is that|are they|are those|do they use|does it use)"
     r"\s*[?.!]*$",
     r" and their \1s"),
    # "autoscalers scaling a deployment with unready replicas": the ones targeting one
    (r"\b(autoscalers?|hpas?|horizontal pod autoscalers?) (?:that are |which are |that |which )?"
     r"scal(?:ing|es|e)\b(?! up| down| out| in)", r"\1 targeting"),
    # "svc whose selector hits 0 po": matches none
    (r"\bselector (?:hits|catches|targets|finds) (?:0|no|zero|none of the) (?:pods?|po)\b",
     "selector matches no pods"),
    # "what pv's do the pods in data sit on?": the volumes they use
    (r"\b(pvc?)'s\b(?=\s+(?:do|does|are|that|which|used)\b)", r"\1s"),
    # "which components are reporting events, and how many each?": events counted per source
    (r"^(?:which|what) (?:components?|sources?|reporters?) (?:are |is )?(?:reporting|reports?|sending|"
     r"sends?|emitting|emits?|raising|raises?) (?:the )?((?:warning |normal )?event|warning)s?,?\s+"
     r"(?:and|with|\+)\s+how many(?: events| times)? (?:each|apiece|for each|of them)\W*$",
     r"number of \1s per source"),
    # "Warning ev total, every namespace": one count over every namespace, not one per namespace
    (r"\btotal\b(.*?),?\s*(?:in |across )?(?:every|all) (?:namespaces?|ns)\W*$", r"total\1 -a"),
    # "latest ev timestamp -n kube-system", "when did anything last happen in x, going by events?": the
    # latest time any event was seen there
    (r"^(?:the )?(?:latest|last|most recent|newest) (ev|events?|warnings?) (?:timestamp|time)\b",
     r"when was the last \1"),
    (r"^when did (?:anything|something) (?:last )?happen (in [\w\-]+|-n [\w\-]+)"
     r",? (?:going by|according to|per|judging by|based on) (?:the )?events\W*$",
     r"when was the last event \1"),
    # "which hpas are getting warnings?": the ones that have them
    (r"\b(?:are|is) (?:getting|receiving|seeing|throwing|producing|raising) (warnings?|warning events)\b",
     r"have \1"),
    # "ev reportingComponent=job-controller": the reporting controller, as events.k8s.io names it
    (r"\breporting ?component\s*[=:]\s*", "with reporting controller "),
    (r"\breportingcomponent\b", "reporting controller"),
    # "the persistent volume controller": the component's name is the kind's words run together
    (r"\b(replica|stateful|daemon|cron|persistent|endpoint) ?(set|job|volume|slice)s? controller\b",
     r"\1\2-controller"),
    # "which controller reported the most warnings?": the component that reported them
    (r"^\W*(which|what) (?:controller|reporter)(s?) "
     r"(?=(?:report|emit|sen[dt]|rais|produc|generat|creat)\w*\b)",
     r"\1 component\2 "),
    # "events per reporting component": the component that reported them, the source as kubectl shows it
    (r"\breporting components?\b", "source"),
    # "… with the node and zone each one is on", "(node and AZ)": both columns of each
    (r"\s*(?:,\s*)?(?:\bwith\s+(?:the\s+)?|\band\s+(?:the\s+)?|\(\s*)node\s+(?:and|&|\+|,)\s+"
     r"(?:the\s+)?(?:availability\s+)?(?:zone|az)\b"
     r"(?:\s+(?:each(?: one)?|they|it)\s+(?:is|are|runs?)\s+(?:on|in))?\s*\)?",
     " and their node and zone"),
    (r"^where (?:are|is) (?:the )?(.+?) (?:running|scheduled|placed|living|sitting)\s+"
     r"(?=and their node and zone)", r"\1 "),
    # "role bindings with their role and subjects", "rolebindings: role + who": the role each names
    (r"\b((?:cluster ?)?role ?bindings?|rbs?|crbs?)\b(.*?)(?:with (?:their|the) |[:,]\s*)roles? (?:and|\+|&) "
     r"(?:their |the )?(subjects|who)\b", r"\1\2 and their role name and subjects"),
    # "have any of my pods restarted? show the counts", "cm here + number of keys": the column, not a count
    (r"\b(restart\w*)\b(.*?)\?\s*(?:show|with|and)\s+(?:me\s+)?(?:the|their)\s+counts?\W*$",
     r"\1\2 and their restarts"),
    (r"^((?:cms?|configmaps?|config maps?|secrets?)\b.*?)\s*(?:\+|and|with)\s+(?:their\s+|the\s+)?"
     r"(?:number of|# of|count of) (keys|entries)\b", r"\1 and their data count"),
    # "sum of PV sizes in gigs": their total size
    (r"\bsum of (?:the |all )?(pvcs?|pvs?|persistent volumes?|persistent volume claims?|volumes?|claims?) "
     r"sizes?\b", r"total \1 size"),
    # "daemonset cpu requests per node": the requests of those pods
    (r"^(daemonsets?|ds|statefulsets?|sts|jobs?) (cpu|memory|mem) (requests?|limits?)\b",
     r"\2 \3 of \1 pods"),
    # "deploys that scaled up or down within the last hour": their ScalingReplicaSet events in that window
    (r"^(?:which |what )?(deploy(?:ment)?s?) (?:that |which )?(?:were |have )?(?:scaled|rescaled)"
     r"(?: up| down| up or down)?(?=.*\b(?:in|within) the (?:last|past)\b)",
     r"\1 with scalingreplicaset events"),
    # "nodes whose kubelet has been quiet for over 2 minutes", "… stopped reporting status over 10 min ago"
    (r"\bnodes? (?:whose|where the|with the) kubelets? (?:has |have )?(?:been |is |are )?(?:quiet|silent|"
     r"stopped reporting(?: status)?|not reporting(?: status)?)\s+(?:for\s+)?",
     "nodes with no heartbeat for "),
    # "deployments with replicas on NotReady nodes": their pods there, not the replica counts
    (r"\b(deploy(?:ment)?s?|statefulsets?|sts|daemonsets?|ds|replicasets?|rs)\s+"
     r"(with|having|that have|that has|have|has)\s+(any\s+|some\s+)?replicas\s+"
     r"(?=(?:scheduled\s+(?:on|to)|running\s+on|placed\s+on|on)\b)", r"\1 \2 \3pods "),
    # "3 noisiest event reasons": the reasons ranked by how often they fired, repeats counted
    (r"\b(?:(\d+) )?(?:noisiest|chattiest|loudest) (?:(\d+) )?((?:warning |event |warning event )?reasons)\b"
     r"(.*)$",
     lambda m: f"top {m.group(1) or m.group(2) or 1} {m.group(3)}{m.group(4)}, counting repeats"),
    # "noisiest object in the events", "what generates the most events": the object that fired most often
    (r"^\W*(?:the\s+)?(?:noisiest|chattiest|loudest) (object|pod|node)s? (?:in|among|from) (?:the )?events\b",
     r"which \1 has the most events, counting repeats"),
    (r"^\W*(?:what|which object|who) (?:generates|produces|emits|creates) the most events\b",
     "which object has the most events"),
    # "most frequent warnings, incl. repeats": the reasons that fired most, repeats counted
    (r"\b(most (?:frequent|common)) (warning|event)s\b(?=.*\b(?:incl\.?|including|counting) repeats?\b)",
     r"\1 \2 reasons"),
    # "noisiest 5 objects in the event stream": as "5 noisiest objects" reads
    (r"\b(noisiest|chattiest|loudest) (\d+) ", r"\2 \1 "),
    # "noisiest ns by warnings": the one with the most of them
    (r"\b(?:noisiest|chattiest|loudest)\s+(ns|namespaces?|nodes?)\s+by\s+", r"\1 with the most "),
    # "noisiest warning (highest count)": the one that has fired most
    (r"\b(?:noisiest|chattiest|loudest) (warning|event)\b"
     r"(?: \((?:the )?(?:highest|most|biggest|top|by) count\))?",
     r"most frequent \1"),
    # "how full is each node (cpu)?": the share of each node's allocatable its pods request
    (r"^\W*how (?:full|packed|loaded|committed) (?:is|are) (?:each|every|all|the|my|our)?\s*(?:the\s+)?"
     r"(?:nodes?|no)\b\s*(?:\(|,|-|by|in|on|for|in terms of)?\s*(?:of\s+)?(?:its\s+|their\s+)?"
     r"(cpu|memory|mem)\b\)?",
     r"percentage of \1 requested per node"),
    # "which have fewer ready?" (after the replicas each wants): fewer ready replicas than desired
    (r"\b(fewer|less) ready(?: replicas| pods| ones)?(?=\W*$)", r"\1 ready replicas than desired"),
    # "what images does each deployment use?", "images of every statefulset": each one with its images (not
    # every image there is)
    # (the pods' images are the images themselves, each once)
    (r"^\W*(?:(?:what|which) (?:container )?images? (?:does|do|is|are) "
     r"(?:each|every|(?:all )?the(?![a-z ]*\b(?:pods?|po|containers?)\b)) ([a-z][a-z ]*?) "
     r"(?:use|run|using|running|have|pull)|"
     r"(?:show |list |get )?(?:the )?(?:container )?images? (?:of|for|used by|in) (?:each|every) "
     r"([a-z][a-z ]*?))"
     r"((?: in [\w\-]+| -n [\w\-]+)?)\W*$",
     lambda m: f"{m.group(1) or m.group(2)}{m.group(3)} and their images"),
    # "which images are pulled always?", "images pulled if not present": the containers' pull policy
    (r"\b(?:images?|containers?) (?:that are |which are |that get |are |get )?(?:pulled|fetched) "
     r"(always|every time|on every start|if not present|only if not present|never)\b",
     lambda m: "containers with image pull policy " + {"always": "Always", "every time": "Always",
     "on every start": "Always", "never": "Never"}.get(m.group(1), "IfNotPresent")),
    # "how many pods have each label key?": the keys counted by the objects carrying them
    (r"^\W*how many ([a-z]+) (?:have|has|carry|use) (?:each|every|a given) (label|annotation)(?: key)?\W*$",
     r"\2 keys on \1 by count"),
    # "what's been happening in checkout?", "what's going on in payments?": what happened there (its events)
    (r"^\W*what(?:'s| is| has)(?: been)? (?:happening|going on)\b(?=\s+(?:in|on|with|to)\b)",
     "what happened"),
    # "nodes sorted by requested memory": by the memory their pods request
    (r"\b(?:sorted|ordered|ranked) by (?:the )?(?:total )?requested (memory|mem|ram|cpu)\b",
     r"sorted by \1 requests"),
    # "what percentage of worker-3's cpu is requested?": its pods' requests against its allocatable
    (r"^\W*(?:what|how much) (?:percentage|percent|share|fraction|%) of ([a-z0-9][\w\-]*)'s (cpu|memory|mem) "
     r"(?:is|are) (?:requested|allocated|reserved|committed|spoken for)\W*$",
     r"percentage of \2 requested on \1"),
    # "pods with more than 3 restarts in the last day": restarted that often, lately (not created lately)
    (r"\b(?:with|having|that have|which have) (more than|over|at least|fewer than|less than|under) (\d+) "
     r"restarts (?=(?:in|within|during|over) (?:the )?(?:last|past)\b)",
     r"restarted \1 \2 times "),
    # "what command does the pi job run?": its containers' command (a workload holds no command of its own)
    (r"^\W*what (command|args|arguments)s? (?:does|do) (?:the )?(?:([a-z0-9][\w\-.]*) (job|deployment|deploy|"
     r"statefulset|sts|daemonset|ds|pod|cronjob|cj)|(job|deployment|deploy|statefulset|sts|daemonset|ds|pod|"
     r"cronjob|cj) ([a-z0-9][\w\-.]*))(?:'s containers?)? (?:run|execute|use|start|have)\W*$",
     lambda m: f"containers of {m.group(3) or m.group(4)} {m.group(2) or m.group(5)} and their "
     f"{'args' if m.group(1).startswith('arg') else 'command'}"),
    # "what did the scheduler do in data?": what it reported
    (r"^\W*what (?:did|has|have) (?:the )?((?:default-)?scheduler|kubelets?|[\w\-]+[ -]controller|"
     r"controller[ -]manager|kernel-monitor|node-problem-detector)(?: been)? (?:do|done|doing)\b",
     r"what did the \1 say"),
    # "what's blocking the cartservice deployment?": what is wrong with it
    # (not "what's stopping them from scheduling", a follow-up read elsewhere)
    (r"^\W*what(?:'s| is) (?:blocking|holding up|holding back) (?!(?:them|those|these|it)\b)",
     "what's wrong with "),
    # "why is the pvc pending in ml?": what the cluster said about the claims in that state
    # ("why does the pvc in ml stay pending?", "why is the claim not binding?": the same)
    (r"^\W*(?:why|how come) (?:is|are|does|do) (?:the |my |our )?(pvcs?|claims?|persistent ?volume ?claims?)"
     r"((?: in [\w\-]+| -n [\w\-]+)?) (?:still |stuck |stay |remain |keeps? )?(?:being )?"
     r"(pending|unbound|lost|not bound|not binding)((?: in [\w\-]+| -n [\w\-]+)?)\W*$",
     lambda m: f"events for {'unbound' if m.group(3).startswith('not') else m.group(3)} pvcs{m.group(2)}"
     f"{m.group(4)} and why"),
    # "services by number of ports", "images sorted by number of containers": ranked by it, most first (not a
    # count of all of them)
    (r"^(?!\W*(?:how many|count|number of|total)\b)"
     r"(?!.*\b(?:top|bottom|most|fewest|least|smallest|lowest)\b(?! first\b))"
     r"(.*?)\b(?:sorted |ranked |ordered |listed |sort |order |rank )?by (?:the )?(?:number|count) of "
     r"(?!times\b)(.*?)"
     r"(?:,?\s*\(?(?:(asc\w*|(?:fewest|least|smallest|lowest) first)|desc\w*|"
     r"(?:most|highest|largest) first)\)?)?"
     r"\s*([?.!]*)$",
     lambda m: f"{m.group(1)}ranked by {'fewest' if m.group(3) else 'most'} {m.group(2)}{m.group(4)}"),
    # "hosts routed to payments-api service": the hosts of the ingresses that route to it
    (r"^\W*(?:(?:which|what|list|show)(?: the)? )?(?:ingress )?(?:hosts?|hostnames?|domains?) "
     r"(?:(?:that |which )?(?:are )?(?:route[sd]?|point(?:s|ed|ing)?|go(?:es|ing)?|lead(?:s|ing)?|sen[dt]) )?"
     r"(?:to|for|at) (?:the )?(?:service |svc )?([a-z0-9][\w\-.]*)(?: service| svc)?\W*$",
     r"ingresses for service \1 and their hosts"),
    # "pods with their node and ip": each pod's own ip beside its node (not the node's ip)
    (r"\b(pods?|po)\b(.*?)\b(?:their |its |the )?node(?:s)? (and|&|\+|,) (?:their |its |the )?ips?\b(?! of)",
     r"\1\2node and pod ip"),
    # "pods not assigned to a node": without one
    (r"(?:\b(?:that |which )?(?:are|were|is|was) ?)?(?:\bnot|n't) (?:yet )?(?:assigned|bound|scheduled) "
     r"(?:to|on) (?:a |any )?node\b", "without a node"),
    # "hpas and their current replicas vs desired": both counts shown (not the objects counted)
    (r"\b(current|ready|available|up[- ]to[- ]date|updated) replicas "
     r"(?:vs\.?|versus|against|compared (?:to|with)) (?:the |their )?desired(?: replicas| ones)?\b",
     r"\1 and desired replicas"),
    # "requests vs quota in payments": what the quotas allow and what is used of them
    (r"\b(?:(?:resource )?requests?|usage|use|used) (?:vs\.?|versus|against|compared (?:to|with)) "
     r"(?:the |its |their )?(?:resource ?)?quotas?\b|"
     r"\b(?:resource ?)?quotas? (?:vs\.?|versus|against|compared (?:to|with)) "
     r"(?:the |its |their )?(?:(?:resource )?requests?|usage|use|used)\b",
     "quota hard and used"),
    # "pods with no memory limit but a request": the request said of the same resource
    (r"\b(?:no|without) (cpu|memory|mem) (limits?|requests?),? (?:but|and) (?:with )?(?:an? |some )?"
     r"(limits?|requests?)\b",
     lambda m: f"{'with ' if m.group(0).startswith('without') else ''}a {m.group(1)} "
     f"{m.group(3).rstrip('s')} and no {m.group(1)} {m.group(2).rstrip('s')}"),
    # "pods running multiple images", "which pods use more than one container image?": with several images
    # (not the Running ones)
    (r"\b(?:running|run|runs|using|use|uses|that (?:run|use)) (more than one|multiple|several|two or more|"
     r"2 or more) (?:container |distinct |different )?images?\b",
     r"with \1 images"),
    # "how is the orders-api deployment doing?": its status
    (r"^\W*how(?:'s| is| are) (?:the |my |our )?(.+?) (?:doing|going|looking|holding up)\W*$",
     r"what's the status of the \1"),
    # "pending claims and why": the same, said after them
    (r"^\W*(?:(?:which|what|list|show)(?: the| me)? )?(pending|unbound|lost) "
     r"(?:pvcs?|claims?|persistent ?volume ?claims?)((?: in [\w\-]+| -n [\w\-]+)?),? and why"
     r"(?: (?:they are|they're) (?:pending|unbound|lost))?\W*$",
     r"events for \1 pvcs\2 and why"),
    # "services named like *-api", "pods matching cache*": a name's glob, as its start, end or middle
    (r"\b(?:named|called|matching|named like|called like|like|with names? like|whose names? (?:is )?like) "
     r"\*([a-z0-9][\w\-.]*)\*", r"whose name contains \1"),
    (r"\b(?:named|called|matching|named like|called like|like|with names? like|whose names? (?:is )?like) "
     r"\*([a-z0-9\-.][\w\-.]*)\b(?!\*)", r"whose name ends with \1"),
    (r"\b(?:named|called|matching|named like|called like|like|with names? like|whose names? (?:is )?like) "
     r"([a-z0-9][\w\-.]*)\*", r"whose name starts with \1"),
    # "which namespaces have no cpu limits on any pod?": those where no pod has one
    (r"\b(namespaces?|ns|nodes?) (?:that )?(?:have|has|with) no (cpu|memory|mem) (limits?|requests?) "
     r"(?:set )?(?:on|for|in) any (?:of (?:their|its) )?(?:pods?|po)\b",
     r"\1 where no pod has a \2 \3"),
    # "which services are exposed via ingress?": those an ingress routes to
    (r"\b(services?|svcs?) (?:that are |which are |are )?(?:exposed|reachable|published) "
     r"(?:via|through|by|with) (?:an? |some )?ingress(?:es)?\b",
     r"\1 exposed by an ingress"),
    # "pods using the node's network": on the host network
    (r"\b(?:use|uses|using|on|share|sharing) (?:the )?(?:node'?s?|host'?s?) network(?: namespace)?\b",
     "on the host network"),
    # "sum of cpu limits for sidecars": the sidecar containers' own amounts (not pods with several containers)
    (r"\b((?:cpu|memory|mem) (?:limits?|requests?)) (?:for|of) (?:the |all )?(sidecar|init)s\b",
     r"\1 of \2 containers"),
    # "which container runtimes are used?", "container runtime versions": the nodes' runtimes, not containers
    (r"^\W*(?:which |what |the |show |list )?(?:distinct |different |unique )?container[ -]runtimes?"
     r"(?: versions?)?(?: (?:are |is )?(?:used|in use|running|there))?\W*$",
     "distinct runtimes of nodes"),
    # "what restarted last?", "which pod restarted most recently?": the one pod restarted latest
    (r"^\W*(?:what|which pod|which po) (?:restarted|crashed|was restarted) (?:last|most recently|latest)\b",
     "the most recently restarted pod"),
    # "pods sorted by uptime": a pod is up since it was created (no metric asked)
    (r"\b(pods?|po) (sorted|ordered|ranked) by (?:their )?uptime\b", r"\1 \2 by age"),
    # "what does the reviews service select?": the pods its selector picks
    (r"^\W*what (?:pods )?(?:does|do) (?:the )?([a-z0-9][\w\-]*) (service|svc|network ?policy|netpol|pdb) "
     r"(select|match|cover|target)\W*$",
     r"which pods does the \1 \2 \3"),
    # "who got evicted?", "who is getting oomkilled?": the pods it happened to, not who did it (audit)
    (r"^\W*who(?:'s| (?:got|gets|was|were|is|are|has been|have been|has|have))(?: been| getting| being)? "
     r"(evicted|oom ?killed|killed|preempted)\b",
     r"which pods were \1"),
    # "unhealthy probes": the probes' failures the kubelet reported
    (r"^\W*(?:show |list |any )?(?:the )?unhealthy probes\b", "probe failures"),
    # "what happened to the pods of checkout-api?": that workload's pods
    # (but "what happened to the pods of …? name and status" asks their status)
    (r"^(?!.*\bstatus\b)(.*?\b)(what happened to|events? (?:of|for)) (?:the )?pods "
     r"(?:of|for|from|belonging to) (?:the )?(?!(?:each|every|all|them|those|these|it)\b)([a-z][\w\-]*)"
     r"(?: (?:deployment|deploy|app|statefulset|sts|daemonset|ds))?(?=\W*$)",
     r"\1\2 \3 pods"),
    # "least used storage class", "which service account is used the most?": the one the fewest claims (pods)
    # use
    (r"\b(most|least) (?:used|popular|common) (storage ?class(?:es)?|service ?accounts?|sa|config ?maps?|cm|"
     r"secrets?|priority ?class(?:es)?)\b(?!\s+(?:by|per|in terms of)\b)",
     lambda m: f"{m.group(2)} used by the {m.group(1).replace('least', 'fewest')} {_users_of(m.group(2))}"),
    (r"\b(storage ?class(?:es)?|service ?accounts?|sa|config ?maps?|cm|secrets?|priority ?class(?:es)?) "
     r"(?:is |are )?(?:the )?(?:(most|least) used|used (?:the )?(most|least)|used by the (most|fewest|least))"
     r"(?=\W*$)",
     lambda m: f"{m.group(1)} used by the "
     f"{(m.group(2) or m.group(3) or m.group(4)).replace('least', 'fewest')} {_users_of(m.group(1))}"),
    # "owner deployment of every pod that isn't ready": each such pod's, not the deployments all of whose
    # pods are not ready
    (r"^\W*(?:the\s+)?((?:owner|owning|parent)\s+)?([a-z]+)\s+of\s+every\b(?=.*\b(?:that|which|who)\b)",
     r"the \2 of each"),
    # "first time each reason was seen", "last seen time per reason": when each one was
    (r"^\W*(?:the\s+)?(first|last) time (?:each|every) (\w+) was seen\W*$", r"when was each \2 \1 seen"),
    (r"^\W*(?:the\s+)?(first|last)[ _]seen(?: time)? (?:per|for each|by|of each) (\w+)\W*$",
     r"when was each \2 \1 seen"),
    # "the top restarter in each namespace", "highest memory requesting pod per node": one pod in each
    (r"\b(?:the )?(?:top|worst|biggest) restarter (per|in each|for each|in every|on each) ",
     r"most restarted pod \1 "),
    (r"\b(?:the )?(highest|largest|biggest|lowest|smallest) (cpu|memory|mem) (?:requesting|request) pod "
     r"(per|in each|for each|in every|on each) ", r"pod with the \1 \2 request \3 "),
    # "which services front a statefulset, and which one?": each with the name of the one it meets
    (r"\b(?:an?|any|some) ([a-z][a-z ]*?)\s*,?\s*and which(?: one| ones)?\W*$", r"a \1 with the \1 name"),
    # "jobs that created more than 3 pods", "cronjobs that spawned over 2 jobs": how many they own
    (r"\b(?:that|which) (?:have |has )?(?:created|spawned|started|launched|made|produced|ran|run|own|owns) "
     r"((?:more|fewer|less) than|at least|at most|over|under|exactly) (\d+) (pods|jobs|replica ?sets)\b",
     r"with \1 \2 \3"),
    # "jobs that did not succeed", "unsuccessful jobs": the failed ones
    # ("never succeeded" is a success time unset)
    (r"\b(?:that |which )?(?:did ?n'?t|did not) succeed(?:ed)?\b", "that failed"),
    (r"\bunsuccessful (jobs?|pods?|cron ?jobs?)\b", r"failed \1"),
    # "what events do failed jobs have?": the events of those jobs
    (r"^\W*(?:what|which) (events|warnings) (?:do|does|did) (?!any\b)(.+?) "
     r"(?:have|get|got|show|report|see)\W*$",
     r"\1 of \2"),
    # "which namespace is the noisiest?": the noisiest one, by its events
    (r"^\W*(?:which|what) (namespace|ns|node|pod|deployment) is the (noisiest|chattiest|loudest)\W*$",
     r"the \2 \1"),
    # "the scheduler's complaints", "the kubelet's warnings": what that component reported
    (r"\b(?:the )?(scheduler|kubelet|kernel monitor|node controller|job controller)'?s "
     r"(?:complaints|errors|messages|events|problems|reports)\b", r"events from the \1"),
    (r"\b(?:the )?(scheduler|kubelet|kernel monitor|node controller|job controller)'?s warnings\b",
     r"warnings from the \1"),
    # "jobs still running after an hour": running for longer than that
    (rf"\bstill running after (?:more than |over )?{NUMW} {UNITW}\b", r"running for more than \1 \2"),
    # "pods pending longer than 5 minutes": in that state for more than that
    (r"\b(pending|waiting|stuck|unscheduled|not ready|terminating) (?:for )?longer than\b",
     r"\1 for more than"),
    # "empty services": with no endpoints behind them
    (r"\b(?:empty|backendless) (services?|svcs?)\b", r"\1 without endpoints"),
    # "how long has ledger-db-0 been running?", "uptime of worker-3": how old that one object is
    (r"^\W*how long (?:has|have) (?:the )?((?:pod |node |po )?[a-z0-9][\w\-.]*[a-z0-9]) "
     r"been (?:running|up|alive)(?: for)?\W*$", r"how old is \1"),
    (r"^\W*(?:what is |what's )?(?:the )?uptime of (?:the )?((?:pod |node |po )?[a-z0-9][\w\-.]*[a-z0-9])"
     r"\W*$", r"how old is \1"),
    # "how long has the productpage pod been running?": its age, as "been up" reads (not a state kept)
    (r"^\W*how long (?:has|have) (?!(?:the )?(?:running |active )?jobs?\b)(.+?) been running\b",
     r"\1 with age"),
    # "uptime of each node", "node uptime": how long each has existed, its age
    (r"\buptimes? of (each |every |all |the )?(nodes?|pods?)\b", r"age of \1\2"),
    (r"\b(nodes?|pods?) uptimes?\b", r"\1 age"),
    # "total replicas per namespace", no kind said: the deployments' (what "replicas" most often means)
    (r"^\W*(sum of|total|number of)\s+replicas\b(?!.*\b(?:deploy\w*|stateful ?sets?|sts|replica ?sets?|rs|"
     r"daemon ?sets?|ds|hpas?|autoscalers?)\b)", r"\1 deployment replicas"),
    # "per node, the number of crashlooping pods", "for each namespace show the oldest pod": the grouping
    # said first, read where it is said last
    (r"^\W*(?:per|for each|for every|in each|by) (namespace|ns|node|zone),?\s*(?:show |list |give me |get |"
     r"what(?:'s| is) )?(?:me )?(?:the )?((?:number|count|total|sum|average) of .+?|"
     r"(?:oldest|newest|youngest|biggest|largest|latest|most restarted) [a-z]+)\W*$", r"\2 per \1"),
    # "which events repeat the most?", "warnings that recur most often": the most repeated ones
    (r"\b(events|warnings) (?:that |which )?(?:repeat|recur|re-?fire)(?:ed)? (?:the )?most(?: often)?\b",
     r"most repeated \1"),
    # "which warnings keep happening?": the ones seen more than once
    (r"\b(events|warnings) (?:that |which )?(?:keep|kept) "
     r"(?:happening|firing|recurring|coming back|repeating)\b",
     r"repeated \1"),
    # "most frequent single event by count": the one event that has fired most
    (r"\b(most (?:frequent|repeated|common)) (?:single |one )?(event)(?: by (?:its )?count)?\b", r"\1 \2"),
    # "which pods back the recommendation service, and are they ready?": each one's readiness, not a filter
    (r"(?:,\s*|\s+)(?:and\s+)?(?:are|is)\s+(?:they|it|each(?: one)?|those|these|the pods)\s+(?:all\s+)?"
     r"ready\s*\??\s*$", " and their readiness"),
    # "cassandra pvcs, bound or not?": each one's status, not only the bound ones
    (r",?\s+(?:are they |is it )?(?:bound|running|pending) or not\s*(\??)$", r" and their status\1"),
    # slips the speller leaves (a known word joined, a short word): "statefull sets", "instance typ"
    (r"\bstatefull\b", "stateful"),
    (r"\btyp\b", "type"),
    # "pod counts broken down by ns": by them, nothing broken
    (r"\bbroken (?:down|out) by\b", "by"),
    # "how are the payments pods spread across zones?": how many in each
    (r"^how (?:are|is) (?:the )?(.+?) (?:spread|distributed|split) (?:across|over|among|between) (?:the )?",
     r"how many \1 per "),
    # "why can't pods in ml get scheduled?": why they are failing to (not the Scheduled events of the rest)
    (r"\bwhy (?:can'?t|cannot|won'?t|don'?t|aren'?t) (.+?) (?:get(?:ting)? |be(?:ing)? )?scheduled?\b",
     r"why are \1 failing to schedule"),
    # "why are my pods failing to schedule?": what the scheduler said of them, its FailedScheduling events
    (r"^why (are|is) ((?:[\w\-]+ )*?pods\b.*?) failing to schedule\s*\??"
     r"(?:\s*(?:show |give me )?(?:the )?scheduler(?:'s)? (?:msgs|messages|events|reasons?)\s*\??)?$",
     r"why \1 \2 failing to schedule? (scheduler events)"),
    # shorthand: "lb svcs", "controlplane nodes", "deploys with ProgressDeadlineExceeded"
    (r"\blbs? (svcs?|services?)\b", r"loadbalancer \1"),
    (r"\bcontrolplane\b", "control-plane"),
    (r"\b(?:with |w/ |that hit |hitting )?progress ?deadline ?exceeded\b", "not progressing"),
    # "pods the scheduler couldn't place": the unscheduled ones; "been around the longest": the oldest
    (r"\b(?:that )?the scheduler (?:couldn'?t|could not|can'?t|cannot|won'?t) place\b", "unscheduled"),
    (r"^which (\w+ )?(\w+) have been around (?:the )?longest\b", r"the \1oldest \2"),
    # "deploy 0 ready", "sts w/ missing ready replicas": their ready replicas
    (r"\b(deploy\w*|statefulsets?|sts|daemonsets?|ds|replicasets?|rs) (?:at |with )?(\d+) ready\b"
     r"(?! replicas| pods?\b| po\b)",
     r"\1 with \2 ready replicas"),
    # "which hpas point at a deployment with missing ready replicas?": one with unready replicas
    (r"\b((?:point at|points at|target|targets|scale|scales) an? deploy(?:ment)?) (?:with |w/ )missing ready "
     r"replicas\b", r"\1 with unready replicas"),
    (r"\b(?:with |w/ )?missing ready replicas\b", "not fully ready"),
    # "what warned in the past 10 min?": the warning events; "anything hanging in containercreating?": pods
    (r"^(?:what|who|which|anything) (?:warned|has warned|was warned about)\b", "warning events"),
    (r"^(?:is )?anything (?:hanging|stuck|sitting|waiting) in\b", "pods in"),
    # "who uses claim data-postgres-1": the pods that mount it
    (r"^who (?:uses|mounts|is using|is mounting) (?:the )?(claim|pvc|persistent ?volume ?claim)\b",
     r"which pods use \1"),
    # "which pods got killed", "deployments that were scaled recently", "hpas that rescaled": the objects the
    # events of that reason are about (not every pod, nor an OOMKilled container, nor "scaled to 0")
    (r"\b(pods?|po)\s+(?:that\s+)?(?:were\s+|was\s+|got\s+|(?:have|has|had)\s+been\s+)?killed\b"
     r"(?!.*\b(?:memory|mem|ram|oom\w*)\b)",
     r"\1 that had killing events"),
    (r"\b(pods?|po)\s+(?:that\s+)?(?:had|have|has|got)\s+(?:their\s+|its\s+|an?\s+|any\s+)?(?:containers?|ctrs?)\s+"
     r"(?:been\s+)?killed\b(?!.*\b(?:memory|mem|ram|oom\w*)\b)",
     r"\1 that had killing events"),
    # "which containers were killed?": the Killing events, whose messages name them
    (r"\b(?:containers?|ctrs?)\s+(?:that\s+)?(?:were|was|got|(?:have|has|had) been)\s+killed\b"
     r"(?!.*\b(?:memory|mem|ram|oom\w*)\b)",
     "killing events"),
    (r"\b(deploy(?:ment)?s?)\s+(?:that\s+)?(?:were|was|got|(?:have|has|had) been)\s+scaled\b"
     r"(?! (?:up|down|to)\b)",
     r"\1 that had scalingreplicaset events"),
    # ... but in a window, by the autoscaler's own last scale time (events are kept for an hour)
    (r"\b(hpas?|(?:horizontal ?pod ?)?autoscalers?) (?:that |which )?(?:have |has )?"
     r"(?:(?:re)?scaled|with an? "
     r"(?:re)?scale(?: event)?) (?:in|within|during|over) (?:the )?(?:last|past) ",
     r"\1 last scaled within the last "),
    (r"\b(hpas?|(?:horizontal ?pod ?)?autoscalers?)\s+(?:that\s+)?(?:have\s+|has\s+)?(?:re)?scaled\b"
     r"(?! (?:up|down|to|most|least|first|last)\b)",
     r"\1 that had successfulrescale events"),
    # "services routing to nothing": no ready endpoint; "images that can't be pulled": with pull errors
    (r"\b(?:routing|pointing|sending traffic|going) (?:to|at) nothing\b|\bthat route nowhere\b",
     "without endpoints"),
    (r"\b(images?) (?:that )?(?:can'?t|cannot|couldn'?t|could not|won'?t|failed to|fail to|failing to) "
     r"(?:be )?pull(?:ed)?\b", r"\1 with pull errors"),
    # "deploy/recommendation's pods": the pods of that deployment
    (r"\b(deploy(?:ment)?|sts|statefulset|ds|daemonset|job|cronjob|cj|rs|replicaset)[/ ]([a-z0-9][\w\-.]*)'s "
     r"(pods?|po|jobs?)\b", r"the \3 of \1 \2"),
    # "pods pulling with regcred": using it as their image pull secret
    (r"\bpulling (?:images? )?(?:with|using|via|through) (?:the )?(?:secret )?([a-z0-9][\w\-.]*)"
     r"(?: secret)?\b", r"using secret \1"),
    # "which cronjobs haven't got any job objects?": have none
    (r"\b(?:haven'?t|have not|don'?t have|do not have) got any (\w+?)s?(?: objects?)?\b", r"have no \1s"),
    # "svc selecting nothing (no pod has the selector labels)": no pod matches their selector
    (r"(?<!selector )\bselect(?:ing|s)? (?:nothing|no pods?)\b(?:\s*\([^)]*\))?",
     "whose selector doesn't match any pod"),
    # "ingresses with dead backends": whose services have no endpoints
    (r"\b(?:with|that have|having) (?:dead|broken|empty) backends?\b", "whose services have no endpoints"),
    # "which PDBs would block draining worker-7": those allowing no disruption, covering pods on it
    (r"\b(pdbs?|poddisruptionbudgets?|pod disruption budgets?) (?:that )?would (?:block|prevent|stop) "
     r"(?:draining|a drain of|the drain of|evicting pods from) (?:node )?([a-z0-9][\w\-.]*)(?:\s*\([^)]*\))?",
     r"\1 with 0 allowed disruptions that cover pods on \2"),
    (r"\b(pdbs?\b.*?) covering (pods? on)\b", r"\1 that cover \2"),
    # "which PVCs do the pods of statefulset postgres use?": those used by them
    (r"^(?:which|what) (pvcs?|pvs?|claims?|persistent ?volume ?claims?|persistent ?volumes?|configmaps?|"
     r"secrets?) do(?:es)? (the pods (?:of|in) .+?) (?:use|mount|reference|sit on|live on)\s*\??$",
     r"\1 used by \2"),
    # "image of po kafka-1 -n data": what its containers run
    (r"^(?:what(?:'s| is| are) )?(?:the )?images? (?:of|for|used by|in) (?:the )?(?:pod|po) "
     r"([a-z0-9][\w\-.]*)(.*?)"
     r"\s*[?.!]*$", r"which image does pod \1\2 run"),
    # "limitrange defaults (cpu/mem request + limit)": the four amounts it gives containers that set none
    (r"\bdefaults?\s*\(?(?:(?:cpu ?(?:/|and|&) ?mem(?:ory)?) )?requests? ?(?:\+|and|&) ?limits?\)?",
     "default cpu request, default cpu limit, default memory request and default memory limit"),
    # "how much storage do all persistent volumes provide": their capacity; "joined the cluster": created
    (r"\bhow much (?:storage|capacity|space) do (?:all )?(?:the )?(persistent ?volumes|pvs) "
     r"(?:provide|offer|have|give)\b",
     r"total \1 capacity"),
    (r"\bjoined (?:the )?cluster\b", "were created"),
    # "open ports of services", "exposed ports": the ports they have
    (r"\b(?:open|exposed|listening|published) (ports)\b", r"\1"),
    # "older then 30 days": the comparison, misspelt
    (r"\b(older|newer|younger|more|less|fewer|greater|bigger|smaller|larger|higher|lower|longer|shorter)"
     r" then\b", r"\1 than"),
    # "what aws region is this cluster in?", "which zones does the cluster span": where its nodes are
    (r"^(what|which) (?:aws |gcp |azure |cloud )?(regions?|zones?) (?:is|are|does|do) (?:this|the|our) "
     r"cluster(?: running| run| deployed| hosted)?(?: in| span| use)?\b", r"\1 \2 are the nodes in"),
    # "secret names, not the values", "reason and exit code, no logs needed", "(not live)": what is not
    # asked for, said to be sure; nothing is read from it
    (r"\s*[,(;]\s*(?:but |and )?(?:not|no|without|never) (?:the |their |its |any )?(?:secret )?"
     r"(?:values?|contents?|data|decoded \w+)(?: please| pls)?\s*\)?(?=\s*(?:[,.?!;]|$))", ""),
    (r"\s*[,(;]?\s*\bno (?:logs?|metrics|exec) (?:needed|required|please|pls)\b\s*\)?", ""),
    (r"\s*\(\s*not (?:live|real[- ]?time|current usage)\s*\)", ""),
    # "which nodes is the fluent-bit daemonset missing from?": the nodes with none of its pods
    (r"^(?:which|what) nodes (?:is|are|does|do) (?:the )?([a-z0-9][\w\-]*)(?: (?:ds|daemon ?sets?))? "
     r"(?:missing (?:from|on)|not (?:on|running on|scheduled on)|(?:not|n't) (?:run|have a pod) on)\?*$",
     r"nodes with no \1 pod"),
    # "services selecting nothing": those whose selector matches no pod
    # "services with endpoints on a NotReady node", "svc backed by pods on not-ready nodes"
    (r"\b(services?|svcs?) (?:that have |have |with |having |backed by |whose )"
     r"(?:endpoints?|backends?|backend pods?|pods?)(?: are)? on (?:an? |any )?"
     r"(?:notready|not[- ]ready|down|dead|broken|unready) nodes?\b",
     r"\1 that have a backend pod on a node that is not ready"),
    # "pods i can't evict because of their pdb": those whose budget allows no disruptions
    (r"\b(pods?|po) (?:that )?(?:i|we|you|one) (?:can'?t|cannot|could not|couldn'?t) (?:evict|drain)"
     r"(?: because of| due to)? (?:their|its|a|the) (?:pdbs?|pod ?disruption ?budgets?)\b",
     r"\1 whose pdb allows no disruptions"),
    # "pods started by the cache-warmer cron job": created by it
    (r"\b(?:started|launched|spawned|kicked off|run|ran) by (?=(?:the |a )?\S+ (?:cron ?jobs?|cj)\b|"
     r"(?:the |a )?(?:cron ?jobs?|cj) \S+)", "created by "),
    # "the service account prometheus-k8s of monitoring": the account monitoring/prometheus-k8s
    (r"^(?=.*\b(?:role ?bindings?|rbs?|crbs?|bound|bindings?)\b)(.*?)\b(service ?account|sa) "
     r"([a-z0-9][a-z0-9\-.]*) (?:of|from) (?:the )?(?:namespace |ns )?([a-z0-9][a-z0-9\-]*)"
     r"(?: namespace| ns)?\b",
     r"\1\2 \4/\3"),
    # "crbs granting */*": every verb on every resource; "bound cluster-wide": by a cluster role binding
    (r"(?<![\w*])\*\s*/\s*\*(?![\w*])", "* verbs on * resources"),
    (r"\bbound cluster[- ]wide\b", "bound through a cluster role binding"),
    # (and disruption budgets: "pdbs selecting nothing", "which pdbs don't match any pod?")
    (r"\b(services?|svcs?|pdbs?|pod ?disruption ?budgets?) (?:that )?(?:select(?:s|ing)?|match(?:es|ing)?) "
     r"(?:nothing|no pods?)\b", r"\1 whose selector matches no pods"),
    (r"\b(services?|svcs?|pdbs?|pod ?disruption ?budgets?) "
     r"(?:(?:whose|with an?|with) selectors? |that |which )?"
     r"(?:doesn'?t|does not|don'?t|dont|do not) (?:match|select|cover) (?:any|a single) pods?\b",
     r"\1 whose selector matches no pods"),
    # "who mounts mysql-credentials (any ns)": wherever they are, as a question with no namespace reads
    (r"\s*\((?:in )?(?:any|all|every) (?:ns|namespaces?)\)", ""),
    # "web-bff deploy pods w/ nodes": each with its node, not only those on a node
    (r"\b(pods?|po)\b(.*) with (nodes|images|ips|zones)(?=\s*(?:\(|[?.!,]|$))", r"\1\2 with their \3"),
    # "which pods does pdb kafka protect?": the pods it covers
    (r"^(which|what) pods (?:does|do) (.+?) (?:protect|guard|apply to)\b", r"\1 pods does \2 cover"),
    # "deployments affected by the down node": those with pods on a node that is not ready
    (r"\b(?:affected|impacted|hit) by (?:the |a |any )?(?:down|notready|not ready|broken|dead|failed|failing)"
     r" nodes?\b", "with pods on notready nodes"),
    # "which node has the most CPU?", "biggest node by cpu cores": the node's own capacity (what its pods
    # request is said so: "the most cpu requested")
    (r"\b(nodes?) (has|have|with) (?:the )?(most|least|fewest) (cpu|memory|mem|ram)\b"
     r"(?! (?:requests?|requested|limits?|used|usage|capacity|allocatable|free|left|available))",
     r"\1 \2 the \3 \4 capacity"),
    (r"\b(?:biggest|largest) (nodes?) by (cpu|memory|mem|ram)(?: cores| size)?\b",
     r"\1 with the most \2 capacity"),
    (r"\bsmallest (nodes?) by (cpu|memory|mem|ram)(?: cores| size)?\b", r"\1 with the least \2 capacity"),
    # "namespaces with their quota": each namespace's resource quotas, joined
    (r"\b(namespaces|ns) (?:with|and|plus) (?:their|its) (?:resource )?quotas?\b",
     r"\1 and their resource quotas"),
    # "are my statefulsets ready?", "how ready are the deployments here?": each one with its READY column
    (r"^how ready (?:are|is) (.+?)\s*\??$", r"\1 and their ready"),
    (r"^(?:are|is) ((?:my |the |our |all (?:the |my )?)?(?:deployments?|deploys?|stateful ?sets?|sts|"
     r"daemon ?sets?|ds|replica ?sets?|rs)\b.*?) (?:all )?ready\s*\??$", r"\1 and their ready"),
    (r"\b(?:w/|with) (?:the |their |its )?ready column\b", "and their ready"),
    # "svc -n shop backed by po with restarts > 0": in front of the pods the rest picks
    (r"\b(svcs?|services?)((?: -n [\w\-]+)?) (?:that are |which are )?(?:backed|served) by "
     r"(?:the )?(?:pods|po) (?=with\b|w/|that\b|which\b|having\b|whose\b)", r"\1\2 in front of pods "),
    # "svc backed by CrashLoopBackOff pods": the services whose pods are so
    (r"\b(svcs?|services?) (?:that are |which are )?backed by ((?:[\w\-]+ ){1,3}?)(pods?|po)\b",
     r"\1 with \2\3 behind them"),
    # "what default cpu and memory limits do containers in payments get?": the limit range's defaults
    (r"^(?:what|which) (default (?:cpu|memory|mem)(?: and (?:cpu|memory|mem))? (?:limits?|requests?)) "
     r"(?:do|does|will) (?:containers?|pods?)(.*?) get\s*\??$", r"limit range \1\2"),
    # "over a thousand times": 1000
    (r"\b(?:a|one) thousand\b", "1000"),
    (r"\b(?:a|one) hundred\b", "100"),
    # "restart counts of containers in payments (non-zero)": those that restarted
    (r"\b(restart(?:s| counts?))\b(.*?)\s*\(?\bnon-?zero\)?", r"\1\2 with restarts > 0"),
    # "container restarts in ns checkout (>0 only)": the same
    (r"\b(restart(?:s| counts?))\b(.*?)\s*\(\s*(?:only\s*)?>\s*0(?:\s*only)?\s*\)",
     r"\1\2 with restarts > 0"),
    # "blackbox-exporter po -n monitoring: restarts per container": that pod's containers
    (r"^(?:the )?([a-z0-9][\w\-]*) (?:po|pod) (?:-n|in) ([a-z0-9][\w\-]*):? ("
     r"(?:restarts|images?|ports|requests|limits) (?:per|by|of each|for each) container)\b",
     r"\3 of pod \1 in \2"),
    # "containers that request cpu without a cpu limit": a request set, the limit not
    (r"\b(?:that|which) requests? (cpu|memory|mem) (?:but |and )?(?:without|with no|no|have no|has no|"
     r"lack|don'?t (?:have|set)|do not (?:have|set))\b(?: an?| any)?", r"with a \1 request but no"),
    (r"^containerports?\b(?!\s*[=:]?\s*\d)", "container ports"),
    # "node cpu request percentage": how much of each node's allocatable cpu its pods request
    (r"^(?:the )?(?:per[- ])?node (cpu|memory|mem) requests? (?:percentage|percent|%)\s*$",
     r"percentage of allocatable \1 requested on each node"),
    # "which frontend pods run but fail readiness?": running, not ready
    (r"\b(?:run|runs|running|show running) but (?:fail|fails|failing|aren'?t passing|are not passing|"
     r"not passing|don'?t pass|do not pass) (?:their )?readiness(?: probes?| checks?)?\b",
     "running but not ready"),
    # "which containers exited with an error code?": a non-zero one
    (r"\bexited with an? (?:error|non-?zero|failure|failing|bad) (?:exit )?code\b",
     "with a non-zero exit code"),
    # "which pods set mem limits but not cpu limits?": one set, the other not
    (r"\b(?:that |which )?(?:set|sets|define|defines|specify|specifies) (cpu|memory|mem) (limits?|requests?) "
     r"but (?:not|no) (cpu|memory|mem) (limits?|requests?)\b", r"that have \1 \2 but no \3 \4"),
    # "pods w/ initContainer migrate-check": one of their init containers, by name
    (r"\b(?:with|w/|having|has|have|running) (?:an? )?init ?containers? (?:named |called )?"
     r"(?!(?:in|on|and|or|that|which|with|without|named|called|the|a|an|per|by|across|only|running|stuck|-n)\b)"
     r"([a-z0-9][a-z0-9\-]*)\b", r"whose init containers include \1"),
    # "which jobs had pod failures?": failed pods
    (r"\b(?:had|have|has|with) (?:any )?pod failures\b", "with failed pods"),
    # "cluster capacity: cpu and memory": the nodes' capacities added up
    (r"^(?:the )?(?:total )?cluster capacity:? (cpu|memory|mem)(?:,| and| &) (cpu|memory|mem)\b",
     r"total \1 and \2 capacity"),
    # "who gets wildcard access through crbs?": every verb on every resource
    (r"\bwildcard (?:access|permissions?|rights|perms)\b", "* on *"),
    # "services without any backends": with no ready endpoints; "ingresses with a dead backend": one whose
    # service has none
    (r"\b(svcs?|services?) without (?:any )?backends?\b", r"\1 with no backends"),
    (r"\b(ingress(?:es)?|ings?) (?:with|having|that have|that has) an? "
     r"(?:dead|broken|unhealthy|failing|empty) backends?(?: services?)?\b",
     r"\1 whose backend services have no ready endpoints"),
    # "quota usage %, highest first": the quotas by how full they are
    (r"^(?:resource )?quota (?:max )?usage\s*(?:%|percent(?:age)?)?\s*,?\s*"
     r"(?:highest first|desc(?:ending)?|fullest first)?\s*$",
     "resource quotas sorted by max usage percent descending"),
    # "…, highest first": sorted, largest first (where no sort is said already)
    (r"^(?!.*\b(?:sort|sorted|order|ordered|rank|ranked)\b)(.*?)(?:,\s*|\s+)(?:highest|largest|biggest) "
     r"first\s*$", r"\1 sorted descending"),
    # "containers that just run sleep infinity": their command (a pod has none of its own, so left alone)
    (r"^(?!.*\b(?:pods?|po)\b)(.*?)\b(?:that |which )?(?:just |only )?(?:run|runs|running) "
     r"sleep(?: infinity)?\b", r"\1with command=sleep"),
    (r"^(?!.*\b(?:pods?|po)\b)(.*?)\b(?:with |whose )(?:container )?command (?:is |=\s*)?(?:just |only )?"
     r"sleep\b", r"\1with command=sleep"),
    # "what deployments get hit if worker-7 goes away?": those with pods there
    (r"^(?:what|which) (deployments?|deploys?|stateful ?sets?|workloads?|pods?) "
     r"(?:get |gets |would get |are |would be )?(?:hit|affected) if (?:node )?([a-z0-9][\w\-.]*) "
     r"(?:goes|went|is|gets|were|was) (?:away|down|lost|drained)\s*\??$", r"which \1 have pods on \2"),
    # "orphaned replica sets": those no deployment (nothing) owns
    (r"\b(?:orphaned|orphan) (replica ?sets?|rs|jobs?|controller ?revisions?)\b", r"\1 without an owner"),
    # "orphaned persistent volumes": those no claim holds
    (r"\b(?:orphaned|orphan) (persistent ?volumes?|pvs?)\b(?! ?claims?)(?!\s*\()", r"\1 without a claim"),
    # "svc selecting on 2+ labels": at least two
    (r"\b(\d+)\+ (labels?|keys?|containers?|ports?|replicas?|restarts?)\b", r"at least \1 \2"),
    # "svc of type LB", "count the LB ones": a load balancer
    (r"\blbs\b", "loadbalancer services"),
    (r"\blb\b", "loadbalancer"),
    # "how many PVCs use each storage class?": the claims counted by their class
    (r"^how many (pvcs?|persistent ?volume ?claims|claims) (?:use|are using|are in|have|request) "
     r"(?:each|every|a given) storage ?class\s*\??$", r"\1 count per storage class"),
    # "count rs with desired 0 by ns", "scaled-down (old) replica sets": a count held to one value
    (r"\bwith (desired|current) (?:replicas )?(?:of )?(\d+)\b", r"with \1 = \2"),
    (r"\bscaled[- ]down (?:\(old\) |old )?(replica ?sets?|rs)\b", r"\1 with desired = 0"),
    # "how many deployment replicas are unavailable in total?": their unavailable replicas added up
    (r"^how many (deployment|statefulset|daemonset) replicas are (?:unavailable|not available)"
     r"(?: in total| altogether| overall)?\s*\??$", r"total unavailable replicas of \1s"),
    # "clusterroles with an aggregationRule": aggregated ones
    (r"\b(?:with |having )?an? aggregation ?rule\b", "aggregated"),
    # "containers pulling always": their image pull policy
    (r"\b(?:pulling|pull|pulls) (?:images? )?always\b", "with image pull policy always"),
    # "running-but-unready containers": running, not ready
    (r"\brunning[- ]but[- ](?:unready|not[- ]ready)\b", "running but not ready"),
    # "deploy with matchLabels tier: backend": the selector's labels
    (r"\bmatch ?labels\s+([a-z0-9][\w./\-]*)\s*[:=]\s*([a-z0-9][\w.\-]*)", r"selector \1=\2"),
    # "rollouts still in progress (not all pods updated)": fewer pods up to date than desired
    (r"^(?:which |what |the |any )?rollouts? (?:that are |are )?(?:still )?(?:in progress|ongoing|unfinished)"
     r"(?:\s*\(?not all (?:pods|replicas) (?:updated|up[- ]to[- ]date)\)?)?",
     "deployments whose up to date replicas are fewer than desired"),
    # "what deployments r crash looping": those whose pods are
    (r"^(which|what) (deployments?|deploys?|stateful ?sets?|sts|daemon ?sets?|ds|jobs?) (?:are|r|is) "
     r"(?:currently |now )?(crashlooping|crash[- ]looping|pending|evicted)\b", r"\1 \2 have \3 pods"),
    # "deployments with empty metadata.labels": none at all
    (r"\b(?:with |having )?(?:an? )?empty (?:metadata\.)?labels\b", "without labels"),
    # "unused priorityclasses": those no pod names
    (r"\bunused (priority ?classes)\b", r"\1 no pod uses"),
    # "when did the checkout-api hpa last rescale?": its last scale time
    (r"\blast rescal(e|ed)\b", r"last scal\1"),
    # "cpu capacity of the cluster": all its nodes' added up
    (r"\b(?:the )?(?:total )?(cpu|memory|mem|ram|gpus?) (capacity|allocatable) "
     r"(?:of|in|across) the (?:whole |entire )?cluster\b",
     r"the total \1 \2"),
    (r"\bthe (?:whole |entire )?cluster(?:'s)? (cpu|memory|mem|ram|gpus?) (capacity|allocatable)\b",
     r"the total \1 \2"),
    # "containers with cpu limit but no request": the resource said once holds for both
    (r"\b(cpu|memory|mem|ram) (limits?|requests?) but (no|without|not|lacking) (?:an? |any )?"
     r"(requests?|limits?)\b", r"\1 \2 but \3 \1 \4"),
    # "which deployment is missing the most replicas?": the most unavailable ones
    (r"\bmissing the (most|fewest) (?:replicas|pods)\b", r"with the \1 unavailable replicas"),
    # "3 longest-running jobs": the jobs that ran longest
    (r"\blongest-running\b", "longest running"),
    # "limits for ml pods", "cpu/mem requests + limits for x": the pods, with those columns
    (r"\bcpu ?/ ?(?:mem|memory)\b", "cpu and memory"),
    (r"\b(requests?) ?\+ ?(limits?)\b", r"\1 and \2"),
    (r"^(?:show |list |get )?(?:the )?(requests|limits|requests and limits|limits and requests) (?:for|of) "
     r"(?:the |all )?((?:[\w\-]+ )?(?:pods|po|containers))\b", r"\2 and their \1"),
    # "orders-api po limits -n team-b (cpu, mem in Mi)": the pods with both limits, memory in that unit
    (r"^((?:[a-z0-9][\w\-]* )?)(?:po|pods) (requests|limits)\b"
     r"(?! (?:of|for|on|in|set|at|below|above|over|under)\b)", r"\1pods and their \2"),
    (r"\s*\((?:cpu,? ?(?:and |& |/ )?mem(?:ory)?|mem(?:ory)?,? ?(?:and |& |/ )?cpu) "
     r"in (mib|mi|gib|gi|mb|gb)\)", r" (\1)"),
    # "cpu and memory limits of the x pods, memory in MiB": the memory already asked, shown in that unit
    # (not a sum: "total cpu + mem requests in ns ml, mem in GiB" is read as sums elsewhere)
    (r"^(?!.*\b(?:total|sum|overall|altogether|combined)\b)(.*?\b(?:limits|requests)\b.*?),?\s*"
     r"\b(?:(?:memory|mem) )?in (mib|mi|gib|gi|mb|gb)\s*([?.!]*)$", r"\1 (\2)\3"),
    # "requests and limits for llm-finetune-…-tdd9b": that one pod's, not a total for it
    (r"\b((?:cpu and memory |cpu |memory |mem )?(?:requests and limits|limits and requests|requests|limits))"
     r" for (?:pod |po )?(?=[a-z0-9\-]+-[a-z0-9]{5}\b)", r"\1 of pod "),
    # "last exit code + reason": the last reason as well
    (r"\blast (exit code|termination reason) (?:\+|and|&) reason\b", r"last \1 and last reason"),
    # "a secret called x", "the configmap named y": that one, by its name
    (r"\b(an?|the) (secret|configmap|config map|cm|pvc|claim|service account|serviceaccount|node|deployment|"
     r"service|statefulset|daemonset|job|cronjob|namespace) (?:called|named) ", r"\1 \2 "),
    # "cluster roles that grant exec into pods": a rule on pods/exec (nothing is run)
    (r"\b((?:cluster ?)?roles?|clusterroles?|(?:cluster ?)?role ?bindings?|rbs?|crbs?)\b(.*?)"
     r"\b(?:exec(?:ing)?|shell) (?:into|in|to|on) (?:the |any )?(?:pods?|containers?)\b", r"\1\2pods/exec"),
    # "pdbs that would block evictions": those that allow no disruption now
    (r"\b(pdbs?|poddisruptionbudgets?|pod disruption budgets?) (?:that |which )?(?:would |will |currently )?"
     r"(?:block|prevent|stop) (?:any )?(?:evictions?|drains?|disruptions?)(?: \(0 allowed disruptions\))?",
     r"\1 with 0 disruptions allowed"),
    # "what rollout revision is payments-api at": its revision
    (r"^(?:what|which) (?:rollout )?revision is (?:the )?(?:deploy(?:ment)?/?\s*)?([a-z0-9][\w\-]*)"
     r"(?: deployment| deploy)? (?:at|on)\b", r"revision of deployment \1"),
    # "image + tag of deploy/grafana": its image (the tag is part of it)
    (r"\bimages? ?(?:\+|and|&|with) ?(?:its |the )?tags?\b", "image"),
    # "how much of the payments memory quota is used?": used against hard
    (r"^how much of (?:the )?(.+?) quotas? (?:is|are|has been) (?:used|consumed|taken)(?: up)?\b",
     r"\1 quota used vs hard"),
    # "what CPU utilisation does the storefront HPA report, against its target?", "cpu current vs target":
    # the current percentage and the target one
    (r"\bcpu (?:utili[sz]ation )?(?:current|now) (?:vs\.?|versus|against|compared (?:to|with)|and) "
     r"(?:its |the )?target\b(?: %| percent)?", "cpu current percent and cpu target percent"),
    (r"\b((?:current )?cpu utili[sz]ation(?: does .+? report)?),? "
     r"(?:vs\.?|versus|against|compared (?:to|with)|and) (?:its |the )?target\b(?: %| percent)?",
     r"\1 and cpu target percent"),
    # "ing storefront -n frontend backends": the services behind it
    (r"^(?:the )?(?:ing|ingress) (?!(?:with|that|which|whose|where|using|having|without|hosts|paths)\b)"
     r"([a-z0-9][\w\-]*)"
     r"(.*?)(?:'s)? backends?\b(?!\s*(?:svc|services?)\b)", r"services behind ingress \1\2"),
    (r"^(?:the )?backends? (?:of|for|behind) (?:the )?(?:ing|ingress) ", "services behind ingress "),
    # "deployments already scaled to their HPA's maximum": at their autoscaler's max
    (r"\b(?:already )?(?:scaled|running|sitting|pinned|stuck) (?:up )?(?:to|at) (?:their|its|the) "
     r"(?:hpa|autoscaler)(?:'s)? (?:max(?:imum)?|maxreplicas|max replicas|ceiling|limit)\b",
     "at their hpa max"),
    # "pod count across quota'd namespaces": in those with a resource quota
    (r"^(\w+) count (?:across|in) (?:all )?quota'?d (?:namespaces|ns)\b",
     r"how many \1s are in namespaces with a resource quota"),
    (r"\bquota'?d (namespaces|ns)\b", r"\1 with a resource quota"),
    # "pending pods where a quota applies", "pods not covered by any quota": by their namespace's quota
    (r"\b(namespaces|ns) where (?:an? |any |some )?(?:resource ?)?quotas? (?:applies|apply|exists?)\b",
     r"\1 with a resource quota"),
    (r"\b(?:that are |which are )?not (?:under|covered by|subject to|governed by|limited by) "
     r"(?:an?|any|some) "
     r"(?:resource ?)?quotas?\b", "in namespaces with no resource quota"),
    (r"\b(?:(?:that are |which are )?(?:under|covered by|subject to|governed by|limited by) (?:an?|any|some) "
     r"|where (?:an? |any |some )?)(?:resource ?)?quotas?(?: applies| apply| exists?)?\b",
     "in namespaces with a resource quota"),
    # "nodes not ready for more than 10 minutes": no column says when Ready turned False, but a node
    # whose kubelet stopped has no heartbeat since (its age would be when it joined the cluster)
    (r"\b(nodes?\b.*?)\b(?:(?:have|has) been |are |is |been )?(?:not ready|notready|unready|down) "
     r"(?:for|since) (?:over |more than |longer than |at least )?(?=\d|an? )",
     r"\1not ready with no heartbeat for over "),
    # "nodes that haven't reported in for over 5 minutes": by their last heartbeat
    (r"\b(?:haven'?t|hasn'?t|have not|has not|didn'?t|did not) (?:reported|checked) in for ",
     "with no heartbeat for "),
    # "haven't reported in over 10 minutes", "stopped heartbeating (2 min)": no heartbeat for that long
    (r"\b(?:haven'?t|hasn'?t|have not|has not|didn'?t|did not) (?:reported|checked in) (?:in|for) "
     r"(?:over |more than )?(?=\d)", "with no heartbeat for over "),
    (r"\b(?:that )?(?:have |has )?(?:stopped|quit|ceased) (?:heartbeating|sending heartbeats|reporting)"
     r"\s*\(?(?:for |in )?(?:over |more than )?(\d+)\+? ?([a-z]+)\)?(?: ago)?",
     r"with no heartbeat for over \1 \2"),
    # "volumes kept after their claim is deleted (Retain)": the reclaim policy that keeps them
    (r"\b(?:persistent volumes?|volumes?|pvs?) (?:that are |which are |that get |which get )?"
     r"(kept|retained|deleted|removed) (?:after|when|with) (?:their|the|its) claims?"
     r"(?: (?:is|are|gets?) (?:deleted|removed|gone))?(?:\s*\((?:retain|delete)\))?",
     lambda m: "persistent volumes with reclaim policy "
     + ("retain" if m.group(1) in ("kept", "retained") else "delete")),
    # "which containers exited with status 1?": that exit code; "(current or last termination)": both, as read
    (r"\b(?:exited|terminated|died|quit|exit|failed|crashed) with (?:an? )?(?:exit )?(?:status|code|rc) "
     r"(\d+)\b",
     r"with exit code \1"),
    # "kubelet heartbeat", "kernel OOM kills": what sends it, not the node's kubelet or kernel version
    (r"\bkubelet(?:'s)? (heartbeats?)\b", r"\1"),
    (r"\bkernel (oom)", r"\1"),
    (r"\s*\((?:current|this|latest|now) or (?:last|previous) (?:termination|run|exit|state)\)", ""),
    # "haven't heartbeated in over 5 minutes", "no heartbeat for 5 min": the last one older than that
    (r"\b(?:haven'?t|hasn'?t|have not|has not|didn'?t|did not) (?:heartbeated|heartbeat|sent a heartbeat) "
     r"(?:in|for) (?:over |more than )?", "with no heartbeat for over "),
    (r"\bno heartbeats? (?:for|in) (?=\d)", "no heartbeat for over "),
    # "warning totals per reason incl. repeats": each event's repeats added up
    (r"\b(?:incl(?:uding|\.|usive of)?|with|plus|counting in) (?:the |their |all )?repeat(?:s|ed)?"
     r"(?: counts?)?\b|\brepeats (?:included|counted)\b", "counting repeats"),
    # "events whose message says something was not found": those mentioning it
    (r"\b(?:whose|with an?|where the) messages? (?:says?|mentions?|contains?|includes?) (?:that )?"
     r"(?:something|anything|it|a \w+) (?:was|is|were|are) ([a-z]+(?: [a-z]+)?)\s*[?.!]*$",
     r"mentioning '\1'"),
    # "deployments rolled out in the last 60 days (newly created)": created then, as the asker says
    (r"\b(?:rolled out|deployed|launched|set up)\b(.*?)\s*\((?:i\.?e\.?,? )?(?:newly |first )?created\)",
     r"created\1"),
    # "deploy grafana -n monitoring: what annotations are set?": that object's annotations
    (r"^([^:?]+?): (?:what|which) ([a-z]+(?: [a-z]+)?) (?:are|is|does it have|do they have)"
     r"(?: (?:set|there|defined|configured|on it))?\s*\??$", r"\2 of \1"),
    # "why can't the orders-api autoscaler get metrics? show its events": what its events say
    (r"^why (?:can'?t|cannot|isn'?t|won'?t|doesn'?t|does not|is) (.+?) (?:not )?"
     r"(?:get|read|fetch|reach|scrape)(?:ing)? (?:its |any |the )?metrics\s*\??,? "
     r"(?:show|list|give|get)(?: me)? (?:its|their|the) events\b",
     r"events of \1"),
    # "count of warnings cluster-wide": in every namespace
    (r"\s*\bcluster-?wide\b(?=\s*[?.!]*$)",
     " in all namespaces"),
    # "newest ns": the one namespace ("ns" says no number)
    (r"^(?:the |which is the |what'?s the )?(newest|oldest|youngest) ns\s*\??$", r"the \1 namespace"),
    (r"^(?:the |which is the |what'?s the )?most recently created (?:ns|namespace)\s*\??$",
     "the newest namespace"),
    # "statefulsets that don't have all their replicas ready": not fully ready
    (r"\b(?:that |which )?(?:don'?t|do not|doesn'?t|does not) have all (?:of )?(?:their|its) "
     r"(?:replicas|pods) (?:ready|up|available)\b", "not fully ready"),
    # "deploy w/ most unavailable pods", "with the most replicas down": the most unavailable replicas
    (r"\b(?:the )?most (?:unavailable (?:pods|replicas)|"
     r"(?:replicas|pods) (?:down|unavailable|missing|not ready))\b", "the most unavailable replicas"),
    # "containers whose last termination was an Error": by their last termination reason
    (r"\blast termination (?:reason )?(?:was|is|were) (?:an? )?", "last termination reason "),
    # "status of the pods that use configmap x", "…, with status": those pods and their status
    (r"^(?:the )?(status|statuses|node|nodes|ip|ips) of (?:the |all )?"
     r"(pods? (?:that|which|using|mounting)\b.+?)\s*\??$", r"\2 and their \1"),
    (r"^(.*\bpods?\b.*?),? with (?:their |the )?(status|node|ip)\s*\??$", r"\1 and their \2"),
    # "why can't controllers create their pods?": their FailedCreate events (about the controllers, not pods)
    (r"\b(controllers?|replica ?sets?|jobs?)\b(.{0,25}?)\bcreate (?:their |the |any |new )?pods\b",
     r"\1\2create"),
    # "what deploy does po x belong to": which one
    (r"^what (deploy\w*|statefulsets?|sts|daemonsets?|ds|jobs?|cron ?jobs?|cj|replica ?sets?|rs) (does|do) ",
     r"which \1 \2 "),
    # "deploys stuck on ImagePullBackOff": those whose pods are in it
    (r"\b(deploy\w*|statefulsets?|sts|daemonsets?|ds) (?:that are |which are )?stuck (?:on|in|with) "
     r"(?=(?:imagepull|errimage|crashloop|containercreating|createcontainer|pending|init:|oomkilled)\w*)",
     r"\1 with pods in "),
    # "deployments stuck in rollout", "stuck rollouts": those not progressing
    (r"\b(deploy\w*) (?:that are |which are |are |is )?stuck "
     r"(?:(?:in|mid)[- ](?:a |their |the )?rollouts?|rolling out)\b",
     r"\1 not progressing"),
    (r"\bstuck rollouts?\b", "deployments not progressing"),
    # "why are the pending pvcs pending? show their events": the events of the ones the question is about
    (r"^\s*why (?:are|is) (?:the |my |our |these |those )?([^?.;]+?)\s*[?.;:,-]+\s*(?:show|list|give|get)"
     r"(?: me)? (?:their|its|the) events\b", r"events for the \1"),
    # "my deployments and how many of their replicas are ready": each one's ready count, not a count of them
    (r"\b(?:,\s*)?(?:and|with) how many (?:of (?:their|its|the) )?(?:replicas|pods) (?:are|is) ready\b",
     " with ready count"),
    # "last time pod x got a backoff": when its events of that reason were last seen
    (r"^\s*(?:the |when was the )?last time (\S+(?: (?:-n|in) \S+)?) (?:got|had|hit|received) "
     r"(?:an? )?(\S+?)\s*[?.]*$",
     r"when did \1 last get a \2 event"),
    # "nodes that host at least one pod of deployment x": those hosting its pods
    (r"\b(?:at least one|one or more) (?:pods?|po) (of|from|belonging to)\b", r"pods \1"),
    # "cronjobs that haven't created any job": those with none
    (r"\b(?:that |which )?(?:haven'?t|have not|hasn'?t|has not|never|didn'?t|did not) (?:ever )?"
     r"(?:created|spawned|made|started|launched|run|ran) (?:any|a single) (jobs?|pods?)\b", r"with no \1"),
    # "configmaps nobody mounts", "count cms nobody uses": those no pod uses
    (r"\b(?:that |which )?(?:nobody|no ?one|no pods?|nothing) (?:mounts?|uses?|references?|consumes?)\b",
     "not used by any pod"),
    # "payments svc ready endpoint counts": each service with its count
    (r"\b(svcs?|services?) (?:with |w/ )?(ready |not ready )?endpoints? counts?\b",
     r"\1 and their \2endpoint counts"),
    # "cordoned node pod count by ns": the pods on those nodes, counted
    (r"\b(cordoned|unschedulable|notready|not[- ]ready|tainted|gpu) nodes? (?:pods?|po) "
     r"(?:count|counts|number)\b",
     r"count of pods on \1 nodes"),
    # "hpa targets with not all replicas ready": the deployments autoscaled, not fully ready
    # (not "hpa targets that don't exist": the autoscalers whose target is gone)
    (r"^(?:which |the |list )?(?:hpa|autoscaler) targets\b(?!.*\b(?:exists?|missing|gone|deleted|dangling)\b)"
     r"(?= (?:with|that|which|whose|where)\b|\s*[?.!]*$)",
     "deployments with an hpa"),
    (r"\b(?:with|that have|having) not all (?:their |the )?(?:replicas|pods) ready\b",
     "that are not fully ready"),
    # "who has * on * cluster-wide?": the cluster role bindings granting it, and to whom
    (r"\*\s+on\s+\*", "* verbs on * resources"),
    (r"^who (?:has|can do|gets?|is granted) (.+?) (?:cluster[- ]wide|in all namespaces)\s*\??$",
     r"which cluster role bindings grant \1, and to whom?"),
    # "count svc with 0 endpoints": those without; "ing backends (svc names)": their backend services
    (r"\bwith (?:0|zero) (?:ready )?endpoints\b", "without endpoints"),
    (r"\b(ing|ingress(?:es)?) backends\b(?:\s*\((?:svc|service)s?(?: names?)?\))?",
     r"\1 and their backend services"),
    # "pv behind kafka-0's pvc (ns data)": the volume of the pod's claim
    (r"\b(?:pvs?|persistent volumes?|volumes?) (?:behind|of|backing|for) ([a-z0-9][\w\-.]*)'s "
     r"(?:pvcs?|claims?)\s*\((?:ns|namespace|in) ([a-z0-9][\w\-]*)\)", r"which pv does pod \1 in \2 use"),
    (r"\b(?:pvs?|persistent volumes?|volumes?) (?:behind|of|backing|for) ([a-z0-9][\w\-.]*)'s "
     r"(?:pvcs?|claims?)\b",
     r"which pv does pod \1 use"),
    # "po with serviceAccountName fluent-bit", "what's running as the fluent-bit sa": by service account
    (r"\bserviceaccountname\b(?:\s*[=:]\s*|\s+(?:is|of)\s+)?", "service account "),
    (r"^(?:what'?s|what is|which pods are|who is|what pods are) running as (?:the )?"
     r"(?:sa |service ?account )?([a-z0-9][\w\-.]*)(?: (?:sa|service ?account))?\b",
     r"pods using service account \1"),
    # "why r the payments pods crashlooping?": "r" for "are"
    (r"^(why|what|which|where|how many) r\b", r"\1 are"),
    # "how many pods are in each namespace that has a resource quota?", "per quota'd ns"
    (r"\b(?:in )?each (?:namespace|ns) (?:that has|with|having) (?:a |any )?(?:resource ?)?quota\b",
     "per namespace in namespaces with a resource quota"),
    (r"\bper quota'?d (?:ns|namespaces?)\b|\bper (?:ns|namespace) with (?:a |any )?(?:resource ?)?quota\b",
     "per namespace in namespaces with a resource quota"),
    # "pods in zone us-east-1b that aren't running": the state said first, as the zone's join reads it
    (r"\b(pods?|po)( in (?:zone |az |the zone )?[a-z]{2}-[a-z]+-\d[a-z]?)(?:,? (?:in )?all namespaces)? "
     r"(?:that|which) (?:are ?n'?t|are not) running\b", r"non-running \1\2"),
    (r"\b(pods?|po) (?:that|which) (?:are ?n'?t|are not) running"
     r"( in (?:zone |az |the zone )?[a-z]{2}-[a-z]+-\d[a-z]?)\b",
     r"non-running \1\2"),
    (r"\b((?:pods?|po) in (?:zone |az |the zone )?[a-z]{2}-[a-z]+-\d[a-z]?),? "
     r"(?:in )?all namespaces\b", r"\1"),
    # "# pods behind deploy storefront": how many
    (r"^#\s*(?:of\s+)?(pods?|po) (?:behind|of|in|for) ", r"number of \1 of "),
    # "AZ spread per deploy in payments": how many zones each one's pods are in
    (r"\b(?:az|zone|availability zone) spread (?:per|of each|by) (?:deploy\w*)\b",
     "how many zones does each deployment have pods in"),
    # "nightly-report cj runs and how they went": that cron job's jobs, with their status
    (r"\b([a-z0-9][\w\-]*) (?:cj|cronjob|cron job) runs\b", r"jobs of cronjob \1"),
    (r"\band how (?:they|it) went\b", "and their status"),
    # "pods that can't be evicted right now because of their PDB": whose budget allows no disruptions
    (r"\b(pods?|po) (?:that )?(?:can'?t|cannot|could not|couldn'?t) be (?:evicted|drained)"
     r"(?: right now| now)?(?: because of| due to)? (?:their|its|a|the) "
     r"(?:pdbs?|pod ?disruption ?budgets?)\b",
     r"\1 whose pdb allows no disruptions"),
    # "when did the BackOff on pod x in payments first happen?": when that event was first seen
    (r"^when did (?:the )?([a-z]+) (?:on|of|for|about) (pod|node) ([a-z0-9][\w\-.]*)(.*?) first "
     r"(?:happen|occur|start|fire|show up)\s*\??$", r"when was the \1 event of \2 \3\4 first seen"),
    # "ev mentioning not found": that phrase, not a negation
    (r"\b(mentioning|mentions?|saying|says?|containing|contains?) not found\b", r"\1 'not found'"),
    # "failed jobs and their warning events": the warning events of the failed jobs
    (r"^(failed|completed|running|pending|crashlooping|evicted) (jobs|pods|pvcs) and their "
     r"(warning )?(?:events|ev)\b",
     r"\3events of \1 \2"),
    # "deploys at 0 ready replicas", "completely down": none ready; "not fully up": not fully ready
    (r"\bat (\d+) ready replicas\b", r"with \1 ready replicas"),
    (r"\b(?:are |is )?complete?ly down\b", "with 0 ready replicas"),
    (r"\bnot (?:fully|all) up\b", "not fully ready"),
    # "nodes low on disk": under disk pressure; "(ScalingActive false)": scaling not active
    (r"\b(?:are |is )?(?:low|short|running low) on disk(?: space)?\b", "under disk pressure"),
    (r"\bscalingactive (?:is )?(?:=\s*)?false\b", "scaling_active false"),
    (r"^(hpas?|(?:horizontal ?pod ?)?autoscalers?) (?:that |which )?(?:can'?t|cannot|couldn'?t) compute "
     r"(?:a |their )?(?:desired )?(?:replica count|replicas)\b(?:\s*\([^)]*\))?",
     r"\1 where scaling is not active"),
    # "which pod has the BackOff event with the highest count?": that event, by its own count
    (r"^(?:which|what) (?:pod|node|object|job|one) has (?:the )?([a-z]+) event with the "
     r"(?:highest|largest|biggest|most|top) count\b", r"the \1 event with the highest count"),
    # "memory requests of the pods in ml": each one's, not their sum (a total is said: "total", "how much")
    (r"^(?:the |show |list )?(cpu|memory|mem) (requests?|limits?) of (?:the |all )?(pods?|po) "
     r"((?:in|on) .+)$",
     r"\3 \4 and their \1 \2"),
    # "which pods are still on recommendation 1.7.3?": those whose image is that version
    (r"\b(?:still )?(?:on|running|using) (?!(?:an?|the|on|in|at|node|host|ip) )([a-z][\w\-]*) "
     r"v?(\d+\.\d+(?:\.\d+)?)\b(?!\.\d)",
     r"with image \1:\2"),
    # "containers up but failing readiness": running, not ready
    (r"\b(containers?) (?:that are )?(?:up|running) but "
     r"(?:failing (?:their )?readiness(?: probes?)?|not ready)\b",
     r"running \1 that are not ready"),
    # "images referenced by sha256": pinned by their digest
    (r"^(?:which |list )?(images?) (?:referenced|referred to|pinned) by (?:sha256|digest)(?: digest)?\b",
     r"\1 pinned by sha256 digest"),
    # "default CPU request and limit": both defaults
    (r"\bdefault (cpu|memory|mem) request ?(?:and|/|\+|&) ?limit\b",
     r"default \1 request and default \1 limit"),
    # "pvc GiB by ns": their storage summed per namespace
    (r"\b(?:pvcs?|claims?) (?:gib|gb) (?:by|per) (?:ns|namespace)\b",
     r"total pvc storage in gib per namespace"),
    # "GiB of persistent volumes bound per namespace", "how many GiB of pvcs per ns": their sizes summed
    (r"^(?:how many |the |total )?(gib|gb|tib|tb) (?:of|in|held by) (?:the |all )?"
     r"(persistent ?volumes?|pvs?)\b(.*?)\s*[?.!]*$", r"total capacity of \2\3 in \1"),
    (r"^(?:how many |the |total )?(gib|gb|tib|tb) (?:of|in|requested by|claimed by|asked for by) "
     r"(?:the |all )?(persistent ?volume ?claims?|pvcs?|claims?)\b(.*?)\s*[?.!]*$",
     r"total storage requested by \2\3 in \1"),
    # "pvc storage per ns": summed, in bytes as the column holds it (no unit said)
    (r"\b(?:pvcs?|claims?) storage (?:by|per) (?:ns|namespace)\b", r"total pvc storage per namespace"),
    # "per-container requests for po x": each container's
    (r"^per-?container (requests|limits) (?:for|of) (?:po|pod) ", r"\1 of each container in pod "),
    # "worker-2 remaining pod slots": how many more pods it can take
    (r"^([a-z0-9][\w\-.]*) (?:remaining|free|spare|available) pod (?:slots|capacity)\s*\??$",
     r"how many more pods can \1 take?"),
    # "po named *fraud*": a glob, the part of the name said
    (r"\bnamed \*([a-z0-9][\w\-.]*)\*", r"whose name contains \1"),
    (r"\bnamed ([a-z0-9][\w\-.]*)\*", r"whose name starts with \1"),
    # "where is pod kafka-0 (ns data) scheduled?": its node; "pod x (ns data)": in that namespace
    (r"\b((?:pod|po) [a-z0-9][\w\-.]*)\s*\((?:ns|namespace|-n) ([a-z0-9][\w\-]*)\)", r"\1 in \2"),
    (r"^where (?:is|does) (?:the )?(?:pod|po) ([a-z0-9][\w\-.]*)( in [a-z0-9][\w\-]*)? "
     r"(?:scheduled|running|run|placed)"
     r"\s*\??$", r"the node of pod \1\2"),
    # "which PVs are kept when their claim is deleted?": those whose reclaim policy is Retain
    (r"\b(?:are |is )?kept (?:when|after|if) (?:their|its|the) (?:claims?|pvcs?) "
     r"(?:is |are |gets |get )?deleted\b",
     "with reclaim policy retain"),
    # "which deployments were created last? top 3": the newest 3
    (r"^(?:which|what) (\w+) (?:were|was) created last\s*\??,?\s*(?:the )?top (\d+)\s*$",
     r"the \2 newest \1"),
    # "rolebindings here -> role": each one's role
    (r"\b((?:cluster ?)?role ?bindings?|rbs?|crbs?)\b(.*?)\s*->\s*(?:their |the )?roles?\s*$",
     r"\1\2 and their role name"),
    # "first deploy created here": the oldest one
    (r"^(?:the |which was the |what was the )?first (\w+) (?:ever )?created\b", r"the oldest \1"),
    # "po -o wide (node)": the pods with that column
    (r"\s+-o wide\s*\((node|ip|nodes|ips)\)", r" and their \1"),
    # "without the completed job pods please" (a follow-up): the rest of them
    (r"^without (?:the )?(completed|failed|pending|running|evicted|succeeded)(?: job)? (?:pods|po|ones)"
     r"(?:,? please|,? pls)?\s*$", r"but not \1"),
    # "mem requests stuck on notready nodes": those of the pods there
    (r"\b(mem(?:ory)?|cpu) requests? (?:stuck |sitting |still )?on "
     r"(notready|not ready|cordoned|unschedulable) nodes\b",
     r"\1 requested by pods on \2 nodes"),
    # blind round 15: "namespaces with warnings", "last seen time of the OOMKilling on worker-8",
    # "went quiet", "never get past container creating", "can't scale any higher", "(running/pending/etc)"
    (r"^(?:which |the )?(?:namespaces|ns) (?:with|that have|having) warnings?(?: events?)?\s*\??$",
     "which namespaces have warning events"),
    (r"^(?:the |when was the )?(last|first) seen(?: time)? of the ([a-z]+) (?:event )?(?:on|of|for) "
     r"(?:node )?([a-z0-9][\w\-.]*)\s*\??$", r"when was the \2 event of node \3 \1 seen"),
    (r"\b(?:went|gone|have gone|has gone) (?:quiet|silent|dark) (?:for )?(?:more than |over )?"
     r"(\d+\+? ?[a-z]+)"
     r"(?: ago)?\b", r"with no heartbeat for over \1"),
    (r"\bnever (?:get|got|gets) past container ?creating\b", "stuck in containercreating"),
    (r"\b(?:can'?t|cannot|could not|couldn'?t) scale (?:any )?(?:higher|further|up any more|up anymore)\b",
     "at max replicas"),
    (r"\s*\((?:[a-z]+ ?/ ?)+(?:etc\.?|[a-z]+)\)", ""),
    (r"\b(containers?) (?:that )?(?:terminated|exited|stopped|finished) (in the (?:last|past) )",
     r"\1 whose finished at is \2"),
    # "sts hit by the node outage": with pods on the NotReady nodes
    (r"\b(sts|statefulsets?|deploy\w*|ds|daemonsets?) (?:hit|affected|impacted|hurt) by (?:the )?(?:node )?"
     r"(?:outage|down node|dead node|notready node)\b", r"\1 with pods on notready nodes"),
    # "how much CPU is requested in each availability zone?": the pods' requests per zone
    (r"\bhow much (cpu|memory|mem) is requested (?:in|per|for|by) each (?:availability )?zone\b",
     r"\1 requests per zone"),
    # "deploy web-bff -n frontend, what nodes?": the nodes its pods run on
    (r"^(deploy(?:ment)?|sts|statefulset|ds|daemonset)[/ ]([a-z0-9][\w\-.]*)"
     r"((?: -n [a-z0-9\-]+| in [a-z0-9\-]+)?)[,:]\s*(?:what|which) nodes\s*\??$",
     r"list the nodes that host the pods of \1 \2\3"),
    # "cj nightly-report -n batch: its jobs and status": the cron job's jobs
    (r"^(?:cj|cronjob|cron job)[/ ]([a-z0-9][\w\-.]*)((?: -n [a-z0-9\-]+)?)[,:]\s*its (jobs|pods)\b",
     r"\3 of cronjob \1\2"),
    (r"\b(?:cj|cronjobs?|cron jobs?) with failed (?:runs|jobs)\b", "cronjobs with failed jobs"),
    # "restarting po here w/ counts": each one's restarts, not how many there are
    (r"\b(restart\w* (?:pods?|po)\b.*?) (?:w/|with|\+|and) (?:their |the )?(?:restart )?counts?\b",
     r"\1 and their restarts"),
    # "fraud-detector (payments) pod warnings": the namespace said in brackets, moved after them
    (r"\b([a-z0-9][\w\-]*) \(([a-z0-9][\w\-]*)\) (pods?|po) (warnings?|warning events|events|ev)\b",
     r"\1 \3 \4 in \2"),
    # "fraud-detector pods warnings": the warnings of those pods
    (r"\b([a-z0-9][\w\-]*) (?:pods?|po) (warnings?|warning events|events|ev)(?=\s*(?:$|[?.!(]|in\b|-n\b))",
     r"\2 of the \1 pods"),
    # "team-b crashloopers", "which AZs": said short
    (r"\bcrash ?loopers\b", "crashlooping pods"),
    (r"\bazs\b", "zones"),
    # "anything stuck creating containers?": pods in ContainerCreating
    (r"^(?:is |are )?(?:anything|anyone|any pods?|what'?s|which pods?(?: are)?|pods?)\s+(?:still\s+)?stuck\s+"
     r"(?:creating|in creating|on creating) (?:their |its )?containers?\b", "pods in containercreating"),
    # "LoadBalancer services still waiting for an external IP": whose external ip is pending
    (r"\b(?:(?:that are|which are) )?(?:still )?(?:waiting|pending) (?:for|on) (?:an? |their |its )?"
     r"(?:external|public) ip(?: address)?\b", "whose external ip is pending"),
    # "pods still waiting for an ip": none given yet
    (r"\b(?:(?:that are|which are) )?(?:still )?(?:waiting|pending) (?:for|on) (?:an? |their |its )?"
     r"(?:pod )?ip(?: address)?\b", "without an ip"),
    # "describe no worker-4 events": kubectl's short name for a node
    (r"\b(describe|get|show) no\b(?= [a-z0-9][\w\-.]*\d)", r"\1 node"),
    (r"(?<![\w\-/])no/(?=[a-z0-9][\w\-.]*\d\b)", "node "),  # "events on no/worker-4": kubectl's type/name
    # "longest running job by duration": the one that ran longest (duration is how "running" is measured)
    (r"\b(longest[- ]running \w+) by (?:its |their )?duration\b", r"\1"),
    # "jobs that have taken longer than 10 minutes": that ran longer
    (r"\b(?:have |has |had )?taken (?:longer|more) than\b", "ran longer than"),
    (r"\b(?:ran|run|runs) for (?:longer|more) than\b", "ran longer than"),
    # "svc with unready backends": endpoints not ready
    (r"\bunready (?:backends?|endpoints?|addresses)\b", "not ready endpoints"),
    # "which kube-system pods have been around longest? top 5": the 5 oldest
    (r"^which ([\w\-]+ )?(\w+) have been around (?:the )?longest\s*\??,?\s*top (\d+)\s*$",
     r"top \3 oldest \1\2"),
    # "which HPA allows the most replicas?": the highest max replicas
    (r"\b(?:allows?|permits?|can scale to) the most replicas\b", "has the highest max replicas"),
    # "quota usage over 60%?": the quotas so used
    (r"^(?:resource ?)?quotas? usage (over|above|more than|greater than|>)\s*", r"quotas with usage \1 "),
    # "containers with no cpu or memory requests": without requests
    (r"\b(?:with no|without|w/o) (?:cpu (?:or|and|/) (?:memory|mem) |any )requests\b", "without requests"),
    # "which nodes were drained?": those cordoned (a drain cordons first)
    (r"\b(nodes?)\b(.*?)\b(?:were|are|got|have been|has been|is|was) drained\b", r"\1\2are cordoned"),
    # "secrets that contain docker registry credentials": of the registry-credential type
    (r"\b(?:contain(?:s|ing)?|include[sd]?|including) (?:docker )?(registry credentials?)\b", r"hold \1"),
    (r"\bdocker (registry credentials?)\b", r"\1"),
    # "pods with a container restart in the past 60 min": restarted then
    (r"\bwith an? (?:container )?restart (in|within|during) the (last|past)\b", r"restarted \1 the \2"),
    # "nodes that have stopped sending heartbeats (nothing for 2+ minutes)": no heartbeat for that long
    (r"\b(?:that )?(?:have |has )?stopped (?:sending|reporting) heartbeats?\s*\((?:nothing|none) for "
     r"(?:over |more than )?(\d+)\+? ?([a-z]+)\)", r"with no heartbeat for over \1 \2"),
    # "… (ns payments)": the namespace, said aside
    (r"\s*\((?:ns|namespace|in|-n) ([a-z0-9][a-z0-9\-]*)\)(?=\s*[?.!]*$)", r" in \1"),
    # "who has cluster-admin? (bindings and subjects)": what a binding shows anyway, said aside
    (r"\s*\((?:the )?(?:bindings?|subjects?|names?)"
     r"(?:(?:,| and| \+| &) (?:the |their )?(?:bindings?|subjects?|names?))*\)", ""),
    # "how many times has pod x backed off?": its BackOff events, repeats counted
    (r"^how many times (?:has|did|have) (?:the )?(pod|po) ([a-z0-9][\w\-.]*)(.*?) back(?:ed)?[ -]?off\s*\??$",
     r"backoff count for pod \2\3"),
    # "what defaults do the limit ranges set?": the default limits they give
    (r"^(?:what|which) defaults do (?:the )?(limit ?ranges?|limitranges?)(?: set| give| apply| have)?\b",
     r"\1 default limits"),
    # "is any node running out of process IDs?": under PID pressure; "running out of disk": disk pressure
    (r"\b(?:running|run|ran) (?:out|low) (?:of|on) (?:process ids|pids?|process id space)\b",
     "under pid pressure"),
    (r"\b(?:running|run|ran) (?:out|low) (?:of|on) disk(?: space)?\b", "under disk pressure"),
    # "new pods in frontend, past quarter hour": fifteen minutes
    (r"\b(?:in |within |during |over )?(?:the )?(?:past|last) (?:quarter hour|quarter of an hour)\b",
     "in the last 15 minutes"),
    (r"\b(?:in |within )(?:the )?(?:past |last )?half (?:an )?hour\b", "in the last 30 minutes"),
    # "deploy READY short", "deploys that aren't at full strength": fewer ready than wanted
    (r"\bready short\b|\b(?:that )?(?:are ?n'?t|are not|not) (?:at|running at) full (?:strength|capacity)\b"
     r"|\b(?:that )?(?:have |with )?fewer ready (?:pods|replicas) than (?:they want|wanted|desired|expected|"
     r"specified|asked)\b", "not fully ready"),
    # "which 3 autoscalers can scale the highest?": by their max replicas
    (r"\bcan scale (?:up )?(?:the )?(?:highest|furthest|most|largest|biggest|highest up)\b",
     "with the highest max replicas"),
    # "which deployment has been rolled out the most times": the highest revision
    (r"\b(?:been )?rolled out the most(?: times| often)?\b|\b(?:with )?the most rollouts\b",
     "with the highest rollout revision"),
    # "which nodes are my pods running on?": the nodes that host them, each once
    (r"^(which|what) nodes? (?:are|is|do|does) ((?:the |my |our |all )?(?:[\w\-]+ ){0,2}?(?:pods?|po))"
     r" (?:running|run|sitting|scheduled|placed) on\b", r"\1 nodes host \2"),
    # "whose pod range is 10.112.7.0/24": the node with that pod CIDR
    (r"^(?:which node |what node )?whose pod (?:ip )?(?:range|cidr|subnet) is\b", "node with pod cidr"),
    (r"\bpod (?:ip )?(?:range|subnet)s?\b", "pod cidr"),
    # "loadbalancers without an address yet": still waiting for their external IP
    (r"\b(load ?balancers?|lbs?|(?:loadbalancer )?(?:svcs?|services?))\b(.*?)\b(?:without|with no|lacking"
     r"|missing|"
     r"(?:that )?(?:don'?t|do not|haven'?t|have not) (?:have|got|gotten|received)) (?:an? |their )?"
     r"(?:external )?(?:ip|address|ip address)(?:es)?(?: yet| assigned)?\b",
     r"\1\2 with a pending external ip"),
    # "which ingress routes traffic to the web-bff service?": the ingresses pointing at it
    (r"^(which|what) (ingress(?:es)?|ing) (?:routes?|sends?|forwards?|directs?|points?) (?:traffic )?(?:to"
     r"|at) "
     r"(?:the )?(?:service |svc )?"
     r"(?!pods?\b|po\b|nodes?\b|services?\b|svcs?\b|an?\b|any\b|some\b|backends?\b)"
     r"([a-z0-9][\w\-]*)(?: service| svc)?\b",
     r"\1 \2 pointing at service \3"),
    # "jobs that give up after fewer than 3 retries": their backoff limit
    (r"\b(?:that |which )?gives? up after (fewer than|less than|under|more than|over|at most|at least) (\d+) "
     r"(?:retries|tries|attempts|failures)\b", r"with backoff limit \1 \2"),
    # "bootstrap token secrets": of that secret type
    (r"\bbootstrap[- ]tokens?(?: secrets?)?\b", "secrets of type bootstrap.kubernetes.io/token"),
    # "netpols that cover outbound traffic": those with an Egress policy type (inbound: Ingress)
    (r"\b(?:that |which )?(?:cover|control|restrict|govern|apply to|handle|limit)s? (?:the )?(?:outbound"
     r"|outgoing|egress)"
     r" (?:traffic|trafic|connections)\b|\bwith (?:egress rules|outbound rules)\b",
     "with policy type egress"),
    (r"\b(?:that |which )?(?:cover|control|restrict|govern|apply to|handle|limit)s? (?:the )?(?:inbound"
     r"|incoming)"
     r" (?:traffic|trafic|connections)\b|\bwith (?:ingress rules|inbound rules)\b",
     "with policy type ingress"),
    # "frontend pods failing readiness": pods not ready
    (r"\b(pods?|po) (?:that are |which are )?failing (?:their )?readiness(?: probes?| checks?)?\b",
     r"\1 not ready"),
    # "hpas running above their cpu target", "hpa cpu current > target": current utilisation over the target
    (r"\b(?:(?:that are |which are )?(?:running|currently|sitting) )?(?:above|over|exceeding|past|beyond) "
     r"(?:their |its |the )?(?:cpu )?(?:utili[sz]ation )?targets?\b|\bcpu current ?> ?(?:cpu )?target\b"
     r"|\b(?:where |whose )?current cpu ?(?:%|percent)? ?> ?(?:cpu )?target ?(?:%|percent)?",
     "whose current cpu is above the cpu target"),
    # "priority classes that never preempt other pods": their preemption policy
    (r"\b(?:that |which )?(?:never|don'?t|do not|can'?t|cannot) preempt(?: other| lower[- ]priority)?(?:"
     r" pods)?\b",
     "with preemption policy never"),
    # "jobs that weren't created by a cronjob": not owned by one
    (r"\b(?:that |which )?(?:were ?n'?t|were not|was ?n'?t|was not|are ?n'?t|are not|not) (?:created|spawned"
     r"|started|"
     r"launched|made|owned|managed) by (?:a |any )?(cronjobs?|cron jobs?|cj)\b", r"not owned by a \1"),
    # "crashloopbackoff po -> their Warning ev", "sts/cassandra -n team-b: Warning ev on its po": the events
    # of those pods
    (r"^([\w\- ]+?) (?:po|pods) ?-> ?(?:their|its) (warning |warn )?(?:ev|events)\b",
     r"\2events for \1 pods"),
    (r"^((?:sts|statefulset|deploy|deployment|ds|daemonset|job|rs)/[\w\-]+(?: -n [\w\-]+)?)\s*[:,]\s*"
     r"(warning |warn )?(?:ev|events) (?:on|for|of|about) (?:its|their) (?:po|pods)\b",
     r"\2events for the pods of \1"),
    # "po in Error -> owning job + job status": the job itself shown, as "-> job" shows it
    (r"-> ?(?:(?:their|its|the) )?(?:owning |parent |owner )?(jobs?|cronjobs?|deployments?|deploys?|"
     r"statefulsets?|sts|replicasets?|rs|daemonsets?|ds|nodes?|no)\b(?! (?:ev|events?|warnings?)\b)",
     r"-> \1"),
    # "which deployments in ml have pending pods, and how many?": the pods counted per owner, not the owners
    # listed
    (r"^(?:which|what) (deployment|deploy|node|namespace|statefulset|daemonset|job|service)s?"
     r"((?: in| -n) [\w\-]+)? "
     r"(?:have|has|with|running|that have) ([^,]*\b(?:pods?|po)\b[^,]*?)\s*(?:,\s*)?(?:and|&|\+|-) "
     r"(?:how many|count)(?: (?:of them|each|per \w+))?\W*$", r"how many \3 per \1\2"),
    # "unready kafka po -> pvc + status": the status of the kind the arrow leads to
    (r"-> ?(pvcs?|claims?|jobs?|nodes?|no|deploy\w*|sts|statefulsets?|replicasets?|rs|services?|svc) ?\+ ?"
     r"(status|phase|age|capacity)\b", r"-> \1 + \1 \2"),
    # "any pods on the cordoned node throwing warnings? show the pod and the reason": those pods' warning
    # events (the pods alone when no reason or message is asked)
    (r"^(?=.*\b(?:reasons?|messages?|msgs?)\b)(?:are there |do |does )?(?:any |which |what )?(?:pods?|po) "
     r"((?:on|in|of|from) .+?) (?:throwing|raising|emitting|getting|producing|reporting|having|have|has|"
     r"with) (?:any )?(warnings|warning events)\b", r"warning events for pods \1"),
    # "for every job that failed, list the nodes its pods ran on": those jobs and their pods' nodes
    (r"^for (?:every|each|all) (jobs?|deployments?|statefulsets?|daemonsets?)(?: that| which)? (\w+),? "
     r"(?:list|show|give(?: me)?|what are) (?:the )?(nodes?) (?:its|their) (?:pods?|po) "
     r"(ran|run|are running|were running) on\W*$",
     r"\2 \1 and the \3 their pods \4 on"),
    # "give each pod, its job and the job status": the pod, with its job
    (r"\b(pods?|po),\s+(its|their) (pvcs?|claims?|jobs?|nodes?|deployments?|deploys?|services?|svcs?|"
     r"replicasets?|statefulsets?|cronjobs?) and\b", r"\1 with \2 \3 and"),
    # "pods with their job and its status": the job's status, not the pods'
    (r"\b(with|and|plus) (their|its|the) (?:bound |current |own )?"
     r"(pvcs?|claims?|jobs?|nodes?|deployments?|deploys?|services?|"
     r"svcs?|replicasets?|statefulsets?|cronjobs?|namespaces?|pvs?|volumes?|ingress(?:es)?|hpas?) "
     r"and (?:its|their) ([a-z]+)\b",
     r"\1 \2 \3 and the \3 \4"),
    # "hpas that can't scale because ScalingActive is false": the condition said is the cause, no other
    (r"\b(?:that |which )?(?:can'?t|cannot|can not|are unable to|unable to) scale,? (?:because|since|as) "
     r"(?:their |its )?(\w+) (?:condition )?(?:is )?(false|true)\b", r"with \1 \2"),
    # "pods sitting in availability zone us-east-1c": the zone named
    (r"\b(?:sitting|living|placed|located) in (?:the )?(?:availability |availibility )?zone\b", "in zone"),
    (r"\b(?:availability|availibility) zone (?=[a-z]{2}-[a-z]+-\d[a-z]?\b)", "zone "),
    # "which pvc does the not-ready kafka pod in data use, and is it bound?": each pod's claim and its status
    (r"^(?:which|what) (pvcs?|claims?) (?:does|do) (?:the )?(.+?\b(?:pods?|po)\b(?: in [\w\-]+)?) "
     r"(?:use|mount|have),? and (?:is it|are they|is that|whether it'?s|whether they'?re) "
     r"(?:bound|pending|lost)\W*$", r"\2 -> \1 + \1 status"),
    # "deployments where every pod is crashlooping": their pods all so
    (r"\b(?:where|in which|with which) (?:every|each|all(?: the| of the| of their| their)?) (?:pods?|po)"
     r" (?:is|are) ",
     "whose pods are all "),
    # "sts -> # of AZs its po are in": each one's zones
    # ("payments deploys: # of distinct AZs their po are in": in that namespace)
    (r"^([a-z0-9][\w\-]* )?(sts|statefulsets?|deploy\w*|ds|daemonsets?) ?(?:->|:) ?(?:#|number|count) of "
     r"(?:distinct |different )?(?:availabi\w* )?(?:zones|azs) (?:its|their) (?:pods|po) (?:are|run|live) "
     r"(?:in|on|across)\W*$",
     r"how many zones are the pods of each \2 \1in"),
    # "what namespaces are running something on a control plane node?": pods, whatever they run
    (r"\b(running|run|runs|have|has) (?:something|anything|stuff|workloads?) (on|in)\b", r"\1 pods \2"),
    # "which rollout revision are the crashlooping pods on?": their replica set's revision
    (r"^(?:which|what) (?:rollout |deployment |replica ?set |rs )?revisions? (?:are|is) "
     r"((?:the )?.+? (?:pods|po)) (?:on|at|running|from)\W*$", r"\1 with their replicaset revision"),
    # "jobs created by cron jobs in the last 12 hours", "cj-spawned jobs", "which jobs did our cronjobs kick
    # off": jobs of that owner kind, the window on the jobs themselves
    (r"\b(jobs?) (?:that |which )?(?:were |was )?(?:created|spawned|started|launched|triggered|kicked off|"
     r"fired) by (?:our |the |a |any )?(?:cron ?jobs?|cjs?)\b(?!/)", r"\1 owned by a cronjob"),
    (r"\b(?:cron ?jobs?|cjs?)-(?:spawned|created|started|launched|triggered) (jobs?)\b",
     r"\1 owned by a cronjob"),
    (r"^(which|what) (jobs?) (?:did|do|have) (?:our |the )?(?:cron ?jobs?|cjs?) (?:kick(?:ed)? off|spawn|"
     r"create|start|launch|trigger|fire)\b", r"\2 owned by a cronjob"),
    # "which namespaces have a team label, and what team?": each with that label's value
    (r"^(?:which|what) (namespaces|ns|nodes|pods|deployments) (?:have|has|carry|carries) (?:an? |the )?"
     r"([a-z][\w./\-]*)"
     r" label,? (?:and|\+) (?:what|which) (?:\2|value)\??$", r"\1 and their \2 label, each that has one"),
    # "total allocatable GiB across the m5 nodes": the memory, in GiB
    (r"\b(total|sum of|combined) allocatable (gib|gb|gi)\b", r"\1 allocatable memory in \2"),
    # "nodes where pods request more memory than the node can allocate": overcommitted
    (r"^(?:which |list |the )?nodes? (?:where|whose) (?:the )?pods (?:request|ask for) more (memory|mem|cpu)"
     r" than "
     r"(?:the node|it|they) (?:can )?(?:allocate|has|have|offers?)\b", r"\1 overcommitted nodes"),
    # "pods that aren't Running or Completed", "neither Running nor Completed": in neither state
    (r"\b(?:that |which )?(?:are ?n'?t|are not|is ?n'?t|is not) (?=[a-z\-]+ (?:or|nor) [a-z\-]+\b)", "not "),
    (r"\bneither ([a-z\-]+) nor ([a-z\-]+)\b", r"not \1 and not \2"),
    # "resource requests of pods in ml": both resources', as "cpu and memory requests" says (not "no
    # resource requests": neither set, read as it is)
    # "pods with resource requests and limits": some request set and some limit set
    (r"\b(with|have|has|having)\s+(?:the\s+|their\s+)?(?:resource\s+)?(requests)\s+(?:and|&|\+)\s+(limits)\b",
     r"\1 \2 and with \3"),
    # "pods with resource limits (set)": any limit set, as "pods with limits" reads
    (r"\b(with|have|has|having)\s+(?:the\s+|their\s+)?resource\s+(limits|requests)\b", r"\1 \2"),
    # "pods with cpu and memory limits": both set
    (r"\b(with|have|has|having)\s+(?:both\s+)?(?:the\s+)?cpu\s+(?:limits?\s+|requests?\s+)?(?:and|&|\+)\s+"
     r"(?:the\s+)?mem(?:ory)?\s+(limits?|requests?)(?:\s+set)?\b", r"\1 cpu \2 and with memory \2"),
    (r"(?<!\bno )(?<!\bwithout )(?<!\bmissing )(?<!\blacking )(?<!\bw/o )(?<!\bany )"
     r"\bresource (requests|limits)\b", r"cpu and memory \1"),
    # "the status of my deployments", "deployment status in checkout": kubectl shows no STATUS for a
    # workload; its READY ("2/3") is how each one stands
    (r"^\W*(?:what(?:'s| is| are)\s+|show(?: me)?\s+|get\s+)?(?:the\s+)?status(?:es)? of (?:the |my |all )?"
     # (not one named: "status of deployment checkout-api" is that one's)
     r"(deployments?|deploys?|stateful ?sets?|sts|replica ?sets?|rs)\b(?!\s+[a-z0-9][\w\-.]*\s*[?.!]*$)",
     r"\1 and their ready"),
    (r"^\W*(?:the |my )?(deployments?|deploys?|stateful ?sets?|sts) status(?:es)?\b", r"\1 and their ready"),
    # "pods with a deletion timestamp": being deleted
    (r"\b(?:with|having|that have|that has|which have) (?:a |the )?deletion ?timestamps?(?: set)?\b",
     "being deleted"),
    # "which hpas scale on cpu?": those with a cpu target
    (r"\b(hpas?|autoscalers?) (?:that |which )?(?:scale|scales|scaling|targeting) (?:on|by|based on|with) "
     r"cpu\b",
     r"\1 with a cpu target"),
    # "print the data of configmap x", "display the pods": shown, as "show" says
    # (not a secret's, an env var's or a log's: "print the private key of …" is declined as said)
    (r"^\W*(?:print|display|output)(?: out)?\b"
     r"(?!.*\b(?:secrets?|keys?|passwords?|tokens?|credentials?|certs?|certificates?|env|environment|"
     r"variables?|vars?|values?|logs?)\b)", "show"),
    # "containers limited to 2 cpus", "pods limited to 512Mi": that limit
    (r"\blimited to (\d+(?:\.\d+)?m?) ?(?:cpus?|cores?|vcpus?)\b", r"with a cpu limit of \1"),
    (r"\blimited to (\d+(?:\.\d+)?) ?(gi|gib|mi|mib|gb|mb|g|m)\b(?: (?:of )?(?:memory|mem|ram))?",
     r"with a memory limit of \1\2"),
    # "pods created this morning": today's, as "today" reads
    (r"\b(?:this|earlier this) (?:morning|afternoon|evening)\b", "today"),
    # "recent restarts in my namespace": the pods that restarted recently
    (r"^\W*(?:(?:any|the|show|list)\s+)?(?:recent|latest) (?:pod )?restarts\b",
     "pods that restarted recently"),
    # "which reasons show up in warnings most?": most often there, said in the order read
    (r"\b(show up|appear|occur|happen|come up)(s?) (in [a-z ]+?) (?:the )?most(?: often)?(?=\W*$)",
     r"\1\2 most often \3"),
    # "nodes not ready or schedulable": neither, so not ready and cordoned
    (r"\bnot (?:ready(?:,? or|,? nor| and not) schedulable|schedulable(?:,? or|,? nor| and not) ready)\b",
     "not ready and unschedulable"),
    # "not running or pending", "not running and not pending": in neither state, said as "not pending or
    # running" (a lone "not running" is read before the words after it)
    (r"\bnot running(?:,? or|,? nor| and not) (?:not )?(?!(?:in|on|at|the|a|an|and|yet|completed)\b)"
     r"([a-z][a-z\-]*)\b", r"not \1 or running"),
    # "only the autoscaled ones", "autoscaled deployments": those an hpa scales
    (r"\bthe autoscaled ones\b", "those with an hpa"),
    (r"\bautoscaled (deployments?|deploys?|stateful ?sets?|sts|replica ?sets?)\b", r"\1 with an hpa"),
    # "pdbs that would block a node drain": those allowing no disruption now
    (r"\b(?:that |which )?(?:would |could |will )?(?:block|prevent|stop|hold up) (?:a |any )?(?:node"
     r" )?drains?\b",
     "with no disruptions allowed"),
    # "hpa by cpu % desc", "how hot their cpu is running (current %)": the utilisation they last read
    (r"\b(hpas?|autoscalers?)\b(.*?)\bby (?:cpu|current) ?%", r"\1\2by current cpu utilization"),
    (r"\bhow hot (?:their |its )?cpu is(?: running)?(?:\s*\(current %\))?", "current cpu utilization"),
    # "static pods", "mirror pods": those the kubelet runs from its manifests, owned by the node
    (r"\b(?:static|mirror) (pods?|po)\b(?:\s*\((?:owned|run|created) by the (?:node|kubelet)(?: itself)?\))?",
     r"\1 owned by a node"),
    # "pods that tolerate every taint", "a blanket toleration": the toleration of everything ('*')
    (r"\b(?:that |which )?tolerat(?:e|es|ing) (?:every|all|any)(?: the)? taints?\b"
     r"|\bwith (?:a |an )?(?:blanket|catch-all|wildcard) toleration\b(?:\s*\([^)]*\))?",
     "with toleration '*'"),
    # "pods with PodScheduled=False": not scheduled
    (r"\b(?:with |whose )?podscheduled\s*(?:=|is|condition is)?\s*false\b", "not scheduled"),
    # "which jobs are still running, and how many pods does each have active?": their active count
    (r"\b(?:and )?how many (?:active )?pods does each(?: one)? have(?: active| running)?\b|\(how many active"
     r" pods\??\)",
     "and their active pods"),
    # "jobs in progress": running
    (r"\b(jobs?)\s+(?:that are |which are |still )?in progress\b", r"running \1"),
    # "any quota > 60 percent utilized": its highest use, in percent
    (r"\b(\d+) ?(?:percent|%) (?:utili[sz]ed|used|full)\b", r"\1 percent used"),
    # "hpa here, min/max pods": both bounds
    (r"\bmin ?/ ?max (pods|replicas)\b", r"min \1 and max \1"),
    (r"\b(hpa|autoscaler) min ?/ ?max\b", r"\1 min and max"),
    # "when do my cron jobs run?": their schedules
    (r"^when do (?:my |the |our |all (?:the )?)?(cron ?jobs?|cjs?)\b(.*?) run\s*\??$",
     r"\1\2 and their schedule"),
    # "what warnings are the storefront pods getting", "storefront deploy pods: any warnings?": their events
    (r"^(?:what|which|any) (warnings?|warning events|events) (?:are|is) (?:the )?([a-z0-9][\w\-]*) (pods?"
     r"|po) "
     r"(?:getting|seeing|having|hitting|throwing|raising)\b(.*)$", r"\1 for the \2 \3\4"),
    (r"^(?:deploy/|deployment/|sts/|ds/)?([a-z0-9][\w\-]*)(?: (deploy(?:ment)?|sts|statefulset|ds"
     r"|daemonset))? "
     r"(pods?|po)\s*:\s*any (warnings?|warning events|events)\??(.*)$", r"\4 for the \1 \2 \3\5"),
    # "which endpoints have not-ready addresses": the Endpoints objects, not their endpoints column
    (r"^(which|what|list|show(?: me)?|the|any) endpoints\b(?! (?:do|does|are|is) )", r"\1 ep"),
    # "storage classes that wait for a pod before binding volumes": WaitForFirstConsumer
    (r"\b(?:that |which )?waits? for (?:a |the first )?(?:pod|consumer)(?: to be scheduled)?"
     r"(?: before binding(?: (?:volumes|the volume|pvs))?)?\b",
     "with volume binding mode waitforfirstconsumer"),
    # "sticky-session services (client ip affinity)": session affinity ClientIP
    (r"\bsticky[- ]sessions?(?: (svcs?|services?))?(?:\s*\((?:client ?ip )?affinity\))?"
     r"|\b(svcs?|services?) with (?:client ?ip|sticky) (?:session )?affinity\b",
     r"\1\2 with session affinity clientip"),
    # "services with session affinity": ClientIP, the one value that sets it; "without" any: None
    (r"\b(svcs?|services?) (?:with|using|that use|having) session affinity\b"
     r"(?!\s*(?:set to|=|:|of|none|clientip|client ip)\b)", r"\1 with session affinity clientip"),
    (r"\b(svcs?|services?) (?:without|with no|that don't use|not using) session affinity\b",
     r"\1 with session affinity none"),
    # "are any cron jobs running a job right now?": with an active job
    (r"\b(cron ?jobs?|cjs?) (?:that are |currently )?running (?:a |any )?jobs?(?: right now| now|"
     r" currently)?\b",
     r"\1 with active jobs"),
    # "running but ready=false containers": running, not ready
    (r"\brunning but (?:ready\s*=\s*false|not ready|unready) (containers?|ctrs?)\b",
     r"running \1 that are not ready"),
    # "autoscalers that target more than 65% CPU utilization": their cpu target
    (r"\b(?:that |which )?targets? (?:more than|over|above|greater than) (\d+) ?(?:%|percent)(?: of)? cpu"
     r"(?: utili[sz]ation)?\b", r"with cpu target > \1"),
    (r"\b(?:that |which )?targets? (?:less than|under|below|lower than) (\d+) ?(?:%|percent)(?: of)? cpu"
     r"(?: utili[sz]ation)?\b", r"with cpu target < \1"),
    # "in the past half year": six months
    (r"\bhalf(?: a)? year\b", "6 months"),
    # "limitrange defaultRequest (cpu, memory)": both default requests
    (r"\bdefault ?requests? \(?(?:cpu|cpus),? ?(?:and |&|\+|/)? ?(?:memory|mem)\)?",
     "default cpu request and default memory request"),
    (r"\bdefault ?limits? \(?(?:cpu|cpus),? ?(?:and |&|\+|/)? ?(?:memory|mem)\)?",
     "default cpu limit and default memory limit"),
    # "empty endpointslices", "endpoint slices with no endpoints at all": none in them
    (r"\bempty (endpoint ?slices?)\b", r"\1 with endpoint count 0"),
    (r"\b(endpoint ?slices?)(?: that| which)? (?:with|have|has|having) (?:no|zero|0) endpoints(?: at all)?\b",
     r"\1 with endpoint count 0"),
    # "pods somebody created by hand (no owner)": no controller owns them
    (r"\b(?:that )?(?:somebody|someone|people|a user|users?|we) (?:created|made|started|ran) by hand\b"
     r"(?:\s*\(no owner\))?|\b(?:created|made|started) (?:by hand|manually)\b(?:\s*\(no owner\))?",
     "with no owner"),
    # "pod count by status.phase": the phase
    (r"\bstatus\.phase\b(?!\s*!?=)", "phase"),
    # "containers that exited non zero": a non-zero exit code
    (r"\b(?:that |which )?exited (?:with )?(?:a )?non[- ]?zero(?: exit code| code)?\b",
     "whose exit code is not 0"),
    # "secrets containing DATABASE_URL": a key of theirs, by its name
    (r"^(\W*(?:which |what |list |the |any )?(?:secrets?|configmaps?|cms?) (?:that |which )?)contain(?:s"
     r"|ing)? "
     r"([a-z0-9]+_[a-z0-9_]+)\b", r"\1with key \2"),
    # "what hostnames do my ingresses serve?": their hosts
    (r"^what (?:host ?names?|hosts|domains) (?:do|does) ((?:my |the |our |all )?(?:ingress(?:es)?|ing))(.*?) "
     # "serv(?:e)": spelt so that "serve" does not become a word read elsewhere ("pods serve x" stays unread)
     r"(?:serv(?:e)|handle|route|answer)\s*\??$", r"\1\2 and their hosts"),
    # "jobs with spec.suspend=true": the field, without its path
    (r"\bspec\.(?=[a-z]+\s*[=:])", ""),
    # "released pvs and the claim they belonged to", "released pv + old claim": each one's claim
    (r"^(.*\b(?:pvs?|persistent ?volumes?)\b.*?)(?:,\s*|\s+)(?:and|\+|with)\s*(?:the |their |its )?"
     r"(?:old |former |previous )?claims?(?: (?:they|it) (?:belonged|belongs|were bound|was bound) to)?"
     r"\s*(?=[?.!]*$)", r"\1 and their claim"),
    (r"^(.*\b(?:pvs?|persistent ?volumes?)\b.*?)[?.]?\s*show the (?:old |former |previous )?claims?"
     r"\s*[?.!]*$",
     r"\1 and their claim"),
    # "how much CPU do the pods of deployment x request in total?": that workload's pods, summed
    (r"^(?:how much (cpu|memory|mem)|how many (cores)) do(?:es)? (?:the |all )?pods of (?:the )?"
     r"(deployment|deploy|statefulset|sts|daemonset|ds) ([a-z0-9][\w\-]*)(.*?) (?:request|ask for)(?: in"
     r" total)?"
     r"\s*[?.!]*$", r"total \1\2 requests of \3/\4\5"),
    (r"^(?:the )?total (cpu|memory|mem) (?:requested|asked for) by (?:the |all )?pods of (?:the )?"
     r"(deployment|deploy|statefulset|sts|daemonset|ds) ([a-z0-9][\w\-]*)(.*)$",
     r"total \1 requests of \2/\3\4"),
    # "namespaces with nothing running in them": without pods
    (r"\b(namespaces?|ns) (?:with|that have|having) nothing (?:running|deployed|scheduled)(?: in "
     r"(?:them|it))?\b",
     r"\1 without pods"),
    # "containers that don't declare any ports": without ports
    (r"\b(?:that |which )?(?:do|does)(?:n't| not) (?:declare|define|expose|set|specify|list) (?:any )?"
     r"(ports|container ?ports)\b", r"without \1"),
    (r"\bhave no containerports\b", "without ports"),
    # "last 5 pods to restart": the ones that restarted most recently
    (r"^(?:the )?last (\d+) (pods?|po|containers?) to (?:restart|crash)\b",
     r"the \1 \2 that restarted most recently"),
    # "…restarted most recently, and when?": when they did
    (r"\b(restarted most recently),? (?:and when|\+ (?:the )?time of (?:the|their|its) restarts?)\s*\??$",
     r"\1 and their last restart time"),
    # "which zones do the nodes span": the zones they are in
    (r"^(what|which) (?:aws |gcp |azure |cloud )?(regions?|zones?) do (?:the |our )?nodes "
     r"(?:span|cover|use)\b", r"\1 \2 are the nodes in"),
    # "which pod has been stuck Pending the longest?", "longest waiting pending pod": the oldest one in it
    (r"^\W*(?:which|what) (pods?|po|pvcs?|jobs?) (?:has|have) been "
     r"(?:stuck |waiting |sitting |left )?(?:in )?"
     r"(pending|unscheduled|not ready|crashlooping|unbound|running)(?: state| status)? (?:the )?longest\b",
     r"the oldest \2 \1"),
    (r"\b(?:the )?longest[- ](?:waiting|stuck|pending) (pending|unscheduled|unbound) (pods?|po|pvcs?)\b",
     r"the oldest \1 \2"),
    (r"\b(?:the )?longest[- ](?:waiting|stuck|pending) (pods?|po)\b", r"the oldest pending \1"),
    # "the pod stuck pending longest", "the pod that has been pending the longest"
    (r"^\W*(?:the |which )?(pods?|po|pvcs?|jobs?) (?:that (?:has|have) been |(?:has|have) been )?"
     r"(?:stuck |waiting |sitting |left )?(?:in )?(pending|unscheduled|unbound)(?: state| status)? "
     r"(?:the )?longest\b",
     r"the oldest \2 \1"),
    # "containers that set no cpu or memory requests at all", "missing both cpu and mem limits": neither
    (r"\b(?:that |which )?(?:set|sets|have|has|with|declare|declares|specify|specifies) no "
     r"(?:cpu (?:or|nor|and) (?:memory|mem)|(?:memory|mem) (?:or|nor|and) cpu) (requests?|limits?)"
     r"(?: at all)?\b",
     r"with no \1"),
    (r"\b(?:that are |which are )?(?:missing|lacking|without) both "
     r"(?:cpu and (?:memory|mem)|(?:memory|mem) and cpu) "
     r"(requests?|limits?)\b", r"with no \1"),
    # "images + how many containers use each": the plus said as "and"
    (r"\s\+\s*(how many|count of|number of)\b", r" and \1"),
    # "which SA are the pods in this namespace using?": each pod with its service account
    (r"^\W*(?:which|what) (?:sas?|service ?accounts?) (?:are|is|do|does) (?:the |my |our )?(pods|po)\b(.*?) "
     r"(?:using|use|running as|run as|running under|run under)\W*$", r"the service account of each pod\2"),
    # "pods behind multiple services", "nodes with several taints": more than one of them
    (r"\b(?:multiple|several)\s+(?=[a-z][\w\-]*s\b)", "more than one "),
    # "pods that several services route to", "pods routed to by 2+ svc": the pods behind them
    (r"\b(pods|po) (?:that|which) (more than one|no|any|\d+\+?) (services?|svcs?) "
     r"(?:routes?|sends? traffic|points?) to\b", r"\1 behind \2 \3"),
    (r"\b(pods|po) (?:that are )?routed to by (more than one|no|any|\d+\+?) (services?|svcs?)\b",
     r"\1 behind \2 \3"),
    # "top 2 po by BackOff count": ranked by how many times that reason was reported about them
    # (an event's count is how often it repeated: the occurrences, as "total event count" is)
    (rf"\bby ({_REASON_WORDS}) (?:event |ev |total )?counts?\b", r"by \1 occurrences"),
    # "which kinds of warnings fired in the last hour": the warnings' reasons, in that window
    (r"^\W*(?:which|what) (?:kinds?|types?|sorts?) of (warnings?|errors?) (?:fired|happened|occurred|"
     r"showed up|came up|were raised|popped up)\b", r"which \1 reasons showed up"),
    # "how much cpu does this namespace request?": what the pods here request
    (r"\b(?:does|do) (?:this|my|our|the current|current) (?:namespace|ns) (request|ask for|reserve)\b",
     r"do the pods here \1"),
    (r"\b(?:is|are) (?:this|my|our|the current|current) (?:namespace|ns) "
     r"(?:request|ask|reserv)ing(?: for)?\b",
     r"do the pods here request"),
    # "does this namespace have a quota?": that kind's objects here
    (r"^\W*(?:does|do) (?:this|my|our|the current|current) (?:namespace|ns) (?:have|contain|hold|run) "
     r"(?:a |an |any )?(?!.*\b(?:labels?|annotations?|age|status|phase)\b)(.+)$", r"any \1 here"),
    # "most common restart reason", "top reasons for container restarts": the last terminations' reasons
    (r"\b(?:the )?(?:most common|most frequent|top|main|usual|commonest) ?(\d*) (?:(?:pod|container) )?"
     r"restart reasons?\b", r"the \1 most common last termination reasons of containers"),
    (r"\b(?:the )?(?:most common|most frequent|top|main|usual|commonest) ?(\d*) reasons? (?:for|behind|of) "
     r"(?:(?:the |all )?(?:pod|container) )?restarts\b",
     r"the \1 most common last termination reasons of containers"),
    # "first time we saw a BackOff for any pod", "when did we first see a FailedMount?": the earliest one
    (r"^\W*(?:when was )?(?:the )?first time (?:we |you |anyone |i )?(?:saw|seen|had|got|hit) "
     rf"(?:a |an |any )?({_REASON_WORDS})(?: events?)?\b", r"when was the first \1 event"),
    (r"^\W*when did (?:we|you|i|it) first (?:see|get|have|hit) (?:a |an |any )?"
     rf"({_REASON_WORDS})(?: events?)?\b", r"when was the first \1 event"),
    (r"^(when was the first \w+ event) (?:for|on|of) (?:any|a|some) (pod|node)\b", r"\1 for \2s"),
    # "prod namespaces", "prod ns missing a quota": the production ones, as their environment label says
    (r"\bprod(?= (?:namespaces?|ns)\b)", "production"),
    # "svc/frontend -n team-a: nodes of its pods": where that object's pods run
    (r"^\W*(svc|service|deploy|deployment|sts|statefulset|ds|daemonset)/([a-z0-9][\w\-.]*)"
     r"((?:\s+-n\s+[a-z0-9][\w\-]*)?)\s*:\s*(?:the )?(nodes?|zones?) (?:of|for) (?:its|the|their) "
     r"(?:pods|po)\W*$",
     r"which \4 do the pods of the \2 \1\3 run on"),
    # "which nodes does each deployment in bookinfo have pods on?": each one with the nodes its pods run on
    (r"^\W*(?:which|what) (nodes|zones) (?:does|do) each "
     r"(deploy\w*|statefulsets?|sts|daemonsets?|ds|services?|svc)\b(.*?) (?:have|run|put|schedule) "
     r"(?:its |their |any )?(?:pods|po|replicas) on\W*$",
     r"each \2\3 and the \1 its pods run on"),
    # "this namespace's limit range", "show my ns's quota": that kind's objects here
    (r"\b(?:this|my|our|the current|current) (?:namespace|ns)(?:'s|’s|s') "
     r"((?:limit ?ranges?|(?:resource ?)?quotas?|network ?polic(?:y|ies)|netpols?|service ?accounts?|sas?|"
     r"role ?bindings?|rbs?|roles?)\b)", r"the \1 here"),
    # "since yday", "3 po w/ biggest cpu lim": short words for yesterday and limit
    (r"\byday\b", "yesterday"),
    (r"\b(cpu|mem|memory) lims?\b", r"\1 limit"),
    # "ev for kind=Node": the events about that kind
    (r"\b(?:for |with |where )?(?:involved[ _]?)?kind\s*[=:]\s*([a-z]+)\b", r"for \1s"),
    # "largest memory limit of any pod - which one?": the pod that has it
    (r"^\W*(?:the )?(largest|biggest|highest|smallest|lowest) ([a-z][a-z ]*?) (?:of|on|in) any "
     r"(pod|node|container|deployment)\W*(?:which one|who|which)\W*$", r"which \3 has the \1 \2"),
    # "which namespace's pods restart the most on average?": the highest average restarts
    (r"^\W*(which|what) (namespace|ns|node)(?:'?s)? (?:pods? |po )?restart(?:s|ed)? "
     r"(?:the )?most on average\b",
     r"\1 \2 has the highest average restarts"),
    # "why is the x autoscaler complaining? (warning events)": that object's warning events
    (r"^\W*why (?:is|are) (.+?) (?:complaining|failing|erroring|unhappy|broken|misbehaving)\W*"
     r"\(\s*warn(?:ing)?s?(?: ev(?:en)?ts?)?\s*\)\W*$", r"warning events for \1"),
    # "hpa x: warning reasons + messages": its warning events
    (r"[:,]?\s*\bwarn(?:ing)? reasons?\s*(?:\+|and|&|,|/)\s*(?:msgs?|messages?)\b", " warning events"),
    # "just warnings, drop the Normal ones": the warnings (the dropped ones are the rest)
    (r"\b((?:just|only) (?:the )?warn(?:ing)?s?)\b,?\s*(?:and )?"
     r"(?:drop|hide|skip|remove|exclude|without|no|not) (?:the )?normal(?: ones| events?| evs?)?\b", r"\1"),
    # "how many times has each restarted?": their restart counts
    (r"^\W*(?:and )?how many times (?:has|have|did) (?:each(?: one| pod| of them)?|they|these|those)"
     r" (?:restarted|restart|been restarted)\W*$", "their restart counts"),
    # "what deployments did the evicted pods come from?": the deployments of those pods
    (r"^\W*(?:what|which) ((?:deployments?|deploys?|statefulsets?|sts|daemonsets?|ds|jobs?|cronjobs?|cj|"
     r"replicasets?|rs|nodes?|services?|svcs?)) (?:did|do|does) (?:the |those |these )?"
     r"(?!(?:they|them|it|these|those|each|all)\b)(.+?) "
     r"(?:come|originate|stem|belong) (?:from|to)\W*$", r"\1 of the \2"),
    # "where do the pods getting backoff warnings run?": those pods' nodes
    (r"^\W*where (?:do|did|are|were) (?:the |those |these )?((?:pods?|po) (?:getting|with|that got|that get|"
     r"that have|having|that had) .+?) (?:run|running|live|living|scheduled|placed|hosted)\W*$",
     r"nodes of \1"),
    # "ns with pods and zero netpols": and no network policies
    (r"\b(and|but|with) zero (?=[a-z])(?!(?:restarts?|replicas?|ready)\b)", r"\1 no "),
    # "namespaces affected by the cordoned node": those with pods on it
    (r"\b(?:affected|impacted|hit) by (?:the |a |an |any )?((?:[\w\-]+ )?nodes?)\b", r"with pods on the \1"),
    # "ds running on control plane": on the control-plane nodes
    (r"\b(on|onto|to) (?:the )?control[- ]plane\b(?![- ]?nodes?\b|-)", r"\1 control-plane nodes"),
    # "for the pods in batch, what cronjob spawned them": each with the one that did
    (r"^\W*for (?:the |all the |each of the )?(.+?),\s*(?:what|which) ([a-z]+) "
     r"(spawned|created|owns|started|made) (?:them|each(?: one)?)\W*$", r"\1 and the \2 that \3 them"),
    # "for every bookinfo serviceaccount, its pods": the pods of each
    (r"^\W*for (?:every|each) (.+?),\s*(?:its|their) ([a-z]+)\W*$", r"\2 of each \1"),
    # "which node is each PVC in data mounted on?", "data pvcs and the node of the pod using them": the node
    # of the pod that mounts each
    (r"^\W*(?:which|what) node (?:is|are) (?:each |every |the )?(pvcs?|claims?)\b(.*?)\s+"
     r"(?:mounted |attached |used |in use )?on((?: in [\w\-]+| -n [\w\-]+)?)\W*$",
     r"\1\2\3 with their pod's node"),
    (r"\band (?:the )?node of the pods? (?:using|mounting|that uses?|that mounts?|with) "
     r"(?:them|it|each(?: one)?)\b",
     "with their pod's node"),
    # "whats broken in my ns? (pods not running)": what the parenthesis says, where the question says
    (r"^\W*what(?:'?s| is) (?:broken|wrong|failing|bad|unhealthy|up)((?: (?:in|on) [^?()]+?)?)\s*\?*\s*"
     r"\(([^()]+)\)\W*$", r"\2\1"),
    # "cassandra pods and whether their claims are bound": their claims' status
    (r"\bwhether (their|its|the) ((?:pvcs?|claims?|persistent ?volume ?claims?|volumes?|pvs?)) (?:are|is) "
     r"(?:bound|pending|lost)\b", r"the status of \1 \2"),
    # "for each pod of the cassandra stateful set, what is the status of its PVC?": each with that
    (r"^\W*for (?:each|every) ([a-z]+?)s? ((?:of|in|on|behind|from) .+?),\s*what(?:'s| is| are) (?:the )?"
     r"([a-z ]+?) of (its|their|the) ([a-z ]+?)\W*$", r"\1s \2 and the \3 of their \5"),
    # "what pods does service reviews select in bookinfo": the pods it selects
    (r"^\W*(?:what|which) (pods?|po) (?:does|do) (?:the )?((?:svc|service) [a-z0-9][\w\-]*|[a-z0-9][\w\-]* "
     r"(?:svc|service))( (?:in|-n) [a-z0-9][\w\-]*)? (?:select|target|pick|match|route to|send traffic to|"
     r"point at|point to)\b", r"\1 selected by \2\3"),
    # "…, and what state are they in?": their status
    (r",?\s*and (?:what|which) (?:state|status|phase)s? (?:are|is) (?:they|it|each(?: one)?|those) in\W*$",
     " and their status"),
    # "which services have backends that aren't ready?": endpoints not ready
    (r"\bbackends? (?:that|which) (?:aren'?t|are not|isn'?t|is not) ready\b", "not ready endpoints"),
    (r"\b(?:unready|not[- ]ready) backends?\b", "not ready endpoints"),
    # "hpa -A where the target deploy has unready replicas": those pointing at such a deployment
    (r"\bwhere (?:the|its|their) target (?:deploy(?:ment)?s?) (?:has|have)\b",
     "that point at a deployment with"),
    # "po -A on no marked SchedulingDisabled": on nodes (kubectl's short name) marked so
    (r"\bon no (marked|that are|which are|with)\b", r"on nodes \1"),
    # "3 nodes with the most spare cpu (after requests)": the most left to request
    (r"\bspare (cpu|memory|mem)\b", r"free \1"),
    # "are the kafka pods in data spread across zones? show each pod's zone": the pods, each with its zone
    (r"^are (.+?) (?:spread|balanced|distributed) (?:across|over|between|among) (?:the )?(?:zones|nodes)\?\s*"
     r"(?:show|list|give)(?: me)? (?:each|every) (?:pod|one)'?s (zone|node)\W*$", r"\1: each pod's \2"),
    # "is anything of mine stuck crash-looping?": crashlooping
    (r"\bstuck (?:in )?crash-?loop(?:ing)?\b", "crashlooping"),
    # "what does READY show for each deployment?": that column of each
    (r"^(?:what|which) (?:does|do) (?:the )?(ready|up-to-date|available|age|status) (?:column )?"
     r"(?:show|say|read)s?(?= for\b)", r"\1"),
    # "last run time of each of my cronjobs", "when did each of my cronjobs last fire?": when each last ran
    (r"^(?:the )?last (?:run|fire|firing|schedule|scheduled) times? (?:of|for) "
     r"(?:each (?:one )?of )?(the |my |our )?(cronjobs?|cron jobs?|cjs?)\b", r"when did \1\2 last run"),
    (r"\bwhen did each (?:one )?of (my|our|the) (cronjobs?|cron jobs?|cjs?) last "
     r"(?:fire|trigger|kick off|run)\b",
     r"when did \1 \2 last run"),
    # "which jobs did not complete (Failed)?": the state said beside
    (r"\b(?:did not|didn'?t|never) (?:complete|finish|succeed)\s*\((failed)\)", r"\1"),
    # "the team-a frontend servce: what pods does its selector pick up?": the pods that service selects
    (r"^(?:the )?(.+?) (service|svc)\s*:\s*(?:what|which) (pods?|po) (?:does|do) its selector "
     r"(?:pick up|match|select|catch|hit)\W*$", r"what \3 does the \1 \2 select?"),
    (r"\bdoes the ([a-z0-9][\w\-]*) ([a-z0-9][\w\-]*) (service|svc) (?=select)", r"does the \2 \3 in \1 "),
    # "svc checkout-api -n checkout: not ready po": those of the pods it selects
    (r"^(?:svc|service) ([a-z0-9][\w\-]*) ((?:-n|in) [a-z0-9][\w\-]*)\s*:\s*(.+?) (?:po|pods)\W*$",
     r"\3 pods selected by service \1 \2"),
    # "containers w/ limits.memory > 8Gi (show it in GiB)": the amount compared, shown in that unit
    (r"\b(?:resources\.)?(limits|requests)\.(memory|cpu)\b", r"\2 \1"),
    (r"^(.*?\b(memory|mem|cpu) (limits?|requests?)\b.*?)\s*\(?\s*show (?:it|them|that|those) in "
     r"(gib|mib|gi|mi)\s*\)?\W*$", r"\1 and their \2 \3 in \4"),
    # "if a container in payments sets no memory limit, what limit does it get?": the limit range's default
    (r"^if an? (?:container|pod) ((?:in|-n) [a-z0-9][\w\-]* )?(?:sets|has|specifies|declares|gives|asks for) "
     r"no (cpu|memory|mem) (limit|request),? (?:then )?what(?: \w+)? (?:does|will|would) it get\W*$",
     r"what \2 \3 does a container \1get by default?"),
    # "ready status of my deployments": each one's READY (as kubectl shows it)
    (r"^(?:the |show |list )?ready (?:status|state|column|counts?)(?: of| for) (?:my |our |the |all )?"
     r"((?:[\w\-]+ )?(?:deployments?|deploys?|statefulsets?|sts|replicasets?|rs))\b",
     r"\1 and their ready count"),
    # "deployments pinned at maxReplicas by their autoscaler", "deploys where the hpa is maxed out"
    (r"\b(?:(?:that are |which are )?pinned at (?:hpa |their )?max ?replicas(?: by (?:their|its|an?|the) "
     r"(?:hpa|autoscaler|horizontal pod autoscaler))?"
     r"|where (?:the|their|its) (?:hpa|autoscaler) is maxed out)",
     "whose hpa is at max replicas"),
    # "statefulsets unprotected by any pdb": not covered by one
    (r"\bunprotected by (?:any|a|an) (pdb|poddisruptionbudget|pod disruption budget)\b",
     r"not covered by a \1"),
    # "which hpas can't fetch their metrics?": the autoscalers that have those failures, each once
    (r"^which (\w+) (?:are failing to|are unable to|can'?t|cannot|fail to|failed to|couldn'?t) "
     r"(?:fetch|get|read|compute) (?:their |its |the )?metrics\b", r"which \1 have metric failures"),
    # "pvc whose pv reclaimPolicy=Delete": the reclaim policy, said as the field is spelt
    (r"\breclaimpolicy\s*(?:=|:|==)\s*", "reclaim policy "),
    (r"\breclaimpolicy\b", "reclaim policy"),
    # "which claims would lose their data if someone deleted them?": those whose volume is deleted with them
    (r"\b(?:would|will) lose (?:their|its|the) data if (?:someone |anyone |you |i )?(?:deleted?|removed?)"
     r"(?: them| it)?\b(?:\s*\([^)]*\))?", "whose pv reclaim policy delete"),
    # "ledger-db po -n payments -> pvc -> pv": those pods, each with the volume its claim is bound to
    (r"^(.+?) (?:po|pods) ((?:-n|in) [a-z0-9][\w\-]*) ?-> ?(?:pvcs?|claims?) ?-> ?(?:pvs?|volumes?)\W*$",
     r"\1 pods \2 and their pvs"),
    # "which 3 nodes carry the most pods, most first?": run the most (in that order, as a top always is)
    (r"\b(nodes?) (?:carry|carries|hold|holds|host|hosts) the (most|fewest) (pods|po)\b(?:,? most first)?",
     r"\1 run the \2 \3"),
    # "which nodes have gone more than 2 minutes without a heartbeat?": their last heartbeat is that old
    (r"\b(?:have |has )?gone (?:more than|over|longer than) (\d+ ?\w+) without (?:a |sending a |any )?"
     r"heartbeats?\b", r"have a last heartbeat more than \1 ago"),
    # "which pods of autoscaled deployments aren't ready?" (the hpa said by then): those not ready
    (r"^(?:which|what) (pods?|po) of (?:the )?(?:deployments?|deploys?) with an hpa "
     r"(?:aren'?t|are not|that aren'?t|which aren'?t) ready\b",
     r"not ready \1 of deployments that have an hpa"),
    # "deploy READY here": the READY column of each
    (r"^(deploy|deploys|deployments?|sts|statefulsets?|ds|daemonsets?) ready"
     r"(?=\s*(?:here\b|in\b|-n\b|[?.!]*$))", r"ready for each \1"),
    # "deploys -A having CrashLoopBackOff po": with such pods
    (r"\bhaving ([a-z][\w\-]*) (?:po|pods)\b", r"with \1 pods"),
    # "po on cordoned (SchedulingDisabled) no", "po on gpu-capable no": on such nodes (kubectl's "no")
    (r"\bon (cordoned|unschedulable|notready|not ready|ready|gpu|gpu-capable|tainted)\s*"
     r"(?:\([^)]*\)\s*)?no\b", r"on \1 nodes"),
    (r"\bgpu-capable\b", "gpu"),
    # "how are the pods spread across instance types? counts please": per instance type
    (r"(\?)\s*(?:give |with |show )?counts?(?: please| pls| plz)?\W*$", r"\1"),
    # "svc where endpoints have not-ready addrs": with not-ready endpoints
    (r"\bwhere (?:the |their )?endpoints have (?:any |some )?(not[- ]ready|unready) (?:addrs|addresses)\b",
     "with not ready endpoints"),
    # "show me the events on pvcs, reason and message", "pvc events: reason + message": both shown
    (r"\s*[,:]\s*(?:with |show |incl\.? )?(?:the |their )?reasons? ?(?:and|\+|&|,|/) ?(?:the |their )?"
     r"(?:messages?|msgs?)\W*$", " with reason and message"),
    # "is anything besides kube-system pods scheduled on the control plane?": the pods outside it there
    (r"^(?:is|are) (?:there )?(?:anything|any pods?) (?:besides|other than|apart from|except) (?:the )?"
     r"([a-z0-9][\w\-]*) (?:pods? |ones )?((?:scheduled |running )?on )", r"pods not in \1 \2"),
    # "no DiskPressure=True -> po": the pods on nodes under that pressure
    (r"^(?:no|nodes?) (disk|memory|pid) ?pressure(?: ?= ?true)? ?-> ?(?:po|pods)\W*$",
     r"pods on nodes with \1 pressure"),
    # "any jobs still going after more than 15 minutes?": running that long
    (r"\b(?:still )?(?:running|going|active) (?:after|past|beyond) (?:more than |over )?(\d+ ?[a-z]+)",
     r"running for more than \1"),
    # "what deployment created redis-replica-7f5dff99dc-8nhp8?": the one that owns that pod
    (r"^(?:what|which) (deployment|deploy|statefulset|sts|daemonset|ds|job|replicaset|rs) "
     r"(?:created|made|started|launched|spawned|manages|controls) (?:the )?(?:pod |po )?"
     r"([a-z0-9][\w\-.]*-[a-z0-9]{5})\b", r"which \1 owns pod \2"),
    # "how many cores does each node have, and how many can pods actually use?": capacity and allocatable
    (r"^how many (?:cores|cpus?) does each node have,? and how many (?:of them )?can pods (?:actually )?"
     r"use\W*$", "cpu capacity and allocatable of each node"),
    # "fluent-bit ds: nodes without its pod": the nodes without one of its pods
    (r"^([a-z0-9][\w\-]*) (?:ds|daemonset|daemon set):\s*(?:nodes?|no) (?:without|missing|lacking) "
     r"(?:its|a|one of its) pods?\W*$", r"nodes without a \1 pod"),
    # "the reviews service in bookinfo: which pods back it?": the pods that service selects
    (r"^(?:the )?([a-z0-9][\w\-]*) (service|svc) ((?:in|-n) [a-z0-9][\w\-]*)\s*:\s*(?:which|what) "
     r"(?:pods?|po) (?:back|serve|are behind|sit behind) it\W*$", r"which pods back the \1 \2 \3?"),
    # "a non-existant service": one that does not exist
    (r"\bnon-?exist[ae]nt\b", "nonexistent"),
    # "no w/o a fluent-bit po": nodes (kubectl's "no") without one
    (r"^no without (?:an? |any )?", "nodes without a "),
    # "pv my-model-pv -> pvc -> po", "whos mounting persistent volume my-model-pv": the pods using it
    (r"^(?:pv|persistent ?volume) ([a-z0-9][\w\-.]*) ?-> ?(?:pvc|claim) ?-> ?(?:po|pods?)\W*$",
     r"pods using pv \1"),
    (r"^who(?:'?s| is) (?:mounting|using) (?:the )?(?:pv|persistent ?volume) ([a-z0-9][\w\-.]*)\W*$",
     r"pods using pv \1"),
    # "po spawned by cj/nightly-report in batch, w/ STATUS": the pods that cron job's jobs made, with status
    (r"\bspawned by\b", "created by"),
    (r"\bcj/([a-z0-9][\w\-]*)", r"cronjob \1"),
    (r",\s*with (status|restarts|node|nodes|age)\W*$", r" and their \1"),
    # "hpa -A where the scaled deploy isn't at full READY", "… where the deployment they scale is missing
    # ready pods": those pointing at a deployment with unready replicas
    (r"\bwhere the (?:scaled |target )?(?:deploy|deployment) (?:(?:they|it) (?:scale|scales) )?"
     r"(?:isn'?t|is not) (?:at )?full(?:y)? ready\b"
     r"|\bwhere the (?:deploy|deployment) (?:they|it) (?:scale|scales) is missing ready (?:pods|replicas)\b",
     "that point at a deployment with unready replicas"),
    # "ingresses that reference a TLS secret that isn't there": one that does not exist
    (r"\b(that|which) (?:is|are)(?:n't| not) there(?: anymore| any more)?\b", r"\1 doesn't exist"),
    # "which provisioner is supposed to create each pending claim?": each one's storage class's provisioner
    (r"^(?:which|what) provisioner (?:is supposed to|should|will|would|is meant to|is going to) "
     r"(?:create|provision|make) (?:each|the|every) (pending )?(?:claims?|pvcs?)\W*$",
     r"\1pvcs and the provisioner of their storage class"),
    # "svc -n monitoring w/ ready ep count": the ready endpoints' count beside each ("+ ready ep count")
    (r"\bwith (ready ep count)\b", r"+ \1"),
    # "shop.example.com: ing -> svc -> which po?", "who actually handles requests for shop.example.com?"
    (r"^([a-z0-9][\w\-]*(?:\.[\w\-]+)+)\s*:\s*(?:ing|ingress) ?-> ?(?:svc|service) ?-> ?(?:which )?"
     r"(?:po|pods)\W*$", r"pods behind host \1"),
    (r"^who (?:actually |really )?(?:handles?|serves?|answers?) (?:the )?(?:requests|traffic) (?:for|to) "
     r"([a-z0-9][\w\-]*(?:\.[\w\-]+)+)\s*(?:\((?:which|what) pods\))?\W*$", r"pods behind host \1"),
    # "ing w/ missing backend svc": whose backend service does not exist
    (r"\b(?:with|w/) (?:a )?missing backend (?:svcs?|services?)\b", "whose backend service is missing"),
    # "pods colocated with po mysql -n team-b": on the same node as it
    (r"\b(?:colocated|co-located|collocated) with (?:the )?(?:po |pod )?", "on the same node as pod "),
    # "for each hpa, how many ready replicas does the deployment it scales have?"
    (r"\bhow many ready replicas (?:does|do) (?:the )?(?:deployments?|deploys?) (?:it|they) "
     r"(?:scales?|targets?) have\b", "the ready replicas of its target deployment"),
    # "what image is cartservice running in shop?": the image that workload runs, not images named so
    (r"^(?:what|which) (images?) (?:is|are) (?:the )?([a-z0-9][\w\-]*) (?:running|using)\b",
     r"what \1 does \2 run"),
    # "which pods serve the host x?", "ing host x -> svc -> po": the pods behind that ingress host
    (r"^(?:which|what) (?:pods?|po) (?:are )?(?:actually |really )?"
     r"(?:serve|serves|back|handle|answer|behind) (?:the )?(?:host|hostname|domain) ", "pods behind host "),
    (r"^(?:ing|ingress) host ([\w\-.]+) ?-> ?(?:svc|services?) ?-> ?(?:po|pods)"
     r"(?:,? (?:which|what) pods)?\W*$", r"pods behind host \1"),
    # "…, and how many times have they restarted?": their restarts
    (r",?\s*and how (?:many times|often) (?:have|has|did) (?:they|it|each(?: one)?|those) "
     r"(?:restarted|restart)\W*$",
     " and their restarts"),
    # "BackOff ev -> po restarts": the pods those events are about, with that column
    (r"^([a-z][\w\-]*) (?:ev|events?) ?(?:->|→) ?(?:po|pods?) (restarts|status|nodes?)\W*$",
     r"pods with \1 events and their \2"),
    # "deploys with ImagePullBackOff/ErrImagePull pods": either of the two
    (r"\b(?:imagepullbackoff ?(?:/|or|and|,) ?errimagepull|errimagepull ?(?:/|or|and|,) ?imagepullbackoff)"
     r"(?=\s*(?:pods?|po)\b)", "image pull error"),
    # "pods stuck because their pvc isn't bound": their claim is pending
    (r"\b(their|its|the) (pvcs?|claims?) (?:isn'?t|aren'?t|is not|are not|not) (?:yet )?bound\b",
     r"\1 \2 is pending"),
    # "po whose sa is bound cluster-wide (clusterrolebinding)", "pods with cluster-wide rbac via their sa"
    (r"\b(?:whose (?:sa|service ?account) (?:is )?bound "
     r"(?:cluster[- ]?wide|(?:through|via|by) an? cluster ?role ?binding)|with cluster[- ]?wide "
     r"(?:rbac|permissions?|access|roles?|rights) (?:via|through|from) (?:their|its) (?:sa|service ?account))"
     r"(?:\s*\(\s*(?:clusterrolebindings?|crbs?|cluster ?role ?bindings?)\s*\))?",
     "whose service account has a clusterrolebinding"),
    # "what pods end up handling traffic for shop.example.com": the pods serving that host
    (r"\b(?:end up |actually )?(?:handl(?:e|es|ing)|serv(?:e|es|ing)|receiv(?:e|es|ing)|get(?:s|ting)?) "
     r"(?:the )?traffic (?:for|to|of|from) ", "serving "),
    # "how many pods serve pay.acme.io?", "count po behind host pay.acme.io": the pods serving that host
    (r"\b(pods?|po) (?:serve|serves|handle|handles) (?=(?:ingress host |host )?[a-z0-9\-]+\.[a-z0-9.\-]+)",
     r"\1 serving "),
    (r"\b(pods?|po) behind host (?=[a-z0-9\-]+\.[a-z0-9.\-]+)", r"\1 behind ingress host "),
    # "deploys here with no svc in front": with no service
    (r"\b(no|without an?|without any) (svc|services?) in front(?: of (?:it|them))?\b", r"\1 \2"),
    # "volumes behind the ledger-db pods": those pods with their persistent volumes
    (r"^\W*(?:the |which |what )?(?:persistent )?(?:volumes|pvs) (?:are )?(?:behind|backing) (?:the |each )?"
     r"(.+? (?:pods?|po))\W*$", r"\1 and their persistent volumes"),
    # "released volumes whose claim no longer exists": whose claim is gone
    (r"\b(whose (?:claim|pvc)) "
     r"(?:no longer exists|doesn'?t exist(?: any ?more)?|does not exist(?: any ?more)?)\b",
     r"\1 is gone"),
    # "namespaces with workloads that aren't covered by any networkpolicy": with pods and no policy
    (r"\b(namespaces?|ns) with (?:workloads|pods|po|deployments|apps) "
     r"(?:(?:that|which) (?:are ?n'?t|are not)|not) "
     r"(?:covered|protected|selected) by (?:any|a|an?y?) (network ?polic(?:y|ies)|netpols?)\b",
     r"\1 with pods but no \2"),
    # "released volumes": persistent volumes (only they are released)
    (r"\breleased volumes\b", "released pvs"),
    # "count pods scheduled to control-plane": on those nodes
    (r"\b(scheduled|placed|assigned) (?:to|onto) ", r"\1 on "),
    # "what deployments lost pods to the notready node": those with pods on it
    (r"\blost (?:pods?|replicas?) (?:to|on) ", "with pods on "),
    # "events whose object is a node": the events about nodes
    (r"\b(ev(?:en)?ts?) (?:whose|where the|with an?) (?:involved )?object (?:kind )?(?:is|=) (?:an? )?",
     r"\1 about "),
    # "reason and msg": the message, as every later reading knows it
    (r"\bmsg(s?)\b", r"message\1"),
    # "where is busybox used?": the pods whose containers run it
    (r"^\W*where (?:is|are) (?:the )?([a-z0-9][\w.\-/:]*)(?: images?)? (?:used|in use)\W*$",
     r"which pods use \1"),
)


# The time since a moment asked, not the moment: "how long ago …", "time since …", "… heartbeat age".
ELAPSED = r"^how long (?:ago|since)\b|\btime since\b|\b(?:heartbeat|renewal|run|schedule) age\b"


_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def _dated(text: str) -> str:
    """ "November 1st 2026", "1 nov 2026" -> "2026-11-01", as the time windows read a day; "on or after" a
    day is since it."""
    def iso(month: str, day: str, year: str) -> str:
        return f"{year}-{_MONTHS.index(month[:3]) + 1:02d}-{int(day):02d}"

    months = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
    text = rx.sub(rf"\b{months}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b",
                  lambda m: iso(m.group(1), m.group(2), m.group(3)), text)
    text = rx.sub(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{months},?\s+(\d{{4}})\b",
                  lambda m: iso(m.group(2), m.group(1), m.group(3)), text)
    return rx.sub(r"\bon or after (?=\d{4}-)", "since ", text)


# kubectl's all-namespaces flag, as normalise writes "in the cluster" and "cluster-wide" (readers look for it)
ALL_NAMESPACES = r"(?:^|\s)-a\b"


def without_courtesies(text: str) -> str:
    """The question without a greeting or thanks around it ("hey, which pods …", "… please", "… thanks!")
    nor "can you tell me" before it."""
    text = rx.sub(r"^\W*(?:hey|hi|hello|yo|ok|okay|so|um+|hmm+|alright|sorry)\b[\s,!.:;\-]+", "", text)
    text = rx.sub(r"^\W*(?:please|pls|plz|kindly)\s+", "", text)
    text = rx.sub(r"^\W*(?:gimme|lemme see|lemme have)\s+", "give me ", text)  # said as spoken
    text = rx.sub(r"[\s,;.!]*\b(?:please|pls|plz|thanks|thank you|thx|ty|cheers)\b[\s!.]*$", "", text)
    # "show me pv x -> claim -> pod", "can you show me the pods …": what follows is the question
    lead = r"^(?:(?:can|could|would) you (?:please |pls )?)?(?:show|give|get) (?:me|us)\s+(?=[\w\-])"
    text = rx.sub(lead, "", text)
    # "can i see the pods in data?", "may we get the failing jobs"
    text = rx.sub(r"^(?:can|could|may) (?:i|we) (?:please )?(?:see|get|have|view|look at)\s+(?=[\w\-])", "",
                  text)
    # "i need the pods in payments", "i want to see the failed jobs" (not "i want to delete …")
    # (what follows names what to see: "the …", "all …", a label key; not "i want 3 storefront pods", "i want
    # worker-3 out of rotation", which ask for a change)
    wish = r"^i (?:need|want|'d like|would like)\s+"
    wish += r"(?:(?:to (?:see|get|view|list|find) |a list of |the list of )"
    wish += r"|(?=(?:the|all|every|my|our) |[\w\-]+[./]))"
    wish += r"(?!to\b|you\b|it\b|which\b|what\b|how\b|who\b|where\b|whether\b|if\b)(?=[\w\-])"
    # (a label key is shown, as "show app.kubernetes.io/name for …" asks; anything else listed)
    # (not "i want the failed pods deleted", "i need the ml namespace gone": a change wished for)
    done = r"\b(?:gone|away|off|down|up|back|removed|deleted|killed|restarted|scaled|drained|cordoned|"
    done += r"evicted|patched|fixed|stopped|started|created|updated|changed|moved|rolled|bumped|set|"
    done += r"terminated)\W*$"
    if not rx.search(done, text):
        text = rx.sub(wish, lambda m: "show " if rx.match(r"[\w\-]+[./]", text[m.end():]) else "list ", text)
    return rx.sub(
        r"^(?:(?:can|could|would) you (?:please |pls )?|i(?:'d| would) like to |i want to |i need to |"
        r"do you )?(?:tell me|know|let me know|find out|check|show me|see|remind me)\s+"
        r"(?=(?:which|what|how|who|where|whether|if)\b)",
        "",
        text,
    )


_WL = r"(deployment|deploy|statefulset|sts|daemonset|ds)s?"
_KV = r"(configmaps?|cms?|config maps?|secrets?)"
_MAY = r"(can|could|may|allowed to|able to|permission to|rights? to"


def _flag_said(m: re.Match[str]) -> str:
    """ "ready=false" as "not ready", "suspend=true" as "suspended"; as said after a verb that sets it."""
    setting = r"\b(?:set|patch|make|change|update|mark|put|turn|flip|toggle|edit|apply)\b"
    if rx.search(setting, m.string[: m.start()]):
        return m.group(0)
    flag = "suspended" if m.group(1) == "suspend" else m.group(1)
    return flag if m.group(2) == "true" else f"not {flag}"


_IN_SEVERAL_NS = "images used in more than one namespace"
_LAST_SUCCESS = "how long ago did each cronjob last succeed"
# Phrasings said another way before the rest of `normalise` reads them, each (pattern, replacement); the
# older `_SAID_PLAINLY` table is applied later, after the rewrites in between.
def _unset_either(lead: str, joiner: str, first: str, second: str, kind: str) -> str:
    """Two resources said unset: "missing a cpu or memory limit" is either ("/" too), "no cpu or memory
    requests" and "cpu and memory" are both."""
    lacking = lead in ("missing", "lacking", "that lack", "lack")
    either = joiner.strip() == "/" or (joiner.strip() == "or" and lacking)
    return f"with no {first} {kind} {'or' if either else 'and'} no {second} {kind}"


_BASE_VERB = {"ran": "run", "fired": "run", "got scheduled": "run", "was scheduled": "run", "sent": "send",
              "succeeded": "succeed", "completed": "complete", "reported": "report"}
def _after_story(story: str, question: str) -> str:
    """The question told after a story, with the namespace the story named ("… memory in team-b, which …")."""
    said = r"\b(?:in|debugging|investigating|checking|looking at|working on) ([a-z0-9][\w\-]*)\b"
    named = rx.search(said, story)
    return question + (f" in {named[1]}" if named and not rx.search(r"\bin\b", question) else "")


# "what do its events say?", "show me its events", "what did it log as events?": one object's events,
# asked after a story about it
_ITS_EVENTS = (
    r"(?:what do (?:its|their|the(?: [a-z]+'?s?)?)(?: own)? events say|(?:can you |pls |please )?"
    r"(?:show|give|list|get|pull up) (?:me )?(?:its|the [a-z]+'s)(?: own)? events|"
    r"what did it (?:log|report|record) (?:as|in) events|what (?:are|were) its events)"
)
# a comparison sign said in words ("> 1000m cpu": more than 1000m cpu)
_COMPARED_IN_WORDS = {">": "more than ", "<": "less than ", ">=": "at least ", "=>": "at least ",
                      "<=": "at most ", "=<": "at most "}
# kubectl's short names of the kinds said as kind/name ("sts/cassandra")
_KIND_SHORT_NAMES = {
    "sts": "statefulset", "deploy": "deployment", "ds": "daemonset", "rs": "replicaset", "cj": "cronjob"
}
def _users_of(kind: str) -> str:
    """What uses a kind: claims use storage classes, pods use the rest."""
    return "pvcs" if kind.startswith("storage") else "pods"


def _unschedulable_because(m: re.Match[str]) -> str:
    """ "pods that can't schedule because there aren't enough gpus", "… due to taints": the pods whose
    FailedScheduling events say so (not the pods without gpus, nor every pod unscheduled)."""
    said, why = m[1], m[2]
    if rx.search(r"\btaint", why):
        return f"pods{said} with FailedScheduling events mentioning taint"
    resource = rx.search(r"\b(cpus?|cores?|mem\w*|ram|gpus?|nvidia\.com/gpu|ephemeral[- ]storage)\b", why)
    short = r"\binsufficient|\benough\b|\black\b|\btoo little\b|\bshort\b|\bno free\b|\bout of"
    if resource and rx.search(short, why):
        word = "cpu" if resource[1].startswith("core") else resource[1]
        return f"pods{said} with FailedScheduling events for insufficient {word}"
    return m[0]


# the kinds said in the plural, as a rule's alternation
_PLURAL_KINDS = (
    r"pods|deployments|deploys|services|nodes|namespaces|jobs|cron ?jobs|stateful ?sets|daemon ?sets|"
    r"replica ?sets|pvcs|claims|ingresses|secrets|config ?maps|hpas|autoscalers|containers|images|"
    r"service accounts"
)
# "the BackOff on pod x", "of the node worker-2": one object of a kind, named after it
_OF_AN_OBJECT = (
    r"(?:on|of|for) (?:the )?(?:pods?|po|nodes?|jobs?|deployments?|deploy|pvcs?|statefulsets?|sts)\b"
)

# "in the order they started", "ordered by when they were created": the time that orders them follows
_IN_ORDER_OF = (
    r",?\s*(?:in the order (?:that )?(?:they|it) (?:were |was |got )?|"
    r"(?:ordered|sorted) by when (?:they|it) (?:were |was |got )?|in order of (?:their )?)"
)

_REWORDED = (
    # "how many pods are running per instance type?", "… is each node running?": where pods run, counted
    # per node, zone or instance type, not the Running ones ("running po per node" still are)
    (r"\b(?:are|is) running (?=(?:per|on|in|across) (?:each |every )?(?:node|zone|az\b|availability|"
     r"instance|machine|host))", "run "),
    (r"\bis each (node|host|machine) running\W*$", r"run on each \1"),
    # "we are supposed to tag every namespace with its owning team; which ones don't …": the kind said before
    (r"^.*?\b(?:every|each|all (?:the |our )?)\s*([a-z]+?)s?\b[^;.?!]*[;.]\s*(?:so |but |ok,? )?which ones\b",
     r"which \1s"),
    # "objects whose warnings have kept repeating …": the objects with such warnings, each once
    (r"^\W*(?:which |what |the |list (?:the )?)?objects whose (warnings?|events?|warning events) "
     r"(?:have |has )?", r"objects with \1 that "),
    # "crashlooping pods: how many restarts each?": each one's restarts beside it, not their sum
    (r"\s*(?::|,|\band\b|\+)\s*how many restarts (?:each|apiece|for each|does each (?:one )?have|"
     r"each has)\b", " with their restarts"),
    # "mysql -n team-b FailedAttachVolume, sum of counts": that pod's events of that reason
    (r"^\W*([a-z0-9][\w\-]*) -n ([a-z0-9][\w\-]*):? ([a-z]{6,}),\s*(sum of (?:the )?counts|"
     r"(?:total|how many) (?:times|occurrences)|count)\W*$", r"\4 of \3 events on po \1 -n \2"),
    # "what's throwing warnings in this namespace?": which objects have them
    (r"^\W*(?:what|who)(?:'s| is| are) (?:throwing|raising|emitting|producing|generating|getting) "
     r"(warnings?|warning events|errors)\b", "which objects have warning events"),
    # "hpas that warned": with warning events
    (r"\b(?:that|which) (?:warned|have warned|has warned|threw warnings|raised warnings)\b",
     "with warning events"),
    # "sources of warning events in shop": the components that reported them
    (r"^\W*(?:the |list (?:the )?|show (?:the )?)?(?:sources|reporting components|reporters) of ",
     "which components report "),
    # "… how many restarts each, and where do they run?": their node beside
    (r",?\s*and where (?:do|does|did) (?:they|it|each(?: one)?|those) (?:run|live|sit|land)\W*$",
     " and their node"),
    # "(with counts)": their counts beside
    (r"^(.*?)\s*\(with (?:their |the )?(counts?|messages?|reasons?)\)(.*)$", r"\1\3, with \2"),
    # "svc selecting no pods at all (not even broken ones)": none of any state, the aside says so again
    (r"\s*\(\s*not even (?:the |any )?[a-z \-]+?(?: ones| pods)?\s*\)", ""),
    # "claims stuck Pending even though their sc is volumeBindingMode Immediate": whose class has that
    (r"\b(?:even though|although|though|but) their (sc|storage ?class) (?:is|has|uses) ",
     "whose storage class has "),
    # "po whose pvc is bound to a hostpath pv": whose volume is of that kind
    (r"\bwhose (?:pvcs?|claims?|persistent volume claims?) (?:is|are) bound to (?:an? )?([a-z][\w\-]*) "
     r"(?:pvs?|persistent volumes?|volumes?)\b", r"whose pv is \1"),
    # "which namespaces got a ResourceQuota but no LimitRange?": have one
    (r"^(\W*(?:which|what) [a-z ]+?) got (an?|any|some|no)\b", r"\1 have \2"),
    # "storage classes with an in-tree kubernetes.io/ provisioner", "(provisioner kubernetes.io/*)"
    (r"\b(?:with |using )?(?:an? )?in-?tree (?:kubernetes\.io/? )?provisioners?\b",
     "whose provisioner starts with kubernetes.io/"),
    (r"\bprovisioner (?:is |=\s*|like )?kubernetes\.io/\*", "provisioner starts with kubernetes.io/"),
    # "quotas past 60 percent of their limit": by how far the most used resource is
    (r"\b(?:past|over|above|beyond|more than|exceeding) (\d+) ?(?:percent|%) (?:of (?:their|its|the) "
     r"(?:limits?|hard limits?|quotas?|hard))\b", r"with usage over \1%"),
    # "po that can burst past their cpu request": a limit above the request
    (r"\bcan burst (?:past|above|beyond|over) (?:their|its|the) (cpu|memory|mem) requests?\b",
     r"whose \1 limit is greater than their \1 request"),
    # "(show the request)", "(show their node)": that column beside
    # (a column of the kind asked: "(show the class)" after a missing class names what is missing)
    (r"\s*\((?:show|with|incl\.?|including|plus) (?:the|their|its) "
     r"((?:cpu |memory |mem )?(?:requests?|limits?)|sizes?|capacity|restarts?|restart counts?|nodes?|"
     r"status|age|images?|ips?)\)", r" and their \1"),
    # "team-a + team-b secrets, skip the sa token ones": in both, leaving those out
    # (two names with a hyphen, as namespaces often are: "pods + nodes" stays two kinds)
    (r"^\W*([a-z0-9]+-[a-z0-9\-]+) (?:\+|&) ([a-z0-9]+-[a-z0-9\-]+) ([a-z][a-z ]*?)"
     r"(?=,|$| that| which| with)", r"\3 in \1 and \2"),
    (r",?\s*(?:skip|skipping|ignore|ignoring|minus|without|excluding|except) (?:the )?"
     r"(?:sa|service ?account) tokens?(?: ones)?\b", ", excluding service account tokens"),
    # "top three Warning reasons, weighted by event count": the events' repeats added up
    (r",?\s*weighted by (?:the )?(?:event |events' |their )?(?:counts?|repeats|occurrences)\b",
     " counting repeats"),
    # "pods with tier=backend label, all namespaces": everywhere (kubectl's -A), not the namespaces' label
    (r",\s*(?:in |across |from |over )?all (?:the )?(?:namespaces|ns)\b"
     r"(?!\s+(?:with|that|which|where|whose|labell?ed|having|have|has|without)\b)", " across all namespaces"),
    # "prod pods per zone (ns label environment=production)", "pods from namespaces labelled x=y": the
    # namespaces' label (not the pods')
    (r"\s*\((?:ns|namespaces?) (?:labell?ed |label |with label )([\w./\-]+=[\w.\-]+)\)",
     r" in namespaces labelled \1"),
    (r"\b(?:from|of) (namespaces (?:labell?ed|with (?:the )?label) )", r"in \1"),
    # "per ns, the pod with the highest restart count": the one in each
    (r"^\W*(?:per|for each|for every|in each|in every) (ns|namespace|node|zone),?\s+(the \w+ with [^,(]+?)\s*"
     r"((?:,|\(|\bonly\b|\bskip).*)?$", r"\2 in each \1 \3"),
    # "which 2 deployments' pods restarted the most, summed per deployment?": the sum is how they rank
    (r"^(.*\b(deployment|deploy|namespace|statefulset|sts|node|job)s'.*?),?\s*(?:summed|added up|totall?ed) "
     r"(?:per|by|for each) \2\W*$", r"\1"),
    # "namespaces that don't have a team label yet": no such label (not one valued "yet")
    (r"\b(labels?|annotations?) (?:yet|still|anymore|any more|at all|so far)\b", r"\1"),
    # "things look degraded today, which deployment …": a remark before the question, not a window
    (r"^\W*(?:things|stuff|it|everything|something|we|i|prod|production|the cluster)\b[^,?;:]*"
     r"\b(?:today|this morning|this afternoon|tonight)\b[^,?;:]*[,;:]\s*"
     r"(?=(?:so |ok |but )?(?:which|what|who|where|how|are|is|did|do|does|can|any|list|show)\b)", ""),
    # "worker-4 got cordoned this morning": when it was cordoned is not kept, the node is what is meant
    (r"\b(got|was|were|been|is|are) (cordoned|drained|tainted|patched|updated|upgraded|rebooted|relabell?ed) "
     r"(?:today|this morning|this afternoon|yesterday|last night|earlier)\b", r"\1 \2"),
    # "pending pods that mount a pvc, plus the claim and its status": each with that one and its column
    (r"(?:,\s*)?\s+(?:plus|\+|and also|along with) (?:the|their|its) ([a-z][a-z ]*?) and (?:its|their) ",
     r" with their \1 and its "),
    # "reviews service (bookinfo) backends": the pods behind it
    (r"^\W*([a-z0-9][\w\-]*) (?:service|svc) (\([a-z0-9\-]+\) |in [a-z0-9\-]+ |-n [a-z0-9\-]+ )?"
     r"(?:backends|back-?ends|backend pods)\b", r"pods behind the \1 service \2"),
    # "pvcs provisioned by k8s.io/minikube-hostpath": by their storage class's provisioner, named
    (r"\bprovisioned by (?:the )?([a-z0-9][\w.\-]*/[\w.\-]+|[a-z0-9][\w\-]*\.[a-z][\w.\-]+)",
     r"whose storage class provisioner is \1"),
    # "deployments that some PDB selects": covered by one
    (r"\b(?:that|which) (?:some|a|any|an?) (pdbs?|pod ?disruption ?budgets?) (?:selects?|covers?|protects?|"
     r"matches)\b", r"covered by a \1"),
    # "are there Roles nobody has bound?": that no binding names
    (r"\b(cluster ?roles?) (?:that )?(?:nobody|no ?one) (?:has |have )?(?:bound|binds?|uses?|references?)\b",
     "cluster roles that no cluster role binding references"),
    (r"\b(roles?) (?:that )?(?:nobody|no ?one) (?:has |have )?(?:bound|binds?|uses?|references?)\b",
     "roles that no role binding references"),
    # "ingresses using an ingress class the cluster doesn't have": whose class does not exist
    (r"\b(?:using|with|that use|which use|referencing|that reference) (?:an? |the )?([a-z]+ ?class) "
     r"(?:that )?the cluster (?:doesn't|does not|don't|dont) have\b", r"whose \1 doesn't exist"),
    # "the schedule of the cron job that created them": their owner's (no creation time asked)
    (r"\b(the (?:cron ?job|cj|deployment|deploy|job|replica ?set|rs|stateful ?set|sts|daemon ?set|ds)) "
     r"that (?:created|made|spawned|launched|started) (them|it)\b", r"\1 that owns \2"),
    # "when does the weekly-report cronjob run?": its schedule (the past, "when did it run", is its jobs')
    (r"^\W*when (?:does|do) (?:the )?(.+?) (?:run|fire|trigger|kick off|execute|go off)\W*$",
     r"what is the schedule of the \1"),
    # "how long since worker-5 last sent a heartbeat?", "time since last heartbeat of worker-5": how long ago
    (r"^\W*(?:how long (?:has it been |is it )?since|time since) (?!the last\b|last\b)(.+?)'s last\b",
     r"how long ago was \1's last"),
    (r"^\W*(?:how long (?:has it been |is it )?since|time since) (?!the last\b|last\b)(.+?) last\b",
     r"how long ago did \1 last"),
    (r"^\W*(?:how long (?:has it been |is it )?since|time since) (?:the )?last (\w+) of (.+)$",
     r"how long ago was the last \1 of \2"),
    # "which storage class does each pvc in data use, and what is its provisioner?": each claim with
    # the class it uses and the class's provisioner (the class is asked too, not only its column)
    (r"^\W*(?:which|what) ([a-z][a-z ]*?) (?:does|do) (each|every|the|all the) (.+?) "
     r"(?:use|run as|run on|mount|belong to|point at|point to|sit on|route to|scale)\W*"
     r"(?:,\s*)?(?:and|\+|&) (?:what is|what's|whats|what are|who is|who's) (?:its|their|the) (.+?)\W*$",
     r"\2 \3 with their \1 and its \4"),
    # "… run as, and is it automounting its token?": whether it does, beside it
    (r"^\W*(?:which|what) ([a-z][a-z ]*?) (?:does|do) (each|every|the|all the) (.+?) "
     r"(?:use|run as|run on|mount|belong to|point at|point to|sit on|route to|scale)\W*"
     r"(?:,\s*)?(?:and|\+|&) (is|are|does|do|has|have) (?:it|they) (.+?)\W*$",
     r"\2 \3 with their \1 and whether their \1 \4 \5"),
    # "deployments that have 0 available pods": with none available (not: without any pod at all)
    (r"\b(?:that|which) (?:have|has|had) (?:0|zero|no) (available|ready) (pods?|replicas?)\b",
     r"with no \1 \2"),
    # "deploy here not at desired ready count": fewer ready than wanted
    (r"\b(?:not at|below|under|short of|less than) (?:the |their |its )?desired (?:ready )?"
     r"(?:count|number|replicas?|replica count)\b", "not at their desired replica count"),
    # "pod w/ most back-offs": backed off most often (the BackOff events' counts added up)
    (r"\b(most|fewest|least) (?:back-?offs|backoffs)\b", r"\1 backoff occurrences"),
    # "kernel OOM kills per node": the nodes' OOMKilling events (a container's OOMKilled is its own state)
    (r"\bkernel (?:oom|out[- ]of[- ]memory)[- ]?kill(?:s|ing|ed)?\b(?! events?\b)", "oomkilling events"),
    # "whats on the gpu box?": the gpu node
    (r"\b(the|a|any|which|each) (gpu|cpu|big|small|broken|bad|sick) (?:box|machine|host|server)\b",
     r"\1 \2 node"),
    # "deployments that lost a pod to eviction": with evicted pods
    (r"\b(?:that|which) (?:lost|have lost|has lost) (?:a |any |some )?pods? to (?:an )?evictions?\b",
     "with evicted pods"),
    # "storage class with 0 claims using it": that no claim uses
    (r"\b(?:with|having|that have|that has) (?:0|zero|no) (claims?|pvcs?|pods?) "
     r"(?:using|referencing|mounting) (?:it|them)\b", r"that no \1 uses"),
    # "distinct involvedObject kinds w/ Warning ev": the kinds of objects the events are about
    (r"\b(?:distinct |unique |different )?involved ?(?:object )?kinds\b", "kinds of objects"),
    # "on which nodes did the kubelet evict pods?": the nodes that evicted them
    (r"^\W*(?:on|at) which nodes? did (?:the )?(?:kubelets? )?evict (?:any )?pods\b",
     "which nodes evicted pods"),
    # "events that kept repeating for more than 5 minutes": that lasted so long, first seen to last
    (r"\bkept (?:on )?(?:repeating|firing|happening|recurring|coming back) "
     r"(?=(?:for )?(?:more than|over|longer than|at least)\b)",
     "lasted "),
    # "on average, how many times does each warning reason repeat?": the average count per reason
    (r"^\W*on average,? how many times (?:does|do) (?:each|every) (.+?) (?:repeat|recur|fire|happen)\W*$",
     r"average count per \1"),
    # "sts cassandra -n team-b: warnings on its pods", "deploy/x -n y: its pods' events": the warnings
    # (events) of that workload's pods
    (r"^\W*(sts|statefulset|stateful set|deploy|deployment|ds|daemonset|daemon set|job|rs|replicaset)[ /]"
     r"([a-z0-9][\w\-]*)(.*?)[:,]\s*(?:(warnings?|events?|ev) (?:on|for|of|about) (?:its|the|their) pods|"
     r"(?:its|their|the) pods'?s? (warnings?|events?|ev))\W*$",
     lambda m: f"{m.group(4) or m.group(5)} on the pods of {m.group(1)} {m.group(2)}{m.group(3)}"),
    # "sts cassandra -n team-b: total warning count per pod": per pod of that workload
    (r"^\W*(sts|statefulset|stateful set|deploy|deployment|ds|daemonset|daemon set|job|cj|cronjob) "
     r"([a-z0-9][\w\-]*)(.*?)[:,]\s*(.+?\bper pod)\W*$", r"\4 of \1 \2\3"),
    # "cj nightly-report -n batch: errored pods": those pods of that workload
    (r"^\W*(sts|statefulset|stateful set|deploy|deployment|ds|daemonset|daemon set|job|cj|cronjob) "
     r"([a-z0-9][\w\-]*)(.*?)[:,]\s*([a-z\- ]*?)\s*pods\W*$", r"\4 pods of \1 \2\3"),
    # "who mounts pv pvc-8472…": the pods using it
    (r"^\W*who (?:mounts|uses|is using|is mounting|claims|has mounted) "
     r"(?=(?:the )?(?:pv|persistent ?volume|pvc)\b)",
     "which pods use "),
    # "which pods run as a service account that a Role lets read secrets?": whose account can read them
    (r"\b(?:run|runs|running) (?:as|under) (?:a |an )?(?:service ?account|sa) (?:that|which) "
     r"(?:a |some |any )?(?:cluster ?)?(?:role ?(?:binding)? |binding )?(?:lets|allows|permits) "
     r"(?:it )?(?:to )?(read|list|get|access|watch) secrets\b",
     r"have a service account that can \1 secrets"),
    # "if worker-7 stays down, which deployments lose replicas?": those with pods on it
    (r"^\W*if (?:node )?([a-z0-9][\w\-.]*) (?:stays|goes|is|were|was|went|gets|got) "
     r"(?:down|offline|away|dead|drained)"
     r"\W*,?\s*(?:then )?which (deployments|statefulsets|daemonsets|services|namespaces|pods|workloads) "
     r"(?:would )?(?:lose|are affected|be affected|get hit|suffer)\b.*$", r"which \2 have pods on \1"),
    # "endpoint pods for svc/orders-api": the pods behind the service
    (r"\bendpoint pods (?:for|of|behind) ", "pods behind "),
    # "secrets the bookinfo pods use": used by those pods
    (r"^(\W*(?:which |what |the |list |show )?(?:secrets|configmaps|config maps|cms|pvcs|claims))\s+"
     r"(?:that\s+)?the ([a-z0-9][\w\-]*) pods (?:use|mount|reference|need)\b", r"\1 used by the \2 pods"),
    # "which two deployments' pods have restarted the most in total?": the most pod restarts
    (r"^\W*which (\w+) (deployments|statefulsets|daemonsets)'? pods (?:have )?(?:restarted|crashed) the most"
     r"(?: (?:in total|overall|combined|altogether))?\W*$", r"which \1 \2 have the most pod restarts"),
    # "what verbs does each role binding in kube-system grant?": each binding with its role's verbs
    (r"^\W*what (verbs|resources) (?:does|do) (?:each|every|the) (role ?bindings?)(.*?) "
     r"(?:grant|give|allow|permit)\W*$", r"\2\3 with their role \1"),
    # "restarts summed per ns": the total per namespace
    (r"\b([a-z]+(?: [a-z]+)?) (?:summed|added up|totall?ed) (per|by|for each|in each)\b", r"total \1 \2"),
    # "count pods by owner kind, bare pods included": every pod counted, the bare ones too
    (r",?\s*(?:(?:with |and )?(?:the )?(?:bare|standalone|unowned|orphan(?:ed)?) (?:pods|ones) "
     r"(?:included|too|as well)|including (?:the )?(?:bare|standalone|unowned|orphan(?:ed)?) "
     r"(?:pods|ones))\b", ""),
    # "which namespaces run postgres containers?", "namespaces w/ a postgres image": by the image
    (r"^(\W*(?:which |what |list |the )?(?:namespaces|ns)) (?:that |which )?(?:run|running|runs|with|w/|"
     r"have|has|having|use|using) (?:an? |the |any )?"
     r"(?!(?:most|fewest|least|more|less|no|many|multiple|several|only|just|init|sidecar|\d+)\b)"
     r"([a-z0-9][\w\-.]*) (?:containers?|images?)\b",
     r"\1 running image \2"),
    # "po with warning events in last 2m": in the last 2 minutes
    (r"\b(in|within|over|during) (?:the )?(last|past) (\d+) ?(?:m|min|mins)\b", r"\1 the \2 \3 minutes"),
    # "checkout svc selecting non-running pods": pods that are not running
    (r"\b(selecting|selects|select|behind|backing|matching) non-?running (pods|po)\b",
     r"\1 \2 that are not running"),
    # "pvcs in use on cordoned nodes": used by the pods on them
    (r"\b(pvcs?|claims?|config ?maps?|cms|secrets?) (?:in use|mounted|used) on "
     r"(?=(?:the |any )?(?:[a-z\-]+ )?nodes?\b)",
     r"\1 used by pods on "),
    # "which autoscalers have warning events, and what do they scale?": what they target
    (r"\bwhat (?:do|does) (they|it|each(?: one)?) scale\b", r"what do \1 target"),
    # "po nodeSelector node.acme.io/pool: gpu": the selector's key and value, as YAML writes them
    (r"\b(node ?selector|selector)\s+([a-z0-9][\w./\-]*):\s*([\w.\-]+)\b", r"\1 \2=\3"),
    # "warning events that first fired more than 6 hours ago": first seen then
    (r"\bfirst (?:fired|happened|occurred|appeared|showed up|popped up|seen happening)\b", "first seen"),
    # "which po scheduled on worker-3 got warnings?": the pods on it
    (r"\b(pods?|po) (?:scheduled|placed) (?:on|to) (?=\S+ (?:got|have|had|with|that got) (?:any )?warn)",
     r"\1 on "),
    # "what reasons did the kubelet give for evicting pods?": why they were evicted
    (r"^\W*(?:what|which) reasons? did (?:the )?kubelets? (?:give|have|report) for evicting "
     r"(?:the )?pods\W*$",
     "why were pods evicted"),
    (r"^\W*why did (?:the )?kubelets? evict (?:the |any )?pods\W*$", "why were pods evicted"),
    # "us-east-1c nodes: allocatable mem minus requests": what is left unrequested
    (r"\ballocatable (cpu|memory|mem|ram)\s*(?:minus|-|less) (?:the )?(?:pods'? )?(?:sum of )?"
     r"(?:requests|requested)\b", r"unrequested \1"),
    # "which volume is each claim bound to and how big is it?": the volume's capacity
    (r"\b(volume\b[^?]*?)\s*\band how (?:big|large) is (?:it|that|the volume)\b", r"\1 and its capacity"),
    # "ev on node objects": the kind itself, the word said again
    (r"(?<![=:])\b(node|pod|pvc|deployment|service|job|ingress|hpa|replicaset|statefulset|daemonset|namespace|"
     r"configmap|secret)s? objects\b(?!\s*(?:=|have|has|with|that|which)\b)", r"\1s"),
    # "which pods can't be scheduled because of insufficient cpu?": what their scheduling events say
    (r"^\W*(?:which |what |list |show |find )?(?:the )?(?:pods?|po)\b(.*?)\s+(?:that |which )?"
     r"(?:can'?t|cannot|could ?n'?t|are unable to|(?:are |is )?failing to|fail(?:ed)? to|won'?t|don'?t)\s+"
     r"(?:be\s+|get\s+)?schedul\w*,?\s+(?:because(?: of)?|due to|for lack of|for|since|as)\s+"
     r"(?:there (?:is|are|was|were)(?:n'?t| not| no)?\s+)?(.+?)\W*$",
     _unschedulable_because),
    # "what deployments had pods evicted?": the same as "which deployments …" (rules below read "which")
    (r"^(\W*)what (?=(?:(?!(?:about|if|of|for|in|on|with|are|is|was|were|do|does|did|can|could|should|would|"
     r"will|may|might|must|has|have|had|kind|kinds|type|types|sort|else|other|happened|happens)\b)[a-z\-]+ )?"
     rf"(?:{_PLURAL_KINDS}|pod|deployment|service|node|namespace|job|cron ?job|stateful ?set|daemon ?set|"
     r"replica ?set|pvc|claim|ingress|secret|config ?map|hpa|container|image|service account)\b)",
     r"\1which "),
    # "which of the pods in payments …", "are there any pods that had …": which pods …
    # (not "which of my pods asks for the most memory?": the one)
    (rf"^(\W*)which of (?:the|my|our|all the) ({_PLURAL_KINDS}|events)\b"
     r"(?!.*\b(?:most|least|highest|lowest|fewest|biggest|largest|smallest|oldest|newest|youngest|longest|top)\b)",
     r"\1which \2"),
    (rf"^(\W*)(?:are|were) there any ({_PLURAL_KINDS}|events) (?:that|which) ", r"\1which \2 "),
    # "errors from the scheduler", "what errors has the kubelet reported?": the warnings it reported
    (r"\b(?:errors?|problems|complaints)\s+(?=(?:from|by|reported by|raised by|logged by)\s+(?:the\s+)?"
     r"(?:kubelet|(?:default-)?scheduler|[\w\-]+[- ]controller|[\w\-]+ autoscaler)\b)", "warnings "),
    (r"^(\W*(?:what|which|any))\s+(?:errors|problems)\s+(?=(?:has|have|did|does|is)\s+(?:the\s+)?"
     r"(?:kubelet|(?:default-)?scheduler|[\w\-]+[- ]controller)\b)", r"\1 warnings "),
    # "what's the most common warning?": the reason most warnings have (not the one most repeated event)
    # (not "… by count", "… counting repeats": the events' own counts)
    (r"\bmost (common|frequent) (warning|event)(s?)\b(?!\s+(?:(?:event|ev)s?\s+)?(?:reasons?|types?|"
     r"messages?|sources?)\b)"
     r"(?!.*\b(?:by|count\w*|repeat\w*|occurrences|times|sum\w*|total|incl\w*)\b)",
     r"most \1 \2 reason\3"),
    # "what node is each pod in shop on and what zone is that node in?": both, of each pod
    (r"^\W*(?:what|which) node (?:is|are) (each|every|the) (pods?|po)\b(.*?) (?:running |scheduled )?on,? "
     r"and (?:what|which) (zone|region|instance type) (?:is|are) "
     r"(?:that node|the node|it|they|those nodes) in\W*$",
     r"which node and \4 is \1 \2\3 on"),
    # "the service that exposes the highest number of ports", "which zone has the highest number of nodes":
    # the most of them
    (r"\bthe (?:highest|largest|greatest|biggest) (?:number|count) of\b", "the most"),
    (r"\bthe (?:lowest|smallest) (?:number|count) of\b", "the fewest"),
    # "what did the hpas report?": the events about them (a controller's own reports are its source's)
    (r"^\W*what (?:did|have|has) (?:the |my |our )?(hpas?|horizontal pod autoscalers?|autoscalers?|"
     r"replica ?sets?|daemon ?sets?|stateful ?sets?|deployments?|jobs?|cron ?jobs?|pvcs?|pdbs?|services?|"
     r"endpoints)\s+"
     r"(?:been )?(?:report(?:ed|ing)?|sa(?:y|id|ying)|complain(?:ed|ing)?(?: about)?)\W*$",
     r"events about the \1"),
    # "why is the hpa failing?", "why can't the hpas compute replicas?": the warnings about them
    (r"^\W*why (?!.*\bevents?\b)(?:(?:is|are|does|do) (?=.*\b(?:failing|not|broken|erroring)\b)|"
     r"(?:isn'?t|aren'?t|doesn'?t|don'?t|can'?t|cannot|won'?t) )(?:the |my |our )?"
     r"((?:[a-z][\w\-]* )?(?:hpas?|horizontal pod autoscalers?|autoscalers?)(?: in [a-z][\w\-]*)?)\s+"
     r"(?:(?:failing|not (?:working|scaling)|broken|erroring)(?: to scale)?|working|scaling|"
     r"(?:compute|calculate|get|read|fetch|scale)\b.*?)\W*$",
     # (one named: its warnings; the autoscalers: each one's kinds of trouble, once)
     lambda m: ("what is wrong with" if rx.match(r"(?:hpa|horiz|autosc)", m[1]) else "warning events about")
     + f" the {m[1]}"),
    # "everything that went wrong in the last hour": what went wrong then
    (r"^\W*(?:(?:show|list|give)(?: me)? )?(?:everything|anything|all(?: the things)?|what(?:ever)?) "
     r"(?:that )?(?:went|has gone|have gone|goes) wrong\b", "what went wrong"),
    # "failed readiness checks": the probes
    (r"\b(readiness|liveness|startup) (?:health )?checks?\b", r"\1 probes"),
    # "deployments with fewer replicas than desired": fewer of them ready (the desired count is the replicas)
    (r"\b(fewer|less) (?:running |available )?replicas than (?:desired|wanted|specified|requested|asked for|"
     r"(?:they|it) (?:want|wants|should have|asks? for))\b", r"\1 ready replicas than desired"),
    # "how many gpus per node": what each node has
    (r"^\W*(?:how many|number of) (?:nvidia )?gpus (?:per|on each|for each|by|of each) node\W*$",
     "how many gpus does each node have?"),
    # "which groups are bound in team-a?": those its role bindings name
    (r"^\W*(?:which|what) (users|groups|service accounts|subjects) (?:are|is) bound in ",
     r"which \1 are bound by rolebindings in "),
    # "when did the fraud-detector pods last crash?": a pod's crash restarts it (a container's is read apart)
    (r"\b(pods?|po)\b(.*?)\blast (?:crash(?:ed)?|died)\b", r"\1\2last restarted"),
    # "what are the pods in shop doing?", "what are their pods up to?": their status
    (r"^\W*what (?:are|is) (?!.*\b(?:kubelet|scheduler|controller|autoscaler)\b)(.+?) (?:doing|up to)\W*$",
     r"\1 and their status"),
    # "pods whose service account can read secrets": said whole, "… whose role binding lets it read secrets"
    (r"\b(pods?|po)\s+(?:whose (?:service account|sa)|(?:that |which )?"
     r"(?:have|has|run as|running as|use|uses|using) an? (?:service account|sa)(?: that| which)?) "
     r"(?:can|may|is allowed to) (read|get|list|see|view|access) secrets\b",
     r"\1 that run as a service account whose role binding lets it \2 secrets"),
    # "nodes running a fluent-bit container": the nodes that run one (not "nodes running low on memory")
    (r"^(\W*(?:which |what |list |show |find )?(?:the |all )?nodes) running (?=(?:an?|the|any|some) )",
     r"\1 that run "),
    # "daemonsets scheduled on fewer nodes than desired", "… not on every node they should be": fewer
    # scheduled than the nodes they are meant for
    (r"\b(daemon ?sets?|ds)\b(.*?)\b(?:(?:that are |which are )?(?:scheduled|running) on fewer nodes than "
     r"(?:desired|wanted|they should(?: be)?)|with fewer (?:pods )?scheduled than desired|"
     r"(?:that are |which are )?not (?:scheduled|running) on (?:every|all(?: the)?) nodes? (?:they|it) "
     r"should(?: be)?(?: on)?)(?=\W*$)",
     r"\1\2 where current is less than desired"),
    # "crashlooping pods and how much memory they request": each one's own amount, not the total
    (r"^(.+?),? and how much (cpu|memory|mem|storage) (?:do |did |does )?"
     r"(?:they|it|each(?: one)?|these|those) (request(?:s|ed)?|ask(?:s|ed)? for|reserve[sd]?|ha(?:ve|d|s)|"
     r"(?:are|were|is|was) (?:allowed|limited to)|(?:can|could) use)\W*$",
     lambda m: f"{m[1]} and their {m[2]} "
     + ("request" if m[3].startswith(("request", "ask", "reserv")) else "limit")),
    # "how many pods is each node running compared to its capacity?", "pods per node vs capacity": both
    (r"^\W*(?:how many pods (?:is|are|does|do) (?:each|every) node (?:running|run|have|has|hosting|host|"
     r"holding|hold)|(?:number of |count of )?pods? (?:count )?(?:per|on each|by) node),? "
     r"(?:compared (?:to|with)|vs\.?|versus|against|relative to) (?:(?:its|their|the(?: node'?s)?) )?"
     r"(?:pod )?(?:capacity|max(?:imum)? pods|pod limit|allocatable(?: pods)?)\W*$",
     "pod count and pod capacity of each node"),
    # "deployments with a different number of ready and desired replicas", "whose ready replicas differ from
    # desired": the two counts unequal
    (r"\b(?:(?:that |which )?(?:have|has|with) )?an? (?:different|mismatched) (?:number|count) of "
     r"(ready|available|current|updated) (?:and|vs\.?|versus) (desired|wanted) replicas\b",
     r"where \1 replicas != \2"),
    (r"\b(?:whose|where|with) (ready|available|current|updated) replicas? (?:counts? )?(?:differs?|"
     r"is different|are different) (?:from|than|to) (?:the )?(desired|wanted)"
     r"(?: replicas| count| replica count)?\b",
     r"where \1 replicas != \2"),
    # "what is the cluster's kubernetes version?", "what version of kubernetes do we run?": the nodes'
    # kubelets say it (the API server's own is not an object)
    (r"^\W*(?:what(?:'s| is)|which) (?:the )?(?:cluster'?s? )?(?:kubernetes|k8s|kube) version"
     r"(?: (?:is|are) (?:we|the cluster) (?:on|running|at))?\W*$"
     r"|^\W*(?:what|which) version of (?:kubernetes|k8s) (?:do|are) (?:we|you|i) "
     r"(?:run|running|use|using|on)\W*$"
     r"|^\W*(?:what|which) (?:kubernetes|k8s) version (?:is|does) (?:the|this) cluster "
     r"(?:run|running|use|on)\W*$",
     "what kubernetes version are the nodes running"),
    # "namespaces with both deployments and statefulsets": each of them
    (r"\b(with|have|has|having|hold|holds|holding|contain|contains|containing) both ((?:[a-z\-]+ )?"
     r"(?:deployments|deploys|statefulsets|daemonsets|services|pods|jobs|cronjobs|ingresses|secrets|configmaps|"
     r"pvcs|hpas|network policies|netpols|quotas|service accounts) and )",
     r"\1 \2"),
    # "cronjobs that last ran more than 2 hours ago": their last run, not their age
    (r"\b(cron ?jobs?|cjs?)\b(.*?)\s(?:that |which )?last (?:ran|run|fired|executed|triggered) "
     r"(more than|over|less than|under|at least)\b", r"\1\2 whose last run was \3"),
    # "in payments, which pods mount a claim?": the namespace said first is the same as said last
    (r"^\W*in (?:the )?([a-z0-9][a-z0-9\-]*)(?: namespace| ns)?\s*[,:]\s*(.+?)(\W*)$", r"\2 in \1\3"),
    # "deployments in the ml namespace are autoscaled": in ml
    # (not "the default namespace": every namespace has a service account called default)
    (r"\b(in|from|of) the (?!(?:same|current|whole|other|each|every|own|given|right|wrong|new|old|one|first|"
     r"last|entire|that|this|default)\b)([a-z0-9][a-z0-9\-]*) (?:namespace|ns)\b"
     r"(?!\s*(?:label|annotation)s?\b)",
     r"\1 \2"),
    # "the cpu and memory requests and limits": all four
    (r"\b(cpu|memory|mem|ram) (?:and|&|\+|/) (cpu|memory|mem|ram) (requests?) (?:and|&|\+|/) (limits?)\b",
     r"\1 \3, \2 \3, \1 \4 and \2 \4"),
    # "how many CPU cores are allocatable across all nodes?": the allocatable cpu, added up
    (r"^\W*how many (?:cpu )?(?:cores|cpus?) (?:are|is) allocatable\b(?: (?:across|on|over|"
     r"in) (?:all (?:the )?|the |every )?nodes?| in (?:the )?cluster)?\W*$",
     "total allocatable cpu"),
    # "which node does each payments pod run on, and what zone?": those pods with their node and its zone
    (r"^\W*(?:which|what) nodes? (?:does|do) (?:each|every|all(?: the)?|the) ([\w\- ]*?)(?:pods?|po) "
     r"(?:run|sit|"
     r"live)s? on\b,?(?: and (?:what|which|its|their) ([a-z ]+?))?\W*$",
     lambda m: f"{m[1]}pods with their node" + (f" and {m[2]}" if m[2] else "")),
    # "which nodes are not ready, and which pods run on them?": those nodes' pods, each with its node
    (r"^\W*(?:which|what) nodes (?:(are)|have|with) ([a-z\- ]+?),? and (?:which|what) pods (?:run|are running"
     r"|are scheduled|are|sit|live)(?: on)? (?:them|those(?: nodes)?|there)\W*$",
     lambda m: f"which pods run on nodes {'that are' if m[1] else 'with'} {m[2]}, and which node?"),
    # "deployments running replicas on worker-9": with pods there (not their replica counts)
    (r"\b(running|with|that have|that run|having) (?:any |a )?replicas? on\b", r"\1 pods on"),
    # "secrets used by pods in team-b, with each secret's type": the listed kind's own column
    (r"^((?:(?:list|show|which|what) )?(?:the |all )?([a-z]+?)s\b.*?)\b(with|and) (?:each|every) \2'?s\b",
     r"\1\3 their"),
    # "which secrets do the team-b pods pull in": the ones they use
    (r"\b((?:pods?|po|containers?) )(?:pull|bring|drag) in\b", r"\1use"),
    # "what kinds of warnings keep firing in checkout, and how often?", "how often does each warning reason
    # fire": each reason with its occurrences
    (r"^\W*(?:what |which )?(?:kinds?|types?|sorts?) of (warning|event)s? (?:(?:keep|are|"
     r"have been) )?(.*?),? and how often\W*$",
     r"\1 reasons that are \2 with occurrences"),
    (r"^(.*\breasons?\b.*?),? and how often\W*$", r"\1 with occurrences"),
    (r"^\W*how often (?:does|do) (?:each|every|the) (warning |event |normal )?reasons? (?:fire|happen|"
     r"occur|show up|come up)\b(.*)$",
     r"\1reasons\2 with occurrences"),
    # "kafka pods in data - any warning events?", "sts/kafka -n data po warnings: reason + msg": the events of
    # that workload's pods
    (r"^([a-z0-9][\w\-]*) (?:pods|po)( in [\w\-]+)?\s*[-:,]+\s*(?:any |their )?(warnings?|warning events|"
     r"events)\W*$",
     r"\3 of the \1 pods\2"),
    (r"^(sts|statefulset|deploy|deployment|ds|daemonset)/([a-z0-9][\w\-]*)((?: -n [\w\-]+)?):?\s*(?:po|"
     r"pods?) "
     r"(warnings?|warning events|events)\b(?:\W*(?:reason|msg|message|type)s?)*\W*$",
     lambda m: f"{m[4]} of the pods of {_KIND_SHORT_NAMES.get(m[1], m[1])} {m[2]}{m[3]}"),
    # "any bound volumes sitting idle with no pod using them?": the bound claims no pod mounts
    (r"\b(?:(?:sitting|that are|are) )?idle\b,? (?=with no|that no)", ""),
    (r"\b(?:with|having) no (?:pods?|po) (?:using|mounting|referencing) (?:them|it)\b",
     "not used by any pod"),
    (r"\bbound volumes\b(?= (?:not used by any pod|that no pod))", "bound pvcs"),
    # "pods on each ec2 instance type": the nodes' instance type (a label, not a cloud lookup)
    (r"\b(?:ec2|aws|gce|gcp|azure|cloud|vm) (instance[ -]?types?|machine[ -]?types?)\b", r"\1"),
    # "which jobs wrapped up in the past hour?": finished then
    (r"\b(jobs?|cron ?jobs?|runs?)( \w+)? (?:wrapped up|wound up|got done|were done)\b", r"\1\2 finished"),
    # "which nodes stopped checking in more than ten minutes ago?": their last heartbeat is older
    (r"\b(?:stopped|quit|ceased) (?:checking in|reporting in)\b", "last heartbeat"),
    # "jobs that have been going for 15m+ and still aren't done": running for longer than that
    (r"\b(?:have been|has been|been) (?:going|running|active|at it) (?:for )?(\d+ ?\w+?)\+",
     r"running for more than \1"),
    (r"\b(?:have been|has been|been) (?:going|active|at it) (?:for )?(more than|over|longer than) ",
     r"running for \1 "),
    (r"\b(running for (?:more than|over|longer than) \S+) and (?:still )?(?:aren'?t|are not|isn'?t|"
     r"is not) (?:yet )?(?:done|finished|complete)\b",
     r"\1 and still running"),
    # "which two pvcs ask for the biggest volumes?": ranked by their storage request
    (r"\b(?:ask|asks|asking|request|requests|requesting) for (?:the )?(biggest|largest|most|smallest|"
     r"least) (?:volumes?|storage|space|disks?)\b",
     r"with the \1 storage request"),
    # "which pods in batch ended with an Error?": in status Error
    (r"^((?!.*\b(?:containers?|ctrs?)\b).*\b(?:pods?|po)\b.*?)\b(?:ended|finished|exited|died|"
     r"stopped) (?:with|in) (?:an? )?error\b",
     r"\1are in error"),
    # "az -> node count", "ns -> pod count": the count per zone (namespace, node)
    (r"^\W*(az|zone|namespace|ns|node|region)s?\s*(?:->|→|:)\s*(\w+) (?:count|#)\W*$", r"\2 count per \1"),
    # "namespces restarting the most, top 2": the top namespaces by restarts
    (r"^\W*(namespaces?|ns|nodes?|deployments?|pods?|containers?) restarting the most,? top (\d+|two|three|"
     r"four|five)\W*$",
     r"top \2 \1 by restarts"),
    # "restarting containres in ml + count": those with their restart counts
    (r"^\W*(?:restarting|restarted) (pods|po|containers)\b(.*?)\s*(?:\+|and|with) (?:the |"
     r"their )?(?:restart )?counts?\W*$",
     r"\1\2 with restart counts that restarted"),
    # "deploy --selector team=data-eng": kubectl's label selector (not the deployments' own selector column)
    (r"(?:^|(?<=\s))--selector(?:=|\s+)", "-l "),
    # "what services have we got in the data namespace?": the ones there
    (r"\b(?:have|has) (?:we|you) got\b", "are there"),
    # "which serviceaccount is every bookinfo pod running as?": each pod's service account
    (r"^\W*(?:hey,? |so,? )?(?:which|what) (service ?accounts?|sa) (?:is|are|does|do) (?:every|each|"
     r"all(?: the)?|the) ([\w\-]+ )?(?:pods?|po) (?:running|run|using|use) as\W*$",
     r"\2pods and their service account"),
    # "batch cj: name + cron expr", "bacth cron timings": the cron jobs' schedules
    (r"\b(?:cron ?jobs?|cjs?|cron)\b:?\s*(?:(?:name|names) ?(?:\+|and|"
     r",) ?)?(?:their )?(?:cron )?(?:expr(?:ession)?s?|timings?)\W*$",
     "cronjobs with their schedule"),
    # "which deployments are below their desired ready count?", "deploy here not at full replicas": fewer
    # ready than desired
    (r"(?<!\bcount )(?<!\bcount is )\b(?:are |is |that are |which are )?(?:running )?(?:below|under|short of|"
     r"not at) (?:(?:their|its|the) (?:desired(?: ready)? (?:count|replicas|number|replica count)|"
     r"replica count)|"
     r"(?:their )?full (?:replicas|strength|capacity|replica count))\b",
     "with ready below desired"),
    # "shop pods that aren't passing readiness", "up but not passing readiness": not ready
    (r"\b(?:(?:that )?(?:aren'?t|are not|isn'?t|is not)|not) (?:passing|meeting) (?:their |"
     r"the )?readiness(?: checks?| probes?)?\b",
     "not ready"),
    # "pods that haven't been assigned to a node", "po with empty NODE column": no node yet
    (r"\b(?:that )?(?:haven'?t|have not|hasn'?t|has not) (?:been |yet been )?(?:assigned|scheduled|"
     r"bound) (?:to|on(?:to)?) (?:a |any )?nodes?(?: yet)?\b",
     "with no node"),
    (r"\b(?:with )?(?:an? )?(?:empty|blank|null) node(?: column| field)?\b", "with no node"),
    # "which namespaces did nobody bother to label?": without labels
    (r"^\W*(?:which|what) (\w+) (?:did|has|have) (?:nobody|no ?one|"
     r"no one) (?:bother(?:ed)? to )?label(?:led)?\W*$",
     r"\1 without labels"),
    # "STATUS column tally for all po": the count per status
    (r"^\W*(\w+) (?:column )?(?:tally|breakdown|histogram) (?:for|of|across) (?:all |the |"
     r"every )?(\w+?)s?\W*$",
     r"\2 count by \1"),
    # "no Ready count": kubectl's no for nodes, counted
    (r"^\W*no (ready|notready|not ready|cordoned|schedulable|unschedulable) count\W*$", r"count of \1 nodes"),
    # "po w/ RESTARTS != 0, how many": the count asked after the list
    (r"^(?!\W*(?:which|what|how|who|where|when)\b)(.+?),\s*how many\W*$", r"how many \1"),
    # "allocatable cpu + memory for every node": both allocatable; "per-node allocatable CPU and memory",
    # "what can each node hand out to pods, cpu and memory wise?", "how much CPU and memory can each node
    # allocate": each node's allocatable resources
    (r"\b(allocatable|capacity) (cpu|memory|mem) ?(?:\+|and|&|,|/) ?(cpu|memory|mem)\b", r"\1 \2 and \1 \3"),
    (r"^\W*per[- ]node (allocatable|capacity) (.+)$", r"nodes with their \1 \2"),
    (r"^\W*(?:nodes|no):?\s*((?:allocatable|capacity) .+?)(?: cols?| columns?)?\W*$", r"nodes with their \1"),
    (r"^\W*what can each node (?:actually )?(?:hand out|give|offer|allocate) (?:to pods)?,? (cpu|memory|"
     r"mem) and (cpu|memory|mem)(?: ?-?wise)?\W*$",
     r"nodes with their allocatable \1 and allocatable \2"),
    (r"^\W*how much (cpu|memory|mem) and (cpu|memory|mem) (?:can|does) each node (?:actually )?(?:allocate|"
     r"hand out|give|offer)(?: to pods)?\W*$",
     r"nodes with their allocatable \1 and allocatable \2"),
    # "what CPU and memory requests does the team-a limit range default containers to?": its default requests
    (r"^\W*what (?:cpu|memory|mem) and (?:cpu|memory|mem) (requests|"
     r"limits) does (?:the )?([a-z0-9][\w\-]*) limit ?range default (?:containers |pods )?to\W*$",
     r"\2 limitrange default \1"),
    # "what do the events for cassandra-0 in team-b say?": that object's events
    (r"^\W*what do (?:the )?(?:events|ev) (for|of|on|about) (.+?) say\W*$", r"events \1 \2"),
    # "pod creation failures in monitoring (FailedCreate events)": the replica sets' FailedCreate events
    (r"\bpod creation (?:failures?|errors?|problems?)(?: (?:events?|ev))?\b"
     r"(?=.*\b(?:failedcreate|events?|ev)\b)",
     "failedcreate events"),
    # "pod creation refused for which controllers? show the error from the events": FailedCreate events
    (r"^pod creation (?:refused|failed|failing|denied|blocked) (?:for|in|on) which (?:controllers|owners|"
     r"replicasets|replica sets|workloads)\W+(?:show |with |and )?(?:the |their )?(?:error|message|reason)s?"
     r"(?: from the events)?\W*$", "failedcreate events and their messages"),
    # "top3 no by # of po": the top 3
    (r"\btop(\d+)\b", r"top \1"),
    # "frontend qos class counts": the count per class
    (r"\b(qos class|status|phase|zone|node|reason|type|instance type)(?:es)? counts\W*$", r"count per \1"),
    # "default container requests and limits in team-a": the limit range's defaults
    (r"^\W*(?:the )?default (?:container |pod )?requests and limits\b",
     "limitrange default requests and limits"),
    # "services that select pods by the k8s-app label", "svc whose selector uses k8s-app": a selector key
    (r"\bselect(?:s|ing)? (?:pods |po )?(?:by|on) (?:the )?([a-z][\w./\-]*) label\b",
     r"select pods with the \1 label"),
    (r"\bwhose selector (?:uses|has|includes|contains|mentions) (?:the )?(?:key |label )?(?!(?:more|less|"
     r"fewer|no|any|an?|at|exactly|only|multiple|several|one|two|three)\b)([a-z][\w./\-]*[a-z0-9])"
     r"(?![\w./\-])(?: label| key)?\b(?!\s*[=:])", r"that select pods with the \1 label"),
    # "which pods did someone create by hand, no controller behind them?": the pods no controller owns
    (r"\b(?:did|were|was) (?:someone|somebody|anyone|we|you|people) (?:create|make|deploy|start|"
     r"run)(?:d)? (?:by hand|manually)\b(?:,? (?:with )?no (?:controller|owner)(?: behind (?:them|it))?)?",
     "have no owner"),
    (r"\b(?:created|made|deployed|started|run) (?:by hand|manually)\b(?:,? (?:with )?no (?:controller|"
     r"owner)(?: behind (?:them|it))?)?",
     "with no owner"),
    # "deploy metrics-server -n kube-system -> node": the nodes its pods run on
    (r"^\W*(?:deploy|deployment)[ /]([a-z0-9][\w\-]*)((?: -n [\w\-]+| in [\w\-]+)?)\s*(?:->|→|"
     r":)\s*(?:its )?nodes?\W*$",
     r"deploy/\1\2: what nodes are its pods on"),
    # "deployments broken by image pull failures in their pods", "deploymnets stuck on image pulls"
    (r"\b(?:are )?(?:broken by|stuck on|failing on|hit by|blocked on) image ?pull(?:s| failures| errors|"
     r" problems)?(?: in their pods)?\b",
     "with pods in image pull errors"),
    # "pods on the NotReady worker, totals by namespace", "ns breakdown of po sitting on NotReady no"
    (r",?\s*\b(?:totals?|counts?|breakdown|tally) (?:by|per) (namespace|node|zone|status)\W*$",
     r" count per \1"),
    (r"^\W*(ns|namespace|node|zone|status) breakdown of (.+)$", r"\2 count per \1"),
    (r"\b(pods?|po) (?:sitting|sat) on\b", r"\1 on"),
    # "for the nodes in us-east-1a, how many pods does each have?": each one's count
    (r"^\W*for (?:the |all |each of the )?(\w+?)s? ((?:in|on) [\w\-]+),\s*how many (\w+) (?:does|"
     r"do) (?:each|they)(?: one)? have\W*$",
     r"how many \3 does each \1 \2 have"),
    # "which zone is each team-a frontend pod in?": that deployment's pods with their zone
    (r"^\W*(?:which|what) (zone|node|instance type) is each ([a-z0-9][\w\-]*) ([a-z0-9][\w\-]*) pod (?:in|"
     r"on)\W*$",
     r"pods of deployment \3 in \2 with their \1"),
    # "ml po consuming hf-secret": using it
    (r"\b(po|pods?) consuming\b", r"\1 using"),
    # "no worker-4: recent ev": that node's events
    (r"^\W*(?:no|node) ([a-z0-9][\w\-]*):\s*(?:recent |latest |all )?(?:ev|events)\W*$",
     r"events for node \1"),
    # "my deploys that haven't reached their desired ready count", "deploy (this ns) ready<desired"
    (r"\b(?:that )?(?:haven'?t|have not|hasn'?t|has not) (?:reached|hit|got to) (?:their|its|"
     r"the) desired(?: ready)? (?:count|replicas|replica count)\b",
     "with ready below desired"),
    (r"^\W*(?:deploy|deployments?) \((?:this|my) (?:ns|namespace)\)\s*ready ?< ?desired\W*$",
     "deployments here with ready below desired"),
    # "get po -l role=replica -n team-a": kubectl's get, the kind after it what is listed
    (r"^\W*(?:kubectl |k )?get (?=(?:po|pods?|svc|services?|deploy\w*|no|nodes?|ns|namespaces?|ev|events?|"
     r"cm|configmaps?|secrets?|pvcs?|ing|ingress\w*|sts|statefulsets?|ds|daemonsets?|jobs?|cj|cronjobs?)\b)",
     ""),
    # "pods defining init containers", "anything running init containers?": the pods with them
    (r"\b(?:defining|declaring|that define|that declare)\s+(init containers|sidecars?)\b", r"with \1"),
    (r"^\W*(?:is )?anything (?:running|with|using) (init containers|sidecars?)\W*$", r"pods with \1"),
    # "no, instance type m5.xlarge only": kubectl's no for nodes, before a column of theirs
    (r"^\W*no,? (?=(?:instance type|zone|region|kernel|os image|arch|role)\b)", "nodes with "),
    # "deploymnets where nothing is ready": none of their replicas ready
    (r"^(\W*(?:deploy\w*|sts|statefulsets?)\b.*?)\b(?:where|with) (?:nothing|none|no replicas?|"
     r"no pods?) (?:is |are )?ready\W*$",
     r"\1with 0 ready replicas"),
    # "anything still in ContainerCreating?", "pods that never got past creating containers": in that status
    (r"^\W*(?:is |are )?(?:there )?anything (?:still |stuck )?(?:in )?(containercreating|crashloopbackoff|"
     r"pending|terminating|imagepullbackoff|errimagepull|evicted|unknown)\W*$",
     r"pods in \1"),
    (r"\b(?:that )?never got past creating (?:their )?containers\b", "in containercreating"),
    # "sts w/ ready under spec replicas": fewer ready than desired
    (r"\bready (?:under|below|<|less than) (?:the )?(?:spec|desired|specified|wanted) replicas\b",
     "ready below desired"),
    # "tally of pod states in data": the count per status
    (r"\btally of (pod |node )?(?:states|statuses|phases)\b", r"\1count per status"),
    # "last three nodes to join": the newest
    (r"^\W*(?:the )?last (\w+) (\w+s) to (?:join|be added|be created|come up|get added)\W*$",
     r"the \1 newest \2"),
    # "nodes under 30 days old", "no w/ age under 30d": younger than that
    (r"\b(?:under|less than|below) (\d+ ?[a-z]+?) old\b", r"younger than \1"),
    (r"\b(?:w/ |with )?age (?:under|<|below|less than) (\d+ ?[a-z]+)\b", r"younger than \1"),
    # "ns where istio sidecars get injected (label)", "namespaces opted into istio injection": that label
    (r"\b(?:where istio(?: sidecars?)? (?:get|are|is) injected|opted into istio(?: sidecar)? injection|"
     r"with istio(?: sidecar)? injection(?: enabled| on)?)\b(?: \(?labels?\)?)?",
     "with label istio-injection=enabled"),
    # "which servcies target app=redis?": the services selecting it
    (r"\b(?:target|targets|targeting|point at|points at|route to|routes to)\s+(?=[a-z][\w./\-]*=)",
     "selecting "),
    # "po -A where the node is cordoned": the pods on such nodes
    (r"\bwhere (?:the|their|its) node is (cordoned|not ready|notready|tainted|unschedulable)\b",
     r"on \1 nodes"),
    # "cpu requested by all ml pods, in cores": the total
    (r"^\W*(cpu|memory|mem) requested by (?!each\b|every\b|per\b)(?:all )?(?:the )?(?!each\b|every\b)",
     r"total \1 requested by "),
    # "could you tally up the services in each namespace?": count them
    (r"\btally(?: up)?\b", "count"),
    # "which four nodes did we add last?": the newest
    (r"^\W*(?:which|what) (\w+ )?(\w+s) (?:did|were|have) (?:we|you|someone|they) (?:add|added|create|"
     r"created|join|joined|bring up|brought up)(?: to the cluster)? (?:last|most recently)\W*$",
     r"the \1newest \2"),
    # "which namespaces does the web team own, going by labels?": those labelled team=web
    (r"^\W*(?:which|what) (\w+) (?:does|do) (?:the )?([a-z0-9][\w\-]*) team own\b(?:,? (?:going )?by "
     r"(?:the |their )?labels?)?\W*$",
     r"\1 with label team=\2"),
    # "…'s pods in team-a, and what state they're in?": with their status
    (r",? and (?:what|which) (?:state|status|phase) (?:they'?re|they are|it'?s|it is|"
     r"each (?:one )?is) in\W*$",
     " with their status"),
    # "do any checkout pods have init containers? what are they called?": those init containers
    (r"^\W*(?:do|does) any ([\w\-]+ )?(?:pods?|po) have init containers\W*(?:and )?(?:what are (?:they|"
     r"their names) called|what are they|which ones|what are their names)\W*$",
     r"init containers of \1pods"),
    # "readines/liveness probe failurs": both kinds of probe failure
    (r"\b(?:readi\w*|liveness) ?(?:/|or|and|&) ?(?:readi\w*|liveness) probe\b", "probe"),
    # "po on no w/ SchedulingDisabled": kubectl's no for nodes
    (r"\b(pods?|po) on no\b", r"\1 on nodes"),
    # "persistant volume claims nothing is using": those no pod uses
    (r"\b(?:that )?nothing (?:is )?(?:using|uses|mounts|mounting|references)(?: them| it)?\b",
     "not used by any pod"),
    # "hosts on my ingresses": the ingresses with that column
    (r"^\W*(hosts|ports|images|labels|annotations|types|schedules|selectors|rules|classes) (?:on|of|for|"
     r"in) (my|our|the) (?!ns\b|namespace\b|cluster\b)(\w+)\W*$",
     r"\2 \3 and their \1"),
    # "ml warn ev": the warning events
    (r"\bwarn (ev|events?)\b", "warning events"),
    # "whos failing image pulls? (events)": which pods are
    (r"^\W*who'?s (?=failing|hitting|getting|throwing|having)", "which pods are "),
    # "and the reason message": the message
    (r"\bthe reason(?:'s)? (?:message|msg)\b", "the message"),
    # "cordoned-node pods in ns checkout": the pods on such nodes
    (r"\b(cordoned|notready|not-ready|tainted|unschedulable|unready)-nodes? (pods|po)\b", r"\2 on \1 nodes"),
    # "claims referencing a storage class we don't have": one the cluster lacks
    (r"\b(?:referencing|using|with|on|that use|that reference) (?:a |an )?(?:storage ?class|sc) (?:we|you|"
     r"they) (?:don'?t|do not) have\b",
     "on a storage class the cluster lacks"),
    # "cache-warmer cj (batch): pods it ended up creating + STATUS": that cron job's pods
    (r"^([a-z0-9][\w\-]*) (?:cj|cronjob|cron job) \(([\w\-]+)\):?\s*(?:the )?(?:pods|po) (?:it|"
     r"that it) (?:ended up creating|created|made|spun up|left)\b",
     r"pods of cronjob \1 in \2"),
    # "shop deploys w/ pod restarts (summed)": each deployment with its pods' restarts added up
    (r"^([a-z0-9][\w\-]*) (?:deploys|deployments) (?:w/|with) (?:their )?pod restarts \(?(?:summed|total|"
     r"added up)\)?\W*$",
     r"\1 deployments and the total restarts of their pods"),
    # "po here != Running, show status": with that column
    (r",\s*(?:show|plus|\+|incl\.?|including) (?:the |their |its )?(status|node|restarts|age|ip|images?|"
     r"reason)\W*$",
     r" with their \1"),
    # "which quotas are more than half used?", "past the halfway mark": over 50% used
    (r"\b(?:more than|over|past|above) (?:half (?:used|full)|the halfway mark|halfway (?:used|full|mark))\b",
     "more than 50% used"),
    # "who's the worst offender for restarts": the top restarter
    (r"\b(?:the )?(?:worst|biggest) offender (?:for|in|by) restarts\b", "the top restarter"),
    # "how many CPU cores does the cluster have altogether? capacity, not allocatable": the one said
    (r"\W+(capacity|allocatable),? not (?:the )?(?:allocatable|capacity)\W*$", r" (\1)"),
    # "what are we pulling from docker.io in the data namespace?": the images from there
    (r"^\W*what (?:images )?(?:are|is) (?:we|they|you|people) (?:pulling|running) from ([\w.\-/]+)",
     r"distinct images from \1"),
    # "total memory requests across all namespaces": kubectl's -A (not the namespaces counted)
    (r"^(\W*(?:what(?:'s| is| are) (?:the )?)?(?:total|sum of|combined) (?:cpu|memory|mem|storage|gpu|"
     r"restarts?)\b[\w ]*?)\s*,?\s*(?:across|in|over|for) (?:all|every) (?:the )?(?:namespaces|ns)\b",
     r"\1 -a"),
    # "what's the combined cpu request across payments": the total, in that namespace
    (r"\bcombined (cpu|memory|mem|storage|gpu)\b", r"total \1"),
    (r"\b(total|sum of)( \w+){1,3}? across (?!the\b|all\b|every\b|each\b|both\b|my\b|our\b|namespaces?\b|"
     r"ns\b|nodes?\b|"
     r"zones?\b|regions?\b|pods?\b|containers?\b|deployments?\b|clusters?\b|replicas?\b|workloads?\b|"
     r"services?\b|teams?\b)([a-z0-9][\w\-]*)",
     lambda m: m[0][: m.start(3) - m.start(0)].replace(" across ", " in ") + m[3]),
    # "image pulls failing somewhere": image pull errors (not pods in phase Failed)
    (r"\bimage ?pulls? (?:are |keep )?(?:failing|failed|broken)\b(?! events?\b| ev\b)", "image pull errors"),
    # "job backoff-limit events", "any jobs out of retries?": the ones past their backoff limit
    (r"\bbackoff-limit\b", "backoff limit"),
    (r"\b(jobs?) (?:that (?:are|have )?|which (?:are )?)?(?:out of|ran out of|used up (?:all )?(?:their|"
     r"its)) retries\b",
     r"\1 that hit their backoff limit"),
    # "the last three deployments someone created": the newest three (who created them is not asked)
    (r"\b(?:the )?last (\w+ )?(\w+?s) (?:that |which )?(?:someone|somebody|anyone|we|you) (?:created|"
     r"made|deployed|added)\b",
     r"newest \1\2"),
    # "image-proxy in frontend just scaled up, I think? can you pull the events on that deployment": all of
    # that object's events (what the asker guessed happened is not a filter)
    (r"^([a-z0-9][\w\-]*)( in [\w\-]+)? [^?]*\?\s*(?:can you |could you |please )?(?:show|pull|get|"
     r"list)(?: me)? (?:the |its )?events (?:on|for|of|about) (?:that|the|this) (deployment|pod|node|"
     r"statefulset|job|daemonset)\W*$",
     r"events for \3 \1\2"),
    # "deploy/cart-service -n checkout unready po", "cj/db-backup -n data: its po + status": that one's pods
    (r"^(?:deploy(?:ment)?)/([a-z0-9][\w\-]*)((?: -n [\w\-]+)?):? (unready|not ready|crashlooping|"
     r"pending|failed|running) (?:po|pods)\b",
     r"pods of deployment \1\2 that are \3"),
    (r"^(?:cj|cronjob)/([a-z0-9][\w\-]*)((?: -n [\w\-]+)?):?\s*(?:its )?(?:po|pods)\b",
     r"pods of cronjob \1\2"),
    # "services with at least one endpoint address that isn't ready", "whose endpoints include unready pods"
    (r"\b(?:that )?(?:have|has|with) (?:at least one|any|an?) endpoint(?: address)? that (?:isn'?t|"
     r"is not) ready\b",
     "with not ready endpoints"),
    (r"\bwhos?e? endpoints (?:include|have|contain) (?:unready|not[- ]ready) (?:pods|addresses)\b",
     "with not ready endpoints"),
    # "worker-7 went NotReady: list the deployments that have a pod on it", "hit by worker-7 (have pods …)"
    (r"^([a-z0-9][\w\-]*\d) (?:went|is|has gone|became|just went) [\w ]+?[:,\-]+\s*(?:list |"
     r"show )?(?:the )?(deployments|statefulsets|daemonsets|pods) that have (?:a |any )?pods? on it\b",
     r"\2 with pods on \1"),
    (r"\b(?:are|is|were|get|got) hit by ([a-z0-9][\w\-]*\d)(?: \(have pods there\))?", r"have pods on \1"),
    # "po -A that ref secret/mysql-credentials": the pods using that secret (its name, not its values)
    (r"\b(?:ref|refs|reference|references|referencing|use|uses|using|mount|"
     r"mounts) secret/([a-z0-9][\w\-.]*)",
     r"use secret \1"),
    # "ev for kind=Node objects": the events about nodes
    (r"\bkind ?= ?(\w+) objects\b", r"\1s"),
    # "how many pods are in the namespace I'm in?": the asker's namespace
    (r"\bthe (?:namespace|ns) (?:i'?m|i am|we'?re|we are) (?:in|on|using)\b", "my namespace"),
    # "cronjobs + sched here": their schedule
    (r"\bsched\b", "schedule"),
    # "job failures in this ns": the failed jobs (their events only when events are said)
    (r"\bjob failures\b(?!.*\bev(?:en)?ts?\b)", "failed jobs"),
    # "my two pods with the most restarts": the two (in the asker's namespace)
    (r"^\W*my (two|three|four|five|\d+) ([a-z]+s) ", r"the \1 \2 here "),
    # "claims that never got a volume bound": those still pending
    (r"\b(?:that )?never got (?:a |their |its )?(?:volume|pv) bound\b", "that are pending"),
    # "erroring pods": pods in Error
    (r"\berroring (pods?|po|containers?)\b", r"\1 in error"),
    # "is anything in bookinfo failing to pull its image?": its pods that are
    (r"^\W*(?:is )?(?:anything|something) (in [\w\-]+ )?failing to pull (?:its |their )?images?\W*$",
     r"pods \1failing to pull images"),
    # "no per zone, counted", "count no grouped by topology zone": nodes (kubectl's "no")
    (r"^\W*((?:count|list|show) )?no\b(?= (?:grouped|by|per|in each|with|where)\b)", r"\1nodes"),
    # "which 3 namespaces have restarted their pods the most?": the most restarts
    (r"\b(namespaces|ns|nodes) (?:have |has )?restarted (?:their|its) pods (?:the )?most\b",
     r"\1 with the most restarts"),
    # "whose selector includes tier: frontend": that key and value
    (r"\bselector (?:includes|contains|has) ([a-z][\w./\-]*)\s*[:=]\s*([\w.\-]+)", r"selector \1=\2"),
    # "nodes with a heartbeat older than fifteen minutes", "gone quiet for more than a quarter hour"
    (r"\b(?:a |their |its )?heartbeat older than\b", "last heartbeat older than"),
    (r"\b(?:gone|been|went) (?:quiet|silent|dark) for (?:more than |over |longer than )",
     "last heartbeat older than "),
    (r"\ba quarter (?:of an )?hour\b", "15 minutes"),
    (r"\b(?:fifteen)\b", "15"),
    (r"\b(?:forty[- ]five)\b", "45"),
    (r"\b(?:ninety)\b", "90"),
    # "sum cpu req -n team-a": requests
    (r"\b(cpu|mem|memory) reqs?\b", r"\1 requests"),
    # "for autoscalers at their max replica count, how many pods of the target deployment are ready?"
    (r"^\W*for (?:the |our |all )?((?:autoscalers|hpas)\b.*?),\s*how many (?:pods|replicas) (?:of|"
     r"in) (?:the|their|its) target(?: deployments?)? (?:are|is) ready\W*$",
     r"\1 and their target deployments ready replicas"),
    (r"\bat (?:their |its )?max(?:imum)? replica count\b", "at max replicas"),
    # "…, along with the daemon set they belong to", "+ which ds": each pod's owner's name
    (r",?\s*(?:along with|with|and|\+) (?:the )?(?:daemon ?set|ds|stateful ?set|sts|job) (?:they|it|"
     r"each) belongs? to\b|\s*\+\s*which (?:ds|daemon ?set|sts|job)\b",
     " and their owner name"),
    # "for our load-balanced services (type LoadBalancer), how many ready addresses does each have?"
    (r"\bload-?balanced (services?|svcs?)\b", r"load balancer \1"),
    (r"^\W*for (?:our |the |all )?(load ?balancer|nodeport) (?:services?|"
     r"svcs?)\W*(?:\([^)]*\))?,?\s*how many (ready |healthy )?(?:endpoints?|backends?|eps|"
     r"addresses) (?:does|do) each(?: one)? have\W*$",
     r"\1 services and their \2endpoint count"),
    # "can you pull the events for that pod": show them (not the image-pull events)
    (r"\b(?:can you|could you|please|pls|can u) pull (?=(?:the |all |its |their )?(?:events?|ev|list|"
     r"details|info)\b)",
     "show "),
    # "which pods does the cassandra-internal network policy select": the pods it selects
    (r"^\W*(?:what|which) pods (?:does|do) (?:the )?(?!each |every )([a-z0-9][\w\-]*) "
     r"(?:network ?polic(?:y|ies)|netpol)( in [\w\-]+)? select\b",
     r"pods selected by network policy \1\2"),
    # "netpols -n monitoring selecting nothing", "whose pod selector matches no pod": selecting no pods
    (r"\b(network ?polic(?:y|ies)|netpols?)\b(.*?)\b(?:selecting nothing|(?:whose|"
     r"with a) pod ?selector (?:matches|selects|that matches) (?:no|zero|0) pods?)\b",
     r"\1\2 that select no pods"),
    # "pvcs requesting a sc the cluster lacks", "a storageclass we don't have": whose class does not exist
    (r"\b(?:requesting|asking for|using|with|on|referenc(?:e|es|ing)|"
     r"(?:whose )?(?:storage ?class ?name |sc )?(?:points?|pointing) (?:at|to)) "
     r"(?:a |an )?(?:sc|storage ?class|class) (?:that )?(?:the cluster lacks|we (?:don'?t|do not) have|"
     r"(?:that )?(?:doesn'?t|"
     r"does not) exist|(?:that )?(?:isn'?t|is not) (?:there|defined))\b",
     "whose storage class does not exist"),
    # "checkout svcs w/ empty ready addrs": no ready endpoints
    (r"\b(?:with|w/) (?:empty|no|zero|0) ready (?:addrs|addresses|endpoints|eps)\b",
     "with no ready endpoints"),
    # "which ml deployments have no autoscaling set up?": no hpa targets them
    (r"\b(?:have|has|with) no (?:autoscaling|autoscaler|auto-?scaler|hpa)(?: set ?up| configured|"
     r" attached)?\b",
     "have no hpa"),
    (r"\b(disk|memory|pid)[- ]pressured\b", r"\1 pressure"),
    # "claims on a storage class that can't be resized", "non-expandable storage classes"
    (r"\b(?:a |an )?(?:storage ?class(?:es)?|sc) that (?:can'?t|cannot|can not|"
     r"won'?t) (?:be )?(?:resized|expanded|grow)\b",
     "storage classes without volume expansion"),
    (r"\bnon-?(?:expandable|resizable) (?:storage ?class(?:es)?|sc)\b",
     "storage classes without volume expansion"),
    # "we cordoned a node earlier because of disk trouble - what pods are still running on cordoned nodes?": a
    # story before a dash, when the question after it says everything (five words or more, a kind, nothing
    # pointing back at the story)
    (r"^(?=[a-z ,']*\b(?:we|i|i'm|we're|our|us|my|just|earlier|again|keeps?|someone|some|never|got|went|"
     r"trying|tonight|today|stopped|broke|died)\b)[a-z ,']{5,120}?\s[-\u2013\u2014]+\s+(?=(?:which|what|"
     r"how|are|is|any|show|list|can|could)\b(?:\s+\S+){4,}\s*\??$)(?!.*\b(?:it|its|them|they|their|those|"
     r"these|that|there|this|he|she|ones?)\b)(?=.*\b(?:pods?|nodes?|deployments?|services?|statefulsets?|"
     r"jobs?|cronjobs?|pvcs?|ingress(?:es)?|namespaces?|events?|secrets?|configmaps?|daemonsets?|hpas?|"
     r"autoscalers?|containers?)\b)",
     ""),
    # "trying to free up memory in team-b, which pods ask for more than 512Mi?", "quick check, which …": a
    # story before a comma, when the question after it says everything; a namespace the story named is kept
    # (not when the question points back at the story, nor when the story tells of a change to make)
    (r"^(?!.*\b(?:it|its|them|they|their|those|these|that|this|ones?)\b)(?![^,]*\b(?:drain\w*|delet\w*|restart\w*|"
     r"scal\w*|cordon\w*|uncordon\w*|kill\w*|evict\w*|patch\w*|apply\w*|edit\w*|roll\w*|deploy\w*|creat\w*|"
     r"remov\w*|bump\w*|set\w*|chang\w*|upgrad\w*)\b)"
     r"((?:we'?re|we are|i'?m|i am|trying to|(?:i |we )?need to|quick check|just checking|sanity check|"
     r"heads up|fyi)\b[a-z0-9 '\-]{0,80}?),\s+((?:which|what|how|are|is|any|do|does|show|list)\b"
     r"(?:\s+\S+){3,}\s*\??)$",
     lambda m: _after_story(m[1], m[2])),
    # "MemoryPressure, DiskPressure or PIDPressure", "memory pressure, disk pressure or pid pressure": the
    # conditions said one by one, read as "memory, disk or pid pressure" (any of them)
    (r"\b(memory|disk|pid)pressure\b", r"\1 pressure"),
    (r"\b(memory|disk|pid) pressure(,\s*|,? or |\s*/\s*)(?=(?:memory|disk|pid) pressure\b)", r"\1\2"),
    (r"\b(memory|disk|pid)(,\s*|,? or |\s*/\s*)(memory|disk|pid) pressure(,\s*|,? or |"
     r"\s*/\s*)(?=(?:memory|disk|pid) pressure\b)",
     r"\1\2\3\4"),
    # "in the lst 15 mins": the last (the slip "lst" is mended to "list" elsewhere)
    (r"\b(in|over|during|within|for) the list (\d+|an?|one|few)\b", r"\1 the last \2"),
    # "pods spun up in the last 15 mins": created then
    (r"\b(?:spun|spinned|brought|came|started) up\b", "created"),
    # "ev -n ml type=Warning, only HorizontalPodAutoscaler objects": the events about that kind
    (r"(?<=\S),\s*only (?:the )?([a-z][a-z ]*?) objects\W*$", r" about \1s"),
    # "legacy-billing-5bd9 (team-b) keeps dying": the object, in that namespace
    (r"^([a-z0-9][\w\-.]*-[\w\-.]*) \(([a-z0-9][\w\-]*)\)", r"\1 in \2"),
    # "containers with more than 10 restarts, and how many": each one's restarts
    (r"^(?!.*\b(?:them|those|these|they)\b)(.*\brestart\w*\b.*?),? (?:and )?(?:how many|"
     r"include the count|with the count|show the count)\W*$",
     r"\1 and their restarts"),
    # "containers whose last restart was caused by OOMKilled": their last termination reason
    (r"\bwhose last restart was (?:caused by|due to|because of) ", "whose last termination reason is "),
    # "po kafka-0 -n data image": that pod's image
    (r"^(?:po|pod) ([a-z0-9][\w\-.]*)((?: -n [\w\-]+)?) images?\W*$", r"image of pod \1\2"),
    # "where is the curl image used?": the pods using it
    (r"^\W*where (?:is|are) (?:the )?([a-z][\w\-./]*) images? (?:used|running|deployed|in use)\W*$",
     r"pods using \1 images"),
    # "terminated ctrs w/ exit code other than 0 + code": each one's exit code shown
    (r"^(.*\bexit code\b.*?)\s*\+\s*(?:exit )?code\W*$", r"\1 and their exit code"),
    # "po running on cp no": on the control-plane nodes
    (r"\b(?:cp|control[- ]?plane) no(?:des?)?\b", "control-plane nodes"),
    (r"\bnodes with the ([\w\-]+) role\b", r"\1 nodes"),
    # "if us-east-1c goes down how many checkout pods do we lose?": how many run there
    (r"^\W*if ([\w\-]+) (?:goes|went|go|were to go) down,? how many ([\w\-]+ )?(?:pods?|po) (?:do|would|"
     r"will|could) (?:we|i|you) lose\W*$",
     r"how many \2pods on \1"),
    # "for the cassandra statefulset in team-b, which node is each pod on?": its pods and their nodes
    (r"^\W*for (?:the )?([a-z0-9][\w\-]*) (statefulset|deployment|daemonset|sts|deploy|"
     r"ds)( in [\w\-]+)?,? which node (?:is|does) each (?:pod|one|replica) (?:on|running on|scheduled on|"
     r"run on)\W*$",
     r"pods of \2 \1\3 and their nodes"),
    # "ugh, which of our deployments …": an interjection
    (r"^\W*(?:ugh+|argh+|hmm+|welp|meh|oof|yikes|sigh)\W+", ""),
    # "default req/limit from limitranges": the default requests and limits
    (r"\breqs?\s*/\s*limits?\b", "requests and limits"),
    # "how full is every node on cpu requests, as a percentage": requests over allocatable
    (r"^\W*how full is (?:every|each) node on (cpu|memory|mem) requests?\b.*$",
     r"node \1 request percentage"),
    # "containers that pull the image on every start": imagePullPolicy Always
    (r"\b(?:that )?pulls? (?:the |their |its )?images? (?:on|at) every (?:start|restart|run|launch)\b",
     "with imagepullpolicy always"),
    # "deployments stuck crashlooping": crashlooping
    (r"\b(?:stuck|still|constantly|keep|keeps) (?=crash ?loop|crashing\b|in crash ?loop)", ""),
    # "pods on the nginx 1.27.2 image": that image, said with a space before its tag
    (r"\b(?:on|using|running|with) (?:the )?([a-z][\w\-./]*) (\d+(?:\.\d+)+) image\b",
     r"running image \1:\2"),
    (r"^\W*where is ([a-z][\w\-./]*:[\w.\-]+) (?:running|deployed|used)\W*$", r"pods running \1"),
    # "containers whose previous run ended with reason Error": their last termination reason
    (r"\b(?:whose |with a )?(?:previous|prior|last) (?:run|instance|attempt) (?:ended|exited|terminated|"
     r"died) (?:with )?(?:reason |the reason )?",
     "whose last termination reason is "),
    # "the finished containers in batch": those terminated
    (r"\b(?:finished|exited|stopped) (containers?|ctrs?)\b", r"terminated \1"),
    # "who's hogging memory requests in ml?": the pods asking for the most
    (r"^\W*(?:who'?s|what'?s|who is|what is|which pods? (?:is|are)) (?:hogging|eating|using|"
     r"taking) (?:the most |all the )?(cpu|memory|mem) (requests?|limits?)\b",
     r"top pods by \1 \2"),
    # "which pods don't set limits at all": neither limit set
    (r"\b(?:that )?(?:don'?t|do not|doesn'?t|does not|never) (?:set|have|declare|"
     r"specify) (?:any )?(limits|requests)(?: at all)?\b",
     r"without cpu or memory \1"),
    # "what killed the containers in ml": how each one last ended
    (r"^\W*what (?:killed|crashed|took down|terminated) (?:the )?(.+?)\W*$", r"\1 and their last reason"),
    # "which claim each one mounts and whether that claim is Bound or Pending", "claim + Bound/Pending": each
    # pod's claim and the claim's status (not a filter on one of the two)
    (r"\b(?:can you tell me )?which (?:claim|pvc) each(?: one| pod)? (?:mounts|uses|"
     r"has) and whether (?:that|the|its) (?:claim|pvc) is (?:bound|pending) or (?:bound|pending)\b",
     "with their pvc and the pvc status"),
    (r"\b(?:claim|pvc) ?\+ ?(?:bound|pending) ?/ ?(?:bound|pending)\b", "with their pvc and the pvc status"),
    # "team-b cassandra pods: their claims, bound or pending?", "po -> pvc phase", "claims and claim status"
    (r"(?::\s*|,\s*|\bwith |\band )(?:their|its|the) (?:claims?|pvcs?),? (?:bound or pending|"
     r"pending or bound)\W*$",
     " with their pvc and the pvc status"),
    (r"\b(po|pods?)\s*(?:->|→|:)\s*(?:their )?(?:pvc|claim) (?:phase|status)\W*$",
     r"\1 with their pvc and the pvc status"),
    (r"\bwith the (?:claim|pvc) each one (?:mounts|uses|has) and whether (?:it'?s|it is|that'?s) (?:bound|"
     r"pending)\b",
     "with their pvc and the pvc status"),
    (r"\b(?:with|and) (?:their|its|the) (?:(?:persistent )?(?:volume )?claims?|pvcs?) and "
     r"(?:the |their |its )?(?:(?:volume )?claim|pvc) (?:status|phase)\b",
     "with their pvc and the pvc status"),
    # "fluent-bit daemon set coverage: on which nodes is none of its pods running?", "no w/o x ds po": the
    # nodes that daemon set has no pod on
    (r"^([a-z0-9][\w\-]*) (?:daemon ?set|ds)\b[^:]*:\s*(?:on )?which nodes (?:is|"
     r"are) (?:none of its pods|it not|there no pods?(?: of it)?) (?:running|scheduled)(?: on)?\W*$",
     r"which nodes have no pod from the \1 daemonset"),
    (r"^(?:no|nodes?) (?:without|w/o) (?:a |an )?([a-z0-9][\w\-]*) (?:daemonset|ds) (?:po|pods?)\W*$",
     r"which nodes have no pod from the \1 daemonset"),
    # "redis-replica svc in team a - what pods sit behind it", "svc/x -n ns: selected po": the service's pods
    (r"^(?:the )?([a-z0-9][\w\-]*) (?:svc|service)( in [\w\-]+(?: "
     r"[a-z])?)?\s*[-:\u2013\u2014]+\s*(?:what|which) (?:pods?|po) (?:sit|are|run|live) behind it\b",
     r"pods behind the \1 service\2"),
    (r"^(?:svc|service)[/ ]([a-z0-9][\w\-]*)((?: -n [\w\-]+)?)\s*[:\-]+>?\s*(?:selected|matching|"
     r"backing) (?:po|pods)\b(?=\s*(?:\(|\+\s*status|$))",
     r"pods behind service \1\2"),
    (r",? and are they (?:healthy|ok|okay|running|up|fine)\W*\(?(status)\)?", r" with their \1"),
    # "kafka pods with how big their volume claims are": each one's claim size
    (r"\bwith how big (?:their|its) (?:volume claims?|pvcs?|claims?|volumes?) (?:are|is)\b",
     "with their pvc size"),
    # "sts kafka -n data: pvc size per pod": the pods, each with its claim's size
    (r"^(.*?):\s*(pvc|claim|volume) sizes? (?:per|for each|of each|by) pod\b",
     r"pods of \1 with their \2 size"),
    # "PVs that still carry a claimRef to a pvc that's been removed": whose claim no longer exists
    (r"\b(pvs?|persistent ?volumes?) (?:that )?(?:still )?(?:carry|have|hold) a claim ?ref (?:to|"
     r"pointing at) (?:a |an )?(?:pvc|claim) (?:that'?s|that has|which has|"
     r"that was) (?:been )?(?:removed|deleted|gone)\b",
     r"\1 whose claim no longer exists"),
    # "deploy w/ READY below desired": not every replica ready
    (r"(?<!< )(?<!<)\b(?:with |where |w/ |whose )?ready (?:is )?(?:below|under|less than|<|lower than|"
     r"short of|behind) (?:the )?desired\b",
     "not fully ready"),
    # "my cronjobs, last scheduled at": each one's last schedule time
    (r",?\s*(?:when )?last scheduled(?: at| time)?\W*$", " and their last schedule time"),
    # "any pvc provisioning errors?": the failures the provisioner reported
    (r"\bprovisioning (?:errors?|problems?|issues?)\b", "provisioning failures"),
    # "ingresses whose tls secretName isn't present": the secret named there
    (r"\b(tls )?secretname\b", r"\1secret"),
    # "which pods come from deployments and from which one?": each with its deployment
    (r"\b(pods?|po) (?:come|came|coming) from (deployments|statefulsets|daemonsets|"
     r"jobs),? and (?:from )?which (?:one|ones)\b",
     r"\1 and their \2"),
    # "what services does the storefront ingress route to": which ones
    (r"^\W*what (services|pods|nodes|secrets|configmaps|pvcs|deployments|ingresses) (does|do|did)\b",
     r"which \1 \2"),
    # "…route to, and what type is each?": that column of each
    (r",? and (?:what|which) (type|port|ports|status|age|ip|cluster ip|selector) (?:is|are|does|"
     r"do) (?:each(?: one)?|they|it)(?: have| has)?\W*$",
     r" with their \1"),
    # "could you add how many times each of them restarted?": their restarts shown (not a restart ordered)
    (r"\b(?:could you |can you |please |pls )?add (?:how many times (?:each of them|each one|each|"
     r"they) (?:has |have )?restarted|(?:their|the) restart counts?)\b",
     "with their restarts"),
    # "trying to see why pods avoid some nodes: show me every tainted node": a chatty lead before the question
    (r"^(?:trying to (?:see|find|figure out|understand|work out)|(?:quick )?sanity check|just curious|"
     r"wondering)\b[^:]{0,80}:\s+(?=(?:show|list|which|what|how|are|is|give|can|could|any|get|find|"
     r"count)\b)",
     ""),
    # "worker-2 looks overloaded, can you list every pod it's hosting?": the pods on that node
    (r"^([a-z0-9][\w\-]*\d) (?:looks|seems|is|feels|might be) [^,]+, (?:can you |could you |please |"
     r"pls )?(?:list|show(?: me)?|give me|get)(?: me)? (?:every|all(?: the)?|the) pods? (?:it'?s|it is|"
     r"that'?s) (?:hosting|running)\W*$",
     r"pods on node \1"),
    # "which of our services get a cloud load balancer, and what address did each one get?": its external ip
    (r",? and (?:what|which) (?:ip|address|external ip|external address|ip address) (?:did |does |"
     r"do )?(?:each(?: one)?|they|it) (?:get|got|have|has)\b",
     " and their external ip"),
    # "deploy -A where READY x/y has x<y": fewer ready than desired
    (r"\bwhere ready\s+x\s*/\s*y\s+(?:has|with|is|shows)\s+x\s*<\s*y\b", "not fully ready"),
    # "dead deployments i think - which ones have 0 of N ready?": those deployments, asked after a dash
    (r"^.*?\b(deployments|statefulsets|daemonsets|pods|nodes|jobs|"
     r"services)\b[^\-\u2013\u2014]*\s[-\u2013\u2014]+\s+which (?:ones|of them)\b",
     r"which \1"),
    (r"\bhave 0 (?:of|/) ?n ready\b", "have no ready replicas"),
    # "statefulsets whose pods aren't all up and ready": not every replica ready
    (r"\b(statefulsets?|sts|deployments?|deploys?|replicasets?|rs)\b(.*?)\bwhose pods (?:aren'?t|"
     r"are not) all (?:up and )?(?:ready|up)\b",
     r"\1\2 that are not fully ready"),
    # "pod totals for each STATUS value": how many per status
    (r"\b(pod|node|deployment|service|job|event|container)s? totals? (?:for|per|by) (?:each |"
     r"every )?(status|phase|namespace|node|type|reason|zone)(?: values?)?\b",
     r"\1s per \2"),
    (r"\btopology zone\b", "zone"),
    # "the tree pods with the biggest memory requests": three (a real word, so no spelling rule mends it)
    (r"\bthe tree (pods|nodes|deployments|namespaces|containers|jobs|pvcs|services)\b", r"the three \1"),
    # "secrets whose age exceeds 365 days": older than that
    (r"\b(?:whose |with )?age (?:exceeds|is over|is above|is more than|is greater than|is past|>)\s*",
     "older than "),
    # "show every label set on the gpu-1 node", "all the labels on gpu-1": that one's labels
    (r"\b(?:every|all(?: the)?|the) labels? (?:set |that are set )?on (?:the )?([a-z0-9][\w\-]*\d)(?: "
     r"node)?\b",
     r"labels of \1"),
    # "which nodes have pods requesting more CPU than the node can allocate?": requests over allocatable
    (r"\b(nodes?) (?:that |which )?(?:have|has|with|whose) pods (?:requesting|that request|asking for|"
     r"request) more (cpu|memory) than (?:the node|the nodes|it|they|each) (?:can )?(?:allocate|has|have|"
     r"offers?|provides?)\b", r"\1 where requested \2 > allocatable"),
    # "what default limits do containers get in team-a?": both amounts the limit ranges set
    (r"\bdefault limits (?=do (?:containers|pods|ctrs) get\b)", "default cpu and memory limits "),
    # "cordoned nodes: which pods are still on them?": the pods on such nodes
    (r"^(?:the |our )?([a-z][\w\- ]{1,30}?) nodes?\s*[:\-\u2013\u2014]\s*(?:which|what) (?:pods|po) (?:are )?"
     r"(?:still )?(?:running |scheduled |left |sitting )?on (?:them|those|it)\W*$",
     r"which pods are on \1 nodes"),
    # "which pvcs haven't been bound to a volume yet?": the claims still Pending (said without the volume,
    # other rules read it)
    (r"\b(pvcs?|claims?)( that| which)? (?:haven'?t|have not|hasn'?t|has not|aren'?t|are not|isn'?t|is not|"
     r"not)(?: yet)?(?: been)?(?: yet)? bound(?: yet)? to (?:a |any |an )?(?:persistent )?(?:volumes?|pvs?)"
     r"(?: yet)?\b",
     r"\1 that are not bound"),
    # "sts READY x/y where x<y": kubectl's READY column short of its desired count
    (r"\bready (\w)/(\w) (?:where|with|and|when|if) \1 ?< ?\2\b", "not fully ready"),
    (r"\b(?:nvidia|gpu[- ]equipped) (nodes?)\b", r"gpu \1"),  # "po on the nvidia node", "gpu-equipped nodes"
    # "az -> number of nodes": the count per zone
    (r"^(?:az|zone|availability zone)s?\s*(?:->|→|:)\s*(?:number of|# of|count of|how many|count) "
     r"(nodes?|pods?)\W*$", r"\1 per zone"),
    # "some nodes got cordoned for maintenance - which pods are still running on them?"
    (r"^(?:some |the |our |a few |two |2 )?nodes (?:got|are|were|have been|been) (cordoned|drained|"
     r"tainted)\b[^\-:]*[-:\u2013\u2014]\s*which pods (?:are )?(?:still )?(?:running|scheduled|"
     r"left) on them\b",
     r"which pods are on \1 nodes"),
    # "any orphaned pvcs? like claims nobody is using anymore": the same, said again
    (r"\?\s+(?:like|i\.e\.?|i mean|as in|meaning|need to|i need to|want to|i want to|just want to|"
     r"trying to)\b.*$",
     ""),
    # "every node carrying a taint": with one
    (r"\b(?:carrying|bearing) (?:a |an |any |some )?(taints?)\b", r"with \1"),
    # "kubelets silent for over 10 minutes - which nodes?": their last heartbeat older than that
    (r"^\W*(?:kubelets?|nodes?) (?:silent|quiet|not reporting|unresponsive|not heard from|"
     r"dark) (?:for )?(?:over |more than |longer than )?(\d+ ?\w+)\W*(?:[-\u2013\u2014:]+\s*)?(?:which "
     r"(?:nodes?|ones?)\??)?\W*$",
     r"nodes with last heartbeat older than \1"),
    (r"\borphaned (pvcs?|claims?|persistent ?volume ?claims?|configmaps?|secrets?)\b",
     r"\1 not used by any pod"),
    # "which containers restarted, and how many times each?": each one's restarts
    (r"^(?!.*\b(?:them|those|these|they)\b)(.*\brestart\w*\b.*?),? (?:and )?how many (?:times|"
     r"restarts)(?: each(?: one)?| for each)?\W*$",
     r"\1 and their restarts"),
    # "add up the memory capacity of every node": its total
    (r"^\W*(?:please |pls |can you |could you )?add up (?:all )?(?:of )?(?:the )?", "total "),
    # "total memory capacity of every node": of all of them (not each one's)
    (r"^(total (?:[\w\-]+ ){1,3})of every (node|pod|container|pvc|deployment|namespace)\b", r"\1of all \2s"),
    # "cpu_request", "memory_limit": the column said as the catalog spells it
    (r"\b(cpu|memory)_(request|limit)(s?)\b", r"\1 \2\3"),
    # "summed over the data ns", "sum of cpu_request": a total
    (r"\b(cpu|memory|mem)[ _](requests?|limits?|capacity|allocatable) (?:summed|added up|totall?ed)\b",
     r"total \1 \2"),
    # "service accounts nobody runs as": those no pod uses
    (r"\b(?:that )?(?:nobody|no pods?|no one|nothing) (?:runs|run|uses|use) (?:as|them|it)\b",
     "not used by any pod"),
    # "shop po per zone, counted": how many per zone
    (r"^(.*\b(?:per|by|each)\b.*?),?\s+(?:counted|count(?:s|ed)? only|with counts?)\W*$", r"how many \1"),
    # "per node instance-type": the column said with a dash (not the label key ".../instance-type"); said as
    # a label ("label instance-type=r5.2xlarge", "whose instance-type label is …"), its well-known key
    (r"\b(?:(?:with|whose) )?(?:the )?(?:label (?:key )?instance-type ?(?:=|is) ?|"
     r"instance-type label (?:is|=) ?)([a-z0-9][\w.\-]*)",
     r"labelled node.kubernetes.io/instance-type=\1"),
    (r"(?<![/\w.\-])instance-type(?![\w/.\-])", "instance type"),
    # "shop po per AZ": per zone
    (r"\b(per|by|in each|for each) (?:az|availability zone)\b", r"\1 zone"),
    # "services that have nothing ready backing them", "ready endpoints = 0": no ready endpoints
    (r"\b(?:that )?(?:have|has|with) nothing ready (?:backing|behind) (?:them|it)\b",
     "with no ready endpoints"),
    (r",?\s*(?:with )?ready (?:endpoints?|eps)\s*(?:=|==|is|are)\s*(?:0|zero|none)\b",
     " with no ready endpoints"),
    # "pods parked on the cordoned worker": on it
    (r"\b(?:parked|living|landed) on\b", "on"),
    (r"\b(cordoned|tainted|not ?ready|notready|unschedulable|drained) (?:worker|box|machine|host|vm|"
     r"server)\b",
     r"\1 node"),
    # "what's running on the disk-pressure node": the pods on nodes in that condition
    (r"^\W*what(?:'?s| is) (?:running|scheduled) on (?:the |any )?(disk|memory|pid)[- ]pressure nodes?\b",
     r"pods on nodes with \1 pressure"),
    (r"^\W*what(?:'?s| is) (?:running|scheduled) on (?:the |any )?(cordoned|not ?ready|unschedulable|"
     r"tainted) nodes?\b",
     r"pods on \1 nodes"),
    # "pvc where sc provisioner = x": the claims whose storage class has that provisioner
    (r"\b(pvcs?|persistent ?volume ?claims?) where (?:the )?(?:sc|storage ?class) provisioner\s*(?:=|"
     r"is)\s*",
     "pvcs whose storage class provisioner is "),
    # "pv bound to a deleted pvc": a volume whose claim no longer exists (not one whose status is Bound)
    (r"\b(pvs?|persistent ?volumes?) (?:still )?(?:bound to|claimed by|pointing (?:at|to)|"
     r"carrying a claim ?ref to) (?:a |an )?(?:deleted|missing|nonexistent|non-existent|removed|gone|"
     r"vanished) (?:pvcs?|claims?)\b",
     r"\1 whose claim no longer exists"),
    # "team-b pods managed by deployments, with the deployment each belongs to": each with its deployment
    (r"\b(pods?|po) (?:managed by|owned by|from|that come from|coming from) (deployments|statefulsets|"
     r"daemonsets|jobs),? (?:with|and) (?:the|their|its) (?:deployment|statefulset|daemonset|"
     r"job) (?:each|it|they) (?:belongs? to|comes? from)\b",
     r"\1 and their \2"),
    # "top 3 no by po count", "least loaded no": kubectl's short name for nodes, where
    # "no" cannot be the English word
    (r"\b((?:top|bottom|first) \d+|least loaded|most loaded|busiest|emptiest|quietest) no\b(?! \w+ing\b)",
     r"\1 nodes"),
    # "deploy w/ biggest gap between desired and ready": the most replicas missing
    (r"\b(?:biggest|largest|widest|greatest|most) (?:gap|difference|shortfall) (?:between )?(?:desired|"
     r"wanted|spec) (?:and|vs\.?|versus) (?:ready|available)(?: replicas)?\b",
     "missing the most ready replicas"),
    # "hpa w/ biggest gap between max and current replicas": the max less the current
    (r"\b(?:gap|difference|distance) between (?:the )?(max|maximum) (?:and|vs\.?|versus) (?:the )?current\b",
     r"\1 minus current"),
    # "which three ns reserve the most RAM (requests)?": memory requested
    (r"\b(?:ram)\b", "memory"),
    (r"\b(request|reserve)s? the most (cpu|memory|mem)\b", r"request the most \2"),
    # "nodes that haven't reported a heartbeat for over 10 minutes": their last one older than that
    (r"\b(?:haven'?t|have not|hasn'?t|has not|didn'?t|did not) (?:reported|sent|posted) (?:a |"
     r"any )?heartbeats? for (?:over |more than |the (?:last|past) )?",
     "last heartbeat older than "),
    # "pvc sc=fast": the storage class, kubectl's short name for it
    (r"\bsc\s*=\s*", "storage_class="),
    # "quick check on our lb services - how many ready backends has each one got?": asked of each of those
    (r"^\W*(?:quick check on |quick q(?:uestion)? (?:on|about) |about |regarding |re:? |for )?(?:our |"
     r"my |the )?([a-z][a-z0-9 \-]+?)\s+[-\u2013\u2014:]+\s+how many (.+?) (?:does|do|has|"
     r"have) each(?: one| of them)? (?:have|got)\W*$",
     r"how many \2 does each \1 have"),
    # "how many ready backends has each load balancer service got?": those services with their count
    (r"^\W*how many (ready |healthy |live )?(?:endpoints?|backends?|eps|addresses) (?:does|do|has|"
     r"have) (?:each|every|all|the|our|my)(?: of)?(?: (?:the|our|my))? (load ?balancer|nodeport|"
     r"node ?port|cluster ?ip|headless) (?:services?|svcs?)(?: each)? (?:have|has|got)(?: each)?\W*$",
     r"\2 services and their \1endpoint count"),
    # "which statefulsets have a replica on a NotReady node": some pod of theirs there
    (r"\b(have|has|run|runs) (?:a |any |some )?replicas? (on|in) (an? |any )?(?=\S*\s*nodes?\b|"
     r"[a-z]+-\d+\b|zone)",
     r"\1 pods \2 "),
    # "if worker-3 went down, which deployments would lose a pod?": those with a pod there
    (r"^\W*if ([\w\-]+) (?:went|goes|go|were to go|dies|died|failed|fails) (?:down|away)?,? (?:which|"
     r"what) (\w+) (?:would|will|could) (?:lose|be hit|be affected|lose any|lose some)(?: (?:a |any |"
     r"some )?(?:pods?|replicas?))?\W*$",
     r"which \2 have pods on \1"),
    # "what pods did the db-backup cron job's runs leave", "every pod the x cronjob spun up": its pods
    (r"\b(?:what|which|every|all(?: the)?|the|list(?: the)?) pods? (?:did |has |have |"
     r"that )?(?:the )?([a-z0-9][\w\-]*) (cron ?jobs?|cj|jobs?|deployments?|deploy|statefulsets?|sts|"
     r"daemonsets?|ds)(?:'s? runs?)?( in [\w\-]+)? (?:create[ds]?|leave|left|spin up|spun up|"
     r"spawn(?:ed)?|start(?:ed)?|make|made|launch(?:ed)?)\b",
     r"pods created by the \1 \2\3"),
    # "... and how each one ended": each one's status
    (r"\b(?:and )?how (?:each one|each of them|each|they|those) (?:ended|finished|ended up|turned out|"
     r"went)\b",
     "and their status"),
    # "hpa target cpu utilization", "hpa current vs target cpu": the hpas' cpu target (and current) percent
    (r"\b(hpas?|horizontal ?pod ?autoscalers?) (?:target|targeted) cpu(?: utili[sz]ation| usage|"
     r" percent(?:age)?| %)?",
     r"\1 and their cpu target"),
    (r"\b(hpas?|horizontal ?pod ?autoscalers?) current (?:vs\.?|versus|and|"
     r"against) target cpu(?: utili[sz]ation| usage| percent(?:age)?| %)?",
     r"\1 with cpu current and target percent"),
    # "the 5 pods with the most restarts, and which namespace are they in?": each one's namespace, which a
    # question naming none shows anyway (not the restarts summed per namespace)
    (r"^(.*\b(?:pods?|po|deploy\w*|statefulsets?|sts|services?|svcs?|jobs?|pvcs?|"
     r"containers?)\b.*?)\W*(?:and|with|\+) (?:their|its|which|what) (?:namespaces?|ns)(?: (?:they|"
     r"it) (?:are|is|'re|'s|live) in| (?:are|is|do|does) (?:they|it) (?:in|live in|belong to))?\W*$",
     r"\1"),
    # "percent of cpu allocated per node", "what % of each node's memory is requested": requests over
    # allocatable
    (r"^\W*(?:what |the )?(?:percent(?:age)?|%|share) of (?:the )?(cpu|memory|mem) (?:allocated|"
     r"requested|reserved|committed) (?:per|on each|on every|for each|by|of each) node\W*$",
     r"node \1 request percentage"),
    (r"^\W*(?:what |the )?(?:percent(?:age)?|%|share) of (?:each|every) node'?s? (cpu|memory|mem) (?:is |"
     r"gets )?(?:allocated|requested|reserved|committed)\W*$",
     r"node \1 request percentage"),
    # "job failures (events)", "why did jobs fail? (events)": the failed jobs' events
    (r"^\W*(?:(?:the |show |list |any )?job failures|why did (?:the )?jobs fail)\W*(?:\(|from |in |per |"
     r"via )?(?:the )?(?:events?|ev)\)?\W*$",
     "failed job events"),
    # "top 2 images by usage": the images most containers run, not a live measurement
    (r"\b(?:(top|first) (\d+ )?)(images?) (?:ranked |sorted |ordered )?by (?:usage|use|popularity|"
     r"how (?:often|many) (?:they'?re |they are )?used)\b",
     r"\1 \2most used \3"),
    # "what nodes is the checkout-api deployment spread across": the nodes its pods run on
    (r"^\W*(?:what|which) nodes (?:is|are|does|do) (?:the )?([a-z0-9][\w\-]*)(?: deployment| deploy|"
     r" statefulset| sts| daemonset| ds| pods?| app)? (?:spread|running|scheduled|placed|deployed|run|"
     r"live|sit)(?: (?:across|over|on|onto|to))?\W*$",
     r"which nodes run \1 pods"),
    # "owner of each pod in ml", "what controls the pods in data": those objects with their owners
    (r"^\W*(?:(?:what|which|who)(?: is|'s| are)? |show(?: me)? |list |get )?(?:the )?owners? (?:of|"
     r"for) (?:each|every|all(?: the)?|the) (.+?)\W*$",
     r"\1 and their owners"),
    (r"^\W*(?:who|what) (?:owns|controls|manages) (?:the )?((?:pods?|po|replica ?sets?|rs|"
     r"jobs?)\b.*?)\W*$",
     r"\1 and their owners"),
    # "single-replica deployments": those asking for one replica
    (r"\b(?:single|one|1)[- ]replica (deploy\w*|statefulsets?|sts|replicasets?|rs)\b", r"\1 with 1 replica"),
    # "memory requests and limits", "mem request/limit": both of that resource
    # (not a limit range's defaults, "default cpu request and limit", nor "cpu/mem request and limit")
    (r"(?<!default )(?<![/\w])(cpu|memory|mem) (requests?) ?(?:and|&|/|\+) ?(limits?)\b", r"\1 \2 and \1 \3"),
    # "non-pod warnings": the events about any other kind
    (r"\bnon[- ]?(pod|node|job|deployment)s? (warnings?|events?|warning events?)\b", r"\2 not about \1s"),
    # "first and last time each warning was seen": each one's first and last seen
    (r"^(?:when were |show |list )?(?:the )?(?:first and last|earliest and latest) (?:times?|seen) "
     r"(?:each|every|of each|for each|of every|for every) ((?:[a-z]+ )?(?:warning|event))"
     r"(?: (?:was|got|has been|were) (?:seen|reported))?\b",
     r"\1s with their first and last seen"),
    # "last time each cronjob ran", "the last successful run of each cronjob": when each one last did
    (r"^(?:show |list )?(?:the )?(?:last|latest|most recent) time (each|every|all|the) ([a-z ]+?) "
     r"(ran|run|fired|got scheduled|was scheduled|sent|send|succeeded|completed|reported)\b",
     lambda m: f"when did {m.group(1)} {m.group(2)} last {_BASE_VERB.get(m.group(3), m.group(3))}"),
    (r"^(?:show |list )?(?:the )?(?:last|latest|most recent) (successful|success|good) (?:run|job|execution) "
     r"(?:of|for) (each|every|all(?: the)?|the) ([a-z ]+?)\b(?=\W*$)",
     r"when did \2 \3 last succeed"),
    # "map each crashlooping pod to its deployment": each one and its related object (or column)
    (r"^(?:map|match|pair|link|tie) (each|every|all(?: the)?|the) (.+?) (?:to|with) (its|their|the) ",
     r"\1 \2 and \3 "),
    # "crashloopin pods w/ there deployment", "INTERNAL-IP": a homophone and kubectl's wide headers
    (r"(?<=\bw/ )there\b|(?<=\bwith )there\b|(?<=\band )there\b|(?<=\+ )there\b", "their"),
    (r"\b(internal|external)-ip\b", r"\1 ip"),
    # "top-2 memory requesters", "num po": the count written short
    (r"\btop-(\d+)\b", r"top \1"),
    (r"^num (?=(?:of )?[a-z])", "number of "),
    # "readyReplicas < spec.replicas": the fields said as the columns they are
    (r"\b(?:status\.)?(ready|available|updated|unavailable)replicas\b", r"\1 replicas"),
    (r"\bspec\.replicas\b", "desired replicas"),
    # "cronjobs and when they're scheduled": their schedule ("when they were last scheduled" is a time)
    (r"\b(?:and |with |\+ )?when (?:they(?:'re| are)|it(?:'s| is)) "
     r"(?:scheduled|set to run|supposed to run)\b",
     " and their schedule"),
    # "the quota's cap and current usage": its hard limit
    (r"\b(quotas?\b.*?)\b(?:cap|ceiling)\b", r"\1hard limit"),
    # "pods showing Error": in that state
    (r"\b(are|is) showing (?=(?:error|crashloopbackoff|pending|completed|terminating|unknown|"
     r"imagepullbackoff|errimagepull|oomkilled|evicted|containercreating)\b)", r"\1 in "),
    # "the lightest pod load": ranked by pods
    (r"\b(?:the )?(lightest|smallest|lowest|heaviest|biggest|highest) pod (?:load|count)\b",
     lambda m: "the fewest pods" if m.group(1) in ("lightest", "smallest", "lowest") else "the most pods"),
    # "under-replicated deployments", "short of their replica count": fewer ready than desired
    (r"\bunder-?replicated\b", "not fully ready"),
    (r"\bshort (?:of|on) (?:their|its|the) (?:desired )?replicas?(?: count)?\b", "not fully ready"),
    # "endpointless svc": without endpoints
    (r"\bendpoint-?less (svcs?|services?)\b", r"\1 without endpoints"),
    # "the state of the jobs": their status (a container's state is a column of its own)
    (r"\bstates? of (the |my |all (?:the )?|our )?(?=(?:jobs?|pods?|po|deployments?|deploys?|pvcs?|nodes?|"
     r"statefulsets?|daemonsets?|cronjobs?|replicasets?)\b)", r"status of \1"),
    # "ds with unavailable > 0": the replicas so counted
    (r"\b(unavailable|available|ready|updated|misscheduled)\s*(?=(?:>=?|<=?|=|!=)\s*\d)", r"\1 replicas "),
    # "containers missing a cpu or memory limit", "w/o cpu/mem limits": either one unset; "with no cpu or
    # memory requests", "without cpu and memory limits": neither set
    (r"\b(without|missing|w/o|with no|lacking|that lack|lack) (?:a |any )?(cpu|memory|mem)"
     r"( or |/| and | & )(cpu|memory|mem) (request|limit)s?\b",
     lambda m: _unset_either(m.group(1), m.group(3), m.group(2), m.group(4), m.group(5))),
    (r"\b(without|missing|w/o|with no|lacking|that lack|lack) (?:a |any )?(request|limit)s? "
     r"\(?(cpu|memory|mem)( or |/| and | & )(cpu|memory|mem)\)?",
     lambda m: _unset_either(m.group(1), m.group(4), m.group(3), m.group(5), m.group(2))),
    # "deployments where not a single replica is ready", "nothing ready", "at 0 ready": none ready
    (r"\b(?:where |with )?not (?:a single|one|any) replicas? (?:is|are) ready\b", "with no ready replicas"),
    (r"\b(?:with|having) (?:nothing|none|zero|0) ready\b"
     r"(?! (?:replicas?|pods?|po|containers?|endpoints?|eps?|nodes?|addresses?|ones?|behind)\b)"
     r"|\bat (?:0|zero) ready\b(?! (?:replicas?|pods?|po|containers?)\b)", "with no ready replicas"),
    (r"\bnot at full (?:readiness|strength|capacity)\b", "not fully ready"),
    # "top3 ns by summed pod restarts": the total of them
    (r"\btop(\d+)\b", r"top \1"),
    (r"\bsummed (pod |container )?(restarts|cpu|memory|requests)\b", r"total \1\2"),
    (r"\bpsa\b", "pod security"),
    (r"\bhorizontal ?pod ?autoscaler(s?)\b", r"hpa\1"),
    (r"(?<![.\w])(status|phase|state|type|reason)\s*!=\s*", r"\1 != "),
    (r"\b(with|w/|and their|and|\+) ready status\b", r"\1 ready"),
    (r"\bhow much (cpu|memory|mem|ram|storage|ephemeral storage) can (each|every|the) nodes? allocate\b",
     r"allocatable \1 of \2 node"),
    (r"\bhow much (cpu|memory|mem|ram|storage|ephemeral storage) can (each|every one|they|it) allocate\b",
     r"allocatable \1 of \2"),
    # "pods that have restarted, with counts": their restart counts, not how many of them
    (r"\b(restarted|restarts\s*>\s*0)\b(.*?)(?:,\s*|\s+)(?:with|\+)\s*(?:the |their )?counts?\b",
     r"\1\2 with restart counts"),
    # "image-resize job in batch: its pods and their status", "how is the x job doing? show me each of its
    # pods": the pods of that workload
    (r"^(?:how (?:is|are) (?:the )?)?([a-z0-9][\w\-.]* (?:jobs?|deployments?|deploy|statefulsets?|sts|"
     r"daemonsets?|ds|cron ?jobs?|cj)\b(?: in [a-z0-9][\w\-]*)?)(?: doing\?)?\s*[:,\-?]?\s*"
     r"(?:show me |list |give me |get )?"
     r"(?:each of |all of |every one of )?(?:its|their) (pods|po)\b", r"\2 of the \1"),
    # "how close is payments to its pod quota?": that quota's hard and used
    (r"^how (?:close|near) is (?:the )?([a-z0-9][\w\-]*)(?: namespace| ns)? to (?:its|their|the) "
     r"(.+?) quota\b",
     r"\2 quota in \1"),
    # "pdbs where ALLOWED DISRUPTIONS = 0": a column of two words compared, not a label key=value
    (r"\b(?<!-l )(?!labell?ed\b|labels?\b|tagged\b)([a-z]{3,}) ([a-z]{3,})\s*==?\s*(\d+)\b(?![.\w])",
     r"\1 \2 of \3"),
    (r"\ballowed disruptions\b", "disruptions allowed"),
    # "short of their desired ready replicas": fewer ready than desired
    (r"\bshort of (?:their|its|the) desired (?:ready )?(?:replicas?|count)\b", "not fully ready"),
    # "haven't been scheduled in over a week": not in that window
    (r"\b(?:have ?n'?t|have not|has ?n'?t|has not) (run|been scheduled|fired|triggered) in "
     r"(?:over|more than) (?:a |an )?",
     r"haven't \1 in the last "),
    # "I'm auditing ownership: …": the asker's purpose, told before the question
    (r"^(?:i'?m|i am|we'?re|we are) [a-z' ]+?(?::|;| -)\s+", ""),
    (r"\bin (?:the |my )?current (?:ns|namespace)\b", "here"),
    (r"(?:,|\+|\bw/|\bwith)\s*([a-z]+) col(?:umns?|s)?\b", r" with \1"),
    # "svc/x -n y backing po": the pods behind that service
    (r"^((?:svc|service)/[a-z0-9][\w\-.]*|(?:svc|service) [a-z0-9][\w\-.]*)(.*?) (?:backing|behind|serving) "
     r"(?:po|pods)\W*$", r"pods backing \1\2"),
    # "po where node zone=us-east-1b": pods on the nodes in that zone, not a label of the pods
    (r"\b(?:where |with )?(?:the )?node(?:'s)? (zone|region)\s*=\s*", r"on nodes in \1 "),
    # "pods that read the x configmap": those using it
    (r"\b((?:pods?|po)\b.*?)\b(?:read|reads|consume|consumes|load|loads)\b"
     r"(?= (?:the )?\S+ (?:configmaps?|cms?)\b)",
     r"\1use"),
    (r"\bnotready (endpoints?|eps?|addresses)\b", r"not ready \1"),
    # "my services that dont route to anything": none ready behind them
    (r"\b(?:that |which )?(?:don'?t|do not|doesn'?t|does not) (?:route|send traffic|point) (?:to )?"
     r"(?:anything|anywhere|any pods?)\b", "with no ready endpoints"),
    # "which services does my ingress route to?", "ing backend svcs": the services some ingress routes to
    (r"^(?:which|what) (services|svcs?) (?:does|do) (?:my|the|our|this namespace'?s?) (?:ingress(?:es)?|ing) "
     r"(?:route|send traffic|point|forward) to\b(.*)$", r"\1 some ingress routes to\2"),
    (r"^(?:ing|ingress(?:es)?) backend (?:svcs?|services)\b(.*)$", r"services some ingress routes to\1"),
    (r"\blast schedule(?:d)? times?\b", "last schedule"),
    (r",?\s*(?:summed|summing|sum of|sum the|adding up) (?:the |their )?counts\b", " counting repeats"),
    # "x in staging won't start - what do its events say?", "worker-5 went NotReady, what do the node's own
    # events say?": the events of x (its trouble told first)
    (r"^(?:(?:the )?(?:pod|po|deployment|deploy|node|job) )?([a-z0-9][\w\-.]*(?: in [a-z0-9][\w\-]*)?) "
     r"(?:won'?t|doesn'?t|can'?t|will not|does not|cannot|isn'?t|is not|keeps?|has been|is stuck|is still|"
     r"'?s been|'?s stuck|went|has gone|became|turned|never|died|failed) [a-z0-9' ]+?\s*(?:-|,|;|:|\.)\s*"
     rf"{_ITS_EVENTS}\W*$", r"events of \1"),
    # "the training-scratch claim in ml is stuck, what do its events say?", "what do node worker-5's events
    # say?": that object's events, its kind said after its name or before it
    (r"^(?:the )?([a-z0-9][\w\-.]*) (claim|pvc|pod|po|node|deployment|deploy|job|statefulset|sts|service|svc)"
     rf"((?: in [a-z0-9][\w\-]*)?) [a-z0-9' ]+?\s*[-,;:.]\s*{_ITS_EVENTS}\W*$",
     r"events for \2 \1\3"),
    (r"^what do (?:the )?(pod|po|node|pvc|claim|deployment|deploy|job) ([a-z0-9][\w\-.]*)'s events say"
     r"((?: in [a-z0-9][\w\-]*)?)\W*$", r"events for \1 \2\3"),
    # "what storage classes exist and which is default": each one, and whether it is the default
    (r"\band which (?:one )?(?:is|'s) (?:the )?default\W*$", "and whether each is the default"),
    # "the current replica count of each hpa": its current replicas, not a count of objects
    (r"\b(current|desired|ready|available|min|max|minimum|maximum) replica counts?\b", r"\1 replicas"),
    # "nodes running out of memory", "po on nodes low on memory": under memory pressure
    (r"\bnodes? (?:that (?:are|is) |which are |are )?(?:(?:running|run|ran|getting) (?:out of|low on)|"
     r"(?:low|short|running low) on) (memory|disk|pids)\b",
     r"nodes with \1 pressure"),
    (r"\b((?:which|what) nodes?) (?:are|is) (?:running|getting) (?:out of|low on) (memory|disk|pids)\b",
     r"\1 have \2 pressure"),
    # "were any pods evicted in the last hour?": when is only in the Evicted events
    (r"\b(?:any |which |what )?(pods?|po) (?:that )?(?:were |was |got |have been |has been |been )?evicted "
     r"(?=(?:in|within|during|over|for) (?:the )?(?:last|past)\b)", r"\1 with evicted events "),
    # "can u pull up the events": show them (no image pulls asked)
    (r"\b(?:pull|bring|dig) up\b", "show"),
    # "(no other kinds)", "Warning ev on po only": those about pods alone
    (r"\s*\((?:and )?(?:no|not|without) other (?:kinds?|objects?|types?)\)", ""),
    (r"\bon (po|pods) only\b", r"about pods"),
    # "restarted pods and their restart totals": each one's restarts
    (r"\b(their|its) restart (?:totals?|counts?|numbers?)\b", r"\1 restarts"),
    # "my #1 pod by restarts": the top one; "tally the warning events": how many
    (r"(?<![\w#])#\s?1 (?=[a-z])", "top 1 "),
    (r"^(?:tally|tot up|total up)(?: up)? (?:the |all the |all )?", "count the "),
    # "which pods of the etl-api deployment in data are on a NotReady node?": those pods, on such nodes
    (r"^(?:which|what) (pods?|po) (of|from|behind) (?:the )?(.+?) (?:are|is) (?:running |sitting )?(on|in) ",
     r"\1 \2 the \3 \4 "),
    (r"\b(pods?|po) (of|from|behind) (?:the )?([a-z0-9][\w\-.]*) "
     r"(deployment|statefulset|daemonset|job|cronjob)\b(?=.*\bnodes?\b)", r"\1 \2 \4 \3"),
    (r"\b((?:pods?|po) (?:of|from|behind) (?:deployment|statefulset|daemonset|job|cronjob) \S+.*?)"
     r"\bnotready\b", r"\1not ready"),
    # "what provisions the volumes for the pvcs in team-b?": their storage class's provisioner
    (r"^(?:what|which \w+) provisions (?:the )?(?:volumes? (?:for|of|behind) (?:the )?)?(.+?)\W*$",
     r"\1 and their provisioner"),
    # "unmounted secrets": those no pod mounts
    (r"\bunmounted (secrets?|configmaps?|cms?|pvcs?|claims?)\b", r"unused \1"),
    # "which zones do the bookinfo pods run in, and how many in each?": the pods counted per zone
    (r"^(?:which|what) (zones?|nodes?|instance types?) (?:do|does) (?:the |my |all )?(.+?) "
     r"(?:run|live|sit|land) (?:in|on),? (?:and|with|\+) how many (?:in each|on each|per \w+|each)\W*$",
     r"\2 per \1"),
    # "…, and are those pods healthy? show status": their status shown, not a filter
    (r",?\s*(?:and )?(?:are|is) (?:those|these|they|the|its|their) (?:pods? )?"
     r"(?:healthy|ok|fine|running|up)\??"
     r"\s*(?:show|with|\+|give me)?\s*(?:me )?(?:their |the |its )?status(?:es)?\W*$", " and their status"),
    # "what's sitting behind the reviews svc": the pods it selects
    (r"^(?:what(?:'s| is|s)|who(?:'s| is)) (?:sitting |running |actually )?(?:behind|backing) (?:the )?"
     r"(?=(?:svc|service)\b|[a-z0-9][\w\-.]* (?:svc|service)\b)", "pods behind the "),
    # "cron jobs with runs that ended in failure": with failed jobs
    (r"\b(?:runs|jobs|executions) (?:that |which )?(?:ended|finished|completed) (?:in|with) (?:a )?"
     r"failures?\b", "failed jobs"),
    (r"\b(?:producing|creating|spawning|with) jobs (?:that|which) (?:fail|failed|keep failing)\b",
     "with failed jobs"),
    # "a service that routes nowhere": none ready behind it
    (r"\b(?:that |which )?(?:routes?|points?|sends? traffic) nowhere\b", "with no ready endpoints"),
    # "memory, disk or pid pressure": each kind of pressure said whole, so "or" joins them
    (r"\b(memory|disk|pid)(?:,\s*| or |\s*/\s*)(memory|disk|pid)"
     r"(?:(?:,\s*|,? or |\s*/\s*)(memory|disk|pid))? pressure\b",
     lambda m: " or ".join(f"{w} pressure" for w in m.groups() if w)),
    # "their last termination reason", "lastState reason", "why they died last time": the last reason
    (r"\b(?:(?:last|previous) (?:termination|terminated|exit) reasons?|last ?state reasons?)\b"
     r"(?!\s+(?:was|is|were|are|=|of)\b)", "last reason"),
    (r"\b(?:and )?why (?:they|it) (?:died|crashed|exited|terminated|stopped) "
     r"(?:last time|previously|before)\b", "with their last reason"),
    (r"\b(?:and )?(?:tell|show|give) me the (?:exit )?codes?\b", "and their exit code"),
    (r"\bqos(?:[ _-]?class)?\s*=\s*(\w+)", r"qos class \1"),
    (r"\balloc\b", "allocatable"),
    # "pods askin for one or more cpus": requesting at least that many
    (r"\b(?:ask(?:ing|in)?|requesting|that request|which request) (?:for )?(one|two|\d+(?:\.\d+)?) or more "
     r"(?:cpus?|cores?)\b", lambda m: f"requesting at least {number(m.group(1)) or m.group(1)} cpu"),
    # "…, and what was their last reason?": that column of each
    (r",?\s*and what (?:was|were|is|are) (their|its) (?=[a-z ]+\W*$)", r" with \1 "),
    # "nodes that have gone 10 minutes without a heartbeat": none in that window
    (r"\b(?:have |has )?gone (\d+|an?|one|two|five|ten) (minutes?|mins?|hours?|seconds?) without (?:a |any )?"
     r"heartbeats?\b", r"with no heartbeat in the last \1 \2"),
    # "svc w/ selector matching 0 po", "services that select no pods": whose selector matches none
    (r"\b(?:w/|with) (?:a )?selectors? (?:matching|that matches?) (?:0|no|zero) (?:po|pods?)\b",
     "whose selector matches no pods"),
    (r"\b(?:that|which) (?:select|selects|match|matches) (?:0|no|zero) (?:po|pods?)\b",
     "whose selector matches no pods"),
    # "(not counting the default ones)": other than those
    (r"\s*\((?:not counting|excluding|except|other than|besides|ignoring|skip|skipping) (?:the "
     r")?([a-z0-9][\w\-]*?)"
     r"(?: ones?)?\)([^()]*?)\W*$", r"\2 other than \1"),
    (r"\b(?:that|which) (?:nothing|no pod|nobody|no one) (?:actually )?(?:runs?|uses?) as\b",
     "that no pod runs as"),
    # "po counted by node instance_type": per instance type of their nodes
    (r"\bcounted by (?:the )?node(?:'s)? (zone|instance[_ ]type|region)\b", r"per node \1"),
    (r"\binstance_type\b", "instance type"),
    # "where did the prometheus-adapter pods land in monitoring?": each with its node
    (r"^where (?:did|do|have) (?:the |my |all )?(.+? (?:pods?|po|replicas))(?: in ([a-z0-9][\w\-]*))? "
     r"(?:land|end up|get scheduled|go|run)(?: in ([a-z0-9][\w\-]*))?\W*$",
     lambda m: f"{m.group(1)}{' in ' + (m.group(2) or m.group(3)) if m.group(2) or m.group(3) else ''} "
     "and their node"),
    # "the pods the reviews service in bookinfo sends traffic to": those it selects
    (r"\bthe (?:pods?|po) (?:the |that the )?"
     r"((?:svc|service) [a-z0-9][\w\-.]*|[a-z0-9][\w\-.]* (?:svc|service))"
     r"( in [a-z0-9][\w\-]*)? (?:sends traffic to|routes to|selects|points at|forwards to)\b",
     r"the pods behind the \1\2"),
    # "what is the scheduler saying about my unschedulable pods?": its FailedScheduling events' messages
    (r"^what (?:is|'s) the scheduler (?:saying|reporting|complaining|telling us) about (?:my |the |our )?"
     r"(?:unschedulable |pending |stuck |unscheduled )?(?:pods?|po)\b(.*)$",
     r"failedscheduling events\1 and their messages"),
    # "latest event time per ns": when each namespace last saw one
    (r"^(?:the )?(?:latest|last|most recent|newest) event (?:time|timestamp)s? "
     r"(?:per|by|in each|for each|of each) (?:ns|namespace)\b", "when was the last event in each namespace"),
    # "pods that have been shutting down for ten minutes": terminating
    (r"\b(?:(?:been )?(?:trying|stuck trying|waiting) to (?:shut down|terminate|be deleted)"
     r"|(?:been )?shutting down)\b", "terminating"),
    # "how old is the oldest pod in each namespace", "oldest po age per ns": the largest age per group
    (r"^(?:how old is|(?:what(?:'s| is) )?(?:the )?age of) (?:the )?oldest ([a-z]+?) "
     r"(?:in each|per|for each|by|of each) (ns|namespace|node)\b", r"max \1 age per \2"),
    (r"^(?:the )?oldest ([a-z]+?) age (?:in each|per|for each|by|of each) (ns|namespace|node)\b",
     r"max \1 age per \2"),
    # "pending po + how long", "… and how long they have been pending": each one's age
    (r"\s*(?:\+|\band\b|,|\bwith\b)\s*how long"
     r"(?: (?:they(?: have|'ve)|it(?: has|'s)) been(?: \w+)?| each| for)?\s*([?.!]*)$", r" with age\1"),
    # "images shared across namespaces", "same image running in several ns?": those in more than one
    (r"^(?:which |what |any )?(?:container )?images? (?:are |is )?shared (?:across|between|by|among) "
     r"(?:several |multiple |many |different )?(?:namespaces|ns)\b", _IN_SEVERAL_NS),
    (r"^(?:is |are )?(?:the )?same images? (?:running|used|deployed) in "
     r"(?:several|multiple|many|different|more than one) (?:namespaces|ns)\b", _IN_SEVERAL_NS),
    # "cronjobs that haven't run for 2 days": not in that window
    (r"\b(?:have ?n'?t|have not|has ?n'?t|has not) (run|been scheduled|fired|triggered) for "
     r"(?:the (?:last|past) )?",
     r"haven't \1 in the last "),
    # "when did the kafka pods start?": each one's start time (one pod named keeps its own reading)
    (r"^when did (?:the |my |all )?(.+? pods|.+? po) (?:start|get started|come up|boot)\s*\??$",
     r"\1 and their start time"),
    # "how long have the pending pods been waiting?": each one's age
    (r"^how long ha(?:ve|s) (?:the |my |all )?(.+?) been "
     r"(?:waiting|stuck|up|alive|around)\s*\??$",  # ("been pending" is a state, read as one)
     r"\1 with age"),
    # "what else runs on pod x's node", "pods next to x", "noisy neighbours of x": the others on its node
    (r"^(?:what else|what other pods|which other pods) (?:runs?|is running|are running|is|are) "
     r"on (?:the )?node "
     r"(?:of|where|that runs|running|hosting) (?:the )?(?:pod |po )?([a-z0-9][\w.\-]*)(?: runs| is)?\s*\??$",
     r"other pods on the same node as \1"),
    (r"^(?:which |what )?(?:other )?(?:pods |po )?(?:run|running|that run|sit|sitting) "
     r"(?:next to|beside|alongside) "
     r"(?:the )?(?:pod |po )?", "other pods on the same node as "),
    (r"^(?:the )?(?:noisy )?neighbou?rs of (?:the )?(?:pod |po )?([a-z0-9][\w.\-]*)",
     r"other pods on the same node as \1"),
    # "which ingress controller handles each ingress", "ing -> ingressclass controller": through its class
    (r"^(?:which|what) ingress controllers? (?:handles?|serves?|runs?|manages?|is used for|takes) "
     r"(?:each|every|the|all|my)? ?ingress(?:es)?\b"
     r"(?: \(?(?:via|through|by) (?:its|their|the) ingress ?class\)?)?",
     "ingresses and their ingress class controller"),
    (r"^(?:ing|ingress(?:es)?) ?-> ?ingress ?class(?:es)? (controllers?)\b",
     r"ingresses and their ingress class \1"),
    # "5 largest configmaps by key count": ranked by how many keys each holds
    (r"\bby (?:data )?key ?counts?\b", "by number of keys"),
    # "top 3 services by port count": by how many each lists
    (r"\bby (port|container|volume|host|rule|taint|toleration|subject) ?counts?\b", r"by number of \1s"),
    (r"\s*(?:\band\b|\bwith\b|\+|,) (?:their |its |the )?(?:data )?(?:key ?counts?|number of keys)\b",
     " and how many keys each has"),
    (r"^(?:the )?(?:data )?(?:key ?counts?|number of keys) (?:per|of each|for each|by|of) (?:each )?"
     r"(config ?map|cm|secret)s?\b", r"\1s and how many keys each has"),
    (r"^(?:the )?(\d+ )?(?:largest|biggest) (config ?maps|cms|secrets) by ", r"top \1\2 by "),
    # "which nodes are over 80% cpu requested?": their pods' requests against what they can allocate
    (r"\bnodes? (?:that are |which are |are )?(?:over|above|more than|beyond) (\d+) ?(?:%|percent) "
     r"(cpu|memory|mem) "
     r"(?:requested|allocated|reserved)\b", r"nodes with more than \1% of allocatable \2 requested"),
    # "gpu capacity of each node", "pod capacity per node": that column of each
    (r"^(?:the )?(gpu|pod|pods) capacity (?:of|per|for|on) (?:each |every |all )?(?:the )?nodes?\b",
     lambda m: f"nodes with their {'gpu' if m.group(1) == 'gpu' else 'pods'}_capacity"),
    (r"^(?:the )?nodes? (?:and|with|\+) (?:their |its |the )?(gpu|pod|pods) capacity\s*([?.!]*)$",
     lambda m: f"nodes with their {'gpu' if m.group(1) == 'gpu' else 'pods'}_capacity"),
    # "max cpu allowed per container in payments": what its limit range allows
    (r"^(?:the )?(max(?:imum)?|min(?:imum)?) (cpu|memory|mem) (?:allowed|permitted) "
     r"(?:per|for (?:a|each|one)) container\b",
     lambda m: f"limit ranges with their {m.group(1)[:3]}_{'cpu' if m.group(2) == 'cpu' else 'memory'}"),
    # "nodes with ready=false", "deploy paused=true": a flag said as a field selector
    # (not "set suspend: true on cj x", an order the refusal reads as said)
    (r"\b(ready|unschedulable|schedulable|paused|suspended|suspend|privileged|headless|immutable|deleting)"
     r"\s*(?:==?|:)\s*(true|false)\b", _flag_said),
    # "pods with restartCount > 3": the status field's name
    (r"\brestart_?count\b", "restarts"),
    # "FailedScheduling po + their tolerations": the pods with those events, and their own columns
    (r"^(?:the )?(failed[a-z]+) (?:pods|po) (?=(?:\+|and|with) (?:their|its|the)\b)",
     r"pods with \1 events "),
    # "pods that have warning events but are running and ready now": those pods, in that state
    (r"^(?:which |what )?(?:pods|po) (?:that |which )?(?:have|with|got|had|have had|have got) "
     r"(warning events|warnings|warning ev) (?:but|yet) (?:are|look|seem)(?: to be)? (.+?)"
     r"(?:,? (?:now|at the moment|currently|right now))?\s*\??$", r"\2 pods with \1"),
    # "time since last successful run, per cj", "how long since each cronjob last succeeded"
    (r"^(?:the )?(?:time|how long) since (?:the |its |their )?last (?:successful (?:run|job)|success),? "
     r"(?:per|for each|of each|by|for every|each) (?:cj|cron ?job)s?\b", _LAST_SUCCESS),
    (r"^how long since (?:each|every) (?:cj|cron ?job) last succeeded\b", _LAST_SUCCESS),
    # "deploy with READY 0/x": none of the wanted replicas ready
    (r"\b(?:with |w/ )?ready (?:=\s*)?0/(?:x|n|\d+|\*)\b", "with no ready replicas"),
    # "batch pods whose STATUS says Error", "which batch pods show Error?": that status
    (r"\b(pods?|po)( in [\w\-]+)? (?:whose|where|with) (?:the )?(?:status|state) "
     r"(?:(?:says|shows|reads|is)\b(?!')|=)\s*",  # (not "isn't": a status denied)
     r"\1\2 with status "),
    (r"\b(pods?|po) (?:show|shows|showing|say|saying) (?=(?:error|completed|pending|running|terminating|"
     r"unknown|crashloopbackoff|evicted|oomkilled|containercreating|imagepullbackoff|errimagepull)\W*$)",
     r"\1 with status "),
    # "which namespaces restart the most?": by their pods' restarts added up
    (r"\b(namespaces|ns|nodes) (?:restart|restarted|have restarted) the most\b",
     r"\1 with the most restarts"),
    # "any restarts in the last 10 min? which pods?": the pods that restarted then
    (r"^(?:any |were there any |have there been any )?(?:pod |po )?restarts "
     r"(?=(?:in|within|during|over) the (?:last|past)\b)",
     "pods restarted "),
    (r"^(pods restarted .*?)\s*\?\s*which pods\s*\??$", r"\1?"),
    # "events whose last occurrence was under 5 minutes ago": last seen
    (r"\blast (?:occurrence|occurred|occurence|time seen)\b", "last seen"),
    # "gpu node pods": the pods on those nodes
    (r"^(gpu|notready|not ready|cordoned|tainted|spot) node (pods|po)\b", r"\2 on \1 nodes"),
    # "how many cores can every node hand out to pods?": its allocatable cpu
    (r"^how many (?:cores|cpus?) can (?:every|each|the) nodes? (?:hand out|give|offer|allocate|provide)"
     r"(?: to pods)?\s*\??$", "allocatable cpu of each node"),
    (r"^how much (memory|ram|mem) can (?:every|each|the) nodes? (?:hand out|give|offer|allocate|provide)"
     r"(?: to pods)?\s*\??$", "allocatable memory of each node"),
    # "summing the event counts": counting the repeats
    (r"\b(?:summing|adding up|totalling|totaling) (?:the )?(?:event )?counts\b", "counting repeats"),
    # "my deployments with ready/desired": the READY column (ready of desired)
    (r"\b(?:with|and|\+) (?:their |the )?ready ?/ ?desired\b", "and their ready column"),
    # "can you put the worst one at the top?": sorted, biggest first
    (r"^(?:can you |could you |please |pls )?(?:put|show|list|have) (?:the )?"
     r"(?:worst|biggest|largest|highest|top)"
     r"(?: ones?)? (?:at the top|on top|first)\s*\??$", "sort desc"),
    (r"^(?:the )?worst (?:ones? )?first\s*\??$", "sort desc"),
    # "and how many of those are there?": the rows counted
    (r"^(?:and |so )?how many of (?:those|them|these|the above)(?: are there| is that| in total)?\s*\??$",
     "how many are there?"),
    # "every pod labelled tier: backend, any namespace": across the cluster
    (r",?\s*\b(?:in |from |across )?any namespaces?\s*([?.!]*)$", r" -a\1"),
    # "get no in zone 1c", "po on SchedulingDisabled no": kubectl's short name for nodes
    (r"^(?:kubectl |k )?get no\b", "get nodes"),
    (r"\b(schedulingdisabled|notready|not ready|ready|cordoned|unschedulable|tainted|control[- ]plane|"
     r"worker|gpu) no\b",
     r"\1 nodes"),
    # "statefulsets where not every replica is ready": not fully ready
    (r"\b(?:where|whose|with) not (?:every|all)(?: of (?:the|their|its))? (?:replicas?|pods?) "
     r"(?:is|are) ready\b", "not fully ready"),
    # "pvcs stuck waiting for a volume": pending
    (r"\b(?:that are |which are |are )?(?:stuck )?(?:waiting for an? (?:volume|pv)|waiting to (?:be )?bind|"
     r"waiting to be bound)\b", "pending"),
    # "count jobs by their status": grouped by it
    (r"\bby their (status|state|phase|type|reason|node|namespace|kind)\b", r"by \1"),
    # "which claim requests the biggest volume?": the largest storage request
    (r"^(?:which|what) (?:claim|pvc) (?:requests|asks for|wants) the (biggest|largest|most)"
     r"(?: volume| storage)?\b", "pvc with the biggest storage request"),
    # "nodes whose kubelet hasn't reported a heartbeat in over 2 minutes"
    (r"\b(?:whose kubelet |that |which )?(?:has|have) ?n'?o?t (?:reported|sent|posted) (?:a |any )?"
     r"heartbeats? in (?:over |more than )?", "that haven't sent a heartbeat in "),
    # "resourcequota >60 pct used": a percentage
    (r"(\d+) ?pct\b", r"\1%"),
    # "deploy w/ READY here": each one's READY column
    (r"\b(deploy\w*|statefulsets?|sts|replicasets?|rs|daemonsets?|ds) (?:w/|with) ready\b"
     r"(?! ?(?:<|>|=|replicas|pods))", r"\1 and their ready column"),
    # "qos classes here": each pod's, as "qos class" reads
    (r"\bqos classes\b", "qos class"),
    # "pods with node selectors": the field, not a node named "selectors"
    (r"\bnode[ \-]selectors?\b", "nodeselector"),
    # "empty configmaps", "secrets with no keys": none held (not a namespace or value named "empty")
    (rf"\bempty {_KV}\b", r"\1 with 0 keys"),
    (rf"\b{_KV} (?:with no|without|w/o|having no|that have no) (?:keys|data|entries)\b", r"\1 with 0 keys"),
    # "scaled down deployments", "scaled-down sts": scaled to zero replicas
    (r"\bscaled[ \-]down (deployments?|deploys?|statefulsets?|sts|replicasets?|rs)\b", r"\1 scaled to zero"),
    # "pods restarted in the past 2 hours more than 3 times": the count said before the window
    (r"\b(restart(?:ed|s)?)((?: (?:in|during|within|over) (?:the )?(?:past|last) [a-z0-9 ]+?))"
     r"( (?:(?:more|fewer|less) than|over|under|at least|at most) (?:\d+|[a-z]+)(?: times)?|"
     r" more than (?:once|twice))(?=\W*$)", r"\1\3\2"),
    # "pods restarted by the kubelet more than twice": who restarts them says nothing of which
    (r"\b(restart(?:ed|s)?|killed|crash(?:ed)?) by (?:the )?(?:kubelet|kubernetes|k8s|cluster|system|"
     r"scheduler|itself|themselves)\b", r"\1"),
    # "cpu requests of statefulset kafka": of its pods (a workload holds no requests of its own)
    # "restarts of deployment checkout-api", "how many restarts does the kafka statefulset have?": its pods'
    (r"\brestarts (?:of|for) (?:the )?(deployment|deploy|statefulset|sts|daemonset|ds) "
     r"([a-z0-9][\w\-]*)\b",
     r"restarts of the pods of \1 \2"),
    (r"\brestarts (?:of|for) the ([a-z0-9][\w\-]*) (deployment|deploy|statefulset|sts|daemonset|ds)\b",
     r"restarts of the pods of \2 \1"),
    (r"\bhow many restarts (?:does|do|did|has|have) (?:the )?([a-z0-9][\w\-]*) "
     r"(deployment|deploy|statefulset|sts|daemonset|ds) (?:have|had|got|seen|see)\b",
     r"how many restarts do the pods of \2 \1 have"),
    (r"\bhow many restarts (?:does|do|did|has|have) (?:the )?(deployment|deploy|statefulset|sts|daemonset|ds)"
     r" ([a-z0-9][\w\-]*) (?:have|had|got|seen|see)\b",
     r"how many restarts do the pods of \1 \2 have"),
    # "memory requests of the checkout-api deployment": of its pods, as "of deployment checkout-api" reads
    (r"\b((?:cpu|memory|mem|ram)\s+(?:requests?|limits?)|restarts)\s+(of|for)\s+the\s+([a-z0-9][\w\-]*)\s+"
     r"(deployment|deploy|statefulset|sts|daemonset|ds)\b", r"\1 \2 \4 \3"),
    (r"\b((?:cpu|memory|mem|ram)(?: and (?:cpu|memory|mem|ram))? (?:requests?|limits?|requests and limits)) "
     r"(?:of|for) (?:the )?((?:deployment|deploy|statefulset|sts|daemonset|ds) [a-z0-9][\w\-]*)\b",
     r"\1 of the pods of \2"),
    # "storage requested in data": the claims' requests added up, as "cpu requested here" adds the pods'
    (r"^(?:total )?storage (?:requested|claimed)(?= (?:in|here|by|for)\b)", "how much storage is requested"),
    # "memory requests of deployments in payments", "deploys here and their cpu requests": their pods'
    # requests added up per workload, as "memory request per deployment" reads
    (rf"^(cpu|memory|mem) (request|limit)s? (?:of|for) (?:the |all |each |every |my )?{_WL}\b",
     r"\1 \2 per \3"),
    (rf"^(?:the |my |all )?{_WL} ((?:in [\w\-]+|here) )?(?:and|with|\+) (?:their |its |the )?"
     r"(cpu|memory|mem) (request|limit)s?\s*([?.!]*)$", r"\3 \4 per \1 \2\5"),
    # "who can exec into pods", "roles that let you exec in containers": a rule creating pods/exec (who
    # may, nobody exec'd into); "who can read pod logs": getting pods/log
    (_MAY + r"|lets? (?:you|them|someone|users?)) (?:kubectl )?exec (?:into|in|to|inside) (?:the |any )?"
     r"(?:pods?|containers?|po)\b", r"\1 create pods/exec"),
    (_MAY + r") (?:read|see|get|view) (?:the )?(?:pod|container) logs\b", r"\1 get pods/log"),
    # "largest cpu requests in payments": the pods with them, biggest first (not the one largest amount)
    (r"^(?:what are |show |list )?(?:the )?(?:biggest|largest|highest) (cpu|memory|mem) (requests|limits)"
     r"(?!.*\b(?:per|by|each|every|of|for|across|containers?|ctrs?|nodes?|namespaces?|ns|deploy\w*|jobs?)\b)",
     r"pods sorted by \1 \2"),
    # "pods whose app label is storefront or web-bff": either value of that label (not workloads so named)
    (r"\b([a-z][\w.\-/]*) label (?:is |=\s*|equal to |of |being )?([a-z0-9][\w.\-]*) or ([a-z0-9][\w.\-]*)\b",
     r"\1=\2 or \1=\3"),
    # "which pods use a service account with cluster-admin?": those whose account a binding grants it
    (r"\b(pods?|po) (?:that )?(?:use|uses|using|run as|runs as|running as|with) (?:an? |the )?"
     r"(?:service ?account|sa) (?:that (?:has|is bound to)|with|having|bound to|holding) (?:the )?"
     r"(?!(?:an?|any|some|no|roles?|cluster)\b)([a-z0-9][\w:\-.]*)(?: (?:cluster ?)?role)?\b",
     r"\1 whose service account is bound to \2"),
    # "gpus per node", "number of cpus per node": what each node has (not the nodes that have some counted)
    (r"^\W*(?:(?:show |list |what(?: is|'s|are) )?(?:the )?(?:number of |count of |total )?)"
     r"(gpu|cpu|core)s?(?: count| capacity)? (?:per|by|on each|of each|for each|in each) node\W*$|"
     r"^\W*how many (gpu|cpu|core)s? (?:does|do) (?:each|every) node have\W*$",
     lambda m: f"nodes with their {(m.group(1) or m.group(2)).replace('core', 'cpu')} capacity"),
    # "pods with app=ledger-db or fraud-detector": either value of that label, each said with its key
    (r"(?<![\w.\-/])([a-z][\w.\-/]*)\s*=\s*([a-z0-9][\w.\-]*)((?:\s*,\s*[a-z0-9][\w.\-]*)*)\s*,?\s+or\s+"
     r"([a-z0-9][\w.\-]*)\b(?![\w.\-/]*\s*=)",
     lambda m: " or ".join(
         f"{m.group(1)}={v}" for v in [m.group(2), *re.findall(r"[a-z0-9][\w.\-]*", m.group(3)), m.group(4)]
     )),
    # "top 3 images by pod count": the pods each image runs in, not the images each pod runs
    (r"\b(images?) by (?:the )?(?:pod count|count of pods|pods)\b", r"\1 by number of pods"),
    # "images per namespace": the different images each one runs, not its containers
    (r"^(?:(?:list|show)(?: the)? )?(?:container )?images (per|by|in each|for each) (ns|namespace|node)\b",
     r"number of distinct images \1 \2"),
    # "evictions from the event log": the events themselves (no log is read)
    (r"\b(?:the )?(?:event|events|ev) (?:logs?|stream|history)\b", "events"),
    # "show me there pods", "+ there restart counts": their (not "are there pods")
    (r"(?<!\bare )(?<!\bis )(?<!\bwere )(?<!\bwas )(?<!\br )(?<!\bany )\bthere (?=(?:pods?|po|restarts?|"
     r"restart counts?|images?|containers?|nodes?|labels?|owners?|events?|status(?:es)?|names?|replicas|"
     r"requests?|limits?|claims?|pvcs?|volumes?|jobs?)\b)", "their "),
    # "po requesting > 1000m cpu": millicores compared (not minutes of age)
    (r"(>=|=>|<=|=<|>|<)\s*(?=\d+m (?:of )?(?:cpu|cores?)\b)", lambda m: _COMPARED_IN_WORDS[m[1]]),
    # "po w/ last restart < 15m": the last restart within the last 15 minutes
    (r"\blast (restart|heartbeat|schedule|transition) (?:<|under|less than|within) ?(\d+) ?"
     r"(m|mins?|minutes?|h|hrs?|hours?|d|days?)\b", r"last \1 in the last \2 \3"),
    # "m5.4xlarge no", "gpu-capable no": kubectl's short name of nodes, said last
    (r"^([a-z0-9][\w.\-]*(?: [a-z0-9][\w.\-]*)?) no\W*$", r"\1 nodes"),
    # "what images r the init containers running?": the images they use (not their running state)
    (r"^(what|which) (images?|image versions?|image tags?) (?:are|r) (?:the |my |our )?(.+?) "
     r"(?:running|using|on)\W*$", r"\1 \2 do \3 use"),
    # "ns cpu limit totals": the total per namespace
    (r"^(ns|namespace|node|no) (cpu|memory|mem) (limit|request)s? totals?\W*$", r"total \2 \3s per \1"),
    # "which node can allocate the most memory to pods?": the most allocatable
    (r"\bcan (?:allocate|give|offer|hand out) (?:pods )?the most (cpu|memory|mem)(?: to pods)?\b",
     r"has the most allocatable \1"),
    # "events for node x, and how many times did each happen?": each with its count
    (r",? and how many times did each(?: one| of them)? (?:happen|occur|fire|repeat)\W*$",
     " with their count"),
    # "which namespaces log the most warning events?": events had, not logs read
    (r"\blog(?:s|ged)?(?= (?:the )?(?:most|more|fewest|many|any|as)? ?(?:[a-z]+ ){0,2}(?:events?|ev|warnings|"
     r"oom ?kill(?:s|ing)?)\b)", "have"),
    # "which deployments have pods failing to pull their image, according to events?": the pods' image pull
    # failures, which their status shows as the events do
    (r"^(?=.*\bpull)(?=.*\b(?:deployments?|deploy|statefulsets?|sts|daemonsets?|ds)\b)(.*?)"
     r"(?:,? (?:according to|going by|per|based on|judging by|from) (?:the )?(?:pod |their )?events|"
     r"\s*\((?:pod |per |from |going by )?events\))\W*$", r"\1"),
    (r"\bwhos (?=pods?\b|po\b|containers?\b)", "whose "),
    (r"\b(deployments|deploy|statefulsets|sts|daemonsets|ds) (?:that )?(?:can'?t|cannot|can not|"
     r"are unable to|fail to|failing to|keep failing to) pull\b", r"\1 whose pods can't pull"),
    # "wich of my pods asks for the most memory?": the one that does (a top 1, not all of them sorted)
    (r"\bwhich of (my|our|the|those|these) (pods|po|containers|nodes) (?:asks? for|requests?|wants?|"
     r"needs?) the (most|biggest|largest|least|smallest) (cpu|memory|mem|ram)\b",
     r"which one of \1 \2 asks for the \3 \4"),
    # "a memory limit over twice what they request": over twice their request
    (r"\b(over|more than|above|at least|under|less than|below) (twice|double|2x|three times|3x|half) what "
     r"(?:they|it|each|each one) (?:requests?|asks? for)\b", r"\1 \2 their request"),
    # "total cpu (cores) and memory (MiB) requested by …": both totals, the memory in its unit
    (r"\b(total|sum of|overall) (cpu) \(cores?\) and (memory|mem) \((mib|gib|mi|gi|mb|gb)\) (.+?)\W*$",
     r"\1 \2 and \3 \5 in \4"),
    # "backoff count per pod", "how many times has each pod in team-b backed off?": each pod's BackOff
    # events, their repeats counted
    (r"\b(?:backoff|back-?off|back offs?|back-offs) counts? per (pod|po)\b",
     "backoff events per pod counting repeats"),
    (r"^how many times (?:has|have|did) each ((?:[a-z0-9][\w\-]* )?)(?:pod|po) ((?:in [a-z0-9][\w\-]* )?)"
     r"(?:backed off|back(?:ed)? ?off)\W*$", r"\1backoff events per pod \2counting repeats"),
    # "which pods have restarts, with the counts?": with their restart counts (not a count of pods)
    (r"\b(restarts?|restarted)\b(.*?),? with (?:the|their) counts?\W*$", r"\1\2 with their restarts"),
    # "which of my pods are not running? include their status": the column asked after the question
    (r"\?\s*(?:and )?(?:pls |please )?(?:include|add|plus) (?:their|its) ([a-z_]+)\W*$",
     r" with their \1"),
    # "highest pod restart count in each namespace", "the most restarts any single pod has, per namespace":
    # the largest value in each group, not the group with the largest total
    (r"^(?:what(?:'s|s| is| are) )?(?:the )?(?:highest|largest|biggest|greatest|maximum) ((?:pod |po |"
     r"container )?(?:restart count|restarts|memory requests?|cpu requests?|memory limits?|cpu limits?)) "
     r"(in each|per|for each|for every|by) ", r"max \1 \2 "),
    (r"^(?:what(?:'s|s| is| are) )?(?:the )?most (restarts|memory|cpu) (?:any|a) (?:single |one )?(?:pod|po) "
     r"(?:has|had|requests?|asks? for),? (in each|per|for each|for every|by) ", r"max \1 of any pod \2 "),
    # "which deployment is short the most replicas?", "deploy furthest from desired": desired minus ready
    (r"\b(?:is |are )?(?:short|lacking|behind) (?:by )?(?:the most|most) (?:ready )?replicas\b|"
     r"\b(?:is |are )?(?:the )?(?:furthest|farthest) (?:away )?from (?:its |their )?desired"
     r"(?: (?:replicas|replica count|count|state))?\b", "missing the most ready replicas"),
    (r"\s*\(\s*(?:the )?most (?:replicas not ready|not ready replicas|unready replicas)\s*\)", ""),
    (r"\bby (?:missing|not ready|unready) replicas\b", "by (desired - ready)"),
    # "any restarts in this namespace?": the pods that restarted
    (r"^(?:are there |were there |have there been )?any restarts\b", "any pods with restarts"),
    # "which deployments are the crashlooping pods from?": the ones owning them
    (r"^(which|what) (deployments?|deploy|statefulsets?|sts|daemonsets?|ds|jobs?|replicasets?|rs) (?:are|is) "
     r"(?:the |those |these )?(.+?) (pods?|po) (?:from|part of|coming from)\b", r"\1 \2 own the \3 \4"),
    # "svc w/ notReadyAddresses in their ep", "services with some unready backends": not ready endpoints
    (r"\bnot ?ready ?addresses\b(?: in (?:their|the|its) (?:ep|endpoints?))?", "not ready endpoints"),
    (r"\b(services|svcs?|service) with (?:some |any )?(?:unready|not ready|not-ready) "
     r"(?:backend pods|backends)\b", r"\1 with not ready endpoints"),
    # "pods blocked on a pvc that hasn't bound yet": on a pending claim
    (r"\b(?:a |an |the )?(pvcs?|claims?|persistent volume claims?) that (?:hasn'?t|has not|haven'?t|have not|"
     r"isn'?t|is not|aren'?t|are not|never) (?:been |got |gotten )?bound(?: yet)?\b", r"a pending \1"),
    (r"\b(pods?|po) (?:that are |which are )?(?:blocked|stuck|waiting) on (?=(?:a |an |the )?pending)",
     r"\1 using "),
    # "LoadBalancer-type services": the service type, not a service so named
    (r"\b(loadbalancer|nodeport|clusterip|externalname)[ \-]type\b", r"\1"),
    # "cordoned nodes: po on them", "gpu nodes -> po": the pods on those nodes
    (r"^([a-z][\w\-]*(?: [a-z][\w\-]*)?) nodes?\s*(?::|-+>|→)\s*(?:(?:what|which) )?(?:po|pods)"
     r"(?: are| run| running| sit| sitting)?(?: on (?:them|it|there))?((?:\s+-a)?)\W*$",
     r"pods on \1 nodes\2"),
    (r"\b(po|pods) on (?:the )?masters\b", r"\1 on master nodes"),
    # "reviews svc in bookinfo: the pods behind it": the pods that service selects
    (r"^([a-z0-9][\w\-]*) (?:svc|service)((?: in [\w\-]+| -n [\w\-]+)?)\s*[:,\-]+\s*(?:the |which |what )?"
     r"(?:pods|po) (?:behind|backing|selected by|matched by|serving) (?:it|that)\W*$",
     r"pods behind service \1\2"),
    # "what evicted pod x in shop?": why it was evicted
    (r"^what evicted (pod |po )?([a-z0-9][\w\-.]*)((?: in [\w\-]+| -n [\w\-]+)?)\W*$",
     r"why was \1\2\3 evicted"),
    # "recommendation-7d9f-abcde in checkout: which deployment is it part of?": the owner of that pod
    (r"^([a-z0-9][\w.]*-[\w\-.]+)((?: in [\w\-]+| -n [\w\-]+)?)\s*[:,\-]+\s*(?:which|what) "
     r"(deployment|deploy|statefulset|sts|replicaset|rs|daemonset|ds|job|cronjob|cj) (?:is|does) it "
     r"(?:part of|belong to|come from|from|in|owned by|managed by)\W*$", r"which \3 owns \1\2"),
    # "mysql-credentials secret: used by which po?": the pods that use it
    (r"^(?:the )?(?:([a-z0-9][\w\-.]*) (secret|configmap|cm|pvc|claim)|(secret|configmap|cm|pvc|claim) "
     r"([a-z0-9][\w\-.]*))((?: in [\w\-]+| -n [\w\-]+)?)\s*[:,\-]*\s*(?:is |are )?"
     r"(?:used|mounted|referenced) by which (?:po|pods)\b", r"which pods use \2\3 \1\4\5"),
    # "what happened to the kafka pods in data?": the events of that workload's pods
    (r"^what(?: has| have)? happen(?:ed|s|ing) (?:to|with) (the |my )?"
     r"(?!(?:the|my|our|all|those|these|its|their) )([a-z0-9][\w\-]* (?:pods?|po))\b",
     r"events for \1\2"),
    # "what happened to the nodes?", "… to the pods in payments?": their events, not the names they name
    (r"^(?!.*\bstatus\b)what(?: has| have)? happen(?:ed|s|ing) (?:to|with) (the |my |our |all (?:the )?)?"
     r"(pods|nodes|jobs|cron ?jobs|deployments|deploys|stateful ?sets|daemon ?sets|replica ?sets|pvcs|"
     r"services|hpas)\b(?!\W+(?:name|status|age|and)\b)",
     r"events for \1\2"),
    # "how many times did pods back off in total?": the BackOff events' repeats added up
    (r"^how many times (?:did|have) (?:the )?(?:pods|containers|po) (?:back(?:ed)?[ \-]?off|been backed off)"
     r"(?: in total| altogether| overall)?\W*$", "total backoff event count"),
    # "which pods does each network policy select in shop?": each policy with the pods it selects
    (r"^(?:which|what) (?:pods|po) (?:does|do) (?:each|every) (network ?polic(?:y|ies)|netpols?|pdbs?|"
     r"pod ?disruption ?budgets?|services?|svcs?) (select|cover|match|target)s?\b",
     r"\1 and the pods they \2"),
    # "are all my deployments healthy?": the ones that are not answer it
    (r"^are (?:all|every)(?: of)? (my |our |the )?([a-z\-]+(?: [a-z\-]+)?) "
     r"(healthy|ready|running|available|bound|schedulable)((?: here| in [\w\-]+)?)\W*$",
     lambda m: f"which {'of ' + m.group(1) if m.group(1) in ('my ', 'our ') else ''}{m.group(2)} are not "
     f"{m.group(3)}{m.group(4)}"),
    # "how many shop pods are actually up?": running (not "up to date")
    (r"\b(pods?|po)\b([^?,]*?) (?:that |which )?(?:are|is|r) (?:actually |currently |still |all )?up"
     r"(?: and running)?\b(?![\s\-]*to\b)", r"\1\2 that are running"),
    # "namespaces labeled team platform": that key and value
    (r"\b(labell?ed|tagged) (?!(?:with|as|by|for|the|a|an|using)\b)([a-z][\w.\-/]*) "
     r"(?!(?:in|on|and|or|with|without|as|here|but|not|only|yet|that|which|who|whose|where|are|is|by|for|"
     r"from|to|at)\b)([a-z0-9][\w.\-]*)(?=\W*$|\s+(?:in|on|and|here)\b)",
     r"\1 \2=\3"),
    # "svc selecting app: redis": the selector's key and value
    (r"\b(selecting|selects|select|selector) ([a-z][\w.\-/]*):\s*([a-z0-9][\w.\-]*)\b", r"\1 \2=\3"),
    # "ctrs pullPolicy=Always": the image pull policy
    (r"\b(?:image)?pullpolicy\s*[=:]?\s*(always|never|ifnotpresent)\b", r"pull policy \1"),
    # "statefulsets without all replicas ready": not fully ready
    (r"\b(?:without|(?:that |which )?(?:don'?t|do not|doesn'?t|does not) have) all (?:of )?"
     r"(?:their |its |the )?(?:replicas?|pods?) (ready|available)\b", r"not fully \1"),
    # "ns where istio injection is turned on": istio's injection label
    (r"\b(?:where |whose )?istio (?:sidecar )?injection (?:is )?(?:turned on|on|enabled|switched on)\b",
     "with label istio-injection=enabled"),
    # "claim -> volume": each claim with its volume
    (r"(^|[:,]\s*)(?:claims?|pvcs?)\s*(?:-+>|→)\s*(?:volumes?|pvs?)\W*$", r"\1pvcs and their volume"),
    # "5 highest-count events": those with the highest count
    (r"\b(\d+ )?(?:highest|biggest|largest)[ \-]count (events?|ev|warnings?)\b",
     r"\1\2 with the highest count"),
    # "which hpas are emitting warning events?": those that have them
    (r"\b(?:are |is )?(?:emitting|throwing|raising|producing|generating|spitting out|firing off) "
     r"(warning events|warnings|events)\b", r"have \1"),
    # "deployments with at least one crashlooping pod": with any such pod, not counted
    (r"\bwith at least (?:one|1|a single) (?!ready|available|running)([a-z\-]+ )?(pod|container)\b",
     r"with a \1\2"),
    # "which pods run on each node?", "what's running on every node": each pod with its node
    (r"^(?:which|what) (?:pods? |po )?(?:run|runs|are running|is running|are|live|sit)(?: on)? "
     r"(?:each|every) node(?=\W*$| in\b)", "pods and their node"),
    # "on each node, which pod has restarted the most?": the question first, then where it is asked of each
    (r"^(on|in|for|per) (each|every) (node|namespace|ns|zone|availability zone|az|instance type|region),\s*"
     r"(which|what) (.+?)\s*([?.!]*)(\s*\([^()]*\))?$", r"\4 \5 \1 \2 \3\6\7"),
    # "per ns, which deploy was created first?": the oldest in each
    (r"^(?:per|for each|in each|for every|in every) (ns|namespace|node),\s*(?:which|what) ([a-z]+) "
     r"(?:was|got) (?:created|made|deployed|set up) (?:first|earliest)\s*[?.!]*$", r"oldest \2 in each \1"),
    # "which pods behind pay.acme.io aren't ready?": the unready ones of those
    (r"^(?:which |what |the )?(pods?|po) (behind|serving|backing|for) (.+?) (?:that |which )?"
     r"(?:are\s*n'?t|are not|arent|is\s*n'?t|isnt) ready\s*\??$", r"unready \1 \2 \3"),
    # "po serving host pay.acme.io": behind that host
    (r"\b(?:serving|behind|backing) (?:the )?(?:ingress )?host ([a-z0-9][\w\-]*(?:\.[\w\-]+)+)\b",
     r"behind \1"),
    # "each cassandra pod in team-b, the pvc it mounts and that pvc's status": each with its pvc and that
    (r"^((?:for )?(?:each|every) .+?),\s*(?:the |which )?(pvc|claim|pv|volume|service account|sa|node) "
     r"(?:it|they) (?:mounts?|uses?|runs? on|is on|claims?|has|have) and (?:that|the|its|their) "
     r"\2(?:'s|s')? ([a-z ]+?)\s*([?.!]*)$", r"\1 with its \2 and the \2's \3\4"),
    # "status of the pods behind each service in bookinfo": each service, its pods and theirs
    (r"^(?:the )?(status|phase|node|ready state|readiness) of (?:the )?(?:pods|po) "
     r"(?:behind|backing|of|selected by) (?:each|every) (?:service|svc)\b(.*?)\s*[?.!]*$",
     r"services\2 with their pods and the pods' \1"),
    # "service accounts that turn off token automounting": those that do not automount their token
    (r"\b(?:turn(?:s|ed)? off|disabl(?:e|es|ed|ing)|opt(?:s|ed)? out of|switch(?:es|ed)? off) (?:the )?"
     r"(?:sa |service account |api )?token (?:automounting|automount|auto-?mount(?:ing)?)\b",
     "do not automount their token"),
    # "netpols with Egress in their policy types": of that policy type
    (r"\bwith (ingress|egress) in (?:their|its|the) policy ?types?\b", r"with policy type \1"),
    # "what do the memory limits in data add up to (GiB)?": their total
    (r"^(?:what|how much) do (?:the |all )?(.+?) add up to\b", r"total \1"),
    # "per node, the cpu capacity that is not allocatable to pods": capacity minus allocatable
    (r"\b(cpu|memory|mem) capacity (?:that is|that's|which is) not allocatable(?: to pods)?\b",
     r"\1 capacity minus \1 allocatable"),
    # "which 3 namespaces are the noisiest (by warning event count)?": ranked by their warning events
    (r"^(?:which|what) (\d+ |three |two |five )?(namespaces|ns|nodes|pods|objects) (?:are|is) the "
     r"(?:noisiest|loudest|chattiest|most noisy)\s*\(?(?:by|in) (?:the )?(?:number of )?"
     r"(warning|event|warning event)s? counts?\)?\s*[?.!]*$", r"top \1\2 by number of \3s"),
    # "nodes w/ kubelet heartbeat older than 2m": the node's heartbeat (no kubelet version)
    (r"\bkubelet(?:'s)? (?=(?:last )?heartbeats?\b)", ""),
    # "which PDBs would stop me from draining a node?": those allowing no disruption now
    (r"^(?:which|what|any) (pdbs?|pod disruption budgets?) (?:would |could |will |might )?"
     r"(?:stop|block|prevent) (?:me |us )?(?:from )?drain(?:ing)? (?:a|the|any) node"
     r"(?: right now| now| atm)?\s*[?.!]*$",
     r"\1 with zero allowed disruptions"),
    # "which pdbs cover a pod that isn't ready?", "pdbs protecting not-ready pods"
    (r"\b(?:that |which )?(?:cover|covers|covering|protect|protects|protecting) (?:an? |any |some )?"
     r"(?:(?:unready|not[- ]ready) pods?|pods? (?:that|which) (?:is|are)\s*n'?t ready)\b",
     "that cover not ready pods"),
    # "namespaces that have pods in them but no ResourceQuota": with pods
    (r"\b(namespaces|ns) (?:that|which) (?:have|has|hold|contain) (\w+) in them\b", r"\1 with \2"),
    # "which Running po serve ing guestbook -n team-a?": the pods behind that ingress
    (r"^(?:which |what )?(\w+ )?(?:po|pods?) (?:serve|serving|behind|back|backing) (?:ing|ingress) "
     r"([a-z0-9][\w\-]*)(?: -n | in )([a-z0-9][\w\-]*)\s*\??$", r"\1pods behind ingress \2 in \3"),
    # "cassandra pods, the PVC each one uses, and whether it's bound", "+ their claim + claim phase"
    (r",\s*(?:the )?(pvc|claim) each (?:one )?(?:uses|mounts|has),? and (?:whether|if) it'?s bound\s*\??$",
     r" with their \1 and its status"),
    (r"\s*\+ their (claim|pvc) \+ (?:claim|pvc)'?s? (?:phase|status)\b", r" with their \1 and its status"),
    # "status of every pod the image-resize job (batch) created": the pods of that job, with theirs
    (r"^(status|node|phase|restarts) of (?:every|each|all|the) pods? (?:the |that )?([a-z0-9][\w\-]*) "
     r"(job|cron ?job|deployment|deploy|stateful ?set|daemon ?set) (\([a-z0-9][\w\-]*\)|in [a-z0-9][\w\-]*) "
     r"(?:created|made|spawned|runs|owns|started)\s*\??$", r"pods of \3 \2 \4 and their \1"),
    # "autoscalers w/ a not-fully-ready target deploy"
    (r"\b(?:w/|with) an? not[- ]fully[- ]ready target (?:deploy|deployment)\b",
     "whose target deployment is not fully ready"),
    # "how many replicas does sts cassandra in team-b want?": its desired replicas
    (r"\bhow many replicas (?:does|do|did) (?!(?:they|it|them|those|these|each)\b)(.+?) "
     r"(?:want|need|ask for|request|specify|declare|aim for|"
     r"call for)\b", r"how many replicas are desired for \1"),
    # "which PVCs are mounted by pods on worker-6, and how big are they (GiB)?": each with its size
    (r",?\s*and how big (?:are|is) (?:they|those|each(?: one)?)\s*\(?(?:in )?(gib|gb|mib|mb)\)?\s*\??$",
     r" and their size (\1)"),
    # "namespaces under a resource quota yet with no LimitRange": with a quota but no limit range
    (r"\b(?:are |is )?(?:under|covered by|subject to|with) (?:a |any )?(resource ?quotas?|quotas?),? "
     r"(?:yet|but|and) (?:have |has |with )?no\b", r"have a \1 but no"),
    # "role bindings that grant a Role restricted to specific resource names": whose role has resource names
    (r"\b(?:that |which )?grants? an? (role|cluster ?role) (?:restricted|limited|scoped) to "
     r"(?:specific |particular |named )?resource ?names\b", r"whose \1 has resource names"),
    (r"\b(?:restricted|limited|scoped) to (?:specific |particular |named )?resource ?names\b",
     "with resource names"),
    # "hpas failling to get memory metrics": those whose events say so
    (r"^(?:which |what )?(hpas?|autoscalers?|horizontal ?pod ?autoscalers?) (?:(?:that |which )?"
     r"(?:can'?t|cannot|could ?n'?t) get|fail(?:l?ing|s|ed)? to get) (memory|cpu) "
     r"(?:metrics?|utili[sz]ation)\b(?: \(?(?:per|from) (?:their |the )?events\)?)?",
     r"\1 with events mentioning \2 utilization"),
    # "count ev that started <5m ago": first seen then (no reason Started)
    (r"\b(ev|events?) (?:that|which) (?:started|began)\b", r"\1 first seen"),
    # "po on cordonned (SchedulingDisabled) nodes": the state said twice
    (r"\bcordonn?ed\b", "cordoned"),
    (r"\b(cordoned|not ?ready|notready|unschedulable) \((?:schedulingdisabled|unschedulable|not ?ready)\) "
     r"(nodes?)\b", r"\1 \2"),
    # "namespaces w/ stuff on notready nodes": pods
    (r"\b(?:stuff|things|anything|something|workloads) (?:running |scheduled )?on "
     r"(not ?ready|notready|unready|cordoned|broken|down) nodes?\b", r"pods on \1 nodes"),
    # "poddisruptionbudgets where allowed disruptions is 0": with zero allowed disruptions
    (r"\b(?:where|whose|with) (?:the )?(?:allowed disruptions|disruptions allowed) (?:is|are|=|==|equals?) "
     r"(?:0|zero|none)\b", "with zero allowed disruptions"),
    # "network policies selecting all pods of their ns": those that apply to every pod (an empty selector)
    (r"\b(network ?polic(?:y|ies)|netpols?) (?:that )?"
     r"(?:select(?:s|ing)?|appl(?:y|ies|ying) to|cover(?:s|ing)?) (?:all|every) (?:the )?pods?"
     r"(?: (?:of|in) (?:their|its|the) (?:ns|namespace))?\b",
     r"\1 with selects all"),
    # "count the pods on each of those nodes" (a follow-up): on each of them
    (r"^(?:count|tally|number of) (?:the )?pods (?:on|in|of) each of (?:those|these|them|the ones)"
     r"(?: nodes| namespaces)?\s*[?.!]*$", "how many pods on each of them?"),
    (r"^how many pods (?:are )?(?:on|in) each of (?:those|these) (?:nodes|namespaces)\s*[?.!]*$",
     "how many pods on each of them?"),
    # "svc w/ a selector nothing matches": services whose selector matches no pods
    (r"\b(?:w/|with) an? selector (?:that )?(?:nothing|no pods?|no one) match(?:es)?\b",
     "whose selector matches no pods"),
    # "rolebindings -> clusterrole w/ create on deployments, subjects": to cluster roles that can do that
    (r"^(rolebindings?|role bindings?|rbs?) ?(?:->|→|to|for) ?(cluster ?roles?|roles?) (?:w/|with) ([a-z]+) "
     r"(?:on|for) ([a-z]+),? (?:\+ |and |with )?(?:their )?subjects\s*[?.!]*$",
     r"\1 to \2 that can \3 \4, with subjects"),
    # "for each cassandra pod in team-b, is its pvc Bound or Pending?": each one's claim status
    (r"^(?:for )?(?:each|every) (.+?) pod(s?)( in [a-z0-9][\w\-]*)?,? (?:is|are) (?:its|their) (pvc|claim)s? "
     r"(?:bound or pending|pending or bound)\s*\??$", r"\1 pods\3 with their \4 status"),
    # "status of the pod(s) the ratings svc in bookinfo selects": the pods behind it, with their status
    (r"^(status|node|phase|restarts) of (?:the )?(?:pod\(s\)|pods?) (?:the )?([a-z0-9][\w\-]*) "
     r"(?:svc|service) (in [a-z0-9][\w\-]*|\([a-z0-9][\w\-]*\)) "
     r"(?:selects|targets|routes to|backs onto)\s*\??$",
     r"pods behind the \2 service \3 and their \1"),
    # "orders-api deploy in team-b: which of its pods are not ready?": that deployment's unready pods
    (r"^([a-z0-9][\w\-]*) (deploy|deployment|sts|statefulset|ds|daemonset) "
     r"(in [a-z0-9][\w\-]*|-n [a-z0-9][\w\-]*)\s*[:,\-]\s*which of its pods (?:are|is) "
     r"(?:not ready|unready|n't ready)\s*\??$",
     r"unready pods of \2 \1 \3"),
    # "which deployments have pods in restart back-off, going by the events?": pods with BackOff events
    (r"\bpods (?:in|stuck in) (?:restart )?back-?off,? (?:going by|according to|per|from|judging by) "
     r"(?:the |their )?events\b", "pods with backoff events"),
    # "how many times did the fraud-detector pods back off?": their BackOff events' repeats
    (r"^how many times (?:did|have|has) (?:the )?(.+?) (pods?|po) (?:back(?:ed)?[ \-]?off|backoff)\s*\??$",
     r"total count of backoff events for the \1 \2"),
    # "how many warning events do pods on worker-7 have?": the events about those pods (not the node's)
    (r"^how many ((?:\w+ )?(?:events?|ev|warnings?)) (?:do|did|does) (?!.*\b(?:each|every|per)\b)(?:the )?"
     r"(.*?\b(?:pods?|po)\b.*?) "
     r"(?:have|get|got|had|see|receive)\s*\??$", r"how many \1 are about \2?"),
    # "evts on node worker-4: type, reason, msg": the events about it
    (r"^evts?\b(?= (?:on|for|about|of) )", "events"),
    # "crashlooping po with their event reasons and msgs": the events of those, with both
    (r"^(.+?) with (?:their|its|the) events?'? ?(?:reasons? ?(?:and|&|\+|/|,) ?(?:msgs?|messages?)|"
     r"(?:msgs?|messages?) ?(?:and|&|\+|/|,) ?reasons?)\s*[?.!]*$",
     r"events of \1 with their reasons and messages"),
    # "for each Pending pvc, the reason and message of its events"
    (r"^for (?:each|every) (.+?),? (?:the |their |its )?reasons? ?(?:and|&|\+|/) ?(?:msgs?|messages?) of "
     r"(?:its|their|the) events\s*[?.!]*$", r"events of \1 with their reasons and messages"),
    # "normal vs warning: how many events of each?": the events counted per type
    (r"^(?:normal|warnings?) (?:vs\.?|versus|v\.?|/|or|and) (?:normal|warnings?)(?: events?)?\s*[:,\-]?\s*"
     r"(?:how many(?: events)? (?:of|for|are) each(?: type)?|(?:event )?counts?)\s*[?.!]*$",
     "how many events of each type?"),
    # "when did worker-8 last report OOMKilling?": the last such event about it
    (r"^when did (.+?) last (?:report|log|emit|throw|raise|fire|record) (?:an? )?(?!heartbeat)([a-z]+)"
     r"(?: events?)?"
     r"\s*[?.!]*$", r"when was the last \2 event on \1?"),
    # "how many times has pdb x in monitoring said NoPods?": its events of that reason, repeats counted
    (r"^how many times (?:has|have|did) (.+?) (?:said|say|reported|report|logged|log|emitted|emit|thrown|"
     r"throw|"
     r"raised|raise|fired|fire) ([a-z]+)(?: events?)?\s*[?.!]*$", r"total count of \2 events for \1"),
    # "FailedAttachVolume repeats per pod": the events' counts added up per pod
    (r"\b(?!total\b)([a-z]+) repeats (per|by|for each) (pod|node|object|namespace|ns)\b",
     r"sum of counts of \1 events \2 \3"),
    # "hpas with warning events and the deployment each one scales": and their target
    (r"\band the (?:deployment|workload|target)s? (?:each one|each|it|they) (?:scales?|targets?)\b",
     "and their target"),
    # "pods that can't schedule for lack of GPUs": for want of that resource, as the scheduler says it
    (r"\b(?:for (?:lack|want) of|lacking|short on|short of) (?:enough )?(gpus?|cpus?|memory)\b",
     r"due to insufficient \1"),
    # "which namespaces use configmap x?": those whose pods use it (a pod mounts its own namespace's)
    (r"^((?:which|what) (?:namespaces|ns)) (?:use|uses|mount|mounts|reference|references|consume) "
     r"(?=(?:the )?(?:configmaps?|cms?|secrets?|pvcs?|claims?|persistent ?volume ?claims?) [a-z0-9])",
     r"\1 have pods using "),
    # "svc w/o spec.selector", "po with spec.nodeSelector set": the field, not where the manifest keeps it
    # (not a field selector's "status.phase=Running", which names the phase as kubectl does)
    (r"\bspec\.(?=[a-z])(?!nodename\b)", ""),
    (r"\bnodeselectors?\b", "node selector"),
    (r"\b(?:that |which )?(?:declare|declares|set|sets|specify|specifies|define|defines) (?:an? )?node s"
     r"elector\b"
     r"|\bwith (?:an? )?node selector set\b", "with a node selector"),
    # "pods that haven't been assigned an IP": with none
    (r"\b(?:that |which )?(?:haven't|have not|hasn't|has not|weren't|were not|wasn't|was not|never) "
     r"(?:been |got |gotten )?(?:assigned|given|allocated)(?: an?| to an?| to any)?( pod)? "
     r"(ip|ip address|node)\b",
     r"with no\1 \2"),
    # "per-container restarts in team-b": the restarts of each container
    (r"\bper[\s\-]container (restarts|restart counts?)\b", r"\1 per container"),
    # "count of jobs for each job status": how many in each
    (r"^\W*(?:the )?(?:counts?|tally|tallies|number) of ([a-z]+) (?:for|in|per|by) (?:each |every )?"
     r"(?:[a-z]+ )?(status|phase|type)\b",
     r"how many \1 in each \2"),
    # "pods with a restart count above zero": those that have restarted
    (r"\b(?:have|has|with) (?:an? )?(?:nonzero|non-zero|positive) restart counts?\b|\b(?:have|has|with) "
     r"(?:an? )?"
     r"restart counts? (?:above|over|greater than|more than|>) ?(?:zero|0)\b", "that have restarted"),
    # "non control-plane nodes", "worker nodes … (skip the control plane)": nodes that are not control plane
    (r"\bnon[\s\-]?control[\s\-]?plane nodes\b", "nodes that are not control plane"),
    (r"\bworker nodes\b(.*?)\s*\((?:skip|skipping|excluding|exclude|not|without|minus) (?:the )?control["
     r"\s\-]?"
     r"planes?(?: nodes?)?\)", r"nodes that are not control plane\1"),
    # "pods that are Running but have warning events": running pods with them
    (r"\b(pods|po) that are (running|pending|failed|succeeded) (?:but|and|yet) (?:have|has|got) (?:got )?"
     r"(warning events|warnings|events)\b", r"\2 \1 with \3"),
    # "nodes that went quiet >10 min ago": whose heartbeat is that old
    (r"\b(?:that |which )?(?:went|gone|have gone|has gone) (?:quiet|silent|dark) (?:>|over|more than) ?("
     r"\d+) ?"
     r"(m|mins?|minutes?|h|hrs?|hours?)(?: ago)?\b", r"whose last heartbeat is over \1 \2 old"),
    # "which hpa can scale the highest (max replicas)?": has the highest max replicas
    (r"\bcan scale (?:the )?(?:highest|furthest|most|furthest up|up the most)(?:\s*\(max replicas\))?",
     "has the highest max replicas"),
    # "jobs that finished successfully in less than 10s": completed in under
    (r"\b(?:finished|ran|completed) successfully in (?:less than|under)\b", "completed in under"),
    # "namespaces w/ warning ev last 5m": in the last
    (r"\b(events?|ev|warnings?) (?:over |during )?last (\d+ ?[a-z]+)\b", r"\1 in the last \2"),
    # "nodes carrying the accelerator label + value": with that label and its value
    (r"\b(?:carrying|bearing|having|with) the ([a-z0-9][\w./\-]*) label (?:and the|and its|\+|with its) "
     r"values?\b",
     r"with label \1 and its value"),
    # "which 3 succeeded jobs ran longest?": the completed ones
    (r"\b(\d+ )?(?:succeeded|successful) jobs\b", r"\1completed jobs"),
    # "pods the netpol x applies to", "pods matched by the x budget": the pods that object selects
    (r"^\W*(?:the |which |what )?(pods|po) (?:that )?(?:the )?(netpol|network ?policy|pdb|pod ?disruptio"
     r"n ?budget|"
     r"disruption ?budget) ([a-z0-9][\w\-]*) (?:applies to|covers|selects|matches|protects|guards)\b",
     r"\1 selected by \2 \3"),
    (r"\b(?:matched|covered|selected|protected|guarded) by (?:the )?([a-z0-9][\w\-]*) (?:disruption )?bu"
     r"dget\b",
     r"selected by pdb \1"),
    # "which pods use storage class fast through their pvcs?": whose claim uses it
    (r"\b(?:use|uses|using|are on|sit on) (?:the )?(storage ?class|sc) ([a-z0-9][\w\-]*) (?:through|via|"
     r"by way of|"
     r"in) (?:their|its) (?:pvcs?|claims?|persistent ?volume ?claims?)"
      r"\b", r"whose pvc uses storage class \2"),
    # "ready replica count of each hpa's target deployment": the hpas with it beside
    (r"^\W*(?:the )?ready replica(?:s| count| counts)? (?:of|for) (?:each|every|the) (?:hpa|horizontal ?"
     r"pod ?autoscaler)"
     r"(?:'s|s)? (?:target|scaled) (deployment|deploy)s?"
      r"\b", r"hpas with their target deployment ready replicas"),
    # "hpa where the deploy it scales isn't all ready": whose target deployment is not fully ready
    (r"\b(hpas?|horizontal ?pod ?autoscalers?) (?:where|whose) (?:the )?(?:deploy|deployment) (?:it|they"
     r") (?:scales?|"
     r"targets?) (?:isn't|is not|aren't|are not) (?:all|fully) ready"
      r"\b", r"\1 whose target deployment is not fully ready"),
    # "deploys in payments without autoscaling": without an hpa
    (r"\b(?:without|with no|lacking) (?:any )?(?:auto-?scaling|an? auto-?scaler|horizontal (?:pod )?auto"
     r"-?scaling)\b",
     "without an hpa"),
    # "worker-7: deployments with pods there": with pods on that node
    (r"^\W*([a-z0-9][\w\-]*)\s*[:\-]\s*([a-z ]+?) with (pods|po) (?:there|on it)\W*$", r"\2 with pods on \1"),
    # "lb svcs + ready ep count", "type=LoadBalancer svcs: ready endpoints each": their ready endpoints beside
    (r"\b(svcs?|services)\s*(?::|,|\+|and the|with)?\s*(?:their )?ready (?:ep|eps|endpoints?)(?: address"
     r"(?:es)?)? ?"
     r"(?:count|counts|each|number)\b", r"\1 with their ready endpoint count"),
    # "how many jobs has each cron job created, going by the events?": its SuccessfulCreate events, counted
    (r"^\W*how many (?:jobs|pods|runs) (?:has|have|did) (?:each|every) (cron ?jobs?|cjs?|daemon ?sets?|d"
     r"s|replica ?sets?|"
     r"rs|jobs?|stateful ?sets?|sts) (?:created?|kick(?:ed)? off|start(?:ed)?|spawn(?:ed)?|launch(?:ed)?"
      r")\b(.*?)"
     r"[,\s]*\b(?:going by|according to|based on|judging by|per|from) (?:the|its|their) events\W*$",
     r"how many successfulcreate events per \1\2"),
    (r"^\W*how many (?:jobs|pods|runs) (?:has|have|did) the ([a-z0-9][\w\-]*) (cron ?job|cj|daemon ?set|"
     r"ds|replica ?set|"
     r"rs|job|stateful ?set|sts) (?:created?|kick(?:ed)? off|start(?:ed)?|spawn(?:ed)?|launch(?:ed)?)\b(.*?)"
     r"[,\s]*\b(?:going by|according to|based on|judging by|per|from) (?:the|its|their) events\W*$",
     r"how many successfulcreate events about \2 \1\3"),
    # "warning reasons here and how often each fired": the repeats of each reason
    (r"\b((?:warning |event |normal )?reason)s\b(.*?)\s*(?:,|\band\b)\s*how often (?:each(?: one)?|they) "
     r"(?:fired|happened|occurred|was seen|were seen|repeated)\b", r"occurrences per \1\2"),
    (r"^\W*how often did each ((?:warning |event |normal )?reason) (?:fire|happen|occur|repeat)\b",
     r"occurrences per \1"),
    # "Unhealthy events and how many times each fired": each event's count beside it
    (r"\s*(?:,|\band|\bwith|\+)\s*how (?:many times|often) (?:each|each one|they each|each of them) (?:f"
     r"ired|happened|"
     r"occurred|repeated|was seen|were seen|fire|happen)\b", " with their count"),
    # "warnings here by reason, summing repeats", "warning reasons … with their total counts": counts summed
    (r"^\W*(warnings?|warning events|events)\b(.*?)\s*\bby reason,?\s*(?:summing|counting|including|with"
     r") (?:the )?"
     r"repeats\W*$", r"sum of counts of \1\2 per reason"),
    (r"^\W*(warning|event) reasons\b(.*?)\s*with (?:their|the) total counts?\W*"
     r"$", r"sum of counts of \1 events per "
     r"reason\2"),
    # "which deployments' replica sets have FailedCreate events?": the deployments have them
    (r"\b(deployments?|deploys?)(?:'s?)? (?:replica ?sets?|rs) (have|has|with|got)\b", r"\1 \2"),
    (r"^\W*which (deployments|deploys) (?:can't|cannot|can not|couldn't|fail to|failed to) (?:get their "
     r"(?:replica ?sets?|"
     r"rs) to )?create (?:their )?(?:pods|replicas)\s*\(\s*failedcreate\s*\)\W*"
      r"$", r"which \1 have failedcreate events"),
    # "orders-api deploy: its pods and where they run": each pod and its node
    (r"\b(its|their) (pods|po) and where (?:they|each(?: one)?) (?:run|runs|land|landed|sit|sits|are|is)\b",
     r"\1 \2 and their nodes"),
    # "which services' selectors don't match any pod?": whose selector matches none
    (r"\b(services|svcs?)'? selectors? (?:don't|do not|doesn't|does not) match (?:any|a single) (?:pods?"
     r"|po)\b",
     r"\1 whose selector matches no pods"),
    # "cassandra sts in team-b - each pod w/ its claim status": its pods with their claims' status
    (r"\beach (?:pod|po) with its (?:claim|pvc|persistent ?volume ?claim)(?:'s)? status\b",
     "pods with their pvc status"),
    # "nightly-report cronjob (batch) jobs": the jobs of that cron job
    (r"^\W*([a-z0-9][\w\-]*) (?:cronjob|cj|cron job) \(([a-z0-9][\w\-]*)\) jobs"
     r"\b", r"jobs of cronjob \1 in \2"),
    # follow-ups: "add the deployment each one belongs to", "leave kube-system out of it", "which ones were
    # they?"
    (r"^\W*(?:add|include|show|and|with|plus) (?:the )?(deployment|deploy|owner|node)s? (?:each(?: one| "
     r"pod)?|they|it|"
     r"each of them) (?:belongs? to|is (?:part of|from)|comes? from|runs? on|is on|sits? on)\W*"
      r"$", r"and their \1s"),
    (r"^\W*(?:leave|keep|take) ([a-z0-9][\w\-]*) out(?: of (?:it|this|that|there))?\W*$", r"excluding \1"),
    (r"^\W*(?:which|what) (?:ones|ones?) (?:were|are|was|is) (?:they|those|it)\W*$", "which ones?"),
    # "deployments that currently own at least one crashlooping pod": those with such pods
    (r"\b(?:that |which )?(?:currently )?(?:own|owns|have|has|run|runs) at least (?:one|1|a single) ([a-"
     r"z\-]+ )?"
     r"(?:pods?|po)\b", r"with \1pods"),
    # "warnings on deploy/storefront pods -n frontend": on the pods of that workload
    (r"\b(warnings?|warning events|events?) (?:on|for|of) (deploy|deployment|sts|statefulset|ds|daemonset)/"
     r"([a-z0-9][\w\-]*) (?:pods|po)\b", r"\1 on the pods of \2/\3"),
    # "deployments whose rollout stopped progressing": not progressing
    (r"\b(?:rollouts? )?(?:stopped|has stopped|have stopped|quit|no longer) progressing"
     r"\b", "not progressing"),
    # "how many pods can all the nodes hold together?": their allocatable pods summed
    (r"^\W*how many pods can (?:all )?(?:the |our )?nodes (?:hold|fit|take|run)(?: together| combined| a"
     r"ltogether|"
     r" in total)?\W*$", "how many pods can the nodes hold in total?"),
    # "default cpu and memory limits for containers in payments": the limit ranges' defaults
    (r"\bdefault (cpu|memory|mem)( and (?:cpu|memory|mem))? limits? for (?:the )?containers in\b",
     r"limitrange default \1\2 limits in"),
    # "why did the restarted containers in team-b last terminate?": their last reason
    (r"^\W*why did (?:the )?(restarted containers?|containers? that restarted)\b(.*?) (?:last )?(?:termi"
     r"nate|die|"
     r"exit|stop)\W*$", r"\1\2 and their last reason"),
    # "which images show up in more than one namespace?": are used there
    # (images only: "warning reasons that show up in more than one namespace" are read as they are said)
    (r"\b(images?) (?:that |which )?(?:show|shows|showing|turn|turns) up in\b", r"\1 used in"),
    # "warning events on pods scheduled to worker-2": on the pods running there (not Scheduled events)
    (r"\b((?:warning )?(?:events?|ev|warnings?) (?:on|for|of|about) (?:the )?)(pods|po) (?:that are |tha"
     r"t were |which are )?"
     r"scheduled (?:to|on|onto) ", r"\1\2 running on "),
    # "anything happen in the past 60 seconds?": what happened then
    (r"^\W*(?:did )?anything (?:happen|happened|go on|going on) (?:in|during|over|within) the (?:past|la"
     r"st)\b",
     "what happened in the last"),
    # "team-b pods that have warning events, with their restart counts": the restarts beside
    (r"\b(pods|po) that have (warning events|warnings|events),? with their (?:restarts|restart counts?)\b",
     r"\1 with \2 and their restarts"),
    # "eviction events, with why each pod got evicted": their messages
    (r"\b(?:eviction|evicted) events,? with why (?:each|every|the) (?:pod|po|one)s? "
     r"(?:got|was|were) evicted\b",
     "evicted events with their messages"),
    # "scheduler msg for cassandra-2": its FailedScheduling message
    (r"^\W*(?:the )?scheduler(?:'s)? (?:msg|message)s? (?:for|of|on) (?:pod |po )?(?=[a-z0-9][\w\-]*)",
     "the failedscheduling event message of pod "),
    # "what's backing off here?": the BackOff events
    # (not "which pods are backing off …", which older readings take as those pods)
    (r"^\W*(?:what|who)(?:'s| is| are) backing off\b", "backoff events"),
    # "containers that restarted after exiting with an Error": whose last termination was that
    (r"\b(?:that |which )?restarted after (?:exiting|terminating|dying|crashing|failing) with "
     r"(?:an? )?(?=[a-z])",
     "that last terminated with "),
    # "which persistent volumes do the kafka pods in data use?": each pod with its volume
    (r"^\W*(?:which|what) (?:persistent ?volumes?|pvs?|pv's) (?:do|does|are|is) (?:the |my )?([a-z0-9\- ]*?)"
     r"\b(?:pods|po)\b([a-z0-9\- ]*?) (?:use|using|sit on|sitting on|writing to|write to|mount|mounting|"
     r"run on|running on|on)(?=\W*$)", r"which persistent volume backs each \1pod\2"),
    (r"^\W*(?:which|what) (?:persistent ?volumes|pvs) back (?:the |my )?([a-z0-9\- ]*?)\b(?:pods|po)\b",
     r"which persistent volume backs each \1pod"),
    # "cassandra pods -n team-b with their pvc + status": the claim's status, not the pod's
    (r"\b(?:their|its) (pvcs?|claims?) ?(?:\+|and|and the|with|&) (?:its |their )?status\b",
     "their pvc and pvc status"),
    # "hpa targets not ready": the deployments they scale that are not
    (r"^\W*(?:the )?(?:hpa|horizontal ?pod ?autoscaler)s? targets? (?:that are |which are )?(?:not|aren't) "
     r"(?:fully |all )?ready\W*$", "deployments targeted by an hpa that are not fully ready"),
    # "worker-7 went down, which deployments does that hit?": those with pods there
    (r"^\W*([a-z0-9][\w\-]*) (?:went|has gone|just went|is|goes) (?:down|offline|notready|not ready)"
     r"\s*[,.;:\-]?\s*(?:so )?which (deployments|deploys|statefulsets|daemonsets|services|namespaces) "
     r"(?:does|do|would|will) "
     r"(?:that|it|this) (?:hit|affect|impact|take out)\W*$", r"which \2 have pods on \1"),
    # "disk-pressure nodes: pods on them" (said by then "pods on disk-pressure nodes"): on nodes with it
    (r"\b(pods|po) (?:on|running on|that run on) (disk|memory|pid)[\s\-]pressure nodes\b",
     r"\1 running on nodes with \2 pressure"),
    # "last warning time per ns": when the last one was, in each
    (r"^\W*(?:the )?(?:last|latest|most recent|newest) (warning|event)s? (?:time|timestamp|seen) "
     r"(?:per|by|for each|in each) (?:ns|namespace)\W*$", r"when was the last \1 in each namespace?"),
    # "ev firing for over 12h (first seen to last seen)": going on that long
    (r"^\W*(?:ev|events?|warnings?) (?:firing|going on|repeating|active|recurring) (?:for )?"
     r"(?:over|more than|>) ?"
     r"(\d+ ?[a-z]+)\b(?:\s*\((?:first seen to last seen|from first to last seen)\))?\W*$",
     r"events that have been going on for more than \1"),
    # "biggest desired-vs-ready gap among deploys": the one missing the most ready replicas
    (r"^\W*(?:the )?(?:biggest|largest|widest) (?:desired[\s\-]*(?:vs\.?|versus|to|and)[\s\-]*ready|"
     r"ready[\s\-]*(?:vs\.?|versus|to|and)[\s\-]*desired) gap (?:among|of|across|between) (?:the )?"
     r"(?:deploys|deployments)\W*$",
     "which deployment is missing the most ready replicas?"),
    # "BackoffLimitExceeded events w/ time": with their time
    (r"\b(events?|ev|warnings?) with (?:the )?(?:time|times|timestamps?|when)\W*$", r"\1 with their time"),
    # "role bindings that grant access to a service account from another namespace": not one so named
    (r"\b(service ?accounts?|sas?)( subjects?)? (from|in|of|living in) another (namespace|ns)\b",
     r"\1\2 \3 a different \4"),
    # "rolebindings with ServiceAccount subjects", "role bindings that grant a role to a service account":
    # the bindings that name some subject of that kind
    (r"\b(role ?bindings?|rbs?|cluster ?role ?bindings?|crbs?) (?:with|having) (?:a |any )?"
     r"(service ?account|user|group)s? (?:subjects?|as (?:a )?subjects?)\b", r"\1 bound to \2s"),
    (r"\b(role ?bindings?|rbs?|cluster ?role ?bindings?|crbs?) (?:that )?(?:grant|give)s? (?:a role|roles|"
     r"something|anything) to (?:an? |any )?(service ?account|user|group)s?(?=\W*$|\s*,|\s+and\b)",
     r"\1 bound to \2s"),
    # "count po w/ non-zero priority", "priority classes with a negative value": said as a comparison
    (r"\bnon[\s\-]?zero (priority|restarts|restart count|replicas|value)\b", r"\1 above 0"),
    (r"\b(?:have|has|with) (?:an? )?negative (value|priority)\b", r"with \1 below 0"),
    # "which PDBs have fewer healthy pods than they require?", "pdbs where not every pod they expect is
    # healthy": their healthy pods against the desired (or expected) count
    (r"\b(?:have|has|with) fewer healthy pods than (?:they|it) (?:require|need|want|desire)s?\b",
     "with current healthy below desired healthy"),
    (r"\bwhere not (?:every|all(?: the)?) pods? (?:they|it) expects? (?:is|are) healthy\b",
     "where current healthy < expected pods"),
    # "priority classes that can preempt lower-priority pods": their preemption policy
    (r"\b(priority ?class(?:es)?|pcs?) (?:that|which) (?:can|may|will) preempt"
     r"(?: lower[\s\-]priority pods)?\b",
     r"\1 with preemption policy PreemptLowerPriority"),
    # "lowest priority pc + its value": the priority class of the lowest value
    (r"^\W*(?:the )?(lowest|highest) priority (?:pc|priority ?class)\b"
     r"(?:\s*(?:\+|and|with) (?:its|the) value)?",
     r"priority class with the \1 value"),
    # "warnings that kept repeating for more than 10 minutes (first to last seen)", "warning ev spanning over
    # 10m": events going on that long
    (r"\b(warning ev|warning events?|warnings?|ev|events?) (?:that )?(?:kept repeating|kept firing|"
     r"kept coming|spanning|spanned|lasting|lasted) (?:for )?(?:over|more than|longer than|>) ?"
     r"(\d+ ?[a-z]+)\b"
     r"(?:\s*\((?:from )?first(?: seen)? to last(?: seen)?\))?",
     r"\1 that have been going on for more than \2"),
    # "noisiest hpa by warning count (sum of count)", "top kubelet by warning ev (sum count)": the one with
    # the most warnings, repeats counted
    (r"^\W*(?:the )?(?:noisiest|top|loudest) "
     r"(hpa|pod|node|deployment|deploy|job|pvc|service|svc|namespace|ns|kubelet)\b (?:by )?"
     r"(?:(?:the )?(?:warning|warn) (?:count|ev|events)|warnings)\s*\((?:sum(?: of)? (?:the )?counts?|"
     r"counting repeats|repeats included|incl\.? repeats)\)\W*$",
     r"which \1 has the most warnings (counting repeats)?"),
    (r"^which kubelet has the most warnings", "which node's kubelet reported the most warnings"),
    # "how long between the first and last FailedScheduling of pod x in ml?", "x -n ml: last seen minus
    # first seen of its failedscheduling ev": how long those events went on
    (r"^\W*how long (?:was it |is it )?between the first and (?:the )?last ([a-z]+)(?: events?)? "
     r"(?:of|for|on) (.+?)\W*$", r"\1 events of \2 with how long each lasted"),
    (r"^\W*(.+?):\s*last[\s_]seen (?:minus|-) first[\s_]seen of (?:its|the) ([a-z]+) (?:ev|events?)\W*$",
     r"\2 events of \1 with how long each lasted"),
    (r"^\W*(.+?\b(?:ev|events?)\b.+?):\s*last[\s_]seen (?:minus|-) first[\s_]seen\W*$",
     r"\1 with how long each lasted"),
    # "which limit ranges apply to PVCs?", "limitranges w/ type PersistentVolumeClaim": the kinds they limit
    (r"\b(limit ?ranges?|limitranges?) (?:that |which )?(?:apply|applies|applying|are for) to "
     r"(?:pvcs?|persistent ?volume ?claims?|(?:volume )?claims)\b",
     r"\1 whose types include PersistentVolumeClaim"),
    (r"\b(limit ?ranges?|limitranges?) (?:that |which )?(?:apply|applies|applying) to (?:containers?)\b",
     r"\1 whose types include Container"),
    (r"\b(limit ?ranges?|limitranges?) (?:with|of) (?:the )?types? (persistentvolumeclaim|container|pod)\b",
     r"\1 whose types include \2"),
    # "svc exposing the largest number of ports" (said by then "… exposing the most ports"): the one with
    # the most
    (r"^\W*(svc|services?|pods?|po|deployments?|deploys?|nodes?|ingresses|ing|ns|namespaces?)\b "
     r"(?:exposing|having|that (?:has|have|expose)) the most "
     r"(ports|containers|labels|hosts|rules|backends)\W*$",
     r"\1 with the most \2"),
    # "which ing have no hostname set?": no hosts
    (r"\b(?:no|without|w/o) (?:hostnames?|host names?)(?: set| configured| defined)?\b", "no hosts"),
    # "which pod has been failing to schedule the longest?": the one whose FailedScheduling began first
    (r"^\W*which (pod|pvc|claim)s? (?:has|have) been failing to schedule (?:the )?longest\W*$",
     r"which \1 has the oldest failedscheduling event?"),
    # "since when? add first seen": the time each was first (or last) seen, added
    (r"^\W*(?:since when\W*)?add (?:the )?(first|last)[\s_]seen(?: times?)?\W*$",
     r"add when they were \1 seen"),
    # "which resources does the staging quota cap?" (said by then "… hard limit"): the resources it holds a
    # hard limit for
    (r"^\W*(?:which|what) resources does (the [\w\-]+ (?:resource ?)?quota|[\w\-]+'s (?:resource ?)?quota|"
     r"the (?:resource ?)?quota in [\w\-]+) "
     r"(?:cap|limit|restrict|hard limit|put (?:a )?(?:hard limit|cap)s? on)\W*$",
     r"\1 - what resources have a hard limit"),
    # "which pods are running but have warnings?": the running pods with warnings
    (r"^\W*which (pods|po) are (running|pending|ready|crashlooping|failed|evicted) (?:but|and) (?:still )?"
     r"(?:have|had|got|show) (?:any )?(warnings?|warning events)\W*$", r"which \2 \1 have \3?"),
    # "in how many namespaces is there at least one rolebinding?": the namespaces that have them, counted
    (r"^\W*in how many (namespaces|ns) (?:is there|are there|do we have|does \w+ have) "
     r"(?:at least one|an?|any) ([a-z][\w ]*?)\W*$", r"how many \1 have \2s?"),
    # "how many pdbs allow at least one disruption right now?": disruptions allowed above 0
    (r"\b(pdbs?|pod ?disruption ?budgets?|disruption budgets?) (?:that )?allows? (?:at least one|any|some) "
     r"(?:voluntary )?disruptions?\b(?: right now| now| currently)?", r"\1 with disruptions allowed > 0"),
    # "disruption budgets under their desired healthy count": healthy pods below the desired count
    (r"\b(pdbs?|pod ?disruption ?budgets?|disruption budgets?) (?:under|below) (?:their|its|the) desired "
     r"healthy (?:count|pods)\b", r"\1 with current healthy below desired healthy"),
    # "sa -n kube-system, skip default": all but that one
    (r",\s*(?:skip|skipping|minus|but not) (?:the )?([a-z0-9][\w\-.]*)\W*$", r" excluding \1"),
    # "ep with notready addrs": kubectl's own spellings of not-ready addresses
    (r"\bnotready (?:addrs|addresses|ips)\b|\bnot[\s\-]ready ips\b", "not-ready addrs"),
    # "who r the cluster admins": who holds cluster-admin
    (r"^\W*who (?:r|are) (?:the |our )?cluster[\s\-]admins\W*$", "who is bound to cluster-admin?"),
    # "hosts served by ingress x": that ingress's hosts
    (r"^\W*(?:the |which |what )?(hosts|paths|domains) (?:are )?(?:served|routed|handled) by "
     r"(?:the )?", r"\1 of "),
    # "when was the BackOff on pod x first and last seen?": that reason's events of the object, both times
    (r"^\W*when (?:was|were|did) (?:the |its |a )?([a-z]+) (?:events? |warnings? )?("
     + _OF_AN_OBJECT + r".+?) (?:first and last|first seen and last) seen\W*$",
     r"first and last seen of the \1 events \2"),
    (r"^\W*when (?:was|were|did) (?:the |its |a )?([a-z]+) (" + _OF_AN_OBJECT + r".+?) (first|last) seen\W*$",
     r"when was the \1 event \2 \3 seen"),
    # "more than six hours back": ago
    (r"\b(\d+|an?) (minutes?|hours?|days?|weeks?|months?) back\b", r"\1 \2 ago"),
    # "job x failed, what do its events say?": the object's events, the failure only its story
    (r"^\W*((?:pod|po|job|deployment|deploy|node|pvc|statefulset|sts) [a-z0-9][\w\-.]*"
     r"(?: in [a-z0-9][\w\-]*)?) (?:has |is |just )?"
     r"(?:failed|crashed|died|broke|is failing|is broken|went down)\s*[,;:.\-]+\s*"
     r"(what do (?:its|the) events say|what (?:do|does) (?:its|the) events? (?:say|show)|"
     r"(?:show|give) me its events)\W*$", r"events of \1"),
    # "just those whose object is a pod": the events about pods
    (r"\b(only|just) (?:those|the ones|ones|the events) whose (?:involved )?(?:object|subject|kind) is "
     r"(?:a |an )?([a-z]+?)s?\W*$", r"\1 those about \2s"),
    # "storage clas": the class, its last letter dropped
    (r"\bstorage clas\b", "storage class"),
    # "jobs in the order they started", "pods ordered by when they were created": earliest first
    (_IN_ORDER_OF + r"(?:started|start|began)\b", ", earliest started first"),
    (_IN_ORDER_OF + r"(?:created|creation|made)\b", ", oldest first"),
    (_IN_ORDER_OF + r"(?:finished|completed|completion|ended)\b", ", earliest finished first"),
    # "the pending pvc that has been waiting the longest": the oldest
    (r"\b(?:has|have) been (?:waiting|pending|stuck|sitting)(?: there)?(?: the)? longest\b", "is the oldest"),
    # "pods in ml that got scheduled into zone x": the pods there
    (r"\b(?:got |were |was |been |get )?(?:scheduled|placed|landed|put) into\b", "run in"),
    # "every pod the nightly-report cronjob in batch has spawned": the pods of that owner
    (r"\b(pods?|po) (?:that )?the ([a-z0-9][\w\-]*) "
     r"(cron ?jobs?|cj|jobs?|deployments?|deploy|statefulsets?|sts|daemonsets?|ds|replicasets?|rs)"
     r"((?: in| -n) [a-z0-9][\w\-]*)? (?:has |have |had )?"
     r"(?:spawned|created|made|started|launched|brought up)\b", r"\1 of the \2 \3\4"),
    # "every pod the reviews svc in bookinfo selects": the pods behind it
    (r"\b(?:every|each|all(?: the)?|the) (?:pods?|po) (?:that )?the ([a-z0-9][\w\-]*) (?:svc|service)"
     r"((?: in| -n) [a-z0-9][\w\-]*)? (?:selects|matches|targets|routes to|sends traffic to)\b",
     r"the pods behind service \1\2"),
    # "claims asking for a storageclass the cluster doesn't have": whose class does not exist
    (r"\b(?:asking for|requesting|using|that use|with|naming) an? (?:storage ?class|sc) (?:that )?"
     r"the cluster (?:does ?n'?t|does not|dont|has no|lacks)(?: have)?\b",
     "whose storage class doesn't exist"),
    # "which pods end up answering requests to shop.example.com?": the pods behind that host's ingress
    (r"^\W*(?:which|what) (?:pods?|po) (?:end up |actually |would |will )?(?:answer|serve|handle)\w* "
     r"(?:the )?(?:requests|traffic|calls) (?:to|for|on) ([a-z0-9][\w\-]*\.[\w.\-]+)\W*$",
     r"pods behind the \1 ingress"),
    (r"^\W*([a-z0-9][\w\-]*\.[\w.\-]+) (?:ing|ingress)\s*->\s*(?:the )?(?:backing |backend |matching )?"
     r"(?:pods?|po)\W*$", r"pods behind the \1 ingress"),
    # "po on NoExecute-tainted nodes": nodes with such a taint
    (r"\b(noschedule|noexecute|prefernoschedule)[\s\-]tainted (nodes?|no)\b", r"\2 with a \1 taint"),
    # "untagged images": the images said with no tag
    (r"\buntagged images\b", "images without a tag"),
    # "pods with neither cpu nor memory limits": without either
    (r"\b(?:have |has |with )?neither (cpu|memory|mem) nor (cpu|memory|mem) (limits?|requests?)\b",
     r"without \1 or \2 \3"),
    # "pods asking for nvidia.com/gpu": those requesting gpus
    (r"\b(?:asking for|requesting|that request|that ask for|which request) (?:an? |any )?"
     r"(?:nvidia\.com/gpus?|nvidia gpus?)(?![\w.\-/])", "requesting gpus"),
    # "pods that run the migrate-check init container": with that init container
    (r"\b(?:run|have|use|include)s? (?:the |an? )?([a-z0-9][\w\-]*) init container\b",
     r"with init container \1"),
    # "deploys with nothing available": none of their replicas so
    (r"\bwith nothing (available|ready)\b", r"with no \1 replicas"),
    # "the not-fully-ready deploys": the state, hyphenated, is no name
    (r"\bnot-fully-(ready|available|rolled-out|rolled out)\b", r"not fully \1"),
    # "ns with highest restart sum": the most restarts
    (r"\b(highest|biggest|largest|most|lowest|fewest) (?:total )?restart (?:sum|total|count)s?\b",
     r"\1 restarts"),
    # "qos class counts -n team-b": how many of each
    (r"^\W*(qos(?: class)?|status|phase|restart policy) counts\b", r"count per \1"),
    # "monitoring po w/ container counts": with each one's count
    (r"\b(?:w/|with) (container|restart|port) counts?\b", r"with their \1 counts"),
    # "nodes that can give pods fewer than 4 cores": what they have allocatable
    (r"\b(?:can give|can offer|can allocate to|have room for|offer) (?:pods |workloads )?"
     r"(fewer|less|more) than (\d+(?:\.\d+)?) (cores|cpus?|gib|gi|gb)\b", r"with \1 than \2 allocatable \3"),
    # "deployments that have zero of their pods ready": none of their replicas ready
    (r"\b(deployments?|deploys?|statefulsets?|sts|replicasets?|rs)\b(.*?)\b(?:that |which )?"
     r"(?:have |has |with )(?:zero|none|0|no) (?:of )?(?:their |its )?pods? (?:are |is )?ready\b",
     r"\1\2 with no ready replicas"),
    # "pods still waiting for their containers to be created": ContainerCreating
    (r"\b(?:still )?waiting for (?:their|its|the) containers? to (?:be created|get created)\b",
     "in ContainerCreating"),
    # "pods whose STATUS column says Error": with that status
    (r"\b(?:whose|where|with) (?:the |their |its )?status(?: column)? (?:says|shows|reads) ([a-z]+)\b",
     r"with status \1"),
    # "node -> number of pods running on it": pods counted per node
    (r"^\W*nodes? -> (?:the )?(?:number|count|#) of (?:pods|po)(?: running| scheduled)?"
     r"(?: on (?:it|each|them))?\W*$", "how many pods per node"),
    # "2 most-repeated evnts": the words, unhyphenated
    (r"\b(most|least)-(repeated|used|common|restarted|frequent|recent)\b", r"\1 \2"),
    # "namespaces that get istio sidecars injected": labelled for it
    (r"\b(?:get|have|has|with) istio(?: sidecars?)? inject(?:ed|ion)(?: enabled| on| turned on)?\b",
     "with label istio-injection=enabled"),
    # "pods that show Running but have no container ready (0/N)": none of their containers ready
    (r"\b(?:have |has |with )?(?:no|zero|0) containers? ready\b(?:\s*\(0/n\))?", "with 0 ready containers"),
    # "pods where only part of the containers are ready (like 2/3)": some but not all
    (r"\bonly (?:part|some) of (?:the |their |its )?containers (?:are |is )?ready\b"
     r"(?:\s*\((?:like|e\.?g\.?|say) \d+/\d+\))?", "with some but not all containers ready"),
    # "jobs still going": still running (not "rollouts still in progress", a rollout's own state)
    (r"\bstill (?:going|going on)\b", "still running"),
    # "statefulset-owned po": owned by one
    (r"\b(statefulset|daemonset|deployment|replicaset|job|cronjob|node)-owned (pods?|po)\b",
     r"\2 owned by a \1"),
    # "payments po in us-east-1a (by node zone)": the zone is their node's, said already
    (r"\s*\(by (?:their |the )?(?:node(?:'s)? )?zone\)", ""),
    # "svc w/ a selector matching nothin": one that selects no pod
    (r"\b(selectors?) (?:that )?(?:match(?:es|ing)?|select(?:s|ing)?) "
     r"(?:nothing|nothin|no pods?|zero pods)\b", r"\1 matching no pods"),
    # "monitoring svc -> # of matching pods": how many each selects
    (r"^\W*([a-z0-9][\w\-]*) (?:svc|services?) -> (?:#|number|count) (?:of )?"
     r"(?:matching |selected |backing )?(?:pods|po)\W*$", r"how many pods does each service in \1 select"),
    # "what provisioner backs each pvc?": the provisioner of each one's storage class
    (r"^\W*(?:what|which) provisioner (?:backs|serves|provisions|is behind|made) (?:each|every|the) "
     r"(pvcs?|claims?|pvs?|persistent volumes?)\W*$", r"\1 with the provisioner of their storage class"),
    # "why can't the frontend hpa in shop scale? show its events": that object's events, the why its story
    (r"^\W*why (?:can'?t|cant|won'?t|wont|isn'?t|doesn'?t|does|is|did|are|aren'?t) (?:the )?([a-z0-9][\w\-]* "
     r"(?:hpa|autoscaler|pod|po|deployment|deploy|job|node|pvc|claim|statefulset|sts|daemonset|ds)"
     r"(?: in [a-z0-9][\w\-]*)?) [a-z' ]+?\W+(?:show|give|list|what are|what do)(?: me)? (?:its|the) events"
     r"(?: say)?\W*$", r"events of \1"),
    # "event reasons by count", "warning reasons by frequency": the reasons, most common first
    (r"^\W*((?:warning |normal )?(?:event|ev|warning)s?) reasons,? (?:by|ranked by|sorted by) "
     r"(?:count|frequency|how often)\W*$", r"most common \1 reasons"),
    # "events from the last 5 minutes for the storefront pods": the objects said before the window
    (r"^\W*((?:warning |normal )?(?:events?|ev|warnings)) ((?:from|in|during|over|within) the (?:last|past) "
     r"(?:\d+ |few )?[a-z]+) ((?:for|of|on|about) .+?)\s*([?.!]*)$", r"\1 \3 \2\4"),
    # "what's happening to the recommendation deployment's pods?": their events
    (r"^\W*what(?:'s| is| has been) (?:happening|going on|going wrong) (?:to|with) (the .+?\bpods\b.*)$",
     r"events of \1"),
    # "which pods show up in BackOff events?": those that have such events
    (r"^\W*(which|what) ([a-z]+) (?:show up|turn up|appear|are mentioned|are named|feature) in ",
     r"\1 \2 have "),
    # "svc whose selector matches 0 pods": none
    (r"\b(match|matches|select|selects) (?:0|zero) ", r"\1 no "),
    # "cronjobs whose runs failed": with a failed job
    (r"\b(cron ?jobs?|cjs?) (?:whose|with) (?:runs|jobs) (?:have |had )?failed\b", r"\1 with a failed job"),
    # "cpu req vs lim by ns": requests and limits
    (r"\b(cpu|memory|mem) (?:reqs?|requests?) (vs\.?|versus|and|&|/) lims?\b", r"\1 requests \2 limits"),
    # "limitrange defaults for cpu": the default request and limit of that resource
    (r"\bdefaults? (?:for|of) (cpu|memory|mem)\b", r"default \1 request and limit"),
    # "pods whose containers are still being created": ContainerCreating
    (r"\b(?:whose|with) containers (?:are )?(?:still )?being created\b", "in containercreating"),
    # "which 2 deployments' pods get the most warnings?", "2 deployments whose pods get the most warnings":
    # the deployments ranked by their pods' events
    (r"^\W*(?:which |what |the )?(\d+) ([a-z]+?)s?(?:'|'s)? (?:whose )?pods "
     r"(?:have|get|collect|see|receive|raise) the most ((?:warning )?events|warnings)\W*$",
     r"top \1 \2s by \3 of their pods"),
    # "on which node do pods collect the most warning events?", "which node has pods with the most
    # warnings?", "busiest node by pod warning events": the one whose pods have the most
    (r"^\W*(?:on |in )?(?:which|what) (node|zone|namespace|deployment) (?:do|does) (?:the )?pods "
     r"(?:collect|get|have|see|raise|receive) the most ((?:warning )?events|warnings)\W*$",
     r"which \1's pods have the most \2"),
    (r"^\W*(?:which|what) (node|deployment) has (?:the )?pods with the most "
     r"((?:warning )?events|warnings)\W*$",
     r"which \1's pods have the most \2"),
    (r"^\W*(?:the )?busiest (node|deployment) by pod ((?:warning )?events|warnings)\W*$",
     r"which \1's pods have the most \2"),
    # "how close is each resource quota to full (max usage %)?": the aside says what "full" says
    (r"^(\W*how (?:full|close) (?:is|are) (?:each|every|all|the) (?:resource ?)?quotas?(?: to full)?)\s*"
     r"\(\s*(?:max|highest|peak) usage\s*(?:%|percent|percentage)\s*\)", r"\1"),
    # "restarts in total across the payments pods": of them
    (r"\bacross (the )?(?=[a-z0-9][a-z0-9\-]* pods\b)", r"of \1"),
    # "which of my pods has the most warning events?": the one here
    (r"^\W*which (?:one )?of my ([a-z]+?)s? has\b", r"which \1 here has"),
    # "deployments that aren't targeted by any autoscaler": with none
    (r"\b(?:aren'?t|are not|isn'?t|is not) (?:targeted|scaled|covered|managed) by (?:any|an|a) "
     r"(autoscalers?|hpas?)\b", r"have no \1"),
    # "which services are backed by a crashlooping pod?": that select one
    (r"^(\W*(?:which|what) (?:services|svcs?)) (?:are|is) (?:backed|fronting|fronted) by\b", r"\1 select"),
    # "cron jobs that haven't had a successful run for 12 hours": none in that time
    (r"\b(?:that |which )?ha(?:ve|s)n'?t had a successful run (?:for|in) (?:the (?:last|past) )?"
     r"(\d+ [a-z]+)\b",
     r"with no successful run in the last \1"),
    # "which five pods have been around longest?": the oldest
    # (not "running the longest without a restart": since their containers started)
    (r"\b(?:have|has) been (?:around|alive|there|here)(?: the)? longest\b", "are the oldest"),
    # "longest 3 jobs": the 3 longest
    (r"\b(longest|oldest|newest|youngest|biggest|largest|smallest) (\d+) (?=[a-z])", r"\2 \1 "),
    # "cron jobs that kicked off in the last hour": that ran
    (r"\b(cron ?jobs?|cjs?) (?:that |which )?(?:kicked off|fired|triggered|got triggered|went off)\b",
     r"\1 that ran"),
    # "containers that exited with code 1 before their last restart": their last exit code
    (r"\b(?:that |which )?(?:exited|terminated|ended|died) with (?:exit )?code (\d+) "
     r"before (?:their|its|the) last restart\b", r"whose last exit code was \1"),
    # "pdb where no disruption is allowed": none allowed
    (r"\b(?:where|with|that have|having) no disruptions? (?:is |are )?allowed\b",
     "with 0 allowed disruptions"),
    # "events from HPA rescaling": the autoscalers' rescale events
    (r"\bevents (?:from|of|about) (?:the )?(hpas?|autoscalers?) rescaling\b", r"\1 rescale events"),
    # "what default CPU and memory limits do containers get here?": the limit ranges' defaults
    (r"^\W*(?:what|which) (default (?:cpu|memory)(?: and (?:cpu|memory))? (?:limits?|requests?)) "
     r"(?:do|will|would) (?:containers|pods|new pods|they) get\b", r"\1 of the limit ranges"),
    # "nodes where requested cpu > allocatable", "nodes that have pods requesting more cpu than the node's
    # allocatable": whose pods request more than the node can allocate
    (r"\bnodes where (?:the )?requested (cpu|memory) (?:>|exceeds|is more than|is over) "
     r"(?:the )?(?:node'?s? )?allocatable\b"
     r"|\bnodes (?:that )?(?:have|with) pods requesting more (cpu|memory) than (?:the node'?s?|their|its) "
     r"allocatable\b", r"nodes whose pods request more \1\2 than the node can allocate"),
    # "how many warning events concern pods on NotReady nodes?": the events of those pods
    (r"\b(events?|warnings?|ev) (?:that )?(?:concern|concerning|regard|regarding|involve|involving|affect|"
     r"affecting|hit|hitting) ", r"\1 of "),
    # "pods sitting on NotReady nodes": on them; "warnings do the pods scheduled on worker-2 have": on it
    (r"\bpods (?:sitting|placed|located|living|parked) on\b", "pods on"),
    (r"^(\W*(?:what|which) (?:warning )?(?:events|warnings) (?:do|did) (?:the )?pods) scheduled (?:on|to)\b",
     r"\1 on"),
    # "warning reasons for pods on worker-2, with counts": their events counted by reason
    (r"^\W*((?:warning |normal )?)(?:event )?reasons (for|of|on) (.+?),? (?:with|and) (?:their |the )?"
     r"counts?\W*$",
     r"\1events \2 \3 per reason"),
    # "svc of type NodePort/LoadBalancer": either value
    (r"\b(type|status|phase|state|reason) ([a-z]+)/([a-z]+)\b", r"\1 \2 or \3"),
    # "what's producing the most warning events?": the object that has the most
    (r"^\W*what(?:'s| is) (?:producing|generating|emitting|throwing|raising|causing) the most "
     r"((?:warning )?events|warnings)\W*$", r"which object has the most \1"),
    # "deploy/payments-api -n payments: pod events, last 15m": the events of that workload's pods
    (r"^\W*(deploy|deployment|sts|statefulset|ds|daemonset|job)/([a-z0-9][\w\-]*) "
     r"-n ([a-z0-9][\w\-]*)[:,]?\s*"
     r"(?:pod|po) (?:events|ev)\b[,:]?\s*(?:(?:in |from |over )?(?:the )?((?:last|past) .*))?$",
     lambda m: f"events of the pods of {m[1]} {m[2]} in {m[3]}" + (f" in the {m[4]}" if m[4] else "")),
    # "pending po + scheduler msg": what the scheduler said of them, its FailedScheduling events
    (r"\s*(?:\+|\bwith|\band|\bplus) (?:the |their |its )?(?:scheduler|scheduling)(?:'s)? "
     r"(?:msgs?|messages?|errors?)\b",
     " and their failedscheduling messages"),
    # "events of the … pods? (events)": the aside says no more
    (r"^(\W*events?\b.*?)\s*\(\s*(?:events?|ev)\s*\)\s*$", r"\1"),
)


def _reworded(text: str, table: tuple = _REWORDED) -> str:
    """`text` with each (pattern, replacement) of `table` applied in turn."""
    for pattern, replacement in table:
        text = rx.sub(pattern, replacement, text)
    return text


# a span said in two units or as a fraction: "4h30m", "4.5 hours", "four and a half hours", "hour and a half"
_HOURS_AND_MINUTES = r"\b(\d+)\s*h(?:rs?|ours?)?\s*(?:and\s+)?(\d+)\s*m(?:ins?|inutes?)?\b"
_HALF_HOURS = (
    rf"\b{NUMW}(?:\.5| and a half)\s*(h|hrs?|hours?)\b|\b(?:an? |one |the )?(hour) and a half\b"
    r"|\b(half) an (hour)\b"
)


def _whole_minutes(text: str) -> str:
    """Spans said in hours and minutes, or in half hours, as whole minutes, which one interval holds."""
    text = rx.sub(_HOURS_AND_MINUTES, lambda m: f"{int(m.group(1)) * 60 + int(m.group(2))} minutes", text)

    def halves(m: re.Match) -> str:
        hours = 0 if m.group(4) else number(m.group(1)) if m.group(1) else 1  # "(an) hour and a half"
        return f"{hours * 60 + 30} minutes" if hours is not None else m.group(0)

    return rx.sub(_HALF_HOURS, halves, text)


# "| grep 0/", "| grep -v crash", "| grep ledger": a part of a printed column ("READY 0/1", "STATUS
# CrashLoopBackOff", "NAME ledger-db-0") that no state word says whole
_GREP = r"\s*\|\s*grep\s+(-[a-z]*v[a-z]*\s+|--invert-match\s+)?(?:-[a-z]+\s+)*['\"]?([\w\-./:]+)['\"]?"
_STATES = (
    "running", "pending", "completed", "failed", "error", "evicted", "crashloopbackoff", "imagepullbackoff",
    "errimagepull", "terminating", "containercreating", "notready", "ready", "succeeded", "unknown",
    "oomkilled", "schedulingdisabled", "bound", "lost", "available", "released", "true", "false",
)


def _grep_said(m: re.Match[str]) -> str:
    """One grep of kubectl's printed lines, said as the column its pattern is part of; a state word said
    whole is left to the rules that read it ("| grep -v Running": not running)."""
    said = m.group(2)
    if said in _STATES:
        return m.group(0)
    if rx.fullmatch(r"\d*/\d*", said):
        column = "ready"  # "0/1", "1/1": the READY column
    elif rx.fullmatch(r"[a-z:]+", said) and any(w.startswith(said) or said in w for w in _STATES):
        column = "status"  # "crash", "imagepull", "init:": part of a STATUS
    elif rx.fullmatch(r"[a-z0-9][\w\-.]*", said) and rx.search(r"[a-z]", said) and not rx.search(
        r"(?<![\w\-])(?:-a|--all-namespaces|-all)\b|(?:-o|--output)[= ]?wide\b", m.string[: m.start()]
    ):  # (across namespaces, or wide, the line holds the namespace or the node too, which a word may be)
        column = "name"
    else:
        return m.group(0)
    return f" whose {column} {'does not contain' if m.group(1) else 'contains'} '{said}'"


def normalise(question: str) -> str:
    text = _dated(question.strip().lower())
    # "po": kubectl's short name, said as the word the rules read ("how many po can each node hold?"); not
    # before a pod's own name ("events of po cassandra-1"), nor where it may be one pod ("oldest po here")
    ranked = r"\b(?:most|highest|lowest|least|fewest|top|first|last|"
    ranked += r"(?!(?:request|digest|manifest|interest|suggest|test|rest)\b)\w+est)\b"
    if not rx.search(ranked, text):
        verb = r"can|could|use|uses|run|runs|on|across|are|is|do|does|that|which|from|of|per|there|than|"
        verb += r"request|requests|requesting|with|without|have|has|in|running"
        text = rx.sub(rf"(?<![\w\-/.])po(?=\s+(?:{verb})\b|[?.!]*$)", "pods", text)
    # "arent", "dont": the contraction, spelt with its apostrophe, so that "n't" is never the end of a word
    # such as "deployment" or "current" ("is the deployment up to date?" denies nothing)
    spelt = r"\b(are|is|do|does|did|has|have|had|was|were|ca|wo|could|should|would|ai)nt\b"
    text = rx.sub(spelt, r"\1n't", text)
    # "which pods use the host network in the cluster", "… cluster-wide": every namespace, said as kubectl's
    # flag (so that no word of the phrase reads as a column, a name or a use)
    # (not where cluster-wide is a kind of grant, "who has * on everything cluster-wide?", nor in a follow-up,
    # "and across the whole cluster?", "cluster-wide?", which reads the phrase itself)
    rbac = r"\b(?:roles?|bindings?|crbs?|rbs?|rbac|permissions?|perms|allowed(?! disruptions?)|access|bound|"
    rbac += r"grant\w*|who (?:has|can|is|gets?))\b"
    followed = r"\W*(?:and|or|what about|how about|but|only|now|same)\b"
    if not rx.search(rbac, text) and not rx.match(followed, text):
        text = rx.sub(
            r"(?<=\w)\s*,?\s*\b(?:in|across|throughout|within|on) (?:the |this |our )?(?:whole |entire )?"
            r"(?:k8s )?cluster\b(?!\s*(?:-|named|called|context|[a-z0-9]+\d))",
            " -a",
            text,
        )
        text = rx.sub(r"(?<=\w)\s*,?\s*\bcluster[- ]?wide\b(?=\s*(?:[?.!,]|$))", " -a", text)
    text = without_courtesies(text)
    # "… right now", "… at the moment": the cluster's state is always now (unless a use is asked, which
    # the read-only check declines)
    live = r"\b(?:cpus?|cores?|memory|mem|ram|gpus?|disk|network|bandwidth|usage|utili[sz]\w*|load|busy|idle|"
    live += r"free|headroom|spare|left|available|using|consum\w*|eat\w*|hog\w*|hot)\b"
    if not rx.search(live, text):
        text = rx.sub(r"[\s,]*\b(?:right now|at the moment|atm|at present)\s*([?.!]*)\s*$", r"\1", text)
    # "quick question: list the pods in payments": a lead-in, not a label "question: list"
    text = rx.sub(
        r"^\W*(?:(?:a|one|another|quick|simple|small|short|dumb|silly|stupid|random|easy) )*"
        r"(?:question|q|qq|query|one)\s*(?:for you\s*)?[:\-\u2013\u2014]+\s*",
        "",
        text,
    )
    text = text.replace("’", "'").replace("w/o", "without").replace("w/ ", "with ")
    # "a secret thats not there", "pods that arent ready": the contraction, its apostrophe restored
    text = rx.sub(r"\b(is|are|do|does|did|was|were|has|have|had|could|should|would)nt\b", r"\1n't", text)
    text = rx.sub(r"\bthats\b", "that's", text)  # (not "whats", "whos": the rules read those as said)
    text = rx.sub(r"\bevs\b", "events", text)  # kubectl's "ev", plural: every rule reads "events"
    # "namespaces that have got pods": have them (not "have got evicted", a passive)
    text = rx.sub(r"\b(have|has) got\b(?!\s+\w+(?:ed|en)\b)", r"\1", text)
    text = _reworded(text)
    # "the not-running ones", "not-bound claims": the negation, hyphenated
    hyphenated = r"(?<![\w\-])not-(?=(?:running|bound|completed|pending|failed|succeeded|available)\b)"
    text = rx.sub(hyphenated, "not ", text)
    # "what's running on the gpu nodes?", "wats on worker-2": what is, as said in full
    on = r"^wh?at'?s (?=(?:still |currently )?(?:running|on)\b)"
    text = rx.sub(on, "what is ", text)
    # "what's scheduled on the gpu node": what runs there
    placed = r"^(?:wh?at'?s|what is|what are) (?:still |currently )?(?:scheduled|placed|sitting) on\b"
    text = rx.sub(placed, "what is running on", text)
    # "pods of x and the node each one runs on", "claims and which class they use": that column of each
    text = rx.sub(
        r"\b(and|with|plus|,)\s+(?:the|which|what)\s+"
        r"(node|zone|image|storage class|service account|priority class|instance type|ip|replica ?set)\s+"
        r"(?:each(?: one)?|they|it)\s+"
        r"(?:(?:is |are )?(?:runs?|running|scheduled|placed|lives?|sits?)(?: on| in)?"
        r"|(?:uses?|is on|are on|is in|are in|has|have|comes? from|came from|belongs? to|is part of))\b",
        r"\1 their \2",
        text,
    )
    # "…, and what node are they on?", "and which zone is it in": that column of each
    text = rx.sub(
        r"\b(and|with|plus|,)\s+(?:the|which|what)\s+(node|zone|instance type|ip|node pool)\s+"
        r"(?:are|is|were|was)\s+(?:they|it|each(?: one)?|those|these|the pods?)"
        r"(?:\s+(?:running|scheduled|placed))?\s+(?:on|in)\b",
        r"\1 their \2",
        text,
    )
    # "role bindings and the role each one grants": the role each names (a Role or a ClusterRole), not a
    # join to the Roles alone
    text = rx.sub(
        r"\b((?:cluster ?)?role ?bindings?|rbs?|crbs?)\b(.*?)\s*(?:,|\band|\bwith|\+|\bplus)\s+"
        r"(?:the |their |its )?roles?"
        r"(?: (?:each(?: one)?|they|it) (?:grants?|binds?|references?|gives?|points? to))?\s*([?.!]*)$",
        r"\1\2 and their role name\3",
        text,
    )
    # "role bindings that allow deleting pods", "let you delete pods": what they can do
    text = rx.sub(
        r"\b(?:allows?|allowing|lets? (?:you|them|one|someone)|permits?|permitting) (?:to )?"
        r"(get|list|watch|creat|updat|patch|delet|exec)(?:e|es|s|ing|ting)?\b",
        lambda m: "can " + m.group(1) + ("e" if m.group(1).endswith("t") and m.group(1) != "get" else ""),
        text,
    )
    text = _whole_minutes(text)
    # "going on for 12+ hours", "an hour+ ago": more than that long (a time's bound, so > or >= alike)
    units = r"(?:h|hrs?|hours?|d|days?|m|mins?|minutes?|w|wks?|weeks?)"
    text = rx.sub(rf"\b(\d+|an?|one)\s*\+\s*({units})\b", r"more than \1 \2", text)
    # (not "in the last 2m + their node": a "+" set apart adds a column)
    text = rx.sub(rf"\b(\d+|an?|one)\s*({units})\+(?=\s|$|[?.,)])", r"more than \1 \2", text)
    text = _reworded(text, _SAID_PLAINLY)
    if not rx.search(r"\bev(?:en)?ts?\b|\bwhy\b", text):  # "which pods couldn't be scheduled?"
        text = rx.sub(r"\b(?:that )?(?:couldn'?t|could not|can'?t|cannot) be scheduled\b", "unscheduled",
                      text)
    if not rx.search(r"\bev(?:en)?ts?\b", text):  # (the events of failing probes are their Unhealthy ones)
        text = rx.sub(r"\bfailing (?:their )?readiness(?: probes?| checks?)?\b", "not ready", text)
    # "which hosts do the ingresses serve?": the hosts they have ("which pods serve x" stays unread)
    text = rx.sub(r"(\bhosts?\b.*?\b(?:do|does)\b.*?)\bserve\b", r"\1have", text)
    # "ns with highest restart total": the total restarts; "last died with Error": the last termination reason
    text = rx.sub(r"\brestart (?:count )?totals?\b", "total restarts", text)
    text = rx.sub(r"\blast (?:died|terminated|exited|crashed) (?:with|from|of|because of|due to) ",
                  "last termination reason ", text)
    # "the last db-backup job": the most recent one ("the last hour", "the last 5 jobs", "the latest revision"
    # are not)
    text = rx.sub(
        r"\bthe (?:last|latest) (?=(?!\d)(?:[a-z][\w\-]* )?(?:job|pod|event)\b(?!s))",
        "the most recent ",
        text,
    )
    # "configmaps with their data", "what data does configmap x hold?": their contents, not a namespace
    # called data ("configmaps in data" still is one)
    text = rx.sub(
        r"(?<!\bin )(?<!-n )\b(configmaps?|config maps?|cms?)\s+(?:with|and)\s+(?:their|its|the)\s+data\b",
        r"\1 and their contents",
        text,
    )
    shown = r"\b(?:show|list|print|get) (configmaps?|config maps?|cms?) data\b"
    text = rx.sub(shown, r"show \1 contents", text)
    held = r"^what data does (configmap|config map|cm) (\S+) (?:hold|have|contain)\b"
    text = rx.sub(held, r"contents of \1 \2", text)
    # "which namespace uses the most storage?": what its claims ask for (how full a volume is: not held)
    if rx.search(r"\b(?:namespaces?|ns)\b", text) and not rx.search(
        r"\b(?:pvcs?|pvs?|claims?|volumes?|persistent\w*|storage ?class\w*|ephemeral)\b", text
    ):
        text = rx.sub(r"\bstorage\b(?! ?class)", "pvc storage", text)
    # "what does the productpage deployment run?": its images, a kind said ("what does worker-1 run" is pods)
    text = rx.sub(
        r"^what (?:does|do) ((?:the )?[a-z0-9][\w\-.]*(?: (?:deployment|deploy|statefulset|sts|daemonset|ds|"
        r"pod|container|cronjob|cron job|job)s?)) (?:run|running)\b",
        r"what image does \1 run",
        text,
    )
    # "hpa metrics failures": failures to get a metric, not metrics (which the cluster does not hold)
    text = rx.sub(r"\bmetrics (?=failures?\b|errors?\b)", "metric ", text)
    # "their not ready endpoints count": the endpoint count
    text = rx.sub(r"\bendpoints (?=counts?\b)", "endpoint ", text)
    # "services where every endpoint is not ready": whose endpoints are all not ready
    text = rx.sub(
        r"\b(?:where|with) (?:every|each) endpoint (?:is|being) (not[ -]ready|unready)\b|"
        r"\b(?:where|with) all (?:their |its |the )?endpoints (?:are |being )?(not[ -]ready|unready)\b",
        lambda m: f"whose endpoints are all {m.group(1) or m.group(2)}",
        text,
    )
    # "pvcs unused by pods": not used by them
    used_by = r"\bunused by (?=(?:any |the )?(?:pods?|po|deployments?|deploys?|workloads?)\b)"
    text = rx.sub(used_by, "not used by ", text)
    # "deploy with 0 ready pods": with none
    text = rx.sub(
        r"\b(with|having|has|have) (?:0|zero) (?=(?:ready |running |available |healthy )?(?:pods?|po)\b)",
        r"\1 no ",
        text,
    )
    # "roles bound to sa prometheus-k8s in kube-system": what roles that account is bound to
    text = rx.sub(
        r"^(?:(?:list|show(?: me)?|get)\s+)?(?:the\s+)?((?:cluster ?)?roles) (?:bound|granted) to "
        r"((?:user|group|sa|service ?account) [\w@.\-]+)(?=\s|$)(.*)$",
        r"what \1 is \2 bound to\3",
        text,
    )
    # "time of the last event": when it happened
    text = rx.sub(
        r"^(?:the )?(?:time|timestamp|date) of the "
        r"(first|last|latest|earliest|newest|oldest|most recent) event\b",
        r"when was the \1 event",
        text,
    )
    # "in shop, which deployment has the most pods?": the place said first, read where it is usually said
    text = rx.sub(r"^in ([a-z0-9][\w\-]*),\s*(?!in\b)(.+?)(\s*[?.!]*)$", r"\2 in \1\3", text)
    # "namespaces user alice can access", "verbs user alice has on pods": the question "which namespaces can
    # user alice access?", said as a list
    text = rx.sub(
        r"^(?:(?:list|show(?: me)?|get)\s+)?(?:the\s+)?(namespaces|ns|resources|verbs)\s+"
        r"((?:user|group|service ?account|sa)\s+[\w@.\-]+)\s+(?:can|could|may)\s+"
        r"(access|reach|see|use|get|do)\b",
        r"which \1 can \2 \3",
        text,
    )
    text = rx.sub(
        r"^(?:(?:list|show(?: me)?|get)\s+)?(?:the\s+)?(verbs|resources)\s+"
        r"((?:user|group|service ?account|sa)\s+[\w@.\-]+)\s+(has|have)\b",
        r"what \1 does \2 have",
        text,
    )
    # "what storage class does the postgres pvc use?": the claim's column, not the storage classes
    text = rx.sub(
        r"^(?:what|which) (storage ?class|service ?account|priority ?class|ingress ?class|scheduler) "
        r"(?:does|do|is|are) ((?:the|each|every|my|our) [a-z0-9][\w\-. ]*?) "
        r"(?:use|using|uses|set|have|has)\b",
        r"\1 of \2",
        text,
    )
    # "which pods are crashlooping and on which node?": the pods, with their node shown
    text = rx.sub(
        r",? and (?:on |in )?(?:which|what) (nodes?|zones?)(?: (?:are|is|were|was) (?:they|it)(?: on| in)?"
        r"| (?:they|it) (?:are|is|were|was|run|runs|ran) (?:on|in))?\s*([?.!]*)$",
        r" with their \1\2",
        text,
    )
    # "how many cores does each namespace request?": its cpu requested, in cores
    text = rx.sub(
        r"^how many (?:cpu )?cores (does|do) (each|every|per) (?=[a-z][\w\- ]*? (?:request|ask for)\b)",
        r"how much cpu \1 \2 ",
        text,
    )
    # "how much memory does each pod request, in GiB?": each one's amount ("memory request of each pod")
    text = rx.sub(
        r"^how much (cpu|memory|mem|storage|ephemeral storage) (?:does|do) (each|every) ([a-z][\w\- ]*?) "
        r"(request|ask for|claim|limit)\b(?=\W*(?:in|,|\()?\W*(?:gib|gi|gb|mib|mi|mb|millicores|cores|m)\b)",
        lambda m: f"{m.group(1)} {'limit' if m.group(4) == 'limit' else 'request'} of "
        f"{m.group(2)} {m.group(3)}",
        text,
    )
    # "how long have my pvcs been pending?": those in that state, with their age
    text = rx.sub(
        r"^how long have ((?:the |my |our |all )?[a-z][\w\- ]*?) (?:been|stayed) "
        r"(pending|running|terminating|crashlooping|failing|unavailable|not ready|unbound|lost)\s*([?.!]*)$",
        r"\1 that are \2 with their age\3",
        text,
    )
    # "pods per node type": per instance type, the nodes' kind of machine
    text = rx.sub(r"\b(each|per|by|every) node[- ]types?\b", r"\1 instance type", text)
    # "how many pods does each of my nodes run?": each node ("each of them" keeps its reference)
    text = rx.sub(r"\b(each|every) (?:one )?of (?:the|my|our|your|these|those) (?=[a-z])", r"\1 ", text)
    # "which statefulsets are in team-b and how many replicas do they have?": each one's count, not one count
    text = rx.sub(
        r",? and how many ([a-z]+(?: [a-z]+)?) (?:do|does) (?:they|it|each(?: of them| one)?) "
        r"(?:each )?(?:have|has)\b",
        r" with their \1",
        text,
    )
    # "which statefulsets do we run and how many replicas?": the same, the verb left out
    text = rx.sub(
        r",? and how many ((?:\w+ )?(?:replicas|restarts|ports|keys|rules|taints|tolerations))\s*([?.!]*)$",
        r" with their \1\2",
        text,
    )
    # "pods selected by the services in checkout", "which pods do they select": the pods behind them
    text = rx.sub(
        r"\b(pods?|po)\s+(?:that are |which are )?(?:selected|targeted|matched) by (?:the |their |its )?"
        r"(?=(?:services?|svcs?)\b)",
        r"\1 behind the ",
        text,
    )
    text = rx.sub(
        r"^((?:which|what) (?:pods?|po)) (?:do|does) (the (?:services?|svcs?)\b.*?|they|it) "
        r"(?:select|target|match)\b",
        r"\1 are behind \2",
        text,
    )
    # kubectl piped through grep, and its flags for order and labels: "kubectl get pods -A | grep -v Running"
    grepped = rx.search(r"\|\s*grep\b", text)
    text = rx.sub(_GREP, _grep_said, text)
    inverted = r"\s*\|\s*grep\s+(?:-[a-z]*v[a-z]*|--invert-match)\s+(?:-[a-z]+\s+)*['\"]?([\w\-./]+)['\"]?"
    left_out = rx.findall(inverted, text)  # "| grep -v Running | grep -v Completed": neither
    first = rx.search(inverted, text)
    if first:
        said = " not " + " and not ".join(left_out)
        text = text[: first.start()] + said + rx.sub(inverted, "", text[first.start() :])
    text = rx.sub(r"\s*\|\s*grep\s+(?:-[a-z]+\s+)*['\"]?([\w\-./]+)['\"]?", r" \1", text)
    # a service's backends are its endpoints' addresses: "services with the most healthy backends",
    # "my services that have nothing ready behind them" (an ingress's backends are its services: left alone)
    if not rx.search(r"\bing(?:ress\w*)?\b", text):
        addresses = r"(?:backends?|backend pods|endpoint addresses|addresses)\b"
        text = rx.sub(rf"\b(?:healthy|ready|live|working|serving) {addresses}", "ready endpoints", text)
        unready = rf"\b(?:unhealthy|unready|not[- ]ready|dead|failing) {addresses}"
        text = rx.sub(unready, "not ready endpoints", text)
        text = rx.sub(r"\bunready endpoints\b", "not ready endpoints", text)
        text = rx.sub(r"\bbackends? (?:that are |which are )?not ready\b", "not ready endpoints", text)
        text = rx.sub(
            r"\b(?:with |that have |having )?nothing (?:ready |healthy |serving )?"
            r"(?:behind (?:them|it)|to send traffic to)\b",
            "with no ready endpoints",
            text,
        )
    # "… | wc -l": the rows counted; "… --sort-by=… | tail -5": the last five of kubectl's ascending order
    if rx.search(r"\|\s*wc\s+-l\s*$", text):
        text = "how many " + rx.sub(r"\s*\|\s*wc\s+-l\s*$", "", text)
    cut = rx.search(r"\s*\|\s*tail\s+(?:-n\s*)?-?(\d+)\s*$", text)
    if cut and rx.search(r"--sort-by", text):
        text = f"top {cut.group(1)} {text[: cut.start()]} descending"
    # output formats change how kubectl prints, not which objects: "-o wide" shows a pod's node
    pods = rx.search(r"^\W*(?:kubectl |k )?(?:get )?(?:pods?|po)\b", text)
    if pods and not grepped:  # (a grep may be for the node)
        text = rx.sub(r"\s+(?:-o|--output)[= ]?wide\b", " with their node", text)
    text = rx.sub(r"\s+(?:-o|--output)[= ]?(?:wide|yaml|json|name)\b|\s+--no-headers\b", "", text)
    # "-o jsonpath='{..image}'": the field it prints
    images = r"\s+(?:-o|--output)[= ]?jsonpath=['\"]?\{[^}'\"]*\.image\}['\"]?"
    text = rx.sub(images, " and their images", text)
    # "-o custom-columns=NAME:.metadata.name,NODE:.spec.nodeName": the fields its columns print
    custom = rx.search(r"\s+(?:-o|--output)[= ]?custom-columns=['\"]?([^\s'\"]+)['\"]?", text)
    if custom:
        fields = [c.split(":", 1)[-1].rsplit(".", 1)[-1].strip("[]*") for c in custom.group(1).split(",")]
        said = [_JSONPATH_FIELDS.get(f, f) for f in fields if f not in ("name", "namespace")]
        shown = f" and their {' and '.join(said)}" if said else ""
        text = text[: custom.start()] + shown + text[custom.end() :]
    # "-o jsonpath='{.items[*].spec.nodeName}'": the field it prints, said as its column
    printed = rx.search(r"\s+(?:-o|--output)[= ]?jsonpath=['\"]?\{([^}'\"]*)\}['\"]?", text)
    if printed:
        field = printed.group(1).rsplit(".", 1)[-1].strip("[]*")
        said = _JSONPATH_FIELDS.get(field, field)  # an unknown one stays, for the reader to decline
        text = text[: printed.start()] + f" and their {said}" + text[printed.end() :]
    created = r"\s--sort-by[= ]['\"]?\{?\.metadata\.creationtimestamp\}?['\"]?"
    text = rx.sub(created, " sorted by creation time", text)
    text = rx.sub(r"\s--show-labels\b", " with their labels", text)
    # "pods running more than 2 containers": what a pod holds, not its Running state
    text = rx.sub(
        r"\b(?:running|that run|which run|that have|having)\s+"
        r"((?:(?:more|fewer|less) than|at (?:least|most)|over|exactly|only)?\s*"
        r"(?:\d+|one|two|three|four|five|multiple|several|a single)\s+(?:\w+\s+)?"
        r"(?:containers?|sidecars?)\b)",
        r"with \1",
        text,
    )
    # "pods that request more memory than their limit": one column compared with the other
    text = rx.sub(
        r"\b(?:that |which )?(?:request|requests|requesting|ask for|asks for) (more|less) (cpu|memory|mem) "
        r"than (?:their|its|the) limits?\b",
        lambda m: f"whose {m.group(2)} request is {m.group(1)} than their {m.group(2)} limit",
        text,
    )
    # "how many events did each controller emit?": events counted per reporter
    text = rx.sub(
        r"\b(events|warnings) (?:did|does|do|has|have) (?:each|every) ([a-z\-]+) "
        r"(?:emit|report|produce|send|raise|generate|fire|log|record)(?:t?ed|d)?\b",
        r"\1 per \2",
        text,
    )
    if rx.search(r"\b(?:events|warnings)\b", text):  # "events per controller": the component reporting them
        text = rx.sub(r"\b(per|each|by|every) controller\b", r"\1 component", text)
    # "this namespace's pods": the pods in it, not the namespace
    text = rx.sub(
        r"\b(this|my|our|the current|current) (namespace|ns)'?s (pods?|deployments?|services?|events?|jobs?|"
        r"secrets?|configmaps?|pvcs?|statefulsets?|daemonsets?|cron ?jobs?|containers?|workloads?)\b",
        r"\3 in \1 \2",
        text,
    )
    # "pods in ml showing status and age", "pods in ml: status, age": the columns to show, as "with" says
    text = rx.sub(r"(?<=\w)\s+(?:showing|displaying)\s+(?=\w)", " with ", text)
    text = rx.sub(r"(?<=\w):\s+(?=\w+(?:\s*,|\s+and\b))", " with ", text)  # a list, not "label app: web"
    # "pods in ml with status, node and age": the pods' node, a column among others, not the nodes' columns
    if rx.search(r"\b(?:pods?|po|containers?)\b.*(?:\b(?:with|showing|plus|including)\b|:)", text):
        text = rx.sub(
            r"(?:(?<=, )|(?<=\band )|(?<=\bwith )|(?<=\bshowing )|(?<=: ))"
            r"node(?=\s*(?:,|\band\b|[?.!]*\s*$))",
            "node name",
            text,
        )
    # "containers that lack a memory limit": without one
    text = rx.sub(r"\b(?:that |which |who )?(?:lack|lacks|lacking|are lacking|is lacking)\b", "without", text)
    # "services that don't have endpoints": without them ("… that don't have the label env" keeps its label)
    text = rx.sub(
        r"\b(?:that|which|who) (?:do not|don'?t|does not|doesn'?t) have (?:an? |any )?(?!the\b|labels?\b)",
        "without ",
        text,
    )
    # "cron jobs that haven't run": never (but "haven't run in 2 days" is a window, read as one)
    text = rx.sub(
        r"\b(?:haven'?t|hasn'?t|have not|has not|didn'?t|did not) (?:been |ever )?"
        r"(run|ran|started|scheduled)\b(?!\s+(?:in|for|since|within|during|over|the|this|today|yet\s+in))",
        r"never \1",
        text,
    )
    # "events not seen for 2 days", "that haven't been seen for over a day": last seen that long ago
    text = rx.sub(
        r"\b(?:that |which )?(?:(?:have|has|were|was|are|is) not|haven'?t|hasn'?t|weren'?t|wasn'?t|aren'?t|"
        r"isn'?t|not)"
        r" (?:been )?seen (?:for|in) (?:(?:more than|over|at least) )?"
        r"((?:\d+|an?|one|two|three|four|five|six|seven|ten|twelve)\s*[a-z]+)\b(?! ago\b)",
        r"last seen more than \1 ago",
        text,
    )
    # "services and the nodes their pods run on": each one's pods' nodes ("and their pods nodes")
    text = rx.sub(
        r"\b(?:the )?(nodes?) (?:that )?(their|its) (pods?|replicas) "
        r"(?:(?:are |is )?(?:run(?:ning|s)?|sit(?:ting|s)?|scheduled|placed|land(?:ed|s)?) (?:on|in)|"
        r"(?:are|is) (?:on|in))\b|\b(?:the )?(nodes?) of (their|its) (pods?|replicas)\b",
        lambda m: " ".join(m.group(i) for i in ((2, 3, 1) if m.group(1) else (5, 6, 4))),
        text,
    )
    # "which nodes are the pvcs' pods running on?": each claim with its pods' nodes
    text = rx.sub(
        r"^(?:which|what) (nodes?) (?:are|is|do|does) (?:the |my )?([a-z][\w\-]*?)(?:'s|s'|’s) (pods?) "
        r"(?:(?:running|run|scheduled|sitting|live|living) )?(?:on|in)(?=\W*$)",
        r"\2s and their \3 \1",
        text,
    )
    # "deploy here + READY": a column to show, as "and the READY" says
    text = _courtesies(text)
    # "node != worker-1": not that value ("app!=redis", unspaced, is a label selector's)
    text = rx.sub(r"\s+(?:!=|<>)\s*(?=[a-z0-9])|(?<=[a-z0-9])(?:!=|<>)\s+(?=[a-z0-9])", " not ", text)
    text = rx.sub(r"\s\+\s*(?![\s(]|(?:their|its|the|how|what|which|a|an)\b)", " and the ", text)
    text = rx.sub(r"\s\+\s?", " and ", text)
    text = rx.sub(r"(\d)\s*%", r"\1 percent", text)
    text = rx.sub(r"(?<=\s)%(?=[\s)?.,]|$)", "percent", text)  # "(max usage %)"
    text = rx.sub(r"\b(?:a|one) hundred\b", "100", text)  # "fired over a hundred times"
    text = rx.sub(r"\b(a |an |the )?(past |last )?half(?: an| a)? hour\b", r"\2 30 minutes", text)
    # "pods using a non-default scheduler": spec.schedulerName, whose default is named default-scheduler
    other = "with scheduler other than default-scheduler"
    text = rx.sub(
        r"\b(?:(?:scheduled|placed) by |using |with )?(?:an? |the )?"
        r"(?:non-?default|custom|other|another|different|alternative|secondary) scheduler\b",
        other,
        text,
    )
    text = rx.sub(r"\bnot (?:scheduled|placed) by (?:the )?default[- ]scheduler\b", other, text)
    text = rx.sub(r"\b(?:the )?default scheduler\b", "default-scheduler", text)
    # "containers with custom args", "an entrypoint override": the ones that set them in the spec
    set_by_hand = r"\b(?:custom|overridden|overriding) (commands?|args|arguments|entrypoints?)\b"
    text = rx.sub(set_by_hand, r"\1", text)
    text = rx.sub(r"\b(commands?|args|arguments|entrypoints?) overrides?\b", r"\1", text)
    text = rx.sub(r"\barguments\b", "args", text)  # the containers' args column
    text = rx.sub(r"\bentrypoints?\b", "command", text)  # a container's command replaces the entrypoint
    # "more than half a core", "a quarter of a cpu": the amount in cores
    text = rx.sub(r"\b(?:a |one )?half (?:a |of a |an? )?(cores?|cpus?|vcpus?)\b", r"0.5 \1", text)
    text = rx.sub(r"\b(?:a |one )?quarter (?:a |of a |an? )?(cores?|cpus?|vcpus?)\b", r"0.25 \1", text)
    # kubectl's limits.cpu, a pod spec's resources.limits.memory
    text = rx.sub(r"\b(?:resources\.)?(limits|requests)\.(cpu|memory)\b", r"\2 \1", text)
    text = rx.sub(r"(?<![\w\-./])img(s?)(?![\w\-./])", r"image\1", text)  # "imgs in current ns"
    # a plural's possessive, "my deployments' images": the kind, as "my deployments images" says
    text = rx.sub(r"(?<![\w'\"\-./])([a-z][a-z\-]*s)'(?=\s+[a-z])", r"\1", text)
    # "pods that have the label env", "pods labelled env": the key, said as "the env label"
    key = r"(?!keys?\b|values?\b|selectors?\b|with\b|as\b|by\b)([a-z][\w./\-]*)(?![\w./\-])"
    key += r"(?=\s*(?:[?.!,]|$)|\s+(?:in|on|and|or)\b)"  # the key alone, not "labelled version v1"
    text = rx.sub(rf"\b(have|has|with|having) (?:the |a |an )?label {key}", r"\1 the \2 label", text)
    text = rx.sub(rf"(?<![\w\-])labell?ed {key}", r"with the \1 label", text)
    text = rx.sub(r"-(label(?:l)?ed|tagged)\b", r" \1", text)  # "production-labelled namespaces"
    # "mem req/lim", "req+lim"
    text = rx.sub(r"\breq(?:s|uests?)?\s*[/+&]\s*lim(?:s|its?)?\b", "request and limit", text)
    text = rx.sub(r"\breqs\b", "requests", text)
    # "limits vs requests of the pods": said the other way round, the same
    text = rx.sub(r"\b(?:resource )?limits? *(?:vs\.?|versus|compared (?:to|with)) *(?:their )?requests?\b",
                  "requests vs limits", text)
    # "requests vs limits of the pods", "cpu and memory requests and limits": both resources, both amounts
    text = rx.sub(
        r"(?<!\bcpu )(?<!\bmemory )(?<!\bmem )(?<!\bstorage )(?<!\bgpu )(?:(?:cpu|cpu,|cpu and|cpu &|cpu/) "
        r"(?:memory|mem) |(?:resource )?)(?:requests?) *(?:and|vs\.?|versus|/|&|,) *(?:their )?limits?\b",
        _both_amounts,
        text,
    )
    # "cpu and memory limits of the x pods", "the x pods and their limits": each resource's amount (not
    # sums, defaults or quotas, read elsewhere)
    if not rx.search(r"\b(?:sum|total|overall|altogether|combined|default|quota|limit ?range)s?\b", text):
        text = rx.sub(
            # (not "memory limits less than their requests": the one compared)
            r"\b(?:(?:cpu (?:and|&|/) (?:memory|mem)|(?:memory|mem) (?:and|&|/) cpu) |"
            r"(?<=\btheir )(?<!than their )(?<!below their )(?<!above their )(?<!under their )"
            r"(?<!over their )|^)"
            r"(limits|requests)\b(?=\s*(?:of|for|in|on|-n|\(|[?.!]|$))",
            r"cpu \1 and memory \1",
            text,
        )
    # "status in (Pending, Failed)": one of those values
    text = rx.sub(
        r"\b(status|phase|state|type)\s+(?:is\s+)?(?:in|one of)\s*\(([^)]*)\)",
        lambda m: f"{m.group(1)} " + " or ".join(v.strip(" '\"") for v in m.group(2).split(",")),
        text,
    )
    # "distinct app labels": the values that label takes
    text = rx.sub(
        r"\b(?:distinct|different|unique)\s+(?!values\b)([a-z][\w./\-]*)\s+label(?:s|\s+values)\b",
        r"distinct values of the \1 label",
        text,
    )
    # "which app labels are used here?", "what tier labels exist": the values that label takes
    text = rx.sub(
        r"^(?:which|what) (?!(?:pod|node|namespace|ns|deployment|service|object|resource|the|my|our)s?\b)"
        r"([a-z][\w./\-]*) labels? (?:values )?(?:are|is|do (?:we|i|you) (?:have|use)|exist)"
        r"(?: (?:used|in use|set|there|present|defined|applied))?\b",
        r"distinct values of the \1 label",
        text,
    )
    # "load balancers with pending external ip", "lbs": the services of that type
    text = rx.sub(r"\b(?:load ?balancers|lbs)\b(?! (?:svcs?|services?)\b)", "loadbalancer services", text)
    if rx.search(r"\bload ?balancer", text):  # "… and on what address?": the one it is reached at, kubectl's
        text = rx.sub(  # EXTERNAL-IP
            r"\b(?:(?:and|,) )?(?:on|at|with|under) (?:what|which) (?:ip|address)(?:es)?\b",
            " and their external address",
            text,
        )
        # "what address are the load balancers on?": the same, asked first
        text = rx.sub(
            r"^(?:what|which) (?:ips?|address(?:es)?) (?:are|is) "
            r"((?:the |our |my )?(?:\w+ )?loadbalancer services(?: in [\w\-]+)?) "
            r"(?:on|at|reachable at|served at)(?=\W*$)",
            r"\1 and their external address",
            text,
        )
    # "warning events per object kind": per kind of the object an event is about
    text = rx.sub(
        r"\b(per|by|each) (?:involved )?(?:objects?(?:'s?)? kinds?|kinds? of (?:involved )?objects?)\b",
        r"\1 involved kind",
        text,
    )
    # "non-ready pods", "unready deployments", "not-ready containers"
    text = rx.sub(r"\b(?:(?:non|un)[- ]?|not-)ready\b", "not ready", text)
    text = rx.sub(r"\binit-?(containers?)\b", r"init \1", text)  # "initContainers", as the pod spec spells it
    text = rx.sub(r"\b(?:(?:are|is) )?free (?:of|from)\b", "without", text)  # "namespaces free of warnings"
    text = rx.sub(r"\bnon[- ]?running\b", "not running", text)  # "non-running pods"
    # "services with backends on NotReady nodes": a service's backends are its pods
    if rx.search(r"\b(?:svcs?|services?)\b", text) and not rx.search(r"\b(?:ing|ingress(?:es)?)\b", text):
        text = rx.sub(r"\bbackends?(?: pods?)?(?= (?:on|running on|scheduled on|sitting on)\b)", "pods", text)
    # "services hit by the dead node", "deploys impacted by NotReady nodes": the ones with pods on them
    # ("affected" is left unread on purpose: tests/test_offline.py keeps it a word not understood)
    text = rx.sub(
        r"\b(deployments?|deploys?|services?|svcs?|statefulsets?|sts|daemonsets?|namespaces?|ns)\s+"
        r"(?:that\s+(?:are|were)\s+|which\s+(?:are|were)\s+)?(?:impacted|hit)\s+by\s+"
        r"(?=(?:the\s+|a\s+|an\s+|any\s+)?(?:[\w\-]+\s+){0,2}?nodes?\b)",
        r"\1 with pods on ",
        text,
    )
    # "cpu requested by pods in payments": their requests added up (not "… by each pod", one per pod)
    if not rx.search(r"\b(?:each|every|per|by (?:namespace|ns|node|zone|pod|deploy\w*))\b", text):
        text = rx.sub(
            r"^(?:the\s+)?(cpu|memory|mem|storage)\s+(?:requested|requests)\s+(?:by|of|from)\s+(?=(?:the\s+|all\s+)?pods\b)",
            r"total \1 requested by ",
            text,
        )
    # "what runs on the control plane": on the control-plane nodes
    text = rx.sub(r"\b(on|in) the control[- ]plane\b(?![- ]\w)", r"\1 control-plane nodes", text)
    # "on which nodes did the failed jobs' pods run", "nodes where the crashlooping pods ran": the nodes
    # of those pods
    text = rx.sub(
        r"\bon (which|what) (nodes?) (did|do|does) (.+?) (run|get scheduled|land)\b(?! on\b)",
        r"\1 \2 \3 \4 \5 on",
        text,
    )
    text = rx.sub(
        r"\b(nodes?) where (?:the )?(.+?\bpods?) (?:ran|run|runs|running|are running|were running|"
        r"(?:are|were|got) scheduled|lived?|landed)\b",
        r"\1 of the \2",
        text,
    )
    # "services that have a selector that doesn't match any pod": whose selector matches none
    text = rx.sub(
        r"\b(?:that |which )?(?:have|has|with) an? (selector|pod selector) (?:that|which) "
        r"(?:does ?n'?t|does not) (match|select)(?:es)? (?:any|a single) ",
        r"whose \1 \2es no ",
        text,
    )
    # "services that don't select any pod": that select none
    text = rx.sub(
        r"\b(that|which) (?:do ?n'?t|do not|does ?n'?t|does not) (match|select|target)(?:es|s)? "
        r"(?:any|a single) (?=(?:running |ready |live )?(?:pods?|po|backends?|endpoints?)\b)",
        r"\1 \2 no ",
        text,
    )
    # "when was worker-3 added": when it was created
    text = rx.sub(
        r"\b(when (?:was|were) (?:[\w\-.]+|the [\w\-.]+(?: \w+)?) )(?:added|provisioned|set up)(?=\W*$)",
        r"\1created",
        text,
    )
    # a resource capped is one with a limit: "pods that cap memory", "cpu capped"
    text = rx.sub(r"\b(?:caps?|capping) (?:the |their |its )?(cpu|memory|mem)\b", r"have a \1 limit", text)
    text = rx.sub(r"\b(cpu|memory|mem) (?:is |are )?capped\b", r"a \1 limit", text)
    # "a memory limit but not cpu": no cpu limit
    text = rx.sub(
        r"\b(cpu|memory|mem) (limits?|requests?) (but|and) not (?:for |on )?(cpu|memory|mem)\b",
        r"\1 \2 \3 no \4 \2",
        text,
    )
    # "deployments with no matching service": the relation itself, not a name holding "matching"
    text = rx.sub(r"\b(no|without|w/o|any|an?)( an?| any)? (?:matching|corresponding) (?=[a-z])", r"\1\2 ",
                  text)
    # "not fully available", "aren't yet ready": the adverb does not change the state asked for
    text = rx.sub(r"(\bnot|n't) (?:yet|fully|completely|entirely) (?=\w)", r"\1 ", text)
    # "with only one replica", "having two containers": the count as a number
    text = rx.sub(
        r"\b(with|having|has|have) (?:only |just |exactly )?(a single|single|one|two|three|four|five|six|"
        r"seven|eight|nine|ten)(?= [a-z])",
        lambda m: f"{m.group(1)} {lx.NUMBERS.get(m.group(2).removeprefix('a '), 1)}",
        text,
    )
    text = rx.sub(  # "more than two restarts", "at least three replicas": compared with a number
        r"\b((?:more|fewer|less|greater) than|over|under|above|below|at least(?! one)|at most) "
        r"(zero|one|two|three|four|five|six|seven|eight|nine|ten)(?= [a-z])|"
        r"\b((?:more|greater) than|over|above) (zero)(?=\s*(?:[,.?!]|$))",  # "restarts above zero"
        lambda m: f"{m.group(1) or m.group(3)} {lx.NUMBERS.get(m.group(2) or m.group(4), 0)}",
        text,
    )
    text = rx.sub(r"\bat least (?:one|a single) restart", "at least 1 restart", text)  # a count, not a thing
    # "restarted more than once", "at least twice": a number of times
    text = rx.sub(
        r"\b((?:more|fewer|less) than|over|at least(?! once)|at most) (once|twice|thrice)\b"
        r"(?! (?:a|an|per|every|each)\b)",  # not "more than once a day", a schedule
        lambda m: f"{m.group(1)} {({'once': 1, 'twice': 2, 'thrice': 3})[m.group(2)]} times",
        text,
    )
    text = rx.sub(r"\b(with|having|has|have) (?:only|just|exactly) (?=\d)", r"\1 ", text)
    text = rx.sub(r"(?<![\w.])(\d+(?:\.\d+)?)\+ ?(?=[a-z])", r"\1 or more ", text)  # "16+ cpu nodes"
    # "3 or more services", "2 pods or fewer": a count compared, said as "at least"/"at most"
    text = rx.sub(r"(?<![\w.])(\d+) or (?:more|fewer|less) (?!than)", lambda m: (
        f"at {'least' if m.group(0).rstrip().endswith('more') else 'most'} {m.group(1)} "), text)
    counted = r"pods|services|svc|deployments|deploys?|replicas|restarts|containers|pvcs|nodes|events|jobs"
    text = rx.sub(
        rf"(?<![\w.])(\d+) ({counted}) or (more|fewer|less)\b",
        lambda m: f"at {'least' if m.group(3) == 'more' else 'most'} {m.group(1)} {m.group(2)}", text)
    # "evicted pods with the reason", "sts with ready count": a column shown beside each, not a filter
    text = rx.sub(r"\bwith (?:the |their |its )?(reasons?|ready counts?|restart counts?)\s*([?.!]*)$",
                  r"and their \1\2", text)
    # "pods not running in any namespace": every namespace, not pods in none ("pods not in any namespace")
    anywhere = r"(?<!\bnot )(?<!n't )(?<!\bno )\b(?:in|across) any (namespace|ns)\b"
    text = rx.sub(anywhere, r"in every namespace", text)
    # "which node runs ledger-db-0": the node one named pod is on
    text = rx.sub(r"^(which|what) (node|machine|host) (?:runs|hosts|is running|has) (?:the )?"
                  r"((?=[\w.\-]*[\-\d])[a-z0-9][\w.\-]*)(?: pod)?\s*([?.!]*)$", r"\1 node is \3 on\4", text)
    # "secrets containing a password key": one holding a key of that name
    if rx.search(r"\b(?:secrets?|configmaps?|config maps?|cms?)\b", text):
        text = rx.sub(r"\b(?:containing|contains?|holding|holds?|with|having|that (?:have|has)) an? "
                      r"([\w.\-]+) key\b", r"with a key named \1", text)
    # "pods ready vs not": the state said again on the other side
    text = rx.sub(r"\b(ready|available|running|bound|schedulable|scheduled|cordoned|suspended|healthy|active|"
                  r"complete|completed|failed|headless|used|evicted|pending) (vs\.?|versus) not\b(?! \1\b)",
                  r"\1 \2 not \1", text)
    # "count distinct node instance types": the values of the kind's column, said after it
    text = rx.sub(
        r"\b(distinct|different|unique) (node|pod|pvc|deployment|service|job|event|container)s? "
        r"((?:instance|machine|node) types?|zones?|images?|reasons?|statuses|storage class(?:es)?|"
        r"kubelet versions?|service accounts?)(?=\s*(?:[?.!]|$))",
        r"\1 \3 of \2s", text)
    # "how many zones do the nodes span?": the distinct values
    spanned = r"\bhow many (?!distinct|different)([a-z]+(?: [a-z]+)?) do (?:the |our |all (?:the )?)?(\w+) "
    text = rx.sub(spanned + r"(span|cover|spread (?:across|over))\b", r"how many distinct \1 do \2 \3", text)
    # "number of namespaces with more than 5 pods": how many of them have that many
    compared = r"(?=(?:more|fewer|less) than|over|under|at least|at most|between)"
    text = rx.sub(r"^(?:the )?(?:number|count) of (namespaces|ns|nodes) (?:with|having) " + compared,
                  r"how many \1 have ", text)
    # "pods with 1 to 5 restarts", "nodes running 10 to 30 pods": a range
    ranged = rf"(?<![\w.-])(?<!\bfrom )(\d+) to (\d+) (?=(?:{counted}|times)\b)"
    text = rx.sub(ranged, r"between \1 and \2 ", text)
    text = rx.sub(r"\b1 (replica|container|port|address|rule|subject|key|volume)\b", r"1 \1s", text)
    text = rx.sub(r"\b(cpu|memory|mem|ram|gpus?) (?:is|are) allocatable\b", r"allocatable \1", text)
    text = rx.sub(r"\bleast recently (?:created|made|added)\b", "oldest", text)  # "least recently created ns"
    text = rx.sub(r"\bmost recently (?:created|made|added)\b", "newest", text)
    text = rx.sub(r"\bempty (namespaces?|ns)\b", r"\1 with no pods", text)  # "empty namespaces"
    # "which namespaces are empty?": the same, said after
    text = rx.sub(r"\b(namespaces?|ns) (?:that |which )?(?:are|is) empty\b", r"\1 with no pods", text)
    text = rx.sub(r"\b(?:asks?|asking|asked) for\b", "request", text)  # "how many cores does it ask for"
    # "memory requested on nodes in us-east-1b": by the pods on those nodes, not the nodes counted
    text = rx.sub(
        r"\b((?:requested|requests?)(?: (?:cpu|memory|mem))?) on (?:the )?nodes (in|of) ",
        r"\1 by pods on nodes \2 ",
        text,
    )
    # "pods that don't request any cpu": those without a cpu request
    text = rx.sub(
        r"\b(?:(?:that|which) )?(?:do not|don'?t|does not|doesn'?t|never) (request|limit)s?(?: any)? "
        r"(cpu|memory|mem|ram)\b",
        r"without \2 \1",
        text,
    )
    # "pods that set neither a cpu nor a memory request": without either
    text = rx.sub(
        r"\b(?:(?:that|which) )?(?:set |have |has |with )?neither (?:an? |any )?(cpu|memory|mem) "
        r"nor (?:an? |any )?(cpu|memory|mem) (requests?|limits?)\b",
        r"without \1 \3 and without \2 \3",
        text,
    )
    # "service accounts bound to a role", "… with rbac grants": those a role binding names
    if rx.search(r"\b(?:service ?accounts?|sas?)\b", text):
        text = rx.sub(
            r"\b(?:(?:that|which) )?(?:(?:are|is) )?bound to (?:a |any |some )?roles?\b(?! ?bindings?)"
            r"|\bwith (?:any |some )?rbac (?:grants?|permissions?|bindings?|access)\b",
            "that have a rolebinding",
            text,
        )
    # "jobs that never retry a failed pod": a backoff limit of 0
    text = rx.sub(
        r"\b(?:that |which )?(?:never|don'?t|do not|doesn'?t|does not|won'?t|will not) (?:ever )?retry"
        r"(?: (?:a |any |the )?failed (?:pods?|runs?|attempts?)| on failure| failures?| at all)?\b",
        "with backoff limit 0",
        text,
    )
    # "cronjobs that replace a still-running job", "… skip a run while one is still running": their
    # concurrency policy
    text = rx.sub(
        r"\b(?:that |which )?(?:replaces?|kills?|cancels?) (?:a |the |any )?"
        r"(?:still[- ]running|running|active|"
        r"previous|old|current|unfinished) (?:job|run)s?\b",
        "with concurrency policy replace",
        text,
    )
    text = rx.sub(
        r"\b(?:that |which )?(?:skips?|forbids?|won'?t start|never starts?|do not start|don'?t start) "
        r"(?:a |the )?"
        r"(?:new |next )?(?:run|job)s? (?:while|when|if) (?:the |a )?(?:previous|last|earlier|prior) "
        r"(?:one|job|run)(?: is| was)? (?:still )?(?:running|active|unfinished|not finished)\b",
        "with concurrency policy forbid",
        text,
    )
    # "the pdb here: how many pods can be disrupted?": each budget's allowed disruptions, no count of budgets
    if rx.search(r"\b(?:pdbs?|(?:pod )?disruption ?budgets?)\b", text):
        text = rx.sub(
            r"\bhow many (?:pods |more pods |disruptions |evictions )?(?:can|may|could) (?:still )?(?:be )?"
            r"(?:disrupted|evicted|taken down)(?: (?:right )?now)?\b|\bhow many (?:disruptions|evictions) "
            r"(?:are |is )?(?:allowed|permitted)\b",
            "allowed disruptions of",
            text,
        )
    # "a default deny ingress policy": a network policy (not an ingress) that allows no ingress (but "the
    # default-deny-ingress policy" is one named so)
    text = rx.sub(r"\bthe (default-deny-[\w\-]+) (polic(?:y|ies))\b", r"the \1 network \2", text)
    text = rx.sub(
        r"(?<!the )\bdefault[- ]deny(?:[- ](?:all[- ])?(ingress|egress))? (?:network )?(polic(?:y|ies))\b",
        lambda m: f"default-deny {m.group(1) or ''} network {m.group(2)}".replace("  ", " "),
        text,
    )
    # "cronjobs that allow concurrent runs", "that forbid overlapping jobs": the policy named by its verb
    text = rx.sub(
        r"\b(?:that |which )?(allows?|permits?|forbids?|prevents?|disallows?|blocks?) (?:any )?"
        r"(?:concurrent|overlapping|parallel|simultaneous) (?:runs?|jobs?|executions?)\b",
        lambda m: "with concurrency policy " + ("allow" if m.group(1)[0] in "ap" else "forbid"),
        text,
    )
    # "history for sts/cassandra": kubectl's kind/name, said as "statefulset cassandra"
    text = rx.sub(
        r"\b(of|for|from|by) (the )?(sts|statefulsets?|deploy|deployments?|ds|daemonsets?|rs|replicasets?|"
        r"cj|cronjobs?)/(?=[a-z0-9][\w\-.]*\b)",
        lambda m: f"{m.group(1)} {m.group(2) or ''}"
        + _KIND_SHORT_NAMES.get(m.group(3), m.group(3))
        + " ",
        text,
    )
    # "what env does it have": its env vars
    text = rx.sub(r"\b(what|which) env(?= (?:does|do|did)\b)", r"\1 env vars", text)
    # "what requests do containers get by default here": the limit range's defaults
    text = rx.sub(
        r"\b((?:cpu|memory|mem)\b[\w ()/,&]*?\b(?:requests?|limits?)) (?:do|does|will|would) (?:new )?"
        r"(?:containers?|pods?) (?:get|receive|have) by default\b",
        r"default \1 of the limitrange",
        text,
    )
    # "ns with no default limits (no limitrange)": the parenthesis says how the lack is meant
    text = rx.sub(
        r"\b(?:no|without|w/o) (?:any )?default (?:cpu |memory |mem )?limits? \((?:i\.?e\.?,? )?"
        r"(?:no|without|w/o) (?:an? |any )?(?:limit ?ranges?|limitranges?)\)",
        "without a limitrange",
        text,
    )
    # "namespaces without any labels": no labels at all, "any" no label key
    text = rx.sub(r"\b(without|w/o|with no|lacking) (?:any|a single) labels\b", r"\1 labels", text)
    # "default container limits here": the limit range's defaults (given to containers that set none)
    text = rx.sub(r"\bdefault (?:container|pod) (limits?)\b", r"default \1", text)
    # "limitrange defaults for payments": its default limits, as kubectl describe shows them first
    text = rx.sub(
        r"\b(limit ?ranges?|limitranges?)(?:'s)? defaults\b(?! (?:cpu|memory|mem|limits?|requests?)\b)",
        r"\1 default limits",
        text,
    )
    if rx.search(r"\b(?:pvcs?|(?:persistent ?)?volume ?claims?|claims?)\b", text):
        # "pvcs whose bound volume is bigger than what they requested": a capacity above the request
        text = rx.sub(
            r"\b(?:(?:the |their |its )?(?:bound )?(?:volumes?|pvs?|capacity|capacities)"
            r"|(?:got|have|has|were given) "
            r"(?:more|bigger|larger) (?:storage|space|capacity)) (?:(?:is|are|was|were) )?"
            r"(?:(?:bigger|larger|greater|more) )?than (?:what (?:they|it|was|were) (?:requested|request)"
            r"|(?:they|it) (?:requested|request)|(?:their|its|the) requests?(?:ed)?(?: size| storage)?"
            r"|requested)\b",
            "capacity > requested storage",
            text,
        )
    # "hpas and how many replicas of their target are ready": that object's ready replicas, shown
    text = rx.sub(
        r"\bhow many (?:of )?(?:the )?replicas (of (?:their|its|the) [\w\- ]{1,40}?) (?:are|is) ready\b",
        r"the ready replicas \1",
        text,
    )
    if rx.search(r"\bautoscal|\bhpas?\b|\bhorizontal ?pod ?autoscalers?\b", text):
        # "autoscaled deployments and their bounds": the autoscaler's least and most replicas
        text = rx.sub(
            r"\b(their|its|the) (?:scaling |replica |autoscaling |hpa )?(?:bounds|min/max|min-max)\b",
            r"\1 min and max replicas",
            text,
        )
    # "namespaces with workloads and no quota": namespaces some pods run in
    text = rx.sub(
        r"\b(namespaces?|ns) (with|running|that (?:have|has|run|runs)|having) (?:any )?workloads\b",
        r"\1 \2 pods",
        text,
    )
    # "volumes left behind by deleted claims": persistent volumes, the kind a claim binds
    text = rx.sub(
        r"^((?:(?:which|what|list|show|any|find|the|all)\s+)*)volumes\b"
        r"(?=\s+(?:whose|left|that|which|with|from|still)\b.*\b(?:claims?|pvcs?)\b)",
        r"\1persistent volumes",
        text,
    )
    # "pods that don't get the sa token mounted by their service account": whose account does not
    # automount it
    text = rx.sub(
        r"\b(?:that |which )?(?:do ?n'?t|does ?n'?t|do not|does not|never) get (?:the |their |its |an? )?"
        r"(?:sa |service ?account |api )?token (?:auto-?)?mounted(?: automatically)?"
        r"(?: (?:by|from) (?:their|its|the) (?:sa|service ?account))?",
        "whose service account does not automount its token",
        text,
    )
    # "which monitoring service acounts have no cluster-wide grant": no cluster role binding names them
    text = rx.sub(r"\bacc?ounts\b", "accounts", text)
    if rx.search(r"\bservice ?accounts?\b|\bsas?\b", text):
        text = rx.sub(
            r"\b(no|without|any|a) cluster[- ]wide (?:grants?|permissions?|access|bindings?)\b",
            r"\1 cluster role binding",
            text,
        )
    # "what claims can i resize?", "expandable pvcs": their storage class allows expansion
    text = rx.sub(
        r"\b(claims|pvcs|persistent ?volume ?claims|volume ?claims)\s+(?:that\s+|which\s+)?"
        r"(?:can (?:i|we|you|be)|i can|we can)\s+(?:resize|expand|grow)(?:d|ed|n)?\b",
        r"\1 whose storage class allows volume expansion",
        text,
    )
    text = rx.sub(
        r"\b(?:resizable|resizeable|expandable)\s+(claims|pvcs|persistent ?volume ?claims|volume ?claims)\b",
        r"\1 whose storage class allows volume expansion",
        text,
    )
    # "in availability zone us-east-1c", "availibility zones": a node's zone
    text = rx.sub(r"\bavail[a-z]*[ -](zones?)\b", r"\1", text)
    # "services where nothing is ready to receive traffic": none of their endpoints ready
    text = rx.sub(
        r"\b(services?|svcs?) (?:where|with) (?:nothing|no (?:pods?|backends?|endpoints?)) (?:is |are )?"
        r"ready\b(?: to [a-z]+ (?:any )?(?:traffic|trafic|requests))?",
        r"\1 with no ready endpoints",
        text,
    )
    text = rx.sub(r"(?<=\d)\s*gigs?\b|\bgigs\b", " gib", text)  # "over 60 gigs", "size in gigs"
    for short, mode in _ACCESS_MODES.items():  # kubectl's short access modes: "pvc with ROX access"
        text = rx.sub(rf"(?<![\w\-./]){short}(?![\w\-./])", mode, text)
    text = rx.sub(r"\s+", " ", text)
    return text


_LABEL_PAIR = re.compile(
    r"(?<![\w.\-/])([a-z0-9][a-z0-9./\-_]*[a-z0-9])\s?(!=|=|: )\s?([a-z0-9][a-z0-9._\-]*)?"
)
# said just before a label pair, it negates it: "pods not labelled app=redis", "without label app=x"
_NOT_LABELLED = re.compile(
    r"\b(?:not|never|without|w/o|lacking|missing|isn'?t|aren'?t|except|excluding|other than|"
    r"(?:do|does)(?:n'?t| not) have|(?:have|has)(?:n'?t| not) got)\s+"
    r"(?:(?:labell?ed|tagged|having|with|the|a|an|label)\s+)*$"
)
_NOT_LABELS = {"type", "status", "hostnetwork", "phase", "reason", "namespace", "ns", "node", "kind"}


# One label condition: key, value (None: the key is there; a tuple: one of those values), negated.
LabelCondition = tuple[str, "str | tuple[str, ...] | None", bool]

# kubectl's selector flag: "-l 'app in (kafka,postgres)'", "--selector=!pod-template-hash"
# The last step of a jsonpath kubectl prints, and the column it names ("nodename": the pod's node).
_JSONPATH_FIELDS = {
    "nodename": "node", "podip": "ip", "hostip": "host ip", "phase": "phase", "name": "name",
    "namespace": "namespace", "serviceaccountname": "service account", "clusterip": "cluster ip",
    "replicas": "desired replicas", "readyreplicas": "ready replicas", "restartcount": "restarts",
    "creationtimestamp": "created", "labels": "labels", "annotations": "annotations", "type": "type",
}
_SELECTOR_FLAG = re.compile(
    r"(?:^|\s)(?:-l|--selector)(?:=|\s+)(?:'([^']*)'|\"([^\"]*)\"|([^\s(]+(?:\s+(?:in|notin)\s*\([^)]*\))?))"
)


def read_labels(text: str, original: str, compared: tuple[str, ...] = ()) -> tuple[list[LabelCondition], str]:
    """Label conditions (key, value or None for "has key", negated) and the text without them; the
    `compared` phrases hold columns compared, not labels ("current replicas = max replicas")."""
    out: list[LabelCondition] = []
    text = rx.sub(r"(?<=[a-z0-9])= (?=labels?\b)", " ", text)  # "an environment= label": the key
    flag = _SELECTOR_FLAG.search(text)
    if flag:
        try:  # read as the API server reads it, set-based terms included
            selector = parse_label_selector(next(g for g in flag.groups() if g is not None))
        except (SelectorError, StopIteration):
            selector = None
        if selector is not None and selector.requirements:
            text = text.replace(flag.group(0), " ")
            out += [_condition(r.key, r.operator, r.values) for r in selector.requirements]
    # a set-based term said in words: "pods with app in (reviews, ratings)", "labelled tier notin (cache)"
    for m in rx.finditer(
        r"\b(?:labell?ed|label|with|where|whose|matching|match|matches)\s+(?:the\s+)?(?:label\s+)?"
        r"([a-z][\w./\-]*)\s+(?:label\s+)?"
        r"(in|notin|not in)\s*\(([^)]*)\)",
        text,
    ):
        values = tuple(v.strip(" '\"") for v in m.group(3).split(",") if v.strip(" '\""))
        if m.group(1) in _NOT_LABELS or not values:
            continue
        out.append((m.group(1), values if len(values) > 1 else values[0], m.group(2) != "in"))
        text = text.replace(m.group(0), " ")
    rest = text
    for m in _LABEL_PAIR.finditer(text):
        key, sep, value = m.group(1), m.group(2), m.group(3)
        if key in _NOT_LABELS or key.startswith("-") or any(m.group(0).strip() in c for c in compared):
            continue
        if value in ("true", "false") and not rx.search(r"[./]", key):
            continue  # a condition's state ("Available=False"), read as a flag by the slots
        if sep == ": " and not rx.search(r"label", text):
            continue
        negate = sep == "!=" or bool(_NOT_LABELLED.search(text[: m.start()]))
        if value is None and sep == "=":
            out.append((key, None, negate))
        elif value is not None:
            out.append((key, value, negate))
        else:
            continue
        rest = rest.replace(m.group(0), " ")
    # "where the app label is not set", "pods whose app is missing": a key left off
    m = rx.search(
        r"\b(app|tier|team|env|environment|version|component|[a-z][\w./\-]*(?=\s+label))(?:\s+label)?\s+"
        r"(?:is\s+|are\s+)?(?:not set|unset|missing|absent)\b",
        rest,
    )
    if m:
        out.append((m.group(1), None, True))
        rest = rest.replace(m.group(0), " ")
    # "both app and tier labels": each key there; "label app but no tier": the second one missing
    two_keys = (
        (r"(?:both\s+)?\b([a-z][\w./\-]*)\s+and\s+([a-z][\w./\-]*)\s+labels\b", False),
        (r"\blabels\s+([a-z][\w./\-]*)\s+and\s+([a-z][\w./\-]*)\b", False),  # "with labels app and version"
        # (not "label app but no matching service": another kind's, read by the joins)
        (r"\blabel\s+([a-z][\w./\-]*)\s+(?:but|and)\s+(?:no|not|without)\s+([a-z][\w./\-]*)(?:\s+label)?"
         r"(?=\s*(?:[,;?.!]|$|\s+(?:and|or|in|on|sorted|with)\b))", True),
    )
    for pattern, second_missing in two_keys:
        m = rx.search(pattern, rest)
        if m and not {m.group(1), m.group(2)} & lx.STOPWORDS:
            out += [(m.group(1), None, False), (m.group(2), None, second_missing)]
            rest = rest.replace(m.group(0), " ")
    # "whose app label is kafka or postgres", "the version label isnt v1": a key, then its values
    value = r"([a-z0-9][a-z0-9._\-]*)"
    m = rx.search(
        rf"\b([a-z][a-z0-9./\-_]*)\s+label\s+(is not|isn'?t|is|=|!=|equals|not)\s+(?:set to\s+)?{value}"
        rf"((?:\s*(?:,|or|and)\s+{value})*)",
        rest,
    )
    # "namespaces with the team label platform": the key's label, then its value, with no verb between
    bare = rx.search(
        rf"\b(?:with|having|has|have)\s+(?:the\s+|an?\s+)?([a-z][a-z0-9./\-_]*)\s+label\s+"
        rf"(?:of\s+|set to\s+)?{value}(?=\s*(?:[,;?.]|$))",
        rest,
    )
    if not m and bare and not {bare.group(1), bare.group(2)} & (lx.STOPWORDS | {"set", "key", "value"}):
        out.append((bare.group(1), bare.group(2), False))
        rest = rest.replace(bare.group(0), " ")
    if m and m.group(1) not in lx.STOPWORDS and m.group(3) not in lx.STOPWORDS:
        values = (m.group(3), *rx.findall(value, m.group(4) or ""))
        values = tuple(v for v in values if v not in ("or", "and"))
        negate = m.group(2) not in ("is", "=", "equals")
        out.append((m.group(1), values if len(values) > 1 else values[0], negate))
        rest = rest.replace(m.group(0), " ")
    # (not "labeled with istio-injection label": the key, said again as one)
    m = rx.search(
        r"label(?:l?ed)?\s+(?:with\s+)?([a-z][a-z0-9./\-_]*)\s+(?!labels?\b)([a-z0-9][a-z0-9._\-]*)", rest
    )
    not_keys = {"with", "app", "a", "an", "the", "selector", "selectors"} | lx.STOPWORDS
    if not out and m and m.group(1) not in not_keys and m.group(2) not in lx.STOPWORDS:
        out.append((m.group(1), m.group(2), False))
        rest = rest.replace(m.group(0), " ")
    elif not out and m and m.group(1) == "app" and m.group(2) not in lx.STOPWORDS:  # not "label app in ml"
        out.append(("app", m.group(2), False))
        rest = rest.replace(m.group(0), " ")
    lacking = r"(?:without|missing|lacking|no)\s+(?:an?\s+|the\s+)?"
    m = (
        rx.search(lacking + r"([a-z][a-z0-9./\-_]*)\s+label", rest)
        or rx.search(lacking + r"label\s+([a-z][a-z0-9./\-_]*)", rest)
        or rx.search(  # "namespaces nobody tagged with a team"
            r"\b(?:nobody|not|never)\s+(?:labell?ed|tagged)\s+with\s+(?:an?\s+|the\s+)?([a-z][\w./\-]*)\b(?!\s?=)",
            rest,
        )
    )
    if m:
        out.append((m.group(1), None, True))
        rest = rest.replace(m.group(0), " ")
    m = rx.search(r"(?:have|has|with|carry|carries)\s+(?:an?\s+|the\s+)?([a-z][a-z0-9./\-_]*)\s+label", rest)
    if m and m.group(1) not in ("any", "label") and m.group(1) not in lx.STOPWORDS:  # "carry the label app=x"
        # ("which ones don't have a team label": the key left off)
        out.append((m.group(1), None, bool(_NOT_LABELLED.search(rest[: m.end(1) - len(m.group(1))]))))
        rest = rest.replace(m.group(0), " ")
    # "pods labelled with tier": the key there, whatever its value
    m = rx.search(
        r"\blabell?ed\s+with\s+(?:an?\s+|the\s+)?([a-z][\w./\-]*)(?:\s+labels?)?(?=\s*(?:[?.!,]|$|(?:in|on|-n)\s))",
        rest,
    )
    if not out and m and m.group(1) not in lx.STOPWORDS | {"label", "labels", "any", "some"}:
        out.append((m.group(1), None, False))
        rest = rest.replace(m.group(0), " ")
    # "nodes with label node-role.kubernetes.io/control-plane": a key alone
    key = r"([a-z][a-z0-9.\-_]*/[a-z0-9.\-_]+)"
    m = rx.search(rf"(?:have|has|with|carry|carries)\s+(?:the\s+)?label\s+{key}\s*$", rest)
    if not out and m:
        out.append((m.group(1), None, False))
        rest = rest.replace(m.group(0), " ")
    # "team=web or team=platform": one key equal to any of the values named (both at once cannot be)
    for key in dict.fromkeys(k for k, v, neg in out if isinstance(v, str) and not neg):
        same = [c for c in out if c[0] == key and isinstance(c[1], str) and not c[2]]
        if len(same) > 1:
            at = out.index(same[0])
            out = [c for c in out if c not in same]
            out.insert(at, (key, tuple(str(c[1]) for c in same), False))
    # (a joining word is no key: "with an app label but no service" holds no label "but")
    joining = ("but", "and", "or", "no", "not", "with", "without")
    out = [c for c in out if c[0] not in joining and not (isinstance(c[1], str) and c[1] in joining)]
    return out, rest


def _condition(key: str, operator: Operator, values: tuple[str, ...]) -> LabelCondition:
    if operator in (Operator.EXISTS, Operator.DOES_NOT_EXIST):
        return key, None, operator == Operator.DOES_NOT_EXIST
    if operator in (Operator.IN, Operator.NOT_IN) and len(values) > 1:
        return key, values, operator == Operator.NOT_IN
    return key, values[0], operator in (Operator.NOT_EQUALS, Operator.NOT_IN)


_KEY = r"([a-z0-9][a-z0-9./\-_]*[a-z0-9])"
_VALUE = r"(?:\s?(?:=|: |\s(?:is|set to|equal to|of)\s)\s?'?([a-z0-9][a-z0-9._\-]*)'?)?"
_WORDS = r"(?:whose|their|its|with|and|the|any|no|an?|of|which|what|all|some|those|these)"
_NO = r"(?:without|with no|no|lacking|missing|not)\s+(?:an?\s+|the\s+|any\s+)?"
_ANNOTATION = re.compile(
    rf"(?P<no>\b{_NO})?(?:\b(?:with|have|has|having|carrying)\s+)?(?:the\s+|an?\s+)?"
    rf"(?:annotation(?:s)?(?:\s+key)?|annotated(?:\s+with)?)\s+{_KEY}{_VALUE}"
    rf"|(?P<no2>\b{_NO})?(?:\b(?:with|have|has|having|carrying)\s+)?(?:the\s+|an?\s+)?"
    rf"(?<![\w.\-/])(?!{_WORDS}\s){_KEY}\s+annotations?\b"
    rf"(?:\s+(?:is|=|set to)\s+'?([a-z0-9][a-z0-9._\-]*)'?)?"
)


def read_annotations(text: str) -> tuple[list[LabelCondition], str]:
    """Annotation conditions ("with annotation prometheus.io/scrape=true", "without the owner annotation")
    and the text without them: read like labels, on the annotations map."""
    out: list[LabelCondition] = []
    for m in _ANNOTATION.finditer(text):
        key, value = (m.group(2), m.group(3)) if m.group(2) else (m.group(5), m.group(6))
        if key in lx.STOPWORDS or key in ("key", "keys", "value", "values"):
            continue
        out.append((key, value, bool(m.group("no") or m.group("no2"))))
        text = text.replace(m.group(0), " ", 1)
    return out, text


def label_condition(column: str, key: str, value: str | tuple[str, ...] | None, negate: bool) -> str:
    """SQL for one label condition on a map column, with the API server's meaning: an object without
    the key matches "!=" and "notin"."""
    item = f"{column}[{quote(key)}]"
    if value is None:
        return f"{item} IS NULL" if negate else f"map_contains({column}, {quote(key)})"
    listed = isinstance(value, tuple)
    test = f"IN ({', '.join(quote(v) for v in value)})" if listed else f"= {quote(value)}"
    return f"({item} IS NULL OR NOT {item} {test})" if negate else f"{item} {test}"


# "… by the total cpu": what namespaces or nodes are ranked by, summed over their pods.
BY_AMOUNT = r"(?:ranked |sorted |ordered )?by (?:the )?(?:total |sum of |combined )?(?:cpu|memory|mem)\b"


def size_unit(text: str) -> str:
    """The divisor that shows bytes in the unit the question asks for ("in GiB", "(Mi)"), or ""."""
    if rx.search(r"\b(gib|gi|gb)\b", text):
        return " / 1024 ^ 3"
    if rx.search(r"\b(mib|mi|mb)\b", text):
        return " / 1024 ^ 2"
    return ""


def cpu_unit(text: str) -> str:
    """The factor that shows cores in millicores when the question asks for them ("in m", "millicores")."""
    return " * 1000" if rx.search(r"\bmillicores?\b|\bmillicpus?\b|\(m\)|\bin m\b|\bm,", text) else ""


def is_dimension(text: str, kind: tuple[int, str, str]) -> bool:
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
    if kind[2] in ("namespaces", "nodes") and rx.match(r"\s+" + BY_AMOUNT, after):
        # "rank namespaces by the cpu their pods request": the pods, grouped
        return True
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
