"""API server answers → kubequery errors, chosen from one table (STATUS_ERRORS).

Each error names what was asked (verb, resource, namespace), of which cluster
and context, and what to try; the server's Status object supplies the user
name and its own reason. Callers raise them `from` the transport's exception
so the cause stays visible to developers while users see one message.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import orjson

from kubequery.errors import SourceError


@dataclass(frozen=True)
class Request:
    """What a request asked for, in the words an error message needs."""

    server: str
    context: str  # "context foo" or "in-cluster config"
    verb: str = "list"
    resource: str = ""
    group: str = ""
    version: str = ""
    namespace: str | None = None

    @property
    def resource_name(self) -> str:
        """`pods`, `deployments.apps`: the resource as kubectl and RBAC messages spell it."""
        return f"{self.resource}.{self.group}" if self.group else self.resource

    @property
    def resource_id(self) -> str:
        """`deployments.apps/v1`, `pods/v1`: the resource with its served version."""
        return f"{self.resource_name}/{self.version}" if self.version else self.resource_name


class KubeAPIError(SourceError):
    """The API server answered with an error status."""

    def __init__(
        self,
        message: str,
        *,
        hint: str | None = None,
        status: int = 0,
        request: Request | None = None,
        payload: dict | None = None,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(message, hint=hint)
        self.status = status
        self.request = request
        self.payload = payload or {}
        self.retry_after = retry_after


class BadRequestError(KubeAPIError):
    """400/422: the server refused the request itself (a selector it does not support)."""


class UnauthorizedError(KubeAPIError):
    """401: the credentials were not accepted."""


class ForbiddenError(KubeAPIError):
    """403: the identity may not do this; `user`, `verb`, `resource`, `namespace` say what."""

    user: str | None = None
    verb: str | None = None
    resource: str | None = None
    namespace: str | None = None

    @property
    def impersonation(self) -> bool:
        return self.verb == "impersonate"


class NotServedError(KubeAPIError):
    """404 on a list: the cluster does not serve this resource at this version."""


class GoneError(KubeAPIError):
    """410: a continue token or resourceVersion has expired."""


class ThrottledError(KubeAPIError):
    """429: the server asks the client to slow down."""


class ServerError(KubeAPIError):
    """5xx: the server (or something in front of it) failed."""


class ClusterUnreachableError(SourceError):
    """No HTTP answer at all: refused, timed out, TLS failure, DNS."""


# status → (error class, message, hint); "4xx"/"5xx" catch the rest of a range.
# Fields: server, context, verb, what (resource and namespace), resource_id, code, reason, message.
STATUS_ERRORS: dict[int | str, tuple[type[KubeAPIError], str, str | None]] = {
    400: (BadRequestError, "the cluster refused to {verb} {what}: {message}", None),
    401: (
        UnauthorizedError,
        "the cluster at {server} rejected the credentials of {context} (401 Unauthorized)",
        "the token or client certificate may have expired: log in again or refresh the kubeconfig",
    ),
    403: (
        ForbiddenError,
        'forbidden: User "{user}" cannot {verb} {what}',
        "kubequery reads only what your identity may list: ask for a Role granting {verb} on "
        "{resource}, or choose another identity with --context or --as",
    ),
    404: (
        NotServedError,
        "the cluster does not serve {resource_id}",
        "an older cluster, or the API is not installed? `kubectl api-resources` lists what it serves",
    ),
    410: (
        GoneError,
        "the cluster expired the list of {what} while kubequery was paging through it (410 Gone)",
        "the objects changed faster than they could be read: retry, or page with a larger --chunk-size",
    ),
    422: (BadRequestError, "the cluster refused to {verb} {what}: {message}", None),
    429: (
        ThrottledError,
        "the cluster at {server} kept asking kubequery to slow down (429 Too Many Requests) "
        "while listing {what}",
        "the API server is overloaded: retry later",
    ),
    "4xx": (KubeAPIError, "the cluster answered {code} {reason} to {verb} {what}: {message}", None),
    "5xx": (
        ServerError,
        "the cluster at {server} failed to {verb} {what}: {code} {reason}: {message}",
        "the API server (or a proxy in front of it) is failing: retry later or check its health",
    ),
}

_IMPERSONATE_HINT = (
    "--as and --as-group need your own identity to have the impersonate verb on users and groups"
)

# `pods is forbidden: User "alice" cannot list resource "pods" in API group "" in the namespace "x"`
_FORBIDDEN = re.compile(
    r'User "(?P<user>[^"]*)" cannot (?P<verb>\S+) resource "(?P<resource>[^"]*)"'
    r'(?: in API group "(?P<group>[^"]*)")?(?: in the namespace "(?P<ns>[^"]*)")?'
)
_FORBIDDEN_NAME = re.compile(r'^(?P<kind>\S+) "(?P<name>[^"]*)" is forbidden')


def parse_status(body: bytes) -> dict:
    """The Status object in an error body, or {} when the body is not one (HTML from a proxy …)."""
    try:
        payload = orjson.loads(body) if body else None
    except orjson.JSONDecodeError:
        return {"message": body[:200].decode("utf-8", "replace").strip()}
    return payload if isinstance(payload, dict) and payload.get("kind") == "Status" else {}


def api_error(
    status: int, body: bytes, request: Request, headers: Any = None, reason: str = ""
) -> KubeAPIError:
    """The KubeAPIError for an error answer, chosen from STATUS_ERRORS."""
    payload = parse_status(body)
    key: int | str = status if status in STATUS_ERRORS else f"{str(status)[0]}xx"
    cls, template, hint = STATUS_ERRORS.get(key, STATUS_ERRORS["4xx"])
    message = str(payload.get("message") or reason or "no message").strip()
    fields = {
        "server": request.server,
        "context": request.context,
        "verb": request.verb,
        "what": _what(request.resource_name, request.namespace),
        "resource": request.resource_name,
        "resource_id": request.resource_id,
        "code": status,
        "reason": payload.get("reason") or reason,
        "message": message,
        "user": "?",
    }
    forbidden = {}
    if cls is ForbiddenError:
        forbidden = _forbidden_fields(message, payload, request)
        fields.update(
            user=forbidden["user"],
            verb=forbidden["verb"],
            what=forbidden["what"],
            resource=forbidden["resource"],
        )
        if forbidden["verb"] == "impersonate":
            hint = _IMPERSONATE_HINT
    retry_after = _retry_after(headers, payload)
    error = cls(
        template.format(**fields),
        hint=hint.format(**fields) if hint else None,
        status=status,
        request=request,
        payload=payload,
        retry_after=retry_after,
    )
    if isinstance(error, ForbiddenError):
        error.user = forbidden["user"] if forbidden["user"] != "?" else None
        error.verb = forbidden["verb"]
        error.resource = forbidden["resource"]
        error.namespace = forbidden["namespace"]
    return error


def _what(resource: str, namespace: str | None, name: str | None = None) -> str:
    thing = f'{resource} "{name}"' if name else resource
    return f'{thing} in namespace "{namespace}"' if namespace else f"{thing} at the cluster scope"


def _forbidden_fields(message: str, payload: dict, request: Request) -> dict:
    """User, verb, resource and namespace of a 403, from the server's message where it says them."""
    m = _FORBIDDEN.search(message)
    if not m:
        return {
            "user": "?",
            "verb": request.verb,
            "resource": request.resource_name,
            "namespace": request.namespace,
            "what": _what(request.resource_name, request.namespace),
        }
    resource = f"{m['resource']}.{m['group']}" if m["group"] else m["resource"]
    name = None
    if m["verb"] == "impersonate":
        named = _FORBIDDEN_NAME.match(message)
        name = named["name"] if named else (payload.get("details") or {}).get("name")
    namespace = m["ns"] if m["ns"] is not None else None
    return {
        "user": m["user"],
        "verb": m["verb"],
        "resource": resource,
        "namespace": namespace,
        "what": _what(resource, namespace, name),
    }


def _retry_after(headers: Any, payload: dict) -> float | None:
    value = headers.get("Retry-After") if headers is not None else None
    if value is None:
        value = (payload.get("details") or {}).get("retryAfterSeconds")
    try:
        return max(0.0, float(value)) if value is not None else None
    except (TypeError, ValueError):
        return None  # an HTTP date: rare from API servers; fall back to backoff


def unreachable(request: Request, cause: BaseException, attempts: int) -> ClusterUnreachableError:
    """The error for a cluster that gave no HTTP answer, naming the server and the context."""
    tries = f" after {attempts} attempts" if attempts > 1 else ""
    return ClusterUnreachableError(
        f"cannot reach the cluster at {request.server}: {describe_network_error(cause)}"
        f" ({request.context}){tries}",
        hint="check the kubeconfig, the context and the network",
    )


def describe_network_error(e: BaseException) -> str:
    """`connection refused`, `timed out`, … from a urllib3/socket exception chain."""
    text = f"{type(e).__name__} {e}".lower()
    for needle, words in (
        ("refused", "connection refused"),
        ("timed out", "timed out"),
        ("timeout", "timed out"),
        ("name or service not known", "unknown host"),
        ("nodename nor servname", "unknown host"),
        ("temporary failure in name resolution", "unknown host"),
        ("certificate", "TLS certificate problem: " + str(e)[:200]),
        ("ssl", "TLS problem: " + str(e)[:200]),
        ("reset by peer", "connection reset"),
        ("remotedisconnected", "the server closed the connection"),
        ("connection aborted", "the server closed the connection"),
        ("incompleteread", "the server closed the connection mid-answer"),
        ("unreachable", "network unreachable"),
    ):
        if needle in text:
            return words
    return str(e)[:200] or type(e).__name__
