"""Kubernetes resource.Quantity parsing ("250m", "1Gi", "1e3") into plain floats.

The grammar and the numeric rules follow k8s.io/apimachinery/pkg/api/resource
(quantity.go, suffix.go):

    <quantity>        ::= <signedNumber><suffix>
    <signedNumber>    ::= <number> | <sign><number>
    <number>          ::= <digits> | <digits>.<digits> | <digits>. | .<digits>
    <suffix>          ::= <binarySI> | <decimalExponent> | <decimalSI>
    <binarySI>        ::= Ki | Mi | Gi | Ti | Pi | Ei
    <decimalSI>       ::= n | u | m | "" | k | M | G | T | P | E
    <decimalExponent> ::= "e" <signedNumber> | "E" <signedNumber>

Like apimachinery, a value is kept exactly (Decimal here) and only rounded to a
whole number of nano-units, away from zero ("0.9n" is 1n); a binary-suffixed
value is capped at 2^63-1 in magnitude. The scanner is as lenient as the Go
one: a lone sign or "." reads as 0, and "1." reads as 1.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from decimal import MAX_EMAX, MIN_EMIN, ROUND_UP, Decimal, localcontext

__all__ = [
    "parse_quantity",
    "parse_decimal",
    "cpu_cores",
    "memory_bytes",
    "sum_quantities",
]

_DECIMAL_SUFFIXES = {
    "n": -9,
    "u": -6,
    "m": -3,
    "": 0,
    "k": 3,
    "M": 6,
    "G": 9,
    "T": 12,
    "P": 15,
    "E": 18,
}
_BINARY_SUFFIXES = {"Ki": 10, "Mi": 20, "Gi": 30, "Ti": 40, "Pi": 50, "Ei": 60}
_SUFFIX_CHARS = frozenset("eEinumkKMGTP")
_DIGITS = frozenset("0123456789")
_NANO = Decimal("1e-9")
_MAX_BINARY = Decimal(2**63 - 1)
_INT32 = 2**31
_EXPONENT = re.compile(r"[+-]?[0-9]+")


def _scan_digits(text: str, pos: int) -> int:
    """Return the index just past the run of digits starting at pos."""
    while pos < len(text) and text[pos] in _DIGITS:
        pos += 1
    return pos


def _split(text: str) -> tuple[str, str, str, str]:
    """Split a quantity into (sign, integer digits, fraction digits, suffix) like apimachinery."""
    sign = ""
    pos = 0
    if text[:1] in ("+", "-"):
        sign, pos = text[0], 1
    int_end = _scan_digits(text, pos)
    whole = text[pos:int_end]
    frac = ""
    pos = int_end
    if pos < len(text) and text[pos] == ".":
        frac_end = _scan_digits(text, pos + 1)
        frac = text[pos + 1 : frac_end]
        pos = frac_end
    suffix_start = pos
    while pos < len(text) and text[pos] in _SUFFIX_CHARS:
        pos += 1
    if pos < len(text) and text[pos] in ("+", "-"):
        pos += 1
    if _scan_digits(text, pos) != len(text):
        raise ValueError(f"invalid quantity {text!r}: expected <number><suffix>, e.g. 250m or 1Gi")
    return sign, whole, frac, text[suffix_start:]


def _interpret_suffix(text: str, suffix: str) -> tuple[int, int]:
    """Return (base, exponent) for a suffix: base 10 for SI/exponent forms, base 2 for Ki..Ei."""
    if suffix in _DECIMAL_SUFFIXES:
        return 10, _DECIMAL_SUFFIXES[suffix]
    if suffix in _BINARY_SUFFIXES:
        return 2, _BINARY_SUFFIXES[suffix]
    if suffix[:1] in ("e", "E") and _EXPONENT.fullmatch(suffix[1:]):
        exponent = int(suffix[1:], 10)
        if not -_INT32 <= exponent < _INT32:
            raise ValueError(f"invalid quantity {text!r}: exponent {exponent} is out of range")
        return 10, exponent
    raise ValueError(
        f"invalid quantity {text!r}: unknown suffix {suffix!r} "
        "(expected n, u, m, k, M, G, T, P, E, Ki..Ei or an exponent like e3)"
    )


def _wide_context(digits: int):
    """A Decimal context exact for `digits` significant digits and any exponent."""
    return localcontext(prec=max(28, digits), Emax=MAX_EMAX, Emin=MIN_EMIN)


def _round_to_nano(value: Decimal) -> Decimal:
    """Round a non-zero value away from zero to a whole number of nano-units."""
    if value == 0 or value.as_tuple().exponent >= -9:
        return value
    with _wide_context(value.adjusted() + 12):
        return value.quantize(_NANO, rounding=ROUND_UP)


def _coerce_text(value: str | int | float) -> str:
    """Turn a JSON/YAML scalar into the text apimachinery would parse."""
    if isinstance(value, bool):
        raise ValueError(f"invalid quantity {value!r}: a boolean is not a quantity")
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, str):
        return value.strip()
    raise ValueError(f"invalid quantity {value!r}: expected a string or a number")


def parse_decimal(value: str | int | float | None) -> Decimal | None:
    """The exact value of a quantity; see _parse_decimal. Strings are cached: the same
    few quantities ("100m", "128Mi") recur in every pod."""
    if isinstance(value, str):
        return _parse_decimal_cached(value)
    return _parse_decimal(value)


@functools.lru_cache(maxsize=4096)
def _parse_decimal_cached(value: str) -> Decimal | None:
    return _parse_decimal(value)


def _parse_decimal(value: str | int | float | None) -> Decimal | None:
    """Parse a quantity into an exact Decimal in base units; None/empty gives None."""
    if value is None:
        return None
    text = _coerce_text(value)
    if not text:
        return None
    sign, whole, frac, suffix = _split(text)
    base, exponent = _interpret_suffix(text, suffix)
    with _wide_context(len(whole) + len(frac) + 25):
        number = Decimal(f"{whole or '0'}.{frac or '0'}")
        number = number.scaleb(exponent) if base == 10 else number * (2**exponent)
    number = _round_to_nano(number)
    if number == 0:
        return Decimal(0)
    if base == 2 and number > _MAX_BINARY:
        number = _MAX_BINARY
    return -number if sign == "-" else number


def parse_quantity(value: str | int | float | None) -> float | None:
    """Parse a quantity ("250m", "1Gi", "1e3") into a float in base units (cores, bytes).

    None or an empty string gives None; a malformed quantity raises ValueError.
    """
    number = parse_decimal(value)
    return None if number is None else float(number)


def quantity_or_none(value: object) -> float | None:
    """A quantity in base units, or None when it is missing or malformed (for columns)."""
    try:
        return parse_quantity(value)  # type: ignore[arg-type]
    except (ValueError, TypeError):
        return None


def cpu_cores(value: str | int | float | None) -> float | None:
    """Parse a cpu quantity into cores ("250m" -> 0.25)."""
    return parse_quantity(value)


def memory_bytes(value: str | int | float | None) -> float | None:
    """Parse a memory quantity into bytes ("1Gi" -> 1073741824.0)."""
    return parse_quantity(value)


def sum_quantities(values: Iterable[str | int | float | None]) -> float | None:
    """Sum quantities exactly, skipping None/empty ones; None when nothing was summed."""
    total: Decimal | None = None
    for value in values:
        number = parse_decimal(value)
        if number is not None:
            with _wide_context(60):
                total = number if total is None else total + number
    return None if total is None else float(total)
