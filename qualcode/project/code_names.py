"""Two codes under one parent may not show the same name.

A code is told from its siblings by its name in the codebook tree, the code picker, the
summary's tables and every export: two sibling codes shown as "Arbetsbelastning" (or
"Workload" and "workload", or a composed and a decomposed "ö") are one code to whoever
codes with them, and their codings split between them at random. The key tells them apart
only for the program. So a name is compared as a screen shows it (``reads_as``: case
folded, Unicode compatibility form, look-alike letters and hidden marks read away) in each
language, a language without a name of its own showing the other's (``Code.name``), and
refused where it reads as a sibling's. Only the codes a change names are checked: a
project that already holds two such siblings keeps working until one of them is edited.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from qualcode.errors import CodebookError
from qualcode.model import LANGS, Code


def check_sibling_names(codes: Sequence[Code], changed: Collection[str], where: str = "") -> None:
    """Refuse, in one line, a code of ``changed`` (keys) whose name in either language
    reads as a live sibling's (same parent) in that language. Called inside the write
    transaction with the codebook as written, so the refusal leaves the file as it was."""
    from qualcode.oneline import reads_as

    def reading(code: Code, lang: str) -> tuple[str | None, str, str]:
        return code.parent_id, lang, reads_as(code.name(lang))

    by_reading: dict[tuple[str | None, str, str], list[Code]] = {}
    for code in codes:
        for lang in LANGS:
            by_reading.setdefault(reading(code, lang), []).append(code)
    for mine in sorted((c for c in codes if c.key in changed), key=lambda c: c.key):
        # a language it is named in first: its English name is what to tell about
        for lang in sorted(LANGS, key=lambda lang: lang not in mine.names):
            theirs = next((c for c in by_reading[reading(mine, lang)] if c is not mine), None)
            if theirs is None:
                continue
            raise CodebookError(
                f"{where}code {mine.key!r}: field 'name' ({lang}): {mine.name(lang)!r} reads "
                f"as {theirs.key!r} ({theirs.name(lang)!r}), a code under the same parent; "
                "give it another name",
                key="code_name_sibling",
                code=mine.key,
                other=theirs.key,
                name=mine.name(lang),
            )
