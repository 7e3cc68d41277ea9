"""One snapshot for everything an export reads (``Database.snapshot``).

An export reads the project table by table: the codings for the counts, the texts for the
quotes, the coders' codings again for the agreement and its methods paragraph. Read one
at a time, a coder coding meanwhile made one file report two states of the project (red
team 19). ``one_snapshot`` wraps a service method so that all its reads see the file as
it stood at the first."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, Concatenate, ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")


def one_snapshot(method: Callable[Concatenate[Any, P], R]) -> Callable[Concatenate[Any, P], R]:
    """``method`` with all its reads in one read transaction of the project's store."""

    @functools.wraps(method)
    def read(self: Any, *args: P.args, **kwargs: P.kwargs) -> R:
        with self.store.snapshot():
            return method(self, *args, **kwargs)

    return read
