"""Quantity parsing against the apimachinery resource.Quantity grammar and rounding rules."""

from decimal import Decimal

import pytest

from kubequery.quantity import (
    cpu_cores,
    memory_bytes,
    parse_decimal,
    parse_quantity,
    sum_quantities,
)

KI, MI, GI, TI, PI, EI = (1024**n for n in range(1, 7))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # plain numbers and the decimal SI suffixes
        ("0", 0.0),
        ("1", 1.0),
        ("100m", 0.1),
        ("250m", 0.25),
        ("1500m", 1.5),
        ("0.1", 0.1),
        ("1n", 1e-9),
        ("5u", 5e-6),
        ("1k", 1e3),
        ("2M", 2e6),
        ("3G", 3e9),
        ("4T", 4e12),
        ("5P", 5e15),
        ("6E", 6e18),  # a bare E is exa, not an exponent
        # binary SI suffixes
        ("1Ki", KI),
        ("12Mi", 12 * MI),
        ("1Gi", GI),
        ("2Ti", 2 * TI),
        ("1Pi", PI),
        ("1Ei", EI),
        ("1.5Gi", 1.5 * GI),
        ("0.5Ki", 512.0),
        # decimal exponents
        ("1e3", 1e3),
        ("1E3", 1e3),
        ("5E-3", 5e-3),
        ("1e+3", 1e3),
        ("2e0", 2.0),
        ("1.5e2", 150.0),
        # signs and the number forms <digits>.<digits> | <digits>. | .<digits>
        ("+1", 1.0),
        ("-1", -1.0),
        ("-250m", -0.25),
        (".5", 0.5),
        ("5.", 5.0),
        ("007", 7.0),
        ("-0", 0.0),
        # apimachinery keeps nano precision, rounding finer values away from zero
        ("0.9n", 1e-9),
        ("1.5n", 2e-9),
        ("-0.1n", -1e-9),
        # binary values are capped at 2^63-1, decimal ones are not
        ("8Ei", float(2**63 - 1)),
        ("10E", 1e19),
        # JSON numbers and surrounding spaces are accepted, as Quantity.UnmarshalJSON does
        (" 2Gi ", 2.0 * GI),
        (3, 3.0),
        (0.5, 0.5),
        (1e-05, 1e-05),
        # the Go scanner's leniency: a missing number reads as zero
        ("+", 0.0),
        (".", 0.0),
        ("Gi", 0.0),
        ("m", 0.0),
    ],
)
def test_parse_quantity(text, expected):
    assert parse_quantity(text) == pytest.approx(expected, rel=1e-15, abs=0)


@pytest.mark.parametrize("empty", [None, "", "   "])
def test_empty_is_none(empty):
    assert parse_quantity(empty) is None


@pytest.mark.parametrize(
    "bad",
    [
        "1Zi",  # unknown suffix letter
        "abc",
        "1.2.3",
        "1ki",  # lower-case k with i is not a suffix
        "1KI",
        "1K",  # kilo is a lower-case k
        "1e",  # exponent without digits
        "1e+",
        "1e3.5",
        "1Ee3",
        "1 Gi",  # no space inside
        "--1",
        "1+",
        "0x10",
        "1e99999999999",  # exponent beyond int32
        True,
        [1],
    ],
)
def test_malformed_raises_value_error(bad):
    with pytest.raises(ValueError, match="quantity"):
        parse_quantity(bad)


def test_decimal_is_exact():
    assert parse_decimal("100m") == Decimal("0.1")
    assert parse_decimal("1.5Gi") == Decimal(1610612736)
    assert parse_decimal("123456789012345678901234567890") == Decimal(
        "123456789012345678901234567890"
    )


def test_aliases():
    assert cpu_cores("250m") == 0.25
    assert memory_bytes("1Gi") == 1073741824.0
    assert cpu_cores(None) is None


def test_sum_quantities_is_exact_and_skips_missing():
    assert sum_quantities(["100m", "200m", None, ""]) == 0.3
    assert sum_quantities(["1Gi", "512Mi"]) == 1.5 * GI
    assert sum_quantities([]) is None
    assert sum_quantities([None]) is None
    with pytest.raises(ValueError):
        sum_quantities(["1", "bogus"])
