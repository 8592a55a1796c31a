"""Belgian date and number formatting (dd/mm/jjjj, 1.234,50; English 1,234.50 where asked) and
lenient date parsing."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from app.i18n import tr

_DATE_RE = re.compile(r"^\s*(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4})\s*$")
_ISO_RE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?\s*$")


def fmt_date(d: date | None) -> str:
    return d.strftime("%d/%m/%Y") if d else ""


def fmt_datetime(d: datetime | None) -> str:
    return d.strftime("%d/%m/%Y %H:%M") if d else ""


def fmt_number(value: float | int | None, decimals: int = 0, lang: str = "nl") -> str:
    """1234.5 -> "1.234,50" with decimals=2 (Belgian/Dutch grouping); lang "en": "1,234.50"."""
    if value is None:
        return ""
    text = f"{value:,.{decimals}f}"
    if lang == "en":
        return text
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def fmt_eur(value: float | None, lang: str = "nl") -> str:
    """"€ 1.234,50" (Belgian) or "€1,234.50" (English)."""
    if value is None:
        return ""
    return f"€{fmt_number(value, 2, 'en')}" if lang == "en" else f"€ {fmt_number(value, 2)}"


def parse_date(text: str | None) -> date | None:
    """Parse dd/mm/jjjj, d-m-jj, dd.mm.jjjj or ISO yyyy-mm-dd. Empty → None. Bad → ValueError."""
    if text is None or not str(text).strip():
        return None
    s = str(text).strip()
    m = _ISO_RE.match(s)
    if m:
        year, month, day = int(m.group(1)), int(m.group(2)), int(m.group(3))
    else:
        m = _DATE_RE.match(s)
        if not m:
            raise ValueError(tr(f"onbekende datum {s!r}: gebruik dd/mm/jjjj", f"unknown date {s!r}: use dd/mm/yyyy"))
        day, month, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if year < 100:
            year += 2000 if year < 70 else 1900
    try:
        return date(year, month, day)
    except ValueError as exc:
        raise ValueError(tr(f"de datum {s!r} bestaat niet: kies een geldige datum (dd/mm/jjjj)",
                            f"the date {s!r} does not exist: choose a valid date (dd/mm/yyyy)")) from exc


def excel_serial_to_date(serial: float) -> date:
    return date(1899, 12, 30) + timedelta(days=int(serial))
