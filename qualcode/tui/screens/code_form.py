"""The form for adding or editing one code: both languages side by side.

A bilingual codebook is kept in step by seeing the sv and en texts next to each other.
The form hands its values to ``submit``, which runs the real ``Project`` call; a refusal
(duplicate key, bad colour, a shortcut already taken) is shown under the form and the
form stays open with everything typed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Input, Label, Static, TextArea

from qualcode.codebook.parts import shown_parts, typed_parts
from qualcode.errors import QualcodeError
from qualcode.model import LANGS, Code
from qualcode.tui.keys import localize_bindings
from qualcode.tui.safe import markup
from qualcode.tui.said import said
from qualcode.tui.screens.base import QualcodeModal

# (form row, Code attribute, catalog label); keywords are a list shown comma-separated.
# Names are one line; definitions and criteria run to paragraphs, so they wrap in a box.
TEXT_ROWS = (
    ("name", "names", "name"),
    ("definition", "definitions", "definition"),
    ("inclusion", "inclusion", "inclusion"),
    ("exclusion", "exclusion", "exclusion"),
)


class CodeFormScreen(QualcodeModal[str | None]):
    """Dismisses with the saved code's key, or None when cancelled."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "save", "Save", id="form.save"),
        Binding("escape", "cancel", "Cancel", id="form.cancel"),
    ]

    def __init__(
        self, code: Code | None, submit: Callable[[dict[str, Any]], str], parent: str = ""
    ) -> None:
        super().__init__()
        localize_bindings(self, self.app.t)
        self.code = code
        self.submit = submit
        self.parent_key = parent

    def compose(self) -> ComposeResult:
        t = self.app.t
        code = self.code
        title = t("cb_form_edit", code=code.key) if code else t("cb_form_add")
        with VerticalScroll(classes="cb-dialog cb-form"):
            yield Static(title, classes="cb-dialog-title")
            # how to save, and why a save was refused, under the title: at the form's foot
            # they were below an 80x24 screen, and Ctrl+S on a form missing its key did
            # nothing a new lead could see (eyes43)
            yield Static(t("cb_form_hint"), classes="cb-dialog-hint")
            yield Static("", classes="cb-dialog-error")
            if code is None:
                # no selecting on focus: a letter typed before the focus arrived was
                # selected and replaced by the next (as in the prompt and the picker)
                yield from _row(t("cb_key"), Input(id="f-key", select_on_focus=False))
                yield from _row(
                    t("cb_parent"),
                    Input(self.parent_key, placeholder=t("cb_top_level"), id="f-parent"),
                )
            with Horizontal(classes="cb-form-row"):
                yield Label("", classes="cb-form-label")
                for lang in LANGS:
                    yield Label(lang, classes="cb-form-lang")
            for row, attr, label in TEXT_ROWS:
                long = row != "name"
                with Horizontal(classes="cb-form-row cb-form-long" if long else "cb-form-row"):
                    yield Label(t(label), classes="cb-form-label")
                    for lang in LANGS:
                        value = getattr(code, attr).get(lang, "") if code else ""
                        if long:
                            yield TextArea(value, id=f"f-{row}-{lang}", soft_wrap=True)
                        else:
                            yield Input(value, id=f"f-{row}-{lang}")
            with Horizontal(classes="cb-form-row"):
                yield Label(t("cb_keywords"), classes="cb-form-label")
                for lang in LANGS:
                    words = ", ".join(code.keywords.get(lang, ())) if code else ""
                    yield Input(words, id=f"f-keywords-{lang}")
            # the stems of each side the code joins, typed as `codebook edit --parts-sv`
            # takes them, so a lead need not write a codebook file to change one stem
            with Horizontal(classes="cb-form-row"):
                yield Label(t("cb_form_parts"), classes="cb-form-label")
                for lang in LANGS:
                    parts = shown_parts(code.parts.get(lang, ())) if code else ""
                    yield Input(parts, placeholder=t("cb_form_parts_hint"), id=f"f-parts-{lang}")
            with Horizontal(classes="cb-form-row cb-form-examples"):
                yield Label(t("cb_examples"), classes="cb-form-label")
                for lang in LANGS:
                    text = "\n".join(code.examples.get(lang, ())) if code else ""
                    yield TextArea(text, id=f"f-examples-{lang}", soft_wrap=True)
            with Horizontal(classes="cb-form-row"):
                yield Label(t("cb_color"), classes="cb-form-label")
                yield Input((code.color or "") if code else "", placeholder="#1f77b4", id="f-color")
                yield Label(t("cb_shortcut"), classes="cb-form-label")
                yield Input((code.shortcut or "") if code else "", max_length=1, id="f-shortcut")

    def on_mount(self) -> None:
        # at once, not on the next turn (``Widget.focus``): the letters typed straight
        # after the key that opened the form go to its first field
        self.set_focus(self.query_one("#f-key" if self.code is None else "#f-name-sv", Input))

    def values(self) -> dict[str, Any]:
        """What the form holds, shaped for ``Project.add_code``/``update_code``."""

        def text(widget_id: str) -> str:
            widget = self.query_one(f"#{widget_id}")  # a text area or a one-line input
            if isinstance(widget, TextArea):
                return widget.text.strip()
            return self.query_one(f"#{widget_id}", Input).value.strip()

        result: dict[str, Any] = {
            attr: {lang: text(f"f-{row}-{lang}") for lang in LANGS} for row, attr, _ in TEXT_ROWS
        }
        result["keywords"] = {
            lang: [w.strip() for w in text(f"f-keywords-{lang}").split(",") if w.strip()]
            for lang in LANGS
        }
        result["examples"] = {
            lang: [
                line.strip()
                for line in self.query_one(f"#f-examples-{lang}", TextArea).text.splitlines()
                if line.strip()
            ]
            for lang in LANGS
        }
        result["parts"] = {lang: typed_parts(text(f"f-parts-{lang}")) for lang in LANGS}
        result["color"] = text("f-color")
        result["shortcut"] = self.query_one("#f-shortcut", Input).value
        if self.code is None:
            result["key"] = text("f-key")
            result["parent"] = text("f-parent") or None
        return result

    @on(Input.Submitted)
    def _enter(self) -> None:
        self.action_save()

    def action_save(self) -> None:
        try:
            key = self.submit(self.values())
        except QualcodeError as exc:
            error = self.query_one(".cb-dialog-error", Static)
            error.update(markup(said(exc, self.app.t)))
            error.scroll_visible(animate=False)  # in view from any field of the form
            return
        self.dismiss(key)

    def action_cancel(self) -> None:
        self.dismiss(None)


def _row(label: str, widget: Input) -> ComposeResult:
    with Horizontal(classes="cb-form-row"):
        yield Label(label, classes="cb-form-label")
        yield widget
