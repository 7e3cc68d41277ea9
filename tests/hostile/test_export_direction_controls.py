"""Direction controls (U+202A-U+202E, U+2066-U+2069) in a memo or a transcript never reach
a co-author's file, and never hide a name from the pseudonym key.

A memo is taken as typed (any script, its marks too) and a transcript's text never changes
after import, so both may hold them. Written into a .md or .csv as they stood, U+202E showed
the rest of a line backwards ("Trojan source") and an unended isolate ran on into the next
cell; inside a name ("Kar" U+2066 U+2069 "in") they read "Karin" while the key and its leak
check saw two words, and the participant's name went out in every export.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from qualcode import Project
from qualcode.export.cells import csv_cell, in_order, md_block, md_inline, page_text
from qualcode.export.pseudonyms import Key
from tests.export.name_leak_kit import code_turns, exported_texts, exports_of, lead_and_coder

REORDERING = re.compile("[\u202a-\u202e\u2066-\u2069]")
RLO, LRI, PDI = "\u202e", "\u2066", "\u2069"


@pytest.mark.parametrize(
    "text",
    [f"Kar{LRI}{PDI}in sa nej", f"Kar{RLO}in sa nej", f"Anna{RLO} Berg sa nej", f"{RLO}Karin"],
)
def test_a_name_with_direction_controls_inside_is_found(text: str) -> None:
    key = Key({"Karin": "IP1", "Anna Berg": "IP2"})
    assert key.leaks(text)
    assert not key.leaks(key.apply(text))
    assert "IP" in key.apply(text)


def test_each_text_format_drops_the_controls_and_keeps_the_marks() -> None:
    text = f"ok {RLO}gnikrow{PDI} \u200fשלום\u200e end"
    for shown in (in_order(text), md_inline(text), *md_block(text), page_text(text)):
        assert not REORDERING.search(shown)
        assert "gnikrow" in shown and "\u200f" in shown  # the letters and the weak marks stay
    assert csv_cell(f"{RLO}=1+1") == "'=1+1"  # a formula behind a control still guarded
    assert csv_cell(f"x{LRI}y") == "xy"


MEMO = f"Bra citat {RLO}gnikrow{PDI} här, och {LRI}öppet utan slut"
TALK = (
    "I: Hur var det?\n\n"
    f"Karin: Det var tungt med uppdraget {RLO}tset{PDI} och Kar{LRI}{PDI}in sa det.\n"
)


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("bidi") / "p.db"
    with Project.create(path) as p:
        lead_and_coder(p)
        doc = p.import_text("aby_01.txt", TALK, lang="sv")
        code_turns(p, doc.id, "Karin", ("lena", "johan"), MEMO, coding_memo=MEMO)
        p.set_pseudonym("Karin", "IP1", "lena", "speaker")
    return path


@pytest.mark.slow
@pytest.mark.parametrize(("kind", "suffix"), exports_of("summary", "codings", "memos"))
def test_no_direction_control_in_an_export(
    project: Path, tmp_path: Path, kind: str, suffix: str
) -> None:
    text = "".join(exported_texts(project, kind, suffix, tmp_path))
    assert not REORDERING.search(text)
    assert "gnikrow" in text or kind == "summary"  # the memo's words are there, in order
    assert "Karin" not in text and "IP1" in text
