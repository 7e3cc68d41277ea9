"""The disagreement cases as the team sees them: each with the decision in force, the
discussion beside it and the decisions it replaced, found by id, and commented on.

Kept apart from ``reconcile.py``, which writes decisions: listing and discussing a case
never changes the consensus layer (a comment adds a row beside the case, nothing more).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass

from qualcode.errors import NotFoundError, ValidationError
from qualcode.oneline import check_free_text, shown
from qualcode.project.case_counts import CaseCountsMixin, decision_on, is_stale
from qualcode.reconcile import KINDS, Case, find_cases
from qualcode.reconcile.cases import case_id as passage_id
from qualcode.store.comments import CommentRow
from qualcode.store.decisions import DecisionRow


@dataclass(frozen=True, slots=True)
class CaseView:
    """A case with the decision in force on it, if any, its discussion and past decisions."""

    case: Case
    verdict: str | None = None
    rationale: str | None = None
    decided_by: str | None = None
    decided_at: str | None = None
    participants: tuple[str, ...] = ()
    stale: bool = False  # a coder's version changed since the decision
    comments: tuple[CommentRow, ...] = ()
    history: tuple[DecisionRow, ...] = ()  # superseded decisions, oldest first
    decision: str | None = None  # the id of the decision in force

    @property
    def open(self) -> bool:
        return self.verdict is None or self.stale

    @property
    def stamp(self) -> str:
        """The case as read, in ten letters and digits: `reconcile list` prints it, and
        `decide --seen` and the TUI give it back. It holds the coders' versions and the
        decision in force on them, so that a decision made or taken back since the lead
        read the case is refused, as a coder's change is, instead of being replaced by a
        decision on a case she saw undecided."""
        return case_stamp(self.case.digest, self.decision)

    @property
    def discussed_with(self) -> tuple[str, ...]:
        """The others in the discussion: the lead who decided is named as such, and "by
        lena with lena, karin" read as if she had talked it through with herself."""
        return tuple(p for p in self.participants if p != self.decided_by)


class CasesMixin(CaseCountsMixin):
    """The cases listed, found and discussed; ``ReconcileMixin`` decides them."""

    def cases(
        self,
        coders: Sequence[str] | None = None,
        docs: Sequence[str] | None = None,
        *,
        include_agreements: bool = False,
        codes: Sequence[str] | None = None,
        kinds: Sequence[str] | None = None,
        open_only: bool = False,
        all_documents: bool = False,
        doc_set: str | None = None,
    ) -> list[CaseView]:
        """The counted coders' segments aligned into cases (one per passage), each with its
        decision, comments and history.

        Coders and documents follow ``team_scope`` (``all_documents`` looks everywhere, to
        find a case by id). ``codes`` keeps cases where any coder gave one of the codes;
        ``kinds`` keeps those kinds; ``open_only`` the undecided and the stale; ``doc_set``
        counts within that document set, by the same rule.
        """
        self.require_lead("the disagreement cases")
        scope = self.team_scope(coders, docs, doc_set=doc_set)
        for key in codes or ():
            self.store.codes.id_for_key(key)  # an unknown code is an error, not "no cases"
        unknown = set(kinds or ()) - set(KINDS)
        if unknown:
            raise ValidationError(
                f"unknown case kind {sorted(unknown)[0]!r}; use presence, code or boundary"
            )
        doc_ids = None if all_documents else list(scope.documents)
        codings = self.store.codings.list(document_ids=doc_ids, layer="coder")
        docs_seen = doc_ids if doc_ids is not None else {c.document_id for c in codings}
        why = self._absences(scope.coders, list(docs_seen), coders is None, codings)
        absent = {name: set(gaps) for name, gaps in why.items()}
        found = find_cases(codings, scope.coders, absent)
        decided = self.decisions_in_force()  # by id; by extent for older case ids
        past: dict[object, list[DecisionRow]] = {}
        for old in self.store.decisions.all():
            if old.superseded_at:
                past.setdefault(old.case_id, []).append(old)
                if old.case_id != passage_id(old.document_id, old.start, old.end):
                    past.setdefault((old.document_id, old.start, old.end), []).append(old)
        talk = attach_comments(found, self.store.comments.list(doc_ids))
        views = []
        for case in found:
            if case.kind == "agreement" and not include_agreements:
                continue
            if codes and not set(codes) & set(case.codes):
                continue
            if kinds and case.kind not in kinds:
                continue
            extent = (case.document_id, case.start, case.end)
            d = decision_on(case, decided)
            view = CaseView(
                case,
                comments=tuple(talk.get(case.id, ())),
                history=tuple(past.get(case.id, ()) or past.get(extent, ())),
            )
            if d:
                view = CaseView(
                    case,
                    d.verdict,
                    d.rationale,
                    d.decided_by,
                    d.decided_at,
                    d.participants,
                    is_stale(d, case),
                    view.comments,
                    view.history,
                    d.id,
                )
            if open_only and not view.open:
                continue
            views.append(view)
        return views

    def not_in_cases(
        self,
        coders: Sequence[str] | None = None,
        docs: Sequence[str] | None = None,
        *,
        doc_set: str | None = None,
    ) -> dict[str, dict[str, str]]:
        """Of the coders a case list counts, who is no version on which document (by
        name) and why: `reconcile list --doc` said "Counted: 4 coders" over cases that
        held two versions, mira never having started the document and omar half-way
        through it (lead33)."""
        self.require_lead("the disagreement cases")
        scope = self.team_scope(coders, docs, doc_set=doc_set)
        why = self._absences(scope.coders, list(scope.documents), coders is None)
        names = {d.id: d.name for d in self.store.documents.summaries()}
        return {
            name: {
                names.get(d, d): reason
                for d, reason in sorted(gaps.items(), key=lambda gap: names.get(gap[0], gap[0]))
            }
            for name, gaps in why.items()
            if gaps
        }

    def open_cases(
        self, coders: Sequence[str] | None = None, docs: Sequence[str] | None = None
    ) -> int | None:
        """How many disagreement cases are still undecided (or changed since their
        decision), among ``coders`` in ``docs`` (default: the team's scope); None when there
        are none to count (too few coders, or not a lead). A report on the consensus must
        say what it does not cover yet."""
        return self.still_open(coders, docs)[0]

    def case(self, case_id: str, coders: Sequence[str] | None = None) -> CaseView:
        """One case by id or unique prefix, found in any document."""
        if not case_id.strip():
            raise ValidationError("give a case id", action="list_cases")
        named = [c.name for c in self.store.coders.list()]
        try:
            every = self.cases(coders, include_agreements=True, all_documents=True)
        except ValidationError:  # the default scope has fewer than two coders just now
            every = self.cases(named, include_agreements=True, all_documents=True)
        matches = [v for v in every if v.case.id.startswith(case_id)]
        if not matches and coders is None:
            # the default scope follows who has finished, which changes while a team works;
            # a case someone is discussing is still found among everyone's versions
            every = self.cases(named, include_agreements=True, all_documents=True)
            matches = [v for v in every if v.case.id.startswith(case_id)]
        if not matches:
            raise NotFoundError(f"no case {shown(case_id)}", action="list_cases")
        if len(matches) > 1:
            raise ValidationError(f"case prefix {case_id!r} matches {len(matches)} cases")
        return matches[0]

    def said_by(self, text: str, writer: str) -> tuple[str, str]:
        """Who a comment's words are and the words: a lead writing "johan: the sentence
        before sets it up" records what johan said in the meeting (a coder's name before a
        colon); anything else, and anything a coder writes, is the writer's own."""
        name, colon, rest = text.partition(":")
        if not colon or not rest.strip() or self.person(writer, "comment").role != "lead":
            return writer, text
        known = {c.name for c in self.store.coders.list()}
        return (name.strip(), rest.strip()) if name.strip() in known else (writer, text)

    def comment(
        self, case_id: str, coder: str, text: str, *, coders: Sequence[str] | None = None
    ) -> str:
        """Add ``coder``'s comment to a case's discussion; returns the comment's id."""
        author = self.person(coder, "comment")
        if not text.strip():
            raise ValidationError("a comment needs some text", key="comment_empty")
        check_free_text(text, "comment")
        case = self.case(case_id, coders).case
        with self.store.transaction():
            comment_id = self.store.comments.add(
                case_id=case.id,
                document_id=case.document_id,
                start=case.start,
                end=case.end,
                author_id=author.id,
                text=text.strip(),
            )
            payload = {"case": case.id, "comment": comment_id, "text": text}
            # the lead noting what johan said is the lead's act, for johan: the audit names
            # who was at the keyboard (it named johan, who never typed it)
            at_keys = self.acting_name()
            at_keys = author.name if at_keys == "qualcode" else at_keys  # nobody named
            if at_keys != author.name:
                payload["for"] = author.name
            self.store.audit.append(at_keys, "reconcile.comment", payload)
        return comment_id

    def discussants(self, case_id: str, by: str, coders: Sequence[str] | None = None) -> list[str]:
        """Who a decision by ``by`` on the case records as taking part, unless told: the
        TUI shows them as the lead types the rationale (it recorded "with lena, karin" of
        a case discussed with three, and the lead could not see so, eyes19)."""
        return self._discussed(self.case(case_id, coders), by)

    def _discussed(self, view: CaseView, by: str) -> list[str]:
        """The lead, everyone who commented, and every coder a comment speaks for."""
        known = {c.name for c in self.store.coders.list()}
        voiced = [
            said.group(1)
            for c in view.comments
            if (said := re.match(r"\s*([^\s:]+)\s*:", c.text)) and said.group(1) in known
        ]
        return list(dict.fromkeys([by, *(c.author for c in view.comments), *voiced]))


def attach_comments(cases: list[Case], comments: list[CommentRow]) -> dict[str, list[CommentRow]]:
    """Comments per case: by id, or (if the passage's extent changed since) by overlap."""
    ids = {c.id for c in cases}
    by_doc: dict[str, list[Case]] = {}
    for case in cases:
        by_doc.setdefault(case.document_id, []).append(case)
    out: dict[str, list[CommentRow]] = {}
    for comment in comments:
        target = comment.case_id if comment.case_id in ids else None
        if target is None:
            target = next(
                (
                    c.id
                    for c in by_doc.get(comment.document_id, ())
                    if c.start < comment.end and comment.start < c.end
                ),
                None,
            )
        if target:
            out.setdefault(target, []).append(comment)
    return out


def case_stamp(digest: str, decision: str | None) -> str:
    """A case's stamp from its versions' digest and the decision in force (None: none): an
    undecided case's is its digest, as stamps read before decisions counted in them."""
    if decision is None:
        return digest
    return hashlib.sha1(f"{digest}:{decision}".encode()).hexdigest()[:10]
