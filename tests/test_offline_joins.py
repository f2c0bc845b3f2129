"""The offline translator on questions across kinds: owners, references, permissions, related columns.

Each case names the answer a user would check (the rows of a hand-written query on the demo cluster),
not the SQL the translator should write.
"""

from __future__ import annotations

import pytest

from tests.test_offline import ctx

PODS_OF_DEPLOYMENT = (
    "SELECT p.name FROM pods p JOIN replicasets r ON r.namespace = p.namespace AND r.name = p.owner_name "
    "WHERE p.namespace = 'payments' AND r.owner_kind = 'Deployment' AND r.owner_name = 'fraud-detector'"
)

ACROSS_KINDS = [
    # a related object that exists: "with an hpa", each one once
    (
        "deployments in checkout with an hpa",
        "SELECT d.name FROM deployments d WHERE d.namespace = 'checkout' AND EXISTS (SELECT 1 FROM "
        "horizontalpodautoscalers h WHERE h.namespace = d.namespace AND h.target_kind = 'Deployment' "
        "AND h.target_name = d.name)",
    ),
    # "have" with no article: the ones some related object exists for
    (
        "which namespaces have pods",
        "SELECT n.name FROM namespaces n WHERE EXISTS (SELECT 1 FROM pods p WHERE p.namespace = n.name)",
    ),
    # a possessive, and the namespace the named deployment lives in
    ("fraud-detector deployment's pods", PODS_OF_DEPLOYMENT),
    ("fraud-detector deployment pods", PODS_OF_DEPLOYMENT),
    # the owner named by its kind in front of "pods"
    (
        "daemonset pods on worker-2",
        "SELECT namespace, name FROM pods WHERE node = 'worker-2' AND owner_kind = 'DaemonSet'",
    ),
    ("how many statefulset pods are there?", "SELECT count(*) FROM pods WHERE owner_kind = 'StatefulSet'"),
    # the connector after the related kind
    (
        "which nodes are the checkout pods on?",  # the pods, each with its node, as "what nodes are they on?"
        "SELECT name, node FROM pods WHERE namespace = 'checkout'",
    ),
    (
        "instance types of nodes running payments pods",
        "SELECT DISTINCT n.name, n.instance_type FROM nodes n JOIN pods p ON p.node = n.name "
        "WHERE p.namespace = 'payments'",
    ),
    # an object of a related kind named without its kind
    ("what node is ledger-db-0 running on", "SELECT node FROM pods WHERE name = 'ledger-db-0'"),
    # columns of the related kind, shown
    (
        "pods in payments and the zone of their node",
        "SELECT p.name, n.zone FROM pods p JOIN nodes n ON n.name = p.node WHERE p.namespace = 'payments'",
    ),
    (
        "services in checkout and their ready endpoint counts",
        "SELECT s.name, e.ready_address_count FROM services s JOIN endpoints e "
        "ON e.namespace = s.namespace AND e.name = s.name WHERE s.namespace = 'checkout'",
    ),
    # the pods behind a service are the ones its endpoints list
    (
        "which pods back the checkout-api service?",
        "SELECT p.name FROM pods p JOIN endpoints e ON e.namespace = p.namespace "
        "AND list_contains(e.target_pods, p.name) WHERE e.namespace = 'checkout' AND e.name = 'checkout-api'",
    ),
    # every owner with its count, zero included
    (
        "how many jobs does each cronjob have?",
        "SELECT c.namespace, c.name, count(j.name) FROM cronjobs c LEFT JOIN jobs j ON j.namespace = c.namespace "
        "AND j.owner_kind = 'CronJob' AND j.owner_name = c.name GROUP BY c.namespace, c.name",
    ),
    # nothing uses it
    (
        "which pvcs are not used by any pod?",
        "SELECT c.namespace, c.name FROM persistentvolumeclaims c WHERE NOT EXISTS "
        "(SELECT 1 FROM pods p WHERE p.namespace = c.namespace AND list_contains(p.pvcs, c.name))",
    ),
    (
        "unused service accounts",
        "SELECT s.namespace, s.name FROM serviceaccounts s WHERE NOT EXISTS "
        "(SELECT 1 FROM pods p WHERE p.namespace = s.namespace AND p.service_account = s.name)",
    ),
    # references to objects the cluster does not hold
    (
        "pods that use a secret that doesn't exist, and which secret",
        "SELECT DISTINCT p.namespace, p.name, s.secret FROM pods p, unnest(p.secrets) AS s(secret) "
        "WHERE NOT EXISTS (SELECT 1 FROM secrets x WHERE x.namespace = p.namespace AND x.name = s.secret)",
    ),
    (
        "pvcs asking for a storage class that does not exist",
        "SELECT c.namespace, c.name FROM persistentvolumeclaims c LEFT JOIN storageclasses s "
        "ON s.name = c.storage_class WHERE c.storage_class IS NOT NULL AND s.name IS NULL",
    ),
    # a reference whose namespace is a column of its own: a volume's claim
    (
        "persistent volumes whose claim no longer exists",
        "SELECT v.name FROM persistentvolumes v LEFT JOIN persistentvolumeclaims c "
        "ON c.namespace = v.claim_namespace AND c.name = v.claim_name "
        "WHERE v.claim_name IS NOT NULL AND c.name IS NULL",
    ),
    # permissions
    (
        "who has cluster-admin?",
        "SELECT name, subjects FROM clusterrolebindings WHERE role_name = 'cluster-admin'",
    ),
    (
        "which role bindings grant a role that can read secrets, and to whom?",
        "SELECT b.namespace, b.name, b.subjects FROM rolebindings b JOIN roles r ON r.namespace = b.namespace "
        "AND r.name = b.role_name WHERE b.role_kind = 'Role' AND list_contains(r.resources, 'secrets')",
    ),
    ("cluster roles that allow every verb", "SELECT name FROM clusterroles WHERE list_contains(verbs, '*')"),
    (
        "what can the default service account in batch do?",
        "SELECT r.name, r.verbs, r.resources FROM rolebindings b JOIN roles r ON r.namespace = b.namespace "
        "AND r.name = b.role_name WHERE list_contains(b.service_accounts, 'batch/default')",
    ),
    (
        "which role bindings grant a cluster role that is allowed to delete, and to whom?",
        "SELECT b.namespace, b.name, b.subjects FROM rolebindings b JOIN clusterroles r ON r.name = b.role_name "
        "WHERE b.role_kind = 'ClusterRole' AND list_has_any(r.verbs, ['delete', '*'])",
    ),
    # pods by a property of their node
    (
        "checkout pods per zone",
        "SELECT n.zone, count(*) FROM pods p JOIN nodes n ON p.node = n.name WHERE p.namespace = 'checkout' "
        "GROUP BY n.zone",
    ),
    (
        "what az is postgres-0 running in",
        "SELECT n.zone FROM pods p JOIN nodes n ON p.node = n.name WHERE p.name = 'postgres-0'",
    ),
    (
        "which zones are the payments pods spread across?",
        "SELECT DISTINCT n.zone FROM pods p JOIN nodes n ON p.node = n.name WHERE p.namespace = 'payments'",
    ),
    # what an "excluding …" phrase names is left out
    (
        "secrets not used by any pod, excluding service account tokens",
        "SELECT s.namespace, s.name FROM secrets s WHERE s.type <> 'kubernetes.io/service-account-token' "
        "AND NOT EXISTS (SELECT 1 FROM pods p WHERE p.namespace = s.namespace AND list_contains(p.secrets, s.name))",
    ),
    ("namespaces other than kube-system", "SELECT name FROM namespaces WHERE name <> 'kube-system'"),
    # a workload named in front of "pods"
    (
        "which nodes have no fluent-bit pod on them?",
        "SELECT n.name FROM nodes n WHERE NOT EXISTS (SELECT 1 FROM pods p WHERE p.node = n.name "
        "AND p.owner_kind = 'DaemonSet' AND p.owner_name = 'fluent-bit')",
    ),
    (
        "rolebindings for group checkout-team",
        "SELECT namespace, name FROM rolebindings WHERE list_contains(groups, 'checkout-team')",
    ),
    # selectors: the pods a budget or a network policy picks, the deployments no budget covers
    (
        "pods covered by the pdb postgres in data, with their status",
        "SELECT p.name, p.status FROM pods p WHERE p.namespace = 'data' AND p.labels['app'] = 'postgres'",
    ),
    (
        "which pods does the network policy allow-web in frontend apply to?",
        "SELECT p.name FROM networkpolicies np JOIN pods p ON p.namespace = np.namespace "
        "AND map_entries(np.pod_selector) <@ map_entries(p.labels) WHERE np.namespace = 'frontend' AND np.name = 'allow-web'",
    ),
    (
        "checkout deploys without a pdb",
        "SELECT d.name FROM deployments d WHERE d.namespace = 'checkout' AND NOT EXISTS (SELECT 1 FROM "
        "poddisruptionbudgets b WHERE b.namespace = d.namespace AND map_entries(b.selector) <@ map_entries(d.selector))",
    ),
    # a kind nothing uses, and one asked about with "don't", "zero"
    (
        "storage classes with zero claims",
        "SELECT sc.name FROM storageclasses sc WHERE NOT EXISTS "
        "(SELECT 1 FROM persistentvolumeclaims c WHERE c.storage_class = sc.name)",
    ),
    (
        "which nodes don't run any payments pods?",
        "SELECT n.name FROM nodes n WHERE NOT EXISTS (SELECT 1 FROM pods p WHERE p.node = n.name AND p.namespace = 'payments')",
    ),
    (
        "pod count by namespace on notready nodes",
        "SELECT p.namespace, count(*) FROM pods p JOIN nodes n ON p.node = n.name WHERE NOT n.ready GROUP BY p.namespace",
    ),
    (
        "pods selected by the postgres service in data, and whether each is ready",
        "SELECT p.name, p.is_ready FROM pods p WHERE p.namespace = 'data' AND p.labels['app'] = 'postgres'",
    ),
    # a deployment's pods: the nodes they run on, their restarts summed per deployment
    (
        "which nodes are the fraud-detector pods running on?",
        "SELECT DISTINCT p.node FROM pods p JOIN replicasets r ON r.namespace = p.namespace "
        "AND r.name = p.owner_name WHERE r.owner_kind = 'Deployment' AND r.owner_name = 'fraud-detector'",
    ),
    (
        "total pod restarts for each deployment in payments",
        "SELECT r.owner_name, sum(p.restarts) FROM pods p JOIN replicasets r ON r.namespace = p.namespace "
        "AND r.name = p.owner_name WHERE p.namespace = 'payments' AND r.owner_kind = 'Deployment' GROUP BY 1",
    ),
    # the namespaces of pods so joined
    (
        "which namespaces have pods on cordoned nodes?",
        "SELECT DISTINCT p.namespace FROM pods p JOIN nodes n ON n.name = p.node WHERE n.unschedulable",
    ),
    (
        "which namespaces have pods on notready nodes?",
        "SELECT DISTINCT p.namespace FROM pods p JOIN nodes n ON n.name = p.node WHERE NOT n.ready",
    ),
    (
        "how many pvcs per storage class?",
        "SELECT storage_class, count(*) FROM persistentvolumeclaims GROUP BY 1",
    ),
    # each one's count of a related kind, zero included, said with an arrow or a bare "per"
    (
        "monitoring sa -> pod count",
        "SELECT a.name, count(p.name) FROM serviceaccounts a LEFT JOIN pods p ON p.namespace = a.namespace "
        "AND p.service_account = a.name WHERE a.namespace = 'monitoring' GROUP BY a.name",
    ),
    (
        "pods per cronjob in batch",
        "SELECT c.name, count(p.name) FROM cronjobs c LEFT JOIN jobs j ON j.namespace = c.namespace "
        "AND j.owner_name = c.name LEFT JOIN pods p ON p.namespace = j.namespace AND p.owner_name = j.name "
        "AND p.owner_kind = 'Job' WHERE c.namespace = 'batch' GROUP BY c.name",
    ),
    # a service exposes the deployments its selector picks
    (
        "deployments that no service exposes",
        "SELECT d.namespace, d.name FROM deployments d WHERE NOT EXISTS (SELECT 1 FROM services s "
        "WHERE s.namespace = d.namespace AND cardinality(s.selector) > 0 "
        "AND map_entries(s.selector) <@ map_entries(d.selector))",
    ),
    # some of one related kind, none of another
    (
        "which namespaces have pods but no limit range?",
        "SELECT DISTINCT p.namespace FROM pods p WHERE NOT EXISTS (SELECT 1 FROM limitranges l "
        "WHERE l.namespace = p.namespace)",
    ),
    # the objects events are about, with columns of their own
    (
        "which nodes are the pods with Unhealthy events on?",
        "SELECT DISTINCT p.namespace, p.name, p.node FROM events e JOIN pods p ON e.involved_kind = 'Pod' "
        "AND e.namespace = p.namespace AND e.involved_name = p.name WHERE e.reason = 'Unhealthy'",
    ),
    (
        "FailedScheduling events -> pod -> node",
        "SELECT DISTINCT p.namespace, p.name, p.node FROM events e JOIN pods p ON e.involved_kind = 'Pod' "
        "AND e.namespace = p.namespace AND e.involved_name = p.name WHERE e.reason = 'FailedScheduling'",
    ),
    (
        "deployments with ScalingReplicaSet events and their desired replicas",
        "SELECT DISTINCT d.namespace, d.name, d.desired FROM events e JOIN deployments d "
        "ON e.involved_kind = 'Deployment' AND e.namespace = d.namespace AND e.involved_name = d.name "
        "WHERE e.reason = 'ScalingReplicaSet'",
    ),
]

NODES_WITHOUT_FLUENT_BIT = (
    "SELECT name FROM nodes n WHERE NOT EXISTS (SELECT 1 FROM pods p WHERE p.node = n.name "
    "AND p.namespace = 'monitoring' AND p.owner_kind = 'DaemonSet' AND p.owner_name = 'fluent-bit')"
)


def _workload_pods_nodes(column: str, namespace: str, kind: str, name: str) -> str:
    return (
        f"SELECT p.name, n.{column} FROM pods p JOIN nodes n ON n.name = p.node WHERE p.namespace = "
        f"'{namespace}' AND p.owner_kind = '{kind}' AND p.owner_name = '{name}'"
    )


# the pods of one named workload (a daemon set, stateful set or job names itself as their owner)
ACROSS_KINDS += [
    ("which nodes don't have a fluent-bit pod?", NODES_WITHOUT_FLUENT_BIT),
    ("nodes missing the fluent-bit ds pod", NODES_WITHOUT_FLUENT_BIT),
    ("zone of each pod of sts kafka in data", _workload_pods_nodes("zone", "data", "StatefulSet", "kafka")),
    (
        "statefulset redis pods -> node instance type",
        _workload_pods_nodes("instance_type", "checkout", "StatefulSet", "redis"),
    ),
    (
        "ds node-exporter pods and their node's zone",
        _workload_pods_nodes("zone", "monitoring", "DaemonSet", "node-exporter"),
    ),
    ("job db-migrate-v42 pods and their zone", _workload_pods_nodes("zone", "batch", "Job", "db-migrate-v42")),
]

# owners with the pods a filter keeps, each with how many (not the owners with none)
NOT_READY_PER_DAEMONSET = (
    "SELECT namespace, owner_name, count(*) FROM pods WHERE owner_kind = 'DaemonSet' AND NOT is_ready "
    "GROUP BY namespace, owner_name"
)
ACROSS_KINDS += [
    ("daemonsets w/ pods not ready + count", NOT_READY_PER_DAEMONSET),
    ("which daemon sets have pods that are not ready, and how many such pods each?", NOT_READY_PER_DAEMONSET),
    (
        "deploys with non-Running pods and their count",
        "SELECT p.namespace, r.owner_name, count(*) FROM pods p JOIN replicasets r ON r.namespace = p.namespace "
        "AND r.name = p.owner_name WHERE r.owner_kind = 'Deployment' AND p.status <> 'Running' "
        "GROUP BY p.namespace, r.owner_name",
    ),
    # each workload's pods' requests added up
    (
        "total cpu requests per statefulset in data",
        "SELECT owner_name, sum(cpu_request) FROM pods WHERE namespace = 'data' AND owner_kind = 'StatefulSet' "
        "GROUP BY owner_name",
    ),
    (
        "how much memory do the pods of each deployment in ml request, in GiB?",
        "SELECT r.owner_name, sum(p.memory_request) / 1024 ^ 3 FROM pods p JOIN replicasets r "
        "ON r.namespace = p.namespace AND r.name = p.owner_name WHERE p.namespace = 'ml' "
        "AND r.owner_kind = 'Deployment' GROUP BY r.owner_name",
    ),
]

# an autoscaler's pods are its target deployment's; "autoscaled" deployments are the ones with an hpa
HPA_PODS = (
    "FROM pods p JOIN replicasets r ON r.namespace = p.namespace AND r.name = p.owner_name "
    "JOIN horizontalpodautoscalers h ON h.namespace = r.namespace AND h.target_kind = 'Deployment' "
    "AND h.target_name = r.owner_name WHERE r.owner_kind = 'Deployment'"
)
ACROSS_KINDS += [
    ("how many pods belong to deployments that have an hpa?", f"SELECT count(*) {HPA_PODS}"),
    ("pods of autoscaled deploys in frontend", f"SELECT p.name {HPA_PODS} AND p.namespace = 'frontend'"),
    (
        "memory requests per hpa, in MiB",
        f"SELECT h.namespace, h.name, sum(p.memory_request) / 1024 ^ 2 {HPA_PODS} GROUP BY h.namespace, h.name",
    ),
    (
        "which payments deployments aren't autoscaled?",
        "SELECT d.name FROM deployments d WHERE d.namespace = 'payments' AND NOT EXISTS (SELECT 1 FROM "
        "horizontalpodautoscalers h WHERE h.namespace = d.namespace AND h.target_name = d.name)",
    ),
]

# the owner's kind said before its name, and each pod's node asked with the pods
ACROSS_KINDS += [
    (
        "cj nightly-report jobs and their duration",
        "SELECT name, duration FROM jobs WHERE namespace = 'batch' AND owner_kind = 'CronJob' "
        "AND owner_name = 'nightly-report'",
    ),
    ("deploy/fraud-detector -n payments pods and nodes", PODS_OF_DEPLOYMENT.replace("p.name", "p.name, p.node", 1)),
]

# the related object's name asked for by its kind ("+ pdb name")
ACROSS_KINDS += [
    (
        "which pods does a pdb with zero allowed disruptions cover? name the pdb too",
        "SELECT p.namespace, p.name, b.name FROM poddisruptionbudgets b JOIN pods p ON p.namespace = b.namespace "
        "AND list_has_all(map_entries(p.labels), map_entries(b.selector)) WHERE b.disruptions_allowed = 0",
    ),
]


@pytest.mark.parametrize(("question", "sql"), ACROSS_KINDS)
def test_questions_across_kinds_answer_like_the_expected_query(translator, engine, question, sql):
    t = translator.translate(question, context=ctx())
    assert not t.declined, t.message
    expected = engine.query(sql).rows
    assert expected, "a case needs a non-empty answer to tell right from wrong"
    assert sorted(map(str, engine.query(t.sql).rows)) == sorted(map(str, expected)), t.sql


@pytest.mark.parametrize(
    "question",
    [
        "which nodes have the control-plane role?",  # a node's roles, not RBAC
        "pods with their nodes",  # a column of the pods: no join needed
    ],
)
def test_lookalikes_are_not_read_as_joins_or_permissions(translator, question):
    t = translator.translate(question, context=ctx())
    assert not t.declined and " JOIN " not in t.sql and "role_name" not in t.sql, t.sql


@pytest.mark.parametrize(
    ("question", "sql"),
    [
        (
            "containers that restarted more than 3 times",
            "SELECT namespace, pod, name FROM containers WHERE restarts > 3",
        ),
        (
            "which pods have no resource limits at all?",
            "SELECT namespace, name FROM pods WHERE cpu_limit IS NULL AND memory_limit IS NULL",
        ),
        (
            "events mentioning timeout",  # found by what they say: that is shown too
            "SELECT namespace, object, reason FROM events WHERE message ILIKE '%timeout%'",
        ),
        (
            "deployments with api in the name",
            "SELECT namespace, name FROM deployments WHERE name LIKE '%api%'",
        ),
        (
            "why is fraud-detector-z6968wd5xd-hjgng pending?",
            "SELECT type, reason, message FROM events WHERE involved_kind = 'Pod' "
            "AND involved_name = 'fraud-detector-z6968wd5xd-hjgng'",
        ),
        (
            "which job ran longest?",
            "SELECT namespace, name, duration FROM jobs ORDER BY duration DESC LIMIT 1",
        ),
        (
            "the pod with the highest cpu limit",
            "SELECT namespace, name, cpu_limit FROM pods ORDER BY cpu_limit DESC LIMIT 1",
        ),
        ("nodes sorted by cpu capacity", "SELECT name, cpu_capacity FROM nodes"),
        (
            "which pods run redis?",
            "SELECT DISTINCT namespace, pod FROM containers WHERE image LIKE '%redis%'",
        ),
        (
            "what values does the app label take in payments?",
            "SELECT DISTINCT labels['app'] FROM pods WHERE namespace = 'payments' AND labels['app'] IS NOT NULL",
        ),
        (
            "nodes with label node-role.kubernetes.io/control-plane",
            "SELECT name FROM nodes WHERE map_contains(labels, 'node-role.kubernetes.io/control-plane')",
        ),
        ("nodes with more than 1 taint", "SELECT name FROM nodes WHERE len(taints) > 1"),
        (
            "what's the restart count of each container in ledger-db-0?",
            "SELECT name, restarts FROM containers WHERE pod = 'ledger-db-0'",
        ),
        (
            "why are the payments pods crashlooping?",
            "SELECT e.involved_name, e.reason, e.message FROM events e JOIN pods p ON e.involved_kind = 'Pod' "
            "AND e.namespace = p.namespace AND e.involved_name = p.name "
            "WHERE p.namespace = 'payments' AND p.status LIKE '%CrashLoopBackOff'",
        ),
        ("the most recent 3 pods", "SELECT namespace, name FROM pods ORDER BY created DESC LIMIT 3"),
        (
            "pods in frontend without CPU requests",
            "SELECT name FROM pods WHERE namespace = 'frontend' AND cpu_request IS NULL",
        ),
    ],
)
def test_counts_text_and_missing_resources(translator, engine, question, sql):
    t = translator.translate(question, context=ctx())
    expected = engine.query(sql).rows
    assert expected and sorted(engine.query(t.sql).rows) == sorted(expected), t.sql


@pytest.mark.parametrize(
    "question",
    [
        "who ran kubectl delete in payments yesterday?",  # audit history
        "what will happen if I delete node worker-3?",  # a what-if
        "attach to pod ledger-db-0",
        "how much are we paying for nodes?",
    ],
)
def test_history_what_ifs_and_outside_data_are_declined(translator, question):
    assert translator.translate(question, context=ctx()).declined


@pytest.mark.parametrize(
    "question",
    [
        "show me the registry credentials in secret regcred",
        "what is the password in the basic-auth secret web-auth",
        "what is in the sa token secret default-token-abc",
        "decode the dockerconfigjson secret regcred",
    ],
)
def test_a_secret_type_named_does_not_open_its_values(translator, question):
    t = translator.translate(question, context=ctx())
    assert t.declined and "Secret values" in t.message


@pytest.mark.parametrize(
    ("question", "secret_type"),
    [
        ("registry credential secrets", "kubernetes.io/dockerconfigjson"),
        ("unused secrets excl. sa tokens", "kubernetes.io/service-account-token"),
    ],
)
def test_secrets_listed_by_type_are_answered(translator, question, secret_type):
    t = translator.translate(question, context=ctx())
    assert not t.declined and secret_type in t.sql, t.message


def test_who_may_read_secrets_is_a_permission_question_not_a_secret_value(translator):
    t = translator.translate("who can read secrets in payments?", context=ctx())
    assert not t.declined and "rolebindings" in t.sql, t.message
    assert translator.translate("read the secret db-creds in payments", context=ctx()).declined


FOLLOW_UPS = [
    # "why?" after a list of pods: the events about them
    (
        "pending pods",
        "SELECT namespace, name FROM pods WHERE status = 'Pending'",
        "why?",
        "SELECT e.namespace, e.involved_name, e.message FROM events e JOIN pods p "
        "ON e.involved_kind = 'Pod' AND e.namespace = p.namespace AND e.involved_name = p.name "
        "WHERE p.status = 'Pending'",
    ),
    # another kind related to the rows of the last answer
    (
        "crashlooping pods",
        "SELECT namespace, name FROM pods WHERE status = 'CrashLoopBackOff'",
        # each of the rows the previous SQL picked, with its deployment (as two blind authors of stop 29 ask it)
        "which deployments do they belong to?",
        "SELECT p.namespace, p.name, r.owner_name FROM pods p JOIN replicasets r ON r.namespace = p.namespace "
        "AND r.name = p.owner_name WHERE p.status = 'CrashLoopBackOff'",
    ),
    # a top-N resized
    (
        "top 5 pods by restarts",
        "SELECT namespace, name, restarts FROM pods ORDER BY restarts DESC LIMIT 5",
        "make it 10",
        "SELECT namespace, name, restarts FROM pods ORDER BY restarts DESC LIMIT 10",
    ),
    # a column asked of each row, and a time window that narrows
    (
        "deployments in checkout",
        "SELECT name FROM deployments WHERE namespace = 'checkout'",
        "how many replicas does each have?",
        "SELECT name, desired FROM deployments WHERE namespace = 'checkout'",
    ),
    (
        "warning events in payments",
        "SELECT object, reason, message FROM events WHERE namespace = 'payments' AND type = 'Warning'",
        "in the last hour only",
        "SELECT object, reason, message FROM events WHERE namespace = 'payments' AND type = 'Warning' "
        "AND last_seen > now() - INTERVAL 1 HOUR",
    ),
]


@pytest.mark.parametrize(("first", "first_sql", "question", "sql"), FOLLOW_UPS)
def test_follow_ups_build_on_the_last_answer(translator, engine, first, first_sql, question, sql):
    from eval.harness.cases import Turn

    t = translator.translate(question, context=ctx(turns=(Turn(first, first_sql),)))
    assert not t.declined, t.message
    expected = engine.query(sql).rows
    assert expected and sorted(map(str, engine.query(t.sql).rows)) == sorted(map(str, expected)), t.sql


GRANTED_VIA_CLUSTER_ROLE = (
    "FROM rolebindings b JOIN clusterroles r ON r.name = b.role_name "
    "WHERE b.namespace = 'ml' AND list_contains(b.groups, 'ml-engineers')"
)
PERMISSIONS = [
    # a subject's grants through a role binding, whichever kind of role it names
    (
        "what is the ml-engineers group allowed to do in ml?",
        f"SELECT r.name, r.verbs, r.resources {GRANTED_VIA_CLUSTER_ROLE}",
    ),
    ("ml-engineers perms in ns ml (verbs and resources)", f"SELECT r.verbs, r.resources {GRANTED_VIA_CLUSTER_ROLE}"),
    (
        "rbac for sa payments:payments-api",
        "SELECT r.name, r.verbs, r.resources FROM rolebindings b JOIN roles r ON r.namespace = b.namespace "
        "AND r.name = b.role_name WHERE list_contains(b.service_accounts, 'payments/payments-api')",
    ),
    (
        "user bob@acme.io: ns, role, verbs",
        "SELECT b.namespace, b.role_name, r.verbs FROM rolebindings b JOIN clusterroles r "
        "ON r.name = b.role_name WHERE list_contains(b.users, 'bob@acme.io')",
    ),
    (
        "namespaces where sa batch/default gets job access via Role",
        "SELECT b.namespace FROM rolebindings b WHERE list_contains(b.service_accounts, 'batch/default')",
    ),
    # a resource said without a verb: the roles whose rules name it
    (
        "who gets secret access through namespaced roles?",
        "SELECT b.namespace, b.name, b.subjects FROM rolebindings b JOIN roles r ON r.namespace = b.namespace "
        "AND r.name = b.role_name WHERE b.role_kind = 'Role' AND list_contains(r.resources, 'secrets')",
    ),
    (
        "crbs to SAs whose clusterrole covers nodes",
        "SELECT b.name, b.service_accounts FROM clusterrolebindings b JOIN clusterroles r ON r.name = b.role_name "
        "WHERE list_contains(r.resources, 'nodes') AND len(b.service_accounts) > 0",
    ),
    (
        "who gets wildcard (*) permissions via a cluster role binding?",
        "SELECT b.name, b.subjects FROM clusterrolebindings b JOIN clusterroles r ON r.name = b.role_name "
        "WHERE list_contains(r.verbs, '*')",
    ),
    (
        "rolebindings -> roles with verb get, subjects",
        "SELECT b.namespace, b.name, b.subjects FROM rolebindings b JOIN roles r ON r.namespace = b.namespace "
        "AND r.name = b.role_name WHERE b.role_kind = 'Role' AND list_contains(r.verbs, 'get')",
    ),
]



SERVICES_AND_USERS = [
    # each object with how many of a related kind use it, zero included
    (
        "secrets -n ml + number of pods using each",
        "SELECT s.name, count(p.name) FROM secrets s LEFT JOIN pods p ON p.namespace = s.namespace "
        "AND list_contains(p.secrets, s.name) WHERE s.namespace = 'ml' GROUP BY s.name",
    ),
    (
        "data cms with pod counts",
        "SELECT c.name, count(p.name) FROM configmaps c LEFT JOIN pods p ON p.namespace = c.namespace "
        "AND list_contains(p.configmaps, c.name) WHERE c.namespace = 'data' GROUP BY c.name",
    ),
    # a count the related object holds is its column, not a count of rows
    (
        "how many ready endpoints does each payments service have?",
        "SELECT s.name, e.ready_address_count FROM services s JOIN endpoints e "
        "ON e.namespace = s.namespace AND e.name = s.name WHERE s.namespace = 'payments'",
    ),
    (
        "svc type=NodePort w/ ready endpoint count",
        "SELECT s.namespace, s.name, e.ready_address_count FROM services s JOIN endpoints e "
        "ON e.namespace = s.namespace AND e.name = s.name WHERE s.type = 'NodePort'",
    ),
    (
        "svc w/ not-ready addresses (count)",
        "SELECT s.namespace, s.name, e.not_ready_address_count FROM services s JOIN endpoints e "
        "ON e.namespace = s.namespace AND e.name = s.name WHERE e.not_ready_address_count > 0",
    ),
    # said with "select" or "match": the pods a service's selector picks, ready or not
    (
        "how many pods does each service in data select?",
        "SELECT s.name, count(p.name) FROM services s LEFT JOIN pods p ON p.namespace = s.namespace "
        "AND map_entries(s.selector) <@ map_entries(p.labels) WHERE s.namespace = 'data' GROUP BY s.name",
    ),
    (
        "which services send traffic to crashlooping pods?",
        "SELECT DISTINCT s.namespace, s.name FROM services s JOIN pods p ON p.namespace = s.namespace "
        "AND map_entries(s.selector) <@ map_entries(p.labels) WHERE p.status LIKE '%CrashLoopBackOff'",
    ),
    (
        "svc whose selector matches a pending pod",
        "SELECT DISTINCT s.namespace, s.name FROM services s JOIN pods p ON p.namespace = s.namespace "
        "AND map_entries(s.selector) <@ map_entries(p.labels) WHERE p.status = 'Pending'",
    ),
]



OWNED_PODS_JOINED = [
    # the pods of one named workload (their own owner filter), joined to a third kind
    (
        "ledger-db pods -> pv",
        "SELECT p.name, v.name FROM pods p JOIN persistentvolumeclaims c ON c.namespace = p.namespace "
        "AND list_contains(p.pvcs, c.name) JOIN persistentvolumes v ON v.name = c.volume "
        "WHERE p.namespace = 'payments' AND p.owner_kind = 'StatefulSet' AND p.owner_name = 'ledger-db'",
    ),
    (
        "sts ledger-db pods + pvc status",
        "SELECT p.name, c.status FROM pods p JOIN persistentvolumeclaims c ON c.namespace = p.namespace "
        "AND list_contains(p.pvcs, c.name) "
        "WHERE p.namespace = 'payments' AND p.owner_kind = 'StatefulSet' AND p.owner_name = 'ledger-db'",
    ),
]



EVENTS_OF_PICKED_OBJECTS = [
    # the events about the objects a filter picks: pods through their owners, or another kind
    (
        "warning events for the pods of deploy fraud-detector in payments",
        "SELECT e.involved_name, e.reason, e.message FROM events e JOIN pods p ON p.namespace = e.namespace "
        "AND p.name = e.involved_name JOIN replicasets r ON r.namespace = p.namespace AND r.name = p.owner_name "
        "WHERE e.namespace = 'payments' AND e.involved_kind = 'Pod' AND e.type = 'Warning' "
        "AND r.owner_kind = 'Deployment' AND r.owner_name = 'fraud-detector'",
    ),
    (
        "events of the jobs that failed",
        "SELECT e.namespace, e.involved_name, e.reason FROM events e JOIN jobs j "
        "ON j.namespace = e.namespace AND j.name = e.involved_name WHERE e.involved_kind = 'Job' "
        "AND j.status = 'Failed'",
    ),
]



POD_STATES_HELD_BY_CONTAINERS = [
    # a pod state its containers hold ("oomkilled"), read on the pods of a join
    (
        "deploys owning oomkilled pods",
        "SELECT DISTINCT r.namespace, r.owner_name FROM containers c JOIN pods p ON p.namespace = c.namespace "
        "AND p.name = c.pod JOIN replicasets r ON r.namespace = p.namespace AND r.name = p.owner_name "
        "WHERE r.owner_kind = 'Deployment' AND (c.reason = 'OOMKilled' OR c.last_reason = 'OOMKilled')",
    ),
    (
        "nodes running oomkilled pods",
        "SELECT DISTINCT p.node FROM containers c JOIN pods p ON p.namespace = c.namespace AND p.name = c.pod "
        "WHERE c.reason = 'OOMKilled' OR c.last_reason = 'OOMKilled'",
    ),
]



OWNERS_OF_PODS_ON_NODES = [
    # the pods of a join kept by their node's state or properties
    (
        "deployments with pods on notready nodes",
        "SELECT DISTINCT r.namespace, r.owner_name FROM pods p JOIN replicasets r ON r.namespace = p.namespace "
        "AND r.name = p.owner_name JOIN nodes n ON n.name = p.node WHERE p.owner_kind = 'ReplicaSet' "
        "AND r.owner_kind = 'Deployment' AND n.status = 'NotReady'",
    ),
    (
        "daemonsets with pods running on nodes in us-east-1a",
        "SELECT DISTINCT p.namespace, p.owner_name FROM pods p JOIN nodes n ON n.name = p.node "
        "WHERE p.owner_kind = 'DaemonSet' AND n.zone = 'us-east-1a'",
    ),
]


@pytest.mark.parametrize(
    ("question", "sql"),
    PERMISSIONS
    + SERVICES_AND_USERS
    + OWNED_PODS_JOINED
    + EVENTS_OF_PICKED_OBJECTS
    + POD_STATES_HELD_BY_CONTAINERS
    + OWNERS_OF_PODS_ON_NODES,
)
def test_grouped_questions_across_kinds_answer_like_the_expected_query(translator, engine, question, sql):
    test_questions_across_kinds_answer_like_the_expected_query(translator, engine, question, sql)
