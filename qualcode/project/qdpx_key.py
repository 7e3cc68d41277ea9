"""The pseudonym key in a lead's lossless .qdpx (`export qdpx --real-names`), and back.

A lead re-reads a study through its .qdpx (to segment old documents afresh, to move to a
new machine): the texts come back with their real names, and the key that every export
prints them through did not come with them, so the first export of the new project
printed every name as written. The key now travels in qualcode's own member
(``qualcode/project.json``, beside the standard's XML, which the REFI-QDA validator reads
alone) and only in the real-names copy: a pseudonymised file holds no real name, and its
key would be every one of them. On import each entry is put on the key as ``set_pseudonym``
puts one, by a lead only and with every check it makes; an entry refused, or one the
project keys otherwise already, is said in one line and the project's key stands.

The coders' own pseudonyms ("Kodare A" for karin: ``pseudonym_coders.py``) travel beside
it, by the file's user: re-read without them, every coder was printed by her name in the
new project's exports (minor49). They come back by the same rule, through
``set_coder_pseudonym``'s checks.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from qualcode.errors import QualcodeError, ValidationError
from qualcode.model import PSEUDONYM_KINDS, Pseudonym

if TYPE_CHECKING:
    from qualcode.store import Store


# names a .qdpx's keys may bring (the participants' and the coders' together), all judged
# in one pass inside the import's write transaction (``pseudonym_batch.put_on_key``): 1,000
# names take 4 s of CPU, 5,000 names 12 s (the whole import; one by one, 1,000 took 210 s,
# key50). A national study's key (hundreds of interviews, each naming participants,
# colleagues, places and workplaces) runs to a few thousand names; a 5 MB key (70,000
# names, hostile49) would, at that rate, hold every other coder's write for minutes.
MAX_KEY_NAMES = 5_000
# and the letters of those names together: the names are compiled into one pattern, whose
# cost grows with their letters, not their number; 4,900 names of 199 letters (under both
# limits) took 40 s of CPU and 1.9 GB of memory, 142,000 letters 9 s and 0.4 GB. A study's
# key of 5,000 names runs to some 70,000 (hostile50)
MAX_KEY_CHARACTERS = 150_000


def check_key_size(entries: list[Pseudonym], coders: Mapping[str, str], file: str) -> None:
    """Refuse, before anything is written, a file whose keys name more than
    ``MAX_KEY_NAMES``, or names of more than ``MAX_KEY_CHARACTERS`` together: no key of a
    study is so long, and restoring one would hold the project's write lock from every
    coder for as long as it ran."""
    names = [e.real for e in entries] + list(coders)
    check_key_limits(
        names, f"{file}: its pseudonym key", "an import restores; nothing was imported"
    )


def check_key_limits(names: Sequence[str], whose: str, after: str) -> None:
    """The one limit on the names put on a key at once, by an import's keys
    (``check_key_size``) or one `pseudonym suggest --apply` (``off_key``): at most
    ``MAX_KEY_NAMES`` names, of at most ``MAX_KEY_CHARACTERS`` together; an apply had no
    limit, and a corpus naming ten thousand people held the write lock for as long as
    the import's limits keep it from (hostile50). ``whose`` begins the refusal, ``after``
    ends it (what the limit is of, and that nothing was written)."""
    if len(names) > MAX_KEY_NAMES:
        raise ValidationError(
            f"{whose} names {len(names):,} people, more than the {MAX_KEY_NAMES:,} {after}"
        )
    letters = sum(len(name) for name in names)
    if letters > MAX_KEY_CHARACTERS:
        raise ValidationError(
            f"{whose}'s names run to {letters:,} characters, more than the "
            f"{MAX_KEY_CHARACTERS:,} {after}"
        )


def key_members(store: Store, users: list[str]) -> dict[str, Any]:
    """What a lead's real-names copy carries of the keys: the participants' and the
    coders' own (of the ``users`` the file names)."""
    return {"pseudonym_key": key_entries(store), "coder_key": coder_entries(store, users)}


def key_entries(store: Store) -> list[dict[str, Any]]:
    """The participants' key as the member writes it (the coders' own: ``coder_entries``)."""
    return [
        {"real": p.real, "pseudonym": p.pseudonym, "kind": p.kind, "generated": p.generated}
        for p in store.pseudonyms.list()
    ]


def coder_entries(store: Store, users: list[str]) -> dict[str, str]:
    """The coders' own pseudonyms as the member writes them: the file's user (a coder's
    id, her User's GUID) -> her pseudonym, for the users the file names."""
    from qualcode.project.coder_pseudonyms import CODER_KEY, read_coder_key

    own = read_coder_key(store.settings.get(CODER_KEY))
    return {user: own[user] for user in users if own.get(user)}


def read_coder_entries(value: Any, users: Mapping[str, str]) -> dict[str, str]:
    """The member's coders' pseudonyms by the name of the file's user (``users``: GUID ->
    name); an entry naming no user, or no text, loses itself."""
    if not isinstance(value, dict):
        return {}
    return {
        users[str(guid).lower()]: pseudonym
        for guid, pseudonym in value.items()
        if str(guid).lower() in users and isinstance(pseudonym, str) and pseudonym
    }


def read_key(value: Any) -> list[Pseudonym]:
    """The member's entries; a damaged one (not a mapping, a name not text, an unknown
    kind) loses itself, never the rest or the member."""
    if not isinstance(value, list):
        return []
    found = []
    for entry in value:
        if not isinstance(entry, dict):
            continue
        real, pseudonym, kind = entry.get("real"), entry.get("pseudonym"), entry.get("kind")
        if isinstance(real, str) and isinstance(pseudonym, str) and kind in PSEUDONYM_KINDS:
            found.append(Pseudonym(real, pseudonym, kind, entry.get("generated") is True))
    return found


def restore_key(
    project: Any,
    entries: list[Pseudonym],
    importer: str,
    file: str,
    fresh: bool,
    coders: Mapping[str, str] | None = None,
) -> list[str]:
    """Put ``entries`` on ``project``'s key as ``importer`` (a lead), and ``coders`` (a
    coder's name -> her own pseudonym) on the coders' key; returns a line for each entry
    not put there, and one for all where the importer is no lead. ``fresh``: the
    project held nobody before the file, which brought its people: an import nobody was
    named for (``import_qdpx`` as a script calls it) restores the key as the file's lead,
    whose copy it is, as the first person named in an empty project leads it."""
    coders = coders or {}
    if not entries and not coders:
        return []
    people = project.store.coders.list()
    person = next((c for c in people if c.name == importer), None)
    if person is None and fresh:
        person = next((c for c in people if c.role == "lead"), None)
    if person is None or person.role != "lead":
        return [
            f"{file}: the pseudonym key it carries ({len(entries) + len(coders)} names) was "
            "not restored: "
            # again into a new project: this one now holds the file's documents and
            # refuses them as the same content, so the key can come back only in a new one
            "the key is for the lead only; import the file into a new project naming its "
            "lead (--coder)"
        ]
    from qualcode.project.pseudonym_names import same_name

    # by the name as set_pseudonym matches it (any case, either composition): compared
    # letter for letter, the file's "Vendela Rask" replaced the project's "vendela rask"
    # -> P7 through set_pseudonym, with nothing said (hostile50)
    held = {same_name(p.real): p.pseudonym for p in project.store.pseudonyms.list()}
    said: dict[int, str] = {}  # by the entry's place in the file, as each was met
    todo: list[Pseudonym] = []
    for at, entry in enumerate(entries):
        alike = same_name(entry.real.strip())
        if held.get(alike) == entry.pseudonym:
            continue
        if alike in held:
            said[at] = (
                f"{file}: pseudonym key: {entry.pseudonym!r} not restored; the project "
                f"keys that name as {held[alike]!r}"
            )
            continue
        todo.append(entry)
    places = {id(entry): at for at, entry in enumerate(entries)}

    def refused(entry: Pseudonym, exc: QualcodeError) -> None:
        said[places[id(entry)]] = f"{file}: pseudonym key: {entry.pseudonym!r} not restored: {exc}"

    # the whole key judged in one pass, each name as `pseudonym set` judges one: put on one
    # at a time, 800 names took minutes of this transaction (pseudonym_batch.py)
    from qualcode.project.pseudonym_batch import put_on_key

    put_on_key(project, todo, person.name, refused)
    lines = [said[at] for at in sorted(said)]
    return lines + _restore_coders(project, coders, person.name, file)


def _restore_coders(project: Any, coders: Mapping[str, str], lead: str, file: str) -> list[str]:
    """``restore_key``'s part for the coders' own pseudonyms: a coder the project prints
    by a pseudonym of her own already keeps it, said in one line, as a participant's
    entry is; one refused (no such coder, reads as a participant) is said too."""
    what = f"{file}: coders' pseudonyms"
    held = {p.real: p.pseudonym for p in project.coder_pseudonyms(lead)} if coders else {}
    said = []
    for name, pseudonym in coders.items():
        if held.get(name) == pseudonym:
            continue
        if name in held:
            said.append(
                f"{what}: {pseudonym!r} not restored; the project prints that coder as "
                f"{held[name]!r}"
            )
            continue
        try:
            project.set_coder_pseudonym(name, pseudonym, lead)
        except QualcodeError as exc:
            said.append(f"{what}: {pseudonym!r} not restored: {exc}")
    return said
