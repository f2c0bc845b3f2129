"""Snapshots load from every format kubectl writes, with the right objects and time."""

from __future__ import annotations

import collections
import copy
import gzip
import json
import os
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
import yaml

from kubequery.errors import SnapshotError
from kubequery.snapshot import TAKEN_AT_KEY, load_snapshot, snapshot_from_document

REAL_SNAPSHOT = Path(__file__).resolve().parents[2] / "shared/clusters/real-k8s-1.20.json.gz"
REAL_NEWEST = datetime(2026, 11, 29, 9, 38, 11, tzinfo=UTC)  # an Event's lastTimestamp


def _obj(kind: str, name: str, ns: str | None = "default", uid: str | None = None,
         created: str = "2024-05-01T10:00:00Z", api: str = "v1", **body) -> dict:
    meta = {"name": name, "creationTimestamp": created, "uid": uid or f"uid-{kind}-{ns}-{name}"}
    if ns:
        meta["namespace"] = ns
    return {"apiVersion": api, "kind": kind, "metadata": meta, **body}


def _write(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode()
    path.write_bytes(data)
    return path


def _kinds(snapshot) -> dict[str, int]:
    return dict(collections.Counter(o["kind"] for o in snapshot.objects))


@pytest.fixture(scope="module")
def real_items() -> list[dict]:
    if not REAL_SNAPSHOT.exists():
        pytest.skip(f"{REAL_SNAPSHOT} is not here")
    with gzip.open(REAL_SNAPSHOT, "rb") as f:
        return json.load(f)["items"]


def _sample(items: list[dict], kind: str, n: int) -> list[dict]:
    return [copy.deepcopy(i) for i in items if i["kind"] == kind][:n]


# ----------------------------------------------------------------- kubectl -o json


def test_single_object(tmp_path):
    path = _write(tmp_path / "pod.json", json.dumps(_obj("Pod", "web")))
    snap = load_snapshot([path])
    assert [o["metadata"]["name"] for o in snap.objects] == ["web"]
    assert snap.sources == [str(path)]


def test_mixed_kind_list(tmp_path, real_items):
    items = (_sample(real_items, "Pod", 3) + _sample(real_items, "Deployment", 2)
             + _sample(real_items, "Service", 2) + _sample(real_items, "Node", 1))
    doc = {"apiVersion": "v1", "kind": "List", "metadata": {"resourceVersion": ""},
           "items": items}
    path = _write(tmp_path / "all.json", json.dumps(doc, indent=4))
    snap = load_snapshot([str(path)])
    assert _kinds(snap) == {"Pod": 3, "Deployment": 2, "Service": 2, "Node": 1}
    assert snap.objects == items


def test_typed_list_items_get_kind_and_api_version(tmp_path, real_items):
    pods = _sample(real_items, "Pod", 4)
    for p in pods:
        del p["kind"], p["apiVersion"]
    deployments = _sample(real_items, "Deployment", 2)
    for d in deployments:
        del d["kind"], d["apiVersion"]
    _write(tmp_path / "pods.json", json.dumps({"apiVersion": "v1", "kind": "PodList",
                                               "metadata": {}, "items": pods}))
    _write(tmp_path / "deploy.json", json.dumps({"apiVersion": "apps/v1",
                                                 "kind": "DeploymentList", "items": deployments}))
    snap = load_snapshot([tmp_path / "pods.json", tmp_path / "deploy.json"])
    assert [(o["apiVersion"], o["kind"]) for o in snap.objects] == (
        [("v1", "Pod")] * 4 + [("apps/v1", "Deployment")] * 2)


def test_typed_list_keeps_items_own_kind(tmp_path):
    doc = {"apiVersion": "v1", "kind": "PodList",
           "items": [{"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "a"}},
                     {"metadata": {"name": "b"}}]}
    snap = load_snapshot([_write(tmp_path / "p.json", json.dumps(doc))])
    assert [(o["kind"], o["metadata"]["name"]) for o in snap.objects] == [("Pod", "a"),
                                                                          ("Pod", "b")]


def test_empty_list_is_a_valid_empty_snapshot(tmp_path):
    path = _write(tmp_path / "rcs.json", '{"kind": "ReplicationControllerList", '
                                         '"apiVersion": "v1", "metadata": {}, "items": []}')
    snap = load_snapshot([path])
    assert snap.objects == []
    assert snap.taken_at_rule == "file modification time"


def test_json_array_of_objects(tmp_path):
    path = _write(tmp_path / "a.json", json.dumps([_obj("Pod", "a"), _obj("ConfigMap", "b")]))
    assert _kinds(load_snapshot([path])) == {"Pod": 1, "ConfigMap": 1}


def test_byte_order_mark_is_ignored(tmp_path):
    path = _write(tmp_path / "bom.json", b"\xef\xbb\xbf" + json.dumps(_obj("Pod", "a")).encode())
    assert len(load_snapshot([path]).objects) == 1


# ----------------------------------------------------------------- YAML


def test_kubectl_yaml_list(tmp_path, real_items):
    items = _sample(real_items, "Pod", 2) + _sample(real_items, "ConfigMap", 2)
    doc = {"apiVersion": "v1", "kind": "List", "metadata": {"resourceVersion": ""},
           "items": items}
    path = _write(tmp_path / "out.yaml", yaml.safe_dump(doc))
    snap = load_snapshot([path])
    assert snap.objects == items  # equal to the JSON: timestamps stay strings


MANIFESTS = """\
# a comment before the first document
---
apiVersion: v1
kind: Namespace
metadata:
  name: shop
---
---
# only a comment
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
  creationTimestamp: 2024-03-01T12:00:00Z
  labels: {app: web, enabled: yes}
spec:
  replicas: 3
...
---
apiVersion: v1
kind: Service
metadata: {name: web, namespace: shop}
spec:
  ports: [{port: 80}]
"""


def test_multi_document_manifests(tmp_path):
    snap = load_snapshot([_write(tmp_path / "app.yaml", MANIFESTS)])
    assert [o["kind"] for o in snap.objects] == ["Namespace", "Deployment", "Service"]
    deploy = snap.objects[1]
    assert deploy["metadata"]["creationTimestamp"] == "2024-03-01T12:00:00Z"  # not a datetime
    assert deploy["spec"]["replicas"] == 3
    assert snap.taken_at == datetime(2024, 3, 1, 12, tzinfo=UTC)
    assert snap.warnings == []


def test_yaml_flow_mapping_named_yaml(tmp_path):
    path = _write(tmp_path / "cm.yml", "{apiVersion: v1, kind: ConfigMap, metadata: {name: x}}")
    assert _kinds(load_snapshot([path])) == {"ConfigMap": 1}


# ----------------------------------------------------------------- directories, gzip


def test_directory_is_walked_recursively(tmp_path):
    root = tmp_path / "manifests"
    _write(root / "a.json", json.dumps(_obj("Pod", "a")))
    _write(root / "sub" / "b.yaml", yaml.safe_dump(_obj("ConfigMap", "b")))
    _write(root / "sub" / "deeper" / "c.YML", yaml.safe_dump(_obj("Secret", "c")))
    _write(root / "sub" / "d.json.gz", gzip.compress(json.dumps(_obj("Service", "d")).encode()))
    _write(root / "e.yaml.gz", gzip.compress(yaml.safe_dump(_obj("Node", "e", ns=None)).encode()))
    _write(root / "README.md", "# not read")
    _write(root / "pod" / "logs.txt", "{not json")
    _write(root / ".git" / "x.json", "{broken")
    _write(root / "kustomize-values.yaml", "replicas: 3\nimage: nginx\n")
    snap = load_snapshot([root])
    assert sorted(o["metadata"]["name"] for o in snap.objects) == ["a", "b", "c", "d", "e"]
    assert all(s.endswith((".json", ".yaml", ".YML", ".gz")) for s in snap.sources)
    assert len(snap.sources) == 6
    assert any("kustomize-values.yaml: no Kubernetes objects found" in w for w in snap.warnings)


def test_gzip_detected_by_magic_bytes(tmp_path, real_items):
    items = _sample(real_items, "Event", 5)
    doc = {"apiVersion": "v1", "kind": "EventList", "items": items}
    path = _write(tmp_path / "events.json", gzip.compress(json.dumps(doc).encode()))
    assert _kinds(load_snapshot([path])) == {"Event": 5}
    yaml_gz = _write(tmp_path / "snap", gzip.compress(MANIFESTS.encode()))
    assert len(load_snapshot([yaml_gz]).objects) == 3


# ----------------------------------------------------------------- kubectl cluster-info dump


def _typed_list(kind: str, api: str, items: list[dict]) -> dict:
    stripped = []
    for item in items:
        item = copy.deepcopy(item)
        item.pop("kind", None)
        item.pop("apiVersion", None)
        stripped.append(item)
    return {"kind": f"{kind}List", "apiVersion": api, "metadata": {"resourceVersion": "123"},
            "items": stripped}


def _dump_documents(real_items: list[dict]) -> list[tuple[str, dict]]:
    by_kind = collections.defaultdict(list)
    for item in real_items:
        by_kind[item["kind"]].append(item)
    docs = [("nodes", _typed_list("Node", "v1", by_kind["Node"]))]
    for ns in ("shop", "kube-system"):
        def in_ns(kind, ns=ns):
            return [i for i in by_kind[kind] if i["metadata"].get("namespace") == ns]
        docs += [
            (f"{ns}/events", _typed_list("Event", "v1", in_ns("Event"))),
            (f"{ns}/replicationcontrollers", _typed_list("ReplicationController", "v1", [])),
            (f"{ns}/services", _typed_list("Service", "v1", in_ns("Service"))),
            (f"{ns}/daemonsets", _typed_list("DaemonSet", "apps/v1", in_ns("DaemonSet"))),
            (f"{ns}/deployments", _typed_list("Deployment", "apps/v1", in_ns("Deployment"))),
            (f"{ns}/replicasets", _typed_list("ReplicaSet", "apps/v1", in_ns("ReplicaSet"))),
            (f"{ns}/pods", _typed_list("Pod", "v1", in_ns("Pod"))),
        ]
    return docs


def _expected_dump_kinds(real_items: list[dict]) -> dict[str, int]:
    wanted = {"Event", "Service", "DaemonSet", "Deployment", "ReplicaSet", "Pod"}
    counts = collections.Counter(
        i["kind"] for i in real_items
        if i["kind"] in wanted and i["metadata"].get("namespace") in ("shop", "kube-system"))
    counts["Node"] = sum(i["kind"] == "Node" for i in real_items)
    return {k: v for k, v in counts.items() if v}


def test_cluster_info_dump_directory(tmp_path, real_items):
    root = tmp_path / "dump"
    for name, doc in _dump_documents(real_items):
        _write(root / f"{name}.json", json.dumps(doc, indent=4))
    pod = next(i for i in real_items if i["kind"] == "Pod"
               and i["metadata"]["namespace"] == "shop")
    _write(root / "shop" / pod["metadata"]["name"] / "logs.txt", "starting...\n{oops\n")
    snap = load_snapshot([root])
    assert _kinds(snap) == _expected_dump_kinds(real_items)
    assert all(o.get("apiVersion") and o.get("kind") for o in snap.objects)
    assert not any(s.endswith(".txt") for s in snap.sources)


def test_cluster_info_dump_to_stdout(tmp_path, real_items):
    chunks = []
    for name, doc in _dump_documents(real_items):
        chunks.append(json.dumps(doc, indent=4) + "\n")
        if name.endswith("/pods"):
            for item in doc["items"][:2]:
                ns, pod = item["metadata"]["namespace"], item["metadata"]["name"]
                chunks.append(f"==== START logs for container app of pod {ns}/{pod} ====\n"
                              '{"level": "info", "msg": "not part of the dump"}\n'
                              "plain text } ] {\n"
                              f"==== END logs for container app of pod {ns}/{pod} ====\n")
    path = _write(tmp_path / "dump.txt", "".join(chunks))
    snap = load_snapshot([path])
    assert _kinds(snap) == _expected_dump_kinds(real_items)


def test_concatenated_compact_json(tmp_path):
    text = (json.dumps(_obj("Pod", "a")) + json.dumps(_obj("Pod", "b"))
            + "\n\n" + json.dumps({"kind": "List", "apiVersion": "v1",
                                   "items": [_obj("Pod", "c")]}))
    snap = load_snapshot([_write(tmp_path / "c.json", text)])
    assert [o["metadata"]["name"] for o in snap.objects] == ["a", "b", "c"]


def test_concatenated_non_ascii(tmp_path):
    text = (json.dumps(_obj("ConfigMap", "a", data={"k": "é ü ß 日本"}), ensure_ascii=False)
            + json.dumps(_obj("ConfigMap", "b", data={"k": "ok"}), ensure_ascii=False))
    snap = load_snapshot([_write(tmp_path / "u.json", text)])
    assert [o["data"]["k"] for o in snap.objects] == ["é ü ß 日本", "ok"]


# ----------------------------------------------------------------- de-duplication


def test_duplicates_by_uid_keep_last_seen(tmp_path):
    old = _obj("Pod", "web", uid="u1", status={"phase": "Pending"})
    new = _obj("Pod", "web", uid="u1", status={"phase": "Running"})
    other = _obj("Pod", "db", uid="u2")
    no_uid = {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "x"}}
    a = _write(tmp_path / "a.json", json.dumps({"kind": "List", "apiVersion": "v1",
                                                "items": [old, other, no_uid]}))
    b = _write(tmp_path / "b.json", json.dumps({"kind": "List", "apiVersion": "v1",
                                                "items": [new, no_uid]}))
    snap = load_snapshot([a, b])
    assert [(o["metadata"]["name"], o.get("status")) for o in snap.objects] == [
        ("db", None), ("x", None), ("web", {"phase": "Running"}), ("x", None)]


def test_same_file_twice_loads_once(tmp_path, real_items):
    items = _sample(real_items, "Pod", 5)
    path = _write(tmp_path / "p.json", json.dumps({"kind": "List", "apiVersion": "v1",
                                                   "items": items}))
    assert len(load_snapshot([path, path]).objects) == 5


# ----------------------------------------------------------------- snapshot time


def test_taken_at_argument_wins(tmp_path):
    path = _write(tmp_path / "p.json", json.dumps({"kind": "List", "apiVersion": "v1",
                                                   "metadata": {TAKEN_AT_KEY:
                                                                "2025-01-01T00:00:00Z"},
                                                   "items": [_obj("Pod", "a")]}))
    moment = datetime(2030, 1, 2, 3, 4, 5, tzinfo=timezone(timedelta(hours=2)))
    snap = load_snapshot([path], taken_at=moment)
    assert snap.taken_at == datetime(2030, 1, 2, 1, 4, 5, tzinfo=UTC)
    assert snap.taken_at.tzinfo is UTC
    assert snap.taken_at_rule == "argument"
    naive = load_snapshot([path], taken_at=datetime(2030, 1, 1, 12))
    assert naive.taken_at == datetime(2030, 1, 1, 12, tzinfo=UTC)


def test_taken_at_from_list_metadata(tmp_path):
    path = _write(tmp_path / "p.json", json.dumps({
        "kind": "List", "apiVersion": "v1",
        "metadata": {TAKEN_AT_KEY: "2026-11-29T12:00:00Z"},
        "items": [_obj("Pod", "a", created="2026-11-30T00:00:00Z")]}))
    snap = load_snapshot([path])
    assert snap.taken_at == datetime(2026, 11, 29, 12, tzinfo=UTC)
    assert snap.taken_at_rule == "file metadata"


def test_taken_at_newest_object_timestamp(tmp_path):
    pod = _obj("Pod", "a", created="2024-05-01T10:00:00Z", status={
        "startTime": "2024-05-01T10:00:05Z",
        "conditions": [{"type": "Ready", "lastTransitionTime": "2024-05-01T10:01:00Z",
                        "lastProbeTime": None}],
        "containerStatuses": [{"name": "c", "state": {"running": {
            "startedAt": "2024-05-01T10:00:30Z"}}, "lastState": {"terminated": {
                "startedAt": "2024-05-01T09:00:00Z", "finishedAt": "2024-05-01T10:02:00Z"}}}]})
    event = _obj("Event", "e", created="2024-05-01T10:00:00Z",
                 firstTimestamp="2024-05-01T10:00:00Z", lastTimestamp="2024-05-01T10:05:00Z",
                 series={"lastObservedTime": "2024-05-01T10:07:00.123456Z"})
    node = _obj("Node", "n", ns=None, status={"conditions": [
        {"type": "Ready", "lastHeartbeatTime": "2024-05-01T10:06:00Z"}]})
    path = _write(tmp_path / "p.json", json.dumps({"kind": "List", "apiVersion": "v1",
                                                   "items": [pod, node]}))
    snap = load_snapshot([path])
    assert snap.taken_at == datetime(2024, 5, 1, 10, 6, tzinfo=UTC)  # node heartbeat
    assert snap.taken_at_rule == "newest object timestamp"
    _write(tmp_path / "e.json", json.dumps(event))
    snap = load_snapshot([path, tmp_path / "e.json"])
    assert snap.taken_at == datetime(2024, 5, 1, 10, 7, 0, 123456, tzinfo=UTC)


def test_future_deletion_timestamp_is_ignored(tmp_path):
    pod = _obj("Pod", "leaving", created="2024-05-01T10:00:00Z")
    pod["metadata"]["deletionTimestamp"] = "2024-05-01T10:30:00Z"  # 30 s grace, in the future
    pod["metadata"]["deletionGracePeriodSeconds"] = 30
    pod["metadata"]["annotations"] = {"expires": "2099-01-01T00:00:00Z"}
    job = _obj("Job", "j", api="batch/v1", status={"completionTime": "2024-05-01T10:20:00Z"})
    path = _write(tmp_path / "p.json", json.dumps({"kind": "List", "apiVersion": "v1",
                                                   "items": [pod, job]}))
    assert load_snapshot([path]).taken_at == datetime(2024, 5, 1, 10, 20, tzinfo=UTC)


def test_taken_at_falls_back_to_file_mtime(tmp_path):
    bare = {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "x"}}
    a = _write(tmp_path / "a.json", json.dumps(bare))
    b = _write(tmp_path / "b.yaml", yaml.safe_dump(bare))
    os.utime(a, (1_700_000_000, 1_700_000_000))
    os.utime(b, (1_600_000_000, 1_600_000_000))
    snap = load_snapshot([a, b])
    assert snap.taken_at == datetime.fromtimestamp(1_700_000_000, tz=UTC)
    assert snap.taken_at_rule == "file modification time"


def test_real_snapshot(real_items):
    snap = load_snapshot([REAL_SNAPSHOT])
    assert len(snap.objects) == len(real_items) == 1319
    kinds = _kinds(snap)
    assert kinds["Event"] == 529
    assert kinds["Pod"] == 83
    assert kinds["Secret"] == 79
    assert kinds["Deployment"] == 35
    assert kinds["ReplicaSet"] == 35
    assert kinds["Node"] == 7
    assert kinds["Namespace"] == 12
    assert kinds["Job"] == 4
    assert kinds["ServiceMonitor"] == 13  # custom resources kept
    assert len(kinds) == 42
    assert snap.taken_at == REAL_NEWEST
    assert snap.taken_at_rule == "newest object timestamp"
    assert snap.warnings == []


def test_snapshot_from_document():
    doc = {"apiVersion": "v1", "kind": "List", "metadata": {TAKEN_AT_KEY: "2026-11-29T12:00:00Z"},
           "items": [_obj("Pod", "a"), _obj("Pod", "a"), _obj("Node", "n", ns=None)]}
    snap = snapshot_from_document(doc)
    assert [o["kind"] for o in snap.objects] == ["Pod", "Node"]
    assert snap.taken_at == datetime(2026, 11, 29, 12, tzinfo=UTC)
    with pytest.raises(SnapshotError, match="no Kubernetes objects"):
        snapshot_from_document({"hello": "world"})


# ----------------------------------------------------------------- errors


def _error(paths) -> str:
    with pytest.raises(SnapshotError) as info:
        load_snapshot(paths)
    return info.value.message


def test_missing_path(tmp_path):
    missing = tmp_path / "nope.json"
    assert _error([missing]) == f"{missing}: no such file or directory"


def test_malformed_json_names_file_and_position(tmp_path):
    path = _write(tmp_path / "bad.json", '{\n  "kind": "Pod",\n  "metadata": {"name": x}\n}\n')
    # The reason's wording is orjson's and varies by version; the place is ours.
    assert _error([path]).startswith(f"{path}: invalid JSON at line 3, column 24: unexpected character")


def test_truncated_json(tmp_path):
    path = _write(tmp_path / "cut.json", '{"kind": "List", "items": [{"kind": "Pod"')
    message = _error([path])
    assert message.startswith(f"{path}: invalid JSON at line 1, column ")


def test_garbage_after_json_document(tmp_path):
    path = _write(tmp_path / "two.json", json.dumps(_obj("Pod", "a")) + "\nnot json\n")
    assert _error([path]) == (f"{path}: invalid JSON at line 2, column 1: unexpected content "
                              "after document")


def test_malformed_json_in_a_later_document(tmp_path):
    text = json.dumps(_obj("Pod", "a"), indent=4) + "\n" + '{\n    "kind": [1,,2]\n}\n'
    path = _write(tmp_path / "dump.json", text)
    line = text.count("\n", 0, text.index("[1,,2]")) + 1
    assert _error([path]).startswith(f"{path}: invalid JSON at line {line}, column ")


def test_malformed_yaml_names_file_and_position(tmp_path):
    path = _write(tmp_path / "bad.yaml", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: [a\n")
    message = _error([path])
    assert message.startswith(f"{path}: invalid YAML at line 5, column 1: ")
    path = _write(tmp_path / "tab.yaml", "apiVersion: v1\nkind: Pod\n\tmetadata: {}\n")
    assert _error([path]).startswith(f"{path}: invalid YAML at line 3, column 1: ")


def test_file_without_kubernetes_objects(tmp_path):
    for name, text in [("values.yaml", "replicas: 3\n"), ("x.json", '{"foo": 1}'),
                       ("empty.yaml", ""), ("comments.yaml", "# nothing\n---\n"),
                       ("status.json", json.dumps({"kind": "Status", "apiVersion": "v1",
                                                   "status": "Failure",
                                                   "message": "forbidden"}))]:
        path = _write(tmp_path / name, text)
        assert _error([path]).startswith(f"{path}: no Kubernetes objects found")


def test_directory_without_objects(tmp_path):
    _write(tmp_path / "d" / "logs.txt", "hello")
    assert _error([tmp_path / "d"]) == f"{tmp_path / 'd'}: no .json, .yaml or .yml files found"
    _write(tmp_path / "e" / "values.yaml", "a: 1\n")
    assert _error([tmp_path / "e"]).startswith(f"{tmp_path / 'e'}: no Kubernetes objects found")


def test_bad_gzip(tmp_path):
    path = _write(tmp_path / "x.json.gz", b"\x1f\x8b\x08\x00garbage")
    assert _error([path]).startswith(f"{path}: not a valid gzip file: ")


def test_not_utf8_yaml(tmp_path):
    path = _write(tmp_path / "latin1.yaml", "kind: Pod\nname: caf\xe9\n".encode("latin-1"))
    assert _error([path]) == f"{path}: not UTF-8 text at line 2, column 10"


def test_unreadable_file(tmp_path, monkeypatch):
    path = _write(tmp_path / "secret.json", "{}")

    def deny(self):
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", deny)
    assert _error([path]) == f"{path}: cannot read: Permission denied"
