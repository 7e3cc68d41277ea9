"""A theme's tables in the summary name every value its chart draws (eyes8): the chart has
a bar for every municipality and role, in the same order in every theme, so a theme found
only in Storfors drew "Kommun B 0" while its table listed Storfors alone, and a co-author
read the table as though the other municipality's document had not been looked at."""

from __future__ import annotations

from pathlib import Path

from qualcode import Project
from tests.conftest import SV_TEXT, small_codebook
from tests.hostile.export_kit import run


def test_a_theme_s_tables_list_the_values_it_was_not_found_in(tmp_path: Path) -> None:
    path = tmp_path / "study.db"
    with Project.create(path) as p:
        p.apply_codebook(small_codebook())
        p.add_coder("lena", role="lead")
        p.add_coder("karin")
        storfors = p.import_text(
            "ip_01.txt", SV_TEXT, lang="sv", attributes={"municipality": "Storfors", "role": "chef"}
        ).id
        p.import_text(
            "ip_02.txt",
            SV_TEXT + "\nR: Tack.\n",
            lang="sv",
            attributes={"municipality": "Åby", "role": "politiker"},
        )
        p.add_coding(storfors, 40, 120, "mission_dialogue", "karin")
        p.act_as("lena", "lena").set_pseudonym("Storfors", "Kommun A", "lena", kind="place")
    out = tmp_path / "summary.md"
    status, _, err = run(
        path, "export", "summary", "--layer", "coder", "--lang", "sv", "-o", str(out)
    )
    assert status == 0, err
    text = out.read_text(encoding="utf-8")
    theme = text[text.index("### Efter kommun") :]
    theme = theme[: theme.index("\n## ")] if "\n## " in theme else theme
    rows = [line for line in theme.splitlines() if line.startswith("| ") and "---" not in line]
    assert rows[1].startswith("| Kommun A | 1 |")  # the value it was found in, first
    assert "| Åby | 0 | 0 | 0 |" in rows  # and the one it was not, with zeros
    assert "| politiker | 0 | 0 | 0 |" in rows
