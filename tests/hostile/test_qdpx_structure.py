"""A .qdpx whose structure would import wrongly is refused whole, in one line, and a
project file the command created for it is not left behind (red team 3). Before: two
codes under one GUID (or a code nested inside itself) sent every selection to whichever
came last, or dropped them as 'unknown code'; two sources under one GUID imported both;
two users of one name made a raw 'already coded' refusal naming no file; a source whose
text lies outside the archive (absolute://, relative://, file://) was skipped as 'empty
text' and its codings dropped; a selection naming no code was skipped; and every refused
import left an empty project file where there was none."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from qualcode import Project
from qualcode.cli import app
from qualcode.errors import QualcodeError

CODE = "11111111-1111-1111-1111-111111111111"
CODE2 = "55555555-5555-5555-5555-555555555555"
SRC = "22222222-2222-2222-2222-222222222222"
SRC2 = "66666666-6666-6666-6666-666666666666"
USER = "77777777-7777-7777-7777-777777777777"
USER2 = "88888888-8888-8888-8888-888888888888"
TEXT = "I: Hur gick det med uppdraget?\nR: Vi pratade med nämnden om det."


def _source(guid: str, name: str, path: str, code: str = CODE, user: str = USER) -> str:
    return (
        f'<TextSource guid="{guid}" name="{name}" plainTextPath="{path}">'
        f'<PlainTextSelection guid="{guid[:8]}-3333-3333-3333-333333333333" startPosition="3" '
        f'endPosition="20" creatingUser="{user}"><Coding guid="{guid[:8]}-4444-4444-4444-'
        f'444444444444" creatingUser="{user}"><CodeRef targetGUID="{code}"/></Coding>'
        "</PlainTextSelection></TextSource>"
    )


def _qdpx(
    path: Path,
    *,
    codes: str = f'<Code guid="{CODE}" name="Uppdrag" isCodable="true"/>',
    sources: str = _source(SRC, "ip1.txt", "internal://ip1.txt"),
    users: str = f'<User guid="{USER}" name="karin"/>',
) -> Path:
    qde = (
        '<?xml version="1.0" encoding="utf-8"?><Project xmlns="urn:QDA-XML:project:1.0" '
        f'name="x" origin="NVivo 15"><Users>{users}</Users><CodeBook><Codes>{codes}</Codes>'
        f"</CodeBook><Sources>{sources}</Sources></Project>"
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("project.qde", qde)
        archive.writestr("sources/ip1.txt", TEXT)
        archive.writestr("sources/ip2.txt", TEXT.replace("nämnden", "chefen"))
    return path


CASES = {
    "code-guid-twice": (
        {
            "codes": f'<Code guid="{CODE}" name="Uppdrag" isCodable="true"/>'
            f'<Code guid="{CODE}" name="Tillit" isCodable="true"/>'
        },
        f"two codes share the GUID {CODE} ('Tillit' and an earlier one)",
    ),
    "code-inside-itself": (
        {
            "codes": f'<Code guid="{CODE}" name="Uppdrag" isCodable="true">'
            f'<Code guid="{CODE}" name="Under" isCodable="true"/></Code>'
        },
        f"two codes share the GUID {CODE} ('Under'",
    ),
    "source-guid-twice": (
        {
            "sources": _source(SRC, "ip1.txt", "internal://ip1.txt")
            + _source(SRC, "ip2.txt", "internal://ip2.txt")
        },
        f"two sources share the GUID {SRC} ('ip1.txt' and 'ip2.txt')",
    ),
    "user-name-twice": (
        {
            "users": f'<User guid="{USER}" name="karin"/><User guid="{USER2}" name="karin"/>',
            "sources": _source(SRC, "ip1.txt", "internal://ip1.txt")
            + _source(SRC2, "ip2.txt", "internal://ip2.txt", user=USER2),
        },
        "two users are named 'karin'",
    ),
    "absolute-path": (
        {"sources": _source(SRC, "ip1.txt", "absolute:///etc/passwd")},
        "source 'ip1.txt' is not in the archive (absolute:///etc/passwd)",
    ),
    "relative-path": (
        {"sources": _source(SRC, "ip1.txt", "relative://../../hemligt.txt")},
        "source 'ip1.txt' is not in the archive (relative://../../hemligt.txt)",
    ),
    "internal-escape": (
        {"sources": _source(SRC, "ip1.txt", "internal://../../etc/passwd")},
        "source 'ip1.txt' points to missing internal://../../etc/passwd",
    ),
    "unknown-code": (
        {"sources": _source(SRC, "ip1.txt", "internal://ip1.txt", code=CODE2)},
        f"source 'ip1.txt', selection {SRC[:8]}-3333-3333-3333-333333333333: names no code",
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_refused_whole_through_the_api(tmp_path: Path, case: str) -> None:
    parts, message = CASES[case]
    path = _qdpx(tmp_path / "in.qdpx", **parts)
    with Project.create(tmp_path / "study.db") as project:
        with pytest.raises(QualcodeError) as caught:
            project.import_qdpx(path)
        assert str(caught.value).startswith("in.qdpx: "), caught.value
        assert message in str(caught.value)
        assert "\n" not in str(caught.value)
        assert project.documents() == [] and project.codebook() == []
        assert project.coders() == []


@pytest.mark.parametrize("case", ["code-guid-twice", "absolute-path", "user-name-twice"])
def test_a_refused_import_leaves_no_new_project_file(tmp_path: Path, case: str) -> None:
    parts, message = CASES[case]
    path = _qdpx(tmp_path / "in.qdpx", **parts)
    target = tmp_path / "new.db"
    got = CliRunner().invoke(app, ["-p", str(target), "import-qdpx", str(path)])
    assert got.exit_code == 1, got.output
    assert got.stderr.count("\n") == 1 and message in got.stderr, got.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.qdpx"]


def test_a_good_file_still_creates_its_project(tmp_path: Path) -> None:
    path = _qdpx(tmp_path / "in.qdpx")
    target = tmp_path / "new.db"
    got = CliRunner().invoke(app, ["-p", str(target), "import-qdpx", str(path)])
    assert got.exit_code == 0, got.output
    assert f"created {target}" in got.stderr
    with Project.open(target) as project:
        assert [c.coder for c in project.codings()] == ["karin"]


def test_an_existing_project_is_never_removed(tmp_path: Path) -> None:
    """Only a file this command made is taken away again; an empty project someone
    created before stays, whatever the import does."""
    target = tmp_path / "study.db"
    Project.create(target).close()
    parts, _ = CASES["absolute-path"]
    path = _qdpx(tmp_path / "in.qdpx", **parts)
    got = CliRunner().invoke(app, ["-p", str(target), "import-qdpx", str(path)])
    assert got.exit_code == 1 and target.exists()
    assert Project.discard_new(tmp_path / "nothing.db") is False
