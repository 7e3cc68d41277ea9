"""How a name on the pseudonym key may be written, as patterns and as the key compares it.

A name is found in any case, its words apart by spaces, a line break, "_", "-" or a dot as
file names write them, with hidden marks (a soft hyphen, a zero-width space) or a line-end
hyphen inside it and any kind of apostrophe; these are the pieces ``pseudonyms.Key`` builds
its one pattern from, kept apart so the key's module stays about applying it.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Callable

from qualcode.export.lookalikes import plain_letters

SEPARATORS = str.maketrans("_.-,", "    ")  # "Lindqvist, Karin" is Lindqvist Karin
# Marks that show as nothing inside a word: a soft hyphen (Word and PDFs put them where a
# line may break), zero-width spaces and joiners, a word joiner, a byte order mark. "Ka­rin"
# with one reads "Karin" in every export, so a name is found with any of them inside it.
# So are the direction marks and controls, which show as nothing too: "Kar" + U+2066 U+2069
# + "in" read "Karin" in every export while the key and its leak check read two words.
HIDDEN = (
    "\u00ad\u200b\u200c\u200d\u2060\ufeff"
    "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
# A word broken at a line's end by a hyphen ("Lind-" then "qvist" on the next line), as
# text taken from a hyphenated PDF or printout holds it: the name is still there.
BROKEN = r"-[ \t]*\n[ \t]*"
BROKEN_RE = re.compile(BROKEN)
HIDDEN_RUN = f"(?:[{HIDDEN}]|{BROKEN})*"
# Where a name's pattern allows such marks between letters. Compiled, a run between every
# letter of 2,000 names took seconds (sre optimises each character set on its own), so the
# key compiles it only for a text that holds such a mark; in any other text a run can only
# be empty, so the pattern without them finds the very same names. A regex comment, which
# no escaped name can contain. A line-end hyphen inside a name follows one of its letters
# (a name's words hold no space, "_" or "-"), so "att -" at a line's end is no such mark.
GAP = "(?#gap)"
MARKED = re.compile(f"[{HIDDEN}]|[^\\s_\\-]{BROKEN}")
# An apostrophe as typed and as word processors print it: "O'Brien" on the key is the
# "O’Brien" of a transcript saved from Word, and the other way round.
APOSTROPHES = "'\u2019\u02bc\u2018`\u00b4"
FOLDED = str.maketrans(
    {**dict.fromkeys(map(ord, HIDDEN)), **dict.fromkeys(map(ord, APOSTROPHES), "'")}
)


def word(word: str) -> str:
    """The pattern of one word of a name: any apostrophe where it has one, and hidden
    marks allowed between its letters (at each ``GAP``). A mark in the key's own spelling
    is one of those, not a letter the text must hold: "نیک‌نام" (a Persian name, with the
    zero-width non-joiner its writers put in or leave out) was not found as "نیکنام",
    which the key's comparison (``fold``) takes for the same name."""
    letters = (
        f"[{APOSTROPHES}]" if c in APOSTROPHES else re.escape(c) for c in word if c not in HIDDEN
    )
    return GAP.join(letters)


def joined(name: str) -> str:
    """The pattern of a name whose words (split at spaces, "_" or "-"; a dot stays with its
    word, "St. Olof") may stand apart as ``WORDS_APART`` allows: "Anna-Karin" is found as
    "anna_karin.txt" too."""
    return WORDS_APART.join(word(w) for w in re.split(r"[\s_\-]+", name) if w.strip(HIDDEN))


def lead(name: str) -> str | None:
    """The character a name's pattern must start with (None: an apostrophe, any of them)."""
    word = next((w for w in re.split(r"[\s_\-]+", name) if w.strip(HIDDEN)), "")
    first = next((c for c in word if c not in HIDDEN), "")
    return first if first and first not in APOSTROPHES else None


def fold(name: str) -> str:
    """A name as the key compares it: composed (NFC), case-free, with its words one space
    apart (an underscore, hyphen or dot between them, as file names write "anna_berg" or
    "anna-berg", is a space), without hidden marks and with one kind of apostrophe."""
    composed = plain_letters(unicodedata.normalize("NFC", name))[0].translate(FOLDED)
    return " ".join(composed.translate(SEPARATORS).split()).casefold()


def spellings(name: str) -> set[str]:
    """The name as written on the key, composed and decomposed: text typed or named on
    another system may hold either."""
    return {name, unicodedata.normalize("NFC", name), unicodedata.normalize("NFD", name)}


def file_spelling(name: str) -> str | None:
    """The name as a file name spells it without its accents ("Åby" -> "aby_01.txt",
    "Östra Göinge" -> "Ostra Goinge"), when that differs from the name; researchers and
    recorders avoid å, ä and ö in file names, so a place on the key named its documents."""
    plain = "".join(c for c in unicodedata.normalize("NFD", name) if not unicodedata.combining(c))
    return plain if plain != unicodedata.normalize("NFC", name) and plain.isascii() else None


# a name's edges: no letter or digit just before or after it ("_" does not join it to a
# word; a digit before it does, or a name would be found inside ids and base64) ...
BEFORE = r"(?<![^\W_])"
AFTER = r"(?![^\W_])"
# ... or digits, then no letter, digit or base64 sign: "Elin2.docx" (group 2 is then None)
DIGITS_AFTER = r"(?=\d+(?![^\W_]|[+/=]))"
# before a name with digits: inside base64, not a name ("/" is a path's too: "intervjuer/
# Elin2.docx" names Elin, and base64 ending "/Elin2" at the very end of a run is unlikely)
RUN_SIGNS = "+"
# between a name's words: spaces, a line break, "_" or "-", or a dot with no space ("anna.
# berg.txt"; "Anna. Berg" is two sentences)
WORDS_APART = rf"(?:[\s_\-{HIDDEN}]+|\.)"  # marks that show as nothing beside a space too


def caseless_forms(real: str, most: int) -> list[tuple[str, str]]:
    """Each spelling of a name in a script without capitals (Persian, Arabic, Hebrew) of at
    most ``most`` words, with its pattern. Such a script marks its words by a space, a
    zero-width non-joiner or nothing, and writers choose freely: the key's "محمد رضا" is a
    transcript's "محمدرضا" or "محمد‌رضا", and the key's "نیک‌نام" a file's "نیک نام". Each
    is found as the others (the gap between the words together is a run of hidden marks
    when the text holds one); each gap apart or together, 2**(n-1) spellings."""
    parts = [w for w in re.split(f"[\\s{HIDDEN}]+", real) if w]
    if not 1 < len(parts) <= most:
        return []
    forms = []
    for gaps in itertools.product((" ", ""), repeat=len(parts) - 1):
        form = parts[0] + "".join(gap + w for gap, w in zip(gaps, parts[1:], strict=True))
        pattern = word(parts[0]) + "".join(
            (WORDS_APART if gap else GAP) + word(w) for gap, w in zip(gaps, parts[1:], strict=True)
        )
        forms.append((form, pattern))
    return forms


def surname_first(
    pseudo: dict[str, str], real_of: dict[str, str], either: dict[str, list[str]] | None = None
) -> list[tuple[str | None, str]]:
    """Each name of several capitalised words with its last word first, as file names
    and lists write a person ("Lindqvist_Karin.docx", "Berg, Anna-Lena"), and as on the
    key with a comma after its first word (a name the lead put on it surname first, "Berg
    Anna", as a list writes it: "Berg, Anna"): their patterns, first in the key's, so that
    a surname on the key alone does not take it in part; a flipped spelling joins
    ``pseudo`` and ``real_of`` (folded name -> pseudonym, name). With both "Anna Berg" and
    "Berg Anna" on the key under two pseudonyms, "Berg, Anna" is either: ``either`` gets
    the folded spelling -> both names, and the key prints no guess (small50)."""
    patterns, comma = [], r"(?:,\s*)"  # across a line break too, as a name's words are
    for real in dict.fromkeys(real_of.values()):  # once each, though camel-cased too
        words = [w for w in re.split(r"[\s_\-]+", real) if w]
        if len(words) < 2 or not all(w[:1].isupper() for w in words):
            continue
        first, *after = real.split()  # "Berg, Anna-Lena"; never "Anna, Karin Berg"
        patterns.append((lead(first), f"{joined(first)}{comma}{joined(' '.join(after))}"))
        flipped = fold(" ".join([words[-1], *words[:-1]]))
        rest = WORDS_APART.join(word(w) for w in words[:-1])
        if flipped not in pseudo:
            pseudo[flipped] = pseudo[fold(real)]
            real_of[flipped] = real
            patterns.append((lead(words[-1]), f"{word(words[-1])}(?:{comma}|{WORDS_APART}){rest}"))
        elif pseudo[flipped] != pseudo[fold(real)] and either is not None:  # two names
            either[flipped] = sorted({real_of[flipped], real})
            patterns.append((lead(words[-1]), f"{word(words[-1])}{comma}{rest}"))
    return patterns


def readings(
    written: str, key: Callable[[str], str], real_of: dict[str, str], either: dict[str, list[str]]
) -> list[str]:
    """Whose name a match of the key (written so, folded by ``key``) is: one name on the
    key, or the two of "Berg, Anna" with "Anna Berg" and "Berg Anna" both on it under two
    pseudonyms (``surname_first``'s ``either``), of which no one can say which."""
    return ("," in written and either.get(key(written))) or [real_of[key(written)]]


def key_spellings(
    pseudo: dict[str, str],
    real_of: dict[str, str],
    caseless: int,
    plain_talk: Callable[[str], bool] | None = None,
) -> tuple[list[str], list[tuple[str | None, str]], dict[str, list[str]]]:
    """Every spelling the key's one pattern finds a name by, longest first, and each
    spelling's (lead, pattern) alternative: the name as on the key, its words apart by
    spaces, a line break, "_", "-" or "."; a name of capitalised words written together as
    a file name may ("AnnaBerg"); a name in a script without capitals with its gaps apart or
    together (up to ``caseless`` words); the surname first (``surname_first``); and the
    plain letters of a file name ("aby_01.txt" for Åby), of a web address ("www.aby.se")
    and, where ``plain_talk`` says the plain letters are no word of their own, of a text
    written without the letters, with its capital ("Malmo", "Soderstrom" in an English
    report; ``_plain_forms``). Each spelling that is not the
    name's own joins ``pseudo`` and ``real_of`` (folded name -> pseudonym, name), as
    ``surname_first``'s do; last, its spellings that are two names' (``either``).
    ``pseudonyms.Key`` compiles them; kept here with the pieces."""
    spelled = {s for n in real_of.values() for s in spellings(n)}
    names = sorted(spelled, key=len, reverse=True)  # "Anna-Karin" first
    # a name's words apart by spaces, a line break or, in a file name, "_", "-" or "."
    alternatives = [(lead(n), joined(n)) for n in names]
    for real in list(real_of.values()):
        words = real.split()
        if len(words) > 1 and all(w[:1].isupper() for w in words):
            camel = "".join(words)  # "AnnaBerg.docx": only so written, in that case
            pseudo.setdefault(fold(camel), pseudo[fold(real)])
            real_of.setdefault(fold(camel), real)
            alternatives.append((lead(camel), f"(?-i:{re.escape(camel)})"))
        elif not any(c.isupper() or c.islower() for c in real):
            for form, pattern in caseless_forms(real, caseless):
                if fold(form) not in pseudo:
                    pseudo[fold(form)] = pseudo[fold(real)]
                    real_of[fold(form)] = real
                    alternatives.append((lead(form), pattern))
    either: dict[str, list[str]] = {}
    alternatives[:0] = surname_first(pseudo, real_of, either)
    for real in list(real_of.values()):
        plain = file_spelling(real)
        if plain is not None and fold(plain) not in pseudo:
            pseudo[fold(plain)] = pseudo[fold(real)]
            real_of[fold(plain)] = real
            # only against "_" or digits, as file names write it ("aby_01.txt"): as a
            # word of talk the plain spelling may be another word (Åre, "are")
            written = joined(plain)
            if len(fold(plain).split()) > 1:  # "asa-oberg.txt": two words, no other
                alternatives.append((lead(plain), written))
            else:
                alternatives.append((lead(plain), _plain_forms(plain, written, plain_talk)))
    return names, alternatives, either


# the shortest plain spelling read in running text: "Å" (a place) is the letter "A"
PLAIN_TALK_SHORTEST = 3


def _plain_forms(plain: str, written: str, talk: Callable[[str], bool] | None) -> str:
    """Where a name of one word spelled without its accents (``plain``; ``written``, its
    pattern) is the name: against "_" or digits, as file names write it ("aby_01.txt");
    after a web address's dot or slash ("www.aby.se", "kommun.se/aby-planen"), where
    it went out whole, an address naming no one on the key being kept (contacts.py); and,
    where ``talk`` says the plain letters are no common word, with its capital or in
    capitals in running text ("Malmo", "SODERSTROM"): an English report or a keyboard
    without the letters writes them so, and "Malmo stad" went out as written with Malmö on
    the key. As a word of talk in lower case the plain spelling may be another word (Åre,
    "are"), so it is not read there."""
    forms = [f"(?<=_){written}", f"{written}(?=[_\\d])", f"(?<=[./]){written}(?![^\\W_])"]
    if talk is not None and len(plain) >= PLAIN_TALK_SHORTEST and talk(plain):
        capital = plain[:1].upper() + plain[1:]
        forms += [f"(?-i:{word(capital)})", f"(?-i:{word(plain.upper())})"]
    return "|".join(forms)
