"""Reading fields of Kubernetes objects held as plain dicts (parsed JSON)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any


def get_path(obj: Any, path: Iterable[str]) -> Any:
    """Follow dict keys; None as soon as one is missing or a value is not a dict."""
    for key in path:
        if not isinstance(obj, dict):
            return None
        obj = obj.get(key)
    return obj
