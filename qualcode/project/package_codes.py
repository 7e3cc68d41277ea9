"""Which code of this project takes each code of a coder package.

By id, following the lead's merges of codes since the handout (her codings go where the
merge sent the others, not onto a retired code no list shows); else by key; a code she
proposed in her copy is proposed here as hers; any other code unknown here refuses the
merge before anything is written.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from qualcode.errors import ValidationError

if TYPE_CHECKING:
    from qualcode.store import Store


def map_codes(
    store: Store, name: str, codes: list[dict[str, Any]], moot: frozenset[str] = frozenset()
) -> tuple[dict[str, str], list[dict[str, Any]]]:
    """Each package code's id here, and the coder's proposals this project lacks. A code in
    ``moot`` (only her rejections name it) that has no code here is left unmapped: a
    rejection of a code the lead deleted says nothing now, and must not refuse her work."""
    known = store.codes.list(include_deleted=True)
    by_id = {c.id for c in known}
    by_key = {c.key: c.id for c in known if not c.deleted_at}
    live = set(by_key.values())
    merged = store.codes.merged_into()
    mapping: dict[str, str] = {}
    proposed: list[dict[str, Any]] = []
    for code in codes:
        if code["id"] in moot and not (code["id"] in by_id or code["key"] in by_key):
            continue  # hers alone, proposed and rejected: nothing to propose it for
        if code["id"] in by_id:
            # a code the lead merged away since the handout: its codings go where the
            # merge sent the others, not onto the retired code no list shows
            target, seen = code["id"], set()
            while target in merged and target not in seen:
                seen.add(target)
                target = merged[target]
            if target in live:
                mapping[code["id"]] = target
            elif code["key"] in by_key:  # deleted, and a code of that key added since
                mapping[code["id"]] = by_key[code["key"]]
            elif code["id"] not in moot:  # deleted: her codings would stand on a retired code
                raise ValidationError(
                    f"{name}: code {code['key']!r} was deleted from this project's "
                    "codebook since; add a code with that key again to take its "
                    "codings, nothing written"
                )
        elif code["key"] in by_key:
            mapping[code["id"]] = by_key[code["key"]]
        elif code.get("proposed"):
            proposed.append(code)
        else:
            raise ValidationError(
                f"{name}: code {code['key']!r} is not in this project's codebook; "
                "load the codebook first, nothing written"
            )
    return mapping, proposed
