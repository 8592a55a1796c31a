"""Teamuitwisseling: the team panel (members, last exchange with each, pending conflicts), the
exchange dialog (write a bundle to a folder or USB stick, read bundles, a summary per kind) and the
conflict review. The exchange itself runs in a child process (app.team.worker) while this process
keeps the vault closed: two SQLite libraries must never hold one file in one process."""

from __future__ import annotations

import getpass
import re
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.formatting import fmt_date
from app.team import conflicts as conflict_svc
from app.team import team as team_svc
from app.team.summary import data_kinds, summarize
from app.vault import Vault
from ui import ops
from ui.context import AppContext
from ui.widgets.common import wrapped
from ui.widgets.table import Column, Table
from ui.workers import run_in_thread

BUNDLE_SUFFIX = ".verbind-bundle"


def _when(text: str | None) -> str:
    """A stored UTC timestamp as a short Dutch date ("—" when never)."""
    if not text:
        return "—"
    try:
        return fmt_date(date.fromisoformat(text[:10]))
    except ValueError:
        return text


def run_team_job(ctx: AppContext, parent: QWidget, job: dict[str, Any], label: str,
                 on_done: Callable[[dict[str, Any]], None]) -> None:
    """Close the vault here, run `job` in a child process with a busy indicator, reopen the vault
    with the key still held, then call `on_done(result)` (result["ok"] tells success)."""
    from app.team import worker

    vault = ctx.vault
    if vault is None:
        return
    path, key = vault.path, vault.data_key
    ctx.vault = None
    vault.close()
    progress = QProgressDialog(label, "", 0, 0, parent)
    progress.setCancelButton(None)  # an exchange is one transaction: it finishes or changes nothing
    progress.setWindowTitle(_t("Teamuitwisseling"))
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(0)
    progress.show()
    full_job = {**job, "vault": str(path), "key": key.hex(), "lang": ctx.lang}

    def reopen() -> str | None:
        try:
            ctx.vault = Vault.open_with_key(path, key)
        except Exception as exc:  # shown to the user; the window stays usable through Lock/Open
            return str(exc)
        return None

    def finish(result: dict[str, Any]) -> None:
        problem = reopen()
        if shiboken6.isValid(progress):
            progress.close()
        if problem is not None:
            QMessageBox.critical(parent, _t("Teamuitwisseling"), _t(
                "Verbind kon de kluis niet opnieuw openen ({0}). Sluit Verbind en open de kluis "
                "opnieuw.").format(problem))
            return
        on_done(result)

    run_in_thread(lambda: worker.run_in_child(full_job), finish,
                  lambda exc: finish({"ok": False, "error": str(exc), "kind": type(exc).__name__}))


def _t(text: str) -> str:
    return QCoreApplication.translate("team_panel", text)


def _refused(parent: QWidget, result: dict[str, Any]) -> None:
    QMessageBox.warning(parent, _t("Teamuitwisseling"), str(result.get("error") or _t("Onbekende fout.")))


def conflicts_text(waiting: int) -> str:
    if waiting == 1:
        return _t("1 conflict wacht op je beslissing: kies 'Conflicten bekijken'.")
    return _t("{0} conflicten wachten op je beslissing: kies 'Conflicten bekijken'.").format(waiting)


def _safe_name(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9_-]+", "-", text).strip("-") or "lid"


class InviteDialog(QDialog):
    """Name + file → the starter bundle; then the one-time code in large type."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.code = ""
        self.setWindowTitle(self.tr("Teamlid uitnodigen"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        intro = wrapped(self.tr(
            "Een uitnodiging is een volledige, versleutelde kopie van deze kluis. Het nieuwe teamlid maakt "
            "ermee een eigen kluis met een eigen wachtwoordzin. Geef het bestand door (USB-stick, gedeelde "
            "map) en de code persoonlijk of telefonisch, nooit samen met het bestand."))
        layout.addWidget(intro)
        form = QFormLayout()
        self.member = QLineEdit()
        self.member.setPlaceholderText(self.tr("bv. Sara"))
        self.member.textChanged.connect(self._suggest)
        form.addRow(self.tr("&Naam van het teamlid"), self.member)
        row = QHBoxLayout()
        self.out = QLineEdit()
        browse = QPushButton(self.tr("&Bladeren…"))
        browse.clicked.connect(self._browse)
        row.addWidget(self.out, 1)
        row.addWidget(browse)
        save_label = QLabel(self.tr("&Bewaren als"))
        save_label.setBuddy(self.out)
        form.addRow(save_label, row)
        layout.addLayout(form)
        self.code_label = QLabel()
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFont("DejaVu Sans Mono")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(22)
        font.setBold(True)
        self.code_label.setFont(font)
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.hide()
        self.code_hint = wrapped()
        self.code_hint.hide()
        layout.addWidget(self.code_label)
        layout.addWidget(self.code_hint)
        self.buttons = QDialogButtonBox()
        self.buttons.addButton(self.tr("Annuleren"), QDialogButtonBox.ButtonRole.RejectRole)
        self.make = self.buttons.addButton(self.tr("Uitnodiging &maken"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.make.setEnabled(False)
        self.buttons.accepted.connect(self.create)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)

    def _default_path(self, name: str) -> str:
        folder = Path(self.ctx.vault.path).parent if self.ctx.vault else Path.home()
        return str(folder / f"uitnodiging-{_safe_name(name)}{BUNDLE_SUFFIX}")

    def _suggest(self, text: str) -> None:
        self.make.setEnabled(bool(text.strip()))
        if not self.out.isModified():
            self.out.setText(self._default_path(text.strip()) if text.strip() else "")

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Uitnodiging bewaren"), self.out.text(),
                                              self.tr("Verbind-bundels (*.verbind-bundle)"))
        if path:
            self.out.setText(path if path.endswith(BUNDLE_SUFFIX) else path + BUNDLE_SUFFIX)
            self.out.setModified(True)

    def create(self) -> None:
        name, out = self.member.text().strip(), self.out.text().strip()
        if not name or not out:
            self.error.setText(self.tr("Vul de naam van het teamlid en een bestand in."))
            return
        if Path(out).exists():
            answer = QMessageBox.question(self, self.windowTitle(), self.tr("{0} bestaat al. Vervangen?").format(out))
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.make.setEnabled(False)
        run_team_job(self.ctx, self, {"op": "invite", "member": name, "out": out},
                     self.tr("Uitnodiging maken…"), self._done)

    def _done(self, result: dict[str, Any]) -> None:
        if not shiboken6.isValid(self):
            return
        if not result.get("ok"):
            self.make.setEnabled(True)
            self.error.setText(str(result.get("error")))
            return
        self.code = str(result["code"])
        self.error.clear()
        self.code_label.setText(self.code)
        self.code_label.show()
        self.code_hint.setText(self.tr(
            "Uitnodiging bewaard in {0}. Geef deze eenmalige code persoonlijk door aan {1}; zonder de code "
            "kan niemand de uitnodiging openen. De code wordt nergens bewaard.").format(
                self.out.text(), self.member.text().strip()))
        self.code_hint.show()
        self.buttons.clear()
        close = self.buttons.addButton(self.tr("Sluiten"), QDialogButtonBox.ButtonRole.AcceptRole)
        close.clicked.connect(self.accept)


class ExchangeDialog(QDialog):
    """Write my changes to a folder; read teammates' bundles (files or a whole folder); a summary."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.last_result: dict[str, Any] | None = None
        self.setWindowTitle(self.tr("Uitwisselen met je team"))
        self.setMinimumWidth(620)
        layout = QVBoxLayout(self)
        write = QGroupBox(self.tr("1. Mijn wijzigingen wegschrijven"))
        wl = QVBoxLayout(write)
        hint = wrapped(self.tr("Een bundel bevat je wijzigingen sinds je vorige bundel, versleuteld met de teamsleutel. "
                              "Zet hem op een USB-stick of in een gedeelde map; alleen je teamleden kunnen hem lezen."))
        wl.addWidget(hint)
        row = QHBoxLayout()
        self.folder = QLineEdit(str(Path(ctx.vault.path).parent) if ctx.vault else "")
        browse = QPushButton(self.tr("Map &kiezen…"))
        browse.clicked.connect(self._browse_folder)
        self.write_button = QPushButton(self.tr("Bundel &schrijven"))
        self.write_button.clicked.connect(self.write_bundle)
        row.addWidget(QLabel(self.tr("Naar map:")))
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        row.addWidget(self.write_button)
        wl.addLayout(row)
        layout.addWidget(write)
        read = QGroupBox(self.tr("2. Bundels van teamleden inlezen"))
        rl = QVBoxLayout(read)
        hint2 = wrapped(self.tr("Je mag bundels in elke volgorde en meer dan eens inlezen; je eigen bundels worden "
                               "overgeslagen. Een beschadigde of vreemde bundel wordt geweigerd en verandert niets."))
        rl.addWidget(hint2)
        row2 = QHBoxLayout()
        self.read_files_button = QPushButton(self.tr("&Bestanden kiezen…"))
        self.read_files_button.clicked.connect(self._pick_files)
        self.read_folder_button = QPushButton(self.tr("Hele &map inlezen…"))
        self.read_folder_button.clicked.connect(self._pick_folder)
        row2.addWidget(self.read_files_button)
        row2.addWidget(self.read_folder_button)
        row2.addStretch(1)
        rl.addLayout(row2)
        layout.addWidget(read)
        self.result_title = wrapped(self.tr("Nog niets uitgewisseld in dit venster."))
        layout.addWidget(self.result_title)
        self.table = Table([Column("kind", "Soort", "Kind", lambda r: r.kind),
                            Column("new", "Nieuw", "New", lambda r: r.new),
                            Column("changed", "Gewijzigd", "Changed", lambda r: r.changed),
                            Column("deleted", "Verwijderd", "Deleted", lambda r: r.deleted)],
                           ctx.lang, id_of=lambda r: r.kind)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.hide()
        layout.addWidget(self.table)
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("Sluiten"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _browse_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Map voor de bundel"), self.folder.text())
        if folder:
            self.folder.setText(folder)

    def _busy(self, busy: bool) -> None:
        for b in (self.write_button, self.read_files_button, self.read_folder_button):
            b.setEnabled(not busy)

    def bundle_path(self) -> Path:
        assert self.ctx.vault is not None
        info = team_svc.info(self.ctx.vault)
        member = info.member if info else "lid"
        seq = (info.sequence + 1) if info else 1
        return Path(self.folder.text().strip()) / f"verbind-{_safe_name(member)}-{seq:04d}{BUNDLE_SUFFIX}"

    def write_bundle(self) -> None:
        folder = Path(self.folder.text().strip() or ".")
        if not folder.is_dir():
            QMessageBox.warning(self, self.windowTitle(), self.tr(
                "De map {0} bestaat niet (is de USB-stick aangesloten?). Kies een bestaande map.").format(folder))
            return
        out = self.bundle_path()
        self._busy(True)
        run_team_job(self.ctx, self, {"op": "export", "out": str(out)}, self.tr("Bundel schrijven…"),
                     lambda r: self._written(r, out))

    def _written(self, result: dict[str, Any], out: Path) -> None:
        if not shiboken6.isValid(self):
            return
        self._busy(False)
        self.last_result = result
        if not result.get("ok"):
            _refused(self, result)
            return
        total = sum(result.get("counts", {}).values())
        self.result_title.setText(self.tr("1 wijziging weggeschreven naar {0}.").format(out) if total == 1 else
                                  self.tr("{0} wijzigingen weggeschreven naar {1}.").format(total, out))
        self.table.hide()

    def _pick_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("Bundels inlezen"), self.folder.text(),
                                                self.tr("Verbind-bundels (*.verbind-bundle)"))
        if files:
            self.read_bundles([Path(f) for f in files])

    def _pick_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Map met bundels"), self.folder.text())
        if folder:
            self.read_folder(Path(folder))

    def read_folder(self, folder: Path) -> None:
        files = sorted(folder.glob(f"*{BUNDLE_SUFFIX}"))
        files = [f for f in files if not f.name.startswith("uitnodiging-")]
        if not files:
            QMessageBox.information(self, self.windowTitle(), self.tr(
                "In {0} staan geen bundels (bestanden die eindigen op .verbind-bundle).").format(folder))
            return
        self.read_bundles(files)

    def read_bundles(self, files: list[Path]) -> None:
        self._busy(True)
        run_team_job(self.ctx, self, {"op": "import", "files": [str(f) for f in files]},
                     self.tr("Bundels inlezen…"), self._read)

    def _read(self, result: dict[str, Any]) -> None:
        if not shiboken6.isValid(self):
            return
        self._busy(False)
        self.last_result = result
        if not result.get("ok"):
            self.result_title.setText(self.tr("Geweigerd: er werd niets veranderd."))
            _refused(self, result)
            return
        changes: dict[str, dict[str, int]] = result.get("ops", {})
        rows = summarize(changes, self.ctx.lang)
        read = len(result.get("summary", {}))
        if not rows:
            self.result_title.setText(self.tr("1 bundel ingelezen: niets nieuws.") if read == 1 else
                                      self.tr("{0} bundels ingelezen: niets nieuws.").format(read) if read else
                                      self.tr("Niets ingelezen: dit waren je eigen bundels."))
            self.table.hide()
        else:
            self.result_title.setText(self.tr("1 bundel ingelezen. Wat er veranderde:") if read == 1 else
                                      self.tr("{0} bundels ingelezen. Wat er veranderde:").format(read))
            self.table.set_rows(rows)
            self.table.show()
        for kind in sorted(data_kinds(changes)):
            self.ctx.data_changed.emit(kind)
        with ops.reading(self.ctx) as s:
            waiting = conflict_svc.count_pending(s)
        if waiting:
            self.result_title.setText(self.result_title.text() + "\n" + conflicts_text(waiting))


class ConflictsDialog(QDialog):
    """Same-field conflicts: keep the current value or take the other one."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.items: list[conflict_svc.PendingConflict] = []
        self.setWindowTitle(self.tr("Conflicten bekijken"))
        self.resize(900, 420)
        layout = QVBoxLayout(self)
        intro = wrapped(self.tr(
            "Jij en een teamlid wijzigden hetzelfde veld. De nieuwste wijziging staat nu in Verbind; de andere "
            "waarde is hier bewaard. Kies per conflict: behouden wat er nu staat, of de andere waarde nemen."))
        layout.addWidget(intro)
        self.empty = QLabel(self.tr("Geen conflicten: alles is in orde."))
        self.empty.setObjectName("muted")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.empty)
        self.table = Table([
            Column("kind", "Soort", "Kind", lambda c: c.kind), Column("record", "Record", "Record", lambda c: c.record),
            Column("field", "Veld", "Field", lambda c: c.field_label),
            Column("kept", "Waarde nu", "Value now", lambda c: c.kept_value or "—"),
            Column("other", "Andere waarde", "Other value", lambda c: c.other_value or "—"),
            Column("sender", "Van", "From", lambda c: c.sender),
            Column("created_at", "Wanneer", "When", lambda c: c.created_at)], ctx.lang)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._enable())
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.keep_button = QPushButton(self.tr("&Behouden"))
        self.keep_button.setToolTip(self.tr("De waarde die er nu staat blijft; het conflict wordt gesloten."))
        self.keep_button.clicked.connect(self.keep)
        self.take_button = QPushButton(self.tr("&Andere waarde nemen"))
        self.take_button.setToolTip(self.tr("De andere waarde komt in het record en gaat mee met je volgende bundel."))
        self.take_button.clicked.connect(self.take_other)
        row.addWidget(self.keep_button)
        row.addWidget(self.take_button)
        row.addStretch(1)
        close = QPushButton(self.tr("Sluiten"))
        close.clicked.connect(self.accept)
        row.addWidget(close)
        layout.addLayout(row)
        self.refresh()

    def refresh(self) -> None:
        with ops.reading(self.ctx) as s:
            self.items = conflict_svc.pending(s, self.ctx.lang)
        self.table.set_rows(self.items)
        self.table.resizeColumnsToContents()
        self.empty.setVisible(not self.items)
        self.table.setVisible(bool(self.items))
        if self.items:
            self.table.selectRow(0)
        self._enable()

    def _enable(self) -> None:
        selected = self.current() is not None
        self.keep_button.setEnabled(selected)
        self.take_button.setEnabled(selected)

    def current(self) -> conflict_svc.PendingConflict | None:
        chosen: conflict_svc.PendingConflict | None = self.table.selected()
        return chosen

    def keep(self) -> None:
        c = self.current()
        if c is not None:
            with ops.writing(self.ctx) as s:
                conflict_svc.keep(s, c.id)
            self.refresh()

    def take_other(self) -> None:
        c = self.current()
        if c is None:
            return
        try:
            with ops.writing(self.ctx) as s:
                conflict_svc.take_other(s, c.id)
        except Exception as exc:
            QMessageBox.warning(self, self.windowTitle(), str(exc))
            return
        from app.team.summary import DATA_KIND

        if c.table in DATA_KIND:
            self.ctx.data_changed.emit(DATA_KIND[c.table])
        self.refresh()


class TeamPanel(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Teamuitwisseling"))
        self.setMinimumWidth(640)
        self.layout_ = QVBoxLayout(self)
        QShortcut(QKeySequence.StandardKey.Refresh, self, activated=self.refresh)
        self.refresh()

    def _clear(self) -> None:
        while self.layout_.count():
            item = self.layout_.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.deleteLater()
            elif item.layout() is not None:
                sub = item.layout()
                while sub.count():
                    w = sub.takeAt(0).widget()
                    if w is not None:
                        w.deleteLater()

    def refresh(self) -> None:
        self._clear()
        vault = self.ctx.vault
        if vault is None:
            return
        info = team_svc.info(vault)
        if info is None:
            self._not_a_team()
        else:
            self._team(vault, info)

    def _not_a_team(self) -> None:
        text = wrapped(self.tr(
            "<b>Deze kluis is nog geen teamkluis.</b><br>Werk je met meerdere mensen aan hetzelfde netwerk, elk "
            "op een eigen laptop? Maak dan van deze kluis een teamkluis en nodig je teamleden uit. Daarna "
            "wisselen jullie wijzigingen uit met versleutelde bundels (USB-stick, gedeelde map of e-mail), "
            "zonder server. Zo bevat het jaarverslag ieders werk."))
        self.layout_.addWidget(text)
        form = QFormLayout()
        self.member = QLineEdit(getpass.getuser())
        form.addRow(self.tr("Je &naam in het team"), self.member)
        self.layout_.addLayout(form)
        row = QHBoxLayout()
        self.make_team = QPushButton(self.tr("&Teamkluis maken"))
        self.make_team.clicked.connect(self.init_team)
        close = QPushButton(self.tr("Sluiten"))
        close.clicked.connect(self.reject)
        row.addStretch(1)
        row.addWidget(self.make_team)
        row.addWidget(close)
        self.layout_.addLayout(row)

    def init_team(self) -> None:
        name = self.member.text().strip()
        if not name:
            QMessageBox.warning(self, self.windowTitle(), self.tr("Vul je naam in: zo zien je teamleden van wie een "
                                                                  "wijziging komt."))
            return
        assert self.ctx.vault is not None
        team_svc.init(self.ctx.vault, name)
        self.make_team.setEnabled(False)
        run_team_job(self.ctx, self, {"op": "start_base"}, self.tr("Teamkluis klaarmaken…"), self._made)

    def _made(self, result: dict[str, Any]) -> None:
        if not shiboken6.isValid(self):
            return
        if not result.get("ok"):
            _refused(self, result)
        self.refresh()

    def _team(self, vault: Vault, info: team_svc.TeamInfo) -> None:
        head = wrapped(self.tr("<b>Team {0}</b> — jij bent <b>{1}</b>. Laatste eigen bundel: {2} (nummer {3}).").format(
            info.team_id[:8], info.member, _when(team_svc.last_export(vault)), info.sequence))
        self.layout_.addWidget(head)
        people = team_svc.members(vault)
        self.people = people
        me, none_yet = self.tr("(jij)"), self.tr("nog geen")
        self.members = Table([
            Column("name", "Teamlid", "Team member", lambda m: m.name + (" " + me if m.is_self else "")),
            Column("invited_at", "Uitgenodigd op", "Invited on", lambda m: m.invited_at, text=lambda m: _when(m.invited_at)),
            Column("last_bundle", "Laatste bundel ingelezen", "Last bundle read", lambda m: m.last_bundle,
                   text=lambda m: "—" if m.is_self else (str(m.last_bundle) if m.last_bundle else none_yet)),
            Column("last_read_at", "Ingelezen op", "Read on", lambda m: m.last_read_at,
                   text=lambda m: "—" if m.is_self else _when(m.last_read_at))], self.ctx.lang, sortable=False,
            id_of=lambda m: m.name)
        self.members.set_rows(people)
        header = self.members.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.layout_.addWidget(self.members)
        if len(people) == 1:
            lonely = QLabel(self.tr("Nog geen teamleden. Nodig iemand uit met 'Lid uitnodigen…'."))
            lonely.setObjectName("muted")
            self.layout_.addWidget(lonely)
        with ops.in_vault(vault) as s:
            waiting = conflict_svc.count_pending(s)
        self.conflict_label = QLabel(conflicts_text(waiting) if waiting else self.tr("Geen conflicten."))
        self.layout_.addWidget(self.conflict_label)
        row = QHBoxLayout()
        invite = QPushButton(self.tr("Lid &uitnodigen…"))
        invite.clicked.connect(self.invite)
        exchange = QPushButton(self.tr("&Uitwisselen…"))
        exchange.setDefault(True)
        exchange.clicked.connect(self.exchange)
        review = QPushButton(self.tr("&Conflicten bekijken…"))
        review.setEnabled(bool(waiting))
        review.clicked.connect(self.review)
        self.remove_button = QPushButton(self.tr("Lid &verwijderen…"))
        self.remove_button.setToolTip(self.tr("Kies eerst een teamlid in de lijst."))
        self.remove_button.setEnabled(False)
        self.remove_button.clicked.connect(lambda: self.remove_member())
        self.members.selectionModel().selectionChanged.connect(
            lambda *_a: self.remove_button.setEnabled(self.selected_member() is not None))
        close = QPushButton(self.tr("Sluiten"))
        close.clicked.connect(self.accept)
        for b in (invite, exchange, review, self.remove_button):
            row.addWidget(b)
        row.addStretch(1)
        row.addWidget(close)
        self.layout_.addLayout(row)

    def invite(self) -> None:
        InviteDialog(self.ctx, self).exec()
        self.refresh()

    def selected_member(self) -> team_svc.Member | None:
        member: team_svc.Member | None = self.members.selected()
        return None if member is None or member.is_self else member

    def remove_member(self) -> None:
        member = self.selected_member()
        if member is None:
            return
        answer = QMessageBox.question(self, self.tr("Lid verwijderen"), self.tr(
            "{0} uit het team verwijderen?\n\nDe teamsleutel wordt vernieuwd: je volgende bundel geeft de nieuwe "
            "sleutel door aan wie blijft, en bundels die {0} vanaf nu maakt, worden overal geweigerd. Wat {0} al "
            "ontving, blijft op die laptop; bundels die een ander teamlid maakt voor het je nieuwe bundel "
            "inlas, kan {0} nog lezen.").format(member.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        run_team_job(self.ctx, self, {"op": "remove", "member": member.id or member.name},
                     self.tr("Teamlid verwijderen…"), self._removed)

    def _removed(self, result: dict[str, Any]) -> None:
        if not shiboken6.isValid(self):
            return
        if not result.get("ok"):
            _refused(self, result)
        else:
            text = self.tr("{0} is uit het team verwijderd. Schrijf nu een bundel (Uitwisselen…), zodat wie blijft "
                           "de nieuwe teamsleutel krijgt.").format(result["name"])
            if result.get("unreachable"):
                text += "\n\n" + self.tr(
                    "Let op: deze laptop heeft geen eigen sleutel voor {0} (uitgenodigd vanaf een andere laptop of "
                    "met een oudere versie): zij krijgen de nieuwe teamsleutel niet en hebben een nieuwe "
                    "uitnodiging nodig.").format(", ".join(result["unreachable"]))
            QMessageBox.information(self, self.tr("Lid verwijderen"), text)
        self.refresh()

    def exchange(self) -> None:
        ExchangeDialog(self.ctx, self).exec()
        self.refresh()

    def review(self) -> None:
        ConflictsDialog(self.ctx, self).exec()
        self.refresh()


def open_dialog(ctx: AppContext, parent: QWidget | None = None) -> None:
    TeamPanel(ctx, parent).exec()
