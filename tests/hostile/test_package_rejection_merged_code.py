"""A rejection of a code the lead merged into another since says nothing of the other.

5ec623a maps a package's rejections by code as its codings are mapped, through the lead's
merges of codes: johan rejected a suggestion of one code in his copy, the lead merged that
code into another, and the merge wrote his "no" as a rejection of the other code, a
negative for it. Rejecting a narrower code says nothing of the code it went into, and
the project's own rejections of a merged code stay on the retired code (merge_codes
moves codings, not decisions). A package's are now skipped as a deleted code's are
(review35).
"""

from __future__ import annotations

from pathlib import Path

from qualcode import Project
from tests.hostile.package_kit import rejected_in_his_copy


def test_a_rejection_of_a_code_merged_since_is_no_negative_for_its_target(
    blind_team: tuple[Project, str], tmp_path: Path
) -> None:
    path, package, rejected = rejected_in_his_copy(blind_team, tmp_path)
    with Project.open(path) as p:
        p.act_as("lena")
        target = next(c.key for c in p.codebook() if c.key != rejected.code)
        p.merge_codes(rejected.code, target, "lena")
        assert p.merge_package(package).rejections == 0
        assert p.suggestions(status="rejected") == []
