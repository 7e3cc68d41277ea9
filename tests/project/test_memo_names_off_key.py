"""A participant's name typed in a memo: `pseudonym suggest` proposes it, every export that
prints memos passes them through the key, and while the key lacks the name the lead is
told how many memos print it as written (eyes31: "Anna Berg", typed in a memo and on no
key, reached the memos export unchanged, and nothing said so)."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from qualcode.cli import app
from qualcode.errors import ValidationError
from qualcode.project import Project

NAMED = "Talked with Anna Berg again after the interview; she wants the quotes checked."


def _named_memos(project: Project) -> None:
    """One memo of each kind an export prints, two of them naming Anna Berg."""
    doc = project.documents()[0].id
    text = project.document(doc).text
    at = text.index("Politikerna")
    coding = project.add_coding(doc, at, text.index(".", at) + 1, "mission_dialogue", "karin")
    project.add_memo("coding", coding.id, "karin", NAMED)
    project.add_memo("code", "mission_dialogue", "lena", f"Seen twice. {NAMED}")
    project.add_memo("project", "project", "lena", "Start with the managers.")


def test_suggest_reads_the_memos(project: Project) -> None:
    _named_memos(project)
    found = {c.real: c for c in project.suggest_pseudonyms("lena")}
    assert "Anna Berg" in found
    whole = found["Anna Berg"]
    assert whole.kind == "person" and not whole.on_key
    memo_ids = {m.id[:8] for m in project.memos()}
    assert whole.where.startswith("memo ") and whole.where.split()[1] in memo_ids
    assert found["Anna"].pseudonym == whole.pseudonym  # one person, one pseudonym


def test_the_lead_is_told_how_many_printed_memos_name_someone_off_the_key(
    project: Project, tmp_path: Path
) -> None:
    _named_memos(project)
    assert project.memos_off_key("lena", "memos") == 2
    project.export_summary(tmp_path / "s.md", "coder", viewer="lena")
    assert project.memos_off_key("lena", "summary") == 2  # the code's and the coding's
    assert project.memos_off_key("lena", "codings") == 1  # the coding's only
    assert project.memos_off_key("lena", "qdpx") == 2
    assert project.memos_off_key("karin", "memos") == 0  # the key is the lead's
    assert project.memos_off_key(None, "memos") == 0
    with pytest.raises(ValidationError, match="no export 'agenda'"):
        project.memos_off_key("lena", "agenda")
    # the whole name on the key covers its parts as the export prints them
    project.set_pseudonym("Anna Berg", "N1", "lena", kind="person")
    assert project.memos_off_key("lena", "memos") == 0


def test_a_project_without_memos_has_nothing_to_say(project: Project) -> None:
    assert project.memos_off_key("lena", "qdpx") == 0


def test_every_export_that_prints_memos_keys_the_name(project: Project, tmp_path: Path) -> None:
    _named_memos(project)
    for c in project.suggest_pseudonyms("lena"):
        if c.kind in ("person", "other") and not c.on_key:
            project.set_pseudonym(c.real, c.pseudonym, "lena", c.kind, generated=True)
    assert project.memos_off_key("lena", "memos") == 0
    memos = project.export_memos(tmp_path / "m.md", "lena").read_text(encoding="utf-8")
    codings = project.export_codings(tmp_path / "c.csv", viewer="lena").read_text("utf-8-sig")
    summary = project.export_summary(tmp_path / "s.md", layer="coder", viewer="lena")
    with zipfile.ZipFile(project.export_qdpx(tmp_path / "p.qdpx", viewer="lena")) as qdpx:
        inside = "".join(qdpx.read(n).decode("utf-8", "replace") for n in qdpx.namelist())
    for name, printed in (
        ("memos", memos),
        ("codings", codings),
        ("summary", summary.read_text(encoding="utf-8")),
        ("qdpx", inside),
    ):
        assert "again after the interview" in printed, name  # the memo is there
        assert "Anna" not in printed and "Berg" not in printed, name


def test_the_export_commands_say_it_in_one_line(project: Project, tmp_path: Path) -> None:
    _named_memos(project)
    path = project.store.path
    assert path is not None
    project.close()
    runner = CliRunner()
    for command, out, memos in (
        ("memos", "m.md", 2),
        ("codings", "c.csv", 1),
        ("qdpx", "p.qdpx", 2),
    ):
        args = ["-p", str(path), "--coder", "lena", "export", command, str(tmp_path / out)]
        result = runner.invoke(app, args)
        assert result.exit_code == 0, result.output
        said = [line for line in result.stderr.splitlines() if "memo" in line]
        assert said == [
            f"note: {memos} memo{'s hold' if memos > 1 else ' holds'} names not on the "
            "pseudonym key, printed as written (`qualcode pseudonym suggest` lists them; "
            "`qualcode pseudonym suggest --apply --kinds person,other,place,workplace` puts "
            "them on it)"
        ], command
        assert (tmp_path / out).is_file()  # written all the same, with what the key covers
    args = ["-p", str(path), "--coder", "karin", "export", "memos", str(tmp_path / "k.md")]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert "pseudonym key" not in result.stderr  # a coder keeps no key


def test_a_pseudonym_named_in_a_memo_is_no_name_off_the_key(project: Project) -> None:
    """A memo naming a participant as the exports do, by the pseudonym the lead chose
    ("Vera"), holds no name off the key: counted, every export warned of a name that is
    the key's own, and a common word beside it ("Mentorn Vera") was proposed as a name
    (eyes32). The real name typed in a memo still counts until it is on the key."""
    project.set_pseudonym("Anna Berg", "Vera", "lena", kind="person")
    project.add_memo("project", "project", "lena", "Mentorn Vera och Veras chef, se IP1.")
    project.add_memo("code", "mission_dialogue", "lena", "Compare what Vera says with the plan.")
    assert project.memos_off_key("lena", "memos") == 0
    found = {c.real for c in project.suggest_pseudonyms("lena")}
    assert not {"Vera", "Veras", "Mentorn", "Mentorn Vera"} & found
    project.add_memo("project", "project", "lena", "Talked with Karl Dahl, her manager, today.")
    assert project.memos_off_key("lena", "memos") == 1


def test_the_swedish_memos_export_says_in_the_key_as_every_swedish_text_does(
    project: Project, tmp_path: Path
) -> None:
    """The Swedish memos file said "Namn på pseudonymnyckeln", where every other Swedish
    text says a name is "i pseudonymnyckeln" (study48): one wording for the key."""
    _named_memos(project)
    memos = project.export_memos(tmp_path / "m.md", "lena", lang="sv").read_text("utf-8")
    assert "Namn som finns i pseudonymnyckeln skrivs som sina pseudonymer." in memos
    texts = Path(__file__).parents[2] / "qualcode" / "texts" / "sv.toml"
    assert "på pseudonymnyckeln" not in texts.read_text(encoding="utf-8")
