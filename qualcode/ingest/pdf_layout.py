"""A PDF's pages read back into paragraphs, without the page's furniture.

A PDF's text layer is lines placed on pages, not paragraphs: a municipal plan or a council's
minutes came in with its running header ("Malmö stad – Handlingsplan ...") and its page
number ("3 (22)") glued into the first and last sentence of every page, a sentence that
ran over a page break cut in two around them, a whole page one paragraph (its headings read
into the next sentence, its table of contents one unit with the introduction), words
hyphenated at a line's end kept in two halves ("lekmannarevisorer-" / "na"), and Word's
bullets as private-use characters of the Symbol font. Here, before the text is normalised
and stored:

- a line at the top or bottom of a page that is only a page number, or that stands at the
  same place there (digits aside) on at least half the pages and is no sentence and no
  speaker's line, is dropped;
- a paragraph ends after a short line (a heading, a paragraph's last line) when the next
  line starts a new sentence, and before a list item, a table of contents entry or a dash
  opening a quote after a sentence's end ("– Vi måste ...");
- a sentence that runs on over a page break is joined up again;
- a word hyphenated at a line's end is joined ("risk- och" keeps its hyphen);
- a private-use bullet becomes "•", and a contents entry's dot leaders a tab;
- a letter's or a decision's head laid out in columns, which the page gives as one long
  line ("SOCIALFÖRVALTNINGEN Handläggare Datum Diarienummer ..."), ends its paragraph
  before a new sentence: read as a full line wrapped, it was one unit with the text's
  first sentence.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

# a line that is only a page number: "3", "- 3 -", "3 (22)", "3/22", "Sida 3 av 22", "Page 3 of 22"
PAGE_NUMBER = re.compile(
    r"^(?:(?:sida|sid\.?|page|s\.)\s*)?[-–—]?\s*\d{1,4}\s*[-–—]?"
    r"(?:\s*(?:\(\s*\d{1,4}\s*\)|(?:av|of|/)\s*\d{1,4}))?$",
    re.IGNORECASE,
)
# a transcript's line that is talk, never furniture however often it stands at a page's
# edge: a speaker's turn ("r: ja.") or a timestamp (a key without letters is none anyway)
SPOKEN = re.compile(r"^[\w .'-]{1,30}:\s")
# a speaker's line above what they said, as Teams and Otter write it ("lena berg #:#" once
# digits are keyed), and what ends a sentence: neither is a page's furniture
SPEAKER_LINE = re.compile(r"^[^\W\d_][\w.'-]*(?: [\w.'-]+){0,3} #:#(?::#)?(?:[.,]#)?$")
PROSE_END = (".", "!", "?", "…")
# a footnote's marker glued to the word it follows ("styrdokument1.") or to the mark after
# it ("konsulter.1 Denna"), as Word and LibreOffice set it after a sentence's end
FOOTNOTE_MARKER = re.compile(
    r"(?:(?<=[a-zåäöéü]{3})(\d{1,2})(?=[\s.,;:)]|$)|(?<=[a-zåäöéü]{2}[.,;:)])(\d{1,2})(?=\s|$))"
)
# a footnote at a page's foot, its number first ("1 Policy ...", "1Policy ...")
NOTE_START = re.compile(r"(\d{1,2})\s*[A-ZÅÄÖ]")
# a table of contents entry: a title, dot leaders (or a tab) and a page number
TOC_ENTRY = re.compile(r"(?:\.{3,}|…+|(?:\s\.){3,}|\t)\s*\d{1,4}\s*$")
# a contents entry's dot leaders, drawn to the page's edge ("Inledning.......... 3"): a tab
# stands for them, as in a Word document's contents, and the entry reads on a narrow screen
LEADERS = re.compile(r"[ \t]*(?:\.[ \t]?){4,}[ \t]*(\d{1,4})[ \t]*$")
# the start of a list item: a bullet, or a number followed by a space ("1. ", "2) ", "3.2 ")
LIST_ITEM = re.compile(r"^\s*(?:[•▪◦●■–\-*·]\s|\d{1,3}(?:\.\d{1,3})*[.)]?\s+\S)")
# a dash opening a quoted line, as Swedish typography sets speech ("– Vi måste ..."), with or
# without its space and in any of the dashes a PDF's font may give it (a minus sign too)
DASH_QUOTE = re.compile(r"^\s*[-–—―−]\s*[A-ZÅÄÖÉÜ]")
# what may stand after a sentence's end at a line's end: a closing quote or bracket
_CLOSERS = '"”’»)'
# what may open a sentence before its first letter: a quotation mark, English or Swedish
_OPENERS = "\"“”„«»‘’'"
# Word's bullets as the Symbol and Wingdings fonts draw them: private-use characters
PRIVATE_BULLET = re.compile(r"^[\uf000-\uf0ff]\s*")
# words that follow a hyphen standing for a compound's shared end ("risk- och friskfaktorer")
KEEPS_HYPHEN = frozenset(
    {"och", "eller", "samt", "respektive", "resp", "som", "till", "and", "or", "to", "nor"}
)
# words a line, a heading or a table's cell cannot end on: the next line goes on with it
_RUNS_ON = "och i för av på med till om att som en ett den det de från eller vid hos " + (
    "of and the a an to in for on with by at from or"
)
RUNS_ON = frozenset(_RUNS_ON.split())
SENTENCE_END = (".", "!", "?", ":", ";", "…")
# a committee's minutes number their items: "§ 14 Dnr SN 2025/12 Rapport ..." opens one
SECTION = re.compile(r"^\s*§\s*\d")
# how many lines at a page's top and bottom may be furniture (a minutes' head is four, a
# report's title block with its registration number and version seven or eight)
# the words a head labels its fields with; two of them on a line make it a head's
HEAD_FIELDS = re.compile(
    r"(?<!\w)(?:Handläggare|Datum|Diarienummer|Dnr|Utfärdat|Beslutsdatum|Telefon|E-post|"
    r"(?:Vår|Er) (?:beteckning|referens)|Mottagare|Date|Our ref|Your ref|Contact officer)(?!\w)"
)
EDGE = 10
SHORT = 0.7  # a line shorter than this share of the page's full lines ends its paragraph


def pages_text(pages: list[str], blank_ends: bool = False, spaced: bool = False) -> str:
    """The pages' text as paragraphs separated by blank lines, furniture removed. With
    ``blank_ends`` a blank line on a page also ends a paragraph (text a converter such as
    pdftotext already cut into paragraphs, its pages apart by form feeds); with ``spaced``
    too, but the lines between are read as a PDF's page lines are (the blank lines mark
    a paragraph's space on the page, ``pdf_gaps``, where no other sign may show)."""
    lines = [
        [line.rstrip() for line in page.split("\n") if blank_ends or spaced or line.strip()]
        for page in pages
    ]
    furniture = _furniture([[line for line in page if line.strip()] for page in lines])
    text = Joined()
    notes: list[str] = []
    for page in lines:
        body = _strip_edges(page, furniture)
        body = _footnotes_out(body, notes)
        if body:
            text.add(_paragraphs(body, blank_ends), "\n\n")
    return "\n\n".join([str(text), *notes]) if text.parts else "\n\n".join(notes)


def _footnotes_out(lines: list[str], notes: list[str]) -> list[str]:
    """A page's lines without its footnote markers and its footnotes, which go to ``notes``
    (each a paragraph after the text's end). Word sets a marker as a raised digit, which
    the text layer glues to the word or the full stop before it ("styrdokument1.",
    "konsulter.1"), and the note itself sits at the page's foot ("1 Policy antagen 2005.",
    or "1Policy ..." without its space). Left at the foot, a note stood between two
    paragraphs of the text, and a sentence running over the page break was joined onto
    the note. A digit is taken for a marker only after a lower-case word (and its mark)
    and only when a line below it on the page starts with that number: "sidan 12" or
    "COVID19" stay."""
    out = list(lines)
    # the lines a note may start, by its number, top down: a marker takes the lowest line's
    # still free (each marker searched every line below it, a page of thousands of
    # "ordet1" lines took minutes)
    starts: dict[str, list[int]] = {}
    for at, line in enumerate(lines):
        if opens := NOTE_START.match(line):
            starts.setdefault(opens.group(1), []).append(at)
    taken: list[int] = []
    for at, line in enumerate(lines):
        for found in FOOTNOTE_MARKER.finditer(line):
            marker = found.group(1) or found.group(2)
            free = starts.get(marker, [])
            if not free or free[-1] <= at:
                continue
            note = free.pop()
            out[at] = re.sub(
                rf"(?:(?<=[a-zåäöéü]{{3}}){marker}(?=[\s.,;:)]|$)"
                rf"|(?<=[a-zåäöéü]{{2}}[.,;:)]){marker}(?=\s|$))",
                "",
                out[at],
                count=1,
            )
            taken.append(note)
    gone = set(taken)
    for note in sorted(taken):
        text, after = [lines[note].strip()], note + 1
        # a long note wraps onto lines of its own below it, to the next note or the foot
        while after < len(lines) and after not in gone and lines[after][:1].islower():
            text.append(lines[after].strip())
            gone.add(after)
            after += 1
        notes.append(re.sub(r"^(\d{1,2})(?=[A-ZÅÄÖ])", r"\1 ", "\n".join(text)))
    return [line for i, line in enumerate(out) if i not in gone]


def _key(line: str) -> str:
    return re.sub(r"\d+", "#", " ".join(line.split())).casefold()


def _furniture(pages: list[list[str]]) -> set[str]:
    """The keys of lines standing at the same place at a page's edge (the third line from
    the top, the last) on at least half the pages (two at least), and that are no talk and
    no sentence. A running head or foot is drawn at its place on every page; a line that
    repeats by chance does not keep its place ("Beslut" above each item's decision, read
    up from a foot), or is a sentence ("Ja." opening a page of an interview, a standard
    decision), or a speaker's line ("Omar Said 0:58"), and was dropped with the heads."""
    seen: Counter[tuple[str, int]] = Counter()
    for page in pages:
        top = {(_key(line), at) for at, line in enumerate(page[:EDGE])}
        foot = {(_key(line), -1 - at) for at, line in enumerate(reversed(page[-EDGE:]))}
        seen.update(top | foot)
    needed = max(2, (len(pages) + 1) // 2)
    return {
        key
        for (key, _at), count in seen.items()
        if count >= needed
        and any(c.isalpha() for c in key)
        and not SPOKEN.match(key)
        and not SPEAKER_LINE.match(key)
        and not key.rstrip(_CLOSERS + " ").endswith(PROSE_END)
    }


def _is_furniture(line: str, furniture: set[str]) -> bool:
    return bool(PAGE_NUMBER.match(line.strip())) or _key(line) in furniture


def _strip_edges(page: list[str], furniture: set[str]) -> list[str]:
    """The page without the furniture among its first and last ``EDGE`` lines of text
    (and without blank lines at its ends)."""
    start, end, dropped = 0, len(page), 0
    while start < end and (
        not page[start].strip() or (dropped < EDGE and _is_furniture(page[start], furniture))
    ):
        dropped += bool(page[start].strip())
        start += 1
    dropped = 0
    while end > start and (
        not page[end - 1].strip() or (dropped < EDGE and _is_furniture(page[end - 1], furniture))
    ):
        dropped += bool(page[end - 1].strip())
        end -= 1
    return page[start:end]


def _paragraphs(lines: list[str], blank_ends: bool = False) -> str:
    """One page's lines with a blank line where a paragraph ends (``ends``); with
    ``blank_ends`` also where one was (the converter's paragraphs)."""
    lines = [LEADERS.sub(r"\t\1", PRIVATE_BULLET.sub("• ", line)) for line in lines]
    full = full_width(lines)
    text, before, blank = Joined(lines[0]), lines[0], False
    for line in lines[1:]:
        if not line.strip():
            blank = True
            continue
        text.add(line, "\n\n" if blank or ends(before, line, full, blank_ends) else "\n")
        before, blank = line, False
    return str(text)


def starts_own(before: str, line: str) -> bool:
    """Whether ``line`` starts a paragraph of its own after ``before``, however long the
    page's lines run: a list item, a contents entry (the end of one wrapped over two lines
    aside), the line after an entry, and a dash opening a quote after a sentence's end.
    The one rule for where a page's lines part, read by the import and by the coding
    screen, which wraps a PDF's stored lines as their paragraphs (``project/layout.py``)."""
    if LIST_ITEM.match(line) or TOC_ENTRY.search(before):
        return True
    if TOC_ENTRY.search(line):
        return not line.lstrip()[:1].islower()
    # "– Vi måste ..." under "... sa hon." was read into the paragraph above it (an em
    # dash, or a dash without its space, is no list item): the quote is a paragraph
    ended = before.rstrip(_CLOSERS + " ").endswith(SENTENCE_END)
    if SECTION.match(line):  # a minutes' item, after a sentence or a line of no words' case
        return ended or not any(c.islower() for c in before)
    return bool(DASH_QUOTE.match(line)) and ended


def full_width(lines: Iterable[str]) -> int:
    """How long a full line of ``lines`` runs (a contents entry's aside): the length four
    lines in five stay within, so that a short line, a paragraph's last or a heading, stands
    out from those the page or the editor ran out on."""
    lengths = sorted(len(line) for line in lines if line.strip() and not TOC_ENTRY.search(line))
    return lengths[int(len(lengths) * 0.8)] if lengths else 0


def goes_on(before: str, line: str) -> bool:
    """Whether ``line`` carries on the sentence ``before`` broke off: no end mark at the
    line's end, and the next word in lower case."""
    first = line.lstrip()[:1]
    return not before.rstrip().endswith(SENTENCE_END) and first.isalpha() and first.islower()


def ends(before: str, line: str, full: int, kept: bool = False) -> bool:
    """Whether a paragraph ends between two lines whose full ones run ``full`` characters
    (``full_width``): the one rule for where lines part, a PDF's page at its import, a
    converter's paragraphs (``kept``: a PDF saved as text with a blank line between them)
    and a plain text wrapped by its writer, on the coding screen (``ingest/wrapped.py``).

    A line of its own (``starts_own``) parts; so does a new sentence (a capital, a digit,
    "§" or "•", after any opening quotation mark) after a short line: a heading ("Mål"
    under "... alla."), or after a short line that ends without a comma, a hyphen or a
    word a sentence runs on with ("... medarbetare i" / "Malmö stad" stays). Where the
    converter ``kept`` its paragraphs, its blank lines already end them: a short last line
    ending a sentence stays joined ("Kort stycke." / "Med två rader."), a line opening
    with a digit is no new sentence, and a minutes' item ("§ 16 ...") ends its own line
    however long it runs."""
    if starts_own(before, line):
        return True
    if TOC_ENTRY.search(line) or not full:  # the end of an entry wrapped over two lines
        return False
    starts = line.lstrip().lstrip(_OPENERS)[:1]
    capital = starts.isupper() or (starts != "" and starts in "§•")
    if not (capital or (starts.isdigit() and not kept)):
        return False
    if capital and head_line(before):  # a head flattened onto one line, then the text
        return True
    if (  # a short line without an end after a sentence's end: "...alla." / "Mål"
        len(line) < SHORT * full
        and before.rstrip().endswith((".", "!", "?", ":"))
        and not line.rstrip().endswith((*SENTENCE_END, ","))
    ):
        return True
    last = before.rsplit(None, 1)[-1].casefold() if before.strip() else ""
    marks = (*SENTENCE_END, ",", "-") if kept else (",", "-")
    return (
        (len(before) < SHORT * full or (kept and bool(SECTION.match(before))))
        and not before.rstrip().endswith(marks)
        and last not in RUNS_ON  # "Hälsa och arbetsliv för medarbetare i" / "Malmö stad"
    )


def head_line(line: str) -> bool:
    """Whether ``line`` is a head's fields flattened onto one line: two of its labels or
    more ("Handläggare", "Datum", "Dnr") and no sentence's end at the line's end."""
    return len(HEAD_FIELDS.findall(line)) >= 2 and not line.rstrip().endswith(PROSE_END)


TAIL = 200  # how much of the text's last line a join reads: its last word and its end


class Joined:
    """Text built of lines (or of pages' paragraphs) in time linear in its length, however
    many there are. Each join read the whole text so far and copied it, so one page of a
    form-fed .txt took time growing with the square of its lines (80 000 lines 8 s, a
    hostile half million minutes): the parts are kept in a list and joined once."""

    def __init__(self, first: str = "") -> None:
        self.parts: list[str] = [first] if first else []

    def __str__(self) -> str:
        return "".join(self.parts)

    def last(self) -> str:
        """The end of the text's last line, ``TAIL`` characters at most (all a join reads)."""
        tail = ""
        for part in reversed(self.parts):
            end = part[-TAIL:]
            cut = end.rfind("\n")
            tail = end[cut + 1 :] + tail
            if cut >= 0 or len(tail) >= TAIL:
                break
        return tail[-TAIL:]

    def add(self, line: str, paragraph: str) -> None:
        """``line`` after the text: a hyphenated word joined, a sentence run on, else
        ``paragraph`` (a first line is the text)."""
        if not self.parts:
            self.parts.append(line)
            return
        last = self.last()
        words = line.split(None, 1)
        word = words[0] if words else ""
        if (
            re.search(r"\w\w-$", last)
            and word[:1].islower()
            and word.rstrip(".,;:").casefold() not in KEEPS_HYPHEN
        ):
            before = last.rsplit(None, 1)[-1][:-1]
            # an abbreviation or a number keeps its own hyphen ("HR-fråga", "LSS-insats",
            # "2019-års"): a line break after it is no hyphenation to undo
            own = any(c.isdigit() for c in before) or sum(c.isupper() for c in before) >= 2
            if not own:
                self.parts[-1] = self.parts[-1][:-1]
            self.parts.append(line.lstrip())
        elif paragraph == "\n\n" and goes_on(last, line):
            self.parts += ["\n", line]
        else:
            self.parts += [paragraph, line]


def page_lines(source: str) -> bool:
    """Whether a document read from ``source`` (its file's name) keeps its page's line ends
    inside its paragraphs: a PDF's text is lines placed on pages, every other reader's
    line ends are the writer's own."""
    return source.casefold().endswith(".pdf")
