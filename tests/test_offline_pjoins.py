"""The offline translator on paraphrases of joined questions: the same question said another way (terse,
in kubectl words, in another order) is answered as the plain one."""

from __future__ import annotations

import pytest

from tests.test_offline import assert_same_rows

CURRENT_RS = (
    "SELECT r.name FROM replicasets r JOIN deployments d ON d.namespace = r.namespace AND d.name = r.owner_name "
    "WHERE d.namespace = 'payments' AND d.name = 'payments-api' AND r.revision = d.revision"
)
OLD_REVISION = (
    "SELECT p.namespace, p.name FROM pods p JOIN replicasets r ON r.namespace = p.namespace "
    "AND r.name = p.owner_name JOIN deployments d ON d.namespace = r.namespace AND d.name = r.owner_name "
    "WHERE r.owner_kind = 'Deployment' AND r.revision <> d.revision"
)
IMAGE_PULL_DEPLOYS = (
    "SELECT DISTINCT r.namespace, r.owner_name FROM pods p JOIN replicasets r ON r.namespace = p.namespace "
    "AND r.name = p.owner_name WHERE p.status IN ('ImagePullBackOff', 'ErrImagePull') "
    "AND r.owner_kind = 'Deployment'"
)
CRASHLOOP_DEPLOYS = (
    "SELECT DISTINCT r.namespace, r.owner_name FROM pods p JOIN replicasets r ON r.namespace = p.namespace "
    "AND r.name = p.owner_name WHERE p.status LIKE '%CrashLoopBackOff' AND r.owner_kind = 'Deployment'"
)
NO_FLUENT_BIT = (
    "SELECT n.name FROM nodes n WHERE NOT EXISTS (SELECT 1 FROM pods p WHERE p.node = n.name "
    "AND p.namespace = 'monitoring' AND p.owner_kind = 'DaemonSet' AND p.owner_name = 'fluent-bit')"
)
FAILED_JOB_NODES = (
    "SELECT DISTINCT p.node FROM pods p JOIN jobs j ON j.namespace = p.namespace AND j.name = p.owner_name "
    "WHERE p.owner_kind = 'Job' AND j.status = 'Failed'"
)
NOTREADY_SERVICES = (
    "SELECT DISTINCT s.namespace, s.name FROM services s JOIN pods p ON p.namespace = s.namespace "
    "AND map_entries(s.selector) <@ map_entries(p.labels) JOIN nodes n ON n.name = p.node "
    "WHERE cardinality(s.selector) > 0 AND NOT n.ready"
)
ON_NOTREADY = "SELECT p.namespace, p.name FROM pods p JOIN nodes n ON p.node = n.name WHERE NOT n.ready"
NO_HPA_CHECKOUT = (
    "SELECT d.name FROM deployments d WHERE d.namespace = 'checkout' AND NOT EXISTS (SELECT 1 "
    "FROM horizontalpodautoscalers h WHERE h.namespace = d.namespace AND h.target_kind = 'Deployment' "
    "AND h.target_name = d.name)"
)
AT_HPA_MAX = (
    "SELECT d.namespace, d.name FROM deployments d JOIN horizontalpodautoscalers h ON h.namespace = d.namespace "
    "AND h.target_kind = 'Deployment' AND h.target_name = d.name WHERE h.current_replicas >= h.max_replicas"
)

DEMO = [
    # a deployment's current replica set is the one at its revision; pods of the others are on an old one
    ("which replicaset is current for deploy payments-api in payments?", CURRENT_RS),
    ("active rs of payments-api -n payments", CURRENT_RS),
    ("current replicaset of deployment payments-api in payments", CURRENT_RS),
    ("pods that still belong to an older revision of their deployment", OLD_REVISION),
    ("which pods haven't been rolled to the latest deploy revision yet?", OLD_REVISION),
    ("pods not on the latest revision", OLD_REVISION),
    # a pod's state said of a workload kind is its pods'
    ("which deploys have image pull errors", IMAGE_PULL_DEPLOYS),
    ("deploys failing to pull images", IMAGE_PULL_DEPLOYS),
    ("deployments that are crashlooping", CRASHLOOP_DEPLOYS),
    # nodes without a workload's pod, said with "don't run" or "where … isn't"
    ("nodes that don't run fluent-bit", NO_FLUENT_BIT),
    ("where isnt fluent-bit running", NO_FLUENT_BIT),
    ("nodes where fluent-bit isn't running", NO_FLUENT_BIT),
    ("nodes which do not have fluent-bit pods", NO_FLUENT_BIT),
    # the nodes some pods ran on, asked with "where" or a leading "on which"
    ("nodes where failed job pods ran", FAILED_JOB_NODES),
    ("on which nodes did the failed jobs' pods run", FAILED_JOB_NODES),
    # a service's backends are its pods; a kind hit by a node has pods on it
    ("which svc have backends on NotReady nodes", NOTREADY_SERVICES),
    ("services hit by the dead node", NOTREADY_SERVICES),
    ("whats running on nodes that arent ready", ON_NOTREADY),
    (
        "pods on NotReady nodes per namespace",
        "SELECT p.namespace, count(*) FROM pods p JOIN nodes n ON p.node = n.name WHERE NOT n.ready "
        "GROUP BY p.namespace",
    ),
    (
        "which namespaces are empty?",
        "SELECT n.name FROM namespaces n WHERE NOT EXISTS (SELECT 1 FROM pods p WHERE p.namespace = n.name)",
    ),
    # deployments and their autoscalers
    ("checkout deploys not autoscaled", NO_HPA_CHECKOUT),
    ("deployments at max replicas of their hpa", AT_HPA_MAX),
    (
        "deployments with at least 10 replicas and no hpa",
        "SELECT d.namespace, d.name, d.desired FROM deployments d WHERE d.desired >= 10 AND NOT EXISTS "
        "(SELECT 1 FROM horizontalpodautoscalers h WHERE h.namespace = d.namespace "
        "AND h.target_kind = 'Deployment' AND h.target_name = d.name)",
    ),
    # pods kept by their nodes' zone keep it when their node is shown beside
    (
        "pods in data in zone us-east-1c with their node",
        "SELECT p.name, p.node FROM pods p JOIN nodes n ON n.name = p.node WHERE p.namespace = 'data' "
        "AND n.zone = 'us-east-1c'",
    ),
    # each one with its count, asked after "and how many"
    (
        "configmaps in checkout and how many pods use them",
        "SELECT c.name, count(p.name) FROM configmaps c LEFT JOIN pods p ON p.namespace = c.namespace "
        "AND list_contains(p.configmaps, c.name) WHERE c.namespace = 'checkout' GROUP BY c.name",
    ),
    # rbac: "permissions of" a subject, a verb a binding grants
    (
        "permissions of service account payments-api in payments",
        "SELECT r.name, r.verbs, r.resources FROM rolebindings b JOIN roles r ON r.namespace = b.namespace "
        "AND r.name = b.role_name WHERE b.role_kind = 'Role' "
        "AND list_contains(b.service_accounts, 'payments/payments-api')",
    ),
    (
        "rolebindings granting create and their subjects",  # through a Role or a ClusterRole
        "SELECT b.namespace, b.name, b.subjects FROM rolebindings b JOIN (SELECT 'Role' AS kind, namespace, name, "
        "verbs FROM roles UNION ALL SELECT 'ClusterRole', NULL, name, verbs FROM clusterroles) r "
        "ON r.kind = b.role_kind AND r.name = b.role_name AND coalesce(r.namespace, b.namespace) = b.namespace "
        "WHERE list_contains(r.verbs, 'create')",
    ),
    # amounts: a request said as one, an amount asked with no "how much"
    (
        "pods in data with memory request at most 256Mi",
        "SELECT name FROM pods WHERE namespace = 'data' AND memory_request <= 256 * 1024 ^ 2",
    ),
    ("cpu requested by pods in payments", "SELECT sum(cpu_request) FROM pods WHERE namespace = 'payments'"),
    (
        "cpu requested by pods in zone us-east-1c",
        "SELECT sum(p.cpu_request) FROM pods p JOIN nodes n ON p.node = n.name WHERE n.zone = 'us-east-1c'",
    ),
    (
        "non running pods",
        "SELECT namespace, name FROM pods WHERE status <> 'Running'",
    ),
]

REAL = [
    # a selector that matches no pod: services with one
    (
        "Which services have a selector that doesn't match any pod?",
        "SELECT s.namespace, s.name FROM services s WHERE s.selector IS NOT NULL AND NOT EXISTS (SELECT 1 "
        "FROM pods p WHERE p.namespace = s.namespace AND map_entries(s.selector) <@ map_entries(p.labels))",
    ),
    (
        "services whose selector matches no pods",
        "SELECT s.namespace, s.name FROM services s WHERE cardinality(s.selector) > 0 AND NOT EXISTS "
        "(SELECT 1 FROM pods p WHERE p.namespace = s.namespace AND map_entries(s.selector) <@ map_entries(p.labels))",
    ),
    # "each service account": every one, zero included
    (
        "how many pods run as each service account in monitoring?",
        "SELECT a.name, count(p.name) FROM serviceaccounts a LEFT JOIN pods p ON p.namespace = a.namespace "
        "AND p.service_account = a.name WHERE a.namespace = 'monitoring' GROUP BY a.name",
    ),
    # a workload named short: "vllm-gemma" for the deployment vllm-gemma-deployment
    (
        "memory request and limit of the vllm-gemma pod in ml in GiB",
        "SELECT name, memory_request / 1024 ^ 3, memory_limit / 1024 ^ 3 FROM pods WHERE namespace = 'ml' "
        "AND name LIKE 'vllm-gemma-deployment-%'",
    ),
    (
        "what runs on the control plane?",
        "SELECT p.namespace, p.name FROM pods p JOIN nodes n ON n.name = p.node "
        "WHERE list_contains(n.roles, 'control-plane')",
    ),
]


@pytest.mark.parametrize(("question", "sql"), DEMO)
def test_joined_questions_said_another_way(translator, engine, question, sql):
    assert_same_rows(translator, engine, question, sql, columns=True)


@pytest.mark.parametrize(("question", "sql"), REAL)
def test_joined_questions_said_another_way_on_the_real_cluster(real_translator, real_engine, question, sql):
    assert_same_rows(real_translator, real_engine, question, sql, columns=True)
