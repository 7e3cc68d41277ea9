"""Bringing a removed document back from the documents list.

``X`` took a document out with a reason, but only `qualcode docs restore` brought it back:
a lead who removed the wrong interview in the TUI had to leave it for a terminal. ``U``
lists the documents taken out, each with when, by whom and why, and Enter restores the one
chosen with its codings (the lead's act; a coder is told so). Restoring writes through
``Project.restore_document``, which refuses a document whose content was imported again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from qualcode.errors import QualcodeError
from qualcode.stamps import minute
from qualcode.tui.keys import localize_bindings
from qualcode.tui.safe import literal, markup
from qualcode.tui.said import said
from qualcode.tui.screens.base import QualcodeModal, ScreenPart
from qualcode.tui.widgets.row_list import RowList

if TYPE_CHECKING:
    from qualcode.project import Project
    from qualcode.tui.catalog import Catalog


class RestoreDocumentScreen(QualcodeModal[str | None]):
    """Dismisses with the chosen removed document's id, or None (Esc)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="restore.cancel"),
    ]

    def __init__(self, choices: list[tuple[str, str]]) -> None:
        super().__init__()
        localize_bindings(self, self.app.t)
        self.choices = choices  # (document id, what the lead reads)

    def compose(self) -> ComposeResult:
        t = self.app.t
        with Vertical(classes="cb-dialog", id="restore-dialog"):
            yield Static(markup(t("documents_restore_title")), classes="cb-dialog-title")
            yield RowList(
                *(Option(literal(label), doc_id) for doc_id, label in self.choices),
                id="restore-list",
            )
            yield Static(markup(t("documents_restore_keys")), classes="cb-dialog-hint")

    def on_mount(self) -> None:
        listed = self.query_one(OptionList)
        listed.highlighted = 0
        self.set_focus(listed)

    @on(OptionList.OptionSelected, "#restore-list")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def action_cancel(self) -> None:
        self.dismiss(None)


def removed_choices(project: Project, t: Catalog) -> list[tuple[str, str]]:
    """Each removed document, newest removal first, as (id, "name · when · who: why")."""
    removals = project.removals()
    choices = []
    for doc in project.removed_documents():
        entry = removals.get(doc.id)
        if entry is None:  # a coder, blind to the lead's audit entries: the name alone
            choices.append((doc.id, doc.name))
            continue
        at = minute(entry.at)
        why = str(entry.payload.get("reason", ""))
        label = t("documents_restore_item", name=doc.name, at=at, by=entry.actor, why=why)
        choices.append((doc.id, label))
    return choices


class RestoreActions(ScreenPart):
    """Mixed into the documents screen, which reloads its table after a restore."""

    if TYPE_CHECKING:

        def reload(self) -> None: ...

    def action_restore(self) -> None:
        app = self.app
        choices = removed_choices(app.project, app.t)
        if not choices:
            self.notify(app.t("documents_none_removed"))
            return
        try:  # a coder is told at once, not after choosing a document from the list
            app.project.check_removal(restore=True)
        except QualcodeError as exc:  # said in the interface's language (tui/said.py)
            self.notify(said(exc, app.t), severity="error")
            return

        def chosen(doc_id: str | None) -> None:
            if not doc_id:
                return
            try:
                doc = app.project.restore_document(doc_id, actor=app.coder or "qualcode")
            except QualcodeError as exc:
                self.notify(said(exc, self.app.t), severity="error")
                return
            self.reload()
            self.notify(app.t("documents_restored", name=doc.name))

        app.push_screen(RestoreDocumentScreen(choices), chosen)
