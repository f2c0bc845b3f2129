"""A negation is never read past: a question with "not" never gets the rows of the same question without
it. Each expected SQL is what a careful kubectl user would write, checked on the demo cluster's rows."""

from __future__ import annotations

import pytest

from tests.test_offline import assert_same_rows, ctx

NEGATED = [
    ("secrets not of type Opaque", "SELECT namespace, name FROM secrets WHERE type <> 'Opaque'"),
    ("nodes that are not control plane", "SELECT name FROM nodes WHERE NOT list_contains(roles, 'control-plane')"),
    ("jobs that haven't failed", "SELECT namespace, name FROM jobs WHERE status <> 'Failed'"),
    (
        "pods in payments that are not crashlooping",
        "SELECT name FROM pods WHERE namespace = 'payments' AND status NOT LIKE '%CrashLoopBackOff'",
    ),
    (
        "hpas not at their max",
        "SELECT namespace, name FROM horizontalpodautoscalers WHERE current_replicas < max_replicas",
    ),
    # a service with no ports does not expose port 80 either
    (
        "services not exposing port 80",
        "SELECT namespace, name FROM services WHERE ports IS NULL "
        "OR len(list_filter(ports, x -> x LIKE '80/%' OR x LIKE '80:%')) = 0",
    ),
    ("pods that aren't in a Running or Succeeded phase", "SELECT namespace, name FROM pods WHERE status NOT IN ('Running', 'Completed')"),
    ("secrets not of type Opaque in payments", "SELECT name FROM secrets WHERE namespace = 'payments' AND type <> 'Opaque'"),
    # the columns are the plain listing's, not those the filter said would pick
    ("events that aren't from the kubelet", "SELECT namespace, object, reason FROM events WHERE source <> 'kubelet'"),
    # a negated phrase the parser read as nothing: its reading without "not", negated
    (
        "pods that don't have limits",
        "SELECT namespace, name FROM pods WHERE cpu_limit IS NULL AND memory_limit IS NULL",
    ),
    # "that don't have X" is "without X"
    (
        "services that don't have endpoints",
        "SELECT s.namespace, s.name FROM services s LEFT JOIN endpoints e ON e.namespace = s.namespace "
        "AND e.name = s.name WHERE s.type <> 'ExternalName' AND coalesce(e.ready_address_count, 0) = 0",
    ),
    # a phrase read through another table: the plain listing's rows the reading without "not" does not give
    (
        "pods not running nginx",
        "SELECT p.namespace, p.name FROM pods p WHERE NOT EXISTS (SELECT 1 FROM containers c "
        "WHERE c.namespace = p.namespace AND c.pod = p.name AND c.image LIKE '%nginx%')",
    ),
    (
        "nodes not running any kafka pods",
        "SELECT name FROM nodes WHERE name NOT IN "
        "(SELECT node FROM pods WHERE owner_kind = 'StatefulSet' AND owner_name = 'kafka' AND node IS NOT NULL)",
    ),
    (
        "namespaces not running any crashlooping pods",
        "SELECT name FROM namespaces WHERE name NOT IN "
        "(SELECT namespace FROM pods WHERE status LIKE '%CrashLoopBackOff')",
    ),
    ("daemonsets that aren't fully scheduled", "SELECT namespace, name FROM daemonsets WHERE unavailable_replicas > 0"),
    # an exclusion the parser had no condition for: the filters its words add, negated
    ("images other than nginx", "SELECT DISTINCT image FROM containers WHERE image NOT LIKE '%nginx%'"),
    ("all images except busybox", "SELECT DISTINCT image FROM containers WHERE image NOT LIKE '%busybox%'"),
    # negations the parser already reads stay as they are
    ("pods that are not running", "SELECT namespace, name FROM pods WHERE status <> 'Running'"),
    ("nodes that aren't ready", "SELECT name FROM nodes WHERE NOT ready"),
    ("cronjobs that are not suspended", "SELECT namespace, name FROM cronjobs WHERE NOT suspend"),
]


@pytest.mark.parametrize(("question", "sql"), NEGATED)
def test_a_negated_phrase_gives_the_other_rows(translator, engine, question, sql):
    assert_same_rows(translator, engine, question, sql, columns=True)


@pytest.mark.parametrize(
    "question",
    [
        "how many unhealthy pods per namespace (not Running or Completed)?",  # an aside restating the ask
        "which deployments are only partly up, with some but not all replicas ready?",  # a quantifier
        "why isn't kafka-0 ready?",  # a why-question reads the events, whichever way it is said
    ],
)
def test_a_negation_that_denies_no_filter_is_left_alone(translator, question):
    t = translator.translate(question, context=ctx())
    assert not t.declined and "IS TRUE" not in t.sql, t.sql


def test_a_state_said_negated_is_not_the_state(translator):
    # the demo's namespaces are all Active, so the rows cannot tell: the SQL must deny the state
    t = translator.translate("namespaces that aren't active", context=ctx())
    assert t.sql == "SELECT name FROM namespaces WHERE NOT (status = 'Active') IS TRUE"


@pytest.mark.parametrize(
    ("question", "sql"),
    [
        # nothing in the demo is unrun, so the SQL must say "never"; a window keeps its own reading
        ("cronjobs that haven't run", "SELECT namespace, name FROM cronjobs WHERE last_schedule IS NULL"),
        ("jobs that haven't started", "SELECT namespace, name FROM jobs WHERE start_time IS NULL"),
        (
            "cronjobs that haven't run in 2 days",
            "SELECT namespace, name FROM cronjobs WHERE (last_schedule IS NULL OR last_schedule < now() - INTERVAL 2 DAYS)",
        ),
    ],
)
def test_not_yet_run_is_never_run(translator, question, sql):
    assert translator.translate(question, context=ctx()).sql == sql
