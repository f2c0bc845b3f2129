"""Invariant 4 under random conditions: seeded random WHERE clauses over pods and nodes
(AND, OR, NOT, IN, IS NULL, joins on both sides) answer the same with and without pushdown."""

from __future__ import annotations

import random

import pytest

from kubequery.engine import Engine

from .test_pushdown import Unfiltered, _rows

NAMESPACES = ["payments", "checkout", "data", "kube-system", "ml", "nope"]
APPS = ["fraud-detector", "checkout-api", "storefront", "kafka", "coredns", "nope"]
PHASES = ["Running", "Pending", "Failed", "Succeeded"]
NODES = ["worker-1", "worker-4", "worker-7", "cp-1"]
NODE_LABELS = ["node-role.kubernetes.io/control-plane", "topology.kubernetes.io/zone", "nope"]


def _quote(values: list[str]) -> str:
    return ", ".join(f"'{v}'" for v in values)


def pod_atom(rng: random.Random, a: str) -> str:
    pick = rng.randrange(12)
    if pick == 0:
        return f"{a}.namespace = '{rng.choice(NAMESPACES)}'"
    if pick == 1:
        return f"{a}.namespace IN ({_quote(rng.sample(NAMESPACES, 2))})"
    if pick == 2:
        return f"{a}.namespace != '{rng.choice(NAMESPACES)}'"
    if pick == 3:
        return f"{a}.labels['app'] {rng.choice(['=', '!='])} '{rng.choice(APPS)}'"
    if pick == 4:
        return f"{a}.labels['app'] {rng.choice(['IN', 'NOT IN'])} ({_quote(rng.sample(APPS, 2))})"
    if pick == 5:
        return f"{a}.labels['{rng.choice(['app', 'tier', 'job-name'])}'] IS {rng.choice(['', 'NOT '])}NULL"
    if pick == 6:
        return f"{a}.phase {rng.choice(['=', '!='])} '{rng.choice(PHASES)}'"
    if pick == 7:
        return f"{a}.phase {rng.choice(['IN', 'NOT IN'])} ({_quote(rng.sample(PHASES, 2))})"
    if pick == 8:
        return f"{a}.node = '{rng.choice(NODES)}'"
    if pick == 9:
        return f"{a}.node IS NULL"
    if pick == 10:
        return f"{a}.restarts > {rng.choice([0, 3, 10])}"
    return f"{a}.status = '{rng.choice(['Running', 'CrashLoopBackOff', 'Completed'])}'"


def node_atom(rng: random.Random, a: str) -> str:
    pick = rng.randrange(4)
    if pick == 0:
        return f"{rng.choice(['', 'NOT '])}{a}.unschedulable"
    if pick == 1:
        return f"{a}.labels['{rng.choice(NODE_LABELS)}'] IS {rng.choice(['', 'NOT '])}NULL"
    if pick == 2:
        return f"{a}.name = '{rng.choice(NODES)}'"
    return f"{a}.ready = {rng.choice(['true', 'false'])}"


def condition(rng: random.Random, atom, a: str) -> str:
    terms = []
    for _ in range(rng.randint(1, 3)):
        term = atom(rng, a)
        roll = rng.random()
        if roll < 0.15:
            term = f"NOT ({term})"
        elif roll < 0.35:
            term = f"({term} OR {atom(rng, a)})"
        terms.append(term)
    return " AND ".join(terms)


def random_query(rng: random.Random) -> str:
    shape = rng.randrange(4)
    if shape == 0:
        return f"SELECT p.namespace, p.name FROM pods p WHERE {condition(rng, pod_atom, 'p')}"
    if shape == 1:
        return (f"SELECT p.status, count(*) FROM pods p WHERE {condition(rng, pod_atom, 'p')} "
                "GROUP BY ALL")
    join = rng.choice(["JOIN", "LEFT JOIN", "RIGHT JOIN", "FULL JOIN"])
    where = f"{condition(rng, pod_atom, 'p')} AND {condition(rng, node_atom, 'n')}"
    if shape == 2:
        return f"SELECT p.name, n.name FROM pods p {join} nodes n ON p.node = n.name WHERE {where}"
    return (f"SELECT n.name, count(p.name) FROM nodes n {join} pods p ON p.node = n.name "
            f"WHERE {condition(rng, node_atom, 'n')} GROUP BY n.name")


CASES = [random_query(random.Random(seed)) for seed in range(120)]


@pytest.mark.parametrize("sql", CASES)
def test_random_conditions_keep_their_answers(demo, catalog, sql):
    pushed = Engine(demo, catalog).query(sql)
    unfiltered = Engine(Unfiltered(demo), catalog).query(sql)
    assert _rows(pushed) == _rows(unfiltered)


def test_random_conditions_are_not_trivial(demo_engine):
    """The comparison means something only if many answers are non-empty and many fetches narrowed."""
    non_empty = sum(1 for sql in CASES if demo_engine.query(sql).rows)
    assert non_empty >= len(CASES) * 0.4

    narrowed = sum(
        1 for sql in CASES
        if any(f.namespace or f.label_selector or f.field_selector
               for t in demo_engine.explain(sql).tables for f in t.fetches)
    )
    assert narrowed >= len(CASES) // 3
