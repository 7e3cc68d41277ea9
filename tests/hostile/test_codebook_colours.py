"""A code's colour from another tool's codebook (red team, round 5): the YAML and CSV
readers held a colour to hex ('#1f77b4'), but a .qdc or a .qdpx brought any text as a
colour ('#zzzzzz', 'red on blue'), stored as it was; the TUI draws each coding in its
code's colour and rich cannot parse those (ColorParseError), so the coding screen died on
the first coding of such a code. The colour is now checked where every codebook enters
(``apply_codebook``): refused in one line naming the code, nothing written; a short hex
colour ('#AbC') still loads.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from rich.color import ColorParseError
from rich.style import Style

from qualcode import Project
from qualcode.errors import CodebookError
from tests.conftest import SV_TEXT, project_with, small_codebook
from tests.hostile.export_kit import counts, fails

QDC = (
    '<?xml version="1.0"?><CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="x"><Codes>'
    '<Code guid="a" name="Arbetsmiljö" isCodable="true" color="{color}"/></Codes></CodeBook>'
)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    path = tmp_path / "p.db"
    project_with(path).close()
    return path


@pytest.mark.parametrize("color", ["#zzzzzz", "red on blue"])
def test_a_qdc_with_a_colour_the_tui_cannot_draw_is_refused(project: Path, color: str) -> None:
    with pytest.raises(ColorParseError):  # what the coding screen met
        Style(bgcolor=color)
    source = project.with_name("book.qdc")
    source.write_text(QDC.format(color=color), encoding="utf-8")
    before = counts(project)
    message = fails(project, "codebook", "load", str(source))
    assert "code 'arbetsmiljo': field 'color' must be a hex colour" in message
    assert counts(project) == before


def test_a_short_hex_colour_still_loads(project: Path) -> None:
    source = project.with_name("book.qdc")
    source.write_text(QDC.format(color="#AbC"), encoding="utf-8")
    with Project.open(project) as opened:
        opened.act_as("lena")
        opened.load_codebook(source)
        assert [c.color for c in opened.codebook()] == ["#aabbcc"]


def test_a_qdpx_with_such_a_colour_is_refused_whole(project: Path, tmp_path: Path) -> None:
    with Project.create(tmp_path / "source.db") as source:
        source.add_coder("lena", role="lead")
        source.act_as("lena")
        source.apply_codebook(small_codebook())
        source.import_text("ip1.txt", SV_TEXT, lang="sv")
        source.export_qdpx(tmp_path / "good.qdpx")
    bad = tmp_path / "bad.qdpx"
    with zipfile.ZipFile(tmp_path / "good.qdpx") as src, zipfile.ZipFile(bad, "w") as out:
        for info in src.infolist():  # as another tool writes it: no qualcode extras
            if info.filename.startswith("qualcode/"):
                continue
            data = src.read(info.filename)
            if info.filename == "project.qde":
                data = data.replace(b'color="#', b'color="#zz', 1)
            out.writestr(info.filename, data)
    before = counts(project)
    with Project.open(project) as opened:
        opened.act_as("lena")
        with pytest.raises(CodebookError, match="field 'color' must be a hex colour"):
            opened.import_qdpx(bad)
    assert counts(project) == before
