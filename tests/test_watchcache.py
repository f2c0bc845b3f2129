"""The watch cache over HTTP against the Kubernetes API test server (kubequery/testserver).

The cache must answer as the live source does for the same identity, follow the
server's changes (through dropped streams and 410 relists), never widen what an
asker sees, keep secrets redacted, read one consistent copy per query, and start
nothing before a query needs it. Waits poll with a deadline; nothing sleeps blind.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest

from kubequery.compiler.plan import Fetch
from kubequery.engine import Engine
from kubequery.errors import SourceError
from kubequery.kube.client import Identity, RetryPolicy
from kubequery.kube.config import select_target
from kubequery.kube.errors import ForbiddenError
from kubequery.kube.watching import Backoff
from kubequery.redact import REDACTED
from kubequery.sources.live import open_live_source
from kubequery.sources.watchcache import WatchCache, WatchCacheSource
from tests.helpers import add_applied_secret, secret_values

FAST = RetryPolicy(attempts=4, connect_attempts=2, base_delay=0.01, max_delay=0.05, deadline=10)
ADMIN = Identity("admin", ("system:masters",))
ALICE = Identity("alice", ("dev",))
NOBODY = Identity("nobody")
SCOPE = "pods: listed only in namespaces checkout, payments (cluster-wide list is forbidden for alice)"


def make_cache(kubeconfig: Path, context: str = "service", **kw) -> WatchCache:
    """A cache with short timeouts, listing and watching as the service account."""
    kw.setdefault("retry", FAST)
    kw.setdefault("watch_timeout", 5)
    kw.setdefault("backoff", Backoff(0.01, 0.2))
    kw.setdefault("ready_timeout", 10.0)
    return WatchCache(select_target(str(kubeconfig), context), **kw)


def eventually(
    check: Callable[[], object], timeout: float = 10.0, what: str = "the cache to converge"
) -> object:
    """Poll `check` until it returns something truthy; fail after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        value = check()
        if value:
            return value
        if time.monotonic() > deadline:
            pytest.fail(f"timed out waiting for {what}")
        time.sleep(0.02)


def pod(name: str, namespace: str, phase: str = "Running", node: str = "node-1", **labels: str) -> dict:
    return {
        "apiVersion": "v1",
        "kind": "Pod",
        "metadata": {
            "name": name,
            "namespace": namespace,
            "uid": str(uuid.uuid4()),
            "labels": {"app": name, **labels},
            "creationTimestamp": "2024-01-01T00:00:00Z",
        },
        "spec": {"nodeName": node, "containers": [{"name": "main", "image": "busybox"}]},
        "status": {"phase": phase},
    }


def node(name: str) -> dict:
    return {
        "apiVersion": "v1",
        "kind": "Node",
        "metadata": {"name": name, "uid": str(uuid.uuid4()), "creationTimestamp": "2024-01-01T00:00:00Z"},
        "status": {"conditions": [{"type": "Ready", "status": "True"}]},
    }


def names(engine: Engine, sql: str = "SELECT namespace || '/' || name FROM pods") -> set[str]:
    return {row[0] for row in engine.query(sql).rows}


@pytest.fixture
def cache(kube_api, kubeconfig_path):
    cache = make_cache(kubeconfig_path)
    try:
        yield cache
    finally:
        cache.close()


# ---- the same answers as the live source --------------------------------------------------------


@pytest.fixture(scope="module")
def api():
    """One server for the read-only comparisons (tests changing objects use kube_api)."""
    from kubequery.testserver import KubeAPIServer

    server = KubeAPIServer.demo(bookmark_interval=0.2)
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="module")
def kubeconfig(api, tmp_path_factory) -> Path:
    from kubequery.testserver import TEST_CONTEXTS

    return api.kubeconfig(tmp_path_factory.mktemp("watchcache") / "config", users=TEST_CONTEXTS)


@pytest.fixture(scope="module")
def shared_cache(api, kubeconfig):
    cache = make_cache(kubeconfig)
    try:
        yield cache
    finally:
        cache.close()


SAME_AS_LIVE = [
    "SELECT namespace, count(*) FROM pods GROUP BY 1 ORDER BY 1",
    "SELECT status, count(*) FROM pods GROUP BY 1 ORDER BY 1",
    "SELECT namespace, name, status, restarts, node FROM pods ORDER BY namespace, name",
    "SELECT name, ready FROM pods WHERE namespace = 'payments' ORDER BY name",
    "SELECT name FROM pods WHERE namespace IN ('payments', 'checkout') AND labels['app'] IS NOT NULL ORDER BY 1",
    "SELECT name, phase FROM pods WHERE phase = 'Pending' ORDER BY 1",
    "SELECT namespace, name, labels FROM pods ORDER BY 1, 2",  # metadata only
    "SELECT p.name, n.name FROM pods p JOIN nodes n ON p.node = n.name WHERE p.restarts > 3 ORDER BY 1",
    "SELECT d.namespace, d.name, count(p.name) FROM deployments d LEFT JOIN pods p "
    "ON p.namespace = d.namespace AND p.labels['app'] = d.name GROUP BY ALL ORDER BY 1, 2",
    "SELECT namespace, name, data_keys FROM secrets ORDER BY 1, 2",
    "SELECT name, roles, status FROM nodes ORDER BY 1",
    "SELECT name FROM pods WHERE labels['app'] = 'checkout-api' ORDER BY 1",  # labelSelector, metadata only
    "SELECT name FROM pods WHERE node = 'worker-1' ORDER BY 1",  # fieldSelector
    "SELECT c.name, count(*) FROM containers c JOIN pods p ON p.name = c.pod GROUP BY 1 ORDER BY 1",  # one store
]


@pytest.mark.parametrize("sql", SAME_AS_LIVE)
def test_the_cache_answers_as_the_live_source(shared_cache, kubeconfig, catalog, sql):
    live = Engine(open_live_source(kubeconfig=str(kubeconfig), context="admin", retry=FAST), catalog)
    cached = Engine(shared_cache.source(ADMIN), catalog)
    want = live.query(sql)
    got = cached.query(sql)
    assert got.rows == want.rows
    assert got.warnings == want.warnings == []
    assert got.rows  # a real comparison, not two empty answers
    assert Engine(shared_cache.source(), catalog).query(sql).rows == want.rows  # the cache's own identity


@pytest.mark.parametrize(
    "sql",
    [
        "SELECT namespace, count(*) FROM pods GROUP BY 1 ORDER BY 1",
        "SELECT name FROM pods WHERE namespace = 'payments' ORDER BY 1",
        "SELECT namespace, name, labels FROM pods ORDER BY 1, 2",
    ],
)
def test_a_restricted_identity_gets_what_live_gives_it(shared_cache, kubeconfig, catalog, sql):
    live = Engine(open_live_source(kubeconfig=str(kubeconfig), context="alice", retry=FAST), catalog)
    got = Engine(shared_cache.source(ALICE), catalog).query(sql)
    want = live.query(sql)
    assert got.rows == want.rows and got.rows
    assert got.warnings == want.warnings


@pytest.mark.parametrize(
    ("identity", "sql", "message"),
    [
        (
            NOBODY,
            "SELECT namespace, count(*) FROM pods GROUP BY 1",
            'forbidden: User "nobody" cannot list pods in any namespace',
        ),
        (
            ALICE,
            "SELECT name FROM pods WHERE namespace = 'kube-system'",
            'forbidden: User "alice" cannot list pods in namespace "kube-system"',
        ),
        (ALICE, "SELECT name FROM secrets", 'forbidden: User "alice" cannot list secrets in any namespace'),
        (ALICE, "SELECT name FROM nodes", 'forbidden: User "alice" cannot list nodes at the cluster scope'),
        (
            ALICE,
            "SELECT name FROM deployments",
            'forbidden: User "alice" cannot list deployments.apps in any namespace',
        ),
    ],
)
def test_a_forbidden_table_is_the_live_sources_403(shared_cache, kubeconfig, catalog, identity, sql, message):
    with pytest.raises(ForbiddenError) as cached:
        Engine(shared_cache.source(identity), catalog).query(sql)
    assert cached.value.message == message
    context = identity.user
    with pytest.raises(ForbiddenError) as live:
        Engine(open_live_source(kubeconfig=str(kubeconfig), context=context, retry=FAST), catalog).query(sql)
    assert live.value.message == cached.value.message
    assert cached.value.hint == live.value.hint


def test_a_forbidden_namespace_among_allowed_ones_is_a_warning(shared_cache, catalog):
    result = Engine(shared_cache.source(ALICE), catalog).query(
        "SELECT count(*) FROM pods WHERE namespace IN ('payments', 'kube-system')"
    )
    assert result.rows == [(87,)]
    assert result.warnings == ['pods: not listed in namespace "kube-system" (forbidden for alice)']


def test_access_decisions_are_cached_briefly(kube_api, kubeconfig_path, catalog):
    cache = make_cache(kubeconfig_path, access_ttl=10)
    clock = [1000.0]
    cache.access.clock = lambda: clock[0]  # time moves only when the test says so
    try:
        engine = Engine(cache.source(ALICE), catalog)
        engine.query("SELECT count(*) FROM pods")
        reviews = cache.access.reviews
        assert reviews > 1  # cluster-wide, then namespace by namespace
        clock[0] += 9
        engine.query("SELECT count(*) FROM pods")
        assert cache.access.reviews == reviews  # reused
        clock[0] += 2
        engine.query("SELECT count(*) FROM pods")
        assert cache.access.reviews == 2 * reviews  # expired: asked again
        reviews_seen = [r for r in kube_api.requests if r.path.endswith("/subjectaccessreviews")]
        assert {r.user for r in reviews_seen} == {"system:serviceaccount:kubequery:kubequery"}
    finally:
        cache.close()


def test_custom_resources_are_cached_too(kube_api, cache, kubeconfig_path):
    certificate = {
        "apiVersion": "cert-manager.io/v1",
        "kind": "Certificate",
        "metadata": {"name": "shop-tls", "namespace": "frontend", "uid": "cert-1"},
        "spec": {"secretName": "shop-tls", "dnsNames": ["shop.example.com"], "issuerRef": {"name": "le"}},
    }
    kube_api.add(certificate)
    sql = "SELECT name, namespace, spec->>'$.secretName' AS secret FROM certificates"
    engine = Engine(cache.source(ADMIN))  # the source's own catalog: discovery, CRDs included
    assert engine.query(sql).rows == [("shop-tls", "frontend", "shop-tls")]
    live = Engine(open_live_source(kubeconfig=str(kubeconfig_path), context="admin", retry=FAST))
    assert live.query(sql).rows == engine.query(sql).rows
    kube_api.add({**certificate, "metadata": {**certificate["metadata"], "name": "api-tls", "uid": "cert-2"}})
    eventually(lambda: len(engine.query(sql).rows) == 2)
    with pytest.raises(ForbiddenError, match="cannot list certificates.cert-manager.io in any namespace"):
        Engine(cache.source(ALICE)).query(sql)


# ---- lazy start, convergence, reconnects, relists --------------------------------------------------


def test_nothing_starts_before_the_first_query(kube_api, kubeconfig_path, catalog):
    cache = make_cache(kubeconfig_path)
    try:
        source = cache.source(ADMIN)
        engine = Engine(source, catalog)
        engine.explain("SELECT count(*) FROM pods")  # discovery only
        assert not [r for r in kube_api.requests if "/pods" in r.path] and kube_api.open_watches == 0
        assert engine.query("SELECT count(*) FROM pods").rows == [(450,)]
        eventually(lambda: kube_api.open_watches == 1, what="the pods watch")
        watches = [r for r in kube_api.requests if r.query.get("watch") == "true"]
        assert [r.path for r in watches] == ["/api/v1/pods"]
        assert watches[0].query["allowWatchBookmarks"] == "true" and watches[0].query["resourceVersion"]
        assert not [r for r in kube_api.requests if "/nodes" in r.path]  # only what the query read
        mark = len(kube_api.requests)
        engine.query("SELECT count(*) FROM pods")  # warm: no list, no new watch
        assert kube_api.requests[mark:] == []  # access decisions cached too
        threads = [w._thread for w in cache._watches.values()]
    finally:
        cache.close()
    eventually(lambda: kube_api.open_watches == 0, what="close() to end the watch")
    assert threads and not [t for t in threads if t.is_alive()]


def test_the_cache_converges_after_adds_updates_and_deletes(kube_api, cache, catalog):
    engine = Engine(cache.source(ADMIN), catalog)
    before = names(engine)
    assert len(before) == 450
    kube_api.add(pod("new-one", "payments"))
    kube_api.add(pod("new-two", "brand-new-namespace"))
    eventually(lambda: names(engine) == before | {"payments/new-one", "brand-new-namespace/new-two"})
    kube_api.update(pod("new-one", "payments", phase="Failed"))
    eventually(lambda: engine.query("SELECT phase FROM pods WHERE name = 'new-one'").rows == [("Failed",)])
    victim = sorted(before)[0]
    ns, name = victim.split("/")
    kube_api.delete(("Pod", ns, name))
    kube_api.delete(("Pod", "payments", "new-one"))
    eventually(lambda: names(engine) == (before - {victim}) | {"brand-new-namespace/new-two"})
    assert len(cache.cut()[("", "v1", "pods")]) == 450  # only what the cluster holds: no history kept


def test_a_dropped_watch_reconnects_and_resumes(kube_api, cache, catalog):
    engine = Engine(cache.source(ADMIN), catalog)
    assert engine.query("SELECT count(*) FROM pods").rows == [(450,)]
    watch = eventually(lambda: cache._watches.get(("", "v1", "pods")))
    eventually(lambda: kube_api.open_watches == 1)
    kube_api.inject(drop_connection=True, times=2, path_contains="/api/v1/pods")  # the next reconnects fail
    kube_api.close_watches()
    kube_api.add(pod("after-drop", "checkout"))
    eventually(lambda: "checkout/after-drop" in names(engine))
    assert watch.stats["lists"] == 1 and watch.stats["relists"] == 0  # resumed, not relisted
    assert watch.stats["watches"] >= 2 and watch.stats["errors"] >= 1
    resumed = [r for r in kube_api.requests if r.query.get("watch") == "true" and r.status == 200]
    assert len(resumed) >= 2 and all(r.query.get("resourceVersion") for r in resumed)


def test_an_expired_watch_relists_and_converges(kube_api, cache, catalog):
    engine = Engine(cache.source(ADMIN), catalog)
    before = names(engine)
    watch = cache._watches[("", "v1", "pods")]
    eventually(lambda: kube_api.open_watches == 1)
    kube_api.close_watches(expire=True)  # a 410 ERROR event on the open stream
    kube_api.compact()
    eventually(lambda: watch.stats["relists"] >= 1 and watch.stats["lists"] >= 2)
    kube_api.add(pod("after-410", "payments"))
    eventually(lambda: names(engine) == before | {"payments/after-410"})


def test_changes_missed_while_disconnected_come_back_through_a_relist(kube_api, cache, catalog):
    engine = Engine(cache.source(ADMIN), catalog)
    before = names(engine)
    watch = cache._watches[("", "v1", "pods")]
    eventually(lambda: kube_api.open_watches == 1)
    # Hold the reconnect while objects change and the history is compacted: it comes back with a 410.
    kube_api.inject(delay=0.5, times=1, path_contains="/api/v1/pods")
    kube_api.close_watches()
    victim = sorted(before)[-1]
    kube_api.delete(("Pod", *victim.split("/")))
    kube_api.add(pod("missed", "checkout"))
    kube_api.compact()
    eventually(lambda: names(engine) == (before - {victim}) | {"checkout/missed"})
    assert watch.stats["relists"] >= 1


def test_answers_say_so_when_the_watch_keeps_failing(kube_api, kubeconfig_path, catalog):
    cache = make_cache(kubeconfig_path, stale_after=0.2)
    try:
        engine = Engine(cache.source(ADMIN), catalog)
        assert engine.query("SELECT count(*) FROM pods").warnings == []
        kube_api.inject(500, times=10_000, path_contains="/api/v1/pods")
        kube_api.close_watches()
        warnings = eventually(lambda: engine.query("SELECT count(*) FROM pods").warnings, what="a warning")
        assert "watch has been failing" in warnings[0] and "out of date" in warnings[0]
        kube_api.clear_faults()
        eventually(lambda: engine.query("SELECT count(*) FROM pods").warnings == [], what="recovery")
    finally:
        cache.close()


# ---- never wider than the asker may see ----------------------------------------------------------


def test_a_restricted_identity_never_sees_other_namespaces(kube_api, cache, catalog):
    alice = Engine(cache.source(ALICE), catalog)
    admin = Engine(cache.source(ADMIN), catalog)
    result = alice.query("SELECT namespace, count(*) FROM pods GROUP BY 1 ORDER BY 1")
    assert result.rows == [("checkout", 85), ("payments", 87)]
    assert result.warnings == [SCOPE]
    for i in range(3):
        kube_api.add(pod(f"outside-{i}", "kube-system"))
        kube_api.add(pod(f"elsewhere-{i}", f"team-{i}"))
        kube_api.add(pod(f"inside-{i}", "payments"))
        eventually(lambda i=i: f"team-{i}/elsewhere-{i}" in names(admin))  # the cache holds them
        seen = names(alice)
        assert {n.split("/")[0] for n in seen} == {"checkout", "payments"}
        assert f"payments/inside-{i}" in seen
    listing = cache.source(ALICE).list(catalog["pods"], Fetch(namespace="payments"))
    assert {o["metadata"]["namespace"] for o in listing.objects} == {"payments"}
    with pytest.raises(ForbiddenError):
        cache.source(ALICE).list(catalog["pods"], Fetch(namespace="team-0"))


def test_nobody_gets_the_clear_403_and_nothing_else(cache, catalog):
    source = cache.source(NOBODY)
    with pytest.raises(ForbiddenError) as e:
        Engine(source, catalog).query("SELECT name FROM pods")
    assert e.value.message == 'forbidden: User "nobody" cannot list pods in any namespace'
    with pytest.raises(ForbiddenError):
        source.list_many([(catalog["pods"], Fetch())])
    assert not cache._watches.get(("", "v1", "pods"))  # a forbidden table costs no list


def test_secrets_have_no_values_in_the_cache_or_its_answers(kube_api, cache, catalog):
    from kubequery.testserver import demo_objects

    values = secret_values(demo_objects())
    engine = Engine(cache.source(ADMIN), catalog)
    assert len(engine.query("SELECT name FROM secrets").rows) == 25
    values += add_applied_secret(kube_api)
    eventually(lambda: len(engine.query("SELECT name FROM secrets").rows) == 26)
    for sql in (
        "SELECT raw, annotations, data_keys FROM secrets",
        "SELECT name, annotations, labels FROM secrets",
    ):
        text = repr(engine.query(sql).rows)
        assert "last-applied-configuration" not in text
        assert not [v for v in values if v and v in text]
    stored = repr(list(cache.cut()[("", "v1", "secrets")].objects()))  # the cache itself holds none either
    assert not [v for v in values if v and v in stored] and REDACTED in stored


# ---- one consistent copy per query -------------------------------------------------------------------


class OneFetchAtATime:
    """The source without list_many: the engine reads table after table, as a simple source would."""

    def __init__(self, source: WatchCacheSource, between: Callable[[], None]) -> None:
        self.source = source
        self.between = between
        self.description = source.description
        self.calls = 0

    @property
    def now(self):
        return self.source.now

    def start_query(self) -> None:
        self.source.start_query()

    def list(self, table, fetch):
        if self.calls == 1:
            self.between()  # after the first table was read, before the second
        self.calls += 1
        return self.source.list(table, fetch)


JOIN_COUNTS = "SELECT (SELECT count(*) FROM pods) AS pods, (SELECT count(*) FROM nodes) AS nodes"


def change_and_wait(kube_api, cache, i: int) -> Callable[[], None]:
    """Add a node and a pod on it, and wait until the cache holds both: the state moved on."""

    def between() -> None:
        kube_api.add(node(f"late-node-{i}"))
        kube_api.add(pod(f"late-pod-{i}", "payments", node=f"late-node-{i}"))

        def holds_both() -> bool:
            cut = cache.cut()
            pods = {o["metadata"]["name"] for o in cut[("", "v1", "pods")].objects(["payments"])}
            nodes = {o["metadata"]["name"] for o in cut[("", "v1", "nodes")].objects()}
            return f"late-pod-{i}" in pods and f"late-node-{i}" in nodes

        eventually(holds_both)

    return between


def test_a_join_reads_one_copy_even_when_tables_are_read_one_by_one(kube_api, cache, catalog):
    source = cache.source(ADMIN)
    before = Engine(source, catalog).query(JOIN_COUNTS).rows  # both tables cached now
    wrapped = OneFetchAtATime(source, change_and_wait(kube_api, cache, 1))
    during = Engine(wrapped, catalog).query(JOIN_COUNTS)
    assert wrapped.calls == 2
    assert during.rows == before  # the state at the query's start, for both tables
    after = Engine(source, catalog).query(JOIN_COUNTS).rows
    assert after == [(before[0][0] + 1, before[0][1] + 1)]


def test_a_join_reads_one_copy_when_all_fetches_come_at_once(kube_api, cache, catalog, monkeypatch):
    source = cache.source(ADMIN)
    before = Engine(source, catalog).query(JOIN_COUNTS).rows
    between = change_and_wait(kube_api, cache, 2)
    real = WatchCacheSource._listing
    served = []

    def listing(self, table, *args):
        if served:
            between()  # the second table is read after the state moved on
        served.append(table.name)
        return real(self, table, *args)

    monkeypatch.setattr(WatchCacheSource, "_listing", listing)
    assert Engine(source, catalog).query(JOIN_COUNTS).rows == before
    assert sorted(served) == ["nodes", "pods"]
    monkeypatch.undo()
    assert Engine(source, catalog).query(JOIN_COUNTS).rows == [(before[0][0] + 1, before[0][1] + 1)]


def test_a_cold_join_waits_for_both_first_lists_and_reads_them_at_one_moment(kube_api, cache, catalog):
    source = cache.source(ADMIN)
    result = Engine(source, catalog).query(JOIN_COUNTS)  # nothing cached yet
    assert result.rows == [(450, len([o for o in _demo() if o["kind"] == "Node"]))]
    assert {w.resource.resource for w in cache._watches.values()} == {"pods", "nodes"}


def test_now_is_the_moment_of_the_querys_copy(cache, catalog):
    source = cache.source(ADMIN)
    engine = Engine(source, catalog)
    engine.query("SELECT count(*) FROM pods")
    start = time.time()
    result = engine.query("SELECT now() AS t, count(*) FROM pods")
    assert result.rows[0][0] == source.now
    assert start <= source.now.timestamp() <= time.time()


# ---- failures are clear -----------------------------------------------------------------------------


def test_a_slow_first_list_times_out_clearly(kube_api, kubeconfig_path, catalog):
    cache = make_cache(kubeconfig_path, ready_timeout=0.3)
    try:
        kube_api.inject(delay=1.0, times=1, path_contains="/api/v1/pods")
        with pytest.raises(SourceError, match="has not finished its first list of pods within 0.3 s"):
            Engine(cache.source(ADMIN), catalog).query("SELECT count(*) FROM pods")
        assert cache._watches[("", "v1", "pods")].wait_ready(5.0)  # the list goes on and finishes
        assert Engine(cache.source(ADMIN), catalog).query("SELECT count(*) FROM pods").rows == [(450,)]
    finally:
        cache.close()


def test_a_cache_that_may_not_list_says_so_at_once(kube_api, kubeconfig_path, catalog):
    cache = make_cache(kubeconfig_path, context="nobody")  # the cache's own identity has no rights
    try:
        start = time.monotonic()
        with pytest.raises(ForbiddenError, match='User "nobody" cannot list pods at the cluster scope'):
            Engine(cache.source(), catalog).query("SELECT count(*) FROM pods")
        assert time.monotonic() - start < 5
    finally:
        cache.close()


def test_a_user_name_is_required_for_an_asking_identity(cache):
    with pytest.raises(SourceError, match="needs the asking user's name"):
        cache.source(Identity())


def test_a_closed_cache_refuses_queries(kube_api, kubeconfig_path, catalog):
    cache = make_cache(kubeconfig_path)
    cache.close()
    with pytest.raises(SourceError, match="closed"):
        Engine(cache.source(ADMIN), catalog).query("SELECT count(*) FROM pods")


def _demo() -> list[dict]:
    from kubequery.testserver import demo_objects

    return demo_objects()
