"""Documenten en afspraken (#19; seeds 000 and 004): the texts agreed together, with every version
(who agreed, when), and the files that belong to the work — of the network, or of one stakeholder,
ambassador or steering group meeting (`AttachmentsDialog`, opened from their forms). Files are kept
encrypted in the vault; opening one makes a private temporary copy that is removed on lock and on
quit; a file travels to teammates only when it is marked shared."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QInputDialog,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import DamagedVaultError, ValidationError
from app.formatting import fmt_number
from app.io.open_copies import open_copy
from app.outputs import write_output_bytes
from app.services import documents, drafts
from ui import ops
from ui.context import AppContext
from ui.lock.passphrase import ErrorLabel
from ui.widgets.common import DateEdit, FlowLayout, wrapped

DRAFT_AREA = "agreement"  # the drafts' area of a text typed in the agreements panel and not saved yet
KIND_NAMES = {"charter": ("Charter", "Charter"), "engagement": ("Engagementsverklaring", "Engagement declaration"),
              "covenant": ("Convenant", "Covenant"), "other": ("Andere afspraak", "Other agreement")}


@dataclass(frozen=True)
class FileRow:
    id: str
    filename: str
    size: int
    added: datetime
    note: str
    shared: bool


@dataclass(frozen=True)
class Owner:
    """Whose files: the network itself (all None) or one stakeholder, ambassador or meeting."""

    label: str
    stakeholder_id: str | None = None
    ambassador_id: str | None = None
    meeting_id: str | None = None


def _size(n: int, lang: str) -> str:
    if n < 1024 * 1024:
        return f"{fmt_number(max(1, round(n / 1024)), 0, lang)} kB"
    return f"{fmt_number(n / (1024 * 1024), 1, lang)} MB"


class AttachmentsPanel(QWidget):
    """The files of one owner: add (Ctrl+O), open (Enter or double-click), save a copy, mark shared
    with the team, delete (Delete, after a question)."""

    def __init__(self, ctx: AppContext, owner: Owner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.owner = owner
        self.rows: list[FileRow] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.itemActivated.connect(lambda _item: self.open_selected())
        self.list.currentRowChanged.connect(lambda _row: self._selection())
        self.empty = wrapped(self.tr(
            "Nog geen bestanden. Voeg een getekende verklaring, een scan of een verslag toe (tot 10 MB): het wordt "
            "versleuteld in de kluis bewaard en blijft op deze laptop, tenzij je het deelt met je team."), "muted")
        layout.addWidget(self.empty)
        layout.addWidget(self.list, 1)
        buttons = QWidget()
        flow = FlowLayout(buttons)
        self.add_button = QPushButton(self.tr("Bestand &toevoegen…"))
        self.add_button.setToolTip("Ctrl+O")
        self.add_button.clicked.connect(lambda: self.add_file())
        self.open_button = QPushButton(self.tr("&Openen"))
        self.open_button.clicked.connect(self.open_selected)
        self.save_button = QPushButton(self.tr("Kopie o&pslaan als…"))
        self.save_button.clicked.connect(lambda: self.save_copy())
        self.shared = QCheckBox(self.tr("&Delen met het team"))
        self.shared.setToolTip(self.tr("Alleen een gedeeld bestand gaat mee in je teambundels."))
        self.shared.clicked.connect(lambda checked=False: self._toggle_shared(bool(checked)))
        self.delete_button = QPushButton(self.tr("&Verwijderen…"))
        self.delete_button.clicked.connect(lambda: self.delete_selected())
        for w in (self.add_button, self.open_button, self.save_button, self.shared, self.delete_button):
            flow.addWidget(w)
        layout.addWidget(buttons)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        QShortcut(QKeySequence("Ctrl+O"), self, activated=lambda: self.add_file())
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.list, activated=lambda: self.delete_selected())
        self.refresh()

    def _query(self) -> dict[str, str | bool | None]:
        o = self.owner
        return {"stakeholder_id": o.stakeholder_id, "ambassador_id": o.ambassador_id, "meeting_id": o.meeting_id,
                "network_only": not (o.stakeholder_id or o.ambassador_id or o.meeting_id)}

    def refresh(self) -> None:
        if self.ctx.vault is None or not self.ctx.network_id:
            return
        network_id, query = self.ctx.network_id, self._query()
        self.rows = ops.read(self.ctx, lambda s: [
            FileRow(a.id, a.filename, a.size, a.created_at, a.note, a.shared)
            for a in documents.attachments(s, network_id, **query)])  # type: ignore[arg-type]
        self.list.clear()
        for r in self.rows:
            day = r.added.strftime("%d/%m/%Y") if r.added else ""
            text = f"{r.filename} — {_size(r.size, self.ctx.lang)}, {day}"
            if r.shared:
                text += self.tr(" · gedeeld met het team")
            if r.note:
                text += f"\n{r.note}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, r.id)
            self.list.addItem(item)
        self.empty.setVisible(not self.rows)
        self.list.setVisible(bool(self.rows))
        if self.rows:
            self.list.setCurrentRow(0)
        self._selection()

    def current(self) -> FileRow | None:
        row = self.list.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def _selection(self) -> None:
        r = self.current()
        for w in (self.open_button, self.save_button, self.shared, self.delete_button):
            w.setEnabled(r is not None)
        self.shared.setChecked(bool(r and r.shared))

    def add_file(self, path: str | None = None, note: str | None = None) -> bool:
        """Keep a file the user picks (or `path`); a note is asked for unless given."""
        self.error.hide()
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Bestand toevoegen"), str(Path.home()))
            if not path:
                return False
        try:
            name, data = documents.read_file(Path(path))
        except ValidationError as exc:
            self.error.say(str(exc))
            return False
        if note is None:
            note, ok = QInputDialog.getText(self, self.tr("Bestand toevoegen"),
                                            self.tr("Korte notitie bij ‘{0}’ (mag leeg blijven):").format(name))
            if not ok:
                return False
        network_id, owner = self.ctx.network_id, self.owner
        assert network_id is not None
        outcome = ops.write(self.ctx, lambda s: documents.add_attachment(
            s, network_id, name, data, stakeholder_id=owner.stakeholder_id, ambassador_id=owner.ambassador_id,
            meeting_id=owner.meeting_id, note=note or "").id, changed="network", errors=self.error,
            message=self.tr("‘{0}’ bewaard in de kluis.").format(name))
        if outcome.ok:
            self.refresh()
        return outcome.ok

    def _content(self, r: FileRow) -> bytes | None:
        try:
            return ops.read(self.ctx, lambda s: documents.content(s, r.id))
        except DamagedVaultError:
            self.error.say(self.tr("‘{0}’ is beschadigd in de kluis (de controlesom klopt niet) en wordt niet "
                                   "geopend. Zet een reservekopie terug of voeg het bestand opnieuw toe.")
                           .format(r.filename))
            return None

    def open_selected(self) -> Path | None:
        """A private temporary copy, opened with the program the system uses for it; the copy is
        removed when the vault is locked or Verbind closes."""
        r = self.current()
        if r is None:
            return None
        data = self._content(r)
        if data is None:
            return None
        try:
            copy = open_copy(data, r.filename)
        except OSError as exc:
            self.error.say(self.tr("Er kon geen tijdelijke kopie gemaakt worden om ‘{0}’ te openen: {1}")
                           .format(r.filename, exc.strerror or exc))
            return None
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(copy)))
        self.ctx.status_message.emit(self.tr("‘{0}’ geopend als tijdelijke kopie; die wordt gewist bij "
                                             "vergrendelen en afsluiten.").format(r.filename))
        return copy

    def save_copy(self, target: str | None = None) -> bool:
        r = self.current()
        if r is None:
            return False
        if target is None:
            target, _ = QFileDialog.getSaveFileName(self, self.tr("Kopie opslaan als"), str(Path.home() / r.filename))
            if not target:
                return False
        data = self._content(r)
        if data is None:
            return False
        try:
            write_output_bytes(Path(target), data)
        except (OSError, ValidationError) as exc:
            from ui.messages import explain

            self.error.say(explain(exc) if not isinstance(exc, ValidationError) else str(exc))
            return False
        self.ctx.status_message.emit(self.tr("Kopie bewaard: {0}").format(target))
        return True

    def _toggle_shared(self, on: bool) -> None:
        r = self.current()
        if r is None:
            return
        if ops.write(self.ctx, lambda s: documents.update_attachment(s, r.id, shared=on).id,
                     changed="network", errors=self.error).ok:
            self.refresh()

    def delete_selected(self, confirm: bool = True) -> bool:
        r = self.current()
        if r is None:
            return False
        if confirm:
            answer = QMessageBox.question(self, self.tr("Bestand verwijderen"), self.tr(
                "‘{0}’ uit de kluis verwijderen? Het bestand is daarna ook bij je teamleden weg als het gedeeld "
                "was. Dit kan niet ongedaan gemaakt worden.").format(r.filename),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Yes:
                return False
        outcome = ops.write(self.ctx, lambda s: documents.delete_attachment(s, r.id), changed="network",
                            errors=self.error, message=self.tr("‘{0}’ verwijderd.").format(r.filename))
        if outcome.ok:
            self.refresh()
        return outcome.ok


class AttachmentsDialog(QDialog):
    """The files of one stakeholder, ambassador or meeting."""

    def __init__(self, ctx: AppContext, owner: Owner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Bestanden bij {0}").format(owner.label))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        self.panel = AttachmentsPanel(ctx, owner)
        layout.addWidget(self.panel, 1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Sluiten"))
        close.rejected.connect(self.reject)
        layout.addWidget(close)


@dataclass(frozen=True)
class VersionRow:
    id: str
    kind: str
    title: str
    version: int
    text: str
    agreed_on: date | None
    agreed_by: str


class AgreementsPanel(QWidget):
    """Texts agreed together: every version, newest first; a new version never changes an older one."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[VersionRow] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        split = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.currentRowChanged.connect(lambda _r: self._show())
        self.empty = wrapped(self.tr(
            "Nog geen afgesproken teksten. Bewaar hier het charter of de engagementsverklaring die je samen met de "
            "ambassadeurs opstelde, of het convenant met de dorpsraden: elke nieuwe versie met wie akkoord ging "
            "en wanneer, de oudere versies blijven bewaard."), "muted")
        ll.addWidget(self.list, 1)
        self.view = QPlainTextEdit()
        self.view.setReadOnly(True)
        split.addWidget(left)
        split.addWidget(self.view)
        split.setSizes([220, 320])
        self.split = split
        layout.addWidget(self.empty)  # the whole width: the explanation is read, not squeezed
        layout.addWidget(split, 1)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.kind = QComboBox()
        for key, (nl, en) in KIND_NAMES.items():
            self.kind.addItem(en if ctx.lang == "en" else nl, key)
        self.title = QComboBox()
        self.title.setEditable(True)
        self.title.lineEdit().setPlaceholderText(self.tr("bv. Charter ambassadeurs 2026"))  # type: ignore[union-attr]
        self.title.lineEdit().setMaxLength(200)  # type: ignore[union-attr]
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(self.tr("De tekst zoals hij afgesproken werd"))
        self.text.setMaximumHeight(110)
        self.agreed_on = DateEdit()
        self.agreed_by = QLineEdit()
        self.agreed_by.setPlaceholderText(self.tr("bv. de 14 ambassadeurs en de schepen van toerisme"))
        form.addRow(self.tr("Soort"), self.kind)
        form.addRow(self.tr("Titel"), self.title)
        form.addRow(self.tr("Tekst"), self.text)
        form.addRow(self.tr("Akkoord op"), self.agreed_on)
        form.addRow(self.tr("Akkoord van"), self.agreed_by)
        layout.addLayout(form)
        row = QWidget()
        flow = FlowLayout(row)
        self.add_button = QPushButton(self.tr("Als nieuwe &versie bewaren"))
        self.add_button.clicked.connect(lambda: self.save_version())
        self.copy_button = QPushButton(self.tr("Gekozen versie als ve&rtrekpunt"))
        self.copy_button.clicked.connect(self._start_from_selected)
        flow.addWidget(self.add_button)
        flow.addWidget(self.copy_button)
        layout.addWidget(row)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        self.refresh()

    def refresh(self) -> None:
        if self.ctx.vault is None or not self.ctx.network_id:
            return
        network_id = self.ctx.network_id
        self.rows, draft = ops.read(self.ctx, lambda s: ([
            VersionRow(v.id, v.kind, v.title, v.version, v.text, v.agreed_on, v.agreed_by)
            for v in documents.agreement_versions(s, network_id)], drafts.get(s, DRAFT_AREA, network_id, None)))
        self.list.clear()
        en = self.ctx.lang == "en"
        for r in self.rows:
            kind = KIND_NAMES.get(r.kind, KIND_NAMES["other"])[1 if en else 0]
            when = r.agreed_on.strftime("%d/%m/%Y") if r.agreed_on else self.tr("nog niet afgesproken")
            self.list.addItem(self.tr("{0} — versie {1}").format(r.title, r.version) + f"\n{kind}, {when}")
        self.empty.setVisible(not self.rows)
        self.split.setVisible(bool(self.rows))
        typed = self.title.currentText()
        self.title.clear()
        self.title.addItems(sorted({r.title for r in self.rows}, key=str.lower))
        self.title.setCurrentText(typed)
        if self.rows:
            self.list.setCurrentRow(0)
        self._show()
        self.copy_button.setEnabled(bool(self.rows))
        if draft is not None and not self._typed():  # typed before a lock or a close, not saved yet
            state = draft.state
            self.kind.setCurrentIndex(max(0, self.kind.findData(state.get("kind"))))
            self.title.setCurrentText(str(state.get("title", "")))
            self.text.setPlainText(str(state.get("text", "")))
            self.agreed_by.setText(str(state.get("agreed_by", "")))
            self.error.say(self.tr("Niet bewaarde tekst teruggezet: vul aan en klik op ‘Als nieuwe versie bewaren’."))

    def _typed(self) -> bool:
        return bool(self.text.toPlainText().strip())  # a title alone (left after saving) is no work to keep

    def keep_work(self) -> None:
        """Closing or locking with a text typed but not saved: it is kept as a draft in the vault
        (shown again next time); an emptied form drops the draft."""
        network_id = self.ctx.network_id
        if self.ctx.vault is None or not network_id:
            return
        state = {"kind": self.kind.currentData(), "title": self.title.currentText(),
                 "text": self.text.toPlainText(), "agreed_by": self.agreed_by.text()}
        typed = self._typed()
        ops.write(self.ctx, lambda s: drafts.save(s, DRAFT_AREA, network_id, None, state, state["title"]) if typed
                  else drafts.discard(s, DRAFT_AREA, network_id, None))

    def _show(self) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self.rows):
            self.view.setPlainText("")
            return
        r = self.rows[row]
        who = r.agreed_by or self.tr("(niet ingevuld)")
        self.view.setPlainText(self.tr("Akkoord van: {0}").format(who) + "\n\n" + r.text)

    def _start_from_selected(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.rows):
            r = self.rows[row]
            self.kind.setCurrentIndex(max(0, self.kind.findData(r.kind)))
            self.title.setCurrentText(r.title)
            self.text.setPlainText(r.text)
            self.text.setFocus()

    def save_version(self) -> bool:
        self.error.hide()
        try:
            agreed_on = self.agreed_on.value()
        except ValueError as exc:
            self.error.say(str(exc))
            return False
        network_id = self.ctx.network_id
        assert network_id is not None
        kind, title, text, who = (str(self.kind.currentData()), self.title.currentText(), self.text.toPlainText(),
                                  self.agreed_by.text())
        today = self.ctx.today()
        def work(s: ops.Session) -> int:
            drafts.discard(s, DRAFT_AREA, network_id, None)
            return documents.add_agreement_version(s, network_id, kind, title, text, agreed_on, who, today=today).version

        outcome = ops.write(self.ctx, work, changed="network", errors=self.error)
        if not outcome.ok:
            return False
        self.ctx.status_message.emit(self.tr("‘{0}’ bewaard als versie {1}.").format(" ".join(title.split()),
                                                                                   outcome.value))
        self.text.clear()
        self.agreed_by.clear()
        self.agreed_on.set_value(None)
        self.refresh()
        return True


class DocumentsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Documenten en afspraken"))
        self.setMinimumWidth(640)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        self.agreements = AgreementsPanel(ctx)
        self.files = AttachmentsPanel(ctx, Owner(self.tr("het netwerk")))
        self.tabs.addTab(self.agreements, self.tr("&Afgesproken teksten"))
        self.tabs.addTab(self.files, self.tr("&Bestanden van het netwerk"))
        layout.addWidget(self.tabs, 1)
        layout.addWidget(wrapped(self.tr("Bestanden van één stakeholder of ambassadeur voeg je toe vanuit zijn of "
                                         "haar fiche (knop ‘Bestanden…’)."), "muted"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Sluiten"))
        close.rejected.connect(self.reject)
        layout.addWidget(close)

    def reject(self) -> None:  # also what locking does to an open dialog
        self.agreements.keep_work()
        super().reject()


def open_dialog(ctx: AppContext, parent: QWidget | None = None) -> None:
    DocumentsDialog(ctx, parent).exec()
