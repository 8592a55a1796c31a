"""A new passphrase typed twice with a live strength hint, shared by the create, recovery and
change-passphrase dialogs; plus the small busy bar and error label those dialogs use."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QProgressBar, QWidget

MIN_LENGTH = 10


def strength_hint(passphrase: str) -> tuple[int, str]:
    """0..3 and a short hint. Length matters most; variety (case, digits, symbols, words) helps a little."""
    classes = sum(
        any(test(c) for c in passphrase)
        for test in (str.islower, str.isupper, str.isdigit, lambda c: not c.isalnum())
    )
    words = len(passphrase.split())
    if not passphrase:
        return 0, QCoreApplication.translate(
            "PassphrasePair", "Minstens 10 tekens. Tip: vier losse woorden die je kan onthouden."
        )
    if len(passphrase) < MIN_LENGTH:
        return 0, QCoreApplication.translate(
            "PassphrasePair",
            "Te kort: gebruik minstens 10 tekens, bijvoorbeeld vier losse woorden.",
        )
    if len(passphrase) >= 20 or words >= 4:
        return 3, QCoreApplication.translate("PassphrasePair", "Sterk.")
    if len(passphrase) >= 14 or classes >= 3:
        return 2, QCoreApplication.translate("PassphrasePair", "Goed. Nog langer maakt ze sterker.")
    return 1, QCoreApplication.translate(
        "PassphrasePair", "Zwak: maak ze langer of voeg woorden, cijfers of leestekens toe."
    )


class PassphrasePair:
    """Adds "Wachtwoordzin" + hint + "Herhaal" rows to a form; `problem()` says what is wrong, if anything."""

    COLOURS = ("#b3261e", "#8a5300", "#2e7d32", "#1b5e20")

    def __init__(self, form: QFormLayout, first_label: str, second_label: str) -> None:
        self.first = QLineEdit()
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.second = QLineEdit()
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setObjectName("hint")
        form.addRow(first_label, self.first)
        form.addRow("", self.hint)
        form.addRow(second_label, self.second)
        self.first.textChanged.connect(self.update_hint)
        self.update_hint()

    def update_hint(self) -> None:
        score, text = strength_hint(self.first.text())
        self.hint.setText(text)
        colour = self.COLOURS[score] if self.first.text() else "palette(mid)"
        self.hint.setStyleSheet(f"color: {colour};")

    def problem(self) -> str | None:
        if len(self.first.text()) < MIN_LENGTH:
            return QCoreApplication.translate(
                "PassphrasePair", "De wachtwoordzin is te kort: gebruik minstens 10 tekens."
            )
        if self.first.text() != self.second.text():
            return QCoreApplication.translate(
                "PassphrasePair", "De twee wachtwoordzinnen verschillen. Typ ze nog eens."
            )
        return None

    def text(self) -> str:
        return self.first.text()

    def clear(self) -> None:
        self.first.clear()
        self.second.clear()


class BusyBar(QProgressBar):
    """An indeterminate bar shown while a worker thread runs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(0, 0)
        self.setTextVisible(False)
        self.setMaximumHeight(8)
        self.hide()


class ErrorLabel(QLabel):
    """Red, word-wrapped, hidden until there is something to say; selectable so paths can be copied."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("error")
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def say(self, text: str) -> None:
        self.setText(text)
        self.show()
