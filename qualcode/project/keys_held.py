"""The pseudonym keys one export makes, each made once while it holds them.

A theme summary asked for the same key six times (the export's, the model's, the
agreement's, its methods paragraph's in each language, its table's): each a read of the
key, the coders and every document's name, and a pattern compiled of them (0.05 s CPU of
a summary on 1,000 documents). Within ``keys_held`` (the summary's one snapshot, where the
key cannot change) ``Project.pseudonym_key`` keeps each key it makes, by what it was asked,
and gives it again; outside the block every call makes its own. (A project is used from
one thread: its SQLite connection refuses any other.)
"""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Callable, Iterator
from typing import Any, Concatenate, ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")

_HELD = "_pseudonym_keys_held"  # where ``keys_held`` keeps them on the project


@contextlib.contextmanager
def keys_held(project: Any) -> Iterator[None]:
    """The keys ``project`` makes kept until the block ends (an outer block's, when one
    holds them already)."""
    if _HELD in project.__dict__:
        yield
        return
    project.__dict__[_HELD] = {}
    try:
        yield
    finally:
        project.__dict__.pop(_HELD, None)


def held_keys(project: Any) -> dict[tuple[Any, ...], Any]:
    """The keys held, by what they were asked (a fresh, unkept mapping when none are
    held: what is put in it is forgotten)."""
    held: dict[tuple[Any, ...], Any] | None = project.__dict__.get(_HELD)
    return {} if held is None else held


def keys_made_once(method: Callable[Concatenate[Any, P], R]) -> Callable[Concatenate[Any, P], R]:
    """``method`` run within ``keys_held``: a decorator, as ``codings_read_once`` is."""

    @functools.wraps(method)
    def once(self: Any, *args: P.args, **kwargs: P.kwargs) -> R:
        with keys_held(self):
            return method(self, *args, **kwargs)

    return once
