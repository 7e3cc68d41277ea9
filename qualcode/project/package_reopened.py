"""A rejection the coder took back in her own copy after a merge, merged again.

Her package carries her rejections, and the merge writes each once. One she took back
(``u`` after ``r``: pending again, no longer a negative) after the lead had merged it
stayed rejected in the lead's project, a negative her engine there kept learning from,
without a word (as a coding she brought back once did, ``package_restored``). Her package
now says when she last took each back (``reopened``: id and time, from the audit's
suggestion.reopen entries), and the merge takes back a rejection of hers it holds from
before that; an older package's rejection never rejects it again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from qualcode.errors import ValidationError
from qualcode.project.package_restored import last_times

if TYPE_CHECKING:
    from qualcode.store import Store


def reopen_times(store: Store) -> dict[str, str]:
    """When each rejection was last taken back (an acceptance undone, which names
    ``because``, is no rejection taken back)."""
    entries = [e for e in store.audit.list("suggestion.reopen") if "because" not in e.payload]
    return last_times(entries, "suggestion", "reopened_at")


def reopened_of(store: Store, rejected: set[str]) -> list[dict[str, str]]:
    """The rejections taken back and not rejected again (``rejected``: the ids she holds
    rejected now), for her package."""
    return [
        {"id": suggestion, "reopened_at": at}
        for suggestion, at in sorted(reopen_times(store).items())
        if suggestion not in rejected
    ]


def check_reopened(package: dict[str, Any], name: str) -> None:
    """The package's ``reopened``: an id and a time as text, each id once."""
    rows = package.get("reopened", [])
    if not isinstance(rows, list):
        raise ValidationError(f"{name}: field 'reopened' must be a list")
    seen: dict[str, int] = {}
    for index, row in enumerate(rows):
        where = f"{name}: reopened[{index}]"
        if not isinstance(row, dict) or not all(
            isinstance(row.get(f), str) for f in ("id", "reopened_at")
        ):
            raise ValidationError(f"{where}: must give id and reopened_at as text")
        first = seen.setdefault(row["id"], index)
        if first != index:
            raise ValidationError(f"{where}: suggestion {row['id']!r} is in reopened[{first}]")


def merge_reopened(
    store: Store, package: dict[str, Any], coder_id: str, actor: str, source: str
) -> int:
    """Take back each of her rejections held here from before she took it back in her
    copy; how many. Anyone else's suggestion, or one unknown here, is left as it is."""
    taken = 0
    for row in package.get("reopened", []):
        here = store.exchange.suggestion_row(row["id"])
        if (
            here is None
            or here["status"] != "rejected"
            or here["decided_by"] != coder_id
            or (here["decided_at"] or "") >= row["reopened_at"]
        ):
            continue
        store.suggestions.reopen(row["id"])
        store.audit.append(
            actor,
            "suggestion.reopen",
            {"suggestion": row["id"], "package": source, "reopened_at": row["reopened_at"]},
        )
        taken += 1
    return taken
