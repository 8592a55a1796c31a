"""The companion PDFs as their readers get them: the stakeholder map draws every stakeholder where
its influence and interest put it (also 10,000 of them), with legends, date and confidentiality
mark; fonts embedded and metadata true."""

from __future__ import annotations

import random
from collections import Counter
from datetime import date
from pathlib import Path

from pypdf import PdfReader
from pypdf.generic import ContentStream
from sqlalchemy import insert
from sqlalchemy.orm import Session

from app.domain import Network, Stakeholder
from app.domain.vocabulary import Quadrant, Stage, quadrant_for
from app.reports import stakeholder_map
from app.reports.stakeholder_map import write_stakeholder_map

TODAY = date(2026, 11, 24)


def flat(text: str) -> str:
    """Text with every run of white space as one space (extraction breaks lines where it likes)."""
    return " ".join(text.split())


def text_of(path: Path) -> str:
    return flat(" ".join(page.extract_text() or "" for page in PdfReader(str(path)).pages))


def unembedded_fonts(path: Path) -> list[str]:
    """Every font a page uses that the file does not carry (what pdffonts shows as emb 'no')."""
    missing = []
    for page in PdfReader(str(path)).pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for ref in fonts.values():
            font = ref.get_object()
            descendant = font.get("/DescendantFonts")
            if descendant is not None:
                font = descendant[0].get_object()
            descriptor = font.get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor is not None else {}
            if not any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")):
                missing.append(str(font.get("/BaseFont")))
    return sorted(set(missing))


def circle_centres(path: Path, page: int = 0) -> list[tuple[float, float]]:
    """Centres of the filled circles drawn on a page, in page coordinates: each path of one
    `m` and four `c` and nothing else (reportlab's circle), transformed by the current matrix."""
    reader = PdfReader(str(path))
    ops = ContentStream(reader.pages[page].get_contents(), reader).operations
    ctm = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0]
    stack: list[list[float]] = []
    points: list[tuple[float, float]] = []
    curves = 0
    out: list[tuple[float, float]] = []

    def apply(x: float, y: float) -> tuple[float, float]:
        a, b, c, d, e, f = ctm
        return a * x + c * y + e, b * x + d * y + f

    for operands, op in ops:
        if op == b"q":
            stack.append(list(ctm))
        elif op == b"Q":
            ctm = stack.pop()
        elif op == b"cm":
            a2, b2, c2, d2, e2, f2 = (float(v) for v in operands)
            a, b, c, d, e, f = ctm
            ctm = [a2 * a + b2 * c, a2 * b + b2 * d, c2 * a + d2 * c, c2 * b + d2 * d,
                   e2 * a + f2 * c + e, e2 * b + f2 * d + f]
        elif op == b"m":
            points, curves = [apply(float(operands[0]), float(operands[1]))], 0
        elif op == b"c":
            vals = [float(v) for v in operands]
            points += [apply(vals[i], vals[i + 1]) for i in (0, 2, 4)]
            curves += 1
        elif op in (b"l", b"re", b"v", b"y", b"h"):  # a line or rectangle: not a circle (a rounded label)
            curves = -1
        elif op in (b"f", b"f*", b"B", b"b"):
            if curves == 4 and points:
                xs, ys = [p[0] for p in points], [p[1] for p in points]
                out.append(((min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2))
            points, curves = [], 0
    return out


def _network_with(session: Session, scores: list[tuple[int, int, int, str]], name: str = "Netwerk Groot") -> Network:
    net = Network(name=name, kind="connection", municipality="Gent")
    session.add(net)
    session.flush()
    if scores:
        session.execute(insert(Stakeholder), [
            {"network_id": net.id, "name": f"Speler {i:05d}", "influence": inf, "interest": it, "strength": st,
             "stage": stage, "category": "sports_club"} for i, (inf, it, st, stage) in enumerate(scores)])
    session.commit()
    return net


def _dots_on_grid(path: Path) -> Counter[tuple[int, int]]:
    """(interest, influence) of every dot inside the grid of page 1, read back from the drawing."""
    x0, y0, side = stakeholder_map.GRID_X, stakeholder_map.GRID_Y, stakeholder_map.GRID_SIZE
    found: Counter[tuple[int, int]] = Counter()
    for x, y in circle_centres(path):
        if x0 - 0.5 <= x <= x0 + side + 0.5 and y0 - 0.5 <= y <= y0 + side + 0.5:
            interest, influence = (x - x0) / side * 100, (y - y0) / side * 100
            assert abs(interest - round(interest)) < 0.05 and abs(influence - round(influence)) < 0.05
            found[(round(interest), round(influence))] += 1
    return found


def test_map_of_10000_stakeholders_draws_every_one_where_its_scores_put_it(db_session: Session,
                                                                            tmp_path: Path) -> None:
    rnd = random.Random(17)
    stages = [s.value for s in Stage]
    scores = [(rnd.randint(0, 100), rnd.randint(0, 100), rnd.randint(1, 5), rnd.choice(stages)) for _ in range(10_000)]
    net = _network_with(db_session, scores)
    out = tmp_path / "kaart.pdf"
    write_stakeholder_map(db_session, net.id, out, "nl", today=TODAY)

    drawn = _dots_on_grid(out)
    assert sum(drawn.values()) == 10_000
    assert drawn == Counter((it, inf) for inf, it, _, _ in scores)  # each dot where its scores say
    # spread over the whole grid, not a strip: every quarter of the influence axis holds dots
    assert {min(3, inf // 25) for (_, inf) in drawn} == {0, 1, 2, 3}

    reader = PdfReader(str(out))
    first = flat(reader.pages[0].extract_text())
    assert "Alle 10.000 stakeholders van het netwerk staan op de kaart." in first
    assert "Stand op 24/11/2026" in first and "VERTROUWELIJK" in first and "pagina 1 van 1" in first
    per = Counter(quadrant_for(inf, it) for inf, it, _, _ in scores)
    assert f"Nauw betrekken: {per[Quadrant.MANAGE_CLOSELY]:,}".replace(",", ".") in first
    assert f"Monitoren: {per[Quadrant.MONITOR]:,}".replace(",", ".") in first
    stage_counts = Counter(st for _, _, _, st in scores)
    assert f"Partner/ambassadeur {stage_counts['partner']:,}".replace(",", ".") in first
    assert "Kleur: relatiefase" in first and "Grootte: sterkte van de band" in first
    # what is not printed is said, with the way to get it
    assert "De namen per kwadrant staan niet op papier: 10.000 passen er niet zinvol op" in first
    assert "verbind export --kind stakeholders" in first and len(reader.pages) == 1
    assert unembedded_fonts(out) == []
    assert reader.metadata is not None and reader.metadata.title == "Stakeholderkaart — Netwerk Groot"
    assert reader.trailer["/Root"]["/Lang"] == "nl-BE"


def test_small_map_lists_every_stakeholder_per_quadrant_in_english(db_session: Session, tmp_path: Path) -> None:
    scores = [(90, 90, 5, "partner"), (90, 10, 1, "mapped"), (10, 90, 3, "involved"), (10, 10, 2, "introduced"),
              (50, 50, 4, "maintained"), (49, 50, 1, "maintained")]
    net = _network_with(db_session, scores, "Small net")
    out = tmp_path / "map.pdf"
    write_stakeholder_map(db_session, net.id, out, "en", today=TODAY)
    assert _dots_on_grid(out) == Counter((it, inf) for inf, it, _, _ in scores)
    text = text_of(out)
    assert "All 6 stakeholders of the network are on the map." in text and "As at 24 November 2026" in text
    assert "CONFIDENTIAL" in text and "page 2 of 2" in text
    assert "Manage closely (2)" in text and "Keep informed (2)" in text  # 50/50 counts as high
    assert "Keep satisfied (1)" in text and "Monitor (1)" in text
    for i in range(6):
        assert f"Speler {i:05d}" in text
    assert "Sports club" in text and "sports_club" not in text
    assert unembedded_fonts(out) == []


def test_empty_network_map_says_so(db_session: Session, tmp_path: Path) -> None:
    net = _network_with(db_session, [], "Leeg")
    out = tmp_path / "leeg.pdf"
    write_stakeholder_map(db_session, net.id, out, today=TODAY)
    assert "Dit netwerk heeft nog geen stakeholders." in text_of(out)
    assert circle_centres(out) and not _dots_on_grid(out)  # legend dots only
    assert len(PdfReader(str(out)).pages) == 1
