"""The participants' role vocabulary, in every language file of ``qualcode/texts/``.

A role is a document attribute written as the team writes it ("socialsekreterare"). A
summary in English cites "IP3, social worker, Åby", a Swedish one "IP3, socialsekreterare,
Åby", whichever language the attribute was entered in. A value the vocabulary does not know
is printed as written: a wrong translation in a paper is worse than an untranslated word.
The roles are the ``roles`` table of each language file in ``qualcode/texts/``, by a stable
id; a third language's file translates the roles it knows. ``OTHER_SPELLINGS`` adds a
language's other common spellings of a role its file names once ("förstelinjechef").
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from qualcode.texts import LANGUAGES, texts

# Other ways a language writes a role the language file names once: Swedish teams write
# "förstelinjechef" as often as "förstalinjechef", and a study48 team's English summary
# printed it untranslated beside "social worker". Translated into another language as the
# role; in its own language kept as the team wrote it (their spelling is not corrected).
OTHER_SPELLINGS: dict[str, dict[str, str]] = {
    "sv": {
        "förstelinjechef": "first_line_manager",
        "första linjens chef": "first_line_manager",
    },
}


def _key(value: str) -> str:
    return " ".join(value.split()).casefold()


@cache
def _by_name() -> dict[str, str]:
    """Every role in every language (spaces evened, any case) -> its id."""
    return {
        _key(name): role
        for lang in LANGUAGES
        for role, name in texts(lang, "roles", english=False).items()
    }


def role_name(value: str | None, lang: str) -> str | None:
    """``value`` (a role in either language, any case) in ``lang``; unknown as written."""
    if value is None or lang not in LANGUAGES:
        return value
    key = _key(str(value))
    if key in OTHER_SPELLINGS.get(lang, {}):
        return value  # the team's own spelling, in its own language
    role = _by_name().get(key) or next((s[key] for s in OTHER_SPELLINGS.values() if key in s), None)
    return texts(lang, "roles", english=False).get(role, value) if role else value


def role_names(values: Iterable[object], lang: str) -> list[object]:
    """Every value of a role column in ``lang`` (missing values stay missing)."""
    return [role_name(v, lang) if isinstance(v, str) else v for v in values]
