"""Stop 50: spans in hours and minutes ("4h30m", "four and a half hours"); a state compared to a time
("pending > 5 hours") keeps the state; one object's events "say" all of themselves (type, reason,
message); a ranking by a difference ("max minus current replicas"); the owners counted per being picked by
their own words ("each LoadBalancer service"); the pods of a workload a story names ("… never came up.
what warnings are its pods getting?"); a follow-up asking for a share of allocatable; the cluster's
share of requested memory "across all nodes"; words for existing shapes (empty nodes, jobs with no pod
left, the replica set a deployment runs on now, services reachable from outside, pods waiting for an IP)."""

from __future__ import annotations

import pytest

from kubequery.translate.base import Turn
from tests.test_offline import assert_same_rows

_PENDING_LONG = "SELECT namespace, name FROM pods WHERE status = 'Pending' AND age > INTERVAL 270 MINUTES"
_EMBEDDING_WARNINGS = (
    "SELECT e.involved_name, e.reason, e.message FROM events e JOIN pods p ON e.involved_uid = p.uid "
    "JOIN replicasets r ON r.namespace = p.namespace AND r.name = p.owner_name WHERE p.namespace = 'ml' "
    "AND r.owner_kind = 'Deployment' AND r.owner_name = 'embedding-service' AND e.type = 'Warning'"
)
_HEADROOM = (
    "SELECT namespace, name, max_replicas - current_replicas FROM horizontalpodautoscalers "
    "ORDER BY max_replicas - current_replicas DESC LIMIT 1"
)
_MEMORY_PER_NODE = Turn(
    "memory requested on each node",
    "SELECT n.name, sum(p.memory_request) AS requested FROM nodes n LEFT JOIN pods p ON p.node = n.name "
    "GROUP BY n.name",
)
_MEMORY_SHARE_PER_NODE = (
    "SELECT n.name, 100.0 * sum(p.memory_request) / n.memory_allocatable FROM nodes n "
    "LEFT JOIN pods p ON p.node = n.name GROUP BY n.name, n.memory_allocatable"
)


@pytest.mark.parametrize(
    ("question", "gold"),
    [
        # a span in two units, or a half, is one interval in minutes; a state compared to it stays
        ("pods pending for more than 4.5 hours", _PENDING_LONG),
        ("po Pending > 4h30m", _PENDING_LONG),
        ("pods stuck pending for over four and a half hours", _PENDING_LONG),
        ("po pending > 4 hours",
         "SELECT namespace, name FROM pods WHERE status = 'Pending' AND age > INTERVAL 4 HOURS"),
        ("pods created more than an hour and a half ago",
         "SELECT namespace, name FROM pods WHERE created < now() - INTERVAL 90 MINUTES"),
        # the earliest time of events somewhere, said without "all" or "any"
        ("earliest first_seen of ev -n ml", "SELECT min(first_seen) FROM events WHERE namespace = 'ml'"),
        # ranked by a difference, which is shown
        ("hpa with the largest max - current replicas", _HEADROOM),
        ("hpa w/ biggest gap between max and current replicas", _HEADROOM),
        ("a traffic spike is coming and I want to know which HPA can absorb the most. which one has the "
         "largest max minus current replicas?", _HEADROOM),
        # owners counted per, picked by their own words
        ("how many pods are behind each LoadBalancer service?",
         "SELECT s.namespace, s.name, count(p.uid) FROM services s LEFT JOIN pods p ON p.namespace = s.namespace "
         "AND cardinality(s.selector) > 0 AND map_entries(s.selector) <@ map_entries(p.labels) "
         "WHERE s.type = 'LoadBalancer' GROUP BY s.namespace, s.name"),
        # the pods of a workload a story (or a terse subject) names
        ("embedding-service in ml never came up after the deploy. what warnings are its pods getting?",
         _EMBEDDING_WARNINGS),
        ("deploy/embedding-service -n ml: warnings on its pods", _EMBEDDING_WARNINGS),
        # groups past a count, with the count shown when asked
        ("namespaces with more than 10 warning events, and how many each",
         "SELECT namespace, count(*) FROM events WHERE type = 'Warning' GROUP BY namespace HAVING count(*) > 10"),
        ("ns w/ >10 Warning ev (count)",
         "SELECT namespace, count(*) FROM events WHERE type = 'Warning' GROUP BY namespace HAVING count(*) > 10"),
        # how long events have been going on, from first to last seen
        ("warning events that have been going on for more than 5 hours",
         "SELECT namespace, object, reason FROM events WHERE type = 'Warning' "
         "AND last_seen - first_seen > INTERVAL 5 HOUR"),
        ("Warning ev where last seen - first seen > 5h",
         "SELECT namespace, object, reason FROM events WHERE type = 'Warning' "
         "AND last_seen - first_seen > INTERVAL 5 HOUR"),
        ("which warning event happened most recently?",
         "SELECT namespace, object, reason FROM events WHERE type = 'Warning' ORDER BY last_seen DESC LIMIT 1"),
        ("NotReady no, their ev (reason + msg)",
         "SELECT n.name, e.reason, e.message FROM nodes n JOIN events e ON e.involved_kind = 'Node' "
         "AND e.involved_name = n.name WHERE NOT n.ready"),
        ("ev -n ml from default-scheduler",
         "SELECT involved_name, reason, message FROM events WHERE namespace = 'ml' AND source = 'default-scheduler'"),
        # namespaces counted per node, through the pods on it
        ("how many different namespaces have pods on each node?",
         "SELECT node, count(DISTINCT namespace) FROM pods WHERE node IS NOT NULL GROUP BY node"),
        ("per node, how many namepsaces are running pods on it?",
         "SELECT node, count(DISTINCT namespace) FROM pods WHERE node IS NOT NULL GROUP BY node"),
        # a time of day is on the time the question names: the last restart
        ("which pods restarted since midnight?",
         "SELECT namespace, name FROM pods WHERE last_restart >= date_trunc('day', now())"),
        # "there" is the node the story told of
        ("worker-7 just went NotReady. Which services had pods running there?",
         "SELECT DISTINCT s.namespace, s.name FROM services s JOIN pods p ON p.namespace = s.namespace "
         "AND cardinality(s.selector) > 0 AND map_entries(s.selector) <@ map_entries(p.labels) "
         "WHERE p.node = 'worker-7'"),
        ("payments deploys: # of distinct AZs their po are in",
         "SELECT r.owner_name, count(DISTINCT n.zone) FROM pods p JOIN replicasets r ON r.namespace = p.namespace "
         "AND r.name = p.owner_name JOIN nodes n ON n.name = p.node WHERE p.namespace = 'payments' "
         "AND r.owner_kind = 'Deployment' GROUP BY r.owner_name"),
        # the oldest warning somewhere, with when it was first seen (as the latest shows its last seen)
        ("what is the oldest warning event in checkout?",
         "SELECT object, reason, first_seen FROM events WHERE namespace = 'checkout' AND type = 'Warning' "
         "ORDER BY first_seen LIMIT 1"),
        ("which containers in checkout are not ready, and why?",
         "SELECT pod, name, reason FROM containers WHERE namespace = 'checkout' AND NOT ready"),
        ("total cpu requsted on node worker-8 (cores)", "SELECT sum(cpu_request) FROM pods WHERE node = 'worker-8'"),
        # the pods whose own events (by uid) are BackOff ones
        ("po w/ BackOff ev + node",
         "SELECT DISTINCT p.namespace, p.name, p.node FROM pods p JOIN events e ON e.involved_uid = p.uid "
         "WHERE e.reason = 'BackOff'"),
        # words for shapes read before
        ("po recommendation-n59sd9rcc8-tcnpp -n checkout: node + node status",
         "SELECT n.name, n.status FROM pods p JOIN nodes n ON n.name = p.node WHERE p.namespace = 'checkout' "
         "AND p.name = 'recommendation-n59sd9rcc8-tcnpp'"),
        ("which replica set is payments-api in payments running on now?",
         "SELECT r.name FROM replicasets r JOIN deployments d ON d.namespace = r.namespace AND d.name = r.owner_name "
         "WHERE r.namespace = 'payments' AND r.owner_kind = 'Deployment' AND d.name = 'payments-api' "
         "AND r.revision = d.revision"),
        ("pods still wating for an ip", "SELECT namespace, name FROM pods WHERE ip IS NULL"),
        ("whats the comand line of the containers in batch?",
         "SELECT pod, name, command FROM containers WHERE namespace = 'batch'"),
        ("how much of the allocatable memory across all nodes is requested, in percent?",
         "SELECT 100 * (SELECT sum(memory_request) FROM pods WHERE node IS NOT NULL) "
         "/ (SELECT sum(memory_allocatable) FROM nodes)"),
    ],
)
def test_demo(translator, engine, question, gold):
    assert_same_rows(translator, engine, question, gold, columns=True)


@pytest.mark.parametrize(
    ("question", "gold"),
    [
        # one object's events, asked what they say: all of each one
        ("what do the evnets say about poddisruptionbudget alertmanager-main in monitoring?",
         "SELECT type, reason, message FROM events WHERE namespace = 'monitoring' "
         "AND involved_kind = 'PodDisruptionBudget' AND involved_name = 'alertmanager-main'"),
        ("did the db-migrate-v42 job in batch go through ok? what do its events say",
         "SELECT type, reason, message FROM events WHERE namespace = 'batch' AND involved_kind = 'Job' "
         "AND involved_name = 'db-migrate-v42'"),
        ("how many events in bookinfo are warnings and how many are normal?",
         "SELECT type, count(*) FROM events WHERE namespace = 'bookinfo' GROUP BY type"),
        ("what warnings have fired in the past couple of minutes?",
         "SELECT namespace, object, reason FROM events WHERE type = 'Warning' "
         "AND last_seen > now() - INTERVAL 2 MINUTE"),
        ("svc -n shop: # of po matched by selector",
         "SELECT s.name, count(p.uid) FROM services s LEFT JOIN pods p ON p.namespace = s.namespace "
         "AND cardinality(s.selector) > 0 AND map_entries(s.selector) <@ map_entries(p.labels) "
         "WHERE s.namespace = 'shop' GROUP BY s.name"),
        ("for each deployment in bookinfo, what state are its pods in?",
         "SELECT r.owner_name, p.name, p.status FROM pods p JOIN replicasets r ON r.namespace = p.namespace "
         "AND r.name = p.owner_name WHERE p.namespace = 'bookinfo' AND r.owner_kind = 'Deployment'"),
        ("ingresess that dont specify a hostname",
         "SELECT namespace, name FROM ingresses WHERE hosts IS NULL OR len(hosts) = 0"),
        ("replica sets of deployment productpage-v1 in bookinfo and how many are ready",
         "SELECT name, desired, ready_replicas FROM replicasets WHERE namespace = 'bookinfo' "
         "AND owner_kind = 'Deployment' AND owner_name = 'productpage-v1'"),
        ("memory limits of the pods in team-b, in mebibytes",
         "SELECT name, memory_limit / 1048576 FROM pods WHERE namespace = 'team-b'"),
        ("any eviction threshold events?",
         "SELECT namespace, involved_name, message FROM events WHERE reason = 'EvictionThresholdMet'"),
        # the pods of a stateful set the story names
        ("the cassandra statefulset in team-b never gets healthy. what warnings are its pods getting?",
         "SELECT e.involved_name, e.reason, e.message FROM events e JOIN pods p ON e.involved_uid = p.uid "
         "WHERE p.namespace = 'team-b' AND p.owner_kind = 'StatefulSet' AND p.owner_name = 'cassandra' "
         "AND e.type = 'Warning'"),
        ("mysql in team-b has been broken for a while and I need the start time for the incident doc. when was "
         "its first warning event?",
         "SELECT min(first_seen) FROM events WHERE namespace = 'team-b' AND involved_kind = 'Pod' "
         "AND involved_name = 'mysql' AND type = 'Warning'"),
        # all four of "cpu and memory requests and limits"
        ("cpu and memory requests and limits of the pods in ml",
         "SELECT name, cpu_request, memory_request, cpu_limit, memory_limit FROM pods WHERE namespace = 'ml'"),
        ("which deployments have had a container OOMKilled?",
         "SELECT DISTINCT r.namespace, r.owner_name FROM containers c JOIN pods p ON p.namespace = c.namespace "
         "AND p.name = c.pod JOIN replicasets r ON r.namespace = p.namespace AND r.name = p.owner_name "
         "WHERE r.owner_kind = 'Deployment' AND (c.reason = 'OOMKilled' OR c.last_reason = 'OOMKilled')"),
        ("po count by ns on DiskPressure no",
         "SELECT p.namespace, count(*) FROM pods p JOIN nodes n ON n.name = p.node WHERE n.disk_pressure "
         "GROUP BY p.namespace"),
        ("team-b clams with their bound pv and its size",
         "SELECT c.name, v.name, v.capacity FROM persistentvolumeclaims c JOIN persistentvolumes v "
         "ON v.name = c.volume WHERE c.namespace = 'team-b'"),
        ("ml claims: the pod using each one and the node that pod runs on",
         "SELECT c.name, p.name, p.node FROM persistentvolumeclaims c JOIN pods p ON p.namespace = c.namespace "
         "AND list_contains(p.pvcs, c.name) WHERE c.namespace = 'ml'"),
    ],
)
def test_real_cluster(real_translator, real_engine, question, gold):
    assert_same_rows(real_translator, real_engine, question, gold, columns=True)


@pytest.mark.parametrize(
    ("question", "gold", "namespace"),
    [
        ("which of my services can be reached from outside the cluster?",
         "SELECT name FROM services WHERE namespace = 'shop' AND type IN ('LoadBalancer', 'NodePort')", "shop"),
        ("wich labels are set on the namespace im in?", "SELECT labels FROM namespaces WHERE name = 'shop'", "shop"),
    ],
)
def test_real_cluster_here(real_translator, real_engine, question, gold, namespace):
    assert_same_rows(real_translator, real_engine, question, gold, columns=True, namespace=namespace)


@pytest.mark.parametrize(
    "question",
    [
        "as a percentage of allocatable instead",
        "show it as % of allocatable instead",
        "can you make that a percent of what each node can allocate?",
    ],
)
def test_a_follow_up_shows_the_sums_as_a_share(real_translator, real_engine, question):
    assert_same_rows(
        real_translator, real_engine, question, _MEMORY_SHARE_PER_NODE, columns=True, turns=(_MEMORY_PER_NODE,)
    )


@pytest.mark.parametrize(
    ("question", "gold"),
    [
        # "exposed by no service" is about selectors, "reachable through none" too; a scheduler's words stay
        # its message alone; "first and last seen" shows both
        ("what did the scheduler say about pod llm-finetune-s7s4qv7sxr-tdd9b?",
         "SELECT message FROM events WHERE source = 'default-scheduler' "
         "AND involved_name = 'llm-finetune-s7s4qv7sxr-tdd9b'"),
        ("first and last seen of the OOMKilling events",
         "SELECT namespace, involved_name, first_seen, last_seen FROM events WHERE reason = 'OOMKilling'"),
    ],
)
def test_what_stays_as_it_was(translator, engine, question, gold):
    assert_same_rows(translator, engine, question, gold, columns=True)


@pytest.mark.parametrize(
    ("question", "plainly"),
    [
        # (no node of the demo cluster is empty, so the reading is checked against the plain question's)
        ("empty nodes (0 po)", "nodes without any pods"),
        ("any nodes running nothing at all?", "nodes without any pods"),
        ("which jobs dont have a single pod left?", "jobs without any pods"),
        ("are there any jobs whose pods are all gone?", "jobs without any pods"),
    ],
)
def test_said_otherwise_reads_as_said_plainly(translator, question, plainly):
    said, plain = translator.translate(question), translator.translate(plainly)
    assert not plain.declined and said.sql == plain.sql


def test_the_reason_for_each_after_failed_jobs(translator, engine):
    turn = Turn("which jobs failed?", "SELECT namespace, name FROM jobs WHERE status = 'Failed'")
    gold = "SELECT namespace, name, failure_reason FROM jobs WHERE status = 'Failed'"
    assert_same_rows(translator, engine, "and the reason for each?", gold, columns=True, turns=(turn,))


def test_chat_shorthand_here(real_translator, real_engine):
    gold = "SELECT count(*) FROM containers WHERE namespace = 'shop' AND state = 'running'"
    assert_same_rows(real_translator, real_engine, "how many containers r running here rn?", gold, namespace="shop")


def test_jobs_succeeded_or_failed_here(translator, engine):
    gold = "SELECT name, status FROM jobs WHERE namespace = 'batch'"
    question = "did the jobs in this namespace succeed or fail?"
    assert_same_rows(translator, engine, question, gold, columns=True, namespace="batch")


def test_a_stitched_query_that_does_not_fit_the_tables_is_declined(real_translator, real_engine):
    # two readings joined once named a column by the wrong alias: the query is checked against the catalog,
    # so it is declined (or read otherwise) instead of failing when it runs
    question = (
        "metrics-server only has one pod up. what do the events on it's replica set metrics-server-bc9588877 "
        "(kube-system) say?"
    )
    t = real_translator.translate(question)
    assert t.declined or real_engine.query(t.sql).columns
