"""The offline translator on containers, images and resources of the demo cluster: what a container or
pod runs, how containers last ended, requests summed per node."""

from __future__ import annotations

import pytest

from tests.test_offline import assert_same_rows

CONTAINERS_AND_IMAGES = [
    # the image a named container (or pod) runs, not the pods that run an image of that name
    (
        "what image does the fraud-detector run?",
        "SELECT DISTINCT image FROM containers WHERE namespace = 'payments' AND name = 'fraud-detector'",
    ),
    (
        "which image is kafka using",
        "SELECT DISTINCT image FROM containers WHERE namespace = 'data' AND name = 'kafka'",
    ),
    ("what image is redis-0 running", "SELECT DISTINCT image FROM containers WHERE pod = 'redis-0'"),
    # how a container last ended, said in several ways
    (
        "containers whose last exit code was 1",
        "SELECT namespace, pod, name FROM containers WHERE last_exit_code = 1",
    ),
    (
        "containers that last terminated with Error",
        "SELECT namespace, pod, name FROM containers WHERE last_reason = 'Error'",
    ),
    (
        "containers whose last state was terminated with Error",
        "SELECT namespace, pod, name FROM containers WHERE last_reason = 'Error'",
    ),
]

WHERE_IMAGES_RUN = [
    # namespaces ranked by how many images they run, each image once
    (
        "which namespace has the most distinct images",
        "SELECT namespace, count(DISTINCT image) AS images FROM containers GROUP BY namespace "
        "ORDER BY images DESC LIMIT 1",
    ),
    # the places (namespaces, nodes) whose containers run an image, and pods counted by it
    ("which namespaces run nginx", "SELECT DISTINCT namespace FROM containers WHERE image LIKE '%nginx%'"),
    (
        "which namespaces use the busybox image?",
        "SELECT DISTINCT namespace FROM containers WHERE image LIKE '%busybox%'",
    ),
    (
        "how many namespaces use nginx",
        "SELECT count(DISTINCT namespace) FROM containers WHERE image LIKE '%nginx%'",
    ),
    (
        "which nodes run nginx",
        "SELECT DISTINCT node FROM containers WHERE image LIKE '%nginx%' AND node IS NOT NULL",
    ),
    (
        "how many pods run registry.acme.io/payments/payments-api:3.8.2",
        "SELECT count(*) FROM (SELECT DISTINCT namespace, pod FROM containers "
        "WHERE image = 'registry.acme.io/payments/payments-api:3.8.2')",
    ),
    (
        "how many pods use the postgres image in data",
        "SELECT count(DISTINCT pod) FROM containers WHERE namespace = 'data' AND image LIKE '%/postgres:%'",
    ),
    # a workload's name after "which nodes (are) running": the nodes of its pods, not of an image
    (
        "which nodes run kafka",
        "SELECT DISTINCT node FROM pods WHERE namespace = 'data' AND owner_name = 'kafka'",
    ),
    (
        "which nodes are running postgres",
        "SELECT DISTINCT node FROM pods WHERE namespace = 'data' AND owner_name = 'postgres'",
    ),
]

NODES = [
    # the values of a column, each once: "what instance types do we have"
    ("what instance types do we have", "SELECT DISTINCT instance_type FROM nodes"),
    ("list instance types", "SELECT DISTINCT instance_type FROM nodes"),
    ("which zones are the nodes in", "SELECT DISTINCT zone FROM nodes"),
    ("unique kubelet versions", "SELECT DISTINCT kubelet_version FROM nodes"),
    ("which qos classes are used in ml", "SELECT DISTINCT qos_class FROM pods WHERE namespace = 'ml'"),
    # capacity or allocatable said alone: the cpu and memory, as kubectl describe shows them first
    ("node capacity", "SELECT name, cpu_capacity, memory_capacity FROM nodes"),
    ("node allocatable", "SELECT name, cpu_allocatable, memory_allocatable FROM nodes"),
    ("worker-3 capacity", "SELECT cpu_capacity, memory_capacity FROM nodes WHERE name = 'worker-3'"),
]

QUOTAS = [
    # a quota's resource said as kubectl writes it, or as "memory requests"
    (
        "requests.memory quota in payments",
        "SELECT namespace, name, hard['requests.memory'], used['requests.memory'] FROM resourcequotas "
        "WHERE namespace = 'payments'",
    ),
    (
        "memory requests quota in payments",
        "SELECT namespace, name, hard['requests.memory'], used['requests.memory'] FROM resourcequotas "
        "WHERE namespace = 'payments'",
    ),
    # quotas ranked by how used they are
    (
        "quotas sorted by usage",
        "SELECT namespace, name, max_usage_percent FROM resourcequotas ORDER BY max_usage_percent DESC",
    ),
]

RESOURCES = [
    # "requests and limits" shown: both resources, both amounts
    (
        "requests vs limits for pods in checkout",
        "SELECT name, cpu_request, memory_request, cpu_limit, memory_limit FROM pods WHERE namespace = 'checkout'",
    ),
    (
        "containers requests and limits in batch",
        "SELECT pod, name, cpu_request, memory_request, cpu_limit, memory_limit FROM containers "
        "WHERE namespace = 'batch'",
    ),
    # "lack" is "without"
    (
        "how many containers lack a memory limit per namespace",
        "SELECT namespace, count(*) FROM containers WHERE type = 'container' AND memory_limit IS NULL "
        "GROUP BY namespace",
    ),
    # requests added up per node: pods on no node are no node's
    (
        "total memory requests per node",
        "SELECT node, sum(memory_request) FROM pods WHERE node IS NOT NULL GROUP BY node",
    ),
    (
        "cpu requested on each node",
        "SELECT node, sum(cpu_request) FROM pods WHERE node IS NOT NULL GROUP BY node",
    ),
]


@pytest.mark.parametrize(
    ("question", "sql"), CONTAINERS_AND_IMAGES + WHERE_IMAGES_RUN + NODES + QUOTAS + RESOURCES
)
def test_containers_images_resources(translator, engine, question, sql):
    assert_same_rows(translator, engine, question, sql, columns=True)
