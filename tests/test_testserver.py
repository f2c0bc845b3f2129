"""The Kubernetes API test server over real HTTP: discovery, lists, watches, auth, RBAC, reviews, faults."""

from __future__ import annotations

import json
import shutil
import ssl
import subprocess
import threading
import time

import httpx
import pytest

from kubequery.testserver import KubeAPIServer

META_ACCEPT = "application/json;as=PartialObjectMetadataList;g=meta.k8s.io;v=v1"


def client(server: KubeAPIServer, token: str | None = "admin-token", **headers: str) -> httpx.Client:
    h = {"Authorization": f"Bearer {token}"} if token else {}
    h.update(headers)
    verify = ssl.create_default_context(cafile=str(server.ca_path)) if server.ca_path else True
    return httpx.Client(base_url=server.url, headers=h, timeout=10, verify=verify)


@pytest.fixture
def admin(kube_api):
    with client(kube_api) as c:
        yield c


@pytest.fixture
def alice(kube_api):
    with client(kube_api, "alice-token") as c:
        yield c


def pods_of(server: KubeAPIServer, namespace: str | None = None) -> list[dict]:
    return [
        o
        for o in server.store.objects(["Pod"])
        if namespace is None or o["metadata"]["namespace"] == namespace
    ]


def names(items: list[dict]) -> list[tuple[str, str]]:
    return [(i["metadata"].get("namespace", ""), i["metadata"]["name"]) for i in items]


# ---- discovery ------------------------------------------------------------------


def test_version_and_discovery(admin):
    assert admin.get("/version").json()["gitVersion"] == "v1.29.10"
    assert admin.get("/api").json()["versions"] == ["v1"]
    core = admin.get("/api/v1").json()
    assert core["kind"] == "APIResourceList" and core["groupVersion"] == "v1"
    pods = next(r for r in core["resources"] if r["name"] == "pods")
    assert pods == {
        "name": "pods",
        "singularName": "pod",
        "namespaced": True,
        "kind": "Pod",
        "verbs": ["get", "list", "watch"],
        "shortNames": ["po"],
        "categories": ["all"],
    }
    groups = {g["name"]: g for g in admin.get("/apis").json()["groups"]}
    assert groups["apps"]["preferredVersion"] == {"groupVersion": "apps/v1", "version": "apps/v1"[5:]}
    assert groups["autoscaling"]["preferredVersion"]["version"] == "v2"
    assert "cert-manager.io" in groups  # served from a CRD in the data
    apps = admin.get("/apis/apps/v1").json()
    assert {r["name"] for r in apps["resources"]} >= {
        "deployments",
        "replicasets",
        "statefulsets",
        "daemonsets",
    }
    crs = admin.get("/apis/cert-manager.io/v1").json()["resources"]
    assert {
        "name": "certificates",
        "singularName": "certificate",
        "namespaced": True,
        "kind": "Certificate",
        "verbs": ["get", "list", "watch"],
        "shortNames": ["cert", "certs"],
        "categories": ["cert-manager"],
    } in crs
    authz = admin.get("/apis/authorization.k8s.io/v1").json()["resources"]
    assert {r["name"]: r["verbs"] for r in authz}["selfsubjectaccessreviews"] == ["create"]


def test_discovery_is_open_to_every_authenticated_user(kube_api):
    with client(kube_api, "nobody-token") as c:
        assert c.get("/apis").status_code == 200
        assert c.get("/api/v1").status_code == 200
        assert c.get("/version").status_code == 200


# ---- lists ------------------------------------------------------------------------


def test_list_cluster_wide_and_per_namespace(kube_api, admin):
    body = admin.get("/api/v1/pods").json()
    assert body["kind"] == "PodList" and body["apiVersion"] == "v1"
    assert int(body["metadata"]["resourceVersion"]) == kube_api.resource_version
    assert len(body["items"]) == len(pods_of(kube_api)) == 450
    assert names(body["items"]) == sorted(names(body["items"]))
    assert "kind" not in body["items"][0]  # built-in list items carry no kind/apiVersion, as on a real server
    payments = admin.get("/api/v1/namespaces/payments/pods").json()["items"]
    assert names(payments) == sorted(names(pods_of(kube_api, "payments")))
    deploys = admin.get("/apis/apps/v1/namespaces/payments/deployments").json()
    assert deploys["kind"] == "DeploymentList" and deploys["items"]
    one = payments[0]["metadata"]["name"]
    got = admin.get(f"/api/v1/namespaces/payments/pods/{one}").json()
    assert got["kind"] == "Pod" and got["apiVersion"] == "v1" and got["metadata"]["name"] == one
    ns = admin.get("/api/v1/namespaces/payments").json()
    assert ns["kind"] == "Namespace" and ns["metadata"]["name"] == "payments"
    assert admin.get("/api/v1/nodes").json()["items"]


def test_old_api_versions_are_served_under_the_current_one():
    ing = {
        "apiVersion": "extensions/v1beta1",
        "kind": "Ingress",
        "metadata": {"name": "old", "namespace": "web"},
        "spec": {"backend": {"serviceName": "s", "servicePort": 80}},
    }
    with (
        KubeAPIServer([ing], tokens={"t": ("admin", ["system:masters"])}) as server,
        client(server, "t") as c,
    ):
        items = c.get("/apis/networking.k8s.io/v1/ingresses").json()["items"]
        assert names(items) == [("web", "old")]
        got = c.get("/apis/networking.k8s.io/v1/namespaces/web/ingresses/old").json()
        assert got["apiVersion"] == "networking.k8s.io/v1"


def test_custom_resources_from_crds(kube_api, admin):
    kube_api.add(
        {
            "apiVersion": "cert-manager.io/v1",
            "kind": "Certificate",
            "metadata": {"name": "web-tls", "namespace": "frontend"},
            "spec": {"secretName": "web-tls"},
        }
    )
    body = admin.get("/apis/cert-manager.io/v1/certificates").json()
    assert body["kind"] == "CertificateList"
    assert body["items"][0]["kind"] == "Certificate"  # custom resource items keep kind/apiVersion
    assert body["items"][0]["apiVersion"] == "cert-manager.io/v1"


def test_label_selectors(kube_api, admin):
    pods = pods_of(kube_api)
    app = next(p["metadata"]["labels"]["app"] for p in pods if "app" in (p["metadata"].get("labels") or {}))

    def expected(pred):
        return sorted(names([p for p in pods if pred(p["metadata"].get("labels") or {})]))

    got = admin.get("/api/v1/pods", params={"labelSelector": f"app={app}"}).json()["items"]
    assert names(got) == expected(lambda lb: lb.get("app") == app) and got
    got = admin.get("/api/v1/pods", params={"labelSelector": f"app in ({app},nope),!nothere"}).json()["items"]
    assert names(got) == expected(lambda lb: lb.get("app") in (app, "nope"))
    got = admin.get("/api/v1/pods", params={"labelSelector": f"app!={app}"}).json()["items"]
    assert names(got) == expected(lambda lb: lb.get("app") != app)
    got = admin.get("/api/v1/pods", params={"labelSelector": "!app"}).json()["items"]
    assert names(got) == expected(lambda lb: "app" not in lb)
    r = admin.get("/api/v1/pods", params={"labelSelector": "app in (a"})
    assert r.status_code == 400
    assert r.json() == {
        "kind": "Status",
        "apiVersion": "v1",
        "metadata": {},
        "status": "Failure",
        "message": "unable to parse requirement: found '', expected: ',' or ')'",
        "reason": "BadRequest",
        "code": 400,
    }


def test_field_selectors(kube_api, admin):
    pods = pods_of(kube_api)
    node = next(p["spec"]["nodeName"] for p in pods if p["spec"].get("nodeName"))
    got = admin.get("/api/v1/pods", params={"fieldSelector": f"spec.nodeName={node}"}).json()["items"]
    assert names(got) == sorted(names([p for p in pods if p["spec"].get("nodeName") == node]))
    got = admin.get(
        "/api/v1/pods", params={"fieldSelector": "status.phase!=Running,metadata.namespace=payments"}
    )
    assert all(
        p["status"]["phase"] != "Running" and p["metadata"]["namespace"] == "payments"
        for p in got.json()["items"]
    )
    r = admin.get("/api/v1/pods", params={"fieldSelector": "spec.containers=x"})
    assert r.status_code == 400 and r.json()["message"] == "field label not supported: spec.containers"
    r = admin.get("/apis/apps/v1/deployments", params={"fieldSelector": "status.replicas=1"})
    assert r.status_code == 400
    assert (
        r.json()["message"] == '"status.replicas" is not a known field selector: only "metadata.name", '
        '"metadata.namespace"'
    )


@pytest.mark.parametrize("limit", [1, 7, 500])
def test_pagination_returns_every_object_once(kube_api, admin, limit):
    everything = names(admin.get("/api/v1/pods").json()["items"])
    seen: list[tuple[str, str]] = []
    token, rvs, pages = None, set(), 0
    while True:
        params = {"limit": limit, **({"continue": token} if token else {})}
        body = admin.get("/api/v1/pods", params=params).json()
        assert len(body["items"]) <= limit
        seen += names(body["items"])
        rvs.add(body["metadata"]["resourceVersion"])
        pages += 1
        token = body["metadata"].get("continue")
        if pages == 2:  # changes after the first page do not show up in later pages
            kube_api.add(
                {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "zz-late", "namespace": "zz"}}
            )
        if not token:
            break
    assert seen == everything and len(set(seen)) == len(seen)
    assert len(rvs) == 1
    assert pages == -(-len(everything) // limit)


def test_pagination_with_selector_and_namespace(kube_api, admin):
    want = names(
        admin.get("/api/v1/namespaces/payments/pods", params={"labelSelector": "app"}).json()["items"]
    )
    seen, token = [], None
    while True:
        body = admin.get(
            "/api/v1/namespaces/payments/pods",
            params={"limit": 3, "labelSelector": "app", **({"continue": token} if token else {})},
        ).json()
        assert "remainingItemCount" not in body["metadata"]
        seen += names(body["items"])
        token = body["metadata"].get("continue")
        if not token:
            break
    assert seen == want and want


def test_expired_continue_token_is_410(kube_api, admin):
    first = admin.get("/api/v1/pods", params={"limit": 10}).json()
    kube_api.expire_continue_tokens()
    r = admin.get("/api/v1/pods", params={"limit": 10, "continue": first["metadata"]["continue"]})
    assert r.status_code == 410
    body = r.json()
    assert body["reason"] == "Expired" and body["code"] == 410
    assert body["message"].startswith(
        "The provided continue parameter is too old to display a consistent list "
        "result. You can start a new list without the continue parameter"
    )
    # the inconsistent-continue token of the real server goes on from where the first page stopped
    rest = admin.get("/api/v1/pods", params={"limit": 1000, "continue": body["metadata"]["continue"]}).json()
    assert names(first["items"]) + names(rest["items"]) == names(admin.get("/api/v1/pods").json()["items"])
    assert admin.get("/api/v1/pods", params={"continue": "garbage!"}).status_code == 400


@pytest.mark.parametrize("version", ["v1", "v1beta1"])
def test_metadata_only_lists(kube_api, admin, version):
    accept = (
        "application/vnd.kubernetes.protobuf;as=PartialObjectMetadataList;g=meta.k8s.io;v="
        + version
        + ",application/json;as=PartialObjectMetadataList;g=meta.k8s.io;v="
        + version
        + ",application/json"
    )
    body = admin.get("/api/v1/namespaces/payments/pods", headers={"Accept": accept}).json()
    assert body["kind"] == "PartialObjectMetadataList" and body["apiVersion"] == f"meta.k8s.io/{version}"
    full = admin.get("/api/v1/namespaces/payments/pods").json()["items"]
    assert [i["metadata"] for i in body["items"]] == [i["metadata"] for i in full]
    assert {(i["kind"], i["apiVersion"]) for i in body["items"]} == {
        ("PartialObjectMetadata", f"meta.k8s.io/{version}")
    }
    assert set(body["items"][0]) == {"kind", "apiVersion", "metadata"}
    assert admin.get("/api/v1/pods", headers={"Accept": "application/yaml"}).status_code == 406


def test_gzip(kube_api, admin):
    r = admin.get("/api/v1/pods", headers={"Accept-Encoding": "gzip"})
    assert r.headers["content-encoding"] == "gzip"
    assert len(r.json()["items"]) == 450
    small = admin.get("/api/v1/namespaces/payments/configmaps", headers={"Accept-Encoding": "gzip"})
    assert "content-encoding" not in small.headers


def test_secrets_are_served_with_their_values(admin):
    secrets = admin.get("/api/v1/secrets").json()["items"]
    assert any(s.get("data") for s in secrets)


# ---- watch ------------------------------------------------------------------------


def watch(c: httpx.Client, path: str, **params) -> list[dict]:
    params.setdefault("timeoutSeconds", "0.3")
    with c.stream("GET", path, params={"watch": "true", **params}) as r:
        assert r.status_code == 200
        return [json.loads(line) for line in r.iter_lines() if line]


def test_watch_replays_changes_after_a_resource_version(kube_api, admin):
    rv = admin.get("/api/v1/namespaces/payments/pods").json()["metadata"]["resourceVersion"]
    pod = {
        "apiVersion": "v1",
        "kind": "Pod",
        "metadata": {"name": "w1", "namespace": "payments", "labels": {"tier": "a"}},
    }
    kube_api.add(pod)
    kube_api.update({**pod, "metadata": {**pod["metadata"], "labels": {"tier": "b"}}})
    kube_api.delete(("Pod", "payments", "w1"))
    kube_api.add({**pod, "metadata": {**pod["metadata"], "namespace": "checkout"}})
    events = watch(admin, "/api/v1/namespaces/payments/pods", resourceVersion=rv)
    assert [(e["type"], e["object"]["metadata"]["name"]) for e in events] == [
        ("ADDED", "w1"),
        ("MODIFIED", "w1"),
        ("DELETED", "w1"),
    ]
    rvs = [int(e["object"]["metadata"]["resourceVersion"]) for e in events]
    assert rvs == sorted(rvs) and rvs[0] > int(rv)
    assert events[0]["object"]["kind"] == "Pod" and events[0]["object"]["apiVersion"] == "v1"
    # selectors: leaving the selection is a DELETED, as the watch cache reports it
    events = watch(admin, "/api/v1/pods", resourceVersion=rv, labelSelector="tier=a")
    assert [(e["type"], e["object"]["metadata"]["namespace"]) for e in events] == [
        ("ADDED", "payments"),
        ("DELETED", "payments"),
        ("ADDED", "checkout"),
    ]


def test_watch_streams_live_events_and_bookmarks(kube_api, admin):
    rv = kube_api.resource_version

    def later():
        time.sleep(0.3)
        kube_api.add(
            {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "live", "namespace": "data"}}
        )

    threading.Thread(target=later).start()
    started = time.monotonic()
    events = watch(
        admin, "/api/v1/configmaps", resourceVersion=str(rv), allowWatchBookmarks="true", timeoutSeconds="1"
    )
    assert 0.9 < time.monotonic() - started < 3
    kinds = [e["type"] for e in events]
    assert "ADDED" in kinds and kinds.count("BOOKMARK") >= 2
    bookmark = next(e for e in events if e["type"] == "BOOKMARK")
    assert bookmark["object"]["kind"] == "ConfigMap"
    assert set(bookmark["object"]["metadata"]) == {"resourceVersion"}
    assert int(events[-1]["object"]["metadata"]["resourceVersion"]) == kube_api.resource_version


def test_watch_without_resource_version_starts_with_current_objects(kube_api, admin):
    events = watch(admin, "/api/v1/namespaces/payments/pods", timeoutSeconds="0.2")
    assert {e["type"] for e in events} == {"ADDED"}
    assert len(events) == len(pods_of(kube_api, "payments"))


def test_watch_too_old_resource_version_is_410(kube_api, admin):
    kube_api.add({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "x", "namespace": "data"}})
    rv = kube_api.resource_version
    kube_api.compact()
    events = watch(admin, "/api/v1/configmaps", resourceVersion=str(rv - 1))
    assert events == [
        {
            "type": "ERROR",
            "object": {
                "kind": "Status",
                "apiVersion": "v1",
                "metadata": {},
                "status": "Failure",
                "message": f"too old resource version: {rv - 1} ({rv})",
                "reason": "Expired",
                "code": 410,
            },
        }
    ]
    assert watch(admin, "/api/v1/configmaps", resourceVersion=str(rv), timeoutSeconds="0.1") == []


def test_close_watches_with_expiry(kube_api, admin):
    out: list[list[dict]] = []
    t = threading.Thread(
        target=lambda: out.append(
            watch(admin, "/api/v1/pods", resourceVersion=str(kube_api.resource_version), timeoutSeconds="10")
        )
    )
    t.start()
    deadline = time.monotonic() + 5
    while kube_api.open_watches == 0 and time.monotonic() < deadline:
        time.sleep(0.01)
    kube_api.close_watches(expire=True)
    t.join(5)
    assert out and out[0][-1]["type"] == "ERROR" and out[0][-1]["object"]["code"] == 410


def test_metadata_watch(kube_api, admin):
    rv = kube_api.resource_version
    kube_api.add(
        {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "m", "namespace": "ml"}, "spec": {}}
    )
    with admin.stream(
        "GET",
        "/api/v1/pods",
        params={"watch": "1", "resourceVersion": rv, "timeoutSeconds": "0.2"},
        headers={"Accept": "application/json;as=PartialObjectMetadata;g=meta.k8s.io;v=v1"},
    ) as r:
        events = [json.loads(x) for x in r.iter_lines() if x]
    assert events[0]["object"]["kind"] == "PartialObjectMetadata" and "spec" not in events[0]["object"]


# ---- authentication, authorization, errors ----------------------------------------------


def test_unauthorized(kube_api):
    for token in (None, "wrong"):
        with client(kube_api, token) as c:
            r = c.get("/api/v1/pods")
            assert r.status_code == 401
            assert r.json() == {
                "kind": "Status",
                "apiVersion": "v1",
                "metadata": {},
                "status": "Failure",
                "message": "Unauthorized",
                "reason": "Unauthorized",
                "code": 401,
            }


def test_forbidden_messages(kube_api, alice):
    r = alice.get("/api/v1/pods")
    assert r.status_code == 403
    assert r.json() == {
        "kind": "Status",
        "apiVersion": "v1",
        "metadata": {},
        "status": "Failure",
        "message": 'pods is forbidden: User "alice" cannot list resource "pods" in API group "" at the cluster scope',
        "reason": "Forbidden",
        "details": {"kind": "pods"},
        "code": 403,
    }
    r = alice.get("/api/v1/namespaces/data/pods")
    assert r.json()["message"] == (
        'pods is forbidden: User "alice" cannot list resource "pods" in API group "" in the namespace "data"'
    )
    r = alice.get("/apis/apps/v1/namespaces/payments/deployments/x")
    assert r.json()["message"] == (
        'deployments.apps "x" is forbidden: User "alice" cannot get resource '
        '"deployments" in API group "apps" in the namespace "payments"'
    )
    assert r.json()["details"] == {"name": "x", "group": "apps", "kind": "deployments"}
    r = alice.get("/api/v1/namespaces/payments/pods", params={"watch": "1", "timeoutSeconds": "0.1"})
    assert r.status_code == 200  # alice may watch pods there


def test_rbac_alice_sees_only_her_namespaces(kube_api, alice):
    allowed = {"payments", "checkout"}
    for ns in sorted({p["metadata"]["namespace"] for p in pods_of(kube_api)}):
        r = alice.get(f"/api/v1/namespaces/{ns}/pods")
        assert r.status_code == (200 if ns in allowed else 403), ns
    assert alice.get("/api/v1/namespaces/payments/secrets").status_code == 403


def test_not_found_and_method_not_allowed(kube_api, admin):
    for path in (
        "/api/v1/foos",
        "/apis/nope.io/v1/things",
        "/api/v1/namespaces/a/nodes",
        "/api/v1/pods/x/log",
        "/apis/nope.io/v1",
    ):
        r = admin.get(path)
        assert r.status_code == 404, path
        assert r.json()["message"] == "the server could not find the requested resource"
    r = admin.get("/api/v1/namespaces/payments/pods/nope")
    assert r.json() == {
        "kind": "Status",
        "apiVersion": "v1",
        "metadata": {},
        "status": "Failure",
        "message": 'pods "nope" not found',
        "reason": "NotFound",
        "details": {"name": "nope", "kind": "pods"},
        "code": 404,
    }
    for method in ("POST", "PUT", "PATCH", "DELETE"):
        r = admin.request(
            method,
            "/api/v1/namespaces/payments/pods/x" if method != "POST" else "/api/v1/namespaces/payments/pods",
            json={},
        )
        assert r.status_code == 405, method
        assert r.json()["reason"] == "MethodNotAllowed"
    pods = admin.get("/api/v1/namespaces/payments/pods").json()["items"]
    assert len(pods) == len(pods_of(kube_api, "payments"))


def test_role_bindings_change_with_the_data(kube_api, admin):
    with client(kube_api, "nobody-token") as nobody:
        assert nobody.get("/api/v1/namespaces/ml/configmaps").status_code == 403
        kube_api.add(
            {
                "apiVersion": "rbac.authorization.k8s.io/v1",
                "kind": "RoleBinding",
                "metadata": {"name": "nobody-view", "namespace": "ml"},
                "roleRef": {"apiGroup": "rbac.authorization.k8s.io", "kind": "ClusterRole", "name": "view"},
                "subjects": [{"kind": "User", "name": "nobody"}],
            }
        )
        assert nobody.get("/api/v1/namespaces/ml/configmaps").status_code == 200
        assert nobody.get("/api/v1/namespaces/data/configmaps").status_code == 403


def test_aggregated_cluster_roles(kube_api):
    api = "rbac.authorization.k8s.io/v1"
    kube_api.add(
        {
            "apiVersion": api,
            "kind": "ClusterRole",
            "metadata": {
                "name": "leases-view",
                "labels": {"rbac.authorization.k8s.io/aggregate-to-view": "true"},
            },
            "rules": [{"apiGroups": ["coordination.k8s.io"], "resources": ["leases"], "verbs": ["list"]}],
        }
    )
    kube_api.add(
        {
            "apiVersion": api,
            "kind": "ClusterRoleBinding",
            "metadata": {"name": "nobody-view"},
            "roleRef": {"apiGroup": "rbac.authorization.k8s.io", "kind": "ClusterRole", "name": "view"},
            "subjects": [{"kind": "User", "name": "nobody"}],
        }
    )
    with client(kube_api, "nobody-token") as nobody:
        assert nobody.get("/apis/coordination.k8s.io/v1/leases").status_code == 200
        assert nobody.get("/api/v1/pods").status_code == 200


# ---- access reviews ------------------------------------------------------------------


def ssar(c: httpx.Client, **attrs) -> dict:
    body = {
        "apiVersion": "authorization.k8s.io/v1",
        "kind": "SelfSubjectAccessReview",
        "spec": {"resourceAttributes": attrs},
    }
    r = c.post("/apis/authorization.k8s.io/v1/selfsubjectaccessreviews", json=body)
    assert r.status_code == 201
    return r.json()


def test_self_subject_access_review(alice):
    ok = ssar(alice, verb="list", resource="pods", namespace="payments")
    assert ok["kind"] == "SelfSubjectAccessReview"
    assert ok["status"]["allowed"] is True
    assert ok["status"]["reason"] == (
        'RBAC: allowed by RoleBinding "kq-test:alice-pods/payments" of ClusterRole '
        '"kq-test:pod-reader" to User "alice"'
    )
    assert ssar(alice, verb="list", resource="pods")["status"] == {"allowed": False}
    assert ssar(alice, verb="list", resource="pods", namespace="data")["status"]["allowed"] is False
    r = alice.post(
        "/apis/authorization.k8s.io/v1/selfsubjectaccessreviews",
        json={"spec": {"nonResourceAttributes": {"path": "/apis", "verb": "get"}}},
    )
    assert r.json()["status"]["allowed"] is True


def test_self_subject_rules_review(alice, admin):
    def rules(c, ns):
        r = c.post(
            "/apis/authorization.k8s.io/v1/selfsubjectrulesreviews",
            json={
                "apiVersion": "authorization.k8s.io/v1",
                "kind": "SelfSubjectRulesReview",
                "spec": {"namespace": ns},
            },
        )
        assert r.status_code == 201
        return r.json()["status"]

    payments = rules(alice, "payments")
    assert {"verbs": ["get", "list", "watch"], "apiGroups": [""], "resources": ["pods"]} in payments[
        "resourceRules"
    ]
    assert payments["incomplete"] is False and payments["nonResourceRules"]
    data = rules(alice, "data")
    assert not any("pods" in r["resources"] for r in data["resourceRules"])
    assert {"verbs": ["*"], "apiGroups": ["*"], "resources": ["*"]} in rules(admin, "data")["resourceRules"]


def test_subject_access_review_needs_the_right(kube_api, alice):
    body = {
        "apiVersion": "authorization.k8s.io/v1",
        "kind": "SubjectAccessReview",
        "spec": {
            "user": "alice",
            "groups": ["dev"],
            "resourceAttributes": {"verb": "list", "resource": "pods", "namespace": "checkout"},
        },
    }
    r = alice.post("/apis/authorization.k8s.io/v1/subjectaccessreviews", json=body)
    assert r.status_code == 403
    assert r.json()["message"] == (
        'subjectaccessreviews.authorization.k8s.io is forbidden: User "alice" cannot '
        'create resource "subjectaccessreviews" in API group "authorization.k8s.io" '
        "at the cluster scope"
    )
    with client(kube_api, "service-token") as service:
        r = service.post("/apis/authorization.k8s.io/v1/subjectaccessreviews", json=body)
        assert r.status_code == 201 and r.json()["status"]["allowed"] is True
        body["spec"]["resourceAttributes"]["namespace"] = "data"
        assert (
            service.post("/apis/authorization.k8s.io/v1/subjectaccessreviews", json=body).json()["status"][
                "allowed"
            ]
            is False
        )
        assert service.get("/apis/authorization.k8s.io/v1/subjectaccessreviews").status_code == 405


# ---- impersonation ---------------------------------------------------------------------


def test_impersonation_allowed(kube_api):
    with client(kube_api, "impersonator-token") as c:
        assert c.get("/api/v1/namespaces/payments/pods").status_code == 403  # not by itself
        r = c.get("/api/v1/namespaces/payments/pods", headers={"Impersonate-User": "alice"})
        assert r.status_code == 200 and len(r.json()["items"]) == len(pods_of(kube_api, "payments"))
        r = c.get("/api/v1/pods", headers={"Impersonate-User": "alice"})
        assert r.status_code == 403 and 'User "alice" cannot list' in r.json()["message"]
        r = c.get(
            "/api/v1/pods",
            headers=[
                ("Impersonate-User", "someone"),
                ("Impersonate-Group", "dev"),
                ("Impersonate-Group", "system:masters"),
            ],
        )
        assert r.status_code == 200
        r = c.post(
            "/apis/authorization.k8s.io/v1/selfsubjectaccessreviews",
            headers={"Impersonate-User": "alice"},
            json={
                "spec": {"resourceAttributes": {"verb": "list", "resource": "pods", "namespace": "checkout"}}
            },
        )
        assert r.json()["status"]["allowed"] is True
        assert c.get("/api/v1/pods", headers={"Impersonate-Group": "x"}).status_code == 400


def test_impersonation_refused(kube_api, alice):
    r = alice.get("/api/v1/namespaces/payments/pods", headers={"Impersonate-User": "bob"})
    assert r.status_code == 403
    assert r.json() == {
        "kind": "Status",
        "apiVersion": "v1",
        "metadata": {},
        "status": "Failure",
        "message": 'users "bob" is forbidden: User "alice" cannot impersonate resource "users" in API group "" '
        "at the cluster scope",
        "reason": "Forbidden",
        "details": {"name": "bob", "kind": "users"},
        "code": 403,
    }
    r = alice.get("/api/v1/pods", headers={"Impersonate-User": "system:serviceaccount:payments:api"})
    assert r.json()["message"] == (
        'serviceaccounts "api" is forbidden: User "alice" cannot impersonate resource '
        '"serviceaccounts" in API group "" in the namespace "payments"'
    )


# ---- faults ----------------------------------------------------------------------------


def test_fault_429_then_ok(kube_api, admin):
    kube_api.inject(429, times=2, retry_after=1, path_contains="/pods")
    assert admin.get("/api/v1/namespaces/payments/configmaps").status_code == 200  # other paths unaffected
    for _ in range(2):
        r = admin.get("/api/v1/pods")
        assert r.status_code == 429 and r.headers["retry-after"] == "1"
        assert r.json() == {
            "kind": "Status",
            "apiVersion": "v1",
            "metadata": {},
            "status": "Failure",
            "message": "Too many requests, please try again later.",
            "reason": "TooManyRequests",
            "details": {"retryAfterSeconds": 1},
            "code": 429,
        }
    assert admin.get("/api/v1/pods").status_code == 200


def test_fault_500(kube_api, admin):
    kube_api.inject(500)
    r = admin.get("/api/v1/pods")
    assert r.status_code == 500 and r.json()["reason"] == "InternalError"
    assert admin.get("/api/v1/pods").status_code == 200


def test_faults_are_consumed_in_order(kube_api, admin):
    kube_api.inject(500)
    kube_api.inject(429, retry_after=2)
    assert [admin.get("/api").status_code for _ in range(3)] == [500, 429, 200]


def test_fault_dropped_connection(kube_api, admin):
    kube_api.inject(drop_connection=True, path_contains="/pods")
    with pytest.raises(httpx.TransportError):
        admin.get("/api/v1/pods")
    kube_api.inject(drop_connection="mid", path_contains="/pods")
    with pytest.raises(httpx.TransportError):
        admin.get("/api/v1/pods")
    assert admin.get("/api/v1/pods").status_code == 200


def test_fault_slow_response(kube_api, admin):
    kube_api.inject(delay=0.5, path_contains="/configmaps")
    started = time.monotonic()
    assert admin.get("/api/v1/configmaps").status_code == 200
    assert time.monotonic() - started >= 0.5


def test_requests_are_recorded(kube_api, alice):
    alice.get("/api/v1/namespaces/payments/pods", params={"labelSelector": "app=x", "limit": "5"})
    rec = kube_api.requests[-1]
    assert (rec.method, rec.path, rec.user, rec.status) == (
        "GET",
        "/api/v1/namespaces/payments/pods",
        "alice",
        200,
    )
    assert rec.query == {"labelSelector": "app=x", "limit": "5"}


# ---- kubeconfig, kubectl, the kubernetes package ------------------------------------------------------


def test_kubeconfig_works_with_the_kubernetes_package(kube_api, kubeconfig_path):
    from kubernetes import client as kclient
    from kubernetes import config as kconfig

    api = kconfig.new_client_from_config(str(kubeconfig_path), context="alice")
    pods = kclient.CoreV1Api(api).list_namespaced_pod("checkout", _preload_content=False)
    assert len(json.loads(pods.data)["items"]) == len(pods_of(kube_api, "checkout"))
    with pytest.raises(kclient.ApiException) as e:
        kclient.CoreV1Api(api).list_pod_for_all_namespaces(_preload_content=False)
    assert e.value.status == 403


@pytest.mark.skipif(shutil.which("kubectl") is None, reason="kubectl is not installed")
def test_kubectl_get_pods(tmp_path):
    # kubectl sends bearer tokens only over TLS
    with KubeAPIServer.demo(tls=True) as server:
        kubeconfig = server.kubeconfig(tmp_path / "kc", users=["admin", "alice"])
        run = subprocess.run(
            ["kubectl", "--kubeconfig", str(kubeconfig), "get", "pods", "-A", "-o", "json"],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert run.returncode == 0, run.stderr
        body = json.loads(run.stdout)
        assert len(body["items"]) == 450 and body["items"][0]["kind"] == "Pod"
        assert any(r.query.get("limit") == "500" for r in server.requests)
        run = subprocess.run(
            ["kubectl", "--kubeconfig", str(kubeconfig), "--context", "alice", "get", "pods", "-A"],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert run.returncode != 0
        assert (
            'pods is forbidden: User "alice" cannot list resource "pods" in API group "" at the cluster scope'
            in run.stderr
        )


def test_server_restarts_on_the_same_port(kube_api, admin):
    url = kube_api.url
    kube_api.stop()
    with pytest.raises(httpx.TransportError):
        httpx.get(url + "/version", timeout=2)
    kube_api.start()
    assert kube_api.url == url
    assert admin.get("/version").status_code == 200


def test_python_api_errors(kube_api):
    kube_api.add({"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "w1"}, "spec": {}})
    with pytest.raises(ValueError):
        kube_api.add({"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "w1"}, "spec": {}})
    with pytest.raises(ValueError):
        kube_api.update({"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "never", "namespace": "x"}})
    with pytest.raises(ValueError):
        kube_api.delete(("Pod", "x", "never"))
    with pytest.raises(ValueError):
        kube_api.add({"apiVersion": "example.com/v1", "kind": "Unknown", "metadata": {"name": "u"}})
    assert kube_api.get("Pod", "default", "w1")["metadata"]["name"] == "w1"


def test_command_line(tmp_path):
    import os
    import sys

    kubeconfig = tmp_path / "kc.yaml"
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "kubequery.testserver",
            "--demo",
            "--pods",
            "105",
            "--test-users",
            "--kubeconfig",
            str(kubeconfig),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        first = proc.stdout.readline()
        assert first.startswith("serving ") and "(105 pods)" in first, first + proc.stderr.read()
        url = first.rsplit(" ", 1)[-1].strip()
        assert "contexts: admin, alice, nobody, impersonator, service" in proc.stdout.readline()
        r = httpx.get(url + "/api/v1/pods", headers={"Authorization": "Bearer admin-token"}, timeout=10)
        assert len(r.json()["items"]) == 105
        config = __import__("yaml").safe_load(kubeconfig.read_text())
        assert config["clusters"][0]["cluster"]["server"] == url
        assert config["current-context"] == "admin"
    finally:
        proc.terminate()
        proc.wait(10)
