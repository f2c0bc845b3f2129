"""The prompt engine: strict templates, schema linking, retrieved examples, context, no cluster data."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime

import jinja2
import pytest

from kubequery.compiler import compile_query
from kubequery.paths import data_dir
from kubequery.translate.prompt import PromptEngine, PromptOptions, count_tokens, load_bank, prompt_tokens
from kubequery.translate.retrieval import BM25, terms

NOW = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def engine():
    return PromptEngine()


def test_missing_variable_raises(tmp_path, catalog):
    folder = tmp_path / "prompts"
    shutil.copytree(data_dir("prompts"), folder)
    (folder / "user.j2").write_text("{{ question }} {{ not_passed }}")
    with pytest.raises(jinja2.UndefinedError, match="not_passed"):
        PromptEngine(folder).build("pods", catalog=catalog, now=NOW)


def test_linking_includes_pods_for_crashlooping_and_leaves_out_the_rest(engine, catalog):
    prompt = engine.build("crashlooping pods", catalog=catalog, now=NOW)
    assert "pods" in prompt.tables and len(prompt.tables) <= 4
    for unrelated in ("storageclasses", "clusterroles", "leases", "ingresses", "secrets"):
        assert unrelated not in prompt.tables
        assert f"TABLE {unrelated} " not in prompt.text
    user = prompt.messages[1]["content"]
    assert "CrashLoopBackOff" in user  # the status values as a value hint
    assert "namespace text [pushdown: namespace]" in user  # key column, with its pushdown hint


@pytest.mark.parametrize(
    "question, table",
    [
        ("which nodes are cordoned?", "nodes"),
        ("warning events in the last hour", "events"),
        ("top 3 most used images", "containers"),
        ("deploy in payments", "deployments"),
        ("pvc count by status", "persistentvolumeclaims"),
    ],
)
def test_linking_finds_the_table(engine, catalog, question, table):
    assert table in engine.build(question, catalog=catalog, now=NOW).tables


def test_follow_up_keeps_the_previous_tables(engine, catalog):
    prompt = engine.build(
        "sort by replicas", catalog=catalog, now=NOW,
        conversation=[{"question": "deploys in payments", "sql": "SELECT name, desired FROM deployments"}],
    )
    assert "deployments" in prompt.tables


def test_linking_off_has_every_table_and_is_bigger(engine, catalog):
    on = engine.build("crashlooping pods", catalog=catalog, now=NOW)
    off = engine.build("crashlooping pods", catalog=catalog, now=NOW, schema_linking=False)
    assert set(off.tables) == {t.name for t in catalog}
    assert off.tokens > 4 * on.tokens
    assert prompt_tokens("crashlooping pods", catalog=catalog, now=NOW, schema_linking=False) == off.tokens
    assert count_tokens("abcdefgh") >= 2


def test_examples_retrieved_are_relevant(engine):
    found = engine.retrieve_examples("how many pods are crashlooping in kube-system?", 3)
    assert found and "crashloop" in found[0].question.lower()
    assert any("CrashLoopBackOff" in (e.sql or "") for e in found)
    declines = engine.retrieve_examples("delete all evicted pods", 3)
    assert any(e.decline for e in declines)


def test_every_bank_example_compiles(catalog):
    for ex in load_bank(data_dir("prompts") / "examples.yaml"):
        if ex.sql:
            compile_query(ex.sql, catalog, NOW)  # raises on an unknown table or column
        else:
            assert ex.decline


def test_conversation_namespace_and_time_appear(engine, catalog):
    prompt = engine.build(
        "only the ones on worker-2", catalog=catalog, now=NOW, namespace="payments",
        conversation=[("pods that have restarted", "SELECT namespace, name FROM pods WHERE restarts > 0")],
    )
    user = prompt.messages[1]["content"]
    assert "Q: pods that have restarted" in user
    assert "SQL: SELECT namespace, name FROM pods WHERE restarts > 0" in user
    assert "Current namespace: payments" in user
    assert "2024-05-01T12:00:00+00:00" in user and "2024-05-01T12:00:00+00:00" in prompt.messages[0]["content"]
    assert user.rstrip().endswith("Question: only the ones on worker-2")


def test_no_cluster_data_by_default(catalog):
    names = {"namespaces": ["secret-project-ns"], "nodes": ["gpu-node-42"]}
    default = PromptEngine().build("pods", catalog=catalog, now=NOW, grounding=names)
    assert "secret-project-ns" not in default.text and "gpu-node-42" not in default.text
    allowed = PromptEngine(options=PromptOptions(grounding_names=True)).build(
        "pods", catalog=catalog, now=NOW, grounding=names
    )
    assert "secret-project-ns" in allowed.text and "gpu-node-42" in allowed.text


def test_bm25_ranks_the_matching_document_first():
    index = BM25([terms("pods in a namespace"), terms("nodes that are cordoned"), terms("events")])
    assert index.top(terms("cordonned nodes"), 1)[0][0] == 1
    assert index.top(terms("nothing matches"), 3) == []
