"""One record tab: search and filters, the table, an empty state, New and Delete, and the form with
its heading, errors beside their field, a Save button that is always in view, shortcuts, and a
dirty state.

Nothing typed is lost. Whenever the user leaves a changed form — another record, New, another tab
or network, Ctrl+L, the idle lock, suspend, closing the window — `keep_work()` saves it when it is
valid, and otherwise keeps it as a draft inside the vault (app/services/drafts.py), put back when
the record is opened again (also after unlocking). It never asks and never waits: the idle lock
must not hang on a question, and one behaviour everywhere is one behaviour to learn.

A tab subclasses `RecordEditor` and fills in the hooks (columns, rows, load, save, delete); the
data goes through `ui.ops`, the rules through `app/services`."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QEvent, QItemSelection, QObject, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import VerbindError
from app.formatting import fmt_datetime
from app.services import drafts
from ui import ops
from ui.context import AppContext
from ui.widgets.common import FlowLayout, FormScroll, compact_combos
from ui.widgets.form_state import capture, restore
from ui.widgets.table import Column, PagedSource, TableModel, read_only_rows

ERROR_STYLE = "color: #b3261e;"


class FieldError(ValueError):
    """A form value that cannot be read (a date like 31/02): the message, and which field."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


class DraftBar(QFrame):
    """The yellow bar over a form that holds a restored draft: when it was typed, and a way to
    throw it away."""

    def __init__(self, discard: Callable[[], Any]) -> None:
        super().__init__()
        self.setStyleSheet("QFrame { background: #fff4ce; border-radius: 4px; }")
        row = QHBoxLayout(self)
        self.label = QLabel()
        self.label.setWordWrap(True)
        row.addWidget(self.label, 1)
        self.discard_button = QPushButton(self.tr("Concept weggooien"))
        self.discard_button.clicked.connect(lambda _checked=False: discard())
        row.addWidget(self.discard_button)
        self.hide()

    def show_draft(self, draft: drafts.Draft | None) -> None:
        self.setVisible(draft is not None)
        if draft is not None:
            self.label.setText(self.tr("Concept van {0}, nog niet bewaard: pas aan en klik op Bewaren, of gooi het "
                                       "concept weg.").format(fmt_datetime(draft.saved_at)))


def make_table() -> QTableView:
    table = QTableView()
    read_only_rows(table)
    table.setSortingEnabled(True)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.verticalHeader().setDefaultSectionSize(26)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class RecordEditor(QWidget):
    """The list of one kind of record beside its form. Subclasses set `area` and the texts and
    implement the hooks below; `form` is any widget whose input widgets are attributes."""

    area = ""  # data kind announced after a write, and the drafts' area
    search_placeholder: str | None = None  # None: no search box
    empty_text = ""
    filtered_empty_text = ""
    field_widgets: dict[str, str] = {}  # a service's field name -> the form's widget attribute
    title_widget = "name"  # the form's line edit that names the record (focused on New)
    split_ratio = (58, 42)  # list : form, until the user drags the split; the form's labels fit beside its fields
    files_owner: str | None = None  # the attachment column of this kind of record ("Bestanden…"), if it has files

    # -- hooks ---------------------------------------------------------------------------------
    def columns(self) -> Sequence[Column]:
        raise NotImplementedError

    def paged_source(self) -> PagedSource | None:
        """A source for long lists (sorted and filtered in SQL); None: `list_rows` is used."""
        return None

    def list_rows(self, session: ops.Session) -> list[Any]:
        return []

    def build_filters(self, row: QHBoxLayout) -> None:
        """Add filter widgets to `row`; call `self.filters_changed()` when one changes."""

    def is_filtered(self) -> bool:
        return bool(self.search is not None and self.search.text().strip())

    def load_form(self, session: ops.Session, record_id: str | None) -> str:
        """Fill the form with the record (None: a new one, with defaults) and return its heading."""
        raise NotImplementedError

    def form_values(self) -> dict[str, Any]:
        """The form's values (default: its `values()`); raises FieldError for one that cannot be read."""
        values: dict[str, Any] = self.form.values()  # type: ignore[attr-defined]
        return values

    def save_values(self, session: ops.Session, record_id: str | None, values: dict[str, Any]) -> str:
        """Create (record_id None) or update through the service; return the record's id."""
        raise NotImplementedError

    def delete_values(self, session: ops.Session, record_id: str) -> None:
        raise NotImplementedError

    def delete_question(self) -> str:
        return self.tr("‘{0}’ verwijderen?").format(self.record_title())

    def record_title(self) -> str:
        named = getattr(self.form, self.title_widget, None)
        typed = named.text().strip() if isinstance(named, QLineEdit) else ""
        return typed or self.heading.text()

    def count_text(self, n: int) -> str:
        return self.tr("{0} records").format(n)

    def after_load(self) -> None:
        """The form was (re)loaded: enable buttons, fill side panels."""

    # -- construction --------------------------------------------------------------------------
    def __init__(self, ctx: AppContext, form: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.form = form
        self.current_id: str | None = None
        self.model: TableModel | None = None
        self._network: str | None = None
        self._snapshot: dict[str, Any] | None = None  # the form as loaded; None: no form open
        self._field_errors: list[QLabel] = []
        self._drafts_checked = False
        self._loading = False
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(150)
        self.debounce.timeout.connect(self.filters_changed)

        left = QWidget()
        ll = QVBoxLayout(left)
        self.search: QLineEdit | None = None
        self.count_label = QLabel()
        if self.search_placeholder is not None:
            self.search = QLineEdit()
            self.search.setPlaceholderText(self.search_placeholder)
            self.search.setClearButtonEnabled(True)
            self.search.textChanged.connect(lambda _t: self.debounce.start())
            search_row = QHBoxLayout()
            search_row.addWidget(self.search, 1)
            search_row.addWidget(self.count_label)  # beside the search: the filters get the whole width
            ll.addLayout(search_row)
        built = QHBoxLayout()
        self.build_filters(built)
        compact_combos(built)
        self.filter_row = FlowLayout()  # the filters go on to a next line when the list is narrow
        while built.count():
            item = built.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                self.filter_row.addWidget(widget)
        if self.search is None:
            self.filter_row.addWidget(self.count_label)
        ll.addLayout(self.filter_row)
        self.table = make_table()
        ll.addWidget(self.table, 1)
        self.empty = QLabel(self.empty_text)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: #666; padding: 16px;")
        ll.addWidget(self.empty)
        self.buttons = QHBoxLayout()
        self.new_button = self.add_button(self.tr("Nieuw"), self.new_record, "Ctrl+N")
        self.delete_button = self.add_button(self.tr("Verwijderen"), self.delete_record)
        self.buttons.addStretch(1)
        ll.addLayout(self.buttons)

        right = QWidget()
        rl = QVBoxLayout(right)
        self.heading = QLabel()
        self.heading.setObjectName("recordHeading")
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-size: 14pt; font-weight: 600;")
        rl.addWidget(self.heading)
        self.filtered_out = QLabel(self.tr("Dit record staat niet in de gefilterde lijst; je kan het hier verder "
                                           "bewerken."))
        self.filtered_out.setObjectName("muted")
        self.filtered_out.setWordWrap(True)
        self.filtered_out.hide()
        rl.addWidget(self.filtered_out)
        self.draft_bar = DraftBar(self.discard_draft)
        self.draft_label = self.draft_bar.label
        rl.addWidget(self.draft_bar)
        self.form_scroll = FormScroll()  # never sideways: labels go above the fields when it is narrow
        self.form_scroll.setWidget(form)
        rl.addWidget(self.form_scroll, 1)
        self.error = QLabel()
        self.error.setObjectName("formError")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        rl.addWidget(self.error)
        self.save_row = QHBoxLayout()
        self.files_button: QPushButton | None = None
        if self.files_owner:
            self.files_button = QPushButton(self.tr("Bestanden…"))
            self.files_button.setToolTip(self.tr("Getekende verklaringen, scans en verslagen bij dit record (Ctrl+Shift+B)"))
            self.files_button.clicked.connect(lambda _checked=False: self.open_files())
            self.save_row.addWidget(self.files_button)
            QShortcut(QKeySequence("Ctrl+Shift+B"), self, self.open_files)
        self.save_row.addStretch(1)
        self.save_button = QPushButton(self.tr("Bewaren"))
        self.save_button.setToolTip("Ctrl+S")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(lambda _checked=False: self.save())
        self.save_row.addWidget(self.save_button)
        rl.addLayout(self.save_row)

        self.split = QSplitter()
        self.split.setChildrenCollapsible(False)
        self.split.addWidget(left)
        self.split.addWidget(right)
        self.split.setStretchFactor(0, 1)
        self.split.setStretchFactor(1, 1)
        self._split_moved = False  # until the user drags the split, list and form keep `split_ratio`
        self.split.splitterMoved.connect(self._split_dragged)
        self.split.installEventFilter(self)
        self.place(self.split)

        QShortcut(QKeySequence.StandardKey.New, self, self.new_record)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        if self.search is not None:
            QShortcut(QKeySequence.StandardKey.Find, self, self.focus_search)
        self._set_form_open(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.split and event.type() == QEvent.Type.Resize and not self._split_moved:
            width = self.split.width()
            self.split.setSizes([width * part // sum(self.split_ratio) for part in self.split_ratio])
        return super().eventFilter(watched, event)

    def _split_dragged(self, _pos: int, _index: int) -> None:
        self._split_moved = True

    def place(self, split: QSplitter) -> None:
        """Lay the list and form out in this widget (a subclass may add views around them)."""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)

    def add_button(self, text: str, slot: Callable[[], Any], shortcut: str | None = None) -> QPushButton:
        button = QPushButton(text)
        if shortcut:
            button.setToolTip(shortcut)
        button.clicked.connect(lambda _checked=False: slot())
        self.buttons.addWidget(button)
        return button

    def focus_search(self) -> None:
        if self.search is not None:
            self.search.setFocus()
            self.search.selectAll()

    def _set_form_open(self, on: bool) -> None:
        self.form.setEnabled(on)
        self.save_button.setEnabled(on)
        self.delete_button.setEnabled(on and self.current_id is not None)
        if self.files_button is not None:
            self.files_button.setEnabled(on and self.current_id is not None)
            self._count_files()

    def _count_files(self) -> None:
        if self.files_button is None:
            return
        record_id, column = self.current_id, self.files_owner
        n = 0
        if record_id is not None and column and self.ctx.vault is not None:
            from app.services import documents

            n = ops.read(self.ctx, lambda s: documents.count_for(s, **{column: record_id}))
        self.files_button.setText(self.tr("Bestanden ({0})…").format(n) if n else self.tr("Bestanden…"))

    def open_files(self) -> QDialog | None:
        """The files of the record in the form (a saved one: a new record has none yet)."""
        if self.files_owner is None or self.current_id is None or self.ctx.vault is None:
            return None
        from ui.dialogs.documents_dialog import AttachmentsDialog, Owner

        owner = Owner(self.record_title(), **{self.files_owner: self.current_id})
        dialog = AttachmentsDialog(self.ctx, owner, self)
        dialog.finished.connect(lambda _r: self._count_files())
        dialog.open()
        return dialog

    # -- the list --------------------------------------------------------------------------------
    def refresh(self) -> None:
        if self.ctx.vault is None or not self.ctx.network_id:
            self.clear()
            return
        if self.model is None or self._network != self.ctx.network_id:
            if self._network is not None:  # another network: its records are not this one's (work was kept)
                self.current_id = None
                self._snapshot = None
                self._drafts_checked = False
                self.heading.clear()
                self.draft_bar.hide()
                self._set_form_open(False)
                self.clear_form()
            self._network = self.ctx.network_id
            self.model = TableModel(self.columns(), self.ctx.lang, source=self.paged_source())
            self.table.setModel(self.model)
            self.table.selectionModel().selectionChanged.connect(self._selected)
            self.model.rowsInserted.connect(lambda *_a: self._show_count())  # the exact count of a capped list
            self._size_columns()
        self.reload_list()
        if not self._drafts_checked:
            self._drafts_checked = True
            if self._open_newest_draft():
                return
        if self.current_id is not None and self._snapshot is not None:
            self._select_row(self.current_id)
        elif self._snapshot is None and self.model.rowCount():
            self.table.selectRow(0)

    def _size_columns(self) -> None:
        self.table.setColumnWidth(0, 240)

    def reload_list(self) -> None:
        if self.model is None or self.ctx.vault is None:
            return
        if self.model.source is not None:
            self.model.reload()
        else:
            self.model.set_rows(ops.read(self.ctx, self.list_rows))
        n = self._show_count()
        self.empty.setVisible(n == 0)
        self.empty.setText(self.filtered_empty_text if self.is_filtered() else self.empty_text)

    def _show_count(self) -> int:
        assert self.model is not None
        n = self.model.rowCount()
        if self.model.more:  # counted only so far as the user types (`CappedSource`)
            self.count_label.setText(self.tr("Meer dan {0}").format(self.count_text(n)))
            self.count_label.setToolTip(self.tr("Scroll naar het einde van de lijst voor het exacte aantal."))
        else:
            self.count_label.setText(self.count_text(n))
            self.count_label.setToolTip("")
        return n

    def filters_changed(self) -> None:
        self.reload_list()
        if self.current_id is not None:
            self._select_row(self.current_id)
        self._say_if_filtered_out()

    def _say_if_filtered_out(self) -> None:
        """The form shows a record the filters now leave out: say so rather than pretend it is listed
        (its typed work stays; `keep_work` keeps it as always)."""
        model = self.model
        gone = False
        if model is not None and self.current_id is not None and self._snapshot is not None:
            everything_loaded = model.source is None or model.rowCount() <= model.PAGE
            gone = everything_loaded and model.row_of(self.current_id) < 0
        self.filtered_out.setVisible(gone)

    def _select_row(self, record_id: str) -> None:
        if self.model is None:
            return
        row = self.model.row_of(record_id)
        self._loading = True
        try:
            if row >= 0:
                self.table.selectRow(row)
            else:
                self.table.clearSelection()
        finally:
            self._loading = False

    def _selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if self._loading or not indexes or self.model is None:
            return
        record_id = self.model.data(indexes[0], Qt.ItemDataRole.UserRole)
        if record_id and record_id != self.current_id:
            self.keep_work()  # an automatic save reloads the list and selects the saved record ...
            self._load(record_id)
            self._select_row(record_id)  # ... so the row the user chose is selected again

    def clear(self) -> None:
        """The vault was locked or the network left: no data stays on screen (`keep_work` first)."""
        self.table.setModel(None)
        self.model = None
        self._network = None
        self.current_id = None
        self._snapshot = None
        self._drafts_checked = False
        self.heading.clear()
        self.draft_bar.hide()
        self.filtered_out.hide()
        self.error.clear()
        self._clear_field_errors()
        self._set_form_open(False)
        self.clear_form()

    def clear_form(self) -> None:
        """Empty the form's widgets after locking (default: load it as a new record, offline)."""

    # -- the form --------------------------------------------------------------------------------
    def open_record(self, record_id: str) -> None:
        if record_id != self.current_id:
            self.keep_work()
        self._load(record_id)
        self._select_row(record_id)

    def _load(self, record_id: str | None, draft: drafts.Draft | None = None) -> None:
        if self.ctx.vault is None or not self.ctx.network_id:
            return
        self.error.clear()
        self._clear_field_errors()
        network_id = self.ctx.network_id
        try:
            with ops.reading(self.ctx) as session:
                heading = self.load_form(session, record_id)
                draft = draft or drafts.get(session, self.area, network_id, record_id)
        except VerbindError:  # gone meanwhile (deleted in another tab, erased)
            self.current_id = None
            self._snapshot = None
            self._set_form_open(False)
            return
        self.current_id = record_id
        self.heading.setText(heading)
        self.filtered_out.hide()
        self._set_form_open(True)
        self._snapshot = capture(self.form)
        self.draft_bar.show_draft(draft)
        if draft is not None:
            restore(self.form, draft.state)
        self.after_load()

    def new_record(self) -> None:
        if self.ctx.vault is None or not self.ctx.network_id:
            return
        self.keep_work()
        self.table.clearSelection()
        self._load(None)
        self.focus_first()

    def focus_first(self) -> None:
        named = getattr(self.form, self.title_widget, None)
        first = named if isinstance(named, QWidget) else next(
            (w for w in vars(self.form).values() if isinstance(w, QLineEdit)), None)
        if first is not None:
            first.setFocus()

    def dirty(self) -> bool:
        return self._snapshot is not None and self.form.isEnabled() and capture(self.form) != self._snapshot

    def save(self, announce: bool = True) -> bool:
        """Save the form through the service; True when it was written."""
        if self.ctx.vault is None or not self.ctx.network_id or self._snapshot is None:
            return False
        self.error.clear()
        self._clear_field_errors()
        try:
            values = self.form_values()
        except FieldError as exc:
            self.show_error(exc)
            return False
        old_id, network_id = self.current_id, self.ctx.network_id

        def work(session: ops.Session) -> str:
            record_id = self.save_values(session, old_id, values)
            drafts.discard(session, self.area, network_id, old_id)
            return record_id

        outcome = ops.write(self.ctx, work, changed=self.area, errors=self.show_error,
                            message=self.tr("Bewaard.") if announce else None)
        if not outcome.ok or outcome.value is None:
            return False
        self.reload_list()
        self._load(outcome.value)
        self._select_row(outcome.value)
        return True

    def keep_work(self) -> str | None:
        """Keep what the user typed before they leave the form: saved when valid, else a draft in
        the vault. Returns what happened, for the status bar (None: nothing to keep)."""
        if self.ctx.vault is None or not self.dirty():
            return None
        title = self.record_title() or self.tr("nieuw record")
        if self.save(announce=False):
            message = self.tr("Wijzigingen aan ‘{0}’ automatisch bewaard.").format(title)
        else:
            state, network_id, record_id = capture(self.form), self.ctx.network_id, self.current_id
            assert network_id is not None
            ops.write(self.ctx, lambda s: drafts.save(s, self.area, network_id, record_id, state, title))
            self._snapshot = state
            message = self.tr("‘{0}’ kon nog niet bewaard worden ({1}); je wijzigingen staan als concept in de kluis "
                              "en komen terug als je het record opent.").format(title, self.error.text())
        self.ctx.status_message.emit(message)
        return message

    def _open_newest_draft(self) -> bool:
        if self.ctx.vault is None or not self.ctx.network_id:
            return False
        network_id = self.ctx.network_id
        found = ops.read(self.ctx, lambda s: drafts.all_drafts(s, network_id, self.area))
        if not found:
            return False
        self._load(found[0].record_id, found[0])
        if found[0].record_id:
            self._select_row(found[0].record_id)
        return True

    def discard_draft(self) -> None:
        if self.ctx.vault is None or not self.ctx.network_id:
            return
        network_id, record_id = self.ctx.network_id, self.current_id
        ops.write(self.ctx, lambda s: drafts.discard(s, self.area, network_id, record_id))
        self._load(record_id)

    def delete_record(self) -> None:
        if self.ctx.vault is None or self.current_id is None:
            return
        answer = QMessageBox.question(self, self.tr("Verwijderen"), self.delete_question(),
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                                      QMessageBox.StandardButton.Cancel)
        if answer == QMessageBox.StandardButton.Yes:
            self.delete_current()

    def delete_current(self) -> None:
        record_id = self.current_id
        if record_id is None:
            return
        outcome = ops.write(self.ctx, lambda s: self.delete_values(s, record_id), changed=self.area,
                            errors=self.show_error, message=self.tr("Verwijderd."))
        if outcome.ok:
            self.current_id = None
            self._snapshot = None
            self.heading.clear()
            self.draft_bar.hide()
            self._set_form_open(False)
            self.reload_list()

    # -- errors beside their field -------------------------------------------------------------------
    def show_error(self, exc: BaseException) -> None:
        message = ops.describe(exc) if isinstance(exc, VerbindError) else str(exc)
        self.error.setText(message)
        field = getattr(exc, "field", None)
        name = self.field_widgets.get(field, field) if field else None
        widget = getattr(self.form, name, None) if name else None
        if not isinstance(widget, QWidget):
            return
        self.form_scroll.ensureWidgetVisible(widget)
        widget.setFocus()
        parent = widget.parentWidget()
        layout = parent.layout() if parent is not None else None
        if isinstance(layout, QFormLayout):
            row, _role = layout.getWidgetPosition(widget)
            if row >= 0:
                label = QLabel(message)
                label.setObjectName("fieldError")
                label.setWordWrap(True)
                label.setStyleSheet(ERROR_STYLE)
                layout.insertRow(row + 1, "", label)
                self._field_errors.append(label)

    def _clear_field_errors(self) -> None:
        for label in self._field_errors:
            parent = label.parentWidget()
            layout = parent.layout() if parent is not None else None
            if isinstance(layout, QFormLayout):
                layout.removeRow(label)
            else:
                label.deleteLater()
        self._field_errors.clear()
