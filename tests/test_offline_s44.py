"""Stop 44: a question told after a story ("scheduler keeps saying insufficient memory. which two pods ask
for the most memory?") read without the story's words, when the question stands alone; follow-ups said
"over in X", "-n X", "where are those scheduled?"; events of the listed pods with their columns named; ranked
sums in the unit asked for; "log" said of events."""

from __future__ import annotations

import pytest

from kubequery.translate import story
from kubequery.translate.base import Turn
from tests.test_offline import assert_same_rows, ctx


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("the nodes are slow today. which pods have no memory limit?", "which pods have no memory limit?"),
        ("the batch runs felt slow, so i'm curious: what are the three longest jobs?",
         "what are the three longest jobs?"),
        # a pronoun for a kind the question itself named first
        ("paged again. for every pod stuck crashlooping, which deployment owns it?",
         "for every pod stuck crashlooping, which deployment owns it?"),
        ("got paged. which pods here are unhealthy and what state are they in?",
         "which pods here are unhealthy and what state are they in?"),
    ],
)
def test_story_split_keeps_the_question(question, asked):
    told = story.split(question)
    assert told is not None and told.question == asked


@pytest.mark.parametrize(
    "question",
    [
        "worker-2 is flapping. what pods are on it?",  # "it": the story's node
        "the ml pods are stuck. how many of them are pending?",
        "po x -n checkout: owning deploy?",  # a colon after a short subject is no story
        "which pods are pending in ml?",
        "please delete pod x. thanks!",  # no question after the order
    ],
)
def test_story_split_leaves_questions_that_need_the_story(question):
    assert story.split(question) is None


def test_story_namespace_carried_only_when_said_as_one():
    held = frozenset({"batch", "ml"})
    assert story.namespace_named("the pods in ml are slow", "which pods are pending?", held) == "ml"
    assert story.namespace_named("the batch stuff felt slow", "which jobs ran longest?", held) is None
    assert story.namespace_named("the pods in ml are slow", "which pods are pending here?", held) is None


@pytest.mark.parametrize(
    ("question", "gold", "namespace"),
    [
        # the story's words had become filters ("stuff", "today") or a refusal ("put", "on-call", "log")
        ("feels like stuff keeps bouncing today. what's the total restart count across the pods in my namespace?",
         "SELECT sum(restarts) FROM pods WHERE namespace = 'checkout'", "checkout"),
        ("scheduler keeps complaining about insufficient memory. what are the two pods with the biggest memory "
         "requests?", "SELECT namespace, name, memory_request FROM pods ORDER BY memory_request DESC LIMIT 2",
         None),
        ("I need somewhere to put a big batch job. which node has the most allocatable memory?",
         "SELECT name, memory_allocatable FROM nodes ORDER BY memory_allocatable DESC LIMIT 1", None),
        ("which three namespaces log the most warning events?", "SELECT namespace, count(*) AS n FROM events "
         "WHERE type = 'Warning' GROUP BY namespace ORDER BY n DESC LIMIT 3", None),
        # one object's events, after a story about it ended by a period
        ("the backfill-orders-2026-11 job in data died overnight. what did it log as events?",
         "SELECT type, reason, message FROM events WHERE namespace = 'data' AND involved_kind = 'Job' "
         "AND involved_name = 'backfill-orders-2026-11'", None),
        # pull failures said "according to events" are the pods' own image pull states
        ("which deployments have pods failing to pull their image, according to events?",
         "SELECT DISTINCT d.namespace, d.name FROM events e JOIN pods p ON p.uid = e.involved_uid "
         "JOIN replicasets r ON r.namespace = p.namespace AND r.name = p.owner_name "
         "JOIN deployments d ON d.namespace = r.namespace AND d.name = r.owner_name "
         "WHERE e.message LIKE 'Failed to pull%'", None),
        ("po requesting > 1000m cpu", "SELECT namespace, name FROM pods WHERE cpu_request > 1", None),
        ("po w/ last restart < 15m", "SELECT namespace, name FROM pods "
         "WHERE last_restart > now() - INTERVAL 15 MINUTE", None),
        ("which pods in here have restarts, with the counts?", "SELECT name, restarts FROM pods "
         "WHERE namespace = 'checkout' AND restarts > 0", "checkout"),
        ("which of my pods are not Running? include their STATUS", "SELECT name, status FROM pods "
         "WHERE namespace = 'checkout' AND status <> 'Running'", "checkout"),
        ("backoff count per pod in payments", "SELECT involved_name, sum(count) FROM events "
         "WHERE namespace = 'payments' "
         "AND involved_kind = 'Pod' AND reason = 'BackOff' GROUP BY involved_name", None),
        ("m5.4xlarge no", "SELECT name FROM nodes WHERE instance_type = 'm5.4xlarge'", None),
        ("wich of my pods asks for the most memroy?", "SELECT name, memory_request FROM pods "
         "WHERE namespace = 'checkout' ORDER BY memory_request DESC LIMIT 1", "checkout"),
    ],
)
def test_demo_after_a_story(translator, engine, question, gold, namespace):
    assert_same_rows(translator, engine, question, gold, columns=True, namespace=namespace)


@pytest.mark.parametrize(
    "question",
    [
        "please delete the failed pods. which pods are failed?",
        "delete the failed pods. which pods are failed?",
        "scale payments-api to 0. which pods are left in payments?",
        "can you restart the payments pods. which ones are crashlooping?",
    ],
)
def test_an_order_in_the_story_is_still_declined(translator, question):
    t = translator.translate(question, context=ctx(None, ()))
    assert t.declined and "read-only" in t.message


PENDING_ML = Turn("po -n ml Pending", "SELECT name FROM pods WHERE namespace = 'ml' AND status = 'Pending'")
UNREADY = Turn("payments deployments missing replicas",
               "SELECT name FROM deployments WHERE namespace = 'payments' AND ready_replicas < desired")
FAILED_JOBS = Turn("did any jobs fail?", "SELECT namespace, name FROM jobs WHERE status = 'Failed'")
ON_WORKER_7 = Turn("pods on worker-7", "SELECT namespace, name FROM pods WHERE node = 'worker-7'")
CRASHLOOPING = Turn("crashlooping po", "SELECT namespace, name FROM pods WHERE status = 'CrashLoopBackOff'")


@pytest.mark.parametrize(
    ("question", "turn", "gold"),
    [
        ("ok and over in staging?", UNREADY,
         "SELECT name FROM deployments WHERE namespace = 'staging' AND ready_replicas < desired"),
        ("what abt stagign?", UNREADY,
         "SELECT name FROM deployments WHERE namespace = 'staging' AND ready_replicas < desired"),
        ("now -n staging", UNREADY,
         "SELECT name FROM deployments WHERE namespace = 'staging' AND ready_replicas < desired"),
        ("where are those scheduled?", PENDING_ML, "SELECT name, node FROM pods "
         "WHERE namespace = 'ml' AND status = 'Pending'"),
        ("events for those (reason + message)", PENDING_ML, "SELECT e.involved_name, e.reason, e.message "
         "FROM events e JOIN pods p ON p.uid = e.involved_uid WHERE p.namespace = 'ml' AND p.status = 'Pending'"),
        ("what's the pod count there?", ON_WORKER_7, "SELECT count(*) FROM pods WHERE node = 'worker-7'"),
        ("how many pods does that come to?", ON_WORKER_7, "SELECT count(*) FROM pods WHERE node = 'worker-7'"),
        ("restart count for each?", CRASHLOOPING, "SELECT namespace, name, restarts FROM pods "
         "WHERE status = 'CrashLoopBackOff'"),
        ("tack on restart counts", CRASHLOOPING, "SELECT namespace, name, restarts FROM pods "
         "WHERE status = 'CrashLoopBackOff'"),
        ("show me how often theyve restarted", CRASHLOOPING, "SELECT namespace, name, restarts FROM pods "
         "WHERE status = 'CrashLoopBackOff'"),
        ("show me there pods", FAILED_JOBS, "SELECT p.namespace, p.name FROM pods p JOIN jobs j "
         "ON j.namespace = p.namespace AND j.name = p.owner_name WHERE p.owner_kind = 'Job' "
         "AND j.status = 'Failed'"),
    ],
)
def test_demo_follow_ups(translator, engine, question, turn, gold):
    assert_same_rows(translator, engine, question, gold, columns=True, turns=(turn,))


@pytest.mark.parametrize(
    ("question", "gold", "namespace"),
    [
        ("just got paged, error rate is up. which pods in this namespace are unhealthy and what state are they "
         "in?", "SELECT name, status FROM pods WHERE namespace = 'team-b' AND status NOT IN ('Running', "
         "'Completed')", "team-b"),
        ("pager went off for crashloops again. for every pod stuck in CrashLoopBackOff, which deployment owns "
         "it?", "SELECT p.namespace, p.name, r.owner_name FROM pods p JOIN replicasets r "
         "ON r.namespace = p.namespace AND r.name = p.owner_name WHERE p.status = 'CrashLoopBackOff' "
         "AND r.owner_kind = 'Deployment'", None),
        ("gemma-server-hpa in ml never scales. what do its events say?", "SELECT type, reason, message "
         "FROM events WHERE namespace = 'ml' AND involved_kind = 'HorizontalPodAutoscaler' "
         "AND involved_name = 'gemma-server-hpa'", None),
        ("which deployments are the crashlooping pods from?", "SELECT DISTINCT r.namespace, r.owner_name "
         "FROM pods p JOIN replicasets r ON r.namespace = p.namespace AND r.name = p.owner_name "
         "WHERE p.status = 'CrashLoopBackOff' AND r.owner_kind = 'Deployment'", None),
        ("svc w/ notReadyAddresses in their ep", "SELECT s.namespace, s.name FROM services s JOIN endpoints e "
         "ON e.namespace = s.namespace AND e.name = s.name WHERE e.not_ready_address_count > 0", None),
        ("which pods are blocked on a pvc that hasn't bound yet?", "SELECT p.namespace, p.name FROM pods p "
         "JOIN persistentvolumeclaims c ON c.namespace = p.namespace AND list_contains(p.pvcs, c.name) "
         "WHERE c.status = 'Pending'", None),
        ("which two namespaces request the most memory, in GiB?", "SELECT namespace, sum(memory_request) / 1024 ^ 3 "
         "AS gib FROM pods GROUP BY namespace ORDER BY gib DESC LIMIT 2", None),
        ("total cpu (cores) and memory (MiB) requested by the pods in monitoring", "SELECT sum(cpu_request), "
         "sum(memory_request) / 1024 ^ 2 FROM pods WHERE namespace = 'monitoring'", None),
    ],
)
def test_real_cluster_after_a_story(real_translator, real_engine, question, gold, namespace):
    assert_same_rows(real_translator, real_engine, question, gold, columns=True, namespace=namespace)
