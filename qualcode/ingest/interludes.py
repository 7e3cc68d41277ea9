"""What stands between a transcript's turns and is nobody's words: pauses, headings, tables.

A transcriber marks the break ("Paus 12:00", "(paus)", "[Paus]", "Lunch 12.00-13.00") on a
line of its own, the interview guide's theme ("Tema 2: Arbetsmiljö") above the questions it
led to, and a small table of background facts (age, post, years employed) where the
interview turned to them. Read as talk, each fell into the turn above it, so the pause was
a respondent's words and coded with them, "Tema 2" became a speaker, and a table's rows
were a sentence of the answer before it. Here such lines are found inside a turn and given
turns of their own with no speaker; what the speaker says after a pause is their turn
again, what follows a heading or a table is nobody's until the next label.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from qualcode.model import Turn
from qualcode.texts import MONTHS, MONTHS_SHORT

__all__ = [
    "PAUSE_WORDS",
    "bare_value",
    "dated",
    "fields_in_a_row",
    "heading_label",
    "is_pause",
    "names_who",
    "short_value",
    "split_turns",
]

PAUSE_WORDS = frozenset(
    {"paus", "pausen", "lunch", "lunchpaus", "lunchrast", "fika", "fikapaus", "kaffepaus"}
    | {"rast", "break", "pause", "lunchbreak"}
)
# what a pause line may say besides its word: how long, from when to when
_PAUSE_REST = frozenset(
    {"min", "mins", "minut", "minuter", "minute", "minutes", "ca", "cirka", "kl", "sek"}
    | {"sekunder", "seconds", "s", "h", "tim", "timme", "timmar", "hour", "hours", "och"}
    | {"till", "to", "from", "från", "lång", "kort", "long", "short", "coffee"}
)
# a heading a transcriber sets above a part of the interview guide: its word, then a
# number or a colon ("Tema 2", "Del II:", "Theme: Workload"), then a short title
_HEADING_WORD = r"(?:tema|temat|del|avsnitt|område|frågeområde|block|theme|part|section|topic)"
HEADING_LABEL = re.compile(rf"^{_HEADING_WORD}(?:[ \t]+(?:\d{{1,2}}|[IVX]{{1,4}}))?$", re.I)
# ... its number closes it or a title follows in capitals ("Tema 2 Arbetsmiljö"): "Del 2 av
# problemet var pengarna", a line of talk, runs on (review31)
_NUMBERED = r"(?:\d{1,2}|[IVX]{1,4})\b[ \t]*(?:[:.–—-]|$|(?-i:[A-ZÅÄÖ0-9]))"
_HEADING = re.compile(rf"^(?:#{{1,6}}[ \t]+\S|{_HEADING_WORD}[ \t]*(?:{_NUMBERED}|[:–—-]))", re.I)
# a form's field on a line of its own ("Ålder: 45", "Yrke: socialsekreterare"): a fact
# about the interview or the person, not a speaker heard once
FIELD = re.compile(r"^[ \t]*[^\W\d_][\w .'-]{0,30}:[ \t]+(?P<value>\S.*)$")
_FIELD_WORDS = 4
_ANSWERS = frozenset(
    {"ja", "nej", "jo", "nä", "nja", "mm", "mhm", "precis", "exakt", "absolut", "okej", "ok"}
    | {"yes", "no", "yeah", "right", "exactly", "sure", "okay", "well", "hm", "tack", "thanks"}
)
# a table's row typed or pasted as text: cells split by tabs or by "|"
_ROW = re.compile(r"\S\t+\S|\|.*\||\S \| \S")
_RULE = re.compile(r"^[\s|:+-]+$")
_TITLE_WORDS = 8


def is_pause(line: str) -> bool:
    """Whether ``line`` is a transcriber's mark of a pause or break, on a line of its
    own: a pause word, maybe in brackets, with at most how long or when."""
    if len(line) > 60:  # most lines of talk are longer: no words are read out of them
        return False
    words = re.findall(r"[^\W\d_]+", line.casefold())
    if not words or not any(w in PAUSE_WORDS for w in words[:2]):
        return False
    rest = [w for w in words if w not in PAUSE_WORDS]
    return all(w in _PAUSE_REST for w in rest)


def bare_value(value: str) -> bool:
    """A field's value without a letter: a date, a number, a time ("2031-03-02", "45")."""
    return bool(value.strip()) and not any(c.isalpha() for c in value)


# the next field of a head line holding several ("2024-05-14. Intervjuare: Sofia Ek."):
# a mark ending the value before it, then a label of a word or two and its colon
_NEXT_FIELD = re.compile(r"[.;,][ \t]+[A-ZÅÄÖ][\wÅÄÖåäö-]*(?:[ \t][\wÅÄÖåäö-]+)?:[ \t]+\S")


def fields_in_a_row(value: str) -> bool:
    """A labelled line's value that is the first of several fields on one line: a value
    without a letter (a date, a number) or a date (``dated``) and another label after it
    ("Datum: 2024-05-14. Intervjuare: Sofia Ek. Deltagare: ..."). Read as a speaker heard
    once, the date was a participant, and the interviewee cited as the second of a pair
    interview (user49).
    A value with words before the next colon is talk ("45 ärenden. Chefen sa: nej")."""
    found = _NEXT_FIELD.search(value)
    if found is None:
        return False
    first = value[: found.start()]
    return bare_value(first) or dated(first)


# the head of a transcript naming who took part, a role's label and a person's name on
# each line or several on one ("Intervjuare: Sofia Ek. Intervjuperson: Anna Berg,
# enhetschef."): the roles, and a name of two to four words with capitals (a particle or a
# hyphen inside: "Anna af Klint", "Lars-Erik Wahlberg"), her post after a comma or in
# brackets; a greeting or an answer ("Hej Anna.", "Ja Sofia") is talk
_ROLE_WORDS = frozenset(
    {"intervjuare", "interviewer", "intervjuperson", "intervjuad", "interviewee", "ip"}
    | {"respondent", "informant", "deltagare", "participant", "moderator", "i", "r", "int"}
)
_GREETINGS = frozenset(
    {"hej", "hejsan", "tjena", "välkommen", "hello", "hi", "welcome", "god", "good", "thank"}
)
# a role's number in a group interview ("IP1", "Intervjuperson 2", "Respondent 3b"): the
# head of such an interview names each participant under her numbered label
_ROLE_NUMBER = re.compile(r"[ \t]*\d+[a-z]?$")
_NAME = re.compile(
    r"[A-ZÅÄÖ][\w'-]*(?:[ \t]+(?:[A-ZÅÄÖ][\w'-]*|af|von|van|de|da|du)){1,3}\.?"
    r"(?:[ \t]*(?:,[^.?!:]*|\([^)]*\))\.?)?"
)


def names_who(label: str, rest: str) -> int:
    """How a labelled line names a person in a transcript's head: 0 when it does not
    (talk), 1 when its value is a role's person's name ("Intervjuare: Sofia Ek"), 2 when a
    name is followed by another role's field on the same line ("Intervjuare: Sofia Ek.
    Intervjuperson: Anna Berg."). Read as turns, the head made "Intervjuperson" a second
    participant heard once, so the only interviewee was cited as "IP1b" beside an "IP1a"
    who was the head line (user50)."""
    if not _a_role(label):
        return 0
    value = rest.strip()
    found = _NEXT_FIELD.search(value)
    name = value[: found.start()] if found else value
    first = name.split()[0].casefold().strip(",.!") if name.split() else ""
    if first in _GREETINGS | _ANSWERS or not _NAME.fullmatch(name.strip()):
        return 0
    if found is None:
        return 1
    after = value[found.start() + 1 :].split(":", 1)[0].strip()
    return 2 if _a_role(after) else 1


def _a_role(label: str) -> bool:
    """Whether ``label`` names a role in an interview, numbered or not: the head of a
    group interview ("Intervjuare: Sofia Ek" over "IP1: Anna Berg, enhetschef" and "IP2:
    ...") was read as each participant's first turn, her name quoted as her words."""
    return _ROLE_NUMBER.sub("", label.casefold()) in _ROLE_WORDS


# the words of a date written with its month's name ("14 May 2024", "den 3 mars", "okt."):
# the months as ``texts.MONTHS`` lists them, and the little words between
_DATE_WORDS = MONTHS_SHORT.union(*MONTHS.values(), {"den", "the", "of"})


def dated(value: str) -> bool:
    """A field's value that is a date written with its month's name ("14 May 2024", "den
    3 mars 2024"): a number and no word but a month's (an English head line, "Date: 14
    May 2024. Interviewer: ...", made "Date" a participant as the bare date did)."""
    words = re.findall(r"[^\W\d_]+", value.casefold())
    return any(c.isdigit() for c in value) and bool(words) and all(w in _DATE_WORDS for w in words)


def short_value(value: str) -> bool:
    """A field's value: a few words ending in no sentence's mark ("socialsekreterare"),
    no short answer ("Anna: Ja" and "Bo: Nej" are two people speaking once)."""
    value = value.strip()
    first = value.split()[0].strip(",.!?").casefold() if value else ""
    return (
        bool(value)
        and len(value.split()) <= _FIELD_WORDS
        and _title(value)
        and first not in _ANSWERS
    )


def _field(line: str, bare: bool) -> bool:
    found = FIELD.match(line)
    if found is None:
        return False
    return (bare_value if bare else short_value)(found.group("value"))


def _title(text: str) -> bool:
    """A heading's title: short, ending in no sentence's mark."""
    text = text.strip()
    return len(text.split()) <= _TITLE_WORDS and not text.endswith((".", "?", "!", "…"))


def heading_label(label: str, rest: str) -> bool:
    """Whether a labelled line ("Tema 2: Arbetsmiljö") is a heading, not a speaker."""
    return bool(HEADING_LABEL.match(label.strip())) and _title(rest)


def _heading(line: str) -> bool:
    """A heading typed on a line of its own: capitalised (a wrapped line of talk runs on in
    lower case, "del 3 av ärendena ..."), or a Markdown heading."""
    line = line.strip()
    first = line[:1]
    return (first == "#" or first.isupper()) and bool(_HEADING.match(line)) and _title(line)


def _kinds(lines: list[str]) -> list[str]:
    """Each line of a turn's text: 'talk', 'pause', 'heading', 'row' or 'rule' (a blank
    line is 'talk'). The first line is the speaker's, whatever it holds. A row is a
    table's only with another row beside it (blank lines between them aside, as a Word
    table's rows come) or a heading above it; a short line with no sentence's end right
    above a table is the table's heading ("Bakgrund")."""
    kinds = ["talk"] * len(lines)
    filled = [at for at, line in enumerate(lines) if line.strip()]  # neighbours skip blanks
    rows = {at for at in filled if _ROW.search(lines[at]) and not _RULE.match(lines[at].strip())}
    rules = {at for at in filled if _RULE.match(lines[at].strip())}
    short: dict[int, bool] = {}  # a line's "label: a few words", asked of it once

    def short_field(at: int) -> bool:
        if at not in short:
            short[at] = _field(lines[at], bare=False)
        return short[at]

    for n, at in enumerate(filled):
        if at == 0:
            continue
        line, before = lines[at], filled[n - 1] if n else None
        after = filled[n + 1] if n + 1 < len(filled) else None
        if is_pause(line):
            kinds[at] = "pause"
        elif _heading(line):
            kinds[at] = "heading"
        elif at in rows and (
            after in rows
            or after in rules
            or before in rules
            or (before is not None and kinds[before] in ("row", "heading"))
        ):
            kinds[at] = "row"
        elif _field(line, bare=True) or (
            short_field(at)
            and (
                (after is not None and short_field(after))
                or (before is not None and kinds[before] in ("row", "heading"))
            )
        ):
            kinds[at] = "row"  # a form's fields: "Ålder: 45", or two short ones together
        elif at in rules and (after in rows or (before is not None and kinds[before] == "row")):
            kinds[at] = "rule"
    for n, at in enumerate(filled[1:-1], 1):  # "Bakgrund" over a table: its heading
        line = lines[at].strip()
        if kinds[at] == "talk" and kinds[filled[n + 1]] == "row" and line[:1].isupper():
            kinds[at] = "heading" if _title(line) else "talk"
    return kinds


def _pieces(text: str, turn: Turn) -> Iterator[tuple[str, int, int]]:
    """``(kind, start, end)`` runs of a turn's text: talk as one run, each interlude line
    as its own."""
    lines, at = [], turn.start
    for line in text[turn.start : turn.end].split("\n"):
        lines.append((at, line))
        at += len(line) + 1
    kinds = _kinds([line for _, line in lines])
    run: list[tuple[int, str]] = []
    for (start, line), kind in zip(lines, kinds, strict=True):
        if kind == "talk":
            run.append((start, line))
            continue
        yield from _talk(run)
        run = []
        if kind != "rule":
            lead = len(line) - len(line.lstrip())
            yield kind, start + lead, start + len(line.rstrip())
    yield from _talk(run)


def _talk(run: list[tuple[int, str]]) -> Iterator[tuple[str, int, int]]:
    body = "\n".join(line for _, line in run)
    if body.strip():
        lead = len(body) - len(body.lstrip())
        yield "talk", run[0][0] + lead, run[0][0] + len(body.rstrip())


# a footnote as the readers append it after the text ("1 Respondenten avser ..."): its
# number, a space, and a word (``docx_text.footnotes``, ``pdf_layout``), or a number that
# opens the note's sentence ("1 2019 års budget ...", "2 12 av 15 tjänster ..."), which
# Word's notes begin with as often as a word. Not a group of three digits: "1 000 kronor"
# closing a Swedish answer is a figure said, its thousands set apart by a space. Or its
# number in brackets, as Google Docs' pages and Markdown write notes ("[1] År 2029."):
# read as the last answer's words, a page's notes were the respondent's
_NOTE = re.compile(
    r"(?:\[(?P<bracketed>\d{1,2})\][ \u00a0]?|(?P<number>\d{1,2}) )"
    r"(?:[^\W\d_]|(?!\d{3}(?!\d))\d)"
)
MAX_NOTES = 99  # the readers number notes with at most two digits


def _trimmed(text: str, end: int) -> int:
    """``end`` moved back over the whitespace before it."""
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end


def notes_start(text: str) -> int | None:
    """Where a document's footnotes begin: the paragraphs closing the text numbered 1, 2,
    ... in order, as the .docx and PDF readers append them; None without such notes."""
    found: list[tuple[int, int]] = []  # (offset, number), from the end backwards
    end = _trimmed(text, len(text))
    while end > 0 and len(found) < MAX_NOTES:
        start = text.rfind("\n\n", 0, end)
        start = 0 if start < 0 else start + 2
        note = _NOTE.match(text, start)
        if note is None:
            break
        found.append((start, int(note.group("bracketed") or note.group("number"))))
        end = _trimmed(text, start)
    numbers = [n for _, n in reversed(found)]
    if 1 not in numbers:
        return None
    first = len(numbers) - 1 - numbers[::-1].index(1)  # the last run counting from 1
    if numbers[first:] != list(range(1, len(numbers) - first + 1)):
        return None
    return found[len(found) - 1 - first][0]


def _notes_apart(text: str, turns: tuple[Turn, ...]) -> tuple[Turn, ...]:
    """A speaker's last turn without the footnotes after it: each note a turn of nobody's.
    Read into the turn, the transcriber's notes were the respondent's last words."""
    at = notes_start(text)
    if at is None:
        return turns
    out: list[Turn] = []
    for turn in turns:
        if turn.speaker is None or not turn.start < at < turn.end:
            out.append(turn)
            continue
        end = _trimmed(text, at)
        if end > turn.start:
            out.append(
                Turn(turn.idx, turn.speaker, turn.start, end, turn.start_time, turn.end_time)
            )
        start = at
        while start < turn.end:
            stop = text.find("\n\n", start, turn.end)
            stop = turn.end if stop < 0 else stop
            out.append(Turn(turn.idx, None, start, _trimmed(text, stop)))
            start = stop + 2
    return tuple(out)


def split_turns(text: str, turns: tuple[Turn, ...]) -> tuple[Turn, ...]:
    """Speakers' turns with the pauses, headings and tables inside them as turns of their
    own (no speaker; a turn's time stays on its first part), and the footnotes after the
    last one (``notes_start``). A turn without them is as it was; a paragraph without a
    speaker is never cut here."""
    out: list[Turn] = []
    for turn in _notes_apart(text, turns):
        if turn.speaker is None or "\n" not in text[turn.start : turn.end]:
            out.append(_renumbered(turn, len(out)))
            continue
        speaker: str | None = turn.speaker
        first = True
        for kind, start, end in _pieces(text, turn):
            if kind == "talk":
                times = (turn.start_time, turn.end_time) if first else (None, None)
                # talk running on in lower case is the speaker's sentence going on, after
                # a table's row or a field too ("Först: bemanningen" / "och det ...")
                said = turn.speaker if text[start : start + 1].islower() else speaker
                out.append(Turn(len(out), said, start, end, *times))
                first = False
            else:
                out.append(Turn(len(out), None, start, end))
                # talk after a pause is the speaker's still; after a heading or a table,
                # nobody's until the next label
                if kind != "pause":
                    speaker = None
    return tuple(out)


def _renumbered(turn: Turn, idx: int) -> Turn:
    if turn.idx == idx:
        return turn
    return Turn(idx, turn.speaker, turn.start, turn.end, turn.start_time, turn.end_time)
