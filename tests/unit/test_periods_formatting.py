"""Periods (calendar and working years) and Belgian formatting."""

from __future__ import annotations

from datetime import date

import pytest

from app.errors import UsageError
from app.formatting import fmt_date, fmt_eur, fmt_number, parse_date
from app.periods import (
    add_months,
    calendar_year,
    next_working_year_start,
    parse_period,
    working_year,
    working_year_of,
)


def test_working_year_runs_september_to_august() -> None:
    p = working_year(2025)
    assert (p.start, p.end, p.label) == (date(2025, 9, 1), date(2026, 8, 31), "2025-2026")
    assert working_year_of(date(2026, 8, 31)) == p
    assert working_year_of(date(2026, 9, 1)).label == "2026-2027"
    assert next_working_year_start(date(2026, 3, 15)) == date(2026, 9, 1)
    assert next_working_year_start(date(2026, 9, 1)) == date(2027, 9, 1)


def test_parse_period() -> None:
    assert parse_period("2026") == calendar_year(2026)
    assert parse_period("2025-2026") == working_year(2025)
    assert parse_period("2025-2026").previous() == working_year(2024)
    for bad in ("", "26", "2025-2027", "abcd"):
        with pytest.raises(UsageError):
            parse_period(bad)


def test_add_months_clamps_to_month_end() -> None:
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2024, 1, 31), 1) == date(2024, 2, 29)
    assert add_months(date(2026, 8, 31), 6) == date(2027, 2, 28)
    assert add_months(date(2026, 3, 15), 6) == date(2026, 9, 15)


def test_belgian_formats() -> None:
    assert fmt_date(date(2026, 11, 4)) == "04/11/2026"
    assert fmt_number(1234.5, 2) == "1.234,50"
    assert fmt_eur(35) == "€ 35,00"
    assert parse_date("4/11/2026") == date(2026, 11, 4)
    assert parse_date("04-11-26") == date(2026, 11, 4)
    assert parse_date("2026-11-04") == date(2026, 11, 4)
    assert parse_date("") is None
    with pytest.raises(ValueError):
        parse_date("31/02/2026")
    with pytest.raises(ValueError):
        parse_date("morgen")
