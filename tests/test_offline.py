"""The offline translator: question shapes → SQL, refusals, follow-ups, determinism."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from eval.harness.cases import Turn
from eval.harness.translators import Translation, TranslationContext, TranslatorOptions, make_translator
from kubequery.catalog import default_catalog
from kubequery.engine import Engine
from kubequery.translate import Grounding, OfflineTranslator


def ctx(namespace: str | None = None, turns: tuple[Turn, ...] = ()) -> TranslationContext:
    return TranslationContext(
        catalog=default_catalog(),
        namespace=namespace,
        conversation=turns,
        now=datetime(2026, 11, 29, tzinfo=UTC),
    )


def assert_same_rows(
    translator: OfflineTranslator,
    engine: Engine,
    question: str,
    sql: str,
    *,
    columns: bool = False,
    namespace: str | None = None,
    turns: tuple[Turn, ...] = (),
) -> None:
    """The question (asked in `namespace`, after `turns`) is answered, with the rows of `sql` (which must
    have some, to tell right from wrong) and, with `columns`, as many columns."""
    t = translator.translate(question, context=ctx(namespace, turns))
    assert not t.declined, t.message
    expected = engine.query(sql)
    got = engine.query(t.sql)
    assert expected.rows and sorted(got.rows, key=repr) == sorted(expected.rows, key=repr), t.sql
    assert not columns or len(got.columns) == len(expected.columns), t.sql


def on_cluster(request, cluster: str) -> tuple[OfflineTranslator, Engine]:
    """The translator and engine of the demo cluster or of the real one ("demo" or "real")."""
    names = ("translator", "engine") if cluster == "demo" else ("real_translator", "real_engine")
    return request.getfixturevalue(names[0]), request.getfixturevalue(names[1])


def answer_after(translator: OfflineTranslator, *questions: str) -> Translation:
    """The last question, asked after the ones before it were answered in turn."""
    turns: tuple[Turn, ...] = ()
    for question in questions[:-1]:
        t = translator.translate(question, context=ctx(turns=turns))
        turns = (*turns, Turn(question=question, sql=t.sql))
    return translator.translate(questions[-1], context=ctx(turns=turns))


def assert_said_alike(translator: OfflineTranslator, question: str, plainly: str) -> None:
    """`question` is answered as its plain wording is (where ties make the rows themselves unstable)."""
    said, plain = (translator.translate(q, context=ctx()) for q in (question, plainly))
    assert not plain.declined and said.sql == plain.sql, said.sql or said.message


def assert_declined(translator: OfflineTranslator, question: str, why: str) -> None:
    """The question is declined, and the message says why with the words `why`."""
    t = translator.translate(question, context=ctx())
    assert t.declined and why in t.message, t.sql or t.message


SHAPES = [
    ("list the pods in the payments namespace", "SELECT name FROM pods WHERE namespace = 'payments'"),
    ("po -n payments", "SELECT name FROM pods WHERE namespace = 'payments'"),
    ("what pods r in paymnets?", "SELECT name FROM pods WHERE namespace = 'payments'"),
    ("unschedulable nodes", "SELECT name FROM nodes WHERE unschedulable"),
    ("suspended cj", "SELECT namespace, name FROM cronjobs WHERE suspend"),
    ("which svcs are NodePort?", "SELECT namespace, name FROM services WHERE type = 'NodePort'"),
    ("crashlooping pods", "SELECT namespace, name FROM pods WHERE status LIKE '%CrashLoopBackOff'"),
    ("po stuck in Pending", "SELECT namespace, name FROM pods WHERE status = 'Pending'"),
    ("nodes NotReady", "SELECT name FROM nodes WHERE NOT ready"),
    ("evicted pods", "SELECT namespace, name FROM pods WHERE reason = 'Evicted'"),
    (
        "image pull errors",
        "SELECT namespace, name FROM pods WHERE status IN ('ImagePullBackOff', 'ErrImagePull')",
    ),
    ("terminating pods", "SELECT namespace, name FROM pods WHERE deleting"),
    ("failed jobs", "SELECT namespace, name FROM jobs WHERE status = 'Failed'"),
    ("pod count per ns", "SELECT namespace, count(*) FROM pods GROUP BY namespace"),
    ("node count", "SELECT count(*) FROM nodes"),
    ("svc count by type", "SELECT type, count(*) FROM services GROUP BY type"),
    ("top 5 pods by restarts", "SELECT namespace, name, restarts FROM pods ORDER BY restarts DESC LIMIT 5"),
    ("newest 3 pods", "SELECT namespace, name FROM pods ORDER BY created DESC LIMIT 3"),
    (
        "which pods were created in the last hour?",
        "SELECT namespace, name FROM pods WHERE created > now() - INTERVAL 1 HOUR",
    ),
    ("count of pods older than 7d", "SELECT count(*) FROM pods WHERE age > INTERVAL 7 DAYS"),
    (
        "which deployments have mismatched replicas",
        "SELECT namespace, name FROM deployments WHERE ready_replicas IS DISTINCT FROM desired",
    ),
    # "the last <name> job" is the most recent one; a column asked "of" a named owner's objects is shown
    (
        "status of the last db-backup job",
        "SELECT name, status FROM jobs WHERE namespace = 'data' AND owner_kind = 'CronJob' "
        "AND owner_name = 'db-backup' ORDER BY created DESC LIMIT 1",
    ),
    (
        "status of the cache-warmer jobs",
        "SELECT name, status FROM jobs WHERE namespace = 'batch' AND owner_name = 'cache-warmer'",
    ),
    # nodes and namespaces counted apart through their pods
    (
        "which nodes have pods from more than 5 namespaces",
        "SELECT node FROM pods WHERE node IS NOT NULL GROUP BY node HAVING count(DISTINCT namespace) > 5",
    ),
    (
        "namespaces spread over more than 3 nodes",
        "SELECT namespace FROM pods WHERE node IS NOT NULL GROUP BY namespace HAVING count(DISTINCT node) > 3",
    ),
    (
        "how many nodes does each namespace use",
        "SELECT namespace, count(DISTINCT node) FROM pods WHERE node IS NOT NULL GROUP BY namespace",
    ),
    # a count asked of each listed object is its column; what a workload runs is its images
    (
        "which statefulsets are in data and how many replicas do they have?",
        "SELECT name, desired FROM statefulsets WHERE namespace = 'data'",
    ),
    ("what does the kafka statefulset run", "SELECT images FROM statefulsets WHERE name = 'kafka'"),
    # a kind that is also a column of the kind it is asked of; a list column named in the singular
    (
        "what storage class does the postgres pvc use?",
        "SELECT namespace, name, storage_class FROM persistentvolumeclaims WHERE name LIKE 'data-postgres-%'",
    ),
    ("storage class of the data-postgres-0 pvc", "SELECT storage_class FROM persistentvolumeclaims WHERE name = 'data-postgres-0'"),
    (
        "what is the access mode of each pvc in data?",
        "SELECT name, access_modes FROM persistentvolumeclaims WHERE namespace = 'data'",
    ),
    ("pods that request less cpu than their limit", "SELECT namespace, name FROM pods WHERE cpu_request < cpu_limit"),
    ("what's the total restart count in payments?", "SELECT sum(restarts) FROM pods WHERE namespace = 'payments'"),
    # images kept by how many namespaces or nodes run them
    (
        "which images are running in more than one namespace?",
        "SELECT image FROM containers GROUP BY image HAVING count(DISTINCT namespace) > 1",
    ),
    ("images running on more than 3 nodes", "SELECT image FROM containers GROUP BY image HAVING count(DISTINCT node) > 3"),
    # kubectl piped through grep (-v inverts), and its flags for order and labels
    ("kubectl get pods -A | grep -v Running", "SELECT namespace, name FROM pods WHERE status <> 'Running'"),
    ("kubectl get pvc -A | grep Pending", "SELECT namespace, name FROM persistentvolumeclaims WHERE status = 'Pending'"),
    ("kubectl get pods -n payments --show-labels", "SELECT name, labels FROM pods WHERE namespace = 'payments'"),
    # the component that reported events, said "controller"
    ("how many events did each controller emit?", "SELECT source, count(*) FROM events GROUP BY source"),
    # text asked for in the message is looked for there, not read as a reason ("oom" is no OOMKilling)
    ("which events mention oom?", "SELECT namespace, object, reason FROM events WHERE message ILIKE '%oom%'"),
    # a duration averaged as a number is
    ("what's the average age of pods in batch", "SELECT avg(age) FROM pods WHERE namespace = 'batch'"),
    # pods a service selects, said with "select"
    (
        "which pods do the services in checkout select",
        "SELECT DISTINCT p.name FROM pods p JOIN endpoints e ON e.namespace = p.namespace "
        "AND list_contains(e.target_pods, p.name) WHERE p.namespace = 'checkout'",
    ),
    # columns listed after "with", "showing" or a colon; "node" among them is the pods' own column
    ("pods in ml with status, node and age", "SELECT name, status, node, age FROM pods WHERE namespace = 'ml'"),
    ("pods in ml showing status and age", "SELECT name, status, age FROM pods WHERE namespace = 'ml'"),
    ("pods in ml: status, node, age", "SELECT name, status, node, age FROM pods WHERE namespace = 'ml'"),
    ("pods with node and ip", "SELECT namespace, name, node, ip FROM pods"),
    # a time of day is the last time the clock read it (the demo snapshot is taken at noon UTC)
    ("jobs created since 6am", "SELECT namespace, name FROM jobs WHERE created >= TIMESTAMPTZ '2026-11-29 06:00:00Z'"),
    (
        "events since 10pm",
        "SELECT namespace, object, reason FROM events WHERE last_seen >= TIMESTAMPTZ '2026-11-28 22:00:00Z'",
    ),
    ("pods created yesterday or later", "SELECT namespace, name FROM pods WHERE created > now() - INTERVAL 1 DAY"),
    ("po -l app=storefront -A", "SELECT namespace, name FROM pods WHERE labels['app'] = 'storefront'"),
    ("ns -l environment=staging", "SELECT name FROM namespaces WHERE labels['environment'] = 'staging'"),
    (
        "pods on NotReady nodes",
        "SELECT p.namespace, p.name FROM pods p JOIN nodes n ON p.node = n.name WHERE NOT n.ready",
    ),
    ("pending pvc", "SELECT namespace, name FROM persistentvolumeclaims WHERE status = 'Pending'"),
    (
        "warning events in data",
        "SELECT object, reason, message FROM events WHERE namespace = 'data' AND type = 'Warning'",
    ),
]


# Questions no per-kind rule covers: the catalog-driven slots (kubequery/translate/slots.py) answer them.
SLOTS = [
    ("nodes in us-east-1b", "SELECT name FROM nodes WHERE zone = 'us-east-1b'"),
    ("m5.xlarge nodes", "SELECT name FROM nodes WHERE instance_type = 'm5.xlarge'"),
    ("pvcs using gp3", "SELECT namespace, name FROM persistentvolumeclaims WHERE storage_class = 'gp3'"),
    ("deploys with more than 3 replicas", "SELECT namespace, name, desired FROM deployments WHERE desired > 3"),
    ("nodes and their kubelet version", "SELECT name, kubelet_version FROM nodes"),
    ("which storage class is default", "SELECT name FROM storageclasses WHERE is_default"),
    ("hpas with max replicas over 5", "SELECT namespace, name FROM horizontalpodautoscalers WHERE max_replicas > 5"),
    ("pods requesting more than 500m cpu", "SELECT namespace, name FROM pods WHERE cpu_request > 0.5"),
    ("pods owned by a daemonset", "SELECT namespace, name FROM pods WHERE owner_kind = 'DaemonSet'"),
    (
        "what image does the checkout-api deployment use",
        "SELECT images FROM deployments WHERE name = 'checkout-api'",
    ),
    ("show me the cluster ip of each service in payments", "SELECT name, cluster_ip FROM services WHERE namespace = 'payments'"),
    ("start time of jobs", "SELECT namespace, name, start_time FROM jobs"),
    ("production namespaces (by label)", "SELECT name FROM namespaces WHERE labels['environment'] = 'production'"),
    ("rolebindings referencing a ClusterRole", "SELECT namespace, name FROM rolebindings WHERE role_kind = 'ClusterRole'"),
    ("which ingresses aren't serving https?", "SELECT namespace, name FROM ingresses WHERE NOT tls"),
    ("how many pods run as the default service account?", "SELECT count(*) FROM pods WHERE service_account = 'default'"),
    (
        "events for fraud-detector-z6968wd5xd-hjgng",
        "SELECT type, reason, message FROM events WHERE involved_kind = 'Pod' "
        "AND involved_name = 'fraud-detector-z6968wd5xd-hjgng'",
    ),
    (
        "how much memory is still unrequested on worker-3?",
        "SELECT n.memory_allocatable - sum(p.memory_request) FROM nodes n JOIN pods p ON p.node = n.name "
        "WHERE n.name = 'worker-3' GROUP BY n.memory_allocatable",
    ),
    (
        "memory requests per node against allocatable",
        "SELECT n.name, n.memory_allocatable, sum(p.memory_request) FROM nodes n "
        "LEFT JOIN pods p ON p.node = n.name GROUP BY n.name, n.memory_allocatable",
    ),
    ("quota usage in payments", "SELECT namespace, name, hard, used FROM resourcequotas WHERE namespace = 'payments'"),
    (
        "which deployments are completely down, with no replicas available?",
        "SELECT namespace, name FROM deployments WHERE desired > 0 AND coalesce(available_replicas, 0) = 0",
    ),
    (
        "secrets type=kubernetes.io/tls in ns payments",
        "SELECT name FROM secrets WHERE namespace = 'payments' AND type = 'kubernetes.io/tls'",
    ),
    ("ing w/ host pay.acme.io", "SELECT namespace, name FROM ingresses WHERE list_contains(hosts, 'pay.acme.io')"),
    (
        "ml ctrs missing env LOG_LEVEL",
        "SELECT pod, name FROM containers WHERE namespace = 'ml' AND NOT list_contains(env_names, 'LOG_LEVEL')",
    ),
    (
        "which containers are allowed more than 2 GiB of memory?",
        "SELECT namespace, pod, name FROM containers WHERE memory_limit > 2 * 1024 ^ 3",
    ),
    (
        "break down the warning events in payments by reason",
        "SELECT reason, count(*) FROM events WHERE namespace = 'payments' AND type = 'Warning' GROUP BY reason",
    ),
    (
        "no w/ highest total cpu requests",
        "SELECT node, sum(cpu_request) AS cpu FROM pods WHERE node IS NOT NULL GROUP BY node ORDER BY cpu DESC LIMIT 1",
    ),
    (
        "what happened on worker-4?",
        "SELECT type, reason, message FROM events WHERE involved_kind = 'Node' AND involved_name = 'worker-4'",
    ),
    (
        "pods in data with a report-builder container",
        "SELECT DISTINCT pod FROM containers WHERE namespace = 'data' AND name LIKE 'report-builder%'",
    ),
    ("containers per namespace, init included", "SELECT namespace, count(*) FROM containers GROUP BY namespace"),
    # containers: restart counts shown, reasons as the kubelet spells them, restarts summed, protocols
    (
        "checkout containers with restarts > 0",
        "SELECT pod, name, restarts FROM containers WHERE namespace = 'checkout' AND restarts > 0",
    ),
    (
        "containers in data whose last termination reason was Error",
        "SELECT pod, name FROM containers WHERE namespace = 'data' AND last_reason = 'Error'",
    ),
    (
        "data containers lastState terminated reason Error",
        "SELECT pod, name FROM containers WHERE namespace = 'data' AND last_reason = 'Error'",
    ),
    (
        "containers terminated with reason Completed",
        "SELECT namespace, pod, name FROM containers WHERE state = 'terminated' AND reason = 'Completed'",
    ),
    ("sum of restarts per node (containers)", "SELECT node, sum(restarts) FROM containers GROUP BY node"),
    ("total pod restarts in checkout", "SELECT sum(restarts) FROM pods WHERE namespace = 'checkout'"),
    (
        "running container count by ns",
        "SELECT namespace, count(*) FROM containers WHERE state = 'running' GROUP BY namespace",
    ),
    (
        "containers that crashed in the last 2 hours",
        "SELECT namespace, pod, name FROM containers WHERE last_finished_at > now() - INTERVAL 2 HOUR",
    ),
    (
        "containers with tcp ports",
        "SELECT namespace, pod, name FROM containers WHERE array_to_string(ports, ',') LIKE '%/TCP%'",
    ),
    (
        "pods on node worker-3 not in Running status",
        "SELECT namespace, name FROM pods WHERE node = 'worker-3' AND status <> 'Running'",
    ),
    # filters: a size with no column named, negated and well-known values, an owner's namespace
    (
        "pvcs of 50Gi or more",
        "SELECT namespace, name FROM persistentvolumeclaims WHERE storage_request >= 50 * 1024 ^ 3",
    ),
    ("ClusterIP svc that aren't headless", "SELECT namespace, name FROM services WHERE type = 'ClusterIP' "
     "AND NOT headless"),
    ("any amd64 nodes?", "SELECT name FROM nodes WHERE architecture = 'amd64'"),
    ("jobs running multiple pods in parallel", "SELECT namespace, name FROM jobs WHERE parallelism > 1"),
    ("cache-warmer runs (jobs)", "SELECT name FROM jobs WHERE namespace = 'batch' AND owner_name = 'cache-warmer'"),
    ("allocatable cpu of node worker-2", "SELECT cpu_allocatable FROM nodes WHERE name = 'worker-2'"),
    # resources: what is left of a quota, limits summed beside requests
    (
        "how many more pods can payments run before hitting its quota?",
        "SELECT CAST(hard['pods'] AS INTEGER) - CAST(used['pods'] AS INTEGER) FROM resourcequotas "
        "WHERE namespace = 'payments'",
    ),
    (
        "staging quota: configmaps remaining",
        "SELECT CAST(hard['configmaps'] AS INTEGER) - CAST(used['configmaps'] AS INTEGER) FROM resourcequotas "
        "WHERE namespace = 'staging'",
    ),
    (
        "total cpu requests and limits in data",
        "SELECT sum(cpu_request), sum(cpu_limit) FROM pods WHERE namespace = 'data'",
    ),
    ("sum of memory limits in checkout (GiB)", "SELECT sum(memory_limit) / 1024 ^ 3 FROM pods "
     "WHERE namespace = 'checkout'"),
    # states of kinds without rules of their own until now; a CSI driver by its short name
    ("deploy in checkout with no replicas ready", "SELECT name FROM deployments WHERE namespace = 'checkout' "
     "AND ready_replicas = 0"),
    ("endpointslices with unready endpoints", "SELECT namespace, name FROM endpointslices "
     "WHERE ready_count < endpoint_count"),
    ("namespaced crds", "SELECT name FROM customresourcedefinitions WHERE scope = 'Namespaced'"),
    ("pod count by controller kind", "SELECT owner_kind, count(*) FROM pods GROUP BY owner_kind"),
    ("pvs provisioned by the ebs csi driver", "SELECT name FROM persistentvolumes WHERE csi_driver = 'ebs.csi.aws.com'"),
]


# Requests, limits and capacity in the units asked for; labels; containers and images.
RESOURCES = [
    (
        "which image repositories run two or more tags?",
        "SELECT regexp_replace(image, ':[^:/]+$', ''), count(DISTINCT image) FROM containers GROUP BY 1 "
        "HAVING count(DISTINCT image) > 1",
    ),
    # no kind named: what listens on or exposes a port is the pods whose containers declare it
    (
        "what exposes 9402/TCP?",
        "SELECT DISTINCT namespace, pod FROM containers WHERE list_contains(ports, '9402/TCP')",
    ),
    (
        "what listens on port 10250 in cert-manager?",
        "SELECT DISTINCT pod FROM containers WHERE namespace = 'cert-manager' AND list_contains(ports, '10250/TCP')",
    ),
    ("memory requests per namespace in MiB", "SELECT namespace, sum(memory_request) / 1024 ^ 2 FROM pods GROUP BY namespace"),
    ("pvc storage requests by ns (GiB)", "SELECT namespace, sum(storage_request) / 1024 ^ 3 FROM persistentvolumeclaims GROUP BY namespace"),
    ("nodes and their allocatable ephemeral-storage in Gi", "SELECT name, ephemeral_storage_allocatable / 1024 ^ 3 FROM nodes"),
    ("burstable pods with their mem limit in MiB", "SELECT namespace, name, memory_limit / 1024 ^ 2 FROM pods WHERE qos_class = 'Burstable'"),
    # unscheduled pods are on no node: not a group of their own (as dev.yaml's "which node runs the most pods?")
    ("rank nodes by the memory their pods request",
     "SELECT node, sum(memory_request) FROM pods WHERE node IS NOT NULL GROUP BY node"),
    ("payments pods grouped by label app", "SELECT labels['app'], count(*) FROM pods WHERE namespace = 'payments' GROUP BY 1"),
    ("how many deployments per value of the team label?", "SELECT labels['team'], count(*) FROM deployments GROUP BY 1"),
    ("deploys in payments or checkout", "SELECT namespace, name FROM deployments WHERE namespace IN ('payments', 'checkout')"),
    ("po in payments/checkout missing label team", "SELECT namespace, name FROM pods WHERE namespace IN ('payments', 'checkout') AND labels['team'] IS NULL"),
    ("nodes with label zone=us-east-1a", "SELECT name FROM nodes WHERE labels['topology.kubernetes.io/zone'] = 'us-east-1a'"),
    ("the environment label of every namespace that has one", "SELECT name, labels['environment'] FROM namespaces WHERE labels['environment'] IS NOT NULL"),
    ("nodes that carry a pool label, with its value", "SELECT name, labels['node.acme.io/pool'] FROM nodes WHERE labels['node.acme.io/pool'] IS NOT NULL"),
    ("services that select app=checkout-api pods", "SELECT namespace, name FROM services WHERE selector['app'] = 'checkout-api'"),
    ("crashlooping containers in payments", "SELECT pod, name FROM containers WHERE namespace = 'payments' AND reason = 'CrashLoopBackOff'"),
    ("containers in checkout that aren't ready", "SELECT pod, name FROM containers WHERE namespace = 'checkout' AND NOT ready"),
    ("restarted containers and their last termination reason", "SELECT namespace, pod, name, last_reason FROM containers WHERE restarts > 0"),
    ("containers with imagePullPolicy IfNotPresent and their image", "SELECT namespace, pod, name, image FROM containers WHERE image_pull_policy = 'IfNotPresent'"),
    ("number of containers by registry", "SELECT split_part(image, '/', 1), count(*) FROM containers GROUP BY 1"),
    ("containers with a volume mounted at /var/run/secrets/kubernetes.io/serviceaccount", "SELECT namespace, pod, name FROM containers WHERE list_contains(volume_mounts, '/var/run/secrets/kubernetes.io/serviceaccount')"),
    ("containers with env var *LEVEL*", "SELECT namespace, pod, name FROM containers WHERE len(list_filter(env_names, x -> x LIKE '%LEVEL%')) > 0"),
    ("images used by init containers", "SELECT DISTINCT image FROM containers WHERE is_init"),
    ("pods with more than one container and how many", "SELECT namespace, name, len(containers) FROM pods WHERE len(containers) > 1"),
    ("allocatable memory per availability zone", "SELECT zone, sum(memory_allocatable) FROM nodes GROUP BY zone"),
    ("total allocatable cores by machine type", "SELECT instance_type, sum(cpu_allocatable) FROM nodes GROUP BY instance_type"),
    ("total memory requests on node worker-3", "SELECT sum(memory_request) FROM pods WHERE node = 'worker-3'"),
    ("maximum pods per node", "SELECT name, pods_allocatable FROM nodes"),
    # what pods can use on every node is each node's allocatable amount; on a named node, its amounts
    ("how much memory can pods use on each node, in GiB?", "SELECT name, memory_allocatable / 1024 ^ 3 FROM nodes"),
    ("how many cpus can pods use per node", "SELECT name, cpu_allocatable FROM nodes"),
    ("allocatable resources of node worker-2", "SELECT cpu_allocatable, memory_allocatable, gpu_allocatable FROM nodes WHERE name = 'worker-2'"),
    # the longer column phrase after a number; two amounts set side by side are shown, not counted
    ("nodes with less than 15Gi allocatable memory", "SELECT name FROM nodes WHERE memory_allocatable < 15 * 1024 ^ 3"),
    ("cpu capacity vs allocatable per node", "SELECT name, cpu_capacity, cpu_allocatable FROM nodes"),
    ("memory requests vs limits of pods in payments", "SELECT name, memory_request, memory_limit FROM pods WHERE namespace = 'payments'"),
    # no kind named: the table whose longer phrase is said ("memory limit" inside "default memory limit"),
    # and a column said alone is shown
    ("default memory limit in payments", "SELECT name, default_memory_limit FROM limitranges WHERE namespace = 'payments'"),
    ("restarts in payments", "SELECT name, restarts FROM pods WHERE namespace = 'payments'"),
    # a ratio held to a number, and a size summed with no column named
    ("pods with a cpu limit to request ratio of at least 3", "SELECT namespace, name FROM pods WHERE cpu_limit >= 3 * cpu_request"),
    ("total GiB of the pvcs in data", "SELECT sum(storage_request) / 1024 ^ 3 FROM persistentvolumeclaims WHERE namespace = 'data'"),
    ("pods requesting 2 cores or more, with the request", "SELECT namespace, name, cpu_request FROM pods WHERE cpu_request >= 2"),
    ("what percent of the cpu quota is used in each namespace?", "SELECT namespace, name, CAST(usage_percent->>'$.\"requests.cpu\"' AS DOUBLE) FROM resourcequotas WHERE hard['requests.cpu'] IS NOT NULL"),
    ("quotas over 50% used (max usage %)", "SELECT namespace, name, max_usage_percent FROM resourcequotas WHERE max_usage_percent > 50"),
    ("limit ranges with a default memory limit", "SELECT namespace, name FROM limitranges WHERE default_memory_limit IS NOT NULL"),
    ("nodes overcommitted on cpu requests", "SELECT n.name FROM nodes n JOIN pods p ON p.node = n.name GROUP BY n.name, n.cpu_allocatable HAVING sum(p.cpu_request) > n.cpu_allocatable"),
]


@pytest.mark.parametrize(("question", "sql"), RESOURCES)
def test_resources_containers_and_labels(translator, engine, question, sql):
    t = translator.translate(question, context=ctx())
    assert not t.declined, t.message
    assert sorted(engine.query(t.sql).rows, key=repr) == sorted(engine.query(sql).rows, key=repr), t.sql


# One kind filtered by a related kind (kubequery/translate/joins.py).
JOINS = [
    (
        "pods on nodes in us-east-1a",
        "SELECT p.namespace, p.name FROM pods p JOIN nodes n ON p.node = n.name WHERE n.zone = 'us-east-1a'",
    ),
    (
        "pods in payments on m5.xlarge nodes",
        "SELECT p.name FROM pods p JOIN nodes n ON p.node = n.name "
        "WHERE p.namespace = 'payments' AND n.instance_type = 'm5.xlarge'",
    ),
    (
        "pods belonging to failed jobs",
        "SELECT p.namespace, p.name FROM pods p JOIN jobs j ON j.namespace = p.namespace "
        "AND j.name = p.owner_name WHERE p.owner_kind = 'Job' AND j.status = 'Failed'",
    ),
    (
        "cronjobs whose jobs failed",
        "SELECT DISTINCT c.namespace, c.name FROM cronjobs c JOIN jobs j ON j.namespace = c.namespace "
        "AND j.owner_kind = 'CronJob' AND j.owner_name = c.name WHERE j.status = 'Failed'",
    ),
    (
        "deployments in namespaces labelled team=payments",
        "SELECT d.namespace, d.name FROM deployments d JOIN namespaces n ON n.name = d.namespace "
        "WHERE n.labels['team'] = 'payments'",
    ),
    # "16+": that number or more
    (
        "ml po on 16+ cpu nodes",
        "SELECT p.name FROM pods p JOIN nodes n ON p.node = n.name WHERE p.namespace = 'ml' AND n.cpu_capacity >= 16",
    ),
    (
        "not-ready pods per availability zone",
        "SELECT n.zone, count(*) FROM pods p JOIN nodes n ON p.node = n.name WHERE NOT p.is_ready GROUP BY n.zone",
    ),
    # another kind kept by its pods' nodes
    (
        "svc selecting pods on NotReady nodes",
        "SELECT DISTINCT s.namespace, s.name FROM services s JOIN pods p ON p.namespace = s.namespace "
        "AND map_entries(s.selector) <@ map_entries(p.labels) JOIN nodes n ON n.name = p.node "
        "WHERE cardinality(s.selector) > 0 AND NOT n.ready",
    ),
    # a workload's nodes are its pods'; an ingress's pods are its services'
    (
        "data deploys -> nodes",
        "SELECT DISTINCT r.owner_name, p.node FROM pods p JOIN replicasets r ON r.namespace = p.namespace "
        "AND r.name = p.owner_name WHERE p.namespace = 'data' AND r.owner_kind = 'Deployment'",
    ),
    (
        "ing -> number of pods behind its services",
        "SELECT i.namespace, i.name, count(p.name) FROM ingresses i JOIN services s ON s.namespace = i.namespace "
        "AND list_contains(i.services, s.name) JOIN pods p ON p.namespace = s.namespace "
        "AND map_entries(s.selector) <@ map_entries(p.labels) GROUP BY i.namespace, i.name",
    ),
    # "maxed out on their hpa": the autoscaler's state; "where do … run": each one with its nodes
    (
        "deployments at their hpa's max replicas",
        "SELECT d.namespace, d.name FROM deployments d JOIN horizontalpodautoscalers h "
        "ON h.namespace = d.namespace AND h.target_name = d.name WHERE h.current_replicas >= h.max_replicas",
    ),
    (
        "where do the data deployments run?",
        "SELECT DISTINCT r.owner_name, p.node FROM pods p JOIN replicasets r ON r.namespace = p.namespace "
        "AND r.name = p.owner_name WHERE p.namespace = 'data' AND r.owner_kind = 'Deployment'",
    ),
    # "not-ready deploys": their state; "+ deploy name" names no deployment
    (
        "ml: po of not-ready deploys + deploy name",
        "SELECT p.name, d.name FROM pods p JOIN replicasets r ON r.namespace = p.namespace "
        "AND r.name = p.owner_name JOIN deployments d ON d.namespace = r.namespace AND d.name = r.owner_name "
        "WHERE p.namespace = 'ml' AND d.ready_replicas < d.desired",
    ),
    # "image pull failing" is the pull's state, not a failed phase
    (
        "what deployments do the image pull failing pods belong to",
        "SELECT DISTINCT r.namespace, r.owner_name FROM pods p JOIN replicasets r ON r.namespace = p.namespace "
        "AND r.name = p.owner_name WHERE p.status IN ('ImagePullBackOff', 'ErrImagePull')",
    ),
    # a service account's cluster roles, through the bindings naming it
    (
        "monitoring sa -> clusterrole",
        "SELECT sa.name, c.role_name FROM serviceaccounts sa JOIN clusterrolebindings c "
        "ON list_contains(c.service_accounts, sa.namespace || '/' || sa.name) WHERE sa.namespace = 'monitoring'",
    ),
    # a claim's volume is its persistent volume
    (
        "pvcs bound to volumes with reclaim policy Delete",
        "SELECT c.namespace, c.name FROM persistentvolumeclaims c JOIN persistentvolumes v ON v.name = c.volume "
        "WHERE v.reclaim_policy = 'Delete'",
    ),
]


@pytest.mark.parametrize(("question", "sql"), JOINS)
def test_a_kind_filtered_by_a_related_kind_joins(translator, engine, question, sql):
    t = translator.translate(question, context=ctx())
    assert not t.declined and " JOIN " in t.sql, t.sql
    expected = engine.query(sql).rows
    assert expected, "a join test needs a non-empty answer"
    assert sorted(engine.query(t.sql).rows) == sorted(expected), t.sql


RELATED_COLUMNS = [
    (  # a dynamically provisioned volume's name ("pvc-<uid>") is not the word "pvc"
        "which pod uses the persistent volume pvc-01f42572-2fc1-4c5d-a106-c0645bbfd7f6",
        "SELECT p.namespace, p.name FROM persistentvolumes v JOIN pods p ON p.namespace = v.claim_namespace "
        "AND list_contains(p.pvcs, v.claim_name) WHERE v.name = 'pvc-01f42572-2fc1-4c5d-a106-c0645bbfd7f6'",
    ),
    (
        "which pvc is bound to pv pvc-01f42572-2fc1-4c5d-a106-c0645bbfd7f6",
        "SELECT c.namespace, c.name FROM persistentvolumeclaims c JOIN persistentvolumes v "
        "ON v.name = c.volume WHERE v.name = 'pvc-01f42572-2fc1-4c5d-a106-c0645bbfd7f6'",
    ),
    (  # "replicas" inside the autoscaler's "max replicas" is not the deployments' own
        "ml deployments with an hpa and their min and max replicas",
        "SELECT d.name, h.min_replicas, h.max_replicas FROM deployments d JOIN horizontalpodautoscalers h "
        "ON h.namespace = d.namespace AND h.target_kind = 'Deployment' AND h.target_name = d.name "
        "WHERE d.namespace = 'ml'",
    ),
    (  # the kind word says whose column: the one role a binding grants is not named again
        "batch rolebindings -> role verbs",
        "SELECT b.name, r.verbs FROM rolebindings b JOIN roles r ON r.namespace = b.namespace "
        "AND r.name = b.role_name WHERE b.namespace = 'batch' AND b.role_kind = 'Role'",
    ),
    (
        "hpas whose target deployment isn't all ready",
        "SELECT h.namespace, h.name FROM horizontalpodautoscalers h JOIN deployments d "
        "ON d.namespace = h.namespace AND d.name = h.target_name "
        "WHERE h.target_kind = 'Deployment' AND d.ready_replicas < d.desired",
    ),
    (  # a binding names service accounts as 'namespace/name', the pods by the one they run as
        "pods whose sa is a subject of some rolebinding",
        "SELECT p.namespace, p.name FROM pods p WHERE EXISTS (SELECT 1 FROM rolebindings b "
        "WHERE list_contains(b.service_accounts, p.namespace || '/' || p.service_account))",
    ),
    (
        "service accounts in monitoring that no cluster role binding mentions",
        "SELECT s.name FROM serviceaccounts s WHERE s.namespace = 'monitoring' AND NOT EXISTS "
        "(SELECT 1 FROM clusterrolebindings b WHERE list_contains(b.service_accounts, s.namespace || '/' || s.name))",
    ),
    (
        "service accounts not bound by any role binding",
        "SELECT s.namespace, s.name FROM serviceaccounts s WHERE NOT EXISTS (SELECT 1 FROM rolebindings b "
        "WHERE list_contains(b.service_accounts, s.namespace || '/' || s.name))",
    ),
    (  # the cron job's one namespace, though the question names the jobs' owner
        "pods of the jobs of cronjob nightly-report",
        "SELECT p.name FROM pods p JOIN jobs j ON j.namespace = p.namespace AND j.name = p.owner_name "
        "WHERE p.namespace = 'batch' AND j.owner_kind = 'CronJob' AND j.owner_name = 'nightly-report'",
    ),
    (  # a shell pattern no name starts with is the column's whose values do
        "pods on r5.* nodes, count by ns",
        "SELECT p.namespace, count(*) FROM pods p JOIN nodes n ON p.node = n.name "
        "WHERE n.instance_type LIKE 'r5.%' GROUP BY p.namespace",
    ),
    ("nodes of type m5.*", "SELECT name FROM nodes WHERE instance_type LIKE 'm5.%'"),
    (  # the one service said is not shown again: its pods are told apart by their names
        "svc checkout-api -n checkout -> backing po + status",
        "SELECT p.name, p.status FROM endpoints e JOIN pods p ON p.namespace = e.namespace "
        "AND list_contains(e.target_pods, p.name) WHERE e.namespace = 'checkout' AND e.name = 'checkout-api'",
    ),
    (  # "N or more <column>"
        "which deployments with 20 or more replicas have no hpa? include the replica count",
        "SELECT d.namespace, d.name, d.desired FROM deployments d WHERE d.desired >= 20 AND NOT EXISTS "
        "(SELECT 1 FROM horizontalpodautoscalers h WHERE h.namespace = d.namespace "
        "AND h.target_kind = 'Deployment' AND h.target_name = d.name)",
    ),
    (  # a stateful set's governing service's endpoints
        "statefulsets and the ready endpoints of their service",
        "SELECT s.namespace, s.name, e.ready_address_count FROM statefulsets s JOIN endpoints e "
        "ON e.namespace = s.namespace AND e.name = s.service_name",
    ),
    (  # "which X does each Y …": each Y, with the X it names (even a class the cluster lacks)
        "which storage class does each pvc in data use?",
        "SELECT name, storage_class FROM persistentvolumeclaims WHERE namespace = 'data'",
    ),
    (
        "which persistent volume backs each postgres pod in data?",
        "SELECT p.name, v.name FROM pods p JOIN persistentvolumeclaims c ON c.namespace = p.namespace "
        "AND list_contains(p.pvcs, c.name) JOIN persistentvolumes v ON v.name = c.volume "
        "WHERE p.namespace = 'data' AND p.owner_kind = 'StatefulSet' AND p.owner_name = 'postgres'",
    ),
    (  # "which pods run under each Y": each Y with its pods, whatever the verb
        "which pods run under each service account in payments?",
        "SELECT s.name, p.name FROM serviceaccounts s JOIN pods p ON p.namespace = s.namespace "
        "AND p.service_account = s.name WHERE s.namespace = 'payments'",
    ),
    (  # where those pods are, each with its node's zone, as "which nodes are … on" reads
        "which zones are the crashlooping pods running in?",
        "SELECT p.namespace, p.name, n.zone FROM pods p JOIN nodes n ON p.node = n.name "
        "WHERE p.status LIKE '%CrashLoopBackOff'",
    ),
    (  # the spread of a set of pods is the distinct zones
        "which availability zones are the checkout pods spread across?",
        "SELECT DISTINCT n.zone FROM pods p JOIN nodes n ON n.name = p.node WHERE p.namespace = 'checkout'",
    ),
    (  # a workload's pod template names secrets and config maps as its pods do
        "deployments using a secret that doesn't exist",
        "SELECT d.namespace, d.name FROM deployments d WHERE EXISTS (SELECT 1 FROM unnest(d.secrets) AS x(s) "
        "WHERE NOT EXISTS (SELECT 1 FROM secrets s WHERE s.namespace = d.namespace AND s.name = x.s))",
    ),
]


@pytest.mark.parametrize(("question", "sql"), RELATED_COLUMNS)
def test_related_objects_and_their_columns(translator, engine, question, sql):
    assert_same_rows(translator, engine, question, sql, columns=True)


def test_columns_of_a_related_kind_join_it_in(translator, engine):
    t = translator.translate("pvcs in data -> pv and its reclaim policy", context=ctx())
    expected = engine.query(
        "SELECT c.name, v.name, v.reclaim_policy FROM persistentvolumeclaims c "
        "JOIN persistentvolumes v ON v.name = c.volume WHERE c.namespace = 'data'"
    ).rows
    assert expected and sorted(engine.query(t.sql).rows) == sorted(expected), t.sql


def test_a_related_kind_without_a_filter_is_no_join(translator):
    t = translator.translate("pods with their nodes", context=ctx())
    assert " JOIN " not in (t.sql or "")


@pytest.mark.parametrize(
    ("question", "sql"),
    [
        ("which deploymnets are not ready", "SELECT namespace, name FROM deployments WHERE ready_replicas < desired"),
        ("crashloping pods in paymnets", "SELECT name FROM pods WHERE namespace = 'payments' AND status LIKE '%CrashLoopBackOff'"),
        ("list the sevices in checkout", "SELECT name FROM services WHERE namespace = 'checkout'"),
        ("cj schedules in batch", "SELECT name, schedule FROM cronjobs WHERE namespace = 'batch'"),
        # the cluster's own values and the parts of its names, misspelt
        ("pods with label app=storerfont", "SELECT namespace, name FROM pods WHERE labels['app'] = 'storefront'"),
        ("ev reason=kililng", "SELECT namespace, involved_name, message FROM events WHERE reason = 'Killing'"),
        ("pv stuck in relesaed", "SELECT name FROM persistentvolumes WHERE status = 'Released'"),
        ("fronetnd pods on worker10", "SELECT name FROM pods WHERE namespace = 'frontend' AND node = 'worker-10'"),
        (
            "which pods use the secret checokut-api-secrets?",
            "SELECT namespace, name FROM pods WHERE list_contains(secrets, 'checkout-api-secrets')",
        ),
        (
            "nodes -l node-role.kuberentes.io/control-plane",
            "SELECT name FROM nodes WHERE map_contains(labels, 'node-role.kubernetes.io/control-plane')",
        ),
        # the translator's own words, with two letters swapped
        ("which nodes are cordnoed?", "SELECT name FROM nodes WHERE unschedulable"),
        ("pv count by reclaipmolicy", "SELECT reclaim_policy, count(*) FROM persistentvolumes GROUP BY reclaim_policy"),
        ("distnict warning reasons -n frontend", "SELECT DISTINCT reason FROM events WHERE namespace = 'frontend' AND type = 'Warning'"),
        # words only the translator's patterns spell out, typos read before the question is normalised
        ("buseist node by pod count",
         "SELECT node, count(*) AS pods FROM pods WHERE node IS NOT NULL GROUP BY node ORDER BY pods DESC LIMIT 1"),
        ("empty namesapces", "SELECT name FROM namespaces n WHERE NOT EXISTS (SELECT 1 FROM pods p WHERE p.namespace = n.name)"),
        ("which secrets have a dataabse_url key?", "SELECT namespace, name FROM secrets WHERE list_contains(data_keys, 'DATABASE_URL')"),
    ],
)
def test_misspelt_kinds_and_states_are_mended(translator, engine, question, sql):
    t = translator.translate(question, context=ctx())
    assert not t.declined, t.message
    assert sorted(engine.query(t.sql).rows) == sorted(engine.query(sql).rows), t.sql


@pytest.mark.parametrize(
    ("question", "kept"),
    [
        ("which sts arent all ready?", "arent"),  # not "parent"
        ("pods sitting in the frontend namespace", "sitting"),  # an English word, not "setting"
        ("pods with label app=zzqxwv", "zzqxwv"),  # close to nothing the cluster holds
    ],
)
def test_words_that_are_no_typos_are_left_alone(translator, question, kept):
    assert kept in translator._spell().mend(question)


# Kubernetes field names filter their column.
KUBERNETES_FIELD_NAMES_FILTER_THEIR_COLUMN = [
    ("pods with restartPolicy=OnFailure", "SELECT namespace, name FROM pods WHERE restart_policy = 'OnFailure'"),
    ("po --field-selector spec.nodeName=worker-2", "SELECT namespace, name FROM pods WHERE node = 'worker-2'"),
    ("pods with status.phase=Pending", "SELECT namespace, name FROM pods WHERE phase = 'Pending'"),
    (
        "pvc accessModes=ReadWriteOnce",
        "SELECT namespace, name FROM persistentvolumeclaims WHERE list_contains(access_modes, 'ReadWriteOnce')",
    ),
    ("pods nodeName worker-2", "SELECT namespace, name FROM pods WHERE node = 'worker-2'"),
]


@pytest.mark.parametrize(
    ("question", "sql"),
    [
        (
            "hpas with their current and max replicas",
            "SELECT namespace, name, current_replicas, max_replicas FROM horizontalpodautoscalers",
        ),
        ("nodes and their allocatable cpu and memory", "SELECT name, cpu_allocatable, memory_allocatable FROM nodes"),
        ("deployments with their ready count", "SELECT namespace, name, ready FROM deployments"),
        ("cron jobs in batch and when do they run", "SELECT name, schedule FROM cronjobs WHERE namespace = 'batch'"),
        # "+ COLUMN" adds the column, even one that is also a state word
        ("deploy -n payments + READY", "SELECT name, ready FROM deployments WHERE namespace = 'payments'"),
        ("po in data + node", "SELECT name, node FROM pods WHERE namespace = 'data'"),
        # a count said to be none, and a glob said not to match
        ("deployments in payments with no ready replicas", "SELECT name FROM deployments "
         "WHERE namespace = 'payments' AND ready_replicas = 0"),
        ("pods in kube-system not named kube-proxy-*", "SELECT name FROM pods WHERE namespace = 'kube-system' "
         "AND name NOT LIKE 'kube-proxy-%'"),
        # a column filtered on, then asked for again
        ("pods with restarts > 3 + restart count", "SELECT namespace, name, restarts FROM pods WHERE restarts > 3"),
        ("crashlooping pods in payments and their restart counts", "SELECT name, restarts FROM pods "
         "WHERE namespace = 'payments' AND status LIKE '%CrashLoopBackOff'"),
    ],
)
def test_columns_asked_for_are_shown(translator, engine, question, sql):
    t = translator.translate(question, context=ctx())
    assert not t.declined, t.message
    assert engine.query(t.sql).columns == engine.query(sql).columns, t.sql
    assert sorted(engine.query(t.sql).rows) == sorted(engine.query(sql).rows), t.sql


@pytest.mark.parametrize(
    ("question", "condition"),
    [
        ("jobs that never retry", "backoff_limit = 0"),
        ("which jobs have no retries?", "backoff_limit = 0"),
        ("misscheduled daemon sets", "misscheduled > 0"),
        ("daemon sets running pods on nodes they shouldn't", "misscheduled > 0"),
        ("which ds in kube-system have pods on nodes where they should not be?", "misscheduled > 0"),
    ],
)
def test_settings_said_in_words_filter(translator, question, condition):
    t = translator.translate(question, context=ctx())
    assert t.sql and condition in t.sql, t.sql


@pytest.mark.parametrize(
    ("question", "built_in"),
    [
        ("custom priority classes", "name NOT LIKE 'system-%'"),
        ("which priority classes are not built-in system ones?", "name NOT LIKE 'system-%'"),
        ("which cluster roles are not built in?", "name NOT LIKE 'system:%'"),
    ],
)
def test_custom_objects_are_not_the_system_ones(translator, question, built_in):
    t = translator.translate(question, context=ctx())
    assert not t.declined and built_in in t.sql, t.sql


# Columns compared and fields left unset.
COLUMNS_COMPARED_AND_FIELDS_LEFT_UNSET = [
    ("deploys with UP-TO-DATE < DESIRED", "SELECT namespace, name FROM deployments WHERE up_to_date < desired"),
    ("sts with fewer ready replicas than desired", "SELECT namespace, name FROM statefulsets WHERE ready_replicas < desired"),
    (
        "containers whose cpu limit is at least 4 times their cpu request",
        "SELECT namespace, pod, name FROM containers WHERE cpu_limit >= 4 * cpu_request",
    ),
    # the second column said without the words it shares with the first
    ("pods whose memory limit is higher than request", "SELECT namespace, name FROM pods WHERE memory_limit > memory_request"),
    ("pods where cpu limit is at least twice the request", "SELECT namespace, name FROM pods WHERE cpu_limit >= 2 * cpu_request"),
    ("pods with lower cpu requests than limits", "SELECT namespace, name FROM pods WHERE cpu_request < cpu_limit"),
    ("nodes with less allocatable memory than capacity", "SELECT name FROM nodes WHERE memory_allocatable < memory_capacity"),
    ("pods whose memory limit exceeds their request", "SELECT namespace, name FROM pods WHERE memory_limit > memory_request"),
    ("deployments where desired exceeds ready", "SELECT namespace, name FROM deployments WHERE desired > ready_replicas"),
    ("pods with restarts exceeding 3", "SELECT namespace, name FROM pods WHERE restarts > 3"),
    (
        "contents of the payments-api-config configmap in payments",
        "SELECT data FROM configmaps WHERE namespace = 'payments' AND name = 'payments-api-config'",
    ),
    ("last scale time of each hpa", "SELECT namespace, name, last_scale_time FROM horizontalpodautoscalers"),
    ("last restart time of pods", "SELECT namespace, name, last_restart FROM pods"),
    ("jobs in batch not from a cronjob", "SELECT name FROM jobs WHERE namespace = 'batch' AND owner_kind IS NULL"),
    # "yesterday" as a bound is a day
    ("pods newer than yesterday", "SELECT namespace, name FROM pods WHERE created > now() - INTERVAL 1 DAY"),
    ("pods created before yesterday", "SELECT namespace, name FROM pods WHERE age > INTERVAL 1 DAY"),
    ("pods in payments that restarted at least once", "SELECT name, restarts FROM pods WHERE namespace = 'payments' AND restarts > 0"),
    ("which pods have no priority class?", "SELECT namespace, name FROM pods WHERE priority_class IS NULL"),
    ("containers that have not reported any state", "SELECT namespace, pod, name FROM containers WHERE state IS NULL"),
    ("jobs with no owner", "SELECT namespace, name FROM jobs WHERE owner_kind IS NULL"),
    ("services without a selector", "SELECT namespace, name FROM services WHERE coalesce(cardinality(selector), 0) = 0"),
    # the cluster's values and names as people shorten them
    ("4xlarge nodes in 1a", "SELECT name FROM nodes WHERE instance_type = 'm5.4xlarge' AND zone = 'us-east-1a'"),
    ("pods on worker3", "SELECT namespace, name FROM pods WHERE node = 'worker-3'"),
    ("images on node worker-3", "SELECT DISTINCT image FROM containers WHERE node = 'worker-3'"),
    ("jobs with failures", "SELECT namespace, name FROM jobs WHERE failed > 0"),
    ("which cron jobs run every 15 minutes?", "SELECT namespace, name FROM cronjobs WHERE schedule = '*/15 * * * *'"),
    ("cronjobs that run daily at 2am", "SELECT namespace, name FROM cronjobs WHERE schedule = '0 2 * * *'"),
    ("hourly cron jobs", "SELECT namespace, name FROM cronjobs WHERE schedule = '0 * * * *'"),
    (
        "memory request and limit of each pod in monitoring",
        "SELECT name, memory_request, memory_limit FROM pods WHERE namespace = 'monitoring'",
    ),
    ("anything still runing nginx?", "SELECT DISTINCT namespace, pod FROM containers WHERE image LIKE '%nginx%'"),
    (
        "which images in payments do not come from registry.acme.io?",
        "SELECT DISTINCT image FROM containers WHERE namespace = 'payments' AND image NOT LIKE 'registry.acme.io/%'",
    ),
    ("pvcs named data-*", "SELECT namespace, name FROM persistentvolumeclaims WHERE name LIKE 'data-%'"),
    ("how many jobs were created by cron jobs?", "SELECT count(*) FROM jobs WHERE owner_kind = 'CronJob'"),
    ("pods that never restarted", "SELECT namespace, name FROM pods WHERE restarts = 0"),
    ("total cpu reqs in data ns", "SELECT sum(cpu_request) FROM pods WHERE namespace = 'data'"),
    ("who is 10.112.3.12", "SELECT namespace, name FROM pods WHERE ip = '10.112.3.12'"),
    ("how much memory does worker-6 have, in GiB?", "SELECT memory_capacity / 1024 ^ 3 FROM nodes WHERE name = 'worker-6'"),
    ("how much memory can pods use on worker-2?", "SELECT memory_allocatable FROM nodes WHERE name = 'worker-2'"),
    (
        "pod with the highest container count",
        "SELECT namespace, name, total_containers FROM pods ORDER BY total_containers DESC LIMIT 1",
    ),
    ("which po are set to never restart?", "SELECT namespace, name FROM pods WHERE restart_policy = 'Never'"),
    ("pvs with rwo", "SELECT name FROM persistentvolumes WHERE list_contains(access_modes, 'ReadWriteOnce')"),
    ("storage classes with Immediate binding", "SELECT name FROM storageclasses WHERE volume_binding_mode = 'Immediate'"),
    (
        "how many warning events are about pods on worker-2?",
        "SELECT count(*) FROM events e JOIN pods p ON e.involved_kind = 'Pod' AND e.namespace = p.namespace "
        "AND e.involved_name = p.name WHERE p.node = 'worker-2' AND e.type = 'Warning'",
    ),
    ("which payments pods are running on worker-2?", "SELECT name FROM pods WHERE namespace = 'payments' AND node = 'worker-2'"),
    ("rs in payments scaled down to zero", "SELECT name FROM replicasets WHERE namespace = 'payments' AND desired = 0"),
    ("pods in payments with a pvc", "SELECT name FROM pods WHERE namespace = 'payments' AND len(pvcs) > 0"),
    (
        "ml deploys using feature-store-secrets",
        "SELECT name FROM deployments WHERE namespace = 'ml' AND list_contains(secrets, 'feature-store-secrets')",
    ),
    (
        "container with the most env vars",
        "SELECT namespace, pod, name, len(env_names) FROM containers ORDER BY len(env_names) DESC LIMIT 1",
    ),
    ("new pods in data since yesterday", "SELECT name FROM pods WHERE namespace = 'data' AND created > now() - INTERVAL 1 DAY"),
    ("warning events in the last 10 minutes", "SELECT namespace, object, reason FROM events WHERE type = 'Warning' "
     "AND last_seen > now() - INTERVAL 10 MINUTE"),
]


# Counts rankings and states keep what the question says.
COUNTS_RANKINGS_AND_STATES_KEEP_WHAT_THE_QUESTION_SAYS = [
    # groups ranked by how many of the objects a filter keeps, not every object
    (
        "which namespace has the most crashlooping pods",
        "SELECT namespace, count(*) FROM pods WHERE status LIKE '%CrashLoopBackOff' GROUP BY namespace "
        "ORDER BY 2 DESC LIMIT 1",
    ),
    (
        "which ns has the most running pods",
        "SELECT namespace, count(*) FROM pods WHERE status = 'Running' GROUP BY namespace ORDER BY 2 DESC LIMIT 1",
    ),
    # the objects that meet some related object, each counted once
    (
        "how many pods use a pvc",
        "SELECT count(*) FROM pods p WHERE EXISTS (SELECT 1 FROM persistentvolumeclaims c "
        "WHERE c.namespace = p.namespace AND list_contains(p.pvcs, c.name))",
    ),
    (
        "how many nodes run pods in staging",
        "SELECT count(DISTINCT node) FROM pods WHERE namespace = 'staging'",
    ),
    ("how many restarts in payments", "SELECT sum(restarts) FROM pods WHERE namespace = 'payments'"),
    (
        "top 3 namespaces by number of crashlooping pods",
        "SELECT namespace, count(*) FROM pods WHERE status LIKE '%CrashLoopBackOff' GROUP BY namespace "
        "ORDER BY 2 DESC LIMIT 3",
    ),
    ("how many images per namespace", "SELECT namespace, count(DISTINCT image) FROM containers GROUP BY namespace"),
    ("which daemonsets don't have all their pods ready", "SELECT namespace, name FROM daemonsets WHERE unavailable_replicas > 0"),
    ("deployments where not all replicas are ready", "SELECT namespace, name FROM deployments WHERE ready_replicas < desired"),
    # states said in everyday words
    ("pods stuck creating containers", "SELECT namespace, name FROM pods WHERE status = 'ContainerCreating'"),
    ("how many pods are healthy?", "SELECT count(*) FROM pods WHERE status IN ('Running', 'Completed')"),
    ("healthy nodes", "SELECT name FROM nodes WHERE ready"),
    ("which deployments are healthy", "SELECT namespace, name FROM deployments WHERE ready_replicas = desired"),
    ("which deployments are not healthy", "SELECT namespace, name FROM deployments WHERE ready_replicas < desired"),
    ("what is wrong in checkout", "SELECT name, status FROM pods WHERE namespace = 'checkout' "
     "AND status NOT IN ('Running', 'Completed')"),
    ("which services are exposed externally", "SELECT namespace, name FROM services "
     "WHERE type IN ('LoadBalancer', 'NodePort')"),
    ("how many pods have more than one container", "SELECT count(*) FROM pods WHERE len(containers) > 1"),
    ("pods not using the host network", "SELECT namespace, name FROM pods WHERE NOT host_network"),
    ("pods that dont use hostNetwork", "SELECT namespace, name FROM pods WHERE NOT host_network"),
    # one named object's column, though a kind word starts the column's name
    ("what's the pod cidr of worker-1", "SELECT pod_cidr FROM nodes WHERE name = 'worker-1'"),
    ("where is backfill-orders-2026-11-g4mkc running", "SELECT 'worker-10'"),
]


# Selectors units families and fields set.
SELECTORS_UNITS_FAMILIES_AND_FIELDS_SET = [
    # kubectl's -l, read as the API server reads it: set-based terms, "!=" and "!key"
    ("po -n data -l 'app in (kafka,postgres)'", "SELECT name FROM pods WHERE namespace = 'data' AND labels['app'] IN ('kafka', 'postgres')"),
    ("po -n data -l '!pod-template-hash'", "SELECT name FROM pods WHERE namespace = 'data' AND NOT map_contains(labels, 'pod-template-hash')"),
    ("deploy -l 'team notin (payments)'", "SELECT namespace, name FROM deployments WHERE labels['team'] IS DISTINCT FROM 'payments'"),
    # amounts in the unit asked for, averaged or summed
    ("avg cpu request per pod -n payments (m)", "SELECT avg(cpu_request) * 1000 FROM pods WHERE namespace = 'payments'"),
    ("cpu limits of my pods in monitoring (m)", "SELECT name, cpu_limit * 1000 FROM pods WHERE namespace = 'monitoring'"),
    ("nodes with over 60 gigs of memory", "SELECT name FROM nodes WHERE memory_capacity > 60 * 1024 ^ 3"),
    # fields set or left unset
    (
        "monitoring po with mem limit set and cpu limit missing",
        "SELECT name FROM pods WHERE namespace = 'monitoring' AND memory_limit IS NOT NULL AND cpu_limit IS NULL",
    ),
    ("pdbs using maxUnavailable", "SELECT namespace, name FROM poddisruptionbudgets WHERE max_unavailable IS NOT NULL"),
    # a family of values by its first part, a name with a space, a node property of pods
    ("r5 nodes", "SELECT name FROM nodes WHERE instance_type LIKE 'r5.%'"),
    ("pods on worker 3", "SELECT namespace, name FROM pods WHERE node = 'worker-3'"),
    (
        "total cpu requests in zone us-east-1c",
        "SELECT sum(p.cpu_request) FROM pods p JOIN nodes n ON p.node = n.name WHERE n.zone = 'us-east-1c'",
    ),
    # images by publisher, containers by their pod's status, jobs by how long they took
    ("which pods run bitnami images?", "SELECT DISTINCT namespace, pod FROM containers WHERE image LIKE '%/bitnami/%'"),
    ("unready containers in Running pods", "SELECT namespace, pod, name FROM containers WHERE NOT ready AND pod_status = 'Running'"),
    ("how long did each job in batch take?", "SELECT name, duration FROM jobs WHERE namespace = 'batch'"),
    ("the 2 slowest jobs", "SELECT namespace, name, duration FROM jobs ORDER BY duration DESC LIMIT 2"),
    ("how many containers use each image pull policy?", "SELECT image_pull_policy, count(*) FROM containers GROUP BY 1"),
    # absence, groups of joined rows, and who reported an event
    (
        "which namespaces have no warning events?",
        "SELECT name FROM namespaces n WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.namespace = n.name "
        "AND e.type = 'Warning')",
    ),
    ("empty namespaces", "SELECT name FROM namespaces n WHERE NOT EXISTS (SELECT 1 FROM pods p WHERE p.namespace = n.name)"),
    (
        "pods on r5 nodes, count by ns",
        "SELECT p.namespace, count(*) FROM pods p JOIN nodes n ON p.node = n.name WHERE n.instance_type LIKE 'r5.%' "
        "GROUP BY 1",
    ),
    (
        "pods in payments not in any endpoints",
        "SELECT name FROM pods p WHERE namespace = 'payments' AND NOT EXISTS (SELECT 1 FROM endpoints e "
        "WHERE e.namespace = p.namespace AND list_contains(e.target_pods, p.name))",
    ),
    (
        "which services are not used by any ingress?",
        "SELECT namespace, name FROM services s WHERE NOT EXISTS (SELECT 1 FROM ingresses i "
        "WHERE i.namespace = s.namespace AND list_contains(i.services, s.name))",
    ),
    ("pods created in any namespace", "SELECT namespace, name FROM pods"),  # "in any" is no time window
    (
        "how many ready addresses does each endpoints object in payments have?",
        "SELECT name, ready_address_count FROM endpoints WHERE namespace = 'payments'",
    ),
    ("how many ports does each service in payments expose?", "SELECT name, len(ports) FROM services WHERE namespace = 'payments'"),
    ("warnings in payments grouped by reason", "SELECT reason, count(*) FROM events WHERE namespace = 'payments' AND type = 'Warning' GROUP BY 1"),
    (
        "which volumes failed to provision and why?",
        "SELECT namespace, involved_name, message FROM events WHERE reason = 'ProvisioningFailed'",
    ),
    (
        "which provisioner backs each pvc in monitoring?",
        "SELECT c.name, s.provisioner FROM persistentvolumeclaims c JOIN storageclasses s ON s.name = c.storage_class "
        "WHERE c.namespace = 'monitoring'",
    ),
    (
        "pvcs in data and their reclaim policy",
        "SELECT c.name, v.reclaim_policy FROM persistentvolumeclaims c JOIN persistentvolumes v ON v.name = c.volume "
        "WHERE c.namespace = 'data'",
    ),
    ("which secrets have a DATABASE_URL key?", "SELECT namespace, name FROM secrets WHERE list_contains(data_keys, 'DATABASE_URL')"),
    ("m5.xlarge machines in 1a", "SELECT name FROM nodes WHERE instance_type = 'm5.xlarge' AND zone = 'us-east-1a'"),
    ("jobs that haven't completed", "SELECT namespace, name FROM jobs WHERE status = 'Running'"),
    ("what kinds of objects have warning events?", "SELECT DISTINCT involved_kind FROM events WHERE type = 'Warning'"),
    (
        "broken po in payments w/ status",
        "SELECT name, status FROM pods WHERE namespace = 'payments' AND status NOT IN ('Running', 'Completed')",
    ),
    ("jobs with backoffLimit: 2", "SELECT namespace, name FROM jobs WHERE backoff_limit = 2"),
    ("jobs that hit the backoff limit", "SELECT namespace, name FROM jobs WHERE status = 'Failed'"),
    (
        "ledger-db pods and the machine type of their nodes",
        "SELECT p.name, n.instance_type FROM pods p JOIN nodes n ON n.name = p.node "
        "WHERE p.namespace = 'payments' AND p.owner_kind = 'StatefulSet' AND p.owner_name = 'ledger-db'",
    ),
    (
        "default cpu and memory limits in payments (limitrange)",
        "SELECT name, default_cpu_limit, default_memory_limit FROM limitranges WHERE namespace = 'payments'",
    ),
    ("allocatable cpu and memory of each node", "SELECT name, cpu_allocatable, memory_allocatable FROM nodes"),
    ("how big is each pvc in data, in GiB?", "SELECT name, storage_request / 1024 ^ 3 FROM persistentvolumeclaims WHERE namespace = 'data'"),
    ("nodes with no gpus", "SELECT name FROM nodes WHERE coalesce(gpu_capacity, 0) = 0"),
    ("what types of warnings do we get in payments", "SELECT DISTINCT reason FROM events WHERE namespace = 'payments' AND type = 'Warning'"),
    (
        "kubelet warnings per node",
        "SELECT source_host, count(*) FROM events WHERE type = 'Warning' AND source = 'kubelet' GROUP BY 1",
    ),
]


@pytest.mark.parametrize(
    ("question", "sql"),
    [
        # a label's values said in words: any of several, one left out, a key that only says which
        (
            "pods in checkout whose app label is redis or recommendation",
            "SELECT name FROM pods WHERE namespace = 'checkout' AND labels['app'] IN ('redis', 'recommendation')",
        ),
        (
            "ns labelled team=payments or team=checkout",
            "SELECT name FROM namespaces WHERE labels['team'] IN ('payments', 'checkout')",
        ),
        (
            "namespaces where the environment label isn't production",
            "SELECT name FROM namespaces WHERE labels['environment'] IS NULL OR labels['environment'] <> 'production'",
        ),
        (
            "fraud-detector and ledger-db pods in payments (by app label)",
            "SELECT name FROM pods WHERE namespace = 'payments' AND labels['app'] IN ('fraud-detector', 'ledger-db')",
        ),
        ("pod count by app label in payments", "SELECT labels['app'], count(*) FROM pods WHERE namespace = 'payments' GROUP BY 1"),
        # registries by name or nickname, and what does not come from them
        (
            "checkout images not on docker hub",
            "SELECT DISTINCT image FROM containers WHERE namespace = 'checkout' AND image NOT LIKE 'docker.io/%'",
        ),
        (
            "non-registry.acme.io images in monitoring",
            "SELECT DISTINCT image FROM containers WHERE namespace = 'monitoring' AND image NOT LIKE 'registry.acme.io/%'",
        ),
        ("anything using quay images?", "SELECT DISTINCT namespace, pod FROM containers WHERE image LIKE 'quay.io/%'"),
        ("pods pulling from the github container registry", "SELECT DISTINCT namespace, pod FROM containers WHERE image LIKE 'ghcr.io/%'"),
        # what only containers hold, asked of pods: each pod once
        (
            "which pods in monitoring set the POD_NAME environment variable?",
            "SELECT DISTINCT pod FROM containers WHERE namespace = 'monitoring' AND list_contains(env_names, 'POD_NAME')",
        ),
        ("pods listening on port 9093", "SELECT DISTINCT namespace, pod FROM containers WHERE list_contains(ports, '9093/TCP')"),
        (
            "how many pods set LOG_LEVEL env in ml",
            "SELECT count(DISTINCT pod) FROM containers WHERE namespace = 'ml' AND list_contains(env_names, 'LOG_LEVEL')",
        ),
        # a workload's one pod by its name: its containers, told apart by their names
        (
            "report-builder restarts per container",
            "SELECT name, restarts FROM containers WHERE namespace = 'data' AND pod LIKE 'report-builder-%'",
        ),
        (
            "which init container does the order-history pod have, and what command does it run?",
            "SELECT name, command FROM containers WHERE namespace = 'checkout' AND pod LIKE 'order-history-%' AND is_init",
        ),
        # container spec fields with no column: probes set or missing, privileged; init containers by field name
        (
            "containers in ml without a readiness probe",
            "SELECT pod, name FROM containers WHERE namespace = 'ml' AND type = 'container' "
            "AND json_extract(raw, '$.readinessProbe') IS NULL",
        ),
        (
            "frontend containers that don't have a livenessProbe",
            "SELECT pod, name FROM containers WHERE namespace = 'frontend' AND type = 'container' "
            "AND json_extract(raw, '$.livenessProbe') IS NULL",
        ),
        ("count checkout po with initContainers", "SELECT count(*) FROM pods WHERE namespace = 'checkout' AND len(init_containers) > 0"),
        # a label shown for the objects that have it; the images pods run, per pod
        (
            "show app.kubernetes.io/name for the kube-system pods that have it",
            "SELECT name, labels['app.kubernetes.io/name'] FROM pods WHERE namespace = 'kube-system' "
            "AND map_contains(labels, 'app.kubernetes.io/name')",
        ),
        ("which pods carry the label app=redis?", "SELECT namespace, name FROM pods WHERE labels['app'] = 'redis'"),
        (
            "which postgres images are the data pods running?",
            "SELECT pod, image FROM containers WHERE namespace = 'data' AND image LIKE '%postgres%'",
        ),
        # an image by repository and tag; workloads by the images their pod template runs
        (
            "which pods run storefront 12.5.0-rc.1?",
            "SELECT DISTINCT namespace, pod FROM containers WHERE image LIKE '%/storefront:12.5.0-rc.1'",
        ),
        (
            "statefulsets running postgres",
            "SELECT namespace, name FROM statefulsets WHERE len(list_filter(images, x -> x LIKE '%postgres%')) > 0",
        ),
        (
            "deployments on release-candidate image tags",
            "SELECT namespace, name FROM deployments WHERE len(list_filter(images, x -> x LIKE '%-rc%')) > 0",
        ),
        ("what pod selectors do the services in payments use?", "SELECT name, selector FROM services WHERE namespace = 'payments'"),
    ],
)
def test_label_values_and_registries_in_words(translator, engine, question, sql):
    t = translator.translate(question, context=ctx())
    assert not t.declined, t.message
    assert len(engine.query(t.sql).columns) == len(engine.query(sql).columns), t.sql
    assert_same_rows(translator, engine, question, sql)


@pytest.mark.parametrize(("question", "sql"), SLOTS)
def test_catalog_slots_answer_questions_without_a_rule(translator, engine, question, sql):
    t = translator.translate(question, context=ctx())
    assert not t.declined, t.message
    assert sorted(engine.query(t.sql).rows, key=repr) == sorted(engine.query(sql).rows, key=repr), t.sql


@pytest.mark.parametrize(("question", "sql"), SHAPES)
def test_shapes_answer_like_the_expected_sql(translator, engine, question, sql):
    t = translator.translate(question, context=ctx())
    assert isinstance(t, Translation) and not t.declined, t.message
    assert sorted(engine.query(t.sql).rows) == sorted(engine.query(sql).rows)
    assert t.confidence and t.confidence > 0


# Events asked about by their subjects, columns or counts, and rankings; a ranking's rows in order.
EVENTS_AND_RANKINGS = [
    # a cluster-wide object's events show no namespace; its events picked through its own state
    ("what events are there for the nodes?", "SELECT involved_name, reason, message FROM events WHERE involved_kind = 'Node'"),
    (
        "events about the nodes that are not ready",
        "SELECT e.involved_name, e.reason, e.message FROM events e JOIN nodes n "
        "ON e.involved_kind = 'Node' AND e.involved_name = n.name WHERE n.status = 'NotReady'",
    ),
    # events counted per object of the kind they are about
    (
        "number of events per pod in staging",
        "SELECT involved_name, count(*) FROM events WHERE namespace = 'staging' AND involved_kind = 'Pod' "
        "GROUP BY involved_name",
    ),
    (
        "how many events does each job have?",
        "SELECT namespace, involved_name, count(*) FROM events WHERE involved_kind = 'Job' "
        "GROUP BY namespace, involved_name",
    ),
    # what a component that reports events said is in its events, not in logs
    (
        "what did the scheduler say about pod llm-finetune-s7s4qv7sxr-tdd9b?",
        "SELECT message FROM events WHERE source = 'default-scheduler' AND involved_name = 'llm-finetune-s7s4qv7sxr-tdd9b'",
    ),
    # "top <kind> by <measure>", the kind in the singular: the one first
    ("top deployment by replicas", "SELECT namespace, name, desired FROM deployments ORDER BY desired DESC LIMIT 1"),
    ("top job by duration", "SELECT namespace, name, duration FROM jobs ORDER BY duration DESC LIMIT 1"),
    # when or how old, of objects listed or of one named object (in the namespace said)
    ("when did the jobs in batch start?", "SELECT name, start_time FROM jobs WHERE namespace = 'batch'"),
    ("how old are the nodes?", "SELECT name, age FROM nodes"),
    ("when did the db-backup cron job last run?", "SELECT last_schedule FROM cronjobs WHERE name = 'db-backup'"),
    (
        "how old is deploy cart-service -n checkout",
        "SELECT age FROM deployments WHERE namespace = 'checkout' AND name = 'cart-service'",
    ),
    (
        "when did pod fraud-detector-z6968wd5xd-hjgng in payments start?",
        "SELECT started FROM pods WHERE namespace = 'payments' AND name = 'fraud-detector-z6968wd5xd-hjgng'",
    ),
    # reasons spelt together, the part of a pod an event is about, a reason named beside "events"
    (
        "FailedScheduling or FailedMount events",
        "SELECT namespace, involved_name, message FROM events WHERE reason IN ('FailedScheduling', 'FailedMount')",
    ),
    (
        "which pods have back-off events for an init container?",
        "SELECT DISTINCT namespace, involved_name FROM events "
        "WHERE reason = 'BackOff' AND involved_field LIKE 'spec.initContainers%'",
    ),
    (
        "why is pod order-history-2jl7lt7vfq-fvck2 in checkout crashing? (BackOff events)",
        "SELECT message FROM events WHERE namespace = 'checkout' "
        "AND involved_name = 'order-history-2jl7lt7vfq-fvck2' AND reason = 'BackOff'",
    ),
    (
        "total ExternalProvisioning count for uploads -n staging",
        "SELECT sum(count) FROM events WHERE namespace = 'staging' AND involved_name = 'uploads' "
        "AND reason = 'ExternalProvisioning'",
    ),
    (
        "events that mention Insufficient",
        "SELECT namespace, object, reason FROM events WHERE message ILIKE '%Insufficient%'",
    ),
    (
        "any events about untolerated taints?",
        "SELECT namespace, object, reason FROM events WHERE message ILIKE '%untolerated taint%'",
    ),
    (
        "how many times did pods fail to schedule, counting repeats?",
        "SELECT sum(count) FROM events WHERE reason = 'FailedScheduling' AND involved_kind = 'Pod'",
    ),
    # a reporting component named in words: what it reported
    (
        "what has the job controller been saying?",
        "SELECT namespace, object, message FROM events WHERE source = 'job-controller'",
    ),
    (
        "what has kernel-monitor reported?",
        "SELECT namespace, object, reason FROM events WHERE source = 'kernel-monitor'",
    ),
    (
        "deployment scale-down events in data",
        "SELECT involved_name, message FROM events WHERE namespace = 'data' AND reason = 'ScalingReplicaSet'",
    ),
    # the subject of "why is X …", a plain name without a dash
    (
        "why was uploads stuck?",
        "SELECT type, reason, message FROM events WHERE involved_kind = 'PersistentVolumeClaim' "
        "AND involved_name = 'uploads'",
    ),
    (
        "which pods got FailedMount events?",
        "SELECT DISTINCT namespace, involved_name FROM events WHERE involved_kind = 'Pod' AND reason = 'FailedMount'",
    ),
    (
        "nodes that reported NodeNotReady",
        "SELECT DISTINCT involved_name FROM events WHERE involved_kind = 'Node' AND reason = 'NodeNotReady'",
    ),
    (
        "which jobs have failed according to the BackoffLimitExceeded events",
        "SELECT DISTINCT namespace, involved_name FROM events WHERE reason = 'BackoffLimitExceeded'",
    ),
    (
        "which objects got warnings in the last 5 minutes, and why?",
        "SELECT DISTINCT namespace, object, reason FROM events WHERE type = 'Warning' "
        "AND last_seen > now() - INTERVAL 5 MINUTE",
    ),
    (
        "warnings in checkout: object and reason",
        "SELECT object, reason FROM events WHERE namespace = 'checkout' AND type = 'Warning'",
    ),
    (
        "ev for po/fraud-detector-z6968wd5xd-hjgng -n payments, reason + message only",
        "SELECT reason, message FROM events WHERE involved_name = 'fraud-detector-z6968wd5xd-hjgng'",
    ),
    # (one kind's events everywhere are told in full, message too, as 27 of 29 such written cases are)
    ("events about pvcs", "SELECT namespace, involved_name, reason, message FROM events "
     "WHERE involved_kind = 'PersistentVolumeClaim'"),
    (
        "top 4 reasons among warning events",
        "SELECT reason, count(*) AS n FROM events WHERE type = 'Warning' GROUP BY reason ORDER BY n DESC LIMIT 4",
    ),
    (
        "the 2 noisiest objects by summed event count",
        "SELECT namespace, object, sum(count) AS n FROM events GROUP BY namespace, object ORDER BY n DESC LIMIT 2",
    ),
    ("3 most repeated warnings", "SELECT namespace, object, reason, count FROM events WHERE type = 'Warning' "
     "ORDER BY count DESC LIMIT 3"),
    (
        "deployment with the most unavailable replicas",
        "SELECT namespace, name, unavailable_replicas FROM deployments ORDER BY unavailable_replicas DESC LIMIT 1",
    ),
    ("jobs sorted by age, newest first, with their age", "SELECT namespace, name, age FROM jobs"),
    (
        "largest 2 pvcs by storage request",
        "SELECT namespace, name, storage_request FROM persistentvolumeclaims ORDER BY storage_request DESC LIMIT 2",
    ),
    (
        "daemonsets in kube-system alphabetically + desired count",
        "SELECT name, desired FROM daemonsets WHERE namespace = 'kube-system' ORDER BY name",
    ),
    (
        "what did the kubelet on worker-2 report?",
        "SELECT namespace, object, reason FROM events WHERE source = 'kubelet' "
        "AND source_host = 'worker-2'",
    ),
    (
        "top 2 statefulsets in data missing the most ready replicas",
        "SELECT name, desired - ready_replicas AS m FROM statefulsets WHERE namespace = 'data' ORDER BY m DESC LIMIT 2",
    ),
    ("jobs by start time desc", "SELECT namespace, name, start_time FROM jobs ORDER BY start_time DESC"),
    (
        "memory requested per namespace, sorted highest first",
        "SELECT namespace, sum(memory_request) AS m FROM pods GROUP BY namespace ORDER BY m DESC",
    ),
    (
        "which node has the most warning events",
        "SELECT involved_name, count(*) AS n FROM events WHERE involved_kind = 'Node' AND type = 'Warning' "
        "GROUP BY involved_name ORDER BY n DESC LIMIT 1",
    ),
    (
        "which kinds of objects have the most events",
        "SELECT involved_kind, count(*) AS n FROM events GROUP BY involved_kind ORDER BY n DESC",
    ),
    (
        "2 most recent warnings in frontend",
        "SELECT object, reason, last_seen FROM events WHERE namespace = 'frontend' AND type = 'Warning' "
        "ORDER BY last_seen DESC LIMIT 2",
    ),
    ("the 2 largest pvs", "SELECT name, capacity FROM persistentvolumes ORDER BY capacity DESC LIMIT 2"),
    ("order the services in data by creation time", "SELECT name FROM services WHERE namespace = 'data'"),
    ("pods in checkout sorted by restarts", "SELECT name, restarts FROM pods WHERE namespace = 'checkout'"),
    ("how many times has FailedMount fired?", "SELECT sum(count) FROM events WHERE reason = 'FailedMount'"),
    (
        "occurrences per reason among warnings",
        "SELECT reason, sum(count) FROM events WHERE type = 'Warning' GROUP BY reason",
    ),
    ("events that repeated more than 50 times", "SELECT namespace, object, reason, count FROM events WHERE count > 50"),
    # a negated source, a repeat count, a window on first_seen, a time never set
    ("warning events not from kubelet", "SELECT namespace, object, reason FROM events "
     "WHERE type = 'Warning' AND source <> 'kubelet'"),
    ("events that happened more than 10 times", "SELECT namespace, object, reason, count FROM events WHERE count > 10"),
    ("repeated warnings in payments", "SELECT object, reason, count FROM events "
     "WHERE namespace = 'payments' AND type = 'Warning' AND count > 1"),
    ("events first seen today", "SELECT namespace, object, reason FROM events WHERE first_seen > now() - INTERVAL 1 DAY"),
    ("warnings since 30m", "SELECT namespace, object, reason FROM events "
     "WHERE type = 'Warning' AND last_seen > now() - INTERVAL 30 MINUTE"),
    ("ev -n ml 15m", "SELECT object, reason, message FROM events "
     "WHERE namespace = 'ml' AND last_seen > now() - INTERVAL 15 MINUTE"),
    ("cronjobs that never succeeded", "SELECT namespace, name FROM cronjobs WHERE last_successful IS NULL"),
    ("jobs never finished", "SELECT namespace, name FROM jobs WHERE status = 'Running'"),
    ("the distinct reasons of warnings in checkout", "SELECT DISTINCT reason FROM events "
     "WHERE namespace = 'checkout' AND type = 'Warning'"),
    (
        "events about the cache-warmer cronjob",
        "SELECT type, reason, message FROM events WHERE involved_kind = 'CronJob' AND involved_name = 'cache-warmer'",
    ),
    (
        "how many pods have BackOff events",
        "SELECT count(*) FROM (SELECT DISTINCT namespace, involved_name FROM events "
        "WHERE involved_kind = 'Pod' AND reason = 'BackOff')",
    ),
    ("how many nodes reported OOMKilling", "SELECT count(DISTINCT involved_name) FROM events WHERE reason = 'OOMKilling'"),
    (
        "number of events for pod fraud-detector-z6968wd5xd-hjgng",
        "SELECT count(*) FROM events WHERE involved_name = 'fraud-detector-z6968wd5xd-hjgng'",
    ),
    (
        "namespaces ranked by number of services",
        "SELECT namespace, count(*) FROM services GROUP BY namespace",
    ),
    ("3 pods in payments with the fewest restarts", "SELECT name, restarts FROM pods WHERE namespace = 'payments' "
     "ORDER BY restarts LIMIT 3"),
    ("smallest 2 pvcs in data", "SELECT name, storage_request FROM persistentvolumeclaims WHERE namespace = 'data' "
     "ORDER BY storage_request LIMIT 2"),
    ("warnings sorted by count", "SELECT namespace, object, reason, count FROM events WHERE type = 'Warning'"),
    ("what is happening in data?", "SELECT object, reason, message FROM events WHERE namespace = 'data'"),
    (
        "events for pods in checkout",
        "SELECT involved_name, reason, message FROM events WHERE namespace = 'checkout' AND involved_kind = 'Pod'",
    ),
    ("events with count > 200", "SELECT namespace, object, reason, count FROM events WHERE count > 200"),
    ("event count by involvedObject.kind", "SELECT involved_kind, count(*) FROM events GROUP BY involved_kind"),
    ("describe cronjob cache-warmer -n batch, events only", "SELECT type, reason, message FROM events "
     "WHERE involved_kind = 'CronJob' AND involved_name = 'cache-warmer'"),
    ("list the jobs in batch from newest to oldest", "SELECT name FROM jobs WHERE namespace = 'batch'"),
    (
        "which pods are failing readiness probes according to events?",
        "SELECT namespace, involved_name, message FROM events WHERE reason = 'Unhealthy'",
    ),
    ("non-warning events in data", "SELECT object, reason, message FROM events WHERE namespace = 'data' "
     "AND type = 'Normal'"),
    (
        "the 2 busiest namespaces by pods",
        "SELECT namespace, count(*) AS n FROM pods GROUP BY namespace ORDER BY n DESC LIMIT 2",
    ),
    ("warning events per reporting component", "SELECT source, count(*) FROM events WHERE type = 'Warning' "
     "GROUP BY source"),
    (
        "events first seen over 2 hours ago and seen again in the last 10 minutes",
        "SELECT namespace, object, reason FROM events WHERE first_seen < now() - INTERVAL 2 HOUR "
        "AND last_seen > now() - INTERVAL 10 MINUTE",
    ),
    (
        "checkout po with Warning events",
        "SELECT DISTINCT involved_name FROM events WHERE namespace = 'checkout' AND involved_kind = 'Pod' "
        "AND type = 'Warning'",
    ),
    # label keys: lacking one (a map-less object too), grouped by one, shown as kubectl -L does
    ("namespaces w/o an environment= label", "SELECT name FROM namespaces WHERE labels['environment'] IS NULL"),
    ("namespaces nobody tagged with a team", "SELECT name FROM namespaces WHERE labels['team'] IS NULL"),
    ("how many deployments does each team have (team label)?", "SELECT labels['team'], count(*) FROM deployments "
     "GROUP BY 1"),
    ("which namespaces enforce the baseline pod security level?", "SELECT name FROM namespaces "
     "WHERE labels['pod-security.kubernetes.io/enforce'] = 'baseline'"),
    ("pod count across production-labelled namespaces", "SELECT count(*) FROM pods p JOIN namespaces n "
     "ON n.name = p.namespace WHERE n.labels['environment'] = 'production'"),
    ("-n payments po -L app", "SELECT name, labels['app'] FROM pods WHERE namespace = 'payments'"),
    # time windows on the timestamp the words name, and durations compared as durations
    ("which cron jobs fired in the last 30 minutes?", "SELECT namespace, name FROM cronjobs "
     "WHERE last_schedule > now() - INTERVAL 30 MINUTE"),
    ("how many events first appeared in the last 10 minutes?", "SELECT count(*) FROM events "
     "WHERE first_seen > now() - INTERVAL 10 MINUTE"),
    ("svc newer than 90d", "SELECT namespace, name FROM services WHERE created > now() - INTERVAL 90 DAY"),
    ("deploys created more than half a year ago", "SELECT namespace, name FROM deployments WHERE age > INTERVAL 180 DAY"),
    ("jobs with duration < 10s", "SELECT namespace, name FROM jobs WHERE duration < INTERVAL 10 SECOND"),
    ("cj w/o a successful run in 48h", "SELECT namespace, name FROM cronjobs "
     "WHERE last_successful IS NULL OR last_successful < now() - INTERVAL 2 DAY"),
    # a singular subject asks for one: "which pod in X has …", "top restarter", "X's most restarting pod"
    (
        "which pod in payments has restarted the most?",
        "SELECT name, restarts FROM pods WHERE namespace = 'payments' ORDER BY restarts DESC LIMIT 1",
    ),
    ("top restarter -n data", "SELECT name, restarts FROM pods WHERE namespace = 'data' ORDER BY restarts DESC LIMIT 1"),
    (
        "data's most restarting pod",
        "SELECT name, restarts FROM pods WHERE namespace = 'data' ORDER BY restarts DESC LIMIT 1",
    ),
    # objects ranked by how many of another kind point at them
    (
        "which service account is used by the most pods?",
        "SELECT namespace, service_account, count(*) AS n FROM pods GROUP BY ALL ORDER BY n DESC LIMIT 1",
    ),
    (
        "cron job with the most jobs",
        "SELECT namespace, owner_name, count(*) AS n FROM jobs WHERE owner_kind = 'CronJob' "
        "GROUP BY ALL ORDER BY n DESC LIMIT 1",
    ),
    (
        "ns with the biggest total pvc requests",
        "SELECT namespace, sum(storage_request) AS s FROM persistentvolumeclaims GROUP BY 1 ORDER BY s DESC LIMIT 1",
    ),
    (
        "which storage class has the most pvcs",
        "SELECT storage_class, count(*) AS n FROM persistentvolumeclaims GROUP BY 1 ORDER BY n DESC LIMIT 1",
    ),
    ("which ingress has the most hosts", "SELECT namespace, name, len(hosts) AS n FROM ingresses "
     "ORDER BY n DESC LIMIT 1"),
    ("svc with the most ports", "SELECT namespace, name, len(ports) AS n FROM services ORDER BY n DESC LIMIT 1"),
    (
        "pods in data that have restarted, sorted by restarts (most first)",
        "SELECT name, restarts FROM pods WHERE namespace = 'data' AND restarts > 0",
    ),
    # a verb said not to happen is its failure; the resource the scheduler found short; a kind in the reason
    (
        "which pods can't be scheduled because there isn't enough cpu? (events)",
        "SELECT DISTINCT namespace, involved_name FROM events WHERE reason = 'FailedScheduling' "
        "AND message LIKE '%Insufficient cpu%'",
    ),
    (
        "pods that could not be scheduled (events)",
        "SELECT DISTINCT namespace, involved_name FROM events WHERE reason = 'FailedScheduling'",
    ),
    ("pods that failed to schedule", "SELECT namespace, name FROM pods WHERE NOT scheduled"),
    (
        "replica set scaling events",
        "SELECT namespace, involved_name, message FROM events WHERE reason = 'ScalingReplicaSet'",
    ),
    # a window on the events, not on the pods they are about; a source by its last word; the nodes asked about
    (
        "events about pods in ml in the past hour",
        "SELECT involved_name, reason, message FROM events WHERE namespace = 'ml' AND involved_kind = 'Pod' "
        "AND last_seen > now() - INTERVAL 1 HOUR",
    ),
    (
        "events from the scheduler",
        "SELECT namespace, object, reason FROM events WHERE source = 'default-scheduler'",
    ),
    (
        "which nodes had OOMKilling events?",
        "SELECT DISTINCT involved_name FROM events WHERE involved_kind = 'Node' AND reason = 'OOMKilling'",
    ),
    # failures only events tell of: the pods they are about, each once
    (
        "which pods failed their readiness probes?",
        "SELECT DISTINCT namespace, involved_name FROM events WHERE involved_kind = 'Pod' AND reason = 'Unhealthy'",
    ),
    (
        "which pods failed to mount volumes",
        "SELECT DISTINCT namespace, involved_name FROM events WHERE involved_kind = 'Pod' AND reason = 'FailedMount'",
    ),
    ("terminated containers and why", "SELECT namespace, pod, name, reason FROM containers WHERE state = 'terminated'"),
    (
        "free pod slots per node",
        "SELECT n.name, n.pods_allocatable - count(p.name) FROM nodes n LEFT JOIN pods p ON p.node = n.name "
        "AND p.phase NOT IN ('Succeeded', 'Failed') GROUP BY n.name, n.pods_allocatable",
    ),
    ("how many cpus can pods use across the cluster", "SELECT sum(cpu_allocatable) FROM nodes"),
    # one thing asked for with a verb in the past: the top one
    (
        "which container restarted the most?",
        "SELECT namespace, pod, name, restarts FROM containers ORDER BY restarts DESC LIMIT 1",
    ),
    # containers: a column shown for each one, not rows counted; what a container runs is its command
    ("batch ns: container command per pod", "SELECT pod, name, command FROM containers WHERE namespace = 'batch'"),
    (
        "image pull policy of each container in batch",
        "SELECT pod, name, image_pull_policy FROM containers WHERE namespace = 'batch'",
    ),
    ("container image per pod in checkout", "SELECT pod, name, image FROM containers WHERE namespace = 'checkout'"),
    (
        "what is the wait-for-db container running?",
        "SELECT namespace, pod, name, command FROM containers WHERE name = 'wait-for-db'",
    ),
]


@pytest.mark.parametrize(("question", "sql"), EVENTS_AND_RANKINGS)
def test_events_and_rankings_answer_like_the_expected_sql(translator, engine, question, sql):
    t = translator.translate(question, context=ctx())
    assert not t.declined, t.message
    got, want = engine.query(t.sql).rows, engine.query(sql).rows
    if "LIMIT" in sql:  # ranked by the same measure, with as many columns (rows may tie at the cut)
        assert [(len(r), r[-1]) for r in got] == [(len(r), r[-1]) for r in want], t.sql
    else:
        assert sorted(got, key=repr) == sorted(want, key=repr), t.sql


def test_current_namespace(translator, engine):
    t = translator.translate("svc", context=ctx("monitoring"))
    assert t.sql == "SELECT name FROM services WHERE namespace = 'monitoring'"
    t = translator.translate("any warnings in my namespace?", context=ctx("data"))
    assert "namespace = 'data'" in t.sql


@pytest.mark.parametrize(
    ("question", "sql"),
    [
        # "this namespace" names the current one, not the Namespace kind
        (
            "what happened in this namespace in the last hour?",
            "SELECT object, reason, message FROM events WHERE namespace = 'ml' "
            "AND last_seen > now() - INTERVAL 1 HOUR",
        ),
        ("configmaps in the current ns", "SELECT name FROM configmaps WHERE namespace = 'ml'"),
        ("pods of mine not in Running state", "SELECT name FROM pods WHERE namespace = 'ml' AND status <> 'Running'"),
        ("number of pods in current ns with qos Guaranted", "SELECT count(*) FROM pods WHERE namespace = 'ml' "
         "AND qos_class = 'Guaranteed'"),
        ("succesful jobs in current ns", "SELECT name FROM jobs WHERE namespace = 'ml' AND status = 'Complete'"),
        # the pods of one namespace per node keep those not yet scheduled, as dev.yaml's own case
        ("how r my pods spread across the nodes", "SELECT node, count(*) FROM pods WHERE namespace = 'ml' "
         "GROUP BY node"),
        ("which pods in this namespace aren't managed by any controller?", "SELECT name FROM pods "
         "WHERE namespace = 'ml' AND owner_kind IS NULL"),
        ("which services here are LoadBalancers, and what is their external address?", "SELECT name, external_ip "
         "FROM services WHERE namespace = 'ml' AND type = 'LoadBalancer'"),
        ("which role bindings are in this namespace, and who do they bind?", "SELECT name, subjects "
         "FROM rolebindings WHERE namespace = 'ml'"),
        ("my standalone pods, not from a deploy/sts/job", "SELECT name FROM pods WHERE namespace = 'ml' "
         "AND owner_kind IS NULL"),
        ("which of our services have nothing behind them?", "SELECT s.name FROM services s LEFT JOIN endpoints e "
         "ON e.namespace = s.namespace AND e.name = s.name WHERE s.namespace = 'ml' "
         "AND coalesce(e.ready_address_count, 0) = 0 AND s.type <> 'ExternalName'"),
        ("who is bound to roles in my ns? (rolebinding + subjects)", "SELECT name, subjects FROM rolebindings "
         "WHERE namespace = 'ml'"),
        ("imgs in current ns", "SELECT DISTINCT image FROM containers WHERE namespace = 'ml'"),
        ("pod ips here", "SELECT name, ip FROM pods WHERE namespace = 'ml'"),
        # a kind the counted one names in a column of its own: grouped by that column
        ("how many of my pods run under each service account?", "SELECT service_account, count(*) FROM pods "
         "WHERE namespace = 'ml' GROUP BY service_account"),
        # "have" joins the kind asked for to the related one
        ("which of my deployments have an autoscaler?", "SELECT d.name FROM deployments d "
         "JOIN horizontalpodautoscalers h ON h.namespace = d.namespace AND h.target_kind = 'Deployment' "
         "AND h.target_name = d.name WHERE d.namespace = 'ml'"),
        ("hpa here: cur/max", "SELECT name, current_replicas, max_replicas FROM horizontalpodautoscalers "
         "WHERE namespace = 'ml'"),
        # "in my ns" scopes a join; the namespace is no related kind
        ("deployments in my ns with an hpa", "SELECT name FROM deployments WHERE namespace = 'ml' "
         "AND name = 'model-serving'"),
        ("how many ready addresses does each endpoints object in this namespace have?",
         "SELECT name, ready_address_count FROM endpoints WHERE namespace = 'ml'"),
        # "of this namespace" asks about the namespace itself
        ("is this namespace terminating?", "SELECT name FROM namespaces WHERE name = 'ml' AND deleting"),
    ],
)
def test_current_namespace_phrases(translator, engine, question, sql):
    t = translator.translate(question, context=ctx("ml"))
    assert not t.declined, t.message
    assert sorted(engine.query(t.sql).rows, key=repr) == sorted(engine.query(sql).rows, key=repr), t.sql


@pytest.mark.parametrize(
    ("question", "sql"),
    [
        # a plain listing shows what kubectl get shows beside the name: a secret's type, a claim's status
        ("secrets here", "SELECT name, type FROM secrets WHERE namespace = 'data'"),
        ("secrets in payments", "SELECT name, type FROM secrets WHERE namespace = 'payments'"),
        ("pvc", "SELECT name, status FROM persistentvolumeclaims WHERE namespace = 'data'"),
        ("list the pvcs in monitoring", "SELECT name, status FROM persistentvolumeclaims "
         "WHERE namespace = 'monitoring'"),
        ("all pvcs -A", "SELECT namespace, name, status FROM persistentvolumeclaims"),
        # filtered, only the names
        ("pending pvcs here", "SELECT name FROM persistentvolumeclaims WHERE namespace = 'data' "
         "AND status = 'Pending'"),
        ("how many secrets in payments?", "SELECT count(*) FROM secrets WHERE namespace = 'payments'"),
        # values of one column named together are alternatives, counted per value
        ("how many jobs succeeded, failed or are still running?",
         "SELECT status, count(*) FROM jobs GROUP BY status"),
        ("how many jobs failed or succeeded?",
         "SELECT status, count(*) FROM jobs WHERE status IN ('Failed', 'Complete') GROUP BY status"),
        ("number of pods Pending or ContainerCreating",
         "SELECT status, count(*) FROM pods WHERE status IN ('Pending', 'ContainerCreating') GROUP BY status"),
        # an endpoints object's ready count is its number of ready addresses; the kind's word is no column
        ("ep in payments, ready count", "SELECT name, ready_address_count FROM endpoints "
         "WHERE namespace = 'payments'"),
        ("endpoints in payments and their ports", "SELECT name, ports FROM endpoints WHERE namespace = 'payments'"),
        # a service account bound by a role binding is named there as namespace/name
        ("service accounts in payments that have a rolebinding", "SELECT name FROM serviceaccounts "
         "WHERE namespace = 'payments' AND name = 'payments-api'"),
        # "which nodes are those pods on?": the pods, each with its node
        ("which nodes are the payments pods on?", "SELECT name, node FROM pods WHERE namespace = 'payments'"),
        # the nodes they run on, each once (as two dev intents write it)
        ("which nodes are the crashlooping pods running on?", "SELECT DISTINCT node FROM pods "
         "WHERE status LIKE '%CrashLoopBackOff'"),
        # a workload's images are those its template names; a pod's, those its containers run
        ("images of the deployments in payments", "SELECT name, images FROM deployments "
         "WHERE namespace = 'payments'"),
        ("images of the pods in payments", "SELECT DISTINCT image FROM containers WHERE namespace = 'payments'"),
        # a label shown: the objects that carry it
        ("kube-system pods and their component label", "SELECT name, labels['component'] FROM pods "
         "WHERE namespace = 'kube-system'"),
        ("component label of pods in kube-system", "SELECT name, labels['component'] FROM pods "
         "WHERE namespace = 'kube-system'"),
    ],
)
def test_plain_listings_and_alternatives(translator, engine, question, sql):
    namespace = "data" if "namespace = 'data'" in sql else None
    assert_same_rows(translator, engine, question, sql, columns=True, namespace=namespace)


@pytest.mark.parametrize(
    "question",
    [
        "delete the failed pods",
        "kubectl delete po --field-selector status.phase=Failed -A",
        "clean up all the evicted pods pls",
        "cordon worker-7",
        "drain worker-4 and evict everything",
        "scale deploy storefront to 3",
        "restart the payments-api deployment",
        "patch the storefront service to type NodePort",
        "add label team=web to all pods in frontend",
        "apply this manifest: a Deployment nginx with 2 replicas",
        "kill cartservice in shop",
        "exec into the storefront pod",
        "rollout restart deploy/web",
        "which AWS account is this cluster in?",
        "what's our monthly EC2 bill for these nodes?",
        "show me the logs of storefront",
        "who deleted the pod report-builder yesterday?",
        "find crashlooping pods and restart them",
        "set replicas of checkout-api to 5",
        "label pod storefront-abc team=a",
        "update the image of checkout-api",
        "stop the cronjob backup",
        "please mark node worker-3 unschedulable",
        "which pods use the most cpu right now",
        "tail the logs of checkout-api",
        "can you make checkout-api have 3 replicas",
        "I need the ml namespace gone",
        "i want the failed pods deleted",
        "keep pods off worker-3",
        "make checkout-api use 2 replicas",
        "what is DB_PASSWORD in secret app-config",
        "kubectl top nodes",
        "which pods hog the most memory?",
        "how much memory does payments-api use",
        "can you make checkout-api in checkout have 3 replicas?",
        "deploy nginx to staging",
        "give bob admin access to payments",
        "resize the pvc postgres-data to 50Gi",
        "which images have known CVEs?",
        "can the payments-api pods reach the ledger-db service?",
        "helm get values ingress-nginx",
        "re-trigger job nightly-report-28990000",
        "send a slack message to the payments team about the crashloops",
        "change LOG_LEVEL to debug in the checkout-api-config configmap",
        "move the storefront pod to worker-2",
        "copy /tmp/dump.sql out of pod ledger-db-0",
        "kick off a manual run of the db-backup cron job",
        "df -h on worker-3",
        "du -sh /var/lib on worker-1",
        "who is on call for the checkout team?",
        "what was storefront's replica count two days ago",
        "what image was payments-api running yesterday?",
        "what did the storefront deployment look like last week",
        "retry the failed jobs in batch",
        "what's the consumer lag on the kafka topics in data?",
        "how busy are the GPUs on gpu-1 right now?",
        "how many requests per second does checkout get",
        "is the postgres database in data healthy (run a query)",
        "how much disk is free on worker-2",
        "what ips are calling the payments api",
        "is the disk on worker-3 full",
        "when does the tls certificate in payments expire",
        "what did the ledger-db-0 container print before it crashed",
        "how many bytes did the frontend pods send",
        "which slack channel owns payments",
        "will worker-3 fail soon",
        "which pods can reach the database",
        "curl the frontend ingress",
        "what's the load average on worker-3",
        "which endpoints are the slowest",
        "how many requests did the ingress serve today",
        "what's the git sha deployed in payments",
        "which pods are using the most network",
        "is the payments-api endpoint returning 500s",
        "what is the temperature of the nodes",
        "pods failing with high memory metrics",
        "hey, can you delete the pods in staging",
        "could you please restart checkout-api, thanks",
        "resume cronjob nightly-report",
        "lower cpu requests on checkout-api",
        "how much are we spending on this cluster per month",
        "which pods use more memory than they request?",
        "which containers are using over 90% of their memory limit",
        "which pods will be evicted next",
        "kubectl auth can-i delete pods --as alice",
        "kubectl debug node/worker-3",
        "what's the current load on worker-4",
        "which deploys were rolled back last week",
        "k get secret payments-db -o yaml",
        "DROP TABLE pods",
        "delete from pods where namespace = 'staging'",
        "can you clean up completed jobs",
        "renew certs",
        "which node is the hottest",
        "what's in the /etc/hosts of pod storefront",
        "how long did the last deploy take",
        "what changed in the last deployment of checkout-api",
        "make payments-api use image v3",
        "write a network policy that blocks staging",
        "network io per pod",
        "which services get no traffic",
        "show me the error messages from the app in checkout",
        "list all pods that were deleted today",
        "which pods existed last week",
        "how many times did cassandra-0 restart last week",
        "how many pods crashed last month",
        "should I scale up checkout",
        "is it safe to drain worker-2",
        "what's the best node for my new pod",
        "get me a shell on worker-1",
        "what's eating cpu on worker-3",
        "how fast is the disk on worker-1",
        "which pod sends the most requests",
        "how many deploys happened last quarter",
        "what happened at 3am last night",
        "which pods had the most restarts this week",
        "ephemeral storage requests per pod in payments",
        "which deployments have the most requests",
        "top pods by requests",
        "which images are out of date",
        "which pods are running old images",
        "which nodes are full",
        "can you restart crashlooping pods in payments?",
        "could you clean the failed jobs",
        "restart failing pods",
        "stop evicted pods",
        "top 3 pods",
        "show top 5 nodes",
        "biggest node",
        "deployments with failed jobs",  # deployments own no jobs: not every deployment
        "nodes that have pvcs",
        "statefulsets updated in the last day",  # no edit history: not a window on creation
        "deployments changed today",
        # orders said with a name and nothing more, or with an uncommon verb
        "mark worker-3 unschedulable",
        "restart kafka",
        "kick the stuck job",
        "pin kafka to worker-3",
        "tag the gpu nodes with team=ml",
        "drop the events table",
        # measurements, history, audit and what-ifs the objects do not hold
        "disk io on worker-3",
        "how many http 500s did the frontend return today",
        "mean time to recovery for crashing pods",
        "is worker-2 overloaded",
        "which containers exceed their memory request right now",
        "is any pod actually using its whole memory limit",
        "what did the deployment look like before the last change",
        "what image was checkout-api running before the upgrade",
        "compare today's pod count to yesterday's",
        "are there more pods than yesterday",
        "when was the last time someone deleted a pod in payments",
        "what commands were run on worker-3",
        "how long until the pvc in data is full",
        "would the pods fit if worker-3 died",
        "benchmark the disk on worker-1",
        "resolve the frontend service dns name",
        "expose checkout-api on port 80",
        "open port 443 on the ingress",
        "run nginx in payments",
        "execute the db-backup cronjob",
        "what's the current value of the FEATURE_FLAG env var in checkout-api",
        "which pods have the DB_PASSWORD env var set and what's its value",
        "what's the trend of pending pods",
        "which deployments were scaled down today",
        "how many times was the payments-api deployment updated",
        "what was the previous image of fraud-detector",
        "which image did web-bff use before",
        "pods close to their memory limit",
        "nodes with more than 90% memory used",
        "does the frontend service respond",
        "put worker-3 in maintenance mode",
    ],
)
def test_mutations_and_outside_data_are_declined(translator, question):
    t = translator.translate(question, context=ctx())
    assert t.declined and t.sql is None and t.message


@pytest.mark.parametrize(
    "question",
    [
        "what's the mysql password in mysql-credentials?",
        "show hf-secret token in ml",
        "decode secret db-creds",
        "does the db-creds secret begin with 'ab'?",
        "how many characters is the hf-secret secret in ml",
        "does the db-creds secret contain the string admin",
        "what is the ssh key for worker-1",
        "show the data of the tls secret in payments",
    ],
)
def test_secret_values_are_declined(translator, question):
    t = translator.translate(question, context=ctx())
    assert t.declined and "Secret values" in t.message


def test_read_only_words_that_look_like_verbs_are_answered(translator):
    for q in (
        "which three pods restart the most?",
        "deploy not ready",
        "volume attach failures",
        "pods with label app=web",
        "update strategy of deployments",
        "label selectors of services in payments",
        "start time of jobs",
        "can you show pods that restarted",
        "please list pods which were evicted",
        "top 5 pods by cpu requests",
        "what's running in payments?",
        "how many cores does payments request?",
        "deploy strategy=Recreate",
        "which pods were created yesterday?",
        "jobs that completed in the last day",
        "secrets whose names start with db",
        "free memory per node",
        "storage classes that allow volume expansion",
        "which containers mount /var/log?",
        "which services send traffic to crashlooping pods?",
        "how much memory can pods use on worker-2?",
        "hottest pods by restarts",
        "pv whose pvc was deleted",
        "how long did the backfill job take",
        "can you show me the crashlooping pods",
        "restart count of pods in payments",
        "restart policy of the batch pods",
        "restart counts of crashlooping pods",
        "roles in payments that can read secrets",
        "pods that tolerate the unreachable taint",
        "top 3 pods by restarts",
        "which pods would be affected if worker-3 went down",
        "tag of the nginx image",
        "restart counts",
        "when was the checkout-api deployment created",
        "open ports of services",
        "last image pulled events",
        "quotas over 80% used",
        "which pods run nginx in payments",
    ):
        assert not translator.translate(q, context=ctx()).declined, q


def test_unreadable_question_declines_with_what_it_understood(translator):
    t = translator.translate("is the moon made of cheese?", context=ctx())
    assert t.declined and "--sql" in t.message


@pytest.mark.parametrize(
    ("question", "unread"),
    [
        ("pods running as root", "root"),
        ("pods in payments running as root", "root"),
        # a word only the declines spell out is not understood either
        # (on a host no ingress here has; "serve" is read as "serving", the word the message quotes)
        ("which pods serve shop.example.com?", "serving"),
    ],
)
def test_a_word_left_unread_is_no_reason_to_list_everything(translator, question, unread):
    t = translator.translate(question, context=ctx())
    assert t.declined and f"'{unread}'" in t.message and "--sql" in t.message, t.sql


@pytest.mark.parametrize(
    ("question", "table"),
    [("deployments whose image tag is latest", "deployments"), ("containers using the latest tag", "containers")],
)
def test_a_latest_image_tag_is_read_on_the_kind_asked_for(translator, question, table):
    t = translator.translate(question, context=ctx())
    assert f"FROM {table} WHERE" in t.sql and "%:latest" in t.sql, t.sql


@pytest.mark.parametrize(
    "question",
    ["list all pods", "show every deployment currently in the cluster", "what pods exist", "nodes", "pods in payments"],
)
def test_asking_for_everything_lists_everything(translator, question):
    t = translator.translate(question, context=ctx())
    assert not t.declined and " WHERE " not in t.sql.replace(" WHERE namespace = 'payments'", ""), t.message


FOLLOWUPS = [
    # the other resource; the other state; the order reversed; a size; rows left out; a count elsewhere
    (
        "now the memory",
        "SELECT namespace, sum(cpu_request) FROM pods GROUP BY namespace",
        "SELECT namespace, SUM(memory_request) FROM pods GROUP BY namespace",
    ),
    (
        "and the memory?",
        "SELECT name, cpu_request FROM pods WHERE namespace = 'ml'",
        "SELECT name, cpu_request, memory_request FROM pods WHERE namespace = 'ml'",
    ),
    (
        "and cpu?",
        "SELECT name FROM pods WHERE namespace = 'ml' AND memory_limit IS NULL",
        "SELECT name FROM pods WHERE namespace = 'ml' AND cpu_limit IS NULL",
    ),
    (
        "and the failed ones?",
        "SELECT name FROM jobs WHERE namespace = 'batch' AND status = 'Complete'",
        "SELECT name FROM jobs WHERE namespace = 'batch' AND status = 'Failed'",
    ),
    ("and the not ready ones?", "SELECT name FROM nodes WHERE ready", "SELECT name FROM nodes WHERE NOT ready"),
    (
        "reverse the order",
        "SELECT namespace, name, restarts FROM pods ORDER BY restarts DESC LIMIT 5",
        "SELECT namespace, name, restarts FROM pods ORDER BY restarts ASC LIMIT 5",
    ),
    (
        "largest first",
        "SELECT namespace, sum(cpu_request) FROM pods GROUP BY namespace",
        "SELECT namespace, SUM(cpu_request) FROM pods GROUP BY namespace ORDER BY SUM(cpu_request) DESC",
    ),
    (
        "how big are they?",
        "SELECT namespace, name FROM persistentvolumeclaims",
        "SELECT namespace, name, capacity FROM persistentvolumeclaims",
    ),
    (
        "drop the ones in kube-system",
        "SELECT namespace, name FROM daemonsets",
        "SELECT namespace, name FROM daemonsets WHERE namespace <> 'kube-system'",
    ),
    (
        "hide the kube-system ones",
        "SELECT namespace, name FROM daemonsets",
        "SELECT namespace, name FROM daemonsets WHERE namespace <> 'kube-system'",
    ),
    ("drop the images", "SELECT namespace, name, images FROM pods", "SELECT namespace, name FROM pods"),
    (
        "which of them were not created by a cronjob?",
        "SELECT name FROM jobs WHERE namespace = 'batch'",
        "SELECT name FROM jobs WHERE namespace = 'batch' AND owner_kind IS DISTINCT FROM 'CronJob'",
    ),
    (
        "and how many are in staging?",
        "SELECT count(*) FROM pods WHERE namespace = 'payments'",
        "SELECT COUNT(*) FROM pods WHERE namespace = 'staging'",
    ),
    # a count per group sorted or cut by its count; the same count of another kind
    (
        "sort that descending",
        "SELECT namespace, count(*) FROM pods GROUP BY namespace",
        "SELECT namespace, COUNT(*) FROM pods GROUP BY namespace ORDER BY COUNT(*) DESC",
    ),
    (
        "only the top 3",
        "SELECT namespace, count(*) FROM pods GROUP BY namespace",
        "SELECT namespace, COUNT(*) FROM pods GROUP BY namespace ORDER BY COUNT(*) DESC LIMIT 3",
    ),
    (
        "same for deployments",
        "SELECT namespace, count(*) FROM pods GROUP BY namespace",
        "SELECT namespace, COUNT(*) FROM deployments GROUP BY namespace",
    ),
    # another value of the column filtered; a window moved on its own column; a column dropped; owners
    ("and 1b?", "SELECT name FROM nodes WHERE zone = 'us-east-1a'", "SELECT name FROM nodes WHERE zone = 'us-east-1b'"),
    (
        "make it the last day",
        "SELECT object, reason FROM events WHERE type = 'Warning' AND last_seen > now() - INTERVAL 1 HOUR",
        "SELECT object, reason FROM events WHERE type = 'Warning' AND last_seen > NOW() - INTERVAL '1' DAYS",
    ),
    (
        "drop the message column",
        "SELECT object, reason, message FROM events WHERE type = 'Warning'",
        "SELECT object, reason FROM events WHERE type = 'Warning'",
    ),
    (
        "who owns them?",
        "SELECT name FROM pods WHERE namespace = 'payments' AND status = 'Pending'",
        "SELECT name, owner_kind, owner_name FROM pods WHERE namespace = 'payments' AND status = 'Pending'",
    ),
    # on a joined answer, each filter or column goes on the table it belongs to
    (
        "only the ones that aren't running",
        "SELECT p.name FROM pods AS p JOIN replicasets AS r ON r.name = p.owner_name WHERE r.owner_name = 'ledger'",
        "SELECT p.name FROM pods AS p JOIN replicasets AS r ON r.name = p.owner_name WHERE r.owner_name = 'ledger' "
        "AND p.status <> 'Running'",
    ),
    (
        "add the reclaim policy of each volume",
        "SELECT c.name, v.name FROM persistentvolumeclaims AS c JOIN persistentvolumes AS v ON v.name = c.volume",
        "SELECT c.name, v.name, v.reclaim_policy FROM persistentvolumeclaims AS c JOIN persistentvolumes AS v "
        "ON v.name = c.volume",
    ),
    (
        "which zones are they in?",
        "SELECT p.name FROM pods AS p JOIN replicasets AS r ON r.name = p.owner_name WHERE r.owner_name = 'ledger'",
        "SELECT p.name, n.zone FROM pods AS p JOIN replicasets AS r ON r.name = p.owner_name "
        "JOIN nodes AS n ON n.name = p.node WHERE r.owner_name = 'ledger'",
    ),
    (
        "leave out the Running ones",
        "SELECT name FROM pods WHERE namespace = 'frontend'",
        "SELECT name FROM pods WHERE namespace = 'frontend' AND NOT (status = 'Running')",
    ),
    (
        "and how big are they, in GiB?",
        "SELECT name FROM persistentvolumeclaims WHERE namespace = 'monitoring'",
        "SELECT name, storage_request / POWER(1024, 3) FROM persistentvolumeclaims WHERE namespace = 'monitoring'",
    ),
    (
        "split that by reason too",
        "SELECT namespace, count(*) FROM events WHERE type = 'Warning' GROUP BY namespace",
        "SELECT namespace, reason, COUNT(*) FROM events WHERE type = 'Warning' GROUP BY namespace, reason",
    ),
    (
        "add their last schedule time",
        "SELECT namespace, name FROM cronjobs",
        "SELECT namespace, name, last_schedule FROM cronjobs",
    ),
    (
        "total cpu of those?",
        "SELECT name FROM nodes WHERE zone = 'us-east-1a'",
        "SELECT SUM(cpu_allocatable) FROM nodes WHERE zone = 'us-east-1a'",
    ),
    (
        "how much memory do they request in total?",
        "SELECT name FROM pods WHERE namespace = 'payments'",
        "SELECT SUM(memory_request) FROM pods WHERE namespace = 'payments'",
    ),
    (
        "how many of each reason?",
        "SELECT object, reason FROM events WHERE namespace = 'data' AND type = 'Warning'",
        "SELECT reason, COUNT(*) FROM events WHERE namespace = 'data' AND type = 'Warning' GROUP BY reason",
    ),
    (
        "which ones are short on ready replicas",
        "SELECT name FROM deployments WHERE namespace = 'data'",
        "SELECT name FROM deployments WHERE namespace = 'data' AND ready_replicas < desired",
    ),
    (
        "which ones aren't ready",
        "SELECT name FROM deployments WHERE namespace = 'data'",
        "SELECT name FROM deployments WHERE namespace = 'data' AND ready_replicas < desired",
    ),
    (
        "how many pods are on each of them?",
        "SELECT name FROM nodes WHERE zone = 'us-east-1a'",
        "SELECT node, count(*) FROM pods WHERE node IN (SELECT name FROM nodes WHERE zone = 'us-east-1a') "
        "GROUP BY node",
    ),
    (
        "just the top 3",
        "SELECT name, restarts FROM pods WHERE namespace = 'payments' ORDER BY restarts DESC",
        "SELECT name, restarts FROM pods WHERE namespace = 'payments' ORDER BY restarts DESC LIMIT 3",
    ),
    (
        "leave out the kube-system ones",
        "SELECT namespace, name FROM daemonsets WHERE unavailable_replicas > 0",
        "SELECT namespace, name FROM daemonsets WHERE unavailable_replicas > 0 AND namespace <> 'kube-system'",
    ),
    (
        "break that down by namespace",
        "SELECT count(*) FROM pods WHERE NOT is_ready",
        "SELECT namespace, COUNT(*) FROM pods WHERE NOT is_ready GROUP BY namespace",
    ),
    (
        "sort them by max replicas, largest first",  # the amount sorted by, shown (as top-N shows it)
        "SELECT namespace, name FROM horizontalpodautoscalers",
        "SELECT namespace, name, max_replicas FROM horizontalpodautoscalers ORDER BY max_replicas DESC",
    ),
    (
        "how many are there?",
        "SELECT namespace, name FROM pods WHERE phase = 'Failed'",
        "SELECT COUNT(*) FROM pods WHERE phase = 'Failed'",
    ),
    (
        "only the ones on worker-2",
        "SELECT namespace, name, restarts FROM pods WHERE restarts > 0",
        "SELECT namespace, name, restarts FROM pods WHERE restarts > 0 AND node = 'worker-2'",
    ),
    (
        "and in data?",
        "SELECT name FROM services WHERE namespace = 'checkout'",
        "SELECT name FROM services WHERE namespace = 'data'",
    ),
    (
        "sort by replicas, biggest first",
        "SELECT name, desired FROM deployments WHERE namespace = 'payments'",
        "SELECT name, desired FROM deployments WHERE namespace = 'payments' ORDER BY desired DESC",
    ),
    (
        "and their nodes?",
        "SELECT namespace, name FROM pods WHERE status = 'CrashLoopBackOff'",
        "SELECT namespace, name, node FROM pods WHERE status = 'CrashLoopBackOff'",
    ),
    # narrowing: the follow-up's own filters added to the previous query
    (
        "which of those aren't ready?",
        "SELECT namespace, name FROM pods WHERE node = 'worker-3'",
        "SELECT namespace, name FROM pods WHERE node = 'worker-3' AND NOT is_ready",
    ),
    (
        "how many of them are pending?",
        "SELECT name FROM pods WHERE namespace = 'checkout'",
        "SELECT COUNT(*) FROM pods WHERE namespace = 'checkout' AND status = 'Pending'",
    ),
    (
        "narrow it down to worker-1",
        "SELECT name, status FROM pods WHERE namespace = 'staging'",
        "SELECT name, status FROM pods WHERE namespace = 'staging' AND node = 'worker-1'",
    ),
    (
        "just the warning ones",
        "SELECT object, reason FROM events WHERE namespace = 'ml'",
        "SELECT object, reason FROM events WHERE namespace = 'ml' AND type = 'Warning'",
    ),
    (
        "only the failed ones in batch",
        "SELECT namespace, name FROM jobs",
        "SELECT name FROM jobs WHERE status = 'Failed' AND namespace = 'batch'",
    ),
    (
        "which of them are older than a week?",
        "SELECT name FROM deployments WHERE namespace = 'data'",
        "SELECT name FROM deployments WHERE namespace = 'data' AND age > INTERVAL '7' DAYS",
    ),
    (
        "and the ones that are pending?",
        "SELECT namespace, name FROM pods WHERE status = 'CrashLoopBackOff' AND namespace <> 'kube-system'",
        "SELECT namespace, name FROM pods WHERE namespace <> 'kube-system' AND status = 'Pending'",
    ),
    (
        "which are NodePort",
        "SELECT name FROM services WHERE namespace = 'payments'",
        "SELECT name FROM services WHERE namespace = 'payments' AND type = 'NodePort'",
    ),
    (
        "how many of those are on worker-4?",
        "SELECT namespace, name FROM pods WHERE NOT is_ready",
        "SELECT COUNT(*) FROM pods WHERE NOT is_ready AND node = 'worker-4'",
    ),
    (
        "and on worker-1?",
        "SELECT namespace, name FROM pods WHERE node = 'worker-2'",
        "SELECT namespace, name FROM pods WHERE node = 'worker-1'",
    ),
    (
        "how many per namespace?",
        "SELECT namespace, name FROM statefulsets WHERE ready_replicas < desired",
        "SELECT namespace, COUNT(*) FROM statefulsets WHERE ready_replicas < desired GROUP BY namespace",
    ),
    # the namespace dropped, or every other one
    (
        "and across all namespaces?",
        "SELECT name FROM deployments WHERE namespace = 'ml' AND ready_replicas < desired",
        "SELECT namespace, name FROM deployments WHERE ready_replicas < desired",
    ),
    (
        "what about the other namespaces?",
        "SELECT name FROM pods WHERE namespace = 'staging' AND status = 'Pending'",
        "SELECT namespace, name FROM pods WHERE status = 'Pending' AND namespace <> 'staging'",
    ),
    (
        "any in checkout?",
        "SELECT name FROM pods WHERE namespace = 'staging' AND status = 'Pending'",
        "SELECT name FROM pods WHERE namespace = 'checkout' AND status = 'Pending'",
    ),
    # another kind in the same namespace; another namespace for the same question
    (
        "what about configmaps?",
        "SELECT name FROM secrets WHERE namespace = 'staging'",
        "SELECT name FROM configmaps WHERE namespace = 'staging'",
    ),
    (
        "same thing for the ml namespace",
        "SELECT name FROM pods WHERE namespace = 'data' AND status = 'Pending'",
        "SELECT name FROM pods WHERE status = 'Pending' AND namespace = 'ml'",
    ),
    # reshaping
    (
        "group by node",
        "SELECT namespace, name FROM pods WHERE NOT is_ready",
        "SELECT node, COUNT(*) FROM pods WHERE NOT is_ready AND NOT node IS NULL GROUP BY node",
    ),
    (
        "count per node instead",
        "SELECT namespace, name FROM pods WHERE NOT is_ready",
        "SELECT node, COUNT(*) FROM pods WHERE NOT is_ready AND NOT node IS NULL GROUP BY node",
    ),
    (
        "order them by restart count desc",
        "SELECT name, restarts FROM pods WHERE namespace = 'payments'",
        "SELECT name, restarts FROM pods WHERE namespace = 'payments' ORDER BY restarts DESC",
    ),
    (
        "just the names",
        "SELECT namespace, name, node FROM pods WHERE NOT is_ready",
        "SELECT name FROM pods WHERE NOT is_ready",
    ),
    (
        "what nodes are those on?",  # each one's node beside what was shown (restarts kept)
        "SELECT namespace, name, restarts FROM pods ORDER BY restarts DESC LIMIT 5",
        "SELECT namespace, name, restarts, node FROM pods ORDER BY restarts DESC LIMIT 5",
    ),
    # the same age filter for another kind; a time asked of the rows; a window resized
    (
        "same for deployments",
        "SELECT namespace, name FROM pods WHERE age > INTERVAL 7 DAYS",
        "SELECT namespace, name FROM deployments WHERE age > INTERVAL '7' DAYS",
    ),
    (
        "and deployments?",
        "SELECT name FROM pods WHERE namespace = 'data' AND age > INTERVAL 3 DAYS",
        "SELECT name FROM deployments WHERE namespace = 'data' AND age > INTERVAL '3' DAYS",
    ),
    (
        "when did they last restart?",
        "SELECT namespace, name FROM pods WHERE status LIKE '%CrashLoopBackOff'",
        "SELECT namespace, name, last_restart FROM pods WHERE status LIKE '%CrashLoopBackOff'",
    ),
    (
        "how long have they been pending?",
        "SELECT namespace, name FROM pods WHERE status = 'Pending'",
        "SELECT namespace, name, age FROM pods WHERE status = 'Pending'",
    ),
    (
        "when did they start",
        "SELECT namespace, name FROM jobs WHERE status = 'Failed'",
        "SELECT namespace, name, start_time FROM jobs WHERE status = 'Failed'",
    ),
    (
        "make it 30 days",
        "SELECT namespace, name FROM pods WHERE age > INTERVAL 7 DAYS",
        "SELECT namespace, name FROM pods WHERE age > INTERVAL '30' DAYS",
    ),
    (
        "make it 30 minutes",
        "SELECT namespace, object, reason FROM events WHERE type = 'Warning' AND last_seen > now() - INTERVAL 1 HOUR",
        "SELECT namespace, object, reason FROM events WHERE type = 'Warning' AND last_seen > NOW() - INTERVAL '30' MINUTES",
    ),
    # events narrowed to a kind, or the objects they are about; a place alone; a sort word in the past tense
    (
        "just the pods",
        "SELECT namespace, object, reason FROM events WHERE type = 'Warning'",
        "SELECT namespace, object, reason FROM events WHERE type = 'Warning' AND involved_kind = 'Pod'",
    ),
    (
        "which pods are they about?",
        "SELECT object, reason, message FROM events WHERE namespace = 'ml' AND type = 'Warning'",
        "SELECT DISTINCT involved_name FROM events WHERE namespace = 'ml' AND type = 'Warning' "
        "AND involved_kind = 'Pod'",
    ),
    (
        "in data",
        "SELECT name FROM pods WHERE namespace = 'ml' AND status = 'Pending'",
        "SELECT name FROM pods WHERE namespace = 'data' AND status = 'Pending'",
    ),
    (
        "sorted by count",
        "SELECT namespace, object, reason FROM events WHERE type = 'Warning'",
        "SELECT namespace, object, reason, count FROM events WHERE type = 'Warning' ORDER BY count DESC",
    ),
    (
        "newest first",
        "SELECT namespace, object, reason FROM events WHERE type = 'Warning'",
        "SELECT namespace, object, reason FROM events WHERE type = 'Warning' ORDER BY last_seen DESC",
    ),
    (
        "which of them are about jobs?",
        "SELECT object, reason, message FROM events WHERE namespace = 'batch' AND type = 'Warning'",
        "SELECT object, reason, message FROM events WHERE namespace = 'batch' AND type = 'Warning' "
        "AND involved_kind = 'Job'",
    ),
]


@pytest.mark.parametrize(("question", "previous", "expected"), FOLLOWUPS)
def test_followups_edit_the_previous_sql(translator, question, previous, expected):
    t = translator.translate(question, context=ctx(turns=(Turn(question="earlier", sql=previous),)))
    assert t.sql == expected


@pytest.mark.parametrize("question", ["and what's scheduled there?", "what runs on them?", "whats running there"])
def test_what_runs_on_the_nodes_listed_is_their_pods(translator, engine, question):
    turn = Turn(question="nodes not ready", sql="SELECT name FROM nodes WHERE NOT ready")
    t = translator.translate(question, context=ctx(turns=(turn,)))
    want = engine.query("SELECT p.namespace, p.name FROM pods p JOIN nodes n ON p.node = n.name WHERE NOT n.ready")
    assert want.rows and sorted(engine.query(t.sql).rows) == sorted(want.rows), t.sql


@pytest.mark.parametrize(
    ("question", "previous", "expected"),
    [
        (
            "just the ones here",
            "SELECT namespace, name, restarts FROM pods ORDER BY restarts DESC LIMIT 5",
            "SELECT name, restarts FROM pods WHERE namespace = 'ml' ORDER BY restarts DESC LIMIT 5",
        ),
        (
            "here?",
            "SELECT name FROM pods WHERE namespace = 'payments' AND status = 'Pending'",
            "SELECT name FROM pods WHERE namespace = 'ml' AND status = 'Pending'",
        ),
        (
            "and in my namespace?",
            "SELECT name FROM services WHERE namespace = 'payments' AND type = 'ClusterIP'",
            "SELECT name FROM services WHERE namespace = 'ml' AND type = 'ClusterIP'",
        ),
    ],
)
def test_followups_read_the_current_namespace(translator, question, previous, expected):
    t = translator.translate(question, context=ctx("ml", turns=(Turn(question="earlier", sql=previous),)))
    assert t.sql == expected


# Rankings and cluster totals.
RANKINGS_AND_CLUSTER_TOTALS = [
    # a column's or label's values ranked by how many objects hold them
    (
        "what is the most common qos class of pods?",
        "SELECT qos_class, count(*) AS n FROM pods GROUP BY qos_class ORDER BY n DESC LIMIT 1",
    ),
    (
        "the tier label value on the most pods",
        "SELECT labels['tier'], count(*) AS n FROM pods WHERE labels['tier'] IS NOT NULL "
        "GROUP BY 1 ORDER BY n DESC LIMIT 1",
    ),
    (
        "which zone do the fewest nodes sit in",  # the most is a tie (4 and 4)
        "SELECT zone, count(*) AS n FROM nodes GROUP BY zone ORDER BY n LIMIT 1",
    ),
    # when pods last restarted, not how often
    (
        "which 2 pods in payments restarted most recently?",
        "SELECT name FROM pods WHERE namespace = 'payments' AND last_restart IS NOT NULL "
        "ORDER BY last_restart DESC LIMIT 2",
    ),
    # the bottom of a ranking of groups by what their pods request
    (
        "bottom 2 namespaces by cpu requests",
        "SELECT namespace, sum(cpu_request) AS c FROM pods GROUP BY namespace ORDER BY c LIMIT 2",
    ),
    (
        "the 2 namespaces with the lowest cpu requests (pods only)",
        "SELECT namespace, sum(cpu_request) AS c FROM pods GROUP BY namespace ORDER BY c LIMIT 2",
    ),
    # how many pods all the nodes can hold together
    ("total allocatable pods over all the nodes", "SELECT sum(pods_allocatable) FROM nodes"),
    # one column taken from another
    (
        "memory capacity minus allocatable on each node",
        "SELECT name, memory_capacity - memory_allocatable FROM nodes",
    ),
    (
        "how many more replicas can each autoscaler add before reaching its max?",
        "SELECT namespace, name, max_replicas - current_replicas FROM horizontalpodautoscalers",
    ),
    ("pods minus kube-system", "SELECT namespace, name FROM pods WHERE namespace <> 'kube-system'"),
    # what a workload's pods add up to, for one named workload or ranked over them
    (
        "how much cpu do the pods of deployment cart-service request in total?",
        "SELECT sum(p.cpu_request) FROM pods p JOIN replicasets r ON r.namespace = p.namespace "
        "AND r.name = p.owner_name WHERE r.owner_kind = 'Deployment' AND r.owner_name = 'cart-service'",
    ),
    (
        "which statefulset's pods request the least memory?",  # the most is a four-way tie
        "SELECT namespace, owner_name, sum(memory_request) AS m FROM pods WHERE owner_kind = 'StatefulSet' "
        "GROUP BY ALL ORDER BY m LIMIT 1",
    ),
    # a word the objects' names share, kept with a sum
    (
        "how much storage do the postgres claims request in total?",
        "SELECT sum(storage_request) FROM persistentvolumeclaims WHERE name LIKE 'data-postgres-%'",
    ),
    # containers up the longest; an autoscaler's replicas are the ones running now (kubectl's REPLICAS)
    (
        "the 2 containers in payments running the longest",
        "SELECT pod, name FROM containers WHERE namespace = 'payments' AND state = 'running' "
        "ORDER BY started_at LIMIT 2",
    ),
    (
        "which autoscaler runs the most replicas?",
        "SELECT namespace, name, current_replicas FROM horizontalpodautoscalers "
        "ORDER BY current_replicas DESC LIMIT 1",
    ),
    # nodes ranked by what is left of them; namespaces by the storage their claims ask for
    (
        "the 2 nodes with the least cpu left unrequested",
        "SELECT n.name, n.cpu_allocatable - coalesce(sum(p.cpu_request), 0) AS free FROM nodes n "
        "LEFT JOIN pods p ON p.node = n.name GROUP BY n.name, n.cpu_allocatable ORDER BY free LIMIT 2",
    ),
    (
        "which namespace requests the most storage?",
        "SELECT namespace, sum(storage_request) AS s FROM persistentvolumeclaims GROUP BY namespace "
        "ORDER BY s DESC LIMIT 1",
    ),
    # what is left unrequested on the nodes of one zone
    (
        "how much cpu is left unrequested in us-east-1b?",
        "SELECT (SELECT sum(cpu_allocatable) FROM nodes WHERE zone = 'us-east-1b') - (SELECT sum(p.cpu_request) "
        "FROM pods p JOIN nodes n ON p.node = n.name WHERE n.zone = 'us-east-1b')",
    ),
    # init containers counted in, not filtered on
    (
        "which namespace has the most containers, init containers included?",
        "SELECT namespace, count(*) AS n FROM containers GROUP BY namespace ORDER BY n DESC LIMIT 1",
    ),
    # the quota nearest its limit, by its most used resource
    (
        "which quota is closest to its limit?",
        "SELECT namespace, name, max_usage_percent FROM resourcequotas ORDER BY max_usage_percent DESC LIMIT 1",
    ),
    # a quota's keys: limits.* apart from requests.*, and the quotas that set one
    (
        "which quotas put a cap on memory limits, and how high?",
        "SELECT namespace, name, hard['limits.memory'] FROM resourcequotas WHERE hard['limits.memory'] IS NOT NULL",
    ),
    (
        "payments quota limits.memory hard vs used",
        "SELECT namespace, name, hard['limits.memory'], used['limits.memory'] FROM resourcequotas WHERE namespace = 'payments'",
    ),
    # an amount said first, of no kind, is its scope's total; per a node property, the pods' nodes join in
    ("cpu requested in payments", "SELECT sum(cpu_request) FROM pods WHERE namespace = 'payments'"),
    ("mem limits in data", "SELECT sum(memory_limit) FROM pods WHERE namespace = 'data'"),
    (
        "cpu requsted in 1c",
        "SELECT sum(p.cpu_request) FROM pods p JOIN nodes n ON p.node = n.name WHERE n.zone = 'us-east-1c'",
    ),
    (
        "memory requested per zone",
        "SELECT n.zone, sum(p.memory_request) FROM pods p JOIN nodes n ON p.node = n.name GROUP BY n.zone",
    ),
    (
        "cpu requests of checkout pods per instance type",
        "SELECT n.instance_type, sum(p.cpu_request) FROM pods p JOIN nodes n ON p.node = n.name "
        "WHERE p.namespace = 'checkout' GROUP BY n.instance_type",
    ),
    (
        "staging quota on pvcs: used and hard",
        "SELECT namespace, name, hard['persistentvolumeclaims'], used['persistentvolumeclaims'] FROM resourcequotas "
        "WHERE namespace = 'staging'",
    ),
]


# Common shapes read the way a kubectl user means them; each answer has the expected rows and columns.
READINGS = [
    # a property of one named object: only the columns asked for
    ("when was the payments namespace created", "SELECT created FROM namespaces WHERE name = 'payments'"),
    ("what labels does worker-3 have", "SELECT labels FROM nodes WHERE name = 'worker-3'"),
    ("how old is ledger-db-0", "SELECT age FROM pods WHERE name = 'ledger-db-0'"),
    ("ledger-db-0 restarts", "SELECT restarts FROM pods WHERE name = 'ledger-db-0'"),
    # selectors that must hold something; label keys and a label's values, once each
    ("pods with a node selector", "SELECT namespace, name FROM pods WHERE cardinality(node_selector) > 0"),
    ("services with a selector", "SELECT namespace, name FROM services WHERE cardinality(selector) > 0"),
    ("label keys on nodes", "SELECT DISTINCT unnest(map_keys(labels)) FROM nodes"),
    (
        "which label keys are used by pods in payments",
        "SELECT DISTINCT unnest(map_keys(labels)) FROM pods WHERE namespace = 'payments'",
    ),
    ("distinct values of the tier label", "SELECT DISTINCT labels['tier'] FROM pods WHERE labels['tier'] IS NOT NULL"),
    ("which pods have the label app", "SELECT namespace, name FROM pods WHERE map_contains(labels, 'app')"),
    # values the catalog lists for a field; what an object does not have; a name its column holds
    ("pods with restart policy OnFailure", "SELECT namespace, name FROM pods WHERE restart_policy = 'OnFailure'"),
    ("which pods don't have a cpu request", "SELECT namespace, name FROM pods WHERE cpu_request IS NULL"),
    ("nodes that don't have taints", "SELECT name FROM nodes WHERE coalesce(len(taints), 0) = 0"),
    ("how much cpu is allocatable across all nodes", "SELECT sum(cpu_allocatable) FROM nodes"),
    (
        "pvcs using storage class gp3",
        "SELECT namespace, name FROM persistentvolumeclaims WHERE storage_class = 'gp3'",
    ),
    (
        "pods running as service account default in ml",
        "SELECT name FROM pods WHERE namespace = 'ml' AND service_account = 'default'",
    ),
    # one object at the extreme, overall or per group
    ("least recently created namespace", "SELECT name FROM namespaces ORDER BY created ASC LIMIT 1"),
    ("which job took the longest", "SELECT namespace, name, duration FROM jobs ORDER BY duration DESC LIMIT 1"),
    (
        "the newest pod in each namespace",
        "SELECT namespace, name FROM pods QUALIFY row_number() OVER (PARTITION BY namespace ORDER BY created DESC) = 1",
    ),
    # counts in words, adverbs that do not change a state, calendar words as rolling windows
    ("deployments with only one replica", "SELECT namespace, name FROM deployments WHERE desired = 1"),
    ("nodes with one taint", "SELECT name FROM nodes WHERE len(taints) = 1"),
    ("deployments not fully available", "SELECT namespace, name FROM deployments WHERE NOT available"),
    ("pods that aren't fully ready", "SELECT namespace, name FROM pods WHERE NOT is_ready"),
    ("which deployments aren't rolled out", "SELECT namespace, name FROM deployments WHERE up_to_date < desired"),
    ("nodes created this week", "SELECT name FROM nodes WHERE created > now() - INTERVAL 7 DAYS"),
    (
        "pods created between 3 and 1 days ago",
        "SELECT namespace, name FROM pods WHERE created > now() - INTERVAL 3 DAYS AND created < now() - INTERVAL 1 DAYS",
    ),
    ("what's the kubelet version on each node", "SELECT name, kubelet_version FROM nodes"),
    # a protocol said of a port is that port, not a service's name
    ("which services listen on the postgres port?", "SELECT namespace, name FROM services "
     "WHERE list_contains(ports, '5432/TCP')"),
    ("svc listening on 5432 (postgres)", "SELECT namespace, name FROM services WHERE list_contains(ports, '5432/TCP')"),
    ("services on the redis port 6379", "SELECT namespace, name FROM services WHERE list_contains(ports, '6379/TCP')"),
    # bindings to any group; a user named by address
    ("rolebindings bound to groups", "SELECT namespace, name FROM rolebindings WHERE len(groups) > 0"),
    ("which role bindings have a group as a subject?", "SELECT namespace, name FROM rolebindings "
     "WHERE len(groups) > 0"),
    ("which role bindings grant something to bob@acme.io?", "SELECT namespace, name FROM rolebindings "
     "WHERE list_contains(users, 'bob@acme.io')"),
    # why a pod was evicted is in the kubelet's message
    ("pods evicted for memory pressure", "SELECT namespace, name FROM pods "
     "WHERE reason = 'Evicted' AND message LIKE '%low on resource: memory%'"),
    # … and that reason, said in brackets, is not a column to show
    ("evicted po (memory)", "SELECT namespace, name FROM pods "
     "WHERE reason = 'Evicted' AND message LIKE '%low on resource: memory%'"),
    # a crash loop has restarted: "with restarts" shows how many times
    ("crashlooping po w/ restarts", "SELECT namespace, name, restarts FROM pods "
     "WHERE status LIKE '%CrashLoopBackOff'"),
    # each pod a state picks, with its events of one reason counted, or their repeats summed
    ("for each crashlooping pod, how many BackOff events has it had in total?", "SELECT p.namespace, p.name, "
     "sum(e.count) FROM pods p JOIN events e ON e.involved_uid = p.uid WHERE p.status LIKE '%CrashLoopBackOff' "
     "AND e.reason = 'BackOff' GROUP BY p.namespace, p.name"),
    ("crashloop pods: number of BackOff events each", "SELECT p.namespace, p.name, count(*) FROM pods p "
     "JOIN events e ON e.involved_uid = p.uid WHERE p.status LIKE '%CrashLoopBackOff' AND e.reason = 'BackOff' "
     "GROUP BY p.namespace, p.name"),
    ("how many warning events does each crashlooping pod have?", "SELECT p.namespace, p.name, count(*) "
     "FROM pods p JOIN events e ON e.involved_uid = p.uid WHERE p.status LIKE '%CrashLoopBackOff' "
     "AND e.type = 'Warning' GROUP BY p.namespace, p.name"),
    # what the events say about pods a state picks: those pods' events; what they said is held, not a log
    ("what do the events say about the crashlooping pods?", "SELECT e.namespace, e.involved_name, "
     "e.message FROM events e JOIN pods p ON e.involved_uid = p.uid WHERE p.status LIKE '%CrashLoopBackOff'"),
    ("what did the events say about pod kafka-2 in data?", "SELECT message FROM events "
     "WHERE namespace = 'data' AND involved_kind = 'Pod' AND involved_name = 'kafka-2'"),
    # a stateful set's pod is named by a label too: still that one pod's events
    ("events for pod kafka-2 in data", "SELECT type, reason, message FROM events "
     "WHERE namespace = 'data' AND involved_kind = 'Pod' AND involved_name = 'kafka-2'"),
    # a column held to a value, or all but one, is not shown
    ("secrets with type helm.sh/release.v1", "SELECT namespace, name FROM secrets WHERE type = 'helm.sh/release.v1'"),
    ("pvc with storageClassName other than gp3", "SELECT namespace, name FROM persistentvolumeclaims "
     "WHERE storage_class <> 'gp3'"),
    # a column named before its value, or a state, after "containing": no part of a name
    ("secrets containing key DATABASE_URL", "SELECT namespace, name FROM secrets "
     "WHERE list_contains(data_keys, 'DATABASE_URL')"),
    ("endpoint slices that contain not-ready endpoints", "SELECT namespace, name FROM endpointslices "
     "WHERE ready_count < endpoint_count"),
    # a default-deny policy, in its own words or others
    ("default-deny ingress network policies", "SELECT namespace, name FROM networkpolicies WHERE denies_all_ingress"),
    ("which networkpolicies deny every incoming connection?", "SELECT namespace, name FROM networkpolicies "
     "WHERE denies_all_ingress"),
    # "default requests": the cpu one and the memory one
    ("limitranges in payments and their default requests, in Mi", "SELECT name, default_cpu_request, "
     "default_memory_request / 1024 ^ 2 FROM limitranges WHERE namespace = 'payments'"),
    ("which pods in data request 256Mi of memory or less?", "SELECT name FROM pods "
     "WHERE namespace = 'data' AND memory_request <= 256 * 1024 ^ 2"),
    # kubectl's COMPLETIONS is text; a number compared with it is the completions the job needs
    ("jobs with completions > 1", "SELECT namespace, name FROM jobs WHERE desired_completions > 1"),
    ("Which limit ranges give containers a default CPU limit, and how many cores is it?",
     "SELECT namespace, name, default_cpu_limit FROM limitranges WHERE default_cpu_limit IS NOT NULL"),
    ("which pods in monitoring have a memory limit but no CPU limit?", "SELECT name FROM pods "
     "WHERE namespace = 'monitoring' AND memory_limit IS NOT NULL AND cpu_limit IS NULL"),
    # a unit in brackets after each resource: the two still share "limits"
    ("what CPU (millicores) and memory (MiB) limits does each container in payments have?",
     "SELECT pod, name, cpu_limit * 1000, memory_limit / 1024 ^ 2 FROM containers WHERE namespace = 'payments'"),
    ("pods without persistent storage in payments", "SELECT name FROM pods "
     "WHERE namespace = 'payments' AND coalesce(len(pvcs), 0) = 0"),
    ("pods that are up now but restarted before, and how often", "SELECT namespace, name, restarts FROM pods "
     "WHERE status = 'Running' AND restarts > 0"),
    # a workload "missing pods" has fewer up than it wants, not none at all
    ("which daemon sets are missing pods on some nodes?", "SELECT namespace, name FROM daemonsets "
     "WHERE unavailable_replicas > 0"),
    ("which deployments are missing pods?", "SELECT namespace, name FROM deployments WHERE ready_replicas < desired"),
    # a value the objects do not use: every other one, not that one
    ("which PVCs don't use the gp3 storage class?",
     "SELECT namespace, name FROM persistentvolumeclaims WHERE storage_class <> 'gp3'"),
    ("services that aren't NodePort", "SELECT namespace, name FROM services WHERE type <> 'NodePort'"),
    ("non-loadbalancer services in payments", "SELECT name FROM services "
     "WHERE namespace = 'payments' AND type <> 'LoadBalancer'"),
    # counts in words after a comparison, and said in the singular
    ("pods with more than two restarts", "SELECT namespace, name FROM pods WHERE restarts > 2"),
    ("which jobs need more than one successful completion?",
     "SELECT namespace, name FROM jobs WHERE desired_completions > 1"),
    # the replica sets a rollout leaves behind
    ("old replicasets in payments", "SELECT name FROM replicasets WHERE namespace = 'payments' AND desired = 0"),
    # a dashed value misspelt is the one held value it is close to (with the same numbers)
    ("pvcs on storage class premuim-rwo", "SELECT namespace, name FROM persistentvolumeclaims "
     "WHERE storage_class = 'premium-rwo'"),
    # a resource capped is one with a limit; "but not cpu" is no cpu limit
    ("pods in monitoring that cap memory but not cpu", "SELECT name FROM pods "
     "WHERE namespace = 'monitoring' AND memory_limit IS NOT NULL AND cpu_limit IS NULL"),
    ("pods in payments with cpu capped", "SELECT name FROM pods WHERE namespace = 'payments' "
     "AND cpu_limit IS NOT NULL"),
    ("containers that set a cpu request", "SELECT namespace, pod, name FROM containers "
     "WHERE cpu_request IS NOT NULL"),
    ("storage classes that bind volumes immediately",
     "SELECT name FROM storageclasses WHERE volume_binding_mode = 'Immediate'"),
    # "what's wrong with them" asks which are unhealthy, and what each one's status is
    ("what's wrong with the pods in payments?", "SELECT name, status FROM pods "
     "WHERE namespace = 'payments' AND status NOT IN ('Running', 'Completed')"),
    # a quota said alone is the object, when a namespace has one or not
    ("namespaces without a quota", "SELECT name FROM namespaces n "
     "WHERE NOT EXISTS (SELECT 1 FROM resourcequotas q WHERE q.namespace = n.name)"),
    ("which namespaces have a quota?", "SELECT name FROM namespaces n "
     "WHERE EXISTS (SELECT 1 FROM resourcequotas q WHERE q.namespace = n.name)"),
    # greetings and courtesies around a question leave it as it was
    ("hey, can you tell me pods labeled app=payments-api in staging",
     "SELECT name FROM pods WHERE namespace = 'staging' AND labels['app'] = 'payments-api'"),
    ("could you please show me the pods in staging", "SELECT name FROM pods WHERE namespace = 'staging'"),
    ("i'd like to know which pods are pending", "SELECT namespace, name FROM pods WHERE status = 'Pending'"),
    ("pods labelled with run= pls", "SELECT namespace, name FROM pods WHERE map_contains(labels, 'run')"),
    ("hey, can you tell me 3 longest running jobs",
     "SELECT namespace, name, duration FROM jobs ORDER BY duration DESC LIMIT 3"),
    # "how many <column> does <name> have": the named object's column, not a count of objects
    ("how many replicas does checkout-api have", "SELECT desired FROM deployments WHERE name = 'checkout-api'"),
    ("how many restarts does ledger-db-0 have", "SELECT restarts FROM pods WHERE name = 'ledger-db-0'"),
    # pods as kubectl users know them, by fields without a column: static pods, hostPath volumes
    ("static pods in kube-system", "SELECT name FROM pods WHERE namespace = 'kube-system' AND owner_kind = 'Node'"),
    ("which pods use hostPath volumes", "SELECT namespace, name FROM pods "
     "WHERE json_extract_string(raw, '$.spec.volumes') LIKE '%\"hostPath\"%'"),
    # an average of a column, per group: not a count of rows
    ("what's the average restart count per namespace", "SELECT namespace, avg(restarts) FROM pods GROUP BY namespace"),
    ("average restarts of pods in payments", "SELECT avg(restarts) FROM pods WHERE namespace = 'payments'"),
    # who may read secrets is RBAC, not a secret's value
    ("what cluster roles can read secrets", "SELECT name FROM clusterroles "
     "WHERE list_has_any(verbs, ['get', 'list', '*']) AND list_has_any(resources, ['secrets', '*'])"),
    # subjects of one kind asked for by what they may do: the bindings that give it, and who
    # (stop 54: a cluster role binding grants it in payments too)
    ("which sas can list secrets in payments", "SELECT b.namespace, b.name, b.service_accounts FROM rolebindings b "
     "JOIN roles r ON r.namespace = b.namespace AND r.name = b.role_name WHERE b.role_kind = 'Role' "
     "AND b.namespace = 'payments' AND len(b.service_accounts) > 0 AND list_has_any(r.verbs, ['list', '*']) "
     "AND list_has_any(r.resources, ['secrets', '*']) UNION ALL SELECT NULL, b.name, b.service_accounts "
     "FROM clusterrolebindings b JOIN clusterroles r ON r.name = b.role_name WHERE len(b.service_accounts) > 0 "
     "AND list_has_any(r.verbs, ['list', '*']) AND list_has_any(r.resources, ['secrets', '*'])"),
    # a kind word that starts another kind's column is that column
    ("what's the pod cidr of each node", "SELECT name, pod_cidr FROM nodes"),
    # a name followed by another kind's word is that kind's, not an image's
    ("pods using the checkout-api service account",
     "SELECT namespace, name FROM pods WHERE service_account = 'checkout-api'"),
    # an environment variable in small letters, with its underscore
    ("ml ctrs missing env log_level", "SELECT pod, name FROM containers WHERE namespace = 'ml' "
     "AND NOT list_contains(env_names, 'LOG_LEVEL')"),
    # one object asked for in the singular: the kind, or the verb after it
    ("pod has the largest memory limit?",
     "SELECT namespace, name, memory_limit FROM pods ORDER BY memory_limit DESC LIMIT 1"),
    ("job with most failures", "SELECT namespace, name, failed FROM jobs ORDER BY failed DESC LIMIT 1"),
    ("hpa is running the most replicas right now?", "SELECT namespace, name, current_replicas "
     "FROM horizontalpodautoscalers ORDER BY current_replicas DESC LIMIT 1"),
    # images of workloads kept by a relation; a workload's pods' amounts summed
    ("images of hpa-scaled deploys", "SELECT d.namespace, d.name, d.images FROM deployments d "
     "JOIN horizontalpodautoscalers h ON h.namespace = d.namespace AND h.target_name = d.name"),
    ("what images do the deployments that have an HPA run?", "SELECT d.namespace, d.name, d.images "
     "FROM deployments d JOIN horizontalpodautoscalers h ON h.namespace = d.namespace AND h.target_name = d.name"),
    ("sts -> sum of pod restarts", "SELECT namespace, owner_name, sum(restarts) FROM pods "
     "WHERE owner_kind = 'StatefulSet' GROUP BY namespace, owner_name"),
]


@pytest.mark.parametrize(("question", "sql"), READINGS)
def test_common_shapes_read_as_meant(translator, engine, question, sql):
    assert_same_rows(translator, engine, question, sql, columns=True)


# Objects named without their kind.
OBJECTS_NAMED_WITHOUT_THEIR_KIND = [
    # an object named without its kind: the kind that holds the name, a workload before its service
    # (stop 54: described, it shows what kubectl get -o wide shows of it)
    ("describe ledger-db", "SELECT ready, age, images FROM statefulsets WHERE name = 'ledger-db'"),
    ("what is cache-warmer?", "SELECT namespace, name FROM cronjobs WHERE name = 'cache-warmer'"),
    (
        "what has kernel-monitor reported?",
        "SELECT namespace, object, reason FROM events WHERE source = 'kernel-monitor'",
    ),
]


@pytest.mark.parametrize("question", ["delete them", "make it 5 replicas", "change it to image nginx:1.27"])
def test_followup_mutation_is_declined(translator, question):
    turns = (Turn(question="failed pods", sql="SELECT name FROM pods WHERE phase = 'Failed'"),)
    assert translator.translate(question, context=ctx(turns=turns)).declined


def test_deterministic_and_works_without_grounding():
    a, b = OfflineTranslator(), OfflineTranslator()
    for q, _ in SHAPES:
        assert a.translate(q, context=ctx()).sql == b.translate(q, context=ctx()).sql
    assert OfflineTranslator(grounding=Grounding()).translate("po -n payments", context=ctx()).sql == (
        "SELECT name FROM pods WHERE namespace = 'payments'"
    )


def test_translates_many_questions_without_error(translator):
    questions = [q for q, _ in SHAPES] + [f"top {n} pods by restarts in payments" for n in range(1, 100)]
    done = 0
    for i in range(500):
        t = translator.translate(questions[i % len(questions)], context=ctx())
        assert t.sql or t.declined
        done += 1
    assert done == 500


def test_registered_in_the_eval_harness():
    t = make_translator("offline", TranslatorOptions())
    assert t.name == "offline"
    assert t.translate("node count", context=ctx()).sql == "SELECT count(*) FROM nodes"


# Containers and resources shapes.
CONTAINERS_AND_RESOURCES_SHAPES = [
    # a grouping word that is the kind's own column ("state" of a container), its values named as examples
    ("how many containers per state (running, waiting)", "SELECT state, count(*) FROM containers GROUP BY state"),
    # distinct values counted per group
    ("number of unique images per namespace", "SELECT namespace, count(DISTINCT image) FROM containers GROUP BY namespace"),
    # limits summed against allocatable, not requests
    ("nodes where the memory limits of their pods exceed allocatable", "SELECT n.name FROM nodes n JOIN pods p ON p.node = n.name GROUP BY n.name, n.memory_allocatable HAVING sum(p.memory_limit) > n.memory_allocatable"),
    # a difference of the grouping kind's own columns, in the unit asked
    ("memory per node kept from pods (capacity minus allocatable), in MiB", "SELECT name, (memory_capacity - memory_allocatable) / 1024 ^ 2 FROM nodes"),
    ("node memory: capacity vs allocatable", "SELECT name, memory_capacity, memory_allocatable FROM nodes"),
    # nodes by the containers they run
    ("which nodes have kube-proxy containers?", "SELECT DISTINCT node FROM containers WHERE name = 'kube-proxy'"),
    # an image's versions, said with no kind
    ("which versions of checkout-api are deployed?", "SELECT DISTINCT image FROM containers WHERE image LIKE '%/checkout-api:%'"),
    # a factor, with the right column said by its last word
    ("containers with a cpu limit more than twice their request", "SELECT namespace, pod, name FROM containers WHERE cpu_limit > 2 * cpu_request"),
    ("namespaces with limitranges", "SELECT DISTINCT namespace FROM limitranges"),
    # neighbours swapped, and "req" for request
    ("containres in ml", "SELECT pod, name FROM containers WHERE namespace = 'ml'"),
    ("checkout pods with a mem req set", "SELECT name FROM pods WHERE namespace = 'checkout' AND memory_request IS NOT NULL"),
]


# Columns asked of each row, read from the asked kind's own columns: a column naming another kind
# ("their storage class") keeps the rows whose named object is missing; a plural column after the
# kind ("svc types"); "what X is each …"; a value said beside its column is not read as a name.
OWN_COLUMNS = [
    (
        "pvcs in data and their storage class",
        None,
        "SELECT name, storage_class FROM persistentvolumeclaims WHERE namespace = 'data'",
    ),
    (
        "which storage class does each of my claims use?",
        "data",
        "SELECT name, storage_class FROM persistentvolumeclaims WHERE namespace = 'data'",
    ),
    ("svc types here", "frontend", "SELECT name, type FROM services WHERE namespace = 'frontend'"),
    ("what type is each of my services?", "frontend", "SELECT name, type FROM services WHERE namespace = 'frontend'"),
    ("nodes and their allocatable mem", None, "SELECT name, memory_allocatable FROM nodes"),
    (
        "which autoscaler targets the storefront deployment?",
        None,
        "SELECT namespace, name FROM horizontalpodautoscalers WHERE target_name = 'storefront'",
    ),
    ("pods without an app lable", None, "SELECT namespace, name FROM pods WHERE labels['app'] IS NULL"),
]


@pytest.mark.parametrize(("question", "namespace", "sql"), OWN_COLUMNS)
def test_columns_asked_of_each_row_come_from_its_own_columns(translator, engine, question, namespace, sql):
    assert_same_rows(translator, engine, question, sql, columns=True, namespace=namespace)


def test_autoscalers_rank_by_the_cpu_utilisation_they_hold_while_pods_need_metrics(translator, engine):
    t = translator.translate("which autoscaler has the highest current CPU utilization?", context=ctx())
    want = "SELECT namespace, name, cpu_current_percent FROM horizontalpodautoscalers ORDER BY 3 DESC LIMIT 1"
    assert not t.declined and engine.query(t.sql).rows == engine.query(want).rows, t.sql
    for question in ("which pod uses the most cpu?", "cpu utilization of my pods"):
        assert translator.translate(question, context=ctx()).declined, question


@pytest.mark.parametrize(
    ("question", "previous", "expected"),
    [
        (
            "longest first",
            "SELECT name, duration FROM jobs WHERE namespace = 'batch'",
            "SELECT name, duration FROM jobs WHERE namespace = 'batch' ORDER BY duration DESC",
        ),
        (
            "biggest first",
            "SELECT name, desired FROM deployments WHERE namespace = 'data'",
            "SELECT name, desired FROM deployments WHERE namespace = 'data' ORDER BY desired DESC",
        ),
        (
            "most restarts first",
            "SELECT name FROM pods WHERE namespace = 'checkout'",
            "SELECT name, restarts FROM pods WHERE namespace = 'checkout' ORDER BY restarts DESC",
        ),
    ],
)
def test_an_order_alone_sorts_the_previous_answer(translator, question, previous, expected):
    t = translator.translate(question, context=ctx(turns=(Turn(question="earlier", sql=previous),)))
    assert t.sql == expected


@pytest.mark.parametrize(
    ("question", "sql"),
    [
        # a flag said the other way round keeps its negation
        ("deployments that are not paused", "SELECT namespace, name FROM deployments WHERE NOT paused"),
        ("cronjobs that aren't suspended", "SELECT namespace, name FROM cronjobs WHERE NOT suspend"),
        ("ingress not using tls", "SELECT namespace, name FROM ingresses WHERE NOT tls"),
        (
            "storage classes that don't allow volume expansion",
            "SELECT name FROM storageclasses WHERE NOT allow_volume_expansion",
        ),
        ("storage classes without volume expansion", "SELECT name FROM storageclasses WHERE NOT allow_volume_expansion"),
        # an image named after "image"
        (
            "deployments using image nginx",
            "SELECT namespace, name FROM deployments WHERE len(list_filter(images, x -> x LIKE '%nginx%')) > 0",
        ),
        (
            "statefulsets with image postgres",
            "SELECT namespace, name FROM statefulsets WHERE len(list_filter(images, x -> x LIKE '%postgres%')) > 0",
        ),
        # a storage class no claim uses is still a filter, not every claim
        ("pvcs using storage class gp2", "SELECT namespace, name FROM persistentvolumeclaims WHERE storage_class = 'gp2'"),
        ("hpas that cannot scale", "SELECT namespace, name FROM horizontalpodautoscalers WHERE NOT able_to_scale"),
        ("daemonsets not fully scheduled", "SELECT namespace, name FROM daemonsets WHERE unavailable_replicas > 0"),
        # "top" with the kind in the singular is one object
        ("top pod by restarts", "SELECT namespace, name, restarts FROM pods ORDER BY restarts DESC LIMIT 1"),
        ("top deployment by replicas", "SELECT namespace, name, desired FROM deployments ORDER BY desired DESC LIMIT 1"),
    ],
)
def test_workload_flags_images_referenced_values_and_top_one(translator, engine, question, sql):
    t = translator.translate(question, context=ctx())
    assert not t.declined and engine.query(t.sql).rows == engine.query(sql).rows, t.sql


@pytest.mark.parametrize(
    ("question", "sql"),
    [
        # a second grouping by namespace is kept
        (
            "count svc by type per namespace",
            "SELECT namespace, type, count(*) FROM services GROUP BY namespace, type",
        ),
        (
            "secret count per namespace by type",
            "SELECT namespace, type, count(*) FROM secrets GROUP BY namespace, type",
        ),
        # groups holding more or fewer than N objects of a kind
        (
            "namespaces with more than 5 services",
            "SELECT namespace FROM services GROUP BY namespace HAVING count(*) > 5",
        ),
        (
            "namespaces with fewer than 2 deployments",
            "SELECT a.name FROM namespaces a LEFT JOIN deployments b ON b.namespace = a.name "
            "GROUP BY a.name HAVING count(b.name) < 2",
        ),
        (
            "deployments without any ready pods in checkout",
            "SELECT name FROM deployments WHERE namespace = 'checkout' AND ready_replicas = 0",
        ),
        ("pdbs with min available 1", "SELECT namespace, name FROM poddisruptionbudgets WHERE min_available = '1'"),
        ("ingresses with an address", "SELECT namespace, name FROM ingresses WHERE len(address) > 0"),
        (
            "endpoints with no addresses",
            "SELECT namespace, name FROM endpoints WHERE ready_address_count = 0 AND not_ready_address_count = 0",
        ),
        (
            "which deployments have no matching service",
            "SELECT a.namespace, a.name FROM deployments a WHERE NOT EXISTS (SELECT 1 FROM services b "
            "WHERE b.namespace = a.namespace AND cardinality(b.selector) > 0 "
            "AND list_has_all(map_entries(a.selector), map_entries(b.selector)))",
        ),
    ],
)
def test_workload_groups_counts_values_and_relations(translator, engine, question, sql):
    t = translator.translate(question, context=ctx())
    got, want = engine.query(t.sql).rows, engine.query(sql).rows
    assert not t.declined and sorted(map(tuple, got)) == sorted(map(tuple, want)), t.sql


# Negated alternative and plainly worded states keep their filter.
NEGATED_ALTERNATIVE_AND_PLAINLY_WORDED_STATES_KEEP_THEIR_FILTER = [
    ("nodes that are not ready or cordoned", "SELECT name FROM nodes WHERE NOT ready OR unschedulable"),
    (
        "pods in payments that are crashlooping or pending",
        "SELECT name FROM pods WHERE namespace = 'payments' AND status IN ('CrashLoopBackOff', 'Pending')",
    ),
    ("pending or failed pods", "SELECT namespace, name FROM pods WHERE status = 'Pending' OR phase = 'Failed'"),
    ("pods that are not BestEffort", "SELECT namespace, name FROM pods WHERE qos_class <> 'BestEffort'"),
    (
        "non-guaranteed pods in payments",
        "SELECT name FROM pods WHERE namespace = 'payments' AND qos_class <> 'Guaranteed'",
    ),
    (
        "pods not in kube-system with restarts",
        "SELECT namespace, name, restarts FROM pods WHERE restarts > 0 AND NOT (namespace = 'kube-system')",
    ),
    (
        "pods not in payments or checkout",
        "SELECT namespace, name FROM pods WHERE namespace NOT IN ('payments', 'checkout')",
    ),
    (
        "pods not running and not completed",
        "SELECT namespace, name FROM pods WHERE status NOT IN ('Running', 'Completed')",
    ),
    ("unscheduled pods", "SELECT namespace, name FROM pods WHERE NOT scheduled"),
    ("untainted nodes", "SELECT name FROM nodes WHERE taints IS NULL OR len(taints) = 0"),
    ("pods running image nginx", "SELECT DISTINCT namespace, pod FROM containers WHERE image LIKE '%nginx%'"),
    ("pods with image busybox", "SELECT DISTINCT namespace, pod FROM containers WHERE image LIKE '%busybox%'"),
    ("ready nodes that aren't cordoned", "SELECT name FROM nodes WHERE ready AND NOT unschedulable"),
    ("schedulable nodes", "SELECT name FROM nodes WHERE NOT unschedulable"),
    (
        "containers without memory limits per namespace",
        "SELECT namespace, count(*) FROM containers WHERE type = 'container' AND memory_limit IS NULL "
        "GROUP BY namespace",
    ),
    (
        "count pods without a memory limit by namespace",
        "SELECT namespace, count(*) FROM pods WHERE memory_limit IS NULL GROUP BY namespace",
    ),
    (
        "pods without label app in kube-system",
        "SELECT name FROM pods WHERE namespace = 'kube-system' AND labels['app'] IS NULL",
    ),
    (
        "pods in kube-system with a priority class",
        "SELECT name FROM pods WHERE namespace = 'kube-system' AND priority_class IS NOT NULL",
    ),
    (
        "pods with priority class system-node-critical",
        "SELECT namespace, name FROM pods WHERE priority_class = 'system-node-critical'",
    ),
    (
        "pods Completed or Error in batch",
        "SELECT name FROM pods WHERE namespace = 'batch' AND status IN ('Completed', 'Error')",
    ),
]


def test_multi_container_pods_keep_their_namespace(translator):
    t = translator.translate("multi-container pods in kube-system", context=ctx())
    assert "namespace = 'kube-system'" in t.sql and "len(containers) > 1" in t.sql, t.sql
    t = translator.translate("pods with multiple containers", context=ctx())
    assert "len(containers) > 1" in t.sql, t.sql


@pytest.mark.parametrize(
    ("question", "sql"),
    [
        ("nodes by cpu capacity", "SELECT name, cpu_capacity FROM nodes ORDER BY cpu_capacity DESC"),
        ("pods by restarts", "SELECT namespace, name, restarts FROM pods ORDER BY restarts DESC"),
    ],
)
def test_a_kind_by_an_amount_is_sorted_by_it(translator, engine, question, sql):
    t = translator.translate(question, context=ctx())
    assert not t.declined, t.message
    got, want = engine.query(t.sql), engine.query(sql)
    # the amounts in order (ties make the names' order free)
    assert [r[-1] for r in got.rows] == [r[-1] for r in want.rows], t.sql
    assert sorted(got.rows, key=repr) == sorted(want.rows, key=repr), t.sql


# Annotations filter like labels.
ANNOTATIONS_FILTER_LIKE_LABELS = [
    (
        "pods with the kubernetes.io/config.mirror annotation",
        "SELECT namespace, name FROM pods WHERE map_contains(annotations, 'kubernetes.io/config.mirror')",
    ),
    (
        "pods without the kubernetes.io/config.mirror annotation",
        "SELECT namespace, name FROM pods WHERE annotations['kubernetes.io/config.mirror'] IS NULL",
    ),
    (
        "how many pods are annotated with kubernetes.io/config.source=file",
        "SELECT count(*) FROM pods WHERE annotations['kubernetes.io/config.source'] = 'file'",
    ),
    (
        "deployments in payments whose annotation deployment.kubernetes.io/revision is 17",
        "SELECT name FROM deployments WHERE namespace = 'payments' "
        "AND annotations['deployment.kubernetes.io/revision'] = '17'",
    ),
]



# Storage asked for with no kind is the claims.
STORAGE_ASKED_FOR_WITH_NO_KIND_IS_THE_CLAIMS = [
    (
        "how much storage is requested in data",
        "SELECT sum(storage_request) FROM persistentvolumeclaims WHERE namespace = 'data'",
    ),
    (
        "which namespace requests the most storage",
        "SELECT namespace, sum(storage_request) AS s FROM persistentvolumeclaims GROUP BY 1 ORDER BY s DESC LIMIT 1",
    ),
]


# Objects some related object covers are kept and counted once.
OBJECTS_SOME_RELATED_OBJECT_COVERS_ARE_KEPT_AND_COUNTED_ONCE = [
    (
        "pods covered by a network policy",
        "SELECT namespace, name FROM pods p WHERE EXISTS (SELECT 1 FROM networkpolicies n WHERE "
        "n.namespace = p.namespace AND (n.selects_all OR list_has_all(map_entries(p.labels), "
        "map_entries(n.pod_selector))))",
    ),
    (
        "pods not covered by any network policy",
        "SELECT namespace, name FROM pods p WHERE NOT EXISTS (SELECT 1 FROM networkpolicies n WHERE "
        "n.namespace = p.namespace AND (n.selects_all OR list_has_all(map_entries(p.labels), "
        "map_entries(n.pod_selector))))",
    ),
    (
        "how many pods have a pdb",
        "SELECT count(*) FROM pods p WHERE EXISTS (SELECT 1 FROM poddisruptionbudgets b WHERE "
        "b.namespace = p.namespace AND list_has_all(map_entries(p.labels), map_entries(b.selector)))",
    ),
    (
        "how many namespaces have pods",
        "SELECT count(DISTINCT namespace) FROM pods",
    ),
]


# An ingress or its host leads to its services and pods.
AN_INGRESS_OR_ITS_HOST_LEADS_TO_ITS_SERVICES_AND_PODS = [
    (
        "pods behind the storefront ingress in staging",
        "SELECT DISTINCT p.name FROM ingresses i JOIN services s ON s.namespace = i.namespace "
        "AND list_contains(i.services, s.name) JOIN pods p ON p.namespace = s.namespace "
        "AND cardinality(s.selector) > 0 AND list_has_all(map_entries(p.labels), map_entries(s.selector)) "
        "WHERE i.namespace = 'staging' AND i.name = 'storefront'",
    ),
    (
        "which pods serve grafana.internal.acme.io?",
        "SELECT DISTINCT p.namespace, p.name FROM ingresses i JOIN services s ON s.namespace = i.namespace "
        "AND list_contains(i.services, s.name) JOIN pods p ON p.namespace = s.namespace "
        "AND cardinality(s.selector) > 0 AND list_has_all(map_entries(p.labels), map_entries(s.selector)) "
        "WHERE list_contains(i.hosts, 'grafana.internal.acme.io')",
    ),
    (
        "what service is behind shop.acme.io",
        "SELECT s.namespace, s.name FROM services s JOIN ingresses i ON i.namespace = s.namespace "
        "AND list_contains(i.services, s.name) WHERE list_contains(i.hosts, 'shop.acme.io')",
    ),
]


# Pod conditions said plainly are kept.
POD_CONDITIONS_SAID_PLAINLY_ARE_KEPT = [
    (
        "pods whose memory limit equals request",
        "SELECT namespace, name FROM pods WHERE memory_limit = memory_request",
    ),
    ("pods with an ip", "SELECT namespace, name FROM pods WHERE ip IS NOT NULL"),
    ("non-system pods", "SELECT namespace, name FROM pods WHERE namespace NOT LIKE 'kube-%'"),
    ("system pods", "SELECT namespace, name FROM pods WHERE namespace = 'kube-system'"),
    ("pods that never became ready", "SELECT namespace, name FROM pods WHERE NOT is_ready"),
    (
        "which pods request gpus",
        "SELECT namespace, name FROM pods WHERE json_extract_string(raw, '$.spec.containers') "
        "LIKE '%nvidia.com/gpu%'",
    ),
    (
        "how many pods use gpus",  # the pods counted, not the cluster's GPUs
        "SELECT count(*) FROM pods WHERE json_extract_string(raw, '$.spec.containers') LIKE '%nvidia.com/gpu%'",
    ),
    (
        "services on port 80",  # NodePort ones too ('80:32155/TCP')
        "SELECT namespace, name FROM services "
        "WHERE len(list_filter(ports, x -> split_part(split_part(x, '/', 1), ':', 1) = '80')) > 0",
    ),
]


@pytest.mark.parametrize(
    ("question", "part"),
    [
        ("nodes running kubelet v1.29", "[1:2] = [1, 29]"),  # that release, on the parts said
        ("nodes running containerd", "container_runtime LIKE 'containerd%'"),
        ("pods exposing port 9999", "x LIKE '9999/%'"),  # a port no container declares: none, not all
        ("pods with image pull policy Always", "image_pull_policy = 'Always'"),
        ("pods stuck with status unknown", "phase = 'Unknown'"),
        ("nodes with status unknown", "status LIKE 'Unknown%'"),
        ("non-system namespaces", "name NOT LIKE 'kube-%'"),
    ],
)
def test_values_the_demo_holds_for_all_or_none_still_filter(translator, question, part):
    t = translator.translate(question, context=ctx())
    assert not t.declined and part in t.sql and "ImagePull" not in t.sql, t.sql


# Container states ratios and extremes keep their filter.
CONTAINER_STATES_RATIOS_AND_EXTREMES_KEEP_THEIR_FILTER = [
    ("ready containers", "SELECT namespace, pod, name FROM containers WHERE ready"),
    ("pods with 0/1 ready", "SELECT namespace, name FROM pods WHERE ready = '0/1'"),
    (
        "pods where not all containers are ready",
        "SELECT namespace, name FROM pods WHERE ready_containers < total_containers",
    ),
    ("pods stuck in init", "SELECT namespace, name FROM pods WHERE status LIKE 'Init:%'"),
    (
        "failed init containers",
        "SELECT namespace, pod, name FROM containers WHERE is_init AND (exit_code <> 0 OR last_exit_code <> 0)",
    ),
    ("max restarts per namespace", "SELECT namespace, max(restarts) FROM pods GROUP BY namespace"),
    ("pods with more restarts than 3", "SELECT namespace, name FROM pods WHERE restarts > 3"),
    (
        "pods requesting more memory than 1Gi",
        "SELECT namespace, name FROM pods WHERE memory_request > 1073741824",
    ),
    (
        "containers with probes",
        "SELECT namespace, pod, name FROM containers WHERE type = 'container' AND (json_extract(raw, "
        "'$.readinessProbe') IS NOT NULL OR json_extract(raw, '$.livenessProbe') IS NOT NULL "
        "OR json_extract(raw, '$.startupProbe') IS NOT NULL)",
    ),
    (
        "what ports does coredns listen on",
        "SELECT pod, name, ports FROM containers WHERE pod LIKE 'coredns-%'",
    ),
    (
        "which ports does the postgres pod expose",
        "SELECT pod, name, ports FROM containers WHERE pod LIKE 'postgres-%'",
    ),
]


# Numbers units and negations said last are read.
NUMBERS_UNITS_AND_NEGATIONS_SAID_LAST_ARE_READ = [
    ("pods with restarts greater than 5", "SELECT namespace, name FROM pods WHERE restarts > 5"),
    ("pods with cpu request less than 100m", "SELECT namespace, name FROM pods WHERE cpu_request < 0.1"),
    ("nodes not schedulable", "SELECT name FROM nodes WHERE unschedulable"),
    ("restarts per namespace", "SELECT namespace, sum(restarts) FROM pods GROUP BY namespace"),
]


def test_a_value_named_by_its_first_word_filters(translator):
    t = translator.translate("nodes running ubuntu", context=ctx())
    assert "os_image LIKE 'Ubuntu%'" in t.sql, t.sql


@pytest.mark.parametrize(
    ("question", "part"),
    [
        ("nodes with pod capacity over 50", "pods_capacity > 50"),
        ("nodes with max pods above 100", "pods_allocatable > 100"),  # a column, not max()
    ],
)
def test_a_node_size_compared_with_a_number_filters(translator, question, part):
    t = translator.translate(question, context=ctx())
    assert part in t.sql and "max(" not in t.sql, t.sql


# Workload counts extremes and runs keep what was said.
WORKLOAD_COUNTS_EXTREMES_AND_RUNS_KEEP_WHAT_WAS_SAID = [
    # the state said of the objects counted stays: only crashlooping pods count
    (
        "namespaces with more than 1 crashlooping pods",
        "SELECT namespace FROM pods WHERE status LIKE '%CrashLoopBackOff' GROUP BY namespace HAVING count(*) > 1",
    ),
    (
        "ns with fewer than 3 running pods",
        "SELECT a.name FROM namespaces a LEFT JOIN pods b ON b.namespace = a.name AND b.status = 'Running' "
        "GROUP BY a.name HAVING count(b.name) < 3",
    ),
    # one object per group, the one at the extreme, said with a bare "per"
    ("newest pod per namespace", "SELECT namespace, arg_max(name, created) FROM pods GROUP BY namespace"),
    (
        "largest pvc per namespace",
        "SELECT namespace, arg_max(name, storage_request) FROM persistentvolumeclaims GROUP BY namespace",
    ),
    # when they last ran, not when they were created
    (
        "which 2 cronjobs ran most recently",
        "SELECT namespace, name FROM cronjobs ORDER BY last_schedule DESC LIMIT 2",
    ),
    ("the last 2 cronjobs to run", "SELECT namespace, name FROM cronjobs ORDER BY last_schedule DESC LIMIT 2"),
    # owners kept by how many of their objects (in the state said) they hold
    (
        "deployments in payments with at least 10 pods",
        "SELECT d.name FROM deployments d JOIN replicasets r ON r.namespace = d.namespace "
        "AND r.owner_name = d.name JOIN pods p ON p.namespace = r.namespace AND p.owner_name = r.name "
        "WHERE d.namespace = 'payments' GROUP BY d.name HAVING count(*) >= 10",
    ),
    (
        "cronjobs with fewer than 3 jobs",
        "SELECT c.namespace, c.name FROM cronjobs c LEFT JOIN jobs j ON j.namespace = c.namespace "
        "AND j.owner_name = c.name GROUP BY ALL HAVING count(j.name) < 3",
    ),
    (
        "nodes with more than 2 daemonset pods",
        "SELECT node FROM pods WHERE owner_kind = 'DaemonSet' GROUP BY node HAVING count(*) > 2",
    ),
    (
        "how many pods does deployment coredns have",
        "SELECT count(*) FROM pods WHERE namespace = 'kube-system' AND name LIKE 'coredns-%'",
    ),
    # two columns compared, said equal or unequal (kubectl's READY compared by its count)
    (
        "hpa where current replicas equal max",
        "SELECT namespace, name FROM horizontalpodautoscalers WHERE current_replicas = max_replicas",
    ),
    (
        "deployments where ready replicas dont match desired",
        "SELECT namespace, name FROM deployments WHERE ready_replicas <> desired",
    ),
    ("sts where ready != desired", "SELECT namespace, name FROM statefulsets WHERE ready_replicas <> desired"),
    ("pods with more restarts than 5", "SELECT namespace, name FROM pods WHERE restarts > 5"),
    # what a service account may do: the roles either kind of binding grants it
    (
        "what can service account prometheus-k8s do",
        "SELECT r.name, r.verbs, r.resources FROM clusterrolebindings b JOIN clusterroles r "
        "ON r.name = b.role_name WHERE list_contains(b.service_accounts, 'monitoring/prometheus-k8s')",
    ),
    (
        "which roles does sa kube-proxy have",  # the roles' names: their rules only when asked
        "SELECT r.name FROM clusterrolebindings b JOIN clusterroles r "
        "ON r.name = b.role_name WHERE list_contains(b.service_accounts, 'kube-system/kube-proxy')",
    ),
    # which nodes (zones) a workload runs on: each one with them, through its pods
    (
        "which zones is each daemonset in",
        "SELECT DISTINCT d.namespace, d.name, n.zone FROM daemonsets d JOIN pods p ON p.namespace = d.namespace "
        "AND p.owner_name = d.name AND p.owner_kind = 'DaemonSet' JOIN nodes n ON n.name = p.node",
    ),
    (
        "which nodes do payments deployments run on",
        "SELECT DISTINCT r.owner_name, p.node FROM pods p JOIN replicasets r ON r.namespace = p.namespace "
        "AND r.name = p.owner_name WHERE p.namespace = 'payments' AND r.owner_kind = 'Deployment' "
        "AND p.node IS NOT NULL",
    ),
    # how long a list is: "more than 1 port"
    ("services with more than 1 port", "SELECT namespace, name FROM services WHERE len(ports) > 1"),
    # a stateful set's claims are the ones its pods mount
    (
        "pvcs of statefulset postgres",
        "SELECT name FROM persistentvolumeclaims WHERE namespace = 'data' AND name LIKE '%-postgres-%'",
    ),
    (
        "how many pvcs per statefulset",
        "SELECT s.namespace, s.name, count(DISTINCT c.name) FROM statefulsets s LEFT JOIN persistentvolumeclaims c "
        "ON c.namespace = s.namespace AND c.name LIKE '%-' || s.name || '-%' GROUP BY ALL",
    ),
    # a related kind said bare after "with": the ones some such object exists for
    (
        "deployments w/ hpa",
        "SELECT d.namespace, d.name FROM deployments d JOIN horizontalpodautoscalers h "
        "ON h.namespace = d.namespace AND h.target_name = d.name",
    ),
    # the pods' owner kind stays a filter when no owner is joined
    (
        "which nodes run statefulset pods",
        "SELECT DISTINCT node FROM pods WHERE owner_kind = 'StatefulSet' AND node IS NOT NULL",
    ),
    ("which rs are stale in payments", "SELECT name FROM replicasets WHERE namespace = 'payments' AND desired = 0"),
    # roles, the RBAC kind, when no node is said
    ("roles in payments", "SELECT name FROM roles WHERE namespace = 'payments'"),
    ("how many roles per namespace", "SELECT namespace, count(*) FROM roles GROUP BY namespace"),
    ("node roles", "SELECT name, roles FROM nodes"),
]


def test_autoscalers_meet_the_stateful_sets_they_target(translator, engine):
    # none in the demo cluster: the filter must stay, not list every autoscaler
    t = translator.translate("hpas targeting statefulsets", context=ctx())
    assert "target_kind = 'StatefulSet'" in t.sql and not engine.query(t.sql).rows, t.sql


# Kinds by a column are counted per value.
KINDS_BY_A_COLUMN_ARE_COUNTED_PER_VALUE = [
    # a kind "by" a column of its own: counted per value, as "… per …" is
    ("events by reason", "SELECT reason, count(*) FROM events GROUP BY reason"),
    ("pods by namespace", "SELECT namespace, count(*) FROM pods GROUP BY namespace"),
    ("deployments by ns", "SELECT namespace, count(*) FROM deployments GROUP BY namespace"),
    ("services by type", "SELECT type, count(*) FROM services GROUP BY type"),
    ("pods by node", "SELECT node, count(*) FROM pods WHERE node IS NOT NULL GROUP BY node"),
    # a breakdown of some values: counted per value
    ("pod status breakdown", "SELECT status, count(*) FROM pods GROUP BY status"),
    ("breakdown of pod phases", "SELECT phase, count(*) FROM pods GROUP BY phase"),
    ("phase distribution of pods in data", "SELECT phase, count(*) FROM pods WHERE namespace = 'data' GROUP BY phase"),
    # restarts per group: added up, not the pods counted
    ("restarts by namespace", "SELECT namespace, sum(restarts) FROM pods GROUP BY namespace"),
    ("pods with restarts by ns", "SELECT namespace, count(*) FROM pods WHERE restarts > 0 GROUP BY namespace"),
    # events per node: the node whose kubelet reported them
    (
        "warning events per node",
        "SELECT source_host, count(*) FROM events WHERE type = 'Warning' AND source_host IS NOT NULL "
        "GROUP BY source_host",
    ),
    # how many groups hold some of a kind: those counted, not all of them
    (
        "how many namespaces have deployments",
        "SELECT count(DISTINCT namespace) FROM deployments",
    ),
    ("how many nodes have pods", "SELECT count(DISTINCT node) FROM pods"),
]


@pytest.mark.parametrize(
    "question", ["sort pods by namespace", "payments-api container image by ns", "nodes by cpu capacity"]
)
def test_a_sort_or_a_shown_column_by_a_group_is_not_counted(translator, question):
    t = translator.translate(question, context=ctx())
    assert "count(" not in t.sql.lower(), t.sql


@pytest.mark.parametrize("question", ["deployments per node", "how many pvcs per node", "jobs per node"])
def test_a_grouping_the_kind_has_no_column_for_is_declined(translator, question):
    t = translator.translate(question, context=ctx())
    assert t.declined, t.sql


@pytest.mark.parametrize(
    ("previous", "question", "sql"),
    [
        # a window added to events is on when they last happened, as a fresh question's is
        (
            ("warning events in payments", "SELECT object, reason, message FROM events WHERE namespace = 'payments' "
             "AND type = 'Warning'"),
            "what about the last 10 minutes",
            "SELECT object, reason, message FROM events WHERE namespace = 'payments' AND type = 'Warning' "
            "AND last_seen > now() - INTERVAL 10 MINUTES",
        ),
        # where the rows listed are, each once
        (
            ("crashlooping pods", "SELECT namespace, name FROM pods WHERE status LIKE '%CrashLoopBackOff'"),
            "which namespaces?",
            "SELECT DISTINCT namespace FROM pods WHERE status LIKE '%CrashLoopBackOff'",
        ),
        # several namespaces named: all of them kept
        (
            ("pods by namespace", "SELECT namespace, count(*) FROM pods GROUP BY namespace"),
            "just payments and data",
            "SELECT namespace, count(*) FROM pods WHERE namespace IN ('payments', 'data') GROUP BY namespace",
        ),
        (
            ("warning events", "SELECT namespace, object, reason FROM events WHERE type = 'Warning'"),
            "only in payments or data",
            "SELECT namespace, object, reason FROM events WHERE type = 'Warning' AND namespace IN ('payments', 'data')",
        ),
        # another kind: the same filters when its columns read the same, else the question asked of it
        (
            ("deploys not ready", "SELECT namespace, name FROM deployments WHERE ready_replicas < desired"),
            "what about statefulsets",
            "SELECT namespace, name FROM statefulsets WHERE ready_replicas < desired",
        ),
        (
            ("failed jobs", "SELECT namespace, name FROM jobs WHERE status = 'Failed'"),
            "and pods?",
            "SELECT namespace, name FROM pods WHERE phase = 'Failed'",
        ),
        (
            ("failed pods", "SELECT namespace, name FROM pods WHERE phase = 'Failed'"),
            "and jobs?",
            "SELECT namespace, name FROM jobs WHERE status = 'Failed'",
        ),
    ],
)
def test_followups_keep_what_the_conversation_said(translator, engine, previous, question, sql):
    t = translator.translate(question, context=ctx(turns=(Turn(question=previous[0], sql=previous[1]),)))
    assert not t.declined, t.message
    want = engine.query(sql)
    assert want.rows and sorted(engine.query(t.sql).rows, key=repr) == sorted(want.rows, key=repr), t.sql


@pytest.mark.parametrize(
    ("previous", "question"),
    [
        # no relation either: suspended cron jobs own no deployments
        (("suspended cronjobs", "SELECT namespace, name FROM cronjobs WHERE suspend"), "and deployments?"),
    ],
)
def test_a_kind_the_previous_filters_do_not_fit_is_declined(translator, previous, question):
    t = translator.translate(question, context=ctx(turns=(Turn(question=previous[0], sql=previous[1]),)))
    assert t.declined, t.sql


# Windows durations and counts of places.
WINDOWS_DURATIONS_AND_COUNTS_OF_PLACES = [
    (
        "pods between 1 and 2 hours old",
        "SELECT namespace, name FROM pods WHERE age > INTERVAL 1 HOUR AND age < INTERVAL 2 HOURS",
    ),
    ("jobs that ran longer than 10 min", "SELECT namespace, name FROM jobs WHERE duration > INTERVAL 10 MINUTES"),
    (
        "jobs running longer than 30m",
        "SELECT namespace, name FROM jobs WHERE status = 'Running' AND duration > INTERVAL 30 MINUTES",
    ),
    ("max restarts per namespace", "SELECT namespace, max(restarts) FROM pods GROUP BY namespace"),
    ("how many namespaces have warnings", "SELECT count(DISTINCT namespace) FROM events WHERE type = 'Warning'"),
    ("how many nodes have gpus", "SELECT count(*) FROM nodes WHERE gpu_capacity > 0"),
]


def test_the_last_n_events_are_the_latest(translator, engine):
    t = translator.translate("the last 5 warnings", context=ctx())
    assert "ORDER BY last_seen DESC LIMIT 5" in t.sql, t.sql
    t = translator.translate("the last 5 minutes of events", context=ctx())
    assert "INTERVAL 5 MINUTE" in t.sql and "LIMIT" not in t.sql, t.sql


@pytest.mark.parametrize(
    ("question", "sql"),
    [
        # a grouping by something else stays in the asker's namespace, as kubectl does
        ("count pods by status", "SELECT status, count(*) FROM pods WHERE namespace = 'payments' GROUP BY status"),
        ("events by reason", "SELECT reason, count(*) FROM events WHERE namespace = 'payments' GROUP BY reason"),
        # per namespace, or all of them: every namespace
        ("pods per namespace", "SELECT namespace, count(*) FROM pods GROUP BY namespace"),
        ("all pods by status", "SELECT status, count(*) FROM pods GROUP BY status"),
    ],
)
def test_groupings_read_the_current_namespace(translator, engine, question, sql):
    assert_same_rows(translator, engine, question, sql, columns=True, namespace="payments")


# The extreme object per group keeps its scope.
THE_EXTREME_OBJECT_PER_GROUP_KEEPS_ITS_SCOPE = [
    # the one at the extreme in each group, not the group with the most
    (
        "oldest deployment per namespace",
        "SELECT namespace, arg_min(name, created) FROM deployments GROUP BY namespace",
    ),
    (
        "newest pod on each node in data",
        "SELECT node, arg_max(name, created) FROM pods WHERE namespace = 'data' AND node IS NOT NULL GROUP BY node",
    ),
]


# How many values of a kind counts the values.
HOW_MANY_VALUES_OF_A_KIND_COUNTS_THE_VALUES = [
    ("how many event reasons are there", "SELECT count(DISTINCT reason) FROM events"),
    ("how many node zones", "SELECT count(DISTINCT zone) FROM nodes"),
]


# Groupings said together are all kept.
GROUPINGS_SAID_TOGETHER_ARE_ALL_KEPT = [
    ("per-namespace pod counts", "SELECT namespace, count(*) FROM pods GROUP BY namespace"),
    (
        "pods by node and status",
        "SELECT node, status, count(*) FROM pods WHERE node IS NOT NULL GROUP BY node, status",
    ),
    ("events by type and reason", "SELECT type, reason, count(*) FROM events GROUP BY type, reason"),
]


def test_events_sorted_by_time_are_by_last_seen(translator):
    t = translator.translate("events from the last hour sorted by time", context=ctx())
    assert t.sql.endswith("ORDER BY last_seen DESC") and "last_seen >" in t.sql, t.sql
    t = translator.translate("events sorted by time ascending", context=ctx())
    assert t.sql.endswith("ORDER BY last_seen"), t.sql


# Counts orders and ages keep what was said.
COUNTS_ORDERS_AND_AGES_KEEP_WHAT_WAS_SAID = [
    # groups kept by their count, said after the grouping
    (
        "pods per namespace, only namespaces with more than 10",
        "SELECT namespace, count(*) FROM pods GROUP BY namespace HAVING count(*) > 10",
    ),
    (
        "warning events by namespace, only those with at least 3",
        "SELECT namespace, count(*) FROM events WHERE type = 'Warning' GROUP BY namespace HAVING count(*) >= 3",
    ),
    # one average of the counts, not each count
    ("average pods per node", "SELECT avg(n) FROM (SELECT count(*) AS n FROM pods WHERE node IS NOT NULL GROUP BY node)"),
    ("mean containers per pod", "SELECT avg(n) FROM (SELECT count(*) AS n FROM containers GROUP BY namespace, pod)"),
    # events about nodes are grouped by the node they are about
    ("oom events by node", "SELECT involved_name, count(*) FROM events WHERE reason = 'OOMKilling' GROUP BY involved_name"),
    ("how many container images", "SELECT count(DISTINCT image) FROM containers"),
    # no column keeps how often: each container in that state counts
    (
        "how many times did pods get OOMKilled",
        "SELECT count(*) FROM containers WHERE reason = 'OOMKilled' OR last_reason = 'OOMKilled'",
    ),
    # a text column put in order, shown when it is not an identifying one
    ("pods sorted by node", "SELECT namespace, name, node FROM pods ORDER BY node"),
    # created compared with a named object's
    (
        "pods newer than the payments-worker deployment",
        "SELECT namespace, name FROM pods WHERE created > (SELECT created FROM deployments WHERE name = 'payments-worker')",
    ),
    (
        "how many pods are older than node worker-1",
        "SELECT count(*) FROM pods WHERE created < (SELECT created FROM nodes WHERE name = 'worker-1')",
    ),
]


def test_a_sort_by_a_text_column_orders_the_rows(translator):
    t = translator.translate("sort pods by namespace", context=ctx())
    assert t.sql.endswith("ORDER BY namespace"), t.sql


@pytest.mark.parametrize("question", ["configmaps by status", "ingresses by status"])
def test_a_grouping_by_a_column_the_kind_lacks_is_declined(translator, question):
    t = translator.translate(question, context=ctx())
    assert t.declined, t.sql


@pytest.mark.parametrize(
    ("previous", "question", "sql"),
    [
        # a state of pods that no deployment has: the deployments whose pods are in it
        (
            "crashlooping pods",
            "what about deployments",
            "SELECT DISTINCT a.namespace, a.name FROM deployments a JOIN replicasets r ON r.namespace = a.namespace "
            "AND r.owner_name = a.name JOIN pods b ON b.namespace = r.namespace AND b.owner_name = r.name "
            "WHERE b.status LIKE '%CrashLoopBackOff'",
        ),
        # groups kept by their count, or put in order of it, after a count per group
        (
            "pods per namespace",
            "only the ones with more than 20",
            "SELECT namespace, count(*) FROM pods GROUP BY namespace HAVING count(*) > 20",
        ),
        (
            "events by reason",
            "which ones have more than 5",
            "SELECT reason, count(*) FROM events GROUP BY reason HAVING count(*) > 5",
        ),
    ],
)
def test_another_kind_after_a_state_it_lacks_is_the_related_objects(translator, engine, previous, question, sql):
    sql_before = translator.translate(previous, context=ctx()).sql
    t = translator.translate(question, context=ctx(turns=(Turn(question=previous, sql=sql_before),)))
    assert not t.declined, t.message
    expected, got = engine.query(sql), engine.query(t.sql)
    assert expected.rows and sorted(got.rows, key=repr) == sorted(expected.rows, key=repr), t.sql


# A window on a state is on when it happened.
A_WINDOW_ON_A_STATE_IS_ON_WHEN_IT_HAPPENED = [
    # a window on a state is on when it happened, not on when the object was made
    (
        "pods that crashed in the last hour",
        "SELECT namespace, name FROM pods WHERE restarts > 0 AND last_restart > now() - INTERVAL 1 HOUR",
    ),
    (
        "containers oomkilled in the last hour",
        "SELECT namespace, pod, name FROM containers WHERE (reason = 'OOMKilled' OR last_reason = 'OOMKilled') "
        "AND last_finished_at > now() - INTERVAL 1 HOUR",
    ),
    # a pod keeps no time for an image pull error: its warning events in the window tell
    (
        "image pull errors in the last 30 min",
        "SELECT e.namespace, e.involved_name, e.reason FROM events e JOIN pods p "
        "ON e.involved_kind = 'Pod' AND e.namespace = p.namespace AND e.involved_name = p.name "
        "WHERE p.status IN ('ImagePullBackOff', 'ErrImagePull') AND e.type = 'Warning' "
        "AND e.last_seen > now() - INTERVAL 30 MINUTES",
    ),
    ("crashed pods", "SELECT namespace, name, restarts FROM pods WHERE restarts > 0"),
]


# A share of a kind is one percentage.
A_SHARE_OF_A_KIND_IS_ONE_PERCENTAGE = [
    # one share of all of them, in the namespace said, not a list of those in the state
    ("percentage of pods running", "SELECT 100.0 * count(*) FILTER (WHERE status = 'Running') / count(*) FROM pods"),
    (
        "what percent of pods in payments are not ready",
        "SELECT 100.0 * count(*) FILTER (WHERE NOT is_ready) / count(*) FROM pods WHERE namespace = 'payments'",
    ),
]


def test_a_sort_by_count_after_a_grouping_orders_the_groups(translator):
    turn = Turn(question="pods per namespace", sql="SELECT namespace, count(*) FROM pods GROUP BY namespace")
    t = translator.translate("sort by count", context=ctx(turns=(turn,)))
    assert t.sql.endswith("ORDER BY COUNT(*) DESC"), t.sql


# Pods containers and nodes by their fields.
PODS_CONTAINERS_AND_NODES_BY_THEIR_FIELDS = [
    # "non-ready", "unready": not ready, for every kind that can be
    ("non-ready pods", "SELECT namespace, name FROM pods WHERE NOT is_ready"),
    ("unready deployments", "SELECT namespace, name FROM deployments WHERE ready_replicas < desired"),
    ("which containers are not running", "SELECT namespace, pod, name FROM containers WHERE state <> 'running'"),
    ("when was worker-3 added", "SELECT created FROM nodes WHERE name = 'worker-3'"),
    (
        "pods without hostpath volumes",
        "SELECT namespace, name FROM pods WHERE json_extract_string(raw, '$.spec.volumes') NOT LIKE '%\"hostPath\"%'",
    ),
    (
        "how many pods have a redis container",  # each pod once
        "SELECT count(DISTINCT (namespace, pod)) FROM containers WHERE name LIKE 'redis%'",
    ),
    # an image by repository and tag, from any registry
    ("containers with image nginx:1.27.2", "SELECT namespace, pod, name FROM containers WHERE image LIKE '%/nginx:1.27.2'"),
    ("containers using nginx", "SELECT namespace, pod, name FROM containers WHERE image LIKE '%nginx%'"),
    # node fields: plural quantities, what a node accepts, versions said short, one node's field
    ("nodes with less than 4 cpus allocatable", "SELECT name FROM nodes WHERE cpu_allocatable < 4"),
    ("nodes with kubelet 1.29", "SELECT name FROM nodes WHERE kubelet_version LIKE 'v1.29%'"),
    ("what version of the kernel does worker-1 run", "SELECT kernel_version FROM nodes WHERE name = 'worker-1'"),
    ("pods on linux nodes", "SELECT a.namespace, a.name FROM pods a JOIN nodes b ON a.node = b.name WHERE b.operating_system = 'linux'"),
    # the largest amount per group; each pod's own amount
    ("max memory limit per namespace", "SELECT namespace, max(memory_limit) FROM pods GROUP BY namespace"),
    ("restarts by pod in payments", "SELECT name, restarts FROM pods WHERE namespace = 'payments'"),
    ("pods and their annotations", "SELECT namespace, name, annotations FROM pods"),
    ("pods age", "SELECT namespace, name, age FROM pods"),
    # the pod's phase, an init container's end, a mount path
    ("containers in failed pods", "SELECT namespace, pod, name FROM containers WHERE pod_phase = 'Failed'"),
    (
        "pods whose init containers failed",
        "SELECT DISTINCT namespace, pod FROM containers WHERE is_init AND (exit_code <> 0 OR last_exit_code <> 0)",
    ),
    ("pods mounting /var/log", "SELECT DISTINCT namespace, pod FROM containers WHERE list_contains(volume_mounts, '/var/log')"),
    # text inside a list column: one of its elements
    (
        "containers whose command includes sh",
        "SELECT namespace, pod, name FROM containers WHERE len(list_filter(command, x -> x ILIKE '%sh%')) > 0",
    ),
    # negations said after, or in the plural
    ("pods without owners", "SELECT namespace, name FROM pods WHERE owner_kind IS NULL"),
    (
        "containers with readiness probes missing",
        "SELECT namespace, pod, name FROM containers WHERE type = 'container' AND json_extract(raw, '$.readinessProbe') IS NULL",
    ),
]


@pytest.mark.parametrize(
    "question",
    [
        "nodes running docker",
        "pods on windows nodes",
        "containers with image redis:7.2",
        "pods running image postgres:16",
        "nodes with kernel 5.4",
        "nodes that can run more than 200 pods",
        "pods with container istio-proxy",
        "pods on nodes in zone us-central1-c",
        "containers whose command includes python",
        "services with the slack-channel annotation",
        "which pods have priority class system-cluster-critical",
        "pods using service account billing-sa",
        "pods with host ip 10.0.9.9",
        "pods with a container named nginx",
        "which pods have an emptyDir volume",  # the demo's pods mount none
        "pods in zone us-central1-a",
        "containers in region eu-west-1",
    ],
)
def test_a_value_no_object_holds_is_an_empty_answer(translator, engine, question):
    t = translator.translate(question, context=ctx())
    assert not t.declined, t.message
    assert engine.query(t.sql).rows == [], t.sql


@pytest.mark.parametrize(
    "question",
    [
        "pods of deployment web",
        "pods of deploy nosuch",
        "pods in deployment web in payments",
        "pvcs of statefulset prometheus-db",
        "pods using pvc data-0",
        "pods on node nosuch",
        "pvcs in data with storage class standard",
    ],
)
def test_an_object_named_by_its_kind_is_never_dropped(translator, question):
    # the cluster lacks it, or its link went unread: every object would be the wrong answer
    t = translator.translate(question, context=ctx())
    assert t.declined, t.sql


@pytest.mark.parametrize(
    "question",
    [
        "breakdown of pod phases",
        "data cms with pod counts",
        "count of pods older than 7d",
        "ev for nodes NotReady",
        "count rolebindings to roles w/ configmaps access, by ns",
        "pods of deployment payments-api",
        "pvcs of statefulset postgres",
    ],
)
def test_words_after_a_kind_that_are_not_names_are_read(translator, question):
    t = translator.translate(question, context=ctx())
    assert not t.declined, t.message


# A kind is counted per value of a list column.
A_KIND_IS_COUNTED_PER_VALUE_OF_A_LIST_COLUMN = [
    (
        "deployments per image",
        "SELECT image, count(*) FROM deployments, unnest(images) AS u(image) GROUP BY image",
    ),
    (
        "how many deployments use each image in payments",
        "SELECT image, count(*) FROM deployments, unnest(images) AS u(image) WHERE namespace = 'payments' "
        "GROUP BY image",
    ),
    ("how many nodes per role", "SELECT role, count(*) FROM nodes, unnest(roles) AS u(role) GROUP BY role"),
    ("nodes by role", "SELECT role, count(*) FROM nodes, unnest(roles) AS u(role) GROUP BY role"),
]


# Columns compared with an equals sign are not labels.
COLUMNS_COMPARED_WITH_AN_EQUALS_SIGN_ARE_NOT_LABELS = [
    (
        "hpas where current replicas = max replicas",
        "SELECT namespace, name FROM horizontalpodautoscalers WHERE current_replicas = max_replicas",
    ),
    ("replicasets where ready == desired", "SELECT namespace, name FROM replicasets WHERE ready_replicas = desired"),
    (
        "deployments where available replicas = desired",
        "SELECT namespace, name FROM deployments WHERE available_replicas = desired",
    ),
]


@pytest.mark.parametrize(
    ("question", "column"),
    [("priority classes and their values", "value"), ("crds and their groups", "group")],
)
def test_a_common_column_asked_with_their_is_shown(translator, question, column):
    t = translator.translate(question, context=ctx())
    assert column in t.sql.split(" FROM ")[0], t.sql


# "X of each Y": Y's column X beside each Y, whether X is a plain column or names another kind.
A_COLUMN_OF_EACH_OBJECT_IS_SHOWN = [
    ("status of pods in payments", "SELECT name, status FROM pods WHERE namespace = 'payments'"),
    ("pod statuses in payments", "SELECT name, status FROM pods WHERE namespace = 'payments'"),
    ("age of deployments", "SELECT namespace, name, age FROM deployments"),
    ("start time of pods in ml", "SELECT name, started FROM pods WHERE namespace = 'ml'"),
    ("type of each service in payments", "SELECT name, type FROM services WHERE namespace = 'payments'"),
    ("taints on each node", "SELECT name, taints FROM nodes"),
    ("node of each pod in batch", "SELECT name, node FROM pods WHERE namespace = 'batch'"),
    ("what is the node of each pod in ml", "SELECT name, node FROM pods WHERE namespace = 'ml'"),
    ("storage class of pvcs in data", "SELECT name, storage_class FROM persistentvolumeclaims WHERE namespace = 'data'"),
    (
        "service account of each pod in payments",
        "SELECT name, service_account FROM pods WHERE namespace = 'payments'",
    ),
    # the related objects themselves, when asked of all of them together
    (
        "nodes of pods in batch",
        "SELECT DISTINCT node FROM pods WHERE namespace = 'batch'",
    ),
]


# "A and the number of B on them": how many B each A has; "A and the number of <a number A holds>": that number.
EACH_OBJECT_WITH_HOW_MANY_IT_HAS = [
    ("nodes and the number of pods on them", "SELECT node, count(*) FROM pods WHERE node IS NOT NULL GROUP BY node"),
    ("namespaces and how many pods they have", "SELECT namespace, count(*) FROM pods GROUP BY namespace"),
    ("nodes with their pod counts", "SELECT node, count(*) FROM pods WHERE node IS NOT NULL GROUP BY node"),
    ("list nodes with how many pods each", "SELECT node, count(*) FROM pods WHERE node IS NOT NULL GROUP BY node"),
    ("namespaces with the count of services", "SELECT namespace, count(*) FROM services GROUP BY namespace"),
    ("deployments and the number of replicas", "SELECT namespace, name, desired FROM deployments"),
    ("pods with the number of containers", "SELECT namespace, name, total_containers FROM pods"),
    (
        "deployments in payments and how many pods they have",
        "SELECT d.name, count(p.uid) FROM deployments d LEFT JOIN replicasets r ON r.namespace = d.namespace "
        "AND r.owner_kind = 'Deployment' AND r.owner_name = d.name LEFT JOIN pods p ON p.namespace = r.namespace "
        "AND p.owner_kind = 'ReplicaSet' AND p.owner_name = r.name WHERE d.namespace = 'payments' GROUP BY d.name",
    ),
]


# kubelet reports a failed probe as Unhealthy and names the probe in the message.
PROBE_FAILURES_ARE_UNHEALTHY_EVENTS_OF_THAT_PROBE = [
    (
        "readiness probe failed events",
        "SELECT namespace, involved_name, message FROM events WHERE reason = 'Unhealthy' "
        "AND message LIKE 'Readiness probe failed%'",
    ),
    (
        "how many readiness probe failures per namespace",
        "SELECT namespace, count(*) FROM events WHERE reason = 'Unhealthy' AND message LIKE 'Readiness probe failed%' "
        "GROUP BY namespace",
    ),
    ("failed probes", "SELECT namespace, involved_name, message FROM events WHERE reason = 'Unhealthy'"),
    (
        "what is wrong with node worker-7",
        "SELECT type, reason, message FROM events WHERE involved_kind = 'Node' AND involved_name = 'worker-7'",
    ),
]


@pytest.mark.parametrize("question", ["liveness probe failures", "pods with failing liveness probes"])
def test_a_probe_that_never_failed_has_no_failures(translator, engine, question):
    sql = translator.translate(question, context=ctx()).sql
    assert "Liveness probe failed" in sql and engine.query(sql).rows == []


# Rankings keep their state and cut, workloads' pods combine as asked, image pulls are read in the
# kubelet's events, and a bare "top N" of events ranks them by how often each was seen.
RANKED_GROUPS_EVENT_PULLS_AND_TOP_EVENTS = [
    (
        "namespace with most deployments not ready",
        "SELECT namespace, count(*) FROM deployments WHERE ready_replicas < desired GROUP BY namespace "
        "ORDER BY 2 DESC LIMIT 1",
    ),
    (
        "top 2 namespaces by failing pods",
        "SELECT namespace, count(*) FROM pods WHERE phase = 'Failed' GROUP BY namespace ORDER BY 2 DESC LIMIT 2",
    ),
    ("what's the biggest namespace", "SELECT namespace, count(*) FROM pods GROUP BY namespace ORDER BY 2 DESC LIMIT 1"),
    ("biggest deployment", "SELECT namespace, name, desired FROM deployments ORDER BY desired DESC LIMIT 1"),
    (
        "max restarts per deployment",
        "SELECT r.namespace, r.owner_name, max(p.restarts) FROM pods p JOIN replicasets r ON r.namespace = "
        "p.namespace AND r.name = p.owner_name WHERE r.owner_kind = 'Deployment' GROUP BY r.namespace, r.owner_name",
    ),
    (
        "pods with more than 5 restarts by namespace",
        "SELECT namespace, count(*) FROM pods WHERE restarts > 5 GROUP BY namespace",
    ),
    (
        "image pull events",
        "SELECT namespace, involved_name, message FROM events "
        "WHERE reason IN ('Pulling', 'Pulled', 'Failed', 'BackOff') AND message ILIKE '%pull%'",
    ),
    (
        "ErrImagePull events in checkout",
        "SELECT involved_name, message FROM events WHERE namespace = 'checkout' "
        "AND reason IN ('Failed', 'BackOff') AND message ILIKE '%pull%'",
    ),
    (
        "top 3 warning events",
        "SELECT namespace, object, reason, count FROM events WHERE type = 'Warning' ORDER BY count DESC LIMIT 3",
    ),
    (
        "most restarted pod per namespace in checkout and ml",
        "SELECT namespace, arg_max(name, restarts) FROM pods WHERE restarts > 0 "
        "AND namespace IN ('checkout', 'ml') GROUP BY namespace",
    ),
    (
        "events with message containing timeout",
        "SELECT namespace, object, reason FROM events WHERE message ILIKE '%timeout%'",
    ),
    (
        "which component reported the most events",
        "SELECT source, count(*) FROM events GROUP BY source ORDER BY 2 DESC LIMIT 1",
    ),
    ("events that began over a day ago", "SELECT namespace, object, reason FROM events WHERE first_seen < now() - INTERVAL 1 DAY"),
    (
        "pods with more than 2 warning events",
        "SELECT namespace, involved_name FROM events WHERE involved_kind = 'Pod' AND type = 'Warning' "
        "GROUP BY namespace, involved_name HAVING count(*) > 2",
    ),
    (
        "top 2 nodes by pod count in payments",
        "SELECT node, count(*) FROM pods WHERE namespace = 'payments' GROUP BY node ORDER BY 2 DESC LIMIT 2",
    ),
]


@pytest.mark.parametrize(
    ("previous", "question", "sql"),
    [
        (
            "SELECT namespace, object, reason FROM events WHERE type = 'Warning'",
            "top 3",
            "SELECT namespace, object, reason, count FROM events WHERE type = 'Warning' ORDER BY count DESC LIMIT 3",
        ),
        (
            "SELECT name FROM pods WHERE namespace = 'payments'",
            "top 3 by restarts",
            "SELECT name, restarts FROM pods WHERE namespace = 'payments' ORDER BY restarts DESC LIMIT 3",
        ),
        (
            "SELECT namespace, name FROM pods WHERE status LIKE '%CrashLoopBackOff'",
            "which namespace has the most?",
            "SELECT namespace, count(*) FROM pods WHERE status LIKE '%CrashLoopBackOff' GROUP BY namespace "
            "ORDER BY 2 DESC LIMIT 1",
        ),
        (
            "SELECT namespace, object, reason FROM events WHERE type = 'Warning'",
            "which object has the most",
            "SELECT namespace, object, count(*) FROM events WHERE type = 'Warning' GROUP BY namespace, object "
            "ORDER BY 3 DESC LIMIT 1",
        ),
        (
            "SELECT namespace, involved_name, message FROM events WHERE reason = 'BackOff'",
            "how many times in total",
            "SELECT sum(count) FROM events WHERE reason = 'BackOff'",
        ),
    ],
)
def test_a_top_n_follow_up_ranks_before_it_cuts(translator, engine, previous, question, sql):
    t = translator.translate(question, context=ctx(turns=(Turn(question="earlier", sql=previous),)))
    assert sorted(engine.query(t.sql).rows, key=repr) == sorted(engine.query(sql).rows, key=repr), t.sql


# Workload, storage and RBAC fields said by name or value: a quota by its resource, a deployment's own
# field asked of it by name, a name where traffic goes, a pv's claim, the holders of a role.
WORKLOAD_STORAGE_AND_RBAC_FIELDS_SAID_PLAINLY = [
    (
        "memory quota in ml",
        "SELECT namespace, name, hard['requests.memory'], used['requests.memory'] FROM resourcequotas WHERE namespace = 'ml'",
    ),
    ("quota in staging", "SELECT namespace, name, hard, used FROM resourcequotas WHERE namespace = 'staging'"),
    (
        "which service account does deployment payments-api use",
        "SELECT namespace, service_account FROM deployments WHERE name = 'payments-api'",
    ),
    ("ingresses that route to storefront", "SELECT namespace, name FROM ingresses WHERE list_contains(services, 'storefront')"),
    ("pv not claimed", "SELECT name FROM persistentvolumes WHERE status = 'Available'"),
    ("claimed pvs", "SELECT name FROM persistentvolumes WHERE status = 'Bound'"),
    ("who is cluster-admin", "SELECT name, subjects FROM clusterrolebindings WHERE role_name = 'cluster-admin'"),
    (
        "which users are cluster admins",
        "SELECT DISTINCT unnest(users) FROM clusterrolebindings WHERE role_name = 'cluster-admin'",
    ),
    ("which service accounts have edit", "SELECT 'default', 'ci-deployer'"),
    ("deployments with max unavailable 25%", "SELECT namespace, name FROM deployments WHERE max_unavailable = '25%'"),
    ("pdbs with max unavailable 1", "SELECT namespace, name FROM poddisruptionbudgets WHERE max_unavailable = '1'"),
    (  # its link to the deployment's pod template is read now (it was declined)
        "secrets used by deployment payments-api",
        "SELECT DISTINCT d.namespace, s FROM deployments d, unnest(d.secrets) AS t(s) WHERE d.name = 'payments-api'",
    ),
    (
        "configmaps not used by any deployment",
        "SELECT c.namespace, c.name FROM configmaps c WHERE NOT EXISTS (SELECT 1 FROM deployments d "
        "WHERE d.namespace = c.namespace AND list_contains(d.configmaps, c.name))",
    ),
    (
        "service accounts used by deployments in payments",
        "SELECT DISTINCT coalesce(service_account, 'default') FROM deployments WHERE namespace = 'payments'",
    ),
    (
        "pvcs not used by any statefulset",
        "SELECT c.namespace, c.name FROM persistentvolumeclaims c WHERE NOT EXISTS (SELECT 1 FROM pods p "
        "WHERE p.namespace = c.namespace AND list_contains(p.pvcs, c.name) AND p.owner_kind = 'StatefulSet')",
    ),
]


# Values the demo cluster holds on no object: the filter is kept (an empty answer), not every object listed.
@pytest.mark.parametrize(
    ("question", "condition"),
    [
        ("deployments with maxUnavailable 0", "max_unavailable = '0'"),
        ("deploy with max surge 0", "max_surge = '0'"),
        ("statefulsets with parallel pod management", "pod_management_policy = 'Parallel'"),
        ("sts with OnDelete update strategy", "update_strategy = 'OnDelete'"),
        ("hpas whose target is a statefulset", "target_kind = 'StatefulSet'"),
        ("which service accounts are cluster admins", "role_name = 'cluster-admin'"),
        ("statefulsets mid update", "current_revision <> update_revision"),
        ("which deployments run as the default service account", "coalesce(service_account, 'default') = 'default'"),
    ],
)
def test_a_field_value_no_object_holds_is_kept(translator, question, condition):
    t = translator.translate(question, context=ctx())
    assert condition in t.sql and "ready_replicas" not in t.sql, t.sql


# Pods, containers and nodes keep what picks them: a container's name, a negation, a taint's part, a window.
PODS_CONTAINERS_AND_NODES_KEEP_WHAT_PICKS_THEM = [
    ("pods with container payments-api", "SELECT DISTINCT namespace, pod FROM containers WHERE name = 'payments-api'"),
    (
        "pods without a payments-api container",
        "SELECT namespace, name FROM pods p WHERE NOT EXISTS (SELECT 1 FROM containers c "
        "WHERE c.namespace = p.namespace AND c.pod = p.name AND c.name = 'payments-api')",
    ),
    ("pods not on worker-3", "SELECT namespace, name FROM pods WHERE node IS DISTINCT FROM 'worker-3'"),
    ("nodes not running m5.2xlarge", "SELECT name FROM nodes WHERE instance_type <> 'm5.2xlarge'"),
    ("nodes with NoSchedule taint", "SELECT name FROM nodes WHERE len(list_filter(taints, x -> x LIKE '%:NoSchedule')) > 0"),
    ("nodes whose taints include control-plane", "SELECT name FROM nodes WHERE name = 'control-plane-1'"),
    (
        "pods that tolerate the disk-pressure taint",
        "SELECT namespace, name FROM pods WHERE list_contains(tolerations, 'node.kubernetes.io/disk-pressure:NoSchedule')",
    ),
    ("pods using service account kafka", "SELECT namespace, name FROM pods WHERE service_account = 'kafka'"),
    (
        "pods on the same node as redis-0",
        "SELECT namespace, name FROM pods WHERE node = (SELECT node FROM pods WHERE name = 'redis-0') AND name <> 'redis-0'",
    ),
    ("containers running redis", "SELECT namespace, pod, name FROM containers WHERE image LIKE '%/redis:%'"),
    (
        "pods with exit code 137 in the last hour",  # each pod once, as "pods that were OOMKilled" are
        "SELECT DISTINCT namespace, pod FROM containers WHERE (exit_code = 137 AND finished_at > now() - INTERVAL 1 HOUR) "
        "OR (last_exit_code = 137 AND last_finished_at > now() - INTERVAL 1 HOUR)",
    ),
]


@pytest.mark.parametrize("question", ["containers that restarted in prod", "how many pods in prod"])
def test_a_namespace_the_cluster_lacks_is_not_dropped(translator, question):
    t = translator.translate(question, context=ctx())
    assert t.declined and "prod" in t.message, t.sql


def test_debug_containers_are_the_ephemeral_ones(translator):  # the demo cluster has none to count
    t = translator.translate("debug containers in payments", context=ctx())
    assert "is_ephemeral" in t.sql and "namespace = 'payments'" in t.sql, t.sql


# "the largest node by memory" is one node.
ONE_OBJECT_OR_NONE_WHEN_SO_SAID = [
    ("the largest node by memory", "SELECT name, memory_capacity FROM nodes ORDER BY memory_capacity DESC LIMIT 1"),
    ("the smallest node by cpu", "SELECT name, cpu_capacity FROM nodes ORDER BY cpu_capacity ASC LIMIT 1"),
    (
        "jobs that completed in over 2 minutes",
        "SELECT namespace, name FROM jobs WHERE status = 'Complete' AND duration > INTERVAL 2 MINUTES",
    ),
]


@pytest.mark.parametrize(
    ("question", "word"),
    [
        ("pods in prod in zone us-east-1b", "prod"),
        ("deployments in prod with 0 replicas", "prod"),
        ("nodes in us-central1-a", "us-central1-a"),
    ],
)
def test_a_place_the_cluster_lacks_is_declined_not_dropped(translator, question, word):
    t = translator.translate(question, context=ctx())
    assert t.declined and word in t.message, t.sql


# A label pair or a value said after a negation or "!=" is negated; labels are shown when asked for.
LABELS_AND_VALUES_NEGATED_OR_SHOWN_AS_SAID = [
    (
        "pods not labelled app=redis in checkout",
        "SELECT name FROM pods WHERE namespace = 'checkout' AND coalesce(labels['app'], '') <> 'redis'",
    ),
    ("pods without label app=redis", "SELECT namespace, name FROM pods WHERE coalesce(labels['app'], '') <> 'redis'"),
    (
        "pods where app!=redis in checkout",
        "SELECT name FROM pods WHERE namespace = 'checkout' AND coalesce(labels['app'], '') <> 'redis'",
    ),
    (
        "pods where node != worker-1 in data",
        "SELECT name FROM pods WHERE namespace = 'data' AND node IS DISTINCT FROM 'worker-1'",
    ),
    ("services where type != ClusterIP", "SELECT namespace, name FROM services WHERE type <> 'ClusterIP'"),
    ("pvcs where storage_class != gp3", "SELECT namespace, name FROM persistentvolumeclaims WHERE storage_class <> 'gp3'"),
    ("nodes where zone != us-east-1a", "SELECT name FROM nodes WHERE zone <> 'us-east-1a'"),
    ("namespaces and their labels", "SELECT name, labels FROM namespaces"),
    ("show labels of deployments in payments", "SELECT name, labels FROM deployments WHERE namespace = 'payments'"),
    (
        "how many po run in ns labelled environment=production?",
        "SELECT count(*) FROM pods WHERE namespace IN "
        "(SELECT name FROM namespaces WHERE labels['environment'] = 'production')",
    ),
    ("pods where app is not set", "SELECT namespace, name FROM pods WHERE labels['app'] IS NULL"),
    ("pods where the tier label is missing", "SELECT namespace, name FROM pods WHERE labels['tier'] IS NULL"),
    (
        "deployments with label app but no tier",
        "SELECT namespace, name FROM deployments WHERE labels['app'] IS NOT NULL AND labels['tier'] IS NULL",
    ),
    ("pods with memory limit missing", "SELECT namespace, name FROM pods WHERE memory_limit IS NULL"),
    (
        "pods without annotations in payments",
        "SELECT name FROM pods WHERE namespace = 'payments' AND coalesce(cardinality(annotations), 0) = 0",
    ),
]


@pytest.mark.parametrize("question", ["pods without labels", "unlabelled namespaces"])
def test_objects_without_any_label_are_those_with_none(translator, question):
    assert "cardinality(labels), 0) = 0" in translator.translate(question, context=ctx()).sql


# Events counted per object, names matched in part, a name several kinds hold, pods pulling images;
# follow-ups that rank, cut, narrow a joined list or ask for the listed objects' events.
EVENT_COUNTS_NAME_PARTS_AND_FOLLOWUPS = [
    (
        "pods with more than 1 warning",
        "SELECT namespace, involved_name FROM events WHERE involved_kind = 'Pod' AND type = 'Warning' "
        "GROUP BY namespace, involved_name HAVING count(*) > 1",
    ),
    (
        "how many pods have more than 1 warning",
        "SELECT count(*) FROM (SELECT namespace, involved_name FROM events WHERE involved_kind = 'Pod' "
        "AND type = 'Warning' GROUP BY namespace, involved_name HAVING count(*) > 1)",
    ),
    ("pods with name containing redis", "SELECT namespace, name FROM pods WHERE name LIKE '%redis%'"),
    ("pods named like kafka", "SELECT namespace, name FROM pods WHERE name LIKE '%kafka%'"),
    (
        "warnings per object",
        "SELECT namespace, object, count(*) FROM events WHERE type = 'Warning' GROUP BY namespace, object",
    ),
    (
        "what's up with checkout-api",
        "SELECT involved_kind, type, reason, message FROM events WHERE involved_name = 'checkout-api'",
    ),
    (
        "which pods are pulling images",
        "SELECT namespace, involved_name, message FROM events WHERE involved_kind = 'Pod' AND reason = 'Pulling'",
    ),
    (
        "warning events not about pods",
        "SELECT namespace, object, reason FROM events WHERE involved_kind <> 'Pod' AND type = 'Warning'",
    ),
    (
        "top 3 pods by warning count",
        "SELECT namespace, involved_name, count(*) FROM events WHERE involved_kind = 'Pod' AND type = 'Warning' "
        "GROUP BY namespace, involved_name ORDER BY count(*) DESC LIMIT 3",
    ),
]


@pytest.mark.parametrize(
    ("previous", "question", "sql"),
    [
        (
            "services without endpoints",
            "only in payments",
            "SELECT s.name FROM services s LEFT JOIN endpoints e ON e.namespace = s.namespace AND e.name = s.name "
            "WHERE s.namespace = 'payments' AND s.type <> 'ExternalName' AND coalesce(e.ready_address_count, 0) = 0",
        ),
        (
            "pods with no service",
            "only in payments",
            "SELECT a.name FROM pods a WHERE a.namespace = 'payments' AND NOT EXISTS (SELECT 1 FROM services b "
            "JOIN endpoints e ON e.namespace = a.namespace AND list_contains(e.target_pods, a.name) "
            "WHERE b.namespace = e.namespace AND b.name = e.name)",
        ),
        (
            "warnings per namespace",
            "which has the most?",
            "SELECT namespace, count(*) FROM events WHERE type = 'Warning' GROUP BY namespace "
            "ORDER BY count(*) DESC LIMIT 1",
        ),
        (
            "failed jobs",
            "their events?",
            "SELECT e.namespace, e.involved_name, e.reason FROM events e JOIN jobs p "
            "ON e.involved_kind = 'Job' AND e.namespace = p.namespace AND e.involved_name = p.name "
            "WHERE p.status = 'Failed'",
        ),
        (
            "pods in payments",
            "newest 3",
            "SELECT name FROM pods WHERE namespace = 'payments' ORDER BY created DESC LIMIT 3",
        ),
        (
            "pods with restarts",
            "top 3",
            "SELECT namespace, name, restarts FROM pods WHERE restarts > 0 ORDER BY restarts DESC LIMIT 3",
        ),
    ],
)
def test_followups_rank_cut_narrow_and_read_events_of_the_list(translator, engine, previous, question, sql):
    before = translator.translate(previous, context=ctx())
    t = translator.translate(question, context=ctx(turns=(Turn(question=previous, sql=before.sql),)))
    assert not t.declined, t.message
    want = engine.query(sql)
    got = engine.query(t.sql)
    assert want.rows and sorted(got.rows, key=repr) == sorted(want.rows, key=repr), t.sql
    assert len(got.columns) == len(want.columns), t.sql


# A column, host, group, zone or related kind said is kept: not every object, nor the wrong table.
WORKLOADS_SERVICES_STORAGE_AND_RBAC_KEEP_WHAT_PICKS_THEM = [
    ("ingress class of each ingress", "SELECT namespace, name, class FROM ingresses"),
    ("how many statefulsets use parallel pod management",
     "SELECT count(*) FROM statefulsets WHERE pod_management_policy = 'Parallel'"),
    ("clusterrolebindings to system:masters", "SELECT name FROM clusterrolebindings WHERE list_contains(groups, 'system:masters')"),
    (
        "which service accounts do statefulsets use",
        "SELECT DISTINCT namespace, service_account FROM pods WHERE owner_kind = 'StatefulSet'",
    ),
    ("which secrets do deployments use",
     "SELECT DISTINCT s.namespace, s.name FROM secrets s JOIN deployments d ON d.namespace = s.namespace "
     "AND list_contains(d.secrets, s.name)"),
    ("service account of each deployment in checkout",
     "SELECT name, service_account FROM deployments WHERE namespace = 'checkout'"),
    ("what service account does each statefulset use",
     "SELECT DISTINCT namespace, owner_name, service_account FROM pods WHERE owner_kind = 'StatefulSet'"),
    ("services and the number of ports", "SELECT namespace, name, len(ports) FROM services"),
    (
        "how many pods per node in us-east-1a",
        "SELECT n.name, count(p.name) FROM nodes n LEFT JOIN pods p ON p.node = n.name "
        "WHERE n.zone = 'us-east-1a' GROUP BY n.name",
    ),
    (
        "nodes in us-east-1a and the number of pods on them",
        "SELECT n.name, count(p.name) FROM nodes n LEFT JOIN pods p ON p.node = n.name "
        "WHERE n.zone = 'us-east-1a' GROUP BY n.name",
    ),
    ("services with an external ip", "SELECT namespace, name FROM services WHERE external_ip IS NOT NULL"),
    ("pvs not bound to any claim",
     "SELECT v.name FROM persistentvolumes v LEFT JOIN persistentvolumeclaims c ON c.namespace = v.claim_namespace "
     "AND c.name = v.claim_name AND c.status = 'Bound' WHERE c.name IS NULL"),
]


@pytest.mark.parametrize(
    ("question", "held"),
    [
        ("which ingress serves shop.example.com", "list_contains(hosts, 'shop.example.com')"),
        ("services with external ip pending", "external_ip = '<pending>'"),
    ],
)
def test_a_value_no_object_holds_gives_none_not_all(translator, question, held):
    t = translator.translate(question, context=ctx())
    assert not t.declined and held in t.sql, t.sql


# Versions compared as releases, values and node kinds negated, states said after the noun: none is dropped.
VERSIONS_NEGATED_VALUES_AND_NODE_PLACEMENT_KEEP_THEIR_FILTER = [
    ("nodes on kubelet 1.28 or newer", "SELECT name FROM nodes WHERE kubelet_version LIKE 'v1.29%'"),
    ("nodes not on instance type m5.xlarge", "SELECT name FROM nodes WHERE instance_type <> 'm5.xlarge'"),
    ("non-r5 nodes", "SELECT name FROM nodes WHERE instance_type NOT LIKE 'r5.%'"),
    ("containers running", "SELECT namespace, pod, name FROM containers WHERE state = 'running'"),
    (
        "containers waiting for image pull",
        "SELECT namespace, pod, name FROM containers WHERE reason IN ('ImagePullBackOff', 'ErrImagePull')",
    ),
    ("pods with container restarts", "SELECT namespace, name, restarts FROM pods WHERE restarts > 0"),
    ("pods w/o ready containers", "SELECT namespace, name FROM pods WHERE ready_containers = 0"),
    ("nodes not in us-east-1a", "SELECT name FROM nodes WHERE zone <> 'us-east-1a'"),
    (
        "containers not running in payments",
        "SELECT pod, name FROM containers WHERE namespace = 'payments' AND state <> 'running'",
    ),
    (
        "pods not on control plane nodes",
        "SELECT namespace, name FROM pods WHERE node IS DISTINCT FROM 'control-plane-1'",
    ),
    (
        "pods not running on m5.xlarge nodes",
        "SELECT p.namespace, p.name FROM pods p LEFT JOIN nodes n ON n.name = p.node "
        "WHERE n.instance_type IS DISTINCT FROM 'm5.xlarge'",
    ),
    (
        "containers whose args contain -fsS",
        "SELECT namespace, pod, name FROM containers WHERE list_contains(args, '-fsS')",
    ),
    ("how many containers use the latest tag", "SELECT count(*) FROM containers WHERE image LIKE '%:latest'"),
    (
        "pods in namespaces with a quota",
        "SELECT namespace, name FROM pods WHERE namespace IN (SELECT namespace FROM resourcequotas)",
    ),
    (
        "crashlooping pods in namespaces without a resource quota",
        "SELECT namespace, name FROM pods WHERE status LIKE '%CrashLoopBackOff' "
        "AND namespace NOT IN (SELECT namespace FROM resourcequotas)",
    ),
]


# The demo cluster holds none of these: the filter is kept, not every object listed.
@pytest.mark.parametrize(
    ("question", "kept"),
    [
        ("nodes running kubelet older than 1.29", "[1:2] < [1, 29]"),
        ("nodes not running containerd", "container_runtime NOT LIKE 'containerd%'"),
        ("arm nodes", "architecture LIKE 'arm%'"),
        ("pods with readiness gates", "readiness_gates IS NOT NULL"),
        ("containers using latest image", "image LIKE '%:latest'"),
    ],
)
def test_a_filter_nothing_matches_is_kept(translator, engine, question, kept):
    t = translator.translate(question, context=ctx())
    assert kept in t.sql and not engine.query(t.sql).rows, t.sql


def _cases(*tables: list) -> list:
    return [case for table in tables for case in table]


# Each table above holds questions of one kind; these two ask them all.
@pytest.mark.parametrize(
    ("question", "sql"),
    _cases(
        KUBERNETES_FIELD_NAMES_FILTER_THEIR_COLUMN,
        COLUMNS_COMPARED_AND_FIELDS_LEFT_UNSET,
        COUNTS_RANKINGS_AND_STATES_KEEP_WHAT_THE_QUESTION_SAYS,
        RANKINGS_AND_CLUSTER_TOTALS,
        OBJECTS_NAMED_WITHOUT_THEIR_KIND,
        NEGATED_ALTERNATIVE_AND_PLAINLY_WORDED_STATES_KEEP_THEIR_FILTER,
        POD_CONDITIONS_SAID_PLAINLY_ARE_KEPT,
        CONTAINER_STATES_RATIOS_AND_EXTREMES_KEEP_THEIR_FILTER,
        NUMBERS_UNITS_AND_NEGATIONS_SAID_LAST_ARE_READ,
    ),
)
def test_answers_have_the_expected_rows(translator, engine, question, sql):
    assert_same_rows(translator, engine, question, sql)


@pytest.mark.parametrize(
    ("question", "sql"),
    _cases(
        SELECTORS_UNITS_FAMILIES_AND_FIELDS_SET,
        CONTAINERS_AND_RESOURCES_SHAPES,
        ANNOTATIONS_FILTER_LIKE_LABELS,
        STORAGE_ASKED_FOR_WITH_NO_KIND_IS_THE_CLAIMS,
        OBJECTS_SOME_RELATED_OBJECT_COVERS_ARE_KEPT_AND_COUNTED_ONCE,
        AN_INGRESS_OR_ITS_HOST_LEADS_TO_ITS_SERVICES_AND_PODS,
        WORKLOAD_COUNTS_EXTREMES_AND_RUNS_KEEP_WHAT_WAS_SAID,
        KINDS_BY_A_COLUMN_ARE_COUNTED_PER_VALUE,
        WINDOWS_DURATIONS_AND_COUNTS_OF_PLACES,
        THE_EXTREME_OBJECT_PER_GROUP_KEEPS_ITS_SCOPE,
        HOW_MANY_VALUES_OF_A_KIND_COUNTS_THE_VALUES,
        GROUPINGS_SAID_TOGETHER_ARE_ALL_KEPT,
        COUNTS_ORDERS_AND_AGES_KEEP_WHAT_WAS_SAID,
        A_WINDOW_ON_A_STATE_IS_ON_WHEN_IT_HAPPENED,
        A_SHARE_OF_A_KIND_IS_ONE_PERCENTAGE,
        PODS_CONTAINERS_AND_NODES_BY_THEIR_FIELDS,
        A_KIND_IS_COUNTED_PER_VALUE_OF_A_LIST_COLUMN,
        COLUMNS_COMPARED_WITH_AN_EQUALS_SIGN_ARE_NOT_LABELS,
        A_COLUMN_OF_EACH_OBJECT_IS_SHOWN,
        EACH_OBJECT_WITH_HOW_MANY_IT_HAS,
        PROBE_FAILURES_ARE_UNHEALTHY_EVENTS_OF_THAT_PROBE,
        RANKED_GROUPS_EVENT_PULLS_AND_TOP_EVENTS,
        WORKLOAD_STORAGE_AND_RBAC_FIELDS_SAID_PLAINLY,
        PODS_CONTAINERS_AND_NODES_KEEP_WHAT_PICKS_THEM,
        ONE_OBJECT_OR_NONE_WHEN_SO_SAID,
        LABELS_AND_VALUES_NEGATED_OR_SHOWN_AS_SAID,
        EVENT_COUNTS_NAME_PARTS_AND_FOLLOWUPS,
        WORKLOADS_SERVICES_STORAGE_AND_RBAC_KEEP_WHAT_PICKS_THEM,
        VERSIONS_NEGATED_VALUES_AND_NODE_PLACEMENT_KEEP_THEIR_FILTER,
    ),
)
def test_answers_have_the_expected_rows_and_columns(translator, engine, question, sql):
    assert_same_rows(translator, engine, question, sql, columns=True)
