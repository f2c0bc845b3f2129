"""New intents of the namespace tier, follow-ups and containers (asked in a namespace, or after earlier
turns): each answered with the rows and columns a careful kubectl user would write by hand."""

from __future__ import annotations

import pytest

from eval.harness.cases import Turn
from tests.test_offline import ctx

# (asker's namespace, earlier turns, question, expected SQL)
DEMO = [
    ("payments", (), "how many pods do I have?", "SELECT count(*) FROM pods WHERE namespace = 'payments'"),
    (
        "data",
        (),
        "my statefulsets and their ready count",
        "SELECT name, ready FROM statefulsets WHERE namespace = 'data'",
    ),
    (
        None,
        (),
        "which team owns each namespace?",
        "SELECT name, labels['team'] FROM namespaces",
    ),
    (
        None,
        (),
        "namespaces with no pods",
        "SELECT name FROM namespaces WHERE name NOT IN (SELECT namespace FROM pods)",
    ),
    (
        None,
        (),
        "images used in more than 10 containers",
        "SELECT image FROM containers GROUP BY image HAVING count(*) > 10",
    ),
    (
        None,
        (Turn("deployments in data", "SELECT name FROM deployments WHERE namespace = 'data'"),),
        "and their images?",
        "SELECT name, images FROM deployments WHERE namespace = 'data'",
    ),
    (
        None,
        (Turn("pods on worker-3", "SELECT namespace, name FROM pods WHERE node = 'worker-3'"),),
        "what about worker-4?",
        "SELECT namespace, name FROM pods WHERE node = 'worker-4'",
    ),
    (
        None,
        (
            Turn(
                "top 5 pods by restarts",
                "SELECT namespace, name, restarts FROM pods ORDER BY restarts DESC LIMIT 5",
            ),
        ),
        "make it 10",
        "SELECT namespace, name, restarts FROM pods ORDER BY restarts DESC LIMIT 10",
    ),
    (
        None,
        (Turn("crashlooping pods", "SELECT namespace, name FROM pods WHERE status = 'CrashLoopBackOff'"),),
        "how many restarts each?",
        "SELECT namespace, name, restarts FROM pods WHERE status = 'CrashLoopBackOff'",
    ),
    (
        None,
        (Turn("pvcs in data", "SELECT name FROM persistentvolumeclaims WHERE namespace = 'data'"),),
        "count per storage class",
        "SELECT storage_class, count(*) FROM persistentvolumeclaims WHERE namespace = 'data' GROUP BY storage_class",
    ),
    (
        None,
        (
            Turn(
                "deployments in payments with replica counts",
                "SELECT name, desired FROM deployments WHERE namespace = 'payments'",
            ),
        ),
        "top 3",
        "SELECT name, desired FROM deployments WHERE namespace = 'payments' ORDER BY desired DESC LIMIT 3",
    ),
    (
        None,
        (
            Turn(
                "deployments in payments with replica counts",
                "SELECT name, desired FROM deployments WHERE namespace = 'payments'",
            ),
        ),
        "drop the replicas, just names",
        "SELECT name FROM deployments WHERE namespace = 'payments'",
    ),
    (
        None,
        (
            Turn(
                "deployments in payments with replica counts",
                "SELECT name, desired FROM deployments WHERE namespace = 'payments'",
            ),
        ),
        "and in checkout?",
        "SELECT name, desired FROM deployments WHERE namespace = 'checkout'",
    ),
    (
        None,
        (
            Turn(
                "deployments in data with replica counts",
                "SELECT name, desired FROM deployments WHERE namespace = 'data'",
            ),
        ),
        "what about statefulsets?",
        "SELECT name, desired FROM statefulsets WHERE namespace = 'data'",
    ),
    (
        None,
        (),
        "containers whose last exit code was non-zero",
        "SELECT namespace, pod, name FROM containers WHERE last_exit_code <> 0",
    ),
    (
        None,
        (Turn("pods per namespace", "SELECT namespace, count(*) FROM pods GROUP BY namespace"),),
        "bottom 3",
        "SELECT namespace, count(*) AS pods FROM pods GROUP BY namespace ORDER BY pods ASC LIMIT 3",
    ),
    (
        None,
        (Turn("images in payments", "SELECT DISTINCT image FROM containers WHERE namespace = 'payments'"),),
        "how many?",
        "SELECT count(DISTINCT image) FROM containers WHERE namespace = 'payments'",
    ),
]

REAL = [
    (
        "team-b",
        (),
        "po here with restart counts",
        "SELECT name, restarts FROM pods WHERE namespace = 'team-b'",
    ),
    (
        None,
        (),
        "namespaces per environment",
        "SELECT labels['environment'], count(*) FROM namespaces GROUP BY 1",
    ),
    (
        None,
        (),
        "which containers expose port 8080?",
        "SELECT namespace, pod, name FROM containers WHERE list_contains(ports, '8080/TCP')",
    ),
    (
        None,
        (),
        "containers with a read-only root filesystem",
        "SELECT namespace, pod, name FROM containers WHERE json_extract_string(raw, '$.securityContext.readOnlyRootFilesystem') = 'true'",
    ),
    (
        None,
        (),
        "containers that allow privilege escalation",
        "SELECT namespace, pod, name FROM containers WHERE json_extract_string(raw, '$.securityContext.allowPrivilegeEscalation') = 'true'",
    ),
    (
        None,
        (),
        "container pull policies in team-b",
        "SELECT pod, name, image_pull_policy FROM containers WHERE namespace = 'team-b'",
    ),
    (
        None,
        (),
        "containers running as non-root",
        "SELECT namespace, pod, name FROM containers WHERE json_extract_string(raw, '$.securityContext.runAsNonRoot') = 'true'",
    ),
    (
        None,
        (),
        "what tag does the redis container use?",
        "SELECT DISTINCT image FROM containers WHERE name = 'redis'",
    ),
    (
        None,
        (),
        "total restarts per container image",
        "SELECT image, sum(restarts) FROM containers GROUP BY image",
    ),
    (
        None,
        (Turn("crashlooping pods", "SELECT namespace, name FROM pods WHERE status = 'CrashLoopBackOff'"),),
        "and how long ago were they created?",
        "SELECT namespace, name, age FROM pods WHERE status = 'CrashLoopBackOff'",
    ),
    (
        None,
        (Turn("pods in team-a", "SELECT name FROM pods WHERE namespace = 'team-a'"),),
        "add the node",
        "SELECT name, node FROM pods WHERE namespace = 'team-a'",
    ),
    (
        None,
        (
            Turn("containers in shop", "SELECT pod, name FROM containers WHERE namespace = 'shop'"),
            Turn(
                "which ones restarted?",
                "SELECT pod, name FROM containers WHERE namespace = 'shop' AND restarts > 0",
            ),
        ),
        "how many is that?",
        "SELECT count(*) FROM containers WHERE namespace = 'shop' AND restarts > 0",
    ),
    (
        "shop",
        (Turn("my deployments", "SELECT name FROM deployments WHERE namespace = 'shop'"),),
        "and in team-a?",
        "SELECT name FROM deployments WHERE namespace = 'team-a'",
    ),
    (
        None,
        (
            Turn(
                "containers that restarted", "SELECT namespace, pod, name FROM containers WHERE restarts > 0"
            ),
        ),
        "and the exit codes?",
        "SELECT namespace, pod, name, last_exit_code FROM containers WHERE restarts > 0",
    ),
    (
        None,
        (
            Turn(
                "containers in kube-system",
                "SELECT pod, name FROM containers WHERE namespace = 'kube-system'",
            ),
        ),
        "any of them privileged?",
        "SELECT pod, name FROM containers WHERE namespace = 'kube-system' AND json_extract_string(raw, '$.securityContext.privileged') = 'true'",
    ),
    (
        None,
        (),
        "which containers were OOMKilled last time?",
        "SELECT namespace, pod, name FROM containers WHERE last_reason = 'OOMKilled'",
    ),
]


def _same(translator, engine, namespace, turns, question, sql):
    t = translator.translate(question, context=ctx(namespace, turns))
    assert not t.declined, t.message
    expected = engine.query(sql)
    got = engine.query(t.sql)
    assert expected.rows and sorted(got.rows, key=repr) == sorted(expected.rows, key=repr), t.sql
    assert len(got.columns) == len(expected.columns), t.sql


@pytest.mark.parametrize(("namespace", "turns", "question", "sql"), DEMO)
def test_demo_new_intents(translator, engine, namespace, turns, question, sql):
    _same(translator, engine, namespace, turns, question, sql)


@pytest.mark.parametrize(("namespace", "turns", "question", "sql"), REAL)
def test_real_new_intents(real_translator, real_engine, namespace, turns, question, sql):
    _same(real_translator, real_engine, namespace, turns, question, sql)


def test_root_alone_stays_unread(translator):
    t = translator.translate("pods running as root", context=ctx())
    assert t.declined and "'root'" in t.message
