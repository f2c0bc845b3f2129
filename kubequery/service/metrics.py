"""Prometheus metrics of one app: requests, stage latencies, fetches, cache hits, repairs, errors.

Each app has its own registry (tests build many apps in one process); /metrics renders it.
The watch cache's own numbers (objects, lists, watch events, relists, bytes listed) are read
from it at scrape time: answers from the cache fetch nothing from the API themselves.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily
from prometheus_client.registry import Collector

LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60)


class Metrics:
    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        r = self.registry
        self.requests = Counter(
            "kubequery_requests", "HTTP requests by endpoint and status", ["endpoint", "status"], registry=r
        )
        self.latency = Histogram(
            "kubequery_request_seconds",
            "HTTP request latency",
            ["endpoint"],
            buckets=LATENCY_BUCKETS,
            registry=r,
        )
        self.stages = Histogram(
            "kubequery_stage_seconds",
            "Time per stage of answering (translate, compile, fetch, load, execute, total)",
            ["stage"],
            buckets=LATENCY_BUCKETS,
            registry=r,
        )
        self.fetches = Counter(
            "kubequery_fetches", "List fetches a query needed, by source", ["source"], registry=r
        )
        self.objects = Counter("kubequery_objects_fetched", "Objects read by queries", registry=r)
        self.fetch_bytes = Counter(
            "kubequery_fetch_bytes",
            "Bytes received from the Kubernetes API by per-request sources",
            registry=r,
        )
        self.cache = Counter(
            "kubequery_cache_lookups",
            "Watch-cache tables read, hit (already cached) or miss",
            ["result"],
            registry=r,
        )
        self.repairs = Counter("kubequery_translator_repairs", "LLM answers sent back for repair", registry=r)
        self.translations = Counter(
            "kubequery_translations",
            "Questions translated, by translator and outcome",
            ["translator", "outcome"],
            registry=r,
        )
        self.errors = Counter("kubequery_errors", "Errors returned, by kind", ["kind"], registry=r)
        self.rate_limited = Counter(
            "kubequery_rate_limited", "Requests refused by the rate limit", registry=r
        )

    def observe_result(self, result: Any, source_kind: str) -> None:
        """Count what one engine Result did."""
        for stage, seconds in result.timings.items():
            self.stages.labels(stage).observe(seconds)
        self.fetches.labels(source_kind).inc(sum(len(tp.fetches) for tp in result.plan.tables))
        self.objects.inc(result.objects_fetched)

    def watch_cache(self, status: Callable[[], dict[str, dict]], list_bytes: Callable[[], int]) -> None:
        """Report the watch cache's per-resource numbers, and the bytes its lists read, at scrape time."""
        self.registry.register(_CacheCollector(status, list_bytes))

    def render(self) -> bytes:
        return generate_latest(self.registry)


class _CacheCollector(Collector):
    def __init__(self, status: Callable[[], dict[str, dict]], list_bytes: Callable[[], int]) -> None:
        self.status = status
        self.list_bytes = list_bytes

    def collect(self) -> Iterator[GaugeMetricFamily | CounterMetricFamily]:
        stats = self.status()
        names = ("objects", "lists", "watches", "events", "bookmarks", "relists", "errors")
        families = {
            n: GaugeMetricFamily(
                f"kubequery_watch_cache_{n}", f"Watch cache {n} per resource", labels=["resource"]
            )
            for n in names
        }
        ready = GaugeMetricFamily(
            "kubequery_watch_cache_ready", "1 when the resource is cached", labels=["resource"]
        )
        for resource, s in stats.items():
            for n in names:
                families[n].add_metric([resource], float(s.get(n) or 0))
            ready.add_metric([resource], 1.0 if s.get("ready") else 0.0)
        yield from families.values()
        yield ready
        yield CounterMetricFamily(
            "kubequery_watch_cache_list_bytes",
            "Bytes the watch cache's lists received from the Kubernetes API",
            value=float(self.list_bytes()),
        )
