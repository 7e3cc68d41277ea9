"""Reading REFI-QDA files from other tools, safely.

Untrusted input: XML is parsed with defusedxml (no entities, no external references), zip
members may not leave the archive (zip-slip) and sizes are capped (zip bombs). Every problem
is one ``QualcodeError`` naming the file.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from qualcode.errors import CodebookError, IngestError
from qualcode.export.refi_sources import child as _child
from qualcode.export.refi_sources import children as _children
from qualcode.export.refi_sources import guid
from qualcode.export.refi_sources import local as _local
from qualcode.model import MAX_CODE_DEPTH, Codebook, CodeSpec
from qualcode.oneline import shown, without_unseen
from qualcode.userfile import CODEBOOK_LIMIT, read_user_file

MAX_MEMBER = 512 * 1024 * 1024
MAX_TOTAL = 2 * 1024 * 1024 * 1024
MAX_RATIO = 200
EXTRAS = ("qualcode/codebook.yaml", "qualcode/project.json")


def xml_refusal(exc: Exception, name: str) -> IngestError:
    """The one line a parser's refusal of ``name`` reads as: unsafe XML (an entity, an
    external reference), XML that is not well-formed, or an encoding expat cannot read."""
    from defusedxml import DefusedXmlException

    if isinstance(exc, DefusedXmlException):
        return IngestError(f"{name}: refused unsafe XML ({type(exc).__name__})")
    if isinstance(exc, SyntaxError):  # ElementTree's ParseError
        return IngestError(f"{name}: not well-formed XML ({exc})")
    return IngestError(f"{name}: not readable XML ({exc})")


def _xml(data: bytes, name: str) -> Any:
    import defusedxml.ElementTree as SafeET
    from defusedxml import DefusedXmlException

    try:
        return SafeET.fromstring(data)
    except (DefusedXmlException, SafeET.ParseError, LookupError, ValueError) as exc:
        # an encoding declared that expat cannot read: LookupError, ValueError
        raise xml_refusal(exc, name) from None


def _slug(name: str, taken: dict[str, int]) -> str:
    """A code key made from ``name``, unique among ``taken``: each key handed out, with the
    next number to try after it (``_2``, ``_3``, ...). Counted from 2 every time, a file of
    20,000 codes called alike took minutes (import-qdpx on a 1 MB file stood still for
    190 s), each new code trying every number the ones before it had taken."""
    base = unicodedata.normalize("NFKD", name.lower())
    base = "".join(ch for ch in base if not unicodedata.combining(ch))
    # cut like the other key makers: other tools' code names can be whole sentences, and a
    # key has at most 64 characters (room left for the _N that keeps it unique)
    base = re.sub(r"[^a-z0-9]+", "_", base).strip("_")[:48].rstrip("_") or "code"
    if not base[0].isalpha():
        base = "c_" + base
    key, n = base, taken.get(base, 2)
    while key in taken:
        key, n = f"{base}_{n}", n + 1
    taken[base] = max(n, taken.get(base, 2))
    taken.setdefault(key, 2)
    return key


def codebook_from_codes(codes_element: Any) -> tuple[Codebook, dict[str, str]]:
    """CodeSpecs (keys made from names) and a map from REFI GUID to key."""
    specs: list[CodeSpec] = []
    keys: dict[str, str] = {}
    taken: dict[str, int] = {}  # the keys made, each with the next number to try after it
    twice: list[tuple[str, str | None]] = []  # the first GUID met again, and its code

    def walk(element: Any, parent: str | None, depth: int = 1) -> None:
        if depth > MAX_CODE_DEPTH and _children(element, "Code"):
            raise CodebookError(
                f"codes nest more than {MAX_CODE_DEPTH} levels deep (under {parent!r})"
            )
        for code in _children(element, "Code"):
            # a name as it reads: a zero-width space in it made a second name that looked
            # like the first, which the researcher cannot retype inside another tool's file
            named = without_unseen(code.get("name") or "")
            key = _slug(named or "code", taken)
            code_guid = guid(code.get("guid"))
            if code_guid and code_guid in keys and not twice:
                twice.append((code_guid, code.get("name")))
            keys[code_guid] = key
            description = _child(code, "Description")
            color = code.get("color")
            if color and len(color) == 4:
                color = "#" + "".join(ch * 2 for ch in color[1:])
            specs.append(
                CodeSpec(
                    key=key,
                    parent=parent,
                    names={"en": named or key},
                    definitions={"en": description.text.strip()}
                    if description is not None and description.text and description.text.strip()
                    else {},
                    color=color.lower() if color else None,
                )
            )
            walk(code, key, depth + 1)

    walk(codes_element, None)  # too deep a tree is said first: it is the larger fault
    if twice:
        # two codes under one GUID (a copy-paste, or a code nested inside itself): every
        # selection naming it would land on whichever came last
        code_guid, name = twice[0]
        raise CodebookError(
            f"two codes share the GUID {code_guid} ({name!r} and an earlier one); nothing imported"
        )
    # no title: the file names none, and a loaded codebook heads nothing over the project's own
    return Codebook(name="", codes=tuple(specs)), keys


def read_qdc(path: Path) -> Codebook:
    data = read_user_file(path, CodebookError, "a codebook file", CODEBOOK_LIMIT)
    root = _xml(data, path.name)
    codes = _child(root, "Codes")
    if _local(root.tag) != "CodeBook" or codes is None:
        raise CodebookError(f"{path.name}: not a REFI-QDA codebook (no CodeBook/Codes)")
    try:
        return codebook_from_codes(codes)[0]
    except CodebookError as exc:
        raise CodebookError(f"{path.name}: {exc}") from None


@dataclass(slots=True)
class RefiProject:
    origin: str
    users: dict[str, str] = field(default_factory=dict)  # guid -> name
    codebook: Codebook | None = None
    code_keys: dict[str, str] = field(default_factory=dict)  # guid -> key
    sources: list[dict[str, Any]] = field(default_factory=list)
    notes: dict[str, str] = field(default_factory=dict)  # guid -> text
    # guid -> (creatingUser's guid, creationDateTime), as the Note gives them ("" if not)
    note_origins: dict[str, tuple[str, str]] = field(default_factory=dict)
    code_notes: dict[str, list[str]] = field(default_factory=dict)  # code guid -> note guids
    project_notes: list[str] = field(default_factory=list)
    extras: dict[str, bytes] = field(default_factory=dict)  # qualcode's own members
    # Sets: (name, its sources' GUIDs, how many codes and notes it groups besides)
    sets: list[tuple[str, list[str], int]] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # what was not read, said in the report


def read_sets(sets: Any, project: RefiProject) -> None:
    """Each ``Set`` of the file, in the file's order, a ``Set`` inside another one too: no
    standard nests them, but a tool (or a person) may, and such a set was read by nobody,
    its grouping gone without a word. A nested set is made a set of its own, said in the
    report. Walked without recursion, so no depth of nesting can overflow the stack."""
    waiting: list[tuple[Any, str | None]] = [(s, None) for s in reversed(_children(sets, "Set"))]
    while waiting:
        found, outer = waiting.pop()
        name = found.get("name") or ""
        refs = [guid(m.get("targetGUID")) for m in _children(found, "MemberSource")]
        others = len(_children(found, "MemberCode")) + len(_children(found, "MemberNote"))
        project.sets.append((name, refs, others))
        if outer is not None:
            project.skipped.append(
                f"set {shown(name)}: inside set {shown(outer)}, made a set of its own"
            )
        waiting += [(s, name) for s in reversed(_children(found, "Set"))]
