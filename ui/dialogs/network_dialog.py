"""Nieuw netwerk (name and one of the four kinds, each explained in the users' words), Netwerk
hernoemen, and Gearchiveerde netwerken (bring one back). Every write goes through `ui.ops` to
`app/services/network.py`, which checks the name; a refused name is shown beside the field and
nothing is written."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.vocabulary import NetworkKind, label
from app.errors import ValidationError, VerbindError
from app.formatting import fmt_datetime
from app.services import network as service
from ui import ops
from ui.context import AppContext
from ui.widgets.common import wrapped
from ui.widgets.record import ERROR_STYLE

# what each kind of network is, after DOMAIN.md (seeds 000-004), in the order users meet them
KIND_HELP = {
    NetworkKind.CONNECTION.value: QT_TRANSLATE_NOOP(
        "NetworkDialog", "Een toeleider (verbindingsambassadeur) begeleidt kinderen en jongeren, vaak samen met hun "
        "gezin, naar vrijetijdsaanbod. Je volgt lokale spelers aan vraag- en aanbodzijde en trajecten "
        "(toeleidingen) met drempels en mijlpalen, en rapporteert aan de stuurgroep."),
    NetworkKind.LOCAL.value: QT_TRANSLATE_NOOP(
        "NetworkDialog", "Bewoners, lokale ondernemers en vrijwilligers dragen een site of (toeristisch) project uit. "
        "Je brengt de lokale spelers in kaart, bouwt de relatie op en uit, bedankt jaarlijks en werft met "
        "oproepen; een charter bekrachtigt het engagement."),
    NetworkKind.ENTREPRENEUR.value: QT_TRANSLATE_NOOP(
        "NetworkDialog", "Ondernemers worden voor een termijn aangesteld als ambassadeur van een thema, zoals sociale "
        "innovatie. Je volgt voordracht en aanstelling, minstens drie podiumactiviteiten per jaar, "
        "motivatieprofielen, de diversiteit en de groepsfase van het netwerk."),
    NetworkKind.NEIGHBOURHOOD.value: QT_TRANSLATE_NOOP(
        "NetworkDialog", "Een schepen is gekoppeld aan een dorp of wijk, samen met de dorpsraad en een "
        "gebiedsmanager. Signalen van bewoners gaan naar de verantwoordelijke schepen en je volgt ze op tot ze "
        "beantwoord zijn; ook aanwezigheid op activiteiten en de afspraken voor vier jaar."),
}


def kind_label(kind: str, lang: str) -> str:
    """The kind in the user's words; a kind this version does not know (from a newer teammate) as is."""
    try:
        return label(NetworkKind(kind), lang)
    except ValueError:
        return kind


class NetworkDialog(QDialog):
    """A new network (`network_id` None) or another name for one. On success the network is
    written and committed, `saved(network id)` is emitted and the dialog closes; a refused name
    keeps the dialog open with the reason beside the field."""

    saved = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, network_id: str | None = None,
                 current_name: str = "") -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.network_id = network_id
        renaming = network_id is not None
        self.setWindowTitle(self.tr("Netwerk hernoemen") if renaming else self.tr("Nieuw netwerk"))
        self.setMinimumWidth(600)
        layout = QVBoxLayout(self)
        name_label = QLabel(self.tr("&Naam van het netwerk"))
        self.name = QLineEdit(current_name)
        self.name.setObjectName("name")
        self.name.setMaxLength(service.NAME_MAX)
        self.name.setPlaceholderText(self.tr("bijvoorbeeld Verbindingsambassadeurs Gent"))
        # the message beside the field has its room from the start: the dialog never jumps while typing
        self.error = wrapped(object_name="nameError")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setMinimumHeight(2 * self.error.fontMetrics().lineSpacing())
        self.name.textEdited.connect(lambda _t: self.error.clear())
        name_label.setBuddy(self.name)
        layout.addWidget(name_label)
        layout.addWidget(self.name)
        layout.addWidget(self.error)
        self.kinds: dict[str, QRadioButton] = {}
        self.group = QButtonGroup(self)
        if not renaming:
            box = QGroupBox(self.tr("Soort netwerk"))
            inner = QVBoxLayout(box)
            for kind in NetworkKind:
                radio = QRadioButton(label(kind, self.ctx.lang))
                radio.setObjectName(f"kind_{kind.value}")
                self.group.addButton(radio)
                self.kinds[kind.value] = radio
                explain = wrapped(QCoreApplication.translate("NetworkDialog", str(KIND_HELP[kind.value])))
                row = QHBoxLayout()
                row.addSpacing(24)  # under the radio's text, not its circle
                row.addWidget(explain, 1)
                inner.addWidget(radio)
                inner.addLayout(row)
            self.kinds[NetworkKind.CONNECTION.value].setChecked(True)
            layout.addWidget(box)
            layout.addWidget(wrapped(self.tr(
                "Alle soorten werken met dezelfde tabbladen; de soort bepaalt wat Verbind standaard benadrukt. Je "
                "kunt ze later wijzigen in het tabblad Netwerk.")))
        else:
            layout.addWidget(wrapped(self.tr(
                "Stakeholders, ambassadeurs, trajecten en verslagen blijven bij het netwerk; alleen de naam "
                "verandert.")))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Hernoemen") if renaming else self.tr("Netwerk maken"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        # a window does not ask its wrapped labels how tall they are at its width: tell it, so the
        # explanations are never squeezed (also at 125 %)
        width = max(self.minimumWidth(), self.sizeHint().width())
        self.setMinimumHeight(layout.totalHeightForWidth(width))
        self.resize(width, self.minimumHeight())
        self.name.setFocus()

    def kind(self) -> str:
        return next((k for k, radio in self.kinds.items() if radio.isChecked()), NetworkKind.CONNECTION.value)

    def show_error(self, exc: VerbindError) -> None:
        self.error.setText(ops.describe(exc))
        if isinstance(exc, ValidationError) and exc.field == "name":
            self.name.setFocus()
            self.name.selectAll()

    def save(self) -> None:
        name, kind, network_id = self.name.text(), self.kind(), self.network_id

        def work(session: ops.Session) -> str:
            if network_id is None:
                return service.create_network(session, name, kind=kind).id
            return service.rename_network(session, network_id, name).id

        message = (self.tr("Netwerk ‘{0}’ gemaakt.") if network_id is None
                   else self.tr("Het netwerk heet nu ‘{0}’.")).format(name.strip())
        outcome = ops.write(self.ctx, work, changed="network", errors=self.show_error, message=message)
        if outcome.ok and outcome.value is not None:
            self.saved.emit(outcome.value)
            self.accept()


class ArchivedNetworksDialog(QDialog):
    """The archived networks, with *Terughalen*: the chosen one returns to the switcher
    (`restored(network id)`, then the dialog closes)."""

    restored = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Gearchiveerde netwerken"))
        self.resize(520, 360)
        layout = QVBoxLayout(self)
        layout.addWidget(wrapped(self.tr(
            "Een gearchiveerd netwerk staat niet in de keuzelijst, maar niets ervan is gewist: de gegevens, exports "
            "en verslagen van zijn periodes blijven bewaard. Haal het terug om er weer in te werken.")))
        self.list = QListWidget()
        self.list.itemDoubleClicked.connect(lambda _item: self.restore())
        layout.addWidget(self.list, 1)
        self.empty = wrapped(self.tr("Er zijn geen gearchiveerde netwerken."))
        layout.addWidget(self.empty)
        self.error = wrapped(object_name="error")
        self.error.setStyleSheet(ERROR_STYLE)
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Sluiten"))
        self.restore_button = QPushButton(self.tr("&Terughalen"))
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.clicked.connect(self.restore)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.refresh()

    def refresh(self) -> None:
        rows = [r for r in ops.read(self.ctx, service.network_rows) if r.archived]
        self.list.clear()
        for row in rows:
            text = self.tr("{0} — {1}, gearchiveerd op {2}").format(
                row.name, kind_label(row.kind, self.ctx.lang), fmt_datetime(row.archived_at))
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.list.addItem(item)
        if rows:
            self.list.setCurrentRow(0)
        self.empty.setVisible(not rows)
        self.restore_button.setEnabled(bool(rows))

    def restore(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        network_id: str = item.data(Qt.ItemDataRole.UserRole)
        outcome = ops.write(self.ctx, lambda s: service.unarchive_network(s, network_id).name, changed="network",
                            errors=self.error)
        if outcome.ok:
            self.ctx.status_message.emit(self.tr("Netwerk ‘{0}’ is terug in de keuzelijst.").format(outcome.value))
            self.restored.emit(network_id)
            self.accept()


__all__ = ["KIND_HELP", "ArchivedNetworksDialog", "NetworkDialog", "kind_label"]
