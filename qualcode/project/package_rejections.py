"""The suggestions a coder rejected in her own copy, carried in her package and merged.

A coder decides the suggestions of an engine fitted on her own work; a rejection is a
negative for its code and keeps that passage from being proposed to her again. Her package
carried codings, memos, statuses and translations only, so after the lead's merge the
engine fitted on her work in the lead's project (the lead acting for her, ``suggest
--coder``) proposed every passage she had rejected again, and learned nothing from her
"no". The package now carries each rejection (``rejections``, absent in older packages):
the passage, the code, the score and method it was proposed with, and when she decided.
The merge writes it as her rejection (decided by her, of her own engine), once.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from qualcode.errors import ValidationError
from qualcode.oneline import check_name
from qualcode.project.blind_parts import LEARNED_FROM
from qualcode.project.package_reopened import is_hers, reopen_times
from qualcode.project.package_rows import check_placed

if TYPE_CHECKING:
    from qualcode.store import Store

_TEXT = ("id", "document_id", "code_id", "method", "model_version", "decided_at")


def rejections_of(store: Store, coder_id: str) -> list[dict[str, Any]]:
    """Every suggestion the coder rejected, for her package."""
    return store.exchange.rejections(coder_id)


def check_rejections(package: dict[str, Any], name: str) -> None:
    """The package's ``rejections``: each on one of its documents and codes, a span, a
    score between 0 and 1, a one-line method and engine version, one row per id."""
    rows = package.get("rejections", [])
    if not isinstance(rows, list):
        raise ValidationError(f"{name}: field 'rejections' must be a list")
    docs = {d["id"] for d in package["documents"]}
    codes = {c["id"] for c in package["codes"]}
    seen: dict[str, int] = {}
    for index, row in enumerate(rows):
        where = f"{name}: rejections[{index}]"
        if not isinstance(row, dict) or not all(isinstance(row.get(f), str) for f in _TEXT):
            raise ValidationError(f"{where}: must give {', '.join(_TEXT)} as text")
        for field in ("start", "end"):
            if not isinstance(row.get(field), int) or isinstance(row[field], bool):
                raise ValidationError(f"{where}: field {field!r} must be a whole number")
        score = row.get("score")
        if isinstance(score, bool) or not isinstance(score, (int, float)) or not 0 <= score <= 1:
            raise ValidationError(f"{where}: field 'score' must be a number from 0 to 1")
        check_placed(row, where, docs, codes)
        for field in ("method", "model_version"):
            check_name(row[field], f"{where}: field {field!r}")
        first = seen.setdefault(row["id"], index)
        if first != index:
            raise ValidationError(f"{where}: suggestion {row['id']!r} is in rejections[{first}]")


def moot(package: dict[str, Any]) -> frozenset[str]:
    """The package's codes only its rejections name (no coding, no memo)."""
    used = {c["code_id"] for c in package["codings"]}
    used |= {m["target_id"] for m in package["memos"] if m["target_kind"] == "code"}
    return frozenset(r["code_id"] for r in package.get("rejections", [])) - used


def merge_rejections(
    store: Store,
    package: dict[str, Any],
    maps: tuple[dict[str, str], dict[str, str]],
    coder: tuple[str, str],
    source: str,
) -> int:
    """Write the package's rejections as hers (``maps``: the package's document and code
    ids to this project's; ``coder``: her id and name here); how many were new. One this
    project holds as another's, or off its document's text, refuses the merge."""
    docs, codes = maps
    coder_id, name = coder
    taken_back = reopen_times(store)  # read after ``merge_reopened`` wrote its own
    merged_away = store.codes.merged_into()
    written = 0
    for index, row in enumerate(package.get("rejections", [])):
        if (
            row["code_id"] not in codes
            or row["code_id"] in merged_away
            or taken_back.get(row["id"], "") > row["decided_at"]
        ):
            # a code deleted here since (``moot``), or merged into another (her "no" to
            # the narrower code is none to the one it went into; the project's own
            # rejections stay on the merged code too), or a rejection taken back since (an
            # older package): it says nothing now
            continue
        where = f"{source}: rejections[{index}] ({row['id']})"
        here = store.exchange.suggestion_row(row["id"])
        if here is not None:
            if not is_hers(here, coder_id, name):
                raise ValidationError(
                    f"{where}: this project holds it as another person's suggestion; "
                    "merge refused, nothing written"
                )
            if here["status"] == "pending":  # taken back before she rejected it again
                store.exchange.decide_again(row["id"], coder_id, row["decided_at"])
                written += 1
            continue  # else merged before: as it stands
        doc_id = docs[row["document_id"]]
        length = store.documents.text_length(doc_id)
        if row["end"] > length:
            raise ValidationError(
                f"{where}: offsets {row['start']}-{row['end']} outside its document "
                f"(0-{length}); merge refused, nothing written"
            )
        store.exchange.insert_suggestion(
            {
                "id": row["id"],
                "document_id": doc_id,
                "start": row["start"],
                "end": row["end"],
                "code_id": codes[row["code_id"]],
                "score": float(row["score"]),
                "method": row["method"],
                "evidence": json.dumps({LEARNED_FROM: name, "package": source}, ensure_ascii=False),
                "model_version": row["model_version"],
                "status": "rejected",
                "decided_by": coder_id,
                "decided_at": row["decided_at"],
                "created_at": row["decided_at"],
            }
        )
        written += 1
    return written
