"""Joined questions said the short or roundabout way: where a workload's pods run, the pods of a cron
job's runs, the pods an object's selector picks said after the object ("netpol x: selected pods")."""

from __future__ import annotations

import pytest

from tests.test_offline import assert_same_rows

PAYMENTS_API_STAGING = (
    "SELECT p.name, p.node FROM pods p JOIN replicasets r ON r.namespace = p.namespace AND r.name = p.owner_name "
    "WHERE p.namespace = 'staging' AND r.owner_kind = 'Deployment' AND r.owner_name = 'payments-api'"
)
WORKER_NODES = (
    "SELECT DISTINCT p.node FROM pods p JOIN replicasets r ON r.namespace = p.namespace "
    "AND r.name = p.owner_name WHERE p.namespace = 'payments' AND r.owner_kind = 'Deployment' "
    "AND r.owner_name = 'payments-worker'"
)


def _cron_pods(name: str, column: str) -> str:
    return (
        f"SELECT p.name, p.{column} FROM pods p JOIN jobs j ON j.namespace = p.namespace AND j.name = p.owner_name "
        f"WHERE p.owner_kind = 'Job' AND j.owner_kind = 'CronJob' AND j.owner_name = '{name}'"
    )


DEMO = [
    # "where are the X pods …": each pod with its node; "where does X run": the nodes alone
    ("where r the staging payments-api pods scheduled", PAYMENTS_API_STAGING),
    (
        "where are the payments-worker pods running",
        WORKER_NODES.replace("SELECT DISTINCT p.node", "SELECT p.name, p.node"),
    ),
    ("where does payments-worker run", WORKER_NODES),
    ("where is payments-worker scheduled? just the node names", WORKER_NODES),
    # a cron job's pods come and go: where it ran is each run's pod with its node
    ("which nodes did the cache-warmer cron job's pods run on?", _cron_pods("cache-warmer", "node")),
    ("where did cache warmer run", _cron_pods("cache-warmer", "node")),
    ("where does nightly-report run", _cron_pods("nightly-report", "node")),
    ("nodes running cache-warmer", _cron_pods("cache-warmer", "node")),
    # the pods of a cron job's runs, with their status
    ("cronjob nightly-report (ns batch): all pods from its jobs + status", _cron_pods("nightly-report", "status")),
    ("cj cache-warmer: pods from its jobs and their status", _cron_pods("cache-warmer", "status")),
    (
        "what happened to the pods of the nightly-report runs in batch? name and status pls",
        _cron_pods("nightly-report", "status"),
    ),
    # a service's pods, with whether each is ready ("ready?" asks, it does not filter)
    (
        "svc/kafka -n data backing pods + ready?",
        "SELECT p.name, p.is_ready FROM services s JOIN pods p ON p.namespace = s.namespace "
        "AND map_entries(s.selector) <@ map_entries(p.labels) WHERE s.namespace = 'data' AND s.name = 'kafka'",
    ),
    # where the pods mounting claims run
    # the pods asked for stay the pods
    (
        "pods using pvcs and their nodes",
        "SELECT namespace, name, node FROM pods WHERE len(pvcs) > 0",
    ),
    (
        "what instance types are the ledger-db statefulset's pods running on in payments?",
        "SELECT p.name, n.instance_type FROM pods p JOIN nodes n ON n.name = p.node "
        "WHERE p.namespace = 'payments' AND p.owner_kind = 'StatefulSet' AND p.owner_name = 'ledger-db'",
    ),
    (
        "what does the kafka service route to",
        "SELECT name FROM pods WHERE namespace = 'data' AND owner_kind = 'StatefulSet' AND owner_name = 'kafka'",
    ),
]

REAL = [
    (
        "what does kube-dns route to",
        "SELECT p.name FROM services s JOIN pods p ON p.namespace = s.namespace AND map_entries(s.selector) "
        "<@ map_entries(p.labels) WHERE s.namespace = 'kube-system' AND s.name = 'kube-dns'",
    ),
    (
        "what state are the pods behind the reviews service in bookinfo in?",
        "SELECT p.name, p.status FROM endpoints e JOIN pods p ON p.namespace = e.namespace "
        "AND list_contains(e.target_pods, p.name) WHERE e.namespace = 'bookinfo' AND e.name = 'reviews'",
    ),
]


@pytest.mark.parametrize(("question", "sql"), DEMO)
def test_joined_questions_said_short(translator, engine, question, sql):
    assert_same_rows(translator, engine, question, sql, columns=True)


@pytest.mark.parametrize(("question", "sql"), REAL)
def test_joined_questions_said_short_on_the_real_cluster(real_translator, real_engine, question, sql):
    assert_same_rows(real_translator, real_engine, question, sql, columns=True)
