"""The word list of the text search screen (`W`): the words the interviewees said most in the
documents the filter keeps, each with how often and in how many documents.

Counted by ``Project.word_frequencies`` in a thread worker (a national study's texts take a
while to read) that posts ``WordsCounted``; Enter on a word searches it (the screen's own
``_open``), and `W` again goes back to the hits.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual import work
from textual.message import Message
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from qualcode.errors import QualcodeError
from qualcode.project import WordCount
from qualcode.tui.safe import cleaned
from qualcode.tui.said import said
from qualcode.tui.screens.base import ScreenPart

WORDS = 100  # words listed by `W`


@dataclass
class WordsCounted(Message):
    """The words said most, counted in the background, for the asking numbered ``asked``."""

    asked: int
    words: list[WordCount]
    error: str | None = None


class WordList(ScreenPart):
    """Mixed into ``TextSearchScreen``: the `W` key, its worker and the list it shows."""

    t: Any  # the screen's catalog
    doc_set: str | None  # the document set searched alone (None: every document)
    attributes: dict[str, tuple[str, ...]]  # the filter (`f`)
    words: list[WordCount] | None  # the word list, while it is shown
    asked: int  # numbers the background askings; only the latest answer is shown
    busy: bool

    if TYPE_CHECKING:  # what TextSearchScreen adds

        def reload(self) -> None: ...

    def action_words(self) -> None:
        """The words the interviewees said most in the filtered documents (`W` again goes
        back to the hits); Enter searches the highlighted word."""
        if self.words is not None:
            self.words = None
            self.reload()
            return
        self.asked += 1
        self.busy = True
        self.words = []
        self._count(self.asked, dict(self.attributes))
        self._show_words()

    @work(thread=True, exclusive=True, group="text-search", exit_on_error=False)
    def _count(self, asked: int, attributes: dict[str, tuple[str, ...]]) -> None:
        try:
            with self.app.worker_project() as project:
                words = project.word_frequencies(
                    attributes=attributes or None,
                    respondents=True,
                    top=WORDS,
                    doc_set=self.doc_set,
                    # "year" and "years" are one word to a reader of the list (eyes43)
                    base_forms=True,
                )
        except QualcodeError as exc:
            self.post_message(WordsCounted(asked, [], said(exc, self.app.t)))
            return
        self.post_message(WordsCounted(asked, words))

    def on_words_counted(self, message: WordsCounted) -> None:
        if message.asked != self.asked or self.words is None:
            return
        self.busy = False
        if message.error:
            self.notify(message.error, severity="error")
        self.words = message.words
        self._show_words()

    def _show_words(self) -> None:
        words = self.words or []
        every = self.t("retrieve_all")
        attributes = " ".join(f"{k}={'|'.join(v)}" for k, v in self.attributes.items())
        line = self.t("textsearch_words_line", n=len(words), attribute=attributes or every)
        self.title = self.t("textsearch_words_title")
        self.query_one("#search-line", Static).update(cleaned(Text(line)))
        listed = self.query_one(OptionList)
        listed.clear_options()
        width = max((len(w.word) for w in words), default=0)
        listed.add_options(
            [
                Option(
                    cleaned(
                        Text(
                            self.t(
                                "textsearch_word_row",
                                word=w.word.ljust(width),
                                count=w.count,
                                docs=w.documents,
                            )
                        )
                    )
                )
                for w in words
            ]
        )
        if words:
            listed.highlighted = 0
        else:
            none = "textsearch_busy" if self.busy else "textsearch_no_words"
            listed.add_option(Option(self.t(none), disabled=True))
