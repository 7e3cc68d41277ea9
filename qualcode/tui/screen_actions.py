"""The app-wide keys that open a screen over the one in view: a document, reconcile (the
lead's), retrieval, text search, memos, themes, reports, the audit trail and the codebook,
each given what the screen below shows (its document, its document set). Kept apart from
``app`` (start, the coder, notes, languages, the helpers) as the one place that knows which
screen each key opens."""

from __future__ import annotations

from textual.app import App
from textual.coordinate import Coordinate
from textual.widgets import DataTable

from qualcode.project import Project
from qualcode.tui.catalog import Catalog
from qualcode.tui.screens.coding import CodingScreen
from qualcode.tui.screens.documents import DocumentsScreen


class ScreenActions(App[None]):
    """Mixed into the app, which sets the attributes annotated below."""

    project: Project
    coder: str
    t: Catalog

    def open_document(self, doc_id: str) -> None:
        self.push_screen(CodingScreen(doc_id))

    def action_reconcile(self) -> None:
        """The lead's reconcile screen; coders are told why they cannot open it."""
        from qualcode.tui.screens.reconcile import ReconcileScreen

        if self.project.coder(self.coder).role != "lead":
            self.notify(self.t("only_lead"), severity="warning")
            return
        shown = self.screen.doc_set if isinstance(self.screen, DocumentsScreen) else None
        self.push_screen(ReconcileScreen(self._document_in_view(), shown))

    def _document_in_view(self) -> str | None:
        """The one document the lead is looking at: the coding screen's, or the documents
        list's when its filter leaves one. R there opened every case of the project, and a
        lead who had narrowed the list to a policy document pressed d six times to reach
        its cases (eyes11)."""
        screen = self.screen
        if isinstance(screen, CodingScreen):
            return screen.doc_id
        if isinstance(screen, DocumentsScreen):
            table = screen.query_one(DataTable)
            if table.row_count == 1:
                return table.coordinate_to_cell_key(Coordinate(0, 0)).row_key.value
        return None

    def action_retrieve(self) -> None:
        """All passages of a code across documents: from the coding screen, the code under
        the cursor; blind coding decides whose passages are listed."""
        from qualcode.tui.screens.retrieval import RetrievalScreen

        code = None
        if isinstance(self.screen, CodingScreen):
            here = self.screen._codings_here()
            code = here[0].code if here else None
        # from the documents list showing a document set (S): that set's passages only
        self.push_screen(RetrievalScreen(code, doc_set=getattr(self.screen, "doc_set", None)))

    def action_search_text(self) -> None:
        """Every place a word is said in every document, in context; code every hit."""
        from qualcode.tui.screens.text_search import TextSearchScreen

        if not isinstance(self.screen, TextSearchScreen):
            # the document set the documents list shows (S) is what is searched
            self.push_screen(TextSearchScreen(doc_set=getattr(self.screen, "doc_set", None)))

    def action_memo_list(self) -> None:
        """Every memo this person may read, searchable, each leading to its passage."""
        from qualcode.tui.screens.memo_list import MemoListScreen

        if not isinstance(self.screen, MemoListScreen):
            self.push_screen(MemoListScreen())

    def action_themes(self) -> None:
        """Themes with their codes, counts, coders and an exemplar; the lead reviews proposed
        codes and groups codes under themes there."""
        from qualcode.tui.screens.themes import ThemesScreen

        if not isinstance(self.screen, ThemesScreen):
            self.push_screen(ThemesScreen())

    def action_reports(self) -> None:
        """Frequencies, chart, agreement and exports; what each coder sees follows blind coding."""
        from qualcode.tui.screens.reports import ReportsScreen

        if not isinstance(self.screen, ReportsScreen):
            self.push_screen(ReportsScreen())

    def action_audit(self) -> None:
        """The audit trail: who did what, when; blind coding decides whose entries show
        (a coder reads her own). Not over a dialog, nor over itself."""
        from qualcode.tui.screens.audit import AuditScreen

        if not isinstance(self.screen, AuditScreen) and not self.screen.is_modal:
            self.push_screen(AuditScreen())

    def action_codebook(self) -> None:
        """The codebook screen, over documents or coding; the coding screen catches up after."""
        from qualcode.tui.screens.codebook import CodebookScreen, after_codebook

        under = self.screen
        if isinstance(under, CodebookScreen) or under.is_modal:
            return
        # in the interface's language wherever it is opened (l shows the other): opened
        # over a Swedish transcript it showed Swedish names under an English interface,
        # while the reports and the summary named the same codes in English (eyes31)
        self.push_screen(CodebookScreen(), lambda changed: after_codebook(under, changed))
