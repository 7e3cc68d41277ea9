"""What one text says to the name finder (``export/names.py``), read once and kept.

``find_names``, ``speaker_surnames`` and ``full_names`` weigh every text against all the
others (a word any text writes in lower case is no name anywhere, a first name's surname is
hers only where no other first name stands before it), but what each reads in one text is
that text's alone: its lower-case words, each capitalised word with its neighbours and the
words before it, the pairs of capitalised words, the runs of them. ``scan_text`` reads
that, and the finders weigh the scans. A text's scan depends on its characters and on the
rules that read it (this module, the word lists, the lemma and case tables), so it is kept
in the project file by the text's hash and ``RULES`` (store/name_scans.py): a lead's export
asks for the names the key lacks every time, and reading 1,000 transcripts again cost the
theme summary about 1 s of its 2 s budget (perf40).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from pathlib import Path

from qualcode.export.name_words import FUNCTION_WORDS, first_name

# one capitalised word as it stands in a text, with what this text alone says of it:
# (word, the capitalised word right before it or "", right after it or "", titled,
# at a sentence's start, followed by a verb of saying, after "lex", in a body's name,
# the kind its own evidence says or "", a sector if that kind stands, in running text
# (``names._running``), first in a short line (a one-word turn, a heading), times seen)
Occurrence = tuple[str, str, str, bool, bool, bool, bool, bool, str, bool, bool, bool, int]


@dataclass(frozen=True, slots=True)
class TextNames:
    """One text's scan: what every finder needs of it and nothing of the others."""

    lower: frozenset[str]  # the words it writes in lower case (``_lower_case_words``)
    # each distinct occurrence, first seen first (the finders count in that order)
    occurrences: tuple[Occurrence, ...]
    beside: tuple[tuple[str, str], ...]  # capitalised word pairs one space apart
    runs: tuple[tuple[str, ...], ...]  # two or more ``_WORD`` matches a space apart
    # two runs of two words joined by and/och, the four words in order: two people named
    joined: tuple[tuple[str, str, str, str], ...] = ()

    def to_json(self) -> str:
        """The scan as the project file keeps it."""
        return json.dumps(
            [sorted(self.lower), self.occurrences, self.beside, self.runs, self.joined],
            ensure_ascii=False,
            separators=(",", ":"),
        )

    @classmethod
    def from_json(cls, data: str) -> TextNames | None:
        """A kept scan, or None where it does not read back as one (then read the text)."""
        try:
            lower, occurrences, beside, runs, joined = json.loads(data)
            return cls(
                frozenset(str(w) for w in lower),
                tuple(_occurrence(o) for o in occurrences),
                tuple((str(a), str(b)) for a, b in beside),
                tuple(tuple(str(w) for w in run) for run in runs),
                tuple((str(a), str(b), str(c), str(d)) for a, b, c, d in joined),
            )
        except (ValueError, TypeError, RecursionError):
            return None


def _occurrence(o: list[object]) -> Occurrence:
    word, before, after, titled, start, said, law, body, kind, sector, prose, short, n = o
    flags = (titled, start, said, law, body, sector, prose, short)
    if not all(isinstance(f, bool) for f in flags) or not isinstance(n, int):
        raise TypeError("not an occurrence")
    return (
        str(word),
        str(before),
        str(after),
        bool(titled),
        bool(start),
        bool(said),
        bool(law),
        bool(body),
        str(kind),
        bool(sector),
        bool(prose),
        bool(short),
        n,
    )


def scan_text(
    text: str,
    ordinary: Callable[[str], bool] | None,
    lowercase: Callable[[str], bool] | None,
) -> TextNames:
    """What ``text`` alone says to the name finder; ``ordinary`` and ``lowercase`` as
    ``find_names`` takes them (asked of a word only where its evidence needs them)."""
    from qualcode.export import names as n
    from qualcode.export.name_lines import between_one_name, line_kinds, running_lines

    occurrences: dict[tuple[object, ...], int] = {}
    matches = list(n._WORD.finditer(text))
    headings = n._heading_spans(text, ordinary)
    running_at = running_lines(text)
    short_at, answers_where = line_kinds(text)
    for i, match in enumerate(matches):
        word = match.group(1)
        if n._dropped(word) or any(s <= match.start() < e for s, e in headings):
            continue
        if _DAY_BEFORE.search(text[max(0, match.start() - 4) : match.start()]) and (
            _YEAR_AFTER.match(text, match.end())
        ):
            continue  # a month, in whatever language a record is kept: "28 Ionawr 2025"
        if ordinary is not None and between_one_name(text, matches, i, ordinary):
            continue  # "Tamsin Okoro Portrait Tamsin Okoro": a page's label, no name
        before = [
            m.group(1)
            for m in matches[max(0, i - 1) : i]
            if text[m.end() : match.start()] in (" ", "\u00a0")
        ]
        after = [
            m.group(1)
            for m in matches[i + 1 : i + 2]
            if text[match.end() : m.start()] in (" ", "\u00a0")
        ]
        preceding = text[max(0, match.start() - 12) : match.start()]
        titled = bool(n._TITLE_DOT.search(preceding))
        at_start = not titled and not n._mid_sentence(text, match.start())
        said = n._reporting(word, text, match.end())
        law = bool(n._LAW.search(preceding) or _BILL_AFTER.match(text, match.end()))
        body = body_name(word, text, match, ordinary, lowercase)
        kind = n._evidence(word, (*before, *after), preceding)
        if kind is None and answers_where(match.start()):
            kind = "PLACE"  # "Var bor du?" - "Backe.": as sure as "i Backe"
        if kind is None and not at_start and not titled:
            kind = _bare(text, match, ordinary, lowercase)
        sector = n._sector(word, kind, preceding, lowercase)
        key = (word, "".join(before), "".join(after), titled, at_start, said, law, body)
        short = at_start and short_at(match.start())
        full = (*key, kind or "", sector, running_at(match.start()), short)
        occurrences[full] = occurrences.get(full, 0) + 1
    beside = dict.fromkeys(
        (first, second)
        for first, second in _BESIDE.findall(text)
        if first[:1].isupper() and second[:1].isupper()
    )
    groups: list[list[re.Match[str]]] = []  # the capitalised words a space apart
    for m in matches:
        if groups and text[groups[-1][-1].end() : m.start()] in (" ", "\u00a0"):
            groups[-1].append(m)
        else:
            groups.append([m])
    runs = [tuple(r.group(1) for r in run) for run in groups if len(run) > 1]
    # two two-word runs joined by and/och: "Anna Reed and Tom Reed" (``joined_people``),
    # and a first name joined to a two-word run, the surname written once: "Anna and Tom
    # Reed" is Anna Reed and Tom Reed, kept as those four words
    joined = [
        (one[0].group(1), (one if len(one) == 2 else other)[1].group(1), *_pair(other))
        for one, other in pairwise(groups)
        if len(other) == 2
        and (len(one) == 2 or (len(one) == 1 and first_name(one[0].group(1))))
        and _AND.fullmatch(text[one[-1].end() : other[0].start()])
    ]
    return TextNames(
        frozenset(_lower_case_words(text)),
        tuple((*k, c) for k, c in occurrences.items()),  # type: ignore[misc]
        tuple(beside),
        tuple(dict.fromkeys(runs)),
        tuple(dict.fromkeys(joined)),
    )


def _lower_case_words(text: str) -> set[str]:
    """The words ``text`` writes in lower case, outside its e-mail and web addresses: an
    address writes a name in lower case ("anna.lindqvist@..."), and read as prose it said
    that the letter's "Anna Lindqvist" above it was an ordinary word, so the one person a
    council's document names was never proposed for the key (eyes11)."""
    from qualcode.export.contacts import pattern_for

    found = pattern_for(text)
    plain = found.sub(" ", text) if found else text
    return set(re.findall(r"(?<![\w-])[a-zåäöéü]\w*", plain))


# the words before a capitalised word that make it a common noun's or a body's ("the
# Council", "an alternative Chamber", "det Nationella"): an article or a demonstrative;
# and a surname's particle ("af Klint", the whole name's part: ``name_pairs``)
_ARTICLE = frozenset(
    {"the", "a", "an", "this", "that", "these", "those", "den", "det", "de", "en", "ett"}
    | {"denna", "detta", "dessa", "af", "von", "van", "der", "da", "di", "du", "la", "le"}
)
# a small word after it, the word's genitive written apart between ("Tom's", "Sirpa:s")
_SMALL_AFTER = re.compile(r"(['’:]s)?[ \u00a0]+[a-zåäöéü]")
# a body's name goes on with a joining word and a capital: "Hem för Vård och Boende"
_JOINED = re.compile(r"[ \u00a0]+(?:för|och|for|and|of)[ \u00a0]+[A-ZÅÄÖ]")
# the two words before a word, the nearer last, and a comma after it: "min arbetskamrat ",
# "from the ", "Ja, "
_WORDS_BEFORE = re.compile(r"(?:([\w'’]+)[ \u00a0]+)?([\w'’]+)(,?)[ \u00a0]+$")
# "det är Sirpa", "that was Tom": the article before the verb is no article of the name
_IS = frozenset({"är", "var", "blir", "blev", "heter", "hette", "is", "was", "are", "were"})
# the small words that follow a verb, never a genitive, which its noun follows
_NO_NOUN = FUNCTION_WORDS | {"att", "to", "sig", "så", "nu", "då", "inte", "också"}
# the endings of a Swedish noun's definite form ("staten", "framtiden", "huset",
# "kommunerna"), which a body's genitive capitalises ("Statens", "Framtidens")
_DEFINITE = ("en", "et", "n", "na")
# a day before a word and a year after it: the word is that date's month, in any language
# (a bilingual parliamentary page's Welsh "ar 28 Ionawr 2025" was proposed as a name)
_DAY_BEFORE = re.compile(r"(?<!\d)(?:[12]?\d|3[01])\.?[ \u00a0]$")
# a word of a bill's or an act's title: capitals, joined by small words, up to "Bill" or
# "Act" ("Children's Wellbeing and Schools Bill" proposed "Wellbeing"); "Tom and Bill" no
_BILL_AFTER = re.compile(
    r"(?:['’]s)?(?:[ \u00a0]+(?:(?:and|of|for|the|on|to)[ \u00a0]+)?[A-Z][\w'’-]*)*?"
    r"[ \u00a0]+(?:Bill|Act)\b"
)
_YEAR_AFTER = re.compile(r"[ \u00a0]\d{4}(?!\d)")


def _bare(
    text: str,
    match: re.Match[str],
    ordinary: Callable[[str], bool] | None,
    lowercase: Callable[[str], bool] | None,
) -> str | None:
    """Whether a capitalised word inside a sentence stands as a name stands: a small word
    right after it, a small word or a sentence's first word right before it, and no
    article, demonstrative or particle in the two words before it ("min arbetskamrat Sirpa
    ringer", "When Tom was late"; in "det är Sirpa" the article is the verb's). Such a word
    is a name candidate though the lemma tables list it ("sirpa", a verb; "tom", empty):
    dropped for that, Sirpa went out in the .qdpx and in quotes and no note named her
    (study45). "from the Panel of", "Review Panel report", "Hem för Vård och Boende" are a
    common noun's, a body's or a title's capitals.

    ``"bare"`` so, ``"genitive"`` where the word is a name's Swedish genitive whose name the
    tables list ("Sirpas förtjänst": ``find_names`` proposes "Sirpa"), None otherwise. After
    a comma (", Sirpa ringer") and in the genitive ("Sirpas", "Tom's") the word is one only
    where English does not mostly write it in lower case (``lowercase``): "Stable Homes,
    Built on Love" is a title's, "our Council's" a body's; a common word's genitive stays a
    body's ("Statens institutionsstyrelse", "Framtidens"): a definite form or a word English
    writes in lower case ("Councils"). Without ``lowercase`` neither is read (pseudo46)."""
    from qualcode.export import names as n

    after = _SMALL_AFTER.match(text, match.end())
    if after is None or _JOINED.match(text, after.end(1) if after.group(1) else match.end()):
        return None
    low = match.group(1).casefold()
    genitive = ordinary is not None and low[-1:] == "s" and ordinary(low[:-1])
    if genitive and (low[-2:-1] in "sxz" or _common_genitive(low[:-1], ordinary, lowercase)):
        return None
    following = n._NEXT_WORD.match(text, match.end())
    if genitive and (following is None or following.group(1) in _NO_NOUN):
        return None  # a verb's passive ("Utses att justera"): a genitive's noun follows it
    at = max(0, match.start() - 40)
    before = _WORDS_BEFORE.search(text[at : match.start()])
    if before is None:
        return None
    far, near, comma = before.group(1) or "", before.group(2), before.group(3)
    if near[:1].isupper() and n._mid_sentence(text, at + before.start(2)):
        return None  # a capital run's word, not a sentence's first word before it
    if near.casefold() in _ARTICLE or (far.casefold() in _ARTICLE and near.casefold() not in _IS):
        return None
    apart = genitive or after.group(1) or comma
    if apart and (lowercase is None or lowercase(low[:-1] if genitive else low)):
        return None
    return "genitive" if genitive else "bare"


def _common_genitive(
    base: str, ordinary: Callable[[str], bool] | None, lowercase: Callable[[str], bool] | None
) -> bool:
    """Whether ``base`` + "s", a capital inside a sentence, is a common word's genitive or
    plural, not a name's: ``base`` a Swedish definite form ("staten", "framtiden") or a
    word English writes in lower case ("councils") or an English plural; "sirpa" and "olle"
    are none of them."""
    if ordinary is None or (lowercase is not None and lowercase(base + "s")):
        return True
    if base[:-1].endswith(("ss", "sh", "ch", "x", "z")) and ordinary(base[:-1]):
        return True  # an English plural in -es ("noble Baronesses", "Churches")
    return any(
        base.endswith(e) and len(base) > len(e) + 1 and ordinary(base[: -len(e)]) for e in _DEFINITE
    )


# the subject of a body's name: "Department of Health", "Ministry of Justice", "Secretary of
# State"; and an ordinary word before "for"/"of" and a capital, "Skills for Care".
# Read as places after "of" and "in", they were proposed as "Place C" and "Place A" in a
# council's retention strategy, and --apply would have printed "Department of Place C" (eyes10)
_BODY_OF = re.compile(
    r"\b(?:Department|Ministry|Secretary|Minister|Commission|Directorate|Agency|Institute|"
    r"Society|Association|Federation)\s+(?:of|for)\s+(?:the\s+)?$"
)
_FOR_BODY = re.compile(r"^\s+(?:for|of)\s+(?:the\s+)?[A-ZÅÄÖ]")
# a council's portfolio after a role ("Director of Adult Services", user47): common words,
# no first name, each after others alike ("Services Mark Wood" names him; review47)
_PORTFOLIO = re.compile(
    r"\b(?:Member|Director|Head|Lead|Holder|Board|Panel|Service|Services|Department|Ministry)"
    r"\s+(?:of|for)\s+(?:the\s+)?(?P<chain>(?:[A-Z][\w'’-]*\s+){0,3})$"
)


def body_name(
    word: str,
    text: str,
    match: re.Match[str],
    ordinary: Callable[[str], bool] | None,
    lowercase: Callable[[str], bool] | None = None,
) -> bool:
    """Whether ``word`` is a word of a body's name rather than a place or a person: the
    subject after "Department of" ("Health"), or an ordinary word heading "X for Y"
    ("Skills for Care"); a name after "Department of" is the body's, never a place here."""
    if _BODY_OF.search(text[max(0, match.start() - 40) : match.start()]):
        return True
    if (found := _PORTFOLIO.search(text[max(0, match.start() - 60) : match.start()])) and ordinary:
        words = [*found.group("chain").split(), word]
        # a word English writes capitalised ("Tom", "Anna") ends the portfolio, though a
        # word too: "Member for Adult Care Tom Reed" dropped Tom and Reed (polish47)
        return all(_portfolio_word(w, ordinary, lowercase) for w in words)
    if _FOR_BODY.match(text[match.end() : match.end() + 16]) is None:
        return False  # asked first: ``ordinary`` may read the language's word lists
    return ordinary is not None and ordinary(word.casefold())


def _portfolio_word(
    word: str, ordinary: Callable[[str], bool], lowercase: Callable[[str], bool] | None
) -> bool:
    """Whether ``word`` may be a portfolio's ("Adult", "Care", "Services"): a common word,
    no first name, and one English mostly writes in lower case, where that is known."""
    from qualcode.export.names import first_name

    low = word.casefold()
    return ordinary(low) and not first_name(word) and (lowercase is None or lowercase(word))


# what joins two people's names: "and", "och", "&" ("Anna Reed and Tom Reed")
_AND = re.compile(r",?[ \u00a0]+(?:and|och|&)[ \u00a0]+")
# two capitalised words one space apart, the second read ahead so that runs overlap
_BESIDE = re.compile(r"(?<![\w-])([^\W\d_][\w'-]*)[ \u00a0](?=([^\W\d_][\w-]*)(?![\w'-]))")


# the rules a scan follows, as files of the package (read, not imported: the project's
# and the engines' modules lie in other layers)
_RULE_FILES = (
    "export/name_scan.py",
    "export/names.py",
    "export/name_commons.py",  # a body's house (``names._dropped``)
    "export/name_lines.py",
    "export/name_words.py",
    "export/contacts.py",
    "nlp/written_case.py",
    "nlp/pipeline.py",
    "project/pseudonym_names.py",
    "project/common_words.py",
)


@lru_cache(maxsize=1)
def rules() -> str:
    """What a kept scan was read by: the source of every rule it follows (this module,
    the finder, its word lists, the contact patterns, the case and lemma tables' readers)
    and the tables' version. A scan kept by other rules is read again, so a changed word
    list never leaves an old scan standing; "" where the sources cannot be read (no scan
    is kept or used then)."""
    from importlib import metadata

    package = Path(__file__).resolve().parent.parent
    digest = hashlib.sha256()
    for name in _RULE_FILES:
        try:
            digest.update((package / name).read_bytes())
        except OSError:  # installed without its sources: which rules, no one can tell
            return ""
    try:
        digest.update(metadata.version("spacy-lookups-data").encode())
    except metadata.PackageNotFoundError:
        digest.update(b"no lookups")
    return digest.hexdigest()[:16]


def text_hash(text: str) -> str:
    """The key a text's scan is kept under: its characters' hash."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def _pair(run: list[re.Match[str]]) -> tuple[str, str]:
    """A two-word run's two words."""
    return run[0].group(1), run[1].group(1)
