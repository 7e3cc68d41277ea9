"""A coder's translations of her codings, carried in her package and merged with them.

A coder translates her own codings (``code translate``), in her own copy (``handout``)
too. Her package carried codings, memos and statuses only, so the lead's merge said
"added 1" and the translation she wrote stayed behind on her laptop, without a word. The
package now carries each live translation of her codings (``translations``, absent in
older packages), and the merge writes it unless the project holds the same text, or one
written later (a lead's own translation of her coding since is never replaced by an older
one).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from qualcode.errors import ValidationError
from qualcode.model import LANGS
from qualcode.oneline import check_free_text

if TYPE_CHECKING:
    from qualcode.store import Store


def translations_of(store: Store, coding_ids: set[str]) -> list[dict[str, str]]:
    """Every live translation of the codings ``coding_ids``, for her package."""
    return [
        {"coding_id": coding, "lang": lang, "text": text, "created_at": at}
        for (coding, lang), (text, at) in sorted(store.quotes.translations_written().items())
        if coding in coding_ids
    ]


def check_translations(package: dict[str, Any], name: str) -> None:
    """The package's ``translations``: each on one of its codings, into sv or en, as a
    translation typed in is held (no control characters, within the length limit)."""
    rows = package.get("translations", [])
    if not isinstance(rows, list):
        raise ValidationError(f"{name}: field 'translations' must be a list")
    codings = {c["id"] for c in package["codings"]}
    seen: dict[tuple[str, str], int] = {}
    for index, row in enumerate(rows):
        where = f"{name}: translations[{index}]"
        if not isinstance(row, dict) or not all(
            isinstance(row.get(f), str) for f in ("coding_id", "lang", "text", "created_at")
        ):
            raise ValidationError(
                f"{where}: must give coding_id, lang, text and created_at as text"
            )
        if row["coding_id"] not in codings:
            raise ValidationError(f"{where}: coding {row['coding_id']!r} is not in the package")
        if row["lang"] not in LANGS:
            raise ValidationError(f"{where}: language {row['lang']!r}: use {' or '.join(LANGS)}")
        if not row["text"].strip():
            raise ValidationError(f"{where}: the translation is empty")
        check_free_text(row["text"], f"{where}: the translation")
        # a coding has one translation into a language: of two rows, the later silently
        # won (as a translation sheet's did before cc6cde3)
        first = seen.setdefault((row["coding_id"], row["lang"]), index)
        if first != index:
            raise ValidationError(
                f"{where}: coding {row['coding_id']!r} is translated into {row['lang']} "
                f"in translations[{first}] already"
            )


def merge_translations(
    store: Store, package: dict[str, Any], docs: dict[str, str], coder: str, source: str
) -> int:
    """Write the package's translations of her codings (merged just before; ``docs``: the
    package's document ids to this project's); how many were written."""
    codings = {c["id"]: c for c in package["codings"]}
    langs: dict[str, str] = {}
    here = store.quotes.translations_written()
    written = 0
    for index, row in enumerate(package.get("translations", [])):
        doc_id = docs[codings[row["coding_id"]]["document_id"]]
        if doc_id not in langs:
            langs[doc_id] = store.documents.get(doc_id).lang
        if langs[doc_id] == row["lang"]:
            raise ValidationError(
                f"{source}: translations[{index}]: the passage is already in {row['lang']}; "
                "merge refused, nothing written"
            )
        text = " ".join(row["text"].split())
        before = here.get((row["coding_id"], row["lang"]))
        if before is not None and (before[0] == text or before[1] >= row["created_at"]):
            continue
        store.quotes.translate(row["coding_id"], row["lang"], text, coder, at=row["created_at"])
        written += 1
    return written
