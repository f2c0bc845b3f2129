"""The demo cluster looks like a real one and holds every failure the demo questions ask about."""

from __future__ import annotations

import base64
import gzip
from datetime import datetime

import orjson
import pytest

from kubequery.demo import TAKEN_AT, generate_cluster, main

SIZES = ["default", "big"]


@pytest.fixture(scope="module")
def default() -> dict:
    return generate_cluster()


@pytest.fixture(scope="module")
def big() -> dict:
    return generate_cluster(seed=1, pods=10_000)


@pytest.fixture(params=SIZES)
def cluster(request: pytest.FixtureRequest) -> dict:
    return request.getfixturevalue(request.param)


def of(cluster: dict, kind: str) -> list[dict]:
    return [o for o in cluster["items"] if o["kind"] == kind]


def key(o: dict) -> str:
    return f"{o['metadata'].get('namespace', '')}/{o['metadata']['name']}"


def cond(o: dict, kind: str) -> dict:
    return next((c for c in o["status"].get("conditions", []) if c["type"] == kind), {})


def statuses(pod: dict, init: bool = False) -> list[dict]:
    return pod["status"].get("initContainerStatuses" if init else "containerStatuses", [])


def parse(ts: str) -> datetime:
    return datetime.fromisoformat(ts.replace("Z", "+00:00"))


def ready(pod: dict) -> bool:
    return cond(pod, "Ready").get("status") == "True" and "deletionTimestamp" not in pod["metadata"]


# --- the List itself ------------------------------------------------------------------------


def test_same_seed_gives_identical_bytes(default: dict) -> None:
    assert orjson.dumps(generate_cluster(7, 450)) == orjson.dumps(default)


def test_other_seed_gives_other_cluster(default: dict) -> None:
    other = generate_cluster(8, 450)
    assert orjson.dumps(other) != orjson.dumps(default)
    assert {o["metadata"]["uid"] for o in of(other, "Pod")}.isdisjoint(
        o["metadata"]["uid"] for o in of(default, "Pod"))


def test_is_a_kubectl_list(default: dict) -> None:
    assert default["apiVersion"] == "v1" and default["kind"] == "List"
    assert default["metadata"] == {"resourceVersion": "", "kubequery.io/taken-at": TAKEN_AT}
    for o in default["items"]:
        m = o["metadata"]
        assert {"apiVersion", "kind", "metadata"} <= o.keys()
        assert {"name", "uid", "resourceVersion", "creationTimestamp"} <= m.keys()


API_VERSIONS = {
    "Deployment": "apps/v1", "ReplicaSet": "apps/v1", "StatefulSet": "apps/v1", "DaemonSet": "apps/v1",
    "Job": "batch/v1", "CronJob": "batch/v1", "Ingress": "networking.k8s.io/v1",
    "NetworkPolicy": "networking.k8s.io/v1", "PodDisruptionBudget": "policy/v1",
    "HorizontalPodAutoscaler": "autoscaling/v2", "EndpointSlice": "discovery.k8s.io/v1",
    "Role": "rbac.authorization.k8s.io/v1", "ClusterRoleBinding": "rbac.authorization.k8s.io/v1",
    "StorageClass": "storage.k8s.io/v1", "CustomResourceDefinition": "apiextensions.k8s.io/v1",
    "Event": "v1", "Pod": "v1", "Node": "v1",
}


@pytest.mark.parametrize("kind", API_VERSIONS)
def test_current_api_versions(default: dict, kind: str) -> None:
    assert {o["apiVersion"] for o in of(default, kind)} == {API_VERSIONS[kind]}


def test_objects_share_no_nested_values(default: dict) -> None:
    """Callers may edit one object without changing another."""
    seen: set[int] = set()

    def walk(value: object) -> None:
        if isinstance(value, dict | list):
            assert id(value) not in seen
            seen.add(id(value))
            for v in value.values() if isinstance(value, dict) else value:
                walk(v)

    walk(default["items"])


def test_exact_pod_count_at_scale(big: dict) -> None:
    assert len(of(big, "Pod")) == 10_000
    assert len(of(big, "Node")) >= 10_000 // 60


def test_too_few_pods_is_refused() -> None:
    with pytest.raises(ValueError, match="at least"):
        generate_cluster(pods=50)


# --- consistency, at every size --------------------------------------------------------------


def test_uids_are_unique(cluster: dict) -> None:
    uids = [o["metadata"]["uid"] for o in cluster["items"]]
    assert len(uids) == len(set(uids))


def test_owner_references_point_at_existing_objects(cluster: dict) -> None:
    by_ref = {(o["kind"], o["metadata"].get("namespace", ""), o["metadata"]["name"]):
              o["metadata"]["uid"] for o in cluster["items"]}
    owned = 0
    for o in cluster["items"]:
        for ref in o["metadata"].get("ownerReferences", []):
            ns = "" if ref["kind"] == "Node" else o["metadata"].get("namespace", "")
            assert by_ref.get((ref["kind"], ns, ref["name"])) == ref["uid"], key(o)
            assert ref["controller"] is True and ref["apiVersion"]
            owned += 1
    assert owned > len(of(cluster, "Pod"))


def test_namespaced_objects_live_in_existing_namespaces(cluster: dict) -> None:
    namespaces = {o["metadata"]["name"] for o in of(cluster, "Namespace")}
    for o in cluster["items"]:
        assert o["metadata"].get("namespace", "default") in namespaces, key(o)


def test_pods_run_on_existing_nodes(cluster: dict) -> None:
    nodes = {o["metadata"]["name"] for o in of(cluster, "Node")}
    for pod in of(cluster, "Pod"):
        assert pod["spec"].get("nodeName", "worker-1") in nodes


def test_every_timestamp_parses_and_is_not_after_taken_at(cluster: dict) -> None:
    taken = parse(cluster["metadata"]["kubequery.io/taken-at"])
    seen = 0

    def walk(value: object, name: str = "") -> None:
        nonlocal seen
        if isinstance(value, dict):
            for k, v in value.items():
                walk(v, k)
        elif isinstance(value, list):
            for v in value:
                walk(v, name)
        elif isinstance(value, str) and (name.endswith(("Time", "Timestamp", "At", "Added"))
                                         or name == "kubernetes.io/config.seen"):
            assert parse(value) <= taken, (name, value)
            seen += 1

    walk(cluster["items"])
    assert seen > 10 * len(of(cluster, "Pod"))


def test_services_select_pods_except_the_broken_one(cluster: dict) -> None:
    labels_in: dict[str, list[dict]] = {}
    for p in of(cluster, "Pod"):
        labels_in.setdefault(p["metadata"]["namespace"], []).append(p["metadata"]["labels"])
    empty = []
    for svc in of(cluster, "Service"):
        sel = svc["spec"].get("selector")
        ns = svc["metadata"]["namespace"]
        if sel and not any(sel.items() <= labels.items() for labels in labels_in[ns]):
            empty.append(key(svc))
    assert empty == ["checkout/payments-gateway-legacy"]


def test_endpoints_follow_pod_readiness(cluster: dict) -> None:
    pods = {p["metadata"]["uid"]: p for p in of(cluster, "Pod")}
    eps = {key(e): e for e in of(cluster, "Endpoints")}
    assert "subsets" not in eps["checkout/payments-gateway-legacy"]
    slices = [s for s in of(cluster, "EndpointSlice")
              if s["metadata"]["labels"]["kubernetes.io/service-name"] == "payments-gateway-legacy"]
    assert [s["endpoints"] for s in slices] == [None]
    for e in eps.values():
        for subset in e.get("subsets", []):
            for a in subset.get("addresses", []):
                if "targetRef" in a:
                    pod = pods[a["targetRef"]["uid"]]
                    assert pod["status"]["podIP"] == a["ip"]
                    assert ready(pod) or e["metadata"]["name"].endswith("-headless")


def test_workload_status_matches_pods(cluster: dict) -> None:
    pods_of: dict[str, list[dict]] = {}
    for p in of(cluster, "Pod"):
        for ref in p["metadata"].get("ownerReferences", []):
            pods_of.setdefault(ref["uid"], []).append(p)
    rs_of: dict[str, list[dict]] = {}
    for rs in of(cluster, "ReplicaSet"):
        rs_of.setdefault(rs["metadata"]["ownerReferences"][0]["uid"], []).append(rs)
        active = [p for p in pods_of.get(rs["metadata"]["uid"], [])
                  if p["status"]["phase"] not in ("Succeeded", "Failed")
                  and "deletionTimestamp" not in p["metadata"]]
        assert rs["status"]["replicas"] == len(active) == rs["spec"]["replicas"], key(rs)
        assert rs["status"].get("readyReplicas", 0) == sum(map(ready, active)), key(rs)
    for dep in of(cluster, "Deployment"):
        sets = rs_of[dep["metadata"]["uid"]]
        st = dep["status"]
        assert st.get("readyReplicas", 0) == sum(r["status"].get("readyReplicas", 0) for r in sets)
        assert st["replicas"] == sum(r["status"]["replicas"] for r in sets)
        available = cond(dep, "Available")["status"] == "True"
        assert available == (st.get("availableReplicas", 0) >= dep["spec"]["replicas"] * 3 / 4)
    for sts in of(cluster, "StatefulSet"):
        pods = pods_of[sts["metadata"]["uid"]]
        assert sorted(p["metadata"]["name"] for p in pods) == [
            f"{sts['metadata']['name']}-{i}" for i in range(sts["spec"]["replicas"])]
        assert sts["status"]["readyReplicas"] == sum(map(ready, pods))
    schedulable = {n["metadata"]["name"] for n in of(cluster, "Node")}
    for ds in of(cluster, "DaemonSet"):
        pods = pods_of[ds["metadata"]["uid"]]
        assert ds["status"]["desiredNumberScheduled"] == len(pods) <= len(schedulable)
        assert len({p["spec"]["nodeName"] for p in pods}) == len(pods)
        assert ds["status"]["numberReady"] == sum(map(ready, pods)) == len(pods) - 1


# --- what the demo's questions are about ----------------------------------------------------


def test_namespaces(default: dict) -> None:
    names = {o["metadata"]["name"]: o for o in of(default, "Namespace")}
    assert len(names) >= 10
    assert {"default", "kube-system", "kube-public", "kube-node-lease", "payments", "checkout",
            "frontend", "data", "monitoring", "ml", "batch", "staging"} <= names.keys()
    for name, ns in names.items():
        assert ns["metadata"]["labels"]["kubernetes.io/metadata.name"] == name
    for kind, name in (("ConfigMap", "kube-root-ca.crt"), ("ServiceAccount", "default")):
        assert {o["metadata"]["namespace"] for o in of(default, kind)
                if o["metadata"]["name"] == name} == names.keys()


def test_nodes_one_notready_one_cordoned(cluster: dict) -> None:
    nodes = of(cluster, "Node")
    assert len(nodes) >= 6
    notready = [n for n in nodes if cond(n, "Ready")["status"] != "True"]
    assert len(notready) == 1
    assert cond(notready[0], "Ready")["status"] == "Unknown"
    assert cond(notready[0], "Ready")["reason"] == "NodeStatusUnknown"
    assert {t["key"] for t in notready[0]["spec"]["taints"]} == {"node.kubernetes.io/unreachable"}
    cordoned = [n for n in nodes if n["spec"].get("unschedulable")]
    assert len(cordoned) == 1 and cordoned != notready
    assert {"effect": "NoSchedule", "key": "node.kubernetes.io/unschedulable"}.items() <= \
        cordoned[0]["spec"]["taints"][0].items()
    control = [n for n in nodes if "node-role.kubernetes.io/control-plane" in n["metadata"]["labels"]]
    assert control and all(t["effect"] == "NoSchedule" for n in control for t in n["spec"]["taints"])
    for n in nodes:
        assert n["status"]["nodeInfo"]["kubeletVersion"].startswith("v1.29.")
        assert {"cpu", "memory", "pods", "ephemeral-storage"} <= n["status"]["capacity"].keys()
        assert [c["type"] for c in n["status"]["conditions"]] == [
            "NetworkUnavailable", "MemoryPressure", "DiskPressure", "PIDPressure", "Ready"]


def test_pod_mix(default: dict) -> None:
    pods = of(default, "Pod")
    assert len(pods) == 450
    owners = {p["metadata"]["ownerReferences"][0]["kind"] if "ownerReferences" in p["metadata"]
              else None for p in pods}
    assert owners == {"ReplicaSet", "StatefulSet", "DaemonSet", "Job", "Node", None}
    qos = {p["status"]["qosClass"] for p in pods}
    assert qos == {"BestEffort", "Burstable", "Guaranteed"}
    assert any(p["spec"].get("initContainers") for p in pods)
    for p in pods:
        assert p["metadata"]["labels"] and p["spec"]["containers"][0]["image"]
        if "pod-template-hash" in p["metadata"]["labels"]:
            assert p["metadata"]["ownerReferences"][0]["name"].endswith(
                p["metadata"]["labels"]["pod-template-hash"])
    cron_jobs = [j for j in of(default, "Job") if j["metadata"].get("ownerReferences")]
    assert {j["metadata"]["ownerReferences"][0]["kind"] for j in cron_jobs} == {"CronJob"}
    job_pods = [p for p in pods if "job-name" in p["metadata"]["labels"]]
    assert all(p["metadata"]["labels"]["batch.kubernetes.io/job-name"] ==
               p["metadata"]["labels"]["job-name"] for p in job_pods)


def waiting(reason: str, init: bool = False):
    return lambda p: any(s["state"].get("waiting", {}).get("reason") == reason
                         for s in statuses(p, init))


FAILURES = {
    "CrashLoopBackOff": lambda p: any(
        s["state"].get("waiting", {}).get("reason") == "CrashLoopBackOff" and s["restartCount"] > 10
        and s["lastState"]["terminated"]["exitCode"] == 1
        and s["lastState"]["terminated"]["reason"] == "Error" for s in statuses(p)),
    "ImagePullBackOff": waiting("ImagePullBackOff"),
    "ErrImagePull": waiting("ErrImagePull"),
    "ContainerCreating": waiting("ContainerCreating"),
    "Init:CrashLoopBackOff": waiting("CrashLoopBackOff", init=True),
    "OOMKilled restarted": lambda p: any(
        s["lastState"].get("terminated", {}).get("reason") == "OOMKilled" and s["restartCount"] > 0
        and "running" in s["state"] for s in statuses(p)),
    "OOMKilled now": lambda p: any(s["state"].get("terminated", {}).get("reason") == "OOMKilled"
                                   and s["state"]["terminated"]["exitCode"] == 137
                                   for s in statuses(p)),
    "Pending unschedulable": lambda p: "nodeName" not in p["spec"]
    and p["status"]["phase"] == "Pending" and cond(p, "PodScheduled")["reason"] == "Unschedulable"
    and cond(p, "PodScheduled")["message"].startswith("0/"),
    "Evicted": lambda p: p["status"]["phase"] == "Failed" and p["status"].get("reason") == "Evicted"
    and "low on resource" in p["status"]["message"],
    "Terminating": lambda p: "deletionTimestamp" in p["metadata"],
    "job pod failed": lambda p: p["status"]["phase"] == "Failed" and "job-name" in
    p["metadata"]["labels"] and statuses(p)[0]["state"]["terminated"]["reason"] == "Error",
    "job pod completed": lambda p: p["status"]["phase"] == "Succeeded"
    and statuses(p)[0]["state"]["terminated"]["reason"] == "Completed",
    "running but not ready": lambda p: p["status"]["phase"] == "Running" and not ready(p)
    and any("running" in s["state"] and not s["ready"] for s in statuses(p)),
    "bare pod": lambda p: "ownerReferences" not in p["metadata"],
}


@pytest.mark.parametrize("failure", FAILURES)
def test_failure_is_present(cluster: dict, failure: str) -> None:
    assert any(FAILURES[failure](p) for p in of(cluster, "Pod"))


def test_pods_on_the_notready_node_are_not_ready(cluster: dict) -> None:
    node = next(n for n in of(cluster, "Node") if cond(n, "Ready")["status"] == "Unknown")
    pods = [p for p in of(cluster, "Pod") if p["spec"].get("nodeName") == node["metadata"]["name"]]
    assert pods and all(cond(p, "Ready")["status"] == "False" for p in pods
                        if p["status"]["phase"] == "Running")


def test_jobs_complete_and_failed(cluster: dict) -> None:
    jobs = of(cluster, "Job")
    failed = [j for j in jobs if cond(j, "Failed").get("reason") == "BackoffLimitExceeded"]
    done = [j for j in jobs if cond(j, "Complete").get("status") == "True"]
    assert failed and done and any(j["status"].get("active") for j in jobs)
    for j in failed:
        assert j["status"]["failed"] == j["spec"]["backoffLimit"] + 1
    assert any(j["metadata"].get("ownerReferences") for j in failed)


def test_a_deployment_is_unavailable(default: dict) -> None:
    down = {key(d) for d in of(default, "Deployment") if d["status"].get("unavailableReplicas")
            and cond(d, "Available")["status"] == "False"}
    assert "payments/fraud-detector" in down


def test_services_of_every_type(default: dict) -> None:
    svcs = of(default, "Service")
    assert {s["spec"]["type"] for s in svcs} == {"ClusterIP", "NodePort", "LoadBalancer"}
    assert any(s["spec"]["clusterIP"] == "None" for s in svcs)
    for s in svcs:
        if s["spec"]["type"] == "LoadBalancer":
            assert s["status"]["loadBalancer"]["ingress"][0]["hostname"]
    services = {key(s) for s in svcs}
    for ing in of(default, "Ingress"):
        assert ing["spec"]["ingressClassName"] == "nginx"
        for rule in ing["spec"]["rules"]:
            for path in rule["http"]["paths"]:
                assert f"{ing['metadata']['namespace']}/{path['backend']['service']['name']}" \
                    in services


def test_config_and_secrets(default: dict) -> None:
    secrets = of(default, "Secret")
    assert {"Opaque", "kubernetes.io/tls", "kubernetes.io/dockerconfigjson",
            "kubernetes.io/service-account-token"} <= {s["type"] for s in secrets}
    for s in secrets:
        for value in s["data"].values():
            base64.b64decode(value, validate=True)
    have = {(s["metadata"]["namespace"], s["metadata"]["name"]) for s in secrets}
    have |= {(c["metadata"]["namespace"], c["metadata"]["name"]) for c in of(default, "ConfigMap")}
    used = set()
    for p in of(default, "Pod"):
        ns = p["metadata"]["namespace"]
        for v in p["spec"]["volumes"]:
            name = v.get("configMap", {}).get("name") or v.get("secret", {}).get("secretName")
            if name:
                used.add((ns, name))
        for c in p["spec"]["containers"]:
            used |= {(ns, e["secretRef"]["name"]) for e in c.get("envFrom", [])}
    assert used - have == {("frontend", "banner-service-tls")}  # the FailedMount case
    assert len(used) > 10


def test_storage(default: dict) -> None:
    classes = {s["metadata"]["name"]: s for s in of(default, "StorageClass")}
    defaults = [n for n, s in classes.items() if s["metadata"].get("annotations", {}).get(
        "storageclass.kubernetes.io/is-default-class") == "true"]
    assert len(defaults) == 1
    pending = [c for c in of(default, "PersistentVolumeClaim") if c["status"]["phase"] == "Pending"]
    stuck = [c for c in pending if c["spec"]["storageClassName"] not in classes or
             classes[c["spec"]["storageClassName"]]["provisioner"] == "kubernetes.io/no-provisioner"]
    assert len(stuck) >= 2
    pvs = {v["metadata"]["name"]: v for v in of(default, "PersistentVolume")}
    assert {"Bound", "Available"} <= {v["status"]["phase"] for v in pvs.values()}
    for c in of(default, "PersistentVolumeClaim"):
        if c["status"]["phase"] == "Bound":
            assert pvs[c["spec"]["volumeName"]]["spec"]["claimRef"]["uid"] == c["metadata"]["uid"]


def test_rbac(default: dict) -> None:
    cluster_roles = {r["metadata"]["name"] for r in of(default, "ClusterRole")}
    assert {"cluster-admin", "view", "edit"} <= cluster_roles
    roles = {key(r) for r in of(default, "Role")}
    subjects = set()
    for b in of(default, "ClusterRoleBinding") + of(default, "RoleBinding"):
        ref = b["roleRef"]
        ns = b["metadata"].get("namespace", "")
        assert ref["name"] in cluster_roles if ref["kind"] == "ClusterRole" else \
            f"{ns}/{ref['name']}" in roles
        subjects |= {s["kind"] for s in b["subjects"]}
    assert subjects == {"User", "Group", "ServiceAccount"}


def test_policies(default: dict) -> None:
    deployments = {key(d): d for d in of(default, "Deployment")}
    for hpa in of(default, "HorizontalPodAutoscaler"):
        assert hpa["apiVersion"] == "autoscaling/v2"
        target = deployments[f"{hpa['metadata']['namespace']}/{hpa['spec']['scaleTargetRef']['name']}"]
        assert hpa["status"]["currentReplicas"] == target["spec"]["replicas"]
        assert hpa["status"]["currentMetrics"][0]["resource"]["current"]["averageUtilization"]
    pdbs = of(default, "PodDisruptionBudget")
    assert {p["apiVersion"] for p in pdbs} == {"policy/v1"}
    assert any(p["status"]["disruptionsAllowed"] == 0 for p in pdbs)
    assert any(p["status"]["disruptionsAllowed"] > 0 for p in pdbs)
    for q in of(default, "ResourceQuota"):
        assert q["spec"]["hard"].keys() == q["status"]["used"].keys() == q["status"]["hard"].keys()
    assert of(default, "LimitRange") and of(default, "NetworkPolicy")
    crds = {c["metadata"]["name"]: c for c in of(default, "CustomResourceDefinition")}
    assert crds["certificates.cert-manager.io"]["spec"]["versions"][0]["additionalPrinterColumns"]


def test_events(default: dict) -> None:
    events = of(default, "Event")
    by_uid = {o["metadata"]["uid"]: o for o in default["items"]}
    for e in events:
        assert by_uid[e["involvedObject"]["uid"]]["metadata"]["name"] == e["involvedObject"]["name"]
        assert e["type"] in ("Normal", "Warning") and e["count"] >= 1 and e["source"]["component"]
        assert parse(e["firstTimestamp"]) <= parse(e["lastTimestamp"])
    reasons = {(e["type"], e["reason"]) for e in events}
    assert {("Normal", r) for r in ("Scheduled", "Pulled", "Created", "Started")} <= reasons
    assert {("Warning", r) for r in ("BackOff", "Failed", "FailedScheduling", "OOMKilling",
                                     "Unhealthy", "FailedMount")} <= reasons
    backoff = next(e for e in events if e["reason"] == "BackOff" and e["type"] == "Warning")
    assert backoff["message"].startswith("Back-off restarting failed container")
    taken = parse(TAKEN_AT)
    recent = [e for e in events if (taken - parse(e["lastTimestamp"])).total_seconds() < 3600]
    older = [e for e in events if (taken - parse(e["lastTimestamp"])).total_seconds() > 3 * 3600]
    assert len(recent) > 20 and older


def test_ages_are_spread(default: dict) -> None:
    taken = parse(TAKEN_AT)
    ages = [(taken - parse(p["metadata"]["creationTimestamp"])).total_seconds()
            for p in of(default, "Pod")]
    assert min(ages) < 3600 and max(ages) > 30 * 86400


# --- writing snapshots ------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["cluster.json", "cluster.json.gz"])
def test_main_writes_a_snapshot(tmp_path, default: dict, name: str) -> None:
    path = tmp_path / name
    main(["--pods", "450", "--seed", "7", "-o", str(path)])
    raw = path.read_bytes()
    data = orjson.loads(gzip.decompress(raw) if name.endswith(".gz") else raw)
    assert data == default
