"""Who speaks in each interview, and the pseudonym each participant is cited by when the
key holds none: ``IP<n>``, n being the interview's place in name order.

An interview with two participants or more (a pair interview, "Anna:" and "Per:"; the
interviewer's labels are no participant's, ``interviewer_labels.py``) cites each as
``IP<n>`` and a letter in the order they first speak: IP3a, IP3b. Both printed as one
IP3, and a paper's reader took two people's words for one person's. The letter keeps the
interview's number, so no other interview is renumbered, and a methods section can say
"IP3a and IP3b were interviewed together" in one line.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from qualcode.errors import ValidationError
from qualcode.model import Turn
from qualcode.project.base import Service
from qualcode.project.coder_pseudonyms import letters
from qualcode.project.interviewer_labels import (
    asking_label,
    asking_likeness,
    named_interviewer,
    plainly_named,
)

if TYPE_CHECKING:
    from qualcode.store.documents import DocumentRepo

# a transcript's head naming its interviewee ("Intervjuperson: Birgitta Holmqvist,
# enhetschef", on its own line or after "Intervjuare: ..." on the same one)
_HEAD_NAMED = re.compile(
    r"(?:^|[.;,][ \t]+)(?i:intervjuperson|intervjuad|interviewee|participant|deltagare"
    r"|respondent|informant|ip|r)[ \t]*:[ \t]*"
    r"(?P<name>[A-ZÅÄÖ][\w'-]*(?:[ \t]+(?:[A-ZÅÄÖ][\w'-]*|af|von|van|de|da|du)){1,3})",
    re.M,
)


def head_interviewee(text: str, turns: Iterable[Turn]) -> str | None:
    """The name the head of a transcript (its text above the first speaker's turn) gives
    its interviewee, or None. Her turns are labelled "IP:" and cited IP1, and her name on
    the key was a person's of its own (N1): one woman printed two ways (user50)."""
    first = next((t.start for t in turns if t.speaker), None)
    found = _HEAD_NAMED.search(text, 0, first) if first else None
    return found.group("name") if found else None


def head_interviewee_of(documents: DocumentRepo, doc_id: str, turns: Sequence[Turn]) -> str | None:
    """``head_interviewee`` of the document ``doc_id`` (of the store's ``documents``) whose
    ``turns`` are given: None where no passage of nobody's stands above the talk, and only
    the head's text read (each text is read once a pass, mem46)."""
    first = next((t.start for t in turns if t.speaker), None)
    if not turns or turns[0].speaker is not None or first is None:
        return None
    return head_interviewee(documents.text_head(doc_id, first), turns)


def participants(labels: Sequence[str], asking: Collection[str]) -> list[str]:
    """The labels of ``labels`` (one interview's, in the order they first speak) that are
    a participant's: not one of ``asking``, the interviewer's (``interviewer_labels``)."""
    return [label for label in labels if label not in asking]


def cited_as(number: int, labels: Sequence[str]) -> dict[str, str]:
    """Each participant of interview ``number`` to ``IP<n>``, or with two or more to
    ``IP<n>`` and a letter in ``labels``' order (the order they first speak)."""
    if len(labels) == 1:
        return {labels[0]: f"IP{number}"}
    return {label: f"IP{number}{letters(i).lower()}" for i, label in enumerate(labels)}


# a speaker label that is a participant's code already, as a team pseudonymised its
# transcripts before qualcode ("IP7:", "Intervjuperson 3:", "Respondent 12:")
_OWN_CODE = re.compile(
    r"(?:IP|Intervjuperson|Informant|Respondent|Deltagare|Participant|Interviewee)"
    r"[ ]?\d{1,4}[a-z]?",
    re.I,
)


def own_codes(heard: Mapping[str, Sequence[str]]) -> dict[str, str]:
    """The participants' labels (``heard``: document -> its participants' labels) that
    are the team's own codes, each heard in one interview only, as cited: "IP7" stays
    "IP7". Numbered in name order instead, IP7's quotes went out as "IP2", and a paper
    cited a participant by another number than the team's consent forms and notes give
    her (user49). A code heard in two interviews ("IP1:" in each) names two people: they
    are numbered apart as any label is."""
    where: dict[str, set[str]] = {}
    for doc_id, labels in heard.items():
        for label in labels:
            where.setdefault(label, set()).add(doc_id)
    return {
        label: label.strip()
        for label, docs in where.items()
        if len(docs) == 1 and _OWN_CODE.fullmatch(label.strip())
    }


# how an interview's interviewer is told: her label says so ("I", "Intervjuare Maria"), the
# ``interviewer`` attribute names her label, her label is a coder's name (and her turns
# bear it out), she is only like the attribute in part, or she is guessed from her turns
# (mostly questions): the last three the lead may overrule with the attribute
InterviewerHow = Literal["label", "attribute", "coder", "likeness", "guessed"]


@dataclass(frozen=True, slots=True)
class SpeakerRole:
    """One speaker of an interview as qualcode reads her: the interviewer (``asks``, and
    ``how`` that was told) or a participant, with the citation exports print for her
    (``cited``; None unless a lead asks: the key is the lead's)."""

    label: str
    turns: int
    asks: bool
    how: InterviewerHow | None
    cited: str | None


class SpeakerPseudonymsMixin(Service):
    def speaker_roles(self, doc_id: str, viewer: str | None = None) -> list[SpeakerRole]:
        """Who speaks in ``doc_id`` and as what, in the order they first speak: what a
        face shows beside a transcript, so a lead sees which speaker qualcode takes for
        the interviewer and why (a guess read off the turns is overruled by the
        ``interviewer`` attribute). Only the CLI's `pseudonym suggest` told of a guess,
        and a lead in the TUI saw a participant dropped from every citation unexplained.
        A lead (``viewer``) also sees each participant's citation as exports print it."""
        summary = next((d for d in self.store.documents.summaries() if d.id == doc_id), None)
        if summary is None:
            return []
        labels = self.store.documents.speakers_in_order().get(doc_id, [])
        turns = Counter(t.speaker for t in self.store.documents.turns(doc_id) if t.speaker)
        asking = self.interviewer_labels().get(doc_id, set())
        guessed = self.guessed_interviewers().get(doc_id)
        attribute = str(summary.attributes.get("interviewer", "")).strip().casefold()
        plain = plainly_named(labels, attribute)
        coders = {c.name.casefold() for c in self.store.coders.list()}
        cited: dict[str, str] = {}
        if viewer and self.person(viewer, "read who speaks").role == "lead":
            key = self.pseudonym_key(viewer=viewer, lang=summary.lang)
            numbered = self.speaker_pseudonyms().get(doc_id, {})
            cited = {label: key.pseudonym(label) or n for label, n in numbered.items()}

        def how(label: str) -> InterviewerHow | None:
            if label not in asking:
                return None
            if label == guessed:
                return "guessed"
            if attribute and label.strip().casefold() == attribute:
                return "attribute"
            if label in plain:
                return "label"
            return "coder" if label.casefold() in coders else "likeness"

        return [
            SpeakerRole(label, turns[label], label in asking, how(label), cited.get(label))
            for label in labels
        ]

    def interviewer_labels(self) -> dict[str, set[str]]:
        """Each live interview's labels that are the interviewer's (``interviewer_labels.py``):
        named so, or plainly asking where nothing names her and the document has no
        ``interviewer`` attribute (the lead's say over the guess). Never a participant: not
        cited as ``IP<n>``, not proposed for the key, her turns not quoted as a role's."""
        found = self._interviewers()[0]
        return {doc_id: set(labels) for doc_id, labels in found.items()}

    def guessed_interviewers(self) -> dict[str, str]:
        """The interviews whose interviewer is only read off the turns (document id ->
        the label taken, its turns mostly questions): a guess, so a face names it to the
        lead with how to overrule it (the ``interviewer`` attribute). Unseen, a wrong guess
        dropped a participant from every citation and nobody was told."""
        return dict(self._interviewers()[1])

    # the answer of _interviewers and the file's change mark it was read at: one quotes
    # report or export asks three to five times (the citer, the participants, the roles),
    # and each read every named interview's turns and text again
    _interviewers_read: tuple[tuple[int, int], tuple[dict[str, set[str]], dict[str, str]]] | None
    _interviewers_read = None

    def _interviewers(self) -> tuple[dict[str, set[str]], dict[str, str]]:
        mark = self.store.change_mark()
        if self._interviewers_read is not None and self._interviewers_read[0] == mark:
            return self._interviewers_read[1]
        answer = self._read_interviewers()
        self._interviewers_read = (mark, answer)
        return answer

    def _read_interviewers(self) -> tuple[dict[str, set[str]], dict[str, str]]:
        summaries = {d.id: d for d in self.store.documents.summaries()}
        coders = {c.name.casefold() for c in self.store.coders.list()}
        found: dict[str, set[str]] = {}
        guessed: dict[str, str] = {}
        for doc_id, labels in self.store.documents.speakers_in_order().items():
            if doc_id not in summaries:
                continue  # a removed document is cited nowhere
            interviewer = str(summaries[doc_id].attributes.get("interviewer", ""))
            named = named_interviewer(labels, interviewer, coders)
            # a coder's name alone is a likeness the turns must bear out: a focus group's
            # participant "Karin:" answering beside "Moderator:" was taken for a second
            # interviewer, and her name was proposed for no key and printed in every export
            by_coder = named - named_interviewer(labels, interviewer, ())
            if by_coder:
                # read alone: within an export's note (``store.held``) a text asked for
                # by ``texts`` read and kept every text of the study (mem46)
                text = self.store.documents.text_of(doc_id)
                turns = self.store.documents.turns(doc_id)
                plain = named - by_coder
                named = plain | asking_likeness(by_coder, plain, turns, text)
            found[doc_id] = named
            if len(labels) < 2 or plainly_named(labels, interviewer):
                continue
            if interviewer.strip() and not named:
                # an attribute naming no label says she is not among them: the lead's way
                # to stop a wrong guess (set to the asker's label, it names her instead)
                continue
            # nothing plainly says who asks, at most a likeness (a coder's name, the
            # attribute in part): read the turns. One plainly asking is the interviewer
            # over a likeness: "Maria:" asking "Karin:", an interviewee who shares coder
            # karin's name, or "AB:" asking "Anna:" with the attribute "Anna Berg", cited
            # the asker and dropped the one answering
            text = self.store.documents.text_of(doc_id)  # alone, as above
            asker = asking_label(self.store.documents.turns(doc_id), text)
            if asker is not None and asker not in named:
                found[doc_id] = {asker}
                guessed[doc_id] = asker
        return found, guessed

    def respondents(self) -> dict[str, str | None]:
        """Each live document's interviewee as its speaker label: the most frequent label
        that is not the interviewer's (``None`` for a transcript without labels)."""
        asking = self.interviewer_labels()
        found: dict[str, str | None] = {}
        for doc in self.store.documents.summaries():
            labels = Counter(
                t.speaker
                for t in self.store.documents.turns(doc.id)
                if t.speaker and t.speaker not in asking.get(doc.id, ())
            )
            found[doc.id] = labels.most_common(1)[0][0] if labels else None
        return found

    def participant_numbers(self) -> dict[str, int]:
        """Each live interview's number in name order: the n of its participant's ``IP<n>``.
        A text without speakers (a plan, a report) has no participant and takes no number:
        counted, importing "handlingsplan.docx" renumbered every interview named after it,
        and the citations of a paper already written changed with it."""
        speaking = self.store.documents.with_speakers()
        docs = sorted(
            (d for d in self.store.documents.summaries() if d.id in speaking), key=lambda d: d.name
        )
        return {d.id: i for i, d in enumerate(docs, start=1)}

    def speaker_pseudonyms(self) -> dict[str, dict[str, str]]:
        """Each live interview's participants (document id -> speaker label -> ``IP<n>``,
        ``IP<n>a``, ``IP<n>b`` ...): what ``suggest_pseudonyms`` proposes and what a quote
        cites when the key holds no pseudonym for its speaker. Read in one query."""
        from qualcode.project.pseudonym_names import same_name

        spoken = self.store.documents.speakers_in_order()
        asking = self.interviewer_labels()
        numbers = self.participant_numbers()
        # a pseudonym the key gives someone else is never a participant's citation: an
        # interview imported later takes its place in name order, and its participant was
        # cited, and proposed, as the "IP7" the key already gave another interview's (two
        # people printed as one); she takes the first number after every interview's
        key = self.store.pseudonyms.list()
        keyed = {same_name(p.real): p.pseudonym for p in key}
        people = {p.pseudonym for p in key if p.kind != "speaker"}  # a head may name one
        heard = {d: participants(spoken.get(d, []), asking.get(d, set())) for d in numbers}
        coded = own_codes(heard)  # "IP7:", the team's own number: cited as it stands
        used = set(keyed.values()) | set(coded.values())
        spare = max(numbers.values(), default=0) + 1
        found: dict[str, dict[str, str]] = {}
        for doc_id, n in numbers.items():
            labels = heard[doc_id]
            if labels and all(label in coded for label in labels):
                found[doc_id] = {label: coded[label] for label in labels}
                continue
            cited = cited_as(n, labels) if labels else {}
            head: str | None = None
            while any(c in used and keyed.get(same_name(who)) != c for who, c in cited.items()):
                if len(labels) == 1 and cited[labels[0]] in people:  # her own name's, if
                    # her transcript's head names her so ("Intervjuperson: ...")
                    head = self._head_interviewee(doc_id) if head is None else head
                    if head and keyed.get(same_name(head)) == cited[labels[0]]:
                        break
                cited, spare = cited_as(spare, labels), spare + 1
            found[doc_id] = cited
        return found

    def _head_interviewee(self, doc_id: str) -> str:
        """``head_interviewee`` of the document ``doc_id``, or "": asked only where a number
        on the key would move her to another, and its text read only where a passage of
        nobody's stands above the talk (each text is read once a pass, mem46)."""
        docs = self.store.documents
        return head_interviewee_of(docs, doc_id, docs.turns(doc_id)) or ""

    def speakers_sharing(self, key: Mapping[str, str]) -> list[str]:
        """The pseudonyms ``key`` (real name -> pseudonym) gives two participants of one
        interview: a key `pseudonym suggest --apply` filled before they were told apart
        (both "IP1") prints the pair as one person. A label and its longer form ("Anna",
        "Anna Berg") are one person and may share one."""
        from qualcode.project.pseudonym_names import same_name

        by_name = {same_name(real): pseudonym for real, pseudonym in key.items()}
        asking = self.interviewer_labels()  # a removed document's are not in it
        shared: set[str] = set()
        for doc_id, labels in self.store.documents.speakers_in_order().items():
            if doc_id not in asking:
                continue  # a removed document prints nothing
            heard = participants(labels, asking[doc_id])
            shared |= shared_in(heard, lambda label: by_name.get(same_name(label)))
        return sorted(shared)

    def check_speakers_apart(
        self, before: Mapping[str, str], after: Mapping[str, str], what: str
    ) -> None:
        """Refuse a key change that gives two participants of one interview one pseudonym
        (``speakers_sharing``); one a key held before is left to ``key_clash_note``."""
        new = sorted(set(self.speakers_sharing(after)) - set(self.speakers_sharing(before)))
        if new:
            raise ValidationError(
                f"{what} is already another participant's in the same interview; exports "
                "would print the two as one person (give each its own, e.g. IP3a and IP3b)"
            )


def shared_in(heard: Sequence[str], pseudonym_of: Callable[[str], str | None]) -> set[str]:
    """The pseudonyms two participants of one interview (``heard``, in the order they
    first speak) share, each label's as ``pseudonym_of`` says: ``speakers_sharing``'s rule
    for one interview, which a batch of names asks of the interviews a name is in."""
    given: dict[str, str] = {}
    shared: set[str] = set()
    for label in heard:
        pseudonym = pseudonym_of(label)
        other = given.setdefault(pseudonym, label) if pseudonym else label
        if other != label and not _one_person(other, label):
            shared.add(str(pseudonym))
    return shared


def _one_person(label: str, other: str) -> bool:
    """Whether one label is the other's words in part ("Anna" and "Anna Berg")."""
    first, second = set(label.casefold().split()), set(other.casefold().split())
    return first <= second or second <= first


def shared_note(pseudonyms: Sequence[str]) -> str | None:
    """The line exports and ``pseudonym list`` say of ``speakers_sharing``: pseudonyms
    only, so a coder may read it too."""
    if not pseudonyms:
        return None
    return (
        f"warning: the pseudonym key gives two participants of one interview the same "
        f"pseudonym ({', '.join(pseudonyms)}), so exports print them as one person; give "
        "each its own (`qualcode pseudonym set REAL PSEUDONYM`, e.g. IP3a and IP3b)"
    )


def written_as_words(labels: Iterable[str], texts: Iterable[str]) -> set[str]:
    """The one-word ``labels`` written with a capital ("Will", "Mark", "Bo") that ``texts``
    also hold in small letters as a word of their own ("will you", "bo kvar"): on the key,
    every capitalised one is replaced, at a sentence's start too, so the lead is asked."""
    by_word = {
        label.lower(): label
        for label in labels
        if label.isalpha() and label != label.lower() and label[1:] == label[1:].lower()
    }
    if not by_word:
        return set()
    alternatives = "|".join(re.escape(w) for w in sorted(by_word, key=len, reverse=True))
    pattern = re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])")
    found: set[str] = set()
    for text in texts:
        found.update(by_word[m.group()] for m in pattern.finditer(text))
        if len(found) == len(by_word):
            break
    return found
