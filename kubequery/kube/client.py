"""Raw HTTP to one API server: the only module that imports `kubernetes`.

The `kubernetes` package loads the kubeconfig (or in-cluster config) and does
authentication — bearer tokens, client certificates, exec plugins, OIDC and
their refresh — and builds a configured urllib3 pool (TLS, proxy). kubequery
sends its own GETs through that pool and reads bytes: never the model classes,
which take seconds to build for a large list (PERF-NOTES.md).

Retries live here, in one loop: 429 (honouring Retry-After), 5xx, dropped
connections and timeouts are retried with exponential backoff and jitter, up
to a number of attempts and a deadline; anything else becomes the error of
kube/errors.py at once. A semaphore caps the requests in flight.
"""

from __future__ import annotations

import os
import random
import threading
import time
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

import orjson
import urllib3

from kubequery import __version__
from kubequery.errors import SourceError
from kubequery.kube.config import ClusterTarget
from kubequery.kube.errors import KubeAPIError, Request, api_error, unreachable

JSON = "application/json"
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
_CONNECT_FAILURES = (urllib3.exceptions.NewConnectionError, ConnectionRefusedError)


class Cancelled(Exception):  # noqa: N818 - a signal, not an error the user sees
    """Another fetch of the same query failed: stop quietly."""


@dataclass(frozen=True)
class RetryPolicy:
    """How hard to try one request before giving up."""

    attempts: int = 6  # tries in all, for 429, 5xx, dropped connections and timeouts
    connect_attempts: int = 3  # tries when no connection can be opened at all (refused, DNS)
    base_delay: float = 0.25  # seconds before the first retry; doubles each time
    max_delay: float = 8.0
    deadline: float = 120.0  # seconds one request may take, retries included

    def delay(self, attempt: int, retry_after: float | None = None) -> float:
        """Full-ish jitter: half to all of the exponential step; at least what Retry-After asks."""
        step = min(self.max_delay, self.base_delay * 2 ** (attempt - 1)) * random.uniform(0.5, 1.0)
        return max(step, retry_after) if retry_after is not None else step


@dataclass(frozen=True)
class Identity:
    """Who requests are made as: the kubeconfig's user, or someone it impersonates (--as)."""

    user: str | None = None
    groups: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if self.groups and not self.user:
            raise SourceError("--as-group needs --as: impersonating groups without a user is not allowed")

    @property
    def label(self) -> str:
        if not self.user:
            return ""
        return self.user + (f" (groups {', '.join(self.groups)})" if self.groups else "")


@dataclass
class Response:
    status: int
    headers: Any
    body: bytes


class KubeClient:
    """GET/POST raw JSON against one cluster as one identity, with retries and a cap on concurrency."""

    def __init__(
        self,
        target: ClusterTarget,
        *,
        identity: Identity | None = None,
        request_timeout: float | None = None,
        retry: RetryPolicy | None = None,
        gzip: bool = False,
        max_inflight: int = 8,
        bearer_token: str | None = None,
    ) -> None:
        self.target = target
        self.identity = identity or Identity()
        # Someone else's token (the service passing an asker's through): sent instead of the
        # kubeconfig's credentials, whose client certificate is then left out too.
        self._bearer_token = bearer_token
        self.request_timeout = request_timeout
        self.retry = retry or RetryPolicy()
        self.gzip = gzip
        self.max_inflight = max_inflight
        self._slots = threading.BoundedSemaphore(max_inflight)
        self._lock = threading.Lock()
        self._auth_lock = threading.Lock()
        self._count_lock = threading.Lock()
        self._api: Any = None
        self._base = target.server
        read = request_timeout or 60.0
        self._timeout = urllib3.Timeout(connect=min(read, 10.0), read=read)
        self.requests = 0  # how many HTTP requests were sent (tests and benchmarks read it)
        self.bytes_received = 0  # body bytes of successful GETs, after decompression

    @property
    def server(self) -> str:
        return self.target.server

    def describe(self, verb: str = "list", **fields: Any) -> Request:
        """A Request naming this cluster, for error messages."""
        return Request(server=self.server, context=self.target.label, verb=verb, **fields)

    def get(
        self,
        path: str,
        params: dict[str, Any] | None = None,
        *,
        accept: str = JSON,
        request: Request,
        cancel: threading.Event | None = None,
    ) -> bytes:
        """The body of a successful GET of `path` (bytes, decompressed)."""
        url = path + ("?" + urlencode({k: v for k, v in params.items() if v is not None}) if params else "")
        body = self._send("GET", url, None, accept, request, cancel).body
        with self._count_lock:
            self.bytes_received += len(body)
        return body

    def get_json(
        self, path: str, params: dict[str, Any] | None = None, *, request: Request | None = None
    ) -> dict:
        """GET and parse a small document (discovery, a CRD); errors raise as for `get`."""
        answer = self.get(path, params, request=request or self.describe("get", resource=path))
        return orjson.loads(answer)

    def open_stream(
        self, path: str, params: dict[str, Any], *, request: Request, read_timeout: float, accept: str = JSON
    ) -> Any:
        """A streaming GET (watches): the open urllib3 response on 2xx, else the error of kube/errors.py.

        One attempt: the caller's loop reconnects. The caller closes the response.
        """
        api = self._api_client()
        headers = self._headers(api, accept, False)
        headers["Accept-Encoding"] = "identity"  # events arrive a few at a time: nothing to compress
        query = urlencode({k: v for k, v in params.items() if v is not None})
        with self._count_lock:
            self.requests += 1
        try:
            response = api.rest_client.pool_manager.request(
                "GET",
                self._base + path + ("?" + query if query else ""),
                headers=headers,
                preload_content=False,
                timeout=urllib3.Timeout(connect=min(read_timeout, 10.0), read=read_timeout),
                retries=False,
                redirect=False,
            )
        except (urllib3.exceptions.HTTPError, OSError) as e:
            raise unreachable(request, e, 1) from e
        if 200 <= response.status < 300:
            return response
        try:
            body = response.read()
        finally:
            response.release_conn()
        raise api_error(response.status, body, request, response.headers, response.reason or "")

    def post(self, path: str, body: dict, *, request: Request) -> dict:
        """POST a JSON object and parse the answer (access reviews; nothing here changes the cluster)."""
        answer = self._send("POST", path, orjson.dumps(body), JSON, request, None).body
        return orjson.loads(answer)

    def close(self) -> None:
        with self._lock:
            if self._api is not None:
                self._api.rest_client.pool_manager.clear()

    # -- internals ---------------------------------------------------------------------------------

    def _api_client(self) -> Any:
        with self._lock:
            if self._api is None:
                self._api = _new_api_client(
                    self.target, self.max_inflight, client_cert=self._bearer_token is None
                )
                host = getattr(self._api.configuration, "host", None)
                if host:
                    self._base = host.rstrip("/")
            return self._api

    def _headers(self, api: Any, accept: str, has_body: bool) -> urllib3.HTTPHeaderDict:
        headers = urllib3.HTTPHeaderDict()
        for key, value in (getattr(api, "default_headers", None) or {}).items():
            headers[key] = value
        headers["Accept"] = accept
        headers["User-Agent"] = f"kubequery/{__version__}"
        if has_body:
            headers["Content-Type"] = JSON
        headers["Accept-Encoding"] = "gzip" if self.gzip else "identity"
        if self._bearer_token is not None:
            headers["Authorization"] = f"Bearer {self._bearer_token}"
        else:
            with self._auth_lock:  # refreshes an expired token (exec plugin, OIDC) once, not per thread
                settings = api.configuration.auth_settings()
            for setting in settings.values():
                if setting.get("in") == "header" and setting.get("value"):
                    headers[setting["key"]] = setting["value"]
        if self.identity.user:
            headers["Impersonate-User"] = self.identity.user
            for group in self.identity.groups:
                headers.add("Impersonate-Group", group)
        return headers

    def _send(
        self,
        method: str,
        url: str,
        body: bytes | None,
        accept: str,
        request: Request,
        cancel: threading.Event | None,
    ) -> Response:
        api = self._api_client()
        pool = api.rest_client.pool_manager
        policy = self.retry
        start = time.monotonic()
        attempt = 0
        while True:
            if cancel is not None and cancel.is_set():
                raise Cancelled()
            attempt += 1
            retry_after: float | None = None
            connect_failure = False
            try:
                with self._slots:
                    with self._count_lock:
                        self.requests += 1
                    resp = pool.request(
                        method,
                        self._base + url,
                        headers=self._headers(api, accept, body is not None),
                        body=body,
                        preload_content=False,
                        timeout=self._timeout,
                        retries=False,
                        redirect=False,
                    )
                    try:
                        data = resp.read()
                    finally:
                        resp.release_conn()
                if 200 <= resp.status < 300:
                    return Response(resp.status, resp.headers, data)
                error: BaseException = api_error(resp.status, data, request, resp.headers, resp.reason or "")
                if resp.status not in RETRY_STATUSES:
                    raise error
                assert isinstance(error, KubeAPIError)
                retry_after = error.retry_after
            except KubeAPIError:
                raise
            except (urllib3.exceptions.SSLError, urllib3.exceptions.ProxyError) as e:
                raise unreachable(request, e, attempt) from e  # retrying will not fix a certificate
            except (urllib3.exceptions.HTTPError, OSError) as e:
                error = e
                connect_failure = isinstance(e, _CONNECT_FAILURES)
            limit = policy.connect_attempts if connect_failure else policy.attempts
            delay = policy.delay(attempt, retry_after)
            if attempt >= limit or time.monotonic() - start + delay > policy.deadline:
                if isinstance(error, KubeAPIError):
                    raise error
                raise unreachable(request, error, attempt) from error
            if cancel is not None:
                if cancel.wait(delay):
                    raise Cancelled()
            else:
                time.sleep(delay)


def _new_api_client(target: ClusterTarget, pool_size: int, client_cert: bool = True) -> Any:
    """A kubernetes ApiClient configured from the kubeconfig context or the in-cluster config
    (without its client certificate when `client_cert` is false)."""
    try:
        from kubernetes import client, config
    except ImportError as e:  # pragma: no cover - a dependency
        raise SourceError("live clusters need the kubernetes package: pip install kubernetes") from e
    configuration = type.__call__(client.Configuration)  # a fresh one, not a copy of the global default
    try:
        if target.in_cluster:
            config.load_incluster_config(client_configuration=configuration)
        else:
            config.load_kube_config(
                config_file=os.pathsep.join(target.kubeconfig),
                context=target.context,
                client_configuration=configuration,
                persist_config=False,
            )
    except Exception as e:  # noqa: BLE001 - config errors come in many types (exec plugins, files, YAML)
        files = ", ".join(target.kubeconfig)
        where = "the in-cluster config" if target.in_cluster else f"{target.label} of {files}"
        raise SourceError(
            f"cannot load the credentials of {where}: {e}",
            hint="check the kubeconfig's user entry (token, certificate files, exec plugin)",
        ) from e
    if not client_cert:
        configuration.cert_file = configuration.key_file = None
    configuration.connection_pool_maxsize = max(pool_size * 2, configuration.connection_pool_maxsize or 0)
    return client.ApiClient(configuration)
