"""`qualcode embed [DOC...]`: compute the sentence embeddings the semantic tier still lacks.

Embedding is the slow part of suggesting (hundreds of words a second); done ahead, later
`qualcode suggest` runs include the semantic tier at once. What needs embedding is decided
by the service (``Project.embedding_plan``), the same list the TUI embeds in the background.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from qualcode.cli.base import CoderOpt, app, open_project, say
from qualcode.cli.output import plural

if TYPE_CHECKING:
    from rich.progress import Progress, ProgressColumn


def embedding_columns() -> tuple[ProgressColumn, ...]:
    """What a line of embedding shows: what is embedded, the bar, words done and left, and
    time left. Every task of a bar with these columns carries a ``words`` field."""
    from rich.progress import BarColumn, TextColumn, TimeRemainingColumn

    return (
        TextColumn("{task.description}"),
        BarColumn(bar_width=12),  # the whole line fits 80 columns
        TextColumn("{task.fields[words]}"),
        TimeRemainingColumn(),
    )


def words_done(done: int, total: int) -> str:
    """'1,200 words done, 18,312 left'."""
    return f"{done:,} words done, {total - done:,} left"


class SuggestLine:
    """The line of `suggest DOC --embed`: the engine's own texts (the codebook, the coded
    passages it learns from, the bundled no-code talk) come first and were most of a fresh
    project's words (18,423 of the demo's 19,512 for aby_05), so the line names them apart
    from the document, with words done and left: a bare percentage stood for two minutes
    with nothing saying what was being read."""

    def __init__(self, bar: Progress, engine_words: int, documents: str) -> None:
        self.bar, self.engine_words, self.documents = bar, engine_words, documents
        self.task = bar.add_task("embedding", total=None, words="")

    def progress(self, done: int, total: int) -> None:
        reading = "codebook, codings" if done < self.engine_words else self.documents
        self.bar.update(
            self.task,
            description=f"embedding {reading}",
            completed=done,
            total=total,
            words=words_done(done, total),
        )


class _Line:
    """The progress line over all documents: each ``embed`` call reports its own words
    (done, in all); the line adds the documents before it and the words still planned."""

    def __init__(self, bar: Progress, words: int, documents: int) -> None:
        self.bar, self.documents = bar, documents
        self.task = bar.add_task("", total=words, words="")
        self.before, self.left, self.number = 0, words, 0

    def next_document(self, number: int, planned: int) -> None:
        self.before = int(self.bar.tasks[0].completed)
        self.left -= planned
        self.number = number

    def progress(self, done: int, total: int) -> None:
        words = words_done(self.before + done, self.before + total + self.left)
        self.bar.update(
            self.task,
            description=f"embedding {self.number} of {self.documents} documents",
            completed=self.before + done,
            total=self.before + total + self.left,
            words=words,
        )


@app.command("embed")
def embed(
    docs: Annotated[
        list[str] | None, typer.Argument(help="Documents by name or prefix (default: all).")
    ] = None,
    coder: CoderOpt = None,
) -> None:
    """Embed the sentences not embedded yet (the semantic tier), one document at a time with
    a progress line on stderr (words done, words left, time left); safe to stop with Ctrl-C:
    what is done is kept."""
    from rich.console import Console
    from rich.progress import Progress

    with open_project(coder) as project:
        if not project.semantic_on():
            from qualcode.project import SEMANTIC_MISSING

            missing = project.semantic_missing()  # not installed, or cannot run here
            say(
                SEMANTIC_MISSING[missing]
                if missing
                else "nothing to embed: the semantic tier is off (QUALCODE_SEMANTIC)"
            )
            return
        acting = project.acting.name if project.acting else None
        plan = project.embedding_plan(docs or None, acting)
        if not plan.words:
            say("nothing to embed: every sentence has its embedding")
            return
        items, texts = plan.documents, 0
        with Progress(*embedding_columns(), console=Console(stderr=True), transient=True) as bar:
            line = _Line(bar, plan.words, len(items))
            for number, item in enumerate(items, 1):
                line.next_document(number, item.words + (plan.engine_words if number == 1 else 0))
                # a document imported meanwhile is embedded with the next run
                texts += project.embed([item.document.id], line.progress)
            if not items:  # only the codebook or new codings: embedded on their own
                texts += project.embed(docs or None, line.progress)
    say(
        f"embedded {plural(texts, 'sentence')} "
        f"({plural(len(items), 'document')}, {plan.words:,} words)"
    )
