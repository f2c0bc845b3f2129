"""Mending misspelt words ("deploymnets", "crashloping", "namspace") before a question is read.

Only words the translator knows can be the result: kinds and their short names, the catalog's
column words, state and question words. A word is replaced only when it is unknown, long
enough to be a misspelling rather than a different short word, and close to exactly one
known word; names (with digits, dashes or dots) and the cluster's own names are left alone.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from functools import lru_cache

from kubequery.translate import lexicon as lx
from kubequery.translate import rx

MIN_LENGTH = 5
CUTOFF = 0.84

# Words questions use that are neither kinds nor columns.
_COMMON = [
    "crashlooping",
    "crashloop",
    "crashloopbackoff",
    "pending",
    "running",
    "evicted",
    "terminating",
    "unschedulable",
    "completed",
    "failed",
    "failing",
    "restarted",
    "restarts",
    "restart",
    "ready",
    "notready",
    "unhealthy",
    "healthy",
    "broken",
    "oomkilled",
    "imagepullbackoff",
    "errimagepull",
    "scheduled",
    "unscheduled",
    "namespace",
    "namespaces",
    "cluster",
    "clusters",
    "deployments",
    "replicas",
    "warnings",
    "warning",
    "events",
    "which",
    "where",
    "what",
    "show",
    "list",
    "count",
    "how",
    "many",
    "most",
    "least",
    "oldest",
    "newest",
    "older",
    "newer",
    "biggest",
    "largest",
    "smallest",
    "highest",
    "lowest",
    "requests",
    "request",
    "requested",
    "limits",
    "limit",
    "memory",
    "allocatable",
    "capacity",
    "storage",
    "volume",
    "volumes",
    "labels",
    "label",
    "selector",
    "selectors",
    "images",
    "image",
    "containers",
    "container",
    "contain",  # an English word, not a misspelt "container"
    "sidecar",
    "sidecars",
    "running",
    "mounted",
    "using",
    "without",
    "missing",
    "orphaned",
    "unused",
    "available",
    "unavailable",
    "suspended",
    "paused",
    "bound",
    "unbound",
    "headless",
    "guaranteed",
    "burstable",
    "besteffort",
    "successful",
    "succeeded",
    "slowest",  # not "lowest"
    "fastest",
    "quickest",
]


class Speller:
    """Mends unknown words toward `targets` (kinds and states) only; `known` words are never touched."""

    def __init__(self, targets: Iterable[str], known: Iterable[str], protected: Iterable[str] = ()) -> None:
        self.targets = tuple(sorted({w for w in targets if w.isalpha() and len(w) >= MIN_LENGTH - 1}))
        self.known = frozenset(known) | frozenset(self.targets)
        self.protected = frozenset(protected)
        # the cluster's names written without their dashes: "worker1", "kubesystem"
        joined: dict[str, set[str]] = {}
        for name in self.protected:
            if "-" in name:
                joined.setdefault(name.replace("-", ""), set()).add(name)
        self.dashless = {k: min(v) for k, v in joined.items() if len(v) == 1 and k not in self.protected}
        # ... or with a space before their number: "worker 3"
        numbered = (n for n in self.protected if rx.fullmatch(r"[a-z][a-z0-9\-]*-\d+", n))
        self.spaced = {n.replace("-", " "): n for n in numbered}

    def _spaced(self, m: re.Match) -> str:
        return self.spaced.get(m.group(0), m.group(0))

    def mend(self, text: str) -> str:
        if self.spaced:
            text = rx.sub(r"(?<![\w\-./])[a-z][a-z0-9\-]* \d+(?![\w\-./])", self._spaced, text)
        text = rx.sub(r"(?<![\w\-./])[a-z0-9]+(?![\w\-./'])", lambda m: self._dashed(m.group(0)), text)
        return rx.sub(r"(?<![\w\-./])[a-z]+(?![\w\-./'])", lambda m: self._word(m.group(0)), text)

    def _dashed(self, word: str) -> str:
        return word if word in self.known else self.dashless.get(word, word)

    def _word(self, word: str) -> str:
        if len(word) < MIN_LENGTH or word in self.known or word in self.protected or word in lx.STOPWORDS:
            return word
        for ending in ("ing", "ed"):  # "runing", "restared": a doubled letter left out
            doubled = word[: -len(ending)] + word[-len(ending) - 1] + ending
            if word.endswith(ending) and doubled in self.targets:
                return doubled
        if self._inflected(word) or self._joined(word):
            return word
        return _closest(word, self.targets) or word

    def _inflected(self, word: str) -> bool:
        """ "schedules", "counted", "labelled": a known word with an ending is not a typo."""
        for ending in ("s", "es", "ed", "d", "ing", "led", "ly", "er", "ers"):
            stem = word[: -len(ending)]
            if word.endswith(ending) and (stem in self.known or stem + "e" in self.known):
                return True
        return False

    def _joined(self, word: str) -> bool:
        """ "maxreplicas", "restartpolicy": known words written together (camelCase lowered)."""
        return any(word[:i] in self.known and word[i:] in self.known for i in range(2, len(word) - 2))


@lru_cache(maxsize=4096)
def _closest(word: str, choices: tuple[str, ...]) -> str | None:
    found = difflib.get_close_matches(word, choices, n=2, cutoff=CUTOFF)
    if not found:
        return None
    best = difflib.SequenceMatcher(None, word, found[0]).ratio()
    if len(found) > 1 and difflib.SequenceMatcher(None, word, found[1]).ratio() >= best:
        return None  # two words as close: guessing would be a coin toss
    return found[0]


def vocabulary(texts: Iterable[str]) -> set[str]:
    """Every word of `texts` (descriptions, example questions, the lexicon): words that are not typos."""
    words: set[str] = set()
    for text in texts:
        words.update(rx.findall(r"[a-z]+", text.lower()))
    return words


def targets(kind_words: Iterable[str]) -> set[str]:
    """What a misspelling may be mended to: kinds and the state and question words of _COMMON."""
    words = set(_COMMON)
    for phrase in kind_words:
        words.update(phrase.split())
    return words
