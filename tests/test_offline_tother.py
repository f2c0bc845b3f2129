"""Phrasings the offline translator misread (tuning misses outside the joins): each is read as a careful
kubectl user would write the query by hand, on the demo cluster and on the real 1.20 snapshot."""

from __future__ import annotations

import pytest

from tests.test_offline import assert_same_rows, ctx

LB = "SELECT namespace, name, external_ip FROM services WHERE type = 'LoadBalancer'"
PAYMENTS_CLAIMS = "SELECT name FROM pods WHERE namespace = 'payments' AND len(pvcs) > 0"
ML_DEFAULT_REQUESTS = (
    "SELECT name, default_cpu_request, default_memory_request / 1024 ^ 2 FROM limitranges WHERE namespace = 'ml'"
)
NO_LIMITRANGE = (
    "SELECT n.name FROM namespaces n WHERE NOT EXISTS (SELECT 1 FROM limitranges l WHERE l.namespace = n.name)"
)
PAYMENTS_SA_BOUND = (
    "SELECT DISTINCT sa.name FROM serviceaccounts sa JOIN rolebindings b ON b.namespace = sa.namespace "
    "AND list_contains(b.service_accounts, sa.namespace || '/' || sa.name) WHERE sa.namespace = 'payments'"
)

DEMO = [
    # the address a load balancer is reached at is kubectl's EXTERNAL-IP
    ("which services are exposed through a load balancer, and on what address?", LB, None),
    ("load balancer services: at which ip?", LB, None),
    # a list said by what it holds ("persistent storage") filters; it is not asked to be shown
    ("pods in payments w/ persistent storage", PAYMENTS_CLAIMS, None),
    ("pods in payments that use persistent storage", PAYMENTS_CLAIMS, None),
    ("payments pods using persistent storage", PAYMENTS_CLAIMS, None),
    # what the machines are for is no column asked for
    ("nodes of the r5 (memory optimised) family", "SELECT name FROM nodes WHERE instance_type LIKE 'r5.%'", None),
    ("memory-optimized nodes (r5)", "SELECT name FROM nodes WHERE instance_type LIKE 'r5.%'", None),
    # a limit range's defaults
    (
        "limitrange defaults for payments",
        "SELECT name, default_cpu_limit, default_memory_limit FROM limitranges WHERE namespace = 'payments'",
        None,
    ),
    (
        "default cpu and mem limits in payments (limitrange)",
        "SELECT name, default_cpu_limit, default_memory_limit FROM limitranges WHERE namespace = 'payments'",
        None,
    ),
    (
        "what CPU (cores) and memory (MiB) requests do containers get by default in my namespace?",
        ML_DEFAULT_REQUESTS,
        "ml",
    ),
    ("default cpu/mem request from the limit range in this ns (MiB for mem)", ML_DEFAULT_REQUESTS, "ml"),
    (
        "what memory limit do containers get by default in my namespace?",
        "SELECT name, default_memory_limit FROM limitranges WHERE namespace = 'ml'",
        "ml",
    ),
    # "(no limitrange)" says how "no default limits" is meant
    ("which ns have no default limits (no limitrange)?", NO_LIMITRANGE, None),
    ("namespaces without default limits (i.e. no limitrange)", NO_LIMITRANGE, None),
    # service accounts a role binding names
    ("which service accounts here are bound to a role?", PAYMENTS_SA_BOUND, "payments"),
    ("my service accounts with rbac grants", PAYMENTS_SA_BOUND, "payments"),
    # a name's start, or not
    ("pods whose names start with kafka", "SELECT namespace, name FROM pods WHERE name LIKE 'kafka%'", None),
    ("namespaces that don't begin with kube", "SELECT name FROM namespaces WHERE name NOT LIKE 'kube%'", None),
]

REVISIONS = (
    "SELECT name, revision FROM controllerrevisions WHERE namespace = 'team-b' "
    "AND owner_kind = 'StatefulSet' AND owner_name = 'cassandra'"
)
FRONTEND_ENV = "SELECT env_names FROM containers WHERE namespace = 'shop' AND pod LIKE 'frontend-%'"
KSM_LIMITS = (
    "SELECT name, cpu_limit * 1000, memory_limit / 1024 ^ 2 FROM containers "
    "WHERE namespace = 'monitoring' AND pod LIKE 'kube-state-metrics-%'"
)
CUSTOM_PC = "SELECT name FROM priorityclasses WHERE name NOT LIKE 'system-%'"
REPLACE = "SELECT namespace, name FROM cronjobs WHERE concurrency_policy = 'Replace'"

REAL = [
    ("which services are exposed through a load balancer, and on what address?", LB, None),
    # a revision is told by its number; kubectl's kind/name is the owner
    ("controller revisions of statefulset cassandra in team-b", REVISIONS, None),
    ("controllerrevision history for sts/cassandra -n team-b", REVISIONS, None),
    ("controller revisions of statefulset/cassandra in team-b", REVISIONS, None),
    # one pod's environment, asked as the pod's: the variables alone
    ("env var names of frontend", FRONTEND_ENV, "shop"),
    ("which environment variables does the frontend pod here set?", FRONTEND_ENV, "shop"),
    ("what env does frontend have in this namespace", FRONTEND_ENV, "shop"),
    (
        "environment variables of frontend containers",
        "SELECT name, env_names FROM containers WHERE namespace = 'shop' AND pod LIKE 'frontend-%'",
        "shop",
    ),
    # "limits per container": the cpu one and the memory one; "ksm" is kube-state-metrics by its initials
    ("limits per container in the ksm pod, millicores and MiB", KSM_LIMITS, None),
    ("limits per container in the kube-state-metrics pod, millicores and MiB", KSM_LIMITS, None),
    (
        "resource limits of each container in the kube-state-metrics pod",
        "SELECT name, cpu_limit, memory_limit FROM containers "
        "WHERE namespace = 'monitoring' AND pod LIKE 'kube-state-metrics-%'",
        None,
    ),
    # kubectl's short name for priority classes
    ("pc excluding system-*", CUSTOM_PC, None),
    ("priority classes not starting with system-", CUSTOM_PC, None),
    ("list pc", "SELECT name FROM priorityclasses", None),
    # a job that never retries has a backoff limit of 0
    ("jobs that never retry a failed pod", "SELECT namespace, name FROM jobs WHERE backoff_limit = 0", None),
    ("jobs that don't retry on failure", "SELECT namespace, name FROM jobs WHERE backoff_limit = 0", None),
    # a cron job's concurrency policy, said as what it does
    ("cronjobs that replace a still-running job when the next run is due", REPLACE, None),
    ("cron jobs which kill the previous job", REPLACE, None),
    (
        "cronjobs that skip a run while the previous job is still running",
        "SELECT namespace, name FROM cronjobs WHERE concurrency_policy = 'Forbid'",
        None,
    ),
]


@pytest.mark.parametrize(("question", "sql", "namespace"), DEMO)
def test_demo_phrasings(translator, engine, question, sql, namespace):
    assert_same_rows(translator, engine, question, sql, columns=True, namespace=namespace)


@pytest.mark.parametrize(("question", "sql", "namespace"), REAL)
def test_real_phrasings(real_translator, real_engine, question, sql, namespace):
    assert_same_rows(real_translator, real_engine, question, sql, columns=True, namespace=namespace)


@pytest.mark.parametrize(
    "question",
    [
        "are there PVCs whose bound volume is bigger than what they requested?",
        "pvcs with capacity greater than their request",
        "claims that got more storage than requested",
    ],
)
def test_a_claim_bigger_than_its_request_compares_capacity(translator, question):
    # every bound claim of both clusters got what it asked for: the query, not its rows, is checked
    t = translator.translate(question, context=ctx())
    assert not t.declined, t.message
    assert t.sql == "SELECT namespace, name FROM persistentvolumeclaims WHERE capacity > storage_request"


@pytest.mark.parametrize(
    ("question", "sql"),
    [
        ("what address are the load balancers on", LB),
        (
            "what ips are the load balancers in frontend on?",
            "SELECT name, external_ip FROM services WHERE namespace = 'frontend' AND type = 'LoadBalancer'",
        ),
    ],
)
def test_more_demo_phrasings(translator, engine, question, sql):
    assert_same_rows(translator, engine, question, sql, columns=True)
