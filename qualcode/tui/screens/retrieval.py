"""Retrieval: all passages of a code across documents, each with its context and source.

The list comes from ``Project.retrieve`` with the person at the keyboard as viewer, so a
coder sees only their own passages while the team is blind, and everyone's once a lead
unblinds (a lead always). `f` types the
filters, several at once (``municipality=Åby municipality=Ekstad role=politiker``, and
``coder=``/``layer=`` for a lead); `a`, `o` and `l` cycle one attribute value, coder or
layer. The lead pins a passage as its theme's exemplar with `e`. Enter opens the document
with the passage selected.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any, ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import Header, OptionList, Static
from textual.widgets.option_list import Option

from qualcode.errors import QualcodeError
from qualcode.project import Filters, Passage, parse_filters
from qualcode.tui.keys import localize_bindings
from qualcode.tui.labels import names_by_key
from qualcode.tui.lead_keys import is_lead, offer_lead_keys
from qualcode.tui.safe import cleaned, literal
from qualcode.tui.said import said
from qualcode.tui.screens.base import QualcodeScreen
from qualcode.tui.screens.code_pick import PickCodeScreen
from qualcode.tui.screens.prompt import PromptScreen
from qualcode.tui.widgets.footer import KeysFooter
from qualcode.tui.widgets.row_list import RowList

CONTEXT = 160  # characters of the sentence before and after that are shown


class RetrievalScreen(QualcodeScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        # priority: the keys typed after these in one go reach the box they open (as in
        # the coding screen's TYPED_AHEAD); as ordinary bindings the list got them first
        Binding("c", "pick_code", "Code", id="retrieve.code", priority=True),
        Binding("f", "filter", "Filter", id="retrieve.filter", priority=True),
        Binding("a", "cycle_attribute", "Next value", show=False, id="retrieve.attribute"),
        Binding("o", "cycle_coder", "Coder", id="retrieve.coder"),
        Binding("l", "cycle_layer", "Layer", show=False, id="retrieve.layer"),
        Binding("s", "toggle_children", "Sub-codes", show=False, id="retrieve.children"),
        Binding("t", "translate", "Translate", id="retrieve.translate", priority=True),
        Binding("e", "pin", "Exemplar", show=False, id="retrieve.pin"),
        Binding("plus", "query", "And/not codes", show=False, id="retrieve.query"),
        Binding("q,escape", "back", "Back", id="retrieve.back"),
    ]

    def __init__(
        self, code: str | None = None, children: bool = False, doc_set: str | None = None
    ) -> None:
        """``doc_set``: the document set the documents list showed, whose passages alone
        are listed (and queried with ``+``)."""
        super().__init__()
        self.doc_set = doc_set
        app = self.app
        self.t: Any = app.t
        localize_bindings(self, self.t)
        self.codes = app.project.codebook()
        self.code = code or (self.codes[0].key if self.codes else "")
        self.lead = is_lead(app)
        # what she may read (the service's rule): blind, a coder her own passages; once a
        # lead unblinds, every coder's and layer's, so she may filter by them too
        self.reads_all = self.lead or app.project.reads_only(app.coder) is None
        offer_lead_keys(self, ("retrieve.coder", "retrieve.layer"), self.reads_all)
        offer_lead_keys(self, ("retrieve.pin",), self.lead)  # pins are the lead's choice
        self.filters = Filters()
        self.with_children = children
        docs = app.project.documents()
        # municipality and role first: what a study of places and professions compares
        first = {"municipality": 0, "role": 1}
        self.attribute_values = sorted(
            {(k, v) for d in docs for k, v in d.attributes.items()},
            key=lambda kv: (first.get(kv[0], 2), kv),
        )
        self.attribute: tuple[str, str] | None = None  # the value `f` cycled to last
        self.passages: list[Passage] = []
        self.pinned: set[str] = set()
        self.translated: dict[tuple[str, str], str] = {}

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="retrieve-filter")
        yield RowList(id="passages")
        yield KeysFooter()

    def on_mount(self) -> None:
        localize_bindings(self.query_one(OptionList), self.t)
        self.reload()
        self.query_one(OptionList).focus()

    def _code_name(self, key: str) -> str:
        return names_by_key(self.codes, self.t.lang).get(key, key)

    def reload(self) -> None:
        """Ask the service again with the current filters and show the passages."""
        app = self.app
        try:
            self.passages = self._retrieve(self.filters)
        except QualcodeError as exc:
            self.notify(said(exc, self.app.t), severity="error")
            self.passages = []
        self.translated = app.project.translations()
        self.pinned = app.project.exemplars()
        self.title = self.t("retrieve_title", code=self._code_name(self.code)) + (
            "" if self.doc_set is None else " · " + self.t("sets_shown", name=self.doc_set)
        )
        every = self.t("retrieve_all")
        attributes = " ".join(f"{k}={'|'.join(v)}" for k, v in self.filters.attributes.items())
        # as typed: coder names and attribute values read as markup stopped the TUI
        self.query_one("#retrieve-filter", Static).update(
            literal(
                self.t(
                    self._filter_line(),
                    n=len(self.passages),
                    docs=len({p.coding.document_id for p in self.passages}),
                    coder=", ".join(self.filters.coders)
                    or (every if self.reads_all else app.coder),
                    layer=self.filters.layer or every,
                    attribute=attributes or every,
                )
            )
        )
        listed = self.query_one(OptionList)
        listed.clear_options()
        listed.add_options([Option(self._passage_text(p)) for p in self.passages])
        if self.passages:
            listed.highlighted = 0
        else:
            listed.add_option(Option(self.t("retrieve_none"), disabled=True))

    def _retrieve(self, filters: Filters) -> list[Passage]:
        app = self.app
        return app.project.retrieve(
            self.code,
            app.coder,
            coder=filters.coders or None,
            layer=filters.layer,
            attributes=filters.attributes or None,
            children=self.with_children,
            doc_set=self.doc_set,
        )

    def _passage_text(self, passage: Passage) -> Text:
        source = [passage.document]
        if passage.coding.id in self.pinned:
            source.insert(0, self.t("retrieve_exemplar"))
        if passage.speaker:
            source.append(passage.speaker)
        source.append(passage.coding.coder)
        if passage.coding.layer != "coder":
            source.append(passage.coding.layer)
        if passage.coding.code != self.code:
            source.append(self._code_name(passage.coding.code))
        source += [
            v for k, v in sorted(passage.attributes.items()) if k in ("municipality", "role")
        ]
        text = Text(" · ".join(source) + "\n", style="bold")
        if passage.before:
            text.append(_tail(passage.before) + " ", style="dim")
        text.append(passage.text, style="reverse")
        if passage.after:
            text.append(" " + _head(passage.after), style="dim")
        into = _other_lang(passage.lang)
        translation = self.translated.get((passage.coding.id, into))
        if translation:  # what a summary in that language quotes
            text.append(f"\n{self.t('retrieve_translated', lang=into)} ", style="bold dim")
            text.append(translation, style="italic")
        return cleaned(text)

    @on(OptionList.OptionSelected, "#passages")
    def _open(self, event: OptionList.OptionSelected) -> None:
        if not self.passages:
            return
        from qualcode.tui.screens.coding import CodingScreen

        passage = self.passages[event.option_index]
        coding = passage.coding
        self.app.push_screen(CodingScreen(coding.document_id, select=(coding.start, coding.end)))

    def action_pick_code(self) -> None:
        def picked(key: str | None) -> None:
            if key:
                self.code = key
                self.reload()

        lang = self.t.lang
        self.app.push_screen(
            PickCodeScreen(self.t("retrieve_pick"), self.codes, lang, None), picked
        )

    def action_filter(self) -> None:
        """Type the filters: several attributes, values, coders and a layer together."""

        def submit(value: str) -> None:
            filters = parse_filters(value)
            self._retrieve(filters)  # refused here keeps the dialog open with the reason
            self.filters = filters

        def done(value: str | None) -> None:
            if value is not None:
                self.reload()

        title = self.t("retrieve_filter_title", example=self._filter_example())
        self.app.push_screen(PromptScreen(title, self.filters.text(), submit), done)

    def _filter_example(self) -> str:
        """Two values of the first attribute and one of the next, from this project's own
        documents: an English study's prompt read "municipality=Åby municipality=Ekstad
        role=politiker", the demo's Swedish places (eyes7)."""
        by_key: dict[str, list[str]] = {}
        for key, value in self.attribute_values:
            if value.split():  # a value's first word finds it
                by_key.setdefault(key, []).append(f"{key}={value.split()[0]}")
        keys = list(by_key)
        shown = by_key[keys[0]][:2] + by_key[keys[1]][:1] if len(keys) > 1 else []
        shown = shown or (by_key[keys[0]][:2] if keys else [f"coder={self.app.coder}"])
        return " ".join(shown)

    def action_cycle_attribute(self) -> None:
        """One attribute value after another (the quick way; `f` types several)."""
        self.attribute = _next(self.attribute_values, self.attribute)
        attributes = dict(self.filters.attributes)
        for key, _ in self.attribute_values:
            attributes.pop(key, None)
        if self.attribute:
            attributes[self.attribute[0]] = (self.attribute[1],)
        self.filters = replace(self.filters, attributes=attributes)
        self.reload()

    def _filter_line(self) -> str:
        """The passages line's keys: a lead's (with the exemplar pin), those of a coder who
        may read the team's work (unblinded: coder and layer too), or a blind coder's."""
        if self.lead:
            return "retrieve_filter"
        return "retrieve_filter_team" if self.reads_all else "retrieve_filter_coder"

    def action_cycle_coder(self) -> None:
        if not self.reads_all:
            self.notify(self.t("retrieve_blind"))
            return
        names = [c.name for c in self.app.project.coders()]
        now = self.filters.coders[0] if len(self.filters.coders) == 1 else None
        chosen = _next(names, now)
        self.filters = replace(self.filters, coders=(chosen,) if chosen else ())
        self.reload()

    def action_cycle_layer(self) -> None:
        if not self.reads_all:
            self.notify(self.t("retrieve_blind"))
            return
        self.filters = replace(
            self.filters, layer=_next(["coder", "consensus"], self.filters.layer)
        )
        self.reload()

    def action_pin(self) -> None:
        """The lead pins the highlighted passage as its theme's exemplar (the theme view and
        the summary show it first); again on a pinned one takes the pin off."""
        if not self.lead:
            self.notify(self.t("retrieve_pin_lead"), severity="warning")
            return
        listed = self.query_one(OptionList)
        at = listed.highlighted
        if at is None or not self.passages:
            return
        coding = self.passages[at].coding
        app = self.app
        theme = self.code if app.project.code_status(self.code)[0] == "theme" else None
        unpin = coding.id in self.pinned
        try:
            key, _ = app.project.pin_theme_exemplar(coding.id, app.coder, theme, unpin=unpin)
        except QualcodeError as exc:
            self.notify(said(exc, self.app.t), severity="error")
            return
        self.reload()
        self.query_one(OptionList).highlighted = at
        name = self._code_name(key)
        self.notify(self.t("retrieve_unpinned" if unpin else "retrieve_pinned", theme=name))

    def action_toggle_children(self) -> None:
        self.with_children = not self.with_children
        self.reload()

    def action_translate(self) -> None:
        """Write or change the highlighted passage's translation into the other language
        (the service checks who may: a coder their own codings, a lead any)."""
        listed = self.query_one(OptionList)
        at = listed.highlighted
        if at is None or not self.passages:
            return
        passage = self.passages[at]
        into = _other_lang(passage.lang)
        current = self.translated.get((passage.coding.id, into), "")

        def submit(value: str) -> None:
            self.app.project.translate_coding(passage.coding.id, into, value, self.app.coder)

        def done(value: str | None) -> None:
            if value is None:
                return
            self.reload()
            self.query_one(OptionList).highlighted = at
            self.notify(self.t("retrieve_translation_saved", lang=into))

        title = self.t("retrieve_translate_title", lang=into)
        self.app.push_screen(PromptScreen(title, current, submit), done)

    def action_query(self) -> None:
        """A coding query from this code: the text also coded with another, or not."""
        from qualcode.tui.screens.coding_query import CodingQueryScreen

        if self.code:
            self.app.push_screen(CodingQueryScreen(self.code, self.doc_set))

    def action_back(self) -> None:
        self.app.pop_screen()


def _next(values: list[Any], now: Any) -> Any:
    """The value after ``now`` in ``values``, then None (no filter), then the first again."""
    if now is None:
        return values[0] if values else None
    i = values.index(now) if now in values else -1
    return values[i + 1] if i + 1 < len(values) else None


def _other_lang(lang: str) -> str:
    """The language a passage is translated into: English for Swedish, else Swedish."""
    return "en" if lang == "sv" else "sv"


def _tail(text: str) -> str:
    return text if len(text) <= CONTEXT else "…" + text[-CONTEXT:].split(" ", 1)[-1]


def _head(text: str) -> str:
    return text if len(text) <= CONTEXT else text[:CONTEXT].rsplit(" ", 1)[0] + "…"
