"""What every translator takes and gives: shared by the CLI, the service and the eval harness."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Protocol, runtime_checkable

from kubequery.catalog import Catalog


@dataclass(frozen=True)
class Turn:
    """One earlier question of a conversation and the SQL that answered it."""

    question: str
    sql: str


@dataclass(frozen=True)
class TranslationContext:
    """What a translator may know besides the question.

    `case_id` is there for oracles and replayed predictions (the eval harness's gold and
    sql-file translators) only; a real translator must not look at it. `cluster` names the
    cluster asked (the harness's cluster label), so that a translator grounded in several
    clusters reads the question with the names of the one it is asked of, as kq does.
    """

    catalog: Catalog
    namespace: str | None
    conversation: tuple[Turn, ...]
    now: datetime
    case_id: str | None = None
    cluster: str | None = None


@dataclass
class Translation:
    """A translator's answer: SQL, or a decline with its message, and what it cost."""

    sql: str | None = None
    declined: bool = False
    message: str = ""
    confidence: float | None = None
    tokens_in: int = 0
    tokens_out: int = 0
    repairs: int = 0
    seconds: float | None = None  # None: whoever calls times the call itself


@runtime_checkable
class Translator(Protocol):
    name: str

    def translate(self, question: str, *, context: TranslationContext) -> Translation: ...
