"""A suggestion the coder has since coded by hand with its code is no longer listed.

A new coder pressed ``s``, then coded the answers herself (``t`` and a shortcut) with the
codes the suggestions proposed: each stayed underlined with a ``?``, the sidebar's count
of suggestions never went down, ``n`` went back to them and ``D`` asked about all of them
as undecided (eyes37). A new run of ``suggest`` leaves such spans out; the list does too.
"""

from __future__ import annotations

import pytest

from qualcode import Project


@pytest.fixture
def suggested(project: Project) -> Project:
    """The small project with karin's real suggestions (keywords and n-grams)."""
    project.act_as("karin")
    assert project.suggest(coder="karin", semantic=False, min_score=0.0)
    return project


def test_a_suggestion_coded_by_hand_with_its_code_is_no_longer_listed(
    suggested: Project,
) -> None:
    doc = suggested.documents()[0].id
    before = suggested.suggestions(doc)
    first = before[0]
    waiting = suggested.undecided_suggestions(doc)
    # she codes a wider passage around it by hand, with the code it proposed
    text = suggested.document(doc).text
    coded = suggested.add_coding(
        doc, max(0, first.start - 1), min(len(text), first.end + 1), first.code, "karin"
    )
    after = suggested.suggestions(doc)
    assert first.id not in {s.id for s in after}
    assert suggested.undecided_suggestions(doc) == waiting - (len(before) - len(after))
    assert suggested.undecided_suggestions(doc) < waiting
    # nothing was decided for her: her coding removed, it is listed again
    suggested.remove_coding(coded.id)
    assert first.id in {s.id for s in suggested.suggestions(doc)}
    assert suggested.undecided_suggestions(doc) == waiting


def test_a_coding_of_another_code_leaves_the_suggestion_listed(suggested: Project) -> None:
    doc = suggested.documents()[0].id
    first = suggested.suggestions(doc)[0]
    other = next(c.key for c in suggested.codebook() if c.key != first.code)
    suggested.add_coding(doc, first.start, first.end, other, "karin")
    assert first.id in {s.id for s in suggested.suggestions(doc)}


def test_a_colleagues_coding_leaves_hers_listed(suggested: Project) -> None:
    doc = suggested.documents()[0].id
    first = suggested.suggestions(doc)[0]
    suggested.act_as("johan")
    suggested.add_coding(doc, first.start, first.end, first.code, "johan")
    suggested.act_as("karin")
    assert first.id in {s.id for s in suggested.suggestions(doc)}
