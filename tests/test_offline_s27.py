"""Questions over the breadth of the catalog that the offline translator declined or read wrongly: a
field said by its manifest spelling ("podSelector: {}", "a nodeSelector"), a list's length said in words
("three or more ports"), a condition said false, a label key with a prefix, millicores read as minutes."""

from __future__ import annotations

import pytest

from tests.test_offline import assert_same_rows, ctx
from tests.test_offline_fu2 import _same_rows as assert_same_after

SAID = [
    # a map field set, or set empty (a policy with an empty pod selector picks every pod)
    ("which pods set a nodeSelector?", "SELECT namespace, name FROM pods WHERE cardinality(node_selector) > 0"),
    ("pods pinned to nodes by node selector",
     "SELECT namespace, name FROM pods WHERE cardinality(node_selector) > 0"),
    ("netpol with podSelector: {}",
     "SELECT namespace, name FROM networkpolicies WHERE coalesce(cardinality(pod_selector), 0) = 0"),
    ("network policies with an empty pod selector",
     "SELECT namespace, name FROM networkpolicies WHERE coalesce(cardinality(pod_selector), 0) = 0"),
    # a list's length in words
    ("services with multiple ports", "SELECT namespace, name FROM services WHERE len(ports) > 1"),
    # a condition said false
    ("which deployments have their Available condition false?",
     "SELECT namespace, name FROM deployments WHERE NOT available"),
    ("deployments whose Available condition is false", "SELECT namespace, name FROM deployments WHERE NOT available"),
    # a label key with a prefix is a label by its shape
    ("how many nodes are in each node pool (node.acme.io/pool label)?",
     "SELECT labels['node.acme.io/pool'], count(*) FROM nodes GROUP BY labels['node.acme.io/pool']"),
    ("node count per node.acme.io/pool",
     "SELECT labels['node.acme.io/pool'], count(*) FROM nodes GROUP BY labels['node.acme.io/pool']"),
    ("pods per app.kubernetes.io/name",
     "SELECT labels['app.kubernetes.io/name'], count(*) FROM pods GROUP BY labels['app.kubernetes.io/name']"),
    # 100m of cpu is a tenth of a core, not a hundred minutes
    ("po -n checkout with cpu request < 100m",
     "SELECT name FROM pods WHERE namespace = 'checkout' AND cpu_request < 0.1"),
    ("pods requesting less than 250m cpu", "SELECT namespace, name FROM pods WHERE cpu_request < 0.25"),
    ("pods created in the last 100m",
     "SELECT namespace, name FROM pods WHERE created > now() - INTERVAL 100 MINUTES"),
    # a window said as part of an hour
    ("new pods in frontend, past quarter hour",
     "SELECT name FROM pods WHERE namespace = 'frontend' AND created > now() - INTERVAL 15 MINUTES"),
    # fewer ready than wanted, said other ways
    ("deploy -n frontend READY short",
     "SELECT name FROM deployments WHERE namespace = 'frontend' AND ready_replicas < desired"),
    ("staging deploys that arent at full strength",
     "SELECT name FROM deployments WHERE namespace = 'staging' AND ready_replicas < desired"),
    ("replica sets that have fewer ready pods than they want",
     "SELECT namespace, name FROM replicasets WHERE ready_replicas < desired"),
    # "cpu req" names the request, so ranking by it needs no metrics
    ("top 2 po by cpu req", "SELECT namespace, name, cpu_request FROM pods ORDER BY cpu_request DESC LIMIT 2"),
    ("which 3 autoscalers can scale the highest?",
     "SELECT namespace, name, max_replicas FROM horizontalpodautoscalers ORDER BY max_replicas DESC LIMIT 3"),
    # the pods of a kind of owner, their requests added up into one total
    ("how much CPU do daemon set pods request in total?",
     "SELECT sum(cpu_request) FROM pods WHERE owner_kind = 'DaemonSet'"),
    ("total memory requested by statefulset pods",
     "SELECT sum(memory_request) FROM pods WHERE owner_kind = 'StatefulSet'"),
    ("which nodes are the payments pods running on?",
     "SELECT DISTINCT node FROM pods WHERE namespace = 'payments'"),
]


@pytest.mark.parametrize(("question", "sql"), SAID)
def test_catalog_fields_said_their_own_ways(translator, engine, question, sql):
    assert_same_rows(translator, engine, question, sql, columns=True)


HERE = [
    ("which nodes are my pods running on?", "payments", "SELECT DISTINCT node FROM pods WHERE namespace = 'payments'"),
    ("rollout strategy of deploys here", "frontend",
     "SELECT name, strategy FROM deployments WHERE namespace = 'frontend'"),
]


@pytest.mark.parametrize(("question", "namespace", "sql"), HERE)
def test_in_the_current_namespace(translator, engine, question, namespace, sql):
    assert_same_rows(translator, engine, question, sql, columns=True, namespace=namespace)


REAL = [
    ("monitoring svc w/ multiple ports",
     "SELECT name FROM services WHERE namespace = 'monitoring' AND len(ports) > 1"),
    ("containers that declare three or more ports",
     "SELECT namespace, pod, name FROM containers WHERE len(ports) >= 3"),
    ("containers with 2 or more ports", "SELECT namespace, pod, name FROM containers WHERE len(ports) >= 2"),
]


@pytest.mark.parametrize(("question", "sql"), REAL)
def test_on_the_real_snapshot(real_translator, real_engine, question, sql):
    assert_same_rows(real_translator, real_engine, question, sql, columns=True)


@pytest.mark.parametrize("question", ["autoscalers that arent active", "is any node running out of process IDs?"])
def test_flags_said_in_words_filter(translator, question):
    t = translator.translate(question, context=ctx())
    assert not t.declined, t.message
    assert "scaling_active" in t.sql or "pid_pressure" in t.sql


@pytest.mark.parametrize(
    "question",
    ["make sure fraud-detector pods never get scheduled on worker-7 again",
     "keep storefront off worker-7 from now on",
     "make sure the kafka pods are spread across zones"],
)
def test_outcomes_ordered_are_declined(translator, question):
    t = translator.translate(question, context=ctx())
    assert t.declined and "read-only" in t.message, t.sql


@pytest.mark.parametrize("question", ["keep only the ones on worker-7", "which pods keep crashing"])
def test_keep_that_asks_is_answered(translator, question):
    assert not translator.translate(question, context=ctx()).declined


FIELDS = [
    ("whose pod range is 10.112.7.0/24", "SELECT name FROM nodes WHERE pod_cidr = '10.112.7.0/24'"),
    ("which ingress routes traffic to the web-bff service?",
     "SELECT name FROM ingresses WHERE list_contains(services, 'web-bff')"),
    ("which jobs give up after fewer than 3 retries?", "SELECT namespace, name FROM jobs WHERE backoff_limit < 3"),
    ("are there any bootstrap token secrets?",
     "SELECT namespace, name FROM secrets WHERE type = 'bootstrap.kubernetes.io/token'"),
    ("frontend pods failing readiness", "SELECT name FROM pods WHERE namespace = 'frontend' AND NOT is_ready"),
    ("which HPAs are running above their CPU target?",
     "SELECT namespace, name FROM horizontalpodautoscalers WHERE cpu_current_percent > cpu_target_percent"),
    ("hpa cpu current > target",
     "SELECT namespace, name FROM horizontalpodautoscalers WHERE cpu_current_percent > cpu_target_percent"),
    ("jobs that weren't created by a cronjob",
     "SELECT namespace, name FROM jobs WHERE owner_kind IS NULL OR owner_kind <> 'CronJob'"),
    ("which namespaces have a team label, and what team?",
     "SELECT name, labels['team'] FROM namespaces WHERE labels['team'] IS NOT NULL"),
    ("total allocatable GiB across m5.4xlarge nodes",
     "SELECT sum(memory_allocatable) / 1024 ^ 3 FROM nodes WHERE instance_type = 'm5.4xlarge'"),
    ("nodes where pods request more memory than the node can allocate",
     "SELECT n.name FROM nodes n JOIN pods p ON p.node = n.name GROUP BY n.name, n.memory_allocatable "
     "HAVING sum(p.memory_request) > n.memory_allocatable"),
    ("which port does the schema-registry container in data listen on?",
     "SELECT DISTINCT ports FROM containers WHERE namespace = 'data' AND name = 'schema-registry'"),
    # the services' own readiness reading is kept
    ("services with some backends failing readiness",
     "SELECT namespace, name FROM endpoints WHERE not_ready_address_count > 0"),
]


@pytest.mark.parametrize(("question", "sql"), FIELDS)
def test_fields_said_as_what_they_do(translator, engine, question, sql):
    assert_same_rows(translator, engine, question, sql, columns=True)


REAL_FIELDS = [
    ("loadbalancers without an address yet",
     "SELECT namespace, name FROM services WHERE type = 'LoadBalancer' AND external_ip = '<pending>'"),
    ("which netpols cover outbound trafic?",
     "SELECT namespace, name FROM networkpolicies WHERE list_contains(policy_types, 'Egress')"),
    ("priority classes that never preempt other pods",
     "SELECT name FROM priorityclasses WHERE preemption_policy = 'Never'"),
]


@pytest.mark.parametrize(("question", "sql"), REAL_FIELDS)
def test_fields_said_as_what_they_do_on_the_real_snapshot(real_translator, real_engine, question, sql):
    assert_same_rows(real_translator, real_engine, question, sql, columns=True)


GROUPED = [
    # "aren't X or Y" is in neither state
    ("pods that aren't Running or Completed", "SELECT namespace, name FROM pods WHERE status NOT IN ('Running', 'Completed')"),
    ("pods neither Running nor Completed", "SELECT namespace, name FROM pods WHERE status NOT IN ('Running', 'Completed')"),
    # grouped by a label of the namespace the objects live in
    ("total pod restarts per team (namespace team label)",
     "SELECT n.labels['team'], sum(p.restarts) FROM pods p JOIN namespaces n ON n.name = p.namespace "
     "GROUP BY n.labels['team']"),
    ("pod count per namespace team label",
     "SELECT n.labels['team'], count(*) FROM pods p JOIN namespaces n ON n.name = p.namespace GROUP BY n.labels['team']"),
    ("deployments per team (team label on the namespace)",
     "SELECT n.labels['team'], count(*) FROM deployments d JOIN namespaces n ON n.name = d.namespace "
     "GROUP BY n.labels['team']"),
]


@pytest.mark.parametrize(("question", "sql"), GROUPED)
def test_states_and_groups(translator, engine, question, sql):
    assert_same_rows(translator, engine, question, sql, columns=True)


FOLLOW_UPS = [
    ("pods on worker-5", "SELECT namespace, name FROM pods WHERE node = 'worker-5'", "just the ds ones",
     "SELECT namespace, name FROM pods WHERE node = 'worker-5' AND owner_kind = 'DaemonSet'"),
    ("statefulsets in data", "SELECT name FROM statefulsets WHERE namespace = 'data'", "and their governing services?",
     "SELECT name, service_name FROM statefulsets WHERE namespace = 'data'"),
    ("statefulsets in data", "SELECT name FROM statefulsets WHERE namespace = 'data'",
     "which headless service does each use?", "SELECT name, service_name FROM statefulsets WHERE namespace = 'data'"),
    ("deployments in payments", "SELECT name FROM deployments WHERE namespace = 'payments'", "only the autoscaled ones",
     "SELECT d.name FROM deployments d JOIN horizontalpodautoscalers h ON h.namespace = d.namespace "
     "AND h.target_kind = 'Deployment' AND h.target_name = d.name WHERE d.namespace = 'payments'"),
    ("pvcs in data", "SELECT name, status FROM persistentvolumeclaims WHERE namespace = 'data'",
     "+ requested storage (Gi)",
     "SELECT name, status, storage_request / 1073741824 FROM persistentvolumeclaims WHERE namespace = 'data'"),
    ("pods in data", "SELECT name FROM pods WHERE namespace = 'data'", "+ node",
     "SELECT name, node FROM pods WHERE namespace = 'data'"),
]


@pytest.mark.parametrize(("previous", "previous_sql", "question", "sql"), FOLLOW_UPS)
def test_followups_narrow_and_add(translator, engine, previous, previous_sql, question, sql):
    assert_same_after(translator, engine, previous, previous_sql, question, sql)


BREADTH = [
    ("deployments whose Available condition isn't True", "SELECT namespace, name FROM deployments WHERE NOT available"),
    ("deployments referencing any cm", "SELECT namespace, name FROM deployments WHERE len(configmaps) > 0"),
    ("pdbs that would block a node drain",
     "SELECT namespace, name FROM poddisruptionbudgets WHERE disruptions_allowed = 0"),
    ("hpa by cpu % desc",
     "SELECT namespace, name, cpu_current_percent FROM horizontalpodautoscalers ORDER BY cpu_current_percent DESC"),
]


@pytest.mark.parametrize(("question", "sql"), BREADTH)
def test_more_fields_said_their_own_ways(translator, engine, question, sql):
    assert_same_rows(translator, engine, question, sql, columns=True)


@pytest.mark.parametrize(
    ("question", "sql"),
    [("which 5 clusterroles have the most rules?",
      "SELECT name, rule_count FROM clusterroles ORDER BY rule_count DESC LIMIT 5"),
     ("which network policy has the most ingress rules?",
      "SELECT namespace, name, ingress_rule_count FROM networkpolicies ORDER BY ingress_rule_count DESC LIMIT 1")],
)
def test_the_most_of_a_counted_thing(real_translator, real_engine, question, sql):
    assert_same_rows(real_translator, real_engine, question, sql, columns=True)


PODS_AND_CONTAINERS = [
    ("which pods tolerate every taint?", "SELECT namespace, name FROM pods WHERE list_contains(tolerations, '*')"),
    ("pods with a blanket toleration (operator Exists, no key, no effect)",
     "SELECT namespace, name FROM pods WHERE list_contains(tolerations, '*')"),
    ("pods with PodScheduled=False", "SELECT namespace, name FROM pods WHERE NOT scheduled"),
    ("containers that are terminated and finished < 30m ago",
     "SELECT namespace, pod, name FROM containers WHERE state = 'terminated' "
     "AND finished_at > now() - INTERVAL 30 MINUTE"),
]


@pytest.mark.parametrize(("question", "sql"), PODS_AND_CONTAINERS)
def test_pods_and_containers_said_their_own_ways(translator, engine, question, sql):
    assert_same_rows(translator, engine, question, sql, columns=True)


@pytest.mark.parametrize("question", ["static po -A", "mirror pods (owned by the node itself)"])
def test_static_pods_are_the_nodes_own(real_translator, real_engine, question):
    assert_same_rows(real_translator, real_engine, question,
                     "SELECT namespace, name FROM pods WHERE owner_kind = 'Node'", columns=True)


@pytest.mark.parametrize(
    ("question", "sql"),
    [("which nodes have taints, and what are they?", "SELECT name, taints FROM nodes WHERE len(taints) > 0"),
     ("which pods have a node selector, and what is it?",
      "SELECT namespace, name, node_selector FROM pods WHERE cardinality(node_selector) > 0")],
)
def test_what_the_filter_kept_is_shown_when_asked(translator, engine, question, sql):
    assert_same_rows(translator, engine, question, sql, columns=True)


def test_a_label_kept_is_shown_when_its_key_is_asked(real_translator, real_engine):
    assert_same_rows(real_translator, real_engine, "nodes labelled accelerator=... and which accelerator",
                     "SELECT name, labels['accelerator'] FROM nodes WHERE labels['accelerator'] IS NOT NULL",
                     columns=True)


JOBS_AND_FIELDS = [
    ("which jobs are still running, and how many pods does each have active?",
     "SELECT namespace, name, active FROM jobs WHERE status = 'Running'"),
    ("running jobs + active pod count", "SELECT namespace, name, active FROM jobs WHERE status = 'Running'"),
    ("jobs in progress (how many active pods?)", "SELECT namespace, name, active FROM jobs WHERE status = 'Running'"),
    ("any quota > 60 percent utilized (on any resource)?",
     "SELECT namespace, name FROM resourcequotas WHERE max_usage_percent > 60"),
    ("nodes whose lastHeartbeatTime is older than 2 min",
     "SELECT name FROM nodes WHERE last_heartbeat < now() - INTERVAL 2 MINUTES"),
]


@pytest.mark.parametrize(("question", "sql"), JOBS_AND_FIELDS)
def test_jobs_quotas_and_field_names(translator, engine, question, sql):
    assert_same_rows(translator, engine, question, sql, columns=True)


def test_a_field_name_with_its_time_suffix(translator, engine):
    assert_same_rows(translator, engine, "cj here: lastScheduleTime",
                     "SELECT name, last_schedule FROM cronjobs WHERE namespace = 'batch'", columns=True,
                     namespace="batch")


@pytest.mark.parametrize(
    ("question", "sql"),
    [("autoscalers complaining about metrics (warning events)",
      "SELECT namespace, involved_name, reason FROM events WHERE involved_kind = 'HorizontalPodAutoscaler' "
      "AND type = 'Warning'"),
     ("hpas that are not actively scaling (metrics missing)",
      "SELECT namespace, name FROM horizontalpodautoscalers WHERE NOT scaling_active")],
)
def test_an_autoscalers_missing_metrics_are_its_own_state(real_translator, real_engine, question, sql):
    assert_same_rows(real_translator, real_engine, question, sql, columns=True)


MORE_FOLLOW_UPS = [
    ("cluster role bindings for cluster-admin",
     "SELECT name, subjects FROM clusterrolebindings WHERE role_name = 'cluster-admin'", "same for the view role",
     "SELECT name, subjects FROM clusterrolebindings WHERE role_name = 'view'"),
    ("allocatable memory per node", "SELECT name, memory_allocatable FROM nodes", "show that in GiB",
     "SELECT name, memory_allocatable / 1024 ^ 3 FROM nodes"),
    ("allocatable memory per node", "SELECT name, memory_allocatable FROM nodes",
     "can you give it in GiB instead of bytes", "SELECT name, memory_allocatable / 1024 ^ 3 FROM nodes"),
]


@pytest.mark.parametrize(("previous", "previous_sql", "question", "sql"), MORE_FOLLOW_UPS)
def test_followups_swap_a_value_or_a_unit(translator, engine, previous, previous_sql, question, sql):
    assert_same_after(translator, engine, previous, previous_sql, question, sql)


HERE_MORE = [
    ("hpa here, min/max pods", "checkout",
     "SELECT name, min_replicas, max_replicas FROM horizontalpodautoscalers WHERE namespace = 'checkout'"),
    ("when do my cron jobs run?", "batch", "SELECT name, schedule FROM cronjobs WHERE namespace = 'batch'"),
    ("show the cron expression of each cronjob in this namespace", "batch",
     "SELECT name, schedule FROM cronjobs WHERE namespace = 'batch'"),
    ("netpol here that blocks all ingress", "payments",
     "SELECT name FROM networkpolicies WHERE namespace = 'payments' AND denies_all_ingress"),
]


@pytest.mark.parametrize(("question", "namespace", "sql"), HERE_MORE)
def test_more_in_the_current_namespace(translator, engine, question, namespace, sql):
    assert_same_rows(translator, engine, question, sql, columns=True, namespace=namespace)


DANGLING = [
    ("which PVCs name a storage class that doesn't exist, and which class is it?",
     "SELECT c.namespace, c.name, c.storage_class FROM persistentvolumeclaims c LEFT JOIN storageclasses s "
     "ON s.name = c.storage_class WHERE c.storage_class IS NOT NULL AND s.name IS NULL"),
    ("pvc whose storageClassName isn't a real storageclass (+ the class)",
     "SELECT c.namespace, c.name, c.storage_class FROM persistentvolumeclaims c LEFT JOIN storageclasses s "
     "ON s.name = c.storage_class WHERE c.storage_class IS NOT NULL AND s.name IS NULL"),
    ("which of my pods have no priority class?", "SELECT namespace, name FROM pods WHERE priority_class IS NULL"),
]


@pytest.mark.parametrize(("question", "sql"), DANGLING)
def test_references_to_objects_the_cluster_lacks(translator, engine, question, sql):
    assert_same_rows(translator, engine, question, sql, columns=True)


@pytest.mark.parametrize(
    "question",
    ["which ingresses use an ingress class that isn't installed, and which class?",
     "ing with a class that has no IngressClass object (show the class)"],
)
def test_an_ingress_class_not_installed(real_translator, real_engine, question):
    assert_same_rows(real_translator, real_engine, question,
                     "SELECT i.namespace, i.name, i.class FROM ingresses i LEFT JOIN ingressclasses c "
                     "ON c.name = i.class WHERE i.class IS NOT NULL AND c.name IS NULL", columns=True)


@pytest.mark.parametrize(
    "question",
    ["warning events for the pods of deployment storefront in frontend",
     "what warnings are the storefront pods getting in frontend",
     "storefront deploy pods: any warnings? (-n frontend)"],
)
def test_the_events_of_a_workloads_pods_name_each_pod(translator, engine, question):
    assert_same_rows(translator, engine, question,
                     "SELECT e.involved_name, e.reason, e.message FROM events e JOIN pods p ON p.uid = e.involved_uid "
                     "JOIN replicasets r ON r.namespace = p.namespace AND r.name = p.owner_name "
                     "WHERE p.namespace = 'frontend' AND r.owner_kind = 'Deployment' AND r.owner_name = 'storefront' "
                     "AND e.type = 'Warning'", columns=True)


@pytest.mark.parametrize(("question", "kept"), [("statefullsets w/ missing ready replicas", "statefulsets"),
                                                 ("which ingress routes to pods on worker-2?", "worker-2")])
def test_typos_and_kinds_after_a_route_are_still_read(translator, question, kept):
    t = translator.translate(question, context=ctx())
    assert not t.declined and kept in t.sql, t.sql


SAID_OTHERWISE = [
    ("which endpoints in payments have not-ready addresses?",
     "SELECT name FROM endpoints WHERE namespace = 'payments' AND not_ready_address_count > 0"),
    ("which storage classes wait for a pod before binding volumes?",
     "SELECT name FROM storageclasses WHERE volume_binding_mode = 'WaitForFirstConsumer'"),
    ("which autoscalers target more than 65% CPU utilization?",
     "SELECT namespace, name FROM horizontalpodautoscalers WHERE cpu_target_percent > 65"),
    ("hpa with targetCPUUtilizationPercentage > 65",
     "SELECT namespace, name FROM horizontalpodautoscalers WHERE cpu_target_percent > 65"),
]


@pytest.mark.parametrize(("question", "sql"), SAID_OTHERWISE)
def test_said_otherwise(translator, engine, question, sql):
    assert_same_rows(translator, engine, question, sql, columns=True)


def test_sticky_sessions_are_client_ip_affinity(real_translator, real_engine):
    assert_same_rows(real_translator, real_engine, "sticky-session services (client ip affinity)",
                     "SELECT namespace, name FROM services WHERE session_affinity = 'ClientIP'", columns=True)


@pytest.mark.parametrize("question", ["pods using more than 80% cpu", "containers using over 90 percent memory"])
def test_a_share_of_use_is_a_metric(translator, question):
    t = translator.translate(question, context=ctx())
    assert t.declined and "metric" in t.message, t.sql


ROUND3 = [
    ("quota w/ the highest usage %",
     "SELECT namespace, name, max_usage_percent FROM resourcequotas ORDER BY max_usage_percent DESC LIMIT 1"),
    ("endpoint slices with no endpoints at all", "SELECT namespace, name FROM endpointslices WHERE endpoint_count = 0"),
]


@pytest.mark.parametrize(("question", "sql"), ROUND3)
def test_quotas_and_slices_said_their_own_ways(translator, engine, question, sql):
    assert_same_rows(translator, engine, question, sql, columns=True)


@pytest.mark.parametrize(
    ("question", "namespace", "sql"),
    [("rolebindings here + who they bind", "payments",
      "SELECT name, subjects FROM rolebindings WHERE namespace = 'payments'"),
     ("limitrange defaultRequest (cpu, memory) in my namespace", "ml",
      "SELECT name, default_cpu_request, default_memory_request FROM limitranges WHERE namespace = 'ml'")],
)
def test_bindings_and_defaults_here(translator, engine, question, namespace, sql):
    assert_same_rows(translator, engine, question, sql, columns=True, namespace=namespace)


KEYS_AND_OWNERS = [
    ("secrets containing DATABASE_URL", "SELECT namespace, name FROM secrets WHERE list_contains(data_keys, 'DATABASE_URL')"),
    ("secrets that hav a DATABASE_URL entry",
     "SELECT namespace, name FROM secrets WHERE list_contains(data_keys, 'DATABASE_URL')"),
    ("pods somebody created by hand (no owner)", "SELECT namespace, name FROM pods WHERE owner_kind IS NULL"),
    ("pod count by status.phase", "SELECT phase, count(*) FROM pods GROUP BY phase"),
    ("containers that exited non zero and their exit codes",
     "SELECT namespace, pod, name, exit_code FROM containers WHERE state = 'terminated' AND exit_code <> 0"),
]


@pytest.mark.parametrize(("question", "sql"), KEYS_AND_OWNERS)
def test_keys_owners_and_exits(translator, engine, question, sql):
    assert_same_rows(translator, engine, question, sql, columns=True)


def test_a_named_key_of_one_secret_is_still_its_value(translator):
    t = translator.translate("what is the DATABASE_URL in the payments-api-secrets secret?", context=ctx())
    assert t.declined and "Secret values" in t.message


@pytest.mark.parametrize(
    "question",
    ["which deployments have more than one container in their pod template?", "deploys with sidecars",
     "multi-container deployments"],
)
def test_multi_container_workloads_by_their_template(real_translator, real_engine, question):
    assert_same_rows(real_translator, real_engine, question,
                     "SELECT namespace, name FROM deployments WHERE len(containers) > 1", columns=True)


def test_an_ingress_hosts_here(translator, engine):
    assert_same_rows(translator, engine, "what hostnames do my ingresses serve?",
                     "SELECT name, hosts FROM ingresses WHERE namespace = 'frontend'", columns=True,
                     namespace="frontend")


@pytest.mark.parametrize(
    "question",
    ["set suspend: true on cj nightly-report -n batch", "what's the tls.key of secret payments-api-tls?"],
)
def test_a_field_set_or_a_key_read_is_declined(translator, question):
    assert translator.translate(question, context=ctx()).declined


@pytest.mark.parametrize(
    ("question", "sql"),
    [("released pv + old claim", "SELECT name, claim FROM persistentvolumes WHERE status = 'Released'"),
     ("released persistent volumes and the claim they belonged to",
      "SELECT name, claim FROM persistentvolumes WHERE status = 'Released'"),
     ("top 3 ns by pvc storage requests, in GiB",
      "SELECT namespace, sum(storage_request) / 1024 ^ 3 AS gib FROM persistentvolumeclaims GROUP BY namespace "
      "ORDER BY gib DESC LIMIT 3")],
)
def test_volumes_claims_and_ranked_sums_in_units(translator, engine, question, sql):
    assert_same_rows(translator, engine, question, sql, columns=True)


@pytest.mark.parametrize(
    ("question", "sql"),
    [("which HPAs are running above their CPU utilization target?",
      "SELECT namespace, name FROM horizontalpodautoscalers WHERE cpu_current_percent > cpu_target_percent"),
     ("hpa where current cpu % > target %",
      "SELECT namespace, name FROM horizontalpodautoscalers WHERE cpu_current_percent > cpu_target_percent"),
     ("how much CPU do the pods of deployment payments-api in payments request in total?",
      "SELECT sum(p.cpu_request) FROM pods p JOIN replicasets r ON r.namespace = p.namespace "
      "AND r.name = p.owner_name WHERE p.namespace = 'payments' AND r.owner_kind = 'Deployment' "
      "AND r.owner_name = 'payments-api'")],
)
def test_targets_and_a_workloads_total(translator, engine, question, sql):
    assert_same_rows(translator, engine, question, sql, columns=True)


@pytest.mark.parametrize(
    ("question", "sql"),
    [("namespaces with nothing runing in them",
      "SELECT n.name FROM namespaces n WHERE NOT EXISTS (SELECT 1 FROM pods p WHERE p.namespace = n.name)"),
     ("kube-system containers that don't declare any ports",
      "SELECT pod, name FROM containers WHERE namespace = 'kube-system' AND coalesce(len(ports), 0) = 0"),
     ("which 5 pods restarted most recently, and when?",
      "SELECT namespace, name, last_restart FROM pods WHERE last_restart IS NOT NULL "
      "ORDER BY last_restart DESC LIMIT 5"),
     ("last 5 pods to restart + time of the restart",
      "SELECT namespace, name, last_restart FROM pods WHERE last_restart IS NOT NULL "
      "ORDER BY last_restart DESC LIMIT 5")],
)
def test_empty_namespaces_portless_containers_and_recent_restarts(translator, engine, question, sql):
    assert_same_rows(translator, engine, question, sql, columns=True)


def test_restarting_the_last_pods_is_still_an_order(translator):
    assert translator.translate("restart the last 5 pods", context=ctx()).declined
