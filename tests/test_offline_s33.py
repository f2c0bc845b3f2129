"""Names the cluster lacks, on every reading path: a namespace said beside a join ("services in shop and how
many endpoints each has") or in a reading by place or of events ("pods in shop per zone", "events per hour
in shop"), and a workload said before "pod" ("which nodes don't have a fluent-bit pod?"), were left out and
the answer covered everything. Also: a segfault is exit code 139, and pods asked by exit code are pods; a
count compared beside a state of replicas ("deployments with more than 3 replicas that are not ready"); a part
of a name that is also a namespace ("secrets with checkout in the name"); a secret or an environment variable
called by its name ("secrets called db-creds", "an env var named DB_PASSWORD") is no value asked for."""

from __future__ import annotations

import pytest

from tests.test_offline import assert_same_rows, ctx


@pytest.mark.parametrize(
    "question",
    [
        "services in shop and how many endpoints each has",
        "how are the pods in shop spread across zones?",
        "how many pods in shop per zone",
        "which zones have pods in shop",
        "events per hour in shop",
        "first and last time of the BackOff events in shop",
        "pods in shop by node",
    ],
)
def test_a_namespace_the_cluster_lacks_is_declined_on_every_path(translator, question):
    t = translator.translate(question, context=ctx())
    assert t.declined, t.sql
    assert "'shop'" in t.message


@pytest.mark.parametrize(
    ("question", "gold"),
    [
        (
            "services in payments and how many endpoints each has",
            "SELECT s.name, coalesce(e.ready_address_count, 0) FROM services s LEFT JOIN endpoints e "
            "ON e.namespace = s.namespace AND e.name = s.name WHERE s.namespace = 'payments'",
        ),
        (
            "how many pods in payments per zone",
            "SELECT n.zone, count(*) FROM pods p JOIN nodes n ON p.node = n.name "
            "WHERE p.namespace = 'payments' GROUP BY n.zone",
        ),
        (
            "events per hour in payments",
            "SELECT date_trunc('hour', last_seen), count(*) FROM events WHERE namespace = 'payments' "
            "GROUP BY 1",
        ),
    ],
)
def test_a_namespace_the_cluster_has_still_scopes_those_readings(translator, engine, question, gold):
    assert_same_rows(translator, engine, question, gold, columns=True)


@pytest.mark.parametrize(
    "question", ["which nodes don't have a fluent-bit pod?", "is there a fluent-bit pod on cp-1?"]
)
def test_a_workload_the_cluster_lacks_said_before_pod_is_declined(real_translator, question):
    t = real_translator.translate(question, context=ctx())
    assert t.declined, t.sql
    assert "'fluent-bit'" in t.message


@pytest.mark.parametrize(
    ("question", "gold"),
    [
        (
            "which nodes don't have a coredns pod?",
            "SELECT n.name FROM nodes n WHERE NOT EXISTS (SELECT 1 FROM pods p JOIN replicasets r "
            "ON r.namespace = p.namespace AND r.name = p.owner_name WHERE p.node = n.name "
            "AND r.owner_kind = 'Deployment' AND r.owner_name = 'coredns')",
        ),
        (
            "show the kube-proxy pods",
            "SELECT name FROM pods WHERE owner_kind = 'DaemonSet' AND owner_name = 'kube-proxy'",
        ),
    ],
)
def test_workloads_the_cluster_has_still_name_their_pods(real_translator, real_engine, question, gold):
    assert_same_rows(real_translator, real_engine, question, gold)


@pytest.mark.parametrize(
    "question",
    [
        "which pods crashed because of a segfault?",
        "containers that segfaulted",
        "how many containers died from SIGSEGV",
        "pods with segmentation faults",
    ],
)
def test_a_segfault_is_exit_code_139(translator, question):
    t = translator.translate(question, context=ctx())
    assert not t.declined, t.message
    assert "exit_code = 139" in t.sql and "last_exit_code = 139" in t.sql


@pytest.mark.parametrize(
    ("question", "gold"),
    [
        (
            "which pods exited with code 137",
            "SELECT DISTINCT namespace, pod FROM containers WHERE exit_code = 137 OR last_exit_code = 137",
        ),
        (
            "how many pods exited with code 137",
            "SELECT count(DISTINCT (namespace, pod)) FROM containers "
            "WHERE exit_code = 137 OR last_exit_code = 137",
        ),
        (
            "containers that exited with code 137",
            "SELECT namespace, pod, name FROM containers WHERE exit_code = 137 OR last_exit_code = 137",
        ),
    ],
)
def test_pods_asked_by_exit_code_are_each_pod_once(translator, engine, question, gold):
    assert_same_rows(translator, engine, question, gold, columns=True)


@pytest.mark.parametrize(
    ("question", "gold"),
    [
        (
            "deployments with more than 3 replicas that are not ready",
            "SELECT namespace, name FROM deployments WHERE ready_replicas < desired AND desired > 3",
        ),
        (
            "not fully ready deployments with more than 3 replicas",
            "SELECT namespace, name FROM deployments WHERE ready_replicas < desired AND desired > 3",
        ),
        (
            "statefulsets with more than 1 replica that are not ready",
            "SELECT namespace, name FROM statefulsets WHERE ready_replicas < desired AND desired > 1",
        ),
    ],
)
def test_a_count_compared_beside_a_replica_state_is_kept(translator, engine, question, gold):
    assert_same_rows(translator, engine, question, gold, columns=True)


@pytest.mark.parametrize(
    "question",
    [
        "secrets with checkout in the name",
        "which secrets are named like checkout?",
        "secrets whose name contains checkout",
    ],
)
def test_part_of_a_name_is_no_namespace(translator, engine, question):
    gold = "SELECT namespace, name FROM secrets WHERE name ILIKE '%checkout%'"
    assert_same_rows(translator, engine, question, gold, columns=True)


@pytest.mark.parametrize(
    ("question", "gold"),
    [
        (
            "secrets called checkout-api-secrets",
            "SELECT namespace, name FROM secrets WHERE name = 'checkout-api-secrets'",
        ),
        (
            "containers with an env var named LOG_LEVEL",
            "SELECT namespace, pod, name FROM containers WHERE list_contains(env_names, 'LOG_LEVEL')",
        ),
        (
            "which pods have an environment variable called LOG_LEVEL?",
            "SELECT DISTINCT namespace, pod FROM containers WHERE list_contains(env_names, 'LOG_LEVEL')",
        ),
        (
            "containers with an env var named like LEVEL",
            "SELECT namespace, pod, name FROM containers "
            "WHERE len(list_filter(env_names, x -> x LIKE '%LEVEL%')) > 0",
        ),
    ],
)
def test_a_secret_or_variable_called_by_its_name_is_listed(translator, engine, question, gold):
    assert_same_rows(translator, engine, question, gold, columns=True)


def test_a_secret_named_like_a_credential_is_no_value_asked_for(translator):
    t = translator.translate("secrets called db-creds", context=ctx())
    assert not t.declined and "name = 'db-creds'" in t.sql


@pytest.mark.parametrize(
    "question",
    [
        "what's the password in the secret called db-creds?",
        "contents of secret named db-creds",
        "show me the secret called db-creds decoded",
    ],
)
def test_a_secret_called_by_name_still_keeps_its_values(translator, question):
    assert translator.translate(question, context=ctx()).declined


@pytest.mark.parametrize(
    ("question", "gold"),
    [
        (
            "latest event for each pod in payments",
            "SELECT involved_name, arg_max(reason, last_seen) FROM events "
            "WHERE namespace = 'payments' AND involved_kind = 'Pod' GROUP BY involved_name",
        ),
        (
            "most recent event for every node",
            "SELECT involved_name, arg_max(reason, last_seen) FROM events "
            "WHERE involved_kind = 'Node' GROUP BY involved_name",
        ),
        (
            "the last warning per object in data",
            "SELECT object, arg_max(reason, last_seen) FROM events "
            "WHERE namespace = 'data' AND type = 'Warning' GROUP BY object",
        ),
    ],
)
def test_the_latest_event_of_each_object_is_one_row_each(translator, engine, question, gold):
    """Each object once, with its latest event (the rows' identities and reasons; messages ride along)."""
    t = translator.translate(question, context=ctx())
    assert not t.declined, t.message
    got = engine.query(t.sql)
    expected = engine.query(gold)
    assert expected.rows and sorted(r[:2] for r in got.rows) == sorted(expected.rows), t.sql


@pytest.mark.parametrize(
    ("question", "gold"),
    [
        (
            "what's granted to every authenticated user (group system:authenticated)?",
            "SELECT namespace, name, role_name FROM rolebindings WHERE list_contains(groups, 'system:authenticated') "
            "UNION ALL SELECT NULL, name, role_name FROM clusterrolebindings "
            "WHERE list_contains(groups, 'system:authenticated')",
        ),
        (
            "what is the prometheus-k8s service account in monitoring bound to?",
            "SELECT namespace, name, role_name FROM rolebindings "
            "WHERE list_contains(service_accounts, 'monitoring/prometheus-k8s') "
            "UNION ALL SELECT NULL, name, role_name FROM clusterrolebindings "
            "WHERE list_contains(service_accounts, 'monitoring/prometheus-k8s')",
        ),
    ],
)
def test_what_a_subject_is_bound_to_reads_both_kinds_of_binding(real_translator, real_engine, question, gold):
    """Cluster role bindings grant the most: leaving them out hides what a subject may do everywhere."""
    assert_same_rows(real_translator, real_engine, question, gold, columns=True)


# Benign rewordings of questions the translator answers must keep the answer: found by rewording dev.yaml's
# questions (a lead-in, "right now", "in the cluster") and comparing the rows.
@pytest.mark.parametrize(
    ("question", "gold"),
    [
        ("quick question: pods with label app=storefront", "SELECT namespace, name FROM pods WHERE labels['app'] = 'storefront'"),
        ("q: failed jobs", "SELECT namespace, name FROM jobs WHERE status = 'Failed'"),
        ("which pods use the host network right now", "SELECT namespace, name FROM pods WHERE host_network"),
        ("which nodes are cordoned right now", "SELECT name FROM nodes WHERE unschedulable"),
        ("which pods use the host network in the cluster", "SELECT namespace, name FROM pods WHERE host_network"),
        ("which pods use the host network cluster-wide", "SELECT namespace, name FROM pods WHERE host_network"),
        (
            "which staging pods have QoS class BestEffort in the cluster",
            "SELECT name FROM pods WHERE namespace = 'staging' AND qos_class = 'BestEffort'",
        ),
        ("pods with label app=storefront in the cluster", "SELECT namespace, name FROM pods WHERE labels['app'] = 'storefront'"),
        ("hpas that can scale above 5 replicas", "SELECT namespace, name FROM horizontalpodautoscalers WHERE max_replicas > 5"),
        ("how many cpus can pods use across the cluster", "SELECT sum(cpu_allocatable) FROM nodes"),
    ],
)
def test_benign_rewordings_keep_the_answer(translator, engine, question, gold):
    assert_same_rows(translator, engine, question, gold, columns=True)


def test_in_the_cluster_widens_the_current_namespace(translator, engine):
    assert_same_rows(translator, engine, "svc in the cluster", "SELECT namespace, name FROM services", namespace="monitoring")


@pytest.mark.parametrize(
    "question",
    [
        "which pods are using more than 2 cores right now?",
        "which pods are using the most memory right now",
        "is the gpu on gpu-1 idle right now?",
        "how much memory is free on worker-2 right now",
    ],
)
def test_live_use_is_still_declined(translator, question):
    assert translator.translate(question, context=ctx()).declined


@pytest.mark.parametrize(
    ("question", "gold"),
    [
        ("what 5 pods have restarted the most?", "SELECT namespace, name, restarts FROM pods ORDER BY restarts DESC LIMIT 5"),
        (
            "what 3 namespaces request the most CPU?",
            "SELECT namespace, sum(cpu_request) AS cpu FROM pods GROUP BY namespace ORDER BY cpu DESC LIMIT 3",
        ),
    ],
)
def test_what_n_ranks_like_which_n(translator, engine, question, gold):
    t = translator.translate(question, context=ctx())
    assert not t.declined, t.message
    assert engine.query(t.sql).rows == engine.query(gold).rows, t.sql


def test_which_roles_allow_something_is_a_question(translator):
    t = translator.translate("which cluster roles allow everything?", context=ctx())
    assert not t.declined and "clusterroles" in t.sql
    assert translator.translate("allow everything for alice", context=ctx()).declined


@pytest.mark.parametrize(
    ("question", "gold"),
    [
        # a letter left out of a word the translator knows (the words of its own patterns hold fragments,
        # "ped", "ory", which made "peding" and "meory" look like known words with an ending or joined)
        ("which pods are peding?", "SELECT namespace, name FROM pods WHERE status = 'Pending'"),
        ("which imges are used in payments?", "SELECT DISTINCT image FROM containers WHERE namespace = 'payments'"),
        ("total meory requested per namespace in GiB", "SELECT namespace, sum(memory_request) / 1024 ^ 3 FROM pods GROUP BY namespace"),
        ("pods older than 30 minuts", "SELECT namespace, name FROM pods WHERE age > INTERVAL 30 MINUTES"),
        ("nodeport servics", "SELECT namespace, name FROM services WHERE type = 'NodePort'"),
        ("waiting containes with reason", "SELECT namespace, pod, name, reason FROM containers WHERE state = 'waiting'"),
        ("which nodes are codoned?", "SELECT name FROM nodes WHERE unschedulable"),
        ("waning events in the last hour", "SELECT namespace, object, reason FROM events WHERE type = 'Warning' AND last_seen > now() - INTERVAL 1 HOUR"),
        # ... while real words with an ending and words written together stay as they are
        ("top restarter -n checkout", "SELECT name, restarts FROM pods WHERE namespace = 'checkout' ORDER BY restarts DESC LIMIT 1"),
        ("hpa here: minReplicas / maxReplicas", "SELECT namespace, name, min_replicas, max_replicas FROM horizontalpodautoscalers"),
        # greetings, thanks and "can you tell me" around a question
        ("hey, which 5 pods have been around the longest?", "SELECT namespace, name FROM pods ORDER BY created LIMIT 5"),
        ("can you tell me which pods are pending?", "SELECT namespace, name FROM pods WHERE status = 'Pending'"),
        ("I want to know how many pods are in payments", "SELECT count(*) FROM pods WHERE namespace = 'payments'"),
        ("failed jobs, thanks!", "SELECT namespace, name FROM jobs WHERE status = 'Failed'"),
        ("hey, how long ago did worker-5 last send a heartbeat?", "SELECT now() - last_heartbeat FROM nodes WHERE name = 'worker-5'"),
    ],
)
def test_slips_and_courtesies_keep_the_answer(translator, engine, question, gold):
    assert_same_rows(translator, engine, question, gold, columns=True)
