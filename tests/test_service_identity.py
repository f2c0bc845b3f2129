"""Who is asking: API tokens, a trusted proxy's headers (only from the proxy), passed-through
Kubernetes tokens; and the per-identity rate limiter."""

from __future__ import annotations

import httpx
import pytest
from fastapi.testclient import TestClient

from kubequery.service import Settings, create_app
from kubequery.service.config import AuthSettings, TokenEntry, hash_token
from kubequery.service.identity import Asker, Authenticator, AuthError, ForbiddenProxyError
from kubequery.service.limits import RateLimited, RateLimiter
from kubequery.service.testing import serve_app

TOKENS = (TokenEntry(hash_token("s3cret"), "alice", ("dev", "ops")),)
PROXY = AuthSettings(methods=("proxy", "tokens"), tokens=TOKENS, proxy_trusted=("10.0.0.0/8", "127.0.0.1"))


def identify(auth: AuthSettings, headers: dict, peer: str | None = "10.1.2.3", groups: list[str] = ()) -> Asker:
    return Authenticator(auth, auth.methods).identify({k.lower(): v for k, v in headers.items()}, peer, groups)


def test_api_token_maps_to_user_and_groups():
    asker = identify(PROXY, {"Authorization": "Bearer s3cret"})
    assert (asker.user, asker.groups, asker.method) == ("alice", ("dev", "ops"), "tokens")
    assert asker.token is None and asker.name == "alice"
    with pytest.raises(AuthError, match="not accepted"):
        identify(PROXY, {"Authorization": "Bearer s3cret2"})
    with pytest.raises(AuthError, match="no credentials"):
        identify(PROXY, {})


def test_proxy_headers_from_the_proxy_only():
    asker = identify(PROXY, {"X-Remote-User": "bob"}, "10.9.9.9", ["team-a, team-b", "ops"])
    assert (asker.user, asker.groups, asker.method) == ("bob", ("team-a", "team-b", "ops"), "proxy")
    for peer in ("192.168.1.5", None, "not-an-address"):
        with pytest.raises(ForbiddenProxyError):
            identify(PROXY, {"X-Remote-User": "bob"}, peer)
    # A valid API token does not launder forged proxy headers either.
    with pytest.raises(ForbiddenProxyError):
        identify(PROXY, {"X-Remote-User": "admin", "Authorization": "Bearer s3cret"}, "192.168.1.5")


def test_proxy_header_names_are_configurable():
    auth = AuthSettings(
        methods=("proxy",), proxy_trusted=("10.0.0.1",), proxy_user_header="X-Forwarded-User",
        proxy_group_header="X-Forwarded-Groups",
    )
    asker = identify(auth, {"X-Forwarded-User": "carol"}, "10.0.0.1", ["admins"])
    assert (asker.user, asker.groups) == ("carol", ("admins",))
    with pytest.raises(AuthError):  # the default header names mean nothing here
        identify(auth, {"X-Remote-User": "carol"}, "10.0.0.1")


def test_proxy_headers_mean_nothing_when_the_proxy_method_is_off():
    auth = AuthSettings(methods=("tokens",), tokens=TOKENS)
    with pytest.raises(AuthError):
        identify(auth, {"X-Remote-User": "admin"}, "10.0.0.1")
    assert identify(auth, {"X-Remote-User": "admin", "Authorization": "Bearer s3cret"}).user == "alice"


def test_kube_token_is_passed_through_and_named_by_its_hash():
    auth = AuthSettings(methods=("tokens", "kube-token"), tokens=TOKENS)
    api = identify(auth, {"Authorization": "Bearer s3cret"})
    assert api.method == "tokens"  # a configured API token first
    kube = identify(auth, {"Authorization": "Bearer eyJhbGciOi.kube.token"})
    assert kube.method == "kube-token" and kube.token == "eyJhbGciOi.kube.token" and kube.user is None
    assert kube.name.startswith("token:") and "kube.token" not in kube.name
    assert "kube.token" not in repr(kube)


def test_proxy_over_http_trusted_and_untrusted_addresses():
    settings = Settings(demo=True, auth=PROXY)
    sql = {"sql": "SELECT count(*) AS n FROM namespaces"}
    with TestClient(create_app(settings), client=("10.0.0.7", 4000)) as trusted:
        r = trusted.post("/api/sql", json=sql, headers={"X-Remote-User": "bob", "X-Remote-Group": "dev"})
        assert r.status_code == 200, r.text
        assert trusted.post("/api/sql", json=sql).status_code == 401
    with TestClient(create_app(settings), client=("203.0.113.9", 4000)) as outsider:
        r = outsider.post("/api/sql", json=sql, headers={"X-Remote-User": "bob"})
        assert r.status_code == 403 and r.json()["error"]["kind"] == "forbidden"
        assert outsider.post("/api/sql", json=sql, headers={"Authorization": "Bearer s3cret"}).status_code == 200


@pytest.mark.parametrize(
    ("trusted", "forwarded_for", "status"),
    [
        (("127.0.0.1",), "203.0.113.9", 200),  # a sidecar proxy on 127.0.0.1 forwarding a user
        (("10.0.0.0/8",), "10.0.0.7", 403),  # X-Forwarded-For does not make a local peer the proxy
    ],
)
def test_the_proxy_is_the_tcp_peer_not_a_forwarded_claim(trusted, forwarded_for, status):
    auth = AuthSettings(methods=("proxy",), proxy_trusted=trusted)
    with serve_app(create_app(Settings(demo=True, auth=auth))) as url:
        r = httpx.post(
            f"{url}/api/sql",
            json={"sql": "SELECT count(*) FROM namespaces"},
            headers={"X-Remote-User": "bob", "X-Forwarded-For": forwarded_for},
        )
    assert r.status_code == status, r.text


def test_rate_limiter_refills_over_time():
    now = [0.0]
    limiter = RateLimiter(rate_per_minute=60, burst=3, clock=lambda: now[0])
    for _ in range(3):
        limiter.take("alice")
    with pytest.raises(RateLimited) as refused:
        limiter.take("alice")
    assert 0.9 <= refused.value.retry_after <= 1.0
    limiter.take("bob")  # buckets are per identity
    now[0] += 1.0
    limiter.take("alice")  # one second refills one request
    with pytest.raises(RateLimited):
        limiter.take("alice")
    now[0] += 100
    for _ in range(3):  # never more than the burst
        limiter.take("alice")
    with pytest.raises(RateLimited):
        limiter.take("alice")
