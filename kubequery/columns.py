"""Computed columns and row expanders that adapters refer to by name.

A path column reads one field; a computed column needs logic (kubectl's pod
STATUS, an owner reference, an age). Each function takes the row (the object,
or for expanded tables the expanded item) and a RowContext, and returns a
plain Python value of the column's type. `metadata_only=True` marks a column
that can be computed from a PartialObjectMetadata object, which lets the
planner ask the API server for metadata only.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from kubequery import kubectl
from kubequery.objects import get_path
from kubequery.quantity import quantity_or_none


@dataclass(frozen=True)
class RowContext:
    now: datetime  # the moment queries treat as "now" (the snapshot's time for snapshots)
    cluster: str | None = None  # the cluster (context) the rows come from


@dataclass(frozen=True)
class Computed:
    fn: Callable[[dict, RowContext], Any]
    metadata_only: bool
    reads_now: bool = False  # depends on ctx.now: its values change from query to query


COMPUTED: dict[str, Computed] = {}
EXPANDERS: dict[str, Callable[[dict], list[dict]]] = {}


def per_row(fn: Callable[[dict], Any]) -> Callable[[dict], Any]:
    """Remember fn's answer for the last row: several columns share one computation.

    Ingest builds rows one at a time, so a one-entry cache, checked by identity
    and holding the row (so its id cannot be reused), is all that is needed.
    """
    last: list[tuple[Any, Any]] = [(None, None)]

    def cached(row: dict) -> Any:
        seen, answer = last[0]  # one read of one tuple: threads cannot mix rows and answers
        if seen is not row:
            answer = fn(row)
            last[0] = (row, answer)
        return answer

    return cached


_pod_resources = per_row(kubectl.pod_resources)
_pod_ready = per_row(kubectl.pod_ready)


def computed(name: str, *, metadata_only: bool = False, reads_now: bool = False):
    """Register a computed column function under `name`."""

    def register(fn: Callable[[dict, RowContext], Any]) -> Callable[[dict, RowContext], Any]:
        COMPUTED[name] = Computed(fn, metadata_only, reads_now)
        return fn

    return register


def expander(name: str):
    """Register a function that turns one object into several rows."""

    def register(fn: Callable[[dict], list[dict]]) -> Callable[[dict], list[dict]]:
        EXPANDERS[name] = fn
        return fn

    return register


def parse_time(value: Any) -> datetime | None:
    """Parse a Kubernetes RFC 3339 timestamp ("2024-05-01T10:00:00Z", micro-time too)."""
    if not value or not isinstance(value, str):
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None


# --- columns every table has -------------------------------------------------


@computed("age", metadata_only=True, reads_now=True)
def age(row: dict, ctx: RowContext) -> timedelta | None:
    created = parse_time(get_path(row, ("metadata", "creationTimestamp")))
    return ctx.now - created if created else None


@computed("owner_kind", metadata_only=True)
def owner_kind(row: dict, ctx: RowContext) -> str | None:
    return kubectl.owner(row)[0]


@computed("owner_name", metadata_only=True)
def owner_name(row: dict, ctx: RowContext) -> str | None:
    return kubectl.owner(row)[1]


@computed("cluster", metadata_only=True)
def cluster(row: dict, ctx: RowContext) -> str | None:
    return ctx.cluster


@computed("raw")
def raw(row: dict, ctx: RowContext) -> Any:
    # Expanded rows keep their parent under "parent"; the JSON column holds the
    # row's own item so that `raw->>'$.image'` reads naturally.
    return row.get("item", row)


# --- expanders ----------------------------------------------------------------


@expander("containers")
def pod_containers(pod: dict) -> list[dict]:
    """One row per container of a pod (regular, init and ephemeral)."""
    return [
        {**c, "metadata": pod.get("metadata") or {}, "parent": pod, "item": c.get("spec") or {}}
        for c in kubectl.container_rows(pod)
    ]


# --- helpers for the kind-specific columns below -------------------------------

# Every function below takes a plain dict as `kubectl get -o json` returns it,
# from any API version the table accepts, and returns None (or an empty list, or
# 0 for counters the API server omits when zero) instead of raising on a field
# that is missing or of an unexpected shape.


def _dict(value: Any) -> dict:
    return value if isinstance(value, dict) else {}


def _list(value: Any) -> list:
    return value if isinstance(value, list) else []


def _int(value: Any, default: int | None = 0) -> int | None:
    """An integer field; status counters are omitted by the API server when they are 0."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return default
    return int(value)


def _text(value: Any) -> str | None:
    """An int-or-string field (maxUnavailable: 1 or "25%") as text."""
    if value is None or isinstance(value, dict | list):
        return None
    return str(value)


def _names(items: Any, key: str = "name") -> list[str]:
    """The `key` field of each dict in a list field."""
    return [i[key] for i in _list(items) if isinstance(i, dict) and isinstance(i.get(key), str)]


def _unique(values: Any) -> list[str]:
    """Distinct non-empty strings, in first-seen order."""
    return list(dict.fromkeys(v for v in values if isinstance(v, str) and v))


def _str_map(value: Any) -> dict[str, str] | None:
    """A map field with its values as text (quotas read from YAML may hold numbers)."""
    if not isinstance(value, dict):
        return None
    return {str(k): _text(v) for k, v in value.items()}


def _conditions_of(conditions: Any) -> dict[str, str]:
    """A conditions list as a map type -> status (the last one of a type wins, as kubectl)."""
    found = {}
    for condition in _list(conditions):
        condition = _dict(condition)
        if isinstance(condition.get("type"), str):
            found[condition["type"]] = _text(condition.get("status"))
    return found


def _condition(obj: dict, kind: str) -> dict | None:
    """The last status.conditions entry of this type."""
    found = None
    for condition in _list(get_path(obj, ("status", "conditions"))):
        if _dict(condition).get("type") == kind:
            found = condition
    return found


def _condition_true(obj: dict, kind: str) -> bool | None:
    """Whether a condition has status "True"; None when the object has no such condition."""
    condition = _condition(obj, kind)
    return None if condition is None else condition.get("status") == "True"


def _label(row: dict, *keys: str) -> str | None:
    """The first of these labels that is set (current names first, deprecated ones after)."""
    labels = _dict(get_path(row, ("metadata", "labels")))
    return next((labels[k] for k in keys if isinstance(labels.get(k), str)), None)


def _annotation(row: dict, key: str) -> Any:
    return _dict(get_path(row, ("metadata", "annotations"))).get(key)


def _int_column(name: str, *path: str, default: int | None = 0) -> None:
    """Register a computed integer column read from `path`, `default` when missing."""

    @computed(name)
    def column(row: dict, ctx: RowContext) -> int | None:
        return _int(get_path(row, path), default)


def _condition_column(name: str, kind: str) -> None:
    """Register a computed bool column: whether condition `kind` is "True" (NULL if absent)."""

    @computed(name)
    def column(row: dict, ctx: RowContext) -> bool | None:
        return _condition_true(row, kind)


def _flag_column(name: str, *path: str) -> None:
    """Register a computed bool column for an optional bool field that defaults to false."""

    @computed(name)
    def column(row: dict, ctx: RowContext) -> bool:
        return get_path(row, path) is True


# --- generic columns shared by several kinds -------------------------------------


@computed("conditions")
def conditions(row: dict, ctx: RowContext) -> dict[str, str]:
    return _conditions_of(get_path(row, ("status", "conditions")))


@computed("deleting", metadata_only=True)
def deleting(row: dict, ctx: RowContext) -> bool:
    return bool(get_path(row, ("metadata", "deletionTimestamp")))


_int_column("current_replicas", "status", "replicas")
_int_column("ready_replicas", "status", "readyReplicas")
_int_column("available_replicas", "status", "availableReplicas")
_int_column("updated_replicas", "status", "updatedReplicas")
_int_column("unavailable_replicas", "status", "unavailableReplicas")


# --- pod specs (pods, and the pod templates of workloads) --------------------------

_CONTAINER_LISTS = ("containers", "initContainers", "ephemeralContainers")


def _all_containers(spec: Any) -> list[dict]:
    found = [c for key in _CONTAINER_LISTS for c in _list(_dict(spec).get(key))]
    return [c for c in found if isinstance(c, dict)]


def _images(spec: Any) -> list[str]:
    return _unique(c.get("image") for c in _all_containers(spec))


def _references(spec: Any, pod_name: str | None = None) -> dict[str, list[str]]:
    """ConfigMaps, Secrets and PVCs a pod spec refers to, from volumes, env and envFrom."""
    spec = _dict(spec)
    configmaps: list[Any] = []
    secrets: list[Any] = _names(spec.get("imagePullSecrets"))
    pvcs: list[Any] = []
    for volume in _list(spec.get("volumes")):
        volume = _dict(volume)
        configmaps.append(get_path(volume, ("configMap", "name")))
        secrets.append(get_path(volume, ("secret", "secretName")))
        pvcs.append(get_path(volume, ("persistentVolumeClaim", "claimName")))
        if pod_name and isinstance(volume.get("ephemeral"), dict):
            pvcs.append(f"{pod_name}-{volume.get('name')}")  # the PVC an ephemeral volume makes
        for source in _list(get_path(volume, ("projected", "sources"))):
            configmaps.append(get_path(source, ("configMap", "name")))
            secrets.append(get_path(source, ("secret", "name")))
        for source in volume.values():  # csi, cephfs, rbd, flexVolume, ... credentials
            secrets.append(get_path(source, ("secretRef", "name")))
            secrets.append(get_path(source, ("nodePublishSecretRef", "name")))
        secrets.append(get_path(volume, ("azureFile", "secretName")))
    for container in _all_containers(spec):
        for source in _list(container.get("envFrom")):
            configmaps.append(get_path(source, ("configMapRef", "name")))
            secrets.append(get_path(source, ("secretRef", "name")))
        for env in _list(container.get("env")):
            configmaps.append(get_path(env, ("valueFrom", "configMapKeyRef", "name")))
            secrets.append(get_path(env, ("valueFrom", "secretKeyRef", "name")))
    return {"configmaps": _unique(configmaps), "secrets": _unique(secrets), "pvcs": _unique(pvcs)}


def _template_spec(row: dict) -> Any:
    return get_path(row, ("spec", "template", "spec"))


@computed("template_containers")
def template_containers(row: dict, ctx: RowContext) -> list[str]:
    return _names(get_path(_template_spec(row), ("containers",)))


@computed("template_images")
def template_images(row: dict, ctx: RowContext) -> list[str]:
    return _images(_template_spec(row))


@computed("template_configmaps")
def template_configmaps(row: dict, ctx: RowContext) -> list[str]:
    return _references(_template_spec(row))["configmaps"]


@computed("template_secrets")
def template_secrets(row: dict, ctx: RowContext) -> list[str]:
    return _references(_template_spec(row))["secrets"]


# --- pods ------------------------------------------------------------------------


@computed("pod_status")
def pod_status(row: dict, ctx: RowContext) -> str:
    return kubectl.pod_status(row)


@computed("pod_ready")
def pod_ready(row: dict, ctx: RowContext) -> str:
    return kubectl.pod_ready(row)


@computed("pod_ready_containers")
def pod_ready_containers(row: dict, ctx: RowContext) -> int:
    return int(_pod_ready(row).partition("/")[0])


@computed("pod_total_containers")
def pod_total_containers(row: dict, ctx: RowContext) -> int:
    return int(_pod_ready(row).partition("/")[2])


@computed("pod_is_ready")
def pod_is_ready(row: dict, ctx: RowContext) -> bool:
    return _condition_true(row, "Ready") is True


@computed("pod_scheduled")
def pod_scheduled(row: dict, ctx: RowContext) -> bool:
    # an evicted pod's status keeps no conditions, yet it was placed: its node says so
    said = _condition_true(row, "PodScheduled")
    return said if said is not None else bool(get_path(row, ("spec", "nodeName")))


@computed("pod_restarts")
def pod_restarts(row: dict, ctx: RowContext) -> int:
    return kubectl.pod_restarts(row)


@computed("pod_last_restart")
def pod_last_restart(row: dict, ctx: RowContext) -> datetime | None:
    return parse_time(kubectl.pod_last_restart(row))


@computed("pod_readiness_gates")
def pod_readiness_gates(row: dict, ctx: RowContext) -> str | None:
    gates = _names(get_path(row, ("spec", "readinessGates")), "conditionType")
    if not gates:
        return None
    passed = sum(_condition_true(row, gate) is True for gate in gates)
    return f"{passed}/{len(gates)}"


@computed("pod_qos_class")
def pod_qos_class(row: dict, ctx: RowContext) -> str:
    return kubectl.pod_qos_class(row)


def _pod_resource_column(key: str) -> None:
    @computed(f"pod_{key}")
    def column(row: dict, ctx: RowContext) -> float | None:
        return _pod_resources(row)[key]


for _key in ("cpu_request", "cpu_limit", "memory_request", "memory_limit"):
    _pod_resource_column(_key)


@computed("pod_ip")
def pod_ip(row: dict, ctx: RowContext) -> str | None:
    # The API server's status.podIP field selector compares the first of status.podIPs.
    return next(iter(pod_ips(row, ctx)), None) or get_path(row, ("status", "podIP")) or None


@computed("pod_service_account")
def pod_service_account(row: dict, ctx: RowContext) -> str | None:
    # serviceAccount is the deprecated alias the API server still falls back to.
    spec = _dict(row.get("spec"))
    return spec.get("serviceAccountName") or spec.get("serviceAccount") or None


@computed("pod_ips")
def pod_ips(row: dict, ctx: RowContext) -> list[str]:
    return _names(get_path(row, ("status", "podIPs")), "ip")


@computed("pod_containers")
def pod_containers_names(row: dict, ctx: RowContext) -> list[str]:
    return _names(get_path(row, ("spec", "containers")))


@computed("pod_init_containers")
def pod_init_containers(row: dict, ctx: RowContext) -> list[str]:
    return _names(get_path(row, ("spec", "initContainers")))


@computed("pod_images")
def pod_images(row: dict, ctx: RowContext) -> list[str]:
    return _images(row.get("spec"))


@computed("pod_volumes")
def pod_volumes(row: dict, ctx: RowContext) -> list[str]:
    return _names(get_path(row, ("spec", "volumes")))


@per_row
def _pod_references(row: dict) -> dict[str, list[str]]:
    return _references(row.get("spec"), get_path(row, ("metadata", "name")))


@computed("pod_configmaps")
def pod_configmaps(row: dict, ctx: RowContext) -> list[str]:
    return _pod_references(row)["configmaps"]


@computed("pod_secrets")
def pod_secrets(row: dict, ctx: RowContext) -> list[str]:
    return _pod_references(row)["secrets"]


@computed("pod_pvcs")
def pod_pvcs(row: dict, ctx: RowContext) -> list[str]:
    return _pod_references(row)["pvcs"]


_flag_column("pod_host_network", "spec", "hostNetwork")


def _toleration_or_taint(item: Any) -> str | None:
    """ "key=value:Effect" as kubectl describe writes taints (and tolerations)."""
    item = _dict(item)
    key = item.get("key") or ("*" if item.get("operator") == "Exists" else "")
    text = f"{key}={item['value']}" if item.get("value") else str(key)
    return f"{text}:{item['effect']}" if item.get("effect") else text or None


@computed("pod_tolerations")
def pod_tolerations(row: dict, ctx: RowContext) -> list[str]:
    return _unique(map(_toleration_or_taint, _list(get_path(row, ("spec", "tolerations")))))


# --- containers (rows made by the `containers` expander) ----------------------------


@computed("container_pod_status")
def container_pod_status(row: dict, ctx: RowContext) -> str:
    return kubectl.pod_status(_dict(row.get("parent")))


@computed("container_message")
def container_message(row: dict, ctx: RowContext) -> str | None:
    messages = [_dict(s).get("message") for s in _dict(get_path(row, ("status", "state"))).values()]
    return next((m for m in messages if isinstance(m, str)), None)


@computed("container_is_sidecar")
def container_is_sidecar(row: dict, ctx: RowContext) -> bool:
    return bool(row.get("is_init")) and get_path(row, ("spec", "restartPolicy")) == "Always"


# --- nodes -----------------------------------------------------------------------


@computed("node_status")
def node_status(row: dict, ctx: RowContext) -> str:
    return kubectl.node_status(row)


@computed("node_ready")
def node_ready(row: dict, ctx: RowContext) -> bool:
    return kubectl.node_ready(row) is True


_flag_column("node_unschedulable", "spec", "unschedulable")


@computed("node_roles", metadata_only=True)
def node_roles(row: dict, ctx: RowContext) -> list[str]:
    return kubectl.node_roles(row)


@computed("node_taints")
def node_taints(row: dict, ctx: RowContext) -> list[str]:
    return _unique(map(_toleration_or_taint, _list(get_path(row, ("spec", "taints")))))


@computed("node_internal_ip")
def node_internal_ip(row: dict, ctx: RowContext) -> str | None:
    return kubectl.node_internal_ip(row)


@computed("node_external_ip")
def node_external_ip(row: dict, ctx: RowContext) -> str | None:
    return kubectl.node_external_ip(row)


@computed("node_hostname")
def node_hostname(row: dict, ctx: RowContext) -> str | None:
    addresses = _list(get_path(row, ("status", "addresses")))
    return next((a.get("address") for a in addresses if _dict(a).get("type") == "Hostname"), None)


@computed("node_pods_capacity")
def node_pods_capacity(row: dict, ctx: RowContext) -> int | None:
    pods = quantity_or_none(get_path(row, ("status", "capacity", "pods")))
    return None if pods is None else int(pods)


@computed("node_pods_allocatable")
def node_pods_allocatable(row: dict, ctx: RowContext) -> int | None:
    pods = quantity_or_none(get_path(row, ("status", "allocatable", "pods")))
    return None if pods is None else int(pods)


_condition_column("node_memory_pressure", "MemoryPressure")
_condition_column("node_disk_pressure", "DiskPressure")
_condition_column("node_pid_pressure", "PIDPressure")
_condition_column("node_network_unavailable", "NetworkUnavailable")


@computed("node_last_heartbeat")
def node_last_heartbeat(row: dict, ctx: RowContext) -> datetime | None:
    return parse_time(_dict(_condition(row, "Ready")).get("lastHeartbeatTime"))


@computed("node_zone", metadata_only=True)
def node_zone(row: dict, ctx: RowContext) -> str | None:
    return _label(row, "topology.kubernetes.io/zone", "failure-domain.beta.kubernetes.io/zone")


@computed("node_region", metadata_only=True)
def node_region(row: dict, ctx: RowContext) -> str | None:
    return _label(row, "topology.kubernetes.io/region", "failure-domain.beta.kubernetes.io/region")


@computed("node_instance_type", metadata_only=True)
def node_instance_type(row: dict, ctx: RowContext) -> str | None:
    return _label(row, "node.kubernetes.io/instance-type", "beta.kubernetes.io/instance-type")


# --- deployments, replicasets, statefulsets, daemonsets, replicationcontrollers -------


@computed("replicas_ready")
def replicas_ready(row: dict, ctx: RowContext) -> str:
    # The same "ready/desired" rule for deployments, statefulsets, replicasets and RCs.
    return kubectl.deployment_ready(row)


@computed("deployment_max_surge")
def deployment_max_surge(row: dict, ctx: RowContext) -> str | None:
    return _text(get_path(row, ("spec", "strategy", "rollingUpdate", "maxSurge")))


@computed("deployment_max_unavailable")
def deployment_max_unavailable(row: dict, ctx: RowContext) -> str | None:
    return _text(get_path(row, ("spec", "strategy", "rollingUpdate", "maxUnavailable")))


_flag_column("deployment_paused", "spec", "paused")
_condition_column("deployment_available", "Available")
_condition_column("deployment_progressing", "Progressing")


@computed("statefulset_claim_templates")
def statefulset_claim_templates(row: dict, ctx: RowContext) -> list[str]:
    templates = _list(get_path(row, ("spec", "volumeClaimTemplates")))
    return _unique(get_path(t, ("metadata", "name")) for t in templates)


@computed("daemonset_ready")
def daemonset_ready(row: dict, ctx: RowContext) -> str:
    status = _dict(row.get("status"))
    return f"{_int(status.get('numberReady'))}/{_int(status.get('desiredNumberScheduled'))}"


_int_column("daemonset_desired", "status", "desiredNumberScheduled")
_int_column("daemonset_current", "status", "currentNumberScheduled")
_int_column("daemonset_ready_pods", "status", "numberReady")
_int_column("daemonset_up_to_date", "status", "updatedNumberScheduled")
_int_column("daemonset_available", "status", "numberAvailable")
_int_column("daemonset_unavailable", "status", "numberUnavailable")
_int_column("daemonset_misscheduled", "status", "numberMisscheduled")


# --- jobs and cronjobs ------------------------------------------------------------------


@computed("job_completions")
def job_completions(row: dict, ctx: RowContext) -> str:
    return kubectl.job_completions(row)


@computed("job_status")
def job_status(row: dict, ctx: RowContext) -> str:
    return kubectl.job_status(row)


@computed("job_duration", reads_now=True)
def job_duration(row: dict, ctx: RowContext) -> timedelta | None:
    seconds = kubectl.job_duration_seconds(row, ctx.now)
    return None if seconds is None else timedelta(seconds=seconds)


_int_column("job_succeeded", "status", "succeeded")
_int_column("job_failed", "status", "failed")
_int_column("job_active", "status", "active")
_flag_column("job_suspended", "spec", "suspend")


@computed("job_failure_reason")
def job_failure_reason(row: dict, ctx: RowContext) -> str | None:
    failed = _condition(row, "Failed")
    return failed.get("reason") if failed and failed.get("status") == "True" else None


def _cronjob_pod_spec(row: dict) -> Any:
    return get_path(row, ("spec", "jobTemplate", "spec", "template", "spec"))


@computed("cronjob_containers")
def cronjob_containers(row: dict, ctx: RowContext) -> list[str]:
    return _names(get_path(_cronjob_pod_spec(row), ("containers",)))


@computed("cronjob_images")
def cronjob_images(row: dict, ctx: RowContext) -> list[str]:
    return _images(_cronjob_pod_spec(row))


_flag_column("cronjob_suspended", "spec", "suspend")


@computed("cronjob_active")
def cronjob_active(row: dict, ctx: RowContext) -> int:
    return len(_list(get_path(row, ("status", "active"))))


@computed("cronjob_active_jobs")
def cronjob_active_jobs(row: dict, ctx: RowContext) -> list[str]:
    return _names(get_path(row, ("status", "active")))


# --- services, endpoints, endpointslices, ingresses ------------------------------------


@computed("service_external_ip")
def service_external_ip(row: dict, ctx: RowContext) -> str | None:
    shown = kubectl.service_external_ip(row)
    return None if shown in ("<none>", "") else shown


@computed("service_ports")
def service_ports(row: dict, ctx: RowContext) -> list[str]:
    shown = kubectl.service_ports(row)
    return [] if shown == "<none>" else shown.split(",")


def _load_balancer_ingress(row: dict) -> list[str]:
    found = _list(get_path(row, ("status", "loadBalancer", "ingress")))
    return _unique(_dict(i).get("ip") or _dict(i).get("hostname") for i in found)


@computed("load_balancer_ingress")
def load_balancer_ingress(row: dict, ctx: RowContext) -> list[str]:
    return _load_balancer_ingress(row)


@computed("service_headless")
def service_headless(row: dict, ctx: RowContext) -> bool:
    return get_path(row, ("spec", "clusterIP")) == "None"


def _port_text(port: Any) -> str | None:
    port = _dict(port)
    if port.get("port") is None:
        return None
    return f"{port['port']}/{port.get('protocol') or 'TCP'}"


def _endpoint_addresses(row: dict, key: str) -> list[dict]:
    subsets = _list(row.get("subsets"))
    return [a for s in subsets for a in _list(_dict(s).get(key)) if isinstance(a, dict)]


@computed("endpoints_ready_addresses")
def endpoints_ready_addresses(row: dict, ctx: RowContext) -> list[str]:
    return _unique(a.get("ip") for a in _endpoint_addresses(row, "addresses"))


@computed("endpoints_not_ready_addresses")
def endpoints_not_ready_addresses(row: dict, ctx: RowContext) -> list[str]:
    return _unique(a.get("ip") for a in _endpoint_addresses(row, "notReadyAddresses"))


@computed("endpoints_ready_count")
def endpoints_ready_count(row: dict, ctx: RowContext) -> int:
    return len(_endpoint_addresses(row, "addresses"))


@computed("endpoints_not_ready_count")
def endpoints_not_ready_count(row: dict, ctx: RowContext) -> int:
    return len(_endpoint_addresses(row, "notReadyAddresses"))


@computed("endpoints_endpoints")
def endpoints_endpoints(row: dict, ctx: RowContext) -> list[str]:
    """kubectl's ENDPOINTS: ip:port for every ready address and port of each subset."""
    found = []
    for subset in _list(row.get("subsets")):
        subset = _dict(subset)
        ports = [p.get("port") for p in _list(subset.get("ports")) if _dict(p).get("port")]
        for address in _list(subset.get("addresses")):
            ip = _dict(address).get("ip")
            found += [f"{ip}:{port}" for port in ports] if ports else [ip]
    return _unique(found)


@computed("endpoints_ports")
def endpoints_ports(row: dict, ctx: RowContext) -> list[str]:
    subsets = _list(row.get("subsets"))
    return _unique(_port_text(p) for s in subsets for p in _list(_dict(s).get("ports")))


def _all_endpoint_addresses(row: dict) -> list[dict]:
    return _endpoint_addresses(row, "addresses") + _endpoint_addresses(row, "notReadyAddresses")


@computed("endpoints_target_pods")
def endpoints_target_pods(row: dict, ctx: RowContext) -> list[str]:
    refs = [_dict(a.get("targetRef")) for a in _all_endpoint_addresses(row)]
    return _unique(r.get("name") for r in refs if r.get("kind") == "Pod")


@computed("endpoints_nodes")
def endpoints_nodes(row: dict, ctx: RowContext) -> list[str]:
    return _unique(a.get("nodeName") for a in _all_endpoint_addresses(row))


def _slice_endpoints(row: dict) -> list[dict]:
    return [e for e in _list(row.get("endpoints")) if isinstance(e, dict)]


def _slice_ready(endpoint: dict) -> bool:
    # A missing `ready` means unknown, which consumers treat as ready (discovery/v1 docs).
    return get_path(endpoint, ("conditions", "ready")) is not False


@computed("endpointslice_addresses")
def endpointslice_addresses(row: dict, ctx: RowContext) -> list[str]:
    return _unique(a for e in _slice_endpoints(row) for a in _list(e.get("addresses")))


@computed("endpointslice_ready_addresses")
def endpointslice_ready_addresses(row: dict, ctx: RowContext) -> list[str]:
    ready = [e for e in _slice_endpoints(row) if _slice_ready(e)]
    return _unique(a for e in ready for a in _list(e.get("addresses")))


@computed("endpointslice_endpoint_count")
def endpointslice_endpoint_count(row: dict, ctx: RowContext) -> int:
    return len(_slice_endpoints(row))


@computed("endpointslice_ready_count")
def endpointslice_ready_count(row: dict, ctx: RowContext) -> int:
    return sum(map(_slice_ready, _slice_endpoints(row)))


@computed("endpointslice_ports")
def endpointslice_ports(row: dict, ctx: RowContext) -> list[str]:
    return _unique(map(_port_text, _list(row.get("ports"))))


@computed("endpointslice_zones")
def endpointslice_zones(row: dict, ctx: RowContext) -> list[str]:
    # discovery/v1 has `zone`; v1beta1 kept it in the `topology` map.
    return _unique(
        e.get("zone") or _dict(e.get("topology")).get("topology.kubernetes.io/zone")
        for e in _slice_endpoints(row)
    )


@computed("endpointslice_nodes")
def endpointslice_nodes(row: dict, ctx: RowContext) -> list[str]:
    return _unique(
        e.get("nodeName") or _dict(e.get("topology")).get("kubernetes.io/hostname")
        for e in _slice_endpoints(row)
    )


@computed("endpointslice_target_pods")
def endpointslice_target_pods(row: dict, ctx: RowContext) -> list[str]:
    refs = [_dict(e.get("targetRef")) for e in _slice_endpoints(row)]
    return _unique(r.get("name") for r in refs if r.get("kind") == "Pod")


def _ingress_backend(backend: Any) -> str | None:
    """ "service:port" for a backend of networking/v1 (service.name) or v1beta1 (serviceName)."""
    backend = _dict(backend)
    service = _dict(backend.get("service"))
    if service:
        port = _dict(service.get("port"))
        port_text = _text(port.get("number") or port.get("name"))
        return f"{service.get('name')}:{port_text}" if port_text else service.get("name")
    if backend.get("serviceName"):
        port_text = _text(backend.get("servicePort"))
        return f"{backend['serviceName']}:{port_text}" if port_text else backend["serviceName"]
    resource = _dict(backend.get("resource"))
    return f"{resource.get('kind')}/{resource.get('name')}" if resource else None


def _ingress_default_backend(row: dict) -> Any:
    spec = _dict(row.get("spec"))
    return spec.get("defaultBackend") or spec.get("backend")  # v1 / v1beta1


def _ingress_paths(row: dict) -> list[tuple[str, str, Any]]:
    """(host, path, backend) for every path of every rule."""
    found = []
    for rule in _list(get_path(row, ("spec", "rules"))):
        rule = _dict(rule)
        for path in _list(get_path(rule, ("http", "paths"))):
            path = _dict(path)
            found.append((rule.get("host") or "*", path.get("path") or "/", path.get("backend")))
    return found


@computed("ingress_class")
def ingress_class(row: dict, ctx: RowContext) -> str | None:
    return get_path(row, ("spec", "ingressClassName")) or _annotation(row, "kubernetes.io/ingress.class")


@computed("ingress_hosts")
def ingress_hosts(row: dict, ctx: RowContext) -> list[str]:
    return _names(get_path(row, ("spec", "rules")), "host")


@computed("ingress_paths")
def ingress_paths(row: dict, ctx: RowContext) -> list[str]:
    return _unique(f"{host}{path}" for host, path, _ in _ingress_paths(row))


@computed("ingress_backends")
def ingress_backends(row: dict, ctx: RowContext) -> list[str]:
    backends = [b for _, _, b in _ingress_paths(row)] + [_ingress_default_backend(row)]
    return _unique(map(_ingress_backend, backends))


@computed("ingress_services")
def ingress_services(row: dict, ctx: RowContext) -> list[str]:
    backends = [_dict(b) for _, _, b in _ingress_paths(row)]
    backends.append(_dict(_ingress_default_backend(row)))
    return _unique(get_path(b, ("service", "name")) or b.get("serviceName") for b in backends)


@computed("ingress_default_backend")
def ingress_default_backend(row: dict, ctx: RowContext) -> str | None:
    return _ingress_backend(_ingress_default_backend(row))


@computed("ingress_tls")
def ingress_tls(row: dict, ctx: RowContext) -> bool:
    return bool(_list(get_path(row, ("spec", "tls"))))


@computed("ingress_tls_hosts")
def ingress_tls_hosts(row: dict, ctx: RowContext) -> list[str]:
    tls = _list(get_path(row, ("spec", "tls")))
    return _unique(h for t in tls for h in _list(_dict(t).get("hosts")))


@computed("ingress_tls_secrets")
def ingress_tls_secrets(row: dict, ctx: RowContext) -> list[str]:
    return _unique(_names(get_path(row, ("spec", "tls")), "secretName"))


@computed("ingress_class_is_default", metadata_only=True)
def ingress_class_is_default(row: dict, ctx: RowContext) -> bool:
    return _annotation(row, "ingressclass.kubernetes.io/is-default-class") == "true"


# --- config and storage --------------------------------------------------------------


@computed("configmap_keys")
def configmap_keys(row: dict, ctx: RowContext) -> list[str]:
    return sorted({*_dict(row.get("data")), *_dict(row.get("binaryData"))})


@computed("configmap_key_count")
def configmap_key_count(row: dict, ctx: RowContext) -> int:
    return len({*_dict(row.get("data")), *_dict(row.get("binaryData"))})


# Secrets: only the names of keys ever leave the object, never a value.


def _secret_keys(row: dict) -> list[str]:
    return sorted({*_dict(row.get("data")), *_dict(row.get("stringData"))})


@computed("secret_keys")
def secret_keys(row: dict, ctx: RowContext) -> list[str]:
    return _secret_keys(row)


@computed("secret_key_count")
def secret_key_count(row: dict, ctx: RowContext) -> int:
    return len(_secret_keys(row))


def _storage_class(row: dict) -> str | None:
    # storageClassName, or the beta annotation it replaced; "" means "no class".
    name = get_path(row, ("spec", "storageClassName"))
    if name is None:
        name = _annotation(row, "volume.beta.kubernetes.io/storage-class")
    return name or None


@computed("storage_class")
def storage_class(row: dict, ctx: RowContext) -> str | None:
    return _storage_class(row)


@computed("pv_claim")
def pv_claim(row: dict, ctx: RowContext) -> str | None:
    claim = _dict(get_path(row, ("spec", "claimRef")))
    return f"{claim.get('namespace')}/{claim.get('name')}" if claim.get("name") else None


_PV_FIELDS = {
    "accessModes",
    "capacity",
    "claimRef",
    "mountOptions",
    "nodeAffinity",
    "persistentVolumeReclaimPolicy",
    "storageClassName",
    "volumeMode",
    "volumeAttributesClassName",
}


@computed("pv_source_type")
def pv_source_type(row: dict, ctx: RowContext) -> str | None:
    spec = _dict(row.get("spec"))
    return next((k for k, v in spec.items() if k not in _PV_FIELDS and isinstance(v, dict)), None)


@computed("storageclass_is_default", metadata_only=True)
def storageclass_is_default(row: dict, ctx: RowContext) -> bool:
    return "true" in (
        _annotation(row, "storageclass.kubernetes.io/is-default-class"),
        _annotation(row, "storageclass.beta.kubernetes.io/is-default-class"),
    )


_flag_column("storageclass_allow_expansion", "allowVolumeExpansion")


# --- access control -----------------------------------------------------------------


def _rules(row: dict) -> list[dict]:
    return [r for r in _list(row.get("rules")) if isinstance(r, dict)]


def _rule_field(name: str, key: str) -> None:
    @computed(name)
    def column(row: dict, ctx: RowContext) -> list[str]:
        return _unique(v for r in _rules(row) for v in _list(r.get(key)))


_rule_field("rule_verbs", "verbs")
_rule_field("rule_resources", "resources")
_rule_field("rule_api_groups", "apiGroups")
_rule_field("rule_resource_names", "resourceNames")
_rule_field("rule_non_resource_urls", "nonResourceURLs")


@computed("rule_count")
def rule_count(row: dict, ctx: RowContext) -> int:
    return len(_rules(row))


@computed("clusterrole_aggregated")
def clusterrole_aggregated(row: dict, ctx: RowContext) -> bool:
    return isinstance(row.get("aggregationRule"), dict)


def _subjects(row: dict) -> list[dict]:
    return [s for s in _list(row.get("subjects")) if isinstance(s, dict)]


def _subject_text(subject: dict) -> str:
    namespace = subject.get("namespace")
    name = f"{namespace}/{subject.get('name')}" if namespace else subject.get("name")
    return f"{subject.get('kind')}:{name}"


@computed("binding_subjects")
def binding_subjects(row: dict, ctx: RowContext) -> list[str]:
    return _unique(map(_subject_text, _subjects(row)))


@computed("binding_subject_count")
def binding_subject_count(row: dict, ctx: RowContext) -> int:
    return len(_subjects(row))


@computed("binding_users")
def binding_users(row: dict, ctx: RowContext) -> list[str]:
    return _unique(s.get("name") for s in _subjects(row) if s.get("kind") == "User")


@computed("binding_groups")
def binding_groups(row: dict, ctx: RowContext) -> list[str]:
    return _unique(s.get("name") for s in _subjects(row) if s.get("kind") == "Group")


@computed("binding_service_accounts")
def binding_service_accounts(row: dict, ctx: RowContext) -> list[str]:
    # A ServiceAccount subject without a namespace means the binding's own namespace.
    own = get_path(row, ("metadata", "namespace"))
    return _unique(
        f"{s.get('namespace') or own}/{s.get('name')}"
        for s in _subjects(row)
        if s.get("kind") == "ServiceAccount"
    )


@computed("serviceaccount_secrets")
def serviceaccount_secrets(row: dict, ctx: RowContext) -> list[str]:
    return _names(row.get("secrets"))


@computed("serviceaccount_image_pull_secrets")
def serviceaccount_image_pull_secrets(row: dict, ctx: RowContext) -> list[str]:
    return _names(row.get("imagePullSecrets"))


# --- network policies ---------------------------------------------------------------


@computed("netpol_policy_types")
def netpol_policy_types(row: dict, ctx: RowContext) -> list[str]:
    spec = _dict(row.get("spec"))
    if _list(spec.get("policyTypes")):
        return _unique(spec["policyTypes"])
    # The API server's default: Ingress always, Egress when egress rules are given.
    return ["Ingress", "Egress"] if _list(spec.get("egress")) else ["Ingress"]


@computed("netpol_selects_all")
def netpol_selects_all(row: dict, ctx: RowContext) -> bool:
    selector = _dict(get_path(row, ("spec", "podSelector")))
    return not selector.get("matchLabels") and not selector.get("matchExpressions")


def _netpol_denies(direction: str, key: str) -> None:
    @computed(f"netpol_denies_all_{key}")
    def column(row: dict, ctx: RowContext) -> bool:
        types = netpol_policy_types(row, ctx)
        return direction in types and not _list(get_path(row, ("spec", key)))


_netpol_denies("Ingress", "ingress")
_netpol_denies("Egress", "egress")


@computed("netpol_ingress_rule_count")
def netpol_ingress_rule_count(row: dict, ctx: RowContext) -> int:
    return len(_list(get_path(row, ("spec", "ingress"))))


@computed("netpol_egress_rule_count")
def netpol_egress_rule_count(row: dict, ctx: RowContext) -> int:
    return len(_list(get_path(row, ("spec", "egress"))))


# --- horizontal pod autoscalers (autoscaling/v1, v2beta1, v2beta2, v2) -----------------

_HPA_V1_METRICS = "autoscaling.alpha.kubernetes.io/metrics"
_HPA_V1_CONDITIONS = "autoscaling.alpha.kubernetes.io/conditions"


def _json_annotation(row: dict, key: str) -> list:
    """autoscaling/v1 keeps the v2 fields it lacks in JSON annotations."""
    try:
        return _list(json.loads(_annotation(row, key) or "null"))
    except ValueError:
        return []


def _hpa_conditions(row: dict) -> list:
    conditions = _list(get_path(row, ("status", "conditions")))
    return conditions or _json_annotation(row, _HPA_V1_CONDITIONS)


def _cpu_resource_metric(metrics: Any) -> dict:
    for metric in _list(metrics):
        resource = _dict(_dict(metric).get("resource"))
        if _dict(metric).get("type") == "Resource" and resource.get("name") == "cpu":
            return resource
    return {}


@computed("hpa_min_replicas")
def hpa_min_replicas(row: dict, ctx: RowContext) -> int | None:
    return _int(get_path(row, ("spec", "minReplicas")), 1)  # the API default is 1


_int_column("hpa_current_replicas", "status", "currentReplicas")
_int_column("hpa_desired_replicas", "status", "desiredReplicas")


@computed("hpa_cpu_target_percent")
def hpa_cpu_target_percent(row: dict, ctx: RowContext) -> int | None:
    v1 = get_path(row, ("spec", "targetCPUUtilizationPercentage"))
    if v1 is not None:
        return _int(v1, None)
    metrics = get_path(row, ("spec", "metrics")) or _json_annotation(row, _HPA_V1_METRICS)
    cpu = _cpu_resource_metric(metrics)
    # v2/v2beta2: target.averageUtilization; v2beta1: targetAverageUtilization.
    target = get_path(cpu, ("target", "averageUtilization"))
    return _int(cpu.get("targetAverageUtilization") if target is None else target, None)


@computed("hpa_cpu_current_percent")
def hpa_cpu_current_percent(row: dict, ctx: RowContext) -> int | None:
    v1 = get_path(row, ("status", "currentCPUUtilizationPercentage"))
    if v1 is not None:
        return _int(v1, None)
    cpu = _cpu_resource_metric(get_path(row, ("status", "currentMetrics")))
    current = get_path(cpu, ("current", "averageUtilization"))
    return _int(cpu.get("currentAverageUtilization") if current is None else current, None)


@computed("hpa_metrics")
def hpa_metrics(row: dict, ctx: RowContext) -> list:
    metrics = _list(get_path(row, ("spec", "metrics"))) or _json_annotation(row, _HPA_V1_METRICS)
    cpu_v1 = get_path(row, ("spec", "targetCPUUtilizationPercentage"))
    if cpu_v1 is not None:
        target = {"type": "Utilization", "averageUtilization": cpu_v1}
        metrics = [*metrics, {"type": "Resource", "resource": {"name": "cpu", "target": target}}]
    return metrics


@computed("hpa_conditions")
def hpa_conditions(row: dict, ctx: RowContext) -> dict[str, str]:
    return _conditions_of(_hpa_conditions(row))


def _hpa_condition_column(name: str, kind: str) -> None:
    @computed(name)
    def column(row: dict, ctx: RowContext) -> bool | None:
        found = _conditions_of(_hpa_conditions(row)).get(kind)
        return None if found is None else found == "True"


_hpa_condition_column("hpa_able_to_scale", "AbleToScale")
_hpa_condition_column("hpa_scaling_active", "ScalingActive")
_hpa_condition_column("hpa_scaling_limited", "ScalingLimited")


# --- pod disruption budgets, quotas, limit ranges --------------------------------------


@computed("pdb_min_available")
def pdb_min_available(row: dict, ctx: RowContext) -> str | None:
    return _text(get_path(row, ("spec", "minAvailable")))


@computed("pdb_max_unavailable")
def pdb_max_unavailable(row: dict, ctx: RowContext) -> str | None:
    return _text(get_path(row, ("spec", "maxUnavailable")))


@computed("pdb_disruptions_allowed")
def pdb_disruptions_allowed(row: dict, ctx: RowContext) -> int | None:
    status = _dict(row.get("status"))
    # policy/v1beta1 before Kubernetes 1.15 called it podDisruptionsAllowed.
    return _int(status.get("disruptionsAllowed", status.get("podDisruptionsAllowed")))


_int_column("pdb_current_healthy", "status", "currentHealthy")
_int_column("pdb_desired_healthy", "status", "desiredHealthy")
_int_column("pdb_expected_pods", "status", "expectedPods")


@computed("quota_hard")
def quota_hard(row: dict, ctx: RowContext) -> dict[str, str] | None:
    return _str_map(get_path(row, ("spec", "hard")))


@computed("quota_used")
def quota_used(row: dict, ctx: RowContext) -> dict[str, str] | None:
    return _str_map(get_path(row, ("status", "used")))


@computed("quota_usage_percent")
def quota_usage_percent(row: dict, ctx: RowContext) -> dict[str, float]:
    """Per resource, used as a percentage of hard (resources with a hard limit above 0)."""
    hard = _dict(get_path(row, ("status", "hard"))) or _dict(get_path(row, ("spec", "hard")))
    used = _dict(get_path(row, ("status", "used")))
    usage = {}
    for name, limit in hard.items():
        limit_value, used_value = quantity_or_none(limit), quantity_or_none(used.get(name, 0))
        if limit_value and used_value is not None:
            usage[name] = round(100 * used_value / limit_value, 2)
    return usage


@computed("quota_max_usage_percent")
def quota_max_usage_percent(row: dict, ctx: RowContext) -> float | None:
    return max(quota_usage_percent(row, ctx).values(), default=None)


def _limitrange_column(name: str, section: str, resource: str) -> None:
    @computed(name)
    def column(row: dict, ctx: RowContext) -> float | None:
        for limit in _list(get_path(row, ("spec", "limits"))):
            if _dict(limit).get("type") == "Container":
                value = quantity_or_none(get_path(limit, (section, resource)))
                if value is not None:
                    return value
        return None


for _resource in ("cpu", "memory"):
    _limitrange_column(f"limitrange_default_{_resource}_limit", "default", _resource)
    _limitrange_column(f"limitrange_default_{_resource}_request", "defaultRequest", _resource)
    _limitrange_column(f"limitrange_max_{_resource}", "max", _resource)
    _limitrange_column(f"limitrange_min_{_resource}", "min", _resource)


@computed("limitrange_types")
def limitrange_types(row: dict, ctx: RowContext) -> list[str]:
    return _unique(_dict(limit).get("type") for limit in _list(get_path(row, ("spec", "limits"))))


# --- events ---------------------------------------------------------------------


@computed("event_count")
def event_count(row: dict, ctx: RowContext) -> int:
    # core/v1 `count`, or the series count of events written through events.k8s.io.
    return _int(row.get("count"), None) or _int(get_path(row, ("series", "count")), None) or 1


def _first_time(row: dict, *paths: tuple[str, ...]) -> datetime | None:
    return next(filter(None, (parse_time(get_path(row, p)) for p in paths)), None)


@computed("event_first_seen")
def event_first_seen(row: dict, ctx: RowContext) -> datetime | None:
    return _first_time(
        row,
        ("firstTimestamp",),
        ("eventTime",),
        ("metadata", "creationTimestamp"),
    )


@computed("event_last_seen")
def event_last_seen(row: dict, ctx: RowContext) -> datetime | None:
    # kubectl's LAST SEEN: lastTimestamp, else the series' last observation, else eventTime.
    return _first_time(
        row,
        ("lastTimestamp",),
        ("series", "lastObservedTime"),
        ("eventTime",),
        ("firstTimestamp",),
        ("metadata", "creationTimestamp"),
    )


@computed("event_source")
def event_source(row: dict, ctx: RowContext) -> str | None:
    return get_path(row, ("source", "component")) or row.get("reportingComponent") or None


@computed("event_object")
def event_object(row: dict, ctx: RowContext) -> str | None:
    involved = _dict(row.get("involvedObject"))
    if not involved.get("name"):
        return None
    return f"{str(involved.get('kind') or '').lower()}/{involved['name']}"


# --- custom resource definitions, leases, priority classes ------------------------------


@computed("crd_versions")
def crd_versions(row: dict, ctx: RowContext) -> list[str]:
    # apiextensions/v1beta1 could give a single spec.version instead of spec.versions.
    versions = _names(get_path(row, ("spec", "versions")))
    return versions or _unique([get_path(row, ("spec", "version"))])


@computed("crd_storage_version")
def crd_storage_version(row: dict, ctx: RowContext) -> str | None:
    versions = _list(get_path(row, ("spec", "versions")))
    stored = next((v.get("name") for v in versions if _dict(v).get("storage") is True), None)
    return stored or get_path(row, ("spec", "version"))


_condition_column("crd_established", "Established")


@computed("lease_expired", reads_now=True)
def lease_expired(row: dict, ctx: RowContext) -> bool | None:
    renewed = parse_time(get_path(row, ("spec", "renewTime")))
    seconds = _int(get_path(row, ("spec", "leaseDurationSeconds")), None)
    if renewed is None or seconds is None:
        return None
    return renewed + timedelta(seconds=seconds) < ctx.now


_flag_column("priorityclass_global_default", "globalDefault")
