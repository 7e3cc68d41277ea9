"""``report frequencies`` and ``report crosstab`` take ``--lang sv`` as ``report quotes``
does: a Swedish team's counts name "Kommun A", "förvaltningschef" and "ej angivet" under a
Swedish title, where they printed "Municipality A" and "head of administration" under
"Frequencies: every coder's codings pooled" beside its Swedish summary (study48). The
column names a script reads (segments, words, documents) stay English in every language."""

from __future__ import annotations

import csv
import io

from qualcode.project import Project
from tests.cli.role_words_kit import coded_with_role, english_cli


def _kommun(project: Project) -> None:
    """Two documents in Åby, one by a förvaltningschef, one without a role, coded once
    each, and Åby put on the key as qualcode proposes it."""
    coded_with_role(project, "chef.txt", "förvaltningschef")
    text = "I: Hur går det?\n\nR: Bra i Åby.\n"
    project.import_text("utan.txt", text, lang="sv", attributes={"municipality": "Åby"})
    at = project.document("utan.txt").text.index("Bra")
    project.add_coding("utan.txt", at, at + 10, "integration", "lena")  # "Bra i Åby."
    english_cli(project, "pseudonym", "suggest", "--apply", "--kinds", "place")


def test_frequencies_in_swedish(project: Project) -> None:
    _kommun(project)
    args = ("report", "frequencies", "--by", "municipality,role", "--aggregate")
    printed = english_cli(project, *args, "--lang", "sv")
    assert printed.startswith(
        "Frekvenser: alla kodares kodningar sammanslagna (en passage räknas en gång per "
        "kodare som kodat den); en överordnad kod räknar även sina underkoders passager"
    ), printed
    assert "Kommun A" in printed and "förvaltningschef" in printed and "ej angivet" in printed
    assert "Municipality" not in printed and "not given" not in printed
    english = english_cli(project, *args)
    assert english.startswith("Frequencies: every coder's codings pooled"), english
    assert "Municipality A" in english and "head of administration" in english


def test_crosstab_in_swedish_keeps_its_csv_columns_but_names_values(project: Project) -> None:
    _kommun(project)
    printed = english_cli(project, "--coder", "lena", "report", "crosstab", "role",
                          "--layer", "coder:lena", "--lang", "sv")  # fmt: skip
    # the attribute named in the title's language too (report_titles.attribute_named)
    assert printed.startswith("Kodade segment per roll: lenas kodningar"), printed
    assert "förvaltningschef" in printed and "ej angivet" in printed
    files = {
        lang: english_cli(project, "report", "frequencies", "-f", "csv", "--lang", lang)
        for lang in ("sv", "en")
    }
    sv, en = (next(csv.reader(io.StringIO(files[k].lstrip("\ufeff")))) for k in ("sv", "en"))
    assert sv == en and "segments" in sv


def test_another_language_is_refused_before_counting(project: Project) -> None:
    from typer.testing import CliRunner

    from qualcode.cli import app

    for command in (("frequencies",), ("crosstab", "role")):
        got = CliRunner().invoke(app, ["-p", str(project.path), "report", *command, "--lang", "de"])
        assert got.exit_code == 1
        assert "Invalid value for --lang: 'de': use en or sv" in got.output


def test_cooccurrence_query_and_words_in_swedish(project: Project) -> None:
    _kommun(project)
    met = english_cli(project, "report", "cooccurrence", "--lang", "sv")
    assert met.startswith("Samförekomst (överlappande passager; varje kodares kodningar för sig)")
    assert english_cli(project, "report", "cooccurrence").startswith(
        "Co-occurrence (overlapping passages; each coder's codings apart)"
    )
    found = english_cli(project, "report", "query", "integration", "--lang", "sv")
    assert found.startswith("2 passager") and "Bra i Kommun A." in found, found
    english = english_cli(project, "report", "query", "integration")
    assert english.startswith("2 passages") and "Bra i Kommun A." in english  # the talk's words
    said = english_cli(project, "report", "words", "--lang", "sv", "--top", "3")
    assert said.startswith("3 ord\n"), said
    assert english_cli(project, "report", "words", "--top", "3").startswith("3 words\n")
