"""A memo the coder edited or removed in her own copy after a merge, merged again.

A package carries each of the coder's memos with its id; the merge took a memo it already
held as done (``has_memo``), so a memo she rewrote in her copy (``e`` in the memo list)
or removed after the lead's first merge kept its first text in the lead's project for
good, without a word. The package now gives when she last edited each memo (``edited_at``),
and the merge takes the package's text (the old one kept in the audit, as an edit keeps
it) and its removal, unless the memo was edited here after that (a lead's edit since is
not undone by her older text) or removed here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from qualcode.project.package_restored import last_times

if TYPE_CHECKING:
    from qualcode.store import Store


def edit_times(store: Store) -> dict[str, str]:
    """When each memo was last edited, by the audit's memo.edit entries (an edit a merge
    brought counts at the time she made it)."""
    return last_times(store.audit.list("memo.edit"), "memo", "edited_at")


def merge_memo_change(
    store: Store, memo: dict[str, Any], actor: str, source: str, edited_here: dict[str, str]
) -> bool:
    """Bring the package's edit or removal of a memo this project holds; whether it did.
    ``edited_here``: ``edit_times`` read once for the merge, brought up to date by it."""
    here = store.exchange.memo_row(memo["id"])
    if here is None or here["deleted_at"]:
        return False  # removed here: it stays removed
    if memo.get("deleted_at"):
        store.exchange.mark_memo_removed(memo["id"], memo["deleted_at"])
        store.audit.append(
            actor, "memo.remove", {"memo": memo["id"], "text": here["text"], "package": source}
        )
        return True
    if memo["text"] == here["text"]:
        return False
    edited = memo.get("edited_at") or memo["created_at"]
    if not isinstance(edited, str) or edited_here.get(memo["id"], "") >= edited:
        return False  # changed here after she last edited it: the newer text stays
    store.memos.set_text(memo["id"], memo["text"])
    edited_here[memo["id"]] = edited  # as the audit entry below now says
    store.audit.append(
        actor,
        "memo.edit",
        {
            "memo": memo["id"],
            "old": here["text"],
            "new": memo["text"],
            "package": source,
            "edited_at": edited,
        },
    )
    return True
