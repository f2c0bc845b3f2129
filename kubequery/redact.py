"""Secrets stay secret (DESIGN.md invariant 3).

Every source passes Secret objects through `redact` as soon as they are read,
so nothing downstream — columns, the raw JSON column, caches, prompts — ever
holds a value. Key names stay (they are what people ask about); values become
a fixed marker. The kubectl last-applied annotation is dropped too: for a
Secret created with `kubectl apply` it holds the whole manifest, values
included.
"""

from __future__ import annotations

REDACTED = "<redacted>"
_LAST_APPLIED = "kubectl.kubernetes.io/last-applied-configuration"


def redact(obj: dict) -> dict:
    """Return `obj` unchanged unless it is a Secret; then a copy without values."""
    if obj.get("kind") != "Secret":
        return obj
    clean = dict(obj)
    for key in ("data", "stringData"):
        if isinstance(obj.get(key), dict):
            clean[key] = dict.fromkeys(obj[key], REDACTED)
        elif key in obj:
            clean[key] = REDACTED
    metadata = obj.get("metadata")
    if isinstance(metadata, dict) and _LAST_APPLIED in (metadata.get("annotations") or {}):
        annotations = {k: v for k, v in metadata["annotations"].items() if k != _LAST_APPLIED}
        clean["metadata"] = {**metadata, "annotations": annotations}
    return clean
