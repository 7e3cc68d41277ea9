"""The participants' role vocabulary, in every language file of ``qualcode/texts/``.

A role is a document attribute written as the team writes it ("socialsekreterare"). A
summary in English cites "IP3, social worker, Åby", a Swedish one "IP3, socialsekreterare,
Åby", whichever language the attribute was entered in. A value the vocabulary does not know
is printed as written: a wrong translation in a paper is worse than an untranslated word.
The roles are the ``roles`` table of each language file in ``qualcode/texts/``, by a stable
id; a third language's file translates the roles it knows.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from qualcode.texts import LANGUAGES, texts


@cache
def _by_name() -> dict[str, str]:
    """Every role in every language (spaces evened, any case) -> its id."""
    return {
        " ".join(name.split()).casefold(): role
        for lang in LANGUAGES
        for role, name in texts(lang, "roles", english=False).items()
    }


def role_name(value: str | None, lang: str) -> str | None:
    """``value`` (a role in either language, any case) in ``lang``; unknown as written."""
    if value is None or lang not in LANGUAGES:
        return value
    role = _by_name().get(" ".join(str(value).split()).casefold())
    return texts(lang, "roles", english=False).get(role, value) if role else value


def role_names(values: Iterable[object], lang: str) -> list[object]:
    """Every value of a role column in ``lang`` (missing values stay missing)."""
    return [role_name(v, lang) if isinstance(v, str) else v for v in values]
