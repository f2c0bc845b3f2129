"""The ASGI application: kube-apiserver's request path over the test server's store.

Per request, in the real server's order: injected faults, authentication
(bearer tokens), impersonation, authorization (RBAC), then the handler:
discovery, list (selectors, limit/continue, metadata-only), get, watch, or
an access review. Everything else answers with a Status object shaped like
the real server's.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import bisect
import gzip
import re
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs

import orjson

from kubequery.errors import SelectorError
from kubequery.selectors import parse_field_selector, parse_label_selector
from kubequery.testserver.rbac import (
    ANONYMOUS,
    AUTHENTICATED,
    UNAUTHENTICATED,
    Attributes,
    User,
    forbidden_message,
)
from kubequery.testserver.store import Entry, Resource, object_prefix

if TYPE_CHECKING:
    from kubequery.testserver.server import KubeAPIServer

GZIP_THRESHOLD = 128 * 1024  # the real server compresses responses from 128 KiB on
JSON = b"application/json"
NOT_FOUND = "the server could not find the requested resource"
CONTINUE_EXPIRED = (
    "The provided continue parameter is too old to display a consistent list result. "
    "You can start a new list without the continue parameter, or use the continue token "
    "in this response to retrieve the remainder of the results. Continuing with the "
    "provided token results in an inconsistent list - objects that were created, modified, "
    "or deleted between the time the first chunk was returned and now may show up in the list."
)
REASONS = {
    400: "BadRequest",
    401: "Unauthorized",
    403: "Forbidden",
    404: "NotFound",
    405: "MethodNotAllowed",
    406: "NotAcceptable",
    409: "Conflict",
    410: "Expired",
    422: "Invalid",
    429: "TooManyRequests",
    500: "InternalError",
    503: "ServiceUnavailable",
    504: "Timeout",
}
VERBS = {"GET": "get", "HEAD": "get", "POST": "create", "PUT": "update", "PATCH": "patch", "DELETE": "delete"}


class HTTPStatus(Exception):
    """A Status answer; raised anywhere in a handler, rendered once."""

    def __init__(
        self,
        code: int,
        message: str,
        reason: str | None = None,
        details: dict | None = None,
        headers: list[tuple[bytes, bytes]] | None = None,
        list_meta: dict | None = None,
    ) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.reason = reason or REASONS.get(code, "Unknown")
        self.details = details
        self.headers = headers or []
        self.list_meta = list_meta or {}

    def status(self) -> dict:
        """The metav1.Status object."""
        out: dict[str, Any] = {
            "kind": "Status",
            "apiVersion": "v1",
            "metadata": self.list_meta,
            "status": "Failure",
            "message": self.message,
            "reason": self.reason,
        }
        if self.details is not None:
            out["details"] = self.details
        out["code"] = self.code
        return out


def status_error(code: int, message: str, **kw: Any) -> HTTPStatus:
    return HTTPStatus(code, message, **kw)


def _details(res: Resource | None, name: str = "", group: str = "", kind: str = "") -> dict:
    """StatusDetails as the server fills them (empty fields omitted)."""
    out: dict[str, Any] = {}
    if name:
        out["name"] = name
    group = res.group if res else group
    if group:
        out["group"] = group
    kind = res.resource if res else kind
    if kind:
        out["kind"] = kind
    return out


def forbidden(user: User, attrs: Attributes) -> HTTPStatus:
    """403 exactly as ``responsewriters.Forbidden`` words it."""
    msg = forbidden_message(user, attrs)
    if not attrs.resource_request or not attrs.resource:
        return HTTPStatus(403, f"forbidden: {msg}", details={})
    qualified = f"{attrs.resource}.{attrs.group}" if attrs.group else attrs.resource
    head = f'{qualified} "{attrs.name}"' if attrs.name else qualified
    return HTTPStatus(
        403, f"{head} is forbidden: {msg}", details=_details(None, attrs.name, attrs.group, attrs.resource)
    )


@dataclass
class RequestInfo:
    """What a path asks for (``RequestInfoFactory``): a resource request or a plain path."""

    path: str
    resource_request: bool = False
    group: str = ""
    version: str = ""
    resource: str = ""
    namespace: str = ""
    name: str = ""
    subresource: str = ""
    watch_path: bool = False
    extra: list[str] = field(default_factory=list)


def parse_path(path: str) -> RequestInfo:
    """Split ``/apis/apps/v1/namespaces/x/deployments/y`` into its parts as the real server does."""
    info = RequestInfo(path=path)
    parts = [p for p in path.strip("/").split("/") if p]
    if not parts or parts[0] not in ("api", "apis"):
        return info
    if parts[0] == "api":
        if len(parts) < 3:
            return info
        info.group, info.version, rest = "", parts[1], parts[2:]
    else:
        if len(parts) < 4:
            return info
        info.group, info.version, rest = parts[1], parts[2], parts[3:]
    info.resource_request = True
    if rest[0] == "watch":
        info.watch_path = True
        rest = rest[1:]
        if not rest:
            info.resource_request = False
            return info
    if rest[0] == "namespaces" and len(rest) > 1:
        info.namespace = rest[1]
        if len(rest) > 2:
            rest = rest[2:]
    info.resource = rest[0]
    if len(rest) >= 2:
        info.name = rest[1]
    if len(rest) >= 3:
        info.subresource = rest[2]
        info.extra = rest[3:]
    return info


def negotiate(accept: str) -> tuple[str, str]:
    """Pick the response form from an Accept header: ("json", "") or ("meta", "v1"/"v1beta1").

    Clients send lists such as ``application/vnd.kubernetes.protobuf;as=...,
    application/json;as=PartialObjectMetadataList;g=meta.k8s.io;v=v1,
    application/json``; the first form this server can give wins. Tables and
    protobuf are not served (a client that also accepts plain JSON gets it).
    """
    if not accept.strip():
        return "json", ""
    for item in accept.split(","):
        media, *params = [p.strip() for p in item.split(";")]
        if media not in ("application/json", "*/*", "application/*", "application/json-patch+json"):
            continue
        opts = dict(p.split("=", 1) for p in params if "=" in p)
        as_ = opts.get("as")
        if not as_:
            return "json", ""
        if (
            as_ in ("PartialObjectMetadataList", "PartialObjectMetadata")
            and opts.get("g") == "meta.k8s.io"
            and opts.get("v") in ("v1", "v1beta1")
        ):
            return "meta", opts["v"]
    raise HTTPStatus(
        406,
        "only the following media types are accepted: application/json, "
        "application/json;as=PartialObjectMetadataList;g=meta.k8s.io;v=v1",
    )


def encode_continue(rv: int, start: str) -> str:
    """The continue token: base64 of {"v","rv","start"}, the layout etcd3's store uses."""
    raw = orjson.dumps({"v": "meta.k8s.io/v1", "rv": rv, "start": start + "\x00"})
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_continue(token: str) -> tuple[int, str]:
    try:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
        data = orjson.loads(raw)
        if data.get("v") != "meta.k8s.io/v1" or not isinstance(data.get("rv"), int):
            raise ValueError("bad version")
        start = data.get("start") or ""
        return data["rv"], start[:-1] if start.endswith("\x00") else start
    except (ValueError, binascii.Error, orjson.JSONDecodeError, AttributeError) as e:
        raise HTTPStatus(400, f"continue key is not valid: {e}") from None


class App:
    """ASGI callable serving one :class:`KubeAPIServer`'s store."""

    def __init__(self, server: KubeAPIServer) -> None:
        self.server = server

    # ---- plumbing ---------------------------------------------------------

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return
        started = time.perf_counter()
        method = scope["method"]
        path = scope["path"]
        query = {
            k: v[-1]
            for k, v in parse_qs(
                scope.get("query_string", b"").decode("latin-1"), keep_blank_values=True
            ).items()
        }
        headers: dict[str, list[str]] = {}
        for k, v in scope.get("headers", []):
            headers.setdefault(k.decode("latin-1").lower(), []).append(v.decode("latin-1"))
        record = self.server._record_request(method, path, query)
        sent = [0]

        async def send_counted(message: dict) -> None:
            if message["type"] == "http.response.start":
                record.status = message["status"]
            sent[0] += len(message.get("body", b""))
            await send(message)

        try:
            fault = self.server._take_fault(method, path)
            if fault is not None:
                if fault.delay:
                    await asyncio.sleep(fault.delay)
                if fault.drop_connection and fault.drop_connection != "mid":
                    self._drop(receive)
                    record.status = 0
                    return
                if fault.status:
                    hdrs = [(b"retry-after", str(fault.retry_after).encode())] if fault.retry_after else []
                    details = {"retryAfterSeconds": fault.retry_after} if fault.retry_after else None
                    message = fault.message or _fault_message(fault.status)
                    if fault.status >= 500 and details is None:
                        details = {"causes": [{"reason": "UnexpectedServerResponse", "message": message}]}
                    raise HTTPStatus(fault.status, message, details=details, headers=hdrs)
            await self._handle(
                method,
                path,
                query,
                headers,
                receive,
                send_counted,
                record,
                drop_mid=bool(fault and fault.drop_connection == "mid"),
            )
        except HTTPStatus as e:
            await self._send_json(send_counted, e.code, orjson.dumps(e.status()), headers, extra=e.headers)
        finally:
            record.bytes = sent[0]
            record.seconds = time.perf_counter() - started

    @staticmethod
    def _drop(receive: Any) -> None:
        """Close the client's connection without a (complete) response (uvicorn internals, guarded)."""
        cycle = getattr(receive, "__self__", None)
        transport = getattr(cycle, "transport", None)
        if transport is None:
            raise ConnectionAbortedError("injected dropped connection")
        transport.close()
        cycle.disconnected = True

    async def _send_json(
        self,
        send: Any,
        code: int,
        body: bytes,
        headers: dict[str, list[str]],
        extra: list[tuple[bytes, bytes]] | None = None,
        drop_mid: bool = False,
        receive: Any = None,
    ) -> None:
        out = [(b"content-type", JSON), (b"cache-control", b"no-cache, private")]
        if (
            self.server.gzip
            and len(body) >= GZIP_THRESHOLD
            and any("gzip" in v for v in headers.get("accept-encoding", []))
        ):
            body = gzip.compress(body, compresslevel=1, mtime=0)
            out += [(b"content-encoding", b"gzip"), (b"vary", b"Accept-Encoding")]
        out += [(b"content-length", str(len(body)).encode())] + list(extra or [])
        await send({"type": "http.response.start", "status": code, "headers": out})
        if drop_mid:
            await send({"type": "http.response.body", "body": body[: len(body) // 2], "more_body": True})
            self._drop(receive)
            return
        await send({"type": "http.response.body", "body": body})

    # ---- the request path -----------------------------------------------------

    async def _handle(
        self,
        method: str,
        path: str,
        query: dict[str, str],
        headers: dict[str, list[str]],
        receive: Any,
        send: Any,
        record: Any,
        drop_mid: bool,
    ) -> None:
        server = self.server
        user = server._authenticate(headers)
        user = server._impersonate(user, headers)
        record.user = user.name
        info = parse_path(path)
        watch = info.watch_path or query.get("watch", "").lower() in ("true", "1")
        verb = VERBS.get(method, method.lower())
        if verb == "get" and info.resource_request and not info.name:
            verb = "watch" if watch else "list"
        elif verb == "get" and watch:
            verb = "watch"
        elif verb == "delete" and info.resource_request and not info.name:
            verb = "deletecollection"
        if info.resource_request:
            attrs = Attributes(
                verb=verb,
                group=info.group,
                resource=info.resource,
                subresource=info.subresource,
                namespace=info.namespace,
                name=info.name,
            )
        else:
            attrs = Attributes(verb=verb, resource_request=False, path=path)
        if not server.authorizer.authorize(user, attrs).allowed:
            raise forbidden(user, attrs)

        async def reply(body: bytes, code: int = 200) -> None:
            await self._send_json(send, code, body, headers, drop_mid=drop_mid, receive=receive)

        if not info.resource_request:
            if method not in ("GET", "HEAD"):
                raise HTTPStatus(
                    405, "the server does not allow this method on the requested resource", details={}
                )
            await reply(self._discovery(path))
            return
        res = server.store.lookup(info.group, info.version, info.resource)
        if (
            res is None
            or info.subresource
            or (info.namespace and not res.namespaced and info.resource != "namespaces")
        ):
            raise HTTPStatus(404, NOT_FOUND, details={})
        if res.verbs == ("create",):  # an access review
            if method != "POST" or info.name:
                raise HTTPStatus(
                    405, "the server does not allow this method on the requested resource", details={}
                )
            body = await _read_body(receive)
            await reply(server._review(res, user, body), 201)
            return
        if method not in ("GET", "HEAD"):
            raise HTTPStatus(
                405,
                "the server does not allow this method on the requested resource",
                details=_details(res, info.name),
            )
        fmt, meta_version = negotiate(",".join(headers.get("accept", [])))
        namespace = info.namespace
        if watch:
            from kubequery.testserver.watch import serve_watch

            await serve_watch(
                server,
                res,
                namespace if res.namespaced else "",
                query,
                fmt,
                meta_version,
                receive,
                send,
                name=info.name,
            )
            return
        if info.name:
            entry = server.store.get(res, namespace, info.name)
            if entry is None:
                raise HTTPStatus(
                    404, f'{res.qualified} "{info.name}" not found', details=_details(res, info.name)
                )
            if fmt == "meta":
                await reply(_meta_object(entry, meta_version))
            else:
                await reply(entry.full(object_prefix(res.kind, res.api_version)))
            return
        await reply(self._list(res, namespace if res.namespaced else "", query, fmt, meta_version))

    # ---- handlers -------------------------------------------------------------

    def _discovery(self, path: str) -> bytes:
        store = self.server.store
        path = path.rstrip("/") or "/"
        if path == "/version":
            return orjson.dumps(self.server.version_info())
        if path in ("/healthz", "/livez", "/readyz"):
            return b"ok"
        groups = _groups(store.resources())
        if path == "/api":
            return orjson.dumps(
                {
                    "kind": "APIVersions",
                    "versions": ["v1"],
                    "serverAddressByClientCIDRs": [
                        {"clientCIDR": "0.0.0.0/0", "serverAddress": self.server.address}
                    ],
                }
            )
        if path == "/apis":
            out = []
            for g, versions in sorted(groups.items()):
                if not g:
                    continue
                vs = [{"groupVersion": f"{g}/{v}", "version": v} for v in _sort_versions(versions)]
                out.append({"name": g, "versions": vs, "preferredVersion": vs[0]})
            return orjson.dumps({"kind": "APIGroupList", "apiVersion": "v1", "groups": out})
        parts = path.strip("/").split("/")
        if parts[0] == "apis" and len(parts) == 2 and parts[1] in groups:
            vs = [{"groupVersion": f"{parts[1]}/{v}", "version": v} for v in _sort_versions(groups[parts[1]])]
            return orjson.dumps(
                {
                    "kind": "APIGroup",
                    "apiVersion": "v1",
                    "name": parts[1],
                    "versions": vs,
                    "preferredVersion": vs[0],
                }
            )
        if parts[0] == "api" and len(parts) == 2:
            group, version = "", parts[1]
        elif parts[0] == "apis" and len(parts) == 3:
            group, version = parts[1], parts[2]
        else:
            raise HTTPStatus(404, NOT_FOUND, details={})
        resources = groups.get(group, {}).get(version)
        if resources is None:
            raise HTTPStatus(404, NOT_FOUND, details={})
        gv = f"{group}/{version}" if group else version
        return orjson.dumps(
            {
                "kind": "APIResourceList",
                "apiVersion": "v1",
                "groupVersion": gv,
                "resources": [r.discovery() for r in sorted(resources, key=lambda r: r.resource)],
            }
        )

    def _list(
        self, res: Resource, namespace: str, query: dict[str, str], fmt: str, meta_version: str
    ) -> bytes:
        store = self.server.store
        labels, fields = parse_selectors(query, res)
        limit_text = query.get("limit", "") or "0"
        try:
            limit = max(int(limit_text), 0)
        except ValueError:
            raise HTTPStatus(400, f'strconv.ParseInt: parsing "{limit_text}": invalid syntax') from None
        token = query.get("continue", "")
        if token:
            rv, start = decode_continue(token)
            if rv == -1:
                rv, keys, entries = store.snapshot(res)
            else:
                snap = store.find_snapshot(res, rv)
                if snap is None:
                    raise HTTPStatus(
                        410,
                        CONTINUE_EXPIRED,
                        reason="Expired",
                        list_meta={"continue": encode_continue(-1, start)},
                    )
                keys, entries = snap
            pos = bisect.bisect_right(keys, start)
        else:
            rv, keys, entries = store.snapshot(res)
            pos = 0
        selecting = not labels.empty or not fields.empty
        out: list[Entry] = []
        n = len(entries)
        i = pos
        while i < n:
            e = entries[i]
            i += 1
            if namespace and e.namespace != namespace:
                continue
            if selecting and not (labels.matches(e.labels) and fields.matches(e.obj, res.kind)):
                continue
            out.append(e)
            if limit and len(out) >= limit:
                break
        list_meta: dict[str, Any] = {"resourceVersion": str(rv)}
        if limit and len(out) >= limit:
            rest = entries[i:]
            if namespace:
                rest = [e for e in rest if e.namespace == namespace]
            if rest:
                store.keep_snapshot(res, rv, keys, entries)
                list_meta["continue"] = encode_continue(rv, out[-1].key)
                if not selecting:
                    list_meta["remainingItemCount"] = len(rest)
        if fmt == "meta":
            api = f"meta.k8s.io/{meta_version}"
            head = (
                b'{"kind":"PartialObjectMetadataList","apiVersion":'
                + orjson.dumps(api)
                + b',"metadata":'
                + orjson.dumps(list_meta)
                + b',"items":['
            )
            prefix = b'{"kind":"PartialObjectMetadata","apiVersion":' + orjson.dumps(api) + b',"metadata":'
            return head + b",".join([prefix + e.metadata_bytes() + b"}" for e in out]) + b"]}"
        head = (
            b'{"kind":'
            + orjson.dumps(res.kind + "List")
            + b',"apiVersion":'
            + orjson.dumps(res.api_version)
            + b',"metadata":'
            + orjson.dumps(list_meta)
            + b',"items":['
        )
        if res.custom:
            prefix = object_prefix(res.kind, res.api_version)
            items = b",".join([e.full(prefix) for e in out])
        else:
            items = b",".join([e.body for e in out])
        return head + items + b"]}"


def _meta_object(entry: Entry, version: str) -> bytes:
    return (
        b'{"kind":"PartialObjectMetadata","apiVersion":"meta.k8s.io/'
        + version.encode()
        + b'","metadata":'
        + entry.metadata_bytes()
        + b"}"
    )


def _fault_message(code: int) -> str:
    if code == 429:
        return "Too many requests, please try again later."
    if code >= 500:
        return "Internal error occurred: injected fault"
    return f"injected fault {code}"


def _groups(resources: list[Resource]) -> dict[str, dict[str, list[Resource]]]:
    out: dict[str, dict[str, list[Resource]]] = {}
    for r in resources:
        out.setdefault(r.group, {}).setdefault(r.version, []).append(r)
    return out


def _version_key(v: str) -> tuple:
    """Kubernetes version priority: GA > beta > alpha, higher numbers first."""
    m = re.fullmatch(r"v(\d+)(?:(alpha|beta)(\d+))?", v)
    if not m:
        return (3, v)
    stage = {None: 0, "beta": 1, "alpha": 2}[m.group(2)]
    return (stage, -int(m.group(1)), -int(m.group(3) or 0))


def _sort_versions(versions: dict[str, Any]) -> list[str]:
    return sorted(versions, key=_version_key)


async def _read_body(receive: Any) -> dict:
    chunks = []
    while True:
        message = await receive()
        if message["type"] != "http.request":
            break
        chunks.append(message.get("body", b""))
        if not message.get("more_body"):
            break
    try:
        data = orjson.loads(b"".join(chunks) or b"{}")
    except orjson.JSONDecodeError as e:
        raise HTTPStatus(400, f"the body of the request was in an unknown format: {e}") from None
    if not isinstance(data, dict):
        raise HTTPStatus(400, "the body of the request was in an unknown format")
    return data


def anonymous_user() -> User:
    return User(ANONYMOUS, (UNAUTHENTICATED,))


def authenticated(name: str, groups: list[str] | tuple[str, ...]) -> User:
    """A token's identity: its groups plus system:authenticated, as the authenticator adds it."""
    gs = tuple(groups)
    return User(name, gs if AUTHENTICATED in gs else gs + (AUTHENTICATED,))


def parse_selectors(query: dict[str, str], res: Resource) -> tuple[Any, Any]:
    """A request's label and field selectors, or the real server's 400 for a malformed one."""
    try:
        labels = parse_label_selector(query.get("labelSelector", ""))
        fields = parse_field_selector(
            query.get("fieldSelector", ""),
            kind=res.kind,
            api_version=res.api_version,
            namespaced=res.namespaced,
        )
    except SelectorError as e:
        raise HTTPStatus(400, e.message) from None
    return labels, fields
