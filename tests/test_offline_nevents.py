"""Events questions of intents the dev cases do not hold: the places or objects that got an event, the count
column asked beside a reason, reasons by their first letters, events seen once, pods a state picks among
those events are about."""

from __future__ import annotations

import pytest

from tests.test_offline import assert_same_rows

DEMO = [
    # "per event reason": the reason, with "event" said before it
    (
        "total occurrences per event reason, counting repeats",
        "SELECT reason, sum(count) FROM events GROUP BY reason",
    ),
    ("events per event reason", "SELECT reason, count(*) FROM events GROUP BY reason"),
    # the count column asked beside the reason, not the events counted
    (
        "reason and count of the events for pod fraud-detector-z6968wd5xd-j6wvn in payments",
        "SELECT reason, count FROM events WHERE namespace = 'payments' AND involved_kind = 'Pod' "
        "AND involved_name = 'fraud-detector-z6968wd5xd-j6wvn'",
    ),
    ("events that only happened once", "SELECT namespace, object, reason FROM events WHERE count = 1"),
    # a namespace left out keeps the events of nodes, which have none of their own
    (
        "warning events outside kube-system",
        "SELECT namespace, object, reason FROM events WHERE namespace <> 'kube-system' AND type = 'Warning'",
    ),
    (
        "crashlooping pods with BackOff events",
        "SELECT DISTINCT p.namespace, p.name FROM pods p JOIN events e ON e.involved_uid = p.uid "
        "WHERE p.status LIKE '%CrashLoopBackOff' AND e.reason = 'BackOff'",
    ),
    # a node's kubelet ranked: the node that reported them, not the one they are about
    (
        "which node's kubelet reported the most warnings?",
        "SELECT source_host, count(*) AS n FROM events WHERE type = 'Warning' AND source = 'kubelet' "
        "GROUP BY source_host ORDER BY n DESC LIMIT 1",
    ),
    # "with count": the events' count column beside what they are, not how many there are
    (
        "events for hpa model-serving in ml with count",
        "SELECT type, reason, message, count FROM events WHERE namespace = 'ml' "
        "AND involved_kind = 'HorizontalPodAutoscaler' AND involved_name = 'model-serving'",
    ),
    # a pod state quoted as text the events mention: that text searched, not image pull failures read
    (
        "events that mention ErrImagePull",
        "SELECT namespace, object, reason FROM events WHERE message ILIKE '%ErrImagePull%'",
    ),
    (
        "events mentioning ImagePullBackOff in checkout",
        "SELECT object, reason, message FROM events WHERE namespace = 'checkout' "
        "AND message ILIKE '%ImagePullBackOff%'",
    ),
    # already read so
    ("how many warning events are there?", "SELECT count(*) FROM events WHERE type = 'Warning'"),
    (
        "which nodes have NodeNotReady events?",
        "SELECT DISTINCT involved_name FROM events WHERE involved_kind = 'Node' AND reason = 'NodeNotReady'",
    ),
    (
        "Killing events in data",
        "SELECT involved_name, message FROM events WHERE namespace = 'data' AND reason = 'Killing'",
    ),
]

REAL = [
    # the places, or a kind's objects, that got such an event: each once
    (
        "which namespaces have FailedCreate events?",
        "SELECT DISTINCT namespace FROM events WHERE reason = 'FailedCreate'",
    ),
    (
        "which namespaces got Evicted events?",
        "SELECT DISTINCT namespace FROM events WHERE reason = 'Evicted'",
    ),
    (
        "which pdbs have NoPods events?",
        "SELECT DISTINCT namespace, involved_name FROM events WHERE reason = 'NoPods'",
    ),
    # "FailedCreate" after a kind is a reason, not "failed" said of the daemon sets
    (
        "daemonset FailedCreate events",
        "SELECT namespace, involved_name, message FROM events WHERE involved_kind = 'DaemonSet' "
        "AND reason = 'FailedCreate'",
    ),
    # a reason by its first letters ("starting" names no Started reason)
    (
        "events with reason starting with FailedGet",
        "SELECT namespace, object, reason FROM events WHERE reason LIKE 'FailedGet%'",
    ),
    (
        "events with reason starting with Failed in team-b",
        "SELECT object, reason, message FROM events WHERE namespace = 'team-b' AND reason LIKE 'Failed%'",
    ),
    # pods a state picks, among those the events are about
    (
        "which pending pods have FailedScheduling events?",
        "SELECT DISTINCT p.namespace, p.name FROM pods p JOIN events e ON e.involved_uid = p.uid "
        "WHERE p.status = 'Pending' AND e.reason = 'FailedScheduling'",
    ),
    (
        "running pods with warning events",
        "SELECT DISTINCT p.namespace, p.name FROM pods p JOIN events e ON e.involved_uid = p.uid "
        "WHERE p.status = 'Running' AND e.type = 'Warning'",
    ),
    (
        "event count per event type in shop",
        "SELECT type, count(*) FROM events WHERE namespace = 'shop' GROUP BY type",
    ),
    (
        "pod warning events in bookinfo with count",
        "SELECT involved_name, reason, count FROM events WHERE namespace = 'bookinfo' AND involved_kind = 'Pod' "
        "AND type = 'Warning'",
    ),
    # already read so
    (
        "which pods got OOM killed according to events?",
        "SELECT DISTINCT namespace, involved_name FROM events WHERE reason = 'OOMKilling' AND involved_kind = 'Pod'",
    ),
    (
        "how many warning events does each hpa have?",
        "SELECT namespace, involved_name, count(*) FROM events WHERE involved_kind = 'HorizontalPodAutoscaler' "
        "AND type = 'Warning' GROUP BY namespace, involved_name",
    ),
]


@pytest.mark.parametrize("question,sql", DEMO)
def test_new_events_intents_on_the_demo_cluster(translator, engine, question, sql):
    assert_same_rows(translator, engine, question, sql, columns=True)


@pytest.mark.parametrize("question,sql", REAL)
def test_new_events_intents_on_the_real_snapshot(real_translator, real_engine, question, sql):
    assert_same_rows(real_translator, real_engine, question, sql, columns=True)
