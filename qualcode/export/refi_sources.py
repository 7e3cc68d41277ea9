"""The sources of a REFI-QDA project read into plain data: texts, a PDF's text, and the
transcripts of recordings; what is not text is named for the import's report.

Untrusted input (see ``refi_read``): positions that are no whole numbers are refused in
one line, and a source's text is read only from the archive itself.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass
from typing import Any

from qualcode.errors import IngestError
from qualcode.zipguard import read_member

_GUID = re.compile(r"^\{?([0-9a-fA-F-]{36})\}?$")


@dataclass(frozen=True, slots=True)
class Package:
    """What every source of one .qdpx is read against: the opened archive, its members by
    their names in lower case (one look-up a source, see ``refi_read``), the project's
    variables by guid (a source's attributes name them) and the file's name, which every
    refusal starts with. One value passed down, so that the three readers of sources (text,
    PDF, transcripts) cannot be handed them in another order."""

    archive: zipfile.ZipFile
    members: dict[str, str]
    variables: dict[str, str]
    name: str


def local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def children(element: Any, name: str) -> list[Any]:
    return [c for c in element if local(c.tag) == name]


def child(element: Any, name: str) -> Any | None:
    found = children(element, name)
    return found[0] if found else None


def guid(value: str | None) -> str:
    match = _GUID.match(value or "")
    return match.group(1).lower() if match else (value or "")


# sources that are no text (NVivo, ATLAS.ti and MAXQDA put policy PDFs, recordings and
# photos beside the transcripts); a PDF's text representation and a recording's
# transcripts are read
_OTHER_SOURCES = {
    "PDFSource": "PDF",
    "PictureSource": "picture",
    "AudioSource": "audio",
    "VideoSource": "video",
}


def other_source(source: Any, package: Package) -> tuple[list[dict[str, Any]], list[str]]:
    """A source that is not text, as the texts read from it and what the report names as
    not read. A PDF is read through its text representation, with the codings of that
    text; a recording through its transcripts (``transcripts``); codings of page regions
    or stretches of a recording, and every other kind of source, are named in the report
    with how many codings they hold. They were passed over without a word, so a project's
    policy PDFs and their codings vanished from an import whose report counted only what
    it read (red team, round 7)."""
    kind = _OTHER_SOURCES.get(local(source.tag))
    if kind is None:
        return [], []
    label = source.get("name") or "source"
    codings = sum(
        len(children(sel, "Coding"))
        for sel in source.iter()
        if local(sel.tag).endswith("Selection")
        and local(sel.tag) not in ("PlainTextSelection", "TranscriptSelection")
    )
    text = child(source, "Representation")
    if kind == "PDF" and text is not None:
        read = text_source(text, package)
        read["guid"] = guid(source.get("guid")) or read["guid"]
        read["name"] = label
        read["attributes"] = {**read["attributes"], **_attributes(source, package.variables)}
        read["notes"] = [guid(n.get("targetGUID")) for n in children(source, "NoteRef")]
        regions = [f"{label}: {_codings(codings)} of regions of its pages"] if codings else []
        return [read], regions
    if kind in ("audio", "video") and children(source, "Transcript"):
        texts, skipped = transcripts(source, package)
        if codings:
            skipped.append(f"{label}: {_codings(codings)} of stretches of the {kind}, not text")
        return texts, skipped
    return [], [f"{label}: {kind}, not text ({_codings(codings)} not imported)"]


def transcripts(source: Any, package: Package) -> tuple[list[dict[str, Any]], list[str]]:
    """A recording's transcripts (``Transcript``: plain text with ``SyncPoint`` marks tying
    character positions to times), each a text with its codings: a ``TranscriptSelection``
    runs from the position of its ``fromSyncPoint`` to that of its ``toSyncPoint``. A
    selection whose marks are missing or carry no position is named in the report. The
    recording's variables are each transcript's attributes; it is named after the
    recording, and after the transcript too when there are several."""
    label = source.get("name") or "source"
    found = children(source, "Transcript")
    read: list[dict[str, Any]] = []
    skipped: list[str] = []
    for transcript in found:
        text = text_source(transcript, package)
        own = transcript.get("name")
        text["name"] = f"{label} - {own}" if len(found) > 1 and own else label
        if len(found) > 1 and not own:
            text["name"] = f"{label} - {len(read) + 1}"
        text["attributes"] = {**_attributes(source, package.variables), **text["attributes"]}
        text["notes"] = [
            guid(n.get("targetGUID"))
            for holder in (source, transcript)
            for n in children(holder, "NoteRef")
        ]
        marks = {
            guid(p.get("guid")): _position(p, "position", package.name)
            for p in children(transcript, "SyncPoint")
            if p.get("position") is not None
        }
        lost = 0
        for sel in children(transcript, "TranscriptSelection"):
            ends = [marks.get(guid(sel.get(a))) for a in ("fromSyncPoint", "toSyncPoint")]
            for coding in children(sel, "Coding"):
                ref = child(coding, "CodeRef")
                if ref is None:
                    continue
                if ends[0] is None or ends[1] is None:
                    lost += 1
                    continue
                text["selections"].append(_selection(sel, coding, ref, ends[0], ends[1]))
        if lost:
            skipped.append(f"{text['name']}: {_codings(lost)} of its transcript without a position")
        read.append(text)
    return read, skipped


def _codings(count: int) -> str:
    return f"{count} coding" if count == 1 else f"{count} codings"


def _selection(sel: Any, coding: Any, ref: Any, start: int, end: int) -> dict[str, Any]:
    """One coding of a selection (a text's or a transcript's) as the import takes it: the
    code it refers to, who made it (the coding's user, else the selection's) and its notes."""
    return {
        "guid": guid(sel.get("guid")),
        "start": start,
        "end": end,
        "code": guid(ref.get("targetGUID")),
        "user": guid(coding.get("creatingUser") or sel.get("creatingUser")),
        "notes": [guid(n.get("targetGUID")) for n in children(sel, "NoteRef")],
        # when it was coded, as the file says ("" if not): kept, not the import's day
        "written": coding.get("creationDateTime") or sel.get("creationDateTime") or "",
    }


def _position(selection: Any, attribute: str, name: str) -> int:
    """A selection's character position; anything but a whole number is refused in one
    line (a hand-edited or foreign .qde), never a traceback."""
    raw = selection.get(attribute) or "0"
    try:
        return int(raw)
    except ValueError:
        raise IngestError(
            f"{name}: selection {selection.get('guid')!r}: {attribute} {raw[:40]!r} "
            "is not a whole number"
        ) from None


def text_source(source: Any, package: Package) -> dict[str, Any]:
    content = child(source, "PlainTextContent")
    text = content.text or "" if content is not None else None
    where = source.get("plainTextPath") or ""
    if text is None and where and not where.startswith("internal://"):
        # absolute:// and relative:// name files on the exporting machine: never read
        raise IngestError(
            f"{package.name}: source {source.get('name')!r} is not in the archive ({where[:80]}); "
            "only the archive's own sources are read, nothing imported"
        )
    if text is None and where.startswith("internal://"):
        wanted = where[len("internal://") :]
        member = package.members.get(f"sources/{wanted}".lower())
        if member is None:
            raise IngestError(
                f"{package.name}: source {source.get('name')!r} points to missing {where}"
            )
        text = read_member(package.archive, member, package.name).decode(
            "utf-8-sig", errors="replace"
        )
    selections = []
    for sel in children(source, "PlainTextSelection"):
        for coding in children(sel, "Coding"):
            ref = child(coding, "CodeRef")
            if ref is None:
                continue
            start = _position(sel, "startPosition", package.name)
            end = _position(sel, "endPosition", package.name)
            selections.append(_selection(sel, coding, ref, start, end))
    attributes = _attributes(source, package.variables)
    return {
        "guid": guid(source.get("guid")),
        "name": source.get("name") or "source",
        "text": text or "",
        "selections": selections,
        "attributes": attributes,
        "notes": [guid(n.get("targetGUID")) for n in children(source, "NoteRef")],
    }


def _attributes(source: Any, variables: dict[str, str]) -> dict[str, str]:
    """A source's variable values by variable name (its attributes)."""
    attributes: dict[str, str] = {}
    for value in children(source, "VariableValue"):
        ref = child(value, "VariableRef")
        if ref is None:
            continue
        for kind in (
            "TextValue",
            "IntegerValue",
            "FloatValue",
            "BooleanValue",
            "DateValue",
            "DateTimeValue",
        ):
            element = child(value, kind)
            if element is not None and element.text:
                attributes[variables.get(guid(ref.get("targetGUID")), "variable")] = element.text
    return attributes
