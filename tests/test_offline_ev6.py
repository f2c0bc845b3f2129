"""Events questions of intents the dev cases do not hold (sixth round): a probe failure of a pod whose name
holds a reason's word ("metrics-server-…"), an hpa failing to compute replicas, pods that could not be
created (their controllers' FailedCreate), controllers that created pods or jobs by their SuccessfulCreate
events, pvcs waiting for their first consumer, when a node got disk pressure or an event happened, the
pods scheduled to one node by the scheduler's messages, a node's event reasons, the events of the pods
that were OOMKilled, a total count per pod, and jobs that failed by their BackoffLimitExceeded events."""

from __future__ import annotations

import pytest

from tests.test_offline import assert_same_rows

DEMO = [
    (
        "which pvcs are waiting for their first consumer?",
        "SELECT DISTINCT namespace, involved_name FROM events WHERE reason = 'WaitForFirstConsumer'",
    ),
    (
        "which cronjobs created jobs? (SuccessfulCreate events)",
        "SELECT DISTINCT namespace, involved_name FROM events WHERE involved_kind = 'CronJob' "
        "AND reason = 'SuccessfulCreate'",
    ),
    ("when did the first event in staging happen?", "SELECT min(first_seen) FROM events WHERE namespace = 'staging'"),
    (
        "events for the pods that are OOMKilled",
        "SELECT e.namespace, e.involved_name, e.reason FROM events e JOIN (SELECT DISTINCT namespace, pod "
        "FROM containers WHERE reason = 'OOMKilled' OR last_reason = 'OOMKilled') c ON e.involved_kind = 'Pod' "
        "AND e.namespace = c.namespace AND e.involved_name = c.pod",
    ),
    (
        "total Failed event count per pod",
        "SELECT namespace, involved_name, sum(count) FROM events WHERE reason = 'Failed' "
        "GROUP BY namespace, involved_name",
    ),
    # already read right
    (
        "events for deployment schema-registry in data",
        "SELECT type, reason, message FROM events WHERE namespace = 'data' AND involved_kind = 'Deployment' "
        "AND involved_name = 'schema-registry'",
    ),
    (
        "warnings on pods of deployment fraud-detector in payments",
        "SELECT e.involved_name, e.reason, e.message FROM events e JOIN pods p ON p.uid = e.involved_uid "
        "JOIN replicasets r ON r.namespace = p.namespace AND r.name = p.owner_name WHERE p.namespace = 'payments' "
        "AND r.owner_kind = 'Deployment' AND r.owner_name = 'fraud-detector' AND e.type = 'Warning'",
    ),
]

REAL = [
    (
        "how many times has metrics-server-bc9588877-ht6pd in kube-system failed its readiness probe?",
        "SELECT sum(count) FROM events WHERE namespace = 'kube-system' "
        "AND involved_name = 'metrics-server-bc9588877-ht6pd' AND reason = 'Unhealthy'",
    ),
    (
        "how many times did the orders-api hpa in team-b fail to compute replicas? (counting repeats)",
        "SELECT sum(count) FROM events WHERE namespace = 'team-b' AND involved_kind = 'HorizontalPodAutoscaler' "
        "AND involved_name = 'orders-api' AND reason = 'FailedComputeMetricsReplicas'",
    ),
    ("pods that could not be created", "SELECT namespace, involved_name, message FROM events WHERE reason = 'FailedCreate'"),
    (
        "which statefulsets created pods (events)?",
        "SELECT DISTINCT namespace, involved_name FROM events WHERE involved_kind = 'StatefulSet' "
        "AND reason = 'SuccessfulCreate'",
    ),
    (
        "when did worker-4 get disk pressure?",
        "SELECT first_seen FROM events WHERE involved_kind = 'Node' AND involved_name = 'worker-4' "
        "AND reason = 'NodeHasDiskPressure'",
    ),
    (
        "which pods were scheduled to worker-3? (Scheduled events)",
        "SELECT namespace, involved_name FROM events WHERE reason = 'Scheduled' AND message LIKE '% to worker-3'",
    ),
    (
        "what reasons does node worker-4 have?",
        "SELECT DISTINCT reason FROM events WHERE involved_kind = 'Node' AND involved_name = 'worker-4'",
    ),
    (
        "why could pods not be created in monitoring",
        "SELECT involved_name, message FROM events WHERE namespace = 'monitoring' AND reason = 'FailedCreate'",
    ),
    (
        "which jobs failed according to events?",
        "SELECT DISTINCT namespace, involved_name FROM events WHERE involved_kind = 'Job' "
        "AND reason = 'BackoffLimitExceeded'",
    ),
    # already read right
    (
        "hpa metric failures",
        "SELECT namespace, involved_name, message FROM events WHERE reason IN ('FailedGetResourceMetric', "
        "'FailedGetPodsMetric', 'FailedComputeMetricsReplicas')",
    ),
    (
        "events of the pending pods",
        "SELECT e.namespace, e.involved_name, e.reason FROM events e JOIN pods p "
        "ON p.uid = e.involved_uid WHERE p.status = 'Pending'",
    ),
    ("disk pressure events",
     "SELECT namespace, involved_name, message FROM events WHERE reason = 'NodeHasDiskPressure'"),
]


@pytest.mark.parametrize("question,sql", DEMO)
def test_sixth_events_intents_on_the_demo_cluster(translator, engine, question, sql):
    assert_same_rows(translator, engine, question, sql, columns=True)


@pytest.mark.parametrize("question,sql", REAL)
def test_sixth_events_intents_on_the_real_snapshot(real_translator, real_engine, question, sql):
    assert_same_rows(real_translator, real_engine, question, sql, columns=True)
