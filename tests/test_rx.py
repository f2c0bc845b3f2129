"""The translator's patterns kept on disk: a pattern read back matches as `re` compiles it."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from kubequery.translate import rx

PATTERNS = [
    (r"\b(?:pods?|po)\b", "list the po in payments"),
    (r"(?P<kind>pods?) in (?P<ns>[a-z][\w\-]*)", "pods in team-b"),
    (r"(?i)crash\s*loop(?:ing|backoff)?", "CrashLoopBackOff pods"),
    (r"(?<![\w\-])worker-\d+(?![\w\-])", "on worker-3, not worker-3a"),
    (r"(\d+)\s*(m|h|d)\b(?= ago)", "created 3 h ago"),
]


@pytest.fixture
def store(tmp_path, monkeypatch):
    """rx with an empty pattern file of its own, as in a fresh process."""
    path = tmp_path / "patterns.marshal"
    monkeypatch.setattr(rx, "_FILE", path)
    monkeypatch.setattr(rx, "_stored", {})
    monkeypatch.setattr(rx, "_added", {})
    return path


@pytest.mark.parametrize(("pattern", "text"), PATTERNS)
def test_a_stored_pattern_matches_as_re_compiles_it(store, monkeypatch, pattern, text):
    first = rx._compile(pattern)
    rx._save()
    assert store.exists()
    monkeypatch.setattr(rx, "_stored", rx._read(store))  # the next process reads the file
    monkeypatch.setattr(rx, "_added", {})
    again = rx._compile(pattern)
    assert not rx._added  # read back, not compiled again
    expected = re.compile(pattern)
    for compiled in (first, again):
        assert compiled.flags == expected.flags
        assert compiled.groupindex == expected.groupindex
        assert [m.groups() for m in compiled.finditer(text)] == [m.groups() for m in expected.finditer(text)]
        assert [m.span() for m in compiled.finditer(text)] == [m.span() for m in expected.finditer(text)]


def test_a_damaged_file_is_ignored(store):
    store.write_bytes(b"not marshal data")
    assert rx._read(store) == {}


def test_a_damaged_entry_compiles_afresh(store, monkeypatch):
    pattern = r"\bnodes?\b"
    flags, _, groups, groupindex, indexgroup = rx._parts(pattern, 0)
    monkeypatch.setattr(rx, "_stored", {(pattern, 0): (flags, b"\x01\x02", groups, groupindex, indexgroup)})
    assert rx._compile(pattern).search("list nodes").group(0) == "nodes"


def test_the_file_can_be_switched_off(tmp_path):
    env = {"KUBEQUERY_NO_PATTERN_CACHE": "1", "XDG_CACHE_HOME": str(tmp_path), "PATH": ""}
    code = "from kubequery.translate import rx; print(rx._FILE); rx.search(r'\\bpods\\b', 'pods')"
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "None"
    assert not any(tmp_path.iterdir())
