"""README.md's CLI tour, run command by command in order on a fresh project.

The tour is the first thing a newcomer copies, so it must run as written: this test takes
every command out of README.md's tour block (not a copy of it) and runs it through the CLI in
a fresh folder holding what the tour refers to (`interviews/*.docx`, `attributes.csv`,
`memo.txt`, taken from corpora/demo, and `codebooks/`). Each command must exit 0. The ids in
the tour (`3f2a9c1e`, ...) stand for ones the earlier commands printed; they are filled in
with the matching ids from the project file. `tui` and `serve` start interactive programs, so
they are checked with `--help` (their options must exist).
"""

from __future__ import annotations

import csv
import glob
import re
import shlex
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from qualcode import Project
from qualcode.cli import app
from tests.e2e.readme_kit import readme_block

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "corpora" / "demo"
PLACEHOLDER = re.compile(r"^[0-9a-f]{8}$")
# the tour's interviews, each a real demo transcript under the short name the tour uses
INTERVIEWS = {
    "aby_01.docx": "aby_02_enhetschef.docx",
    "aby_02.docx": "aby_05_socialsekreterare.docx",
    "norrvik_02.docx": "norrvik_02_socialsekreterare.docx",
}
INTERACTIVE = {"tui", "serve"}


def tour_commands() -> list[list[str]]:
    """Every command of the tour as shell words, comments dropped (as a shell would)."""
    commands = []
    for line in readme_block("## A tour of the CLI"):
        words = shlex.split(line, comments=True)
        if words:
            commands.append(words)
    return commands


def make_tour_folder(folder: Path) -> None:
    """What the tour's commands read: interviews, their attributes sheet, a memo, codebooks."""
    (folder / "interviews").mkdir()
    with (DEMO / "attributes.csv").open(encoding="utf-8", newline="") as handle:
        demo_rows = {row["file"]: row for row in csv.DictReader(handle)}
    rows = []
    for name, source in INTERVIEWS.items():
        shutil.copy(DEMO / source, folder / "interviews" / name)
        rows.append({**demo_rows[source], "file": name})
    with (folder / "attributes.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    shutil.copy(DEMO / "aby_01_socialsekreterare.txt", folder / "memo.txt")
    shutil.copytree(ROOT / "codebooks", folder / "codebooks")


def fill_placeholder(words: list[str], project_file: Path, used: set[str]) -> list[str]:
    """Replace a placeholder id by the id the earlier commands made for this kind of thing."""
    out = []
    for word in words:
        if PLACEHOLDER.match(word):
            word = real_id(words[:2], project_file, used)
            used.add(word)
        out.append(word)
    return out


def real_id(command: list[str], project_file: Path, used: set[str]) -> str:
    with Project.open(project_file) as project:
        if command == ["code", "remove"]:
            ids = [c.id for c in sorted(project.codings(), key=lambda c: c.created_at)]
            ids.reverse()  # the coding added last
        elif command == ["code", "restore"]:  # the coding `code remove` took out
            gone = [c for c in project.codings(include_deleted=True) if c.deleted_at]
            return max(gone, key=lambda c: c.deleted_at or "").id
        elif command in (["suggest", "accept"], ["suggest", "reject"]):
            pending = sorted(project.suggestions(), key=lambda s: -s.score)
            ids = [s.id for s in pending]
        elif command in (["code", "pin"], ["code", "translate"]):
            ids = [c.id for c in project.codings() if c.coder == "karin"]
        elif command[0] == "reconcile":  # comment, decide, reopen, decide: one case talked through
            ids = [v.case.id for v in project.cases() if "karin" in v.case.coders_with_codes]
            return ids[0]
        else:
            raise AssertionError(f"the tour's `{' '.join(command)}` has an id nobody made")
    fresh = [i for i in ids if i not in used]
    assert fresh, f"nothing for `{' '.join(command)}` to act on"
    return fresh[0]


def expand(word: str) -> list[str]:
    """A shell's glob expansion of one word."""
    return sorted(glob.glob(word)) or [word] if "*" in word else [word]


@pytest.mark.slow
def test_readme_tour_runs_in_order_on_a_fresh_project(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_tour_folder(tmp_path)
    monkeypatch.chdir(tmp_path)
    env: dict[str, str] = {}
    used: set[str] = set()
    runner = CliRunner()
    ran = 0
    for words in tour_commands():
        if words[0] == "export":
            key, _, value = words[1].partition("=")
            env[key] = value
            continue
        assert words[0] == "qualcode", f"the tour runs qualcode only, not {words[0]}"
        args = [match for word in words[1:] for match in expand(word)]
        if args[0] in INTERACTIVE:
            args.append("--help")
        args = fill_placeholder(args, tmp_path / env.get("QUALCODE_PROJECT", "qualcode.db"), used)
        result = runner.invoke(app, args, env=env)
        assert result.exit_code == 0, f"`qualcode {shlex.join(args)}`: {result.output}"
        ran += 1
    assert ran >= 50
    placeholders = sum(bool(PLACEHOLDER.match(w)) for ws in tour_commands() for w in ws)
    # every placeholder found an id of its own, but the one case talked through four times
    # and the coding removed and then restored
    assert len(used) == placeholders - 4

    with Project.open(tmp_path / "study.db") as project:
        assert {d.name for d in project.documents()} >= {"aby_01.docx", "aby_02.docx", "memo.txt"}
        assert "work_quality" in {c.key for c in project.codebook()}
        assert project.codings(layer="consensus")
    with Project.open(tmp_path / "other.db") as copy:
        assert len(copy.documents()) == 4
    for written in ("codebook.yaml", "karin.json", "summary.docx", "codings.xlsx"):
        assert (tmp_path / written).stat().st_size > 0


def test_the_tour_names_only_files_it_makes_or_the_test_provides() -> None:
    commands = tour_commands()
    assert commands[0] == ["export", "QUALCODE_PROJECT=study.db"]
    assert ["qualcode", "init"] in commands
    placeholders = [w for c in commands for w in c if PLACEHOLDER.match(w)]
    assert len(placeholders) >= 4  # code remove, suggest accept/reject, reconcile decide, ...
