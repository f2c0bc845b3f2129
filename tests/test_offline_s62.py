"""Stop 62: question shapes found in cases written blind at stop 62 (by authors who never saw the translator)
and in fresh questions on both clusters; each a wrong answer, a silent drop or a needless decline before."""

from __future__ import annotations

import pytest

from tests.test_offline import answer_after, assert_same_rows, ctx

# On the demo cluster: the question and SQL giving the rows and columns it must answer with.
DEMO = [
    # a size unit asked: the sizes added up (was: the volumes or claims counted)
    ("GiB of persistent volumes bound per namespace",
     "SELECT claim_namespace, sum(capacity) / 1024 ^ 3 FROM persistentvolumes WHERE status = 'Bound' "
     "GROUP BY claim_namespace"),
    ("GiB of pvs per storage class",
     "SELECT storage_class, sum(capacity) / 1024 ^ 3 FROM persistentvolumes GROUP BY storage_class"),
    ("GiB of pvcs per namespace",
     "SELECT namespace, sum(storage_request) / 1024 ^ 3 FROM persistentvolumeclaims GROUP BY namespace"),
    ("how many GiB of pvs are there?", "SELECT sum(capacity) / 1024 ^ 3 FROM persistentvolumes"),
    # a volume's namespace is its claim's (was: one group, NULL, as volumes have no namespace)
    ("how many pvs per namespace?",
     "SELECT claim_namespace, count(*) FROM persistentvolumes GROUP BY claim_namespace"),
    # events: both columns asked (were: the pods alone, or the claims' state dropped)
    ("crashlooping po with their event reasons and msgs",
     "SELECT e.namespace, e.involved_name, e.reason, e.message FROM events e JOIN pods p ON p.uid = e.involved_uid "
     "WHERE p.status LIKE '%CrashLoopBackOff'"),
    ("for each Pending pvc, the reason and message of its events",
     "SELECT c.namespace, c.name, e.reason, e.message FROM persistentvolumeclaims c "
     "JOIN events e ON e.involved_uid = c.uid WHERE c.status = 'Pending'"),
    # events counted per type after a remark that names the types (was: all events, one count)
    ("normal vs warning: how many events of each?", "SELECT type, count(*) FROM events GROUP BY type"),
    # when a node last reported a reason (was: the pods with OOMKilled containers on it)
    ("when did worker-8 last report OOMKilling?",
     "SELECT max(last_seen) FROM events WHERE involved_kind = 'Node' AND involved_name = 'worker-8' "
     "AND reason = 'OOMKilling'"),
    # the first occurrence (was: the last one)
    ("warnings whose first occurrence was over 6 hours ago",
     "SELECT namespace, object, reason FROM events WHERE type = 'Warning' AND first_seen < now() - INTERVAL 6 HOUR"),
    # for lack of a resource, as the scheduler says it (was: every FailedScheduling pod)
    ("pods that can't schedule for lack of GPUs, per the events",
     "SELECT DISTINCT namespace, involved_name FROM events WHERE reason = 'FailedScheduling' "
     "AND message LIKE '%Insufficient nvidia.com/gpu%'"),
    # rankings: the pods counted when "the most pods that …" (was: their restarts summed, and "at least
    # once" read as the fewest first), the pods' readiness not their nodes' (was: pods on NotReady nodes)
    ("top 2 nodes by number of pods that arent ready",
     "SELECT node, count(*) AS pods FROM pods WHERE NOT is_ready AND node IS NOT NULL GROUP BY node "
     "ORDER BY pods DESC LIMIT 2"),
    ("on each node, which pod has restarted the most?",
     "SELECT node, arg_max(name, restarts), max(restarts) FROM pods WHERE node IS NOT NULL AND restarts > 0 "
     "GROUP BY node"),
    ("per ns, which deploy was created first?",
     "SELECT namespace, arg_min(name, created) FROM deployments GROUP BY namespace"),
    *[(q, "SELECT zone, node, pods FROM (SELECT n.zone, p.node, count(*) AS pods, row_number() OVER "
          "(PARTITION BY n.zone ORDER BY count(*) DESC, p.node) AS rn FROM pods p JOIN nodes n ON n.name = p.node "
          "GROUP BY n.zone, p.node) WHERE rn = 1")
      for q in ("busiest node in each zone, by pod count", "for every availabilty zone, which node runs the most pods?")],
    # an ingress host's unready pods (were: every pod behind it; every unready pod)
    *[(q, "SELECT DISTINCT p.namespace, p.name FROM ingresses i JOIN services s ON s.namespace = i.namespace "
          "AND list_contains(i.services, s.name) JOIN pods p ON p.namespace = s.namespace "
          "AND map_entries(s.selector) <@ map_entries(p.labels) WHERE list_contains(i.hosts, 'pay.acme.io') "
          "AND NOT p.is_ready")
      for q in ("which pods behind pay.acme.io aren't ready?", "not ready po serving host pay.acme.io")],
    # which volume, asked, shown beside its column (was: the column alone)
    ("which PV backs the claim data-postgres-1 in data, and what's its reclaim policy?",
     "SELECT v.name, v.reclaim_policy FROM persistentvolumeclaims c JOIN persistentvolumes v ON v.name = c.volume "
     "WHERE c.namespace = 'data' AND c.name = 'data-postgres-1'"),
    # the node's status, not the pod's (was: the pods' status; the node's dropped)
    *[(q, "SELECT p.name, p.node, n.status FROM pods p JOIN nodes n ON n.name = p.node WHERE p.namespace = 'data' "
          "AND p.owner_kind = 'StatefulSet' AND p.owner_name = 'kafka'")
      for q in ("kafka pods in data: which node each is on and that node's status",
                "kafka pods in data and their nodes' status")],
    ("each kafka pod in data, the node it runs on and that node's zone",
     "SELECT p.name, p.node, n.zone FROM pods p JOIN nodes n ON n.name = p.node WHERE p.namespace = 'data' "
     "AND p.owner_kind = 'StatefulSet' AND p.owner_name = 'kafka'"),
    # said other ways (were declined, or read wrong)
    ("what do the memory limits in data add up to (GiB)?",
     "SELECT sum(memory_limit) / 1024 ^ 3 FROM pods WHERE namespace = 'data'"),
    ("per node, the cpu capacity that is not allocatable to pods", "SELECT name, cpu_capacity - cpu_allocatable FROM nodes"),
    ("nodes w/ kubelet heartbeat older than 2m",
     "SELECT name FROM nodes WHERE last_heartbeat < now() - INTERVAL 2 MINUTE"),
    ("which PDBs would stop me from draining a node right now?",
     "SELECT namespace, name FROM poddisruptionbudgets WHERE disruptions_allowed = 0"),
    ("doing a chargeback audit - which namespaces don't have a team label yet?",
     "SELECT name FROM namespaces WHERE labels['team'] IS NULL"),
    # what a named object holds, not the object counted (was: count(*), always 1)
    ("how many replicas does storefront in frontend want?",
     "SELECT desired FROM deployments WHERE namespace = 'frontend' AND name = 'storefront'"),
    ("which PVCs are mounted by pods on worker-6, and how big are they (GiB)?",
     "SELECT DISTINCT c.namespace, c.name, c.storage_request / 1024 ^ 3 FROM pods p JOIN persistentvolumeclaims c "
     "ON c.namespace = p.namespace AND list_contains(p.pvcs, c.name) WHERE p.node = 'worker-6'"),
    ("which namespaces are under a resource quota yet have no LimitRange?",
     "SELECT DISTINCT q.namespace FROM resourcequotas q WHERE NOT EXISTS (SELECT 1 FROM limitranges l "
     "WHERE l.namespace = q.namespace)"),
    ("po on cordonned (SchedulingDisabled) nodes",
     "SELECT p.namespace, p.name FROM pods p JOIN nodes n ON p.node = n.name WHERE n.unschedulable"),
    ("namespaces w/ stuff on notready nodes",
     "SELECT DISTINCT p.namespace FROM pods p JOIN nodes n ON p.node = n.name WHERE NOT n.ready"),
    # a story told before a comma, then the question (was: the nodes the story spoke of)
    ("we had an outage, what pods are not ready in checkout?",
     "SELECT name FROM pods WHERE namespace = 'checkout' AND NOT is_ready"),
    ("network policies selecting all pods of their ns",
     "SELECT namespace, name FROM networkpolicies WHERE selects_all"),
    ("poddisruptionbudgets where allowed disruptions is 0",
     "SELECT namespace, name FROM poddisruptionbudgets WHERE disruptions_allowed = 0"),
    ("svc w/ a selector nothing matches",
     "SELECT s.namespace, s.name FROM services s WHERE cardinality(s.selector) > 0 AND NOT EXISTS (SELECT 1 FROM pods p "
     "WHERE p.namespace = s.namespace AND map_entries(s.selector) <@ map_entries(p.labels))"),
    ("rolebindings -> clusterrole w/ create on deployments, subjects",
     "SELECT b.namespace, b.name, b.subjects FROM rolebindings b JOIN clusterroles r ON r.name = b.role_name "
     "WHERE b.role_kind = 'ClusterRole' AND list_has_any(r.verbs, ['create', '*']) "
     "AND list_has_any(r.resources, ['deployments', '*'])"),
    # the events' repeats added up when their total count is asked (was: the events counted)
    ("pod w/ the highest total Warning ev count",
     "SELECT namespace, involved_name, sum(count) AS n FROM events WHERE type = 'Warning' AND involved_kind = 'Pod' "
     "GROUP BY namespace, involved_name ORDER BY n DESC LIMIT 1"),
    # pods in back-off by the events (was: events about deployments; the reason Failed)
    *[(q, "SELECT DISTINCT r.namespace, r.owner_name FROM events e JOIN pods p ON p.uid = e.involved_uid "
          "JOIN replicasets r ON r.namespace = p.namespace AND r.name = p.owner_name "
          "WHERE r.owner_kind = 'Deployment' AND e.reason = 'BackOff'")
      for q in ("which deployments have pods in restart back-off, going by the events?",)],
    # events of picked pods counted (was: the pods counted; the node's own events)
    ("how many times did the fraud-detector pods back off?",
     "SELECT sum(e.count) FROM events e JOIN pods p ON p.uid = e.involved_uid JOIN replicasets r "
     "ON r.namespace = p.namespace AND r.name = p.owner_name WHERE p.namespace = 'payments' "
     "AND r.owner_kind = 'Deployment' AND r.owner_name = 'fraud-detector' AND e.reason = 'BackOff'"),
    ("how many warning events do pods on worker-7 have?",
     "SELECT count(*) FROM events e JOIN pods p ON p.uid = e.involved_uid WHERE p.node = 'worker-7' "
     "AND e.type = 'Warning'"),
    # the asked kind's own column said before the related kind's (was: dropped)
    ("services in staging with their type and number of ready endpoints",
     "SELECT s.name, s.type, e.ready_address_count FROM services s JOIN endpoints e ON e.namespace = s.namespace "
     "AND e.name = s.name WHERE s.namespace = 'staging'"),
    # a namespace label's value before a kind: the objects in the namespaces so labelled (was: declined)
    ("production deployments that are not ready",
     "SELECT d.namespace, d.name FROM deployments d JOIN namespaces n ON n.name = d.namespace "
     "WHERE d.ready_replicas < d.desired AND n.labels['environment'] = 'production'"),
]

# Older readings these changes must leave as they were.
KEPT = [
    ("pods in payments, which are crashlooping?",
     "SELECT name FROM pods WHERE namespace = 'payments' AND status LIKE '%CrashLoopBackOff'"),
    ("unready pods on NotReady nodes",
     "SELECT p.namespace, p.name FROM pods p JOIN nodes n ON n.name = p.node WHERE NOT p.is_ready AND NOT n.ready"),
    ("what is running on the broken node?",
     "SELECT p.namespace, p.name FROM pods p JOIN nodes n ON n.name = p.node WHERE NOT n.ready"),
    ("reclaim policy of the volume of claim data-postgres-1 in data",
     "SELECT v.reclaim_policy FROM persistentvolumeclaims c JOIN persistentvolumes v ON v.name = c.volume "
     "WHERE c.namespace = 'data' AND c.name = 'data-postgres-1'"),
    ("staging pods", "SELECT name FROM pods WHERE namespace = 'staging'"),
    ("kubelet version of each node", "SELECT name, kubelet_version FROM nodes"),
    ("how many gb of memory does worker-3 have",
     "SELECT memory_capacity / 1024 ^ 3 FROM nodes WHERE name = 'worker-3'"),
]


# On the real cluster's snapshot.
REAL = [
    ("on each node, which pod has restarted the most? (only nodes where something restarted)",
     "SELECT node, arg_max(name, restarts), max(restarts) FROM pods WHERE restarts > 0 GROUP BY node"),
    # each pod's status, told by its name (was: the statuses merged per stateful set)
    ("statefulsets in team-b and their pods' status",
     "SELECT s.name, p.name, p.status FROM statefulsets s JOIN pods p ON p.namespace = s.namespace "
     "AND p.owner_kind = 'StatefulSet' AND p.owner_name = s.name WHERE s.namespace = 'team-b'"),
    # each pod's claim status (was: the pending ones only), the pods behind a service with their status
    ("for each cassandra pod in team-b, is its pvc Bound or Pending?",
     "SELECT p.name, c.status FROM pods p JOIN persistentvolumeclaims c ON c.namespace = p.namespace "
     "AND list_contains(p.pvcs, c.name) WHERE p.namespace = 'team-b' AND p.owner_kind = 'StatefulSet' "
     "AND p.owner_name = 'cassandra'"),
    ("status of the pod(s) the ratings svc in bookinfo selects",
     "SELECT p.name, p.status FROM services s JOIN pods p ON p.namespace = s.namespace "
     "AND map_entries(s.selector) <@ map_entries(p.labels) WHERE s.namespace = 'bookinfo' AND s.name = 'ratings'"),
    # the pods asked of a named deployment (was: the deployment itself)
    ("orders-api deploy in team-b: which of its pods are not ready?",
     "SELECT p.name FROM pods p JOIN replicasets r ON r.namespace = p.namespace AND r.name = p.owner_name "
     "WHERE p.namespace = 'team-b' AND r.owner_kind = 'Deployment' AND r.owner_name = 'orders-api' "
     "AND NOT p.is_ready"),
    # the pods' readiness, not a NodeNotReady event (was: none)
    *[(q, "SELECT DISTINCT p.namespace, p.name FROM pods p JOIN events e ON e.involved_uid = p.uid "
          "WHERE e.type = 'Warning' AND NOT p.is_ready")
      for q in ("which unready po have Warning ev?", "not-ready pods that have warning events")],
    ("hpas failling to get memory metrics",
     "SELECT DISTINCT namespace, involved_name FROM events WHERE involved_kind = 'HorizontalPodAutoscaler' "
     "AND message LIKE '%memory utilization%'"),
    # events that started: first seen (was: the reason Started)
    ("count ev that started <5m ago", "SELECT count(*) FROM events WHERE first_seen > now() - INTERVAL 5 MINUTE"),
    ("role bindings that grant a Role restricted to specific resource names",
     "SELECT b.namespace, b.name FROM rolebindings b JOIN roles r ON r.namespace = b.namespace AND r.name = b.role_name "
     "WHERE b.role_kind = 'Role' AND len(r.resource_names) > 0"),
    # a filter on the related kind, or a second kind, kept (were: dropped, or an empty answer)
    *[(q, "SELECT DISTINCT b.namespace, b.name FROM poddisruptionbudgets b JOIN pods p ON p.namespace = b.namespace "
          "AND map_entries(b.selector) <@ map_entries(p.labels) WHERE NOT p.is_ready")
      for q in ("which pod disruption budgets cover a pod that isn't ready?", "pdbs protecting not-ready pods")],
    ("namespaces that have pods in them but no ResourceQuota",
     "SELECT DISTINCT namespace FROM pods WHERE namespace NOT IN (SELECT namespace FROM resourcequotas)"),
    ("which Running po serve ing guestbook -n team-a?",
     "SELECT p.name FROM ingresses i JOIN services s ON s.namespace = i.namespace AND list_contains(i.services, s.name) "
     "JOIN pods p ON p.namespace = s.namespace AND map_entries(s.selector) <@ map_entries(p.labels) "
     "WHERE i.namespace = 'team-a' AND i.name = 'guestbook' AND p.status = 'Running'"),
    ("autoscalers w/ a not-fully-ready target deploy",
     "SELECT h.namespace, h.name FROM horizontalpodautoscalers h JOIN deployments d ON d.namespace = h.namespace "
     "AND d.name = h.target_name WHERE h.target_kind = 'Deployment' AND d.ready_replicas < d.desired"),
    # columns asked (were: dropped)
    *[(q, "SELECT p.name, c.name, c.status FROM pods p JOIN persistentvolumeclaims c ON c.namespace = p.namespace "
          "AND list_contains(p.pvcs, c.name) WHERE p.namespace = 'team-b' AND p.owner_kind = 'StatefulSet' "
          "AND p.owner_name = 'cassandra'")
      for q in ("cassandra (team-b) pods, the PVC each one uses, and whether it's bound",
                "cassandra sts pods -n team-b + their claim + claim phase")],
    ("status of every pod the image-resize job (batch) created",
     "SELECT name, status FROM pods WHERE namespace = 'batch' AND owner_kind = 'Job' AND owner_name = 'image-resize'"),
    # "turn off": the opposite (was: those that automount); policy types (was: a name fragment)
    ("service accounts in monitoring that turn off token automounting",
     "SELECT name FROM serviceaccounts WHERE namespace = 'monitoring' AND NOT automount_token"),
    ("netpols with Egress in their policy types",
     "SELECT namespace, name FROM networkpolicies WHERE list_contains(policy_types, 'Egress')"),
    ("which 3 namespaces are the noisiest (by warning event count)?",
     "SELECT namespace, count(*) AS n FROM events WHERE type = 'Warning' GROUP BY namespace ORDER BY n DESC LIMIT 3"),
    # the related object named beside its column, and each service beside its pods (were: dropped)
    ("each cassandra pod in team-b, the pvc it mounts and that pvc's status",
     "SELECT p.name, c.name, c.status FROM pods p JOIN persistentvolumeclaims c ON c.namespace = p.namespace "
     "AND list_contains(p.pvcs, c.name) WHERE p.namespace = 'team-b' AND p.owner_kind = 'StatefulSet' "
     "AND p.owner_name = 'cassandra'"),
    ("status of the pods behind each service in bookinfo",
     "SELECT s.name, p.name, p.status FROM services s JOIN pods p ON p.namespace = s.namespace "
     "AND map_entries(s.selector) <@ map_entries(p.labels) WHERE s.namespace = 'bookinfo'"),
    *[(q, "SELECT namespace, count(*) AS pods FROM pods WHERE restarts > 0 GROUP BY namespace "
          "ORDER BY pods DESC LIMIT 2")
      for q in ("which 2 namespaces have the most pods that restarted at least once?",
                "top 2 ns by count of po with restarts > 0")],
    # repeats of a reason said of one object, and per pod (were: the pdb itself; each event's message)
    ("how many times has pdb alertmanager-main in monitoring said NoPods?",
     "SELECT sum(count) FROM events WHERE namespace = 'monitoring' AND involved_kind = 'PodDisruptionBudget' "
     "AND involved_name = 'alertmanager-main' AND reason = 'NoPods'"),
    ("FailedAttachVolume repeats per pod in team-b",
     "SELECT involved_name, sum(count) FROM events WHERE namespace = 'team-b' AND reason = 'FailedAttachVolume' "
     "GROUP BY involved_name"),
    # the target of each autoscaler (was: a reason ScalingReplicaSet read from "scales")
    ("autoscalers with warning events and the deployment each one scales",
     "SELECT DISTINCT h.namespace, h.name, h.target_name FROM horizontalpodautoscalers h "
     "JOIN events e ON e.involved_uid = h.uid WHERE e.type = 'Warning'"),
    # "evts": events (was: the node itself)
    ("evts on node worker-4: type, reason, msg",
     "SELECT type, reason, message FROM events WHERE involved_kind = 'Node' AND involved_name = 'worker-4'"),
]


@pytest.mark.parametrize(("question", "gold"), REAL)
def test_real(real_translator, real_engine, question, gold):
    assert_same_rows(real_translator, real_engine, question, gold, columns=True)


@pytest.mark.parametrize(("question", "gold"), DEMO + KEPT)
def test_demo(translator, engine, question, gold):
    assert_same_rows(translator, engine, question, gold, columns=True)


@pytest.mark.parametrize(
    "question",
    [
        # the production pods were dropped from a zone ranking (was: the busiest zone of all pods)
        "busiest zone for production pods",
        # a node named and not read (was: every pod's claims)
        "worker-6 is getting replaced. what claims do its pods have, size in gib?",
        # the nodes counted, not the pods (was: the pods counted)
        "how many different nodes are the storefront deployment's pods in frontend spread across?",
    ],
)
def test_unread_parts_are_declined(translator, question):
    t = translator.translate(question, context=ctx())
    assert t.declined, t.sql


@pytest.mark.parametrize(
    "question", ["cassandra (team-b) desired replicas vs ready addresses on its governing svc"]
)
def test_named_object_not_counted_beside_another(real_translator, question):
    # two numbers of one named object, no count asked (was: the object counted, 1)
    assert real_translator.translate(question, context=ctx()).declined


def test_named_object_not_counted(real_translator):
    # a number the named object holds, asked beside another: declined (was: the object counted, 1)
    question = "sts cassandra in team-b: how many replicas does it want, and how many ready endpoints does its service have?"
    t = real_translator.translate(question, context=ctx())
    assert t.declined and "how many replicas does" in t.message, t.sql


def test_follow_up_other_kind_ranked_the_same(real_translator, real_engine):
    t = answer_after(real_translator, "top 2 namespaces by number of secrets", "and for configmaps?")
    gold = "SELECT namespace, count(*) AS n FROM configmaps GROUP BY namespace ORDER BY n DESC LIMIT 2"
    got, expected = real_engine.query(t.sql), real_engine.query(gold)
    assert got.rows == expected.rows, t.sql


def test_follow_up_pods_on_each_listed_node(translator, engine):
    t = answer_after(translator, "nodes in us-east-1b", "count the pods on each of those nodes")
    gold = "SELECT node, count(*) FROM pods WHERE node IN (SELECT name FROM nodes WHERE zone = 'us-east-1b') GROUP BY node"
    got, expected = engine.query(t.sql), engine.query(gold)
    assert sorted(got.rows) == sorted(expected.rows), t.sql
