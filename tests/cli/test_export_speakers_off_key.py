"""A .qdpx says which interviewees' speaker labels its transcripts print as written (eyes13):
its cases and every quote cite such a participant as IP<n>, but the transcripts go out
whole, and a lead sent one whose case read IP1 while twenty turns read "Mats:". The note is
the lead's (she keeps the key), never a coder's, and goes once the labels are on the key."""

from __future__ import annotations

import zipfile
from pathlib import Path

from typer.testing import CliRunner

from qualcode import Project
from qualcode.cli import app

INTERVIEW = (
    "Intervjuare: Hur såg det ut när du kom hit?\n"
    "Mats: Det var ganska illa. Sjukfrånvaron var hög.\n"
    "Intervjuare: Och nu?\n"
    "Mats: Nu är den nere på sex procent.\n"
)


def _project(tmp_path: Path) -> Path:
    path = tmp_path / "study.db"
    with Project.create(path) as project:
        project.add_coder("sara", role="lead")
        project.add_coder("anna")
        project.import_text("ekstad_01.txt", INTERVIEW, lang="sv")
        project.import_text("plan.txt", "En plan för arbetsmiljön.\n", lang="sv")
    return path


def _qdpx(path: Path, out: Path, *extra: str) -> tuple[str, str]:
    """Export as the lead: (stderr, the transcripts' text)."""
    result = CliRunner().invoke(
        app, ["-p", str(path), "--coder", "sara", "export", "qdpx", "-o", str(out), *extra]
    )
    assert result.exit_code == 0, result.output
    with zipfile.ZipFile(out) as archive:
        texts = [archive.read(n).decode() for n in archive.namelist() if n.startswith("sources/")]
    return result.stderr, "\n".join(texts)


def test_the_lead_is_told_which_speaker_labels_a_qdpx_prints(tmp_path: Path) -> None:
    path = _project(tmp_path)
    with Project.open(path) as project:
        assert project.speakers_off_key("sara") == ["Mats"]  # not the interviewer, no plan
        assert project.speakers_off_key("anna") == []  # the key is the lead's
        assert project.speakers_off_key(None) == []
    said, texts = _qdpx(path, tmp_path / "a.qdpx")
    assert "Mats:" in texts  # what the note says is so
    assert (
        "1 speaker label not on the pseudonym key, printed as written in the transcripts' "
        "turns: Mats"
    ) in said
    said, _ = _qdpx(path, tmp_path / "b.qdpx", "--real-names")
    assert "speaker label" not in said  # real names asked for: nothing to say
    result = CliRunner().invoke(
        app, ["-p", str(path), "--coder", "sara", "pseudonym", "suggest", "--apply"]
    )
    assert result.exit_code == 0, result.output
    with Project.open(path) as project:
        assert project.speakers_off_key("sara") == []
    said, texts = _qdpx(path, tmp_path / "c.qdpx")
    assert "Mats" not in texts and "IP1:" in texts
    assert "speaker label" not in said


def test_a_label_keyed_in_another_case_is_on_the_key(tmp_path: Path) -> None:
    """The key matches a name in any case, so 'mats' on it keys 'Mats:' in every export."""
    path = _project(tmp_path)
    with Project.open(path) as project:
        project.set_pseudonym("mats", "IP1", "sara", kind="speaker")
        assert project.speakers_off_key("sara") == []


def test_the_agenda_says_what_its_contexts_print_as_written(tmp_path: Path) -> None:
    """The agenda shows every version in its context, turns and all: 'Vad mer gjorde ni?
    Mats: **Vi byggde ...**', under a heading naming the document, and it said nothing of
    either."""
    path = tmp_path / "study.db"
    with Project.create(path) as project:
        project.add_coder("sara", role="lead")
        project.add_coder("anna")
        project.add_coder("erik")
        project.add_code("mission", {"sv": "Uppdrag"})
        doc = project.import_text(
            "ekstad_01.txt", INTERVIEW, lang="sv", attributes={"municipality": "Ekstad"}
        ).id
        unit = project.units(doc)[1]  # Mats's first sentence
        project.act_as("anna")
        project.add_coding(doc, unit.start, unit.end, "mission", "anna")
        for coder in ("anna", "erik"):
            project.act_as(coder)
            project.set_status(doc, coder, "done")
    agenda = tmp_path / "agenda.md"
    result = CliRunner().invoke(
        app, ["-p", str(path), "--coder", "sara", "reconcile", "agenda", "-o", str(agenda)]
    )
    assert result.exit_code == 0, result.output
    assert "Mats:" in agenda.read_text(encoding="utf-8")  # what the note says is so
    assert "1 municipality not on the pseudonym key, printed as written: Ekstad" in result.stderr
    assert (
        "1 speaker label not on the pseudonym key, printed as written in the cases' contexts: Mats"
    ) in result.stderr


def test_a_sets_qdpx_names_only_its_own_speaker_labels(tmp_path: Path) -> None:
    """``export qdpx --set`` carries that set's transcripts only, so its note names their
    labels alone, as its note of municipalities does (eb218e1), not every document's."""
    path = _project(tmp_path)
    with Project.open(path) as project:
        other = INTERVIEW.replace("Mats", "Britt")
        project.import_text("norrvik_01.txt", other, lang="sv")
        project.make_document_set("north", "sara", ["norrvik_01"])
        assert project.speakers_off_key("sara") == ["Britt", "Mats"]
        assert project.speakers_off_key("sara", "north") == ["Britt"]
    said, texts = _qdpx(path, tmp_path / "north.qdpx", "--set", "north")
    assert "Britt:" in texts and "Mats" not in texts
    assert "printed as written in the transcripts' turns: Britt" in said
    assert "Mats" not in said
