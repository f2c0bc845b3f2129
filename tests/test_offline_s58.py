"""Stop 58: question shapes found by rewording dev questions in ways that keep their meaning ("what pods" for
"which pods", the namespace said first or as "the ml namespace", "show me …", "po") and by asking both
clusters fresh questions about events and joins; each a wrong answer (or a needless decline) before."""

from __future__ import annotations

import pytest

from tests.test_offline import answer_after, assert_same_rows, ctx

_POD_EVENTS = (
    "SELECT e.involved_name, e.reason, e.message FROM events e JOIN pods p ON e.involved_kind = 'Pod' "
    "AND e.namespace = p.namespace AND e.involved_name = p.name JOIN replicasets r ON r.namespace = p.namespace "
    "AND r.name = p.owner_name WHERE r.owner_kind = 'Deployment' AND r.owner_name = {name!r}"
)

# On the real cluster: the question and SQL giving the rows and columns it must answer with.
REAL = [
    # "what" said for "which" (was declined)
    ("what deployments had pods evicted?",
     "SELECT DISTINCT r.namespace, r.owner_name FROM pods p JOIN replicasets r ON r.namespace = p.namespace "
     "AND r.name = p.owner_name WHERE p.reason = 'Evicted' AND r.owner_kind = 'Deployment'"),
    # a workload's pod, said in the singular: its pods' events (was declined)
    # (each event told in full, as one workload's pods' events are since stop 60)
    ("what happened to ratings-v1 pod in bookinfo?",
     _POD_EVENTS.replace("e.involved_name,", "e.involved_name, e.type,").format(name="ratings-v1")),
    ("what happened to the metrics-server pod?",
     _POD_EVENTS.replace("e.involved_name,", "e.involved_name, e.type,").format(name="metrics-server")),
    # backing off is its pods' trouble (was: the deployment's own events)
    ("why is the blackbox-exporter backing off?", _POD_EVENTS.format(name="blackbox-exporter")),
    # a network policy named, then "policy" (was declined: "ingress" read as the kind)
    ("which pods does the default-deny-ingress policy select?",
     "SELECT name FROM pods WHERE namespace = 'team-a'"),
    ("which pods does the grafana policy apply to?",
     "SELECT name FROM pods WHERE namespace = 'monitoring' AND labels['app.kubernetes.io/name'] = 'grafana' "
     "AND labels['app.kubernetes.io/component'] = 'grafana'"),
    # the direction a default-deny policy denies, not the Ingress kind (was declined)
    ("namespaces with a default deny ingress policy",
     "SELECT DISTINCT namespace FROM networkpolicies WHERE denies_all_ingress"),
    # none that denies (was: none that allows, negated twice)
    ("namespaces without a default deny ingress policy",
     "SELECT name FROM namespaces WHERE name NOT IN "
     "(SELECT namespace FROM networkpolicies WHERE denies_all_ingress)"),
    # the pods' gpus (were dropped: every pod, or the nodes' gpus)
    ("nodes without gpu pods",
     "SELECT name FROM nodes WHERE name NOT IN (SELECT node FROM pods WHERE node IS NOT NULL "
     "AND json_extract_string(raw, '$.spec.containers') LIKE '%nvidia.com/gpu%')"),
    # no such pods there (was: the nodes that have some, the "not" read past)
    ("which nodes don't run pods from shop?",
     "SELECT name FROM nodes WHERE name NOT IN (SELECT node FROM pods WHERE namespace = 'shop' AND node IS NOT NULL)"),
    ("nodes not running shop pods",
     "SELECT name FROM nodes WHERE name NOT IN (SELECT node FROM pods WHERE namespace = 'shop' AND node IS NOT NULL)"),
    # the second namespace kept: either, or both when said so (was: the first one's alone)
    ("nodes running pods from shop or bookinfo",
     "SELECT DISTINCT node FROM pods WHERE namespace IN ('shop', 'bookinfo') AND node IS NOT NULL"),
    ("nodes without pods in shop or bookinfo",
     "SELECT name FROM nodes WHERE name NOT IN "
     "(SELECT node FROM pods WHERE namespace IN ('shop', 'bookinfo') AND node IS NOT NULL)"),
    # the claims' (pods') namespace kept (was dropped: every class some claim uses)
    ("what storage classes are used by pvcs in team-b?",
     "SELECT DISTINCT storage_class FROM persistentvolumeclaims WHERE namespace = 'team-b'"),
    ("storage classes used in team-b",
     "SELECT DISTINCT storage_class FROM persistentvolumeclaims WHERE namespace = 'team-b'"),
    ("which priority classes are used in kube-system?",
     "SELECT DISTINCT priority_class FROM pods WHERE namespace = 'kube-system' AND priority_class IS NOT NULL"),
    # "both" said (was declined)
    ("namespaces with both deployments and statefulsets",
     "SELECT DISTINCT namespace FROM deployments INTERSECT SELECT DISTINCT namespace FROM statefulsets"),
    # the two counts unequal (was declined)
    ("which deployments have a different number of ready and desired replicas?",
     "SELECT namespace, name FROM deployments WHERE ready_replicas <> desired"),
    ("deployments whose ready replicas differ from desired",
     "SELECT namespace, name FROM deployments WHERE ready_replicas <> desired"),
    # the nodes' kubelets say it (was declined)
    ("what is the cluster's kubernetes version?", "SELECT DISTINCT kubelet_version FROM nodes"),
    ("what version of kubernetes do we run?", "SELECT DISTINCT kubelet_version FROM nodes"),
    # what their scheduling events say (was: the pods without gpus; every pod not scheduled)
    ("which pods can't schedule because there aren't enough GPUs?",
     "SELECT namespace, involved_name FROM events WHERE message LIKE '%Insufficient nvidia.com/gpu%'"),
    ("pods that can't be scheduled due to insufficient memory",
     "SELECT namespace, involved_name FROM events WHERE message LIKE '%Insufficient memory%'"),
    ("pods failing to schedule because of taints",
     "SELECT DISTINCT namespace, involved_name FROM events WHERE reason = 'FailedScheduling' "
     "AND message ILIKE '%taint%'"),
    ("nodes with gpu pods",
     "SELECT DISTINCT node FROM pods WHERE node IS NOT NULL "
     "AND json_extract_string(raw, '$.spec.containers') LIKE '%nvidia.com/gpu%'"),
]

# On the demo cluster.
DEMO = [
    # the pods' own ips (was: the service's and the node's too)
    ("pods behind the ledger-db service and their ips",
     "SELECT p.name, p.ip FROM services s JOIN pods p ON p.namespace = s.namespace "
     "AND map_entries(s.selector) <@ map_entries(p.labels) WHERE s.namespace = 'payments' AND s.name = 'ledger-db'"),
    # the binding's role (was: the nodes' roles joined in as well)
    ("pods whose service account has a cluster role binding, with the role",
     "SELECT DISTINCT p.namespace, p.name, c.role_name FROM pods p JOIN clusterrolebindings c "
     "ON list_contains(c.service_accounts, p.namespace || '/' || p.service_account)"),
    # an autoscaler's scaling is a rescale (was: deployments' ScalingReplicaSet, none)
    ("scaling events for hpas",
     "SELECT namespace, involved_name, message FROM events WHERE involved_kind = 'HorizontalPodAutoscaler' "
     "AND reason = 'SuccessfulRescale'"),
    # the namespace said first (was: pods sharing a claim, none)
    ("in payments, which pods mount a persistent volume claim?",
     "SELECT name FROM pods WHERE namespace = 'payments' AND len(pvcs) > 0"),
    # mounting one is not sharing one (was: pods sharing a claim)
    ("which pods mount a pvc?", "SELECT namespace, name FROM pods WHERE len(pvcs) > 0"),
    ("what nodes run a fluent-bit container?", "SELECT DISTINCT node FROM containers WHERE name = 'fluent-bit'"),
    # the namespace said first or after the verb (was declined)
    ("in data, which node is each PVC mounted on?",
     "SELECT c.name, p.node FROM persistentvolumeclaims c JOIN pods p ON p.namespace = c.namespace "
     "AND list_contains(p.pvcs, c.name) WHERE c.namespace = 'data'"),
    ("which node is each PVC mounted on in data?",
     "SELECT c.name, p.node FROM persistentvolumeclaims c JOIN pods p ON p.namespace = c.namespace "
     "AND list_contains(p.pvcs, c.name) WHERE c.namespace = 'data'"),
    # "the ml namespace" (was declined)
    ("which deployments in the ml namespace are autoscaled, and what are their min and max replicas?",
     "SELECT d.name, h.min_replicas, h.max_replicas FROM deployments d JOIN horizontalpodautoscalers h "
     "ON h.namespace = d.namespace AND h.target_kind = 'Deployment' AND h.target_name = d.name "
     "WHERE d.namespace = 'ml'"),
    # "show me" before a question that reads without it (was: the volume alone)
    ("show me pv pvc-86afe7df-6403-4571-9a5b-2c164afcbac6 -> claim -> pod?",
     "SELECT p.namespace, p.name FROM persistentvolumes v JOIN pods p ON p.namespace = v.claim_namespace "
     "AND list_contains(p.pvcs, v.claim_name) WHERE v.name = 'pvc-86afe7df-6403-4571-9a5b-2c164afcbac6'"),
    # their last run (was: their age)
    ("cronjobs that last ran more than 2 hours ago",
     "SELECT namespace, name FROM cronjobs WHERE last_schedule < now() - INTERVAL 2 HOURS"),
    # each one's own amount (was: the total; the amount dropped)
    ("crashlooping pods and how much memory they request",
     "SELECT namespace, name, memory_request FROM pods WHERE status LIKE '%CrashLoopBackOff'"),
    ("which containers got OOMKilled and how much memory did they have?",
     "SELECT namespace, pod, name, memory_limit FROM containers "
     "WHERE reason = 'OOMKilled' OR last_reason = 'OOMKilled'"),
    # both, side by side (was: the count alone)
    ("how many pods is each node running compared to its capacity?",
     "SELECT n.name, n.pods_allocatable, count(p.name) FROM nodes n LEFT JOIN pods p ON p.node = n.name "
     "GROUP BY n.name, n.pods_allocatable"),
    # "po" read as "pods" (was: a count of the pods on each node)
    ("how many po can each node hold?", "SELECT name, pods_allocatable FROM nodes"),
]


@pytest.mark.parametrize(("question", "gold"), REAL)
def test_real(real_translator, real_engine, question, gold):
    assert_same_rows(real_translator, real_engine, question, gold, columns=True)


@pytest.mark.parametrize(("question", "gold"), DEMO)
def test_demo(translator, engine, question, gold):
    assert_same_rows(translator, engine, question, gold, columns=True)


def test_nodes_with_pods_in_both_namespaces_have_pods_of_each(real_translator, real_engine):
    t = real_translator.translate("nodes with pods in both shop and bookinfo", context=ctx())
    assert not t.declined and "INTERSECT" in t.sql, t.sql or t.message
    gold = (
        "SELECT node FROM pods WHERE namespace = 'shop' INTERSECT SELECT node FROM pods WHERE namespace = 'bookinfo'"
    )
    assert sorted(real_engine.query(t.sql).rows) == sorted(real_engine.query(gold).rows)


@pytest.mark.parametrize("follow_up", ["what about deployments?", "and deployments?"])
def test_what_about_a_kind_keeps_the_namespace(translator, engine, follow_up):
    # (was: every deployment, "what about" read as "which about")
    t = answer_after(translator, "pods in data", follow_up)
    assert not t.declined, t.message
    gold = "SELECT name FROM deployments WHERE namespace = 'data'"
    assert sorted(engine.query(t.sql).rows) == sorted(engine.query(gold).rows), t.sql


@pytest.mark.parametrize(
    ("question", "read"),
    [
        # a pod's own name after "po": that pod
        ("events of po ledger-db-0 -n payments", "'ledger-db-0'"),
        ("events of pod ledger-db-0 -n payments", "'ledger-db-0'"),
        # (was declined; "every node" was read as all the cluster's nodes, which a node selector narrows)
        ("daemonsets scheduled on fewer nodes than desired", "current < desired"),
        ("daemonsets not scheduled on every node they should be", "current < desired"),
    ],
)
def test_the_query_reads_what_was_said(translator, question, read):
    # (on the demo cluster these have no rows to compare: the SQL says whether it was read)
    t = translator.translate(question, context=ctx())
    assert not t.declined and read in t.sql, t.sql or t.message
