"""A negation the parser read past. "secrets not of type Opaque" must never become the Opaque secrets: when
the filters a question's one negated phrase adds are the very ones the question gives without its "not",
they are put back negated. A phrase read as nothing is left to the check of unread words."""

from __future__ import annotations

import re
from collections.abc import Callable

import sqlglot
from sqlglot import exp

from kubequery.translate import rx

# the one negation word, and what the question says without it ("haven't failed" -> "have failed")
_NEGATIONS = {
    "not": "",
    "never": "",
    "without": "with",
    "isn't": "is",
    "isnt": "is",
    "aren't": "are",
    "arent": "are",
    "doesn't": "does",
    "doesnt": "does",
    "don't": "do",
    "dont": "do",
    "haven't": "have",
    "havent": "have",
    "hasn't": "has",
    "hasnt": "has",
    "didn't": "did",
    "didnt": "did",
    "wasn't": "was",
    "weren't": "were",
}
_WORD = re.compile(r"(?<![\w'\-])(" + "|".join(map(re.escape, _NEGATIONS)) + r")(?![\w'\-])")
# where a negated phrase ends: the next clause, a place, or the end
# ("not Running or Succeeded" is one phrase; "in a Running phase" is no place)
# ("not owned by a daemonset" is one phrase: its "by" names the owner, not an order)
_CLAUSE_END = r"\s+(?:and|but|sorted|ordered|order|with)\s+|\s+(?:in|on|from|-n)\s+(?!an?\s)"
_CLAUSE_END += r"|(?<!owned)(?<!created)(?<!managed)(?<!controlled)(?<!spawned)\s+by\s+"
_CLAUSE_END += r"|\s*[,;(]\s*|[?.!\s]*$"
# the words leading into the negated phrase, dropped with it ("that are not ready")
_LEAD_IN = r"(?:\s+(?:that|which|who|whose \w+|where \w+)?"
_LEAD_IN += r"(?:\s+(?:are|is|were|was|do|does|did|have|has))?)?\s*$"

Parse = Callable[[str], "str | None"]


def unsaid(text: str) -> str | None:
    """`text` said without its one negation ("which of them aren't bound" -> "... are bound"), or None."""
    found = list(_WORD.finditer(text))
    if len(found) != 1:
        return None
    m = found[0]
    return _squash(text[: m.start()] + _NEGATIONS[m.group(1)] + text[m.end() :])


def kept(text: str, sql: str, parse: Parse) -> str:
    """`sql` with the question's negation kept: `sql` itself when the negation was read (or there is none
    to check), else the SQL with that phrase's filters negated."""
    found = list(_WORD.finditer(text))
    if len(found) != 1:
        return sql
    m = found[0]
    if rx.search(r"\b(?:why|how come|what'?s wrong|what is wrong|reason)\b", text[: m.start()]):
        return sql  # "why isn't kafka-0 ready?": the events about it, whichever way it is said
    if text.count("(", 0, m.start()) > text.count(")", 0, m.start()):
        return sql  # inside an aside, which restates what was asked: "(not Running or Completed)"
    quantifier = r"\s+(?:all|every|only|just|even|yet|sure|quite|necessarily|always|exactly)\b"
    if rx.match(quantifier, text[m.end() :]):
        return sql  # "not all replicas ready": a quantifier, not the phrase denied
    # the phrase holds a word at least: "aren't from the kubelet" is not cut at its "from"
    end = next((e for e in rx.finditer(_CLAUSE_END, text[m.end() :]) if e.start() > 0), None)
    phrase_end = m.end() + (end.start() if end else len(text) - m.end())
    if phrase_end == m.end():
        return sql
    positive_sql = parse(unsaid(text) or text)
    if positive_sql is None:
        return sql
    base_sql = parse(_squash(rx.sub(_LEAD_IN, "", text[: m.start()]) + " " + text[phrase_end:]))
    if base_sql is None:
        return sql
    full, positive, base = (sqlglot.parse_one(s, read="duckdb") for s in (sql, positive_sql, base_sql))
    if full == base:  # "pods that don't have limits": read as every pod, the phrase dropped
        added = _added(positive, base)
        if added:
            return _negated(positive, added, base)
        return (positive != base and _complement(positive, base)) or sql
    # the filters the negated phrase added, found unnegated when the question is said without "not"
    added = _added(full, base)
    if not added:  # read exactly as without its "not": the phrase went through another table
        return (full == positive and _complement(full, base)) or sql
    if any(c not in _conjuncts(positive) for c in added):
        return sql  # the negation was read (or the phrase changed more than the filters)
    return _negated(full, added, base)


def _complement(said: exp.Expression, base: exp.Expression) -> str | None:
    """The rows of the plain listing `base` that `said` (the reading without "not", through another table:
    "nodes not running kafka pods" read as a join to the kafka pods) does not give; None unless both are
    listings of the same width."""
    if not all(map(_plain_listing, (said, base))) or len(said.expressions) != len(base.expressions):
        return None
    if any(isinstance(e, exp.Star) for e in base.expressions):
        return None
    if _unaliased(said) == _unaliased(base):  # the phrase read as nothing: the difference is always empty
        return None
    return exp.except_(base.copy(), said.copy()).sql(dialect="duckdb")


def _unaliased(tree: exp.Expression) -> exp.Expression:
    """`tree` with its tables' aliases replaced by their names: "pods AS p" and "pods AS a" read alike."""
    names = {t.alias: t.name for t in tree.find_all(exp.Table) if t.alias}
    if len(set(names.values())) != len(names):
        return tree  # a table met twice: its aliases tell the two apart
    out = tree.copy()
    for table in out.find_all(exp.Table):
        table.set("alias", None)
    for column in out.find_all(exp.Column):
        if column.table in names:
            column.set("table", exp.to_identifier(names[column.table]))
    return out


def _plain_listing(tree: exp.Expression) -> bool:
    """A SELECT of rows as they are: no grouping, aggregate, order or limit a set difference would lose."""
    if not isinstance(tree, exp.Select) or tree.find(exp.AggFunc, exp.Window) is not None:
        return False
    return not any(tree.args.get(k) for k in ("group", "having", "order", "limit", "offset", "with"))


def denied(sql: str, positive_sql: str | None) -> str | None:
    """`sql` without the rows `positive_sql` (the question with the excluded phrase said) adds filters for:
    "images other than nginx" is the images without the nginx ones. None when it adds more than filters."""
    if positive_sql is None:
        return None
    full, positive = sqlglot.parse_one(sql, read="duckdb"), sqlglot.parse_one(positive_sql, read="duckdb")
    added = _added(positive, full)
    return _negated(positive, added, full) if added else None


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _added(full: exp.Expression, base: exp.Expression) -> list[exp.Expression]:
    """The filters `full` has and `base` lacks, when the two differ in nothing else."""
    mine, theirs = _conjuncts(full), _conjuncts(base)
    if any(c not in mine for c in theirs):
        return []
    # the columns may differ (events from a source show their message): the rows asked for may not
    if any(full.args.get(k) != base.args.get(k) for k in ("from", "joins", "group", "having", "distinct")):
        return []  # the phrase changed more than the filters (a join, a grouping): not ours to negate
    return [c for c in mine if c not in theirs]


def _negated(full: exp.Expression, added: list[exp.Expression], base: exp.Expression) -> str:
    """`full` with the filters `added` negated, showing the columns of the question without the phrase (a
    filter denied does not pick the columns as the filter said does: the kubelet's events show messages)."""
    kept_filters = [c.copy() for c in _conjuncts(full) if c not in added]
    # NULL is not the thing said either: "services not exposing port 80" keeps those with no ports
    phrase = exp.and_(*(c.copy() for c in added))
    negated = exp.Not(this=exp.Is(this=exp.Paren(this=phrase), expression=exp.true()))
    new = full.copy()
    new.set("expressions", [e.copy() for e in base.expressions])
    new.set("where", None)
    return new.where(*kept_filters, negated, copy=False, dialect="duckdb").sql(dialect="duckdb")


def _conjuncts(tree: exp.Expression) -> list[exp.Expression]:
    """The AND-ed filters of a query's WHERE."""
    where = tree.args.get("where")
    if where is None:
        return []
    node = where.this
    return list(node.flatten()) if isinstance(node, exp.And) else [node]


# a list of values said after one negation: "not Running, Completed or Pending", "not in (a, b, c)",
# "excluding Running and Completed ones", "| grep -v Running | grep -v Completed"
_LIST_NEGATED = re.compile(
    r"(?:\bnot(?:\s+in|\s+one\s+of)?|n't|\bnor|\bneither|\bexcluding|\bexcept(?:\s+for)?|\bother\s+than|"
    r"\bgrep\s+-v)\s+\(?\s*((?:[\w\-]+(?:\s*,\s*(?:or\s+|and\s+|nor\s+)?|\s+(?:or|nor|and(?:\s+not)?)\s+|"
    r"\s*\|\s*grep\s+-v\s+))+[\w\-]+)"
)


def values_denied(text: str, sql: str) -> str:
    """`sql` with a column's values said in one negated list ("pods whose status isn't Running, Completed or
    Pending") all left out: the parser may keep some of them, or read the list as the values wanted."""
    listed = [
        {w.lower() for w in re.findall(r"[\w\-]+", m.group(1))} - {"or", "nor", "and", "not", "grep", "v"}
        for m in _LIST_NEGATED.finditer(text)
    ]
    listed = [words for words in listed if len(words) >= 2]
    if not listed:
        return sql
    tree = sqlglot.parse_one(sql, read="duckdb")
    conjuncts = _conjuncts(tree)
    if not conjuncts:
        return sql
    said: dict[str, list[str]] = {}  # the values each column's filters name, in order
    own: dict[str, list[exp.Expression]] = {}
    for c in conjuncts:
        columns = list(c.find_all(exp.Column))
        values = [v.this for v in c.find_all(exp.Literal) if v.is_string]
        if len({col.sql() for col in columns}) != 1 or not values:
            continue
        key = columns[0].sql(dialect="duckdb")
        said.setdefault(key, []).extend(values)
        own.setdefault(key, []).append(c)
    for key, values in said.items():
        values = list(dict.fromkeys(values))
        if len(values) < 2 or not any({v.lower() for v in values} <= words for words in listed):
            continue
        kept = [c.copy() for c in conjuncts if c not in own[key]]
        quoted = ", ".join("'" + v.replace("'", "''") + "'" for v in values)
        tree = tree.copy()
        tree.set("where", None)
        kept.append(f"{key} NOT IN ({quoted})")
        return tree.where(*kept, copy=False, dialect="duckdb").sql(dialect="duckdb")
    return sql
