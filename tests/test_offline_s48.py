"""Stop 48: a follow-up that filters keeps the columns shown before (only the namespace it fixes is
dropped); "evs" for events; "no" alone names no event reason ("no worker-4 ev"); the first or earliest
event; "and when did it happen?"; a count per kind of involved object; "with their current status";
what the kubelet on a node reported."""

from __future__ import annotations

import pytest

from kubequery.translate.base import Turn
from tests.test_offline import assert_same_rows

_WARNINGS_IN_PAYMENTS = Turn(
    "warning events in payments",
    "SELECT object, reason, message FROM events WHERE namespace = 'payments' AND type = 'Warning'",
)
_SECRETS_IN_PAYMENTS = Turn("secrets in payments", "SELECT name, type FROM secrets WHERE namespace = 'payments'")


@pytest.mark.parametrize(
    ("question", "gold", "turns"),
    [
        # a follow-up's filter keeps what was shown: the reason is still there, only one value of it
        ("only the BackOff ones",
         "SELECT object, reason, message FROM events WHERE namespace = 'payments' AND type = 'Warning' "
         "AND reason = 'BackOff'", (_WARNINGS_IN_PAYMENTS,)),
        ("filter to reason BackOff",
         "SELECT object, reason, message FROM events WHERE namespace = 'payments' AND type = 'Warning' "
         "AND reason = 'BackOff'", (_WARNINGS_IN_PAYMENTS,)),
        ("only the Opaque ones",
         "SELECT name, type FROM secrets WHERE namespace = 'payments' AND type = 'Opaque'", (_SECRETS_IN_PAYMENTS,)),
        # … but the namespace a follow-up fixes is no longer shown
        ("only payments", "SELECT name, status FROM pods WHERE namespace = 'payments' AND status <> 'Running'",
         (Turn("po -A not Running", "SELECT namespace, name, status FROM pods WHERE status <> 'Running'"),)),
        # "evs": kubectl's "ev", plural
        ("warning evs in payments",
         "SELECT object, reason, message FROM events WHERE namespace = 'payments' AND type = 'Warning'", ()),
        # the first (or earliest) event, and when
        ("what was the first event in payments?",
         "SELECT object, reason, message FROM events WHERE namespace = 'payments' ORDER BY first_seen LIMIT 1", ()),
        ("the earliest event and when",
         "SELECT namespace, object, reason, first_seen FROM events ORDER BY first_seen LIMIT 1", ()),
        ("what is the most recent event and when did it happen?",
         "SELECT namespace, object, reason, last_seen FROM events ORDER BY last_seen DESC LIMIT 1", ()),
        ("the last event, and when was it?",
         "SELECT namespace, object, reason, last_seen FROM events ORDER BY last_seen DESC LIMIT 1", ()),
        # the pods of warning events, with their status (always the current one)
        ("pods that have warning events, with their current status",
         "SELECT DISTINCT p.namespace, p.name, p.status FROM pods p JOIN events e ON e.involved_uid = p.uid "
         "WHERE e.type = 'Warning'", ()),
        # what a node's kubelet reported, said with kubectl's short name for nodes
        ("ev from kubelet on no worker-7", "SELECT namespace, object, reason FROM events WHERE source_host = 'worker-7'",
         ()),
    ],
)
def test_demo(translator, engine, question, gold, turns):
    assert_same_rows(translator, engine, question, gold, columns=True, turns=turns)


@pytest.mark.parametrize(
    ("question", "gold"),
    [
        # "no" is kubectl's short name for nodes here, not the NoPods reason
        ("no worker-4 ev (type, reason, msg)",
         "SELECT type, reason, message FROM events WHERE involved_kind = 'Node' AND involved_name = 'worker-4'"),
        ("which pdbs have no pods events",
         "SELECT DISTINCT namespace, involved_name FROM events WHERE involved_kind = 'PodDisruptionBudget' "
         "AND reason = 'NoPods'"),
        ("hpa with warning evs -A",
         "SELECT DISTINCT namespace, involved_name FROM events WHERE involved_kind = 'HorizontalPodAutoscaler' "
         "AND type = 'Warning'"),
        # a count per kind of involved object
        ("what kinds of objects are the events about, and how many events each?",
         "SELECT involved_kind, count(*) FROM events GROUP BY involved_kind"),
        ("what kinds of objects do warning events involve?",
         "SELECT DISTINCT involved_kind FROM events WHERE type = 'Warning'"),
    ],
)
def test_real_cluster(real_translator, real_engine, question, gold):
    assert_same_rows(real_translator, real_engine, question, gold, columns=True)
