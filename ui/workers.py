"""Run slow work (key derivation, demo creation, PDF) on Qt's thread pool; the result or the error
comes back on the GUI thread through a queued signal."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class WorkerSignals(QObject):
    result = Signal(object)
    error = Signal(object)


class Worker(QRunnable):
    """Calls `fn()` on a pool thread and emits `signals.result(value)` or `signals.error(exc)`."""

    def __init__(self, fn: Callable[[], Any]) -> None:
        super().__init__()
        self.fn = fn
        self.signals = WorkerSignals()  # created on the GUI thread: its signals arrive there

    def run(self) -> None:
        try:
            value = self.fn()
        except Exception as exc:  # handed to the GUI thread, never swallowed
            self.signals.error.emit(exc)
        else:
            self.signals.result.emit(value)


_RUNNING: set[Worker] = set()


def run_in_thread(fn: Callable[[], Any], on_done: Callable[[Any], None],
                  on_error: Callable[[BaseException], None], context: QObject | None = None) -> Worker:
    """Run `fn` off the GUI thread; `on_done`/`on_error` run on the GUI thread. With a `context`,
    the callbacks are skipped when that widget was deleted meanwhile (a dialog closed early)."""
    worker = Worker(fn)
    worker.setAutoDelete(False)
    _RUNNING.add(worker)

    def finish(handler: Callable[[Any], None], value: Any) -> None:
        _RUNNING.discard(worker)
        if context is not None and not shiboken6.isValid(context):
            return
        handler(value)

    worker.signals.result.connect(lambda value: finish(on_done, value))
    worker.signals.error.connect(lambda exc: finish(on_error, exc))
    QThreadPool.globalInstance().start(worker)
    return worker


def wait_for_workers(timeout_ms: int = 30_000) -> bool:
    """Block until the pool is idle (on exit, so no vault is left half-opened)."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
