"""kubectl's columns computed from object dicts, checked case by case and on a real snapshot.

Each pod case is a minimal pod in one situation and what `kubectl get pods` prints for it,
following printPod in kubernetes pkg/printers/internalversion/printers.go.
"""

import gzip
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from kubequery import kubectl
from kubequery.kubectl import (
    container_rows,
    deployment_ready,
    human_duration,
    job_completions,
    job_duration_seconds,
    job_status,
    node_external_ip,
    node_internal_ip,
    node_ready,
    node_roles,
    node_status,
    owner,
    pod_last_restart,
    pod_qos_class,
    pod_ready,
    pod_resources,
    pod_restarts,
    pod_status,
    replicaset_ready,
    service_external_ip,
    service_ports,
    statefulset_ready,
)

SNAPSHOT = Path("/work/shared/clusters/real-k8s-1.20.json.gz")
MI = 1024**2

# --------------------------------------------------------------------------- builders


def running(ready=True, restarts=0, name="app", **extra):
    """A containerStatus in state running."""
    state = {"running": {"startedAt": "2024-06-01T10:00:00Z"}}
    return {"name": name, "ready": ready, "restartCount": restarts, "state": state, **extra}


def waiting(reason, restarts=0, name="app", **extra):
    """A containerStatus in state waiting with the given reason."""
    state = {"waiting": {"reason": reason}}
    return {"name": name, "ready": False, "restartCount": restarts, "state": state, **extra}


def terminated(reason=None, exit_code=0, signal=0, name="app", restarts=0, **extra):
    """A containerStatus in state terminated."""
    detail = {"exitCode": exit_code, "finishedAt": "2024-06-01T10:05:00Z"}
    if reason:
        detail["reason"] = reason
    if signal:
        detail["signal"] = signal
    state = {"terminated": detail}
    return {"name": name, "ready": False, "restartCount": restarts, "state": state, **extra}


def crashed_at(finished_at):
    """A lastState recording a termination that finished at the given time."""
    return {"terminated": {"exitCode": 1, "reason": "Error", "finishedAt": finished_at}}


def named(statuses, prefix):
    """Give statuses distinct names (prefix0, prefix1, ...) unless already renamed."""
    return [
        {**s, "name": f"{prefix}{i}"} if s["name"] == "app" else s for i, s in enumerate(statuses)
    ]


def make_pod(
    containers=(),
    init=(),
    phase="Running",
    reason=None,
    deletion=False,
    conditions=None,
    sidecars=(),
    n_containers=None,
    n_init=None,
):
    """A minimal pod: container statuses in, the matching spec is derived from their names.

    `sidecars` lists init container names declared with restartPolicy: Always;
    `n_containers` / `n_init` set the spec size when there are fewer statuses than containers.
    """
    statuses = named(list(containers), "c")
    init_statuses = named(list(init), "i")
    spec_names = [s["name"] for s in statuses] or [f"c{i}" for i in range(n_containers or 1)]
    if n_containers is not None:
        spec_names += [f"extra{i}" for i in range(n_containers - len(spec_names))]
    init_names = [s["name"] for s in init_statuses]
    init_names += [f"init-extra{i}" for i in range((n_init or 0) - len(init_names))]
    init_specs = []
    for name in init_names:
        spec = {"name": name, "image": "busybox"}
        if name in sidecars:
            spec["restartPolicy"] = "Always"
        init_specs.append(spec)
    pod = {
        "apiVersion": "v1",
        "kind": "Pod",
        "metadata": {"name": "p", "namespace": "default"},
        "spec": {
            "containers": [{"name": n, "image": "nginx"} for n in spec_names],
            "initContainers": init_specs,
        },
        "status": {"phase": phase, "containerStatuses": statuses},
    }
    if init_statuses:
        pod["status"]["initContainerStatuses"] = init_statuses
    if reason:
        pod["status"]["reason"] = reason
    if deletion:
        pod["metadata"]["deletionTimestamp"] = "2024-06-01T11:00:00Z"
    if conditions:
        pod["status"]["conditions"] = [
            {"type": t, "status": s, **({"reason": r} if r else {})} for t, s, r in conditions
        ]
    return pod


SIDECAR = "i0"

# ------------------------------------------------------------ pod STATUS / READY / RESTARTS

POD_CASES = [
    # (id, pod, STATUS, READY, RESTARTS)
    ("pending-unscheduled", make_pod(phase="Pending"), "Pending", "0/1", 0),
    ("pending-2-containers", make_pod(phase="Pending", n_containers=2), "Pending", "0/2", 0),
    (
        "container-creating",
        make_pod([waiting("ContainerCreating")], phase="Pending"),
        "ContainerCreating",
        "0/1",
        0,
    ),
    ("running-ready", make_pod([running()]), "Running", "1/1", 0),
    ("running-not-ready", make_pod([running(ready=False)]), "Running", "0/1", 0),
    (
        "running-one-of-two-ready",
        make_pod([running(), running(ready=False)]),
        "Running",
        "1/2",
        0,
    ),
    (
        "crash-loop",
        make_pod([waiting("CrashLoopBackOff", restarts=5)]),
        "CrashLoopBackOff",
        "0/1",
        5,
    ),
    (
        "image-pull-backoff",
        make_pod([waiting("ImagePullBackOff")], phase="Pending"),
        "ImagePullBackOff",
        "0/1",
        0,
    ),
    (
        "err-image-pull",
        make_pod([waiting("ErrImagePull")], phase="Pending"),
        "ErrImagePull",
        "0/1",
        0,
    ),
    (
        "create-container-config-error",
        make_pod([waiting("CreateContainerConfigError")], phase="Pending"),
        "CreateContainerConfigError",
        "0/1",
        0,
    ),
    (
        "oom-killed",
        make_pod([terminated("OOMKilled", exit_code=137)], phase="Failed"),
        "OOMKilled",
        "0/1",
        0,
    ),
    (
        "error",
        make_pod([terminated("Error", exit_code=1)], phase="Failed"),
        "Error",
        "0/1",
        0,
    ),
    ("completed", make_pod([terminated("Completed")], phase="Succeeded"), "Completed", "0/1", 0),
    (
        "exit-code-without-reason",
        make_pod([terminated(exit_code=3)], phase="Failed"),
        "ExitCode:3",
        "0/1",
        0,
    ),
    (
        "signal-without-reason",
        make_pod([terminated(exit_code=137, signal=9)], phase="Failed"),
        "Signal:9",
        "0/1",
        0,
    ),
    (
        "completed-and-running-ready-pod",
        make_pod([terminated("Completed"), running()], conditions=[("Ready", "True", None)]),
        "Running",
        "1/2",
        0,
    ),
    (
        "completed-and-running-unready-pod",
        make_pod([terminated("Completed"), running()], conditions=[("Ready", "False", None)]),
        "NotReady",
        "1/2",
        0,
    ),
    (
        "first-container-wins-reverse-order",
        make_pod([waiting("CrashLoopBackOff", restarts=2), waiting("ImagePullBackOff")]),
        "CrashLoopBackOff",
        "0/2",
        2,
    ),
    (
        "sick-container-beats-healthy-one",
        make_pod([running(restarts=1), waiting("CrashLoopBackOff", restarts=4)]),
        "CrashLoopBackOff",
        "1/2",
        5,
    ),
    ("evicted", make_pod(phase="Failed", reason="Evicted"), "Evicted", "0/1", 0),
    (
        "node-lost-and-deleted",
        make_pod([running()], reason="NodeLost", deletion=True),
        "Unknown",
        "1/1",
        0,
    ),
    ("terminating", make_pod([running()], deletion=True), "Terminating", "1/1", 0),
    (
        "deleted-but-already-succeeded",
        make_pod([terminated("Completed")], phase="Succeeded", deletion=True),
        "Completed",
        "0/1",
        0,
    ),
    (
        "scheduling-gated",
        make_pod(phase="Pending", conditions=[("PodScheduled", "False", "SchedulingGated")]),
        "SchedulingGated",
        "0/1",
        0,
    ),
    (
        "unschedulable-stays-pending",
        make_pod(phase="Pending", conditions=[("PodScheduled", "False", "Unschedulable")]),
        "Pending",
        "0/1",
        0,
    ),
    # init containers
    (
        "init-running",
        make_pod(
            [waiting("PodInitializing")], init=[running(ready=False)], phase="Pending", n_init=2
        ),
        "Init:0/2",
        "0/1",
        0,
    ),
    (
        "init-second-of-two",
        make_pod(
            [waiting("PodInitializing")],
            init=[terminated("Completed"), running(ready=False)],
            phase="Pending",
        ),
        "Init:1/2",
        "0/1",
        0,
    ),
    (
        "init-pod-initializing-counts-as-progress",
        make_pod([waiting("PodInitializing")], init=[waiting("PodInitializing")], phase="Pending"),
        "Init:0/1",
        "0/1",
        0,
    ),
    (
        "init-crash-loop",
        make_pod(
            [waiting("PodInitializing")],
            init=[waiting("CrashLoopBackOff", restarts=3)],
            phase="Pending",
        ),
        "Init:CrashLoopBackOff",
        "0/1",
        3,
    ),
    (
        "init-error",
        make_pod([waiting("PodInitializing")], init=[terminated("Error", 1)], phase="Pending"),
        "Init:Error",
        "0/1",
        0,
    ),
    (
        "init-exit-code",
        make_pod([waiting("PodInitializing")], init=[terminated(exit_code=2)], phase="Pending"),
        "Init:ExitCode:2",
        "0/1",
        0,
    ),
    (
        "init-signal",
        make_pod(
            [waiting("PodInitializing")], init=[terminated(exit_code=1, signal=9)], phase="Pending"
        ),
        "Init:Signal:9",
        "0/1",
        0,
    ),
    (
        "init-done-init-restarts-not-counted",
        make_pod([running(restarts=1)], init=[terminated("Completed", restarts=2)]),
        "Running",
        "1/1",
        1,
    ),
    (
        "initialized-condition-lets-containers-speak",
        make_pod(
            [waiting("CrashLoopBackOff", restarts=6)],
            init=[running(ready=False, restarts=1)],
            conditions=[("Initialized", "True", None)],
        ),
        "CrashLoopBackOff",
        "0/1",
        6,
    ),
    (
        # kubectl quirk: a running app container does not overwrite the Init:... reason
        "initialized-condition-running-app-keeps-init-reason",
        make_pod(
            [running()],
            init=[running(ready=False)],
            conditions=[("Initialized", "True", None)],
        ),
        "Init:0/1",
        "1/1",
        0,
    ),
    # restartable init containers (sidecars, restartPolicy: Always)
    (
        "sidecar-and-app-running",
        make_pod([running()], init=[running(started=True)], sidecars=[SIDECAR]),
        "Running",
        "2/2",
        0,
    ),
    (
        "sidecar-started-but-not-ready",
        make_pod([running()], init=[running(ready=False, started=True)], sidecars=[SIDECAR]),
        "Running",
        "1/2",
        0,
    ),
    (
        "sidecar-up-while-next-init-runs",
        make_pod(
            [waiting("PodInitializing")],
            init=[running(started=True), running(ready=False)],
            sidecars=[SIDECAR],
            phase="Pending",
        ),
        "Init:1/2",
        "1/2",
        0,
    ),
    (
        "sidecar-crash-looping-before-start",
        make_pod(
            [waiting("PodInitializing")],
            init=[waiting("CrashLoopBackOff", restarts=4, started=False)],
            sidecars=[SIDECAR],
            phase="Pending",
        ),
        "Init:CrashLoopBackOff",
        "0/2",
        4,
    ),
    (
        "sidecar-restarts-count-after-init",
        make_pod(
            [running(restarts=1)],
            init=[running(restarts=2, started=True), terminated("Completed", restarts=7)],
            sidecars=[SIDECAR],
        ),
        "Running",
        "2/2",
        3,
    ),
    # objects with fields missing
    ("empty-object", {}, "", "0/0", 0),
    ("metadata-only", {"metadata": {"name": "p"}}, "", "0/0", 0),
    ("null-status", {"spec": None, "status": None}, "", "0/0", 0),
]


@pytest.mark.parametrize(
    ("pod", "status", "ready", "restarts"),
    [case[1:] for case in POD_CASES],
    ids=[case[0] for case in POD_CASES],
)
def test_pod_columns(pod, status, ready, restarts):
    assert (pod_status(pod), pod_ready(pod), pod_restarts(pod)) == (status, ready, restarts)


def test_last_restart_is_latest_termination():
    pod = make_pod(
        [
            running(restarts=1, lastState=crashed_at("2024-06-01T09:00:00Z")),
            running(restarts=2, lastState=crashed_at("2024-06-01T09:30:00Z")),
        ]
    )
    assert pod_restarts(pod) == 3
    assert pod_last_restart(pod) == "2024-06-01T09:30:00Z"


def test_last_restart_none_without_restarts():
    assert pod_last_restart(make_pod([running()])) is None
    assert pod_last_restart({}) is None


def test_last_restart_ignores_init_containers_once_initialized():
    pod = make_pod(
        [running(restarts=1, lastState=crashed_at("2024-06-01T09:00:00Z"))],
        init=[terminated("Completed", restarts=1, lastState=crashed_at("2024-06-01T09:50:00Z"))],
    )
    assert pod_last_restart(pod) == "2024-06-01T09:00:00Z"


# --------------------------------------------------------------------------- QoS and resources


def container(name="app", requests=None, limits=None, sidecar=False):
    """A container spec with the given resources."""
    spec = {"name": name, "image": "nginx", "resources": {}}
    if requests is not None:
        spec["resources"]["requests"] = requests
    if limits is not None:
        spec["resources"]["limits"] = limits
    if sidecar:
        spec["restartPolicy"] = "Always"
    return spec


def spec_pod(containers, init=(), overhead=None, qos=None, pod_resources_spec=None):
    """A pod with only a spec (and optionally status.qosClass)."""
    pod = {"spec": {"containers": list(containers), "initContainers": list(init)}, "status": {}}
    if overhead:
        pod["spec"]["overhead"] = overhead
    if pod_resources_spec:
        pod["spec"]["resources"] = pod_resources_spec
    if qos:
        pod["status"]["qosClass"] = qos
    return pod


FULL = {"cpu": "500m", "memory": "256Mi"}


@pytest.mark.parametrize(
    ("pod", "expected"),
    [
        (spec_pod([container()]), "BestEffort"),
        (spec_pod([container(requests=FULL, limits=FULL)]), "Guaranteed"),
        (spec_pod([container(limits=FULL)]), "Guaranteed"),  # requests default to limits
        (
            spec_pod([container(requests={"cpu": "0.5", "memory": "256Mi"}, limits=FULL)]),
            "Guaranteed",
        ),
        (spec_pod([container(requests={"cpu": "100m"})]), "Burstable"),
        (spec_pod([container(requests={"cpu": "100m"}, limits=FULL)]), "Burstable"),
        (spec_pod([container(limits={"cpu": "1"})]), "Burstable"),  # no memory limit
        (spec_pod([container(limits=FULL), container("b")]), "Burstable"),
        (spec_pod([container(limits=FULL)], init=[container("i", limits=FULL)]), "Guaranteed"),
        # every container, init ones included, needs cpu and memory limits
        (spec_pod([container(limits=FULL)], init=[container("i")]), "Burstable"),
        (spec_pod([container()], init=[container("i", requests={"memory": "1Mi"})]), "Burstable"),
        (spec_pod([container(requests={"nvidia.com/gpu": "1"})]), "BestEffort"),
        (spec_pod([container(requests={"cpu": "0"})]), "BestEffort"),
        (spec_pod([container()], qos="Guaranteed"), "Guaranteed"),  # status wins
    ],
)
def test_pod_qos_class(pod, expected):
    assert pod_qos_class(pod) == expected


def test_pod_resources_sums_containers_and_takes_max_with_init():
    pod = spec_pod(
        [
            container("a", requests={"cpu": "100m", "memory": "64Mi"}, limits={"cpu": "200m"}),
            container("b", requests={"cpu": "200m"}),
        ],
        init=[container("setup", requests={"cpu": "500m", "memory": "32Mi"})],
    )
    assert pod_resources(pod) == {
        "cpu_request": pytest.approx(0.5),  # max(100m + 200m, 500m)
        "cpu_limit": pytest.approx(0.2),
        "memory_request": 64 * MI,  # max(64Mi, 32Mi)
        "memory_limit": None,
    }


def test_pod_resources_counts_sidecars_during_and_after_init():
    pod = spec_pod(
        [container("app", requests={"cpu": "200m"})],
        init=[
            container("proxy", requests={"cpu": "100m"}, sidecar=True),
            container("migrate", requests={"cpu": "1"}),
        ],
    )
    # running: app + proxy = 300m; initializing: migrate + proxy = 1100m
    assert pod_resources(pod)["cpu_request"] == pytest.approx(1.1)


def test_pod_resources_sidecar_adds_to_steady_state():
    pod = spec_pod(
        [container("app", requests={"cpu": "800m"})],
        init=[container("proxy", requests={"cpu": "300m"}, sidecar=True)],
    )
    assert pod_resources(pod)["cpu_request"] == pytest.approx(1.1)


def test_pod_resources_adds_overhead_to_requests_and_set_limits_only():
    pod = spec_pod(
        [container("app", requests={"cpu": "100m"}, limits={"cpu": "200m"})],
        overhead={"cpu": "250m", "memory": "120Mi"},
    )
    assert pod_resources(pod) == {
        "cpu_request": pytest.approx(0.35),
        "cpu_limit": pytest.approx(0.45),
        "memory_request": 120 * MI,
        "memory_limit": None,
    }


def test_pod_resources_requests_default_to_limits():
    pod = spec_pod([container(limits={"cpu": "1", "memory": "1Gi"})])
    assert pod_resources(pod) == {
        "cpu_request": 1.0,
        "cpu_limit": 1.0,
        "memory_request": 1024.0 * MI,
        "memory_limit": 1024.0 * MI,
    }


def test_pod_resources_pod_level_resources_win():
    pod = spec_pod(
        [container(requests={"cpu": "100m"})],
        pod_resources_spec={"requests": {"cpu": "2"}, "limits": {"memory": "1Gi"}},
    )
    result = pod_resources(pod)
    assert (result["cpu_request"], result["memory_limit"]) == (2.0, 1024.0 * MI)


def test_pod_resources_none_when_unset_or_malformed():
    empty = dict.fromkeys(("cpu_request", "cpu_limit", "memory_request", "memory_limit"))
    assert pod_resources(spec_pod([container()])) == empty
    assert pod_resources({}) == empty
    assert pod_resources(spec_pod([container(requests={"cpu": "lots"})])) == empty


# --------------------------------------------------------------------------- containers


def test_container_rows_covers_regular_init_and_ephemeral():
    pod = {
        "spec": {
            "containers": [
                {
                    "name": "web",
                    "image": "nginx:1.25",
                    "ports": [{"containerPort": 8080}, {"containerPort": 53, "protocol": "UDP"}],
                    "env": [{"name": "MODE", "value": "prod"}, {"name": "TOKEN"}],
                    "volumeMounts": [{"name": "data", "mountPath": "/data"}],
                    "command": ["nginx"],
                    "resources": {"requests": {"cpu": "250m"}, "limits": {"memory": "128Mi"}},
                },
                {"name": "no-status", "image": "busybox"},
            ],
            "initContainers": [{"name": "setup", "image": "busybox"}],
            "ephemeralContainers": [{"name": "debugger", "image": "busybox"}],
        },
        "status": {
            "containerStatuses": [
                running(
                    name="web",
                    restarts=2,
                    imageID="docker.io/library/nginx@sha256:abc",
                    started=True,
                    lastState=crashed_at("2024-06-01T09:00:00Z"),
                )
            ],
            "initContainerStatuses": [terminated("Completed", name="setup")],
            "ephemeralContainerStatuses": [running(name="debugger", ready=False)],
        },
    }
    rows = {row["name"]: row for row in container_rows(pod)}
    assert [row["name"] for row in container_rows(pod)] == ["web", "no-status", "setup", "debugger"]

    web = rows["web"]
    assert web["type"] == "container" and not web["is_init"] and not web["is_ephemeral"]
    assert (web["image"], web["image_id"]) == ("nginx:1.25", "docker.io/library/nginx@sha256:abc")
    assert (web["ready"], web["started"], web["restarts"]) == (True, True, 2)
    assert (web["state"], web["reason"], web["exit_code"]) == ("running", None, None)
    assert web["started_at"] == "2024-06-01T10:00:00Z"
    assert (web["last_state"], web["last_reason"], web["last_exit_code"]) == (
        "terminated",
        "Error",
        1,
    )
    assert web["last_finished_at"] == "2024-06-01T09:00:00Z"
    assert (web["cpu_request"], web["cpu_limit"]) == (0.25, None)
    assert (web["memory_request"], web["memory_limit"]) == (128.0 * MI, 128.0 * MI)
    assert web["ports"] == ["8080/TCP", "53/UDP"]
    assert (web["command"], web["args"]) == (["nginx"], None)
    assert web["env_names"] == ["MODE", "TOKEN"]
    assert web["volume_mounts"] == ["/data"]
    assert web["spec"]["name"] == "web" and web["status"]["name"] == "web"

    setup = rows["setup"]
    assert (setup["type"], setup["is_init"]) == ("init", True)
    assert (setup["state"], setup["reason"], setup["exit_code"]) == ("terminated", "Completed", 0)
    assert setup["finished_at"] == "2024-06-01T10:05:00Z"

    debugger = rows["debugger"]
    assert (debugger["type"], debugger["is_ephemeral"], debugger["ready"]) == (
        "ephemeral",
        True,
        False,
    )

    missing = rows["no-status"]
    assert missing["status"] is None
    assert (missing["ready"], missing["restarts"], missing["state"]) == (None, None, None)
    assert (missing["ports"], missing["env_names"], missing["volume_mounts"]) == ([], [], [])


def test_container_rows_empty_pod():
    assert container_rows({}) == []
    assert container_rows({"spec": {"containers": None}}) == []


# --------------------------------------------------------------------------- nodes


def make_node(ready=None, unschedulable=False, labels=None, addresses=None):
    """A node with an optional Ready condition status ("True", "False", "Unknown")."""
    node = {"metadata": {"name": "n1", "labels": labels or {}}, "spec": {}, "status": {}}
    if ready is not None:
        node["status"]["conditions"] = [
            {"type": "MemoryPressure", "status": "False"},
            {"type": "Ready", "status": ready},
        ]
    if unschedulable:
        node["spec"]["unschedulable"] = True
    if addresses:
        node["status"]["addresses"] = [{"type": t, "address": a} for t, a in addresses]
    return node


@pytest.mark.parametrize(
    ("node", "status", "ready"),
    [
        (make_node("True"), "Ready", True),
        (make_node("False"), "NotReady", False),
        (make_node("Unknown"), "NotReady", None),  # kubectl: anything but True is NotReady
        (make_node(), "Unknown", None),  # no Ready condition at all
        (make_node("True", unschedulable=True), "Ready,SchedulingDisabled", True),
        (make_node("False", unschedulable=True), "NotReady,SchedulingDisabled", False),
        ({}, "Unknown", None),
    ],
)
def test_node_status(node, status, ready):
    assert (node_status(node), node_ready(node)) == (status, ready)


@pytest.mark.parametrize(
    ("labels", "roles"),
    [
        ({}, []),
        ({"node-role.kubernetes.io/control-plane": ""}, ["control-plane"]),
        (
            {"node-role.kubernetes.io/master": "", "node-role.kubernetes.io/control-plane": ""},
            ["control-plane", "master"],
        ),
        ({"kubernetes.io/role": "worker"}, ["worker"]),
        ({"kubernetes.io/role": ""}, []),
        ({"node-role.kubernetes.io/": "x"}, []),
        ({"node-role.kubernetes.io/gpu": "", "kubernetes.io/role": "gpu"}, ["gpu"]),
    ],
)
def test_node_roles(labels, roles):
    assert node_roles(make_node("True", labels=labels)) == roles


def test_node_addresses():
    node = make_node(
        "True",
        addresses=[("Hostname", "n1"), ("InternalIP", "10.0.0.5"), ("ExternalIP", "203.0.113.9")],
    )
    assert (node_internal_ip(node), node_external_ip(node)) == ("10.0.0.5", "203.0.113.9")
    assert (node_internal_ip({}), node_external_ip(make_node("True"))) == (None, None)


# --------------------------------------------------------------------------- workloads


@pytest.mark.parametrize(
    ("obj", "expected"),
    [
        ({"spec": {"replicas": 3}, "status": {"readyReplicas": 2}}, "2/3"),
        ({"spec": {"replicas": 3}, "status": {}}, "0/3"),  # readyReplicas omitted when 0
        ({"spec": {"replicas": 0}}, "0/0"),
        ({}, "0/0"),
    ],
)
def test_replica_ready_columns(obj, expected):
    assert deployment_ready(obj) == statefulset_ready(obj) == replicaset_ready(obj) == expected


@pytest.mark.parametrize(
    ("spec", "succeeded", "expected"),
    [
        ({"completions": 1, "parallelism": 1}, 1, "1/1"),
        ({"completions": 5, "parallelism": 2}, 3, "3/5"),
        ({"parallelism": 3}, 0, "0/1 of 3"),  # work queue job
        ({"parallelism": 1}, 0, "0/1"),
        ({}, None, "0/1"),
    ],
)
def test_job_completions(spec, succeeded, expected):
    status = {} if succeeded is None else {"succeeded": succeeded}
    assert job_completions({"spec": spec, "status": status}) == expected


def job_with(*conditions, deleting=False):
    """A job carrying the given (type, status) conditions."""
    job = {
        "metadata": {},
        "status": {"conditions": [{"type": t, "status": s} for t, s in conditions]},
    }
    if deleting:
        job["metadata"]["deletionTimestamp"] = "2024-06-01T11:00:00Z"
    return job


@pytest.mark.parametrize(
    ("job", "expected"),
    [
        (job_with(("Complete", "True")), "Complete"),
        (job_with(("SuccessCriteriaMet", "True"), ("Complete", "True")), "Complete"),
        (job_with(("FailureTarget", "True"), ("Failed", "True")), "Failed"),
        (job_with(deleting=True), "Terminating"),
        (job_with(("Complete", "True"), deleting=True), "Complete"),
        (job_with(("Suspended", "True")), "Suspended"),
        (job_with(("Suspended", "False")), "Running"),
        (job_with(("FailureTarget", "True")), "FailureTarget"),
        (job_with(("Complete", "False")), "Running"),
        (job_with(), "Running"),
        ({}, "Running"),
    ],
)
def test_job_status(job, expected):
    assert job_status(job) == expected


def test_job_duration():
    now = datetime(2024, 6, 1, 12, 0, tzinfo=UTC)
    done = {
        "status": {"startTime": "2024-06-01T10:00:00Z", "completionTime": "2024-06-01T10:03:20Z"}
    }
    active = {"status": {"startTime": "2024-06-01T11:00:00Z"}}
    assert job_duration_seconds(done, now) == 200.0
    assert human_duration(job_duration_seconds(done, now)) == "3m20s"
    assert job_duration_seconds(active, now) == 3600.0
    assert job_duration_seconds({}, now) is None


# --------------------------------------------------------------------------- services


def svc(svc_type, external_ips=None, ingress=None, ports=None, **spec):
    """A service of the given type."""
    obj = {"spec": {"type": svc_type, **spec}, "status": {}}
    if external_ips:
        obj["spec"]["externalIPs"] = external_ips
    if ingress is not None:
        obj["status"]["loadBalancer"] = {"ingress": ingress}
    if ports is not None:
        obj["spec"]["ports"] = ports
    return obj


@pytest.mark.parametrize(
    ("service", "expected"),
    [
        (svc("ClusterIP"), "<none>"),
        (svc("ClusterIP", external_ips=["1.2.3.4", "5.6.7.8"]), "1.2.3.4,5.6.7.8"),
        (svc("NodePort"), "<none>"),
        (svc("LoadBalancer"), "<pending>"),
        (svc("LoadBalancer", ingress=[]), "<pending>"),
        (svc("LoadBalancer", ingress=[{"ip": "203.0.113.7"}]), "203.0.113.7"),
        (svc("LoadBalancer", ingress=[{"hostname": "lb.example.com"}]), "lb.example.com"),
        (
            svc("LoadBalancer", external_ips=["1.2.3.4"], ingress=[{"ip": "203.0.113.7"}]),
            "203.0.113.7,1.2.3.4",
        ),
        (svc("ExternalName", externalName="db.example.com"), "db.example.com"),
        ({}, "<unknown>"),
    ],
)
def test_service_external_ip(service, expected):
    assert service_external_ip(service) == expected


@pytest.mark.parametrize(
    ("ports", "expected"),
    [
        (
            [{"port": 80, "protocol": "TCP"}, {"port": 443, "nodePort": 30443, "protocol": "TCP"}],
            "80/TCP,443:30443/TCP",
        ),
        ([{"port": 53, "protocol": "UDP"}, {"port": 53, "protocol": "TCP"}], "53/UDP,53/TCP"),
        ([{"port": 8080}], "8080/TCP"),  # protocol defaults to TCP
        ([], "<none>"),
        (None, "<none>"),
    ],
)
def test_service_ports(ports, expected):
    assert service_ports(svc("NodePort", ports=ports)) == expected


# --------------------------------------------------------------------------- generic


@pytest.mark.parametrize(
    ("seconds", "expected"),
    [
        (0, "0s"),
        (0.9, "0s"),
        (1, "1s"),
        (59, "59s"),
        (119, "119s"),
        (120, "2m"),
        (200, "3m20s"),
        (599, "9m59s"),
        (600, "10m"),
        (3599, "59m"),
        (3 * 3600 - 1, "179m"),
        (3 * 3600, "3h"),
        (5 * 3600 + 3 * 60, "5h3m"),
        (8 * 3600 - 1, "7h59m"),
        (8 * 3600, "8h"),
        (48 * 3600 - 1, "47h"),
        (48 * 3600, "2d"),
        (4 * 86400, "4d"),
        (3 * 86400 + 5 * 3600, "3d5h"),
        (8 * 86400, "8d"),
        (729 * 86400, "729d"),
        (730 * 86400, "2y"),
        ((2 * 365 + 45) * 86400, "2y45d"),
        (8 * 365 * 86400, "8y"),
        (-1, "0s"),  # clock skew within a second or so is "now"
        (-2, "<invalid>"),
        (None, "<unknown>"),
    ],
)
def test_human_duration(seconds, expected):
    assert human_duration(seconds) == expected


@pytest.mark.parametrize(
    ("refs", "expected"),
    [
        (
            [
                {"kind": "Deployment", "name": "adopter"},
                {"kind": "ReplicaSet", "name": "web-1", "controller": True},
            ],
            ("ReplicaSet", "web-1"),
        ),
        ([{"kind": "Node", "name": "n1", "controller": False}], ("Node", "n1")),
        ([], (None, None)),
        (None, (None, None)),
    ],
)
def test_owner(refs, expected):
    assert owner({"metadata": {"ownerReferences": refs}}) == expected
    assert owner({}) == (None, None)


# --------------------------------------------------------------------------- tolerance

ALL_FUNCTIONS = [getattr(kubectl, name) for name in kubectl.__all__]
ODD_OBJECTS = [
    {},
    {"metadata": {"name": "x"}},
    {"metadata": None, "spec": None, "status": None},
    {
        "spec": {"containers": [None, "junk"], "initContainers": "junk"},
        "status": {"conditions": [1]},
    },
    {"status": {"containerStatuses": [{"name": "a", "state": None, "restartCount": None}]}},
]


@pytest.mark.parametrize("func", ALL_FUNCTIONS, ids=lambda f: f.__name__)
@pytest.mark.parametrize("obj", ODD_OBJECTS)
def test_tolerates_missing_fields(func, obj):
    if func is human_duration:
        obj = None
    func(obj)  # must not raise


# --------------------------------------------------------------------------- real snapshot


@pytest.fixture(scope="module")
def snapshot_pods():
    if not SNAPSHOT.exists():
        pytest.skip(f"{SNAPSHOT} is not available")
    with gzip.open(SNAPSHOT, "rt") as handle:
        items = json.load(handle)["items"]
    return {
        (p["metadata"]["namespace"], p["metadata"]["name"]): p for p in items if p["kind"] == "Pod"
    }


@pytest.mark.parametrize(
    ("namespace", "name", "status", "ready", "restarts"),
    [
        ("shop", "cartservice-685fcbfd7b-jmkd4", "CrashLoopBackOff", "0/1", 17),
        ("shop", "productcatalogservice-5f848b7b7c-gc8gp", "Evicted", "0/1", 0),
        ("default", "stress-test", "OOMKilled", "0/1", 0),
        ("bookinfo", "reviews-v3-fd95d8c85-rzfdr", "ImagePullBackOff", "0/1", 0),
        ("bookinfo", "ratings-v1-6c48cf7475-zq25l", "ErrImagePull", "0/1", 0),
        ("batch", "legacy-etl-worker", "Terminating", "1/1", 0),
        ("batch", "pi-hbhp6", "Completed", "0/1", 0),
        ("batch", "image-resize-x55fs", "Error", "0/1", 0),
        ("monitoring", "blackbox-exporter-54cbb9bd8f-97x95", "CrashLoopBackOff", "2/3", 23),
        ("shop", "loadgenerator-7748cb8cf4-2rlxm", "Running", "1/1", 2),
        ("ml", "llm-finetune-7549665d55-p7nnv", "Pending", "0/1", 0),
        ("kube-system", "metrics-server-bc9588877-ht6pd", "Running", "0/1", 0),
    ],
)
def test_snapshot_known_pods(snapshot_pods, namespace, name, status, ready, restarts):
    pod = snapshot_pods[(namespace, name)]
    assert (pod_status(pod), pod_ready(pod), pod_restarts(pod)) == (status, ready, restarts)


def test_snapshot_every_pod(snapshot_pods):
    for pod in snapshot_pods.values():
        assert pod_status(pod), pod["metadata"]["name"]
        ready, total = map(int, pod_ready(pod).split("/"))
        assert 0 <= ready <= total == len(pod["spec"]["containers"])
        assert pod_restarts(pod) >= 0
        assert (pod_last_restart(pod) is None) == (pod_restarts(pod) == 0)
        assert len(container_rows(pod)) >= total


def test_snapshot_computed_qos_matches_api_server(snapshot_pods):
    for pod in snapshot_pods.values():
        without = {**pod, "status": {k: v for k, v in pod["status"].items() if k != "qosClass"}}
        assert pod_qos_class(without) == pod["status"]["qosClass"], pod["metadata"]["name"]
