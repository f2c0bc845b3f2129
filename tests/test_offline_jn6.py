"""Joins, round 6 (session jn6): columns of a related object said before it ('the value of their priority
class', 'the images of the deployment they scale'), a related kind's amount added up per object ('total pvc
storage per statefulset', 'how much pvc storage does each pod in data have'), 'X and how many Y their/they
...', counts a kind holds itself, each claim's pods' nodes, and counts or sums per node, zone or namespace
said first ('zones and how much cpu the pods there request', 'for each node, the number of pods ...')."""

from __future__ import annotations

import pytest

from tests.test_offline import assert_same_rows

DEMO = [
    ("quotas and their used pods", "SELECT namespace, name, used['pods'] FROM resourcequotas"),
    (
        "ingresses with their backend services and ports",
        "SELECT i.namespace, i.name, s.name, s.ports FROM ingresses i "
        "JOIN services s ON s.namespace = i.namespace AND list_contains(i.services, s.name)",
    ),
    (
        "hpas and the images of the deployment they scale",
        "SELECT h.namespace, h.name, d.images FROM horizontalpodautoscalers h JOIN deployments d ON d.namespace = h.namespace AND d.name = h.target_name WHERE h.target_kind = 'Deployment'",
    ),
    (
        "claims in data and the status of their volume",
        "SELECT c.name, v.status FROM persistentvolumeclaims c JOIN persistentvolumes v ON v.name = c.volume WHERE c.namespace = 'data'",
    ),
    (
        "which nodes are the pvcs' pods running on?",
        "SELECT DISTINCT c.namespace, c.name, p.node FROM persistentvolumeclaims c JOIN pods p ON p.namespace = c.namespace AND list_contains(p.pvcs, c.name)",
    ),
    (
        "total pvc storage per statefulset",
        "SELECT s.namespace, s.name, sum(c.storage_request) FROM statefulsets s JOIN pods p ON p.namespace = s.namespace AND p.owner_kind = 'StatefulSet' AND p.owner_name = s.name JOIN persistentvolumeclaims c ON c.namespace = p.namespace AND list_contains(p.pvcs, c.name) GROUP BY s.namespace, s.name",
    ),
    (
        "how much pvc storage does each pod in data have",
        "SELECT p.name, sum(c.storage_request) FROM pods p JOIN persistentvolumeclaims c ON c.namespace = p.namespace AND list_contains(p.pvcs, c.name) WHERE p.namespace = 'data' GROUP BY p.name",
    ),
    (
        "resource quotas and how many pods their namespace runs",
        "SELECT q.namespace, q.name, count(p.name) FROM resourcequotas q LEFT JOIN pods p ON p.namespace = q.namespace GROUP BY q.namespace, q.name",
    ),
    (
        "for each node, the number of pods in the payments namespace",
        "SELECT p.node, count(*) FROM pods p WHERE p.namespace = 'payments' GROUP BY p.node",
    ),
    (
        "pods in batch and the status of their job",
        "SELECT p.name, j.status FROM pods p JOIN jobs j ON j.namespace = p.namespace AND j.name = p.owner_name WHERE p.namespace = 'batch' AND p.owner_kind = 'Job'",
    ),
    (
        "storage per storage class",
        "SELECT storage_class, sum(storage_request) FROM persistentvolumeclaims GROUP BY storage_class",
    ),
    (
        "zones and how much cpu the pods there request",
        "SELECT n.zone, sum(p.cpu_request) FROM pods p JOIN nodes n ON n.name = p.node GROUP BY n.zone",
    ),
    (
        "each pdb and how many healthy pods it currently has",
        "SELECT namespace, name, current_healthy FROM poddisruptionbudgets",
    ),
    (
        "deployments and how many restarts their pods have had",
        "SELECT r.namespace, r.owner_name, sum(p.restarts) FROM pods p JOIN replicasets r ON r.namespace = p.namespace AND r.name = p.owner_name WHERE p.owner_kind = 'ReplicaSet' AND r.owner_kind = 'Deployment' GROUP BY r.namespace, r.owner_name",
    ),
    (
        "nodes and the number of daemonset pods on each",
        "SELECT node, count(*) FROM pods WHERE owner_kind = 'DaemonSet' GROUP BY node",
    ),
    (
        "pvcs in monitoring and the node their pod runs on",
        "SELECT c.name, p.node FROM persistentvolumeclaims c JOIN pods p ON p.namespace = c.namespace AND list_contains(p.pvcs, c.name) WHERE c.namespace = 'monitoring'",
    ),
    (
        "pods in payments and the zone of their node",
        "SELECT p.name, n.zone FROM pods p JOIN nodes n ON n.name = p.node WHERE p.namespace = 'payments'",
    ),
    (
        "ml pods with their node's instance type",
        "SELECT p.name, n.instance_type FROM pods p JOIN nodes n ON n.name = p.node WHERE p.namespace = 'ml'",
    ),
    (
        "monitoring pods and their node's cpu capacity",
        "SELECT p.name, n.cpu_capacity FROM pods p JOIN nodes n ON n.name = p.node WHERE p.namespace = 'monitoring'",
    ),
    (
        "deployments and their hpa's min and max replicas",
        "SELECT d.namespace, d.name, h.min_replicas, h.max_replicas FROM deployments d JOIN horizontalpodautoscalers h ON h.namespace = d.namespace AND h.target_kind = 'Deployment' AND h.target_name = d.name",
    ),
]

REAL = [
    (
        "pvcs with the capacity of their persistent volume",
        "SELECT c.namespace, c.name, v.capacity FROM persistentvolumeclaims c JOIN persistentvolumes v ON v.name = c.volume",
    ),
    (
        "services and how many not ready endpoints they have",
        "SELECT s.namespace, s.name, e.not_ready_address_count FROM services s JOIN endpoints e ON e.namespace = s.namespace AND e.name = s.name",
    ),
    (
        "hpas and the images of the deployment they scale",
        "SELECT h.namespace, h.name, d.images FROM horizontalpodautoscalers h JOIN deployments d ON d.namespace = h.namespace AND d.name = h.target_name WHERE h.target_kind = 'Deployment'",
    ),
    (
        "pods in kube-system and the value of their priority class",
        "SELECT p.name, c.value FROM pods p JOIN priorityclasses c ON c.name = p.priority_class WHERE p.namespace = 'kube-system'",
    ),
    (
        "resource quotas and how many pods their namespace runs",
        "SELECT q.namespace, q.name, count(p.name) FROM resourcequotas q LEFT JOIN pods p ON p.namespace = q.namespace GROUP BY q.namespace, q.name",
    ),
    (
        "instance types and how many pods run on them",
        "SELECT n.instance_type, count(*) FROM pods p JOIN nodes n ON n.name = p.node GROUP BY n.instance_type",
    ),
    (
        "pods in monitoring and the preemption policy of their priority class",
        "SELECT p.name, c.preemption_policy FROM pods p JOIN priorityclasses c ON c.name = p.priority_class WHERE p.namespace = 'monitoring'",
    ),
    (
        "pods in kube-system and the kubelet version of the node they run on",
        "SELECT p.name, n.kubelet_version FROM pods p JOIN nodes n ON n.name = p.node WHERE p.namespace = 'kube-system'",
    ),
    (
        "pods in team-a and the zone and instance type of their node",
        "SELECT p.name, n.zone, n.instance_type FROM pods p JOIN nodes n ON n.name = p.node WHERE p.namespace = 'team-a'",
    ),
    (
        "deployments with their autoscaler's current replicas",
        "SELECT d.namespace, d.name, h.current_replicas FROM deployments d JOIN horizontalpodautoscalers h ON h.namespace = d.namespace AND h.target_kind = 'Deployment' AND h.target_name = d.name",
    ),
    (
        "hpas and the desired replica count of their target deployment",
        "SELECT h.namespace, h.name, d.desired FROM horizontalpodautoscalers h JOIN deployments d ON d.namespace = h.namespace AND d.name = h.target_name WHERE h.target_kind = 'Deployment'",
    ),
]


@pytest.mark.parametrize("question,sql", DEMO)
def test_demo_joins(translator, engine, question, sql):
    assert_same_rows(translator, engine, question, sql, columns=True)


@pytest.mark.parametrize("question,sql", REAL)
def test_real_joins(real_translator, real_engine, question, sql):
    assert_same_rows(real_translator, real_engine, question, sql, columns=True)
