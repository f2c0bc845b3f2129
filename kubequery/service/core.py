"""The Service: one object answering questions for many askers, each under their own identity.

It holds what is shared — the demo/snapshot source, or the watch cache of a live cluster —
and gives each asker a view of it that is never wider than their identity may list:

- demo / snapshot: one in-memory source for everyone (no RBAC to apply);
- live, `watch-cache` (default): `cache.source(identity)`, access checked by SubjectAccessReview;
- live, `impersonate`: a live source impersonating the asker (the service account needs
  the impersonate permission);
- the `kube-token` method: a live source sending the asker's own token.

The HTTP app (app.py) and the Slack handler both call `answer`; nothing here knows HTTP.
"""

from __future__ import annotations

import os
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from kubequery.ask import Answer, Declined, ask, looks_like_sql, translate
from kubequery.catalog import Catalog
from kubequery.compiler import Plan
from kubequery.conversation import Conversations
from kubequery.engine import Engine
from kubequery.errors import KubequeryError
from kubequery.kube.client import Identity
from kubequery.service.config import Settings, hash_token
from kubequery.service.identity import Asker, Authenticator
from kubequery.service.limits import RateLimiter
from kubequery.service.logs import logger
from kubequery.service.metrics import Metrics
from kubequery.translate.base import Translator, Turn
from kubequery.translate.choose import llm_configured

WARM_TABLES = ("namespaces", "nodes", "pods", "deployments", "services")  # cached at start (live)
PER_ASKER_TTL = 300.0  # seconds a per-asker source or translator is reused
PER_ASKER_MAX = 256


def service_hint(hint: str) -> str:
    """A hint without the CLI's advice (--context, --as), which means nothing to a service's asker."""
    return hint.split(", or choose another identity")[0]


class _Recent:
    """A small LRU of values made per asker, each kept for `ttl` seconds."""

    def __init__(self, ttl: float = PER_ASKER_TTL, size: int = PER_ASKER_MAX) -> None:
        self.ttl, self.size = ttl, size
        self._items: OrderedDict[Any, tuple[float, Any]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Any, make: Callable[[], Any]) -> Any:
        now = time.monotonic()
        with self._lock:
            found = self._items.get(key)
            if found is not None and now - found[0] < self.ttl:
                self._items.move_to_end(key)
                return found[1]
        value = make()  # outside the lock: making one may ask the cluster
        with self._lock:
            self._items[key] = (now, value)
            self._items.move_to_end(key)
            while len(self._items) > self.size:
                self._items.popitem(last=False)
        return value

    def clear(self) -> None:
        with self._lock:
            self._items.clear()


class Service:
    """Answers questions and SQL as an identity; shared by the HTTP API, the web UI and Slack."""

    def __init__(self, settings: Settings, *, metrics: Metrics | None = None) -> None:
        self.settings = settings
        self.metrics = metrics or Metrics()
        secret = settings.conversation_secret or os.environ.get("KUBEQUERY_CONVERSATION_SECRET")
        self.conversations = Conversations(secret)
        self.authenticator = Authenticator(settings.auth, settings.auth_methods)
        self.limiter = RateLimiter(settings.limits.rate_per_minute, settings.limits.burst)
        self._shared: Any = None  # demo or snapshot source
        self._cache: Any = None  # WatchCache
        self._target: Any = None  # ClusterTarget for per-asker live sources
        self._sources = _Recent()
        self._translators = _Recent()
        self._opened = False
        self._warm_error: str | None = None
        self._open_lock = threading.Lock()
        llm = settings.translator == "llm" or (
            settings.translator == "auto" and llm_configured(settings.llm_model)
        )
        self.translator_name = "llm" if llm else "offline"

    # -- life cycle ----------------------------------------------------------------------------

    def open(self) -> Service:
        """Load the demo/snapshot, or select the cluster and start the watch cache (once)."""
        with self._open_lock:
            if not self._opened:
                self._open()
        return self

    def _open(self) -> None:
        s = self.settings
        if s.demo or s.snapshot:
            from kubequery.cli import _parse_time
            from kubequery.sources.factory import open_source

            self._shared = open_source(
                demo=s.demo, snapshot=list(s.snapshot), now=_parse_time(s.now), seed=s.seed, pods=s.pods
            )
        else:
            from kubequery.kube.config import select_target

            self._target = select_target(s.kubeconfig, s.context)
            if s.mode == "watch-cache":
                from kubequery.sources.watchcache import WatchCache

                self._cache = WatchCache(self._target, request_timeout=s.limits.request_timeout)
                self.metrics.watch_cache(self._cache.status, lambda: self._cache.client.bytes_received)
                self._warm()
        self._opened = True

    def _warm(self) -> bool:
        """Start caching the common tables; a cluster not answering yet is retried by ready()."""
        try:
            self._cache.start(t for t in self._cache.source().catalog() if t.name in WARM_TABLES)
        except KubequeryError as e:
            self._warm_error = str(e)
            logger().warning("watch cache cannot start yet", extra={"error": self._warm_error})
            return False
        self._warm_error = None
        return True

    def close(self) -> None:
        if self._cache is not None:
            self._cache.close()
        self._sources.clear()
        self._translators.clear()

    def ready(self) -> tuple[bool, str]:
        """Whether questions can be answered now, and why not."""
        if not self._opened:
            return False, "starting"
        if self._cache is not None:
            if self._warm_error is not None and not self._warm():
                return False, f"watch cache cannot start: {self._warm_error}"
            status = self._cache.status()
            waiting = sorted(name for name, st in status.items() if not st["ready"])
            if waiting:
                failing = [f"{n}: {status[n]['failing']}" for n in waiting if status[n]["failing"]]
                return False, "watch cache not ready: " + ("; ".join(failing) or ", ".join(waiting))
        return True, "ready"

    # -- answering -----------------------------------------------------------------------------

    def answer(
        self, identity: Identity, question: str, turns: tuple[Turn, ...] = (), namespace: str | None = None
    ) -> Answer:
        """Translate `question` (SQL passes through) and run it as `identity`."""
        engine, kind = self.engine_for(identity)
        if looks_like_sql(question):
            return self._run(engine, kind, lambda: Answer(question, question, None, engine.query(question)))
        translator = self.translator_for(identity, engine)
        name = getattr(translator, "name", "?")
        start = time.perf_counter()
        try:
            answer = self._run(engine, kind, lambda: ask(question, engine, translator, turns, namespace))
        except Declined:
            self.metrics.translations.labels(name, "declined").inc()
            raise
        translation = answer.translation
        if translation is not None:
            seconds = translation.seconds
            if seconds is None:
                seconds = max(0.0, time.perf_counter() - start - answer.result.timings.get("total", 0.0))
            answer.result.timings = {"translate": seconds, **answer.result.timings}
            self.metrics.stages.labels("translate").observe(seconds)
            self.metrics.repairs.inc(translation.repairs)
            self.metrics.translations.labels(name, "sql").inc()
        return answer

    def run_sql(self, identity: Identity, sql: str) -> Answer:
        """Run SQL as `identity`."""
        engine, kind = self.engine_for(identity)
        return self._run(engine, kind, lambda: Answer(sql, sql, None, engine.query(sql)))

    def explain(
        self,
        identity: Identity,
        *,
        sql: str | None = None,
        question: str | None = None,
        turns: tuple[Turn, ...] = (),
        namespace: str | None = None,
    ) -> tuple[str, Plan]:
        """The SQL (translated, when a question is given) and its plan; nothing is fetched."""
        engine, _ = self.engine_for(identity)
        if sql is None:
            if question is None:
                raise ValueError("explain needs sql or a question")
            if looks_like_sql(question):
                sql = question
            else:
                sql = translate(question, engine, self.translator_for(identity, engine), turns, namespace).sql
        return sql or "", engine.explain(sql or "")

    def catalog(self, identity: Identity) -> Catalog:
        return self.engine_for(identity)[0].catalog

    def identity_for_slack_user(self, slack_user_id: str) -> Identity | None:
        """The Kubernetes identity configured for a Slack user (slack.users), or None."""
        if self.settings.slack is None:
            return None
        return self.settings.slack.users.get(slack_user_id)

    # -- per asker -----------------------------------------------------------------------------

    def engine_for(self, identity: Identity) -> tuple[Engine, str]:
        """An engine whose source answers as `identity`, and the kind of that source."""
        source, kind = self.source_for(identity)
        limits = self.settings.limits
        return Engine(source, row_limit=limits.row_limit, timeout=limits.query_timeout), kind

    def source_for(self, identity: Identity) -> tuple[Any, str]:
        if not self._opened:
            self.open()
        if self._shared is not None:
            return self._shared, "memory"
        token = identity.token if isinstance(identity, Asker) else None
        plain = Identity(identity.user, tuple(identity.groups)) if identity.user else None
        if token:
            return self._sources.get(("token", hash_token(token)), lambda: self._live(None, token)), "live"
        if self._cache is not None:
            return self._cache.source(plain), "watch-cache"
        return self._sources.get(("as", plain), lambda: self._live(plain, None)), "live"

    def translator_for(self, identity: Identity, engine: Engine) -> Translator:
        """The translator for this asker (grounded in the names they may see), reused a while."""
        from kubequery.translate.choose import make_translator

        s = self.settings
        if self._shared is not None:
            key: Any = "shared"
        elif isinstance(identity, Asker) and identity.token:
            key = ("token", hash_token(identity.token))
        else:
            key = ("as", identity.user, tuple(identity.groups))
        return self._translators.get(
            key,
            lambda: make_translator(
                s.translator,
                engine,
                base_url=s.llm_base_url,
                model=s.llm_model,
                fallback_offline=s.fallback_offline,
            ),
        )

    def _live(self, identity: Identity | None, token: str | None) -> Any:
        from kubequery.sources.live import LiveSource

        return LiveSource(
            self._target,
            identity=identity,
            request_timeout=self.settings.limits.request_timeout,
            bearer_token=token,
        )

    def _run(self, engine: Engine, kind: str, run: Callable[[], Answer]) -> Answer:
        """Run one answer, counting fetches, bytes and watch-cache hits."""
        source = engine.source
        client = getattr(source, "client", None)
        before = getattr(client, "bytes_received", 0)
        ready = set()
        if kind == "watch-cache":
            ready = {name for name, st in self._cache.status().items() if st["ready"]}
        answer = run()
        result = answer.result
        self.metrics.observe_result(result, kind)
        if client is not None:
            self.metrics.fetch_bytes.inc(max(0, getattr(client, "bytes_received", 0) - before))
        if kind == "watch-cache":
            from kubequery.kube.watching import ResourceRef

            for tp in result.plan.tables:
                hit = ResourceRef.of(engine.catalog[tp.table]).name in ready
                self.metrics.cache.labels("hit" if hit else "miss").inc()
        return answer
