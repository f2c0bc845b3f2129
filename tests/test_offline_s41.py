"""Stop 41: the asker's namespace said as the subject ("how much cpu is this namespace requesting", "who can
access this namespace"), a listed kind ranked by what it holds ("which has the most pods?" after nodes),
services with their endpoints, owners asked for, a deployment's or cron job's pods with where they run and
how they ended, references to secrets that do not exist, filters let go in follow-ups ("not just warnings"),
and kubectl-ish short forms ("no" for nodes, "sc=fast")."""

from __future__ import annotations

import pytest

from kubequery.translate.base import Turn
from tests.test_offline import assert_same_rows, ctx

_WEB_BFF = (
    "FROM pods p JOIN replicasets r ON r.namespace = p.namespace AND r.name = p.owner_name "
    "WHERE p.namespace = 'frontend' AND r.owner_kind = 'Deployment' AND r.owner_name = 'web-bff'"
)
_NOTHING_READY = (
    "SELECT s.name FROM services s LEFT JOIN endpoints e ON e.namespace = s.namespace AND e.name = s.name "
    "WHERE s.namespace = 'staging' AND s.type <> 'ExternalName' AND coalesce(e.ready_address_count, 0) = 0"
)
_CLBO_DEPLOYS = (
    "SELECT DISTINCT r.namespace, r.owner_name FROM pods p JOIN replicasets r ON r.namespace = p.namespace "
    "AND r.name = p.owner_name WHERE p.status = 'CrashLoopBackOff' AND r.owner_kind = 'Deployment'"
)
_NODE_CPU = (
    "SELECT n.name, 100.0 * sum(p.cpu_request) / n.cpu_allocatable FROM nodes n "
    "LEFT JOIN pods p ON p.node = n.name GROUP BY n.name, n.cpu_allocatable"
)


@pytest.mark.parametrize(
    ("question", "gold", "namespace"),
    [
        # the asker's namespace as the subject of the question: what is in it
        ("how much cpu is this namespace requesting", "SELECT sum(cpu_request) FROM pods "
         "WHERE namespace = 'payments'", "payments"),
        ("how much memory is my ns reserving", "SELECT sum(memory_request) FROM pods WHERE namespace = 'payments'",
         "payments"),
        ("who can access this namespace",
         "SELECT name, role_name, subjects FROM rolebindings WHERE namespace = 'payments'", "payments"),
        # services with their endpoints: each one's ready addresses (none for a service without any)
        ("services in payments with their endpoints", "SELECT s.name, e.endpoints FROM services s "
         "LEFT JOIN endpoints e ON e.namespace = s.namespace AND e.name = s.name WHERE s.namespace = 'payments'",
         None),
        # owners asked for: each object's owner kind and name
        ("owner of each pod in ml", "SELECT name, owner_kind, owner_name FROM pods WHERE namespace = 'ml'", None),
        ("what controls the pods in data", "SELECT name, owner_kind, owner_name FROM pods WHERE namespace = 'data'",
         None),
        # where a deployment's pods run
        ("what nodes is the checkout-api deployment spread across", "SELECT DISTINCT p.node FROM pods p "
         "JOIN replicasets r ON r.namespace = p.namespace AND r.name = p.owner_name "
         "WHERE r.owner_kind = 'Deployment' AND r.owner_name = 'checkout-api'", None),
        # a container's state after "with a container", not a container named "not"
        ("pods with a container not ready", "SELECT namespace, name FROM pods WHERE NOT is_ready", None),
        ("nodes not redy", "SELECT name FROM nodes WHERE NOT ready", None),
        # a deployment's pods with where each landed, or kept by their own status
        ("I need the web-bff deployment's pods in frontend and which node each one landed on, please",
         f"SELECT p.name, p.node {_WEB_BFF}", None),
        ("which pods of the log-aggregator deployment in data aren't Running, and what state are they in?",
         "SELECT p.name, p.status FROM pods p JOIN replicasets r ON r.namespace = p.namespace "
         "AND r.name = p.owner_name WHERE p.namespace = 'data' AND r.owner_kind = 'Deployment' "
         "AND r.owner_name = 'log-aggregator' AND p.status <> 'Running'", None),
        # a cron job's pods, said as what its runs left
        ("what pods did the db-backup cron job's runs leave in data, and in what status?", "SELECT p.name, p.status "
         "FROM pods p JOIN jobs j ON j.namespace = p.namespace AND j.name = p.owner_name "
         "WHERE p.namespace = 'data' AND j.owner_kind = 'CronJob' AND j.owner_name = 'db-backup'", None),
        ("staging services that have nothing ready backing them", _NOTHING_READY, None),
        ("svc -n stagng, ready endpoints = 0", _NOTHING_READY, None),
        ("paymnets pods parked on the cordoned worker", "SELECT p.name FROM pods p JOIN nodes n ON p.node = n.name "
         "WHERE p.namespace = 'payments' AND n.unschedulable", None),
        ("what services does the storefront ingress in frontend route to, and what type is each?",
         "SELECT s.name, s.type FROM ingresses i JOIN services s ON s.namespace = i.namespace "
         "AND list_contains(i.services, s.name) WHERE i.namespace = 'frontend' AND i.name = 'storefront'", None),
        ("frontend pods refering to a secret that was never created", "SELECT DISTINCT p.name FROM (SELECT namespace, "
         "name, unnest(secrets) AS s FROM pods WHERE namespace = 'frontend') p LEFT JOIN secrets x "
         "ON x.namespace = p.namespace AND x.name = p.s WHERE x.name IS NULL", None),
        # "add up" asks for a sum; it changes nothing
        ("add up the memory capacity of every node - GiB please", "SELECT sum(memory_capacity) / 1024 ^ 3 FROM nodes",
         None),
        ("cpu reqeusts summed over the dta ns", "SELECT sum(cpu_request) FROM pods WHERE namespace = 'data'", None),
        ("data ns: sum of cpu_request", "SELECT sum(cpu_request) FROM pods WHERE namespace = 'data'", None),
        ("frontend: which containers restarted, and how many tiems each?",
         "SELECT pod, name, restarts FROM containers WHERE namespace = 'frontend' AND restarts > 0", None),
        ("any events I should worry about?",
         "SELECT object, reason, message FROM events WHERE namespace = 'payments' AND type = 'Warning'", "payments"),
        ("which of my pods are having trouble?", "SELECT name FROM pods WHERE namespace = 'payments' "
         "AND status NOT IN ('Running', 'Completed')", "payments"),
        ("what tiers exist", "SELECT DISTINCT labels['tier'] FROM pods WHERE labels['tier'] IS NOT NULL", None),
        ("PVs that still carry a claimRef to a pvc that's been removed", "SELECT v.name FROM persistentvolumes v "
         "LEFT JOIN persistentvolumeclaims c ON c.namespace = v.claim_namespace AND c.name = v.claim_name "
         "WHERE v.claim_name IS NOT NULL AND c.name IS NULL", None),
        # the latest warnings of one namespace: when each happened, beside what it was
        ("last 3 warnings in staging", "SELECT object, reason, last_seen FROM events WHERE namespace = 'staging' "
         "AND type = 'Warning' ORDER BY last_seen DESC LIMIT 3", None),
        # a namespace's events: what, why and what it says (as its warnings are shown)
        ("events in monitoring", "SELECT object, reason, message FROM events WHERE namespace = 'monitoring'", None),
        ("if us-east-1c goes down how many checkout pods do we lose?", "SELECT count(*) FROM pods p "
         "JOIN nodes n ON p.node = n.name WHERE p.namespace = 'checkout' AND n.zone = 'us-east-1c'", None),
        ("default req/limit from limitranges -n ml", "SELECT name, default_cpu_request, default_cpu_limit, "
         "default_memory_request, default_memory_limit FROM limitranges WHERE namespace = 'ml'", None),
        ("pods on the nginx 1.27.2 image",
         "SELECT namespace, pod FROM containers WHERE image = 'docker.io/library/nginx:1.27.2'", None),
        ("what exit codes did the finished containers in batch return?",
         "SELECT pod, name, exit_code FROM containers WHERE namespace = 'batch' AND state = 'terminated'", None),
        # conditions named one by one and joined by "or": any of them
        ("pods spun up in the lst 15 mins",
         "SELECT namespace, name FROM pods WHERE created > now() - INTERVAL 15 MINUTE", None),
        ("which deployment has the largest number of pods that aren't ready?", "SELECT r.namespace, r.owner_name, "
         "count(*) AS unready FROM pods p JOIN replicasets r ON r.namespace = p.namespace AND r.name = p.owner_name "
         "WHERE r.owner_kind = 'Deployment' AND NOT p.is_ready GROUP BY r.namespace, r.owner_name "
         "ORDER BY unready DESC LIMIT 1", None),
        ("pvcs requesting a sc the cluster lacks", "SELECT c.namespace, c.name FROM persistentvolumeclaims c "
         "LEFT JOIN storageclasses sc ON sc.name = c.storage_class WHERE c.storage_class IS NOT NULL "
         "AND sc.name IS NULL", None),
        ("for autoscalers already at their max replica count, how many pods of the target deployment are ready?",
         "SELECT h.namespace, h.name, d.ready_replicas FROM horizontalpodautoscalers h JOIN deployments d "
         "ON d.namespace = h.namespace AND d.name = h.target_name WHERE h.target_kind = 'Deployment' "
         "AND h.current_replicas >= h.max_replicas", None),
        ("which ml deploymnets have no autoscaling set up?", "SELECT d.name FROM deployments d WHERE d.namespace = "
         "'ml' AND NOT EXISTS (SELECT 1 FROM horizontalpodautoscalers h WHERE h.namespace = d.namespace "
         "AND h.target_kind = 'Deployment' AND h.target_name = d.name)", None),
        ("show daemon set pods whose node is NotReady, along with the daemon set they belong to",
         "SELECT p.namespace, p.name, p.owner_name FROM pods p JOIN nodes n ON p.node = n.name "
         "WHERE p.owner_kind = 'DaemonSet' AND NOT n.ready", None),
        ("deploy/cart-service -n checkout unready po", "SELECT p.name FROM pods p JOIN replicasets r "
         "ON r.namespace = p.namespace AND r.name = p.owner_name WHERE p.namespace = 'checkout' "
         "AND r.owner_kind = 'Deployment' AND r.owner_name = 'cart-service' AND NOT p.is_ready", None),
        ("which deploymnets are hit by worker-7 (have pods there)?", "SELECT DISTINCT r.namespace, r.owner_name "
         "FROM pods p JOIN replicasets r ON r.namespace = p.namespace AND r.name = p.owner_name "
         "WHERE p.node = 'worker-7' AND r.owner_kind = 'Deployment'", None),
        ("how many pods are in the namespace I'm in?", "SELECT count(*) FROM pods WHERE namespace = 'checkout'",
         "checkout"),
        ("job failures in this ns", "SELECT name FROM jobs WHERE namespace = 'data' AND status = 'Failed'", "data"),
        ("my two pods with the most restarts",
         "SELECT name, restarts FROM pods WHERE namespace = 'data' ORDER BY restarts DESC LIMIT 2", "data"),
        ("image-proxy in frontend just scaled up, I think? can you pull the events on that deployment",
         "SELECT type, reason, message FROM events WHERE namespace = 'frontend' AND involved_kind = 'Deployment' "
         "AND involved_name = 'image-proxy'", None),
        ("some claims never got a volume - show me the provisioning failure events",
         "SELECT namespace, involved_name, message FROM events WHERE reason = 'ProvisioningFailed'", None),
        ("which pods don't set limits at all",
         "SELECT namespace, name FROM pods WHERE cpu_limit IS NULL AND memory_limit IS NULL", None),
        ("what killed the containers in ml", "SELECT pod, name, last_reason FROM containers WHERE namespace = 'ml'",
         None),
        ("who's hogging memory requests in ml?",
         "SELECT name, memory_request FROM pods WHERE namespace = 'ml' ORDER BY memory_request DESC", None),
        ("got a sec? list the kafka pods in data with how big their volume claims are, in GiB",
         "SELECT p.name, c.storage_request / 1024 ^ 3 FROM pods p JOIN persistentvolumeclaims c "
         "ON c.namespace = p.namespace AND list_contains(p.pvcs, c.name) WHERE p.namespace = 'data' "
         "AND p.owner_kind = 'StatefulSet' AND p.owner_name = 'kafka'", None),
        ("fluent-bit daemon set coverage: on which nodes is none of its pods running?", "SELECT n.name FROM nodes n "
         "WHERE NOT EXISTS (SELECT 1 FROM pods p WHERE p.node = n.name AND p.namespace = 'monitoring' "
         "AND p.owner_kind = 'DaemonSet' AND p.owner_name = 'fluent-bit')", None),
    ],
)
def test_demo_said_plainly(translator, engine, question, gold, namespace):
    assert_same_rows(translator, engine, question, gold, columns=True, namespace=namespace)


@pytest.mark.parametrize(
    ("question", "gold"),
    [
        ("single-replica deployments", "SELECT namespace, name FROM deployments WHERE desired = 1"),
        ("top image by usage", "SELECT image, count(*) AS n FROM containers WHERE image IS NOT NULL "
         "GROUP BY image ORDER BY n DESC LIMIT 1"),
        ("percent of cpu allocated per node", _NODE_CPU),
        ("what percent of each node cpu is requested", _NODE_CPU),
        ("which pvcs are waiting for provisioning",
         "SELECT namespace, name FROM persistentvolumeclaims WHERE status = 'Pending'"),
        ("job failures (events)", "SELECT namespace, involved_name, message FROM events "
         "WHERE involved_kind = 'Job' AND reason = 'BackoffLimitExceeded'"),
        ("which jobs blew through their backoff limit according to the events?", "SELECT DISTINCT namespace, "
         "involved_name FROM events WHERE reason = 'BackoffLimitExceeded'"),
        ("if worker-3 went down, which deployments would lose a pod?", "SELECT DISTINCT r.namespace, r.owner_name "
         "FROM pods p JOIN replicasets r ON r.namespace = p.namespace AND r.name = p.owner_name "
         "WHERE p.node = 'worker-3' AND r.owner_kind = 'Deployment'"),
        ("ingres-nginx serviceaccounts nobody runs as", "SELECT sa.name FROM serviceaccounts sa "
         "WHERE sa.namespace = 'ingress-nginx' AND NOT EXISTS (SELECT 1 FROM pods p "
         "WHERE p.namespace = sa.namespace AND p.service_account = sa.name)"),
        ("shop po per AZ, counted", "SELECT n.zone, count(*) FROM pods p JOIN nodes n ON p.node = n.name "
         "WHERE p.namespace = 'shop' GROUP BY n.zone"),
        ("broken pods in zone us-east-1c and their status", "SELECT p.namespace, p.name, p.status FROM pods p "
         "JOIN nodes n ON p.node = n.name WHERE n.zone = 'us-east-1c' AND p.status NOT IN ('Running', 'Completed')"),
        ("team-b pods managed by deployments, with the deployment each belongs to", "SELECT p.name, r.owner_name "
         "FROM pods p JOIN replicasets r ON r.namespace = p.namespace AND r.name = p.owner_name "
         "WHERE p.namespace = 'team-b' AND r.owner_kind = 'Deployment'"),
        ("whats running on the disk-presure node", "SELECT p.namespace, p.name FROM pods p "
         "JOIN nodes n ON p.node = n.name WHERE n.disk_pressure"),
        ("pvc where sc provisioner = ebs.csi.aws.com", "SELECT c.namespace, c.name FROM persistentvolumeclaims c "
         "JOIN storageclasses sc ON sc.name = c.storage_class WHERE sc.provisioner = 'ebs.csi.aws.com'"),
        ("ingresses whose tls secretName isn't present in their namespace", "SELECT DISTINCT i.namespace, i.name "
         "FROM (SELECT namespace, name, unnest(tls_secrets) AS t FROM ingresses) i LEFT JOIN secrets s "
         "ON s.namespace = i.namespace AND s.name = i.t WHERE s.name IS NULL"),
        ("top 3 no by po count", "SELECT node, count(*) AS pods FROM pods WHERE node IS NOT NULL GROUP BY node "
         "ORDER BY pods DESC LIMIT 3"),
        ("deploy w/ READY below desired in shop",
         "SELECT name FROM deployments WHERE namespace = 'shop' AND ready_replicas < desired"),
        ("which nodes haven't reported a heartbeat for over 10 minutes?",
         "SELECT name FROM nodes WHERE last_heartbeat < now() - INTERVAL 10 MINUTE"),
        ("get ns --selector istio-injection=enabled",
         "SELECT name FROM namespaces WHERE labels['istio-injection'] = 'enabled'"),
        ("can you show me all the labels on gpu-1? need to check the accelerator one",
         "SELECT labels FROM nodes WHERE name = 'gpu-1'"),
        ("trying to see why pods avoid some nodes: show me every node carrying a taint, with its taints",
         "SELECT name, taints FROM nodes WHERE len(taints) > 0"),
        ("pvc sc=fast", "SELECT namespace, name FROM persistentvolumeclaims WHERE storage_class = 'fast'"),
        ("worker-4 has been acting up - what events has the node itself logged?", "SELECT type, reason, message "
         "FROM events WHERE involved_kind = 'Node' AND involved_name = 'worker-4'"),
        ("are there any nodes that have events recorded against them? just the node names",
         "SELECT DISTINCT involved_name FROM events WHERE involved_kind = 'Node'"),
        ("po running on cp no", "SELECT p.namespace, p.name FROM pods p JOIN nodes n ON p.node = n.name "
         "WHERE list_contains(n.roles, 'control-plane')"),
        ("for the cassandra statefulset in team-b, which node is each pod on?", "SELECT name, node FROM pods "
         "WHERE namespace = 'team-b' AND owner_kind = 'StatefulSet' AND owner_name = 'cassandra'"),
        ("ugh, which of our deployments are stuck crashlooping?", _CLBO_DEPLOYS),
        ("deploy w/ CLBO po", _CLBO_DEPLOYS),
        ("how full is every node on cpu requests, as a percentage", _NODE_CPU),
        ("containers that pul the image on every start",
         "SELECT namespace, pod, name FROM containers WHERE image_pull_policy = 'Always'"),
        ("containers whose previous run ended with reason Error",
         "SELECT namespace, pod, name FROM containers WHERE last_reason = 'Error'"),
        ("nodes with memory pressure, disk pressure or pid pressure",
         "SELECT name FROM nodes WHERE memory_pressure OR disk_pressure OR pid_pressure"),
        ("monitoring po on nodes low on disk", "SELECT p.name FROM pods p JOIN nodes n ON p.node = n.name "
         "WHERE p.namespace = 'monitoring' AND n.disk_pressure"),
        ("what pods does the cassandra-internal netwrok policy in team-b select, and on which nodes?",
         "SELECT p.name, p.node FROM networkpolicies np JOIN pods p ON p.namespace = np.namespace "
         "AND map_entries(np.pod_selector) <@ map_entries(p.labels) WHERE np.namespace = 'team-b' "
         "AND np.name = 'cassandra-internal'"),
        ("cassandra-2 in team-b has been Pending forever, can you pull the events for that pod?",
         "SELECT type, reason, message FROM events WHERE namespace = 'team-b' AND involved_kind = 'Pod' "
         "AND involved_name = 'cassandra-2'"),
        ("for our load-balanced services (type LoadBalancer), how many ready addresses does each have?",
         "SELECT s.namespace, s.name, e.ready_address_count FROM services s JOIN endpoints e "
         "ON e.namespace = s.namespace AND e.name = s.name WHERE s.type = 'LoadBalancer'"),
        ("hey, got any claims that never got a volume bound?",
         "SELECT namespace, name FROM persistentvolumeclaims WHERE status = 'Pending'"),
        ("is anything in bookinfo failing to pull its image?", "SELECT name FROM pods WHERE namespace = 'bookinfo' "
         "AND status IN ('ImagePullBackOff', 'ErrImagePull')"),
        ("no per zone, counted", "SELECT zone, count(*) FROM nodes GROUP BY zone"),
        ("is there a service whose selector includes tier: frontend?",
         "SELECT namespace, name FROM services WHERE selector['tier'] = 'frontend'"),
        ("has any node gone quiet for more than a quarter hour?",
         "SELECT name FROM nodes WHERE last_heartbeat < now() - INTERVAL 15 MINUTES"),
        ("sum cpu req -n team-a", "SELECT sum(cpu_request) FROM pods WHERE namespace = 'team-a'"),
        # a pod named like a test is a pod, not a test to run
        ("stress-test in default died, can you show me its events?", "SELECT type, reason, message FROM events "
         "WHERE namespace = 'default' AND involved_kind = 'Pod' AND involved_name = 'stress-test'"),
        ("services whos endpoints include unready pods", "SELECT s.namespace, s.name FROM services s JOIN endpoints e "
         "ON e.namespace = s.namespace AND e.name = s.name WHERE e.not_ready_address_count > 0"),
        # a secret named the way kubectl does it is a name, not its values
        ("po -A that ref secret/mysql-credentials",
         "SELECT namespace, name FROM pods WHERE list_contains(secrets, 'mysql-credentials')"),
        ("how many CPU cores are allocatable across all nodes?", "SELECT sum(cpu_allocatable) FROM nodes"),
        ("what were the last three deployments someone created?",
         "SELECT namespace, name FROM deployments ORDER BY created DESC LIMIT 3"),
        ("number of pods per nod", "SELECT node, count(*) FROM pods WHERE node IS NOT NULL GROUP BY node"),
        ("is any node reporting MemoryPressure, DiskPressure or PIDPressure?",
         "SELECT name FROM nodes WHERE memory_pressure OR disk_pressure OR pid_pressure"),
        ("we cordoned a node earlier because of disk trouble - what pods are still running on cordoned nodes?",
         "SELECT p.namespace, p.name FROM pods p JOIN nodes n ON p.node = n.name WHERE n.unschedulable"),
        ("which claims are on a storage class that can't be resized?", "SELECT c.namespace, c.name FROM "
         "persistentvolumeclaims c JOIN storageclasses sc ON sc.name = c.storage_class "
         "WHERE NOT sc.allow_volume_expansion"),
        ("unused sa count by ns (skip default)", "SELECT sa.namespace, count(*) FROM serviceaccounts sa "
         "WHERE sa.name <> 'default' AND NOT EXISTS (SELECT 1 FROM pods p WHERE p.namespace = sa.namespace "
         "AND p.service_account = sa.name) GROUP BY sa.namespace"),
        ("which hpas are complaining? just tell me which ones", "SELECT DISTINCT namespace, involved_name "
         "FROM events WHERE involved_kind = 'HorizontalPodAutoscaler' AND type = 'Warning'"),
        # what an object complains about is what its events say, not only its warnings
        ("what's the orders-api autoscaler in team-b complaining about?", "SELECT type, reason, message FROM events "
         "WHERE namespace = 'team-b' AND involved_kind = 'HorizontalPodAutoscaler' AND involved_name = 'orders-api'"),
        ("for the cassandra pods in team-b, can you tell me which claim each one mounts and whether that claim is "
         "Bound or Pending?", "SELECT p.name, c.name, c.status FROM pods p JOIN persistentvolumeclaims c "
         "ON c.namespace = p.namespace AND list_contains(p.pvcs, c.name) WHERE p.namespace = 'team-b' "
         "AND p.owner_kind = 'StatefulSet' AND p.owner_name = 'cassandra'"),
        ("redis-replica svc in team a - what pods sit behind it and are they healthy (status)?",
         "SELECT p.name, p.status FROM services s JOIN pods p ON p.namespace = s.namespace WHERE s.namespace = "
         "'team-a' AND s.name = 'redis-replica' AND map_entries(s.selector) <@ map_entries(p.labels)"),
    ],
)
def test_real_cluster_said_plainly(real_translator, real_engine, question, gold):
    assert_same_rows(real_translator, real_engine, question, gold, columns=True)


_NODES = Turn(question="nodes", sql="SELECT name FROM nodes")
_NAMESPACES = Turn(question="namespaces", sql="SELECT name FROM namespaces")
_FAILED_JOBS = Turn(question="jobs in Failed state", sql="SELECT namespace, name FROM jobs WHERE status = 'Failed'")
_MONITORING_SVC = Turn(question="list services in monitoring",
                       sql="SELECT name FROM services WHERE namespace = 'monitoring'")
_SHOP_PODS = Turn(question="pods in shop", sql="SELECT name FROM pods WHERE namespace = 'shop'")
_SHOP_RUNNING = Turn(question="running pods in shop",
                     sql="SELECT name FROM pods WHERE namespace = 'shop' AND status = 'Running'")
_CRASHLOOPING = Turn(question="crashlooping pods",
                     sql="SELECT namespace, name FROM pods WHERE status LIKE '%CrashLoopBackOff'")
_PENDING_PVCS = Turn(question="our volume claims that never got bound",
                     sql="SELECT namespace, name FROM persistentvolumeclaims WHERE status = 'Pending'")
_TEAM_B_DEPLOYS = Turn(question="deploy -n team-b w/ READY",
                       sql="SELECT name, ready FROM deployments WHERE namespace = 'team-b'")
_MOST_PODS = "SELECT node, count(*) AS pods FROM pods GROUP BY node ORDER BY pods DESC LIMIT 1"


@pytest.mark.parametrize(
    "question",
    [
        # orders said inside a question or as doing something: declined, the cluster is never changed
        "orders-api in team-b is wedged, just do a rollout restart of the deployment for me",
        "please do a rolling restart of checkout",
        "bind cluster-admin to the ci-deployer service account",
        "grant the edit role to bob in team-a",
    ],
)
def test_orders_are_declined(real_translator, question):
    t = real_translator.translate(question, context=ctx())
    assert t.declined and "read-only" in t.message


@pytest.mark.parametrize(
    ("turn", "question", "gold"),
    [
        (_PENDING_PVCS, "can you add how big each claim is, in gigs?", "SELECT namespace, name, "
         "storage_request / 1024 ^ 3 FROM persistentvolumeclaims WHERE status = 'Pending'"),
        (_TEAM_B_DEPLOYS, "do team-a too", "SELECT name, ready FROM deployments WHERE namespace = 'team-a'"),
        (_NODES, "which have the most pods", _MOST_PODS),
        (_NODES, "which one has the most pods?", _MOST_PODS),
        (_NAMESPACES, "which has the most deployments",
         "SELECT namespace, count(*) AS n FROM deployments GROUP BY namespace ORDER BY n DESC LIMIT 1"),
        (_NAMESPACES, "how many pods in each of them",
         "SELECT namespace, count(*) FROM pods GROUP BY namespace"),
        # another kind counted per namespace is a question of its own, not the namespaces regrouped
        (_NAMESPACES, "and how many deployments per namespace?",
         "SELECT namespace, count(*) FROM deployments GROUP BY namespace"),
        (_FAILED_JOBS, "ok and what time did each of those kick off?",
         "SELECT namespace, name, start_time FROM jobs WHERE status = 'Failed'"),
        (_FAILED_JOBS, "start times?", "SELECT namespace, name, start_time FROM jobs WHERE status = 'Failed'"),
        (_MONITORING_SVC, "keep only headless services",
         "SELECT name FROM services WHERE namespace = 'monitoring' AND headless"),
        (_SHOP_PODS, "oh and could you add how many times each of them restarted?",
         "SELECT name, restarts FROM pods WHERE namespace = 'shop'"),
        (_SHOP_RUNNING, "not just running ones", "SELECT name FROM pods WHERE namespace = 'shop'"),
        (_CRASHLOOPING, "why are they crashing?", "SELECT e.namespace, e.involved_name, e.message FROM events e "
         "JOIN pods p ON e.involved_kind = 'Pod' AND e.namespace = p.namespace AND e.involved_name = p.name "
         "WHERE p.status LIKE '%CrashLoopBackOff'"),
        (_SHOP_RUNNING, "include pending too",
         "SELECT name FROM pods WHERE namespace = 'shop' AND status IN ('Running', 'Pending')"),
    ],
)
def test_followups_on_the_real_cluster(real_translator, real_engine, turn, question, gold):
    assert_same_rows(real_translator, real_engine, question, gold, columns=True, turns=(turn,))
