"""The annual report's charts, tables and typography (#17): round axis steps that include the
maximum, labels never cut, header words never broken, headings never left at a page's foot, a
split table repeating its header, the cover's confidentiality and status, the draft mark,
English numbers and indicator names, true metadata, the document language and embedded fonts.
Checked on the rendered PDF (pypdf) and on the Table objects the report builds."""

from __future__ import annotations

import copy
import html
import math
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st
from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table
from sqlalchemy import create_engine, event, select
from sqlalchemy.orm import Session

from app.demo import populate
from app.domain import Base, Network
from app.formatting import fmt_eur, fmt_number
from app.io.controller import set_privacy_contacts
from app.reports import fonts, wizard
from app.reports import snapshot as snap
from app.reports.charts import nice_axis, wrap
from app.reports.content import SECTIONS, section_title
from app.reports.pdf import Report, T, fit_columns, write_report

TODAY = date(2026, 11, 24)
ORGANISATION = "Stad Gent — Dienst Jeugd"


@pytest.fixture(scope="module")
def session() -> Iterator[Session]:
    engine = create_engine("sqlite://")

    @event.listens_for(engine, "connect")
    def _fk(dbapi_conn, _rec):  # type: ignore[no-untyped-def]
        dbapi_conn.execute("PRAGMA foreign_keys=ON")

    Base.metadata.create_all(engine)
    with Session(engine, expire_on_commit=False) as s:
        populate(s, "small", seed=7, today=TODAY)
        set_privacy_contacts(s, controller=ORGANISATION)
        yield s
    engine.dispose()


def _net(session: Session, kind: str) -> Network:
    return session.scalars(select(Network).where(Network.kind == kind)).one()


def _payload(session: Session, kind: str, period: str, lang: str = "nl") -> dict[str, Any]:
    net = _net(session, kind)
    state = wizard.new_state(net.id, period, lang)
    state["data"] = snap.compute(session, net.id, period, TODAY)
    return state


def _pages(path: Path) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(str(path)).pages]


def _flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def rendered(session: Session, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Draft reports of two networks (a working year and a calendar year) in Dutch and English."""
    folder = tmp_path_factory.mktemp("typography")
    out: dict[str, Path] = {}
    for kind, period in (("connection", "2025-2026"), ("entrepreneur", "2025")):
        for lang in ("nl", "en"):
            path = folder / f"{kind}-{lang}.pdf"
            write_report(_payload(session, kind, period, lang), path)
            out[f"{kind}-{lang}"] = path
    return out


# -- axis steps and labels ---------------------------------------------------------------------------

def _round_step(step: float) -> bool:
    mantissa = step / 10 ** math.floor(math.log10(step))
    return any(math.isclose(mantissa, m) for m in (1, 2, 5))


@given(st.floats(min_value=0, max_value=1e9, allow_nan=False), st.booleans())
def test_axis_step_is_round_and_the_axis_includes_the_maximum(top: float, integer: bool) -> None:
    assume(top == 0 or top >= 1e-6)  # report values: counts, shares, days
    step, axis_max = nice_axis(top, integer=integer)
    assert step > 0 and _round_step(step)
    assert axis_max >= top * (1 - 1e-9)
    n = axis_max / step
    assert math.isclose(n, round(n), abs_tol=1e-6)  # ends on a tick
    assert round(n) <= 5 or (integer and step == 1 and top <= 5)
    if top > 0:
        assert axis_max - step < top  # no empty step above the maximum
    if integer:
        assert step >= 1 and step == int(step)


def test_axis_examples() -> None:
    assert nice_axis(13) == (5, 15)
    assert nice_axis(76) == (20, 80)
    assert nice_axis(100) == (20, 100)
    assert nice_axis(3) == (1, 3)
    assert nice_axis(0) == (1, 1)
    assert nice_axis(0.37, integer=False) == (0.1, 0.4)


@given(st.lists(st.text(alphabet="abcdefghij ëé", min_size=1, max_size=14), min_size=1, max_size=12),
       st.floats(min_value=10, max_value=200))
def test_wrapped_labels_keep_every_word_whole(words: list[str], width: float) -> None:
    fonts.register()
    text = " ".join(words)
    lines = wrap(text, fonts.REGULAR, 8, width)
    assert " ".join(lines).split() == text.split()  # nothing cut, nothing lost
    for line in lines:
        assert stringWidth(line, fonts.REGULAR, 8) <= width or len(line.split()) == 1


# -- tables --------------------------------------------------------------------------------------

def test_fit_columns_widens_a_narrow_header_and_keeps_the_total() -> None:
    fonts.register()
    rows = [["Criterium", "Gedaan", "Toelichting"], ["iets", "ja", "uitleg"]]
    widths = [200.0, 30.0, 200.0]
    fitted = fit_columns(rows, widths, [(fonts.BOLD, 9.0), (fonts.REGULAR, 9.0)], [12.0] * 3)
    assert math.isclose(sum(fitted), sum(widths))
    assert fitted[1] >= stringWidth("Gedaan", fonts.BOLD, 9) + 12
    assert fit_columns(rows, [200.0, 80.0, 200.0], [(fonts.BOLD, 9.0)], [12.0] * 3) == [200.0, 80.0, 200.0]


def _tables(story: list[Flowable]) -> Iterator[Table]:
    for f in story:
        if isinstance(f, Table):
            yield f
            for row in f._cellvalues:
                for cell in row:
                    if isinstance(cell, list):
                        yield from _tables(cell)
                    elif isinstance(cell, Flowable):
                        yield from _tables([cell])
        elif isinstance(f, KeepTogether):
            yield from _tables(list(f._content))


def _plain_words(cell: Paragraph) -> list[str]:
    """The words of a cell as ReportLab lays them out: a line break (<br/>) separates words too,
    which getPlainText() would glue together."""
    text = re.sub(r"<br\s*/?>", " ", cell.text)
    return html.unescape(re.sub(r"<[^>]+>", "", text)).split()


def _too_narrow(tbl: Table) -> list[str]:
    """Words of the table's Paragraph cells that do not fit their column (or spanned columns)."""
    problems = []
    ncols, nrows = len(tbl._colWidths), len(tbl._cellvalues)
    spans: dict[tuple[int, int], int] = {}  # (col, row) of a span's first cell -> its last column
    covered: set[tuple[int, int]] = set()
    for _cmd, (c0, r0), (c1, r1) in getattr(tbl, "_spanCmds", []):
        c0, c1, r0, r1 = c0 % ncols, c1 % ncols, r0 % nrows, r1 % nrows
        spans[(c0, r0)] = c1
        covered |= {(c, r) for c in range(c0, c1 + 1) for r in range(r0, r1 + 1)} - {(c0, r0)}
    for r, row in enumerate(tbl._cellvalues):
        for c, cell in enumerate(row):
            if not isinstance(cell, Paragraph) or (c, r) in covered:
                continue
            width = sum(tbl._colWidths[c:spans.get((c, r), c) + 1])
            style = tbl._cellStyles[r][c]
            room = width - style.leftPadding - style.rightPadding - cell.style.leftIndent
            for word in _plain_words(cell):
                if stringWidth(word, cell.style.fontName, cell.style.fontSize) > room + 0.01:
                    problems.append(f"{word!r} in a column of {width:.0f} pt")
    return problems


@pytest.mark.parametrize("kind,period", [("connection", "2025-2026"), ("entrepreneur", "2025"),
                                         ("neighbourhood", "2025"), ("local", "2025")])
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_no_table_word_is_broken(session: Session, kind: str, period: str, lang: str) -> None:
    fonts.register()
    report = Report(_payload(session, kind, period, lang))
    story = report.build()
    tables = list(_tables(story))
    assert len(tables) >= len(report.recorded)  # every recorded table was checked
    problems = [p for tbl in tables for p in _too_narrow(tbl)]
    assert problems == []


def test_a_split_table_repeats_its_header(session: Session, tmp_path: Path) -> None:
    payload = _payload(session, "connection", "2025-2026")
    payload["options"]["charts"] = False
    payload["data"]["figures"]["current"]["indicators"] = [
        {"name": f"Eigen doel {i:02d}", "metric": "", "unit": "", "target": 10.0, "actual": float(i)} for i in range(90)]
    out = tmp_path / "long.pdf"
    write_report(payload, out)
    with_rows = [p for p in _pages(out) if "Eigen doel" in p]
    assert len(with_rows) >= 2
    for page in with_rows:
        assert "Streefcijfer" in page and "Gerealiseerd" in page


# -- headings ------------------------------------------------------------------------------------

def _headings(lang: str) -> list[str]:
    titles = [section_title(k, lang) for k, _, _ in SECTIONS] + [T[lang]["method"], T[lang]["contents"],
                                                                    T[lang]["strategies"]]
    return [_flat(t) for t in titles]


def test_no_heading_is_left_at_a_page_foot(session: Session, tmp_path: Path) -> None:
    """Narratives of growing length move every later heading through every position on the page:
    none may end a page (the page's last text is the last thing drawn in its frame)."""
    base = _payload(session, "connection", "2025-2026")
    base["options"]["sections"] = ["summary", "introduction", "approach", "factors", "sustainability",
                                   "conclusions"]
    headings = _headings("nl")
    checked = 0
    long = " ".join(["Wat hielp, wat tegenzat en wat we volgend werkjaar anders willen doen."] * 4)
    for n in range(0, 36):
        payload = copy.deepcopy(base)
        payload["narrative"]["introduction"] = "\n\n".join(f"Alinea {i} over het werkjaar." for i in range(n))
        for key in ("approach", "factors", "sustainability", "conclusions"):
            payload["narrative"][key] = long
        out = tmp_path / f"h{n}.pdf"
        write_report(payload, out)
        for page in _pages(out)[2:-1]:  # after the cover and the contents
            tail = _flat(page)
            for heading in headings:
                assert not tail.endswith(heading), f"{heading!r} ends a page ({n} paragraphs)"
            checked += 1
    assert checked > 20


# -- cover, status and draft mark -------------------------------------------------------------------

def test_draft_cover_and_mark(rendered: dict[str, Path]) -> None:
    pages = _pages(rendered["connection-nl"])
    cover = _flat(pages[0])
    assert "VERTROUWELIJK" in cover and "Organisatie: " + ORGANISATION in cover
    assert "Status: concept" in cover
    assert all("CONCEPT" in p for p in pages)
    en = _pages(rendered["connection-en"])
    assert "CONFIDENTIAL" in _flat(en[0]) and all("DRAFT" in p for p in en)


def test_final_report_has_no_draft_mark(session: Session, tmp_path: Path) -> None:
    net = _net(session, "connection")
    state = wizard.new_state(net.id, "2025-2026")
    state["options"]["author"] = "An Peeters"
    frozen = snap.freeze(session, net.id, state, today=TODAY)
    row = next(r for r in snap.snapshot_rows(session, net.id) if r.id == frozen.id)
    out = tmp_path / "final.pdf"
    write_report(row.payload, out)
    pages = _pages(out)
    assert not any("CONCEPT" in p for p in pages)
    cover = _flat(pages[0])
    assert "VERTROUWELIJK" in cover and "Status: definitief" in cover and "Opgesteld door: An Peeters" in cover
    meta = PdfReader(str(out)).metadata
    assert meta is not None and meta.author == "An Peeters"
    # a report frozen before the payload carried its status: the list's row still says final
    frozen.payload = {k: v for k, v in frozen.payload.items() if k != "status"}
    session.flush()
    row = next(r for r in snap.snapshot_rows(session, net.id) if r.id == frozen.id)
    assert row.payload["status"] == "final" and Report(row.payload).final()
    assert not Report({**row.payload, "status": "draft"}).final()
    session.delete(frozen)
    session.flush()


# -- metadata, language and fonts ----------------------------------------------------------------

def test_metadata_and_document_language(rendered: dict[str, Path]) -> None:
    for key, lang, net in (("connection-nl", "nl-BE", "Verbindingsambassadeurs Gent"),
                           ("entrepreneur-en", "en-GB", "Sociale Innovatie Limburg")):
        reader = PdfReader(str(rendered[key]))
        meta = reader.metadata
        assert meta is not None
        assert net in (meta.title or "") and net in (meta.subject or "")
        assert meta.author == ORGANISATION and meta.creator == "Verbind"
        assert reader.trailer["/Root"]["/Lang"] == lang
    assert "werkjaar 2025-2026" in (PdfReader(str(rendered["connection-nl"])).metadata.subject or "")
    assert "calendar year 2025" in (PdfReader(str(rendered["entrepreneur-en"])).metadata.subject or "")


def test_every_font_is_embedded(rendered: dict[str, Path]) -> None:
    for path in rendered.values():
        seen = 0
        for page in PdfReader(str(path)).pages:
            for font in (page["/Resources"].get("/Font") or {}).values():
                font = font.get_object()
                if font["/Subtype"] == "/Type0":
                    font = font["/DescendantFonts"][0].get_object()
                descriptor = font.get("/FontDescriptor")
                assert descriptor is not None, f"{font.get('/BaseFont')} is not embedded in {path.name}"
                assert "/FontFile2" in descriptor.get_object(), f"{font.get('/BaseFont')} has no FontFile2"
                seen += 1
        assert seen


# -- English numbers, dates and names --------------------------------------------------------------

DUTCH_MONTHS = ("januari", "februari", "maart", "mei", "juni", "juli", "augustus", "oktober")


def test_english_report_uses_english_numbers_dates_and_names(session: Session, rendered: dict[str, Path]) -> None:
    text = _flat(" ".join(_pages(rendered["connection-en"])))
    budget = _net(session, "connection").budget_eur
    assert budget and budget >= 1000
    assert fmt_eur(budget, "en") in text and re.search(r"\d{1,3},\d{3}\.\d{2}", text)
    assert not re.search(r"\d\.\d{3}(?![\d])", text), "Dutch thousands separator"
    assert not re.search(r"\d,\d{1,2}(?!\d)", text), "Dutch decimal comma"
    assert not re.search(r"\b\d{2}/\d{2}/\d{4}\b", text), "Dutch date"
    assert not any(re.search(rf"\b{m}\b", text) for m in DUTCH_MONTHS)
    assert "31 August 2026" in text
    # a built-in indicator is named in English, a typed one stays as typed
    assert "Trajectories started" in text and "Trajecten gestart" not in text
    assert "Nieuwe samenwerking met scholen" in text
    nl = _flat(" ".join(_pages(rendered["connection-nl"])))
    assert fmt_eur(budget) in nl and "31/08/2026" in nl and "Trajecten gestart" in nl


def test_number_formats_keep_the_dutch_default() -> None:
    assert fmt_number(1234.5, 1) == "1.234,5" and fmt_number(1234.5, 1, "en") == "1,234.5"
    assert fmt_eur(1234.5) == "€ 1.234,50" and fmt_eur(1234.5, "en") == "€1,234.50"
    assert fmt_number(None) == "" and fmt_eur(None, "en") == ""


# -- charts ---------------------------------------------------------------------------------------

def test_one_small_chart_per_figure_and_per_indicator(rendered: dict[str, Path]) -> None:
    text = _flat(" ".join(_pages(rendered["connection-nl"])))
    assert "Vergelijking met vorig werkjaar" in text and "Doelen tegenover vorig werkjaar" in text
    assert text.count("streefcijfer 80") >= 2  # the target line of Trajecten gestart, in both grids
    cal = _flat(" ".join(_pages(rendered["entrepreneur-nl"])))
    assert "Vergelijking met vorig jaar" in cal and "vorig werkjaar" not in cal.replace("Vorig werkjaar", "")
    en = _flat(" ".join(_pages(rendered["entrepreneur-en"])))
    assert "Comparison with last year" in en and "this year" in en
