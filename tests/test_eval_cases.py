"""The eval question sets (eval/cases/): well formed, split by the stated rule, and every gold SQL runs.

Each gold SQL is run on its cluster; the gold answers must be non-trivial (at least 70% non-empty)
and every empty answer must be one the case says is intended (`expect_empty: true`).
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from pathlib import Path

import pytest
import yaml

from kubequery.catalog import default_catalog
from kubequery.engine import Engine
from kubequery.sources.factory import demo_source, snapshot_source

REPO = Path(__file__).resolve().parent.parent
CASES = REPO / "eval" / "cases"
README = REPO / "eval" / "README.md"
CLUSTERS = REPO.parent / "shared" / "clusters"
SPLITS = ("dev", "test")
TIERS = (
    "filters", "states", "counts", "topn", "time", "labels", "joins", "containers",
    "resources", "events", "namespace", "followup", "decline",
)
KEYS = {"id", "tier", "question", "cluster", "namespace", "conversation", "gold_sql", "ordered", "decline",
        "expect_empty", "notes"}
REQUIRED = {"id", "tier", "question", "cluster", "ordered", "decline", "expect_empty"}
ID = re.compile(r"^(?P<tier>[a-z]+)-(?P<intent>[a-z0-9]+(?:-[a-z0-9]+)*)-(?P<n>\d{3})$")


def load(split: str) -> list[dict]:
    cases = []
    for path in sorted([CASES / f"{split}.yaml", *sorted((CASES / split).glob("*.yaml"))]):
        if path.exists():
            cases.extend(yaml.safe_load(path.read_text()) or [])
    return cases


ALL = {split: load(split) for split in SPLITS}


def intent_key(case_id: str) -> str:
    """'states-crashloop-all-002' -> 'states-crashloop-all': all phrasings of one intent share it."""
    return case_id.rsplit("-", 1)[0]


def split_for(case_id: str) -> str:
    """The split rule (eval/README.md): sha256 of the intent key, modulo 5; 0 and 1 go to test."""
    return "test" if int(hashlib.sha256(intent_key(case_id).encode()).hexdigest(), 16) % 5 < 2 else "dev"


def counts_table() -> str:
    """The counts table as eval/README.md holds it (between the eval-counts markers)."""
    per = {split: Counter(c["tier"] for c in ALL[split]) for split in SPLITS}
    lines = ["| tier | dev | test | all |", "| --- | ---: | ---: | ---: |"]
    for tier in TIERS:
        d, t = per["dev"][tier], per["test"][tier]
        lines.append(f"| {tier} | {d} | {t} | {d + t} |")
    d, t = len(ALL["dev"]), len(ALL["test"])
    lines.append(f"| **all** | **{d}** | **{t}** | **{d + t}** |")
    return "\n".join(lines)


# ---- form ----

@pytest.mark.parametrize("split", SPLITS)
def test_every_case_is_well_formed(split):
    for case in ALL[split]:
        where = f"{split}: {case.get('id')}"
        assert set(case) >= REQUIRED, f"{where}: missing {REQUIRED - set(case)}"
        assert set(case) <= KEYS, f"{where}: unknown keys {set(case) - KEYS}"
        m = ID.match(case["id"])
        assert m, f"{where}: id is not <tier>-<intent>-<nnn>"
        assert case["tier"] in TIERS and m["tier"] == case["tier"], where
        assert isinstance(case["question"], str) and case["question"].strip(), where
        for flag in ("ordered", "decline", "expect_empty"):
            assert isinstance(case[flag], bool), f"{where}: {flag} must be true or false"
        cluster = case["cluster"]
        assert isinstance(cluster, dict) and len(cluster) == 1, where
        if "demo" in cluster:
            assert set(cluster["demo"]) == {"seed", "pods"}, where
            assert all(isinstance(v, int) and v > 0 for v in cluster["demo"].values()), where
        else:
            assert isinstance(cluster.get("snapshot"), str) and re.fullmatch(r"[\w.-]+", cluster["snapshot"]), where
        if "namespace" in case:
            assert isinstance(case["namespace"], str) and case["namespace"], where
        for turn in case.get("conversation", []):
            assert set(turn) == {"question", "sql"}, f"{where}: a turn has a question and its sql"
        if case["decline"]:
            assert "gold_sql" not in case, f"{where}: a declined case has no gold_sql"
            assert not case["expect_empty"] and not case["ordered"], where
        else:
            assert isinstance(case.get("gold_sql"), str) and case["gold_sql"].strip(), f"{where}: gold_sql"
            if case["ordered"]:
                assert "ORDER BY" in case["gold_sql"].upper(), f"{where}: ordered but its gold SQL has no ORDER BY"


def test_ids_are_unique_and_questions_do_not_cross_splits():
    ids = Counter(c["id"] for split in SPLITS for c in ALL[split])
    assert not [i for i, n in ids.items() if n > 1]
    norm = {split: {" ".join(c["question"].lower().split()) for c in ALL[split]} for split in SPLITS}
    assert not norm["dev"] & norm["test"]


def test_each_case_sits_in_the_split_its_intent_hash_names():
    wrong = [(c["id"], split) for split in SPLITS for c in ALL[split] if split_for(c["id"]) != split]
    assert not wrong, f"cases in the wrong split (the rule is in eval/README.md): {wrong}"


def test_size_and_coverage():
    cases = [c for split in SPLITS for c in ALL[split]]
    assert len(cases) >= 300
    for split in SPLITS:
        assert set(TIERS) <= {c["tier"] for c in ALL[split]}, f"{split} misses a tier"
    assert sum(c["decline"] for c in cases) >= 15
    assert sum("namespace" in c for c in cases) >= 15
    assert sum("conversation" in c for c in cases) >= 15
    snapshots = sum("snapshot" in c["cluster"] for c in cases)
    assert snapshots >= 25
    # The hashed split's share holds for the pool split by hash (dev.yaml, test.yaml); eval/cases/dev/
    # holds intents written later for dev only (each still hashes to dev), so it is left out here.
    pooled_dev = yaml.safe_load((CASES / "dev.yaml").read_text())
    assert 0.5 <= len(pooled_dev) / (len(pooled_dev) + len(ALL["test"])) <= 0.7


def test_the_readme_counts_table_matches_the_files():
    text = README.read_text()
    m = re.search(r"<!-- eval-counts -->\n(.*?)\n<!-- /eval-counts -->", text, re.S)
    assert m, "eval/README.md lacks the <!-- eval-counts --> table"
    assert m[1].strip() == counts_table(), "update the table in eval/README.md to:\n" + counts_table()


# ---- gold answers ----

_engines: dict = {}


def engine_for(cluster: dict) -> Engine:
    key = repr(sorted(cluster.items()))
    if key not in _engines:
        if "demo" in cluster:
            source = demo_source(seed=cluster["demo"]["seed"], pods=cluster["demo"]["pods"])
        else:
            path = CLUSTERS / f"{cluster['snapshot']}.json.gz"
            if not path.exists():
                pytest.skip(f"{path} is not here")
            source = snapshot_source([path])
        _engines[key] = Engine(source, default_catalog())
    return _engines[key]


@pytest.fixture(scope="module")
def gold():
    """Every answered case's gold rows (and every conversation turn run too), computed once."""
    answers, failures = {}, []
    for split in SPLITS:
        for case in ALL[split]:
            if case["decline"]:
                continue
            engine = engine_for(case["cluster"])
            for turn in case.get("conversation", []):
                try:
                    engine.query(turn["sql"])
                except Exception as e:  # noqa: BLE001 - report every bad query at once
                    failures.append(f"{case['id']} (earlier turn): {type(e).__name__}: {e}")
            try:
                answers[case["id"]] = (case, engine.query(case["gold_sql"]).rows)
            except Exception as e:  # noqa: BLE001
                failures.append(f"{case['id']}: {type(e).__name__}: {e}")
    return answers, failures


def test_every_gold_sql_runs_on_its_cluster(gold):
    _, failures = gold
    assert not failures, "\n".join(failures)


def test_gold_answers_are_mostly_non_empty_and_empties_are_intended(gold):
    answers, _ = gold
    empty = {cid for cid, (_, rows) in answers.items() if not rows}
    unintended = sorted(cid for cid in empty if not answers[cid][0]["expect_empty"])
    not_empty = sorted(cid for cid, (case, rows) in answers.items() if case["expect_empty"] and rows)
    assert not unintended, f"empty gold answers not marked expect_empty: {unintended}"
    assert not not_empty, f"expect_empty cases whose gold answer has rows: {not_empty}"
    assert len(answers) - len(empty) >= 0.7 * len(answers)

