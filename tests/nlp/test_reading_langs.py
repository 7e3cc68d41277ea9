"""A sentence's score does not depend on what else the project holds (issue 10.2): the
engine reads the codebook's Swedish terms and examples with Swedish's lookup table in an
English-only project too, so importing a Swedish document changes no English score."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project

CODEBOOK = Path(__file__).resolve().parents[2] / "codebooks" / "turning_points.yaml"

# written for this test: an English council report and a Swedish interview
REPORT = (
    "The council cut the budget for children's services and staff turnover rose sharply. "
    "Caseloads were far too high and nobody could cope with the pressure.\n\n"
    "We had a long discussion with the politicians about what our mission should be.\n"
)
INTERVIEW = (
    "Vi fick en ny chef förra året. Hon ville att vi skulle prata mer med nämnden om "
    "vad uppdraget egentligen är.\n"
)


def _scores(project: Project) -> dict[tuple[int, str], float]:
    return {(s.start, s.code): s.score for s in project.suggest(["report"], min_score=0.05)}


@pytest.mark.slow
def test_english_scores_stay_when_a_swedish_document_is_imported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("QUALCODE_SEMANTIC", "off")
    with Project.create(tmp_path / "p.db") as project:
        project.load_codebook(CODEBOOK)
        project.import_text("report.txt", REPORT, lang="en")
        english_only = _scores(project)
        project.import_text("intervju.txt", INTERVIEW, lang="sv")
        both = _scores(project)
        assert project.engine_fits == 2  # a new language refits the engine
    assert english_only  # the report's sentences do score
    assert both.keys() == english_only.keys()
    assert both == pytest.approx(english_only, abs=1e-9)
