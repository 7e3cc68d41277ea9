"""`agree --coders` and `export summary --coders` take the coders as the output printed
them (team46).

With the participants Karin and Johan on the demo's key, the lead's reports print coders
karin and johan as "Coder A" and "Coder B" ("Kodare A", "Kodare B" in the project's
Swedish): `agree` said "3 coders (Coder A, Coder B, mira)", and a lead who copied those
names into `--coders` was told "unknown coder 'Coder A'". They name karin and johan now,
in either language; a label printed for nobody is refused in one line and writes nothing.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from qualcode import Project
from tests.cli.cli_kit import coder_summary, fails, ok

pytestmark = pytest.mark.slow  # the demo, its agreement and a whole summary rendered


def _labelled(demo: Path) -> None:
    """Participants named as karin and johan: a lead's reports print them as labels."""
    with Project.open(demo) as project:
        project.act_as("lena")
        for name in ("Karin", "Johan"):
            project.set_pseudonym(name, f"P{name}", "lena", kind="person")


def _scope(demo: Path, *args: str) -> str:
    payload = json.loads(
        ok(demo, "--coder", "lena", "agree", "--bootstrap", "0", "-f", "json", *args)
    )
    return str(payload["scope"])


def test_agree_takes_the_coders_as_printed(demo: Path) -> None:
    _labelled(demo)
    assert _scope(demo).startswith("3 coders (Coder A, Coder B, Coder C)")
    copied = _scope(demo, "--coders", "Coder A, Coder B")
    assert copied.startswith("2 coders (Coder A, Coder B), 8 of 15 documents"), copied
    assert _scope(demo, "--coders", "karin,johan") == copied
    # the project's Swedish words, as the reports screen prints them, name them too
    assert _scope(demo, "--coders", "Kodare B;mira").startswith("2 coders (Coder B, Coder C)")


def test_a_label_printed_for_nobody_is_refused(demo: Path) -> None:
    _labelled(demo)
    said = fails(demo, "--coder", "lena", "agree", "--coders", "Kodare A,Kodare Q")
    assert said == (
        "no coder is printed as 'Kodare Q'; the reports print the coders as "
        "Coder A, Coder B, Coder C, lena"  # the CLI's labels, as it prints them (minor46b)
    )


def test_the_summary_counts_the_coders_as_printed(demo: Path, tmp_path: Path) -> None:
    _labelled(demo)
    target = tmp_path / "summary.md"
    ok(demo, *coder_summary(target, "--coders", "Kodare A,Kodare B"))
    text = " ".join(target.read_text(encoding="utf-8").split())
    assert "in 8 documents, coded by 2 coders (Coder A, Coder B)" in text, text[-2000:]
    assert "karin" not in text and "johan" not in text
    refused = tmp_path / "refused.md"
    said = fails(demo, *coder_summary(refused, "--coders", "Kodare A,Kodare Q"))
    assert said.startswith("no coder is printed as 'Kodare Q'")
    assert not refused.exists()


def test_a_verdict_takes_the_coder_as_printed(demo: Path) -> None:
    """`reconcile decide --verdict accept:Coder B`, copied from `agree`, takes the version
    of the coder printed so and records it under her name (minor46b)."""
    _labelled(demo)
    with Project.open(demo) as project:
        label = project.pseudonym_key(lang="en").coder("johan")
        case = next(v.case for v in project.cases() if "johan" in v.case.versions)
    assert label.startswith("Coder ")
    ok(
        demo, "--coder", "lena", "reconcile", "decide", case.id,
        "--verdict", f"accept:{label}", "--rationale", "johan's reading",
    )  # fmt: skip
    with Project.open(demo) as project:
        assert project.case(case.id).verdict == "accept:johan"
