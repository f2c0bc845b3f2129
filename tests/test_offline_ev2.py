"""Events questions of intents the dev cases do not hold (second round): the container an event is about,
when events were seen asked in place of what they say, pods of a node or of cordoned nodes and their events,
repeats counted when namespaces are ranked, the latest time per group, averages per warning reason."""

from __future__ import annotations

import pytest

from tests.test_offline import assert_same_rows

DEMO = [
    # the container an event is about (involvedObject.fieldPath), asked beside it, in place of the message
    (
        "BackOff events and the container each is about",
        "SELECT namespace, involved_name, involved_field FROM events WHERE involved_kind = 'Pod' "
        "AND reason = 'BackOff'",
    ),
    (
        "Failed events and the container they are about",
        "SELECT namespace, involved_name, involved_field FROM events WHERE reason = 'Failed'",
    ),
    # when they were seen, asked for: that time, not what they say
    (
        "when were the BackoffLimitExceeded events last seen?",
        "SELECT namespace, involved_name, last_seen FROM events WHERE reason = 'BackoffLimitExceeded'",
    ),
    (
        "last seen time of each warning event in data",
        "SELECT object, reason, last_seen FROM events WHERE namespace = 'data' AND type = 'Warning'",
    ),
    # "first seen" names no WaitForFirstConsumer reason ("for" and "first" are no reason's words)
    (
        "first seen of the events for kafka-2 in data",
        "SELECT type, reason, message, first_seen FROM events WHERE namespace = 'data' "
        "AND involved_kind = 'Pod' AND involved_name = 'kafka-2'",
    ),
    # "when did each job …": each one's time, not a count per job
    (
        "when did each job complete? (Completed events)",
        "SELECT namespace, involved_name, last_seen FROM events WHERE involved_kind = 'Job' "
        "AND reason = 'Completed'",
    ),
    # the pods of one node that got events, not the node's own events
    (
        "which pods on worker-7 have warning events?",
        "SELECT DISTINCT p.namespace, p.name FROM pods p JOIN events e ON e.involved_uid = p.uid "
        "WHERE e.type = 'Warning' AND p.node = 'worker-7'",
    ),
    (
        "how many pods on worker-7 have warning events?",
        "SELECT count(DISTINCT (p.namespace, p.name)) FROM pods p JOIN events e ON e.involved_uid = p.uid "
        "WHERE e.type = 'Warning' AND p.node = 'worker-7'",
    ),
    # a node flag picks the objects whose events are shown
    (
        "events of pods on cordoned nodes",
        "SELECT e.namespace, e.involved_name, e.reason FROM events e "
        "JOIN pods p ON p.uid = e.involved_uid JOIN nodes n ON n.name = p.node WHERE n.unschedulable",
    ),
    (
        "events about the cordoned nodes",
        "SELECT e.involved_name, e.reason, e.message FROM events e "
        "JOIN nodes n ON e.involved_kind = 'Node' AND e.involved_name = n.name WHERE n.unschedulable",
    ),
    # probes failed, said of one pod: kubelet's Unhealthy events, repeats counted
    (
        "how many times has storefront-2567ch8msd-jcd8s in frontend failed its probes?",
        "SELECT sum(count) FROM events WHERE namespace = 'frontend' "
        "AND involved_name = 'storefront-2567ch8msd-jcd8s' AND reason = 'Unhealthy'",
    ),
    # "per warning reason": grouped by reason, the warnings kept
    (
        "average event count per warning reason",
        "SELECT reason, avg(count) FROM events WHERE type = 'Warning' GROUP BY reason",
    ),
    # the latest time per group, not the groups ranked
    (
        "when did each node last have an event?",
        "SELECT involved_name, max(last_seen) FROM events WHERE involved_kind = 'Node' GROUP BY involved_name",
    ),
    # a long reason and a short one said together: either of them
    (
        "which namespaces have OOMKilling or Evicted events?",
        "SELECT DISTINCT namespace FROM events WHERE reason IN ('OOMKilling', 'Evicted')",
    ),
    # already right: kept so
    (
        "OOMKilling occurrences per node",
        "SELECT involved_name, sum(count) FROM events WHERE involved_kind = 'Node' AND reason = 'OOMKilling' "
        "GROUP BY involved_name",
    ),
    (
        "how many nodes have warning events?",
        "SELECT count(DISTINCT involved_name) FROM events WHERE involved_kind = 'Node' AND type = 'Warning'",
    ),
]

# asked in the ml namespace
DEMO_HERE = [
    # "here" between the kind and its verb: the pods, each once
    (
        "which pods here have warning events?",
        "SELECT DISTINCT involved_name FROM events WHERE namespace = 'ml' AND involved_kind = 'Pod' "
        "AND type = 'Warning'",
    ),
]

REAL = [
    (
        "first seen of the FailedAttachVolume events",
        "SELECT namespace, involved_name, first_seen FROM events WHERE reason = 'FailedAttachVolume'",
    ),
    (
        "Failed events in bookinfo with the container",
        "SELECT involved_name, involved_field FROM events WHERE namespace = 'bookinfo' AND reason = 'Failed'",
    ),
    # namespaces ranked by occurrences: the count column summed, not the events counted
    (
        "top 3 namespaces by total event occurrences",
        "SELECT namespace, sum(count) AS n FROM events GROUP BY namespace ORDER BY n DESC LIMIT 3",
    ),
    (
        "when was the last event in each namespace?",
        "SELECT namespace, max(last_seen) FROM events GROUP BY namespace",
    ),
    # "when was the last …": one time, the latest
    (
        "when was the last warning in shop?",
        "SELECT max(last_seen) FROM events WHERE namespace = 'shop' AND type = 'Warning'",
    ),
    # a kind's name said as words mentioned: those words searched, no events about that kind
    (
        "events mentioning service account",
        "SELECT namespace, object, reason FROM events WHERE message ILIKE '%service account%'",
    ),
    # already right: kept so
    (
        "which replica sets failed to create pods?",
        "SELECT DISTINCT namespace, involved_name FROM events WHERE involved_kind = 'ReplicaSet' "
        "AND reason = 'FailedCreate'",
    ),
    (
        "events about the not ready nodes",
        "SELECT e.involved_name, e.reason, e.message FROM events e "
        "JOIN nodes n ON e.involved_kind = 'Node' AND e.involved_name = n.name WHERE n.status = 'NotReady'",
    ),
]


@pytest.mark.parametrize("question,sql", DEMO)
def test_second_events_intents_on_the_demo_cluster(translator, engine, question, sql):
    assert_same_rows(translator, engine, question, sql, columns=True)


@pytest.mark.parametrize("question,sql", DEMO_HERE)
def test_second_events_intents_asked_in_a_namespace(translator, engine, question, sql):
    assert_same_rows(translator, engine, question, sql, columns=True, namespace="ml")


@pytest.mark.parametrize("question,sql", REAL)
def test_second_events_intents_on_the_real_snapshot(real_translator, real_engine, question, sql):
    assert_same_rows(real_translator, real_engine, question, sql, columns=True)
