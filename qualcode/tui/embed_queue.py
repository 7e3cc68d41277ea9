"""The documents waiting for their sentence embeddings, and the line that says how far it is.

The app embeds every document that lacks embeddings in a low-priority helper process, one
document at a time, while the coder works (``embed_all.py``). This module holds what that
needs to remember, shared by the worker thread and the interface: the queue (the service's
order; an opened document moved to the front), the words planned for each document, and
what is done, so that the progress line can say "document 3 of 7, words done, words left,
time left". Nothing here touches a widget or the project.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass

PLAN_FIRST = ""  # what ``take`` says when a plan was asked for meanwhile
# how far a slower reckoning may push the run's end later, per second between two reports:
# the time left then still falls (at half speed) instead of turning back up
SLOWER = 0.5


def clock(seconds: float) -> str:
    """Seconds as m:ss (or h:mm:ss), the way a progress line says time left."""
    whole = round(seconds)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def seconds_left(done: int, left: int, since: tuple[float, int] | None, now: float) -> float | None:
    """Seconds to embed ``left`` more words at the rate since ``since`` (when, and at how
    many words done, the run began), or None while there is no rate yet."""
    if since is None:
        return None
    started, at_start = since
    if now <= started or done <= at_start:
        return None
    return left / ((done - at_start) / (now - started))


def later_finish(shown: float | None, reckoned: float, reported: float | None, now: float) -> float:
    """When the run ends, from the end ``shown`` so far and the one a new report
    ``reckoned``: an earlier end at once; a later one only by ``SLOWER`` of the seconds
    since the last report ``reported``, so that the time left keeps falling while words do.
    The rate over the whole run dips whenever the helper pauses (a document saved, the
    next one read, the machine busy), and at the next report the line rose ("2:14 kvar", then "2:46
    kvar" with fewer words left, eyes37b); a run truly slower is caught up within a few
    reports, and a helper silent past the end is timed by its rate (``figures``)."""
    if shown is None or reckoned <= shown or reported is None or shown <= now:
        return reckoned
    return min(reckoned, shown + (now - reported) * SLOWER)


@dataclass(frozen=True)
class Figures:
    """Where the run is: the document being embedded (1-based) of all documents in this
    run, words done and left over all of them, and seconds left (None: no rate yet)."""

    number: int
    documents: int
    done: int
    left: int
    seconds: float | None
    codebook: bool = False  # still on the engine's own texts, before the document's
    # ... and how many of their words are left: they were most of a fresh project's run
    # (18 108 of the demo's 25 037 words), so "codebook, then document 1 of 16" stood for
    # minutes with no figure of its own counting down
    engine_left: int = 0


class EmbedQueue:
    """Thread-safe: the worker takes documents while the interface adds and reorders them.

    One run lasts from the first document queued to the queue running empty; the figures
    count within the run, so a later run starts again at "1 of N".
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._waiting: list[str] = []  # document ids, the next first
        self._words: dict[str, int] = {}  # planned words per waiting document
        self._replan: list[list[str] | None] = []  # plans asked for, None: every document
        self._planning = False  # the worker is asking the helper for a plan
        self._wanted: str | None = None  # the document opened last: first when planned
        self.running = False  # a worker is taking from the queue
        self.current: str | None = None
        self._current_words = (0, 0)  # the current document's (done, in all)
        self._finished_docs = 0
        self._finished_words = 0
        self._engine_pending = 0  # the engine's own words, embedded before the next document
        self._engine_current = 0  # ... and those the current document's run begins with
        self._since: tuple[float, int] | None = None  # when, and at how many words, rates began
        self._finish: float | None = None  # when the run ends, as the last report reckoned it
        self._reported: float | None = None  # when the helper's last report came

    # -- the interface's side -------------------------------------------------------------

    def ask_plan(self, docs: Sequence[str] | None = None) -> bool:
        """Ask the worker to plan these documents (all without ``docs``): True when no
        worker runs and one must be started."""
        with self._lock:
            self._replan.append(list(docs) if docs else None)
            return self._claim()

    def to_front(self, doc_id: str) -> bool:
        """An opened document is embedded next if it waits (or once planned, if a plan is
        being made); True when it waits and no worker runs (one must be started)."""
        with self._lock:
            self._wanted = doc_id
            if doc_id not in self._waiting:
                return False
            self._waiting.remove(doc_id)
            self._waiting.insert(0, doc_id)
            return self._claim()

    def pending(self, doc_id: str) -> bool:
        """Is this document waiting or being embedded?"""
        with self._lock:
            if doc_id == self.current or doc_id in self._waiting:
                return True
            return doc_id == self._wanted and (self._planning or bool(self._replan))

    def busy(self) -> bool:
        """Is anything being planned or embedded (so nothing else should embed now)?"""
        with self._lock:
            return self.running

    def _claim(self) -> bool:
        if self.running:
            return False
        self.running = True
        return True

    # -- the worker's side ----------------------------------------------------------------

    def next_plan(self) -> tuple[bool, list[str] | None]:
        """A plan asked for, if any: (True, documents or None for all)."""
        with self._lock:
            if self._replan:
                self._planning = True
                return True, self._replan.pop(0)
            return False, None

    def add(self, engine_words: int, items: Sequence[tuple[str, int]]) -> None:
        """Queue the planned documents not queued yet, in the plan's order; the engine's own
        words go with the document taken next (whichever the coder opened first)."""
        with self._lock:
            for doc_id, words in items:
                if doc_id != self.current and doc_id not in self._waiting:
                    self._waiting.append(doc_id)
                    self._words[doc_id] = words
            if self._wanted in self._waiting:  # opened while the plan was being made
                self._waiting.remove(self._wanted)
                self._waiting.insert(0, self._wanted)
            self._planning = False
            if engine_words:  # the helper embeds them first, with whichever document is next
                self._engine_pending = engine_words

    def take(self) -> str | None:
        """The next document to embed; ``PLAN_FIRST`` when a plan was asked for meanwhile;
        None: the run is over (the worker stops, and the figures start again next run)."""
        with self._lock:
            if self.current is not None:
                self._finished_docs += 1
                self._finished_words += self._current_words[1]
            self.current = None
            self._current_words = (0, 0)
            if self._replan:
                return PLAN_FIRST
            if not self._waiting:
                self._end()
                return None
            self.current = self._waiting.pop(0)
            self._engine_current, self._engine_pending = self._engine_pending, 0
            self._current_words = (0, self._words.pop(self.current, 0) + self._engine_current)
            return self.current

    def stop(self) -> None:
        """The helper failed: forget the run (documents opened later are queued again)."""
        with self._lock:
            self._waiting.clear()
            self._words.clear()
            self._replan.clear()
            self._planning = False
            self.current = None
            self._end()

    def _end(self) -> None:
        self.running = False
        self._finished_docs = self._finished_words = 0
        self._engine_pending = self._engine_current = 0
        self._current_words = (0, 0)
        self._since = None
        self._finish = self._reported = None

    def progress(self, done: int, total: int, now: float | None = None) -> None:
        """The helper's report for the current document: words done of words in all."""
        now = time.monotonic() if now is None else now
        with self._lock:
            self._current_words = (done, total)
            if self._since is None:
                self._since = (now, self._finished_words + done)
            words_done, left = self._words_done_left()
            seconds = seconds_left(words_done, left, self._since, now)
            if seconds is not None:
                self._finish = later_finish(self._finish, now + seconds, self._reported, now)
            self._reported = now

    def _words_done_left(self) -> tuple[int, int]:
        """Words embedded in this run and words still to embed (the lock held)."""
        done, total = self._current_words
        left = max(total - done, 0) + sum(self._words.get(d, 0) for d in self._waiting)
        return self._finished_words + done, left + self._engine_pending

    def figures(self, now: float | None = None) -> Figures | None:
        """The progress line's figures, or None when nothing is being embedded."""
        now = time.monotonic() if now is None else now
        with self._lock:
            if self.current is None:
                return None
            words_done, left = self._words_done_left()
            # the time left counts down from what the helper's last report reckoned: a
            # rate taken at every redraw fell between reports and rose at each, and a
            # coder watched "14:10 left" become 32:54, then 13:34, in half a minute
            # (eyes22, 2 cores under load). Only a helper silent past that reckoning
            # (starved) has its time left grow with the rate as it falls
            seconds = None if self._finish is None else self._finish - now
            if seconds is not None and seconds <= 0:
                seconds = seconds_left(words_done, left, self._since, now)
            number = self._finished_docs + 1
            engine_left = max(self._engine_current - self._current_words[0], 0)
            return Figures(
                number,
                number + len(self._waiting),
                words_done,
                left,
                seconds,
                engine_left > 0,
                engine_left,
            )
