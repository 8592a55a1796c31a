"""The annual report: step graph without Qt, figures in the PDF equal the services', no trajectory
identity or free text in it, fonts embedded, frozen snapshots reproduce, the recovery sheet."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.demo import populate
from app.domain import Network, Trajectory
from app.periods import working_year
from app.reports import snapshot as snap
from app.reports import wizard
from app.reports.pdf import write_report
from app.reports.recovery_sheet import write_recovery_sheet
from app.services.figures import yearly_figures

TODAY = date(2026, 11, 24)


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)


@pytest.fixture
def demo(db_session: Session) -> Session:
    populate(db_session, "small", seed=7, today=TODAY)
    return db_session


def _gent(session: Session) -> Network:
    return session.scalars(select(Network).where(Network.kind == "connection")).one()


def test_step_graph_validates_and_resumes() -> None:
    state = wizard.new_state()
    assert [s.key for s in wizard.STEPS] == ["period", "figures", "criteria", "narrative", "options", "preview"]
    with pytest.raises(ValueError, match="periode"):
        wizard.advance(state)
    state.update(network_id="n1", period="2025-2027")
    assert wizard.validate("period", state)
    state["period"] = "2025-2026"
    state = wizard.advance(state)
    assert state["step"] == "figures"
    state["criteria"]["inform"]["evidence"] = "infoavond in 4 scholen"
    assert any("niet aangevinkt" in p for p in wizard.validate("criteria", state))
    state["criteria"]["inform"]["ticked"] = True
    state["options"]["sections"] = []
    assert wizard.can_finish(state)
    state["options"]["sections"] = ["summary"]
    assert wizard.can_finish(state) == []
    resumed = json.loads(json.dumps(state))  # drafts are stored as JSON
    assert resumed == state


def test_pdf_numbers_equal_the_services(demo: Session, tmp_path: Path) -> None:
    net = _gent(demo)
    period = working_year(2025)
    state = wizard.new_state(net.id, period.label)
    state["narrative"]["summary"] = "Een **sterk** jaar.\n\n- meer scholen\n- nieuwe sportclubs"
    state["data"] = snap.compute(demo, net.id, period.label)
    out = tmp_path / "verslag.pdf"
    write_report(state, out)
    text = _text(out)
    fig = yearly_figures(demo, net.id, period)
    assert f"Trajecten gestart {fig.trajectories['started']}" in text.replace("\n", " ")
    assert f"Geslaagde toeleidingen (nog actief na 6 maanden) {fig.successful}" in text.replace("\n", " ")
    assert "Samenvatting" in text and "Bijlage" in text and "pagina 1 van" not in text
    assert "pagina 3 van" in text
    meta = PdfReader(str(out)).metadata
    assert meta is not None and "Jaarverslag" in (meta.title or "")
    # no child's identity or free text of a trajectory
    for t in demo.scalars(select(Trajectory).where(Trajectory.network_id == net.id)):
        assert t.code not in text
        if t.name:
            assert t.name not in text
        if t.wishes:
            assert t.wishes not in text


def test_small_numbers_are_suppressed_and_english(demo: Session, tmp_path: Path) -> None:
    net = _gent(demo)
    state = wizard.new_state(net.id, "2025-2026", "en")
    state["options"]["suppression"] = 100
    state["data"] = snap.compute(demo, net.id, "2025-2026")
    out = tmp_path / "en.pdf"
    write_report(state, out)
    text = _text(out)
    assert "< 100" in text and "Annual report" in text and "Summary" in text


def test_unicode_names_render_with_embedded_fonts(demo: Session, tmp_path: Path) -> None:
    net = _gent(demo)
    net.name = "Verbinders Zoë · François · Ağrı · Şeyma · Łódź · نور"
    state = wizard.new_state(net.id, "2025-2026")
    state["data"] = snap.compute(demo, net.id, "2025-2026")
    out = tmp_path / "u.pdf"
    write_report(state, out)
    text = _text(out)
    for piece in ("Zoë", "François", "Ağrı", "Şeyma", "Łódź"):
        assert piece in text
    reader = PdfReader(str(out))
    fonts_used = set()
    for page in reader.pages:
        for f in (page["/Resources"].get("/Font") or {}).values():
            fonts_used.add(str(f.get_object()["/BaseFont"]))
    assert any("VerbindSans" in f or "DejaVu" in f for f in fonts_used)


def test_frozen_snapshot_reproduces_after_data_changed(demo: Session, tmp_path: Path) -> None:
    net = _gent(demo)
    state = wizard.new_state(net.id, "2025-2026")
    state["narrative"]["conclusions"] = "We gaan door."
    frozen = snap.freeze(demo, net.id, state)
    demo.commit()
    before = tmp_path / "a.pdf"
    write_report(frozen.payload, before)
    for t in demo.scalars(select(Trajectory).where(Trajectory.network_id == net.id).limit(10)):
        t.started_on = date(2025, 10, 1)
    demo.commit()
    again = snap.previous_final(demo, net.id, "2025-2026")
    assert again is not None
    after = tmp_path / "b.pdf"
    write_report(again.payload, after)
    assert _text(before) == _text(after)
    # next year's report compares with the frozen figures
    nxt = snap.compute(demo, net.id, "2026-2027")
    assert nxt["figures"]["previous_source"] == "snapshot"
    assert nxt["figures"]["previous"] == frozen.payload["data"]["figures"]["current"]


def test_failed_export_leaves_no_partial_file(demo: Session, tmp_path: Path) -> None:
    state = wizard.new_state(_gent(demo).id, "2025-2026")
    state["data"] = {"network": {"name": "x"}}  # broken payload
    out = tmp_path / "kapot.pdf"
    with pytest.raises(KeyError):
        write_report(state, out)
    assert list(tmp_path.iterdir()) == []


def test_recovery_sheet(tmp_path: Path) -> None:
    out = tmp_path / "herstel.pdf"
    write_recovery_sheet(out, "7ZX2-R94V-GHBQ-N97B-E2SJ-PVTP-CPRV-Z8R1", tmp_path / "team.verbind")
    text = _text(out)
    assert "Herstelblad" in text and "7ZX2" in text and "team.verbind" in text


def test_indicators_show_the_way_from_the_starting_point_never_a_red_cross(demo: Session, tmp_path: Path) -> None:
    """Seed 001: numeric targets can stress the worker — the report shows starting point, target,
    value and how far along the way it is, with the lead's note, and no "niet gehaald"."""
    from app.services import network as net_service

    net = _gent(demo)
    net_service.save_indicator(demo, net.id, "Verenigingen met drempelverlagend aanbod", "", "2025-2026",
                               target=20, actual=16, note="telling bij de jeugddienst in juni", baseline=10)
    net_service.save_indicator(demo, net.id, "Vormingen voor begeleiders", "", "2025-2026",
                               target=6, actual=8, baseline=2)
    net_service.save_indicator(demo, net.id, "Gezinnen op huisbezoek", "", "2025-2026",
                               target=30, actual=5, baseline=12)
    demo.commit()
    state = wizard.new_state(net.id, "2025-2026", "nl")
    state["data"] = snap.compute(demo, net.id, "2025-2026", TODAY)
    write_report(state, tmp_path / "r.pdf")
    text = " ".join(_text(tmp_path / "r.pdf").split())
    assert "Vertrekpunt" in text and "Voortgang" in text
    assert "60 % van de weg" in text  # (16 - 10) / (20 - 10)
    assert "streefcijfer bereikt" in text and "onder het vertrekpunt" in text
    assert "telling bij de jeugddienst in juni" in text
    assert "niet gehaald" not in text and "✗" not in text
    state["options"] = {**state.get("options", {}), "lang": "en"}
    write_report(state, tmp_path / "e.pdf")
    english = " ".join(_text(tmp_path / "e.pdf").split())
    assert "60 % of the way" in english and "target reached" in english and "not met" not in english


def test_borging_prints_the_action_plan_as_it_stood_at_the_period_end(demo: Session, tmp_path: Path) -> None:
    from datetime import datetime

    from app.services import barriers

    net = _gent(demo)
    done = barriers.add_action(demo, net.id, "unaffordable", "Afspraak met het OCMW over de vrijetijdspas",
                               "Sara (jeugddienst)", date(2026, 3, 1))
    barriers.complete_action(demo, done.id, date(2026, 2, 20))
    late = barriers.add_action(demo, net.id, "hard_to_reach", "Fietsbrigade naar de Chiro op zaterdag",
                               "Karim", date(2026, 5, 1))
    old = barriers.add_action(demo, net.id, "unaffordable", "Tarieven opvragen bij de sportclubs", "Sara", date(2025, 3, 1))
    old.created_at = datetime(2025, 1, 5)
    barriers.complete_action(demo, old.id, date(2025, 4, 1))  # done before 2025-2026: not in this year's plan
    later = barriers.add_action(demo, net.id, "not_aware", "Infomarkt in de bib", "Lies", date(2026, 11, 1))
    for row, made in ((done, datetime(2025, 10, 1)), (late, datetime(2026, 1, 10)), (old, datetime(2025, 1, 5)),
                      (later, datetime(2026, 10, 1))):  # planned after 31/08/2026: not in the report
        row.created_at = made
    demo.commit()
    state = wizard.new_state(net.id, "2025-2026", "nl")
    state["data"] = snap.compute(demo, net.id, "2025-2026", TODAY)
    mine = {"Afspraak met het OCMW over de vrijetijdspas", "Fietsbrigade naar de Chiro op zaterdag",
            "Tarieven opvragen bij de sportclubs", "Infomarkt in de bib"}  # the demo has a plan of its own
    plan = [a for a in state["data"]["action_plan"] if a["action"] in mine]
    assert [a["state"] for a in plan] == ["overdue", "done"]  # open ones first
    write_report(state, tmp_path / "r.pdf")
    text = " ".join(_text(tmp_path / "r.pdf").split())
    borging = text[text.rindex("Borging"):]
    assert "Actieplan tegen drempels" in borging and "Fietsbrigade naar de Chiro op zaterdag" in borging
    assert "gedaan op 20/02/2026" in borging and "over tijd" in borging
    done = sum(a["state"] == "done" for a in state["data"]["action_plan"])
    assert f"Gedaan op de einddatum: {done} van de {len(state['data']['action_plan'])} acties." in borging
    assert "Tarieven opvragen" not in text and "Infomarkt in de bib" not in text


def test_a_neighbourhood_report_holds_its_village_councils_and_agreements(demo: Session, tmp_path: Path) -> None:
    """Seed 004 (#17, #19): meetings held in the period with who attended, minutes received, and the
    agreements for the term as they stood on the cut-off day — counted here from the raw tables."""
    from sqlalchemy import text

    net = demo.scalars(select(Network).where(Network.kind == "neighbourhood")).one()
    state = wizard.new_state(net.id, "2026", "nl")
    state["data"] = snap.compute(demo, net.id, "2026", TODAY)
    gov = state["data"]["kind"]["neighbourhood"]["governance"]
    held = demo.execute(text("SELECT count(*), sum(ambassador_present), sum(area_manager_present) FROM council_meeting "
                             "WHERE network_id = :n AND deleted_at IS NULL AND held_on BETWEEN '2026-01-01' AND :d"),
                        {"n": net.id, "d": TODAY.isoformat()}).one()
    assert (gov["meetings_held"], gov["ambassador_present"], gov["area_manager_present"]) == tuple(held)
    still_open = demo.execute(text("SELECT count(*) FROM commitment WHERE network_id = :n AND deleted_at IS NULL "
                                   "AND date(created_at) <= :d AND (done_on IS NULL OR done_on > :d)"),
                              {"n": net.id, "d": TODAY.isoformat()}).scalar_one()
    assert gov["commitments_open_end"] == still_open and held[0] > 0
    write_report(state, tmp_path / "lommel.pdf")
    text_ = " ".join(_text(tmp_path / "lommel.pdf").split())
    assert "Dorpsraden en afspraken van de termijn" in text_ and "waarvan met de wijkambassadeur aanwezig" in text_
    gent = _gent(demo)
    other = wizard.new_state(gent.id, "2025-2026", "nl")
    other["data"] = snap.compute(demo, gent.id, "2025-2026", TODAY)
    write_report(other, tmp_path / "gent.pdf")
    assert "Dorpsraden en afspraken" not in _text(tmp_path / "gent.pdf")  # another kind's section stays out
