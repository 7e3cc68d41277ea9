"""The theme view: each theme with its codes, counts, coders and an exemplar passage, the
codes under no theme, and the coders' proposed codes.

Everything comes from ``Project.themes`` (blind: a coder sees their own counts). The lead
accepts a proposed code (`a`), merges a code into another (`m`, codings follow), makes a
theme (`t`) and moves a code under a theme or out of one (`g`); Enter lists the passages of
the code, or of all the theme's codes. Each step is one ``Project`` call, audited there.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

from rich.padding import Padding
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import Header, OptionList, Static
from textual.widgets.option_list import Option

from qualcode.errors import QualcodeError
from qualcode.project import ThemeView
from qualcode.tui.keys import localize_bindings
from qualcode.tui.labels import quoted
from qualcode.tui.lead_keys import is_lead, offer_lead_keys
from qualcode.tui.safe import cleaned, literal
from qualcode.tui.said import said
from qualcode.tui.screens.base import QualcodeScreen
from qualcode.tui.screens.code_pick import TOP, PickCodeScreen
from qualcode.tui.screens.confirm import ConfirmScreen
from qualcode.tui.screens.modals import TextPrompt
from qualcode.tui.widgets.footer import KeysFooter
from qualcode.tui.widgets.row_list import RowList

Row = tuple[str, str]  # ("theme" | "code", key)
INDENT = 3  # a code's lines under its theme (or under "codes without a theme")


class ThemesScreen(QualcodeScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("a", "accept", "Accept", id="themes.accept"),
        Binding("g", "group", "Theme", id="themes.group"),
        Binding("t", "new_theme", "New theme", id="themes.new"),
        Binding("m", "merge", "Merge", id="themes.merge"),
        Binding("q,escape", "back", "Back", id="themes.back"),
    ]

    def __init__(self) -> None:
        super().__init__()
        app = self.app
        self.t: Any = app.t
        localize_bindings(self, self.t)
        self.lead = is_lead(app)
        # a coder proposes codes (p, in the coding screen); the themes' changes are the lead's
        offer_lead_keys(
            self, ("themes.accept", "themes.group", "themes.new", "themes.merge"), self.lead
        )
        self.views: list[ThemeView] = []
        self.rows: list[Row | None] = []

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="themes-hint")
        yield RowList(id="themes")
        yield KeysFooter()

    def on_mount(self) -> None:
        self.title = self.t("themes_title")
        hint = self.t("themes_hint_lead") if self.lead else self.t("themes_hint_coder")
        self.query_one("#themes-hint", Static).update(hint)
        self.reload()
        self.query_one(OptionList).focus()

    def on_screen_resume(self) -> None:
        self.reload()

    def _code_name(self, code: Any) -> str:
        return str(code.name(self.t.lang))

    def _who(self, item: Any) -> str:
        """The coders who used a code (or theme), then the consensus if it holds any:
        the lead who reconciled is named as no coder."""
        consensus = [self.t("rep_layer_consensus")] if item.consensus else []
        return ", ".join([*item.coders, *consensus])

    def reload(self) -> None:
        app = self.app
        self.views = app.project.themes(app.coder)
        listed = self.query_one(OptionList)
        at = listed.highlighted or 0
        was = self.rows[at] if at < len(self.rows) else None  # the highlight follows its row
        options: list[Option] = []
        self.rows = []
        for view in self.views:
            if view.theme is not None:
                head = Text(f"◆ {self._code_name(view.theme)}", style="bold")
                counts = self.t("themes_counts", n=view.codings, coders=self._who(view) or "—")
                head.append(f"  {counts}", style="dim")
                options.append(Option(cleaned(head)))
                self.rows.append(("theme", view.theme.key))
            else:
                options.append(Option(Text(self.t("themes_loose"), style="bold italic")))
                self.rows.append(None)
            for item in view.codes:
                line = Text(self._code_name(item.code), style="bold" if item.codings else "")
                line.append(f"  {item.code.key} · {item.codings}", style="dim")
                if item.coders or item.consensus:
                    line.append(f" · {self._who(item)}", style="dim")
                if item.status == "proposed":
                    line.append(
                        "  " + self.t("themes_proposed", by=item.proposed_by or "?"),
                        style="italic yellow",
                    )
                options.append(Option(_under(cleaned(line))))
                self.rows.append(("code", item.code.key))
            if view.exemplar is not None:
                quote = view.exemplar.text
                quote = quoted(quote if len(quote) <= 200 else quote[:199] + "…", self.t.lang)
                which = "themes_exemplar_pinned" if view.pinned else "themes_exemplar_longest"
                options.append(
                    Option(
                        _under(
                            literal(
                                f"{self.t(which)} {quote} — {view.exemplar.document}",
                                style="" if view.pinned else "dim",
                            )
                        ),
                        disabled=True,
                    )
                )
                self.rows.append(None)
        listed.clear_options()
        listed.add_options(options)
        if options:
            listed.highlighted = (
                self.rows.index(was)
                if was is not None and was in self.rows
                else _listing(self.rows, min(at, len(options) - 1))
            )

    def _here(self) -> Row | None:
        at = self.query_one(OptionList).highlighted
        return self.rows[at] if at is not None and at < len(self.rows) else None

    def _code_here(self) -> str | None:
        row = self._here()
        if row is None or row[0] != "code":
            self.notify(self.t("themes_pick_code"))
            return None
        return row[1]

    def _lead_only(self) -> bool:
        if not self.lead:
            self.notify(self.t("themes_lead_only"), severity="warning")
        return self.lead

    def _call(self, work: Callable[[], Any], done: str) -> None:
        try:
            work()
        except QualcodeError as exc:
            self.notify(said(exc, self.app.t), severity="error")
            return
        self.notify(done)
        self.reload()

    @on(OptionList.OptionSelected, "#themes")
    def _open(self) -> None:
        row = self._here()
        if row is None:  # a heading: nothing to list, and silence looked like a dead key
            self.notify(self.t("themes_pick_code"))
            return
        from qualcode.tui.screens.retrieval import RetrievalScreen

        self.app.push_screen(RetrievalScreen(row[1], children=row[0] == "theme"))

    def action_accept(self) -> None:
        key = self._code_here()
        if key and self._lead_only():
            app = self.app
            self._call(lambda: app.project.accept_code(key, app.coder), self.t("themes_accepted"))

    def action_new_theme(self) -> None:
        if not self._lead_only():
            return
        app = self.app

        def named(name: str | None) -> None:
            if name:
                self._call(
                    lambda: app.project.create_theme(name, app.coder, self.t.lang),
                    self.t("themes_created", name=name),
                )

        app.push_screen(TextPrompt(self.t("themes_new_title"), self.t("themes_new_hint")), named)

    def action_group(self) -> None:
        key = self._code_here()
        if not key or not self._lead_only():
            return
        app = self.app
        themes = [v.theme for v in self.views if v.theme is not None]

        def picked(theme: str | None) -> None:
            if theme is None:
                return
            self._call(
                lambda: app.project.set_theme(key, theme or None, app.coder),
                self.t("themes_grouped"),
            )

        title = self.t("themes_group_title")
        none = self.t("themes_none")  # the leftover choice: listed after the themes
        app.push_screen(PickCodeScreen(title, themes, self.t.lang, none, top_last=True), picked)

    def action_merge(self) -> None:
        key = self._code_here()
        if not key or not self._lead_only():
            return
        app = self.app
        others = [c for c in app.project.codable_codes() if c.key != key]  # never a theme

        def picked(target: str | None) -> None:
            if not target or target == TOP:
                return

            def answered(yes: bool | None) -> None:
                if yes:
                    self._call(
                        lambda: app.project.merge_codes(key, target, actor=app.coder),
                        self.t("themes_merged"),
                    )

            # the question names both codes as the lead knows them, not by their keys
            names = {c.key: quoted(self._code_name(c), self.t.lang) for c in app.project.codebook()}
            question = self.t(
                "themes_merge_confirm",
                code=names.get(key, key),
                into=names.get(target, target),
            )
            app.push_screen(ConfirmScreen(question), answered)

        app.push_screen(
            PickCodeScreen(self.t("themes_merge_title"), others, self.t.lang, None), picked
        )

    def action_back(self) -> None:
        self.app.pop_screen()


def _under(line: Text) -> Padding:
    """A code's (or exemplar's) line under its theme, every wrapped line of it indented:
    a long name's coders wrapped to the list's left edge, where "konsensus" alone on its
    line read as an item of its own (eyes38)."""
    return Padding(line, (0, 0, 0, INDENT))


def _listing(rows: list[Row | None], at: int) -> int:
    """The first row from ``at`` on that lists passages (a theme or a code), else ``at``.
    The view opened on its heading "Codes under no theme", where the Enter its hint offers
    did nothing: a coder's first Enter listed no passages (eyes44)."""
    return next((i for i in range(at, len(rows)) if rows[i] is not None), at)
