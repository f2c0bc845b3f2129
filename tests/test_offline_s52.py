"""Stop 52: question shapes found by asking both clusters fresh questions, each case a wrong answer, a wrong
decline or a mutation answered before: negations (a word ending in "nt", "un-", "don't have", "not running
or pending"), columns listed of each object, two kinds counted side by side, workloads of every kind, ranking
from the bottom, when jobs finished, fields set or not, follow-ups on follow-ups, orders after ", and"."""

from __future__ import annotations

import pytest

from eval.harness.cases import Turn
from tests.test_offline import assert_declined, assert_same_rows, ctx

_PODS_AND_SERVICES = (
    "SELECT n.name, count(DISTINCT p.uid), count(DISTINCT s.uid) FROM namespaces n "
    "LEFT JOIN pods p ON p.namespace = n.name LEFT JOIN services s ON s.namespace = n.name GROUP BY n.name"
)
_LAST_FINISHED = "SELECT namespace, name, completion_time FROM jobs ORDER BY completion_time DESC NULLS LAST LIMIT 1"
_NO_ENDPOINTS = (
    "SELECT s.namespace, s.name FROM services s LEFT JOIN endpoints e ON e.namespace = s.namespace "
    "AND e.name = s.name WHERE s.type <> 'ExternalName' AND coalesce(e.ready_address_count, 0) = 0"
)
_HPA_CPU_UNSET = "SELECT namespace, name FROM horizontalpodautoscalers WHERE cpu_target_percent IS NULL"

# On the real 1.20 snapshot: the question, and SQL giving the rows and columns it must answer with.
REAL = [
    # the node and ip of a pod are its own columns (was: a join to the node's address)
    ("what is the node and IP of each pod in ml?", "SELECT name, node, ip FROM pods WHERE namespace = 'ml'"),
    ("show the node and ip of pods in ml", "SELECT name, node, ip FROM pods WHERE namespace = 'ml'"),
    ("what are the type and ports of each service in shop?",
     "SELECT name, type, ports FROM services WHERE namespace = 'shop'"),
    # both kinds counted in every namespace (was: one kind's count alone)
    ("how many pods and services are in each namespace?", _PODS_AND_SERVICES),
    ("count pods and services per namespace", _PODS_AND_SERVICES),
    ("for each namespace, how many pods and how many services?", _PODS_AND_SERVICES),
    # "what time" asks for the time, as "when" does; "finished last" ranks by it (was: unranked)
    ("what time did the last job finish?", _LAST_FINISHED),
    ("when did the most recent job complete?", _LAST_FINISHED),
    ("which job finished most recently, and when?", _LAST_FINISHED),
    ("which job finished last?", "SELECT namespace, name FROM jobs ORDER BY completion_time DESC NULLS LAST LIMIT 1"),
    # "don't have a selector" was read as having one and not: no rows
    ("which services do not have a selector?",
     "SELECT namespace, name FROM services WHERE coalesce(cardinality(selector), 0) = 0"),
    # a target not set is missing, not 0%
    ("which hpas have no cpu target?", _HPA_CPU_UNSET),
    ("hpas whose cpu target is missing", _HPA_CPU_UNSET),
    # "don't have" and "don't run on" were read as "have" and "run on"
    ("which services don't have endpoints?", _NO_ENDPOINTS),
    ("which services do not have any endpoints?", _NO_ENDPOINTS),
    ("which pods do not run on worker-1?", "SELECT namespace, name FROM pods WHERE node IS DISTINCT FROM 'worker-1'"),
    ("which pods in shop don't run on worker-1?",
     "SELECT name FROM pods WHERE namespace = 'shop' AND node IS DISTINCT FROM 'worker-1'"),
    # declined before
    ("resource requests of pods in ml", "SELECT name, cpu_request, memory_request FROM pods WHERE namespace = 'ml'"),
    ("show container resource requests in ml",
     "SELECT pod, name, cpu_request, memory_request FROM containers WHERE namespace = 'ml'"),
    ("which pods have no resource requests?",
     "SELECT namespace, name FROM pods WHERE cpu_request IS NULL AND memory_request IS NULL"),
    ("failed containers and their exit codes",
     "SELECT namespace, pod, name, exit_code FROM containers WHERE exit_code <> 0 OR last_exit_code <> 0"),
    ("which pods have annotations?", "SELECT namespace, name FROM pods WHERE cardinality(annotations) > 0"),
    ("for each service in shop, its type and cluster ip",
     "SELECT name, type, cluster_ip FROM services WHERE namespace = 'shop'"),
    ("for each cronjob, when it last ran", "SELECT namespace, name, last_schedule FROM cronjobs"),
    ("for each statefulset, its service name", "SELECT namespace, name, service_name FROM statefulsets"),
    # "pods with labels" still shows them, as --show-labels does
    ("pods with labels in shop", "SELECT name, labels FROM pods WHERE namespace = 'shop'"),
    # the words after the name left out were taken as part of it: every other namespace
    ("which namespaces except kube-system have failing pods?",
     "SELECT DISTINCT namespace FROM pods WHERE phase = 'Failed' AND namespace <> 'kube-system'"),
    ("which namespaces besides monitoring have warning events?",
     "SELECT DISTINCT namespace FROM events WHERE type = 'Warning' AND namespace <> 'monitoring'"),
    # "a restart" and "last restart" are nouns (were declined as orders, then ranked by the most restarts)
    ("which pod has been running the longest without a restart?",
     "SELECT namespace, name FROM pods WHERE status = 'Running' AND restarts = 0 ORDER BY created LIMIT 1"),
    ("pods without a restart", "SELECT namespace, name FROM pods WHERE restarts = 0"),
    ("pods sorted by last restart", "SELECT namespace, name, last_restart FROM pods ORDER BY last_restart DESC"),
]


@pytest.mark.parametrize(("question", "gold"), REAL)
def test_real(real_translator, real_engine, question, gold):
    assert_same_rows(real_translator, real_engine, question, gold, columns=True)


_NEITHER = "SELECT namespace, name FROM pods WHERE status NOT IN ('Running', 'Pending')"
_ON_BUSIEST = (
    "SELECT namespace, name FROM pods WHERE node = "
    "(SELECT node FROM pods WHERE node IS NOT NULL GROUP BY node ORDER BY count(*) DESC LIMIT 1)"
)
_HPA_CPU_SET = "SELECT namespace, name FROM horizontalpodautoscalers WHERE cpu_target_percent IS NOT NULL"
_PAYMENTS_WORKLOADS = (
    "SELECT 'Deployment', name FROM deployments WHERE namespace = 'payments' "
    "UNION ALL SELECT 'StatefulSet', name FROM statefulsets WHERE namespace = 'payments' "
    "UNION ALL SELECT 'DaemonSet', name FROM daemonsets WHERE namespace = 'payments' "
    "UNION ALL SELECT 'CronJob', name FROM cronjobs WHERE namespace = 'payments' "
    "UNION ALL SELECT 'Job', name FROM jobs WHERE namespace = 'payments' AND owner_kind IS DISTINCT FROM 'CronJob'"
)
_JOBS = Turn("jobs in batch", "SELECT name FROM jobs WHERE namespace = 'batch'")
_NODES = (Turn("nodes", "SELECT name FROM nodes"), Turn("which are not ready?", "SELECT name FROM nodes WHERE NOT ready"))
_ZONES = (Turn("nodes", "SELECT name FROM nodes"), Turn("with their zones", "SELECT name, zone FROM nodes"))

# On the demo cluster: the question, the namespace it is asked in, the turns before it, and its gold.
DEMO = [
    ("which pods are in a bad state?", None, (),
     "SELECT namespace, name FROM pods WHERE status NOT IN ('Running', 'Completed')"),
    ("list all label values of app in payments", None, (),
     "SELECT DISTINCT labels['app'] FROM pods WHERE namespace = 'payments' AND labels['app'] IS NOT NULL"),
    ("which workloads do I run?", "payments", (), _PAYMENTS_WORKLOADS),
    ("workloads here", "payments", (), _PAYMENTS_WORKLOADS),
    # kubectl shows a workload's READY as its status
    ("what's the status of my deployments?", "payments", (),
     "SELECT name, ready FROM deployments WHERE namespace = 'payments'"),
    ("my pods created this morning", "payments", (),
     "SELECT name FROM pods WHERE namespace = 'payments' AND created > now() - INTERVAL 1 DAY"),
    ("recent restarts in my namespace", "payments", (),
     "SELECT name, restarts FROM pods WHERE namespace = 'payments' AND restarts > 0"),
    # "not running" was read alone, and the state after it as wanted
    ("pods that are neither running nor pending", None, (), _NEITHER),
    ("pods not running or pending", None, (), _NEITHER),
    ("pods not running and not pending", None, (), _NEITHER),
    ("pods in payments not running or pending", None, (),
     "SELECT name FROM pods WHERE namespace = 'payments' AND status NOT IN ('Running', 'Pending')"),
    ("po here not Running, w/ status", "checkout", (),
     "SELECT name, status FROM pods WHERE namespace = 'checkout' AND status <> 'Running'"),
    # "status isn't" was read as "status is"
    ("pods whose status isn't Running", None, (), "SELECT namespace, name FROM pods WHERE status <> 'Running'"),
    ("pods whose status isnt Running", None, (), "SELECT namespace, name FROM pods WHERE status <> 'Running'"),
    # "not up to date" was read as "not up": replicas not ready
    ("deployments not up to date", None, (), "SELECT namespace, name FROM deployments WHERE up_to_date < desired"),
    ("which deployments are not up-to-date?", None, (),
     "SELECT namespace, name FROM deployments WHERE up_to_date < desired"),
    # the "nt" ending "deployment" was read as a "not": no rows, as though the deployment were down
    # (stop 54: whether it is up is its READY column)
    ("is the log-aggregator deployment up?", None, (),
     "SELECT ready FROM deployments WHERE name = 'log-aggregator'"),
    ("is the hello-app deployment up to date?", None, (), "SELECT up_to_date FROM deployments WHERE name = 'hello-app'"),
    # a contraction spelt without its apostrophe still denies
    ("which deployments arent ready?", None, (),
     "SELECT namespace, name FROM deployments WHERE ready_replicas < desired"),
    ("pods that havent restarted", None, (), "SELECT namespace, name FROM pods WHERE restarts = 0"),
    # the speller mended "unsuspended" into "suspended": the opposite answer
    ("which cronjobs are unsuspended?", None, (), "SELECT namespace, name FROM cronjobs WHERE NOT suspend"),
    ("unsuspended cronjobs", None, (), "SELECT namespace, name FROM cronjobs WHERE NOT suspend"),
    # declined as an event named 'most'
    ("which reasons show up in warnings most?", None, (),
     "SELECT reason, count(*) FROM events WHERE type = 'Warning' GROUP BY reason"),
    # the pods of the node the ranking picks (was: the node alone)
    ("which pods are on the node with the most pods?", None, (), _ON_BUSIEST),
    ("pods on the busiest node", None, (), _ON_BUSIEST),
    ("what runs on the node with the most pods?", None, (), _ON_BUSIEST),
    ("containers limited to 2 cpus", None, (), "SELECT namespace, pod, name FROM containers WHERE cpu_limit = 2"),
    ("pods limited to 512Mi", None, (), "SELECT namespace, name FROM pods WHERE memory_limit = 512 * 1024 * 1024"),
    # "the data of" was read as the data namespace; a config map's data is no secret
    ("print the data of configmap payments-api-config", None, (),
     "SELECT namespace, data FROM configmaps WHERE name = 'payments-api-config'"),
    ("pods with a deletion timestamp", None, (), "SELECT namespace, name FROM pods WHERE deleting"),
    ("hpas with a cpu target", None, (), _HPA_CPU_SET),
    ("which hpas scale on cpu?", None, (), _HPA_CPU_SET),
    # the pods were listed beside each deployment, not counted
    ("not ready deployments in checkout and how many pods each has", None, (),
     "SELECT r.owner_name, count(*) FROM pods p JOIN replicasets r ON r.namespace = p.namespace "
     "AND r.name = p.owner_name JOIN deployments d ON d.namespace = r.namespace AND d.name = r.owner_name "
     "WHERE p.namespace = 'checkout' AND d.ready_replicas < d.desired GROUP BY r.owner_name"),
    # a follow-up on a follow-up built on the last question alone, a fragment: every pod
    ("which pods run on them?", None, _NODES,
     "SELECT p.namespace, p.name FROM pods p JOIN nodes n ON p.node = n.name WHERE NOT n.ready"),
    # every job with its failed-pod count: the column named alike, no filter
    ("which failed?", None, (_JOBS,), "SELECT name FROM jobs WHERE namespace = 'batch' AND status = 'Failed'"),
    # a zone said by its last letter (the follow-up was declined)
    ("only zone a", None, _ZONES, "SELECT name FROM nodes WHERE zone = 'us-east-1a'"),
    ("pods in zone b", None, (),
     "SELECT p.namespace, p.name FROM pods p JOIN nodes n ON p.node = n.name WHERE n.zone = 'us-east-1b'"),
]


@pytest.mark.parametrize(("question", "namespace", "turns", "gold"), DEMO)
def test_demo(translator, engine, question, namespace, turns, gold):
    assert_same_rows(translator, engine, question, gold, columns=True, namespace=namespace, turns=turns)


# Declined, with a word of the reason: the orders were answered before, as the question around them.
DECLINED = [
    ("how many pods and services per namespace, and delete the empty ones", "read-only"),
    ("how many pods are there, and restart kafka-0", "read-only"),
    ("list pods per namespace, and delete the empty ones", "read-only"),
    ("show the ingress, and change its host to x.com", "read-only"),
    # whether an action may be taken is advice, not what the cluster holds
    ("can the crashlooping pods be restarted?", "advice"),
    ("could worker-1 be drained safely?", "advice"),
    # the demo cluster runs log-aggregator: "log" starts a name, yet log lines are still not held
    ("show me the last 50 log lines of the fraud-detector container in payments", "do not hold"),
    ("last 100 log lines from the crashlooping fraud-detector pods", "do not hold"),
    # "print" leads like "show", but a secret's key printed is still declined
    ("print the privte key stored in secret payments-api-tls", "Secret values"),
]


@pytest.mark.parametrize(("question", "why"), DECLINED)
def test_declined(translator, question, why):
    assert_declined(translator, question, why)


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
        ("which deployment has the fewest ready replicas?",
         "SELECT ready_replicas FROM deployments ORDER BY ready_replicas LIMIT 1"),
        ("which deployment has the most ready replicas?",
         "SELECT ready_replicas FROM deployments ORDER BY ready_replicas DESC LIMIT 1"),
    ],
)
def test_fewest_of_a_replica_count_is_the_smallest(real_translator, real_engine, question, gold):
    """'Fewest ready replicas' ranks from the bottom (it ranked from the top); ties make the name free."""
    t = real_translator.translate(question, context=ctx())
    assert not t.declined, t.message
    assert real_engine.query(t.sql).rows[0][2] == real_engine.query(gold).rows[0][0], t.sql


@pytest.mark.parametrize("question", ["nodes that aren't ready or schedulable", "nodes neither ready nor schedulable"])
def test_nodes_in_neither_state(translator, engine, question):
    """Neither ready nor schedulable (no node on the demo cluster); it was read as not ready or schedulable,
    which is nearly every node."""
    t = translator.translate(question, context=ctx())
    assert not t.declined, t.message
    want = engine.query("SELECT name FROM nodes WHERE NOT ready AND unschedulable").rows
    assert sorted(engine.query(t.sql).rows) == sorted(want), t.sql


def test_a_word_starting_the_clusters_names_is_not_out_of_scope(real_translator):
    """The real cluster runs prometheus-k8s, prometheus-operator …: 'prometheus pods' names objects there,
    not a metrics system kubequery cannot read."""
    t = real_translator.translate("prometheus pods", context=ctx())
    assert "do not hold that" not in (t.message or ""), t.message


@pytest.mark.parametrize("question", ["which pvcs are mounted by pending pods?", "pvcs used by pending pods"])
def test_the_claims_of_pending_pods(real_translator, real_engine, question):
    """It answered with the pods whose claims are pending: the other kind, another state."""
    assert_same_rows(
        real_translator, real_engine, question,
        "SELECT DISTINCT c.namespace, c.name FROM persistentvolumeclaims c JOIN pods p ON p.namespace = c.namespace "
        "AND list_contains(p.pvcs, c.name) WHERE p.status = 'Pending'",
        columns=True,
    )
