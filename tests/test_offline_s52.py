"""Stop 52: readings of question shapes found by asking the clusters fresh questions: text mentioned in event
messages, columns listed of each object, two kinds counted side by side, workloads of every kind, ranking
from the bottom, when jobs finished, fields not set."""

from __future__ import annotations

import pytest

from eval.harness.cases import Turn
from tests.test_offline import assert_same_rows, ctx


@pytest.mark.parametrize(
    "question",
    ["events mentioning OOMKilled", 'events that mention "back-off"', "events that mention oomkill"],
)
def test_text_mentioned_is_not_also_read_as_a_reason(real_translator, real_engine, question):
    """The word asked for in the message is a spelling of a reason (OOMKilling, BackOff); the question asks
    for the text wherever it is, not for events of that reason, which would drop those of other reasons."""
    t = real_translator.translate(question, context=ctx())
    assert not t.declined, t.message
    assert "reason =" not in t.sql and "message ILIKE" in t.sql, t.sql
    real_engine.query(t.sql)


@pytest.mark.parametrize(
    ("question", "gold"),
    [
        # the node and ip of a pod are its own columns, not the node's address
        ("what is the node and IP of each pod in ml?", "SELECT name, node, ip FROM pods WHERE namespace = 'ml'"),
        ("show the node and ip of pods in ml", "SELECT name, node, ip FROM pods WHERE namespace = 'ml'"),
        ("what are the type and ports of each service in shop?",
         "SELECT name, type, ports FROM services WHERE namespace = 'shop'"),
    ],
)
def test_columns_listed_of_each_object(real_translator, real_engine, question, gold):
    assert_same_rows(real_translator, real_engine, question, gold, columns=True)


_PODS_AND_SERVICES = (
    "SELECT n.name, count(DISTINCT p.uid), count(DISTINCT s.uid) FROM namespaces n "
    "LEFT JOIN pods p ON p.namespace = n.name LEFT JOIN services s ON s.namespace = n.name GROUP BY n.name"
)


@pytest.mark.parametrize(
    "question",
    [
        "how many pods and services are in each namespace?",
        "count pods and services per namespace",
        "for each namespace, how many pods and how many services?",
    ],
)
def test_two_kinds_counted_side_by_side(real_translator, real_engine, question):
    """Both kinds are counted in every namespace (0 where there are none), not one kind's count alone."""
    assert_same_rows(real_translator, real_engine, question, _PODS_AND_SERVICES, columns=True)


@pytest.mark.parametrize(
    ("question", "gold"),
    [
        ("which deployment has the fewest ready replicas?",
         "SELECT namespace, name, ready_replicas FROM deployments ORDER BY ready_replicas, name LIMIT 1"),
        ("which deployment has the most ready replicas?",
         "SELECT namespace, name, ready_replicas FROM deployments ORDER BY ready_replicas DESC, name LIMIT 1"),
    ],
)
def test_fewest_of_a_replica_count_is_the_smallest(real_translator, real_engine, question, gold):
    """'Fewest ready replicas' ranks by that count from the bottom (it was ranked from the top)."""
    t = real_translator.translate(question, context=ctx())
    assert not t.declined, t.message
    got, want = real_engine.query(t.sql), real_engine.query(gold)
    assert got.rows[0][2] == want.rows[0][2], t.sql


_LAST_FINISHED = "SELECT namespace, name, completion_time FROM jobs ORDER BY completion_time DESC NULLS LAST LIMIT 1"


@pytest.mark.parametrize(
    ("question", "gold"),
    [
        # "what time" asks for the time, as "when" does
        ("what time did the last job finish?", _LAST_FINISHED),
        ("when did the most recent job complete?", _LAST_FINISHED),
        ("which job finished most recently, and when?", _LAST_FINISHED),
        # "finished last": ranked by when each finished, the one at the top
        ("which job finished last?", "SELECT namespace, name FROM jobs ORDER BY completion_time DESC NULLS LAST LIMIT 1"),
    ],
)
def test_when_a_job_finished(real_translator, real_engine, question, gold):
    assert_same_rows(real_translator, real_engine, question, gold, columns=True)


@pytest.mark.parametrize(
    ("question", "gold"),
    [
        ("which pods are in a bad state?", "SELECT namespace, name FROM pods WHERE status NOT IN ('Running', 'Completed')"),
        ("list all label values of app in payments",
         "SELECT DISTINCT labels['app'] FROM pods WHERE namespace = 'payments' AND labels['app'] IS NOT NULL"),
    ],
)
def test_demo(translator, engine, question, gold):
    assert_same_rows(translator, engine, question, gold, columns=True)


_PAYMENTS_WORKLOADS = (
    "SELECT 'Deployment', name FROM deployments WHERE namespace = 'payments' "
    "UNION ALL SELECT 'StatefulSet', name FROM statefulsets WHERE namespace = 'payments' "
    "UNION ALL SELECT 'DaemonSet', name FROM daemonsets WHERE namespace = 'payments' "
    "UNION ALL SELECT 'CronJob', name FROM cronjobs WHERE namespace = 'payments' "
    "UNION ALL SELECT 'Job', name FROM jobs WHERE namespace = 'payments' AND owner_kind IS DISTINCT FROM 'CronJob'"
)


@pytest.mark.parametrize(
    ("question", "gold"),
    [
        ("which workloads do I run?", _PAYMENTS_WORKLOADS),
        ("workloads here", _PAYMENTS_WORKLOADS),
        # kubectl shows a workload's READY as its status
        ("what's the status of my deployments?", "SELECT name, ready FROM deployments WHERE namespace = 'payments'"),
    ],
)
def test_in_my_namespace(translator, engine, question, gold):
    assert_same_rows(translator, engine, question, gold, columns=True, namespace="payments")


@pytest.mark.parametrize(
    ("question", "gold"),
    [
        # "don't have a selector" was read as both having one and not: no rows
        ("which services do not have a selector?",
         "SELECT namespace, name FROM services WHERE coalesce(cardinality(selector), 0) = 0"),
        # a target not set is missing, not a target of 0%
        ("which hpas have no cpu target?",
         "SELECT namespace, name FROM horizontalpodautoscalers WHERE cpu_target_percent IS NULL"),
        ("hpas whose cpu target is missing",
         "SELECT namespace, name FROM horizontalpodautoscalers WHERE cpu_target_percent IS NULL"),
    ],
)
def test_a_field_not_set(real_translator, real_engine, question, gold):
    assert_same_rows(real_translator, real_engine, question, gold, columns=True)


_NO_ENDPOINTS = (
    "SELECT s.namespace, s.name FROM services s LEFT JOIN endpoints e ON e.namespace = s.namespace "
    "AND e.name = s.name WHERE s.type <> 'ExternalName' AND coalesce(e.ready_address_count, 0) = 0"
)


@pytest.mark.parametrize(
    ("question", "gold"),
    [
        # "don't have" was read as "have": the services with endpoints, each with its addresses
        ("which services don't have endpoints?", _NO_ENDPOINTS),
        ("which services do not have any endpoints?", _NO_ENDPOINTS),
        # "don't run on" was read as "run on"
        ("which pods do not run on worker-1?", "SELECT namespace, name FROM pods WHERE node IS DISTINCT FROM 'worker-1'"),
        ("which pods in shop don't run on worker-1?",
         "SELECT name FROM pods WHERE namespace = 'shop' AND node IS DISTINCT FROM 'worker-1'"),
    ],
)
def test_said_with_dont(real_translator, real_engine, question, gold):
    assert_same_rows(real_translator, real_engine, question, gold, columns=True)


_NEITHER = "SELECT namespace, name FROM pods WHERE status NOT IN ('Running', 'Pending')"


@pytest.mark.parametrize(
    ("question", "gold"),
    [
        # "not running" was read alone, and the state after it as wanted: the pending pods among the rest
        ("pods that are neither running nor pending", _NEITHER),
        ("pods not running or pending", _NEITHER),
        ("pods not running and not pending", _NEITHER),
        ("pods in payments not running or pending",
         "SELECT name FROM pods WHERE namespace = 'payments' AND status NOT IN ('Running', 'Pending')"),
        # "status isn't" was read as "status is"
        ("pods whose status isn't Running", "SELECT namespace, name FROM pods WHERE status <> 'Running'"),
        ("pods whose status isnt Running", "SELECT namespace, name FROM pods WHERE status <> 'Running'"),
    ],
)
def test_states_denied(translator, engine, question, gold):
    assert_same_rows(translator, engine, question, gold, columns=True)


@pytest.mark.parametrize(
    ("question", "gold"),
    [
        # "not up to date" was read as "not up": replicas not ready
        ("deployments not up to date", "SELECT namespace, name FROM deployments WHERE up_to_date < desired"),
        ("which deployments are not up-to-date?", "SELECT namespace, name FROM deployments WHERE up_to_date < desired"),
    ],
)
def test_rollouts_unfinished(translator, engine, question, gold):
    assert_same_rows(translator, engine, question, gold, columns=True)


@pytest.mark.parametrize(
    "question", ["nodes that aren't ready or schedulable", "nodes neither ready nor schedulable"]
)
def test_nodes_in_neither_state(translator, engine, question):
    """Neither ready nor schedulable (none on the demo cluster); it was read as not ready or schedulable,
    which is nearly every node."""
    t = translator.translate(question, context=ctx())
    assert not t.declined, t.message
    want = engine.query("SELECT name FROM nodes WHERE NOT ready AND unschedulable").rows
    assert sorted(engine.query(t.sql).rows) == sorted(want), t.sql


def test_reasons_showing_up_most(translator, engine):
    """ "…in warnings most" was declined as an event named 'most'."""
    assert_same_rows(
        translator, engine, "which reasons show up in warnings most?",
        "SELECT reason, count(*) FROM events WHERE type = 'Warning' GROUP BY reason", columns=True,
    )


@pytest.mark.parametrize(
    ("question", "gold"),
    [
        ("my pods created this morning",
         "SELECT name FROM pods WHERE namespace = 'payments' AND created > now() - INTERVAL 1 DAY"),
        ("recent restarts in my namespace",
         "SELECT name, restarts FROM pods WHERE namespace = 'payments' AND restarts > 0"),
    ],
)
def test_said_in_passing(translator, engine, question, gold):
    """Both were declined: 'this morning' is read as today, 'recent restarts' as pods that restarted."""
    assert_same_rows(translator, engine, question, gold, columns=True, namespace="payments")


@pytest.mark.parametrize(
    ("question", "gold"),
    [
        ("resource requests of pods in ml", "SELECT name, cpu_request, memory_request FROM pods WHERE namespace = 'ml'"),
        ("show container resource requests in ml",
         "SELECT pod, name, cpu_request, memory_request FROM containers WHERE namespace = 'ml'"),
        ("which pods have no resource requests?",
         "SELECT namespace, name FROM pods WHERE cpu_request IS NULL AND memory_request IS NULL"),
        ("failed containers and their exit codes",
         "SELECT namespace, pod, name, exit_code FROM containers WHERE exit_code <> 0 OR last_exit_code <> 0"),
    ],
)
def test_resources_and_exit_codes(real_translator, real_engine, question, gold):
    """The first two and the last were declined."""
    assert_same_rows(real_translator, real_engine, question, gold, columns=True)


def test_objects_that_have_annotations(real_translator, real_engine):
    """It was declined; 'pods with labels' still shows them, as --show-labels does."""
    assert_same_rows(real_translator, real_engine, "which pods have annotations?",
                     "SELECT namespace, name FROM pods WHERE cardinality(annotations) > 0", columns=True)
    assert_same_rows(real_translator, real_engine, "pods with labels in shop",
                     "SELECT name, labels FROM pods WHERE namespace = 'shop'", columns=True)


_ON_BUSIEST = (
    "SELECT namespace, name FROM pods WHERE node = "
    "(SELECT node FROM pods WHERE node IS NOT NULL GROUP BY node ORDER BY count(*) DESC LIMIT 1)"
)


@pytest.mark.parametrize(
    "question",
    ["which pods are on the node with the most pods?", "pods on the busiest node",
     "what runs on the node with the most pods?"],
)
def test_pods_on_the_top_node(translator, engine, question):
    """The pods of the node the ranking picks (it answered with the node alone)."""
    assert_same_rows(translator, engine, question, _ON_BUSIEST, columns=True)


@pytest.mark.parametrize(
    ("question", "gold"),
    [
        # the words after the name left out were taken as part of it: every other namespace
        ("which namespaces except kube-system have failing pods?",
         "SELECT DISTINCT namespace FROM pods WHERE phase = 'Failed' AND namespace <> 'kube-system'"),
        ("which namespaces besides monitoring have warning events?",
         "SELECT DISTINCT namespace FROM events WHERE type = 'Warning' AND namespace <> 'monitoring'"),
    ],
)
def test_one_left_out_mid_question(real_translator, real_engine, question, gold):
    assert_same_rows(real_translator, real_engine, question, gold, columns=True)


@pytest.mark.parametrize(
    ("question", "gold"),
    [
        # the "nt" of "deployment" was read as a "not": no rows, as though the deployment were down
        ("is the log-aggregator deployment up?", "SELECT namespace, name FROM deployments WHERE name = 'log-aggregator'"),
        ("is the hello-app deployment up to date?", "SELECT up_to_date FROM deployments WHERE name = 'hello-app'"),
        # a contraction spelt without its apostrophe still denies
        ("which deployments arent ready?", "SELECT namespace, name FROM deployments WHERE ready_replicas < desired"),
        ("pods that havent restarted", "SELECT namespace, name FROM pods WHERE restarts = 0"),
    ],
)
def test_a_word_ending_in_nt_denies_nothing(translator, engine, question, gold):
    assert_same_rows(translator, engine, question, gold, columns=True)


def test_a_word_starting_the_clusters_names_is_not_out_of_scope(real_translator):
    """The real cluster runs prometheus-k8s, prometheus-operator …: 'prometheus' there names objects, not a
    metrics system kubequery cannot read."""
    t = real_translator.translate("prometheus pods", context=ctx())
    assert "do not hold that" not in (t.message or ""), t.message


@pytest.mark.parametrize(
    ("question", "gold"),
    [
        ("for each service in shop, its type and cluster ip",
         "SELECT name, type, cluster_ip FROM services WHERE namespace = 'shop'"),
        ("for each cronjob, when it last ran", "SELECT namespace, name, last_schedule FROM cronjobs"),
        ("for each statefulset, its service name", "SELECT namespace, name, service_name FROM statefulsets"),
    ],
)
def test_for_each_object_what_is_asked(real_translator, real_engine, question, gold):
    """All three were declined."""
    assert_same_rows(real_translator, real_engine, question, gold, columns=True)


@pytest.mark.parametrize(
    ("question", "gold"),
    [
        ("containers limited to 2 cpus", "SELECT namespace, pod, name FROM containers WHERE cpu_limit = 2"),
        ("pods limited to 512Mi", "SELECT namespace, name FROM pods WHERE memory_limit = 512 * 1024 * 1024"),
    ],
)
def test_limited_to(translator, engine, question, gold):
    assert_same_rows(translator, engine, question, gold, columns=True)


@pytest.mark.parametrize(
    "question",
    [
        "how many pods and services per namespace, and delete the empty ones",
        "how many pods are there, and restart kafka-0",
        "list pods per namespace, and delete the empty ones",
    ],
)
def test_an_order_after_a_comma_and_is_declined(translator, question):
    """The order came after ', and': it was answered as the question before it."""
    t = translator.translate(question, context=ctx())
    assert t.declined and "read-only" in t.message, t.sql


def test_an_order_on_its_field_is_declined(translator):
    t = translator.translate("show the ingress, and change its host to x.com", context=ctx())
    assert t.declined and "read-only" in t.message, t.sql


@pytest.mark.parametrize("question", ["can the crashlooping pods be restarted?", "could worker-1 be drained safely?"])
def test_whether_to_act_is_declined(translator, question):
    """Whether an action may be taken is advice, not what the cluster holds (the first was answered)."""
    t = translator.translate(question, context=ctx())
    assert t.declined, t.sql


def test_the_data_of_a_config_map(translator, engine):
    """'the data of' was read as the data namespace (no rows); a config map's data is no secret."""
    assert_same_rows(translator, engine, "print the data of configmap payments-api-config",
                     "SELECT data FROM configmaps WHERE name = 'payments-api-config'", columns=True)


@pytest.mark.parametrize("question", ["which cronjobs are unsuspended?", "unsuspended cronjobs"])
def test_a_word_denied_by_un_is_not_mended_into_it(translator, engine, question):
    """The speller mended 'unsuspended' into 'suspended': the opposite answer."""
    assert_same_rows(translator, engine, question, "SELECT namespace, name FROM cronjobs WHERE NOT suspend",
                     columns=True)


@pytest.mark.parametrize(
    ("question", "gold"),
    [
        # declined as an order to restart, then ranked by the most restarts
        ("which pod has been running the longest without a restart?",
         "SELECT namespace, name FROM pods WHERE status = 'Running' AND restarts = 0 ORDER BY created LIMIT 1"),
        ("pods without a restart", "SELECT namespace, name FROM pods WHERE restarts = 0"),
        # declined as an order to restart
        ("pods sorted by last restart", "SELECT namespace, name, last_restart FROM pods ORDER BY last_restart DESC"),
    ],
)
def test_a_restart_said_as_a_noun(real_translator, real_engine, question, gold):
    assert_same_rows(real_translator, real_engine, question, gold, columns=True)


@pytest.mark.parametrize(
    ("question", "gold"),
    [
        ("pods with a deletion timestamp", "SELECT namespace, name FROM pods WHERE deleting"),
        ("hpas with a cpu target", "SELECT namespace, name FROM horizontalpodautoscalers WHERE cpu_target_percent IS NOT NULL"),
        ("which hpas scale on cpu?",
         "SELECT namespace, name FROM horizontalpodautoscalers WHERE cpu_target_percent IS NOT NULL"),
    ],
)
def test_fields_set(translator, engine, question, gold):
    """All three were declined."""
    assert_same_rows(translator, engine, question, gold, columns=True)


_NODES, _NOT_READY_NODES = "SELECT name FROM nodes", "SELECT name FROM nodes WHERE NOT ready"


def test_a_follow_up_on_a_follow_up_reads_the_objects_found(translator, engine):
    """'which pods run on them?' after 'nodes' then 'which are not ready?' listed every pod: it built on
    the last question alone, a fragment."""
    turns = (Turn("nodes", _NODES), Turn("which are not ready?", _NOT_READY_NODES))
    assert_same_rows(translator, engine, "which pods run on them?",
                     "SELECT p.namespace, p.name FROM pods p JOIN nodes n ON p.node = n.name WHERE NOT n.ready",
                     columns=True, turns=turns)


@pytest.mark.parametrize(
    "question", ["not ready deployments in checkout and how many pods each has"]
)
def test_how_many_of_the_other_kind_each_has(translator, engine, question):
    """The pods were listed beside each deployment, not counted."""
    assert_same_rows(
        translator, engine, question,
        "SELECT r.owner_name, count(*) FROM pods p JOIN replicasets r ON r.namespace = p.namespace "
        "AND r.name = p.owner_name JOIN deployments d ON d.namespace = r.namespace AND d.name = r.owner_name "
        "WHERE p.namespace = 'checkout' AND d.ready_replicas < d.desired GROUP BY r.owner_name",
        columns=True,
    )


def test_which_failed_after_a_listing(translator, engine):
    """'which failed?' showed every job with its failed-pod count: the column named alike, no filter."""
    jobs = Turn("jobs in batch", "SELECT name FROM jobs WHERE namespace = 'batch'")
    assert_same_rows(translator, engine, "which failed?",
                     "SELECT name FROM jobs WHERE namespace = 'batch' AND status = 'Failed'",
                     columns=True, turns=(jobs,))


def test_a_zone_said_by_its_letter(translator, engine):
    """'only zone a' was declined; the demo cluster's zones are us-east-1a, -1b and -1c."""
    turns = (Turn("nodes", "SELECT name FROM nodes"), Turn("with their zones", "SELECT name, zone FROM nodes"))
    assert_same_rows(translator, engine, "only zone a", "SELECT name, zone FROM nodes WHERE zone = 'us-east-1a'",
                     columns=True, turns=turns)
    assert_same_rows(translator, engine, "pods in zone b",
                     "SELECT p.namespace, p.name FROM pods p JOIN nodes n ON p.node = n.name WHERE n.zone = 'us-east-1b'",
                     columns=True)


@pytest.mark.parametrize(
    "question",
    [
        # the cluster runs log-aggregator: "log" starts a name, yet log lines are still not held
        "show me the last 50 log lines of the fraud-detector container in payments",
        "last 100 log lines from the crashlooping fraud-detector pods",
        # "print" leads like "show", but a secret's key printed is still declined
        "print the privte key stored in secret payments-api-tls",
    ],
)
def test_still_declined(translator, question):
    t = translator.translate(question, context=ctx())
    assert t.declined, t.sql


def test_not_running_then_a_column(translator, engine):
    """', w/ status' after 'not Running' was read as a second state denied."""
    assert_same_rows(translator, engine, "po here not Running, w/ status",
                     "SELECT name, status FROM pods WHERE namespace = 'checkout' AND status <> 'Running'",
                     columns=True, namespace="checkout")
