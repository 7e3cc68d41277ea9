"""Every live coding of both layers as columns, read once while a theme summary is made.

A lead's summary asked the store for the same codings more than once: the frames (every
coding of its layer, with its text), the open cases' count and the agreement (every
coding of both layers as integers, ``live_spans``), and, once a quote was pinned or a memo
written on a coding, every coding again to find those few (``_codings_among``), and with
a translation every coding as an object (``_translated``). Each reading of 200k codings is
a few tenths of a second of SQLite and row objects; ``reading_once`` reads them once, in
the store's order, and each of those takes its part of the same columns while the summary
is built. Outside it every one reads the store as before (``agree`` reads integers only,
which cost less than these columns).
"""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass
from operator import itemgetter
from typing import TYPE_CHECKING, Any, Concatenate, NamedTuple, ParamSpec, TypeVar

from qualcode.store.codings import ORIGINS

if TYPE_CHECKING:
    from qualcode.store import Store

# what is read of each coding (``store.codings.rows``' field names): the code and the coder
# as row numbers, named through one small table each instead of a string made per coding,
# the document's row number (its id, a string per coding, is named the same way) and the
# layer as 1 for the consensus (0 for a coder's); read in no order and sorted as the store
# sorts (``_store_order``)
FIELDS = (
    "id",
    "start",
    "end",
    "code_row",
    "coder_row",
    "consensus",
    "origin_number",
    "created_at",
    "document_row",
)
LAYERS = ("coder", "consensus")
_HELD = "_coding_columns_held"  # where ``reading_once`` keeps them on the project


@dataclass(frozen=True, slots=True)
class CodingColumns:
    """The codings as numpy columns in the store's order (``store.codings.rows``), with
    the tables that name their row numbers: ``keys`` (a code's row number: its key, a
    removed code's too) and ``names`` (a coder's row number: her name)."""

    id: Any
    document: Any
    start: Any
    end: Any
    code_row: Any
    coder_row: Any
    layer: Any
    origin_number: Any
    created_at: Any
    document_row: Any
    keys: dict[int, str]
    names: dict[int, str]

    def __len__(self) -> int:
        return len(self.id)

    def named(self, rows: Any, table: dict[int, str]) -> Any:
        """``rows`` (row numbers) as the names ``table`` gives them, an object array."""
        import numpy as np

        lookup = np.empty(max(table, default=0) + 1, dtype=object)
        for row, name in table.items():
            lookup[row] = name
        return lookup[rows]

    def frame_columns(self, layer: str | None) -> dict[str, Any]:
        """The columns ``frames`` builds the codings frame of (its ``FRAME_FIELDS``, by
        ``Coding``'s names), of one layer (``None``: both), in the store's order."""
        import numpy as np

        kept = slice(None) if layer is None else np.flatnonzero(self.layer == layer)
        origins = np.array(ORIGINS, dtype=object)
        return {
            "id": self.id[kept],
            "document_id": self.document[kept],
            "start": self.start[kept],
            "end": self.end[kept],
            "code": self.named(self.code_row[kept], self.keys),
            "coder": self.named(self.coder_row[kept], self.names),
            "layer": self.layer[kept],
            "origin": origins[self.origin_number[kept]],
            "created_at": self.created_at[kept],
        }

    def spans(self, numbers: Sequence[int]) -> Any:
        """``store.codings.rater_spans(doc_ids, None)`` of these columns, of the documents
        whose row numbers are ``numbers``: (document, code, rater, start, end, origin) row
        numbers, the consensus layer rater 0, as an (n, 6) integer array."""
        import numpy as np

        kept = np.flatnonzero(np.isin(self.document_row, np.asarray(numbers, dtype=np.int64)))
        rater = np.where(self.layer[kept] == "consensus", 0, self.coder_row[kept])
        return np.stack(
            [
                self.document_row[kept],
                self.code_row[kept],
                rater.astype(np.int64),
                self.start[kept],
                self.end[kept],
                self.origin_number[kept],
            ],
            axis=1,
        ).reshape(-1, 6)

    def placed(self, ids: Collection[str]) -> list[Placed]:
        """The codings whose ids are in ``ids``, in the store's order."""
        rows = [i for i, coding_id in enumerate(self.id.tolist()) if coding_id in ids]
        codes = self.named(self.code_row[rows], self.keys).tolist() if rows else []
        return [
            Placed(self.id[i], self.document[i], code, int(self.start[i]), int(self.end[i]))
            for i, code in zip(rows, codes, strict=True)
        ]


class Placed(NamedTuple):
    """Where a coding lies and its code: what a pinned quote, a memo on a coding and a
    translation are placed by."""

    id: str
    document_id: str
    code: str
    start: int
    end: int


def placed_codings(project: Any, ids: Collection[str]) -> list[Placed]:
    """The live codings of any layer whose ids are in ``ids``, in the store's order: of the
    codings read once (``reading_once``) while they are held, else read of the store as
    five fields, not 200k ``Coding`` objects for the few asked for."""
    if not ids:
        return []
    held = held_columns(project)
    if held is not None:
        return held.placed(ids)
    fields = ("id", "document_id", "code", "start", "end")
    return [Placed(*row) for row in project.store.codings.rows(fields=fields) if row[0] in ids]


def read_columns(store: Store) -> CodingColumns:
    """Every live coding of both layers of live documents, in the store's order, as
    columns: one reading of the store for all the summary asks of them. Read unsorted,
    each field as one text (``_joined``), with row numbers for the document, code and
    coder, and sorted here as the store sorts: SQLite's sort, a string per coding for
    the document's id and the layer, and a Python object per value of 200k codings were
    most of the 0.44 s CPU this reading took."""
    import numpy as np

    columns = _joined(store)
    start, end, code_row, coder_row = columns[1], columns[2], columns[3], columns[4]
    consensus, document_row = columns[5], columns[8]
    documents, codes, coders = store.codings.sort_keys()
    document_at = _ranks(documents, document_row, distinct=True)
    order = np.lexsort(
        (
            consensus,
            _ranks(coders, coder_row),
            _ranks(codes, code_row),
            end,
            start,
            document_at,
        )
    )
    document_ids = np.array([doc_id for _, doc_id in documents] or [""], dtype=object)
    every = store.codes.list(include_deleted=True)
    code_rows = store.codings.row_numbers("codes", [c.id for c in every])
    keys = dict(zip(code_rows, (c.key for c in every), strict=True))
    names = {row: name for row, name in coders}
    return CodingColumns(
        columns[0][order],
        document_ids[document_at[order]],
        start[order],
        end[order],
        code_row[order],
        coder_row[order],
        np.array(LAYERS, dtype=object)[consensus[order]],
        columns[6][order],
        columns[7][order],
        document_row[order],
        keys,
        names,
    )


# ``FIELDS`` read as text (the ids and times), the rest whole numbers
_TEXTS = frozenset({"id", "created_at"})
_SEPARATOR = ","  # in no id (a uuid, a REFI-QDA GUID) or time; if in one, read as rows


def _joined(store: Store) -> list[Any]:
    """``FIELDS`` of every coding as numpy columns, unsorted: read as one
    text per field (``store.codings.joined``) and parsed in C, not as a row tuple of
    Python objects per coding (0.33 -> 0.2 s CPU of 200k). Should a field's text not
    part into one value per coding (a separator in an id, a value SQLite holds as
    something else), they are read as rows instead: the same columns."""
    import numpy as np

    n, texts = store.codings.joined(FIELDS, _SEPARATOR)
    columns: list[Any] = []
    for name, text in zip(FIELDS, texts, strict=True):
        if not n:
            column = np.empty(0, dtype=object if name in _TEXTS else np.int64)
        elif name in _TEXTS:
            column = np.array(text.split(_SEPARATOR), dtype=object)
        else:
            try:
                column = np.fromstring(text, dtype=np.int64, sep=_SEPARATOR)
            except ValueError:  # no whole number somewhere (numpy 2 says so)
                return _rows_read(store)
        if len(column) != n:  # a separator in a value, or a value left out (NULL)
            return _rows_read(store)
        columns.append(column)
    return columns


def _rows_read(store: Store) -> list[Any]:
    """``_joined``'s columns read row by row, the way that holds for any value."""
    import numpy as np

    rows = store.codings.rows(fields=FIELDS, ordered=False)
    n = len(rows)
    return [
        np.fromiter(
            map(itemgetter(at), rows), dtype=object if name in _TEXTS else np.int64, count=n
        )
        for at, name in enumerate(FIELDS)
    ]


def _ranks(ordered: Sequence[tuple[int, str]], rows: Any, *, distinct: bool = False) -> Any:
    """Each of ``rows`` (row numbers) as its place in ``ordered`` ((row number, value) in
    the store's order), equal values one place (two codes may share a key: a removed
    one's may be taken again), unless ``distinct`` (the documents: every one a place of
    its own, the order being by id at last)."""
    import numpy as np

    numbers = np.array([row for row, _ in ordered], dtype=np.int64)
    if distinct:
        places = np.arange(len(ordered), dtype=np.int64)
    else:
        values = [value for _, value in ordered]
        new = [i == 0 or value != values[i - 1] for i, value in enumerate(values)]
        places = np.cumsum(np.array(new, dtype=np.int64)) - 1
    if not len(numbers):
        return np.zeros(len(rows), dtype=np.int64)
    by_number = np.argsort(numbers)
    return places[by_number][np.searchsorted(numbers[by_number], rows)]


def held_columns(project: Any) -> CodingColumns | None:
    """The codings ``reading_once`` holds for the project's store, read at the first
    asking within its block; None outside one, or once the file has changed since they
    were read (each asker then reads the store as it stands)."""
    held = project.__dict__.get(_HELD)
    if held is None or held[0] is not project.store:
        return None
    mark = project.store.change_mark()
    if held[2] is None:
        held[1:] = [mark, read_columns(project.store)]
    elif held[1] != mark:
        return None
    return held[2]


@contextlib.contextmanager
def reading_once(project: Any) -> Iterator[None]:
    """Every live coding read once for ``project`` within the block, at the first
    asking, and held until it ends: its frames, coded spans and codings by id are taken
    from them meanwhile (``held_columns``). Held only for the block: 200k codings'
    columns are not kept in a TUI's memory after the summary is written."""
    project.__dict__[_HELD] = [project.store, None, None]
    try:
        yield
    finally:
        project.__dict__.pop(_HELD, None)


P = ParamSpec("P")
R = TypeVar("R")


def codings_read_once(
    method: Callable[Concatenate[Any, P], R],
) -> Callable[Concatenate[Any, P], R]:
    """``method`` run within ``reading_once``, unless its project reads as a blind coder
    (``restricted_to``), who reads her own codings as before. A decorator, so the theme
    summary keeps one signature: it was written out twice, the held method's and its
    body's."""

    @functools.wraps(method)
    def once(self: Any, *args: P.args, **kwargs: P.kwargs) -> R:
        mine = self.restricted_to() is not None
        with contextlib.nullcontext() if mine else reading_once(self):
            return method(self, *args, **kwargs)

    return once
