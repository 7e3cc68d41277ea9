"""Every export is in the audit log (``project/export_log.py``): one ``export.<kind>``
entry naming who wrote which file (its name alone, no folders), of which layer and whose
work, with pseudonyms or real names, and how much it held. Before, no export left a trace:
a lead could not say who had taken a file of real names out of the project."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import pytest

from qualcode import Project
from qualcode.errors import QualcodeError
from tests.project.team_kit import agreed_and_decided


def _exports(project: Project) -> list[tuple[str, str, Mapping[str, object]]]:
    return [(e.actor, e.action, e.payload) for e in project.audit("export", viewer="lena")]


def test_every_export_of_the_service_is_one_entry(tmp_path: Path) -> None:
    project, doc = agreed_and_decided(tmp_path / "p.db")
    out = tmp_path / "out"
    out.mkdir()
    with project:
        project.add_memo("document", doc, "lena", "the first interview of the round")
        project.export_codings(out / "codings.csv", layer="coder")
        consensus = out / "consensus.xlsx"
        project.export_codings(consensus, layer="consensus", real_names=True, viewer="lena")
        project.export_summary(out / "summary.md", layer="coder")
        project.export_qdpx(out / "study.qdpx")
        project.export_qdc(out / "codes.qdc")
        project.export_memos(out / "memos.md", "lena")
        project.export_codebook(out / "codebook.yaml")
        project.write_agenda(out / "agenda.md")
        project.save_frame(project.frames()["codings"], out / "table.csv")
        entries = _exports(project)
    assert [(a, action, p["file"]) for a, action, p in entries] == [
        ("lena", "export.codings", "codings.csv"),
        ("lena", "export.codings", "consensus.xlsx"),
        ("lena", "export.summary", "summary.md"),
        ("lena", "export.qdpx", "study.qdpx"),
        ("lena", "export.qdc", "codes.qdc"),
        ("lena", "export.memos", "memos.md"),
        ("lena", "export.codebook", "codebook.yaml"),
        ("lena", "export.agenda", "agenda.md"),
        ("lena", "export.table", "table.csv"),
    ]
    by_file = {p["file"]: p for _, _, p in entries}
    # the coders' layer: three codings by two coders, through the key
    assert by_file["codings.csv"] == {
        "file": "codings.csv",
        "layer": "coder",
        "coders": ["johan", "karin"],
        "names": "pseudonyms",
        "codings": 3,
    }
    assert by_file["consensus.xlsx"]["names"] == "real names"  # the ethics board's question
    assert by_file["consensus.xlsx"]["layer"] == "consensus"
    assert by_file["study.qdpx"]["codings"] == len(project_codings(tmp_path / "p.db"))
    assert by_file["memos.md"]["memos"] == 1
    assert by_file["codes.qdc"]["codes"] == by_file["codebook.yaml"]["codes"] == 1
    assert str(by_file["summary.md"]["layer"]).startswith("all coders")  # as its file says
    assert by_file["table.csv"]["rows"] == len(project_codings(tmp_path / "p.db"))
    assert all(str(out) not in str(p) for _, _, p in entries)  # no folder is kept


def project_codings(path: Path) -> list[object]:
    with Project.open(path) as project:
        project.act_as("lena")
        return list(project.codings())


def test_a_blind_coders_export_of_her_own_work_is_hers_and_hidden_from_a_colleague(
    tmp_path: Path,
) -> None:
    project, _ = agreed_and_decided(tmp_path / "p.db")
    with project:
        project.act_as("karin")
        project.export_codings(tmp_path / "mine.csv", layer="coder:karin")
        project.export_coder("karin", tmp_path / "karin.json")
        mine = project.audit_trail("karin")
        project.act_as("johan")
        johans = project.audit("export", viewer="johan")
        project.act_as("lena")
        leads = _exports(project)
    assert [(e.action, e.payload["file"]) for e in mine if e.kind == "export"] == [
        ("export.package", "karin.json"),
        ("export.codings", "mine.csv"),
    ]
    assert johans == []
    assert [(a, p["coders"], p["codings"]) for a, _, p in leads] == [
        ("karin", ["karin"], 2),
        ("karin", ["karin"], 2),
    ]


def test_an_export_that_fails_writes_no_entry(tmp_path: Path) -> None:
    project, _ = agreed_and_decided(tmp_path / "p.db")
    taken = tmp_path / "taken.csv"
    taken.write_text("a colleague's table\n", encoding="utf-8")
    with project:
        with pytest.raises(QualcodeError):
            project.export_codings(taken)  # exists: refused without force
        with pytest.raises(QualcodeError):
            project.export_qdpx(tmp_path / "study.zip")  # a .qdpx named otherwise
        with pytest.raises(QualcodeError):
            project.export_codings(tmp_path / "codings.csv", doc_set="no such set")
        assert _exports(project) == []
    assert taken.read_text(encoding="utf-8") == "a colleague's table\n"


class _Meanwhile(Project):
    """The project as an export reads it, with ``meanwhile`` run once its codings have
    been read (a colleague acting while the export is under way): the real export, a
    moment between its reads and its write made visible."""

    meanwhile: Callable[[], None] = staticmethod(lambda: None)

    def frames(self, *args: Any, **kwargs: Any) -> Any:
        read = super().frames(*args, **kwargs)
        self.meanwhile()
        return read


def test_a_file_refused_at_the_write_takes_its_entry_back(tmp_path: Path) -> None:
    """The entry and the file are one act: a file that appeared at the target while the
    export was made is not replaced, and the entry written before it is rolled back."""
    agreed_and_decided(tmp_path / "p.db")[0].close()
    target = tmp_path / "codings.csv"
    with _Meanwhile.open(tmp_path / "p.db") as project:
        project.act_as("lena")
        project.meanwhile = lambda: target.write_text("made meanwhile\n", encoding="utf-8")
        with pytest.raises(QualcodeError):
            project.export_codings(target)
        assert _exports(project) == []
    assert target.read_text(encoding="utf-8") == "made meanwhile\n"


_CODER = """
import sys
from qualcode import Project
with Project.open(sys.argv[1]) as project:
    project.act_as("johan")
    doc = project.documents()[0].id
    last = project.units(doc)[-1]
    project.add_coding(doc, last.start, last.end, "mission", "johan")
"""


def test_a_colleague_coding_during_an_export_neither_fails_it_nor_is_lost(
    tmp_path: Path,
) -> None:
    """Two processes: johan adds a coding (his own process) after the lead's export has
    read the codings and before it writes. The export read in one snapshot; had its entry
    been written in that snapshot, SQLite would refuse it (the file changed since the
    snapshot began) and the export fail. The entry is written after the reads, so the
    export and his coding both land, and the file holds the codings as read."""
    path = tmp_path / "p.db"
    agreed_and_decided(path)[0].close()
    target = tmp_path / "codings.csv"
    with _Meanwhile.open(path) as project:
        project.act_as("lena")
        project.meanwhile = lambda: _run(_CODER, path)
        project.export_codings(target, layer="coder")
        ((actor, action, payload),) = _exports(project)
        johans = [c for c in project.codings() if c.coder == "johan"]
    assert (actor, action, payload["codings"]) == ("lena", "export.codings", 3)
    assert len(johans) == 2  # his coding is kept
    assert len(target.read_text(encoding="utf-8-sig").strip().splitlines()) == 1 + 3


_READER = """
import sys
from qualcode import Project
with Project.open(sys.argv[1]) as project:
    project.act_as("johan")
    with project.store.snapshot():
        before = len(project.codings())
        print("reading", flush=True)
        sys.stdin.readline()  # held open until the lead's export is written
    doc = project.documents()[0].id
    last = project.units(doc)[-1]
    project.add_coding(doc, last.start, last.end, "mission", "johan")
    print(before, len(project.audit("export")), flush=True)
"""


def test_an_export_recorded_beside_a_coder_reading_in_another_process(tmp_path: Path) -> None:
    """johan's process holds a read open (his TUI reading the file) while the lead
    exports: the export and its entry are written, and johan's next coding is too."""
    path = tmp_path / "p.db"
    agreed_and_decided(path)[0].close()
    johan = subprocess.Popen(
        [sys.executable, "-c", _READER, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert johan.stdout is not None and johan.stdin is not None
    assert johan.stdout.readline().strip() == "reading"
    with Project.open(path) as project:
        project.act_as("lena")
        project.export_codings(tmp_path / "codings.csv")
        assert [a for _, a, _ in _exports(project)] == ["export.codings"]
    out, _ = johan.communicate("\n", timeout=120)
    assert johan.returncode == 0
    assert out.split() == ["1", "0"]  # his codings; the lead's export is not his to read


def _run(code: str, path: Path) -> None:
    subprocess.run([sys.executable, "-c", code, str(path)], check=True, timeout=120)


def test_a_notebook_reads_the_exports_from_the_audit_frame(tmp_path: Path) -> None:
    """The pandas door: a notebook's table of the log holds the exports, each with its
    fields, and a blind coder's table only what is hers."""
    project, _ = agreed_and_decided(tmp_path / "p.db")
    with project:
        project.export_codings(tmp_path / "all.csv", real_names=True, viewer="lena")
        project.act_as("karin")
        project.export_codings(tmp_path / "mine.csv", layer="coder:karin")
        hers = project.audit_frame("karin")
        project.act_as("lena")
        frame = project.audit_frame("lena", real_names=True)
    exports = frame[frame["kind"] == "export"]
    assert list(exports["actor"]) == ["lena", "karin"]
    assert [p["names"] for p in exports["payload"]] == ["real names", "pseudonyms"]
    assert list(frame.columns[:4]) == ["at", "actor", "for", "action"]
    assert list(frame["at"]) == sorted(frame["at"])  # oldest first, as Project.audit
    assert list(hers[hers["kind"] == "export"]["said"].str.contains("mine.csv")) == [True]
    assert set(hers["actor"]) == {"karin"}
