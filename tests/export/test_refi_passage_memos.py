"""A .qdpx round trip keeps the passage a memo on a passage is about (user47). The file
wrote it as a note on the whole source, the standard's note having no span, and read back
it was a memo on the document: "is this the director's own view?" no longer said which
words it asked of. The passage is kept in qualcode's own member, moved onto the words it
stands on in the text sent through the pseudonym key, as codings are."""

from __future__ import annotations

import json
from pathlib import Path

from qualcode import Project
from tests.hostile.export_kit import rewritten
from tests.lead_and_coder_kit import lead_and_karin

TEXT = (
    "Interviewer: What changed?\n"
    "Margaret Ellison: The new director started looking at the system. "
    "Margaret says so too. We got an intake team.\n"
)


def _exported(tmp_path: Path) -> Path:
    p, doc = lead_and_karin(tmp_path / "a.db", "ip_01.txt", TEXT, "en")
    with p:
        p.set_pseudonym("Margaret Ellison", "IP1", "lena")
        p.act_as("karin")
        at = TEXT.index("We got")
        p.add_memo("document", doc, "karin", "who set it up?", span=(at, len(TEXT) - 1))
        p.add_memo("document", doc, "karin", "on the whole interview")
        p.act_as("lena")
        return p.export_qdpx(tmp_path / "a.qdpx")


def _memos(db: Path) -> dict[str, str | None]:
    with Project.open(db) as p:
        p.act_as("lena")
        text = p.document("ip_01").text
        return {m.text: None if m.start is None else text[m.start : m.end] for m in p.memos()}


def test_a_passage_memo_comes_back_on_its_words(tmp_path: Path) -> None:
    qdpx = _exported(tmp_path)
    with Project.create(tmp_path / "b.db") as fresh:
        fresh.import_qdpx(qdpx, arriving="lena")
    assert _memos(tmp_path / "b.db") == {
        "who set it up?": "We got an intake team.",
        "on the whole interview": None,
    }


def test_a_passage_the_text_does_not_hold_leaves_the_memo_on_the_document(
    tmp_path: Path,
) -> None:
    """A hand-edited member: a span past the text's end, or turned round, is no passage."""
    qdpx = _exported(tmp_path)

    def past_the_end_or_turned(member: str) -> str:
        meta = json.loads(member)
        ((memo, _),) = meta["passages"].items()
        meta["passages"] = {memo: [10, 10_000], "other": [5, 2]}
        return json.dumps(meta)

    edited = rewritten(qdpx, "qualcode/project.json", past_the_end_or_turned, tmp_path / "e.qdpx")
    with Project.create(tmp_path / "c.db") as fresh:
        fresh.import_qdpx(edited, arriving="lena")
    assert _memos(tmp_path / "c.db") == {
        "who set it up?": None,
        "on the whole interview": None,
    }


def test_the_kept_work_names_what_it_reads() -> None:
    """``kept_work`` took the store and the key as Any (words47), so mypy could not see a
    wrong call from export.py: they are typed as the Store and the pseudonym Key."""
    import typing

    from qualcode.export.pseudonyms import Key
    from qualcode.model import DocumentSummary
    from qualcode.project import qdpx_kept
    from qualcode.store import Store

    known = {"Store": Store, "Key": Key, "DocumentSummary": DocumentSummary}
    for function in (qdpx_kept.kept_work, qdpx_kept._passages):
        hints = typing.get_type_hints(function, vars(qdpx_kept) | known)
        assert (hints["store"], hints["key"]) == (Store, Key)
