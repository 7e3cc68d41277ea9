"""The note on names in memos printed off the pseudonym key counts what the summary of the
documents chosen (`export summary --docs`) prints: a memo on a coding in another document
is not in that summary, so it is no name that summary sends out (small33a)."""

from __future__ import annotations

from pathlib import Path

from qualcode import Project
from tests.project.team_kit import absent_coder_study

NAMED = "Asked Anna Berg about the committee again; she wants to read the quotes first."


def _memo_on_third(path: Path) -> tuple[Project, str, str]:
    """The absent-coder study with karin's memo, naming someone, on her coding in ip3."""
    project, second, third = absent_coder_study(path, [0])
    project.act_as("karin")  # blind: her own codings are all she sees
    (coding,) = [
        c for c in project.store.codings.list() if c.document_id == third and c.coder == "karin"
    ]
    project.add_memo("coding", coding.id, "karin", NAMED)
    project.act_as("lena")
    return project, second, third


def _printed(project: Project, docs: list[str]) -> list[str]:
    summary = project.build_summary("coder", coders=["karin", "johan"], docs=docs)
    return [m for t in summary.themes for q in t.quotes for m in q.memos]


def _told(project: Project, out: Path, doc_set: str | None = None, **chosen: list[str]) -> int:
    """The memos named off the key that the summary written now is said to print."""
    project.export_summary(out, "coder", coders=["karin", "johan"], doc_set=doc_set, **chosen)
    return project.memos_off_key("lena", "summary")


def test_a_memo_on_another_document_is_not_counted(tmp_path: Path) -> None:
    project, second, third = _memo_on_third(tmp_path / "p.db")
    with project:
        assert not any("Berg" in m for m in _printed(project, [second]))
        assert any("Berg" in m for m in _printed(project, [third]))
        assert _told(project, tmp_path / "2.md", docs=[second]) == 0  # was 1
        assert _told(project, tmp_path / "3.md", docs=[third]) == 1
        assert _told(project, tmp_path / "23.md", docs=[second, third]) == 1
        assert _told(project, tmp_path / "all.md") == 1
        assert (
            project.memos_off_key("lena", "memos", docs=[second]) == 1
        )  # the memos export has no --docs


def test_the_set_and_the_documents_chosen_in_it(tmp_path: Path) -> None:
    project, second, third = _memo_on_third(tmp_path / "p.db")
    with project:
        project.make_document_set("later", "lena", [second, third])
        assert _told(project, tmp_path / "set.md", "later") == 1
        assert _told(project, tmp_path / "set2.md", "later", docs=[second]) == 0


def test_export_summary_docs_says_nothing_of_a_memo_it_does_not_print(tmp_path: Path) -> None:
    """On main, `export summary --docs ip2.txt` said "1 memo holds names not on the
    pseudonym key" of karin's memo on ip3.txt, which that summary never prints."""
    from typer.testing import CliRunner

    from qualcode.cli import app

    path = tmp_path / "p.db"
    project, _, _ = _memo_on_third(path)
    project.close()
    runner = CliRunner()
    for doc, told in (("ip2.txt", False), ("ip3.txt", True)):
        out = tmp_path / f"{doc}.md"
        args = ["-p", str(path), "--coder", "lena", "export", "summary", "-o", str(out)]
        result = runner.invoke(app, [*args, "--layer", "coder", "--docs", doc])
        assert result.exit_code == 0, result.output
        assert ("1 memo holds names not on the pseudonym key" in result.stderr) is told
        assert ("Anna Berg" in out.read_text(encoding="utf-8")) is told
