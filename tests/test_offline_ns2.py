"""Questions asked in the asker's current namespace (round 2): new intents, read as a kubectl user in that
namespace means them; a question that names another namespace, or every namespace, is not scoped to it."""

from __future__ import annotations

import pytest

from tests.test_offline import assert_same_rows

DEMO = [
    # namespaces compared, asked from one: every namespace, not the asker's own
    ("checkout", "which namespaces have more than 50 pods?",
     "SELECT namespace FROM pods GROUP BY namespace HAVING count(*) > 50"),
    ("payments", "are there crashloops anywhere in the cluster?",
     "SELECT namespace, name FROM pods WHERE status LIKE '%CrashLoopBackOff'"),
    ("ml", "how many pending pods in the cluster?", "SELECT count(*) FROM pods WHERE status = 'Pending'"),
    ("data", "services in kube-system", "SELECT name FROM services WHERE namespace = 'kube-system'"),
    # cluster-scoped kinds are not scoped to the namespace
    ("payments", "which nodes are not ready?", "SELECT name FROM nodes WHERE NOT ready"),
    # joins from the namespace's pods
    ("payments", "are any of our pods sitting on a NotReady node?",
     "SELECT p.name FROM pods p JOIN nodes n ON p.node = n.name WHERE p.namespace = 'payments' AND NOT n.ready"),
    ("data", "how many of my pods are in each zone?",
     "SELECT n.zone, count(*) FROM pods p JOIN nodes n ON p.node = n.name WHERE p.namespace = 'data' "
     "GROUP BY n.zone"),
    # "which app labels are used": the values that label takes
    ("checkout", "which app labels are used in this namespace?",
     "SELECT DISTINCT labels['app'] FROM pods WHERE namespace = 'checkout'"),
    # "and how many replicas?" without a verb: each one's own
    ("payments", "which statefulsets do we run and how many replicas?",
     "SELECT name, desired FROM statefulsets WHERE namespace = 'payments'"),
    # both resources added up
    ("checkout", "total cpu and memory requested here",
     "SELECT sum(cpu_request), sum(memory_request) FROM pods WHERE namespace = 'checkout'"),
    ("checkout", "total cpu and memory limits here",
     "SELECT sum(cpu_limit), sum(memory_limit) FROM pods WHERE namespace = 'checkout'"),
    # each one's amount, in a unit
    ("ml", "how much memory does each of my pods request, in GiB?",
     "SELECT name, memory_request / 1024 ^ 3 FROM pods WHERE namespace = 'ml'"),
    # "how long have … been pending": those pending, with their age
    ("data", "how long have my pvcs been pending?",
     "SELECT name, age FROM persistentvolumeclaims WHERE namespace = 'data' AND status = 'Pending'"),
    ("data", "when did my cronjobs last succeed?", "SELECT name, last_successful FROM cronjobs WHERE namespace = 'data'"),
    ("ml", "scheduling failures here",
     "SELECT involved_name, message FROM events WHERE namespace = 'ml' AND reason = 'FailedScheduling'"),
    ("data", "events here grouped by reason", "SELECT reason, count(*) FROM events WHERE namespace = 'data' GROUP BY reason"),
    ("ml", "gpu requests in my quota, hard and used",
     "SELECT name, hard['requests.nvidia.com/gpu'], used['requests.nvidia.com/gpu'] "
     "FROM resourcequotas "
     "WHERE namespace = 'ml'"),
]

REAL = [
    ("team-a", "which namespace has the most pods?",
     "SELECT namespace, count(*) AS pods FROM pods GROUP BY namespace ORDER BY pods DESC LIMIT 1"),
    # "which of my pods have warning events": the pods, each once
    ("shop", "which of my pods have warning events?",
     "SELECT DISTINCT involved_name FROM events WHERE namespace = 'shop' AND type = 'Warning' "
     "AND involved_kind = 'Pod'"),
    # "each of my pods": each pod
    ("team-a", "which service account does each of my pods use?",
     "SELECT name, service_account FROM pods WHERE namespace = 'team-a'"),
    ("shop", "how many pods does each of my nodes run?",
     "SELECT node, count(*) FROM pods WHERE namespace = 'shop' GROUP BY node"),
    ("team-a", "how much storage does each of my pvcs request (GiB)?",
     "SELECT name, storage_request / 1024 ^ 3 FROM persistentvolumeclaims WHERE namespace = 'team-a'"),
    # "aren't scheduled yet": not scheduled
    ("team-b", "pods here that aren't scheduled yet", "SELECT name FROM pods WHERE namespace = 'team-b' AND node IS NULL"),
    # "and on which node?": the node shown
    ("team-b", "which of my pods are crashlooping and on which node?",
     "SELECT name, node FROM pods WHERE namespace = 'team-b' AND status = 'CrashLoopBackOff'"),
    ("team-b", "restarted containers here + why they last died",
     "SELECT pod, name, last_reason FROM containers WHERE namespace = 'team-b' AND restarts > 0"),
    ("shop", "network policies here with their selector",
     "SELECT name, pod_selector FROM networkpolicies WHERE namespace = 'shop'"),
    ("team-a", "roles here with their rules", "SELECT name, rules FROM roles WHERE namespace = 'team-a'"),
    ("monitoring", "services here that don't select any pod",
     "SELECT s.name FROM services s WHERE s.namespace = 'monitoring' AND cardinality(s.selector) > 0 AND NOT EXISTS "
     "(SELECT 1 FROM pods p WHERE p.namespace = s.namespace AND map_entries(s.selector) <@ map_entries(p.labels))"),
    ("shop", "warning events in all namespaces", "SELECT namespace, object, reason FROM events WHERE type = 'Warning'"),
    ("team-b", "pvcs here that aren't bound",
     "SELECT name FROM persistentvolumeclaims WHERE namespace = 'team-b' AND status <> 'Bound'"),
    ("team-b", "which persistent volume backs each of my claims?",
     "SELECT c.name, v.name FROM persistentvolumeclaims c JOIN persistentvolumes v ON v.name = c.volume "
     "WHERE c.namespace = 'team-b'"),
    # "above zero": a number said in words
    ("shop", "pods here whose restarts are above zero, sorted by restarts",
     "SELECT name, restarts FROM pods WHERE namespace = 'shop' AND restarts > 0 ORDER BY restarts DESC"),
    # "node type": the nodes' instance type
    ("shop", "how many of my pods are running on each node type?",
     "SELECT n.instance_type, count(*) FROM pods p JOIN nodes n ON p.node = n.name WHERE p.namespace = 'shop' "
     "GROUP BY n.instance_type"),
    ("bookinfo", "how many pods here per app label?",
     "SELECT labels['app'], count(*) FROM pods WHERE namespace = 'bookinfo' GROUP BY labels['app']"),
]


@pytest.mark.parametrize(("namespace", "question", "sql"), DEMO)
def test_asked_here_on_the_demo(translator, engine, namespace, question, sql):
    assert_same_rows(translator, engine, question, sql, columns=True, namespace=namespace)


@pytest.mark.parametrize(("namespace", "question", "sql"), REAL)
def test_asked_here_on_the_real_cluster(real_translator, real_engine, namespace, question, sql):
    assert_same_rows(real_translator, real_engine, question, sql, columns=True, namespace=namespace)
