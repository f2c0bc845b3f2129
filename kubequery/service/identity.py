"""Who is asking: established per request by the configured methods, tried in order.

- `tokens`: `Authorization: Bearer <token>` matched against the SHA-256 of the configured API
  tokens (compared in constant time), each mapped to a Kubernetes user and groups.
- `proxy`: a trusted authenticating proxy's headers (`X-Remote-User`, `X-Remote-Group`, names
  configurable), believed only when the connection comes from a configured address or CIDR;
  from anywhere else they are refused, never silently ignored.
- `kube-token`: the person's own Kubernetes bearer token, passed through: their queries run
  with it, so the API server authenticates and authorizes them itself.
- `none`: everyone is the service's own identity (a laptop; the default on 127.0.0.1 only).

No identity: AuthError (401). A token is never logged: askers are named by user, or for a
passed-through token by a short hash of it. (The live source made for a passed-through token
is reused for a few minutes, keyed by the token's hash, and holds the token meanwhile.)
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
from collections.abc import Mapping
from dataclasses import dataclass, field

from kubequery.errors import KubequeryError
from kubequery.kube.client import Identity
from kubequery.service.config import AuthSettings, TokenEntry, hash_token


class AuthError(KubequeryError):
    """No acceptable credentials (401)."""


class ForbiddenProxyError(KubequeryError):
    """Identity headers from an address that is not a trusted proxy (403)."""


@dataclass(frozen=True)
class Asker(Identity):
    """A Kubernetes identity plus how it was established (and, for kube-token, the token)."""

    method: str = "none"
    token: str | None = field(default=None, repr=False, compare=False)

    @property
    def name(self) -> str:
        """Who, for logs, rate limits and conversation ownership: the user, never the token."""
        if self.token:
            return f"token:{hashlib.sha256(self.token.encode()).hexdigest()[:12]}"
        return self.user or "local"


def name_of(identity: Identity) -> str:
    return identity.name if isinstance(identity, Asker) else (identity.user or "local")


class Authenticator:
    """Turns a request's headers and peer address into an Asker, by the configured methods."""

    def __init__(self, auth: AuthSettings, methods: tuple[str, ...]) -> None:
        self.methods = methods
        self.user_header = auth.proxy_user_header.lower()
        self.group_header = auth.proxy_group_header.lower()
        self._tokens = {t.sha256: t for t in auth.tokens}
        self._trusted = [ipaddress.ip_network(c, strict=False) for c in auth.proxy_trusted]

    def identify(self, headers: Mapping[str, str], peer: str | None, group_values: list[str] = ()) -> Asker:
        """The asker of a request; `group_values` holds every value of the group header."""
        bearer = _bearer(headers.get("authorization"))
        sent_proxy_headers = self.user_header in headers
        if sent_proxy_headers and "proxy" in self.methods and not self._from_proxy(peer):
            # Someone is claiming to be someone: never fall through to another method.
            raise ForbiddenProxyError(
                f"identity header {self.user_header} is only accepted from the configured proxy",
                hint="send requests through the authenticating proxy",
            )
        for method in self.methods:
            if method == "proxy" and sent_proxy_headers:  # from a trusted address (checked above)
                user = headers[self.user_header].strip()
                if user:
                    groups = tuple(g.strip() for v in group_values for g in v.split(",") if g.strip())
                    return Asker(user, groups, method="proxy")
            elif method == "tokens" and bearer:
                entry = self._token(bearer)
                if entry is not None:
                    return Asker(entry.user, entry.groups, method="tokens")
            elif method == "kube-token" and bearer:
                return Asker(None, (), method="kube-token", token=bearer)
            elif method == "none":
                return Asker(None, (), method="none")
        if bearer:
            raise AuthError("the bearer token was not accepted", hint="check the token")
        raise AuthError(
            "no credentials: this service needs to know who is asking",
            hint=_how(self.methods),
        )

    def _token(self, bearer: str) -> TokenEntry | None:
        digest = hash_token(bearer)
        found = None
        for known, entry in self._tokens.items():  # every entry compared: no early exit to time
            if hmac.compare_digest(known, digest):
                found = entry
        return found

    def _from_proxy(self, peer: str | None) -> bool:
        if not peer:
            return False
        try:
            address = ipaddress.ip_address(peer)
        except ValueError:
            return False
        return any(address in net for net in self._trusted)


def _bearer(value: str | None) -> str | None:
    if not value:
        return None
    scheme, _, token = value.strip().partition(" ")
    return token.strip() or None if scheme.lower() == "bearer" else None


def _how(methods: tuple[str, ...]) -> str:
    ways = {
        "tokens": "an API token (Authorization: Bearer …)",
        "kube-token": "your Kubernetes bearer token (Authorization: Bearer …)",
        "proxy": "the authenticating proxy",
    }
    return "sign in with " + " or ".join(ways[m] for m in methods if m in ways)
