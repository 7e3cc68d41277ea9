"""Team commands end to end on the demo: agree, reconcile, audit, coder packages."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from typer.testing import CliRunner

from qualcode.cli import app

runner = CliRunner(env={"QUALCODE_CODER": "lena"})  # the demo's lead, who sees everyone's work


def run(project: Path, *args: str, code: int = 0, stream: str = "stdout") -> str:
    result = runner.invoke(app, ["-p", str(project), *args])
    assert result.exit_code == code, result.output + result.stderr
    return result.stderr if code or stream == "stderr" else result.stdout


def test_agree_table_json_csv(demo: Path) -> None:
    table = run(demo, "agree", "--bootstrap", "100")
    assert "Per code" in table and "Krippendorff's alpha" in table
    payload = json.loads(run(demo, "agree", "--bootstrap", "100", "-f", "json"))
    overall = next(r for r in payload["rows"] if r["scope"] == "overall")
    assert overall["alpha_low"] < overall["alpha"] < overall["alpha_high"]
    csv_text = run(demo, "agree", "--bootstrap", "0", "--codes", "integration", "-f", "csv")
    assert csv_text.splitlines()[0].startswith("\ufeffscope,code,document,coders,units")


def test_reconcile_decide_and_audit(demo: Path) -> None:
    cases = json.loads(run(demo, "reconcile", "list", "-f", "json"))
    case = next(c for c in cases if c["kind"] == "presence")
    who = next(c for c, version in case["versions"].items() if version["spans"])
    version = case["versions"][who]
    assert version["codes"] == case["codes"] and version["text"] in case["text"]
    assert version["spans"][0]["text"] == version["text"]
    err = run(
        demo,
        "reconcile",
        "decide",
        case["id"][:8],
        "--verdict",
        f"accept:{who}",
        "--rationale",
        "clearly about the assignment",
        "--by",
        "lena",
        stream="stderr",
    )
    assert "1 consensus coding)" in err
    consensus = json.loads(run(demo, "code", "list", "--layer", "consensus", "-f", "json"))
    assert len(consensus) == 1 and consensus[0]["coder"] == "lena"
    after = json.loads(run(demo, "reconcile", "list", "-f", "json"))
    assert next(c for c in after if c["id"] == case["id"])["verdict"] == f"accept:{who}"
    audit = json.loads(run(demo, "audit", "-f", "json"))
    assert audit[-1]["action"] == "reconcile.decide"
    assert audit[-1]["payload"]["rationale"] == "clearly about the assignment"
    err = run(
        demo,
        "reconcile",
        "decide",
        case["id"],
        "--verdict",
        "union",
        "--rationale",
        "x",
        "--by",
        "karin",
        code=1,
    )
    assert "not a lead" in err
    confirmed = run(demo, "reconcile", "confirm", "--by", "lena", stream="stderr")
    assert "agreements into the consensus" in confirmed


def test_reconcile_list_filters_and_names_who_counted(demo: Path) -> None:
    every = json.loads(run(demo, "reconcile", "list", "-f", "json"))
    code = every[0]["codes"][0]
    only = json.loads(run(demo, "reconcile", "list", "--code", code, "-f", "json"))
    assert only and all(code in c["codes"] for c in only)
    kinds = json.loads(run(demo, "reconcile", "list", "--kind", "code", "-f", "json"))
    assert kinds and {c["kind"] for c in kinds} == {"code"}
    assert all(len({tuple(v["codes"]) for v in c["versions"].values()}) > 1 for c in kinds)
    doc = every[0]["document_name"]
    in_doc = json.loads(run(demo, "reconcile", "list", "--doc", doc, "-f", "json"))
    assert in_doc and {c["document_name"] for c in in_doc} == {doc}
    pair = json.loads(run(demo, "reconcile", "list", "--coders", "karin,johan", "-f", "json"))
    assert all(set(c["versions"]) == {"karin", "johan"} for c in pair)
    err = run(demo, "reconcile", "list", stream="stderr")
    assert err.startswith("Counted: ") and "documents" in err
    assert "unknown case kind 'wide'" in run(demo, "reconcile", "list", "--kind", "wide", code=1)
    assert "unknown coder 'zed'" in run(demo, "reconcile", "list", "--coders", "karin,zed", code=1)


def test_comment_reopen_and_agenda(demo: Path, tmp_path: Path) -> None:
    case = json.loads(run(demo, "reconcile", "list", "-f", "json"))[0]
    cid = case["id"][:8]
    said = ("reconcile", "comment", cid, "--coder", "johan", "--text", "Läs meningen före.")
    assert "blind coding: johan cannot see" in run(demo, *said, code=1)  # not while blind
    run(demo, "team", "unblind")  # the lead opens the cases to the team's discussion
    run(demo, *said)
    assert "needs some text" in run(
        demo, "reconcile", "comment", cid, "--coder", "johan", "--text", " ", code=1
    )
    run(demo, "reconcile", "decide", cid, "--verdict", "union", "--rationale", "ok", "--by", "lena")
    listed = json.loads(run(demo, "reconcile", "list", "-f", "json"))
    row = next(c for c in listed if c["id"] == case["id"])
    assert row["comments"][0]["author"] == "johan" and row["participants"] == ["lena", "johan"]
    assert all(
        c["id"] != case["id"]
        for c in json.loads(run(demo, "reconcile", "list", "--open", "-f", "json"))
    )
    run(demo, "reconcile", "reopen", cid, "--by", "lena", "--reason", "karin disagrees")
    row = next(
        c for c in json.loads(run(demo, "reconcile", "list", "-f", "json")) if c["id"] == case["id"]
    )
    assert row["verdict"] is None and row["history"][0]["verdict"] == "union"
    out = tmp_path / "agenda.md"
    err = run(demo, "reconcile", "agenda", "-o", str(out), stream="stderr")
    assert "open cases" in err and "Läs meningen före." in out.read_text(encoding="utf-8")
    assert "exists" in run(demo, "reconcile", "agenda", "-o", str(out), code=1)
    run(demo, "reconcile", "agenda", "-o", str(out), "--force")
    assert "karin disagrees" in out.read_text(encoding="utf-8")
    swedish = tmp_path / "agenda_sv.md"
    run(demo, "reconcile", "agenda", "-o", str(swedish), "--lang", "sv")
    assert swedish.read_text(encoding="utf-8").startswith("# Avstämningsagenda:")
    german = tmp_path / "agenda_de.md"
    err = run(demo, "reconcile", "agenda", "-o", str(german), "--lang", "de", code=1)
    assert len(err.strip().splitlines()) == 1 and "--lang" in err and not german.exists()


def test_export_coder_and_merge(demo: Path, tmp_path: Path) -> None:
    laptop = tmp_path / "laptop.db"
    shutil.copy(demo, laptop)
    doc = json.loads(run(laptop, "docs", "list", "-f", "json"))[0]["id"]
    run(
        laptop,
        "code",
        "add",
        "--doc",
        doc,
        "--start",
        "10",
        "--end",
        "40",
        "--code",
        "integration",
        "--coder",
        "karin",
    )
    run(laptop, "status", doc, "done", "--coder", "karin")
    package = tmp_path / "karin.json"
    run(laptop, "export-coder", "--coder", "karin", "-o", str(package))
    before = len(json.loads(run(demo, "code", "list", "-f", "json")))
    first = runner.invoke(app, ["-p", str(demo), "merge", str(package)])
    assert "1 coding added" in first.stderr
    second = runner.invoke(app, ["-p", str(demo), "merge", str(package)])
    assert "0 codings added" in second.stderr
    assert len(json.loads(run(demo, "code", "list", "-f", "json"))) == before + 1
