"""Where objects come from. Every source answers `list(table, fetch)` with the
objects one list call would return, already redacted (kubequery.redact)."""

from kubequery.sources.base import Listing, Source
from kubequery.sources.memory import MemorySource

__all__ = ["Listing", "MemorySource", "Source"]
