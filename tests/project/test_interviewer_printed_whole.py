"""An interviewer who is no coder and shares a participant's first name is printed whole.

Interviewer "Johan Ek" beside a participant Johan the talk names (N1 on the key) went out as
"N1 Ek" in the codings' interviewer column and as "N1 Ek:" before each of her questions in
the .qdpx: half a pseudonym, her surname printed and her questions read as N1's. And `pseudonym
suggest` proposed "Ek" and the role word of "Intervjuare Johan:", seen only in her labels,
as people, so `--apply` printed "N1 N2:" and "N3 N1:". She is printed "Intervjuare A" now,
and a word seen only in her labels is proposed for no key.
"""

from __future__ import annotations

import csv
import zipfile
from pathlib import Path

import pytest

from qualcode import Project

TALK = (
    "I: Hur ser uppdraget ut?\n"
    "R: Vi pratar mer med politikerna nu. Johan sa det också.\n"
    "I: Och budgeten?\n"
    "R: Den följer behoven.\n"
)
ASKED = (
    "{asker}: Hur ser uppdraget ut?\n"
    "{answerer}: Vi pratar med chefen nu.\n"
    "{asker}: Och budgeten?\n"
    "{answerer}: Den följer behoven.\n"
)


@pytest.fixture
def project(tmp_path: Path):
    with Project.create(tmp_path / "p.db") as p:
        p.add_coder("lena", role="lead")
        p.add_code("mission", {"sv": "Uppdrag", "en": "Mission"})
        p.act_as("lena")
        p.import_text("a_talk.txt", TALK, lang="sv", attributes={"interviewer": "Maria Lind"})
        asked = ASKED.format(asker="Johan Ek", answerer="Karin")
        p.import_text("b_asked.txt", asked, lang="sv", attributes={"interviewer": "Johan Ek"})
        role = ASKED.format(asker="Intervjuare Johan", answerer="Per")
        p.import_text("c_role.txt", role, lang="sv")
        yield p


def test_her_labels_words_are_proposed_for_no_key(project: Project) -> None:
    found = {c.real: c for c in project.suggest_pseudonyms("lena")}
    assert "Johan" in found  # the talk names a Johan: proposed as before
    assert not {"Ek", "Intervjuare", "Johan Ek", "Intervjuare Johan"} & set(found), found


def test_an_interviewer_sharing_a_keyed_first_name_is_printed_whole(
    project: Project, tmp_path: Path
) -> None:
    project.apply_suggested_pseudonyms("lena", kinds=("speaker", "person"))
    assert project.pseudonym_key(viewer="lena").pseudonym("Johan") == "N1"
    doc = project.document("b_asked.txt")
    project.add_coding(doc.id, 0, 10, "mission", coder="lena")
    codings = project.export_codings(tmp_path / "c.csv", viewer="lena", lang="sv")
    with open(codings, encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f))
    assert [r["interviewer"] for r in rows] == ["Intervjuare A"]
    with zipfile.ZipFile(project.export_qdpx(tmp_path / "p.qdpx", viewer="lena")) as z:
        sources = [z.read(n).decode() for n in z.namelist() if n.startswith("sources/")]
    said = "\n".join(sources)
    assert "Ek" not in said and "Johan" not in said
    assert "Intervjuare A: Hur ser" in said  # her label as her attribute prints her
    assert "Intervjuare B: Hur ser" in said  # "Intervjuare Johan", another label
    assert "N1 sa det också" in said  # the participant Johan as before


def test_an_interviewer_the_key_leaves_alone_stays_as_written(
    project: Project, tmp_path: Path
) -> None:
    project.apply_suggested_pseudonyms("lena", kinds=("speaker", "person"))
    doc = project.document("a_talk.txt")
    project.add_coding(doc.id, 0, 10, "mission", coder="lena")
    with open(project.export_codings(tmp_path / "c.csv", viewer="lena"), encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f))
    assert [r["interviewer"] for r in rows] == ["Maria Lind"]


def test_an_interviewer_who_is_a_coder_of_her_whole_name_is_printed_as_that_coder(
    project: Project, tmp_path: Path
) -> None:
    """Coder "Johan Ek" interviewing: printed as the coders' key prints her, everywhere
    alike, never under a second, interviewer's label."""
    project.add_coder("Johan Ek")
    project.apply_suggested_pseudonyms("lena", kinds=("speaker", "person"))
    key = project.pseudonym_key(viewer="lena")
    coder = key.coder("Johan Ek")
    assert coder != "Johan Ek" and not coder.startswith("Intervjuare"), coder
    assert key.attribute("interviewer", "Johan Ek") == coder
    assert key.apply("Johan Ek: Hur ser uppdraget ut?").startswith(f"{coder}:")


def test_her_label_is_no_label_a_transcript_already_uses(project: Project, tmp_path: Path) -> None:
    """A team that labels its interviewers "Intervjuare A:" and "Interviewer B:" in the
    transcripts: "Johan Ek" printed as "Intervjuare A" read as that other interviewer."""
    other = ASKED.format(asker="Intervjuare A", answerer="Eva")
    project.import_text("d_other.txt", other, lang="sv")
    english = ASKED.format(asker="Interviewer B", answerer="Olle")
    project.import_text("e_english.txt", english, lang="sv")
    project.apply_suggested_pseudonyms("lena", kinds=("speaker", "person"))
    for lang in ("sv", "en"):
        key = project.pseudonym_key(viewer="lena", lang=lang)
        printed = key.attribute("interviewer", "Johan Ek")
        assert printed.endswith(" C"), printed  # A and B are the transcripts' own
