"""A question told after a story: "just got paged, error rate is up. which pods in this namespace are
unhealthy?". The story explains why the asker asks; the last sentence asks. Read whole, the story's
words (paged, error rate, flapping, put, log) turn into filters or refusals the asker never meant, so
the offline translator also reads the question alone, when it stands alone: it points back at nothing
in the story (no "it", "them", "those") and the story names no object of the cluster it would need.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kubequery.translate import rx

# where a sentence ends: ". ", "? ", "! " (not "m5.4xlarge" or "erin@acme.io"), a dash between spaces
# after six words or a teller ("the site is down for our users - can you list …", not "-n x"), a comma
# before a request ("…, can you list"), or a colon after a story of four words or more ("so i'm curious:
# what are …", not "po x -n checkout: …")
_END = (
    r"(?<=[a-z0-9)'\"])[.?!]+\s+(?=\S)|(?<=[a-z0-9)])\s*:\s+(?=\S)|(?<=[a-z0-9)'])\s+[-\u2013\u2014]+\s+(?=\S)"
    r"|(?<=[a-z0-9)']),\s+(?=(?:can|could|would) you\b|please\b|pls\b)"
    # or a comma after a story someone tells, before a question ("we lost a node earlier, which services …")
    r"|(?<=[a-z0-9)']),\s+(?=(?:which|what|how many|are there|is there|are any|is any)\b)"
)
# why the asker asks, said after the question: "… so i can check them", "… so i know what's affected"
_PURPOSE = r",?\s+so (?:that )?(?:i|we) (?:can|could|know|understand|see|find out)\b.*$"
# a story before a colon is told by someone ("so i'm curious: …")
_TELLER = r"\b(?:i|we|my|our|us|i'm|im|we're|i've|we've|i'd|me)\b"
# words that point back at something the story said
_POINTS_BACK = (
    r"\b(?:it|its|it's|them|they|they're|their|theirs|those|these|he|she|his|her|ones?|same|both|such|"
    r"th(?:at|is|ose|ese) (?:one|node|pod|service|svc|job|deploy(?:ment)?|claim|pvc|volume|hpa|ingress|"
    r"statefulset|sts|daemonset|ds|container|image|secret|configmap|cronjob|workload|app|team)s?)\b|"
    r"(?<!\bare )(?<!\bis )(?<!\bwere )(?<!\bwas )(?<!\bover )(?<!n't )(?<!\bnot )"
    r"\bthere\b(?! (?:are|is|any)\b)|"
    r"\b(?:of|for) each\W*$"  # "normal vs warning: how many events of each?": each of what the story said
)
_KIND = (
    r"(?:pod|node|service|svc|job|cronjob|deploy(?:ment)?|claim|pvc|pv|volume|hpa|autoscaler|ingress|"
    r"statefulset|sts|daemonset|ds|container|image|secret|configmap|namespace|ns|event|replicaset|rs|binding|"
    r"role|quota)"
)
# a change the teller is about to make ("i need to drain worker-3, …"): a story that stays declined
_CHANGING = r"\b(?:drain|scale|delete|restart|cordon|evict|kill|patch|roll ?back|upgrade|remove)\w*\b"
_PLURAL = {"them", "they", "they're", "their", "theirs", "those", "these", "ones", "both"}


def _points_back(asked: str, pronoun: re.Match[str]) -> bool:
    """Whether a pronoun points back at the story, not at a kind the question itself said before it
    ("which pods … and what state are they in?", "for every pod …, which deployment owns it?")."""
    word = pronoun.group(0).split()[0]
    if word not in ("it", "its", "it's", "ones", "one", *_PLURAL):
        return True
    before = asked[: pronoun.start()]
    if word in ("ones", "one"):
        return not rx.search(rf"\b{_KIND}(?:e?s)?\b", before)
    if word in _PLURAL:
        return not rx.search(rf"\b{_KIND}(?:e?s)\b", before)
    # "is any of our autoscalers pinned at its max?": its own, one of those the question names
    some = r"\b(?:each|every|a|an|the|one|any)(?: of (?:our|the|my|these|those))? (?:\S+ )?"
    return not rx.search(rf"{some}{_KIND}e?s?\b", before)


# a node the story tells of by its state: "one of our nodes just went NotReady", "someone cordoned a node"
_NODE_TOLD = (
    r"\b(?:a|one|some|several|a few|two|three|one of (?:our|the|my))(?: \w+)? "
    r"(?:nodes?|workers?|machines?|hosts?) "
    r"(?:just |has |had |have |suddenly )?(?:went|gone|is|was|were|got|turned|became|has been|have been) "
    r"(not ?ready|cordoned|unschedulable)\b|\bcordoned (?:a|one|the) (node)\b|"
    # or by its name: "worker-7 went NotReady a few minutes ago"
    r"^(?:node )?([a-z][a-z0-9\-]*\d[a-z0-9\-]*) (?:just |has |had |suddenly )?(?:went|gone|is|was|got|"
    r"turned|became|has been) (?:not ?ready|cordoned|unschedulable)\b"
)
# a zone the story names: "AWS says us-east-1b is having network trouble"
_ZONE_TOLD = r"\b([a-z]{2}(?:-[a-z]+)+-\d[a-z])\b"
# a host the story names: "customers say shop.example.com is slow"
_HOST_TOLD = r"\b([a-z0-9][a-z0-9\-]*(?:\.[a-z0-9\-]+)*\.[a-z]{2,})\b"


def _node_said(
    story: str, asked: str, nodes: frozenset[str] = frozenset(), pods: frozenset[str] = frozenset()
) -> str | None:
    """The question with "on it" read as the node the story told of ("… went NotReady. which pods are on
    it?" is "which pods are on the notready node?"), "in that zone" and "that host" as the zone or host it
    named, when that is all it points back at."""
    told = rx.search(_NODE_TOLD, story)
    zone = rx.search(_ZONE_TOLD, story)
    resolved = asked
    if zone is not None:  # "… which of our payments pods are in that zone?": in the zone told of
        that_zone = r"\b(?:in|on) (?:that|this|the same) (?:zone|az|availability zone)\b"
        resolved = rx.sub(that_zone, f"in {zone.group(1)}", resolved)
    host = rx.search(_HOST_TOLD, story)
    if host is not None:  # "… what pods are behind that host?": behind the host told of
        that_host = r"\b(?:that|this|the same) (?:host|hostname|domain|url|site)\b"
        resolved = rx.sub(that_host, f"host {host.group(1)}", resolved)
    named = [w for w in rx.findall(r"[a-z0-9][a-z0-9.\-]*[a-z0-9]", story) if w in nodes]
    if told is None and len(set(named)) == 1:  # "worker-4 looks flaky. what events has that node got?"
        resolved = rx.sub(r"\bthat node\b", f"node {named[0]}", resolved)
        resolved = rx.sub(r"\b(?:on|from) (?:it|that one)\b", f"on {named[0]}", resolved)
    pod = {w for w in rx.findall(r"[a-z0-9][a-z0-9.\-]*[a-z0-9]", story) if w in pods}
    if len(pod) == 1:  # "pod x in team-b keeps restarting. which deployment owns it?": that pod
        resolved = rx.sub(r"(?<=\w )(?:it|that pod)\b(?!')", f"pod {pod.pop()}", resolved)
    if told is not None:
        node = f"{told.group(3)}" if told.group(3) else "the {} node".format(
            "cordoned" if told.group(2) else told.group(1).replace(" ", "")
        )
        them = r"|them|those nodes|those ones" if not told.group(3) else ""  # "some nodes got cordoned …"
        resolved = rx.sub(rf"\b(?:on|from) (?:it|that node|that one{them})\b", f"on {node}", resolved)
        # "… went NotReady. which services had pods running there?": on it
        resolved = rx.sub(r"\b(?<=running )there\b|\b(?<=pods )there\b", f"on {node}", resolved)
    if resolved == asked or any(_points_back(resolved, m) for m in rx.finditer(_POINTS_BACK, resolved)):
        return None
    return resolved


# an ask opens as a question or a request does
_ASKS = (
    r"(?:which|what|what's|whats|how|when|are|is|any|do|does|did|show|list|give|can|could|where|who|find|get|"
    r"tell|count|break down|i need|i want|i'd like|need|want|pls|please|for (?:each|every|all))\b"
)
# a namespace the story names as one ("in team-b", "-n team-b", "the team-b namespace")
_NAMESPACE_SAID = (
    r"\b(?:in|-n|namespace|ns) (?:the )?([a-z0-9][a-z0-9\-]*)\b|\b([a-z0-9][a-z0-9\-]*) (?:namespace|ns)\b"
)
_ASK_NAMES_NAMESPACE = (
    r"\b(?:in|-n|namespace|ns|across|all|every)\b|-a\b|--all-namespaces|\bhere\b|\bmy\b|\bour\b"
)
# a request to change something, made to kubequery in the story ("please restart x. which …?")
_ORDERED = (
    r"^(?:kindly|go|let'?s|now|ok|okay|then|just)\b|\b(?:can|could|would|will) you\b|\bfor me\b|\bplease\b|"
    r"\bpls\b|^(?:delete|remove|restart|scale|drain|cordon|uncordon|kill|evict|patch|apply|edit|roll ?back|"
    r"bump|set|create|deploy|redeploy|stop|start|rerun|re-run|trigger|label|annotate|taint|expose|run|add|"
    r"change|update|upgrade|increase|decrease|raise|lower|give|grant|revoke|suspend|resume|clean|purge|wipe|"
    r"reset|rotate|move|put|make)\b"
)


@dataclass(frozen=True)
class Told:
    story: str
    question: str
    pod: str | None = None  # the pod the story named, which the question points back at


def split(
    question: str, nodes: frozenset[str] = frozenset(), pods: frozenset[str] = frozenset()
) -> Told | None:
    """The story and the question told after it, when the question stands alone (or points back only at
    a node, pod or place the story named, one of `nodes` or `pods` or a node told by its state); else None."""
    text = question.strip()
    ends = list(rx.finditer(_END, text))
    for end in reversed(ends):
        story, asked = text[: end.start()].strip(), text[end.end() :].strip()
        dashed = rx.search(r"[-\u2013\u2014]", end.group(0))
        # (a namespace named is a place, not the subject: "an inventory for the data namespace - what …")
        subject = len(story.split()) < 6 or rx.search(rf"\b(?!namespace|ns\b){_KIND}s?\b", story)
        # (a story of what the asker is doing: "doing a chargeback audit - …"; not a change the asker is about
        # to make: "need to drain a node soon - …" stays declined)
        doing = rx.match(r"(?:doing|running|prepping|preparing|planning|working on|cleaning up)\b", story)
        if dashed and subject and not rx.search(_TELLER, story) and not doing:
            # "image pulls failing somewhere - which pods?", "ml deployments with pods stuck pending - count
            # per deploy": the subject, not a story
            continue
        if rx.match(r",\s+(?!(?:can|could|would) you\b|please\b|pls\b)", text[end.start() :]) and not (
            rx.match(rf"{_TELLER}", story) and len(story.split()) >= 4 and not rx.search(_CHANGING, story)
            and not rx.search(rf"\b{_KIND}s?\b", story)  # ("… every container that exposes 8080, which ones")
        ):
            continue  # "pods in payments, which are crashlooping?": one question, no story told before it
        asked = rx.sub(_PURPOSE, "", asked) or asked
        if asked.startswith("("):  # "… create them? (FailedCreate events in monitoring)": a note, not an ask
            continue
        if not rx.match(_ASKS, asked) or len(asked.split()) < 3:
            continue
        # a short lead-in naming no kind, then a whole question: "on-call handover: what are the three …"
        said = rf"\b{_KIND}s?\b|\bpdbs?\b|\bhere\b|[\-/]n\b"  # a kind or a place: the subject, not a story
        lead_in = len(story.split()) >= 2 and not rx.search(said, story) and rx.match(
            r"(?:what|which|how|who|where|are|is|do|does|any|show|list|give|count)\b", asked
        )
        if ":" in end.group(0) and not lead_in and (len(story.split()) < 4 or not rx.search(_TELLER, story)):
            return None  # "role bindings that grant a ClusterRole: which role?": the subject, not a story
        if "?" in end.group(0):  # "what happened in payments? show object, reason and message": one question
            return None
        resolved = _node_said(story, asked, nodes, pods)
        if resolved:  # "… went NotReady. which deployments have a pod on it?": on that node
            return Told(story, resolved)
        if rx.search(_NAMESPACE_SAID, story):  # "… for the data namespace - what images are running there?"
            asked = rx.sub(r"\s+(?:in |over )?there\b(?! (?:are|is|any)\b)", "", asked)
        kinds = rx.findall(rf"\b({_KIND}s?)\b", story)
        if kinds and rx.match(r"(?:which|what) ones?\b", asked):  # "… which hpa can absorb most? which one …"
            asked = rx.sub(r"^(which|what) ones?\b", rf"\1 {kinds[-1]}", asked)
        if any(_points_back(asked, m) for m in rx.finditer(_POINTS_BACK, asked)):
            return None
        return Told(story, asked)
    return None


def object_pointed_back(question: str, objects: dict[str, str]) -> Told | None:
    """ "the cassandra statefulset in team-b never gets healthy. what warnings are its pods getting?", "mysql
    in team-b has been broken … when was its first warning event?": the question asked of the one object
    the story names (`objects`: a workload's or a pod's name to its kind), its pods those of the workload."""
    ends = [m for m in rx.finditer(_END, question.strip()) if rx.match(r"[.?!]", m.group(0))]
    if not ends:  # (a subject before a colon or a dash is read whole: "cassandra sts: which of its pods …")
        return None
    story, asked = question[: ends[-1].start()].strip(), question[ends[-1].end() :].strip()
    named = {w for w in rx.findall(r"[a-z0-9][a-z0-9\-]*[a-z0-9]", story) if w in objects}
    if len(named) != 1:
        return None
    name = named.pop()
    kind = objects[name]
    pods = rx.search(r"\b(?:its|their) (?:pods|po)\b", asked)
    if pods and kind != "pod":
        return Told(story, asked[: pods.start()] + f"the pods of {kind} {name}" + asked[pods.end() :])
    its = rx.search(r"\bits (?=[a-z])", asked)
    if its and kind == "pod" and len(rx.findall(_POINTS_BACK, asked)) == 1:
        return Told(story, asked[: its.start()] + f"{kind} {name}'s " + asked[its.end() :], pod=name)
    return None


def namespace_named(story: str, asked: str, namespaces: frozenset[str]) -> str | None:
    """The namespace the story names, when the question names none."""
    if rx.search(_ASK_NAMES_NAMESPACE, asked):
        return None
    for m in rx.finditer(_NAMESPACE_SAID, story):
        name = m.group(1) or m.group(2)
        if name in namespaces:
            return name
    return None


def ordered_change(story: str) -> bool:
    """Whether the story asks kubequery itself to do something ("please scale x up. then …")."""
    return bool(rx.search(_ORDERED, story))
