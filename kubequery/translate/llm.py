"""The LLM translator: any OpenAI-compatible chat endpoint, through the `openai` client.

One question → the prompt (prompt.py) → the model's reply → the SQL taken out of it by
parsing (fenced blocks, bare SQL, prose around it, several candidates: the first that
kubequery's guard accepts as exactly one read-only query) → compiled against the catalog
(and run, when an engine is given for validation). A reply that does not compile or run
goes back to the model with the error, at most `max_repairs` times. A reply that tries to
change something or read outside the catalog is refused and never runs; `DECLINE: why`
from the model is a decline. Endpoint down, key rejected or timeout raise one LLMError
with a clear message, or hand the question to `fallback` when one is given.

Configuration (arguments win over the environment):
  KUBEQUERY_LLM_BASE_URL   the endpoint, e.g. http://localhost:11434/v1 (default: OpenAI's)
  KUBEQUERY_LLM_API_KEY    the key (else OPENAI_API_KEY; local servers accept any)
  KUBEQUERY_LLM_MODEL      the model name
"""

from __future__ import annotations

import os
import re
import time
from dataclasses import dataclass
from typing import Any

import sqlglot
from sqlglot.errors import ParseError, TokenError

from kubequery.compiler import compile_query
from kubequery.compiler.guard import parse_one_query
from kubequery.errors import ExecutionError, KubequeryError, QueryError, RefusedQueryError
from kubequery.translate.base import Translation
from kubequery.translate.prompt import PromptEngine, PromptOptions

OPENAI_BASE_URL = "https://api.openai.com/v1"
DEFAULT_TIMEOUT = 60.0
DEFAULT_MAX_REPAIRS = 2


class LLMError(KubequeryError):
    """The LLM endpoint cannot be used: unreachable, key rejected, timed out, misconfigured."""

    exit_code = 4


class LLMUnavailableError(LLMError):
    """Connection refused, DNS failure, timeout, 5xx: the endpoint is not answering."""


class LLMAuthError(LLMError):
    """The endpoint rejected the API key (401/403)."""


class LLMConfigError(LLMError):
    """No model, no endpoint, or an endpoint that does not know the model."""


@dataclass(frozen=True)
class LLMConfig:
    base_url: str
    api_key: str
    model: str
    timeout: float = DEFAULT_TIMEOUT

    @classmethod
    def resolve(
        cls,
        *,
        base_url: str | None = None,
        api_key: str | None = None,
        model: str | None = None,
        timeout: float | None = None,
        api_key_env: str | None = None,
        env: dict[str, str] | None = None,
    ) -> LLMConfig:
        """Arguments first, then KUBEQUERY_LLM_* variables, then OPENAI_API_KEY / OpenAI's URL."""
        env = dict(os.environ) if env is None else env
        base_url = base_url or env.get("KUBEQUERY_LLM_BASE_URL") or OPENAI_BASE_URL
        key = api_key or (env.get(api_key_env) if api_key_env else None)
        key = key or env.get("KUBEQUERY_LLM_API_KEY") or env.get("OPENAI_API_KEY")
        model = model or env.get("KUBEQUERY_LLM_MODEL")
        if not model:
            raise LLMConfigError(
                "no LLM model is set",
                hint="set KUBEQUERY_LLM_MODEL (and KUBEQUERY_LLM_BASE_URL for a local server): docs/llm.md",
            )
        if not key:
            if base_url.rstrip("/") == OPENAI_BASE_URL:
                raise LLMConfigError(
                    "no API key for OpenAI", hint="set KUBEQUERY_LLM_API_KEY or OPENAI_API_KEY"
                )
            key = "none"  # local servers (vLLM, Ollama, llama.cpp) accept any key
        return cls(
            base_url=base_url.rstrip("/"), api_key=key, model=model, timeout=timeout or DEFAULT_TIMEOUT
        )


# ---- taking the SQL out of a reply ----

_FENCE = re.compile(r"```[ \t]*([A-Za-z0-9_-]*)[^\n]*\n(.*?)(?:```|\Z)", re.S)
_DECLINE = re.compile(r"^\W*DECLINE\W*:?\s*(.*)", re.I | re.S)
_STATEMENT_START = re.compile(
    r"(?im)^[ \t>*-]*((?:WITH|SELECT|INSERT|UPDATE|DELETE|CREATE|DROP|ALTER|COPY|ATTACH|INSTALL"
    r"|LOAD|PRAGMA|SET|TRUNCATE|MERGE)\b)"
)
_INLINE_SELECT = re.compile(r"\b(?:WITH|SELECT)\b", re.I)


@dataclass
class Extracted:
    """What a reply holds: one accepted query, a decline, a refusal, or an error to send back."""

    sql: str | None = None
    decline: str | None = None
    refused: str | None = None
    error: str | None = None


def _candidates(reply: str) -> list[str]:
    """Pieces of the reply that may be the query, most likely first."""
    out: list[str] = []
    fences = _FENCE.findall(reply)
    sql_fences = [body for lang, body in fences if lang.lower() in ("sql", "duckdb", "postgresql", "sqlite")]
    out += sql_fences + [body for lang, body in fences if lang.lower() not in ("sql", "duckdb")]
    prose = _FENCE.sub("\n", reply)
    # Bare SQL: from a line starting like a statement to the end of the statement.
    for m in _STATEMENT_START.finditer(prose):
        out.append(prose[m.start(1) :])
    # SQL mid-sentence: "Here it is: SELECT ..."
    for m in _INLINE_SELECT.finditer(prose):
        out.append(prose[m.start() :])
    return [c.strip() for c in dict.fromkeys(out) if c.strip()]


def _trimmed(text: str) -> list[str]:
    """`text`, then `text` cut at its first semicolon and at each line end from the back:
    bare SQL followed by prose parses once the prose is cut off."""
    forms = [text]
    if ";" in text:
        forms.append(text.split(";", 1)[0])
    lines = text.splitlines()
    forms += ["\n".join(lines[:n]) for n in range(len(lines) - 1, 0, -1)]
    if text.rstrip().endswith("."):
        forms.append(text.rstrip()[:-1])
    for sep in (". ", ".\n"):  # "SELECT ... FROM pods. This lists ..."
        if sep in text:
            forms.append(text.split(sep, 1)[0])
    return [f.strip().rstrip(";").strip() for f in dict.fromkeys(forms) if f.strip()]


def _refusal(text: str) -> str | None:
    """Why `text` is refused, if it is (or holds) a statement that is not one read-only query."""
    try:
        statements = [s for s in sqlglot.parse(text, read="duckdb") if s is not None]
    except (ParseError, TokenError):
        return None
    for s in statements:
        try:
            parse_one_query(s.sql(dialect="duckdb"))
        except RefusedQueryError as e:
            return e.message
        except QueryError:
            continue
    return None


def extract_sql(reply: str) -> Extracted:
    """Take the query out of a model's reply by parsing it (see the module docstring)."""
    text = (reply or "").strip()
    m = _DECLINE.match(text)
    if m:
        return Extracted(decline=m.group(1).strip() or "declined by the model")
    syntax: str | None = None
    refused: str | None = None
    for candidate in _candidates(text):
        for n, form in enumerate(_trimmed(candidate)):
            try:
                parse_one_query(form)
                return Extracted(sql=form)
            except RefusedQueryError as e:
                if "several statements" not in e.message:
                    refused = refused or e.message
                elif n == 0:  # several whole statements: never cut one out of them
                    why = _refusal(form)
                    if why:
                        return Extracted(refused=why)
                    return Extracted(error=f"{e.message}. Send exactly one SELECT query.")
            except QueryError as e:
                syntax = syntax or e.message
    if refused:
        return Extracted(refused=refused)
    if syntax:
        return Extracted(error=syntax)
    if re.search(r"(?im)^\s*DECLINE\b", text):
        return Extracted(decline=text.split("DECLINE", 1)[1].lstrip(": ").strip())
    return Extracted(error="the reply holds no SQL query; answer with one SELECT in a ```sql block")


# ---- the translator ----


class LLMTranslator:
    """Questions → SQL through an OpenAI-compatible chat endpoint."""

    name = "llm"

    def __init__(
        self,
        *,
        base_url: str | None = None,
        api_key: str | None = None,
        model: str | None = None,
        timeout: float | None = None,
        api_key_env: str | None = None,
        max_repairs: int = DEFAULT_MAX_REPAIRS,
        max_retries: int = 1,
        temperature: float = 0.0,
        engine: Any = None,
        fallback: Any = None,
        grounding_names: bool = False,
        prompts: PromptEngine | None = None,
        config: LLMConfig | None = None,
    ) -> None:
        self.config = config or LLMConfig.resolve(
            base_url=base_url, api_key=api_key, model=model, timeout=timeout, api_key_env=api_key_env
        )
        import openai  # lazy: `kq --version` stays fast

        self._openai = openai
        self.client = openai.OpenAI(
            base_url=self.config.base_url,
            api_key=self.config.api_key,
            timeout=self.config.timeout,
            max_retries=max_retries,
        )
        self.max_repairs = max_repairs
        self.temperature = temperature
        self.engine = engine  # when given, answers are run once to validate them
        self.fallback = fallback
        self.grounding_names = grounding_names
        self.prompts = prompts or PromptEngine(options=PromptOptions(grounding_names=grounding_names))

    # The context is duck-typed: catalog, namespace, conversation, now (TranslationContext).
    def translate(self, question: str, *, context: Any) -> Any:
        start = time.perf_counter()
        try:
            result = self._translate(question, context)
        except LLMError as e:
            if self.fallback is None or isinstance(e, LLMConfigError):
                raise
            result = self.fallback.translate(question, context=context)
            by = getattr(self.fallback, "name", "fallback")
            note = f"LLM not used ({e.message}); answered by the {by} translator"
            result.message = f"{note}. {result.message}".strip() if result.message else note
            return result
        result.seconds = time.perf_counter() - start
        return result

    def _grounding(self) -> dict[str, list[str]] | None:
        if not (self.grounding_names and self.engine is not None):
            return None
        found: dict[str, list[str]] = {}
        for label, sql in (
            ("namespaces", "SELECT name FROM namespaces ORDER BY name"),
            ("nodes", "SELECT name FROM nodes ORDER BY name"),
            ("deployments", "SELECT DISTINCT name FROM deployments ORDER BY name LIMIT 200"),
        ):
            try:
                found[label] = [str(r[0]) for r in self.engine.query(sql).rows]
            except KubequeryError:
                continue
        return found

    def _translate(self, question: str, context: Any) -> Any:
        catalog = context.catalog
        prompt = self.prompts.build(
            question,
            catalog=catalog,
            now=context.now,
            namespace=context.namespace,
            conversation=context.conversation,
            grounding=self._grounding(),
        )
        messages = list(prompt.messages)
        tokens_in = tokens_out = 0
        last_error = ""
        for attempt in range(self.max_repairs + 1):
            reply, used_in, used_out = self._chat(messages)
            tokens_in += used_in
            tokens_out += used_out
            cost = {"tokens_in": tokens_in, "tokens_out": tokens_out, "repairs": attempt}
            found = extract_sql(reply)
            if found.decline is not None:
                return Translation(declined=True, message=f"declined: {found.decline}", **cost)
            if found.refused is not None:
                return Translation(
                    declined=True,
                    message=f"refused: the model's answer was not one read-only query ({found.refused}); "
                    "kubequery is read-only and never ran it",
                    **cost,
                )
            error, sql = found.error, found.sql
            if sql is not None:
                error = self._check(sql, catalog, context.now)
                if error is None:
                    return Translation(sql=sql, confidence=None, **cost)
                if error.startswith("refused:"):
                    return Translation(declined=True, message=error + "; it was never run", **cost)
            last_error = error or "unusable reply"
            messages += [
                {"role": "assistant", "content": reply},
                {"role": "user", "content": self.prompts.repair(last_error, sql)},
            ]
        return Translation(
            message=f"the LLM gave no working query after {self.max_repairs} repairs: {last_error}",
            tokens_in=tokens_in,
            tokens_out=tokens_out,
            repairs=self.max_repairs,
        )

    def _check(self, sql: str, catalog: Any, now: Any) -> str | None:
        """None when `sql` compiles (and runs, with an engine); else the error for the model."""
        try:
            compile_query(sql, catalog, now)
        except RefusedQueryError as e:
            return f"refused: {e.message}"
        except QueryError as e:
            return str(e)
        if self.engine is not None:
            try:
                self.engine.query(sql)
            except RefusedQueryError as e:
                return f"refused: {e.message}"
            except (QueryError, ExecutionError) as e:
                return str(e)
        return None

    def _chat(self, messages: list[dict[str, str]]) -> tuple[str, int, int]:
        openai = self._openai
        url = self.config.base_url
        try:
            response = self.client.chat.completions.create(
                model=self.config.model,
                messages=messages,
                temperature=self.temperature,  # type: ignore[arg-type]
            )
        except openai.APITimeoutError:
            raise LLMUnavailableError(
                f"the LLM at {url} did not answer within {self.config.timeout:g} s",
                hint="raise the timeout, use a smaller model, or use --translator offline",
            ) from None
        except openai.APIConnectionError as e:
            raise LLMUnavailableError(
                f"cannot reach the LLM at {url}: {e.__cause__ or e}",
                hint="check KUBEQUERY_LLM_BASE_URL and that the server runs, or use --translator offline",
            ) from None
        except (openai.AuthenticationError, openai.PermissionDeniedError):
            raise LLMAuthError(
                f"the LLM at {url} rejected the API key",
                hint="check KUBEQUERY_LLM_API_KEY (or OPENAI_API_KEY)",
            ) from None
        except openai.NotFoundError:
            raise LLMConfigError(
                f"the LLM at {url} does not know model {self.config.model!r} (or the URL is not an "
                "OpenAI-compatible /v1 endpoint)",
                hint="check KUBEQUERY_LLM_MODEL and KUBEQUERY_LLM_BASE_URL",
            ) from None
        except openai.APIStatusError as e:
            raise LLMUnavailableError(
                f"the LLM at {url} answered HTTP {e.status_code}: {_short(e.message)}",
                hint="try again later, or use --translator offline",
            ) from None
        choice = response.choices[0] if response.choices else None
        text = (choice.message.content if choice and choice.message else None) or ""
        usage = response.usage
        return text, (usage.prompt_tokens if usage else 0), (usage.completion_tokens if usage else 0)


def _short(text: str, limit: int = 200) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
