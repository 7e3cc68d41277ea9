"""What a .qdpx must pass before an import writes anything (``refi_import.py``).

An import is one transaction, but refusing inside it still costs the reading and the
segmenting before it; and a file refused half way would name its fault less plainly. So
every name the file brings, every GUID, user and selection, is held to the project's rules
first, and a file that breaks one is refused whole with a line naming what and where.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from qualcode.errors import IngestError, QualcodeError
from qualcode.model import is_role
from qualcode.project.refi_positions import selection_positions

if TYPE_CHECKING:
    from qualcode.project.refi_own import Qualcode


def check_names(refi: Any, file: str, own: Qualcode, people: dict[str, str]) -> None:
    """Every name the file would bring (coders; its notes and translations too; a source's
    names are held as it is read, ``check_source_names``) held to the
    rules names typed in are held to, before anything is written: a file of another tool
    is refused whole, naming the offending name, rather than half imported. qualcode's own
    extras name the leads who decided the consensus and each user's role: a decider was
    made a lead under any name (an ESC sequence, 300 characters), and one naming a coder of
    this project put the consensus under a coder (red team, round 7). ``people``: the
    project's coders and their roles."""
    from qualcode.oneline import check_free_text, reads_as, shown
    from qualcode.project.coders import check_coder_name

    for guid, text in refi.notes.items():
        # a note becomes a memo: held to what a memo typed in is held to (red team 9)
        check_free_text(text, f"{file}: note {guid}", IngestError)
    for guid, by_lang in own.translations.items():
        for lang, text in by_lang.items():  # quoted in every export, as a typed one is
            check_free_text(text, f"{file}: translation of {guid} ({lang})", IngestError)
    seen = {reads_as(name): name for name in people}
    for user in refi.users.values():
        check_coder_name(user, f"{file}: user: ")
        _one_reading(user, seen, f"{file}: user: ")
    for decider in own.deciders.values():
        check_coder_name(decider, f"{file}: consensus user: ")
        _one_reading(decider, seen, f"{file}: consensus user: ")
        if people.get(decider, "lead") != "lead":
            raise IngestError(
                f"{file}: the consensus would stand under {shown(decider)}, a coder of this "
                "project, not a lead; nothing imported"
            )
    for role in own.roles.values():
        if not is_role(role):
            raise IngestError(f"{file}: a user's role {shown(role)}: use coder or lead")


def _one_reading(name: str, seen: dict[str, str], where: str) -> None:
    """Refuse ``name`` when it reads as another person's (``seen``: each name so far by
    what it reads as): two people reading as one pose as each other (CoderRepo.add)."""
    from qualcode.oneline import reads_as
    from qualcode.store.people import alike_message

    twin = seen.setdefault(reads_as(name), name)
    if twin != name:
        raise IngestError(f"{where}{alike_message(name, twin)}; nothing imported")


def check_source_names(src: dict[str, Any], file: str) -> None:
    """A source's name and its attributes' names held to what typed ones are held to."""
    from qualcode.project.doc_checks import check_attribute_names, check_document_name

    check_document_name(src["name"], f"{file}: source: ")
    check_attribute_names(src["attributes"], f"{file}: source {src['name']!r}", typed=False)


def check_users(refi: Any, file: str) -> None:
    """Refuse two users under one name: their codings would become one coder's."""
    users: dict[str, str] = {}
    for user_guid, user in refi.users.items():
        if user in users:
            raise IngestError(
                f"{file}: two users are named {user!r} (GUIDs {users[user]} and {user_guid}); "
                "their codings would become one coder's, nothing imported"
            )
        users[user] = user_guid


def check_source(src: dict[str, Any], refi: Any, file: str, crlf_is_two: bool) -> str:
    """Refuse, before anything is written, what would import wrongly: a selection naming
    no code of the file, or positions outside its text, reversed or empty (they were
    skipped, so a file lost codings with only a count to say so), a text no transcript
    file may be. Returns the source's text as stored, its selections' positions mapped
    onto it (``refi_positions``)."""
    from qualcode.ingest import check_text
    from qualcode.project.coding import check_span
    from qualcode.textbytes import refuse_binary

    text, position = selection_positions(src["text"], crlf_is_two)
    # the limits a transcript file meets at ``qualcode import`` (a line of megabytes,
    # millions of lines): a source inside a .qdpx came in unasked, a 5.6-million-
    # character line the file importer refuses among them
    check_text(f"{file}: source {src['name']!r}", text)
    # and a text a .txt is refused for as binary data (a zero character, more than 1%
    # control characters): a source full of ESC sequences and NULs went in whole (hostile46)
    refuse_binary(text, f"{file}: source {src['name']!r}")
    for sel in src["selections"]:
        where = f"{file}: source {src['name']!r}, selection {sel['guid']}"
        if sel["code"] not in refi.code_keys:
            raise IngestError(f"{where}: names no code of the file; nothing imported")
        start, end = position(sel["start"]), position(sel["end"])
        try:
            check_span(text, start, end, src["name"])
        except QualcodeError as exc:
            raise IngestError(
                f"{where} ({sel['start']}-{sel['end']}): {exc}; nothing imported"
            ) from None
        sel["start"], sel["end"] = start, end
    return text


def brings(refi: Any, own: Qualcode, file: str, name: str) -> str:
    """The role the file gives ``name``, who runs the import into a project that knows
    nobody yet: one of the file's users (a lead who coded nothing is one), else refused:
    they would sign the import and own its sets, a person the file does not know."""
    from qualcode.oneline import shown

    roles = file_roles(refi, own)
    if name not in roles:
        among = ", ".join(sorted(roles)[:5]) or "none"
        raise IngestError(
            f"{file}: no user of the file is named {shown(name)} (its users: {among}); "
            "nothing imported"
        )
    return roles[name]


def file_roles(refi: Any, own: Qualcode) -> dict[str, str]:
    """Each of the file's people -> the role it gives them (qualcode's own extras: a
    user's role, a consensus's decider a lead; any other tool's users are coders)."""
    roles = {user: own.roles.get(guid, "coder") for guid, user in refi.users.items()}
    return roles | {user: "lead" for user in own.deciders.values()}
