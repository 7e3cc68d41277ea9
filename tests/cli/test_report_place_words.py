"""The CLI's reports name a proposed place pseudonym in the CLI's own words, English: in a
Swedish study `report frequencies` and `report crosstab` headed their rows and columns
"Kommun A" under titles and "not given" cells in English, where the English summary says
"Municipality A" (eyes32). A pseudonym the lead typed stays as typed."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

from qualcode import Project
from tests.cli.cli_kit import ok
from tests.conftest import small_codebook

PROPOSED_SV = re.compile(r"Kommun[ _][A-Z](?![a-z])")  # "Kommun A", or "Kommun_A_01" in a file name
SWEDISH = (
    "Intervjuare: Hur är arbetet i {place}?\nRespondent: Vi har dialog om uppdraget varje vecka.\n"
)


def _outside_the_talk(printed: str) -> str:
    """A CSV report without its column of the talk quoted (``text``)."""
    rows = csv.DictReader(io.StringIO(printed.lstrip("\ufeff")))
    return "\n".join(",".join(str(v) for k, v in row.items() if k != "text") for row in rows)


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


def test_every_cli_report_names_them_so_and_a_set_title_too(tmp_path: Path) -> None:
    """The set's name in a table's title, and the quotes, query and words reports, name a
    proposed place as the rows of frequencies do: a set named for a town was titled
    "Kommun A" above rows saying "Municipality A", and `report quotes` cited
    "Kommun_A_..." beside a crosstab of "Municipality A" (review32). The talk
    quoted keeps its own words (pseudo41)."""
    path = _study(tmp_path / "study.db")
    ok(path, "--coder", "sam", "sets", "make", "Åby först", "--attr", "municipality=Åby")
    with Project.open(path) as project:  # a passage naming the town, for the query report
        doc = next(d for d in project.documents() if d.name == "a.txt")
        project.act_as("sam").add_coding(doc.id, 0, 35, "mission_dialogue", "sam")
    titled = ok(path, "--coder", "sam", "report", "frequencies", "--by", "municipality",
                "--set", "Åby först")  # fmt: skip
    assert "in the set 'Municipality " in titled and "Kommun" not in titled, titled
    reports = [
        ("report", "quotes", "-f", "csv"),
        ("report", "query", "mission_dialogue", "-f", "csv"),  # "Hur är arbetet i ..."
        ("report", "words", "--top", "50"),
        ("report", "cooccurrence", "--set", "Åby först"),
    ]
    for args in reports:
        printed = ok(path, "--coder", "sam", *args)
        # the talk quoted keeps its own words: the Swedish interview's "i Kommun C"
        # (export/key_languages.py, pseudo41); everything around it is in English
        around = _outside_the_talk(printed) if "csv" in args else printed
        assert not PROPOSED_SV.search(around), (args, printed)  # "Kommun Norr" was typed
        assert "Åby" not in printed and "Ekstad" not in printed, (args, printed)
    for args in reports[:2]:
        assert "Hur är arbetet i Kommun C" in ok(path, "--coder", "sam", *args), args
    for args in (reports[0], reports[2]):  # each names the proposed places, in English
        assert "Municipality " in ok(path, "--coder", "sam", *args), args
