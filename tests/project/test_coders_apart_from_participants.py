"""Coders are not participants: three coders whose names are also participants' names.

One key served both, so the participant "Karin:" keyed as IP1 by `pseudonym suggest
--apply` printed coder karin as IP1 in `agree`'s rows, the audit and the codings' coder
column, a coder reported as an interviewee (pseudo40). Coders now have a key of their own
(kind ``coder``); without an entry there a coder whose name the participants' key would
replace is printed "Kodare B" / "Coder B", never as a participant's pseudonym, and the
participants' names in the text are replaced as before.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import ValidationError
from tests.hostile.export_kit import export_text

SV = (
    "I: Hur var det på enheten när du började?\n\n"
    "Karin: Det var tungt, vi hade för många ärenden. Jag pratade med Johan om det.\n\n"
    "I: Vad hände sedan?\n\n"
    "Karin: Chefen pratade med politikerna och vi fick fler tjänster.\n"
)
EN = (
    "I: How was it in the team when you started?\n\n"
    "Mira: It was hard, far too many cases. I talked to Johan about it.\n\n"
    "I: And then?\n\n"
    "Mira: The manager talked to the politicians and we got more posts.\n"
)
PARTICIPANTS = ("Karin", "Mira", "Johan")


def _team(path: Path, text: str, lang: str) -> Project:
    """Lead lena and coders karin, johan and mira, each coding the one interview, whose
    participants (a speaker and a name in the talk) are put on the key as suggested."""
    project = Project.create(path)
    project.add_coder("lena", role="lead")
    for name in ("karin", "johan", "mira"):
        project.add_coder(name)
    project.add_code("mission", {"sv": "Uppdrag", "en": "Mission"})
    project.act_as("lena")
    doc = project.import_text(f"doc_{lang}.txt", text, lang=lang).id
    put, _ = project.apply_suggested_pseudonyms("lena", ["speaker", "person"])
    assert {p.real for p in put} >= {"Johan"}, put
    start = text.index(":", text.index("\n\n")) + 2
    for end, name in ((start + 40, "karin"), (start + 50, "johan"), (start + 40, "mira")):
        project.act_as(name)
        project.add_coding(doc, start, end, "mission", name)
        project.set_status(doc, name, "done")
    project.act_as("lena")
    project.add_memo("document", doc, "lena", "Läst av hela teamet.")
    return project


def _coders_printed(project: Project, tmp_path: Path) -> set[str]:
    """The coder names the agreement, the audit and the codings export print."""
    report = project.agreement(bootstrap=0)
    out = project.export_codings(tmp_path / "c.csv", viewer="lena", force=True)
    rows = list(csv.DictReader(out.open(encoding="utf-8-sig")))
    actors = {e.actor for e in project.audit(viewer="lena") if e.actor != "qualcode"}
    return set(report.coders) | {r["coder"] for r in rows} | actors


@pytest.mark.parametrize(("text", "lang", "word"), [(SV, "sv", "Kodare"), (EN, "en", "Coder")])
def test_no_coder_is_printed_as_a_participant(
    tmp_path: Path, text: str, lang: str, word: str
) -> None:
    with _team(tmp_path / "p.db", text, lang) as project:
        printed = {p.pseudonym for p in project.pseudonyms("lena") if p.kind != "coder"}
        shown = _coders_printed(project, tmp_path)
        summary = project.export_summary(
            tmp_path / "s.md", viewer="lena", lang=lang, allow_empty=True
        )
        every = export_text(summary) + export_text(tmp_path / "c.csv")
    assert not shown & printed, shown  # IP1, P1 ... are participants'
    assert "lena" in shown and any(s.startswith(f"{word} ") for s in shown), shown
    for name in PARTICIPANTS:
        assert name not in every, name


def test_a_coder_s_own_pseudonym_is_printed(tmp_path: Path) -> None:
    with _team(tmp_path / "p.db", SV, "sv") as project:
        for name, pseudonym in (("karin", "Kodare K"), ("johan", "Kodare J")):
            project.set_pseudonym(name, pseudonym, "lena", kind="coder")
        shown = _coders_printed(project, tmp_path)
        listed = {(p.real, p.pseudonym) for p in project.pseudonyms("lena") if p.kind == "coder"}
        real = project.agreement(bootstrap=0, real_names=True, viewer="lena")
    assert {"Kodare K", "Kodare J", "lena"} <= shown and "karin" not in shown
    assert listed == {("karin", "Kodare K"), ("johan", "Kodare J")}
    assert {"karin", "johan", "mira"} == set(real.coders)


def test_a_coder_is_never_given_a_participant_s_pseudonym(tmp_path: Path) -> None:
    with _team(tmp_path / "p.db", SV, "sv") as project:
        taken = next(p.pseudonym for p in project.pseudonyms("lena") if p.real == "Karin")
        with pytest.raises(ValidationError, match="participants' key"):
            project.set_pseudonym("johan", taken, "lena", kind="coder")
        with pytest.raises(ValidationError, match="lead"):
            project.act_as("karin")
            project.set_pseudonym("karin", "Kodare Q", "karin", kind="coder")


def test_a_participant_is_never_given_a_coder_s_own_pseudonym(tmp_path: Path) -> None:
    """Quotes would be cited as by the coder (red team 35's rule, for the coders' key)."""
    with _team(tmp_path / "p.db", SV, "sv") as project:
        project.set_pseudonym("karin", "Kodare K", "lena", kind="coder")
        with pytest.raises(ValidationError, match="coder's own pseudonym"):
            project.set_pseudonym("Johan", "kodare k", "lena")


def test_a_coder_named_as_another_s_pseudonym_is_printed_apart(tmp_path: Path) -> None:
    """'Kodare K' added as a coder beside karin, printed 'Kodare K': agreement rows would
    name two coders alike."""
    with _team(tmp_path / "p.db", SV, "sv") as project:
        project.set_pseudonym("karin", "Kodare K", "lena", kind="coder")
        # as a merged package or a .qdpx brings her: coder add refuses a label's shape
        project.store.coders.add("Kodare K", "coder")
        key = project.pseudonym_key()
    assert key.coder("karin") == "Kodare K"
    assert key.coder("Kodare K") not in ("Kodare K", "karin")
