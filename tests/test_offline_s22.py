"""Questions written blind by helper authors (they never saw the translator's answers) that the translator
answered wrongly: a listing of every object of a kind, with what should pick among them left unread, is
declined and names the words; orders said as a new state or amount ("make worker-4 schedulable again",
"bump its mem limit to 2Gi") and data the cluster does not hold (logs, subnets, a node's shell) are
declined; what the objects do hold (an autoscaler's current utilisation, the nodes' region) is answered;
terse follow-ups sort, cut, re-measure, re-group, widen and unfilter the previous answer; another kind said
after a named object is that kind's objects of it ("sts/kafka po -n data")."""

from __future__ import annotations

import pytest

from tests.test_offline import assert_same_rows
from tests.test_offline_fu2 import _same_rows as assert_same_after

# (question, a word the decline names): every object listed, what picks among them unread
UNREAD = [
    ("pdbs using max unavailable instead of min available", "unavailable"),
    ("deployments nobody can reach through a service", "service"),
    ("pods w/ kube-rbac-proxy", "kube-rbac-proxy"),  # a name
    ("which network policies allow traffic to postgres?", "traffic"),  # answered with every policy before
    ("pods whose limits exceed their requests", "limits"),  # so was this, with every pod
]

# a listing whose words are all accounted for: the kind, the columns shown, a namespace, the asking
LISTED = [
    ("list all pods", "SELECT namespace, name FROM pods"),
    ("show me every deployment we have", "SELECT namespace, name FROM deployments"),
    ("what services exist across all namespaces?", "SELECT namespace, name FROM services"),
    ("kube-system pods and their component label",
     "SELECT name, labels['component'] FROM pods WHERE namespace = 'kube-system'"),
    ("what default requests does the limit range in payments give containers?",
     "SELECT name, default_cpu_request, default_memory_request FROM limitranges WHERE namespace = 'payments'"),
    ("how many ready endpoints does each checkout service have?",
     "SELECT name, ready_address_count FROM endpoints WHERE namespace = 'checkout'"),
    ("how many pvcs can staging still create under its quota? show hard vs used",
     "SELECT namespace, name, hard['persistentvolumeclaims'], used['persistentvolumeclaims'] FROM resourcequotas "
     "WHERE namespace = 'staging'"),
]

REFUSED = [
    "run env inside the checkout-api pod in checkout",
    "roll payments-api in payments back to the previous revision",
    "take worker-3 offline",
    "make worker-4 schedulable again pls",
    "report-builder keeps getting OOMKilled, bump its mem limit to 2Gi",
    "raise the replicas of storefront to 5",
    "which pods logged 'connection refused' in the last hour?",
    "subnet ids of the worker nodes",
    "run systemctl restart kubelet on worker-7",
]

ANSWERED = [
    ("what CPU utilisation do the HPAs currently report?",
     "SELECT namespace, name, cpu_current_percent FROM horizontalpodautoscalers"),
    ("which nodes are unschedulable?", "SELECT name FROM nodes WHERE unschedulable"),
    ("what AWS region is this cluster running in?", "SELECT DISTINCT region FROM nodes"),
    ("which aws zones do the nodes span", "SELECT DISTINCT zone FROM nodes"),
    ("events mentioning 'not found'",
     "SELECT namespace, object, reason FROM events WHERE message ILIKE '%not found%'"),
    ("noisiest ns by warnings",
     "SELECT namespace, count(*) AS n FROM events WHERE type = 'Warning' GROUP BY namespace ORDER BY n DESC LIMIT 1"),
    ("most frequent single event by count",
     "SELECT namespace, object, reason, count FROM events ORDER BY count DESC LIMIT 1"),
    ("open ports of services", "SELECT namespace, name, ports FROM services"),
    ("pvcs in data, bound or not?", "SELECT name, status FROM persistentvolumeclaims WHERE namespace = 'data'"),
    ("which pods were created yesterday?",
     "SELECT namespace, name FROM pods WHERE created >= date_trunc('day', now()) - INTERVAL 1 DAY "
     "AND created < date_trunc('day', now())"),
    ("pods of deployment recommendation in checkout and which replica set each comes from",
     "SELECT p.name, r.name FROM pods p JOIN replicasets r ON r.namespace = p.namespace AND r.name = p.owner_name "
     "WHERE p.namespace = 'checkout' AND r.owner_kind = 'Deployment' AND r.owner_name = 'recommendation'"),
    # a role binding grants what its Role or ClusterRole allows; to whom only when asked (see s24)
    ("which role bindings allow deleting pods?",
     "SELECT b.namespace, b.name FROM rolebindings b JOIN (SELECT 'Role' AS kind, namespace, name, verbs, "
     "resources FROM roles UNION ALL SELECT 'ClusterRole', NULL, name, verbs, resources FROM clusterroles) r "
     "ON r.kind = b.role_kind AND r.name = b.role_name AND coalesce(r.namespace, b.namespace) = b.namespace "
     "WHERE list_has_any(r.verbs, ['delete', '*']) AND list_has_any(r.resources, ['pods', '*'])"),
    ("rolebindings to clusterroles covering secrets",
     "SELECT b.namespace, b.name FROM rolebindings b JOIN clusterroles r ON r.name = b.role_name "
     "WHERE b.role_kind = 'ClusterRole' AND list_contains(r.resources, 'secrets')"),
    ("deploy 0 ready -A", "SELECT namespace, name FROM deployments WHERE ready_replicas = 0"),
    ("statefullsets w/ missing ready replicas",
     "SELECT namespace, name FROM statefulsets WHERE ready_replicas < desired"),
    ("what warned in the past 2 hours?",
     "SELECT namespace, object, reason FROM events WHERE type = 'Warning' AND last_seen > now() - INTERVAL 2 HOURS"),
    ("which pods in data have faild?", "SELECT name FROM pods WHERE namespace = 'data' AND phase = 'Failed'"),
    ("which pods couldn't be scheduled?", "SELECT namespace, name FROM pods WHERE NOT scheduled"),
    ("pod count by instance typ",
     "SELECT n.instance_type, count(*) FROM pods p JOIN nodes n ON p.node = n.name GROUP BY n.instance_type"),
    ("pod counts broken down by ns and status",
     "SELECT namespace, status, count(*) FROM pods GROUP BY namespace, status"),
    ("how are the payments pods spread across availability zones?",
     "SELECT n.zone, count(*) FROM pods p JOIN nodes n ON p.node = n.name WHERE p.namespace = 'payments' "
     "GROUP BY n.zone"),
    ("which jobs gave up after too many retries, per the events?",
     "SELECT namespace, involved_name, message FROM events WHERE reason = 'BackoffLimitExceeded'"),
    ("why cant pods in ml get scheduled? scheduler events",
     "SELECT involved_name, message FROM events WHERE namespace = 'ml' AND reason = 'FailedScheduling'"),
    ("who gets secret access in a namespace through a clusterrole?",
     "SELECT b.namespace, b.name, b.subjects FROM rolebindings b JOIN clusterroles r ON r.name = b.role_name "
     "WHERE b.role_kind = 'ClusterRole' AND list_contains(r.resources, 'secrets')"),
    ("lb svcs", "SELECT namespace, name FROM services WHERE type = 'LoadBalancer'"),
    ("pods the scheduler couldn't place", "SELECT namespace, name FROM pods WHERE NOT scheduled"),
    ("which five pods have been around the longest?",
     "SELECT namespace, name FROM pods ORDER BY created LIMIT 5"),
    ("frontend containers failing readiness",
     "SELECT pod, name FROM containers WHERE namespace = 'frontend' AND NOT ready"),
    ("sts/kafka -n data pods",
     "SELECT name FROM pods WHERE namespace = 'data' AND owner_kind = 'StatefulSet' AND owner_name = 'kafka'"),
    ("ds fluent-bit -n monitoring: pod + node",
     "SELECT name, node FROM pods WHERE namespace = 'monitoring' AND owner_kind = 'DaemonSet' "
     "AND owner_name = 'fluent-bit'"),
    ("who uses claim data-postgres-1 (ns data)",
     "SELECT name FROM pods WHERE namespace = 'data' AND list_contains(pvcs, 'data-postgres-1')"),
    ("whats scheduled on the cordoned nodes",
     "SELECT p.namespace, p.name FROM pods p JOIN nodes n ON p.node = n.name WHERE n.unschedulable"),
    # the events of a reason only nodes have are shown without a namespace, as a node's events are
    ("OOMKilling events", "SELECT namespace, involved_name, message FROM events WHERE reason = 'OOMKilling'"),
    ('events with message containing "back-off restarting"',
     "SELECT namespace, object, reason FROM events WHERE message ILIKE '%back-off restarting%'"),
    ("events that say 'failed to pull'",
     "SELECT namespace, object, message FROM events WHERE message ILIKE '%failed to pull%'"),
]


@pytest.mark.parametrize(("question", "word"), UNREAD)
def test_a_listing_with_its_qualifier_unread_is_declined(translator, question, word):
    result = translator.translate(question)
    assert result.declined, result.sql
    assert f"'{word}'" in result.message and "every" in result.message


def test_an_unread_qualifier_on_the_real_snapshot_is_declined(real_translator):
    result = real_translator.translate("cluster roles that no binding refers to")
    assert result.declined, result.sql
    assert "'binding'" in result.message


@pytest.mark.parametrize(("question", "sql"), LISTED)
def test_a_listing_whose_words_are_all_read_is_answered(translator, engine, question, sql):
    assert_same_rows(translator, engine, question, sql)


@pytest.mark.parametrize("question", REFUSED)
def test_orders_and_what_the_cluster_lacks_are_declined(translator, question):
    result = translator.translate(question)
    assert result.declined, result.sql


@pytest.mark.parametrize(("question", "sql"), ANSWERED)
def test_what_the_objects_hold_is_answered(translator, engine, question, sql):
    assert_same_rows(translator, engine, question, sql)


def test_older_then_is_read_as_older_than(translator, engine):
    assert_same_rows(
        translator, engine, "my pods older then 30 days",
        "SELECT name FROM pods WHERE namespace = 'frontend' AND age > INTERVAL 30 DAYS", namespace="frontend",
    )


FOLLOW_UPS = [
    ("deployments in checkout with their ready replica counts",
     "SELECT name, ready_replicas FROM deployments WHERE namespace = 'checkout'", "sort desc",
     "SELECT name, ready_replicas FROM deployments WHERE namespace = 'checkout' ORDER BY ready_replicas DESC"),
    ("pvcs in data and their size", "SELECT name, storage_request FROM persistentvolumeclaims WHERE namespace = 'data'",
     "which one is the biggest?",
     "SELECT name, storage_request FROM persistentvolumeclaims WHERE namespace = 'data' "
     "ORDER BY storage_request DESC LIMIT 1"),
    ("data pods and restarts", "SELECT name, restarts FROM pods WHERE namespace = 'data'", "2 worst?",
     "SELECT name, restarts FROM pods WHERE namespace = 'data' ORDER BY restarts DESC LIMIT 2"),
    ("top 3 ns by cpu requests",
     "SELECT namespace, sum(cpu_request) AS cpu FROM pods GROUP BY namespace ORDER BY cpu DESC LIMIT 3",
     "by memory instead",
     "SELECT namespace, sum(memory_request) AS memory FROM pods GROUP BY namespace ORDER BY memory DESC LIMIT 3"),
    ("busiest node by pod count",
     "SELECT node, count(*) AS pods FROM pods WHERE node IS NOT NULL GROUP BY node ORDER BY pods DESC LIMIT 1",
     "and by memory requests?",
     "SELECT node, sum(memory_request) AS memory FROM pods WHERE node IS NOT NULL GROUP BY node "
     "ORDER BY memory DESC LIMIT 1"),
    ("how many pods per node?", "SELECT node, count(*) FROM pods WHERE node IS NOT NULL GROUP BY node",
     "per zone instead", "SELECT n.zone, count(*) FROM pods p JOIN nodes n ON p.node = n.name GROUP BY n.zone"),
    ("new pods in staging (past day)",
     "SELECT name FROM pods WHERE namespace = 'staging' AND created > now() - INTERVAL 1 DAY",
     "widen it to a week",
     "SELECT name FROM pods WHERE namespace = 'staging' AND created > now() - INTERVAL 7 DAY"),
    ("what's scheduled on worker-7?", "SELECT namespace, name FROM pods WHERE node = 'worker-7'",
     "what state are they in?", "SELECT namespace, name, status FROM pods WHERE node = 'worker-7'"),
    ("ns with team=web", "SELECT name FROM namespaces WHERE labels['team'] = 'web'",
     "just the ones labelled environment=production",
     "SELECT name FROM namespaces WHERE labels['team'] = 'web' AND labels['environment'] = 'production'"),
    ("ml deploys: ready + images", "SELECT name, ready, images FROM deployments WHERE namespace = 'ml'",
     "drop the ready and image columns, names only", "SELECT name FROM deployments WHERE namespace = 'ml'"),
    ("po -n frontend", "SELECT name FROM pods WHERE namespace = 'frontend'", "-l app=storefront",
     "SELECT name FROM pods WHERE namespace = 'frontend' AND labels['app'] = 'storefront'"),
    ("running pods in ml", "SELECT name FROM pods WHERE namespace = 'ml' AND status = 'Running'",
     "all of them, not just the running ones", "SELECT name FROM pods WHERE namespace = 'ml'"),
    ("how many pods are in each namespace?", "SELECT namespace, count(*) FROM pods GROUP BY namespace",
     "just the biggest", "SELECT namespace, count(*) AS n FROM pods GROUP BY namespace ORDER BY n DESC LIMIT 1"),
    ("top 3 ns by cpu requests",
     "SELECT namespace, sum(cpu_request) AS cpu FROM pods GROUP BY namespace ORDER BY cpu DESC LIMIT 3",
     "same thing for memory requests",
     "SELECT namespace, sum(memory_request) AS memory FROM pods GROUP BY namespace ORDER BY memory DESC LIMIT 3"),
    ("horizontal pod autoscalers", "SELECT namespace, name FROM horizontalpodautoscalers", "any maxed out?",
     "SELECT namespace, name FROM horizontalpodautoscalers WHERE current_replicas >= max_replicas"),
    ("restart counts of the pods in payments", "SELECT name, restarts FROM pods WHERE namespace = 'payments'",
     "only the 3 that restart most",
     "SELECT name, restarts FROM pods WHERE namespace = 'payments' ORDER BY restarts DESC LIMIT 3"),
    ("pods with more than 5 restarts", "SELECT namespace, name, restarts FROM pods WHERE restarts > 5",
     "and more than 30?", "SELECT namespace, name, restarts FROM pods WHERE restarts > 30"),
    ("which pods are on nodes that are not ready?",
     "SELECT p.namespace, p.name FROM pods p JOIN nodes n ON p.node = n.name WHERE NOT n.ready", "count em",
     "SELECT count(*) FROM pods p JOIN nodes n ON p.node = n.name WHERE NOT n.ready"),
    ("which nodes are cordoned?", "SELECT name FROM nodes WHERE unschedulable", "how many po still sit there?",
     "SELECT count(*) FROM pods p JOIN nodes n ON p.node = n.name WHERE n.unschedulable"),
    ("po -n payments", "SELECT name FROM pods WHERE namespace = 'payments'", "any not Running?",
     "SELECT name FROM pods WHERE namespace = 'payments' AND status <> 'Running'"),
    ("pending pvcs", "SELECT namespace, name FROM persistentvolumeclaims WHERE status = 'Pending'",
     "how big are they, in GiB?",
     "SELECT namespace, name, storage_request / 1024 ^ 3 FROM persistentvolumeclaims WHERE status = 'Pending'"),
    ("frontend po running on worker-7", "SELECT name FROM pods WHERE namespace = 'frontend' AND node = 'worker-7'",
     "with pod ip", "SELECT name, ip FROM pods WHERE namespace = 'frontend' AND node = 'worker-7'"),
    ("deployments in frontend", "SELECT name FROM deployments WHERE namespace = 'frontend'",
     "sort by replica count, largest first",
     "SELECT name, desired FROM deployments WHERE namespace = 'frontend' ORDER BY desired DESC"),
    ("pvc pending", "SELECT namespace, name FROM persistentvolumeclaims WHERE status = 'Pending'",
     "show storageclass",
     "SELECT namespace, name, storage_class FROM persistentvolumeclaims WHERE status = 'Pending'"),
    ("deployments in payments", "SELECT name FROM deployments WHERE namespace = 'payments'",
     "any missing replicas?",
     "SELECT name FROM deployments WHERE namespace = 'payments' AND ready_replicas < desired"),
    ("pod count per ns", "SELECT namespace, count(*) FROM pods GROUP BY namespace", "same thing for svc",
     "SELECT namespace, count(*) FROM services GROUP BY namespace"),
    ("which pod in data got OOMKilled?",
     "SELECT DISTINCT pod FROM containers WHERE namespace = 'data' AND (reason = 'OOMKilled' OR last_reason = 'OOMKilled')",
     "show me its events",
     "SELECT type, reason, message FROM events WHERE namespace = 'data' AND involved_kind = 'Pod' AND involved_name IN "
     "(SELECT pod FROM containers WHERE namespace = 'data' AND (reason = 'OOMKilled' OR last_reason = 'OOMKilled'))"),
]

# another kind said after a named object: that kind's objects of it
KIND_AFTER = [
    ("sts/kafka po -n data",
     "SELECT name FROM pods WHERE namespace = 'data' AND owner_kind = 'StatefulSet' AND owner_name = 'kafka'"),
    ("kafka statefulset pods in data",
     "SELECT name FROM pods WHERE namespace = 'data' AND owner_kind = 'StatefulSet' AND owner_name = 'kafka'"),
]


@pytest.mark.parametrize(("previous", "previous_sql", "question", "sql"), FOLLOW_UPS)
def test_terse_follow_ups_edit_the_previous_answer(translator, engine, previous, previous_sql, question, sql):
    assert_same_after(translator, engine, previous, previous_sql, question, sql)


@pytest.mark.parametrize(("question", "sql"), KIND_AFTER)
def test_a_kind_said_after_a_named_object_is_its_objects(translator, engine, question, sql):
    assert_same_rows(translator, engine, question, sql)


def test_a_grouping_left_unread_is_declined_not_one_total(translator):
    result = translator.translate("total storage requested by claims per provisioner")
    assert result.declined and "'per provisioner'" in result.message


@pytest.mark.parametrize("question", ["who mounts ci-deployer-token", "which pods use ci-deployer-token"])
def test_a_secret_named_like_a_credential_is_a_name_not_a_value(translator, question):
    result = translator.translate(question)
    assert not result.declined, result.message
    assert "list_contains" in result.sql.lower() or "array_contains" in result.sql.lower()
    assert "'ci-deployer-token'" in result.sql


def test_a_known_join_keeps_to_the_namespace_named(real_translator, real_engine):
    # "pods waiting on a pending PVC" is read by its own pattern, which the namespace named must still scope
    assert_same_rows(
        real_translator, real_engine, "team-b pods waiting on a pending PVC",
        "SELECT p.name FROM pods p JOIN persistentvolumeclaims c ON c.namespace = p.namespace "
        "AND list_contains(p.pvcs, c.name) WHERE c.status = 'Pending' AND p.namespace = 'team-b'",
    )
