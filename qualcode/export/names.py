"""Names in running text that a pseudonym key should hold: people, places, workplaces.

Without a trained recogniser (the pipelines here are blank), a name is a capitalised word
in the middle of a sentence (or next to another capitalised word: "Eva Olofsson" at a
sentence's start) that the texts never write in lower case. That alone proposes every
weekday, language and title word too, so each candidate is then sorted by evidence:

- person: a common first name, a surname's ending (-sson, -berg, -ström ...), standing
  next to a first name or a title (Mr, fru, chefen ...), or addressed ("tack Gunnel");
- place: a place name's ending (-köping, -borg, -å ...) or after "i", "från", "in" ...;
- workplace: a local workplace's ending (-skolan, -gården, -boendet ...);
- dropped: words that name no one (weekdays, months, languages, nationalities, countries,
  national agencies, parties and unions, software, document words, the greetings and
  answers that open a turn: "Hej", "Okej", "Precis"; the kinds of body every municipality
  or sector has: "Socialnämnden", "Socialförvaltningen", "Region", "Provider", "Alliance";
  laws, "Arbetsmiljölagen"; a letter's heading words: "Handläggare", "Diarienummer",
  "Postadress"), and words that are
  ordinary words of Swedish or English (``ordinary``) with no evidence of being a name.

What is left with no evidence either way is proposed as ``other``, so an unusual name is
still offered to the lead. Measured on the demo and on real Swedish and English public
text in ``benchmarks/bench_pseudonyms.py``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Container, Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from qualcode.export.name_commons import (
    body_house,
    common_compound,
    genitive_of_first_name,
    openers_before_names,
    plain_pair,
    sentence_openers,
)
from qualcode.export.name_lines import LINE_WORD
from qualcode.export.name_words import (
    FIRST_NAMES,
    FUNCTION_WORDS,
    GREETINGS,
    NAME_WORDS,
    NATIONAL_ENDINGS,
    NOT_NAMES,
    PLACE_ENDINGS,
    REPORTING_VERBS,
    SURNAME_ENDINGS,
    TITLE_ENDINGS,
    TITLES,
    WORKPLACE_ENDINGS,
    first_name,
    inflected_word,
)

if TYPE_CHECKING:
    from qualcode.export.name_scan import TextNames

# a capitalised word, a double name ("Öberg-Lind"), and one opened by "O'", "D'", "Mc" or
# "Mac" ("O'Neill", "McDonald"): read from its second capital on, "Sean O'Neill" was keyed as
# "Neill" and went out as "Sean O'N4"
_WORD = re.compile(
    r"(?<![\w-])((?:[A-Z]['’](?=[A-Z])|Ma?c(?=[A-Z]))?[A-ZÅÄÖÉÜ][a-zåäöéüøæ]+"
    r"(?:-[A-ZÅÄÖ][a-zåäöéü]+)?)(?![\w-])"
)
# a list item starts a sentence too: "• Strategic workforce planning" names no one (eyes7)
_SENTENCE_START = re.compile(r"(?:^|[.!?:…\]\)\"”»•▪◦‣∙]\s*|\n\s*|[-–]\s+)$")
_LAW = re.compile(r"\blex\s+$", re.IGNORECASE)
# a place after those words, and after the body it names: "Region Västernorrland"
_PLACE_BEFORE = re.compile(
    r"(?:\b(?:i|på|från|till|utanför|nära|in|from|to|near|of|[Rr]egion|[Ll]andstinget)\s+)$"
)
# of those, the ones a person's name hardly ever follows: "i Skönsberg", "på Skönsberg"
# (a district) say place more surely than a surname's ending says person, where "från
# Lindqvist" (a mail from her) and "till", "to", "of" may stand before a person too
# (capitalised too, opening a sentence or a short answer: "I Mora.", "På Backe.")
_WHERE_BEFORE = re.compile(
    r"(?:\b(?:[iI]|[pP]å|[uU]tanför|[nN]ära|in|near|[Rr]egion|[Ll]andstinget)\s+)$"
)
# English's: after them an ordinary word capitalised is a sector or a body, not a place
# ("worked in Health", "a career in Care")
_ENGLISH_BEFORE = re.compile(r"(?:\b(?:in|from|to|near|of)\s+)$")
# a title written with its full stop stands before a name, not at a sentence's end ("Dr. Bo")
_TITLE_DOT = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Prof|Fr|Hr)\.\s+$")
_NEXT_WORD = re.compile(r"[ \u00a0]+([a-zåäö]+)\b")
# a word right after a greeting is a person addressed ("tack Gunnel")
_ADDRESSED = re.compile(
    r"\b(?:hej|hejsan|hallå|tjena|tack|välkommen|hi|hello|hey|thanks|thank you|welcome|dear)"
    r",?\s+$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class NameCandidate:
    """A word proposed for the key, what kind of name it seems, how often and where."""

    word: str
    kind: str  # person, place, workplace or other
    seen: int
    where: str
    also_word: bool = False  # a first name the texts also write as a word ("Sten", "Will")


def _mid_sentence(text: str, at: int) -> bool:
    return not _SENTENCE_START.search(text[max(0, at - 4) : at])


_SENTENCE_ENDS = (".", "!", "?", "…", ",", ";")


def _heading(line: str, ordinary: Callable[[str], bool] | None) -> bool:
    """Whether ``line`` is a Title Case heading ("Welfare Reform: An Evaluation"): short,
    with no sentence end and no brackets, every word but a function word capitalised, more
    than half of its words function words or ordinary words of the language, and no first
    name or surname among them. Its capitals say no more than a sentence's first one, where
    they had proposed "An" and "Evaluation" as names. A letter's "Handläggare Eva Lundmark
    Datum" names its writer, and a line with a party in brackets ("Interpellation av
    Martina Holmgren (C)", "Mike Hartwell (Weaver Vale) (Lab)") a speaker: read as before."""
    words = LINE_WORD.findall(line)
    text = line.strip()
    if ordinary is None or not 3 <= len(words) <= 12 or text.endswith(_SENTENCE_ENDS):
        return False
    if "(" in text:
        return False
    # a page's line of links may hold a small word or two ("Read Full debate Read Hansard
    # Text"), each an ordinary one; a line mostly in small letters is a sentence
    small = [w for w in words if w[0].islower() and w.casefold() not in FUNCTION_WORDS]
    if len(small) * 4 > len(words) or not all(ordinary(w.casefold()) for w in small):
        return False
    if any(first_name(w) or _surname(w) for w in words):
        return False
    plain = sum(w.casefold() in FUNCTION_WORDS or ordinary(w.casefold()) for w in words)
    return plain * 2 > len(words)


def _surname(word: str) -> bool:
    low = word.casefold()
    # "-son" of "Intervjuperson", "Kontaktperson" (a heading's) is a person, not a surname
    return low.endswith(SURNAME_ENDINGS) and len(low) > 5 and not low.endswith("person")


def _heading_spans(text: str, ordinary: Callable[[str], bool] | None) -> list[tuple[int, int]]:
    """The start and end of each heading line in ``text`` (see ``_heading``)."""
    spans = []
    at = 0
    for line in text.splitlines(keepends=True):
        if _heading(line, ordinary):
            spans.append((at, at + len(line)))
        at += len(line)
    return spans


def _plainly_named(word: str) -> bool:
    """Whether ``word`` names someone wherever it stands, a sentence's start too: a common
    first name that is no word of its own ("Karin", "Åsa", and "Karins"). Skipped there, a
    participant named only at the starts of sentences ("Karin sa att ...", a line opening
    with her name) was never proposed, and every export printed her name; "Per", "Will"
    and "Mark" are words too, and at a sentence's start say nothing."""
    low = word.casefold()
    if low not in FIRST_NAMES and low.endswith("s"):
        low = low[:-1]  # the genitive: "Karins chef"
    return low in FIRST_NAMES and low not in NAME_WORDS


def _evidence(word: str, neighbours: Iterable[str], preceding: str) -> str | None:
    """The kind of name ``word`` seems to be from itself, its capitalised neighbours and
    the words before it, if any; a kind in capitals is sure (``_kind`` weighs them): a
    first name or title beside it, addressed, or where only a place stands."""
    low = word.casefold()
    near = {w.casefold() for w in neighbours}
    if first_name(word) or any(first_name(w) for w in near) or near & TITLES:
        return "PERSON"
    if _ADDRESSED.search(preceding):
        return "PERSON"
    if low.endswith(WORKPLACE_ENDINGS):
        return "workplace"
    if _WHERE_BEFORE.search(preceding):
        return "PLACE"
    if _PLACE_BEFORE.search(preceding):
        return "place"
    if _surname(word):
        return "person"
    if low.endswith(PLACE_ENDINGS) and len(low) > 3:
        return "place"
    return None


def _kind(votes: Counter[str]) -> str:
    """The kind most of a word's sure evidence says (a district seen "på Skönsberg" once
    is a place, however often its "-berg" says surname), else most of the rest, else
    ``other``."""
    sure = [k for k in votes if k.isupper()]
    named = sure or [k for k in votes if k not in ("other", "bare", "genitive")]
    return max(named, key=lambda k: votes[k]).lower() if named else "other"


def _dropped(word: str) -> bool:
    low = word.casefold()
    base = low[:-1] if low.endswith("s") else low  # "Sveriges" is Sverige's
    return (
        low in NOT_NAMES
        or low in FUNCTION_WORDS
        or base in NOT_NAMES
        or low in GREETINGS
        or low in TITLES
        or low.endswith(TITLE_ENDINGS)
        or low.endswith(NATIONAL_ENDINGS)
        or base.endswith(NATIONAL_ENDINGS)
        or body_house(low)
    )


def find_names(
    texts: Mapping[str, str],
    skip: Iterable[str] = (),
    ordinary: Callable[[str], bool] | None = None,
    lowercase: Callable[[str], bool] | None = None,
    scans: Mapping[str, TextNames] | None = None,
    compound: Callable[[str], bool] | None = None,
    function: Container[str] = FUNCTION_WORDS,
) -> list[NameCandidate]:
    """Candidates in ``texts`` (by document name), most often seen first; ``skip`` holds
    words already accounted for (speaker labels, coders); ``ordinary(word)`` says whether
    a lower-case word is a common word of the language (asked only for words without
    evidence of being a name); ``lowercase(word)`` whether English writes a word mostly
    in lower case (asked of a word an English preposition alone makes a place). ``scans``
    holds texts' scans read before (``name_scan.scan_text``, by the same names); a text
    without one is scanned here. ``compound(word)`` says whether a lower-case word is a
    compound of common words (``name_commons`` says when that drops it); ``function``: the
    function words, none of them a name's part at a sentence's start (``sentence_openers``)."""
    read = scanned(texts, ordinary, lowercase, scans)
    skipped = {s.casefold() for s in skip}
    lower = set().union(*(scan.lower for scan in read.values()))
    # a first name that is also a word ("Sten", "Will") is read as a name, not dropped for
    # the word's lower-case uses: dropped, the lead was never asked of it (pseudo36)
    words = {w for w in lower if w in NAME_WORDS}
    lower -= words
    seen: Counter[str] = Counter()
    where: dict[str, str] = {}
    kinds: dict[str, Counter[str]] = {}
    paired: dict[str, set[str]] = {}  # a word written beside another capital: those
    reported: set[str] = set()  # a word-name seen as a name only before a verb of saying
    named: set[str] = set()  # seen as a name some other way
    in_prose: set[str] = set()  # written capitalised inside a sentence of running text
    alone: set[str] = set()  # so, alone between small words (``name_scan._bare``)
    owned: set[str] = set()  # so, in a name's genitive the tables list ("Sirpas")
    worded: set[str] = set()  # a word the texts write in lower case, a name here
    every = [o for scan in read.values() for o in scan.occurrences]
    openers = sentence_openers(((o[0], o[2], o[4]) for o in every), function)
    openers |= openers_before_names(((o[0], o[1], o[2], o[4]) for o in every), ordinary)
    for doc, scan in read.items():
        # each distinct occurrence of a capitalised word, as the scan read it in its text
        for (
            word,
            before,
            after,
            titled,
            at_start,
            says,
            law,
            body,
            ev,
            sector,
            running,
            short,
            n,
        ) in scan.occurrences:
            if word.casefold() in skipped:
                continue
            if word.lower() in lower:  # a word, but a place as surely as "i Backe", or
                # a surname after a first name ("Johan Ek", "Anna Berg": left, "N1 Ek")
                surname = ev == "PERSON" and bool(before) and first_name(before)
                inflected = not surname and inflected_word(word.lower(), ordinary)
                if not surname and (ev != "PLACE" or at_start or inflected):
                    continue  # (an answer's first word alone, "Backe.": the word)
                worded.add(word)
            if word.endswith("s") and word[:-1].casefold() in skipped:
                continue  # "Sundsvalls": the genitive of a name accounted for, which the
                # key replaces with it ("Kommun A:s"); proposed apart, it took a pseudonym
                # of its own ("Ort B") and the place read as two
            pair = [w for w in (before, after) if w and not _dropped(w) and w.lower() not in lower]
            pair = [w for w in pair if (w, word) not in openers and (word, w) not in openers]
            said = at_start and not pair and says
            opens = at_start and not pair and not _plainly_named(word) and not said
            if opens and not short and ev != "PLACE":
                continue  # a capital at a sentence's start says nothing, but a first name,
                # or a word that is a short line's all (name_lines.line_kinds)
            if running and not at_start:
                in_prose.add(word)
                if not pair and ev in ("bare", "genitive"):
                    alone.add(word)
                    owned.update([word] if ev == "genitive" else [])
            if said and not _plainly_named(word):
                reported.add(word)  # "Per sa ...": hers, though a word too (pseudo40)
            else:
                named.add(word)
            if law or body:
                continue  # "lex Sarah", "lex Maria": a law named after someone, no one here
            kind = "PERSON" if titled or said else (ev or None)
            if sector and not (titled or said):
                continue  # "worked in Health": the sector its evidence's place names
            if pair:
                # "Ann-Charlotte Hammar": two capitals in a row name someone
                paired.setdefault(word, set()).update(pair)
            seen[word] += n
            where.setdefault(word, doc)
            kinds.setdefault(word, Counter())[kind or "other"] += n
    # "Karins" seen without "Karin": the genitive of a first name is proposed as the name,
    # which the key matches with its s; keyed as "Karins", "Karin" went out as written
    # (and "Sirpas förtjänst", her name the tables' verb: ``name_scan._bare``)
    for word in [
        w for w in seen if (genitive_of_first_name(w) or w in owned) and w[:-1] not in seen
    ]:
        seen[word[:-1]] = seen.pop(word)
        where[word[:-1]] = where.pop(word)
        kinds[word[:-1]] = kinds.pop(word)
        alone.update([word[:-1]] if word in alone else [])
        if word in paired:
            paired[word[:-1]] = paired[word]
    found: list[NameCandidate] = []
    for word, count in seen.most_common():
        if word.endswith("s") and word[:-1] in seen:
            continue  # "Karins": the genitive of a name proposed already
        kind = _kind(kinds[word])
        # a pair of common words ("Ledamöter Ersättare", a form's headings) names no one
        sure = any(k.isupper() for k in kinds[word])  # (asked first: no tables read)
        plain = not sure and plain_pair(word, paired.get(word, ()), ordinary, compound)
        named_pair = word in paired and not plain
        # ``ordinary`` last: it may read the language's word lists
        # between small words, no article before it (``name_scan``), and no function word
        bare = word in alone and word.casefold() not in function
        if kind == "other" and not (named_pair or bare) and ordinary and ordinary(word.casefold()):
            continue
        used = named_pair or word in in_prose
        if not used and common_compound(word, kinds[word], compound):
            continue
        also = word.casefold() in words or word[:-1].casefold() in words
        # proposed from "Per sa ..." alone: the lead decides, as for a word seen in lower case
        also = also or (word in reported and word not in named) or word in worded
        found.append(NameCandidate(word, kind, count, where[word], also))
    return found


def scanned(
    texts: Mapping[str, str],
    ordinary: Callable[[str], bool] | None = None,
    lowercase: Callable[[str], bool] | None = None,
    scans: Mapping[str, TextNames] | None = None,
) -> dict[str, TextNames]:
    """Each of ``texts``' scan: the one in ``scans`` under its name, else read now."""
    from qualcode.export.name_scan import scan_text

    kept = scans or {}
    # a text is read only when its scan is not kept: ``texts`` may read each as asked
    return {doc: kept.get(doc) or scan_text(texts[doc], ordinary, lowercase) for doc in texts}


def _reporting(word: str, text: str, end: int) -> bool:
    """Whether ``word``, a first name that is also a word, at a sentence's start is followed
    by a verb of saying or thinking ("Per sa att", "Hope said"): the name, not the word."""
    if word.casefold() not in NAME_WORDS:
        return False
    after = _NEXT_WORD.match(text, end)
    return after is not None and after.group(1) in REPORTING_VERBS


def _sector(
    word: str, kind: str | None, preceding: str, lowercase: Callable[[str], bool] | None
) -> bool:
    """Whether a place that only an English preposition says is an ordinary word English
    writes in lower case: "worked in Health" names the sector (eyes12), not a place."""
    if lowercase is None or kind not in ("PLACE", "place") or not _ENGLISH_BEFORE.search(preceding):
        return False
    return not word.casefold().endswith(PLACE_ENDINGS) and lowercase(word)
