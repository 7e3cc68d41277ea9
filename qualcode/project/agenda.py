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
        views = self.cases(coders, docs, codes=codes, open_only=True, doc_set=doc_set)
        scope = self.team_scope(coders, docs, doc_set=doc_set)  # the cases refuse a coder first
        names = named_apart((d.id, d.name) for d in self.store.documents.summaries())
        texts = self.store.documents.texts({v.case.document_id for v in views})
        units = {d: self.store.documents.units(d) for d in texts}
        said = Said(lang, {c.key: c.name(lang) for c in self.store.codes.list()})
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
        from qualcode.export.labels import own_words
        from qualcode.export.pseudonyms import check_files

        suffix = Path(path).suffix.lower()
        if suffix not in (".md", ".docx"):
            raise ValidationError(f"{path}: write the agenda as .md or .docx")
        check_target(path, project=self.store.path, force=force)  # before any work
        if lang not in LANGUAGES:
            raise SettingError("lang", f"{SETTING} {lang!r}: choose one of {', '.join(LANGUAGES)}")
        key = self.pseudonym_key(real_names, viewer, lang)  # a proposed place in lang's words
        scope, items = self.agenda(coders, docs, codes=codes, lang=lang, doc_set=doc_set)
        # a passage through the key in its document's words, a comment in its own: a
        # place qualcode proposed reads in them (export/key_languages.py)
        listed = self.store.documents.summaries()
        named = named_apart((d.id, d.name) for d in listed)
        lang_of = {named[d.id]: d.lang for d in listed}
        items = [
            _through_key(item, key, key.in_language(lang_of.get(item.document))) for item in items
        ]
        words = texts(lang, "agenda")
        # the counted coders as the coders' key prints them: through the key as one line,
        # a coder "Karin" beside the speaker's label "Karin:" read as the participant's IP1
        # in the order they are printed (``in_printed_order``), as the agreement lists them
        counted = self.team_scope(coders, docs, doc_set=doc_set).printed(key.coder)
        scope = counted.describe()
        if lang != "en":  # the team's scope in the agenda's language
            scope = words["scope"].format(
                coders=len(counted.coders),
                names=", ".join(counted.coders),
                docs=len(counted.documents),
                total=counted.total_documents,
                how=words["how_" + counted.rule],
            )
        absent = self.not_in_cases(coders, docs, doc_set=doc_set)
        if absent:  # "3 coders" over cases of two versions: whose are not there, and why
            absent = {key.coder(c): absent[c] for c in in_printed_order(absent, key.coder)}
            scope += words["absent"].format(who=absences_said(absent, lang))
        scope = key.apply(scope)  # it names the counted coders
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
        check_files(key, {Path(path).name: data}, own_words(lang, "agenda"))
        details = {"names": names_said(real_names), "cases": len(items), "set": doc_set}
        write_recorded(self, "agenda", {Path(path): data}, details, force=force)
        return len(items)


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


@dataclass(frozen=True, slots=True)
class Said:
    """How an agenda in one language names codes and earlier verdicts."""

    lang: str
    names: Mapping[str, str]  # code key -> name

    def code(self, key: str) -> str:
        return self.names.get(key, key)

    def verdict(self, verdict: str) -> str:
        from qualcode.export.labels import verdict_name

        return verdict_name(verdict, self.lang)


def _item(view: CaseView, name: str, text: str, units: dict, said: Said) -> AgendaItem:
    case = view.case
    words = texts(said.lang, "agenda")
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
        f"{minute(d.decided_at)} {d.decided_by}: {said.verdict(d.verdict)}, "
        f"{quoted(d.rationale, words)} ({words['reopened']})"
        for d in view.history
    )
    if view.stale and view.verdict:
        history += (
            f"{minute(view.decided_at or '')} {view.decided_by}: "
            f"{said.verdict(view.verdict)}, "
            f"{quoted(view.rationale or '', words)} ({words['changed_since']})",
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
    """The item with every text pseudonymised: documents, passages, coders' notes and
    decisions, and the names of codes and coders too (a code named after a workplace, a
    coder who is also on the key as an interviewer), which the check would otherwise
    refuse the whole agenda for. ``talk``: the key in the passage's language."""
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
        comments=tuple(
            (apply(author), at, key.written(text)) for author, at, text in item.comments
        ),
        history=tuple(key.written(line) for line in item.history),
    )
