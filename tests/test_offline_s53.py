"""Stop 53: question shapes found by asking both clusters fresh questions, each case a wrong answer or a
wrong decline before: a word that picks the objects left unread (an unknown app before the kind, an
exclusion nothing reads), pods said by their app label, objects "in use", limits equal to requests,
kubectl's jsonpath and set-based selectors, a node's address, roles' rules, follow-ups on follow-ups."""

from __future__ import annotations

import pytest

from eval.harness.cases import Turn
from tests.test_offline import assert_declined, assert_same_rows, ctx

_REVIEWS = "SELECT namespace, name FROM pods WHERE labels['app'] = 'reviews'"
_SCALED = (
    "SELECT max(last_seen) FROM events WHERE involved_kind = 'Deployment' AND involved_name = 'details-v1' "
    "AND reason = 'ScalingReplicaSet'"
)
_ON_WORKER_2 = "SELECT namespace, name FROM pods WHERE host_ip = '10.0.3.12'"
_POD_READER = "SELECT verbs, resources FROM roles WHERE name = 'pod-reader'"
_BOOKINFO = Turn("pods in bookinfo", "SELECT name FROM pods WHERE namespace = 'bookinfo'")
_SHOP_RESTARTS = (
    Turn("pods in shop", "SELECT name FROM pods WHERE namespace = 'shop'"),
    Turn("with their restarts", "SELECT name, restarts FROM pods WHERE namespace = 'shop'"),
)
_ML = Turn("pods in ml", "SELECT name FROM pods WHERE namespace = 'ml'")

# On the real 1.20 snapshot: the question, the turns before it, and SQL giving the rows and columns it must
# answer with.
REAL = [
    # pods said by the value of their app label (were declined, or every pod counted)
    ("reviews pods", (), _REVIEWS),
    ("pods where app is reviews", (), _REVIEWS),
    ("how many reviews pods are there?", (), "SELECT count(*) FROM pods WHERE labels['app'] = 'reviews'"),
    ("which reviews pods are not ready?", (),
     "SELECT namespace, name FROM pods WHERE labels['app'] = 'reviews' AND NOT is_ready"),
    ("pods where app isn't reviews in bookinfo", (),
     "SELECT name FROM pods WHERE namespace = 'bookinfo' AND labels['app'] IS DISTINCT FROM 'reviews'"),
    ("only reviews", (_BOOKINFO,),
     "SELECT name FROM pods WHERE namespace = 'bookinfo' AND labels['app'] = 'reviews'"),
    ("which of them are ratings?", (_BOOKINFO,),
     "SELECT name FROM pods WHERE namespace = 'bookinfo' AND labels['app'] = 'ratings'"),
    # an exclusion by app was dropped: every pod in bookinfo
    ("pods in bookinfo other than details", (),
     "SELECT name FROM pods WHERE namespace = 'bookinfo' AND labels['app'] IS DISTINCT FROM 'details'"),
    # kubectl's set-based selector, unquoted (was: only "has the key")
    ("pods -l app notin (reviews)", (), "SELECT namespace, name FROM pods WHERE labels['app'] IS DISTINCT FROM 'reviews'"),
    ("pods matching app in (reviews, ratings)", (),
     "SELECT namespace, name FROM pods WHERE labels['app'] IN ('reviews', 'ratings')"),
    # when a deployment last scaled (was: its pods, or the deployment alone)
    ("when was details-v1 last scaled?", (), _SCALED),
    ("when did details-v1 last scale?", (), _SCALED),
    # a node's address: the pods on it (was: every image, read as an image 'on:10.0.3'), or the node
    ("what is running on 10.0.3.12?", (), _ON_WORKER_2),
    ("what runs on 10.0.3.12?", (), _ON_WORKER_2),
    ("what is 10.0.3.12?", (), "SELECT name FROM nodes WHERE internal_ip = '10.0.3.12'"),
    ("pods running productpage", (),
     "SELECT DISTINCT namespace, pod FROM containers WHERE image LIKE '%/examples-bookinfo-productpage-v1:%'"),
    # a role's rules (was: its name)
    ("what can role pod-reader do?", (), _POD_READER),
    ("rules of the pod-reader role", (), _POD_READER),
    ("what permissions does clusterrole view have?", (),
     "SELECT verbs, resources FROM clusterroles WHERE name = 'view'"),
    # "created today" is when, not a FailedCreate event
    ("failed pods in batch created today", (),
     "SELECT name FROM pods WHERE namespace = 'batch' AND phase = 'Failed' AND created > now() - INTERVAL 1 DAY"),
    ("failed pods and why", (), "SELECT namespace, name, status FROM pods WHERE phase = 'Failed'"),
    # a node named alone (was: the pods on it)
    ("is worker-4 cordoned?", (), "SELECT name FROM nodes WHERE name = 'worker-4' AND unschedulable"),
    ("is worker-2 running any not ready pods?", (),
     "SELECT namespace, name FROM pods WHERE node = 'worker-2' AND NOT is_ready"),
    ("how long ago was each node created?", (), "SELECT name, age FROM nodes"),
    # follow-ups on the one number shown (were declined, or counted the rows)
    ("only those over 2", _SHOP_RESTARTS,
     "SELECT name, restarts FROM pods WHERE namespace = 'shop' AND restarts > 2"),
    ("total?", _SHOP_RESTARTS, "SELECT sum(restarts) FROM pods WHERE namespace = 'shop'"),
    ("what are they requesting?", (_ML,),
     "SELECT name, cpu_request, memory_request FROM pods WHERE namespace = 'ml'"),
    ("which namespaces had evictions?", (), "SELECT DISTINCT namespace FROM pods WHERE reason = 'Evicted'"),
    ("pods labelled with tier", (), "SELECT namespace, name FROM pods WHERE map_contains(labels, 'tier')"),
    ("problems in shop", (),
     "SELECT name, status FROM pods WHERE namespace = 'shop' AND status NOT IN ('Running', 'Completed')"),
    # the second "grep -v" was read as kept
    ("po -A | grep -v Running | grep -v Completed", (),
     "SELECT namespace, name FROM pods WHERE status NOT IN ('Running', 'Completed')"),
    # kubectl's output columns (were read as a label)
    ("kubectl get deploy -n bookinfo -o custom-columns=NAME:.metadata.name,REPLICAS:.spec.replicas", (),
     "SELECT name, desired FROM deployments WHERE namespace = 'bookinfo'"),
    # columns listed of a kind, the namespace among them (was: the namespaces holding deployments)
    ("show name, namespace and age of deployments", (), "SELECT namespace, name, age FROM deployments"),
    ("namespace, name and status of pods in CrashLoopBackOff", (),
     "SELECT namespace, name, status FROM pods WHERE status LIKE '%CrashLoopBackOff'"),
    ("for each pod in team-b, its owner", (),
     "SELECT name, owner_kind, owner_name FROM pods WHERE namespace = 'team-b'"),
    ("how long has the cassandra statefulset existed?", (), "SELECT age FROM statefulsets WHERE name = 'cassandra'"),
    ("the pod stuck pending longest", (),
     "SELECT namespace, name FROM pods WHERE status = 'Pending' ORDER BY created LIMIT 1"),
    # a question of the same kind after one in a namespace keeps to it (was: every namespace)
    ("the crashlooping pods", (Turn("pods in shop", "SELECT name FROM pods WHERE namespace = 'shop'"),),
     "SELECT name FROM pods WHERE namespace = 'shop' AND status LIKE '%CrashLoopBackOff'"),
    ("failed jobs", (Turn("jobs in batch", "SELECT name FROM jobs WHERE namespace = 'batch'"),),
     "SELECT name FROM jobs WHERE namespace = 'batch' AND status = 'Failed'"),
    # two places compared (were: one of them counted, or a join to the first namespace)
    ("how many pods on worker-1 vs worker-2?", (),
     "SELECT node, count(*) FROM pods WHERE node IN ('worker-1', 'worker-2') GROUP BY node"),
    ("which namespace has more pods, shop or bookinfo?", (),
     "SELECT namespace, count(*) AS n FROM pods WHERE namespace IN ('shop', 'bookinfo') GROUP BY namespace "
     "ORDER BY n DESC LIMIT 1"),
    # the pods are pending, not their claims (was: the pods whose claim is pending)
    ("pending pods with a pvc", (),
     "SELECT namespace, name FROM pods WHERE status = 'Pending' AND len(pvcs) > 0"),
    # a state besides the gpus was dropped (and "not ready" with it)
    ("ready nodes with gpus", (), "SELECT name FROM nodes WHERE ready AND gpu_capacity > 0"),
    ("failed pods that have an owner", (),
     "SELECT namespace, name FROM pods WHERE phase = 'Failed' AND owner_kind IS NOT NULL"),
    ("how many pods per node on average?", (),
     "SELECT avg(n) FROM (SELECT count(*) AS n FROM pods WHERE node IS NOT NULL GROUP BY node)"),
    ("hpa -A current vs desired", (),
     "SELECT namespace, name, current_replicas, desired_replicas FROM horizontalpodautoscalers"),
]


@pytest.mark.parametrize(("question", "turns", "gold"), REAL)
def test_real(real_translator, real_engine, question, turns, gold):
    assert_same_rows(real_translator, real_engine, question, gold, columns=True, turns=turns)


_USED_SECRETS = (
    "SELECT namespace, name FROM secrets s WHERE EXISTS (SELECT 1 FROM pods p "
    "WHERE p.namespace = s.namespace AND list_contains(p.secrets, s.name))"
)
_USED_CLASSES = (
    "SELECT name FROM storageclasses s WHERE EXISTS (SELECT 1 FROM persistentvolumeclaims c "
    "WHERE c.storage_class = s.name)"
)
_LIMITS_EQUAL = (
    "SELECT namespace, pod, name FROM containers WHERE cpu_limit = cpu_request AND memory_limit = memory_request"
)
_UNREADY_CHECKOUT = (
    "SELECT p.name FROM pods p JOIN replicasets r ON r.namespace = p.namespace AND r.name = p.owner_name "
    "JOIN deployments d ON d.namespace = r.namespace AND d.name = r.owner_name "
    "WHERE p.namespace = 'checkout' AND d.ready_replicas < d.desired"
)
_CHAIN = (
    Turn("deployments", "SELECT namespace, name FROM deployments"),
    Turn("in checkout", "SELECT name FROM deployments WHERE namespace = 'checkout'"),
    Turn("which have fewer ready replicas than desired?",
         "SELECT name FROM deployments WHERE namespace = 'checkout' AND ready_replicas < desired"),
)

# On the demo cluster: the question, the turns before it, and its gold.
DEMO = [
    # "used" was read as nothing: every secret
    ("which secrets are used?", (), _USED_SECRETS),
    ("which secrets are in use?", (), _USED_SECRETS),
    ("which storage classes are used?", (), _USED_CLASSES),
    ("storage classes used by pvcs", (), _USED_CLASSES),
    # limits equal to requests was read as limits set
    ("which containers have limits equal to requests?", (), _LIMITS_EQUAL),
    ("containers whose requests equal their limits", (), _LIMITS_EQUAL),
    ("pods that restart a lot", (), "SELECT namespace, name, restarts FROM pods WHERE restarts > 0"),
    ("top 5 noisiest events", (),
     "SELECT namespace, object, reason, count FROM events ORDER BY count DESC LIMIT 5"),
    # the field a jsonpath prints (was: a label named 'jsonpath')
    ("kubectl get pods -n payments -o jsonpath='{.items[*].spec.nodeName}'", (),
     "SELECT name, node FROM pods WHERE namespace = 'payments'"),
    ("when was node worker-4 last not ready?", (),
     "SELECT max(last_seen) FROM events WHERE involved_kind = 'Node' AND involved_name = 'worker-4' "
     "AND reason = 'NodeNotReady'"),
    # "which …" said after the question before, narrowing it (was: every pod, with its restarts)
    ("which restarted in the last hour?", (Turn("pods in payments", "SELECT name FROM pods WHERE namespace = 'payments'"),),
     "SELECT name FROM pods WHERE namespace = 'payments' AND restarts > 0 AND last_restart > now() - INTERVAL 1 HOUR"),
    ("pods restarting in the last hour", (),
     "SELECT namespace, name FROM pods WHERE restarts > 0 AND last_restart > now() - INTERVAL 1 HOUR"),
    ("show pods with their restart count, most first", (),
     "SELECT namespace, name, restarts FROM pods ORDER BY restarts DESC"),
    # an app's name before the kind was dropped: every running pod
    ("which nginx pods are running?", (),
     "SELECT namespace, name FROM pods WHERE status = 'Running' AND name LIKE '%nginx%'"),
    ("the ledger claims in payments", (),
     "SELECT name FROM persistentvolumeclaims WHERE namespace = 'payments' AND name LIKE '%ledger%'"),
    # the narrowing said last was read alone: the namespace dropped
    ("warnings only", (Turn("events in data", "SELECT object, reason, message FROM events WHERE namespace = 'data'"),),
     "SELECT object, reason, message FROM events WHERE namespace = 'data' AND type = 'Warning'"),
    ("which node has room for a 4 cpu pod?", (),
     "SELECT n.name FROM nodes n LEFT JOIN pods p ON p.node = n.name GROUP BY n.name, n.cpu_allocatable "
     "HAVING n.cpu_allocatable - coalesce(sum(p.cpu_request), 0) >= 4"),
    # a follow-up on three turns: "their" pods were every pod
    ("show their pods", _CHAIN, _UNREADY_CHECKOUT),
]


@pytest.mark.parametrize(("question", "turns", "gold"), DEMO)
def test_demo(translator, engine, question, turns, gold):
    assert_same_rows(translator, engine, question, gold, columns=True, turns=turns)


# Declined, with a word of the reason: each was answered before for every object of its kind.
DECLINED = [
    ("the oldest image", "registry"),
    # room by what measure (the word was once read as "oom"; a number of cpus or memory says it)
    ("which nodes have room for more pods", "room left"),
]


@pytest.mark.parametrize(("question", "why"), DECLINED)
def test_declined(translator, question, why):
    assert_declined(translator, question, why)


@pytest.mark.parametrize("question", ["which pods are still on recommendation 1.7.3?", "pods with image foo:1.2"])
def test_an_image_tag_not_running_finds_no_pods(real_translator, real_engine, question):
    # the tag was dropped as unknown, and every pod listed
    t = real_translator.translate(question, context=ctx())
    assert not t.declined and "image LIKE" in t.sql, t.sql or t.message
    assert real_engine.query(t.sql).rows == []


def test_an_exclusion_nothing_reads_is_declined(real_translator):
    # details-v1 is a deployment, whose pods name its replica set: every pod was listed
    assert_declined(real_translator, "pods except details-v1 ones", "leaves out")


def test_a_name_asked_about_alone_reads_with_its_kind(translator):
    # "is cache-warmer suspended?" was declined: the one kind holding the name says what it is
    t = translator.translate("is cache-warmer suspended?", context=ctx())
    assert not t.declined and "FROM cronjobs" in t.sql and "suspend" in t.sql, t.sql or t.message
