"""Wrong answers found by hand in stop 20: a count of containers said with "running", a window that
nothing happened in, namespaces said by a prefix, and a pod named after a verb that the cluster lacks."""

from __future__ import annotations

import pytest

from tests.test_offline import assert_same_rows, ctx

ON_DEMO = [
    ("pods running in payments", "SELECT name FROM pods WHERE namespace = 'payments' AND status = 'Running'"),
    # nothing happened in the window: the ones it never happened to are kept
    (
        "pods not restarted in the last day",
        "SELECT namespace, name FROM pods WHERE last_restart IS NULL OR last_restart < now() - INTERVAL 1 DAY",
    ),
    (
        "pods that have not restarted in the past 2 hours",
        "SELECT namespace, name FROM pods WHERE last_restart IS NULL OR last_restart < now() - INTERVAL 2 HOUR",
    ),
    ("pods that never restarted", "SELECT namespace, name FROM pods WHERE restarts = 0"),
    ("pods not created in the last hour", "SELECT namespace, name FROM pods WHERE age > INTERVAL 1 HOUR"),
    # a namespace's storage is what its claims ask for
    (
        "which namespace uses the most storage?",
        "SELECT namespace, sum(storage_request) AS s FROM persistentvolumeclaims GROUP BY namespace "
        "ORDER BY s DESC LIMIT 1",
    ),
    (
        "storage used per namespace",
        "SELECT namespace, sum(storage_request) FROM persistentvolumeclaims GROUP BY namespace",
    ),
    # a config map's data is its contents, even on a cluster with a namespace called data
    ("configmaps with their data", "SELECT namespace, name, data FROM configmaps"),
    ("show configmap data", "SELECT namespace, name, data FROM configmaps"),
    # "pod capacity" is a node's column, not a pod named capacity
    ("top 3 nodes by pod capacity", "SELECT name, pods_allocatable FROM nodes ORDER BY pods_allocatable DESC LIMIT 3"),
    ("configmaps in data", "SELECT name FROM configmaps WHERE namespace = 'data'"),
    (
        "what data does configmap payments-api-config hold?",
        "SELECT namespace, data FROM configmaps WHERE name = 'payments-api-config'",
    ),
]

ON_REAL = [
    # "running N containers" is what a pod holds, not its Running state
    ("pods running more than 2 containers", "SELECT namespace, name FROM pods WHERE len(containers) > 2"),
    ("pods running multiple containers", "SELECT namespace, name FROM pods WHERE len(containers) > 1"),
    ("how many pods run more than one container?", "SELECT count(*) FROM pods WHERE len(containers) > 1"),
    # namespaces said by how their names begin
    (
        "pods in namespaces starting with team",
        "SELECT namespace, name FROM pods WHERE namespace LIKE 'team%'",
    ),
    ("pods in team-* namespaces", "SELECT namespace, name FROM pods WHERE namespace LIKE 'team-%'"),
    ("deployments in team-*", "SELECT namespace, name FROM deployments WHERE namespace LIKE 'team-%'"),
    ("how many pods in namespaces prefixed with team?", "SELECT count(*) FROM pods WHERE namespace LIKE 'team%'"),
    ("namespaces starting with kube", "SELECT name FROM namespaces WHERE name LIKE 'kube%'"),
    ("namespaces not starting with kube", "SELECT name FROM namespaces WHERE name NOT LIKE 'kube%'"),
    ("namespaces per team", "SELECT labels['team'], count(*) FROM namespaces GROUP BY labels['team']"),
    ("pods named image-resize-*", "SELECT namespace, name FROM pods WHERE name LIKE 'image-resize-%'"),
    (
        "which node is pod image-resize-2hzx2 on?",
        "SELECT node FROM pods WHERE name = 'image-resize-2hzx2'",
    ),
]


@pytest.mark.parametrize(("question", "sql"), ON_DEMO)
def test_on_demo(translator, engine, question, sql):
    assert_same_rows(translator, engine, question, sql, columns=True)


@pytest.mark.parametrize(("question", "sql"), ON_REAL)
def test_on_real(real_translator, real_engine, question, sql):
    assert_same_rows(real_translator, real_engine, question, sql, columns=True)


@pytest.mark.parametrize(
    "question",
    ["which node is pod payments-api-0 on?", "where is pod nosuch-1 running?", "what image does pod abc-12 run?"],
)
def test_a_pod_the_cluster_lacks_is_said(real_translator, question):
    got = real_translator.translate(question, context=ctx())
    assert got.declined and "no Pod named" in got.message
