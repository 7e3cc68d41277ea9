"""Claim 1 (red team): a transcript half UTF-8, half cp1252 is refused, not garbled.

Two files pasted together, one saved on a Mac (UTF-8) and one on Swedish Windows
(cp1252), in about equal parts, were read as cp1252, so every å of the UTF-8 half was
stored as "Ã¥" for good (the text never changes after import). Now the import is refused
in one line naming the first bad byte, and nothing is written.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.textbytes import read_text_bytes
from tests.hostile.export_kit import counts, fails

LINES = "I: Hur mår du i år?\nR: Jag mår bra. Det är svårt med budgeten i år, säger hon.\n"


@pytest.mark.parametrize(
    "data",
    [LINES.encode() + LINES.encode("cp1252"), LINES.encode("cp1252") + LINES.encode()],
    ids=["utf8-then-cp1252", "cp1252-then-utf8"],
)
def test_half_and_half_is_refused_in_one_line(tmp_path: Path, data: bytes) -> None:
    project = tmp_path / "p.db"
    with Project.create(project) as created:
        created.add_coder("lena", role="lead")  # the kit's runner acts as lena
    before = counts(project)
    source = tmp_path / "pasted.txt"
    source.write_bytes(data)
    message = fails(project, "import", str(source), "--lang", "sv")
    assert "mixes two encodings" in message and "byte offset" in message
    assert counts(project) == before


@pytest.mark.parametrize("encoding", ["utf-8", "cp1252", "utf-16", "utf-16-le", "utf-16-be"])
def test_one_encoding_still_reads(encoding: str) -> None:
    assert read_text_bytes(LINES.encode(encoding), "x")[0] == LINES
