"""List+watch of one resource into an in-memory store: the engine of the watch cache.

One `ResourceWatch` per group/version/resource, cluster-wide, in a daemon thread:
a paginated list (whole objects, redacted as they arrive), then a watch from the
list's resourceVersion with bookmarks and a server-side timeout, applying
ADDED/MODIFIED/DELETED to the store and moving the resourceVersion on every event
and BOOKMARK. A dropped or ended stream reconnects from the last resourceVersion,
with backoff after errors; a 410 (an ERROR event or the HTTP status) relists and
replaces the store's contents at once. The store keeps only current objects.

Readers never see a half-applied change: the objects are held per namespace, every
change to the store happens under a lock shared by all the stores of one cache, and
`freeze()` (called under that lock) returns immutable tuples, cached per namespace
until that namespace changes. Holding the shared lock while freezing several stores
gives a copy of all of them at one moment (sources/watchcache.py).
"""

from __future__ import annotations

import contextlib
import random
import threading
import time
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any
from urllib.parse import quote

import orjson
import urllib3

from kubequery.catalog import Table
from kubequery.ingest import gc_paused
from kubequery.kube.client import JSON, KubeClient
from kubequery.kube.errors import GoneError, Request, api_error
from kubequery.redact import redact

PAGE_SIZE = 500
WATCH_TIMEOUT = 300  # seconds the server keeps one watch open (client-go picks 5-10 minutes)
MAX_LIST_RESTARTS = 2  # a list whose continue token expires is restarted this many times


@dataclass(frozen=True)
class ResourceRef:
    """One API resource to list and watch (cluster-wide): what the URL and the objects need."""

    group: str
    version: str
    resource: str
    kind: str
    namespaced: bool

    @classmethod
    def of(cls, table: Table) -> ResourceRef:
        return cls(table.group, table.version, table.resource, table.kind, table.namespaced)

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.group, self.version, self.resource)

    @property
    def api_version(self) -> str:
        return f"{self.group}/{self.version}" if self.group else self.version

    @property
    def path(self) -> str:
        root = f"/apis/{self.group}/{self.version}" if self.group else f"/api/{self.version}"
        return f"{root}/{quote(self.resource, safe='')}"

    @property
    def name(self) -> str:
        return f"{self.resource}.{self.group}" if self.group else self.resource


@dataclass(frozen=True)
class Backoff:
    """Delays between reconnects after errors: exponential with jitter, reset after success."""

    base: float = 0.2
    max: float = 30.0

    def delay(self, failures: int) -> float:
        return min(self.max, self.base * 2 ** max(failures - 1, 0)) * random.uniform(0.5, 1.0)


@dataclass(frozen=True)
class FrozenStore:
    """An immutable copy of one store: objects by namespace ("" for cluster-scoped ones)."""

    resource: ResourceRef
    resource_version: str
    by_namespace: Mapping[str, tuple[dict, ...]]

    def objects(self, namespaces: Iterable[str] | None = None) -> Iterator[dict]:
        """Every object, or those of the given namespaces only."""
        if namespaces is None:
            for objs in self.by_namespace.values():
                yield from objs
            return
        for ns in namespaces:
            yield from self.by_namespace.get(ns, ())

    def __len__(self) -> int:
        return sum(len(objs) for objs in self.by_namespace.values())


class Expired(Exception):  # noqa: N818 - a signal to relist, not an error the user sees
    """The watch's resourceVersion is too old (410): list again."""


class ResourceWatch:
    """The list+watch loop of one resource and the store it keeps current."""

    def __init__(
        self,
        resource: ResourceRef,
        client: KubeClient,
        stream_client: KubeClient,
        lock: threading.RLock,
        *,
        page_size: int = PAGE_SIZE,
        watch_timeout: int = WATCH_TIMEOUT,
        backoff: Backoff | None = None,
    ) -> None:
        self.resource = resource
        self.client = client  # lists (retries, a cap on requests in flight)
        self.stream_client = stream_client  # watch streams (long-lived connections of their own pool)
        self.lock = lock  # shared by every store of one cache: a cut across stores is one moment
        self.page_size = page_size
        self.watch_timeout = watch_timeout
        self.backoff = backoff or Backoff()
        self.resource_version = ""
        self.error: BaseException | None = None  # the last failure while not ready (shown to queries)
        self.failing: tuple[float, BaseException] | None = None  # (since, last error) while failing
        self.stats = {"lists": 0, "watches": 0, "events": 0, "bookmarks": 0, "relists": 0, "errors": 0}
        self._by_ns: dict[str, dict[str, dict]] = {}
        self._frozen_ns: dict[str, tuple[dict, ...]] = {}
        self._frozen: FrozenStore | None = None
        self._ready = False
        self._state = threading.Condition(threading.Lock())
        self._stop = threading.Event()
        self._response: Any = None
        self._thread: threading.Thread | None = None

    # -- the outside ------------------------------------------------------------------------------

    @property
    def ready(self) -> bool:
        """The first list is in: the store can answer."""
        return self._ready

    def start(self) -> None:
        """Start the loop in a daemon thread (once)."""
        with self._state:
            if self._thread is not None:
                return
            self._thread = threading.Thread(
                target=self._run, name=f"kq-watch-{self.resource.name}", daemon=True
            )
            self._thread.start()

    def wait_ready(self, timeout: float) -> bool:
        """Wait for the first list; True when ready. Raises the last failure if the list failed."""
        with self._state:
            self._state.wait_for(
                lambda: self._ready or self.error is not None or self._stop.is_set(), timeout
            )
            if not self._ready and self.error is not None:
                raise self.error
            return self._ready

    def stop(self, join: float = 2.0) -> None:
        """End the loop and its open stream."""
        self._stop.set()
        with self._state:
            self._state.notify_all()
        response = self._response
        if response is not None:
            _shutdown(response)
        thread = self._thread
        if thread is not None and thread is not threading.current_thread():
            thread.join(join)

    def freeze(self) -> FrozenStore:
        """An immutable copy of the store; call it holding `lock` (cached until the next change)."""
        if self._frozen is None:
            by_ns = {}
            for ns in sorted(self._by_ns):  # the API server's order: namespace, then name
                frozen = self._frozen_ns.get(ns)
                if frozen is None:
                    objs = self._by_ns[ns]
                    frozen = self._frozen_ns[ns] = tuple(objs[name] for name in sorted(objs))
                by_ns[ns] = frozen
            self._frozen = FrozenStore(self.resource, self.resource_version, MappingProxyType(by_ns))
        return self._frozen

    # -- the loop ---------------------------------------------------------------------------------

    def _run(self) -> None:
        failures = 0  # errors (and empty streams) in a row: the backoff grows with them
        expirations = 0  # 410s in a row: relist at once the first time, then back off too
        listed = False
        while not self._stop.is_set():
            try:
                if not listed:
                    self._relist()
                    listed = True
                if self._watch():
                    failures = expirations = 0
                    self.failing = None
                    continue  # the stream ended (its timeout, or the server closed it): resume at once
                failures += 1  # nothing came: do not hammer a server that closes every watch at once
            except Expired:
                self.stats["relists"] += 1
                listed = False
                expirations += 1
                if expirations == 1:
                    continue
                failures += 1
            except Exception as e:  # noqa: BLE001 - any failure: remember it, back off, go on
                if self._stop.is_set():
                    return
                self.stats["errors"] += 1
                failures += 1
                self.failing = (self.failing[0] if self.failing else time.monotonic(), e)
                if isinstance(e, GoneError):
                    listed = False
                if not self._ready:
                    with self._state:
                        self.error = e
                        self._state.notify_all()
            self._stop.wait(self.backoff.delay(failures))

    def _relist(self) -> None:
        """List every object and replace the store's contents in one step."""
        items, rv = self._list()
        by_ns: dict[str, dict[str, dict]] = {}
        for obj in items:
            meta = obj.get("metadata") or {}
            by_ns.setdefault(meta.get("namespace") or "", {})[meta.get("name") or ""] = obj
        with self.lock:
            self._by_ns = by_ns
            self._frozen_ns = {}
            self._frozen = None
            self.resource_version = rv
        self.stats["lists"] += 1
        with self._state:
            self._ready = True
            self.error = None
            self._state.notify_all()

    def _list(self) -> tuple[list[dict], str]:
        """Every object of the resource (paginated), and the list's resourceVersion."""
        request = self._request("list")
        restarts = 0
        while True:
            objects: list[dict] = []
            token: str | None = None
            rv = ""
            try:
                while True:
                    params = {"limit": self.page_size or None, "continue": token}
                    body = self.client.get(self.resource.path, params, accept=JSON, request=request)
                    with gc_paused():
                        page = orjson.loads(body)
                    del body
                    meta = page.get("metadata") or {}
                    rv = rv or str(meta.get("resourceVersion") or "")
                    objects.extend(self._normalize(item) for item in page.get("items") or [])
                    token = meta.get("continue") or None
                    if not token:
                        return objects, rv
            except GoneError:
                if token is None or restarts >= MAX_LIST_RESTARTS:
                    raise
                restarts += 1

    def _watch(self) -> bool:
        """One watch stream from the current resourceVersion, until it ends; True if it delivered."""
        params = {
            "watch": "true",
            "resourceVersion": self.resource_version or None,
            "allowWatchBookmarks": "true",
            "timeoutSeconds": self.watch_timeout,
        }
        request = self._request("watch")
        response = self.stream_client.open_stream(
            self.resource.path, params, request=request, read_timeout=self.watch_timeout + 15.0
        )
        self._response = response
        self.stats["watches"] += 1
        delivered = ended = False
        try:
            if self._stop.is_set():
                return False
            for events in _event_batches(response):
                self._apply(events)
                if not delivered:
                    delivered = True
                    self.failing = None  # the stream works again: answers are current
            ended = True
        except (urllib3.exceptions.HTTPError, OSError):
            if self._stop.is_set():
                return delivered
            raise
        finally:
            self._response = None
            if ended:
                response.release_conn()  # read to its end: the connection can serve the next watch
            else:
                _shutdown(response)
        return delivered

    def _apply(self, events: list[dict]) -> None:
        """Apply one batch of events (what one read of the stream brought) under the shared lock."""
        rv = None
        error: dict | None = None
        with self.lock:
            for event in events:
                kind = event.get("type")
                obj = event.get("object") or {}
                if kind == "ERROR":
                    error = obj
                    break
                meta = obj.get("metadata") or {}
                if meta.get("resourceVersion"):
                    rv = str(meta["resourceVersion"])
                if kind == "BOOKMARK":
                    self.stats["bookmarks"] += 1
                    continue
                ns = meta.get("namespace") or ""
                name = meta.get("name") or ""
                objs = self._by_ns.get(ns)
                if kind in ("ADDED", "MODIFIED"):
                    if objs is None:
                        objs = self._by_ns[ns] = {}
                    objs[name] = self._normalize(obj)
                elif kind == "DELETED" and objs is not None:
                    objs.pop(name, None)
                    if not objs:
                        del self._by_ns[ns]
                else:
                    continue
                self.stats["events"] += 1
                self._frozen_ns.pop(ns, None)
                self._frozen = None
            if rv is not None:
                self.resource_version = rv
                self._frozen = None
        if error is not None:
            if error.get("code") == 410:
                raise Expired(error.get("message") or "resourceVersion expired")
            raise api_error(int(error.get("code") or 500), orjson.dumps(error), self._request("watch"))

    def _normalize(self, item: dict) -> dict:
        """kind and apiVersion filled in (typed lists omit them), Secrets redacted."""
        if "kind" not in item:
            item["kind"] = self.resource.kind
        if "apiVersion" not in item:
            item["apiVersion"] = self.resource.api_version
        return redact(item)

    def _request(self, verb: str) -> Request:
        r = self.resource
        return self.client.describe(verb, resource=r.resource, group=r.group, version=r.version)


def _event_batches(response: Any) -> Iterator[list[dict]]:
    """The stream's events, parsed, in batches of what arrived together (newline-delimited JSON)."""
    pending = b""
    chunks = response.stream(65536) if response.chunked else iter(lambda: response.read1(65536), b"")
    for chunk in chunks:
        if not chunk:
            continue
        pending += chunk
        if b"\n" not in chunk:
            continue
        *lines, pending = pending.split(b"\n")
        events = [orjson.loads(line) for line in lines if line.strip()]
        if events:
            yield events
    if pending.strip():
        yield [orjson.loads(pending)]


def _shutdown(response: Any) -> None:
    """Close a streaming response, waking a thread blocked reading it."""
    with contextlib.suppress(Exception):  # closing an already broken connection
        shutdown = getattr(response, "shutdown", None)
        if shutdown is not None:
            shutdown()
        response.close()
    with contextlib.suppress(Exception):
        response.release_conn()


__all__ = ["Backoff", "Expired", "FrozenStore", "ResourceRef", "ResourceWatch"]
