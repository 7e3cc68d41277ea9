"""Every word qualcode shows a person, one file per language: ``en.toml``, ``sv.toml``.

The terminal interface, the theme summary and the methods paragraph read their texts from
here, each from its own table (``tui``, ``summary``, ``methods``, ``format``, ``roles``), so the
languages cannot drift apart in shape and a third language is one more file beside these:
it is offered as soon as it is there, and whatever it leaves out is shown in English.
Texts are read once per process, with the standard library's TOML reader.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from pathlib import Path

HERE = Path(__file__).parent
FALLBACK = "en"
LANGUAGES: tuple[str, ...] = tuple(
    sorted((p.stem for p in HERE.glob("*.toml")), key=lambda lang: (lang != FALLBACK, lang))
)


@cache
def _file(lang: str) -> dict[str, dict[str, str]]:
    with (HERE / f"{lang}.toml").open("rb") as handle:
        return tomllib.load(handle)


@cache
def texts(lang: str, area: str, english: bool = True) -> dict[str, str]:
    """The ``area`` table in ``lang``; English fills what a language leaves out (unless
    ``english`` is false: the role vocabulary would rather print a word untranslated), and
    an unknown language is English. Callers must not change the dict: it is shared."""
    own = _file(lang).get(area, {}) if lang in LANGUAGES else {}
    if not english:
        return dict(own)
    return {**_file(FALLBACK).get(area, {}), **own}


# the months by name in each language, whole and cut short as a date writes them ("3 okt.",
# "14 Sept 2024"): the one list the name finder reads (a month is nobody's name) and the
# transcript reader (a date between turns is nobody's words); each kept its own (review49)
MONTHS: dict[str, frozenset[str]] = {
    "sv": frozenset(
        {"januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti"}
        | {"september", "oktober", "november", "december"}
    ),
    "en": frozenset(
        {"january", "february", "march", "april", "may", "june", "july", "august"}
        | {"september", "october", "november", "december"}
    ),
}
MONTHS_SHORT = frozenset(
    {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "oct", "nov", "dec"}
)

VOWELS = frozenset("aeiouyåäöéèüæø")


def owner(name: str, lang: str, *, person: bool = False) -> str:
    """A person's name (a coder's, a pseudonym) as the owner of what follows it, the one
    rule every title, verdict and pseudonymised genitive builds it by. Swedish adds "s",
    but none to a name that ends in s, x or z ("Jonas kodningar", "Max kodningar": "Jonass"
    is wrong), and ":s" after a digit or an abbreviation ("Kodare A:s", "IP1:s", "SKR:s"),
    and after a code holding a digit, a pair interview's "IP3a:s" ("IP3as" read as a word);
    English adds "'s". A name in capitals is still a name, as transcripts write speakers
    ("JONAS:"): "LENAS", "JONAS", never "JONAS:s".

    ``person``: the caller knows ``name`` is what a person is printed as (a coder's name or
    her label, as titles, verdicts and reconciliation name her). Two capitals alone are
    then her name said as a word, as a transcript writes Bo ("BO:"): "BOS", not "BO:s"; a
    label's letters after its word ("Kodare AB:s"), one letter and a word without a vowel
    stay letters. Without it two capitals read as an abbreviation ("HR:s", "EU:s"), since a
    word alone cannot say which it is (review49)."""
    if lang != "sv":
        return f"{name}'s"
    last = name[-1:]
    words = re.split(r"[\s\-–]+", name.strip())
    word = words[-1]
    said = person and len(words) == 1 and len(word) == 2
    if last.isdigit() or any(c.isdigit() for c in word) or _abbreviation(word, said):
        return f"{name}:s"
    if last.lower() in {"s", "x", "z"}:
        return name
    return f"{name}{'S' if word.isupper() else 's'}"


def _abbreviation(word: str, said: bool = False) -> bool:
    """Whether a last word in capitals is read letter by letter ("A", "HR", "SKR") rather
    than said as a name ("LENA"): one or two letters, or no vowel to say it by. An
    abbreviation said as a word ("IVO") reads as a name here: "IVOS". ``said``: two
    letters are a name said as a word where they hold a vowel ("BO", a person's)."""
    if not word.isupper():
        return False
    vowel = bool(VOWELS.intersection(word.casefold()))
    return len(word) == 1 or (len(word) == 2 and not (said and vowel)) or not vowel
