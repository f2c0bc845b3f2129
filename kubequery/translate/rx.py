"""Regular expressions compiled once and kept.

The offline translator builds a few thousand patterns from the catalog's phrases and the
cluster's values, far more than the `re` module's own cache of 512 holds, so without this
every question recompiled most of them (about 200 ms a question instead of a few).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache

compiled: Callable[[str], re.Pattern[str]] = lru_cache(maxsize=8192)(re.compile)


escape = re.escape


def search(pattern: str, text: str) -> re.Match[str] | None:
    return compiled(pattern).search(text)


def match(pattern: str, text: str) -> re.Match[str] | None:
    return compiled(pattern).match(text)


def fullmatch(pattern: str, text: str) -> re.Match[str] | None:
    return compiled(pattern).fullmatch(text)


def finditer(pattern: str, text: str) -> Iterator[re.Match[str]]:
    return compiled(pattern).finditer(text)


def findall(pattern: str, text: str) -> list:
    return compiled(pattern).findall(text)


def sub(pattern: str, repl: str | Callable[[re.Match[str]], str], text: str, count: int = 0) -> str:
    return compiled(pattern).sub(repl, text, count=count)
