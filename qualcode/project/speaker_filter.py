"""Whose words a search or a count reads: the respondents (every interviewee, never the
interviewer) or one participant as the reports cite her (IP3, IP1b, a pseudonym).

MAXQDA and NVivo users search "only in what IP3 said" or "only in the answers": the
interviewer's questions echo the theme's words and flood the hits. One rule for every face
and every reader of talk: ``report words --respondents``, ``search --respondents`` and
``search --participant`` decide alike, and a participant is the one ``report quotes
--participant`` finds (``Project._citer``), never asked for or named back by a real name.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from typing import Any

from qualcode.errors import SETTING, SettingError
from qualcode.model import Turn
from qualcode.project.report_groups import BY_PARTICIPANT, names_who_said


def respondent_labels(turns: Iterable[Turn], asking: Collection[str]) -> set[str] | None:
    """The labels of one document's turns that are an interviewee's (every one of a pair
    interview, not only the label said most: study46), or ``None`` for a text no one
    speaks in (a plan, a policy), which is read whole: read as nobody's words, the
    interviewees' words of a study of plans were "No words" (review46). ``asking``: the
    document's interviewer labels (``Project.interviewer_labels``)."""
    labels = {t.speaker for t in turns if t.speaker}
    if not labels:
        return None
    return {label for label in labels if label not in asking}


def participant_labels(project: Any, wanted: Sequence[str]) -> dict[str, set[str]]:
    """Per document, the speaker labels cited as one of the ``wanted`` participants,
    typed as the reports cite them in any case ("ip3" finds IP3; through the pseudonym
    key, never by a real name). A document without speakers is no participant's and is
    left out. A name cited nowhere is refused in one line naming the participants there
    are, so a mistyped IP12 is not an empty search read as her never saying it."""
    from qualcode.oneline import reads_as
    from qualcode.project.report_groups import participants_in_order

    cite = project._citer(project.pseudonym_key(), False)
    asking: Mapping[str, set[str]] = project.interviewer_labels()
    sought = {reads_as(name): name for name in wanted}
    found: dict[str, set[str]] = {}
    cited_as: set[str] = set()
    seen: set[str] = set()
    for doc in project.documents():
        labels = {t.speaker for t in project.turns(doc.id) if t.speaker}
        for label in labels - asking.get(doc.id, set()):
            cited = cite(doc.id, label, None)
            if not cited:
                continue
            cited_as.add(cited)
            if (read := reads_as(cited)) in sought:
                found.setdefault(doc.id, set()).add(label)
                seen.add(read)
    missing = [name for read, name in sought.items() if read not in seen]
    if missing:
        raise SettingError(
            "participant",
            f"{SETTING}: no participant {missing[0]!r} (participants: "
            f"{', '.join(participants_in_order(cited_as)) or 'none'})",
        )
    return found


def speakers_read(
    project: Any, participants: Sequence[str] | None, respondents: bool
) -> dict[str, set[str] | None] | None:
    """Per document, the labels whose turns are read (``None``: the whole document), only
    the documents read; ``None`` for every word of every document."""
    if participants:
        return {d: labels for d, labels in participant_labels(project, participants).items()}
    if not respondents:
        return None
    asking = project.interviewer_labels()
    return {
        doc.id: respondent_labels(project.turns(doc.id), asking.get(doc.id, set()))
        for doc in project.documents()
    }


def participant_filter(
    attributes: Mapping[str, tuple[str, ...]], documents: Iterable[Any]
) -> tuple[tuple[str, ...], dict[str, tuple[str, ...]]]:
    """A filter box's ``participant=IP4`` words (the TUI's text search ``f``) as the
    participants asked for, and the attribute filters left: who said it, as a report's
    ``--by participant`` reads the word, unless a document attribute is named so, which
    keeps its meaning (``report_groups.names_who_said``, the rule the reports ask)."""
    left = dict(attributes)
    if BY_PARTICIPANT in left and names_who_said(
        BY_PARTICIPANT, {name for d in documents for name in d.attributes}
    ):
        return left.pop(BY_PARTICIPANT), left
    return (), left
