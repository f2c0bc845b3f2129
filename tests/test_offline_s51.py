"""Stop 51: a joined answer's last words asking for a column of each row ("…, and what storage class is
each claim?", "…, and what zone is each one in?") show it; objects a join finds each once, asked "and how
many each?", show how many rows of the other side each one met; nodes picked by a state, then "which pods run on them?", are
those nodes' pods."""

from __future__ import annotations

import pytest

from tests.test_offline import assert_same_rows

_CRASHLOOP_NODES = (
    "SELECT n.name, count(*) FROM nodes n JOIN pods p ON p.node = n.name "
    "WHERE p.status LIKE '%CrashLoopBackOff' GROUP BY n.name"
)

_ON_NOT_READY = "SELECT p.namespace, p.name, p.node FROM pods p JOIN nodes n ON p.node = n.name WHERE NOT n.ready"


@pytest.mark.parametrize(
    ("question", "gold"),
    [
        ("which pods are on not ready nodes, and what zone is each one in?",
         "SELECT p.namespace, p.name, n.zone FROM pods p JOIN nodes n ON p.node = n.name WHERE NOT n.ready"),
        ("which pods use a pvc, and what capacity does each one have?",
         "SELECT DISTINCT p.namespace, p.name, c.capacity FROM pods p JOIN persistentvolumeclaims c "
         "ON c.namespace = p.namespace AND list_contains(p.pvcs, c.name)"),
        ("which nodes run crashlooping pods, and how many each?", _CRASHLOOP_NODES),
        ("which nodes have crashlooping pods and how many on each one?", _CRASHLOOP_NODES),
        # nodes picked by a state, then their pods asked for: those pods, each with its node
        ("which nodes are not ready, and which pods run on them?", _ON_NOT_READY),
        ("which nodes are notready and what pods are running on them", _ON_NOT_READY),
        ("which nodes are cordoned, and which pods are on them?",
         "SELECT p.namespace, p.name, p.node FROM pods p JOIN nodes n ON p.node = n.name WHERE n.unschedulable"),
        ("which namespaces have pods in ImagePullBackOff, and how many in each?",
         "SELECT namespace, count(*) FROM pods WHERE status IN ('ImagePullBackOff', 'ErrImagePull') "
         "GROUP BY namespace"),
    ],
)
def test_demo(translator, engine, question, gold):
    assert_same_rows(translator, engine, question, gold, columns=True)


@pytest.mark.parametrize(
    ("question", "gold"),
    [
        # without "how many each" the objects are listed once, with no count
        ("which nodes run crashlooping pods?",
         "SELECT DISTINCT n.name FROM nodes n JOIN pods p ON p.node = n.name "
         "WHERE p.status LIKE '%CrashLoopBackOff'"),
        # a single table's "and how old are they" was already read
        ("which pods are pending, and how old are they?",
         "SELECT namespace, name, age FROM pods WHERE status = 'Pending'"),
    ],
)
def test_what_stays_as_it_was(translator, engine, question, gold):
    assert_same_rows(translator, engine, question, gold, columns=True)


def test_the_storage_class_of_each_claim_beside_its_pod(translator, engine):
    # the reader lists each claim before its pod: the scorer's column matching, not their order, is checked
    from eval.harness.score import compare_answers
    from tests.test_offline import ctx

    question = "which pods mount a persistent volume claim, and what storage class is each claim?"
    gold = engine.query(
        "SELECT p.namespace, p.name, c.name, c.storage_class FROM pods p JOIN persistentvolumeclaims c "
        "ON c.namespace = p.namespace AND list_contains(p.pvcs, c.name)"
    )
    t = translator.translate(question, context=ctx(None, ()))
    assert gold.rows and compare_answers(gold.rows, engine.query(t.sql).rows).equal, t.sql
