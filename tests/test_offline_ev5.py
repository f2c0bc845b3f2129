"""Events questions of intents the dev cases do not hold (fifth round): when a node or pod went through a
state change (its event's first seen), "what's going wrong", back-offs and placements said in words, PVCs
waiting for an external provisioner, one extreme or both of the count column, the first and last time of
some events, events per hour, reasons that fired only once, and objects of a kind with no such events."""

from __future__ import annotations

import pytest

from tests.test_offline import assert_same_rows

DEMO = [
    (
        "when did worker-7 become NotReady?",
        "SELECT first_seen FROM events WHERE involved_kind = 'Node' AND involved_name = 'worker-7' "
        "AND reason = 'NodeNotReady'",
    ),
    (
        "when was pod log-aggregator-bkcd8qvmbn-jqtkc evicted?",
        "SELECT first_seen FROM events WHERE involved_kind = 'Pod' "
        "AND involved_name = 'log-aggregator-bkcd8qvmbn-jqtkc' AND reason = 'Evicted'",
    ),
    (
        "pods with more than 100 back-offs",
        "SELECT DISTINCT namespace, involved_name FROM events WHERE involved_kind = 'Pod' AND reason = 'BackOff' "
        "AND count > 100",
    ),
    (
        "which pvcs are waiting for an external provisioner?",
        "SELECT DISTINCT namespace, involved_name FROM events WHERE reason = 'ExternalProvisioning'",
    ),
    (
        "first and last time of the BackOff events",
        "SELECT min(first_seen), max(last_seen) FROM events WHERE reason = 'BackOff'",
    ),
    (
        "how many events per hour in the last 6 hours",
        "SELECT date_trunc('hour', last_seen) AS hour, count(*) FROM events "
        "WHERE last_seen > now() - INTERVAL 6 HOUR GROUP BY hour",
    ),
    (
        "warning events per hour",
        "SELECT date_trunc('hour', last_seen) AS hour, count(*) FROM events WHERE type = 'Warning' GROUP BY hour",
    ),
    (
        "lowest and highest event count per reason",
        "SELECT reason, min(count), max(count) FROM events GROUP BY reason",
    ),
    ("how many times were pods killed?", "SELECT sum(count) FROM events WHERE reason = 'Killing'"),
    (
        "which deployments had no scaling events?",
        "SELECT d.namespace, d.name FROM deployments d WHERE NOT EXISTS (SELECT 1 FROM events e "
        "WHERE e.namespace = d.namespace AND e.involved_kind = 'Deployment' AND e.involved_name = d.name "
        "AND e.reason = 'ScalingReplicaSet')",
    ),
    (
        "nodes with no warning events",
        "SELECT n.name FROM nodes n WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.involved_kind = 'Node' "
        "AND e.involved_name = n.name AND e.type = 'Warning')",
    ),
    (
        "which cronjobs have no events?",
        "SELECT c.namespace, c.name FROM cronjobs c WHERE NOT EXISTS (SELECT 1 FROM events e "
        "WHERE e.involved_kind = 'CronJob' AND e.namespace = c.namespace AND e.involved_name = c.name)",
    ),
    ("scheduling problems", "SELECT namespace, involved_name, message FROM events WHERE reason = 'FailedScheduling'"),
    (
        "mount issues in frontend",
        "SELECT involved_name, message FROM events WHERE namespace = 'frontend' AND reason = 'FailedMount'",
    ),
    (
        "top 3 longest running events in payments",
        "SELECT object, reason, message FROM events WHERE namespace = 'payments' "
        "ORDER BY last_seen - first_seen DESC LIMIT 3",
    ),
    (
        "events reported by worker-2's kubelet",
        "SELECT namespace, object, reason FROM events WHERE source = 'kubelet' "
        "AND source_host = 'worker-2'",
    ),
    # already read so before this round
    (
        "what happened to pod recommendation-n59sd9rcc8-tcnpp in checkout, in order?",
        "SELECT type, reason, message FROM events WHERE namespace = 'checkout' AND involved_kind = 'Pod' "
        "AND involved_name = 'recommendation-n59sd9rcc8-tcnpp' ORDER BY last_seen",
    ),
    ("how many distinct reasons are there?", "SELECT count(DISTINCT reason) FROM events"),
]

REAL = [
    (
        "when did worker-5 go NotReady?",
        "SELECT first_seen FROM events WHERE involved_kind = 'Node' AND involved_name = 'worker-5' "
        "AND reason = 'NodeNotReady'",
    ),
    (
        "when was worker-4 cordoned?",
        "SELECT first_seen FROM events WHERE involved_kind = 'Node' AND involved_name = 'worker-4' "
        "AND reason = 'NodeNotSchedulable'",
    ),
    (
        "how many times has the scheduler failed to place pods?",
        "SELECT sum(count) FROM events WHERE reason = 'FailedScheduling'",
    ),
    ("min and max event count per type", "SELECT type, min(count), max(count) FROM events GROUP BY type"),
    ("highest repeat count among warning events", "SELECT max(count) FROM events WHERE type = 'Warning'"),
    (
        "what is the highest count among the FailedGetResourceMetric events?",
        "SELECT max(count) FROM events WHERE reason = 'FailedGetResourceMetric'",
    ),
    (
        "earliest and latest time of the FailedAttachVolume events",
        "SELECT min(first_seen), max(last_seen) FROM events WHERE reason = 'FailedAttachVolume'",
    ),
    ("which reasons fired only once?", "SELECT reason FROM events GROUP BY reason HAVING sum(count) = 1"),
    (
        "which warning reasons fired just once?",
        "SELECT reason FROM events WHERE type = 'Warning' GROUP BY reason HAVING sum(count) = 1",
    ),
    (
        "timeline of cassandra-1 in team-b",
        "SELECT type, reason, message FROM events WHERE namespace = 'team-b' AND involved_kind = 'Pod' "
        "AND involved_name = 'cassandra-1' ORDER BY first_seen",
    ),
    (
        "pods in team-b without any warning events",
        "SELECT p.name FROM pods p WHERE p.namespace = 'team-b' AND NOT EXISTS (SELECT 1 FROM events e "
        "WHERE e.involved_kind = 'Pod' AND e.namespace = p.namespace AND e.involved_name = p.name "
        "AND e.type = 'Warning')",
    ),
    (
        "longest running warning event",
        "SELECT namespace, object, reason FROM events WHERE type = 'Warning' "
        "ORDER BY last_seen - first_seen DESC LIMIT 1",
    ),
    (
        "volume attach problems",
        "SELECT namespace, involved_name, message FROM events WHERE reason = 'FailedAttachVolume'",
    ),
    ("how many objects have events?", "SELECT count(DISTINCT involved_uid) FROM events"),
    (
        "which pods have both BackOff and Failed events?",
        "SELECT namespace, involved_name FROM events WHERE involved_kind = 'Pod' AND reason IN ('BackOff', 'Failed') "
        "GROUP BY namespace, involved_name HAVING count(DISTINCT reason) = 2",
    ),
    (
        "how many pods have no events?",
        "SELECT count(*) FROM pods p WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.involved_kind = 'Pod' "
        "AND e.namespace = p.namespace AND e.involved_name = p.name)",
    ),
    # already read so before this round
    (
        "how many warning events per source",
        "SELECT source, count(*) FROM events WHERE type = 'Warning' GROUP BY source",
    ),
]

REAL_HERE = [
    (
        "what's going wrong in here?",
        "SELECT object, reason, message FROM events WHERE namespace = 'shop' AND type = 'Warning'",
    ),
]


@pytest.mark.parametrize("question,sql", DEMO)
def test_fifth_events_intents_on_the_demo_cluster(translator, engine, question, sql):
    assert_same_rows(translator, engine, question, sql, columns=True)


@pytest.mark.parametrize("question,sql", REAL)
def test_fifth_events_intents_on_the_real_snapshot(real_translator, real_engine, question, sql):
    assert_same_rows(real_translator, real_engine, question, sql, columns=True)


@pytest.mark.parametrize("question,sql", REAL_HERE)
def test_fifth_events_intents_asked_in_a_namespace(real_translator, real_engine, question, sql):
    assert_same_rows(real_translator, real_engine, question, sql, columns=True, namespace="shop")
