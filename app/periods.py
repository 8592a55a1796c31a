"""Reporting periods: calendar years ("2026") and working years September-August ("2025-2026")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from app.errors import UsageError


@dataclass(frozen=True)
class Period:
    start: date  # inclusive
    end: date  # inclusive
    label: str  # "2026" or "2025-2026"

    @property
    def is_working_year(self) -> bool:
        return "-" in self.label

    def contains(self, d: date | None) -> bool:
        return d is not None and self.start <= d <= self.end

    def previous(self) -> Period:
        if self.is_working_year:
            return working_year(self.start.year - 1, self.start.month)
        return calendar_year(self.start.year - 1)


def calendar_year(year: int) -> Period:
    return Period(date(year, 1, 1), date(year, 12, 31), str(year))


def working_year(first_year: int, start_month: int = 9) -> Period:
    """Working year starting on the 1st of `start_month` of `first_year` (default September)."""
    start = date(first_year, start_month, 1)
    end = date(first_year + 1, start_month, 1) - timedelta(days=1)
    return Period(start, end, f"{first_year}-{first_year + 1}")


def working_year_of(d: date, start_month: int = 9) -> Period:
    first = d.year if d.month >= start_month else d.year - 1
    return working_year(first, start_month)


def next_working_year_start(d: date, start_month: int = 9) -> date:
    return working_year_of(d, start_month).end + timedelta(days=1)


def period_of(d: date, mode: str = "working", start_month: int = 9) -> Period:
    return working_year_of(d, start_month) if mode == "working" else calendar_year(d.year)


_PERIOD_RE = re.compile(r"^\s*(\d{4})(?:\s*[-/]\s*(\d{4}))?\s*$")


def parse_period(text: str, start_month: int = 9) -> Period:
    """Parse "2026" (calendar year) or "2025-2026" (working year)."""
    m = _PERIOD_RE.match(text or "")
    if not m:
        raise UsageError(f"ongeldige periode {text!r}: gebruik een kalenderjaar (2026) of een werkjaar (2025-2026)")
    first = int(m.group(1))
    if m.group(2) is None:
        return calendar_year(first)
    if int(m.group(2)) != first + 1:
        raise UsageError(f"ongeldig werkjaar {text!r}: het tweede jaar volgt op het eerste, bv. 2025-2026")
    return working_year(first, start_month)


def add_months(d: date, months: int) -> date:
    """Same day `months` later, clamped to the month's end (31 Jan + 1 month = 28/29 Feb)."""
    month_index = d.month - 1 + months
    year = d.year + month_index // 12
    month = month_index % 12 + 1
    for day in (d.day, 30, 29, 28):
        try:
            return date(year, month, min(d.day, day))
        except ValueError:
            continue
    raise AssertionError("unreachable")
