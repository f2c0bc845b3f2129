"""Pods, nodes, resources and states asked of the real 1.20 snapshot: its own workloads, namespaces and nodes
(cassandra, legacy-billing, orders-api, node-exporter, worker-5) read as a kubectl user means them."""

from __future__ import annotations

import pytest

from tests.test_offline import assert_same_rows

STATES = [
    # "arent healthy" without the apostrophe is the negation, not "healthy"
    ("which pods arent healthy", "SELECT namespace, name FROM pods WHERE status NOT IN ('Running', 'Completed')"),
    # a stuck rollout is the Progressing condition gone false
    ("deployments whose rollout is stuck", "SELECT namespace, name FROM deployments WHERE NOT progressing"),
    ("deployments with stuck rollouts", "SELECT namespace, name FROM deployments WHERE NOT progressing"),
    # "and why" of failed jobs: the reason of their Failed condition
    (
        "failed jobs in batch and why",
        "SELECT name, failure_reason FROM jobs WHERE namespace = 'batch' AND status = 'Failed'",
    ),
    # a column named alone, then the kind it belongs to
    (
        "default memory limit in team-a limitrange",
        "SELECT name, default_memory_limit FROM limitranges WHERE namespace = 'team-a'",
    ),
]

NAMED_OWNERS = [
    # a state or a node said after the owner's pods is the pods', not the owner's
    (
        "which orders-api pod is not ready",
        "SELECT name FROM pods WHERE namespace = 'team-b' AND name LIKE 'orders-api-%' AND NOT is_ready",
    ),
    (
        "which pods of deployment orders-api in team-b are not ready?",
        "SELECT name FROM pods WHERE namespace = 'team-b' AND name LIKE 'orders-api-%' AND NOT is_ready",
    ),
    (
        "node-exporter pods not ready",
        "SELECT name FROM pods WHERE namespace = 'monitoring' AND name LIKE 'node-exporter-%' AND NOT is_ready",
    ),
    (
        "kube-proxy pods on worker-5",
        "SELECT name FROM pods WHERE namespace = 'kube-system' AND name LIKE 'kube-proxy-%' AND node = 'worker-5'",
    ),
]


WORKLOADS_WITHOUT_PODS = [
    # what only pods have, said of a workload by name: its pods'
    (
        "legacy-billing restarts",
        "SELECT name, restarts FROM pods WHERE namespace = 'team-b' AND name LIKE 'legacy-billing-%'",
    ),
    (
        "restarts of blackbox-exporter",
        "SELECT name, restarts FROM pods WHERE namespace = 'monitoring' AND name LIKE 'blackbox-exporter-%'",
    ),
    (
        "metrics-server not ready?",
        "SELECT name FROM pods WHERE namespace = 'kube-system' AND name LIKE 'metrics-server-%' AND NOT is_ready",
    ),
    (
        "reviews-v3 image pull error",
        "SELECT name FROM pods WHERE namespace = 'bookinfo' AND name LIKE 'reviews-v3-%' "
        "AND status IN ('ImagePullBackOff', 'ErrImagePull')",
    ),
    # the image pull state, not the images
    (
        "pods in bookinfo with image pull errors",
        "SELECT name FROM pods WHERE namespace = 'bookinfo' AND status IN ('ImagePullBackOff', 'ErrImagePull')",
    ),
    # a namespace's quota, the namespace said first
    ("team-b quota", "SELECT namespace, name, hard, used FROM resourcequotas WHERE namespace = 'team-b'"),
    # "restarting" as "restarted": the ones with restarts
    ("containers restarting in team-a", "SELECT pod, name, restarts FROM containers WHERE namespace = 'team-a' AND restarts > 0"),
    ("restarting pods", "SELECT namespace, name, restarts FROM pods WHERE restarts > 0"),
    # a workload named beside a pod's amount: its pods' amounts (not the pods of its service account)
    (
        "recommendationservice memory limit",
        "SELECT name, memory_limit FROM pods WHERE namespace = 'shop' AND name LIKE 'recommendationservice-%'",
    ),
    ("cassandra qos class", "SELECT name, qos_class FROM pods WHERE owner_name = 'cassandra'"),
    # "where does cassandra run": the nodes its pods are on
    (
        "where does cassandra run",
        "SELECT DISTINCT node FROM pods WHERE owner_name = 'cassandra' AND node IS NOT NULL",
    ),
]

COUNTS_AND_COLUMNS = [
    # "with unavailable replicas" is the state said, not a column asked for
    (
        "deployments with unavailable replicas in team-b",
        "SELECT name FROM deployments WHERE namespace = 'team-b' AND unavailable_replicas > 0",
    ),
    # "not ready pods per node": the pods counted on each node, not the pods on not-ready nodes
    ("not ready pods per node", "SELECT node, count(*) FROM pods WHERE NOT is_ready GROUP BY node"),
    # "jobs with failed pods": any failed pod, whatever the job's own state
    ("jobs with failed pods", "SELECT namespace, name FROM jobs WHERE failed > 0"),
    # "desired vs ready": two numbers side by side, not the objects counted
    ("daemonsets desired vs ready", "SELECT namespace, name, desired, ready_replicas FROM daemonsets"),
    ("desired vs ready for deployments", "SELECT namespace, name, desired, ready_replicas FROM deployments"),
    # "terminated containers with exit code 1": the ones terminated now, not any whose last run did
    (
        "terminated containers with exit code 1",
        "SELECT namespace, pod, name FROM containers WHERE state = 'terminated' AND exit_code = 1",
    ),
]


@pytest.mark.parametrize(("question", "sql"), STATES + NAMED_OWNERS + WORKLOADS_WITHOUT_PODS + COUNTS_AND_COLUMNS)
def test_real_pod_questions_read_as_meant(real_translator, real_engine, question, sql):
    assert_same_rows(real_translator, real_engine, question, sql, columns=True)
