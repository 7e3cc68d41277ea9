"""Coder packages that try to carry more than one coder's own work (issue 11, item 3).

A package may add its coder's codings, memos and statuses on documents the project holds;
every case below edits a real package from ``export-coder`` into something else, and the
whole package is refused with the offending rows named, nothing written.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from qualcode import Project
from tests.hostile.hostile_kit import counts, qualcode, refused, refused_here


def _package(packages: Path, tmp_path: Path, edit: Callable[[dict[str, Any], Path], None]) -> Path:
    data = json.loads((packages / "karin.json").read_text(encoding="utf-8"))
    edit(data, packages)
    path = tmp_path / "karin.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def _ids(packages: Path) -> dict[str, str]:
    with Project.open(packages / "lead.db") as project:
        found = {c.name: c.id for c in project.coders()}
        found["johans_coding"] = project.codings(coder="johan")[0].id
    return found


def _under_johan(data: dict[str, Any], t: Path) -> None:
    data["codings"][0]["coder_id"] = _ids(t)["johan"]


def _new_lead(data: dict[str, Any], t: Path) -> None:
    data["coder"] = {"id": "f" * 36, "name": "mallory", "role": "lead"}
    for memo in data["memos"]:
        memo["author"] = "mallory"


def _karin_as_lead(data: dict[str, Any], t: Path) -> None:
    data["coder"]["role"] = "lead"


def _johans_id(data: dict[str, Any], t: Path) -> None:
    data["coder"]["id"] = _ids(t)["johan"]


def _forged_author(data: dict[str, Any], t: Path) -> None:
    data["memos"][0]["author"] = "lena"


def _memo_on_nothing(data: dict[str, Any], t: Path) -> None:
    data["memos"][0]["target_id"] = "0" * 36


def _memo_on_johans(data: dict[str, Any], t: Path) -> None:
    data["memos"][0]["target_id"] = _ids(t)["johans_coding"]


def _consensus(data: dict[str, Any], t: Path) -> None:
    data["codings"][0]["layer"] = "consensus"


def _takes_johans_coding(data: dict[str, Any], t: Path) -> None:
    data["codings"][0]["id"] = _ids(t)["johans_coding"]
    data["codings"][0]["deleted_at"] = "2030-01-01T00:00:00+00:00"


def _memo_on_unlisted_document(data: dict[str, Any], t: Path) -> None:
    data["memos"][0]["target_kind"] = "document"
    data["memos"][0]["target_id"] = "1" * 36


def _status_under_johan(data: dict[str, Any], t: Path) -> None:
    """A status row naming johan: it was applied as karin's own while a coding under his
    id was refused (hostile45), so a package could speak for another coder's progress."""
    if not data["statuses"]:
        data["statuses"].append(
            {
                "document_id": data["documents"][0]["id"],
                "status": "done",
                "updated_at": "2026-12-05T12:00:00.000000+00:00",
            }
        )
    data["statuses"][0]["coder_id"] = _ids(t)["johan"]


FORGERIES = {
    "coding under another coder": (_under_johan, "coded by"),
    "creates a lead": (_new_lead, "cannot create a lead"),
    "changes a role": (_karin_as_lead, "cannot change roles"),
    "claims another coder's id": (_johans_id, "has the id of 'johan'"),
    "memo with a forged author": (_forged_author, "written by 'lena', not karin"),
    "memo on a coding that does not exist": (_memo_on_nothing, "which does not exist"),
    "memo on another coder's coding": (_memo_on_johans, "another coder's"),
    "a consensus coding": (_consensus, "layer 'consensus'"),
    "removes another coder's coding": (_takes_johans_coding, "as another coder's coding"),
    "memo on a document not listed": (_memo_on_unlisted_document, "does not list"),
    "a status under another coder": (_status_under_johan, "statuses[0]: set by"),
}


@pytest.mark.parametrize("case", sorted(FORGERIES))
def test_forged_package_is_refused_whole(
    packages: Path, lead_project: Path, tmp_path: Path, case: str
) -> None:
    edit, expected = FORGERIES[case]
    package = _package(packages, tmp_path, edit)
    message = refused_here(
        lead_project, "merge", str(package), coder="lena"
    )  # whole process: below
    assert expected in message, message
    assert message.splitlines()[0].startswith("error: karin.json: ") or "karin.json" in message


def test_rows_are_named_after_a_one_line_summary(
    packages: Path, lead_project: Path, tmp_path: Path
) -> None:
    def two(data: dict[str, Any], t: Path) -> None:
        _under_johan(data, t)
        _forged_author(data, t)

    message = refused(lead_project, "merge", str(_package(packages, tmp_path, two)), coder="lena")
    lines = message.splitlines()
    assert "2 rows are not karin's own work" in lines[0]
    assert lines[1].strip().startswith("codings[0]") and lines[2].strip().startswith("memos[0]")


def test_only_a_lead_merges(packages: Path, lead_project: Path) -> None:
    assert "karin is not a lead" in refused(
        lead_project, "merge", str(packages / "karin.json"), coder="karin"
    )
    assert "--coder" in refused(lead_project, "merge", str(packages / "karin.json"))


def test_the_honest_package_merges_and_a_new_coder_comes_in_as_a_coder(
    packages: Path, lead_project: Path, tmp_path: Path
) -> None:
    before = counts(lead_project)
    done = qualcode(lead_project, "merge", str(packages / "karin.json"), coder="lena")
    assert done.status == 0, done.stderr
    after = counts(lead_project)
    assert after["codings"] == before["codings"] + 1 and after["memos"] == before["memos"] + 1

    def newcomer(data: dict[str, Any], t: Path) -> None:
        data["coder"] = {"id": "e" * 36, "name": "nils", "role": "coder"}
        data["codings"][0]["id"] = "d" * 36
        data["codings"][0]["coder_id"] = "e" * 36
        data["memos"][0]["author"] = "nils"
        data["memos"][0]["id"] = "c" * 36
        data["memos"][0]["target_id"] = "d" * 36
        for status in data["statuses"]:  # her progress, under her id like her codings
            status["coder_id"] = "e" * 36

    joined = qualcode(
        lead_project, "merge", str(_package(packages, tmp_path, newcomer)), coder="lena"
    )
    assert joined.status == 0, joined.stderr
    with Project.open(lead_project) as project:
        assert project.coder("nils").role == "coder"
        entry = project.audit()[-1]
        assert entry.action == "coder.merge" and entry.actor == "lena"


def test_a_package_creating_a_lead_is_refused_in_words_a_face_words_its_own_way(
    packages: Path, lead_project: Path, tmp_path: Path
) -> None:
    """The service names no face's option: the TUI showed a message with '--role lead' in
    it; the CLI still tells its user the command that adds the lead."""
    from qualcode.errors import QualcodeError

    package = _package(packages, tmp_path, _new_lead)
    with Project.open(lead_project) as project, pytest.raises(QualcodeError) as caught:
        project.merge_package(package, actor="lena")
    assert "--" not in str(caught.value) and "--" not in " ".join(caught.value.action)
    message = refused_here(lead_project, "merge", str(package), coder="lena")
    assert "`qualcode coder add mallory --role lead`" in message, message
