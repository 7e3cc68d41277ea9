"""Another tool's codes, met with the project's own on a .qdpx import.

A file from NVivo, ATLAS.ti, MAXQDA or QualCoder names its codes, not qualcode's keys: the
reader makes each key from the name (``refi_read._slug``). Two things went wrong with those
made-up keys in a project that already has a codebook:

- a code named as the project's code under the same parent ("Mission dialogue" beside the
  lead's ``dialogue``) arrived as a second code and the import was refused as a sibling of
  the same name (``code_names.py``): the researcher who coded with the team's codebook in
  another tool could not bring the work in. It is the same code, as NVivo and MAXQDA take
  it on their own imports, so its codings go onto the project's code and the lead's
  codebook (both languages, definitions, keywords) stays as it is;
- a code whose made-up key happened to be one of the project's keys ("Dialogue" ->
  ``dialogue``) overwrote that code in place: the Swedish name, definitions, keywords and
  examples the lead had written were replaced by one English name. It takes a key of its
  own instead.

qualcode's own .qdpx files carry their keys (``Qualcode.restored``) and are left as written;
a .qdc never does, and is matched like another tool's file (``load_codebook``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from qualcode.model import LANGS, Code, Codebook, CodeSpec


def onto_project_codes(
    book: Codebook, keys: Mapping[str, str], project_codes: Sequence[Code]
) -> tuple[Codebook, dict[str, str]]:
    """The file's codebook without the codes the project already has (by name, under the
    same parent), the rest keyed apart from the project's keys, and the file's GUID -> key
    map following both: what ``import_qdpx`` applies and codes with."""
    from qualcode.oneline import reads_as

    key_of_id = {c.id: c.key for c in project_codes}
    # (parent key, language, name as read) -> the project's code shown so
    by_reading: dict[tuple[str | None, str, str], str] = {}
    for code in project_codes:
        parent = key_of_id.get(code.parent_id) if code.parent_id else None
        for lang in LANGS:
            by_reading.setdefault((parent, lang, reads_as(code.name(lang))), code.key)
    taken = set(key_of_id.values()) | {s.key for s in book.codes}
    moved: dict[str, str] = {}  # the file's key -> the key its codes go to
    kept: list[CodeSpec] = []
    for spec in book.codes:  # parents come before their children in the reader's walk
        parent = moved.get(spec.parent, spec.parent) if spec.parent else None
        shown = Code(id="", key=spec.key, parent_id=None, names=dict(spec.names))
        same = next(
            (
                found
                for lang in LANGS
                if (found := by_reading.get((parent, lang, reads_as(shown.name(lang)))))
            ),
            None,
        )
        if same is not None:
            moved[spec.key] = same
            continue
        key = spec.key
        if key in key_of_id.values():
            n = 2
            while f"{spec.key}_{n}" in taken:
                n += 1
            key = f"{spec.key}_{n}"
            taken.add(key)
        moved[spec.key] = key
        kept.append(replace(spec, key=key, parent=parent))
    return replace(book, codes=tuple(kept)), {g: moved.get(k, k) for g, k in keys.items()}
