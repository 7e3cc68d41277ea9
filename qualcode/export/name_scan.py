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
from pathlib import Path

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

    def to_json(self) -> str:
        """The scan as the project file keeps it."""
        return json.dumps(
            [sorted(self.lower), self.occurrences, self.beside, self.runs],
            ensure_ascii=False,
            separators=(",", ":"),
        )

    @classmethod
    def from_json(cls, data: str) -> TextNames | None:
        """A kept scan, or None where it does not read back as one (then read the text)."""
        try:
            lower, occurrences, beside, runs = json.loads(data)
            return cls(
                frozenset(str(w) for w in lower),
                tuple(_occurrence(o) for o in occurrences),
                tuple((str(a), str(b)) for a, b in beside),
                tuple(tuple(str(w) for w in run) for run in runs),
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
    from qualcode.export.name_lines import line_kinds, running_lines

    occurrences: dict[tuple[object, ...], int] = {}
    matches = list(n._WORD.finditer(text))
    headings = n._heading_spans(text, ordinary)
    running_at = running_lines(text)
    short_at, answers_where = line_kinds(text)
    for i, match in enumerate(matches):
        word = match.group(1)
        if n._dropped(word) or any(s <= match.start() < e for s, e in headings):
            continue
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
        law = bool(n._LAW.search(preceding))
        body = n._body_name(word, text, match, ordinary)
        kind = n._evidence(word, (*before, *after), preceding)
        if kind is None and answers_where(match.start()):
            kind = "PLACE"  # "Var bor du?" - "Backe.": as sure as "i Backe"
        if kind is None and not at_start and not titled and _bare(text, match, ordinary):
            kind = "bare"
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
    runs: list[tuple[str, ...]] = []
    run: list[re.Match[str]] = []
    for m in matches:
        if run and text[run[-1].end() : m.start()] in (" ", "\u00a0"):
            run.append(m)
            continue
        if len(run) > 1:
            runs.append(tuple(r.group(1) for r in run))
        run = [m]
    if len(run) > 1:
        runs.append(tuple(r.group(1) for r in run))
    return TextNames(
        frozenset(n._lower_case_words(text)),
        tuple((*k, c) for k, c in occurrences.items()),  # type: ignore[misc]
        tuple(beside),
        tuple(dict.fromkeys(runs)),
    )


# the words before a capitalised word that make it a common noun's or a body's ("the
# Council", "an alternative Chamber", "det Nationella"): an article or a demonstrative;
# and a surname's particle ("af Klint", the whole name's part: ``name_pairs``)
_ARTICLE = frozenset(
    {"the", "a", "an", "this", "that", "these", "those", "den", "det", "de", "en", "ett"}
    | {"denna", "detta", "dessa", "af", "von", "van", "der", "da", "di", "du", "la", "le"}
)
_SMALL_AFTER = re.compile(r"[ \u00a0]+[a-zåäöéü]")
# a body's name goes on with a joining word and a capital: "Hem för Vård och Boende"
_JOINED = re.compile(r"[ \u00a0]+(?:för|och|for|and|of)[ \u00a0]+[A-ZÅÄÖ]")
# the two words before a word, the nearer last: "min arbetskamrat ", "from the "
_WORDS_BEFORE = re.compile(r"(?:([\w'’]+)[ \u00a0]+)?([\w'’]+)[ \u00a0]+$")


def _bare(text: str, match: re.Match[str], ordinary: Callable[[str], bool] | None) -> bool:
    """Whether a capitalised word inside a sentence stands as a name stands: a small word
    right after it, a small word or a sentence's first word right before it, and no
    article, demonstrative or particle in the two words before it ("min arbetskamrat Sirpa ringer",
    "When Tom was late"). Such a word is a name candidate though the lemma tables list it
    ("sirpa", a verb; "tom", empty): dropped for that, Sirpa went out in the .qdpx and in
    quotes and no note named her (study45). "from the Panel of", "Review Panel report",
    "Stable Homes, Built on Love", "Hem för Vård och Boende" and a common word's genitive
    ("Statens institutionsstyrelse") are a common noun's, a body's or a title's capitals."""
    from qualcode.export import names as n

    if _SMALL_AFTER.match(text, match.end()) is None or _JOINED.match(text, match.end()):
        return False
    low = match.group(1).casefold()
    if ordinary is not None and low.endswith("s") and ordinary(low[:-1]):
        return False
    at = max(0, match.start() - 40)
    before = _WORDS_BEFORE.search(text[at : match.start()])
    if before is None:
        return False
    far, near = before.group(1) or "", before.group(2)
    if near[:1].isupper() and n._mid_sentence(text, at + before.start(2)):
        return False  # a capital run's word, not a sentence's first word before it
    return not {far.casefold(), near.casefold()} & _ARTICLE


# two capitalised words one space apart, the second read ahead so that runs overlap
_BESIDE = re.compile(r"(?<![\w-])([^\W\d_][\w'-]*)[ \u00a0](?=([^\W\d_][\w-]*)(?![\w'-]))")


# the rules a scan follows, as files of the package (read, not imported: the project's
# and the engines' modules lie in other layers)
_RULE_FILES = (
    "export/name_scan.py",
    "export/names.py",
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
