"""The HTTP app: the JSON API, health, metrics and the web UI's files, over one Service.

Every /api request names its asker (identity.py), is rate limited per asker (limits.py),
and is answered as that asker. Errors are rendered in one place from one table: a JSON body
`{"error": {"kind", "message", "hint"}}` with the status the kind stands for.
"""

from __future__ import annotations

import time
from contextlib import asynccontextmanager
from typing import Annotated, Any

import orjson
from fastapi import Depends, FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, Response
from fastapi.staticfiles import StaticFiles
from prometheus_client import CONTENT_TYPE_LATEST
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import Headers, MutableHeaders
from starlette.exceptions import HTTPException as StarletteHTTPException

from kubequery import __version__
from kubequery.ask import Answer, Declined
from kubequery.conversation import ConversationError
from kubequery.errors import (
    ExecutionError,
    KubequeryError,
    QueryError,
    QueryTimeoutError,
    SelectorError,
    SourceError,
)
from kubequery.kube.errors import ClusterUnreachableError, ForbiddenError, UnauthorizedError
from kubequery.output import plain_value
from kubequery.paths import data_dir
from kubequery.service import logs
from kubequery.service.config import Settings
from kubequery.service.core import Service, service_hint
from kubequery.service.identity import Asker, AuthError, ForbiddenProxyError
from kubequery.service.limits import RateLimited
from kubequery.translate.llm import LLMError

# The one table of error kinds and statuses; the first entry an error is an instance of wins.
ERRORS: list[tuple[type[Exception], str, int]] = [
    (AuthError, "auth", 401),
    (UnauthorizedError, "auth", 401),  # a passed-through token the cluster refused
    (ForbiddenProxyError, "forbidden", 403),
    (ForbiddenError, "forbidden", 403),
    (RateLimited, "rate_limited", 429),
    (ConversationError, "conversation", 400),
    (Declined, "declined", 422),
    (QueryTimeoutError, "timeout", 504),
    (QueryError, "query", 400),
    (ExecutionError, "query", 400),
    (SelectorError, "query", 400),
    (ClusterUnreachableError, "source", 503),
    (SourceError, "source", 502),
    (LLMError, "translator", 502),
    (KubequeryError, "error", 400),
]
HTTP_KINDS = {400: "bad_request", 404: "not_found", 405: "method_not_allowed", 413: "too_large"}


# -- the API's shapes (they document /openapi.json) ------------------------------------------------


class AskRequest(BaseModel):
    question: str = Field(min_length=1, max_length=4000, description="A question, or SQL (it runs as is)")
    conversation_id: str | None = Field(None, description="From the previous answer: makes this a follow-up")
    namespace: str | None = Field(None, description="The namespace a question without one means")


class SQLRequest(BaseModel):
    sql: str = Field(min_length=1, max_length=20_000, description="One read-only SELECT (DuckDB dialect)")
    conversation_id: str | None = None


class ExplainRequest(BaseModel):
    sql: str | None = Field(None, max_length=20_000)
    question: str | None = Field(None, max_length=4000)
    conversation_id: str | None = None
    namespace: str | None = None


class TranslatorInfo(BaseModel):
    name: str
    confidence: float | None = None
    message: str = ""
    repairs: int = 0


class AnswerResponse(BaseModel):
    question: str
    sql: str = Field(description="The SQL that ran (as translated, or as given)")
    translator: TranslatorInfo | None = Field(description="null when the question was SQL")
    columns: list[str]
    types: list[str]
    rows: list[list[Any]] = Field(description="Timestamps as RFC 3339, intervals as seconds, maps as objects")
    row_count: int
    truncated: bool
    warnings: list[str]
    plan: str
    timings: dict[str, float] = Field(description="Seconds per stage")
    source: str
    objects_fetched: int
    conversation_id: str


class ExplainResponse(BaseModel):
    sql: str
    plan: str


class TableSummary(BaseModel):
    name: str
    kind: str
    api_version: str
    namespaced: bool
    aliases: list[str]
    columns: int
    description: str


class ColumnInfo(BaseModel):
    name: str
    type: str
    description: str
    pushdown: str | None


class Example(BaseModel):
    description: str
    sql: str


class TableDetail(BaseModel):
    name: str
    kind: str
    api_version: str
    namespaced: bool
    aliases: list[str]
    description: str
    columns: list[ColumnInfo]
    examples: list[Example]


class ErrorDetail(BaseModel):
    kind: str
    message: str
    hint: str | None = None


class ErrorResponse(BaseModel):
    error: ErrorDetail


ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorResponse} for status in (400, 401, 403, 413, 422, 429, 502, 503, 504)
}


# -- the app ---------------------------------------------------------------------------------------


def create_app(settings: Settings, *, service: Service | None = None) -> FastAPI:
    """The service's FastAPI app; `app.state.service` is the Service answering its requests."""
    service = service or Service(settings)
    logs.configure(settings.log_level)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        await run_in_threadpool(service.open)
        logs.logger().info(
            "serving", extra={"source": _source_label(settings), "auth": list(service.authenticator.methods)}
        )
        try:
            yield
        finally:
            await run_in_threadpool(service.close)

    app = FastAPI(
        title="kubequery",
        version=__version__,
        description="Questions and read-only SQL over Kubernetes, answered under the asker's own RBAC.",
        lifespan=lifespan,
    )
    app.state.service = service
    app.state.settings = settings
    app.add_middleware(_RequestMiddleware, service=service, max_body=settings.limits.max_body_bytes)
    app.add_exception_handler(KubequeryError, _kubequery_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    _api_routes(app, service)
    _ops_routes(app, service)
    _web_routes(app)
    if settings.slack:
        from kubequery.service.slack import make_slack_router

        app.include_router(make_slack_router(service, settings.slack))
    return app


async def authenticate(request: Request) -> Asker:
    """The asker of this request (401/403 otherwise), after spending one of their rate tokens."""
    service: Service = request.app.state.service
    auth = service.authenticator
    peer = request.client.host if request.client else None
    asker = auth.identify(request.headers, peer, request.headers.getlist(auth.group_header))
    request.state.user = asker.name
    request.state.auth_method = asker.method
    logs.asker.set(asker.name)
    try:
        service.limiter.take(asker.name)
    except RateLimited:
        service.metrics.rate_limited.inc()
        raise
    return asker


AskerDep = Annotated[Asker, Depends(authenticate)]


def _api_routes(app: FastAPI, service: Service) -> None:
    conversations = service.conversations

    @app.post("/api/ask", response_model=AnswerResponse, responses=ERROR_RESPONSES, tags=["ask"])
    def ask_question(body: AskRequest, asker: AskerDep) -> Response:
        """Answer a question (or SQL); with `conversation_id`, as a follow-up of that conversation."""
        turns = conversations.decode(body.conversation_id, asker.name)
        answer = service.answer(asker, body.question, turns, body.namespace)
        conversation_id = conversations.encode((*turns, answer.turn()), asker.name)
        return _json(answer_body(answer, conversation_id, service.translator_name))

    @app.post("/api/sql", response_model=AnswerResponse, responses=ERROR_RESPONSES, tags=["ask"])
    def run_sql(body: SQLRequest, asker: AskerDep) -> Response:
        """Run one read-only SQL query (edited SQL re-runs here, keeping its conversation)."""
        turns = conversations.decode(body.conversation_id, asker.name)
        answer = service.run_sql(asker, body.sql)
        conversation_id = conversations.encode((*turns, answer.turn()), asker.name)
        return _json(answer_body(answer, conversation_id, service.translator_name))

    @app.post("/api/explain", response_model=ExplainResponse, responses=ERROR_RESPONSES, tags=["ask"])
    def explain(body: ExplainRequest, asker: AskerDep) -> Response:
        """The SQL (translated when a question is given) and its plan; nothing is fetched."""
        if not (body.sql or body.question):
            raise HTTPException(400, "give sql or question")
        turns = conversations.decode(body.conversation_id, asker.name)
        sql, plan = service.explain(
            asker, sql=body.sql, question=body.question, turns=turns, namespace=body.namespace
        )
        return _json({"sql": plan.sql or sql, "plan": plan.describe()})

    @app.get("/api/tables", response_model=list[TableSummary], responses=ERROR_RESPONSES, tags=["tables"])
    def tables(asker: AskerDep) -> Response:
        """Every table the asker can query (custom resources included)."""
        return _json([_table_summary(t) for t in service.catalog(asker)])

    @app.get("/api/tables/{name}", response_model=TableDetail, responses=ERROR_RESPONSES, tags=["tables"])
    def table(name: str, asker: AskerDep) -> Response:
        """One table: its columns, their types, what pushes down to the API, example queries."""
        import difflib

        catalog = service.catalog(asker)
        aliases = {a: t.name for t in catalog for a in t.aliases}
        found = catalog.resolve(name) or aliases.get(name)
        if found is None:
            near = difflib.get_close_matches(name, catalog.names(), n=3)
            raise HTTPException(
                404, f"unknown table {name!r}" + (f"; did you mean {', '.join(near)}?" if near else "")
            )
        return _json(_table_detail(catalog[found]))


def _ops_routes(app: FastAPI, service: Service) -> None:
    @app.get("/healthz", tags=["ops"])
    def healthz() -> dict[str, str]:
        """The process is up."""
        return {"status": "ok"}

    @app.get("/readyz", tags=["ops"])
    def readyz() -> Response:
        """Questions can be answered: the source is loaded, the watch cache has its tables."""
        ready, reason = service.ready()
        return _json({"status": "ready" if ready else "not ready", "reason": reason}, 200 if ready else 503)

    @app.get("/metrics", tags=["ops"])
    def metrics() -> Response:
        """Prometheus metrics."""
        return Response(service.metrics.render(), media_type=CONTENT_TYPE_LATEST)


def _web_routes(app: FastAPI) -> None:
    try:
        web = data_dir("web")
    except FileNotFoundError:
        return

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(web / "index.html", headers={"Cache-Control": "no-cache"})

    app.mount("/static", StaticFiles(directory=web), name="static")


# -- bodies ----------------------------------------------------------------------------------------


def answer_body(answer: Answer, conversation_id: str, translator_name: str) -> dict[str, Any]:
    """An Answer as the API returns it (JSON-safe)."""
    result = answer.result
    t = answer.translation
    return {
        "question": answer.question,
        "sql": answer.sql,
        "translator": None
        if t is None
        else {
            "name": translator_name,
            "confidence": t.confidence,
            "message": t.message,
            "repairs": t.repairs,
        },
        "columns": result.columns,
        "types": result.types,
        "rows": [
            [plain_value(v, ty) for v, ty in zip(row, result.types, strict=True)] for row in result.rows
        ],
        "row_count": len(result.rows),
        "truncated": result.truncated,
        "warnings": result.warnings,
        "plan": result.plan.describe(),
        "timings": result.timings,
        "source": result.source,
        "objects_fetched": result.objects_fetched,
        "conversation_id": conversation_id,
    }


def _table_summary(t: Any) -> dict[str, Any]:
    return {
        "name": t.name,
        "kind": t.kind,
        "api_version": f"{t.group}/{t.version}" if t.group else t.version,
        "namespaced": t.namespaced,
        "aliases": list(t.aliases),
        "columns": len(t.columns),
        "description": t.description,
    }


def _table_detail(t: Any) -> dict[str, Any]:
    from kubequery.cli import _pushdown_text

    summary = _table_summary(t)
    del summary["columns"]
    return {
        **summary,
        "columns": [
            {
                "name": c.name,
                "type": c.sql_type,
                "description": c.description,
                "pushdown": _pushdown_text(c) or None,
            }
            for c in t.columns
        ],
        "examples": [{"description": e.description, "sql": e.sql} for e in t.examples],
    }


def _json(body: Any, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    return Response(
        orjson.dumps(body, option=orjson.OPT_NON_STR_KEYS, default=str),
        status_code=status,
        media_type="application/json",
        headers=headers,
    )


def _source_label(settings: Settings) -> str:
    if settings.demo:
        return "demo"
    if settings.snapshot:
        return "snapshot " + ", ".join(settings.snapshot)
    return f"live ({settings.mode}, context {settings.context or 'current'})"


# -- errors ----------------------------------------------------------------------------------------


def error_response(kind: str, status: int, message: str, hint: str | None = None, **headers: str) -> Response:
    return _json({"error": {"kind": kind, "message": message, "hint": hint}}, status, headers or None)


def classify(error: Exception) -> tuple[str, int]:
    """The kind and HTTP status of an error, from the ERRORS table."""
    for cls, kind, status in ERRORS:
        if isinstance(error, cls):
            return kind, status
    return "internal", 500


async def _kubequery_error(request: Request, error: Exception) -> Response:
    kind, status = classify(error)
    assert isinstance(error, KubequeryError)
    message, hint = error.message, error.hint
    if isinstance(error, UnauthorizedError):
        if getattr(request.state, "auth_method", None) == "kube-token":
            message = "the cluster did not accept your Kubernetes token (401 Unauthorized)"
            hint = "the token may have expired: get a fresh one (log in again, or kubectl create token)"
        else:  # the service's own credentials: not the asker's fault
            kind, status = "source", 502
            hint = "the service's own credentials were refused: check its service account or kubeconfig"
    elif isinstance(error, ForbiddenError) and hint:
        hint = service_hint(hint)
    _count_error(request, kind)
    headers = {}
    if isinstance(error, RateLimited):
        headers["Retry-After"] = str(max(1, round(error.retry_after + 0.5)))
    if status == 401:
        headers["WWW-Authenticate"] = "Bearer"
    level = "warning" if status >= 500 else "info"
    getattr(logs.logger(), level)("refused", extra={"kind": kind, "error": message})
    return error_response(kind, status, message, hint, **headers)


async def _http_error(request: Request, error: Exception) -> Response:
    assert isinstance(error, StarletteHTTPException)
    kind = HTTP_KINDS.get(error.status_code, "bad_request" if error.status_code < 500 else "internal")
    _count_error(request, kind)
    return error_response(kind, error.status_code, str(error.detail), None, **(error.headers or {}))


async def _validation_error(request: Request, error: Exception) -> Response:
    assert isinstance(error, RequestValidationError)
    _count_error(request, "bad_request")
    problems = "; ".join(
        f"{'.'.join(str(p) for p in e.get('loc', ()) if p != 'body') or 'body'}: {e.get('msg')}"
        for e in error.errors()
    )
    return error_response("bad_request", 400, f"malformed request: {problems}", "see /openapi.json")


def _count_error(request: Request, kind: str) -> None:
    request.app.state.service.metrics.errors.labels(kind).inc()


# -- every request: id, body limit, metrics, one log line --------------------------------------------


class _RequestMiddleware:
    """Request id (X-Request-Id in and out), the body size limit (413), request metrics and the
    access log line. A plain ASGI middleware: the body is counted as it streams in."""

    def __init__(self, app: Any, service: Service, max_body: int) -> None:
        self.app = app
        self.service = service
        self.max_body = max_body

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        rid = logs.new_request_id(headers.get("x-request-id"))
        state = scope.setdefault("state", {})
        state["request_id"] = rid
        reset = logs.request_id.set(rid)
        start = time.perf_counter()
        status, started = 500, False

        async def send_with_id(message: dict) -> None:
            nonlocal status, started
            if message["type"] == "http.response.start":
                status, started = message["status"], True
                MutableHeaders(scope=message)["X-Request-Id"] = rid
            await send(message)

        received = 0
        limit = self.max_body

        async def receive_limited() -> dict:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise HTTPException(413, f"request body larger than {limit} bytes")
            return message

        try:
            length = headers.get("content-length", "")
            if length.isdigit() and int(length) > limit:
                self.service.metrics.errors.labels("too_large").inc()
                response = error_response(
                    "too_large", 413, f"request body larger than {limit} bytes", "ask a shorter question"
                )
                await response(scope, receive, send_with_id)
            else:
                await self.app(scope, receive_limited, send_with_id)
        except Exception:  # a bug: logged with its traceback and request id, answered without them
            self.service.metrics.errors.labels("internal").inc()
            logs.logger().exception("internal error")
            if started:
                raise
            response = error_response(
                "internal", 500, "kubequery failed unexpectedly", f"the service log has the details ({rid})"
            )
            await response(scope, receive, send_with_id)
        finally:
            seconds = time.perf_counter() - start
            route = scope.get("route")
            endpoint = getattr(route, "path", None) or (
                "/static" if scope["path"].startswith("/static/") else "other"
            )
            metrics = self.service.metrics
            metrics.requests.labels(endpoint, str(status)).inc()
            metrics.latency.labels(endpoint).observe(seconds)
            user = logs.asker.set(state.get("user", "-"))
            if endpoint not in ("/healthz", "/readyz", "/metrics", "/static"):
                logs.logger().info(
                    "request",
                    extra={
                        "method": scope["method"],
                        "path": scope["path"],
                        "status": status,
                        "seconds": round(seconds, 4),
                    },
                )
            logs.asker.reset(user)
            logs.request_id.reset(reset)
