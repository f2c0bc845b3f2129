"""Small helpers shared by test modules (fixtures live in conftest.py)."""

from __future__ import annotations


def secret_values(objects: list[dict]) -> list[str]:
    """Every data value of the Secrets among `objects` (what must never show up in an answer)."""
    return [v for o in objects if o["kind"] == "Secret" for v in (o.get("data") or {}).values()]


def add_applied_secret(server) -> list[str]:
    """Add a Secret created by `kubectl apply` (its values in data, stringData and the
    last-applied annotation) to a test API server; return the values it holds."""
    applied = '{"apiVersion":"v1","kind":"Secret","data":{"password":"c2VjcmV0LXZhbHVl"}}'
    server.add(
        {
            "apiVersion": "v1",
            "kind": "Secret",
            "metadata": {
                "name": "applied",
                "namespace": "payments",
                "annotations": {"kubectl.kubernetes.io/last-applied-configuration": applied, "team": "pay"},
            },
            "data": {"password": "c2VjcmV0LXZhbHVl"},
            "stringData": {"token": "plain-text-value"},
        }
    )
    return ["c2VjcmV0LXZhbHVl", "plain-text-value"]
