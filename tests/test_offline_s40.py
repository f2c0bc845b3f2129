"""Stop 40: events kept by how many namespaces or reasons they span (HAVING count DISTINCT), each
warning's first and last seen, owners said as "created by", who has access to a namespace, a node's
column beside pods counted per node, and the last time each cron job ran."""

from __future__ import annotations

import pytest

from kubequery.translate.base import Turn
from tests.test_offline import assert_same_rows, ctx

_ACROSS = "SELECT reason FROM events WHERE type = 'Warning' GROUP BY reason HAVING count(DISTINCT namespace)"
_KINDS = (
    "SELECT namespace, involved_name FROM events WHERE involved_kind = 'Pod' AND type = 'Warning' "
    "GROUP BY namespace, involved_name HAVING count(DISTINCT reason)"
)


@pytest.mark.parametrize(
    ("question", "gold", "namespace"),
    [
        # kept by how many namespaces their events are in, or how many reasons an object's events have
        ("which warning reasons show up in more than one namespace?", f"{_ACROSS} > 1", None),
        ("warning reasons seen in 2+ ns", f"{_ACROSS} >= 2", None),
        ("warning reasons that appear in at least 3 namespaces", f"{_ACROSS} >= 3", None),
        ("which pods have been hit by more than one kind of warning (different reasons)?", f"{_KINDS} > 1", None),
        ("po with >1 distinct warning reason", f"{_KINDS} > 1", None),
        # each warning's own first and last time, not one range over all of them
        ("first and last time each warning was seen", "SELECT namespace, object, reason, first_seen, last_seen "
         "FROM events WHERE type = 'Warning'", None),
        # "created by": the owner, not the owner's creation time
        ("which jobs were created by a cronjob", "SELECT namespace, name FROM jobs WHERE owner_kind = 'CronJob'",
         None),
        ("jobs made by cron jobs", "SELECT namespace, name FROM jobs WHERE owner_kind = 'CronJob'", None),
        # who has access to a namespace: its role bindings, each with its role and subjects
        ("who has access to this namespace?",
         "SELECT name, role_name, subjects FROM rolebindings WHERE namespace = 'payments'", "payments"),
        ("who has access here?",
         "SELECT name, role_name, subjects FROM rolebindings WHERE namespace = 'payments'", "payments"),
        ("who has access to the data namespace",
         "SELECT name, role_name, subjects FROM rolebindings WHERE namespace = 'data'", None),
        # the objects themselves, each once, when "objects" are asked for
        ("list the objects in data that have warning events",
         "SELECT DISTINCT object FROM events WHERE namespace = 'data' AND type = 'Warning'", None),
        # a number compared with a count said short, and the fields said as the API spells them
        ("daemonsets with unavailable > 0", "SELECT namespace, name FROM daemonsets WHERE unavailable_replicas > 0",
         None),
        ("deploy where readyReplicas < spec.replicas",
         "SELECT name FROM deployments WHERE namespace = 'payments' AND ready_replicas < desired", "payments"),
        ("pods in checkout status!=Running",
         "SELECT name FROM pods WHERE namespace = 'checkout' AND status <> 'Running'", None),
        ("which data pods are showing Eror?", "SELECT name FROM pods WHERE namespace = 'data' AND status = 'Error'",
         None),
        # either limit unset ("missing … or", "/"); "without … or" is neither
        ("pods in frontend missing a cpu or memory limit", "SELECT name FROM pods WHERE namespace = 'frontend' "
         "AND (cpu_limit IS NULL OR memory_limit IS NULL)", None),
        ("pods in frontend without cpu or memory limits", "SELECT name FROM pods WHERE namespace = 'frontend' "
         "AND cpu_limit IS NULL AND memory_limit IS NULL", None),
        ("containers in frontend w/o cpu/mem limits", "SELECT pod, name FROM containers WHERE namespace = "
         "'frontend' AND type = 'container' AND (cpu_limit IS NULL OR memory_limit IS NULL)", None),
        # none ready, said several ways
        ("deployments where not a single replica is ready",
         "SELECT namespace, name FROM deployments WHERE ready_replicas = 0", None),
        ("deployments here that are under-replicated",
         "SELECT name FROM deployments WHERE namespace = 'payments' AND ready_replicas < desired", "payments"),
        # restarts with their counts, not how many restarted
        ("my pods that have restarted, with counts",
         "SELECT name, restarts FROM pods WHERE namespace = 'data' AND restarts > 0", "data"),
        ("top3 ns by summed pod restarts", "SELECT namespace, sum(restarts) AS restarts FROM pods "
         "GROUP BY namespace ORDER BY restarts DESC LIMIT 3", None),
        ("which node has the lightest pod load?", "SELECT node, count(*) AS pods FROM pods WHERE node IS NOT NULL "
         "GROUP BY node ORDER BY pods LIMIT 1", None),
        # noisiest: repeats counted, as "the noisiest namespace" reads
        ("4 noisiest namespaces (events)", "SELECT namespace, sum(count) AS times FROM events GROUP BY namespace "
         "ORDER BY times DESC LIMIT 4", None),
        ("cronjobs here and when they're scheduled", "SELECT name, schedule FROM cronjobs WHERE namespace = 'batch'",
         "batch"),
        ("what's the state of the jobs in this namespace?",
         "SELECT name, status FROM jobs WHERE namespace = 'batch'", "batch"),
        ("how close is payments to its pod quota?", "SELECT namespace, name, hard['pods'], used['pods'] "
         "FROM resourcequotas WHERE namespace = 'payments'", None),
        ("worker-8 allocatable cpu vs sum of requests", "SELECT n.cpu_allocatable, sum(p.cpu_request) "
         "FROM nodes n JOIN pods p ON p.node = n.name WHERE n.name = 'worker-8' GROUP BY n.cpu_allocatable", None),
        ("map each crashlooping pod to its deployment", "SELECT p.namespace, p.name, r.owner_name FROM pods p "
         "JOIN replicasets r ON r.namespace = p.namespace AND r.name = p.owner_name "
         "WHERE p.status LIKE '%CrashLoopBackOff' AND r.owner_kind = 'Deployment'", None),
        ("OOMKilling per node, summed counts", "SELECT involved_name, sum(count) FROM events "
         "WHERE involved_kind = 'Node' AND reason = 'OOMKilling' GROUP BY involved_name", None),
        ("pdbs where ALLOWED DISRUPTIONS = 0",
         "SELECT namespace, name FROM poddisruptionbudgets WHERE disruptions_allowed = 0", None),
        ("Which cron jobs haven't been scheduled in over a week?", "SELECT namespace, name FROM cronjobs "
         "WHERE last_schedule IS NULL OR last_schedule < now() - INTERVAL 7 DAYS", None),
        ("sts here, READY col", "SELECT name, ready FROM statefulsets WHERE namespace = 'data'", "data"),
        ("svc -n data w/ notready endpoints", "SELECT s.name FROM services s JOIN endpoints e "
         "ON e.namespace = s.namespace AND e.name = s.name WHERE s.namespace = 'data' "
         "AND e.not_ready_address_count > 0", None),
        ("svc/kafka -n data backing po", "SELECT p.name FROM pods p JOIN services s ON s.namespace = p.namespace "
         "WHERE s.namespace = 'data' AND s.name = 'kafka' AND map_entries(s.selector) <@ map_entries(p.labels)",
         None),
        ("which services does my ingress route to?", "SELECT DISTINCT unnest(services) FROM ingresses "
         "WHERE namespace = 'frontend'", "frontend"),
        ("my cjs + last schedule time", "SELECT name, last_schedule FROM cronjobs WHERE namespace = 'batch'",
         "batch"),
        ("web-preview-xgkjhct7jq-klfqb in staging won't start - what do its events say?",
         "SELECT type, reason, message FROM events WHERE namespace = 'staging' AND involved_kind = 'Pod' "
         "AND involved_name = 'web-preview-xgkjhct7jq-klfqb'", None),
        ("can u pull up the events for pod fraud-detector-z6968wd5xd-hjgng over in payments",
         "SELECT type, reason, message FROM events WHERE namespace = 'payments' AND involved_kind = 'Pod' "
         "AND involved_name = 'fraud-detector-z6968wd5xd-hjgng'", None),
        ("data: Warning ev on po only", "SELECT involved_name, reason, message FROM events WHERE namespace = 'data' "
         "AND involved_kind = 'Pod' AND type = 'Warning'", None),
        ("restarted pods in my namespace and their restart totals",
         "SELECT name, restarts FROM pods WHERE namespace = 'data' AND restarts > 0", "data"),
        ("tally the warning events in my current namespace",
         "SELECT count(*) FROM events WHERE namespace = 'data' AND type = 'Warning'", "data"),
        ("which pods of the etl-api deployment in data are on a NotReady node?", "SELECT p.name FROM pods p "
         "JOIN replicasets r ON r.namespace = p.namespace AND r.name = p.owner_name JOIN nodes n ON n.name = p.node "
         "WHERE p.namespace = 'data' AND r.owner_kind = 'Deployment' AND r.owner_name = 'etl-api' AND NOT n.ready",
         None),
        ("etl-api pods on broken nodes in dtaa", "SELECT p.name FROM pods p JOIN replicasets r "
         "ON r.namespace = p.namespace AND r.name = p.owner_name JOIN nodes n ON n.name = p.node "
         "WHERE p.namespace = 'data' AND r.owner_kind = 'Deployment' AND r.owner_name = 'etl-api' AND NOT n.ready",
         None),
        ("which cron jobs have runs that ended in failure?", "SELECT DISTINCT c.namespace, c.name FROM cronjobs c "
         "JOIN jobs j ON j.namespace = c.namespace AND j.owner_kind = 'CronJob' AND j.owner_name = c.name "
         "WHERE j.status = 'Failed'", None),
        ("anything in frontend with a service that routes nowhere right now?", "SELECT s.name FROM services s "
         "LEFT JOIN endpoints e ON e.namespace = s.namespace AND e.name = s.name WHERE s.namespace = 'frontend' "
         "AND s.type <> 'ExternalName' AND coalesce(e.ready_address_count, 0) = 0", None),
        ("po -n frontend counted by node instance_type", "SELECT n.instance_type, count(*) FROM pods p "
         "JOIN nodes n ON p.node = n.name WHERE p.namespace = 'frontend' GROUP BY n.instance_type", None),
        ("pods askin for one or more cpus", "SELECT namespace, name FROM pods WHERE cpu_request >= 1", None),
        # when each cron job last ran, or last succeeded
        ("last time each cronjob ran", "SELECT namespace, name, last_schedule FROM cronjobs", None),
        ("the last successful run of each cronjob", "SELECT namespace, name, last_successful FROM cronjobs", None),
    ],
)
def test_demo_said_plainly(translator, engine, question, gold, namespace):
    assert_same_rows(translator, engine, question, gold, columns=True, namespace=namespace)


_BY_NODE = (
    "SELECT p.node, n.zone, count(*) AS pods FROM pods p JOIN nodes n ON n.name = p.node "
    "GROUP BY p.node, n.zone ORDER BY pods DESC"
)


@pytest.mark.parametrize(
    ("question", "gold"),
    [
        # the node's own column beside the pods counted on it
        ("top 3 nodes by pod count with their zone", f"{_BY_NODE} LIMIT 3"),
        ("which node has the most pods and what zone is it in", f"{_BY_NODE} LIMIT 1"),
        ("how many pods per node (and zone)", _BY_NODE),
        ("cpu requested per node with instance type", "SELECT p.node, n.instance_type, sum(p.cpu_request) "
         "FROM pods p JOIN nodes n ON n.name = p.node GROUP BY p.node, n.instance_type"),
        ("which nodes have events, and how many each?",
         "SELECT involved_name, count(*) FROM events WHERE involved_kind = 'Node' GROUP BY involved_name"),
        ("which services in monitoring have zero ready endpoints?", "SELECT s.name FROM services s LEFT JOIN "
         "endpoints e ON e.namespace = s.namespace AND e.name = s.name WHERE s.namespace = 'monitoring' "
         "AND s.type <> 'ExternalName' AND coalesce(e.ready_address_count, 0) = 0"),
        ("orphan persistant volume claims", "SELECT c.namespace, c.name FROM persistentvolumeclaims c WHERE NOT "
         "EXISTS (SELECT 1 FROM pods p WHERE p.namespace = c.namespace AND list_contains(p.pvcs, c.name))"),
        ("how are the shop pods spread across zones? give me a count per zone",
         "SELECT n.zone, count(*) FROM pods p JOIN nodes n ON p.node = n.name WHERE p.namespace = 'shop' "
         "GROUP BY n.zone"),
        ("po -n bookinfo + node INTERNAL-IP", "SELECT p.name, n.internal_ip FROM pods p JOIN nodes n "
         "ON p.node = n.name WHERE p.namespace = 'bookinfo'"),
        ("which pods does the frontend-external service in shop point at?", "SELECT p.name FROM pods p "
         "WHERE p.namespace = 'shop' AND p.labels['app'] = 'frontend'"),
        ("team-a's requests.cpu quota: cap and current usage", "SELECT namespace, name, hard['requests.cpu'], "
         "used['requests.cpu'] FROM resourcequotas WHERE namespace = 'team-a'"),
        ("image-resize job in batch: its pods and their status", "SELECT name, status FROM pods "
         "WHERE namespace = 'batch' AND owner_kind = 'Job' AND owner_name = 'image-resize'"),
        ("how much memory can each node allocate, in GiB?", "SELECT name, memory_allocatable / 1024 ^ 3 FROM nodes"),
        # "and whether they are …": the flag shown beside each, not a filter
        ("nodes and whether they are ready", "SELECT name, ready FROM nodes"),
        ("pods in kube-system and whether each is ready",
         "SELECT name, is_ready FROM pods WHERE namespace = 'kube-system'"),
        ("what storage classes exist and which is default", "SELECT name, is_default FROM storageclasses"),
        # a dashed namespace said with a space
        ("which team b containers lack limits (cpu or mem)?", "SELECT pod, name FROM containers WHERE namespace = "
         "'team-b' AND type = 'container' AND (cpu_limit IS NULL OR memory_limit IS NULL)"),
        ("which pods does the tf-serving-ingress in ml end up sending traffic to?", "SELECT p.name FROM pods p "
         "WHERE p.namespace = 'ml' AND p.labels['app'] = 'tf-serving'"),
        ("pods behind ingress gateway in bookinfo", "SELECT name FROM pods WHERE namespace = 'bookinfo' "
         "AND labels['app'] = 'productpage'"),
        ("which pods in team-b read the orders-api-config configmap?",
         "SELECT name FROM pods WHERE namespace = 'team-b' AND list_contains(configmaps, 'orders-api-config')"),
        ("po -n team-a where node zone=us-east-1b", "SELECT p.name FROM pods p JOIN nodes n ON p.node = n.name "
         "WHERE p.namespace = 'team-a' AND n.zone = 'us-east-1b'"),
        ("services in shop that dont route to anything", "SELECT s.name FROM services s LEFT JOIN endpoints e "
         "ON e.namespace = s.namespace AND e.name = s.name WHERE s.namespace = 'shop' "
         "AND s.type <> 'ExternalName' AND coalesce(e.ready_address_count, 0) = 0"),
        ("I'm auditing ownership: can you show me the namespaces nobody tagged with a team label?",
         "SELECT name FROM namespaces WHERE labels['team'] IS NULL"),
        ("which service accounts, other than default, does no pod run as?", "SELECT sa.namespace, sa.name "
         "FROM serviceaccounts sa WHERE sa.name <> 'default' AND NOT EXISTS (SELECT 1 FROM pods p "
         "WHERE p.namespace = sa.namespace AND p.service_account = sa.name)"),
        ("unmounted secrets in shp", "SELECT s.name FROM secrets s WHERE s.namespace = 'shop' AND NOT EXISTS "
         "(SELECT 1 FROM pods p WHERE p.namespace = s.namespace AND list_contains(p.secrets, s.name))"),
        ("what provisions the volumes for the pvcs in tem-b?", "SELECT c.name, sc.provisioner FROM "
         "persistentvolumeclaims c JOIN storageclasses sc ON sc.name = c.storage_class WHERE c.namespace = 'team-b'"),
        ("which zones do the bookinfo pods run in, and how many in each?", "SELECT n.zone, count(*) FROM pods p "
         "JOIN nodes n ON p.node = n.name WHERE p.namespace = 'bookinfo' GROUP BY n.zone"),
        ("what's sitting behind the reviews svc in bookinfo, and are those pods healthy? show status",
         "SELECT name, status FROM pods WHERE namespace = 'bookinfo' AND labels['app'] = 'reviews'"),
        # three kinds of pressure joined by "or": any of them
        ("is any node reporting memory, disk or pid pressure?",
         "SELECT name FROM nodes WHERE memory_pressure OR disk_pressure OR pid_pressure"),
        ("restarted containers + lastState reason",
         "SELECT namespace, pod, name, last_reason FROM containers WHERE restarts > 0"),
        ("which containers have restarted, and what was their last termination reason?",
         "SELECT namespace, pod, name, last_reason FROM containers WHERE restarts > 0"),
        ("po -A qos=Guaranteed", "SELECT namespace, name FROM pods WHERE qos_class = 'Guaranteed'"),
        ("nodes alloc cpu/mem", "SELECT name, cpu_allocatable, memory_allocatable FROM nodes"),
        ("which nodes have gone 10 minutes without a heartbeat?",
         "SELECT name FROM nodes WHERE last_heartbeat < now() - INTERVAL 10 MINUTE"),
        ("svc w/ selector matching 0 po", "SELECT s.namespace, s.name FROM services s WHERE cardinality(s.selector) "
         "> 0 AND NOT EXISTS (SELECT 1 FROM pods p WHERE p.namespace = s.namespace "
         "AND map_entries(s.selector) <@ map_entries(p.labels))"),
        ("are there service accounts (not counting the default ones) that nothing actually runs as?",
         "SELECT sa.namespace, sa.name FROM serviceaccounts sa WHERE sa.name <> 'default' AND NOT EXISTS "
         "(SELECT 1 FROM pods p WHERE p.namespace = sa.namespace AND p.service_account = sa.name)"),
        ("where did the prometheus-adapter pods land in monitoring?", "SELECT name, node FROM pods "
         "WHERE namespace = 'monitoring' AND name LIKE 'prometheus-adapter-%'"),
        ("status of the pods the reviews service in bookinfo sends traffic to",
         "SELECT name, status FROM pods WHERE namespace = 'bookinfo' AND labels['app'] = 'reviews'"),
        ("ns missing the PSA enforce label",
         "SELECT name FROM namespaces WHERE labels['pod-security.kubernetes.io/enforce'] IS NULL"),
    ],
)
def test_real_cluster_said_plainly(real_translator, real_engine, question, gold):
    assert_same_rows(real_translator, real_engine, question, gold, columns=True)


_ML_DEPLOYS = Turn(question="deploys in ml", sql="SELECT name, ready FROM deployments WHERE namespace = 'ml'")
_FRONTEND = Turn(question="deploy -n frontend", sql="SELECT name FROM deployments WHERE namespace = 'frontend'")
_RESTARTED = Turn(question="which pods have restarted at all?",
                  sql="SELECT namespace, name, restarts FROM pods WHERE restarts > 0")
_DATA_EVENTS = Turn(question="events in data", sql="SELECT object, reason, message FROM events WHERE namespace = 'data'")
_CRASHLOOPING = Turn(question="crashlooping pods in payments",
                     sql="SELECT name FROM pods WHERE namespace = 'payments' AND status LIKE '%CrashLoopBackOff'")
_WORKER = Turn(question="get po --field-selector spec.nodeName=worker-7",
               sql="SELECT namespace, name FROM pods WHERE node = 'worker-7'")


@pytest.mark.parametrize(
    ("turn", "question", "gold"),
    [
        (_ML_DEPLOYS, "just those at 0 ready",
         "SELECT name, ready FROM deployments WHERE namespace = 'ml' AND ready_replicas = 0"),
        (_ML_DEPLOYS, "only the ones with nothing ready",
         "SELECT name, ready FROM deployments WHERE namespace = 'ml' AND ready_replicas = 0"),
        (_FRONTEND, "checkout now", "SELECT name FROM deployments WHERE namespace = 'checkout'"),
        (_FRONTEND, "run that for checkout instead", "SELECT name FROM deployments WHERE namespace = 'checkout'"),
        (_WORKER, "tally?", "SELECT count(*) FROM pods WHERE node = 'worker-7'"),
        (_WORKER, "namespce breakdown w/ counts",
         "SELECT namespace, count(*) FROM pods WHERE node = 'worker-7' GROUP BY namespace"),
        (_RESTARTED, "keep the 3 with the most restrats",
         "SELECT namespace, name, restarts FROM pods WHERE restarts > 0 ORDER BY restarts DESC LIMIT 3"),
        (_RESTARTED, "which of those restarted the most times?",
         "SELECT namespace, name, restarts FROM pods WHERE restarts > 0 ORDER BY restarts DESC LIMIT 1"),
        (_DATA_EVENTS, "keep warnigns only",
         "SELECT object, reason, message FROM events WHERE namespace = 'data' AND type = 'Warning'"),
        (_FRONTEND, "waht do they look like in checkout", "SELECT name FROM deployments WHERE namespace = 'checkout'"),
        (_CRASHLOOPING, "events for those two?", "SELECT e.involved_name, e.reason, e.message FROM events e "
         "JOIN pods p ON p.uid = e.involved_uid WHERE p.namespace = 'payments' AND p.status LIKE '%CrashLoopBackOff'"),
    ],
)
def test_followups(translator, engine, turn, question, gold):
    assert_same_rows(translator, engine, question, gold, columns=True, turns=(turn,))


@pytest.mark.parametrize(
    "question", ["run that for checkout instead", "scale the fraud-detector deployment to 0"]
)
def test_orders_without_a_question_before_are_declined(translator, question):
    t = translator.translate(question, context=ctx())
    assert t.declined and "read-only" in t.message
