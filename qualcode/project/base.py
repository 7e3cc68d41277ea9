"""What every part of the service API shares: the store it works on, and who acts."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from qualcode.errors import ValidationError
from qualcode.model import (
    AuditEntry,
    Code,
    Codebook,
    Coder,
    CodeSpec,
    Coding,
    DocumentSummary,
    Memo,
    Suggestion,
    Turn,
    Unit,
)
from qualcode.oneline import shown
from qualcode.project.api_arguments import require_filter, require_text
from qualcode.store import Store

if TYPE_CHECKING:
    import pandas as pd

    from qualcode.agreement.report import AgreementReport
    from qualcode.export.pseudonyms import Key
    from qualcode.project.codebook import CodebookReport
    from qualcode.project.coding_add import Coded
    from qualcode.project.coding_query import QueryPassage
    from qualcode.project.doc_checks import AttributeLooks
    from qualcode.project.memos import MemoView
    from qualcode.project.retrieval import Passage
    from qualcode.project.scope import TeamScope


class Service:
    """Base of the ``Project`` mixins: each part reaches storage only through ``store``.

    ``store`` is the acting person's view of the project file (see ``access.py``): while
    blind coding holds, a coder's reads through it hold only their own work.
    """

    store: Store

    def codable_id(self, key: str) -> str:
        """The id of a live code a passage may be coded with: a theme groups codes and is
        never coded itself, from any face (TUI, CLI, API, imports)."""
        code_id = self.store.codes.id_for_key(key)
        if self.store.codes.is_theme(code_id):
            raise ValidationError(
                f"{key!r} is a theme: themes group codes and are not coded; "
                "code with one of its codes"
            )
        return code_id

    def set_members(self, name: str | None) -> frozenset[str] | None:
        """The ids of the live documents in the document set ``name`` (None: no set
        chosen, every document): the one way a search, query, count, agreement or export
        narrows to a set, so each reads a set alike. An unknown set is a one-line error."""
        require_text(name, "doc_set: the document set's name", optional=True)
        if name is None:
            return None
        return frozenset(self.store.document_sets.get(name).documents)

    def chosen_documents(
        self, docs: Sequence[str] | None, doc_set: str | None = None
    ) -> frozenset[str] | None:
        """The ids of the documents named (``--docs``: ids, names or prefixes), None when
        none are named; an unknown name is the store's one-line error, and one outside the
        set ``doc_set`` is refused (counted as none, the report was a table of nothing).
        An empty list is refused too (``require_filter``): it is what a notebook's filter
        that matched nobody hands over, and read as no filter, an export of "nothing"
        exported the whole study (empty48)."""
        require_filter(docs, "docs")  # None passes: no filter
        return self._named(docs, doc_set)

    def _named(self, docs: Sequence[str] | None, doc_set: str | None) -> frozenset[str] | None:
        """``chosen_documents`` on a path that refused ``[]`` at its door (one check a path)."""
        if docs is None:
            return None
        wanted = frozenset(self.store.documents.resolve(d) for d in docs)
        in_set = self.set_members(doc_set)
        if in_set is not None and (outside := sorted(wanted - in_set)):
            name = self.store.documents.get(outside[0]).name
            raise ValidationError(f"{shown(name)} is not in the set {shown(doc_set or '')}")
        return wanted

    def documents_in_view(
        self, docs: Sequence[str] | None, doc_set: str | None = None
    ) -> frozenset[str] | None:
        """The ids of the documents a report covers: those named (``chosen_documents``),
        else the set's (``set_members``), else None for every document."""
        chosen = self.chosen_documents(docs, doc_set)
        return chosen if chosen is not None else self.set_members(doc_set)

    def require_lead(self, what: str, key: str = "") -> None:
        """Refuse ``what`` to anyone but a lead while blind coding holds (``AccessMixin``)."""
        raise NotImplementedError

    def at_keyboard(self) -> Coder | None:
        """Who is at the keyboard: a lead acting for a coder, else who acts (``AccessMixin``)."""
        raise NotImplementedError

    def acting_name(self, given: str | None = None) -> str:
        """The name an audit entry records: ``given``, else who acts (``AccessMixin``)."""
        raise NotImplementedError

    def act_as(
        self, name: str | None, identity: str | object | None = None, *, said_by: str = ""
    ) -> Any:
        """Act as the coder ``name`` from now on (``AccessMixin``)."""
        raise NotImplementedError

    def require_lead_act(self, what: str, key: str = "") -> None:
        """Refuse an act only a lead may do, to anyone else (``AccessMixin``)."""
        raise NotImplementedError

    def may_act_as(self, name: str, me: str | None, *, said_by: str = "") -> Coder | None:
        """Refuse unless the person at the keyboard may act as ``name`` (``AccessMixin``)."""
        raise NotImplementedError

    def _owns_file(self) -> bool:
        """Does this login own the project file, as whoever made it does (``AccessMixin``)?"""
        raise NotImplementedError

    def check_leads_brought(self, names: list[str], file: str) -> None:
        """Refuse new leads a file would bring to anyone ``add_coder`` refuses them to
        (``CodersMixin``)."""
        raise NotImplementedError

    def require_lead_or(
        self, owner: str | None, what: str, key: str = "", **values: object
    ) -> None:
        """Refuse ``what`` to anyone but a lead and ``owner`` (``AccessMixin``)."""
        raise NotImplementedError

    def require_self(self, coder: str, what: str) -> None:
        """Refuse a coder acting as someone else, blind or not (``AccessMixin``)."""
        raise NotImplementedError

    def check_remember(self, login_name: str, name: str) -> None:
        """Refuse remembering a login's choice that is not this login's to make
        (``AccessMixin``)."""
        raise NotImplementedError

    def person(self, name: str, what: str) -> Coder:
        """The coder ``name`` names, refused if it is not who acts (``AccessMixin``)."""
        raise NotImplementedError

    def suggestions_owner(self) -> str | None:
        """The coder whose own engine's pending suggestions are shown (``AccessMixin``)."""
        raise NotImplementedError

    def suggestions(
        self, doc: str | None = None, status: str | None = "pending"
    ) -> list[Suggestion]:
        """Stored suggestions as the acting person lists them (``DecisionsMixin``)."""
        raise NotImplementedError

    def shows_pending(self, suggestion: Suggestion) -> bool:
        """Whether the acting person lists this suggestion (``AccessMixin``)."""
        raise NotImplementedError

    def restricted_to(self) -> Coder | None:
        """The coder whose own work is all that reads show now, if blind coding limits them."""
        raise NotImplementedError

    def reads_only(self, viewer: str | None, what: str = "read codings") -> Coder | None:
        """The one person whose work ``viewer`` may read, None for everyone's (``AccessMixin``)."""
        raise NotImplementedError

    def changes_only(self, person: str) -> Coder | None:
        """The one person whose codings ``person`` may change, None for anyone's
        (``AccessMixin``)."""
        raise NotImplementedError

    if TYPE_CHECKING:
        # Parts of the service that other mixins call; each is defined by the mixin named.
        # Declared for the type checker only, so that no mixin needs a `type: ignore` and
        # ``Project``'s method order stays the only one at run time.

        def documents(
            self, doc_set: str | None = None
        ) -> list[DocumentSummary]: ...  # DocumentsMixin

        def turns(self, ref: str) -> list[Turn]: ...  # DocumentsMixin

        def units(self, ref: str) -> list[Unit]: ...  # DocumentsMixin

        def document_texts(self, doc_ids: Iterable[str]) -> dict[str, str]: ...  # CodingMixin

        def codebook(self, include_deleted: bool = False) -> list[Code]: ...  # CodebookMixin

        def codebook_specs(self) -> list[CodeSpec]: ...  # CodebookMixin

        def memo_list(  # MemoMixin
            self, viewer: str, search: str = "", *, doc: str | None = None
        ) -> list[MemoView]: ...

        def memos(  # MemoMixin
            self, target_kind: str | None = None, target_id: str | None = None
        ) -> list[Memo]: ...

        def memo_views(self, memos: list[Memo]) -> list[MemoView]: ...  # MemoMixin

        def apply_codebook(  # CodebookMixin
            self, codebook: Codebook, actor: str = "qualcode", source: str = "api"
        ) -> CodebookReport: ...

        def frames(self, layer: str | None = None) -> dict[str, pd.DataFrame]: ...  # FramesMixin

        def turns_frame(self, doc_ids: list[str] | None = None) -> pd.DataFrame: ...  # FramesMixin

        def audit(  # ReportsMixin
            self,
            action: str | None = None,
            actor: str | None = None,
            *,
            real_names: bool = False,
            viewer: str | None = None,
        ) -> list[AuditEntry]: ...

        def _audit_kept(  # ReportsMixin
            self, action: str | None, actor: str | None
        ) -> Callable[[AuditEntry], bool]: ...

        def pseudonym_key(  # PseudonymMixin
            self,
            real_names: bool = False,
            viewer: str | None = None,
            lang: str | None = None,
            *,
            as_stored: bool = False,
        ) -> Key: ...

        def participant_numbers(self) -> dict[str, int]: ...  # PseudonymMixin
        def speaker_pseudonyms(self) -> dict[str, dict[str, str]]: ...  # PseudonymMixin
        def interviewer_labels(self) -> dict[str, set[str]]: ...  # SpeakerPseudonymsMixin

        def query_codings(  # CodingQueryMixin
            self,
            with_all: Sequence[str],
            viewer: str | None = None,
            *,
            without: Sequence[str] = (),
            coder: str | Collection[str] | None = None,
            layer: str | None = None,
            attributes: Mapping[str, str | Collection[str]] | None = None,
            doc_set: str | None = None,
        ) -> list[QueryPassage]: ...

        def team_scope(  # ScopeMixin
            self,
            coders: Sequence[str] | None = None,
            docs: Sequence[str] | None = None,
            *,
            minimum: int = 2,
            doc_set: str | None = None,
        ) -> TeamScope: ...

        def open_cases(  # CasesMixin
            self, coders: Sequence[str] | None = None, docs: Sequence[str] | None = None
        ) -> int | None: ...

        def unconfirmed_agreements(  # ConfirmMixin
            self, coders: Sequence[str] | None = None, docs: Sequence[str] | None = None
        ) -> int | None: ...

        def still_open(  # CasesMixin
            self, coders: Sequence[str] | None = None, docs: Sequence[str] | None = None
        ) -> tuple[int | None, int | None]: ...

        def cases_counted(  # CasesMixin
            self, coders: Sequence[str] | None = None, docs: Sequence[str] | None = None
        ) -> tuple[int, int, int] | None: ...

        def agreement(  # AgreementMixin
            self,
            coders: Sequence[str] | None = None,
            codes: Sequence[str] | None = None,
            docs: Sequence[str] | None = None,
            *,
            layer: str = "coder",
            bootstrap: int = ...,
            seed: int = ...,
            real_names: bool = False,
            viewer: str | None = None,
            doc_set: str | None = None,
            lang: str | None = None,
            by_document: bool = True,
        ) -> AgreementReport: ...

        def agreement_refusal(  # AgreementMixin
            self,
            coders: Sequence[str] | None = None,
            docs: Sequence[str] | None = None,
            *,
            doc_set: str | None = None,
        ) -> None: ...

        def respondents(self) -> dict[str, str | None]: ...  # PseudonymMixin

        def add_code(  # CodebookEditMixin
            self,
            key: str,
            names: Mapping[str, str],
            definitions: Mapping[str, str] | None = None,
            parent: str | None = None,
            *,
            actor: str = "qualcode",
            **fields: Any,
        ) -> Code: ...

        def delete_code(
            self, key: str, *, actor: str = "qualcode"
        ) -> Code: ...  # CodebookEditMixin

        def _new_code(  # CodebookEditMixin
            self,
            key: str,
            names: Mapping[str, str],
            definitions: Mapping[str, str] | None = None,
            parent: str | None = None,
            *,
            actor: str = "qualcode",
            proposal: bool = False,
            **fields: Any,
        ) -> Code: ...

        def _drop_code(self, key: str, *, actor: str = "qualcode") -> Code: ...  # CodebookEditMixin

        def move_code(  # CodebookEditMixin
            self, key: str, new_parent: str | None, *, actor: str = "qualcode"
        ) -> Code: ...

        def add_coding(  # CodingMixin
            self,
            doc: str,
            start: int,
            end: int,
            code: str,
            coder: str,
            *,
            memo: str | None = None,
            layer: str = "coder",
            origin: str = "manual",
        ) -> Coding: ...

        def code_passage(  # CodingAddMixin
            self,
            doc: str,
            start: int,
            end: int,
            code: str,
            coder: str,
            *,
            memo: str | None = None,
            layer: str = "coder",
            origin: str = "manual",
            join: bool = True,
        ) -> Coded: ...

        def remove_coding(self, ref: str, actor: str = "qualcode") -> Coding: ...  # CodingMixin

        def restore_coding(self, ref: str, actor: str = "qualcode") -> Coding: ...  # CodingMixin

        def set_attributes(  # DocumentsMixin
            self,
            ref: str,
            attributes: Mapping[str, str],
            actor: str = "qualcode",
            *,
            looks: AttributeLooks | None = None,
        ) -> None: ...

        def codings(  # CodingMixin
            self,
            doc: str | None = None,
            coder: str | None = None,
            *,
            code: str | None = None,
            layer: str | None = None,
            include_deleted: bool = False,
            viewer: str | None = None,
        ) -> list[Coding]: ...

        def retrieve(  # RetrievalMixin
            self,
            code: str,
            viewer: str | None = None,
            *,
            coder: str | Collection[str] | None = None,
            layer: str | None = None,
            attributes: Mapping[str, str | Collection[str]] | None = None,
            children: bool = False,
        ) -> list[Passage]: ...
