"""The meeting agenda: the open cases, every version in context, and their discussion."""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from qualcode.errors import SETTING, SettingError, ValidationError
from qualcode.project.case_views import CaseView
from qualcode.project.coder_pseudonyms import in_printed_order
from qualcode.project.export_log import names_said, write_recorded
from qualcode.project.export_names import named_apart
from qualcode.project.output_targets import check_target
from qualcode.project.pseudonyms import PseudonymMixin
from qualcode.project.reconcile import ReconcileMixin
from qualcode.project.snapshot import one_snapshot
from qualcode.reconcile.agenda import (
    AgendaItem,
    AgendaVersion,
    build_docx,
    quoted,
    render_markdown,
)
from qualcode.reconcile.context import context_window, cut_sides, whole_words, with_label
from qualcode.stamps import minute
from qualcode.texts import LANGUAGES, texts

if TYPE_CHECKING:
    from qualcode.export.pseudonyms import Key
    from qualcode.project.scope import TeamScope


class AgendaMixin(ReconcileMixin, PseudonymMixin):
    def agenda(
        self,
        coders: Sequence[str] | None = None,
        docs: Sequence[str] | None = None,
        *,
        codes: Sequence[str] | None = None,
        lang: str = "en",
        doc_set: str | None = None,
    ) -> tuple[str, list[AgendaItem]]:
        """The scope line and one item per open case (undecided, reopened or stale), codes
        named and earlier verdicts said in ``lang``, as the team reads them on paper; with
        ``doc_set``, those of that document set's documents."""
        return self._agenda(coders, docs, codes, lang, doc_set, None)

    def _agenda(
        self,
        coders: Sequence[str] | None,
        docs: Sequence[str] | None,
        codes: Sequence[str] | None,
        lang: str,
        doc_set: str | None,
        key: Key | None,
    ) -> tuple[str, list[AgendaItem]]:
        """``agenda``, with the earlier decisions' coders and rationales filled in through
        ``key`` (the export's), never the lines' own words (``Said.earlier``)."""
        views = self.cases(coders, docs, codes=codes, open_only=True, doc_set=doc_set)
        scope = self.team_scope(coders, docs, doc_set=doc_set)  # the cases refuse a coder first
        names = named_apart((d.id, d.name) for d in self.store.documents.summaries())
        texts = self.store.documents.texts({v.case.document_id for v in views})
        units = {d: self.store.documents.units(d) for d in texts}
        said = Said(lang, {c.key: c.name(lang) for c in self.store.codes.list()}, key)
        items = [
            _item(v, names[v.case.document_id], texts[v.case.document_id], units, said)
            for v in views
        ]
        return scope.describe(), items

    @one_snapshot
    def write_agenda(
        self,
        path: Path,
        coders: Sequence[str] | None = None,
        docs: Sequence[str] | None = None,
        *,
        codes: Sequence[str] | None = None,
        force: bool = False,
        real_names: bool = False,
        viewer: str | None = None,
        lang: str = "en",
        doc_set: str | None = None,
    ) -> int:
        """Write the agenda as ``.md`` or ``.docx`` (owner-only, whole or not at all);
        returns how many cases it holds. Like every export it goes through the pseudonym
        key, and is refused if a name on the key would still appear, unless a lead
        (``viewer``) asks for ``real_names``."""
        from qualcode.export.pseudonyms import check_files

        suffix = Path(path).suffix.lower()
        if suffix not in (".md", ".docx"):
            raise ValidationError(f"{path}: write the agenda as .md or .docx")
        check_target(path, project=self.store.path, force=force)  # before any work
        if lang not in LANGUAGES:
            raise SettingError("lang", f"{SETTING} {lang!r}: choose one of {', '.join(LANGUAGES)}")
        key = self.pseudonym_key(real_names, viewer, lang)  # a proposed place in lang's words
        _, items = self._agenda(coders, docs, codes, lang, doc_set, key)
        # a passage through the key in its document's words, a comment in its own: a
        # place qualcode proposed reads in them (export/key_languages.py)
        listed = self.store.documents.summaries()
        named = named_apart((d.id, d.name) for d in listed)
        lang_of = {named[d.id]: d.lang for d in listed}
        items = [
            _through_key(item, key, key.in_language(lang_of.get(item.document))) for item in items
        ]
        words = texts(lang, "agenda")
        # the scope line fills in the counted coders as the coders' key prints them (in
        # that order, ``in_printed_order``), the set and the documents through the key, and
        # never puts its own words through it: with Kodare on the key the Swedish line read
        # "3 IPX (johan, ...)", with Återöppnat an earlier decision "(IPX)" (minor50)
        counted = self.team_scope(coders, docs, doc_set=doc_set).printed(key.coder)
        if counted.doc_set is not None:
            counted = replace(counted, doc_set=key.apply(counted.doc_set))
        scope = counted.describe()
        if lang != "en":  # the team's scope in the agenda's language
            scope = scope_said(counted, words)
        absent = self.not_in_cases(coders, docs, doc_set=doc_set)
        if absent:  # "3 coders" over cases of two versions: whose are not there, and why
            absent = {
                key.coder(c): {key.apply(doc): why for doc, why in absent[c].items()}
                for c in in_printed_order(absent, key.coder)
            }
            scope += words["absent"].format(who=absences_said(absent, lang))
        title = words["title_one" if len(items) == 1 else "title"].format(n=len(items))
        if suffix == ".md":
            data = render_markdown(title, scope, items, words).encode("utf-8")
        else:
            from qualcode.export.docx_page import titled_document

            buffer = io.BytesIO()
            build_docx(titled_document(title, lang), scope, items, words).save(buffer)
            data = buffer.getvalue()
        # a name on the key that is one of the agenda's own words ("Case", "Fall") is no name
        # there: what is filled in went through the key, and the check refused every agenda
        check_files(key, {Path(path).name: data}, agenda_words(lang))
        details = {"names": names_said(real_names), "cases": len(items), "set": doc_set}
        write_recorded(self, "agenda", {Path(path): data}, details, force=force)
        return len(items)


def scope_said(counted: TeamScope, words: Mapping[str, str]) -> str:
    """The counted line in the agenda's language, all that the English one says: the set
    its documents are of and the coder whose few finished documents would narrow them. The
    Swedish line left both out, so an agenda of one set read '1 av 1 dokument' as if the
    project held one document (hostile50)."""
    how = words["how_" + counted.rule]
    if counted.narrowed_by is not None:
        name, finished, without = counted.narrowed_by
        how += words["narrowed"].format(name=name, finished=finished, without=without)
    in_set = "" if counted.doc_set is None else words["in_set"].format(name=repr(counted.doc_set))
    return words["scope"].format(
        coders=len(counted.coders),
        names=", ".join(counted.coders),
        docs=len(counted.documents),
        total=counted.total_documents,
        in_set=in_set,
        how=how,
    )


def absences_said(absent: Mapping[str, Mapping[str, str]], lang: str = "en") -> str:
    """ "mira (not started ekstad_01.txt); omar (not finished ekstad_01.txt)": whose
    version the cases lack and why (``Project.not_in_cases``), at most three documents
    named per coder and reason, in ``lang``. The agenda's scope line and `reconcile list`
    say it alike: each had its own copy, only one of them in Swedish too (review33)."""
    words = texts(lang, "agenda")
    parts = []
    for coder, gaps in absent.items():
        by_reason: dict[str, list[str]] = {}
        for doc, reason in gaps.items():
            by_reason.setdefault(words["absent_" + reason.replace(" ", "_")], []).append(doc)
        said = [
            f"{reason} {', '.join(docs[:3])}"
            + (words["absent_more"].format(n=len(docs) - 3) if docs[3:] else "")
            for reason, docs in by_reason.items()
        ]
        parts.append(f"{coder} ({', '.join(said)})")
    return "; ".join(parts)


def agenda_words(lang: str) -> str:
    """Every word the agenda prints of its own in ``lang``, fills left out: its texts, the
    verdicts' names, the scope line's and a minute's "UTC". The leak check reads a name on
    the key that is one of them as no name (``leaks.check_files``), as the summary's does:
    what is filled in went through the key (minor50)."""
    from qualcode.export.labels import own_words
    from qualcode.project.scope import TeamScope

    # an English scope line's words (``TeamScope.describe``), each rule's, fills left empty:
    # with Count on the key, "... would count" refused the agenda
    scope = (
        TeamScope((), (), 0, rule, ("", 0, 0), "", consensus_of=-1)
        for rule in ("done", "worked", "chosen")
    )
    said = (own_words(lang, "agenda"), own_words(lang, "verdicts"), *(s.describe() for s in scope))
    return "\n".join((*said, "UTC"))


@dataclass(frozen=True, slots=True)
class Said:
    """How an agenda in one language names codes and earlier verdicts; ``key``: the
    export's, through which the coders and rationales filled in are printed (none: as
    stored, ``Project.agenda``)."""

    lang: str
    names: Mapping[str, str]  # code key -> name
    key: Key | None = None

    def code(self, key: str) -> str:
        return self.names.get(key, key)

    def coder(self, name: str) -> str:
        return self.key.coder(name) if self.key else name

    def verdict(self, verdict: str) -> str:
        from qualcode.export.labels import verdict_name

        kind, colon, whose = verdict.partition(":")  # "accept Kodare B's"
        return verdict_name(f"{kind}:{self.coder(whose)}" if colon else verdict, self.lang)

    def earlier(self, at: str, by: str, verdict: str, rationale: str, note: str) -> str:
        """One earlier decision's line: "2026-12-04 16:18 UTC lena: accept karin's,
        “…” (reopened)". The lead, the version taken and the rationale are filled
        in through the key; the time and the words around them are the agenda's own: the line
        went through the key whole, and "Återöppnat" on it printed "(IPX)" (minor50)."""
        words = texts(self.lang, "agenda")
        written = self.key.written(rationale) if self.key else rationale
        return (
            f"{minute(at)} {self.coder(by)}: {self.verdict(verdict)}, "
            f"{quoted(written, words)} ({words[note]})"
        )


def _item(view: CaseView, name: str, text: str, units: dict, said: Said) -> AgendaItem:
    case = view.case
    lo, hi = whole_words(
        text, *context_window(len(text), units[case.document_id], case.start, case.end)
    )
    lo, hi = with_label(text, min(lo, case.start)), max(hi, case.end)
    cut_before, cut_after = cut_sides(text, lo, hi)
    versions = tuple(
        AgendaVersion(
            coder,
            tuple(said.code(c) for c in v.codes),
            tuple((said.code(code), text[s:e]) for code in v.codes for s, e in v.spans[code]),
        )
        for coder, v in case.versions.items()
    )
    # a time as the comments above it read it ("2026-12-04 16:18 UTC"), not ISO's "…T16:18"
    history = tuple(
        said.earlier(d.decided_at, d.decided_by, d.verdict, d.rationale, "reopened")
        for d in view.history
    )
    if view.stale and view.verdict:
        history += (
            said.earlier(
                view.decided_at or "",
                view.decided_by or "",
                view.verdict,
                view.rationale or "",
                "changed_since",
            ),
        )
    return AgendaItem(
        case.shown_id,
        name,
        case.kind,
        tuple(said.code(c) for c in case.codes),
        text[lo : case.start],
        text[case.start : case.end],
        text[case.end : hi],
        versions,
        tuple((c.author, minute(c.created_at), c.text) for c in view.comments),
        history,
        cut_before,
        cut_after,
    )


def _through_key(item: AgendaItem, key: Key, talk: Key) -> AgendaItem:
    """The item with every text pseudonymised: documents, passages, coders' notes, and the
    names of codes and coders too (a code named after a workplace, a coder who is also on
    the key as an interviewer), which the check would otherwise refuse the whole agenda
    for. The earlier decisions were filled in through the key as made (``Said.earlier``).
    ``talk``: the key in the passage's language."""
    if not key:
        return item
    apply = key.apply
    order = in_printed_order((v.coder for v in item.versions), key.coder)
    # the passage in its context through the key at once, then cut where it was: a coding
    # beginning inside a name ("Ka|rin:") left each piece too short to be read as her, and
    # the agenda printed "Ka**rin:" (the .docx was refused as naming her)
    rendered, moved = talk.apply_mapped(item.before + item.passage + item.after)
    start = moved(len(item.before))
    end = max(start, moved(len(item.before) + len(item.passage)))
    return replace(
        item,
        document=apply(item.document),  # file names are often a participant's or a place's
        codes=tuple(apply(code) for code in item.codes),
        before=rendered[:start],
        passage=rendered[start:end],
        after=rendered[end:],
        # each coder's version where she is listed as printed: "Kodare B" above "Kodare A"
        # told the real names' order (order46)
        versions=tuple(
            replace(
                v,
                coder=key.coder(v.coder),
                codes=tuple(apply(code) for code in v.codes),
                passages=tuple((apply(code), talk.apply(text)) for code, text in v.passages),
            )
            for v in sorted(item.versions, key=lambda v: order.index(v.coder))
        ),
        # a comment's author is a team member, printed as the coders' key prints her
        comments=tuple(
            (key.coder(author), at, key.written(text)) for author, at, text in item.comments
        ),
        # the earlier decisions were filled in through the key as they were made (``Said``)
    )
