"""Stop 59: question shapes found by rewording dev questions in new ways (misspellings, "right now", "which of
the …", "are there any … that", "I need …", "have got") and by asking both clusters fresh questions about
events and joins; each a wrong answer, a silent drop or a needless decline before."""

from __future__ import annotations

import pytest

from tests.test_offline import answer_after, assert_same_rows, ctx

# On the demo cluster: the question and SQL giving the rows and columns it must answer with.
DEMO = [
    # what a node offers, asked "right now" (was declined as a use, which needs metrics)
    ("how much cpu can pods use on worker-1 right now?", "SELECT cpu_allocatable FROM nodes WHERE name = 'worker-1'"),
    # "which of the nodes …", "nodes running a … container" (were declined)
    ("which of the nodes run a fluent-bit container?",
     "SELECT DISTINCT node FROM containers WHERE image LIKE '%fluent-bit%'"),
    ("nodes running a fluent-bit container", "SELECT DISTINCT node FROM containers WHERE image LIKE '%fluent-bit%'"),
    # their containers killed: the Killing events (was declined); containers killed (was: every container)
    ("are there any pods that had their containers killed by the kubelet?",
     "SELECT DISTINCT namespace, involved_name FROM events WHERE involved_kind = 'Pod' AND reason = 'Killing'"),
    ("which containers were killed?",
     "SELECT namespace, involved_name, message FROM events WHERE reason = 'Killing'"),
    # a crashed container has restarted, as a crashed pod has (was: every container)
    ("which containers crashed?", "SELECT namespace, pod, name, restarts FROM containers WHERE restarts > 0"),
    # errors a component reported: its warnings (was declined; the kubelet's every event)
    ("errors from the scheduler",
     "SELECT namespace, object, reason FROM events WHERE source = 'default-scheduler' AND type = 'Warning'"),
    ("what errors has the kubelet reported?",
     "SELECT namespace, object, reason FROM events WHERE source = 'kubelet' AND type = 'Warning'"),
    # the most common warnings: their reasons, most first (was: the events repeated most)
    ("what are the most common warnings in payments?",
     "SELECT reason, count(*) FROM events WHERE namespace = 'payments' AND type = 'Warning' GROUP BY reason"),
    # the phrase said, to its end (was: its first word)
    ("events whose message mentions back-off restarting",
     "SELECT namespace, object, reason FROM events WHERE message ILIKE '%back-off restarting%'"),
    # one name in two namespaces, the namespace unsaid: each one's namespace shown (was: two rows alike)
    ("is storefront healthy?", "SELECT namespace, ready FROM deployments WHERE name = 'storefront'"),
    # the pods of a deployment named, not pods whose service account is so named (was: the account's)
    ("secrets used by pods of the payments-api deployment",
     "SELECT DISTINCT s.namespace, s.name FROM secrets s JOIN pods p ON p.namespace = s.namespace "
     "AND list_contains(p.secrets, s.name) JOIN replicasets r ON r.namespace = p.namespace AND r.name = p.owner_name "
     "WHERE r.owner_kind = 'Deployment' AND r.owner_name = 'payments-api'"),
    # a workload named alone: its events and its pods' (was: its own alone, none)
    ("any warnings for fraud-detector?",
     "SELECT namespace, object, reason FROM events WHERE type = 'Warning' "
     "AND involved_name LIKE 'fraud-detector%'"),
    # a pod's crash restarts it: when it last did (was: the pods, no time)
    ("when did the fraud-detector pods last crash?",
     "SELECT name, last_restart FROM pods WHERE namespace = 'payments' AND name LIKE 'fraud-detector-%'"),
    # the pods whose account may read secrets (was: each pod with its account's token secrets)
    ("which pods have a service account that can read secrets?",
     "SELECT p.namespace, p.name FROM pods p WHERE EXISTS (SELECT 1 FROM rolebindings b JOIN roles r "
     "ON r.namespace = b.namespace AND r.name = b.role_name WHERE b.namespace = p.namespace "
     "AND list_contains(b.service_accounts, p.namespace || '/' || p.service_account) AND b.role_kind = 'Role' "
     "AND list_contains(r.resources, 'secrets'))"),
    # "can I see …" asks to be shown (was declined)
    ("can I see the pods in data?", "SELECT name FROM pods WHERE namespace = 'data'"),
    # "I want to see …" (was: the same, with the jobs' failure count)
    ("I want to see the failed jobs", "SELECT namespace, name FROM jobs WHERE status = 'Failed'"),
    # a workload's gpus are its pod template's (was declined; a count was the nodes' gpus)
    ("which deployments request gpus?",
     "SELECT namespace, name FROM deployments WHERE raw LIKE '%nvidia.com/gpu%'"),
    ("how many deployments request gpus?", "SELECT count(*) FROM deployments WHERE raw LIKE '%nvidia.com/gpu%'"),
    # the count asked beside the total (was: the total alone)
    ("how many pvcs are there and what is their total size?",
     "SELECT count(*), sum(storage_request) FROM persistentvolumeclaims"),
    ("number of pods and total cpu requested in payments",
     "SELECT count(*), sum(cpu_request) FROM pods WHERE namespace = 'payments'"),
    # the nodes' value kept with the namespace said last (was: every pod in payments)
    ("which po run on m5.4xlarge instances in payments?",
     "SELECT p.name FROM pods p JOIN nodes n ON n.name = p.node WHERE p.namespace = 'payments' "
     "AND n.instance_type = 'm5.4xlarge'"),
    # "the highest number of": the most (was declined)
    ("which service exposes the highest number of ports?",
     "SELECT namespace, name, len(ports) FROM services ORDER BY len(ports) DESC LIMIT 1"),
    # the kubelet on a node said as "node x" (was: the events about that node)
    ("what has the kubelet on node worker-7 been reporting?",
     "SELECT namespace, object, reason FROM events WHERE source = 'kubelet' AND source_host = 'worker-7'"),
    # "po" before "request" ("request" ends as "oldest" does, but ranks nothing; was declined)
    ("nodes where po request more memory than the node can allocate",
     "SELECT n.name FROM nodes n JOIN pods p ON p.node = n.name GROUP BY n.name, n.memory_allocatable "
     "HAVING sum(p.memory_request) > n.memory_allocatable"),
]

REAL = [
    # the distinct values counted (was: the pods holding the label, "SELECT DISTINCT count(*)")
    ("how many distinct values of the app label in shop",
     "SELECT count(DISTINCT labels['app']) FROM pods WHERE namespace = 'shop'"),
    # what pods are doing: their status (was declined)
    ("what are the pods in shop doing?", "SELECT name, status FROM pods WHERE namespace = 'shop'"),
    # "have got" is "have" (was declined)
    ("which namespaces have got pods but no LimitRange?",
     "SELECT name FROM namespaces WHERE name IN (SELECT namespace FROM pods) "
     "AND name NOT IN (SELECT namespace FROM limitranges)"),
    # "I need …" asks to be shown (was declined)
    ("I need app.kubernetes.io/name for the monitoring pods that have it",
     "SELECT name, labels['app.kubernetes.io/name'] FROM pods WHERE namespace = 'monitoring' "
     "AND map_contains(labels, 'app.kubernetes.io/name')"),
    # a selector that picks some pod (were declined)
    ("which pdbs protect pods in team-b?",
     "SELECT b.name FROM poddisruptionbudgets b WHERE b.namespace = 'team-b' AND EXISTS (SELECT 1 FROM pods p "
     "WHERE p.namespace = b.namespace AND map_entries(b.selector) <@ map_entries(p.labels))"),
    ("which services select any pod?",
     "SELECT s.namespace, s.name FROM services s WHERE cardinality(s.selector) > 0 AND EXISTS (SELECT 1 FROM "
     "pods p WHERE p.namespace = s.namespace AND map_entries(s.selector) <@ map_entries(p.labels))"),
    ("which network policies apply to pods in shop?",
     "SELECT name FROM networkpolicies WHERE namespace = 'shop'"),
    # an autoscaler's trouble: the warnings about it (were declined, or the hpa itself)
    ("why is the gemma hpa not scaling?",
     "SELECT e.namespace, e.involved_name, e.reason FROM events e WHERE e.involved_kind = 'HorizontalPodAutoscaler' "
     "AND e.involved_name LIKE 'gemma-server-hpa%' AND e.type = 'Warning'"),
    ("why can't the hpa compute replicas?",
     "SELECT DISTINCT namespace, involved_name, reason FROM events WHERE involved_kind = 'HorizontalPodAutoscaler' "
     "AND type = 'Warning'"),
    # what objects "reported": the events about them (was declined)
    # (told in full, message too: one kind's events everywhere, as stop 60 reads them)
    ("what did the replicasets report?",
     "SELECT namespace, involved_name, reason, message FROM events WHERE involved_kind = 'ReplicaSet'"),
    # readiness checks are the probes (was: every pod with a readiness probe)
    ("which pods failed readiness checks?",
     "SELECT DISTINCT namespace, involved_name FROM events WHERE reason = 'Unhealthy' "
     "AND message LIKE 'Readiness probe failed%'"),
    ("show me everything that went wrong in the last hour",
     "SELECT namespace, object, reason FROM events WHERE type = 'Warning' AND last_seen > now() - INTERVAL 1 HOUR"),
    # each node's gpus (were: one total)
    ("how many gpus per node", "SELECT name, gpu_capacity FROM nodes"),
    ("how much gpu is allocatable on each node?", "SELECT name, gpu_allocatable FROM nodes"),
    # fewer replicas than desired: fewer ready (was declined, the desired count being the replicas)
    ("which deployments have fewer replicas than desired?",
     "SELECT namespace, name FROM deployments WHERE ready_replicas < desired"),
    # both asked, of each pod (was: the zone alone)
    ("what node is each pod in shop on and what zone is that node in?",
     "SELECT p.name, p.node, n.zone FROM pods p JOIN nodes n ON n.name = p.node WHERE p.namespace = 'shop'"),
]


@pytest.mark.parametrize(("question", "gold"), DEMO)
def test_demo(translator, engine, question, gold):
    assert_same_rows(translator, engine, question, gold, columns=True)


@pytest.mark.parametrize(("question", "gold"), REAL)
def test_real(real_translator, real_engine, question, gold):
    assert_same_rows(real_translator, real_engine, question, gold, columns=True)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # a misspelt name is not read as nothing (were: every 1a node, every frontend pod)
        ("4xlagre nodes in 1a", "'4xlagre'"),
        ("frontend stuff on worekr1", "'worekr1'"),
        # words no rule reads about containers (were: every container)
        ("which containers are unhappy?", "'unhappy'"),
        ("which containers died?", "'died'"),
        # a mutation wished for, or asked leave for, is still one; a secret's value stays unshown
        ("i want to delete the failed pods", "read-only"),
        ("i want the failed pods deleted", "read-only"),
        ("can I delete the failed pods?", "read-only"),
        ("can i see the password in secret db-creds?", "never shown"),
    ],
)
def test_declined_saying_why(translator, question, said):
    t = translator.translate(question, context=ctx())
    assert t.declined and said in t.message, t.sql or t.message


@pytest.mark.parametrize(
    "question", ["events from the statefulset controller", "warnings from the replicaset controller"]
)
def test_a_component_without_events_is_still_asked_for(translator, engine, question):
    # the demo cluster keeps none of their events: an empty answer (was declined, or every warning)
    t = translator.translate(question, context=ctx())
    assert not t.declined and "-controller'" in t.sql, t.sql or t.message
    assert engine.query(t.sql).rows == []


@pytest.mark.parametrize(
    ("follow_up", "gold"),
    [
        # the nodes' readiness, not the pods' own READY (was: every ready node, or the pods' READY)
        ("are their nodes ready?",
         "SELECT p.namespace, p.name, n.ready FROM pods p JOIN nodes n ON n.name = p.node "
         "WHERE p.status LIKE '%CrashLoopBackOff'"),
        ("which of those nodes are ready?",
         "SELECT DISTINCT p.node FROM pods p JOIN nodes n ON n.name = p.node "
         "WHERE p.status LIKE '%CrashLoopBackOff' AND n.ready"),
        ("show those nodes' status",
         "SELECT p.namespace, p.name, n.status FROM pods p JOIN nodes n ON n.name = p.node "
         "WHERE p.status LIKE '%CrashLoopBackOff'"),
    ],
)
def test_the_nodes_of_pods_listed_before(translator, engine, follow_up, gold):
    t = answer_after(translator, "crashlooping pods", follow_up)
    assert not t.declined, t.message
    assert sorted(engine.query(t.sql).rows) == sorted(engine.query(gold).rows), t.sql


def test_a_workload_the_cluster_lacks_said_first(real_translator):
    # (was: every pod's volume, the name dropped)
    t = real_translator.translate("ledger-db pods -> pv", context=ctx())
    assert t.declined and "no workload or pod named 'ledger-db'" in t.message, t.sql or t.message


# Asked from a namespace: the cluster, the asker's namespace, the question and the SQL of its rows.
HERE = [
    # "+ READY?" shows the READY column (was declined: read as a filter no rule took)
    ("demo", "payments", "deploy here + READY?", "SELECT name, ready FROM deployments WHERE namespace = 'payments'"),
    ("real", "monitoring", "ds here + ready?", "SELECT name, ready FROM daemonsets WHERE namespace = 'monitoring'"),
    # each namespace's count (was: the asker's alone, bookinfo dropped; or declined)
    *[
        ("real", "shop", q, "SELECT namespace, count(*) FROM pods WHERE namespace IN ('shop', 'bookinfo') GROUP BY namespace")
        for q in ("how many pods here vs bookinfo?", "how many pods in bookinfo vs my namespace?")
    ],
]


@pytest.mark.parametrize(("cluster", "namespace", "question", "gold"), HERE)
def test_asked_from_a_namespace(request, cluster, namespace, question, gold):
    prefix = "real_" if cluster == "real" else ""
    translator, engine = (request.getfixturevalue(prefix + name) for name in ("translator", "engine"))
    t = translator.translate(question, context=ctx(namespace))
    assert not t.declined, t.message
    assert sorted(engine.query(t.sql).rows) == sorted(engine.query(gold).rows), t.sql
