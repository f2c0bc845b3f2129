"""Discovery and custom resources: CRD tables, naming, lazy CRD reads and the discovery cache."""

from __future__ import annotations

import copy
import time
from datetime import UTC, datetime

import pytest

from kubequery.catalog import default_catalog
from kubequery.crd import (
    assign_names,
    catalog_for_objects,
    compile_jsonpath,
    custom_table,
    kind_from_crd,
    snake_case,
    table_name,
)
from kubequery.discovery import (
    DiscoveryCache,
    ResourceInfo,
    catalog_from_discovery,
    cluster_catalog,
    discover,
)
from kubequery.engine import Engine
from kubequery.errors import RefusedQueryError, UnknownNameError
from kubequery.sources.memory import MemorySource

NOW = datetime(2024, 6, 1, 12, 0, tzinfo=UTC)
CRD_PATH = "/apis/apiextensions.k8s.io/v1/customresourcedefinitions/"


# --- builders --------------------------------------------------------------------


def crd(
    group: str,
    plural: str,
    kind: str,
    *,
    scope: str = "Namespaced",
    printer: list[dict] | None = None,
    versions: tuple[str, ...] = ("v1",),
    short: tuple[str, ...] = (),
) -> dict:
    return {
        "apiVersion": "apiextensions.k8s.io/v1",
        "kind": "CustomResourceDefinition",
        "metadata": {"name": f"{plural}.{group}", "uid": f"crd-{plural}.{group}"},
        "spec": {
            "group": group,
            "scope": scope,
            "names": {"plural": plural, "singular": kind.lower(), "kind": kind, "shortNames": list(short)},
            "versions": [
                {
                    "name": v,
                    "served": True,
                    "storage": i == len(versions) - 1,
                    **({"additionalPrinterColumns": printer} if printer else {}),
                }
                for i, v in enumerate(versions)
            ],
        },
    }


CERTIFICATE_CRD = crd(
    "cert-manager.io",
    "certificates",
    "Certificate",
    short=("cert", "certs"),
    printer=[
        {"jsonPath": '.status.conditions[?(@.type=="Ready")].status', "name": "Ready", "type": "string"},
        {"jsonPath": ".spec.secretName", "name": "Secret", "type": "string"},
        {"jsonPath": ".spec.issuerRef.name", "name": "Issuer", "type": "string", "priority": 1},
        {
            "jsonPath": '.status.conditions[?(@.type=="Ready")].message',
            "name": "Status",
            "type": "string",
            "priority": 1,
            "description": "The message of the Ready condition.",
        },
        {"jsonPath": ".metadata.creationTimestamp", "name": "Age", "type": "date"},
    ],
)

WIDGET_CRD = crd(
    "example.com",
    "widgets",
    "Widget",
    versions=("v1alpha1", "v1"),
    printer=[
        {"jsonPath": ".metadata.name", "name": "Name", "type": "string"},
        {"jsonPath": ".spec.replicas", "name": "Desired Replicas", "type": "integer"},
        {"jsonPath": ".status.ratio", "name": "Ratio", "type": "number"},
        {"jsonPath": ".spec.paused", "name": "Paused", "type": "boolean"},
        {"jsonPath": ".status.lastRunTime", "name": "LastRunTime", "type": "date"},
        {"jsonPath": ".spec.targetNamespace", "name": "Namespace", "type": "string"},
        {"jsonPath": ".spec.containers[0].image", "name": "First Image", "type": "string"},
        {"jsonPath": ".metadata.labels['app.kubernetes.io/name']", "name": "App", "type": "string"},
        {"jsonPath": ".status.conditions[?(@.type != 'Ready')].type", "name": "Other", "type": "string"},
        {"jsonPath": "..deep", "name": "Deep", "type": "string"},
        {"jsonPath": ".spec.items[1:3]", "name": "Slice", "type": "string"},
        {"jsonPath": ".status.phase", "name": "Ready", "type": "string"},
        {"jsonPath": ".status.ready", "name": "READY", "type": "string"},
        {"jsonPath": ".status.url", "name": "URL", "type": "string"},
    ],
)


def certificate(name: str, namespace: str, ready: str | None, message: str = "", *, group: str = "cert-manager.io",
                labels: dict | None = None) -> dict:
    conditions = [{"type": "Issuing", "status": "False"}]
    if ready is not None:
        conditions.append({"type": "Ready", "status": ready, "message": message})
    return {
        "apiVersion": f"{group}/v1",
        "kind": "Certificate",
        "metadata": {
            "name": name,
            "namespace": namespace,
            "uid": f"{group}-{namespace}-{name}",
            "labels": labels or {},
            "creationTimestamp": "2024-05-01T00:00:00Z",
        },
        "spec": {"secretName": f"{name}-tls", "issuerRef": {"name": "letsencrypt"}},
        "status": {"conditions": conditions},
    }


def widget(name: str, **spec_status) -> dict:
    return {
        "apiVersion": "example.com/v1",
        "kind": "Widget",
        "metadata": {"name": name, "namespace": "default", "uid": f"w-{name}",
                     "labels": {"app.kubernetes.io/name": f"app-{name}"}},
        "spec": spec_status.get("spec", {}),
        "status": spec_status.get("status", {}),
    }


# --- JSONPath and names ------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        (".spec.replicas", 3),
        ("{.spec.replicas}", 3),
        ("$.spec.replicas", 3),
        (".spec.containers[0].image", "nginx"),
        (".spec.containers[-1].image", "busybox"),
        (".spec.containers[*].image", "nginx"),
        ('.status.conditions[?(@.type=="Ready")].status', "True"),
        (".status.conditions[?(@.type == 'Ready')].status", "True"),
        (".status.conditions[?(@.type != 'Ready')].type", "Synced"),
        (".status.conditions[?(@.observed == 2)].type", "Synced"),
        (".status.conditions[?(@.reason)].reason", "Done"),
        (".metadata.labels['app.kubernetes.io/name']", "web"),
        ('.metadata.labels["app.kubernetes.io/name"]', "web"),
        (".status.conditions[?(@.type=='Missing')].status", None),
        (".spec.nothing.here", None),
    ],
)
def test_jsonpath_subset_evaluates_like_kubectl(path, expected):
    obj = {
        "metadata": {"labels": {"app.kubernetes.io/name": "web"}},
        "spec": {"replicas": 3, "containers": [{"image": "nginx"}, {"image": "busybox"}]},
        "status": {
            "conditions": [
                {"type": "Ready", "status": "True", "reason": "Done"},
                {"type": "Synced", "status": "False", "observed": 2},
            ]
        },
    }
    compiled = compile_jsonpath(path)
    assert compiled is not None
    assert compiled.first(obj) == expected


@pytest.mark.parametrize("path", ["..deep", ".spec.items[1:3]", ".spec[0,1]", "spec.(x)", "", ".a[?(@.x > 1)]"])
def test_jsonpath_forms_beyond_the_subset_are_refused(path):
    assert compile_jsonpath(path) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ready", "ready"),
        ("Last Scheduled", "last_scheduled"),
        ("CurrentReplicas", "current_replicas"),
        ("URL", "url"),
        ("IP Address", "ip_address"),
        ("HTTPRoute", "http_route"),
        ("k8s-version", "k8s_version"),
        ("2xx", "c_2xx"),
    ],
)
def test_printer_column_names_are_snake_cased(text, expected):
    assert snake_case(text) == expected


def test_table_names_are_plurals_in_snake_case():
    assert table_name("servicemonitors") == "servicemonitors"
    assert table_name("network-chaos") == "network_chaos"


# --- CRD -> table ----------------------------------------------------------------------


def test_crd_table_has_generic_and_printer_columns():
    table = custom_table(kind_from_crd(CERTIFICATE_CRD), "certificates")
    names = [c.name for c in table.columns]
    common = [c.name for c in default_catalog()["pods"].columns if c.name in default_catalog()["configmaps"].by_name]
    assert names[: len(common)] == common  # the common columns first, same order as built-in tables
    assert names[len(common):] == ["spec", "status", "ready", "secret", "issuer", "printer_status"]
    assert table.by_name["spec"].type == "json" and table.by_name["status"].type == "json"
    assert table.by_name["ready"].compute is not None  # the condition filter path is computed
    assert table.by_name["secret"].path == ("spec", "secretName")
    assert table.by_name["printer_status"].description.startswith("The message of the Ready condition")
    assert '.status.conditions[?(@.type=="Ready")].status' in table.by_name["ready"].description
    assert (table.kind, table.api_version, table.resource, table.namespaced) == (
        "Certificate", "cert-manager.io/v1", "certificates", True)
    assert table.aliases == ("certificate", "cert", "certs")
    assert table.accepts("cert-manager.io/v1alpha2", "Certificate")
    assert not table.accepts("example.com/v1", "Certificate")
    # pushdown comes from the common columns, field pushdown only on metadata.name
    pushdowns = {c.name: c.pushdown for c in table.columns if c.pushdown}
    assert pushdowns["namespace"].kind == "namespace"
    assert pushdowns["labels"].kind == "labels"
    assert {p.field for p in pushdowns.values() if p.kind == "field"} == {"metadata.name"}
    assert table.examples and "FROM certificates" in table.examples[0].sql


def test_printer_column_types_clashes_and_skipped_paths():
    kind = kind_from_crd(WIDGET_CRD)
    assert kind.version == "v1"  # the storage version
    table = custom_table(kind, "widgets")
    own = {c.name: c for c in table.columns[table.columns.index(table.by_name["status"]) + 1:]}
    assert {n: c.type for n, c in own.items()} == {
        "desired_replicas": "int",
        "ratio": "float",
        "paused": "bool",
        "last_run_time": "timestamp",
        "printer_namespace": "text",  # clashes with the common column, a different field
        "first_image": "text",
        "app": "text",
        "other": "text",
        "ready": "text",
        "ready_2": "text",  # READY after Ready
        "url": "text",
    }
    assert own["app"].path == ("metadata", "labels", "app.kubernetes.io/name")
    assert own["app"].metadata_only
    assert "name" not in own  # .metadata.name is the common name column
    assert any("'Deep'" in n for n in table.notes) and any("'Slice'" in n for n in table.notes)


def test_v1beta1_crd_shape():
    old = {
        "apiVersion": "apiextensions.k8s.io/v1beta1",
        "kind": "CustomResourceDefinition",
        "metadata": {"name": "backups.velero.io"},
        "spec": {
            "group": "velero.io",
            "version": "v1",
            "scope": "Cluster",
            "names": {"plural": "backups", "kind": "Backup"},
            "additionalPrinterColumns": [{"name": "Phase", "type": "string", "JSONPath": ".status.phase"}],
        },
    }
    kind = kind_from_crd(old)
    assert (kind.group, kind.version, kind.namespaced) == ("velero.io", "v1", False)
    table = custom_table(kind, "backups")
    assert table.by_name["phase"].path == ("status", "phase")
    assert table.by_name["namespace"].pushdown is None  # cluster-scoped: always NULL


def test_printer_columns_answer_with_the_right_values():
    objects = [
        CERTIFICATE_CRD,
        WIDGET_CRD,
        certificate("api", "shop", "True", "Certificate is up to date"),
        certificate("web", "shop", "False", "Issuing failed"),
        certificate("new", "blog", None),
        widget("a", spec={"replicas": 3, "paused": True, "containers": [{"image": "nginx:1"}]},
               status={"ratio": 0.5, "lastRunTime": "2024-05-31T12:00:00Z", "url": "http://a",
                       "conditions": [{"type": "Ready"}, {"type": "Synced"}]}),
        widget("b", spec={"replicas": "2", "paused": "false"}, status={"lastRunTime": 17, "ratio": "x"}),
    ]
    engine = Engine(MemorySource(objects, NOW, "test"), catalog_for_objects(objects))
    rows = engine.query("SELECT namespace, name, ready, secret, issuer, printer_status FROM certificates ORDER BY name")
    assert rows.rows == [
        ("shop", "api", "True", "api-tls", "letsencrypt", "Certificate is up to date"),
        ("blog", "new", None, "new-tls", "letsencrypt", None),
        ("shop", "web", "False", "web-tls", "letsencrypt", "Issuing failed"),
    ]
    assert engine.query("SELECT name FROM certificates WHERE ready = 'False'").rows == [("web",)]
    rows = engine.query(
        "SELECT name, desired_replicas, ratio, paused, last_run_time, first_image, app, other, url "
        "FROM widgets ORDER BY name"
    ).rows
    assert rows[0] == ("a", 3, 0.5, True, datetime(2024, 5, 31, 12, tzinfo=UTC), "nginx:1", "app-a", "Synced",
                       "http://a")
    assert rows[1] == ("b", 2, None, False, None, None, "app-b", None, None)  # odd values read as NULL


# --- naming -------------------------------------------------------------------------------


def _kind(group: str, plural: str, kind: str):
    return kind_from_crd(crd(group, plural, kind))


def test_clashes_are_resolved_predictably():
    kinds = [
        _kind("zeta.example.com", "certificates", "Certificate"),
        _kind("cert-manager.io", "certificates", "Certificate"),
        _kind("serving.knative.dev", "services", "Service"),
        _kind("monitoring.coreos.com", "servicemonitors", "ServiceMonitor"),
    ]
    named = assign_names(kinds, default_catalog().names())
    assert {name: k.group for name, k in named.items()} == {
        "certificates": "cert-manager.io",  # the group that sorts first keeps the short name
        "certificates.zeta.example.com": "zeta.example.com",
        "services.serving.knative.dev": "serving.knative.dev",  # built-ins always win
        "servicemonitors": "monitoring.coreos.com",
    }
    # the same answer whatever order the definitions come in
    assert assign_names(reversed(kinds), default_catalog().names()) == named


@pytest.fixture(scope="module")
def clash_engine():
    zeta = crd("zeta.example.com", "certificates", "Certificate",
               printer=[{"name": "Ready", "type": "string", "jsonPath": ".status.ready"}])
    knative = crd("serving.knative.dev", "services", "Service")
    objects = [
        CERTIFICATE_CRD,
        zeta,
        knative,
        certificate("a", "shop", "True", labels={"team": "x"}),
        certificate("b", "blog", "True", labels={"team": "y"}),
        certificate("z", "shop", "True", group="zeta.example.com"),
        {"apiVersion": "serving.knative.dev/v1", "kind": "Service", "metadata": {"name": "kn", "namespace": "shop"}},
        {"apiVersion": "v1", "kind": "Service", "metadata": {"name": "svc", "namespace": "shop", "uid": "s1"}},
        {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "d", "namespace": "shop", "uid": "d1"}},
    ]
    return Engine(MemorySource(objects, NOW, "test"), catalog_for_objects(objects))


@pytest.mark.parametrize(
    ("sql", "expected"),
    [
        ("SELECT name FROM certificates ORDER BY 1", [("a",), ("b",)]),
        ('SELECT name FROM "certificates.cert-manager.io" ORDER BY 1', [("a",), ("b",)]),
        ('SELECT name FROM "certificates.zeta.example.com"', [("z",)]),
        ('SELECT c.name, z.name FROM certificates c JOIN "certificates.zeta.example.com" z USING (namespace)',
         [("a", "z")]),
        ('SELECT "certificates.zeta.example.com".name FROM "certificates.zeta.example.com"', [("z",)]),
        ("SELECT name FROM services", [("svc",)]),
        ('SELECT name FROM "services.serving.knative.dev"', [("kn",)]),
        ('SELECT name FROM "deployments.apps"', [("d",)]),
        ('SELECT count(*) FROM "pods"', [(0,)]),
        ("SELECT name FROM certificates WHERE namespace = 'shop' AND labels['team'] = 'x' AND name = 'a'", [("a",)]),
        ("SELECT name FROM certificates WHERE namespace = 'shop' AND ready = 'True'", [("a",)]),
        ("WITH \"certificates.cert-manager.io\" AS (SELECT 1 AS name) SELECT name FROM \"certificates.cert-manager.io\"",
         [(1,)]),
    ],
)
def test_short_and_qualified_names_in_sql(clash_engine, sql, expected):
    assert clash_engine.query(sql).rows == expected


def test_custom_tables_push_down_namespace_labels_and_name(clash_engine):
    plan = clash_engine.explain(
        "SELECT name FROM \"certificates.cert-manager.io\" WHERE namespace = 'shop' AND labels['team'] = 'x' "
        "AND name = 'a' AND ready = 'True'"
    )
    (fetch,) = plan.table("certificates").fetches
    assert (fetch.namespace, fetch.label_selector, fetch.field_selector) == ("shop", "team=x", "metadata.name=a")
    assert not fetch.metadata_only  # ready reads status


def test_unknown_tables_suggest_custom_ones(clash_engine):
    with pytest.raises(UnknownNameError, match="did you mean certificates"):
        clash_engine.query("SELECT * FROM certificate")
    with pytest.raises(UnknownNameError, match="certificates.zeta.example.com"):
        clash_engine.query('SELECT * FROM "certificates.zeta.example.org"')
    with pytest.raises(RefusedQueryError, match='"deployments.apps"'):
        clash_engine.query("SELECT * FROM deployments.apps")


# --- snapshots ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def real_objects(real_path):
    from kubequery.snapshot import load_snapshot

    return load_snapshot([real_path]).objects


@pytest.fixture(scope="module")
def real_crd_engine(real_objects):
    snapshot = MemorySource(real_objects, NOW, "real")
    return Engine(snapshot, catalog_for_objects(real_objects))


def test_real_snapshot_custom_resources(real_crd_engine, real_objects):
    count = sum(1 for o in real_objects if o["kind"] == "ServiceMonitor")
    assert count > 0
    assert real_crd_engine.query("SELECT count(*) FROM servicemonitors").rows == [(count,)]
    assert real_crd_engine.query('SELECT count(*) FROM "servicemonitors.monitoring.coreos.com"').rows == [(count,)]
    expected = sorted(
        (o["metadata"]["namespace"], o["metadata"]["name"], o["spec"].get("replicas"), o["spec"].get("version"))
        for o in real_objects
        if o["kind"] == "Alertmanager"
    )
    assert real_crd_engine.query(
        "SELECT namespace, name, replicas, version FROM alertmanagers ORDER BY ALL"
    ).rows == expected
    rules = sum(1 for o in real_objects if o["kind"] == "PrometheusRule")
    assert real_crd_engine.query(
        "SELECT count(*) FROM prometheusrules WHERE namespace = 'monitoring' OR namespace != 'monitoring'"
    ).rows == [(rules,)]
    # built-in kinds without an adapter get a table too, from their objects
    apiservices = sum(1 for o in real_objects if o["kind"] == "APIService")
    assert real_crd_engine.query("SELECT count(*) FROM apiservices").rows == [(apiservices,)]


def test_demo_has_cert_manager_tables(demo):
    from kubequery.demo import generate_cluster
    from kubequery.snapshot import snapshot_from_document

    objects = snapshot_from_document(generate_cluster(seed=7, pods=450)).objects
    catalog = catalog_for_objects(objects)
    assert {"certificates", "clusterissuers", "servicemonitors"} <= set(catalog.tables)
    assert catalog["clusterissuers"].namespaced is False
    assert "ready" in catalog["certificates"].by_name
    assert Engine(demo, catalog).query("SELECT count(*) FROM certificates").rows == [(0,)]


def test_a_snapshot_without_custom_kinds_keeps_the_shipped_catalog():
    objects = [{"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "p"}}]
    assert catalog_for_objects(objects) is default_catalog()


# --- discovery -----------------------------------------------------------------------------


class NotFound(Exception):
    pass


def _res(name: str, kind: str, namespaced: bool = True, verbs=("get", "list", "watch"), short=()) -> dict:
    return {"name": name, "singularName": "", "namespaced": namespaced, "kind": kind, "verbs": list(verbs),
            "shortNames": list(short)}


class FakeCluster:
    """A client answering discovery and CRD GETs from dicts, counting every call."""

    def __init__(self, groups: dict[str, dict[str, list[dict]]], crds: list[dict] = (), broken: set[str] = ()):
        self.docs: dict[str, dict] = {"/api": {"kind": "APIVersions", "versions": ["v1"]}}
        self.calls: list[str] = []
        api_groups = []
        for group, versions in groups.items():
            for version, resources in versions.items():
                path = f"/api/{version}" if group == "" else f"/apis/{group}/{version}"
                self.docs[path] = {"kind": "APIResourceList", "groupVersion": version, "resources": resources}
            if group:
                vs = [{"groupVersion": f"{group}/{v}", "version": v} for v in versions]
                api_groups.append({"name": group, "versions": vs, "preferredVersion": vs[0]})
        self.docs["/apis"] = {"kind": "APIGroupList", "groups": api_groups}
        for c in crds:
            self.docs[CRD_PATH + c["metadata"]["name"]] = c
        self.broken = set(broken)

    def get_json(self, path: str) -> dict:
        self.calls.append(path)
        if path in self.broken:
            raise RuntimeError("503 the server is currently unable to handle the request")
        if path not in self.docs:
            raise NotFound(f"404 {path} not found")
        return copy.deepcopy(self.docs[path])

    def crd_calls(self) -> list[str]:
        return [c for c in self.calls if c.startswith(CRD_PATH)]


def old_cluster(extra_crds: list[dict] = ()) -> FakeCluster:
    """Discovery as a 1.20 cluster with cert-manager, prometheus-operator, knative and metrics-server."""
    crds = [CERTIFICATE_CRD, *extra_crds]
    groups: dict[str, dict[str, list[dict]]] = {
        "": {"v1": [
            _res("pods", "Pod", short=("po",)), _res("pods/log", "Pod", verbs=("get",)),
            _res("services", "Service"), _res("namespaces", "Namespace", False), _res("nodes", "Node", False),
            _res("bindings", "Binding", verbs=("create",)), _res("componentstatuses", "ComponentStatus", False),
            _res("events", "Event"), _res("configmaps", "ConfigMap"),
        ]},
        "apps": {"v1": [_res("deployments", "Deployment"), _res("deployments/scale", "Scale")]},
        "batch": {"v1": [_res("jobs", "Job")], "v1beta1": [_res("cronjobs", "CronJob")]},
        "autoscaling": {"v1": [_res("horizontalpodautoscalers", "HorizontalPodAutoscaler")],
                        "v2beta2": [_res("horizontalpodautoscalers", "HorizontalPodAutoscaler")]},
        "extensions": {"v1beta1": [_res("ingresses", "Ingress")]},
        "networking.k8s.io": {"v1": [_res("ingresses", "Ingress"), _res("networkpolicies", "NetworkPolicy")]},
        "events.k8s.io": {"v1": [_res("events", "Event")]},
        "apiextensions.k8s.io": {"v1": [_res("customresourcedefinitions", "CustomResourceDefinition", False)]},
        "cert-manager.io": {"v1": [_res("certificates", "Certificate", short=("cert",)),
                                   _res("clusterissuers", "ClusterIssuer", False)]},
        "zeta.example.com": {"v1": [_res("certificates", "Certificate")]},
        "serving.knative.dev": {"v1": [_res("services", "Service")]},
        "metrics.k8s.io": {"v1beta1": [_res("pods", "PodMetrics", verbs=("get", "list"))]},
        "broken.example.com": {"v1": [_res("things", "Thing")]},
    }
    return FakeCluster(groups, crds, broken={"/apis/broken.example.com/v1"})


def test_discover_reads_preferred_versions_and_needed_fallbacks():
    client = old_cluster()
    warnings: list[str] = []
    resources = discover(client, warnings=warnings)
    found = {(r.group, r.version, r.resource) for r in resources}
    assert ("", "v1", "pods") in found
    assert ("batch", "v1beta1", "cronjobs") in found  # not in batch's preferred version: fetched for the table
    assert ("", "v1", "pods/log") not in found and ("apps", "v1", "deployments/scale") not in found
    assert "/apis/autoscaling/v2beta2" not in client.calls  # autoscaling/v1 already answers for the table
    assert not client.crd_calls()
    assert any("broken.example.com" in w for w in warnings)
    pods = next(r for r in resources if r.resource == "pods" and r.group == "")
    assert (pods.kind, pods.namespaced, pods.short_names, pods.listable) == ("Pod", True, ("po",), True)
    assert not next(r for r in resources if r.resource == "bindings").listable


def test_catalog_from_discovery():
    client = old_cluster()
    catalog = catalog_from_discovery(discover(client), client)
    assert catalog["pods"] is default_catalog()["pods"]
    cronjobs = catalog["cronjobs"]
    assert cronjobs.api_version == "batch/v1beta1"  # what the server serves
    assert cronjobs.accepts("batch/v1", "CronJob") and any("batch/v1beta1" in n for n in cronjobs.notes)
    assert catalog["horizontalpodautoscalers"].api_version == "autoscaling/v1"
    assert catalog["ingresses"].api_version == "networking.k8s.io/v1"
    assert "containers" in catalog  # rides on pods
    assert "leases" not in catalog and "coordination.k8s.io/v1" in catalog.missing["leases"]
    assert catalog.resolve("certificates") == "certificates"
    assert catalog.resolve("certificates.cert-manager.io") == "certificates"
    assert catalog.resolve("certificates.zeta.example.com") == "certificates.zeta.example.com"
    assert catalog.resolve("services.serving.knative.dev") == "services.serving.knative.dev"
    assert catalog.resolve("pods.metrics.k8s.io") == "pods.metrics.k8s.io"
    assert catalog.resolve("events.events.k8s.io") == "events.events.k8s.io"
    assert catalog.resolve("componentstatuses") == "componentstatuses"
    assert "bindings" not in catalog  # not listable
    assert "things" not in catalog  # its group could not be read
    assert not client.crd_calls()  # building the catalog reads no CRD


def test_crds_are_read_only_when_a_query_touches_them():
    client = old_cluster()
    engine = Engine(MemorySource([], NOW, "test"), catalog_from_discovery(discover(client), client))
    engine.explain("SELECT p.name, c.name FROM pods p JOIN configmaps c USING (namespace) WHERE p.namespace = 'a'")
    assert client.crd_calls() == []
    engine.explain("SELECT name, ready, issuer FROM certificates WHERE ready = 'False'")
    assert client.crd_calls() == [CRD_PATH + "certificates.cert-manager.io"]
    engine.explain('SELECT name, ready FROM "certificates.cert-manager.io"')
    assert len(client.crd_calls()) == 1  # read once
    # a resource without a CRD (an aggregated API) keeps the generic columns, with a note
    plan = engine.explain('SELECT name, spec FROM "pods.metrics.k8s.io"')
    assert plan.tables[0].api_version == "metrics.k8s.io/v1beta1"
    assert any("could not be read" in n for n in engine.catalog["pods.metrics.k8s.io"].notes)
    with pytest.raises(UnknownNameError, match="not available"):
        engine.explain("SELECT * FROM leases")


def test_discovered_custom_tables_answer_over_the_real_snapshot(real_objects):
    monitoring = [o for o in real_objects if o["kind"] == "CustomResourceDefinition"]
    resources = [
        _res(o["spec"]["names"]["plural"], o["spec"]["names"]["kind"]) for o in monitoring
    ]
    client = FakeCluster({"": {"v1": [_res("pods", "Pod")]}, "monitoring.coreos.com": {"v1": resources},
                          "apiextensions.k8s.io": {"v1": [_res("customresourcedefinitions", "CRD", False)]}},
                         monitoring)
    engine = Engine(MemorySource(real_objects, NOW, "real"), catalog_from_discovery(discover(client), client))
    count = sum(1 for o in real_objects if o["kind"] == "ServiceMonitor")
    assert engine.query("SELECT count(*) FROM servicemonitors").rows == [(count,)]
    replicas = sorted(o["spec"].get("replicas") for o in real_objects if o["kind"] == "Prometheus")
    assert [r for (r,) in engine.query("SELECT desired FROM prometheuses ORDER BY 1").rows] == replicas
    assert set(client.crd_calls()) == {CRD_PATH + "servicemonitors.monitoring.coreos.com",
                                       CRD_PATH + "prometheuses.monitoring.coreos.com"}


def big_cluster(n: int) -> FakeCluster:
    groups: dict[str, dict[str, list[dict]]] = {"": {"v1": [_res("pods", "Pod"), _res("configmaps", "ConfigMap")]}}
    groups["apiextensions.k8s.io"] = {"v1": [_res("customresourcedefinitions", "CustomResourceDefinition", False)]}
    crds = []
    for g in range(n // 10):
        group = f"g{g:04d}.example.com"
        groups[group] = {"v1": [_res(f"things{i}", f"Thing{i}") for i in range(10)]}
        crds.extend(crd(group, f"things{i}", f"Thing{i}",
                        printer=[{"name": "Phase", "type": "string", "jsonPath": ".status.phase"}]) for i in range(10))
    return FakeCluster(groups, crds)


def test_thousands_of_crds_do_not_stall_a_pods_query():
    client = big_cluster(3000)
    start = time.perf_counter()
    catalog = catalog_from_discovery(discover(client), client)
    built = time.perf_counter() - start
    assert len(catalog.tables) > 3000
    assert built < 3.0, built
    engine = Engine(MemorySource([{"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "p"}}], NOW, "t"), catalog)
    start = time.perf_counter()
    assert engine.query("SELECT count(*) FROM pods").rows == [(1,)]
    assert time.perf_counter() - start < 1.0
    assert client.crd_calls() == []
    assert catalog.resolve("things7") == "things7"  # the first group by name keeps the short name
    assert catalog["things7"].group == "g0000.example.com"
    assert "phase" in catalog['things7.g0123.example.com'].by_name
    assert client.crd_calls() == [CRD_PATH + "things7.g0000.example.com", CRD_PATH + "things7.g0123.example.com"]
    with pytest.raises(UnknownNameError, match="did you mean things7"):
        engine.explain("SELECT * FROM thingz7")


def test_discovery_is_cached_per_cluster_for_the_ttl():
    now = [0.0]
    cache = DiscoveryCache(ttl=300, clock=lambda: now[0])
    a, b = old_cluster(), old_cluster()
    first = cluster_catalog(a, "a", cache=cache)
    calls = len(a.calls)
    assert cluster_catalog(a, "a", cache=cache) is first
    now[0] = 299.0
    assert cluster_catalog(a, "a", cache=cache) is first
    assert len(a.calls) == calls  # nothing asked again within the TTL
    cluster_catalog(b, "b", cache=cache)
    assert b.calls  # another cluster is discovered on its own
    first["certificates"]  # a CRD read lands in the cached catalog, read once
    assert cluster_catalog(a, "a", cache=cache)["certificates"] is first["certificates"]
    assert len(a.crd_calls()) == 1
    now[0] = 301.0
    second = cluster_catalog(a, "a", cache=cache)
    assert second is not first and len(a.calls) > calls + 1  # discovered again after the TTL
    cache.clear("a")
    assert cluster_catalog(a, "a", cache=cache) is not second


def test_resource_info_names():
    info = ResourceInfo("cert-manager.io", "v1", "certificates", "Certificate", True, ("list",))
    assert (info.api_version, info.qualified_name, info.listable) == ("cert-manager.io/v1", "certificates.cert-manager.io",
                                                                      True)


# --- over HTTP, against the Kubernetes API test server ------------------------------------


class HttpClient:
    """The DiscoveryClient the live source provides, in its simplest form."""

    def __init__(self, url: str, token: str) -> None:
        import httpx

        self.http = httpx.Client(base_url=url, headers={"Authorization": f"Bearer {token}"}, timeout=10)

    def get_json(self, path: str) -> dict:
        response = self.http.get(path)
        response.raise_for_status()
        return response.json()


class HttpSource:
    """Just enough of a live source for the engine: one GET per fetch."""

    def __init__(self, client: HttpClient) -> None:
        self.client, self.now, self.description = client, NOW, "test server"

    def list(self, table, fetch):
        from kubequery.sources.base import Listing

        prefix = f"/apis/{table.group}/{table.version}" if table.group else f"/api/{table.version}"
        where = f"/namespaces/{fetch.namespace}" if fetch.namespace else ""
        params = {k: v for k, v in (("labelSelector", fetch.label_selector),
                                    ("fieldSelector", fetch.field_selector)) if v}
        response = self.client.http.get(f"{prefix}{where}/{table.resource}", params=params)
        response.raise_for_status()
        return Listing(response.json()["items"])


def test_discovery_and_custom_resources_against_the_test_server(kube_api):
    pytest.importorskip("httpx")
    kube_api.add(certificate("api", "payments", "True", "Certificate is up to date"))
    kube_api.add(certificate("web", "checkout", "False", "Issuing failed"))
    client = HttpClient(kube_api.url, "admin-token")
    cache = DiscoveryCache()
    catalog = cluster_catalog(client, kube_api.url, cache=cache)
    crd_reads = lambda: [r for r in kube_api.requests if "/customresourcedefinitions/" in r.path]  # noqa: E731
    assert {"pods", "deployments", "certificates", "clusterissuers", "servicemonitors"} <= set(catalog.tables)
    assert catalog.resolve("certificates.cert-manager.io") == "certificates"
    assert catalog["cronjobs"].api_version == "batch/v1"
    engine = Engine(HttpSource(client), catalog)
    assert engine.query("SELECT count(*) FROM pods WHERE namespace = 'payments'").rows[0][0] > 0
    assert crd_reads() == []
    rows = engine.query(
        "SELECT namespace, name, ready, printer_status FROM \"certificates.cert-manager.io\" "
        "WHERE namespace IN ('payments', 'checkout') ORDER BY name"
    ).rows
    assert rows == [("payments", "api", "True", "Certificate is up to date"),
                    ("checkout", "web", "False", "Issuing failed")]
    assert [r.path for r in crd_reads()] == [CRD_PATH + "certificates.cert-manager.io"]
    assert engine.query("SELECT name FROM certificates WHERE name = 'web'").rows == [("web",)]
    assert len(crd_reads()) == 1
    assert cluster_catalog(client, kube_api.url, cache=cache) is catalog
