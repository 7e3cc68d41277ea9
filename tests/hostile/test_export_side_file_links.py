"""A chart written beside a Markdown summary, where a link stands under its name (red team 18).

``export summary -o s.md`` writes each theme's chart beside it ('s_mission_dialogue.png').
Where a link stood under that name (a colleague's, or one left from a tidy-up), the export
said 's_mission_dialogue.png: already exists; add --force to replace it', and with --force
it wrote the chart through the link over the file it pointed to: a transcript, a draft,
another study's notes. A file the user never named is not written through a link: the
export is refused in one line, nothing written, the linked file whole.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode.errors import OutputError
from tests.hostile.hostile_kit import one_sentence_coded


@pytest.mark.slow  # draws the summary's charts
def test_a_chart_is_never_written_through_a_link(tmp_path: Path) -> None:
    precious = tmp_path / "utkast.txt"
    precious.write_text("mitt utkast", encoding="utf-8")
    (tmp_path / "s_mission_dialogue.png").symlink_to(precious)
    attributes = {"municipality": "Åby", "role": "politiker"}
    refused = r"s_mission_dialogue\.png: is a link to .*utkast"
    with (
        one_sentence_coded(tmp_path / "p.db", attributes) as project,
        pytest.raises(OutputError, match=refused),
    ):
        project.export_summary(tmp_path / "s.md", layer="coder", force=True)
    assert precious.read_text(encoding="utf-8") == "mitt utkast"
    assert not (tmp_path / "s.md").exists()
