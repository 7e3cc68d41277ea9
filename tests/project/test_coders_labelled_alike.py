"""Once one coder of an export must be labelled, every coder is labelled alike.

A participant who shares a coder's name (a speaker "Karin:" on the key) holds coder karin's
name back: exports print her "Kodare B". The others kept their names, so a methods section
read "3 kodare (Kodare B, johan, mira)": a co-author learnt that the one name held back was
the one a transcript named, and beside the transcript's "Karin" whose it was (user49). Now
every coder without a pseudonym of her own is "Kodare" and the letter of her place, and a
coder the lead gave a pseudonym keeps it.
"""

from __future__ import annotations

from pathlib import Path

from qualcode import Project

SV_SPEAKING = (
    "I: Hur var det för dig?\n\n"
    "Karin: Det var tungt på jobbet.\n\n"
    "I: Varför?\n\n"
    "Karin: För många ärenden.\n"
)


def _team(path: Path) -> Project:
    project = Project.create(path)
    project.add_coder("lena", role="lead")
    project.add_coder("karin")
    project.add_coder("johan")
    project.add_coder("mira")
    project.act_as("lena")
    project.import_text("aby_02.txt", SV_SPEAKING, lang="sv")
    return project


def test_every_coder_is_labelled_once_one_must_be(tmp_path: Path) -> None:
    with _team(tmp_path / "p.db") as project:
        before = project.pseudonym_key(viewer="lena", lang="sv")
        assert [before.coder(c) for c in ("karin", "johan", "mira")] == ["karin", "johan", "mira"]
        project.set_pseudonym("Karin", "IP2", "lena")
        key = project.pseudonym_key(viewer="lena", lang="sv")
        printed = [key.coder(c) for c in ("lena", "karin", "johan", "mira")]
        english = [project.pseudonym_key(viewer="lena", lang="en").coder(c) for c in ("johan",)]
    assert printed == ["lena", "Kodare B", "Kodare C", "Kodare D"]  # the lead signs the paper
    assert english == ["Coder C"]  # one letter in every language
    # a cell that is just her name (agreement rows, a coder column): hers, not Karin's IP2
    assert [key.apply(c) for c in ("karin", "johan")] == ["Kodare B", "Kodare C"]


def test_a_coders_own_pseudonym_is_kept_beside_the_labels(tmp_path: Path) -> None:
    with _team(tmp_path / "p.db") as project:
        project.set_pseudonym("mira", "Granskare M", "lena")
        project.set_pseudonym("Karin", "IP2", "lena")
        key = project.pseudonym_key(viewer="lena", lang="sv")
        printed = {c: key.coder(c) for c in ("karin", "johan", "mira")}
    assert printed == {"karin": "Kodare B", "johan": "Kodare C", "mira": "Granskare M"}
