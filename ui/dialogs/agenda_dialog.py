"""Agenda exporteren: what is coming up (next contacts, milestones due, signal answer dates,
terms ending, nominations to decide, the yearly thank-you) as an .ics file for the user's own
calendar, only the kinds they tick. A milestone never names a child; its trajectory code only when
the user asks for it (app/io/agenda.py)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.io.agenda import DEFAULT_DAYS, KINDS, MAX_DAYS, AgendaEvent, events, write_agenda
from app.services.network import list_networks
from ui import ops
from ui.context import AppContext
from ui.lock.passphrase import ErrorLabel
from ui.messages import explain
from ui.widgets.common import wrapped


class AgendaDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.written: tuple[Path, int] | None = None
        self.setWindowTitle(self.tr("Agenda exporteren"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.addWidget(wrapped(self.tr(
            "Wat eraan komt als afspraken voor je eigen agenda (Outlook, Thunderbird, Google of Apple): open het "
            "bestand of importeer het. Een nieuwere export werkt dezelfde afspraken bij in plaats van ze te "
            "verdubbelen.")))
        box = QGroupBox(self.tr("Wat komt erin"))
        inner = QVBoxLayout(box)
        en = ctx.lang == "en"
        self.kinds: dict[str, QCheckBox] = {}
        for key, (nl_text, en_text) in KINDS.items():
            check = QCheckBox(en_text if en else nl_text)
            check.setChecked(True)
            check.toggled.connect(lambda _on: self.error.hide())
            inner.addWidget(check)
            self.kinds[key] = check
        self.codes = QCheckBox(self.tr("Trajectcodes bij de mijlpalen zetten"))
        inner.addWidget(self.codes)
        layout.addWidget(box)
        layout.addWidget(wrapped(self.tr(
            "Een mijlpaal heet ‘Mijlpaal traject’: nooit de naam van een kind, en de code alleen als je dat hierboven "
            "aanvinkt. Namen van stakeholders en ambassadeurs staan wel in de afspraken."), "muted"))
        form = QFormLayout()
        self.scope = QComboBox()
        self.scope.addItem(self.tr("Het gekozen netwerk"), "network")
        self.scope.addItem(self.tr("Alle netwerken in deze kluis"), "all")
        if not ctx.network_id:
            self.scope.setCurrentIndex(1)
            self.scope.setEnabled(False)
        form.addRow(self.tr("&Van"), self.scope)
        self.days = QSpinBox()
        self.days.setRange(1, MAX_DAYS)
        self.days.setValue(DEFAULT_DAYS)
        self.days.setSuffix(self.tr(" dagen vooruit"))
        form.addRow(self.tr("&Periode"), self.days)
        row = QHBoxLayout()
        self.path = QLineEdit(str(Path.home() / f"verbind-agenda-{ctx.today().isoformat()}.ics"))
        browse = QPushButton(self.tr("&Bladeren…"))
        browse.clicked.connect(self._browse)
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        path_label = QLabel(self.tr("&Bestand"))
        path_label.setBuddy(self.path)
        form.addRow(path_label, row)
        layout.addLayout(form)
        layout.addWidget(wrapped(self.tr(
            "<b>Let op:</b> het agendabestand is niet versleuteld, en een agenda-app kan het naar de cloud "
            "synchroniseren. Neem alleen op wat daar mag staan.")))
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        self.done_label = wrapped()
        layout.addWidget(self.done_label)
        buttons = QDialogButtonBox()
        self.export_button = buttons.addButton(self.tr("&Exporteren"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Sluiten"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.export)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Agenda bewaren als"), self.path.text(),
                                              self.tr("Agenda (*.ics)"))
        if name:
            self.path.setText(name if name.lower().endswith(".ics") else f"{name}.ics")

    def chosen(self) -> list[str]:
        return [key for key, check in self.kinds.items() if check.isChecked()]

    def export(self) -> None:
        kinds = self.chosen()
        if not kinds:
            self.error.say(self.tr("Vink minstens één soort afspraak aan."))
            return
        text = self.path.text().strip()
        if not text:
            self.error.say(self.tr("Kies een bestand om de agenda in te bewaren."))
            return
        path = Path(text).expanduser()
        if path.suffix.lower() != ".ics":
            path = path.with_name(f"{path.name}.ics")
        if not path.parent.is_dir():
            self.error.say(self.tr("De map {0} bestaat niet. Kies een bestaande map.").format(path.parent))
            return
        one = self.ctx.network_id if self.scope.currentData() == "network" else None
        days, codes, lang, today = self.days.value(), self.codes.isChecked(), self.ctx.lang, self.ctx.today()

        def gather(s: ops.Session) -> list[AgendaEvent]:
            nets = [n for n in list_networks(s) if one is None or n.id == one]
            return events(s, nets, today, days=days, kinds=kinds, codes=codes, lang=lang)

        try:
            found = ops.read(self.ctx, gather)
            write_agenda(found, path, lang)
        except Exception as exc:  # a full disk, a read-only folder, a vault's own file: said here
            self.error.say(explain(exc))
            return
        self.error.hide()
        self.written = (path, len(found))
        self.done_label.setText(
            (self.tr("1 afspraak bewaard in {0}.").format(path) if len(found) == 1 else
             self.tr("{0} afspraken bewaard in {1}.").format(len(found), path)) if found else
            self.tr("Niets gepland in die periode; {0} is een lege agenda.").format(path))


def open_dialog(ctx: AppContext, parent: QWidget | None = None) -> None:
    AgendaDialog(ctx, parent).exec()
