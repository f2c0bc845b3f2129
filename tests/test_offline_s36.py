"""Stop 36: averages per group, the longest-pending one, containers' envFrom and added capabilities, both
kinds of binding, and follow-ups said as "ml instead", "how many replicas is each one short?" and "what's
stopping them from scheduling"."""

from __future__ import annotations

import pytest

from kubequery.translate.base import Turn
from tests.test_offline import assert_same_rows, ctx


@pytest.mark.parametrize(
    ("question", "gold"),
    [
        (
            "which 2 images have the most container restarts?",
            "SELECT image, sum(restarts) AS r FROM containers GROUP BY image ORDER BY r DESC LIMIT 2",
        ),
        (
            "ns with highest avg restarts per pod",
            "SELECT namespace, avg(restarts) AS a FROM pods GROUP BY namespace ORDER BY a DESC LIMIT 1",
        ),
        (
            "which namespace's pods restart the most on average?",
            "SELECT namespace, avg(restarts) AS a FROM pods GROUP BY namespace ORDER BY a DESC LIMIT 1",
        ),
        (
            "top 3 namespaces by avg memory request",
            "SELECT namespace, avg(memory_request) AS a FROM pods GROUP BY namespace ORDER BY a DESC LIMIT 3",
        ),
        (
            "which pod has been stuck Pending the longest?",
            "SELECT namespace, name FROM pods WHERE status = 'Pending' ORDER BY created LIMIT 1",
        ),
        (
            "longest waiting pending pod?",
            "SELECT namespace, name FROM pods WHERE status = 'Pending' ORDER BY created LIMIT 1",
        ),
        (
            "which containers set no cpu or memory requests at all?",
            "SELECT namespace, pod, name FROM containers WHERE type = 'container' "
            "AND cpu_request IS NULL AND memory_request IS NULL",
        ),
        (
            "containers missing both cpu and mem limits",
            "SELECT namespace, pod, name FROM containers WHERE type = 'container' "
            "AND cpu_limit IS NULL AND memory_limit IS NULL",
        ),
    ],
)
def test_ranked_averages_and_the_longest_waiting(translator, engine, question, gold):
    assert_same_rows(translator, engine, question, gold, columns=True)


def test_the_most_containers_still_counts_containers(translator):
    t = translator.translate("which namespace has the most containers", context=ctx())
    assert "count(*)" in t.sql and "restarts" not in t.sql


@pytest.mark.parametrize(
    ("question", "gold"),
    [
        (
            "liveness-only containers",
            "SELECT namespace, pod, name FROM containers WHERE raw->'livenessProbe' IS NOT NULL "
            "AND raw->'readinessProbe' IS NULL AND type = 'container'",
        ),
        (
            "containers using envFrom",
            "SELECT namespace, pod, name FROM containers WHERE raw->'envFrom' IS NOT NULL",
        ),
        (
            "which containers add extra Linux capabilities?",
            "SELECT namespace, pod, name FROM containers "
            "WHERE raw->'securityContext'->'capabilities'->'add' IS NOT NULL",
        ),
        (
            "ctrs with securityContext.capabilities.add",
            "SELECT namespace, pod, name FROM containers "
            "WHERE raw->'securityContext'->'capabilities'->'add' IS NOT NULL",
        ),
        (
            "containers that drop ALL capabilities",
            "SELECT namespace, pod, name FROM containers "
            "WHERE json_extract_string(raw, '$.securityContext.capabilities.drop') LIKE '%ALL%'",
        ),
        (
            "clusterroles with no rolebinding or clusterrolebinding",
            "SELECT c.name FROM clusterroles c WHERE NOT EXISTS (SELECT 1 FROM clusterrolebindings b "
            "WHERE b.role_name = c.name) AND NOT EXISTS (SELECT 1 FROM rolebindings b "
            "WHERE b.role_kind = 'ClusterRole' AND b.role_name = c.name)",
        ),
    ],
)
def test_container_spec_fields_and_bindings(real_translator, real_engine, question, gold):
    assert_same_rows(real_translator, real_engine, question, gold, columns=True)


def test_clusterroles_with_no_bindings_counted(real_translator, real_engine):
    gold = (
        "SELECT count(*) FROM clusterroles c WHERE NOT EXISTS (SELECT 1 FROM clusterrolebindings b "
        "WHERE b.role_name = c.name) AND NOT EXISTS (SELECT 1 FROM rolebindings b "
        "WHERE b.role_kind = 'ClusterRole' AND b.role_name = c.name)"
    )
    for question in (
        "count clusterroles with no rolebinding or clusterrolebinding",
        "how many clusterroles have no bindings",
    ):
        t = real_translator.translate(question, context=ctx())
        assert real_engine.query(t.sql).rows == real_engine.query(gold).rows, t.sql


def test_without_env_from_is_the_rest(real_translator, real_engine):
    t = real_translator.translate("containers without envFrom", context=ctx())
    assert "envFrom') IS NULL" in t.sql


_NOT_READY = "SELECT name FROM deployments WHERE namespace = 'data' AND ready_replicas < desired"


@pytest.mark.parametrize(
    ("turns", "question", "gold"),
    [
        (
            (
                Turn(
                    "which images are used in payments?",
                    "SELECT DISTINCT image FROM containers WHERE namespace = 'payments'",
                ),
            ),
            "ml instead",
            "SELECT DISTINCT image FROM containers WHERE namespace = 'ml'",
        ),
        (
            (Turn("services in payments", "SELECT name FROM services WHERE namespace = 'payments'"),),
            "deployments instead",
            "SELECT name FROM deployments WHERE namespace = 'payments'",
        ),
        (
            (Turn("data deployments that are not fully ready", _NOT_READY),),
            "how many replicas is each one short?",
            "SELECT name, desired - ready_replicas FROM deployments WHERE namespace = 'data' "
            "AND ready_replicas < desired",
        ),
        (
            (Turn("data deployments that are not fully ready", _NOT_READY),),
            "missing replica count per deploy",
            "SELECT name, desired - ready_replicas FROM deployments WHERE namespace = 'data' "
            "AND ready_replicas < desired",
        ),
        (
            (Turn("which pods are pending?", "SELECT namespace, name FROM pods WHERE status = 'Pending'"),),
            "what's stopping them from scheduling",
            "SELECT namespace, involved_name, message FROM events "
            "WHERE involved_kind = 'Pod' AND reason = 'FailedScheduling'",
        ),
    ],
)
def test_follow_ups_said_short(translator, engine, turns, question, gold):
    t = translator.translate(question, context=ctx(turns=turns))
    assert not t.declined, t.message
    expected = engine.query(gold)
    got = engine.query(t.sql)
    assert expected.rows, gold
    assert sorted(map(repr, got.rows)) == sorted(map(repr, expected.rows)), t.sql


@pytest.mark.parametrize(
    ("question", "gold"),
    [
        (
            "which config map is used by the most pods?",
            "SELECT c.namespace, c.name, count(*) AS n FROM configmaps c JOIN pods p "
            "ON p.namespace = c.namespace AND list_contains(p.configmaps, c.name) "
            "GROUP BY c.namespace, c.name ORDER BY n DESC LIMIT 1",
        ),
        (
            "most used cm by pod count",
            "SELECT c.namespace, c.name, count(*) AS n FROM configmaps c JOIN pods p "
            "ON p.namespace = c.namespace AND list_contains(p.configmaps, c.name) "
            "GROUP BY c.namespace, c.name ORDER BY n DESC LIMIT 1",
        ),
        (
            "which 2 secrets are mounted by the most pods",
            "SELECT s.namespace, s.name, count(*) AS n FROM secrets s JOIN pods p "
            "ON p.namespace = s.namespace AND list_contains(p.secrets, s.name) "
            "GROUP BY s.namespace, s.name ORDER BY n DESC LIMIT 2",
        ),
    ],
)
def test_objects_a_list_names_ranked_by_how_many_name_them(real_translator, real_engine, question, gold):
    assert_same_rows(real_translator, real_engine, question, gold, columns=True)


_SEVERAL_SERVICES = (
    "SELECT p.namespace, p.name FROM pods p JOIN services s ON s.namespace = p.namespace "
    "AND cardinality(s.selector) > 0 AND map_entries(s.selector) <@ map_entries(p.labels) "
    "GROUP BY p.namespace, p.name HAVING count(*) > 1"
)
_SEVERAL_DEPLOYMENTS = (
    "SELECT s.namespace, s.name FROM services s JOIN pods p ON p.namespace = s.namespace "
    "AND cardinality(s.selector) > 0 AND map_entries(s.selector) <@ map_entries(p.labels) "
    "JOIN replicasets r ON r.namespace = p.namespace AND r.name = p.owner_name "
    "WHERE r.owner_kind = 'Deployment' GROUP BY s.namespace, s.name HAVING count(DISTINCT r.owner_name) > 1"
)


@pytest.mark.parametrize(
    ("question", "gold"),
    [
        ("pods behind multiple services", _SEVERAL_SERVICES),
        ("pods that several services route to", _SEVERAL_SERVICES),
        ("pods routed to by more than one service", _SEVERAL_SERVICES),
        ("svc fronting multiple deploys", _SEVERAL_DEPLOYMENTS),
        ("which services route to pods of more than one deployment?", _SEVERAL_DEPLOYMENTS),
        ("nodes with multiple taints", "SELECT name FROM nodes WHERE len(taints) > 1"),
    ],
)
def test_several_of_a_kind_is_more_than_one(real_translator, real_engine, question, gold):
    assert_same_rows(real_translator, real_engine, question, gold, columns=True)


@pytest.mark.parametrize(
    ("question", "gold"),
    [
        (
            "pods whose app label starts with fraud",
            "SELECT namespace, name FROM pods WHERE labels['app'] LIKE 'fraud%'",
        ),
        (
            "deployments whose team label starts with pay",
            "SELECT namespace, name FROM deployments WHERE labels['team'] LIKE 'pay%'",
        ),
    ],
)
def test_a_label_prefix_is_the_labels_not_the_name(translator, engine, question, gold):
    assert_same_rows(translator, engine, question, gold, columns=True)


def test_which_team_owns_this_namespace_is_its_team_label(translator, engine):
    gold = "SELECT labels['team'] FROM namespaces WHERE name = 'staging'"
    assert_same_rows(
        translator, engine, "which team owns this namespace?", gold, columns=True, namespace="staging"
    )


@pytest.mark.parametrize(
    ("question", "gold"),
    [
        (
            "how much cpu does this namespace request",
            "SELECT sum(cpu_request) FROM pods WHERE namespace = 'payments'",
        ),
        ("is there a quota here", "SELECT name FROM resourcequotas WHERE namespace = 'payments'"),
        ("does this namespace have a quota", "SELECT name FROM resourcequotas WHERE namespace = 'payments'"),
        ("what labels are on my namespace", "SELECT labels FROM namespaces WHERE name = 'payments'"),
        (
            "which annotations are on this namespace",
            "SELECT annotations FROM namespaces WHERE name = 'payments'",
        ),
    ],
)
def test_this_namespace_said_as_the_subject(translator, engine, question, gold):
    t = translator.translate(question, context=ctx("payments"))
    assert not t.declined, t.message
    expected = engine.query(gold).rows
    assert expected and [r[0] for r in engine.query(t.sql).rows] == [r[0] for r in expected], t.sql


@pytest.mark.parametrize(
    ("question", "gold"),
    [
        (
            "top 2 po by BackOff count",
            "SELECT namespace, involved_name, sum(count) AS n FROM events WHERE involved_kind = 'Pod' "
            "AND reason = 'BackOff' GROUP BY namespace, involved_name ORDER BY n DESC LIMIT 2",
        ),
        (
            "which kinds of warnings fired in the last hour",
            "SELECT DISTINCT reason FROM events WHERE type = 'Warning' AND last_seen > now() - INTERVAL 1 HOUR",
        ),
    ],
)
def test_event_reasons_said_as_counts_and_kinds(real_translator, real_engine, question, gold):
    assert_same_rows(real_translator, real_engine, question, gold, columns=True)


_PAYMENTS_DEPLOYMENTS = (
    Turn("deployments in payments", "SELECT name FROM deployments WHERE namespace = 'payments'"),
)
_WITH_HPA = (
    "SELECT d.name FROM deployments d WHERE d.namespace = 'payments' AND {} EXISTS (SELECT 1 FROM "
    "horizontalpodautoscalers h WHERE h.namespace = d.namespace AND h.target_kind = 'Deployment' "
    "AND h.target_name = d.name)"
)


@pytest.mark.parametrize(
    ("question", "gold"),
    [("which have an hpa", _WITH_HPA.format("")), ("which ones don't have an hpa", _WITH_HPA.format("NOT"))],
)
def test_which_of_them_have_another_kind(translator, engine, question, gold):
    """ "which have an hpa?" after deployments in payments: those of them an autoscaler targets (it listed every
    autoscaler)."""
    t = translator.translate(question, context=ctx(turns=_PAYMENTS_DEPLOYMENTS))
    expected = engine.query(gold).rows
    assert expected and sorted(engine.query(t.sql).rows) == sorted(expected), t.sql


@pytest.mark.parametrize(
    ("question", "limit"),
    [("most common restart reason", 1), ("what's the most common reason for pod restarts", 1)],
)
def test_restart_reasons_are_the_last_terminations(translator, engine, question, limit):
    gold = (
        "SELECT last_reason, count(*) AS n FROM containers WHERE last_reason IS NOT NULL "
        f"GROUP BY last_reason ORDER BY n DESC LIMIT {limit}"
    )
    assert_same_rows(translator, engine, question, gold, columns=True)


@pytest.mark.parametrize(
    ("question", "gold"),
    [
        (
            "first time we saw a BackOff for any pod",
            "SELECT min(first_seen) FROM events WHERE involved_kind = 'Pod' AND reason = 'BackOff'",
        ),
        ("when did we first see a BackOff", "SELECT min(first_seen) FROM events WHERE reason = 'BackOff'"),
    ],
)
def test_the_first_time_a_reason_was_seen(real_translator, real_engine, question, gold):
    assert_same_rows(real_translator, real_engine, question, gold, columns=True)


def test_first_seeing_a_state_is_no_event_reason(real_translator):
    t = real_translator.translate("when did you first see pods crashlooping", context=ctx())
    assert "min(first_seen)" not in (t.sql or "")


@pytest.mark.parametrize("question", ["images without a tag", "which images are untagged"])
def test_untagged_images_are_the_images(real_translator, real_engine, question):
    gold = "SELECT DISTINCT image FROM containers WHERE image LIKE '%:latest' OR NOT regexp_matches(image, ':[^/]+$')"
    assert_same_rows(real_translator, real_engine, question, gold, columns=True)


@pytest.mark.parametrize(
    "question",
    ["rolebindings to clusterrole edit", "which namespaces have a rolebinding to the edit clusterrole"],
)
def test_a_default_role_no_binding_names_is_still_named(real_translator, real_engine, question):
    """No binding in the snapshot names 'edit': the answer is none, not every binding to a cluster role."""
    t = real_translator.translate(question, context=ctx())
    assert "role_name = 'edit'" in t.sql
    assert real_engine.query(t.sql).rows == []


@pytest.mark.parametrize(
    ("question", "gold"),
    [
        (
            "prod ns missing a quota",
            "SELECT n.name FROM namespaces n WHERE n.labels['environment'] = 'production' "
            "AND NOT EXISTS (SELECT 1 FROM resourcequotas q WHERE q.namespace = n.name)",
        ),
        (
            "gpu quota in the ml namespace",
            "SELECT name, hard['requests.nvidia.com/gpu'], used['requests.nvidia.com/gpu'] "
            "FROM resourcequotas WHERE namespace = 'ml'",
        ),
    ],
)
def test_prod_namespaces_and_a_quota_said_singly(translator, engine, question, gold):
    t = translator.translate(question, context=ctx())
    expected = engine.query(gold).rows
    assert expected and [r[-1] for r in engine.query(t.sql).rows] == [r[-1] for r in expected], t.sql


def test_more_than_one_of_an_unlinked_kind_is_declined(translator):
    """ "services with more than one endpointslice and how many": no link read, so not a count of services."""
    assert translator.translate(
        "services with more than one endpointslice and how many", context=ctx()
    ).declined


@pytest.mark.parametrize(
    "question", ["which statefulset owns pvc data-cassandra-0", "which deployment owns replicaset foo"]
)
def test_an_object_the_cluster_lacks_after_owns_is_declined(real_translator, question):
    t = real_translator.translate(question, context=ctx())
    assert t.declined and "has no" in t.message


def test_kubectl_reference_then_the_nodes_of_its_pods(real_translator, real_engine):
    gold = (
        "SELECT DISTINCT p.node FROM services s JOIN pods p ON p.namespace = s.namespace "
        "AND map_entries(s.selector) <@ map_entries(p.labels) WHERE s.namespace = 'team-a' AND s.name = 'frontend'"
    )
    assert_same_rows(
        real_translator, real_engine, "svc/frontend -n team-a: nodes of its pods", gold, columns=True
    )


def test_the_nodes_each_deployment_has_pods_on(real_translator, real_engine):
    gold = (
        "SELECT DISTINCT r.owner_name, p.node FROM pods p JOIN replicasets r ON r.namespace = p.namespace "
        "AND r.name = p.owner_name WHERE p.namespace = 'bookinfo' AND r.owner_kind = 'Deployment'"
    )
    question = "which nodes does each deployment in bookinfo have pods on?"
    assert_same_rows(real_translator, real_engine, question, gold, columns=True)


@pytest.mark.parametrize(
    ("question", "gold"),
    [
        (
            "what default cpu and memory limits does this namespace's limit range set?",
            "SELECT name, default_cpu_limit, default_memory_limit FROM limitranges WHERE namespace = 'ml'",
        ),
        ("show this namespace's quota", "SELECT name, hard, used FROM resourcequotas WHERE namespace = 'ml'"),
    ],
)
def test_this_namespaces_objects(translator, engine, question, gold):
    assert_same_rows(translator, engine, question, gold, columns=True, namespace="ml")


def test_which_have_another_kind_after_an_edited_list(translator, engine):
    """After "only the not ready ones" the rows are the edited ones: "which have an hpa?" keeps those."""
    turns = (
        *_PAYMENTS_DEPLOYMENTS,
        Turn(
            "only the not ready ones",
            "SELECT name FROM deployments WHERE namespace = 'payments' AND ready_replicas < desired",
        ),
    )
    t = translator.translate("which ones don't have an hpa", context=ctx(turns=turns))
    gold = _WITH_HPA.format("NOT") + " AND d.ready_replicas < d.desired"
    assert sorted(engine.query(t.sql).rows) == sorted(engine.query(gold).rows), t.sql
    assert "ready_replicas < " in t.sql and "horizontalpodautoscalers" in t.sql


@pytest.mark.parametrize(
    ("question", "gold"),
    [
        (
            "ev for kind=Node",
            "SELECT involved_name, reason, message FROM events WHERE involved_kind = 'Node'",
        ),
        (
            "which 3 events were first seen the longest ago?",
            "SELECT namespace, object, reason, first_seen FROM events ORDER BY first_seen LIMIT 3",
        ),
        (
            "largest memory limit of any pod - which one?",
            "SELECT namespace, name, memory_limit FROM pods ORDER BY memory_limit DESC LIMIT 1",
        ),
        (
            "3 po w/ biggest cpu lim",
            "SELECT namespace, name, cpu_limit FROM pods ORDER BY cpu_limit DESC NULLS LAST LIMIT 3",
        ),
    ],
)
def test_short_words_and_which_one(real_translator, real_engine, question, gold):
    assert_same_rows(real_translator, real_engine, question, gold, columns=True)


def test_since_yday_is_since_yesterday(translator, engine):
    gold = "SELECT name FROM pods WHERE namespace = 'ml' AND created > now() - INTERVAL 1 DAY"
    t = translator.translate("new po in ml since yday", context=ctx())
    assert not t.declined and engine.query(t.sql).rows == engine.query(gold).rows, t.sql
