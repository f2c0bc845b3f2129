"""The prompt engine: the question, the relevant schema, retrieved examples and the
conversation, rendered from the jinja2 templates in prompts/.

Schema linking keeps the schema section to the tables and columns the question needs:
the whole catalog is ~900 columns, far too big for a prompt and a distraction for the
model. Tables are scored by the question's words against their names, aliases, kinds,
column names and descriptions (BM25, `retrieval.py`); tables the question names (or the
conversation's SQL reads) are always in. For each table the key columns (name,
namespace), the columns the question, the conversation or the chosen examples mention,
then the best-scoring others are described; the rest are listed by name only.

No cluster data goes into the prompt unless the operator passes `grounding` names.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import jinja2
import yaml

from kubequery.catalog import Catalog, Column, Table
from kubequery.paths import data_dir
from kubequery.translate.retrieval import BM25, stem, terms

try:  # an exact count when tiktoken happens to be installed; it is not a dependency
    import tiktoken

    _ENCODING: Any = tiktoken.get_encoding("cl100k_base")
    TOKENIZER = "tiktoken cl100k_base"
except Exception:  # noqa: BLE001 - missing package or encoding file: fall back to the estimate
    _ENCODING = None
    TOKENIZER = "chars/4 estimate"

_IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
# Words that point at a table without naming it.
_TABLE_HINTS: dict[str, tuple[str, ...]] = {
    "crashl": ("pods",),
    "oomkil": ("containers",),
    "image": ("containers",),
    "cordon": ("nodes",),
    "restar": ("pods",),
    "warnin": ("events",),
    "zone": ("nodes",),
    "gpu": ("nodes",),
    "gpus": ("nodes",),
    "quota": ("resourcequotas",),
    "claim": ("persistentvolumeclaims",),
    "volume": ("persistentvolumeclaims",),
    "failur": ("events",),
    "mount": ("events",),
    "reques": ("pods",),
    "unrequ": ("pods",),
}


def count_tokens(text: str) -> int:
    """Tokens in `text`: exact with tiktoken (cl100k_base) if installed, else chars/4 (see TOKENIZER)."""
    if _ENCODING is not None:
        return len(_ENCODING.encode(text))
    return (len(text) + 3) // 4


@dataclass(frozen=True)
class PromptOptions:
    """How the prompt is built. `grounding_names` is an operator's choice (cluster data to the LLM)."""

    schema_linking: bool = True
    max_tables: int = 4
    max_columns: int = 12  # described columns per linked table, keys included
    examples: int = 6
    grounding_names: bool = False


@dataclass(frozen=True)
class BankExample:
    question: str
    sql: str | None = None
    decline: str | None = None
    namespace: str | None = None
    previous: dict[str, str] | None = None


@dataclass
class Prompt:
    """The chat messages for the model, and what went into them (for tests and --explain)."""

    messages: list[dict[str, str]]
    tables: list[str]
    examples: list[BankExample]
    linked: bool

    @property
    def text(self) -> str:
        return "\n\n".join(m["content"] for m in self.messages)

    @property
    def tokens(self) -> int:
        return count_tokens(self.text)


@dataclass
class _LinkedTable:
    name: str
    kind: str
    namespaced: bool
    aliases: tuple[str, ...]
    description: str
    columns: list[dict[str, str | None]]
    omitted: list[str] = field(default_factory=list)


def _turns(conversation: Iterable[Any]) -> list[dict[str, str]]:
    """Turns as {question, sql}, from Turn objects, mappings or (question, sql) pairs."""
    out = []
    for t in conversation:
        if isinstance(t, Mapping):
            out.append({"question": str(t["question"]), "sql": str(t["sql"])})
        elif isinstance(t, (tuple, list)):
            out.append({"question": str(t[0]), "sql": str(t[1])})
        else:
            out.append({"question": str(t.question), "sql": str(t.sql)})
    return out


def _pushdown_hint(column: Column) -> str | None:
    p = column.pushdown
    if p is None:
        return None
    if p.kind == "field":
        return f"field {p.field}"
    return {"namespace": "namespace", "labels": "label selector", "cluster": "context"}[p.kind]


def _table_doc(table: Table) -> list[str]:
    names = [table.name, table.kind, *table.aliases]
    words = terms(" ".join(names)) * 3  # a name counts more than a word in a description
    words += terms(table.description)
    for c in table.columns:
        words += terms(c.name) * 2 + terms(c.description)
    return words


@functools.cache
def load_bank(path: Path) -> tuple[BankExample, ...]:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    out = []
    for i, entry in enumerate(data.get("examples") or []):
        if not isinstance(entry, dict) or "question" not in entry or ("sql" in entry) == ("decline" in entry):
            raise ValueError(f"{path}: example {i} needs a question and exactly one of sql, decline")
        out.append(BankExample(**entry))
    return tuple(out)


class PromptEngine:
    """Builds the messages for one question. Templates and example bank come from `folder`."""

    def __init__(self, folder: Path | None = None, options: PromptOptions | None = None) -> None:
        self.folder = folder or data_dir("prompts")
        self.options = options or PromptOptions()
        self.env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(str(self.folder)),
            undefined=jinja2.StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=False,
            autoescape=False,
        )
        self.bank = load_bank(self.folder / "examples.yaml")
        self._bank_index = BM25(
            [
                terms(e.question) + terms(e.previous["question"]) if e.previous else terms(e.question)
                for e in self.bank
            ]
        )
        self._table_index: tuple[int, list[Table], BM25] | None = None

    # ---- the parts ----

    def retrieve_examples(self, question: str, k: int | None = None) -> list[BankExample]:
        """The `k` examples most like the question (BM25), best first."""
        k = self.options.examples if k is None else k
        return [self.bank[i] for i, _ in self._bank_index.top(terms(question), k)]

    def _tables_index(self, catalog: Catalog) -> tuple[list[Table], BM25]:
        key = id(catalog)
        if self._table_index is None or self._table_index[0] != key:
            tables = list(catalog)
            self._table_index = (key, tables, BM25([_table_doc(t) for t in tables]))
        return self._table_index[1], self._table_index[2]

    def link_tables(
        self,
        question: str,
        catalog: Catalog,
        *,
        conversation: Sequence[Any] = (),
        examples: Sequence[BankExample] = (),
    ) -> list[Table]:
        """The tables the question needs, most relevant first (at most max_tables, anchors always)."""
        tables, index = self._tables_index(catalog)
        words = terms(question)
        anchored: list[str] = []
        for t in tables:  # named in the question: pods, po, Pod, deploy
            own = (t.name, *t.aliases) if t.expand else (t.name, t.kind, *t.aliases)
            names = {stem(n.lower()) for n in own}
            if any(w in names or w.rstrip("s") in names for w in words):
                anchored.append(t.name)
        for w in words:
            anchored += [n for n in _TABLE_HINTS.get(w, _TABLE_HINTS.get(w.rstrip("s"), ())) if n in catalog]
        for turn in _turns(conversation)[-1:]:  # a follow-up keeps the previous query's tables
            anchored += [w for w in _IDENT.findall(turn["sql"]) if w in catalog]
        scores = dict(zip((t.name for t in tables), index.scores(words), strict=True))
        for rank, ex in enumerate(examples[:3]):  # the best examples' tables, a little
            for w in _IDENT.findall(ex.sql or ""):
                if w in scores:
                    scores[w] += 2.0 / (rank + 1)
        anchored = list(dict.fromkeys(anchored))
        ranked = sorted((n for n in scores if n not in anchored), key=lambda n: -scores[n])
        best = max(scores.values(), default=0.0)
        extra = [n for n in ranked if scores[n] > 0 and scores[n] >= 0.6 * best]
        room = max(self.options.max_tables - len(anchored), 0 if anchored else 1)
        chosen = anchored + extra[:room]
        if not chosen:
            chosen = ["pods"] if "pods" in catalog else [tables[0].name]
        return [catalog[n] for n in chosen]

    def link_columns(
        self, table: Table, question: str, mentioned: set[str]
    ) -> tuple[list[Column], list[str]]:
        """(described columns, names of the others) for one linked table."""
        keys = {"name", "namespace"} if table.namespaced else {"name"}
        keys |= {"pod"} & set(table.by_name)
        wanted = {c.name for c in table.columns if c.name in keys or c.name in mentioned}
        words = terms(question)
        index = BM25([terms(c.name) * 2 + terms(c.description) for c in table.columns])
        for i, _ in index.top(words, len(table.columns)):
            if len(wanted) >= self.options.max_columns:
                break
            wanted.add(table.columns[i].name)
        own = [c for c in table.columns if c.name not in _COMMON_NAMES]
        for c in own[:3]:  # the first columns kubectl get shows, when room is left
            if len(wanted) < self.options.max_columns:
                wanted.add(c.name)
        shown = [c for c in table.columns if c.name in wanted]
        return shown, [c.name for c in table.columns if c.name not in wanted]

    # ---- the whole prompt ----

    def build(
        self,
        question: str,
        *,
        catalog: Catalog,
        now: datetime | str,
        namespace: str | None = None,
        conversation: Sequence[Any] = (),
        grounding: Mapping[str, Sequence[str]] | None = None,
        schema_linking: bool | None = None,
    ) -> Prompt:
        """The system and user messages for `question`."""
        linking = self.options.schema_linking if schema_linking is None else schema_linking
        turns = _turns(conversation)
        context_text = " ".join([question, *(t["question"] for t in turns[-1:])])
        examples = self.retrieve_examples(context_text)
        mentioned = set(
            _IDENT.findall(" ".join([*(t["sql"] for t in turns), *(e.sql or "" for e in examples)]))
        )
        if linking:
            tables = self.link_tables(question, catalog, conversation=turns, examples=examples)
        else:
            tables = list(catalog)
        linked = []
        for t in tables:
            if linking:
                shown, omitted = self.link_columns(t, context_text, mentioned)
            else:
                shown, omitted = list(t.columns), []
            linked.append(
                _LinkedTable(
                    name=t.name,
                    kind=t.kind,
                    namespaced=t.namespaced,
                    aliases=t.aliases,
                    description=t.description,
                    columns=[
                        {
                            "name": c.name,
                            "type": c.type,
                            "description": c.description,
                            "pushdown": _pushdown_hint(c),
                        }
                        for c in shown
                    ],
                    omitted=omitted,
                )
            )
        now_text = now.isoformat() if isinstance(now, datetime) else str(now)
        if grounding and not self.options.grounding_names:
            grounding = None  # cluster data goes to the LLM only when the operator allows it
        system = self.env.get_template("system.j2").render(now=now_text)
        user = self.env.get_template("user.j2").render(
            schema_linked=linking,
            total_tables=len(list(catalog)),
            tables=linked,
            grounding={k: list(v) for k, v in (grounding or {}).items() if v},
            examples=examples,
            conversation=turns,
            now=now_text,
            namespace=namespace,
            question=question,
        )
        return Prompt(
            messages=[
                {"role": "system", "content": system.strip()},
                {"role": "user", "content": user.strip()},
            ],
            tables=[t.name for t in tables],
            examples=examples,
            linked=linking,
        )

    def repair(self, error: str, sql: str | None) -> str:
        """The message sending a failed answer's error back to the model."""
        return self.env.get_template("repair.j2").render(error=error, sql=sql).strip()


_COMMON_NAMES = {
    "name", "namespace", "uid", "labels", "annotations", "created", "age",
    "owner_kind", "owner_name", "cluster", "raw",
}  # fmt: skip


def prompt_tokens(
    question: str,
    *,
    catalog: Catalog,
    now: datetime | str,
    namespace: str | None = None,
    conversation: Sequence[Any] = (),
    schema_linking: bool = True,
    engine: PromptEngine | None = None,
) -> int:
    """The prompt's size for `question` in tokens (see TOKENIZER for how they are counted)."""
    engine = engine or PromptEngine()
    prompt = engine.build(
        question,
        catalog=catalog,
        now=now,
        namespace=namespace,
        conversation=conversation,
        schema_linking=schema_linking,
    )
    return prompt.tokens
