"""Join questions of kinds the dev cases do not ask: nodes of a cron job's runs said as the subject,
workloads that ran on a node, the zones of a workload's pods, services an ingress routes to, each
service's pods' amounts, the columns asked of a deployment's pods, role bindings giving access to a
resource, the cluster roles bound to an account."""

from __future__ import annotations

import pytest

from tests.test_offline import assert_same_rows

POD_DEPLOYMENT = "FROM pods p JOIN replicasets r ON r.namespace = p.namespace AND r.name = p.owner_name"
SERVICE_PODS = "FROM services s JOIN pods p ON p.namespace = s.namespace AND map_entries(s.selector) <@ map_entries(p.labels)"
CRONJOB_PODS = "FROM pods p JOIN jobs j ON j.namespace = p.namespace AND j.name = p.owner_name"

DEMO = [
    # the nodes a cron job's pods ran on, the nodes said first: each pod with its node
    (
        "which nodes ran pods of the db-backup cronjob?",
        f"SELECT p.name, p.node {CRONJOB_PODS} WHERE p.namespace = 'data' AND j.owner_kind = 'CronJob' "
        "AND j.owner_name = 'db-backup'",
    ),
    (
        "what nodes hosted pods of the cache-warmer cron job",
        f"SELECT p.name, p.node {CRONJOB_PODS} WHERE p.namespace = 'batch' AND j.owner_kind = 'CronJob' "
        "AND j.owner_name = 'cache-warmer'",
    ),
    # workloads that ran on a node: the ones with a pod there
    (
        "which cronjobs' jobs ran on worker-3?",
        f"SELECT DISTINCT j.namespace, j.owner_name {CRONJOB_PODS} WHERE p.node = 'worker-3' "
        "AND j.owner_kind = 'CronJob'",
    ),
    (
        "which cronjobs ran on worker-3?",
        f"SELECT DISTINCT j.namespace, j.owner_name {CRONJOB_PODS} WHERE p.node = 'worker-3' "
        "AND j.owner_kind = 'CronJob'",
    ),
    (
        "which deployments run on worker-3?",
        f"SELECT DISTINCT r.namespace, r.owner_name {POD_DEPLOYMENT} WHERE p.node = 'worker-3' "
        "AND r.owner_kind = 'Deployment'",
    ),
    # the zones of a workload's pods: each pod with its node's zone
    (
        "which zones do the kafka pods run in?",
        "SELECT p.name, n.zone FROM pods p JOIN nodes n ON n.name = p.node WHERE p.namespace = 'data' "
        "AND p.owner_kind = 'StatefulSet' AND p.owner_name = 'kafka'",
    ),
    # services some ingress routes to
    (
        "services in frontend that an ingress routes to",
        "SELECT DISTINCT s.name FROM services s JOIN ingresses i ON i.namespace = s.namespace "
        "AND list_contains(i.services, s.name) WHERE s.namespace = 'frontend'",
    ),
    (
        "which services do the ingresses route to?",
        "SELECT DISTINCT s.namespace, s.name FROM services s JOIN ingresses i ON i.namespace = s.namespace "
        "AND list_contains(i.services, s.name)",
    ),
    # an amount of each service's pods, added up
    (
        "total restarts of the pods behind each service in checkout",
        f"SELECT s.name, sum(p.restarts) {SERVICE_PODS} WHERE s.namespace = 'checkout' GROUP BY s.name",
    ),
    (
        "restarts per service in checkout",
        f"SELECT s.name, sum(p.restarts) {SERVICE_PODS} WHERE s.namespace = 'checkout' GROUP BY s.name",
    ),
    # already read: a service's endpoints, a pdb's pods, unused claims
    (
        "ready endpoint count per svc -n data",
        "SELECT name, ready_address_count FROM endpoints WHERE namespace = 'data'",
    ),
    (
        "pdbs that allow no disruptions and the pods they cover",
        "SELECT b.namespace, b.name, p.name FROM poddisruptionbudgets b JOIN pods p ON p.namespace = b.namespace "
        "AND map_entries(b.selector) <@ map_entries(p.labels) WHERE b.disruptions_allowed = 0",
    ),
    (
        "pvcs that no pod is using",
        "SELECT c.namespace, c.name FROM persistentvolumeclaims c WHERE NOT EXISTS (SELECT 1 FROM pods p "
        "WHERE p.namespace = c.namespace AND list_contains(p.pvcs, c.name))",
    ),
    # some of one related kind, none of another, "an" said
    (
        "which namespaces have an ingress but no network policy?",
        "SELECT n.name FROM namespaces n WHERE EXISTS (SELECT 1 FROM ingresses i WHERE i.namespace = n.name) "
        "AND NOT EXISTS (SELECT 1 FROM networkpolicies np WHERE np.namespace = n.name)",
    ),
    # each one with how many pods it selects, said "and how many pods they select"
    (
        "services in checkout and how many pods they select",
        "SELECT s.name, count(p.name) FROM services s LEFT JOIN pods p ON p.namespace = s.namespace "
        "AND map_entries(s.selector) <@ map_entries(p.labels) WHERE s.namespace = 'checkout' GROUP BY s.name",
    ),
]

REAL = [
    (
        "which zones do the cassandra pods run in?",
        "SELECT p.name, n.zone FROM pods p JOIN nodes n ON n.name = p.node WHERE p.namespace = 'team-b' "
        "AND p.owner_kind = 'StatefulSet' AND p.owner_name = 'cassandra'",
    ),
    # a column asked of a named deployment's pods is shown beside each
    (
        "which service account do the pods of the frontend deployment in shop run as?",
        f"SELECT p.name, p.service_account {POD_DEPLOYMENT} WHERE p.namespace = 'shop' "
        "AND r.owner_kind = 'Deployment' AND r.owner_name = 'frontend'",
    ),
    (
        "pods of deploy frontend -n shop with their ip",
        f"SELECT p.name, p.ip {POD_DEPLOYMENT} WHERE p.namespace = 'shop' "
        "AND r.owner_kind = 'Deployment' AND r.owner_name = 'frontend'",
    ),
    (
        "which node does each pod of the frontend deployment in shop run on?",
        f"SELECT p.name, p.node {POD_DEPLOYMENT} WHERE p.namespace = 'shop' "
        "AND r.owner_kind = 'Deployment' AND r.owner_name = 'frontend'",
    ),
    # "not all ready": some are not
    (
        "services in shop whose pods are not all ready",
        "SELECT s.name FROM services s JOIN endpoints e ON e.namespace = s.namespace AND e.name = s.name "
        "WHERE s.namespace = 'shop' AND e.not_ready_address_count > 0",
    ),
    # permissions: "access to pods" is a resource; "which cluster roles are bound to" names the roles
    (
        "which role bindings give access to pods through a Role, and to whom?",
        "SELECT b.namespace, b.name, b.subjects FROM rolebindings b JOIN roles r ON r.namespace = b.namespace "
        "AND r.name = b.role_name WHERE b.role_kind = 'Role' AND list_contains(r.resources, 'pods')",
    ),
    (
        "which cluster roles are bound to the prometheus-k8s service account?",
        "SELECT DISTINCT role_name FROM clusterrolebindings "
        "WHERE list_contains(service_accounts, 'monitoring/prometheus-k8s')",
    ),
    # "bindings" with roles said are role bindings
    (
        "how many bindings reference each role in kube-system?",
        "SELECT r.name, count(b.name) FROM roles r LEFT JOIN rolebindings b ON b.namespace = r.namespace "
        "AND b.role_name = r.name AND b.role_kind = 'Role' WHERE r.namespace = 'kube-system' GROUP BY r.name",
    ),
    (
        "how many ready endpoints does each service in shop have?",
        "SELECT s.name, e.ready_address_count FROM services s JOIN endpoints e ON e.namespace = s.namespace "
        "AND e.name = s.name WHERE s.namespace = 'shop'",
    ),
    # every priority class with the pods that use it (zero too); "per priority class" stays the pods' column
    (
        "how many pods use each priority class?",
        "SELECT c.name, count(p.name) FROM priorityclasses c LEFT JOIN pods p ON p.priority_class = c.name "
        "GROUP BY c.name",
    ),
    (
        "priority classes and the number of pods using them",
        "SELECT c.name, count(p.name) FROM priorityclasses c LEFT JOIN pods p ON p.priority_class = c.name "
        "GROUP BY c.name",
    ),
    # each ingress with its backend service's ready endpoint count (each service named when several are said)
    (
        "for each ingress, how many ready endpoints its backend service has",
        "SELECT i.namespace, i.name, e.ready_address_count FROM ingresses i JOIN endpoints e "
        "ON e.namespace = i.namespace AND list_contains(i.services, e.name)",
    ),
    (
        "ingresses and their backend services' ready endpoint counts",
        "SELECT i.namespace, i.name, i.svc, e.ready_address_count FROM (SELECT namespace, name, "
        "unnest(services) AS svc FROM ingresses) i LEFT JOIN endpoints e ON e.namespace = i.namespace "
        "AND e.name = i.svc",
    ),
    ("pods per priority class", "SELECT priority_class, count(*) FROM pods GROUP BY priority_class"),
]


@pytest.mark.parametrize(("question", "sql"), DEMO)
def test_demo_joins_of_new_kinds(translator, engine, question, sql):
    assert_same_rows(translator, engine, question, sql, columns=True)


@pytest.mark.parametrize(("question", "sql"), REAL)
def test_real_joins_of_new_kinds(real_translator, real_engine, question, sql):
    assert_same_rows(real_translator, real_engine, question, sql, columns=True)
