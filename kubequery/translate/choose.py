"""Pick a translator the way the CLI and the service offer them: offline, llm, or auto."""

from __future__ import annotations

import os
from typing import Any

from kubequery.errors import KubequeryError
from kubequery.translate.base import Translator

TRANSLATORS = ("auto", "offline", "llm")


def llm_configured(model: str | None = None) -> bool:
    """An LLM is configured when a model is named, on the command line or in the environment."""
    return bool(model or os.environ.get("KUBEQUERY_LLM_MODEL"))


def make_translator(
    name: str,
    engine: Any,
    *,
    base_url: str | None = None,
    model: str | None = None,
    fallback_offline: bool = False,
) -> Translator:
    """`auto` is the LLM when one is configured, else the offline parser."""
    if name not in TRANSLATORS:
        raise KubequeryError(f"unknown translator {name!r}", hint=f"choose one of {', '.join(TRANSLATORS)}")
    if name == "auto":
        name = "llm" if llm_configured(model) else "offline"
    if name == "offline":
        return _offline(engine)
    from kubequery.translate.llm import LLMTranslator

    fallback = _offline(engine) if fallback_offline else None
    return LLMTranslator(base_url=base_url, model=model, engine=engine, fallback=fallback)


def _offline(engine: Any) -> Translator:
    from kubequery.translate.grounding import grounding_from_engine
    from kubequery.translate.offline import OfflineTranslator

    return OfflineTranslator(catalog=engine.catalog, grounding=grounding_from_engine(engine))
