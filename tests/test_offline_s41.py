"""Stop 41: the asker's namespace said as the subject ("how much cpu is this namespace requesting", "who can
access this namespace"), a listed kind ranked by what it holds ("which has the most pods?" after nodes),
services with their endpoints, owners asked for, and kubectl-ish short forms."""

from __future__ import annotations

import pytest

from kubequery.translate.base import Turn
from tests.test_offline import assert_same_rows

_NODE_CPU = (
    "SELECT n.name, 100.0 * sum(p.cpu_request) / n.cpu_allocatable FROM nodes n "
    "LEFT JOIN pods p ON p.node = n.name GROUP BY n.name, n.cpu_allocatable"
)


@pytest.mark.parametrize(
    ("question", "gold", "namespace"),
    [
        # the asker's namespace as the subject of the question: what is in it
        ("how much cpu is this namespace requesting", "SELECT sum(cpu_request) FROM pods "
         "WHERE namespace = 'payments'", "payments"),
        ("how much memory is my ns reserving", "SELECT sum(memory_request) FROM pods WHERE namespace = 'payments'",
         "payments"),
        ("who can access this namespace",
         "SELECT name, role_name, subjects FROM rolebindings WHERE namespace = 'payments'", "payments"),
        # services with their endpoints: each one's ready addresses (none for a service without any)
        ("services in payments with their endpoints", "SELECT s.name, e.endpoints FROM services s "
         "LEFT JOIN endpoints e ON e.namespace = s.namespace AND e.name = s.name WHERE s.namespace = 'payments'",
         None),
        # owners asked for: each object's owner kind and name
        ("owner of each pod in ml", "SELECT name, owner_kind, owner_name FROM pods WHERE namespace = 'ml'", None),
        ("what controls the pods in data", "SELECT name, owner_kind, owner_name FROM pods WHERE namespace = 'data'",
         None),
        # where a deployment's pods run
        ("what nodes is the checkout-api deployment spread across", "SELECT DISTINCT p.node FROM pods p "
         "JOIN replicasets r ON r.namespace = p.namespace AND r.name = p.owner_name "
         "WHERE r.owner_kind = 'Deployment' AND r.owner_name = 'checkout-api'", None),
        # a container's state after "with a container", not a container named "not"
        ("pods with a container not ready", "SELECT namespace, name FROM pods WHERE NOT is_ready", None),
        ("nodes not redy", "SELECT name FROM nodes WHERE NOT ready", None),
    ],
)
def test_demo_said_plainly(translator, engine, question, gold, namespace):
    assert_same_rows(translator, engine, question, gold, columns=True, namespace=namespace)


@pytest.mark.parametrize(
    ("question", "gold"),
    [
        ("single-replica deployments", "SELECT namespace, name FROM deployments WHERE desired = 1"),
        ("top image by usage", "SELECT image, count(*) AS n FROM containers WHERE image IS NOT NULL "
         "GROUP BY image ORDER BY n DESC LIMIT 1"),
        ("percent of cpu allocated per node", _NODE_CPU),
        ("what percent of each node cpu is requested", _NODE_CPU),
        ("which pvcs are waiting for provisioning",
         "SELECT namespace, name FROM persistentvolumeclaims WHERE status = 'Pending'"),
        ("job failures (events)", "SELECT namespace, involved_name, message FROM events "
         "WHERE involved_kind = 'Job' AND reason = 'BackoffLimitExceeded'"),
    ],
)
def test_real_cluster_said_plainly(real_translator, real_engine, question, gold):
    assert_same_rows(real_translator, real_engine, question, gold, columns=True)


_NODES = Turn(question="nodes", sql="SELECT name FROM nodes")
_NAMESPACES = Turn(question="namespaces", sql="SELECT name FROM namespaces")
_MOST_PODS = "SELECT node, count(*) AS pods FROM pods GROUP BY node ORDER BY pods DESC LIMIT 1"


@pytest.mark.parametrize(
    ("turn", "question", "gold"),
    [
        (_NODES, "which have the most pods", _MOST_PODS),
        (_NODES, "which one has the most pods?", _MOST_PODS),
        (_NAMESPACES, "which has the most deployments",
         "SELECT namespace, count(*) AS n FROM deployments GROUP BY namespace ORDER BY n DESC LIMIT 1"),
        (_NAMESPACES, "how many pods in each of them",
         "SELECT namespace, count(*) FROM pods GROUP BY namespace"),
        # another kind counted per namespace is a question of its own, not the namespaces regrouped
        (_NAMESPACES, "and how many deployments per namespace?",
         "SELECT namespace, count(*) FROM deployments GROUP BY namespace"),
    ],
)
def test_followups_on_the_real_cluster(real_translator, real_engine, turn, question, gold):
    assert_same_rows(real_translator, real_engine, question, gold, columns=True, turns=(turn,))
