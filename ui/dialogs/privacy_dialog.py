"""Privacy en toestemmingen (AVG/GDPR): consents per person and purpose, subject access and erasure,
retention and the purge, and the record of processing activities (art. 30)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.errors import VerbindError
from app.formatting import fmt_date
from app.io import controller, gdpr
from app.io import register as art30
from app.services import privacy as svc
from ui import ops
from ui.context import AppContext
from ui.lock.passphrase import ErrorLabel
from ui.widgets.common import DateEdit, wrapped
from ui.widgets.table import Column, Table

STATUS_COLORS = {"valid": "#2e7d32", "expiring": "#b26a00", "expired": "#c62828", "withdrawn": "#6b6b6b"}


def _add_years(d: date, years: int) -> date:
    try:
        return d.replace(year=d.year + years)
    except ValueError:  # 29 February
        return d.replace(year=d.year + years, day=28)


class ConsentEditor(QDialog):
    """New consent (person, purpose, dates, note) or an existing one to edit."""

    def __init__(self, ctx: AppContext, consent_id: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.consent_id = consent_id
        self.setWindowTitle(self.tr("Toestemming bewerken") if consent_id else self.tr("Nieuwe toestemming"))
        self.setMinimumWidth(520)
        i = 0 if ctx.lang == "nl" else 1
        form = QFormLayout(self)
        self.person = QComboBox()
        self.person.setEditable(True)  # type to find a person
        self.person.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        with ops.reading(ctx) as s:
            people = svc.persons(s, ctx.network_id)
            existing = svc.get(s, consent_id) if consent_id else None
        for p in people:
            self.person.addItem(f"{p.label} — {svc.PERSON_KIND_LABELS[p.kind][i]}", (p.kind, p.id))
        form.addRow(self.tr("&Persoon"), self.person)
        self.purpose = QComboBox()
        self.purpose.setEditable(True)
        for labels in svc.PURPOSES:
            self.purpose.addItem(labels[i])
        self.purpose.setCurrentText("")
        self.purpose.lineEdit().setPlaceholderText(self.tr("kies of typ het doel"))
        form.addRow(self.tr("&Doel"), self.purpose)
        self.given = DateEdit()
        self.given.set_value(ctx.today())
        form.addRow(self.tr("&Gegeven op"), self.given)
        self.expires = DateEdit()
        self.expires.set_value(_add_years(ctx.today(), 1))
        self.expires.setToolTip(self.tr("Leeg laten als de toestemming geen einddatum heeft."))
        form.addRow(self.tr("Geldig &tot"), self.expires)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("bv. getekend formulier in de map 2026"))
        form.addRow(self.tr("&Notitie"), self.note)
        self.error = ErrorLabel()
        form.addRow(self.error)
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("Bewaren"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Annuleren"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        if existing is not None:
            self.person.setCurrentIndex(self.person.findData((existing.person_kind, existing.person_id)))
            self.person.setEnabled(False)
            self.purpose.setCurrentText(existing.purpose)
            self.given.set_value(existing.given_on)
            self.expires.set_value(existing.expires_on)
            self.note.setText(existing.note)
        elif not people:
            self.error.say(self.tr("Er zijn nog geen personen in dit netwerk: voeg eerst een ambassadeur, contactpersoon "
                                   "of traject toe."))

    def save(self) -> None:
        try:
            given, expires = self.given.value(), self.expires.value()
            data = self.person.currentData()
            if data is None:
                self.error.say(self.tr("Kies de persoon uit de lijst."))
                return
            with ops.writing(self.ctx) as s:
                if self.consent_id:
                    svc.update(s, self.consent_id, purpose=self.purpose.currentText(), given_on=given,
                               expires_on=expires, note=self.note.text())
                else:
                    svc.give(s, data[0], data[1], self.purpose.currentText(), given, expires, self.note.text())
        except (ValueError, VerbindError) as exc:
            self.error.say(str(exc))
            return
        self.accept()


class PrivacyDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Privacy en toestemmingen"))
        self.resize(900, 560)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs)
        self._consents_tab()
        self._access_tab()
        self._retention_tab()
        self._register_tab()
        close = QDialogButtonBox()
        close.addButton(self.tr("Sluiten"), QDialogButtonBox.ButtonRole.RejectRole)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.refresh()

    # -- consents -------------------------------------------------------------------------------
    def _consents_tab(self) -> None:
        page = QWidget()
        v = QVBoxLayout(page)
        intro = wrapped(self.tr("Toestemmingen per persoon en doel. Verbind herinnert je op het overzicht 30 dagen "
                               "voor een toestemming verloopt."))
        v.addWidget(intro)
        i = 0 if self.ctx.lang == "nl" else 1
        no_end = self.tr("geen einddatum")
        self.table = Table([
            Column("who", "Persoon", "Person", lambda r: r[1]), Column("purpose", "Doel", "Purpose", lambda r: r[2]),
            Column("given_on", "Gegeven op", "Given on", lambda r: r[3]),
            Column("expires_on", "Geldig tot", "Valid until", lambda r: r[4],
                   text=lambda r: fmt_date(r[4]) or no_end),
            Column("status", "Status", "Status", lambda r: svc.STATUS_LABELS[r[5]][i],
                   colour=lambda r: STATUS_COLORS[r[5]]),
            Column("note", "Notitie", "Note", lambda r: r[6])], self.ctx.lang, id_of=lambda r: r[0])
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _i: self.edit_consent())
        v.addWidget(self.table, 1)
        self.empty = QLabel(self.tr("Nog geen toestemmingen geregistreerd. Klik op ‘Nieuwe toestemming’ (Ctrl+N)."))
        self.empty.setObjectName("muted")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        v.addWidget(self.empty)
        row = QHBoxLayout()
        new = QPushButton(self.tr("&Nieuwe toestemming…"))
        new.setShortcut("Ctrl+N")
        new.clicked.connect(self.new_consent)
        self.edit_button = QPushButton(self.tr("&Bewerken…"))
        self.edit_button.clicked.connect(self.edit_consent)
        self.withdraw_button = QPushButton(self.tr("&Intrekken…"))
        self.withdraw_button.clicked.connect(self.withdraw_consent)
        for b in (new, self.edit_button, self.withdraw_button):
            row.addWidget(b)
        row.addStretch(1)
        v.addLayout(row)
        self.tabs.addTab(page, self.tr("Toestemmingen"))

    def refresh(self) -> None:
        today = self.ctx.today()
        with ops.reading(self.ctx) as s:
            rows = []
            for c in svc.consents(s, self.ctx.network_id):
                try:
                    who = svc.person(s, c.person_kind, c.person_id).label
                except VerbindError:
                    who = "—"
                rows.append((c.id, who, c.purpose, c.given_on, c.expires_on, svc.status(c, today), c.note))
        self.table.set_rows(rows)
        self.table.resizeColumnsToContents()
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        self._people_combo()

    def selected_consent(self) -> str | None:
        chosen = self.table.selected()
        return chosen[0] if chosen else None

    def new_consent(self) -> None:
        if ConsentEditor(self.ctx, None, self).exec():
            self.refresh()

    def edit_consent(self) -> None:
        cid = self.selected_consent()
        if cid is None:
            QMessageBox.information(self, self.windowTitle(), self.tr("Kies eerst een toestemming in de lijst."))
            return
        if ConsentEditor(self.ctx, cid, self).exec():
            self.refresh()

    def withdraw_consent(self) -> None:
        cid = self.selected_consent()
        if cid is None:
            QMessageBox.information(self, self.windowTitle(), self.tr("Kies eerst een toestemming in de lijst."))
            return
        answer = QMessageBox.question(self, self.windowTitle(), self.tr(
            "Deze toestemming intrekken vanaf vandaag? Ze blijft zichtbaar als ‘ingetrokken’."))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            with ops.writing(self.ctx) as s:
                svc.withdraw(s, cid, self.ctx.today())
        except VerbindError as exc:
            QMessageBox.warning(self, self.windowTitle(), str(exc))
        self.refresh()

    # -- subject access and erasure ---------------------------------------------------------------
    def _action_tab(self, title: str, intro: str, form: QFormLayout,
                    actions: list[tuple[str, Callable[[], object]]]) -> tuple[list[QPushButton], QLabel]:
        """A tab of explanation, a form, a row of action buttons and a status line."""
        page = QWidget()
        v = QVBoxLayout(page)
        v.addWidget(wrapped(intro))
        v.addLayout(form)
        row = QHBoxLayout()
        buttons = []
        for text, slot in actions:
            button = QPushButton(text)
            button.clicked.connect(lambda _checked=False, act=slot: act())  # never clicked(bool) into the slot
            row.addWidget(button)
            buttons.append(button)
        row.addStretch(1)
        v.addLayout(row)
        status = wrapped()
        v.addWidget(status)
        v.addStretch(1)
        self.tabs.addTab(page, title)
        return buttons, status

    def _access_tab(self) -> None:
        form = QFormLayout()
        self.access_person = QComboBox()
        self.access_person.setEditable(True)
        self.access_person.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        form.addRow(self.tr("&Persoon"), self.access_person)
        buttons, self.access_status = self._action_tab(self.tr("Inzage en wissen"), self.tr(
            "Inzage: alle gegevens die Verbind over één persoon bewaart, als JSON of leesbare PDF (het bestand is niet "
            "versleuteld: bezorg het veilig). Wissen: de persoon verdwijnt definitief; verwijzingen in trajecten en "
            "activiteiten worden geanonimiseerd en het auditlogboek houdt enkel bij dát er gewist werd."), form,
            [(self.tr("Inzage &exporteren…"), self.export_access), (self.tr("Definitief &wissen…"), self.erase_person)])
        self.export_button = buttons[0]

    def _people_combo(self) -> None:
        i = 0 if self.ctx.lang == "nl" else 1
        current = self.access_person.currentData()
        self.access_person.clear()
        with ops.reading(self.ctx) as s:
            for p in svc.persons(s, self.ctx.network_id):
                self.access_person.addItem(f"{p.label} — {svc.PERSON_KIND_LABELS[p.kind][i]}", (p.kind, p.id, p.label))
        if current is not None:
            self.access_person.setCurrentIndex(max(0, self.access_person.findData(current)))

    def export_access(self, path: Path | None = None) -> None:
        data = self.access_person.currentData()
        if data is None:
            self.access_status.setText(self.tr("Kies eerst een persoon."))
            return
        if path is None:
            name, _ = QFileDialog.getSaveFileName(self, self.tr("Inzage bewaren"), str(Path.home() / "inzage.pdf"),
                                                  self.tr("PDF (*.pdf);;JSON (*.json)"))
            if not name:
                return
            path = Path(name)
        if path.suffix.lower() not in (".pdf", ".json"):
            path = path.with_name(path.name + ".pdf")
        try:
            with ops.reading(self.ctx) as s:
                content = gdpr.subject_access(s, data[1])
            gdpr.write_subject_access(content, path)
        except (OSError, VerbindError) as exc:
            self.access_status.setText(self.tr("Niet gelukt: {0}").format(exc))
            return
        self.access_status.setText(self.tr("Bewaard in {0}. Dit bestand is niet versleuteld: bezorg het veilig en "
                                           "verwijder het daarna.").format(path))

    def erase_person(self) -> None:
        data = self.access_person.currentData()
        if data is None:
            self.access_status.setText(self.tr("Kies eerst een persoon."))
            return
        label = str(data[2])
        typed, ok = QInputDialog.getText(self, self.tr("Definitief wissen"), self.tr(
            "Dit kan niet ongedaan gemaakt worden. Typ ter bevestiging de naam of code over:\n{0}").format(label))
        if not ok:
            return
        if typed.strip() != label.split(" (")[0].strip() and typed.strip() != label:
            self.access_status.setText(self.tr("De bevestiging klopt niet: er werd niets gewist."))
            return
        try:
            if self.ctx.vault is not None:
                gdpr.erase_in_vault(self.ctx.vault, data[1])
            else:
                with ops.writing(self.ctx) as s:
                    gdpr.erase(s, data[1])
        except VerbindError as exc:
            self.access_status.setText(str(exc))
            return
        self.access_status.setText(self.tr("{0} is gewist.").format(label))
        for kind in ("stakeholder", "ambassador", "trajectory", "activity"):
            self.ctx.data_changed.emit(kind)
        self.refresh()

    # -- retention ----------------------------------------------------------------------------------
    def _retention_tab(self) -> None:
        form = QFormLayout()
        self.years = QSpinBox()
        self.years.setRange(1, 30)
        self.years.setSuffix(self.tr(" jaar"))
        with ops.reading(self.ctx) as s:
            self.years.setValue(gdpr.retention_years(s, "trajectory"))
        form.addRow(svc.RETENTION_TYPES["trajectory"][0 if self.ctx.lang == "nl" else 1], self.years)
        _buttons, self.retention_status = self._action_tab(self.tr("Bewaartermijnen"), self.tr(
            "Hoe lang Verbind gegevens bewaart. Opschonen wist de vrije tekst en optionele namen van afgesloten "
            "trajecten die ouder zijn dan de termijn; data, mijlpalen en redenen blijven, zodat de jaartotalen en "
            "bevroren jaarverslagen kloppen. Opschonen is veilig om te herhalen."), form,
            [(self.tr("Termijn &bewaren"), self.save_retention), (self.tr("&Opschonen…"), self.purge)])

    def save_retention(self) -> None:
        with ops.writing(self.ctx) as s:
            svc.set_retention(s, "trajectory", self.years.value())
        self.retention_status.setText(self.tr("Bewaard: trajecten {0} jaar na afsluiten.").format(self.years.value()))

    def purge(self) -> None:
        with ops.reading(self.ctx) as s:
            preview: dict[str, Any] = gdpr.purge(s, self.ctx.today(), dry_run=True)
        if not preview["trajectories"]:
            self.retention_status.setText(self.tr("Niets op te schonen: geen afgesloten trajecten ouder dan {0} jaar "
                                                  "met vrije tekst.").format(preview["retention_years"]))
            return
        years, found = preview["retention_years"], preview["trajectories"]
        older = (self.tr("1 afgesloten traject is ouder dan {0} jaar.").format(years) if found == 1 else
                 self.tr("{0} afgesloten trajecten zijn ouder dan {1} jaar.").format(found, years))
        answer = QMessageBox.question(self, self.windowTitle(), older + " " + self.tr(
            "Hun vrije tekst en optionele namen worden gewist; de totalen blijven. Opschonen?"))
        if answer != QMessageBox.StandardButton.Yes:
            return
        with ops.writing(self.ctx) as s:
            done = gdpr.purge(s, self.ctx.today())
        if self.ctx.vault is not None:
            self.ctx.vault.checkpoint()
        self.retention_status.setText(self.tr("1 traject opgeschoond.") if done["trajectories"] == 1 else
                                      self.tr("{0} trajecten opgeschoond.").format(done["trajectories"]))
        self.ctx.data_changed.emit("trajectory")

    # -- art. 30 register -----------------------------------------------------------------------------
    def _register_tab(self) -> None:
        page = QWidget()
        v = QVBoxLayout(page)
        who = QGroupBox(self.tr("Verwerkingsverantwoordelijke en functionaris voor gegevensbescherming"))
        form = QFormLayout(who)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        with ops.reading(self.ctx) as s:
            known = controller.privacy_contacts(s)
        self.contacts: dict[str, QLineEdit] = {}
        for name, text, hint in (
                ("controller", self.tr("Organisatie"), self.tr("bv. vzw Samen Spelen")),
                ("controller_contact", self.tr("Adres of e-mail voor vragen"), self.tr("bv. privacy@voorbeeld.be")),
                ("dpo", self.tr("Functionaris (DPO)"), self.tr("naam of dienst")),
                ("dpo_contact", self.tr("Contact van de DPO"), self.tr("e-mail of telefoon"))):
            edit = QLineEdit(getattr(known, name))
            edit.setPlaceholderText(hint)
            self.contacts[name] = edit
            form.addRow(text, edit)
        self.contacts_error = QLabel()
        self.contacts_error.setObjectName("error")
        self.contacts_error.setWordWrap(True)
        save = QPushButton(self.tr("Gegevens &bewaren"))
        save.clicked.connect(lambda: self.save_contacts())
        form.addRow(self.contacts_error, save)
        v.addWidget(who)
        self.register_view = QTextBrowser()
        v.addWidget(self.register_view, 1)
        row = QHBoxLayout()
        pdf = QPushButton(self.tr("Bewaren als &PDF…"))
        pdf.clicked.connect(lambda: self.save_register("pdf"))
        md = QPushButton(self.tr("Bewaren als &Markdown…"))
        md.clicked.connect(lambda: self.save_register("md"))
        row.addWidget(pdf)
        row.addWidget(md)
        row.addStretch(1)
        v.addLayout(row)
        self.register_status = QLabel()
        v.addWidget(self.register_status)
        self.tabs.addTab(page, self.tr("Register (art. 30)"))
        self.tabs.currentChanged.connect(self._tab_changed)

    def save_contacts(self) -> bool:
        """Who answers for the data: kept in the vault (it belongs to the vault, not the laptop) and
        printed in the register and in every subject access letter."""
        values = {name: edit.text() for name, edit in self.contacts.items()}
        self.contacts_error.clear()
        outcome = ops.write(self.ctx, lambda s: controller.set_privacy_contacts(s, **values), errors=self.contacts_error,
                            message=self.tr("Verantwoordelijke en DPO bewaard."))
        if outcome.ok:
            self.register_view.setMarkdown(art30.to_markdown(self._register_data()))
        return outcome.ok

    def _register_data(self) -> dict[str, Any]:
        assert self.ctx.vault is not None
        with ops.reading(self.ctx) as s:
            return art30.build(s, self.ctx.vault.path, self.ctx.today())

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.register_view.parentWidget():
            self.register_view.setMarkdown(art30.to_markdown(self._register_data()))

    def save_register(self, fmt: str, path: Path | None = None) -> None:
        if path is None:
            name, _ = QFileDialog.getSaveFileName(self, self.tr("Register bewaren"),
                                                  str(Path.home() / f"register-art30.{fmt}"), f"*.{fmt}")
            if not name:
                return
            path = Path(name)
        if path.suffix.lower() != f".{fmt}":
            path = path.with_name(f"{path.name}.{fmt}")
        try:
            art30.write(self._register_data(), path)
        except (OSError, VerbindError) as exc:
            self.register_status.setText(self.tr("Niet gelukt: {0}").format(exc))
            return
        self.register_status.setText(self.tr("Bewaard in {0}.").format(path))


def open_dialog(ctx: AppContext, parent: QWidget | None = None) -> None:
    PrivacyDialog(ctx, parent).exec()
