"""'called' and 'named' introduce a name only when a name follows: "pods that called the reviews
service" asks about traffic, which the cluster's objects do not hold, not for a pod named 'the'."""

from __future__ import annotations

import pytest

from tests.test_offline import assert_same_rows, ctx


@pytest.mark.parametrize(
    "question",
    ["which pods called the reviews service", "which pods called a service in payments"],
)
def test_called_as_a_verb_names_nothing(translator, question):
    t = translator.translate(question, context=ctx())
    assert t.declined, t.sql


@pytest.mark.parametrize(
    ("question", "gold"),
    [
        (
            "pods called fraud-detector-z6968wd5xd-hjgng",
            "SELECT namespace, name FROM pods WHERE name = 'fraud-detector-z6968wd5xd-hjgng'",
        ),
        (
            "the configmap named payments-api-config",
            "SELECT namespace, name FROM configmaps WHERE name = 'payments-api-config'",
        ),
    ],
)
def test_a_name_after_called_is_still_read(translator, engine, question, gold):
    assert_same_rows(translator, engine, question, gold)
