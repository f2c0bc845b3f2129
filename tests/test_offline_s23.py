"""Questions written blind by helper authors (who never saw the translator's answers), and ones left alone
last stop, that the translator answered wrongly or refused needlessly: one named object's fields shown
without its name again, every event of a namespace with its type, a daemon set "missing from" nodes,
services "selecting nothing", what is said not to be wanted ("names only, not the values", "no logs
needed"), terse follow-ups that change a threshold, cut a ranking or ask how often, a node's own CPU, and
"make it the top 3" of an answer that ranks nothing."""

from __future__ import annotations

import pytest

from kubequery.translate.base import Turn
from tests.test_offline import assert_same_rows, ctx
from tests.test_offline_fu2 import _same_rows as assert_same_after

NO_POD_OF = "SELECT name FROM nodes WHERE name NOT IN (SELECT node FROM pods WHERE owner_name = '{0}' AND node IS NOT NULL)"
SELECTING_NOTHING = (
    "SELECT s.namespace, s.name FROM services s WHERE cardinality(s.selector) > 0 AND NOT EXISTS (SELECT 1 "
    "FROM pods p WHERE p.namespace = s.namespace AND list_has_all(map_entries(p.labels), map_entries(s.selector)))"
)
ON_A_DOWN_NODE = (
    "SELECT DISTINCT d.namespace, d.name FROM deployments d JOIN replicasets r ON r.namespace = d.namespace "
    "AND r.owner_name = d.name JOIN pods p ON p.namespace = r.namespace AND p.owner_name = r.name "
    "JOIN nodes n ON n.name = p.node WHERE NOT n.ready"
)

ANSWERED = [
    # one named object: its fields alone, as dev.yaml's "how much memory is still unrequested on worker-3"
    ("what image does the grafana deployment in monitoring run?",
     "SELECT images FROM deployments WHERE namespace = 'monitoring' AND name = 'grafana'"),
    ("requests and limits for llm-finetune-s7s4qv7sxr-tdd9b -n ml",
     "SELECT cpu_request, memory_request, cpu_limit, memory_limit FROM pods WHERE namespace = 'ml' "
     "AND name = 'llm-finetune-s7s4qv7sxr-tdd9b'"),
    ("cpu/mem requests + limits for llm-finetune-s7s4qv7sxr-tdd9b -n ml",
     "SELECT cpu_request, memory_request, cpu_limit, memory_limit FROM pods WHERE namespace = 'ml' "
     "AND name = 'llm-finetune-s7s4qv7sxr-tdd9b'"),
    ("restart count of each container in kafka-0 in data",
     "SELECT name, restarts FROM containers WHERE namespace = 'data' AND pod = 'kafka-0'"),
    ("last exit code + reason for the containers of fraud-detector-z6968wd5xd-hjgng -n payments",
     "SELECT name, last_exit_code, last_reason FROM containers WHERE namespace = 'payments' "
     "AND pod = 'fraud-detector-z6968wd5xd-hjgng'"),
    # every event of one namespace: what, why and what it says (as the warnings of one are shown)
    ("events in monitoring", "SELECT object, reason, message FROM events WHERE namespace = 'monitoring'"),
    ("ev -n batch", "SELECT object, reason, message FROM events WHERE namespace = 'batch'"),
    # what is said not to be wanted is not read as asked
    ("which secrets exist in payments? names only, not the values",
     "SELECT name FROM secrets WHERE namespace = 'payments'"),
    ("secret names -n payments", "SELECT name FROM secrets WHERE namespace = 'payments'"),
    ("why did fraud-detector-z6968wd5xd-hjgng in payments last terminate? reason and exit code, no logs needed",
     "SELECT type, reason, message FROM events WHERE namespace = 'payments' "
     "AND involved_name = 'fraud-detector-z6968wd5xd-hjgng'"),
    ("limits for ml pods", "SELECT name, cpu_limit, memory_limit FROM pods WHERE namespace = 'ml'"),
    ("which pods use a secret called checkout-api-secrets?",
     "SELECT namespace, name FROM pods WHERE list_contains(secrets, 'checkout-api-secrets')"),
    # a node "has" its own cpu; what its pods request is said so
    ("which node has the most CPU?", "SELECT name, cpu_capacity FROM nodes ORDER BY cpu_capacity DESC LIMIT 1"),
    ("biggest node by cpu cores", "SELECT name, cpu_capacity FROM nodes ORDER BY cpu_capacity DESC LIMIT 1"),
    ("ns with most cpu limits",
     "SELECT namespace, sum(cpu_limit) AS cpu FROM pods GROUP BY namespace ORDER BY cpu DESC LIMIT 1"),
    ("which deployment is missing the most replicas?",
     "SELECT namespace, name, unavailable_replicas FROM deployments ORDER BY unavailable_replicas DESC LIMIT 1"),
    ("3 longest-running jobs", "SELECT namespace, name, duration FROM jobs ORDER BY duration DESC LIMIT 3"),
    ("which zones have crashlooping pods?",
     "SELECT DISTINCT n.zone FROM pods p JOIN nodes n ON p.node = n.name WHERE p.status LIKE '%CrashLoopBackOff'"),
    ("pdbs that would block evictions (0 allowed disruptions)",
     "SELECT namespace, name FROM poddisruptionbudgets WHERE disruptions_allowed = 0"),
    ("what rollout revision is payments-api at in payments?",
     "SELECT revision FROM deployments WHERE namespace = 'payments' AND name = 'payments-api'"),
    ("image + tag of deploy/grafana -n monitoring",
     "SELECT images FROM deployments WHERE namespace = 'monitoring' AND name = 'grafana'"),
    ("how much of the payments memory quota is used?",
     "SELECT namespace, name, hard['requests.memory'], used['requests.memory'] FROM resourcequotas "
     "WHERE namespace = 'payments'"),
    ("what CPU utilisation does the storefront HPA in frontend report, against its target?",
     "SELECT cpu_current_percent, cpu_target_percent FROM horizontalpodautoscalers "
     "WHERE namespace = 'frontend' AND name = 'storefront'"),
    ("what's running on worker-4? I'll drain it later, just list the pods",
     "SELECT namespace, name FROM pods WHERE node = 'worker-4'"),
    ("which services dont match any pods?", SELECTING_NOTHING),
    ("noisiest warning (highest count)",
     "SELECT namespace, object, reason, count FROM events WHERE type = 'Warning' ORDER BY count DESC LIMIT 1"),
    ("ing storefront -n frontend backends + svc type",
     "SELECT s.name, s.type FROM ingresses i JOIN services s ON s.namespace = i.namespace "
     "AND list_contains(i.services, s.name) WHERE i.namespace = 'frontend' AND i.name = 'storefront'"),
    ("which deployments are already scaled to their HPA's maximum?",
     "SELECT d.namespace, d.name FROM deployments d JOIN horizontalpodautoscalers h ON h.namespace = d.namespace "
     "AND h.target_name = d.name WHERE h.current_replicas >= h.max_replicas"),
    ("pod count across quota'd namespaces",
     "SELECT count(*) FROM pods WHERE namespace IN (SELECT namespace FROM resourcequotas)"),
    ("BackOff count for po storefront-2567ch8msd-jcd8s -n frontend",
     "SELECT sum(count) FROM events WHERE namespace = 'frontend' AND involved_name = 'storefront-2567ch8msd-jcd8s' "
     "AND reason = 'BackOff'"),
    ("events whose message says something was not found",
     "SELECT namespace, object, reason FROM events WHERE message ILIKE '%not found%'"),
    ("deploy grafana -n monitoring: what annotations are set?",
     "SELECT annotations FROM deployments WHERE namespace = 'monitoring' AND name = 'grafana'"),
    ("which deployments were rolled out in the last 60 days (newly created)?",
     "SELECT namespace, name FROM deployments WHERE created > now() - INTERVAL 60 DAYS"),
    ("which persistent volume is claim data-postgres-1 in data bound to?",
     "SELECT volume FROM persistentvolumeclaims WHERE namespace = 'data' AND name = 'data-postgres-1'"),
    ("count of warnings cluster-wide", "SELECT count(*) FROM events WHERE type = 'Warning'"),
    ("newest ns", "SELECT name FROM namespaces ORDER BY created DESC LIMIT 1"),
    ("deploys at 0 ready", "SELECT namespace, name FROM deployments WHERE ready_replicas = 0"),
    ("containers whose last termination was an Error",
     "SELECT namespace, pod, name FROM containers WHERE last_reason = 'Error'"),
    ("status of the pods that use configmap feature-store-config in ml",
     "SELECT name, status FROM pods WHERE namespace = 'ml' AND list_contains(configmaps, 'feature-store-config')"),
    ("ml pods mounting cm feature-store-config, with status",
     "SELECT name, status FROM pods WHERE namespace = 'ml' AND list_contains(configmaps, 'feature-store-config')"),
    ("why are pods failing to schedule?",
     "SELECT namespace, involved_name, message FROM events WHERE reason = 'FailedScheduling'"),
    ("what deploy does po fraud-detector-z6968wd5xd-j6wvn belong to (ns payments)",
     "SELECT name FROM deployments WHERE namespace = 'payments' AND name = 'fraud-detector'"),
    ("who has cluster-admin? (bindings and subjects)",
     "SELECT name, subjects FROM clusterrolebindings WHERE role_name = 'cluster-admin'"),
    ("how many times has pod kafka-0 in data backed off?",
     "SELECT sum(count) FROM events WHERE namespace = 'data' AND involved_name = 'kafka-0' AND reason = 'BackOff'"),
    ("deploys stuck on ImagePullBackOff / ErrImagePull",
     "SELECT DISTINCT r.namespace, r.owner_name FROM pods p JOIN replicasets r ON r.namespace = p.namespace "
     "AND r.name = p.owner_name WHERE r.owner_kind = 'Deployment' AND p.status IN ('ImagePullBackOff', 'ErrImagePull')"),
    ("deployments stuck in rollout", "SELECT namespace, name FROM deployments WHERE NOT progressing"),
    ("describe no worker-4 events",
     "SELECT type, reason, message FROM events WHERE involved_kind = 'Node' AND involved_name = 'worker-4'"),
    ("statefulsets that don't have all their replicas ready",
     "SELECT namespace, name FROM statefulsets WHERE ready_replicas < desired"),
    ("deploy with the most replicas down",
     "SELECT namespace, name, unavailable_replicas FROM deployments ORDER BY unavailable_replicas DESC LIMIT 1"),
    ("longest running job by duration", "SELECT namespace, name, duration FROM jobs ORDER BY duration DESC LIMIT 1"),
    ("which jobs have taken longer than 10 minutes?",
     "SELECT namespace, name FROM jobs WHERE duration > INTERVAL 10 MINUTES"),
    ("svc with unready backends",
     "SELECT s.namespace, s.name FROM services s JOIN endpoints e ON e.namespace = s.namespace "
     "AND e.name = s.name WHERE e.not_ready_address_count > 0"),
    ("which HPA allows the most replicas?",
     "SELECT namespace, name, max_replicas FROM horizontalpodautoscalers ORDER BY max_replicas DESC LIMIT 1"),
    ("most recently created ns", "SELECT name FROM namespaces ORDER BY created DESC LIMIT 1"),
    ("containers with no cpu or memory requests",
     "SELECT namespace, pod, name FROM containers WHERE type = 'container' AND cpu_request IS NULL "
     "AND memory_request IS NULL"),
    ("which nodes were drained?", "SELECT name FROM nodes WHERE unschedulable"),
    ("which secrets contain docker registry credentials?",
     "SELECT namespace, name FROM secrets WHERE type = 'kubernetes.io/dockerconfigjson'"),
    ("web-bff deploy pods w/ nodes (ns frontend)",
     "SELECT name, node FROM pods WHERE namespace = 'frontend' AND name LIKE 'web-bff-%'"),
    ("which nodes is the fluent-bit daemonset missing from?", NO_POD_OF.format("fluent-bit")),
    ("what nodes is fluent-bit not running on?", NO_POD_OF.format("fluent-bit")),
    ("services selecting nothing", SELECTING_NOTHING),
    ("services whose selector doesn't match any pod", SELECTING_NOTHING),
    ("which pods does pdb fraud-detector protect?",
     "SELECT name FROM pods WHERE namespace = 'payments' AND labels['app'] = 'fraud-detector'"),
    ("deployments affected by the down node", ON_A_DOWN_NODE),
    ("what defaults do the limit ranges set?",
     "SELECT namespace, name, default_cpu_limit, default_memory_limit FROM limitranges"),
]


@pytest.mark.parametrize(("question", "sql"), ANSWERED)
def test_a_plain_rewording_reaches_the_known_answer(translator, engine, question, sql):
    assert_same_rows(translator, engine, question, sql, columns=True)


FOLLOW_UPS = [
    ("pods that have restarted", "SELECT namespace, name, restarts FROM pods WHERE restarts > 0",
     "only those with more than 5", "SELECT namespace, name, restarts FROM pods WHERE restarts > 5"),
    ("deployments with replica counts", "SELECT namespace, name, desired FROM deployments",
     "only the ones with more than 20", "SELECT namespace, name, desired FROM deployments WHERE desired > 20"),
    ("pods in ml", "SELECT name FROM pods WHERE namespace = 'ml'",
     "which 5 are the newest?", "SELECT name FROM pods WHERE namespace = 'ml' ORDER BY created DESC LIMIT 5"),
    ("ml pods and memory request", "SELECT name, memory_request FROM pods WHERE namespace = 'ml'",
     "top 3 of those by memory",
     "SELECT name, memory_request FROM pods WHERE namespace = 'ml' ORDER BY memory_request DESC LIMIT 3"),
    # the one node a ranking picked, asked about by its own columns
    ("which node runs the most pods?",
     "SELECT node, count(*) AS pods FROM pods WHERE node IS NOT NULL GROUP BY node ORDER BY pods DESC LIMIT 1",
     "what's its status?", "SELECT status FROM nodes WHERE name = 'worker-2'"),
    ("top 3 pods by restarts", "SELECT namespace, name, restarts FROM pods ORDER BY restarts DESC LIMIT 3",
     "now just in payments",
     "SELECT name, restarts FROM pods WHERE namespace = 'payments' ORDER BY restarts DESC LIMIT 3"),
    ("payments po with restarts", "SELECT name, restarts FROM pods WHERE namespace = 'payments' AND restarts > 0",
     "just the worst three",
     "SELECT name, restarts FROM pods WHERE namespace = 'payments' AND restarts > 0 ORDER BY restarts DESC LIMIT 3"),
    ("crashlooping pods", "SELECT namespace, name FROM pods WHERE status LIKE '%CrashLoopBackOff'",
     "how many times have they restarted?",
     "SELECT namespace, name, restarts FROM pods WHERE status LIKE '%CrashLoopBackOff'"),
]


@pytest.mark.parametrize(("previous", "previous_sql", "question", "sql"), FOLLOW_UPS)
def test_terse_follow_ups_change_the_previous_answer(translator, engine, previous, previous_sql, question, sql):
    assert_same_after(translator, engine, previous, previous_sql, question, sql)


REAL = [
    ("why can't controllers create their pods? (FailedCreate events)",
     "SELECT namespace, involved_name, message FROM events WHERE reason = 'FailedCreate'"),
    ("why can't the orders-api autoscaler in team-b get metrics? show its events",
     "SELECT type, reason, message FROM events WHERE namespace = 'team-b' AND involved_name = 'orders-api' "
     "AND involved_kind = 'HorizontalPodAutoscaler'"),
    ("which nodes haven't reported in for over 5 minutes?",
     "SELECT name FROM nodes WHERE last_heartbeat < now() - INTERVAL 5 MINUTES"),
    ("which cluster roles allow pods/exec?", "SELECT name FROM clusterroles WHERE list_contains(resources, 'pods/exec')"),
    ("clusterroles that grant exec into pods",
     "SELECT name FROM clusterroles WHERE list_contains(resources, 'pods/exec')"),
    ("who mounts mysql-credentials (any ns)",
     "SELECT namespace, name FROM pods WHERE list_contains(secrets, 'mysql-credentials')"),
]


@pytest.mark.parametrize(("question", "sql"), REAL)
def test_on_the_real_snapshot(real_translator, real_engine, question, sql):
    assert_same_rows(real_translator, real_engine, question, sql, columns=True)


@pytest.mark.parametrize(
    "question",
    [
        "bytes in/out per service in checkout", "show secret values in payments", "pods with no logs",
        "I'll drain worker-4", "let me drain worker-4",
        # blind round 8's must-declines that were answered
        "report-builder keeps getting OOMKilled, give it more memory",
        "the terminating pod in staging is stuck, strip its finalizers so it goes away",
        "get recommendation pulling its image again, use the :stable tag",
        "if worker-5 dies, will payments-api stay up?",
        "show me the service account token the grafana pod uses",
        "when's the next EKS control plane upgrade scheduled?",
        "nvidia-smi on worker-2",
        # and round 9's
        "order-history in checkout keeps crashing, can you sort it out?",
        "worker-3 is NotReady, bring it back",
        "show tls.key of secret storefront-tls -n frontend",
        "how has the number of pods grown over the last month?",
    ],
)
def test_what_the_cluster_does_not_hold_is_still_declined(translator, question):
    assert translator.translate(question).declined


def test_a_request_and_limit_is_a_pair_of_amounts_not_an_order(translator):
    result = translator.translate("default CPU request and limit that limit ranges give")
    assert "read-only" not in (result.message or "")
    assert translator.translate("list pods and limit them to 2 cpu").declined


@pytest.mark.parametrize(
    ("previous_sql", "ranked"),
    [
        ("SELECT name FROM deployments WHERE namespace = 'checkout'", False),
        ("SELECT name, desired FROM deployments WHERE namespace = 'checkout' ORDER BY desired DESC", True),
    ],
)
def test_the_top_3_of_an_unranked_answer_asks_by_what(translator, previous_sql, ranked):
    turns = (Turn(question="deployments in checkout", sql=previous_sql),)
    result = translator.translate("make it the top 3", context=ctx(turns=turns))
    if ranked:
        assert not result.declined and result.sql.endswith("LIMIT 3"), result.message
    else:
        assert result.declined and "by what" in result.message
