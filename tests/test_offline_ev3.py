"""Events questions of intents the dev cases do not hold (third round): the events of a workload's pods
picked through any owner (a job's, a statefulset's, "the image-proxy pods", a cron job's jobs), events about
pods grouped by their node, zone, deployment or namespace, occurrences summed, the count column's extremes,
when each object of a kind last had an event, "not seen for N days", first and last seen asked."""

from __future__ import annotations

import pytest

from tests.test_offline import assert_same_rows

DEMO = [
    (
        'events of the pods of job train-recsys-v7 in ml',
        "SELECT e.involved_name, e.reason, e.message FROM events e JOIN pods p ON p.uid = e.involved_uid WHERE p.namespace = 'ml' AND p.owner_kind = 'Job' AND p.owner_name = 'train-recsys-v7'",
    ),
    (
        'what events did the image-proxy pods in frontend get?',
        "SELECT e.involved_name, e.type, e.reason, e.message FROM events e JOIN pods p ON p.uid = e.involved_uid JOIN replicasets r ON r.namespace = p.namespace AND r.name = p.owner_name WHERE p.namespace = 'frontend' AND r.owner_kind = 'Deployment' AND r.owner_name = 'image-proxy'",
    ),
    (
        'how many warning events do the pods of each deployment in payments have?',
        "SELECT r.owner_name, count(*) FROM events e JOIN pods p ON p.uid = e.involved_uid JOIN replicasets r ON r.namespace = p.namespace AND r.name = p.owner_name WHERE p.namespace = 'payments' AND e.type = 'Warning' AND r.owner_kind = 'Deployment' GROUP BY r.owner_name",
    ),
    (
        'how many events are there for the pods of deploy storefront in frontend?',
        "SELECT count(*) FROM events e JOIN pods p ON p.uid = e.involved_uid JOIN replicasets r ON r.namespace = p.namespace AND r.name = p.owner_name WHERE p.namespace = 'frontend' AND r.owner_kind = 'Deployment' AND r.owner_name = 'storefront'",
    ),
    (
        'how many warning events do the pods on each node have?',
        "SELECT p.node, count(*) FROM events e JOIN pods p ON p.uid = e.involved_uid WHERE e.type = 'Warning' AND p.node IS NOT NULL GROUP BY p.node",
    ),
    (
        "which node's pods have the most warning events?",
        "SELECT p.node, count(*) AS n FROM events e JOIN pods p ON p.uid = e.involved_uid WHERE e.type = 'Warning' GROUP BY p.node ORDER BY n DESC LIMIT 1",
    ),
    (
        'how many events per pod on worker-9?',
        "SELECT p.namespace, p.name, count(*) FROM events e JOIN pods p ON p.uid = e.involved_uid WHERE p.node = 'worker-9' GROUP BY p.namespace, p.name",
    ),
    (
        'events of the jobs of cronjob db-backup in data',
        "SELECT e.involved_name, e.reason, e.message FROM events e JOIN jobs j ON j.namespace = e.namespace AND j.name = e.involved_name WHERE e.involved_kind = 'Job' AND j.namespace = 'data' AND j.owner_kind = 'CronJob' AND j.owner_name = 'db-backup'",
    ),
    (
        "which namespace's pods have the most warning events?",
        "SELECT namespace, count(*) AS n FROM events WHERE involved_kind = 'Pod' AND type = 'Warning' GROUP BY namespace ORDER BY n DESC LIMIT 1",
    ),
    (
        'which pod has the most BackOff occurrences?',
        "SELECT namespace, involved_name, sum(count) AS n FROM events WHERE involved_kind = 'Pod' AND reason = 'BackOff' GROUP BY namespace, involved_name ORDER BY n DESC LIMIT 1",
    ),
    (
        'when did each job first get an event?',
        "SELECT namespace, involved_name, min(first_seen) FROM events WHERE involved_kind = 'Job' GROUP BY namespace, involved_name",
    ),
    (
        'first and last seen of the OOMKilling events',
        "SELECT namespace, involved_name, first_seen, last_seen FROM events WHERE reason = 'OOMKilling'",
    ),
    (
        'events not seen for more than 2 days',
        'SELECT namespace, object, reason FROM events WHERE last_seen < now() - INTERVAL 2 DAY',
    ),
    (
        "events that haven't been seen for over a day",
        'SELECT namespace, object, reason FROM events WHERE last_seen < now() - INTERVAL 1 DAY',
    ),
    (
        'total number of event occurrences, counting repeats',
        'SELECT sum(count) FROM events',
    ),
    (
        'how many pods per namespace have warning events?',
        "SELECT namespace, count(DISTINCT involved_name) FROM events WHERE involved_kind = 'Pod' AND type = 'Warning' GROUP BY namespace",
    ),
    (
        'top 2 deployments by warning events on their pods',
        "SELECT p.namespace, r.owner_name, count(*) AS c FROM events e JOIN pods p ON p.uid = e.involved_uid JOIN replicasets r ON r.namespace = p.namespace AND r.name = p.owner_name WHERE e.type = 'Warning' AND r.owner_kind = 'Deployment' GROUP BY p.namespace, r.owner_name ORDER BY c DESC LIMIT 2",
    ),
    (
        'events for pods on nodes in us-east-1b with reason BackOff',
        "SELECT e.namespace, e.involved_name, e.message FROM events e JOIN pods p ON e.involved_kind = 'Pod' AND e.namespace = p.namespace AND e.involved_name = p.name JOIN nodes AS n ON p.node = n.name WHERE n.zone = 'us-east-1b' AND e.reason = 'BackOff'",
    ),
    (
        'which namespace has the most BackOff occurrences?',
        "SELECT namespace, sum(count) AS n FROM events WHERE reason = 'BackOff' GROUP BY namespace ORDER BY n DESC LIMIT 1",
    ),
    (
        'which pods have warning events, and how many?',
        "SELECT namespace, involved_name, count(*) FROM events WHERE involved_kind = 'Pod' AND type = 'Warning' GROUP BY namespace, involved_name",
    ),
    (
        'events for the pods of deployment payments-api in payments',
        "SELECT e.involved_name, e.type, e.reason, e.message FROM events e JOIN pods p ON p.uid = e.involved_uid JOIN replicasets r ON r.namespace = p.namespace AND r.name = p.owner_name WHERE p.namespace = 'payments' AND r.owner_kind = 'Deployment' AND r.owner_name = 'payments-api'",
    ),
    (
        'events of pods in zone us-east-1c',
        "SELECT e.namespace, e.involved_name, e.reason FROM events e JOIN pods p ON e.involved_kind = 'Pod' AND e.namespace = p.namespace AND e.involved_name = p.name JOIN nodes AS n ON p.node = n.name WHERE n.labels['topology.kubernetes.io/zone'] = 'us-east-1c' AND n.zone = 'us-east-1c'",
    ),
    (
        'which nodes run pods that have FailedScheduling or BackOff warnings?',
        "SELECT DISTINCT p.namespace, p.name, p.node FROM events e JOIN pods p ON p.uid = e.involved_uid WHERE e.reason IN ('FailedScheduling', 'BackOff') AND e.type = 'Warning'",
    ),
    (
        'namespaces with no events in the last hour',
        'SELECT n.name FROM namespaces n WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.namespace = n.name AND e.last_seen > now() - INTERVAL 1 HOUR)',
    ),
    (
        'restart counts of the pods with BackOff events',
        "SELECT DISTINCT p.namespace, p.name, p.restarts FROM events e JOIN pods p ON p.uid = e.involved_uid WHERE e.reason = 'BackOff'",
    ),
    (
        'how long has each FailedScheduling event been going on?',
        "SELECT namespace, involved_name, last_seen - first_seen FROM events WHERE reason = 'FailedScheduling'",
    ),
]

REAL = [
    (
        "events of the cassandra statefulset's pods in team-b",
        "SELECT e.involved_name, e.type, e.reason, e.message FROM events e JOIN pods p ON p.uid = e.involved_uid WHERE p.namespace = 'team-b' AND p.owner_kind = 'StatefulSet' AND p.owner_name = 'cassandra'",
    ),
    (
        "how many events do the kube-proxy daemonset's pods have in kube-system?",
        "SELECT count(*) FROM events e JOIN pods p ON p.uid = e.involved_uid WHERE p.namespace = 'kube-system' AND p.owner_kind = 'DaemonSet' AND p.owner_name = 'kube-proxy'",
    ),
    (
        'which deployments have pods with warning events?',
        "SELECT DISTINCT r.namespace, r.owner_name FROM events e JOIN pods p ON p.uid = e.involved_uid JOIN replicasets r ON r.namespace = p.namespace AND r.name = p.owner_name WHERE e.type = 'Warning' AND r.owner_kind = 'Deployment'",
    ),
    (
        'how many warning events are about pods in each zone?',
        "SELECT n.zone, count(*) FROM events e JOIN pods p ON p.uid = e.involved_uid JOIN nodes n ON n.name = p.node WHERE e.type = 'Warning' GROUP BY n.zone",
    ),
    (
        'which pods are being backed off and how many times?',
        "SELECT namespace, involved_name, sum(count) FROM events WHERE involved_kind = 'Pod' AND reason = 'BackOff' GROUP BY namespace, involved_name",
    ),
    (
        'when did each deployment last get an event?',
        "SELECT namespace, involved_name, max(last_seen) FROM events WHERE involved_kind = 'Deployment' GROUP BY namespace, involved_name",
    ),
    (
        'how many different objects have warning events?',
        "SELECT count(DISTINCT involved_uid) FROM events WHERE type = 'Warning'",
    ),
    (
        'max repeat count per reason',
        'SELECT reason, max(count) FROM events GROUP BY reason',
    ),
    (
        'ev sorted by count, top 3 in team-b',
        "SELECT object, reason, count FROM events WHERE namespace = 'team-b' ORDER BY count DESC LIMIT 3",
    ),
    (
        "which zone's pods have the most events?",
        'SELECT n.zone, count(*) AS c FROM events e JOIN pods p ON p.uid = e.involved_uid JOIN nodes n ON n.name = p.node GROUP BY n.zone ORDER BY c DESC LIMIT 1',
    ),
    (
        'which hpas are complaining and how many times?',
        "SELECT namespace, involved_name, sum(count) FROM events WHERE involved_kind = 'HorizontalPodAutoscaler' AND type = 'Warning' GROUP BY namespace, involved_name",
    ),
    (
        'how many Unhealthy events are there for the pods on each node?',
        "SELECT p.node, count(*) FROM events e JOIN pods p ON p.uid = e.involved_uid WHERE e.reason = 'Unhealthy' GROUP BY p.node",
    ),
    (
        'current and desired replicas of the hpas with warning events',
        "SELECT DISTINCT h.namespace, h.name, h.current_replicas, h.desired_replicas FROM horizontalpodautoscalers h JOIN events e ON e.namespace = h.namespace AND e.involved_kind = 'HorizontalPodAutoscaler' AND e.involved_name = h.name WHERE e.type = 'Warning'",
    ),
    (
        'what status are the pods with Failed events in?',
        "SELECT DISTINCT p.namespace, p.name, p.status FROM events e JOIN pods p ON p.uid = e.involved_uid WHERE e.reason = 'Failed'",
    ),
    (
        'which pods have Failed events and what is their status?',
        "SELECT DISTINCT p.namespace, p.name, p.status FROM events e JOIN pods p ON p.uid = e.involved_uid WHERE e.reason = 'Failed'",
    ),
    (
        'BackOff events for pods on worker-1',
        "SELECT e.namespace, e.involved_name, e.message FROM events e JOIN pods p ON e.involved_kind = 'Pod' AND e.namespace = p.namespace AND e.involved_name = p.name WHERE p.node = 'worker-1' AND e.reason = 'BackOff'",
    ),
]


@pytest.mark.parametrize("question,sql", DEMO)
def test_third_events_intents_on_the_demo_cluster(translator, engine, question, sql):
    assert_same_rows(translator, engine, question, sql, columns=True)


@pytest.mark.parametrize("question,sql", REAL)
def test_third_events_intents_on_the_real_snapshot(real_translator, real_engine, question, sql):
    assert_same_rows(real_translator, real_engine, question, sql, columns=True)
