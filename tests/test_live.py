"""The live source over HTTP against the Kubernetes API test server (kubequery/testserver).

Each answer is checked against the same query over the same objects held in
memory (MemorySource), so the live path — URLs, pagination, selectors,
metadata-only lists, retries, RBAC scoping — can only differ from a snapshot
by what the identity may not see.
"""

from __future__ import annotations

import dataclasses
import re
import socket
import time
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from kubequery.cli import main
from kubequery.compiler.plan import Fetch
from kubequery.engine import Engine
from kubequery.errors import KubequeryError, SourceError
from kubequery.kube.client import RetryPolicy
from kubequery.kube.config import select_target
from kubequery.kube.errors import (
    ClusterUnreachableError,
    ForbiddenError,
    GoneError,
    NotServedError,
    Request,
    ServerError,
    ThrottledError,
    UnauthorizedError,
    api_error,
)
from kubequery.redact import REDACTED
from kubequery.sources.live import LiveSource, open_live_source
from kubequery.sources.memory import MemorySource
from tests.helpers import add_applied_secret, secret_values

FAST = RetryPolicy(attempts=4, connect_attempts=2, base_delay=0.01, max_delay=0.05, deadline=10)
META = "meta.k8s.io/v1"


@pytest.fixture(scope="module")
def api():
    """One server for the read-only tests (those injecting faults or changing objects use kube_api)."""
    from kubequery.testserver import KubeAPIServer

    server = KubeAPIServer.demo()
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="module")
def kubeconfig(api, tmp_path_factory) -> Path:
    return api.kubeconfig(
        tmp_path_factory.mktemp("kube") / "config", users=["admin", "alice", "nobody", "impersonator"]
    )


@pytest.fixture(scope="module")
def snapshot():
    """The objects the server serves, as a snapshot: the answer every live query must equal."""
    from kubequery.testserver import demo_objects

    return MemorySource(demo_objects(), time_now(), "the same objects in memory")


def time_now():
    from datetime import UTC, datetime

    return datetime.now(UTC)


def live(kubeconfig: Path, context: str = "admin", **kw) -> LiveSource:
    kw.setdefault("retry", FAST)
    return open_live_source(kubeconfig=str(kubeconfig), context=context, **kw)


def requests_since(server, mark: int) -> list:
    return server.requests[mark:]


# ---- answers equal the snapshot's -----------------------------------------------------------


@pytest.mark.parametrize(
    "sql",
    [
        "SELECT namespace, count(*) FROM pods GROUP BY 1 ORDER BY 1",
        "SELECT namespace, name, status, restarts, node FROM pods ORDER BY namespace, name",
        "SELECT name, ready FROM pods WHERE namespace = 'payments' ORDER BY name",
        "SELECT name FROM pods WHERE namespace IN ('payments', 'checkout') AND labels['app'] IS NOT NULL ORDER BY 1",
        "SELECT name, phase FROM pods WHERE phase = 'Pending' ORDER BY 1",
        "SELECT count(*) FROM pods",
        "SELECT name, roles, status FROM nodes ORDER BY 1",
        "SELECT d.namespace, d.name, count(p.name) FROM deployments d LEFT JOIN pods p "
        "ON p.namespace = d.namespace AND p.labels['app'] = d.name GROUP BY ALL ORDER BY 1, 2",
        "SELECT namespace, name, data_keys FROM secrets ORDER BY 1, 2",
        "SELECT kind, count(*) FROM (SELECT 'svc' AS kind FROM services UNION ALL SELECT 'cm' FROM configmaps) GROUP BY 1 ORDER BY 1",
    ],
)
def test_live_answers_equal_the_snapshot(kubeconfig, snapshot, catalog, sql):
    got = Engine(live(kubeconfig), catalog).query(sql)
    want = Engine(snapshot, catalog).query(sql)
    assert got.rows == want.rows
    assert got.warnings == []
    assert got.timings["fetch"] > 0 and "load" in got.timings


@pytest.mark.parametrize("page_size", [1, 7, 500])
@pytest.mark.parametrize("metadata_only", [False, True])
def test_pagination_returns_every_object_exactly_once(api, kubeconfig, snapshot, catalog, page_size, metadata_only):
    table = catalog["pods"]
    fetch = Fetch(namespace="payments" if page_size == 1 else None, metadata_only=metadata_only)
    want = {o["metadata"]["uid"] for o in snapshot.list(table, fetch).objects}
    mark = len(api.requests)
    objects = live(kubeconfig, page_size=page_size).list(table, fetch).objects
    uids = [o["metadata"]["uid"] for o in objects]
    assert len(uids) == len(set(uids)) == len(want)
    assert set(uids) == want
    pages = [r for r in requests_since(api, mark) if r.path.endswith("/pods")]
    assert len(pages) == -(-len(want) // page_size)  # ceil: one request per page, no more
    assert all(r.query.get("limit") == str(page_size) for r in pages)
    kinds = {(o["apiVersion"], o["kind"]) for o in objects}
    assert kinds == ({(META, "PartialObjectMetadata")} if metadata_only else {("v1", "Pod")})


def test_an_expired_continue_token_restarts_the_list(kube_api, kubeconfig_path, catalog):
    source = live(kubeconfig_path, page_size=50)
    real_get = source.client.get
    expired = []

    def get(path, params=None, **kw):
        if params and params.get("continue") and not expired:
            expired.append(params["continue"])
            kube_api.expire_continue_tokens()
        return real_get(path, params, **kw)

    source.client.get = get
    objects = source.list(catalog["pods"], Fetch()).objects
    uids = [o["metadata"]["uid"] for o in objects]
    assert expired and len(uids) == len(set(uids)) == 450
    assert [r.status for r in kube_api.requests if r.path == "/api/v1/pods"].count(410) >= 1


def test_a_list_that_keeps_expiring_fails_clearly(kube_api, kubeconfig_path, catalog):
    source = live(kubeconfig_path, page_size=50)
    real_get = source.client.get

    def get(path, params=None, **kw):
        if params and params.get("continue"):
            kube_api.expire_continue_tokens()
        return real_get(path, params, **kw)

    source.client.get = get
    with pytest.raises(GoneError, match="expired the list of pods") as e:
        source.list(catalog["pods"], Fetch())
    assert "--chunk-size" in str(e.value)


# ---- retries ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "fault",
    [
        {"status": 429, "times": 2},
        {"status": 500, "times": 2},
        {"status": 503, "times": 3},
        {"drop_connection": True, "times": 2},
        {"drop_connection": "mid", "times": 1},
        {"delay": 0.2, "times": 1},
    ],
    ids=lambda f: "-".join(f"{k}={v}" for k, v in f.items()),
)
def test_a_fetch_survives_faults(kube_api, kubeconfig_path, catalog, fault):
    kube_api.inject(path_contains="/pods", **fault)
    result = Engine(live(kubeconfig_path), catalog).query("SELECT count(*) FROM pods")
    assert result.rows == [(450,)]
    statuses = [r.status for r in kube_api.requests if r.path == "/api/v1/pods"]
    assert statuses[-1] == 200
    retried = 0 if "delay" in fault else fault["times"]
    assert len(statuses) == retried + 1  # each fault cost one more request, no more
    if "status" in fault:
        assert statuses.count(fault["status"]) == fault["times"]


def test_a_request_that_times_out_is_retried(kube_api, kubeconfig_path, catalog):
    kube_api.inject(delay=1.0, times=1, path_contains="/pods")
    start = time.monotonic()
    objects = live(kubeconfig_path, request_timeout=0.2).list(catalog["pods"], Fetch()).objects
    assert len(objects) == 450
    assert time.monotonic() - start < 0.9  # gave up on the slow answer instead of waiting for it


def test_retry_after_is_honoured(kube_api, kubeconfig_path, catalog):
    kube_api.inject(429, times=1, retry_after=1, path_contains="/pods")
    start = time.monotonic()
    objects = live(kubeconfig_path).list(catalog["pods"], Fetch()).objects
    assert len(objects) == 450
    assert time.monotonic() - start >= 0.95  # FAST's own backoff is 10-50 ms: the wait was Retry-After's


@pytest.mark.parametrize(
    ("status", "error", "message"),
    [
        (429, ThrottledError, "kept asking kubequery to slow down"),
        (500, ServerError, "failed to list pods at the cluster scope: 500"),
    ],
)
def test_retries_are_bounded(kube_api, kubeconfig_path, catalog, status, error, message):
    kube_api.inject(status, times=50, path_contains="/pods")
    with pytest.raises(error, match=message):
        live(kubeconfig_path).list(catalog["pods"], Fetch())
    assert len([r for r in kube_api.requests if r.path == "/api/v1/pods"]) == FAST.attempts


def test_the_fetches_of_one_query_run_concurrently(kube_api, kubeconfig_path, catalog):
    kube_api.inject(delay=0.5, times=1, path_contains="/pods")
    kube_api.inject(delay=0.5, times=1, path_contains="/nodes")
    kube_api.inject(delay=0.5, times=1, path_contains="/services")
    start = time.monotonic()
    result = Engine(live(kubeconfig_path), catalog).query(
        "SELECT (SELECT count(*) FROM pods), (SELECT count(*) FROM nodes), (SELECT count(*) FROM services)"
    )
    assert time.monotonic() - start < 1.2  # three 0.5 s fetches, side by side
    assert result.rows[0][0] == 450


# ---- what reaches the server ------------------------------------------------------------


@pytest.mark.parametrize(
    ("sql", "path", "query"),
    [
        ("SELECT name FROM pods WHERE namespace = 'payments'", "/api/v1/namespaces/payments/pods", {}),
        ("SELECT name FROM pods WHERE labels['app'] = 'payments-api'", "/api/v1/pods", {"labelSelector": "app=payments-api"}),
        ("SELECT name FROM pods WHERE phase = 'Running'", "/api/v1/pods", {"fieldSelector": "status.phase=Running"}),
        ("SELECT name FROM deployments WHERE namespace = 'checkout'", "/apis/apps/v1/namespaces/checkout/deployments", {}),
        ("SELECT name FROM nodes", "/api/v1/nodes", {}),
    ],
)
def test_pushdown_reaches_the_server(api, kubeconfig, snapshot, catalog, sql, path, query):
    mark = len(api.requests)
    got = Engine(live(kubeconfig), catalog).query(sql + " ORDER BY 1")
    assert got.rows == Engine(snapshot, catalog).query(sql + " ORDER BY 1").rows
    seen = [r for r in requests_since(api, mark) if r.method == "GET"]
    assert [r.path for r in seen] == [path]
    assert query.items() <= seen[0].query.items()


def test_metadata_only_lists_when_the_plan_says_so(api, kubeconfig, catalog):
    source = live(kubeconfig)
    engine = Engine(source, catalog)
    sizes = {}
    for sql in ("SELECT name, labels FROM pods", "SELECT name, node FROM pods"):
        mark = len(api.requests)
        result = engine.query(sql)
        (fetch,) = result.plan.tables[0].fetches
        sizes[fetch.metadata_only] = sum(r.bytes for r in requests_since(api, mark))
    assert set(sizes) == {True, False}
    assert sizes[True] * 2 < sizes[False]  # the metadata-only list is much smaller on the wire


def test_gzip_is_a_setting(api, kubeconfig, catalog):
    sizes = []
    for gzip in (False, True):
        mark = len(api.requests)
        objects = live(kubeconfig, gzip=gzip).list(catalog["pods"], Fetch()).objects
        assert len(objects) == 450
        sizes.append(sum(r.bytes for r in requests_since(api, mark)))
    assert sizes[1] * 3 < sizes[0]


# ---- errors -----------------------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_an_unreachable_cluster_is_one_clear_message(tmp_path, catalog):
    port = _free_port()
    config = tmp_path / "config"
    config.write_text(
        yaml.safe_dump(
            {
                "apiVersion": "v1",
                "kind": "Config",
                "clusters": [{"name": "gone", "cluster": {"server": f"http://127.0.0.1:{port}"}}],
                "users": [{"name": "u", "user": {"token": "t"}}],
                "contexts": [{"name": "gone", "context": {"cluster": "gone", "user": "u"}}],
                "current-context": "gone",
            }
        )
    )
    with pytest.raises(ClusterUnreachableError) as e:
        Engine(live(config, context=None), catalog).query("SELECT count(*) FROM pods")
    text = str(e.value)
    assert f"cannot reach the cluster at http://127.0.0.1:{port}: connection refused (context gone)" in text
    assert "check the kubeconfig, the context and the network" in text
    result = CliRunner().invoke(main, ["--kubeconfig", str(config), "--sql", "SELECT count(*) FROM pods"])
    assert result.exit_code == 3
    assert "cannot reach the cluster" in result.stderr and "Traceback" not in result.output


def test_rejected_credentials_are_one_clear_message(api, kubeconfig, tmp_path, catalog):
    config = yaml.safe_load(kubeconfig.read_text())
    for user in config["users"]:
        user["user"]["token"] = "expired-token"
    path = tmp_path / "config"
    path.write_text(yaml.safe_dump(config))
    with pytest.raises(UnauthorizedError, match=r"rejected the credentials of context admin \(401"):
        live(path).list(catalog["pods"], Fetch())


def test_a_resource_the_cluster_does_not_serve(kubeconfig, catalog):
    old = dataclasses.replace(catalog["deployments"], version="v1beta2")
    with pytest.raises(NotServedError, match=r"the cluster does not serve deployments\.apps/v1beta2"):
        live(kubeconfig).list(old, Fetch())


@pytest.mark.parametrize(
    ("status", "body", "error", "message"),
    [
        (401, b'{"kind":"Status","code":401,"message":"Unauthorized"}', UnauthorizedError, "rejected the credentials"),
        (
            403,
            b'{"kind":"Status","code":403,"message":"pods is forbidden: User \\"alice\\" cannot list resource \\"pods\\" '
            b'in API group \\"\\" in the namespace \\"payments\\"","details":{"kind":"pods"}}',
            ForbiddenError,
            'forbidden: User "alice" cannot list pods in namespace "payments"',
        ),
        (
            403,
            b'{"kind":"Status","code":403,"message":"users \\"alice\\" is forbidden: User \\"bob\\" cannot impersonate '
            b'resource \\"users\\" in API group \\"\\" at the cluster scope"}',
            ForbiddenError,
            'forbidden: User "bob" cannot impersonate users "alice" at the cluster scope',
        ),
        (404, b'{"kind":"Status","code":404}', NotServedError, "does not serve deployments.apps/v1"),
        (410, b'{"kind":"Status","code":410}', GoneError, "410 Gone"),
        (429, b"", ThrottledError, "429 Too Many Requests"),
        (502, b"<html>bad gateway</html>", ServerError, "502"),
        (418, b"{}", KubequeryError, "418"),
    ],
)
def test_statuses_map_to_errors_from_one_table(status, body, error, message):
    request = Request("https://k", "context c", "list", "deployments" if status == 404 else "pods",
                      "apps" if status == 404 else "", "v1", "payments" if status == 403 else None)
    e = api_error(status, body, request, {"Retry-After": "3"} if status == 429 else None)
    assert isinstance(e, error) and isinstance(e, SourceError)
    assert message in str(e)
    if status == 429:
        assert e.retry_after == 3.0


# ---- identity and RBAC ----------------------------------------------------------------------


SCOPE = "pods: listed only in namespaces checkout, payments (cluster-wide list is forbidden for alice)"


@pytest.mark.parametrize(
    ("context", "kw"),
    [("alice", {}), ("impersonator", {"as_user": "alice"}), ("impersonator", {"as_user": "alice", "as_groups": ("dev",)})],
    ids=["alice", "as-alice", "as-alice-dev"],
)
def test_a_restricted_identity_gets_only_its_namespaces(api, kubeconfig, snapshot, catalog, context, kw):
    sql = "SELECT namespace, count(*) FROM pods GROUP BY 1 ORDER BY 1"
    mark = len(api.requests)
    result = Engine(live(kubeconfig, context, **kw), catalog).query(sql)
    want = [row for row in Engine(snapshot, catalog).query(sql).rows if row[0] in ("checkout", "payments")]
    assert result.rows == want and len(want) == 2
    assert result.warnings == [SCOPE]
    assert {r.user for r in requests_since(api, mark)} == {"alice"}  # never a wider identity


def test_the_scope_is_cached_briefly(api, kubeconfig, catalog):
    engine = Engine(live(kubeconfig, "alice"), catalog)
    engine.query("SELECT count(*) FROM pods")
    mark = len(api.requests)
    again = engine.query("SELECT count(*) FROM pods")
    assert again.warnings == [SCOPE]
    assert sorted(r.path for r in requests_since(api, mark)) == [
        "/api/v1/namespaces/checkout/pods",
        "/api/v1/namespaces/payments/pods",
    ]


def test_without_namespace_listing_the_context_namespace_is_tried(tmp_path, snapshot, catalog):
    from kubequery.testserver import TEST_TOKENS, KubeAPIServer, demo_objects, rbac_for_test_users

    objects = [o for o in demo_objects() if o["metadata"].get("name") != "namespace-viewers"]
    with KubeAPIServer(objects, tokens=TEST_TOKENS, rbac=rbac_for_test_users()) as server:
        config = server.kubeconfig(tmp_path / "config", users=["alice"], namespace="payments")
        result = Engine(live(config, "alice"), catalog).query("SELECT namespace, count(*) FROM pods GROUP BY 1")
    assert result.rows == [("payments", 87)]
    assert result.warnings == [
        "pods: listed only in namespace payments (cluster-wide list is forbidden for alice; "
        "other namespaces unchecked: alice may not list namespaces)"
    ]


def test_a_forbidden_namespace_among_allowed_ones_is_a_warning(kubeconfig, catalog):
    result = Engine(live(kubeconfig, "alice"), catalog).query(
        "SELECT namespace, count(*) FROM pods WHERE namespace IN ('payments', 'kube-system') GROUP BY 1"
    )
    assert result.rows == [("payments", 87)]
    assert result.warnings == ['pods: not listed in namespace "kube-system" (forbidden for alice)']


@pytest.mark.parametrize(
    ("context", "kw", "sql", "message"),
    [
        ("nobody", {}, "SELECT namespace, count(*) FROM pods GROUP BY 1", 'forbidden: User "nobody" cannot list pods in any namespace'),
        ("alice", {}, "SELECT name FROM pods WHERE namespace = 'kube-system'", 'forbidden: User "alice" cannot list pods in namespace "kube-system"'),
        ("alice", {}, "SELECT name FROM secrets", 'forbidden: User "alice" cannot list secrets in any namespace'),
        ("alice", {}, "SELECT name FROM nodes", 'forbidden: User "alice" cannot list nodes at the cluster scope'),
        ("alice", {}, "SELECT name FROM deployments", 'forbidden: User "alice" cannot list deployments.apps in any namespace'),
        ("impersonator", {"as_user": "nobody"}, "SELECT count(*) FROM pods", 'forbidden: User "nobody" cannot list pods in any namespace'),
        ("alice", {"as_user": "admin"}, "SELECT count(*) FROM pods", 'forbidden: User "alice" cannot impersonate users "admin"'),
        ("nobody", {"as_user": "alice"}, "SELECT count(*) FROM pods", 'forbidden: User "nobody" cannot impersonate users "alice"'),
    ],
)
def test_forbidden_is_one_clear_message(kubeconfig, catalog, context, kw, sql, message):
    with pytest.raises(ForbiddenError) as e:
        Engine(live(kubeconfig, context, **kw), catalog).query(sql)
    assert str(e.value).startswith(message)
    assert "hint:" in str(e.value)
    if "impersonate" in message:
        assert "impersonate verb" in str(e.value)


def test_nobody_gets_the_message_and_nothing_else(kubeconfig):
    result = CliRunner().invoke(
        main, ["--kubeconfig", str(kubeconfig), "--context", "nobody", "--sql", "SELECT name FROM pods"]
    )
    assert result.exit_code == 3
    assert result.stdout == ""
    assert result.stderr.startswith('error: forbidden: User "nobody" cannot list pods in any namespace')
    assert "Traceback" not in result.output


def test_access_reviews_are_the_only_posts(api, kubeconfig, catalog):
    mark = len(api.requests)
    Engine(live(kubeconfig, "alice"), catalog).query("SELECT count(*) FROM pods")
    posts = {r.path for r in requests_since(api, mark) if r.method != "GET"}
    assert posts <= {
        "/apis/authorization.k8s.io/v1/selfsubjectrulesreviews",
        "/apis/authorization.k8s.io/v1/selfsubjectaccessreviews",
    }


# ---- secrets ---------------------------------------------------------------------------------


def test_secrets_never_yield_a_value_through_the_live_path(kube_api, kubeconfig_path, catalog):
    from kubequery.testserver import demo_objects

    values = secret_values(demo_objects())
    values += add_applied_secret(kube_api)
    engine = Engine(live(kubeconfig_path), catalog)
    for sql in (
        "SELECT raw, annotations, data_keys FROM secrets",  # a full list
        "SELECT name, annotations, labels FROM secrets",  # a metadata-only list
    ):
        result = engine.query(sql)
        text = repr(result.rows)
        assert len(result.rows) == 26
        assert "last-applied-configuration" not in text
        assert not [v for v in values if v and v in text]
    row = engine.query("SELECT raw, annotations FROM secrets WHERE name = 'applied'").rows[0]
    assert f'"password":"{REDACTED}"' in row[0] and row[1] == {"team": "pay"}


# ---- now, config, CLI ----------------------------------------------------------------------


def test_now_is_the_moment_of_the_query(kubeconfig, catalog):
    source = live(kubeconfig)
    engine = Engine(source, catalog)
    first = source.now
    time.sleep(0.01)
    result = engine.query("SELECT now() AS t, count(*) FROM pods")
    assert result.rows[0][0] == source.now > first
    assert abs(time.time() - source.now.timestamp()) < 5


def _write(path: Path, contexts: dict[str, dict], current: str | None = None, servers=None) -> Path:
    servers = servers or {}
    data = {
        "apiVersion": "v1",
        "kind": "Config",
        "clusters": [
            {"name": c["cluster"], "cluster": {"server": servers.get(c["cluster"], f"https://{c['cluster']}:6443")}}
            for c in contexts.values()
        ],
        "users": [{"name": "u", "user": {"token": "t"}}],
        "contexts": [{"name": n, "context": {**c, "user": "u"}} for n, c in contexts.items()],
    }
    if current:
        data["current-context"] = current
    path.write_text(yaml.safe_dump(data))
    return path


def test_cluster_selection_follows_kubectl(tmp_path):
    a = _write(tmp_path / "a", {"one": {"cluster": "c1", "namespace": "payments"}, "both": {"cluster": "c1"}}, "one")
    b = _write(tmp_path / "b", {"two": {"cluster": "c2"}, "both": {"cluster": "c2"}}, "two")
    env = {"KUBECONFIG": f"{a}:{tmp_path / 'missing'}:{b}"}
    target = select_target(environ=env)
    assert (target.context, target.server, target.namespace) == ("one", "https://c1:6443", "payments")
    assert select_target(context="both", environ=env).server == "https://c1:6443"  # the first file wins
    assert select_target(context="two", environ=env).namespace == "default"
    assert select_target(str(b), environ=env).context == "two"  # --kubeconfig beats KUBECONFIG
    with pytest.raises(SourceError, match="context 'three' is not in") as e:
        select_target(context="three", environ=env)
    assert "one, both, two" in str(e.value)
    with pytest.raises(SourceError, match="does not exist"):
        select_target(str(tmp_path / "nope"), environ=env)


def test_in_cluster_config_when_there_is_no_kubeconfig(tmp_path):
    env = {"KUBECONFIG": str(tmp_path / "none"), "KUBERNETES_SERVICE_HOST": "10.0.0.1", "KUBERNETES_SERVICE_PORT": "443",
           "POD_NAMESPACE": "kubequery"}
    target = select_target(environ=env)
    assert target.in_cluster and target.server == "https://10.0.0.1:443" and target.namespace == "kubequery"
    with pytest.raises(KubequeryError, match="no cluster to ask"):
        select_target(environ={"KUBECONFIG": str(tmp_path / "none")})


def test_the_source_exposes_the_context_namespace(api, tmp_path):
    config = api.kubeconfig(tmp_path / "config", users=["admin"], namespace="checkout")
    source = open_live_source(kubeconfig=str(config))
    assert source.default_namespace == "checkout"
    assert source.description == f"cluster {api.url} (context admin)"
    assert "as alice" in open_live_source(kubeconfig=str(config), as_user="alice").description


@pytest.mark.parametrize(
    ("args", "env", "rows", "warning"),
    [
        (["--kubeconfig", "KC", "--context", "admin"], {}, 12, None),
        (["--context", "alice"], {"KUBECONFIG": "KC"}, 2, SCOPE),
        (["--kubeconfig", "KC", "--context", "impersonator", "--as", "alice"], {}, 2, SCOPE),
        (["--kubeconfig", "KC", "--context", "impersonator", "--as", "alice", "--as-group", "dev", "--as-group", "ops"], {}, 2, SCOPE),
        (["--kubeconfig", "KC", "--request-timeout", "5s", "--chunk-size", "7"], {}, 12, None),
    ],
)
def test_cli_flags(kubeconfig, args, env, rows, warning):
    args = [str(kubeconfig) if a == "KC" else a for a in args]
    env = {k: str(kubeconfig) if v == "KC" else v for k, v in env.items()}
    env.setdefault("KUBECONFIG", "/nonexistent")
    result = CliRunner().invoke(
        main, [*args, "-o", "csv", "--sql", "SELECT namespace, count(*) AS n FROM pods GROUP BY 1"], env=env
    )
    assert result.exit_code == 0, result.output
    assert len(result.stdout.strip().splitlines()) == rows + 1
    assert (f"warning: {warning}" in result.stderr) if warning else ("warning" not in result.stderr)
    assert "cluster http://127.0.0.1:" in result.stderr


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["--as-group", "dev"], 3, "--as-group needs --as"),
        (["--context", "nope"], 3, "context 'nope' is not in"),
        (["--demo", "--context", "admin"], 1, "--context apply to live clusters"),
        (["--request-timeout", "soon"], 2, "is not a duration"),
    ],
)
def test_cli_flag_errors(kubeconfig, args, code, message):
    result = CliRunner().invoke(
        main, ["--kubeconfig", str(kubeconfig), *args, "--sql", "SELECT count(*) FROM pods"]
    ) if "--demo" not in args else CliRunner().invoke(main, [*args, "--sql", "SELECT count(*) FROM pods"])
    assert result.exit_code == code, result.output
    assert message in result.output
    assert "Traceback" not in result.output


def test_the_kubernetes_package_is_imported_in_one_module_only():
    package = Path(__file__).resolve().parent.parent / "kubequery"
    importers = sorted(
        str(p.relative_to(package))
        for p in package.rglob("*.py")
        if re.search(r"^\s*(from|import) kubernetes\b", p.read_text(), re.M)
    )
    assert importers == ["kube/client.py"]


def test_list_many_stops_the_other_fetches_when_one_fails(kube_api, kubeconfig_path, catalog):
    kube_api.inject(500, times=50, path_contains="/nodes")
    source = live(kubeconfig_path, page_size=1)  # 450 pages of pods, one request each
    with pytest.raises(ServerError, match="failed to list nodes"):
        source.list_many([(catalog["pods"], Fetch()), (catalog["nodes"], Fetch())])
    pages = [r for r in kube_api.requests if r.path == "/api/v1/pods"]
    assert 0 < len(pages) < 450  # the pods list stopped at its next page


def test_tls_and_the_kubeconfig_ca_through_the_kubernetes_transport(tmp_path, catalog):
    from kubequery.testserver import TEST_TOKENS, KubeAPIServer, demo_objects, rbac_for_test_users

    with KubeAPIServer(demo_objects(), tokens=TEST_TOKENS, rbac=rbac_for_test_users(), tls=True) as server:
        config = server.kubeconfig(tmp_path / "config", users=["admin"])
        assert server.url.startswith("https://")
        result = Engine(live(config), catalog).query("SELECT count(*) FROM pods")
        assert result.rows == [(450,)]
        data = yaml.safe_load(config.read_text())
        data["clusters"][0]["cluster"].pop("certificate-authority-data")  # no CA: the certificate is not trusted
        (tmp_path / "untrusted").write_text(yaml.safe_dump(data))
        with pytest.raises(ClusterUnreachableError, match="TLS") as e:
            live(tmp_path / "untrusted").list(catalog["pods"], Fetch())
        assert server.url in str(e.value)


def test_exec_plugin_credentials_come_from_the_kubernetes_package(api, kubeconfig, tmp_path, catalog):
    import sys

    plugin = tmp_path / "plugin.py"
    plugin.write_text(
        'import json\nprint(json.dumps({"apiVersion": "client.authentication.k8s.io/v1", '
        '"kind": "ExecCredential", "status": {"token": "alice-token"}}))\n'
    )
    data = yaml.safe_load(kubeconfig.read_text())
    data["users"] = [
        {
            "name": "exec",
            "user": {
                "exec": {
                    "apiVersion": "client.authentication.k8s.io/v1",
                    "command": sys.executable,
                    "args": [str(plugin)],
                    "interactiveMode": "Never",
                }
            },
        }
    ]
    data["contexts"] = [{"name": "exec", "context": {"cluster": data["clusters"][0]["name"], "user": "exec"}}]
    data["current-context"] = "exec"
    (tmp_path / "config").write_text(yaml.safe_dump(data))
    result = Engine(live(tmp_path / "config", context=None), catalog).query("SELECT count(*) FROM pods")
    assert result.rows == [(172,)] and result.warnings == [SCOPE]  # alice's pods, as alice


def test_the_client_serves_discovery_and_watch_streams(api, kubeconfig):
    client = live(kubeconfig, "alice").client
    assert "v1" in client.get_json("/api")["versions"]
    request = client.describe("watch", resource="pods", version="v1", namespace="payments")
    stream = client.open_stream(
        "/api/v1/namespaces/payments/pods", {"watch": "true", "timeoutSeconds": 1}, request=request, read_timeout=5
    )
    try:
        assert stream.status == 200 and b'"ADDED"' in stream.read()
    finally:
        stream.release_conn()
    with pytest.raises(ForbiddenError, match='cannot watch pods in namespace "kube-system"'):
        client.open_stream(
            "/api/v1/namespaces/kube-system/pods", {"watch": "true"},
            request=dataclasses.replace(request, namespace="kube-system"), read_timeout=5,
        )
