"""A document's attributes and the team's document sets, from the documents list.

``A`` edits the attributes of the document under the cursor on one line
(``municipality=Åby; role=enhetschef``): only the CLI's ``docs set`` and a sheet did it, so
a lead who spotted a wrong role while coding left for a terminal. ``S`` lists the document
sets (NVivo's sets, ATLAS.ti's document groups): Enter shows only a set's documents (or all
again), ``a`` adds the document under the cursor to the highlighted set, ``d`` takes it
out, ``n`` makes a new set of the documents the list shows now, so a filter by attribute
(``/ role=politiker``) becomes a set in two keys; ``r`` renames the highlighted set. The
rules (who may change what, names, the audit) are the service's: ``Project.edit_attributes``
and the document set methods.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import DataTable, OptionList, Static
from textual.widgets.option_list import Option

from qualcode.errors import QualcodeError
from qualcode.project.attribute_sheet import attributes_line
from qualcode.tui.catalog import attribute_aliases
from qualcode.tui.keys import localize_bindings
from qualcode.tui.safe import literal, markup
from qualcode.tui.said import said
from qualcode.tui.screens.base import QualcodeModal, ScreenPart
from qualcode.tui.screens.prompt import PromptScreen
from qualcode.tui.screens.speakers import guess_note
from qualcode.tui.widgets.row_list import RowList

if TYPE_CHECKING:
    from qualcode.model import DocumentSummary

ALL = ""  # the option that shows every document again


class SetsScreen(QualcodeModal[tuple[str, str] | None]):
    """Dismisses with (what, set name): ``show``, ``add``, ``drop``, ``rename`` or ``new``;
    None (Esc)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="sets.cancel"),
        Binding("a", "pick('add')", "Add", id="sets.add"),
        Binding("d", "pick('drop')", "Take out", id="sets.drop"),
        Binding("n", "new", "New set", id="sets.new"),
        Binding("r", "pick('rename')", "Rename", id="sets.rename"),
    ]

    def __init__(self, choices: list[tuple[str, str]], keys: str) -> None:
        super().__init__()
        localize_bindings(self, self.app.t)
        self.choices = choices  # (set name, what is shown); ALL first
        self.keys = keys

    def compose(self) -> ComposeResult:
        with Vertical(classes="cb-dialog", id="sets-dialog"):
            yield Static(markup(self.app.t("sets_title")), classes="cb-dialog-title")
            yield RowList(
                *(Option(literal(label), name or None) for name, label in self.choices),
                id="sets-list",
            )
            yield Static(literal(self.keys), classes="cb-dialog-hint")

    def on_mount(self) -> None:
        listed = self.query_one(OptionList)
        listed.highlighted = 0
        self.set_focus(listed)

    def _highlighted(self) -> str:
        listed = self.query_one(OptionList)
        if listed.highlighted is None:
            return ALL
        return listed.get_option_at_index(listed.highlighted).id or ALL

    @on(OptionList.OptionSelected, "#sets-list")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(("show", event.option.id or ALL))

    def action_pick(self, what: str) -> None:
        """Add to, take out of or rename the highlighted set; on "all documents" there is
        none."""
        if self._highlighted() != ALL:
            self.dismiss((what, self._highlighted()))

    def action_new(self) -> None:
        self.dismiss(("new", ALL))

    def action_cancel(self) -> None:
        self.dismiss(None)


class SetActions(ScreenPart):
    """Mixed into the documents screen: ``A`` and ``S``, and which set the list shows."""

    doc_set: str | None = None  # the set the list shows (None: every document)
    in_set: frozenset[str] | None = None

    if TYPE_CHECKING:
        rows: list

        def reload(self) -> None: ...

    def read_set(self) -> None:
        """The shown set's documents, read again with the list (a set deleted meanwhile:
        every document again)."""
        try:
            self.in_set = self.app.project.set_members(self.doc_set)
        except QualcodeError:
            self.doc_set, self.in_set = None, None

    def set_label(self) -> str:
        return "" if self.doc_set is None else " · " + self.app.t("sets_shown", name=self.doc_set)

    def _cursor_doc(self) -> DocumentSummary | None:
        table = self.query_one(DataTable)
        if not table.row_count:
            return None
        doc_id = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        return next((r.doc for r in self.rows if r.doc.id == doc_id), None)

    def _shown_ids(self) -> list[str]:
        table = self.query_one(DataTable)
        return [str(key.value) for key in table.rows]

    def action_attributes(self) -> None:
        """Edit the cursor document's attributes; someone who may not is told at once."""
        app, doc = self.app, self._cursor_doc()
        if doc is None:
            return
        try:
            app.project.check_attribute_change(doc.id)
        except QualcodeError as exc:  # said in the interface's language (tui/said.py)
            self.notify(said(exc, app.t), severity="error")
            return
        changed: dict[str, str] = {}

        def submit(line: str) -> None:
            who = app.coder or "qualcode"
            # "kommun=Åby", typed under the column headed Kommun, is the municipality
            changed.update(app.project.edit_attributes(doc.id, line, who, attribute_aliases()))

        def done(line: str | None) -> None:
            if line is None:
                return
            self.reload()
            if changed:
                said = attributes_line(changed)
                self.notify(app.t("documents_attributes_set", name=doc.name, changes=said))
            else:
                self.notify(app.t("documents_attributes_same", name=doc.name))

        title = app.t("documents_attributes_title", name=doc.name)
        # the attribute that overrules a guessed asker is typed here: say whom qualcode took
        guessed = guess_note(app, doc.id, "speakers_guess_prompt")
        title = f"{title}\n{guessed}" if guessed else title
        app.push_screen(PromptScreen(title, attributes_line(doc.attributes), submit), done)

    def action_sets(self) -> None:
        app, t = self.app, self.app.t
        doc = self._cursor_doc()
        choices = [(ALL, t("sets_all", n=len(self.rows)))]
        for found in app.project.document_sets():
            label = t("sets_item", name=found.name, n=len(found.documents), by=found.created_by)
            choices.append((found.name, ("▸ " if found.name == self.doc_set else "") + label))
        keys = t("sets_keys", doc=doc.name if doc else "–", n=len(self._shown_ids()))
        app.push_screen(SetsScreen(choices, keys), self._set_chosen)

    def _set_chosen(self, picked: tuple[str, str] | None) -> None:
        if picked is None:
            return
        what, name = picked
        app, t, doc = self.app, self.app.t, self._cursor_doc()
        who = app.coder or "qualcode"
        try:
            if what == "show":
                self.doc_set = name or None
            elif what == "add" and doc is not None:
                app.project.add_to_document_set(name, who, [doc.id])
                self.notify(t("sets_added", doc=doc.name, name=name))
            elif what == "drop" and doc is not None:
                app.project.remove_from_document_set(name, who, [doc.id])
                self.notify(t("sets_dropped", doc=doc.name, name=name))
            elif what == "new":
                self._ask_new_set()
                return
            elif what == "rename":
                self._ask_rename(name)
                return
        except QualcodeError as exc:
            self.notify(said(exc, self.app.t), severity="error")
            return
        self.reload()

    def _ask_new_set(self) -> None:
        app, shown = self.app, self._shown_ids()

        def submit(name: str) -> None:
            app.project.make_document_set(name, app.coder or "qualcode", shown)

        def made(name: str | None) -> None:
            if name:
                self.doc_set = name
                self.reload()
                self.notify(app.t("sets_made", name=name, n=len(shown)))

        app.push_screen(PromptScreen(app.t("sets_new_title", n=len(shown)), "", submit), made)

    def _ask_rename(self, name: str) -> None:
        """A new name for the set ``name``; refused names (blank, another set's) keep the
        prompt open with the reason, as the service words it."""
        app = self.app

        def submit(new_name: str) -> None:
            app.project.rename_document_set(name, new_name, app.coder or "qualcode")

        def renamed(new_name: str | None) -> None:
            if not new_name:
                return
            new_name = new_name.strip()
            if self.doc_set == name:
                self.doc_set = new_name
            self.reload()
            self.notify(app.t("sets_renamed", old=name, name=new_name))

        app.push_screen(PromptScreen(app.t("sets_rename_title", name=name), name, submit), renamed)
