"""The one runner for slow work: a domain call off the UI thread, with progress, cancel and one error path.

Like Anki's ``CollectionOp``: ``run_in_background(parent, work, on_success=..., label=...)`` calls
``work(progress)`` in Qt's thread pool. ``work`` may report with ``progress.update(done, total, text)`` and
should call ``progress.check()`` between steps, which raises ``Cancelled`` once the user has cancelled.
The result comes back to ``on_success`` on the UI thread; a failure goes to ``on_failure``, by default
``gui.errors.show_error``. A progress dialog appears if the work takes longer than a moment.

``work`` must not touch widgets; it gets what it needs as arguments (ids, a ``Database``) and opens its
own session (``with database.begin() as s``), because SQLAlchemy sessions are not shared between threads.
"""

from __future__ import annotations

import atexit
import gc
import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget
from shiboken6 import isValid

from gui.errors import show_error
from gui.i18n import localized

T = TypeVar("T")

_running: set[Operation[Any]] = set()


class Cancelled(Exception):
    """The user cancelled the operation."""


class Progress:
    """Handed to the work function: report progress and notice cancellation. Thread-safe."""

    def __init__(self, signal_update: Callable[[int, int, str], None]) -> None:
        self._emit = signal_update
        self._cancelled = threading.Event()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def cancel(self) -> None:
        self._cancelled.set()

    def check(self) -> None:
        """Raise ``Cancelled`` if the user has asked to stop."""
        if self._cancelled.is_set():
            raise Cancelled

    def update(self, done: int, total: int = 0, text: str = "") -> None:
        self.check()
        # Translated here: the signal carries a plain str, so a core message would arrive in Finnish.
        # QCoreApplication.translate may be called from any thread.
        self._emit(done, total, localized(text))


class _Bridge(QObject):
    """Carries results from the worker thread to the UI thread (queued signals).

    Signals:
        progressed(done, total, text), succeeded(result), failed(exception), finished().
    """

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()


class _Task(QRunnable):
    def __init__(self, work: Callable[[Progress], Any], bridge: _Bridge, progress: Progress) -> None:
        super().__init__()
        self._work = work
        self._bridge = bridge
        self._progress = progress
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            try:
                result = self._work(self._progress)
            except BaseException as exc:  # every failure goes to the one error path
                self._bridge.failed.emit(exc)
            else:
                # Wrapped: a bare None through a queued object signal upsets PySide's reference counts.
                self._bridge.succeeded.emit([result])
            finally:
                self._bridge.finished.emit()
        except RuntimeError:
            # The application is shutting down and the bridge is gone; nobody is waiting for the result.
            pass


class Operation(Generic[T]):
    """A running background operation.

    Attributes:
        bridge: its signals (``finished`` is emitted last, after success or failure).
        progress: the shared progress and cancel state.
        result: the result once it succeeded; error: the exception once it failed.
    """

    def __init__(
        self,
        parent: QWidget | None,
        work: Callable[[Progress], T],
        *,
        on_success: Callable[[T], None] | None,
        on_failure: Callable[[BaseException], None] | None,
        label: str,
        cancellable: bool,
        delay_ms: int,
    ) -> None:
        self.bridge = _Bridge()
        self.progress = Progress(self.bridge.progressed.emit)
        self.result: T | None = None
        self.error: BaseException | None = None
        self.done = False
        self._parent = parent
        self._on_success = on_success
        self._on_failure = on_failure
        self._dialog: QProgressDialog | None = None
        self._done_callbacks: list[Callable[[Operation[T]], None]] = []
        self._label = label
        self._cancellable = cancellable
        self.bridge.progressed.connect(self._on_progress)
        self.bridge.succeeded.connect(self._succeeded)
        self.bridge.failed.connect(self._failed)
        self.bridge.finished.connect(self._finished)
        self._timer = QTimer()
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._show_dialog)
        self._timer.start(delay_ms)
        self._last: tuple[int, int, str] = (0, 0, label)
        _running.add(self)
        QThreadPool.globalInstance().start(_Task(work, self.bridge, self.progress))

    def _show_dialog(self) -> None:
        if self.done or self.orphaned:
            return
        cancel_text = QCoreApplication.translate("operations", "Peruuta") if self._cancellable else ""
        dialog = QProgressDialog(self._label, cancel_text, 0, 0, self._parent)
        dialog.setWindowTitle("Sihteeri")
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        if not self._cancellable:
            dialog.setCancelButton(None)
        dialog.canceled.connect(self.progress.cancel)
        self._dialog = dialog
        self._on_progress(*self._last)
        dialog.show()

    @property
    def orphaned(self) -> bool:
        """Whether the window that asked for the work has been closed and deleted meanwhile."""
        return self._parent is not None and not isValid(self._parent)

    def _live_dialog(self) -> QProgressDialog | None:
        """The progress dialog, unless it has not been shown or was deleted with its window."""
        return self._dialog if self._dialog is not None and isValid(self._dialog) else None

    def _on_progress(self, done: int, total: int, text: str) -> None:
        self._last = (done, total, text or self._label)
        if (dialog := self._live_dialog()) is not None:
            dialog.setMaximum(total)
            dialog.setValue(done if total else 0)
            dialog.setLabelText(text or self._label)

    def _succeeded(self, wrapped: list[T]) -> None:
        result = wrapped[0]
        self.result = result
        if self._on_success is not None and not self.orphaned:  # nobody left to show it to
            self._on_success(result)

    def _failed(self, exc: BaseException) -> None:
        self.error = exc
        if isinstance(exc, Cancelled):
            return
        if self.orphaned:
            show_error(None, exc)  # the window is gone, but a failure is never silent
        elif self._on_failure is not None:
            self._on_failure(exc)
        else:
            show_error(self._parent, exc)

    def _finished(self) -> None:
        self.done = True
        self._timer.stop()
        if (dialog := self._live_dialog()) is not None:
            dialog.close()
            dialog.deleteLater()
        self._dialog = None
        callbacks, self._done_callbacks = self._done_callbacks, []
        for callback in callbacks:
            callback(self)
        _running.discard(self)

    def when_done(self, callback: Callable[[Operation[T]], None]) -> None:
        """Call ``callback(self)`` on the UI thread once the work has ended (at once if it already has).

        Unlike connecting to ``bridge.finished`` after the start, this never misses an early finish.
        """
        if self.done:
            callback(self)
        else:
            self._done_callbacks.append(callback)


def wait_for_all(timeout_ms: int = 10_000) -> bool:
    """Cancel what is running and wait for the workers to stop (at exit, so no thread outlives Qt)."""
    for operation in list(_running):
        operation.progress.cancel()
    return QThreadPool.globalInstance().waitForDone(timeout_ms)


atexit.register(wait_for_all)


class MainThreadCollector(QObject):
    """Python's cyclic garbage collection, run only on the UI thread.

    The collector runs in whichever thread happens to allocate when a threshold is crossed. If that is a
    worker and the garbage holds Qt wrappers (a closed dialog, a model), their C++ objects are destroyed
    off the UI thread and the process can crash. So automatic collection is switched off and this object
    checks the allocation counts a few times a second on the UI thread, collecting the generation that is
    due (the same thresholds Python itself uses). Reference counting frees everything else as usual.
    """

    def __init__(self, interval_ms: int = 500, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.check)
        self._timer.start(interval_ms)

    def check(self) -> None:
        """Collect the oldest generation whose count is over its threshold."""
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self._thresholds[generation]:
                gc.collect(generation)
                return

    def stop(self) -> None:
        """Collect everything now and give collection back to Python."""
        self._timer.stop()
        gc.collect()
        if self._was_enabled:
            gc.enable()


def run_in_background(
    parent: QWidget | None,
    work: Callable[[Progress], T],
    *,
    on_success: Callable[[T], None] | None = None,
    on_failure: Callable[[BaseException], None] | None = None,
    label: str = "",
    cancellable: bool = False,
    delay_ms: int = 400,
) -> Operation[T]:
    """Run ``work(progress)`` off the UI thread; see the module docstring."""
    return Operation(
        parent,
        work,
        on_success=on_success,
        on_failure=on_failure,
        label=label or QCoreApplication.translate("operations", "Odota hetki…"),
        cancellable=cancellable,
        delay_ms=delay_ms,
    )
