"""A CSV whose header runs to 200,000 columns (red team, round 5): the attributes sheet
and the quotes sheet looked for a repeated column name with ``header.count(name)`` for each
name, quadratic in the columns, so a 1.5 MB sheet kept `qualcode import --attributes` and
`qualcode code import` busy for hours (cut off after 100 s); the attributes sheet also
padded every row to the header's width. Both now check the names in one pass and read a
row as far as it goes. Each case runs as its own process, cut off by the kit's timeout.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from tests.hostile.hostile_kit import lead_alone, qualcode, refused

WIDE = ",".join(f"kolumn{i}" for i in range(200_000))
TEXT = "IP: Vi pratade om uppdraget med nämnden.\n"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / "ip1.txt").write_text(TEXT, encoding="utf-8")
    return lead_alone(tmp_path / "p.db", codebook=True)


def test_an_attributes_sheet_of_many_columns_reads_at_once(project: Path) -> None:
    sheet = project.with_name("attributes.csv")
    sheet.write_text(f"file,municipality,{WIDE}\nip1.txt,Åby\n", encoding="utf-8")
    doc = project.with_name("ip1.txt")
    got = qualcode(project, "import", str(doc), "--attributes", str(sheet), coder="lena")
    assert got.status == 0, got.stderr[-2000:]
    with Project.open(project) as opened:
        opened.act_as("lena")
        assert opened.store.documents.attributes() == {
            opened.documents()[0].id: {"municipality": "Åby"}
        }


def test_a_column_named_twice_at_the_far_end_is_still_found(project: Path) -> None:
    sheet = project.with_name("attributes.csv")
    sheet.write_text(f"file,{WIDE},kolumn7\nip1.txt,x\n", encoding="utf-8")
    doc = project.with_name("ip1.txt")
    message = refused(project, "import", str(doc), "--attributes", str(sheet), coder="lena")
    assert "column 'kolumn7' appears more than once" in message


def test_a_quotes_sheet_of_many_columns_reads_at_once(project: Path) -> None:
    assert qualcode(project, "import", str(project.with_name("ip1.txt")), coder="lena").status == 0
    sheet = project.with_name("quotes.csv")
    sheet.write_text(
        f"document,code,text,{WIDE}\nip1.txt,mission_dialogue,pratade om uppdraget\n",
        encoding="utf-8",
    )
    got = qualcode(project, "code", "import", str(sheet), coder="lena")
    assert got.status == 0 and "1 codings" in got.stderr + got.stdout, got.stderr[-2000:]
