"""What the suggestion worker tells the coding screen (``suggesting.py``), as messages: the
helper's progress over documents, the first suggestions stored (how many, in how many
documents), the words embedded so far, and the end (how many, or why none)."""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message


@dataclass
class SuggestProgress(Message):
    done: int
    total: int


@dataclass
class SuggestFirstFound(Message):
    count: int
    documents: int = 1  # the documents they are in (S: every document)


@dataclass
class SuggestEmbedding(Message):
    """Words embedded so far, of all the words that need it."""

    done: int
    total: int


@dataclass
class SuggestDone(Message):
    count: int | None
    error: str | None = None
