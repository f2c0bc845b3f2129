"""New top-N and time intents (not rewordings of the dev set): rankings by other columns and directions,
one object per group at an extreme, a named object's times, and windows on other timestamps or dates."""

from __future__ import annotations

import pytest

from tests.test_offline import assert_same_rows

DEMO_RANKINGS = [
    # "least recently" / "longest ago": the earliest time first
    ("which cronjob ran least recently?", "SELECT namespace, name FROM cronjobs ORDER BY last_schedule LIMIT 1"),
    ("which cron job ran longest ago?", "SELECT namespace, name FROM cronjobs ORDER BY last_schedule LIMIT 1"),
    (
        "which pod restarted least recently?",
        "SELECT namespace, name FROM pods WHERE last_restart IS NOT NULL ORDER BY last_restart LIMIT 1",
    ),
    # the oldest by a named timestamp: the earliest of that time
    (
        "oldest 3 events by first seen",
        "SELECT namespace, object, reason, first_seen FROM events ORDER BY first_seen LIMIT 3",
    ),
    # "requests the most cpu limits": the limits, "requests" only the verb
    (
        "which namespace requests the most cpu limits?",
        "SELECT namespace, sum(cpu_limit) AS cpu FROM pods GROUP BY namespace ORDER BY cpu DESC NULLS LAST LIMIT 1",
    ),
    # one object per group, at the extreme of a measure, with the measure
    (
        "the pod with the most restarts in each namespace",
        "SELECT namespace, name, restarts FROM pods WHERE restarts > 0 "
        "QUALIFY row_number() OVER (PARTITION BY namespace ORDER BY restarts DESC) = 1",
    ),
    (
        "top pod by restarts per node",
        "SELECT node, name, restarts FROM pods WHERE node IS NOT NULL AND restarts > 0 "
        "QUALIFY row_number() OVER (PARTITION BY node ORDER BY restarts DESC) = 1",
    ),
    (
        "the pod with the highest memory request in each namespace",
        "SELECT namespace, name, memory_request FROM pods "
        "QUALIFY row_number() OVER (PARTITION BY namespace ORDER BY memory_request DESC NULLS LAST) = 1",
    ),
    # a count the object keeps itself, not its pods counted, nor its state filtered
    ("top 3 jobs by failed pods", "SELECT namespace, name, failed FROM jobs ORDER BY failed DESC LIMIT 3"),
    (
        "top 3 deployments by available replicas",
        "SELECT namespace, name, available_replicas FROM deployments ORDER BY available_replicas DESC LIMIT 3",
    ),
    ("node with the highest pod capacity", "SELECT name, pods_capacity FROM nodes ORDER BY pods_capacity DESC LIMIT 1"),
    # already read well
    ("top 5 nodes by cpu capacity", "SELECT name, cpu_capacity FROM nodes ORDER BY cpu_capacity DESC LIMIT 5"),
    ("second newest pod", "SELECT namespace, name FROM pods ORDER BY created DESC LIMIT 1 OFFSET 1"),
    (
        "which 3 hpas scaled most recently?",
        "SELECT namespace, name FROM horizontalpodautoscalers ORDER BY last_scale_time DESC LIMIT 3",
    ),
]

REAL_RANKINGS = [
    ("which lease was renewed least recently?", "SELECT namespace, name FROM leases ORDER BY renew_time LIMIT 1"),
    (
        "top 3 deployments by ready replicas",
        "SELECT namespace, name, ready_replicas FROM deployments ORDER BY ready_replicas DESC LIMIT 3",
    ),
    ("which node has the oldest heartbeat?", "SELECT name FROM nodes ORDER BY last_heartbeat LIMIT 1"),
]

DEMO_TIMES = [
    # a named object's time: that value alone
    (
        "when did the nightly-report cron job last succeed?",
        "SELECT last_successful FROM cronjobs WHERE name = 'nightly-report'",
    ),
    ("when did job db-migrate-v42 finish?", "SELECT completion_time FROM jobs WHERE name = 'db-migrate-v42'"),
    ("how long did job db-migrate-v42 take?", "SELECT duration FROM jobs WHERE name = 'db-migrate-v42'"),
    (
        "how long did the nightly-report-29931960 job run?",
        "SELECT duration FROM jobs WHERE name = 'nightly-report-29931960'",
    ),
    # never succeeded is no successful run, not no run at all
    ("cron jobs that never ran successfully", "SELECT namespace, name FROM cronjobs WHERE last_successful IS NULL"),
    # a container's start is its current run's
    (
        "containers that started in the last hour",
        "SELECT namespace, pod, name FROM containers WHERE started_at > now() - INTERVAL 1 HOUR",
    ),
    # calendar dates
    (
        "pods created since 2026-11-28",
        "SELECT namespace, name FROM pods WHERE created >= TIMESTAMP '2026-11-28'",
    ),
    (
        "events on 2026-11-28",
        "SELECT namespace, object, reason FROM events "
        "WHERE last_seen >= TIMESTAMP '2026-11-28' AND last_seen < TIMESTAMP '2026-11-29'",
    ),
    ("jobs started before 2026-11-26", "SELECT namespace, name FROM jobs WHERE start_time < TIMESTAMP '2026-11-26'"),
    (
        "how many pods restarted since 2026-11-29?",
        "SELECT count(*) FROM pods WHERE last_restart >= TIMESTAMP '2026-11-29'",
    ),
    # a window on both ends, and an age beside another time's window
    (
        "pods created more than 2 hours ago but less than a day ago",
        "SELECT namespace, name FROM pods WHERE created < now() - INTERVAL 2 HOUR AND created > now() - INTERVAL 1 DAY",
    ),
    (
        "pods older than a week that restarted in the last day",
        "SELECT namespace, name FROM pods WHERE age > INTERVAL 7 DAYS AND last_restart > now() - INTERVAL 1 DAY",
    ),
    # a container up that long: its current run began before then
    (
        "how many containers have been running for more than a week?",
        "SELECT count(*) FROM containers WHERE state = 'running' AND started_at < now() - INTERVAL 7 DAY",
    ),
    # the creation time said in words
    ("nodes with their creation time", "SELECT name, created FROM nodes"),
    (
        "pods in payments with their creation timestamp",
        "SELECT name, created FROM pods WHERE namespace = 'payments'",
    ),
    # already read well
    (
        "jobs that took less than 3 minutes",
        "SELECT namespace, name FROM jobs WHERE duration < INTERVAL 3 MINUTE",
    ),
    (
        "pods created between 1 and 7 days ago",
        "SELECT namespace, name FROM pods WHERE created < now() - INTERVAL 1 DAY AND created > now() - INTERVAL 7 DAY",
    ),
]


@pytest.mark.parametrize("question,sql", DEMO_RANKINGS + DEMO_TIMES)
def test_new_rankings_and_times_on_the_demo_cluster(translator, engine, question, sql):
    assert_same_rows(translator, engine, question, sql, columns=True)


@pytest.mark.parametrize("question,sql", REAL_RANKINGS)
def test_new_rankings_on_the_real_cluster(real_translator, real_engine, question, sql):
    assert_same_rows(real_translator, real_engine, question, sql, columns=True)
