"""`code add` took only character offsets: a researcher coming from NVivo or QualCoder, who
codes the words she reads, had to count characters in `docs show --format json` first.
`--quote` codes the passage by its words (line breaks and doubled spaces may differ); a
quote that is not there, or is there more than once, is refused in one line, nothing
written."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from qualcode import Project
from qualcode.cli import app
from qualcode.errors import ValidationError
from tests.conftest import SV_TEXT, small_codebook


def _project(tmp_path: Path) -> Path:
    path = tmp_path / "p.db"
    with Project.create(path) as project:
        project.apply_codebook(small_codebook())
        project.add_coder("karin")
        project.import_text("aby_01.txt", SV_TEXT, lang="sv")
    return path


def _codings(path: Path) -> list[tuple[int, int, str]]:
    with Project.open(path) as project:
        project.act_as("karin")
        return [(c.start, c.end, project.document(c.document_id).text[c.start : c.end])
                for c in project.codings()]  # fmt: skip


def test_quote_codes_the_passage_it_names(tmp_path: Path) -> None:
    path = _project(tmp_path)
    runner = CliRunner(env={"QUALCODE_CODER": "karin"})
    said = "Politikerna bestämde\n  och vi fick bara göra."  # wrapped as pasted from a page
    got = runner.invoke(
        app, ["-p", str(path), "code", "add", "--doc", "aby_01", "--quote", said,
              "--code", "integration"],
    )  # fmt: skip
    assert got.exit_code == 0, got.output
    start = SV_TEXT.index("Politikerna")
    assert _codings(path) == [(start, start + 43, "Politikerna bestämde och vi fick bara göra.")]


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["--quote", "Politikerna bestämde inte"], "quote not found in aby_01.txt"),
        (["--quote", "vi"], "quote found 2 times in aby_01.txt (at 147-149, 173-175)"),
        (["--quote", ""], "quote: give the passage's words (it is empty)"),
        (["--quote", " \n "], "quote: give the passage's words (it is empty)"),
        ([], "give --start and --end, or --quote"),
        (["--quote", "Politikerna", "--start", "0"], "give --start and --end, or --quote"),
        (["--start", "0"], "give both --start and --end"),
    ],
)
def test_a_quote_not_there_once_is_refused(tmp_path: Path, args: list[str], said: str) -> None:
    path = _project(tmp_path)
    runner = CliRunner(env={"QUALCODE_CODER": "karin"})
    got = runner.invoke(
        app, ["-p", str(path), "code", "add", "--doc", "aby_01", "--code", "integration", *args]
    )
    assert got.exit_code == 1
    assert said in got.stderr and len(got.stderr.strip().splitlines()) == 1
    assert _codings(path) == []


def test_the_service_finds_a_quote_for_every_face(tmp_path: Path) -> None:
    path = _project(tmp_path)
    with Project.open(path) as project:
        start = SV_TEXT.index("Ärendemängden")
        assert project.locate_quote("aby_01", "Ärendemängden var för hög") == (start, start + 25)
        with pytest.raises(ValidationError, match="found 2 times"):
            project.locate_quote("aby_01", "vi")


def test_a_memo_on_a_passage_by_its_words(tmp_path: Path) -> None:
    path = _project(tmp_path)
    runner = CliRunner(env={"QUALCODE_CODER": "karin"})
    memo = ["-p", str(path), "memo", "add", "vem bestämde?", "--doc", "aby_01"]
    got = runner.invoke(app, [*memo, "--quote", "Politikerna bestämde"])
    assert got.exit_code == 0, got.output
    start = SV_TEXT.index("Politikerna")
    assert f"{start}-{start + 20}" in got.stderr
    with Project.open(path) as project:
        project.act_as("karin")
        (kept,) = project.memos()
        assert (kept.start, kept.end) == (start, start + 20)
    for extra, said in (
        (["--quote", "vi"], "quote found 2 times"),
        (["--quote", "vi", "--start", "0", "--end", "2"], "--quote goes with --doc"),
    ):
        refused = runner.invoke(app, [*memo, *extra])
        assert refused.exit_code == 1 and said in refused.stderr
    bare = runner.invoke(app, ["-p", str(path), "memo", "add", "x", "--quote", "vi"])
    assert bare.exit_code == 1 and "--quote goes with --doc" in bare.stderr
    with Project.open(path) as project:
        project.act_as("karin")
        assert len(project.memos()) == 1  # nothing written by a refusal
