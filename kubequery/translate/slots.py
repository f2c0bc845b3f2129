"""Catalog-driven slots for the offline translator: columns named, values named, numbers compared.

The per-kind recognisers in states.py know the common states by heart; these slots cover the
rest of the catalog without a rule per question. Every column of a table gets the phrases that
name it (from its name, plus a few synonyms), and every short text column the values the
cluster actually holds (from `Grounding.values`), so "nodes in us-east-1b", "m5.xlarge nodes",
"pvcs on gp3", "services of type NodePort", "deploys with more than 3 replicas" or "nodes
and their kubelet version" need no rule of their own.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType

from kubequery.catalog import Catalog, Table
from kubequery.translate import lexicon as lx
from kubequery.translate import rx

# Extra phrases for columns, beyond the column's own name: (table or "*", phrase) -> column.
SYNONYMS: dict[tuple[str, str], str] = {
    ("pods", "ip"): "ip",
    ("horizontalpodautoscalers", "active"): "scaling_active",  # "autoscalers that aren't active"
    ("horizontalpodautoscalers", "actively scaling"): "scaling_active",
    ("horizontalpodautoscalers", "targetcpuutilizationpercentage"): "cpu_target_percent",
    ("rolebindings", "who they bind"): "subjects",
    ("clusterrolebindings", "who they bind"): "subjects",
    ("resourcequotas", "usage %"): "max_usage_percent",
    ("resourcequotas", "usage percent"): "max_usage_percent",
    ("horizontalpodautoscalers", "cpu utilization target"): "cpu_target_percent",
    ("horizontalpodautoscalers", "target cpu utilization"): "cpu_target_percent",
    ("horizontalpodautoscalers", "target cpu utilisation"): "cpu_target_percent",
    ("horizontalpodautoscalers", "target cpu"): "cpu_target_percent",
    ("horizontalpodautoscalers", "target utilization"): "cpu_target_percent",
    ("horizontalpodautoscalers", "target utilisation"): "cpu_target_percent",
    ("horizontalpodautoscalers", "min pods"): "min_replicas",  # "with their min and max pods"
    ("horizontalpodautoscalers", "max pods"): "max_replicas",
    ("cronjobs", "cron expression"): "schedule",
    ("networkpolicies", "blocks all ingress"): "denies_all_ingress",
    ("networkpolicies", "blocks all egress"): "denies_all_egress",
    ("jobs", "active pods"): "active",  # "running jobs + active pod count": the pods each has running
    ("jobs", "active pod count"): "active",
    ("jobs", "active count"): "active",
    ("containers", "exit code of the last crash"): "last_exit_code",  # the terminated run before this one
    ("containers", "last crash exit code"): "last_exit_code",
    ("statefulsets", "governing service"): "service_name",  # spec.serviceName, the headless service
    ("statefulsets", "headless service"): "service_name",
    ("pods", "ip address"): "ip",
    ("pods", "ip addresses"): "ip",
    ("pods", "ips"): "ip",
    ("pods", "pod ip"): "ip",
    ("pods", "host ip"): "host_ip",
    ("pods", "start time"): "started",  # status.startTime
    ("pods", "starttime"): "started",
    ("pods", "qos"): "qos_class",
    ("pods", "sa"): "service_account",
    ("pods", "priority class"): "priority_class",
    ("pods", "priority class name"): "priority_class",
    ("containers", "memory limit"): "memory_limit",
    ("containers", "last termination reason"): "last_reason",
    ("containers", "termination reason"): "last_reason",
    ("containers", "why they last terminated"): "last_reason",
    ("containers", "why they last died"): "last_reason",
    ("containers", "why they last crashed"): "last_reason",
    ("containers", "why they last exited"): "last_reason",
    ("containers", "laststate.terminated.reason"): "last_reason",
    ("containers", "debug"): "is_ephemeral",  # "debug containers": the ephemeral ones kubectl debug adds
    ("containers", "laststate terminated reason"): "last_reason",
    ("containers", "laststate.terminated.exitcode"): "last_exit_code",
    ("containers", "state.terminated.exitcode"): "exit_code",
    ("containers", "cpu limit"): "cpu_limit",
    ("pods", "restart count"): "restarts",
    ("pods", "restarts"): "restarts",
    ("pods", "restarted"): "restarts",
    ("pods", "restarting"): "restarts",  # "pods restarting more than 5 times"
    ("containers", "restarted"): "restarts",
    ("containers", "restarting"): "restarts",
    ("containers", "restart count"): "restarts",
    ("pods", "images"): "images",
    ("pods", "image"): "images",
    ("nodes", "cores"): "cpu_capacity",
    ("nodes", "allocatable cores"): "cpu_allocatable",
    ("nodes", "allocatable cpus"): "cpu_allocatable",
    ("nodes", "cores allocatable"): "cpu_allocatable",  # "nodes with less than 2 cores allocatable"
    ("nodes", "cpus allocatable"): "cpu_allocatable",
    ("nodes", "max pods"): "pods_allocatable",
    ("nodes", "maximum pods"): "pods_allocatable",
    ("nodes", "pod capacity"): "pods_capacity",
    ("nodes", "cpus"): "cpu_capacity",
    ("nodes", "cpu"): "cpu_capacity",
    ("nodes", "memory"): "memory_capacity",
    ("nodes", "mem"): "memory_capacity",
    ("nodes", "mem capacity"): "memory_capacity",
    ("persistentvolumes", "storage"): "capacity",  # what a volume holds is its capacity
    ("nodes", "ram"): "memory_capacity",
    ("nodes", "gpus"): "gpu_capacity",
    ("pods", "cpu"): "cpu_request",
    ("pods", "cores"): "cpu_request",
    ("pods", "memory"): "memory_request",
    ("pods", "cpus"): "cpu_request",
    ("containers", "image tag"): "image",  # the tag is part of the image as the spec names it
    ("containers", "image tags"): "image",
    ("containers", "image version"): "image",
    ("containers", "image versions"): "image",
    ("containers", "pull policy"): "image_pull_policy",
    ("containers", "pull policies"): "image_pull_policy",
    ("containers", "exit codes"): "exit_code",
    ("jobs", "longest"): "duration",
    ("serviceaccounts", "automountserviceaccounttoken"): "automount_token",  # the field's own name
    ("serviceaccounts", "token automount"): "automount_token",
    ("serviceaccounts", "token automounting"): "automount_token",  # "token automounting turned off"
    ("serviceaccounts", "automounting"): "automount_token",
    ("serviceaccounts", "automount"): "automount_token",
    ("serviceaccounts", "mount their token"): "automount_token",
    ("serviceaccounts", "token mounted"): "automount_token",
    ("events", "times"): "count",  # "events seen more than 5 times"
    ("events", "occurrences"): "count",  # "events with more than 10 occurrences"
    ("jobs", "how long"): "duration",  # "how long did each job take?"
    ("jobs", "took"): "duration",
    ("jobs", "fastest"): "duration",
    ("jobs", "quickest"): "duration",
    ("jobs", "slowest"): "duration",
    ("jobs", "runtime"): "duration",
    ("jobs", "run time"): "duration",
    ("jobs", "elapsed time"): "duration",
    ("jobs", "elapsed"): "duration",
    ("resourcequotas", "percent"): "max_usage_percent",
    ("resourcequotas", "percentage"): "max_usage_percent",
    ("resourcequotas", "usage percentage"): "max_usage_percent",
    ("resourcequotas", "percent used"): "max_usage_percent",
    ("resourcequotas", "percentage used"): "max_usage_percent",
    ("resourcequotas", "hard limits"): "hard",
    ("resourcequotas", "limits"): "hard",
    ("resourcequotas", "usage"): "used",
    ("priorityclasses", "priority"): "value",
    ("priorityclasses", "priority value"): "value",
    ("poddisruptionbudgets", "disruptions"): "disruptions_allowed",
    ("persistentvolumeclaims", "storage request"): "storage_request",
    ("persistentvolumeclaims", "requested storage"): "storage_request",
    ("persistentvolumeclaims", "storage"): "storage_request",
    ("persistentvolumeclaims", "requests"): "storage_request",  # a claim requests storage and nothing else
    ("persistentvolumeclaims", "disk"): "storage_request",
    ("ingresses", "hosts"): "hosts",
    ("statefulsets", "pod management"): "pod_management_policy",  # "parallel pod management"
    ("limitranges", "default limits"): "default_cpu_limit",
    ("pods", "service account name"): "service_account",
    ("pods", "serviceaccountname"): "service_account",
    ("containers", "cpu"): "cpu_request",
    ("containers", "memory"): "memory_request",
    ("nodes", "kubelet"): "kubelet_version",
    ("nodes", "kubelet version"): "kubelet_version",
    ("nodes", "version"): "kubelet_version",
    ("nodes", "k8s version"): "kubelet_version",
    ("nodes", "kubernetes version"): "kubelet_version",
    ("nodes", "os"): "os_image",
    ("nodes", "os image"): "os_image",
    ("nodes", "kernel"): "kernel_version",
    ("nodes", "runtime"): "container_runtime",
    ("nodes", "arch"): "architecture",
    ("nodes", "ip"): "internal_ip",
    ("nodes", "ip address"): "internal_ip",
    ("nodes", "ip addresses"): "internal_ip",
    ("nodes", "internal ip"): "internal_ip",
    ("nodes", "external ip"): "external_ip",
    ("nodes", "instance type"): "instance_type",
    ("nodes", "machine type"): "instance_type",
    ("nodes", "availability zone"): "zone",
    ("nodes", "az"): "zone",
    ("nodes", "azs"): "zone",
    ("nodes", "taint"): "taints",
    ("nodes", "role"): "roles",
    ("nodes", "pod cidr"): "pod_cidr",
    ("services", "cluster ip"): "cluster_ip",
    ("services", "ip"): "cluster_ip",
    ("services", "external ip"): "external_ip",
    ("services", "external address"): "external_ip",
    ("services", "external addresses"): "external_ip",
    ("services", "port"): "ports",
    ("services", "label selector"): "selector",
    ("services", "label selectors"): "selector",
    ("services", "selectors"): "selector",
    ("services", "pod selector"): "selector",
    ("services", "pod selectors"): "selector",
    ("networkpolicies", "selector"): "pod_selector",
    ("networkpolicies", "selectors"): "pod_selector",
    ("networkpolicies", "label selector"): "pod_selector",
    ("deployments", "label selector"): "selector",
    ("deployments", "selectors"): "selector",
    ("services", "service type"): "type",
    ("deployments", "replicas"): "desired",
    ("deployments", "ready pods"): "ready_replicas",
    ("deployments", "ready replicas"): "ready_replicas",
    ("deployments", "ready count"): "ready",
    ("pods", "container count"): "total_containers",
    ("pods", "number of containers"): "total_containers",
    ("containers", "env vars"): "env_names",
    ("containers", "env var names"): "env_names",
    ("containers", "env variable names"): "env_names",
    ("containers", "environment variable names"): "env_names",
    ("containers", "environment variables"): "env_names",
    ("containers", "env variables"): "env_names",
    ("jobs", "failures"): "failed",
    ("jobs", "failed pods"): "failed",
    ("cronjobs", "when do they run"): "schedule",
    ("cronjobs", "when they run"): "schedule",
    ("cronjobs", "when it runs"): "schedule",
    ("cronjobs", "when does it run"): "schedule",
    ("cronjobs", "how often"): "schedule",
    ("statefulsets", "ready pods"): "ready_replicas",
    ("ingresses", "https"): "tls",
    ("storageclasses", "resize"): "allow_volume_expansion",
    ("storageclasses", "expansion"): "allow_volume_expansion",
    ("storageclasses", "expandable"): "allow_volume_expansion",
    ("deployments", "replica count"): "desired",
    ("deployments", "image"): "images",
    ("deployments", "strategy"): "strategy",
    ("deployments", "update strategy"): "strategy",
    ("deployments", "rollout strategy"): "strategy",
    ("statefulsets", "replicas"): "desired",
    ("statefulsets", "image"): "images",
    ("statefulsets", "volume claim templates"): "volume_claim_templates",
    ("statefulsets", "pvc templates"): "volume_claim_templates",
    ("daemonsets", "image"): "images",
    ("replicasets", "replicas"): "desired",
    ("cronjobs", "schedule"): "schedule",
    ("cronjobs", "cron schedule"): "schedule",
    ("cronjobs", "last run"): "last_schedule",
    ("cronjobs", "last schedule"): "last_schedule",
    ("cronjobs", "image"): "images",
    ("jobs", "image"): "images",
    ("persistentvolumeclaims", "size"): "storage_request",
    ("persistentvolumeclaims", "sizes"): "storage_request",
    ("persistentvolumeclaims", "requested size"): "storage_request",
    ("pods", "persistent storage"): "pvcs",
    ("persistentvolumeclaims", "storage class"): "storage_class",
    ("persistentvolumeclaims", "sc"): "storage_class",
    ("persistentvolumeclaims", "volume"): "volume",
    ("persistentvolumes", "size"): "capacity",
    ("persistentvolumes", "sizes"): "capacity",
    ("persistentvolumes", "storage class"): "storage_class",
    ("persistentvolumes", "claim"): "claim",
    ("persistentvolumes", "reclaim policy"): "reclaim_policy",
    ("storageclasses", "provisioner"): "provisioner",
    ("storageclasses", "binding mode"): "volume_binding_mode",
    ("ingresses", "host"): "hosts",
    ("ingresses", "hostnames"): "hosts",
    ("ingresses", "ingress class"): "class",
    ("ingresses", "backend services"): "services",
    ("horizontalpodautoscalers", "target"): "target_name",
    ("horizontalpodautoscalers", "min"): "min_replicas",
    ("horizontalpodautoscalers", "max"): "max_replicas",
    ("horizontalpodautoscalers", "min replicas"): "min_replicas",
    ("horizontalpodautoscalers", "max replicas"): "max_replicas",
    ("horizontalpodautoscalers", "current replicas"): "current_replicas",
    ("horizontalpodautoscalers", "replicas"): "current_replicas",  # kubectl's REPLICAS: what runs now
    ("horizontalpodautoscalers", "cur"): "current_replicas",
    ("horizontalpodautoscalers", "current"): "current_replicas",
    ("horizontalpodautoscalers", "cpu target"): "cpu_target_percent",
    ("horizontalpodautoscalers", "cpu"): "cpu_target_percent",  # what an autoscaler is set to hold
    ("horizontalpodautoscalers", "current cpu"): "cpu_current_percent",
    ("horizontalpodautoscalers", "current cpu utilization"): "cpu_current_percent",
    ("horizontalpodautoscalers", "current cpu utilisation"): "cpu_current_percent",
    ("horizontalpodautoscalers", "cpu utilization"): "cpu_current_percent",  # what it measures now
    ("horizontalpodautoscalers", "cpu utilisation"): "cpu_current_percent",
    ("horizontalpodautoscalers", "cpu usage"): "cpu_current_percent",
    ("rolebindings", "role"): "role_name",
    ("endpoints", "ready endpoints"): "ready_address_count",
    ("endpoints", "ready eps"): "ready_address_count",
    ("endpoints", "ready endpoint count"): "ready_address_count",
    ("endpoints", "ready endpoint counts"): "ready_address_count",
    ("endpoints", "number of ready endpoints"): "ready_address_count",
    ("endpoints", "ready endpoints count"): "ready_address_count",
    ("endpoints", "ready count"): "ready_address_count",
    ("endpoints", "not ready count"): "not_ready_address_count",
    # "services and how many not ready endpoints they have": the other count, not the ready one
    ("endpoints", "not ready endpoints"): "not_ready_address_count",
    ("endpoints", "not-ready endpoints"): "not_ready_address_count",
    ("endpoints", "unready endpoints"): "not_ready_address_count",
    ("endpoints", "not ready endpoint count"): "not_ready_address_count",
    ("endpoints", "not-ready endpoint count"): "not_ready_address_count",
    ("services", "ports"): "ports",
    ("rolebindings", "subjects"): "subjects",
    ("rolebindings", "who do they bind"): "subjects",
    ("clusterrolebindings", "who do they bind"): "subjects",
    ("clusterrolebindings", "role"): "role_name",
    ("clusterrolebindings", "subjects"): "subjects",
    ("leases", "holder"): "holder",
    ("horizontalpodautoscalers", "last scale"): "last_scale_time",
    ("pods", "last restart time"): "last_restart",
    ("pods", "last restart"): "last_restart",
    ("horizontalpodautoscalers", "last scaled"): "last_scale_time",
    ("leases", "holder identity"): "holder",
    ("configmaps", "keys"): "data_keys",
    ("configmaps", "contents"): "data",
    ("configmaps", "content"): "data",
    ("configmaps", "values"): "data",
    ("configmaps", "key values"): "data",
    ("secrets", "keys"): "data_keys",
    ("secrets", "key names"): "data_keys",
    ("events", "message"): "message",
    ("events", "reason"): "reason",
    ("events", "count"): "count",
    ("events", "repeated"): "count",  # "the 5 most repeated events"
    ("events", "last timestamp"): "last_seen",  # kubectl's --sort-by=.lastTimestamp
    ("events", "involvedobject.kind"): "involved_kind",  # kubectl's field paths
    ("events", "involvedobject.name"): "involved_name",
    ("events", "fired"): "count",  # "events that fired over 100 times"
    ("events", "component"): "source",  # "which component reported the most events"
    ("events", "reporter"): "source",
    ("pods", "mem limit"): "memory_limit",
    ("pods", "mem request"): "memory_request",
    ("containers", "mem limit"): "memory_limit",
    ("containers", "mem request"): "memory_request",
    ("events", "first timestamp"): "first_seen",
    ("deployments", "unavailable count"): "unavailable_replicas",
    ("jobs", "completion status"): "status",  # Complete, Failed or Running, not the "1/1" count
    ("cronjobs", "last ran"): "last_schedule",
    ("priorityclasses", "value"): "value",
    ("poddisruptionbudgets", "allowed disruptions"): "disruptions_allowed",
    ("networkpolicies", "deny all ingress"): "denies_all_ingress",
    ("networkpolicies", "default-deny ingress"): "denies_all_ingress",
    ("networkpolicies", "default deny ingress"): "denies_all_ingress",
    ("networkpolicies", "block all ingress"): "denies_all_ingress",
    ("networkpolicies", "deny all egress"): "denies_all_egress",
    ("networkpolicies", "default-deny egress"): "denies_all_egress",
    ("networkpolicies", "block all egress"): "denies_all_egress",
    ("services", "clusterip none"): "headless",
    ("services", "cluster ip none"): "headless",
    ("poddisruptionbudgets", "min available"): "min_available",
    ("poddisruptionbudgets", "max unavailable"): "max_unavailable",
    # "each pdb and how many healthy pods it has": the budget's own count of them
    ("poddisruptionbudgets", "healthy pods"): "current_healthy",
    ("poddisruptionbudgets", "currently healthy pods"): "current_healthy",
    ("poddisruptionbudgets", "desired healthy pods"): "desired_healthy",
}

# Columns never offered as a projection by their bare name (they read as ordinary words).
_NOT_PROJECTED = {
    "name",
    "namespace",
    "uid",
    "raw",
    "cluster",
    "annotations",
    "labels",
    "ready",
    "count",
    "message",
    "conditions",
    "rules",
    "metrics",
    "parameters",
    "ingress",
    "egress",
    "limits",
    "data",
    "created",
    "age",
    "started",
    "active",
    "current",
    "value",
    "description",
    "kind",
    "type",
    "status",
    "node",
    "reason",
    "state",
    "group",
    "class",
    "plural",
    "singular",
}

# Columns not shown even when named by a phrase: what identifies a row, or too big to show.
_NEVER_SHOWN = {"name", "namespace", "uid", "raw", "cluster"}

# Words too common to read as "show this column" unless asked for outright ("and their status").
_SHOWN_WHEN_ASKED = {
    *("status", "node", "reason", "type", "age", "created", "kind", "state", "message", "ready"),
    *("annotations", "labels"),  # "pods and their annotations", "namespaces and their labels"
    *("value", "group", "description"),  # "priority classes and their values", "crds and their groups"
    "class",  # "ingresses and their class"
    "rules",  # "roles here with their rules", "rules of my roles"
    "data",  # "configmaps and their values", "configmaps with their data"
}
_JOINER = r"\s*(?:,|and|plus|&|\+)\s*(?:the\s+|their\s+|its\s+)?"


def _in_shown_list(text: str, mentions: list[Mention], i: int, shown: list[str]) -> bool:
    """A column in a list of columns asked for: after one shown ("with their status and age"), or in a
    list said last, after "with" ("pods in ml with age and status")."""
    def joined(a: int, b: int) -> bool:
        return bool(rx.fullmatch(_JOINER, text[mentions[a].end : mentions[b].start]))

    last = i
    while last + 1 < len(mentions) and joined(last, last + 1):
        last += 1
    if text[mentions[last].end :].strip(" ?.!"):
        return False  # the list ends the question: not "with desired and ready counts"
    if i > 0 and mentions[i - 1].column in shown and joined(i - 1, i):
        return True
    first = i
    while first > 0 and joined(first - 1, first):
        first -= 1
    return (
        last > first
        and bool(rx.search(
            r"\b(?:with|plus|w/)\s+(?:their\s+|its\s+|the\s+)?$",
            text[: mentions[first].start],
        ))
    )


_STRONG_CUE = re.compile(
    r"(?:\b(?:with|and|plus|show(?:ing)?|including|along with|what(?: is|'s| are))\s+(?:their|its|the)|"
    r"\+\s*(?:their|its|the)?)\s+$"
)

# "what type is each …", "which node are the pods on": the column asked of every row
_ASKED_OF_EACH = re.compile(
    r".*\b(?:what|which) \|\s*(?:is|are|does|do) (?:each|every|all|the|my|our|these|those)\b"
)

_QUANTITIES = {"cpu", "memory", "gpu", "storage", "ephemeral"}
# List columns whose elements are names or free text, not a short vocabulary.
_NO_LIST_VALUES = {
    "containers",
    "images",
    "ips",
    "cluster_ips",
    "subjects",
    "endpoints",
    "ready_addresses",
    "not_ready_addresses",
    "addresses",
    "target_pods",
    "nodes",
    "active_jobs",
    "command",
    "args",
    "env_names",
    "volume_mounts",
    "volumes",
    "configmaps",
    "secrets",
    "pvcs",
    "tls_secrets",
    "paths",
    "backends",
    "services",
    "short_names",
    "resource_names",
    "finalizers",
    "users",
    "groups",
    "service_accounts",
    "image_pull_secrets",
    "mount_options",
    "address",
    "load_balancer_ingress",
    "external_ips",
    "stored_versions",
    "versions",
    "categories",
    "init_containers",
    "zones",
}

# Text columns whose values read as ordinary words in a question ("node", "pod", "default"…).
_NO_VALUES = {
    "namespace",
    "uid",
    "message",
    "cluster",
    "owner_kind",
    "involved_kind",
    "target_kind",
    "role_kind",
    "object",
    "description",
}

_NUMERIC = {"int", "float"}
# Values that are also plain words ("pods that never restarted"): read only when a word of their
# column is said too ("set to never restart", "pull policy Always").
_PLAIN_WORDS = {"never", "always", "none", "local", "cluster", "unknown"}
# Column names that read as states after a kind ("jobs failed", "pods ready"), not as columns asked for.
_STATE_WORDS = {
    "failed",
    "restarted",
    "succeeded",
    "active",
    "ready",
    "completed",
    "suspended",
    "paused",
    "available",
    "current",
    "running",
    "scheduled",
    "pending",
    "bound",
    "started",
    "expired",
    "attached",
    "established",
    "aggregated",
}
# "init included", "init containers too" widen, never filter
_NOT_INCLUDED = r"(?!(?: (?:containers?|ones|pods?))? (?:included|too|as well|incl|or not))"
_TEXT = {"text"}

MORE = (
    r"(?:more than|over|greater than|above|at least|>=|>|bigger than|larger than|higher than|exceeding|"
    r"exceeds?|exceeded|goes over|go over)"
)
LESS = r"(?:fewer than|less than|under|below|at most|<=|<|smaller than|lower than)"
EXACT = r"(?:exactly|equal to|=)"

_SIZE_UNITS = {
    "ki": 1024,
    "kib": 1024,
    "mi": 1024**2,
    "mib": 1024**2,
    "mb": 1000**2,
    "gi": 1024**3,
    "gib": 1024**3,
    "gb": 1000**3,
    "ti": 1024**4,
    "tib": 1024**4,
    "tb": 1000**4,
}


@dataclass(frozen=True)
class Mention:
    column: str
    start: int
    end: int


# Per table (kept alive beside its result, so an id is never reused): read on every question.
_PHRASES: dict[int, tuple[Table, Mapping[str, str], list[tuple[str, str, str]]]] = {}


def _phrasing(table: Table) -> tuple[Table, Mapping[str, str], list[tuple[str, str, str]]]:
    cached = _PHRASES.get(id(table))
    if cached is None or cached[0] is not table:
        phrases = _column_phrases(table)
        longest_first = sorted(phrases.items(), key=lambda kv: -len(kv[0]))
        cached = (table, MappingProxyType(phrases), [(p, c, _phrase_pattern(p)) for p, c in longest_first])
        _PHRASES[id(table)] = cached
    return cached


def column_phrases(table: Table) -> Mapping[str, str]:
    """Phrase -> column for every column of `table`: its name spelt out, plural, and synonyms."""
    return _phrasing(table)[1]


# plural column names whose singular says something else ("1 ready replica", "the service account")
_COUNTED_PLURALS = ("ss", "containers", "ports", "replicas", "seconds", "accounts", "ips", "pods", "jobs",
                    "addresses")


def _column_phrases(table: Table) -> dict[str, str]:
    phrases: dict[str, str] = {}
    for col in table.columns:
        words = col.name.replace("_", " ")
        phrases.setdefault(words, col.name)
        if words.startswith("is "):
            phrases.setdefault(words[3:], col.name)
        if col.type == "text" and col.name not in ("name", "ready", "status"):  # priorityClassName, nodeName
            phrases.setdefault(words + " name", col.name)
        if words.endswith("y") and words[-2:-1] not in "aeiou":  # "strategies", "policies"
            phrases.setdefault(words[:-1] + "ies", col.name)
        if not words.endswith("s"):
            phrases.setdefault(words + "s", col.name)
        elif words.endswith("us"):  # "statuses"
            phrases.setdefault(words + "es", col.name)
        elif " " in words and not words.endswith(_COUNTED_PLURALS):  # "the access mode of each pvc"
            phrases.setdefault(words[:-1], col.name)
        if " " in words:  # the field's own camelCase name, lowered: "backofflimit", "restartpolicy"
            phrases.setdefault(words.replace(" ", ""), col.name)
        if col.type == "timestamp":  # the field's name with its suffix: "lastScheduleTime", "renewTime"
            for suffix in ("time", "timestamp"):
                phrases.setdefault(words.replace(" ", "") + suffix, col.name)
        parts = words.split()
        if len(parts) > 1 and parts[-1] == "count":  # rule_count: "number of rules", "their rule count"
            stem = " ".join(parts[:-1])
            plural = stem + ("es" if stem.endswith(("s", "x", "ch", "sh")) else "s")
            phrases.setdefault(f"number of {plural}", col.name)
            phrases.setdefault(f"{plural} count", col.name)
            for most in ("most", "fewest", "least", "highest number of", "lowest number of"):
                phrases.setdefault(f"{most} {plural}", col.name)  # "which clusterroles have the most rules"
        if len(parts) == 2 and parts[0] in _QUANTITIES:  # "allocatable cpu", "requested memory"
            for quantity in (parts[0], "mem") if parts[0] == "memory" else (parts[0],):  # "allocatable mem"
                phrases.setdefault(f"{parts[1]} {quantity}", col.name)
                phrases.setdefault(f"{parts[1]}ed {quantity}", col.name)
                phrases.setdefault(f"{quantity}s {parts[1]}", col.name)  # "4 cpus allocatable"
        if len(parts) == 3 and parts[0] in _QUANTITIES:  # "allocatable ephemeral storage"
            phrases.setdefault(f"{parts[2]} {parts[0]} {parts[1]}", col.name)
        if "memory" in parts[1:]:  # "default mem request", "allocatable mem"
            phrases.setdefault(words.replace("memory", "mem"), col.name)
            phrases.setdefault(words.replace("memory", "mem") + "s", col.name)
        if parts[0] == "memory":  # "mem limit", "mem requests"
            phrases.setdefault(" ".join(["mem", *parts[1:]]), col.name)
            phrases.setdefault(" ".join(["mem", *parts[1:]]) + "s", col.name)
        if len(parts) > 1 and parts[-1] == "request":  # "cpu req", "mem reqs"
            for lead in {" ".join(parts[:-1]), "mem" if parts[0] == "memory" else parts[0]}:
                phrases.setdefault(f"{lead} req", col.name)
                phrases.setdefault(f"{lead} reqs", col.name)
    if "created" in {c.name for c in table.columns}:  # metadata.creationTimestamp, said every way
        for phrase in ("creation time", "creation timestamp", "creation date", "created time", "created at",
                       "creationtimestamp", "created timestamp", "created date"):
            phrases.setdefault(phrase, "created")
    for (tname, phrase), column in SYNONYMS.items():
        if tname == table.name and column in {c.name for c in table.columns}:
            phrases[phrase] = column
            if not phrase.endswith("s"):  # "their restart counts"
                phrases.setdefault(phrase + "s", column)
    return phrases


@lru_cache(maxsize=8192)
def _phrase_pattern(phrase: str) -> str:
    """A phrase as a whole word, its spaces optional or dashes: "max replicas" also finds "maxreplicas"."""
    words = [re.escape(w) for w in phrase.split()]
    return r"(?<![\w\-])" + r"[ _\-]?".join(words) + r"(?![\w\-])"


def find_columns(text: str, table: Table) -> list[Mention]:
    """Column mentions in `text`, longest phrase first, never overlapping."""
    taken: list[tuple[int, int]] = []
    found: list[Mention] = []
    for _, column, pattern in _phrasing(table)[2]:
        for m in rx.finditer(pattern, text):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            if column == "cluster" and rx.match(r"\s*-?\s*roles?\b|\s*-?\s*rolebindings?\b", text[m.end() :]):
                continue  # the kind "cluster role (binding)", not the cluster column
            if column == "created" and rx.match(r"\s+by\b", text[m.end() :]):
                continue  # "jobs created by cron jobs": their owner, not a time asked
            taken.append((m.start(), m.end()))
            found.append(Mention(column, m.start(), m.end()))
    return sorted(found, key=lambda m: m.start)


_PROJECT_CUE = re.compile(
    r"(?:\bwith (?:their|its|the|there)?\s*|\band (?:their|its|the)\s+|\bshow(?:ing)? (?:the |their |me )?|"
    r"\bincluding (?:the |their )?|\bplus (?:the |their )?|\balong with (?:the |their )?|"
    r"\bwhat'?s (?:the |their |its )|\b(?:what|which) (?:is |are )?(?:the |their |its )?|[,:/+]\s*|\band\s+|"
    r"\bvs\.?\s+|\bversus\s+|\(\s*)$"
)
_ASKED_FIRST = r"\s*(?:(?:show|list|get|give me|what(?:'s| is| are)?)\s+)?(?:the\s+)?"
_PROJECT_AFTER = re.compile(
    r"^\s*(?:(?:(?:times?|timestamps?|dates?)\s+)?(?:of|for|per)\s+(?:the\s+|all\s+|each\s+|every\s+)?\w+|on\s+(?:each|every|all)\b)"
)


def _distribute(text: str, phrases: dict[str, str]) -> str:
    """Spell out a shared word: "current and max replicas" -> "current replicas and max replicas",
    "allocatable cpu and memory" -> "allocatable cpu and allocatable memory"."""

    def shared_last(m: re.Match) -> str:
        a, b, last = m.group(1), m.group(3), m.group(4)
        if f"{a} {last}" in phrases and f"{b} {last}" in phrases:
            return f"{a} {last}{m.group(2)}{b} {last}"
        return m.group(0)

    def shared_first(m: re.Match) -> str:  # also "cpu: capacity vs allocatable"
        first, a, b = m.group(1), m.group(2), m.group(4)
        if f"{first} {a}" in phrases and f"{first} {b}" in phrases:
            return f"{first} {a}{m.group(3)}{first} {b}"
        return m.group(0)

    def shared_both(m: re.Match) -> str:  # "default cpu and memory limits"
        first, a, b, last = m.group(1), m.group(2), m.group(4), m.group(5)
        if f"{first} {a} {last}" in phrases and f"{first} {b} {last}" in phrases:
            return f"{first} {a} {last}{m.group(3)}{first} {b} {last}"
        return m.group(0)

    def both_resources(m: re.Match) -> str:  # "default requests": the cpu one and the memory one
        first, last = m.group(1), m.group(2)
        if f"{first} cpu {last}" in phrases and f"{first} memory {last}" in phrases:
            return f"{first} cpu {last} and {first} memory {last}"
        return m.group(0)

    text = rx.sub(r"\b([a-z]+) ([a-z]+?)s\b", both_resources, text)
    text = rx.sub(r"\b([a-z]+) ([a-z]+)( and | & |/| vs | versus )([a-z]+) ([a-z]+)\b", shared_both, text)
    text = rx.sub(r"\b([a-z]+)( and | & |/| vs | versus )([a-z]+) ([a-z]+)\b", shared_last, text)
    # "ephemeral storage capacity vs allocatable": a two-word resource shared too
    two = r"\b(ephemeral storage):? ([a-z]+)( and | & |/| vs | versus )([a-z]+)\b"
    text = rx.sub(two, shared_first, text)
    return rx.sub(r"\b([a-z]+):? ([a-z]+)( and | & |/| vs | versus )([a-z]+)\b", shared_first, text)


def projections(
    text: str, table: Table, taken_columns: Iterable[str] = (), kind_words: Iterable[str] = ()
) -> list[str]:
    """Columns the question asks to see: "nodes with their kubelet version", "zone of each node"."""
    out: list[str] = []
    skip = set(taken_columns)
    kinds = set(kind_words)
    # "cpu (millicores) and memory (MiB) limits": the units are read elsewhere; the words share "limits"
    text = rx.sub(r"\s*\((?:millicores?|millicpus?|cores?|m|mib|mi|mb|gib|gi|gb|bytes)\)", "", text)
    phrases = column_phrases(table)

    def both(m: re.Match) -> str:  # "limits per container": the cpu one and the memory one
        kind = m.group(1)[:-1]
        if f"cpu {kind}" in phrases and f"memory {kind}" in phrases:
            return f"cpu {kind} and memory {kind}"
        return m.group(0)

    text = rx.sub(
        r"(?<!\bcpu )(?<!\bmemory )(?<!\bmem )(?<!\bdefault )(?<!\bstorage )(?<!\bgpu )(?<![\w\-.])"
        r"(?:resource )?(limits|requests)"
        r"(?=\s+(?:per|of|for|on)\s+(?:each|every|the|its|their)?\s*(?:containers?|ctrs?)\b)",
        both,
        text,
    )
    # "ml pods and their limits": the cpu one and the memory one
    text = rx.sub(r"(?:(?<=\btheir )|(?<=\bits ))(limits|requests)(?=\s*(?:[?.!,]|$))", both, text)
    text = _distribute(text, phrases)
    mentions = find_columns(text, table)
    for i, mention in enumerate(mentions):
        if mention.column in out:
            continue
        said_before = any(m.column == mention.column for m in mentions[:i])
        # filtered on, then asked for: "restarts > 0 and their restart count"
        # "reviews pods and their labels": shown though a label picked them ("with the label app=x" filters)
        shown_too = mention.column == "labels" and text[mention.start : mention.end] == "labels"
        if mention.column in skip and not (
            (said_before or shown_too) and _STRONG_CUE.search(text[: mention.start])
        ):
            continue
        if any(len(w) > mention.end - mention.start and text.startswith(w, mention.start) for w in kinds):
            continue  # part of the kind's own name: "role" in "role bindings"
        before = text[: mention.start]
        after = text[mention.end :]
        last = not after.strip(" ?.!")  # "broken po in payments w/ status": said last, after "with"
        said = text[mention.start : mention.end]
        pulls = r"\s*pull(?:ing)? ?(?:errors?|fail|backoff|back-off)"
        if said in ("image", "images") and rx.match(pulls, after):
            continue  # "pods with image pull errors": a state, not the images asked for
        # a bare common word ("status", "age") needs a cue; a phrase ("start time") names its column outright
        if mention.column in _NOT_PROJECTED and (" " not in said or mention.column in _NEVER_SHOWN) and not (
            mention.column in _SHOWN_WHEN_ASKED
            and (
                _STRONG_CUE.search(before)
                or (last and rx.search(r"\b(?:with|plus)\s+$", before))
                # "with their status and age", "with age and status"
                or _in_shown_list(text, mentions, i, out)
                or _ASKED_OF_EACH.match(before[-8:] + "|" + after)  # "what type is each of my services?"
                or (  # "svc types here", "pod statuses": the kind, then its column in the plural
                    text[mention.end - 1] == "s"
                    and any(before.endswith(w + " ") for w in kinds)
                    and rx.match(r"\s*(?:here|in\b|of\b|on\b|for\b|[,?.!]|$)", after)
                )
                or (  # "status of pods in ml", "the type of each service": the column, then whose it is
                    rx.fullmatch(_ASKED_FIRST, before)
                    and kinds
                    # "status of the last db-backup job": words (a name) may come before the kind
                    and rx.match(
                        r"\s*(?:of|for|on)\s+(?:the |all |each |every |my )?(?:[a-z0-9][\w\-.]*\s+){0,3}?"
                        rf"(?:{'|'.join(map(re.escape, kinds))})(?!\S)",
                        after,
                    )
                )
                or (  # "pods age": the kind, then its column, said last
                    mention.column not in ("ready", "state", "status")
                    and any(before.endswith(w + " ") for w in kinds)
                    and not after.strip(" ?.!")
                )
            )
        ):
            continue
        if rx.match(_NOT_INCLUDED.replace("(?!", "(?=", 1), after):
            continue
        if rx.match(r"[\s\-]?(?:optimi[sz]ed|intensive|heavy|hungry|bound)\b", after):
            continue  # "the r5 (memory optimised) family": what the machines are for, not a column asked
        last = before.split()[-1:] if before.strip() else []
        if (
            _PROJECT_CUE.search(before)
            or text.startswith("how ", mention.start)  # "how long did each job take?"
            # a column alone: "default memory limit in ml", "default memory limit in ml limitrange"
            or not before.strip()
            and (
                not after.strip(" ?.!")
                or " " in text[mention.start : mention.end] and after.strip(" ?.!") in kinds
            )
            or (last and last[0] in kinds and text[mention.start : mention.end] not in _STATE_WORDS)
            # "team-a limit range default cpu limit": a kind of two words, then its column
            or (
                " " in said
                and not after.strip(" ?.!")
                and any(" " in w and before.rstrip().endswith(" " + w) for w in kinds)
            )
            or any(  # "pod ips here": the kind's word starts the column's phrase
                text.startswith(w + " ", mention.start) and mention.end > mention.start + len(w)
                for w in kinds
            )
            or (
                _PROJECT_AFTER.match(after)
                and (not before.strip() or rx.search(r"\b(?:what|which|show|list|get|the)\b", before))
            )
            # "restarts by pod": each object's own, as "per pod" says
            or ((by := rx.match(r"\s*by\s+(?:each\s+)?(\w+)", after)) is not None and by.group(1) in kinds)
        ):
            out.append(mention.column)
            # the columns listed just before it: "memory request and limit of each pod"
            for earlier in reversed(mentions[:i]):
                between = text[earlier.end : mentions[mentions.index(earlier) + 1].start]
                if not rx.fullmatch(r"\s*(?:,|and|plus|&|/|\+|vs\.?|versus)\s*(?:the\s+|their\s+)?", between):
                    break
                if text[earlier.start : earlier.end] in kinds:  # "endpoints and their ports": the kind
                    break
                if earlier.column not in out and earlier.column not in skip | _NOT_PROJECTED:
                    out.insert(out.index(mention.column), earlier.column)
    return out


_BARE_OPERATORS = {
    **dict.fromkeys(("more", "bigger", "higher"), ">"),
    **dict.fromkeys(("fewer", "less", "smaller", "lower"), "<"),
}
# two columns said equal or unequal: "desired != ready", "current replicas equal max", "ready isn't desired"
_UNEQUAL = (
    r"!=|<>|not equal to|differs? from|(?:doesn'?t|don'?t|does not|do not) (?:match|equal)|isn'?t|aren'?t|not"
)
# "limit equals request", "limit is the same as the request": one column equal to the other
_SAME = rf"{_UNEQUAL}|==|equals?(?: to)?|(?:the )?same as|match(?:es)?"


def _compared(words: str) -> str:
    """The operator between two columns compared in `words`."""
    if rx.fullmatch(_UNEQUAL, words):
        return "<>"
    return _BARE_OPERATORS.get(words) or _operator(words)


def _factor(said: str | None) -> str | None:
    """The number in "4 times", "2x" or "twice"."""
    if not said:
        return None
    return {"twice": "2", "double": "2"}.get(said) or re.match(r"[\d.]+", said).group(0)


def compared_columns(text: str, table: Table) -> list[tuple[str, str]]:
    """Two numeric columns compared: "UP-TO-DATE < DESIRED", "fewer ready replicas than desired",
    "a cpu limit at least 4 times the cpu request", "capacity > requested storage"."""
    numeric = {c.name for c in table.columns if c.type in _NUMERIC}
    phrases = {p: c for p, c in column_phrases(table).items() if c in numeric}
    for p, c in column_phrases(table).items():  # kubectl's READY is text ("1/3"): compared, its count
        if column_type(table, c) == "text" and c + "_replicas" in numeric:
            phrases.setdefault(p, c + "_replicas")
        if column_type(table, c) == "list" and "total_" + c in numeric:  # "than containers": how many
            phrases.setdefault(p, "total_" + c)
    if len(set(phrases.values())) < 2:
        return []
    flat = {re.sub(r"[ _\-]", "", p): c for p, c in phrases.items()}  # "up-to-date" is "up to date"
    alt = "|".join(r"[ _\-]?".join(map(re.escape, p.split())) for p in sorted(phrases, key=len, reverse=True))
    col = rf"(?:the |their |its )?({alt})"
    times = r"(?:(\d+(?:\.\d+)?(?=\s*(?:times|x)\b)|twice|double)(?:\s*(?:times|x))?\s+)?"
    op = rf"({_SAME}|>=|<=|>|<|=|{MORE}|{LESS}|{EXACT}|bigger than|larger than|higher than|lower than)"
    # the right column may be said by its last word, the rest shared: "a cpu limit 4x their request"
    short = rf"(?:the |their |its )?({alt}|[a-z]+)"
    patterns = [  # (pattern, group of the left column, the operator, the factor, the right column)
        # "up-to-date replicas are fewer than desired": the count said with what it counts
        (rf"\b{col}(?:\s+replicas|\s+pods)?\s*(?:is |are )?{op}\s*{times}{short}\b", (1, 2, 3, 4)),
        (
            rf"\b(more|fewer|less|bigger|smaller|higher|lower)\s+{col}(?:\s+replicas|\s+pods)?\s+than\s+{times}{col}\b",
            (2, 1, 3, 4),
        ),
    ]
    out: list[tuple[str, str]] = []
    for pattern, (left_i, op_i, times_i, right_i) in patterns:
        for m in rx.finditer(pattern, text):
            said = [re.sub(r"[ _\-]", "", m.group(i)) for i in (left_i, right_i)]
            # "memory limits less than their requests": one word on the right shares the left's others
            joined = "".join([*m.group(left_i).split()[:-1], said[1]])
            one_word = len(m.group(right_i).split()) == 1
            if said[1] not in flat or (one_word and joined in flat and joined != said[0]):
                said[1] = joined
            if said[1] not in flat:
                continue
            left, right = flat[said[0]], flat[said[1]]
            if left == right:
                continue
            words = m.group(op_i)
            operator = _compared(words)
            factor = _factor(m.group(times_i))
            out.append((f"{left} {operator} {factor + ' * ' if factor else ''}{right}", m.group(0)))
    # the right column said without the words it shares with the left one: "memory limit higher than request"
    bare = r"(?:the |their |its )?([a-z]+)\b"
    elided = [  # (pattern, group of the left column, the operator, the factor, the right word)
        (rf"\b{col}\s*(?:is |are )?{op}\s*{times}{bare}", (1, 2, 3, 4)),
        (rf"\b(more|fewer|less|bigger|smaller|higher|lower)\s+{col}\s+than\s+{times}{bare}", (2, 1, 3, 4)),
    ]
    for pattern, (left_i, op_i, times_i, right_i) in elided:
        for m in rx.finditer(pattern, text):
            left = flat[re.sub(r"[ _\-]", "", m.group(left_i))]
            said = m.group(left_i).split()
            shared = [said[:i] + said[i + 1 :] for i in range(len(said))]  # the left's words but one
            word = m.group(right_i)
            right = next(
                (
                    phrases[p]
                    for rest in shared
                    for w in (word, word.rstrip("s"))
                    for p in (" ".join([*rest, w]), " ".join([w, *rest]))
                    if rest and p in phrases
                ),
                None,
            )
            if right and right != left and not any(m.group(0) in said for _, said in out):
                operator = _compared(m.group(op_i))
                factor = _factor(m.group(times_i))
                out.append((f"{left} {operator} {factor + ' * ' if factor else ''}{right}", m.group(0)))
    # a ratio held to a number: "cpu limit/request ratio >= 4" is a limit at least 4 times the request
    ratio = rf"\b{col}\s*(?:/|to)\s*(?:the |their |its )?([a-z][\w ]*?)\s+ratio\s*(?:is\s+|of\s+)?{op}\s*"
    ratio += r"(\d+(?:\.\d+)?)"
    for m in rx.finditer(ratio, text):
        said = m.group(1).split()
        right = m.group(2) if m.group(2) in phrases else " ".join([*said[:-1], m.group(2)])  # "limit/request"
        if right in phrases and phrases[right] != phrases[m.group(1)]:
            operator = _compared(m.group(3))
            out.append((f"{phrases[m.group(1)]} {operator} {m.group(4)} * {phrases[right]}", m.group(0)))
    return out


_OLDER = r"older|earlier|lower|less|below|before|under|prior to|<"
_NEWER = r"newer|later|higher|greater|above|after|over|more|>"
_VERSION = r"v?(\d+(?:\.\d+)+)(?![\w.])"


def version_conditions(text: str, table: Table) -> list[tuple[str, str]]:
    """A version compared with a release: "kubelet older than 1.29", "kernel 5.4 or newer". Versions
    compare part by part, on as many parts as were said: 1.29.10 is not older than 1.29."""
    versions = {c.name for c in table.columns if c.name.endswith("version") and c.type == "text"}
    said = [m for m in find_columns(text, table) if m.column in versions]
    if not said:  # "nodes on 1.28 or newer": what the kind calls its version
        said = [Mention(m.column, -99, -99) for m in find_columns("version", table) if m.column in versions]
    if not said:
        return []
    patterns = [  # (pattern, group of the operator words, group of the version)
        (rf"(?<!\w)(?:(at least|>=|at most|<=|(?:{_OLDER}|{_NEWER})(?: than)?)\s*){_VERSION}", 1, 2),
        (rf"{_VERSION}\s+(?:or|and) (?:(?:{_OLDER}|{_NEWER}|up|down)\b)", 0, 1),
        (rf"{_VERSION}\+", 0, 1),  # "1.28+"
        # "nodes on v1.30", "kubelet version 1.29": that release, on as many parts as were said
        (rf"(?<![\w.])(?:=\s*)?{_VERSION}", -1, 1),
    ]
    for pattern, op_group, v_group in patterns:
        # right after the version named, or said as a release: not "more than 1.5 cores"
        found = [
            m for m in rx.finditer(pattern, text)
            if any(0 <= m.start() - s.end <= 24 for s in said)
            or rx.search(r"\b(?:newer|older|later|earlier)\b|(?<!\w)v\d", m.group(0))
        ]
        if not found:
            continue
        m = found[0]
        words = m.group(op_group) if op_group > 0 else m.group(0)
        if op_group < 0:
            op = "="
        elif rx.search(rf"^(?:at least|>=)$|\bor (?:{_NEWER}|up)\b|\+$", words):
            op = ">="
        elif rx.search(rf"^(?:at most|<=)$|\bor (?:{_OLDER}|down)\b", words):
            op = "<="
        elif rx.match(_OLDER, words):
            op = "<"
        else:
            op = ">"
        parts = m.group(v_group).split(".")
        column = _ident(said[0].column)
        have = f"regexp_extract({column}, '\\d+(\\.\\d+)*')"  # "v1.29.10", "6.5.0-1024-aws"
        have = f"list_transform(string_split({have}, '.'), x -> CAST(x AS INTEGER))"
        return [(f"{have}[1:{len(parts)}] {op} [{', '.join(str(int(x)) for x in parts)}]", m.group(0))]
    return []


# Text columns that hold whole numbers: a deployment's revision annotation.
_NUMBERS_AS_TEXT = frozenset({"revision"})


def numeric_conditions(text: str, table: Table) -> list[tuple[str, str]]:
    """(SQL condition, words) for numbers compared with a numeric column: "more than 5 restarts"."""
    numeric = {c.name for c in table.columns if c.type in _NUMERIC}
    phrases = {p: c for p, c in column_phrases(table).items() if c in numeric}
    for c in numeric:  # kubectl's "completions" column is text: a number compared with it is the desired one
        shown = c.removeprefix("desired_")
        if shown != c and column_type(table, shown) == "text":
            phrases.setdefault(shown.replace("_", " "), c)
    for p, c in column_phrases(table).items():  # a number kept as text: "revision above 5"
        if c in _NUMBERS_AS_TEXT and column_type(table, c) == "text":
            phrases.setdefault(p, f"TRY_CAST({c} AS INTEGER)")
    for p, c in list(phrases.items()):  # "more than 1 completion": a count said in the singular
        if p.endswith("s") and not p.endswith("ss"):
            phrases.setdefault(p[:-1], c)
    if not phrases:
        return []
    if "max pods" in phrases:  # "nodes that can run more than 100 pods": how many they accept
        can = r"\b(?:can|could) (?:run|hold|fit|take|accept|host) (.{0,16}?\d+) pods\b"
        text = rx.sub(can, r"\1 max pods", text)
    alt = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
    # not "50 ti(mes)"; "100m" at the end is millicores too
    num = r"(\d+(?:\.\d+)?)%?\s*(?:(ki|kib|mi|mib|mb|gi|gib|gb|ti|tib|tb|m(?=\s|$|[,?)]))\b)?"
    patterns = [
        # "(?:\w+\s+)??": the longer phrase first ("less than 8Gi allocatable memory")
        (rf"(?<!\w)({MORE}|{LESS}|{EXACT})\s*{num}\s+(?:\w+\s+)??({alt})\b", (1, 2, 3, 4)),
        (rf"\b({alt})\s+(?:is\s+|are\s+|of\s+)?({MORE}|{LESS}|{EXACT})\s+{num}", (2, 3, 4, 1)),
        (rf"\b({alt})\s*(>=|<=|>|<|=|:)\s*{num}", (2, 3, 4, 1)),  # "backoffLimit: 0" as YAML says it
        # "4 cores or more", "256Mi of memory or less"
        (rf"\b(){num}\s+(?:of\s+)?({alt})\s+(or (?:more|above|higher|greater|less|fewer|below|under))\b",
         (5, 2, 3, 4)),
        # "10 or more replicas"
        (rf"\b{num}\s+(or (?:more|above|higher|greater|less|fewer|below|under))\s+({alt})\b", (3, 1, 2, 4)),
        # "a cpu limit of 2 cores or more", "memory request 512Mi or less": the column said first
        (rf"\b({alt})\s+(?:of\s+|is\s+|at\s+)?{num}\s+(?:[a-z]+\s+)?"
         rf"(or (?:more|above|higher|greater|less|fewer|below|under))\b", (4, 2, 3, 1)),
        (rf"\b(with|allowing|having|has|have|of)\s+{num}\s+({alt})\b", (1, 2, 3, 4)),
        (rf"\b({alt})\s+(of\s+)?{num}(?!\s*\w)", (2, 3, 4, 1)),
        # "more restarts than 3", "requesting more memory than 1Gi"
        (rf"\b(more|fewer|less|bigger|smaller|higher|lower)\s+({alt})\s+than\s+{num}", (1, 3, 4, 2)),
    ]
    out: list[tuple[str, str]] = []
    seen: set[str] = set()
    # "between 1 and 5 restarts", "a cpu request between 1 and 2": both ends kept, the unit said once
    ranges = [
        (rf"\bbetween\s+{num}\s+and\s+{num}\s+(?:of\s+)?(?:\w+\s+)??({alt})\b", 5),
        (rf"\b({alt})\s+(?:of\s+|is\s+|are\s+)?between\s+{num}\s+and\s+{num}", 1),
    ]
    for pattern, col_i in ranges:
        for m in rx.finditer(pattern, text):
            column = phrases[m.group(col_i)]
            if column in seen:
                continue
            at = 1 if col_i == 5 else 2
            low, low_unit, high, high_unit = m.group(at, at + 1, at + 2, at + 3)
            low_value = _scaled(low, low_unit or high_unit, column)
            out.append((f"{column} BETWEEN {low_value} AND {_scaled(high, high_unit, column)}", m.group(0)))
            seen.add(column)
    for pattern, (op_i, n_i, unit_i, col_i) in patterns:
        for m in rx.finditer(pattern, text):
            column = phrases[m.group(col_i)]
            if rx.match(r"\s*(h|hrs?|hours?|d|days?|weeks?|w|mins?|minutes?|ago)\b", text[m.end() :]):
                continue  # "restarted <1h ago": a time, read by windows.py
            if (
                column.endswith("_request")
                and rx.search(r"\b(allowed|limits?|capped|at most)\b", text)
                and not (  # "with memory request at most 256Mi": the request, said so
                    rx.search(r"\brequest(?:s|ed|ing)?\b", text) and not rx.search(r"\blimits?\b", text)
                )
            ):
                column = column.replace("_request", "_limit")  # "allowed more than 2 GiB of memory"
            if column in seen:
                continue
            op = _BARE_OPERATORS.get(m.group(op_i) or "") or _operator(m.group(op_i))
            value = _scaled(m.group(n_i), m.group(unit_i), column)
            out.append((f"{column} {op} {value}", m.group(0)))
            seen.add(column)
    # a count said to be none: "deployments with no ready pods", "zero ready replicas"
    ints = [  # (a target not set is unset, not 0: read as missing)
        p for p in sorted(phrases, key=len, reverse=True)
        if column_type(table, phrases[p]) == "int" and not phrases[p].endswith("_target_percent")
    ]
    counts = "|".join(map(re.escape, ints))
    # not a count qualified after it: "no replicas ready"
    qualified = r"(?!\s+(?:is\s+|are\s+)?(?:ready|available|running|up|updated|current)\b)"
    qualified += r"(?!\s+class\b)"  # "no priority class": a field unset, not a priority of 0
    none = rf"\b(?:with|having|has|have)\s+(?:no|zero)\s+({counts})\b{qualified}"
    nones = rx.finditer(none, text) if counts else ()
    for m in nones:
        if phrases[m.group(1)] not in seen:
            out.append((f"{phrases[m.group(1)]} = 0", m.group(0)))
            seen.add(phrases[m.group(1)])
    or_more = r"\s+or (?:more|above|larger|bigger)\b"
    sized = rx.search(rf"(?<!\w)({MORE}|{LESS})\s*{num}|(?<!\w)(){num}{or_more}", text)
    unit = sized and (sized.group(3) or sized.group(6))
    in_bytes = [c.name for c in table.columns if c.type in _NUMERIC and "bytes" in c.description.lower()]
    spanned = rx.search(rf"\bbetween\s+{num}\s+and\s+{num}", text)
    if not out and spanned and (spanned.group(2) or spanned.group(4) or "") not in ("", "m") and in_bytes:
        # "pvcs between 10 and 100 GiB": a size range with no column named is the kind's first size in bytes
        low = _scaled(spanned.group(1), spanned.group(2) or spanned.group(4), in_bytes[0])
        high = _scaled(spanned.group(3), spanned.group(4), in_bytes[0])
        out.append((f"{in_bytes[0]} BETWEEN {low} AND {high}", spanned.group(0)))
    if not out and unit and unit != "m" and in_bytes:
        # "gp3 claims of 100Gi or more": a size with no column named is the kind's first size in bytes
        op = _operator(sized.group(1) if sized.group(1) is not None else sized.group(4))
        number = sized.group(2) or sized.group(5)
        out.append((f"{in_bytes[0]} {op} {_scaled(number, unit, in_bytes[0])}", sized.group(0)))
    # a number of things a list column holds: "pods with more than 2 containers"
    for col in table.columns:
        if col.type != "list" or col.name in seen:
            continue
        said = [col.name.replace("_", " ").rstrip("s")]
        said += [p.rstrip("s") for p, c in column_phrases(table).items() if c == col.name]  # "env vars"
        word = "(?:" + "|".join(rx.escape(w) for w in sorted(set(said), key=len, reverse=True)) + ")"
        m = rx.search(rf"(?<!\w)({MORE}|{LESS}|{EXACT}|with|having|has|have)\s*(\d+)\s+{word}s?\b", text)
        if m:
            out.append((f"len({col.name}) {_operator(m.group(1))} {int(m.group(2))}", m.group(0)))
    # a number counted in a column of its own: "roles with more than 3 rules" (rule_count)
    for col in table.columns:
        if not col.name.endswith("_count") or col.name in seen or col.type not in _NUMERIC:
            continue
        word = rx.escape(col.name[: -len("_count")].replace("_", " "))
        lead = rf"(?<!\w)({MORE}|{LESS}|{EXACT}|with|having|has|have)"
        m = rx.search(rf"{lead}\s*(\d+)\s+{word}(?:s|es)?\b", text)
        if m and not any(m.group(0) in said for _, said in out):
            out.append((f"{col.name} {_operator(m.group(1))} {int(m.group(2))}", m.group(0)))
    return out


def _operator(words: str | None) -> str:
    if words == "":  # "4 cores or more": the empty group of the one pattern without an operator word
        return ">="
    words = (words or "").strip()
    if words.startswith("or "):
        return ">=" if rx.search(r"more|above|higher|greater", words) else "<="
    if words in (">=", "at least"):
        return ">="
    if words in ("<=", "at most"):
        return "<="
    if rx.fullmatch(MORE, words):
        return ">"
    if rx.fullmatch(LESS, words):
        return "<"
    return "="


def _scaled(number: str, unit: str | None, column: str) -> str:
    value = float(number)
    if unit:
        unit = unit.lower()
        if unit in _SIZE_UNITS:
            value *= _SIZE_UNITS[unit]
        elif unit == "m" and "cpu" in column:
            value /= 1000
    return str(int(value)) if value == int(value) else repr(value)


def boolean_conditions(text: str, table: Table, taken_columns: Iterable[str] = ()) -> list[tuple[str, str]]:
    """Flags named in the question: "immutable configmaps", "non-default storage classes"."""
    skip = set(taken_columns) | {"ready", "is_ready", "scheduled", "started"}
    skip |= {c.name for c in table.columns if any(t.startswith(c.name + "_") for t in taken_columns)}
    flags = {
        p: c for p, c in column_phrases(table).items() if c not in skip and column_type(table, c) == "bool"
    }
    out: list[tuple[str, str]] = []
    for phrase, column in sorted(flags.items(), key=lambda kv: -len(kv[0])):
        m = rx.search(
            r"(?<!counting )(?<!including )"  # "counting init ones" widens too
            r"(?<!var )(?<!variable )(?<!env )"  # "env var DEBUG" names a variable, not the flag
            r"(?<!fully )(?<!replicas )(?<!pods )"  # "all replicas available" counts replicas, not the flag
            r"(?<![\w\-])(not (?:using |having |with )?|non-?|un|without (?:\w+ )?|no |"
            r"(?:aren'?t|isn'?t|don'?t|doesn'?t) (?:\w+ )?)?"
            + _phrase_pattern(phrase).removeprefix(r"(?<![\w\-])")
            + _NOT_INCLUDED,
            text,
        )
        if m and m.group(1) and any(  # a word of another column: "max unavailable" is no "not available"
            x.column != column and x.start <= m.start() and m.end() <= x.end
            for x in find_columns(text, table)
        ):
            continue
        if m and column not in {c.removeprefix("NOT ") for c, _ in out}:  # one phrase per flag
            # "automount_token false", "automount disabled"
            # "their Available condition false", "ScalingActive status is False"
            off = r"(?:\s+(?:condition|status|flag|field))?"
            off += r"\s*(?:[=:]\s*|\s(?:is |are |set to |turned )?)(?:false|disabled|off)\b"
            off += r"|(?:\s+(?:condition|status|flag|field))?\s+"
            off += r"(?:is ?n'?t|is not|are ?n'?t|are not|not) true\b"
            negated = bool(m.group(1)) != bool(rx.match(off, text[m.end() :]))
            cond = f"NOT {column}" if negated else column
            out.append((cond, m.group(0)))
    return out


# Optional spec fields, one of which is set where the other is not: "pdbs with maxUnavailable".
_OPTIONAL_FIELDS = {
    "poddisruptionbudgets": ("min_available", "max_unavailable"),
    # set on some pods only: "pods with a priority class", "pods with readiness gates"
    "pods": ("nominated_node", "priority_class", "readiness_gates"),
}
_SETTING = (
    r"\b(?:with|using|uses|use|sets?|setting|specif(?:y|ies)|defines?|defined with)\s+(?:an?\s+|a custom\s+)?"
)


def present_conditions(text: str, table: Table, taken_columns: Iterable[str] = ()) -> list[tuple[str, str]]:
    """Quantities that must be set: "limit ranges with a default cpu limit", "pods that have a cpu limit"."""
    skip = set(taken_columns)
    out: list[tuple[str, str]] = []
    # "… have a memory limit", "limit ranges that give containers a default cpu limit"
    having = r"(?<!n't )(?<!nt )(?<!not )\b(?:(?:with|have|has|gives?(?: \w+)?)\s+(?:an?\s+|any\s+|some\s+)?"
    having += r"|(?:sets?|defines?|specif(?:y|ies))\s+(?:an?|any|some)\s+)"  # "that set a cpu request"
    for phrase, column in column_phrases(table).items():
        kind = column_type(table, column)
        if column in skip or column in {c.split()[0] for c, _ in out} or kind not in ("float", "int", "text"):
            continue
        if kind == "float" and " " not in phrase:
            continue  # one word ("cpu", "memory") is too loose to read as "has one"
        counts = phrase.endswith(("count", "counts"))  # "with restart counts" shows the number
        if kind == "int" and (not rx.search(r"fail|restart|misscheduled", column) or counts):
            continue  # only counts of trouble filter ("with failures"); "with current replicas" shows one
        named = _phrase_pattern(phrase).removeprefix(r"(?<![\w\-])")
        if kind == "text":
            if column not in _OPTIONAL_FIELDS.get(table.name, ()):
                # a field the catalog says may be NULL, said with an article: "pods with an ip"
                # ("pods with ip" asks to see it)
                if "NULL" not in _description(table, column):
                    continue
                m = rx.search(r"(?<!n't )(?<!not )\b(?:with|have|has|having)\s+an?\s+" + named, text)
            else:
                m = rx.search(_SETTING + named, text) or rx.search(
                    having + named + r"\s+(?:set|defined|specified)\b", text
                )
            after = rx.match(r"\s+(?:=\s*)?([a-z][\w\-.]*)", text[m.end() :]) if m else None
            if after and after.group(1) not in lx.STOPWORDS:
                continue  # a value follows: "with priority class system-node-critical"
            if m:  # an optional field set: "pdbs using maxUnavailable", or to one value: "… of 1", "… 25%"
                to = r"\s*(?:=|:|of|at|set to)?\s*(\d+)\s*(%|percent\b)?(?![\w.%])"
                value = rx.match(to, text[m.end() :])
                said = value and value.group(1) + ("%" if value.group(2) else "")
                cond = f"{column} = '{said}'" if said else f"{column} IS NOT NULL"
                out.append((cond, m.group(0)))
            continue
        set_ = r"(?:\s+(?:set|defined|specified)\b)?"
        # not "with restarts > 3", nor "with memory limit missing"
        m = rx.search(having + named + set_ + r"(?!\s*(?:[<>=]|\d))(?!" + _UNSET + ")", text)
        if m:  # a count that must not be zero: "jobs with failures", "deployments with unavailable replicas"
            out.append((f"{column} IS NOT NULL" if kind == "float" else f"{column} > 0", m.group(0)))
    # "events with the action set", "pods whose node selector is set", "events carrying labels": a field
    # given some value
    is_set = r"\s+(?:is\s+|are\s+)?(?:set|defined|specified|present|populated|non-?empty|not empty)\b"
    is_set += r"(?!\s*(?:to|=|:|as|at)\b)"  # not "session affinity set to ClientIP": a value follows
    for phrase, column in column_phrases(table).items():
        kind = column_type(table, column)
        if column in skip or column in {c.split()[0] for c, _ in out} or kind not in ("text", "map"):
            continue  # (a list set is read with the lists: "roles with resourceNames set")
        named = _phrase_pattern(phrase).removeprefix(r"(?<![\w\-])")
        own = r"(?:the\s+|an?\s+|their\s+|its\s+|any\s+)?"
        m = rx.search(r"\b(?:with|whose|where|that have|that has|having)\s+" + own + named + is_set, text)
        if kind == "map" and m is None:
            carrying = r"\b(?:carry|carrying|carries|with any|have any|has any|having any)\s+"
            m = rx.search(carrying + named + r"\b", text)
        if m:
            cond = f"{column} IS NOT NULL" if kind == "text" else f"cardinality({column}) > 0"
            out.append((cond, m.group(0)))
    # "pods that have limits": either resource's, as "pods without limits" is neither's
    columns = {c.name for c in table.columns}
    for amount in ("limit", "request"):
        both = {f"cpu_{amount}", f"memory_{amount}"}
        plural = rf"(?:resource\s+)?{amount}s(?:\s+(?:set|defined|specified))?\b(?!\s*(?:[<>=]|\d))"
        said = rx.search(having + plural, text)
        if said and both <= columns and not both & ({c.split()[0] for c, _ in out} | skip):
            out.append((f"(cpu_{amount} IS NOT NULL OR memory_{amount} IS NOT NULL)", said.group(0)))
    return out


def _description(table: Table, column: str) -> str:
    return next((c.description for c in table.columns if c.name == column), "")


def column_type(table: Table, column: str) -> str | None:
    # by the table object's identity: hashing a whole Table on every call costs more than the scan
    entry = _COLUMN_TYPES.get(id(table))
    if entry is None or entry[0] is not table:
        entry = _COLUMN_TYPES[id(table)] = (table, {c.name: c.type for c in table.columns})
    return entry[1].get(column)


_COLUMN_TYPES: dict[int, tuple[Table, dict[str, str]]] = {}


def value_conditions(
    text: str,
    table: Table,
    values: Callable[[str, str], frozenset[str]],
    taken_columns: Iterable[str] = (),
    skip_words: Iterable[str] = (),
) -> list[tuple[str, str]]:
    """Values the cluster holds in a short text column, named in the question: "NodePort services"."""
    skip = set(taken_columns)
    avoid = {w.lower() for w in skip_words}
    out: list[tuple[str, str]] = []
    used: set[str] = set()
    text = _mend_values(text, table, values, skip)
    said = text
    for mention in find_columns(text, table):  # "cluster ip" names a column, not the value "Cluster"
        text = text[: mention.start] + " " * (mention.end - mention.start) + text[mention.end :]
    columns = list(table.columns)
    if rx.search(r"\bon\s+(?:the\s+)?(?:node\s+)?[a-z0-9]", text):
        # "daemonsets without a pod on control-plane-1": the node, not the static pods' owner of that name
        columns.sort(key=lambda c: c.name != "node")
    for col in columns:
        if col.type not in _TEXT | {"list"} or col.name in skip or col.name in _NO_VALUES | _NO_LIST_VALUES:
            continue
        for value in sorted(values(table.name, col.name), key=len, reverse=True):
            word = value.lower()
            if len(word) < 3 or word in avoid or word in used or word.isdigit():
                continue
            if word in _PLAIN_WORDS and not any(
                rx.search(rf"\b{w}\b", said)
                for w in [*col.name.split("_"), col.name.replace("_", "")]  # "externalTrafficPolicy"
                if len(w) > 3
            ):
                continue  # "never" is restart_policy's value only with "restart" or "policy" said
            if col.type == "list":  # an element, or a port's number ("5432/TCP" from "port 5432")
                protocol = ""
                if rx.fullmatch(r"\d+/\w+", word):
                    word, protocol = word.split("/")  # "5432", or as written: "5432/tcp"
                elif rx.fullmatch(r"[\w.\-/*]+:(?:noschedule|prefernoschedule|noexecute)", word):
                    word = word.rsplit(":", 1)[0]  # a toleration by its key: "the nvidia.com/gpu taint"
                else:
                    word = word.split("/")[0]
                if not (len(word) >= 3 and (word.isdigit() or not word.isalpha() or len(word) >= 5)):
                    continue
                if word not in text and word.replace("-", " ") not in text:
                    continue  # not said: no need to spell it out
                spelt = re.escape(word).replace(r"\-", "[- ]")  # "control plane" for control-plane
                spelt += f"(?:/{protocol})?" if protocol else ""
                m = rx.search(r"(?<![\w\-./])" + spelt + r"(?![\w\-/])" + _NOT_INCLUDED, text)
                if m:
                    out.append((f"list_contains({_ident(col.name)}, '{value}')", value))
                    used.add(word)
                continue
            # "the EBS CSI driver" is ebs.csi.aws.com (its "csi driver" may be blanked as a column's name)
            csi = rx.match(r"([a-z0-9\-]+)\.csi\.", word)
            if word not in text and word.replace("-", " ") not in text and not (csi and csi.group(1) in text):
                continue  # not said: no need to spell it out
            spelt = re.escape(word).replace(r"\-", "[- ]")  # "job controller" for job-controller
            if csi:
                spelt = f"(?:{spelt}|{re.escape(csi.group(1))}(?= +csi\\b|  ))"
            m = rx.search(
                r"(?<![\w\-./])" + _NOT_VALUE + spelt
                + r"(?![\w\-/])"
                + _NOT_INCLUDED,
                text,
            )
            if m:
                out.append((f"{_ident(col.name)} {'<>' if m.group(1) else '='} '{value}'", value))
                used.add(word)
    return _merge_same_column(out + _value_tails(text, table, values, skip | {c.split()[0] for c, _ in out}))


# A value said negated, as group 1: "not on kubelet v1.29.10", "don't use gp3", "not from the kubelet".
_NOT_VALUE = (
    r"(not |non-|aren'?t |isn'?t |except |!= ?|<> ?|"
    r"(?:not|aren'?t|isn'?t) (?:on|in|running|using) (?:the )?\s*|"
    r"(?:not|(?:do|does|did)n'?t) (?:use|using|run|running) (?:the )?|"
    r"not (?:(?:reported|sent|emitted) )?(?:from|by) (?:the )?)?"
)


def _mend_values(
    text: str, table: Table, values: Callable[[str, str], frozenset[str]], skip: set[str]
) -> str:
    """A dashed value misspelt, mended to the one held value it is close to: "system-cluster-critcal".
    Its numbers must be the same: "worker-12" is no misspelling of "worker-2"."""
    held = {
        v.lower()
        for col in table.columns
        if col.type in _TEXT and col.name not in skip | _NO_VALUES
        for v in values(table.name, col.name)
        if "-" in v
    }

    def mend(m: re.Match) -> str:
        word = m.group(0)
        if word in held:
            return word
        close = [c for c in difflib.get_close_matches(word, sorted(held), n=2, cutoff=0.9)
                 if re.findall(r"\d+", c) == re.findall(r"\d+", word)]
        return close[0] if len(close) == 1 else word

    return rx.sub(r"(?<![\w\-./])[a-z][a-z0-9]*(?:-[a-z0-9]+)+(?![\w\-./])", mend, text) if held else text


def _value_tails(
    text: str, table: Table, values: Callable[[str, str], frozenset[str]], skip: set[str]
) -> list[tuple[str, str]]:
    """A value named by its last part alone, when only one value ends so: "4xlarge" for m5.4xlarge,
    "zone 1a" for us-east-1a."""
    out: list[tuple[str, str]] = []
    for col in table.columns:
        if col.type not in _TEXT or col.name in skip or col.name in _NO_VALUES:
            continue
        tails: dict[str, list[str]] = {}
        heads: dict[str, list[str]] = {}
        for value in values(table.name, col.name):
            parts = re.split(r"[.\-/]", value.lower())
            if len(parts) > 1:
                tails.setdefault(parts[-1], []).append(value)
                heads.setdefault(parts[0], []).append(value)
        for tail, owners in tails.items():
            if len(owners) != 1 or tail not in text or not _distinctive(tail):
                continue  # a word ("large") or a number ("10") says too little; "4xlarge", "1a" say one
            m = rx.search(r"(?<![\w\-./])" + _NOT_VALUE + re.escape(tail) + r"(?![\w\-/])", text)
            if m:
                out.append((f"{_ident(col.name)} {'<>' if m.group(1) else '='} '{owners[0]}'", tail))
                break
        else:  # a family named by its first part: "r5 nodes" are every r5.* instance type
            for head, owners in heads.items():
                m = _distinctive(head) and rx.search(
                    r"(?<![\w\-./])" + _NOT_VALUE + re.escape(head) + r"(?![\w\-./])", text
                )
                if head in text and m:
                    like = "NOT LIKE" if m.group(1) else "LIKE"
                    out.append((f"{_ident(col.name)} {like} '{owners[0][: len(head) + 1]}%'", head))
                    break
            else:  # a value's leading part: "kubelet v1.20" for v1.20.2, "containerd" for containerd://1.4.3
                prefix = _value_prefix(text, values(table.name, col.name))
                if prefix and not any(said == prefix.lower() for _, said in out):  # one column's
                    negated = rx.search(r"(?<![\w\-./])" + _NOT_VALUE + re.escape(prefix.lower()), text)
                    like = "NOT LIKE" if negated and negated.group(1) else "LIKE"
                    out.append((f"{_ident(col.name)} {like} '{prefix}%'", prefix.lower()))
    return out


def _value_prefix(text: str, values: frozenset[str]) -> str | None:
    """The longest leading part of held values said in the text, cut where a version or a scheme
    starts: a version ("v1.20", "ubuntu 20.04") or a word before ':' ("containerd", "docker")."""
    found = ""
    for value in values:
        for cut in re.finditer(r"[.:/ ]", value):
            part = value[: cut.start()]
            # a version, a word before ':' ("containerd://"), or a first word ("Ubuntu 20.04.2 LTS")
            first = cut.group(0) == " " and part.isalpha() and len(part) >= 5
            if len(part) <= max(len(found), 3):
                continue
            if not (_distinctive(part.lower()) or cut.group(0) == ":" or first):
                continue
            if rx.search(r"(?<![\w\-./])" + re.escape(part.lower()) + r"(?![\w\-/]|\.\d)", text):
                found = part
    return found or None


def _distinctive(part: str) -> bool:
    return bool(re.search(r"\d", part) and re.search(r"[a-z]", part))


def adjacent_values(
    text: str,
    table: Table,
    lookup: Callable[[str, str], frozenset[str]],
    taken_columns: Iterable[str] = (),
    unheld: bool = False,
) -> list[tuple[str, str]]:
    """A value written right beside its column: "service account default", "the default service account";
    with `unheld`, a name-like value no object holds too (an empty answer, not every object)."""
    skip = set(taken_columns) | _NO_VALUES
    skip |= {"name", "status", "phase", "reason", "state", "message", "last_state"}
    out: list[tuple[str, str]] = []
    text = rx.sub(r"(\d) percent\b", r"\1%", text)  # as the field spells it: "max surge 25%"
    for mention in find_columns(text, table):
        if mention.column in skip or column_type(table, mention.column) != "text":
            continue
        after = rx.match(r"\s*(?:=|:|is|of)?\s*(?:the\s+)?([a-z0-9][a-z0-9.\-_]*%?)", text[mention.end :])
        before = rx.search(r"(?:^|\s)(?:the |a )?([a-z0-9][a-z0-9.\-_]*)\s+$", text[: mention.start])
        values = {v.lower(): v for v in lookup(table.name, mention.column)}
        described = {v.lower(): v for v in described_values(table, mention.column)}
        unset = rx.search(r"null means '([^']+)'", _description(table, mention.column).lower())
        if unset and any(m and m.group(1) == unset.group(1) for m in (after, before)):
            # the value an unset field stands for: "run as the default service account"
            value = "'" + unset.group(1).replace("'", "''") + "'"
            out.append((f"coalesce({_ident(mention.column)}, {value}) = {value}", unset.group(1)))
            skip.add(mention.column)
            continue
        if after and after.group(1) in described and after.group(1) not in values:
            # a value the catalog says the field takes, said after it: "image pull policy Always"
            out.append((f"{_ident(mention.column)} = '{described[after.group(1)]}'", after.group(1)))
            skip.add(mention.column)
            continue
        for m in (after, before):
            if m and m.group(1) in values and len(m.group(1)) >= 3:
                out.append((f"{_ident(mention.column)} = '{values[m.group(1)]}'", m.group(1)))
                skip.add(mention.column)
                break
        else:
            # a name-like value right after its column is asked for though no object holds it
            # ("priority class system-cluster-critical"): an empty answer, not every object
            of = rx.match(r"\s*of\b", text[mention.end :])  # "priority class of each pod" shows it
            # a count or a percent where the field holds them: "maxUnavailable 0", "max surge of 50%"
            amount = after and values and all(rx.fullmatch(r"\d+%?", v) for v in values)
            amount = amount and rx.fullmatch(r"\d+%?", after.group(1))
            said = after.group(1) if unheld and after and (not of or amount) else ""
            named = rx.search(r"[a-z]", said) and rx.search(r"[\-.\d]", said) and not said.endswith(".")
            address = rx.fullmatch(r"\d{1,3}(?:\.\d{1,3}){3}", said)  # "host ip 10.0.9.9"
            if named or amount or address:
                out.append((f"{_ident(mention.column)} = '{said}'", said))
                skip.add(mention.column)
            elif unheld and mention.column.endswith("version") and rx.fullmatch(r"v?\d+(?:\.\d+)*", said):
                # "kernel 5.4", "kubelet 1.29": that release and its patches, spelt as the cluster does
                lead = "v" if values and all(v.startswith("v") for v in values) and said[0] != "v" else ""
                out.append((f"{_ident(mention.column)} LIKE '{lead}{said}%'", said))
                skip.add(mention.column)
    return out


_ENUMERATED = re.compile(r"((?:[A-Z][A-Za-z]+(?:, | or |, or ))+[A-Z][A-Za-z]+)")


def described_values(table: Table, column: str) -> frozenset[str]:
    """The values a field takes, as its description lists them: "Always, IfNotPresent or Never."."""
    for c in table.columns:
        if c.name == column and c.type == "text":
            m = _ENUMERATED.search(c.description)
            if m and " or " in m.group(1):
                return frozenset(re.split(r", or |, | or ", m.group(1)))
    return frozenset()


def _ident(column: str) -> str:
    return f'"{column}"' if column in ("group", "order", "default", "user", "table") else column


def _merge_same_column(conds: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Several values of one column ("Normal vs Warning") become one IN list, marked for grouping."""
    by_column: dict[str, list[tuple[str, str]]] = {}
    for cond, value in conds:
        by_column.setdefault(cond.split()[0], []).append((cond, value))
    out = []
    for column, found in by_column.items():
        if len(found) == 1:
            out.append(found[0])
        else:
            listed = ", ".join("'" + v.replace("'", "''") + "'" for _, v in found)
            out.append((f"{column} IN ({listed})", "|".join(v for _, v in found)))
    return out


_SORTABLE = {"int", "float", "timestamp", "interval"}
_ASCENDING = r"\b(smallest|lowest|bottom|least|fewest|shortest|fastest|quickest|asc|ascending|oldest first|earliest|increasing|longest ago)\b"  # noqa: E501


def sort_column(text: str, table: Table) -> tuple[str, bool] | None:
    """The column a question ranks or sorts by ("by max replicas", "biggest pvcs by size"), and descending."""
    sortable = [m for m in find_columns(text, table) if column_type(table, m.column) in _SORTABLE]
    if not sortable:
        return None
    by = rx.search(r"\bby\b", text)
    after = [m for m in sortable if by and m.start > by.start()]
    mention = (after or sortable)[0]
    return mention.column, not rx.search(_ASCENDING, text)


# the kind's short names for a list of its objects' names: "deployments referencing any cm"
_LIST_SHORT_NAMES = {"configmaps": ("cm", "cms", "config map", "config maps"), "pvcs": ("claim", "claims")}


def list_conditions(text: str, table: Table, taken_columns: Iterable[str] = ()) -> list[tuple[str, str]]:
    """Lists that must be non-empty or empty: "tainted nodes", "nodes with taints", "pods without volumes"."""
    skip = set(taken_columns) | {"containers", "images", "ips", "cluster_ips", "subjects", "conditions"}
    out: list[tuple[str, str]] = []
    for col in table.columns:
        if col.type != "list" or col.name in skip:
            continue
        proto = (
            rx.search(
                r"\b(udp|tcp|sctp)\s+ports?\b"
                r"|\b(?:expos\w*|listen\w*(?: on)?|serv\w*|speak\w*|over)\s+(udp|sctp)\b",
                text,
            )
            if col.name == "ports"
            else None
        )
        if col.name == "tolerations" and rx.search(r"\btoleration '\*'", text):
            out.append(("list_contains(tolerations, '*')", "toleration '*'"))  # tolerates every taint
            continue
        if proto:  # "containers with udp ports", "exposing udp": ports are written 'port/PROTOCOL'
            word = (proto.group(1) or proto.group(2)).upper()
            out.append((f"array_to_string(ports, ',') LIKE '%/{word}%'", proto.group(0)))
            continue
        singular = col.name.replace("_", " ")
        if singular.endswith("s") and not singular.endswith("ss"):  # an ingress's "address" stays one
            singular = singular[:-1]
        # "with an external ip" is what kubectl shows (external_ip), not the hand-set list beside it
        shown = col.name[:-1] if any(c.name == col.name[:-1] for c in table.columns) else None
        if shown in skip:
            continue
        joined = singular.replace(" ", "")  # the field's own spelling: "initContainers"
        spelt = {singular, singular + "s", singular + "es", singular + "ed", joined, joined + "s"}
        spelt |= set(_LIST_SHORT_NAMES.get(col.name, ()))  # "deployments referencing any cm"
        # and its phrases: "pods with persistent storage"
        spelt |= {p for p, c in column_phrases(table).items() if c == col.name and " " in p}
        alt = "|".join(re.escape(w) for w in spelt)
        lacking = r"\b(?:without|no|w/o|lacking|missing|(?:do|does|did)(?:n'?t| not) (?:have|use|mount|run))"
        counted = rx.search(rf"(?<!\w)({MORE}|{LESS}|{EXACT})\s*(\d+)\s+(?:{alt})\b", text)
        # "three or more ports", "multiple ports": how long the list is, said another way
        at_least = rx.search(rf"(?<![\w.])(\d+|{'|'.join(lx.NUMBERS)}) or more\s+(?:{alt})\b", text)
        several = rx.search(rf"\b(?:multiple|several|more than one)\s+(?:{alt})\b", text)
        if counted:  # "services with more than 1 port": how long the list is
            op = _operator(counted.group(1))
            out.append((f"len({col.name}) {op} {counted.group(2)}", counted.group(0)))
        elif at_least:
            n = lx.NUMBERS.get(at_least.group(1), at_least.group(1))
            out.append((f"len({col.name}) >= {n}", at_least.group(0)))
        elif several:
            out.append((f"len({col.name}) > 1", several.group(0)))
        elif rx.search(rf"{lacking}\s+(?:any\s+|an?\s+)?(?:{alt})\b", text):
            out.append((f"{shown} IS NULL" if shown else f"coalesce(len({col.name}), 0) = 0", singular))
        elif rx.search(
            rf"\b(?:with|having|has|have|mounts?|mounting|runs?|running|uses?|using|referenc(?:es?|ing))\s+"
            rf"(?:any\s+|some\s+|an?\s+)?"
            rf"(?:{alt})\b"
            rf"|\b{re.escape(singular)}ed\b(?! by\b)",  # "tainted", not "grouped by namespace"
            text,
        ):
            out.append((f"{shown} IS NOT NULL" if shown else f"len({col.name}) > 0", singular))
    for col in table.columns:  # "pods with more than 3 labels": how many keys a map holds
        if col.type != "map" or col.name not in ("labels", "annotations") or col.name in set(taken_columns):
            continue
        counted = rx.search(rf"(?<!\w)({MORE}|{LESS}|{EXACT})\s*(\d+)\s+{col.name[:-1]}s?\b", text)
        selecting = rx.search(r"\bselect(?:or|ing|s)\b", text)
        if counted and col.name == "labels" and selecting and "selector" in {c.name for c in table.columns}:
            # "services whose selector has more than one label": the selector's keys
            op = _operator(counted.group(1))
            out.append((f"cardinality(selector) {op} {counted.group(2)}", counted.group(0)))
        elif counted:
            op = _operator(counted.group(1))
            out.append((f"coalesce(cardinality({col.name}), 0) {op} {counted.group(2)}", counted.group(0)))
    for col in table.columns:  # maps that must hold something: "pods with a node selector"
        if col.type != "map" or col.name not in ("node_selector", "selector", "pod_selector", "parameters"):
            continue  # not labels, conditions or a quota's amounts, which every object has
        said = {p for p, c in column_phrases(table).items() if c == col.name}
        said |= {w.replace(" ", "") for w in said}
        alt = "|".join(re.escape(w) for w in sorted(said, key=len, reverse=True))
        having = r"\b(?:with|having|has|have|sets?|setting|using|specif(?:y|ies)|defines?)\s+"
        having += r"(?:an?\s+|any\s+)?"
        # "netpols with an empty pod selector", "podSelector: {}": one that selects everything
        empty = alt and rx.search(
            rf"\bempty\s+(?:{alt})\b|\b(?:{alt})\s*(?::\s*|=\s*|\s)(?:\{{\s*\}}|is empty)", text
        )
        m = alt and rx.search(rf"{having}(?:{alt})s?\b(?!\s+(?:and|with|of)\b)"
                              rf"|\bpinned\s+(?:to nodes\s+)?(?:by|with|via|through)\s+"
                              rf"(?:an?\s+)?(?:{alt})\b",
                              text)
        denied = m and rx.search(r"(?:n'?t|\bnot|\bnever)\s+$", text[: m.start()])  # "don't have a selector"
        if empty:
            out.append((f"coalesce(cardinality({col.name}), 0) = 0", empty.group(0)))
        elif m and not denied:
            out.append((f"cardinality({col.name}) > 0", m.group(0)))
    return out


_LACKING = (
    r"\b(?:no|without|w/o|lacking|missing|not (?:\w+ )?(?:any|a)|never (?:\w+ )?(?:any|a)|"
    r"(?:do|does|did)(?:n'?t| not) (?:have|set|specify|declare))"
    r"\s+(?:an?\s+|any\s+|the\s+)?"
)
_UNSET = r"\s+(?:is\s+|are\s+)?(?:missing|unset|not set|absent)\b"  # "cpu limit missing"
_NEVER_MISSING = {
    *("name", "namespace", "uid", "labels", "annotations", "raw"),
    *("created", "age", "cluster", "status"),
    "ready",  # kubectl's READY ("0/3") is always there: "no ready pods" counts none ready
}


def missing_conditions(
    text: str, table: Table, taken_columns: Iterable[str] = ()
) -> list[tuple[str, str]]:
    """Fields left unset: "pods with no priority class", "containers without a state", "no owner"."""
    skip = set(taken_columns) | _NEVER_MISSING
    unset = ("text", "map", "timestamp")
    phrases = {
        p: c
        for p, c in column_phrases(table).items()
        if column_type(table, c) in unset or (column_type(table, c) == "float" and " " in p)  # "cpu limit"
        or (" " in p and c.endswith("_target_percent"))  # "no cpu target": none set, not a target of 0
    }
    if "owner_kind" in {c.name for c in table.columns} and table.name != "events":  # (an event has no owner)
        phrases.update({"owner": "owner_kind", "controller": "owner_kind", "owner reference": "owner_kind"})
    out: list[tuple[str, str]] = []
    spans: list[tuple[int, int]] = []  # "cpu target is missing": not the target's name too
    for phrase, column in sorted(phrases.items(), key=lambda kv: -len(kv[0])):
        if column in skip or column in {c.split()[0] for c, _ in out}:
            continue
        named = _phrase_pattern(phrase).removeprefix(r"(?<![\w\-])")
        m = rx.search(_LACKING + named, text) or rx.search(named + _UNSET, text)
        said = rx.search(named, m.group(0)) if m else None
        at = (m.start() + said.start(), m.start() + said.end()) if m and said else None
        if at and any(a <= at[0] and at[1] <= b for a, b in spans):
            continue  # the words of a longer phrase already read
        if m is None and column.endswith("_target_percent"):  # "hpas with a cpu target": one set
            compared = r"(?!\s*(?:of|over|above|below|under|more|less|greater|higher|lower|[<>=]|\d))"
            held = rx.search(r"\b(?:with|having|has|have)\s+(?:a |an |any )?" + named + compared, text)
            if held:
                out.append((f"{column} IS NOT NULL", held.group(0)))
                continue
        if m:
            spans.extend([at] if at else [])
            empty = f"coalesce(cardinality({column}), 0) = 0" if column_type(table, column) == "map" else ""
            out.append((empty or f"{column} IS NULL", m.group(0)))
    # "pods without labels", "unlabelled namespaces": none at all (one key missing is read_labels')
    for column, un in (("labels", "unlabell?ed"), ("annotations", "unannotated")):
        bare = rf"{_LACKING}{column}(?=\s*(?:at all\b|[?.!,]|$|(?:in|on|and|here)\b))|\b{un}\b"
        m = rx.search(bare, text)
        if m and column not in set(taken_columns):
            out.append((f"coalesce(cardinality({column}), 0) = 0", m.group(0)))
        # "which pods have annotations?": some at all (a key or value named is read_labels')
        some = rf"\b(?<!n't )(?<!not )(?:having|has|have)\s+(?:any\s+|some\s+)?{column}"
        some += r"(?=\s*(?:at all\b|[?.!,]|$|(?:in|on|here)\b))"
        m = rx.search(some, text)
        if m and column not in set(taken_columns) and not any(column in c for c, _ in out):
            out.append((f"cardinality({column}) > 0", m.group(0)))
    return out


# Timestamp columns by the words that name them, beyond their own names.
TIME_WORDS: dict[tuple[str, str], str] = {
    ("nodes", "heartbeat"): "last_heartbeat",
    ("nodes", "heartbeats"): "last_heartbeat",
    ("nodes", "heartbeated"): "last_heartbeat",
    ("nodes", "silent"): "last_heartbeat",
    ("nodes", "reported"): "last_heartbeat",  # "nodes that haven't reported in 5 minutes": the kubelet's
    ("nodes", "checked in"): "last_heartbeat",
    ("leases", "renewed"): "renew_time",
    ("leases", "renew"): "renew_time",
    ("leases", "renewtime"): "renew_time",
    ("cronjobs", "succeeded"): "last_successful",
    ("cronjobs", "successful"): "last_successful",
    ("cronjobs", "succeed"): "last_successful",  # "when did my cronjobs last succeed?"
    ("cronjobs", "success"): "last_successful",
    ("cronjobs", "last run"): "last_schedule",
    ("cronjobs", "ran"): "last_schedule",
    ("cronjobs", "scheduled"): "last_schedule",
    ("cronjobs", "fired"): "last_schedule",
    ("jobs", "finished"): "completion_time",
    ("jobs", "finish"): "completion_time",
    ("jobs", "completed"): "completion_time",
    ("jobs", "complete"): "completion_time",  # "when did the most recent job complete?"
    ("jobs", "started"): "start_time",
    ("jobs", "done"): "completion_time",  # "jobs done within the last 6 hrs"
    ("containers", "exited"): "finished_at",  # "containers that exited in the past hour": their run ended
    ("events", "first seen"): "first_seen",  # before "seen": the longer phrase decides
    ("events", "first appeared"): "first_seen",
    ("events", "first showed up"): "first_seen",  # "warning reasons that first showed up in the last 2h"
    ("events", "first occurred"): "first_seen",
    ("events", "first occurrence"): "first_seen",  # "warnings whose first occurrence was over 6 hours ago"
    ("events", "first happened"): "first_seen",
    ("events", "last occurrence"): "last_seen",
    ("events", "started"): "first_seen",  # "events that started over 12h ago"
    ("events", "created"): "created",  # "events created more than 48h ago": the event object's own age
    ("events", "stopped"): "last_seen",  # "warnings that stopped firing an hour ago"
    ("events", "seen"): "last_seen",
    ("pods", "restarted"): "last_restart",
    ("pods", "restart"): "last_restart",
    ("pods", "restarting"): "last_restart",  # "pods restarting in the last hour"
    ("containers", "restarting"): "last_finished_at",
    ("horizontalpodautoscalers", "rescaled"): "last_scale_time",
    ("pods", "last restart"): "last_restart",
    ("containers", "started"): "started_at",  # "containers started in the last hour": their current run began
    ("containers", "finished"): "finished_at",  # "containers that finished in the last 30m": their run ended
    ("containers", "terminated"): "finished_at",
    ("containers", "restarted"): "last_finished_at",  # a restart ends the last run: when it last terminated
    ("containers", "died"): "last_finished_at",
    ("containers", "crashed"): "last_finished_at",
    ("containers", "oomkilled"): "last_finished_at",  # "containers oomkilled in the last hour"
    ("containers", "oom killed"): "last_finished_at",
    ("containers", "oom kills"): "last_finished_at",  # "oom kills past hour"
    ("containers", "oom kill"): "last_finished_at",
    ("containers", "killed"): "last_finished_at",
    ("pods", "crashed"): "last_restart",  # a crash restarts a container: "pods that crashed in the last hour"
    ("pods", "crashing"): "last_restart",
    ("pods", "crashlooping"): "last_restart",
    ("hpa", "scaled"): "last_scale_time",
    ("horizontalpodautoscalers", "scaled"): "last_scale_time",
}


def time_column(text: str, table: Table) -> str | None:
    """A timestamp column other than `created` that a time window is about ("no heartbeat in 5m")."""
    said = [  # where each ends, and how long it is: "first seen" over the "seen" it ends with
        (m.end(), len(word), column)
        for (tname, word), column in TIME_WORDS.items()
        if tname == table.name
        for m in rx.finditer(r"\b" + re.escape(word) + r"\b", text)
    ]
    if said:
        # several said ("jobs started in the last hour that have not completed"): the one the window follows
        window = rx.search(
            r"\b(?:in|within|during|over|since)\s+(?:the\s+)?(?:last|past|\d)|\b(?:today|yesterday|ago)\b"
            r"|\bthis (?:week|morning|month)\b|\b(?:older|newer|younger|more|less) than\b",
            text,
        )
        before = [s for s in said if window is None or s[0] <= window.start()]
        if before:
            return max(before)[2]
        return min(said, key=lambda s: (s[0], -s[1]))[2]
    for mention in find_columns(text, table):
        if column_type(table, mention.column) == "timestamp" and mention.column not in ("created",):
            return mention.column
    return None


_OWNER = re.compile(
    r"\b(?:(?:owned|managed|controlled|created|made|run|started|spawned|launched|triggered) by|"
    r"whose (?:owner|controller) is"
    # "pods of my statefulsets": of that kind, none named
    r"|(?:pods?|po) (?:of|from|belonging to) (?:my|our|the|all(?: the)?|any)"
    r"(?= (?:stateful ?sets?|daemon ?sets?|jobs?|deployments?)\W*(?:$|in\b|on\b|here\b|that\b|which\b)))"
    r" (?:an? |the |some )?([a-z ]+?)s?\b"
)


def owner_condition(
    text: str, table: Table, kinds: dict[str, str], catalog: Catalog
) -> list[tuple[str, str]]:
    """ "pods owned by a DaemonSet" -> owner_kind = 'DaemonSet' (with its name when one follows)."""
    if "owner_kind" not in {c.name for c in table.columns}:
        return []
    for m in _OWNER.finditer(text):
        following = rx.findall(r"[a-z]+", text[m.start(1) :])[:3]  # "cron jobs": a kind of more than one word
        spans = [" ".join(following[:n]) for n in range(len(following), 0, -1)]
        for words in [w for w in (m.group(1).strip(), *spans) if w]:
            for phrase in (words, words + "s", words.split()[-1], words.split()[-1] + "s"):
                if phrase in kinds:
                    kind = catalog[kinds[phrase]].kind
                    if kind == "Deployment" and table.name == "pods":
                        kind = "ReplicaSet"  # a deployment owns its pods through its replica sets
                    if rx.search(r"\b(?:not|never|isn'?t|aren'?t|wasn'?t|weren'?t)\s+$", text[: m.start()]):
                        return [(f"owner_kind IS DISTINCT FROM '{kind}'", m.group(0))]  # none, or another
                    return [(f"owner_kind = '{kind}'", m.group(0))]
    return []


_FIELD_PREFIXES = ("spec.", "status.", "metadata.")


def field_column(key: str, table: Table) -> str | None:
    """The column a Kubernetes field names: "sessionAffinity", "spec.nodeName" (node), "status.phase".

    kubectl users write fields as `field=value` ("restartPolicy=OnFailure", a field selector's
    "spec.nodeName=worker-2"); read like a label pair they would match nothing.
    """
    last = key
    for prefix in _FIELD_PREFIXES:
        last = last.removeprefix(prefix)
    if last.lower().startswith("involvedobject."):  # an event's field selector: "involvedObject.kind=Node"
        last = "involved_" + last.split(".", 1)[1].lower().removesuffix("path")
    if "." in last or "/" in last:
        return None
    flat = last.replace("_", "").replace("-", "")
    fields = [c.name for c in table.columns if c.name not in ("labels", "annotations", "raw")]
    by_flat = {name.replace("_", ""): name for name in fields}
    flat = flat.removeprefix("persistentvolume")  # "persistentVolumeReclaimPolicy": reclaim_policy
    # "priorityClassName" is the column priority_class; a job's "suspend" its column suspended
    for candidate in (flat, flat.removesuffix("name"), flat + "ed"):
        if candidate in by_flat:
            return by_flat[candidate]
    return None


def name_conditions(
    text: str, names: frozenset[str], skip_words: Iterable[str] = ()
) -> list[tuple[str, str]]:
    """An object's exact name in the question: "what image does the checkout-api deployment use"."""
    avoid = {w.lower() for w in skip_words}
    # not a part of an env var's name: "REDIS_ADDR" names no redis container
    words = rx.findall(r"(?<!\w)[a-z0-9][a-z0-9\-.]*[a-z0-9](?!\w)", text)
    found = [w for w in words if w in names and w not in avoid]
    if len(found) == 1 and (len(found[0]) >= 4 or "-" in found[0]):
        return [(f"name = '{found[0]}'", found[0])]
    return []


def tables_for_columns(text: str, catalog: Catalog, only: Iterable[str] | None = None) -> list[str]:
    """Tables whose distinctive column phrases the question uses (a fallback when no kind is named)."""
    scores: dict[str, int] = {}
    names = set(only) if only is not None else None
    spans = [
        (table.name, m.start, m.end)
        for table in catalog
        if names is None or table.name in names
        for m in find_columns(text, table)
        if " " in text[m.start : m.end]  # one word ("version", "status") names a column of too many tables
    ]
    for name, start, end in spans:
        # a phrase inside another table's longer one is that one's: "memory limit" in "default memory limit"
        if not any(s <= start and end <= e and e - s > end - start for _, s, e in spans):
            scores[name] = scores.get(name, 0) + 1
    best = max(scores.values(), default=0)
    tied = [t for t, s in scores.items() if s == best and best > 0]
    if set(tied) == {"pods", "containers"}:  # "cpu requests" with no kind: pods, as kubectl top would
        return ["pods"]
    return tied


# "capacity minus allocatable", "max - current replicas": one column taken from another
_MINUS = r"\s*(?:-|minus|less)\s+"
# Short words for a resource that columns name in full.
_SHORT = {"memory": r"memory|mem|ram", "cpu": r"cpus?|cores?"}
# "how many more replicas can each hpa add before hitting its max": the max column less the current one
ROOM_LEFT = r"\bheadroom\b|\bhow many more\b|\broom\b|\bbefore (?:hitting|reaching)\b"


def difference(text: str, table: Table) -> str | None:
    """Two number columns subtracted, as the question says it: "cpu capacity - allocatable",
    "(capacity minus allocatable)" with the resource said elsewhere, "headroom (max - current replicas)"."""
    numeric = [c.name for c in table.columns if c.type in _NUMERIC]
    mentions = [m for m in find_columns(text, table) if m.column in numeric]
    for op in rx.finditer(_MINUS, text):
        left = next((m.column for m in mentions if m.end == op.start()), None)
        right = next((m.column for m in mentions if m.start == op.end()), None)
        after = text[op.end() :]
        compared = rx.match(
            r"\s*\S*\s*(?:[<>=]|(?:is |are )?(?:above|below|(?:greater|more|less) than)\b)", after
        )
        if compared:  # "desired - ready > 0" filters, it does not ask for the difference
            continue
        if left and right and left != right:
            return f"{left} - {right}"
        # a word each side, the rest shared: "capacity minus allocatable" of the cpu said elsewhere
        a = rx.search(r"(\w+)$", text[: op.start()])
        b = rx.match(r"(\w+)", text[op.end() :])
        if not a or not b:
            continue
        pairs = [
            (x, x.replace(a.group(1), b.group(1)))
            for x in numeric
            if a.group(1) in x.split("_") and x.replace(a.group(1), b.group(1)) in numeric
        ]
        said = [(x, y) for x, y in pairs if any(m.column in (x, y) for m in mentions)]
        # or the resource named by a word of its own: "memory (capacity minus allocatable)"
        said = said or [
            (x, y)
            for x, y in pairs
            if (rest := x.replace(a.group(1), "").strip("_"))
            and rx.search(r"\b(?:" + _SHORT.get(rest, re.escape(rest)) + r")\b", text)
        ]
        if len(said) == 1 or len(pairs) == 1:
            x, y = (said or pairs)[0]
            return f"{x} - {y}"
    if rx.search(ROOM_LEFT, text):
        for m in mentions:
            rest = m.column.split("_", 1)[-1]
            if m.column.startswith("max_") and f"current_{rest}" in numeric:
                return f"{m.column} - current_{rest}"
    return None
