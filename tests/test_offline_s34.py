"""kubectl as people paste it: a field selector's `!=` keeps the objects that lack the value (it was read as
`=`, the opposite answer); `| wc -l` counts, `| tail -5` after `--sort-by` keeps the last five; `-o wide` shows a
pod's node and other output formats (`-o yaml`, `-o name`, `--no-headers`) change only how kubectl prints.
Places asked of nodes ("which zones have not ready nodes?") are the nodes' own, each once. Also: a service's
backends are its endpoints; a namespace said over the asker's own must exist; a class named before its kind
word ("the standard storage class") must exist; events of pods picked by a missing field go through the pods;
spec paths and API field names (resources.limits.memory, persistentVolumeReclaimPolicy, matchLabels) and
short ways of saying a count or a state ("count rs with desired 0 by ns", "LB", "running-but-unready")."""

from __future__ import annotations

import pytest

from kubequery.translate.base import Turn
from tests.test_offline import assert_same_rows, ctx


@pytest.mark.parametrize(
    ("question", "gold"),
    [
        (
            "kubectl get pods --field-selector=status.phase!=Running -A",
            "SELECT namespace, name FROM pods WHERE phase <> 'Running'",
        ),
        ("pods with status.phase!=Running", "SELECT namespace, name FROM pods WHERE phase <> 'Running'"),
        (
            "kubectl get pods -A --field-selector=spec.nodeName!=worker-3",
            "SELECT namespace, name FROM pods WHERE node IS DISTINCT FROM 'worker-3'",
        ),
        ("kubectl get pods -A | wc -l", "SELECT count(*) FROM pods"),
        (
            "kubectl get pods -n payments --no-headers | wc -l",
            "SELECT count(*) FROM pods WHERE namespace = 'payments'",
        ),
        (
            "kubectl get pods -A --sort-by=.status.containerStatuses[0].restartCount | tail -5",
            "SELECT namespace, name, restarts FROM pods ORDER BY restarts DESC LIMIT 5",
        ),
        ("kubectl get pods -o wide -n checkout", "SELECT name, node FROM pods WHERE namespace = 'checkout'"),
        ("get deploy -n checkout -o wide", "SELECT name FROM deployments WHERE namespace = 'checkout'"),
        ("kubectl get pods -n payments -o yaml", "SELECT name FROM pods WHERE namespace = 'payments'"),
        ("kubectl get nodes -o name", "SELECT name FROM nodes"),
        (
            "kubectl get pods -n payments -o jsonpath='{..image}'",
            "SELECT name, images FROM pods WHERE namespace = 'payments'",
        ),
        ("po -A -o wide | grep worker-3", "SELECT namespace, name FROM pods WHERE node = 'worker-3'"),
    ],
)
def test_kubectl_flags_and_pipes(translator, engine, question, gold):
    assert_same_rows(translator, engine, question, gold, columns=True)


@pytest.mark.parametrize(
    ("question", "gold"),
    [
        ("zones with not ready nodes", "SELECT DISTINCT zone FROM nodes WHERE NOT ready"),
        ("which zones have not ready nodes?", "SELECT DISTINCT zone FROM nodes WHERE NOT ready"),
        ("which zones have nodes that are not ready?", "SELECT DISTINCT zone FROM nodes WHERE NOT ready"),
        ("which zones have cordoned nodes?", "SELECT DISTINCT zone FROM nodes WHERE unschedulable"),
        ("which regions have nodes?", "SELECT DISTINCT region FROM nodes"),
        (
            "zones that have crashlooping pods",
            "SELECT DISTINCT n.zone FROM pods p JOIN nodes n ON n.name = p.node "
            "WHERE p.status LIKE '%CrashLoopBackOff'",
        ),
    ],
)
def test_places_of_nodes_are_their_own(translator, engine, question, gold):
    assert_same_rows(translator, engine, question, gold, columns=True)


@pytest.mark.parametrize(
    ("question", "gold"),
    [
        # a kind of two words said in the plural ranks them all, as "biggest pvcs" does
        ("biggest persistent volumes", "SELECT name, capacity FROM persistentvolumes ORDER BY capacity DESC"),
        (
            "nodes with the most memory",
            "SELECT name, memory_capacity FROM nodes ORDER BY memory_capacity DESC",
        ),
        (
            "the biggest persistent volume",
            "SELECT name, capacity FROM persistentvolumes ORDER BY capacity DESC LIMIT 1",
        ),
        # a last run long ago is a time in the cron job's status, not a past state
        (
            "cronjobs whose last run was more than 2 hours ago",
            "SELECT namespace, name FROM cronjobs WHERE last_schedule < now() - INTERVAL 2 HOURS",
        ),
        # the resource said once holds for both amounts
        (
            "pods that have a cpu request but no limit",
            "SELECT namespace, name FROM pods WHERE cpu_request IS NOT NULL AND cpu_limit IS NULL",
        ),
        # an hpa's last rescale is its last scale time
        (
            "when did the checkout-api hpa last rescale?",
            "SELECT last_scale_time FROM horizontalpodautoscalers WHERE name = 'checkout-api'",
        ),
        # the cluster's capacity is its nodes' added up (and its pod capacity, what pods may use)
        ("cpu capacity of the cluster", "SELECT sum(cpu_capacity) FROM nodes"),
        ("what is the cluster memory capacity?", "SELECT sum(memory_capacity) FROM nodes"),
        ("total pod capacity of the cluster", "SELECT sum(pods_allocatable) FROM nodes"),
    ],
)
def test_rankings_times_and_totals(translator, engine, question, gold):
    assert_same_rows(translator, engine, question, gold, columns=True)


@pytest.mark.parametrize(
    "question",
    [
        "how many pods were there more than 2 hours ago?",
        "what was the replica count of checkout-api a week ago?",
    ],
)
def test_a_past_state_is_still_declined(translator, question):
    from tests.test_offline import ctx

    assert translator.translate(question, context=ctx()).declined


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        ("which pvcs use the standard storage class and are bound?", "StorageClass named 'standard'"),
        ("pods with the platinum priority class", "PriorityClass named 'platinum'"),
    ],
)
def test_a_class_the_cluster_lacks_is_declined(translator, question, missing):
    t = translator.translate(question, context=ctx())
    assert t.declined, t.sql
    assert missing in t.message


@pytest.mark.parametrize(
    ("question", "gold"),
    [
        (
            "pvcs using the gp3 storage class",
            "SELECT namespace, name FROM persistentvolumeclaims WHERE storage_class = 'gp3'",
        ),
        (
            "pvcs using the default storage class",
            "SELECT c.namespace, c.name FROM persistentvolumeclaims c JOIN storageclasses s ON s.name = c.storage_class "
            "WHERE s.is_default",
        ),
    ],
)
def test_a_class_the_cluster_has_is_read(translator, engine, question, gold):
    assert_same_rows(translator, engine, question, gold, columns=True)


@pytest.mark.parametrize(
    ("question", "gold"),
    [
        # a pod's own volume, not a persistent volume's source
        (
            "pods using hostPath volumes",
            """SELECT namespace, name FROM pods WHERE json_extract_string(raw, '$.spec.volumes') LIKE '%"hostPath"%'""",
        ),
        # session affinity said alone is the one value that sets it; without it, None
        (
            "services with session affinity",
            "SELECT namespace, name FROM services WHERE session_affinity = 'ClientIP'",
        ),
        (
            "services without session affinity",
            "SELECT namespace, name FROM services WHERE session_affinity = 'None'",
        ),
    ],
)
def test_pod_volumes_and_session_affinity(real_translator, real_engine, question, gold):
    assert_same_rows(real_translator, real_engine, question, gold, columns=True)


def test_allowed_disruptions_is_no_grant(translator, engine):
    """ "in the cluster" after a pdb's ALLOWED DISRUPTIONS is every namespace, as after any other column."""
    assert_same_rows(
        translator,
        engine,
        "pdb with ALLOWED DISRUPTIONS 0 in the cluster",
        "SELECT namespace, name FROM poddisruptionbudgets WHERE disruptions_allowed = 0",
        columns=True,
    )


@pytest.mark.parametrize(
    ("question", "gold"),
    [
        # the pods' lack of a field picks the events, through the pods
        (
            "events about pods without cpu limits",
            "SELECT e.namespace, e.involved_name, e.reason FROM events e JOIN pods p ON e.involved_kind = 'Pod' "
            "AND e.namespace = p.namespace AND e.involved_name = p.name WHERE p.cpu_limit IS NULL",
        ),
        # a namespace's quota is a resource quota in it
        (
            "namespaces with their quota",
            "SELECT DISTINCT n.name, q.name FROM namespaces n JOIN resourcequotas q ON q.namespace = n.name",
        ),
    ],
)
def test_events_of_pods_picked_by_a_missing_field(translator, engine, question, gold):
    assert_same_rows(translator, engine, question, gold, columns=True)


def test_events_of_pods_without_an_owner(real_translator, real_engine):
    """An event has no owner: "pods with no owner" picks the events through the pods (it read the events'
    own owner, always empty, and gave every pod's events)."""
    assert_same_rows(
        real_translator,
        real_engine,
        "warning events for pods without an owner",
        "SELECT e.namespace, e.involved_name, e.reason FROM events e JOIN pods p ON e.involved_kind = 'Pod' "
        "AND e.namespace = p.namespace AND e.involved_name = p.name WHERE p.owner_kind IS NULL "
        "AND e.type = 'Warning'",
        columns=True,
    )


@pytest.mark.parametrize(
    ("question", "gold", "namespace"),
    [
        # a service's backends are its endpoints' addresses
        (
            "services with the most healthy backends (top three)",
            "SELECT namespace, name, ready_address_count FROM endpoints ORDER BY ready_address_count DESC LIMIT 3",
            None,
        ),
        (
            "top 3 svc by number of ready endpoint addresses",
            "SELECT namespace, name, ready_address_count FROM endpoints ORDER BY ready_address_count DESC LIMIT 3",
            None,
        ),
        (
            "my services that have nothing ready behind them",
            "SELECT s.name FROM services s LEFT JOIN endpoints e ON e.namespace = s.namespace AND e.name = s.name "
            "WHERE s.namespace = 'payments' AND s.type <> 'ExternalName' AND coalesce(e.ready_address_count, 0) = 0",
            "payments",
        ),
        (
            "services with no healthy backends",
            "SELECT s.namespace, s.name FROM services s LEFT JOIN endpoints e ON e.namespace = s.namespace "
            "AND e.name = s.name WHERE s.type <> 'ExternalName' AND coalesce(e.ready_address_count, 0) = 0",
            None,
        ),
    ],
)
def test_backends_are_endpoints(translator, engine, question, gold, namespace):
    assert_same_rows(translator, engine, question, gold, columns=True, namespace=namespace)


@pytest.mark.parametrize(
    "question", ["ready endpoints per service in bookinfo", "ready endpoints per service -n bookinfo"]
)
def test_a_namespace_said_over_the_current_one_must_exist(translator, question):
    """Asked from payments, a namespace the cluster lacks was dropped and payments answered instead."""
    t = translator.translate(question, context=ctx("payments"))
    assert t.declined, t.sql
    assert "'bookinfo'" in t.message


@pytest.mark.parametrize(
    "question", ["are my statefulsets ready?", "how ready are my statefulsets?", "sts here w/ READY column"]
)
def test_are_they_ready_shows_the_ready_column(translator, engine, question):
    assert_same_rows(
        translator,
        engine,
        question,
        "SELECT name, ready FROM statefulsets WHERE namespace = 'data'",
        columns=True,
        namespace="data",
    )


@pytest.mark.parametrize(
    ("question", "gold"),
    [
        (
            "what deployments r crash looping",
            "SELECT DISTINCT r.namespace, r.owner_name FROM pods p JOIN replicasets r ON r.namespace = p.namespace "
            "AND r.name = p.owner_name WHERE r.owner_kind = 'Deployment' AND p.status LIKE '%CrashLoopBackOff'",
        ),
        (
            "unused priorityclasses",
            "SELECT c.name FROM priorityclasses c WHERE NOT EXISTS (SELECT 1 FROM pods p WHERE p.priority_class = c.name)",
        ),
        (
            "team-a po without resources.limits.memory",
            "SELECT name FROM pods WHERE namespace = 'team-a' AND memory_limit IS NULL",
        ),
    ],
)
def test_spec_paths_and_workload_states(real_translator, real_engine, question, gold):
    assert_same_rows(real_translator, real_engine, question, gold, columns=True)


def test_empty_labels_are_none(real_translator, real_engine):
    assert_same_rows(
        real_translator,
        real_engine,
        "deployments with empty metadata.labels",
        "SELECT namespace, name FROM deployments WHERE labels IS NULL OR cardinality(labels) = 0",
        columns=True,
    )


@pytest.mark.parametrize(
    ("question", "gold"),
    [
        (
            "how many PVCs use each storage class?",
            "SELECT storage_class, count(*) FROM persistentvolumeclaims GROUP BY storage_class",
        ),
        (
            "count rs with desired 0 by ns",
            "SELECT namespace, count(*) FROM replicasets WHERE desired = 0 GROUP BY namespace",
        ),
        (
            "how many scaled-down (old) replica sets are there in each namespace?",
            "SELECT namespace, count(*) FROM replicasets WHERE desired = 0 GROUP BY namespace",
        ),
        (
            "how many deployment replicas are unavailable in total?",
            "SELECT sum(unavailable_replicas) FROM deployments",
        ),
        (
            "running-but-unready containers -A",
            "SELECT namespace, pod, name FROM containers WHERE state = 'running' AND NOT ready",
        ),
        (
            "rollouts still in progress (not all pods updated)",
            "SELECT namespace, name FROM deployments WHERE up_to_date < desired",
        ),
    ],
)
def test_counts_and_states_said_the_short_way(translator, engine, question, gold):
    assert_same_rows(translator, engine, question, gold, columns=True)


@pytest.mark.parametrize(
    ("question", "gold"),
    [
        (
            "pv with persistentVolumeReclaimPolicy=Retain",
            "SELECT name FROM persistentvolumes WHERE reclaim_policy = 'Retain'",
        ),
        (
            "deploy with matchLabels tier: backend",
            "SELECT namespace, name FROM deployments WHERE selector['tier'] = 'backend'",
        ),
        ("# of clusterroles with an aggregationRule", "SELECT count(*) FROM clusterroles WHERE aggregated"),
        (
            "containers pulling always",
            "SELECT namespace, pod, name FROM containers WHERE image_pull_policy = 'Always'",
        ),
    ],
)
def test_spec_fields_by_their_api_names(real_translator, real_engine, question, gold):
    assert_same_rows(real_translator, real_engine, question, gold, columns=True)


@pytest.mark.parametrize(
    ("question", "gold"),
    [
        ("svc of type LB", "SELECT namespace, name FROM services WHERE type = 'LoadBalancer'"),
        ("how many LBs are there?", "SELECT count(*) FROM services WHERE type = 'LoadBalancer'"),
    ],
)
def test_lb_is_a_load_balancer(real_translator, real_engine, question, gold):
    assert_same_rows(real_translator, real_engine, question, gold, columns=True)


def test_a_follow_up_total_in_the_unit_it_names(translator, engine):
    """ "total … of those (gib)?" after a listing: the total, in GiB (it was left in bytes)."""
    turns = (Turn("pods in payments", "SELECT name FROM pods WHERE namespace = 'payments'"),)
    t = translator.translate("total memory requested in gib", context=ctx(turns=turns))
    expected = engine.query("SELECT sum(memory_request) / 1024 ^ 3 FROM pods WHERE namespace = 'payments'")
    assert engine.query(t.sql).rows == expected.rows, t.sql


@pytest.mark.parametrize(
    "question", ["services whose selector has more than one label", "svc selecting on 2+ labels"]
)
def test_a_selectors_size(real_translator, real_engine, question):
    gold = "SELECT namespace, name FROM services WHERE cardinality(selector) > 1"
    assert_same_rows(real_translator, real_engine, question, gold, columns=True)


@pytest.mark.parametrize(
    ("question", "gold"),
    [
        (
            "svc backed by CrashLoopBackOff pods",
            "SELECT DISTINCT s.namespace, s.name FROM services s JOIN pods p ON p.namespace = s.namespace "
            "AND map_entries(s.selector) <@ map_entries(p.labels) WHERE p.status LIKE '%CrashLoopBackOff'",
        ),
        (
            "what default cpu and memory limits do containers in payments get?",
            "SELECT name, default_cpu_limit, default_memory_limit FROM limitranges WHERE namespace = 'payments'",
        ),
        (
            "which events keep firing, over a thousand times?",
            "SELECT namespace, object, reason, count FROM events WHERE count > 1000",
        ),
        (
            "restart counts of contianers in ns payments (non-zero)",
            "SELECT pod, name, restarts FROM containers WHERE namespace = 'payments' AND restarts > 0",
        ),
        (
            "node cpu request percentage",
            "SELECT n.name, 100 * sum(p.cpu_request) / n.cpu_allocatable FROM nodes n LEFT JOIN pods p "
            "ON p.node = n.name GROUP BY n.name, n.cpu_allocatable",
        ),
    ],
)
def test_more_ways_of_saying_it(translator, engine, question, gold):
    assert_same_rows(translator, engine, question, gold, columns=True)


@pytest.mark.parametrize(
    "question", ["number of pods in current ns", "pods in this namespace", "pods in my ns"]
)
def test_the_current_namespace_said_in_words_is_no_name(translator, engine, question):
    gold = (
        "SELECT count(*) FROM pods WHERE namespace = 'payments'"
        if "number" in question
        else ("SELECT name FROM pods WHERE namespace = 'payments'")
    )
    assert_same_rows(translator, engine, question, gold, columns=True, namespace="payments")


@pytest.mark.parametrize(
    ("question", "gold"),
    [
        ("which jobs had pod failures?", "SELECT namespace, name FROM jobs WHERE failed > 0"),
        (
            "cluster capacity: cpu and memory in GiB",
            "SELECT sum(cpu_capacity), sum(memory_capacity) / 1024 ^ 3 FROM nodes",
        ),
        (
            "who gets wildcard access through crbs?",
            "SELECT b.name, b.subjects FROM clusterrolebindings b JOIN clusterroles r ON r.name = b.role_name "
            "WHERE list_contains(r.verbs, '*') AND list_contains(r.resources, '*')",
        ),
    ],
)
def test_failures_capacity_and_wildcards(real_translator, real_engine, question, gold):
    assert_same_rows(real_translator, real_engine, question, gold, columns=True)


@pytest.mark.parametrize(
    ("question", "gold"),
    [
        (
            "how many containers per last termination reason?",
            "SELECT last_reason, count(*) FROM containers WHERE last_reason IS NOT NULL GROUP BY last_reason",
        ),
        (
            "which containers exited with an error code?",
            "SELECT namespace, pod, name FROM containers WHERE state = 'terminated' AND exit_code <> 0",
        ),
        (
            "which pods set memory requests but not cpu limits?",
            "SELECT namespace, name FROM pods WHERE memory_request IS NOT NULL AND cpu_limit IS NULL",
        ),
        (
            "pods with init containers in checkout",
            "SELECT name FROM pods WHERE namespace = 'checkout' AND len(init_containers) > 0",
        ),
    ],
)
def test_counted_by_own_column_and_spec_phrasing(translator, engine, question, gold):
    assert_same_rows(translator, engine, question, gold, columns=True)


def test_running_but_failing_readiness(real_translator, real_engine):
    assert_same_rows(
        real_translator,
        real_engine,
        "which team-b pods show Running but aren't passing readiness?",
        "SELECT name FROM pods WHERE namespace = 'team-b' AND status = 'Running' AND NOT is_ready",
        columns=True,
    )


@pytest.mark.parametrize(
    ("question", "gold"),
    [
        (
            "services without any backends",
            "SELECT s.namespace, s.name FROM services s LEFT JOIN endpoints e ON e.namespace = s.namespace "
            "AND e.name = s.name WHERE s.type <> 'ExternalName' AND coalesce(e.ready_address_count, 0) = 0",
        ),
    ],
)
def test_dead_backends(translator, engine, question, gold):
    assert_same_rows(translator, engine, question, gold, columns=True)


def test_an_ingress_with_a_dead_backend(translator):
    """No ingress on either cluster has one, so the reading itself is checked: its services' ready endpoints."""
    t = translator.translate("ingresses with a dead backend", context=ctx())
    assert not t.declined, t.message
    assert "ingresses" in t.sql, t.sql
    assert "coalesce(e.ready_address_count, 0) = 0" in t.sql


def test_orphaned_volumes_have_no_claim(translator, engine):
    assert_same_rows(
        translator,
        engine,
        "orphaned persistent volumes",
        "SELECT v.name FROM persistentvolumes v LEFT JOIN persistentvolumeclaims c ON c.namespace = v.claim_namespace "
        "AND c.name = v.claim_name WHERE c.name IS NULL",
        columns=True,
    )


@pytest.mark.parametrize(
    ("question", "gold"),
    [
        ("pods sorted by restarts ascending", "SELECT namespace, name, restarts FROM pods ORDER BY restarts"),
        (
            "pods sorted by restarts, lowest first",
            "SELECT namespace, name, restarts FROM pods ORDER BY restarts",
        ),
        (
            "list the HPAs with their max replicas, highest first",
            "SELECT namespace, name, max_replicas FROM horizontalpodautoscalers ORDER BY max_replicas DESC",
        ),
        (
            "quota usage %, highest first",
            "SELECT namespace, name, max_usage_percent FROM resourcequotas ORDER BY max_usage_percent DESC",
        ),
    ],
)
def test_the_order_asked(translator, engine, question, gold):
    t = translator.translate(question, context=ctx())
    assert not t.declined, t.message
    assert engine.query(t.sql).rows == engine.query(gold).rows, t.sql  # in that order


@pytest.mark.parametrize(
    ("question", "gold"),
    [
        (
            "what deployments get hit if worker-3 goes away?",
            "SELECT DISTINCT r.namespace, r.owner_name FROM pods p JOIN replicasets r ON r.namespace = p.namespace "
            "AND r.name = p.owner_name WHERE p.node = 'worker-3' AND r.owner_kind = 'Deployment'",
        ),
    ],
)
def test_what_runs_and_what_a_node_takes_with_it(real_translator, real_engine, question, gold):
    assert_same_rows(real_translator, real_engine, question, gold, columns=True)


def test_containers_that_just_sleep(translator, engine):
    gold = "SELECT namespace, pod, name FROM containers WHERE list_contains(command, 'sleep')"
    assert_same_rows(translator, engine, "which containers just run sleep infinity?", gold, columns=True)
