"""Stop 52: a follow-up that narrows to one value of a column the answer showed stops showing that column,
since every row would repeat it."""

from __future__ import annotations

import pytest

from eval.harness.cases import Turn
from tests.test_offline import assert_same_rows, ctx


@pytest.mark.parametrize(
    ("previous", "question", "gold"),
    [
        (("services and their types", "SELECT namespace, name, type FROM services"),
         "only the LoadBalancer ones",
         "SELECT namespace, name FROM services WHERE type = 'LoadBalancer'"),
        (("jobs in batch", "SELECT name, status FROM jobs WHERE namespace = 'batch'"),
         "which of those failed?",
         "SELECT name FROM jobs WHERE namespace = 'batch' AND status = 'Failed'"),
        (("pods with their status", "SELECT namespace, name, status FROM pods"),
         "just Pending",
         "SELECT namespace, name FROM pods WHERE status = 'Pending'"),
    ],
)
def test_a_pinned_column_is_not_shown(translator, engine, previous, question, gold):
    assert_same_rows(translator, engine, question, gold, columns=True, turns=(Turn(*previous),))


def test_a_column_pinned_before_stays_shown(translator, engine):
    """Only a newly pinned column is hidden: the one the previous answer was already pinned on, and showed,
    is kept as the reader saw it."""
    previous = Turn("lb services in frontend with type",
                    "SELECT name, type FROM services WHERE type = 'LoadBalancer' AND namespace = 'frontend'")
    assert_same_rows(translator, engine, "sort by name desc",
                     "SELECT name, type FROM services WHERE type = 'LoadBalancer' AND namespace = 'frontend'",
                     columns=True, turns=(previous,))


@pytest.mark.parametrize(
    "question",
    ["events mentioning OOMKilled", 'events that mention "back-off"', "events that mention oomkill"],
)
def test_text_mentioned_is_not_also_read_as_a_reason(real_translator, real_engine, question):
    """The word asked for in the message is a spelling of a reason (OOMKilling, BackOff); the question asks
    for the text wherever it is, not for events of that reason, which would drop those of other reasons."""
    t = real_translator.translate(question, context=ctx())
    assert not t.declined, t.message
    assert "reason =" not in t.sql and "message ILIKE" in t.sql, t.sql
    real_engine.query(t.sql)
