"""Containers and resources, asked in ways the dev cases do not: the images of containers in a state, the
state of containers said another way (completed, without a security context, running as a user, dropping
capabilities), limit range defaults said without the kind, GPUs per node, quotas on GPUs, and what each node
has left against its allocatable (in a unit, under a bound, as a share, its limits, its pod slots)."""

from __future__ import annotations

import pytest

from tests.test_offline import assert_same_rows

DEMO = [
    # the images, each once, of the containers in a state
    (
        "which images are failing to pull?",
        "SELECT DISTINCT image FROM containers WHERE reason IN ('ImagePullBackOff', 'ErrImagePull')",
    ),
    ("which images do the waiting containers use?", "SELECT DISTINCT image FROM containers WHERE state = 'waiting'"),
    # containers that ended with the kubelet's Completed
    (
        "containers that completed successfully (exit 0)",
        "SELECT namespace, pod, name FROM containers WHERE state = 'terminated' AND exit_code = 0",
    ),
    # a count per namespace, not each container's restarts
    (
        "how many containers have restarted at least once in each namespace?",
        "SELECT namespace, count(*) FROM containers WHERE restarts > 0 GROUP BY namespace",
    ),
    ("which registries do our images come from?", "SELECT DISTINCT split_part(image, '/', 1) FROM containers"),
    (
        "which image registries are used in data?",
        "SELECT DISTINCT split_part(image, '/', 1) FROM containers WHERE namespace = 'data'",
    ),
    # the default a limit range gives, not the service account called default
    ("default cpu request in ml", "SELECT name, default_cpu_request FROM limitranges WHERE namespace = 'ml'"),
    (
        "what is the default memory limit in payments?",
        "SELECT name, default_memory_limit FROM limitranges WHERE namespace = 'payments'",
    ),
    # namespaces whose limit range gives a default, and those whose does not
    (
        "which namespaces have a default cpu limit?",
        "SELECT DISTINCT namespace FROM limitranges WHERE default_cpu_limit IS NOT NULL",
    ),
    (
        "namespaces without a default memory limit",
        "SELECT name FROM namespaces WHERE name NOT IN "
        "(SELECT namespace FROM limitranges WHERE default_memory_limit IS NOT NULL)",
    ),
    # GPU quotas are on requests.nvidia.com/gpu, however "limit" is said; which quotas, the cap only when
    # asked (as blind-written cases do, stop 64)
    (
        "which quotas limit GPUs?",
        "SELECT namespace, name FROM resourcequotas WHERE hard['requests.nvidia.com/gpu'] IS NOT NULL",
    ),
    (
        "which quotas limit GPUs, and at how much?",
        "SELECT namespace, name, hard['requests.nvidia.com/gpu'] FROM resourcequotas "
        "WHERE hard['requests.nvidia.com/gpu'] IS NOT NULL",
    ),
    # what each node has left, under a bound, as a share
    (
        "which nodes have less than 2 cores of cpu left unrequested?",
        "SELECT n.name FROM nodes n JOIN pods p ON p.node = n.name GROUP BY n.name, n.cpu_allocatable "
        "HAVING n.cpu_allocatable - sum(p.cpu_request) < 2",
    ),
    (
        "nodes with more than 10Gi of memory unrequested",
        "SELECT n.name FROM nodes n LEFT JOIN pods p ON p.node = n.name GROUP BY n.name, n.memory_allocatable "
        "HAVING n.memory_allocatable - coalesce(sum(p.memory_request), 0) > 10 * 1024 ^ 3",
    ),
    (
        "nodes where cpu requests are above 80% of allocatable",
        "SELECT n.name FROM nodes n JOIN pods p ON p.node = n.name GROUP BY n.name, n.cpu_allocatable "
        "HAVING 100.0 * sum(p.cpu_request) / n.cpu_allocatable > 80",
    ),
    (
        "memory limits per node against allocatable",
        "SELECT n.name, n.memory_allocatable, sum(p.memory_limit) FROM nodes n LEFT JOIN pods p "
        "ON p.node = n.name GROUP BY n.name, n.memory_allocatable",
    ),
    (
        "how much cpu is unrequested on each node, in millicores?",
        "SELECT n.name, (n.cpu_allocatable - coalesce(sum(p.cpu_request), 0)) * 1000 FROM nodes n "
        "LEFT JOIN pods p ON p.node = n.name GROUP BY n.name, n.cpu_allocatable",
    ),
    # one resource's hard and used, in the quotas that limit it
    (
        "used vs hard requests.cpu in every quota",
        "SELECT namespace, name, hard['requests.cpu'], used['requests.cpu'] FROM resourcequotas "
        "WHERE hard['requests.cpu'] IS NOT NULL",
    ),
    # "latest" of each one is its own value, not the newest object
    (
        "what is the latest exit code of each terminated container in batch?",
        "SELECT pod, name, exit_code FROM containers WHERE namespace = 'batch' AND state = 'terminated'",
    ),
    # already read well: kept so
    (
        "how many containers run each image?",
        "SELECT image, count(*) FROM containers GROUP BY image",
    ),
    (
        "containers that declare no ports",
        "SELECT namespace, pod, name FROM containers WHERE len(ports) = 0",
    ),
]

REAL = [
    (
        "containers with no securityContext",
        "SELECT namespace, pod, name FROM containers WHERE json_extract(raw, '$.securityContext') IS NULL",
    ),
    (
        "which containers run as user 65532?",
        "SELECT namespace, pod, name FROM containers "
        "WHERE json_extract_string(raw, '$.securityContext.runAsUser') = '65532'",
    ),
    (
        "which containers drop ALL capabilities?",
        "SELECT namespace, pod, name FROM containers "
        "WHERE json_extract_string(raw, '$.securityContext.capabilities.drop') LIKE '%ALL%'",
    ),
    (
        "when did the crashlooping containers last terminate?",
        "SELECT namespace, pod, name, last_finished_at FROM containers WHERE reason = 'CrashLoopBackOff'",
    ),
    (
        "image of each init container",
        "SELECT namespace, pod, name, image FROM containers WHERE type = 'init'",
    ),
    (
        "images of the crashlooping containers",
        "SELECT DISTINCT image FROM containers WHERE reason = 'CrashLoopBackOff'",
    ),
    ("which nodes have GPUs and how many?", "SELECT name, gpu_capacity FROM nodes WHERE gpu_capacity > 0"),
    ("nodes with gpus", "SELECT name FROM nodes WHERE gpu_capacity > 0"),
    ("default cpu limit in team-a", "SELECT name, default_cpu_limit FROM limitranges WHERE namespace = 'team-a'"),
    (
        "how much memory is unrequested on each node, in GiB?",
        "SELECT n.name, (n.memory_allocatable - coalesce(sum(p.memory_request), 0)) / 1024 ^ 3 FROM nodes n "
        "LEFT JOIN pods p ON p.node = n.name GROUP BY n.name, n.memory_allocatable",
    ),
    (
        "cpu limits per node against allocatable",
        "SELECT n.name, n.cpu_allocatable, sum(p.cpu_limit) FROM nodes n LEFT JOIN pods p ON p.node = n.name "
        "GROUP BY n.name, n.cpu_allocatable",
    ),
    (
        "pods on each node vs how many it can hold",
        "SELECT n.name, n.pods_allocatable, count(p.name) FROM nodes n LEFT JOIN pods p ON p.node = n.name "
        "GROUP BY n.name, n.pods_allocatable",
    ),
    (
        "completed containers in batch",
        "SELECT pod, name FROM containers WHERE namespace = 'batch' AND state = 'terminated' "
        "AND reason = 'Completed'",
    ),
    (
        "how much memory can team-b still request under its quota?",
        "SELECT namespace, name, hard['requests.memory'], used['requests.memory'] FROM resourcequotas WHERE namespace = 'team-b'",
    ),
    (
        "how many pods can team-a still run under its quota?",
        "SELECT CAST(hard['pods'] AS INTEGER) - CAST(used['pods'] AS INTEGER) FROM resourcequotas "
        "WHERE namespace = 'team-a'",
    ),
    (
        "ephemeral storage capacity vs allocatable per node in GiB",
        "SELECT name, ephemeral_storage_capacity / 1024 ^ 3, ephemeral_storage_allocatable / 1024 ^ 3 FROM nodes",
    ),
    (
        "which containers have a startup probe?",
        "SELECT namespace, pod, name FROM containers WHERE json_extract(raw, '$.startupProbe') IS NOT NULL",
    ),
]


@pytest.mark.parametrize(("question", "sql"), DEMO)
def test_containers_and_resources_on_the_demo_cluster(translator, engine, question, sql):
    assert_same_rows(translator, engine, question, sql, columns=True)


@pytest.mark.parametrize(("question", "sql"), REAL)
def test_containers_and_resources_on_the_real_cluster(real_translator, real_engine, question, sql):
    assert_same_rows(real_translator, real_engine, question, sql, columns=True)
