"""The one seam between the screens and the data (Anki's `CollectionOp` is the model).

A screen never opens a session, queries or commits itself. It hands a function of a session to
`read` (nothing is written) or `write` (one unit of work: the function runs, the session commits,
and every other tab hears what changed through `AppContext.data_changed`). The functions are the
services' commands and read models in `app/services`; the rules live there, not here.

    outcome = ops.write(ctx, lambda s: service.update(s, record_id, **values),
                        changed="stakeholder", errors=form.show_error, message=tr("Bewaard."))
    if outcome.ok: ...

A rule the user broke (`ValidationError`, `NotFoundError`) goes to `errors` — the form that shows
it beside its field, or a label near the button — and nothing was written. A full or read-only disk
is explained in the same place; the user's typed work stays in the form. Anything else is a bug and
propagates. This is the only module under `ui/` that imports SQLAlchemy or commits
(tests/unit/test_layering.py checks it).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtWidgets import QLabel

if TYPE_CHECKING:  # SQLAlchemy loads with the first vault, not with the welcome window
    from sqlalchemy.orm import Session

from app.errors import DiskFullError, NotFoundError, StorageError, ValidationError, VerbindError
from ui.context import AppContext

T = TypeVar("T")

#: where a broken rule is shown: a label, or a callable (a form's `show_error`)
ErrorSink = QLabel | Callable[[VerbindError], Any] | None

__all__ = ["ErrorSink", "Locked", "Outcome", "announce", "in_vault", "is_database_error", "read", "reading",
           "show_error", "write", "writing"]


class Locked(RuntimeError):
    """The vault was locked (or never opened) when a screen asked for data."""


@dataclass(frozen=True)
class Outcome(Generic[T]):
    """What a write gave: `value` when it committed, `error` (and nothing written) when not."""

    value: T | None = None
    error: VerbindError | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


def _session(ctx: AppContext) -> Session:
    if ctx.vault is None:
        raise Locked("vault is locked")
    return ctx.vault.session()


@contextmanager
def reading(ctx: AppContext) -> Iterator[Session]:
    """A session to read in; whatever it holds is rolled back when the block ends."""
    with _session(ctx) as session:
        yield session


@contextmanager
def in_vault(vault: Any) -> Iterator[Session]:
    """A session of a vault object, for work in a worker thread (an import, an export): the same
    unit of work, but nothing is announced from the thread; the caller's done-callback announces."""
    with vault.session() as session:
        yield session


def is_database_error(exc: BaseException) -> bool:
    """True for an error of the database layer (its words are shown, never the statement)."""
    from sqlalchemy.exc import SQLAlchemyError

    return isinstance(exc, SQLAlchemyError)


def read(ctx: AppContext, fn: Callable[[Session], T]) -> T:
    """Run a read model; the result must be plain data (rows, dataclasses), not live ORM objects
    that would load lazily after the session closed."""
    with reading(ctx) as session:
        return fn(session)


def announce(ctx: AppContext, changed: str | Iterable[str] = (), message: str | None = None) -> None:
    """Tell every tab what changed (they refresh when shown) and say it in the status bar."""
    for kind in (changed,) if isinstance(changed, str) else changed:
        ctx.data_changed.emit(kind)
    if message:
        ctx.status_message.emit(message)


def _storage(ctx: AppContext, exc: BaseException) -> VerbindError | None:
    from app.vault.engine import storage_error

    folder = ctx.vault.path.parent if ctx.vault is not None else None
    cause = getattr(exc, "orig", None) or exc
    return storage_error(cause, folder)


@contextmanager
def writing(ctx: AppContext, changed: str | Iterable[str] = (), message: str | None = None) -> Iterator[Session]:
    """One unit of work: the block's changes commit together when it ends without an error
    (then `changed` is announced), or not at all. A full or read-only disk raises
    DiskFullError/StorageError, never a raw database error."""
    from sqlalchemy.exc import SQLAlchemyError

    with _session(ctx) as session:
        yield session
        try:
            session.commit()
        except (SQLAlchemyError, OSError) as exc:
            session.rollback()
            found = _storage(ctx, exc)
            if found is None:
                raise
            raise found from exc
    announce(ctx, changed, message)


def show_error(errors: ErrorSink, exc: VerbindError) -> None:
    if isinstance(errors, QLabel):
        errors.setText(describe(exc))
    elif errors is not None:
        errors(exc)


def describe(exc: VerbindError) -> str:
    """The sentence a screen shows for a refused write."""
    if isinstance(exc, DiskFullError | StorageError):
        from ui.messages import explain

        return explain(exc)
    return str(exc)


def write(ctx: AppContext, fn: Callable[[Session], T], *, changed: str | Iterable[str] = (),
          message: str | None = None, errors: ErrorSink = None) -> Outcome[T]:
    """Run a service command in one unit of work and commit it. A broken rule or a disk that
    cannot take the change is shown through `errors` and returned; nothing was written."""
    try:
        with writing(ctx, changed, message) as session:
            value = fn(session)
    except (ValidationError, NotFoundError, DiskFullError, StorageError) as exc:
        show_error(errors, exc)
        return Outcome(error=exc)
    return Outcome(value=value)
