"""A rejection the coder took back in her own copy after a merge, merged again.

Her package carries her rejections, and the merge writes each once. One she took back
(``u`` after ``r``: pending again, no longer a negative) after the lead had merged it
stayed rejected in the lead's project, a negative her engine there kept learning from,
without a word (as a coding she brought back once did, ``package_restored``). Her package
now says when she last took each back (``reopened``: id and time, from the audit's
suggestion.reopen entries), and the merge takes back a rejection of hers it holds from
before that; an older package's rejection never rejects it again.

One she took back and then accepted came as her coding only: the merge reopened the
rejection and left it pending, a passage proposed to her again beside her coding of it.
Her coding names the suggestion it came from, so the merge accepts it as hers
(``merge_accepted``), and takes the acceptance back when a later package removes that
coding, as her copy did.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from qualcode.errors import ValidationError
from qualcode.project.blind_parts import LEARNED_FROM
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


def is_hers(here: dict[str, Any], coder_id: str, name: str) -> bool:
    """Whether a suggestion held here (its row) is the coder's: decided by her, or still
    undecided and made by her own engine (``learned_from`` in its evidence). A package
    decides only its coder's suggestions, whether it rejects one or accepts one again."""
    if here["decided_by"] == coder_id:
        return True
    return here["decided_by"] is None and json.loads(here["evidence"]).get(LEARNED_FROM) == name


def merge_accepted(
    store: Store, package: dict[str, Any], coder: tuple[str, str], actor: str, source: str
) -> int:
    """Accept, as hers and when she coded it, each suggestion held here that one of her
    live codings was accepted from, pending here (a rejection of hers taken back); take
    the acceptance back where her package removed the coding that carried it. ``coder``:
    her id and name here. How many were accepted. Run after ``merge_reopened`` and
    before ``merge_rejections`` (a rejection after the removal rejects it again)."""
    coder_id, name = coder
    ex = store.exchange
    accepted = 0
    for row in package["codings"]:
        suggestion = row.get("suggestion_id")
        here = ex.suggestion_row(suggestion) if isinstance(suggestion, str) else None
        local = ex.get_coding(row["id"])
        if here is None or local is None or local["coder_id"] != coder_id:
            continue
        if not is_hers(here, coder_id, name):
            continue
        if local["deleted_at"] is None and here["status"] == "pending":
            ex.link_suggestion(row["id"], here["id"])
            ex.decide_again(here["id"], coder_id, row["created_at"], "accepted")
            store.audit.append(
                actor,
                "suggestion.accept",
                {"suggestion": here["id"], "package": source, "because": "her coding of it"},
            )
            accepted += 1
        elif (
            local["deleted_at"] is not None
            and local["suggestion_id"] == here["id"]
            and here["status"] == "accepted"
            and not ex.carriers(here["id"])
        ):
            store.suggestions.reopen(here["id"])
            store.audit.append(
                actor,
                "suggestion.reopen",
                {"suggestion": here["id"], "package": source, "because": "its coding was removed"},
            )
    return accepted
