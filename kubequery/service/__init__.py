"""`kq serve`: the HTTP service (JSON API, web UI, Slack) answering each asker as themselves.

config.py (settings) → identity.py (who asks) → limits.py (how often) → core.py (Service:
answering as that identity) → app.py (HTTP) and slack.py (Slack, its answers drawn by
slack_blocks.py); logs.py and metrics.py watch it all.
"""

from __future__ import annotations

from kubequery.service.config import Settings
from kubequery.service.core import Service

__all__ = ["Service", "Settings", "create_app"]


def __getattr__(name: str):  # create_app imports FastAPI: only when asked for
    if name == "create_app":
        from kubequery.service.app import create_app

        return create_app
    raise AttributeError(name)
