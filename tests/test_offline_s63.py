"""Stop 63: question shapes found in cases written blind at stop 63 (by authors who never saw the translator);
each a wrong answer, a silent drop or a needless decline before."""

from __future__ import annotations

import pytest

from kubequery.translate.base import Turn
from tests.test_offline import assert_same_rows

# On the demo cluster: the question and SQL giving the rows and columns it must answer with.
DEMO = [
    # the control plane left out (were: only the control plane, the negation dropped)
    *[(q, "SELECT name FROM nodes WHERE zone = 'us-east-1a' AND NOT list_contains(roles, 'control-plane')")
      for q in ("non control-plane nodes in zone us-east-1a", "worker nodes in us-east-1a (skip the control plane)")],
    # a field said with where the manifest keeps it (were declined)
    *[(q, "SELECT namespace, name FROM pods WHERE node_selector IS NOT NULL")
      for q in ("pods that declare a node selector", "any po with spec.nodeSelector set?")],
    ("count of jobs for each job status", "SELECT status, count(*) FROM jobs GROUP BY status"),
    # how many, not which (was: the pods listed)
    ("how many pods have a restart count above zero?", "SELECT count(*) FROM pods WHERE restarts > 0"),
    # the completed jobs, by how long they ran (was: by their succeeded count)
    ("which 3 succeeded jobs ran longest?",
     "SELECT namespace, name, duration FROM jobs WHERE status = 'Complete' ORDER BY duration DESC LIMIT 3"),
    # the node that reported them (was: the events about the node)
    ("warning events reported from worker-4",
     "SELECT namespace, object, reason FROM events WHERE type = 'Warning' AND source_host = 'worker-4'"),
    # the zones ranked by their pods' restarts (was: by their pods)
    ("zone with the most pod restarts",
     "SELECT n.zone, sum(p.restarts) AS r FROM pods p JOIN nodes n ON p.node = n.name GROUP BY n.zone "
     "ORDER BY r DESC LIMIT 1"),
    # an hpa's target's readiness beside it (was: the deployments alone)
    ("ready replica count of each hpa's target deployment",
     "SELECT h.namespace, h.name, d.ready_replicas FROM horizontalpodautoscalers h JOIN deployments d "
     "ON d.namespace = h.namespace AND d.name = h.target_name WHERE h.target_kind = 'Deployment'"),
    # a node named before the question (were declined)
    ("worker-7 went down, which deployments does that hit?",
     "SELECT DISTINCT r.namespace, r.owner_name FROM pods p JOIN replicasets r ON r.namespace = p.namespace "
     "AND r.name = p.owner_name WHERE p.node = 'worker-7' AND r.owner_kind = 'Deployment'"),
    ("worker-7: deployments with pods there",
     "SELECT DISTINCT r.namespace, r.owner_name FROM pods p JOIN replicasets r ON r.namespace = p.namespace "
     "AND r.name = p.owner_name WHERE p.node = 'worker-7' AND r.owner_kind = 'Deployment'"),
    # without an autoscaler (was declined)
    ("deploys in payments without autoscaling",
     "SELECT d.name FROM deployments d WHERE d.namespace = 'payments' AND NOT EXISTS (SELECT 1 FROM "
     "horizontalpodautoscalers h WHERE h.namespace = d.namespace AND h.target_kind = 'Deployment' "
     "AND h.target_name = d.name)"),
    # a deployment's replicas are its pods (was: its desired count shown)
    ("which deploys have replicas on the down node?",
     "SELECT DISTINCT r.namespace, r.owner_name FROM pods p JOIN nodes n ON p.node = n.name JOIN replicasets r "
     "ON r.namespace = p.namespace AND r.name = p.owner_name WHERE NOT n.ready AND r.owner_kind = 'Deployment'"),
    # a cron job's jobs, its namespace in brackets (was: the cron job itself)
    ("nightly-report cronjob (batch) jobs w/ status",
     "SELECT name, status FROM jobs WHERE namespace = 'batch' AND owner_kind = 'CronJob' "
     "AND owner_name = 'nightly-report'"),
    # what a cron job created, by its events (was: its jobs still there, counted)
    *[(q, "SELECT namespace, involved_name, count(*) FROM events WHERE involved_kind = 'CronJob' "
          "AND reason = 'SuccessfulCreate' GROUP BY namespace, involved_name")
      for q in ("how many jobs has each cron job created, going by the events?",)],
    # each pod with its volume (was: the volumes once each)
    *[(q, "SELECT p.name, v.name FROM pods p JOIN persistentvolumeclaims c ON c.namespace = p.namespace "
          "AND list_contains(p.pvcs, c.name) JOIN persistentvolumes v ON v.name = c.volume "
          "WHERE p.namespace = 'data' AND p.owner_kind = 'StatefulSet' AND p.owner_name = 'kafka'")
      for q in ("which persistent volumes do the kafka pods in data use?",
                "which persistent volumes back the kafka pods in data?")],
    # at least one is some (was: the deployments ranked by how many)
    ("deployments that currently own at least one crashlooping pod",
     "SELECT DISTINCT r.namespace, r.owner_name FROM pods p JOIN replicasets r ON r.namespace = p.namespace "
     "AND r.name = p.owner_name WHERE p.status LIKE '%CrashLoopBackOff' AND r.owner_kind = 'Deployment'"),
    # a workload's pods' warnings (was: its pods)
    ("warnings on deploy/storefront pods -n frontend",
     "SELECT e.involved_name, e.reason, e.message FROM events e JOIN pods p ON p.uid = e.involved_uid "
     "JOIN replicasets r ON r.namespace = p.namespace AND r.name = p.owner_name WHERE p.namespace = 'frontend' "
     "AND r.owner_kind = 'Deployment' AND r.owner_name = 'storefront' AND e.type = 'Warning'"),
    # the pods running there (was: Scheduled events naming the node)
    ("warning events on pods scheduled to worker-2",
     "SELECT e.namespace, e.involved_name, e.reason FROM events e JOIN pods p ON p.uid = e.involved_uid "
     "WHERE e.type = 'Warning' AND p.node = 'worker-2'"),
    # said other ways (were: the busiest namespace, events first seen long ago, the most desired replicas)
    ("last warning time per ns",
     "SELECT namespace, max(last_seen) FROM events WHERE type = 'Warning' GROUP BY namespace"),
    ("ev firing for over 12h (first seen to last seen)",
     "SELECT namespace, object, reason FROM events WHERE last_seen - first_seen > INTERVAL 12 HOUR"),
    ("biggest desired-vs-ready gap among deploys",
     "SELECT namespace, name, desired - ready_replicas AS missing FROM deployments ORDER BY missing DESC LIMIT 1"),
    ("BackoffLimitExceeded events w/ time",
     "SELECT namespace, involved_name, last_seen FROM events WHERE reason = 'BackoffLimitExceeded'"),
    # stopped is not (was: the progressing ones)
    ("deployments whose rollout stopped progressing", "SELECT namespace, name FROM deployments WHERE NOT progressing"),
    # said other ways (were declined)
    ("tally of jobs per job status", "SELECT status, count(*) FROM jobs GROUP BY status"),
    ("how many pods can all the nodes hold together?", "SELECT sum(pods_allocatable) FROM nodes"),
    ("default cpu and memory limits for containers in payments",
     "SELECT name, default_cpu_limit, default_memory_limit FROM limitranges WHERE namespace = 'payments'"),
    ("containers that restarted after exiting with an Error",
     "SELECT namespace, pod, name FROM containers WHERE last_reason = 'Error'"),
    ("which images show up in more than one namespace?",
     "SELECT image FROM containers GROUP BY image HAVING count(DISTINCT namespace) > 1"),
]

# On the real cluster's snapshot.
REAL = [
    # the pods' own state kept (was dropped: every pod with warnings)
    ("pods that are Running but have warning events",
     "SELECT DISTINCT p.namespace, p.name FROM pods p JOIN events e ON e.involved_uid = p.uid "
     "WHERE e.type = 'Warning' AND p.status = 'Running'"),
    # a silent node: its heartbeat (was: its age)
    ("which nodes went quiet >10 min ago?", "SELECT name FROM nodes WHERE last_heartbeat < now() - INTERVAL 10 MINUTE"),
    # the one asked (was: every hpa ranked)
    ("which hpa can scale the highest (max replicas)?",
     "SELECT namespace, name, max_replicas FROM horizontalpodautoscalers ORDER BY max_replicas DESC LIMIT 1"),
    # said other ways (were declined)
    ("jobs that finished successfully in less than 10s",
     "SELECT namespace, name FROM jobs WHERE status = 'Complete' AND duration < INTERVAL 10 SECONDS"),
    ("svc w/o spec.selector", "SELECT namespace, name FROM services WHERE selector IS NULL"),
    ("pods that haven't been assigned an IP", "SELECT namespace, name FROM pods WHERE ip IS NULL"),
    ("per-container restarts in team-b", "SELECT pod, name, restarts FROM containers WHERE namespace = 'team-b'"),
    ("nodes carrying the accelerator label + value",
     "SELECT name, labels['accelerator'] FROM nodes WHERE map_contains(labels, 'accelerator')"),
    ("pods the netpol allow-frontend-to-redis applies to in team-a",
     "SELECT p.name FROM pods p JOIN networkpolicies np ON np.namespace = p.namespace WHERE np.namespace = 'team-a' "
     "AND np.name = 'allow-frontend-to-redis' AND map_entries(np.pod_selector) <@ map_entries(p.labels)"),
    ("which pods use storage class fast through their pvcs?",
     "SELECT p.namespace, p.name FROM pods p JOIN persistentvolumeclaims c ON c.namespace = p.namespace "
     "AND list_contains(p.pvcs, c.name) WHERE c.storage_class = 'fast'"),
    ("hpa where the deploy it scales isn't all ready",
     "SELECT h.namespace, h.name FROM horizontalpodautoscalers h JOIN deployments d ON d.namespace = h.namespace "
     "AND d.name = h.target_name WHERE h.target_kind = 'Deployment' AND d.ready_replicas < d.desired"),
    # a budget is a disruption budget here (was declined as a bill)
    ("pods matched by the cassandra-pdb budget in team-b",
     "SELECT p.name FROM poddisruptionbudgets b JOIN pods p ON p.namespace = b.namespace "
     "AND map_entries(b.selector) <@ map_entries(p.labels) WHERE b.namespace = 'team-b' AND b.name = 'cassandra-pdb'"),
    # the endpoints' ready count beside each service (were: the services counted, or listed alone)
    *[(q, "SELECT s.namespace, s.name, e.ready_address_count FROM services s JOIN endpoints e "
          "ON e.namespace = s.namespace AND e.name = s.name WHERE s.type = 'LoadBalancer'")
      for q in ("lb svcs + ready ep count", "type=LoadBalancer svcs: ready endpoints each")],
    # each pod and where it runs (was: the nodes alone)
    ("orders-api deploy (team-b): its pods and where they run",
     "SELECT p.name, p.node FROM pods p JOIN replicasets r ON r.namespace = p.namespace AND r.name = p.owner_name "
     "WHERE p.namespace = 'team-b' AND r.owner_kind = 'Deployment' AND r.owner_name = 'orders-api'"),
    # the services alone (was: their selectors shown beside)
    ("which services' selectors don't match any pod?",
     "SELECT s.namespace, s.name FROM services s WHERE cardinality(s.selector) > 0 AND NOT EXISTS (SELECT 1 "
     "FROM pods p WHERE p.namespace = s.namespace AND map_entries(s.selector) <@ map_entries(p.labels))"),
    # the deployments, once each (were: each event's message beside)
    *[(q, "SELECT DISTINCT r.namespace, r.owner_name FROM events e JOIN replicasets r ON r.uid = e.involved_uid "
          "WHERE e.reason = 'FailedCreate'")
      for q in ("which deployments' replica sets have FailedCreate events?",
                "which deployments can't get their replica sets to create pods (FailedCreate)?")],
    # each event with its own count (was: all counts summed)
    ("Unhealthy events and how many times each fired",
     "SELECT namespace, involved_name, count FROM events WHERE reason = 'Unhealthy'"),
    # each pod's volumes, through its claims (was: each claim's)
    *[(q, f"SELECT {keys}, v.name FROM pods p JOIN persistentvolumeclaims c ON c.namespace = p.namespace "
          "AND list_contains(p.pvcs, c.name) JOIN persistentvolumes v ON v.name = c.volume" + where)
      for q, keys, where in (
          ("for each pod with a pvc, which persistent volume is it actually on?", "p.namespace, p.name", ""),
          ("which persistent volume backs each team-b pod's claim?", "p.name", " WHERE p.namespace = 'team-b'"))],
    ("which persistent volumes do the team-b pods use?",
     "SELECT p.name, v.name FROM pods p JOIN persistentvolumeclaims c ON c.namespace = p.namespace "
     "AND list_contains(p.pvcs, c.name) JOIN persistentvolumes v ON v.name = c.volume WHERE p.namespace = 'team-b'"),
    ("disk-pressure nodes: pods on them",
     "SELECT p.namespace, p.name FROM pods p JOIN nodes n ON p.node = n.name WHERE n.disk_pressure"),
    ("hpa targets not ready",
     "SELECT d.namespace, d.name FROM deployments d JOIN horizontalpodautoscalers h ON h.namespace = d.namespace "
     "AND h.target_kind = 'Deployment' AND h.target_name = d.name WHERE d.ready_replicas < d.desired"),
    # the claim's status (was: the pod's)
    ("cassandra pods -n team-b with their pvc + status",
     "SELECT p.name, c.name, c.status FROM pods p JOIN persistentvolumeclaims c ON c.namespace = p.namespace "
     "AND list_contains(p.pvcs, c.name) WHERE p.namespace = 'team-b' AND p.owner_kind = 'StatefulSet' "
     "AND p.owner_name = 'cassandra'"),
    ("why did the restarted containers in team-b last terminate?",
     "SELECT pod, name, last_reason FROM containers WHERE namespace = 'team-b' AND restarts > 0"),
    ("pods that haven't been assigned a node", "SELECT namespace, name FROM pods WHERE node IS NULL"),
    ("anything happen in the past 60 seconds?",
     "SELECT namespace, object, reason FROM events WHERE last_seen > now() - INTERVAL 1 MINUTE"),
    ("team-b pods that have warning events, with their restart counts",
     "SELECT DISTINCT p.name, p.restarts FROM pods p JOIN events e ON e.involved_uid = p.uid "
     "WHERE p.namespace = 'team-b' AND e.type = 'Warning'"),
    ("eviction events, with why each pod got evicted",
     "SELECT namespace, involved_name, message FROM events WHERE reason = 'Evicted'"),
    ("how many pods has the kube-proxy daemonset created, per its events?",
     "SELECT count(*) FROM events WHERE namespace = 'kube-system' AND involved_kind = 'DaemonSet' "
     "AND involved_name = 'kube-proxy' AND reason = 'SuccessfulCreate'"),
]

# Asked in the namespace ml on the real cluster: repeats summed per reason (were: one sum, or events counted)
IN_ML = [
    "warning reasons in this namespace with their total counts",
    "warnings here by reason, summing repeats",
]

# Follow-ups on the real cluster: the turn before (question, SQL), the follow-up, the SQL of its answer.
FOLLOW_UPS = [
    ("crashlooping pods", "SELECT namespace, name FROM pods WHERE status = 'CrashLoopBackOff'",
     "add the deployment each one belongs to",
     "SELECT p.namespace, p.name, r.owner_name FROM pods p JOIN replicasets r ON r.namespace = p.namespace "
     "AND r.name = p.owner_name WHERE p.status = 'CrashLoopBackOff'"),
    ("pods using the host network", "SELECT namespace, name FROM pods WHERE host_network",
     "leave kube-system out of it",
     "SELECT namespace, name FROM pods WHERE host_network AND namespace <> 'kube-system'"),
    ("how many pods were evicted?", "SELECT count(*) FROM pods WHERE reason = 'Evicted'",
     "which ones were they?", "SELECT namespace, name FROM pods WHERE reason = 'Evicted'"),
]


@pytest.mark.parametrize(("question", "gold"), DEMO)
def test_demo(translator, engine, question, gold):
    assert_same_rows(translator, engine, question, gold, columns=True)


@pytest.mark.parametrize(("question", "gold"), REAL)
def test_real(real_translator, real_engine, question, gold):
    assert_same_rows(real_translator, real_engine, question, gold, columns=True)


@pytest.mark.parametrize(
    ("namespace", "question", "gold"),
    [
        ("team-b", "scheduler msg for cassandra-2",
         "SELECT message FROM events WHERE namespace = 'team-b' AND involved_name = 'cassandra-2' "
         "AND reason = 'FailedScheduling'"),
    ],
)
def test_real_here(real_translator, real_engine, namespace, question, gold):
    assert_same_rows(real_translator, real_engine, question, gold, columns=True, namespace=namespace)


def test_backing_off_here(translator, engine):
    gold = "SELECT involved_name, message FROM events WHERE namespace = 'checkout' AND reason = 'BackOff'"
    assert_same_rows(translator, engine, "what's backing off here?", gold, columns=True, namespace="checkout")


@pytest.mark.parametrize("question", IN_ML)
def test_repeats_summed_per_reason_here(real_translator, real_engine, question):
    gold = "SELECT reason, sum(count) FROM events WHERE namespace = 'ml' AND type = 'Warning' GROUP BY reason"
    assert_same_rows(real_translator, real_engine, question, gold, columns=True, namespace="ml")


@pytest.mark.parametrize(("before", "before_sql", "question", "gold"), FOLLOW_UPS)
def test_follow_up(real_translator, real_engine, before, before_sql, question, gold):
    turns = (Turn(question=before, sql=before_sql),)
    assert_same_rows(real_translator, real_engine, question, gold, columns=True, turns=turns)
