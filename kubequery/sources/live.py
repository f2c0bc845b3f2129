"""The live source: lists from a Kubernetes API server, under the asking identity's RBAC.

One plan fetch becomes one paginated list (`limit`/`continue`) of the table's
group/version/resource, narrowed to the fetch's namespace and selectors, as
`PartialObjectMetadataList` when the query reads only metadata. Pages are parsed
with orjson as they arrive (collector paused) and their bytes dropped; a `410
Gone` on a continue token restarts the list. The fetches of one query run
concurrently (`list_many`); the client caps the requests in flight and retries
throttling, server errors and dropped connections.

When a cluster-wide list is forbidden, the answer covers the namespaces the
identity may list (kube/access.py) and says so in a warning; when it may list
none, the 403 becomes one message naming user, verb, resource and namespace.
"""

from __future__ import annotations

import re
import threading
from collections import defaultdict
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import quote

import orjson

from kubequery.catalog import Catalog, Table
from kubequery.compiler.plan import Fetch
from kubequery.ingest import gc_paused
from kubequery.kube.access import AccessChecker
from kubequery.kube.client import JSON, Cancelled, Identity, KubeClient, RetryPolicy
from kubequery.kube.config import ClusterTarget, select_target
from kubequery.kube.errors import ForbiddenError, GoneError
from kubequery.redact import redact
from kubequery.sources.base import Listing

DEFAULT_PAGE_SIZE = 500
MAX_WORKERS = 8
MAX_RESTARTS = 2  # a list whose continue token expires is restarted this many times, then fails
METADATA_ACCEPT = "application/json;as=PartialObjectMetadataList;g=meta.k8s.io;v=v1,application/json"


def list_path(table: Table, namespace: str | None = None) -> str:
    """The collection URL of `table`'s resource, in one namespace or across all."""
    root = f"/apis/{table.group}/{table.version}" if table.group else f"/api/{table.version}"
    if namespace and table.namespaced:
        return f"{root}/namespaces/{quote(namespace, safe='')}/{table.resource}"
    return f"{root}/{table.resource}"


class LiveSource:
    """A Source over a live cluster, chosen like kubectl (kubeconfig, context) and acting as one identity."""

    def __init__(
        self,
        target: ClusterTarget,
        *,
        identity: Identity | None = None,
        request_timeout: float | None = None,
        page_size: int = DEFAULT_PAGE_SIZE,
        retry: RetryPolicy | None = None,
        gzip: bool = False,
        max_workers: int = MAX_WORKERS,
        access_ttl: float = 30.0,
        bearer_token: str | None = None,
    ) -> None:
        self.target = target
        self.client = KubeClient(
            target,
            identity=identity,
            request_timeout=request_timeout,
            retry=retry,
            gzip=gzip,
            max_inflight=max_workers,
            bearer_token=bearer_token,  # the service's kube-token method: the asker's own token
        )
        self.page_size = page_size
        self.max_workers = max_workers
        self.default_namespace = target.namespace  # the context's namespace: for -n defaults later
        self.cluster = target.context or "in-cluster"  # the `cluster` column of this source's rows
        self.access = AccessChecker(self.client, target.namespace, ttl=access_ttl)
        self.now = datetime.now(UTC)
        who = f" as {self.client.identity.label}" if self.client.identity.user else ""
        where = f"context {target.context}" if target.context else "in-cluster"
        self.description = f"cluster {target.server} ({where}{who})"

    def catalog(self) -> Catalog:
        """The tables this cluster serves, from discovery (cached briefly per server and identity);
        custom-resource tables read their CRD only when a query first uses them."""
        from kubequery.discovery import cluster_catalog

        identity = self.client.identity
        key = (self.target.server, identity.user, tuple(identity.groups))
        return cluster_catalog(self.client, key)

    def start_query(self) -> None:
        """A query begins: `now` becomes this moment, for its compile and its ingest alike."""
        self.now = datetime.now(UTC)

    def list(self, table: Table, fetch: Fetch) -> Listing:
        """The objects one fetch selects (a forbidden namespace is an error here; see list_many)."""
        with gc_paused():
            return self._list(table, fetch, (), None)

    def list_many(self, requests: list[tuple[Table, Fetch]]) -> list[Listing]:
        """Every fetch of one query, concurrently; one Listing per request, in order.

        A fetch of one namespace that is forbidden while another fetch of the same table
        succeeds becomes a warning; a table none of whose fetches is allowed is an error.
        Any other failure stops the remaining fetches at their next request.
        """
        if not requests:
            return []
        named = tuple(dict.fromkeys(f.namespace for _, f in requests if f.namespace))
        cancel = threading.Event()

        def run(table: Table, fetch: Fetch) -> Listing | _Refused:
            try:
                return self._list(table, fetch, named, cancel)
            except ForbiddenError as e:
                if fetch.namespace is not None and not e.impersonation:
                    # Perhaps only this namespace: decided below, with the table's other fetches.
                    return _Refused(e)
                cancel.set()
                raise
            except BaseException:
                cancel.set()
                raise

        outcomes: list[Listing | _Refused | BaseException] = []
        with gc_paused(), ThreadPoolExecutor(max_workers=min(self.max_workers, len(requests))) as pool:
            try:
                futures = [pool.submit(run, t, f) for t, f in requests]
                for future in futures:
                    try:
                        outcomes.append(future.result())
                    except Exception as e:  # noqa: BLE001 - re-raised below, the first real one
                        outcomes.append(e)
            except BaseException:  # Ctrl-C while waiting: stop the workers too
                cancel.set()
                raise
        errors = [o for o in outcomes if isinstance(o, BaseException) and not isinstance(o, Cancelled)]
        if errors:
            raise errors[0]
        by_table: dict[str, list[int]] = defaultdict(list)
        for i, (table, _) in enumerate(requests):
            by_table[table.name].append(i)
        for indexes in by_table.values():
            refused = [i for i in indexes if isinstance(outcomes[i], _Refused)]
            for i in refused:
                refusal = outcomes[i]
                assert isinstance(refusal, _Refused)
                if len(refused) == len(indexes):  # the table gets nothing at all: that is an error
                    raise refusal.error
                table, fetch = requests[i]
                who = f" for {refusal.error.user}" if refusal.error.user else ""
                warning = f'{table.name}: not listed in namespace "{fetch.namespace}" (forbidden{who})'
                outcomes[i] = Listing([], [warning], cluster=self.cluster)
        return [o for o in outcomes if isinstance(o, Listing)]

    # -- internals ---------------------------------------------------------------------------------

    def _list(
        self, table: Table, fetch: Fetch, named: tuple[str, ...], cancel: threading.Event | None
    ) -> Listing:
        if getattr(fetch, "cluster", None) not in (None, self.cluster):
            return Listing([], cluster=self.cluster)  # the query asked for another cluster
        if not table.namespaced or fetch.namespace is not None:
            return Listing(self._list_pages(table, fetch, fetch.namespace, cancel), cluster=self.cluster)
        known, scope = self.access.cached_scope(table.group, table.resource)
        if not known or scope is None:
            try:
                objects = self._list_pages(table, fetch, None, cancel)
            except ForbiddenError as e:
                if e.impersonation:
                    raise
                scope = self.access.find_scope(table.group, table.resource, e, named, cancel)
            else:
                self.access.remember(table.group, table.resource, None)
                return Listing(objects, cluster=self.cluster)
        namespaces = scope.namespaces
        if len(namespaces) == 1:
            parts = [self._list_pages(table, fetch, namespaces[0], cancel)]
        else:
            with ThreadPoolExecutor(max_workers=min(self.max_workers, len(namespaces))) as pool:
                parts = list(pool.map(lambda ns: self._list_pages(table, fetch, ns, cancel), namespaces))
        objects = [obj for part in parts for obj in part]
        return Listing(objects, [scope.warning(table.name)], cluster=self.cluster)

    def _list_pages(
        self, table: Table, fetch: Fetch, namespace: str | None, cancel: threading.Event | None
    ) -> list[dict]:
        """Every object of one list call, page by page; restarts when the continue token expires.

        While a page is parsed the next one is already being fetched (its continue token is read
        from the head of the body: API servers write list metadata before the items), so the
        server's time and the parse overlap instead of adding up.
        """
        path = list_path(table, namespace)
        params: dict[str, str | int | None] = {
            "labelSelector": fetch.label_selector,
            "fieldSelector": fetch.field_selector,
            "limit": self.page_size or None,
        }
        accept = METADATA_ACCEPT if fetch.metadata_only else JSON
        request = self.client.describe(
            "list", resource=table.resource, group=table.group, version=table.version, namespace=namespace
        )

        def get(token: str | None) -> bytes:
            return self.client.get(
                path, {**params, "continue": token}, accept=accept, request=request, cancel=cancel
            )

        objects: list[dict] = []
        token: str | None = None
        restarts = 0
        with ThreadPoolExecutor(max_workers=1) as prefetcher:
            ahead: tuple[str, Future[bytes]] | None = None
            while True:
                try:
                    if ahead is not None and ahead[0] == token:
                        body = ahead[1].result()
                    else:
                        body = get(token)
                except GoneError:
                    if token is None or restarts >= MAX_RESTARTS:
                        raise
                    restarts += 1
                    objects, token, ahead = [], None, None
                    continue
                ahead = None
                peeked = _peek_continue(body)
                if peeked:
                    started = threading.Event()
                    ahead = (peeked, prefetcher.submit(_signalled, started, get, peeked))
                    # orjson holds the GIL while it parses: let the prefetch send its request first.
                    started.wait(1.0)
                with gc_paused():
                    page = orjson.loads(body)
                del body  # the parsed objects are all that is kept
                objects.extend(_items(page, table))
                token = (page.get("metadata") or {}).get("continue") or None
                if not token:
                    return objects


def _signalled(started: threading.Event, fn: Callable[[str], bytes], arg: str) -> bytes:
    started.set()
    return fn(arg)


_CONTINUE = re.compile(rb'"continue"\s*:\s*"([A-Za-z0-9_=+/.-]*)"')


def _peek_continue(body: bytes) -> str | None:
    """The continue token from the list metadata at the head of a page, when it is there."""
    head = body[:8192]
    items = head.find(b'"items"')
    match = _CONTINUE.search(head, 0, items) if items > 0 else None
    return match.group(1).decode() if match and match.group(1) else None


@dataclass
class _Refused:
    """A namespace fetch that was forbidden: a warning if the table's other fetches succeed."""

    error: ForbiddenError


def _items(page: dict, table: Table) -> list[dict]:
    """The page's items with kind and apiVersion filled in (typed lists omit them), redacted."""
    items = page.get("items") or []
    list_kind = page.get("kind") or ""
    kind = list_kind[: -len("List")] if list_kind.endswith("List") else table.kind
    api_version = page.get("apiVersion") or table.api_version
    for item in items:
        if "kind" not in item:
            item["kind"] = kind
        if "apiVersion" not in item:
            item["apiVersion"] = api_version
    if table.kind == "Secret":
        return [_redact_secret(item) for item in items]
    return [redact(item) for item in items]


def _redact_secret(item: dict) -> dict:
    """Secrets listed as metadata only still lose the last-applied annotation (it holds the values)."""
    if item.get("kind") == "Secret":
        return redact(item)
    return {**redact({**item, "kind": "Secret"}), "kind": item.get("kind")}


def open_live_source(
    *,
    kubeconfig: str | None = None,
    context: str | None = None,
    as_user: str | None = None,
    as_groups: tuple[str, ...] | list[str] = (),
    request_timeout: float | None = None,
    page_size: int = DEFAULT_PAGE_SIZE,
    retry: RetryPolicy | None = None,
    gzip: bool = False,
) -> LiveSource:
    """A LiveSource for kubectl-style flags: nothing is sent to the cluster until the first list.

    gzip is off by default: on loopback and fast links it costs more CPU than it saves.
    """
    target = select_target(kubeconfig, context)
    identity = Identity(as_user or None, tuple(as_groups))
    return LiveSource(
        target,
        identity=identity,
        request_timeout=request_timeout,
        page_size=page_size,
        retry=retry,
        gzip=gzip,
    )
