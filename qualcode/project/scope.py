"""Who and what counts in the team's reports: one rule for agreement, cases and the TUI.

By default the counted coders are those who marked at least one document done (whatever
their role: a lead may code too), and the counted documents are those every counted coder
finished. A team that does not use statuses at all (nobody marked anything done) falls back
to the coders who coded and the documents every one of them worked in, so untouched
documents never count as agreement on absence. ``--coders`` and ``--docs`` choose instead.
Every report prints the result ("3 coders, 12 of 15 documents"), so a figure never
silently rests on a different team or corpus than the reader thinks.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from qualcode.errors import SETTING, QualcodeError, SettingError, ValidationError
from qualcode.project.base import Service
from qualcode.project.default_team import narrowest, rated_any, together, too_few

if TYPE_CHECKING:
    from qualcode.model import Coding


def typed_names(value: str) -> tuple[str, ...]:
    """The coders a person typed on one line ('johan, karin;omar'), each once, in the
    order typed: commas or semicolons part them (a spreadsheet's list pasted in), blanks
    around a name are no part of it. The TUI's team line reads names so; the rule is the
    service's so that every face reads a typed team alike."""
    said = (n.strip() for n in value.replace(";", ",").split(","))
    return tuple(dict.fromkeys(n for n in said if n))


# the settings that name coders: a coder's name holds no comma or semicolon (add_coder
# refuses one, saying so), so either parts them here, as on the TUI's team line; --coders
# "lena;karin" was read as one unknown coder 'lena;karin' (redteam40)
TEAM_SETTINGS = frozenset({"coders", "with"})


def named_list(value: str | None, setting: str) -> list[str] | None:
    """The names a person gave for ``setting`` as one comma-separated value (``--docs
    aby_01,aby_02``): None when the setting was not given (the default: every document,
    the counted team, every code), each name stripped of blanks. A value given that names
    nothing ('', ',', ' ') is refused: a script's empty variable (``--docs "$DOCS"``) was
    read as not given, so `agree` reported every document and `reconcile confirm`
    confirmed the agreements of every document into the consensus (safety33)."""
    if value is None:
        return None
    if setting in TEAM_SETTINGS:  # a team is read as every face reads one (typed_names)
        value = value.replace(";", ",")
    names = [v.strip() for v in value.split(",") if v.strip()]
    if not names:
        raise SettingError(
            setting,
            f"{SETTING} names nothing ({value!r}); name one or more, separated by commas, or "
            f"leave {SETTING} out for the default",
        )
    return names


@dataclass(frozen=True, slots=True)
class TeamScope:
    """The coders and documents a team report counts, and how they were chosen."""

    coders: tuple[str, ...]
    documents: tuple[str, ...]  # document ids, in the documents list's order
    total_documents: int
    rule: str  # "done": finished by all; "worked": worked in by all; "chosen": docs
    # the counted coder who narrows the documents most, how many she finished and how many
    # would count without her: a coder who joins late and finishes one document shrinks
    # the team's default scope to that one, and the report should say so, not just shrink
    narrowed_by: tuple[str, int, int] | None = None
    doc_set: str | None = None  # the document set counted within (total_documents: its size)
    # the default team counting no document: the teams that finished some together, each
    # with how many it would count (``default_team.together``)
    together: tuple[tuple[tuple[str, ...], int], ...] = ()
    # before and after reconciliation: how many documents the rule chose before only those
    # reconciled so far (a decision or a consensus coding) were kept; "1 of 4 documents
    # (finished by every counted coder)" hid that three were finished, two not reconciled
    # (study45)
    consensus_of: int | None = None

    def _of(self) -> str:
        """ "12 of 15 documents", or within a set "5 of 7 documents in the set 'Åby'"."""
        counted = f"{len(self.documents)} of {self.total_documents} documents"
        return counted + (f" in the set {self.doc_set!r}" if self.doc_set is not None else "")

    def describe(self) -> str:
        how = {
            "done": "finished by every counted coder",
            "worked": "worked in by every counted coder",
            "chosen": "as chosen",
        }[self.rule]
        if self.narrowed_by is not None:
            name, finished, without = self.narrowed_by
            how += f"; without {name}, who finished {finished}, {without} would count"
        if self.consensus_of is not None and self.consensus_of != len(self.documents):
            how += f"; of those {self.consensus_of}, the ones reconciled so far"
        return f"{len(self.coders)} coders ({', '.join(self.coders)}), {self._of()} ({how})"

    def printed(self, coder: Callable[[str], str]) -> TeamScope:
        """This scope as a report prints it: each coder as ``coder`` prints her (a key's
        ``coder``), listed in that order (``in_printed_order``), in the teams that finished
        documents together too; the scope line of an agreement report, an agenda and
        the reconcile list listed "Kodare B, Kodare A" in the real names' order."""
        from dataclasses import replace

        from qualcode.project.coder_pseudonyms import in_printed_order

        def said(team: Sequence[str]) -> tuple[str, ...]:
            return tuple(coder(name) for name in in_printed_order(team, coder))

        narrowed = self.narrowed_by
        if narrowed is not None:
            narrowed = (coder(narrowed[0]), narrowed[1], narrowed[2])
        return replace(
            self,
            coders=said(self.coders),
            narrowed_by=narrowed,
            together=tuple((said(team), count) for team, count in self.together),
        )

    def short(self) -> str:
        """The count alone, for a status line: "3 coders, 12 of 15 documents"."""
        return f"{len(self.coders)} coders, {self._of()}"

    def as_dict(self) -> dict[str, object]:
        return {
            "coders": list(self.coders),
            "documents": len(self.documents),
            "total_documents": self.total_documents,
            "rule": self.rule,
            **({"set": self.doc_set} if self.doc_set is not None else {}),
            "text": self.describe(),
        }


class ScopeMixin(Service):
    def team_scope(
        self,
        coders: Sequence[str] | None = None,
        docs: Sequence[str] | None = None,
        *,
        minimum: int = 2,
        doc_set: str | None = None,
    ) -> TeamScope:
        """The coders and documents that count (see the module's rule); raises a
        ``ValidationError`` saying why and how to choose when fewer than two coders count.
        ``doc_set`` (a document set's name) counts only that set's documents, by the same
        rule (or among ``docs``), so a set never counts a document nobody finished.
        Who finished which documents is the team's work: the lead's while blind.

        Worked out once per change of the file for the same question: a theme summary
        asks five times (its layer's progress, the open counts, the agreement, the
        decisions' paragraph), each a reading of every coder's statuses and every document
        (0.05 s CPU of a summary on 1,000 documents)."""
        self.require_lead("which documents each coder finished")
        key = (
            id(self.store),
            self.store.change_mark(),
            None if coders is None else tuple(coders),
            None if docs is None else tuple(docs),
            minimum,
            doc_set,
        )
        held: dict[tuple[Any, ...], TeamScope] = self.__dict__.setdefault("_scopes_held", {})
        if key not in held:
            if len(held) >= 4:  # the last few questions only
                del held[next(iter(held))]
            held[key] = self._team_scope(coders, docs, minimum=minimum, doc_set=doc_set)
        return held[key]

    def _team_scope(
        self,
        coders: Sequence[str] | None,
        docs: Sequence[str] | None,
        *,
        minimum: int,
        doc_set: str | None,
    ) -> TeamScope:
        """``team_scope`` worked out. The documents are read first: the one check of a path
        taking ``docs`` (``chosen_documents``) names an empty list before any counting of
        the team refuses something else (minor49)."""
        wanted = self.chosen_documents(docs, doc_set)
        everyone = self.store.coders.list()
        summaries = self.store.documents.summaries()
        in_set = self.set_members(doc_set)
        if in_set is not None:
            summaries = [d for d in summaries if d.id in in_set]
        done: dict[str, set[str]] = {}
        marked: dict[str, set[str]] = {}
        for coder in everyone:
            for doc_id, status in self.store.coders.statuses(coder.id).items():
                if status == "done":
                    done.setdefault(coder.name, set()).add(doc_id)
                if status != "todo":
                    marked.setdefault(coder.name, set()).add(doc_id)

        def worked() -> dict[str, set[str]]:
            """Documents each coder marked or coded in: read only when statuses do not
            decide, since it walks every coding (200k of them in a national study)."""
            found = {name: set(ids) for name, ids in marked.items()}
            for coding in self.store.codings.list(layer="coder"):
                found.setdefault(coding.coder, set()).add(coding.document_id)
            return found

        if coders:
            # each as the project spells her: 'Åsa' pasted decomposed is the coder Åsa, and
            # kept as typed it was no key of the rows read by name (a KeyError, red team 37);
            # or as the reports print her ("Kodare B", copied from them: ``coders_typed``)
            from qualcode.project.typed_team import coders_typed

            chosen = list(dict.fromkeys(coders_typed(self, coders)))
            if len(chosen) < minimum:  # coders karin and karin: a choice, not a status
                raise SettingError(
                    "coders",
                    f"{SETTING} names {len(chosen)} coder{'s' * (len(chosen) != 1)} "
                    f"({', '.join(chosen) or 'none'}); a team report needs {minimum} "
                    "different coders",
                )
        else:
            chosen = [c.name for c in everyone if c.name in done]
            if len(chosen) < 2 and not done:  # a team not using statuses: who coded
                coded = worked()
                chosen = [c.name for c in everyone if c.name in coded]
                if len(chosen) < 2:  # nobody yet: the registered coders
                    chosen = [c.name for c in everyone if c.role == "coder"]
        if len(chosen) < minimum or not chosen:
            raise ValidationError(
                too_few(chosen, done, [c.name for c in everyone]),
                setting="coders",
                action=("add_coder", "NAME") if len(everyone) < 2 else (),
            )
        if wanted is not None:
            ids = tuple(d.id for d in summaries if d.id in wanted)
            if not coders:  # the default team: those who finished (or worked in) one of them
                chosen = rated_any(chosen, done if done else worked(), wanted, minimum)
            return TeamScope(tuple(chosen), ids, len(summaries), "chosen", doc_set=doc_set)
        use_done = any(name in done for name in chosen)
        sets = done if use_done else worked()
        ids = tuple(d.id for d in summaries if all(d.id in sets.get(n, ()) for n in chosen))
        narrowed = None if coders else narrowest(chosen, sets, [d.id for d in summaries], len(ids))
        rule = "done" if use_done else "worked"
        apart = () if coders or ids else together(chosen, sets, [d.id for d in summaries])
        return TeamScope(tuple(chosen), ids, len(summaries), rule, narrowed, doc_set, apart)

    def untouched(
        self,
        coders: Sequence[str],
        doc_ids: Sequence[str],
        codings: Sequence[Coding] | None = None,
        coded: Mapping[str, Collection[str]] | None = None,
    ) -> dict[str, set[str]]:
        """Of ``doc_ids``, those each of ``coders`` never started: no status beyond todo and
        no coding of hers in it. A lead who chose two documents for four coders, one of
        whom coded only the first, had that coder counted as leaving every unit of the
        second uncoded: each of her pairs on it was a disagreement wherever the others
        coded (lead32). Her ratings there are missing, not absences; a document she marked
        in progress or done, or coded in, she rated (a done one without codings: nothing).
        ``coded``: the documents each coder coded in, read already (the open counts read
        columns, not ``Coding``s)."""
        wanted = set(doc_ids)
        everyone = {c.name: c for c in self.store.coders.list()}
        started = {
            name: {
                d for d, s in self.store.coders.statuses(everyone[name].id).items() if s != "todo"
            }
            for name in coders
        }
        if coded is not None:
            for name, places in coded.items():
                if name in started:
                    started[name].update(places)
            codings = ()
        elif codings is None:  # the caller's, read already: the coders' layer of these documents
            codings = self.store.codings.list(document_ids=list(wanted), layer="coder")
        for coding in codings:
            if coding.coder in started and coding.layer == "coder":
                started[coding.coder].add(coding.document_id)
        gaps = {name: wanted - started[name] for name in coders}
        return {name: gap for name, gap in gaps.items() if gap}

    def unfinished(self, coders: Sequence[str], doc_ids: Sequence[str]) -> dict[str, set[str]]:
        """Of ``doc_ids``, those each of ``coders`` has not marked done, when the team marks
        documents done at all (else none: a team not using statuses is counted where it
        worked). Reconciling the default team on one document counts those who finished
        it: the reconcile screen opened on a document three of four coders finished
        counted those three on every other document in view too, the fourth left out of
        the cases of a document she had finished (lead33), and `reconcile list --doc`
        counted a coder's half-done version as disagreeing wherever she had not got to."""
        everyone = {c.name: c for c in self.store.coders.list()}
        done = {
            name: {
                d for d, s in self.store.coders.statuses(everyone[name].id).items() if s == "done"
            }
            for name in coders
        }
        if not any(done.values()):
            return {}
        wanted = set(doc_ids)
        return {name: wanted - mine for name, mine in done.items() if wanted - mine}

    def _absences(
        self,
        coders: Sequence[str],
        doc_ids: list[str],
        default_team: bool,
        codings: Sequence[Coding] | None = None,
        coded: Mapping[str, Collection[str]] | None = None,
    ) -> dict[str, dict[str, str]]:
        """Per coder, the documents where she counts as no rater (agreement: her ratings
        missing) and no version (cases), and why: "not started" (lead32), or for the
        default team "not finished" (lead33): a coder half-way through a document the lead
        chose rated its rest as uncoded, against the coders who had finished it."""
        why: dict[str, dict[str, str]] = {}
        if default_team:  # on each document, those who finished it
            for name, gap in self.unfinished(coders, doc_ids).items():
                why[name] = dict.fromkeys(sorted(gap), "not finished")
        for name, gap in self.untouched(coders, doc_ids, codings, coded).items():
            why.setdefault(name, {}).update(dict.fromkeys(sorted(gap), "not started"))
        return why

    def finished_by(self, doc: str) -> list[str]:
        """The coders who marked ``doc`` done, in the team's order: who a lead reconciles
        that document with when the default team never finished it together. A fourth
        coder who had not started it left the reconcile screen opened on it with no case
        and no way in the TUI to count the three who had (eyes17)."""
        self.require_lead("which documents each coder finished")
        doc_id = self.store.documents.resolve(doc)
        return [
            c.name
            for c in self.store.coders.list()
            if self.store.coders.statuses(c.id).get(doc_id) == "done"
        ]

    def team_for(self, doc: str) -> list[str] | None:
        """The coders a lead reconciles ``doc`` with: None (the project's team) when the team
        counts it, or when fewer than two finished it; else those who finished it. Asked
        of a coder, or with no team to count, it is None too: the screen that asks reads
        the project's team and says why that fails."""
        try:
            if doc in self.team_scope().documents:
                return None
            finished = self.finished_by(doc)
        except QualcodeError:
            return None
        return finished if len(finished) >= 2 else None

    def progress(self) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
        """Where the team stands, as the lead sees it before measuring agreement: per
        person their documents done, in progress and still to do, and their codings;
        per document each person's status (``-`` not started). A person appears once they
        coded or marked a document, or are a coder; ``counted`` says whether the team's
        reports count them now (``team_scope``'s rule)."""
        self.require_lead("the team's progress")
        everyone = self.store.coders.list()
        summaries = self.store.documents.summaries()
        codings: dict[str, dict[str, int]] = {}
        for coding in self.store.codings.list(layer="coder"):
            mine = codings.setdefault(coding.coder, {})
            mine[coding.document_id] = mine.get(coding.document_id, 0) + 1
        marks = {c.name: self.store.coders.statuses(c.id) for c in everyone}
        people = [c for c in everyone if c.role == "coder" or codings.get(c.name) or marks[c.name]]
        try:
            counted = set(self.team_scope(minimum=1).coders)
        except QualcodeError:  # nobody counts yet: the rows say why
            counted = set()
        by_person: list[dict[str, object]] = []
        for person in people:
            status = [marks[person.name].get(d.id, "todo") for d in summaries]
            by_person.append(
                {
                    "coder": person.name,
                    "role": person.role,
                    "done": status.count("done"),
                    "in_progress": status.count("in_progress"),
                    "todo": status.count("todo"),
                    "documents_coded": len(codings.get(person.name, {})),
                    "codings": sum(codings.get(person.name, {}).values()),
                    "counted": person.name in counted,
                }
            )
        by_document: list[dict[str, object]] = []
        for doc in summaries:
            row: dict[str, object] = {"document": doc.name}
            for person in people:
                mark = marks[person.name].get(doc.id, "todo")
                row[person.name] = "-" if mark == "todo" else mark
            by_document.append(row)
        return by_person, by_document
