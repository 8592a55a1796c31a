"""pytest-qt: `verbind` / `verbind gui` start the GUI the right way, `verbind screenshot` writes a
PNG, and the welcome screen's demo button creates the demo vault once and opens it."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from app.cli import main
from app.config import Settings, demo_vault_path
from app.demo import DEMO_PASSPHRASE, create_demo_vault
from app.vault.keyfile import key_path_for
from ui.context import AppContext
from ui.main_window import MainWindow


@pytest.fixture(scope="module")
def demo_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One demo vault per module (creating it takes a moment); tests copy it."""
    path = tmp_path_factory.mktemp("demo") / "demo.verbind"
    vault, _ = create_demo_vault(path)
    vault.close()
    return path


def _copy_vault(src: Path, dest: Path) -> Path:
    dest.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(src, dest)
    shutil.copy2(key_path_for(src), key_path_for(dest))
    return dest


@pytest.fixture(autouse=True)
def _dutch_afterwards() -> Iterator[None]:
    """The screenshot command installs its language's translators; later tests expect Dutch."""
    yield
    from ui import i18n

    i18n.install("nl")


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[dict[str, Any]]]:
    seen: list[dict[str, Any]] = []

    def fake_run(vault: Path | None = None, demo: bool = False, lang: str | None = None) -> int:
        seen.append({"vault": vault, "demo": demo, "lang": lang})
        return 0

    monkeypatch.setattr("ui.main.run", fake_run)
    yield seen


def test_verbind_without_command_opens_the_gui(calls: list[dict[str, Any]]) -> None:
    assert main([]) == 0
    assert calls == [{"vault": None, "demo": False, "lang": None}]


def test_gui_with_vault_and_demo(calls: list[dict[str, Any]], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["gui", "mijn.verbind", "--lang", "en"]) == 0
    assert calls[-1] == {"vault": Path("mijn.verbind"), "demo": False, "lang": "en"}
    assert main(["gui", "--demo"]) == 0
    assert calls[-1]["demo"] is True
    assert DEMO_PASSPHRASE in capsys.readouterr().out


def test_screenshot_writes_png(qapp: QApplication, demo_copy: Path, tmp_path: Path,
                               monkeypatch: pytest.MonkeyPatch) -> None:
    vault = _copy_vault(demo_copy, tmp_path / "shot.verbind")
    monkeypatch.setenv("VERBIND_PASSPHRASE", DEMO_PASSPHRASE)
    out = tmp_path / "png" / "overzicht.png"
    assert main(["screenshot", str(vault), "--tab", "Overzicht", "--size", "1024x700", "-o", str(out)]) == 0
    image = QImage(str(out))
    assert not image.isNull() and (image.width(), image.height()) == (1024, 700)
    assert not list(out.parent.glob("*.tmp"))  # written atomically
    assert Settings.load().recent_vaults == []  # a screenshot leaves the user's settings alone
    out_en = tmp_path / "stakeholders_en.png"
    assert main(["screenshot", str(vault), "--tab", "stakeholders", "--lang", "en", "-o", str(out_en)]) == 0
    assert QImage(str(out_en)).width() == 1280


def test_screenshot_rejects_unknown_tab_and_size(qapp: QApplication, demo_copy: Path, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    vault = _copy_vault(demo_copy, tmp_path / "shot.verbind")
    monkeypatch.setenv("VERBIND_PASSPHRASE", DEMO_PASSPHRASE)
    assert main(["screenshot", str(vault), "--tab", "kaart", "-o", str(tmp_path / "x.png")]) == 1
    assert "onbekend tabblad" in capsys.readouterr().err
    assert main(["screenshot", str(vault), "--tab", "overview", "--size", "groot", "-o", str(tmp_path / "x.png")]) == 1
    assert "--size" in capsys.readouterr().err
    assert not (tmp_path / "x.png").exists()
    monkeypatch.setenv("VERBIND_PASSPHRASE", "fout fout fout")
    assert main(["screenshot", str(vault), "--tab", "overview", "-o", str(tmp_path / "x.png")]) == 2


def test_welcome_demo_button_creates_then_reopens(qtbot: QtBot) -> None:
    window = MainWindow(AppContext(Settings()))
    qtbot.addWidget(window)
    assert not demo_vault_path().exists()
    window.welcome.demo_button.click()
    assert not window.welcome.busy.isHidden() and not window.welcome.demo_button.isEnabled()
    qtbot.waitUntil(lambda: window.ctx.vault is not None, timeout=60000)
    assert window.welcome.busy.isHidden() and window.stack.currentWidget() is window.tab_widget
    assert demo_vault_path().exists() and window.tabs["overview"].heading.text()
    assert Settings.load().recent_vaults == [str(demo_vault_path().resolve())]
    window.lock(ask_unlock=False)
    assert window.welcome.recent.count() == 1
    window.welcome.demo_button.click()  # exists now: opened with the demo passphrase
    qtbot.waitUntil(lambda: window.ctx.vault is not None, timeout=30000)
    for dialog in window.findChildren(QDialog):
        dialog.close()
    window.close()
