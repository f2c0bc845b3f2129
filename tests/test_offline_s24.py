"""Questions whose answers were right on the demo cluster of seed 7 only by chance: asked of demo clusters
of other seeds and sizes (as the eval's `{demo: {seed, pods}}` cases may be), the translator's reading
differed from the question's. Each case here tells the two readings apart on the cluster it names."""

from __future__ import annotations

import re as rx

import pytest

from kubequery.engine import Engine
from kubequery.sources.factory import demo_source
from kubequery.translate import OfflineTranslator, grounding_from_engine
from tests.test_offline import assert_same_rows, ctx
from tests.test_offline_fu2 import _same_rows as assert_same_after


@pytest.fixture(scope="module")
def clusters(catalog) -> dict[tuple[int, int], tuple[OfflineTranslator, Engine]]:
    found = {}
    for seed, pods in ((5, 200), (42, 1500)):
        engine = Engine(demo_source(seed=seed, pods=pods), catalog)
        found[(seed, pods)] = (OfflineTranslator(grounding=grounding_from_engine(engine)), engine)
    return found


ON_OTHER_SEEDS = [
    # every pod bound to a node counts toward what it has requested, as dev.yaml's "free cpu" sums them
    ((42, 1500), "nodes overcommitted on cpu limits",
     "SELECT n.name FROM nodes n JOIN pods p ON p.node = n.name GROUP BY n.name, n.cpu_allocatable "
     "HAVING sum(p.cpu_limit) > n.cpu_allocatable"),
    ((5, 200), "which nodes have pods whose CPU limits add up to more than the node's allocatable CPU?",
     "SELECT n.name FROM nodes n JOIN pods p ON p.node = n.name GROUP BY n.name, n.cpu_allocatable "
     "HAVING sum(p.cpu_limit) > n.cpu_allocatable"),
    # a state said after the related kind is the asked kind's own
    ((42, 1500), "autoscaled deployments that aren't fully ready",
     "SELECT d.namespace, d.name FROM deployments d WHERE d.ready_replicas < d.desired AND EXISTS "
     "(SELECT 1 FROM horizontalpodautoscalers h WHERE h.namespace = d.namespace AND h.target_name = d.name)"),
    ((42, 1500), "which deployments with an HPA aren't fully ready?",
     "SELECT d.namespace, d.name FROM deployments d WHERE d.ready_replicas < d.desired AND EXISTS "
     "(SELECT 1 FROM horizontalpodautoscalers h WHERE h.namespace = d.namespace AND h.target_name = d.name)"),
    # the pods of failed jobs, not the failed pods
    ((42, 1500), "which nodes did the pods of failed jobs run on?",
     "SELECT DISTINCT p.node FROM pods p JOIN jobs j ON j.namespace = p.namespace AND j.name = p.owner_name "
     "WHERE p.owner_kind = 'Job' AND j.status = 'Failed'"),
    # pods counted once each, however many warnings each has
    ((5, 200), "count pods w/ warning events in payments",
     "SELECT count(DISTINCT involved_name) FROM events WHERE namespace = 'payments' AND involved_kind = 'Pod' "
     "AND type = 'Warning'"),
    ((5, 200), "number of pods with warning events",
     "SELECT count(DISTINCT (namespace, involved_name)) FROM events WHERE involved_kind = 'Pod' "
     "AND type = 'Warning'"),
]


@pytest.mark.parametrize(("cluster", "question", "sql"), ON_OTHER_SEEDS)
def test_the_reading_holds_on_clusters_of_other_seeds(clusters, cluster, question, sql):
    translator, engine = clusters[cluster]
    assert_same_rows(translator, engine, question, sql, columns=True)


@pytest.mark.parametrize(
    "question",
    ["pods on worker-9", "running pods in ml on worker-6", "frontend pods on worker10",
     "what has the kubelet on worker-7 been reporting?",
     # a deployment's pod, named by its generated suffixes, that this cluster does not have
     "backoff count for fraud-detector-z6968wd5xd-j6wvn (payments)"],
)
def test_a_node_or_pod_the_cluster_lacks_is_said_not_dropped(clusters, question):
    translator, _ = clusters[(5, 200)]  # worker-1 … worker-5
    t = translator.translate(question, context=ctx())
    assert t.declined and rx.search(r"has no (?:node|Pod) named", t.message), t.sql


# ---- the real snapshot: readings that held on the demo cluster by chance ----

REAL = [
    # "get/list": both verbs of the pair
    ("crb granting get/list on pods + subjects",
     "SELECT b.name, b.subjects FROM clusterrolebindings b JOIN clusterroles r ON r.name = b.role_name "
     "WHERE list_has_any(r.resources, ['pods', '*']) AND list_has_any(r.verbs, ['get', 'list', '*'])"),
    ("pending pods where a quota applies",
     "SELECT namespace, name FROM pods WHERE status = 'Pending' AND namespace IN (SELECT namespace FROM resourcequotas)"),
    ("why are the pending pvcs pending? show their events",
     "SELECT e.namespace, e.involved_name, e.reason FROM events e JOIN persistentvolumeclaims c "
     "ON c.namespace = e.namespace AND c.name = e.involved_name "
     "WHERE e.involved_kind = 'PersistentVolumeClaim' AND c.status = 'Pending'"),
    # a role binding in any namespace may name the account
    ("which pods run as a service account that a role binding grants something to?",
     "SELECT p.namespace, p.name FROM pods p WHERE EXISTS (SELECT 1 FROM rolebindings b "
     "WHERE list_contains(b.service_accounts, p.namespace || '/' || p.service_account))"),
    ("which role bindings grant something to the service account prometheus-k8s of monitoring?",
     "SELECT namespace, name FROM rolebindings WHERE list_contains(service_accounts, 'monitoring/prometheus-k8s')"),
    # kubectl's type/name with the short type
    ("events on no/worker-4",
     "SELECT type, reason, message FROM events WHERE involved_kind = 'Node' AND involved_name = 'worker-4'"),
    ("which pod disruption budgets don't match any pod?",
     "SELECT b.namespace, b.name FROM poddisruptionbudgets b WHERE NOT EXISTS (SELECT 1 FROM pods p "
     "WHERE p.namespace = b.namespace AND map_entries(b.selector) <@ map_entries(p.labels))"),
    ("which services have endpoints on a NotReady node?",
     "SELECT DISTINCT e.namespace, e.name FROM endpoints e JOIN nodes n ON list_contains(e.nodes, n.name) "
     "WHERE NOT n.ready"),
    ("LoadBalancer services still waiting for an external IP",
     "SELECT namespace, name FROM services WHERE type = 'LoadBalancer' AND external_ip = '<pending>'"),
    ("which nodes haven't heartbeated in over 5 minutes?",
     "SELECT name FROM nodes WHERE last_heartbeat < now() - INTERVAL 5 MINUTES"),
    ("warning totals per reason incl. repeats",
     "SELECT reason, sum(count) FROM events WHERE type = 'Warning' GROUP BY reason"),
    ("last time cartservice-685fcbfd7b-jmkd4 -n shop got a backoff",
     "SELECT last_seen FROM events WHERE namespace = 'shop' AND involved_name = 'cartservice-685fcbfd7b-jmkd4' "
     "AND reason = 'BackOff'"),
]


@pytest.mark.parametrize(("question", "sql"), REAL)
def test_on_the_real_snapshot(real_translator, real_engine, question, sql):
    assert_same_rows(real_translator, real_engine, question, sql, columns=True)


def test_a_namespace_said_as_one_is_not_an_object_named_so(translator, engine):
    # every namespace has a service account called "default": the namespace is what is meant
    for question in ("service accounts in the default namespace", "secrets in the default namespace"):
        t = translator.translate(question, context=ctx())
        assert "namespace = 'default'" in t.sql and "name = 'default'" not in t.sql.replace("namespace = 'default'", ""), t.sql
    assert_same_rows(translator, engine, "which service accounts in the default namespace are not used by any pod?",
                     "SELECT sa.name FROM serviceaccounts sa WHERE sa.namespace = 'default' AND NOT EXISTS "
                     "(SELECT 1 FROM pods p WHERE p.namespace = sa.namespace AND p.service_account = sa.name)",
                     columns=True)


DEMO = [
    ("how many deployments are ready?", "SELECT count(*) FROM deployments WHERE ready_replicas = desired"),
    ("which finished jobs ran for more than 5m?",
     "SELECT namespace, name FROM jobs WHERE status = 'Complete' AND duration > INTERVAL 5 MINUTES"),
    ("anything stuck creating containers?", "SELECT namespace, name FROM pods WHERE status = 'ContainerCreating'"),
    ("list the nodes that host at least one pod of deployment feature-store in ml",
     "SELECT DISTINCT p.node FROM pods p JOIN replicasets r ON r.namespace = p.namespace AND r.name = p.owner_name "
     "WHERE p.namespace = 'ml' AND r.owner_kind = 'Deployment' AND r.owner_name = 'feature-store'"),
    ("which nodes do the pods of deployment ledger-service in payments run on?",
     "SELECT p.name, p.node FROM pods p JOIN replicasets r ON r.namespace = p.namespace AND r.name = p.owner_name "
     "WHERE p.namespace = 'payments' AND r.owner_kind = 'Deployment' AND r.owner_name = 'ledger-service'"),
    ("which pods were started by the cache-warmer cron job in batch?",
     "SELECT p.name FROM pods p JOIN jobs j ON j.namespace = p.namespace AND j.name = p.owner_name "
     "WHERE p.namespace = 'batch' AND j.owner_kind = 'CronJob' AND j.owner_name = 'cache-warmer'"),
    ("pods i can't evict because of their pdb",
     "SELECT DISTINCT p.namespace, p.name FROM pods p JOIN poddisruptionbudgets b ON b.namespace = p.namespace "
     "AND map_entries(b.selector) <@ map_entries(p.labels) WHERE b.disruptions_allowed = 0"),
    ("which cronjobs havent created any job?",
     "SELECT c.namespace, c.name FROM cronjobs c WHERE NOT EXISTS (SELECT 1 FROM jobs j WHERE j.namespace = c.namespace "
     "AND j.owner_kind = 'CronJob' AND j.owner_name = c.name)"),
    ("count cms nobody mounts",
     "SELECT count(*) FROM configmaps c WHERE NOT EXISTS (SELECT 1 FROM pods p WHERE p.namespace = c.namespace "
     "AND list_contains(p.configmaps, c.name))"),
    ("payments svc ready endpoint counts",
     "SELECT s.name, e.ready_address_count FROM services s JOIN endpoints e ON e.namespace = s.namespace "
     "AND e.name = s.name WHERE s.namespace = 'payments'"),
    ("cordoned node pod count by ns",
     "SELECT p.namespace, count(*) FROM pods p JOIN nodes n ON p.node = n.name WHERE n.unschedulable "
     "GROUP BY p.namespace"),
    ("fraud-detector pods warnings",
     "SELECT e.involved_name, e.reason, e.message FROM events e JOIN pods p ON e.involved_kind = 'Pod' "
     "AND e.namespace = p.namespace AND e.involved_name = p.name JOIN replicasets r ON r.namespace = p.namespace "
     "AND r.name = p.owner_name WHERE p.namespace = 'payments' AND r.owner_name = 'fraud-detector' "
     "AND e.type = 'Warning'"),
    ("pods per az", "SELECT n.zone, count(*) FROM pods p JOIN nodes n ON p.node = n.name GROUP BY n.zone"),
    ("clusterrolebindings granting */* and their subjects",
     "SELECT b.name, b.subjects FROM clusterrolebindings b JOIN clusterroles r ON r.name = b.role_name "
     "WHERE list_contains(r.verbs, '*') AND list_contains(r.resources, '*')"),
]


@pytest.mark.parametrize(("question", "sql"), DEMO)
def test_on_the_demo_cluster(translator, engine, question, sql):
    assert_same_rows(translator, engine, question, sql, columns=True)


FOLLOW_UPS = [
    ("pending pvcs", "SELECT namespace, name FROM persistentvolumeclaims WHERE status = 'Pending'",
     "how much storage do they ask for?",
     "SELECT namespace, name, storage_request FROM persistentvolumeclaims WHERE status = 'Pending'"),
    ("pending pvcs", "SELECT namespace, name FROM persistentvolumeclaims WHERE status = 'Pending'",
     "how much storage do they ask for in total?",
     "SELECT sum(storage_request) FROM persistentvolumeclaims WHERE status = 'Pending'"),
    ("po -n payments", "SELECT name FROM pods WHERE namespace = 'payments'",
     "which 3 have the most restarts?",
     "SELECT name, restarts FROM pods WHERE namespace = 'payments' ORDER BY restarts DESC LIMIT 3"),
    ("po -n payments", "SELECT name FROM pods WHERE namespace = 'payments'",
     "which 3 restart the most?",
     "SELECT name, restarts FROM pods WHERE namespace = 'payments' ORDER BY restarts DESC LIMIT 3"),
    ("which aren't Running?", "SELECT name FROM pods WHERE namespace = 'staging' AND status <> 'Running'",
     "nodes for those?", "SELECT name, node FROM pods WHERE namespace = 'staging' AND status <> 'Running'"),
    ("po on node worker-3", "SELECT namespace, name FROM pods WHERE node = 'worker-3'",
     "biggest memory request among those?",
     "SELECT namespace, name, memory_request FROM pods WHERE node = 'worker-3' ORDER BY memory_request DESC LIMIT 1"),
    ("pending pods in ml", "SELECT name FROM pods WHERE namespace = 'ml' AND status = 'Pending'",
     "why? show what the scheduler says",
     "SELECT involved_name, message FROM events WHERE namespace = 'ml' AND reason = 'FailedScheduling'"),
    ("which ml pods are Pending?", "SELECT name FROM pods WHERE namespace = 'ml' AND status = 'Pending'",
     "FailedScheduling messages for them?",
     "SELECT involved_name, message FROM events WHERE namespace = 'ml' AND reason = 'FailedScheduling'"),
    ("NotReady nodes", "SELECT name FROM nodes WHERE NOT ready", "pod count on that node?",
     "SELECT count(*) FROM pods p JOIN nodes n ON p.node = n.name WHERE NOT n.ready"),
    ("NotReady nodes", "SELECT name FROM nodes WHERE NOT ready", "what's running on it?",
     "SELECT p.namespace, p.name FROM pods p JOIN nodes n ON p.node = n.name WHERE NOT n.ready"),
    ("deployments in payments with their replicas",
     "SELECT name, desired FROM deployments WHERE namespace = 'payments'", "sort them alphabetically",
     "SELECT name, desired FROM deployments WHERE namespace = 'payments' ORDER BY name"),
]


@pytest.mark.parametrize(("previous", "previous_sql", "question", "sql"), FOLLOW_UPS)
def test_follow_ups(translator, engine, previous, previous_sql, question, sql):
    assert_same_after(translator, engine, previous, previous_sql, question, sql)


def test_a_previous_question_said_as_a_question_is_read_as_what_it_asked_for(real_translator, real_engine):
    assert_same_after(
        real_translator, real_engine, "which persistent volume claims are Pending?",
        "SELECT namespace, name FROM persistentvolumeclaims WHERE status = 'Pending'", "pods mounting those claims",
        "SELECT p.namespace, p.name FROM pods p JOIN persistentvolumeclaims c ON c.namespace = p.namespace "
        "AND list_contains(p.pvcs, c.name) WHERE c.status = 'Pending'",
    )


@pytest.mark.parametrize(
    "question",
    ["can u do a rolling restart of fraud-detector in payments", "do a rolling restart of fraud-detector",
     "can you perform a restart of the fraud-detector deployment"],
)
def test_a_restart_asked_for_as_a_noun_is_declined(translator, question):
    t = translator.translate(question, context=ctx())
    assert t.declined and "read-only" in t.message, t.sql


@pytest.mark.parametrize(
    ("question", "shown"),
    [("which role bindings grant a Role that can update configmaps?", "b.namespace, b.name FROM"),
     ("which role bindings grant a Role that can access secrets, and to whom?", "b.subjects"),
     ("who gets secret access via namespaced roles?", "b.subjects")],
)
def test_bindings_show_their_subjects_only_when_asked_to_whom(translator, question, shown):
    assert shown in translator.translate(question, context=ctx()).sql


@pytest.mark.parametrize(
    ("question", "said"),
    [("how many pods does the payments-api deployment in payments have?", "no Deployment named 'payments-api'"),
     ("how much storage do the PVCs in data request in total, in GiB?", "'data'")],
)
def test_on_the_real_snapshot_a_name_it_lacks_is_said_not_dropped(real_translator, question, said):
    # the demo cluster's names: the real snapshot has no payments-api and no data namespace
    t = real_translator.translate(question, context=ctx())
    assert t.declined and said in t.message, t.sql
