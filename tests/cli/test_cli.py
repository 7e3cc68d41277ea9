"""The CLI end to end on a temporary project: real files in, real rows out."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from qualcode.cli import app
from tests.conftest import ROOT, SV_TEXT

runner = CliRunner()


def run(project: Path, *args: str, ok: bool = True) -> tuple[str, str]:
    result = runner.invoke(app, ["-p", str(project), *args])
    if ok:
        assert result.exit_code == 0, result.output + result.stderr
    else:
        assert result.exit_code == 1, result.output
    return result.stdout, result.stderr


@pytest.fixture
def cli_project(tmp_path: Path) -> Path:
    path = tmp_path / "study.db"
    run(path, "init")
    run(path, "codebook", "load", str(ROOT / "codebooks" / "turning_points.yaml"))
    run(path, "coder", "add", "karin")
    run(path, "coder", "add", "lena", "--role", "lead")
    return path


def test_commands_need_a_project(tmp_path: Path) -> None:
    _, err = run(tmp_path / "none.db", "docs", "list", ok=False)
    assert err.strip().startswith("error:") and "init" in err
    assert len(err.strip().splitlines()) == 1


def test_import_list_show_code_roundtrip(cli_project: Path, tmp_path: Path) -> None:
    good = tmp_path / "aby_01.txt"
    good.write_bytes(SV_TEXT.replace("\n", "\r\n").encode("cp1252"))
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n")
    attrs = tmp_path / "attributes.csv"
    attrs.write_text("file,municipality,role\naby_01.txt,Åby,enhetschef\n", encoding="utf-8")
    out, err = run(
        cli_project,
        "import",
        str(good),
        str(empty),
        "--lang",
        "auto",
        "--attributes",
        str(attrs),
        "--attr",
        "interviewer=AB",
        "-f",
        "json",
        ok=False,
    )
    assert [d["name"] for d in json.loads(out)] == ["aby_01.txt"]
    assert "empty.txt" in err and err.count("\n") == 1

    docs = json.loads(run(cli_project, "docs", "list", "-f", "json")[0])
    assert docs[0]["lang"] == "sv"
    assert docs[0]["attributes"] == {
        "municipality": "Åby",
        "role": "enhetschef",
        "interviewer": "AB",
    }

    shown = json.loads(run(cli_project, "docs", "show", "aby_01", "-f", "json")[0])
    text = shown["text"]
    assert "\r" not in text and "Ärendemängden" in text
    # the heading above the first label is a passage of nobody's (ingest39)
    assert [t["speaker"] for t in shown["turns"]] == [None, "I", "R", "I", "R"]
    assert all(text[u["start"] : u["end"]].strip() for u in shown["units"])

    phrase = "Arbetsmiljöproblemen var stora."
    start = text.index(phrase)
    out, _ = run(
        cli_project,
        "code",
        "add",
        "--doc",
        "aby_01",
        "--start",
        str(start),
        "--end",
        str(start + len(phrase)),
        "--code",
        "integration",
        "--coder",
        "karin",
        "-f",
        "json",
    )
    coding_id = json.loads(out)[0]["id"]
    rows = [
        json.loads(line)
        for line in run(cli_project, "code", "list", "--coder", "karin", "-f", "jsonl")[
            0
        ].splitlines()
    ]
    assert rows[0]["text"] == phrase and rows[0]["code"] == "integration"
    assert {"id", "document", "start", "end", "code", "coder", "layer", "text"} <= rows[0].keys()
    csv_out = run(cli_project, "code", "list", "-f", "csv")[0]
    assert csv_out.splitlines()[0].startswith("\ufeffid,document,document_name,start,end,code")

    run(cli_project, "code", "remove", coding_id[:8])
    assert json.loads(run(cli_project, "code", "list", "-f", "json")[0]) == []


def test_reimport_is_refused(cli_project: Path, tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(SV_TEXT, encoding="utf-8")
    run(cli_project, "import", str(path))
    copy = tmp_path / "copy.txt"
    copy.write_text(SV_TEXT, encoding="utf-8-sig")
    _, err = run(cli_project, "import", str(copy), ok=False)
    assert "same content as 'a.txt'" in err
    assert len(json.loads(run(cli_project, "docs", "list", "-f", "json")[0])) == 1


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--start", "5", "--end", "999999", "--code", "integration"], "outside document"),
        (["--start", "5", "--end", "5", "--code", "integration"], "empty span"),
        (["--start", "5", "--end", "20", "--code", "nope"], "unknown code 'nope'"),
    ],
)
def test_bad_codings_are_one_line_errors(
    cli_project: Path, tmp_path: Path, args: list[str], message: str
) -> None:
    path = tmp_path / "a.txt"
    path.write_text(SV_TEXT, encoding="utf-8")
    run(cli_project, "import", str(path))
    _, err = run(cli_project, "code", "add", "--doc", "a", "--coder", "karin", *args, ok=False)
    assert message in err and len(err.strip().splitlines()) == 1
    assert json.loads(run(cli_project, "code", "list", "-f", "json")[0]) == []


def test_codebook_show_export_rename_merge(cli_project: Path, tmp_path: Path) -> None:
    shown = json.loads(run(cli_project, "codebook", "show", "--lang", "sv", "-f", "json")[0])
    assert [c["key"] for c in shown] == [
        "mission_dialogue",
        "systems_perspective",
        "integration",
        "long_term_economics",
    ]
    exported = tmp_path / "cb.yaml"
    run(cli_project, "codebook", "export", str(exported))
    run(cli_project, "codebook", "rename", "integration", "work_and_quality")
    run(cli_project, "codebook", "merge", "work_and_quality", "systems_perspective")
    keys = [c["key"] for c in json.loads(run(cli_project, "codebook", "show", "-f", "json")[0])]
    assert "work_and_quality" not in keys and "integration" not in keys
    _, err = run(cli_project, "codebook", "load", str(exported))
    assert "1 created" in err  # integration comes back as a new code; nothing is dropped


def test_malformed_codebook_is_one_line(cli_project: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("codes:\n  - key: x\n    name: {en: [unclosed\n", encoding="utf-8")
    _, err = run(cli_project, "codebook", "load", str(bad), ok=False)
    assert "bad.yaml" in err and len(err.strip().splitlines()) == 1


def _python_m(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    """``python -m qualcode ARGS`` in a process of its own, its environment ``env`` only."""
    return subprocess.run(
        [sys.executable, "-m", "qualcode", *args],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def test_python_dash_m_and_project_env(tmp_path: Path) -> None:
    env_path = tmp_path / "env.db"
    env = {"QUALCODE_PROJECT": str(env_path), "PATH": "/usr/bin:/bin"}
    done = _python_m(env, "init")
    assert done.returncode == 0, done.stderr
    assert env_path.exists()
    listed = _python_m(env, "code", "list", "-f", "json")
    assert listed.returncode == 0 and json.loads(listed.stdout) == []
    again = _python_m(env, "init")
    assert again.returncode == 1 and again.stderr.startswith("error:")
    assert "Traceback" not in again.stderr


def test_code_list_does_not_load_spacy_or_textual(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    run(path, "init")
    probe = (
        "import sys; from qualcode.cli import main\n"
        f"sys.argv = ['qualcode', '-p', {str(path)!r}, 'code', 'list']\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print('LOADED', [m for m in ('spacy', 'textual', 'sklearn') if m in sys.modules])"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert "LOADED []" in done.stdout


def test_code_list_as_a_coder_is_blind(cli_project: Path, tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(SV_TEXT, encoding="utf-8")
    run(cli_project, "import", str(path))
    run(cli_project, "coder", "add", "johan")
    for coder, (s, e) in (("karin", (60, 90)), ("johan", (100, 130))):
        run(
            cli_project,
            "code",
            "add",
            "--doc",
            "a",
            "--start",
            str(s),
            "--end",
            str(e),
            "--code",
            "integration",
            "--coder",
            coder,
        )
    mine = json.loads(run(cli_project, "code", "list", "--as", "karin", "-f", "json")[0])
    assert [r["coder"] for r in mine] == ["karin"]
    everyone = json.loads(run(cli_project, "code", "list", "--as", "lena", "-f", "json")[0])
    assert sorted(r["coder"] for r in everyone) == ["johan", "karin"]


def test_memos_on_document_code_and_project(cli_project: Path, tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(SV_TEXT, encoding="utf-8")
    run(cli_project, "import", str(path))
    run(cli_project, "memo", "add", "Tydlig vändpunkt", "--author", "lena", "--doc", "a")
    run(
        cli_project,
        "memo",
        "add",
        "Gränsen mot ekonomi?",
        "--author",
        "karin",
        "--code",
        "integration",
    )
    run(cli_project, "memo", "add", "Studiens första vecka", "--author", "lena")
    on_doc = json.loads(run(cli_project, "memo", "list", "--doc", "a", "-f", "json")[0])
    assert [m["text"] for m in on_doc] == ["Tydlig vändpunkt"]
    every = json.loads(run(cli_project, "memo", "list", "-f", "json")[0])
    assert [m["target_kind"] for m in every] == ["document", "code", "project"]
    _, err = run(cli_project, "memo", "add", "x", "--author", "nobody", ok=False)
    assert "unknown coder" in err
    _, err = run(cli_project, "memo", "add", "x", "--author", "lena", "--code", "nope", ok=False)
    assert "unknown code" in err


def test_import_prints_the_short_id_docs_list_prints(cli_project: Path, tmp_path: Path) -> None:
    """The import table gave whole UUIDs where `docs list` gives their first 8 characters, so
    a new user could not match the two; JSON keeps the whole id."""
    good = tmp_path / "aby_01.txt"
    good.write_text(SV_TEXT, encoding="utf-8")
    out, _ = run(cli_project, "import", str(good), "--lang", "sv")
    listed, _ = run(cli_project, "docs", "list")
    whole = json.loads(run(cli_project, "docs", "list", "-f", "json")[0])[0]["id"]
    assert whole[:8] in out and whole not in out
    assert whole[:8] in listed
    shown, _ = run(cli_project, "docs", "show", whole[:8])  # and the short id names it
    assert "Ärendemängden" in shown
