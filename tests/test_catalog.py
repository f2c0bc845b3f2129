"""The shipped catalog (adapters/*.yaml + kubequery/columns.py) and its strict loader.

Every computed column runs on every object of the real 1.20 snapshot its table
accepts and must give a value of its declared type; every field pushdown must
give exactly the server's field value; no column of `secrets` may show a value.
"""

from __future__ import annotations

import base64
import contextlib
import copy
import gzip
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import yaml

from kubequery.catalog import Column, Table, load_catalog, load_table
from kubequery.columns import COMPUTED, EXPANDERS, RowContext, get_path, parse_time
from kubequery.errors import CatalogError
from kubequery.ingest import build_arrow
from kubequery.paths import data_dir
from kubequery.quantity import parse_quantity
from kubequery.redact import redact
from kubequery.selectors import SUPPORTED_FIELDS

REAL_SNAPSHOT = Path(__file__).resolve().parents[2] / "shared/clusters/real-k8s-1.20.json.gz"
NOW = datetime(2026, 11, 29, 10, 0, tzinfo=UTC)
CTX = RowContext(now=NOW)

TABLES = {
    "namespaces", "nodes", "pods", "containers", "deployments", "replicasets", "statefulsets",
    "daemonsets", "jobs", "cronjobs", "services", "endpoints", "endpointslices", "ingresses",
    "configmaps", "secrets", "persistentvolumes", "persistentvolumeclaims", "storageclasses",
    "serviceaccounts", "roles", "rolebindings", "clusterroles", "clusterrolebindings",
    "networkpolicies", "horizontalpodautoscalers", "poddisruptionbudgets", "resourcequotas",
    "limitranges", "events", "customresourcedefinitions", "priorityclasses", "ingressclasses",
    "leases", "replicationcontrollers", "volumeattachments", "controllerrevisions",
}


@pytest.fixture(scope="module")
def catalog():
    return load_catalog()


@pytest.fixture(scope="module")
def common_columns() -> list[dict]:
    return yaml.safe_load((data_dir("adapters") / "_common.yaml").read_text())["columns"]


@pytest.fixture(scope="module")
def snapshot() -> list[dict]:
    if not REAL_SNAPSHOT.exists():
        pytest.skip(f"{REAL_SNAPSHOT} is not here")
    with gzip.open(REAL_SNAPSHOT) as f:
        return json.load(f)["items"]


def rows_of(table: Table, objects: list[dict]) -> list[tuple[dict, dict]]:
    """(row, source object) pairs of the table, expanded rows included."""
    accepted = [o for o in objects if table.accepts(o.get("apiVersion", ""), o.get("kind", ""))]
    if table.expand is None:
        return [(o, o) for o in accepted]
    return [(row, o) for o in accepted for row in EXPANDERS[table.expand](o)]


def value(column: Column, row: dict) -> Any:
    """A column's value as the engine reads it (path + transform, or the computed function)."""
    if column.compute:
        return COMPUTED[column.compute].fn(row, CTX)
    found = get_path(row, column.path)
    if column.transform == "quantity":
        return parse_quantity(found)
    if column.transform == "count":
        return len(found) if isinstance(found, list | dict) else None
    if column.transform == "keys":
        return sorted(found) if isinstance(found, dict) else None
    return found


def type_problem(column: Column, v: Any) -> str | None:
    """Why `v` is not a value of the column's declared type, or None if it is."""
    if v is None:
        return None
    computed = column.compute is not None
    ok = {
        "text": lambda: isinstance(v, str),
        "int": lambda: isinstance(v, int) and not isinstance(v, bool),
        "float": lambda: isinstance(v, float) or (not computed and isinstance(v, int)),
        "bool": lambda: isinstance(v, bool),
        # Path timestamps are RFC 3339 text the engine casts; computed ones are datetimes.
        "timestamp": lambda: (isinstance(v, datetime) and v.tzinfo is not None) if computed
        else parse_time(v) is not None,
        "interval": lambda: isinstance(v, timedelta),
        "json": lambda: json.dumps(v) is not None,
        "map": lambda: isinstance(v, dict)
        and all(isinstance(k, str) and (x is None or isinstance(x, str)) for k, x in v.items()),
        "list": lambda: isinstance(v, list) and all(isinstance(x, str) for x in v),
    }[column.type]()
    return None if ok else f"{type(v).__name__} {v!r:.80} is not {column.type}"


# --- the shipped catalog ---------------------------------------------------------------


def test_every_table_is_there(catalog):
    assert {t.name for t in catalog} >= TABLES


def test_every_table_has_the_common_columns(catalog, common_columns):
    for table in catalog:
        for common in common_columns:
            column = table.by_name.get(common["name"])
            assert column is not None, f"{table.name} lacks {common['name']}"
            assert column.type == common["type"], f"{table.name}.{column.name}"


def test_every_column_and_table_is_described(catalog):
    for table in catalog:
        assert table.description, table.name
        assert 1 <= len(table.examples) <= 4, table.name
        for ex in table.examples:
            assert ex.description and ex.sql.upper().startswith(("SELECT", "WITH")), table.name
        for column in table.columns:
            assert column.description.strip(), f"{table.name}.{column.name}"
            assert "\n" not in column.description, f"{table.name}.{column.name}"


def test_aliases_are_unique(catalog):
    seen: dict[str, str] = {}
    names = {t.name for t in catalog}
    for table in catalog:
        for alias in table.aliases:
            assert alias not in seen, f"{alias} names {seen.get(alias)} and {table.name}"
            assert alias not in names - {table.name}, f"{alias} is another table's name"
            seen[alias] = table.name


def test_kubectl_short_names(catalog):
    short = {
        "po": "pods", "deploy": "deployments", "rs": "replicasets", "sts": "statefulsets",
        "ds": "daemonsets", "svc": "services", "ep": "endpoints", "ing": "ingresses",
        "cm": "configmaps", "sa": "serviceaccounts", "pv": "persistentvolumes",
        "pvc": "persistentvolumeclaims", "sc": "storageclasses", "netpol": "networkpolicies",
        "hpa": "horizontalpodautoscalers", "pdb": "poddisruptionbudgets",
        "quota": "resourcequotas", "limits": "limitranges", "ev": "events",
        "crd": "customresourcedefinitions", "ns": "namespaces", "no": "nodes", "cj": "cronjobs",
    }
    for alias, table in short.items():
        assert alias in catalog[table].aliases, f"{table} lacks {alias}"


def test_api_versions(catalog):
    assert catalog["ingresses"].accepts("extensions/v1beta1", "Ingress")
    assert catalog["ingresses"].accepts("networking.k8s.io/v1", "Ingress")
    assert catalog["cronjobs"].accepts("batch/v1beta1", "CronJob")
    assert catalog["horizontalpodautoscalers"].accepts("autoscaling/v1", "HorizontalPodAutoscaler")
    assert catalog["endpointslices"].accepts("discovery.k8s.io/v1beta1", "EndpointSlice")
    assert catalog["events"].accepts("v1", "Event")
    assert not catalog["events"].accepts("events.k8s.io/v1", "Event")
    assert catalog["containers"].accepts("v1", "Pod") and catalog["pods"].accepts("v1", "Pod")


# --- the strict loader ---------------------------------------------------------------

VALID = {
    "table": "widgets",
    "kind": "Pod",
    "api": "v1",
    "resource": "pods",
    "namespaced": True,
    "description": "A test table.",
    "columns": [
        {"name": "node", "type": "text", "path": "spec.nodeName", "description": "Node.",
         "pushdown": {"field": "spec.nodeName"}},
        {"name": "status", "type": "text", "compute": "pod_status", "description": "Status."},
    ],
}


def _set(path: str, new: Any):
    def mutate(data: dict) -> None:
        *parents, last = path.split("/")
        target = data
        for key in parents:
            target = target[int(key)] if key.isdigit() else target[key]
        if new is _DELETE:
            del target[last]
        else:
            target[last] = new
    return mutate


_DELETE = object()

MALFORMED = {
    "unknown table key": (_set("colour", "blue"), "colour"),
    "unknown column key": (_set("columns/1/colour", "blue"), "'status'"),
    "unknown type": (_set("columns/1/type", "string"), "'status'"),
    "unknown compute": (_set("columns/1/compute", "no_such_fn"), "no_such_fn"),
    "unknown transform": (_set("columns/0/transform", "upper"), "'node'"),
    "transform on compute": (_set("columns/1/transform", "count"), "'status'"),
    "bad path": (_set("columns/0/path", "spec..nodeName"), "'node'"),
    "path and compute": (_set("columns/0/compute", "pod_status"), "'node'"),
    "unsupported field selector": (
        _set("columns/0/pushdown", {"field": "spec.priority"}), "spec.priority",
    ),
    "field selector on int column": (_set("columns/0/type", "int"), "'node'"),
    "unknown pushdown": (_set("columns/0/pushdown", "everything"), "'node'"),
    "missing description": (_set("columns/1/description", _DELETE), "'status'"),
    "blank description": (_set("columns/1/description", "  "), "'status'"),
    "bad column name": (_set("columns/1/name", "Status"), "Status"),
    "unknown expander": (_set("expand", "no_such_expander"), "no_such_expander"),
    "missing kind": (_set("kind", _DELETE), "kind"),
    "duplicate column": (
        lambda d: d["columns"].append(dict(d["columns"][1])), "duplicate",
    ),
    "namespace pushdown on a cluster-scoped kind": (
        lambda d: d.update(
            kind="Node", resource="nodes", namespaced=False,
            columns=[{"name": "ns", "type": "text", "path": "metadata.namespace",
                      "description": "x", "pushdown": "namespace"}],
        ),
        "'ns'",
    ),
    "field selector of another kind": (
        lambda d: d.update(kind="Deployment", resource="deployments", api="apps/v1"),
        "spec.nodeName",
    ),
}


@pytest.mark.parametrize("case", list(MALFORMED))
def test_loader_refuses(case, common_columns):
    mutate, named = MALFORMED[case]
    data = copy.deepcopy(VALID)
    mutate(data)
    with pytest.raises(CatalogError) as caught:
        load_table(data, "x.yaml", common_columns)
    message = str(caught.value)
    assert "x.yaml" in message and named in message, message


def test_loader_accepts_the_valid_base(common_columns):
    table = load_table(copy.deepcopy(VALID), "x.yaml", common_columns)
    assert table.by_name["node"].pushdown.field == "spec.nodeName"
    assert [c.name for c in table.columns][:2] == ["name", "namespace"]


def test_load_catalog_names_the_file(tmp_path):
    (tmp_path / "good.yaml").write_text(yaml.safe_dump(VALID))
    (tmp_path / "bad.yaml").write_text("table: [unclosed\n")
    with pytest.raises(CatalogError, match="bad.yaml"):
        load_catalog(tmp_path)
    (tmp_path / "bad.yaml").write_text(yaml.safe_dump({**VALID, "kind": "Node"}))
    with pytest.raises(CatalogError, match="bad.yaml.*twice|twice.*bad.yaml|bad.yaml"):
        load_catalog(tmp_path)


# --- every column on the real snapshot -----------------------------------------------


def test_every_column_evaluates_on_the_snapshot(catalog, snapshot):
    problems = []
    seen_tables = set()
    for table in catalog:
        for row, _ in rows_of(table, snapshot):
            seen_tables.add(table.name)
            for column in table.columns:
                try:
                    v = value(column, row)
                except Exception as e:  # noqa: BLE001 - reported below with the column
                    problems.append(f"{table.name}.{column.name}: raised {e!r}")
                    continue
                problem = type_problem(column, v)
                if problem:
                    problems.append(f"{table.name}.{column.name}: {problem}")
    assert not problems, "\n".join(sorted(set(problems))[:40])
    # Kinds the snapshot holds no object of: endpoints of rc, pvs... are all there but these.
    assert TABLES - seen_tables <= {"replicationcontrollers"}


def test_every_column_loads_into_arrow(catalog, snapshot):
    for table in catalog:
        objects = [o for o in snapshot if table.accepts(o["apiVersion"], o["kind"])]
        loaded = build_arrow(table, [c.name for c in table.columns], objects, NOW)
        assert loaded.num_rows == len(rows_of(table, snapshot)), table.name


def test_field_pushdowns_equal_the_servers_values(catalog, snapshot):
    """A pushed-down field must compare exactly what the column holds (DESIGN invariant 4)."""
    checked = 0
    for table in catalog:
        fields = [c for c in table.columns if c.pushdown and c.pushdown.kind == "field"]
        for row, obj in rows_of(table, snapshot):
            for column in fields:
                server = SUPPORTED_FIELDS[table.kind][column.pushdown.field](obj)
                v = value(column, row)
                mine = "" if v is None else ("true" if v else "false") if isinstance(v, bool) else v
                assert mine == server, f"{table.name}.{column.name} of {obj['metadata']['name']}"
                checked += 1
    assert checked > 1000


def _one(catalog, snapshot, table_name: str, name: str, namespace: str | None = None) -> dict:
    """Every column of one object (the first row, for expanded tables) by column name."""
    table = catalog[table_name]
    for row, obj in rows_of(table, snapshot):
        meta = obj["metadata"]
        if meta["name"] == name and (namespace is None or meta.get("namespace") == namespace):
            return {c.name: value(c, row) for c in table.columns}
    raise AssertionError(f"no {table_name} {namespace}/{name} in the snapshot")


def test_spot_checks_against_the_snapshot(catalog, snapshot):
    cp = _one(catalog, snapshot, "nodes", "cp-1")
    assert cp["cpu_capacity"] == 4.0 and cp["cpu_allocatable"] == 3.9
    assert cp["memory_capacity"] == 15872 * 1024**2 and cp["pods_capacity"] == 110
    assert cp["roles"] == ["control-plane", "master"] and cp["ready"] is True
    assert "node-role.kubernetes.io/master:NoSchedule" in cp["taints"]
    assert cp["zone"] == "us-east-1a" and cp["instance_type"] == "m5.xlarge"
    assert cp["internal_ip"] == "10.0.1.10" and cp["unschedulable"] is False
    assert cp["conditions"]["Ready"] == "True" and cp["memory_pressure"] is False

    dep = _one(catalog, snapshot, "deployments", "details-v1", "bookinfo")
    assert dep["ready"] == "1/1" and dep["available"] is True and dep["strategy"] == "RollingUpdate"
    assert dep["selector"] == {"app": "details", "version": "v1"} and dep["max_surge"] == "25%"

    sts = _one(catalog, snapshot, "statefulsets", "cassandra", "team-b")
    assert sts["ready"] == "2/3" and sts["volume_claim_templates"] == ["cassandra-data"]

    ds = _one(catalog, snapshot, "daemonsets", "kube-proxy", "kube-system")
    assert ds["ready"] == "6/7" and ds["unavailable_replicas"] == 1

    secret = _one(catalog, snapshot, "secrets", "default-token-xb5cp", "batch")
    assert secret["data_keys"] == ["ca.crt", "namespace", "token"] and secret["data_count"] == 3
    assert secret["service_account"] == "default"

    job = _one(catalog, snapshot, "jobs", "db-migrate-v42", "batch")
    assert (job["completions"], job["status"], job["succeeded"]) == ("1/1", "Complete", 1)
    assert job["duration"] == timedelta(seconds=5)

    pod = _one(catalog, snapshot, "pods", "db-migrate-v42-jns7g", "batch")
    assert pod["status"] == "Completed" and pod["ready"] == "0/1" and pod["phase"] == "Succeeded"
    assert pod["secrets"] == ["default-token-xb5cp"] and pod["cpu_request"] == 0.2
    assert pod["memory_request"] == 512 * 1024**2 and pod["owner_kind"] == "Job"

    cj = _one(catalog, snapshot, "cronjobs", "cache-warmer", "batch")  # batch/v1beta1
    assert cj["suspend"] is True and cj["schedule"] == "*/15 * * * *" and cj["active"] == 0

    hpa = _one(catalog, snapshot, "horizontalpodautoscalers", "frontend", "shop")  # v1
    assert hpa["cpu_target_percent"] == 60 and hpa["scaling_active"] is False
    assert hpa["target_name"] == "frontend" and hpa["min_replicas"] == 1
    gemma = _one(catalog, snapshot, "horizontalpodautoscalers", "gemma-server-hpa", "ml")
    assert gemma["cpu_target_percent"] is None
    assert gemma["metrics"][0]["pods"]["metricName"] == "vllm_num_requests_running"

    ing = _one(catalog, snapshot, "ingresses", "gateway", "bookinfo")  # extensions/v1beta1
    assert ing["class"] == "istio" and ing["backends"] == ["productpage:9080"]
    assert ing["services"] == ["productpage"] and ing["address"][0].endswith(".elb.amazonaws.com")
    assert "*/productpage" in ing["paths"]

    eps = _one(catalog, snapshot, "endpointslices", "details-g7xfw", "bookinfo")  # v1beta1
    assert eps["zones"] == ["us-east-1c"] and eps["nodes"] == ["worker-3"]
    assert eps["service"] == "details" and eps["ready_count"] == 1

    ep = _one(catalog, snapshot, "endpoints", "details", "bookinfo")
    assert ep["endpoints"] == ["10.244.3.159:9080"] and ep["ready_address_count"] == 1
    assert ep["target_pods"] == ["details-v1-5d7c46d887-mxgwv"]

    pdb = _one(catalog, snapshot, "poddisruptionbudgets", "alertmanager-main", "monitoring")
    assert pdb["max_unavailable"] == "1" and pdb["min_available"] is None
    assert pdb["disruptions_allowed"] == 0

    quota = _one(catalog, snapshot, "resourcequotas", "compute-quota", "team-a")
    assert quota["hard"]["pods"] == "40" and quota["used"]["requests.cpu"] == "610m"
    assert quota["usage_percent"]["pods"] == 17.5

    pvc = _one(catalog, snapshot, "persistentvolumeclaims", "my-model-pvc", "ml")
    assert pvc["status"] == "Bound" and pvc["capacity"] == 1024**3 and pvc["storage_class"] is None
    pv = _one(catalog, snapshot, "persistentvolumes", "my-model-pv")
    assert pv["claim"] == "ml/my-model-pvc" and pv["source_type"] == "hostPath"

    crb = _one(catalog, snapshot, "clusterrolebindings", "blackbox-exporter")
    assert crb["subjects"] == ["ServiceAccount:monitoring/blackbox-exporter"]
    assert crb["service_accounts"] == ["monitoring/blackbox-exporter"]
    role = _one(catalog, snapshot, "roles", "prometheus-k8s", "default")
    assert role["verbs"] == ["get", "list", "watch"] and "pods" in role["resources"]

    lease = _one(catalog, snapshot, "leases", "cp-1", "kube-node-lease")
    assert lease["holder"] == "cp-1" and lease["expired"] is True

    container = _one(catalog, snapshot, "containers", "db-migrate-v42-jns7g", "batch")
    assert (container["name"], container["pod"], container["node"]) == (
        "migrate", "db-migrate-v42-jns7g", "worker-1",
    )
    assert container["state"] == "terminated" and container["exit_code"] == 0
    assert container["namespace"] == "batch" and container["owner_kind"] == "Job"


def test_event_times_fall_back_for_new_style_events():
    event = {
        "apiVersion": "v1", "kind": "Event", "metadata": {"name": "e", "namespace": "default"},
        "eventTime": "2026-11-29T09:00:00.123456Z", "reportingComponent": "kubelet",
        "series": {"count": 4, "lastObservedTime": "2026-11-29T09:30:00.000000Z"},
        "involvedObject": {"kind": "Node", "name": "worker-1"},
    }
    first = datetime(2026, 11, 29, 9, 0, 0, 123456, UTC)
    assert COMPUTED["event_first_seen"].fn(event, CTX) == first
    assert COMPUTED["event_last_seen"].fn(event, CTX) == datetime(2026, 11, 29, 9, 30, tzinfo=UTC)
    assert COMPUTED["event_count"].fn(event, CTX) == 4
    assert COMPUTED["event_source"].fn(event, CTX) == "kubelet"
    assert COMPUTED["event_object"].fn(event, CTX) == "node/worker-1"


def test_new_api_shapes():
    ingress = {"spec": {
        "ingressClassName": "nginx",
        "defaultBackend": {"service": {"name": "fallback", "port": {"name": "http"}}},
        "rules": [{"host": "a.example.com", "http": {"paths": [
            {"path": "/api", "backend": {"service": {"name": "api", "port": {"number": 8080}}}},
        ]}}],
        "tls": [{"hosts": ["a.example.com"], "secretName": "a-tls"}],
    }}
    assert COMPUTED["ingress_backends"].fn(ingress, CTX) == ["api:8080", "fallback:http"]
    assert COMPUTED["ingress_services"].fn(ingress, CTX) == ["api", "fallback"]
    assert COMPUTED["ingress_class"].fn(ingress, CTX) == "nginx"
    assert COMPUTED["ingress_tls_secrets"].fn(ingress, CTX) == ["a-tls"]

    hpa_v2 = {
        "spec": {"metrics": [{"type": "Resource", "resource": {
            "name": "cpu", "target": {"type": "Utilization", "averageUtilization": 70}}}]},
        "status": {"currentMetrics": [{"type": "Resource", "resource": {
            "name": "cpu", "current": {"averageUtilization": 35}}}],
            "conditions": [{"type": "ScalingLimited", "status": "True"}]},
    }
    assert COMPUTED["hpa_cpu_target_percent"].fn(hpa_v2, CTX) == 70
    assert COMPUTED["hpa_cpu_current_percent"].fn(hpa_v2, CTX) == 35
    assert COMPUTED["hpa_scaling_limited"].fn(hpa_v2, CTX) is True
    hpa_v2beta1 = {"spec": {"metrics": [{"type": "Resource", "resource": {
        "name": "cpu", "targetAverageUtilization": 50}}]}}
    assert COMPUTED["hpa_cpu_target_percent"].fn(hpa_v2beta1, CTX) == 50

    slice_v1 = {"endpoints": [
        {"addresses": ["10.0.0.1"], "zone": "z1", "nodeName": "n1", "conditions": {"ready": True}},
        {"addresses": ["10.0.0.2"], "zone": "z2", "nodeName": "n2", "conditions": {"ready": False}},
    ]}
    assert COMPUTED["endpointslice_zones"].fn(slice_v1, CTX) == ["z1", "z2"]
    assert COMPUTED["endpointslice_ready_addresses"].fn(slice_v1, CTX) == ["10.0.0.1"]
    assert COMPUTED["endpointslice_ready_count"].fn(slice_v1, CTX) == 1


def test_pod_references_feed_joins():
    pod = {"metadata": {"name": "web-0"}, "spec": {
        "imagePullSecrets": [{"name": "registry"}],
        "volumes": [
            {"name": "cfg", "configMap": {"name": "web-config"}},
            {"name": "tls", "secret": {"secretName": "web-tls"}},
            {"name": "data", "persistentVolumeClaim": {"claimName": "web-data"}},
            {"name": "scratch", "ephemeral": {"volumeClaimTemplate": {"spec": {}}}},
            {"name": "all", "projected": {"sources": [
                {"configMap": {"name": "extra"}}, {"secret": {"name": "token"}}]}},
            {"name": "csi", "csi": {"driver": "x", "nodePublishSecretRef": {"name": "csi-creds"}}},
        ],
        "containers": [{"name": "app", "envFrom": [{"configMapRef": {"name": "env-config"}}],
                        "env": [{"name": "PW", "valueFrom": {"secretKeyRef": {"name": "db"}}}]}],
        "initContainers": [{"name": "init", "envFrom": [{"secretRef": {"name": "init-secret"}}]}],
    }}
    fn = {k: COMPUTED[f"pod_{k}"].fn for k in ("configmaps", "secrets", "pvcs")}
    assert fn["configmaps"](pod, CTX) == ["web-config", "extra", "env-config"]
    assert sorted(fn["secrets"](pod, CTX)) == sorted(
        ["registry", "web-tls", "token", "csi-creds", "db", "init-secret"]
    )
    assert fn["pvcs"](pod, CTX) == ["web-data", "web-0-scratch"]


# --- secrets stay secret ---------------------------------------------------------------


def test_no_secrets_column_reads_values(catalog):
    for column in catalog["secrets"].columns:
        if column.path:
            assert column.path[0] not in ("data", "stringData"), column.name
    # the computed columns that read data/stringData are the key-name ones only
    assert {c.compute for c in catalog["secrets"].columns if c.compute} <= {
        "secret_keys", "secret_key_count", "age", "cluster", "owner_kind", "owner_name", "raw",
    }


def _secret_values(obj: dict) -> list[str]:
    found = []
    for v in {**(obj.get("data") or {}), **(obj.get("stringData") or {})}.values():
        found.append(v)
        with contextlib.suppress(ValueError):
            found.append(base64.b64decode(v).decode())
    # A service account token's `namespace` key holds the (public) namespace name.
    public = {(obj.get("metadata") or {}).get("namespace")}
    return [v for v in found if len(v) >= 6 and v not in public]


def _leaks(catalog, secret: dict, skip: tuple[str, ...]) -> list[str]:
    values = _secret_values(secret)
    leaks = []
    for column in catalog["secrets"].columns:
        if column.name in skip:
            continue
        shown = json.dumps(value(column, secret), default=str)
        leaks += [f"{column.name} shows {v!r:.20}" for v in values if v in shown]
    return leaks


def test_secret_columns_never_show_a_value(catalog, snapshot):
    secret = {
        "apiVersion": "v1", "kind": "Secret", "type": "Opaque",
        "metadata": {"name": "db", "namespace": "shop", "annotations": {"team": "a"}},
        "data": {"password": base64.b64encode(b"hunter2-very-secret").decode()},
        "stringData": {"token": "plain-text-token-value"},
    }
    assert _secret_values(secret)
    # raw is redacted by the sources (kubequery.redact), not by a column
    assert not _leaks(catalog, secret, skip=("raw",))
    real = [o for o in snapshot if o["kind"] == "Secret" and o.get("data")]
    assert real
    for obj in real:
        assert not _leaks(catalog, obj, skip=("raw", "annotations")), obj["metadata"]["name"]
    # After the sources' redaction nothing at all shows a value, raw and annotations included.
    applied = copy.deepcopy(secret)
    applied["metadata"]["annotations"]["kubectl.kubernetes.io/last-applied-configuration"] = (
        json.dumps({"data": secret["data"], "stringData": secret["stringData"]})
    )
    redacted = redact(applied)
    leaks = []
    for column in catalog["secrets"].columns:
        shown = json.dumps(value(column, redacted), default=str)
        leaks += [column.name for v in _secret_values(secret) if v in shown]
    assert not leaks
