"""Work aimed at something another process took out meanwhile gets one line naming it.

karin has a document open in the TUI while lena, the lead, removes it from her own
window: karin's ``D`` raised "no document <uuid>" out of the screen as a traceback (the
status was looked up before the write lock, and a removal between the two put it on a
removed document). A translator's sheet filled in while codings or their document were
removed wrote translations onto them, unseen until the coding came back.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import NotFoundError, ValidationError
from tests.conftest import team_project


def _coded(path: Path) -> tuple[str, str]:
    """lena's team; karin codes the document's first unit: (document id, coding id)."""
    made, doc = team_project(path)
    with made:
        unit = made.units(doc)[0]
        made.act_as("karin")
        return doc, made.add_coding(doc, unit.start, unit.end, "mission", "karin").id


def test_a_status_on_a_document_removed_meanwhile_is_refused_by_name(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    doc, _ = _coded(path)
    with Project.open(path) as karins, Project.open(path) as lenas:
        karins.act_as("karin")
        lenas.act_as("lena")
        lenas.remove_document(doc, "imported twice", "lena")
        said = "'ip1.txt' was removed from the project"
        with pytest.raises(NotFoundError, match=f"^{said}; its status was not set$"):
            karins.set_status(doc, "karin", "done")
        with pytest.raises(NotFoundError, match=f"^{said}; nothing to mark$"):
            karins.undecided_suggestions(doc)
        lenas.restore_document(doc, "lena")
        assert karins.statuses("karin")[doc] == "in_progress"  # nothing was written
    with Project.open(path) as p, pytest.raises(NotFoundError, match=r"^no document 'nix'"):
        p.act_as("karin")
        p.set_status("nix", "karin", "done")


def test_a_translation_sheet_row_for_a_removed_coding_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    doc, coding = _coded(path)
    sheet = tmp_path / "t.csv"
    sheet.write_text(f"id,translation\n{coding},We spoke of the mission.\n", encoding="utf-8")
    with Project.open(path) as p:
        p.act_as("lena")
        p.remove_coding(coding, "lena")
        with pytest.raises(
            ValidationError,
            match=rf"^t.csv: line 2: code translate: coding {coding[:8]} was removed .*"
            "; nothing imported$",
        ):
            p.import_translations(sheet, "lena")
        p.restore_coding(coding, "lena")
        p.remove_document(doc, "imported twice", "lena")
        with pytest.raises(
            ValidationError,
            match=rf"^t.csv: line 2: code translate: coding {coding[:8]} is on a document "
            "removed from the project",
        ):
            p.import_translations(sheet, "lena")
        with pytest.raises(ValidationError, match="is on a document removed"):
            p.translate_coding(coding, "en", "We spoke of the mission.", "lena")
        p.restore_document(doc, "lena")
        assert p.translations() == {}
        assert p.import_translations(sheet, "lena").translated == 1  # live again: taken
