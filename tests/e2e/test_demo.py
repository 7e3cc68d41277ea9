"""The bundled demo, built as `qualcode demo` builds it, worked through as a lead would."""

from __future__ import annotations

import json
import math
from collections import Counter
from pathlib import Path

from typer.testing import CliRunner

from qualcode import Project
from qualcode.cli import app


def test_demo_holds_the_whole_corpus(demo_file: Path) -> None:
    with Project.open(demo_file) as project:
        docs = project.documents()
        assert len(docs) >= 12
        langs = Counter(d.lang for d in docs)
        assert langs["sv"] >= 8 and langs["en"] >= 4
        assert {d.attributes.get("municipality") for d in docs} >= {"Åby", "Norrvik", "Ekstad"}
        assert all(800 <= d.words <= 2100 for d in docs)
        codings = project.codings()
        assert {c.coder for c in codings} == {"karin", "johan", "mira"}
        assert {c.code for c in codings} == {
            "mission_dialogue",
            "systems_perspective",
            "integration",
            "long_term_economics",
        }
        for doc in docs:
            turns = project.turns(doc.id)
            assert len({t.speaker for t in turns}) >= 2, doc.name
            assert project.units(doc.id)


def test_demo_agreement_and_reconciliation(demo_file: Path, tmp_path: Path) -> None:
    work = tmp_path / "lead.db"
    work.write_bytes(demo_file.read_bytes())
    with Project.open(work) as project:
        report = project.agreement(bootstrap=200)
        overall = report.overall()
        assert 0.3 < overall.alpha < 0.95, overall
        assert overall.alpha_low < overall.alpha < overall.alpha_high
        assert all(not math.isnan(r.alpha) for r in report.rows if r.scope == "code")
        # by default: the three coders and the documents all of them finished
        assert report.coders == ["johan", "karin", "mira"]
        assert report.scope.startswith("3 coders (johan, karin, mira), 6 of 15 documents")
        pair = project.agreement(["karin", "johan"], bootstrap=0)  # the original pair
        assert pair.documents == 8 and pair.overall().alpha != overall.alpha
        views = project.cases()
        assert {v.case.kind for v in views} == {"presence", "code", "boundary"}
        # mira codes whole sentences: wider than karin wherever she coded
        assert any(
            v.case.versions["mira"].all_spans() != v.case.versions["karin"].all_spans()
            and not v.case.versions["karin"].empty
            for v in views
        )
        first = views[0].case
        project.decide(first.id, "union", "both readings hold", "lena")
        assert project.confirm_agreements("lena") > 10
        after = project.agreement(layer="consensus", bootstrap=0)
        assert after.coders[-1] == "consensus"


def test_demo_command_prints_a_summary(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["demo", "--target", str(tmp_path / "d.db"), "--no-tui"])
    assert result.exit_code == 0, result.output + result.stderr
    assert "documents: 15" in result.stdout
    listed = CliRunner().invoke(
        app,
        ["-p", str(tmp_path / "d.db"), "agree", "-f", "json", "--bootstrap", "100"],
        env={"QUALCODE_CODER": "lena"},  # agreement is the lead's while coding is blind
    )
    payload = json.loads(listed.stdout)
    assert payload["units"] > 500 and "Krippendorff" in payload["methods"]
