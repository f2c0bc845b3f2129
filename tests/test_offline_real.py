"""The offline translator grounded in the real 1.20 snapshot: its own names (plain-word workloads such as
cassandra and grafana, a frontend deployment in two namespaces) read as a user of that cluster means them."""

from __future__ import annotations

import dataclasses

import pytest

from eval.harness.cases import ClusterSpec
from eval.harness.translators import TranslatorOptions, make_translator
from tests.test_offline import assert_same_rows, ctx

CASSANDRA_PODS = "SELECT name, node FROM pods WHERE namespace = 'team-b' AND owner_name = 'cassandra'"

WORKLOADS_NAMED_IN_PLAIN_WORDS = [
    # a workload's name before "pods" picks its pods, whether or not the name has a dash
    ("what nodes are the cassandra pods on?", CASSANDRA_PODS),
    ("grafana pods", "SELECT name FROM pods WHERE namespace = 'monitoring' AND name LIKE 'grafana-%'"),
    ("frontend pods in shop", "SELECT name FROM pods WHERE namespace = 'shop' AND name LIKE 'frontend-%'"),
    # the nodes a workload runs on, said without "pods"
    (
        "nodes running cassandra",
        "SELECT DISTINCT node FROM pods WHERE owner_name = 'cassandra' AND node IS NOT NULL",
    ),
    # a state said after the owner's name is the pods', not the owner's
    (
        "which pods of deployment legacy-billing in team-b are not ready?",
        "SELECT name FROM pods WHERE namespace = 'team-b' AND name LIKE 'legacy-billing-%' AND NOT is_ready",
    ),
    (
        "cassandra pods that are not ready",
        "SELECT name FROM pods WHERE namespace = 'team-b' AND owner_name = 'cassandra' AND NOT is_ready",
    ),
    # a workload named alone, with no kind word, is its pods
    (
        "restarts of legacy-billing",
        "SELECT name, restarts FROM pods WHERE namespace = 'team-b' AND name LIKE 'legacy-billing-%'",
    ),
    (
        "legacy-billing crashlooping pods",
        "SELECT name FROM pods WHERE namespace = 'team-b' AND name LIKE 'legacy-billing-%' "
        "AND status = 'CrashLoopBackOff'",
    ),
    # the kubelet's heartbeat, said as reporting
    (
        "nodes that haven't reported in 5 minutes",
        "SELECT name FROM nodes WHERE last_heartbeat < now() - INTERVAL 5 MINUTES",
    ),
    # a rollout is a deployment rolling out; kubectl rollout status reads
    ("stalled rollouts in team-b", "SELECT name FROM deployments WHERE namespace = 'team-b' AND NOT progressing"),
    # what kubectl rollout status counts: the replicas up to date and ready, of those desired
    (
        "rollout status of deployments in shop",
        "SELECT name, desired, up_to_date, ready_replicas FROM deployments WHERE namespace = 'shop'",
    ),
    # deployments an autoscaler targets, or none does
    (
        "deployments targeted by an hpa",
        "SELECT namespace, target_name FROM horizontalpodautoscalers WHERE target_kind = 'Deployment'",
    ),
    (
        "deployments in shop that are not scaled by any hpa",
        "SELECT name FROM deployments d WHERE namespace = 'shop' AND NOT EXISTS (SELECT 1 FROM "
        "horizontalpodautoscalers h WHERE h.namespace = d.namespace AND h.target_name = d.name)",
    ),
]


EVENTS_AND_REASONS = [
    (
        "hpas where scaling is not active",
        "SELECT namespace, name FROM horizontalpodautoscalers WHERE NOT scaling_active",
    ),
    ("list all jobs in batch with their completion status", "SELECT name, status FROM jobs WHERE namespace = 'batch'"),
    # the kind said picks which object of a shared name ("orders-api" is a deployment, service and hpa)
    (
        "what is wrong with the orders-api autoscaler",
        "SELECT type, reason, message FROM events WHERE involved_kind = 'HorizontalPodAutoscaler' "
        "AND involved_name = 'orders-api'",
    ),
    # "and why": what the pods say about the reason they were kept by
    (
        "which pods were evicted and why",
        "SELECT namespace, name, message FROM pods WHERE reason = 'Evicted'",
    ),
    # a reason said after "not" is excluded, not kept; an excluded one keeps the reason column
    (
        "warning events that are not BackOff",
        "SELECT namespace, object, reason FROM events WHERE type = 'Warning' AND reason <> 'BackOff'",
    ),
    ("non-Scheduled events", "SELECT namespace, object, reason FROM events WHERE reason <> 'Scheduled'"),
    (
        "warning events except failed attach volume ones",
        "SELECT namespace, object, reason FROM events WHERE type = 'Warning' AND reason <> 'FailedAttachVolume'",
    ),
    # the kind of the object an event is about
    (
        "warning events per object kind",
        "SELECT involved_kind, count(*) FROM events WHERE type = 'Warning' GROUP BY involved_kind",
    ),
]


LABELS_SAID_IN_WORDS = [
    # the labels asked for are shown, though a label picked the pods
    (
        "show the labels of the reviews pods",
        "SELECT namespace, name, labels FROM pods WHERE labels['app'] = 'reviews'",
    ),
    # a label key said alone groups ("per app", "by tier"), a word some column takes does not
    (
        "how many pods per app in bookinfo",
        "SELECT labels['app'], count(*) FROM pods WHERE namespace = 'bookinfo' GROUP BY 1",
    ),
    ("pods in team-a by tier", "SELECT labels['tier'], count(*) FROM pods WHERE namespace = 'team-a' GROUP BY 1"),
    ("how many events did each component report?", "SELECT source, count(*) FROM events GROUP BY source"),
    # a set-based selector said in words, as kubectl -l reads it
    (
        "pods with app in (reviews, ratings)",
        "SELECT namespace, name FROM pods WHERE labels['app'] IN ('reviews', 'ratings')",
    ),
    # each value said with "or", or as a set
    (
        "services of type ClusterIP or NodePort",
        "SELECT namespace, name FROM services WHERE type IN ('ClusterIP', 'NodePort')",
    ),
    (
        "services of type in (NodePort, LoadBalancer)",
        "SELECT namespace, name FROM services WHERE type IN ('NodePort', 'LoadBalancer')",
    ),
    # "excluding those in X": the objects of that namespace left out
    ("pods excluding those in kube-system", "SELECT namespace, name FROM pods WHERE namespace <> 'kube-system'"),
    (
        "deployments except the ones in monitoring",
        "SELECT namespace, name FROM deployments WHERE namespace <> 'monitoring'",
    ),
    # the values a label takes
    (
        "distinct app labels in shop",
        "SELECT DISTINCT labels['app'] FROM pods WHERE namespace = 'shop' AND labels['app'] IS NOT NULL",
    ),
]


@pytest.mark.parametrize(
    ("question", "sql"), WORKLOADS_NAMED_IN_PLAIN_WORDS + EVENTS_AND_REASONS + LABELS_SAID_IN_WORDS
)
def test_the_real_clusters_names_read_as_meant(real_translator, real_engine, question, sql):
    assert_same_rows(real_translator, real_engine, question, sql, columns=True)


def test_the_harness_grounds_each_case_in_its_own_cluster(real_path):
    """'frontend' is a namespace of the demo cluster and a deployment of the real one: a question about
    the real one reads it as the deployment."""
    demo, real = ClusterSpec("demo"), ClusterSpec("snapshot", name="real-k8s-1.20", path=str(real_path))
    cases = [type("Case", (), {"cluster": spec})() for spec in (demo, real)]
    translator = make_translator("offline", TranslatorOptions(cases=tuple(cases)))
    asked = {}
    for spec in (demo, real):
        context = dataclasses.replace(ctx(), cluster=spec.label)
        asked[spec.label] = translator.translate("frontend pods", context=context).sql
    assert "namespace = 'frontend'" in asked[demo.label]
    assert "'frontend'" in asked[real.label] and "namespace = 'frontend'" not in asked[real.label]


@pytest.mark.parametrize(
    "question", ["list past rollouts of orders-api", "rollout history of frontend", "previous rollouts"]
)
def test_past_rollouts_are_declined_as_history(real_translator, question):
    t = real_translator.translate(question, context=ctx())
    assert t.declined and "history" in t.message


PARAPHRASES_OF_RANKINGS = [
    # an autoscaler's utilization is what it measures now, not its target
    (
        "hpa with the highest cpu utilization",
        "SELECT namespace, name, cpu_current_percent FROM horizontalpodautoscalers "
        "ORDER BY cpu_current_percent DESC LIMIT 1",
    ),
    # the pods that restarted last, not the ones that restarted most
    (
        "3 most recently restarted pods",
        "SELECT namespace, name FROM pods WHERE last_restart IS NOT NULL ORDER BY last_restart DESC LIMIT 3",
    ),
]


@pytest.mark.parametrize(("question", "sql"), PARAPHRASES_OF_RANKINGS)
def test_rankings_said_another_way(translator, engine, question, sql):
    t = translator.translate(question, context=ctx())
    assert not t.declined, t.message
    assert engine.query(t.sql).rows == engine.query(sql).rows, t.sql
