"""Property test of the spreadsheet reader over odd cells (random unicode with control characters,
huge numbers, dates, empty rows, formulas) in CSV (several encodings) and xlsx (written with
openpyxl): the reader either returns rows or raises BadInputError with a message — never another
exception — and cells that survive the format come back unchanged (no silent truncation).

Few examples by default; VERBIND_SOAK=full runs many more."""

from __future__ import annotations

import csv
import io
import math
import os
import tempfile
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from app.errors import BadInputError
from app.io.readers import CONTROL_RE, MIXED, read_rows

SOAK = os.environ.get("VERBIND_SOAK") == "full"
SETTINGS = settings(max_examples=300 if SOAK else 30, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

text = st.text(st.characters(exclude_categories=("Cs",)), max_size=40)  # surrogates cannot be written at all
odd_text = st.one_of(text, st.sampled_from(["", " ", "Crèche", "Geïnteresseerd", "Œuvre €5", "\x00", "a\x0bb",
                                            "\x85", "=SUM(A1:A3)", "Totaal:", "1.5", "99999999999999999999999",
                                            "1e300", "#VALUE!", "\ufeffBOM", "line\nbreak", "tab\there", "\u2028"]))
number = st.one_of(st.integers(min_value=-(10**30), max_value=10**30), st.floats(allow_nan=True, allow_infinity=True))
cell = st.one_of(st.none(), odd_text, number, st.dates(min_value=date(1900, 3, 1), max_value=date(9999, 12, 31)),
                 st.booleans())
rows_strategy = st.lists(st.lists(cell, max_size=5), max_size=6)


def blank(row: list[Any]) -> bool:
    return not any(c is not None and str(c).strip() for c in row)


def shown(value: Any) -> str:
    """A cell as a CSV writer writes it."""
    return "" if value is None else str(value)


def read(path: Path, encoding: str | None = None) -> list[list[Any]] | None:
    """The rows, or None after a BadInputError with a message; any other exception fails the test."""
    try:
        return read_rows(path, encoding=encoding)
    except BadInputError as exc:
        assert str(exc).strip()
        return None


@SETTINGS
@given(rows=rows_strategy, encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16", MIXED, "latin-1"]),
       forced=st.booleans(), delimiter=st.sampled_from([";", ",", "\t"]))
def test_csv_rows_or_a_clear_refusal(rows: list[list[Any]], encoding: str, forced: bool, delimiter: str) -> None:
    codec = "utf-8" if encoding == MIXED else encoding
    # text the encoding cannot hold is left out before writing (that is the writer's limit, not ours)
    rows = [[c.encode(codec, "ignore").decode(codec) if isinstance(c, str) else c for c in r] for r in rows]
    buf = io.StringIO()
    csv.writer(buf, delimiter=delimiter, lineterminator="\r\n").writerows([[shown(c) for c in r] for r in rows])
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "r.csv"
        path.write_bytes(buf.getvalue().encode(codec))
        # auto-detection only promises UTF-8 (with BOM, or UTF-16 with one): other files are forced
        auto_ok = encoding in ("utf-8", "utf-8-sig", "utf-16")
        got = read(path, None if (auto_ok and not forced) else encoding)
    texts = [shown(c) for r in rows for c in r]
    if any(CONTROL_RE.search(t) for t in texts):
        assert got is None  # refused, never imported with an invisible character
        return
    if got is None:
        return
    # one-column files and cells holding delimiters leave the delimiter to a guess; compare the rest
    plain = all(not any(ch in t for ch in ";,\t\"\r\n") for t in texts) and all(len(r) >= 2 for r in rows)
    if texts and texts[0].startswith("\ufeff"):
        plain = False  # a first cell starting with U+FEFF is a UTF-8 BOM to any reader
    if plain:
        assert got == [[shown(c) for c in r] for r in rows if not blank(r)]


xlsx_text = st.text(st.characters(exclude_categories=("Cs",), exclude_characters="\r"), max_size=40).filter(
    lambda s: not ILLEGAL_CHARACTERS_RE.search(s))  # what openpyxl refuses to write
xlsx_cell = st.one_of(st.none(), xlsx_text, st.sampled_from(["=SUM(A1:A3)", "Totaal", "\x85", "Crèche", " "]),
                      st.integers(min_value=-(10**15), max_value=10**15),
                      st.floats(min_value=-1e300, max_value=1e300),  # 16 digits of 1.79e308 overflow
                      st.dates(min_value=date(1900, 3, 1), max_value=date(9999, 12, 31)),
                      st.datetimes(min_value=datetime(1900, 3, 1), max_value=datetime(9999, 12, 31)))


@SETTINGS
@given(rows=st.lists(st.lists(xlsx_cell, max_size=5), max_size=6))
def test_xlsx_rows_or_a_clear_refusal(rows: list[list[Any]]) -> None:
    wb = Workbook()
    for r in rows:
        wb.active.append(r)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "r.xlsx"
        wb.save(path)
        got = read(path)
    if any(isinstance(c, str) and not c.startswith("=") and CONTROL_RE.search(c) for r in rows for c in r):
        assert got is None  # (a formula's text is never read: only its cached value)
        return
    assert got is not None, "a clean xlsx was refused"

    def kept(value: Any) -> Any:
        if isinstance(value, str) and value.startswith("="):
            return None  # a formula: its cached value, which openpyxl did not compute
        if value == "":
            return None
        if isinstance(value, date) and not isinstance(value, datetime):
            value = datetime(value.year, value.month, value.day)
        if isinstance(value, datetime):  # a day count in a float: about a millisecond
            return ("ms", round((value - datetime(1900, 1, 1)) / timedelta(milliseconds=1)))
        return value

    def same(a: Any, b: Any) -> bool:
        if isinstance(a, tuple) and isinstance(b, tuple):
            return abs(a[1] - b[1]) <= 2
        if isinstance(a, (int, float)) and isinstance(b, (int, float)) and not isinstance(a, bool):
            # openpyxl writes 16 significant digits (1e15 + 1.0 comes back as an int)
            return math.isclose(a, b, rel_tol=1e-14, abs_tol=0) and type(b) is not bool
        return bool(a == b and type(a) is type(b))

    expected = [[kept(c) for c in r] for r in rows]
    expected = [r for r in expected if not blank(r)]
    have = [[kept(c) for c in r] for r in got]
    assert len(have) == len(expected)
    for want, row in zip(expected, have, strict=True):
        row = row + [None] * (len(want) - len(row))  # empty cells at the end of a row may be left off
        assert all(same(w, h) for w, h in zip(want, row, strict=False)), (want, row)
        assert all(x is None for x in row[len(want):])


def test_quotes_beyond_the_sniffed_sample_and_leading_spaces_are_kept(tmp_path: Path) -> None:
    """Found by the property test: the sniffer's guesses from the first 20,000 characters (no quotes
    there: doublequote off; ', ' there: skip the space) garbled cells further down."""
    f = tmp_path / "q.csv"
    f.write_text("Naam;Gemeente\n" + "Club; Gent\n" * 3000 + '"Club ""De Kern""";Gent\n', encoding="utf-8")
    rows = read_rows(f)
    assert rows[1] == ["Club", " Gent"] and rows[-1] == ['Club "De Kern"', "Gent"]


def test_xlsx_rows_beyond_a_wrong_declared_size_are_read(tmp_path: Path) -> None:
    """Some programs write a sheet size (<dimension>) that is too small; read-only openpyxl stopped
    there and the rows below were silently left out."""
    import re
    import zipfile

    wb = Workbook()
    ws = wb.active
    ws["B3"], ws["C3"], ws["B4"], ws["C4"], ws["B6"] = "Naam", "Gemeente", "Chiro", "Gent", "Scouts"
    good, bad = tmp_path / "good.xlsx", tmp_path / "bad.xlsx"
    wb.save(good)
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(bad, "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = re.sub(rb'<dimension ref="[^"]*"', b'<dimension ref="B3:C4"', data)
            dst.writestr(item, data)
    rows = read_rows(bad)
    assert [r[1:3] for r in rows] == [["Naam", "Gemeente"], ["Chiro", "Gent"], ["Scouts"]]
