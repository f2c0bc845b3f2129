"""Stop 42: events about a workload's pods, deployments found through their replica sets' events, the pods
a service selects when its name starts with a kind word ("node-exporter"), each claim's volume column,
owners kept by how many they hold with the count shown, chatty stories before a comma, kubectl's
--selector, and follow-ups that switch namespace or ask why."""

from __future__ import annotations

import pytest

from kubequery.translate.base import Turn
from tests.test_offline import assert_same_rows, ctx

_CASSANDRA_CLAIMS = (
    "SELECT p.name, c.name, c.status FROM pods p JOIN persistentvolumeclaims c ON c.namespace = p.namespace "
    "AND list_contains(p.pvcs, c.name) WHERE p.namespace = 'team-b' AND p.owner_kind = 'StatefulSet' "
    "AND p.owner_name = 'cassandra'"
)
_FAILED_CREATE_DEPLOYS = (
    "SELECT DISTINCT r.namespace, r.owner_name FROM events e JOIN replicasets r ON r.namespace = e.namespace "
    "AND r.name = e.involved_name WHERE e.involved_kind = 'ReplicaSet' AND e.reason = 'FailedCreate' "
    "AND r.owner_kind = 'Deployment'"
)
_ALLOCATABLE = "SELECT name, cpu_allocatable, memory_allocatable FROM nodes"
_KAFKA_WARNINGS = (
    "SELECT e.involved_name, e.reason, e.message FROM events e JOIN pods p ON p.namespace = e.namespace "
    "AND p.name = e.involved_name WHERE e.involved_kind = 'Pod' AND e.type = 'Warning' AND p.namespace = 'data' "
    "AND p.owner_kind = 'StatefulSet' AND p.owner_name = 'kafka'"
)
_PULL_PODS = (
    "SELECT DISTINCT namespace, involved_name FROM events WHERE involved_kind = 'Pod' "
    "AND reason IN ('Failed', 'BackOff') AND message ILIKE '%pull%'"
)


@pytest.mark.parametrize(
    ("question", "gold", "namespace"),
    [
        # a pod's node, and its zone, said as where each one runs
        ("which node does each payments pod run on, and what zone?", "SELECT p.name, p.node, n.zone FROM pods p "
         "JOIN nodes n ON p.node = n.name WHERE p.namespace = 'payments'", None),
        # images ranked within the namespace said, not namespaces ranked
        ("top 3 images in payments", "SELECT image, count(*) AS n FROM containers WHERE namespace = 'payments' "
         "GROUP BY image ORDER BY n DESC LIMIT 3", None),
        ("deploymnets running replicas on worker-9", "SELECT DISTINCT r.namespace, r.owner_name FROM pods p "
         "JOIN replicasets r ON r.namespace = p.namespace AND r.name = p.owner_name WHERE p.node = 'worker-9' "
         "AND r.owner_kind = 'Deployment'", None),
        # a workload's pods' events, said after a dash or kubectl's way
        ("kafka pods in data - any warnign events?", _KAFKA_WARNINGS, None),
        ("sts/kafka -n data po warnings: reason + msg", _KAFKA_WARNINGS, None),
        # the pods, each once, when the question asks which pods the events are about
        ("pods with imgae pull errors (events)", _PULL_PODS, None),
        ("image pulls failing anywhere? which pods, per the events", _PULL_PODS, None),
        ("which pods have Unhealthy events, and the probe error", "SELECT namespace, involved_name, message "
         "FROM events WHERE involved_kind = 'Pod' AND reason = 'Unhealthy'", None),
        ("image pulls failing somewhere - which pods, from which deployments?", "SELECT p.namespace, p.name, "
         "r.owner_name FROM pods p JOIN replicasets r ON r.namespace = p.namespace AND r.name = p.owner_name "
         "WHERE p.status IN ('ErrImagePull', 'ImagePullBackOff') AND r.owner_kind = 'Deployment'", None),
        ("what kinds of warnings keep firing in checkout, and how often?", "SELECT reason, sum(count) FROM events "
         "WHERE namespace = 'checkout' AND type = 'Warning' GROUP BY reason", None),
        ("job backoff-limit events: which jobs, and the message",
         "SELECT namespace, involved_name, message FROM events WHERE reason = 'BackoffLimitExceeded'", None),
        ("any jobs out of retries? check the events",
         "SELECT namespace, involved_name, message FROM events WHERE reason = 'BackoffLimitExceeded'", None),
        ("in data, what reclaim policy does each claim's volume have?", "SELECT c.name, v.reclaim_policy "
         "FROM persistentvolumeclaims c JOIN persistentvolumes v ON v.name = c.volume WHERE c.namespace = 'data'",
         None),
        # kubectl's --selector is a label selector, never the deployments' own selector
        ("deploy --selector team=data-eng --all-namespaces",
         "SELECT namespace, name FROM deployments WHERE labels['team'] = 'data-eng'", None),
        ("ctrs lastState reason Error, all ns", "SELECT namespace, pod, name FROM containers "
         "WHERE last_reason = 'Error'", None),
        ("containers that terminated with an error", "SELECT namespace, pod, name FROM containers "
         "WHERE state = 'terminated' AND reason = 'Error'", None),
        ("what's the combined cpu request across payments, in cores?",
         "SELECT sum(cpu_request) FROM pods WHERE namespace = 'payments'", None),
        ("total memory requests across all namespaces", "SELECT sum(memory_request) FROM pods", None),
        ("which quotas are more than half used?",
         "SELECT namespace, name FROM resourcequotas WHERE max_usage_percent > 50", None),
        ("no Ready count", "SELECT count(*) FROM nodes WHERE ready", None),
        ("STATUS column tally for all po", "SELECT status, count(*) FROM pods GROUP BY status", None),
        ("az -> node count", "SELECT zone, count(*) FROM nodes GROUP BY zone", None),
        ("namespces restarting the most, top 2", "SELECT namespace, sum(restarts) AS r FROM pods "
         "GROUP BY namespace ORDER BY r DESC LIMIT 2", None),
        ("restarting containres in ml + count",
         "SELECT pod, name, restarts FROM containers WHERE namespace = 'ml' AND restarts > 0", None),
        ("which jobs wrapped up in the past hour?",
         "SELECT namespace, name FROM jobs WHERE completion_time > now() - INTERVAL 1 HOUR", None),
        ("batch cj: name + cron expr", "SELECT name, schedule FROM cronjobs WHERE namespace = 'batch'", None),
        ("who's the worst offender for restarts in my namespace?", "SELECT name, restarts FROM pods "
         "WHERE namespace = 'checkout' ORDER BY restarts DESC LIMIT 1", "checkout"),
        ("ml warn ev", "SELECT object, reason, message FROM events WHERE namespace = 'ml' AND type = 'Warning'", None),
        ("banner-service-t5vxhg4dhs-2b64j in frontend has been ContainerCreating forever, what do its events say?",
         "SELECT type, reason, message FROM events WHERE namespace = 'frontend' AND involved_kind = 'Pod' "
         "AND involved_name = 'banner-service-t5vxhg4dhs-2b64j'", None),
        ("cordoned-node pods in ns checkout", "SELECT p.name FROM pods p JOIN nodes n ON p.node = n.name "
         "WHERE p.namespace = 'checkout' AND n.unschedulable", None),
        ("claims referencing a storage class we don't have", "SELECT c.namespace, c.name FROM "
         "persistentvolumeclaims c LEFT JOIN storageclasses s ON s.name = c.storage_class "
         "WHERE c.storage_class IS NOT NULL AND s.name IS NULL", None),
        ("cache-warmer cj (batch): pods it ended up creating + STATUS", "SELECT p.name, p.status FROM pods p "
         "JOIN jobs j ON j.namespace = p.namespace AND j.name = p.owner_name WHERE p.namespace = 'batch' "
         "AND j.owner_kind = 'CronJob' AND j.owner_name = 'cache-warmer'", None),
        ("which payments pods are up but not passing readiness?", "SELECT name FROM pods "
         "WHERE namespace = 'payments' AND status = 'Running' AND NOT is_ready", None),
        ("po on no w/ SchedulingDisabled", "SELECT p.namespace, p.name FROM pods p JOIN nodes n ON p.node = n.name "
         "WHERE n.unschedulable", None),
        ("deploy/schema-registry -n data: what nodes are its pods on", "SELECT DISTINCT p.node FROM pods p "
         "JOIN replicasets r ON r.namespace = p.namespace AND r.name = p.owner_name WHERE p.namespace = 'data' "
         "AND r.owner_kind = 'Deployment' AND r.owner_name = 'schema-registry'", None),
        ("persistant volume claims nothing is using", "SELECT c.namespace, c.name FROM persistentvolumeclaims c "
         "WHERE NOT EXISTS (SELECT 1 FROM pods p WHERE p.namespace = c.namespace AND list_contains(p.pvcs, c.name))",
         None),
        ("deploy here not at full replicas",
         "SELECT name FROM deployments WHERE namespace = 'payments' AND ready_replicas < desired", "payments"),
        ("hosts on my ingresess", "SELECT name, hosts FROM ingresses WHERE namespace = 'frontend'", "frontend"),
        ("could you tally up the services in each namespace?",
         "SELECT namespace, count(*) FROM services GROUP BY namespace", None),
        ("which four nodes did we add last?", "SELECT name FROM nodes ORDER BY created DESC LIMIT 4", None),
        ("which namespaces does the web team own, going by labels?",
         "SELECT name FROM namespaces WHERE labels['team'] = 'web'", None),
        ("nodes whose instance-type label is r5.2xlarge",
         "SELECT name FROM nodes WHERE labels['node.kubernetes.io/instance-type'] = 'r5.2xlarge'", None),
        ("do any checkout pods have init containers? what are they called?",
         "SELECT pod, name FROM containers WHERE namespace = 'checkout' AND type = 'init'", None),
        ("frontend qos class counts",
         "SELECT qos_class, count(*) FROM pods WHERE namespace = 'frontend' GROUP BY qos_class", None),
        ("no, instance type m5.xlarge only", "SELECT name FROM nodes WHERE instance_type = 'm5.xlarge'", None),
        ("deploymnets where nothing is ready",
         "SELECT namespace, name FROM deployments WHERE ready_replicas = 0", None),
        ("anything still in ContainerCreating?",
         "SELECT namespace, name FROM pods WHERE status = 'ContainerCreating'", None),
        ("pods that never got past creating containers",
         "SELECT namespace, name FROM pods WHERE status = 'ContainerCreating'", None),
        ("tally of pod states in data",
         "SELECT status, count(*) FROM pods WHERE namespace = 'data' GROUP BY status", None),
        ("heaviest 3 pods by memory requested", "SELECT namespace, name, memory_request FROM pods "
         "ORDER BY memory_request DESC LIMIT 3", None),
        ("last three nodes to join", "SELECT name FROM nodes ORDER BY created DESC LIMIT 3", None),
        ("nodes under 30 days old", "SELECT name FROM nodes WHERE created > now() - INTERVAL 30 DAYS", None),
        ("no w/ age under 30d", "SELECT name FROM nodes WHERE created > now() - INTERVAL 30 DAYS", None),
        ("which servcies target app=redis?",
         "SELECT namespace, name FROM services WHERE selector['app'] = 'redis'", None),
        ("cpu requested by all ml pods, in cores", "SELECT sum(cpu_request) FROM pods WHERE namespace = 'ml'", None),
        ("deploy metrics-server -n kube-system -> node", "SELECT DISTINCT p.node FROM pods p JOIN replicasets r "
         "ON r.namespace = p.namespace AND r.name = p.owner_name WHERE p.namespace = 'kube-system' "
         "AND r.owner_kind = 'Deployment' AND r.owner_name = 'metrics-server'", None),
        ("deploymnets stuck on image pulls", "SELECT DISTINCT r.namespace, r.owner_name FROM pods p "
         "JOIN replicasets r ON r.namespace = p.namespace AND r.name = p.owner_name WHERE r.owner_kind = 'Deployment' "
         "AND p.status IN ('ImagePullBackOff', 'ErrImagePull')", None),
        ("ns breakdown of po sitting on NotReady no", "SELECT p.namespace, count(*) FROM pods p JOIN nodes n "
         "ON p.node = n.name WHERE NOT n.ready GROUP BY p.namespace", None),
        ("for the nodes in us-east-1a, how many pods does each have?", "SELECT n.name, count(p.name) FROM nodes n "
         "LEFT JOIN pods p ON p.node = n.name WHERE n.zone = 'us-east-1a' GROUP BY n.name", None),
        ("my deploys that haven't reached their desired ready count",
         "SELECT name FROM deployments WHERE namespace = 'staging' AND ready_replicas < desired", "staging"),
        ("deploy (this ns) ready<desired",
         "SELECT name FROM deployments WHERE namespace = 'staging' AND ready_replicas < desired", "staging"),
        # a story before a comma: the question after it, in the namespace the story named
        ("we're tuning autoscaling here, what min and max replicas do my HPAs have?", "SELECT name, "
         "min_replicas, max_replicas FROM horizontalpodautoscalers WHERE namespace = 'ml'", "ml"),
        ("i'm debugging payments, show me the crashlooping pods",
         "SELECT name FROM pods WHERE namespace = 'payments' AND status LIKE '%CrashLoopBackOff'", None),
    ],
)
def test_demo_said_plainly(translator, engine, question, gold, namespace):
    assert_same_rows(translator, engine, question, gold, columns=True, namespace=namespace)


@pytest.mark.parametrize(
    ("question", "gold"),
    [
        ("team-b cassandra pods: their claims, bound or pending?", _CASSANDRA_CLAIMS),
        ("sts cassandra -n team-b: po -> pvc phase", _CASSANDRA_CLAIMS),
        # a service whose name starts with a kind word: the pods it selects, not their nodes
        ("node-exporter service in monitoring: which pods match its selector?", "SELECT p.name FROM services s "
         "JOIN pods p ON p.namespace = s.namespace WHERE s.namespace = 'monitoring' AND s.name = 'node-exporter' "
         "AND map_entries(s.selector) <@ map_entries(p.labels)"),
        ("svc -n monitoring + ready ep count", "SELECT s.name, coalesce(e.ready_address_count, 0) FROM services s "
         "LEFT JOIN endpoints e ON e.namespace = s.namespace AND e.name = s.name WHERE s.namespace = 'monitoring'"),
        ("status of the node running legacy-etl-worker in batch", "SELECT n.name, n.status FROM pods p "
         "JOIN nodes n ON p.node = n.name WHERE p.namespace = 'batch' AND p.name = 'legacy-etl-worker'"),
        ("secrets used by pods in team-b, with each secret's type", "SELECT DISTINCT x.name, x.type FROM "
         "(SELECT namespace, unnest(secrets) AS s FROM pods WHERE namespace = 'team-b') p JOIN secrets x "
         "ON x.namespace = p.namespace AND x.name = p.s"),
        ("config maps used by 3 or more pods, and how many", "SELECT c.namespace, c.name, count(*) FROM configmaps c "
         "JOIN pods p ON p.namespace = c.namespace AND list_contains(p.configmaps, c.name) "
         "GROUP BY c.namespace, c.name HAVING count(*) >= 3"),
        ("how many of our pods live on each ec2 instance type?",
         "SELECT n.instance_type, count(*) FROM pods p JOIN nodes n ON p.node = n.name GROUP BY n.instance_type"),
        # deployments found through the replica sets their FailedCreate events are about
        ("deployments with FailedCreate events", _FAILED_CREATE_DEPLOYS),
        ("deployments whose replica sets have FailedCreate events", _FAILED_CREATE_DEPLOYS),
        ("which two pvcs ask for the biggest volumes?", "SELECT namespace, name, storage_request "
         "FROM persistentvolumeclaims ORDER BY storage_request DESC LIMIT 2"),
        ("shop's worst restarter",
         "SELECT name, restarts FROM pods WHERE namespace = 'shop' ORDER BY restarts DESC LIMIT 1"),
        ("which nodes stopped checking in more than ten minutes ago?",
         "SELECT name FROM nodes WHERE last_heartbeat < now() - INTERVAL 10 MINUTES"),
        ("which jobs have been going for 15m+ and still aren't done?", "SELECT namespace, name FROM jobs "
         "WHERE status = 'Running' AND duration > INTERVAL 15 MINUTES"),
        ("which pods in batch ended with an Error?", "SELECT name FROM pods WHERE namespace = 'batch' "
         "AND status = 'Error'"),
        ("which pods did someone create by hand, no controller behind them?",
         "SELECT namespace, name FROM pods WHERE owner_kind IS NULL"),
        ("deploymnets runing below their replica count",
         "SELECT namespace, name FROM deployments WHERE ready_replicas < desired"),
        ("pod totals for evry node", "SELECT node, count(*) FROM pods WHERE node IS NOT NULL GROUP BY node"),
        ("team-b's 2 pods with the most restarts",
         "SELECT name, restarts FROM pods WHERE namespace = 'team-b' ORDER BY restarts DESC LIMIT 2"),
        # a key the services select pods by (their selector, not their own labels)
        ("services that select pods by the k8s-app label",
         "SELECT namespace, name FROM services WHERE map_contains(selector, 'k8s-app')"),
        ("svc whose selector uses k8s-app",
         "SELECT namespace, name FROM services WHERE map_contains(selector, 'k8s-app')"),
        ("redis-replica deployment's pods in team-a, and what state they're in?", "SELECT p.name, p.status "
         "FROM pods p JOIN replicasets r ON r.namespace = p.namespace AND r.name = p.owner_name "
         "WHERE p.namespace = 'team-a' AND r.owner_kind = 'Deployment' AND r.owner_name = 'redis-replica'"),
        ("readines/liveness probe failurs from events",
         "SELECT namespace, involved_name, message FROM events WHERE reason = 'Unhealthy'"),
        ("sts w/ ready under spec replicas",
         "SELECT namespace, name FROM statefulsets WHERE ready_replicas < desired"),
        ("get po -l role=replica -n team-a",
         "SELECT name FROM pods WHERE namespace = 'team-a' AND labels['role'] = 'replica'"),
        ("ns where istio sidecars get injected (label)",
         "SELECT name FROM namespaces WHERE labels['istio-injection'] = 'enabled'"),
        ("namspaces opted into istio injection",
         "SELECT name FROM namespaces WHERE labels['istio-injection'] = 'enabled'"),
        ("po -A where the node is cordoned", "SELECT p.namespace, p.name FROM pods p JOIN nodes n "
         "ON p.node = n.name WHERE n.unschedulable"),
        ("pods defining init containers", "SELECT DISTINCT namespace, pod FROM containers WHERE type = 'init'"),
        ("anything running init containers?", "SELECT DISTINCT namespace, pod FROM containers WHERE type = 'init'"),
        ("which zone is each team-a frontend pod in?", "SELECT p.name, n.zone FROM pods p JOIN replicasets r "
         "ON r.namespace = p.namespace AND r.name = p.owner_name JOIN nodes n ON p.node = n.name "
         "WHERE p.namespace = 'team-a' AND r.owner_kind = 'Deployment' AND r.owner_name = 'frontend'"),
        ("ml po consuming hf-secret", "SELECT name FROM pods WHERE namespace = 'ml' "
         "AND list_contains(secrets, 'hf-secret')"),
        ("pod creation errors in monitring (events)", "SELECT involved_name, message FROM events "
         "WHERE namespace = 'monitoring' AND reason = 'FailedCreate'"),
        ("no worker-4: recent ev", "SELECT type, reason, message FROM events WHERE involved_kind = 'Node' "
         "AND involved_name = 'worker-4'"),
        ("hey, which serviceaccount is every bookinfo pod running as?",
         "SELECT name, service_account FROM pods WHERE namespace = 'bookinfo'"),
        ("which deployments are below their desired ready count?",
         "SELECT namespace, name FROM deployments WHERE ready_replicas < desired"),
        ("shop pods that aren't passing readiness", "SELECT name FROM pods WHERE namespace = 'shop' AND NOT is_ready"),
        ("which namespaces did nobody bother to label?",
         "SELECT name FROM namespaces WHERE labels IS NULL OR cardinality(labels) = 0"),
        ("po w/ RESTARTS != 0, how many", "SELECT count(*) FROM pods WHERE restarts > 0"),
        ("per-node allocatable CPU and memory", _ALLOCATABLE),
        ("show me allocatable cpu + memory for every node pls", _ALLOCATABLE),
        ("what can each node actually hand out to pods, cpu and memory wise?", _ALLOCATABLE),
        ("how much CPU and memory can each node allocate to pods?", _ALLOCATABLE),
        ("what CPU and memory requests does the team-a limit range default containers to?", "SELECT name, "
         "default_cpu_request, default_memory_request FROM limitranges WHERE namespace = 'team-a'"),
        ("trying to free up memory in team-b, which pods ask for more than 512Mi?",
         "SELECT name FROM pods WHERE namespace = 'team-b' AND memory_request > 512 * 1024 ^ 2"),
        ("which pods got evcited, per the events, and the reason message?",
         "SELECT namespace, involved_name, message FROM events WHERE reason = 'Evicted'"),
        ("ml pods with the pvc each one mounts and whether it's bound", "SELECT p.name, c.name, c.status "
         "FROM pods p JOIN persistentvolumeclaims c ON c.namespace = p.namespace AND list_contains(p.pvcs, c.name) "
         "WHERE p.namespace = 'ml'"),
        ("-n ml po, their pvc, bound or pending?", "SELECT p.name, c.name, c.status "
         "FROM pods p JOIN persistentvolumeclaims c ON c.namespace = p.namespace AND list_contains(p.pvcs, c.name) "
         "WHERE p.namespace = 'ml'"),
        ("po here != Running, show status", "SELECT name, status FROM pods WHERE namespace = 'shop' "
         "AND status <> 'Running'"),
    ],
)
def test_real_cluster_said_plainly(real_translator, real_engine, question, gold):
    namespace = "shop" if " here " in question else None
    assert_same_rows(real_translator, real_engine, question, gold, columns=True, namespace=namespace)


@pytest.mark.parametrize(
    "question",
    [
        # a story that tells of a change is never dropped: the change is declined
        "i need to drain worker-3, which pods run on it?",
        "we need to scale up checkout, how many replicas does cart-service have?",
        "quick check, delete pod ledger-db-0",
        "could you tell me how often they restarted and then restart them",
    ],
)
def test_stories_of_changes_are_declined(translator, question):
    t = translator.translate(question, context=ctx())
    assert t.declined and "read-only" in t.message


_OLD_FRONTEND = Turn(question="frontend pods older than 2 weeks",
                     sql="SELECT name FROM pods WHERE namespace = 'frontend' AND age > INTERVAL 14 DAYS")
_PENDING_CLAIMS = Turn(question="which claims are stuck pending?",
                       sql="SELECT namespace, name FROM persistentvolumeclaims WHERE status = 'Pending'")
_DOWN_NODES = Turn(question="nodes that are down", sql="SELECT name FROM nodes WHERE NOT ready")
_TOP_RESTARTS = Turn(question="top 5 restarting pods",
                     sql="SELECT namespace, name, restarts FROM pods ORDER BY restarts DESC LIMIT 5")
_FAILED = Turn(question="failed jobs", sql="SELECT namespace, name FROM jobs WHERE status = 'Failed'")
_PAYMENTS = Turn(question="pods in payments", sql="SELECT name FROM pods WHERE namespace = 'payments'")


@pytest.mark.parametrize(
    ("turn", "question", "gold"),
    [
        (_OLD_FRONTEND, "switch to checkout",
         "SELECT name FROM pods WHERE namespace = 'checkout' AND age > INTERVAL 14 DAYS"),
        (_PENDING_CLAIMS, "add how much each is requesting", "SELECT namespace, name, storage_request "
         "FROM persistentvolumeclaims WHERE status = 'Pending'"),
        (_DOWN_NODES, "how many pods does it host?",
         "SELECT count(*) FROM pods p JOIN nodes n ON p.node = n.name WHERE NOT n.ready"),
        (_TOP_RESTARTS, "same but -n payments",
         "SELECT name, restarts FROM pods WHERE namespace = 'payments' ORDER BY restarts DESC LIMIT 5"),
        (_FAILED, "what made them fail?",
         "SELECT namespace, name, failure_reason FROM jobs WHERE status = 'Failed'"),
        (_FAILED, "whats the reson for each?",
         "SELECT namespace, name, failure_reason FROM jobs WHERE status = 'Failed'"),
        (Turn(question="pending pvcs", sql="SELECT namespace, name FROM persistentvolumeclaims "
              "WHERE status = 'Pending'"), "cool, how big are they in GiB?", "SELECT namespace, name, "
         "storage_request / 1024 ^ 3 FROM persistentvolumeclaims WHERE status = 'Pending'"),
        (Turn(question="which nodes are in zone us-east-1a?", sql="SELECT name FROM nodes WHERE zone = 'us-east-1a'"),
         "ok, and how many nodes is that in total?", "SELECT count(*) FROM nodes WHERE zone = 'us-east-1a'"),
        # the oldest ones, by age, not any three
        (_PAYMENTS, "just the oldest 3",
         "SELECT name FROM pods WHERE namespace = 'payments' ORDER BY created LIMIT 3"),
    ],
)
def test_followups_on_the_demo(translator, engine, turn, question, gold):
    assert_same_rows(translator, engine, question, gold, columns=True, turns=(turn,))


@pytest.mark.parametrize(
    ("turn", "question", "gold"),
    [
        # "they" in a follow-up is the rows before, never a story of "are there"
        (Turn(question="crashlooping pods", sql="SELECT namespace, name FROM pods WHERE status = 'CrashLoopBackOff'"),
         "how many restarts do they have?",
         "SELECT namespace, name, restarts FROM pods WHERE status = 'CrashLoopBackOff'"),
        # how often they restarted is a count to rank by, not a restart to do
        (Turn(question="which pods are crash looping?",
              sql="SELECT namespace, name FROM pods WHERE status = 'CrashLoopBackOff'"),
         "can you rank those by how often they restarted?",
         "SELECT namespace, name, restarts FROM pods WHERE status = 'CrashLoopBackOff' ORDER BY restarts DESC"),
    ],
)
def test_followups_on_the_real_cluster(real_translator, real_engine, turn, question, gold):
    assert_same_rows(real_translator, real_engine, question, gold, columns=True, turns=(turn,))


def test_followup_only_namespace_on_the_real_cluster(real_translator, real_engine):
    evicted = Turn(question="evicted po -A", sql="SELECT namespace, name FROM pods WHERE reason = 'Evicted'")
    assert_same_rows(real_translator, real_engine, "what about only team-a?",
                     "SELECT name FROM pods WHERE namespace = 'team-a' AND reason = 'Evicted'",
                     columns=True, turns=(evicted,))
