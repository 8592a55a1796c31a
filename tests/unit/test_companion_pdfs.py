"""The companion PDFs as their readers get them: the stakeholder map draws every stakeholder where
its influence and interest put it (also 10,000 of them), with legends, date and confidentiality
mark; the art. 30 register says what the software does here (names, recipients, controller,
settings) in tables that never break a word; fonts embedded and metadata true."""

from __future__ import annotations

import random
from collections import Counter
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf.generic import ContentStream
from sqlalchemy import insert
from sqlalchemy.orm import Session

from app.config import Settings
from app.domain import Consent, Network, Setting, Stakeholder, Trajectory, TrajectoryOffer
from app.domain.vocabulary import Quadrant, Stage, quadrant_for
from app.io import register
from app.reports import companion, fonts, stakeholder_map
from app.reports.stakeholder_map import write_stakeholder_map
from app.services.privacy import PURPOSES

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


# --- the art. 30 register ---------------------------------------------------------------------------

def _register_vault(session: Session) -> tuple[Network, Trajectory]:
    net = Network(name="Verbindingsambassadeurs Gent", kind="connection", municipality="Gent")
    session.add(net)
    session.flush()
    club = Stakeholder(network_id=net.id, name="Sportclub Muide", category="sports_club")
    child = Trajectory(network_id=net.id, code="GNT-01", started_on=date(2026, 1, 5), name="Zoë")
    session.add_all([club, child])
    session.flush()
    session.add(TrajectoryOffer(trajectory_id=child.id, stakeholder_id=club.id))
    session.commit()
    return net, child


def _register_text(session: Session, tmp_path: Path, lang: str = "nl") -> str:
    data = register.build(session, tmp_path / "gent.verbind", TODAY)
    return flat(register.to_markdown(data, lang))


def test_register_says_what_the_software_does_here(db_session: Session, tmp_path: Path) -> None:
    _, child = _register_vault(db_session)
    text = _register_text(db_session, tmp_path)
    # children's names: not "never leave the laptop", since an export may carry them when asked
    assert "verlaten de laptop nooit" not in text and "'--include-names'" in text
    assert "nooit in een uitwisselingsbundel of een jaarverslag" in text
    # no sharing consent: no leisure providers among the recipients
    assert "geen aanbieders van vrijetijdsaanbod" in text
    db_session.add(Consent(person_kind="trajectory", person_id=child.id, purpose=PURPOSES[2][0],
                           given_on=date(2025, 9, 1), expires_on=date(2026, 9, 1)))  # expired by TODAY
    db_session.commit()
    assert "geen aanbieders van vrijetijdsaanbod" in _register_text(db_session, tmp_path)
    db_session.add(Consent(person_kind="trajectory", person_id=child.id, purpose=PURPOSES[2][0],
                           given_on=date(2026, 9, 1), expires_on=date(2028, 9, 1)))
    db_session.commit()
    text = _register_text(db_session, tmp_path)
    assert "aanbieders van vrijetijdsaanbod (clubs, jeugdwerkingen, …)" in text and "nu 1 kind, bij 1 aanbieder." in text
    assert f"{PURPOSES[2][0]}: 1 geldig, 1 verlopen of ingetrokken" in text
    # controller and DPO come from the vault's settings
    assert text.count("(nog in te vullen") == 2
    register.set_privacy_contacts(db_session, controller="Stad Gent, Dienst Jeugd", controller_contact="jeugd@stad.gent",
                                  dpo="DPO Stad Gent", dpo_contact="privacy@stad.gent")
    db_session.commit()
    text = _register_text(db_session, tmp_path)
    assert "Stad Gent, Dienst Jeugd — jeugd@stad.gent" in text and "DPO Stad Gent — privacy@stad.gent" in text
    assert "nog in te vullen" not in text
    # this laptop's settings: lock after 5 minutes and daily backups by default; when switched off, it says so
    assert "de app vergrendelt na 5 minuten zonder gebruik" in text and "elke dag en bij afsluiten" in text
    assert "deze kluis is geen teamkluis" in text and "teamleden, elk met" not in text
    Settings(idle_lock_minutes=0, auto_backup=False).save()
    db_session.add_all([Setting(key="team.id", value="t1"), Setting(key="team.member", value="Amina"),
                        Setting(key="team.member_id", value="m1")])
    db_session.commit()
    text = _register_text(db_session, tmp_path)
    assert "automatisch vergrendelen staat uit op deze laptop" in text
    assert "automatische reservekopieën staan uit op deze laptop" in text and "7 dagelijkse" not in text
    assert "teamleden, elk met een eigen versleutelde kluis (Amina)" in text
    english = _register_text(db_session, tmp_path, "en")
    assert "Record of processing activities (GDPR art. 30)" in english and "automatic locking is off" in english


def test_register_pdf_keeps_every_word_whole_and_embeds_its_fonts(db_session: Session, tmp_path: Path) -> None:
    _register_vault(db_session)
    register.set_privacy_contacts(db_session, controller="Stad Gent")
    db_session.commit()
    data = register.build(db_session, tmp_path / "gent.verbind", TODAY)
    for lang in ("nl", "en"):
        out = tmp_path / f"register-{lang}.pdf"
        register.write(data, out, lang)
        text = text_of(out)
        _, parts = register.sections(data, lang)
        tables = [content for _, blocks in parts for kind, content in blocks if kind == "table"]
        assert len(tables) == 2
        for header, rows, _ in tables:
            for cell in [*header, *(v for r in rows for v in r)]:
                for word in cell.split():
                    assert word in text, word  # a word broken over two lines would not be found
        main = text.split("Bijlage" if lang == "nl" else "Annex")[0]
        assert "ambassador_status_change" not in main and "audit_entry" not in main  # human words first
        assert ("statuswijzigingen met datum" if lang == "nl" else "status changes with their date") in main
        assert unembedded_fonts(out) == []
        reader = PdfReader(str(out))
        assert reader.metadata is not None and reader.metadata.author == "Stad Gent"
        assert reader.trailer["/Root"]["/Lang"] == ("nl-BE" if lang == "nl" else "en-GB")
        assert ("VERTROUWELIJK" if lang == "nl" else "CONFIDENTIAL") in text


def test_columns_are_never_narrower_than_their_longest_word() -> None:
    fonts.register()
    rows = [["Gegevens", "Over wie"], ["Stuurgroepvergadering", "leden"], ["Status ambassadeur", "kinderen en jongeren"]]
    widths = companion.fit_columns(rows, 300, fonts.REGULAR, 9, header_font=fonts.BOLD)
    assert abs(sum(widths) - 300) < 0.01
    assert widths[0] >= companion.longest_word_width("Stuurgroepvergadering", fonts.REGULAR, 9) + 12
    with pytest.raises(ValueError):
        companion.fit_columns(rows, 100, fonts.REGULAR, 9)
