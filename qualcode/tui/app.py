"""The TUI application: wires the project, the coder and the screens, and little else."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any, ClassVar

from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.screen import Screen

from qualcode.project import Project
from qualcode.tui.catalog import Catalog, default_language
from qualcode.tui.screens.coding import CodingScreen
from qualcode.tui.screens.documents import DocumentsScreen


class QualcodeApp(App[None]):
    """qualcode in the terminal: documents, then coding with suggestions."""

    CSS_PATH = "app.tcss"
    TITLE = "qualcode"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("question_mark", "help", "Keys", id="app.help"),
        Binding("ctrl+t", "toggle_dark", "Theme", show=False, id="app.theme"),
        Binding("ctrl+b", "codebook", "Codebook", id="app.codebook"),
        Binding("P", "reports", "Reports", show=False, id="app.reports"),
    ]

    def __init__(self, project_path: Path, coder: str, ui_lang: str | None = None) -> None:
        super().__init__()
        self.project = Project.open(project_path)
        self.project.coder(coder)  # unknown coders fail here, before any screen opens
        self.coder = coder
        self.t = Catalog(ui_lang or default_language())

    def on_mount(self) -> None:
        self.sub_title = f"{Path(str(self.project.path)).name} · {self.coder}"
        self.push_screen(DocumentsScreen())

    def open_document(self, doc_id: str) -> None:
        self.push_screen(CodingScreen(doc_id))

    def action_reconcile(self) -> None:
        """The lead's reconcile screen; coders are told why they cannot open it."""
        from qualcode.tui.screens.reconcile import ReconcileScreen

        if self.project.coder(self.coder).role != "lead":
            self.notify("Only a lead reconciles (blind coding).", severity="warning")
            return
        self.push_screen(ReconcileScreen())

    def action_reports(self) -> None:
        """Frequencies, chart, agreement and exports; what each coder sees follows blind coding."""
        from qualcode.tui.screens.reports import ReportsScreen

        if not isinstance(self.screen, ReportsScreen):
            self.push_screen(ReportsScreen())

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        """The command palette (ctrl+p) lists the reports screen beside Textual's own."""
        yield from super().get_system_commands(screen)
        yield SystemCommand(self.t("reports"), self.t("rep_palette"), self.action_reports)

    def action_codebook(self) -> None:
        """The codebook screen, over documents or coding; the coding screen catches up after."""
        from qualcode.tui.screens.codebook import CodebookScreen, after_codebook

        under = self.screen
        if isinstance(under, CodebookScreen) or under.is_modal:
            return
        lang = getattr(getattr(under, "doc", None), "lang", None)
        self.push_screen(CodebookScreen(lang), lambda changed: after_codebook(under, changed))

    def action_help(self) -> None:
        self.action_show_help_panel()

    def action_toggle_dark(self) -> None:
        self.theme = "textual-light" if self.theme == "textual-dark" else "textual-dark"

    def on_unmount(self) -> None:
        self.project.close()


def build_app(project_path: Path, coder: str, ui_lang: str | None = None) -> QualcodeApp:
    """The app factory the CLI and the tests use."""
    return QualcodeApp(project_path, coder, ui_lang)
