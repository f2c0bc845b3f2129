"""Questions the offline translator answered with something not asked: 'called' or 'named' before an
article ("pods that called the reviews service" asks about traffic, not for a pod named 'the'), and a
bare list of every object of a kind given for a question whose other words pick some of them ("which
nodes are hot", "which pods timed out"): declined now, saying which words it did not read; and calls
made ("which pods have called the payments api in the last hour"), answered as the pods created then."""

from __future__ import annotations

import pytest

from kubequery.translate.base import Turn
from tests.test_offline import assert_same_rows, ctx


@pytest.mark.parametrize(
    "question",
    ["which pods called the reviews service", "which pods called a service in payments"],
)
def test_called_as_a_verb_names_nothing(translator, question):
    t = translator.translate(question, context=ctx())
    assert t.declined, t.sql


@pytest.mark.parametrize(
    ("question", "unread"),
    [
        ("which nodes are hot", "'hot'"),
        ("which pods timed out", "'timed'"),
        ("which services produces errors?", "'produces'"),
        ("which pods are getting 404s", "'getting'"),
    ],
)
def test_a_list_of_everything_is_not_given_for_words_it_did_not_read(translator, question, unread):
    t = translator.translate(question, context=ctx())
    assert t.declined, t.sql
    assert unread in t.message and "--sql" in t.message


@pytest.mark.parametrize(
    ("question", "namespace", "gold"),
    [
        (
            "pods called fraud-detector-z6968wd5xd-hjgng",
            None,
            "SELECT namespace, name FROM pods WHERE name = 'fraud-detector-z6968wd5xd-hjgng'",
        ),
        (
            "the configmap named payments-api-config",
            None,
            "SELECT namespace, name FROM configmaps WHERE name = 'payments-api-config'",
        ),
        ("list all pods", None, "SELECT namespace, name FROM pods"),
        ("show me every deployment", None, "SELECT namespace, name FROM deployments"),
        ("what is running in monitoring?", None, "SELECT name FROM pods WHERE namespace = 'monitoring'"),
        ("what's still around in kube-system", None, "SELECT name FROM pods WHERE namespace = 'kube-system'"),
        ("kubectl get deploy", "payments", "SELECT name FROM deployments WHERE namespace = 'payments'"),
    ],
)
def test_lists_that_were_asked_for_are_still_given(translator, engine, question, namespace, gold):
    assert_same_rows(translator, engine, question, gold, namespace=namespace, columns=True)


def test_change_history_is_not_read_as_a_change_nor_as_every_deployment(translator):
    # it was answered with every deployment's name; the history is not that, and asking is no change
    t = translator.translate("change history of deployments", context=ctx())
    assert t.declined and "'history'" in t.message and "read-only" not in t.message


@pytest.mark.parametrize("question", ["which ones r autoscaled (hpa)?", "and which are autoscaled?"])
def test_autoscaled_ones_after_a_list_of_deployments(translator, engine, question):
    turns = (
        Turn(question="my deployments", sql="SELECT name FROM deployments WHERE namespace = 'payments'"),
    )
    t = translator.translate(question, context=ctx("payments", turns))
    gold = (
        "SELECT name FROM deployments d WHERE namespace = 'payments' AND EXISTS (SELECT 1 FROM "
        "horizontalpodautoscalers h WHERE h.namespace = d.namespace AND h.target_name = d.name)"
    )
    assert not t.declined, t.message
    assert engine.query(gold).rows  # some of them, not all: payments-api
    assert sorted(engine.query(t.sql).rows) == sorted(engine.query(gold).rows), t.sql


def test_min_replicas_written_as_one_word(translator):
    said = [
        translator.translate(q, context=ctx()).sql for q in ("hpa at minReplicas", "hpas at min replicas")
    ]
    assert said[0] == said[1] and "current_replicas <= min_replicas" in said[0]


@pytest.mark.parametrize(
    "question",
    [
        "which pods have called the payments api in the last hour",
        "which pods received requests in the last hour",
        "which services got traffic",
    ],
)
def test_calls_and_requests_made_are_not_in_the_cluster(translator, question):
    # answered before as the pods created in the last hour: the time word read, the calls not
    t = translator.translate(question, context=ctx())
    assert t.declined and "connection" in t.message, t.sql


def test_what_pods_are_called_is_their_names(translator, engine):
    assert_same_rows(
        translator,
        engine,
        "what are the pods called in payments",
        "SELECT name FROM pods WHERE namespace = 'payments'",
        columns=True,
    )


@pytest.mark.parametrize(
    "question", ["which pods failed to pull their image?", "pods that failed to pull images"]
)
def test_failing_to_pull_is_an_image_pull_error_not_the_failed_phase(translator, engine, question):
    # an image that cannot be pulled leaves its pod Pending; 'failed' read as the phase gave no pod at all
    gold = "SELECT namespace, name FROM pods WHERE status IN ('ImagePullBackOff', 'ErrImagePull')"
    assert_same_rows(translator, engine, question, gold, columns=True)


@pytest.mark.parametrize(
    ("question", "status"),
    [
        # not bound: Available, Released or Failed (kubectl's STATUS other than Bound)
        ("which pvs are not bound?", "status <> 'Bound'"),
        ("unbound pvs", "status <> 'Bound'"),
        # free for a new claim: Available only
        ("unclaimed pvs", "status = 'Available'"),
        ("available persistent volumes", "status = 'Available'"),
    ],
)
def test_volumes_not_bound_and_volumes_free(translator, engine, question, status):
    assert_same_rows(translator, engine, question, f"SELECT name FROM persistentvolumes WHERE {status}")


def test_a_share_left_to_request_is_what_is_not_requested(translator, engine):
    # "less than 10% free" was read as less than 10% requested: the emptiest nodes, not the fullest
    gold = (
        "SELECT n.name FROM nodes n LEFT JOIN pods p ON p.node = n.name GROUP BY n.name, n.memory_allocatable "
        "HAVING sum(p.memory_request) > 0.9 * n.memory_allocatable"
    )
    assert_same_rows(translator, engine, "nodes with less than 10% memory free to request", gold)


@pytest.mark.parametrize(
    "question",
    # worker-7 has been NotReady since its last heartbeat, 3m41s before the snapshot; it joined 11 days ago
    ["which nodes have been not ready for more than 3 minutes?", "nodes down for over 3 minutes"],
)
def test_not_ready_for_a_while_is_by_the_last_heartbeat_not_the_nodes_age(translator, engine, question):
    gold = "SELECT name FROM nodes WHERE NOT ready AND last_heartbeat < now() - INTERVAL 3 MINUTES"
    assert_same_rows(translator, engine, question, gold)
    assert "age" not in translator.translate(question, context=ctx()).sql


def test_docker_hub_images_include_those_named_without_a_registry(real_translator, real_engine):
    # the real snapshot's "nginx:1.19", "grafana/grafana" come from Docker Hub; 'docker.io/%' found none
    t = real_translator.translate("which images are pulled from docker hub?", context=ctx())
    images = {row[0] for row in real_engine.query(t.sql).rows}
    assert {"nginx:1.19", "grafana/grafana:13.1.3", "mysql"} <= images
    assert not any(i.startswith(("gcr.io/", "quay.io/", "k8s.gcr.io/")) for i in images)
