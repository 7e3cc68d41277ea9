"""The background embedding queue's bookkeeping (issue 10.6): the order documents are
embedded in, an opened document moved to the front, and the figures of the progress line
(document n of N, words done, words left, time left) with the clock given, not read."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode.tui.app import build_app
from qualcode.tui.embed_queue import PLAN_FIRST, EmbedQueue, Figures, clock


def _planned(queue: EmbedQueue, engine: int = 0) -> None:
    assert queue.ask_plan()  # no worker yet: the caller starts one
    assert not queue.ask_plan(["d3"])  # one runs already: it plans this too
    assert queue.next_plan() == (True, None)
    queue.add(engine, [("d1", 100), ("d2", 50), ("d3", 30)])
    assert queue.next_plan() == (True, ["d3"])
    queue.add(0, [("d3", 30)])  # queued already: not twice
    assert queue.next_plan() == (False, None)


def test_documents_are_taken_in_the_plans_order_an_opened_one_first() -> None:
    queue = EmbedQueue()
    _planned(queue)
    assert queue.pending("d2") and not queue.pending("d9")
    assert not queue.to_front("d2")  # a worker runs: it takes d2 next
    assert queue.take() == "d2"
    assert not queue.to_front("d9")  # not waiting (embedded already): nothing to do
    assert [queue.take(), queue.take()] == ["d1", "d3"]
    assert queue.busy()
    assert queue.take() is None and not queue.busy()  # the run is over: the worker stops
    assert queue.figures() is None


def test_a_document_opened_while_the_plan_is_made_goes_first() -> None:
    queue = EmbedQueue()
    assert queue.ask_plan()
    assert queue.next_plan() == (True, None)
    queue.to_front("d3")
    assert queue.pending("d3")  # its plan is on the way
    queue.add(0, [("d1", 100), ("d2", 50), ("d3", 30)])
    assert queue.take() == "d3"


def test_a_plan_asked_for_meanwhile_keeps_the_run_going() -> None:
    queue = EmbedQueue()
    _planned(queue)
    assert queue.take() == "d1"
    assert not queue.ask_plan(["d7"])
    assert queue.take() == PLAN_FIRST and queue.busy()
    assert queue.next_plan() == (True, ["d7"])
    queue.add(0, [("d7", 10)])
    assert [queue.take(), queue.take(), queue.take()] == ["d2", "d3", "d7"]


def test_the_line_counts_words_over_the_whole_run_and_times_what_is_left() -> None:
    queue = EmbedQueue()
    _planned(queue, engine=20)  # the engine's own words go with the first document
    assert queue.take() == "d1"
    assert queue.figures(now=0.0) == Figures(1, 3, 0, 200, None, codebook=True, engine_left=20)
    queue.progress(0, 120, now=10.0)  # the helper's count: 120 words in all
    assert queue.figures(now=10.0) == Figures(1, 3, 0, 200, None, True, 20)  # no rate yet
    queue.progress(19, 120, now=15.0)
    midway = queue.figures(now=15.0)
    # the codebook's own words count down: 1 of its 20 left ("codebook, then document 1"
    # stood for minutes with only the run's figures beside it)
    assert midway is not None and midway.codebook and midway.engine_left == 1
    queue.progress(60, 120, now=20.0)
    assert queue.figures(now=20.0) == Figures(1, 3, 60, 140, pytest.approx(140 / 6.0))
    queue.progress(120, 120, now=30.0)
    assert queue.take() == "d2"
    queue.progress(0, 50, now=31.0)
    figures = queue.figures(now=31.0)
    assert figures is not None and (figures.number, figures.documents) == (2, 3)
    assert (figures.done, figures.left) == (120, 80)
    # the whole run's rate reckons 80 / (120 / 21) = 14 s, an end later than the countdown's
    # 12.3 s: the end moves later by half the second since the last report, not at once
    assert figures.seconds == pytest.approx(140 / 6.0 + 20 + 0.5 * 1.0 - 31)
    queue.stop()  # the helper failed: the run is forgotten
    assert not queue.busy() and queue.figures() is None and not queue.pending("d3")


def test_the_engines_words_go_with_the_document_opened_first() -> None:
    queue = EmbedQueue()
    _planned(queue, engine=20)
    queue.to_front("d3")  # opened: embedded next, and the codebook's texts before it
    assert queue.figures() is None  # nothing taken yet
    assert queue.take() == "d3"
    first = queue.figures(now=0.0)
    assert first == Figures(1, 3, 0, 200, None, codebook=True, engine_left=20)
    queue.progress(50, 50, now=5.0)  # the helper: 20 codebook words, then d3's 30
    assert queue.take() == "d1"
    queue.progress(0, 100, now=6.0)
    second = queue.figures(now=6.0)
    assert second is not None and not second.codebook and (second.done, second.left) == (50, 150)


def test_clock() -> None:
    assert [clock(0), clock(61.4), clock(3725)] == ["0:00", "1:01", "1:02:05"]


def test_the_line_speaks_the_interfaces_language(project_file: Path) -> None:
    """What the line is for, how long and that coding goes on (at 80 columns, as a
    fresh app measures itself before it runs: the short line)."""
    for lang, start, eta in (
        ("en", "Improving suggestions: 0 read, 1\u202f500 to go · keep coding", " left"),
        ("sv", "Förbättrar förslagen: 0 lästa, 1\u202f500 återstår · koda vidare", " kvar"),
    ):
        app = build_app(project_file, "karin", lang)
        try:
            assert app.embed_line() == ""  # nothing queued: no line
            app.embed_queue.ask_plan()
            app.embed_queue.next_plan()
            app.embed_queue.add(0, [("d1", 1000), ("d2", 500)])
            app.embed_queue.take()
            app.embed_queue.progress(0, 1000, now=0.0)
            assert app.embed_line() == start
            app.embed_queue.progress(400, 1000)  # a rate now: time left is said
            # words read and left beside the time left (the short line: 80 columns)
            assert eta in app.embed_line() and "1\u202f100 " in app.embed_line()
            assert " 400 " in app.embed_line()
        finally:
            app.project.close()


def test_the_line_says_when_the_codebook_is_prepared_first(project_file: Path) -> None:
    for lang, start in (
        ("en", "Improving suggestions: codebook first, 100 words, 1\u202f600 to go · keep coding"),
        ("sv", "Förbättrar förslagen: kodboken först, 100 ord, 1\u202f600 återstår · koda vidare"),
    ):
        app = build_app(project_file, "karin", lang)
        try:
            app.embed_queue.ask_plan()
            app.embed_queue.next_plan()
            app.embed_queue.add(100, [("d1", 1000), ("d2", 500)])
            app.embed_queue.take()
            assert app.embed_line() == start
            app.embed_queue.progress(150, 1100)  # past the codebook: the document's line
            assert "150 " in app.embed_line() and "kodboken" not in app.embed_line()
            assert "codebook" not in app.embed_line()
        finally:
            app.project.close()


def test_the_time_left_counts_down_between_the_helpers_reports() -> None:
    """Under load the helper reports every few seconds: the time left was a rate taken at
    each redraw, which fell between reports and rose at each, so the line swung (14:10,
    21:40, 32:54, 17:08 in half a minute, eyes22). Between reports it now counts down from
    the last report's reckoning; only past it (the helper starved) does it grow again."""
    queue = EmbedQueue()
    _planned(queue)
    assert queue.take() == "d1"
    queue.progress(0, 100, now=0.0)
    queue.progress(18, 100, now=10.0)  # 1.8 words a second: 162 left, 90 s
    shown = [queue.figures(now=10.0 + t) for t in (0.0, 3.0, 6.0, 9.0)]
    assert [round(f.seconds or 0) for f in shown if f] == [90, 87, 84, 81]  # was 90, 117, ...
    assert all(f is not None and (f.done, f.left) == (18, 162) for f in shown)
    queue.progress(36, 100, now=20.0)  # the same pace: 144 left, 80 s from here
    again = queue.figures(now=20.0)
    assert again is not None and round(again.seconds or 0) == 80
    starved = queue.figures(now=200.0)  # nothing heard for three minutes
    assert starved is not None and (starved.seconds or 0) > 144 / (36 / 200.0) - 1


def test_the_time_left_never_rises_while_words_fall() -> None:
    """A pause of the helper (a document saved, the next one read, a busy machine) dipped
    the whole run's rate, and the next report turned the countdown back up: "2:14 kvar",
    then "2:46 kvar" with fewer words left (eyes37b). A slower reckoning now slows the
    countdown instead, and a run that stays slower is caught up report by report."""
    queue = EmbedQueue()
    _planned(queue)
    assert queue.take() == "d1"
    said: list[float] = []
    behind: list[float] = []  # how far the line is under the whole run's rate
    reports = ((0, 0.0), (20, 10.0), (40, 20.0), (50, 35.0), (70, 45.0), (80, 55.0), (90, 65.0))
    for done, now in reports:  # 2 words a second, a pause at 20-35 s, then 1 a second
        queue.progress(done, 100, now=now)
        figures = queue.figures(now=now)
        assert figures is not None and figures.left == 180 - done
        if figures.seconds is not None:
            said.append(figures.seconds)
            behind.append(figures.left / (done / now) - figures.seconds)
    assert said == sorted(said, reverse=True), said  # was 80, 70, 91, ...: up after the pause
    assert behind[2] > behind[-1] > 0  # the slower run is being caught up
