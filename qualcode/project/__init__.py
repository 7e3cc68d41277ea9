"""``Project``: the one service API. The CLI, the TUI and notebooks all come through here.

It composes the store (the only SQL), the readers, the codebook format and the NLP engines.
Each public method that writes is one transaction and leaves an audit entry where a
reviewer would want one, so the project file alone tells what happened. The methods live
in one mixin per area, so each file stays small; ``Project`` is their sum.
"""

from __future__ import annotations

import os
from pathlib import Path

from qualcode.errors import ProjectError, QualcodeError, ValidationError
from qualcode.oneline import shown
from qualcode.project.access import AccessMixin, BlindError
from qualcode.project.agenda import AgendaMixin
from qualcode.project.agreement import (
    AgreementMixin,
    AgreementReport,
    AgreementRow,
    methods_paragraph,
)
from qualcode.project.api_arguments import require_path
from qualcode.project.api_doors import guard_doors
from qualcode.project.attribute_sheet import AttributeSheetMixin
from qualcode.project.audit_said import TrailWords
from qualcode.project.audit_trail import AuditTrailMixin, TrailEntry, filter_trail
from qualcode.project.case_views import CaseView
from qualcode.project.codebook import CodebookMixin, CodebookReport
from qualcode.project.codebook_edit import CodebookEditMixin
from qualcode.project.coders import CodersMixin
from qualcode.project.coding import CodingMixin, check_span
from qualcode.project.coding_add import Coded, CodingAddMixin
from qualcode.project.coding_query import CodingQueryMixin, QueryPassage
from qualcode.project.confirm import ConfirmMixin
from qualcode.project.db_files import remove_database
from qualcode.project.doc_removal import DocumentRemovalMixin
from qualcode.project.document_sets import DocumentSetsMixin
from qualcode.project.documents import DEMO_SETTING, DocumentsMixin, read_attributes_csv
from qualcode.project.engine import SEMANTIC_MISSING
from qualcode.project.evaluate import EvaluateMixin, Evaluation
from qualcode.project.exchange import ExchangeMixin, MergeReport
from qualcode.project.export import ExportMixin
from qualcode.project.frame_files import FrameFilesMixin
from qualcode.project.frames import FramesMixin
from qualcode.project.handout import Handout, HandoutMixin
from qualcode.project.import_report import ImportReport
from qualcode.project.memo_export import MemoExportMixin
from qualcode.project.memos import MemoMixin, MemoView
from qualcode.project.one_coder import OneCoderMixin, Taken
from qualcode.project.pseudonym_names import PseudonymCandidate
from qualcode.project.pseudonym_notes import PseudonymNotesMixin
from qualcode.project.quote_import import QuoteImportMixin
from qualcode.project.quotes import QuotesMixin
from qualcode.project.reconcile import ReconcileMixin
from qualcode.project.refi_import import RefiImportMixin, RefiImportReport
from qualcode.project.reports import ReportsMixin
from qualcode.project.retrieval import Filters, Passage, RetrievalMixin, parse_filters
from qualcode.project.scope import TeamScope
from qualcode.project.score_shown import shown_score
from qualcode.project.suggest import NO_SIGNAL
from qualcode.project.summary import SummaryMixin
from qualcode.project.text_search import CodedHits, Hit, TextSearchMixin
from qualcode.project.themes import ThemeCode, ThemesMixin, ThemeView, in_vivo_name
from qualcode.project.upgrade import Upgrade, UpgradeMixin
from qualcode.project.word_frequency import WordCount, WordFrequencyMixin
from qualcode.store import Store
from qualcode.store.checked import damaged_error
from qualcode.store.settings import peek_setting

DEFAULT_PROJECT = "qualcode.db"
PROJECT_ENV = "QUALCODE_PROJECT"


def default_project_path() -> Path:
    """``$QUALCODE_PROJECT`` if set, else ``./qualcode.db``."""
    return Path(os.environ.get(PROJECT_ENV) or DEFAULT_PROJECT)


class Project(
    AccessMixin,
    DocumentsMixin,
    DocumentRemovalMixin,
    DocumentSetsMixin,
    AttributeSheetMixin,
    CodebookMixin,
    CodebookEditMixin,
    CodersMixin,
    CodingMixin,
    CodingAddMixin,
    FramesMixin,
    FrameFilesMixin,
    AgreementMixin,
    AgendaMixin,
    OneCoderMixin,
    ConfirmMixin,
    ReconcileMixin,
    ExchangeMixin,
    HandoutMixin,
    EvaluateMixin,
    ExportMixin,
    MemoExportMixin,
    ReportsMixin,
    AuditTrailMixin,
    SummaryMixin,
    RefiImportMixin,
    PseudonymNotesMixin,  # the pseudonym key, what is off it (OffKeyMixin), suggest's notes
    RetrievalMixin,
    TextSearchMixin,
    CodingQueryMixin,
    WordFrequencyMixin,
    QuotesMixin,
    MemoMixin,
    ThemesMixin,
    QuoteImportMixin,
    UpgradeMixin,
):
    """A qualcode project file and everything one can do with it."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._made_here = False  # created by this object (``create``): only such is marked
        self.upgraded = None  # what ``open`` upgraded in an older file
        self._init_access(store)

    @classmethod
    def create(cls, path: str | Path) -> Project:
        """Create a new, empty project file (owner-only permissions, WAL)."""
        require_path(path, "create: the project file")
        name = Path(path).name
        if name != name.rstrip():  # 'init "study.db "' read as study.db beside it
            raise ProjectError(
                f"{shown(name)}: the name ends in a space, so it reads as "
                f"{shown(name.rstrip())} but is another file; choose a name without it"
            )
        made = cls(Store.create(Path(path)))
        made._made_here = True
        return made

    @classmethod
    def discard_new(cls, path: str | Path) -> bool:
        """Remove a project file made a moment ago for an action that then failed (an
        import refused whole must leave nothing behind), only while it holds nothing:
        no document, code, coder or audit entry. Whether it was removed."""
        target = Path(path)
        try:
            with cls(Store.open(target)) as made:
                if not made.store.is_empty():
                    return False
        except QualcodeError:
            return False
        remove_database(target)
        return True

    @classmethod
    def open(cls, path: str | Path | None = None) -> Project:
        """Open an existing project; a missing or foreign file raises ``ProjectError``.

        It acts as the person at the keyboard (``$QUALCODE_CODER``, else the coder this
        login chose last) until ``act_as`` says otherwise: blind coding holds for scripts
        and notebooks too (project/access.py)."""
        require_path(path, "open: the project file", optional=True)
        project = cls(Store.open(Path(path) if path else default_project_path()))
        try:
            project._upgrade_documents(project._raw)  # an older file's documents, once
            project._act_as_identity()
        except BaseException:
            project.close()
            raise
        return project

    @staticmethod
    def is_demo_file(path: str | Path) -> bool:
        """True if ``path`` is a project the demo builder made, the only kind it replaces:
        read without opening it as a project, so asking never migrates or backs it up."""
        return peek_setting(Path(path), DEMO_SETTING) == "1"

    def mark_demo(self) -> None:
        """Mark this project as the bundled demo, so that rebuilding the demo may replace it
        (and nothing else: a study's project file never carries this mark).

        Only a project this object created is marked: karin, a coder, opened the team's
        study from Python and marked it, and the next `qualcode demo` aimed at it deleted
        the study to build the demo (red team 6)."""
        if not self._made_here:
            raise ValidationError(
                f"{self.store.path or 'this project'}: only a project just created by the "
                "demo builder is marked as the demo; an existing one never is"
            )
        with self._raw.transaction():
            self._raw.settings.put(DEMO_SETTING, "1")

    @classmethod
    def memory(cls) -> Project:
        """A project that lives in memory only: for tests and quick experiments."""
        return cls(Store.memory())

    @property
    def path(self) -> Path | None:
        return self.store.path

    def close(self) -> None:
        self._raw.close()

    def __enter__(self) -> Project:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


guard_doors(Project)  # every public method checks a notebook's arguments (api_doors.py)


__all__ = [
    "NO_SIGNAL",
    "SEMANTIC_MISSING",
    "AgreementReport",
    "AgreementRow",
    "BlindError",
    "CaseView",
    "CodebookReport",
    "Coded",
    "CodedHits",
    "Evaluation",
    "Filters",
    "Handout",
    "Hit",
    "ImportReport",
    "MemoView",
    "MergeReport",
    "Passage",
    "Project",
    "PseudonymCandidate",
    "QueryPassage",
    "RefiImportReport",
    "Taken",
    "TeamScope",
    "ThemeCode",
    "ThemeView",
    "TrailEntry",
    "TrailWords",
    "Upgrade",
    "WordCount",
    "check_span",
    "damaged_error",
    "default_project_path",
    "filter_trail",
    "in_vivo_name",
    "methods_paragraph",
    "parse_filters",
    "read_attributes_csv",
    "shown_score",
]
