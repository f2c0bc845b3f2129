"""A seeded demo cluster: what `kubectl get ... -o json` returns, with the usual failures.

`kq --demo` and the tests query it, so that questions have answers on a machine with
no cluster. Everything comes from `random.Random(seed)` and the fixed moment TAKEN_AT:
the same seed and size give byte-identical output. `pods` is the exact pod count.
"""

from __future__ import annotations

import argparse
import base64
import calendar
import gc
import gzip
import hashlib
import random
import time
from dataclasses import dataclass
from typing import Any

import orjson

TAKEN_AT = "2026-11-29T12:00:00Z"
NOW = calendar.timegm(time.strptime(TAKEN_AT, "%Y-%m-%dT%H:%M:%SZ"))
MIN, HOUR, DAY = 60, 3600, 86400
K8S_VERSION = "v1.29.10"
_SAFE = "bcdfghjklmnpqrstvwxz2456789"  # the alphabet Kubernetes uses for generated names
_ZONES = ("us-east-1a", "us-east-1b", "us-east-1c")
_INSTANCES = (("m5.2xlarge", 8, 32), ("m5.4xlarge", 16, 64), ("r5.2xlarge", 8, 64), ("m5.xlarge", 4, 16))
_KINDS = (
    "Namespace", "Node", "StorageClass", "PersistentVolume", "CustomResourceDefinition",
    "IngressClass", "ClusterRole", "ClusterRoleBinding", "ServiceAccount", "Secret", "ConfigMap",
    "Role", "RoleBinding", "ResourceQuota", "LimitRange", "Deployment", "ReplicaSet", "StatefulSet",
    "DaemonSet", "CronJob", "Job", "Pod", "Service", "Endpoints", "EndpointSlice", "Ingress",
    "NetworkPolicy", "PersistentVolumeClaim", "HorizontalPodAutoscaler", "PodDisruptionBudget",
    "Event",
)
_TOLERATIONS = [
    {"effect": "NoExecute", "key": "node.kubernetes.io/not-ready", "operator": "Exists",
     "tolerationSeconds": 300},
    {"effect": "NoExecute", "key": "node.kubernetes.io/unreachable", "operator": "Exists",
     "tolerationSeconds": 300},
]
_NAMESPACES = {
    "default": {}, "kube-system": {}, "kube-public": {}, "kube-node-lease": {},
    "cert-manager": {"team": "platform"}, "ingress-nginx": {"team": "platform"},
    "monitoring": {"team": "platform"},
    "payments": {"team": "payments", "environment": "production"},
    "checkout": {"team": "checkout", "environment": "production"},
    "frontend": {"team": "web", "environment": "production"},
    "data": {"team": "data-eng", "environment": "production"},
    "ml": {"team": "ml", "environment": "production"},
    "batch": {"team": "data-eng", "environment": "production"},
    "staging": {"team": "web", "environment": "staging"},
}


@dataclass
class _App:
    """One Deployment of the catalogue; `fault` names the failure its pods show."""

    ns: str
    name: str
    image: str
    port: int = 8080
    replicas: int = 2
    qos: str = "burstable"  # burstable | guaranteed | besteffort
    fault: str = ""
    scalable: bool = False  # replicas grow with the requested pod count
    config: bool = False  # mounts <name>-config and takes env from <name>-secrets
    init: str = ""  # name of an init container
    svc: str = "ClusterIP"  # Service type, "" for no Service


_R = "registry.acme.io"
_APPS = [
    _App("kube-system", "coredns", "registry.k8s.io/coredns/coredns:v1.11.1", 53, 2, svc=""),
    _App("kube-system", "metrics-server",
         "registry.k8s.io/metrics-server/metrics-server:v0.7.2", 10250, 1),
    _App("ingress-nginx", "ingress-nginx-controller",
         "registry.k8s.io/ingress-nginx/controller:v1.11.3", 80, 2, svc="LoadBalancer"),
    _App("cert-manager", "cert-manager", "quay.io/jetstack/cert-manager-controller:v1.15.3", 9402, 1),
    _App("cert-manager", "cert-manager-webhook",
         "quay.io/jetstack/cert-manager-webhook:v1.15.3", 10250, 1),
    _App("monitoring", "grafana", "docker.io/grafana/grafana:11.2.2", 3000, 1, svc="NodePort",
         config=True),
    _App("monitoring", "kube-state-metrics",
         "registry.k8s.io/kube-state-metrics/kube-state-metrics:v2.13.0", 8080, 1),
    _App("monitoring", "blackbox-exporter", "quay.io/prometheus/blackbox-exporter:v0.25.0", 9115, 1),
    _App("payments", "payments-api", f"{_R}/payments/payments-api:3.8.2", 8080, 4,
         "guaranteed", scalable=True, config=True, init="migrate-check"),
    _App("payments", "payments-worker", f"{_R}/payments/payments-worker:3.8.2", 8080, 3,
         scalable=True, config=True, svc=""),
    _App("payments", "fraud-detector", f"{_R}/payments/fraud-detector:1.14.0", 8080, 2,
         fault="crashloop", config=True),
    _App("payments", "ledger-service", f"{_R}/payments/ledger-service:2.2.7", 8080, 2,
         "guaranteed", scalable=True),
    _App("checkout", "checkout-api", f"{_R}/checkout/checkout-api:5.1.0", 8080, 4,
         scalable=True, config=True),
    _App("checkout", "cart-service", f"{_R}/checkout/cart-service:2.9.3", 8080, 3, scalable=True),
    _App("checkout", "recommendation", f"{_R}/checkout/recommendation:1.7.4", 8080, 3,
         fault="rollout-imagepull"),
    _App("checkout", "order-history", f"{_R}/checkout/order-history:4.0.1", 8080, 1,
         fault="init-crash", init="wait-for-db"),
    _App("checkout", "shipping-quote", f"{_R}/checkout/shipping-quote:0.9.12", 8080, 2,
         "besteffort", scalable=True),
    _App("frontend", "storefront", f"{_R}/web/storefront:12.4.0", 3000, 6, scalable=True,
         fault="unready-one", svc="LoadBalancer"),
    _App("frontend", "web-bff", f"{_R}/web/web-bff:12.4.0", 8080, 3, scalable=True, config=True),
    _App("frontend", "banner-service", f"{_R}/web/banner-service:0.3.1", 8080, 1,
         fault="mount-missing"),
    _App("frontend", "image-proxy", "docker.io/library/nginx:1.27.2", 80, 2, "besteffort",
         scalable=True),
    _App("data", "etl-api", f"{_R}/data/etl-api:0.42.0", 8080, 2, scalable=True),
    _App("data", "schema-registry", "docker.io/confluentinc/cp-schema-registry:7.7.1", 8081, 2,
         scalable=True),
    _App("data", "report-builder", f"{_R}/data/report-builder:2.0.3", 8080, 1, "guaranteed",
         fault="oom-now"),
    _App("data", "log-aggregator", "docker.io/grafana/loki:3.2.0", 3100, 2, fault="evicted"),
    _App("ml", "model-serving", f"{_R}/ml/model-serving:0.18.2", 8080, 3, "guaranteed",
         scalable=True),
    _App("ml", "feature-store", f"{_R}/ml/feature-store:1.3.0", 8080, 2, fault="oom-last",
         config=True),
    _App("ml", "embedding-service", f"{_R}/ml/embedding-service:0.6.0", 8080, 2,
         fault="pending-cpu"),
    _App("ml", "llm-finetune", f"{_R}/ml/llm-finetune:0.2.1", 8080, 1, fault="pending-gpu", svc=""),
    _App("staging", "storefront", f"{_R}/web/storefront:12.5.0-rc.1", 3000, 1, scalable=True),
    _App("staging", "payments-api", f"{_R}/payments/payments-api:3.9.0-rc.2", 8080, 1,
         scalable=True, config=True),
    _App("staging", "search-api", f"{_R}/web/search-api:0.8.0", 8080, 2, "besteffort",
         scalable=True),
    _App("staging", "legacy-api", f"{_R}/web/legacy-api:1.0.9", 8080, 2, fault="terminating"),
    _App("staging", "web-preview", "ghcr.io/acme-internal/web-preview:pr-4821", 8080, 1,
         fault="errimagepull"),
    _App("default", "hello-app", "gcr.io/google-samples/hello-app:2.0", 8080, 1),
]
# (namespace, name, image, port, replicas, volume size)
_STATEFULSETS = [
    ("data", "postgres", "docker.io/library/postgres:16.4", 5432, 3, "50Gi"),
    ("data", "kafka", "docker.io/bitnami/kafka:3.8.0", 9092, 3, "100Gi"),
    ("checkout", "redis", "docker.io/library/redis:7.2.5", 6379, 1, "8Gi"),
    ("payments", "ledger-db", "docker.io/library/postgres:16.4", 5432, 3, "200Gi"),
    ("monitoring", "prometheus-k8s", "quay.io/prometheus/prometheus:v2.54.1", 9090, 2, "100Gi"),
    ("monitoring", "alertmanager-main", "quay.io/prometheus/alertmanager:v0.27.0", 9093, 3, "10Gi"),
]
# (namespace, name, image, port, on control-plane nodes too)
_DAEMONSETS = [
    ("kube-system", "kube-proxy", f"registry.k8s.io/kube-proxy:{K8S_VERSION}", 10249, True),
    ("monitoring", "node-exporter", "quay.io/prometheus/node-exporter:v1.8.2", 9100, True),
    ("monitoring", "fluent-bit", "cr.fluentbit.io/fluent/fluent-bit:3.1.9", 2020, False),
]
# (namespace, name, period s, offset s, outcome of the latest run, image)
_CRONJOBS = [
    ("batch", "nightly-report", DAY, 2 * HOUR, "failed", f"{_R}/data/report-builder:2.0.3"),
    ("batch", "cache-warmer", 15 * MIN, 0, "complete", "docker.io/curlimages/curl:8.10.1"),
    ("data", "db-backup", 6 * HOUR, 30 * MIN, "complete", "docker.io/library/postgres:16.4"),
    ("batch", "cleanup-tmp", HOUR, 0, "suspended", "docker.io/library/busybox:1.36"),
]
_SCHEDULES = {DAY: "0 2 * * *", 15 * MIN: "*/15 * * * *", 6 * HOUR: "30 */6 * * *",
              HOUR: "0 * * * *"}
_TENANT_APPS = ("orders", "inventory", "billing", "accounts", "notifications", "search",
                "catalog", "reviews", "shipping", "pricing", "auth", "profile")


def _ts(t: float) -> str:
    """Render epoch seconds the way the API server does (RFC 3339, seconds, UTC)."""
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(int(t)))


def _b64(s: str | bytes) -> str:
    """Secret values are base64 in the API."""
    return base64.b64encode(s.encode() if isinstance(s, str) else s).decode()


def _full_image(image: str) -> str:
    """The image name the kubelet reports: Docker Hub names get their implicit prefix."""
    first, _, rest = image.partition("/")
    if rest and ("." in first or ":" in first):
        return image
    return f"docker.io/{image}" if rest else f"docker.io/library/{image}"


def _image_id(image: str) -> str:
    """A stable digest per image, so the same image has the same imageID everywhere."""
    full = _full_image(image)
    return f"{full.rsplit(':', 1)[0]}@sha256:{hashlib.sha256(full.encode()).hexdigest()}"


def _cpu_m(q: str) -> int:
    """CPU quantity to millicores."""
    return int(q[:-1]) if q.endswith("m") else int(float(q) * 1000)


def _mem_mi(q: str) -> int:
    """Memory quantity to MiB."""
    return int(q[:-2]) * 1024 if q.endswith("Gi") else int(q[:-2])


def _fresh(value: Any) -> Any:
    """A deep copy, so that no two objects share a nested dict or list."""
    return orjson.loads(orjson.dumps(value))


def _matches(labels: dict, selector: dict) -> bool:
    """Equality-based label selector match."""
    return all(labels.get(k) == v for k, v in selector.items())


class _Ctx:
    """The state of one run: the rng, counters, and the objects made so far."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.rv = 1000
        self.out: dict[str, list[dict]] = {k: [] for k in _KINDS}
        self.nodes: list[dict] = []
        self.workers: list[dict] = []
        self.pods: list[dict] = []
        self.ips: set[str] = set()
        self.services: list[dict] = []  # their Endpoints are made once all pods exist
        self.ca = self.pem("CERTIFICATE", 780)

    def uid(self) -> str:
        """A v4-shaped uid drawn from the rng."""
        h = f"{self.rng.getrandbits(128):032x}"
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[int(h[16], 16) & 3]}{h[17:20]}-{h[20:]}"

    def word(self, n: int) -> str:
        """A generated-name suffix such as the `x7kq2` in `web-5d9f8c7b6-x7kq2`."""
        return "".join([_SAFE[b % 27] for b in self.rng.randbytes(n)])

    def hex(self, n: int) -> str:
        """n random hex digits (container ids, hashes, tokens)."""
        return f"{self.rng.getrandbits(4 * n):0{n}x}"

    def pem(self, label: str, size: int) -> str:
        """A PEM block around random bytes: looks right, is nothing."""
        body = _b64(self.rng.randbytes(size))
        lines = "\n".join(body[i:i + 64] for i in range(0, len(body), 64))
        return f"-----BEGIN {label}-----\n{lines}\n-----END {label}-----\n"

    def cluster_ip(self) -> str:
        """A free Service IP in 10.96.0.0/12."""
        while True:
            ip = f"10.{96 + self.rng.randrange(16)}.{self.rng.randrange(256)}.{self.rng.randrange(1, 255)}"
            if ip not in self.ips:
                self.ips.add(ip)
                return ip

    def add(self, api: str, kind: str, meta: dict, **body: Any) -> dict:
        """Record an object of `kind` for the List."""
        obj = {"apiVersion": api, "kind": kind, "metadata": meta, **body}
        self.out[kind].append(obj)
        return obj

    def meta(self, name: str, created: float, ns: str | None = None, labels: dict | None = None,
             annotations: dict | None = None, owner: dict | None = None, **extra: Any) -> dict:
        """Object metadata with a fresh uid and resourceVersion."""
        self.rv += self.rng.randint(1, 60)
        m: dict[str, Any] = {"creationTimestamp": _ts(created), "name": name,
                             "resourceVersion": str(self.rv), "uid": self.uid(), **extra}
        if ns:
            m["namespace"] = ns
        if labels:
            m["labels"] = dict(labels)
        if annotations:
            m["annotations"] = dict(annotations)
        if owner:
            m["ownerReferences"] = [_ref(owner)]
        return m

    def event(self, obj: dict, reason: str, message: str, first: float, last: float | None = None,
              count: int = 1, warning: bool = False, component: str = "kubelet",
              host: str | None = None, field: str | None = None) -> None:
        """A core/v1 Event about `obj`, as the reporting component would have written it."""
        m = obj["metadata"]
        last = first if last is None else last
        inv = {"apiVersion": obj["apiVersion"], "kind": obj["kind"], "name": m["name"],
               "namespace": m.get("namespace", ""), "resourceVersion": m["resourceVersion"],
               "uid": m["uid"]}
        if not m.get("namespace"):
            del inv["namespace"]
        if field:
            inv["fieldPath"] = field
        name = f"{m['name']}.{int(first) * 10**9 + self.rng.randrange(10**9):x}"
        source = {"component": component, "host": host} if host else {"component": component}
        self.add("v1", "Event", self.meta(name, first, m.get("namespace") or "default"),
                 count=count, eventTime=None, firstTimestamp=_ts(first), involvedObject=inv,
                 lastTimestamp=_ts(last), message=message, reason=reason,
                 reportingComponent=component, reportingInstance=host or "", source=source,
                 type="Warning" if warning else "Normal")


def _ref(owner: dict) -> dict:
    """The controller ownerReference the owning controller sets on what it creates."""
    m = owner["metadata"]
    return {"apiVersion": owner["apiVersion"], "blockOwnerDeletion": True, "controller": True,
            "kind": owner["kind"], "name": m["name"], "uid": m["uid"]}


# --- cluster-scoped basics -------------------------------------------------------------------


def _namespaces(ctx: _Ctx, names: dict[str, dict], born: float) -> None:
    """Namespaces, each with the default ServiceAccount and the kube-root-ca.crt ConfigMap."""
    for ns, labels in names.items():
        created = born if ns.startswith(("kube-", "default")) else born + ctx.rng.uniform(DAY, 90 * DAY)
        lab = {"kubernetes.io/metadata.name": ns, **labels}
        if labels.get("environment") == "production":
            lab["pod-security.kubernetes.io/enforce"] = "baseline"
        ctx.add("v1", "Namespace", ctx.meta(ns, created, labels=lab),
                spec={"finalizers": ["kubernetes"]}, status={"phase": "Active"})
        ctx.add("v1", "ServiceAccount", ctx.meta("default", created + 1, ns))
        ctx.add("v1", "ConfigMap", ctx.meta("kube-root-ca.crt", created + 1, ns, annotations={
            "kubernetes.io/description": "Contains a CA bundle that can be used to verify the "
            "kube-apiserver when using internal endpoints such as the internal service IP or "
            "kubernetes.default.svc. No other usage is guaranteed across distributions of "
            "Kubernetes clusters."}), data={"ca.crt": ctx.ca})


def _node(ctx: _Ctx, name: str, idx: int, control: bool, created: float, state: str) -> dict:
    """A Node; `state` is ready, notready (kubelet gone quiet) or cordoned."""
    rng = ctx.rng
    itype, cpu, gib = ("m5.xlarge", 4, 16) if control else rng.choice(_INSTANCES)
    zone = _ZONES[idx % 3]
    ip = f"10.0.{16 * (idx % 3) + idx // 250 + 1}.{idx % 250 + 4}"
    labels = {"beta.kubernetes.io/arch": "amd64", "beta.kubernetes.io/instance-type": itype,
              "beta.kubernetes.io/os": "linux", "failure-domain.beta.kubernetes.io/region": "us-east-1",
              "failure-domain.beta.kubernetes.io/zone": zone, "kubernetes.io/arch": "amd64",
              "kubernetes.io/hostname": name, "kubernetes.io/os": "linux",
              "node.kubernetes.io/instance-type": itype, "topology.kubernetes.io/region": "us-east-1",
              "topology.kubernetes.io/zone": zone}
    if control:
        labels["node-role.kubernetes.io/control-plane"] = ""
        labels["node.kubernetes.io/exclude-from-external-load-balancers"] = ""
    else:
        labels["node.acme.io/pool"] = "general"
    cidr = f"10.{112 + idx // 256}.{idx % 256}.0/24"
    spec: dict[str, Any] = {"podCIDR": cidr, "podCIDRs": [cidr],
                            "providerID": f"aws:///{zone}/i-0{ctx.hex(16)}"}
    taints = [{"effect": "NoSchedule", "key": "node-role.kubernetes.io/control-plane"}] if control else []
    beat = NOW - rng.randint(5, 50)
    since = NOW - rng.randint(2 * MIN, 4 * MIN)  # when a notready/cordoned node changed
    if state == "notready":
        for effect in ("NoSchedule", "NoExecute"):
            taints.append({"effect": effect, "key": "node.kubernetes.io/unreachable",
                           "timeAdded": _ts(since + 5)})
        beat = since - 40
    elif state == "cordoned":
        since = NOW - rng.randint(90 * MIN, 3 * HOUR)
        spec["unschedulable"] = True
        taints.append({"effect": "NoSchedule", "key": "node.kubernetes.io/unschedulable",
                       "timeAdded": _ts(since)})
    if taints:
        spec["taints"] = taints

    def cond(kind: str, reason: str, msg: str, ok: str) -> dict:
        """A node condition; all Unknown once the kubelet has gone quiet."""
        if state == "notready":
            return {"lastHeartbeatTime": _ts(beat), "lastTransitionTime": _ts(since),
                    "message": "Kubelet stopped posting node status.", "reason": "NodeStatusUnknown",
                    "status": "Unknown", "type": kind}
        return {"lastHeartbeatTime": _ts(beat), "lastTransitionTime": _ts(created + 30),
                "message": msg, "reason": reason, "status": ok, "type": kind}

    conditions = [
        {"lastHeartbeatTime": _ts(created + 40), "lastTransitionTime": _ts(created + 40),
         "message": "Calico is running on this node", "reason": "CalicoIsUp", "status": "False",
         "type": "NetworkUnavailable"},
        cond("MemoryPressure", "KubeletHasSufficientMemory", "kubelet has sufficient memory available",
             "False"),
        cond("DiskPressure", "KubeletHasNoDiskPressure", "kubelet has no disk pressure", "False"),
        cond("PIDPressure", "KubeletHasSufficientPID", "kubelet has sufficient PID available", "False"),
        cond("Ready", "KubeletReady", "kubelet is posting ready status", "True"),
    ]
    mem_ki = gib * 1048576 - 383000
    capacity = {"cpu": str(cpu), "ephemeral-storage": "104845292Ki", "hugepages-1Gi": "0",
                "hugepages-2Mi": "0", "memory": f"{mem_ki}Ki", "pods": "110"}
    allocatable = {**capacity, "cpu": f"{cpu * 1000 - 70 - 10 * cpu}m",
                   "ephemeral-storage": "95551679124", "memory": f"{mem_ki - 1153434}Ki"}
    images = [{"names": [_image_id(img), _full_image(img)], "sizeBytes": rng.randint(8, 90) * 10**6}
              for img in (f"registry.k8s.io/kube-proxy:{K8S_VERSION}", "registry.k8s.io/pause:3.9",
                          "quay.io/prometheus/node-exporter:v1.8.2")]
    node = ctx.add("v1", "Node", ctx.meta(name, created, labels=labels, annotations={
        "kubeadm.alpha.kubernetes.io/cri-socket": "unix:///run/containerd/containerd.sock",
        "node.alpha.kubernetes.io/ttl": "0",
        "volumes.kubernetes.io/controller-managed-attach-detach": "true"}),
        spec=spec, status={
            "addresses": [{"address": ip, "type": "InternalIP"}, {"address": name, "type": "Hostname"},
                          {"address": f"ip-{ip.replace('.', '-')}.ec2.internal", "type": "InternalDNS"}],
            "allocatable": allocatable, "capacity": capacity, "conditions": conditions,
            "daemonEndpoints": {"kubeletEndpoint": {"Port": 10250}}, "images": images,
            "nodeInfo": {"architecture": "amd64", "bootID": ctx.uid(),
                         "containerRuntimeVersion": "containerd://1.7.22",
                         "kernelVersion": "6.5.0-1024-aws", "kubeProxyVersion": K8S_VERSION,
                         "kubeletVersion": K8S_VERSION, "machineID": ctx.hex(32),
                         "operatingSystem": "linux", "osImage": "Ubuntu 22.04.5 LTS",
                         "systemUUID": "ec2" + ctx.uid()[3:]}})
    ctx.nodes.append({"obj": node, "name": name, "ip": ip, "zone": zone, "control": control,
                      "created": created, "state": state, "since": since, "pods": 0, "next_ip": 2,
                      "cidr": cidr.rsplit(".", 1)[0] + ".", "cpu": cpu})
    return node


def _nodes(ctx: _Ctx, pods: int, born: float) -> None:
    """Control-plane and worker nodes: one NotReady, one cordoned, the rest fine."""
    workers = max(5, -(-pods // 45))
    controls = 1 if pods < 5000 else 3
    bad = ctx.rng.sample(range(workers), 2)
    for i in range(controls):
        _node(ctx, f"control-plane-{i + 1}", i, True, born + i * 60, "ready")
    for i in range(workers):
        state = "notready" if i == bad[0] else "cordoned" if i == bad[1] else "ready"
        age = ctx.rng.uniform(5 * DAY, 60 * DAY) if i >= 3 else 80 * DAY - i * HOUR
        _node(ctx, f"worker-{i + 1}", controls + i, False, NOW - age, state)
    ctx.workers = [n for n in ctx.nodes if not n["control"]]


def _place(ctx: _Ctx, created: float) -> tuple[dict, float]:
    """Pick a worker that could have taken a pod at `created`; the pod may be no older than it."""
    workers = ctx.workers
    for _ in range(200):
        n = workers[ctx.rng.randrange(len(workers))]
        if n["pods"] >= 100 or (n["state"] != "ready" and created > n["since"]):
            continue
        return n, max(created, n["created"] + ctx.rng.uniform(300, 2 * DAY))
    raise ValueError("no room left on the nodes")


# --- pods ------------------------------------------------------------------------------------


def _resources(ctx: _Ctx, qos: str, cpu_limit: bool = False) -> dict:
    """Container resources for a QoS class, with the usual round numbers."""
    if qos == "besteffort":
        return {}
    cpu = ctx.rng.choice(("50m", "100m", "100m", "250m", "250m", "500m", "1"))
    mem = ctx.rng.choice(("64Mi", "128Mi", "256Mi", "256Mi", "512Mi", "1Gi"))
    req = {"cpu": cpu, "memory": mem}
    if qos == "guaranteed":
        return {"limits": dict(req), "requests": req}
    lim_mem = f"{_mem_mi(mem) * 2}Mi" if mem.endswith("Mi") else "2Gi"
    return {"limits": {"memory": lim_mem}, "requests": req} if ctx.rng.random() < 0.5 and \
        not cpu_limit else \
        {"limits": {"cpu": f"{_cpu_m(cpu) * 2}m", "memory": lim_mem}, "requests": req}


def _container(name: str, image: str, port: int | None, resources: dict, mounts: list | None = None,
               probe: bool = True, **extra: Any) -> dict:
    """A container spec with the defaults the API server fills in."""
    c: dict[str, Any] = {"image": image, "imagePullPolicy": "IfNotPresent", "name": name,
                         "resources": resources, "terminationMessagePath": "/dev/termination-log",
                         "terminationMessagePolicy": "File", **_fresh(extra)}
    if port:
        c["ports"] = [{"containerPort": port, "name": "http" if port != 53 else "dns",
                       "protocol": "UDP" if port == 53 else "TCP"}]
        if probe and port != 53:
            c["readinessProbe"] = {"failureThreshold": 3, "httpGet": {
                "path": "/healthz", "port": port, "scheme": "HTTP"}, "periodSeconds": 10,
                "successThreshold": 1, "timeoutSeconds": 1}
    if mounts:
        c["volumeMounts"] = mounts
    return c


def _cstatus(ctx: _Ctx, c: dict, state: dict, ready: bool, restarts: int = 0,
             last: dict | None = None, pulled: bool = True) -> dict:
    """A container status; `state` is the running/waiting/terminated dict."""
    st = {"image": _full_image(c["image"]), "imageID": _image_id(c["image"]) if pulled else "",
          "lastState": last or {}, "name": c["name"], "ready": ready, "restartCount": restarts,
          "started": "running" in state, "state": state}
    if pulled and "waiting" not in state or restarts:
        st["containerID"] = f"containerd://{ctx.hex(64)}"
    return dict(sorted(st.items()))


def _term(ctx: _Ctx, reason: str, code: int, start: float, end: float) -> dict:
    """A container's terminated state (exit code, reason, start and end)."""
    return {"terminated": {"containerID": f"containerd://{ctx.hex(64)}", "exitCode": code,
                           "finishedAt": _ts(end), "reason": reason, "startedAt": _ts(start)}}


def _cond(kind: str, ok: bool, t: float, reason: str = "", msg: str = "") -> dict:
    """A pod condition; reason and message only where the kubelet sets them."""
    c: dict[str, Any] = {"lastProbeTime": None, "lastTransitionTime": _ts(t),
                         "status": "True" if ok else "False", "type": kind}
    if reason:
        c["reason"] = reason
    if msg:
        c["message"] = msg
    return c


def _pod_status(ctx: _Ctx, pod: dict, mode: str, node: dict | None, t0: float,
                detail: dict) -> dict:
    """Pod status for a mode (running, crashloop, imagepull, ...), as the kubelet reports it.

    `detail` carries what the mode needs: `since` (when trouble began), `why` (scheduler or
    eviction message), `end` (when a finished pod ended).
    """
    rng, spec, name = ctx.rng, pod["spec"], pod["metadata"]["name"]
    cs, inits = spec["containers"], spec.get("initContainers", [])
    main = cs[0]
    qos = _qos(cs + inits)
    if mode == "unschedulable":
        return {"conditions": [_cond("PodScheduled", False, t0, "Unschedulable", detail["why"])],
                "phase": "Pending", "qosClass": qos}
    up = t0 + rng.uniform(2, 40)
    init_st = [_cstatus(ctx, c, _term(ctx, "Completed", 0, t0 + 1, t0 + 2), True) for c in inits]
    run = [_cstatus(ctx, c, {"running": {"startedAt": _ts(up)}}, True) for c in cs]
    phase, ready, initialized, sandbox, extra = "Running", True, True, True, {}
    if mode == "running" and rng.random() < 0.08:  # an old, forgotten restart or two
        back = rng.uniform(up, NOW - HOUR)
        run[0] = _cstatus(ctx, main, {"running": {"startedAt": _ts(back)}}, True, rng.randint(1, 3),
                          _term(ctx, rng.choice(("Error", "Completed")), rng.choice((1, 0)),
                                up, back - 1))
    elif mode in ("crashloop", "init-crash"):
        bad = inits[0] if mode == "init-crash" else main
        since = detail["since"]
        restarts = int((NOW - since) / 330) + 5
        tried = NOW - rng.uniform(30, 280)
        st = _cstatus(ctx, bad, {"waiting": {
            "message": f"back-off 5m0s restarting failed container={bad['name']} pod={name}_"
                       f"{pod['metadata']['namespace']}({pod['metadata']['uid']})",
            "reason": "CrashLoopBackOff"}}, False, restarts,
            _term(ctx, "Error", 1, tried, tried + rng.uniform(1, 8)))
        ready = False
        if mode == "init-crash":
            init_st, initialized = [st], False
            run = [_cstatus(ctx, c, {"waiting": {"reason": "PodInitializing"}}, False, pulled=False)
                   for c in cs]
        else:
            run[0] = st
    elif mode in ("imagepull", "errimagepull"):
        img = _full_image(main["image"])
        msg = (f'Back-off pulling image "{main["image"]}"' if mode == "imagepull" else
               f'failed to pull and unpack image "{img}": failed to resolve reference "{img}": '
               f"pull access denied, repository does not exist or may require authorization: "
               f"server message: insufficient_scope: authorization failed")
        run[0] = _cstatus(ctx, main, {"waiting": {"message": msg, "reason": (
            "ImagePullBackOff" if mode == "imagepull" else "ErrImagePull")}}, False, pulled=False)
        phase, ready = "Pending", False
    elif mode == "creating":
        run = [_cstatus(ctx, c, {"waiting": {"reason": "ContainerCreating"}}, False, pulled=False)
               for c in cs]
        phase, ready, sandbox = "Pending", False, False
    elif mode in ("oom-now", "oom-last"):
        died = NOW - rng.uniform(90, 240) if mode == "oom-now" else NOW - rng.uniform(20, 50) * MIN
        last = _term(ctx, "OOMKilled", 137, died - rng.uniform(300, 900), died)
        state = (_term(ctx, "OOMKilled", 137, died + 10, NOW - rng.uniform(5, 30)) if mode == "oom-now"
                 else {"running": {"startedAt": _ts(died + 15)}})
        run[0] = _cstatus(ctx, main, state, mode == "oom-last", rng.randint(6, 14), last)
        ready = mode == "oom-last"
    elif mode == "unready":
        run[0] = _cstatus(ctx, main, {"running": {"startedAt": _ts(up)}}, False)
        ready = False
    elif mode in ("succeeded", "failed"):
        end = detail["end"]
        code, why = (0, "Completed") if mode == "succeeded" else (1, "Error")
        run = [_cstatus(ctx, c, _term(ctx, why, code, up, end), False) for c in cs]
        phase, ready, sandbox = "Succeeded" if code == 0 else "Failed", False, False
    elif mode == "evicted":
        phase, ready, sandbox = "Failed", False, False
        extra = {"message": detail["why"], "reason": "Evicted"}
        run = [_cstatus(ctx, c, {"terminated": {  # the kubelet lost track: a known 1.2x quirk
            "exitCode": 137, "finishedAt": None, "message": "The container could not be located "
            "when the pod was terminated", "reason": "ContainerStatusUnknown", "startedAt": None}},
            False, pulled=False) for c in cs if detail.get("lost")]
    done = phase in ("Succeeded", "Failed")
    not_ready = [s["name"] for s in run if not s["ready"]]
    why = ("PodCompleted" if phase == "Succeeded" else "PodFailed") if done else "ContainersNotReady"
    msg = "" if done else f"containers with unready status: [{' '.join(not_ready)}]"
    t_ready = detail.get("end") or (up + 5 if ready else max(up + 5, NOW - rng.uniform(60, 900)))
    conds = [_cond("PodReadyToStartContainers", sandbox, t0 + 2),
             _cond("Initialized", initialized, t0 + 3, *(() if initialized else (
                 "ContainersNotInitialized", f"containers with incomplete status: [{inits[0]['name']}]"))),
             _cond("Ready", ready, t_ready, *(() if ready else (why, msg))),
             _cond("ContainersReady", ready, t_ready, *(() if ready else (why, msg))),
             _cond("PodScheduled", True, t0)]
    if mode == "evicted":
        conds.insert(0, _cond("DisruptionTarget", True, detail["end"], "TerminationByKubelet",
                              extra["message"]))
    if node["state"] == "notready" and not done:  # the node controller's doing, not the kubelet's
        conds[2].update(status="False", lastTransitionTime=_ts(node["since"] + 5))
    st: dict[str, Any] = {"conditions": conds, "containerStatuses": run, "hostIP": node["ip"],
                          "hostIPs": [{"ip": node["ip"]}], "phase": phase, "qosClass": qos,
                          "startTime": _ts(t0 + 1), **extra}
    if init_st:
        st["initContainerStatuses"] = init_st
    if not run:
        del st["containerStatuses"]
    if sandbox or done:
        ip = node["ip"] if spec.get("hostNetwork") else node["cidr"] + str(node["next_ip"])
        node["next_ip"] = node["next_ip"] % 252 + 2
        st["podIP"], st["podIPs"] = ip, [{"ip": ip}]
    return st


def _qos(containers: list[dict]) -> str:
    """The QoS class the API server derives from requests and limits."""
    res = [c["resources"] for c in containers]
    if not any(r.get("requests") or r.get("limits") for r in res):
        return "BestEffort"
    if all(r.get("limits") and r.get("requests") == r["limits"] and len(r["limits"]) == 2
           for r in res):
        return "Guaranteed"
    return "Burstable"


def _pod(ctx: _Ctx, ns: str, name: str, labels: dict, owner: dict | None, created: float,
         containers: list[dict], volumes: list[dict], mode: str = "running", *,
         sa: str = "default", init: list | None = None, node: dict | None = None,
         detail: dict | None = None, token: bool = True, **spec_extra: Any) -> dict:
    """A Pod: spec as admitted (token volume, tolerations, defaults) and status for `mode`."""
    if token:
        tok = f"kube-api-access-{ctx.word(5)}"
        for c in containers + (init or []):
            c.setdefault("volumeMounts", []).append({
                "mountPath": "/var/run/secrets/kubernetes.io/serviceaccount", "name": tok,
                "readOnly": True})
        volumes = volumes + [{"name": tok, "projected": {"defaultMode": 420, "sources": [
            {"serviceAccountToken": {"expirationSeconds": 3607, "path": "token"}},
            {"configMap": {"items": [{"key": "ca.crt", "path": "ca.crt"}],
                           "name": "kube-root-ca.crt"}},
            {"downwardAPI": {"items": [{"fieldRef": {"apiVersion": "v1",
                                                     "fieldPath": "metadata.namespace"},
                                        "path": "namespace"}]}}]}}]
    if mode != "unschedulable" and node is None:
        node, created = _place(ctx, created)
    created = min(created, NOW - 150)  # leave room for start-up before the snapshot
    spec: dict[str, Any] = {"containers": containers, "dnsPolicy": "ClusterFirst",
                            "enableServiceLinks": True, "preemptionPolicy": "PreemptLowerPriority",
                            "priority": 0, "restartPolicy": "Always",
                            "schedulerName": "default-scheduler", "securityContext": {},
                            "serviceAccount": sa, "serviceAccountName": sa,
                            "terminationGracePeriodSeconds": 30,
                            "tolerations": _fresh(_TOLERATIONS), "volumes": _fresh(volumes),
                            **_fresh(spec_extra)}
    if init:
        spec["initContainers"] = init
    if node:
        spec["nodeName"] = node["name"]
        node["pods"] += 1
    meta = ctx.meta(name, created, ns, labels, owner=owner)
    if owner and owner["kind"] != "Node":
        sts = owner["kind"] == "StatefulSet"
        meta["generateName"] = name.rsplit("-", 1)[0] + "-" if sts else name[:-5]
    pod = ctx.add("v1", "Pod", meta, spec=spec)
    pod["status"] = _pod_status(ctx, pod, mode, node, created, detail or {})
    ctx.pods.append(pod)
    _pod_events(ctx, pod, mode, node, created, detail or {})
    return pod


def _pod_events(ctx: _Ctx, pod: dict, mode: str, node: dict | None, t0: float,
                detail: dict) -> None:
    """The events a pod leaves behind: start-up in the last hour, and whatever went wrong."""
    rng, m = ctx.rng, pod["metadata"]
    ns, name, host = m["namespace"], m["name"], node["name"] if node else None
    main = pod["spec"]["containers"][0]
    field = f"spec.containers{{{main['name']}}}"
    recent = NOW - rng.uniform(5, 90)
    if t0 > NOW - HOUR and node:
        ctx.event(pod, "Scheduled", f"Successfully assigned {ns}/{name} to {host}", t0,
                  component="default-scheduler")
        for c in pod["spec"]["containers"] if mode in ("running", "succeeded", "failed") else []:
            f = f"spec.containers{{{c['name']}}}"
            ctx.event(pod, "Pulled", f'Container image "{c["image"]}" already present on machine',
                      t0 + 3, host=host, field=f)
            ctx.event(pod, "Created", f"Created container {c['name']}", t0 + 3, host=host, field=f)
            ctx.event(pod, "Started", f"Started container {c['name']}", t0 + 4, host=host, field=f)
    if mode in ("crashloop", "init-crash", "oom-now"):
        bad = pod["spec"]["initContainers"][0] if mode == "init-crash" else main
        kind = "initContainers" if mode == "init-crash" else "containers"
        since = detail.get("since", t0)
        n = pod["status"].get("initContainerStatuses" if mode == "init-crash" else
                              "containerStatuses")[0]["restartCount"]
        ctx.event(pod, "BackOff", f"Back-off restarting failed container {bad['name']} in pod "
                  f"{name}_{ns}({m['uid']})", since + 60, recent, n * 4, True, host=host,
                  field=f"spec.{kind}{{{bad['name']}}}")
        ctx.event(pod, "Pulled", f'Container image "{bad["image"]}" already present on machine',
                  since, max(since, recent - 300), n, host=host,
                  field=f"spec.{kind}{{{bad['name']}}}")
    if mode in ("oom-now", "oom-last"):
        ctx.event(node["obj"], "OOMKilling", f"Memory cgroup out of memory: Killed process "
                  f"{rng.randint(2000, 90000)} (java) total-vm:{rng.randint(4, 9) * 10**6}kB, "
                  f"anon-rss:{rng.randint(900, 4000) * 1000}kB, file-rss:0kB, shmem-rss:0kB, "
                  f"UID:1000 pgtables:6120kB oom_score_adj:{-997 if mode == 'oom-now' else 985}",
                  max(t0, NOW - rng.uniform(2, 3) * HOUR), recent, rng.randint(6, 14), True,
                  "kernel-monitor", host)
    if mode in ("imagepull", "errimagepull"):
        img = main["image"]
        why = (f'rpc error: code = NotFound desc = failed to pull and unpack image "{img}": '
               f'failed to resolve reference "{img}": {img}: not found' if mode == "imagepull"
               else pod["status"]["containerStatuses"][0]["state"]["waiting"]["message"])
        n = rng.randint(8, 30)
        ctx.event(pod, "Pulling", f'Pulling image "{img}"', t0 + 2, recent, n, host=host, field=field)
        ctx.event(pod, "Failed", f'Failed to pull image "{img}": {why}', t0 + 3, recent, n, True,
                  host=host, field=field)
        ctx.event(pod, "Failed", "Error: ErrImagePull", t0 + 3, recent, n, True, host=host,
                  field=field)
        if mode == "imagepull":
            ctx.event(pod, "BackOff", f'Back-off pulling image "{img}"', t0 + 20, recent, n * 9,
                      host=host, field=field)
            ctx.event(pod, "Failed", "Error: ImagePullBackOff", t0 + 20, recent, n * 9, True,
                      host=host, field=field)
    elif mode == "creating":
        vol = pod["spec"]["volumes"][0]
        ctx.event(pod, "FailedMount", f'MountVolume.SetUp failed for volume "{vol["name"]}" : '
                  f'secret "{vol["secret"]["secretName"]}" not found', t0 + 1, recent,
                  int((NOW - t0) / 130), True, host=host)
    elif mode == "unready":
        ip, port = pod["status"]["podIP"], main["ports"][0]["containerPort"]
        ctx.event(pod, "Unhealthy", f'Readiness probe failed: Get "http://{ip}:{port}/healthz": '
                  "context deadline exceeded (Client.Timeout exceeded while awaiting headers)",
                  max(t0, NOW - rng.uniform(1, 4) * HOUR), recent, rng.randint(200, 1500), True,
                  host=host, field=field)
    elif mode == "unschedulable":
        ctx.event(pod, "FailedScheduling", detail["why"], t0, recent, int((NOW - t0) / 300) + 1,
                  True, "default-scheduler")
    elif mode == "evicted":
        ctx.event(pod, "Evicted", detail["why"], detail["end"], warning=True, host=host)
        ctx.event(pod, "Killing", f"Stopping container {main['name']}", detail["end"] + 1,
                  host=host, field=field)
    if node and node["state"] == "notready" and mode not in ("succeeded", "failed", "evicted"):
        ctx.event(pod, "NodeNotReady", "Node is not ready", node["since"] + 5, warning=True,
                  component="node-controller")


# --- workloads ---------------------------------------------------------------------------------


def _template(labels: dict, containers: list, volumes: list, init: list | None = None, *,
              sa: str = "default", restart: str = "Always", **extra: Any) -> dict:
    """A pod template as stored in a workload's spec (defaults filled in, no token volume)."""
    spec: dict[str, Any] = {"containers": containers, "dnsPolicy": "ClusterFirst",
                            "restartPolicy": restart, "schedulerName": "default-scheduler",
                            "securityContext": {}, "terminationGracePeriodSeconds": 30, **_fresh(extra)}
    if sa != "default":
        spec["serviceAccount"] = spec["serviceAccountName"] = sa
    if volumes:
        spec["volumes"] = volumes
    if init:
        spec["initContainers"] = init
    return {"metadata": {"creationTimestamp": None, "labels": dict(labels)}, "spec": spec}


def _ready(pod: dict, deleting_too: bool = False) -> bool:
    """Counted as ready by controllers: Ready condition True and (usually) not being deleted."""
    if "deletionTimestamp" in pod["metadata"] and not deleting_too:
        return False
    return any(c["type"] == "Ready" and c["status"] == "True" for c in pod["status"]["conditions"])


def _active(pod: dict) -> bool:
    """Counted by a ReplicaSet: not finished and not being deleted."""
    return pod["status"]["phase"] not in ("Succeeded", "Failed") and \
        "deletionTimestamp" not in pod["metadata"]


def _older(image: str, k: int) -> str:
    """The image of an earlier revision: the last version number stepped back."""
    repo, _, tag = image.rpartition(":")
    head, _, last = tag.rpartition(".")
    return f"{repo}:{head}.{int(last) - k}" if last.isdigit() and int(last) >= k and head else image


def _app_parts(app: _App, image: str, res: dict) -> tuple[list, list, list]:
    """Containers, volumes and init containers of an app (fresh dicts on every call)."""
    mounts, volumes = [], []
    extra: dict[str, Any] = {"env": [{"name": "LOG_LEVEL", "value": "info"},
                                     {"name": "POD_NAME", "valueFrom": {"fieldRef": {
                                         "apiVersion": "v1", "fieldPath": "metadata.name"}}}]}
    if app.config:
        mounts.append({"mountPath": f"/etc/{app.name}", "name": "config", "readOnly": True})
        volumes.append({"configMap": {"defaultMode": 420, "name": f"{app.name}-config"},
                        "name": "config"})
        extra["envFrom"] = [{"secretRef": {"name": f"{app.name}-secrets"}}]
    if app.fault == "mount-missing":
        mounts.append({"mountPath": "/etc/tls", "name": "tls", "readOnly": True})
        volumes.insert(0, {"name": "tls", "secret": {"defaultMode": 420,
                                                     "secretName": f"{app.name}-tls"}})
    copy = {k: dict(v) for k, v in res.items()}
    containers = [_container(app.name, image, app.port, copy, [dict(x) for x in mounts], **extra)]
    init = []
    if app.init:
        init = [_container(app.init, image if app.init != "wait-for-db" else
                           "docker.io/library/busybox:1.36", None,
                           {k: dict(v) for k, v in res.items()}, command=[
                               "sh", "-c", "until nc -z postgres.data 5432; do sleep 2; done"
                               if app.init == "wait-for-db" else "/app/bin/migrate --check"])]
    return containers, volumes, init


_PENDING_RES = {
    "pending-cpu": {"limits": {"cpu": "12", "memory": "24Gi"}, "requests": {"cpu": "12", "memory": "24Gi"}},
    "pending-gpu": {"limits": {"cpu": "8", "memory": "32Gi", "nvidia.com/gpu": "1"},
                    "requests": {"cpu": "4", "memory": "16Gi", "nvidia.com/gpu": "1"}},
}
_LIMITED = ("payments", "ml")  # namespaces with a LimitRange: every container sets limits
_BAD_START = {"crashloop", "rollout-imagepull", "init-crash", "errimagepull", "mount-missing",
              "pending-cpu", "pending-gpu"}  # faults a rollout never got past


def _unschedulable(ctx: _Ctx, what: str) -> str:
    """The scheduler's message when no node fits, counting the nodes the way it does."""
    n, cp = len(ctx.nodes), len(ctx.nodes) - len(ctx.workers)
    rest = len(ctx.workers) - 2
    why = sorted([f"{cp} node(s) had untolerated taint {{node-role.kubernetes.io/control-plane: }}",
                  "1 node(s) had untolerated taint {node.kubernetes.io/unreachable: }",
                  "1 node(s) were unschedulable", f"{rest} Insufficient {what}"])
    return (f"0/{n} nodes are available: {', '.join(why)}. preemption: 0/{n} nodes are available: "
            f"{n - rest} Preemption is not helpful for scheduling, {rest} No preemption victims "
            "found for incoming pod.")


def _fault_mode(ctx: _Ctx, app: _App, first: bool, since: float) -> tuple[str, dict]:
    """How a pod of the live ReplicaSet is doing, given its app's fault: (mode, detail)."""
    fault = app.fault
    if fault in ("crashloop", "init-crash", "errimagepull", "oom-now", "rollout-imagepull"):
        return fault.replace("rollout-", ""), {"since": since}
    if fault == "mount-missing":
        return "creating", {}
    if fault in _PENDING_RES:
        return "unschedulable", {"why": _unschedulable(ctx, "cpu" if fault == "pending-cpu"
                                                       else "nvidia.com/gpu")}
    if first and fault in ("unready-one", "oom-last"):
        return fault.replace("-one", ""), {}
    return "running", {}


def _deployment(ctx: _Ctx, app: _App, replicas: int, born: float) -> dict:
    """A Deployment with its ReplicaSets (current and old), pods, ConfigMap, Secret and Service."""
    rng = ctx.rng
    created = born + rng.uniform(0, 0.9 * (NOW - born))
    r = rng.random()
    rs_at = NOW - (rng.uniform(5 * MIN, 55 * MIN) if r < 0.1 else rng.uniform(HOUR, DAY)
                   if r < 0.3 else rng.uniform(DAY, 45 * DAY))
    if app.fault:  # trouble started a few hours ago, with the last rollout
        rs_at = NOW - rng.uniform(3 * HOUR, 8 * HOUR)
    created = min(created, rs_at - 3 * DAY)
    rev = rng.randint(1, 20) + 1
    sa = app.name if not app.ns.startswith("tenant-") else "default"
    labels = {"app": app.name}
    team = _NAMESPACES.get(app.ns, {}).get("team", app.ns)
    res = _PENDING_RES.get(app.fault) or _resources(ctx, app.qos, app.ns in _LIMITED)
    pull = [{"name": "regcred"}] if app.image.startswith(_R) else []
    extra = {"imagePullSecrets": pull} if pull else {}
    if app.fault == "pending-gpu":
        extra["nodeSelector"] = {"node.acme.io/pool": "gpu"}
    if sa != "default":
        ctx.add("v1", "ServiceAccount", ctx.meta(sa, created, app.ns, labels))
    if app.config:
        ctx.add("v1", "ConfigMap", ctx.meta(f"{app.name}-config", created, app.ns, labels), data={
            "application.yaml": f"server:\n  port: {app.port}\nlogging:\n  level: info\n"
                                f"tracing:\n  endpoint: http://otel-collector.monitoring:4317\n"})
        ctx.add("v1", "Secret", ctx.meta(f"{app.name}-secrets", created, app.ns, labels), type="Opaque",
                data={"DATABASE_URL": _b64(f"postgres://{app.name}:{ctx.hex(24)}@postgres.data:5432/"
                                           f"{app.name.replace('-', '_')}"),
                      "API_KEY": _b64(ctx.hex(40))})
    dep = ctx.add("apps/v1", "Deployment", ctx.meta(
        app.name, created, app.ns, {**labels, "team": team},
        {"deployment.kubernetes.io/revision": str(rev)}, generation=rev + rng.randint(0, 3)),
        spec={"progressDeadlineSeconds": 600, "replicas": replicas, "revisionHistoryLimit": 10,
              "selector": {"matchLabels": labels},
              "strategy": {"rollingUpdate": {"maxSurge": "25%", "maxUnavailable": "25%"},
                           "type": "RollingUpdate"},
              "template": _template(labels, *_app_parts(app, app.image, res), sa=sa, **extra)})
    # ReplicaSets, oldest first: up to two retired revisions scaled to 0, then the live one.
    # Mid-rollout the previous revision still runs every replica, and the new one has one pod.
    stuck = app.fault == "rollout-imagepull"
    plan = [(rev - k, _older(app.image, k), replicas if stuck and k == 1 else 0,
             rs_at - k * rng.uniform(2 * DAY, 20 * DAY)) for k in range(min(rev - 1, 2), 0, -1)]
    plan.append((rev, app.image, 1 if stuck else replicas, rs_at))
    sets = []
    for revision, image, n, at in plan:
        h = ctx.word(10)
        tl = {**labels, "pod-template-hash": h}
        rs = ctx.add("apps/v1", "ReplicaSet", ctx.meta(
            f"{app.name}-{h}", max(at, created), app.ns, tl, {
                "deployment.kubernetes.io/desired-replicas": str(replicas),
                "deployment.kubernetes.io/max-replicas": str(replicas + -(-replicas // 4)),
                "deployment.kubernetes.io/revision": str(revision)}, dep,
            generation=rng.randint(1, 3)),
            spec={"replicas": n, "selector": {"matchLabels": tl},
                  "template": _template(tl, *_app_parts(app, image, res), sa=sa, **extra)})
        live = revision == rev
        pods = []
        for i in range(n):
            mode, detail = _fault_mode(ctx, app, i == 0, at + 60) if live else ("running", {})
            t = at + rng.uniform(1, 90) if rng.random() < 0.9 else rng.uniform(at, NOW - 60)
            c, v, init = _app_parts(app, image, res)
            pods.append(_pod(ctx, app.ns, f"{rs['metadata']['name']}-{ctx.word(5)}", dict(tl), rs,
                             t, c, v, mode, sa=sa, init=init, detail=detail, **extra))
        if live and app.fault in ("evicted", "terminating"):
            pods += _extra_pods(ctx, app, rs, tl, image, res, sa, at, extra)
        _rs_status(rs, pods, n)
        sets.append((rs, n))
        if at > NOW - 3 * HOUR and n:
            ctx.event(dep, "ScalingReplicaSet", f"Scaled up replica set {rs['metadata']['name']} "
                      f"to {n}", at, component="deployment-controller")
    _deployment_status(dep, sets, app.fault)
    if app.svc:
        _service(ctx, app.ns, app.name, labels, [("http", 80, app.port)], app.svc, created)
    return dep


def _extra_pods(ctx: _Ctx, app: _App, rs: dict, labels: dict, image: str, res: dict, sa: str,
                at: float, extra: dict) -> list[dict]:
    """Pods a ReplicaSet no longer counts: evicted ones, and one stuck terminating."""
    rng, out = ctx.rng, []
    if app.fault == "evicted":
        whys = ["The node was low on resource: ephemeral-storage. Threshold quantity: 10486468Ki, "
                f"available: 8123204Ki. Container {app.name} was using 16Gi, request is 0, has "
                "larger consumption of ephemeral-storage. ",
                "The node was low on resource: memory. Threshold quantity: 100Mi, available: "
                "87124Ki. "]
        for why in whys:
            c, v, init = _app_parts(app, image, res)
            t = at + rng.uniform(60, 600)
            out.append(_pod(ctx, app.ns, f"{rs['metadata']['name']}-{ctx.word(5)}", dict(labels),
                            rs, t, c, v, "evicted", sa=sa, init=init, **extra,
                            detail={"why": why, "end": t + rng.uniform(0.3, 0.9) * (NOW - t),
                                    "lost": "ephemeral" in why}))
    else:
        c, v, init = _app_parts(app, image, res)
        pod = _pod(ctx, app.ns, f"{rs['metadata']['name']}-{ctx.word(5)}", dict(labels), rs,
                   at + rng.uniform(1, 60), c, v, sa=sa, init=init, **extra)
        gone = NOW - rng.uniform(8, 20) * MIN
        pod["metadata"].update(deletionGracePeriodSeconds=30, deletionTimestamp=_ts(gone))
        host = pod["spec"]["nodeName"]
        ctx.event(pod, "Killing", f"Stopping container {app.name}", gone - 30, host=host,
                  field=f"spec.containers{{{app.name}}}")
        ctx.event(pod, "FailedKillPod", f'error killing pod: failed to "KillContainer" for '
                  f'"{app.name}" with KillContainerError: "rpc error: code = DeadlineExceeded desc '
                  '= context deadline exceeded"', gone + 90, NOW - 30, 6, True, host=host)
        out.append(pod)
    return out


def _rs_status(rs: dict, pods: list[dict], replicas: int) -> None:
    """ReplicaSet status from its pods (zero counts left out, as the API does)."""
    active = [p for p in pods if _active(p)]
    ready = sum(_ready(p) for p in active)
    st: dict[str, Any] = {"fullyLabeledReplicas": len(active), "observedGeneration":
                          rs["metadata"]["generation"], "replicas": len(active)}
    if ready:
        st["availableReplicas"] = st["readyReplicas"] = ready
    if not replicas:
        del st["fullyLabeledReplicas"]
    rs["status"] = st


def _deployment_status(dep: dict, sets: list[tuple[dict, int]], fault: str) -> None:
    """Deployment status and conditions, summed over its ReplicaSets."""
    want = dep["spec"]["replicas"]
    new, total = sets[-1][0], sum(n for _, n in sets)
    avail = sum(rs["status"].get("availableReplicas", 0) for rs, _ in sets)
    t = dep["metadata"]["creationTimestamp"]
    last = new["metadata"]["creationTimestamp"]
    ok = avail >= want - want // 4
    st: dict[str, Any] = {"observedGeneration": dep["metadata"]["generation"], "replicas":
                          sum(rs["status"]["replicas"] for rs, _ in sets), "updatedReplicas":
                          new["status"]["replicas"]}
    if avail:
        st["availableReplicas"] = st["readyReplicas"] = avail
    if total - avail > 0:
        st["unavailableReplicas"] = total - avail
    if not st["updatedReplicas"]:
        del st["updatedReplicas"]
    rs_name = new["metadata"]["name"]
    progress = ({"message": f'ReplicaSet "{rs_name}" has timed out progressing.',
                 "reason": "ProgressDeadlineExceeded", "status": "False"} if fault in _BAD_START else
                {"message": f'ReplicaSet "{rs_name}" has successfully progressed.',
                 "reason": "NewReplicaSetAvailable", "status": "True"})
    st["conditions"] = [
        {"lastTransitionTime": t if ok else last, "lastUpdateTime": t if ok else last,
         "message": f"Deployment {'has' if ok else 'does not have'} minimum availability.",
         "reason": "MinimumReplicasAvailable" if ok else "MinimumReplicasUnavailable",
         "status": "True" if ok else "False", "type": "Available"},
        {"lastTransitionTime": last, "lastUpdateTime": last, **progress, "type": "Progressing"}]
    dep["status"] = st


def _statefulset(ctx: _Ctx, ns: str, name: str, image: str, port: int, replicas: int, size: str,
                 born: float) -> None:
    """A StatefulSet with headless and client Services, pods name-0..n and bound volumes."""
    rng = ctx.rng
    created = born + rng.uniform(0, 0.5 * (NOW - born))
    at = NOW - rng.uniform(DAY, 40 * DAY)
    labels = {"app": name}
    revision = f"{name}-{ctx.word(10)}"
    res = {"limits": {"cpu": "2", "memory": "4Gi"}, "requests": {"cpu": "500m", "memory": "2Gi"}}
    mount = [{"mountPath": "/data", "name": "data"}]
    claim = {"apiVersion": "v1", "kind": "PersistentVolumeClaim", "metadata": {
        "creationTimestamp": None, "name": "data"}, "spec": {
        "accessModes": ["ReadWriteOnce"], "resources": {"requests": {"storage": size}},
        "storageClassName": "gp3", "volumeMode": "Filesystem"}, "status": {"phase": "Pending"}}
    ctx.add("v1", "ServiceAccount", ctx.meta(name, created, ns, labels))
    sts = ctx.add("apps/v1", "StatefulSet", ctx.meta(name, created, ns, labels, generation=3), spec={
        "persistentVolumeClaimRetentionPolicy": {"whenDeleted": "Retain", "whenScaled": "Retain"},
        "podManagementPolicy": "OrderedReady", "replicas": replicas, "revisionHistoryLimit": 10,
        "selector": {"matchLabels": labels}, "serviceName": f"{name}-headless",
        "template": _template(labels, [_container(name, image, port, {k: dict(v) for k, v in res.items()},
                                                  [dict(m) for m in mount], probe=False)], [], sa=name),
        "updateStrategy": {"rollingUpdate": {"partition": 0}, "type": "RollingUpdate"},
        "volumeClaimTemplates": [claim]})
    pods = []
    for i in range(replicas):
        pname = f"{name}-{i}"
        pl = {**labels, "apps.kubernetes.io/pod-index": str(i), "controller-revision-hash": revision,
              "statefulset.kubernetes.io/pod-name": pname}
        node, t = _place(ctx, at + i * rng.uniform(20, 60))
        pvc = _bound_volume(ctx, ns, f"data-{pname}", size, labels, created, node)
        pods.append(_pod(ctx, ns, pname, pl, sts, t, [_container(
            name, image, port, {k: dict(v) for k, v in res.items()}, [dict(m) for m in mount],
            probe=False)], [{"name": "data", "persistentVolumeClaim": {"claimName": pvc}}],
            sa=name, node=node, hostname=pname, subdomain=f"{name}-headless"))
    ready = sum(_ready(p) for p in pods)
    sts["status"] = {"availableReplicas": ready, "collisionCount": 0, "currentReplicas": replicas,
                     "currentRevision": revision, "observedGeneration": 3, "readyReplicas": ready,
                     "replicas": replicas, "updateRevision": revision, "updatedReplicas": replicas}
    _service(ctx, ns, f"{name}-headless", labels, [("tcp", port, port)], "Headless", created)
    _service(ctx, ns, name, labels, [("tcp", port, port)], "ClusterIP", created)


def _bound_volume(ctx: _Ctx, ns: str, name: str, size: str, labels: dict, created: float,
                  node: dict) -> str:
    """A PVC dynamically provisioned by the EBS CSI driver, and the PV bound to it."""
    prov = "ebs.csi.aws.com"
    pvc = ctx.add("v1", "PersistentVolumeClaim", ctx.meta(name, created, ns, dict(labels), {
        "pv.kubernetes.io/bind-completed": "yes", "pv.kubernetes.io/bound-by-controller": "yes",
        "volume.beta.kubernetes.io/storage-provisioner": prov,
        "volume.kubernetes.io/selected-node": node["name"],
        "volume.kubernetes.io/storage-provisioner": prov},
        finalizers=["kubernetes.io/pvc-protection"]), spec={
        "accessModes": ["ReadWriteOnce"], "resources": {"requests": {"storage": size}},
        "storageClassName": "gp3", "volumeMode": "Filesystem"})
    m = pvc["metadata"]
    pv_name = f"pvc-{m['uid']}"
    pvc["spec"]["volumeName"] = pv_name
    pvc["status"] = {"accessModes": ["ReadWriteOnce"], "capacity": {"storage": size},
                     "phase": "Bound"}
    ctx.add("v1", "PersistentVolume", ctx.meta(pv_name, created + 5, annotations={
        "pv.kubernetes.io/provisioned-by": prov,
        "volume.kubernetes.io/provisioner-deletion-secret-name": "",
        "volume.kubernetes.io/provisioner-deletion-secret-namespace": ""}, finalizers=[
        "external-provisioner.volume.kubernetes.io/finalizer", "kubernetes.io/pv-protection"]),
        spec={"accessModes": ["ReadWriteOnce"], "capacity": {"storage": size},
              "claimRef": {"apiVersion": "v1", "kind": "PersistentVolumeClaim", "name": name,
                           "namespace": ns, "resourceVersion": m["resourceVersion"],
                           "uid": m["uid"]},
              "csi": {"driver": prov, "fsType": "ext4", "volumeHandle": f"vol-0{ctx.hex(16)}"},
              "nodeAffinity": {"required": {"nodeSelectorTerms": [{"matchExpressions": [{
                  "key": "topology.kubernetes.io/zone", "operator": "In",
                  "values": [node["zone"]]}]}]}},
              "persistentVolumeReclaimPolicy": "Delete", "storageClassName": "gp3",
              "volumeMode": "Filesystem"},
        status={"lastPhaseTransitionTime": _ts(created + 6), "phase": "Bound"})
    return name


def _daemonset(ctx: _Ctx, ns: str, name: str, image: str, port: int, everywhere: bool,
               born: float) -> None:
    """A DaemonSet with one pod per node it tolerates."""
    rng = ctx.rng
    at = NOW - rng.uniform(3 * DAY, 30 * DAY)
    labels = {"app.kubernetes.io/name": name}
    host = name != "fluent-bit"
    tol = [{"operator": "Exists"}] if everywhere else []
    tol += [{"effect": e, "key": f"node.kubernetes.io/{k}", "operator": "Exists"} for k, e in (
        ("not-ready", "NoExecute"), ("unreachable", "NoExecute"), ("disk-pressure", "NoSchedule"),
        ("memory-pressure", "NoSchedule"), ("pid-pressure", "NoSchedule"),
        ("unschedulable", "NoSchedule"))] + ([{"effect": "NoSchedule", "key":
                                               "node.kubernetes.io/network-unavailable",
                                               "operator": "Exists"}] if host else [])
    res = {"limits": {"memory": "128Mi"}, "requests": {"cpu": "100m", "memory": "64Mi"}}
    vols = [{"hostPath": {"path": "/var/log", "type": ""}, "name": "varlog"}]
    mounts = [{"mountPath": "/var/log", "name": "varlog", "readOnly": True}]
    extra = {"hostNetwork": True} if host else {}
    extra["priorityClassName"] = "system-node-critical"
    ctx.add("v1", "ServiceAccount", ctx.meta(name, born, ns, labels))
    ds = ctx.add("apps/v1", "DaemonSet", ctx.meta(name, born + rng.uniform(0, 9 * DAY), ns, labels,
                                                  {"deprecated.daemonset.template.generation": "4"},
                                                  generation=4),
                 spec={"revisionHistoryLimit": 10, "selector": {"matchLabels": labels},
                       "template": _template(labels, [_container(name, image, port, {
                           k: dict(v) for k, v in res.items()}, [dict(m) for m in mounts])], vols,
                           sa=name, tolerations=tol, **extra),
                       "updateStrategy": {"rollingUpdate": {"maxSurge": 0, "maxUnavailable": 1},
                                          "type": "RollingUpdate"}})
    rev = ctx.word(10)
    pods = []
    for node in ctx.nodes if everywhere else ctx.workers:
        pl = {**labels, "controller-revision-hash": rev, "pod-template-generation": "4"}
        aff = {"nodeAffinity": {"requiredDuringSchedulingIgnoredDuringExecution": {
            "nodeSelectorTerms": [{"matchFields": [{"key": "metadata.name", "operator": "In",
                                                    "values": [node["name"]]}]}]}}}
        pods.append(_pod(ctx, ns, f"{name}-{ctx.word(5)}", pl, ds,
                         max(at, node["created"] + 25) + rng.uniform(0, 20),
                         [_container(name, image, port, {k: dict(v) for k, v in res.items()},
                                     [dict(m) for m in mounts])], [dict(v) for v in vols], sa=name,
                         node=node, affinity=aff, tolerations=[dict(t) for t in tol],
                         priority=2000001000, **extra))
    n, ready = len(pods), sum(_ready(p) for p in pods)
    ds["status"] = {"currentNumberScheduled": n, "desiredNumberScheduled": n, "numberAvailable": ready,
                    "numberMisscheduled": 0, "numberReady": ready, "observedGeneration": 4,
                    "updatedNumberScheduled": n}
    if n - ready:
        ds["status"]["numberUnavailable"] = n - ready


def _static_pods(ctx: _Ctx, node: dict) -> None:
    """The control plane's mirror pods, owned by their Node."""
    for comp in ("etcd", "kube-apiserver", "kube-controller-manager", "kube-scheduler"):
        image = f"registry.k8s.io/{comp}:{K8S_VERSION if comp != 'etcd' else '3.5.15-0'}"
        c = _container(comp, image, None, {"requests": {"cpu": "250m" if comp != "kube-scheduler"
                                                        else "100m"}},
                       [{"mountPath": "/etc/kubernetes/pki", "name": "k8s-certs", "readOnly": True}],
                       command=[comp])
        pod = _pod(ctx, "kube-system", f"{comp}-{node['name']}",
                   {"component": comp, "tier": "control-plane"}, node["obj"],
                   node["created"] + 30, [c], [{"hostPath": {"path": "/etc/kubernetes/pki",
                                                             "type": "DirectoryOrCreate"},
                                                "name": "k8s-certs"}],
                   node=node, token=False, hostNetwork=True, priority=2000001000,
                   priorityClassName="system-node-critical",
                   tolerations=[{"effect": "NoExecute", "operator": "Exists"}])
        m = pod["metadata"]
        del m["ownerReferences"][0]["blockOwnerDeletion"]
        del pod["spec"]["serviceAccount"], pod["spec"]["serviceAccountName"]
        m["annotations"] = {"kubernetes.io/config.hash": ctx.hex(32),
                            "kubernetes.io/config.mirror": ctx.hex(32),
                            "kubernetes.io/config.seen": _ts(node["created"] + 20)[:-1] + ".117412307Z",
                            "kubernetes.io/config.source": "file"}


def _job(ctx: _Ctx, ns: str, name: str, image: str, outcome: str, start: float,
         cron: dict | None = None, backoff: int = 3, parallel: int = 1) -> dict:
    """A Job and its pods: complete, failed (backoff limit reached) or still running."""
    rng = ctx.rng
    meta = ctx.meta(name, start, ns, owner=cron, annotations={"batch.kubernetes.io/job-tracking": ""})
    uid = meta["uid"]
    labels = {"batch.kubernetes.io/controller-uid": uid, "batch.kubernetes.io/job-name": name,
              "controller-uid": uid, "job-name": name}
    meta["labels"] = dict(labels)
    if cron:
        meta["annotations"]["batch.kubernetes.io/cronjob-scheduled-timestamp"] = _ts(start)
    restart = "Never" if outcome == "failed" else "OnFailure"
    res = {"limits": {"cpu": "1", "memory": "1Gi"}, "requests": {"cpu": "250m", "memory": "512Mi"}}
    cmd = ["/bin/sh", "-c", f"/app/bin/{name.rsplit('-', 1)[0]}"]
    job = ctx.add("batch/v1", "Job", meta, spec={
        "backoffLimit": backoff, "completionMode": "NonIndexed", "completions": parallel,
        "manualSelector": False, "parallelism": parallel,
        "podReplacementPolicy": "TerminatingOrFailed", "selector": {"matchLabels": {
            "batch.kubernetes.io/controller-uid": uid}}, "suspend": False,
        "template": _template(dict(labels), [_container(name.split("-")[0], image, None, {
            k: dict(v) for k, v in res.items()}, command=cmd)], [], restart=restart)})
    tries = backoff + 1 if outcome == "failed" else parallel
    t, end = start + 1, start
    mode = {"complete": "succeeded", "failed": "failed"}.get(outcome, "running")
    for i in range(tries):  # a failed Job retries with exponential back-off
        end = t + rng.uniform(60, 600)
        node, created = _place(ctx, t)
        _pod(ctx, ns, f"{name}-{ctx.word(5)}", dict(labels), job, created, [_container(
            name.split("-")[0], image, None, {k: dict(v) for k, v in res.items()}, command=cmd)],
            [], mode, node=node, detail={"end": min(end, NOW - 30)}, restartPolicy=restart)
        ctx.event(job, "SuccessfulCreate", f"Created pod: {ctx.pods[-1]['metadata']['name']}", t,
                  component="job-controller")
        t = end + 10 * 2 ** i
    end = min(end, NOW - 30)
    st: dict[str, Any] = {"ready": 0, "startTime": _ts(start + 1), "uncountedTerminatedPods": {}}
    if outcome == "complete":
        st.update(completionTime=_ts(end + 1), succeeded=1, conditions=[{
            "lastProbeTime": _ts(end + 1), "lastTransitionTime": _ts(end + 1), "status": "True",
            "type": "Complete"}])
        ctx.event(job, "Completed", "Job completed", end + 1, component="job-controller")
    elif outcome == "failed":
        st.update(failed=tries, conditions=[{
            "lastProbeTime": _ts(end + 1), "lastTransitionTime": _ts(end + 1),
            "message": "Job has reached the specified backoff limit",
            "reason": "BackoffLimitExceeded", "status": "True", "type": "Failed"}])
        ctx.event(job, "BackoffLimitExceeded", "Job has reached the specified backoff limit",
                  end + 1, warning=True, component="job-controller")
    else:
        st.update(active=parallel, ready=parallel)
    job["status"] = st
    return job


def _batch(ctx: _Ctx, born: float) -> None:
    """CronJobs with their recent Jobs, and a few one-off Jobs."""
    rng = ctx.rng
    for ns, name, period, offset, outcome, image in _CRONJOBS:
        res = {"requests": {"cpu": "250m", "memory": "512Mi"}}
        cj = ctx.add("batch/v1", "CronJob", ctx.meta(name, born + rng.uniform(DAY, 200 * DAY), ns),
                     spec={"concurrencyPolicy": "Forbid", "failedJobsHistoryLimit": 1,
                           "jobTemplate": {"metadata": {"creationTimestamp": None}, "spec": {
                               "backoffLimit": 3, "template": _template({}, [_container(
                                   name.split("-")[0], image, None, res,
                                   command=["/bin/sh", "-c", f"/app/bin/{name}"])], [],
                                   restart="OnFailure")}},
                           "schedule": _SCHEDULES[period], "successfulJobsHistoryLimit": 3,
                           "suspend": outcome == "suspended"})
        last = (NOW - 60 - offset) // period * period + offset
        if outcome == "suspended":
            cj["status"] = {"lastScheduleTime": _ts(last - 9 * DAY)}
            continue
        runs = [last - i * period for i in range(4 if outcome == "failed" else 3)][::-1]
        good = None
        for t in runs:
            failed = t == runs[-1] and outcome == "failed"
            job = _job(ctx, ns, f"{name}-{t // 60}", image, "failed" if failed else "complete",
                       t, cj)
            ctx.event(cj, "SuccessfulCreate", f"Created job {job['metadata']['name']}", t,
                      component="cronjob-controller")
            good = good if failed else t
        cj["status"] = {"lastScheduleTime": _ts(runs[-1]), "lastSuccessfulTime": _ts(good + 200)}
    _job(ctx, "batch", "db-migrate-v42", f"{_R}/payments/payments-api:3.8.2", "complete",
         NOW - 6 * DAY)
    _job(ctx, "data", "backfill-orders-2026-11", f"{_R}/data/etl-api:0.42.0", "failed",
         NOW - 5 * HOUR, backoff=2)
    _job(ctx, "ml", "train-recsys-v7", f"{_R}/ml/trainer:0.9.0", "running", NOW - 50 * MIN,
         parallel=2)


def _bare_pods(ctx: _Ctx) -> None:
    """Pods someone started by hand: a debug shell, a finished curl test."""
    _pod(ctx, "default", "debug-netshoot", {"run": "debug-netshoot"}, None, NOW - 2 * DAY,
         [_container("debug-netshoot", "docker.io/nicolaka/netshoot:v0.13", None, {},
                     command=["sleep", "infinity"], stdin=True, tty=True)], [])
    _pod(ctx, "staging", "curl-test", {"run": "curl-test"}, None, NOW - 3 * HOUR,
         [_container("curl-test", "docker.io/curlimages/curl:8.10.1", None, {},
                     args=["-fsS", "http://storefront.staging/"])], [], "succeeded",
         detail={"end": NOW - 3 * HOUR + 20}, restartPolicy="Never")


# --- networking ----------------------------------------------------------------------------------


def _service(ctx: _Ctx, ns: str, name: str, selector: dict | None, ports: list[tuple],
             kind: str, created: float, ip: str | None = None) -> dict:
    """A Service; its Endpoints and EndpointSlices are made once all pods exist."""
    rng = ctx.rng
    spec: dict[str, Any] = {"clusterIP": "None" if kind == "Headless" else ip or ctx.cluster_ip()}
    spec.update(clusterIPs=[spec["clusterIP"]], internalTrafficPolicy="Cluster",
                ipFamilies=["IPv4"], ipFamilyPolicy="SingleStack")
    sp = []
    for pname, port, target in ports:
        p = {"name": pname, "port": port, "protocol": "UDP" if port == 53 else "TCP",
             "targetPort": target}
        if kind in ("NodePort", "LoadBalancer"):
            p["nodePort"] = rng.randint(30000, 32767)
        sp.append(p)
    spec["ports"] = sp
    if selector:
        spec["selector"] = dict(selector)
    spec.update(sessionAffinity="None", type="ClusterIP" if kind == "Headless" else kind)
    if kind == "Headless":
        spec["publishNotReadyAddresses"] = True
    status: dict[str, Any] = {"loadBalancer": {}}
    if kind in ("NodePort", "LoadBalancer"):
        spec["externalTrafficPolicy"] = "Cluster"
    if kind == "LoadBalancer":
        spec["allocateLoadBalancerNodePorts"] = True
        status["loadBalancer"] = {"ingress": [{"hostname": f"a{ctx.hex(32)}-{rng.randint(10**9, 2 * 10**9)}"
                                               ".us-east-1.elb.amazonaws.com"}]}
    labels = {"app": name} if selector else None
    svc = ctx.add("v1", "Service", ctx.meta(name, created, ns, labels), spec=spec, status=status)
    ctx.services.append(svc)
    return svc


def _endpoints(ctx: _Ctx) -> None:
    """Endpoints and EndpointSlices for every Service with a selector, from the pods it selects."""
    by_ns: dict[str, list[dict]] = {}
    for p in ctx.pods:
        by_ns.setdefault(p["metadata"]["namespace"], []).append(p)
    zones = {n["name"]: n["zone"] for n in ctx.nodes}
    for svc in ctx.services:
        m, spec = svc["metadata"], svc["spec"]
        if "selector" not in spec:
            continue
        ns, sel = m["namespace"], spec["selector"]
        ports = [{"name": p["name"], "port": p["targetPort"] if isinstance(p["targetPort"], int)
                  else p["port"], "protocol": p["protocol"]} for p in spec["ports"]]
        pods = [p for p in by_ns.get(ns, ()) if _matches(p["metadata"].get("labels", {}), sel)
                and p["status"].get("podIP") and p["status"]["phase"] in ("Running", "Pending")]
        seen = max([_ts(NOW - 3 * DAY)] + [p["metadata"]["creationTimestamp"] for p in pods])
        ann = {"endpoints.kubernetes.io/last-change-trigger-time": seen}
        ready, unready, slices = [], [], []
        for p in pods:
            gone = "deletionTimestamp" in p["metadata"]  # in slices as terminating, not in Endpoints
            ok = _ready(p) or (spec.get("publishNotReadyAddresses", False) and not gone)
            ref = {"kind": "Pod", "name": p["metadata"]["name"], "namespace": ns,
                   "uid": p["metadata"]["uid"]}
            node = p["spec"]["nodeName"]
            if not gone:
                (ready if ok else unready).append({"ip": p["status"]["podIP"], "nodeName": node,
                                                   "targetRef": ref})
            slices.append({"addresses": [p["status"]["podIP"]], "conditions": {
                "ready": ok, "serving": _ready(p, deleting_too=True),
                "terminating": gone}, "nodeName": node, "targetRef": dict(ref), "zone": zones[node]})
        subset: dict[str, Any] = {}
        if ready:
            subset["addresses"] = ready
        if unready:
            subset["notReadyAddresses"] = unready
        body = {"subsets": [{**subset, "ports": [dict(p) for p in ports]}]} if subset else {}
        ctx.add("v1", "Endpoints", ctx.meta(m["name"], _epoch(m["creationTimestamp"]), ns,
                                            m.get("labels"), dict(ann)), **body)
        for i in range(0, max(len(slices), 1), 100):
            lab = {**(m.get("labels") or {}), "endpointslice.kubernetes.io/managed-by":
                   "endpointslice-controller.k8s.io", "kubernetes.io/service-name": m["name"]}
            meta = ctx.meta(f"{m['name']}-{ctx.word(5)}", _epoch(m["creationTimestamp"]), ns, lab,
                            dict(ann), svc, generateName=f"{m['name']}-", generation=len(pods) + 1)
            ctx.add("discovery.k8s.io/v1", "EndpointSlice", meta, addressType="IPv4",
                    endpoints=slices[i:i + 100] or None, ports=[dict(p) for p in ports])


def _epoch(ts: str) -> int:
    """Parse back a timestamp rendered by _ts."""
    return calendar.timegm(time.strptime(ts, "%Y-%m-%dT%H:%M:%SZ"))


def _ingresses(ctx: _Ctx, born: float) -> None:
    """The nginx IngressClass and the Ingresses in front of the public Services."""
    ctx.add("networking.k8s.io/v1", "IngressClass", ctx.meta(
        "nginx", born + 5 * DAY, labels={"app.kubernetes.io/name": "ingress-nginx"},
        annotations={"ingressclass.kubernetes.io/is-default-class": "true"}, generation=1),
        spec={"controller": "k8s.io/ingress-nginx"})
    lb = next(s for s in ctx.services if s["metadata"]["name"] == "ingress-nginx-controller")
    for ns, name, host, paths, tls in (
            ("frontend", "storefront", "shop.acme.io", [("/", "storefront"), ("/api", "web-bff")],
             "storefront-tls"),
            ("payments", "payments-api", "pay.acme.io", [("/", "payments-api")], "payments-api-tls"),
            ("monitoring", "grafana", "grafana.internal.acme.io", [("/", "grafana")], ""),
            ("staging", "storefront", "staging.acme.io", [("/", "storefront")], "staging-tls")):
        spec: dict[str, Any] = {"ingressClassName": "nginx", "rules": [{"host": host, "http": {
            "paths": [{"backend": {"service": {"name": svc, "port": {"number": 80}}}, "path": path,
                       "pathType": "Prefix"} for path, svc in paths]}}]}
        ann = {"nginx.ingress.kubernetes.io/proxy-body-size": "8m"}
        if tls:
            spec["tls"] = [{"hosts": [host], "secretName": tls}]
            ann["cert-manager.io/cluster-issuer"] = "letsencrypt-prod"
        ctx.add("networking.k8s.io/v1", "Ingress", ctx.meta(
            name, born + ctx.rng.uniform(10 * DAY, 300 * DAY), ns, {"app": name}, ann, generation=1),
            spec=spec, status={"loadBalancer": _fresh(lb["status"]["loadBalancer"])})


def _network_policies(ctx: _Ctx, born: float) -> None:
    """A default-deny, and the allow rules that let ingress, apps and Prometheus through."""
    def ns_sel(*names: str) -> dict:
        """A peer matching namespaces by name."""
        return {"namespaceSelector": {"matchExpressions": [{
            "key": "kubernetes.io/metadata.name", "operator": "In", "values": list(names)}]}}

    for ns, name, pods, rules, types in (
            ("payments", "default-deny-ingress", {}, [], ["Ingress"]),
            ("payments", "allow-from-ingress-nginx", {"app": "payments-api"},
             [{"from": [ns_sel("ingress-nginx")], "ports": [{"port": 8080, "protocol": "TCP"}]}],
             ["Ingress"]),
            ("data", "postgres-from-apps", {"app": "postgres"},
             [{"from": [ns_sel("payments", "checkout", "data", "batch")],
               "ports": [{"port": 5432, "protocol": "TCP"}]}], ["Ingress"]),
            ("monitoring", "allow-prometheus-scrape", {},
             [{"from": [{"podSelector": {"matchLabels": {"app": "prometheus-k8s"}}}]}], ["Ingress"]),
            ("frontend", "allow-web", {"app": "storefront"}, [{"ports": [
                {"port": 3000, "protocol": "TCP"}]}], ["Ingress"])):
        ctx.add("networking.k8s.io/v1", "NetworkPolicy", ctx.meta(
            name, born + ctx.rng.uniform(30 * DAY, 300 * DAY), ns, generation=1),
            spec={"ingress": rules, "podSelector": {"matchLabels": pods} if pods else {},
                  "policyTypes": types})


# --- storage -------------------------------------------------------------------------------------


def _storage(ctx: _Ctx, born: float) -> None:
    """StorageClasses, spare and released PVs, and PVCs that stay Pending."""
    for name, prov, mode, default in (("gp3", "ebs.csi.aws.com", "WaitForFirstConsumer", True),
                                      ("gp2", "kubernetes.io/aws-ebs", "WaitForFirstConsumer", False),
                                      ("efs-sc", "efs.csi.aws.com", "Immediate", False),
                                      ("local-storage", "kubernetes.io/no-provisioner",
                                       "WaitForFirstConsumer", False)):
        ann = {"storageclass.kubernetes.io/is-default-class": "true"} if default else None
        sc: dict[str, Any] = {"provisioner": prov, "reclaimPolicy": "Delete",
                              "volumeBindingMode": mode}
        if prov.startswith("ebs"):
            sc.update(allowVolumeExpansion=True, parameters={"encrypted": "true", "type": "gp3"})
        ctx.add("storage.k8s.io/v1", "StorageClass", ctx.meta(name, born + 60, annotations=ann), **sc)
    for name, phase, claim in (("nfs-archive-01", "Available", None),
                               ("nfs-archive-02", "Available", None),
                               (f"pvc-{ctx.uid()}", "Released", ("data", "old-analytics"))):
        t = born + ctx.rng.uniform(20 * DAY, 200 * DAY)
        spec: dict[str, Any] = {"accessModes": ["ReadWriteMany"], "capacity": {"storage": "500Gi"},
                                "nfs": {"path": f"/exports/{name}", "server": "10.0.200.15"},
                                "persistentVolumeReclaimPolicy": "Retain",
                                "storageClassName": "", "volumeMode": "Filesystem"}
        if claim:
            spec["claimRef"] = {"apiVersion": "v1", "kind": "PersistentVolumeClaim",
                                "name": claim[1], "namespace": claim[0],
                                "resourceVersion": str(ctx.rv - 900), "uid": ctx.uid()}
        ctx.add("v1", "PersistentVolume", ctx.meta(name, t, finalizers=["kubernetes.io/pv-protection"]),
                spec=spec, status={"lastPhaseTransitionTime": _ts(t + DAY), "phase": phase})
    for ns, name, sc, size, reason, msg, warn in (
            ("data", "analytics-scratch", "premium-rwo", "200Gi", "ProvisioningFailed",
             'storageclass.storage.k8s.io "premium-rwo" not found', True),
            ("ml", "datasets-cache", "local-storage", "500Gi", "WaitForFirstConsumer",
             "waiting for first consumer to be created before binding", False),
            ("staging", "uploads", "efs-sc", "20Gi", "ExternalProvisioning",
             "Waiting for a volume to be created either by the external provisioner "
             "'efs.csi.aws.com' or manually by the system administrator. If volume creation is "
             "delayed, please verify that the provisioner is running and correctly registered.",
             False)):
        t = NOW - ctx.rng.uniform(2 * HOUR, 30 * HOUR)
        ann = ({"volume.beta.kubernetes.io/storage-provisioner": "efs.csi.aws.com",
                "volume.kubernetes.io/storage-provisioner": "efs.csi.aws.com"} if sc == "efs-sc"
               else None)
        pvc = ctx.add("v1", "PersistentVolumeClaim", ctx.meta(
            name, t, ns, annotations=ann, finalizers=["kubernetes.io/pvc-protection"]),
            spec={"accessModes": ["ReadWriteOnce"], "resources": {"requests": {"storage": size}},
                  "storageClassName": sc, "volumeMode": "Filesystem"}, status={"phase": "Pending"})
        ctx.event(pvc, reason, msg, t + 2, NOW - ctx.rng.uniform(10, 300), int((NOW - t) / 15),
                  warn, "persistentvolume-controller")


# --- access control ------------------------------------------------------------------------------


_READ = ["get", "list", "watch"]
_WRITE = ["create", "delete", "deletecollection", "patch", "update"]
_CORE = ["pods", "services", "endpoints", "configmaps", "persistentvolumeclaims", "events"]
_APPS_RES = ["deployments", "replicasets", "statefulsets", "daemonsets"]


def _rbac(ctx: _Ctx, born: float, tenants: list[str]) -> None:
    """Built-in and team ClusterRoles, Roles, and bindings to users, groups and ServiceAccounts."""
    boot = {"kubernetes.io/bootstrapping": "rbac-defaults"}
    auto = {"rbac.authorization.kubernetes.io/autoupdate": "true"}

    def role(kind: str, name: str, rules: list, ns: str | None = None, labels: dict | None = None,
             **extra: Any) -> None:
        """A Role or ClusterRole; built-in ones carry the bootstrapping label and annotation."""
        ctx.add("rbac.authorization.k8s.io/v1", kind, ctx.meta(
            name, born + (0 if labels == boot else ctx.rng.uniform(DAY, 300 * DAY)), ns, labels,
            auto if labels == boot else None), rules=rules, **extra)

    def rule(groups: list, resources: list, verbs: list) -> dict:
        """A policy rule (fresh lists, so roles share nothing)."""
        return {"apiGroups": list(groups), "resources": list(resources), "verbs": list(verbs)}

    role("ClusterRole", "cluster-admin", [rule(["*"], ["*"], ["*"]),
                                          {"nonResourceURLs": ["*"], "verbs": ["*"]}], labels=boot)
    for name, verbs in (("admin", _READ + _WRITE), ("edit", _READ + _WRITE), ("view", _READ)):
        res = _CORE + (["secrets"] if name != "view" else [])
        role("ClusterRole", name, [rule([""], res, verbs), rule(["apps"], _APPS_RES, verbs),
                                   rule(["batch"], ["jobs", "cronjobs"], verbs)], labels=boot,
             aggregationRule={"clusterRoleSelectors": [{"matchLabels": {
                 f"rbac.authorization.k8s.io/aggregate-to-{name}": "true"}}]})
    role("ClusterRole", "system:node-proxier", [rule([""], ["endpoints", "services"], _READ),
                                                rule([""], ["nodes"], _READ)], labels=boot)
    role("ClusterRole", "prometheus-k8s", [rule([""], ["nodes/metrics", "services", "endpoints",
                                                       "pods"], _READ),
                                           {"nonResourceURLs": ["/metrics"], "verbs": ["get"]}])
    role("ClusterRole", "namespace-viewer", [rule([""], ["namespaces"], _READ)])
    role("Role", "secret-reader", [rule([""], ["secrets"], ["get", "list"])], "payments")
    role("Role", "job-runner", [rule(["batch"], ["jobs"], _READ + ["create"])], "batch")

    def bind(kind: str, name: str, ref: tuple, subjects: list, ns: str | None = None) -> None:
        """A (Cluster)RoleBinding; subjects are (kind, name, namespace of a ServiceAccount)."""
        subs = [{"kind": k, "name": n, **({"namespace": s} if s else {"apiGroup":
                                                                      "rbac.authorization.k8s.io"})}
                for k, n, s in subjects]
        ctx.add("rbac.authorization.k8s.io/v1", kind, ctx.meta(
            name, born + ctx.rng.uniform(0, 300 * DAY), ns),
            roleRef={"apiGroup": "rbac.authorization.k8s.io", "kind": ref[0], "name": ref[1]},
            subjects=subs)

    cr = "ClusterRole"
    bind("ClusterRoleBinding", "cluster-admin", (cr, "cluster-admin"),
         [("Group", "system:masters", None)])
    bind("ClusterRoleBinding", "platform-admins", (cr, "cluster-admin"),
         [("User", "alice@acme.io", None), ("User", "dave@acme.io", None)])
    bind("ClusterRoleBinding", "sre-oncall-view", (cr, "view"), [("Group", "sre-oncall", None)])
    bind("ClusterRoleBinding", "kubeadm:node-proxier", (cr, "system:node-proxier"),
         [("ServiceAccount", "kube-proxy", "kube-system")])
    bind("ClusterRoleBinding", "prometheus-k8s", (cr, "prometheus-k8s"),
         [("ServiceAccount", "prometheus-k8s", "monitoring")])
    bind("ClusterRoleBinding", "namespace-viewers", (cr, "namespace-viewer"),
         [("Group", "system:authenticated", None)])
    bind("RoleBinding", "payments-team-edit", (cr, "edit"), [("Group", "payments-team", None)],
         "payments")
    bind("RoleBinding", "payments-secret-reader", ("Role", "secret-reader"),
         [("ServiceAccount", "payments-api", "payments")], "payments")
    bind("RoleBinding", "checkout-team-edit", (cr, "edit"), [("Group", "checkout-team", None)],
         "checkout")
    bind("RoleBinding", "ml-engineers-admin", (cr, "admin"), [("Group", "ml-engineers", None)], "ml")
    bind("RoleBinding", "analysts-view", (cr, "view"), [("User", "bob@acme.io", None),
                                                         ("User", "carol@acme.io", None)], "data")
    bind("RoleBinding", "ci-deployer", (cr, "edit"), [("ServiceAccount", "ci-deployer", "default")],
         "staging")
    bind("RoleBinding", "batch-job-runner", ("Role", "job-runner"),
         [("ServiceAccount", "default", "batch"), ("User", "erin@acme.io", None)], "batch")
    for ns in tenants:
        bind("RoleBinding", f"{ns}-edit", (cr, "edit"), [("Group", f"{ns}-devs", None)], ns)


def _crds(ctx: _Ctx, born: float) -> None:
    """A few CustomResourceDefinitions, as cert-manager and prometheus-operator install them."""
    def col(name: str, path: str, kind: str = "string", prio: int = 0) -> dict:
        """An additionalPrinterColumn, as kubectl get shows it."""
        c = {"jsonPath": path, "name": name, "type": kind}
        return {**c, "priority": prio} if prio else c

    ready = '.status.conditions[?(@.type=="Ready")]'
    for group, kind, plural, short, cols in (
            ("cert-manager.io", "Certificate", "certificates", ["cert", "certs"],
             [col("Ready", f"{ready}.status"), col("Secret", ".spec.secretName"),
              col("Issuer", ".spec.issuerRef.name", prio=1),
              col("Status", f"{ready}.message", prio=1),
              col("Age", ".metadata.creationTimestamp", "date")]),
            ("cert-manager.io", "ClusterIssuer", "clusterissuers", [],
             [col("Ready", f"{ready}.status"), col("Age", ".metadata.creationTimestamp", "date")]),
            ("monitoring.coreos.com", "ServiceMonitor", "servicemonitors", ["smon"], [])):
        t = born + ctx.rng.uniform(10 * DAY, 100 * DAY)
        scope = "Cluster" if kind == "ClusterIssuer" else "Namespaced"
        names = {"categories": ["cert-manager"] if group == "cert-manager.io" else
                 ["prometheus-operator"], "kind": kind, "listKind": f"{kind}List",
                 "plural": plural, "singular": kind.lower()}
        if short:
            names["shortNames"] = short
        version = {"name": "v1", "schema": {"openAPIV3Schema": {
            "description": f"{kind} is a custom resource.", "properties": {
                "apiVersion": {"type": "string"}, "kind": {"type": "string"},
                "metadata": {"type": "object"},
                "spec": {"type": "object", "x-kubernetes-preserve-unknown-fields": True},
                "status": {"type": "object", "x-kubernetes-preserve-unknown-fields": True}},
            "type": "object"}}, "served": True, "storage": True}
        if cols:
            version["additionalPrinterColumns"] = cols
        if group == "cert-manager.io":
            version["subresources"] = {"status": {}}
        ctx.add("apiextensions.k8s.io/v1", "CustomResourceDefinition", ctx.meta(
            f"{plural}.{group}", t, labels={"app.kubernetes.io/name": group.split(".")[0]},
            generation=1), spec={"conversion": {"strategy": "None"}, "group": group, "names": names,
                                 "scope": scope, "versions": [version]},
            status={"acceptedNames": _fresh(names), "conditions": [
                {"lastTransitionTime": _ts(t), "message": "no conflicts found",
                 "reason": "NoConflicts", "status": "True", "type": "NamesAccepted"},
                {"lastTransitionTime": _ts(t), "message": "the initial names have been accepted",
                 "reason": "InitialNamesAccepted", "status": "True", "type": "Established"}],
                "storedVersions": ["v1"]})


# --- policies ------------------------------------------------------------------------------------


def _find(ctx: _Ctx, kind: str, ns: str, name: str) -> dict:
    """An object made earlier, for the objects whose status depends on it."""
    return next(o for o in ctx.out[kind] if o["metadata"]["name"] == name
                and o["metadata"].get("namespace") == ns)


def _policies(ctx: _Ctx, born: float) -> None:
    """HPAs, PDBs, ResourceQuotas and LimitRanges, with status worked out from the pods."""
    rng = ctx.rng
    for ns, name, target, at_max in (("payments", "payments-api", 70, False),
                                     ("checkout", "checkout-api", 60, True),
                                     ("frontend", "storefront", 65, False),
                                     ("ml", "model-serving", 75, False)):
        dep = _find(ctx, "Deployment", ns, name)
        n = dep["spec"]["replicas"]
        util = rng.randint(target + 15, target + 40) if at_max else rng.randint(target - 30, target - 5)
        t = _epoch(dep["metadata"]["creationTimestamp"]) + DAY
        scaled = NOW - rng.uniform(20 * MIN, 20 * HOUR)
        limited = ({"message": "the desired replica count is more than the maximum replica count",
                    "reason": "TooManyReplicas", "status": "True"} if at_max else
                   {"message": "the desired count is within the acceptable range",
                    "reason": "DesiredWithinRange", "status": "False"})
        hpa = ctx.add("autoscaling/v2", "HorizontalPodAutoscaler", ctx.meta(name, t, ns), spec={
            "maxReplicas": n if at_max else n * 2, "metrics": [{"resource": {
                "name": "cpu", "target": {"averageUtilization": target, "type": "Utilization"}},
                "type": "Resource"}], "minReplicas": max(1, n // 2),
            "scaleTargetRef": {"apiVersion": "apps/v1", "kind": "Deployment", "name": name}},
            status={"conditions": [
                {"lastTransitionTime": _ts(t + 60), "message": "recommended size matches current size",
                 "reason": "ReadyForNewScale", "status": "True", "type": "AbleToScale"},
                {"lastTransitionTime": _ts(t + 60), "message": "the HPA was able to successfully "
                 "calculate a replica count from cpu resource utilization (percentage of request)",
                 "reason": "ValidMetricFound", "status": "True", "type": "ScalingActive"},
                {"lastTransitionTime": _ts(scaled), **limited, "type": "ScalingLimited"}],
                "currentMetrics": [{"resource": {"current": {"averageUtilization": util,
                                                             "averageValue": f"{util * 3}m"},
                                                 "name": "cpu"}, "type": "Resource"}],
                "currentReplicas": n, "desiredReplicas": n, "lastScaleTime": _ts(scaled)})
        ctx.event(hpa, "SuccessfulRescale", f"New size: {n}; reason: cpu resource utilization "
                  "(percentage of request) above target", scaled,
                  component="horizontal-pod-autoscaler")
    for ns, name, kind, rule in (("payments", "payments-api", "Deployment", ("minAvailable", 2)),
                                 ("payments", "fraud-detector", "Deployment", ("minAvailable", 1)),
                                 ("frontend", "storefront", "Deployment", ("maxUnavailable", "25%")),
                                 ("ingress-nginx", "ingress-nginx-controller", "Deployment",
                                  ("minAvailable", 1)),
                                 ("data", "postgres", "StatefulSet", ("maxUnavailable", 1)),
                                 ("data", "kafka", "StatefulSet", ("maxUnavailable", 1))):
        owner = _find(ctx, kind, ns, name)
        sel = owner["spec"]["selector"]["matchLabels"]
        pods = [p for p in ctx.pods if p["metadata"]["namespace"] == ns
                and _matches(p["metadata"]["labels"], sel)]
        expected, healthy = owner["spec"]["replicas"], sum(_ready(p) for p in pods)
        k, v = rule
        desired = v if k == "minAvailable" else expected - (
            v if isinstance(v, int) else -(-expected * int(v[:-1]) // 100))
        allowed = max(0, healthy - desired)
        t = _epoch(owner["metadata"]["creationTimestamp"]) + HOUR
        ctx.add("policy/v1", "PodDisruptionBudget", ctx.meta(name, t, ns, {"app": name},
                                                             generation=1),
                spec={k: v, "selector": {"matchLabels": dict(sel)}}, status={
                    "conditions": [{"lastTransitionTime": _ts(NOW - rng.uniform(HOUR, DAY)),
                                    "message": "", "observedGeneration": 1,
                                    "reason": "SufficientPods" if allowed else "InsufficientPods",
                                    "status": "True" if allowed else "False",
                                    "type": "DisruptionAllowed"}],
                    "currentHealthy": healthy, "desiredHealthy": desired,
                    "disruptionsAllowed": allowed, "expectedPods": expected,
                    "observedGeneration": 1})
    _quotas(ctx, born)


def _quotas(ctx: _Ctx, born: float) -> None:
    """ResourceQuotas whose `used` adds up what really runs, and LimitRanges for defaults."""
    def used(ns: str) -> dict[str, str]:
        """What the quota controller would count in `ns`."""
        live = [p for p in ctx.pods if p["metadata"]["namespace"] == ns and _active(p)]
        cpu = mem = lim = gpu = 0
        for p in live:
            for c in p["spec"]["containers"]:
                req = c["resources"].get("requests", {})
                cpu += _cpu_m(req.get("cpu", "0"))
                mem += _mem_mi(req.get("memory", "0Mi"))
                lim += _mem_mi(c["resources"].get("limits", {}).get("memory", "0Mi"))
                gpu += int(req.get("nvidia.com/gpu", 0))
        count = {k: sum(o["metadata"].get("namespace") == ns for o in ctx.out[k])
                 for k in ("Service", "PersistentVolumeClaim", "ConfigMap", "Secret")}
        return {"limits.memory": f"{lim}Mi", "pods": str(len(live)), "requests.cpu": f"{cpu}m",
                "requests.memory": f"{mem}Mi", "requests.nvidia.com/gpu": str(gpu),
                "services": str(count["Service"]), "configmaps": str(count["ConfigMap"]),
                "secrets": str(count["Secret"]),
                "persistentvolumeclaims": str(count["PersistentVolumeClaim"])}

    def roomy(key: str, value: str) -> str:
        """A round hard limit comfortably above what is used."""
        n = int(value.rstrip("mMi"))
        top = max(n * 3 // 2, n + 4) // 10 * 10 + 10
        return {"requests.cpu": str(-(-top // 1000)), "requests.memory": f"{-(-top // 1024)}Gi",
                "limits.memory": f"{-(-top // 1024)}Gi"}.get(key, str(top))

    for ns, keys in (("payments", ("limits.memory", "pods", "requests.cpu", "requests.memory")),
                     ("ml", ("pods", "requests.cpu", "requests.memory", "requests.nvidia.com/gpu")),
                     ("staging", ("configmaps", "persistentvolumeclaims", "pods", "secrets",
                                  "services"))):
        u = used(ns)
        hard = {k: roomy(k, u[k]) for k in keys}
        if ns == "ml":
            hard["requests.nvidia.com/gpu"] = "4"
        ctx.add("v1", "ResourceQuota", ctx.meta(
            "compute-quota" if ns != "staging" else "object-counts",
            born + ctx.rng.uniform(50 * DAY, 200 * DAY), ns),
            spec={"hard": hard}, status={"hard": dict(hard), "used": {k: u[k] for k in keys}})
    for ns in ("payments", "ml"):
        ctx.add("v1", "LimitRange", ctx.meta("defaults", born + 40 * DAY, ns), spec={"limits": [{
            "default": {"cpu": "500m", "memory": "512Mi"},
            "defaultRequest": {"cpu": "100m", "memory": "128Mi"}, "type": "Container"}]})
    ctx.add("v1", "LimitRange", ctx.meta("pvc-size", born + 40 * DAY, "data"), spec={"limits": [
        {"max": {"storage": "1Ti"}, "min": {"storage": "1Gi"}, "type": "PersistentVolumeClaim"}]})


# --- platform, config and tenants ----------------------------------------------------------------


def _platform(ctx: _Ctx, born: float) -> None:
    """What a kubeadm cluster and its add-ons bring: control plane, DNS, config, secrets."""
    for node in ctx.nodes:
        if node["control"]:
            _static_pods(ctx, node)
    for ds in _DAEMONSETS:
        _daemonset(ctx, *ds, born)
    cps = [n for n in ctx.nodes if n["control"]]
    api = _service(ctx, "default", "kubernetes", None, [("https", 443, 6443)], "ClusterIP", born,
                   "10.96.0.1")
    api["metadata"]["labels"] = {"component": "apiserver", "provider": "kubernetes"}
    ctx.add("v1", "Endpoints", ctx.meta("kubernetes", born, "default", {
        "endpointslice.kubernetes.io/skip-mirror": "true"}), subsets=[{"addresses": [
            {"ip": n["ip"]} for n in cps], "ports": [{"name": "https", "port": 6443,
                                                       "protocol": "TCP"}]}])
    ctx.add("discovery.k8s.io/v1", "EndpointSlice", ctx.meta("kubernetes", born, "default", {
        "kubernetes.io/service-name": "kubernetes"}, generation=1), addressType="IPv4",
        endpoints=[{"addresses": [n["ip"]], "conditions": {"ready": True}} for n in cps],
        ports=[{"name": "https", "port": 6443, "protocol": "TCP"}])
    _service(ctx, "kube-system", "kube-dns", {"app": "coredns"},
             [("dns", 53, 53), ("metrics", 9153, 9153)], "ClusterIP", born, "10.96.0.10")
    _service(ctx, "checkout", "payments-gateway-legacy", {"app": "payments-gateway"},
             [("http", 80, 8080)], "ClusterIP", born + 90 * DAY)
    ctx.add("v1", "ServiceAccount", ctx.meta("ci-deployer", born + 30 * DAY, "default"))
    for ns, name, data in (
            ("kube-system", "coredns", {"Corefile": ".:53 {\n    errors\n    health\n    ready\n"
                                        "    kubernetes cluster.local in-addr.arpa ip6.arpa {\n"
                                        "       pods insecure\n       fallthrough in-addr.arpa ip6.arpa\n"
                                        "    }\n    prometheus :9153\n    forward . /etc/resolv.conf\n"
                                        "    cache 30\n    loop\n    reload\n    loadbalance\n}\n"}),
            ("kube-system", "kube-proxy", {"config.conf": "apiVersion: kubeproxy.config.k8s.io/"
                                           "v1alpha1\nkind: KubeProxyConfiguration\nmode: ipvs\n"
                                           "clusterCIDR: 10.112.0.0/12\n"}),
            ("kube-system", "kubeadm-config", {"ClusterConfiguration": "apiVersion: kubeadm.k8s.io/"
                                               f"v1beta3\nkind: ClusterConfiguration\nkubernetesVersion: "
                                               f"{K8S_VERSION}\nclusterName: acme-prod\nnetworking:\n"
                                               "  podSubnet: 10.112.0.0/12\n  serviceSubnet: "
                                               "10.96.0.0/12\n"}),
            ("kube-public", "cluster-info", {"kubeconfig": "apiVersion: v1\nclusters:\n- cluster:\n"
                                             f"    certificate-authority-data: {_b64(ctx.ca)}\n"
                                             f"    server: https://{cps[0]['ip']}:6443\n  name: \"\"\n"
                                             "contexts: null\ncurrent-context: \"\"\nkind: Config\n"}),
            ("ingress-nginx", "ingress-nginx-controller", {"allow-snippet-annotations": "false",
                                                           "use-forwarded-headers": "true"}),
            ("monitoring", "fluent-bit", {"fluent-bit.conf": "[INPUT]\n    Name tail\n    Path "
                                          "/var/log/containers/*.log\n[OUTPUT]\n    Name loki\n"
                                          "    Host log-aggregator.data\n"})):
        ctx.add("v1", "ConfigMap", ctx.meta(name, born + 60, ns), data=data)
    key = ctx.pem("PRIVATE KEY", 1190)
    secrets = [
        ("kube-system", "bootstrap-token-abcdef", "bootstrap.kubernetes.io/token", {
            "token-id": "abcdef", "token-secret": ctx.hex(16), "usage-bootstrap-authentication": "true",
            "usage-bootstrap-signing": "true"}, None),
        ("default", "ci-deployer-token", "kubernetes.io/service-account-token", {
            "ca.crt": ctx.ca, "namespace": "default", "token": "eyJhbGciOiJSUzI1NiIsImtpZCI6I"
            + _b64(ctx.rng.randbytes(600)).rstrip("=")}, {
            "kubernetes.io/service-account.name": "ci-deployer",
            "kubernetes.io/service-account.uid": _find(ctx, "ServiceAccount", "default",
                                                       "ci-deployer")["metadata"]["uid"]}),
        ("ingress-nginx", "ingress-nginx-admission", "Opaque", {"ca": ctx.ca, "cert": ctx.pem(
            "CERTIFICATE", 700), "key": key}, None),
        ("ingress-nginx", "sh.helm.release.v1.ingress-nginx.v3", "helm.sh/release.v1",
         {"release": _b64(ctx.rng.randbytes(900))}, None),
        ("cert-manager", "sh.helm.release.v1.cert-manager.v1", "helm.sh/release.v1",
         {"release": _b64(ctx.rng.randbytes(900))}, None),
        ("monitoring", "alertmanager-main", "Opaque", {
            "alertmanager.yaml": "route:\n  receiver: pagerduty\nreceivers:\n- name: pagerduty\n"
                                 f"  pagerduty_configs:\n  - routing_key: {ctx.hex(32)}\n"}, None)]
    for ns, name in (("frontend", "storefront-tls"), ("payments", "payments-api-tls"),
                     ("staging", "staging-tls")):
        secrets.append((ns, name, "kubernetes.io/tls", {"tls.crt": ctx.pem("CERTIFICATE", 900),
                                                        "tls.key": key},
                        {"cert-manager.io/certificate-name": name.removesuffix("-tls"),
                         "cert-manager.io/issuer-kind": "ClusterIssuer",
                         "cert-manager.io/issuer-name": "letsencrypt-prod"}))
    for ns, name, kind, data, ann in secrets:
        ctx.add("v1", "Secret", ctx.meta(name, born + ctx.rng.uniform(DAY, 300 * DAY), ns,
                                         annotations=ann),
                data={k: _b64(v) for k, v in data.items()}, type=kind)
    for ns in ("payments", "checkout", "frontend", "data", "ml", "staging", "batch", "monitoring"):
        _regcred(ctx, ns, born + ctx.rng.uniform(DAY, 300 * DAY))


def _regcred(ctx: _Ctx, ns: str, created: float) -> None:
    """The pull secret for the private registry that the team images come from."""
    password = ctx.hex(32)
    auth = {"auths": {_R: {"username": "robot$ci", "password": password,
                           "auth": _b64(f"robot$ci:{password}")}}}
    ctx.add("v1", "Secret", ctx.meta("regcred", created, ns), type="kubernetes.io/dockerconfigjson",
            data={".dockerconfigjson": _b64(orjson.dumps(auth))})


def _tenants(ctx: _Ctx, pods: int, born: float) -> list[str]:
    """Extra team namespaces of ordinary services, so that big clusters reach their pod count."""
    names = []
    while pods > 0:
        ns = f"tenant-{len(names) + 1:04d}"
        names.append(ns)
        _namespaces(ctx, {ns: {"team": ns}}, born)
        _regcred(ctx, ns, born + DAY)
        apps = ctx.rng.sample(_TENANT_APPS, min(8, pods))
        counts, _ = _split(min(100, pods), [ctx.rng.randint(1, 4) for _ in apps], 100)
        for app, n in zip(apps, counts, strict=True):
            version = f"{ctx.rng.randint(1, 4)}.{ctx.rng.randint(0, 30)}.{ctx.rng.randint(0, 9)}"
            _deployment(ctx, _App(ns, f"{app}-api", f"{_R}/{ns}/{app}-api:{version}", 8080, n,
                                  ctx.rng.choice(("burstable", "burstable", "guaranteed",
                                                  "besteffort"))), n, born)
        pods -= sum(counts)
    return names


def _split(total: int, weights: list[int], cap: int) -> tuple[list[int], int]:
    """Share `total` in proportion to `weights`, at least 1 and at most `cap` each; return the rest."""
    counts = [1] * len(weights)
    rest, whole = total - len(weights), sum(weights)
    counts = [min(cap, c + rest * w // whole) for c, w in zip(counts, weights, strict=True)]
    i = 0
    while sum(counts) < total and min(counts) < cap:
        if counts[i % len(counts)] < cap:
            counts[i % len(counts)] += 1
        i += 1
    return counts, total - sum(counts)


# --- public API ----------------------------------------------------------------------------------


def generate_cluster(seed: int = 7, pods: int = 450) -> dict:
    """Build the demo cluster as a kubectl-style List holding exactly `pods` pods.

    The same seed and size always give the same objects; `kubequery.io/taken-at` in the
    List's metadata is the moment every timestamp in it is relative to.
    """
    paused = gc.isenabled()
    gc.disable()  # millions of small dicts: the collector would only slow their making down
    try:
        return _generate(seed, pods)
    finally:
        if paused:
            gc.enable()


def _generate(seed: int, pods: int) -> dict:
    """generate_cluster's body: the order of the steps fixes the order of rng draws."""
    ctx = _Ctx(seed)
    born = NOW - 420 * DAY
    _nodes(ctx, pods, born)
    _namespaces(ctx, _NAMESPACES, born)
    _platform(ctx, born)
    for sts in _STATEFULSETS:
        _statefulset(ctx, *sts, born)
    _batch(ctx, born)
    for app in _APPS:
        if not app.scalable:
            _deployment(ctx, app, app.replicas, born)
    _bare_pods(ctx)
    grow = [a for a in _APPS if a.scalable]
    left = pods - len(ctx.pods)
    if left < len(grow):
        raise ValueError(f"pods must be at least {pods - left + len(grow)} for this demo cluster")
    counts, spill = _split(left, [a.replicas for a in grow], 40)
    for app, n in zip(grow, counts, strict=True):
        _deployment(ctx, app, n, born)
    tenants = _tenants(ctx, spill, born)
    _endpoints(ctx)
    _ingresses(ctx, born)
    _network_policies(ctx, born)
    _storage(ctx, born)
    _rbac(ctx, born, tenants)
    _crds(ctx, born)
    _policies(ctx, born)
    for node in ctx.nodes:
        if node["state"] == "notready":
            ctx.event(node["obj"], "NodeNotReady", f"Node {node['name']} status is now: NodeNotReady",
                      node["since"] + 5, component="node-controller")
        elif node["state"] == "cordoned":
            ctx.event(node["obj"], "NodeNotSchedulable", f"Node {node['name']} status is now: "
                      "NodeNotSchedulable", node["since"], component="kubelet", host=node["name"])
    items = []
    for kind in _KINDS:
        items += sorted(ctx.out[kind], key=lambda o: (o["metadata"].get("namespace", ""),
                                                      o["metadata"]["name"]))
    return {"apiVersion": "v1", "items": items, "kind": "List",
            "metadata": {"kubequery.io/taken-at": TAKEN_AT, "resourceVersion": ""}}


def write_snapshot(path: str, seed: int = 7, pods: int = 450) -> None:
    """Write the demo cluster as JSON (gzip-compressed when `path` ends in .gz)."""
    data = orjson.dumps(generate_cluster(seed, pods), option=orjson.OPT_SORT_KEYS)
    if path.endswith(".gz"):
        with gzip.open(path, "wb", compresslevel=1) as f:
            f.write(data)
    else:
        with open(path, "wb") as f:
            f.write(data)


def main(argv: list[str] | None = None) -> None:
    """`python -m kubequery.demo --pods 10000 --seed 1 -o /tmp/cluster.json.gz`"""
    ap = argparse.ArgumentParser(prog="python -m kubequery.demo", description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, default=7, help="random seed (default 7)")
    ap.add_argument("--pods", type=int, default=450, help="exact number of pods (default 450)")
    ap.add_argument("-o", "--output", default="demo-cluster.json.gz",
                    help="file to write; .gz means gzip (default demo-cluster.json.gz)")
    args = ap.parse_args(argv)
    write_snapshot(args.output, args.seed, args.pods)


if __name__ == "__main__":
    main()
