"""A case's discussion for the reconcile screen: the decision in force (with its rationale
and who took part), earlier decisions, and the team's comments with author and time.

Plain ``rich.text.Text``: comments and rationales are people's words, never markup.
"""

from __future__ import annotations

from collections.abc import Mapping

from rich.text import Text

from qualcode.project import CaseView
from qualcode.stamps import minute
from qualcode.tui.catalog import Catalog
from qualcode.tui.labels import quoted, verdict_words

SHOWN = 3  # the latest comments; the agenda and `reconcile list` hold them all


def _when(stamp: str | None) -> str:
    return minute(stamp, year=False)


def discussion_text(
    view: CaseView, t: Catalog, names: Mapping[str, str] | None = None, apart: str = ""
) -> Text:
    """The decision, the history and the comments of ``view``, newest decision first
    (``names``: code key -> name, for a verdict that keeps one code's span; ``apart``: where
    a boundary case's versions part, said before the comments while the case is open and
    after them once it is decided)."""
    body = Text()
    if view.verdict:
        others = view.discussed_with  # "... by lena with lena" said the lead twice
        body.append(
            t(
                "rc_decision" if others else "rc_decision_alone",
                verdict=verdict_words(view.verdict, t, names),
                by=view.decided_by or "",
                at=_when(view.decided_at),
                people=", ".join(others),
            ),
            style="bold",
        )
        body.append(" " + quoted(view.rationale or "", t.lang))
        if view.stale:
            body.append(" " + t("rc_stale"), style="bold red")
        body.append("\n")
    for old in reversed(view.history):
        body.append(
            t(
                "rc_earlier",
                verdict=verdict_words(old.verdict, t, names),
                by=old.decided_by,
                at=_when(old.decided_at),
            ),
            style="dim",
        )
        body.append(" " + quoted(old.rationale, t.lang) + "\n", style="dim")
    # where the versions part guides a decision; once one is taken, what the coders said
    # comes first: at 80x24 the discussion has four rows, and a decision and a boundaries
    # line of three hid the comments the lead had recorded (eyes40)
    if apart and not view.verdict:
        body.append(apart + "\n", style="bold")
    if len(view.comments) > SHOWN:
        body.append(t("rc_earlier_comments", n=len(view.comments) - SHOWN) + "\n", style="dim")
    for comment in view.comments[-SHOWN:]:
        mark = t("rc_reopened") if comment.kind == "reopen" else ""
        body.append(f"{comment.author} {_when(comment.created_at)}{mark}: ", style="bold")
        body.append(comment.text + "\n")
    if apart and view.verdict:
        body.append(apart + "\n", style="bold")
    if not (view.comments or view.verdict or view.history):  # the line apart is no talk
        body.append(t("rc_no_talk"), style="dim")
    body.rstrip()
    return body
