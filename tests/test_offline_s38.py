"""Stop 38: evictions for one resource, failed image pulls, "per
host", a service's backends, role bindings to cluster roles, and workloads not fully up."""

from __future__ import annotations

import pytest

from kubequery.translate.base import Turn
from tests.test_offline import assert_same_rows, ctx

_BEHIND_MODEL_SERVING = (
    "SELECT DISTINCT p.name FROM pods p JOIN services s ON s.namespace = p.namespace "
    "AND p.labels['app'] = s.selector['app'] WHERE s.namespace = 'ml' AND s.name = 'model-serving'"
)
_HPA_WARNINGS = (
    "SELECT reason, message FROM events WHERE namespace = 'team-a' AND involved_kind = 'HorizontalPodAutoscaler' "
    "AND involved_name = 'frontend' AND type = 'Warning'"
)
_DATA_CLAIM_NODES = (
    "SELECT c.name, p.node FROM persistentvolumeclaims c JOIN pods p ON p.namespace = c.namespace "
    "AND list_contains(p.pvcs, c.name) WHERE c.namespace = 'data'"
)
_CASSANDRA_CLAIMS = (
    "SELECT p.name, c.status FROM pods p JOIN persistentvolumeclaims c ON c.namespace = p.namespace "
    "AND list_contains(p.pvcs, c.name) WHERE p.namespace = 'team-b' AND p.owner_kind = 'StatefulSet' "
    "AND p.owner_name = 'cassandra'"
)
_CLUSTER_BOUND_PODS = (
    "SELECT p.namespace, p.name FROM pods p WHERE EXISTS (SELECT 1 FROM clusterrolebindings b "
    "WHERE list_contains(b.service_accounts, p.namespace || '/' || p.service_account))"
)
_TO_CLUSTER_ROLES = "SELECT namespace, name FROM rolebindings WHERE role_kind = 'ClusterRole'"


@pytest.mark.parametrize(
    ("question", "gold"),
    [
        # the eviction message names the resource the node ran short of
        ("pods evicted because the node ran low on memory",
         "SELECT namespace, name FROM pods WHERE reason = 'Evicted' AND message LIKE '%low on resource: memory%'"),
        ("evicted for memory pressure events", "SELECT namespace, involved_name, message FROM events "
         "WHERE reason = 'Evicted' AND message LIKE '%low on resource: memory%'"),
        # "failed events" are the Failed reason, not the back-off that follows them
        ("image pull failed events", "SELECT namespace, involved_name, message FROM events "
         "WHERE reason = 'Failed' AND message ILIKE '%pull%'"),
        ("whats broken in checkout? (pods not running)",
         "SELECT name FROM pods WHERE namespace = 'checkout' AND status <> 'Running'"),
        ("scheduler failures", "SELECT namespace, involved_name, message FROM events WHERE reason = 'FailedScheduling'"),
        # a host is a node; events name theirs in source_host
        ("events per host", "SELECT source_host, count(*) FROM events WHERE source_host IS NOT NULL GROUP BY 1"),
        ("how many pods per host", "SELECT node, count(*) FROM pods WHERE node IS NOT NULL GROUP BY node"),
        ("deployments not at full ready", "SELECT namespace, name FROM deployments WHERE ready_replicas < desired"),
        ("which deploys aren't fully up in checkout?",
         "SELECT name FROM deployments WHERE namespace = 'checkout' AND ready_replicas < desired"),
        ("backends of the model-serving svc in ml", _BEHIND_MODEL_SERVING),
        ("svc model-serving -n ml backends", _BEHIND_MODEL_SERVING),
        # "svc with backends on …" names no service
        ("svc with backends on NotReady nodes", "SELECT DISTINCT e.namespace, e.name FROM endpoints e "
         "JOIN nodes n ON list_contains(e.nodes, n.name) WHERE NOT n.ready"),
        ("pods selected by the model-serving service in ml", _BEHIND_MODEL_SERVING),
        ("pvcs in data, and how big are they?",
         "SELECT name, capacity FROM persistentvolumeclaims WHERE namespace = 'data'"),
        ("pvc in data with their volume and its capacity",
         "SELECT c.name, v.name, v.capacity FROM persistentvolumeclaims c "
         "JOIN persistentvolumes v ON v.name = c.volume WHERE c.namespace = 'data'"),
        ("rolebindings that grant a ClusterRole", _TO_CLUSTER_ROLES),
        ("namespaced bindings to cluster roles", _TO_CLUSTER_ROLES),
        ("rb w/ roleRef kind ClusterRole", _TO_CLUSTER_ROLES),
        ("which rolebindings bind a clusterrole rather than a role?", _TO_CLUSTER_ROLES),
        ("role bindings that grant a ClusterRole, and the verbs it allows", "SELECT b.namespace, b.name, r.verbs "
         "FROM rolebindings b JOIN clusterroles r ON r.name = b.role_name WHERE b.role_kind = 'ClusterRole'"),
        ("what deployments did the evicted pods come from",
         "SELECT DISTINCT r.namespace, r.owner_name FROM pods p JOIN replicasets r ON r.namespace = p.namespace "
         "AND r.name = p.owner_name WHERE p.reason = 'Evicted' AND r.owner_kind = 'Deployment'"),
        ("where do the pods getting backoff warnings run",
         "SELECT DISTINCT p.namespace, p.name, p.node FROM events e JOIN pods p ON p.uid = e.involved_uid "
         "WHERE e.type = 'Warning' AND e.reason = 'BackOff'"),
        ("ns with pods and zero netpols", "SELECT n.name FROM namespaces n WHERE EXISTS (SELECT 1 FROM pods p "
         "WHERE p.namespace = n.name) AND NOT EXISTS (SELECT 1 FROM networkpolicies x WHERE x.namespace = n.name)"),
        ("namespaces affected by the cordoned node",
         "SELECT DISTINCT p.namespace FROM pods p JOIN nodes n ON p.node = n.name WHERE n.unschedulable"),
        ("ds running on control plane", "SELECT DISTINCT d.namespace, d.name FROM daemonsets d JOIN pods p "
         "ON p.namespace = d.namespace AND p.owner_kind = 'DaemonSet' AND p.owner_name = d.name "
         "JOIN nodes n ON n.name = p.node WHERE list_contains(n.roles, 'control-plane')"),
        ("for the pods in batch, what cronjob spawned them", "SELECT p.name, j.owner_name FROM pods p JOIN jobs j "
         "ON j.namespace = p.namespace AND j.name = p.owner_name WHERE p.namespace = 'batch' "
         "AND j.owner_kind = 'CronJob'"),
        ("which node is each PVC in data mounted on?", _DATA_CLAIM_NODES),
        ("data pvcs and the node of the pod using them", _DATA_CLAIM_NODES),
        # "exposed by a service" is no ingress's backend: the deployments no service selects
        ("which deployments are not exposed by any service?", "SELECT d.namespace, d.name FROM deployments d "
         "WHERE NOT EXISTS (SELECT 1 FROM services s WHERE s.namespace = d.namespace "
         "AND cardinality(s.selector) > 0 AND map_entries(s.selector) <@ map_entries(d.selector))"),
        ("how many pods serve pay.acme.io?", "SELECT count(DISTINCT p.namespace || '/' || p.name) FROM ingresses i "
         "JOIN services s ON s.namespace = i.namespace AND list_contains(i.services, s.name) JOIN pods p "
         "ON p.namespace = s.namespace AND map_entries(s.selector) <@ map_entries(p.labels) "
         "WHERE list_contains(i.hosts, 'pay.acme.io')"),
        ("volumes behind the ledger-db pods", "SELECT p.name, v.name FROM pods p JOIN persistentvolumeclaims c "
         "ON c.namespace = p.namespace AND list_contains(p.pvcs, c.name) JOIN persistentvolumes v "
         "ON v.name = c.volume WHERE p.namespace = 'payments' AND p.owner_kind = 'StatefulSet' "
         "AND p.owner_name = 'ledger-db'"),
        ("what deployments lost pods to the notready node", "SELECT DISTINCT r.namespace, r.owner_name FROM pods p "
         "JOIN replicasets r ON r.namespace = p.namespace AND r.name = p.owner_name JOIN nodes n ON n.name = p.node "
         "WHERE NOT n.ready AND r.owner_kind = 'Deployment'"),
        ("deployments in payments with no svc in front", "SELECT d.name FROM deployments d "
         "WHERE d.namespace = 'payments' AND NOT EXISTS (SELECT 1 FROM services s WHERE s.namespace = d.namespace "
         "AND cardinality(s.selector) > 0 AND map_entries(s.selector) <@ map_entries(d.selector))"),
        ("released volumes whose claim no longer exists", "SELECT v.name FROM persistentvolumes v "
         "WHERE v.status = 'Released' AND NOT EXISTS (SELECT 1 FROM persistentvolumeclaims c "
         "WHERE c.namespace = v.claim_namespace AND c.name = v.claim_name)"),
        ("namespaces with workloads that arent covered by any networkpolicy", "SELECT n.name FROM namespaces n "
         "WHERE EXISTS (SELECT 1 FROM pods p WHERE p.namespace = n.name) "
         "AND NOT EXISTS (SELECT 1 FROM networkpolicies x WHERE x.namespace = n.name)"),
        ("role bindings that reference a cluster role: which role, and to whom?",
         "SELECT namespace, name, role_name, subjects FROM rolebindings WHERE role_kind = 'ClusterRole'"),
    ],
)
def test_demo_said_plainly(translator, engine, question, gold):
    assert_same_rows(translator, engine, question, gold, columns=True)



@pytest.mark.parametrize(
    ("question", "gold", "namespace"),
    [
        # "for this namespace": of what is in it, not the namespace object
        ("total restart count for this namespace", "SELECT sum(restarts) FROM pods WHERE namespace = 'payments'",
         "payments"),
        ("where is busybox used?", "SELECT DISTINCT namespace, pod FROM containers WHERE image LIKE '%busybox%'",
         None),
        ("which pods in shop are not behind any service?", "SELECT p.name FROM pods p WHERE p.namespace = 'shop' "
         "AND NOT EXISTS (SELECT 1 FROM endpoints e WHERE e.namespace = p.namespace "
         "AND list_contains(e.target_pods, p.name))", None),
        ("hpa frontend -n team-a: warning reasons + messages", _HPA_WARNINGS, None),
        # "object" said as a column: the kind and name together
        ("monitoring: FailedCreate events, object and message",
         "SELECT object, message FROM events WHERE namespace = 'monitoring' AND reason = 'FailedCreate'", None),
        ("node events + reason and msg",
         "SELECT involved_name, reason, message FROM events WHERE involved_kind = 'Node'", None),
        ("events whose object is a node",
         "SELECT involved_name, reason, message FROM events WHERE involved_kind = 'Node'", None),
        # kubelet's image pull failures are its Failed events; the back-offs that follow are others
        ("image pull failures in the events", "SELECT namespace, involved_name, message FROM events "
         "WHERE reason = 'Failed'", None),
        ("cassandra pods and whether their claims are bound", _CASSANDRA_CLAIMS, None),
        ("for each pod of the cassandra stateful set, what is the status of its PVC?", _CASSANDRA_CLAIMS, None),
        ("what pods does service reviews select in bookinfo, and what state are they in?",
         "SELECT p.name, p.status FROM services s JOIN pods p ON p.namespace = s.namespace WHERE s.namespace = "
         "'bookinfo' AND s.name = 'reviews' AND map_entries(s.selector) <@ map_entries(p.labels)", None),
        ("bookinfo deploys with ImagePullBackOff/ErrImagePull pods",
         "SELECT DISTINCT r.owner_name FROM pods p JOIN replicasets r ON r.namespace = p.namespace "
         "AND r.name = p.owner_name WHERE p.namespace = 'bookinfo' AND r.owner_kind = 'Deployment' "
         "AND p.status IN ('ImagePullBackOff', 'ErrImagePull')", None),
        ("which pods are stuck because their pvc isn't bound?", "SELECT p.namespace, p.name FROM pods p "
         "JOIN persistentvolumeclaims c ON c.namespace = p.namespace AND list_contains(p.pvcs, c.name) "
         "WHERE c.status = 'Pending'", None),
        ("po whose sa is bound cluster-wide (clusterrolebinding)", _CLUSTER_BOUND_PODS, None),
        ("pods with cluster-wide rbac via their serviceaccount", _CLUSTER_BOUND_PODS, None),
        ("what pods end up handling traffic for shop.example.com", "SELECT DISTINCT p.namespace, p.name "
         "FROM ingresses i JOIN services s ON s.namespace = i.namespace AND list_contains(i.services, s.name) "
         "JOIN pods p ON p.namespace = s.namespace AND map_entries(s.selector) <@ map_entries(p.labels) "
         "WHERE list_contains(i.hosts, 'shop.example.com')", None),
        ("count pods scheduled to control-plane", "SELECT count(*) FROM pods p JOIN nodes n ON p.node = n.name "
         "WHERE list_contains(n.roles, 'control-plane')", None),
        ("for every bookinfo serviceaccount, its pods", "SELECT s.name, p.name FROM serviceaccounts s JOIN pods p "
         "ON p.namespace = s.namespace AND p.service_account = s.name WHERE s.namespace = 'bookinfo'", None),
        # the namespace said wins over the asker's
        ("why is the frontend autoscaler in team-a complaining? (warning events)", _HPA_WARNINGS, "shop"),
    ],
)
def test_real_cluster_said_plainly(real_translator, real_engine, question, gold, namespace):
    assert_same_rows(real_translator, real_engine, question, gold, columns=True, namespace=namespace)


@pytest.mark.parametrize(
    ("turns", "question", "gold"),
    [
        ((Turn("events in data", "SELECT involved_name, reason, type, message FROM events WHERE namespace = 'data'"),),
         "just warnings, drop the Normal ones",
         "SELECT involved_name, reason, message FROM events WHERE namespace = 'data' AND type = 'Warning'"),
        ((Turn("crashlooping pods in checkout",
               "SELECT name FROM pods WHERE namespace = 'checkout' AND status LIKE '%CrashLoopBackOff'"),),
         "how many times has each restarted?",
         "SELECT name, restarts FROM pods WHERE namespace = 'checkout' AND status LIKE '%CrashLoopBackOff'"),
    ],
)
def test_followups_said_plainly(translator, engine, turns, question, gold):
    t = translator.translate(question, context=ctx(turns=turns))
    got, expected = engine.query(t.sql), engine.query(gold)
    assert expected.rows and got.columns == expected.columns, t.sql
    assert sorted(got.rows, key=repr) == sorted(expected.rows, key=repr), t.sql
