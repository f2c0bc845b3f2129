"""Where may this identity list a resource, when a cluster-wide list is forbidden?

Invariant 2 of DESIGN.md: a query never returns an object its identity could
not list, and when only some namespaces are allowed the answer covers those and
says so. The server enforces the first part on every list; this module finds
the namespaces worth listing. Candidates are all namespaces when the identity
may list them, else the context's namespace and those the query names. Each
candidate is checked with a SelfSubjectRulesReview (one per namespace answers
for every resource, so a join of pods and services costs one review), falling
back to a SelfSubjectAccessReview when the rules are incomplete or the review
is refused. Decisions are cached briefly per identity and resource.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import orjson

from kubequery.kube.client import Cancelled, KubeClient
from kubequery.kube.errors import ForbiddenError, KubeAPIError

AUTHZ = "/apis/authorization.k8s.io/v1"
NAMESPACE_ACCEPT = "application/json;as=PartialObjectMetadataList;g=meta.k8s.io;v=v1,application/json"
DEFAULT_TTL = 30.0  # seconds an access decision is reused


@dataclass(frozen=True)
class Scope:
    """The namespaces an identity may list a resource in, when it may not list it cluster-wide."""

    namespaces: tuple[str, ...]
    user: str  # as the server named the identity in its 403
    complete: bool  # every namespace was checked (False: only the context's and the query's)

    def warning(self, table: str) -> str:
        where = ", ".join(self.namespaces)
        plural = "namespaces" if len(self.namespaces) > 1 else "namespace"
        why = f"cluster-wide list is forbidden for {self.user}"
        if not self.complete:
            why += f"; other namespaces unchecked: {self.user} may not list namespaces"
        return f"{table}: listed only in {plural} {where} ({why})"


class AccessChecker:
    """Finds and caches the namespaces an identity may list each resource in."""

    def __init__(self, client: KubeClient, default_namespace: str, *, ttl: float = DEFAULT_TTL) -> None:
        self.client = client
        self.default_namespace = default_namespace
        self.ttl = ttl
        self._lock = threading.Lock()
        self._scopes: dict[tuple, tuple[float, Scope | None]] = {}  # None: cluster-wide is allowed
        self._rules: dict[tuple, tuple[float, dict | None]] = {}

    def _key(self, *parts: object) -> tuple:
        return (self.client.server, self.client.identity.user, self.client.identity.groups, *parts)

    def cached_scope(self, group: str, resource: str) -> tuple[bool, Scope | None]:
        """(known, scope): scope None means the cluster-wide list is allowed."""
        with self._lock:
            hit = self._scopes.get(self._key(group, resource))
        if hit is None or hit[0] < time.monotonic():
            return False, None
        return True, hit[1]

    def remember(self, group: str, resource: str, scope: Scope | None) -> None:
        with self._lock:
            self._scopes[self._key(group, resource)] = (time.monotonic() + self.ttl, scope)

    def find_scope(
        self,
        group: str,
        resource: str,
        forbidden: ForbiddenError,
        extra_namespaces: Iterable[str] = (),
        cancel: threading.Event | None = None,
    ) -> Scope:
        """The namespaces to list instead of a forbidden cluster-wide list; a 403 error when none."""
        candidates, complete = self._candidates(extra_namespaces, cancel)
        allowed = _parallel(
            lambda ns: self._may_list(ns, group, resource, cancel), candidates, self.client.max_inflight
        )
        namespaces = tuple(ns for ns, ok in zip(candidates, allowed, strict=True) if ok)
        user = forbidden.user or self.client.identity.user or "this identity"
        if not namespaces:
            what = forbidden.resource or (f"{resource}.{group}" if group else resource)
            where = (
                "in any namespace"
                if complete
                else f"at the cluster scope nor in namespace {', '.join(candidates)}"
                if len(candidates) == 1
                else f"at the cluster scope nor in namespaces {', '.join(candidates)}"
            )
            raise ForbiddenError(
                f'forbidden: User "{user}" cannot list {what} {where}',
                hint=forbidden.hint,
                status=403,
                request=forbidden.request,
                payload=forbidden.payload,
            ) from forbidden
        scope = Scope(namespaces, user, complete)
        self.remember(group, resource, scope)
        return scope

    # -- internals ---------------------------------------------------------------------------------

    def _candidates(self, extra: Iterable[str], cancel: threading.Event | None) -> tuple[list[str], bool]:
        """All namespaces if this identity may list them, else the context's and the query's."""
        request = self.client.describe("list", resource="namespaces", version="v1")
        try:
            body = self.client.get(
                "/api/v1/namespaces", accept=NAMESPACE_ACCEPT, request=request, cancel=cancel
            )
        except ForbiddenError:
            names = [self.default_namespace, *extra]
            return list(dict.fromkeys(n for n in names if n)), False
        items = orjson.loads(body).get("items") or []
        return sorted({(i.get("metadata") or {}).get("name") for i in items} - {None}), True

    def _may_list(self, namespace: str, group: str, resource: str, cancel: threading.Event | None) -> bool:
        status = self._rules_review(namespace)
        if status is not None:
            if _rules_allow(status.get("resourceRules") or [], group, resource):
                return True
            if not status.get("incomplete"):
                return False
        if cancel is not None and cancel.is_set():
            raise Cancelled()
        return self._access_review(namespace, group, resource)

    def _rules_review(self, namespace: str) -> dict | None:
        """The SelfSubjectRulesReview status for a namespace (cached), or None when it is refused."""
        key = self._key("rules", namespace)
        with self._lock:
            hit = self._rules.get(key)
        if hit is not None and hit[0] >= time.monotonic():
            return hit[1]
        body = {
            "apiVersion": "authorization.k8s.io/v1",
            "kind": "SelfSubjectRulesReview",
            "spec": {"namespace": namespace},
        }
        request = self.client.describe(
            "create", resource="selfsubjectrulesreviews", group="authorization.k8s.io", version="v1"
        )
        try:
            status = self.client.post(f"{AUTHZ}/selfsubjectrulesreviews", body, request=request).get("status")
        except KubeAPIError:
            status = None
        status = status if isinstance(status, dict) else None
        with self._lock:
            self._rules[key] = (time.monotonic() + self.ttl, status)
        return status

    def _access_review(self, namespace: str, group: str, resource: str) -> bool:
        body = {
            "apiVersion": "authorization.k8s.io/v1",
            "kind": "SelfSubjectAccessReview",
            "spec": {
                "resourceAttributes": {
                    "namespace": namespace,
                    "verb": "list",
                    "group": group,
                    "resource": resource,
                }
            },
        }
        request = self.client.describe(
            "create", resource="selfsubjectaccessreviews", group="authorization.k8s.io", version="v1"
        )
        try:
            answer = self.client.post(f"{AUTHZ}/selfsubjectaccessreviews", body, request=request)
        except KubeAPIError:
            return False
        return bool((answer.get("status") or {}).get("allowed"))


def _rules_allow(rules: list[dict], group: str, resource: str) -> bool:
    """Whether any rule grants `list` on the whole resource (rules naming objects do not)."""
    for rule in rules:
        if rule.get("resourceNames"):
            continue
        if not _has(rule.get("verbs"), "list") or not _has(rule.get("apiGroups"), group):
            continue
        if _has(rule.get("resources"), resource):
            return True
    return False


def _has(values: list[str] | None, wanted: str) -> bool:
    return bool(values) and ("*" in values or wanted in values)


def _parallel(fn: Callable[[str], bool], items: list[str], workers: int) -> list[bool]:
    if len(items) <= 1:
        return [fn(i) for i in items]
    with ThreadPoolExecutor(max_workers=min(workers, len(items))) as pool:
        return list(pool.map(fn, items))
