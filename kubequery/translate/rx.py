"""Regular expressions compiled once and kept, in the process and across processes.

The offline translator builds a few thousand patterns from the catalog's phrases and the
cluster's values, far more than the `re` module's own cache of 512 holds, so without this
every question recompiled most of them (about 200 ms a question instead of a few).

Compiling them is also most of what the first question of a process costs (about 0.3 s of
`kq "…"`), so their compiled form is kept on disk too: `re` parses a pattern and generates
its matcher code in Python, then hands that code to its C engine (`_sre.compile`). The file
keeps that code, keyed by pattern and flags, for this Python's engine only (its version and
the engine's magic number name the file); the engine checks the code it is given, and any
failure falls back to compiling as usual. Set KUBEQUERY_NO_PATTERN_CACHE to skip the file.
"""

from __future__ import annotations

import atexit
import contextlib
import marshal
import os
import re
import sys
import tempfile
from array import array
from collections.abc import Callable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

try:  # the parts of `re` the stored form needs; without them patterns compile as usual
    import _sre
    from re import _compiler, _parser
except ImportError:  # pragma: no cover - another Python
    _sre = None

MAX_STORED = 20_000  # patterns kept on disk (about 2 kB each); past this the file starts afresh


def _cache_file() -> Path | None:
    if _sre is None or os.environ.get("KUBEQUERY_NO_PATTERN_CACHE"):
        return None
    home = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    version = f"{sys.implementation.name}-{sys.version_info[0]}.{sys.version_info[1]}-{_sre.MAGIC}"
    return Path(home) / "kubequery" / f"patterns-{version}.marshal"


def _read(path: Path | None) -> dict[tuple[str, int], tuple]:
    if path is None:
        return {}
    try:
        stored = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return stored if isinstance(stored, dict) else {}


_FILE = _cache_file()
_stored = _read(_FILE)
_added: dict[tuple[str, int], tuple] = {}


def _parts(pattern: str, flags: int) -> tuple:
    """What `re` hands its C engine for `pattern`, as `re._compiler.compile` builds it."""
    parsed = _parser.parse(pattern, flags)
    code = array("I", _compiler._code(parsed, flags)).tobytes()  # bytes: read back with no work
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    return (flags | parsed.state.flags, code, parsed.state.groups - 1, groupindex, tuple(indexgroup))


def _engine(pattern: str, parts: tuple) -> re.Pattern[str]:
    flags, code, groups, groupindex, indexgroup = parts
    return _sre.compile(pattern, flags, array("I", code).tolist(), groups, groupindex, indexgroup)


def _compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    key = (pattern, flags)
    parts = _stored.get(key)
    if parts is not None:
        with contextlib.suppress(Exception):  # a stale or damaged entry: compile afresh
            return _engine(pattern, parts)
    if _FILE is not None:
        with contextlib.suppress(Exception):
            parts = _parts(pattern, flags)
            found = _engine(pattern, parts)
            _added[key] = parts
            return found
    return re.compile(pattern, flags)


@atexit.register
def _save() -> None:
    """Add this process's new patterns to the file (written whole, then renamed into place)."""
    if not _added or _FILE is None:
        return
    merged = {**_read(_FILE), **_added} if len(_stored) < MAX_STORED else dict(_added)
    with contextlib.suppress(OSError, ValueError):
        _FILE.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=_FILE.parent, prefix=".patterns-")
        try:
            with os.fdopen(fd, "wb") as out:
                marshal.dump(merged, out)
            os.replace(tmp, _FILE)
        finally:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


compiled: Callable[..., re.Pattern[str]] = lru_cache(maxsize=8192)(_compile)


escape = re.escape


def search(pattern: str, text: str) -> re.Match[str] | None:
    return compiled(pattern).search(text)


def match(pattern: str, text: str) -> re.Match[str] | None:
    return compiled(pattern).match(text)


def fullmatch(pattern: str, text: str) -> re.Match[str] | None:
    return compiled(pattern).fullmatch(text)


def finditer(pattern: str, text: str) -> Iterator[re.Match[str]]:
    return compiled(pattern).finditer(text)


def findall(pattern: str, text: str) -> list[Any]:
    return compiled(pattern).findall(text)


def sub(pattern: str, repl: str | Callable[[re.Match[str]], str], text: str, count: int = 0) -> str:
    return compiled(pattern).sub(repl, text, count=count)
