"""Stop 60: question shapes found in cases written blind at stop 60 (by authors who never saw the translator)
and in fresh questions on both clusters; each a wrong answer, a silent drop or a needless decline before."""

from __future__ import annotations

import pytest

from tests.test_offline import assert_same_rows, ctx

# On the demo cluster: the question and SQL giving the rows and columns it must answer with.
DEMO = [
    ("warnings on storefront",
     "SELECT namespace, object, reason FROM events WHERE type = 'Warning' AND involved_name LIKE 'storefront%'"),
    # one deployment's secrets or config maps, its name in two namespaces: the objects with their namespace
    # (were: pairs of deployment and secret)
    ("which secrets does the payments-api deployment use?",
     "SELECT DISTINCT s.namespace, s.name FROM secrets s JOIN deployments d ON d.namespace = s.namespace "
     "AND list_contains(d.secrets, s.name) WHERE d.name = 'payments-api'"),
    ("which configmaps does the payments-api deployment use?",
     "SELECT DISTINCT c.namespace, c.name FROM configmaps c JOIN deployments d ON d.namespace = c.namespace "
     "AND list_contains(d.configmaps, c.name) WHERE d.name = 'payments-api'"),
    # the pods of a workload named: the secrets they use (were: pairs of pod and secret)
    ("which secrets do the fraud-detector pods use?",
     "SELECT DISTINCT s.name FROM secrets s JOIN pods p ON p.namespace = s.namespace "
     "AND list_contains(p.secrets, s.name) WHERE p.namespace = 'payments' AND p.name LIKE 'fraud-detector-%'"),
    ("which secrets do the payments-api pods use?",
     "SELECT DISTINCT s.namespace, s.name FROM secrets s JOIN pods p ON p.namespace = s.namespace "
     "AND list_contains(p.secrets, s.name) WHERE p.name LIKE 'payments-api-%'"),
]

# On the real 1.20 cluster.
REAL = [
    # one kind's events everywhere: which object, why and what it says (were: without the message)
    *[
        (q, "SELECT namespace, involved_name, reason, message FROM events WHERE involved_kind = 'PersistentVolumeClaim'")
        for q in ("pvc related events", "events about pvcs", "events on pvc resources")
    ],
    ("events about jobs", "SELECT namespace, involved_name, reason, message FROM events WHERE involved_kind = 'Job'"),
    # the kind said again as "objects" (was declined: no Node named 'objects')
    ("ev on node objects", "SELECT involved_name, reason, message FROM events WHERE involved_kind = 'Node'"),
    # a workload named after "on" (was: every warning, the name dropped)
    ("warnings on cassandra",
     "SELECT namespace, object, reason FROM events WHERE type = 'Warning' AND involved_name LIKE 'cassandra%'"),
    # a column of the related kind said before it, a kind's word itself (was declined: 'pv' unread)
    *[
        (q, "SELECT c.namespace, c.name, v.storage_class FROM persistentvolumeclaims c "
            "JOIN persistentvolumes v ON v.name = c.volume")
        for q in ("pvcs and the storage class of their pv", "pvcs with the storage class of their volume")
    ],
]


@pytest.mark.parametrize(("question", "gold"), DEMO)
def test_demo(translator, engine, question, gold):
    assert_same_rows(translator, engine, question, gold, columns=True)


@pytest.mark.parametrize(("question", "gold"), REAL)
def test_real(real_translator, real_engine, question, gold):
    assert_same_rows(real_translator, real_engine, question, gold, columns=True)


@pytest.mark.parametrize(
    "question",
    [
        # events or alerts marked as seen are a change (was: the warnings listed)
        "acknowledge the Unhealthy warnings on storefront so they stop showing up",
        "silence the backoff warnings in shop",
        "please dismiss the FailedMount events",
    ],
)
def test_marking_events_seen_is_a_change(translator, question):
    t = translator.translate(question, context=ctx())
    assert t.declined and "read-only" in t.message, t.sql
