"""A name of two words in a script without capitals is found however its words are joined.

Persian writes a compound name with a space, a zero-width non-joiner or nothing between its
words, and one transcript may hold all three. The lead put "محمد رضا" (two words) on the
key and the transcript's "محمدرضا" and "محمد‌رضا" stood in every export: between two
words the key allowed spaces, "_", "-" or a dot, and joined two capitalised words only
("AnnaBerg"), which a script without capitals never writes. The key's "نیک‌نام" (with the
non-joiner) likewise left a file name's "نیک نام" as it was.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.export.pseudonyms import Key

ON_KEY = {"محمد رضا": "IP1", "نیک\u200cنام": "IP2", "عبد الله رضایی": "IP3", "Ali Reza": "IP4"}


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("من با محمد رضا صحبت کردم", "من با IP1 صحبت کردم"),
        ("من با محمدرضا صحبت کردم", "من با IP1 صحبت کردم"),
        ("من با محمد\u200cرضا صحبت کردم", "من با IP1 صحبت کردم"),
        ("من با نیک نام صحبت کردم", "من با IP2 صحبت کردم"),
        ("نیک_نام.txt", "IP2.txt"),
        ("من با عبدالله رضایی صحبت کردم", "من با IP3 صحبت کردم"),
        ("من با عبدالله\u200cرضایی صحبت کردم", "من با IP3 صحبت کردم"),
    ],
)
def test_the_name_is_found_apart_or_together(text: str, shown: str) -> None:
    key = Key(ON_KEY)
    assert key.apply(text) == shown
    assert key.leaks(text) and not key.leaks(shown)


@pytest.mark.parametrize(
    "text",
    [
        "من با محمدرضایی صحبت کردم",  # another name that begins with it
        "R: Alireza kom sent.",  # a Latin name's words together are another spelling
        "من با عبد الله صحبت کردم",  # part of the name alone
    ],
)
def test_other_words_stay(text: str) -> None:
    assert Key(ON_KEY).apply(text) == text


def test_a_codings_export_prints_the_pseudonym(tmp_path: Path) -> None:
    text = "R: من با محمدرضا در مورد وظیفه و منابع صحبت کردم.\n"
    with Project.create(tmp_path / "p.db") as p:
        p.add_coder("lena", role="lead")
        p.act_as("lena")
        p.add_code("mission", {"sv": "Uppdrag"})
        doc = p.import_text("fa_01.txt", text, lang="sv").id
        p.add_coding(doc, 3, len(text) - 1, "mission", "lena")
        p.set_pseudonym("محمد رضا", "IP1", "lena")
        out = p.export_codings(tmp_path / "codings.csv", viewer="lena")
    written = out.read_text(encoding="utf-8-sig")
    assert "IP1" in written and "محمدرضا" not in written
