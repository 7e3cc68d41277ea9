"""Every document without sentence embeddings is embedded in the background (issue 10.6).

When the app starts (and when documents arrive), a thread worker asks the low-priority
embedding helper process what still needs embedding (``Project.embedding_plan``: the
service decides, the coder's own documents first, in the order of the documents list), then
sends it one document at a time; opening a document moves it to the front. There is never
more than one embedding process: the worker waits for one document before it sends the next,
and the suggestion helper does not embed while the queue runs. A quiet line on the
documents and coding screens says how far it is; it is gone when all is done. Suggestions
need no embeddings (keywords, n-grams, learning answer at once); a document's suggestions
are refreshed, improved, when its embeddings arrive.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual import work
from textual.message import Message
from textual.widgets import Static

from qualcode.errors import QualcodeError
from qualcode.tui.embed_queue import PLAN_FIRST, EmbedQueue, clock
from qualcode.tui.said import said

if TYPE_CHECKING:
    from textual.geometry import Size
    from textual.screen import Screen

    from qualcode.tui.background import Background
    from qualcode.tui.catalog import Catalog


REDRAW_SECONDS = 3.0


class EmbedLine(Static):
    """The quiet progress line; it shows whatever the app's queue says, from the start."""

    def on_mount(self) -> None:
        self.show_line(getattr(self.app, "embed_line", lambda: "")())
        # the time left is computed when the line is drawn: drawn only on the helper's
        # progress, it stood at "about 0:13 left" for minutes while a busy machine starved
        # the niced helper; redrawn every few seconds it grows as the rate falls
        self.set_interval(REDRAW_SECONDS, self._redraw)

    def _redraw(self) -> None:
        if self.has_class("hidden"):
            return  # nothing being embedded: nothing to say, and no work each tick
        self.show_line(getattr(self.app, "embed_line", lambda: "")())

    def show_line(self, text: str) -> None:
        if text == self._shown_text:
            return
        self._shown_text = text
        self.update(text)
        self.set_class(not text, "hidden")
        self.screen.set_class(bool(text), "-embedding")  # toasts move up, off the line

    _shown_text: str | None = None


@dataclass
class EmbedQueueChanged(Message):
    """The queue moved on (planned, words embedded, a document done, the run over)."""

    error: str | None = None


@dataclass
class EmbedDocDone(Message):
    """A document's sentences are embedded (``count`` texts; 0: nothing was missing)."""

    doc_id: str
    count: int


def semantic_switched_off() -> bool:
    """``QUALCODE_SEMANTIC=off``: nothing is embedded (read without importing the tier,
    which brings numpy into the interface's process)."""
    import os

    value = os.environ.get("QUALCODE_SEMANTIC", "").strip().lower()
    return value in {"0", "off", "no", "false"}


class EmbedAllActions:
    """Mixed into the app, which provides the attributes annotated below."""

    embed_queue: EmbedQueue
    embedding_asked = False  # has the queue been asked to plan yet?
    coder: str
    t: Catalog

    if TYPE_CHECKING:

        @property
        def embedder(self) -> Background: ...
        @property
        def screen(self) -> Screen[object]: ...
        @property
        def screen_stack(self) -> list[Screen[object]]: ...
        @property
        def size(self) -> Size: ...
        def post_message(self, message: Message) -> bool: ...
        def notify(self, message: str, *args: object, **kwargs: object) -> None: ...

    def queue_embedding(self, docs: list[str] | None = None) -> None:
        """Plan these documents (every one without ``docs``) and embed what lacks it: at
        start, and whenever documents arrive."""
        self.embedding_asked = True  # (tests wait for this rather than for a clock)
        if semantic_switched_off():
            return
        if self.embed_queue.ask_plan(docs):
            self._embed_queue_worker()

    def notice_documents(self, doc_ids: list[str]) -> None:
        """The documents list was read: documents that arrived since it was last read
        (imported meanwhile) are planned and embedded too. The first reading only learns
        them: the plan made at start covers those."""
        known: set[str] | None = getattr(self, "_known_docs", None)
        self._known_docs = set(doc_ids)
        if known is not None and (new := [d for d in doc_ids if d not in known]):
            self.queue_embedding(new)

    def embed_first(self, doc_id: str) -> None:
        """An opened document is embedded next (if it waits at all)."""
        if self.embed_queue.to_front(doc_id):
            self._embed_queue_worker()

    def embedding_busy(self) -> bool:
        """Is the queue planning or embedding (then nothing else embeds)?"""
        return self.embed_queue.busy()

    @work(thread=True, group="embed-all")
    def _embed_queue_worker(self) -> None:
        """Waits for the helper, one request at a time; the queue is shared, thread-safe."""
        queue, coder = self.embed_queue, self.coder

        def progress(done: int, total: int) -> None:
            queue.progress(done, total)
            self.post_message(EmbedQueueChanged())

        try:
            while True:
                planning, docs = queue.next_plan()
                if planning:
                    engine_words, items = self.embedder.plan(coder, docs)
                    queue.add(engine_words, items)
                    continue
                doc_id = queue.take()
                if doc_id is None:
                    break
                if doc_id == PLAN_FIRST:
                    continue
                self.post_message(EmbedQueueChanged())
                count = self.embedder.embed([doc_id], coder, progress)
                self.post_message(EmbedDocDone(doc_id, count))
        except QualcodeError as exc:
            queue.stop()
            self.post_message(EmbedQueueChanged(said(exc, self.t)))
            return
        self.post_message(EmbedQueueChanged())

    def embed_line(self) -> str:
        """The progress line in the interface's language, or "" when nothing is embedded."""
        figures = self.embed_queue.figures()
        if figures is None:
            return ""
        t = self.t
        values = {
            "n": figures.number,
            "total": figures.documents,
            "done": t.count(figures.done),
            "left": t.count(figures.left),
            "engine": t.count(figures.engine_left),
        }
        # the codebook's own texts come first in a fresh project: say so, or "1 of 7" seems
        # stuck. The line says what it is for, how long, and that coding goes on: a new
        # coder read "Preparing the codebook before document 1 of 7: 0 words done, 25 037
        # left" as something to wait for before coding (eyes10). The words read are said
        # again: under load "reading the codebook" stood for minutes with only a swinging
        # time left beside it, and a coder could not tell it from stuck (eyes22)
        key = "embedding_codebook" if figures.codebook else "embedding_all"
        if figures.seconds is None:
            key += "_start"
        else:
            values["eta"] = clock(figures.seconds)
        room = self.size.width - 2  # the line's padding: 80 columns cut the time left
        text = t(key, **values)
        if len(text) > room:  # words left and time left: the words only ever go down, so
            text = t(f"{key}_short", **values)  # a busy machine's swinging time looks alive
        if len(text) > room:  # hours left, a huge corpus; or five-figure counts before the
            # first time left: "… 19 734 to go · keep" was all 80 columns showed (eyes44)
            text = t(
                "embedding_tiny" if figures.seconds is not None else "embedding_tiny_start",
                **values,
            )
        return text

    def on_embed_queue_changed(self, message: EmbedQueueChanged) -> None:
        if message.error is not None:
            self.notify(message.error, severity="error")
        text = self.embed_line()
        for line in self.screen.query(EmbedLine):
            line.show_line(text)

    def on_embed_doc_done(self, message: EmbedDocDone) -> None:
        """Coding screens on this document refresh their suggestions with the embeddings."""
        from qualcode.tui.screens.coding import CodingScreen

        for screen in self.screen_stack:
            if isinstance(screen, CodingScreen) and screen.doc_id == message.doc_id:
                screen.embeddings_arrived(message.count)
        self.on_embed_queue_changed(EmbedQueueChanged())
