"""Quotes chosen from columns are the quotes ``choose`` picks from one dict per passage.

``choose_columns`` (and the summary's ``_chosen_quotes`` around it) find each group's best
passage once instead of a ``max`` over every passage per quote; any difference in ties,
pins, interviewers, missing places or the per-participant cap would change a summary's
quotes, so both are held to the plain path on generated passages."""

from __future__ import annotations

import math
from typing import Any

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from qualcode.export.quotes import choose, choose_columns
from qualcode.project.summary_build import QuoteRules, _chosen_quotes, _text

# few values of each, so that ties, shared places and spent participants are common
PASSAGE = st.fixed_dictionaries(
    {
        "participant": st.sampled_from([None, "IP1", "IP2", "IP3", "IP4"]),
        "municipality": st.sampled_from([None, "Åby", "Ekstad", "Norrvik"]),
        "role": st.sampled_from([None, "chef", "strateg", "interviewer"]),
        "words": st.sampled_from([0, 10, 35, 36, 34, 60, None]),
        "document": st.sampled_from(["d1", "d2", "d3"]),
        "start": st.sampled_from([0, 5, 9, None]),
    }
)


def _picked(candidates: list[dict[str, Any]], chosen: list[Any]) -> list[int]:
    where = {id(c): i for i, c in enumerate(candidates)}
    return [where[id(c)] for c in chosen]


@settings(max_examples=300, deadline=None)
@given(
    passages=st.lists(PASSAGE, max_size=25),
    n=st.integers(0, 6),
    per_participant=st.integers(0, 3),
    pins=st.sets(st.integers(0, 30), max_size=4),
)
def test_columns_pick_what_choose_picks(
    passages: list[dict[str, Any]], n: int, per_participant: int, pins: set[int]
) -> None:
    candidates = [{"id": f"c{i // 2}", **p} for i, p in enumerate(passages)]  # ids shared too
    pinned = [f"c{i}" for i in pins]
    plain = _picked(candidates, choose(candidates, n, pinned, per_participant))
    fast = choose_columns(
        *([c[k] for c in candidates] for k in ("id", "participant", "municipality", "role")),
        *([c[k] for c in candidates] for k in ("words", "document", "start")),
        n,
        pinned,
        per_participant,
    )
    assert fast == plain


FRAME_ROW = st.fixed_dictionaries(
    {
        "document": st.sampled_from(["d1", "d2", "d3"]),
        "speaker": st.sampled_from([None, "Anna", "Bo", "Intervjuare"]),
        "speaker_role": st.sampled_from([None, "interviewee", "interviewer"]),
        "municipality": st.sampled_from([None, math.nan, "Åby", "Ekstad"]),
        "words": st.integers(0, 80),
        "start": st.integers(0, 40),
        "length": st.integers(1, 30),
    }
)


COLUMNS = ["document", "speaker", "speaker_role", "municipality", "words", "start", "end"]
COLUMNS += ["id", "text", "document_name"]
# the summary breaks ties by the document's name, never its id (a random uuid): the names
# sort the other way round from the ids, so a tie broken by id picks another passage
NAMES = {"d1": "c.txt", "d2": "b.txt", "d3": "a.txt"}


def _cite(doc: str, speaker: str | None, role: str | None) -> str | None:
    return None if role == "interviewer" else f"{doc}:{speaker}" if speaker else None


@settings(max_examples=200, deadline=None)
@given(
    rows=st.lists(FRAME_ROW, max_size=30),
    n=st.integers(1, 5),
    per_participant=st.integers(1, 2),
    pins=st.lists(st.tuples(st.sampled_from(["d1", "d2"]), st.integers(0, 60)), max_size=3),
)
def test_a_themes_quotes_are_the_plain_paths(
    rows: list[dict[str, Any]], n: int, per_participant: int, pins: list[tuple[str, int]]
) -> None:
    """The summary's quotes of a theme's passages (a frame as ``analysis.frames.quotes``
    gives it, with missing places and speakers): the same rows, cited alike, as a dict per
    passage, every passage cited and ``choose`` give."""
    passages = pd.DataFrame(
        [
            {
                **r,
                "end": r["start"] + r.pop("length"),
                "id": f"k{i}",
                "text": "x",
                "document_name": NAMES[r["document"]],
            }
            for i, r in enumerate(rows)
        ],
        columns=COLUMNS,
    )
    rules = QuoteRules(
        n=n,
        per_participant=per_participant,
        pins=[(doc, "c", at, at + 5) for doc, at in pins] + [("d3", "other", 0, 99)],
        cite=_cite,
    )
    plain = passages.to_dict("records")
    for row in plain:
        row["participant"] = _cite(
            str(row["document"]), _text(row.get("speaker")), _text(row.get("speaker_role"))
        )
        row["role"] = _text(row.get("speaker_role"))
    pinned = [
        str(r["id"])
        for r in plain
        for doc, key, start, end in rules.pins
        if key == "c" and doc == r["document"] and start < r["end"] and r["start"] < end
    ]
    by_name = [{**r, "document": r["document_name"]} for r in plain]
    expected = choose(by_name, n, pinned, per_participant)
    got = _chosen_quotes(passages, "c", rules)
    assert [r["id"] for r in got] == [r["id"] for r in expected]
    assert [(r["participant"], r["role"]) for r in got] == [
        (r["participant"], r["role"]) for r in expected
    ]
