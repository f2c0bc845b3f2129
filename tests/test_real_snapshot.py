"""Answers over a snapshot from a real kube-apiserver 1.20, as kubectl would give them."""

from __future__ import annotations

import pytest

CASES = [
    (
        "SELECT namespace, name, ready, restarts FROM pods WHERE status = 'CrashLoopBackOff' ORDER BY restarts DESC",
        [
            ("team-b", "legacy-billing-5bd9bbf44-nsht9", "0/1", 38),
            ("monitoring", "blackbox-exporter-54cbb9bd8f-97x95", "2/3", 23),
            ("shop", "cartservice-685fcbfd7b-jmkd4", "0/1", 17),
            ("team-b", "legacy-billing-5bd9bbf44-mtbw7", "0/1", 9),
        ],
    ),
    (
        "SELECT status, count(*) FROM pods WHERE status NOT IN ('Running', 'Completed', 'CrashLoopBackOff') "
        "GROUP BY status ORDER BY status",
        [("ErrImagePull", 1), ("Error", 2), ("Evicted", 2), ("ImagePullBackOff", 1), ("OOMKilled", 1),
         ("Pending", 2), ("Terminating", 1)],
    ),
    (
        "SELECT name, status, unschedulable, roles FROM nodes WHERE status != 'Ready' ORDER BY name",
        [("worker-4", "Ready,SchedulingDisabled", True, ["worker"]), ("worker-5", "NotReady", False, ["worker"])],
    ),
    (
        "SELECT namespace, name, ready FROM deployments WHERE ready_replicas < desired AND namespace = 'team-b' ORDER BY 2",
        [("team-b", "legacy-billing", "0/2"), ("team-b", "orders-api", "2/3")],
    ),
    (
        "SELECT namespace, name, storage_class FROM persistentvolumeclaims WHERE status = 'Pending' ORDER BY 1",
        [("ml", "training-scratch", "gp3"), ("team-b", "cassandra-data-cassandra-2", "fast")],
    ),
    (
        "SELECT name, status, completions FROM jobs ORDER BY name",
        [("db-migrate-v42", "Complete", "1/1"), ("image-resize", "Running", "4/6"), ("pi", "Complete", "1/1"),
         ("report-export-2024-06", "Failed", "0/1")],
    ),
    (
        "SELECT name, state, reason, restarts FROM containers WHERE pod = 'blackbox-exporter-54cbb9bd8f-97x95' ORDER BY name",
        [("blackbox-exporter", "waiting", "CrashLoopBackOff", 23), ("kube-rbac-proxy", "running", None, 0),
         ("module-configmap-reloader", "running", None, 0)],
    ),
    ("SELECT qos_class, count(*) FROM pods GROUP BY 1 ORDER BY 1", [("BestEffort", 18), ("Burstable", 61), ("Guaranteed", 4)]),
    ("SELECT count(*) FROM pods WHERE labels['app.kubernetes.io/name'] = 'kube-state-metrics'", [(1,)]),
    ("SELECT name, cpu_capacity, pods_capacity FROM nodes WHERE name = 'gpu-1'", [("gpu-1", 32.0, 110)]),
    ("SELECT count(*) FROM ingresses", [(4,)]),  # extensions/v1beta1 objects land in ingresses
    ("SELECT count(*) FROM cronjobs", [(3,)]),  # batch/v1beta1
    ("SELECT count(*) FROM horizontalpodautoscalers", [(4,)]),  # autoscaling/v1
    ("SELECT count(*) FROM endpointslices", [(41,)]),  # discovery.k8s.io/v1beta1
    ("SELECT count(*) FROM poddisruptionbudgets", [(4,)]),  # policy/v1beta1
]


@pytest.mark.parametrize(("sql", "expected"), CASES, ids=[c[0][:60] for c in CASES])
def test_real_cluster_answers(real_engine, sql, expected):
    assert real_engine.query(sql).rows == expected
