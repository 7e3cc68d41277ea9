"""Speaker turns in plain transcripts: ``I:``, ``R:``, names, timestamps before labels."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from itertools import pairwise

from qualcode.ingest.interludes import (
    PAUSE_WORDS,
    bare_value,
    dated,
    fields_in_a_row,
    heading_label,
    names_who,
    short_value,
    split_turns,
)
from qualcode.model import Turn

KNOWN = {
    "i",
    "r",
    "ip",
    "intervjuare",
    "interviewer",
    "respondent",
    "informant",
    "int",
    "resp",
    "moderator",
    "fråga",
    "svar",
    "q",
    "a",
}
_STAMP = r"\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?"
# a turn's time before its label ("[00:01:23] IP3: ..."), in brackets between the label and
# its colon ("IP3 [00:01:23]: ...") or in brackets right after the colon ("IP3: [00:01:23]
# ..."), as transcribers type it: the last two read, a whole interview was one paragraph
# without speakers, or its turns had no times (the exports' and the TUI's turn clock)
_LABEL = re.compile(
    r"^[ \t]*(?:\*\*)?"
    rf"(?:[\[(]?(?P<ts>{_STAMP})[\])]?[ \t]+)?"
    r"(?P<label>[A-ZÅÄÖ][\wÅÄÖåäö.'-]*(?:[ \t][\wÅÄÖåäö.'-]+){0,3}|[A-ZÅÄÖ]{1,3}\d*|\d{1,4})"
    rf"(?:[ \t]+[\[(](?P<ts_label>{_STAMP})[\])])?"
    r"[ \t]*(?:\*\*)?:(?:\*\*)?[ \t]+"
    rf"(?:[\[(](?P<ts_colon>{_STAMP})[\])][ \t]+)?",
    re.MULTILINE,
)


def _stamp(match: re.Match[str]) -> str | None:
    """A labelled line's time, wherever its writer put it (``_LABEL``)."""
    return match.group("ts") or match.group("ts_label") or match.group("ts_colon")


def _counting(numbers: list[str]) -> bool:
    """Whether labels that are numbers only climb, starting over at 1: a list's or a
    document's numbered sections ("1: Inledning", "2: Bakgrund", then a list from "1:").
    A participant's number speaks again (094, 094) or after a higher one (094, 095, 094)."""
    values = [int(n) for n in numbers]
    if not all(b > a or b == 1 for a, b in pairwise(values)):
        return False
    return not _taking_turns(values)


def _taking_turns(values: list[int]) -> bool:
    """Whether numbers that start over at 1 are speakers taking turns: two or three of
    them, 1 speaking three times or more and each other at least twice ("1: Hur började
    det?" "2: ..." "1: ..." "2: ..." "1: ..."; 1 may speak twice in a row). A list or a
    document's sections start over once or twice (1, 2, then 1, 2), or run longer; an
    interview numbering its two speakers read as one paragraph without them (aaaccfa)."""
    top = max(values, default=0)
    return (
        2 <= top <= 3
        and values.count(1) >= 3
        and all(values.count(n) >= 2 for n in range(2, top + 1))
    )


def _seconds(stamp: str | None) -> float | None:
    if not stamp:
        return None
    parts = [float(p.replace(",", ".")) for p in stamp.split(":")]
    total = 0.0
    for part in parts:
        total = total * 60 + part
    return total


# A speaker's line above what they said, as Teams' and Otter's transcripts save to Word:
# "Speaker 1   0:03" (or "Lena Berg 1:02:33"), the words on the next line.
_HEADER = re.compile(
    r"^[ \t]*(?P<label>[A-ZÅÄÖ][\wÅÄÖåäö.'-]*(?:[ \t][\wÅÄÖåäö.'-]+){0,3})"
    r"[ \t]+(?P<ts>\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?)[ \t]*$",
    re.MULTILINE,
)
# the same with the time first, as Word's own Transcribe writes it: "00:00:03 Speaker 1"
_HEADER_TIME_FIRST = re.compile(
    r"^[ \t]*(?P<ts>\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?)"
    r"[ \t]+(?P<label>[A-ZÅÄÖ][\wÅÄÖåäö.'-]*(?:[ \t][\wÅÄÖåäö.'-]+){0,3})[ \t]*$",
    re.MULTILINE,
)


def _header_turns(text: str) -> tuple[Turn, ...] | None:
    """Turns under speaker lines with a time and no colon ("Speaker 1   0:03", or time
    first as Word's Transcribe writes "00:00:03 Speaker 1"), or ``None`` when the text is
    not written so."""
    for pattern in (_HEADER, _HEADER_TIME_FIRST):
        if (turns := _headed(text, pattern)) is not None:
            return turns
    return None


def _headed(text: str, pattern: re.Pattern[str]) -> tuple[Turn, ...] | None:
    """Turns under ``pattern``'s speaker lines, or ``None``. Read as plain paragraphs, the
    speaker line was a paragraph of its own and nobody spoke: the quotes cited "paragraph 13" and no
    pseudonym could be given. Three such lines at least, two speakers or more, one of them
    heard twice, and times that never go back, so an agenda ("Inledning 10:00", "Fika
    10:30") and an observer's notes ("Observation 09:15", "Observation 10:40") stay text."""
    # "Paus 12:00" on a line of its own is the transcriber's, not a speaker's line
    headers = [m for m in pattern.finditer(text) if not _interlude(m.group("label"), "")]
    labels = Counter(m.group("label") for m in headers)
    times = [_seconds(m.group("ts")) or 0.0 for m in headers]
    # a talk has two voices at least: an observer's notes under "Observation 09:15" are
    # one heading at three times, a programme's headings are each heard once
    if len(headers) < 3 or len(labels) < 2 or max(labels.values()) < 2 or times != sorted(times):
        return None
    turns: list[Turn] = []
    for i, match in enumerate(headers):
        start = match.end()
        end = headers[i + 1].start() if i + 1 < len(headers) else len(text)
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            turns.append(Turn(len(turns), match.group("label"), start, end, times[i]))
    if len(turns) < len(headers):
        return None  # speaker lines one under another: a list of times, not a talk
    return _preamble(text, headers[0].start()) + tuple(turns)


def find_turns(text: str, plain: bool = False) -> tuple[Turn, ...]:
    """Turns from labelled lines; without labels, one turn per paragraph (speaker None).
    ``plain``: the text's line ends are its writer's (a .txt file), so its lines part into
    paragraphs as ``plain_lines`` reads them, a policy document's head line by line."""
    headed = _header_turns(text)
    if headed is not None:
        return split_turns(text, headed)
    matches = [
        m
        for m in _LABEL.finditer(text)
        if len(m.group("label")) <= 40 and not _interlude(m.group("label"), _rest(text, m))
    ]
    if _counting([m.group("label") for m in matches if m.group("label").isdigit()]):
        # numbered lines ("1: Inledning" ... "1: Bilaga"), not participants: they neither
        # speak nor make the rest a dialogue
        matches = [m for m in matches if not m.group("label").isdigit()]
    counts = Counter(m.group("label") for m in matches)
    frequent = {label for label, n in counts.items() if n >= 2}
    known = {label for label in counts if label.lower() in KNOWN}
    stamped = sum(1 for m in matches if _stamp(m))
    dialogue = len(counts) >= 2 and bool(frequent) and len(matches) >= 3
    # a clock time before a heading ("10:30 Inledning:") is an agenda's, not a transcript's
    # stamp, unless a label speaks twice
    if known or dialogue or (stamped >= 2 and frequent):
        # an interview: names beside I/R/Intervjuare, or alternating names, are speakers;
        # a participant's number ("094:", as archived transcripts name interviewees) only
        # where it speaks twice, so a year or a list item opening one line stays text
        accepted = {
            label
            for label in counts
            if len(label.split()) <= 3 and (not label.isdigit() or counts[label] >= 2)
        }
    else:
        accepted = set()
    matches = _fields_out(text, [m for m in matches if m.group("label") in accepted], counts)
    if matches and _title(text, matches[0], counts):
        matches = matches[1:]
    if not matches:  # a transcript laid out as a table, or plain paragraphs
        from qualcode.ingest.speaker_rows import row_turns

        rowed = row_turns(text, _paragraphs)
        if rowed is not None:
            return split_turns(text, rowed)
        if plain:
            from qualcode.ingest.plain_lines import line_parts

            return _paragraphs(text, line_parts(text))
        return _paragraphs(text)
    turns: list[Turn] = []
    for i, match in enumerate(matches):
        start = match.end()
        end = matches[i + 1].start() if i + 1 < len(matches) else len(text)
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            turns.append(
                Turn(len(turns), match.group("label"), start, end, _seconds(_stamp(match)))
            )
    return split_turns(text, _preamble(text, matches[0].start()) + tuple(turns))


def _preamble(text: str, label: int) -> tuple[Turn, ...]:
    """The paragraphs above the first speaker's label at ``label`` (a title, a consent
    note, the minutes of a meeting before its discussion), as turns of nobody's. Left
    out, they had no turn and so no sentence units: no suggestion reached them, and a
    coding there was in no unit's agreement; each is a passage of its own."""
    return _paragraphs(text[:label])


def _fields_out(
    text: str, matches: list[re.Match[str]], counts: Counter[str]
) -> list[re.Match[str]]:
    """The labelled lines without a form's fields: a label heard once (no interview role)
    with a value of no letters ("Datum: 2031-03-02", "Ålder: 45"; or first of several
    fields on its line, "Datum: 2031-03-02. Intervjuare: ..."), or two or more such
    labels on lines one under another, each with a few words ("Yrke: socialsekreterare").
    Read as speakers, each fact about the interview was a participant who spoke once."""
    labels = [m.group("label") for m in matches]
    once = [counts[label] == 1 and label.lower() not in KNOWN for label in labels]
    rests = [_rest(text, m) if once[i] else "" for i, m in enumerate(matches)]
    drop = {
        i
        for i, rest in enumerate(rests)
        if once[i] and (bare_value(rest) or dated(rest) or fields_in_a_row(rest))
    }
    short = [once[i] and short_value(rest) for i, rest in enumerate(rests)]
    for i in range(len(matches) - 1):
        together = text.count("\n", matches[i].end(), matches[i + 1].start()) <= 2
        if together and short[i] and short[i + 1]:
            drop |= {i, i + 1}
    # a title with a colon above the head ("Interview transcript: care workforce study")
    # is no speaker either: the head starts under it, not at it
    titled = {0} if matches and _title(text, matches[0], counts) else set()
    drop |= set(_head(text, matches, drop | titled))
    return [m for i, m in enumerate(matches) if i not in drop]


def _head(text: str, matches: list[re.Match[str]], fields: set[int]) -> range:
    """The labelled lines opening the text that name who took part ("Intervjuare: Sofia
    Ek" over "Intervjuperson: Anna Berg, enhetschef", or both on one line): two or more
    such lines, or one naming two people (``names_who``); one alone may be talk. They
    open the text after any of the form's ``fields`` above them: under "Datum:
    2024-05-14" the head was read as the interviewer's and the interviewee's first turns."""
    start = next((i for i in range(len(matches)) if i not in fields), len(matches))
    named = [names_who(m.group("label"), _rest(text, m)) for m in matches[start : start + 6]]
    run = next((i for i, n in enumerate(named) if not n), len(named))
    return range(start, start + (run if run >= 2 or (run == 1 and named[0] == 2) else 0))


def _rest(text: str, match: re.Match[str]) -> str:
    """The rest of a labelled line, after its colon (found, never sliced off the whole
    text's rest: a file of 200,000 labelled lines took minutes)."""
    end = text.find("\n", match.end())
    return text[match.end() : end if end >= 0 else len(text)]


def _interlude(label: str, rest: str) -> bool:
    """Whether a label is a pause ("Paus: 10 min", "Lunch 12:00") or a heading ("Tema 2:
    Arbetsmiljö"), no speaker: read as one, the pause or the theme spoke."""
    return label.casefold() in PAUSE_WORDS or heading_label(label, rest)


def _title(text: str, first: re.Match[str], counts: Counter[str]) -> bool:
    """Whether the first labelled line is the document's title ("Interview 4: team
    leader, elder care"), not a speaker: the text's first line, a label heard nowhere
    else and no interview role, and no sentence after it. Read as a speaker, the title
    was a turn that ran on over the headings below it and was cited as a participant."""
    label = first.group("label")
    if text[: first.start()].strip() or counts[label] > 1 or label.lower() in KNOWN:
        return False
    line = text[first.end() :].split("\n", 1)[0].rstrip()
    return bool(line) and line[-1] not in ".!?…" and len(line.split()) <= _HEADING_WORDS


def _paragraphs(text: str, parts: Callable[[str, str], bool] | None = None) -> tuple[Turn, ...]:
    """One turn per paragraph (a blank line ends one; a single line break is wrapping),
    a heading typed on its own line being a paragraph of its own: above its paragraph, or
    inside one after a line that ends a sentence (a web page copied from a browser keeps
    one break between a section's last sentence, the next heading and its text). With
    ``parts`` (``before, line -> apart``), a paragraph's lines part where it says instead."""
    turns: list[Turn] = []
    for match in re.finditer(r"[^\n]+(?:\n[^\n]+)*", text):
        chunk = match.group(0)
        # a paragraph of one line has no heading above a text and is no table: its turn is
        # its text (a file of 200,000 one-line paragraphs spent a third of its import
        # cutting each into the lines it did not have)
        if "\n" not in chunk:
            body = chunk.strip()
            if body:
                start = match.start() + len(chunk) - len(chunk.lstrip())
                turns.append(Turn(len(turns), None, start, start + len(body)))
            continue
        cut = _sections(match.start(), chunk) if parts is None else _parted(match, parts)
        for start, body, heading in cut:
            if heading:
                turns.append(Turn(len(turns), None, start, start + len(body)))
            else:
                _add_paragraph(turns, start, body)
    return tuple(turns)


def _sections(offset: int, chunk: str) -> list[tuple[int, str, bool]]:
    """A paragraph's text cut at its heading lines: ``(start, text, is_heading)`` pieces
    in order. A line is a heading only after a line that ends a sentence (or first), so a
    hard-wrapped paragraph's short line stays part of it."""
    lines, at = [], offset
    for line in chunk.split("\n"):
        lines.append((at, line))
        at += len(line) + 1
    pieces: list[tuple[int, str, bool]] = []
    first = 0  # the line the current piece starts at
    for i, (start, line) in enumerate(lines):
        after = lines[i + 1][1] if i + 1 < len(lines) else ""
        before = lines[i - 1][1].rstrip() if i else ""
        opens = i == 0 or before.endswith(_ENDS)
        if after and opens and _heading(line, after):
            pieces.extend(_piece(lines[first:i]))
            lead = len(line) - len(line.lstrip())
            pieces.append((start + lead, line.strip(), True))
            first = i + 1
    pieces.extend(_piece(lines[first:]))
    return pieces


def _parted(match: re.Match[str], parts: Callable[[str, str], bool]) -> list[tuple[int, str, bool]]:
    """A paragraph's lines as pieces cut where ``parts`` parts two lines."""
    lines, at = [], match.start()
    for line in match.group(0).split("\n"):
        lines.append((at, line))
        at += len(line) + 1
    pieces: list[tuple[int, str, bool]] = []
    first = 0
    for i in range(1, len(lines)):
        if parts(lines[i - 1][1], lines[i][1]):
            pieces.extend(_piece(lines[first:i]))
            first = i
    return pieces + _piece(lines[first:])


def _piece(lines: list[tuple[int, str]]) -> list[tuple[int, str, bool]]:
    """Lines of a paragraph between headings as one piece (none if they are blank)."""
    body = "\n".join(line for _, line in lines)
    if not body.strip():
        return []
    lead = len(body) - len(body.lstrip())
    return [(lines[0][0] + lead, body.strip(), False)]


def _add_paragraph(turns: list[Turn], start: int, body: str) -> None:
    """A paragraph's turn, or one per row when its lines are a table's."""
    lines = body.split("\n")
    if len(lines) > 1 and all(_ROW.search(line) for line in lines):
        # a table's rows, one a line: each row its own paragraph, the rule line none
        at = start
        for line in lines:
            cells = line.strip()
            if cells and not _RULE.match(cells):
                first = at + len(line) - len(line.lstrip())
                turns.append(Turn(len(turns), None, first, first + len(cells)))
            at += len(line) + 1
        return
    turns.append(Turn(len(turns), None, start, start + len(body)))


# A table typed or pasted as text: cells split by tabs or by "|" (Markdown's pipe tables,
# "Action | Lead | By when"). Read as wrapping, its rows ran together into one unit that
# a coder could only code whole; each row is a paragraph, and "|---|---|" is no text.
_ROW = re.compile(r"\S\t+\S|\|.*\||\S \| \S")
_RULE = re.compile(r"^[\s|:+-]+$")


# A heading: a short first line ("Syfte", "2.3 Bemanning", "Background:") with no sentence
# ending, above a line that starts a sentence. A hard-wrapped paragraph's first line runs
# to the wrap width or breaks before a lower-case word, so it stays part of its paragraph.
_HEADING_WORDS = 8
_HEADING_CHARS = 60
_ENDS = (".", "!", "?", "…", ":")  # a line ending so may be followed by a heading
_SENTENCE_START = re.compile(r"[\"'“”‘’«»(\[–—-]?[A-ZÅÄÖÉÜ0-9]")


def _heading(line: str, after: str) -> bool:
    line = line.strip()
    if not line or len(line) > _HEADING_CHARS or len(line.split()) > _HEADING_WORDS:
        return False
    if line[-1] in ".,;!?…-–—" or not (line[0].isupper() or line[0].isdigit()):
        return False
    return bool(_SENTENCE_START.match(after.lstrip()))
