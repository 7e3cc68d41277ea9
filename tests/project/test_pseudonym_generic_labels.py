"""A speaker label that names the part a person plays in the interview ("Participant:",
"Deltagare:", "Interviewee:", "Intervjuperson:") is no one's name and goes on no key
(user49). `pseudonym suggest --apply` put "Participant" on the key as IP1, and the key then
rewrote the exports' own words: an English summary's table read "IP1:s who voiced it" and
its column "IP1:s" for "Participants", a Swedish one would read "IP1 som tog upp temat"."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from tests.conftest import project_with, small_codebook

INTERVIEWS = {
    "en": (
        "Interviewer: How are the caseloads?\n"
        "Participant: Too high, and people leave after a year.\n"
        "Interviewer: What changed?\n"
        "Participant: The council listens to us now.\n"
    ),
    "sv": (
        "Intervjuare: Hur är arbetsbelastningen?\n"
        "Deltagare: Den är hög, vi har för många ärenden.\n"
        "Intervjuare: Vad har hänt sedan dess?\n"
        "Deltagare: Politikerna lyssnar på oss nu.\n"
    ),
}


def _study(path: Path, lang: str) -> tuple[Project, str]:
    text = INTERVIEWS[lang]
    project = project_with(path, (f"i_{lang}.txt", text), lang=lang)
    project.apply_codebook(small_codebook())
    doc = project.documents()[0]
    label = "Participant: " if lang == "en" else "Deltagare: "
    start = text.index(label) + len(label)
    project.add_coding(doc.id, start, text.index("\n", start), "mission_dialogue", "lena")
    return project, doc.id


@pytest.mark.parametrize("label", ["Participant", "Deltagare", "Interviewee", "Intervjuperson"])
def test_a_part_as_label_is_proposed_for_no_key(tmp_path: Path, label: str) -> None:
    text = (
        f"Intervjuare: Hur är det?\n{label}: Det är bra.\nIntervjuare: Och nu?\n{label}: Bättre.\n"
    )
    with project_with(tmp_path / "p.db", ("i.txt", text)) as project:
        proposed = {c.real for c in project.suggest_pseudonyms("lena")}
    assert label not in proposed


@pytest.mark.parametrize("lang", ["en", "sv"])
def test_applied_key_leaves_the_summarys_own_words(tmp_path: Path, lang: str) -> None:
    project, _ = _study(tmp_path / "p.db", lang)
    with project:
        project.apply_suggested_pseudonyms("lena", {"speaker", "place", "person", "other"})
        assert not project.pseudonyms("lena")  # nothing on it: the label is no name
        project.export_summary(tmp_path / "s.md", layer="coder", lang=lang, viewer="lena")
    summary = (tmp_path / "s.md").read_text(encoding="utf-8")
    assert "IP1:s" not in summary and "IP1 som" not in summary
    assert ("Participants" if lang == "en" else "Deltagare") in summary
    assert "IP1" in summary  # the participant is still cited by her number
