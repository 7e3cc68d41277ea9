"""A time read as the merge's, ahead of the clock then, is read so once the clock passes it.

7c85177 read a package time ahead of the merging machine's clock as the moment of the
merge that first met it, and kept that reading in the audit, so merging the same package
again never beat a lead's edit made since. But the kept reading was looked up only for a
time still ahead. A coder's laptop an hour fast is the usual case, not one in 2999: merged
again two hours later, her edit's time was no longer ahead, was read as written, and her
older words replaced the lead's edit made between the merges (review35).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from qualcode import Project
from qualcode.project import package_times
from tests.hostile.package_kit import first_merge, in_his_copy, rewrite


def test_an_edit_once_ahead_still_loses_to_the_leads_later_edit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    team, copy, _, memo = first_merge(tmp_path)
    package = in_his_copy(copy, lambda p: p.edit_memo(memo, "his second thought", "johan"))
    fast = datetime.now(UTC) + timedelta(hours=1)  # his laptop an hour fast
    rewrite(package, "memos", "edited_at", fast.isoformat())
    with Project.open(team) as p:
        p.act_as("lena")
        first = p.merge_package(package)
        assert (first.memos, first.clock_ahead) == (1, 1)  # read as this merge's time
        p.edit_memo(memo, "the lead's words, after the merge", "lena")

    class TwoHoursOn(datetime):
        """This machine's clock two hours on: his time lies behind it now."""

        @classmethod
        def now(cls, tz: object = None) -> TwoHoursOn:
            return cls.fromtimestamp((fast + timedelta(hours=1)).timestamp(), UTC)

    monkeypatch.setattr(package_times, "datetime", TwoHoursOn)
    with Project.open(team) as p:
        p.act_as("lena")
        report = p.merge_package(package)
        assert (report.memos, report.clock_ahead) == (0, 0)
        assert [m.text for m in p.memos()] == ["the lead's words, after the merge"]
