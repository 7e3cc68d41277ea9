"""The note on why the lead's default summary is of all coders' codings (`export
summary` says it after 'wrote', as the reports screen says it beside its layer) is worked
out within the export's snapshot, where the open counts are the summary's own, and kept
for the face to say (``summary_layer_note``, perf42). Asked once the file was written,
the export's audit entry (a change of the file) had every coding read and every case
counted again: 0.4 s CPU of a lead's summary on 200k codings."""

from __future__ import annotations

from pathlib import Path

from qualcode import Project
from tests.project.test_summary_mid_reconciliation import decide_one


def _codings_read(project: Project) -> list[str]:
    """The statements reading the codings table from now on."""
    seen: list[str] = []

    def trace(sql: str) -> None:
        if "codings c" in sql and sql.lstrip().upper().startswith("SELECT"):
            seen.append(sql)

    project.store.database.conn.set_trace_callback(trace)
    return seen


def test_the_note_is_the_one_asked_after_and_reads_nothing_again(
    demo: Path, tmp_path: Path
) -> None:
    with Project.open(demo) as project:
        project.act_as("lena")
        decide_one(project)
        project.export_summary(tmp_path / "s.md", viewer="lena")
        kept = project.summary_layer_note
        read = _codings_read(project)
        assert kept == project.report_layer_note("lena")  # asked after: read again
        assert read  # the audit entry changed the file: the counts were read afresh
        project.store.database.conn.set_trace_callback(None)
    assert kept is not None and kept.startswith("; reconciliation under way: 1 of")


def test_no_note_kept_for_a_layer_or_documents_named(demo: Path, tmp_path: Path) -> None:
    with Project.open(demo) as project:
        project.act_as("lena")
        decide_one(project)
        project.export_summary(tmp_path / "s.md", layer="coder", viewer="lena")
        assert project.summary_layer_note is None
        first = project.store.documents.summaries()[0].name
        project.export_summary(tmp_path / "d.md", viewer="lena", docs=[first])
        assert project.summary_layer_note is None
        project.export_summary(tmp_path / "k.md", viewer="karin")  # a coder's own: none
        assert project.summary_layer_note == ""


def test_the_command_says_the_note_it_kept(demo: Path, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from qualcode.cli import app

    with Project.open(demo) as project:
        project.act_as("lena")
        decide_one(project)
        note = project.report_layer_note("lena")
    target = tmp_path / "s.md"
    result = CliRunner(env={"QUALCODE_CODER": "lena"}).invoke(
        app, ["-p", str(demo), "export", "summary", "-o", str(target)]
    )
    assert result.exit_code == 0, result.output
    said = f"note: of all coders' codings{note} (--layer consensus: the consensus as far as"
    assert said in result.stderr.replace("\n", " ")
