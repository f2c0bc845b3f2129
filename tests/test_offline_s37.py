"""Stop 37: probe failures beside a Probe kind, the ready ones of a workload kind, an image's tag said
alone, "just name and capacity", "pods served by an ingress", and the current namespace said after
"unused"."""

from __future__ import annotations

import pytest

from kubequery.translate.base import Turn
from tests.test_offline import assert_same_rows, ctx

_PROBES = "SELECT namespace, involved_name, message FROM events WHERE reason = 'Unhealthy'"


@pytest.mark.parametrize(
    ("question", "gold"),
    [
        ("readiness probe failures", _PROBES + " AND message LIKE 'Readiness probe failed%'"),
        ("probe failures", _PROBES),
        (
            "which containers in shop aren't running a v0.10.6 image?",
            "SELECT pod, name FROM containers WHERE namespace = 'shop' AND image NOT LIKE '%:v0.10.6'",
        ),
        (
            "shop containers with image tag v0.10.6",
            "SELECT pod, name FROM containers WHERE namespace = 'shop' AND image LIKE '%:v0.10.6'",
        ),
        (
            "ing frontend -n shop -> svc -> pods",
            "SELECT DISTINCT p.name FROM ingresses i JOIN services s ON s.namespace = i.namespace "
            "AND list_contains(i.services, s.name) JOIN pods p ON p.namespace = s.namespace "
            "AND p.labels['app'] = s.selector['app'] WHERE i.namespace = 'shop' AND i.name = 'frontend'",
        ),
        (
            "pods served by the frontend ingress in shop",
            "SELECT DISTINCT p.name FROM ingresses i JOIN services s ON s.namespace = i.namespace "
            "AND list_contains(i.services, s.name) JOIN pods p ON p.namespace = s.namespace "
            "AND p.labels['app'] = s.selector['app'] WHERE i.namespace = 'shop' AND i.name = 'frontend'",
        ),
    ],
)
def test_real_cluster_said_plainly(real_translator, real_engine, question, gold):
    # the real cluster holds a Probe kind (monitoring.coreos.com): a failing probe is still kubelet's
    assert_same_rows(real_translator, real_engine, question, gold, columns=True)


@pytest.mark.parametrize(
    ("question", "gold", "namespace"),
    [
        ("how many deployments in payments are ready", "SELECT count(*) FROM deployments "
         "WHERE namespace = 'payments' AND ready_replicas = desired", None),
        ("ready deployments", "SELECT namespace, name FROM deployments WHERE ready_replicas = desired", None),
        ("statefulsets in this namespace and how many are ready",
         "SELECT name, ready FROM statefulsets WHERE namespace = 'data'", "data"),
        ("unused cm in my ns", "SELECT c.name FROM configmaps c WHERE c.namespace = 'monitoring' AND NOT EXISTS "
         "(SELECT 1 FROM pods p WHERE p.namespace = c.namespace AND list_contains(p.configmaps, c.name))",
         "monitoring"),
        ("cpu/mem req+lim per container, po fraud-detector-z6968wd5xd-hjgng -n payments",
         "SELECT name, cpu_request, memory_request, cpu_limit, memory_limit FROM containers "
         "WHERE namespace = 'payments' AND pod = 'fraud-detector-z6968wd5xd-hjgng'", None),
        ("pods consuming the payments-api-config config map",
         "SELECT namespace, name FROM pods WHERE list_contains(configmaps, 'payments-api-config')", None),
        ("what state are the recommendation deployment's pods in? (checkout)",
         "SELECT p.name, p.status FROM pods p JOIN replicasets r ON r.namespace = p.namespace "
         "AND r.name = p.owner_name WHERE p.namespace = 'checkout' AND r.owner_name = 'recommendation'", None),
        ("po on notready no",
         "SELECT p.namespace, p.name FROM pods p JOIN nodes n ON p.node = n.name WHERE NOT n.ready", None),
    ],
)
def test_demo_said_plainly(translator, engine, question, gold, namespace):
    assert_same_rows(translator, engine, question, gold, columns=True, namespace=namespace)


@pytest.mark.parametrize("question", ["just name and capacity", "name and capacity only"])
def test_just_the_columns_said(translator, engine, question):
    bound = "SELECT name, status FROM persistentvolumeclaims WHERE namespace = 'data' AND status = 'Bound'"
    turns = (Turn("pvc -n data", "SELECT name, status FROM persistentvolumeclaims WHERE namespace = 'data'"),
             Turn("Bound only", bound))
    t = translator.translate(question, context=ctx(turns=turns))
    gold = "SELECT name, capacity FROM persistentvolumeclaims WHERE namespace = 'data' AND status = 'Bound'"
    got, expected = engine.query(t.sql), engine.query(gold)
    assert expected.rows and got.columns == expected.columns and got.rows == expected.rows, t.sql
