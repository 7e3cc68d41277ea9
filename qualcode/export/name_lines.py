"""Where in a text's lines a word stands: in running text (a line that ends a sentence, or
one longer than a heading ever is) or in a title, heading or contents line, whose capitals
say no more than a sentence's first one; in a short line (a one-word turn, a heading), and
in one answering a question that asks where. The name finder (``export/names.py``) asks it."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence

LINE_WORD = re.compile(r"[^\W\d_][\w'-]*")

# a sentence's end in a line: a small letter or a bracket, then the stop and a space or
# the line's end; a contents line's leader ("Omvärldsanalys... 22") is none
_SENTENCE_END = re.compile(r"[a-zåäöéü\d)\]][.!?](?=\s|$)", re.MULTILINE)
# the stop of an abbreviation a form's line writes before a time or a number, which ends
# no sentence: "kl. 9.30 Gruppmöten från kl. 8.30" is a heading's line, not prose
_ABBREVIATION = re.compile(
    r"(?<![\w.])(?:kl|ca|nr|tel|jfr|resp|bl\.a|t\.ex|s\.k|fr\.o\.m|t\.o\.m|e\.g|i\.e)\.$",
    re.IGNORECASE,
)
_RUNNING_WORDS = 10  # a line this long is prose, its sentence wrapped onto the next one
# a contents line's leader and page: "Omvärldsanalys... 22"; a line holding one is a
# contents line however long (a PDF's whole contents page read as one line)
_LEADER = re.compile(r"[^\W\d_]\s?(?:\.{3,}|…)\s*\d+\b")


def running_lines(text: str) -> Callable[[int], bool]:
    """Whether the character at an offset of ``text`` stands in running text: a line that
    ends a sentence, or one longer than a heading ever is. A title, a heading or a
    contents line capitalises a common word as a name is ("4.1 Framåtblick... 22",
    "Förutsättningar till Flerårsplan"); a word written so in a sentence is used as one."""
    starts: list[int] = []
    running: list[bool] = []
    at = 0
    for line in text.splitlines(keepends=True):
        starts.append(at)
        long = len(LINE_WORD.findall(line)) > _RUNNING_WORDS and not _LEADER.search(line)
        running.append(_ends_sentence(line) or long)
        at += len(line)

    def running_at(offset: int) -> bool:
        line = bisect_right(starts, offset) - 1
        return line >= 0 and running[line]

    return running_at


def _ends_sentence(line: str) -> bool:
    """Whether ``line`` ends a sentence somewhere: a stop that is no abbreviation's
    ("kl.", "t.ex."), whose line had read as prose and its capitals as names (eyes43)."""
    return any(
        not _ABBREVIATION.search(line, 0, found.end()) for found in _SENTENCE_END.finditer(line)
    )


# a line this short (its words after a speaker's label) is a one- or two-word turn or a
# heading: its first capital says no more than a sentence's first, but it may be all a
# place ever gets ("R: Backe." after "Var bor du?"), so it is read, not skipped
SHORT_WORDS = 3
_SHORT_CHARS = 120  # more characters than three words and their stops ever take
_LABEL = re.compile(r"[ \t]*[^\W\d_][\w.-]*(?:[ \t][^\W\d_][\w.-]*){0,2}:[ \t]+")
# a question asking where: "Var bor du?", "Varifrån kommer du?", "I vilken kommun?",
# "Where do you work?"; never "Var det bra?" (was it), whose answer ("Bra.") names nothing
_ASKS_WHERE = re.compile(
    r"(?<![\w-])(?:[Vv]ar(?:\s+någonstans)?\s+(?:bor|bodde|jobbar|jobbade|arbetar|arbetade|"
    r"ligger|låg|växte|kommer|finns|fanns|är|började|flyttade)\b|[Vv]arifrån|[Vv]art\s+"
    r"(?:flyttade|flyttar|åkte|åker|tog)\b|[Vv]ilk(?:en|et)\s+(?:kommun|ort|stad|by|"
    r"stadsdel|region|län|förvaltning|enhet|kontor|område)\b|[Ww]here\b|[Ww]hich\s+(?:town|"
    r"city|village|council|county|area|office|borough)\b)[^\n]*\?"
)


def line_kinds(text: str) -> tuple[Callable[[int], bool], Callable[[int], bool]]:
    """Two questions of an offset of ``text``: whether it stands in a short line (at most
    ``SHORT_WORDS`` words after a speaker's label, each capitalised: a one-word turn, a
    heading), and whether a line as short, capitals or not, answers a question asking
    where (the line before it, blank lines aside, asks "Var bor du?"): there a capitalised
    word is a place as surely as after "i" or "på", a common word too ("Backe", "Mora")."""
    starts: list[int] = []
    short: list[bool] = []
    answers: list[bool] = []
    asked = False
    at = 0
    for line in text.splitlines(keepends=True):
        label = _LABEL.match(line)
        said = line[label.end() :] if label else line
        starts.append(at)
        # a short question ("Hur länge?", "Och sen?") asks; it names no one more than a
        # sentence's start does, nor does a phrase in small letters after its first word
        # ("• Strategic workforce planning", "Jag vet inte"): a name's line is capitals
        # (a long line is never short: its words are not counted, most lines' case)
        words = LINE_WORD.findall(said) if len(said) <= _SHORT_CHARS else []
        brief = 0 < len(words) <= SHORT_WORDS and "?" not in said
        short.append(brief and all(w[:1].isupper() for w in words))
        answers.append(brief and asked)
        if line.strip():
            asked = "?" in line and bool(_ASKS_WHERE.search(line))
        at += len(line)

    def line_of(offset: int) -> int:
        return bisect_right(starts, offset) - 1

    return (
        lambda offset: line_of(offset) >= 0 and short[line_of(offset)],
        lambda offset: line_of(offset) >= 0 and answers[line_of(offset)],
    )


def between_one_name(
    text: str, matches: Sequence[re.Match[str]], at: int, common: Callable[[str], bool]
) -> bool:
    """Whether the capital ``matches[at]`` is a common word (``common``) between a name of
    two words and the same name again, a title between allowed ("Tamsin Okoro Portrait
    Tamsin Okoro", "Rhys Dunmore Portrait Mr Rhys Dunmore"): a debate page's label for the
    speaker's picture, proposed as a person for the names beside it (minor49)."""
    from qualcode.export.name_words import TITLES

    def joined(a: int, b: int) -> bool:
        return text[matches[a].end() : matches[b].start()] in (" ", "\u00a0")

    again = at + 1
    if again < len(matches) and matches[again].group(1).casefold() in TITLES:
        again += 1
    if at < 2 or again + 1 >= len(matches):
        return False
    if not all(joined(a, a + 1) for a in (at - 2, at - 1, *range(at, again + 1))):
        return False
    name = [m.group(1) for m in matches[at - 2 : at]]
    return name == [m.group(1) for m in matches[again : again + 2]] and common(
        matches[at].group(1).casefold()
    )
