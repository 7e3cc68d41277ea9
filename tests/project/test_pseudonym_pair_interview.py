"""Two participants of one interview are cited apart (and a key may not give them one
pseudonym), and a speaker label that is also an ordinary word is left to the lead
(pseudo37). Every label of an interview was proposed and
cited as the interview's one ``IP<n>``: a pair interview ("Anna:" and "Elsa:") printed two
people as one "IP1" in the key, the codings export and every quote. And `--apply` put
"Will" on the key, so "Will you tell me ...?" went out as "IP1 you tell me ...?"."""

from __future__ import annotations

import csv
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import ValidationError
from tests.conftest import project_with, small_codebook

PAIR = (
    "Intervjuare: Hur är arbetsbelastningen?\n"
    "Anna: Den är hög, vi har för många ärenden.\n"
    "Elsa: Jag håller med, men chefen lyssnar nu.\n"
    "Anna: Det har blivit bättre i år.\n"
)
ALONE = "Intervjuare: Hur mår gruppen?\nGreta: Bättre än förut.\n"


def _pair(path: Path) -> Project:
    project = project_with(
        path, ("b_pair.txt", PAIR), coders=(("lena", "lead"), ("karin", "coder"))
    )
    project.import_text("a_alone.txt", ALONE, lang="sv")
    project.apply_codebook(small_codebook())
    doc = next(d for d in project.documents() if d.name == "b_pair.txt")
    for who in ("Anna: ", "Elsa: "):
        start = PAIR.index(who) + len(who)
        project.add_coding(doc.id, start, PAIR.index("\n", start), "mission_dialogue", "karin")
    return project


def _participants(project: Project, path: Path) -> list[str]:
    project.export_codings(path, viewer="lena")
    with path.open(encoding="utf-8-sig", newline="") as f:
        return sorted(row["participant"] for row in csv.DictReader(f))


def test_two_speakers_of_one_interview_are_proposed_apart(tmp_path: Path) -> None:
    with _pair(tmp_path / "p.db") as project:
        proposed = {c.real: c.pseudonym for c in project.suggest_pseudonyms("lena")}
    # the lone interview keeps its plain number: a paper already written still cites it
    assert proposed["Greta"] == "IP1"
    assert (proposed["Anna"], proposed["Elsa"]) == ("IP2a", "IP2b")


def test_two_speakers_of_one_interview_are_cited_apart_off_and_on_the_key(
    tmp_path: Path,
) -> None:
    with _pair(tmp_path / "p.db") as project:
        assert _participants(project, tmp_path / "off.csv") == ["IP2a", "IP2b"]
        project.apply_suggested_pseudonyms("lena")
        keyed = {p.real: p.pseudonym for p in project.pseudonyms("lena")}
        assert keyed == {"Anna": "IP2a", "Elsa": "IP2b", "Greta": "IP1"}
        assert _participants(project, tmp_path / "on.csv") == ["IP2a", "IP2b"]


def test_a_named_interviewer_no_coder_is_cited_apart_from_the_participant(
    tmp_path: Path,
) -> None:
    text = "Lars: Hur är det?\nMaja: Det är bra.\nLars: Och chefen?\nMaja: Hon lyssnar.\n"
    with project_with(tmp_path / "p.db", ("ip.txt", text)) as project:
        proposed = {c.real: c.pseudonym for c in project.suggest_pseudonyms("lena")}
    assert proposed["Lars"] != proposed["Maja"]


def test_a_speaker_label_that_is_also_a_word_is_left_to_the_lead(tmp_path: Path) -> None:
    text = (
        "Interviewer: Will you tell me about the workload?\n"
        "Will: It is heavy, and it will not change soon.\n"
    )
    with project_with(tmp_path / "p.db", ("ip.txt", text), lang="en") as project:
        found = {c.real: c for c in project.suggest_pseudonyms("lena", names=False)}
        put, asked = project.apply_suggested_pseudonyms("lena")
        keyed = {p.real for p in project.pseudonyms("lena")}
    assert found["Will"].also_word
    assert [c.real for c in asked] == ["Will"] and "Will" not in keyed and put == []


def test_a_label_never_written_as_a_word_still_goes_on_the_key(tmp_path: Path) -> None:
    text = "Interviewer: Tell me about the workload?\nMark: It is heavy.\n"
    with project_with(tmp_path / "p.db", ("ip.txt", text), lang="en") as project:
        put, asked = project.apply_suggested_pseudonyms("lena")
    assert [c.real for c in put] == ["Mark"] and asked == []


def test_one_pseudonym_for_two_participants_of_one_interview_is_refused(
    tmp_path: Path,
) -> None:
    with _pair(tmp_path / "p.db") as project:
        project.set_pseudonym("Anna", "IP2", "lena", "speaker")
        with pytest.raises(ValidationError, match="another participant's in the same interview"):
            project.set_pseudonym("Elsa", "IP2", "lena", "speaker")
        assert {p.real for p in project.pseudonyms("lena")} == {"Anna"}
        project.set_pseudonym("Greta", "IP1", "lena", "speaker")  # another interview's


def test_a_key_that_holds_a_pair_as_one_is_warned_of(tmp_path: Path) -> None:
    with _pair(tmp_path / "p.db") as project:
        assert project.key_clash_note("lena") is None
        with project.store.transaction():  # as the earlier `--apply` left it: both IP2
            project.store.pseudonyms.set("Anna", "IP2", "speaker", "lena", True)
            project.store.pseudonyms.set("Elsa", "IP2", "speaker", "lena", True)
        note = project.key_clash_note("karin")
    assert note is not None and note.count("\n") == 0
    assert "two participants of one interview" in note and "(IP2)" in note
    assert "Anna" not in note and "Elsa" not in note  # pseudonyms only: a coder reads it


def test_a_label_and_its_longer_form_may_share_a_pseudonym(tmp_path: Path) -> None:
    text = "Intervjuare: Vem är du?\nAnna Berg: Jag heter Anna.\nAnna: Jag jobbar här.\n"
    with project_with(tmp_path / "p.db", ("ip.txt", text)) as project:
        project.set_pseudonym("Anna Berg", "IP1", "lena", "speaker")
        project.set_pseudonym("Anna", "IP1", "lena", "speaker")
        assert project.key_clash_note("lena") is None


def test_a_pair_interview_is_two_cases_in_the_qdpx(tmp_path: Path) -> None:
    with _pair(tmp_path / "p.db") as project:
        project.export_qdpx(tmp_path / "p.qdpx", viewer="lena")
    with zipfile.ZipFile(tmp_path / "p.qdpx") as archive:
        root = ET.fromstring(archive.read("project.qde"))
    cases = sorted(c.get("name", "") for c in root.iter() if c.tag.endswith("}Case"))
    assert cases == ["IP1", "IP2a", "IP2b"]
