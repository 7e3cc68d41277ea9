"""A code's parts: per language, the lists of stems that each name one side of what the
code joins (long-term economics: money, and a horizon longer than the year).

A theme that is a conjunction (money AND time, the staff AND the clients) is often coded on
a sentence that says one side while the other stands in the sentences around it; a sentence
on money in a paragraph that never names a horizon is budget talk, not the code. The
suggestion engine reads a code's parts in a unit's paragraph and holds a modest suggestion
under the line where the paragraph names none of one part's stems (``nlp/parts_gate.py``).
A stem is matched as a piece of a word in lower case ("flerår" in "flerårig"), so it is
written as the start or the core of the words it stands for.

Written in YAML as ``parts: {sv: [[budget, ekonomi], [flerår, långsikt]]}``; in a CSV
codebook's ``parts`` column one part a line, its stems separated by ``;`` or ``,`` (so a
stem holds neither). Every mistake is refused in one line naming the code, the language
and the part, before anything is stored.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from qualcode.errors import CodebookError
from qualcode.model import LANGS
from qualcode.shows_nothing import check_shows

# parts one code may have in one language: a conjunction of two or three sides; more
# would hold nearly every paragraph under the line
MAX_PARTS = 8
# stems one part may have: a part is the words a codebook uses for one side, a few dozen;
# a word list pasted in (thousands) is read against every paragraph at every suggestion
MAX_STEMS = 500
# what separates stems in a CSV cell (one part a line), so no stem may hold them
SEPARATORS = ";,"

Parts = Mapping[str, tuple[tuple[str, ...], ...]]


def read_parts(value: Any, where: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    """``value`` as the YAML reader gives it (a mapping of languages to lists of lists of
    text), checked and stripped; ``where`` names the file and code in each refusal."""
    from qualcode.oneline import check_name

    if value is None:
        return {}
    if not isinstance(value, dict):
        raise CodebookError(f"{where}: field 'parts' must map languages (sv, en) to lists of parts")
    result: dict[str, tuple[tuple[str, ...], ...]] = {}
    for lang, parts in value.items():
        if lang not in LANGS:
            raise CodebookError(f"{where}: field 'parts': unknown language {lang!r} (sv, en)")
        field = f"{where}: field 'parts.{lang}'"
        if parts is None:
            continue
        if not isinstance(parts, list) or not all(isinstance(p, list) for p in parts):
            raise CodebookError(f"{field} must be a list of parts, each a list of stems")
        if len(parts) > MAX_PARTS:
            raise CodebookError(
                f"{field}: {len(parts):,} parts, more than the {MAX_PARTS} a code may have"
            )
        read: list[tuple[str, ...]] = []
        for number, part in enumerate(parts, start=1):
            if len(part) > MAX_STEMS:
                raise CodebookError(
                    f"{field}: part {number} has {len(part):,} stems, more than the "
                    f"{MAX_STEMS} a part may have; keep the words that say it"
                )
            stems = tuple(_stem(stem, f"{field}: part {number}") for stem in part)
            if not stems:
                raise CodebookError(f"{field}: part {number} is empty; give it a stem or drop it")
            for stem in stems:
                check_name(stem, f"{field}: part {number}: a stem", CodebookError, "stem")
            read.append(stems)
        if read:
            result[lang] = tuple(read)
    return result


def _stem(stem: object, where: str) -> str:
    if not isinstance(stem, str):
        raise CodebookError(
            f"{where}: a stem must be text, not {type(stem).__name__} {stem!r}"[:200]
        )
    cleaned = stem.strip()
    if not cleaned:
        raise CodebookError(f"{where} has an empty stem")
    if any(ch in cleaned for ch in SEPARATORS):
        raise CodebookError(
            f"{where}: stem {cleaned[:40]!r} holds ';' or ','; a stem is one word or phrase"
        )
    # a zero-width space or a combining mark alone: no word starts with it (hostile49); a
    # symbol is a stem ('£' in the bundled codebook)
    hint = "; a stem is the start or core of a word"
    return check_shows(cleaned, f"{where}: stem", CodebookError, hint)


def cell_parts(cell: str) -> list[list[str]]:
    """A CSV cell's parts (a part a line, its stems separated by ';' or ',') as the YAML
    reader takes them. qualcode reads a codebook sheet but writes none (a codebook leaves
    as YAML, .md or .docx), so there is no writer of the cell to match."""
    lines = [line for line in cell.splitlines() if line.strip()]
    return [[s for s in re.split(f"[{SEPARATORS}]", line) if s.strip()] for line in lines]


def typed_parts(text: str) -> list[list[str]]:
    """Parts as a lead types them on one line (``codebook edit --parts-sv``, the TUI's code
    form): parts separated by ';', each part's stems by ',' (a CSV cell, a part a line,
    has no line to spare on one). Blank text is no parts, which clears the language; an
    empty part ('budget;;flerår', 'budget;') is kept as an empty list so that
    ``read_parts`` refuses it by its number rather than dropping it unseen."""
    if not text.strip():
        return []
    return [[s for s in part.split(",") if s.strip()] for part in text.split(";")]


def shown_parts(parts: tuple[tuple[str, ...], ...]) -> str:
    """One language's parts as ``typed_parts`` reads them back: the code form's text."""
    return "; ".join(", ".join(part) for part in parts)


def plain_parts(parts: Parts) -> dict[str, list[list[str]]]:
    """``parts`` as YAML and JSON write them."""
    return {lang: [list(p) for p in each] for lang, each in parts.items()}
