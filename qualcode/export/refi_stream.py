"""A .qdpx read as a stream: project.qde parsed as it is read, its sources given one at a
time, each with its text from the archive.

`import-qdpx` parsed project.qde as one tree and read every source's text before the
first was looked at: 954 MB at its peak for a study of 100 MB of text (perf45). Here the
file is read twice, each time with defusedxml's ``iterparse`` (no entities, no external
references, the stream cut off past the archive's limits), and every element is let go
once read: first for all but the sources (``head``: users, codebook, variables, notes,
sets and qualcode's own members), then for the sources alone (``sources``), which a
caller checks, segments and puts aside before the next one is read. Two readings keep
what a source is read against (the codebook, the variables) known whatever order the
file's parts come in, and what is refused there refused before any text is read.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path, PurePosixPath
from typing import Any

from qualcode.errors import CodebookError, IngestError
from qualcode.export.refi_read import (
    EXTRAS,
    MAX_MEMBER,
    MAX_RATIO,
    MAX_TOTAL,
    RefiProject,
    codebook_from_codes,
    read_sets,
    xml_refusal,
)
from qualcode.export.refi_sources import Package, guid, other_source, text_source
from qualcode.export.refi_sources import child as _child
from qualcode.export.refi_sources import children as _children
from qualcode.export.refi_sources import local as _local
from qualcode.userfile import require_regular
from qualcode.zipguard import open_member, read_member

# the parts of project.qde read before the sources, the first of each name (as a tree
# read ``child(root, name)``)
_HEAD = ("Users", "CodeBook", "Variables", "Notes", "Sets")


class QdpxFile:
    """An opened .qdpx whose members passed the archive's checks (nothing outside the
    archive, no zip bomb, a project.qde): ``head`` reads its project, ``sources`` its
    sources one at a time. Closed with ``close`` or as a context manager."""

    def __init__(self, path: Path) -> None:
        require_regular(path, IngestError, "a .qdpx file")
        self.name = path.name
        try:
            self.archive = zipfile.ZipFile(path)
        except (zipfile.BadZipFile, OSError) as exc:
            raise IngestError(f"{path.name}: not a readable .qdpx (zip) file ({exc})") from None
        try:
            self.members = _checked_members(self.archive, path.name)
        except BaseException:
            self.archive.close()
            raise
        self.qde = next((n for n in self.members if n.lower() == "project.qde"), None)
        if self.qde is None:
            self.archive.close()
            raise IngestError(f"{path.name}: no project.qde in the archive")
        self.variables: dict[str, str] = {}

    def __enter__(self) -> QdpxFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.archive.close()

    def _events(self) -> Iterator[tuple[Any, list[Any]]]:
        """Each element of project.qde as it ends, with its ancestors (the root first).
        A part of the project (a child of the root) and a source (a child of a Sources
        part) are dropped from their parent once the caller has had them, so no more than
        the part being read is held. The root is refused at once if it is no Project;
        only the parser's own faults become the XML refusals."""
        import defusedxml.ElementTree as SafeET
        from defusedxml import DefusedXmlException

        where = f"{self.name}/project.qde"
        assert self.qde is not None
        with open_member(self.archive, self.qde, self.name) as stream:
            parsing = SafeET.iterparse(stream, events=("start", "end"))
            path: list[Any] = []
            while True:
                try:
                    event, element = next(parsing)
                except StopIteration:
                    return
                except (DefusedXmlException, SafeET.ParseError, LookupError, ValueError) as exc:
                    raise xml_refusal(exc, where) from None
                if event == "start":
                    if not path and _local(element.tag) != "Project":
                        raise IngestError(f"{self.name}: project.qde has no Project root element")
                    path.append(element)
                    continue
                path.pop()
                yield element, path
                if len(path) == 1 or (len(path) == 2 and _local(path[1].tag) == "Sources"):
                    path[-1].remove(element)  # its parent's last child: found at once

    def head(self) -> RefiProject:
        """Everything but the sources: users, codebook, variables (kept for
        ``sources``), notes and the codes' and the project's references to them, sets,
        and qualcode's own members when qualcode wrote the file."""
        project: RefiProject | None = None
        parts: dict[str, Any] = {}
        for element, path in self._events():
            if project is None:  # the first element to end: the root is known by then
                project = RefiProject(origin=(path or [element])[0].get("origin") or "")
            if len(path) == 1:
                tag = _local(element.tag)
                if tag == "NoteRef":
                    project.project_notes.append(guid(element.get("targetGUID")))
                elif tag in _HEAD:
                    parts.setdefault(tag, element)
            if len(path) == 1 or (len(path) == 2 and _local(path[1].tag) == "Sources"):
                _code_notes(element, project)  # in the file's order, as a tree's iter()
        assert project is not None  # a document without a root is refused by the parser
        self._read_head(project, parts)
        return project

    def _read_head(self, project: RefiProject, parts: dict[str, Any]) -> None:
        name = self.name
        users = parts.get("Users")
        for user in _children(users, "User") if users is not None else []:
            # every selection of the first would have become the second's codings
            person = user.get("name") or user.get("id") or "coder"
            _name_once(
                project.users,
                guid(user.get("guid")),
                person,
                name,
                "users",
                "their codings cannot be told apart, ",
            )
        book = parts.get("CodeBook")
        codes = _child(book, "Codes") if book is not None else None
        if codes is not None:
            try:
                project.codebook, project.code_keys = codebook_from_codes(codes)
            except CodebookError as exc:
                raise CodebookError(f"{name}: {exc}") from None
        var_root = parts.get("Variables")
        for var in _children(var_root, "Variable") if var_root is not None else []:
            # each source's value would stand under the second's name
            called = var.get("name") or "variable"
            _name_once(self.variables, guid(var.get("guid")), called, name, "variables", "")
        notes = parts.get("Notes")
        for note in _children(notes, "Note") if notes is not None else []:
            content = _child(note, "PlainTextContent")
            if content is not None and content.text:
                key = guid(note.get("guid"))
                if key and key in project.notes:  # the second would take the first's place
                    raise IngestError(
                        f"{name}: two notes share the GUID {key}; one memo would be "
                        "lost, nothing imported"
                    )
                project.notes[key] = content.text
                project.note_origins[key] = (
                    guid(note.get("creatingUser") or ""),
                    note.get("creationDateTime") or "",
                )
        if parts.get("Sets") is not None:
            read_sets(parts["Sets"], project)
        for member in EXTRAS:
            if member in self.members and project.origin.startswith("qualcode"):
                project.extras[member] = read_member(self.archive, member, name)

    def sources(self, project: RefiProject) -> Iterator[dict[str, Any]]:
        """Each source of the file's (first) Sources, in its order, as plain data with its
        text (a PDF's text and a recording's transcripts too); what is not read is added
        to ``project.skipped``. Call ``head`` first: a source's attributes are named by
        the variables it read."""
        # each member by its name in lower case, the first of a name kept: every source
        # looked through every member, so 20,000 sources made 400 million comparisons and
        # kept `import-qdpx` busy for minutes before its first document (red team 6)
        by_lower: dict[str, str] = {}
        for member in self.members:
            by_lower.setdefault(member.lower(), member)
        package = Package(self.archive, by_lower, self.variables, self.name)
        first: Any = None  # the file's first Sources part: the one read
        for element, path in self._events():
            if len(path) == 1 and _local(element.tag) == "Sources" and first is None:
                first = element  # an empty one: no later one is read
            if len(path) != 2 or _local(path[1].tag) != "Sources":
                continue
            first = path[1] if first is None else first
            if path[1] is not first:
                continue
            if _local(element.tag) == "TextSource":
                yield text_source(element, package)
            else:
                read, skipped = other_source(element, package)
                project.skipped += skipped
                yield from read


def _name_once(
    table: dict[str, str], key: str, called: str, file: str, kind: str, loss: str
) -> None:
    """Keeps ``called`` as the name of ``key`` in ``table``; a second, different name for
    one GUID is refused in one line (``loss`` says what would go wrong), since whatever
    refers to that GUID could no longer tell which of the two it meant. The same name
    twice is the same thing written twice and is kept."""
    if key in table and table[key] != called:
        raise IngestError(
            f"{file}: two {kind} share the GUID {key} ({table[key]!r} and {called!r}); "
            f"{loss}nothing imported"
        )
    table[key] = called


def _code_notes(element: Any, project: RefiProject) -> None:
    """The notes each code within ``element`` refers to (``NoteRef``), kept by its GUID."""
    for code in element.iter():
        if _local(code.tag) == "Code":
            refs = [guid(n.get("targetGUID")) for n in _children(code, "NoteRef")]
            if refs:
                project.code_notes[guid(code.get("guid"))] = refs


def _checked_members(archive: zipfile.ZipFile, name: str) -> dict[str, Any]:
    """The archive's members by name, each refused in one line if it would leave the
    archive or expands beyond the limits (a zip bomb)."""
    members = {info.filename: info for info in archive.infolist()}
    total = 0
    for info in members.values():
        parts = PurePosixPath(info.filename).parts
        if info.filename.startswith(("/", "\\")) or ".." in parts or ":" in info.filename:
            raise IngestError(f"{name}: refused member {info.filename!r} outside the archive")
        total += info.file_size
        if (
            info.file_size > MAX_MEMBER
            or total > MAX_TOTAL
            or (
                info.compress_size
                and info.file_size / info.compress_size > MAX_RATIO
                and info.file_size > 10_000_000
            )
        ):
            raise IngestError(f"{name}: refused: {info.filename} is too large (possible zip bomb)")
    return members
