"""A suggestion the coder rejected in her own copy stays rejected after the lead's merge.

Her package carried codings, memos, statuses and translations, not her rejections: the
engine fitted on her work in the lead's project (the lead acting for her) proposed each
passage she had turned down again and learned nothing from her "no". A hand-edited
rejection is refused in one line, nothing written.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from qualcode import Project
from qualcode.errors import ValidationError
from tests.hostile.package_kit import in_his_copy, rejected_in_his_copy


def _spans(suggestions: list[Any]) -> set[tuple[int, int, str]]:
    return {(s.start, s.end, s.code) for s in suggestions}


def test_her_rejection_is_not_proposed_to_her_again(
    blind_team: tuple[Project, str], tmp_path: Path
) -> None:
    path, package = rejected_in_his_copy(blind_team, tmp_path)[:2]
    rejected = json.loads(package.read_text(encoding="utf-8"))["rejections"]
    assert len(rejected) == 1
    with Project.open(path) as p:
        p.act_as("lena")
        assert p.merge_package(package).rejections == 1
        assert p.merge_package(package).rejections == 0  # idempotent
        kept = p.suggestions(status="rejected")
        assert [(s.id, s.decided_by) for s in kept] == [(rejected[0]["id"], "johan")]
        again = p.suggest(["aby_02.txt"], coder="johan", min_score=0.0)
        assert again and not _spans(again) & _spans(kept)
    with Project.open(path) as p:  # his, not karin's: blind, she never sees it
        assert p.act_as("karin", "karin").suggestions(status="rejected") == []


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"score": 2}, "'score' must be a number from 0 to 1"),
        ({"start": "0"}, "'start' must be a whole number"),
        ({"start": 50, "end": 40}, "are no span"),
        ({"end": 10**9}, "outside its document"),
        ({"code_id": "not-listed"}, "code 'not-listed' is not listed"),
        ({"document_id": "not-listed"}, "document 'not-listed' is not listed"),
        ({"method": "lexicon\x1b[31m"}, "control character"),
        ({"decided_at": "soon"}, "'decided_at': 'soon' is not"),
        ({"id": None}, "as text"),
    ],
)
def test_a_hand_edited_rejection_is_refused_in_one_line(
    blind_team: tuple[Project, str], tmp_path: Path, change: dict[str, object], message: str
) -> None:
    path, package = rejected_in_his_copy(blind_team, tmp_path)[:2]
    data = json.loads(package.read_text(encoding="utf-8"))
    data["rejections"][0].update(change)
    package.write_text(json.dumps(data), encoding="utf-8")
    with Project.open(path) as p:
        p.act_as("lena")
        with pytest.raises(ValidationError, match=message) as refused:
            p.merge_package(package)
        assert "\n" not in str(refused.value)
        assert p.suggestions(status=None) == []


def test_two_rows_for_one_suggestion_or_a_colleagues_suggestion_are_refused(
    blind_team: tuple[Project, str], tmp_path: Path
) -> None:
    path, package = rejected_in_his_copy(blind_team, tmp_path)[:2]
    data = json.loads(package.read_text(encoding="utf-8"))
    data["rejections"].append(dict(data["rejections"][0]))
    twice = tmp_path / "twice.json"
    twice.write_text(json.dumps(data), encoding="utf-8")
    with Project.open(path) as p:
        p.act_as("lena")
        with pytest.raises(ValidationError, match=r"rejections\[1\].*in rejections\[0\]"):
            p.merge_package(twice)
        karins = p.act_as("karin", "karin").suggest(["aby_02.txt"], coder="karin", min_score=0)
        data["rejections"] = [dict(data["rejections"][0], id=karins[0].id)]
        package.write_text(json.dumps(data), encoding="utf-8")
        p.act_as("lena")
        with pytest.raises(ValidationError, match="as another person's suggestion"):
            p.merge_package(package)
        assert p.suggestions(status="rejected") == []


def test_a_rejection_of_a_code_deleted_since_does_not_refuse_her_work(
    blind_team: tuple[Project, str], tmp_path: Path
) -> None:
    """Only her rejection names the code the lead deleted meanwhile: it says nothing now."""
    path, package = rejected_in_his_copy(blind_team, tmp_path)[:2]
    data = json.loads(package.read_text(encoding="utf-8"))
    gone = next(c["key"] for c in data["codes"] if c["id"] == data["rejections"][0]["code_id"])
    with Project.open(path) as p:
        p.act_as("lena")
        p.delete_code(gone, actor="lena")
        report = p.merge_package(package)
        assert (report.rejections, p.suggestions(status="rejected")) == (0, [])


def test_a_rejection_taken_back_in_her_copy_is_taken_back_here_and_an_older_package_keeps_it_so(
    blind_team: tuple[Project, str], tmp_path: Path
) -> None:
    path, first = rejected_in_his_copy(blind_team, tmp_path)[:2]
    rejected = json.loads(first.read_text(encoding="utf-8"))["rejections"][0]["id"]
    with Project.open(path) as p:
        p.act_as("lena")
        p.merge_package(first)
    copy = tmp_path / "johan.db"  # u after r, after the merge
    second = in_his_copy(copy, lambda p: p.reopen_suggestions([rejected], "johan"), "second.json")
    with Project.open(path) as p:
        p.act_as("lena")
        assert p.merge_package(second).reopened == 1
        assert p.merge_package(first).rejections == 0  # the older package: still taken back
        assert p.suggestions(status="rejected") == []
    # and rejected once more
    third = in_his_copy(copy, lambda p: p.reject_suggestions([rejected], "johan"), "third.json")
    with Project.open(path) as p:
        p.act_as("lena")
        assert p.merge_package(third).rejections == 1
        assert [s.id for s in p.suggestions(status="rejected")] == [rejected]


@pytest.mark.parametrize(
    ("reopened", "message"),
    [
        ({"id": "x"}, "field .reopened. must be a list"),
        ([{"id": 5, "reopened_at": "2026-12-04T05:00:00+00:00"}], "id and reopened_at as text"),
        ([{"id": "x", "reopened_at": "soon"}], r"reopened\[0\]: field 'reopened_at': 'soon'"),
        ([{"id": "x", "reopened_at": "2026-12-04T05:00:00Z"}] * 2, r"is in reopened\[0\]"),
    ],
)
def test_a_hand_edited_taking_back_is_refused_in_one_line(
    blind_team: tuple[Project, str], tmp_path: Path, reopened: object, message: str
) -> None:
    path, package = rejected_in_his_copy(blind_team, tmp_path)[:2]
    data = json.loads(package.read_text(encoding="utf-8"))
    data["reopened"] = reopened
    package.write_text(json.dumps(data), encoding="utf-8")
    with Project.open(path) as p:
        p.act_as("lena")
        with pytest.raises(ValidationError, match=message):
            p.merge_package(package)
        assert p.suggestions(status=None) == []
