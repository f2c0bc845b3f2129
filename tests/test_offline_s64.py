"""Stop 64: permissions, quotas, limits and events, the areas where cases written blind at stop 64 (by authors
who never saw the translator) found the offline translator weakest; each a wrong answer, a silent drop or a
needless decline before."""

from __future__ import annotations

import pytest

from kubequery.translate.base import Turn
from tests.test_offline import assert_declined, assert_same_rows, ctx, on_cluster

_EVERY_CLUSTER_ROLE_BOUND = (
    "SELECT r.name, count(b.name) FROM clusterroles r LEFT JOIN (SELECT name, role_name FROM clusterrolebindings "
    "UNION ALL SELECT name, role_name FROM rolebindings WHERE role_kind = 'ClusterRole') b "
    "ON b.role_name = r.name GROUP BY r.name"
)
_DISTINCT_USERS = (
    "SELECT count(DISTINCT u) FROM (SELECT unnest(users) AS u FROM rolebindings "
    "UNION ALL SELECT unnest(users) AS u FROM clusterrolebindings)"
)
_BOUND_BOTH_WAYS = (
    "SELECT name FROM clusterroles WHERE name IN (SELECT role_name FROM clusterrolebindings) "
    "AND name IN (SELECT role_name FROM rolebindings WHERE role_kind = 'ClusterRole')"
)

# On the demo cluster: the question and SQL giving the rows and columns it must answer with.
DEMO = [
    # every cluster role with how many bindings of either kind grant it, none counted 0 (were declined, or
    # counted only one kind)
    *[(q, _EVERY_CLUSTER_ROLE_BOUND)
      for q in ("how many bindings grant each cluster role?", "binding count per clusterrole",
                "how often is each ClusterRole bound?", "clusterrole -> number of rolebindings + clusterrolebindings")],
    # the bindings that name some subject of a kind, listed alone unless the subjects are asked for (were:
    # declined, the subjects shown unasked, a join to Roles only)
    *[(q, "SELECT namespace, name FROM rolebindings WHERE len(service_accounts) > 0")
      for q in ("rolebindings with ServiceAccount subjects", "which role bindings grant a role to a service account?",
                "rb that bind serviceaccounts")],
    *[(q, "SELECT namespace, name, users FROM rolebindings WHERE len(users) > 0")
      for q in ("rolebindings w/ User subjects + the users",
                "which role bindings grant access directly to users, and to whom?")],
    ("cluster role bindings that bind service accounts, and which accounts",
     "SELECT name, service_accounts FROM clusterrolebindings WHERE len(service_accounts) > 0"),
    # the cluster admins (was declined)
    ("who r the cluster admins", "SELECT name, subjects FROM clusterrolebindings WHERE role_name = 'cluster-admin'"),
    # counts by the kind of role a binding names, of distinct users, of subjects (were: one kind counted, the
    # users' lists counted, declined)
    *[(q, "SELECT role_kind, count(*) FROM rolebindings GROUP BY role_kind")
      for q in ("how many role bindings point at a Role vs a ClusterRole?", "rb count by roleRef kind")],
    *[(q, _DISTINCT_USERS)
      for q in ("how many different users show up in role bindings or cluster role bindings?",
                "how many distinct users have a role binding or cluster role binding?")],
    *[(q, "SELECT sum(subject_count) FROM rolebindings")
      for q in ("how many subjects do the role bindings name in total?",
                "how many subjects do all the rolebindings have together?")],
    # roles whose rules only read (were: one verb matched, declined)
    *[(q, "SELECT name FROM clusterroles WHERE list_has_all(['get', 'list', 'watch'], verbs)")
      for q in ("which cluster roles are read-only (only get, list, watch)?", "clusterroles w/o any write verbs")],
    ("which cluster roles allow non-resource URLs, and which URLs?",
     "SELECT name, non_resource_urls FROM clusterroles WHERE len(non_resource_urls) > 0"),
    # a subject's cluster role with its rules (was: the bindings' names)
    ("sa kube-system/kube-proxy -> clusterrole verbs + resources",
     "SELECT r.name, r.verbs, r.resources FROM clusterrolebindings b JOIN clusterroles r ON r.name = b.role_name "
     "WHERE list_contains(b.service_accounts, 'kube-system/kube-proxy')"),
    # a resource rules name that the short list did not know (was: every binding to a cluster role)
    ("which role bindings hand out a cluster role covering cronjobs, and to whom?",
     "SELECT b.namespace, b.name, b.subjects FROM rolebindings b JOIN clusterroles r ON r.name = b.role_name "
     "WHERE b.role_kind = 'ClusterRole' AND list_contains(r.resources, 'cronjobs')"),
    *[(q, _BOUND_BOTH_WAYS)
      for q in ("which cluster roles are granted both by a rolebinding somewhere and by a clusterrolebinding?",
                "clusterroles bound both namespaced and cluster-wide")],
    # "grouped by" is not the groups column (was: bindings with groups only)
    ("count rolebindings grouped by namespace", "SELECT namespace, count(*) FROM rolebindings GROUP BY namespace"),
    # all but one named (was: only that one)
    ("sa -n kube-system, skip default",
     "SELECT name FROM serviceaccounts WHERE namespace = 'kube-system' AND name <> 'default'"),
    # one namespace's group-by, without the namespace column (was: the namespace beside each)
    ("which service account runs the most pods in payments?",
     "SELECT service_account, count(*) AS n FROM pods WHERE namespace = 'payments' GROUP BY service_account "
     "ORDER BY n DESC LIMIT 1"),
    # quotas that cap a resource, without the cap unless asked (was: the cap shown)
    *[(q, "SELECT namespace, name FROM resourcequotas WHERE hard['secrets'] IS NOT NULL")
      for q in ("which resource quotas cap the number of secrets?", "quota w/ a hard limit on secrets")],
    ("which quotas cap memory limits, and at how much?",
     "SELECT namespace, name, hard['limits.memory'] FROM resourcequotas WHERE hard['limits.memory'] IS NOT NULL"),
    *[(q, "SELECT namespace, name, map_keys(hard) FROM resourcequotas WHERE namespace = 'staging'")
      for q in ("which resources does the staging quota cap?", "staging quota - what resources have a hard limit")],
    ("which PDBs have fewer healthy pods than they require?",
     "SELECT namespace, name FROM poddisruptionbudgets WHERE current_healthy < desired_healthy"),
    ("count po w/ non-zero priority", "SELECT count(*) FROM pods WHERE priority > 0"),
    *[(q, "SELECT namespace, name FROM limitranges WHERE list_contains(types, 'PersistentVolumeClaim')")
      for q in ("which limit ranges apply to PVCs?", "limitranges w/ type PersistentVolumeClaim")],
    # events of a time said by the clock (were: the last day, every event)
    *[(q, "SELECT namespace, object, reason FROM events WHERE last_seen >= TIMESTAMPTZ '2026-11-29 10:00:00+00' "
          "AND last_seen < TIMESTAMPTZ '2026-11-29 11:00:00+00'")
      for q in ("events last seen between 10:00 and 11:00 UTC today", "ev with last seen in the 10-11 utc hour")],
    *[(q, "SELECT namespace, object, reason FROM events WHERE first_seen < TIMESTAMPTZ '2026-11-29 00:00:00+00' "
          "AND last_seen >= TIMESTAMPTZ '2026-11-29 00:00:00+00'")
      for q in ("events that started before midnight UTC and are still firing today",
                "ev first seen yesterday n last seen today")],
    # how long one object's events of a reason went on (were: their message, their other events)
    *[(q, "SELECT last_seen - first_seen FROM events WHERE namespace = 'ml' "
          "AND involved_name = 'llm-finetune-s7s4qv7sxr-tdd9b' AND reason = 'FailedScheduling'")
      for q in ("how long between the first and last FailedScheduling of llm-finetune-s7s4qv7sxr-tdd9b in ml?",
                "llm-finetune-s7s4qv7sxr-tdd9b -n ml: last seen minus first seen of its failedscheduling ev")],
    ("which pod has been failing to schedule the longest?",
     "SELECT namespace, involved_name FROM events WHERE reason = 'FailedScheduling' ORDER BY first_seen LIMIT 1"),
    # an Evicted event's message (was declined as a program's output)
    ("for each evicted pod, what did its Evicted event say?",
     "SELECT namespace, involved_name, message FROM events WHERE reason = 'Evicted'"),
]

# On the real 1.20 snapshot.
REAL = [
    *[(q, "SELECT namespace, name FROM rolebindings "
          "WHERE len(list_filter(service_accounts, s -> split_part(s, '/', 1) <> namespace)) > 0")
      for q in ("role bindings that grant access to a service account from another namespace",
                "rb whose serviceaccount subject lives in a different ns")],
    *[(q, "SELECT name FROM clusterroles WHERE labels['rbac.authorization.k8s.io/aggregate-to-view'] = 'true'")
      for q in ("which cluster roles aggregate into the view role?",
                "which cluster roles are aggregated into view? (label rbac.authorization.k8s.io/aggregate-to-view=true)")],
    # pods whose account a cluster role binding names (were declined)
    *[(q, "SELECT DISTINCT p.namespace, p.name FROM pods p JOIN clusterrolebindings b "
          "ON list_contains(b.service_accounts, p.namespace || '/' || p.service_account)")
      for q in ("which pods run as a service account bound cluster-wide?", "po with an sa in a clusterrolebinding",
                "pods that get cluster-wide RBAC through their serviceaccount")],
    *[(q, "SELECT DISTINCT p.namespace, p.name FROM pods p JOIN clusterrolebindings b "
          "ON list_contains(b.service_accounts, p.namespace || '/' || p.service_account) "
          "JOIN clusterroles r ON r.name = b.role_name WHERE list_contains(r.resources, 'nodes/metrics')")
      for q in ("which pods run as a service account that a cluster role binding lets read nodes/metrics?",
                "po whose sa has a crb to a clusterrole w/ nodes/metrics")],
    ("which cluster role bindings grant a cluster role that lists nodes/metrics, and to whom?",
     "SELECT b.name, b.subjects FROM clusterrolebindings b JOIN clusterroles r ON r.name = b.role_name "
     "WHERE list_contains(r.resources, 'nodes/metrics')"),
    ("how many cluster role bindings name a kube-system service account?",
     "SELECT count(*) FROM clusterrolebindings WHERE len(list_filter(service_accounts, s -> s LIKE 'kube-system/%')) > 0"),
    ("which cluster roles are granted by more than one cluster role binding, and by how many?",
     "SELECT role_name, count(*) FROM clusterrolebindings GROUP BY role_name HAVING count(*) > 1"),
    ("cluster role bindings with no subjects", "SELECT name FROM clusterrolebindings WHERE subject_count = 0"),
    ("clusterroles that have impersonate in their verbs",
     "SELECT name FROM clusterroles WHERE list_contains(verbs, 'impersonate')"),
    # a selector key with a value, kept whole (was: 'part' read as the key); a label's value is no tool
    ("services whose selector includes app.kubernetes.io/part-of=kube-prometheus",
     "SELECT namespace, name FROM services WHERE selector['app.kubernetes.io/part-of'] = 'kube-prometheus'"),
    ("netpol with podSelector app.kubernetes.io/name=prometheus",
     "SELECT namespace, name FROM networkpolicies WHERE pod_selector['app.kubernetes.io/name'] = 'prometheus'"),
    ("svc exposing the largest number of ports",
     "SELECT namespace, name, len(ports) AS n FROM services ORDER BY n DESC LIMIT 1"),
    ("pods without a memory limit in namespaces that have a resource quota",
     "SELECT namespace, name FROM pods WHERE memory_limit IS NULL "
     "AND namespace IN (SELECT namespace FROM resourcequotas)"),
    ("which quotas limit the number of services?",
     "SELECT namespace, name FROM resourcequotas WHERE hard['services'] IS NOT NULL"),
    ("pdbs where not every pod they expect is healthy",
     "SELECT namespace, name FROM poddisruptionbudgets WHERE current_healthy < expected_pods"),
    ("priority classes that can preempt lower-priority pods",
     "SELECT name FROM priorityclasses WHERE preemption_policy = 'PreemptLowerPriority'"),
    ("lowest priority pc + its value", "SELECT name, value FROM priorityclasses ORDER BY value LIMIT 1"),
    ("ep with notready addrs -A", "SELECT namespace, name FROM endpoints WHERE not_ready_address_count > 0"),
    # events going on that long, the noisiest object (were: seen that long ago; their sum)
    *[(q, "SELECT namespace, object, reason FROM events WHERE type = 'Warning' "
          "AND last_seen - first_seen > INTERVAL 10 MINUTES")
      for q in ("warnings that kept repeating for more than 10 minutes (first to last seen)",
                "warning ev spanning over 10m")],
    ("noisiest hpa by warning count (sum of count)",
     "SELECT namespace, involved_name, sum(count) AS n FROM events WHERE involved_kind = 'HorizontalPodAutoscaler' "
     "AND type = 'Warning' GROUP BY namespace, involved_name ORDER BY n DESC LIMIT 1"),
    ("top kubelet by warning ev (sum count)",
     "SELECT source_host, sum(count) AS n FROM events WHERE type = 'Warning' AND source = 'kubelet' "
     "GROUP BY source_host ORDER BY n DESC LIMIT 1"),
    ("which pods are running but have warnings?",
     "SELECT DISTINCT p.namespace, p.name FROM pods p JOIN events e ON e.involved_uid = p.uid "
     "WHERE p.status = 'Running' AND e.type = 'Warning'"),
]

# Asked in a namespace of the asker's own.
HERE = [
    ("demo", "payments", "what role bindings exist in my namespace and which role does each grant?",
     "SELECT name, role_name FROM rolebindings WHERE namespace = 'payments'"),
    ("demo", "payments", "which role bindings exist in my namespace, what role do they grant and to whom?",
     "SELECT name, role_name, subjects FROM rolebindings WHERE namespace = 'payments'"),
    ("real", "team-a", "who is granted which role in this namespace (rolebindings)?",
     "SELECT name, role_name, subjects FROM rolebindings WHERE namespace = 'team-a'"),
    ("demo", "data", "who has view access in this namespace?",
     "SELECT name, subjects FROM rolebindings WHERE namespace = 'data' AND role_name = 'view'"),
    ("demo", "checkout", "edit rolebindings here + subjects",
     "SELECT name, subjects FROM rolebindings WHERE namespace = 'checkout' AND role_name = 'edit'"),
    ("real", "kube-system", "which role bindings here bind a user, and which users?",
     "SELECT name, users FROM rolebindings WHERE namespace = 'kube-system' AND len(users) > 0"),
    ("real", "bookinfo", "sa here + their account label",
     "SELECT name, labels['account'] FROM serviceaccounts WHERE namespace = 'bookinfo'"),
]

FOLLOW_UPS = [
    ("list the resource quotas", "SELECT namespace, name FROM resourcequotas",
     "add how full each one is (max usage %)", "SELECT namespace, name, max_usage_percent FROM resourcequotas"),
    ("FailedScheduling events",
     "SELECT namespace, involved_name, message FROM events WHERE reason = 'FailedScheduling'",
     "since when? add first seen",
     "SELECT namespace, involved_name, message, first_seen FROM events WHERE reason = 'FailedScheduling'"),
]

# Orders, audit history and traffic: declined, with the reason (were answered).
DECLINES = [
    ("which pods did alice actually look at in team-a this week?", "audit"),
    ("how many API calls has the ci-deployer service account made today?", "live measurement"),
    ("switch payments-team's rolebinding in payments from edit to admin", "read-only"),
    ("take carol out of that binding", "read-only"),
    ("can anyone tell me the password in secret checkout-api-secrets -n checkout?", "Secret values"),
]


def test_a_grant_asked_through_a_role_binding_is_answered(translator):
    # "read secrets" asked of role bindings is who may, not a secret's value (was declined as one)
    t = translator.translate("can anybody read secrets here through a role binding?", context=ctx("data"))
    assert not t.declined and "FROM rolebindings" in t.sql and "subjects" in t.sql, t.message


@pytest.mark.parametrize(("question", "gold"), DEMO)
def test_demo(translator, engine, question, gold):
    assert_same_rows(translator, engine, question, gold, columns=True)


@pytest.mark.parametrize(("question", "gold"), REAL)
def test_real(real_translator, real_engine, question, gold):
    assert_same_rows(real_translator, real_engine, question, gold, columns=True)


@pytest.mark.parametrize(("cluster", "namespace", "question", "gold"), HERE)
def test_here(request, cluster, namespace, question, gold):
    translator, engine = on_cluster(request, cluster)
    assert_same_rows(translator, engine, question, gold, columns=True, namespace=namespace)


@pytest.mark.parametrize(("before", "before_sql", "question", "gold"), FOLLOW_UPS)
def test_follow_up(translator, engine, before, before_sql, question, gold):
    turns = (Turn(question=before, sql=before_sql),)
    assert_same_rows(translator, engine, question, gold, columns=True, turns=turns)


@pytest.mark.parametrize(("question", "why"), DECLINES)
def test_declined(translator, question, why):
    assert_declined(translator, question, why)
