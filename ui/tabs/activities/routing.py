"""The routing rules under the signal list: which area (a neighbourhood, a village) goes to which
responsible person, and (neighbourhood networks) which topic goes to which portfolio holder. A new
signal's responsible and portfolio holder are filled from them. What is typed here is kept
like a form's work: saved when complete, otherwise a draft in the vault, put back afterwards."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from app.services import drafts
from app.services import signal as service
from ui import ops
from ui.context import AppContext
from ui.widgets.record import ERROR_STYLE

DRAFT_AREA = "routing_rule"


class RoutingRules(QGroupBox):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.setTitle(self.tr("Doorverwijzing: wijk → verantwoordelijke"))
        self.ctx = ctx
        self._snapshot: tuple[str, str] | None = None  # the fields as loaded; None: nothing shown
        self._network: str | None = None  # whose rules are shown
        layout = QVBoxLayout(self)
        self.rules = QListWidget()
        self.rules.setMaximumHeight(110)
        layout.addWidget(self.rules)
        row = QHBoxLayout()
        self.area = QLineEdit()
        self.area.setPlaceholderText(self.tr("wijk of deelgemeente"))
        self.responsible = QLineEdit()
        self.responsible.setPlaceholderText(self.tr("verantwoordelijke (bv. schepen)"))
        self.save_button = QPushButton(self.tr("Bewaren"))
        self.save_button.clicked.connect(lambda _c=False: self.save())
        self.delete_button = QPushButton(self.tr("Verwijderen"))
        self.delete_button.clicked.connect(lambda _c=False: self.delete())
        for w in (self.area, self.responsible, self.save_button, self.delete_button):
            row.addWidget(w)
        layout.addLayout(row)
        self.error = QLabel()
        self.error.setObjectName("formError")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        layout.addWidget(self.error)

    def _fields(self) -> tuple[str, str]:
        return self.area.text(), self.responsible.text()

    def refresh(self) -> None:
        network_id = self.ctx.network_id
        if self.ctx.vault is None or not network_id:
            self.clear()
            return
        if network_id != self._network:  # another network (its work was kept): start afresh
            self.clear()
            self._network = network_id
        with ops.reading(self.ctx) as session:
            rows = service.route_rows(session, network_id)
            draft = drafts.get(session, DRAFT_AREA, network_id, None) if self._snapshot is None else None
        self.rules.clear()
        for r in rows:
            item = QListWidgetItem(f"{r.area}  →  {r.responsible}")
            item.setData(Qt.ItemDataRole.UserRole, r.id)
            self.rules.addItem(item)
        if draft is not None:  # typed before the lock or the quit, not complete yet
            self.area.setText(str(draft.state.get("area", "")))
            self.responsible.setText(str(draft.state.get("responsible", "")))
            self.error.setText(self.tr("Niet bewaarde doorverwijzing teruggezet: vul ze aan en klik op Bewaren."))
        if self._snapshot is None:
            self._snapshot = self._fields()

    def clear(self) -> None:
        self.rules.clear()
        self.area.clear()
        self.responsible.clear()
        self.error.clear()
        self._snapshot = None
        self._network = None

    def dirty(self) -> bool:
        return self._snapshot is not None and self._fields() != self._snapshot

    def save(self, announce: bool = True) -> bool:
        network_id = self.ctx.network_id
        if self.ctx.vault is None or not network_id:
            return False
        area, responsible = self._fields()

        def work(session: ops.Session) -> None:
            service.set_route(session, network_id, area, responsible)
            drafts.discard(session, DRAFT_AREA, network_id, None)

        self.error.clear()
        outcome = ops.write(self.ctx, work, changed="signal", errors=self.error,
                            message=self.tr("Doorverwijzing bewaard.") if announce else None)
        if not outcome.ok:
            return False
        self.area.clear()
        self.responsible.clear()
        self._snapshot = ("", "")
        self.refresh()
        return True

    def keep_work(self) -> str | None:
        """A complete rule is saved, an incomplete one kept as a draft in the vault."""
        network_id = self.ctx.network_id
        if self.ctx.vault is None or not network_id or not self.dirty():
            return None
        area, responsible = self._fields()
        if not area.strip() and not responsible.strip():  # emptied: nothing to keep
            ops.write(self.ctx, lambda s: drafts.discard(s, DRAFT_AREA, network_id, None))
            self._snapshot = self._fields()
            return None
        if self.save(announce=False):
            return self.tr("Doorverwijzing voor ‘{0}’ automatisch bewaard.").format(area.strip())
        state = {"area": area, "responsible": responsible}
        ops.write(self.ctx, lambda s: drafts.save(s, DRAFT_AREA, network_id, None, state, area or responsible))
        self._snapshot = self._fields()
        return self.tr("De doorverwijzing is nog niet volledig; ze staat als concept in de kluis.")

    def delete(self) -> None:
        item = self.rules.currentItem()
        rule_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if not rule_id or self.ctx.vault is None:
            return
        self.error.clear()
        if ops.write(self.ctx, lambda s: service.delete_route(s, rule_id), changed="signal", errors=self.error).ok:
            self.refresh()


TOPIC_DRAFT_AREA = "topic_rule"


class TopicRules(QGroupBox):
    """Topic → portfolio holder (seed 004: the neighbourhood ambassador passes a complaint on to the
    alderman who holds the topic). Kept like the area rules: saved when complete, else a draft."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.setTitle(self.tr("Doorverwijzing: thema → portefeuillehouder"))
        self.ctx = ctx
        self._snapshot: tuple[str, str] | None = None
        self._network: str | None = None
        layout = QVBoxLayout(self)
        self.rules = QListWidget()
        self.rules.setMaximumHeight(110)
        layout.addWidget(self.rules)
        self.empty = QLabel(self.tr("Nog geen thema's. Koppel een thema aan de schepen die het in portefeuille "
                                    "heeft, bv. Mobiliteit → schepen van Mobiliteit."))
        self.empty.setWordWrap(True)
        self.empty.setObjectName("muted")
        layout.addWidget(self.empty)
        row = QHBoxLayout()
        self.topic = QLineEdit()
        self.topic.setPlaceholderText(self.tr("thema (bv. Mobiliteit)"))
        self.portfolio_holder = QLineEdit()
        self.portfolio_holder.setPlaceholderText(self.tr("portefeuillehouder (bv. schepen)"))
        self.save_button = QPushButton(self.tr("Bewaren"))
        self.save_button.clicked.connect(lambda _c=False: self.save())
        self.delete_button = QPushButton(self.tr("Verwijderen"))
        self.delete_button.clicked.connect(lambda _c=False: self.delete())
        for w in (self.topic, self.portfolio_holder, self.save_button, self.delete_button):
            row.addWidget(w)
        layout.addLayout(row)
        self.error = QLabel()
        self.error.setObjectName("formError")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        layout.addWidget(self.error)

    def _fields(self) -> tuple[str, str]:
        return self.topic.text(), self.portfolio_holder.text()

    def refresh(self) -> None:
        network_id = self.ctx.network_id
        if self.ctx.vault is None or not network_id:
            self.clear()
            return
        if network_id != self._network:
            self.clear()
            self._network = network_id
        with ops.reading(self.ctx) as session:
            rows = service.topic_route_rows(session, network_id)
            draft = drafts.get(session, TOPIC_DRAFT_AREA, network_id, None) if self._snapshot is None else None
        self.rules.clear()
        for r in rows:
            item = QListWidgetItem(f"{r.topic}  →  {r.portfolio_holder}")
            item.setData(Qt.ItemDataRole.UserRole, r.id)
            self.rules.addItem(item)
        self.empty.setVisible(not rows)
        if draft is not None:
            self.topic.setText(str(draft.state.get("topic", "")))
            self.portfolio_holder.setText(str(draft.state.get("portfolio_holder", "")))
            self.error.setText(self.tr("Niet bewaarde doorverwijzing teruggezet: vul ze aan en klik op Bewaren."))
        if self._snapshot is None:
            self._snapshot = self._fields()

    def clear(self) -> None:
        self.rules.clear()
        self.topic.clear()
        self.portfolio_holder.clear()
        self.error.clear()
        self._snapshot = None
        self._network = None

    def dirty(self) -> bool:
        return self._snapshot is not None and self._fields() != self._snapshot

    def save(self, announce: bool = True) -> bool:
        network_id = self.ctx.network_id
        if self.ctx.vault is None or not network_id:
            return False
        topic, holder = self._fields()

        def work(session: ops.Session) -> None:
            service.set_topic_route(session, network_id, topic, holder)
            drafts.discard(session, TOPIC_DRAFT_AREA, network_id, None)

        self.error.clear()
        outcome = ops.write(self.ctx, work, changed="signal", errors=self.error,
                            message=self.tr("Doorverwijzing bewaard.") if announce else None)
        if not outcome.ok:
            return False
        self.topic.clear()
        self.portfolio_holder.clear()
        self._snapshot = ("", "")
        self.refresh()
        return True

    def keep_work(self) -> str | None:
        """A complete rule is saved, an incomplete one kept as a draft in the vault."""
        network_id = self.ctx.network_id
        if self.ctx.vault is None or not network_id or not self.dirty():
            return None
        topic, holder = self._fields()
        if not topic.strip() and not holder.strip():
            ops.write(self.ctx, lambda s: drafts.discard(s, TOPIC_DRAFT_AREA, network_id, None))
            self._snapshot = self._fields()
            return None
        if self.save(announce=False):
            return self.tr("Doorverwijzing voor ‘{0}’ automatisch bewaard.").format(topic.strip())
        state = {"topic": topic, "portfolio_holder": holder}
        ops.write(self.ctx, lambda s: drafts.save(s, TOPIC_DRAFT_AREA, network_id, None, state, topic or holder))
        self._snapshot = self._fields()
        return self.tr("De doorverwijzing is nog niet volledig; ze staat als concept in de kluis.")

    def delete(self) -> None:
        item = self.rules.currentItem()
        rule_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if not rule_id or self.ctx.vault is None:
            return
        self.error.clear()
        if ops.write(self.ctx, lambda s: service.delete_topic_route(s, rule_id), changed="signal",
                     errors=self.error).ok:
            self.refresh()
