"""Stop 57: question shapes found by asking both clusters fresh questions, each a wrong answer (or a needless
decline) before: a deployment's pods where its name is also a service account's, objects ranked "by number
of" something, overcommitted nodes, what components reported, and two relations said of one kind."""

from __future__ import annotations

import pytest

from tests.test_offline import answer_after, assert_declined, assert_said_alike, assert_same_rows, ctx

# On the real cluster: the question and SQL giving the rows and columns it must answer with.
REAL = [
    # a deployment of that name in two namespaces: the nodes of both one's pods (was: the pods of the service
    # account of that name, one node)
    ("nodes running pods of deployment frontend",
     "SELECT DISTINCT p.node FROM pods p JOIN replicasets r ON r.namespace = p.namespace "
     "AND r.name = p.owner_name WHERE r.owner_kind = 'Deployment' AND r.owner_name = 'frontend'"),
    # the zones asked (were dropped, and the pods read as the service account's)
    ("zones of the frontend pods in shop",
     "SELECT p.name, n.zone FROM pods p JOIN replicasets r ON r.namespace = p.namespace AND r.name = p.owner_name "
     "JOIN nodes n ON n.name = p.node WHERE p.namespace = 'shop' AND r.owner_kind = 'Deployment' "
     "AND r.owner_name = 'frontend'"),
    # a release said alone is that release, on the parts said (was dropped: every node)
    ("nodes on v1.20",
     "SELECT name FROM nodes WHERE kubelet_version LIKE 'v1.20.%'"),
    # each node's own count (was: the nodes that have some, or their number)
    ("gpus per node", "SELECT name, gpu_capacity FROM nodes"),
    ("how many cores does each node have?", "SELECT name, cpu_capacity FROM nodes"),
    # the limit missing, the request there (was: every pod without the limit)
    ("pods with no memory limit but a request",
     "SELECT namespace, name FROM pods WHERE memory_limit IS NULL AND memory_request IS NOT NULL"),
    # the image so named (was: the containers of the pod called nginx)
    ("which containers use the nginx image?",
     "SELECT namespace, pod, name FROM containers WHERE image LIKE '%nginx%'"),
    # what the events of the pods so named say (was: the pods alone)
    ("why can't the vllm pod start?",
     "SELECT e.namespace, e.involved_name, e.message FROM events e JOIN pods p ON e.involved_kind = 'Pod' "
     "AND e.namespace = p.namespace AND e.involved_name = p.name WHERE p.name LIKE '%vllm%'"),
    # several images (was: the Running ones among them; the pods with several containers)
    ("pods running multiple images", "SELECT namespace, name FROM pods WHERE len(images) > 1"),
    ("which pods use more than one container image?", "SELECT namespace, name FROM pods WHERE len(images) > 1"),
    # their status (the deployment's was: the deployment alone)
    ("how is the orders-api deployment doing?", "SELECT ready FROM deployments WHERE name = 'orders-api'"),
    ("how are the cassandra pods doing?",
     "SELECT name, status FROM pods WHERE namespace = 'team-b' AND owner_kind = 'StatefulSet' "
     "AND owner_name = 'cassandra'"),
    # the component that reported them (was: every warning)
    ("which controller reports the most warnings?",
     "SELECT source, count(*) FROM events WHERE type = 'Warning' GROUP BY source ORDER BY 2 DESC LIMIT 1"),
]

# On the demo cluster.
DEMO = [
    ("zone of each checkout-api pod",
     "SELECT p.name, n.zone FROM pods p JOIN replicasets r ON r.namespace = p.namespace AND r.name = p.owner_name "
     "JOIN nodes n ON n.name = p.node WHERE p.namespace = 'checkout' AND r.owner_kind = 'Deployment' "
     "AND r.owner_name = 'checkout-api'"),
    ("checkout-api pods with zone",
     "SELECT p.name, n.zone FROM pods p JOIN replicasets r ON r.namespace = p.namespace AND r.name = p.owner_name "
     "JOIN nodes n ON n.name = p.node WHERE p.namespace = 'checkout' AND r.owner_kind = 'Deployment' "
     "AND r.owner_name = 'checkout-api'"),
    # the claims' events (was: the pending claims, or declined)
    ("why is the claim in ml not binding?",
     "SELECT e.involved_name, e.reason, e.message FROM events e JOIN persistentvolumeclaims c "
     "ON e.involved_kind = 'PersistentVolumeClaim' AND e.namespace = c.namespace AND e.involved_name = c.name "
     "WHERE c.namespace = 'ml' AND c.status = 'Pending'"),
    ("why does the pvc in ml stay pending?",
     "SELECT e.involved_name, e.reason, e.message FROM events e JOIN persistentvolumeclaims c "
     "ON e.involved_kind = 'PersistentVolumeClaim' AND e.namespace = c.namespace AND e.involved_name = c.name "
     "WHERE c.namespace = 'ml' AND c.status = 'Pending'"),
    # what it reported (was declined)
    ("what did the scheduler do in data?",
     "SELECT involved_name, reason, message FROM events WHERE namespace = 'data' AND source = 'default-scheduler'"),
    # the components, each once (was: every event)
    ("which controllers reported events?", "SELECT DISTINCT source FROM events"),
    # the components ranked by their events (was: the three events seen most often)
    ("top 3 event sources",
     "SELECT source, count(*) FROM events GROUP BY source ORDER BY 2 DESC LIMIT 3"),
    # more requested than the node can allocate, of either resource (was declined)
    ("overcommitted nodes",
     "SELECT n.name FROM nodes n JOIN pods p ON p.node = n.name "
     "GROUP BY n.name, n.cpu_allocatable, n.memory_allocatable "
     "HAVING sum(p.cpu_request) > n.cpu_allocatable OR sum(p.memory_request) > n.memory_allocatable"),
    ("how many nodes are overcommitted?",
     "SELECT count(*) FROM (SELECT n.name FROM nodes n JOIN pods p ON p.node = n.name "
     "GROUP BY n.name, n.cpu_allocatable, n.memory_allocatable "
     "HAVING sum(p.cpu_request) > n.cpu_allocatable OR sum(p.memory_request) > n.memory_allocatable)"),
    # against the capacity said, not what is allocatable
    ("nodes whose cpu limits exceed capacity",
     "SELECT n.name FROM nodes n JOIN pods p ON p.node = n.name GROUP BY n.name, n.cpu_capacity "
     "HAVING sum(p.cpu_limit) > n.cpu_capacity"),
    # what is left to request on each (was: nodes with fewer than 2 cpus in all)
    ("nodes with less than 2 cpus free",
     "SELECT n.name FROM nodes n LEFT JOIN pods p ON p.node = n.name GROUP BY n.name, n.cpu_allocatable "
     "HAVING n.cpu_allocatable - coalesce(sum(p.cpu_request), 0) < 2"),
    # what the quota allows and what is used (was: a count of the quotas)
    ("requests vs quota in payments",
     "SELECT namespace, name, hard, used FROM resourcequotas WHERE namespace = 'payments'"),
    # ranked by it, most first (were: a count of them all)
    ("services by number of ports",
     "SELECT namespace, name, len(ports) FROM services ORDER BY len(ports) DESC"),
    ("images sorted by number of containers",
     "SELECT image, count(*) FROM containers GROUP BY image ORDER BY 2 DESC"),
    ("nodes by number of pods, fewest first",
     "SELECT node, count(*) FROM pods WHERE node IS NOT NULL GROUP BY node ORDER BY 2"),
    # either value of the label (was: a deployment named by the second value, joined)
    ("pods with app=ledger-db or fraud-detector",
     "SELECT namespace, name FROM pods WHERE labels['app'] IN ('ledger-db', 'fraud-detector')"),
    # by how many each lists (was: the services counted per port)
    ("services by port count", "SELECT namespace, name, len(ports) FROM services"),
    # the pods whose account a binding grants that role (was: every pod with an account)
    ("which pods use a service account with secret-reader?",
     "SELECT p.namespace, p.name FROM pods p WHERE EXISTS (SELECT 1 FROM rolebindings b "
     "WHERE b.role_name = 'secret-reader' AND list_contains(b.service_accounts, p.namespace || '/' || p.service_account))"),
    # both counts of each (was: the autoscalers counted)
    ("hpas and their current replicas vs desired",
     "SELECT namespace, name, current_replicas, desired_replicas FROM horizontalpodautoscalers"),
    # the hosts of the ingresses routing to it (was: the services of that name)
    ("hosts routed to payments-api service",
     "SELECT namespace, name, hosts FROM ingresses WHERE list_contains(services, 'payments-api')"),
    # each pod's own ip beside its node (was: the node's ip)
    ("pods in payments with their node and ip", "SELECT name, node, ip FROM pods WHERE namespace = 'payments'"),
    # what the first namespace lists that the second does not (was: the first's alone)
    ("which images run in staging but not in payments?",
     "SELECT DISTINCT image FROM containers WHERE namespace = 'staging' "
     "EXCEPT SELECT image FROM containers WHERE namespace = 'payments'"),
    ("deployments in staging but not payments",
     "SELECT name FROM deployments WHERE namespace = 'staging' "
     "EXCEPT SELECT name FROM deployments WHERE namespace = 'payments'"),
    # their own label, and no service selecting them (was: a service label 'but' asked, every pod)
    ("pods with an app label but no service",
     "SELECT namespace, name FROM pods p WHERE map_contains(labels, 'app') AND NOT EXISTS (SELECT 1 FROM services s "
     "WHERE s.namespace = p.namespace AND cardinality(s.selector) > 0 "
     "AND map_entries(s.selector) <@ map_entries(p.labels))"),
    # the team label's value, not the namespace of that name (was declined)
    ("how many deployments belong to team checkout?",
     "SELECT count(*) FROM deployments WHERE labels['team'] = 'checkout'"),
    ("deployments of the checkout team", "SELECT namespace, name FROM deployments WHERE labels['team'] = 'checkout'"),
    # the request there, the limit missing, for containers too (was: the limit alone)
    ("containers without cpu limits but with requests",
     "SELECT namespace, pod, name FROM containers WHERE type = 'container' AND cpu_limit IS NULL "
     "AND cpu_request IS NOT NULL"),
    # ranked by the pods each runs (was: every node running one)
    ("nodes hosting the most pods in payments",
     "SELECT node, count(*) FROM pods WHERE namespace = 'payments' GROUP BY node ORDER BY 2 DESC LIMIT 1"),
    # its age (was declined)
    ("how long has ledger-db-0 been running?", "SELECT age FROM pods WHERE name = 'ledger-db-0'"),
    ("uptime of worker-3", "SELECT age FROM nodes WHERE name = 'worker-3'"),
    # the namespaces left out, not also the service account every namespace has
    ("pods outside kube-system and default",
     "SELECT namespace, name FROM pods WHERE namespace NOT IN ('kube-system', 'default')"),
    # both relations (the second was dropped)
    ("namespaces without network policies that have pods",
     "SELECT name FROM namespaces n WHERE NOT EXISTS (SELECT 1 FROM networkpolicies x WHERE x.namespace = n.name) "
     "AND EXISTS (SELECT 1 FROM pods p WHERE p.namespace = n.name)"),
    ("deployments with an hpa and a pdb",
     "SELECT namespace, name FROM deployments d WHERE EXISTS (SELECT 1 FROM horizontalpodautoscalers h "
     "WHERE h.namespace = d.namespace AND h.target_kind = 'Deployment' AND h.target_name = d.name) "
     "AND EXISTS (SELECT 1 FROM poddisruptionbudgets b WHERE b.namespace = d.namespace "
     "AND map_entries(b.selector) <@ map_entries(d.selector))"),
]


@pytest.mark.parametrize(("question", "gold"), REAL)
def test_real(real_translator, real_engine, question, gold):
    assert_same_rows(real_translator, real_engine, question, gold, columns=True)


@pytest.mark.parametrize(("question", "gold"), DEMO)
def test_demo(translator, engine, question, gold):
    assert_same_rows(translator, engine, question, gold, columns=True)


@pytest.mark.parametrize("question", ["hpa targets that don't exist", "hpa targets which are missing"])
def test_targets_that_do_not_exist_are_the_autoscalers_whose_target_is_gone(translator, engine, question):
    # every demo autoscaler's target exists: none (was: the deployments that have one)
    t = translator.translate(question, context=ctx())
    assert not t.declined and "horizontalpodautoscalers" in t.sql, t.sql or t.message
    assert engine.query(t.sql).rows == []


@pytest.mark.parametrize(
    ("questions", "gold"),
    [
        # the pods listed that are not ready, not the pods of the statefulsets not fully ready
        (("pods of statefulsets", "which are not ready?"),
         "SELECT namespace, name FROM pods WHERE owner_kind = 'StatefulSet' AND NOT is_ready"),
        (("statefulsets", "their pods", "which are not ready?"),
         "SELECT namespace, name FROM pods WHERE owner_kind = 'StatefulSet' AND NOT is_ready"),
        # the namespaces listed that have pods (was: every pod)
        (("namespaces without network policies", "which have pods?"),
         "SELECT name FROM namespaces n WHERE NOT EXISTS (SELECT 1 FROM networkpolicies x "
         "WHERE x.namespace = n.name) AND EXISTS (SELECT 1 FROM pods p WHERE p.namespace = n.name)"),
        # "there" is on the nodes listed (was: every pod)
        (("nodes in us-east-1a", "what pods run there?"),
         "SELECT p.namespace, p.name FROM pods p JOIN nodes n ON p.node = n.name WHERE n.zone = 'us-east-1a'"),
        # which of them (was: every pod not ready)
        (("nodes", "are there any not ready?"), "SELECT name FROM nodes WHERE NOT ready"),
        # the events listed about that kind (was declined)
        (("warning events in the last hour", "only pods"),
         "SELECT namespace, object, reason FROM events WHERE type = 'Warning' "
         "AND last_seen > now() - INTERVAL 1 HOUR AND involved_kind = 'Pod'"),
        # what they are about, each once (was declined)
        (("warning events in the last hour", "which objects?"),
         "SELECT DISTINCT namespace, object FROM events WHERE type = 'Warning' "
         "AND last_seen > now() - INTERVAL 1 HOUR"),
        # one of them, said so (was declined), and what runs on it
        (("nodes", "the cordoned one"), "SELECT name FROM nodes WHERE unschedulable"),
        (("nodes", "the cordoned one", "what's on it?"),
         "SELECT p.namespace, p.name FROM pods p JOIN nodes n ON p.node = n.name WHERE n.unschedulable"),
        # their replica counts shown (was declined after the autoscalers' deployments)
        (("hpas", "which are at max?", "their deployments", "how many replicas do they want?"),
         "SELECT d.namespace, d.name, d.desired FROM deployments d JOIN horizontalpodautoscalers h "
         "ON h.namespace = d.namespace AND h.target_kind = 'Deployment' AND h.target_name = d.name "
         "WHERE h.current_replicas >= h.max_replicas"),
        # the events of the pods found through their nodes (was declined)
        (("pods on not ready nodes", "why?"),
         "SELECT e.namespace, e.involved_name, e.message FROM events e JOIN pods p ON e.involved_kind = 'Pod' "
         "AND e.involved_uid = p.uid JOIN nodes n ON p.node = n.name WHERE NOT n.ready"),
    ],
)
def test_follow_ups_narrow_the_rows_listed(translator, engine, questions, gold):
    t = answer_after(translator, *questions)
    assert not t.declined, t.message
    assert sorted(engine.query(t.sql).rows) == sorted(engine.query(gold).rows), t.sql


def test_a_daemon_set_not_fully_rolled_out_has_pods_not_up_to_date(translator, engine):
    # (was declined: "aren't fully rolled out" was read for deployments only)
    t = translator.translate("daemonsets that aren't fully rolled out", context=ctx())
    assert not t.declined and "up_to_date < desired" in t.sql, t.sql or t.message
    assert engine.query(t.sql).rows == engine.query(
        "SELECT namespace, name FROM daemonsets WHERE up_to_date < desired"
    ).rows


@pytest.mark.parametrize("question", ["deployments here and in team-a", "deployments in team-a and here"])
def test_here_named_beside_another_namespace_is_both(real_translator, real_engine, question):
    # asked from shop (was: team-a's alone)
    gold = "SELECT namespace, name FROM deployments WHERE namespace IN ('shop', 'team-a')"
    assert_same_rows(real_translator, real_engine, question, gold, columns=True, namespace="shop")


@pytest.mark.parametrize(
    "question", ["foobar pods crashlooping", "why are the foobar pods not ready?", "how many foobar pods are there?"]
)
def test_an_unknown_word_where_a_name_goes_is_declined_though_a_state_is_read(real_translator, question):
    # (was: every crashlooping, or not ready, pod)
    assert_declined(real_translator, question, "'foobar'")


@pytest.mark.parametrize(("question", "why"), [("how many nodes are hot?", "'hot'"),
                                              ("how many services aren't selecting pods?", "'pods'")])
def test_a_count_with_what_picks_them_unread_is_declined(translator, question, why):
    # (was: every node, or service, counted)
    assert_declined(translator, question, why)


def test_a_count_of_pods_not_assigned_to_a_node_keeps_the_not(translator, engine):
    t = translator.translate("how many pods aren't assigned to any node?", context=ctx())
    assert not t.declined, t.message
    assert engine.query(t.sql).rows == engine.query("SELECT count(*) FROM pods WHERE node IS NULL").rows


@pytest.mark.parametrize(
    "question",
    [
        "which deployments have more replicas than their hpa max?",  # (was: each one beside its hpa max)
        "pods with more restarts than ledger-db-0",  # (was: ledger-db-0 itself)
        "containers with limits more than twice the request",  # (was: every container with a limit)
    ],
)
def test_a_comparison_the_query_does_not_make_is_declined(translator, question):
    assert_declined(translator, question, "would not compare anything")


@pytest.mark.parametrize("question", ["which workloads are in payments?", "controllers in payments"])
def test_workloads_said_so_are_every_kind_that_runs_pods(translator, engine, question):
    # (were declined, or the pods)
    assert_said_alike(translator, question, "workloads in payments")
