"""REFI-QDA (QDA-XML 1.0) export: .qdc codebooks and .qdpx projects for NVivo, ATLAS.ti,
MAXQDA and QualCoder.

Positions are 0-based Unicode code points with an exclusive end over the plain text we
write ourselves (UTF-8, ``\\n`` line endings, no BOM): exactly qualcode's own offsets, so no
conversion is needed on the way out. Element order follows the schema's sequences.
"""

from __future__ import annotations

import time
import uuid
import zipfile
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO
from xml.etree import ElementTree as ET

from qualcode.export.cells import xml_text
from qualcode.export.refi_text import derived_guid, source_text
from qualcode.model import Code, Coder, Coding, Memo

CODEBOOK_NS = "urn:QDA-XML:codebook:1.0"
PROJECT_NS = "urn:QDA-XML:project:1.0"


@dataclass(frozen=True, slots=True)
class SourceSet:
    """A document set as a REFI-QDA Set: its id (the Set's GUID), name and documents."""

    id: str
    name: str
    documents: Sequence[str]


@dataclass(frozen=True, slots=True)
class SourceDoc:
    id: str
    name: str
    text: str
    attributes: Mapping[str, str]


def consensus_user_guid(coder_id: str) -> str:
    """The user that makes a lead's consensus codings in a .qdpx."""
    return derived_guid("consensus", coder_id)


def _codes_tree(
    parent: ET.Element,
    codes: Sequence[Code],
    ns: str,
    lang: str,
    notes_on: Mapping[str, list[str]] | None = None,
) -> None:
    children: dict[str | None, list[Code]] = {}
    for code in codes:
        children.setdefault(code.parent_id, []).append(code)

    def add(into: ET.Element, code: Code) -> None:
        attrs = {"guid": code.id, "name": code.name(lang), "isCodable": "true"}
        if code.color:
            attrs["color"] = code.color
        element = ET.SubElement(into, f"{{{ns}}}Code", attrs)
        description = code.definitions.get(lang) or next(iter(code.definitions.values()), "")
        if description:
            ET.SubElement(element, f"{{{ns}}}Description").text = description
        for note in (notes_on or {}).get(code.id, []):  # memos on the code (project only)
            ET.SubElement(element, f"{{{ns}}}NoteRef", {"targetGUID": note})
        for child in children.get(code.id, []):
            add(element, child)

    for top in children.get(None, []):
        add(parent, top)


def _serialised(root: ET.Element) -> bytes:
    """The XML as bytes, without the characters XML 1.0 forbids: ElementTree writes a
    vertical tab or form feed from a memo or a document name as it is, and every reader,
    qualcode's own among them, then refuses the whole file as not well-formed. Those
    characters cannot be part of the markup, so they are removed from the text as written."""
    text = ET.tostring(root, encoding="unicode")
    return (_HEADER + xml_text(text)).encode("utf-8")


_HEADER = '<?xml version="1.0" encoding="utf-8"?>\n'


def codebook_xml(codes: Sequence[Code], origin: str, lang: str = "en") -> bytes:
    """A .qdc document (root CodeBook)."""
    ET.register_namespace("", CODEBOOK_NS)
    root = ET.Element(f"{{{CODEBOOK_NS}}}CodeBook", {"origin": origin})
    _codes_tree(ET.SubElement(root, f"{{{CODEBOOK_NS}}}Codes"), codes, CODEBOOK_NS, lang)
    return _serialised(root)


def project_parts(
    name: str,
    origin: str,
    created: str,
    coders: Sequence[Coder],
    codes: Sequence[Code],
    documents: Sequence[SourceDoc],
    codings: Sequence[Coding],
    memos: Sequence[Memo],
    lang: str = "en",
    participants: Mapping[str, Sequence[str]] | None = None,
    sets: Sequence[SourceSet] = (),
    *,
    sources: Iterable[tuple[SourceDoc, Sequence[Coding]]] | None = None,
    consensus: Mapping[str, str] | None = None,
) -> Iterator[bytes]:
    """The project.qde of a .qdpx in parts (``write_qdpx`` writes each into the archive
    as it comes): users, codebook, variables, cases, sources with codings, notes.

    Consensus codings are made by a user named for the consensus (one per lead who
    decided), not by the lead as a coder; each memo's author is its note's creator; each
    participant (``participants``: document id -> its participants' pseudonyms, two
    for a pair interview) is a case holding their
    interviews' variables; each document set is a Set of MemberSources (NVivo's sets,
    ATLAS.ti's document groups, MAXQDA's document sets).

    ``sources`` (each document with its codings, made as it is asked for) and
    ``consensus`` (each consensus coder's id and name) stand for ``documents``' texts and
    ``codings``: a source at a time is held, never the project's every text and coding (a
    study of 2 GB took several times that in memory). ``documents`` then gives only the
    names, attributes and order, and their texts are not read.
    """
    n = f"{{{PROJECT_NS}}}"
    ET.register_namespace("", PROJECT_NS)
    root = ET.Element(f"{n}Project", {"name": name, "origin": origin, "creationDateTime": created})
    by_name = {c.name: c.id for c in coders}
    if consensus is None:
        consensus = {c.coder_id: c.coder for c in codings if c.layer == "consensus"}
    consensus_user = {
        coder_id: (consensus_user_guid(coder_id), f"consensus ({coder})")
        for coder_id, coder in consensus.items()
    }
    if coders or consensus_user:
        users = ET.SubElement(root, f"{n}Users")
        for coder in coders:
            ET.SubElement(users, f"{n}User", {"guid": coder.id, "name": coder.name})
        for guid, user in sorted(consensus_user.values()):
            ET.SubElement(users, f"{n}User", {"guid": guid, "name": user})
    notes_on: dict[str, list[str]] = {}
    for memo in memos:
        notes_on.setdefault(memo.target_id, []).append(memo.id)
    if codes:
        _codes_tree(
            ET.SubElement(ET.SubElement(root, f"{n}CodeBook"), f"{n}Codes"),
            codes,
            PROJECT_NS,
            lang,
            notes_on,
        )
    keys = sorted({k for d in documents for k in d.attributes})
    variables = {k: derived_guid("variable", k) for k in keys}
    if keys:
        element = ET.SubElement(root, f"{n}Variables")
        for key in keys:
            ET.SubElement(
                element,
                f"{n}Variable",
                {"guid": variables[key], "name": key, "typeOfVariable": "Text"},
            )
    _cases(root, n, documents, participants or {}, keys, variables)
    by_doc: dict[str, list[Coding]] = {}
    for coding in codings:
        by_doc.setdefault(coding.document_id, []).append(coding)
    # each source's element is made and written out on its own (``_serialised``): the
    # tree of every coding, three elements each, and its written pieces were most of the
    # gigabyte a .qdpx of 200k codings took
    mark = f"qualcode-sources-{uuid.uuid4().hex}" if documents else None
    if documents:
        ET.SubElement(root, f"{n}Sources").text = mark

    def source(doc: SourceDoc, n: str) -> ET.Element:
        """The document's TextSource with its codings, notes and variables (tags in
        ``n``: the namespace, or none for one written out on its own)."""
        element = ET.Element(
            f"{n}TextSource",
            {"guid": doc.id, "name": doc.name, "plainTextPath": f"internal://{doc.id}.txt"},
        )
        for coding in by_doc.get(doc.id, []):
            maker = consensus_user[coding.coder_id][0] if coding.layer == "consensus" else None
            selection = ET.SubElement(
                element,
                f"{n}PlainTextSelection",
                {
                    "guid": coding.id,
                    "name": doc.text[coding.start : coding.end][:60],
                    "startPosition": str(coding.start),
                    "endPosition": str(coding.end),
                    "creatingUser": maker or coding.coder_id,
                    "creationDateTime": coding.created_at,
                },
            )
            tag = ET.SubElement(
                selection,
                f"{n}Coding",
                {
                    "guid": derived_guid("coding", coding.id),
                    "creatingUser": maker or coding.coder_id,
                    "creationDateTime": coding.created_at,
                },
            )
            ET.SubElement(tag, f"{n}CodeRef", {"targetGUID": coding.code_id})
            for note in notes_on.get(coding.id, []):
                ET.SubElement(selection, f"{n}NoteRef", {"targetGUID": note})
        for note in notes_on.get(doc.id, []):
            ET.SubElement(element, f"{n}NoteRef", {"targetGUID": note})
        for key in keys:
            if doc.attributes.get(key):
                value = ET.SubElement(element, f"{n}VariableValue")
                ET.SubElement(value, f"{n}VariableRef", {"targetGUID": variables[key]})
                ET.SubElement(value, f"{n}TextValue").text = doc.attributes[key]
        return element

    if memos:
        notes = ET.SubElement(root, f"{n}Notes")
        for memo in memos:
            attrs = {
                "guid": memo.id,
                "name": f"{memo.author}: {memo.text[:40]}",
                "creationDateTime": memo.created_at,
            }
            if memo.author in by_name:  # the memo's author is the note's creator
                attrs["creatingUser"] = by_name[memo.author]
            note_element = ET.SubElement(notes, f"{n}Note", attrs)
            ET.SubElement(note_element, f"{n}PlainTextContent").text = memo.text
    _sets(root, n, sets, {d.id for d in documents})
    for memo in memos:
        if memo.target_kind == "project":
            ET.SubElement(root, f"{n}NoteRef", {"targetGUID": memo.id})
    if mark is None:
        yield _serialised(root)
        return
    text = ET.tostring(root, encoding="unicode")
    head, found, tail = text.partition(f">{mark}<")
    if sources is not None and (not found or mark in tail):
        # no tree of sources to fall back on: a mark that is in no text (a uuid4's is)
        mark = f"qualcode-sources-{uuid.uuid4().hex}-{uuid.uuid4().hex}"
        holder = root.find(f"{n}Sources")
        assert holder is not None
        holder.text = mark
        text = ET.tostring(root, encoding="unicode")
        head, found, tail = text.partition(f">{mark}<")
        if not found or mark in tail:
            raise ValueError("project.qde: the sources' place could not be marked")
    if not found or mark in tail:  # the mark in a text too (never so far): the whole tree
        holder = root.find(f"{n}Sources")
        assert holder is not None
        holder.text = None
        holder.extend(source(doc, n) for doc in documents)
        yield _serialised(root)
        return
    # the same bytes as the whole tree written at once: below the root, which declares
    # the namespace as the default, every element is written by its own name; a source at
    # a time, never the whole text (of 200k codings: 105 MB, held as its pieces, their
    # bytes and the joined bytes at once, the export's peak of 606 MB)
    yield (_HEADER + xml_text(head) + ">").encode("utf-8")

    def maker(coding: Coding) -> str:
        return (
            consensus_user[coding.coder_id][0] if coding.layer == "consensus" else coding.coder_id
        )

    each = ((d, by_doc.get(d.id, [])) for d in documents) if sources is None else sources
    for doc, its in each:  # as ``source`` makes it, written as text (``refi_text``)
        values = [(variables[k], doc.attributes[k]) for k in keys if doc.attributes.get(k)]
        yield source_text(doc, its, notes_on, values, maker).encode("utf-8")
    yield ("<" + xml_text(tail)).encode("utf-8")


def _sets(root: ET.Element, n: str, sets: Sequence[SourceSet], sources: set[str]) -> None:
    """``Sets`` after ``Notes`` (the schema's order), only when there is a set: an empty
    ``<Sets/>`` is invalid. A member that is not among the sources written is left out."""
    if not sets:
        return
    element = ET.SubElement(root, f"{n}Sets")
    for found in sets:
        member = ET.SubElement(element, f"{n}Set", {"guid": found.id, "name": found.name})
        for doc_id in found.documents:
            if doc_id in sources:
                ET.SubElement(member, f"{n}MemberSource", {"targetGUID": doc_id})


def _cases(
    root: ET.Element,
    n: str,
    documents: Sequence[SourceDoc],
    participants: Mapping[str, Sequence[str]],
    keys: Sequence[str],
    variables: Mapping[str, str],
) -> None:
    """One case per participant: their interviews' variables and the interviews."""
    docs_of: dict[str, list[SourceDoc]] = {}
    for doc in documents:
        for person in participants.get(doc.id, ()):
            docs_of.setdefault(person, []).append(doc)
    if not docs_of:
        return
    cases = ET.SubElement(root, f"{n}Cases")
    for person, docs in docs_of.items():
        case = ET.SubElement(
            cases, f"{n}Case", {"guid": derived_guid("case", person), "name": person}
        )
        for key in keys:
            value = next((d.attributes[key] for d in docs if d.attributes.get(key)), None)
            if value:
                element = ET.SubElement(case, f"{n}VariableValue")
                ET.SubElement(element, f"{n}VariableRef", {"targetGUID": variables[key]})
                ET.SubElement(element, f"{n}TextValue").text = value
        for doc in docs:
            ET.SubElement(case, f"{n}SourceRef", {"targetGUID": doc.id})


def write_qdpx(
    path: Path | IO[bytes],
    project: bytes | Iterable[bytes],
    documents: Iterable[SourceDoc],
    extras: Mapping[str, bytes] | None = None,
) -> Path | IO[bytes]:
    """The .qdpx zip (into an open binary handle from the project's one writer, or a
    path): project.qde (whole, or its parts as ``project_parts`` makes them), one UTF-8
    plain-text file per source, and qualcode's own members (``qualcode/...``: what
    QDA-XML has no place for, such as code keys, both languages of the codebook and the
    consensus layer). Other tools ignore them. ``documents`` is read after the last part
    of project.qde, a document at a time (the export reads each text back from where it
    put it aside while project.qde was written)."""
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        # the member ``writestr`` makes (its time, its permissions), its parts compressed
        # as they come; whole or in parts, the same bytes in the archive
        member = zipfile.ZipInfo("project.qde", time.localtime(time.time())[:6])
        member.compress_type = zipfile.ZIP_DEFLATED
        member.external_attr = 0o600 << 16
        # its size is not known until the last part: zipfile refuses a member past 2 GiB
        # unless told first that it may be one (a national study's export failed at its
        # very end, "File size too large"), so the member always may
        with archive.open(member, "w", force_zip64=True) as into:
            for part in (project,) if isinstance(project, bytes) else project:
                into.write(part)
        for doc in documents:
            archive.writestr(f"sources/{doc.id}.txt", doc.text.encode("utf-8"))
        for name, data in (extras or {}).items():
            archive.writestr(name, data)
    return path
