"""Stop 45: the newest (or oldest) object per owner ("the latest job of each cron job"); the largest value
in each group ("highest restart count per namespace"); namespaces and nodes ranked by how many of the
other their pods span; calendar years ("created before 2026"); a source named by its last word ("what is
the scheduler saying?"); objects used by pods in a state ("pvcs used by running pods"); a vowel left out of
a short word ("ownr")."""

from __future__ import annotations

import pytest

from tests.test_offline import assert_same_rows, ctx


@pytest.mark.parametrize(
    ("question", "gold", "namespace"),
    [
        # per owner: the newest object it owns, beside the owner's name
        ("what's the latest job of each cron job?", "SELECT namespace, owner_name, arg_max(name, created) "
         "FROM jobs WHERE owner_kind = 'CronJob' GROUP BY namespace, owner_name", None),
        ("most recent job per cj", "SELECT namespace, owner_name, arg_max(name, created) "
         "FROM jobs WHERE owner_kind = 'CronJob' GROUP BY namespace, owner_name", None),
        ("oldest pod of each statefulset", "SELECT namespace, owner_name, arg_min(name, created) "
         "FROM pods WHERE owner_kind = 'StatefulSet' GROUP BY namespace, owner_name", None),
        # the largest value in each group, not the group with the largest sum
        ("highest pod restart count in each namespace",
         "SELECT namespace, max(restarts) FROM pods GROUP BY namespace", None),
        ("whats the most restarts any single pod has, per namespase?",
         "SELECT namespace, max(restarts) FROM pods GROUP BY namespace", None),
        # a count of the other place, ranked
        ("which node hosts pods from the fewest namespaces?", "SELECT node, count(DISTINCT namespace) AS n "
         "FROM pods WHERE node IS NOT NULL GROUP BY node ORDER BY n LIMIT 1", None),
        # desired minus ready, said as how far short
        ("which deployment is short the most replicas?", "SELECT namespace, name, desired - ready_replicas AS m "
         "FROM deployments ORDER BY m DESC LIMIT 1", None),
        ("dployment thats furthest from its desired replica count", "SELECT namespace, name, "
         "desired - ready_replicas AS m FROM deployments ORDER BY m DESC LIMIT 1", None),
        # a year
        ("deployments created before 2026", "SELECT namespace, name FROM deployments "
         "WHERE created < TIMESTAMP '2026-01-01'", None),
        ("pods created in 2025", "SELECT namespace, name FROM pods WHERE created >= TIMESTAMP '2025-01-01' "
         "AND created < TIMESTAMP '2026-01-01'", None),
        # "pod restarts" in a window: when they last restarted, not when they were made
        ("any pod restarts in the last five minuts?", "SELECT namespace, name FROM pods "
         "WHERE last_restart > now() - INTERVAL 5 MINUTE", None),
        # the pods' state, not the connector "running"
        ("pvcs used by running pods", "SELECT DISTINCT c.namespace, c.name FROM persistentvolumeclaims c "
         "JOIN pods p ON p.namespace = c.namespace AND list_contains(p.pvcs, c.name) "
         "WHERE p.status = 'Running'", None),
        ("service accounts used by running pods", "SELECT DISTINCT a.namespace, a.name FROM serviceaccounts a "
         "JOIN pods p ON p.namespace = a.namespace AND p.service_account = a.name "
         "WHERE p.status = 'Running'", None),
        ("nodes with less than 4 cores allocatable", "SELECT name FROM nodes WHERE cpu_allocatable < 4", None),
        # a vowel left out of a short word
        ("pods that dont have any ownr", "SELECT namespace, name FROM pods WHERE owner_name IS NULL", None),
    ],
)
def test_demo(translator, engine, question, gold, namespace):
    assert_same_rows(translator, engine, question, gold, columns=True, namespace=namespace)


@pytest.mark.parametrize(
    ("question", "gold", "namespace"),
    [
        ("what is the scheduler saying?", "SELECT namespace, object, message FROM events "
         "WHERE source = 'default-scheduler'", None),
        ("what is the scheduler complaining about?", "SELECT namespace, object, reason FROM events "
         "WHERE source = 'default-scheduler'", None),
        ("which node hosts pods from the most namespaces?", "SELECT node, count(DISTINCT namespace) AS n "
         "FROM pods WHERE node IS NOT NULL GROUP BY node ORDER BY n DESC LIMIT 1", None),
        # no such pod: the controller's FailedCreate events say it
        ("which daemonsets failed to create pods?", "SELECT DISTINCT namespace, involved_name FROM events "
         "WHERE involved_kind = 'DaemonSet' AND reason = 'FailedCreate'", None),
    ],
)
def test_real_cluster(real_translator, real_engine, question, gold, namespace):
    assert_same_rows(real_translator, real_engine, question, gold, columns=True, namespace=namespace)


@pytest.mark.parametrize(
    "question", ["which init containers are still running?", "running init containers", "init containers in running state"]
)
def test_running_init_containers_keep_their_state(translator, question):
    # no init container runs in the demo cluster: the state must still be asked, not every init container
    t = translator.translate(question, context=ctx(None, ()))
    assert not t.declined and "state = 'running'" in t.sql and "is_init" in t.sql
