"""Analysis frames: the project as pandas DataFrames for notebooks and reports."""

from __future__ import annotations

from collections.abc import Iterable
from operator import itemgetter
from typing import TYPE_CHECKING, Any

from qualcode.errors import SETTING, SettingError, ValidationError
from qualcode.model import LANGS, Coding
from qualcode.oneline import shown
from qualcode.project.api_arguments import require_text
from qualcode.project.base import Service

if TYPE_CHECKING:
    import pandas as pd

# the fields of ``Coding`` the codings frame is made of (``frames``)
FRAME_FIELDS = (
    "id",
    "document_id",
    "start",
    "end",
    "code",
    "coder",
    "layer",
    "origin",
    "created_at",
)


def checked_layer(layer: str | None) -> str | None:
    """``layer`` if it is one the codings are kept in (``None``: both), else refused in
    one line. A layer the store knows nothing of ('Consensus', or 'coder:johan' as the
    reports take it) matched no row, so a lead's `code list --layer Consensus` and a
    notebook's ``frames(layer="consensus ")`` said there were no codings at all, and a
    blind coder asking for 'coder:johan' was shown her own codings as though they were
    his (red team 43)."""
    if layer is None or layer in ("coder", "consensus"):
        return layer
    apart = " (one coder's codings: name the coder apart)" if layer.startswith("coder:") else ""
    raise SettingError(
        "layer", f"{SETTING} {shown(layer)}: no such layer; use coder or consensus{apart}"
    )


class FramesMixin(Service):
    def coding_records(self, codings: list[Coding]) -> list[dict[str, Any]]:
        """Codings as plain records with document name and coded text: one shape for the
        CLI's json/csv, the frames and the exports."""
        names = {d.id: d.name for d in self.store.documents.summaries()}
        texts = self.store.documents.texts({c.document_id for c in codings})
        return [
            {
                "id": c.id,
                "document": c.document_id,
                "document_name": names.get(c.document_id),
                "start": c.start,
                "end": c.end,
                "code": c.code,
                "coder": c.coder,
                "layer": c.layer,
                "origin": c.origin,
                "created_at": c.created_at,
                "text": texts[c.document_id][c.start : c.end],
            }
            for c in codings
        ]

    def frames(self, layer: str | None = None) -> dict[str, pd.DataFrame]:
        """DataFrames of documents (with attributes), codes, and codings with their text:
        the stored text, for analysis (offsets into it, joins on attribute values); a table
        made of them leaves the project through the pseudonym key with ``save_frame``."""
        require_text(layer, "frames: the layer", optional=True)
        import numpy as np
        import pandas as pd

        from qualcode.model import DOCUMENT_COLUMNS

        docs = self.documents()
        # the document's own columns stand: an attribute 'id' (taken in before it was
        # refused) replaced the document's id, and its codings fell out of every report
        documents = pd.DataFrame(
            [
                {
                    "id": d.id,
                    "name": d.name,
                    "lang": d.lang,
                    "words": d.words,
                    "imported_at": d.imported_at,
                    **{k: v for k, v in d.attributes.items() if k not in DOCUMENT_COLUMNS},
                }
                for d in docs
            ],
            columns=None if docs else list(DOCUMENT_COLUMNS),
        )
        codes = self.codebook()
        keys = {c.id: c.key for c in codes}
        code_rows: list[dict[str, Any]] = [
            {
                "id": c.id,
                "key": c.key,
                "parent": keys.get(c.parent_id or ""),
                **{f"name_{lang}": c.names.get(lang) for lang in LANGS},
                **{f"definition_{lang}": c.definitions.get(lang) for lang in LANGS},
                "color": c.color,
                "shortcut": c.shortcut,
            }
            for c in codes
        ]
        columns = self._coding_columns(checked_layer(layer))
        documents_of = columns["document_id"].tolist()
        names = {d.id: d.name for d in docs}
        texts = self.store.documents.texts(set(documents_of))
        n = len(documents_of)
        passages, words = _passages(texts, columns["document_id"], columns["start"], columns["end"])

        def strings(values: Iterable[Any]) -> Any:  # object arrays: pandas infers nothing
            return np.fromiter(values, dtype=object, count=n)

        # Built column by column (200k records as dicts cost more than all the analysis).
        codings = {
            "id": columns["id"],
            "document": columns["document_id"],
            "document_name": strings(map(names.get, documents_of)),
            "start": columns["start"],
            "end": columns["end"],
            "code": columns["code"],
            "coder": columns["coder"],
            "layer": columns["layer"],
            "origin": columns["origin"],
            "created_at": columns["created_at"],
            "text": passages,
            "words": words,
        }
        return {
            "documents": documents,
            "codes": pd.DataFrame(
                code_rows,
                columns=[
                    "id",
                    "key",
                    "parent",
                    "name_sv",
                    "name_en",
                    "definition_sv",
                    "definition_en",
                    "color",
                    "shortcut",
                ],
            ),
            "codings": pd.DataFrame(codings),
        }

    def _coding_columns(self, layer: str | None) -> dict[str, Any]:
        """The codings of ``layer`` (None: both) as numpy columns of ``FRAME_FIELDS``, in
        the store's order: taken from the codings a theme summary read once
        (``coding_columns.reading_once``), else read of the store, only the fields the
        frame holds (a column read is an object made per coding)."""
        import numpy as np

        from qualcode.project.coding_columns import held_columns

        held = held_columns(self)
        if held is not None:
            return held.frame_columns(layer)
        rows = self.store.codings.rows(layer=layer, fields=FRAME_FIELDS)
        n = len(rows)
        return {
            name: np.fromiter(
                map(itemgetter(at), rows),
                dtype=np.int64 if name in ("start", "end") else object,
                count=n,
            )
            for at, name in enumerate(FRAME_FIELDS)
        }

    def turns_frame(self, doc_ids: list[str] | None = None) -> pd.DataFrame:
        """Speaker turns (document, turn, speaker, start, end): who says a coded passage."""
        import pandas as pd

        ids = doc_ids if doc_ids is not None else [d.id for d in self.store.documents.summaries()]
        rows = [
            (doc_id, t.idx, t.speaker, t.start, t.end)
            for doc_id in dict.fromkeys(ids)
            for t in self.store.documents.turns(doc_id)
        ]
        return pd.DataFrame(rows, columns=["document", "turn", "speaker", "start", "end"])

    def with_speakers(self, codings: pd.DataFrame) -> pd.DataFrame:
        """``codings`` (a codings frame, or rows of one) with the speaker turn each coding
        starts in: ``turn`` (from 1, as the exports and the summary count) and ``speaker``
        (the stored label). Codes per participant is a researcher's first table, and the
        codings frame holds offsets only: the join on turns by offset was hers to write.
        A text without speakers (a plan, a policy) has neither; names are as stored, for
        analysis (``save_frame`` writes them through the pseudonym key)."""
        from qualcode.analysis.frames import attach_turns

        if not hasattr(codings, "columns") or "document" not in codings.columns:
            raise ValidationError(
                f"with_speakers: give the codings frame (frames()['codings']), not "
                f"{type(codings).__name__}"
            )
        turns = self.turns_frame(sorted(set(codings["document"])))
        joined = attach_turns(codings, turns)
        return joined.assign(turn=joined["turn"].astype("Int64") + 1)

    def memos_frame(self) -> pd.DataFrame:
        """The memos the acting person may read (blind: a coder's own), one row each, oldest
        first, with what each is about: a team that writes its analysis in memos, as in
        NVivo or QualCoder, read them in a notebook only through the memos export's prose.
        ``document`` is the document's id (as in the codings frame), ``code`` a code's key,
        ``passage`` the words a memo on a passage or coding is about; the text as stored
        (``save_frame`` puts it through the pseudonym key)."""
        import pandas as pd

        columns = [
            "id", "author", "created_at", "about", "document", "document_name", "start",
            "end", "code", "passage", "text",
        ]  # fmt: skip
        memos = sorted(self.memos(), key=lambda m: m.created_at)
        rows = [
            {
                "id": v.memo.id,
                "author": v.memo.author,
                "created_at": v.memo.created_at,
                "about": v.memo.target_kind,
                "document": v.document_id,
                "document_name": v.document,
                "start": v.start,
                "end": v.end,
                "code": v.code,
                "passage": v.excerpt or None,
                "text": v.memo.text,
            }
            for v in self.memo_views(memos)
        ]
        # whole numbers, missing where a memo has no passage: a plain column would turn
        # every offset into a float beside None, and ``text[start:end]`` refuses floats
        return pd.DataFrame(rows, columns=columns).astype({"start": "Int64", "end": "Int64"})


def _passages(texts: dict[str, str], documents: Any, starts: Any, ends: Any) -> tuple[Any, Any]:
    """Each coding's passage (its text's ``[start:end]``) and its words (``len(split())``)
    as an object and an integer column. A passage several coders coded alike is cut and
    counted once: they stand together in the store's order (document, start, end), and
    200k codings of 1,000 documents held 70k passages, whose cutting and splitting three
    times over was 0.06 s CPU of a theme summary. Codings apart are cut apart, as before
    (the same texts and counts either way)."""
    import numpy as np

    n = len(documents)
    if not n:
        return np.empty(0, dtype=object), np.empty(0, dtype=np.int64)
    new = np.ones(n, dtype=bool)  # where a run of codings of one passage begins
    new[1:] = (
        (documents[1:] != documents[:-1]) | (starts[1:] != starts[:-1]) | (ends[1:] != ends[:-1])
    )
    first = np.flatnonzero(new)
    cut = [
        texts[d][s:e]
        for d, s, e in zip(
            documents[first].tolist(), starts[first].tolist(), ends[first].tolist(), strict=True
        )
    ]
    counted = np.fromiter(map(len, map(str.split, cut)), np.int64, len(cut))
    run = np.cumsum(new) - 1  # each coding's passage
    return np.fromiter(cut, dtype=object, count=len(cut))[run], counted[run]
