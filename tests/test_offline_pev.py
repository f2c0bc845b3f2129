"""Paraphrases of the events, namespace and containers questions: the same question said another way
(a verb for an env var, "exited 137", "free of", camelCase kinds, hyphenated states) reads the same."""

from __future__ import annotations

import pytest

from tests.test_offline import assert_same_rows

DEMO = [
    # an env var named by what the container does with it, in capitals with an underscore
    (
        "which containers set POD_NAME?",
        "SELECT namespace, pod, name FROM containers WHERE list_contains(env_names, 'POD_NAME')",
    ),
    (
        "containers with POD_NAME set",
        "SELECT namespace, pod, name FROM containers WHERE list_contains(env_names, 'POD_NAME')",
    ),
    # an exit code said without "code"
    (
        "which containers exited 137?",
        "SELECT namespace, pod, name FROM containers WHERE exit_code = 137 OR last_exit_code = 137",
    ),
    # a protocol said with a verb
    (
        "containers exposing udp",
        "SELECT namespace, pod, name FROM containers WHERE array_to_string(ports, ',') LIKE '%/UDP%'",
    ),
    # "not-ready" hyphenated is not a container's name
    (
        "not-ready containers in running pods",
        "SELECT namespace, pod, name FROM containers WHERE NOT ready AND pod_status = 'Running'",
    ),
    ("initContainer images", "SELECT DISTINCT image FROM containers WHERE type = 'init'"),
    # either probe: no one kind of probe
    (
        "liveness/readiness probe failures",
        "SELECT namespace, involved_name, message FROM events WHERE reason = 'Unhealthy'",
    ),
    (
        "pods failing liveness or readiness probes",
        "SELECT DISTINCT namespace, involved_name FROM events WHERE reason = 'Unhealthy' AND involved_kind = 'Pod'",
    ),
    (
        "kinds of objects with warning events",
        "SELECT DISTINCT involved_kind FROM events WHERE type = 'Warning'",
    ),
    (
        "which namespaces are free of warnings?",
        "SELECT n.name FROM namespaces n WHERE NOT EXISTS "
        "(SELECT 1 FROM events e WHERE e.namespace = n.name AND e.type = 'Warning')",
    ),
    ("pods that failed scheduling", "SELECT namespace, name FROM pods WHERE NOT scheduled"),
]

REAL = [
    (
        "which containers define MAX_HEAP_SIZE?",
        "SELECT namespace, pod, name FROM containers WHERE list_contains(env_names, 'MAX_HEAP_SIZE')",
    ),
    (
        "containers with MAX_HEAP_SIZE in their env",
        "SELECT namespace, pod, name FROM containers WHERE list_contains(env_names, 'MAX_HEAP_SIZE')",
    ),
    (
        "pods in shop with DISABLE_PROFILER set",
        "SELECT DISTINCT pod FROM containers WHERE namespace = 'shop' AND list_contains(env_names, 'DISABLE_PROFILER')",
    ),
    # "on port": what the container does, not a container named "o…"
    (
        "pods with a container on port 50051",
        "SELECT DISTINCT namespace, pod FROM containers WHERE list_contains(ports, '50051/TCP')",
    ),
    # "by the node-controller": a source, not per node
    (
        "events reported by the node-controller",
        "SELECT namespace, object, reason FROM events WHERE source = 'node-controller'",
    ),
]

HERE = [
    (
        "team-b",
        "unmanaged pods in this namespace",
        "SELECT name FROM pods WHERE namespace = 'team-b' AND owner_name IS NULL",
    ),
]


@pytest.mark.parametrize(("question", "sql"), DEMO)
def test_demo_paraphrases(translator, engine, question, sql):
    assert_same_rows(translator, engine, question, sql, columns=True)


@pytest.mark.parametrize(("question", "sql"), REAL)
def test_real_paraphrases(real_translator, real_engine, question, sql):
    assert_same_rows(real_translator, real_engine, question, sql, columns=True)


@pytest.mark.parametrize(("namespace", "question", "sql"), HERE)
def test_paraphrases_in_a_namespace(real_translator, real_engine, namespace, question, sql):
    assert_same_rows(real_translator, real_engine, question, sql, columns=True, namespace=namespace)
