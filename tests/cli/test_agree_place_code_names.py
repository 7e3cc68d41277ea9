"""`qualcode agree` names each code in ``--lang`` with a place's proposed pseudonym in that
language's words (5e15408 made it so; nothing tested it on its own): a code named after a
place ("Om Åby", "About Åby") read "About Kommun B" in an English table, or "Om Åby" as
written, where the English summary says "About Municipality B"."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from qualcode import Project
from qualcode.cli import app
from qualcode.model import Codebook, CodeSpec

ENGLISH = "Interviewer: How is it here?\nRespondent: Ashbourne is a good place to work.\n"
SWEDISH = "Intervjuare: Hur är det här?\nRespondent: Åby är en bra plats att arbeta på.\n"
LOCAL = CodeSpec(key="local", names={"sv": "Om Åby", "en": "About Åby"})


@pytest.fixture(scope="module")
def study(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two coders' codings of a place code in an English interview from Ashbourne and a
    Swedish one from Åby, the places put on the key as proposed."""
    path = tmp_path_factory.mktemp("agree") / "study.db"
    with Project.create(path) as project:
        project.apply_codebook(Codebook(name="places", codes=(LOCAL,)))
        project.add_coder("sam", role="lead")
        for coder in ("karin", "johan"):
            project.add_coder(coder)
        for name, text, lang, place in (
            ("int_01.txt", ENGLISH, "en", "Ashbourne"),
            ("aby_01.txt", SWEDISH, "sv", "Åby"),
        ):
            doc = project.import_text(name, text, lang=lang, attributes={"municipality": place})
            start = text.index("\n") + 1
            for coder in ("karin", "johan"):
                project.add_coding(doc.id, start, len(text) - 1, "local", coder)
    result = CliRunner().invoke(
        app,
        ["-p", str(path), "--coder", "sam", "pseudonym", "suggest", "--apply", "--kinds", "place"],
    )
    assert result.exit_code == 0, result.output
    return path


@pytest.mark.parametrize(("lang", "name"), [("en", "About Municipality B"), ("sv", "Om Kommun B")])
def test_agree_names_a_place_code_in_its_language(study: Path, lang: str, name: str) -> None:
    result = CliRunner().invoke(
        app, ["-p", str(study), "--coder", "sam", "agree", "--lang", lang, "-f", "jsonl"]
    )
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    names = {row["name"] for row in rows if row["name"]}
    assert names == {name}, names
