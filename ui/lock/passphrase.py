"""A new passphrase typed twice with a live strength hint and a live "same as the first?" line,
shared by the create, recovery and change-passphrase dialogs; plus the small busy bar and error
label those dialogs use. Nothing moves while the user types: the hint and the match line keep the
room of their longest text."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QProgressBar, QSizePolicy, QWidget

MIN_LENGTH = 10
SAMPLES = ("", "kort", "abcdefghij", "Abcdefgh1!", "paard batterij nietje correct")  # one of each hint


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


def _too_short() -> str:
    return QCoreApplication.translate("PassphrasePair", "De wachtwoordzin is te kort: gebruik minstens 10 tekens.")


def _different() -> str:
    return QCoreApplication.translate("PassphrasePair", "De twee wachtwoordzinnen verschillen. Typ ze nog eens.")


def _same() -> str:
    return QCoreApplication.translate("PassphrasePair", "✓ Gelijk aan de eerste.")


class SteadyLabel(QLabel):
    """A wrapped label as tall as the tallest of the texts it can show, at its width: what lies
    below it stays where it is when its text changes."""

    def __init__(self, texts: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.texts = list(texts)

    def tallest(self, width: int) -> int:
        """The height the tallest of the texts takes at `width` (as the layouts measure a label)."""
        twin = QLabel()
        twin.setWordWrap(True)
        twin.setFont(self.font())
        twin.setContentsMargins(self.contentsMargins())
        twin.setMargin(self.margin())
        height = 0
        for text in [*self.texts, self.text()]:
            twin.setText(text)
            height = max(height, twin.sizeHint().height(), twin.heightForWidth(width))
        return height

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        height = self.tallest(event.size().width())
        if height != self.minimumHeight():
            self.setMinimumHeight(height)


class PassphrasePair:
    """Adds "Wachtwoordzin" + hint + "Herhaal" + match rows to a form; `problem()` says what is
    wrong, if anything, and `check()` also shows it beside the field it is about."""

    COLOURS = ("#b3261e", "#8a5300", "#2e7d32", "#1b5e20")

    def __init__(self, form: QFormLayout, first_label: str, second_label: str) -> None:
        self.first = QLineEdit()
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.second = QLineEdit()
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.hint = SteadyLabel([strength_hint(p)[1] for p in SAMPLES] + [_too_short()])
        self.hint.setObjectName("hint")
        self.match = SteadyLabel([_different(), _same()])
        self.match.setObjectName("match")
        form.addRow(first_label, self.first)
        form.addRow("", self.hint)
        form.addRow(second_label, self.second)
        form.addRow("", self.match)
        self.first.textChanged.connect(self.update_hint)
        self.first.textChanged.connect(self.update_match)
        self.second.textChanged.connect(self.update_match)
        self.update_hint()
        self.update_match()

    def update_hint(self) -> None:
        score, text = strength_hint(self.first.text())
        self.hint.setText(text)
        colour = self.COLOURS[score] if self.first.text() else "palette(mid)"
        self.hint.setStyleSheet(f"color: {colour};")

    def update_match(self) -> None:
        """Live: nothing while the second is empty or still on its way, a tick when both are the
        same, and the difference as soon as the second cannot become the first any more."""
        first, second = self.first.text(), self.second.text()
        if second and second == first:
            self.match.setText(_same())
            self.match.setStyleSheet(f"color: {self.COLOURS[2]};")
        elif second and not first.startswith(second):
            self.match.setText(_different())
            self.match.setStyleSheet(f"color: {self.COLOURS[0]};")
        else:
            self.match.clear()

    def problem(self) -> str | None:
        if len(self.first.text()) < MIN_LENGTH:
            return _too_short()
        if self.first.text() != self.second.text():
            return _different()
        return None

    def check(self) -> str | None:
        """The problem, shown under the field it is about (which gets the focus); None: none."""
        problem = self.problem()
        if problem == _too_short():
            self.hint.setText(problem)
            self.hint.setStyleSheet(f"color: {self.COLOURS[0]};")
            self.first.setFocus()
        elif problem is not None:
            self.match.setText(problem)
            self.match.setStyleSheet(f"color: {self.COLOURS[0]};")
            self.second.setFocus()
            self.second.selectAll()
        return problem

    def text(self) -> str:
        return self.first.text()

    def clear(self) -> None:
        self.first.clear()
        self.second.clear()


class FitHeight(QObject):
    """Keeps a dialog as tall as its wrapped texts need at its width (Qt sizes a window by its
    minimum, which squeezes a wrapped label by a line): install with `FitHeight(dialog)`."""

    def __init__(self, dialog: QWidget, need: Callable[[], int] | None = None) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        self.need = need or (lambda: dialog.heightForWidth(dialog.width()))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.fit)
        dialog.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.dialog and event.type() in (QEvent.Type.Show, QEvent.Type.LayoutRequest,
                                                       QEvent.Type.Resize):
            self._timer.start()
        return False

    def fit(self) -> None:
        need = self.need()
        if self.dialog.isVisible() and need > self.dialog.height():
            self.dialog.resize(self.dialog.width(), need)


class BusyBar(QProgressBar):
    """An indeterminate bar shown while a worker thread runs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(0, 0)
        self.setTextVisible(False)
        self.setMaximumHeight(8)
        self.hide()


class ErrorLabel(QLabel):
    """Red, word-wrapped, hidden until there is something to say; selectable so paths can be copied.
    `keep_room()`: it keeps its place (two lines) while hidden, so nothing moves when it appears."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("error")
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)  # close under what it is about
        policy = self.sizePolicy()
        policy.setVerticalPolicy(QSizePolicy.Policy.Maximum)  # no taller than its text: spare room goes below
        self.setSizePolicy(policy)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        """As tall as the text is at the width the label has (QLabel guesses a narrow width, which
        made a two-line message take five lines of room in a form)."""
        hint = super().sizeHint()
        if self.width() < 50 or not self.text():
            return hint
        return QSize(hint.width(), self.heightForWidth(self.width()))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()

    def keep_room(self, lines: int = 2) -> ErrorLabel:
        policy = self.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        policy.setVerticalPolicy(QSizePolicy.Policy.Minimum)
        self.setSizePolicy(policy)
        self.setMinimumHeight(self.fontMetrics().lineSpacing() * lines)
        return self

    def say(self, text: str) -> None:
        self.setText(text)
        self.show()
