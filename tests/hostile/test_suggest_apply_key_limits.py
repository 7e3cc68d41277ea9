"""`pseudonym suggest --apply` puts on the key at most what a .qdpx import restores
(``qdpx_key.MAX_KEY_NAMES`` names, ``MAX_KEY_CHARACTERS`` letters together), by the one
rule both share (``check_key_limits``). An apply had no limit: a corpus naming some ten
thousand people put them all on in one transaction, holding every coder's write for as
long as the import's limits keep a file from doing (hostile50). Over a limit the apply is
refused in one line and nothing goes on the key. The figures are the import's own: set
lower here, both doors read the lowered figure, so a corpus of thousands need not be made."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

import qualcode.project.qdpx_key as qdpx_key
from qualcode import Project
from qualcode.cli import app
from qualcode.errors import ValidationError
from qualcode.project.qdpx_key import MAX_KEY_CHARACTERS, MAX_KEY_NAMES, check_key_limits
from tests.conftest import mission_team

TALK = "I: Hur var det?\n\n{0}: Det var tungt med uppdraget.\n\nI: Och sen?\n\n{0}: Bättre.\n"


def _three_speakers(path: Path) -> None:
    """A lead's project with three interviews, each a named speaker off the key."""
    with mission_team(path) as project:
        for n, name in enumerate(("Karin", "Margareta", "Siv"), 1):
            project.import_text(f"ip{n}.txt", TALK.format(name), lang="sv")


def _apply(path: Path) -> tuple[int, str]:
    """`pseudonym suggest --apply` as the lead, lena: its exit code and what it said."""
    args = ["-p", str(path), "pseudonym", "suggest", "--apply", "--coder", "lena"]
    got = CliRunner().invoke(app, args)
    return got.exit_code, got.output


def _key(path: Path) -> list[str]:
    with Project.open(path) as project:
        return sorted(p.real for p in project.pseudonyms("lena"))


def test_more_names_than_the_import_restores_are_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "p.db"
    _three_speakers(path)
    monkeypatch.setattr(qdpx_key, "MAX_KEY_NAMES", 2)
    code, out = _apply(path)
    assert code == 1 and out.count("\n") == 1, out
    assert "names 3 people, more than the 2 one apply puts on the key" in out
    assert "nothing was put on the key" in out
    assert _key(path) == []


def test_names_of_more_letters_than_the_import_restores_are_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "p.db"
    _three_speakers(path)
    monkeypatch.setattr(qdpx_key, "MAX_KEY_CHARACTERS", len("KarinMargaretaSiv") - 1)
    code, out = _apply(path)
    assert code == 1 and out.count("\n") == 1, out
    assert "names run to 17 characters, more than the 16" in out
    assert _key(path) == []


def test_an_apply_at_the_limits_is_put_on(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "p.db"
    _three_speakers(path)
    monkeypatch.setattr(qdpx_key, "MAX_KEY_NAMES", 3)
    monkeypatch.setattr(qdpx_key, "MAX_KEY_CHARACTERS", len("KarinMargaretaSiv"))
    code, out = _apply(path)
    assert code == 0, out
    assert _key(path) == ["Karin", "Margareta", "Siv"]


def test_the_limits_as_shipped() -> None:
    """The rule itself at its real figures: one name or one letter over is refused."""
    check_key_limits(["N"] * MAX_KEY_NAMES, "this apply", "one apply puts on")
    with pytest.raises(ValidationError, match=f"{MAX_KEY_NAMES + 1:,} people"):
        check_key_limits(["N"] * (MAX_KEY_NAMES + 1), "this apply", "one apply puts on")
    long = ["x" * (MAX_KEY_CHARACTERS // 2)] * 2
    check_key_limits(long, "this apply", "one apply puts on")
    with pytest.raises(ValidationError, match="characters"):
        check_key_limits([*long, "y"], "this apply", "one apply puts on")
