"""Who asks in an interview: the speaker labels that say a turn is the interviewer's.

Pure Python that imports nothing of qualcode, so the suggestion engine without a project
(``nlp.scorers``, the benchmarks) and a project's exports and reports read a label alike.
Kept apart from ``model``, whose dataclasses every layer speaks, because these are rules
about labels, not data.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# speaker labels that name the interviewer, lower case: whose turns are questions, not the
# interviewee's view (the quotes' speaker role) and never the interview's participant
INTERVIEWER_LABELS = frozenset({"i", "int", "intervjuare", "interviewer", "q", "f", "fråga"})
# words that, alone or inside a longer label, say it is the interviewer's ("Intervjuare
# Maria"); a focus group's is its moderator ("Samtalsledare", "Facilitator (Sofia)")
ASKING_WORDS = frozenset(
    {
        "intervjuare",
        "intervjuaren",
        "interviewer",
        "int",
        "moderator",
        "moderatorn",
        "intervjuar",
        "samtalsledare",
        "samtalsledaren",
        "facilitator",
    }
)
# a role letter with a name beside it in brackets or after a dash ("I (Lena)", "I - Lena")
_ROLE_LETTER = re.compile(r"^(?:i|q|f)\s*(?:[(\[]|[-–—]\s)", re.I)
_LABEL_WORD = re.compile(r"[^\W\d_]+")


def label_words(text: str) -> set[str]:
    """The words of a speaker label or name, case-folded, digits and marks left out."""
    return {w.casefold() for w in _LABEL_WORD.findall(text)}


def asks_by_label(label: str, interviewer: str = "") -> bool:
    """Does this speaker label say it is the interviewer's? A role ("I", "Intervjuare",
    "F"), a role word inside it ("Intervjuare Maria", "Interviewer 2", "Moderator"), a role
    letter beside a name ("I (Lena)"), or the document's ``interviewer`` attribute as
    written. The one rule the suggestion engine (``nlp.scorers.is_interviewer``, which the
    benchmarks use without a project) and the exports (``project/interviewer_labels``)
    share: the engine read "I", "Intervjuare" and a prefix, the exports these, so a label
    one took for the interviewer's the other could quote as a participant's."""
    who = label.strip().rstrip(":").strip()
    if not who:
        return False
    folded = who.casefold()
    asking = interviewer.strip().casefold()
    words = label_words(who)
    return (
        folded in INTERVIEWER_LABELS
        or bool(asking and folded == asking)
        or bool(words & ASKING_WORDS)
        or any(w.startswith(("intervjuar", "interviewer")) for w in words)
        or bool(_ROLE_LETTER.match(who))
    )


def plainly_asking(labels: Sequence[str], interviewer: str = "") -> set[str]:
    """The labels of one interview that plainly say they are the interviewer's
    (``asks_by_label``), save one: where a role label asks ("I:") and the ``interviewer``
    attribute names every other label ("Lena:" with the attribute "Lena", Lena interviewing
    a Lena), the role label alone, so the one answering stays the participant. Pure, so the
    engine without a project (``nlp.scorers.is_interviewer``, the benchmarks) and a
    project's exports (``project/interviewer_labels``) decide alike: before, the engine took
    such a participant for the interviewer and suggested nothing on her answers."""
    plain = {label for label in labels if asks_by_label(label, interviewer)}
    by_role = {label for label in labels if asks_by_label(label, "")}
    if by_role and all(label in plain for label in labels):
        return by_role
    return plain
