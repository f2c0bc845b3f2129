"""New filter, time, top-N, container and resource intents (not rewordings of the dev cases): columns of
one object said per object or with a possessive, amounts asked of each object, units said in words,
comparisons with the column first, and node columns whose words are another kind's."""

from __future__ import annotations

import pytest

from tests.test_offline import assert_same_rows

DEMO = [
    # a node's "os image" is its column, not the containers' images
    ("os image of every node", "SELECT name, os_image FROM nodes"),
    ("os images of the nodes", "SELECT name, os_image FROM nodes"),
    ("each node's os image", "SELECT name, os_image FROM nodes"),
    # a text column per object of its own kind is each one's, not a count per group
    ("kernel version per node", "SELECT name, kernel_version FROM nodes"),
    ("qos class per pod in ml", "SELECT name, qos_class FROM pods WHERE namespace = 'ml'"),
    # both ends of 'between … days old' are kept, as BETWEEN keeps them
    (
        "pods between 2 and 5 days old",
        "SELECT namespace, name FROM pods WHERE age BETWEEN INTERVAL 2 DAYS AND INTERVAL 5 DAYS",
    ),
    # amounts said in words
    ("pods requesting more than half a core", "SELECT namespace, name FROM pods WHERE cpu_request > 0.5"),
    (
        "containers with a limit under a quarter of a cpu",
        "SELECT namespace, pod, name FROM containers WHERE cpu_limit < 0.25",
    ),
    # the column said first, then 'N <unit> or more'
    (
        "containers with a cpu limit of 2 cores or more",
        "SELECT namespace, pod, name FROM containers WHERE cpu_limit >= 2",
    ),
    (
        "pods with memory request 512Mi or less",
        "SELECT namespace, name FROM pods WHERE memory_request <= 512 * 1024 ^ 2",
    ),
    # an amount asked of each object is each one's own, not the total nor a bare list
    (
        "memory requested by each pod in data",
        "SELECT name, memory_request FROM pods WHERE namespace = 'data'",
    ),
    (
        "how much memory does each pod in data request?",
        "SELECT name, memory_request FROM pods WHERE namespace = 'data'",
    ),
    (
        "how much cpu does each container in ml request?",
        "SELECT pod, name, cpu_request FROM containers WHERE namespace = 'ml'",
    ),
    ("storage requested per pvc", "SELECT namespace, name, storage_request FROM persistentvolumeclaims"),
    # the lowest of an amount is the smallest first
    (
        "5 pods with the lowest cpu request",
        "SELECT namespace, name, cpu_request FROM pods ORDER BY cpu_request LIMIT 5",
    ),
    # already read well: kept as they are
    (
        "pods created in the last 90 minutes",
        "SELECT namespace, name FROM pods WHERE created > now() - INTERVAL 90 MINUTE",
    ),
    ("the 5 newest deployments", "SELECT namespace, name FROM deployments ORDER BY created DESC LIMIT 5"),
    (
        "which node has the fewest pods?",
        "SELECT node, count(*) AS pods FROM pods WHERE node IS NOT NULL GROUP BY node ORDER BY pods LIMIT 1",
    ),
    (
        "init containers in payments",
        "SELECT pod, name FROM containers WHERE namespace = 'payments' AND type = 'init'",
    ),
    (
        "pods with a memory limit above 2Gi",
        "SELECT namespace, name FROM pods WHERE memory_limit > 2 * 1024 ^ 3",
    ),
]

REAL = [
    ("show each node's internal ip", "SELECT name, internal_ip FROM nodes"),
    ("kubelet version per node", "SELECT name, kubelet_version FROM nodes"),
    ("service account per pod in shop", "SELECT name, service_account FROM pods WHERE namespace = 'shop'"),
    (
        "every pod's priority class in kube-system",
        "SELECT name, priority_class FROM pods WHERE namespace = 'kube-system'",
    ),
    # the tag is part of the image as the spec names it
    (
        "image tag of each container in bookinfo",
        "SELECT pod, name, image FROM containers WHERE namespace = 'bookinfo'",
    ),
    # the default scheduler is named default-scheduler ('default' is no service account here)
    (
        "pods using the default scheduler",
        "SELECT namespace, name FROM pods WHERE scheduler = 'default-scheduler'",
    ),
    # args and command set in the spec
    (
        "containers with custom args",
        "SELECT namespace, pod, name, args FROM containers WHERE len(args) > 0",
    ),
    (
        "containers with an entrypoint override",
        "SELECT namespace, pod, name FROM containers WHERE len(command) > 0",
    ),
    # a concurrency policy said by its verb
    (
        "cronjobs that forbid overlapping jobs",
        "SELECT namespace, name FROM cronjobs WHERE concurrency_policy = 'Forbid'",
    ),
    # a pull policy said with 'pulled' is the containers' column, not Pulled events
    (
        "which images are pulled with policy Always?",
        "SELECT DISTINCT image FROM containers WHERE image_pull_policy = 'Always'",
    ),
    # already read well
    (
        "LoadBalancer services with externalTrafficPolicy Local",
        "SELECT namespace, name FROM services WHERE type = 'LoadBalancer' AND external_traffic_policy = 'Local'",
    ),
    ("jobs with a backoff limit of 0", "SELECT namespace, name FROM jobs WHERE backoff_limit = 0"),
    (
        "pvcs with ReadOnlyMany access",
        "SELECT namespace, name FROM persistentvolumeclaims WHERE list_contains(access_modes, 'ReadOnlyMany')",
    ),
]


@pytest.mark.parametrize(("question", "sql"), DEMO)
def test_new_intents_on_the_demo_cluster(translator, engine, question, sql):
    assert_same_rows(translator, engine, question, sql, columns=True)


@pytest.mark.parametrize(("question", "sql"), REAL)
def test_new_intents_on_the_real_snapshot(real_translator, real_engine, question, sql):
    assert_same_rows(real_translator, real_engine, question, sql, columns=True)
