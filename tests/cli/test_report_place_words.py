"""The CLI's reports name a proposed place pseudonym in the CLI's own words, English: in a
Swedish study `report frequencies` and `report crosstab` headed their rows and columns
"Kommun A" under titles and "not given" cells in English, where the English summary says
"Municipality A" (eyes32). A pseudonym the lead typed stays as typed."""

from __future__ import annotations

from pathlib import Path

from qualcode import Project
from tests.cli.cli_kit import ok
from tests.conftest import small_codebook

SWEDISH = (
    "Intervjuare: Hur är arbetet i {place}?\nRespondent: Vi har dialog om uppdraget varje vecka.\n"
)


def _study(path: Path) -> Path:
    """Three Swedish interviews from three towns (the project's language is Swedish), one
    coding each, and the places put on the key as qualcode proposes them."""
    with Project.create(path) as project:
        project.apply_codebook(small_codebook())
        project.add_coder("sam", role="lead")
        for name, place in (("a.txt", "Åby"), ("b.txt", "Ekstad"), ("c.txt", "Norrvik")):
            doc = project.import_text(
                name, SWEDISH.format(place=place), lang="sv", attributes={"municipality": place}
            )
            project.add_coding(doc.id, 0, 20, "mission_dialogue", "sam")
    ok(path, "--coder", "sam", "pseudonym", "suggest", "--apply", "--kinds", "place")
    ok(path, "--coder", "sam", "pseudonym", "set", "Norrvik", "Kommun Norr", "--kind", "place")
    return path


def test_frequencies_and_crosstab_name_proposed_places_in_english(tmp_path: Path) -> None:
    path = _study(tmp_path / "study.db")
    listed = ok(path, "--coder", "sam", "pseudonym", "list", "-f", "json")
    assert "Kommun A" in listed  # the key keeps the proposal in its documents' words
    frequencies = ok(path, "--coder", "sam", "report", "frequencies", "--by", "municipality")
    crosstab = ok(path, "--coder", "sam", "report", "crosstab", "municipality")
    for table in (frequencies, crosstab):
        assert table.count("Municipality ") == 2, table  # Åby's and Ekstad's, proposed
        assert "Kommun A" not in table and "Kommun B" not in table, table
        assert "Kommun C" not in table, table
        assert "Kommun Norr" in table, table  # typed by the lead: as typed
        assert "Åby" not in table and "Ekstad" not in table, table
