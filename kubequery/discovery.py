"""Discovery: which tables a live cluster has, from what its API server serves.

`discover` reads /api, /api/v1, /apis and /apis/{group}/{version} (each group's
preferred version, plus older versions only where a shipped table needs one the
preferred version lacks, e.g. batch/v1beta1 cronjobs on a 1.20 cluster).
`catalog_from_discovery` turns that into a Catalog: shipped tables for built-in
kinds (listed at the version the server serves), a table per other listable
resource, named as kubequery.crd explains. A custom resource's printer columns
come from its CRD, read only when a query first touches that table: a cluster
with thousands of CRDs costs a query on pods nothing but the discovery reads,
and those are cached per cluster for a few minutes (`cluster_catalog`).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Hashable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from typing import Any, Protocol

from kubequery.catalog import Catalog, Table, default_catalog
from kubequery.crd import CustomKind, assign_names, custom_table, loader_for
from kubequery.selectors import is_builtin_api_version

DEFAULT_TTL = 300.0  # seconds discovery results are reused for one cluster
MAX_WORKERS = 8  # concurrent discovery reads (one per API group)
CRD_GROUP = "apiextensions.k8s.io"


class DiscoveryClient(Protocol):
    """What discovery needs from a cluster client: GET a path, parsed JSON back.

    It must raise on an HTTP error (any exception; its text is shown in notes) and may be
    called from several threads at once.
    """

    def get_json(self, path: str) -> dict: ...


@dataclass(frozen=True)
class ResourceInfo:
    """One resource of one group/version, as an APIResourceList entry describes it."""

    group: str
    version: str
    resource: str  # the plural, as in URLs
    kind: str
    namespaced: bool
    verbs: tuple[str, ...] = ()
    short_names: tuple[str, ...] = ()
    singular: str = ""
    categories: tuple[str, ...] = ()
    preferred: bool = True  # listed at its group's preferred version

    @property
    def api_version(self) -> str:
        return f"{self.group}/{self.version}" if self.group else self.version

    @property
    def listable(self) -> bool:
        return "list" in self.verbs

    @property
    def qualified_name(self) -> str:
        return f"{self.resource}.{self.group}" if self.group else self.resource


def _resources(doc: Any, group: str, version: str, preferred: bool) -> list[ResourceInfo]:
    """The resources of one APIResourceList (subresources such as pods/log left out)."""
    found = []
    for r in (doc or {}).get("resources") or [] if isinstance(doc, dict) else []:
        if not isinstance(r, dict) or not isinstance(r.get("name"), str) or "/" in r["name"]:
            continue
        found.append(
            ResourceInfo(
                group=group,
                version=version,
                resource=r["name"],
                kind=str(r.get("kind") or ""),
                namespaced=bool(r.get("namespaced")),
                verbs=tuple(v for v in r.get("verbs") or [] if isinstance(v, str)),
                short_names=tuple(s for s in r.get("shortNames") or [] if isinstance(s, str)),
                singular=str(r.get("singularName") or ""),
                categories=tuple(c for c in r.get("categories") or [] if isinstance(c, str)),
                preferred=preferred,
            )
        )
    return found


def _path(group: str, version: str) -> str:
    return f"/apis/{group}/{version}" if group else f"/api/{version}"


def discover(
    client: DiscoveryClient,
    *,
    base: Catalog | None = None,
    warnings: list[str] | None = None,
    max_workers: int = MAX_WORKERS,
) -> list[ResourceInfo]:
    """Every resource the cluster serves, at each group's preferred version, plus the older
    versions that `base`'s tables fall back to when the preferred one lacks their resource.

    /api and /apis failing is the cluster failing and raises; one group failing (an
    aggregated API whose backend is down) is appended to `warnings` and skipped.
    """
    base = base or default_catalog()
    warnings = warnings if warnings is not None else []
    core_versions = [v for v in client.get_json("/api").get("versions") or [] if isinstance(v, str)]
    core_version = "v1" if "v1" in core_versions or not core_versions else core_versions[0]
    served: dict[str, list[str]] = {"": [core_version]}  # group -> versions, preferred first
    for g in client.get_json("/apis").get("groups") or []:
        if not isinstance(g, dict) or not isinstance(g.get("name"), str):
            continue
        versions = [v["version"] for v in g.get("versions") or [] if isinstance(v, dict) and v.get("version")]
        preferred = (g.get("preferredVersion") or {}).get("version")
        if preferred:
            versions = [preferred] + [v for v in versions if v != preferred]
        if versions:
            served[g["name"]] = versions

    lists: dict[tuple[str, str], list[ResourceInfo]] = {}

    def fetch(group: str, version: str) -> None:
        try:
            doc = client.get_json(_path(group, version))
        except Exception as e:  # one broken group must not hide the others
            warnings.append(f"discovery of {_path(group, version)} failed: {e}")
            lists[(group, version)] = []
            return
        lists[(group, version)] = _resources(doc, group, version, version == served[group][0])

    wanted = [(group, versions[0]) for group, versions in served.items()]
    if max_workers > 1 and len(wanted) > 1:
        with ThreadPoolExecutor(max_workers=min(max_workers, len(wanted))) as pool:
            list(pool.map(lambda gv: fetch(*gv), wanted))
    else:
        for gv in wanted:
            fetch(*gv)

    # Shipped tables whose resource the preferred version lacks: try their other versions,
    # in the adapter's order, as far as the server serves them.
    for table in base:
        have = lambda g, v, t=table: any(r.resource == t.resource for r in lists.get((g, v), ()))  # noqa: E731
        candidates = [a.rpartition("/")[::2] for a in (table.api_version, *table.also_api)]
        for group, version in candidates:
            if version not in served.get(group, ()):
                continue
            if (group, version) not in lists:
                fetch(group, version)
            if have(group, version):
                break
    return [r for found in lists.values() for r in found]


def _kind_of(info: ResourceInfo) -> CustomKind:
    return CustomKind(
        group=info.group,
        version=info.version,
        plural=info.resource,
        kind=info.kind,
        namespaced=info.namespaced,
        singular=info.singular or info.kind.lower(),
        short_names=info.short_names,
        origin="builtin" if is_builtin_api_version(info.api_version) else "discovery",
    )


def may_have_crd(group: str) -> bool:
    """Whether a group can be defined by CRDs: built-in groups cannot, and a CRD's group
    has a dot."""
    return "." in group and not is_builtin_api_version(f"{group}/v1")


def catalog_from_discovery(
    resources: list[ResourceInfo],
    client: DiscoveryClient,
    *,
    base: Catalog | None = None,
    notes: list[str] | None = None,
) -> Catalog:
    """The catalog for a cluster that serves `resources` (from `discover`).

    Shipped tables are kept for the kinds the cluster serves, at the first of their
    versions (`api`, then `also_api`) it serves; the others are left out with the reason
    (`Catalog.missing`). Every other listable resource gets a table with the generic
    columns; for a possible custom resource, a loader fetches its CRD the first time a
    query reads the table and adds the printer columns.
    """
    base = base or default_catalog()
    listable = {(r.group, r.version, r.resource): r for r in resources if r.listable and r.kind}
    tables: dict[str, Table] = {}
    missing: dict[str, str] = {}
    covered: set[tuple[str, str]] = set()  # (group, resource) the shipped tables answer for
    for table in base:
        candidates = [table.api_version, *table.also_api]
        chosen = None
        for api in candidates:
            group, _, version = api.rpartition("/")
            covered.add((group, table.resource))
            chosen = chosen or listable.get((group, version, table.resource))
        if chosen is None:
            missing[table.name] = (
                f"this cluster serves no listable {table.resource} in {', '.join(candidates)}"
            )
            continue
        if chosen.api_version != table.api_version:
            table = replace(
                table,
                group=chosen.group,
                version=chosen.version,
                also_api=tuple(a for a in candidates if a != chosen.api_version),
                notes=(
                    *table.notes,
                    f"listed as {chosen.api_version}: the cluster does not serve {table.api_version}",
                ),
            )
        tables[table.name] = table

    others: dict[tuple[str, str], ResourceInfo] = {}
    for r in listable.values():
        key = (r.group, r.resource)
        if key not in covered and (key not in others or (r.preferred and not others[key].preferred)):
            others[key] = r
    crd_versions = [
        r.version for r in resources if r.group == CRD_GROUP and r.resource == "customresourcedefinitions"
    ]
    named = assign_names([_kind_of(r) for r in others.values()], [*base.tables, *missing])
    loaders: dict[str, Callable[[], Table]] = {}
    for name, kind in named.items():
        tables[name] = custom_table(kind, name)
        if may_have_crd(kind.group) and crd_versions:
            loaders[name] = loader_for(name, kind, _crd_fetcher(client, kind, crd_versions))
    return Catalog(tables, loaders, missing, tuple(notes or ()))


def _crd_fetcher(client: DiscoveryClient, kind: CustomKind, versions: list[str]) -> Callable[[], dict | None]:
    """GET the one CRD of `kind`, at the first apiextensions version that answers."""

    def fetch() -> dict | None:
        ordered = sorted(versions, key=lambda v: v != "v1")
        problem: Exception | None = None
        for version in ordered:
            try:
                path = f"/apis/{CRD_GROUP}/{version}/customresourcedefinitions/{kind.qualified_name}"
                return client.get_json(path)
            except Exception as e:
                problem = e
        if problem is not None:
            raise problem
        return None

    return fetch


class DiscoveryCache:
    """Catalogs per cluster, reused for `ttl` seconds (discovery is dozens of requests and
    rarely changes; a new CRD shows up within the TTL)."""

    def __init__(self, ttl: float = DEFAULT_TTL, clock: Callable[[], float] = time.monotonic) -> None:
        self.ttl = ttl
        self.clock = clock
        self._entries: dict[Hashable, tuple[float, Catalog]] = {}
        self._locks: dict[Hashable, threading.Lock] = {}
        self._lock = threading.Lock()

    def get(self, key: Hashable, build: Callable[[], Catalog]) -> Catalog:
        """The cached catalog for `key`, or `build()`'s, kept for the TTL (one build per key at a time)."""
        with self._lock:
            lock = self._locks.setdefault(key, threading.Lock())
        with lock:
            entry = self._entries.get(key)
            if entry is not None and self.clock() < entry[0]:
                return entry[1]
            catalog = build()
            self._entries[key] = (self.clock() + self.ttl, catalog)
            return catalog

    def clear(self, key: Hashable | None = None) -> None:
        """Forget one cluster's catalog, or every one."""
        with self._lock:
            if key is None:
                self._entries.clear()
            else:
                self._entries.pop(key, None)


DEFAULT_CACHE = DiscoveryCache()


def cluster_catalog(
    client: DiscoveryClient,
    key: Hashable,
    *,
    base: Catalog | None = None,
    cache: DiscoveryCache | None = None,
) -> Catalog:
    """The catalog for the cluster `client` talks to, cached under `key` for the TTL.

    `key` names the cluster and, where CRD reads depend on who asks, the identity (the
    CRDs are read with `client`'s credentials, lazily, by whichever query first needs one).
    """
    cache = cache or DEFAULT_CACHE

    def build() -> Catalog:
        warnings: list[str] = []
        resources = discover(client, base=base, warnings=warnings)
        return catalog_from_discovery(resources, client, base=base, notes=warnings)

    return cache.get(key, build)
