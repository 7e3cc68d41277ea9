"""The reconcile screen (lead only): every coder's version of a case, the discussion, a verdict.

One case is one passage, with every counted coder's version side by side (three from 120
columns, two at 80, ``v`` cycling to the others), each pane naming its coder and the
codes they gave. The lead moves through the cases with ``j``/``k`` (or the arrows), narrows
them by code, document and kind (``f``, ``d``, ``t`` cycle each filter; shifted,
backwards), reads the discussion under the versions
(the decision in force with its rationale and who took part, earlier decisions, the
comments with author and time), adds comments (``c``; "johan: ..." records what johan
said), and decides with a key and a rationale: ``1``-``9`` take that coder's version,
``u`` the union, ``i`` the intersection, ``x`` rejects, ``s`` takes a span the lead marks;
``o`` reopens a decision. Everything goes through ``Project``, as the CLI does.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.widgets import DataTable, Header, Input, Static

from qualcode.errors import QualcodeError
from qualcode.model import Unit
from qualcode.project import CaseView
from qualcode.tui.keys import localize_bindings
from qualcode.tui.labels import (
    cut_words,
    distinct_labels,
    elide,
    names_by_key,
    several_codes,
    verdict_words,
    word_names,
)
from qualcode.tui.safe import literal
from qualcode.tui.said import said
from qualcode.tui.screens.base import QualcodeScreen
from qualcode.tui.screens.reconcile_agreement import AgreementLine
from qualcode.tui.screens.reconcile_columns import (
    CasesTable,
    drop_document,
    passage_beside,
    table_rooms,
)
from qualcode.tui.screens.reconcile_panes import ORDINALS, PANES, VersionPanes
from qualcode.tui.screens.reconcile_prompts import VerdictPrompts
from qualcode.tui.widgets.footer import KeysFooter

KINDS = ("presence", "code", "boundary")
FILTERS = ("code", "document", "kind")
CODE_COLUMN = 36  # characters of the cases table's code column
WIDE = 96  # the most a code cell takes on a wide terminal, beside whole document names
SPAN_LABEL = 18  # characters of a code's name before its span, in a version of two codes


# the actions of the priority bindings that open the line under the versions
TYPED_AHEAD = frozenset({"verdict", "mark_span", "comment", "reopen"})


class ReconcileScreen(AgreementLine, VerdictPrompts, VersionPanes, QualcodeScreen[None]):
    # the keys that open the line under the versions have priority: they run as the key
    # arrives, so the rationale or comment typed straight after reaches the line (as
    # ordinary bindings the table got the words first: "d" and "k" filtered the cases);
    # in the line itself they are letters (check_action)
    BINDINGS: ClassVar[list[BindingType]] = [
        *(
            Binding(
                str(n),
                f"verdict('accept:{n}')",
                f"Coder {n}",
                show=False,  # each pane's heading names its key: "[1] johan"
                id=f"reconcile.accept_{ORDINALS[n - 1]}",
                priority=True,
            )
            for n in range(1, 10)
        ),
        Binding("u", "verdict('union')", "Union", id="reconcile.union", priority=True),
        Binding(
            "i",
            "verdict('intersection')",
            "Intersection",
            id="reconcile.intersection",
            priority=True,
        ),
        Binding("x", "verdict('reject')", "Reject", id="reconcile.reject", priority=True),
        Binding("s", "mark_span", "Span", show=False, id="reconcile.span", priority=True),
        Binding("c", "comment", "Comment", id="reconcile.comment", priority=True),
        Binding("o", "reopen", "Reopen", show=False, id="reconcile.reopen", priority=True),
        Binding("C", "confirm_agreements", "Confirm", show=False, id="reconcile.confirm"),
        Binding("O", "take_one_coder", "One coder", show=False, id="reconcile.take_one"),
        Binding("v", "next_versions", "Versions", show=False, id="reconcile.versions"),
        Binding("f", "cycle('code', 1)", "Code", show=False, id="reconcile.filter_code"),
        Binding(
            "d", "cycle('document', 1)", "Document", show=False, id="reconcile.filter_document"
        ),
        # t (type of disagreement), not k: k moves up the cases, as in every other list
        Binding("t", "cycle('kind', 1)", "Kind", show=False, id="reconcile.filter_kind"),
        Binding("F", "cycle('code', -1)", "", show=False, id="reconcile.filter_code_back"),
        Binding("D", "cycle('document', -1)", "", show=False, id="reconcile.filter_document_back"),
        Binding("T", "cycle('kind', -1)", "", show=False, id="reconcile.filter_kind_back"),
        Binding("q,escape", "back", "Back", id="reconcile.back"),
    ]

    def __init__(
        self,
        document: str | None = None,
        doc_set: str | None = None,
        keep: ReconcileScreen | None = None,
    ) -> None:
        """``keep``: the screen this one replaces in another interface language (L), whose
        team, filters, case and versions in view it opens on."""
        super().__init__()
        localize_bindings(self, self.app.t)
        self._opened_on = document  # the document in view when R was pressed: shown first
        # the document set the documents list showed when R was pressed: its cases only,
        # as `reconcile list --set` (R opened every document's cases, eyes20)
        self.doc_set = doc_set
        self.every: list[CaseView] = []  # all open and decided disagreements
        self.views: list[CaseView] = []  # those the filters let through, in table order
        self.coders: list[str] = []
        # the coders counted: None, the project's team; else those who finished the
        # document R was pressed on, when the team never finished it together (eyes17)
        self.team: list[str] | None = None
        self.chosen_seen = self.app.team  # on_screen_resume: chosen anew on the reports
        # the documents in view when those are that document's finishers: it alone, so no
        # other document counts them instead of the coders who finished it (lead33)
        self.docs: list[str] | None = None
        self.scope = ""
        self.none_why = ""  # why there are no cases when no document counts (why_none)
        self.unconfirmed = 0  # agreed passages not in the consensus yet (C confirms them)
        self.names: dict[str, str] = {}
        self.filters: dict[str, str | None] = dict.fromkeys(FILTERS)
        self.code_names: dict[str, str] = {}  # key -> name in the interface language
        self.code_short: dict[str, str] = {}  # key -> name in the code column
        self.span_labels: dict[str, str] = {}  # key -> name before its span in a version
        self.first_pane = 0  # the first coder shown when not all fit side by side
        self.pending_verdict: str | None = None
        self.prompting = ""  # what the input is asking for: verdict, span or comment
        self._docs: dict[str, tuple[str, list[Unit]]] = {}  # text and units, per document
        self._keys: dict[str, str] = {}  # binding id -> "[key]" for the filter line
        self.kept = keep is not None
        self._row = 0  # the case the cursor opens on
        if keep is not None:  # L rebuilt the screen: the lead's place stays (eyes40)
            self.doc_set, self.team, self.docs = keep.doc_set, keep.team, keep.docs
            self.filters = dict(keep.filters)
            self.first_pane = keep.first_pane
            self._row = keep.query_one(DataTable).cursor_row

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="reconcile-filter")
        yield CasesTable(id="cases", cursor_type="row", zebra_stripes=True)
        with Horizontal(id="versions"):
            for n in range(PANES):
                yield Static(id=f"pane{n}", classes="version")
        yield Static(id="discussion")
        yield Static(id="agreement")
        yield Input(id="rationale", classes="hidden")
        yield KeysFooter()

    def on_mount(self) -> None:
        self.title = self.app.t("rc_title")
        if self.kept:
            pass  # the team and documents of the screen it replaces, said there already
        elif self.app.team:  # the coders the lead chose on the reports screen (`t`) count
            self.team = list(self.app.team)
            self.notify(self.app.t("rc_team_chosen", names=", ".join(self.team)))
        else:
            self.team = self.team_of(self._opened_on)
            if self.team is not None and self._opened_on is not None:
                self.docs = [self._opened_on]
        localize_bindings(self.query_one(CasesTable), self.app.t)
        self.reload(self._row)
        if not self.kept:  # on the first case still open: it opened on a decided one (eyes44)
            self.on_to_open(-1)
        self.query_one(DataTable).focus()

    def reload(self, row: int = 0) -> None:
        """Read the cases (with decisions and discussion) again, then apply the filters."""
        project = self.app.project
        try:
            # first: a blind coder is refused them
            self.every = project.cases(self.team, self.docs, doc_set=self.doc_set)
            self.unconfirmed = self.unconfirmed_in_view()
            scope = project.team_scope(self.team, self.docs, doc_set=self.doc_set)
            self.scope = self.app.t(
                "rc_counted",
                coders=len(scope.coders),
                docs=len(scope.documents),
                total=scope.total_documents,
            )
            if self.doc_set is not None:
                self.scope += " · " + self.app.t("sets_shown", name=self.doc_set)
            self.scope += self.narrowed(scope)  # a late coder's few finished documents
            self.none_why = self.why_none(scope)
        except QualcodeError as exc:  # fewer than two coders: the message says how to choose
            self.every, self.scope, self.none_why = [], "", ""
            self.notify(said(exc, self.app.t, "reconcile"), severity="error", timeout=10)
        self.coders = list(self.every[0].case.versions) if self.every else []
        self.names = {d.id: d.name for d in project.documents()}
        self.code_names = names_by_key(project.codebook(include_deleted=True), self.app.t.lang)
        self.code_short = word_names(self.code_names, CODE_COLUMN)
        # a version of two codes names each span by its code, as the margin does
        self.span_labels = distinct_labels(self.code_names, SPAN_LABEL)
        # documents by name (as the documents screen lists them), cases in reading order
        self.every.sort(key=lambda v: (self.names.get(v.case.document_id, ""), v.case.start))
        opened, self._opened_on = self._opened_on, None  # once: d cycles on from there
        if opened and any(v.case.document_id == opened for v in self.every):
            self.filters["document"] = opened
        self.show(row)

    def set_docs(self) -> list[str] | None:
        """The documents in view (None: every document): the one opened on when it alone
        is, else the shown set's, for the calls that take ids; ``[]`` for a set of none,
        which the service refuses (never "every document"): callers check it (empty48)."""
        if self.docs is not None:
            return self.docs
        members = self.app.project.set_members(self.doc_set)
        return None if members is None else sorted(members)

    def choices(self, name: str) -> list[str]:
        """The values filter ``name`` cycles through: those some case has under the other
        filters, so cycling never lands on an empty list."""
        others = [v.case for v in self.every if self.passes(v, skip=name)]
        if name == "code":
            return sorted({code for c in others for code in c.codes})
        if name == "document":
            return sorted({c.document_id for c in others}, key=lambda i: self.names.get(i, i))
        return [k for k in KINDS if any(c.kind == k for c in others)]

    def passes(self, view: CaseView, skip: str = "") -> bool:
        """Whether every filter (but ``skip``) lets ``view`` through."""
        case = view.case
        checks = {
            "code": lambda want: want in case.codes,
            "document": lambda want: case.document_id == want,
            "kind": lambda want: case.kind == want,
        }
        return all(
            want is None or checks[name](want)
            for name, want in self.filters.items()
            if name != skip
        )

    def show(self, row: int = 0) -> None:
        """Fill the table with the cases the filters let through; the cursor on ``row``."""
        t = self.app.t
        self.views = [v for v in self.every if self.passes(v)]
        table = self.query_one(DataTable)
        table.clear(columns=True)
        # the talk count before the verdict, whose words vary in length: a long verdict
        # ("karin's version") pushed the count past the right edge, out of view
        headers: tuple[str, ...] = (
            t("rc_code"),
            t("rc_kind"),
            t("rc_document"),
            t("rc_talk"),
            t("rc_verdict"),
        )
        verdicts = [
            (verdict_words(v.verdict, t, self.code_names) if v.verdict else "")
            + (" ⚠" if v.stale else "")
            for v in self.views
        ]
        kinds = [t(f"rc_kind.{k}") for k in KINDS]
        others = (max(map(len, [headers[1], *kinds])), len(headers[3]))
        width, said = self.size.width or self.app.size.width, [headers[4], *verdicts]
        self.query_one(CasesTable).laid_for = width
        longest = max(
            (len(several_codes(v.case.codes, self.code_names, WIDE)) for v in self.views),
            default=0,
        )
        named = max((len(self.names.get(v.case.document_id, "?")) for v in self.views), default=0)
        single = max(
            (len(self.code_name(v.case.codes[0])) for v in self.views if len(v.case.codes) == 1),
            default=0,
        )
        wide = (longest, single, max(named, len(headers[2])))
        codes, room, passage = table_rooms(width, others, said, CODE_COLUMN, wide)
        one = self.filters["document"] is not None  # named on the filter line above
        passage = passage_beside(room, passage) if one else passage
        if passage:  # each case's first words
            headers = (*headers[:3], t("rc_passage"), *headers[3:])
        table.add_columns(*drop_document(headers, one))
        self.code_short = word_names(self.code_names, codes)  # 80 columns: names give way
        for i, (view, verdict) in enumerate(zip(self.views, verdicts, strict=True)):
            case = view.case
            label = self.codes_cell(case.codes, codes)
            cells = [  # names as Text: DataTable reads plain strings as markup
                literal(label),
                t(f"rc_kind.{case.kind}"),
                literal(elide(self.names.get(case.document_id, "?"), room)),
                str(len(view.comments) or ""),
                verdict,
            ]
            if passage:
                text = self._document(case.document_id)[0]
                words = " ".join(text[case.start : case.end].split())
                cells.insert(3, literal(cut_words(words, passage)))
            table.add_row(*drop_document(cells, one), key=str(i))
        if self.views:
            table.move_cursor(row=min(row, len(self.views) - 1))
        code, doc, kind = (self.filters[f] for f in FILTERS)
        line = t(
            "rc_filter",
            code=self.code_name(code) if code else t("rc_all"),
            document=self.names.get(doc, doc) if doc else t("rc_all"),
            kind=t(f"rc_kind.{kind}") if kind else t("rc_all"),
            f=self.key_of("reconcile.filter_code"),
            d=self.key_of("reconcile.filter_document"),
            k=self.key_of("reconcile.filter_kind"),
            n=len(self.views),
            total=len(self.every),
            decided=sum(1 for v in self.views if v.verdict),
        )
        if self.scope:
            line += " · " + self.scope
        if self.unconfirmed:  # else deciding every case left the agreed passages out
            line += " · " + t(
                "rc_unconfirmed", n=self.unconfirmed, key=self.key_of("reconcile.confirm")
            )
        # plain text: document names and "[f]" are not markup
        self.query_one("#reconcile-filter", Static).update(Text(line))
        self._show()

    def code_name(self, key: str) -> str:
        """A code's name in the interface language, as the lead reads it; the key only for
        a code the codebook no longer knows."""
        return self.code_names.get(key, key)

    def codes_label(self, keys: Sequence[str], between: str = ", ") -> str:
        return between.join(self.code_name(k) for k in keys)

    def codes_cell(self, keys: Sequence[str], width: int) -> str:
        """The case's codes in ``width`` characters (``labels.several_codes``): a case of
        two codes never shows only the first, and each stays a word the lead knows."""
        if len(keys) == 1:
            return self.code_short.get(keys[0], keys[0])
        return several_codes(keys, self.code_names, width)

    def key_of(self, binding_id: str) -> str:
        """The key bound to ``binding_id`` now (a keymap file may have moved it), for the
        filter line and the pane headings, which name keys the footer leaves out."""
        if binding_id not in self._keys:  # looked up while the table, not an Input, has focus
            for key, active in self.active_bindings.items():  # the keymap already applied
                if active.binding.id == binding_id:
                    self._keys[binding_id] = f"[{self.app.get_key_display(Binding(key, ''))}]"
        return self._keys.get(binding_id, "")

    def action_cycle(self, name: str, step: int) -> None:
        """The next (or previous) value of one filter; "all" sits between the last and first."""
        options: list[str | None] = [None, *self.choices(name)]
        current = self.filters[name]
        at = options.index(current) if current in options else 0
        self.filters[name] = options[(at + step) % len(options)]
        self.show()

    def _current(self) -> CaseView | None:
        table = self.query_one(DataTable)
        if not self.views or table.cursor_row is None or table.cursor_row >= len(self.views):
            return None
        return self.views[table.cursor_row]

    @on(DataTable.RowHighlighted)
    def _highlighted(self) -> None:
        self.show_differing_versions()  # a new case: its differing versions in view
        self._show()

    def on_resize(self) -> None:
        """The table cut again for a new width (narrowed from 110 columns to 80, its
        verdicts stayed past the edge: tui46), then the panes and context fit it."""
        table = self.query_one(CasesTable)
        if table.laid_for not in (0, self.size.width):
            self.show(table.cursor_row)
        self.call_after_refresh(self._show)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """In the line under the versions the keys that open it are letters to type."""
        return action not in TYPED_AHEAD or not isinstance(self.focused, Input)

    @on(Input.Submitted, "#rationale")
    def _submitted(self, event: Input.Submitted) -> None:
        self.submit_prompt(event)

    def action_back(self) -> None:
        prompt = self.query_one("#rationale", Input)
        if not prompt.has_class("hidden"):
            if self.keep_typed():
                kept = self.app.t("rc_words_kept")
                self.notify(kept[:1].upper() + kept[1:])
            prompt.add_class("hidden")
            self.prompting = ""
            self.query_one(DataTable).focus()
            return
        self.app.pop_screen()
