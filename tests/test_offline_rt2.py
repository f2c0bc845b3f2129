"""Resources and rankings asked in new ways: the value of an extreme ("the highest cpu request in data"),
the second of a ranking, whole-cluster capacity, requests said with "don't" or "neither … nor", the least
used quota, hpas at their minimum, a limit range's column said after its two-word kind."""

from __future__ import annotations

import pytest

from tests.test_offline import assert_same_rows

DEMO = [
    # an extreme asked as an amount, with no object asked for: the value itself
    (
        "largest memory limit of any pod in checkout",
        "SELECT max(memory_limit) FROM pods WHERE namespace = 'checkout'",
    ),
    ("highest restart count in payments", "SELECT max(restarts) FROM pods WHERE namespace = 'payments'"),
    (
        "what is the highest cpu request in data?",
        "SELECT max(cpu_request) FROM pods WHERE namespace = 'data'",
    ),
    (
        "lowest cpu request in the payments namespace",
        "SELECT min(cpu_request) FROM pods WHERE namespace = 'payments'",
    ),
    # ... but the object when one is asked for
    (
        "which pod has the highest cpu limit?",
        "SELECT namespace, name, cpu_limit FROM pods ORDER BY cpu_limit DESC LIMIT 1",
    ),
    # the second (third …) of a ranking: the one after the first
    (
        "second biggest deployment by replicas",
        "SELECT namespace, name, desired FROM deployments ORDER BY desired DESC LIMIT 1 OFFSET 1",
    ),
    (
        "second largest namespace by pod count",
        "SELECT namespace, count(*) AS pods FROM pods GROUP BY namespace ORDER BY pods DESC LIMIT 1 OFFSET 1",
    ),
    # requests said with "don't" or "neither … nor"
    (
        "pods that set neither a cpu nor a memory request",
        "SELECT namespace, name FROM pods WHERE cpu_request IS NULL AND memory_request IS NULL",
    ),
    (
        "pods that don't request memory in checkout",
        "SELECT name FROM pods WHERE namespace = 'checkout' AND memory_request IS NULL",
    ),
    # the whole cluster's capacity
    ("how many cpu cores does the cluster have in total?", "SELECT sum(cpu_capacity) FROM nodes"),
    ("how much allocatable cpu does the cluster have?", "SELECT sum(cpu_allocatable) FROM nodes"),
    ("total memory capacity of the cluster in GiB", "SELECT sum(memory_capacity) / 1024 ^ 3 FROM nodes"),
    # quotas ranked the other way
    (
        "which resource quota is the least used?",
        "SELECT namespace, name, max_usage_percent FROM resourcequotas ORDER BY max_usage_percent LIMIT 1",
    ),
    # hpas scaled all the way up, said as a percentage
    (
        "hpas at 100% of max replicas",
        "SELECT namespace, name FROM horizontalpodautoscalers WHERE current_replicas >= max_replicas",
    ),
    # a range said with "between": both ends
    (
        "pods requesting between 1 and 2 cpu",
        "SELECT namespace, name FROM pods WHERE cpu_request BETWEEN 1 AND 2",
    ),
    ("pods with between 1 and 5 restarts", "SELECT namespace, name FROM pods WHERE restarts BETWEEN 1 AND 5"),
    # groups kept by what their pods request in all
    (
        "which namespaces request more than 10 cores in total?",
        "SELECT namespace FROM pods GROUP BY namespace HAVING sum(cpu_request) > 10",
    ),
    (
        "namespaces requesting over 20Gi of memory",
        "SELECT namespace FROM pods GROUP BY namespace HAVING sum(memory_request) > 20 * 1024 ^ 3",
    ),
    # nodes kept by the share of their allocatable requested
    (
        "nodes with more than 50% of their allocatable cpu requested",
        "SELECT n.name FROM nodes n JOIN pods p ON p.node = n.name GROUP BY n.name, n.cpu_allocatable "
        "HAVING 100.0 * sum(p.cpu_request) / n.cpu_allocatable > 50",
    ),
    (
        "which nodes have over 30 percent of their memory requested?",
        "SELECT n.name FROM nodes n JOIN pods p ON p.node = n.name GROUP BY n.name, n.memory_allocatable "
        "HAVING 100.0 * sum(p.memory_request) / n.memory_allocatable > 30",
    ),
    # "fewest first" sorts, it does not pick one
    (
        "how many pods does each node run, fewest first",
        "SELECT node, count(*) AS pods FROM pods WHERE node IS NOT NULL GROUP BY node ORDER BY pods",
    ),
    # what the pods on the nodes of a zone request, in the unit asked
    (
        "total memory requested on nodes in us-east-1b in GiB",
        "SELECT sum(p.memory_request) / 1024 ^ 3 FROM pods p JOIN nodes n ON p.node = n.name "
        "WHERE n.zone = 'us-east-1b'",
    ),
    (
        "total memory requested in us-east-1a in GiB",
        "SELECT sum(p.memory_request) / 1024 ^ 3 FROM pods p JOIN nodes n ON p.node = n.name "
        "WHERE n.zone = 'us-east-1a'",
    ),
    # already read well: kept so
    ("how many pods have no memory request?", "SELECT count(*) FROM pods WHERE memory_request IS NULL"),
    (
        "top 3 containers by memory limit",
        "SELECT namespace, pod, name, memory_limit FROM containers ORDER BY memory_limit DESC NULLS LAST LIMIT 3",
    ),
    (
        "which 3 nodes have the most free memory (allocatable minus requests)?",
        "SELECT n.name, n.memory_allocatable - sum(p.memory_request) AS free FROM nodes n JOIN pods p "
        "ON p.node = n.name GROUP BY n.name, n.memory_allocatable ORDER BY free DESC LIMIT 3",
    ),
]

REAL = [
    ("how much memory does the cluster have in GiB?", "SELECT sum(memory_capacity) / 1024 ^ 3 FROM nodes"),
    ("how many pods don't request any cpu?", "SELECT count(*) FROM pods WHERE cpu_request IS NULL"),
    (
        "which node has the most cpu cores?",
        "SELECT name, cpu_capacity FROM nodes ORDER BY cpu_capacity DESC LIMIT 1",
    ),
    (
        "which node has the most cpu capacity?",
        "SELECT name, cpu_capacity FROM nodes ORDER BY cpu_capacity DESC LIMIT 1",
    ),
    (
        "what is the biggest memory request in shop?",
        "SELECT max(memory_request) FROM pods WHERE namespace = 'shop'",
    ),
    ("what's the largest cpu request of any container?", "SELECT max(cpu_request) FROM containers"),
    ("second oldest node", "SELECT name FROM nodes ORDER BY created LIMIT 1 OFFSET 1"),
    (
        "team-a limit range default cpu limit",
        "SELECT name, default_cpu_limit FROM limitranges WHERE namespace = 'team-a'",
    ),
    (
        "hpas running at their minimum replicas",
        "SELECT namespace, name FROM horizontalpodautoscalers WHERE current_replicas = min_replicas",
    ),
    # already read well: kept so
    (
        "team-b quota usage percent",
        "SELECT namespace, name, max_usage_percent FROM resourcequotas WHERE namespace = 'team-b'",
    ),
    (
        "smallest pvc",
        "SELECT namespace, name, storage_request FROM persistentvolumeclaims ORDER BY storage_request LIMIT 1",
    ),
]


@pytest.mark.parametrize(("question", "sql"), DEMO)
def test_resources_and_rankings_demo(translator, engine, question, sql):
    assert_same_rows(translator, engine, question, sql, columns=True)


@pytest.mark.parametrize(("question", "sql"), REAL)
def test_resources_and_rankings_real(real_translator, real_engine, question, sql):
    assert_same_rows(real_translator, real_engine, question, sql, columns=True)


def test_an_ordinal_is_no_extreme_value(translator):
    """ "the 2nd highest memory request" is not the highest one."""
    t = translator.translate("what is the 2nd highest memory request in data?")
    assert "max(" not in t.sql and "OFFSET 1" in t.sql, t.sql
