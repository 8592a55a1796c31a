"""Importeren: bring an Excel or CSV register into the vault in four steps — file, columns (suggested,
editable, savable as a preset), a dry run (a CSV's encoding with sample lines and the choice of
another; every problem with line, column and value; the columns and footer rows left out; look-alike
records with merge/skip/keep both), then the import itself in one transaction with progress and
cancel, and a summary. Nothing is written until the last step, and then all or nothing."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.errors import VerbindError
from app.i18n import language
from app.io import importer, presets
from app.io.readers import AUTO, ENCODINGS, encoding_label, sheet_names
from ui import ops
from ui.context import AppContext
from ui.lock.passphrase import ErrorLabel
from ui.widgets.common import wrapped
from ui.widgets.table import Column, Table
from ui.workers import run_in_thread

KINDS = {
    "stakeholders": ("Stakeholders (organisaties en personen)", "Stakeholders (organisations and people)"),
    "interactions": ("Contactmomenten met stakeholders", "Contact moments with stakeholders"),
    "ambassadors": ("Ambassadeurs", "Ambassadors"),
    "trajectories": ("Trajecten", "Trajectories"),
    "activities": ("Activiteiten", "Activities"),
    "signals": ("Signalen", "Signals"),
}
DATA_KIND = {"stakeholders": "stakeholder", "interactions": "stakeholder", "ambassadors": "ambassador",
             "trajectories": "trajectory", "activities": "activity", "signals": "signal"}
FIELDS = {
    "name": ("Naam", "Name"), "category": ("Categorie", "Category"), "side": ("Zijde", "Side"),
    "stage": ("Relatiefase", "Stage"), "municipality": ("Gemeente", "Municipality"), "area": ("Wijk", "Area"),
    "email": ("E-mail", "Email"), "phone": ("Telefoon", "Phone"), "places_available": ("Vrije plaatsen", "Places"),
    "waiting_list": ("Wachtlijst", "Waiting list"), "notes": ("Notities", "Notes"),
    "contact_name": ("Contactpersoon", "Contact person"), "organisation": ("Organisatie", "Organisation"),
    "nominated_by": ("Voorgedragen door", "Nominated by"), "code": ("Code", "Code"),
    "birth_year": ("Geboortejaar", "Birth year"), "neighbourhood": ("Wijk", "Neighbourhood"),
    "started_on": ("Startdatum", "Start date"), "referral": ("Doorverwezen door", "Referred by"),
    "wishes": ("Wensen", "Wishes"), "family_code": ("Gezinscode", "Family code"),
    "target_offer": ("Doelaanbod", "Target offer"), "worker": ("Toeleider", "Worker"),
    "stakeholder": ("Stakeholder", "Stakeholder"), "occurred_on": ("Datum", "Date"), "kind": ("Soort", "Kind"),
    "note": ("Verslag", "Report"), "next_contact_on": ("Volgend contact", "Next contact"),
    "last_contact_on": ("Laatste contact", "Last contact"), "ambassador": ("Ambassadeur", "Ambassador"), "title": ("Titel", "Title"), "held_on": ("Datum", "Date"),
    "place": ("Plaats", "Place"), "participants": ("Deelnemers", "Participants"), "topic": ("Onderwerp", "Topic"),
    "raised_on": ("Datum melding", "Date raised"), "description": ("Beschrijving", "Description"),
    "raised_by": ("Melder", "Raised by"), "responsible": ("Verantwoordelijke", "Responsible"),
}
DECISIONS = (("merge", ("Samenvoegen", "Merge")), ("skip", ("Overslaan", "Skip")), ("new", ("Beide houden", "Keep both")))


def _t(text: str) -> str:
    return QCoreApplication.translate("ImportWizard", text)


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Welk bestand?"))
        self.setSubTitle(self.tr("Een Excel-bestand (.xlsx) of CSV. Titelrijen boven de kolomnamen en lege rijen zijn "
                                 "geen probleem. Er wordt nog niets ingevoerd."))
        form = QFormLayout(self)
        row = QHBoxLayout()
        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("bv. Stakeholderregister 2026.xlsx"))
        browse = QPushButton(self.tr("&Bladeren…"))
        browse.clicked.connect(self._browse)
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        label = QLabel(self.tr("&Bestand"))
        label.setBuddy(self.path)
        form.addRow(label, row)
        self.kind = QComboBox()
        i = 0 if wizard.ctx.lang == "nl" else 1
        for key, labels in KINDS.items():
            self.kind.addItem(labels[i], key)
        form.addRow(self.tr("&Soort gegevens"), self.kind)
        self.sheet = QComboBox()
        self.sheet.setEnabled(False)
        form.addRow(self.tr("&Werkblad"), self.sheet)
        self.error = ErrorLabel()
        form.addRow(self.error)
        self.path.editingFinished.connect(self._load_sheets)

    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Register kiezen"), str(Path.home()),
                                              self.tr("Excel of CSV (*.xlsx *.csv *.txt);;Alle bestanden (*)"))
        if name:
            self.path.setText(name)
            self._load_sheets()

    def _load_sheets(self) -> None:
        self.sheet.clear()
        self.sheet.setEnabled(False)
        path = Path(self.path.text().strip())
        if not path.is_file():
            return
        try:
            with language(self.w.ctx.lang):
                names = sheet_names(path)
        except VerbindError as exc:
            self.error.say(str(exc))
            return
        self.error.hide()
        for name in names:
            self.sheet.addItem(name, name)
        self.sheet.setEnabled(len(names) > 1)

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        path = Path(self.path.text().strip())
        if not self.path.text().strip() or not path.is_file():
            self.error.say(self.tr("Kies een bestaand bestand (.xlsx of .csv)."))
            return False
        if self.sheet.count() == 0:
            self._load_sheets()
        self.w.path, self.w.kind = path, self.kind.currentData()
        self.w.sheet = self.sheet.currentData()
        self.w.encoding = None  # a new file: detected again
        try:
            self.w.plan = self.w.make_plan()
        except VerbindError as exc:
            self.error.say(str(exc))
            return False
        self.error.hide()
        return True


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Welke kolom is wat?"))
        self.setSubTitle(self.tr("Verbind stelde de kolommen voor op basis van hun namen. Pas aan waar nodig; kolommen "
                                 "die je niet koppelt, komen in de notities."))
        v = QVBoxLayout(self)
        row = QHBoxLayout()
        self.preset = QComboBox()
        self.preset.setMinimumWidth(200)
        apply = QPushButton(self.tr("&Toepassen"))
        apply.clicked.connect(self.apply_preset)
        save = self.save_button = QPushButton(self.tr("Als voorinstelling &bewaren…"))
        save.clicked.connect(lambda: self.save_preset())  # not clicked(bool) as the name
        row.addWidget(QLabel(self.tr("Voorinstelling:")))
        row.addWidget(self.preset)
        row.addWidget(apply)
        row.addStretch(1)
        row.addWidget(save)
        v.addLayout(row)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Kolom in het bestand"), self.tr("Voorbeeld"),
                                              self.tr("Wordt in Verbind")])
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        v.addWidget(self.table, 1)
        self.error = ErrorLabel()
        v.addWidget(self.error)
        self.combos: list[QComboBox] = []

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        plan = self.w.plan
        assert plan is not None
        i = 0 if self.w.ctx.lang == "nl" else 1
        self.preset.clear()
        self.preset.addItem(self.tr("(geen)"), "")
        for name in presets.names(plan.kind):
            self.preset.addItem(name, name)
        headers = plan.headers
        self.table.setRowCount(len(headers))
        self.combos = []
        for row, header in enumerate(headers):
            self.table.setItem(row, 0, QTableWidgetItem(header or self.tr("(zonder naam)")))
            field = plan.mapping.get(row)
            example = ", ".join(str(r[row]) for r in plan.samples if row < len(r) and r[row] not in (None, ""))
            self.table.setItem(row, 1, QTableWidgetItem(example[:80]))
            combo = QComboBox()
            combo.addItem(self.tr("→ naar de notities"), importer.NOTES)
            combo.addItem(self.tr("niet importeren"), importer.IGNORE)
            for key in importer.SYNONYMS[plan.kind]:
                combo.addItem(FIELDS.get(key, (key, key))[i], key)
            combo.setCurrentIndex(max(0, combo.findData(field or importer.default_for_unmapped(plan.kind))))
            self.table.setCellWidget(row, 2, combo)
            self.combos.append(combo)
        self.table.resizeColumnToContents(0)
        self.table.setColumnWidth(2, 220)

    def overrides(self) -> dict[str, str]:
        assert self.w.plan is not None
        return {h: c.currentData() for h, c in zip(self.w.plan.headers, self.combos, strict=True) if h}

    def apply_preset(self) -> None:
        name = self.preset.currentData()
        if not name or self.w.plan is None:
            return
        try:
            chosen = presets.load(self.w.plan.kind, name)
        except VerbindError as exc:
            self.error.say(str(exc))
            return
        for header, combo in zip(self.w.plan.headers, self.combos, strict=True):
            if header in chosen:
                combo.setCurrentIndex(max(0, combo.findData(chosen[header])))

    def save_preset(self, name: str | None = None) -> None:
        if self.w.plan is None:
            return
        if name is None:
            name, ok = QInputDialog.getText(self, self.tr("Voorinstelling bewaren"), self.tr(
                "Naam (bv. 'Register van de stad'); de volgende keer kies je ze hier:"))
            if not ok:
                return
        try:
            presets.save(self.w.plan.kind, name, self.overrides())
        except VerbindError as exc:
            self.error.say(str(exc))
            return
        self.error.hide()
        self.preset.addItem(name.strip(), name.strip())
        self.preset.setCurrentIndex(self.preset.count() - 1)

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        chosen = [c.currentData() for c in self.combos if c.currentData() not in (importer.NOTES, importer.IGNORE)]
        doubles = {f for f in chosen if chosen.count(f) > 1}
        if doubles and self.w.plan is not None:
            i = 0 if self.w.ctx.lang == "nl" else 1
            self.error.say(self.tr("Elk veld mag maar aan één kolom hangen: {0}.").format(
                ", ".join(FIELDS.get(f, (f, f))[i] for f in sorted(doubles))))
            return False
        try:
            self.w.plan = self.w.make_plan(self.overrides())
        except VerbindError as exc:
            self.error.say(str(exc))
            return False
        self.error.hide()
        return True


class PreviewPage(QWizardPage):
    """The dry run: counts, problems, look-alikes with a decision per row."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.ok = False
        self.setTitle(self.tr("Proefrun"))
        self.setSubTitle(self.tr("Zo zou de import lopen. Er is nog niets ingevoerd."))
        v = QVBoxLayout(self)
        self.summary = wrapped()
        v.addWidget(self.summary)
        # a CSV's encoding, with decoded lines to check it by, and the choice of another one
        self.encoding_row = QWidget()
        enc = QHBoxLayout(self.encoding_row)
        enc.setContentsMargins(0, 0, 0, 0)
        self.encoding_box = QComboBox()
        self.encoding_box.addItem(self.tr("Automatisch (UTF-8, anders Windows-1252)"), AUTO)
        with language(wizard.ctx.lang):
            for name in ENCODINGS:
                self.encoding_box.addItem(encoding_label(name), name)
        self.encoding_box.activated.connect(self._encoding_chosen)
        label = QLabel(self.tr("&Codering:"))
        label.setBuddy(self.encoding_box)
        enc.addWidget(label)
        enc.addWidget(self.encoding_box, 1)
        v.addWidget(self.encoding_row)
        self.encoding_sample = wrapped()
        v.addWidget(self.encoding_sample)
        self.left_out = wrapped()  # columns not imported, columns kept in the notes, footer rows left out
        v.addWidget(self.left_out)
        self.problems = Table([  # line numbers sort as numbers: line 10 after line 9
            Column("line", "Regel", "Line", lambda p: p.line), Column("column", "Kolom", "Column",
                                                                      lambda p: p.header or p.column),
            Column("value", "Waarde", "Value", lambda p: p.value),
            Column("message", "Wat is er mis", "What is wrong", lambda p: p.message)], self.w.ctx.lang,
            id_of=lambda p: p.line)
        self.problems.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        v.addWidget(self.problems, 1)
        self.dup_label = wrapped(self.tr("Deze rijen lijken op een record dat al bestaat. Kies per rij:"))
        v.addWidget(self.dup_label)
        self.duplicates = QTableWidget(0, 4)
        self.duplicates.setHorizontalHeaderLabels([self.tr("Regel"), self.tr("In het bestand"),
                                                   self.tr("Bestaat al als"), self.tr("Wat doen")])
        self.duplicates.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.duplicates.verticalHeader().hide()
        self.duplicates.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        v.addWidget(self.duplicates, 1)
        v.addStretch(0)  # takes the room when both tables are hidden, none when they show
        self.reload = QPushButton(self.tr("Bestand &opnieuw inlezen"))
        self.reload.setToolTip(self.tr("Na een verbetering in Excel: lees het bestand opnieuw in met dezelfde kolommen."))
        self.reload.clicked.connect(self.rerun)
        row = QHBoxLayout()
        row.addWidget(self.reload)
        row.addStretch(1)
        v.addLayout(row)
        self.decision_boxes: dict[int, QComboBox] = {}

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        self.run()

    def rerun(self) -> None:
        assert self.w.plan is not None
        try:
            overrides = {self.w.plan.headers[i]: f for i, f in self.w.plan.mapping.items()}
            self.w.plan = self.w.make_plan(overrides)
        except VerbindError as exc:
            self.ok = False
            self.summary.setText(str(exc))
            self.completeChanged.emit()
            return
        self.run()

    def _encoding_chosen(self) -> None:
        chosen = self.encoding_box.currentData()
        self.w.encoding = None if chosen == AUTO else str(chosen)
        self.rerun()

    def show_encoding(self, plan: importer.Plan) -> None:
        self.encoding_row.setVisible(plan.encoding is not None)
        self.encoding_sample.setVisible(plan.encoding is not None)
        if plan.encoding is None:
            return
        index = self.encoding_box.findData(self.w.encoding or AUTO)
        self.encoding_box.setCurrentIndex(max(0, index))
        with language(self.w.ctx.lang):
            chosen = encoding_label(plan.encoding)
        sample = "\n".join(f"   {line}" for line in plan.encoding_sample) or self.tr("   (alleen gewone letters)")
        self.encoding_sample.setText(self.tr("Gelezen als {0}. Kloppen de accenten? Anders kies je hierboven een "
                                             "andere codering.\n{1}").format(chosen, sample))

    def show_left_out(self, plan: importer.Plan) -> None:
        lines = []
        if plan.not_imported:
            lines.append(self.tr("Niet ingevoerd: {0}. Wil je ze bewaren, kies dan ‘→ naar de notities’ in de stap "
                                 "Kolommen.").format(", ".join(plan.not_imported)))
        if plan.to_notes:
            lines.append(self.tr("Naar de notities (als ‘Kolom: waarde’): {0}.").format(", ".join(plan.to_notes)))
        if plan.footers:
            with language(self.w.ctx.lang):
                shown = [str(f) for f in plan.footers[:10]]
            more = len(plan.footers) - len(shown)
            lines.append(self.tr("Weggelaten onder de gegevens:") + "\n" + "\n".join(f"   {x}" for x in shown)
                         + (f"\n   … +{more}" if more > 0 else ""))
        self.left_out.setText("\n".join(lines))
        self.left_out.setVisible(bool(lines))

    def run(self) -> None:
        plan = self.w.plan
        assert plan is not None and self.w.ctx.network_id is not None
        with ops.reading(self.w.ctx) as s, language(self.w.ctx.lang):
            importer.execute(s, plan, self.w.ctx.network_id, dry_run=True, decisions=self.w.decisions)
        self.ok = not plan.problems
        self.show_encoding(plan)
        self.show_left_out(plan)
        self.problems.set_rows(plan.problems)
        self.problems.resizeColumnsToContents()
        self.problems.setVisible(bool(plan.problems))
        if plan.problems:
            n = len(plan.problems)
            self.summary.setText(self.tr("1 probleem: zo wordt er niets ingevoerd. Verbeter het in het bestand, bewaar "
                                         "het en kies ‘Bestand opnieuw inlezen’.") if n == 1 else
                                 self.tr("{0} problemen: zo wordt er niets ingevoerd. Verbeter ze in het bestand, "
                                         "bewaar het en kies ‘Bestand opnieuw inlezen’.").format(n))
        else:
            self.summary.setText(self.tr("Klaar om in te voeren: {0} nieuw, {1} bijgewerkt, {2} overgeslagen.").format(
                plan.created, plan.updated, plan.skipped))
        i = 0 if self.w.ctx.lang == "nl" else 1
        self.duplicates.setRowCount(len(plan.duplicates))
        self.decision_boxes = {}
        for r, d in enumerate(plan.duplicates):
            for c, value in enumerate((str(d.line), d.name, d.existing_name)):
                self.duplicates.setItem(r, c, QTableWidgetItem(value))
            box = QComboBox()
            for key, labels in DECISIONS:
                box.addItem(labels[i], key)
            box.setCurrentIndex(max(0, box.findData(self.w.decisions.get(d.line, "merge"))))
            box.currentIndexChanged.connect(self._decided)
            self.duplicates.setCellWidget(r, 3, box)
            self.decision_boxes[d.line] = box
        self.duplicates.resizeColumnsToContents()
        self.duplicates.setVisible(bool(plan.duplicates))
        self.dup_label.setVisible(bool(plan.duplicates))
        self.completeChanged.emit()

    def _decided(self) -> None:
        self.w.decisions = {line: str(box.currentData()) for line, box in self.decision_boxes.items()}
        self.run()

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return self.ok


class ImportPage(QWizardPage):
    """Runs the import (one transaction) with progress and cancel, then shows the summary."""

    progressed = Signal(int, int)

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.done = False
        self.running = False
        self.cancel_flag = threading.Event()
        self.setTitle(self.tr("Invoeren"))
        v = QVBoxLayout(self)
        self.label = wrapped()
        v.addWidget(self.label)
        self.bar = QProgressBar()
        v.addWidget(self.bar)
        self.cancel = QPushButton(self.tr("&Stoppen"))
        self.cancel.setToolTip(self.tr("Stopt de import; er wordt dan niets ingevoerd."))
        self.cancel.clicked.connect(self.cancel_flag.set)
        row = QHBoxLayout()
        row.addWidget(self.cancel)
        row.addStretch(1)
        v.addLayout(row)
        v.addStretch(1)
        self.progressed.connect(self._progress)

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        self.done = False
        self.running = True
        self.cancel_flag.clear()
        self.cancel.setEnabled(True)
        self.label.setText(self.tr("Bezig met invoeren… (alles of niets: stoppen laat de kluis zoals ze was)"))
        plan, network_id = self.w.plan, self.w.ctx.network_id
        assert plan is not None and network_id is not None
        self.bar.setRange(0, max(1, len(plan.rows)))
        vault = self.w.ctx.vault
        assert vault is not None
        decisions = dict(self.w.decisions)

        def report(done: int, total: int) -> bool:
            self.progressed.emit(done, total)
            return not self.cancel_flag.is_set()

        lang = self.w.ctx.lang

        def work() -> importer.Plan:
            with ops.in_vault(vault) as s, language(lang):
                return importer.execute(s, plan, network_id, decisions=decisions, progress=report)

        run_in_thread(work, self._finished, self._failed, context=self)

    def _progress(self, done: int, total: int) -> None:
        self.bar.setMaximum(max(1, total))
        self.bar.setValue(done)

    def _finished(self, plan: importer.Plan) -> None:
        self.running = False
        self.done = True
        self.cancel.setEnabled(False)
        self.bar.setValue(self.bar.maximum())
        if plan.problems:  # the data changed since the dry run
            self.label.setText(self.tr("Er dook een probleem op; er werd niets ingevoerd. Ga terug naar de proefrun."))
        else:
            text = self.tr("Klaar: {0} nieuw, {1} bijgewerkt, {2} overgeslagen.").format(
                plan.created, plan.updated, plan.skipped)
            if plan.footers:
                text += " " + self.tr("{0} rij(en) onder de gegevens weggelaten (totalen, notities).").format(
                    len(plan.footers))
            if plan.not_imported:
                text += " " + self.tr("Niet ingevoerd: {0}.").format(", ".join(plan.not_imported))
            self.label.setText(text)
            self.w.result_plan = plan
            self.w.ctx.data_changed.emit(DATA_KIND[plan.kind])
        self.completeChanged.emit()

    def _failed(self, exc: BaseException) -> None:
        self.running = False
        self.done = True
        self.cancel.setEnabled(False)
        if isinstance(exc, importer.Cancelled):
            self.label.setText(self.tr("Gestopt: er werd niets ingevoerd."))
        else:
            reason: object = exc
            if ops.is_database_error(exc):  # the driver's words, never the statement and its parameters
                reason = str(getattr(exc, "orig", None) or type(exc).__name__).splitlines()[0][:200]
            self.label.setText(self.tr("De import is niet gelukt: {0} Er werd niets ingevoerd.").format(reason))
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return self.done


class ImportWizard(QWizard):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.path = Path()
        self.kind = "stakeholders"
        self.sheet: str | None = None
        self.encoding: str | None = None  # a CSV's encoding chosen by the user; None: detected
        self.plan: importer.Plan | None = None
        self.result_plan: importer.Plan | None = None
        self.decisions: dict[int, str] = {}
        self.setWindowTitle(self.tr("Importeren"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.resize(860, 600)
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.import_page = ImportPage(self)
        for page in (self.file_page, self.mapping_page, self.preview_page, self.import_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Volgende >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Terug"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Sluiten"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Annuleren"))
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.currentIdChanged.connect(self._page_changed)

    def make_plan(self, overrides: dict[str, str] | None = None) -> importer.Plan:
        """Read the chosen file again (messages in the app's language)."""
        with language(self.ctx.lang):
            return importer.plan(self.path, self.kind, self.sheet, overrides, encoding=self.encoding)

    def _page_changed(self, _page_id: int) -> None:
        if self.currentPage() is self.preview_page:
            self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Invoeren"))
        else:
            self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Volgende >"))

    def reject(self) -> None:
        if self.import_page.running:
            self.import_page.cancel_flag.set()  # stop first; the transaction rolls back
            return
        super().reject()


def open_dialog(ctx: AppContext, parent: QWidget | None = None) -> None:
    if not ctx.network_id:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(parent, _t("Importeren"), _t("Kies of maak eerst een netwerk: gegevens worden in een "
                                                             "netwerk ingevoerd."))
        return
    ImportWizard(ctx, parent).exec()

