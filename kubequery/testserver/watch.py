"""Watch streams: newline-delimited JSON events replayed from the store's history, then live.

As the real watch cache: a watch from resourceVersion "" or "0" starts with
an ADDED event per current object; from a specific resourceVersion it replays
the changes after it, or answers with an ERROR event carrying a 410 Expired
Status when that version is older than the history kept. Selectors filter
events the way the cache does (an object that starts or stops matching is
seen as ADDED or DELETED). BOOKMARK events carry only the resourceVersion.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from typing import TYPE_CHECKING, Any

import orjson

from kubequery.testserver.app import HTTPStatus, _meta_object, parse_selectors
from kubequery.testserver.store import Entry, Event, Resource, object_prefix

if TYPE_CHECKING:
    from kubequery.testserver.server import KubeAPIServer

DEFAULT_TIMEOUT = 1800.0  # the real server picks 30-60 minutes when the client sets no timeoutSeconds


class Watcher:
    """One open watch: woken (thread-safely) when the store changes or the server stops."""

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self.loop = loop
        self.event = asyncio.Event()
        self.closed = False
        self.expire = False

    def wake(self) -> None:
        with contextlib.suppress(RuntimeError):  # the loop is gone
            self.loop.call_soon_threadsafe(self.event.set)


def _too_old(rv: int, floor: int) -> bytes:
    status = HTTPStatus(410, f"too old resource version: {rv} ({floor})", reason="Expired").status()
    return orjson.dumps({"type": "ERROR", "object": status}) + b"\n"


async def serve_watch(
    server: KubeAPIServer,
    res: Resource,
    namespace: str,
    query: dict[str, str],
    fmt: str,
    meta_version: str,
    receive: Any,
    send: Any,
    name: str = "",
) -> None:
    """Stream events for ``res`` (optionally one namespace / one name) until timeout or disconnect."""
    store = server.store
    labels, fields = parse_selectors(query, res)
    rv_text = query.get("resourceVersion", "")
    if rv_text not in ("", "0") and not rv_text.isdigit():
        raise HTTPStatus(400, f"resourceVersion: Invalid value: {rv_text!r}: must be a numeric value")
    try:
        timeout = float(query.get("timeoutSeconds") or DEFAULT_TIMEOUT)
    except ValueError:
        raise HTTPStatus(400, "timeoutSeconds: must be an integer") from None
    bookmarks = query.get("allowWatchBookmarks", "").lower() in ("true", "1")
    initial = query.get("sendInitialEvents", "").lower() in ("true", "1")
    prefix = object_prefix(res.kind, res.api_version)

    def matches(e: Entry) -> bool:
        if namespace and e.namespace != namespace:
            return False
        if name and e.name != name:
            return False
        return labels.matches(e.labels) and fields.matches(e.obj, res.kind)

    def obj_bytes(e: Entry) -> bytes:
        return _meta_object(e, meta_version) if fmt == "meta" else e.full(prefix)

    def line(kind: str, e: Entry) -> bytes:
        return b'{"type":"' + kind.encode() + b'","object":' + obj_bytes(e) + b"}\n"

    def bookmark(rv: int, end_of_initial: bool = False) -> bytes:
        meta: dict[str, Any] = {"resourceVersion": str(rv)}
        if end_of_initial:
            meta["annotations"] = {"k8s.io/initial-events-end": "true"}
        if fmt == "meta":
            obj = {
                "kind": "PartialObjectMetadata",
                "apiVersion": f"meta.k8s.io/{meta_version}",
                "metadata": meta,
            }
        else:
            obj = {"kind": res.kind, "apiVersion": res.api_version, "metadata": meta}
        return orjson.dumps({"type": "BOOKMARK", "object": obj}) + b"\n"

    def translate(ev: Event) -> bytes | None:
        now = matches(ev.entry)
        before = ev.prev is not None and matches(ev.prev)
        if ev.type == "DELETED":
            return line("DELETED", ev.entry) if before else None
        if ev.type == "ADDED" or ev.prev is None:
            return line("ADDED", ev.entry) if now else None
        if now and before:
            return line("MODIFIED", ev.entry)
        if now:
            return line("ADDED", ev.entry)
        if before:
            return line("DELETED", ev.entry)
        return None

    watcher = Watcher(asyncio.get_running_loop())
    server._watchers.add(watcher)
    await send(
        {
            "type": "http.response.start",
            "status": 200,
            "headers": [
                (b"content-type", b"application/json"),
                (b"cache-control", b"no-cache, private"),
                (b"transfer-encoding", b"chunked"),
            ],
        }
    )
    disconnected = asyncio.Event()

    async def wait_disconnect() -> None:
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                disconnected.set()
                watcher.event.set()
                return

    listener = asyncio.create_task(wait_disconnect())
    try:
        if rv_text in ("", "0") or initial:
            with store.lock:
                position, _, entries = store.snapshot(res)
                first = [line("ADDED", e) for e in entries if matches(e)]
            for i in range(0, len(first), 500):
                await send(
                    {"type": "http.response.body", "body": b"".join(first[i : i + 500]), "more_body": True}
                )
            if initial and bookmarks:
                await send(
                    {"type": "http.response.body", "body": bookmark(position, True), "more_body": True}
                )
        else:
            position = int(rv_text)
        deadline = time.monotonic() + timeout
        interval = server.bookmark_interval
        next_bookmark = time.monotonic() + interval
        while not disconnected.is_set() and not watcher.closed:
            watcher.event.clear()
            got = store.events_since(position, res.key)
            if got is None or watcher.expire:
                await send(
                    {"type": "http.response.body", "body": _too_old(position, store.floor), "more_body": True}
                )
                break
            events, position = got
            chunk = [b for b in (translate(ev) for ev in events) if b]
            if chunk:
                await send({"type": "http.response.body", "body": b"".join(chunk), "more_body": True})
            now = time.monotonic()
            if now >= deadline:
                break
            if bookmarks and now >= next_bookmark:
                await send({"type": "http.response.body", "body": bookmark(position), "more_body": True})
                next_bookmark = now + interval
            wait = deadline - now
            if bookmarks:
                wait = min(wait, max(next_bookmark - now, 0.0))
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(watcher.event.wait(), timeout=max(wait, 0.001))
        if not disconnected.is_set():
            await send({"type": "http.response.body", "body": b"", "more_body": False})
    finally:
        server._watchers.discard(watcher)
        listener.cancel()
