"""A .qdpx's project.qde is written source by source (``refi.project_parts``, perf42): the
tree of every coding (three elements each) and its written pieces were most of the
gigabyte a .qdpx of 200k codings took. The bytes must be those of the whole tree written
at once, which is what it falls back to should its mark between the sources be found in
a text: here both, from one project (two documents, codings with memos, a consensus
coding, a document note, characters XML cannot hold in a memo), and valid against the
standard's schema."""

from __future__ import annotations

import io
import uuid
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from qualcode.export import refi
from qualcode.export.refi import SourceDoc, project_parts, write_qdpx
from qualcode.export.refi_text import derived_guid
from qualcode.model import Code, Coder, Coding, Memo
from tests.export.test_refi import _schema

MARK = uuid.UUID("0123456789abcdef0123456789abcdef")


def _id(n: int) -> str:
    """A GUID, as the schema asks of every id."""
    return str(uuid.UUID(int=n))


def project_xml(*args: Any) -> bytes:
    """The whole project.qde, its parts joined."""
    return b"".join(project_parts(*args))


def _inputs() -> tuple[list[Coder], list[Code], list[SourceDoc], list[Coding], list[Memo]]:
    coders = [Coder(_id(1), "karin", "coder"), Coder(_id(2), "lena", "lead")]
    codes = [Code(_id(3), "mission", names={"sv": "Uppdrag", "en": "Mission"})]
    texts = ("R: Vi pratade om uppdraget & <nämnden>.", 'I: Och "sedan"?\nR: Tack.')
    documents = [
        SourceDoc(_id(10 + i), f"ip{i}.txt\x0c", text, {"municipality": "Åby"})
        for i, text in enumerate(texts)
    ]
    codings = [
        Coding(
            _id(20 + 2 * i + j),
            doc.id,
            3,
            20 + j,
            _id(3),
            "mission",
            coder,
            name,
            layer,
            "manual",
            "2026-12-05T04:00:00+00:00",
        )
        for i, doc in enumerate(documents)
        for j, (coder, name, layer) in enumerate(
            [(_id(1), "karin", "coder"), (_id(2), "lena", "consensus")]
        )
    ]
    marked = f"qualcode-sources-{MARK.hex} in a note\x0b"
    memos = [
        Memo(_id(30), "coding", _id(20), "karin", "bra citat\x0c", "2026-12-05T04:01:00+00:00"),
        Memo(_id(31), "document", _id(11), "lena", marked, "2026-12-05T04:02:00+00:00"),
    ]
    return coders, codes, documents, codings, memos


def _written() -> bytes:
    coders, codes, documents, codings, memos = _inputs()
    return project_xml(
        "p", "qualcode", "2026-12-05T04:03:00+00:00", coders, codes, documents, codings, memos
    )


def test_written_source_by_source_it_is_the_whole_tree(monkeypatch: pytest.MonkeyPatch) -> None:
    streamed = _written()
    monkeypatch.setattr(refi.uuid, "uuid4", lambda: MARK)  # the mark is in a note's text
    whole = _written()
    assert streamed == whole
    assert streamed.count(b"<PlainTextSelection ") == 4
    assert b"\x0b" not in streamed and b"\x0c" not in streamed


def test_written_source_by_source_it_is_valid() -> None:
    _schema("Project-mrt2019.xsd").validate(_written())


def test_no_source_no_sources(tmp_path: Path) -> None:
    coders, codes, _, _, memos = _inputs()
    xml = project_xml("p", "qualcode", "2026-12-05", coders, codes, [], [], memos[:1])
    assert b"Sources" not in xml and b"qualcode-sources-" not in xml


def test_the_archive_takes_the_parts_as_they_come(monkeypatch: pytest.MonkeyPatch) -> None:
    """The export hands ``write_qdpx`` the parts (a source each, between the head and the
    tail), never the whole text: the archive is the same, byte for byte, as one written
    from the joined text (its time held still, as two writes within a second)."""
    coders, codes, documents, codings, memos = _inputs()
    args = ("p", "qualcode", "2026-12-05T04:03:00+00:00", coders, codes, documents)
    made: list[int] = []

    def parts() -> Iterator[bytes]:
        for part in project_parts(*args, codings, memos):
            made.append(len(part))
            yield part

    monkeypatch.setattr(refi.time, "time", lambda: 1_764_900_000.0)
    archives = []
    for project in (project_xml(*args, codings, memos), parts()):
        buffer = io.BytesIO()
        write_qdpx(buffer, project, documents, {"qualcode/project.json": b"{}"})
        archives.append(buffer.getvalue())
    assert archives[0] == archives[1]
    assert len(made) == len(documents) + 2
    assert zipfile.ZipFile(io.BytesIO(archives[1])).read("project.qde") == _written()


ODD = 'a&b<c>d"e\rf\ng\th\x0bi\x0cj\x1fk\ufffel'  # every character escaped or removed


def test_written_as_text_every_value_as_the_tree_writes_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Each source is written as text (``refi_text``), not as a tree: every value that
    goes into an attribute or a text, holding every character ElementTree escapes and
    every one XML cannot hold, comes out as the tree written whole gives it (the mark
    between the sources found in a note's text, the second time)."""
    coders = [Coder(_id(1), f"karin{ODD}", "coder")]
    codes = [Code(_id(3), "mission", names={"en": f"Mission{ODD}"})]
    text = f"R: {ODD} och {ODD} igen.\n"
    documents = [
        SourceDoc(f"{_id(10)}{ODD}", f"ip{ODD}.txt", text, {"municipality": ODD, "role": ""}),
        SourceDoc(_id(11), "ip2.txt", "", {}),  # no coding, note or value: closed at once
    ]
    codings = [
        Coding(f"{_id(20 + i)}{ODD}", documents[0].id, 0, len(text), f"{_id(3)}{ODD}",
               "mission", f"{_id(1)}{ODD}", "karin", layer, "manual", f"2026-12-05{ODD}")
        for i, layer in enumerate(("coder", "consensus"))
    ]  # fmt: skip
    memos = [
        Memo(f"{_id(30)}{ODD}", "coding", codings[0].id, "karin", ODD, "2026-12-05"),
        Memo(f"{_id(31)}{ODD}", "document", documents[0].id, "karin", ODD, "2026-12-05"),
        Memo(_id(32), "project", "", "karin", f"qualcode-sources-{MARK.hex}", "2026-12-05"),
    ]
    args = ("p", "qualcode", "2026-12-05", coders, codes, documents, codings, memos)
    as_text = project_xml(*args)
    monkeypatch.setattr(refi.uuid, "uuid4", lambda: MARK)
    assert as_text == project_xml(*args)
    assert as_text.count(b"<PlainTextSelection ") == 2 and b"\x0b" not in as_text


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet=st.characters(blacklist_categories=("Cs",))), max_size=3))
def test_derived_guids_are_the_uuid5s(parts: list[str]) -> None:
    name = "qualcode:" + ":".join(parts)
    assert derived_guid(*parts) == str(uuid.uuid5(uuid.NAMESPACE_URL, name))
