"""An .rtf whose hex escapes write control characters into its text (hostile46).

An RTF file is ASCII, so it passes the binary test on its bytes; but ``\\'1b`` and
``\\'00`` write ESC and NUL into the text it holds. A file of ESC sequences written so went
into a document whole, where a .txt of the same text is refused as binary data. It is
refused now in one line, and the project holds nothing of it; one such character in a long
text still imports, as from a .txt.
"""

from __future__ import annotations

from pathlib import Path

from qualcode import Project

HEAD = r"{\rtf1\ansi\ansicpg1252 {\fonttbl\f0 Arial;} \f0 "
LONG = r"Det var en mening om arbetsmilj\'f6n i n\'e4mnden. " * 30


def _rtf(path: Path, body: str) -> Path:
    path.write_text(HEAD + body + r"\par }", encoding="ascii")
    return path


def test_escaped_control_characters_are_refused(tmp_path: Path) -> None:
    source = _rtf(tmp_path / "esc.rtf", r"Hej. " + r"\'1b[2J\'1b]0;owned\'07\'00 " * 10 + LONG)
    with Project.create(tmp_path / "p.db") as project:
        project.add_coder("lena", role="lead")
        project.act_as("lena")
        report = project.import_files([source], lang="sv", actor="lena")
        assert report.imported == []
        [(name, why)] = report.failed
        assert name == "esc.rtf" and why.startswith("binary data (control character 0x1b")
        assert project.documents() == []


def test_one_in_a_long_text_imports(tmp_path: Path) -> None:
    source = _rtf(tmp_path / "one.rtf", LONG + r"Slut\'07.")
    with Project.create(tmp_path / "p.db") as project:
        project.add_coder("lena", role="lead")
        project.act_as("lena")
        report = project.import_files([source], lang="sv", actor="lena")
        assert [d.name for d in report.imported] == ["one.rtf"], report.failed
