"""Stop 39: a column asked "here", plural QoS classes, images counted by pods, host network said with a
namespace, fields said in two words (node selectors), storage requested, workloads' requests, limit range
defaults, exec rights, and follow-ups that narrow by owner or readiness."""

from __future__ import annotations

import pytest

from kubequery.translate.base import Turn
from tests.test_offline import assert_same_rows, ctx

_FRAUD_MEMORY = (
    "SELECT r.owner_name, sum(p.memory_request) FROM pods p JOIN replicasets r ON r.namespace = p.namespace "
    "AND r.name = p.owner_name WHERE p.namespace = 'payments' AND r.owner_kind = 'Deployment' GROUP BY 1"
)


@pytest.mark.parametrize(
    ("question", "gold", "namespace"),
    [
        # "here" said after a column alone: that column of the pods here, as "restarts" alone reads
        ("restarts here", "SELECT name, restarts FROM pods WHERE namespace = 'payments'", "payments"),
        ("restart counts here", "SELECT name, restarts FROM pods WHERE namespace = 'payments'", "payments"),
        ("qos classes here", "SELECT name, qos_class FROM pods WHERE namespace = 'payments'", "payments"),
        ("storage requested here", "SELECT sum(storage_request) FROM persistentvolumeclaims "
         "WHERE namespace = 'payments'", "payments"),
        ("deploys here and their cpu requests", _FRAUD_MEMORY.replace("memory", "cpu"), "payments"),
        # not a use of the network: the pods that share the node's
        ("pods using host network in kube-system",
         "SELECT name FROM pods WHERE namespace = 'kube-system' AND host_network", None),
        ("pods with node selectors", "SELECT namespace, name FROM pods WHERE cardinality(node_selector) > 0", None),
        ("top 3 images by pod count", "SELECT image, count(DISTINCT namespace || '/' || pod) AS pods "
         "FROM containers GROUP BY image ORDER BY pods DESC LIMIT 3", None),
        ("images per namespace", "SELECT namespace, count(DISTINCT image) FROM containers GROUP BY namespace", None),
        # no unit said: bytes, as the column holds them
        ("total pvc storage per namespace",
         "SELECT namespace, sum(storage_request) FROM persistentvolumeclaims GROUP BY namespace", None),
        ("storage requested in data",
         "SELECT sum(storage_request) FROM persistentvolumeclaims WHERE namespace = 'data'", None),
        ("limit ranges and their defaults",
         "SELECT namespace, name, default_cpu_limit, default_memory_limit FROM limitranges", None),
        ("memory requests of deployments in payments", _FRAUD_MEMORY, None),
        ("memory requests and limits of pods in payments",
         "SELECT name, memory_request, memory_limit FROM pods WHERE namespace = 'payments'", None),
        # the label is the namespaces', not the events' own
        ("warnings in ns labelled team=web", "SELECT e.namespace, e.object, e.reason FROM events e "
         "JOIN namespaces n ON n.name = e.namespace WHERE n.labels['team'] = 'web' AND e.type = 'Warning'", None),
        ("warning events in the namespaces owned by team web", "SELECT e.namespace, e.object, e.reason "
         "FROM events e JOIN namespaces n ON n.name = e.namespace WHERE n.labels['team'] = 'web' "
         "AND e.type = 'Warning'", None),
        ("non-pod warnings",
         "SELECT namespace, object, reason FROM events WHERE type = 'Warning' AND involved_kind <> 'Pod'", None),
        ("latest event time per ns", "SELECT namespace, max(last_seen) FROM events GROUP BY namespace", None),
        # every column asked of the objects the events are about, not only the first
        ("nodes reporting OOMKilling events: what instance type are they and how much memory do they have?",
         "SELECT DISTINCT n.name, n.instance_type, n.memory_capacity FROM nodes n JOIN events e "
         "ON e.involved_kind = 'Node' AND e.involved_name = n.name WHERE e.reason = 'OOMKilling'", None),
        ("how old is the oldest pod in each namespace?", "SELECT namespace, max(age) FROM pods GROUP BY namespace",
         None),
        ("images shared across namespaces",
         "SELECT image FROM containers GROUP BY image HAVING count(DISTINCT namespace) > 1", None),
        ("shw me the pods in my namespace", "SELECT name FROM pods WHERE namespace = 'checkout'", "checkout"),
        ("which pods run next to fraud-detector-z6968wd5xd-hjgng", "SELECT p.namespace, p.name FROM pods p "
         "JOIN pods x ON x.node = p.node WHERE x.namespace = 'payments' AND x.name = 'fraud-detector-z6968wd5xd-hjgng' "
         "AND p.name <> x.name", None),
        ("disruption budgets whose pods sit on a node that's not ready", "SELECT DISTINCT d.namespace, d.name "
         "FROM poddisruptionbudgets d JOIN pods p ON p.namespace = d.namespace "
         "AND map_entries(d.selector) <@ map_entries(p.labels) JOIN nodes n ON n.name = p.node WHERE NOT n.ready", None),
        ("which nodes are over 80% cpu requested?", "SELECT n.name FROM nodes n JOIN pods p ON p.node = n.name "
         "GROUP BY n.name, n.cpu_allocatable HAVING sum(p.cpu_request) > 0.8 * n.cpu_allocatable", None),
        ("pod capacity per node", "SELECT name, pods_capacity FROM nodes", None),
        ("max cpu allowed per container in payments",
         "SELECT name, max_cpu FROM limitranges WHERE namespace = 'payments'", None),
        ("5 largest configmaps by key count", "SELECT namespace, name, len(data_keys) AS n FROM configmaps "
         "ORDER BY n DESC LIMIT 5", None),
        ("configmaps and their key count", "SELECT namespace, name, len(data_keys) FROM configmaps", None),
        # a flag said as a field selector
        ("nodes with ready=false", "SELECT name FROM nodes WHERE NOT ready", None),
        ("pods with restartCount > 3", "SELECT namespace, name FROM pods WHERE restarts > 3", None),
        ("avg duration of completed jobs per cronjob", "SELECT namespace, owner_name, avg(duration) FROM jobs "
         "WHERE owner_kind = 'CronJob' AND status = 'Complete' GROUP BY namespace, owner_name", None),
        ("time since last successful run, per cj", "SELECT namespace, name, now() - last_successful "
         "FROM cronjobs", None),
        # said the way kubectl shows it, or in other everyday words
        ("deploy with READY 0/x", "SELECT namespace, name FROM deployments WHERE ready_replicas = 0", None),
        ("show batch pods whose STATUS says Error",
         "SELECT name FROM pods WHERE namespace = 'batch' AND status = 'Error'", None),
        ("whcih batch pods show Error?", "SELECT name FROM pods WHERE namespace = 'batch' AND status = 'Error'", None),
        ("which namespaces restart the most? give me the top three", "SELECT namespace, sum(restarts) AS r "
         "FROM pods GROUP BY namespace ORDER BY r DESC LIMIT 3", None),
        ("any restarts in the last 10 min? which pods?", "SELECT namespace, name FROM pods "
         "WHERE restarts > 0 AND last_restart > now() - INTERVAL 10 MINUTES", None),
        ("Warning-type events whose last occurrence was under 5 minutes ago", "SELECT namespace, object, reason "
         "FROM events WHERE type = 'Warning' AND last_seen > now() - INTERVAL 5 MINUTES", None),
        ("3 most frequent Warning reasons, summing the event counts", "SELECT reason, sum(count) AS n FROM events "
         "WHERE type = 'Warning' GROUP BY reason ORDER BY n DESC LIMIT 3", None),
        ("show my deployments with ready/desired", "SELECT name, ready FROM deployments "
         "WHERE namespace = 'checkout'", "checkout"),
        ("po scheduled on SchedulingDisabled no", "SELECT p.namespace, p.name FROM pods p "
         "JOIN nodes n ON p.node = n.name WHERE n.unschedulable", None),
        ("deploy w/ READY here", "SELECT name, ready FROM deployments WHERE namespace = 'payments'", "payments"),
        ("how long have the pending pods been waiting?",
         "SELECT namespace, name, age FROM pods WHERE status = 'Pending'", None),
        ("when did the fraud-detector pods start?", "SELECT p.name, p.started FROM pods p JOIN replicasets r "
         "ON r.namespace = p.namespace AND r.name = p.owner_name WHERE p.namespace = 'payments' "
         "AND r.owner_kind = 'Deployment' AND r.owner_name = 'fraud-detector'", None),
        ("cronjobs that haven't run for 2 hours", "SELECT namespace, name FROM cronjobs "
         "WHERE last_schedule IS NULL OR last_schedule < now() - INTERVAL 2 HOURS", None),
        ("deployments in payments and their memory requests", _FRAUD_MEMORY, None),
    ],
)
def test_demo_said_plainly(translator, engine, question, gold, namespace):
    assert_same_rows(translator, engine, question, gold, columns=True, namespace=namespace)


@pytest.mark.parametrize(
    ("question", "kept"),
    [
        # neither cluster holds one, so the condition is what tells the reading apart
        ("empty configmaps", "len(data_keys) = 0"),
        ("secrets without keys", "len(data_keys) = 0"),
        ("scaled down deployments", "desired = 0"),
        ("scaled-down statefulsets", "desired = 0"),
    ],
)
def test_none_held_is_a_condition(translator, question, kept):
    t = translator.translate(question, context=ctx())
    assert not t.declined, t.message
    assert kept in t.sql


@pytest.mark.parametrize(
    ("question", "gold"),
    [
        # exec is a create on pods/exec: who may, read from the rules (nobody is exec'd into)
        ("clusterroles that can exec into pods", "SELECT name FROM clusterroles "
         "WHERE list_has_any(verbs, ['create', '*']) AND list_has_any(resources, ['pods/exec', '*'])"),
        ("clusterroles allowing pods/exec", "SELECT name FROM clusterroles WHERE list_contains(resources, 'pods/exec')"),
        # a count asked of a registry's containers, pods or images
        ("how many containers use quay.io images?", "SELECT count(*) FROM containers WHERE image LIKE 'quay.io/%'"),
        ("how many pods use images from k8s.gcr.io?", "SELECT count(DISTINCT namespace || '/' || pod) "
         "FROM containers WHERE image LIKE 'k8s.gcr.io/%'"),
        ("how many images come from quay.io",
         "SELECT count(DISTINCT image) FROM containers WHERE image LIKE 'quay.io/%'"),
        ("hpa w/ Warning ev + minpods/maxpods/replicas", "SELECT DISTINCT h.namespace, h.name, h.min_replicas, "
         "h.max_replicas, h.current_replicas FROM events e JOIN horizontalpodautoscalers h ON h.namespace = "
         "e.namespace AND h.name = e.involved_name WHERE e.involved_kind = 'HorizontalPodAutoscaler' "
         "AND e.type = 'Warning'"),
        ("nodes with warning events and their current status", "SELECT DISTINCT n.name, n.status FROM events e "
         "JOIN nodes n ON n.name = e.involved_name WHERE e.involved_kind = 'Node' AND e.type = 'Warning'"),
        ("Pending po + how long", "SELECT namespace, name, age FROM pods WHERE status = 'Pending'"),
        # the roles bound to a user, not the bindings' own names
        ("what clusterroles does bob have?",
         "SELECT role_name FROM clusterrolebindings WHERE list_contains(users, 'bob')"),
        ("bob's clusterroles + verbs", "SELECT r.name, r.verbs FROM clusterrolebindings b JOIN clusterroles r "
         "ON r.name = b.role_name WHERE list_contains(b.users, 'bob')"),
        ("ing -> ingressclass controller", "SELECT i.namespace, i.name, c.controller FROM ingresses i "
         "JOIN ingressclasses c ON c.name = i.class"),
        ("FailedScheduling po + their nodeSelector and tolerations", "SELECT DISTINCT p.namespace, p.name, "
         "p.node_selector, p.tolerations FROM events e JOIN pods p ON p.uid = e.involved_uid "
         "WHERE e.reason = 'FailedScheduling'"),
        ("which pods have warning events but are Running and ready now?", "SELECT DISTINCT p.namespace, p.name "
         "FROM events e JOIN pods p ON p.uid = e.involved_uid WHERE e.type = 'Warning' AND p.status = 'Running' "
         "AND p.is_ready"),
        ("gpu node pods -A", "SELECT p.namespace, p.name FROM pods p JOIN nodes n ON p.node = n.name "
         "WHERE n.gpu_capacity > 0"),
        ("how many cores can every node hand out to pods?", "SELECT name, cpu_allocatable FROM nodes"),
        ("get no in zone us-east-1c", "SELECT name FROM nodes WHERE zone = 'us-east-1c'"),
        ("image pul errors in bookinfo", "SELECT name FROM pods WHERE namespace = 'bookinfo' "
         "AND status IN ('ImagePullBackOff', 'ErrImagePull')"),
        ("statefulsets where not every replica is ready",
         "SELECT namespace, name FROM statefulsets WHERE ready_replicas < desired"),
        ("hey, are any PVCs stuck waiting for a volume? list them",
         "SELECT namespace, name FROM persistentvolumeclaims WHERE status = 'Pending'"),
        ("count jobs by their status", "SELECT status, count(*) FROM jobs GROUP BY status"),
        ("which claim requests the biggest volume?", "SELECT namespace, name, storage_request "
         "FROM persistentvolumeclaims ORDER BY storage_request DESC LIMIT 1"),
        ("nodes whose kubelet hasn't reported a heartbeat in over 2 minutes",
         "SELECT name FROM nodes WHERE last_heartbeat < now() - INTERVAL 2 MINUTES"),
        # a participle after its noun describes: nothing is to be labelled
        ("can you list every pod labelled tier: backend, any namespace?",
         "SELECT namespace, name FROM pods WHERE labels['tier'] = 'backend'"),
        ("which pods have been shutting down for over ten minutes?",
         "SELECT namespace, name FROM pods WHERE deleting AND age > INTERVAL 10 MINUTES"),
    ],
)
def test_real_cluster_said_plainly(real_translator, real_engine, question, gold):
    assert_same_rows(real_translator, real_engine, question, gold, columns=True)


@pytest.mark.parametrize(
    "question",
    [
        "network in and out per pod",
        "exec into pod x",
        # writing an event is a change; a probe's latency is a metric
        "post an event on deploy/storefront -n frontend saying the rollout is paused",
        "how slow is the readiness probe of storefront?",
        "can you label pod x with tier=backend",
        # a flag set, not asked for
        "set suspend: true on cj nightly-report -n batch",
    ],
)
def test_still_declined(translator, question):
    assert translator.translate(question, context=ctx()).declined


_PODS_IN_PAYMENTS = Turn("pods in payments", "SELECT name FROM pods WHERE namespace = 'payments'")
_DEPLOYS_IN_PAYMENTS = Turn("deployments in payments", "SELECT name FROM deployments WHERE namespace = 'payments'")
_NODES = Turn("nodes", "SELECT name FROM nodes")


@pytest.mark.parametrize(
    ("turn", "question", "gold"),
    [
        # the owner's pods, not a service account that shares its name
        (_PODS_IN_PAYMENTS, "only the ones owned by fraud-detector",
         "SELECT p.name FROM pods p JOIN replicasets r ON r.namespace = p.namespace AND r.name = p.owner_name "
         "WHERE p.namespace = 'payments' AND r.owner_kind = 'Deployment' AND r.owner_name = 'fraud-detector'"),
        (_DEPLOYS_IN_PAYMENTS, "which have fewer ready replicas than desired?",
         "SELECT name FROM deployments WHERE namespace = 'payments' AND ready_replicas < desired"),
        # a node (or pod) that is not ready has no replicas to count
        (_NODES, "which are not ready?", "SELECT name FROM nodes WHERE NOT ready"),
        (_PODS_IN_PAYMENTS, "which are not ready?", "SELECT name FROM pods WHERE namespace = 'payments' "
         "AND NOT is_ready"),
        (Turn("crashlooping pods and their restarts", "SELECT namespace, name, restarts FROM pods "
              "WHERE status = 'CrashLoopBackOff'"), "can you put the worst one at the top?",
         "SELECT namespace, name, restarts FROM pods WHERE status = 'CrashLoopBackOff' ORDER BY restarts DESC"),
        (Turn("warning events in payments", "SELECT object, reason, message FROM events WHERE namespace = 'payments' "
              "AND type = 'Warning'"), "and how many of those are there?",
         "SELECT count(*) FROM events WHERE namespace = 'payments' AND type = 'Warning'"),
        # "and why": what each kind says about it, here a job's failure reason
        (Turn("jobs in batch", "SELECT name FROM jobs WHERE namespace = 'batch'"), "which of those failed, and why?",
         "SELECT name, failure_reason FROM jobs WHERE namespace = 'batch' AND status = 'Failed'"),
        # the node beside what was shown, restarts kept
        (Turn("top 3 pods by restarts", "SELECT namespace, name, restarts FROM pods ORDER BY restarts DESC LIMIT 3"),
         "which nodes are those on?",
         "SELECT namespace, name, restarts, node FROM pods ORDER BY restarts DESC LIMIT 3"),
    ],
)
def test_followups_narrowed(translator, engine, turn, question, gold):
    assert_same_rows(translator, engine, question, gold, columns=True, turns=(turn,))
