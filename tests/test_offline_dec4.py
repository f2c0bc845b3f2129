"""Requests kubequery must decline, said in ways the earlier rules missed (new order verbs, orders on a
condition or said as an obligation, orders in a follow-up, secret and environment values asked by a
name, metrics, logs, what-ifs and history said as states), and their answerable neighbours, which stay
answered."""

from __future__ import annotations

import pytest

from kubequery.translate.base import Turn
from tests.test_offline import assert_same_rows, ctx

DECLINED_ON_BOTH = [
    # order verbs the older rules did not know
    "power cycle worker-5",
    "turn worker-5 off",
    "swap the image of checkout-api",
    "unstick the pending pods",
    "unblock the pending pods",
    "repair worker-3",
    "recover worker-3",
    "rebuild worker-3",
    "reimage worker-3",
    "enforce restricted pod security on staging",
    "deny egress from ml",
    "end the running jobs",
    "finish the backup job",
    "complete the job",
    "wake up the suspended cronjobs",
    "empty the staging namespace",
    "clear out the batch namespace",
    "gc the completed pods",
    "fire the db-backup job",
    "debug the crashlooping pod",
    "double the memory limits of the ml pods",
    # orders with an amount, a port or a kind after a name
    "set memory limit 2Gi on payments-api",
    "expose storefront on port 80",
    "replicas=5 for storefront",
    "I want 3 storefront pods",
    "restart nginx ingress",
    "del po kafka-0",
    "k del po kafka-0",
    "k top po",
    # orders said politely, on a condition, or as an obligation
    "could you possibly restart storefront",
    "go ahead, restart kafka",
    "i'd love it if you deleted the failed pods",
    "is kafka-0 running? if not restart it",
    "if kafka-0 is down restart it",
    "restart storefront if it's crashlooping",
    "kafka-0 has to be restarted",
    "kafka-0 must be restarted",
    "worker-3 should be drained",
    "worker-3 ought to be cordoned",
    "the failed pods should go",
    "alert me if a node goes down",
    "set up an alert for crashloops",
    # how-to and concepts, not the cluster's objects
    "what's the command to cordon worker-3",
    "give me the kubectl command to delete the failed pods",
    "what is a pod",
    # secret and environment values
    "the private key of the storefront-tls secret",
    "session secret of the frontend",
    "what's the redis url in team-a",
    "registry credentials for registry.acme.io",
    "basic auth creds for the ingress",
    "secret redis-auth as json",
    "which secrets have an empty password",
    "which secrets contain the word 'prod'",
    "print env of the storefront pod",
    "what is DATABASE_URL set to in checkout-api",
    # live use, traffic and users
    "the most active pod",
    "most active deployments",
    "which deployments get no requests",
    "dead services nobody calls",
    "why is storefront slow",
    "active users on the frontend",
    "how many 500s did checkout return",
    "http errors on the ingress",
    "mtbf of worker-3",
    "network in of worker-3",
    "which pods use the gpus the most",
    "how much gpu memory is free",
    # output, dumps and the cloud account
    "why did the init container fail, show output",
    "the crash dump of fraud-detector",
    "the security groups of the nodes",
    "the route53 records for shop",
    # history, audit and predictions
    "crashes per day for fraud-detector",
    "node count history",
    "who wrote the storefront deployment",
    "how long until the job finishes",
    "is storefront going to crash",
    "can kafka-0 fit on worker-2",
    "would a 4Gi pod fit anywhere",
    # more verbs, SQL that writes after a read, and measurements inside the apps
    "lock the storefront image",
    "select * from pods; delete from pods",
    "pods close to oom",
    "page faults on worker-3",
    "db connections from checkout-api",
    # columns nothing holds, asked beside ones that are held
    "deployments and their last deploy time",
    "pods and the errors they logged",
    "ingresses with request counts",
    "pvcs with their used space",
    "jobs with their output",
    "cronjobs with their last output",
    # an order after a listing, on a plain-word name; the cluster's own credentials; money said as $
    "show deployments and scale storefront to 3",
    "point shop.example.com at the ingress",
    "show the kubeconfig file of worker-3",
    "the sa key",
    "$ per namespace",
]


@pytest.mark.parametrize("question", DECLINED_ON_BOTH)
def test_declined_on_both_clusters(translator, real_translator, question):
    for t in (translator, real_translator):
        got = t.translate(question, context=ctx())
        assert got.declined and got.sql is None and got.message, (question, got.sql)


FOLLOW_UPS = [
    ("deployments in ml", "SELECT name FROM deployments WHERE namespace = 'ml'", "double their memory limits"),
    (
        "failed pods in batch",
        "SELECT name FROM pods WHERE namespace = 'batch' AND phase = 'Failed'",
        "and their memory use?",
    ),
    ("namespaces", "SELECT name FROM namespaces", "add quotas to them"),
    (
        "which deployments have no hpa",
        "SELECT namespace, name FROM deployments d WHERE NOT EXISTS (SELECT 1 FROM horizontalpodautoscalers h "
        "WHERE h.namespace = d.namespace AND h.target_name = d.name)",
        "add an hpa to each",
    ),
    ("pods on worker-3", "SELECT namespace, name FROM pods WHERE node = 'worker-3'", "what if worker-3 dies"),
    ("secrets in payments", "SELECT name, type FROM secrets WHERE namespace = 'payments'", "with data"),
    (
        "crashlooping pods",
        "SELECT namespace, name FROM pods WHERE status LIKE '%CrashLoopBackOff'",
        "the first one. kill it",
    ),
]


FOLLOW_UPS += [
    (
        "storefront image",
        "SELECT DISTINCT image FROM containers WHERE pod LIKE 'storefront-%'",
        "change it to nginx:latest",
    ),
]
_HERE = ("pods here", "SELECT name FROM pods WHERE namespace = 'payments'")
FOLLOW_UPS += [
    (*_HERE, question)
    for question in (
        "any errors logged?",
        "spread them across zones",
        "rebalance",
        "sort them out",
        "deal with the failing ones",
        "handle it",
        "make it so",
        "yes please",
        "output?",
        "history?",
        "yesterday?",
        "who made them?",
        "who started them",
    )
]


@pytest.mark.parametrize(("before", "sql", "question"), FOLLOW_UPS)
def test_follow_ups_acting_on_the_answer_are_declined(translator, before, sql, question):
    got = translator.translate(question, context=ctx(turns=(Turn(before, sql),)))
    assert got.declined and got.sql is None, got.sql


@pytest.mark.parametrize(
    "question", ["what happened here last night", "restart everything here", "make me admin here", "my kubeconfig",
                 "will my pods get evicted"]
)
def test_declined_in_the_current_namespace(translator, question):
    got = translator.translate(question, context=ctx("payments"))
    assert got.declined and got.sql is None, got.sql


ANSWERED_ON_DEMO = [
    # the same words, asking: a state, a list, a name
    ("complete jobs", "SELECT namespace, name FROM jobs WHERE status = 'Complete'"),
    (
        "jobs with the most active pods",
        "SELECT namespace, owner_name, count(*) AS pods FROM pods WHERE owner_kind = 'Job' "
        "GROUP BY namespace, owner_name ORDER BY pods DESC LIMIT 1",
    ),
    ("restart count of pods in payments", "SELECT name, restarts FROM pods WHERE namespace = 'payments'"),
    (
        "services exposing port 80",
        "SELECT namespace, name FROM services WHERE len(list_filter(ports, x -> x LIKE '80/%' OR x LIKE '80:%')) > 0",
    ),
    (
        "containers that set a LOG_LEVEL env var",
        "SELECT namespace, pod, name FROM containers WHERE list_contains(env_names, 'LOG_LEVEL')",
    ),
    (
        "secrets containing key DATABASE_URL",
        "SELECT namespace, name FROM secrets WHERE list_contains(data_keys, 'DATABASE_URL')",
    ),
    ("what keys does payments-api-secrets have", "SELECT namespace, data_keys FROM secrets WHERE name = 'payments-api-secrets'"),
    ("secrets in payments with their keys", "SELECT name, data_keys FROM secrets WHERE namespace = 'payments'"),
    (
        "free memory on worker-3",
        "SELECT n.memory_allocatable - sum(p.memory_request) FROM nodes n JOIN pods p ON p.node = n.name "
        "WHERE n.name = 'worker-3' GROUP BY n.memory_allocatable",
    ),
    ("pods on worker-3 if any", "SELECT namespace, name FROM pods WHERE node = 'worker-3'"),
    ("cordoned nodes", "SELECT name FROM nodes WHERE unschedulable"),
    ("top 3 pods by restarts", "SELECT namespace, name, restarts FROM pods ORDER BY restarts DESC LIMIT 3"),
]


@pytest.mark.parametrize(("question", "sql"), ANSWERED_ON_DEMO)
def test_neighbours_stay_answered(translator, engine, question, sql):
    assert_same_rows(translator, engine, question, sql, columns=True)


FOLLOW_UPS_ANSWERED = [
    ("sort them by restarts", "SELECT name, restarts FROM pods WHERE namespace = 'payments' ORDER BY restarts DESC"),
    ("only the running ones", "SELECT name FROM pods WHERE namespace = 'payments' AND status = 'Running'"),
    ("add their node", "SELECT name, node FROM pods WHERE namespace = 'payments'"),
    ("make it the first 3", "SELECT name FROM pods WHERE namespace = 'payments' LIMIT 3"),
    ("change it to checkout", "SELECT name FROM pods WHERE namespace = 'checkout'"),
]


@pytest.mark.parametrize(("question", "sql"), FOLLOW_UPS_ANSWERED)
def test_follow_ups_editing_the_answer_stay_answered(translator, engine, question, sql):
    got = translator.translate(question, context=ctx(turns=(Turn(*_HERE),)))
    assert not got.declined, got.message
    expected, rows = engine.query(sql).rows, engine.query(got.sql).rows
    assert expected and sorted(rows, key=repr) == sorted(expected, key=repr), got.sql


def test_quota_usage_in_the_current_namespace_stays_answered(translator, engine):
    sql = "SELECT name, hard, used FROM resourcequotas WHERE namespace = 'payments'"
    assert_same_rows(translator, engine, "what's my quota usage", sql, namespace="payments", columns=True)
