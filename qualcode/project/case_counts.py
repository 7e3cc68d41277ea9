"""How many disagreement cases are still open, and how many agreements wait to be
confirmed, counted without building the cases one by one.

The methods page of `agree` and the summary say both once a lead has decided a case;
reading them through ``cases`` aligned every coding of the counted documents into
``Case`` objects (200,000 codings, 47,736 cases: 2.8 s CPU, and `agree` 3.9 s against its
2 s budget). Here the passages and their kinds come from integer columns
(``agreement/passages.py``); a passage a decision names is hashed from its joined spans
for its digest (``reconcile.cases.case_digest``: a decision on versions a coder has
changed since is open again), with no ``Case`` built: with every passage decided, a
``Case`` each took 1.2 s. The counts are the same as ``cases``'
(``tests/project/test_case_counts.py``).

The coded spans are read once per change of the project file and shared: `agree` reads
them for the coefficients and then for the counts.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar, cast

from qualcode.errors import QualcodeError
from qualcode.project.scope import ScopeMixin
from qualcode.reconcile import Case
from qualcode.reconcile.cases import case_digest, case_id
from qualcode.store.decisions import DecisionRow

if TYPE_CHECKING:
    from qualcode.agreement.passages import Passages

# the columns of ``live_spans``, as ``store.codings.rater_spans`` gives them
DOCUMENT, CODE, RATER, START, END, ORIGIN = range(6)
HELD = 4  # the entries each of the caches below keeps (``_held``)
T = TypeVar("T")


def decision_on(case: Case, decided: Mapping[object, DecisionRow]) -> DecisionRow | None:
    """The decision in force on a case: by its id, or by its extent (older case ids)."""
    return decided.get(case.id) or decided.get((case.document_id, case.start, case.end))


def is_stale(decision: DecisionRow, case: Case) -> bool:
    """Whether a coder's version changed since the decision (its digest is the case's
    content as decided; a decision recorded without one never reads as stale)."""
    return bool(decision.digest) and decision.digest != case.digest


class CaseCountsMixin(ScopeMixin):
    def live_spans(self, doc_ids: Sequence[str]) -> Any:
        """Every live coding of ``doc_ids`` (both layers, every code) as an (n, 6) integer
        array in ``rater_spans``' columns: read once per change of the file (the store's
        ``change_mark``) and shared by agreement and the open counts, which `agree` asks
        for one after the other on the same documents."""
        import numpy as np

        key = (id(self.store), self.store.change_mark(), tuple(sorted(doc_ids)))

        def read() -> Any:
            from qualcode.project.coding_columns import held_columns

            held = held_columns(self)  # the codings a theme summary read once, if it did
            if held is not None:
                ids = list(key[2])
                return held.spans(self.store.codings.row_numbers("documents", ids))
            rows = self.store.codings.rater_spans(list(key[2]), None)
            return np.array(rows, dtype=np.int64).reshape(-1, 6)

        return self._held("_spans_held", key, read)

    def _held(self, name: str, key: tuple[Any, ...], make: Callable[[], T]) -> T:
        """What ``make`` gives for ``key``, kept in the cache ``name`` with the last few
        others: a summary asks for every document's counts, then for the one a decision is
        on (its agreement's reconciliation paragraph), then for every document's again (its
        decisions' paragraph); a cache of one entry read and counted 200k codings twice."""
        held: dict[tuple[Any, ...], Any] = self.__dict__.setdefault(name, {})
        if key in held:
            return cast(T, held[key])
        value = make()
        if len(held) >= HELD:
            del held[next(iter(held))]  # the oldest
        held[key] = value
        return value

    def current_decisions(self) -> list[DecisionRow]:
        """The decisions in force, oldest first, read once per change of the file: `agree`
        reads them for the methods page's words and again for the open counts, and a
        finished reconciliation of 1,000 documents holds 47,736 (0.25 s CPU a reading)."""
        key = (id(self.store), self.store.change_mark())
        held = getattr(self, "_decisions_held", None)
        if held is not None and held[0] == key:
            return list(held[1])
        rows = self.store.decisions.current()
        self._decisions_held = (key, rows)
        return list(rows)

    def decisions_in_force(self) -> dict[object, DecisionRow]:
        """The decisions in force, by case id and by extent (document, start, end)."""
        decided: dict[object, DecisionRow] = {}
        for row in self.current_decisions():
            decided[row.case_id] = decided[(row.document_id, row.start, row.end)] = row
        return decided

    def still_open(
        self, coders: Sequence[str] | None = None, docs: Sequence[str] | None = None
    ) -> tuple[int | None, int | None]:
        """``open_cases`` and ``unconfirmed_agreements`` (ConfirmMixin) at once: the
        disagreement cases undecided or changed since their decision, and the agreements
        with no decision, among ``coders`` in ``docs`` (default: the team's scope); None,
        None when there are none to count (too few coders, or not a lead)."""
        counted = self.cases_counted(coders, docs)
        return (None, None) if counted is None else (counted[0], counted[1])

    def cases_counted(
        self, coders: Sequence[str] | None = None, docs: Sequence[str] | None = None
    ) -> tuple[int, int, int] | None:
        """``still_open``'s two counts and every disagreement case among them, decided or
        open: a case open again since its decision is one case, so the decided ones are
        the cases less the open (a report counted it as both); None as ``still_open``."""
        if docs is not None and not docs:
            return 0, 0, 0
        try:
            self.require_lead("the disagreement cases")
            scope = self.team_scope(coders, docs)
        except QualcodeError:
            return None
        return self._count_open(list(scope.coders), list(scope.documents), coders is None)

    def _count_open(
        self, coders: list[str], doc_ids: list[str], default_team: bool
    ) -> tuple[int, int, int]:
        """The three counts among ``coders`` in ``doc_ids`` (the team's scope, resolved)."""
        table = self._coding_table(coders, doc_ids)
        why = self._absences(coders, doc_ids, default_team, coded=table.coded())
        # counted once per change of the file and shared: a summary asks for its
        # decisions' paragraph (the default team) and its agreement's reconciliation
        # paragraph (that team named) one after the other, and both were a count of
        # every passage of 200k codings (0.12 s CPU each). Keyed by what the count reads:
        # the coders, the documents and who is absent where, not how they were asked for
        absent = tuple(tuple(sorted(why.get(name, {}))) for name in coders)
        key = (id(self.store), self.store.change_mark(), tuple(coders), tuple(doc_ids), absent)
        return self._held("_open_held", key, lambda: self._open_counts(table, why))

    def _coding_table(self, coders: list[str], doc_ids: list[str]) -> _CodingTable:
        """``_CodingTable`` of ``coders`` in ``doc_ids``, built once per change of the file."""
        key = (id(self.store), self.store.change_mark(), tuple(coders), tuple(doc_ids))
        return self._held("_table_held", key, lambda: _CodingTable(self, coders, doc_ids))

    def _open_counts(
        self, table: _CodingTable, why: Mapping[str, Mapping[str, str]]
    ) -> tuple[int, int, int]:
        """The open cases, the unconfirmed agreements and every disagreement case of
        ``table``'s passages, with the coders absent as ``why`` says."""
        import numpy as np

        from qualcode.agreement.passages import AGREEMENT, passages

        coders, doc_ids = table.coders, table.doc_ids
        present = np.ones((len(doc_ids), len(coders)), dtype=bool)
        for c, name in enumerate(coders):
            for doc_id in why.get(name, {}):
                present[table.where[doc_id], c] = False
        found = passages(table.doc, table.code, table.coder, table.start, table.end, present)
        decided = self.decisions_in_force()
        # only a passage in a document some decision is on can be decided (its id hashes
        # the document and extent); every other is open, or an agreement to confirm
        named = [
            table.where[r.document_id] for r in decided.values() if r.document_id in table.where
        ]
        looked = np.isin(found.document, named)
        agreed = found.kind == AGREEMENT
        still = int((~agreed & ~looked).sum())
        unconfirmed = int((agreed & ~looked).sum())
        for i in np.flatnonzero(looked).tolist():
            doc_id = doc_ids[int(found.document[i])]
            start, end = int(found.start[i]), int(found.end[i])
            row = decided.get(case_id(doc_id, start, end)) or decided.get((doc_id, start, end))
            if row is None:
                still += not agreed[i]
                unconfirmed += bool(agreed[i])
            elif not agreed[i] and row.digest:  # open again if a version changed since
                still += row.digest != table.digest(found, i, present[found.document[i]])
        return still, unconfirmed, int((~agreed).sum())


class _CodingTable:
    """The coders' layer of the counted documents as columns: the document's position in
    ``doc_ids``, a number per code key, the coder's position in ``coders``, start and end
    (codings of anyone else left out)."""

    def __init__(self, project: CaseCountsMixin, coders: list[str], doc_ids: list[str]) -> None:
        import numpy as np

        self.coders = coders
        self.where = {d: i for i, d in enumerate(doc_ids)}
        numbers = project.store.codings.row_numbers
        spans = project.live_spans(doc_ids)
        spans = spans[spans[:, RATER] != 0]  # the consensus layer is rater 0
        doc = _positions(np.asarray(numbers("documents", doc_ids), dtype=np.int64), spans[:, 0])
        coder = _positions(np.asarray(numbers("coders", coders), dtype=np.int64), spans[:, 2])
        mine = (doc >= 0) & (coder >= 0)
        # a code is its key, as a ``Coding`` carries it (a removed code's key may be taken)
        every = project.store.codes.list(include_deleted=True)
        keyed = dict(
            zip(numbers("codes", [c.id for c in every]), (c.key for c in every), strict=True)
        )
        self.keys = sorted(set(keyed.values()))
        number = {k: i for i, k in enumerate(self.keys)}
        lookup = np.zeros(max(keyed, default=0) + 1, dtype=np.int64)
        for row, key in keyed.items():
            lookup[row] = number[key]
        self.doc, self.coder = doc[mine], coder[mine]
        self.code = lookup[spans[mine, CODE]]
        self.start, self.end = spans[mine, START], spans[mine, END]
        self.doc_ids = doc_ids
        self._coded: dict[str, set[str]] | None = None

    def coded(self) -> dict[str, set[str]]:
        """The documents each coder coded in: she started them (read once per table)."""
        if self._coded is None:
            found: dict[str, set[str]] = {name: set() for name in self.coders}
            for d, c in set(zip(self.doc.tolist(), self.coder.tolist(), strict=True)):
                found[self.coders[c]].add(self.doc_ids[d])
            self._coded = found
        return self._coded

    def digest(self, found: Passages, i: int, present: Any) -> str:
        """Passage ``i``'s digest as ``find_cases`` gives its case: every coder present
        in its document with her version (codes by key, joined spans), none of it built
        as ``Coding``s or a ``Case``."""
        versions = found.versions(i)
        doc_id = self.doc_ids[int(found.document[i])]
        return case_digest(
            doc_id,
            int(found.start[i]),
            int(found.end[i]),
            (
                (name, tuple((self.keys[k], spans) for k, spans in versions.get(c, ())))
                for c, name in enumerate(self.coders)
                if present[c]
            ),
        )


def _positions(numbers: Any, found: Any) -> Any:
    """The position of each of ``found`` in ``numbers`` (-1 for any other)."""
    import numpy as np

    if not len(numbers):
        return np.full(len(found), -1, dtype=np.int64)
    order = np.argsort(numbers, kind="stable")
    at = np.minimum(np.searchsorted(numbers[order], found), len(numbers) - 1)
    return np.where(numbers[order][at] == found, order[at], -1)
