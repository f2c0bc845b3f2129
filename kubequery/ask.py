"""One question, answered: translate (with the conversation so far), run, and report both.

The CLI, the interactive session and the service all ask through `ask`, so a question gets
the same SQL and the same answer wherever it is asked.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from kubequery.errors import KubequeryError
from kubequery.translate.base import Translation, TranslationContext, Translator, Turn

SQL_START = ("select", "with", "from", "(")


class Declined(KubequeryError):
    """The translator declined the question (a mutation, a secret's value, or not understood)."""

    exit_code = 2


@dataclass
class Answer:
    question: str
    sql: str
    translation: Translation | None  # None when the question was SQL already
    result: Any  # kubequery.engine.Result

    def turn(self) -> Turn:
        return Turn(self.question, self.sql)


def looks_like_sql(text: str) -> bool:
    return text.lstrip().lower().startswith(SQL_START)


def translate(
    question: str,
    engine: Any,
    translator: Translator,
    conversation: tuple[Turn, ...] = (),
    namespace: str | None = None,
) -> Translation:
    """The translator's answer for `question`; a decline raises `Declined` with its message."""
    source = engine.source
    context = TranslationContext(
        catalog=engine.catalog,
        namespace=namespace if namespace is not None else getattr(source, "default_namespace", None),
        conversation=tuple(conversation),
        now=source.now,
    )
    found = translator.translate(question, context=context)
    if found.declined or not found.sql:
        raise Declined(
            found.message or f"could not turn {question!r} into a query",
            hint='ask in SQL instead, e.g. SELECT name, status FROM pods WHERE namespace = \'default\'',
        )
    return found


def ask(
    question: str,
    engine: Any,
    translator: Translator,
    conversation: tuple[Turn, ...] = (),
    namespace: str | None = None,
) -> Answer:
    """Translate `question` (SQL passes straight through) and run it on `engine`."""
    if looks_like_sql(question):
        return Answer(question, question, None, engine.query(question))
    found = translate(question, engine, translator, conversation, namespace)
    return Answer(question, found.sql or "", found, engine.query(found.sql or ""))
