"""Stop 38: evictions for one resource, failed image pulls, events whose reason several kinds share, "per
host", a service's backends, role bindings to cluster roles, and workloads not fully up."""

from __future__ import annotations

import pytest

from tests.test_offline import assert_same_rows

_BEHIND_MODEL_SERVING = (
    "SELECT DISTINCT p.name FROM pods p JOIN services s ON s.namespace = p.namespace "
    "AND p.labels['app'] = s.selector['app'] WHERE s.namespace = 'ml' AND s.name = 'model-serving'"
)
_TO_CLUSTER_ROLES = "SELECT namespace, name FROM rolebindings WHERE role_kind = 'ClusterRole'"


@pytest.mark.parametrize(
    ("question", "gold"),
    [
        # the eviction message names the resource the node ran short of
        ("pods evicted because the node ran low on memory",
         "SELECT namespace, name FROM pods WHERE reason = 'Evicted' AND message LIKE '%low on resource: memory%'"),
        ("evicted for memory pressure events", "SELECT namespace, involved_name, message FROM events "
         "WHERE reason = 'Evicted' AND message LIKE '%low on resource: memory%'"),
        # "failed events" are the Failed reason, not the back-off that follows them
        ("image pull failed events", "SELECT namespace, involved_name, message FROM events "
         "WHERE reason = 'Failed' AND message ILIKE '%pull%'"),
        ("scheduler failures", "SELECT namespace, involved_name, message FROM events WHERE reason = 'FailedScheduling'"),
        # jobs and a cron job both create: each object said by kind and name
        ("SuccessfulCreate events", "SELECT namespace, object, message FROM events WHERE reason = 'SuccessfulCreate'"),
        ("NodeNotReady events", "SELECT namespace, object, message FROM events WHERE reason = 'NodeNotReady'"),
        # a host is a node; events name theirs in source_host
        ("events per host", "SELECT source_host, count(*) FROM events WHERE source_host IS NOT NULL GROUP BY 1"),
        ("how many pods per host", "SELECT node, count(*) FROM pods WHERE node IS NOT NULL GROUP BY node"),
        ("deployments not at full ready", "SELECT namespace, name FROM deployments WHERE ready_replicas < desired"),
        ("which deploys aren't fully up in checkout?",
         "SELECT name FROM deployments WHERE namespace = 'checkout' AND ready_replicas < desired"),
        ("backends of the model-serving svc in ml", _BEHIND_MODEL_SERVING),
        ("svc model-serving -n ml backends", _BEHIND_MODEL_SERVING),
        ("pods selected by the model-serving service in ml", _BEHIND_MODEL_SERVING),
        ("pvcs in data, and how big are they?",
         "SELECT name, capacity FROM persistentvolumeclaims WHERE namespace = 'data'"),
        ("pvc in data with their volume and its capacity",
         "SELECT c.name, v.name, v.capacity FROM persistentvolumeclaims c "
         "JOIN persistentvolumes v ON v.name = c.volume WHERE c.namespace = 'data'"),
        ("rolebindings that grant a ClusterRole", _TO_CLUSTER_ROLES),
        ("namespaced bindings to cluster roles", _TO_CLUSTER_ROLES),
        ("rb w/ roleRef kind ClusterRole", _TO_CLUSTER_ROLES),
        ("role bindings that reference a cluster role: which role, and to whom?",
         "SELECT namespace, name, role_name, subjects FROM rolebindings WHERE role_kind = 'ClusterRole'"),
    ],
)
def test_demo_said_plainly(translator, engine, question, gold):
    assert_same_rows(translator, engine, question, gold, columns=True)


def test_failed_create_of_several_kinds(real_translator, real_engine):
    # on the real cluster replica sets and a daemon set fail to create pods: which object is in `object`
    gold = "SELECT namespace, object, message FROM events WHERE reason = 'FailedCreate'"
    assert_same_rows(real_translator, real_engine, "FailedCreate events", gold, columns=True)
