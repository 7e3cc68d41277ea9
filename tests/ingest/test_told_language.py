"""An import told a language the text plainly is not in is refused, that file only, with
the language it reads as (eyes13): a document keeps its language from import, and no
command changes it or takes the document out, so norrvik_04 (an English interview) imported
with --lang sv stayed Swedish for good, segmented and suggested by the Swedish rules. A
Swedish interview quoting English, a short or a mixed text is imported as told."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from qualcode import Project
from qualcode.cli import app
from qualcode.cli.said import flag
from qualcode.errors import ValidationError
from qualcode.ingest.languages import plain_language

DEMO = Path(__file__).resolve().parents[2] / "corpora" / "demo"


def test_an_english_interview_told_swedish_is_refused_and_the_rest_import(
    tmp_path: Path,
) -> None:
    path = tmp_path / "study.db"
    Project.create(path).close()
    english = DEMO / "norrvik_04_enhetschef.txt"
    swedish = DEMO / "ekstad_01_avdelningschef.txt"
    result = CliRunner().invoke(
        app, ["-p", str(path), "import", str(english), str(swedish), "--lang", "sv"]
    )
    assert result.exit_code == 1
    assert (
        "error: norrvik_04_enhetschef.txt: --lang sv, but the text reads as English"
        in result.stderr
    )
    assert "import it with --lang en (or auto)" in result.stderr
    with Project.open(path) as project:
        assert [(d.name, d.lang) for d in project.documents()] == [
            ("ekstad_01_avdelningschef.txt", "sv")
        ]
    result = CliRunner().invoke(app, ["-p", str(path), "import", str(english), "--lang", "en"])
    assert result.exit_code == 0, result.output
    with Project.open(path) as project:
        assert {d.name: d.lang for d in project.documents()}["norrvik_04_enhetschef.txt"] == "en"


def test_the_attributes_lang_and_the_api_are_held_to_the_text_too(tmp_path: Path) -> None:
    sheet = tmp_path / "attributes.csv"
    sheet.write_text("file,municipality,lang\nekstad_01_avdelningschef.txt,Ekstad,en\n")
    with Project.create(tmp_path / "study.db") as project:
        report = project.import_files([DEMO / "ekstad_01_avdelningschef.txt"], attributes_csv=sheet)
        assert not report.imported
        [(name, reason)] = report.failed
        assert name == "ekstad_01_avdelningschef.txt"
        assert reason.startswith("the attributes' lang en, but the text reads as Swedish")
        # the service names its own setting; the CLI words it as its option
        assert reason.endswith("or import it with lang sv") and "--" not in reason
        [(_, worded)] = report.failures(flag)
        assert worded.endswith("or import it with --lang sv")
        text = (DEMO / "ekstad_01_avdelningschef.txt").read_text(encoding="utf-8")
        with pytest.raises(
            ValidationError, match=r"^ekstad_01\.txt: lang en, but the text reads as Swedish"
        ):
            project.import_text("ekstad_01.txt", text, lang="en")


def test_plain_only_when_the_text_is_plainly_one_language() -> None:
    swedish = (DEMO / "aby_01_socialsekreterare.txt").read_text(encoding="utf-8")
    english = (DEMO / "aby_06_socialsekreterare.txt").read_text(encoding="utf-8")
    assert plain_language(swedish)[0] == "sv"  # type: ignore[index]
    assert plain_language(english)[0] == "en"  # type: ignore[index]
    assert plain_language("Social workers quit.") is None  # too little to go on
    half = swedish[: len(swedish) // 2] + english[: len(english) // 2]
    assert plain_language(half) is None  # a bilingual text is imported as told
