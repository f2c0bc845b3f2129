"""What kubectl shows for an object, computed from the object dict alone.

Each function mirrors one column or one calculation of kubectl or the API server:
the printers in kubernetes/kubernetes pkg/printers/internalversion/printers.go
(printPod, printNode, printJob, printService, ...), the pod resource sums of
k8s.io/component-helpers/resource (used by the scheduler and by
`kubectl describe node`), the QoS rules of the API server and
k8s.io/apimachinery/pkg/util/duration.HumanDuration.

Objects are plain dicts as `kubectl get -o json` returns them. Every function
tolerates missing fields (old API versions, metadata-only objects) and returns
None or kubectl's own placeholder instead of raising.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from kubequery.objects import get_path
from kubequery.quantity import parse_decimal

__all__ = [
    "pod_status",
    "pod_ready",
    "pod_restarts",
    "pod_last_restart",
    "pod_qos_class",
    "pod_resources",
    "node_roles",
    "node_status",
    "node_ready",
    "node_internal_ip",
    "node_external_ip",
    "deployment_ready",
    "statefulset_ready",
    "replicaset_ready",
    "job_completions",
    "job_status",
    "job_duration_seconds",
    "service_external_ip",
    "service_ports",
    "human_duration",
    "owner",
    "container_rows",
]

NODE_ROLE_PREFIX = "node-role.kubernetes.io/"
NODE_ROLE_LABEL = "kubernetes.io/role"
NODE_LOST_REASON = "NodeLost"
QOS_RESOURCES = ("cpu", "memory")


# --------------------------------------------------------------------------- helpers


def _dict(value: Any) -> dict:
    """Return value if it is a dict, else an empty dict."""
    return value if isinstance(value, dict) else {}


def _list(value: Any) -> list:
    """Return value if it is a list, else an empty list."""
    return value if isinstance(value, list) else []


def _get(obj: Any, *keys: str) -> Any:
    """Follow nested dict keys, returning None as soon as one is missing."""
    return get_path(obj, keys)


def _int(value: Any, default: int = 0) -> int:
    """Return value as an int (bools and junk give the default)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return default
    return int(value)


def _parse_time(value: Any) -> datetime | None:
    """Parse an RFC 3339 timestamp ("2024-06-01T10:00:00Z") into an aware datetime."""
    if not isinstance(value, str) or not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("z", "Z"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _quantity(value: Any) -> Decimal | None:
    """Parse a quantity, treating a malformed one as missing."""
    try:
        return parse_decimal(value)
    except ValueError:
        return None


def _float(value: Decimal | None) -> float | None:
    """Convert an optional Decimal to an optional float."""
    return None if value is None else float(value)


def _has_condition(conditions: Any, kind: str) -> bool:
    """True when the first condition of this type has status "True" (kubectl's helpers)."""
    for condition in _list(conditions):
        if _dict(condition).get("type") == kind:
            return condition.get("status") == "True"
    return False


def _is_sidecar(container: Any) -> bool:
    """True for a restartable init container (restartPolicy: Always), i.e. a sidecar."""
    return _dict(container).get("restartPolicy") == "Always"


def _state(status: Any, key: str = "state") -> tuple[str | None, dict]:
    """Return (state name, state detail) of a containerStatus' state or lastState."""
    state = _dict(_dict(status).get(key))
    for name in ("running", "waiting", "terminated"):
        if isinstance(state.get(name), dict):
            return name, state[name]
    return None, {}


def _terminated_reason(terminated: dict, prefix: str = "") -> str:
    """kubectl's reason for a terminated container: its reason, else Signal:N / ExitCode:N."""
    if terminated.get("reason"):
        return prefix + terminated["reason"]
    if _int(terminated.get("signal")):
        return f"{prefix}Signal:{_int(terminated.get('signal'))}"
    return f"{prefix}ExitCode:{_int(terminated.get('exitCode'))}"


# --------------------------------------------------------------------------- pods


@dataclass
class _PodLine:
    """The READY, STATUS and RESTARTS cells of one `kubectl get pods` line."""

    reason: str
    ready: int
    total: int
    restarts: int = 0
    last_restart: datetime | None = None
    last_restart_text: str | None = None

    def note_restarts(self, status: dict) -> None:
        """Add a container's restarts and remember its latest termination time."""
        self.restarts += _int(status.get("restartCount"))
        finished = _get(status, "lastState", "terminated", "finishedAt")
        when = _parse_time(finished)
        if when is not None and (self.last_restart is None or self.last_restart < when):
            self.last_restart, self.last_restart_text = when, finished


def _pod_phase_reason(pod: dict) -> str:
    """The starting STATUS: status.reason, else the phase, overridden by SchedulingGated."""
    status = _dict(pod.get("status"))
    reason = status.get("reason") or status.get("phase") or ""
    for condition in _list(status.get("conditions")):
        condition = _dict(condition)
        if condition.get("type") == "PodScheduled" and condition.get("reason") == "SchedulingGated":
            reason = "SchedulingGated"
    return reason


def _init_container_reason(status: dict, index: int, count: int) -> str:
    """The Init:... STATUS for the init container that blocks initialization."""
    kind, detail = _state(status)
    if kind == "terminated":
        return _terminated_reason(detail, "Init:")
    waiting = detail.get("reason") if kind == "waiting" else None
    if waiting and waiting != "PodInitializing":
        return "Init:" + waiting
    return f"Init:{index}/{count}"


def _scan_init_containers(pod: dict, line: _PodLine, sidecars: _PodLine) -> bool:
    """Walk init container statuses as printPod does; True while the pod is initializing."""
    specs = _list(_get(pod, "spec", "initContainers"))
    spec_by_name = {_dict(c).get("name"): c for c in specs}
    count = len(specs)
    for index, status in enumerate(_list(_get(pod, "status", "initContainerStatuses"))):
        status = _dict(status)
        is_sidecar = _is_sidecar(spec_by_name.get(status.get("name")))
        line.note_restarts(status)
        if is_sidecar:
            sidecars.note_restarts(status)
        kind, detail = _state(status)
        if kind == "terminated" and _int(detail.get("exitCode")) == 0:
            continue
        if is_sidecar and status.get("started") is True:
            line.ready += 1 if status.get("ready") is True else 0
            continue
        line.reason = _init_container_reason(status, index, count)
        return True
    return False


def _scan_containers(pod: dict, line: _PodLine) -> None:
    """Walk regular container statuses last to first as printPod does."""
    has_running = False
    for status in reversed(_list(_get(pod, "status", "containerStatuses"))):
        status = _dict(status)
        line.note_restarts(status)
        kind, detail = _state(status)
        if kind == "waiting" and detail.get("reason"):
            line.reason = detail["reason"]
        elif kind == "terminated":
            line.reason = _terminated_reason(detail)
        elif status.get("ready") is True and kind == "running":
            has_running = True
            line.ready += 1
    if line.reason == "Completed" and has_running:
        conditions = _get(pod, "status", "conditions")
        line.reason = "Running" if _has_condition(conditions, "Ready") else "NotReady"


_last_line: tuple[Any, Any] = (None, None)


def _pod_line(pod: Any) -> _PodLine:
    """READY, STATUS and RESTARTS of a pod; the last pod's answer is kept, since several
    columns of one row ask in turn (one tuple read, so threads cannot mix answers)."""
    global _last_line
    last = _last_line
    if last[0] is pod and pod is not None:
        return last[1]
    line = _compute_pod_line(pod)
    _last_line = (pod, line)
    return line


def _compute_pod_line(pod: Any) -> _PodLine:
    """Compute READY, STATUS and RESTARTS for a pod exactly as kubectl's printPod."""
    pod = _dict(pod)
    init_specs = _list(_get(pod, "spec", "initContainers"))
    total = len(_list(_get(pod, "spec", "containers"))) + sum(map(_is_sidecar, init_specs))
    line = _PodLine(reason=_pod_phase_reason(pod), ready=0, total=total)
    sidecars = _PodLine(reason="", ready=0, total=0)
    initializing = _scan_init_containers(pod, line, sidecars)
    if not initializing or _has_condition(_get(pod, "status", "conditions"), "Initialized"):
        line.restarts, line.last_restart = sidecars.restarts, sidecars.last_restart
        line.last_restart_text = sidecars.last_restart_text
        _scan_containers(pod, line)
    _apply_deletion(pod, line)
    return line


def _apply_deletion(pod: dict, line: _PodLine) -> None:
    """A pod being deleted shows Terminating, or Unknown when its node was lost."""
    if not _get(pod, "metadata", "deletionTimestamp"):
        return
    status = _dict(pod.get("status"))
    if status.get("reason") == NODE_LOST_REASON:
        line.reason = "Unknown"
    elif status.get("phase") not in ("Succeeded", "Failed"):
        line.reason = "Terminating"


def pod_status(pod: dict) -> str:
    """The STATUS column of `kubectl get pods` (Running, CrashLoopBackOff, Init:0/1, ...)."""
    return _pod_line(pod).reason


def pod_ready(pod: dict) -> str:
    """The READY column of `kubectl get pods`: ready containers / containers, sidecars included."""
    line = _pod_line(pod)
    return f"{line.ready}/{line.total}"


def pod_restarts(pod: dict) -> int:
    """The count in the RESTARTS column of `kubectl get pods`."""
    return _pod_line(pod).restarts


def pod_last_restart(pod: dict) -> str | None:
    """The timestamp behind RESTARTS' "(5m ago)": latest lastState.terminated.finishedAt."""
    line = _pod_line(pod)
    return line.last_restart_text if line.restarts else None


def _resource_map(container: Any, kind: str) -> dict[str, Decimal]:
    """A container's parsed resources.requests or resources.limits (malformed ones dropped)."""
    parsed = {}
    for name, value in _dict(_get(container, "resources", kind)).items():
        number = _quantity(value)
        if number is not None:
            parsed[name] = number
    return parsed


def _container_resources(container: Any) -> tuple[dict[str, Decimal], dict[str, Decimal]]:
    """(requests, limits) of a pod container, with requests defaulted from limits like the API."""
    limits = _resource_map(container, "limits")
    return {**limits, **_resource_map(container, "requests")}, limits


def _add_into(total: dict[str, Decimal], extra: dict[str, Decimal]) -> None:
    """Add each resource of extra into total."""
    for name, value in extra.items():
        total[name] = total.get(name, Decimal(0)) + value


def _max_into(total: dict[str, Decimal], extra: dict[str, Decimal]) -> None:
    """Raise each resource of total to at least the one in extra."""
    for name, value in extra.items():
        if name not in total or value > total[name]:
            total[name] = value


def _aggregate(pod: dict, index: int) -> dict[str, Decimal]:
    """Sum container requests (index 0) or limits (index 1) per the sidecar KEP formula."""
    total: dict[str, Decimal] = {}
    for container in _list(_get(pod, "spec", "containers")):
        _add_into(total, _container_resources(container)[index])
    sidecars: dict[str, Decimal] = {}
    init_peak: dict[str, Decimal] = {}
    for container in _list(_get(pod, "spec", "initContainers")):
        own = _container_resources(container)[index]
        if _is_sidecar(container):
            _add_into(total, own)
            _add_into(sidecars, own)
            _max_into(init_peak, sidecars)
        else:
            running = dict(own)
            _add_into(running, sidecars)
            _max_into(init_peak, running)
    _max_into(total, init_peak)
    return total


def _pod_level(pod: dict, kind: str) -> dict[str, Decimal]:
    """Pod-level spec.resources requests or limits for cpu and memory."""
    values = _resource_map(pod.get("spec"), kind)
    return {name: value for name, value in values.items() if name in QOS_RESOURCES}


def _pod_totals(pod: dict) -> tuple[dict[str, Decimal], dict[str, Decimal]]:
    """Effective pod (requests, limits) as PodRequests/PodLimits compute them."""
    requests = {**_aggregate(pod, 0), **_pod_level(pod, "requests")}
    limits = {**_aggregate(pod, 1), **_pod_level(pod, "limits")}
    overhead = {}
    for name, value in _dict(_get(pod, "spec", "overhead")).items():
        number = _quantity(value)
        if number is not None:
            overhead[name] = number
    _add_into(requests, overhead)
    for name, value in overhead.items():
        if limits.get(name):
            limits[name] += value
    return requests, limits


def pod_resources(pod: dict) -> dict[str, float | None]:
    """The pod's effective cpu/memory requests and limits, as `kubectl describe node` sums them."""
    requests, limits = _pod_totals(_dict(pod))
    return {
        "cpu_request": _float(requests.get("cpu")),
        "cpu_limit": _float(limits.get("cpu")),
        "memory_request": _float(requests.get("memory")),
        "memory_limit": _float(limits.get("memory")),
    }


def _compute_qos(pod: dict) -> str:
    """Compute the QoS class from container requests and limits like the API server."""
    requests: dict[str, Decimal] = {}
    limits: dict[str, Decimal] = {}
    guaranteed = True
    containers = _list(_get(pod, "spec", "containers")) + _list(_get(pod, "spec", "initContainers"))
    for container in containers:
        own_requests, own_limits = _container_resources(container)
        _add_into(requests, {k: v for k, v in own_requests.items() if k in QOS_RESOURCES and v > 0})
        own_limits = {k: v for k, v in own_limits.items() if k in QOS_RESOURCES and v > 0}
        _add_into(limits, own_limits)
        guaranteed = guaranteed and set(QOS_RESOURCES) <= own_limits.keys()
    if not requests and not limits:
        return "BestEffort"
    matching = all(limits.get(name) == value for name, value in requests.items())
    if guaranteed and matching and len(requests) == len(limits):
        return "Guaranteed"
    return "Burstable"


def pod_qos_class(pod: dict) -> str:
    """The QoS Class of `kubectl describe pod`: status.qosClass, else computed as the API does."""
    pod = _dict(pod)
    return _get(pod, "status", "qosClass") or _compute_qos(pod)


# --------------------------------------------------------------------------- containers


def _match_statuses(pod: dict, key: str) -> dict[str, dict]:
    """Index one containerStatuses list of the pod by container name."""
    statuses = _list(_get(pod, "status", key))
    return {s["name"]: s for s in statuses if isinstance(s, dict) and "name" in s}


def _ports(spec: dict) -> list[str]:
    """Container ports as kubectl describe lists them ("8080/TCP")."""
    ports = []
    for port in _list(spec.get("ports")):
        port = _dict(port)
        if port.get("containerPort") is not None:
            ports.append(f"{port['containerPort']}/{port.get('protocol') or 'TCP'}")
    return ports


def _field_of_each(items: Any, key: str) -> list:
    """The given field of each dict in a list field, skipping entries without it."""
    return [item[key] for item in _list(items) if isinstance(item, dict) and key in item]


def _optional_list(value: Any) -> list | None:
    """A list field as a list, or None when unset."""
    return list(value) if isinstance(value, list) else None


def _state_columns(status: dict | None) -> dict[str, Any]:
    """The current-state and last-state columns of one container status."""
    kind, detail = _state(status)
    last_kind, last = _state(status, "lastState")
    return {
        "state": kind,
        "reason": detail.get("reason"),
        "exit_code": detail.get("exitCode") if kind == "terminated" else None,
        "started_at": detail.get("startedAt"),
        "finished_at": detail.get("finishedAt"),
        "last_state": last_kind,
        "last_reason": last.get("reason"),
        "last_exit_code": last.get("exitCode") if last_kind == "terminated" else None,
        "last_finished_at": last.get("finishedAt"),
    }


def _container_row(spec: dict, status: dict | None, kind: str, defaulted: bool) -> dict[str, Any]:
    """One container_rows() row from a container spec and its matching status."""
    requests = _container_resources(spec)[0] if defaulted else _resource_map(spec, "requests")
    limits = _resource_map(spec, "limits")
    has_status = status is not None
    return {
        "name": spec.get("name"),
        "type": kind,
        "is_init": kind == "init",
        "is_ephemeral": kind == "ephemeral",
        "image": spec.get("image"),
        "image_id": _dict(status).get("imageID"),
        "ready": _dict(status).get("ready") if has_status else None,
        "started": _dict(status).get("started"),
        "restarts": _int(_dict(status).get("restartCount")) if has_status else None,
        **_state_columns(status),
        "cpu_request": _float(requests.get("cpu")),
        "cpu_limit": _float(limits.get("cpu")),
        "memory_request": _float(requests.get("memory")),
        "memory_limit": _float(limits.get("memory")),
        "ports": _ports(spec),
        "command": _optional_list(spec.get("command")),
        "args": _optional_list(spec.get("args")),
        "env_names": _field_of_each(spec.get("env"), "name"),
        "volume_mounts": _field_of_each(spec.get("volumeMounts"), "mountPath"),
        "spec": spec,
        "status": status,
    }


_CONTAINER_KINDS = (
    ("containers", "containerStatuses", "container"),
    ("initContainers", "initContainerStatuses", "init"),
    ("ephemeralContainers", "ephemeralContainerStatuses", "ephemeral"),
)


def container_rows(pod: dict) -> list[dict[str, Any]]:
    """One row per container (regular, init, ephemeral), like `kubectl describe pod` lists them."""
    pod = _dict(pod)
    rows = []
    for spec_key, status_key, kind in _CONTAINER_KINDS:
        statuses = _match_statuses(pod, status_key)
        for spec in _list(_get(pod, "spec", spec_key)):
            spec = _dict(spec)
            status = statuses.get(spec.get("name"))
            rows.append(_container_row(spec, status, kind, defaulted=kind != "ephemeral"))
    return rows


# --------------------------------------------------------------------------- nodes


def node_roles(node: dict) -> list[str]:
    """The ROLES column of `kubectl get nodes` as a sorted list (empty for <none>)."""
    roles = set()
    for key, value in _dict(_get(node, "metadata", "labels")).items():
        if key.startswith(NODE_ROLE_PREFIX) and key[len(NODE_ROLE_PREFIX) :]:
            roles.add(key[len(NODE_ROLE_PREFIX) :])
        elif key == NODE_ROLE_LABEL and value:
            roles.add(value)
    return sorted(roles)


def _node_condition(node: dict, kind: str) -> dict | None:
    """The last condition of this type on the node (kubectl keeps the last one seen)."""
    found = None
    for condition in _list(_get(node, "status", "conditions")):
        if _dict(condition).get("type") == kind:
            found = condition
    return found


def node_status(node: dict) -> str:
    """The STATUS column of `kubectl get nodes` (Ready, NotReady, Unknown, +SchedulingDisabled)."""
    ready = _node_condition(_dict(node), "Ready")
    if ready is None:
        status = "Unknown"
    else:
        status = "Ready" if ready.get("status") == "True" else "NotReady"
    if _get(node, "spec", "unschedulable") is True:
        status += ",SchedulingDisabled"
    return status


def node_ready(node: dict) -> bool | None:
    """The node's Ready condition: True, False, or None when Unknown or missing."""
    ready = _node_condition(_dict(node), "Ready")
    return {"True": True, "False": False}.get(_dict(ready).get("status"))


def _node_address(node: dict, kind: str) -> str | None:
    """The first status.addresses entry of this type."""
    for address in _list(_get(node, "status", "addresses")):
        if _dict(address).get("type") == kind:
            return address.get("address")
    return None


def node_internal_ip(node: dict) -> str | None:
    """The INTERNAL-IP column of `kubectl get nodes -o wide` (None for <none>)."""
    return _node_address(node, "InternalIP")


def node_external_ip(node: dict) -> str | None:
    """The EXTERNAL-IP column of `kubectl get nodes -o wide` (None for <none>)."""
    return _node_address(node, "ExternalIP")


# --------------------------------------------------------------------------- workloads


def _ready_of(obj: dict) -> str:
    """status.readyReplicas / spec.replicas, missing values counting as 0."""
    ready = _int(_get(obj, "status", "readyReplicas"))
    desired = _int(_get(obj, "spec", "replicas"))
    return f"{ready}/{desired}"


def deployment_ready(dep: dict) -> str:
    """The READY column of `kubectl get deployments` ("2/3")."""
    return _ready_of(dep)


def statefulset_ready(sts: dict) -> str:
    """The READY column of `kubectl get statefulsets` ("2/3")."""
    return _ready_of(sts)


def replicaset_ready(rs: dict) -> str:
    """READY / DESIRED of `kubectl get replicasets` as one "ready/desired" string."""
    return _ready_of(rs)


def job_completions(job: dict) -> str:
    """The COMPLETIONS column of `kubectl get jobs` ("1/1", "3/5", "0/1 of 3")."""
    succeeded = _int(_get(job, "status", "succeeded"))
    completions = _get(job, "spec", "completions")
    if isinstance(completions, int) and not isinstance(completions, bool):
        return f"{succeeded}/{completions}"
    parallelism = _int(_get(job, "spec", "parallelism"))
    if parallelism > 1:
        return f"{succeeded}/1 of {parallelism}"
    return f"{succeeded}/1"


def job_status(job: dict) -> str:
    """The STATUS column of `kubectl get jobs` (Complete, Failed, Terminating, Suspended, ...)."""
    conditions = _get(job, "status", "conditions")
    if _has_condition(conditions, "Complete"):
        return "Complete"
    if _has_condition(conditions, "Failed"):
        return "Failed"
    if _get(job, "metadata", "deletionTimestamp"):
        return "Terminating"
    if _has_condition(conditions, "Suspended"):
        return "Suspended"
    if _has_condition(conditions, "FailureTarget"):
        return "FailureTarget"
    return "Running"


def job_duration_seconds(job: dict, now: datetime | None = None) -> float | None:
    """The DURATION column of `kubectl get jobs`, in seconds (None when not started)."""
    start = _parse_time(_get(job, "status", "startTime"))
    if start is None:
        return None
    end = _parse_time(_get(job, "status", "completionTime"))
    if end is None:
        end = now or datetime.now(UTC)
        end = end if end.tzinfo else end.replace(tzinfo=UTC)
    return (end - start).total_seconds()


# --------------------------------------------------------------------------- services


def _load_balancer_ips(svc: dict) -> list[str]:
    """Distinct load balancer ingress IPs (or hostnames), in order."""
    found: list[str] = []
    for ingress in _list(_get(svc, "status", "loadBalancer", "ingress")):
        value = _dict(ingress).get("ip") or _dict(ingress).get("hostname")
        if value and value not in found:
            found.append(value)
    return found


def service_external_ip(svc: dict) -> str:
    """The EXTERNAL-IP column of `kubectl get services` (<none>, <pending>, IPs, name)."""
    svc_type = _get(svc, "spec", "type")
    external = [ip for ip in _list(_get(svc, "spec", "externalIPs")) if isinstance(ip, str)]
    if svc_type in ("ClusterIP", "NodePort"):
        return ",".join(external) if external else "<none>"
    if svc_type == "LoadBalancer":
        addresses = _load_balancer_ips(svc) + external
        return ",".join(addresses) if addresses else "<pending>"
    if svc_type == "ExternalName":
        return _get(svc, "spec", "externalName") or ""
    return "<unknown>"


def service_ports(svc: dict) -> str:
    """The PORT(S) column of `kubectl get services` ("80/TCP,443:30443/TCP")."""
    pieces = []
    for port in _list(_get(svc, "spec", "ports")):
        port = _dict(port)
        protocol = port.get("protocol") or "TCP"
        node_port = _int(port.get("nodePort"))
        middle = f":{node_port}" if node_port > 0 else ""
        pieces.append(f"{_int(port.get('port'))}{middle}/{protocol}")
    return ",".join(pieces) or "<none>"


# --------------------------------------------------------------------------- generic


def human_duration(seconds: float | None) -> str:
    """The AGE format of kubectl (duration.HumanDuration): 5s, 3m20s, 5h3m, 4d, 2y45d."""
    if seconds is None or math.isnan(seconds):
        return "<unknown>"
    if math.isinf(seconds):
        return "<invalid>" if seconds < 0 else "<unknown>"
    whole = math.trunc(seconds)
    if whole < -1:
        return "<invalid>"
    if whole < 0:
        return "0s"
    if whole < 120:
        return f"{whole}s"
    return _human_minutes(whole) if whole < 8 * 3600 else _human_days(whole // 3600)


def _human_minutes(whole: int) -> str:
    """HumanDuration for 2 minutes up to 8 hours."""
    minutes = whole // 60
    if minutes < 10:
        return f"{minutes}m{whole % 60}s" if whole % 60 else f"{minutes}m"
    if minutes < 180:
        return f"{minutes}m"
    hours = minutes // 60
    return f"{hours}h{minutes % 60}m" if minutes % 60 else f"{hours}h"


def _human_days(hours: int) -> str:
    """HumanDuration for 8 hours and more."""
    if hours < 48:
        return f"{hours}h"
    days = hours // 24
    if hours < 24 * 8:
        return f"{days}d{hours % 24}h" if hours % 24 else f"{days}d"
    if hours < 24 * 365 * 2:
        return f"{days}d"
    if hours < 24 * 365 * 8:
        return f"{days // 365}y{days % 365}d" if days % 365 else f"{days // 365}y"
    return f"{days // 365}y"


def owner(obj: dict) -> tuple[str | None, str | None]:
    """The controlling owner (kind, name) kubectl describe shows as "Controlled By"."""
    references = [r for r in _list(_get(obj, "metadata", "ownerReferences")) if isinstance(r, dict)]
    chosen = next((r for r in references if r.get("controller") is True), None)
    if chosen is None and references:
        chosen = references[0]
    if chosen is None:
        return None, None
    return chosen.get("kind"), chosen.get("name")
