"""Mending misspelt words ("deploymnets", "crashloping", "paymnets") before a question is read.

Only words the translator or the cluster knows can be the result: kinds and their short names,
the words of the catalog, the lexicon and the example bank, and the words of the cluster's own
names and values ("storefront", "kubernetes" in a label key, "failedscheduling"). A word is
replaced only when it is neither one of those nor an English word (pyspellchecker's word list),
is long enough to be a misspelling rather than a different short word, and is one edit away
(two for long words; a swap of neighbours is one edit) from exactly one known word. The parts
of a dashed or dotted name are mended only toward the cluster's words: "checokut-api-secrets".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import cache
from pathlib import Path

from rapidfuzz import process
from rapidfuzz.distance import OSA
from spellchecker import SpellChecker

from kubequery.translate import lexicon as lx
from kubequery.translate import rx

MIN_LENGTH = 5
LONG = 9  # a word this long may be two edits off: "networkunvaailable", "failedscehduling"
# Slips of short words, which the rules leave alone (a short word one edit from another is often meant)
_SHORT_SLIPS = {
    "wats": "whats", "waht": "what", "whta": "what", "hwat": "what", "wich": "which", "whcih": "which",
    "oldr": "older",
    "teh": "the", "hte": "the", "hwo": "how", "mnay": "many", "olny": "only", "onyl": "only",
    "shw": "show", "sho": "show", "shwo": "show", "lsit": "list", "lst": "list", "giv": "give", "pul": "pull",
    # English words, but never meant in a question about a cluster: a letter left out of "warning"
    "waning": "warning", "wanings": "warnings",
    "eror": "error", "erorr": "error", "minuts": "minutes", "ingres": "ingress", "zoen": "zone",
    "zoens": "zones", "redy": "ready", "rdy": "ready", "imgs": "images", "lsat": "last", "jbos": "jobs",
    "netwrok": "network", "polices": "policies", "nod": "node", "nods": "nodes",
    "podz": "pods", "tiems": "times", "hw": "how", "uniq": "unique", "limt": "limit", "limts": "limits",
    "alow": "allow", "unlabled": "unlabeled", "evry": "every", "usng": "using", "totl": "total",
    "restrats": "restarts", "readines": "readiness", "failurs": "failures",
    "provisoning": "provisioning", "provisionig": "provisioning",
    "abt": "about", "restated": "restarted", "servicess": "services", "tpye": "type", "tyep": "type",
    "nmae": "name", "controler": "controller",
    "availabilty": "availability", "availibility": "availability", "availablity": "availability",
    "controlers": "controllers", "existant": "existent",
    "nonexistant": "nonexistent", "wating": "waiting", "clams": "claims",
    # kubectl's CLBO, and the British spelling of an adapter's name
    "clbo": "crashlooping", "adaptor": "adapter", "adaptors": "adapters",
}

# Words questions use that are neither kinds nor columns.
_COMMON = [
    "creds",  # never "crds": "postgres creds" asks for a secret's value
    "cordoned",
    "lacking",
    "mounting",
    "counting",
    "mounts",
    "unschedule",
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
    "younger",
    "youngest",
    "errored",
    "slowest",  # not "lowest"
    "fastest",
    "quickest",
]


# Contractions written without their apostrophe are words, not typos ("arent" is not "parent").
_CONTRACTIONS = frozenset(
    ["arent", "isnt", "dont", "doesnt", "didnt", "wont", "cant", "couldnt", "shouldnt", "wouldnt"]
    + ["hasnt", "havent", "hadnt", "werent", "wasnt", "aint", "thats", "whats", "theres", "wheres"]
    + ["whos", "hows", "youre", "theyre", "weve", "youve", "ive"]
)


class Speller:
    """Mends unknown words toward `targets` and the cluster's words; `known` words are never touched.

    `cluster` gives the words of the cluster's names and values; it is asked only when a
    question holds a word nobody knows, since reading every value costs a query per table.
    """

    def __init__(
        self,
        targets: Iterable[str],
        known: Iterable[str],
        protected: Iterable[str] = (),
        cluster: Callable[[], Iterable[str]] | None = None,
        real: Iterable[str] = (),
    ) -> None:
        self.targets = tuple(sorted({w for w in targets if w.isalpha() and len(w) >= MIN_LENGTH - 1}))
        self.known = frozenset(known) | frozenset(self.targets)
        self.protected = frozenset(protected)
        self.real = frozenset(real)  # words of prose (the catalog's), not fragments of the rules' patterns
        self._cluster = cluster
        self._cluster_words: tuple[str, ...] | None = None
        self._choices: frozenset[str] | None = None  # targets and the cluster's words, joined once
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
        text = rx.sub(r"(?<![\w\-./])[a-z]+(?![\w\-./]|'(?!s\b))", lambda m: self._word(m.group(0)), text)
        dotted = r"(?<![\w\-./])[a-z0-9][\w\-./]*[\-./_][\w\-./]*[a-z0-9]"
        return rx.sub(dotted, lambda m: self._name(m.group(0)), text)

    def _dashed(self, word: str) -> str:
        return word if word in self.known else self.dashless.get(word, word)

    def _unknown(self, word: str) -> bool:
        return len(word) >= MIN_LENGTH and word not in _CONTRACTIONS and self._unheard(word)

    def _unheard(self, word: str) -> bool:
        """Whether no list of words holds it: not the translator's, the cluster's, English or a stopword."""
        return not (
            word in self.known or word in self.protected or word in lx.STOPWORDS or word in _english()
        )

    def _word(self, word: str) -> str:
        if word in _SHORT_SLIPS and word not in self.protected:
            return _SHORT_SLIPS[word]  # too short for the rule below, but never meant as typed
        if len(word) == MIN_LENGTH - 1 and (vowel := self._vowel_left_out(word)):
            return vowel
        if not self._unknown(word):
            return word
        if word.startswith(("un", "non")) and not self._unheard(word.removeprefix("non").removeprefix("un")):
            return word  # "unsuspended": a known word denied, never mended into that word
        for ending in ("ing", "ed"):  # "runing", "restared": a doubled letter left out
            doubled = word[: -len(ending)] + word[-len(ending) - 1] + ending
            if word.endswith(ending) and doubled in self.targets:
                return doubled
            # "exitted", "stoped": a letter doubled that is not, or not doubled that is
            single = word[: -len(ending) - 1] + ending
            twice = word[-len(ending) - 1] == word[-len(ending) - 2]
            if word.endswith(ending) and twice and single in self.targets:
                return single
        # "containres": two neighbours swapped in a known word, before reading it as words run together
        swapped = {word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(len(word) - 1)}
        if len(hit := swapped.intersection(self.targets)) == 1:
            return hit.pop()
        if _ended(word, self.real):  # "restarter", "loadbalancers": the catalog's words with an ending
            return word
        if self.inflected(word) or self.joined(word):
            # (the known words hold fragments of the rules' patterns, "ped", "ory": "peding" is no "ped" with
            # an ending, nor "meory" "me" and "ory", when one of the translator's words is one slip off;
            # "minreplicas", two off "maxreplicas", is two words joined)
            slip = closest(word, self.targets, edits=1)
            if not slip or slip in (f"{word}s", word[:-1]):  # "containerport" is no slip of "containerports"
                return word
        if self._choices is None:
            self._choices = frozenset(self.targets) | frozenset(self.cluster_words())
        if word in self._choices:
            return word
        # tied with a word of the cluster's names only ("evnts": events, or a pod's "qvnts" suffix), the
        # translator's own word is meant
        return closest(word, self._choices) or closest(word, self.targets) or word

    def _vowel_left_out(self, word: str) -> str | None:
        """ "ownr", "limt", "totl": a four-letter word nobody writes, one vowel short of exactly one of the
        translator's five-letter words."""
        if not self._unheard(word):
            return None
        filled = {word[:i] + v + word[i:] for i in range(len(word) + 1) for v in "aeiouy"}
        hits = filled.intersection(self.targets)
        return hits.pop() if len(hits) == 1 else None

    def _name(self, name: str) -> str:
        """A dashed or dotted name the cluster does not hold, its misspelt parts mended:
        "pod-tempalte-hash", "node-role.kuberentes.io/control-plane"."""
        if name in self.protected or not any(self._unknown(w) for w in rx.findall(r"[a-z]+", name)):
            return name
        cluster = self.cluster_words()

        def part(m: re.Match) -> str:
            w = m.group(0)
            return (closest(w, cluster) or w) if self._unknown(w) and w not in cluster else w

        return rx.sub(r"[a-z]+", part, name)

    def cluster_words(self) -> tuple[str, ...]:
        if self._cluster_words is None:
            found = self._cluster() if self._cluster is not None else ()
            self._cluster_words = tuple(sorted({w for w in found if len(w) >= MIN_LENGTH - 1}))
        return self._cluster_words

    def inflected(self, word: str) -> bool:
        """ "schedules", "counted", "labelled": a known word with an ending is not a typo."""
        for ending in ("s", "es", "ed", "d", "ing", "led", "ly", "er", "ers"):
            stem = word[: -len(ending)]
            if ending == "d" and not stem.endswith("e"):
                continue  # "used" is "use" said done; "faild" is no ending of "fail"
            if word.endswith(ending) and (stem in self.known or stem + "e" in self.known):
                return True
        return word.endswith("ies") and word[:-3] + "y" in self.known  # "strategies", "policies"

    def joined(self, word: str, parts: int = 3) -> bool:
        """ "maxreplicas", "restartpolicy", "lastscheduletime": up to three known words written together
        (camelCase lowered)."""
        return any(
            word[:i] in self.known
            # three words only for a field's time: "lastscheduletime" ("statefullsets" stays a typo)
            and (word[i:] in self.known or parts > 2 and word.endswith("time") and self.joined(word[i:], 2))
            for i in range(2, len(word) - 2)
        )


def closest(word: str, choices: Iterable[str], edits: int | None = None) -> str | None:
    """The one choice an edit away from `word` (two for long words, or `edits`); None when none or several."""
    limit = edits if edits is not None else 2 if len(word) >= LONG else 1
    found = process.extract(word, choices, scorer=OSA.distance, score_cutoff=limit, limit=None)
    if not found:
        return None
    best = min(score for _, score, _ in found)
    nearest = {choice for choice, score, _ in found if score == best}
    if len(nearest) > 1:  # "lable": label (two letters swapped) over table and able, the commonest slip
        nearest = {choice for choice in nearest if sorted(choice) == sorted(word)} or nearest
    if len(nearest) > 1:  # "minuts": minutes (a letter left out) over minus and minute
        nearest = {choice for choice in nearest if _left_out(word, choice)} or nearest
    if len(nearest) > 1:  # "faild": failed (a letter left out) over fail, as the word's ending is kept
        nearest = {choice for choice in nearest if choice[-1] == word[-1]} or nearest
    return nearest.pop() if len(nearest) == 1 else None  # two as close: guessing would be a coin toss


def _ended(word: str, words: frozenset[str]) -> bool:
    """Whether `word` is one of `words` with an English ending, spelt as English spells it: "restarter",
    "schedulers", "policies" (not "servics" nor "containes", slips of "services" and "containers")."""
    for ending in ("s", "es", "ed", "d", "ing", "er", "ers", "ly"):
        stem = word[: -len(ending)]
        sibilant = stem.endswith(("s", "x", "z", "ch", "sh", "o"))
        if not word.endswith(ending) or (ending == "es" and not sibilant):
            continue
        if stem in words and (ending != "d" or stem.endswith("e")):
            return True
        if ending in ("ed", "ing", "er", "ers") and stem + "e" in words:  # "scheduling", "scheduler"
            return True
    return word.endswith("ies") and word[:-3] + "y" in words


def _left_out(word: str, choice: str) -> bool:
    """Whether `word` is `choice` with a letter left out (the commonest slip)."""
    if len(choice) != len(word) + 1:
        return False
    return any(choice[:i] + choice[i + 1 :] == word for i in range(len(choice)))


@cache
def _english() -> frozenset[str]:
    """English words (pyspellchecker's list, built from subtitles): a word in it is no typo."""
    return frozenset(SpellChecker(distance=1).word_frequency.dictionary)


@cache
def pattern_words() -> frozenset[str]:
    """The words the translator's own patterns spell out ("busiest", "lacking", "unclaimed"):
    read from the string literals of its modules, so a rule's words are mended toward as soon
    as the rule is written."""
    words: set[str] = set()
    for path in sorted(Path(__file__).parent.glob("*.py")):
        if path.name == "refuse.py":
            continue  # words that decline a question are not words the translator can answer
        # string literals found by one pattern, not the tokenize module: the same words, ten times faster
        # (this runs once per process, before the first question is answered)
        for literal in rx.findall(_LITERAL, path.read_text(encoding="utf-8")):
            if not literal.startswith(('"""', "'''", "#")):  # not docstrings, nor comments
                words.update(rx.findall(r"(?<![\\?])\b[a-z]{3,}\b", literal))
    return frozenset(words - _SHORT_SLIPS.keys())  # the slips listed above are never what a word is mended to


# a docstring, a comment or a one-line string literal, whichever starts first
_LITERAL = r'''"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|#[^\n]*|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*\''''


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
