"""A theme summary reads every coding once (``coding_columns.reading_once``, perf41) and
takes its frames, the coded spans its open counts and agreement count, and its pinned,
memoed and translated codings from those columns. Each must be what the store gave when
each was read on its own: the same frames row for row, the same spans, the same codings
placed, and the same summary, file for file, on the demo with a decided case, a pinned
quote, a memo on a coding and a translation."""

from __future__ import annotations

import inspect
from pathlib import Path

import numpy as np
import pandas as pd

from qualcode import Project
from qualcode.export.render import render_summary
from qualcode.project.coding_columns import held_columns, placed_codings, reading_once


def _prepared(project: Project) -> None:
    """A decided case, a pinned quote, a memo and a translation, each chosen by its
    document's name and place (never by which random id sorts first)."""
    project.act_as("lena")
    names = {d.id: d.name for d in project.store.documents.summaries()}
    cases = sorted(
        (v.case for v in project.cases() if v.case.kind == "presence"),
        key=lambda c: (names[c.document_id], c.start, c.end),
    )
    project.decide(cases[0].id, "union", "both readings belong", "lena")
    mine = sorted(
        (c for c in project.codings(layer="coder") if c.coder == "karin"),
        key=lambda c: (names[c.document_id], c.start, c.end, c.code),
    )
    swedish = next(c for c in mine if names[c.document_id].startswith("aby_01"))
    project.pin_exemplar(mine[0].id, "lena")
    project.add_memo("coding", mine[1].id, "karin", "A turn she came back to.")
    project.translate_coding(swedish.id, "en", "We talk with the board now.", "karin")


def test_the_parts_read_once_are_what_each_read_gave(demo: Path) -> None:
    with Project.open(demo) as project:
        _prepared(project)
        docs = sorted(d.id for d in project.store.documents.summaries())
        alone = {layer: project.frames(layer=layer) for layer in (None, "coder", "consensus")}
        spans = np.array(project.store.codings.rater_spans(docs, None)).reshape(-1, 6)
        ids = {*project.exemplars(), *(m.target_id for m in project.memos("coding"))}
        placed = placed_codings(project, ids)
        translated = project._translated()
        assert len(placed) == 2 and len(translated) == 1
        assert len(alone["consensus"]["codings"]) > 0  # the decided case's
        with reading_once(project):
            assert held_columns(project) is not None
            for layer, frames in alone.items():
                for name, frame in frames.items():
                    pd.testing.assert_frame_equal(project.frames(layer=layer)[name], frame)
            once = project.live_spans(docs)
            assert sorted(map(tuple, once.tolist())) == sorted(map(tuple, spans.tolist()))
            assert placed_codings(project, ids) == placed
            assert project._translated() == translated
        assert held_columns(project) is None  # not kept after the summary


def test_a_summary_read_once_is_the_summary_read_part_by_part(demo: Path) -> None:
    with Project.open(demo) as project:
        _prepared(project)
        for layer, lang in (("coder", "en"), ("consensus", "sv"), (None, "en")):
            for name in ("s.md", "s.html"):
                once = render_summary(project.build_summary(layer, lang=lang), name)
                part_by_part = inspect.unwrap(Project.build_summary)  # no snapshot, no columns
                alone = render_summary(part_by_part(project, layer, lang=lang), name)
                assert once == alone
