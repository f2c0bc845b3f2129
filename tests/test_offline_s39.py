"""Stop 39: a column asked "here", plural QoS classes, images counted by pods, host network said with a
namespace, fields said in two words (node selectors), storage requested, workloads' requests, limit range
defaults, exec rights, and follow-ups that narrow by owner or readiness."""

from __future__ import annotations

import pytest

from kubequery.translate.base import Turn
from tests.test_offline import assert_same_rows, ctx

_FRAUD_MEMORY = (
    "SELECT r.owner_name, sum(p.memory_request) FROM pods p JOIN replicasets r ON r.namespace = p.namespace "
    "AND r.name = p.owner_name WHERE p.namespace = 'payments' AND r.owner_kind = 'Deployment' GROUP BY 1"
)


@pytest.mark.parametrize(
    ("question", "gold", "namespace"),
    [
        # "here" said after a column alone: that column of the pods here, as "restarts" alone reads
        ("restarts here", "SELECT name, restarts FROM pods WHERE namespace = 'payments'", "payments"),
        ("restart counts here", "SELECT name, restarts FROM pods WHERE namespace = 'payments'", "payments"),
        ("qos classes here", "SELECT name, qos_class FROM pods WHERE namespace = 'payments'", "payments"),
        ("storage requested here", "SELECT sum(storage_request) FROM persistentvolumeclaims "
         "WHERE namespace = 'payments'", "payments"),
        ("deploys here and their cpu requests", _FRAUD_MEMORY.replace("memory", "cpu"), "payments"),
        # not a use of the network: the pods that share the node's
        ("pods using host network in kube-system",
         "SELECT name FROM pods WHERE namespace = 'kube-system' AND host_network", None),
        ("pods with node selectors", "SELECT namespace, name FROM pods WHERE cardinality(node_selector) > 0", None),
        ("top 3 images by pod count", "SELECT image, count(DISTINCT namespace || '/' || pod) AS pods "
         "FROM containers GROUP BY image ORDER BY pods DESC LIMIT 3", None),
        ("images per namespace", "SELECT namespace, count(DISTINCT image) FROM containers GROUP BY namespace", None),
        # no unit said: bytes, as the column holds them
        ("total pvc storage per namespace",
         "SELECT namespace, sum(storage_request) FROM persistentvolumeclaims GROUP BY namespace", None),
        ("storage requested in data",
         "SELECT sum(storage_request) FROM persistentvolumeclaims WHERE namespace = 'data'", None),
        ("limit ranges and their defaults",
         "SELECT namespace, name, default_cpu_limit, default_memory_limit FROM limitranges", None),
        ("memory requests of deployments in payments", _FRAUD_MEMORY, None),
        ("deployments in payments and their memory requests", _FRAUD_MEMORY, None),
    ],
)
def test_demo_said_plainly(translator, engine, question, gold, namespace):
    assert_same_rows(translator, engine, question, gold, columns=True, namespace=namespace)


@pytest.mark.parametrize(
    ("question", "kept"),
    [
        # neither cluster holds one, so the condition is what tells the reading apart
        ("empty configmaps", "len(data_keys) = 0"),
        ("secrets without keys", "len(data_keys) = 0"),
        ("scaled down deployments", "desired = 0"),
        ("scaled-down statefulsets", "desired = 0"),
    ],
)
def test_none_held_is_a_condition(translator, question, kept):
    t = translator.translate(question, context=ctx())
    assert not t.declined, t.message
    assert kept in t.sql


@pytest.mark.parametrize(
    ("question", "gold"),
    [
        # exec is a create on pods/exec: who may, read from the rules (nobody is exec'd into)
        ("clusterroles that can exec into pods", "SELECT name FROM clusterroles "
         "WHERE list_has_any(verbs, ['create', '*']) AND list_has_any(resources, ['pods/exec', '*'])"),
        ("clusterroles allowing pods/exec", "SELECT name FROM clusterroles WHERE list_contains(resources, 'pods/exec')"),
    ],
)
def test_real_cluster_said_plainly(real_translator, real_engine, question, gold):
    assert_same_rows(real_translator, real_engine, question, gold, columns=True)


@pytest.mark.parametrize("question", ["network in and out per pod", "exec into pod x"])
def test_still_declined(translator, question):
    assert translator.translate(question, context=ctx()).declined


_PODS_IN_PAYMENTS = Turn("pods in payments", "SELECT name FROM pods WHERE namespace = 'payments'")
_DEPLOYS_IN_PAYMENTS = Turn("deployments in payments", "SELECT name FROM deployments WHERE namespace = 'payments'")
_NODES = Turn("nodes", "SELECT name FROM nodes")


@pytest.mark.parametrize(
    ("turn", "question", "gold"),
    [
        # the owner's pods, not a service account that shares its name
        (_PODS_IN_PAYMENTS, "only the ones owned by fraud-detector",
         "SELECT p.name FROM pods p JOIN replicasets r ON r.namespace = p.namespace AND r.name = p.owner_name "
         "WHERE p.namespace = 'payments' AND r.owner_kind = 'Deployment' AND r.owner_name = 'fraud-detector'"),
        (_DEPLOYS_IN_PAYMENTS, "which have fewer ready replicas than desired?",
         "SELECT name FROM deployments WHERE namespace = 'payments' AND ready_replicas < desired"),
        # a node (or pod) that is not ready has no replicas to count
        (_NODES, "which are not ready?", "SELECT name FROM nodes WHERE NOT ready"),
        (_PODS_IN_PAYMENTS, "which are not ready?", "SELECT name FROM pods WHERE namespace = 'payments' "
         "AND NOT is_ready"),
    ],
)
def test_followups_narrowed(translator, engine, turn, question, gold):
    t = translator.translate(question, context=ctx(turns=(turn,)))
    got, expected = engine.query(t.sql), engine.query(gold)
    assert expected.rows and got.columns == expected.columns, t.sql
    assert sorted(got.rows, key=repr) == sorted(expected.rows, key=repr), t.sql
