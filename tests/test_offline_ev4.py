"""Events questions of intents the dev cases do not hold (fourth round): "why was <object> evicted /
killed / pending …" answered by its events of that reason, pods asked "which … were <reason>ed", trouble
words (problems, issues) read as warnings, "can't <verb>" read as that failure, repeats of probe failures
summed, the latest time per object, one column of the one latest event."""

from __future__ import annotations

import pytest

from tests.test_offline import assert_same_rows

DEMO = [
    # "why was <object> <trouble>": what its events of that reason say
    (
        "why was log-aggregator-bkcd8qvmbn-jqtkc evicted?",
        "SELECT message FROM events WHERE namespace = 'data' AND involved_name = 'log-aggregator-bkcd8qvmbn-jqtkc' "
        "AND reason = 'Evicted'",
    ),
    (
        "why was legacy-api-gbxgqs4jfl-vj5rl killed?",
        "SELECT message FROM events WHERE namespace = 'staging' AND involved_name = 'legacy-api-gbxgqs4jfl-vj5rl' "
        "AND reason = 'Killing'",
    ),
    (
        "why can't embedding-service-h4ktcqs8mk-5f6t8 in ml schedule?",
        "SELECT message FROM events WHERE namespace = 'ml' AND involved_name = 'embedding-service-h4ktcqs8mk-5f6t8' "
        "AND reason = 'FailedScheduling'",
    ),
    (
        "why does banner-service-t5vxhg4dhs-2b64j fail to mount its volume?",
        "SELECT message FROM events WHERE namespace = 'frontend' "
        "AND involved_name = 'banner-service-t5vxhg4dhs-2b64j' AND reason = 'FailedMount'",
    ),
    (
        "why is storefront-2567ch8msd-jcd8s unhealthy",
        "SELECT message FROM events WHERE namespace = 'frontend' AND involved_name = 'storefront-2567ch8msd-jcd8s' "
        "AND reason = 'Unhealthy'",
    ),
    # a "why" whose trouble its events do not name keeps all of them; "show its events" too
    (
        "why is recommendation-n59sd9rcc8-tcnpp failing",
        "SELECT type, reason, message FROM events WHERE namespace = 'checkout' "
        "AND involved_name = 'recommendation-n59sd9rcc8-tcnpp'",
    ),
    (
        "why wont analytics-scratch in data bind? show its events",
        "SELECT type, reason, message FROM events WHERE namespace = 'data' AND involved_kind = 'PersistentVolumeClaim' "
        "AND involved_name = 'analytics-scratch'",
    ),
    # "which pods were <reason>ed": the pods, once each
    (
        "which pods were evicted? (events)",
        "SELECT DISTINCT namespace, involved_name FROM events WHERE reason = 'Evicted' AND involved_kind = 'Pod'",
    ),
    (
        "which pods in batch were scheduled? (Scheduled events)",
        "SELECT DISTINCT involved_name FROM events WHERE namespace = 'batch' AND reason = 'Scheduled'",
    ),
    # how many times probes failed: the Unhealthy events' repeats
    ("how many times have probes failed in total?", "SELECT sum(count) FROM events WHERE reason = 'Unhealthy'"),
    # occurrences counted, words searched after their article
    ("total number of event occurrences in frontend", "SELECT sum(count) FROM events WHERE namespace = 'frontend'"),
    (
        "events that mention a taint",
        "SELECT namespace, object, reason FROM events WHERE message ILIKE '%taint%'",
    ),
    # one column of the one latest event
    (
        "what is the message of the latest warning?",
        "SELECT message FROM events WHERE type = 'Warning' ORDER BY last_seen DESC LIMIT 1",
    ),
    # already read: kept so
    (
        "how many OOM kills did each node report (counting repeats)?",
        "SELECT involved_name, sum(count) FROM events WHERE reason = 'OOMKilling' GROUP BY involved_name",
    ),
    (
        "how many events does each pod in checkout have?",
        "SELECT involved_name, count(*) FROM events WHERE namespace = 'checkout' AND involved_kind = 'Pod' "
        "GROUP BY involved_name",
    ),
]

REAL = [
    # trouble words: the warnings
    (
        "problems in team-a (events)",
        "SELECT object, reason, message FROM events WHERE namespace = 'team-a' AND type = 'Warning'",
    ),
    (
        "any issues in the events of bookinfo?",
        "SELECT object, reason, message FROM events WHERE namespace = 'bookinfo' AND type = 'Warning'",
    ),
    # "can't <verb>": that failure's events, about the kind said (and no "not" before the kind)
    (
        "why can't the replica sets create their pods?",
        "SELECT namespace, involved_name, message FROM events WHERE involved_kind = 'ReplicaSet' "
        "AND reason = 'FailedCreate'",
    ),
    (
        "why couldn't the replica sets create their pods?",
        "SELECT namespace, involved_name, message FROM events WHERE involved_kind = 'ReplicaSet' "
        "AND reason = 'FailedCreate'",
    ),
    (
        "which pods couldn't attach their volumes",
        "SELECT namespace, involved_name, message FROM events WHERE reason = 'FailedAttachVolume'",
    ),
    # the latest time per object of a kind
    (
        "last time each hpa in team-b reported a warning",
        "SELECT involved_name, max(last_seen) FROM events WHERE namespace = 'team-b' "
        "AND involved_kind = 'HorizontalPodAutoscaler' AND type = 'Warning' GROUP BY involved_name",
    ),
    (
        "when was the last event for each pod in bookinfo?",
        "SELECT involved_name, max(last_seen) FROM events WHERE namespace = 'bookinfo' AND involved_kind = 'Pod' "
        "GROUP BY involved_name",
    ),
    # already read: kept so
    (
        "how many times did the frontend hpa in shop fail to get metrics? (counting repeats)",
        "SELECT sum(count) FROM events WHERE namespace = 'shop' AND involved_name = 'frontend' "
        "AND reason = 'FailedGetResourceMetric'",
    ),
    (
        "which hpas failed to compute replicas?",
        "SELECT DISTINCT namespace, involved_name FROM events WHERE reason = 'FailedComputeMetricsReplicas'",
    ),
    (
        "events mentioning connection refused",
        "SELECT namespace, object, reason FROM events WHERE message ILIKE '%connection refused%'",
    ),
]

REAL_HERE = [
    (
        "error events here",
        "SELECT object, reason, message FROM events WHERE namespace = 'shop' AND type = 'Warning'",
    ),
]


@pytest.mark.parametrize("question,sql", DEMO)
def test_fourth_events_intents_on_the_demo_cluster(translator, engine, question, sql):
    assert_same_rows(translator, engine, question, sql, columns=True)


@pytest.mark.parametrize("question,sql", REAL)
def test_fourth_events_intents_on_the_real_snapshot(real_translator, real_engine, question, sql):
    assert_same_rows(real_translator, real_engine, question, sql, columns=True)


@pytest.mark.parametrize("question,sql", REAL_HERE)
def test_fourth_events_intents_asked_in_a_namespace(real_translator, real_engine, question, sql):
    assert_same_rows(real_translator, real_engine, question, sql, columns=True, namespace="shop")
