"""Names put on the pseudonym key many at once, by the rules that put one there.

A lead's real-names .qdpx brings its whole key (``qdpx_key.restore_key``), and `pseudonym
suggest --apply` puts every proposal on (``apply_suggested_pseudonyms``); `pseudonym set`
is a batch of one. Each name is judged as ``set_pseudonym`` always judged it, against the
key with the names before it on, and refused in the same words. What changed is what a
judgement costs: put on one by one, each name read the key and compiled its whole pattern,
so 800 names took minutes of the import's write transaction, holding every coder's writes
(key49, key50). Here the key is read once and kept in memory with the few indexes the rules
look names up by, and every name, on the key or coming, is compiled into one pattern
(``_Batch.whole``). Where that pattern reaches no part of a text (a pseudonym, a coder's
name), no key of fewer names does, so the rules that ask a compiled key (a pseudonym
holding a real name, coders named alike, a coder printed as a participant) ask one only
where it does, made of the names that reach the text (``reaching``), in the key's order:
a name matching nowhere in a text changes nothing in it, so the answer is the whole key's.
A name written surname first where that is another name ("Berg, Anna" beside "Berg Anna")
was lost when names were compiled together (the whole key reads it since small50, as
either); such a name is still looked for alone too (``flipped_onto``). The writes come
last: a refused name writes nothing.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

from qualcode.errors import SETTING, QualcodeError, SettingError, ValidationError
from qualcode.model import PSEUDONYM_KINDS, Pseudonym, is_pseudonym_kind
from qualcode.oneline import reads_as
from qualcode.project.coder_pseudonyms import (
    check_coders_apart,
    check_participant_apart,
    label_shaped,
)
from qualcode.project.pseudonym_clashes import check_reads_apart
from qualcode.project.pseudonym_coders import CODER_WORD
from qualcode.project.pseudonym_names import composed, same_name
from qualcode.project.pseudonym_speakers import participants, shared_in

if TYPE_CHECKING:
    from qualcode.export.pseudonyms import Key
    from qualcode.project.pseudonyms import PseudonymMixin

# told of each entry refused, with why, where a batch puts on the rest (a .qdpx's key)
Refused = Callable[[Pseudonym, QualcodeError], None]


def put_on_key(
    service: PseudonymMixin,
    entries: Sequence[Pseudonym],
    viewer: str | None,
    refused: Refused | None = None,
) -> list[Pseudonym]:
    """Put ``entries`` on the participants' key as ``viewer`` (a lead), in their order,
    each judged by every rule of ``set_pseudonym`` against the key with the entries before
    it on. The first refused raises, and nothing is written, unless ``refused`` is given:
    it is then told of each refused entry and the others are put on. Returns the entries
    put on as written (trimmed, composed, an older spelling's case kept)."""
    service._require_lead(viewer, "pseudonym set")
    with service.store.transaction():
        batch = _Batch(service, entries)
        put: list[tuple[Pseudonym, str | None, str | None]] = []
        for entry in entries:
            try:
                put.append(batch.judge(entry))
            except QualcodeError as exc:
                if refused is None:
                    raise
                refused(entry, exc)
        store = service.store
        for p, gone, was in put:
            if gone is not None:  # kept decomposed by an older project: replaced composed
                store.pseudonyms.remove(gone)
            store.pseudonyms.set(p.real, p.pseudonym, p.kind, viewer or "", p.generated)
            # the audit names the pseudonym only: the real name stays in one place; and the
            # one it replaces, which the exports already shared printed (red team 41)
            replaced = {"from": was} if was is not None and was != p.pseudonym else {}
            store.audit.append(
                viewer or "",
                "pseudonym.set",
                {"pseudonym": p.pseudonym, "kind": p.kind, **replaced},
            )
    return [p for p, _, _ in put]


def quoted(pseudonym: str) -> str:
    """A pseudonym as the refusals quote it."""
    return repr(pseudonym) if pseudonym.isascii() else ascii(pseudonym)


def checked(entry: Pseudonym) -> Pseudonym:
    """``entry`` trimmed and composed, by the rules a name and its pseudonym keep before the
    key is looked at."""
    from qualcode.oneline import check_name

    real, pseudonym = composed(entry.real.strip()), composed(entry.pseudonym.strip())
    if not real or not pseudonym:
        raise ValidationError("pseudonym set: give a real name and a pseudonym")
    if "\n" in real or "\n" in pseudonym:
        raise ValidationError("pseudonym set: a name is one line")
    check_name(real, "pseudonym set: the real name")  # no ESC, tab or other control
    if not any(c.isalpha() for c in real):
        # '(' or '*' was put on the key, and every export then replaced each bracket or
        # star of the text by the pseudonym (redteam40)
        from qualcode.oneline import shown

        raise ValidationError(
            f"pseudonym set: the real name {shown(real)} has no letter; a name has at least one",
            key="pseudonym_real_no_letter",
            name=real,
        )
    check_name(pseudonym, "pseudonym set: the pseudonym")  # printed in every export
    # a pseudonym that reads as a real name prints that name in every export: 'Bеngt' (a
    # Cyrillic е) for Bengt was taken, and the leak check looks for the letters, not for
    # how they read (red team 8)
    if reads_as(real) == reads_as(pseudonym):
        raise ValidationError(
            f"pseudonym set: {quoted(pseudonym)} would leave the name as it reads"
        )
    if not is_pseudonym_kind(entry.kind):
        kinds = ", ".join((*PSEUDONYM_KINDS, "coder"))
        raise SettingError("kind", f"{SETTING} {entry.kind!r}: use {kinds}")
    return Pseudonym(real, pseudonym, entry.kind, entry.generated)


def reaching(names: Sequence[tuple[str, str]], key: Key, texts: Iterable[str]) -> set[str]:
    """The real names of ``names`` (real -> pseudonym, compiled as ``key``) that reach one
    of ``texts`` (``Key.reaches``), found by halves: a half that reaches none holds none."""
    texts = list(texts)
    if not any(key.reaches(t) for t in texts):
        return set()
    if len(names) == 1:
        return {names[0][0]}
    from qualcode.export.pseudonyms import Key

    half = len(names) // 2
    first, second = names[:half], names[half:]
    return reaching(first, Key(dict(first)), texts) | reaching(second, Key(dict(second)), texts)


def flipped_onto(names: Mapping[str, str]) -> set[str]:
    """The names of ``names`` whose surname-first spelling (``surname_first``) is another
    of them as the key folds it."""
    from qualcode.export import name_spelling as ns

    folds = {ns.fold(real) for real in names}
    onto = set()
    for real, pseudonym in names.items():
        pseudo, real_of = {ns.fold(real): pseudonym}, {ns.fold(real): real}
        ns.surname_first(pseudo, real_of)
        if (pseudo.keys() - {ns.fold(real)}) & folds:
            onto.add(real)
    return onto


def _order(p: Pseudonym) -> tuple[str, str, str]:
    """Where ``p`` stands on the key as the store lists it."""
    return (p.kind, p.pseudonym, p.real)


class _Batch:
    """The key as a batch leaves it, name by name, with the indexes the rules look up."""

    def __init__(self, service: PseudonymMixin, entries: Sequence[Pseudonym]) -> None:
        from qualcode.export.pseudonyms import Key

        self.service, store = service, service.store
        self.held: dict[str, Pseudonym] = {}
        self.by_same: dict[str, set[str]] = {}  # same_name -> the reals so written
        self.reals_read: Counter[str] = Counter()
        self.read_as: dict[str, set[str]] = {}  # a pseudonym as read -> its reals
        self.seen_as: dict[str, set[str]] = {}  # the same, cases told apart
        for p in store.pseudonyms.list():
            self._put(p)
        self.coders = [c.name for c in store.coders.list()]
        self.coders_read = {reads_as(c) for c in self.coders}
        self.own_read = {reads_as(own) for own in service._coder_key().values()}
        asking = service.interviewer_labels()  # a removed document's are not in it
        spoken = store.documents.speakers_in_order()
        self.heard = {d: participants(said, asking[d]) for d, said in spoken.items() if d in asking}
        self.in_docs: dict[str, set[str]] = {}
        for doc_id, labels in self.heard.items():
            for label in labels:
                self.in_docs.setdefault(same_name(label), set()).add(doc_id)
        self.shares = {d: shared_in(labels, self._named) for d, labels in self.heard.items()}
        self.shared = Counter(p for pseudonyms in self.shares.values() for p in pseudonyms)
        # every name on the key or coming, in either composition, compiled once
        names = {n: p.pseudonym for p in self.held.values() for n in (p.real, composed(p.real))}
        for entry in entries:
            try:
                coming = checked(entry)
            except QualcodeError:
                continue  # refused where its turn comes
            names.setdefault(coming.real, coming.pseudonym)
        # a name whose surname-first spelling is another name here ("Anna Berg" beside
        # "Berg Anna": "Berg, Anna") is looked for alone too: a key holding both lost that
        # spelling before small50, and alone it reaches no less
        flipped = flipped_onto(names)
        self.apart = {r: Key({r: p}) for r, p in names.items() if r in flipped}
        self.names = [(r, p) for r, p in names.items() if r not in self.apart]
        self.whole = Key(dict(self.names))
        self.near_coders = self._reaching(self.coders)
        listed = self._listed()
        made = self._compiled({q.real: q.pseudonym for q in listed}, self.near_coders)
        self.printed = service._printed_coders(made, "en", listed)

    def judge(self, entry: Pseudonym) -> tuple[Pseudonym, str | None, str | None]:
        """``entry`` as it goes on the key, the entry kept decomposed that it replaces, and
        the pseudonym its name had; raises where ``set_pseudonym`` refused it."""
        p = checked(entry)
        # the key matches in any case and either composition: "elin" replaces the entry
        # for "Elin"; one an older project kept decomposed is replaced composed
        alike = self.by_same.get(same_name(p.real))
        same = min(alike, key=lambda r: _order(self.held[r])) if alike else p.real
        gone = self.held.get(same) if same != composed(same) else None
        if gone is not None:
            self._drop(gone.real)
        try:
            put = Pseudonym(composed(same), p.pseudonym, p.kind, p.generated)
            was = self._judged(put)
        except QualcodeError:
            if gone is not None:
                self._put(gone)
            raise
        return put, gone.real if gone else None, was

    def _judged(self, p: Pseudonym) -> str | None:
        """Judge ``p`` against the key as it stands and put it on; the pseudonym its name
        had, if it had one."""
        real, pseudonym = p.real, p.pseudonym
        said = quoted(pseudonym)
        what = f"pseudonym set: {said}"
        if self.reals_read[reads_as(pseudonym)] > 0:
            raise ValidationError(f"{what} is itself a real name on the key, or reads as one")
        # and the other way round: a real name that is another name's pseudonym. The key
        # then printed the word for one participant and replaced it for another (safety33)
        if self.read_as.get(reads_as(real), set()) - {real}:
            named = repr(real) if real.isascii() else ascii(real)
            raise ValidationError(
                f"pseudonym set: {named} is the pseudonym of another name on the key, or "
                "reads as it; give that name another pseudonym first (`qualcode pseudonym "
                f"set REAL PSEUDONYM`), then put {named} on the key"
            )
        alike = [self.held[r] for r in self.seen_as.get(reads_as(pseudonym, fold_case=False), ())]
        check_reads_apart(
            pseudonym, [o.pseudonym for o in sorted(alike, key=_order) if o.real != real]
        )
        near = self._reaching([pseudonym])
        if near:
            others = {q.real: q.pseudonym for q in self._listed() if q.real != real}
            if self._compiled(others, near).leaks(pseudonym):
                raise ValidationError(
                    "pseudonym set: the pseudonym contains a real name on the key"
                )
            # its own name too: 'P-Alla' for Alla was taken, and every export then refused
            # as showing the name behind P-Alla, the pseudonym printed for her (user49b)
            if self.service._compiled_key({real: pseudonym}).leaks(pseudonym):
                raise ValidationError(
                    f"{what} holds the real name itself; every export would show it, so "
                    "choose a pseudonym without it"
                )
        old = self.held.get(real)
        # a name may change how exports print a coder only where it reaches her name, is
        # her name, replaces an entry, or reads as a label a coder is given ("Kodare B")
        words = CODER_WORD.values()
        coders_touched = (
            old is not None
            or real in self.near_coders
            or reads_as(real) in self.coders_read
            or label_shaped(reads_as(real), words)
            or label_shaped(reads_as(pseudonym), words)
        )
        printed, made = self.printed, None
        if coders_touched:
            before = {q.real: q.pseudonym for q in self._listed()}
            changed = sorted([*(q for q in self.held.values() if q.real != real), p], key=_order)
            after = {q.real: q.pseudonym for q in changed}
            made = (
                self._compiled(before, self.near_coders),
                self._compiled(after, self.near_coders),
            )
            check_coders_apart(self.coders, before, after, what, made)
            # each coder as exports will print her, by the one rule (``printed_coders``)
            printed = self.service._printed_coders(made[1], "en", changed)
        check_participant_apart(self.coders, real, pseudonym, what, printed)
        if reads_as(pseudonym) in self.own_read:
            raise ValidationError(  # quotes cited as by a coder ('Kodare K')
                f"{what} is a coder's own pseudonym, or reads as one; give the participant another"
            )
        shares = self._speakers_apart(p, what)
        if reads_as(real) in self.coders_read:  # coder karin is not the participant Karin
            self.service._participant_named_as_coder(real, pseudonym)
            self.own_read = {reads_as(own) for own in self.service._coder_key().values()}
        self._put(p)
        for doc_id, found in shares.items():
            self.shared.subtract(self.shares[doc_id])
            self.shared.update(found)
            self.shares[doc_id] = found
        if made is not None:  # her own key may have changed too
            self.printed = self.service._printed_coders(made[1], "en", self._listed())
        return old.pseudonym if old is not None else None

    def _speakers_apart(self, p: Pseudonym, what: str) -> dict[str, set[str]]:
        """Refuse ``p`` where it gives two participants of one interview one pseudonym and
        the key did not (``check_speakers_apart``'s rule, asked of the interviews where a
        participant is so named); each such interview's shared pseudonyms with it on."""
        docs = self.in_docs.get(same_name(p.real), set())
        if not docs:
            return {}

        def after(label: str) -> str | None:
            group = [self.held[r] for r in self.by_same.get(same_name(label), ()) if r != p.real]
            if same_name(label) == same_name(p.real):
                group.append(p)
            return max(group, key=_order).pseudonym if group else None

        was = {d: shared_in(self.heard[d], self._named) for d in docs}
        now = {d: shared_in(self.heard[d], after) for d in docs}
        before, later = self.shared.copy(), self.shared.copy()
        for doc_id in docs:
            before.subtract(self.shares[doc_id])
            later.subtract(self.shares[doc_id])
            before.update(was[doc_id])
            later.update(now[doc_id])
        if any(n > 0 and before[shared] <= 0 for shared, n in later.items()):
            raise ValidationError(
                f"{what} is already another participant's in the same interview; exports "
                "would print the two as one person (give each its own, e.g. IP3a and IP3b)"
            )
        return now

    def _reaching(self, texts: Sequence[str]) -> set[str]:
        """The names, on the key or coming, that reach one of ``texts`` (``reaching``)."""
        alone = {r for r, key in self.apart.items() if any(key.reaches(t) for t in texts)}
        return alone | reaching(self.names, self.whole, texts)

    def _named(self, label: str) -> str | None:
        """The pseudonym the key gives a speaker's label: of the last entry so written, as
        the key's entries in order name it."""
        reals = self.by_same.get(same_name(label))
        return max((self.held[r] for r in reals), key=_order).pseudonym if reals else None

    def _compiled(self, entries: Mapping[str, str], near: set[str]) -> Key:
        """The key of ``entries`` (in their order) of the names in ``near``: on the texts
        those were found to reach, it reads as the key of every entry."""
        return self.service._compiled_key({r: p for r, p in entries.items() if r in near})

    def _listed(self) -> list[Pseudonym]:
        return sorted(self.held.values(), key=_order)

    def _put(self, p: Pseudonym) -> None:
        if p.real in self.held:
            self._drop(p.real)
        self.held[p.real] = p
        self.by_same.setdefault(same_name(p.real), set()).add(p.real)
        self.reals_read[reads_as(p.real)] += 1
        self.read_as.setdefault(reads_as(p.pseudonym), set()).add(p.real)
        self.seen_as.setdefault(reads_as(p.pseudonym, fold_case=False), set()).add(p.real)

    def _drop(self, real: str) -> None:
        p = self.held.pop(real)
        self.by_same[same_name(real)].discard(real)
        self.reals_read[reads_as(real)] -= 1
        self.read_as[reads_as(p.pseudonym)].discard(real)
        self.seen_as[reads_as(p.pseudonym, fold_case=False)].discard(real)
