"""One accepted passage teaches the core tier a little, not its whole page.

A coder's passage shares its words (its page's subject, register and names) with every
sentence around it. Mixed at full weight into the code's profile and learned model, one
passage of a page written as one paragraph put its code on nearly every sentence of that
page (ten of fifteen here); its evidence now counts by how many passages support it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project

ROOT = Path(__file__).resolve().parent.parent.parent

# written for this test: a page about the social work profession in the register of a
# national body's web page, one paragraph, a sentence on a yearly survey of conditions
PAGE = (
    "Why the social work profession needs a stronger voice\n\n"
    "Social work is one of the most demanding jobs in public service. Practitioners work in "
    "hard circumstances and bring a rare mix of skills and judgement to the families they "
    "serve. Yet when things go wrong, the public is quick to blame the individual "
    "practitioner. I welcome the progress we now see in recognising the profession and the "
    "people in it. A chief social worker now speaks for the profession in government. The "
    "professional college offers a home for standards and learning across the country. If we "
    "want to raise the standard of practice, every organisation needs a senior practitioner "
    "who keeps leaders close to the front line. That is why the role of the principal social "
    "worker matters so much. The role was first proposed in a national review of child "
    "protection and has since spread to adult services. In two councils, principal social "
    "workers are cutting paperwork so that practitioners can spend more of their time with "
    "the families they support. Councils should give social workers the conditions in which "
    "good practice can thrive. Employers can use national standards to build a working "
    "environment where practitioners and their practice flourish. Good social work changes "
    "lives and protects people from harm. Each year thousands of practitioners answer a "
    "survey about their working conditions. This year the survey opens in October and closes "
    "at the end of December.\n"
)
ACCEPTED = "Each year thousands of practitioners answer a survey about their working conditions."


@pytest.fixture(autouse=True)
def _no_semantic_tier(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QUALCODE_SEMANTIC", "off")


def _integration_units(project: Project, doc: str) -> set[int]:
    """The page's units the lead is suggested integration on (core tier), by index."""
    found = [
        s
        for s in project.suggest([doc], ["integration"], coder="lena", semantic=False)
        if s.code == "integration"
    ]
    return {
        u.idx for u in project.units(doc) if any(s.start < u.end and u.start < s.end for s in found)
    }


def test_one_accepted_passage_lifts_a_few_sentences_of_its_page_not_all(tmp_path) -> None:
    with Project.create(tmp_path / "drift.db") as project:
        project.add_coder("lena", role="lead")
        project.add_coder("alex")
        project.act_as("lena")
        project.load_codebook(ROOT / "codebooks" / "turning_points.yaml")
        doc = project.import_text("voice.txt", PAGE, lang="en").id
        before = _integration_units(project, doc)
        units = project.units(doc)
        assert len(units) == 16 and len(before) <= 5  # the codebook alone: a few
        start = PAGE.index(ACCEPTED)
        accepted = next(u.idx for u in units if u.start == start)
        project.act_as("alex")
        project.add_coding(doc, start, start + len(ACCEPTED), "integration", "alex")
        project.act_as("lena")
        after = _integration_units(project, doc)
        assert accepted in after  # alex's passage itself, for the lead to see
        # before the fix: ten more of the fifteen other sentences, the page one passage
        assert len(after - before - {accepted}) <= 2
