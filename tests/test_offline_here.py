"""Questions asked in the asker's current namespace ("here", "my pods"), and follow-ups that edit the
previous answer, read as a kubectl user in that namespace means them."""

from __future__ import annotations

import pytest

from eval.harness.cases import Turn
from tests.test_offline import assert_same_rows, ctx

HERE = [
    # the namespace's possessive names the kind in it, not the namespace
    ("payments", "this namespace's pods", "SELECT name FROM pods WHERE namespace = 'payments'"),
    ("data", "my namespace's statefulsets", "SELECT name FROM statefulsets WHERE namespace = 'data'"),
    # a plural's possessive names the kind: "my deployments' images"
    (
        "payments",
        "my deployments' images",
        "SELECT name, images FROM deployments WHERE namespace = 'payments'",
    ),
    # the kind of the owner said: "whose owner is a job"
    (
        "batch",
        "pods here whose owner is a job",
        "SELECT name FROM pods WHERE namespace = 'batch' AND owner_kind = 'Job'",
    ),
    # the pods of a kind of owner, none named; a deployment's through its replica sets
    (
        "data",
        "pods of my statefulsets",
        "SELECT name FROM pods WHERE namespace = 'data' AND owner_kind = 'StatefulSet'",
    ),
    (
        "data",
        "pods owned by a deployment",
        "SELECT p.name FROM pods p JOIN replicasets r ON r.namespace = p.namespace AND r.name = p.owner_name "
        "WHERE p.namespace = 'data' AND r.owner_kind = 'Deployment'",
    ),
    # the namespace's quota, unnamed
    (
        "staging",
        "how many more pods can I create?",
        "SELECT CAST(hard['pods'] AS INTEGER) - CAST(used['pods'] AS INTEGER) FROM resourcequotas "
        "WHERE namespace = 'staging'",
    ),
    (
        "staging",
        "how close am I to my quota?",
        "SELECT name, max_usage_percent FROM resourcequotas WHERE namespace = 'staging'",
    ),
    # one object asked for, "here" said between the kind and the ranking
    (
        "payments",
        "the deployment here with the most replicas",
        "SELECT name, desired FROM deployments WHERE namespace = 'payments' ORDER BY desired DESC LIMIT 1",
    ),
    # "my pods by age": in that order
    ("checkout", "my pods by age", "SELECT name FROM pods WHERE namespace = 'checkout' ORDER BY created"),
    # "why did they fail": the reason of each failure
    (
        "data",
        "why did the jobs here fail?",
        "SELECT name, failure_reason FROM jobs WHERE namespace = 'data' AND status = 'Failed'",
    ),
    ("data", "my pods' images", "SELECT name, images FROM pods WHERE namespace = 'data'"),
    # the quota of the namespace asked in, its limits and what is used
    ("payments", "quota here", "SELECT name, hard, used FROM resourcequotas WHERE namespace = 'payments'"),
    ("ml", "resourcequota", "SELECT name, hard, used FROM resourcequotas WHERE namespace = 'ml'"),
    (
        "staging",
        "quotas in this namespace",
        "SELECT name, hard, used FROM resourcequotas WHERE namespace = 'staging'",
    ),
    # READY, a count as kubectl shows it, asked beside each
    (
        "data",
        "statefulsets here and their ready counts",
        "SELECT name, ready FROM statefulsets WHERE namespace = 'data'",
    ),
    (
        "payments",
        "my deployments with their ready counts",
        "SELECT name, ready FROM deployments WHERE namespace = 'payments'",
    ),
    # the owners of pods: their kind and name
    (
        "payments",
        "pods here and their owners",
        "SELECT name, owner_kind, owner_name FROM pods WHERE namespace = 'payments'",
    ),
    (
        "checkout",
        "who owns my pods?",
        "SELECT name, owner_kind, owner_name FROM pods WHERE namespace = 'checkout'",
    ),
    # "what's failing / broken here": the pods in trouble, with what each one's status is
    (
        "data",
        "what's failing in my namespace?",
        "SELECT name, status FROM pods WHERE namespace = 'data' AND status NOT IN ('Running', 'Completed')",
    ),
    (
        "checkout",
        "what's broken here?",
        "SELECT name, status FROM pods WHERE namespace = 'checkout' AND status NOT IN ('Running', 'Completed')",
    ),
    # "more than once": a number of times
    (
        "checkout",
        "which pods here have restarted more than once?",
        "SELECT name FROM pods WHERE namespace = 'checkout' AND restarts > 1",
    ),
    # "and when they last ran": each one with that time
    (
        "data",
        "cronjobs here and when they last ran",
        "SELECT name, last_schedule FROM cronjobs WHERE namespace = 'data'",
    ),
]


@pytest.mark.parametrize(("namespace", "question", "sql"), HERE)
def test_questions_asked_here(translator, engine, namespace, question, sql):
    assert_same_rows(translator, engine, question, sql, columns=True, namespace=namespace)


REAL_HERE = [
    # "aren't healthy", "any problems here?": the pods in trouble, not the healthy ones
    (
        "team-b",
        "which of my pods aren't healthy?",
        "SELECT name FROM pods WHERE namespace = 'team-b' AND status NOT IN ('Running', 'Completed')",
    ),
    (
        "team-b",
        "any problems here?",
        "SELECT name FROM pods WHERE namespace = 'team-b' AND status NOT IN ('Running', 'Completed')",
    ),
    ("team-b", "quota here", "SELECT name, hard, used FROM resourcequotas WHERE namespace = 'team-b'"),
    ("shop", "my deployments' images", "SELECT name, images FROM deployments WHERE namespace = 'shop'"),
    (
        "team-b",
        "pods here and their owners",
        "SELECT name, owner_kind, owner_name FROM pods WHERE namespace = 'team-b'",
    ),
]


@pytest.mark.parametrize(("namespace", "question", "sql"), REAL_HERE)
def test_questions_asked_here_on_the_real_cluster(real_translator, real_engine, namespace, question, sql):
    assert_same_rows(real_translator, real_engine, question, sql, columns=True, namespace=namespace)


PODS_WITH_STATUS = "SELECT name, status FROM pods WHERE namespace = 'payments'"

FOLLOWUPS = [
    # the same question in another place, the columns kept
    ("the same for checkout", PODS_WITH_STATUS, "SELECT name, status FROM pods WHERE namespace = 'checkout'"),
    ("repeat for staging", PODS_WITH_STATUS, "SELECT name, status FROM pods WHERE namespace = 'staging'"),
    ("staging?", PODS_WITH_STATUS, "SELECT name, status FROM pods WHERE namespace = 'staging'"),
    (
        "restrict to worker-2",
        PODS_WITH_STATUS,
        "SELECT name, status FROM pods WHERE namespace = 'payments' AND node = 'worker-2'",
    ),
    (
        "on worker-2?",
        PODS_WITH_STATUS,
        "SELECT name, status FROM pods WHERE namespace = 'payments' AND node = 'worker-2'",
    ),
    # columns kept, dropped or added; an order; a window said alone
    ("names only", PODS_WITH_STATUS, "SELECT name FROM pods WHERE namespace = 'payments'"),
    (
        "include restarts",
        PODS_WITH_STATUS,
        "SELECT name, status, restarts FROM pods WHERE namespace = 'payments'",
    ),
    (
        "created more than a day ago",
        PODS_WITH_STATUS,
        "SELECT name, status FROM pods WHERE namespace = 'payments' AND age > INTERVAL 1 DAY",
    ),
    # "which ones have the most …": the previous answer ranked by it, in the same place
    (
        "which ones have the most restarts?",
        "SELECT name FROM pods WHERE namespace = 'payments'",
        "SELECT name, restarts FROM pods WHERE namespace = 'payments' ORDER BY restarts DESC",
    ),
    (
        "which one has the most restarts?",
        "SELECT name FROM pods WHERE namespace = 'checkout'",
        "SELECT name, restarts FROM pods WHERE namespace = 'checkout' ORDER BY restarts DESC LIMIT 1",
    ),
    # "which ones?" after a count: the rows counted
    (
        "which ones?",
        "SELECT count(*) FROM pods WHERE status = 'CrashLoopBackOff'",
        "SELECT namespace, name FROM pods WHERE status = 'CrashLoopBackOff'",
    ),
    # "why?" after failed jobs: the reason each one failed
    (
        "why?",
        "SELECT name FROM jobs WHERE namespace = 'data' AND status = 'Failed'",
        "SELECT name, failure_reason FROM jobs WHERE namespace = 'data' AND status = 'Failed'",
    ),
    # the same ranking, in every namespace
    (
        "and across the cluster?",
        "SELECT name, restarts FROM pods WHERE namespace = 'data' ORDER BY restarts DESC LIMIT 3",
        "SELECT namespace, name, restarts FROM pods ORDER BY restarts DESC LIMIT 3",
    ),
    (
        "how many across all namespaces?",
        "SELECT name FROM pods WHERE namespace = 'data'",
        "SELECT count(*) FROM pods",
    ),
    # "on each" of the nodes listed: the pods counted per node
    (
        "and how many pods on each?",
        "SELECT name FROM nodes WHERE NOT ready",
        "SELECT node, count(*) FROM pods WHERE node IN (SELECT name FROM nodes WHERE NOT ready) GROUP BY node",
    ),
    # a column left out, though its word also names a kind
    (
        "drop the images",
        "SELECT namespace, name, images FROM deployments",
        "SELECT namespace, name FROM deployments",
    ),
    # the names of the pods the containers listed belong to
    (
        "just the pod names",
        "SELECT namespace, pod, name, restarts FROM containers WHERE restarts > 0",
        "SELECT DISTINCT pod FROM containers WHERE restarts > 0",
    ),
    # another kind asked of the same place, though a column shown before is not one it has
    (
        "what about cronjobs?",
        "SELECT name, status FROM jobs WHERE namespace = 'batch'",
        "SELECT name FROM cronjobs WHERE namespace = 'batch'",
    ),
    # a window said alone narrows the previous answer
    (
        "older than a day",
        "SELECT name FROM pods WHERE namespace = 'payments'",
        "SELECT name FROM pods WHERE namespace = 'payments' AND age > INTERVAL 1 DAY",
    ),
    # "which ones failed?": those of the previous answer in that state
    (
        "which ones failed?",
        "SELECT name, status FROM jobs WHERE namespace = 'batch'",
        "SELECT name FROM jobs WHERE namespace = 'batch' AND status = 'Failed'",
    ),
]


def _followup(translator, engine, question, previous, sql, namespace=None, asked="earlier"):
    t = translator.translate(question, context=ctx(namespace, (Turn(question=asked, sql=previous),)))
    assert not t.declined, t.message
    want, got = engine.query(sql), engine.query(t.sql)
    assert want.rows and sorted(got.rows, key=repr) == sorted(want.rows, key=repr), t.sql
    assert len(got.columns) == len(want.columns), t.sql


@pytest.mark.parametrize(("question", "previous", "sql"), FOLLOWUPS)
def test_followups(translator, engine, question, previous, sql):
    _followup(translator, engine, question, previous, sql)


REAL_FOLLOWUPS = [
    # a column added or a window set, though the word also names a kind or reads as an order
    (
        "include the images",
        "SELECT name, ready FROM deployments WHERE namespace = 'team-b'",
        "SELECT name, ready, images FROM deployments WHERE namespace = 'team-b'",
    ),
    (
        "restrict to the last hour",
        "SELECT object, reason FROM events WHERE namespace = 'team-b' AND type = 'Warning'",
        "SELECT object, reason FROM events WHERE namespace = 'team-b' AND type = 'Warning' "
        "AND last_seen > now() - INTERVAL 1 HOUR",
    ),
    # an object named after a list of events: the events about it
    (
        "only the ones about cassandra-0",
        "SELECT object, reason, message FROM events WHERE namespace = 'team-b'",
        "SELECT object, reason, message FROM events WHERE namespace = 'team-b' AND involved_name = 'cassandra-0'",
    ),
]


@pytest.mark.parametrize(("question", "previous", "sql"), REAL_FOLLOWUPS)
def test_followups_on_the_real_cluster(real_translator, real_engine, question, previous, sql):
    _followup(real_translator, real_engine, question, previous, sql, namespace="team-b")


def test_their_pods_after_failed_jobs_here(translator, engine):
    """ "failed jobs here" … "and their pods?": the pods of those jobs, in the namespace asked in."""
    _followup(
        translator,
        engine,
        "and their pods?",
        "SELECT name FROM jobs WHERE namespace = 'data' AND status = 'Failed'",
        "SELECT p.name FROM pods p JOIN jobs j ON j.namespace = p.namespace AND j.name = p.owner_name "
        "WHERE p.namespace = 'data' AND j.status = 'Failed'",
        namespace="data",
        asked="failed jobs here",
    )


REAL_RELATED = [
    # a relation asked of the rows listed: "which of them have an hpa?", "which ones have no endpoints?"
    (
        "deployments in team-b",
        "SELECT name FROM deployments WHERE namespace = 'team-b'",
        "which of them have an hpa?",
        "SELECT name FROM deployments d WHERE namespace = 'team-b' AND EXISTS (SELECT 1 FROM "
        "horizontalpodautoscalers h WHERE h.namespace = d.namespace AND h.target_name = d.name)",
    ),
    (
        "services in bookinfo",
        "SELECT name FROM services WHERE namespace = 'bookinfo'",
        "which ones have no endpoints?",
        "SELECT s.name FROM services s LEFT JOIN endpoints e ON e.namespace = s.namespace AND e.name = s.name "
        "WHERE s.namespace = 'bookinfo' AND coalesce(e.ready_address_count, 0) = 0",
    ),
    # "why?" after pods listed by state: the events about those pods
    (
        "image pull errors in bookinfo",
        "SELECT name FROM pods WHERE namespace = 'bookinfo' AND status IN ('ImagePullBackOff', 'ErrImagePull')",
        "why?",
        "SELECT e.involved_name, e.reason, e.message FROM events e JOIN pods p ON e.involved_kind = 'Pod' "
        "AND e.namespace = p.namespace AND e.involved_name = p.name WHERE p.namespace = 'bookinfo' "
        "AND p.status IN ('ImagePullBackOff', 'ErrImagePull')",
    ),
]


@pytest.mark.parametrize(("asked", "previous", "question", "sql"), REAL_RELATED)
def test_relations_asked_of_the_rows_listed(real_translator, real_engine, asked, previous, question, sql):
    _followup(real_translator, real_engine, question, previous, sql, asked=asked)


DEMO_RELATED = [
    # "only the ones with pods on worker-2": the previous question with that relation
    (
        "deployments in payments",
        "SELECT name FROM deployments WHERE namespace = 'payments'",
        "only the ones with pods on worker-2",
        "SELECT DISTINCT r.owner_name FROM pods p JOIN replicasets r ON r.namespace = p.namespace "
        "AND r.name = p.owner_name WHERE p.namespace = 'payments' AND p.node = 'worker-2'",
    ),
    # "which ones are on not ready nodes?": the pods listed, joined to their nodes
    (
        "pods in frontend",
        "SELECT name FROM pods WHERE namespace = 'frontend'",
        "which ones are on not ready nodes?",
        "SELECT p.name FROM pods p JOIN nodes n ON n.name = p.node WHERE p.namespace = 'frontend' AND NOT n.ready",
    ),
]


@pytest.mark.parametrize(("asked", "previous", "question", "sql"), DEMO_RELATED)
def test_relations_asked_of_the_rows_listed_on_the_demo(translator, engine, asked, previous, question, sql):
    _followup(translator, engine, question, previous, sql, asked=asked)


@pytest.mark.parametrize(
    ("asked", "previous", "question", "sql"),
    [
        # a sort the previous SQL cannot take alone: the previous question, sorted as asked
        (
            "nodes",
            "SELECT name FROM nodes",
            "sort by pod count",
            "SELECT node, count(*) AS pods FROM pods WHERE node IS NOT NULL GROUP BY node ORDER BY pods DESC",
        ),
        (
            "namespaces",
            "SELECT name FROM namespaces",
            "order by number of pods",
            "SELECT namespace, count(*) AS pods FROM pods GROUP BY namespace ORDER BY pods DESC",
        ),
    ],
)
def test_a_sort_reads_the_previous_question(translator, engine, asked, previous, question, sql):
    _followup(translator, engine, question, previous, sql, asked=asked)
