"""Structured logs: one JSON object a line, each carrying the request id and the asker's name.

The request id comes from the client's X-Request-Id (when it looks like one) or is made up,
and is returned in the response's X-Request-Id. The asker is named by user (or, for a
passed-through Kubernetes token, by a short hash of it): a token never reaches a log line.
"""

from __future__ import annotations

import contextvars
import logging
import re
import sys
import uuid
from datetime import UTC, datetime

import orjson

LOGGER = "kubequery.service"
request_id: contextvars.ContextVar[str] = contextvars.ContextVar("request_id", default="-")
asker: contextvars.ContextVar[str] = contextvars.ContextVar("asker", default="-")
_GOOD_ID = re.compile(r"^[A-Za-z0-9._:-]{1,64}$")
_STANDARD = set(vars(logging.makeLogRecord({}))) | {"message", "asctime"}


def new_request_id(given: str | None = None) -> str:
    """The client's id when it is short and plain, else a fresh one."""
    return given if given and _GOOD_ID.match(given) else uuid.uuid4().hex[:16]


class JSONFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
            "request_id": request_id.get(),
            "user": asker.get(),
        }
        entry.update({k: v for k, v in vars(record).items() if k not in _STANDARD and not k.startswith("_")})
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return orjson.dumps(entry, default=str).decode()


def configure(level: str = "info") -> logging.Logger:
    """JSON lines on stderr for the service's logger (idempotent)."""
    logger = logging.getLogger(LOGGER)
    logger.setLevel(level.upper())
    if not any(isinstance(h.formatter, JSONFormatter) for h in logger.handlers):
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(JSONFormatter())
        logger.addHandler(handler)
    logger.propagate = False
    return logger


def logger() -> logging.Logger:
    return logging.getLogger(LOGGER)
