"""A WebVTT voice no typed name could be: a direction override (raw, or written as a
character reference, which WebVTT decodes), an escape, a character that shows as nothing,
or pages of it. It became a speaker label as it stood: `docs show` printed the override to the
terminal, the exports carried it, and `pseudonym suggest --apply` failed on it, so no
speaker went on the key (red team 17). Refused, one line naming the file and the cue's
line, nothing written; a voice of plain words still imports as its speaker."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from tests.hostile.hostile_kit import refused_here

CUE = "00:00:01.000 --> 00:00:04.000"
FIRST = f"WEBVTT\n\n{CUE}\n<v Bo>Vi pratade om nämnden.\n\n00:00:05.000 --> 00:00:08.000\n"


@pytest.fixture
def study(tmp_path: Path) -> Path:
    path = tmp_path / "study.db"
    with Project.create(path) as made:
        made.add_coder("lena", role="lead")
    return path


@pytest.mark.parametrize(
    ("voice", "said"),
    [
        ("\u202eAnna", "holds a line break, tab or control character (U+202E at character 1)"),
        ("Anna\x1b[31m", "holds a line break, tab or control character (U+001B"),
        ("&#x202e;Anna", "holds a line break, tab or control character (U+202E"),
        ("An\u200bna", "holds a character that shows as nothing (U+200B"),
        ("A" * 300, "300 characters long; a name may have at most 200"),
    ],
    ids=["override", "escape", "override-reference", "zero-width", "pages"],
)
def test_a_voice_no_name_could_be_is_refused(
    study: Path, tmp_path: Path, voice: str, said: str
) -> None:
    source = tmp_path / "ip1.vtt"
    source.write_text(f"{FIRST}<v {voice}>Arbetsmiljön blev bättre.\n", encoding="utf-8")
    stderr = refused_here(study, "import", str(source), coder="lena")
    line = stderr.splitlines()[-1]
    assert line.startswith("error: ip1.vtt: line 6: the voice"), stderr
    assert said in line and len(line) < 300


def test_a_plain_voice_is_its_speaker(study: Path, tmp_path: Path) -> None:
    source = tmp_path / "ip2.vtt"
    source.write_text(f"{FIRST}<v Anna-Lena O'Brien>Det blev bättre.\n", encoding="utf-8")
    with Project.open(study) as project:
        report = project.import_files([source])
        assert not report.failed, report.failed
        turns = project.turns(report.imported[0].id)
    assert [t.speaker for t in turns] == ["Bo", "Anna-Lena O'Brien"]
