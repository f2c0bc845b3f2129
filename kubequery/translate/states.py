"""State words per kind ("crashlooping" pods, "cordoned" nodes, "failed" jobs) as conditions,
and the columns they own, so the catalog-driven value slots do not read the same words again."""

from __future__ import annotations

from kubequery.translate import lexicon as lx
from kubequery.translate import reasons, rx
from kubequery.translate.parsing import UNITW, Parse, quote

# Image pull failures; not "image pull policy", a field of the spec.
_IMAGE_PULL = (
    r"image ?pull(?! ?polic)|errimagepull|can'?t pull|cannot pull|"
    r"pull (?:errors?|failures?|failing|problems?)|pull their image|fail\w* to pull"
)

# Columns whose values the per-kind state rules own ("running", "pending", "ready"…): a value
# slot must not read "pods running on worker-3" as status = 'Running'.
STATE_COLUMNS = frozenset(
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

_REPLICAS = r"\breplicas?\b(?!\s*sets?\b)"


# Tables whose state words read_states reads itself.
STATE_TABLES = frozenset(
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


# Secret types by the words people use for them.
SECRET_TYPES = (
    (r"(?:service ?-?account|\bsa)[ -]tokens?", "kubernetes.io/service-account-token"),
    (r"\btls\b|certificates?|\bcerts?\b", "kubernetes.io/tls"),
    (
        r"docker ?config|dockerconfigjson|registry (credentials?|secrets?)|pull secrets?",
        "kubernetes.io/dockerconfigjson",
    ),
    (r"basic[ -]auth", "kubernetes.io/basic-auth"),
    (r"\bssh\b", "kubernetes.io/ssh-auth"),
    (r"\bopaque\b", "Opaque"),
)


# a daemon set's pods on nodes it should not run on: its own count, not its pods joined
MISSCHEDULED = (
    r"\bmis-?scheduled\b|\bnodes? (?:where |that )?(?:they|it) (?:shouldn'?t|should not|are not meant to)\b"
)

# why a pod was evicted: "low on memory", "disk pressure", "evicted po (memory)"
_RESOURCE = r"(mem\w*|ram|disk|ephemeral[- ]storage|storage)"
EVICTED_FOR = (
    rf"\b(?:low on|low|out of|short of|lack of)\s+{_RESOURCE}\b|\b{_RESOURCE}\s+pressure\b|"
    rf"\(\s*{_RESOURCE}\s*\)"
)


def _evicted_for(text: str) -> str | None:
    """The resource an eviction was for, as the kubelet's message names it ("The node was low on resource:
    memory."), when the question says which ("low on memory", "disk pressure")."""
    low = rx.search(EVICTED_FOR, text)
    if not low:
        return None
    word = next(g for g in low.groups() if g)
    return "memory" if rx.match(r"mem|ram", word) else "ephemeral-storage"


# "restarted more than 3 times": a number of restarts, read as a comparison, not as "has restarted"
_COUNTED_RESTARTS = (
    r"\brestart\w*\s+(?:(?:is |are )?(?:more|greater|higher|fewer|less|lower) than|over|above|"
    r"at least|at most|under|below|exceed\w*|goes over|>=?|<=?|=|between)\s*\d+"
)



# "deploys here + ready?" (said "… and whether each is ready"): the READY column shown, not a filter
_EACH_READY = r"\bwhether (?:each(?: one)?|it|they|these|those) (?:is|are) ready\b|\bready (?:or not|yes/no)"

# Not every pod of a workload up: "doesn't have all its pods ready", "not all of their replicas are up".
_NOT_ALL_UP = (
    r"(?:\bnot|n't) have all (?:of )?(?:their |its )?(?:replicas|pods) (?:ready|up|running|available)|"
    r"\bnot all (?:of )?(?:their |its )?(?:replicas|pods) (?:are )?(?:ready|up|running|available)|"
    # "not at full READY", "aren't fully up"
    r"(?:\bnot|n't) (?:at |yet )?(?:(?:full|fully|completely) )?(?:ready|up|available|scaled up)\b"
    r"(?![- ]to[- ]date)"  # (not "not up to date": a rollout unfinished)
)
# a state said the other way round: "not paused", "aren't suspended", "unpaused"
_NOT_BEFORE = r"(?:\bnot|n't|\bnon-?|\bun)\s*(?:been\s+|being\s+|currently\s+)?"

# a value said with "not" just before it: "not BestEffort", "non-guaranteed", "other than burstable"
_AWAY = r"(?:\bnot|\bnon-?|n't|\b(?:aren|isn)t|\bexcept|\bother than)\s*"
_AWAY += r"(?:(?:in|of|an?|the|qos|class|type)\s+)*$"


# a state said to be unknown: "status unknown", "in unknown phase"
_UNKNOWN = r"\b(?:status|phase|state)\s+(?:is\s+|of\s+|=\s*)?unknown\b|\bunknown\s+(?:status|phase|state)\b"


def _joined_reasons(text: str, first: str) -> list[str]:
    """The event reasons said together with `first`, joined by "or", "and", a comma or a slash."""
    spans = {}
    for r in lx.EVENT_REASONS:
        m = rx.search(r"\b" + r.lower() + r"\b", text)
        if m:
            spans[r] = m.span()
    if first not in spans:
        return [first]
    found = [first]
    grew = True
    while grew:
        grew = False
        for r, (start, end) in sorted(spans.items(), key=lambda kv: kv[1]):
            if r in found:
                continue
            near = any(
                rx.fullmatch(r"\s*(?:,|/|&|\bor\b|\band\b|,\s*or\b|,\s*and\b)\s*", text[a:b])
                for s0, e0 in (spans[f] for f in found)
                for a, b in ((e0, start), (end, s0))
                if a <= b
            )
            if near:
                found.append(r)
                grew = True
    return sorted(found) if len(found) > 1 else [first]


def read_states(p: Parse, text: str, original: str) -> bool:
    # "jobs with failed > 0": a count compared, read as such elsewhere, and no state (blanked, so that
    # the positions of the other words stay)
    text = rx.sub(_COMPARED, lambda m: " " * len(m.group(0)), text)
    before = len(p.conds)
    done = _read_states(p, text, original)
    _either(p, text, original, before)
    return done


_COMPARED = (
    r"\b(?:failed|succeeded|active|ready|available|unavailable|running|pending|completed)"
    r"\s*(?:>=|<=|!=|<>|>|<|==?)\s*-?\d+(?:\.\d+)?\b"
    # not a time: "pending > 5 hours"
    rf"(?!\s*{UNITW}\b)"
)


def _either(p: Parse, text: str, original: str, before: int) -> None:
    """States joined by "or" are alternatives, not all at once: "not ready or cordoned" nodes,
    pods "crashlooping or pending", nodes with "memory, disk or pid pressure". Each side is read alone to
    know which conditions it gave; the conditions so joined become one OR."""
    added = p.conds[before:]
    if len(added) < 2:
        return
    groups: list[list[str]] = []
    for m in rx.finditer(r"\bor\b", text):
        sides = []
        for part in (text[: m.start()].split()[-3:], text[m.end() :].split()[:3]):
            side = Parse(table=p.table, namespace=p.namespace)
            _read_states(side, " ".join(part), original)
            # (each side of "no cpu limit or no memory limit" keeps to app containers: that holds for both)
            kept = [c for c in side.conds if c != "type = 'container'"]
            sides.append(kept if side.table == p.table else [])
        either = sides[0] + sides[1]
        if not (sides[0] and sides[1]) or any(c not in added for c in either):
            continue
        if len({c.split(" = ")[0] for c in either if " = " in c}) == 1 and all(" = " in c for c in either):
            continue  # values of one column: read as a list of them ("pending or completed")
        joined = [g for g in groups if set(g) & set(either)]  # "memory, disk or pid": one group of three
        merged = list(dict.fromkeys([c for g in joined for c in g] + either))
        groups = [g for g in groups if g not in joined] + [merged]
    for group in groups:
        at = min(p.conds.index(c) for c in group)
        p.conds[:] = [c for c in p.conds if c not in group]
        p.conds.insert(at, "(" + " OR ".join(group) + ")")


def _read_states(p: Parse, text: str, original: str) -> bool:
    t = p.table
    c = p.conds
    u = p.understood

    def add(cond: str, what: str) -> None:
        c.append(cond)
        u.append(what)

    if t in ("pods", "containers"):
        # "pods with no resource limits at all": neither cpu nor memory is set
        for kind in ("limit", "request"):
            none = rx.search(
                rf"\b(?:no|without|missing|lacking|w/o)\s+(?:any\s+)?(?:resource\s+)?{kind}s?\b(?!\s+(?:for|on)\s)",
                text,
            )
            if none and not rx.search(rf"\b(cpu|memory|mem|ram)\s+{kind}", text):
                if t == "containers" and "type = 'container'" not in c and not rx.search(r"\binit\b", text):
                    add("type = 'container'", "app containers")  # as for one resource: init ones aside
                add(f"cpu_{kind} IS NULL AND memory_{kind} IS NULL", f"no {kind}s")
    if t == "pods":
        partly = r"some but not all (?:of )?(?:their |its )?containers|partially ready|partly ready|"
        partly += r"only some (?:of (?:their |its )?)?containers"
        if rx.search(partly, text):  # "pods with some but not all of their containers ready" (2/3)
            add("ready_containers > 0 AND ready_containers < total_containers", "partly ready")
            return True
        if rx.search(r"\boom|out of memory", text):
            p.table = "containers"
            p.cols = ["pod"] if p.namespace else ["namespace", "pod"]
            p.distinct = True
            add("(reason = 'OOMKilled' OR last_reason = 'OOMKilled')", "OOMKilled")
            return True
        if rx.search(r"\bcrashed\b", text) and not rx.search(r"crash ?loop|crashloopbackoff", text):
            add("restarts > 0", "crashed (restarted)")  # a crashed container is restarted: RESTARTS > 0
        elif rx.search(r"crash ?loop|crashloopbackoff|crashes|crashing", text):
            if rx.search(r"\binit\b", text):
                add("status = 'Init:CrashLoopBackOff'", "init containers crashlooping")
            else:
                add("status LIKE '%CrashLoopBackOff'", "crashlooping")
        if rx.search(r"container ?creating|\b(?:stuck|still) creating (?:its |their )?containers?\b", text):
            add("status = 'ContainerCreating'", "ContainerCreating")
        # the kubelet lost its containers' state (kubectl's ContainerStatusUnknown)
        if rx.search(r"\bcontainer ?status ?unknown\b|\blost track of (?:the |their |its )?containers?\b",
                     text):
            add("status = 'ContainerStatusUnknown'", "ContainerStatusUnknown")
        # "Completed or Error": the status named among others, as kubectl spells it
        erred = r"\b(in error|errored( out)?|error state|status error)\b|\berror$|\b(?:or|and|,) error\b"
        erred += r"|(?<!pull )(?<!image )\berror (?:pods?|po)\b"  # "Error pods in batch": that status
        erred += r"|\b(?:pods?|po)\b[\w\- ]{0,25}\b(?:showing|shows?|displaying|reporting|in status) error\b"
        if rx.search(erred, text) and not rx.search(r"\bpull errors?$", text):  # not "image pull error"
            add("status = 'Error'", "Error")
        if rx.search(_IMAGE_PULL, text):
            add("status IN ('ImagePullBackOff', 'ErrImagePull')", "image pull errors")
        if rx.search(r"evicted", text):
            add("reason = 'Evicted'", "evicted")
            resource = _evicted_for(text)
            if resource:
                add(f"message LIKE '%low on resource: {resource}%'", f"evicted for {resource}")
        if rx.search(r"terminating|stuck deleting|being deleted", text):
            add("deleting", "terminating")
        if rx.search(r"\bpending\b", text):
            add("status = 'Pending'", "pending")
        for said in _KUBECTL_STATUSES:  # named as kubectl shows them, held by no pod now or not
            if rx.search(rf"\b{said.lower()}\b", text):
                add(f"status = '{said}'", said)
        stuck = r"\b(?:stuck|still|hanging) (?:in )?init(?:iali[sz]ing)?\b(?![\s\-]*(?:containers?|ctrs?)\b)"
        # "pods in Init state", "pods waiting on their init containers": kubectl's Init:0/1, Init:Error, …
        stuck += r"|\bin (?:an? |the )?init(?:iali[sz]ing)? (?:state|status|phase)\b"
        stuck += r"|\bwaiting (?:on|for) (?:their |its )?init[ -]?containers?\b"
        if rx.search(stuck, text):
            add("status LIKE 'Init:%'", "stuck in init")  # kubectl's Init:0/1, Init:Error, ...
        # the Unknown phase, when the kubelet stops reporting: "pods stuck with status unknown"
        if rx.search(_UNKNOWN, text):
            add("phase = 'Unknown'", "unknown")
        if rx.search(
            r"unschedulable|unscheduled|can'?t be scheduled|could not be scheduled|not scheduled|"
            r"(?:n't|not|never) (?:been |got |gotten |yet )?scheduled\b(?!\s+(?:on|to|by)\b)|"
            r"fail\w* (?:to (?:be )?sche|scheduling\b)",  # "pods that failed scheduling" too
            text,
        ):
            add("NOT scheduled", "unschedulable")
        ratio = rx.search(r"(?<![\d/])(\d+/\d+)\s+ready\b|\bready\s+(?:=\s*|is\s+)?(\d+/\d+)(?![\d/])", text)
        said = ratio and (ratio.group(1) or ratio.group(2))
        if rx.search(r"\bnot all (?:of )?(?:their |its |the )?(?:containers?|ctrs?) (?:are )?ready\b", text):
            add("ready_containers < total_containers", "not all containers ready")
        elif ratio:  # READY as kubectl shows it: "pods with 0/1 ready"
            add(f"ready = {quote(said)}", f"ready {said}")
        elif rx.search(
            r"not[- ]ready|notready|unready|aren'?t ready|isn'?t ready|fail\w* readiness|readiness fail|"
            r"\bnever (?:yet )?(?:been |became |become |got |gotten )?ready|"  # "never got ready"
            r"(?:\bnot|n't) (?:yet )?(?:been |become |became |got |gotten )ready",
            text,
        ):
            add("NOT is_ready", "not ready")
        elif rx.search(
            r"\bwhether (?:\w+ ){0,3}(?:is|are) ready\b|\bready (?:or not|yes/no)|(?:\+|\band) ready\s*\?",
            text,
        ):
            p.extra.append("is_ready")  # "… and whether each is ready": shown, not a filter
        elif rx.search(r"\b(?:without|w/o|no|zero|0) (?:any )?ready (?:containers?|ctrs?)\b", text):
            add("ready_containers = 0", "no ready containers")  # "pods w/o ready containers"
        elif rx.search(r"\bready\b", text) and not rx.search(r"not", text) and not rx.search(
            r"\bready (?:containers?|ctrs?) (?:is |are )?(?:more|fewer|less|greater|lower|higher|below|under"
            r"|[<>=])"
            r"|\b(?:more|fewer|less) ready (?:containers?|ctrs?) than\b"
            r"|\b(?:sort\w*|order\w*|rank\w*) by (?:the |their )?ready\b",  # "sorted by ready": an order
            text,
        ):  # not "fewer ready containers than containers": two counts compared
            add("is_ready", "ready")
        # "what's failing here": whatever is in trouble, not only the pods that ended Failed
        failing = rx.search(
            r"\bwhat(?:'?s| is| are) failing\b(?! (?:to|readiness|health|probes?|liveness|image))", text
        )
        unhealthy = rx.search(
            r"unhealthy|broken|not healthy|(?:aren|isn)'?t healthy|bad pods|\bsick\b|"
            r"\b(?:in )?(?:a |an )?(?:bad|unhealthy|broken) (?:state|shape|condition)\b|"
            r"\b(?:anything|something) wrong\b|"
            r"\bwrong with\b|\bwhat(?:'?s| is) wrong\b|\b(?:any|what) (?:problems?|issues?|trouble)\b|"
            r"\b(?:having|in|with|got|have) (?:some |any )?(?:trouble|problems|issues)\b|\bstruggling\b|"
            r"\bis (?:everything|all|it all) (?:ok|okay|fine|good|healthy)\b|"
            r"not (running|completed) ?(/|or|nor|,|and) ?(?:not )?(running|completed)",
            text,
        ) or failing
        counted = rx.search(r"\bhow many\b|\bcount|\bnumber of\b", text)
        if unhealthy and (
            rx.search(r"\bwhat(?:'?s| is| are) (?:wrong|broken)\b", text)
            or failing
            or (rx.search(r"\bbroken (?:pods?|po)\b", text) and not counted)
        ):  # "what's wrong with them", "what's broken here": what each one's status is
            p.extra.append("status")
        if rx.search(r"\b(completed|succeeded|finished)\b|have completed", text) and not unhealthy:
            add("status = 'Completed'", "completed")
        if rx.search(
            r"\bfailed\b(?! (?:its|their|the|a) (?:\w+ )?(?:probes?|health ?checks?)\b)(?! to pull\b)"
            r"|(?<!pull )\bfailing\b(?! (to|readiness|health|probes?|liveness|image))",
            text,
        ) and not rx.search(r"schedul", text) and not failing:
            add("phase = 'Failed'", "failed")
        if unhealthy:
            add("status NOT IN ('Running', 'Completed')", "unhealthy")
        elif rx.search(r"(?<!un)\bhealthy\b", text) and not rx.search(r"\bnot\b|n't\b", text):
            add("status IN ('Running', 'Completed')", "healthy")  # the ones "unhealthy" leaves out
        elif rx.search(r"(not|aren'?t) (in (the )?)?running|isn'?t running|non-running", text):
            add("status <> 'Running'", "not running")
        elif rx.search(
            r"\brunning\b(?!\s+(in|on|for|images?|as|with|under)\b)|are running\b(?!\s+(?:on|as)\b)|"
            r"\brunning\b in \S+\?$|"
            r"\b(?:are|is) up (?:now|right now|and running)\b",  # "pods that are up now but restarted before"
            text,
        ) and not rx.search(r"everything running|what(?:'?s| is| are) running", text):
            add("status = 'Running'", "running")
        never = r"\b(?:never|not|n't|without|no)\s+(?:been\s+|ever\s+)?(?:restarted|restarts|restarting)\b"
        never += r"|\b(?:without|with no|w/o) (?:a |any |one )?(?:single )?restart\b"  # "without a restart"
        within = r"\s+(?:in|within|during|over|for|since)\s+(?:the\s+)?(?:last|past|\d)"
        if rx.search(never + within, text):
            pass  # "not restarted in the last day": a window on the last restart (windows.py), not a count
        elif rx.search(never, text):
            add("restarts = 0", "never restarted")  # "pods that never restarted", "haven't restarted"
        elif rx.search(
            r"\b(have|with|that have) (?:container |ctr )?restart(?! ?policy)(?!\s?counts?\b)|"
            r"\brestarted\b(?! the most| most)|\bhave restarts\b|\brestarting\b(?! the most| most)",
            text,
        ) and not rx.search(r"\bmost\b(?! first)|\btop\b|" + _COUNTED_RESTARTS, text):
            windowed = rx.search(r"\brestart\w*\s+(?:in|within|during)\s+(?:the\s+)?(?:last|past)\b", text)
            if any("CrashLoopBackOff" in cond for cond in c):  # a crash loop restarts: the count is shown
                if not windowed:  # "… that restarted in the last 10 min": when, not how often
                    p.extra.append("restarts")  # "crashlooping po w/ restarts"
            else:
                add("restarts > 0", "restarted")
                if rx.search(r"how many times|restart counts?|and how often", text):
                    p.extra.append("restarts")
        host = rx.search(r"host ?network", text)
        if host and rx.search(r"(?:\b(?:without|no|not)|n't)\s+(?:\w+\s+){0,2}$", text[: host.start()]):
            add("NOT host_network", "not on the host network")  # "pods not using the host network"
        elif host:
            add("host_network", "host network")
        classes = [
            {"besteffort": "BestEffort"}.get(q, q.capitalize())
            for q in ("besteffort", "guaranteed", "burstable")
            if rx.search(q.replace("besteffort", r"best ?effort"), text)
        ]
        said = rx.search(r"best ?effort|guaranteed|burstable", text)
        if len(classes) == 1 and said and rx.search(_AWAY, text[: said.start()]):
            add(f"qos_class <> {quote(classes[0])}", f"QoS not {classes[0]}")  # "pods that aren't BestEffort"
        elif len(classes) == 1:
            add(f"qos_class = {quote(classes[0])}", f"QoS {classes[0]}")
        elif classes:
            add(f"qos_class IN ({', '.join(map(quote, classes))})", "QoS " + ", ".join(classes))
            p.listed = "qos_class"
        for res in ("cpu", "memory", "mem"):
            col = "memory" if res == "mem" else res
            if rx.search(rf"(without|no|missing|lacking)\s+(a\s+|any\s+)?{res}\s+requests?", text):
                add(f"{col}_request IS NULL", f"no {col} request")
            if rx.search(rf"(without|no|missing|lacking)\s+(a\s+|any\s+)?{res}\s+limits?", text):
                add(f"{col}_limit IS NULL", f"no {col} limit")
    elif t == "containers":
        ctrs = r"(?:containers?|ctrs?)"
        # "what's the init container running?": the command it runs, not its running state
        ran = r"\bwhat(?:'s| is| are| does)\b.*\b(?:containers?|ctrs?|sidecars?)\s+(?:running|run)\s*\??$"
        if rx.search(ran, text):
            p.extra.append("command")
            return True
        last = r"\blast (?:termination|terminated|termination reason|state)\b.*\boom"
        last += r"|\boom\w*(?: killed)? (?:the )?(?:last|previous) time\b|\b(?:last|previously) oom"
        if rx.search(last, text):
            add("last_reason = 'OOMKilled'", "last terminated OOMKilled")  # as "… last termination was Error"
        elif rx.search(r"\boom|out of memory", text):
            add("(reason = 'OOMKilled' OR last_reason = 'OOMKilled')", "OOMKilled")
        # "containers waiting for image pull", "ctrs that can't pull": the reasons a pull failure waits with
        again = rx.search(r"\bre-?pull|always pull|(?:every|each) time", text)  # the pull policy Always
        pulls = rx.search(_IMAGE_PULL, text) and not again
        if pulls:
            add("reason IN ('ImagePullBackOff', 'ErrImagePull')", "image pull errors")
        elif rx.search(r"\bwaiting\b", text):
            add("state = 'waiting'", "waiting")
            if rx.search(r"reason|why", text):
                p.extra.append("reason")
        # "lastState terminated reason Error", "last termination reason was Error": the previous run's state
        last = rx.search(r"\blast\s*(?:state|termination|terminated|reason)|\blaststate\b|\bpreviously\b",
                         text)
        if rx.search(r"(?<!last )(?<![.\w])terminated\b", text) and not last:
            add("state = 'terminated'", "terminated")
            if rx.search(r"\bwhy\b", text) and "reason" not in p.extra:
                p.extra.append("reason")  # "terminated containers and why": how each ended
        why = rx.search(
            r"\b(?:reason\w*|with an?|(?:terminated|exited|ended|died) with(?: an?)?)\s+"
            r"(?:was\s+|is\s+|=\s*)?(error|completed|containercannotrun)\b",
            text,
        )
        if why:  # the kubelet's words for how a container ended, as it spells them
            value = {"containercannotrun": "ContainerCannotRun"}.get(why.group(1), why.group(1).capitalize())
            add(f"{'last_reason' if last else 'reason'} = {quote(value)}", f"reason {value}")
        elif not last and rx.search(
            rf"\bcompleted {ctrs}\b|\b{ctrs} (?:that |which )?(?:have |has )?(?:completed|finished)\b"
            r"|\b(?:completed|finished|exited|ended) (?:successfully|ok)\b",
            text,
        ):  # "containers that completed successfully": ended, with the kubelet's Completed (exit 0)
            add("state = 'terminated'", "terminated")
            add("reason = 'Completed'", "completed")
        if rx.search(r"\b(?:no|without|missing|lacking|lack)\s+(?:an?\s+|any\s+)?security ?context\b", text):
            add("json_extract(raw, '$.securityContext') IS NULL", "no security context")
        user = rx.search(
            r"\brun(?:s|ning)? as (?:user|uid)\s*(?:id\s*)?(\d+)\b|\brunasuser\s*[:=]?\s*(\d+)\b", text
        )
        if user:  # "containers that run as user 65532": the user their security context sets
            uid = user.group(1) or user.group(2)
            user_path = "'$.securityContext.runAsUser'"
            add(f"json_extract_string(raw, {user_path}) = {quote(uid)}", f"run as user {uid}")
        cap = rx.search(
            r"\b(add|adds|added|adding|drop|drops|dropped|dropping)\s+(?:the\s+)?"
            r"(?!(?:extra|additional|any|more|some|linux|new|other)\b)([a-z_]+)\s+(?:linux\s+)?capabilit",
            text,
        )
        # "containers that add extra Linux capabilities", "securityContext.capabilities.add": any added
        added = rx.search(
            r"\b(?:adds?|added|adding|extra|additional|granted)\s+(?:(?:extra|additional|any|more|some|"
            r"linux|new|other)\s+)*(?:capabilit\w*|caps)\b|\bcapabilities\.add\b",
            text,
        )
        if cap:  # "containers that drop ALL capabilities", "… add the SYS_TIME capability"
            way = "add" if cap.group(1).startswith("add") else "drop"
            name = cap.group(2).upper()
            path = f"'$.securityContext.capabilities.{way}'"
            add(f"json_extract_string(raw, {path}) LIKE {quote('%' + name + '%')}", f"{way} {name}")
        elif added:
            add("json_extract(raw, '$.securityContext.capabilities.add') IS NOT NULL", added.group(0))
        if rx.search(r"\bwhen\b.*\blast\s+(?:terminat|die|died|crash|exit|restart)", text):
            p.extra.append("last_finished_at")  # "when did they last die": the last termination's time
        looped_or_timed = r"crash ?loop|crashloopbackoff|\blast\b|\bwhen\b"  # read below, and above
        if rx.search(r"\bcrashed\b", text) and not rx.search(looped_or_timed, text):
            add("restarts > 0", "crashed (restarted)")  # as for pods: a crashed container is restarted
        if rx.search(r"crash ?loop|crashloopbackoff|crashing", text):
            add("reason = 'CrashLoopBackOff'", "crashlooping")
            if rx.search(r"exit ?code", text):  # a crashlooping container waits: its code is the last one's
                p.extra.append("last_exit_code")
        if rx.search(r"not[- ]ready|notready|unready|aren'?t ready|isn'?t ready", text):
            add("NOT ready", "not ready")
        elif rx.search(rf"\bready {ctrs}\b|\b{ctrs} (?:that |which )?are ready\b", text):
            add("ready", "ready")  # "ready containers"
        failed = r"\bfail(?:ed|ing|s|ures?)?\b(?!\s+(?:to|readiness|liveness|startup|probes?|health|pods?)\b)"
        # (not "failed with exit code 1": that code read elsewhere; "and their exit codes" only shows them)
        if rx.search(failed, text) and not rx.search(r"exit\w*(?:\s+[a-z=]+){0,3}\s*-?\d|\bnon-?zero\b|"
                                                      r"\bpods? (?:is|are|was)\b", text):
            # "init containers that failed": ended with an error, now or before a restart
            add("(exit_code <> 0 OR last_exit_code <> 0)", "failed")
        # "in Running pods", "whose pod is Pending": the status of the pod they run in
        held = rx.search(
            r"\b(?:in|of) (running|pending|failed|succeeded|completed) (?:pods?|po)\b"
            r"|\b(?:their|its|whose) pods? (?:is|are|was) (running|pending|failed|succeeded|completed)\b",
            text,
        )
        if held:
            word = (held.group(1) or held.group(2)).replace("succeeded", "completed")
            if word == "failed":  # as for pods: the phase, which kubectl shows as Error, Evicted, …
                add("pod_phase = 'Failed'", "pod failed")
            else:
                add(f"pod_status = {quote(word.capitalize())}", "pod status")
        # "running containers", "containers that are running"; not "containers running nginx" (an image)
        stopped = rf"\b{ctrs} (?:that |which )?(?:(?:are|is)(?: not|n't)|not) running\b"
        stopped += rf"|\bnot running {ctrs}\b"
        if rx.search(stopped, text):
            add("state <> 'running'", "not running")  # "which containers are not running": waiting or ended
        elif rx.search(  # "containers running", "ctrs running now"; not "containers running nginx"
            rf"\brunning (?:init |sidecar |ephemeral )?{ctrs}\b|\b{ctrs} (?:that |which )?are running\b|"
            rf"\b{ctrs} (?:(?:are |is )?(?:currently |still |now ))?running\b"
            r"(?=\s*(?:$|[?,.;]|now\b|right now\b))"
            r"|\bin (?:the )?running state\b",
            text,
        ):
            add("state = 'running'", "running")
        restarted = rx.search(
            r"\brestarted\b|\b(with|have|has) (?:container |ctr )?restarts\b|"
            r"\brestarting\b(?! the most| most)",
            text,
        )
        # "how many times has each container restarted", "restarts per container": every one shown
        per = r"\b(?:each|every|per|by) (?:container|ctr)\b"
        each = rx.search(rf"{per}.*\brestart|\brestart(?:s| counts?)\b.*{per}", text)
        if each and rx.search(rf"{per}\b[^,;]*\b(?:that|which|who) (?:has |have |had )?restarted\b", text):
            each = None  # "the exit code of each container that restarted": those that did, not a count each
        if each and p.table == "containers":
            p.extra.append("restarts")
        elif restarted and not rx.search(r"\bmost\b(?! first)|\btop\b|" + _COUNTED_RESTARTS, text):
            add("restarts > 0", "restarted")
            if rx.search(r"how many times|restart counts?|and how often", text):
                p.extra.append("restarts")
        if rx.search(r"\brestarts\s*(?:>|>=)\s*\d", text) and "restarts" not in p.extra:
            p.extra.append("restarts")  # "with restarts > 0": the number shown
        # "whose last exit code was non-zero", "last state exit code != 0", "whose previous run exited with a
        # non-zero code", "a non-zero last exit code": the last termination's
        before = r"\b(?:last|previous|prior)(?:\s+(?:state|termination|run|time))?"
        nonzero = r"(?:non-?zero|not (?:0|zero)|(?:!=|<>)\s*0\b)"
        last_code = rf"{before}(?:\s+exit)?\s+code\s+(?:was\s+|is\s+|of\s+)?{nonzero}"
        last_code += rf"|{before}\s+(?:exited|ended|terminated|finished)\s+(?:with\s+)?(?:an?\s+)?{nonzero}"
        last_code += r"|\bnon-?zero\s+(?:last|previous)(?:\s+exit)?\s+codes?\b"
        if rx.search(last_code, text):
            add("last_exit_code <> 0", "non-zero last exit code")
            code = r"\b(?:with|and|plus|show|\+)\s+(?:the\s+|their\s+|its\s+|what\s+)?(?:exit\s+)?codes?\W*$"
            if rx.search(code, text):  # "… and the code": the code shown
                p.extra.append("last_exit_code")
        elif rx.search(r"exit\w*\s+(?:with\s+)?(?:a\s+)?non-?zero|non-?zero exit|failing exit|"
                       r"\bexit\s+code\s+(?:was\s+|is\s+|of\s+)?(?:non-?zero|not (?:0|zero))", text):
            add("exit_code <> 0", "non-zero exit code")
            # "… and the code", "(show the code)": the code shown, not only the one said in the filter
            shown = r"\b(?:with|and|plus|show|\+)\s+(?:the\s+|their\s+|its\s+|what\s+)?(?:exit\s+)?codes?\b"
            if rx.search(shown + r"(?!\s*(?:<>|!=|>|<|=|is|was|of))", text):
                p.extra.append("exit_code")
        every_time = r"pull\w* (?:their |the |its )?images? (?:every|each) time"
        if rx.search(r"\bre-?pull|always pulls?|" + every_time, text):
            add("image_pull_policy = 'Always'", "pull policy Always")
        path = rx.search(r"(?<![\w.:/])(/[a-z0-9_.\-][a-z0-9_./\-]*)", text)
        if path and rx.search(r"\bmount", text):  # "containers that mount a volume at /data"
            mounted = path.group(1).rstrip(".")
            add(f"list_contains(volume_mounts, {quote(mounted)})", f"mounted at {mounted}")
        if rx.search(r"pinned by digest|by digest|@sha256|\bdigests?\b", text):
            add("image LIKE '%@sha256:%'", "pinned by digest")
        for res in ("cpu", "memory", "mem"):
            col = "memory" if res == "mem" else res
            for kind in ("request", "limit"):
                if rx.search(rf"(without|no|missing|lacking)\s+(a\s+|any\s+)?{res}\s+{kind}s?", text):
                    if "type = 'container'" not in c:
                        add("type = 'container'", "app containers")
                    add(f"{col}_{kind} IS NULL", f"no {col} {kind}")
        # "images pinned by digest": images said first, what they are kept to is theirs
        head = rx.match(r"\s*(?:(?:which|what|list|show|any)\s+)?(?:the\s+|all\s+)?images\b", text)
        if (
            rx.search(r"\bimages?\b", text)
            and all(
                # "which images are failing to pull?": images said first, the containers' state is theirs
                c.startswith(("namespace =", "name =", "node =")) or head
                for c in p.conds
            )
            and not rx.search(r"how many|count|number|most|top", text)
            # "which containers use quay images" asks for containers, "images used by init containers" images
            and not rx.search(r"\b(containers?|ctrs?)\b(?! images?).*\bimages?\b", text)
            # "image pull policy" is another column; "image per container" asks for each one's
            and not rx.search(
                r"\bimages? ?pull\b|\b(?:per|each|every) (?:init |sidecar |app )?(?:container|ctr|pod)s?\b",
                text,
            )
        ):
            p.cols = ["image"]
            if rx.search(r"\b(?:by|per|each|every) (?:namespace|ns)\b", text):  # "payments-api image by ns"
                p.cols = ["namespace", "image"]
            pull = r"\b(?:and|with|plus|\+)\s+(?:the\s+|their\s+|its\s+)?"
            pull += r"(?:image\s+)?pull[- ]?polic(?:y|ies)\b"
            if rx.search(pull, text):  # "the images and their pull policy": each pair once
                p.cols.append("image_pull_policy")
            p.distinct = True
    elif t == "nodes":
        if rx.search(_UNKNOWN, text):  # STATUS Unknown: the kubelet stopped reporting
            add("status LIKE 'Unknown%'", "unknown")
        elif rx.search(
            r"not[- ]ready|notready|\bdown\b|unready|broken|unhealthy|(?:aren|isn)'?t ready|\bdead\b", text
        ):
            add("NOT ready", "not ready")
        elif rx.search(r"\bready\b|(?<!un)\bhealthy\b", text):
            add("ready", "ready")
        cordoned = rx.search(
            r"cordon|unschedulable|schedulingdisabled|scheduling disabled|not schedulable|"
            r"(?:can'?t|cannot|can not|won'?t) (?:schedule|take|accept|run) (?:new |any )?(?:pods|workloads)",
            text,
        )
        # "uncordoned", "schedulable nodes"; not "not schedulable"
        free = rx.search(r"\bun-?cordon|(?<![\w-])(?<!not )(?<!isn't )(?<!aren't )schedulable\b", text)
        cordoned = cordoned or (None if free else rx.search(r"\bnot schedulable\b", text))
        if free or cordoned and rx.search(_AWAY, text[: cordoned.start()]):
            add("NOT unschedulable", "not cordoned")  # "ready nodes that aren't cordoned"
        elif cordoned:
            add("unschedulable", "cordoned")
        if rx.search(r"\b(?:untainted|taintless)\b", text):
            add("coalesce(len(taints), 0) = 0", "no taints")  # as "nodes without taints"
        if rx.search(r"memory pressure", text):
            add("memory_pressure", "memory pressure")
        if rx.search(r"disk pressure", text):
            add("disk_pressure", "disk pressure")
        if rx.search(r"\bpid pressure", text):
            add("pid_pressure", "PID pressure")
        if rx.search(r"(?<!memory )(?<!disk )(?<!pid )\bpressure\b", text):  # "under pressure": any kind
            add("(memory_pressure OR disk_pressure OR pid_pressure)", "under pressure")
        gpus = rx.search(r"\bgpus?\b(?!\s+(?:capacity|allocatable|counts?)\b)", text)
        # "nodes with no gpus", "non-gpu nodes": the ones without (not "gpus per node": each one's count)
        if gpus and not rx.search(r"\b(?:per|each|every|by) node\b", text):
            none = rx.search(r"\b(?:no|without|zero|0|non-?|lacking)\s*(?:nvidia\s+)?$", text[: gpus.start()])
            if none:
                add("coalesce(gpu_capacity, 0) = 0", "no GPUs")
            else:
                add("gpu_capacity > 0", "GPUs")
        arch = rx.search(r"\b(amd64|arm64|ppc64le|s390x)\b", text)
        if arch:  # the CPU architectures Kubernetes builds for, whether or not a node has one
            add(f"architecture = {quote(arch.group(1))}", arch.group(1))
        elif rx.search(r"\barm\b", text):  # "arm nodes": any ARM architecture (arm64, arm)
            add("architecture LIKE 'arm%'", "arm")
    elif t in ("deployments", "statefulsets", "replicasets"):
        before = len(p.conds)
        if rx.search(_EACH_READY, text):
            p.extra.append("ready")  # "deploys here + ready?": their READY column shown, not a filter
        elif rx.search(
            r"not[- ](fully |all )?ready|(?<!max)(?<!max )unavailable|(?:aren|isn)'?t (fully |all )?ready|"
            r"degraded|unhealthy|broken|not healthy|(?:aren|isn)'?t healthy|"
            r"not available|short (?:on|of) (?:ready )?replicas|"
            r"missing (?:some )?(?:ready )?(?:replicas|pods)|available=false|"
            r"\bready (?:below|under|less than|<|lower than|short of|behind) (?:the )?desired\b|"
            + _NOT_ALL_UP,
            text,
        ):
            if rx.search(r"partly|partially|some but not all|0 < ready", text):
                add("ready_replicas > 0 AND ready_replicas < desired", "some replicas ready")
            else:
                add("ready_replicas < desired", "not fully ready")
        elif rx.search(r"partly (up|ready)|partially (up|ready)|some but not all", text):
            add("ready_replicas > 0 AND ready_replicas < desired", "partly ready")
        elif rx.search(  # "mismatched replicas": READY's two numbers differ, either way
            r"\b(?:mismatch\w*|out of sync|not matching|don'?t match|doesn'?t match)\b.*\breplicas?\b|"
            r"\breplicas?\b.*\b(?:mismatch\w*|out of sync|don'?t match|doesn'?t match|differ)\b",
            text,
        ):
            add("coalesce(ready_replicas, 0) <> desired", "ready and desired replicas differ")
        elif rx.search(
            r"^(?!.*\bnot\b).*(?:(?<!un)\bhealthy\b|\bfully (?:ready|up|available)\b|"
            r"\ball (?:of )?(?:their |its |the )?(?:replicas|pods) (?:are )?(?:ready|up|available)\b|"
            # "how many deployments are ready": every replica of each
            r"\b(?:deploy\w*|statefulsets?|sts|replicasets?|rs)\s+(?:(?:in|on)\s+(?:the\s+)?[\w\-]+\s+)?"
            r"(?:that |which )?(?:are|is) (?:fully )?ready\s*(?:[?.!]|$)"
            # "ready deployments": every replica of each ready, not a READY column asked
            r"|^(?:(?:how many|count|list|show|which|what)\s+(?:the\s+)?)?ready\s+"
            r"(?:deploy\w*|statefulsets?|sts|"
            r"replicasets?|rs)\b)",
            text,
        ):
            add("ready_replicas = desired", "fully ready")  # "healthy deployments": every replica ready
        if rx.search(
            r"(?:completely|fully|totally|entirely) down|no replicas? available|0 available|zero available|"
            r"all down",
            text,
        ):
            p.conds[:] = [c for c in p.conds if c != "ready_replicas < desired"]
            add("desired > 0 AND coalesce(available_replicas, 0) = 0", "no replica available")
        none_ready = r"\b(?:no|zero|0|none of the) replicas? (?:is |are )?ready\b"
        none_ready += r"|\b(?:without|w/o) (?:any )?ready (?:replicas?|pods?)\b"  # "without any ready pods"
        if rx.search(none_ready, text):
            p.conds[:] = [c for c in p.conds if c != "ready_replicas < desired"]
            add("ready_replicas = 0", "no replica ready")  # "no replica ready at all"
        old = rx.search(
            # "old replicasets", "which rs are old"
            r"\b(?:old|stale|leftover|previous) (?:replica ?sets?|rs)\b|"
            r"\b(?:replica ?sets?|rs) (?:that |which )?(?:are|is) (?:old|stale|leftover)\b",
            text,
        )
        old = old and t == "replicasets"
        if old or rx.search(r"\bscaled (?:down )?to (?:zero|0)\b|\bat (?:zero|0) replicas\b", text):
            add("desired = 0", "scaled to zero")  # the old replica sets a rollout leaves behind
        if rx.search(r"\bpaused\b", text) and t == "deployments":
            if rx.search(_NOT_BEFORE + r"paused\b", text):  # "deployments that aren't paused"
                add("NOT paused", "not paused")
            else:
                add("paused", "paused")
        rolling = r"(?:\bnot|n't) (?:finished |done |fully |completely )?roll(?:ed|ing) out\b|"
        rolling += r"\bstill rolling( out)?\b|"
        rolling += r"(?:\bnot|n't|\bout of) (?:all |fully )?up[- ]to[- ]date\b|\boutdated\b|"
        rolling += r"\bmid[- ]rollout\b|\brollouts? (?:in progress|not (?:finished|done|complete)|"
        rolling += r"incomplete|unfinished|under ?way)\b"
        stuck = r"\brollouts? (?:is |are |that (?:is|are) )?(?:stuck|stalled|hung)\b|"
        stuck += r"\b(?:stuck|stalled|hung|failed) rollouts?\b|\bnot progressing\b|\bprogress ?deadline\b"
        if t == "deployments" and "NOT progressing" not in p.conds and rx.search(stuck, text):
            add("NOT progressing", "rollout stuck")  # the Progressing condition false: "rollout is stuck"
        elif t == "deployments" and rx.search(rolling, text):  # "which deployments aren't rolled out"
            add("up_to_date < desired", "rollout not finished")
        updating = rolling + r"|\bmid[- ]?update\b|\b(?:being |still )updated\b|\bupdating\b|"
        updating += r"\bupdate (?:in progress|underway)\b"
        if t == "statefulsets" and rx.search(updating, text):  # its pods not all on the update revision
            add("current_revision <> update_revision", "update in progress")
        qualified = r"\b(?:ready|available|unavailable|current|updated|up[- ]to[- ]date)\s+replicas?\b"
        if (  # "with their replicas", not a state nor none of them ("with 0 ready replicas")
            rx.search(_REPLICAS, text)  # not "replicasets": the kind, not its replicas
            and len(p.conds) == before
            # "top 3 by ready replicas": that count alone, not the desired one beside it
            and not (p.limit is None and rx.search(r"\b(?:top|most|fewest|least|highest|lowest)\b", text)
                     and len(rx.findall(_REPLICAS, text)) == len(rx.findall(qualified, text)))
            and len(rx.findall(_REPLICAS, text))
            > len(rx.findall(r"\b(?:no|zero|0)\s+(?:\w+\s+)?replicas?\b", text))
        ):
            p.extra.append("desired")
    elif t == "daemonsets":
        if rx.search(_EACH_READY, text):
            p.extra.append("ready")  # "ds here + ready?": their READY column shown, not a filter
        # "daemonsets that aren't fully rolled out": some pods still on the old template
        rolled = r"(?:\bnot|n't) (?:finished |done |fully |completely )?roll(?:ed|ing) out\b|"
        rolled += r"\bstill rolling\b|"
        rolled += r"(?:\bnot|n't|\bout of) (?:all |fully )?up[- ]to[- ]date\b|\boutdated\b|\bmid[- ]rollout\b"
        if rx.search(rolled, text):
            add("up_to_date < desired", "rollout not finished")
        down = r"unavailable|missing|not ready|not running|unhealthy|"
        down += r"(?:\bnot|n't) (?:fully |all |completely )?(?:scheduled|available)\b|"
        if rx.search(down + _NOT_ALL_UP, text):
            add("unavailable_replicas > 0", "unavailable pods")
        elif rx.search(r"\b(?:fully|completely) (?:scheduled|available|ready|up)\b", text):
            add("unavailable_replicas = 0", "fully scheduled")  # its "aren't" is kept by negation.py
        if rx.search(MISSCHEDULED, text):  # pods running on nodes they should not
            add("misscheduled > 0", "misscheduled")
    elif t == "jobs":
        # "jobs with failed pods": the count of failed pods, not the job's own state
        failed = r"\bfail(ed|ing|s)?\b(?! (?:pods?|po)\b)|"
        # "jobs with more failed pods than succeeded": two of its counts compared, no state
        counts = r"(?:failed|succeeded|active)"
        compared = rf"\b(?:more|fewer|less)\s+{counts}\b(?:\s+pods?)?\s+than\b|\bthan\s+{counts}\b"
        compared = rx.search(compared, text)
        if compared:
            pass
        elif rx.search(failed + r"(?:backoff|back-off) ?limit (?:exceeded|hit|reached)|"
                       r"(?:hit|reached|exceeded) (?:the |their |its )?(?:backoff|back-off) ?limit", text):
            add("status = 'Failed'", "failed")
        not_done = r"(?:\bnot|n't|\bnever) (?:yet )?(?:finished|done|completed?)\b|\bunfinished\b"
        unfinished = rx.search(not_done, text)
        if unfinished:  # "ml jobs not finished yet": the ones still running
            add("status = 'Running'", "not finished")
        elif rx.search(r"\b(completed|succeeded|complete|finished|successful(ly)?)\b", text) and not (
            rx.search(r"\d+ (?:successful )?completions?\b", text)  # "more than 1 successful completion"
            or rx.search(r"\d+ succeeded\b|\bsucceeded\s*(?:[<>=]|is|of|more|less|fewer|over|under|at)", text)
            or compared
        ):
            add("status = 'Complete'", "completed")
        if rx.search(r"\bsuspended\b", text):
            add("status = 'Suspended'", "suspended")
        # a job that never retries gives up at its first failed pod
        if rx.search(r"\bnever retr\w*|\bno retries\b|\bwithout retr\w*|(?:\bnot|n't) retry\b", text):
            add("backoff_limit = 0", "no retries")
        if rx.search(
            r"\b(?:more than (?:one|1)|multiple|several|>\s*1)\s+(?:pods?\s+)?"
            r"(?:in parallel|at once|concurrently)",
            text,
        ):
            add("parallelism > 1", "pods in parallel")  # "jobs that run more than one pod in parallel"
        long_running = rx.search(r"longest|long[- ]running|running for|duration", text)
        live = r"\b(?:still running|active|in progress|running)"
        # "running jobs with their duration": those jobs, their duration shown
        said_before = rx.search(rf"(?<!longest )(?<!long-)(?<!long ){live}\s+(?:jobs?|ones)\b", text)
        if rx.search(live + r"\b", text) and (not long_running or said_before):
            add("status = 'Running'", "running")
    elif t == "rolebindings":
        if rx.search(r"\bcluster ?roles?\b", text):
            add("role_kind = 'ClusterRole'", "bound to a ClusterRole")
    elif t == "horizontalpodautoscalers":
        if rx.search(
            r"maxed|at (their |its |the )?max|at max(imum)? replicas|can'?t scale (up|further)|"
            r"\bat 100 ?(?:%|percent) of (?:their |its |the )?max",
            text,
        ):
            add("current_replicas >= max_replicas", "at their maximum")
        elif rx.search(
            r"\bat (?:their |its |the )?min(?:imum)?(?: ?replicas?| replica count| size)?\b", text
        ):
            add("current_replicas <= min_replicas", "at their minimum")  # scaled all the way down
        if rx.search(r"\b(?:can'?t|cannot|unable to|not able to) scale\b(?! (?:up|further))", text):
            add("NOT able_to_scale", "unable to scale")  # the AbleToScale condition is False
        cannot = r"\b(?:can'?t|cannot|unable to|not able to|couldn'?t|fail\w* to) (?:get|fetch|compute|read|"
        cannot += r"retrieve|reach)\b[\w ]{0,30}\bmetrics\b|\bnot scaling active\b|"
        cannot += r"\bscaling (?:is )?(?:not |in)active\b"
        if rx.search(cannot, text) and t == "horizontalpodautoscalers":
            add("NOT scaling_active", "cannot compute metrics")  # the ScalingActive condition is False
    elif t == "poddisruptionbudgets":
        if rx.search(r"block\w* (a |any )?(node )?drain|no disruptions|zero disruptions|0 disruptions", text):
            add("disruptions_allowed = 0", "allowing no disruptions")
    elif t == "persistentvolumes":
        unbound = rx.search(r"\bunbound|not (?:yet )?bound|(?:aren|isn)'?t (?:yet )?bound", text)
        free = rx.search(r"unclaimed|not (?:yet )?claimed|(?:aren|isn)'?t claimed|\bavailable|\bfree\b", text)
        if unbound and (not free or rx.search(r"\breleased\b|\bfailed\b", text)):
            add("status <> 'Bound'", "not bound")  # Available, Released or Failed: bound to no claim now
        elif unbound or free:  # "unbound pv (STATUS Available)": free for a new claim
            add("status = 'Available'", "available")
        elif rx.search(r"\bclaimed\b", text):
            add("status = 'Bound'", "claimed")
        elif rx.search(r"\breleased\b", text):
            add("status = 'Released'", "released")
    elif t == "cronjobs":
        if rx.search(r"suspended|paused|disabled", text):
            if rx.search(_NOT_BEFORE + r"(?:suspended|paused|disabled)\b", text):
                add("NOT suspend", "not suspended")
            else:
                add("suspend", "suspended")
        never_ok = r"\bnever (?:been )?(?:run|ran|scheduled|triggered|fired|started|completed|finished)\b"
        never_ok += r".*\b(?:successfully|success|ok|fine|cleanly)\b|\bnever (?:had|got) (?:a )?successful\b"
        if rx.search(never_ok, text):
            add("last_successful IS NULL", "never succeeded")  # "never ran successfully": no run succeeded
        elif rx.search(r"\bnever (?:been )?(?:run|ran|scheduled|triggered|fired|started)\b", text):
            add("last_schedule IS NULL", "never scheduled")  # no job started yet
    elif t == "persistentvolumeclaims":
        if rx.search(r"\bvs\b|versus", text):
            pass
        elif rx.search(
            r"pending|unbound|not bound|"
            r"waiting (?:for|on) (?:a |an |its |their )?(?:provision\w*|volumes?|binding|storage)"
            r"|not (?:yet )?provisioned|unprovisioned",
            text,
        ):
            add("status = 'Pending'", "pending")
        elif rx.search(r"\bbound\b", text) and not rx.search(r"vs|versus|by status", text):
            add("status = 'Bound'", "bound")
        if rx.search(r"\blost\b", text):
            add("status = 'Lost'", "lost")
        if rx.search(r"status", text):
            p.extra.append("status")
    elif t == "services":
        said = {}  # each type named, first said first: "of type ClusterIP or NodePort" is either
        for word, value in (
            ("nodeport", "NodePort"),
            ("node port", "NodePort"),
            ("loadbalancer", "LoadBalancer"),
            ("load balancer", "LoadBalancer"),
            ("clusterip", "ClusterIP"),
            ("externalname", "ExternalName"),
        ):
            if word in text and value not in said:
                said[value] = text.index(word)
        named = sorted(said, key=said.get)
        if named:
            # "services that aren't NodePort", "not of type LoadBalancer": every other type
            away = r"(?:\bnot|\bnon-?|n't|\bexcept|\bother than)\s*"
            away += r"(?:(?:use|using|of|an?|the|type)\s+)*$"
            negated = rx.search(away, text[: said[named[0]]])
            between = text[said[named[0]] : said[named[-1]]]
            either = len(named) > 1 and rx.search(r"\bor\b|,|\bin\s*\(", between)
            versus = len(named) > 1 and rx.search(r"\bvs\.?|\bversus\b|\bcompared (?:to|with)\b", between)
            if versus and not negated:  # "LoadBalancer vs NodePort": each type, side by side
                add(f"type IN ({', '.join(map(quote, named))})", "|".join(named))
                p.listed = "type"  # counted per type
            elif either:
                listed = ", ".join(map(quote, named))
                add(f"type {'NOT IN' if negated else 'IN'} ({listed})", " or ".join(named))
            else:
                value = named[0]
                add(f"type {'<>' if negated else '='} {quote(value)}", ("not " if negated else "") + value)
        if rx.search(r"\bpending\b|\bno (?:external )?ip (?:yet|assigned)\b", text) and not rx.search(
            r"\bexternal ?ips?\b|\bpods?\b", text
        ):  # "load balancer svc stuck pending": its address not yet given, as kubectl shows it
            add("external_ip = '<pending>'", "pending")
        outside = r"\bexposed (?:externally|outside|to the (?:internet|outside))|\b(?:externally|publicly) "
        outside += r"(?:exposed|reachable|accessible)|"
        outside += r"\b(?:reachable|accessible|reached|accessed) from (?:the )?outside|"
        outside += r"\bpublic services?\b|\binternet[- ]facing\b"
        if not any(c.startswith("type ") for c in p.conds) and rx.search(outside, text):
            add("type IN ('LoadBalancer', 'NodePort')", "exposed outside the cluster")
        if rx.search(r"\b(?:not|non-?|aren'?t|isn'?t) ?headless|\bwith an? (?:real )?cluster ?ip\b", text):
            add("NOT headless", "not headless")  # a headless service has no cluster IP
        elif rx.search(r"headless", text):
            add("headless", "headless")
    elif t == "events":
        away = r"\b(?:not|except|but|aren'?t|isn'?t|are not|is not)\s+(?:the\s+|any\s+)?"
        if rx.search(rf"\bnon-?warnings?\b|{away}warnings?\b", text):
            add("type <> 'Warning'", "not warnings")
        elif rx.search(rf"{away}normal\b", text):  # "all events but the normal ones"
            add("type <> 'Normal'", "not normal")
        elif (
            rx.search(r"\bwarnings?\b|type=warning", text) and not rx.search(r"\bnormal\b", text)
        ) or (  # "problems in team-a (events)", "error events": what is reported as a warning
            rx.search(
                r"\b(?:problems?|issues?|troubles?|wrong)\b|\berror (?:events?|ev)\b|"
                r"\b(?:worry|worried|care) about\b|\b(?:worrying|concerning|alarming|suspicious)\b|"
                r"\bcomplain(?:ing|s|ed)?\b(?! about)",
                text,
            )
            and not any(c.startswith(("reason", "type")) for c in p.conds)
        ):
            add("type = 'Warning'", "warnings")
        # "repeated more than 50 times", "repeated events (count > 5)": a number of repeats said
        counted = rx.search(
            r"\d+\s*(?:x|times)\b|\btimes\b|\bcount\s*(?:[<>=]|(?:is |of )?"
            r"(?:greater|more|over|above|at least|less|fewer|under|below|bigger|higher)\b)",
            text,
        )
        if rx.search(r"\b(?:more than|over) once\b|\bmultiple times\b|\bseveral times\b", text):
            add("count > 1", "repeated")  # "events that happened more than once"
        elif rx.search(
            r"\b(?:exactly|only|just)\s+(?:(?:happened|fired|occurred|been seen|seen)\s+)?once\b"
            r"|\b(?:not|never) repeated\b|\bnon-?repeat",
            text,
        ):
            add("count = 1", "seen once")  # "events seen only once", "that repeated exactly once"
        elif rx.search(r"\b(?:repeated|recurring|repeating)\b", text) and not counted:
            add("count > 1", "repeated")  # an event seen more than once
        # the scheduler names what no node had enough of: "0/7 nodes are available: 3 Insufficient cpu"
        res = r"(cpus?|mem\w*|ram|gpus?|nvidia\.com/gpu|ephemeral[- ]storage)"
        lack = r"(?:\binsufficient|(?:\bnot|n't) enough|\btoo little|\black of|\bshort of)"
        short = rx.search(rf"{lack}\s+(?:free\s+)?{res}\b", text)
        if short:
            word = short.group(1)
            resource = (
                "memory" if rx.match(r"mem|ram", word) else "cpu" if word.startswith("cpu")
                else "ephemeral-storage" if word.startswith("eph") else "nvidia.com/gpu"
            )
            add(f"message LIKE '%Insufficient {resource}%'", f"insufficient {resource}")
        reason = None
        if any(c.startswith(("reason =", "reason IN")) for c in p.conds):
            said = [x for x in p.conds if x.startswith("reason = ")]
            both = _joined_reasons(text, said[0].split("'")[1]) if len(said) == 1 else []
            if len(both) > 1:  # "OOMKilling or Evicted events": the long one read already, the other with it
                p.conds.remove(said[0])
                add(f"reason IN ({', '.join(map(quote, both))})", "reasons " + " or ".join(both))
            return True
        # kubelet reports every failed probe as Unhealthy, naming the probe: "Liveness probe failed: …"
        probe = rx.search(r"\b(liveness|readiness|startup)(?: probes?| checks?)?\b|\bprobes?\b", text)
        if probe and "Unhealthy" not in " ".join(p.conds):
            add("reason = 'Unhealthy'", "reason Unhealthy")
            kinds = set(rx.findall(r"\b(liveness|readiness|startup)\b", text))
            if probe.group(1) and len(kinds) == 1:  # "liveness or readiness probe failures": either
                which = probe.group(1).capitalize()
                add(f"message LIKE '{which} probe failed%'", f"{probe.group(1)} probe")
            return True
        # The kubelet reports image pulls as Pulling and Pulled, their failures as Failed and BackOff events
        # whose messages say so ("Failed to pull image", "Error: ErrImagePull", "Back-off pulling image"):
        # no event's reason is ErrImagePull or ImagePullBackOff
        pulls = (
            r"image ?pull(?! ?polic)|errimagepull|\bpull(?:s|ing)? (?:the |their )?images?\b|"
            r"\bpull (?:err|fail)\w*"
        )
        # "events that mention ErrImagePull": the text searched for as said, read with the mention
        said = r"\b(?:mention\w*|contain\w*|say(?:s|ing)?)\s+['\"]?"
        quoted = rx.search(said + r"(?:errimagepull|imagepullbackoff)", text)
        if (
            rx.search(pulls, text)
            and not rx.search(r"\b(?:pulling|pulled) (?:events?|ev)\b", text)
            and not quoted
        ):
            failed = r"errimagepull|backoff|back-off|\berr\w*|\bfail\w*|can'?t|cannot|\bwarnings?\b"
            failures = r"\bfail(?:ed|ures?|s|ing)?\b"
            backoffs = r"back-?offs?|back off|\bwarnings?\b|\berr"
            if rx.search(r"\bfailed (?:events?|ev)\b", text) or (
                rx.search(failures, text) and not rx.search(backoffs, text)
            ):  # "(sum of Failed event counts)", "image pull failures in the events": that reason
                add("reason = 'Failed'", "reason Failed")
            elif rx.search(failed, text) and not any(c.startswith("type ") for c in p.conds):
                add("reason IN ('Failed', 'BackOff')", "image pull failures")
            else:
                add("reason IN ('Pulling', 'Pulled', 'Failed', 'BackOff')", "the kubelet's image events")
            add("message ILIKE '%pull%'", "about image pulls")
            return True
        for r in lx.EVENT_REASONS:
            # ("their backoff limit" is a job's BackoffLimitExceeded, read from the words below)
            m = rx.search(r"\b" + r.lower() + r"\b(?![ -]limit)", text)
            # "pods that can't be scheduled": not Scheduled, the failures are read from the words later
            before = text[: m.start()] if m else ""
            negated = rx.search(r"\b(?:not|never|cannot|\w+n'?t)\s+(?:be\s+|been\s+|get\s+)?$", before)
            if m and r == "Failed" and set(reasons.named(text, lx.EVENT_REASONS)) - {"Failed"}:
                continue  # "failed mount events" name FailedMount, read from the words later, not Failed
            if m and not negated:
                reason = r
                # "which statefulsets created pods?": a controller's SuccessfulCreate, not a container Created
                made = r"\bcreated\s+(?:the\s+|its\s+|their\s+|any\s+)?(?:pods?|po|jobs?)\b"
                if r == "Created" and rx.search(made, text):
                    reason = "SuccessfulCreate"
                # "which jobs failed according to events?": a job's failure is its BackoffLimitExceeded
                failed_jobs = (
                    r"\bjobs?\s+(?:that\s+|which\s+)?(?:have\s+|has\s+)?failed\b|\bfailed\s+(?:cron\s*)?jobs?\b"
                )
                if r == "Failed" and rx.search(failed_jobs, text):
                    reason = "BackoffLimitExceeded"
                break
        if reason is None:
            for phrase, r in lx.EVENT_REASON_PHRASES.items():
                # "rescaling events" are no "scaling events"
                if rx.search(r"(?<![a-z])" + rx.escape(phrase), text):
                    reason = r
                    break
        if reason:
            both = _joined_reasons(text, reason)  # "BackOff or Failed events"
            if len(both) > 1:
                add(f"reason IN ({', '.join(map(quote, both))})", "reasons " + " or ".join(both))
            else:
                add(f"reason = {quote(reason)}", f"reason {reason}")
            resource = _evicted_for(text) if reason == "Evicted" else None
            if resource:  # "Evicted events caused by low memory"
                add(f"message LIKE '%low on resource: {resource}%'", f"evicted for {resource}")
    elif t == "endpointslices":
        unready = r"\b(?:not[- ]ready|unready) endpoints?\b|\bendpoints? (?:that )?(?:aren'?t|are not) ready"
        if rx.search(unready, text):
            add("ready_count < endpoint_count", "endpoints not ready")
    elif t == "customresourcedefinitions":
        if rx.search(r"\bcluster[- ]scoped\b", text):  # "namespaced" is a value the slots read
            add("scope = 'Cluster'", "cluster-scoped")
    elif t == "endpoints":
        if rx.search(r"\b(?:no|without|w/o|zero|0)\s+(?:any\s+)?(?:ip\s+)?(?:addresses|addrs?|ips)\b", text):
            add("ready_address_count = 0 AND not_ready_address_count = 0", "no address")  # ready or not
        elif rx.search(
            r"\b(?:all|only|every|each)\b(?:\s+(?:of\s+)?(?:their|its|the|whose)?\s*(?:endpoints?|addresses|addrs?))?"
            r"\s+(?:(?:are|is)\s+)?(?:not[- ]ready|unready)\b|"
            r"\bnone (?:of (?:them|its|their) \w+ )?(?:are|is) ready\b",
            text,
        ):  # "services whose endpoints are all not ready": some addresses, none of them ready
            add("ready_address_count = 0 AND not_ready_address_count > 0", "only addresses not ready")
        elif rx.search(r"\b(no|without|zero|0)\s+(?:any\s+)?ready\b|\bnothing (?:is )?ready\b", text):
            add("ready_address_count = 0", "no ready address")
        elif rx.search(r"\bnot[- ]ready\b|\bunready\b", text):
            add("not_ready_address_count > 0", "addresses not ready")
    elif t == "networkpolicies":
        # a policy that restricts a direction lists it among its policyTypes
        directions = (("Egress", r"egress|outbound|outgoing"), ("Ingress", r"inbound|incoming"))
        for direction, words in directions:
            # "deny every incoming connection": a default-deny policy for that direction
            column = f"denies_all_{direction.lower()}"
            refuse = r"\b(?:den(?:y|ies|ying)|block\w*|drop\w*|reject\w*)\s+(?:all|every|any)\s+"
            denies = rf"{refuse}(?:{words}|{direction})"
            if rx.search(denies, text) and column not in " ".join(c):
                add(column, f"deny all {direction.lower()}")
                continue
            said = rf"\b(?:restrict|control|limit|govern|polic\w* ?type)\w*\W+(?:\w+ )?(?:{words})\b"
            if rx.search(said, text):
                add(f"list_contains(policy_types, {quote(direction)})", direction)
        joined = " ".join(c)
        undirected = rx.search(r"\bdefault[- ]deny\b(?![- ](?:all[- ])?(?:ingress|egress))", text)
        if undirected and "denies_all" not in joined:
            # "a default-deny policy", no direction said: one that denies all of either
            add("(denies_all_ingress OR denies_all_egress)", "default deny")
    elif t == "storageclasses":  # volumes bound at once, or when the first pod uses them
        if rx.search(r"\bimmediately\b", text):
            add("volume_binding_mode = 'Immediate'", "binding immediately")
    elif t == "namespaces":
        if rx.search(r"terminating|being deleted", text):
            add("deleting", "terminating")
        elif rx.search(r"\bactive\s+(?:namespaces?|ns)\b|\b(?:is|are)(?:n't| not)?\s+active\b", text):
            add("status = 'Active'", "active")  # ("aren't active": negation.py keeps the "not")
    elif t == "secrets":
        for words, kind in SECRET_TYPES:
            m = rx.search(words, text)
            if m and not rx.search(r"\b(not|no|excl\w*|except|other than)\s+$", text[: m.start()]):
                add(f"type = {quote(kind)}", kind)  # "of type Opaque (not sa tokens)": the one asked for
                break
        if rx.search(r"types?", text) and not any(c.startswith("type") for c in p.conds):
            p.extra.append("type")
    return True


# Pod STATUS values kubectl shows that a cluster may hold none of, read when named ("which pods are in
# CreateContainerConfigError?" has an answer: none)
_KUBECTL_STATUSES = (
    "CreateContainerConfigError", "CreateContainerError", "InvalidImageName", "RunContainerError",
    "ContainerCannotRun", "PodInitializing", "NodeLost", "ImageInspectError", "ErrImageNeverPull",
)
