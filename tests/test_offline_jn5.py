"""Joins, fifth round (session jn5): a related kind's taint by a part of it, endpoints and services by the
node their addresses are on, where the pods a named service or pdb selects run (or each service's), services
that select a workload's pods, pods behind more than one service, the zone that requests the most or holds
the fewest pods of a deployment, 'the X each Y belongs to', each workload pod's node and zone, ready
endpoints summed per ingress."""

from __future__ import annotations

import pytest

from tests.test_offline import assert_same_rows

DEMO = [
    (
        "pods on nodes with a NoExecute taint",
        "SELECT p.namespace, p.name FROM pods p JOIN nodes n ON p.node = n.name WHERE "
        "len(list_filter(n.taints, t -> t LIKE '%:NoExecute')) > 0",
    ),
    (
        "pods in checkout on nodes with a NoSchedule taint",
        "SELECT p.name FROM pods p JOIN nodes n ON p.node = n.name WHERE p.namespace = 'checkout' "
        "AND len(list_filter(n.taints, t -> t LIKE '%:NoSchedule')) > 0",
    ),
    (
        "which services have endpoints on worker-7?",
        "SELECT s.namespace, s.name FROM services s JOIN endpoints e ON e.namespace = s.namespace "
        "AND e.name = s.name WHERE list_contains(e.nodes, 'worker-7')",
    ),
    (
        "how many services have an endpoint on worker-3?",
        "SELECT count(*) FROM services s JOIN endpoints e ON e.namespace = s.namespace AND e.name "
        "= s.name WHERE list_contains(e.nodes, 'worker-3')",
    ),
    (
        "which services in checkout select pods of the cart-service deployment?",
        "SELECT DISTINCT s.name FROM services s JOIN pods p ON p.namespace = s.namespace AND "
        "map_entries(s.selector) <@ map_entries(p.labels) JOIN replicasets r ON r.namespace = "
        "p.namespace AND r.name = p.owner_name WHERE s.namespace = 'checkout' AND r.owner_kind = "
        "'Deployment' AND r.owner_name = 'cart-service'",
    ),
    (
        "services in payments and the deployments behind them",
        "SELECT DISTINCT s.name, r.owner_name FROM services s JOIN pods p ON p.namespace = "
        "s.namespace AND map_entries(s.selector) <@ map_entries(p.labels) JOIN replicasets r ON "
        "r.namespace = p.namespace AND r.name = p.owner_name WHERE s.namespace = 'payments' AND "
        "r.owner_kind = 'Deployment'",
    ),
    (
        "nodes of the pods behind each service in data",
        "SELECT DISTINCT s.name, p.node FROM services s JOIN pods p ON p.namespace = s.namespace "
        "AND map_entries(s.selector) <@ map_entries(p.labels) WHERE s.namespace = 'data'",
    ),
    (
        "zones of the pods behind the checkout-api service",
        "SELECT DISTINCT n.zone FROM services s JOIN pods p ON p.namespace = s.namespace AND "
        "map_entries(s.selector) <@ map_entries(p.labels) JOIN nodes n ON n.name = p.node WHERE "
        "s.namespace = 'checkout' AND s.name = 'checkout-api'",
    ),
    (
        "number of ready endpoints behind each ingress",
        "SELECT i.namespace, i.name, sum(e.ready_address_count) FROM ingresses i JOIN endpoints e "
        "ON e.namespace = i.namespace AND list_contains(i.services, e.name) GROUP BY i.namespace, "
        "i.name",
    ),
    (
        "how many pods does each hpa's deployment have?",
        "SELECT h.namespace, h.name, count(p.name) FROM horizontalpodautoscalers h JOIN "
        "replicasets r ON r.namespace = h.namespace AND r.owner_kind = h.target_kind AND "
        "r.owner_name = h.target_name JOIN pods p ON p.namespace = r.namespace AND p.owner_name = "
        "r.name GROUP BY h.namespace, h.name",
    ),
    (
        "which deployment owns each pod in payments?",
        "SELECT p.name, r.owner_name FROM pods p JOIN replicasets r ON r.namespace = p.namespace "
        "AND r.name = p.owner_name WHERE p.namespace = 'payments' AND r.owner_kind = 'Deployment'",
    ),
    (
        "pods covered by the kafka pdb",
        "SELECT p.name FROM poddisruptionbudgets b JOIN pods p ON p.namespace = b.namespace AND "
        "map_entries(b.selector) <@ map_entries(p.labels) WHERE b.namespace = 'data' AND b.name = "
        "'kafka'",
    ),
    (
        "how many pods does each pdb cover?",
        "SELECT b.namespace, b.name, count(p.name) FROM poddisruptionbudgets b JOIN pods p ON "
        "p.namespace = b.namespace AND map_entries(b.selector) <@ map_entries(p.labels) GROUP BY "
        "b.namespace, b.name",
    ),
    (
        "pods in data not covered by any pdb",
        "SELECT p.name FROM pods p WHERE p.namespace = 'data' AND NOT EXISTS (SELECT 1 FROM "
        "poddisruptionbudgets b WHERE b.namespace = p.namespace AND map_entries(b.selector) <@ "
        "map_entries(p.labels))",
    ),
    (
        "pods behind more than one service",
        "SELECT p.namespace, p.name FROM services s JOIN pods p ON p.namespace = s.namespace AND "
        "map_entries(s.selector) <@ map_entries(p.labels) GROUP BY p.namespace, p.name HAVING "
        "count(*) > 1",
    ),
    (
        "container runtime of the nodes running payments pods",
        "SELECT DISTINCT n.name, n.container_runtime FROM pods p JOIN nodes n ON p.node = n.name "
        "WHERE p.namespace = 'payments'",
    ),
    (
        "which zone requests the most memory",
        "SELECT n.zone, sum(p.memory_request) AS memory FROM pods p JOIN nodes n ON p.node = "
        "n.name GROUP BY n.zone ORDER BY memory DESC LIMIT 1",
    ),
    (
        "which zone has the fewest checkout-api pods",
        "SELECT n.zone, count(*) AS pods FROM pods p JOIN nodes n ON p.node = n.name JOIN "
        "replicasets r ON r.namespace = p.namespace AND r.name = p.owner_name WHERE r.owner_name "
        "= 'checkout-api' GROUP BY n.zone ORDER BY pods ASC LIMIT 1",
    ),
    (
        "total restarts per zone",
        "SELECT n.zone, sum(p.restarts) FROM pods p JOIN nodes n ON p.node = n.name GROUP BY n.zone",
    ),
    (
        "daemonsets without a pod on control-plane-1",
        "SELECT d.namespace, d.name FROM daemonsets d WHERE NOT EXISTS (SELECT 1 FROM pods p "
        "WHERE p.namespace = d.namespace AND p.owner_kind = 'DaemonSet' AND p.owner_name = d.name "
        "AND p.node = 'control-plane-1')",
    ),
    (
        "nodes missing a fluent-bit pod",
        "SELECT n.name FROM nodes n WHERE NOT EXISTS (SELECT 1 FROM pods p WHERE p.node = n.name "
        "AND p.owner_kind = 'DaemonSet' AND p.owner_name = 'fluent-bit')",
    ),
    (
        "how many daemonset pods run on each node?",
        "SELECT n.name, count(p.name) FROM nodes n LEFT JOIN pods p ON p.node = n.name AND "
        "p.owner_kind = 'DaemonSet' GROUP BY n.name",
    ),
    (
        "which zone is each kafka pod in and on what node",
        "SELECT p.name, n.name, n.zone FROM pods p JOIN nodes n ON p.node = n.name WHERE "
        "p.namespace = 'data' AND p.owner_kind = 'StatefulSet' AND p.owner_name = 'kafka'",
    ),
    (
        "pods behind LoadBalancer services",
        "SELECT DISTINCT p.namespace, p.name FROM services s JOIN pods p ON p.namespace = "
        "s.namespace AND map_entries(s.selector) <@ map_entries(p.labels) WHERE s.type = "
        "'LoadBalancer'",
    ),
    (
        "namespaces with pods on worker-7",
        "SELECT DISTINCT namespace FROM pods WHERE node = 'worker-7'",
    ),
    (
        "services in front of statefulsets",
        "SELECT DISTINCT s.namespace, s.name FROM services s JOIN pods p ON p.namespace = "
        "s.namespace AND map_entries(s.selector) <@ map_entries(p.labels) WHERE p.owner_kind = "
        "'StatefulSet'",
    ),
    (
        "which statefulsets have pods on worker-7?",
        "SELECT DISTINCT namespace, owner_name FROM pods WHERE owner_kind = 'StatefulSet' AND "
        "node = 'worker-7'",
    ),
    (
        "pods in payments on m5.xlarge nodes",
        "SELECT p.name FROM pods p JOIN nodes n ON p.node = n.name WHERE p.namespace = 'payments' "
        "AND n.instance_type = 'm5.xlarge'",
    ),
    (
        "memory requested by pods on each instance type",
        "SELECT n.instance_type, sum(p.memory_request) FROM pods p JOIN nodes n ON p.node = "
        "n.name GROUP BY n.instance_type",
    ),
    (
        "payments pods in us-east-1a",
        "SELECT p.name FROM pods p JOIN nodes n ON p.node = n.name WHERE p.namespace = 'payments' "
        "AND n.zone = 'us-east-1a'",
    ),
    (
        "service accounts of the pods on worker-7",
        "SELECT DISTINCT namespace, service_account FROM pods WHERE node = 'worker-7'",
    ),
    (
        "pods whose node is cordoned",
        "SELECT p.namespace, p.name FROM pods p JOIN nodes n ON p.node = n.name WHERE n.unschedulable",
    ),
    (
        "the hpa of each deployment in checkout",
        "SELECT d.name, h.name FROM deployments d JOIN horizontalpodautoscalers h ON h.namespace "
        "= d.namespace AND h.target_kind = 'Deployment' AND h.target_name = d.name WHERE "
        "d.namespace = 'checkout'",
    ),
    (
        "deployments in payments without an hpa",
        "SELECT d.name FROM deployments d WHERE d.namespace = 'payments' AND NOT EXISTS (SELECT 1 "
        "FROM horizontalpodautoscalers h WHERE h.namespace = d.namespace AND h.target_kind = "
        "'Deployment' AND h.target_name = d.name)",
    ),
    (
        "total cpu requested by the pods behind each service in checkout",
        "SELECT s.name, sum(p.cpu_request) FROM services s JOIN pods p ON p.namespace = "
        "s.namespace AND map_entries(s.selector) <@ map_entries(p.labels) WHERE s.namespace = "
        "'checkout' GROUP BY s.name",
    ),
    (
        "services whose pods run on worker-7",
        "SELECT DISTINCT s.namespace, s.name FROM services s JOIN pods p ON p.namespace = "
        "s.namespace AND map_entries(s.selector) <@ map_entries(p.labels) WHERE p.node = "
        "'worker-7'",
    ),
    (
        "how many pods are behind each service in payments?",
        "SELECT s.name, count(p.name) FROM services s LEFT JOIN pods p ON p.namespace = "
        "s.namespace AND map_entries(s.selector) <@ map_entries(p.labels) WHERE s.namespace = "
        "'payments' GROUP BY s.name",
    ),
    (
        "kafka pods and their nodes' zones",
        "SELECT p.name, n.zone FROM pods p JOIN nodes n ON p.node = n.name WHERE p.namespace = "
        "'data' AND p.owner_kind = 'StatefulSet' AND p.owner_name = 'kafka'",
    ),
    (
        "pods of the payments-api service and their nodes",
        "SELECT p.namespace, p.name, p.node FROM services s JOIN pods p ON p.namespace = "
        "s.namespace AND map_entries(s.selector) <@ map_entries(p.labels) WHERE s.name = "
        "'payments-api'",
    ),
    (
        "pods on nodes in us-east-1c with more than 5 restarts",
        "SELECT p.namespace, p.name FROM pods p JOIN nodes n ON p.node = n.name WHERE n.zone = "
        "'us-east-1c' AND p.restarts > 5",
    ),
    (
        "how many nodes does each service's pods span in checkout?",
        "SELECT s.name, count(DISTINCT p.node) FROM services s JOIN pods p ON p.namespace = "
        "s.namespace AND map_entries(s.selector) <@ map_entries(p.labels) WHERE s.namespace = "
        "'checkout' GROUP BY s.name",
    ),
    (
        "pods behind the storefront ingress",
        "SELECT DISTINCT p.namespace, p.name FROM ingresses i JOIN services s ON s.namespace = "
        "i.namespace AND list_contains(i.services, s.name) JOIN pods p ON p.namespace = "
        "s.namespace AND map_entries(s.selector) <@ map_entries(p.labels) WHERE i.name = "
        "'storefront'",
    ),
    (
        "zone of the node each ledger-db pod runs on",
        "SELECT p.name, n.zone FROM pods p JOIN nodes n ON p.node = n.name WHERE p.namespace = "
        "'payments' AND p.owner_kind = 'StatefulSet' AND p.owner_name = 'ledger-db'",
    ),
    (
        "pods on worker-7 that are behind a service",
        "SELECT DISTINCT p.namespace, p.name FROM services s JOIN pods p ON p.namespace = "
        "s.namespace AND map_entries(s.selector) <@ map_entries(p.labels) WHERE p.node = "
        "'worker-7'",
    ),
    (
        "how many nodes run pods of the checkout-api service",
        "SELECT count(DISTINCT p.node) FROM services s JOIN pods p ON p.namespace = s.namespace "
        "AND map_entries(s.selector) <@ map_entries(p.labels) WHERE s.namespace = 'checkout' AND "
        "s.name = 'checkout-api'",
    ),
    (
        "how many zones are the kafka pdb's pods in",
        "SELECT count(DISTINCT n.zone) FROM poddisruptionbudgets b JOIN pods p ON p.namespace = "
        "b.namespace AND map_entries(b.selector) <@ map_entries(p.labels) JOIN nodes n ON n.name "
        "= p.node WHERE b.namespace = 'data' AND b.name = 'kafka'",
    ),
    (
        "which zone has the most cart-service pods?",
        "SELECT n.zone, count(*) AS pods FROM pods p JOIN nodes n ON p.node = n.name JOIN "
        "replicasets r ON r.namespace = p.namespace AND r.name = p.owner_name WHERE r.owner_name "
        "= 'cart-service' GROUP BY n.zone ORDER BY pods DESC LIMIT 1",
    ),
    (
        "pods on tainted nodes with more than 3 restarts",
        "SELECT p.namespace, p.name FROM pods p JOIN nodes n ON p.node = n.name WHERE "
        "len(n.taints) > 0 AND p.restarts > 3",
    ),
]

REAL = [
    (
        "how many pods run on tainted nodes?",
        "SELECT count(*) FROM pods p JOIN nodes n ON p.node = n.name WHERE len(n.taints) > 0",
    ),
    (
        "which pods are on nodes with the disk-pressure taint?",
        "SELECT p.namespace, p.name FROM pods p JOIN nodes n ON p.node = n.name WHERE "
        "len(list_filter(n.taints, t -> t LIKE '%disk-pressure%')) > 0",
    ),
    (
        "pods on the node with a NoExecute taint",
        "SELECT p.namespace, p.name FROM pods p JOIN nodes n ON p.node = n.name WHERE "
        "len(list_filter(n.taints, t -> t LIKE '%:NoExecute')) > 0",
    ),
    (
        "services in bookinfo with endpoints on worker-3",
        "SELECT s.name FROM services s JOIN endpoints e ON e.namespace = s.namespace AND e.name = "
        "s.name WHERE s.namespace = 'bookinfo' AND list_contains(e.nodes, 'worker-3')",
    ),
    (
        "which service selects the pods of deployment productpage-v1?",
        "SELECT DISTINCT s.name FROM services s JOIN pods p ON p.namespace = s.namespace AND "
        "map_entries(s.selector) <@ map_entries(p.labels) JOIN replicasets r ON r.namespace = "
        "p.namespace AND r.name = p.owner_name WHERE r.owner_kind = 'Deployment' AND r.owner_name "
        "= 'productpage-v1'",
    ),
    (
        "which nodes do the pods of the reviews service run on?",
        "SELECT DISTINCT p.node FROM services s JOIN pods p ON p.namespace = s.namespace AND "
        "map_entries(s.selector) <@ map_entries(p.labels) WHERE s.namespace = 'bookinfo' AND "
        "s.name = 'reviews'",
    ),
    (
        "pods on gpu nodes",
        "SELECT p.namespace, p.name FROM pods p JOIN nodes n ON p.node = n.name WHERE n.gpu_capacity > 0",
    ),
    (
        "the deployment each pod in shop belongs to",
        "SELECT p.name, r.owner_name FROM pods p JOIN replicasets r ON r.namespace = p.namespace "
        "AND r.name = p.owner_name WHERE p.namespace = 'shop' AND r.owner_kind = 'Deployment'",
    ),
    (
        "pods in team-a and their deployment's desired replicas",
        "SELECT p.name, d.desired FROM pods p JOIN replicasets r ON r.namespace = p.namespace AND "
        "r.name = p.owner_name JOIN deployments d ON d.namespace = r.namespace AND d.name = "
        "r.owner_name WHERE p.namespace = 'team-a' AND r.owner_kind = 'Deployment'",
    ),
    (
        "nodes of the pods covered by cassandra-pdb",
        "SELECT DISTINCT p.node FROM poddisruptionbudgets b JOIN pods p ON p.namespace = "
        "b.namespace AND map_entries(b.selector) <@ map_entries(p.labels) WHERE b.name = "
        "'cassandra-pdb'",
    ),
    (
        "which kubelet version are the shop pods' nodes running?",
        "SELECT p.name, n.kubelet_version FROM pods p JOIN nodes n ON p.node = n.name WHERE "
        "p.namespace = 'shop'",
    ),
    (
        "what os image do the nodes hosting bookinfo pods run?",
        "SELECT DISTINCT n.name, n.os_image FROM pods p JOIN nodes n ON p.node = n.name WHERE "
        "p.namespace = 'bookinfo'",
    ),
    (
        "cpu requested per zone",
        "SELECT n.zone, sum(p.cpu_request) FROM pods p JOIN nodes n ON p.node = n.name GROUP BY n.zone",
    ),
    (
        "which instance type runs the most pods?",
        "SELECT n.instance_type, count(*) AS pods FROM pods p JOIN nodes n ON p.node = n.name "
        "GROUP BY n.instance_type ORDER BY pods DESC LIMIT 1",
    ),
    (
        "what node and zone are the cassandra pods on?",
        "SELECT p.name, p.node, n.zone FROM pods p JOIN nodes n ON p.node = n.name WHERE "
        "p.namespace = 'team-b' AND p.owner_name = 'cassandra'",
    ),
    (
        "which pods does the frontend service in shop route to?",
        "SELECT p.name FROM services s JOIN pods p ON p.namespace = s.namespace AND "
        "map_entries(s.selector) <@ map_entries(p.labels) WHERE s.namespace = 'shop' AND s.name = "
        "'frontend'",
    ),
    (
        "namespaces with pods on the gpu node",
        "SELECT DISTINCT p.namespace FROM pods p JOIN nodes n ON p.node = n.name WHERE n.gpu_capacity > 0",
    ),
    (
        "which deployments have pods on worker-1?",
        "SELECT DISTINCT r.namespace, r.owner_name FROM pods p JOIN replicasets r ON r.namespace "
        "= p.namespace AND r.name = p.owner_name WHERE r.owner_kind = 'Deployment' AND p.node = "
        "'worker-1'",
    ),
    (
        "how many pods of each namespace run in us-east-1b?",
        "SELECT p.namespace, count(*) FROM pods p JOIN nodes n ON p.node = n.name WHERE n.zone = "
        "'us-east-1b' GROUP BY p.namespace",
    ),
    (
        "images running on cp-1",
        "SELECT DISTINCT unnest(images) FROM pods WHERE node = 'cp-1'",
    ),
    (
        "pods on nodes under disk pressure",
        "SELECT p.namespace, p.name FROM pods p JOIN nodes n ON p.node = n.name WHERE n.disk_pressure",
    ),
    (
        "deployments with an hpa and the hpa's max replicas",
        "SELECT d.namespace, d.name, h.max_replicas FROM deployments d JOIN "
        "horizontalpodautoscalers h ON h.namespace = d.namespace AND h.target_kind = 'Deployment' "
        "AND h.target_name = d.name",
    ),
    (
        "which services send traffic to pods on worker-3?",
        "SELECT DISTINCT s.namespace, s.name FROM services s JOIN pods p ON p.namespace = "
        "s.namespace AND map_entries(s.selector) <@ map_entries(p.labels) WHERE p.node = "
        "'worker-3'",
    ),
    (
        "the node each bookinfo service's pods run on",
        "SELECT DISTINCT s.name, p.node FROM services s JOIN pods p ON p.namespace = s.namespace "
        "AND map_entries(s.selector) <@ map_entries(p.labels) WHERE s.namespace = 'bookinfo'",
    ),
    (
        "instance type of the node each shop pod runs on",
        "SELECT p.name, n.instance_type FROM pods p JOIN nodes n ON p.node = n.name WHERE "
        "p.namespace = 'shop'",
    ),
    (
        "taints of the nodes running team-b pods",
        "SELECT DISTINCT n.name, n.taints FROM pods p JOIN nodes n ON p.node = n.name WHERE "
        "p.namespace = 'team-b'",
    ),
    (
        "which zones are the reviews service's pods in?",
        "SELECT DISTINCT n.zone FROM services s JOIN pods p ON p.namespace = s.namespace AND "
        "map_entries(s.selector) <@ map_entries(p.labels) JOIN nodes n ON n.name = p.node WHERE "
        "s.namespace = 'bookinfo' AND s.name = 'reviews'",
    ),
    (
        "which ingress routes to pods on worker-2?",
        "SELECT DISTINCT i.namespace, i.name FROM ingresses i JOIN services s ON s.namespace = "
        "i.namespace AND list_contains(i.services, s.name) JOIN pods p ON p.namespace = "
        "s.namespace AND map_entries(s.selector) <@ map_entries(p.labels) WHERE p.node = "
        "'worker-2'",
    ),
    (
        "memory capacity of the nodes running ml pods",
        "SELECT DISTINCT n.name, n.memory_capacity FROM pods p JOIN nodes n ON p.node = n.name "
        "WHERE p.namespace = 'ml'",
    ),
    (
        "deployments whose pods run on more than one node",
        "SELECT r.namespace, r.owner_name FROM pods p JOIN replicasets r ON r.namespace = "
        "p.namespace AND r.name = p.owner_name WHERE r.owner_kind = 'Deployment' GROUP BY "
        "r.namespace, r.owner_name HAVING count(DISTINCT p.node) > 1",
    ),
    (
        "which services select pods of statefulsets?",
        "SELECT DISTINCT s.namespace, s.name FROM services s JOIN pods p ON p.namespace = "
        "s.namespace AND map_entries(s.selector) <@ map_entries(p.labels) WHERE "
        "cardinality(s.selector) > 0 AND p.owner_kind = 'StatefulSet'",
    ),
]


@pytest.mark.parametrize("question,sql", DEMO)
def test_demo_joins(translator, engine, question, sql):
    assert_same_rows(translator, engine, question, sql, columns=True)


@pytest.mark.parametrize("question,sql", REAL)
def test_real_joins(real_translator, real_engine, question, sql):
    assert_same_rows(real_translator, real_engine, question, sql, columns=True)
