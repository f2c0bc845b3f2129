"""Kubernetes label and field selectors, with the real API server's semantics.

Two users need exactly what a kube-apiserver does:

* the compiler builds selector strings to push down to the API server, and must
  only send text the server accepts and that selects what the server selects;
* the snapshot source (and the Kubernetes API test server) filter objects
  themselves and must give the same answer a real server would.

Label selectors follow apimachinery ``pkg/labels/selector.go`` (``labels.Parse``):
the same lexer and parser, the same ``gt``/``lt`` operators, the same key and
value validation, and error messages worded as the server words them (the
server answers ``400 BadRequest`` with that message; kubectl adds its own
``Unable to find ... that match label selector ...`` prefix in front).

Field selectors follow ``pkg/fields/selector.go`` (``fields.ParseSelector``,
including backslash escaping) plus, per kind, the server's field-label
conversion (which labels are accepted, and the error text when one is not) and
the registry's ``GetAttrs`` (which string value each label compares against).

Messages mirror apimachinery/kubernetes master (2025-26). Older servers word a
few validation messages slightly differently ("a qualified name", "63
characters" instead of "a valid label key", "63 bytes"); the structure is the
same.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from typing import Any

from kubequery.errors import SelectorError
from kubequery.objects import get_path

__all__ = [
    "FIELD_SINCE",
    "SUPPORTED_FIELDS",
    "FieldRequirement",
    "FieldSelector",
    "LabelSelector",
    "Operator",
    "Requirement",
    "SelectorError",
    "escape_field_value",
    "field_label_error",
    "format_field_selector",
    "format_label_selector",
    "is_builtin_api_version",
    "is_valid_label_key",
    "is_valid_label_value",
    "label_key_errors",
    "label_value_errors",
    "make_requirement",
    "parse_field_selector",
    "parse_label_selector",
    "supported_fields",
]


# --------------------------------------------------------------------------
# Go-compatible formatting helpers
# --------------------------------------------------------------------------

_GO_ESCAPES = {"\a": "\\a", "\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r", "\t": "\\t",
               "\v": "\\v", "\\": "\\\\", '"': '\\"'}


def _go_quote(s: str) -> str:
    """Quote like Go's ``%q`` (strconv.Quote), which the server uses in messages."""
    out = ['"']
    for ch in s:
        esc = _GO_ESCAPES.get(ch)
        if esc is not None:
            out.append(esc)
        elif ch.isprintable():
            out.append(ch)
        elif ord(ch) < 0x80:
            out.append(f"\\x{ord(ch):02x}")
        elif ord(ch) <= 0xFFFF:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(f"\\U{ord(ch):08x}")
    out.append('"')
    return "".join(out)


def _field_invalid(path: str, value: Any, detail: str) -> str:
    """Render apimachinery's ``field.Invalid(path, value, detail).Error()``."""
    if isinstance(value, str):
        shown = _go_quote(value)
    elif isinstance(value, bool):
        shown = "true" if value else "false"
    elif isinstance(value, int | float):
        shown = str(value)
    else:
        shown = json.dumps(value, separators=(",", ":"), ensure_ascii=False)
    text = f"{path}: Invalid value: {shown}"
    return f"{text}: {detail}" if detail else text


def _aggregate(messages: list[str]) -> str:
    """Render ``utilerrors.NewAggregate(...).Error()``: deduplicated, bracketed if several."""
    seen: list[str] = []
    for m in messages:
        if m not in seen:
            seen.append(m)
    if len(seen) == 1:
        return seen[0]
    return "[" + ", ".join(seen) + "]"


def _regex_error(msg: str, fmt: str, *examples: str) -> str:
    """Render apimachinery's ``RegexError`` (its double spaces included)."""
    if not examples:
        return f"{msg} (regex used for validation is '{fmt}')"
    text = msg + " (e.g. "
    for i, example in enumerate(examples):
        if i > 0:
            text += " or "
        text += "'" + example + "', "
    return text + "regex used for validation is '" + fmt + "')"


def _max_len_error(length: int) -> str:
    """Render apimachinery's ``MaxLenError``."""
    return f"must be no more than {length} bytes"


# --------------------------------------------------------------------------
# Label key / value validation (content.IsLabelKey / IsLabelValue)
# --------------------------------------------------------------------------

_LABEL_KEY_FMT = "([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]"
_LABEL_KEY_ERR = ("must consist of alphanumeric characters, '-', '_' or '.', "
                  "and must start and end with an alphanumeric character")
_LABEL_KEY_RE = re.compile(_LABEL_KEY_FMT)
_LABEL_VALUE_FMT = "(" + _LABEL_KEY_FMT + ")?"
_LABEL_VALUE_ERR = ("a valid label must be an empty string or consist of alphanumeric "
                    "characters, '-', '_' or '.', and must start and end with an "
                    "alphanumeric character")
_LABEL_VALUE_RE = re.compile(_LABEL_VALUE_FMT)
_DNS1123_LABEL_FMT = "[a-z0-9]([-a-z0-9]*[a-z0-9])?"
_DNS1123_SUBDOMAIN_FMT = _DNS1123_LABEL_FMT + "(\\." + _DNS1123_LABEL_FMT + ")*"
_DNS1123_SUBDOMAIN_ERR = ("a lowercase RFC 1123 subdomain must consist of lower case "
                          "alphanumeric characters, '-' or '.', and must start and end "
                          "with an alphanumeric character")
_DNS1123_SUBDOMAIN_RE = re.compile(_DNS1123_SUBDOMAIN_FMT)
_LABEL_MAX = 63
_SUBDOMAIN_MAX = 253


def _blen(s: str) -> int:
    """Length in bytes, as Go's ``len`` measures strings."""
    return len(s.encode("utf-8", "surrogatepass"))


def _dns1123_subdomain_errors(value: str) -> list[str]:
    """Mirror ``IsDNS1123Subdomain`` (used for the optional key prefix)."""
    errs = []
    if _blen(value) > _SUBDOMAIN_MAX:
        errs.append(_max_len_error(_SUBDOMAIN_MAX))
    if not _DNS1123_SUBDOMAIN_RE.fullmatch(value):
        errs.append(_regex_error(_DNS1123_SUBDOMAIN_ERR, _DNS1123_SUBDOMAIN_FMT, "example.com"))
    return errs


def label_key_errors(key: str) -> list[str]:
    """Why the server would reject ``key`` as a label key (empty list if valid).

    A key is ``[prefix/]name``: the optional prefix a DNS-1123 subdomain
    (lower case, <= 253 bytes), the name <= 63 bytes of ``[A-Za-z0-9_.-]``
    starting and ending alphanumeric.
    """
    errs: list[str] = []
    parts = key.split("/")
    if len(parts) == 1:
        name = parts[0]
    elif len(parts) == 2:
        prefix, name = parts
        if not prefix:
            errs.append("prefix part must be non-empty")
        else:
            errs.extend("prefix part " + m for m in _dns1123_subdomain_errors(prefix))
    else:
        return [
            "a valid label key "
            + _regex_error(_LABEL_KEY_ERR, _LABEL_KEY_FMT, "MyName", "my.name", "123-abc")
            + " with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')"
        ]
    if not name:
        errs.append("name part must be non-empty")
    elif _blen(name) > _LABEL_MAX:
        errs.append("name part " + _max_len_error(_LABEL_MAX))
    if not _LABEL_KEY_RE.fullmatch(name):
        errs.append("name part " + _regex_error(_LABEL_KEY_ERR, _LABEL_KEY_FMT,
                                                "MyName", "my.name", "123-abc"))
    return errs


def label_value_errors(value: str) -> list[str]:
    """Why the server would reject ``value`` as a label value (empty list if valid)."""
    errs = []
    if _blen(value) > _LABEL_MAX:
        errs.append(_max_len_error(_LABEL_MAX))
    if not _LABEL_VALUE_RE.fullmatch(value):
        errs.append(_regex_error(_LABEL_VALUE_ERR, _LABEL_VALUE_FMT,
                                 "MyValue", "my_value", "12345"))
    return errs


def is_valid_label_key(key: str) -> bool:
    """True if the server accepts ``key`` as a label key (the compiler checks before pushing)."""
    return isinstance(key, str) and not label_key_errors(key)


def is_valid_label_value(value: str) -> bool:
    """True if the server accepts ``value`` in a label selector; the empty string is valid."""
    return isinstance(value, str) and not label_value_errors(value)


# --------------------------------------------------------------------------
# Label selector model
# --------------------------------------------------------------------------


class Operator(StrEnum):
    """Label selector operators, spelled as apimachinery's ``selection.Operator``."""

    EQUALS = "="
    DOUBLE_EQUALS = "=="
    NOT_EQUALS = "!="
    IN = "in"
    NOT_IN = "notin"
    EXISTS = "exists"
    DOES_NOT_EXIST = "!"
    GREATER_THAN = "gt"
    LESS_THAN = "lt"


_BINARY_OPERATORS = ("in", "notin", "=", "==", "!=", "gt", "lt")
_ALL_OPERATORS = _BINARY_OPERATORS + ("exists", "!")
_INT64_RE = re.compile(r"[+-]?[0-9]+")


def _parse_int64(s: Any) -> int | None:
    """Go's ``strconv.ParseInt(s, 10, 64)``; None where Go returns an error."""
    if not isinstance(s, str) or not _INT64_RE.fullmatch(s):
        return None
    n = int(s)
    if -(2**63) <= n < 2**63:
        return n
    return None


@dataclass(frozen=True)
class Requirement:
    """One label requirement: ``key``, ``operator`` and a sorted, de-duplicated value tuple.

    Values are normalised the way the parser stores them (a set, listed
    sorted), so two requirements that select the same objects compare equal.
    Construct through :func:`make_requirement` to get the server's validation.
    """

    key: str
    operator: Operator
    values: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        try:
            op = Operator(self.operator)
        except ValueError:
            msg = (f"operator: Unsupported value: {_go_quote(str(self.operator))}: supported "
                   "values: " + ", ".join(_go_quote(o) for o in _ALL_OPERATORS))
            raise SelectorError(msg) from None
        object.__setattr__(self, "operator", op)
        if isinstance(self.values, str):
            values: Iterable[str] = (self.values,)
        else:
            values = self.values or ()
        object.__setattr__(self, "values", tuple(sorted(set(values))))

    def matches(self, labels: Mapping[str, str] | None) -> bool:
        """Apply this requirement to an object's labels exactly as the server does.

        ``!=`` and ``notin`` match objects that do not have the key at all;
        ``=``, ``==``, ``in``, ``gt`` and ``lt`` require it.
        """
        labels = labels or {}
        op = self.operator
        if op in (Operator.IN, Operator.EQUALS, Operator.DOUBLE_EQUALS):
            return self.key in labels and labels[self.key] in self.values
        if op in (Operator.NOT_IN, Operator.NOT_EQUALS):
            return self.key not in labels or labels[self.key] not in self.values
        if op is Operator.EXISTS:
            return self.key in labels
        if op is Operator.DOES_NOT_EXIST:
            return self.key not in labels
        # gt / lt: both sides must be integers
        if self.key not in labels or len(self.values) != 1:
            return False
        have = _parse_int64(labels[self.key])
        want = _parse_int64(self.values[0])
        if have is None or want is None:
            return False
        return have > want if op is Operator.GREATER_THAN else have < want

    def __str__(self) -> str:
        """Canonical text (``Requirement.String()`` in apimachinery)."""
        op = self.operator
        if op is Operator.EXISTS:
            return self.key
        if op is Operator.DOES_NOT_EXIST:
            return "!" + self.key
        joined = ",".join(self.values)
        if op is Operator.IN:
            return f"{self.key} in ({joined})"
        if op is Operator.NOT_IN:
            return f"{self.key} notin ({joined})"
        symbol = {Operator.GREATER_THAN: ">", Operator.LESS_THAN: "<"}.get(op, op.value)
        return f"{self.key}{symbol}{joined}"


def _requirement_errors(key: str, op: Operator, values: tuple[str, ...]) -> list[str]:
    """Mirror ``labels.NewRequirement`` validation; field paths as the parser produces them."""
    errs = []
    key_errs = label_key_errors(key)
    if key_errs:
        errs.append(_field_invalid("key", key, "; ".join(key_errs)))
    vals = list(values)
    if op in (Operator.IN, Operator.NOT_IN):
        if not vals:
            errs.append(_field_invalid("values", vals,
                                       "for 'in', 'notin' operators, values set can't be empty"))
    elif op in (Operator.EQUALS, Operator.DOUBLE_EQUALS, Operator.NOT_EQUALS):
        if len(vals) != 1:
            errs.append(_field_invalid("values", vals,
                                       "exact-match compatibility requires one single value"))
    elif op in (Operator.EXISTS, Operator.DOES_NOT_EXIST):
        if vals:
            errs.append(_field_invalid("values", vals,
                                       "values set must be empty for exists and does not exist"))
    else:
        if len(vals) != 1:
            errs.append(_field_invalid("values", vals,
                                       "for 'Gt', 'Lt' operators, exactly one value is required"))
        for i, v in enumerate(vals):
            if _parse_int64(v) is None:
                detail = "for 'Gt', 'Lt' operators, the value must be an integer"
                errs.append(_field_invalid(f"values[{i}]", v, detail))
    for i, v in enumerate(vals):
        v_errs = label_value_errors(v)
        if v_errs:
            errs.append(_field_invalid(f"values[{i}][{key}]", v, "; ".join(v_errs)))
    return errs


def make_requirement(key: str, operator: str | Operator, values: Iterable[str] = ()) -> Requirement:
    """Build a validated :class:`Requirement`, raising :class:`SelectorError` as the server would.

    The compiler uses this to build pushdown selectors so it never sends one the
    server rejects.
    """
    req = Requirement(key, operator, tuple(values))  # type: ignore[arg-type]
    errs = _requirement_errors(req.key, req.operator, req.values)
    if errs:
        raise SelectorError(_aggregate(errs))
    return req


@dataclass(frozen=True)
class LabelSelector:
    """An AND of label requirements, sorted by key as the server keeps them.

    ``LabelSelector()`` (no requirements) selects everything.
    """

    requirements: tuple[Requirement, ...] = ()

    @property
    def empty(self) -> bool:
        """True when the selector does not restrict anything."""
        return not self.requirements

    def matches(self, labels: Mapping[str, str] | None) -> bool:
        """True if every requirement matches ``labels`` (``None`` means no labels)."""
        labels = labels or {}
        return all(r.matches(labels) for r in self.requirements)

    def __str__(self) -> str:
        """Canonical text that parses back to an equal selector."""
        return ",".join(str(r) for r in self.requirements)


def format_label_selector(requirements: Iterable[Requirement] | LabelSelector) -> str:
    """Render requirements as canonical selector text that round-trips through the parser.

    Requirements are validated (a selector the server would refuse raises
    :class:`SelectorError`) and sorted by key like the server's parser does, so
    ``str(parse_label_selector(format_label_selector(rs)))`` is stable.
    """
    if isinstance(requirements, LabelSelector):
        requirements = requirements.requirements
    reqs = list(requirements)
    for r in reqs:
        errs = _requirement_errors(r.key, r.operator, r.values)
        if errs:
            raise SelectorError(_aggregate(errs))
    reqs.sort(key=lambda r: r.key)
    return ",".join(str(r) for r in reqs)


# --------------------------------------------------------------------------
# Label selector lexer and parser (mirrors labels.Parse token by token)
# --------------------------------------------------------------------------

_T_ERROR, _T_EOS, _T_CLOSE, _T_COMMA, _T_NOT, _T_DEQ, _T_EQ, _T_GT, _T_ID, _T_IN, _T_LT, \
    _T_NEQ, _T_NOTIN, _T_OPEN = range(14)
_STRING2TOKEN = {")": _T_CLOSE, ",": _T_COMMA, "!": _T_NOT, "==": _T_DEQ, "=": _T_EQ,
                 ">": _T_GT, "in": _T_IN, "<": _T_LT, "!=": _T_NEQ, "notin": _T_NOTIN,
                 "(": _T_OPEN}
_SPECIAL = frozenset("=!(),><")
_WHITESPACE = frozenset(" \t\r\n")
_NUL = "\0"


class _Lexer:
    """Byte-for-byte port of apimachinery's label selector lexer (read/unread cursor)."""

    def __init__(self, s: str) -> None:
        self.s = s
        self.pos = 0

    def read(self) -> str:
        if self.pos < len(self.s):
            ch = self.s[self.pos]
            self.pos += 1
            return ch
        return _NUL

    def unread(self) -> None:
        self.pos -= 1

    def scan_id_or_keyword(self) -> tuple[int, str]:
        buf = []
        while True:
            ch = self.read()
            if ch == _NUL:
                break
            if ch in _SPECIAL or ch in _WHITESPACE:
                self.unread()
                break
            buf.append(ch)
        word = "".join(buf)
        return _STRING2TOKEN.get(word, _T_ID), word

    def scan_special_symbol(self) -> tuple[int, str]:
        last: tuple[int, str] | None = None
        buf = ""
        while True:
            ch = self.read()
            if ch == _NUL:
                break
            if ch in _SPECIAL:
                buf += ch
                tok = _STRING2TOKEN.get(buf)
                if tok is not None:
                    last = (tok, buf)
                elif last is not None:
                    self.unread()
                    break
            else:
                self.unread()
                break
        if last is None:
            return _T_ERROR, f"error expected: keyword found '{buf}'"
        return last

    def lex(self) -> tuple[int, str]:
        ch = self.read()
        while ch in _WHITESPACE:
            ch = self.read()
        if ch == _NUL:
            return _T_EOS, ""
        self.unread()
        if ch in _SPECIAL:
            return self.scan_special_symbol()
        return self.scan_id_or_keyword()


class _Parser:
    """Port of apimachinery's recursive-descent label selector parser."""

    def __init__(self, text: str) -> None:
        lexer = _Lexer(text)
        self.items: list[tuple[int, str]] = []
        while True:
            tok, lit = lexer.lex()
            self.items.append((tok, lit))
            if tok == _T_EOS:
                break
        self.position = 0

    def lookahead(self, values_context: bool) -> tuple[int, str]:
        tok, lit = self.items[self.position]
        if values_context and tok in (_T_IN, _T_NOTIN):
            tok = _T_ID
        return tok, lit

    def consume(self, values_context: bool) -> tuple[int, str]:
        tok, lit = self.lookahead(values_context)
        self.position += 1
        return tok, lit

    def parse(self) -> list[Requirement]:
        requirements: list[Requirement] = []
        while True:
            tok, lit = self.lookahead(True)
            if tok in (_T_ID, _T_NOT):
                try:
                    requirements.append(self.parse_requirement())
                except SelectorError as e:
                    raise SelectorError(f"unable to parse requirement: {e.message}") from None
                t, lit2 = self.consume(True)
                if t == _T_EOS:
                    return requirements
                if t == _T_COMMA:
                    t2, l2 = self.lookahead(True)
                    if t2 not in (_T_ID, _T_NOT):
                        raise SelectorError(f"found '{l2}', expected: identifier after ','")
                else:
                    raise SelectorError(f"found '{lit2}', expected: ',' or 'end of string'")
            elif tok == _T_EOS:
                return requirements
            else:
                raise SelectorError(f"found '{lit}', expected: !, identifier, or 'end of string'")

    def parse_requirement(self) -> Requirement:
        key, op = self.parse_key_and_infer_operator()
        if op in (Operator.EXISTS, Operator.DOES_NOT_EXIST):
            return _new_requirement(key, op, ())
        op = self.parse_operator()
        if op in (Operator.IN, Operator.NOT_IN):
            values = self.parse_values()
        else:
            values = self.parse_exact_value()
        return _new_requirement(key, op, tuple(sorted(values)))

    def parse_key_and_infer_operator(self) -> tuple[str, Operator | None]:
        op: Operator | None = None
        tok, lit = self.consume(True)
        if tok == _T_NOT:
            op = Operator.DOES_NOT_EXIST
            tok, lit = self.consume(True)
        if tok != _T_ID:
            raise SelectorError(f"found '{lit}', expected: identifier")
        key_errs = label_key_errors(lit)
        if key_errs:
            raise SelectorError(_field_invalid("<nil>", lit, "; ".join(key_errs)))
        t, _ = self.lookahead(True)
        if t in (_T_EOS, _T_COMMA) and op is not Operator.DOES_NOT_EXIST:
            op = Operator.EXISTS
        return lit, op

    def parse_operator(self) -> Operator:
        tok, lit = self.consume(False)
        op = {_T_IN: Operator.IN, _T_EQ: Operator.EQUALS, _T_DEQ: Operator.DOUBLE_EQUALS,
              _T_GT: Operator.GREATER_THAN, _T_LT: Operator.LESS_THAN, _T_NOTIN: Operator.NOT_IN,
              _T_NEQ: Operator.NOT_EQUALS}.get(tok)
        if op is None:
            raise SelectorError(f"found '{lit}', expected: {', '.join(_BINARY_OPERATORS)}")
        return op

    def parse_values(self) -> set[str]:
        tok, lit = self.consume(True)
        if tok != _T_OPEN:
            raise SelectorError(f"found '{lit}' expected: '('")
        tok, lit = self.lookahead(True)
        if tok in (_T_ID, _T_COMMA):
            values = self.parse_identifiers_list()
            tok, _ = self.consume(True)
            if tok != _T_CLOSE:  # unreachable in practice, kept for parity
                raise SelectorError(f"found '{lit}', expected: ')'")
            return values
        if tok == _T_CLOSE:
            self.consume(True)
            return {""}
        raise SelectorError(f"found '{lit}', expected: ',', ')' or identifier")

    def parse_identifiers_list(self) -> set[str]:
        values: set[str] = set()
        while True:
            tok, lit = self.consume(True)
            if tok == _T_ID:
                values.add(lit)
                tok2, lit2 = self.lookahead(True)
                if tok2 == _T_COMMA:
                    continue
                if tok2 == _T_CLOSE:
                    return values
                raise SelectorError(f"found '{lit2}', expected: ',' or ')'")
            if tok == _T_COMMA:
                if not values:
                    values.add("")
                tok2, _ = self.lookahead(True)
                if tok2 == _T_CLOSE:
                    values.add("")
                    return values
                if tok2 == _T_COMMA:
                    self.consume(True)
                    values.add("")
            else:
                raise SelectorError(f"found '{lit}', expected: ',', or identifier")

    def parse_exact_value(self) -> set[str]:
        tok, _ = self.lookahead(True)
        if tok in (_T_EOS, _T_COMMA):
            return {""}
        tok, lit = self.consume(True)
        if tok == _T_ID:
            return {lit}
        raise SelectorError(f"found '{lit}', expected: identifier")


def _new_requirement(key: str, op: Operator, values: tuple[str, ...]) -> Requirement:
    """``labels.NewRequirement`` as called by the parser."""
    errs = _requirement_errors(key, op, values)
    if errs:
        raise SelectorError(_aggregate(errs))
    return Requirement(key, op, values)


def parse_label_selector(text: str) -> LabelSelector:
    """Parse label selector text exactly as ``labels.Parse`` on the API server does.

    Raises :class:`SelectorError` with the server's message for text the server
    would refuse. The empty string (or only whitespace) selects everything.
    """
    if not isinstance(text, str):
        raise TypeError("label selector must be a string")
    reqs = _Parser(text).parse()
    reqs.sort(key=lambda r: r.key)  # stable: the server sorts by key too
    return LabelSelector(tuple(reqs))


# --------------------------------------------------------------------------
# Field selectors
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class FieldRequirement:
    """One field term: ``field`` compared with ``value`` by ``=`` or ``!=``.

    ``==`` is parsed as ``=`` (the server treats them the same).
    """

    field: str
    operator: str
    value: str

    def __post_init__(self) -> None:
        if self.operator == "==":
            object.__setattr__(self, "operator", "=")
        elif self.operator not in ("=", "!="):
            raise SelectorError(f"invalid field selector operator {self.operator!r}: "
                                "only '=', '==' and '!=' are supported")

    def __str__(self) -> str:
        """Canonical term text with the value escaped."""
        return f"{self.field}{self.operator}{escape_field_value(self.value)}"


def escape_field_value(value: str) -> str:
    """Escape ``\\``, ``,`` and ``=`` in a field selector value (``fields.EscapeValue``)."""
    return value.replace("\\", "\\\\").replace(",", "\\,").replace("=", "\\=")


def _unescape_field_value(value: str) -> str:
    """``fields.UnescapeValue``: error texts as the server words them."""
    if not any(c in value for c in "\\,="):
        return value
    out = []
    in_slash = False
    for c in value:
        if in_slash:
            if c in "\\,=":
                out.append(c)
            else:
                raise SelectorError(f"invalid field selector: invalid escape sequence: \\{c}")
            in_slash = False
            continue
        if c == "\\":
            in_slash = True
        elif c in ",=":
            # Go prints the rune with %v, i.e. as its code point number
            raise SelectorError(f"invalid field selector: unescaped character in value: {ord(c)}")
        else:
            out.append(c)
    if in_slash:
        raise SelectorError("invalid field selector: invalid escape sequence: \\")
    return "".join(out)


def _split_terms(text: str) -> list[str]:
    """Split on commas not preceded by a backslash (``fields.splitTerms``)."""
    if not text:
        return []
    terms = []
    start = 0
    in_slash = False
    for i, c in enumerate(text):
        if in_slash:
            in_slash = False
        elif c == "\\":
            in_slash = True
        elif c == ",":
            terms.append(text[start:i])
            start = i + 1
    terms.append(text[start:])
    return terms


def _split_term(term: str) -> tuple[str, str, str] | None:
    """Split at the first operator occurrence; ``!=`` and ``==`` win over ``=``."""
    for i in range(len(term)):
        for op in ("!=", "==", "="):
            if term.startswith(op, i):
                return term[:i], op, term[i + len(op):]
    return None


# --- how each kind's fields are read (the registry's GetAttrs) -------------

FieldReader = Callable[[dict], str]


def _s(value: Any) -> str:
    """Render a JSON value as the server's field string (absent -> "")."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return value if isinstance(value, str) else str(value)


def _dig(obj: Any, *path: str) -> Any:
    return get_path(obj, path)


def _path(*path: str) -> FieldReader:
    """Reader for a plain string field at ``path``."""
    def read(obj: dict) -> str:
        return _s(_dig(obj, *path))
    return read


def _bool_path(*path: str) -> FieldReader:
    """Reader for a bool field, absent meaning false (Go's zero value)."""
    def read(obj: dict) -> str:
        return "true" if _dig(obj, *path) is True else "false"
    return read


def _int_path(*path: str) -> FieldReader:
    """Reader for an integer field, absent meaning 0 (Go's zero value)."""
    def read(obj: dict) -> str:
        v = _dig(obj, *path)
        if isinstance(v, bool) or not isinstance(v, int | float):
            return "0"
        return str(int(v))
    return read


def _pod_ip(obj: dict) -> str:
    """``status.podIP`` as the server computes it: the first of ``status.podIPs``."""
    ips = _dig(obj, "status", "podIPs")
    if isinstance(ips, list) and ips and isinstance(ips[0], dict):
        return _s(ips[0].get("ip"))
    return _s(_dig(obj, "status", "podIP"))


def _pod_service_account(obj: dict) -> str:
    """``spec.serviceAccountName``, falling back to the deprecated ``serviceAccount`` alias."""
    return _s(_dig(obj, "spec", "serviceAccountName") or _dig(obj, "spec", "serviceAccount"))


def _always_empty(obj: dict) -> str:
    """A label the server accepts but never puts in the field set (compares as "")."""
    return ""


def _event_source(obj: dict) -> str:
    """Core Event ``source``: ``source.component``, else ``reportingComponent``."""
    return _s(_dig(obj, "source", "component") or obj.get("reportingComponent"))


def _events_v1_source(obj: dict) -> str:
    """events.k8s.io Event ``source``: deprecatedSource.component, else reportingController."""
    return _s(_dig(obj, "deprecatedSource", "component") or obj.get("reportingController"))


_NAME = _path("metadata", "name")
_NAMESPACE = _path("metadata", "namespace")
_META = {"metadata.name": _NAME, "metadata.namespace": _NAMESPACE}


def _field_label_not_supported(label: str) -> str:
    return f"field label not supported: {label}"


def _not_a_known_field_selector(label: str) -> str:
    return (f"{_go_quote(label)} is not a known field selector: only "
            f'"metadata.name", "metadata.namespace"')


@dataclass(frozen=True)
class _KindRules:
    """Field labels a kind's conversion accepts, how to read them, and the rejection text."""

    fields: Mapping[str, FieldReader]
    reject: Callable[[str], str]
    aliases: Mapping[str, str]  # accepted label -> canonical label (both in ``fields``)


def _rules(fields: Mapping[str, FieldReader],
           reject: Callable[[str], str] = _field_label_not_supported,
           aliases: Mapping[str, str] | None = None) -> _KindRules:
    return _KindRules(dict(fields), reject, dict(aliases or {}))


_CORE_EVENT_FIELDS: dict[str, FieldReader] = {
    **{f"involvedObject.{f}": _path("involvedObject", f)
       for f in ("kind", "namespace", "name", "uid", "apiVersion", "resourceVersion", "fieldPath")},
    "reason": _path("reason"),
    "reportingComponent": _path("reportingComponent"),
    "source": _event_source,
    "type": _path("type"),
    **_META,
}

_EVENTS_V1_FIELDS: dict[str, FieldReader] = {
    **{f"regarding.{f}": _path("regarding", f)
       for f in ("kind", "namespace", "name", "uid", "apiVersion", "resourceVersion", "fieldPath")},
    "reason": _path("reason"),
    "reportingController": _path("reportingController"),
    "source": _events_v1_source,
    "type": _path("type"),
    **_META,
}

# Kinds whose API version registers its own field-label conversion function.
_SPECIFIC_RULES: dict[str, _KindRules] = {
    "Pod": _rules({
        **_META,
        "spec.nodeName": _path("spec", "nodeName"),
        "spec.host": _path("spec", "nodeName"),  # old v1 clients' name for spec.nodeName
        "spec.restartPolicy": _path("spec", "restartPolicy"),
        "spec.schedulerName": _path("spec", "schedulerName"),
        "spec.serviceAccountName": _pod_service_account,
        "spec.hostNetwork": _bool_path("spec", "hostNetwork"),
        "status.phase": _path("status", "phase"),
        "status.podIP": _pod_ip,
        "status.podIPs": _always_empty,  # accepted, but never in the server's field set
        "status.nominatedNodeName": _path("status", "nominatedNodeName"),
    }, aliases={"spec.host": "spec.nodeName"}),
    "Node": _rules({"metadata.name": _NAME,
                    "spec.unschedulable": _bool_path("spec", "unschedulable")}),
    "ReplicationController": _rules({**_META, "status.replicas": _int_path("status", "replicas")}),
    "Event": _rules(_CORE_EVENT_FIELDS),
    "Event.events.k8s.io": _rules(_EVENTS_V1_FIELDS),
    "Namespace": _rules({"metadata.name": _NAME, "status.phase": _path("status", "phase")}),
    "Secret": _rules({**_META, "type": _path("type")}),
    "Service": _rules({**_META, "spec.clusterIP": _path("spec", "clusterIP"),
                       "spec.type": _path("spec", "type")}),
    "Job": _rules({**_META, "status.successful": _int_path("status", "succeeded")},
                  reject=lambda label: f"field label {_go_quote(label)} "
                                       "not supported for batchv1.Job"),
    "CertificateSigningRequest": _rules({"metadata.name": _NAME,
                                         "spec.signerName": _path("spec", "signerName")}),
    "ClusterTrustBundle": _rules({"metadata.name": _NAME,
                                  "spec.signerName": _path("spec", "signerName")}),
    # namespaced, yet its conversion does not accept metadata.namespace (as upstream)
    "PodCertificateRequest": _rules({"metadata.name": _NAME,
                                     "spec.signerName": _path("spec", "signerName"),
                                     "spec.podName": _path("spec", "podName"),
                                     "spec.nodeName": _path("spec", "nodeName")}),
}

# Built-in kinds without a conversion function: the scheme's default conversion
# accepts metadata.name and metadata.namespace (even for cluster-scoped kinds,
# where the namespace compares as "") and rejects anything else. Notably
# ReplicaSet's registry lists status.replicas, but apps/v1 registers no
# conversion, so real servers refuse it (kubernetes/kubernetes#135136).
_DEFAULT_BUILTIN_KINDS = (
    "APIService", "Binding", "ClusterRole", "ClusterRoleBinding", "ComponentStatus", "ConfigMap",
    "ControllerRevision", "CronJob", "CSIDriver", "CSINode", "CSIStorageCapacity",
    "CustomResourceDefinition", "DaemonSet", "Deployment", "DeviceClass", "EndpointSlice",
    "Endpoints", "FlowSchema", "HorizontalPodAutoscaler", "Ingress", "IngressClass", "IPAddress",
    "Lease", "LimitRange", "MutatingAdmissionPolicy", "MutatingAdmissionPolicyBinding",
    "MutatingWebhookConfiguration", "NetworkPolicy", "PersistentVolume", "PersistentVolumeClaim",
    "PodDisruptionBudget", "PodSecurityPolicy", "PodTemplate", "PriorityClass",
    "PriorityLevelConfiguration", "ReplicaSet", "ResourceClaim", "ResourceClaimTemplate",
    "ResourceQuota", "ResourceSlice", "Role", "RoleBinding", "RuntimeClass", "ServiceAccount",
    "ServiceCIDR", "StatefulSet", "StorageClass", "StorageVersion", "StorageVersionMigration",
    "ValidatingAdmissionPolicy", "ValidatingAdmissionPolicyBinding",
    "ValidatingWebhookConfiguration", "VolumeAttachment", "VolumeAttributesClass",
)

_DEFAULT_RULES = _rules(_META, reject=_not_a_known_field_selector)

_BUILTIN_RULES: dict[str, _KindRules] = {
    **{kind: _DEFAULT_RULES for kind in _DEFAULT_BUILTIN_KINDS},
    **_SPECIFIC_RULES,
}

#: Per kind, the field labels a real API server accepts in ``fieldSelector``
#: and how to read, from an object as JSON, the string value the server
#: compares (absent strings read as "", absent bools as "false", absent
#: integers as "0" -- Go's zero values). Keys are kinds; the events.k8s.io Event
#: is ``"Event.events.k8s.io"``. Custom resources (not listed) support
#: ``metadata.name`` and, when namespaced, ``metadata.namespace``: see
#: :func:`supported_fields`.
SUPPORTED_FIELDS: dict[str, dict[str, FieldReader]] = {
    kind: dict(rules.fields) for kind, rules in _BUILTIN_RULES.items()
}

#: Fields that only newer servers accept: (kind, field) -> first (major, minor).
#: The compiler should not push these to an older server.
FIELD_SINCE: dict[tuple[str, str], tuple[int, int]] = {
    ("Pod", "spec.hostNetwork"): (1, 28),
    ("Service", "spec.clusterIP"): (1, 31),
    ("Service", "spec.type"): (1, 31),
}

_BUILTIN_GROUPS = frozenset({
    "", "admissionregistration.k8s.io", "apiextensions.k8s.io", "apiregistration.k8s.io", "apps",
    "authentication.k8s.io", "authorization.k8s.io", "autoscaling", "batch", "certificates.k8s.io",
    "coordination.k8s.io", "discovery.k8s.io", "events.k8s.io", "extensions",
    "flowcontrol.apiserver.k8s.io", "internal.apiserver.k8s.io", "networking.k8s.io", "node.k8s.io",
    "policy", "rbac.authorization.k8s.io", "resource.k8s.io", "scheduling.k8s.io",
    "storage.k8s.io", "storagemigration.k8s.io",
})


def is_builtin_api_version(api_version: str | None) -> bool:
    """True if ``api_version``'s group is served by kube-apiserver itself (not a CRD)."""
    if api_version is None:
        return True
    group = api_version.rpartition("/")[0]
    return group in _BUILTIN_GROUPS


@lru_cache(maxsize=512)
def _rules_for(kind: str, api_version: str | None, namespaced: bool) -> _KindRules:
    """Pick the conversion rules the server would use for this kind."""
    builtin = is_builtin_api_version(api_version)
    if builtin and kind == "Event" and api_version and api_version.startswith("events.k8s.io/"):
        return _BUILTIN_RULES["Event.events.k8s.io"]
    if builtin and kind in _BUILTIN_RULES:
        return _BUILTIN_RULES[kind]
    # Custom resources (apiextensions-apiserver's converter).
    return _rules(_META if namespaced else {"metadata.name": _NAME})


def supported_fields(kind: str, api_version: str | None = None,
                     namespaced: bool = True) -> dict[str, FieldReader]:
    """The field labels the server accepts for ``kind`` (custom resources included).

    ``api_version`` tells a custom resource from a built-in kind of the same
    name; ``namespaced`` matters only for custom resources.
    """
    return dict(_rules_for(kind, api_version, namespaced).fields)


def field_label_error(kind: str, label: str, api_version: str | None = None,
                      namespaced: bool = True) -> str | None:
    """The server's error text if ``label`` is not selectable for ``kind``, else None."""
    rules = _rules_for(kind, api_version, namespaced)
    return None if label in rules.fields else rules.reject(label)


@dataclass(frozen=True)
class FieldSelector:
    """An AND of field terms, in the server's order (sorted by term text).

    ``FieldSelector()`` selects everything.
    """

    requirements: tuple[FieldRequirement, ...] = ()

    @property
    def empty(self) -> bool:
        """True when the selector does not restrict anything."""
        return not self.requirements

    def check(self, kind: str, api_version: str | None = None, namespaced: bool = True) -> None:
        """Raise :class:`SelectorError` if the server would refuse a field for ``kind``."""
        rules = _rules_for(kind, api_version, namespaced)
        for req in self.requirements:
            if req.field not in rules.fields:
                raise SelectorError(rules.reject(req.field))

    def matches(self, obj: dict, kind: str | None = None) -> bool:
        """True if the server would return ``obj`` (a JSON object) for this selector.

        ``kind`` defaults to ``obj["kind"]``. A field the server does not
        support for the kind raises :class:`SelectorError` (the server would
        answer 400 rather than filter).
        """
        if not self.requirements:
            return True
        kind = kind or _s(obj.get("kind"))
        api_version = obj.get("apiVersion")
        namespaced = bool(_dig(obj, "metadata", "namespace"))
        rules = _rules_for(kind, api_version if isinstance(api_version, str) else None, namespaced)
        for req in self.requirements:
            reader = rules.fields.get(req.field)
            if reader is None:
                raise SelectorError(rules.reject(req.field))
            have = reader(obj)
            if (have == req.value) != (req.operator == "="):
                return False
        return True

    def __str__(self) -> str:
        """Canonical text (values escaped) that parses back to an equal selector."""
        return ",".join(str(r) for r in self.requirements)


def format_field_selector(requirements: Iterable[FieldRequirement] | FieldSelector) -> str:
    """Render field terms as canonical text: values escaped, terms in the server's order."""
    if isinstance(requirements, FieldSelector):
        requirements = requirements.requirements
    return ",".join(sorted(str(r) for r in requirements))


def parse_field_selector(text: str, kind: str | None = None, api_version: str | None = None,
                         namespaced: bool = True) -> FieldSelector:
    """Parse field selector text as ``fields.ParseSelector`` does on the API server.

    Terms are split on unescaped commas and sorted; each is ``field=value``,
    ``field==value`` or ``field!=value`` with ``\\\\``, ``\\,`` and ``\\=``
    escapes in the value. With ``kind``, fields are also checked against what
    the server supports for that kind (and aliases such as the pod's
    ``spec.host`` are resolved), raising :class:`SelectorError` with the
    server's message.
    """
    if not isinstance(text, str):
        raise TypeError("field selector must be a string")
    parts = sorted(_split_terms(text))
    reqs: list[FieldRequirement] = []
    for part in parts:
        if part == "":
            continue
        split = _split_term(part)
        if split is None:
            raise SelectorError(f"invalid selector: '{text}'; can't understand '{part}'")
        lhs, op, rhs = split
        reqs.append(FieldRequirement(lhs, op, _unescape_field_value(rhs)))
    if kind is not None:
        rules = _rules_for(kind, api_version, namespaced)
        converted = []
        for req in reqs:
            if req.field not in rules.fields:
                raise SelectorError(rules.reject(req.field))
            canonical = rules.aliases.get(req.field, req.field)
            converted.append(FieldRequirement(canonical, req.operator, req.value))
        reqs = converted
    return FieldSelector(tuple(reqs))
