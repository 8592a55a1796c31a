"""The main window: the welcome screen while locked, the tabs when a vault is open, a network
switcher (always shown, with "Nieuw netwerk…"), menus, status bar, and locking (Ctrl+L, idle
minutes, application suspended)."""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QFrame,
    QLabel,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QStackedWidget,
    QTabWidget,
    QToolBar,
)

from app.errors import DamagedVaultError
from app.io.open_copies import remove_open_copies
from ui import memory, ops
from ui.context import AppContext
from ui.geometry import fit_to_screen, remember
from ui.lock.idle import IdleWatcher
from ui.lock.welcome import WelcomePage
from ui.messages import explain
from ui.tabs import TAB_KEYS
from ui.workers import run_in_thread, wait_for_workers

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent

    from ui.dialogs.network_dialog import ArchivedNetworksDialog, NetworkDialog
    from ui.lock.create_dialog import CreateVaultDialog
    from ui.lock.unlock_dialog import UnlockDialog

TAB_TITLES = {
    "overview": ("Overzicht", "Overview"),
    "network": ("Netwerk", "Network"),
    "stakeholders": ("Stakeholders", "Stakeholders"),
    "ambassadors": ("Ambassadeurs", "Ambassadors"),
    "trajectories": ("Trajecten", "Trajectories"),
    "activities": ("Activiteiten & signalen", "Activities & signals"),
    "report": ("Jaarverslag", "Annual report"),
}


# optional dialogs built elsewhere: (module under ui.dialogs, menu text); each has open_dialog(ctx, parent)
DIALOGS = (
    ("import_wizard", QT_TRANSLATE_NOOP("MainWindow", "Importeren…")),
    ("export_dialog", QT_TRANSLATE_NOOP("MainWindow", "Exporteren…")),
    ("backup_dialog", QT_TRANSLATE_NOOP("MainWindow", "Reservekopie maken…")),
    ("restore_dialog", QT_TRANSLATE_NOOP("MainWindow", "Reservekopie terugzetten…")),
    ("audit_viewer", QT_TRANSLATE_NOOP("MainWindow", "Auditlogboek…")),
    ("privacy_dialog", QT_TRANSLATE_NOOP("MainWindow", "Privacy en toestemmingen…")),
    ("team_panel", QT_TRANSLATE_NOOP("MainWindow", "Teamuitwisseling…")),
    ("agenda_dialog", QT_TRANSLATE_NOOP("MainWindow", "Agenda exporteren…")),
    ("documents_dialog", QT_TRANSLATE_NOOP("MainWindow", "Documenten en afspraken…")),
    ("hub_dialog", QT_TRANSLATE_NOOP("MainWindow", "Cijfers naar de regionale hub…")),
)
# the switcher's entries after the networks: they open a dialog, the chosen network stays
NEW_NETWORK, ARCHIVED_NETWORKS = "::new-network", "::archived-networks"
DIALOG_SHORTCUTS = {"import_wizard": "Ctrl+I", "export_dialog": "Ctrl+E", "backup_dialog": "Ctrl+B",
                    "team_panel": "Ctrl+Shift+X"}


class LazyTabs(dict[str, Any]):
    """The tabs built so far; asking for another one builds it (`tabs["report"]`)."""

    def __init__(self, build: Callable[[str], Any]) -> None:
        super().__init__()
        self._build = build

    def __missing__(self, key: str) -> Any:
        tab = self._build(key)
        self[key] = tab
        return tab


def module_exists(name: str) -> bool:
    """True when the module is there to import (its parent packages too); import errors surface later."""
    parts = name.split(".")
    return all(importlib.util.find_spec(".".join(parts[:i])) is not None for i in range(1, len(parts) + 1))


def tab_key_for(name: str) -> str | None:
    """A tab key from a key or a Dutch/English tab title, case-insensitively ("Jaarverslag" → "report")."""
    wanted = name.strip().lower().replace("&&", "&")
    for key, (nl, en) in TAB_TITLES.items():
        if wanted in (key, nl.lower(), en.lower()) or (len(wanted) >= 4 and nl.lower().startswith(wanted)):
            return key
    return None


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext | None = None) -> None:
        super().__init__()
        self.ctx = ctx or AppContext()
        self.resize(1280, 800)
        self.pages: dict[str, QScrollArea] = {}
        self.tabs: dict[str, Any] = LazyTabs(self._make_tab)  # built tabs; others on first access
        self._stale: set[str] = set()
        self._reloading = False
        self.vault_actions: list[QAction] = []
        self.stack = QStackedWidget()
        self.welcome = self._new_welcome()
        self.tab_widget = QTabWidget()
        self.tab_widget.setDocumentMode(True)
        self._shown_key: str | None = None  # the tab the user is on (to keep its work when they leave)
        self.tab_widget.currentChanged.connect(lambda _i: self._tab_changed())
        self.stack.addWidget(self.welcome)
        self.stack.addWidget(self.tab_widget)
        self.setCentralWidget(self.stack)
        self._build_tabs()
        self._build_menus()
        self.network_box = QComboBox()
        self.network_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.network_box.setMinimumContentsLength(30)
        self.network_box.currentIndexChanged.connect(self._network_chosen)
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("networkBar")
        self.toolbar.setMovable(False)
        self.network_label = QLabel()
        self.network_label.setBuddy(self.network_box)
        self.toolbar.addWidget(self.network_label)
        self.toolbar.addWidget(self.network_box)
        self.addToolBar(self.toolbar)
        self.toolbar.hide()
        self.status_vault = QLabel()
        self.status_network = QLabel()
        self.status_idle = QLabel()
        for label in (self.status_vault, self.status_network, self.status_idle):
            self.statusBar().addPermanentWidget(label)
        self.ctx.status_message.connect(lambda text: self.statusBar().showMessage(text, 5000))
        self.ctx.navigate.connect(self.navigate)
        self.ctx.data_changed.connect(self._data_changed)
        self.ctx.network_changed.connect(self._warm_search)
        self.idle = IdleWatcher(self.ctx.settings.idle_lock_minutes, parent=self)
        # the daily automatic backup while a vault stays open (checked hourly; one per calendar day)
        self.backup_timer = QTimer(self)
        self.backup_timer.setInterval(60 * 60 * 1000)
        self.backup_timer.timeout.connect(lambda: self.auto_backup(force=False))
        self.idle.idle.connect(lambda: self.lock())
        app = QApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._app_state)
        self._retranslate_chrome()
        self._update_status()
        fit_to_screen(self, self.ctx.settings)

    # -- construction -------------------------------------------------------------------------
    def _new_welcome(self) -> WelcomePage:
        welcome = WelcomePage(self.ctx.settings.recent_vaults)
        welcome.open_path.connect(lambda p: self.unlock(Path(p)))
        welcome.create_requested.connect(self.create_vault)
        welcome.browse_requested.connect(self.browse_vault)
        welcome.demo_requested.connect(self.open_demo)
        welcome.join_requested.connect(self.join_team)
        return welcome

    def _build_tabs(self) -> None:
        """One page per area that exists; its Tab is built the first time it is needed (shown,
        navigated to or asked for), which keeps start-up quick."""
        for key in TAB_KEYS:
            name = f"ui.tabs.{key}.view"
            if not module_exists(name):
                continue  # that area is not built: no placeholder tabs
            # a scroll area lets the window shrink below a tab's minimum size (small screens, 125 %)
            page = QScrollArea()
            page.setObjectName(f"page_{key}")
            page.setWidgetResizable(True)
            page.setFrameShape(QFrame.Shape.NoFrame)
            self.pages[key] = page
            self.tab_widget.addTab(page, self.tab_title(key).replace("&", "&&"))

    def _make_tab(self, key: str) -> Any:
        page = self.pages.get(key)
        if page is None:
            raise KeyError(key)
        module = importlib.import_module(f"ui.tabs.{key}.view")  # a broken tab raises here, on purpose
        tab = module.Tab(self.ctx)
        page.setWidget(tab)
        memory.settle()  # the tab's widgets live as long as the window
        return tab

    def tab_title(self, key: str) -> str:
        nl, en = TAB_TITLES.get(key, (key, key))
        return en if self.ctx.lang == "en" else nl

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.vault_actions = []
        file_menu = bar.addMenu(self.tr("&Bestand"))
        self.act_new = file_menu.addAction(self.tr("&Nieuwe kluis…"), self.create_vault)
        self.act_open = file_menu.addAction(self.tr("Kluis &openen…"), self.browse_vault)
        self.act_open.setShortcut(QKeySequence("Ctrl+Shift+O"))
        self.act_join = file_menu.addAction(self.tr("&Deelnemen aan een team…"), self.join_team)
        file_menu.addSeparator()
        self.act_new_network = file_menu.addAction(self.tr("Nieuw ne&twerk…"), self.new_network)
        self.act_rename_network = file_menu.addAction(self.tr("Netwerk &hernoemen…"), self.rename_network)
        self.act_archive_network = file_menu.addAction(self.tr("Netwerk a&rchiveren…"), self.archive_network)
        self.act_archived_networks = file_menu.addAction(self.tr("&Gearchiveerde netwerken…"),
                                                         self.show_archived_networks)
        self.vault_actions += [self.act_new_network, self.act_rename_network, self.act_archive_network,
                               self.act_archived_networks]
        file_menu.addSeparator()
        self.act_lock = QAction(self.tr("&Vergrendelen"), self)
        self.act_lock.setShortcut(QKeySequence("Ctrl+L"))
        self.act_lock.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.act_lock.triggered.connect(lambda: self.lock())
        file_menu.addAction(self.act_lock)
        self.addAction(self.act_lock)  # the shortcut works wherever the focus is, menu bar or not
        self.act_passphrase = file_menu.addAction(self.tr("&Wachtwoordzin wijzigen…"), self.change_passphrase)
        self.act_rekey = file_menu.addAction(self.tr("Opnieuw &versleutelen…"), self.rekey_vault)
        self.act_sheet = file_menu.addAction(self.tr("&Herstelblad opnieuw afdrukken…"), self.reprint_sheet)
        self.vault_actions += [self.act_lock, self.act_passphrase, self.act_rekey, self.act_sheet]
        file_menu.addSeparator()
        self.act_quit = file_menu.addAction(self.tr("&Afsluiten"), self.close)
        self.act_quit.setShortcut(QKeySequence("Ctrl+Q"))
        extra = bar.addMenu(self.tr("E&xtra"))
        self.act_settings = extra.addAction(self.tr("&Instellingen…"), self.open_settings)
        self.act_settings.setShortcut(QKeySequence("Ctrl+,"))
        present = [(m, t) for m, t in DIALOGS if module_exists(f"ui.dialogs.{m}")]
        if present:
            extra.addSeparator()
        for module, text in present:
            action = extra.addAction(QCoreApplication.translate("MainWindow", str(text)), self._dialog_opener(module))
            if module in DIALOG_SHORTCUTS:
                action.setShortcut(QKeySequence(DIALOG_SHORTCUTS[module]))
            self.vault_actions.append(action)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.tr("&Over Verbind"), self.about)
        self._enable_vault_actions()

    def _enable_vault_actions(self) -> None:
        for action in self.vault_actions:
            action.setEnabled(self.ctx.vault is not None)

    def _retranslate_chrome(self) -> None:
        self.toolbar.setWindowTitle(self.tr("Netwerk"))
        self.network_label.setText(self.tr("&Netwerk: "))
        self._update_title()

    def _update_title(self) -> None:
        vault = self.ctx.vault
        self.setWindowTitle(f"{vault.path.name} — Verbind" if vault is not None else "Verbind")

    def retranslate(self) -> None:
        """Switch language at runtime: new translators, then menus, tabs and welcome rebuilt."""
        from ui import i18n

        i18n.install(self.ctx.lang)
        current = self.current_tab_key()
        self.menuBar().clear()
        self._build_menus()
        self.tab_widget.blockSignals(True)
        while self.tab_widget.count():
            widget = self.tab_widget.widget(0)
            self.tab_widget.removeTab(0)
            if widget is not None:
                widget.deleteLater()
        self.tabs.clear()
        self.pages.clear()
        self._build_tabs()
        self.tab_widget.blockSignals(False)
        old, self.welcome = self.welcome, self._new_welcome()
        self.stack.insertWidget(0, self.welcome)
        self.stack.removeWidget(old)
        old.deleteLater()
        self._retranslate_chrome()
        self._update_status()
        if self.ctx.vault is not None:
            self._load_networks()  # the switcher's own entries ("Nieuw netwerk…") in the new language
            self.refresh_all()
            if current:
                self.select_tab(current)
        else:
            self.stack.setCurrentWidget(self.welcome)

    def current_tab_key(self) -> str | None:
        widget = self.tab_widget.currentWidget()
        return next((k for k, page in self.pages.items() if page is widget), None)

    def _dialog_opener(self, module: str) -> Callable[[], None]:
        def open_it() -> None:
            if self.ctx.vault is not None:
                importlib.import_module(f"ui.dialogs.{module}").open_dialog(self.ctx, self)

        return open_it

    # -- dialogs --------------------------------------------------------------------------------
    def open_settings(self) -> None:
        from ui.settings_dialog import SettingsDialog

        before = (self.ctx.settings.language, self.ctx.settings.year_mode)
        dialog = SettingsDialog(self.ctx.settings, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.idle.minutes = self.ctx.settings.idle_lock_minutes
        if self.ctx.settings.language != before[0]:
            self.retranslate()
            return
        self._update_status()
        if self.ctx.vault is not None and self.ctx.settings.year_mode != before[1]:
            self.refresh_all()

    def change_passphrase(self) -> None:
        from ui.lock.change_dialog import ChangePassphraseDialog

        if self.ctx.vault is None:
            return
        if ChangePassphraseDialog(self.ctx.vault, self).exec() == QDialog.DialogCode.Accepted:
            self.statusBar().showMessage(self.tr("De wachtwoordzin is gewijzigd."), 5000)

    def reprint_sheet(self) -> Any:
        if self.ctx.vault is None:
            return None
        from ui.lock.recovery_sheet_dialog import RecoverySheetDialog

        dialog = RecoverySheetDialog(self.ctx.vault.path, self.ctx.lang, self)
        dialog.open()
        return dialog

    def rekey_vault(self) -> None:
        """A new data key for the open vault: closed while it is re-encrypted, then opened again."""
        from ui.lock.rekey_dialog import RekeyDialog

        if self.ctx.vault is None:
            return
        dialog = RekeyDialog(self.ctx.vault, lambda: self.lock(ask_unlock=False), self)
        dialog.opened.connect(self.vault_opened)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.statusBar().showMessage(self.tr("De kluis is opnieuw versleuteld met een nieuwe sleutel."), 5000)

    def about(self) -> None:
        from ui.about import AboutDialog

        AboutDialog(self).exec()

    # -- vault lifecycle ------------------------------------------------------------------------
    def create_vault(self) -> None:
        # imported when asked for (also by ui.preload, in the background): not on the first window's path
        from ui.lock.create_dialog import CreateVaultDialog

        self._new_vault(CreateVaultDialog)

    def join_team(self) -> None:
        """A field worker's first step: an own vault from the lead's invitation."""
        from ui.lock.join_dialog import JoinTeamDialog

        self._new_vault(JoinTeamDialog)

    def _new_vault(self, dialog_class: type[CreateVaultDialog]) -> None:
        """Close the open vault, then make a new one with `dialog_class`; it opens when made."""
        if self.ctx.vault is not None:
            self.lock(ask_unlock=False)
        dialog = dialog_class(self, lang=self.ctx.lang)
        dialog.created.connect(self.vault_opened)
        dialog.exec()

    def browse_vault(self) -> None:
        start = self.ctx.settings.recent_vaults[0] if self.ctx.settings.recent_vaults else str(Path.home())
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Kluis openen"), str(Path(start).parent),
                                              self.tr("Verbind-kluis (*.verbind);;Alle bestanden (*)"))
        if name:
            if self.ctx.vault is not None:
                self.lock(ask_unlock=False)
            self.unlock(Path(name))

    def unlock(self, path: Path) -> UnlockDialog:
        """Show the unlock dialog for `path` (window-modal, so the welcome screen stays behind it)."""
        from ui.lock.unlock_dialog import UnlockDialog

        dialog = UnlockDialog(path, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.unlocked.connect(self.vault_opened)
        dialog.damaged.connect(self.vault_refused)
        dialog.open()
        return dialog

    def open_demo(self) -> None:
        """Open the demo vault with its known passphrase, creating it first (once) when missing."""
        from app.config import demo_vault_path
        from app.demo import DEMO_PASSPHRASE, create_demo_vault
        from app.vault import Vault

        if self.ctx.vault is not None:
            self.lock(ask_unlock=False)
        path = demo_vault_path()
        creating = not path.exists()
        self.welcome.set_busy(self.tr("De demokluis wordt gemaakt (eenmalig, even geduld)…") if creating
                              else self.tr("De demokluis wordt geopend…"))

        def work() -> Vault:
            if path.exists():
                return Vault.open(path, DEMO_PASSPHRASE)
            return create_demo_vault(path)[0]

        def done(vault: Vault) -> None:
            self.welcome.set_busy(None)
            self.vault_opened(vault)

        def failed(exc: BaseException) -> None:
            self.welcome.set_busy(None)
            QMessageBox.warning(self, self.tr("Demokluis"), explain(exc, path))

        run_in_thread(work, done, failed, context=self)

    def vault_opened(self, vault: Any) -> None:
        try:
            self._show_vault(vault)
        except DamagedVaultError:
            try:
                vault.wait_verified()  # a write waited for the page check of the unlock, and failed with it
            except DamagedVaultError:
                return  # the unlock dialog says so next, and `vault_refused` takes the views down
            raise

    def _show_vault(self, vault: Any) -> None:
        self.ctx.vault = vault
        self.ctx.settings.add_recent(vault.path)
        self.ctx.settings.save()
        self.welcome.set_recent(self.ctx.settings.recent_vaults)
        self._load_networks()
        self.stack.setCurrentWidget(self.tab_widget)
        self.toolbar.setVisible(True)  # also with one network: "Nieuw netwerk…" lives in it
        self._enable_vault_actions()
        self._update_title()
        self._update_status()
        self.idle.minutes = self.ctx.settings.idle_lock_minutes
        self.idle.start()
        self.backup_timer.start()
        self.refresh_all()
        memory.settle()  # no full collection walks the modules and widgets made until now

    def vault_refused(self, vault: Any) -> None:
        """The vault just opened failed its page check (see `UnlockDialog`), before anything of it
        was painted: back to the welcome screen, without the backup and the drafts of a lock (the
        unlock dialog closes the vault and says why)."""
        if self.ctx.vault is not vault:
            return
        self.idle.stop()
        self.backup_timer.stop()
        for tab in self.tabs.values():
            tab.clear()
        self.ctx.vault = None
        self.ctx.network_id = None
        self._show_welcome()

    def _show_welcome(self) -> None:
        """The window without a vault: views and switcher empty, the welcome screen shown."""
        memory.release()  # no record kept in memory by the collector's freeze
        self.network_box.blockSignals(True)
        self.network_box.clear()
        self.network_box.blockSignals(False)
        self.toolbar.hide()
        self._stale = set(self.pages)
        self.stack.setCurrentWidget(self.welcome)
        self._enable_vault_actions()
        self._update_title()
        self._update_status()
        self.ctx.locked.emit()

    def auto_backup(self, force: bool, vault: Any = None) -> None:
        """The automatic, verified backup (Settings: on by default); a failure is shown, never raised."""
        vault = vault or self.ctx.vault
        if vault is None or not self.ctx.settings.auto_backup:
            return
        from app.vault.autobackup import auto_backup

        result = auto_backup(vault, force=force)
        if result.error:
            self.statusBar().showMessage(self.tr("De automatische reservekopie is mislukt: {0}. Maak er een via "
                                                 "Extra → Reservekopie maken.").format(result.error), 15000)
        elif result.path is not None:
            self.statusBar().showMessage(self.tr("Automatische reservekopie gemaakt en gecontroleerd."), 5000)

    def _update_status(self) -> None:
        vault = self.ctx.vault
        if vault is None:
            self.status_vault.setText(self.tr("Geen kluis open"))
            self.status_network.clear()
            self.status_idle.clear()
            return
        self.status_vault.setText(self.tr("Kluis: {0}").format(vault.path.name))
        self.status_vault.setToolTip(str(vault.path))
        self.status_network.setText(self.tr("Netwerk: {0}").format(self.network_box.currentText()))
        minutes = self.ctx.settings.idle_lock_minutes
        self.status_idle.setText(self.tr("Vergrendeld na {0} min inactiviteit").format(minutes) if minutes > 0
                                 else self.tr("Automatisch vergrendelen staat uit"))

    def _load_networks(self) -> None:
        """Fill the switcher: the networks in use by name, then "Nieuw netwerk…" (and "Gearchiveerde
        netwerken…" when there are any). The network shown stays chosen while it is in the list."""
        assert self.ctx.vault is not None
        from app.services.network import network_choices, network_rows

        default = self.tr("Mijn netwerk")
        choices = ops.write(self.ctx, lambda s: network_choices(s, default)).value or []
        archived = sum(1 for row in ops.read(self.ctx, network_rows) if row.archived)
        self.network_box.blockSignals(True)
        self.network_box.clear()
        for nid, name in choices:
            self.network_box.addItem(name, nid)
        self.network_box.insertSeparator(self.network_box.count())
        self.network_box.addItem(self.tr("Nieuw netwerk…"), NEW_NETWORK)
        if archived:
            self.network_box.addItem(self.tr("Gearchiveerde netwerken ({0})…").format(archived), ARCHIVED_NETWORKS)
        index = next((i for i in (self.network_box.findData(n) for n in (self.ctx.network_id,
                                                                          self.ctx.settings.last_network_id) if n)
                      if i >= 0), 0)
        self.network_box.setCurrentIndex(index)
        self.network_box.blockSignals(False)
        self.ctx.set_network(self.network_box.currentData())

    def reload_networks(self) -> None:
        """After a network was added, renamed, archived or brought back (here, in the Netwerk tab or
        by an exchange). When the network shown left the list, the typed work is kept first and the
        window moves to the first network in use."""
        from app.services.network import network_choices

        if self.ctx.vault is None or self._reloading:
            return
        self._reloading = True
        try:
            before = self.ctx.network_id
            still_there = ops.read(self.ctx, lambda s: before in {n for n, _name in network_choices(s)})
            if before and not still_there:
                self.keep_all_work()
            self._load_networks()
        finally:
            self._reloading = False
        self.toolbar.setVisible(True)
        self._update_status()
        if self.ctx.network_id != before:
            self.ctx.settings.last_network_id = self.ctx.network_id
            self.ctx.settings.save()
            self.refresh_all()

    def _network_chosen(self, index: int) -> None:
        if index < 0 or self.ctx.vault is None:
            return
        chosen = self.network_box.itemData(index)
        if chosen in (NEW_NETWORK, ARCHIVED_NETWORKS):
            self._show_current_network()  # cancelling the dialog leaves the switcher as it was
            if chosen == NEW_NETWORK:
                self.new_network()
            else:
                self.show_archived_networks()
            return
        self.keep_all_work()
        self.ctx.set_network(chosen)
        self.ctx.settings.last_network_id = self.ctx.network_id
        self.ctx.settings.save()
        self._update_status()
        self.refresh_all()

    def _warm_search(self, network_id: str) -> None:
        """A network is shown: its stakeholders' search pages are read in the background, so the
        first keystrokes in the list do not wait for them (#20; `Vault.warm_search`)."""
        vault = self.ctx.vault
        if vault is None:
            return
        # a failure here only loses the head start; the list's own read reports any real problem
        run_in_thread(lambda: vault.warm_search(network_id), lambda _done: None, lambda _exc: None, context=self)

    def _show_current_network(self) -> None:
        self.network_box.blockSignals(True)
        self.network_box.setCurrentIndex(max(0, self.network_box.findData(self.ctx.network_id)))
        self.network_box.blockSignals(False)

    def switch_network(self, network_id: str) -> None:
        """Show `network_id` (through the switcher, so the typed work is kept as on any switch)."""
        index = self.network_box.findData(network_id)
        if index < 0:
            self.reload_networks()
            index = self.network_box.findData(network_id)
        if index >= 0 and network_id != self.ctx.network_id:
            self.network_box.setCurrentIndex(index)

    # -- networks: new, rename, archive, bring back ----------------------------------------------------
    def new_network(self) -> NetworkDialog | None:
        """Bestand → Nieuw netwerk… (or the switcher's entry): name and kind; the window then shows it."""
        from ui.dialogs.network_dialog import NetworkDialog

        if self.ctx.vault is None:
            return None
        dialog = NetworkDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self.switch_network)
        dialog.open()
        return dialog

    def rename_network(self) -> NetworkDialog | None:
        """Bestand → Netwerk hernoemen… (the Netwerk tab's name field does the same)."""
        from ui.dialogs.network_dialog import NetworkDialog

        if self.ctx.vault is None or not self.ctx.network_id:
            return None
        self.keep_all_work()  # the Netwerk tab's typed profile is kept before its name changes
        dialog = NetworkDialog(self.ctx, self, self.ctx.network_id, self.network_box.currentText())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda _nid: self.refresh_all())
        dialog.open()
        return dialog

    def archive_network(self) -> bool:
        """Ask, then archive the network shown; the window moves to another network in use."""
        from app.services import network as service

        network_id, name = self.ctx.network_id, self.network_box.currentText()
        if self.ctx.vault is None or not network_id:
            return False
        title = self.tr("Netwerk archiveren")
        refusal = ops.read(self.ctx, lambda s: service.archive_refusal(s, network_id))
        if refusal:
            QMessageBox.information(self, title, refusal)
            return False
        answer = QMessageBox.question(
            self, title, self.tr("Netwerk ‘{0}’ archiveren? Het verdwijnt uit de keuzelijst; gegevens en verslagen "
                                 "blijven bewaard.").format(name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self.keep_all_work()
        outcome = ops.write(self.ctx, lambda s: service.archive_network(s, network_id), changed="network",
                            errors=lambda exc: QMessageBox.warning(self, title, ops.describe(exc)),
                            message=self.tr("Netwerk ‘{0}’ gearchiveerd. Terughalen kan via Bestand → Gearchiveerde "
                                            "netwerken…").format(name))
        return outcome.ok

    def show_archived_networks(self) -> ArchivedNetworksDialog | None:
        """Bestand → Gearchiveerde netwerken… (or the switcher's entry): bring one back and show it."""
        from ui.dialogs.network_dialog import ArchivedNetworksDialog

        if self.ctx.vault is None:
            return None
        dialog = ArchivedNetworksDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.restored.connect(self.switch_network)
        dialog.open()
        return dialog

    def refresh_all(self) -> None:
        """Refresh the visible tab now; the others when they are shown (keeps start-up quick)."""
        self._stale = set(self.pages)
        self._refresh_current()

    def _data_changed(self, kind: str) -> None:
        current = self.current_tab_key()
        self._stale = {k for k in self.pages if k != current}
        if kind == "network":
            self.reload_networks()
        if current == "overview" and self.ctx.vault is not None:
            self.tabs["overview"].refresh()  # a dialog changed data while the dashboard is shown

    def keep_all_work(self) -> list[str]:
        """Before the user's view goes away (lock, network switch, quit): every form's typed work
        is saved, or kept as a draft in the vault when it is not valid yet. Never asks, never waits."""
        said: list[str] = []
        if self.ctx.vault is None:
            return said
        keepers = [tab for tab in self.tabs.values() if hasattr(tab, "keep_work")]
        keepers += [d for d in self.findChildren(QDialog) if d.isVisible() and hasattr(d, "keep_work")]
        for keeper in keepers:
            message = keeper.keep_work()
            if message:
                said.append(message)
        return said

    def _tab_changed(self) -> None:
        left = self._shown_key
        self._shown_key = self.current_tab_key()
        if left is not None and left != self._shown_key and left in self.tabs and self.ctx.vault is not None:
            tab = self.tabs[left]
            if hasattr(tab, "keep_work"):
                tab.keep_work()
        self._refresh_current()

    def _refresh_current(self) -> None:
        key = self.current_tab_key()
        if key is not None and key in self._stale and self.ctx.vault is not None:
            self._stale.discard(key)
            self.tabs[key].refresh()

    def select_tab(self, key: str) -> bool:
        page = self.pages.get(key)
        if page is None:
            return False
        self.tab_widget.setCurrentWidget(page)
        return True

    def navigate(self, key: str, record_id: str) -> None:
        if self.select_tab(key) and record_id:
            self.tabs[key].open_record(record_id)

    def lock(self, ask_unlock: bool = True) -> None:
        """Drop the key: close data dialogs, clear every view, close the vault, show the welcome
        screen (and the unlock dialog for the same vault)."""
        vault = self.ctx.vault
        if vault is None:
            return
        self.idle.stop()
        kept = self.keep_all_work()
        for dialog in self.findChildren(QDialog):
            if dialog.isVisible():
                dialog.reject()  # an open record dialog must not keep data on screen
        for tab in self.tabs.values():
            tab.clear()
        self.backup_timer.stop()
        self.auto_backup(force=False, vault=vault)  # today's backup, if none yet
        self.ctx.vault = None
        self.ctx.network_id = None
        vault.close()
        remove_open_copies()  # opened attachments: no readable copy outlives the lock
        self._show_welcome()
        self.statusBar().showMessage(self.tr("Vergrendeld: de kluis is gesloten en de sleutel gewist.")
                                     + (" " + " ".join(kept) if kept else ""), 15000 if kept else 5000)
        if ask_unlock:
            self.unlock(vault.path)

    def _app_state(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationSuspended:
            self.lock()

    def shutdown(self) -> None:
        """Close the vault (checkpoint, key dropped) when the window closes or the app quits."""
        wait_for_workers()
        vault = self.ctx.vault
        if vault is not None:
            self.keep_all_work()
            for tab in self.tabs.values():
                tab.clear()
            self.backup_timer.stop()
            self.auto_backup(force=True, vault=vault)  # on close: a fresh verified backup
            self.ctx.vault = None
            vault.close()
        remove_open_copies()
        self.idle.stop()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        remember(self, self.ctx.settings)
        self.shutdown()
        event.accept()


__all__ = ["DIALOGS", "TAB_TITLES", "MainWindow", "module_exists", "tab_key_for"]
