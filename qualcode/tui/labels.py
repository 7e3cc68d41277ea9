"""Short code labels for the transcript's margin: the part of a name that tells codes apart.

The demo's four turning points all begin with "Från" ("From"), so the first letters of a
name say nothing; digits alone mean looking up the legend for every line. A turning point
("Från X till Y") is labelled by where it goes; any other code by the first word after the
words every code's name starts with (and after a leading small word such as "Att" or
"The"), cut to the margin's width with "…".
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Callable, Iterable, Mapping, Sequence

from qualcode.model import Code
from qualcode.texts import owner
from qualcode.tui.catalog import Catalog

WORD = re.compile(r"[\w][\w-]*")
# small words a name may begin with that tell nothing in a margin ("Att bli trodd" is
# "bli", not "Att"); a name of only such words keeps its last
LITTLE = frozenset(
    (
        *("att", "och", "i", "en", "ett", "den", "det", "de", "om", "på", "till", "av"),
        *("för", "med", "hur", "när"),
        *("the", "a", "an", "of", "to", "and", "in", "on", "for", "with", "about", "how"),
        *("when",),
    )
)


def _shared_words(key: str, words: Mapping[str, list[str]]) -> int:
    """How many leading words ``key``'s name shares with some other code's name."""
    parts, shared = words[key], 0
    for other, theirs in words.items():
        if other == key:
            continue
        n = 0
        while n < min(len(parts), len(theirs)) - 1 and parts[n].casefold() == theirs[n].casefold():
            n += 1
        shared = max(shared, n)
    return shared


def distinct_tails(names: Mapping[str, str]) -> dict[str, str]:
    """Code key -> its name from the first word that tells it apart ("individ- till
    systemperspektiv"), for lists too narrow for whole names."""
    words = {key: WORD.findall(name) for key, name in names.items()}
    tails: dict[str, str] = {}
    for key, name in names.items():
        skip = _shared_words(key, words)
        if not skip:
            tails[key] = name
            continue
        at = 0
        for word in words[key][:skip]:
            at = name.index(word, at) + len(word)
        tails[key] = name[at:].strip()
    return tails


def elide(text: str, width: int) -> str:
    """``text`` in at most ``width`` characters, its middle given up for "…".

    Both ends tell names apart: documents share a start ("norrvik_02_…") and differ at
    the end ("…uppföljning.docx", "…intervju.docx"), which also says the format. The start
    keeps a little more, since that is where a reader looks first.
    """
    if len(text) <= width:
        return text
    if width < 2:
        return "…"[:width]
    end = (width - 1) * 2 // 5
    start = width - 1 - end
    # no space beside the "…": "till… uppdragsdialog" reads as a cut word and a gap
    return text[:start].rstrip() + "…" + (text[len(text) - end :].lstrip() if end else "")


# a turning point's name: "Från X till Y", "From X to Y"
TURN = re.compile(r"^\s*(?:från|from)\s+(?P<src>.+?)\s+(?:till|to)\s+(?P<dst>.+)$", re.I)


def _common(a: str, b: str, reverse: bool = False) -> int:
    """How many letters ``a`` and ``b`` share at their start (or, ``reverse``, end)."""
    if reverse:
        a, b = a[::-1], b[::-1]
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


def destination(name: str) -> str | None:
    """Where a turning point goes ("Från X till Y" is Y), None for another name."""
    turn = TURN.match(name)
    return turn["dst"].strip() if turn else None


def cut_words(text: str, room: int) -> str:
    """``text`` in ``room`` cells, its end given up for "…" after a whole word where one
    fits ("integrering av arbetsmiljö …"), never after a small word ("i den …"): a cut in
    the middle ("integrerin…alitet") left two halves of words to guess from. Only a text
    whose first word (a small one aside) does not fit is cut inside it. A whole word was
    kept only where it ended in the room's second half, and the agreement table at 80
    columns read "systems perspect…" beside "integrating …" (tui48)."""
    if len(text) <= room:
        return text
    head = text[: max(room - 1, 0)]
    words = head[: head.rfind(" ")].split() if " " in head else []
    while words and words[-1].casefold() in LITTLE:
        words.pop()
    return " ".join(words) + " …" if words else head + "…"


NOTE_ROOM = 24  # a line of a coding screen's note: app.tcss's 27 cells less its frame
NOTE_LINES = 3  # a note over the sidebar's codebook at 80x24 hides no more than this


def fitted_note(say: Callable[[str], str], name: str, rest: str) -> str:
    """``say(name)`` and then ``rest`` in at most ``NOTE_LINES`` lines of a coding screen's
    note: ``rest`` on a line of its own, else after " · ", else left out (what it says the
    screen shows too); the code's name is cut after whole words (``cut_words``) only where
    it alone would take more. "Accepted as individual to systems perspective · Next:
    individual to systems perspective at …" took six lines of a 24-line screen (tui48)."""

    def lines(text: str) -> int:
        return len(textwrap.wrap(text, NOTE_ROOM))

    said = say(name)
    for note in (f"{said}\n{rest}", f"{said} · {rest}", said):
        if sum(lines(part) for part in note.split("\n")) <= NOTE_LINES:
            return note
    for width in range(len(name) - 1, 7, -1):
        said = say(cut_words(name, width))
        if lines(said) <= NOTE_LINES:
            break
    return said


def destination_word(name: str) -> str | None:
    """The word naming where a turning point goes, which is what a coder calls the code:
    "Från individ- till systemperspektiv" is "systemperspektiv", "From mission monologue
    to mission dialogue" is "dialogue", "Från uppdragsmonolog till uppdragsdialog" is
    "dialog". A destination that only turns the start round ("Från kortsiktighet till
    långsiktighet i den ekonomiska styrningen") gives the word after it ("ekonomiska").
    None for a name that is no "from ... to ...". The "from" side told the codes apart
    too, but a margin reading "individ" said the opposite of the code."""
    turn = TURN.match(name)
    if not turn:
        return None
    src = [w.rstrip("-").casefold() for w in WORD.findall(turn["src"])]
    dst = [
        w.rstrip("-")
        for w in WORD.findall(turn["dst"])
        if w.casefold() not in LITTLE and w.rstrip("-").casefold() not in src
    ]
    if not dst:
        return None
    head = dst[0]
    low = head.casefold()
    for word in src:
        shared = _common(low, word)
        if 3 <= shared < len(low) - 2:  # "uppdrags|monolog", "uppdrags|dialog"
            return head[shared:]
        ending = _common(low, word, reverse=True)
        # "kort|siktighet", "short|-term": the same word turned round, not "integ|rering"
        contrast = ending * 5 >= len(low) * 3 or low[len(low) - ending :].startswith("-")
        if ending >= 4 and contrast and len(dst) > 1:
            return dst[1]
    return head


def cut(word: str, width: int) -> str:
    """``word`` in at most ``width`` characters, a cut one ending in "…" so that it reads
    as cut ("integr…") rather than as another word."""
    if len(word) <= width:
        return word
    return word[: max(width - 1, 0)] + "…" if width > 1 else word[:width]


def distinct_labels(names: Mapping[str, str], width: int) -> dict[str, str]:
    """Code key -> a label of at most ``width`` characters from the part that differs.

    A turning point ("Från X till Y") is labelled by its destination (``destination_word``).
    For other codes, the leading words shared with any other code's name are skipped
    ("Första" when several codes begin with it), and the next word is the label.
    """
    words = {key: WORD.findall(name) for key, name in names.items()}
    labels: dict[str, str] = {}
    for key, parts in words.items():
        goal = destination_word(names[key])
        if goal:
            labels[key] = cut(goal, width)
            continue
        rest = parts[_shared_words(key, words) :] or parts or [key]
        while len(rest) > 1 and rest[0].casefold() in LITTLE:
            rest = rest[1:]
        labels[key] = cut(rest[0].rstrip("-"), width)
    return labels


def several_codes(keys: Sequence[str], names: Mapping[str, str], width: int) -> str:
    """Several codes in one table cell of ``width`` characters, each given its place.

    Whole names if they fit; else each from the word that tells it apart; else each by its
    margin label (the word the coding screen's margin shows: "separering / kortsiktighet"),
    cut at its end if even those do not fit. Names cut in their middle to share the cell
    ("separerin…alitet / kortsikti…ningen") told the lead no code at all.
    """
    between = " / "
    named = [names.get(k, k) for k in keys]
    tails = distinct_tails(names)
    for words in (named, [tails.get(k) or names.get(k, k) for k in keys]):
        if len(between.join(words)) <= width:
            return between.join(words)
    marks = distinct_labels(names, width)
    words = [marks.get(k, k) for k in keys]
    while len(between.join(words)) > width:  # the longest gives up a letter, then the next
        at = max(range(len(words)), key=lambda i: len(words[i]))
        if len(words[at]) <= 2:
            break
        words[at] = words[at].rstrip("…")[:-1] + "…"
    return between.join(words)


def names_by_key(codes: Iterable[Code], lang: str) -> dict[str, str]:
    """Code key -> the code's name in ``lang`` (the other language, else the key, when it
    has none there): what a screen shows a person where the service speaks in keys (cases,
    agreement rows, report rows). Give it retired codes too (``codebook(include_deleted=
    True)``), whose old cases and codings still name them; a live code wins its key."""
    codes = list(codes)
    retired = {c.key: c.name(lang) for c in codes if c.deleted_at is not None}
    return retired | {c.key: c.name(lang) for c in codes if c.deleted_at is None}


def short_names(names: Mapping[str, str], width: int) -> dict[str, str]:
    """Code key -> its name in at most ``width`` characters, for one table column: whole
    names if all fit, else every name from the word that tells it apart ("individ- till
    systemperspektiv"; all alike, so no row alone keeps the "Från" the others drop), its
    middle given up if still too long; a table's other columns stay on the screen."""
    if all(len(n) <= width for n in names.values()):
        return dict(names)
    tails = distinct_tails(names)
    return {k: elide(tails[k] or n, width) for k, n in names.items()}


def word_names(names: Mapping[str, str], width: int) -> dict[str, str]:
    """Code key -> its name in at most ``width`` characters cut only after whole words, for
    a table whose names must give way to figures: whole names if all fit; else the part that
    tells a code apart, its end given up for "…" after a whole word; turning points by where
    they go ("uppdragsdialog", as the margin names them) once that would cut where one
    goes. Cut in the middle ("uppdragsmonolo…gsdialog", "kortsiktighet…yrningen") neither
    half said the code (eyes37b); labels that would no longer differ keep ``short_names``'
    cut. "To"/"till" before where it goes read as a name cut from the left ("to systems
    perspective" in the codebook's tree and the reconcile table at 80x24, tui48)."""
    if all(len(n) <= width for n in names.values()):
        return dict(names)
    tails = {k: t or names[k] for k, t in distinct_tails(names).items()}
    # all alike: if one turning point cut after whole words no longer says where it goes
    # ("uppdragsmonolog till …"), every one is named by where it goes
    goals = any(
        (t := TURN.match(names[k])) and not _keeps_goal(tail, t["dst"].strip(), width)
        for k, tail in tails.items()
    )
    turns = {k: t for k, n in names.items() if goals and (t := TURN.match(n))}
    words: dict[str, str] = {}
    for key in names:
        tail, turn = tails[key], turns.get(key)
        if turn:  # where it goes, in the name's own words
            tail = turn["dst"].strip()
        words[key] = cut_words(tail, width)
    if len(set(words.values())) < len(words) or any(len(w) > width for w in words.values()):
        return short_names(names, width)
    return words


def _keeps_goal(tail: str, goal: str, width: int) -> bool:
    """Whether ``tail`` (the end of a turning point's name) cut to ``width`` after whole
    words still holds the first word of where it goes, ``goal`` (the name's end), in its
    place. A check for the word anywhere took "mission monologue …" for keeping "mission
    dialogue": English repeats the word on both sides, and the cut named where it comes
    from."""
    at = len(tail) - len(goal)  # where the goal begins in the tail; below 0, inside it
    kept = cut_words(tail, width).rstrip("…").rstrip()
    return at < 0 or len(kept) >= at + len(goal.split()[0])


def quoted(name: str, lang: str) -> str:
    """A code's name inside a sentence, marked off so that "Merge From individual … into
    From mission …" reads as two names: ”…” in Swedish, “…” in English."""
    return f"”{name}”" if lang == "sv" else f"“{name}”"


def verdict_words(verdict: str, t: Catalog, names: Mapping[str, str] | None = None) -> str:
    """A verdict as the lead reads it in the interface language: ``accept:johan`` is
    "johan's version" / "johans version", ``span:10-20`` "own span 10-20"; the stored
    form (``accept:johan``) is the CLI's and the audit log's, not a sentence."""
    kind, _, rest = verdict.partition(":")
    if kind == "accept":
        # the owner's form by the one rule of qualcode/texts ("johan's", "johans",
        # "Jonas version", "Kodare A:s version")
        return t("rc_v_accept", owner=owner(rest, t.lang, person=True))
    if kind == "span":  # "span:S-E:CODE" names the code the lead kept: by its name
        where, _, code = rest.partition(":")
        named = (names or {}).get(code, code)
        return t("rc_v_span", span=f"{where} ({named})" if code else where)
    if kind in {"union", "intersection", "reject"}:
        return t(f"rc_v_{kind}", span=rest)
    return verdict
