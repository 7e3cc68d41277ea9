"""Two values the pseudonym key prints alike are one group in a report (red team 36).

A lead who puts two places on the key under one pseudonym (two small municipalities pooled
as "Kommun A", or two spellings of one) got, from `report frequencies --by municipality`,
two "Kommun A" rows for every code, each counting half, and from `report crosstab
municipality` a traceback (two columns of one name). The summary already counted them as
one place; the reports now print the values before grouping, as it does.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from tests.conftest import team_project
from tests.hostile.hostile_kit import qualcode

TEXTS = {
    "a.txt": "Intervjuare: Hur planerar ni?\nIP: Vi planerar varje vecka i hela gruppen.\n",
    "b.txt": "Intervjuare: Och sedan då?\nIP: Sedan följer vi upp planen med chefen.\n",
}


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.delenv("QUALCODE_CODER", raising=False)
    path = tmp_path / "p.db"
    made, first = team_project(path)
    made.act_as("lena")
    made.set_attributes(first, {"municipality": "Norrby"}, "lena")
    for (name, text), place in zip(TEXTS.items(), ("Åby", "Ekstad"), strict=True):
        doc = made.import_text(name, text, lang="sv", attributes={"municipality": place})
        unit = made.units(doc.id)[-1]
        made.add_coding(doc.id, unit.start, unit.end, "mission", "lena")
    for place in ("Åby", "Ekstad"):
        made.set_pseudonym(place, "Kommun A", "lena", kind="place")
    made.close()
    return path


def test_frequencies_count_the_pooled_places_as_one(project: Path) -> None:
    with Project.open(project) as p:
        p.act_as("lena")
        table = p.report_frequencies(["municipality"])
    pooled = table[table["municipality"] == "Kommun A"]
    assert len(pooled) == 1 and pooled["segments"].tolist() == [2]
    assert pooled["documents"].tolist() == [2]


def test_crosstab_has_one_column_for_them(project: Path) -> None:
    done = qualcode(project, "report", "crosstab", "municipality", coder="lena")
    assert done.status == 0, done.stderr
    header = next(line for line in done.stdout.splitlines() if line.startswith("code"))
    assert header.split().count("Kommun") == 1 and "Åby" not in done.stdout
    with Project.open(project) as p:
        p.act_as("lena")
        table = p.report_crosstab("municipality")
    assert table.loc["mission", "Kommun A"] == 2
