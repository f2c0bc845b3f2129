"""Event reasons named in plain words: "hpa metric failures" (FailedGetResourceMetric and its
kin), "events about disk pressure" (NodeHasDiskPressure), "replica set create failures"
(FailedCreate). A reason's CamelCase words, stemmed, are matched against the question's."""

from __future__ import annotations

import re
from collections.abc import Iterable

from kubequery.translate import rx

_SUFFIXES = ("ures", "ure", "ings", "ing", "ions", "ion", "ed", "s")
# Words of reasons that say too little on their own ("FailedGetPodsMetric" is not about "pods").
_WEAK = {"pod", "node", "get", "has", "to", "for", "success", "successful", "comput", "sufficient"}
# Words that name a kind, not what happened to it: "replica set events" are no ScalingReplicaSet
_KIND_WORDS = {"replica", "set"}
_FAIL = "fail"
# "can't schedule", "could not be mounted": a verb said not to happen is that verb failing
CANNOT = (
    r"\b(?:can'?t|cannot|could ?n'?t|could not|unable to|won'?t|would ?n'?t|did ?n'?t|did not|"
    r"(?:could|can|did|would) (?:the )?\w+ not)"  # "why could pods not be created"
    r"\s+(?:be\s+|get\s+)?\w"
)


def stem(word: str) -> str:
    word = word.lower()
    while True:  # to the end: "provisioning" and "provision" both come to "provi"
        cut = next((s for s in _SUFFIXES if word.endswith(s) and len(word) - len(s) >= 3), None)
        if cut is None:
            break
        word = word[: -len(cut)]
    return word[:-1] if word.endswith("e") and len(word) > 4 else word


def _words(reason: str) -> set[str]:
    return {stem(w) for w in re.findall(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+", reason)}


def named(text: str, reasons: Iterable[str]) -> list[str]:
    """The reasons whose telling words the question uses: all that match best, or none. Either side
    of an "or" may name its own ("failing to update endpoints or endpoint slices")."""
    reasons = list(reasons)
    found = _named(text, reasons)
    sides = [_named(side, reasons) for side in rx.compiled(r"\s+or\s+").split(text)] if found else []
    if len(sides) > 1 and all(sides):
        found = sorted({r for side in sides for r in side})
    return found


def _named(text: str, reasons: list[str]) -> list[str]:
    # "not-ready pods that have warning events": the pods' readiness, not a NodeNotReady event
    unready = r"\b(?:not[- ]ready|notready|unready|not fully ready)\s+(?=(?:pods?|po|containers?)\b)"
    text = rx.sub(unready, " ", text)
    text = rx.sub(r"\b((?:pods?|po)\s+(?:that|which)\s+(?:are|is)\s*)(?:not\s+|n'?t\s+)ready\b", r"\1", text)
    # "failed pods created today": when they were made, not a FailedCreate
    text = rx.sub(
        r"\b(?:were |was )?created\s+(?=(?:today|yesterday|this|in the|within|since|before|after|over|during|"
        r"last|less|more|under|\d|an? |at |on ))",
        " ",
        text,
    )
    # "sorted by creation time", "by created": an order, not a FailedCreate or Created event
    by_created = r"\b(?:by|on|of)\s+(?:the\s+|their\s+|its\s+)?(?:creation|created)"
    by_created += r"(?:\s+(?:time|timestamp|date))?\b"
    text = rx.sub(by_created, " ", text)
    asked = {stem(w) for w in rx.findall(r"[a-z]+", text)}
    if rx.search(CANNOT, text):
        asked.add(_FAIL)
    weak = _WEAK
    if rx.search(r"\b(?:fail\w*|unable|can'?t|cannot|could ?n'?t)\s+(?:to\s+)?comput", text):
        weak = _WEAK - {"comput"}  # "failed to compute replicas": FailedComputeMetricsReplicas
    scored: dict[str, int] = {}
    for reason in reasons:
        words = _words(reason)
        hit = (words & asked) - weak - _KIND_WORDS
        telling = hit - {_FAIL}
        if not telling or telling == {"no"} and words & asked == {"no"}:
            continue  # "fail" alone names every failure; "no" alone is plain English or nodes ("no worker-4")
        if len(hit) >= 2 or (len(words - weak - _KIND_WORDS) == 1):
            scored[reason] = len(hit)
    best = max(scored.values(), default=0)
    return sorted(r for r, n in scored.items() if n == best)


def names_kind(kind: str, found: list[str]) -> bool:
    """Whether the reasons found all name `kind` as what failed ("FailedToUpdateEndpoint" for
    Endpoints): then the kind is read in the reason, not as what the events are about."""
    words = _words(kind) - _WEAK
    return bool(found and words) and all(words <= _words(r) for r in found)


def failed_to(text: str, found: list[str]) -> list[str]:
    """Of `found`, the reasons about what "failed to …" names: "volumes failed to provision" is
    ProvisioningFailed, not FailedAttachVolume; all of them when none is."""
    verb = rx.search(r"\bfail(?:ed|s)? to (\w+)", text) or rx.search(CANNOT[:-2] + r"(\w+)", text)
    if verb is None:
        return found
    return [r for r in found if stem(verb.group(1)) in _words(r)] or found
