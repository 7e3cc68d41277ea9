"""Which speaker labels of an interview are the interviewer's: never a participant.

The interviewer's turns are questions, not a participant's view: they are neither cited as
``IP<n>`` nor quoted as a role's words. A label is the interviewer's when it is a role
("I", "Intervjuare"), the document's ``interviewer`` attribute or a coder's name, as
before, and now also when the label says so beside a name ("Intervjuare Maria", "Fiona
(interviewer)"), when it is the attribute in part or whole ("Maria" for "Maria Lind",
"Maria Lind" for "Maria"), and, in an interview where nothing names the interviewer, when
one label plainly asks the questions. Before, an interviewer named in the labels was cited
as IP1a beside her interviewee's IP1b, and her questions were quoted as a participant's.
A coder's name or the attribute in part is only a likeness: it never takes an interview's
last participant, and one label plainly asking the questions outweighs it ("Maria:"
asking an interviewee "Karin:", "AB:" asking "Anna:" for the attribute "Anna Berg"). The
guess is never made over a label plainly hers, nor where an ``interviewer`` attribute
names no label: the lead sets it to the asker's label, or to a name no label bears to say
that nobody in the transcript asks.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence

from qualcode.model import Turn
from qualcode.who_asks import asks_by_label, label_words, plainly_asking

# the guess where nothing names the interviewer: her share of turns holding a question, at
# least this, and at least twice anyone else's, over at least this many turns (a pair of
# participants, one of whom asks a question now and then, is not guessed at)
ASKING_SHARE = 0.6
ASKING_TURNS = 3


def plainly_named(labels: Sequence[str], interviewer: str) -> set[str]:
    """The labels that say they are the interviewer's: a role ("I", "Intervjuare"), a role
    word or letter beside a name ("Intervjuare Maria", "I (Lena)"), or the ``interviewer``
    attribute as written (``who_asks.asks_by_label``, the engine's rule too). Neither a coder's
    name nor the turns can overrule these."""
    return {label for label in labels if asks_by_label(label, interviewer)}


def named_interviewer(labels: Sequence[str], interviewer: str, coders: Collection[str]) -> set[str]:
    """The labels of one interview that name its interviewer (``coders`` in lower case).

    Plainly hers, always: an interviewer role, a label holding one ("Intervjuare Maria",
    "I (Lena)") and the ``interviewer`` attribute as written. Hers only as a likeness: a
    coder's name, and, where no label is plainly hers, a label whose words are the
    attribute's in part or whole ("Maria" for "Maria Lind"). A likeness never takes an
    interview's last participant: with "I:" beside "Lena Berg:" and the attribute "Lena",
    or "I:" beside an interviewee "Karin:" who shares a coder's name, the one answering is
    the participant, not a second interviewer (she was dropped from every citation and her
    answers quoted as the interviewer's). Where every label is a likeness, none plainly
    hers, the coders' names are returned for the turns to tell (``asking_likeness``)."""
    asking = interviewer.strip().casefold()
    # "I:" asking "Lena:" with the attribute "Lena" (an interviewer and a participant of
    # one name): the attribute names the one answering, who was cited nowhere, proposed for
    # no key, and went out by her name in every export (red team 39); the engine's rule too
    plain = plainly_asking(labels, interviewer)
    alike = {label for label in labels if label.casefold() in coders}
    said = label_words(asking)
    if said and not plain:
        for label in labels:
            words = label_words(label)
            if words and (words <= said or said <= words):
                alike.add(label)
    left = [label for label in labels if label not in plain and label not in alike]
    if left or plain:
        return plain | alike if left else plain
    # every label only like hers, none plainly: a coder's name goes to the turns, which
    # take the one asking most (``asking_likeness``) and leave the others to be cited
    by_coder = {label for label in alike if label.casefold() in coders}
    # beside one, a label that is the attribute in part and no coder's name stays hers
    # (``_read_interviewers`` takes it as plain): "Johan:" for "Johan Ek" asking "Karin:",
    # who shares coder karin's name, was dropped, and his questions cited as IP1a's (red
    # team 42); alone, such labels are still no interviewer (the last participant stays)
    return alike if by_coder and alike - by_coder else by_coder


def _asked(turns: Iterable[Turn], text: str) -> dict[str, list[int]]:
    """Per label, how many of its turns hold a question mark and how many it has."""
    asked: dict[str, list[int]] = {}
    for turn in turns:
        if turn.speaker:
            counts = asked.setdefault(turn.speaker, [0, 0])
            counts[0] += "?" in text[turn.start : turn.end]
            counts[1] += 1
    return asked


def asking_likeness(
    likeness: Collection[str], plain: Collection[str], turns: Iterable[Turn], text: str
) -> set[str]:
    """The labels of ``likeness`` (only like the interviewer's: a coder's name, the
    attribute in part) whose turns ask as an interviewer's do: a larger share of them hold
    a question mark than of any label left as a participant's, and, beside a label already
    taken for the interviewer's (``plain``), at least half of them. A focus group's
    "Karin:" answering beside "Moderator:" and "Per:" shared coder karin's name and was
    taken for a second interviewer: cited nowhere, never proposed for the key, so her name
    stayed in every export and her answers were quoted as the interviewer's. A coder who
    asks beside the moderator (a second interviewer) stays hers. Where she is the only one
    asking, half is not asked of her: an interviewer's turns are also "Mm." and "Precis.",
    and coder lena interviewing "Per:" (two questions in five turns) was cited as IP1a and
    her questions quoted as a participant's (review39)."""
    asked = _asked(turns, text)
    shares = {label: q / n for label, (q, n) in asked.items()}
    others = [s for label, s in shares.items() if label not in likeness and label not in plain]
    if not others and not plain:
        # every label a coder's name: coder lena interviewing "Karin:", who shares coder
        # karin's name, was cited as IP1a beside her and her questions quoted as a
        # participant's (review39); the one asking more than each other label is hers
        return {
            label
            for label in likeness
            if shares.get(label, 0.0) > 0
            and all(s < shares[label] for other, s in shares.items() if other != label)
        }
    least = 0.5 if plain else 0.0
    return {
        label
        for label in likeness
        if label in shares and shares[label] >= least and all(s < shares[label] for s in others)
    }


def asking_label(turns: Iterable[Turn], text: str) -> str | None:
    """The label that plainly asks the questions in an interview whose labels name no
    interviewer ("Maria:" and "Per:", no attribute): the one most of whose turns hold a
    question mark, at least ``ASKING_SHARE`` of them over ``ASKING_TURNS`` turns or more,
    and at least twice the share of every other label. None when it is not plain (two
    participants of a pair interview who both ask), so no participant's words are lost."""
    asked = _asked(turns, text)
    if len(asked) < 2:
        return None
    shares = {label: q / n for label, (q, n) in asked.items()}
    label = max(shares, key=lambda s: shares[s])
    others = [s for other, s in shares.items() if other != label]
    plain = shares[label] >= ASKING_SHARE and all(2 * s <= shares[label] for s in others)
    return label if plain and asked[label][1] >= ASKING_TURNS else None


def asking_pairs(found: Mapping[str, Collection[str]]) -> frozenset[tuple[str, str]]:
    """``interviewer_labels``' answer as (document id, label) pairs, as the quotes'
    speaker role (``analysis.frames.speaker_roles``) takes it."""
    return frozenset((doc_id, label) for doc_id, labels in found.items() for label in labels)
