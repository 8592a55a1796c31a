"""The annual report wizard's six pages, drawn from the step graph in app/reports/wizard.py
(validation lives there). The preview renders the real PDF on a worker thread and shows it with
QtPdf; the temporary file is removed as soon as it is read."""

from __future__ import annotations

import copy
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Signal
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from app.formatting import fmt_date
from app.outputs import write_output_bytes
from app.periods import calendar_year, period_of
from app.reports import snapshot as snap
from app.reports import wizard as graph
from app.reports.content import (
    NARRATIVE_SECTIONS,
    PROCESS_CRITERIA,
    RESULTS,
    SECTIONS,
    section_title,
)
from app.services.common import network
from ui import ops
from ui.tabs.report.recommendations import RecommendationsEditor
from ui.widgets.table import Column, TableModel
from ui.workers import run_in_thread

if TYPE_CHECKING:
    from ui.tabs.report.wizard import ReportWizard


class _Page(QWizardPage):
    key = ""

    def __init__(self, wiz: ReportWizard) -> None:
        super().__init__()
        self.wiz = wiz
        step = next(s for s in graph.STEPS if s.key == self.key)
        self.setTitle(step.en if wiz.ctx.lang == "en" else step.nl)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setWordWrap(True)

    def store(self) -> None:
        """Copy the widgets into wiz.state."""

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        self.store()
        problems = graph.validate(self.key, self.wiz.state)
        self.error.setText("\n".join(problems))
        return not problems


class PeriodPage(_Page):
    key = "period"

    def __init__(self, wiz: ReportWizard) -> None:
        super().__init__(wiz)
        layout = QFormLayout(self)
        self.period = QComboBox()
        today = wiz.ctx.today()
        with ops.reading(wiz.ctx) as session:
            net = network(session, wiz.state["network_id"])
            start_month = net.working_year_start_month or 9
            self.earlier = [(s.period, s.status, s.created_at) for s in snap.snapshots(session, net.id)]
            name = net.name
        wy = period_of(today, "working", start_month)
        for p in (wy.previous(), wy, wy.previous().previous()):
            self.period.addItem(self.tr("Werkjaar {0}").format(p.label), p.label)
        for y in (today.year - 1, today.year):
            self.period.addItem(self.tr("Kalenderjaar {0}").format(y), calendar_year(y).label)
        layout.addRow(self.tr("Netwerk"), QLabel(f"<b>{name}</b>"))
        layout.addRow(self.tr("Periode"), self.period)
        self.list = QListWidget()
        for period, status, created in self.earlier:
            kind = self.tr("definitief") if status == "final" else self.tr("concept")
            self.list.addItem(f"{period}  ·  {kind}  ·  {fmt_date(created)}")
        if not self.earlier:
            self.list.addItem(self.tr("Nog geen eerdere jaarverslagen voor dit netwerk."))
        layout.addRow(self.tr("Eerdere verslagen"), self.list)
        layout.addRow(self.error)
        if wiz.state.get("period"):
            i = self.period.findData(wiz.state["period"])
            if i < 0:
                self.period.addItem(wiz.state["period"], wiz.state["period"])
                i = self.period.count() - 1
            self.period.setCurrentIndex(i)

    def store(self) -> None:
        self.wiz.state["period"] = self.period.currentData()


class FiguresPage(_Page):
    key = "figures"

    def __init__(self, wiz: ReportWizard) -> None:
        super().__init__(wiz)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Deze cijfers komen uit de kluis. Klopt er iets niet? Pas de gegevens aan in de "
                                        "tabbladen en kom terug; bij het afronden worden ze bevroren.")))
        self.model = TableModel([Column("figure", "Cijfer", "Figure", lambda r: r[0]),
                                 Column("now", "Dit jaar", "This year", lambda r: r[1]),
                                 Column("before", "Vorig jaar", "Last year", lambda r: r[2]),
                                 Column("change", "Verschil", "Change", lambda r: r[3])], wiz.ctx.lang,
                                id_of=lambda r: r[0])
        table = QTableView()
        table.setModel(self.model)
        table.verticalHeader().hide()
        table.horizontalHeader().setStretchLastSection(True)
        table.setColumnWidth(0, 300)
        layout.addWidget(table)
        self.indicators = QLabel()
        self.indicators.setWordWrap(True)
        layout.addWidget(self.indicators)
        layout.addWidget(self.error)

    def initializePage(self) -> None:  # noqa: N802
        from app.reports.pdf import Report

        network_id, period = self.wiz.state["network_id"], self.wiz.state["period"]
        self.wiz.state["data"] = ops.read(self.wiz.ctx, lambda s: snap.compute(s, network_id, period))
        report = Report({**self.wiz.state})
        # the figures as the PDF prints them: suppression plans (derived values too) and maturity notes applied
        self.model.set_rows([(row.name, *report.cells(row)) for row in report.summary_rows()])
        inds = report.cur.get("indicators", [])
        self.indicators.setText("<b>" + self.tr("Indicatoren") + "</b><br>" + "<br>".join(
            f"{i['name']}: {report.num(i['actual'])} / {report.num(i['target'])}" for i in inds))


class CriteriaPage(_Page):
    key = "criteria"

    def __init__(self, wiz: ReportWizard) -> None:
        super().__init__(wiz)
        outer = QVBoxLayout(self)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        inner = QWidget()
        grid = QGridLayout(inner)
        self.rows: dict[tuple[str, str], tuple[QCheckBox, QLineEdit]] = {}
        r = 0
        for group, items, heading in (("criteria", PROCESS_CRITERIA, self.tr("Procescriteria")),
                                      ("results", RESULTS, self.tr("Resultaten"))):
            grid.addWidget(QLabel(f"<b>{heading}</b>"), r, 0, 1, 2)
            r += 1
            for key, nl, en in items:
                cb = QCheckBox(en if wiz.ctx.lang == "en" else nl)
                ev = QLineEdit()
                ev.setPlaceholderText(self.tr("bewijs of toelichting"))
                item = wiz.state[group][key]
                cb.setChecked(item["ticked"])
                ev.setText(item["evidence"])
                grid.addWidget(cb, r, 0)
                grid.addWidget(ev, r, 1)
                self.rows[(group, key)] = (cb, ev)
                r += 1
        scroll.setWidget(inner)
        outer.addWidget(scroll)
        outer.addWidget(self.error)

    def store(self) -> None:
        for (group, key), (cb, ev) in self.rows.items():
            self.wiz.state[group][key] = {"ticked": cb.isChecked(), "evidence": ev.text().strip()}


class NarrativePage(_Page):
    key = "narrative"

    def __init__(self, wiz: ReportWizard) -> None:
        super().__init__(wiz)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Schrijf per onderdeel een toelichting. Lege regel = nieuwe alinea, "
                                        "‘- ’ = opsomming, **vet**.")))
        self.section = QComboBox()
        self.stack = QStackedWidget()
        self.edits: dict[str, QPlainTextEdit] = {}
        for key in NARRATIVE_SECTIONS:
            self.section.addItem(section_title(key, wiz.ctx.lang), key)
            edit = QPlainTextEdit(wiz.state["narrative"].get(key, ""))
            self.edits[key] = edit
            self.stack.addWidget(edit)
        self.section.currentIndexChanged.connect(self.stack.setCurrentIndex)
        layout.addWidget(self.section)
        layout.addWidget(self.stack, 1)
        layout.addWidget(QLabel(self.tr("In de kijker (citaten, verhalen — nooit de naam van een kind)")))
        self.highlights = QPlainTextEdit(wiz.state.get("highlights", ""))
        self.highlights.setMaximumHeight(90)
        layout.addWidget(self.highlights)
        self.recommendations = RecommendationsEditor(list(wiz.state.get("recommendations") or []))
        layout.addWidget(self.recommendations)
        layout.addWidget(self.error)
        self.problems: list[str] = []

    def store(self) -> None:
        for key, edit in self.edits.items():
            self.wiz.state.setdefault("narrative", {})[key] = edit.toPlainText()
        self.wiz.state["highlights"] = self.highlights.toPlainText()
        self.wiz.state["recommendations"], self.problems = self.recommendations.values()

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        if not super().validatePage():
            return False
        self.error.setText("\n".join(self.problems))
        return not self.problems


class OptionsPage(_Page):
    key = "options"

    def __init__(self, wiz: ReportWizard) -> None:
        super().__init__(wiz)
        opts = wiz.state["options"]
        form = QFormLayout(self)
        box = QWidget()
        bl = QGridLayout(box)
        self.sections: dict[str, QCheckBox] = {}
        for i, (key, nl, en) in enumerate(SECTIONS):
            cb = QCheckBox(en if wiz.ctx.lang == "en" else nl)
            cb.setChecked(key in opts["sections"])
            self.sections[key] = cb
            bl.addWidget(cb, i // 2, i % 2)
        form.addRow(self.tr("Onderdelen"), box)
        self.lang = QComboBox()
        self.lang.addItem("Nederlands", "nl")
        self.lang.addItem("English", "en")
        self.lang.setCurrentIndex(max(0, self.lang.findData(opts["lang"])))
        self.charts = QCheckBox(self.tr("Grafieken tonen"))
        self.charts.setChecked(opts["charts"])
        self.suppression = QSpinBox()
        self.suppression.setRange(0, 20)
        self.suppression.setValue(opts["suppression"])
        self.suppression.setToolTip(self.tr("Aantallen over trajecten kleiner dan dit getal worden getoond als ‘< N’."))
        logo_row = QHBoxLayout()
        self.logo = QLineEdit(opts.get("logo") or "")
        pick = QPushButton(self.tr("Kiezen…"))
        pick.clicked.connect(self._pick_logo)
        logo_row.addWidget(self.logo)
        logo_row.addWidget(pick)
        self.footer = QLineEdit(opts["footer"])
        self.author = QLineEdit(opts.get("author") or "")
        self.author.setMaxLength(200)
        self.author.setPlaceholderText(self.tr("bv. Sara De Smet, jeugddienst"))
        self.author.setToolTip(self.tr("Staat op de voorpagina en als auteur in de eigenschappen van de PDF."))
        form.addRow(self.tr("Opgesteld door"), self.author)
        form.addRow(self.tr("Taal"), self.lang)
        form.addRow("", self.charts)
        form.addRow(self.tr("Kleine aantallen verbergen onder"), self.suppression)
        form.addRow(self.tr("Logo"), logo_row)
        form.addRow(self.tr("Voettekst"), self.footer)
        form.addRow(self.error)

    def _pick_logo(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Logo kiezen"), str(Path.home()), "PNG/JPEG (*.png *.jpg *.jpeg)")
        if name:
            self.logo.setText(name)

    def store(self) -> None:
        self.wiz.state["options"] = {
            **self.wiz.state["options"],  # keep what this page does not edit
            "sections": [k for k, cb in self.sections.items() if cb.isChecked()], "lang": self.lang.currentData(),
            "charts": self.charts.isChecked(), "suppression": self.suppression.value(),
            "logo": self.logo.text().strip() or None, "footer": self.footer.text(),
            "author": " ".join(self.author.text().split()),
        }


class PreviewPage(_Page):
    key = "preview"
    rendered = Signal()

    def __init__(self, wiz: ReportWizard) -> None:
        super().__init__(wiz)
        layout = QVBoxLayout(self)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumHeight(6)
        layout.addWidget(self.busy)
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        layout.addWidget(self.view, 1)
        row = QHBoxLayout()
        self.export_button = QPushButton(self.tr("Exporteren als PDF…"))
        self.export_button.clicked.connect(lambda: self.export())  # not clicked(bool) as the path
        self.export_button.setEnabled(False)
        row.addStretch(1)
        row.addWidget(self.export_button)
        layout.addLayout(row)
        layout.addWidget(self.error)
        self.pdf_bytes = b""
        self._buffer: QBuffer | None = None

    def initializePage(self) -> None:  # noqa: N802
        self.busy.show()
        self.export_button.setEnabled(False)
        payload = copy.deepcopy(self.wiz.state)

        def render() -> bytes:
            from app.reports.pdf import write_report

            with tempfile.TemporaryDirectory(prefix="verbind-preview-") as folder:
                path = Path(folder) / "voorbeeld.pdf"
                write_report(payload, path)
                return path.read_bytes()

        run_in_thread(render, self._show, self._failed)

    def _show(self, data: bytes) -> None:
        self.pdf_bytes = data
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        self.busy.hide()
        self.export_button.setEnabled(True)
        self.rendered.emit()

    def _failed(self, exc: BaseException) -> None:
        self.busy.hide()
        self.error.setText(self.tr("Het voorbeeld kon niet gemaakt worden: {0}").format(exc))

    def export(self, path: str | None = None) -> None:
        if path is None:
            default = str(Path.home() / f"jaarverslag-{self.wiz.state['period']}.pdf")
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Jaarverslag bewaren"), default, "PDF (*.pdf)")
        if path:
            write_output_bytes(Path(path), self.pdf_bytes)
            self.wiz.exported = Path(path)
            self.wiz.ctx.status_message.emit(self.tr("Jaarverslag bewaard: {0}").format(path))
