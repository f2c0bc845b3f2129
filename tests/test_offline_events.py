"""Events and time windows, on both clusters: an object's events by name, reasons said as CamelCase or in
words, sources, exclusions, how often events happened, the latest one, and windows on the right timestamp."""

from __future__ import annotations

import pytest

from tests.test_offline import assert_same_rows

DEMO = [
    # a component named in words is the source, not a node called "controller"
    (
        "events from node controller",
        "SELECT namespace, object, reason FROM events WHERE source = 'node-controller'",
    ),
    (
        "warnings from node controller",
        "SELECT namespace, object, reason FROM events "
        "WHERE source = 'node-controller' AND type = 'Warning'",
    ),
    # an event is as old as when it was last seen
    (
        "events older than 3 days",
        "SELECT namespace, object, reason FROM events WHERE last_seen < now() - INTERVAL 3 DAYS",
    ),
    ("how many events are older than a day?", "SELECT count(*) FROM events WHERE last_seen < now() - INTERVAL 1 DAY"),
    # how many times something happened to one object: its events' counts, added up
    (
        "how many times has storefront-2567ch8msd-jcd8s been unhealthy?",
        "SELECT sum(count) FROM events WHERE involved_name = 'storefront-2567ch8msd-jcd8s' AND reason = 'Unhealthy'",
    ),
    (
        "how many times has worker-4 been oom killed?",
        "SELECT sum(count) FROM events WHERE involved_kind = 'Node' AND involved_name = 'worker-4' "
        "AND reason = 'OOMKilling'",
    ),
    # kubectl's field selectors on the involved object
    (
        "ev --field-selector involvedObject.kind=Node",
        "SELECT involved_name, reason, message FROM events WHERE involved_kind = 'Node'",
    ),
    (
        "k get ev --field-selector involvedObject.kind=Job,reason=Completed -n data",
        "SELECT involved_name, message FROM events WHERE namespace = 'data' AND reason = 'Completed'",
    ),
    # misspelt "events" is events, not the suffix of some pod's name
    (
        "evnts for wroker-4",
        "SELECT type, reason, message FROM events WHERE involved_kind = 'Node' AND involved_name = 'worker-4'",
    ),
    ("evnts in paymnts", "SELECT object, reason, message FROM events WHERE namespace = 'payments'"),
    # an object named in plain words, asked about
    (
        "whats up with uploads",
        "SELECT type, reason, message FROM events WHERE namespace = 'staging' "
        "AND involved_kind = 'PersistentVolumeClaim' AND involved_name = 'uploads'",
    ),
    (
        "uploads events",
        "SELECT type, reason, message FROM events WHERE namespace = 'staging' "
        "AND involved_kind = 'PersistentVolumeClaim' AND involved_name = 'uploads'",
    ),
    (
        "what is going on with pvc uploads",
        "SELECT type, reason, message FROM events WHERE namespace = 'staging' "
        "AND involved_kind = 'PersistentVolumeClaim' AND involved_name = 'uploads'",
    ),
    # the last event: the one latest
    (
        "last event for worker-4",
        "SELECT type, reason, message FROM events WHERE involved_kind = 'Node' AND involved_name = 'worker-4' "
        "ORDER BY last_seen DESC LIMIT 1",
    ),
    (
        "the last warning in data",
        "SELECT object, reason, last_seen FROM events WHERE namespace = 'data' AND type = 'Warning' "
        "ORDER BY last_seen DESC LIMIT 1",
    ),
    (
        "last hour events",
        "SELECT namespace, object, reason FROM events WHERE last_seen > now() - INTERVAL 1 HOUR",
    ),
    # when: the time itself
    (
        "when was the last BackOff for order-history-2jl7lt7vfq-fvck2",
        "SELECT last_seen FROM events WHERE involved_name = 'order-history-2jl7lt7vfq-fvck2' AND reason = 'BackOff'",
    ),
    # sums and distinct subjects
    ("sum of counts per reason", "SELECT reason, sum(count) FROM events GROUP BY reason"),
    (
        "how many distinct pods have BackOff events",
        "SELECT count(DISTINCT (namespace, involved_name)) FROM events "
        "WHERE involved_kind = 'Pod' AND reason = 'BackOff'",
    ),
    ("what sources report events", "SELECT DISTINCT source FROM events"),
    ("list event sources", "SELECT DISTINCT source FROM events"),
    (
        "events about jobs or cronjobs",
        "SELECT namespace, involved_name, reason FROM events WHERE involved_kind IN ('Job', 'CronJob')",
    ),
    # an object's events keep what else is asked: a reason, a type, a window
    (
        "BackOff events for pod order-history-2jl7lt7vfq-fvck2",
        "SELECT message FROM events WHERE involved_kind = 'Pod' "
        "AND involved_name = 'order-history-2jl7lt7vfq-fvck2' AND reason = 'BackOff'",
    ),
    (
        "events on node worker-7 in the last hour",
        "SELECT type, reason, message FROM events WHERE involved_kind = 'Node' AND involved_name = 'worker-7' "
        "AND last_seen > now() - INTERVAL 1 HOUR",
    ),
    (
        "which nodes reported oom kills",
        "SELECT DISTINCT involved_name FROM events WHERE involved_kind = 'Node' AND reason = 'OOMKilling'",
    ),
    (
        "how many times has each pod been backed off",
        "SELECT namespace, involved_name, sum(count) FROM events WHERE involved_kind = 'Pod' AND reason = 'BackOff' "
        "GROUP BY namespace, involved_name",
    ),
    (
        "which event fires most often",
        "SELECT namespace, object, reason, count FROM events ORDER BY count DESC LIMIT 1",
    ),
    # a restart said with a window is when it happened, not a count to show
    (
        "crashlooping pods that restarted in the last 10 min",
        "SELECT namespace, name FROM pods WHERE status LIKE '%CrashLoopBackOff' "
        "AND last_restart > now() - INTERVAL 10 MINUTE",
    ),
    # a node's heartbeat ranks by the heartbeat
    ("which node has the oldest heartbeat", "SELECT name FROM nodes ORDER BY last_heartbeat LIMIT 1"),
]

REAL = [
    ("NoPods events", "SELECT namespace, involved_name, message FROM events WHERE reason = 'NoPods'"),
    (
        "which reason fired the most times (counting repeats)",
        "SELECT reason, sum(count) AS n FROM events GROUP BY reason ORDER BY n DESC LIMIT 1",
    ),
    ("total occurrences of Unhealthy", "SELECT sum(count) FROM events WHERE reason = 'Unhealthy'"),
    ("events seen only once", "SELECT namespace, object, reason FROM events WHERE count = 1"),
    (
        "events that happened more than once",
        "SELECT namespace, object, reason, count FROM events WHERE count > 1",
    ),
    (
        "endpoint update failures",
        "SELECT namespace, involved_name, message FROM events "
        "WHERE reason IN ('FailedToUpdateEndpoint', 'FailedToUpdateEndpointSlices')",
    ),
    (
        "events other than FailedCreate in monitoring",
        "SELECT object, reason, message FROM events WHERE namespace = 'monitoring' AND reason <> 'FailedCreate'",
    ),
    (
        "events other than Scheduled, Pulled, Created and Started",
        "SELECT namespace, object, reason FROM events "
        "WHERE reason NOT IN ('Scheduled', 'Pulled', 'Created', 'Started')",
    ),
    (
        "warnings excluding hpa ones",
        "SELECT namespace, object, reason FROM events "
        "WHERE type = 'Warning' AND involved_kind <> 'HorizontalPodAutoscaler'",
    ),
    ("all events but the normal ones", "SELECT namespace, object, reason FROM events WHERE type <> 'Normal'"),
    ("how many events aren't warnings", "SELECT count(*) FROM events WHERE type <> 'Warning'"),
    (
        "warning events without FailedAttachVolume in team-b",
        "SELECT object, reason, message FROM events "
        "WHERE namespace = 'team-b' AND type = 'Warning' AND reason <> 'FailedAttachVolume'",
    ),
    (
        "BackOff or Failed events",
        "SELECT namespace, involved_name, message FROM events WHERE reason IN ('BackOff', 'Failed')",
    ),
    (
        "warning reasons in monitoring",
        "SELECT DISTINCT reason FROM events WHERE namespace = 'monitoring' AND type = 'Warning'",
    ),
    (
        "events about replica sets in monitoring",
        "SELECT involved_name, reason, message FROM events "
        "WHERE namespace = 'monitoring' AND involved_kind = 'ReplicaSet'",
    ),
    (
        "why are the replica sets in kube-system failing to create pods",
        "SELECT involved_name, message FROM events "
        "WHERE namespace = 'kube-system' AND involved_kind = 'ReplicaSet' AND reason = 'FailedCreate'",
    ),
    (
        "events that occurred more than 100 times",
        "SELECT namespace, object, reason, count FROM events WHERE count > 100",
    ),
    (
        "replica set scaling events",
        "SELECT namespace, involved_name, message FROM events WHERE reason = 'ScalingReplicaSet'",
    ),
]


@pytest.mark.parametrize(("question", "sql"), DEMO)
def test_demo_events_and_windows(translator, engine, question, sql):
    assert_same_rows(translator, engine, question, sql, columns=True)


@pytest.mark.parametrize(("question", "sql"), REAL)
def test_real_events_and_windows(real_translator, real_engine, question, sql):
    assert_same_rows(real_translator, real_engine, question, sql, columns=True)
