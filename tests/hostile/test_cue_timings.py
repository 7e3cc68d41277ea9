"""Subtitle files with broken cue timings: a timing with thousands of digits of hours was
a ValueError traceback (Python's limit on converting long digit strings), and a second
arrow on a cue line, minutes or seconds past 59, or a cue ending before it starts were
stored as turn times without a word (99:99 became 6039 seconds). Each is one line naming
the file and the line, nothing written. Overlapping cues (automatic captions roll) and
cues out of order still import, in the file's order."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from tests.hostile.conftest import LeadProject
from tests.hostile.hostile_kit import refused_here

CUE_OK = "00:00:01.000 --> 00:00:02.000"


@pytest.fixture
def study(lead_study: LeadProject, tmp_path: Path) -> Path:
    project, _ids = lead_study(codebook=False)
    project.close()
    return tmp_path / "study.db"


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        (
            "long.vtt",
            f"WEBVTT\n\n{'9' * 5000}:00:01.000 --> 00:00:02.000\nR: Enorm tid.\n",
            "long.vtt: line 3: malformed cue timing '9999",
        ),
        (
            "arrows.vtt",
            "WEBVTT\n\n00:00:02.559 --> 99:99:99.999 --> 00:00:05.069\nR: Två pilar.\n",
            "arrows.vtt: line 3: malformed cue timing",
        ),
        (
            "minutes.srt",
            "1\n00:61:01,000 --> 00:62:02,000\nR: Ett.\n",
            "minutes.srt: line 2: minutes and seconds run to 59 in a cue timing",
        ),
        (
            "seconds.vtt",
            f"WEBVTT\n\n{CUE_OK}\nR: Ett.\n\n00:00:99.000 --> 00:01:00.000\nI: Två.\n",
            "seconds.vtt: line 6: minutes and seconds run to 59",
        ),
        (
            "backwards.srt",
            "1\n00:00:01,000 --> 00:00:02,000\nR: Ett.\n\n"
            "2\n00:00:05,000 --> 00:00:03,000\nI: Två.\n",
            "backwards.srt: line 6: the cue ends before it starts",
        ),
    ],
    ids=["thousands-of-digits", "two-arrows", "minutes-61", "seconds-99", "backwards"],
)
def test_a_broken_cue_timing_is_one_line(
    study: Path, tmp_path: Path, name: str, content: str, message: str
) -> None:
    source = tmp_path / name
    source.write_text(content, encoding="utf-8")
    stderr = refused_here(study, "import", str(source), coder="lena")
    assert stderr.splitlines()[-1].startswith(f"error: {message}"), stderr
    assert len(stderr.splitlines()[-1]) < 300


def test_overlapping_and_unordered_cues_import_in_file_order(study: Path, tmp_path: Path) -> None:
    source = tmp_path / "rolling.vtt"
    source.write_text(
        "WEBVTT\n\n00:00:05.000 --> 00:00:09.000 align:start position:10%\nI: Först.\n\n"
        "00:00:00.000 --> 00:00:10.000\nR: Sedan.\n\n00:00:02.000 --> 00:00:03.000\nI: Sist.\n",
        encoding="utf-8",
    )
    with Project.open(study) as project:
        report = project.import_files([source])
        assert not report.failed, report.failed
        doc_id = report.imported[0].id
        text = project.document(doc_id).text
        times = [(t.start_time, t.end_time) for t in project.turns(doc_id)]
    assert text == "I: Först.\nR: Sedan.\nI: Sist."
    assert times == [(5.0, 9.0), (0.0, 10.0), (2.0, 3.0)]
