"""The watch cache: repeated questions answered from memory, never wider than the asker may see.

`WatchCache` is shared (one per cluster, in the service): it lists and watches each
resource cluster-wide with its own credentials (kube/watching.py), starting a
resource the first time a query reads one of its tables. `WatchCacheSource` is one
asker's view of it (`cache.source(identity)`, cheap: make one per request or per
user): before serving a table it checks, with SubjectAccessReviews made by the
cache's identity and cached briefly, where the asker may list the table's resource —
cluster-wide, else namespace by namespace — and serves only objects of those
namespaces, with the same scope warning and the same 403 as the live source.
Without an identity (`cache.source()`, the CLI using the cache as a library) it
serves what the cache's own identity lists.

Consistency: every store changes only under one lock shared by the cache, and reads
are immutable copies (kube/watching.py `freeze`). A query's copy of every table it
reads is taken under that lock at one moment — when the query starts if the tables
are already cached (then `now` is that moment too), else as soon as all of them have
finished their first list — so a join of pods and nodes sees one state of both.
"""

from __future__ import annotations

import dataclasses
import threading
import time
from collections import defaultdict
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime

import orjson

from kubequery.catalog import Catalog, Table
from kubequery.compiler.plan import Fetch
from kubequery.errors import SourceError
from kubequery.kube.access import Scope
from kubequery.kube.client import Identity, KubeClient, RetryPolicy
from kubequery.kube.config import ClusterTarget, select_target
from kubequery.kube.errors import ForbiddenError, KubeAPIError, UnauthorizedError, api_error
from kubequery.kube.watching import (
    PAGE_SIZE,
    WATCH_TIMEOUT,
    Backoff,
    FrozenStore,
    ResourceRef,
    ResourceWatch,
)
from kubequery.sources.base import Listing
from kubequery.sources.memory import select_objects

READY_TIMEOUT = 30.0  # seconds a query waits for a table's first list
ACCESS_TTL = 10.0  # seconds an access decision is reused
STALE_AFTER = 30.0  # seconds of failing watch after which answers carry a warning
AUTHZ = "/apis/authorization.k8s.io/v1"
AUTHENTICATED = "system:authenticated"
NAMESPACES = ResourceRef("", "v1", "namespaces", "Namespace", False)

Key = tuple[str, str, str]


class WatchCache:
    """Per-resource list+watch stores of one cluster, started lazily, shared by every asker."""

    def __init__(
        self,
        target: ClusterTarget,
        *,
        identity: Identity | None = None,
        request_timeout: float | None = None,
        retry: RetryPolicy | None = None,
        page_size: int = PAGE_SIZE,
        watch_timeout: int = WATCH_TIMEOUT,
        backoff: Backoff | None = None,
        ready_timeout: float = READY_TIMEOUT,
        access_ttl: float = ACCESS_TTL,
        stale_after: float = STALE_AFTER,
        max_workers: int = 8,
    ) -> None:
        self.target = target
        self.client = KubeClient(
            target, identity=identity, request_timeout=request_timeout, retry=retry, max_inflight=max_workers
        )
        # Watch streams hold a connection each for minutes: their own pool, sized for many resources.
        self.stream_client = KubeClient(
            target, identity=identity, request_timeout=request_timeout, max_inflight=64
        )
        self.cluster = target.context or "in-cluster"
        self.page_size = page_size
        self.watch_timeout = watch_timeout
        self.backoff = backoff or Backoff()
        self.ready_timeout = ready_timeout
        self.stale_after = stale_after
        self.access = AccessReviews(self.client, ttl=access_ttl, workers=max_workers)
        self.lock = threading.Lock()  # every store's changes and every cut across stores
        self._watches: dict[Key, ResourceWatch] = {}
        self._watches_lock = threading.Lock()
        self._closed = False
        who = f" as {self.client.identity.label}" if self.client.identity.user else ""
        where = f"context {target.context}" if target.context else "in-cluster"
        self.description = f"watch cache of cluster {target.server} ({where}{who})"

    def source(self, identity: Identity | None = None) -> WatchCacheSource:
        """A Source answering as `identity` (None: as the cache's own identity, e.g. in the CLI)."""
        return WatchCacheSource(self, identity)

    def start(self, tables: Iterable[Table]) -> None:
        """Start caching these tables now instead of on first use (e.g. at service start)."""
        for table in tables:
            self.watch(ResourceRef.of(table))

    def watch(self, ref: ResourceRef) -> ResourceWatch:
        """The store of one resource, created and started on first use."""
        with self._watches_lock:
            if self._closed:
                raise SourceError("the watch cache is closed")
            watch = self._watches.get(ref.key)
            if watch is None:
                watch = ResourceWatch(
                    ref,
                    self.client,
                    self.stream_client,
                    self.lock,
                    page_size=self.page_size,
                    watch_timeout=self.watch_timeout,
                    backoff=self.backoff,
                )
                self._watches[ref.key] = watch
                watch.start()
            return watch

    def wait_ready(self, refs: Iterable[ResourceRef], timeout: float | None = None) -> list[ResourceWatch]:
        """Start these resources and wait for their first lists; a clear error when one fails or is late."""
        watches = [self.watch(ref) for ref in refs]
        deadline = time.monotonic() + (self.ready_timeout if timeout is None else timeout)
        late = [w for w in watches if not w.wait_ready(max(0.0, deadline - time.monotonic()))]
        if late:
            names = ", ".join(w.resource.name for w in late)
            raise SourceError(
                f"the watch cache has not finished its first list of {names} "
                f"within {self.ready_timeout if timeout is None else timeout:g} s ({self.target.server})",
                hint="a large or slow cluster takes longer the first time: retry in a moment",
            )
        return watches

    def cut(self, keys: Iterable[Key] | None = None) -> dict[Key, FrozenStore]:
        """Immutable copies of the ready stores (all, or those of `keys`), all taken at one moment."""
        with self._watches_lock:
            watches = dict(self._watches)
        wanted = watches if keys is None else {k: watches[k] for k in keys if k in watches}
        with self.lock:
            return {k: w.freeze() for k, w in wanted.items() if w.ready}

    def status(self) -> dict[str, dict]:
        """Per resource: ready, resourceVersion, objects and counters (for health and metrics)."""
        with self._watches_lock:
            watches = list(self._watches.values())
        out = {}
        for w in watches:
            with self.lock:
                objects = len(w.freeze()) if w.ready else 0
            out[w.resource.name] = {
                "ready": w.ready,
                "resource_version": w.resource_version,
                "objects": objects,
                "failing": str(w.failing[1]) if w.failing else None,
                **w.stats,
            }
        return out

    def close(self) -> None:
        """Stop every watch and drop the stores."""
        with self._watches_lock:
            self._closed = True
            watches = list(self._watches.values())
            self._watches.clear()
        for w in watches:
            w._stop.set()
        for w in watches:
            w.stop()
        self.client.close()
        self.stream_client.close()

    def __enter__(self) -> WatchCache:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


@dataclass
class _Query:
    """What one query pinned when it began: its `now` and the copies it reads."""

    now: datetime
    cut: dict[Key, FrozenStore]


@dataclass(frozen=True)
class _Grant:
    """Where an asker may list one resource: cluster-wide, or these namespaces."""

    cluster: bool
    namespaces: frozenset[str] = frozenset()


@dataclass(frozen=True)
class _Decision:
    """One fetch for one asker: skipped (another cluster), forbidden, or served from these namespaces."""

    namespaces: tuple[str, ...] | None = None  # None: every namespace
    warnings: tuple[str, ...] = ()
    error: ForbiddenError | None = None
    skip: bool = False


class WatchCacheSource:
    """A Source answering from a WatchCache as one asking identity (Source protocol of sources/base.py).

    Safe to share between threads: the query state (`now` and the pinned copies) is per thread.
    """

    stable_objects = True  # a copy's objects never change: the engine may reuse built columns

    def __init__(self, cache: WatchCache, identity: Identity | None = None) -> None:
        if identity is not None and not identity.user:
            raise SourceError("a watch cache query needs the asking user's name (or no identity at all)")
        self.cache = cache
        self.identity = identity
        self.cluster = cache.cluster
        self.description = cache.description + (f" for {identity.label}" if identity else "")
        self._local = threading.local()

    @property
    def now(self) -> datetime:
        """The moment of this query's copy (pinned by start_query), else the current time."""
        query: _Query | None = getattr(self._local, "query", None)
        return query.now if query is not None else datetime.now(UTC)

    def catalog(self) -> Catalog:
        """The tables the cluster serves, custom resources included: discovery with the cache's
        credentials, cached briefly (what an asker may read is still checked per query)."""
        from kubequery.discovery import cluster_catalog

        identity = self.cache.client.identity
        key = ("watchcache", self.cache.target.server, identity.user, tuple(identity.groups))
        return cluster_catalog(self.cache.client, key)

    def start_query(self) -> None:
        """A query begins: pin the copies of every cached table and `now` to this moment."""
        cut = self.cache.cut()
        self._local.query = _Query(datetime.now(UTC), cut)

    def list(self, table: Table, fetch: Fetch) -> Listing:
        """One fetch (a forbidden namespace is an error here; see list_many)."""
        return self._serve([(table, fetch)], keep=True)[0]

    def list_many(self, requests: list[tuple[Table, Fetch]]) -> list[Listing]:
        """Every fetch of one query from one copy of the cache; one Listing per request, in order.

        As the live source: a forbidden namespace among allowed fetches of a table is a warning,
        a table none of whose fetches is allowed is an error.
        """
        return self._serve(requests, keep=False)

    # -- internals ---------------------------------------------------------------------------------

    def _serve(self, requests: list[tuple[Table, Fetch]], keep: bool) -> list[Listing]:
        grants = self._grants([(t, f) for t, f in requests if f.cluster in (None, self.cluster)])
        # Decide every request before starting anything: a forbidden table costs no list.
        decisions = [
            _Decision(skip=True)
            if fetch.cluster not in (None, self.cluster)  # the query asked for another cluster
            else self._decide(table, fetch, grants.get(ResourceRef.of(table).key))
            for table, fetch in requests
        ]
        by_table: dict[str, list[_Decision]] = defaultdict(list)
        for (table, _), decision in zip(requests, decisions, strict=True):
            if not decision.skip:
                by_table[table.name].append(decision)
        for table_decisions in by_table.values():
            first = table_decisions[0].error
            if first is not None and all(d.error is not None for d in table_decisions):
                raise first
        refs = {
            ResourceRef.of(t).key: ResourceRef.of(t)
            for (t, _), d in zip(requests, decisions, strict=True)
            if not d.skip and d.error is None
        }
        cut = self._cut(refs, keep)
        listings = []
        for (table, fetch), decision in zip(requests, decisions, strict=True):
            if decision.skip:
                listings.append(Listing([], cluster=self.cluster))
            elif decision.error is not None:
                who = f" for {decision.error.user}" if decision.error.user else ""
                warning = f'{table.name}: not listed in namespace "{fetch.namespace}" (forbidden{who})'
                listings.append(Listing([], [warning], cluster=self.cluster))
            else:
                frozen = cut[ResourceRef.of(table).key]
                listings.append(self._listing(table, fetch, frozen, decision.namespaces, decision.warnings))
        return listings

    def _decide(self, table: Table, fetch: Fetch, grant: _Grant | None) -> _Decision:
        """What to serve of one fetch for this asker, or the 403 it gets."""
        namespace = fetch.namespace if table.namespaced else None
        if grant is None or grant.cluster:  # no asker (the cache's own identity), or cluster-wide
            return _Decision(namespaces=(namespace,) if namespace else None)
        user = self.identity.user if self.identity else ""
        if not table.namespaced:
            return _Decision(error=self._forbidden(user, table, None))
        if namespace:
            if namespace in grant.namespaces:
                return _Decision(namespaces=(namespace,))
            return _Decision(error=self._forbidden(user, table, namespace))
        if not grant.namespaces:
            return _Decision(error=self._forbidden(user, table, None, anywhere=True))
        scope = Scope(tuple(sorted(grant.namespaces)), user or "this identity", complete=True)
        return _Decision(namespaces=scope.namespaces, warnings=(scope.warning(table.name),))

    def _grants(self, requests: list[tuple[Table, Fetch]]) -> dict[Key, _Grant]:
        """Where the asker may list each resource these requests read (SubjectAccessReviews, cached)."""
        if self.identity is None:
            return {}
        refs = {ResourceRef.of(t).key: ResourceRef.of(t) for t, _ in requests}
        cluster_wide = self.cache.access.allowed(
            self.identity, [(r.group, r.resource, "") for r in refs.values()]
        )
        grants = {}
        narrow = [r for r, ok in zip(refs.values(), cluster_wide, strict=True) if not ok and r.namespaced]
        for ref, ok in zip(refs.values(), cluster_wide, strict=True):
            grants[ref.key] = _Grant(cluster=ok)
        if narrow:
            named = {f.namespace for _, f in requests if f.namespace}
            candidates = sorted(self._namespaces(narrow) | named)
            checks = [(r.group, r.resource, ns) for r in narrow for ns in candidates]
            answers = iter(self.cache.access.allowed(self.identity, checks))
            for ref in narrow:
                allowed = frozenset(ns for ns in candidates if next(answers))
                grants[ref.key] = _Grant(cluster=False, namespaces=allowed)
        return grants

    def _namespaces(self, refs: list[ResourceRef]) -> set[str]:
        """Every namespace worth checking: the cluster's (the cache watches them) and any holding objects."""
        names: set[str] = set()
        try:
            (watch,) = self.cache.wait_ready([NAMESPACES])
            with self.cache.lock:
                names.update(obj["metadata"]["name"] for obj in watch.freeze().objects())
        except KubeAPIError:
            pass  # the cache may not list namespaces: the namespaces holding objects still count
        for frozen in self.cache.cut([r.key for r in refs]).values():
            names.update(ns for ns in frozen.by_namespace if ns)
        return names

    def _cut(self, refs: dict[Key, ResourceRef], keep: bool) -> dict[Key, FrozenStore]:
        """The copies to serve from: those pinned at query start, or one new cut of all of them."""
        query: _Query | None = getattr(self._local, "query", None)
        pinned = query.cut if query is not None else {}
        if all(k in pinned for k in refs):
            cut = {k: pinned[k] for k in refs}
        else:
            self.cache.wait_ready(refs.values())
            cut = self.cache.cut(refs)
            if keep and query is not None:
                query.cut.update(cut)
        if query is not None and not keep:
            query.cut = {}  # served: do not hold old copies until the next query
        return cut

    def _listing(
        self,
        table: Table,
        fetch: Fetch,
        frozen: FrozenStore,
        namespaces: tuple[str, ...] | None,
        warnings: tuple[str, ...],
    ) -> Listing:
        if not table.namespaced and fetch.namespace:
            fetch = dataclasses.replace(fetch, namespace=None)  # as the API server: ignored
        if fetch.label_selector or fetch.field_selector or fetch.metadata_only:
            objects = select_objects(frozen.objects(namespaces), table, fetch)
        else:  # a store holds only its resource's objects, by namespace: nothing left to filter
            objects = list(frozen.objects(namespaces))
        watch = self.cache._watches.get(frozen.resource.key)
        failing = watch.failing if watch is not None else None
        if failing is not None and time.monotonic() - failing[0] > self.cache.stale_after:
            since = time.monotonic() - failing[0]
            warnings = (
                *warnings,
                f"{table.name}: answered from the watch cache, whose watch has been failing for "
                f"{since:.0f} s ({failing[1]}): it may be out of date",
            )
        return Listing(objects, list(warnings), cluster=self.cluster)

    def _forbidden(
        self, user: str, table: Table, namespace: str | None, anywhere: bool = False
    ) -> ForbiddenError:
        """The live source's 403 for this asker: the same words, the same hint."""
        request = self.cache.client.describe(
            "list", resource=table.resource, group=table.group, version=table.version, namespace=namespace
        )
        where = f' in the namespace "{namespace}"' if namespace else ""
        message = (
            f'{table.resource}{"." + table.group if table.group else ""} is forbidden: User "{user}" cannot '
            f'list resource "{table.resource}" in API group "{table.group}"{where or " at the cluster scope"}'
        )
        body = orjson.dumps(
            {
                "kind": "Status",
                "apiVersion": "v1",
                "status": "Failure",
                "message": message,
                "reason": "Forbidden",
                "code": 403,
            }
        )
        error = api_error(403, body, request)
        assert isinstance(error, ForbiddenError)
        if not anywhere:
            return error
        what = f"{table.resource}.{table.group}" if table.group else table.resource
        wider = ForbiddenError(
            f'forbidden: User "{user}" cannot list {what} in any namespace',
            hint=error.hint,
            status=403,
            request=request,
            payload=error.payload,
        )
        wider.user, wider.verb, wider.resource = error.user, "list", error.resource
        return wider


class AccessReviews:
    """SubjectAccessReviews for askers, made by the cache's identity, cached briefly.

    The cache lists with its own (wider) rights, so every query asks the API server
    whether its asker may list what it reads; the answers are reused for `ttl` seconds.
    """

    def __init__(
        self,
        client: KubeClient,
        *,
        ttl: float = ACCESS_TTL,
        workers: int = 8,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.client = client
        self.ttl = ttl
        self.clock = clock  # tests move time by hand
        self.workers = workers
        self.reviews = 0  # how many reviews were sent (tests read it)
        self._lock = threading.Lock()
        self._decisions: dict[tuple, tuple[float, bool]] = {}

    def allowed(self, identity: Identity, checks: list[tuple[str, str, str]]) -> list[bool]:
        """May `identity` list (group, resource) in namespace ("" = cluster-wide)? One answer per check."""
        groups = _groups_of(identity)
        now = self.clock()
        answers: dict[tuple, bool] = {}
        with self._lock:
            if len(self._decisions) > 100_000:
                self._decisions = {k: v for k, v in self._decisions.items() if v[0] > now}
            for check in checks:
                hit = self._decisions.get((identity.user, groups, *check))
                if hit is not None and hit[0] > now:
                    answers[check] = hit[1]
        missing = list(dict.fromkeys(c for c in checks if c not in answers))
        if missing:
            if len(missing) == 1:
                fresh = [self._review(identity.user or "", groups, *missing[0])]
            else:
                with ThreadPoolExecutor(max_workers=min(self.workers, len(missing))) as pool:
                    fresh = list(pool.map(lambda c: self._review(identity.user or "", groups, *c), missing))
            expires = self.clock() + self.ttl
            with self._lock:
                for check, ok in zip(missing, fresh, strict=True):
                    answers[check] = ok
                    self._decisions[(identity.user, groups, *check)] = (expires, ok)
        return [answers[c] for c in checks]

    def _review(self, user: str, groups: tuple[str, ...], group: str, resource: str, namespace: str) -> bool:
        body = {
            "apiVersion": "authorization.k8s.io/v1",
            "kind": "SubjectAccessReview",
            "spec": {
                "user": user,
                "groups": list(groups),
                "resourceAttributes": {
                    "verb": "list",
                    "group": group,
                    "resource": resource,
                    "namespace": namespace,
                },
            },
        }
        request = self.client.describe(
            "create", resource="subjectaccessreviews", group="authorization.k8s.io", version="v1"
        )
        with self._lock:
            self.reviews += 1
        try:
            answer = self.client.post(f"{AUTHZ}/subjectaccessreviews", body, request=request)
        except UnauthorizedError:
            raise  # the service's own credentials refused, whichever call met it first: not a missing grant
        except KubeAPIError as e:
            raise SourceError(
                f"the watch cache cannot check whether {user} may list {resource}: {e}",
                hint="the service's identity needs create on subjectaccessreviews.authorization.k8s.io",
            ) from e
        return bool((answer.get("status") or {}).get("allowed"))


def _groups_of(identity: Identity) -> tuple[str, ...]:
    """The asker's groups as the API server would see them on the asker's own requests."""
    groups = tuple(identity.groups)
    if identity.user != "system:anonymous" and AUTHENTICATED not in groups:
        groups += (AUTHENTICATED,)
    return groups


def open_watch_cache(
    *,
    kubeconfig: str | None = None,
    context: str | None = None,
    as_user: str | None = None,
    as_groups: tuple[str, ...] | list[str] = (),
    **options: object,
) -> WatchCache:
    """A WatchCache for kubectl-style flags (or the in-cluster config): nothing is sent until first use."""
    target = select_target(kubeconfig, context)
    identity = Identity(as_user or None, tuple(as_groups))
    return WatchCache(target, identity=identity, **options)  # type: ignore[arg-type]


__all__ = ["AccessReviews", "WatchCache", "WatchCacheSource", "open_watch_cache"]
