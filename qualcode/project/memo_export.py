"""Every memo a person may read as one document for co-authors (.md or .docx).

The memo list (``memo_list``) decides what may be read: a coder's own memos under blind
coding, every memo for a lead. Grouped as a paper's authors discuss them: the project's,
then each code's in codebook order, then each document's (the document as a whole first,
then its passages in the order of the text, each passage quoted), a thread oldest first.
Every text goes through the pseudonym key like every export, and the file is read back
and refused if a name on the key would still appear.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from qualcode.errors import ValidationError
from qualcode.project.export_log import names_said, write_recorded
from qualcode.project.export_names import check_export_name
from qualcode.project.memos import MemoView
from qualcode.project.outputs import OutputBase
from qualcode.project.snapshot import one_snapshot

if TYPE_CHECKING:
    from qualcode.export.memo_doc import Group, Note
    from qualcode.export.pseudonyms import Key

ABOUT = ("municipality", "role")  # a document's attributes named under its heading
PASSAGE_WORDS = 120  # a passage quoted above its memo: a whole answer is cut here


def _cut(text: str, words: int = PASSAGE_WORDS) -> str:
    """The passage's first ``words`` words, each of its lines (a speaker's turn) on a line
    of its own: run together, a memo's passage read "IP3: Ja, det är lugnt. … Lena: Kan
    du börja", the interviewer's question as if the interviewee had asked it (render45)."""
    lines = [" ".join(line.split()) for line in text.split("\n")]
    kept: list[str] = []
    for line in filter(None, lines):
        said = line.split()
        if words <= 0 or len(said) > words:
            kept.append(" ".join(said[:words]) + " …" if words > 0 else "…")
            break
        kept.append(line)
        words -= len(said)
    if kept and kept[-1] == "…":  # cut at a line's end: the mark goes on that line
        kept[-2:] = [kept[-2] + " …"] if len(kept) > 1 else ["…"]
    return "\n".join(kept)


class MemoExportMixin(OutputBase):
    @one_snapshot
    def export_memos(
        self,
        path: str | Path,
        viewer: str,
        lang: str = "en",
        force: bool = False,
        *,
        real_names: bool = False,
    ) -> Path:
        """Write the memos ``viewer`` may read to ``path`` (.md or .docx) in ``lang``'s
        headings: one section for the project, one for the codes, one for the documents,
        each memo under what it is about with its author and date; a memo on a coding or
        a passage quotes the passage (its first 120 words) and names the code. Refused
        before any work when there is no memo to write."""
        from qualcode.export.labels import label, own_words
        from qualcode.export.memo_doc import Group, Note, Section, memos_docx, memos_markdown
        from qualcode.export.pseudonyms import check_files
        from qualcode.texts import LANGUAGES

        target = Path(path)
        self._check_output(target, force)
        check_export_name("memos", target)
        if lang not in LANGUAGES:
            raise ValidationError(f"lang {lang!r}: use {' or '.join(LANGUAGES)}")
        views = self.memo_list(viewer)
        if not views:
            raise ValidationError(
                f"{target.name}: there are no memos {viewer} may read yet; nothing written"
            )
        key = self.pseudonym_key(real_names, viewer, lang)
        views.sort(key=lambda v: v.memo.created_at)  # a thread reads oldest first
        codes = {c.key: key.code(c) for c in self.codebook(include_deleted=True)}
        order = {c.key: i for i, c in enumerate(self.codebook())}

        def code_name(code: str | None) -> str:
            return key.apply(codes[code].name(lang)) if code in codes else key.apply(code or "")

        # a memo in its own words, a passage in its document's: a place qualcode proposed
        # reads in them (export/key_languages.py); headings and labels in ``lang``'s
        langs = {d.id: d.lang for d in self.store.documents.summaries()}

        def passage_of(view: MemoView) -> str:
            return key.in_language(langs.get(view.document_id or "")).apply(_cut(view.excerpt))

        def note(view: MemoView, passage: bool = True) -> Note:
            memo = view.memo
            return Note(
                key.apply(memo.author),
                memo.created_at[:10],
                key.written(memo.text),
                passage_of(view) if passage else "",
                code_name(view.code) if view.code and passage else "",
            )

        sections: list[Section] = []
        general = [v for v in views if v.memo.target_kind == "project" or _hidden(v)]
        if general:
            heading = label(lang, "memos_project")
            sections.append(Section(heading, (Group("", "", tuple(map(note, general))),)))
        on_codes: dict[str, list[MemoView]] = {}
        for view in views:
            if view.memo.target_kind == "code":
                on_codes.setdefault(view.code or "", []).append(view)
        if on_codes:
            ranked = sorted(on_codes, key=lambda k: (order.get(k, len(order)), k))
            groups = tuple(
                Group(code_name(k), "", tuple(note(v, passage=False) for v in on_codes[k]))
                for k in ranked
            )
            sections.append(Section(label(lang, "memos_codes"), groups))
        docs = self._memo_documents(views, key, lang, note)
        if docs:
            sections.append(Section(label(lang, "memos_documents"), docs))
        authors = sorted({key.apply(v.memo.author) for v in views})
        first, last = views[0].memo.created_at[:10], views[-1].memo.created_at[:10]
        said = "memos_intro_day" if first == last else "memos_intro"
        intro = label(lang, said, n=len(views), authors=", ".join(authors), first=first, last=last)
        if not real_names:
            intro = f"{intro} {label(lang, 'memos_key')}"
        title = label(lang, "memos_title")
        data = (
            memos_markdown(title, intro, sections, lang).encode("utf-8")
            if target.suffix.lower() == ".md"
            else memos_docx(title, intro, sections, lang)
        )
        # a name on the key that is a word of the file's own ("Memos", "Namn") is no name
        # there: only what is filled in went through the key, and it refused every file
        check_files(key, {target.name: data}, own_words(lang))
        details = {"names": names_said(real_names), "memos": len(views)}
        write_recorded(self, "memos", {target: data}, details, force=force)
        return target

    def _memo_documents(
        self, views: list[MemoView], key: Key, lang: str, note: Callable[[MemoView], Note]
    ) -> tuple[Group, ...]:
        """Per document (by name, through the key): its municipality and role, the memos on
        the whole document, then those on its passages and codings in the text's order."""
        from qualcode.export.memo_doc import Group
        from qualcode.export.vocabulary import role_name

        on_docs: dict[str, list[MemoView]] = {}
        for view in views:
            if view.document_id is not None and view.memo.target_kind != "code":
                on_docs.setdefault(view.document_id, []).append(view)
        if not on_docs:
            return ()
        summaries = {d.id: d for d in self.store.documents.summaries() if d.id in on_docs}
        groups = []
        for doc_id, found in on_docs.items():
            summary = summaries.get(doc_id)
            name = key.apply(summary.name if summary else found[0].document or doc_id)
            attributes = summary.attributes if summary else {}
            # a role in the document's language reads in the memos' ("socialsekreterare"
            # is a "social worker" in English), as the theme summary prints it
            about = " · ".join(
                key.apply(role_name(attributes[a], lang) or "" if a == "role" else attributes[a])
                for a in ABOUT
                if attributes.get(a, "").strip()
            )
            found.sort(key=lambda v: -1 if v.start is None else v.start)  # stable: oldest first
            groups.append(Group(name, about, tuple(note(v) for v in found)))
        return tuple(sorted(groups, key=lambda g: g.heading.casefold()))


def _hidden(view: MemoView) -> bool:
    """A memo on a coding the reader may no longer see (a colleague's, blind again): it
    is printed with the project's, its text without the passage."""
    return view.memo.target_kind == "coding" and view.document_id is None
