"""Transcripts saved in DOS's or an older Mac's code page (red team, round 7).

A .txt from DOS (cp850, which has cp437's å, ä and ö) or from a Mac before OS X (Mac
Roman) decodes as cp1252 too, and was read so: 'Hur b”rjade det?', 'n„mnden', 'Sj”berg'
(DOS) and 'bšrjade', 'nŠmnden' (Mac), stored for good since the text never changes after
import; a DOS file with an Å failed cp1252 and was guessed as cp1257. When the
cp1252 reading holds symbols inside words that another code page reads as letters (or as
the Mac's apostrophe), that page is the file's. cp1252 files read as before.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.textbytes import read_text_bytes

SV = (
    "I: Hur började det?\r\nR: Med en dialog i nämnden. Sjöberg sa att föräldrarna hörde "
    "av sig.\r\n"
)
SV_ABY = SV.replace("Sjöberg", "Sjöberg på Åby")  # DOS's Å is no cp1252 character
EN = "I: Didn’t they say so?\r\nR: We weren’t told – they’d decided, and it’s done.\r\n"


@pytest.mark.parametrize(
    ("text", "page"),
    [
        (SV, "cp850"),
        (SV, "cp437"),
        (SV_ABY, "cp850"),
        (SV, "mac_roman"),
        (EN, "mac_roman"),
        (SV_ABY, "cp1252"),
    ],
)
def test_the_file_reads_as_written(text: str, page: str) -> None:
    got, _ = read_text_bytes(text.encode(page), "ip1.txt")
    assert got == text


def test_cp1252_with_dashes_and_quotes_stays_cp1252() -> None:
    text = "I said don’t “quote” me – Stockholm–Gothenburg, well—maybe… naïve café Šimon"
    assert read_text_bytes(text.encode("cp1252"), "e.txt") == (text, "cp1252")


def test_the_import_stores_the_letters(tmp_path: Path) -> None:
    (tmp_path / "ip1.txt").write_bytes(SV_ABY.encode("cp850"))
    with Project.create(tmp_path / "p.db") as p:
        (doc,) = p.import_files([tmp_path / "ip1.txt"], lang="sv").imported
        assert "Sjöberg på Åby" in p.store.documents.get(doc.id).text
