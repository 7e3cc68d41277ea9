"""Sentence units within turns, with the real spaCy pipelines built in code."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from qualcode.ingest import find_turns
from qualcode.model import Turn
from qualcode.nlp.pipeline import get_pipeline
from qualcode.nlp.units import segment, segment_many


def test_units_never_cross_turns_and_skip_labels() -> None:
    text = "I: Hur var det? Berätta.\nR: Det var tufft. Vi hade för många ärenden... Mm."
    turns = find_turns(text)
    units = segment(text, turns, "sv")
    pieces = [text[u.start : u.end] for u in units]
    assert pieces[:2] == ["Hur var det?", "Berätta."]
    assert all(not p.startswith(("I:", "R:")) for p in pieces)
    for unit in units:
        assert any(t.start <= unit.start and unit.end <= t.end for t in turns)


@pytest.mark.slow  # loads the spaCy pipelines of both languages
def test_lookup_lemmatizer_is_there_for_both_languages() -> None:
    sv = get_pipeline("sv")
    assert [t.lemma_ for t in sv("placeringarna kostar")] == ["placering", "kosta"]
    en = get_pipeline("en")
    assert [t.lemma_ for t in en("caseloads were")] == ["caseload", "be"]


def test_segment_many_matches_segment() -> None:
    text = "R: Ett. Två tre. Fyra."
    turns = find_turns("I: x\n" + text)
    docs = [("I: x\n" + text, turns, "sv"), ("Hello there. Bye.", [], "en")]
    many = list(segment_many(docs))
    assert many[0] == segment(*docs[0])
    assert [docs[1][0][u.start : u.end] for u in many[1]] == ["Hello there.", "Bye."]


words = st.sampled_from(["ja", "nej", "alltså", "Vi", "pratar", "...", "--", "(paus)", "mm"])


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["I", "R", "Anna"]),
            st.lists(
                st.tuples(words, st.sampled_from([" ", ". ", "? ", "\n"])), min_size=1, max_size=12
            ),
        ),
        min_size=1,
        max_size=6,
    )
)
def test_units_are_sorted_disjoint_trimmed_and_inside_turns(
    turns_spec: list[tuple[str, list[tuple[str, str]]]],
) -> None:
    parts, turns, pos = [], [], 0
    for i, (speaker, tokens) in enumerate(turns_spec):
        body = "".join(w + sep for w, sep in tokens).strip() or "ja"
        label = f"{speaker}: "
        turns.append(Turn(i, speaker, pos + len(label), pos + len(label) + len(body)))
        parts.append(label + body)
        pos += len(label) + len(body) + 1
    text = "\n".join(parts)
    units = segment(text, turns, "sv")
    last = -1
    for unit in units:
        piece = text[unit.start : unit.end]
        assert piece and piece == piece.strip()
        assert unit.start >= last
        last = unit.end
        assert any(t.start <= unit.start and unit.end <= t.end for t in turns)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("1. Bakgrund\n\nSocialförvaltningen har haft svårt att behålla personal.", "sv"),
        ("2. Syfte och mål\n\nPlanen ska ge en stabil personalgrupp.", "sv"),
        ("4. Who is responsible\n\nThe council answers for the plan.", "en"),
    ],
)
def test_a_numbered_heading_is_one_unit(text: str, lang: str) -> None:
    """spaCy ends a sentence after "1." in "1. Bakgrund"; the number and the heading it
    numbers are one unit, never a unit of their own that a coder or a suggestion meets."""
    pieces = [text[u.start : u.end] for u in segment(text, find_turns(text), lang)]
    heading, body = text.split("\n\n")
    assert pieces == [heading, body]


def test_a_number_inside_a_paragraph_goes_with_what_follows() -> None:
    text = "Målen är tre. 1. Färre ärenden per person. 2. Mentorer för alla nya."
    pieces = [text[u.start : u.end] for u in segment(text, [], "sv")]
    assert not any(p.strip(" .").isdigit() for p in pieces)
    assert pieces[0] == "Målen är tre."


def test_a_list_number_after_a_colon_goes_with_its_item() -> None:
    """A council decision's list: spaCy cut after "1." on the line under the lead-in, so
    "I kommunstyrelsen:\n1." was a unit and item 1 another without its number (eyes11)."""
    text = (
        "Förslag till beslut\nI kommunstyrelsen:\n"
        "1. Uppdraget om en god arbetsmiljö förklaras slutfört.\n"
        "2. Anta handlingsplanen med åtgärder på central nivå."
    )
    pieces = [text[u.start : u.end] for u in segment(text, find_turns(text), "sv")]
    assert pieces == [
        "Förslag till beslut",
        "I kommunstyrelsen:",
        "1. Uppdraget om en god arbetsmiljö förklaras slutfört.",
        "2. Anta handlingsplanen med åtgärder på central nivå.",
    ]


def test_a_number_ending_a_wrapped_sentence_stays_with_it() -> None:
    """Hard-wrapped text may leave a sentence's last number alone on the next line; it is
    no list's number, and "12." went to the next sentence ("12. Det var svårt ...")."""
    text = (
        "Vi var många i början, men sedan gick antalet ner till\n"
        "12. Det var svårt för alla att hinna med."
    )
    pieces = [text[u.start : u.end] for u in segment(text, find_turns(text), "sv")]
    assert pieces == [
        "Vi var många i början, men sedan gick antalet ner till\n12.",
        "Det var svårt för alla att hinna med.",
    ]
