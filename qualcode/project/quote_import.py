"""Codings from a CSV of quotes (document, code, quoted text, optional coder), as
Taguette and other tools export them: each quote is found in its document's stored text
(whitespace may differ) and must occur there once. Every row is checked before anything
is written, so a bad row leaves the project as it was."""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from qualcode.csvrows import DELIMITERS, room_for, unguarded
from qualcode.errors import SETTING, NotFoundError, QualcodeError, ValidationError
from qualcode.export.cells import SHOWN_AS_REPLACEMENT
from qualcode.graphemes import whole_characters
from qualcode.project.api_arguments import require_text
from qualcode.project.base import Service
from qualcode.project.source_paths import kept_name
from qualcode.project.translation_sheet import sheet_text
from qualcode.userfile import read_user_file

if TYPE_CHECKING:
    from qualcode.export.pseudonyms import Key
    from qualcode.model import Coder

DOCUMENT = ("document", "doc", "file", "source", "dokument")
CODE = ("code", "tag", "tag_path", "kod")
TEXT = ("text", "quote", "content", "highlight", "citat")
CODER = ("coder", "user", "author", "kodare")


@dataclass(slots=True)
class QuoteImport:
    codings: int = 0
    coders: list[str] = field(default_factory=list)
    already: int = 0  # rows whose passage the coder had coded so already (or twice in the file)


def _column(header: list[str], names: tuple[str, ...], required: bool, source: str) -> str | None:
    lowered = {h.strip().lower(): h for h in header}
    for name in names:
        if name in lowered:
            return lowered[name]
    if required:
        raise ValidationError(f"{source}: no column {names[0]!r} (or {', '.join(names[1:])})")
    return None


def _find(text: str, quote: str) -> list[tuple[int, int]]:
    """Where ``quote`` occurs in ``text``, any run of whitespace matching any other, each
    place widened to the whole characters it touches as every coding is (``whole_span``):
    "👍" quoted codes the "👍🏽" the text holds."""
    words = unicodedata.normalize("NFC", quote).split()  # composed, as the stored text
    if not words:
        return []
    # a U+FFFD in a sheet the codings export wrote stands for a control character the
    # text holds (an ESC, a BEL), which the export's CSV shows so: the sheet read back
    # found nothing where it held one (types47)
    shown = f"[{SHOWN_AS_REPLACEMENT}\ufffd]"
    pattern = re.compile(r"\s+".join(re.escape(w).replace("\ufffd", shown) for w in words))
    found = (whole_characters(text, m.start(), m.end()) for m in pattern.finditer(text))
    return list(dict.fromkeys(found))  # two matches inside one character are one place


# an export's printed name that names no single document: which export reads back
PRINTED = (
    ": it is a document's name as an export prints it through the pseudonym key, and names"
    " no single document; import a codings export made with --real-names (a lead's)"
)


def _found_printed(
    text: str, quote: str, key: Key, printed: tuple[str, Callable[[int], int]]
) -> list[tuple[int, int]]:
    """Where ``quote``, as an export printed the passage through ``key`` ('i Kommun C'),
    stands in the stored ``text`` ('i Storfors'): found in the ``printed`` text (with the
    map of its offsets, ``key.apply_mapped(text)``) and taken back to the stored words that
    print so; a place whose edge falls inside a replaced name is none (the key prints those
    words otherwise)."""
    printed_text, move = printed
    places = []
    for a, b in _find(printed_text, quote):
        words = printed_text[a:b].split()
        starts, ends = _back(move, len(text), a), _back(move, len(text), b)
        # a replaced name's letters go to its printed start or end: of the stored offsets
        # that move to an edge, the one the key prints the quote's words from
        spans = [(s, e) for s in starts for e in ends if e > s]
        same = [(s, e) for s, e in spans if key.apply(text[s:e]).split() == words]
        if same:
            places.append(whole_characters(text, *same[0]))
    return list(dict.fromkeys(places))


def _at_start(found: list[tuple[int, int]], start: object) -> list[tuple[int, int]]:
    """Of a quote's places, the one a codings export's ``start`` column names (the stored
    offset, as the export prints it with or without the key): an export read back was
    refused whole when one of its quotes ("R: Ja.") stood twice in its document
    (hostile48). A start naming none of them, or none given, leaves them all, refused as
    before."""
    try:
        wanted = int(str(start).strip())
    except ValueError:
        return found
    named = [(a, b) for a, b in found if a == wanted]
    return named if len(named) == 1 else found


def _back(move: Callable[[int], int], size: int, at: int) -> list[int]:
    """The first and the last stored offset ``move`` takes to ``at`` (none, one or two),
    found by halving, as ``move`` never goes back."""

    def first(beyond: bool) -> int:  # the first offset moved past ``at`` (or to it)
        lo, hi = 0, size + 1
        while lo < hi:
            mid = (lo + hi) // 2
            if move(mid) < at or (beyond and move(mid) == at):
                lo = mid + 1
            else:
                hi = mid
        return lo

    low, high = first(False), first(True) - 1
    return [] if low > high else list(dict.fromkeys((low, high)))


class QuoteImportMixin(Service):
    acting: Coder | None  # AccessMixin's: whoever acts is a sheet's coder when none is named

    def locate_quote(self, doc: str, quote: str) -> tuple[int, int]:
        """Where ``quote`` stands in a document, as ``(start, end)``: a researcher codes by
        the words she reads, not by character offsets she must count. The quote must occur
        once (whitespace may differ, as a quotes sheet's rows); found twice, coding the
        first would code a passage she may not have meant."""
        require_text(doc, "quote: the document")
        require_text(quote, "quote: the passage")
        if not quote.split():  # `--quote ""` was "not found ... word for word": no words
            raise ValidationError("quote: give the passage's words (it is empty)")
        doc_id = self.store.documents.resolve(doc)
        name = self.store.documents.get(doc_id).name
        found = _find(self.store.documents.texts([doc_id])[doc_id], quote)
        if not found:
            raise ValidationError(
                f"quote not found in {name}: it must match the text word for word "
                "(`qualcode docs show` prints the text)"
            )
        if len(found) > 1:  # where each stands: her start and end, without counting
            at = ", ".join(f"{a}-{b}" for a, b in found[:5]) + (", ..." if len(found) > 5 else "")
            raise ValidationError(
                f"quote found {len(found)} times in {name} (at {at}): quote more of the "
                "passage so it occurs once, or code it by its start and end"
            )
        return found[0]

    def _printed_names(self, viewer: str | None) -> dict[str, dict[str, Key]]:
        """Each document's name as an export prints it through the pseudonym key
        ('kommun_c_01.txt', and without its suffix), in small letters, to the documents
        printed so, each with the key that printed its text (in the document's language),
        so a lead's codings export reads back (words47). Only names the key changed, in
        either export language: a real name typed is never matched here (it is the
        store's to resolve, as before). Made once an import, when a name needs it."""
        from qualcode.texts import LANGUAGES

        found: dict[str, dict[str, Key]] = {}
        summaries = self.store.documents.summaries()
        for lang in LANGUAGES:
            key = self.pseudonym_key(viewer=viewer, lang=lang)
            if not key:
                continue
            for d in summaries:
                printed = key.apply(d.name)
                if printed == d.name:
                    continue
                for shown in {printed.casefold(), Path(printed).stem.casefold()}:
                    found.setdefault(shown, {}).setdefault(d.id, key.in_language(d.lang))
        return found

    def import_quotes_csv(self, path: str | Path, coder: str | None = None) -> QuoteImport:
        """Add a coding for every row of a quotes CSV; the coder comes from the row's coder
        column, else ``coder``, else whoever acts (``act_as``: a notebook or the CLI's
        ``--coder`` before the command); codes must be in the codebook."""
        source = Path(path)
        if not coder and self.acting is not None:
            coder = self.acting.name
        raw = read_user_file(source, ValidationError, "a quotes CSV file")
        text = sheet_text(raw, source.name)  # cp1252 and UTF-16 as the other sheets
        first = text.split("\n", 1)[0]  # a Swedish Excel's CSV has semicolons
        room_for(text)
        try:
            reader = csv.DictReader(io.StringIO(text), delimiter=max(DELIMITERS, key=first.count))
            # a cell the codings export guarded with an apostrophe ('- Ja, ...) as written
            rows = [
                {k: unguarded(v) if isinstance(v, str) else v for k, v in r.items()} for r in reader
            ]
        except csv.Error as exc:
            raise ValidationError(f"{source.name}: malformed CSV ({exc})") from None
        if not rows:
            raise ValidationError(f"{source.name}: no rows")
        header = list(rows[0].keys())
        named = [str(h).strip().lower() for h in reader.fieldnames or [] if str(h).strip()]
        counted = Counter(named)  # not named.count(h) for each h: quadratic in the columns
        twice = sorted(h for h, n in counted.items() if n > 1)
        if twice:  # a reader keeps the last of two same-named columns without a word
            raise ValidationError(f"{source.name}: column {twice[0]!r} appears twice; keep one")
        doc_col = _column(header, DOCUMENT, True, source.name)
        code_col = _column(header, CODE, True, source.name)
        text_col = _column(header, TEXT, True, source.name)
        coder_col = _column(header, CODER, False, source.name)
        # a codings export's start: which of a quote's places it is ("Ja." said twice)
        start_col = _column(header, ("start",), False, source.name)
        planned: list[tuple[str, int, int, str, str]] = []
        texts: dict[str, str] = {}
        printed_as: dict[str, dict[str, Key]] | None = None  # _printed_names, when needed
        through: dict[str, Key] = {}  # a document named as printed -> the key printing it
        doc_key: Key | None = None  # the key, for a document named as stored
        # each such document's text as printed, once an import: printed again for each row,
        # a sheet of 400 quotes on one 36,000-character transcript took 7 s (hostile48)
        printed_texts: dict[str, tuple[str, Callable[[int], int]]] = {}
        for line, row in enumerate(rows, start=2):
            where = f"{source.name}: line {line}"
            given = str(row[doc_col] or "").strip()
            try:
                doc_id = self.store.documents.resolve(given)
            except NotFoundError as exc:
                if printed_as is None:
                    printed_as = self._printed_names(coder)
                printed = printed_as.get(unicodedata.normalize("NFC", given).casefold(), {})
                if len(printed) != 1:
                    raise ValidationError(f"{where}: {exc}{PRINTED if printed else ''}") from None
                ((doc_id, through[doc_id]),) = printed.items()
            except QualcodeError as exc:
                raise ValidationError(f"{where}: {exc}") from None
            try:
                code_id = self.codable_id(str(row[code_col] or "").strip())
            except QualcodeError as exc:
                raise ValidationError(f"{where}: {exc}") from None
            who = (str(row.get(coder_col) or "").strip() if coder_col else "") or coder
            if not who:
                raise ValidationError(
                    f"{where}: no coder (a coder column, or {SETTING}=NAME)", setting="coder"
                )
            try:  # a sheet's coder column is held to what ``coder`` is: no one else's codings
                who = self.store.coders.by_name(who).name  # as stored: 'Åsa' pasted decomposed
                self.require_self(who, "import codings")
            except QualcodeError as exc:
                raise type(exc)(f"{where}: {exc}") from None
            if doc_id not in texts:
                texts[doc_id] = self.store.documents.texts([doc_id])[doc_id]
            found = _find(texts[doc_id], str(row[text_col] or ""))
            if not found and doc_id not in through:
                # a document whose name the key leaves as it is, its passage printed with a
                # name replaced ('i Kommun C'): a lead's codings export, pseudonymised as
                # every export is, said "quote not found" for it (hostile48)
                if doc_key is None:
                    doc_key = self.pseudonym_key(viewer=coder)
                lang = self.store.documents.get(doc_id).lang
                through[doc_id] = doc_key.in_language(lang)
            if not found and through[doc_id]:  # the quote printed through the key too
                if doc_id not in printed_texts:
                    printed_texts[doc_id] = through[doc_id].apply_mapped(texts[doc_id])
                found = _found_printed(
                    texts[doc_id], str(row[text_col] or ""), through[doc_id], printed_texts[doc_id]
                )
            if len(found) > 1 and start_col:
                found = _at_start(found, row.get(start_col))
            if len(found) != 1:
                what = "not found" if not found else f"found {len(found)} times"
                raise ValidationError(f"{where}: quote {what} in {row[doc_col]}")
            planned.append((doc_id, *found[0], code_id, who))
        report = QuoteImport()
        coder_ids = {c.name: c.id for c in self.store.coders.list()}
        with self.store.transaction():
            # a sheet imported again, or one row twice: the coding is there, counted as
            # such; the store's one-coding rule refused the whole sheet, naming no line
            done = {
                (c.document_id, c.start, c.end, c.code_id, c.coder_id)
                for c in self.store.codings.list(
                    document_ids=sorted({p[0] for p in planned}),
                    coder_ids=sorted({coder_ids[p[4]] for p in planned}),
                    layer="coder",
                )
            }
            for doc_id, start, end, code_id, who in planned:
                if (doc_id, start, end, code_id, coder_ids[who]) in done:
                    report.already += 1
                    continue
                done.add((doc_id, start, end, code_id, coder_ids[who]))
                self.store.codings.insert(
                    document_id=doc_id,
                    start=start,
                    end=end,
                    code_id=code_id,
                    coder_id=coder_ids[who],
                    layer="coder",
                    origin="import",
                )
                report.codings += 1
            report.coders = sorted({p[4] for p in planned})
            self.store.audit.append(
                coder or "qualcode",
                "coding.import_csv",
                {
                    "file": kept_name(source),
                    "codings": report.codings,
                    "coders": report.coders,
                    "already": report.already,
                },
            )
        return report
