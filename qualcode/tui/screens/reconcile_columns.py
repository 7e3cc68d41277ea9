"""How much room the reconcile screen's parts get: how wide the cases table's document
column may be, and how much context a version's pane can show; the table keeps the width
it was cut for, so that a terminal narrowed or widened has it cut again.

The cases table has five columns (six where a passage's first words fit); the verdict's
words vary in length ("union", "karin's version", "own span 10-20 (...)"), and with whole
document names a decided case pushed the last column past the right edge, out of view.
Document names give way instead, cut in the middle (``labels.elide``), never below what
still tells them apart; below that the code column gives way too, down to a name a lead
still reads (80 columns, eyes7).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar, TypeVar

from textual.binding import Binding, BindingType
from textual.widgets import Static

from qualcode.tui.widgets.case_version import CONTEXT
from qualcode.tui.widgets.row_table import RowTable

DOCUMENT_MIN = 16  # a document name cut shorter no longer tells documents apart
CODE_MIN = 20  # the code column at its narrowest: "short-term to…governance"
PADDING = 2  # a cell either side of each column
SCROLLBAR = 2
# the passage column's first words: fewer no longer tell two passages apart; more is
# what the versions under the table show whole
PASSAGE_MIN, PASSAGE_MOST = 16, 60


class CasesTable(RowTable[str]):
    """The cases: j/k move down and up as in the transcript and the documents list; the
    lead pressing j here moved nothing, and k filtered the cases by kind (small37)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "cursor_down", "Down", show=False, id="reconcile.down"),
        Binding("k", "cursor_up", "Up", show=False, id="reconcile.up"),
    ]
    laid_for = 0  # the screen width its columns were cut for (0: not yet)


def document_room(width: int, fixed: Sequence[int], verdicts: Sequence[str]) -> int:
    """Characters left for document names in a table ``width`` cells wide, beside columns
    of the ``fixed`` widths and a verdict column as wide as its longest word."""
    columns = len(fixed) + 2  # those, the verdicts and the documents themselves
    used = sum(fixed) + max(map(len, verdicts), default=0) + columns * PADDING + SCROLLBAR
    return max(DOCUMENT_MIN, width - used)


def code_room(
    width: int,
    fixed: Sequence[int],
    verdicts: Sequence[str],
    most: int,
    wide: tuple[int, int] = (0, 0),
) -> int:
    """Characters for the code column (at most ``most``) in a table ``width`` cells wide:
    all it can have while the documents keep ``DOCUMENT_MIN``, beside columns of the
    ``fixed`` widths (kind, talk) and the verdicts; never below ``CODE_MIN``. At 80 columns
    the 36-character code column left the verdict "alex's version" cut to "alex'".
    ``wide``: (the longest code cell, the longest document name); past ``most`` the codes
    take what the whole document names leave, so a wide terminal names every code whole
    rather than "mission monologue to…ssion dialogue" beside empty columns (eyes32)."""
    used = document_room(width, (0, *fixed), verdicts) - DOCUMENT_MIN  # room beyond both
    codes = max(CODE_MIN, min(most, used))
    longest, documents = wide
    spare = used + DOCUMENT_MIN - documents  # beside the documents' whole names
    return max(codes, min(longest, spare))


def passage_room(documents: int, named: int) -> int:
    """Characters for a column of each case's first words, out of ``documents`` (what the
    document column may take) beside whole names ``named`` long; 0 where none fits."""
    spare = documents - named - PADDING
    return min(spare, PASSAGE_MOST) if spare >= PASSAGE_MIN else 0


def table_rooms(
    width: int,
    fixed: Sequence[int],
    verdicts: Sequence[str],
    most: int,
    wide: tuple[int, int, int],
) -> tuple[int, int, int]:
    """(code, document, passage) columns' characters in a table ``width`` cells wide: as
    ``code_room`` and ``document_room`` give them, and a passage column of each case's first
    words (0: none) in what whole document names leave, or, where the codes took that, in
    what they leave cut to the words that tell them apart (``labels.short_names``,
    ``labels.several_codes``; the versions under the table name the code whole). The six
    cases of one code in one document read as six identical rows, told apart only by
    moving onto each (eyes35, 160 columns, three coders on one plan); and in Swedish, whose
    turning points' names run to 71 characters, the first decision's "karins version"
    widened the verdict column and the passages left the table again (eyes36: two cases
    of integration in one transcript, two identical rows). ``wide``: (the longest code
    cell, the longest single code's name, the longest document name)."""
    longest, single, named = wide
    codes = code_room(width, fixed, verdicts, most, (longest, named))
    documents = document_room(width, (codes, *fixed), verdicts)
    passage = passage_room(documents, named)
    if not passage:
        fewer = code_room(width, (*fixed, PASSAGE_MIN), verdicts, most, (single, named))
        room = document_room(width, (fewer, *fixed), verdicts)
        if fewer < codes and passage_room(room, named):
            codes, documents, passage = fewer, room, passage_room(room, named)
    if not passage:
        # the codes cut further, to the words that tell them apart, rather than the
        # passages lost: English at 120 columns kept 38 characters of codes after the
        # first decision and dropped the passages from a table of one document's cases,
        # rows alike but for them (eyes39)
        verdict = max(map(len, verdicts), default=0)
        beside = named + PASSAGE_MIN + sum(fixed) + verdict
        left = width - beside - (len(fixed) + 4) * PADDING - SCROLLBAR
        if CODE_MIN <= left < codes:
            codes, documents, passage = left, named, PASSAGE_MIN
    if passage:
        documents = named
    return codes, documents, passage


Cell = TypeVar("Cell")


def passage_beside(room: int, passage: int) -> int:
    """The passage column's characters where the table leaves its document column out,
    the filter line above naming the one document every case is in: the room the names
    had, with the passages' own beside them (at most ``PASSAGE_MOST``). A lead at 100
    columns on one transcript's cases read its name cut on every row, and after the first
    decision ("sara's version") the passages left the table, the one column that told
    the rows apart (eyes42)."""
    return min(PASSAGE_MOST, room + (passage + PADDING if passage else 0))


def drop_document(row: Sequence[Cell], one: bool) -> list[Cell]:
    """``row`` (headers or cells, the document third) without the document where ``one``."""
    return [*row[:2], *row[3:]] if one else list(row)


def room_for(pane: Static, case: Any) -> int:
    """Characters of context each side that leave the case itself in view in ``pane``
    (a pane not laid out yet gets the full ``CONTEXT``)."""
    width, height = pane.content_size
    if width < 10 or height < 4:
        return CONTEXT
    room = int(width * (height - 3) * 0.8)  # heading and blank line; wrapping wastes some
    return max(20, min(CONTEXT, (room - (case.end - case.start)) // 2))
