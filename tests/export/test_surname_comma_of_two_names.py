"""A name written surname first with a comma ("Berg, Anna") is read whichever way the key
holds it, and where it may be either of two names on the key nothing guesses.

key50 found that a key holding both "Anna Berg" and "Berg Anna" read "Berg, Anna" as
neither: the surname-first spelling of each was the other name, so it was skipped, and
neither name allowed a comma. The list spelling went out as written in every export and
the leak check let it pass. A key holding only "Berg Anna" (a lead who typed a name as a
list writes it) missed "Berg, Anna" the same way. Now "Berg, Anna" is the name on the key
it can be; with both names on the key under two pseudonyms it is printed as neither, and
every export is refused in one line naming both pseudonyms (small50).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import QualcodeError
from qualcode.export.pseudonyms import Key
from tests.conftest import mission_team

TEXT = "Berg, Anna var med på mötet."
BOTH = {"Anna Berg": "IP7", "Berg Anna": "IP8"}


def test_with_both_names_on_the_key_the_list_spelling_is_printed_as_neither() -> None:
    key = Key(BOTH)
    assert key.apply(TEXT) == TEXT
    assert key.leaks(key.apply(TEXT)) == ["Anna Berg", "Berg Anna"]
    assert key.apply("BERG, ANNA sa nej") == "BERG, ANNA sa nej"
    assert key.leaks("Anna, Berg") == ["Anna Berg", "Berg Anna"]


def test_with_both_names_each_written_as_on_the_key_is_its_own() -> None:
    key = Key(BOTH)
    assert key.apply("Anna Berg och Berg Anna") == "IP7 och IP8"
    assert key.apply("anna_berg.txt, berg_anna.txt") == "IP7.txt, IP8.txt"
    assert key.leaks("IP7 och IP8") == []


def test_both_names_under_one_pseudonym_are_one_reading() -> None:
    key = Key({"Anna Berg": "IP7", "Berg Anna": "IP7"})
    assert key.apply(TEXT) == "IP7 var med på mötet."
    assert key.leaks(key.apply(TEXT)) == []


@pytest.mark.parametrize(
    ("entries", "pseudonym"),
    [({"Anna Berg": "IP7"}, "IP7"), ({"Berg Anna": "IP8"}, "IP8")],
    ids=["first-name-first", "surname-first"],
)
def test_one_name_on_the_key_reads_the_list_spelling(
    entries: dict[str, str], pseudonym: str
) -> None:
    key = Key(entries)
    for text in (TEXT, "Berg,Anna var med på mötet.", "Berg,\nAnna var med på mötet."):
        assert key.apply(text) == f"{pseudonym} var med på mötet.", text
        assert key.leaks(text) == list(entries), text
        assert key.leaks(key.apply(text)) == [], text


def test_a_list_of_first_names_is_not_a_double_first_name() -> None:
    """Only a name's first whole word takes the comma: "Anna, Karin Berg" is two people."""
    key = Key({"Anna-Karin Berg": "IP3"})
    assert key.apply("Anna, Karin Berg och Lisa") == "Anna, Karin Berg och Lisa"
    assert key.apply("Anna-Karin, Berg") == "IP3"


def _project(tmp_path: Path, entries: dict[str, str]) -> Project:
    project = mission_team(tmp_path / "p.db")
    doc = project.import_text("lista.txt", f"I: Vem var med?\n\nSvar: {TEXT}\n", lang="sv").id
    for real, pseudonym in entries.items():
        project.set_pseudonym(real, pseudonym, "lena", kind="person")
    start = project.store.documents.text_of(doc).index("Berg, Anna")
    project.act_as("karin")
    project.add_coding(doc, start, start + len(TEXT), "mission", "karin")
    project.act_as("lena")
    return project


EXPORTS: dict[str, Callable[[Project, Path], object]] = {
    "summary.md": lambda p, out: p.export_summary(out, layer="coder", viewer="lena"),
    "codings.csv": lambda p, out: p.export_codings(out, layer="coder"),
    "study.qdpx": lambda p, out: p.export_qdpx(out),
}


@pytest.mark.parametrize("name", EXPORTS)
def test_every_export_refuses_it_in_one_line_with_both_names_on_the_key(
    tmp_path: Path, name: str
) -> None:
    out = tmp_path / name
    with _project(tmp_path, BOTH) as project, pytest.raises(QualcodeError) as refused:
        EXPORTS[name](project, out)
    said = str(refused.value)
    assert "\n" not in said and re.search(r"the real name behind IP7, IP8 would appear", said)
    assert "Anna" not in said and "Berg" not in said  # the pseudonyms, never a name
    assert list(tmp_path.glob(f"{out.stem}*")) == []


@pytest.mark.parametrize("entries", [{"Anna Berg": "IP7"}, {"Berg Anna": "IP8"}])
def test_with_one_name_every_export_prints_its_pseudonym(
    tmp_path: Path, entries: dict[str, str]
) -> None:
    (pseudonym,) = entries.values()
    with _project(tmp_path, entries) as project:
        for name, export in EXPORTS.items():
            export(project, tmp_path / name)
    read = (tmp_path / "codings.csv").read_text(encoding="utf-8-sig")
    assert f"{pseudonym} var med" in read and "Berg" not in read
    summary = (tmp_path / "summary.md").read_text(encoding="utf-8")
    assert "Berg" not in summary
