"""The test server's object store: resources, objects, resourceVersions, history and list snapshots.

Everything the HTTP side serves comes from here. Objects are serialized once
(with orjson) when they are stored, so a list of 10k pods is assembled from
bytes rather than re-encoded per request. One global resourceVersion counter
orders every change, as etcd's revision does; a bounded history of changes
feeds watches, and pages of a paginated list are cut from the snapshot that
was current when the first page was served.
"""

from __future__ import annotations

import bisect
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

import orjson

from kubequery.catalog import Catalog, default_catalog

# Short names and categories of the built-in resources, as kube-apiserver reports them.
SHORT_NAMES: dict[str, list[str]] = {
    "pods": ["po"],
    "services": ["svc"],
    "deployments": ["deploy"],
    "replicasets": ["rs"],
    "statefulsets": ["sts"],
    "daemonsets": ["ds"],
    "cronjobs": ["cj"],
    "namespaces": ["ns"],
    "nodes": ["no"],
    "configmaps": ["cm"],
    "serviceaccounts": ["sa"],
    "endpoints": ["ep"],
    "events": ["ev"],
    "persistentvolumes": ["pv"],
    "persistentvolumeclaims": ["pvc"],
    "replicationcontrollers": ["rc"],
    "resourcequotas": ["quota"],
    "limitranges": ["limits"],
    "ingresses": ["ing"],
    "networkpolicies": ["netpol"],
    "horizontalpodautoscalers": ["hpa"],
    "poddisruptionbudgets": ["pdb"],
    "storageclasses": ["sc"],
    "priorityclasses": ["pc"],
    "customresourcedefinitions": ["crd", "crds"],
}
CATEGORIES: dict[str, list[str]] = {
    r: ["all"]
    for r in (
        "pods",
        "services",
        "deployments",
        "replicasets",
        "statefulsets",
        "daemonsets",
        "jobs",
        "cronjobs",
        "replicationcontrollers",
        "horizontalpodautoscalers",
    )
}
READ_VERBS = ["get", "list", "watch"]
RBAC_KINDS = frozenset({"Role", "ClusterRole", "RoleBinding", "ClusterRoleBinding"})


@dataclass(frozen=True)
class Resource:
    """One served resource: what discovery lists and what a request path names."""

    group: str
    version: str
    resource: str  # plural
    kind: str
    namespaced: bool
    singular: str = ""
    short_names: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    custom: bool = False  # a custom resource (list items keep kind/apiVersion)
    verbs: tuple[str, ...] = tuple(READ_VERBS)

    @property
    def api_version(self) -> str:
        return f"{self.group}/{self.version}" if self.group else self.version

    @property
    def key(self) -> tuple[str, str]:
        """The storage key: one bucket per group and resource, whatever the version."""
        return (self.group, self.resource)

    @property
    def qualified(self) -> str:
        """``pods`` or ``deployments.apps``, as Status messages name resources."""
        return f"{self.resource}.{self.group}" if self.group else self.resource

    def discovery(self) -> dict:
        """This resource as an APIResource entry of an APIResourceList."""
        out: dict[str, Any] = {
            "name": self.resource,
            "singularName": self.singular or self.kind.lower(),
            "namespaced": self.namespaced,
            "kind": self.kind,
            "verbs": list(self.verbs),
        }
        if self.short_names:
            out["shortNames"] = list(self.short_names)
        if self.categories:
            out["categories"] = list(self.categories)
        return out


class Entry:
    """One stored object: the dict, its resourceVersion, and its bytes serialized once.

    ``body`` is the object without ``kind`` and ``apiVersion`` (what built-in
    list items look like on the wire); :meth:`full` puts them back in front.
    """

    __slots__ = ("obj", "rv", "namespace", "name", "body", "_meta", "resource")

    def __init__(self, obj: dict, rv: int, resource: Resource) -> None:
        self.obj = obj
        self.rv = rv
        meta = obj.get("metadata") or {}
        self.namespace: str = meta.get("namespace") or ""
        self.name: str = meta.get("name") or ""
        self.resource = resource
        self.body = orjson.dumps({k: v for k, v in obj.items() if k not in ("kind", "apiVersion")})
        self._meta: bytes | None = None

    @property
    def key(self) -> str:
        """The position in the resource's ordering (the etcd key below the resource prefix)."""
        return f"{self.namespace}/{self.name}" if self.namespace else self.name

    @property
    def labels(self) -> dict | None:
        return (self.obj.get("metadata") or {}).get("labels")

    def full(self, prefix: bytes) -> bytes:
        """The object with ``kind``/``apiVersion`` first; ``prefix`` comes from :func:`object_prefix`."""
        return prefix + self.body[1:] if len(self.body) > 2 else prefix[:-1] + b"}"

    def metadata_bytes(self) -> bytes:
        """``metadata`` alone, serialized once on first use (metadata-only lists)."""
        if self._meta is None:
            self._meta = orjson.dumps(self.obj.get("metadata") or {})
        return self._meta


def object_prefix(kind: str, api_version: str) -> bytes:
    """The opening bytes ``{"kind":..,"apiVersion":..,`` put in front of an entry's body."""
    return b'{"kind":' + orjson.dumps(kind) + b',"apiVersion":' + orjson.dumps(api_version) + b","


@dataclass
class Event:
    """One change, as watches replay it: the new entry and (for updates) the one it replaced."""

    rv: int
    type: str  # ADDED | MODIFIED | DELETED
    key: tuple[str, str]
    entry: Entry
    prev: Entry | None = None


@dataclass
class Bucket:
    """The objects of one group/resource, with a sorted view cached until the next change."""

    resource: Resource
    entries: dict[tuple[str, str], Entry] = field(default_factory=dict)
    _sorted: tuple[list[str], list[Entry]] | None = None

    def sorted(self) -> tuple[list[str], list[Entry]]:
        """Keys and entries in (namespace, name) order; the same objects until the bucket changes."""
        if self._sorted is None:
            entries = sorted(self.entries.values(), key=lambda e: (e.namespace, e.name))
            self._sorted = ([e.key for e in entries], entries)
        return self._sorted


class StoreError(ValueError):
    """An object the store cannot place (unknown kind, no name)."""


def _crd_resources(crd: dict) -> list[Resource]:
    """The resources a CustomResourceDefinition serves: one per served version."""
    spec = crd.get("spec") or {}
    names = spec.get("names") or {}
    group = spec.get("group") or ""
    plural = names.get("plural") or ""
    kind = names.get("kind") or ""
    if not (group and plural and kind):
        return []
    versions = spec.get("versions") or []
    if not versions and spec.get("version"):  # apiextensions v1beta1
        versions = [{"name": spec["version"], "served": True, "storage": True}]
    out = []
    for v in versions:
        if v.get("served", True) and v.get("name"):
            out.append(
                Resource(
                    group=group,
                    version=v["name"],
                    resource=plural,
                    kind=kind,
                    namespaced=spec.get("scope", "Namespaced") == "Namespaced",
                    singular=names.get("singular") or kind.lower(),
                    short_names=tuple(names.get("shortNames") or ()),
                    categories=tuple(names.get("categories") or ()),
                    custom=True,
                )
            )
    # the storage version first: objects are stored (and listed) under it
    out.sort(key=lambda r: not any(v.get("name") == r.version and v.get("storage") for v in versions))
    return out


def builtin_resources(catalog: Catalog | None = None) -> list[Resource]:
    """The built-in resources the catalog knows (one per group/resource), plus the access reviews."""
    catalog = catalog or default_catalog()
    seen: dict[tuple[str, str], Resource] = {}
    for t in catalog:
        if (t.group, t.resource) in seen:
            continue
        seen[(t.group, t.resource)] = Resource(
            group=t.group,
            version=t.version,
            resource=t.resource,
            kind=t.kind,
            namespaced=t.namespaced,
            singular=t.kind.lower(),
            short_names=tuple(SHORT_NAMES.get(t.resource, ())),
            categories=tuple(CATEGORIES.get(t.resource, ())),
        )
    return list(seen.values())


# Served for POST only (not stored): the access reviews.
REVIEW_RESOURCES = [
    Resource(
        "authorization.k8s.io",
        "v1",
        "selfsubjectaccessreviews",
        "SelfSubjectAccessReview",
        False,
        "",
        verbs=("create",),
    ),
    Resource(
        "authorization.k8s.io",
        "v1",
        "selfsubjectrulesreviews",
        "SelfSubjectRulesReview",
        False,
        "",
        verbs=("create",),
    ),
    Resource(
        "authorization.k8s.io",
        "v1",
        "subjectaccessreviews",
        "SubjectAccessReview",
        False,
        "",
        verbs=("create",),
    ),
]


class Store:
    """Objects by resource, a global resourceVersion, a bounded change history and list snapshots.

    Thread-safe: tests mutate it from their thread while the server reads it
    from the event loop's thread. ``on_change`` is called (outside the lock)
    after every change so that open watches wake up.
    """

    def __init__(self, catalog: Catalog | None = None, history: int = 10_000, snapshots: int = 256) -> None:
        self.lock = threading.RLock()
        self.rv = 0
        self.history_size = history
        self._history: list[Event] = []
        self.floor = 0  # every change with rv > floor is still in the history
        self.rbac_generation = 0
        self._builtin = builtin_resources(catalog)
        self._by_group_kind: dict[tuple[str, str], Resource] = {}
        self._by_path: dict[tuple[str, str, str], Resource] = {}  # (group, version, plural)
        self.buckets: dict[tuple[str, str], Bucket] = {}
        self._crd_served: dict[str, list[Resource]] = {}  # CRD name -> resources
        self._snapshots: OrderedDict[tuple[tuple[str, str], int], tuple[list[str], list[Entry]]] = (
            OrderedDict()
        )
        self._snapshot_cap = snapshots
        self.skipped: list[str] = []
        self.listeners: list[Callable[[], None]] = []
        catalog = catalog or default_catalog()
        for res in self._builtin:
            self._register(res)
        for t in catalog:  # older group names (extensions/v1beta1 Ingress) map to the current resource
            res = self._by_group_kind[(t.group, t.kind)]
            for api in t.also_api:
                self._by_group_kind.setdefault((api.rpartition("/")[0], t.kind), res)
        for res in REVIEW_RESOURCES:
            self._by_path[(res.group, res.version, res.resource)] = res

    # ---- resources -----------------------------------------------------

    def _register(self, res: Resource, primary: bool = True) -> None:
        self._by_path[(res.group, res.version, res.resource)] = res
        if primary:
            self._by_group_kind[(res.group, res.kind)] = res
            self.buckets.setdefault(res.key, Bucket(res))

    def resources(self) -> list[Resource]:
        """Every served resource (each version of a custom resource once), reviews included."""
        with self.lock:
            return list(self._by_path.values())

    def lookup(self, group: str, version: str, plural: str) -> Resource | None:
        """The resource a request path names, or None (the server answers 404)."""
        with self.lock:
            return self._by_path.get((group, version, plural))

    def resource_for(self, obj: dict) -> Resource | None:
        """Where an object belongs: by its apiVersion's group and kind (any version)."""
        group = (obj.get("apiVersion") or "").rpartition("/")[0]
        with self.lock:
            return self._by_group_kind.get((group, obj.get("kind") or ""))

    def _serve_crd(self, crd: dict) -> None:
        name = (crd.get("metadata") or {}).get("name") or ""
        self._unserve_crd(name, keep_objects=True)
        served = _crd_resources(crd)
        for i, res in enumerate(served):
            if (res.group, res.kind) in self._by_group_kind and not self._by_group_kind[
                (res.group, res.kind)
            ].custom:
                return  # never shadow a built-in
            self._register(res, primary=i == 0)
        if served:
            bucket = self.buckets.get(served[0].key)
            if bucket is not None and bucket.resource != served[0]:
                bucket.resource = served[0]
        self._crd_served[name] = served

    def _unserve_crd(self, name: str, keep_objects: bool = False) -> None:
        for res in self._crd_served.pop(name, []):
            self._by_path.pop((res.group, res.version, res.resource), None)
            if self._by_group_kind.get((res.group, res.kind)) == res:
                del self._by_group_kind[(res.group, res.kind)]
            if not keep_objects:
                self.buckets.pop(res.key, None)

    # ---- objects ---------------------------------------------------------

    def _prepare(self, obj: dict, rv: int | None) -> tuple[Resource, dict, int]:
        if not isinstance(obj, dict):
            raise StoreError(f"not an object: {type(obj).__name__}")
        res = self.resource_for(obj)
        if res is None:
            raise StoreError(
                f"no served resource for apiVersion {obj.get('apiVersion')!r} kind {obj.get('kind')!r}"
            )
        meta = dict(obj.get("metadata") or {})
        if not meta.get("name"):
            raise StoreError(f"{obj.get('kind')} without metadata.name")
        if res.namespaced and not meta.get("namespace"):
            meta["namespace"] = "default"
        if not res.namespaced:
            meta.pop("namespace", None)
        if rv is None:
            self.rv += 1
            rv = self.rv
        meta["resourceVersion"] = str(rv)
        new = {"apiVersion": res.api_version, "kind": res.kind, "metadata": meta}
        new.update((k, v) for k, v in obj.items() if k not in new)
        return res, new, rv

    def load(self, objects: Iterable[dict]) -> None:
        """Store a snapshot at start: objects keep their own numeric resourceVersions where they have them.

        CRDs go first so that their custom resources find a home; objects of
        kinds nobody serves are skipped (listed in ``skipped``). No watch
        events: the history starts after the load, as a fresh watch cache does.
        """
        objects = list(objects)
        with self.lock:
            crds = [o for o in objects if isinstance(o, dict) and o.get("kind") == "CustomResourceDefinition"]
            rest = [
                o
                for o in objects
                if not (isinstance(o, dict) and o.get("kind") == "CustomResourceDefinition")
            ]
            for obj in crds + rest:
                have = str((obj.get("metadata") or {}).get("resourceVersion") or "")
                rv = int(have) if have.isdigit() and int(have) > 0 else None
                try:
                    res, new, rv = self._prepare(obj, rv)
                except StoreError as e:
                    self.skipped.append(str(e))
                    continue
                self.rv = max(self.rv, rv)
                entry = Entry(new, rv, res)
                bucket = self.buckets[res.key]
                bucket.entries[(entry.namespace, entry.name)] = entry
                bucket._sorted = None
                if res.kind == "CustomResourceDefinition":
                    self._serve_crd(new)
            self.floor = self.rv
            self.rbac_generation += 1
        self._notify()

    def _change(self, obj: dict, mode: str) -> Entry:
        with self.lock:
            res = self.resource_for(obj)
            if res is None:
                raise StoreError(
                    f"no served resource for apiVersion {obj.get('apiVersion')!r} kind {obj.get('kind')!r}"
                )
            meta = obj.get("metadata") or {}
            ns = (meta.get("namespace") or "default") if res.namespaced else ""
            bucket = self.buckets[res.key]
            prev = bucket.entries.get((ns, meta.get("name") or ""))
            if mode == "add" and prev is not None:
                raise StoreError(f'{res.qualified} "{meta.get("name")}" already exists')
            if mode == "update" and prev is None:
                raise StoreError(f'{res.qualified} "{meta.get("name")}" not found')
            res, new, rv = self._prepare(obj, None)
            entry = Entry(new, rv, res)
            bucket.entries[(entry.namespace, entry.name)] = entry
            bucket._sorted = None
            self._record(Event(rv, "ADDED" if prev is None else "MODIFIED", res.key, entry, prev))
            if res.kind == "CustomResourceDefinition":
                self._serve_crd(new)
            if res.kind in RBAC_KINDS:
                self.rbac_generation += 1
        self._notify()
        return entry

    def add(self, obj: dict) -> Entry:
        """Create an object (error if it exists)."""
        return self._change(obj, "add")

    def update(self, obj: dict) -> Entry:
        """Replace an existing object (error if it does not exist)."""
        return self._change(obj, "update")

    def apply(self, obj: dict) -> Entry:
        """Create or replace."""
        return self._change(obj, "apply")

    def delete(
        self, kind_or_obj: dict | tuple, namespace: str | None = None, name: str | None = None
    ) -> Entry:
        """Delete by object or by ``(kind, namespace, name)`` (kind may be ``"Deployment.apps"``)."""
        with self.lock:
            if isinstance(kind_or_obj, dict):
                res = self.resource_for(kind_or_obj)
                meta = kind_or_obj.get("metadata") or {}
                namespace, name = meta.get("namespace"), meta.get("name")
            else:
                kind, namespace, name = kind_or_obj
                kind, _, group = kind.partition(".")
                res = self._by_group_kind.get((group, kind))
            if res is None:
                raise StoreError(f"no served resource for {kind_or_obj!r}")
            ns = (namespace or "default") if res.namespaced else ""
            bucket = self.buckets[res.key]
            prev = bucket.entries.pop((ns, name or ""), None)
            if prev is None:
                raise StoreError(f'{res.qualified} "{name}" not found')
            bucket._sorted = None
            self.rv += 1
            gone = {**prev.obj, "metadata": {**prev.obj["metadata"], "resourceVersion": str(self.rv)}}
            entry = Entry(gone, self.rv, prev.resource)
            self._record(Event(self.rv, "DELETED", res.key, entry, prev))
            if res.kind == "CustomResourceDefinition":
                self._unserve_crd(name or "")
            if res.kind in RBAC_KINDS:
                self.rbac_generation += 1
        self._notify()
        return entry

    def get(self, res: Resource, namespace: str, name: str) -> Entry | None:
        with self.lock:
            bucket = self.buckets.get(res.key)
            return bucket.entries.get((namespace if res.namespaced else "", name)) if bucket else None

    def objects(self, kinds: Iterable[str] | None = None) -> list[dict]:
        """Current objects (all, or of these kinds), for the authorizer and tests."""
        wanted = set(kinds) if kinds is not None else None
        with self.lock:
            return [
                e.obj
                for b in self.buckets.values()
                if wanted is None or b.resource.kind in wanted
                for e in b.entries.values()
            ]

    # ---- lists and snapshots ---------------------------------------------

    def snapshot(self, res: Resource) -> tuple[int, list[str], list[Entry]]:
        """The current resourceVersion and the resource's sorted keys and entries."""
        with self.lock:
            bucket = self.buckets.get(res.key)
            if bucket is None:
                return self.rv, [], []
            keys, entries = bucket.sorted()
            return self.rv, keys, entries

    def keep_snapshot(self, res: Resource, rv: int, keys: list[str], entries: list[Entry]) -> None:
        """Remember the list a continue token was cut from, so later pages are consistent."""
        with self.lock:
            self._snapshots[(res.key, rv)] = (keys, entries)
            self._snapshots.move_to_end((res.key, rv))
            while len(self._snapshots) > self._snapshot_cap:
                self._snapshots.popitem(last=False)

    def find_snapshot(self, res: Resource, rv: int) -> tuple[list[str], list[Entry]] | None:
        with self.lock:
            return self._snapshots.get((res.key, rv))

    def expire_snapshots(self) -> None:
        """Forget every list snapshot: continue tokens issued so far get 410 Expired."""
        with self.lock:
            self._snapshots.clear()

    # ---- history -----------------------------------------------------------

    def _record(self, event: Event) -> None:
        self._history.append(event)
        if len(self._history) > self.history_size:
            drop = len(self._history) - self.history_size
            self.floor = self._history[drop - 1].rv
            del self._history[:drop]

    def events_since(self, rv: int, key: tuple[str, str] | None) -> tuple[list[Event], int] | None:
        """Changes after ``rv`` (of one resource) and the rv they bring the watcher to; None if compacted."""
        with self.lock:
            if rv < self.floor:
                return None
            start = bisect.bisect_right(self._history, rv, key=lambda e: e.rv)
            events = [e for e in self._history[start:] if key is None or e.key == key]
            return events, self.rv

    def compact(self) -> None:
        """Drop the whole history: a watch from any older resourceVersion gets 410 Expired."""
        with self.lock:
            self._history.clear()
            self.floor = self.rv
        self._notify()

    def _notify(self) -> None:
        for listener in list(self.listeners):
            listener()
