"""Small lexical retrieval: a tokenizer with a truncation stemmer, and Okapi BM25.

Used twice by the prompt engine: to pick few-shot examples like the question, and to
score tables and columns for schema linking. Lexical on purpose: instant, no model to
ship, and good enough on short, jargon-heavy questions ("crashlooping pods in payments").

>>> terms("Crashlooping pods, cordonned nodes")
['crashl', 'pods', 'cordon', 'nodes']
>>> index = BM25([terms("pods in a namespace"), terms("nodes that are cordoned")])
>>> [i for i, _ in index.top(terms("which nodes are cordoned?"), 1)]
[1]
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence

_WORD = re.compile(r"[a-z0-9]+")
STEM = 6  # keep the first 6 letters: crashlooping ~ crashloopbackoff, cordoned ~ cordonned

STOPWORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "be",
        "by",
        "can",
        "do",
        "does",
        "for",
        "from",
        "have",
        "how",
        "i",
        "in",
        "into",
        "is",
        "it",
        "its",
        "me",
        "my",
        "of",
        "on",
        "or",
        "our",
        "show",
        "that",
        "the",
        "their",
        "them",
        "there",
        "these",
        "they",
        "this",
        "those",
        "to",
        "was",
        "we",
        "what",
        "when",
        "where",
        "which",
        "who",
        "whose",
        "why",
        "will",
        "with",
        "you",
        "your",
        "all",
        "any",
        "list",
        "get",
        "give",
        "tell",
        "please",
        "pls",
    ]
)


def stem(word: str) -> str:
    """A truncation stemmer: crude, but it joins the spellings questions use."""
    return word[:STEM]


def terms(text: str, *, stopwords: bool = True) -> list[str]:
    """Lower-cased, stemmed words of `text`; identifiers are split at `_` and camelCase too."""
    split = re.sub(r"([a-z])([A-Z])", r"\1 \2", text)  # CrashLoopBackOff -> Crash Loop Back Off ...
    words = _WORD.findall(split.replace("_", " ").lower())
    # ... but keep the joined identifier as well, so "crashlooping" matches it either way.
    joined = _WORD.findall(text.lower())
    out = [stem(w) for w in words if not (stopwords and w in STOPWORDS)]
    out += [stem(w) for w in joined if stem(w) not in out and not (stopwords and w in STOPWORDS)]
    return out


class BM25:
    """Okapi BM25 over pre-tokenized documents."""

    def __init__(self, documents: Sequence[Sequence[str]], *, k1: float = 1.2, b: float = 0.75) -> None:
        self.k1, self.b = k1, b
        self.docs = [Counter(d) for d in documents]
        self.lengths = [len(d) for d in documents]
        self.avg = (sum(self.lengths) / len(self.lengths)) if self.lengths else 0.0
        df: Counter[str] = Counter()
        for d in self.docs:
            df.update(d.keys())
        n = len(self.docs)
        self.idf = {t: math.log(1 + (n - f + 0.5) / (f + 0.5)) for t, f in df.items()}

    def score(self, query: Sequence[str], i: int) -> float:
        doc, length = self.docs[i], self.lengths[i]
        total = 0.0
        for t in set(query):
            f = doc.get(t, 0)
            if f:
                norm = self.k1 * (1 - self.b + self.b * length / (self.avg or 1))
                total += self.idf[t] * f * (self.k1 + 1) / (f + norm)
        return total

    def scores(self, query: Sequence[str]) -> list[float]:
        return [self.score(query, i) for i in range(len(self.docs))]

    def top(self, query: Sequence[str], k: int) -> list[tuple[int, float]]:
        """The `k` best documents with a score above zero, best first (ties: earlier first)."""
        ranked = sorted(
            ((i, s) for i, s in enumerate(self.scores(query)) if s > 0), key=lambda p: (-p[1], p[0])
        )
        return ranked[:k]
