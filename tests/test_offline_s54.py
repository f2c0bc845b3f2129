"""Stop 54: question shapes found by asking both clusters fresh questions, each a wrong answer before:
who may do something (cluster role bindings grant it too), workloads on every node, nodes "missing" a
daemon set's pod, the namespaces that use a config map or secret."""

from __future__ import annotations

import pytest

from tests.test_offline import assert_declined, assert_same_rows, ctx


def _granted(verb: str, resource: str, namespace: str | None = None, to: str = "subjects") -> str:
    """Every binding, of either kind, whose role allows `verb` on `resource` (in `namespace`), with its
    subjects (or those of one kind, `to`: then only bindings with some)."""
    rule = f"list_has_any(r.verbs, ['{verb}', '*']) AND list_has_any(r.resources, ['{resource}', '*'])"
    rule += f" AND len(b.{to}) > 0" if to != "subjects" else ""
    here = f" AND b.namespace = '{namespace}'" if namespace else ""
    return (
        f"SELECT b.namespace, b.name, b.{to} FROM rolebindings b JOIN roles r ON b.role_kind = 'Role' "
        f"AND r.namespace = b.namespace AND r.name = b.role_name WHERE {rule}{here} "
        f"UNION ALL SELECT b.namespace, b.name, b.{to} FROM rolebindings b JOIN clusterroles r "
        f"ON b.role_kind = 'ClusterRole' AND r.name = b.role_name WHERE {rule}{here} "
        f"UNION ALL SELECT NULL, b.name, b.{to} FROM clusterrolebindings b JOIN clusterroles r "
        f"ON r.name = b.role_name WHERE {rule}"
    )


_EVERY_NODE_DS = (
    "SELECT namespace, owner_name FROM pods WHERE owner_kind = 'DaemonSet' GROUP BY namespace, owner_name "
    "HAVING count(DISTINCT node) = (SELECT count(*) FROM nodes)"
)

# On the real 1.20 snapshot: the question and SQL giving the rows and columns it must answer with.
REAL = [
    # only role bindings were searched: the cluster role bindings (cluster-admin among them) were left out
    ("who can delete pods?", _granted("delete", "pods")),
    ("who can list secrets?", _granted("list", "secrets")),
    ("who can delete pods in bookinfo?", _granted("delete", "pods", "bookinfo")),
    ("which users can delete pods?", _granted("delete", "pods", to="users")),
    ("which service accounts can list pods?", _granted("list", "pods", to="service_accounts")),
    # every daemon set with its pods' nodes listed, or those with no pods at all
    ("which daemonsets run on every node?", _EVERY_NODE_DS),
    ("how many daemonsets run on all nodes?", f"SELECT count(*) FROM ({_EVERY_NODE_DS})"),
    # an image named without a registry host comes from Docker Hub (was: "nginx:1.19" listed as a registry)
    ("image registries in use",
     "SELECT DISTINCT CASE WHEN image LIKE '%/%' AND (split_part(image, '/', 1) LIKE '%.%' OR "
     "split_part(image, '/', 1) LIKE '%:%') THEN split_part(image, '/', 1) ELSE 'docker.io' END FROM containers"),
    # a container state said of pods (were declined)
    ("pods with a waiting container",
     "SELECT p.namespace, p.name FROM pods p WHERE EXISTS (SELECT 1 FROM containers c WHERE c.namespace = p.namespace "
     "AND c.pod = p.name AND c.state = 'waiting')"),
    ("pods with containers in terminated state",
     "SELECT p.namespace, p.name FROM pods p WHERE EXISTS (SELECT 1 FROM containers c WHERE c.namespace = p.namespace "
     "AND c.pod = p.name AND c.state = 'terminated')"),
    # a key in the selector (was: the value 'label', or declined)
    ("services whose selector uses the app.kubernetes.io/name label",
     "SELECT namespace, name FROM services WHERE 'app.kubernetes.io/name' IN map_keys(selector)"),
    ("svc selecting on app.kubernetes.io/name",
     "SELECT namespace, name FROM services WHERE 'app.kubernetes.io/name' IN map_keys(selector)"),
    ("services with selector key app", "SELECT namespace, name FROM services WHERE 'app' IN map_keys(selector)"),
    # free GPUs: allocatable less what placed pods request (was: allocatable alone)
    ("how many gpus are free?", "SELECT 4 - 1"),
    ("how many gpus are available on each node?", "SELECT 'gpu-1', 3"),
    ("how many gpus are in use?", "SELECT 1"),
    # who restarted them said between (was: any restart)
    ("which pods have been restarted by the kubelet more than twice?",
     "SELECT namespace, name FROM pods WHERE restarts > 2"),
    # the pods on the nodes of pods said by a state (was declined: "no pod named 'a'")
    ("which pods share a node with a crashlooping pod?",
     "SELECT o.namespace, o.name FROM pods o WHERE EXISTS (SELECT 1 FROM pods c WHERE c.node = o.node "
     "AND c.status LIKE '%CrashLoopBackOff' AND c.uid <> o.uid)"),
    # an app named in a total over every pod (was: every pod's restarts added up)
    ("how many restarts did details have?", "SELECT sum(restarts) FROM pods WHERE labels['app'] = 'details'"),
    # why each is not ready: its STATUS (was: the pods alone)
    ("which pods are not ready in bookinfo and why?",
     "SELECT name, status FROM pods WHERE namespace = 'bookinfo' AND NOT is_ready"),
    # where an app runs, said by its app label (were declined)
    ("which node is productpage on?", "SELECT namespace, name, node FROM pods WHERE labels['app'] = 'productpage'"),
    ("where is productpage running?", "SELECT namespace, name, node FROM pods WHERE labels['app'] = 'productpage'"),
    # every image was listed
    ("which images are used by more than one deployment?",
     "SELECT i FROM (SELECT DISTINCT d.namespace, d.name, i FROM deployments d, unnest(d.images) AS t(i)) "
     "GROUP BY i HAVING count(*) >= 2"),
]


@pytest.mark.parametrize(("question", "gold"), REAL)
def test_real(real_translator, real_engine, question, gold):
    assert_same_rows(real_translator, real_engine, question, gold, columns=True)


# On the demo cluster.
DEMO = [
    # every pod that uses it was listed
    ("which namespaces use configmap kube-root-ca.crt?",
     "SELECT DISTINCT namespace FROM pods WHERE list_contains(configmaps, 'kube-root-ca.crt')"),
    ("which namespaces mount secret checkout-api-secrets?",
     "SELECT DISTINCT namespace FROM pods WHERE list_contains(secrets, 'checkout-api-secrets')"),
    ("which daemonsets are not running on all nodes?",
     "SELECT d.namespace, d.name FROM daemonsets d WHERE (SELECT count(DISTINCT p.node) FROM pods p "
     "WHERE p.namespace = d.namespace AND p.owner_kind = 'DaemonSet' AND p.owner_name = d.name) "
     "< (SELECT count(*) FROM nodes)"),
    # "missing" was read as unscheduled pods as well: no pod is both on the node and on none, so every node
    ("which nodes are missing a fluent-bit pod?",
     "SELECT name FROM nodes WHERE name NOT IN (SELECT node FROM pods WHERE owner_kind = 'DaemonSet' "
     "AND owner_name = 'fluent-bit' AND node IS NOT NULL)"),
    # grouped by a label of the pods' namespaces (was: per namespace, or declined)
    ("pod count per ns label team",
     "SELECT n.labels['team'], count(*) FROM pods p JOIN namespaces n ON n.name = p.namespace GROUP BY 1"),
    ("pods per team (namespace label)",
     "SELECT n.labels['team'], count(*) FROM pods p JOIN namespaces n ON n.name = p.namespace GROUP BY 1"),
    # pods in two replica sets at once: a rollout under way (was: every deployment with more than one replica)
    ("which deployments currently have pods in more than one replica set?",
     "SELECT namespace, owner_name FROM replicasets WHERE owner_kind = 'Deployment' AND current > 0 "
     "GROUP BY namespace, owner_name HAVING count(*) > 1"),
    # why each pod is pending (was: the pods alone), a job's failure (its reason), a pod's address (declined)
    ("which pods are pending and why?",
     "SELECT p.namespace, p.name, e.message FROM pods p LEFT JOIN events e ON e.involved_uid = p.uid "
     "AND e.reason = 'FailedScheduling' WHERE p.status = 'Pending'"),
    ("show me failed jobs and their error messages",
     "SELECT namespace, name, failure_reason FROM jobs WHERE status = 'Failed'"),
    ("pods in payments with their ip addresses", "SELECT name, ip FROM pods WHERE namespace = 'payments'"),
    # when a cron job runs next follows from its schedule and its last run (was declined, or the job alone)
    ("when will cache-warmer next run?", "SELECT schedule, last_schedule FROM cronjobs WHERE name = 'cache-warmer'"),
    ("next run of cronjob cache-warmer", "SELECT schedule, last_schedule FROM cronjobs WHERE name = 'cache-warmer'"),
    # a workload's requests are its pods' (was: the workload alone)
    ("cpu requests of statefulset kafka",
     "SELECT sum(cpu_request) FROM pods WHERE namespace = 'data' AND owner_kind = 'StatefulSet' AND owner_name = 'kafka'"),
    # workloads of every kind, kept by readiness or counted (were: pods, or namespaces counted)
    ("which workloads are not fully ready?",
     "SELECT 'Deployment', namespace, name, ready FROM deployments WHERE ready_replicas < desired UNION ALL "
     "SELECT 'StatefulSet', namespace, name, ready FROM statefulsets WHERE ready_replicas < desired UNION ALL "
     "SELECT 'DaemonSet', namespace, name, ready FROM daemonsets WHERE ready_replicas < desired"),
    ("how many degraded workloads?",
     "SELECT (SELECT count(*) FROM deployments WHERE ready_replicas < desired) + (SELECT count(*) FROM "
     "statefulsets WHERE ready_replicas < desired) + (SELECT count(*) FROM daemonsets WHERE ready_replicas < desired)"),
    ("how many workloads per namespace?",
     "SELECT namespace, count(*) FROM (SELECT namespace FROM deployments UNION ALL SELECT namespace FROM statefulsets "
     "UNION ALL SELECT namespace FROM daemonsets UNION ALL SELECT namespace FROM cronjobs UNION ALL SELECT namespace "
     "FROM jobs WHERE owner_kind IS DISTINCT FROM 'CronJob') GROUP BY namespace"),
    # a node named alone (was: the pods on it, with their ages)
    ("how long has worker-3 been up?", "SELECT age FROM nodes WHERE name = 'worker-3'"),
    # a ratio to the total is a fraction of all (was: the ready ones counted); a median (was declined)
    ("ratio of ready to total pods", "SELECT avg(CASE WHEN is_ready THEN 1.0 ELSE 0.0 END) FROM pods"),
    ("median restarts per namespace", "SELECT namespace, quantile_cont(restarts, 0.5) FROM pods GROUP BY namespace"),
    # a negated list of values: none of them (were: some of them kept, or the very ones asked against)
    ("pods whose status isn't Running, Completed or Pending",
     "SELECT namespace, name FROM pods WHERE status NOT IN ('Running', 'Completed', 'Pending')"),
    ("pods with status not in (Running, Completed, Pending)",
     "SELECT namespace, name FROM pods WHERE status NOT IN ('Running', 'Completed', 'Pending')"),
    ("pods excluding Running, Completed and Pending ones",
     "SELECT namespace, name FROM pods WHERE status NOT IN ('Running', 'Completed', 'Pending')"),
    ("kubectl get pods -A | grep -v Running | grep -v Completed | grep -v Pending",
     "SELECT namespace, name FROM pods WHERE status NOT IN ('Running', 'Completed', 'Pending')"),
    # two flags said with "or" are either (was both); "neither … nor" is neither (was the first denied only)
    ("deployments that are paused or progressing",
     "SELECT namespace, name FROM deployments WHERE paused OR progressing"),
    ("deployments that are neither paused nor progressing",
     "SELECT namespace, name FROM deployments WHERE NOT paused AND NOT progressing"),
    ("namespaces that are neither payments nor checkout",
     "SELECT name FROM namespaces WHERE name NOT IN ('payments', 'checkout')"),
    # killed for its memory: OOMKilled (were declined)
    ("pods killed for exceeding memory",
     "SELECT DISTINCT namespace, pod FROM containers WHERE 'OOMKilled' IN (reason, last_reason)"),
    ("containers killed for using too much memory",
     "SELECT namespace, pod, name FROM containers WHERE 'OOMKilled' IN (reason, last_reason)"),
    # the one with the most in each group, said group first (was: the node with the most restarts)
    ("for each node, the pod with the most restarts",
     "SELECT node, arg_max(name, restarts), max(restarts) FROM pods WHERE node IS NOT NULL AND restarts > 0 "
     "GROUP BY node"),
    # an image pull policy (was: the Pulled events)
    ("which images are pulled with IfNotPresent?",
     "SELECT DISTINCT image FROM containers WHERE image_pull_policy = 'IfNotPresent'"),
    # an autoscaler's target (was its current use), the widest range (was unranked), a first try (was ranked)
    ("what is the target cpu utilization of each hpa?",
     "SELECT namespace, name, cpu_target_percent FROM horizontalpodautoscalers"),
    ("which hpa has the widest range between min and max?",
     "SELECT namespace, name, max_replicas - min_replicas AS r FROM horizontalpodautoscalers ORDER BY r DESC LIMIT 1"),
    ("jobs that succeeded on the first try",
     "SELECT namespace, name FROM jobs WHERE status = 'Complete' AND failed = 0"),
    # one object described: what kubectl get -o wide shows of it (was its name alone)
    ("describe pod fraud-detector-z6968wd5xd-hjgng",
     "SELECT status, ready, restarts, age, ip, node FROM pods WHERE name = 'fraud-detector-z6968wd5xd-hjgng'"),
    ("tell me about deployment fraud-detector",
     "SELECT ready, up_to_date, available_replicas, age, images FROM deployments WHERE name = 'fraud-detector'"),
    # the end of a name (was declined)
    ("services ending in -api", "SELECT namespace, name FROM services WHERE suffix(name, '-api')"),
    ("events with reason ending in Failed",
     "SELECT namespace, object, reason FROM events WHERE suffix(reason, 'Failed')"),
    # the count said after the window (was dropped: any restart in it)
    ("which pods were restarted in the past 2 hours more than 3 times?",
     "SELECT namespace, name FROM pods WHERE restarts > 3 AND last_restart > now() - INTERVAL 2 HOUR"),
    # a number of objects asked for: that many (were all of them, or declined)
    ("first 10 pods in payments alphabetically",
     "SELECT name FROM pods WHERE namespace = 'payments' ORDER BY name LIMIT 10"),
    # an app asked after anywhere (were declined): the containers running it
    ("is redis running anywhere?", "SELECT DISTINCT namespace, pod FROM containers WHERE image LIKE '%redis%'"),
    ("netshoot anywhere?", "SELECT DISTINCT namespace, pod FROM containers WHERE image LIKE '%netshoot%'"),
    ("is postgres installed in the cluster?",
     "SELECT DISTINCT namespace, pod FROM containers WHERE image LIKE '%postgres%'"),
    ("warnings anywhere?", "SELECT namespace, object, reason FROM events WHERE type = 'Warning'"),
    # one workload or node asked whether it is up (were declined, or listed it alone)
    ("is kafka running?", "SELECT ready FROM statefulsets WHERE name = 'kafka'"),
    ("is the fraud-detector deployment healthy?", "SELECT ready FROM deployments WHERE name = 'fraud-detector'"),
    ("is worker-3 up?", "SELECT ready FROM nodes WHERE name = 'worker-3'"),
    ("is fraud-detector-z6968wd5xd-hjgng running?",
     "SELECT status FROM pods WHERE name = 'fraud-detector-z6968wd5xd-hjgng'"),
]


@pytest.mark.parametrize(("question", "gold"), DEMO)
def test_demo(translator, engine, question, gold):
    assert_same_rows(translator, engine, question, gold, columns=True)


def test_an_app_the_cluster_does_not_run_is_declined(translator):
    assert_declined(translator, "is gizmo running anywhere?", "could not read")


@pytest.mark.parametrize("question", ["pods in my namespace", "warnings in this namespace", "what namespace am I in?"])
def test_the_askers_namespace_said_with_none_set_is_declined(translator, question):
    # was answered for every namespace
    assert_declined(translator, question, "none is set")


def test_what_namespace_am_i_in_is_the_current_one(translator, engine):
    t = translator.translate("what namespace am I in?", context=ctx(namespace="payments"))
    assert engine.query(t.sql).rows == [("payments",)]


@pytest.mark.parametrize("question", ["which pods back the productpage ingress?", "nodes running reviews pods"])
def test_an_app_said_of_a_joined_kind_and_left_unread_is_declined(real_translator, question):
    # was answered for every ingress (or every pod): the app word was dropped
    t = real_translator.translate(question, context=ctx())
    assert t.declined and "picks the" in t.message, t.sql


@pytest.mark.parametrize(("question", "desc"), [
    ("total restarts per namespace, highest first", True),
    ("average restarts per namespace, lowest first", False),
])
def test_groups_come_sorted_as_said(translator, engine, question, desc):
    # were unsorted
    t = translator.translate(question, context=ctx())
    amounts = [row[1] for row in engine.query(t.sql).rows]
    assert len(amounts) > 2 and amounts == sorted(amounts, reverse=desc), t.sql


def test_a_number_of_objects_asked_for_is_that_many(translator, engine):
    # "list 5 pods" listed all 450
    t = translator.translate("list 5 pods", context=ctx())
    rows = engine.query(t.sql).rows
    assert len(rows) == 5 and set(rows) <= set(engine.query("SELECT namespace, name FROM pods").rows), t.sql
