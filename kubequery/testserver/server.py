"""KubeAPIServer: the test server's Python face (start/stop, mutations, faults, kubeconfigs)."""

from __future__ import annotations

import functools
import socket
import threading
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from kubequery.catalog import Catalog
from kubequery.testserver.app import App, HTTPStatus, anonymous_user, authenticated, forbidden
from kubequery.testserver.rbac import ANONYMOUS, AUTHENTICATED, Attributes, Authorizer, User
from kubequery.testserver.store import RBAC_KINDS, Entry, Resource, Store

TokenMap = dict[str, tuple[str, Sequence[str]]]


@dataclass
class Fault:
    """One injected fault, applied to the next ``times`` requests whose path contains ``path_contains``.

    ``status`` answers with that Status code (429 carries ``Retry-After``);
    ``drop_connection=True`` closes the connection before any response,
    ``"mid"`` after half of the body; ``delay`` waits first (alone: a slow
    but otherwise normal response).
    """

    status: int | None = None
    times: int = 1
    retry_after: int | None = None
    path_contains: str | None = None
    drop_connection: bool | str = False
    delay: float = 0.0
    message: str | None = None
    method: str | None = None
    used: int = 0


@dataclass
class RequestRecord:
    """One request the server saw: what was asked, by whom, and what went back."""

    method: str
    path: str
    query: dict[str, str]
    user: str | None = None
    status: int | None = None
    bytes: int = 0
    seconds: float = 0.0


class KubeAPIServer:
    """A read-only Kubernetes API server over a list of objects, on 127.0.0.1, for tests and benchmarks.

    ``objects``: the snapshot to serve (e.g. ``generate_cluster(...)["items"]``).
    ``tokens``: bearer token -> (user name, groups). ``rbac``: extra Roles,
    ClusterRoles and bindings the authorizer uses besides those in the data
    (not served as objects). ``anonymous``: let requests without a token in
    as ``system:anonymous`` (off by default, so they get 401).
    """

    def __init__(
        self,
        objects: Iterable[dict] = (),
        *,
        tokens: TokenMap | None = None,
        rbac: Iterable[dict] = (),
        anonymous: bool = False,
        host: str = "127.0.0.1",
        port: int = 0,
        git_version: str = "v1.29.10",
        bookmark_interval: float = 60.0,
        history: int = 10_000,
        gzip: bool = True,
        catalog: Catalog | None = None,
        log_level: str = "warning",
        tls: bool = False,
    ) -> None:
        self.store = Store(catalog, history=history)
        self.store.load(objects)
        self.tokens: TokenMap = dict(tokens or {})
        self.extra_rbac: list[dict] = [dict(o) for o in rbac]
        self._rbac_extra_gen = 0
        self.anonymous = anonymous
        self.host = host
        self.port = port
        self.git_version = git_version
        self.bookmark_interval = bookmark_interval
        self.gzip = gzip
        self.log_level = log_level
        self.tls = tls
        self.faults: list[Fault] = []
        self.requests: list[RequestRecord] = []
        self._lock = threading.Lock()
        self._watchers: set[Any] = set()
        self.store.listeners.append(self._wake_watchers)
        self.authorizer = Authorizer(self._rbac_objects, self._rbac_generation)
        self.app = App(self)
        self._uvicorn: Any = None
        self._thread: threading.Thread | None = None

    # ---- lifecycle ----------------------------------------------------------

    @property
    def url(self) -> str:
        """``http://127.0.0.1:PORT`` (``https://`` with ``tls=True``; the port is known once started)."""
        return f"{'https' if self.tls else 'http'}://{self.host}:{self.port}"

    @property
    def ca_path(self) -> Path | None:
        """The CA certificate clients must trust when ``tls=True`` (e.g. ``httpx.Client(verify=...)``)."""
        if not self.tls:
            return None
        from kubequery.testserver.tls import tls_files

        return tls_files().ca_cert

    @property
    def address(self) -> str:
        return f"{self.host}:{self.port}"

    def start(self) -> KubeAPIServer:
        """Serve in a background thread (uvicorn) on a free port unless one was given; returns self."""
        import uvicorn

        if self._thread is not None:
            return self
        # proto=IPPROTO_TCP: asyncio sets TCP_NODELAY only on such sockets (else 40 ms delayed-ACK stalls)
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((self.host, self.port))
        self.port = sock.getsockname()[1]
        ssl: dict[str, Any] = {}
        if self.tls:
            from kubequery.testserver.tls import tls_files

            files = tls_files()
            ssl = {"ssl_certfile": str(files.cert), "ssl_keyfile": str(files.key)}
        config = uvicorn.Config(
            self.app,
            lifespan="off",
            log_level=self.log_level,
            access_log=False,
            timeout_graceful_shutdown=1,
            timeout_keep_alive=30,
            **ssl,
        )
        self._uvicorn = uvicorn.Server(config)
        self._thread = threading.Thread(
            target=self._uvicorn.run, kwargs={"sockets": [sock]}, name=f"kube-api-{self.port}", daemon=True
        )
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self._uvicorn.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the Kubernetes API test server did not start")
            time.sleep(0.005)
        return self

    def stop(self) -> None:
        """End open watches, stop serving and wait for the thread."""
        if self._thread is None:
            return
        self.close_watches()
        self._uvicorn.should_exit = True
        self._thread.join(timeout=10)
        self._thread = None

    def __enter__(self) -> KubeAPIServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def serve_forever(self) -> None:
        """Serve in the calling thread until interrupted (``python -m kubequery.testserver``)."""
        self.start()
        try:
            while self._thread is not None and self._thread.is_alive():
                self._thread.join(0.5)
        except KeyboardInterrupt:
            pass
        finally:
            self.stop()

    # ---- mutations (Python only: the HTTP API is read-only) ------------------

    def add(self, obj: dict) -> dict:
        """Create an object: bumps the resourceVersion and sends ADDED to watches. Returns it as stored."""
        return self.store.add(obj).obj

    def update(self, obj: dict) -> dict:
        """Replace an object: a new resourceVersion and MODIFIED for watches."""
        return self.store.update(obj).obj

    def delete(self, obj: dict | tuple[str, str | None, str]) -> dict:
        """Delete an object (or ``(kind, namespace, name)``; kind may be ``"Deployment.apps"``): DELETED."""
        return self.store.delete(obj).obj

    def get(self, kind: str, namespace: str | None, name: str) -> dict | None:
        """The stored object (``kind`` as in :meth:`delete`), or None."""
        kind, _, group = kind.partition(".")
        for res in self.store.resources():
            if res.kind == kind and res.group == group:
                entry = self.store.get(res, namespace or "", name)
                return entry.obj if entry else None
        return None

    @property
    def resource_version(self) -> int:
        """The current global resourceVersion."""
        return self.store.rv

    def add_rbac(self, *objects: dict) -> None:
        """Add authorizer-only RBAC objects (not served)."""
        with self._lock:
            self.extra_rbac.extend(objects)
            self._rbac_extra_gen += 1

    def add_token(self, token: str, user: str, groups: Sequence[str] = ()) -> None:
        self.tokens[token] = (user, list(groups))

    # ---- test controls ------------------------------------------------------

    def inject(
        self,
        status: int | None = None,
        *,
        times: int = 1,
        retry_after: int | None = None,
        path_contains: str | None = None,
        drop_connection: bool | str = False,
        delay: float = 0.0,
        message: str | None = None,
        method: str | None = None,
    ) -> Fault:
        """Queue a fault for the next matching requests (faults are consumed in the order injected)."""
        if status is None and not drop_connection and not delay:
            raise ValueError("a fault needs status, drop_connection or delay")
        fault = Fault(status, times, retry_after, path_contains, drop_connection, delay, message, method)
        with self._lock:
            self.faults.append(fault)
        return fault

    def clear_faults(self) -> None:
        with self._lock:
            self.faults.clear()

    def _take_fault(self, method: str, path: str) -> Fault | None:
        with self._lock:
            for fault in self.faults:
                if fault.path_contains and fault.path_contains not in path:
                    continue
                if fault.method and fault.method.upper() != method:
                    continue
                fault.used += 1
                if fault.used >= fault.times:
                    self.faults.remove(fault)
                return fault
        return None

    def expire_continue_tokens(self) -> None:
        """Make every continue token issued so far answer 410 Expired."""
        self.store.expire_snapshots()

    def compact(self) -> None:
        """Forget the watch history: watching from any earlier resourceVersion gets a 410 ERROR event."""
        self.store.compact()

    def close_watches(self, expire: bool = False) -> None:
        """End every open watch stream (with a 410 ERROR event first if ``expire``)."""
        for w in list(self._watchers):
            if expire:
                w.expire = True
            else:
                w.closed = True
            w.wake()

    @property
    def open_watches(self) -> int:
        return len(self._watchers)

    def _wake_watchers(self) -> None:
        for w in list(self._watchers):
            w.wake()

    def _record_request(self, method: str, path: str, query: dict[str, str]) -> RequestRecord:
        record = RequestRecord(method, path, query)
        with self._lock:
            self.requests.append(record)
            if len(self.requests) > 100_000:
                del self.requests[:50_000]
        return record

    def version_info(self) -> dict:
        """What ``/version`` answers."""
        major, minor = self.git_version.lstrip("v").split(".")[:2]
        return {
            "major": major,
            "minor": minor,
            "gitVersion": self.git_version,
            "gitCommit": "0000000000000000000000000000000000000000",
            "gitTreeState": "clean",
            "buildDate": "2024-10-22T20:00:00Z",
            "goVersion": "go1.22.8",
            "compiler": "gc",
            "platform": "linux/amd64",
        }

    # ---- authentication, impersonation, authorization -----------------------------

    def _rbac_objects(self) -> list[dict]:
        with self._lock:
            extra = list(self.extra_rbac)
        return self.store.objects(RBAC_KINDS) + extra

    def _rbac_generation(self) -> int:
        return self.store.rbac_generation * 1_000_003 + self._rbac_extra_gen

    def _authenticate(self, headers: dict[str, list[str]]) -> User:
        auth = (headers.get("authorization") or [""])[0]
        if auth[:7].lower() == "bearer ":
            who = self.tokens.get(auth[7:].strip())
            if who is not None:
                return authenticated(who[0], who[1])
        elif not auth and self.anonymous:
            return anonymous_user()
        raise HTTPStatus(401, "Unauthorized")

    def _impersonate(self, user: User, headers: dict[str, list[str]]) -> User:
        """Apply Impersonate-User/-Group after checking the ``impersonate`` verb, as the real filter does."""
        name = (headers.get("impersonate-user") or [""])[0]
        groups = [g for g in headers.get("impersonate-group", []) if g]
        if not name and not groups:
            return user
        if not name:
            raise HTTPStatus(400, f"requested {_describe_groups(groups)} without impersonating a user")
        sa = User(name).service_account
        if sa:
            attrs = Attributes(verb="impersonate", resource="serviceaccounts", namespace=sa[0], name=sa[1])
        else:
            attrs = Attributes(verb="impersonate", resource="users", name=name)
        checks = [attrs] + [Attributes(verb="impersonate", resource="groups", name=g) for g in groups]
        for check in checks:
            if not self.authorizer.authorize(user, check).allowed:
                raise forbidden(user, check)
        if sa and not groups:
            groups = ["system:serviceaccounts", f"system:serviceaccounts:{sa[0]}"]
        if name != ANONYMOUS and AUTHENTICATED not in groups:
            groups.append(AUTHENTICATED)
        return User(name, tuple(groups))

    def _review(self, res: Resource, user: User, body: dict) -> bytes:
        """Answer a SelfSubjectAccessReview, SelfSubjectRulesReview or SubjectAccessReview."""
        import orjson

        spec = body.get("spec") or {}
        if res.resource == "selfsubjectrulesreviews":
            ns = spec.get("namespace") or ""
            resource_rules, non_resource_rules = self.authorizer.rules(user, ns)
            status = {
                "resourceRules": resource_rules,
                "nonResourceRules": non_resource_rules,
                "incomplete": False,
            }
        else:
            subject = user
            if res.resource == "subjectaccessreviews":
                if not spec.get("user") and not spec.get("groups"):
                    raise HTTPStatus(
                        422,
                        'SubjectAccessReview.authorization.k8s.io "" is invalid: '
                        'spec.user: Invalid value: "": at least one of user or group must '
                        "be specified",
                        reason="Invalid",
                    )
                subject = User(spec.get("user") or "", tuple(spec.get("groups") or ()))
            ra = spec.get("resourceAttributes")
            nra = spec.get("nonResourceAttributes")
            if ra:
                attrs = Attributes(
                    verb=ra.get("verb", ""),
                    group=ra.get("group", ""),
                    resource=ra.get("resource", ""),
                    subresource=ra.get("subresource", ""),
                    namespace=ra.get("namespace", ""),
                    name=ra.get("name", ""),
                )
            elif nra:
                attrs = Attributes(verb=nra.get("verb", ""), resource_request=False, path=nra.get("path", ""))
            else:
                raise HTTPStatus(
                    422,
                    f'{res.kind}.authorization.k8s.io "" is invalid: spec.resourceAttributes: '
                    'Invalid value: "null": exactly one of nonResourceAttributes or '
                    "resourceAttributes must be specified",
                    reason="Invalid",
                )
            decision = self.authorizer.authorize(subject, attrs)
            status = {"allowed": decision.allowed}
            if decision.reason:
                status["reason"] = decision.reason
        out = {
            "kind": res.kind,
            "apiVersion": "authorization.k8s.io/v1",
            "metadata": {"creationTimestamp": None, **(body.get("metadata") or {})},
            "spec": spec,
            "status": status,
        }
        return orjson.dumps(out)

    # ---- kubeconfig -------------------------------------------------------------

    def kubeconfig_dict(
        self,
        users: Sequence[str | tuple[str, str]] | None = None,
        *,
        cluster: str = "kubequery-test",
        context_prefix: str = "",
        namespace: str | None = None,
        current: str | None = None,
    ) -> dict:
        """A kubeconfig as a dict: one context per user, named ``context_prefix + user``.

        A user given as ``(context_name, user_name)`` gets that context name
        (handy for service accounts). Tokens come from the server's token map.
        """
        by_user: dict[str, str] = {}
        for token, (name, _groups) in self.tokens.items():
            by_user.setdefault(name, token)
        if users is None:  # every user; a service account's context is named after the account
            users = [(u.rsplit(":", 1)[-1], u) if User(u).service_account else u for u in by_user]
        pairs = [(u, u) if isinstance(u, str) else (u[0], u[1]) for u in users]
        missing = [u for _, u in pairs if u not in by_user]
        if missing:
            raise ValueError(f"no token for user(s) {', '.join(missing)}")
        contexts = []
        for ctx_name, _u in pairs:
            ctx: dict[str, Any] = {"cluster": cluster, "user": f"{cluster}-{ctx_name}"}
            if namespace:
                ctx["namespace"] = namespace
            contexts.append({"name": f"{context_prefix}{ctx_name}", "context": ctx})
        return {
            "apiVersion": "v1",
            "kind": "Config",
            "preferences": {},
            "clusters": [{"name": cluster, "cluster": self._cluster_entry()}],
            "users": [{"name": f"{cluster}-{c}", "user": {"token": by_user[u]}} for c, u in pairs],
            "contexts": contexts,
            "current-context": current or (f"{context_prefix}{pairs[0][0]}" if pairs else ""),
        }

    def _cluster_entry(self) -> dict:
        entry: dict[str, Any] = {"server": self.url}
        if self.tls:
            import base64

            from kubequery.testserver.tls import tls_files

            entry["certificate-authority-data"] = base64.b64encode(tls_files().ca_pem).decode()
        return entry

    def kubeconfig(
        self, path: str | Path, users: Sequence[str | tuple[str, str]] | None = None, **kw: Any
    ) -> Path:
        """Write a kubeconfig for this server (see :meth:`kubeconfig_dict`); returns the path."""
        path = Path(path)
        path.write_text(yaml.safe_dump(self.kubeconfig_dict(users, **kw), sort_keys=False))
        return path

    # ---- ready-made servers -----------------------------------------------------

    @classmethod
    def demo(cls, pods: int = 450, seed: int = 7, **kw: Any) -> KubeAPIServer:
        """A server over the demo cluster with the test users (see :data:`TEST_TOKENS`)."""
        kw.setdefault("tokens", TEST_TOKENS)
        kw.setdefault("rbac", rbac_for_test_users())
        return cls(demo_objects(seed, pods), **kw)


def _describe_groups(groups: list[str]) -> str:
    return "[" + " ".join("{Group " + g + "}" for g in groups) + "]"


@functools.lru_cache(maxsize=4)
def _demo_items(seed: int, pods: int) -> tuple[dict, ...]:
    from kubequery.demo import generate_cluster

    return tuple(generate_cluster(seed, pods)["items"])


def demo_objects(seed: int = 7, pods: int = 450) -> list[dict]:
    """The demo cluster's objects (cached: the store copies what it changes)."""
    return list(_demo_items(seed, pods))


#: The test identities: admin (system:masters), alice (pods in payments and checkout),
#: nobody (no rights), impersonator (may impersonate), and the service's account.
TEST_TOKENS: TokenMap = {
    "admin-token": ("admin", ["system:masters"]),
    "alice-token": ("alice", ["dev"]),
    "nobody-token": ("nobody", []),
    "impersonator-token": ("impersonator", []),
    "service-token": (
        "system:serviceaccount:kubequery:kubequery",
        ["system:serviceaccounts", "system:serviceaccounts:kubequery"],
    ),
}

#: Kubeconfig contexts for TEST_TOKENS: each user's name, and "service" for the service account.
TEST_CONTEXTS: list[str | tuple[str, str]] = [
    "admin",
    "alice",
    "nobody",
    "impersonator",
    ("service", "system:serviceaccount:kubequery:kubequery"),
]


def rbac_for_test_users() -> list[dict]:
    """Authorizer-only RBAC for :data:`TEST_TOKENS`."""
    api = "rbac.authorization.k8s.io/v1"
    ref = {"apiGroup": "rbac.authorization.k8s.io"}
    objs: list[dict] = [
        {
            "apiVersion": api,
            "kind": "ClusterRole",
            "metadata": {"name": "kq-test:pod-reader"},
            "rules": [{"apiGroups": [""], "resources": ["pods"], "verbs": ["get", "list", "watch"]}],
        },
        {
            "apiVersion": api,
            "kind": "ClusterRole",
            "metadata": {"name": "kq-test:impersonator"},
            "rules": [
                {
                    "apiGroups": [""],
                    "resources": ["users", "groups", "serviceaccounts"],
                    "verbs": ["impersonate"],
                }
            ],
        },
        {
            "apiVersion": api,
            "kind": "ClusterRole",
            "metadata": {"name": "kq-test:service"},
            "rules": [
                {"apiGroups": ["*"], "resources": ["*"], "verbs": ["get", "list", "watch"]},
                {
                    "apiGroups": ["authorization.k8s.io"],
                    "resources": ["subjectaccessreviews"],
                    "verbs": ["create"],
                },
                {
                    "apiGroups": [""],
                    "resources": ["users", "groups", "serviceaccounts"],
                    "verbs": ["impersonate"],
                },
            ],
        },
        {
            "apiVersion": api,
            "kind": "ClusterRoleBinding",
            "metadata": {"name": "kq-test:impersonator"},
            "roleRef": {**ref, "kind": "ClusterRole", "name": "kq-test:impersonator"},
            "subjects": [{**ref, "kind": "User", "name": "impersonator"}],
        },
        {
            "apiVersion": api,
            "kind": "ClusterRoleBinding",
            "metadata": {"name": "kq-test:service"},
            "roleRef": {**ref, "kind": "ClusterRole", "name": "kq-test:service"},
            "subjects": [{"kind": "ServiceAccount", "name": "kubequery", "namespace": "kubequery"}],
        },
    ]
    for ns in ("payments", "checkout"):
        objs.append(
            {
                "apiVersion": api,
                "kind": "RoleBinding",
                "metadata": {"name": "kq-test:alice-pods", "namespace": ns},
                "roleRef": {**ref, "kind": "ClusterRole", "name": "kq-test:pod-reader"},
                "subjects": [{**ref, "kind": "User", "name": "alice"}],
            }
        )
    return objs


__all__ = [
    "Entry",
    "Fault",
    "KubeAPIServer",
    "RequestRecord",
    "TEST_TOKENS",
    "demo_objects",
    "rbac_for_test_users",
]
