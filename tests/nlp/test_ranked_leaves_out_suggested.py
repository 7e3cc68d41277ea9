"""The ranked view (`l`, `suggest DOC --ranked`) leaves out a sentence it is suggested
for already, whatever the code: it lists what stays *without* a suggestion (eyes34, and
eyes42 for a sentence suggested for another code), and nothing under one in twenty.

In a plan, a paragraph suggested whole (long-term economics, 0.99) held a sentence whose own
score was 0.28, and `l` listed that sentence as long-term economics below the threshold,
beside the margin's own `ekonom…?` for it; suggestions made under a lower minimum score
were listed again in the same way.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project

CODEBOOK = Path(__file__).resolve().parents[2] / "codebooks" / "turning_points.yaml"

# written for this test: a municipal plan's background and goals, no speakers
PLAN = "\n\n".join(
    [
        "Handlingsplan för arbetsmiljön i barn- och ungdomsgruppen",
        "Var fjärde socialsekreterare har slutat varje år sedan 2023. En ny medarbetare "
        "behöver ett halvår innan hon tar egna utredningar, och under tiden bär de "
        "erfarna kollegorna fler ärenden. Rekrytering och inhyrda konsulter kostade sex "
        "miljoner kronor förra året.",
        "Nämnden vill att arbetsmiljön och kvaliteten följs upp i samma rapport. Den som "
        "har rimligt många ärenden hinner träffa barnen och skriva väl underbyggda beslut.",
        "Insatserna hänger ihop. En modell för ärendetyngd visar när en grupp är "
        "överbelastad, och cheferna får mandat att fördela om ärenden.",
    ]
)


def plan_project(path: Path) -> Project:
    """A project at ``path`` with the turning points, coder sara and the plan imported
    (the CLI's ranked tests open it again by its file)."""
    project = Project.create(path)
    project.load_codebook(CODEBOOK)
    project.add_coder("sara")
    project.import_text("plan.txt", PLAN + "\n", lang="sv")
    return project


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("QUALCODE_SEMANTIC", "off")
    with plan_project(tmp_path / "plan.db") as p:
        p.act_as("sara")
        yield p


def _suggested(project: Project) -> list[tuple[str, int, int]]:
    return [(s.code, s.start, s.end) for s in project.suggestions("plan")]


def test_no_ranked_sentence_is_suggested_for_its_code(project: Project) -> None:
    project.suggest(["plan"], coder="sara", min_score=0.1)  # down into the ranked range
    suggested = _suggested(project)
    low = [s for s in project.suggestions("plan") if s.score < 0.4]
    assert low  # suggestions the ranked list would otherwise show again
    rows = project.ranked("plan", coder="sara", limit=50)
    again = [
        (r.code, r.text)
        for r in rows
        for code, start, end in suggested
        if code == r.code and start < r.end and r.start < end
    ]
    assert again == []


def test_a_suggested_sentence_is_not_listed_again(project: Project) -> None:
    """A sentence with a pending suggestion is left out whole, whatever its code: `l`
    listed sentences suggested for one code with their next code at 0,02, noise that hid
    the near-misses a coder searching for a theme wants (eyes42). Rejected, a suggestion
    holds nothing, and its sentences may be listed again."""
    project.suggest(["plan"], coder="sara")
    pending = project.suggestions("plan")
    assert pending
    rows = project.ranked("plan", coder="sara", limit=50)
    assert rows  # the plan has near-misses
    inside = [
        (r.text, s.code) for r in rows for s in pending if s.start < r.end and r.start < s.end
    ]
    assert inside == []
    assert len({(r.start, r.end) for r in rows}) == len(rows)  # each sentence once
    rejected = pending[0]
    project.reject_suggestions([rejected.id], "sara")
    after = project.ranked("plan", coder="sara", limit=50, floor=0.0)
    back = [r for r in after if r.start < rejected.end and rejected.start < r.end]
    assert all(rejected.code not in r.has for r in back)  # a rejection holds nothing


def test_no_row_is_under_the_floor_of_no_signal(project: Project) -> None:
    """Under one in twenty (a calibrated probability) a row is noise for every code and
    kind of text, asked for with a floor of 0 or not (eyes42)."""
    from qualcode.project.suggest import NO_SIGNAL

    rows = project.ranked("plan", coder="sara", limit=50, floor=0.0)
    assert rows and min(r.score for r in rows) >= NO_SIGNAL == 0.05
