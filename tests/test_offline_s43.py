"""Stop 43: events listed with their count column ("warnings in data with their count"), each pod with its
node ("which pods run on each node?"), an autoscaler's bounds said "min/max", the event log read as the
events, service types said "LoadBalancer-type", …"""

from __future__ import annotations

import pytest

from tests.test_offline import assert_same_rows


@pytest.mark.parametrize(
    ("question", "gold", "namespace"),
    [
        # warnings with their count column: still only the warnings
        ("warnings in data with their count", "SELECT object, reason, count FROM events "
         "WHERE namespace = 'data' AND type = 'Warning'", None),
        ("warnings in kube-system and their counts", "SELECT object, reason, count FROM events "
         "WHERE namespace = 'kube-system' AND type = 'Warning'", None),
        ("events in data with their counts", "SELECT object, reason, count FROM events WHERE namespace = 'data'",
         None),
        # each pod with its node
        ("which pods run on each node?", "SELECT namespace, name, node FROM pods", None),
        ("what runs on each node in batch?", "SELECT name, node FROM pods WHERE namespace = 'batch'", None),
        ("deployments and their hpa min/max", "SELECT d.namespace, d.name, h.min_replicas, h.max_replicas "
         "FROM deployments d JOIN horizontalpodautoscalers h ON h.namespace = d.namespace "
         "AND h.target_name = d.name WHERE h.target_kind = 'Deployment'", None),
        ("event log for kafka-2 in data", "SELECT type, reason, message FROM events WHERE namespace = 'data' "
         "AND involved_kind = 'Pod' AND involved_name = 'kafka-2'", None),
        ("list the NodePort-type services", "SELECT namespace, name FROM services WHERE type = 'NodePort'", None),
    ],
)
def test_demo_said_plainly(translator, engine, question, gold, namespace):
    assert_same_rows(translator, engine, question, gold, columns=True, namespace=namespace)


@pytest.mark.parametrize(
    ("question", "gold"),
    [
        ("evictions from the event log, with messages",
         "SELECT namespace, involved_name, message FROM events WHERE reason = 'Evicted'"),
        ("list the LoadBalancer-type services", "SELECT namespace, name FROM services WHERE type = 'LoadBalancer'"),
    ],
)
def test_real_cluster_said_plainly(real_translator, real_engine, question, gold):
    assert_same_rows(real_translator, real_engine, question, gold, columns=True)
