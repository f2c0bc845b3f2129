"""Stop 47: limits asked tersely or with memory in a unit ("orders-api po limits -n team-b (cpu, mem in
Mi)"); container filters said in brackets or as a verb ("(>0 only)", "that request cpu without a cpu
limit"); one time over events ("latest ev timestamp -n kube-system"); the objects that get warnings; pods
with back-off events and their restarts; services with unready backends; stories that name a node or a
zone the question points back at; short follow-ups ("limit 5", "leave the kube-system ones out", "what
about -n staging", "how many times has each one happened?")."""

from __future__ import annotations

import pytest

from kubequery.translate.base import Turn
from tests.test_offline import assert_same_rows

_UNREADY_PAYMENTS = Turn(
    "which payments deployments are missing replicas?",
    "SELECT name FROM deployments WHERE namespace = 'payments' AND ready_replicas < desired",
)
_BY_RESTARTS = Turn(
    "po -A sorted by restarts desc", "SELECT namespace, name, restarts FROM pods ORDER BY restarts DESC"
)
_NOT_RUNNING = Turn("po -A not Running", "SELECT namespace, name, status FROM pods WHERE status <> 'Running'")
_SCHEDULING = Turn(
    "FailedScheduling events",
    "SELECT namespace, involved_name, message FROM events WHERE reason = 'FailedScheduling'",
)
_WARNINGS_IN_DATA = Turn(
    "warning events in data",
    "SELECT object, reason, message FROM events WHERE namespace = 'data' AND type = 'Warning'",
)
_RECLAIMED = (
    "SELECT c.namespace, c.name FROM persistentvolumeclaims c JOIN persistentvolumes v ON v.name = c.volume "
    "WHERE v.reclaim_policy = 'Delete'"
)
_ON_MY_MODEL = (
    "SELECT p.namespace, p.name FROM persistentvolumes v JOIN persistentvolumeclaims c "
    "ON c.namespace = v.claim_namespace AND c.name = v.claim_name JOIN pods p ON p.namespace = c.namespace "
    "AND list_contains(p.pvcs, c.name) WHERE v.name = 'my-model-pv'"
)
_BEHIND_SHOP = (
    "SELECT p.namespace, p.name FROM ingresses i JOIN services s ON s.namespace = i.namespace "
    "AND list_contains(i.services, s.name) JOIN pods p ON p.namespace = s.namespace "
    "AND map_entries(s.selector) <@ map_entries(p.labels) WHERE list_contains(i.hosts, 'shop.example.com')"
)
_ON_WORKER_7 = (
    "SELECT DISTINCT r.namespace, r.owner_name FROM pods p JOIN replicasets r ON r.namespace = p.namespace "
    "AND r.name = p.owner_name WHERE r.owner_kind = 'Deployment' AND p.node = 'worker-7'"
)


@pytest.mark.parametrize(
    ("question", "gold", "namespace", "turns"),
    [
        # limits said tersely, memory shown in the unit said
        ("po limits -n payments (cpu, mem in Mi)",
         "SELECT name, cpu_limit, memory_limit / 1024 ^ 2 FROM pods WHERE namespace = 'payments'", None, ()),
        ("limits for the pods in payments, memory in MiB",
         "SELECT name, cpu_limit, memory_limit / 1024 ^ 2 FROM pods WHERE namespace = 'payments'", None, ()),
        ("container restarts in ns checkout (>0 only)",
         "SELECT pod, name, restarts FROM containers WHERE namespace = 'checkout' AND restarts > 0", None, ()),
        ("since when has pod storefront-2567ch8msd-jcd8s in frontend been failing its readiness probe?",
         "SELECT min(first_seen) FROM events WHERE namespace = 'frontend' AND involved_kind = 'Pod' "
         "AND involved_name = 'storefront-2567ch8msd-jcd8s' AND reason = 'Unhealthy'", None, ()),
        ("po -A on no marked SchedulingDisabled",
         "SELECT p.namespace, p.name FROM pods p JOIN nodes n ON p.node = n.name WHERE n.unschedulable", None, ()),
        ("which HPAs point at a deployment with missing ready replicas?", "SELECT h.namespace, h.name "
         "FROM horizontalpodautoscalers h JOIN deployments d ON d.namespace = h.namespace AND d.name = h.target_name "
         "WHERE h.target_kind = 'Deployment' AND d.ready_replicas < d.desired", None, ()),
        ("3 nodes with the most spare cpu", "SELECT n.name, n.cpu_allocatable - coalesce(sum(p.cpu_request), 0) "
         "AS free FROM nodes n LEFT JOIN pods p ON p.node = n.name GROUP BY n.name, n.cpu_allocatable "
         "ORDER BY free DESC LIMIT 3", None, ()),
        # a story naming a node or a zone, then a question pointing back at it
        ("one of our nodes went NotReady overnight. which deployments have a pod stuck on it?",
         "SELECT DISTINCT r.namespace, r.owner_name FROM pods p JOIN nodes n ON p.node = n.name "
         "JOIN replicasets r ON r.namespace = p.namespace AND r.name = p.owner_name "
         "WHERE NOT n.ready AND r.owner_kind = 'Deployment'", None, ()),
        ("worker-7 went NotReady a few minutes ago. which deployments have pods on it?", _ON_WORKER_7, None, ()),
        ("AWS says us-east-1b is having network trouble. which of our payments pods are in that zone?",
         "SELECT p.name FROM pods p JOIN nodes n ON p.node = n.name WHERE p.namespace = 'payments' "
         "AND n.zone = 'us-east-1b'", None, ()),
        # namespace of mine
        ("is anything of mine stuck crash-looping?",
         "SELECT name FROM pods WHERE namespace = 'payments' AND status = 'CrashLoopBackOff'", "payments", ()),
        ("I'm about to roll out a change. What does READY show for each deployment in this namespace?",
         "SELECT name, ready FROM deployments WHERE namespace = 'payments'", "payments", ()),
        ("the nightly report looked stale. when did each of my cronjobs last fire?",
         "SELECT name, last_schedule FROM cronjobs WHERE namespace = 'batch'", "batch", ()),
        ("ledger-db po -n payments -> pvc -> pv", "SELECT p.name, c.volume FROM pods p JOIN persistentvolumeclaims c "
         "ON c.namespace = p.namespace AND list_contains(p.pvcs, c.name) WHERE p.namespace = 'payments' "
         "AND p.owner_kind = 'StatefulSet' AND p.owner_name = 'ledger-db'", None, ()),
        ("pods per machine tpye", "SELECT n.instance_type, count(*) FROM pods p JOIN nodes n ON p.node = n.name "
         "GROUP BY n.instance_type", None, ()),
        ("svc checkout-api -n checkout: not ready po", "SELECT p.name FROM services s JOIN pods p "
         "ON p.namespace = s.namespace AND map_entries(s.selector) <@ map_entries(p.labels) "
         "WHERE s.namespace = 'checkout' AND s.name = 'checkout-api' AND NOT p.is_ready", None, ()),
        # short follow-ups
        ("what about -n staging",
         "SELECT name FROM deployments WHERE namespace = 'staging' AND ready_replicas < desired",
         None, (_UNREADY_PAYMENTS,)),
        ("limit 5", "SELECT namespace, name, restarts FROM pods ORDER BY restarts DESC LIMIT 5", None,
         (_BY_RESTARTS,)),
        ("leave the kube-system ones out", "SELECT namespace, name, status FROM pods WHERE status <> 'Running' "
         "AND namespace <> 'kube-system'", None, (_NOT_RUNNING,)),
        ("how many times has each one happened?", "SELECT namespace, involved_name, message, count "
         "FROM events WHERE reason = 'FailedScheduling'", None, (_SCHEDULING,)),
        ("and how many warnings are in that list?",
         "SELECT count(*) FROM events WHERE namespace = 'data' AND type = 'Warning'", None, (_WARNINGS_IN_DATA,)),
        ("add how often each was seen", "SELECT namespace, involved_name, message, count "
         "FROM events WHERE reason = 'FailedScheduling'", None, (_SCHEDULING,)),
        ("warnings for those", "SELECT e.namespace, e.involved_name, e.reason FROM events e JOIN pods p "
         "ON e.involved_uid = p.uid WHERE p.status <> 'Running' AND e.type = 'Warning'", None, (_NOT_RUNNING,)),
        ("which ingresses route to services with some unready endpoints?", "SELECT DISTINCT i.namespace, i.name "
         "FROM ingresses i JOIN endpoints e ON e.namespace = i.namespace AND list_contains(i.services, e.name) "
         "WHERE e.not_ready_address_count > 0", None, ()),
        ("how many times did each one fail?", "SELECT namespace, name, failed FROM jobs WHERE status = 'Failed'",
         None, (Turn("failed jobs", "SELECT namespace, name FROM jobs WHERE status = 'Failed'"),)),
        ("same but give me 5", "SELECT namespace, name, restarts FROM pods ORDER BY restarts DESC LIMIT 5", None,
         (Turn("which 3 pods restart the most?",
               "SELECT namespace, name, restarts FROM pods ORDER BY restarts DESC LIMIT 3"),)),
        ("deploy READY here", "SELECT name, ready FROM deployments WHERE namespace = 'payments'", "payments", ()),
        ("deploys -A having CrashLoopBackOff po", "SELECT DISTINCT r.namespace, r.owner_name FROM pods p "
         "JOIN replicasets r ON r.namespace = p.namespace AND r.name = p.owner_name "
         "WHERE r.owner_kind = 'Deployment' AND p.status LIKE '%CrashLoopBackOff'", None, ()),
        ("po on cordoned (SchedulingDisabled) no", "SELECT p.namespace, p.name FROM pods p JOIN nodes n "
         "ON p.node = n.name WHERE n.unschedulable", None, ()),
        ("how are the pods spread across instance types? counts please", "SELECT n.instance_type, count(*) "
         "FROM pods p JOIN nodes n ON p.node = n.name GROUP BY n.instance_type", None, ()),
        ("svc where endpoints have not-ready addrs", "SELECT s.namespace, s.name FROM services s JOIN endpoints e "
         "ON e.namespace = s.namespace AND e.name = s.name WHERE e.not_ready_address_count > 0", None, ()),
        # GPUs requested: no column holds them, each container's resources do
        ("how many gpus are requested?", "SELECT sum(CAST(json_extract_string(raw, "
         "'$.resources.requests.\"nvidia.com/gpu\"') AS INTEGER)) FROM containers", None, ()),
        ("gpu requests per namespace", "SELECT namespace, sum(CAST(json_extract_string(raw, "
         "'$.resources.requests.\"nvidia.com/gpu\"') AS INTEGER)) FROM containers "
         "WHERE raw LIKE '%nvidia.com/gpu%' GROUP BY namespace", None, ()),
        ("how many pods does each have?", "SELECT d.name, count(p.name) FROM deployments d LEFT JOIN replicasets r "
         "ON r.namespace = d.namespace AND r.owner_kind = 'Deployment' AND r.owner_name = d.name LEFT JOIN pods p "
         "ON p.namespace = r.namespace AND p.owner_kind = 'ReplicaSet' AND p.owner_name = r.name "
         "WHERE d.namespace = 'payments' GROUP BY d.name", None,
         (Turn("deployments in payments", "SELECT name FROM deployments WHERE namespace = 'payments'"),)),
        ("storage is acting up. show me the events on pvcs, reason and message", "SELECT namespace, involved_name, "
         "reason, message FROM events WHERE involved_kind = 'PersistentVolumeClaim'", None, ()),
        ("quick health check before my deploy: break down the pods in my namespace by status",
         "SELECT status, count(*) FROM pods WHERE namespace = 'payments' GROUP BY status", "payments", ()),
        # a story told before a dash or a comma, a request after it, and why it is asked after that
        ("customers say the site is unreachable - can you list every LoadBalancer service so I can check them?",
         "SELECT namespace, name FROM services WHERE type = 'LoadBalancer'", None, ()),
        ("worker-7 just dropped off the dashboard, can you list every pod scheduled on it so I know what's affected?",
         "SELECT namespace, name FROM pods WHERE node = 'worker-7'", None, ()),
        ("security wants an inventory for the data namespace - what container images are running there?",
         "SELECT DISTINCT image FROM containers WHERE namespace = 'data'", None, ()),
        ("jobs still running after 15 minutes", "SELECT namespace, name FROM jobs WHERE status = 'Running' "
         "AND duration > INTERVAL 15 MINUTES", None, ()),
        ("fluent-bit ds: nodes without its pod", "SELECT n.name FROM nodes n WHERE NOT EXISTS (SELECT 1 FROM pods p "
         "WHERE p.node = n.name AND p.owner_kind = 'DaemonSet' AND p.owner_name = 'fluent-bit')", None, ()),
        ("some nodes got cordoned for maintenance - which pods are still running on them?",
         "SELECT p.namespace, p.name FROM pods p JOIN nodes n ON p.node = n.name WHERE n.unschedulable", None, ()),
        ("no w/o a fluent-bit po", "SELECT n.name FROM nodes n WHERE NOT EXISTS (SELECT 1 FROM pods p "
         "WHERE p.node = n.name AND p.owner_kind = 'DaemonSet' AND p.owner_name = 'fluent-bit')", None, ()),
        ("pods spawned by cj/nightly-report in batch, w/ STATUS", "SELECT p.name, p.status FROM pods p JOIN jobs j "
         "ON j.namespace = p.namespace AND j.name = p.owner_name WHERE p.namespace = 'batch' "
         "AND j.owner_kind = 'CronJob' AND j.owner_name = 'nightly-report'", None, ()),
        ("which jobs of mine did not complete (Failed)?",
         "SELECT name FROM jobs WHERE namespace = 'batch' AND status = 'Failed'", "batch", ()),
        ("ingresses whose backend svc has unready pods", "SELECT DISTINCT i.namespace, i.name FROM ingresses i "
         "JOIN endpoints e ON e.namespace = i.namespace AND list_contains(i.services, e.name) "
         "WHERE e.not_ready_address_count > 0", None, ()),
        # each backend service of each ingress named beside its endpoint count
        ("ingress -> svc -> ready endpoints", "SELECT i.namespace, i.name, i.svc, e.ready_address_count FROM "
         "(SELECT namespace, name, unnest(services) AS svc FROM ingresses) i LEFT JOIN endpoints e "
         "ON e.namespace = i.namespace AND e.name = i.svc", None, ()),
        ("containers w/ limits.memory > 8Gi (show it in GiB)", "SELECT namespace, pod, name, "
         "memory_limit / 1024 ^ 3 FROM containers WHERE memory_limit > 8 * 1024 ^ 3", None, ()),
        ("if a container in payments sets no memory limit, what limit does it get?",
         "SELECT name, default_memory_limit FROM limitranges WHERE namespace = 'payments'", None, ()),
        ("ready status of my deployments", "SELECT name, ready FROM deployments WHERE namespace = 'payments'",
         "payments", ()),
        ("deploys pinned at hpa maxReplicas", "SELECT d.namespace, d.name FROM deployments d "
         "JOIN horizontalpodautoscalers h ON h.namespace = d.namespace AND h.target_name = d.name "
         "WHERE h.target_kind = 'Deployment' AND h.current_replicas >= h.max_replicas", None, ()),
        ("deploys where the hpa is maxed out", "SELECT d.namespace, d.name FROM deployments d "
         "JOIN horizontalpodautoscalers h ON h.namespace = d.namespace AND h.target_name = d.name "
         "WHERE h.target_kind = 'Deployment' AND h.current_replicas >= h.max_replicas", None, ()),
        ("with node and status", "SELECT name, node, status FROM pods WHERE namespace = 'payments'", None,
         (Turn("pods in payments", "SELECT name FROM pods WHERE namespace = 'payments'"),)),
    ],
)
def test_demo(translator, engine, question, gold, namespace, turns):
    assert_same_rows(translator, engine, question, gold, columns=True, namespace=namespace, turns=turns)


@pytest.mark.parametrize(
    ("question", "gold"),
    [
        ("orders-api po limits -n team-b (cpu, mem in Mi)", "SELECT name, cpu_limit, memory_limit / 1024 ^ 2 "
         "FROM pods WHERE namespace = 'team-b' AND name LIKE 'orders-api-%'"),
        ("what are the cpu and memory limits of the orders-api pods in team-b? memory in MiB",
         "SELECT name, cpu_limit, memory_limit / 1024 ^ 2 FROM pods WHERE namespace = 'team-b' "
         "AND name LIKE 'orders-api-%'"),
        ("containers that request cpu without a cpu limit", "SELECT namespace, pod, name FROM containers "
         "WHERE type = 'container' AND cpu_request IS NOT NULL AND cpu_limit IS NULL"),
        ("containerPorts -n team-b", "SELECT pod, name, ports FROM containers WHERE namespace = 'team-b'"),
        ("blackbox-exporter po -n monitoring: restarts per container (>0)", "SELECT name, restarts "
         "FROM containers WHERE namespace = 'monitoring' AND pod LIKE 'blackbox-exporter-%' AND restarts > 0"),
        ("Warning ev total, every namespace", "SELECT count(*) FROM events WHERE type = 'Warning'"),
        ("which components are reporting warning events, and how many each?",
         "SELECT source, count(*) FROM events WHERE type = 'Warning' GROUP BY source"),
        ("latest ev timestamp -n kube-system", "SELECT max(last_seen) FROM events WHERE namespace = 'kube-system'"),
        ("When did anything last happen in kube-system, going by events?",
         "SELECT max(last_seen) FROM events WHERE namespace = 'kube-system'"),
        ("which HPAs are getting warnings?", "SELECT DISTINCT namespace, involved_name FROM events "
         "WHERE involved_kind = 'HorizontalPodAutoscaler' AND type = 'Warning'"),
        ("which pods have back-off events, and how many times have they restarted?", "SELECT p.namespace, "
         "p.name, p.restarts FROM pods p WHERE EXISTS (SELECT 1 FROM events e WHERE e.involved_uid = p.uid "
         "AND e.reason = 'BackOff')"),
        ("BackOff ev -> po restarts", "SELECT p.namespace, p.name, p.restarts FROM pods p WHERE EXISTS "
         "(SELECT 1 FROM events e WHERE e.involved_uid = p.uid AND e.reason = 'BackOff')"),
        ("which services have backends that aren't ready, and how many?", "SELECT s.namespace, s.name, "
         "e.not_ready_address_count FROM services s JOIN endpoints e ON e.namespace = s.namespace "
         "AND e.name = s.name WHERE e.not_ready_address_count > 0"),
        ("which pods serve the host shop.example.com?", _BEHIND_SHOP),
        ("customers say shop.example.com is slow. what pods are actually behind that host?", _BEHIND_SHOP),
        ("crb subjects pointing at missing sa", "SELECT b.name, b.sa FROM (SELECT name, unnest(service_accounts) "
         "AS sa FROM clusterrolebindings) b WHERE NOT EXISTS (SELECT 1 FROM serviceaccounts s "
         "WHERE s.namespace || '/' || s.name = b.sa)"),
        ("which namespaces have neither a resource quota nor a limit range?", "SELECT name FROM namespaces n "
         "WHERE NOT EXISTS (SELECT 1 FROM resourcequotas q WHERE q.namespace = n.name) "
         "AND NOT EXISTS (SELECT 1 FROM limitranges l WHERE l.namespace = n.name)"),
        ("worker-4 was flagged for disk pressure overnight. what events has that node got?",
         "SELECT type, reason, message FROM events WHERE involved_kind = 'Node' AND involved_name = 'worker-4'"),
        ("pvc whose pv reclaimPolicy=Delete", _RECLAIMED),
        ("which claims would lose their data if someone deleted them?", _RECLAIMED),
        ("pods colocated with po mysql -n team-b", "SELECT p.namespace, p.name FROM pods p JOIN pods m "
         "ON m.node = p.node WHERE m.namespace = 'team-b' AND m.name = 'mysql' "
         "AND NOT (p.namespace = 'team-b' AND p.name = 'mysql')"),
        ("for each HPA, how many ready replicas does the deployment it scales have?", "SELECT h.namespace, "
         "h.name, d.ready_replicas FROM horizontalpodautoscalers h JOIN deployments d ON d.namespace = h.namespace "
         "AND d.name = h.target_name WHERE h.target_kind = 'Deployment'"),
        ("which HPAs can't fetch their metrics?", "SELECT DISTINCT namespace, involved_name FROM events "
         "WHERE involved_kind = 'HorizontalPodAutoscaler' AND reason LIKE 'Failed%Metric%'"),
        ("pod legacy-billing-5bd9bbf44-nsht9 in team-b keeps restarting. which deployment owns it?",
         "SELECT r.owner_name FROM pods p JOIN replicasets r ON r.namespace = p.namespace AND r.name = p.owner_name "
         "WHERE p.namespace = 'team-b' AND p.name = 'legacy-billing-5bd9bbf44-nsht9' AND r.owner_kind = 'Deployment'"),
        ("warning events for the pods that are crashlooping, with reason and message", "SELECT p.namespace, "
         "p.name, e.reason, e.message FROM pods p JOIN events e ON e.involved_uid = p.uid "
         "WHERE p.status = 'CrashLoopBackOff' AND e.type = 'Warning'"),
        ("which pods of autoscaled deployments aren't ready?", "SELECT p.namespace, p.name FROM "
         "horizontalpodautoscalers h JOIN replicasets r ON r.namespace = h.namespace AND r.owner_kind = 'Deployment' "
         "AND r.owner_name = h.target_name JOIN pods p ON p.namespace = r.namespace AND p.owner_kind = 'ReplicaSet' "
         "AND p.owner_name = r.name WHERE h.target_kind = 'Deployment' AND NOT p.is_ready"),
        ("which 3 nodes carry the most pods, most first?", "SELECT node, count(*) AS pods FROM pods "
         "WHERE node IS NOT NULL GROUP BY node ORDER BY pods DESC LIMIT 3"),
        ("pods without a controler", "SELECT namespace, name FROM pods WHERE owner_kind IS NULL"),
        ("is anything besides kube-system pods scheduled on the control plane?", "SELECT p.namespace, p.name "
         "FROM pods p JOIN nodes n ON p.node = n.name WHERE list_contains(n.roles, 'control-plane') "
         "AND p.namespace <> 'kube-system'"),
        ("no DiskPressure=True -> po", "SELECT p.namespace, p.name FROM pods p JOIN nodes n ON p.node = n.name "
         "WHERE n.disk_pressure"),
        ("what deploymnt created redis-replica-7f5dff99dc-8nhp8 in team-a", "SELECT r.owner_name FROM pods p "
         "JOIN replicasets r ON r.namespace = p.namespace AND r.name = p.owner_name WHERE p.namespace = 'team-a' "
         "AND p.name = 'redis-replica-7f5dff99dc-8nhp8'"),
        ("how many cores does each node have, and how many of them can pods actually use?",
         "SELECT name, cpu_capacity, cpu_allocatable FROM nodes"),
        ("which roles is the prometheus-k8s service account in monitoring bound to?", "SELECT DISTINCT role_name "
         "FROM rolebindings WHERE list_contains(service_accounts, 'monitoring/prometheus-k8s') UNION "
         "SELECT role_name FROM clusterrolebindings WHERE list_contains(service_accounts, 'monitoring/prometheus-k8s')"),
        ("the frontend service in team-a: which pods back it?", "SELECT p.name FROM services s JOIN pods p "
         "ON p.namespace = s.namespace AND map_entries(s.selector) <@ map_entries(p.labels) "
         "WHERE s.namespace = 'team-a' AND s.name = 'frontend'"),
        ("pv my-model-pv -> pvc -> po", _ON_MY_MODEL),
        ("who's mounting persistent volume my-model-pv?", _ON_MY_MODEL),
        ("hpa -A where the target deploy isn't at full READY", "SELECT h.namespace, h.name FROM "
         "horizontalpodautoscalers h JOIN deployments d ON d.namespace = h.namespace AND d.name = h.target_name "
         "WHERE h.target_kind = 'Deployment' AND d.ready_replicas < d.desired"),
        ("which ingresses point at a TLS secret that isn't there?", "SELECT DISTINCT i.namespace, i.name FROM "
         "(SELECT namespace, name, unnest(tls_secrets) AS secret FROM ingresses) i LEFT JOIN secrets s "
         "ON s.namespace = i.namespace AND s.name = i.secret WHERE s.name IS NULL"),
        ("which provisioner should create each pending claim?", "SELECT c.namespace, c.name, sc.provisioner "
         "FROM persistentvolumeclaims c JOIN storageclasses sc ON sc.name = c.storage_class "
         "WHERE c.status = 'Pending'"),
        ("svc -n monitoring w/ ready ep count", "SELECT s.name, coalesce(e.ready_address_count, 0) FROM services s "
         "LEFT JOIN endpoints e ON e.namespace = s.namespace AND e.name = s.name WHERE s.namespace = 'monitoring'"),
        ("shop.example.com: ing -> svc -> which po?", _BEHIND_SHOP),
        ("what pods does the team-a frontend service select?", "SELECT p.name FROM services s JOIN pods p "
         "ON p.namespace = s.namespace AND map_entries(s.selector) <@ map_entries(p.labels) "
         "WHERE s.namespace = 'team-a' AND s.name = 'frontend'"),
    ],
)
def test_real_cluster(real_translator, real_engine, question, gold):
    assert_same_rows(real_translator, real_engine, question, gold, columns=True)



@pytest.mark.parametrize(
    "question",
    [
        "restart legacy-billing in team-b, it's stuck in BackOff",
        "restart payments-api in payments. it keeps crashing",
        "delete pod mysql in team-b, because it's wedged",
    ],
)
def test_an_order_told_with_its_reason_is_still_refused(translator, question):
    from tests.test_offline import ctx

    found = translator.translate(question, context=ctx(None, ()))
    assert found.declined and "read-only" in found.message
