"""One snapshot for everything an export reads (``Database.snapshot``), and its file
written after it.

An export reads the project table by table: the codings for the counts, the texts for the
quotes, the coders' codings again for the agreement and its methods paragraph. Read one
at a time, a coder coding meanwhile made one file report two states of the project (red
team 19). ``one_snapshot`` wraps a service method so that all its reads see the file as
it stood at the first.

An export also writes: its audit entry (``export_log.py``). A read transaction that
writes must be the newest state of the file: had a colleague added a coding while the
summary was read, SQLite refuses the upgrade at once (``SQLITE_BUSY_SNAPSHOT``) and the
export fails. So a write an export asks for inside its snapshot (``after_snapshot``) is
done once the snapshot has ended, still within the call: an export that fails on the way
writes nothing.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, Concatenate, ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")

# the writes asked for within the outermost snapshot now open on a service, else None
_PENDING = "_after_snapshot"


def after_snapshot(owner: Any, write: Callable[[], None]) -> None:
    """Do ``write`` once the snapshot ``owner``'s ``one_snapshot`` method has open ends,
    or now when none is open (a notebook's ``save_frame``, a method without one)."""
    pending = getattr(owner, _PENDING, None)
    if pending is None:
        write()
    else:
        pending.append(write)


def one_snapshot(method: Callable[Concatenate[Any, P], R]) -> Callable[Concatenate[Any, P], R]:
    """``method`` with all its reads in one read transaction of the project's store, and
    the writes it asked for (``after_snapshot``) done after it, in the order asked."""

    @functools.wraps(method)
    def read(self: Any, *args: P.args, **kwargs: P.kwargs) -> R:
        if getattr(self, _PENDING, None) is not None:  # within another: it writes after
            return method(self, *args, **kwargs)
        pending: list[Callable[[], None]] = []
        setattr(self, _PENDING, pending)
        try:
            with self.store.snapshot():
                result = method(self, *args, **kwargs)
        finally:
            setattr(self, _PENDING, None)
        for write in pending:
            write()
        return result

    return read
