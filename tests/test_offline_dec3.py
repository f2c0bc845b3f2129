"""Requests kubequery must decline, said in ways the earlier rules missed (kubectl and helm commands that
write or connect, orders said politely, tersely or last, follow-ups asking for secrets' values, metrics,
logs, history and predictions said as states), and their answerable neighbours, which stay answered."""

from __future__ import annotations

import pytest

from kubequery.translate.base import Turn
from tests.test_offline import assert_same_rows, ctx

DECLINED_ON_BOTH = [
    # use measured against a setting, and request rates said tersely
    "which pods use the most memory relative to their limit",
    "requests/s on the frontend",
    # words the spelling fixer must not turn into others ("creds" is not "crds")
    "postgres creds",
    "unschedule the cronjob db-backup",
    # kubectl and helm commands that write, connect, watch or read what is not held
    "kubectl attach -it kafka-0 -n data",
    "kubectl diff -f deploy.yaml",
    "kubectl wait --for=condition=ready pod -l app=kafka",
    "oc adm drain worker-3",
    "kubectl --as=admin get secrets",
    "helm status grafana -n monitoring",
    # orders with verbs the older rules did not know, or said after a name
    "zap the evicted pods",
    "respin the fraud-detector pods",
    "decommission worker-7",
    "reclaim the released pvs",
    "deactivate the cronjob nightly-report",
    "re-enable the hpa for checkout-api",
    "regenerate the service account token",
    "restart cassandra in team-b",
    "crashlooping pods, restart",
    "failed jobs -> rerun",
    "worker-3 drain",
    "checkout-api restart please",
    "a restart of the grafana deployment",
    # orders said politely or indirectly
    "it would be great if you could cordon worker-3",
    "mind draining worker-4 for me?",
    "we should delete the old replicasets",
    "time to clean up the completed jobs",
    "it's fine to delete the failed pods, go for it",
    "would it be possible to delete the failed jobs",
    "is it possible to restart kafka-0 from here",
    "I'd appreciate it if you restarted storefront",
    "restart storefront when you get a chance",
    "kindly restart the grafana pod",
    "can kubequery restart pods",
    "can you get kafka-0 to restart",
    "can you make sure nothing runs on worker-3",
    "I want worker-3 out of rotation",
    "take worker-5 offline",
    "bring the cronjob back",
    "switch off the hpa for web-bff",
    "the fraud-detector pods need a restart",
    "let ml pods schedule on gpu-1",
    # an order after a question
    "count pods in payments and scale the deployment to 3",
    "which deployments have no hpa? add one",
    # secrets' values
    "show ssh keys for the nodes",
    "what's the registry pull secret's auth string",
    "what's the oauth client secret for grafana",
    "what does the DB_PASS env var of payments-api say",
    "secrets in team-a with their data",
    "show the certificate chain of the frontend tls secret",
    "what's the value of FEATURE_X in checkout-api's env",
    "db pw for checkout",
    "what's inside the tls secret",
    "what does the alertmanager secret contain",
    "service account token for ci-deployer",
    "default sa token in kube-system",
    "the join command for new nodes",
    # live use said as a state
    "is worker-3 hot",
    "is gpu-1 saturated",
    "the busiest pod",
    "which pod is the noisiest",
    "how much headroom does worker-3 have right now",
    "slowest endpoints in shop",
    "how much network is worker-2 doing",
    "what's the cpu steal on worker-4",
    "nodes with their current cpu load",
    "list pvcs with how much space is used",
    "cpu % of worker-3",
    "memory % of gpu-1",
    "gpu memory used on gpu-1",
    "overprovisioned deployments",
    "which pods request more than they use",
    # logs and output said indirectly
    "console output of worker-3",
    "dmesg on worker-5",
    "journalctl -u kubelet on worker-2",
    "what messages did the job print before failing",
    "why is fraud-detector crashing? show me the error output",
    "did the job print anything",
    "what's the output of the nightly-report job",
    "what does the readiness endpoint return",
    "what's the health check response of storefront",
    # outside the cluster's objects
    "when was the payments-api image built",
    "what's the git branch of the storefront deployment",
    "error budget remaining for payments",
    "how many active connections does the frontend service have",
    "which pods talk to postgres",
    "which services does checkout-api call",
    "is the frontend service resolving",
    "what's the model accuracy of the vllm deployment",
    "the jenkins job for payments-api",
    "how much is worker-3 costing",
    "what's the hourly rate of gpu-1",
    "which team pays for gpu-1",
    "are we overpaying for nodes",
    # predictions, advice and history
    "if I delete worker-3, where would its pods go",
    "is checkout-api likely to crash",
    "which pods are likely to be oom killed",
    "estimate how long the drain of worker-3 will take",
    "will the pending pods get scheduled",
    "when will the job finish",
    "what should the memory request for kafka be",
    "can I safely remove worker-3",
    "do we need more nodes",
    "last modified time of the checkout-api deployment",
    "when was the last deploy of payments-api",
    "deploy history for storefront",
    "has worker-3 ever been NotReady",
    "how many times has worker-3 gone NotReady",
    "how long was storefront down",
    "what happened over the weekend",
]


@pytest.mark.parametrize("question", DECLINED_ON_BOTH)
def test_declined_on_both_clusters(translator, real_translator, question):
    for t in (translator, real_translator):
        got = t.translate(question, context=ctx())
        assert got.declined and got.sql is None and got.message, (question, got.sql)


FOLLOW_UPS = [
    ("secrets in payments", "SELECT name, type FROM secrets WHERE namespace = 'payments'", "print their data"),
    ("secrets in payments", "SELECT name, type FROM secrets WHERE namespace = 'payments'", "decode the first one"),
    ("failed pods in batch", "SELECT name FROM pods WHERE namespace = 'batch' AND phase = 'Failed'", "nuke them"),
]


@pytest.mark.parametrize(("before", "sql", "question"), FOLLOW_UPS)
def test_follow_ups_acting_on_the_answer_are_declined(translator, before, sql, question):
    got = translator.translate(question, context=ctx(turns=(Turn(before, sql),)))
    assert got.declined and got.sql is None, got.sql


ANSWERED_ON_DEMO = [
    # the neighbours: what the objects hold, said with the same words
    ("list the crds", "SELECT name FROM customresourcedefinitions"),
    # a verb after "that" describes the rows, it orders nothing
    (
        "pvcs and the pods that mount them",
        "SELECT DISTINCT c.namespace, c.name, p.name FROM persistentvolumeclaims c JOIN pods p "
        "ON p.namespace = c.namespace AND list_contains(p.pvcs, c.name)",
    ),
    (
        "cpu requests as a percentage of allocatable per node",
        "SELECT n.name, 100.0 * sum(p.cpu_request) / n.cpu_allocatable FROM nodes n "
        "LEFT JOIN pods p ON p.node = n.name GROUP BY n.name, n.cpu_allocatable",
    ),
    ("the 2 noisiest objects by summed event count",
     "SELECT namespace, object, sum(count) AS n FROM events GROUP BY namespace, object ORDER BY n DESC LIMIT 2"),
    ("free pod slots per node",
     "SELECT n.name, n.pods_allocatable - count(p.name) FROM nodes n LEFT JOIN pods p ON p.node = n.name "
     "AND p.phase NOT IN ('Succeeded', 'Failed') GROUP BY n.name, n.pods_allocatable"),
    ("Killing events in data", "SELECT involved_name, message FROM events WHERE namespace = 'data' AND reason = 'Killing'"),
    ("released pvs", "SELECT name FROM persistentvolumes WHERE status = 'Released'"),
    ("evicted pods", "SELECT namespace, name FROM pods WHERE reason = 'Evicted'"),
    ("restart count of pods in payments", "SELECT name, restarts FROM pods WHERE namespace = 'payments'"),
    ("which secrets are in payments", "SELECT name, type FROM secrets WHERE namespace = 'payments'"),
    ("tls secrets in payments", "SELECT name FROM secrets WHERE namespace = 'payments' AND type = 'kubernetes.io/tls'"),
    ("load balancer services", "SELECT namespace, name FROM services WHERE type = 'LoadBalancer'"),
    ("pods on worker-3", "SELECT namespace, name FROM pods WHERE node = 'worker-3'"),
    ("cordoned nodes", "SELECT name FROM nodes WHERE unschedulable"),
    ("suspended cronjobs", "SELECT namespace, name FROM cronjobs WHERE suspend"),
    ("nodes that are overcommitted on memory",
     "SELECT n.name FROM nodes n JOIN pods p ON p.node = n.name "
     "GROUP BY n.name, n.memory_allocatable HAVING sum(p.memory_request) > n.memory_allocatable"),
]


@pytest.mark.parametrize(("question", "sql"), ANSWERED_ON_DEMO)
def test_neighbours_stay_answered(translator, engine, question, sql):
    assert_same_rows(translator, engine, question, sql, columns=True)
