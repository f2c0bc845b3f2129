"""The kind of a pods' owner said after another kind ("pods on GPU nodes that aren't part of a daemonset"),
which was dropped or read as the other kind's; "not owned by a daemonset" negated whole in counts; and the
nodes a workload has no pod on ("where is fluent-bit not running?"), read as its pods that are not running."""

from __future__ import annotations

import pytest

from tests.test_offline import assert_same_rows, ctx

NOT_DS_ON_GPU = (
    "SELECT p.namespace, p.name FROM pods p JOIN nodes n ON p.node = n.name "
    "WHERE n.gpu_capacity > 0 AND coalesce(p.owner_kind, '') <> 'DaemonSet'"
)
DS_ON_GPU = (
    "SELECT p.namespace, p.name FROM pods p JOIN nodes n ON p.node = n.name "
    "WHERE n.gpu_capacity > 0 AND p.owner_kind = 'DaemonSet'"
)
NOT_DS_ON_NOT_READY = (
    "SELECT p.namespace, p.name FROM pods p JOIN nodes n ON p.node = n.name "
    "WHERE NOT n.ready AND coalesce(p.owner_kind, '') <> 'DaemonSet'"
)


@pytest.mark.parametrize(
    ("question", "gold"),
    [
        ("non-daemonset pods on nodes with GPUs", NOT_DS_ON_GPU),
        ("what runs on the gpu nodes, daemonsets aside?", NOT_DS_ON_GPU),
        ("what's running on the GPU nodes apart from daemonsets?", NOT_DS_ON_GPU),
        ("pods on gpu nodes not owned by a daemonset", NOT_DS_ON_GPU),
        ("pods on gpu nodes owned by a daemonset", DS_ON_GPU),
        ("which pods on NotReady nodes aren't part of a daemonset?", NOT_DS_ON_NOT_READY),
    ],
)
def test_the_owner_kind_said_after_the_nodes_filters_the_pods(real_translator, real_engine, question, gold):
    assert_same_rows(real_translator, real_engine, question, gold, columns=True)


@pytest.mark.parametrize(
    "question",
    [
        "how many pods on worker-2 that are not daemonset pods",
        "how many pods on worker-2 are not owned by a daemonset",
    ],
)
def test_not_owned_by_is_negated_whole_in_a_count(translator, engine, question):
    gold = "SELECT count(*) FROM pods WHERE node = 'worker-2' AND coalesce(owner_kind, '') <> 'DaemonSet'"
    assert_same_rows(translator, engine, question, gold)


def test_a_phrase_read_as_nothing_is_not_taken_away_from_its_own_answer(translator):
    """The reading without "not" that is the reading without the phrase: never "all of them but all of them"."""
    t = translator.translate("which pods on NotReady nodes aren't part of a daemonset?", context=ctx())
    assert "EXCEPT" not in (t.sql or "")


NODES_WITHOUT_FLUENT_BIT = (
    "SELECT n.name FROM nodes n WHERE NOT EXISTS (SELECT 1 FROM pods p WHERE p.node = n.name "
    "AND p.namespace = 'monitoring' AND p.owner_kind = 'DaemonSet' AND p.owner_name = 'fluent-bit')"
)


@pytest.mark.parametrize(
    "question",
    [
        "where is fluent-bit not running?",
        "where is the fluent-bit daemonset not running?",
        "where is fluent-bit NOT running? (nodes)",
        "where is there no fluent-bit pod?",
        "nodes missing ds fluent-bit",
        "on which nodes is fluent-bit not running",
        "nodes where fluent-bit is missing",
        "ds fluent-bit: which nodes has it got no pod on?",
    ],
)
def test_the_nodes_a_workload_has_no_pod_on(translator, engine, question):
    assert_same_rows(translator, engine, question, NODES_WITHOUT_FLUENT_BIT, columns=True)


def test_the_nodes_a_workload_is_on(translator, engine):
    gold = (
        "SELECT DISTINCT node FROM pods WHERE namespace = 'monitoring' AND owner_kind = 'DaemonSet' "
        "AND owner_name = 'node-exporter'"
    )
    assert_same_rows(translator, engine, "which nodes is node-exporter on", gold, columns=True)


def test_a_name_no_workload_has_is_not_read_as_one(translator):
    t = translator.translate("where is nothing-like-this not running?", context=ctx())
    assert "NOT EXISTS" not in (t.sql or "")


@pytest.mark.parametrize(
    "question",
    [
        "what's left on the cordoned node?",
        "what remains on the cordoned node",
        "pods scheduled to an unschedulable (cordoned) node",
    ],
)
def test_what_is_left_on_a_cordoned_node(real_translator, real_engine, question):
    gold = "SELECT p.namespace, p.name FROM pods p JOIN nodes n ON p.node = n.name WHERE n.unschedulable"
    assert_same_rows(real_translator, real_engine, question, gold, columns=True)


@pytest.mark.parametrize("question", ["unschedulable nodes", "which nodes are unschedulable"])
def test_unschedulable_nodes_are_still_the_cordoned_nodes(real_translator, real_engine, question):
    assert_same_rows(real_translator, real_engine, question, "SELECT name FROM nodes WHERE unschedulable")


KAFKA_ZONES = (
    "SELECT DISTINCT n.zone FROM pods p JOIN nodes n ON n.name = p.node "
    "WHERE p.namespace = 'data' AND p.owner_kind = 'StatefulSet' AND p.owner_name = 'kafka'"
)


@pytest.mark.parametrize(
    "question",
    ["what availability zones is kafka on in data", "which zones does statefulset kafka in data run in?"],
)
def test_the_zones_a_workload_runs_in_each_once(translator, engine, question):
    assert_same_rows(translator, engine, question, KAFKA_ZONES, columns=True)
    t = translator.translate(question, context=ctx())
    assert len(engine.query(t.sql).rows) == len(engine.query(KAFKA_ZONES).rows)


@pytest.mark.parametrize(
    "question",
    [
        "which zones are the kafka pods in data running in?",
        "which zone is each kafka pod in data in?",
        "which zones do the kafka pods in data run in?",
    ],
)
def test_the_zone_of_each_pod_when_the_pods_are_said(translator, engine, question):
    gold = (
        "SELECT p.name, n.zone FROM pods p JOIN nodes n ON n.name = p.node "
        "WHERE p.namespace = 'data' AND p.owner_kind = 'StatefulSet' AND p.owner_name = 'kafka'"
    )
    assert_same_rows(translator, engine, question, gold, columns=True)


@pytest.mark.parametrize(
    ("question", "limit"),
    [
        ("which 3 namespaces have the most pods on NotReady nodes?", " LIMIT 3"),
        ("top 3 ns by pods on not ready nodes", " LIMIT 3"),
        ("which namespace has the most pods on NotReady nodes?", " LIMIT 1"),
    ],
)
def test_namespaces_ranked_by_their_pods_on_some_nodes(translator, engine, question, limit):
    gold = (
        "SELECT p.namespace, count(*) AS pods FROM pods p JOIN nodes n ON p.node = n.name "
        f"WHERE NOT n.ready GROUP BY p.namespace ORDER BY pods DESC{limit}"
    )
    t = translator.translate(question, context=ctx())
    assert not t.declined, t.message
    assert engine.query(t.sql).rows == engine.query(gold).rows, t.sql


@pytest.mark.parametrize(
    ("question", "gold"),
    [
        (
            "pods with serviceAccountName=ledger-db in payments",
            "SELECT name FROM pods WHERE namespace = 'payments' AND service_account = 'ledger-db'",
        ),
        ("jobs with failed > 0", "SELECT namespace, name FROM jobs WHERE failed > 0"),
        ("jobs with succeeded >= 1", "SELECT namespace, name FROM jobs WHERE succeeded >= 1"),
    ],
)
def test_a_field_said_as_kubectl_writes_it_is_that_column(translator, engine, question, gold):
    assert_same_rows(translator, engine, question, gold, columns=True)
