"""Invariant 4: pushdown never changes an answer.

Every query runs twice on the same source: once with the plan's fetches
(namespaces, selectors, metadata-only), once with every fetch replaced by an
unfiltered list of whole objects. The answers must be the same multiset of
rows. The plans themselves are pinned by golden fixtures.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from kubequery.compiler.plan import Fetch
from kubequery.engine import Engine
from kubequery.sources.base import Listing

FIXTURES = Path(__file__).parent / "fixtures" / "pushdown.txt"


class Unfiltered:
    """The same source, but every list call is cluster-wide, unselected and whole."""

    def __init__(self, inner):
        self.inner = inner
        self.now = inner.now
        self.description = inner.description
        self.calls: list[Fetch] = []

    def list(self, table, fetch: Fetch) -> Listing:
        self.calls.append(fetch)
        return self.inner.list(table, Fetch())


QUERIES = [
    # namespaces
    "SELECT name FROM pods WHERE namespace = 'payments'",
    "SELECT name FROM pods WHERE namespace = 'shop'",
    "SELECT name, namespace FROM pods WHERE namespace IN ('payments', 'checkout', 'shop', 'team-b')",
    "SELECT name FROM pods WHERE namespace = 'payments' OR namespace = 'team-a'",
    "SELECT name FROM pods WHERE namespace = 'payments' AND namespace = 'checkout'",
    "SELECT name FROM pods WHERE namespace != 'kube-system'",
    "SELECT name FROM pods WHERE namespace NOT IN ('kube-system', 'monitoring')",
    "SELECT name FROM pods WHERE NOT (namespace = 'kube-system')",
    "SELECT name FROM pods WHERE namespace = 'payments' OR restarts > 3",
    "SELECT name FROM pods WHERE namespace = 'no-such-namespace'",
    "SELECT name FROM pods WHERE 'payments' = namespace",
    # labels
    "SELECT name FROM pods WHERE labels['app'] = 'checkout-api'",
    "SELECT name FROM pods WHERE labels['app'] IN ('checkout-api', 'cart-service', 'frontend', 'cartservice')",
    "SELECT name FROM pods WHERE labels['app'] != 'checkout-api'",
    "SELECT name FROM pods WHERE labels['app'] NOT IN ('checkout-api', 'frontend')",
    "SELECT name FROM pods WHERE labels['app'] IS NULL",
    "SELECT name FROM pods WHERE labels['app'] IS NOT NULL",
    "SELECT name FROM pods WHERE labels['app.kubernetes.io/name'] IS NOT NULL",
    "SELECT name FROM pods WHERE labels['app'] = 'has space'",
    "SELECT name FROM pods WHERE labels['app'] = ''",
    "SELECT name FROM pods WHERE labels['tier'] = 'frontend' AND namespace = 'team-a'",
    "SELECT name FROM pods WHERE labels['app'] LIKE 'check%'",
    "SELECT name FROM deployments WHERE labels['app'] = 'checkout-api'",
    # fields
    "SELECT name FROM pods WHERE phase = 'Running'",
    "SELECT name FROM pods WHERE phase != 'Running'",
    "SELECT name FROM pods WHERE phase IN ('Pending', 'Failed')",
    "SELECT name FROM pods WHERE phase NOT IN ('Running', 'Succeeded')",
    "SELECT name FROM pods WHERE node = 'worker-3'",
    "SELECT name FROM pods WHERE node IS NULL",
    "SELECT name FROM pods WHERE name = 'cassandra-2'",
    "SELECT name FROM pods WHERE service_account = 'default' AND namespace = 'team-b'",
    "SELECT name FROM nodes WHERE unschedulable",
    "SELECT name FROM nodes WHERE NOT unschedulable",
    "SELECT name FROM nodes WHERE unschedulable = false",
    "SELECT name, type FROM secrets WHERE type = 'kubernetes.io/tls'",
    "SELECT reason, count(*) FROM events WHERE type = 'Warning' GROUP BY reason",
    "SELECT involved_name FROM events WHERE involved_kind = 'Pod' AND reason = 'BackOff'",
    "SELECT name FROM namespaces WHERE name = 'payments'",
    # metadata-only and counts
    "SELECT count(*) FROM pods",
    "SELECT count(*) FROM containers",
    "SELECT namespace, count(*) FROM pods GROUP BY namespace",
    "SELECT name, labels, annotations, owner_kind, owner_name, age FROM pods WHERE namespace = 'payments'",
    "SELECT namespace, count(*) FROM configmaps GROUP BY ALL",
    # containers read pods
    "SELECT pod, name, image FROM containers WHERE namespace = 'payments' AND is_init",
    "SELECT pod, name FROM containers WHERE node = 'worker-1' AND restarts > 0",
    # joins, including outer joins with conditions on the nullable side
    "SELECT p.name, n.name FROM pods p JOIN nodes n ON p.node = n.name WHERE p.namespace = 'payments' AND NOT n.unschedulable",
    "SELECT s.name FROM services s LEFT JOIN endpoints e ON e.namespace = s.namespace AND e.name = s.name WHERE e.labels['app'] IS NULL",
    "SELECT s.name FROM services s LEFT JOIN endpoints e ON e.namespace = s.namespace AND e.name = s.name WHERE e.name IS NULL",
    "SELECT p.name, n.name FROM nodes n RIGHT JOIN pods p ON p.node = n.name WHERE n.labels['kubernetes.io/os'] IS NULL",
    "SELECT p.name FROM pods p FULL JOIN nodes n ON p.node = n.name WHERE p.labels['app'] IS NULL AND n.labels['x'] IS NULL",
    "SELECT d.name, count(p.name) FROM deployments d LEFT JOIN replicasets r ON r.owner_name = d.name AND r.namespace = d.namespace LEFT JOIN pods p ON p.owner_name = r.name AND p.namespace = r.namespace WHERE d.namespace = 'checkout' GROUP BY d.name",
    # a table read twice with different conditions
    "SELECT a.name FROM pods a JOIN pods b ON a.node = b.node WHERE a.namespace = 'payments' AND b.namespace = 'data'",
    "SELECT name FROM pods WHERE namespace = 'payments' UNION ALL SELECT name FROM pods WHERE namespace = 'checkout'",
    "SELECT name FROM pods WHERE namespace = 'payments' AND node IN (SELECT name FROM nodes WHERE unschedulable)",
    "SELECT name FROM pods p WHERE namespace = 'ml' AND EXISTS (SELECT 1 FROM events e WHERE e.involved_name = p.name AND e.type = 'Warning')",
    "WITH crash AS (SELECT * FROM pods WHERE status = 'CrashLoopBackOff' AND namespace = 'payments') SELECT name FROM crash",
    "SELECT * FROM pods WHERE namespace = 'payments' ORDER BY name LIMIT 3",
    "SELECT name FROM pods WHERE (namespace = 'payments') AND (labels['app'] = 'fraud-detector' OR labels['app'] = 'ledger')",
]


def _rows(result) -> Counter:
    return Counter(tuple(map(repr, row)) for row in result.rows)


@pytest.mark.parametrize("source_name", ["demo", "real"])
@pytest.mark.parametrize("sql", QUERIES)
def test_pushdown_gives_the_same_answer_as_an_unfiltered_fetch(sql, source_name, request, catalog):
    source = request.getfixturevalue(source_name)
    pushed = Engine(source, catalog).query(sql)
    unfiltered_source = Unfiltered(source)
    unfiltered = Engine(unfiltered_source, catalog).query(sql)
    assert _rows(pushed) == _rows(unfiltered)
    assert pushed.objects_fetched <= unfiltered.objects_fetched


def test_the_checks_cover_non_trivial_answers(demo, catalog):
    """Guard against a suite of queries that all return nothing."""
    engine = Engine(demo, catalog)
    non_empty = sum(1 for sql in QUERIES if engine.query(sql).rows)
    assert non_empty >= len(QUERIES) * 0.75


def _golden_cases() -> list[tuple[str, str]]:
    blocks = [b.strip() for b in FIXTURES.read_text().split("\n\n") if b.strip()]
    cases = []
    for block in blocks:
        lines = [line for line in block.splitlines() if not line.startswith("#")]
        if not lines:
            continue
        cases.append((lines[0], "\n".join(lines[1:])))
    return cases


def plan_summary(plan) -> str:
    lines = []
    for tp in plan.tables:
        fetches = " | ".join(f.describe() for f in tp.fetches) or "nothing"
        lines.append(f"{tp.table}: {fetches}")
    return "\n".join(lines)


@pytest.mark.parametrize(("sql", "expected"), _golden_cases())
def test_golden_plans(sql, expected, demo_engine):
    assert plan_summary(demo_engine.explain(sql)) == expected
