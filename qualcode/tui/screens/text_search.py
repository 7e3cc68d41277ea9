"""Text search: every place a word is said in every document, in context; code every hit.

Opened with `F` from the documents list. `/` types the terms (several, separated by
commas; ``*`` any letters, ``?`` one; a word finds its forms, "ärendet" also "ärenden",
unless `e` asks for the exact letters; a term matches inside compounds unless `w` asks for
whole words), `f` narrows to documents by attributes (``municipality=Åby role=politiker``),
`s` says what coding a hit codes (its sentence, its turn or the words), `c` codes every hit
with a code after asking with their number, and `u` takes that batch back. `W` lists the
words the interviewees said most (the same filter), and Enter on one searches it. Enter opens the
document with the passage a hit would code selected. The search and the coding are
``Project.search_text`` and ``Project.code_hits``: documents are everyone's to read, the
codings the acting coder's own.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.widgets import Header, OptionList, Static
from textual.widgets.option_list import Option

from qualcode.errors import QualcodeError, ValidationError
from qualcode.project import CodedHits, Hit, WordCount, parse_filters
from qualcode.project.retrieval import attribute_filter
from qualcode.project.speaker_filter import participant_filter
from qualcode.project.text_search import SPREADS, spans_to_code, term_pattern
from qualcode.tui.keys import localize_bindings
from qualcode.tui.labels import names_by_key
from qualcode.tui.safe import cleaned
from qualcode.tui.said import said
from qualcode.tui.screens.base import QualcodeScreen
from qualcode.tui.screens.code_pick import PickCodeScreen
from qualcode.tui.screens.confirm import ConfirmScreen
from qualcode.tui.screens.prompt import PromptScreen, SearchPrompt
from qualcode.tui.screens.text_search_words import WordList
from qualcode.tui.widgets.footer import KeysFooter
from qualcode.tui.widgets.row_list import RowList

SHOWN = 500  # hits listed at most; coding codes every hit, listed or not
CONTEXT = 70  # characters either side of a hit


@dataclass
class HitsFound(Message):
    """A search done in the background: its hits (or why it was refused), for the asking
    numbered ``asked`` (a later asking makes an earlier answer stale)."""

    asked: int
    hits: list[Hit]
    error: str | None = None


class TextSearchScreen(WordList, QualcodeScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        # priority: what is typed right after `/` or `f` reaches the box they open
        Binding("slash", "ask_terms", "Search", id="textsearch.terms", priority=True),
        Binding("f", "filter", "Filter", id="textsearch.filter", priority=True),
        Binding("w", "toggle_whole", "Whole words", show=False, id="textsearch.whole"),
        Binding("e", "toggle_exact", "Exact letters", show=False, id="textsearch.exact"),
        Binding("r", "toggle_respondents", "Respondents", show=False, id="textsearch.respondents"),
        Binding("s", "cycle_spread", "Codes", show=False, id="textsearch.spread"),
        Binding("c", "code_all", "Code all", id="textsearch.code", priority=True),
        Binding("u", "take_back", "Take back", show=False, id="textsearch.undo"),
        Binding("W", "words", "Words said most", show=False, id="textsearch.words"),
        Binding("q,escape", "back", "Back", id="textsearch.back"),
    ]

    def __init__(self, terms: str = "", doc_set: str | None = None) -> None:
        """``doc_set``: the document set the documents list showed, searched alone."""
        super().__init__()
        self.doc_set = doc_set
        self.t: Any = self.app.t
        localize_bindings(self, self.t)
        self.typed = terms
        self.attributes: dict[str, tuple[str, ...]] = {}
        self.whole_word = False
        self.exact = False  # only the letters typed, no word forms (`e`)
        self.respondents = False  # only what the interviewees said (`r`)
        self.participants: tuple[str, ...] = ()  # only what these said (`f`: participant=IP4)
        self.spread = "sentence"
        self.hits: list[Hit] = []
        self.last: CodedHits | None = None
        self.words: list[WordCount] | None = None  # the word list, while it is shown
        self.asked = 0  # numbers the background askings; only the latest answer is shown
        self.busy = False

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="search-line")
        yield RowList(id="hits")
        yield KeysFooter()

    def on_mount(self) -> None:
        localize_bindings(self.query_one(OptionList), self.t)
        self.query_one(OptionList).focus()
        self.reload()
        if not self.typed:
            self.action_ask_terms()

    def _check(self, typed: str, attributes: dict[str, tuple[str, ...]]) -> None:
        """Refuse, before any search, terms that cannot be searched or a filter no document
        fits (the box stays open with the reason); cheap: no text is read."""
        term_pattern([typed], self.whole_word)
        attribute_filter(self.app.project.documents(), attributes)

    def reload(self) -> None:
        """Search again with the current terms and settings, in the background (a national
        study's texts take a while to read), and list the hits when they come."""
        if self.words is not None:
            self._show_words()
            return
        self.hits = []
        self.asked += 1
        self.busy = bool(self.typed)
        if self.typed:
            self._find(
                self.asked,
                self.typed,
                dict(self.attributes),
                (self.whole_word, self.exact, self.respondents),
                self.spread,
                self.participants,
            )
        self._show_hits()

    @work(thread=True, exclusive=True, group="text-search", exit_on_error=False)
    def _find(
        self,
        asked: int,
        typed: str,
        attributes: dict[str, tuple[str, ...]],
        words: tuple[bool, bool, bool],
        spread: str,
        participants: tuple[str, ...] = (),
    ) -> None:
        whole_word, exact, respondents = words
        try:
            with self.app.worker_project() as project:
                hits = project.search_text(
                    typed,
                    attributes=attributes or None,
                    whole_word=whole_word,
                    spread=spread,
                    context=CONTEXT,
                    doc_set=self.doc_set,
                    exact=exact,
                    respondents=respondents,
                    participant=list(participants) or None,
                )
        except QualcodeError as exc:
            self.post_message(HitsFound(asked, [], said(exc, self.app.t)))
            return
        self.post_message(HitsFound(asked, hits))

    @on(HitsFound)
    def _found(self, message: HitsFound) -> None:
        if message.asked != self.asked or self.words is not None:
            return  # asked again meanwhile, or the word list is shown
        self.busy = False
        if message.error:
            self.notify(message.error, severity="error")
        self.hits = message.hits
        self._show_hits()

    def _show_hits(self) -> None:
        self.title = self.t("textsearch_title", terms=self.typed or "…")
        every = self.t("retrieve_all")
        attributes = " ".join(f"{k}={'|'.join(v)}" for k, v in self.attributes.items())
        if self.participants:
            attributes = f"participant={'|'.join(self.participants)} {attributes}".strip()
        line = self.t(
            "textsearch_line",
            n=len(self.hits),
            docs=len({h.document_id for h in self.hits}),
            words=self.t("textsearch_whole" if self.whole_word else "textsearch_inside"),
            forms=self.t("textsearch_exact" if self.exact else "textsearch_forms"),
            spread=self.t(f"textsearch_spread_{self.spread}"),
            attribute=" · ".join(
                [
                    *([self.t("sets_shown", name=self.doc_set)] if self.doc_set else []),
                    *([self.t("textsearch_respondents")] if self.respondents else []),
                    attributes,
                ]
            ).strip(" ·")
            or every,
        )
        if len(self.hits) > SHOWN:
            line += self.t("textsearch_shown", shown=SHOWN)
        self.query_one("#search-line", Static).update(cleaned(Text(line)))
        listed = self.query_one(OptionList)
        listed.clear_options()
        listed.add_options([Option(self._hit_text(h)) for h in self.hits[:SHOWN]])
        if self.hits:
            listed.highlighted = 0
        else:
            none = "textsearch_busy" if self.busy else "textsearch_none"
            none = none if self.typed else "textsearch_none_yet"
            listed.add_option(Option(self.t(none), disabled=True))

    def _hit_text(self, hit: Hit) -> Text:
        source = [hit.document, *([hit.speaker] if hit.speaker else [])]
        source += [v for k, v in sorted(hit.attributes.items()) if k in ("municipality", "role")]
        text = Text(" · ".join(source) + "\n", style="bold")
        before, after = " ".join(hit.before.split()), " ".join(hit.after.split())
        if hit.before[-1:].isspace():
            before += " "
        if hit.after[:1].isspace():
            after = " " + after
        text.append(("…" if len(hit.before) >= CONTEXT else "") + before, style="dim")
        text.append(" ".join(hit.text.split()), style="reverse")
        text.append(after + ("…" if len(hit.after) >= CONTEXT else ""), style="dim")
        return cleaned(text)

    @on(OptionList.OptionSelected, "#hits")
    def _open(self, event: OptionList.OptionSelected) -> None:
        if self.words is not None:
            if self.words and not self.busy:
                self.typed = self.words[event.option_index].word
                self.words = None
                self.reload()
            return
        if not self.hits:
            return
        from qualcode.tui.screens.coding import CodingScreen

        hit = self.hits[event.option_index]
        self.app.push_screen(CodingScreen(hit.document_id, select=hit.span))

    def action_ask_terms(self) -> None:
        """Type the terms; a term the service refuses keeps the box open with the reason."""

        def submit(value: str) -> None:
            self._check(value, self.attributes)

        def done(value: str | None) -> None:
            if value is not None:
                self.typed = value
                self.reload()

        self.app.push_screen(SearchPrompt(self.t("textsearch_prompt"), self.typed, submit), done)

    def action_filter(self) -> None:
        """Only documents with these attribute values (the same key twice: either)."""

        def submit(value: str) -> None:
            filters = parse_filters(value)
            if filters.coders or filters.layer:
                raise ValidationError(self.t("textsearch_filter_documents"))
            said, attributes = participant_filter(filters.attributes, self.app.project.documents())
            self._check(self.typed or "x", attributes)
            self.participants, self.attributes = said, attributes

        def done(value: str | None) -> None:
            if value is None:
                return
            if self.words is not None:  # the word list counts the filtered documents anew
                self.words = None
                self.action_words()
            else:
                self.reload()

        shown = " ".join(
            [f"participant={p}" for p in self.participants]
            + [f"{k}={v}" for k, values in self.attributes.items() for v in values]
        )
        self.app.push_screen(PromptScreen(self.t("textsearch_filter_title"), shown, submit), done)

    def action_toggle_whole(self) -> None:
        self.whole_word = not self.whole_word
        self.reload()

    def action_toggle_exact(self) -> None:
        """Word forms (a word finds "ärenden" for "ärendet") or only the letters typed."""
        self.exact = not self.exact
        self.reload()

    def action_toggle_respondents(self) -> None:
        """Only what the interviewees said, or every turn: the interviewer's questions echo
        the theme's words (a text without speakers is searched whole either way)."""
        self.respondents = not self.respondents
        self.reload()

    def action_cycle_spread(self) -> None:
        self.spread = SPREADS[(SPREADS.index(self.spread) + 1) % len(SPREADS)]
        self.reload()
        self.notify(
            self.t("textsearch_spread_now", spread=self.t(f"textsearch_spread_{self.spread}"))
        )

    def action_code_all(self) -> None:
        """Pick a code, confirm with the number of passages, code every hit's span."""
        if self.busy or self.words is not None:
            return
        if not self.hits:
            self.notify(self.t("textsearch_none"))
            return
        app = self.app
        passages = sum(len(spans) for spans in spans_to_code(self.hits).values())
        lang = self.t.lang

        def confirmed(key: str, yes: bool | None) -> None:
            if not yes:
                return
            try:
                done = app.project.code_hits(
                    self.typed,
                    key,
                    app.coder,
                    attributes=self.attributes or None,
                    whole_word=self.whole_word,
                    spread=self.spread,
                    doc_set=self.doc_set,
                    exact=self.exact,
                    respondents=self.respondents,
                    participant=list(self.participants) or None,
                )
            except QualcodeError as exc:
                self.notify(said(exc, self.app.t), severity="error")
                return
            self.last = done
            name = self._code_name(key)
            self.notify(
                self.t("textsearch_coded", n=len(done.coded), code=name, already=done.already)
            )

        def picked(key: str | None) -> None:
            if not key:
                return
            question = self.t(
                "textsearch_confirm",
                n=passages,
                hits=len(self.hits),
                code=self._code_name(key),
                coder=app.coder,
            )
            app.push_screen(ConfirmScreen(question), lambda yes: confirmed(key, yes))

        codes = app.project.codable_codes()
        app.push_screen(PickCodeScreen(self.t("textsearch_pick"), codes, lang, None), picked)

    def action_take_back(self) -> None:
        """Take back the batch `c` coded last (its codings removed, those it joined back)."""
        if self.last is None:
            self.notify(self.t("textsearch_nothing_back"))
            return
        try:
            taken = self.app.project.take_back_hits(self.last, self.app.coder)
        except QualcodeError as exc:
            self.notify(said(exc, self.app.t), severity="error")
            return
        self.last = None
        self.notify(self.t("textsearch_taken_back", n=taken))

    def _code_name(self, key: str) -> str:
        return names_by_key(self.app.project.codebook(), self.t.lang).get(key, key)

    def action_back(self) -> None:
        self.app.pop_screen()
