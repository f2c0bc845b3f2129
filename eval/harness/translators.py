"""The translator interface the harness scores, and the registry of translators by name.

A translator turns one question (with its context) into one SQL query, or declines. The
harness ships two that work today: `gold`, an oracle returning each case's gold SQL (the
harness checked end to end: it must score 100%), and `sql-file`, predictions read from a
file (score any external system); `offline` (kubequery's parser) and `llm` (any
OpenAI-compatible endpoint) are kubequery's own translators. Any other translator
can be named as `package.module:factory`, a callable taking `TranslatorOptions`.
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from eval.harness.cases import Case
from kubequery.errors import KubequeryError
from kubequery.translate.base import Translation, TranslationContext, Translator

DECLINE = "DECLINE"  # what a predictions file holds for a declined case


class TranslatorError(KubequeryError):
    """A translator cannot be made (unknown name, missing option, bad predictions file)."""


@dataclass(frozen=True)
class TranslatorOptions:
    """Everything the command line can say about a translator; each factory takes what it needs."""

    cases: tuple[Case, ...] = ()
    predictions: str | None = None  # sql-file
    base_url: str | None = None  # llm
    model: str | None = None  # llm
    api_key_env: str = "OPENAI_API_KEY"  # llm: the variable holding the key (never the key itself)
    extra: dict[str, Any] = field(default_factory=dict)

    def describe(self) -> dict[str, Any]:
        """The options that make two runs comparable (never an API key: only its variable's name)."""
        found = {"predictions": self.predictions, "base_url": self.base_url, "model": self.model}
        return {k: v for k, v in found.items() if v}


class GoldTranslator:
    """The oracle: each case's gold SQL, or a decline for a case to decline."""

    name = "gold"

    def __init__(self, cases: Iterable[Case]) -> None:
        self._cases = {c.id: c for c in cases}

    def translate(self, question: str, *, context: TranslationContext) -> Translation:
        case = self._cases.get(context.case_id or "")
        if case is None:
            return Translation(message=f"no case {context.case_id!r}")
        if case.decline:
            return Translation(declined=True, message="declined (gold)", confidence=1.0)
        return Translation(sql=case.gold_sql, confidence=1.0)


class SqlFileTranslator:
    """Predictions made elsewhere, read from a file: case id → SQL, or "DECLINE".

    Accepted shapes: a JSON or YAML mapping `{id: "SELECT …"}` whose values may also be
    mappings (`{sql, declined, message, confidence, tokens_in, tokens_out, repairs, seconds}`),
    a list of such mappings each with an `id`, or JSON lines of them (`.jsonl`).
    """

    name = "sql-file"

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.predictions = load_predictions(self.path)

    def translate(self, question: str, *, context: TranslationContext) -> Translation:
        found = self.predictions.get(context.case_id or "")
        if found is None:
            return Translation(message=f"no prediction for {context.case_id!r} in {self.path}")
        return found


def load_predictions(path: Path) -> dict[str, Translation]:
    """A predictions file read into translations by case id."""
    if not path.is_file():
        raise TranslatorError(f"predictions file {path} not found")
    text = path.read_text(encoding="utf-8")
    try:
        if path.suffix == ".jsonl":
            data: Any = [json.loads(line) for line in text.splitlines() if line.strip()]
        elif path.suffix == ".json":
            data = json.loads(text)
        else:
            data = yaml.safe_load(text)
    except (ValueError, yaml.YAMLError) as e:
        raise TranslatorError(f"{path}: cannot be read: {e}") from None
    if isinstance(data, list):
        items = []
        for entry in data:
            if not isinstance(entry, dict) or "id" not in entry:
                raise TranslatorError(f"{path}: every entry of a list needs an id")
            items.append((str(entry["id"]), {k: v for k, v in entry.items() if k != "id"}))
    elif isinstance(data, dict):
        items = [(str(k), v) for k, v in data.items()]
    else:
        raise TranslatorError(f"{path}: expected a mapping of case id to SQL")
    return {case_id: _translation(value, path, case_id) for case_id, value in items}


def _translation(value: Any, path: Path, case_id: str) -> Translation:
    if value is None:
        return Translation(message="empty prediction")
    if isinstance(value, str):
        if value.strip().upper() == DECLINE:
            return Translation(declined=True, message="declined")
        return Translation(sql=value)
    if not isinstance(value, dict):
        raise TranslatorError(f"{path}: prediction for {case_id!r} must be SQL, DECLINE or a mapping")
    known = {"sql", "declined", "message", "confidence", "tokens_in", "tokens_out", "repairs", "seconds"}
    unknown = value.keys() - known
    if unknown:
        raise TranslatorError(f"{path}: prediction for {case_id!r} has unknown keys {sorted(unknown)}")
    sql = value.get("sql")
    declined = bool(value.get("declined")) or (isinstance(sql, str) and sql.strip().upper() == DECLINE)
    return Translation(
        sql=None if declined else sql,
        declined=declined,
        message=str(value.get("message") or ""),
        confidence=value.get("confidence"),
        tokens_in=int(value.get("tokens_in") or 0),
        tokens_out=int(value.get("tokens_out") or 0),
        repairs=int(value.get("repairs") or 0),
        seconds=value.get("seconds"),
    )


def _gold(options: TranslatorOptions) -> Translator:
    return GoldTranslator(options.cases)


def _sql_file(options: TranslatorOptions) -> Translator:
    if not options.predictions:
        raise TranslatorError(
            "the sql-file translator needs --predictions FILE",
            hint="a JSON or YAML mapping of case id to SQL or DECLINE",
        )
    return SqlFileTranslator(options.predictions)


def _llm(options: TranslatorOptions) -> Translator:
    """The LLM translator; extra options: timeout, max_repairs, fallback (a translator name)."""
    from kubequery.translate.llm import LLMTranslator

    fallback = options.extra.get("fallback")
    return LLMTranslator(
        base_url=options.base_url,
        model=options.model,
        api_key_env=options.api_key_env,
        timeout=options.extra.get("timeout"),
        max_repairs=int(options.extra.get("max_repairs", 2)),
        fallback=make_translator(fallback, options) if isinstance(fallback, str) else fallback,
    )


@dataclass
class _PerCluster:
    """One offline parser per cluster, each grounded in that cluster's names (as kq is grounded in
    the one cluster it asks): a name in one cluster must not change how a question about
    another reads. Questions about a cluster it could not open go to `fallback`."""

    translators: dict[str, Translator]
    fallback: Translator
    name: str = "offline"

    def translate(self, question: str, *, context: TranslationContext | None = None) -> Translation:
        label = getattr(context, "cluster", None)
        return self.translators.get(label, self.fallback).translate(question, context=context)


def _offline(options: TranslatorOptions) -> Translator:
    """The offline parser, grounded in the names of the cluster each case is asked of."""
    from eval.harness.run import open_cluster
    from kubequery.engine import Engine
    from kubequery.translate import OfflineTranslator, grounding_from_engine
    from kubequery.translate.grounding import merged

    groundings = {}
    for spec in dict.fromkeys(c.cluster for c in options.cases):
        try:
            groundings[spec.label] = grounding_from_engine(Engine(open_cluster(spec)))
        except KubequeryError:
            continue
    fallback = OfflineTranslator(grounding=merged(list(groundings.values())) if groundings else None)
    translators = {label: OfflineTranslator(grounding=g) for label, g in groundings.items()}
    return _PerCluster(translators, fallback)


Factory = Callable[[TranslatorOptions], Translator]
TRANSLATORS: dict[str, Factory] = {
    "gold": _gold,
    "sql-file": _sql_file,
    "offline": _offline,
    "llm": _llm,
}


def register(name: str, factory: Factory) -> None:
    """Make a translator available by name (the translators issue registers `offline` and `llm`)."""
    TRANSLATORS[name] = factory


def make_translator(name: str, options: TranslatorOptions) -> Translator:
    """The translator called `name`, or one named `package.module:factory`."""
    if name in TRANSLATORS:
        return TRANSLATORS[name](options)
    if ":" in name:
        module, _, attr = name.partition(":")
        try:
            factory = getattr(importlib.import_module(module), attr)
        except (ImportError, AttributeError) as e:
            raise TranslatorError(f"cannot load translator {name!r}: {e}") from None
        translator = factory(options)
        if not isinstance(translator, Translator):
            raise TranslatorError(f"{name!r} did not return a translator (needs .name and .translate)")
        return translator
    raise TranslatorError(
        f"unknown translator {name!r}",
        hint=f"choose one of {', '.join(TRANSLATORS)}, or name a factory as package.module:function",
    )
