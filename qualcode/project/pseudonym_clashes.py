"""A pseudonym key that prints wrongly: a word held both as a real name and as another
name's pseudonym, or one pseudonym for two participants of one interview. Exports still
run (the key is the lead's to mend), and every face says so in one line."""

from __future__ import annotations

from qualcode.errors import ValidationError
from qualcode.model import Pseudonym
from qualcode.project.pseudonym_speakers import SpeakerPseudonymsMixin, shared_note


class KeyClashMixin(SpeakerPseudonymsMixin):
    def key_clash_words(self, viewer: str | None) -> list[str] | None:
        """The words the key holds both as a real name and as another name's pseudonym (a
        key saved before set_pseudonym refused that, 6487100): exports then print the word
        for one participant and replace it for another. None when the key is clean; the
        words for a lead, an empty list for anyone else (each word is a real name), whom
        every face tells to ask the lead."""
        words = key_clashes(self.store.pseudonyms.list())
        if not words:
            return None
        person = self.person(viewer, "export") if viewer else None
        return words if person is not None and person.role == "lead" else []

    def key_clash_note(self, viewer: str | None) -> str | None:
        """What the CLI's exports and ``pseudonym list`` say of a key that prints wrongly,
        a line each: ``key_clash_words``, so that the lead gives one of the two another
        pseudonym, and ``speakers_sharing``. None when the key is clean."""
        key = {p.real: p.pseudonym for p in self.store.pseudonyms.list()}
        lines = [self._clash_line(viewer), shared_note(self.speakers_sharing(key))]
        return "\n".join(line for line in lines if line) or None

    def _clash_line(self, viewer: str | None) -> str | None:
        """The line ``key_clash_note`` says of ``key_clash_words``."""
        words = self.key_clash_words(viewer)
        if words is None:
            return None
        if not words:
            return (
                "warning: the pseudonym key holds a word both as a real name and as a "
                "pseudonym, and exports replace it wrongly; ask the lead to run "
                "`qualcode pseudonym list`"
            )
        from qualcode.oneline import shown

        return (
            f"warning: the pseudonym key holds {', '.join(shown(w) for w in words)} both as "
            "a real name and as another name's pseudonym, so exports replace it wrongly; "
            "give one of them another pseudonym (`qualcode pseudonym set REAL PSEUDONYM`)"
        )


def key_clashes(key: list[Pseudonym]) -> list[str]:
    """The real names on ``key`` that are, or read as, another entry's pseudonym."""
    from qualcode.oneline import reads_as

    printed = {reads_as(p.pseudonym): p.real for p in key}
    return sorted(p.real for p in key if printed.get(reads_as(p.real), p.real) != p.real)


def check_reads_apart(pseudonym: str, others: list[str]) -> None:
    """Refuse a pseudonym a reader would take for another one on the key: one holding a
    mark that shows as nothing ('IP\\u200b1' prints as 'IP1'), or one written differently
    that reads the same (full-width 'ＩＰ１', Cyrillic 'ІР1'). Exports would print two
    participants under one name. The same pseudonym for two names (a speaker and their
    first name alone) is one participant, and allowed."""
    from qualcode.oneline import invisible_at, reads_as, shown

    at = invisible_at(pseudonym)
    if at is not None:
        raise ValidationError(
            f"pseudonym set: the pseudonym {shown(pseudonym)} holds a character that shows as "
            f"nothing (U+{ord(pseudonym[at]):04X} at character {at + 1}); type it plainly"
        )
    reading = reads_as(pseudonym, fold_case=False)  # 'IP1' and 'ip1' are told apart
    same = next(
        (o for o in others if o != pseudonym and reads_as(o, fold_case=False) == reading), None
    )
    if same is not None:
        raise ValidationError(
            f"pseudonym set: the pseudonym {shown(pseudonym)} reads as {shown(same)}, another "
            "pseudonym on the key; a reader could not tell them apart"
        )
