"""The main window: welcome screen while locked, the tabs when a vault is open, a network switcher,
menus, status bar, and locking (Ctrl+L, idle minutes, application suspended)."""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QTabWidget,
    QToolBar,
)
from sqlalchemy import select

from app import __version__
from app.domain import Network
from ui.context import AppContext
from ui.lock.dialogs import CreateVaultDialog, UnlockDialog
from ui.lock.idle import IdleWatcher
from ui.lock.welcome import WelcomePage
from ui.messages import explain
from ui.tabs import TAB_KEYS
from ui.workers import run_in_thread

DIALOGS = (("import_wizard", "Importeren…"), ("export_dialog", "Exporteren…"), ("backup_dialog", "Reservekopie maken…"),
           ("restore_dialog", "Reservekopie terugzetten…"), ("audit_viewer", "Auditlogboek…"),
           ("team_panel", "Teamuitwisseling…"))


def _module_exists(name: str) -> bool:
    """True when the module can be imported (its parent packages exist too)."""
    parts = name.split(".")
    return all(importlib.util.find_spec(".".join(parts[:i])) is not None for i in range(1, len(parts) + 1))


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext | None = None) -> None:
        super().__init__()
        self.ctx = ctx or AppContext()
        self.setWindowTitle("Verbind")
        self.resize(1280, 800)
        self.tabs: dict[str, Any] = {}
        self.stack = QStackedWidget()
        self.welcome = WelcomePage(self.ctx.settings.recent_vaults)
        self._connect_welcome(self.welcome)
        self.tab_widget = QTabWidget()
        self.tab_widget.setDocumentMode(True)
        self.tab_widget.currentChanged.connect(lambda _i: self._refresh_current())
        self.stack.addWidget(self.welcome)
        self.stack.addWidget(self.tab_widget)
        self.setCentralWidget(self.stack)
        self._build_tabs()
        self._build_menus()
        self.network_box = QComboBox()
        self.network_box.setMinimumWidth(320)
        self.network_box.currentIndexChanged.connect(self._network_chosen)
        self.toolbar = QToolBar(self.tr("Netwerk"))
        self.toolbar.setMovable(False)
        self.network_label = QLabel(self.tr("Netwerk: "))
        self.toolbar.addWidget(self.network_label)
        self.toolbar.addWidget(self.network_box)
        self.addToolBar(self.toolbar)
        self.toolbar.hide()
        self.status_vault = QLabel()
        self.statusBar().addPermanentWidget(self.status_vault)
        self.ctx.status_message.connect(lambda text: self.statusBar().showMessage(text, 4000))
        self.ctx.navigate.connect(self.navigate)
        self.ctx.data_changed.connect(self._mark_stale)
        self.idle = IdleWatcher(self.ctx.settings.idle_lock_minutes, parent=self)
        self.idle.idle.connect(self.lock)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.idle)
            if isinstance(app, QGuiApplication):
                app.applicationStateChanged.connect(self._app_state)

    # -- construction -------------------------------------------------------------------------
    def _connect_welcome(self, welcome: WelcomePage) -> None:
        welcome.open_path.connect(lambda p: self.unlock(Path(p)))
        welcome.create_requested.connect(self.create_vault)
        welcome.browse_requested.connect(self.browse_vault)
        welcome.demo_requested.connect(self.open_demo)

    def _build_tabs(self) -> None:
        for key in TAB_KEYS:
            name = f"ui.tabs.{key}.view"
            if not _module_exists(name):
                continue  # that area is not built yet: no placeholder tabs
            module = importlib.import_module(name)
            tab = module.Tab(self.ctx)
            self.tabs[key] = tab
            self.tab_widget.addTab(tab, module.title(self.ctx.lang).replace("&", "&&"))

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&Bestand"))
        self.act_new = file_menu.addAction(self.tr("Nieuwe kluis…"), self.create_vault)
        self.act_open = file_menu.addAction(self.tr("Kluis openen…"), self.browse_vault)
        file_menu.addSeparator()
        self.act_lock = QAction(self.tr("Vergrendelen"), self)
        self.act_lock.setShortcut(QKeySequence("Ctrl+L"))
        self.act_lock.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.act_lock.triggered.connect(self.lock)
        file_menu.addAction(self.act_lock)
        file_menu.addSeparator()
        quit_action = file_menu.addAction(self.tr("Afsluiten"), self.close)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        extra = bar.addMenu(self.tr("E&xtra"))
        self.act_settings = extra.addAction(self.tr("Instellingen…"), self.open_settings)
        extra.addSeparator()
        for module, text in DIALOGS:
            if _module_exists(f"ui.dialogs.{module}"):
                extra.addAction(self.tr(text), self._dialog_opener(module))
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.tr("Over Verbind"), self.about)

    def open_settings(self) -> None:
        from ui.settings_dialog import SettingsDialog

        before = self.ctx.settings.language
        if SettingsDialog(self.ctx.settings, self).exec() == SettingsDialog.DialogCode.Accepted:
            self.idle.minutes = self.ctx.settings.idle_lock_minutes
            if self.ctx.settings.language != before:
                self.retranslate()
            elif self.ctx.vault is not None:
                self.refresh_all()

    def retranslate(self) -> None:
        """Switch language at runtime: new translators, then menus and tabs rebuilt in the new language."""
        from ui import i18n

        i18n.install(self.ctx.lang)
        current = self.current_tab_key()
        self.menuBar().clear()
        self._build_menus()
        while self.tab_widget.count():
            widget = self.tab_widget.widget(0)
            self.tab_widget.removeTab(0)
            if widget is not None:
                widget.deleteLater()
        self.tabs.clear()
        self._build_tabs()
        self.toolbar.setWindowTitle(self.tr("Netwerk"))
        self.network_label.setText(self.tr("Netwerk: "))
        welcome = WelcomePage(self.ctx.settings.recent_vaults)
        self._connect_welcome(welcome)
        self.stack.insertWidget(0, welcome)
        old = self.welcome
        self.welcome = welcome
        self.stack.removeWidget(old)
        old.deleteLater()
        if self.ctx.vault is not None:
            self._update_status()
            self.refresh_all()
            if current:
                self.select_tab(current)
        else:
            self.stack.setCurrentWidget(self.welcome)

    def current_tab_key(self) -> str | None:
        widget = self.tab_widget.currentWidget()
        return next((k for k, t in self.tabs.items() if t is widget), None)

    def _dialog_opener(self, module: str) -> Callable[[], None]:
        def open_it() -> None:
            if self.ctx.vault is not None:
                importlib.import_module(f"ui.dialogs.{module}").open_dialog(self.ctx, self)

        return open_it

    # -- vault lifecycle ------------------------------------------------------------------------
    def create_vault(self) -> None:
        dialog = CreateVaultDialog(self)
        dialog.created.connect(self.vault_opened)
        dialog.exec()

    def browse_vault(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Kluis openen"), str(Path.home()),
                                              self.tr("Verbind-kluis (*.verbind)"))
        if name:
            self.unlock(Path(name))

    def unlock(self, path: Path) -> UnlockDialog:
        dialog = UnlockDialog(path, self)
        dialog.unlocked.connect(self.vault_opened)
        dialog.open()
        return dialog

    def open_demo(self) -> None:
        from app.config import demo_vault_path
        from app.demo import DEMO_PASSPHRASE, create_demo_vault
        from app.vault import Vault

        path = demo_vault_path()
        self.statusBar().showMessage(self.tr("Demokluis wordt geopend…"))
        self.welcome.setEnabled(False)

        def work() -> Vault:
            if path.exists():
                return Vault.open(path, DEMO_PASSPHRASE)
            return create_demo_vault(path)[0]

        def failed(exc: BaseException) -> None:
            self.welcome.setEnabled(True)
            QMessageBox.warning(self, self.tr("Demokluis"), explain(exc, path))

        run_in_thread(work, self._demo_opened, failed)

    def _demo_opened(self, vault: Any) -> None:
        self.welcome.setEnabled(True)
        self.statusBar().clearMessage()
        self.vault_opened(vault)

    def vault_opened(self, vault: Any) -> None:
        self.ctx.vault = vault
        self.ctx.settings.add_recent(vault.path)
        self.ctx.settings.save()
        self.welcome.set_recent(self.ctx.settings.recent_vaults)
        self._load_networks()
        self.stack.setCurrentWidget(self.tab_widget)
        self.toolbar.setVisible(self.network_box.count() > 1)
        self._update_status()
        self.idle.minutes = self.ctx.settings.idle_lock_minutes
        self.idle.start()
        self.refresh_all()

    def _update_status(self) -> None:
        assert self.ctx.vault is not None
        self.status_vault.setText(self.tr("Kluis: {0}  ·  vergrendelt na {1} min inactiviteit").format(
            self.ctx.vault.path.name, self.ctx.settings.idle_lock_minutes))

    def _load_networks(self) -> None:
        assert self.ctx.vault is not None
        with self.ctx.session() as session:
            nets = session.scalars(select(Network).where(Network.deleted_at.is_(None)).order_by(Network.name)).all()
            choices = [(n.id, n.name) for n in nets]
            if not choices:
                from app.services.network import create_network

                net = create_network(session, self.tr("Mijn netwerk"))
                session.commit()
                choices = [(net.id, net.name)]
        self.network_box.blockSignals(True)
        self.network_box.clear()
        for nid, name in choices:
            self.network_box.addItem(name, nid)
        wanted = self.ctx.settings.last_network_id
        index = self.network_box.findData(wanted)
        self.network_box.setCurrentIndex(index if index >= 0 else 0)
        self.network_box.blockSignals(False)
        self.ctx.set_network(self.network_box.currentData())

    def _network_chosen(self, index: int) -> None:
        if index < 0 or self.ctx.vault is None:
            return
        self.ctx.set_network(self.network_box.itemData(index))
        self.ctx.settings.last_network_id = self.ctx.network_id
        self.ctx.settings.save()
        self.refresh_all()

    def refresh_all(self) -> None:
        """Refresh the visible tab now; the others when they are shown (keeps start-up quick)."""
        self._stale = set(self.tabs)
        self._refresh_current()

    def _mark_stale(self, _kind: str) -> None:
        current = self.current_tab_key()
        self._stale = {k for k in self.tabs if k != current}

    def _refresh_current(self) -> None:
        key = self.current_tab_key()
        if key is not None and key in getattr(self, "_stale", set()) and self.ctx.vault is not None:
            self._stale.discard(key)
            self.tabs[key].refresh()

    def select_tab(self, key: str) -> bool:
        tab = self.tabs.get(key)
        if tab is None:
            return False
        self.tab_widget.setCurrentWidget(tab)
        return True

    def navigate(self, key: str, record_id: str) -> None:
        if self.select_tab(key):
            self.tabs[key].open_record(record_id)

    def lock(self) -> None:
        """Drop the key: clear every view, close the vault, show the welcome/unlock screen."""
        vault = self.ctx.vault
        if vault is None:
            return
        self.idle.stop()
        for tab in self.tabs.values():
            tab.clear()
        self.ctx.vault = None
        vault.close()
        self.network_box.clear()
        self.toolbar.hide()
        self.status_vault.clear()
        self.stack.setCurrentWidget(self.welcome)
        self.ctx.locked.emit()
        self.statusBar().showMessage(self.tr("Vergrendeld."), 4000)
        self.unlock(vault.path)

    def _app_state(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationSuspended:
            self.lock()

    def about(self) -> None:
        QMessageBox.about(self, self.tr("Over Verbind"),
                          self.tr("<b>Verbind {0}</b><br>Voor wie ambassadeursnetwerken trekt: stakeholders, "
                                  "ambassadeurs, trajecten en het jaarverslag. Alle gegevens staan versleuteld "
                                  "op deze laptop.").format(__version__))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.ctx.vault is not None:
            for tab in self.tabs.values():
                tab.clear()
            self.ctx.vault.close()
            self.ctx.vault = None
        event.accept()


