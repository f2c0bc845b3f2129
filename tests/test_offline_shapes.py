"""Compositional shapes: a yes/no state counted both ways, shares per group, a count beside a sum, the
largest value per group, groups kept by how many they hold, ranges, and two counts of one object compared."""

from __future__ import annotations

import pytest

from tests.test_offline import assert_same_rows

DEMO_SHAPES = [
    # a yes/no state said both ways: one count per value of it
    ("how many nodes are ready vs not ready?", "SELECT ready, count(*) FROM nodes GROUP BY ready"),
    ("how many pods are ready vs not ready?", "SELECT is_ready, count(*) FROM pods GROUP BY is_ready"),
    (
        "how many nodes are cordoned and how many are schedulable?",
        "SELECT unschedulable, count(*) FROM nodes GROUP BY unschedulable",
    ),
    (
        "how many deployments are available vs unavailable?",
        "SELECT available, count(*) FROM deployments GROUP BY available",
    ),
    ("count of suspended vs active cronjobs", "SELECT suspend, count(*) FROM cronjobs GROUP BY suspend"),
    ("scheduled vs unscheduled pods", "SELECT scheduled, count(*) FROM pods GROUP BY scheduled"),
    # shares: of all, and per group
    (
        "what share of the events are warnings?",
        "SELECT 100.0 * count(*) FILTER (WHERE type = 'Warning') / count(*) FROM events",
    ),
    (
        "percentage of ready pods per namespace",
        "SELECT namespace, 100.0 * count(*) FILTER (WHERE is_ready) / count(*) FROM pods GROUP BY namespace",
    ),
    (
        "what percentage of pods in each namespace are running?",
        "SELECT namespace, 100.0 * count(*) FILTER (WHERE status = 'Running') / count(*) FROM pods "
        "GROUP BY namespace",
    ),
    (
        "what percentage of nodes are cordoned?",
        "SELECT 100.0 * count(*) FILTER (WHERE unschedulable) / count(*) FROM nodes",
    ),
    # groups kept by what they hold
    ("namespaces with more than 50 pods", "SELECT namespace FROM pods GROUP BY namespace HAVING count(*) > 50"),
    (
        "nodes whose pods request more than 8 cores in total",
        "SELECT node FROM pods WHERE node IS NOT NULL GROUP BY node HAVING sum(cpu_request) > 8",
    ),
    # ranges, and two counts of one object compared
    (
        "pvcs between 10 and 100 GiB",
        "SELECT namespace, name FROM persistentvolumeclaims "
        "WHERE storage_request BETWEEN 10 * 1024 ^ 3 AND 100 * 1024 ^ 3",
    ),
    ("jobs with more failed pods than succeeded", "SELECT namespace, name FROM jobs WHERE failed > succeeded"),
    (
        "deployments where up-to-date replicas are fewer than desired",
        "SELECT namespace, name FROM deployments WHERE up_to_date < desired",
    ),
    # a state and why: what the object says about it
    ("evicted pods with the reason message", "SELECT namespace, name, message FROM pods WHERE reason = 'Evicted'"),
    ("failed jobs and why", "SELECT namespace, name, failure_reason FROM jobs WHERE status = 'Failed'"),
    # already read: the one with the most, a two-level grouping
    (
        "namespace with the most warning events",
        "SELECT namespace, count(*) AS n FROM events WHERE type = 'Warning' GROUP BY namespace "
        "ORDER BY n DESC LIMIT 1",
    ),
    ("pods per namespace per status", "SELECT namespace, status, count(*) FROM pods GROUP BY namespace, status"),
]

REAL_SHAPES = [
    ("node count by Ready status", "SELECT ready, count(*) FROM nodes GROUP BY ready"),
    (
        "ready and unready pods per namespace",
        "SELECT namespace, is_ready, count(*) FROM pods GROUP BY namespace, is_ready",
    ),
    (
        "how many pods use host networking and how many don't?",
        "SELECT host_network, count(*) FROM pods GROUP BY host_network",
    ),
    ("headless vs normal services, counted", "SELECT headless, count(*) FROM services GROUP BY headless"),
    (
        "namespaces requesting more than 2 cpu cores in total",
        "SELECT namespace FROM pods GROUP BY namespace HAVING sum(cpu_request) > 2",
    ),
    ("which namespaces have exactly 3 pods?", "SELECT namespace FROM pods GROUP BY namespace HAVING count(*) = 3"),
    (
        "how many namespaces have more than 5 pods?",
        "SELECT count(*) FROM (SELECT namespace FROM pods GROUP BY namespace HAVING count(*) > 5)",
    ),
    (
        "nodes with between 10 and 30 pods",
        "SELECT node FROM pods WHERE node IS NOT NULL GROUP BY node HAVING count(*) BETWEEN 10 AND 30",
    ),
    (
        "pods per node per status",
        "SELECT node, status, count(*) FROM pods WHERE node IS NOT NULL GROUP BY node, status",
    ),
    ("pods with restarts between 3 and 10", "SELECT namespace, name FROM pods WHERE restarts BETWEEN 3 AND 10"),
    ("how many pods have at least one restart?", "SELECT count(*) FROM pods WHERE restarts >= 1"),
    (
        "pods with fewer ready containers than containers",
        "SELECT namespace, name FROM pods WHERE ready_containers < total_containers",
    ),
    # already read
    ("pods that are evicted and why", "SELECT namespace, name, message FROM pods WHERE reason = 'Evicted'"),
    (
        "which namespace has the most services?",
        "SELECT namespace, count(*) AS n FROM services GROUP BY namespace ORDER BY n DESC LIMIT 1",
    ),
]


@pytest.mark.parametrize(("question", "sql"), DEMO_SHAPES)
def test_shapes_on_the_demo_cluster(translator, engine, question, sql):
    assert_same_rows(translator, engine, question, sql, columns=True)


@pytest.mark.parametrize(("question", "sql"), REAL_SHAPES)
def test_shapes_on_the_real_cluster(real_translator, real_engine, question, sql):
    assert_same_rows(real_translator, real_engine, question, sql, columns=True)
