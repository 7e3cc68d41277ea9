"""A package's times are read as instants: another offset or form orders right, a time
that is no time is refused in one line, and a coder's clock set ahead never wins for good.

The merge compared a package's times with the project's as strings, so a time written
with another UTC offset (``+14:00``, by hand or another program) beat a lead's later
edit and translation, and ``yesterday`` was merged as a time.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import ValidationError
from tests.hostile.hostile_kit import qualcode
from tests.hostile.package_kit import first_merge, in_his_copy, rewrite

FAR = timezone(timedelta(hours=14))  # Kiribati: the same instant, a later-looking string


def _far_before(lead_edit: str) -> str:
    """A minute before the lead's edit, written with the +14:00 offset: an earlier
    instant whose string sorts after hers."""
    return (datetime.fromisoformat(lead_edit) - timedelta(minutes=1)).astimezone(FAR).isoformat()


def test_an_older_edit_written_with_another_offset_does_not_undo_the_leads(
    tmp_path: Path,
) -> None:
    team, copy, _, memo = first_merge(tmp_path)
    package = in_his_copy(copy, lambda p: p.edit_memo(memo, "his second thought", "johan"))
    with Project.open(team) as p:
        p.act_as("lena")
        p.edit_memo(memo, "the lead's words, later", "lena")
        lead_edit = p.audit(action="memo.edit")[-1].at
        rewrite(package, "memos", "edited_at", _far_before(lead_edit))
        assert p.merge_package(package).memos == 0
        assert [m.text for m in p.memos()] == ["the lead's words, later"]


def test_an_older_translation_written_with_another_offset_does_not_replace_the_leads(
    tmp_path: Path,
) -> None:
    team, copy, coding, _ = first_merge(tmp_path)
    package = in_his_copy(
        copy, lambda p: p.translate_coding(coding, "en", "His words, made up.", "johan")
    )
    with Project.open(team) as p:
        p.act_as("lena")
        p.translate_coding(coding, "en", "The lead's words, made up.", "lena")
        lead_at = p.store.quotes.translations_written()[(coding, "en")][1]
        rewrite(package, "translations", "created_at", _far_before(lead_at))
        assert p.merge_package(package).translations == 0
        assert p.translations() == {(coding, "en"): "The lead's words, made up."}


def test_a_clock_ahead_is_read_as_the_merge_and_loses_to_a_later_edit_here(
    tmp_path: Path,
) -> None:
    """His laptop says 2999: his edit comes in (said), and the lead's edit after the merge
    is not undone when the same package is merged again."""
    team, copy, _, memo = first_merge(tmp_path)
    package = in_his_copy(copy, lambda p: p.edit_memo(memo, "his second thought", "johan"))
    rewrite(package, "memos", "edited_at", "2999-01-01T00:00:00+00:00")
    with Project.open(team) as p:
        p.act_as("lena")
        report = p.merge_package(package)
        assert (report.memos, report.clock_ahead) == (1, 1)
        p.edit_memo(memo, "the lead's words, after the merge", "lena")
        assert p.merge_package(package).memos == 0
        assert [m.text for m in p.memos()] == ["the lead's words, after the merge"]
    said = qualcode(team, "merge", str(package), coder="lena")
    assert said.status == 0
    assert "two.json: 1 time in the package lies ahead of this machine's clock" in said.stderr


@pytest.mark.parametrize(
    ("section", "field", "value", "message"),
    [
        ("memos", "edited_at", "yesterday", r"memos\[0\]: field 'edited_at': 'yesterday' is not"),
        ("memos", "created_at", "2026-12-04T05:00:00", "gives no UTC offset"),
        ("codings", "deleted_at", "2026-13-01T00:00:00+00:00", "is not an ISO 8601 time"),
        ("statuses", "updated_at", "2026-12-04", "gives no UTC offset"),
        ("translations", "created_at", "0001-01-01T00:00:00+14:00", "out of range"),
    ],
)
def test_a_time_that_is_no_time_is_refused_in_one_line(
    tmp_path: Path, section: str, field: str, value: str, message: str
) -> None:
    team, copy, coding, memo = first_merge(tmp_path)

    def every_kind_of_time(p: Project) -> None:
        p.edit_memo(memo, "his second thought", "johan")
        p.translate_coding(coding, "en", "His words, made up.", "johan")
        p.remove_coding(coding, "johan")

    package = in_his_copy(copy, every_kind_of_time)
    rewrite(package, section, field, value)
    with Project.open(team) as p:
        p.act_as("lena")
        with pytest.raises(ValidationError, match=message) as refused:
            p.merge_package(package)
        assert "\n" not in str(refused.value)
        assert [m.text for m in p.memos()] == ["first thought"]
        assert len(p.codings()) == 1 and p.translations() == {}
