"""Stop 46: one time asked of some objects ("how far back do the events go?", "the earliest creation time of
any deployment"); events per reporting component; pods with warnings and their status; warnings per node
(unscheduled pods are on no node); a pod's back-off start; a namespace left out as "non kube-system";
claims naming a storage class that does not exist; autoscalers "scaling" a kind; limit range defaults;
a story before a colon; short follow-ups ("svc too", "excl batch", "anything in kube-system?")."""

from __future__ import annotations

import pytest

from kubequery.translate.base import Turn
from tests.test_offline import assert_same_rows, ctx

_PODS_IN_PAYMENTS = Turn("pods in payments", "SELECT name FROM pods WHERE namespace = 'payments'")
_NOT_RUNNING = Turn("po -A not Running", "SELECT namespace, name, status FROM pods WHERE status <> 'Running'")
_CRASHLOOPING = Turn("crashlooping pods", "SELECT namespace, name FROM pods WHERE status = 'CrashLoopBackOff'")
_WARNINGS_HERE = Turn(
    "warning events here", "SELECT object, reason, message FROM events WHERE namespace = 'payments' AND type = 'Warning'"
)


@pytest.mark.parametrize(
    ("question", "gold", "namespace", "turns"),
    [
        # one time: the extreme of a timestamp over what the rest of the question picks
        ("what is the earliest creation time of any deployment?", "SELECT min(created) FROM deployments", None, ()),
        ("the latest last_seen of any warning event",
         "SELECT max(last_seen) FROM events WHERE type = 'Warning'", None, ()),
        ("when was the oldest warning in payments?",
         "SELECT min(first_seen) FROM events WHERE namespace = 'payments' AND type = 'Warning'", None, ()),
        # a time asked beside the one event picked
        ("what was the most recent warning event, and when?", "SELECT namespace, object, reason, last_seen "
         "FROM events WHERE type = 'Warning' ORDER BY last_seen DESC LIMIT 1", None, ()),
        # pods on no node have no node to be counted under
        ("how many warning events did the pods on each node get?", "SELECT p.node, count(*) FROM events e "
         "JOIN pods p ON e.involved_uid = p.uid WHERE e.type = 'Warning' AND p.node IS NOT NULL GROUP BY p.node",
         None, ()),
        ("which components are reporting events, and how many each?",
         "SELECT source, count(*) FROM events GROUP BY source", None, ()),
        # a story told before the question is no audit question
        ("worker-4 looked flaky and someone cordoned it. what events are recorded against that node?",
         "SELECT type, reason, message FROM events WHERE involved_kind = 'Node' AND involved_name = 'worker-4'",
         None, ()),
        ("claims whose storageClassName points at a class that isn't defined",
         "SELECT namespace, name FROM persistentvolumeclaims WHERE storage_class IS NOT NULL "
         "AND storage_class NOT IN (SELECT name FROM storageclasses)", None, ()),
        # limit range defaults: all four unless some are said
        ("what default CPU and memory requests and limits does the LimitRange in payments give containers?",
         "SELECT name, default_cpu_request, default_cpu_limit, default_memory_request, default_memory_limit "
         "FROM limitranges WHERE namespace = 'payments'", None, ()),
        ("default cpu request of the limit range here",
         "SELECT name, default_cpu_request FROM limitranges WHERE namespace = 'payments'", "payments", ()),
        # short follow-ups
        ("svc too", "SELECT name FROM services WHERE namespace = 'payments'", None, (_PODS_IN_PAYMENTS,)),
        ("excl kube-system", "SELECT namespace, name, status FROM pods WHERE status <> 'Running' "
         "AND namespace <> 'kube-system'", None, (_NOT_RUNNING,)),
        ("anything in payments?", "SELECT name FROM pods WHERE status = 'CrashLoopBackOff' "
         "AND namespace = 'payments'", None, (_CRASHLOOPING,)),
        ("which reasons are those, and how many of each?", "SELECT reason, count(*) FROM events "
         "WHERE namespace = 'payments' AND type = 'Warning' GROUP BY reason", "payments", (_WARNINGS_HERE,)),
    ],
)
def test_demo(translator, engine, question, gold, namespace, turns):
    assert_same_rows(translator, engine, question, gold, columns=True, namespace=namespace, turns=turns)


@pytest.mark.parametrize(
    ("question", "gold"),
    [
        ("how far back do the events go?", "SELECT min(first_seen) FROM events"),
        ("min first_seen over all ev -A", "SELECT min(first_seen) FROM events"),
        ("which pods have warning events, and what's their status?", "SELECT DISTINCT p.namespace, p.name, "
         "p.status FROM pods p JOIN events e ON e.involved_uid = p.uid WHERE e.type = 'Warning'"),
        ("since when has legacy-billing-5bd9bbf44-nsht9 (team-b) been in back-off?",
         "SELECT min(first_seen) FROM events WHERE namespace = 'team-b' AND involved_kind = 'Pod' "
         "AND involved_name = 'legacy-billing-5bd9bbf44-nsht9' AND reason = 'BackOff'"),
        ("distinct involvedObject kinds in ev", "SELECT DISTINCT involved_kind FROM events"),
        ("non kube-system po on the master", "SELECT p.namespace, p.name FROM pods p JOIN nodes n "
         "ON p.node = n.name WHERE list_contains(n.roles, 'control-plane') AND p.namespace <> 'kube-system'"),
        ("autoscalers scaling a deployment with unready replicas", "SELECT h.namespace, h.name "
         "FROM horizontalpodautoscalers h JOIN deployments d ON d.namespace = h.namespace "
         "AND d.name = h.target_name WHERE h.target_kind = 'Deployment' AND d.ready_replicas < d.desired"),
        ("on-call handover: what are the three namespaces with the most restarts?", "SELECT namespace, "
         "sum(restarts) AS r FROM pods GROUP BY namespace ORDER BY r DESC LIMIT 3"),
        ("what do the pod creation failure events say?", "SELECT namespace, involved_name, message FROM events "
         "WHERE reason = 'FailedCreate'"),
    ],
)
def test_real_cluster(real_translator, real_engine, question, gold):
    assert_same_rows(real_translator, real_engine, question, gold, columns=True)


@pytest.mark.parametrize(
    "question",
    ["did someone delete the payments-api deployment?", "someone scaled down checkout-api. who was it?"],
)
def test_who_changed_it_is_still_declined(translator, question):
    assert translator.translate(question, context=ctx(None, ())).declined
