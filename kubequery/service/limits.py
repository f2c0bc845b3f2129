"""Per-identity rate limits: a token bucket for each asker, kept in this replica's memory.

Each replica limits on its own (nothing shared), so behind N replicas an asker gets at most
N times the configured rate; set the rate with that in mind. Query time and row limits are
the engine's (Engine(row_limit=, timeout=)); the request body limit is in app.py.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable

from kubequery.errors import KubequeryError

MAX_BUCKETS = 10_000  # askers remembered; the idlest are forgotten first (a full bucket loses nothing)


class RateLimited(KubequeryError):
    """Too many requests from one identity (429, with Retry-After)."""

    def __init__(self, message: str, *, retry_after: float, hint: str | None = None) -> None:
        super().__init__(message, hint=hint)
        self.retry_after = retry_after


class RateLimiter:
    """`rate_per_minute` sustained, up to `burst` at once, per key."""

    def __init__(
        self, rate_per_minute: float, burst: int, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.rate = rate_per_minute / 60.0
        self.burst = max(1, burst)
        self._clock = clock
        self._buckets: dict[str, tuple[float, float]] = {}  # key -> (tokens, when)
        self._lock = threading.Lock()

    def take(self, key: str) -> None:
        """Spend one token of `key`'s bucket, or raise RateLimited saying when to come back."""
        if self.rate <= 0:
            return
        with self._lock:
            now = self._clock()
            tokens, then = self._buckets.pop(key, (float(self.burst), now))
            tokens = min(float(self.burst), tokens + (now - then) * self.rate)
            if tokens < 1.0:
                self._buckets[key] = (tokens, now)
                wait = (1.0 - tokens) / self.rate
                raise RateLimited(
                    f"too many requests from {key}: the limit is {self.rate * 60:g} a minute",
                    retry_after=wait,
                    hint=f"try again in {math.ceil(wait)} s",
                )
            self._buckets[key] = (tokens - 1.0, now)  # re-inserted: the dict's order is last use
            if len(self._buckets) > MAX_BUCKETS:
                del self._buckets[next(iter(self._buckets))]
