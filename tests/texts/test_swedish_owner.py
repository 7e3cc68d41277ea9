"""A Swedish genitive of a coder's name or a pseudonym, built by one rule for every title
and verdict (polish48): "lenas kodningar", but "Jonas kodningar" and "Max kodningar" (no
added s after s, x or z: "Jonass" is wrong) and "Kodare A:s" after a capital or digit."""

from __future__ import annotations

import pytest

from qualcode.export.labels import verdict_name
from qualcode.project import Project
from qualcode.texts import owner
from qualcode.tui.catalog import Catalog
from qualcode.tui.labels import verdict_words
from tests.cli.role_words_kit import coded_with_role, english_cli


@pytest.mark.parametrize(
    ("name", "sv", "en"),
    [
        ("lena", "lenas", "lena's"),
        ("jonas", "jonas", "jonas's"),
        ("Max", "Max", "Max's"),
        ("Inez", "Inez", "Inez's"),
        ("Kodare A", "Kodare A:s", "Kodare A's"),
        ("Kodare S", "Kodare S:s", "Kodare S's"),
        ("IP1", "IP1:s", "IP1's"),
        ("LENA", "LENAS", "LENA's"),
        ("JONAS", "JONAS", "JONAS's"),
        ("MAX", "MAX", "MAX's"),
        ("max", "max", "max's"),
        ("Kodare 3", "Kodare 3:s", "Kodare 3's"),
        ("Öberg-LIND", "Öberg-LINDS", "Öberg-LIND's"),
        ("SKR", "SKR:s", "SKR's"),
        ("HR", "HR:s", "HR's"),
        ("Kodare AB", "Kodare AB:s", "Kodare AB's"),
        ("IP3a", "IP3a:s", "IP3a's"),  # a pair interview's participant: a code, no word
        ("IP3b", "IP3b:s", "IP3b's"),
    ],
)
def test_the_owner_s_form(name: str, sv: str, en: str) -> None:
    assert (owner(name, "sv"), owner(name, "en")) == (sv, en)


def test_an_all_caps_name_is_a_name_not_an_abbreviation() -> None:
    """Transcripts write speakers "JONAS:"; the owner was "JONAS:s", read as an abbreviation
    (minor49). A name in capitals takes its s as the name does, in capitals."""
    said = [verdict_name(f"accept:{n}", "sv") for n in ("LENA", "JONAS", "Kodare 3")]
    assert said == ["godta LENAS", "godta JONAS", "godta Kodare 3:s"]


def test_every_verdict_builds_it_alike() -> None:
    said = [verdict_name(f"accept:{n}", "sv") for n in ("lena", "jonas", "max", "Kodare A")]
    assert said == ["godta lenas", "godta jonas", "godta max", "godta Kodare A:s"]
    sv = Catalog("sv")
    assert verdict_words("accept:max", sv) == "max version"
    assert verdict_words("accept:Kodare A", sv) == "Kodare A:s version"


def test_a_report_title_in_swedish_names_jonas_without_an_added_s(project: Project) -> None:
    coded_with_role(project, "chef.txt", "förvaltningschef")
    for name in ("jonas", "max"):
        project.add_coder(name, actor="lena")
        at = project.document("chef.txt").text.index("Mest")
        project.add_coding("chef.txt", at, at + 10, "integration", name)
        printed = english_cli(project, "report", "crosstab", "role", "--layer",
                              f"coder:{name}", "--lang", "sv")  # fmt: skip
        assert printed.startswith(f"Kodade segment per roll: {name} kodningar"), printed
    printed = english_cli(project, "report", "crosstab", "role", "--layer", "coder:lena")
    assert printed.startswith("Coded segments by role: lena's codings"), printed


@pytest.mark.parametrize(
    ("entries", "text", "rendered"),
    [
        ({"Karin": "Jonas"}, "Karins chef och karins kollega", "Jonas chef och Jonas kollega"),
        ({"Karin": "Max"}, "KARINS bil", "MAX bil"),
        ({"Karin": "Lena"}, "Karins chef", "Lenas chef"),
        ({"Karin": "Kodare A"}, "Karins chef", "Kodare A:s chef"),
        ({"Karin": "IP3a"}, "Karins chef", "IP3a:s chef"),  # was "IP3as chef"
        ({"Öberg-Lind": "Jonas"}, "Öberg-Linds enhet", "Jonas enhet"),
        ({"Åby": "Kommun Vaxholms"}, "Åbys skola", "Kommun Vaxholms skola"),
    ],
)  # fmt: skip
def test_a_pseudonym_s_genitive_follows_the_same_rule(
    entries: dict[str, str], text: str, rendered: str
) -> None:
    """A key naming Karin "Jonas" printed "Karins chef" as "Jonass chef"."""
    from qualcode.export.pseudonyms import Key

    assert Key(entries).apply(text) == rendered


@pytest.mark.parametrize(
    ("name", "alone", "a_person"),
    [
        ("BO", "BO:s", "BOS"),  # a speaker written "BO:", coding as herself
        ("EU", "EU:s", "EUS"),
        ("HR", "HR:s", "HR:s"),  # no vowel to say it by: letters, whoever it is
        ("A", "A:s", "A:s"),  # one letter is a letter
        ("Kodare AB", "Kodare AB:s", "Kodare AB:s"),  # a label's letters stay letters
        ("Coder B", "Coder B:s", "Coder B:s"),
        ("Bo", "Bos", "Bos"),
    ],
)
def test_two_capitals_are_a_person_s_name_where_a_person_is_meant(
    name: str, alone: str, a_person: str
) -> None:
    """``owner("BO")`` read Bo's name, as a transcript writes its speaker, as an abbreviation:
    "BO:s" (review49). A word alone cannot tell Bo from HR, so the callers that print a
    person (a coder's title, verdict and version) say so."""
    assert owner(name, "sv") == alone
    assert owner(name, "sv", person=True) == a_person


def test_a_coder_named_bo_in_capitals_is_named_as_a_person(project: Project) -> None:
    coded_with_role(project, "chef.txt", "förvaltningschef")
    project.add_coder("BO", actor="lena")
    at = project.document("chef.txt").text.index("Mest")
    project.add_coding("chef.txt", at, at + 10, "integration", "BO")
    printed = english_cli(project, "report", "crosstab", "role", "--layer", "coder:BO",
                          "--lang", "sv")  # fmt: skip
    assert printed.startswith("Kodade segment per roll: BOS kodningar"), printed
    assert verdict_name("accept:BO", "sv") == "godta BOS"
    assert verdict_words("accept:BO", Catalog("sv")) == "BOS version"
