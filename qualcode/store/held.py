"""Reads kept for one snapshot: what an export asks the store for again and again.

A theme summary on 1,000 documents asked for every document's summary 19 times (each
service that names, numbers or scopes documents reads them itself), every coder's
statuses 29 times and every text four times: 0.17 s CPU of a 2 s budget, for the same
rows each time. Within ``holding`` (``Store.snapshot``: the export's one read
transaction) each such read is kept by what it was asked and given again while the file
is unchanged (``PRAGMA data_version`` and this connection's own changes, as
``Store.change_mark``); outside it every call reads the file, as before. What is kept is
never handed out itself: each caller gets its own list or dict of it.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Hashable, Iterator
from typing import Any, TypeVar

T = TypeVar("T")


class ReadsHeld:
    """The reads kept while ``holding`` is entered (nested: until the outermost ends)."""

    def __init__(self, mark: Callable[[], tuple[int, int]]) -> None:
        self.mark = mark  # ``Store.change_mark``
        self.depth = 0
        self.kept: dict[Hashable, tuple[tuple[int, int], Any]] = {}

    @contextlib.contextmanager
    def holding(self) -> Iterator[None]:
        self.depth += 1
        try:
            yield
        finally:
            self.depth -= 1
            if not self.depth:
                self.kept.clear()

    def read(self, key: Hashable, make: Callable[[], T]) -> T:
        """What ``make`` reads, kept under ``key`` while held and the file is unchanged
        (the caller copies it before handing it out)."""
        if not self.depth:
            return make()
        mark = self.mark()
        found = self.kept.get(key)
        if found is None or found[0] != mark:
            found = (mark, make())
            self.kept[key] = found
        return found[1]
