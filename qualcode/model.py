"""The domain: frozen dataclasses shared by every layer.

Pure Python that imports nothing from qualcode, so the store, the engines and the faces
can all speak it. Offsets are Python string indices (code points) into a document's
stored text, which is normalised once at import and never changed afterwards.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from typing import Literal, TypeGuard, TypeVar

Lang = Literal["sv", "en"]
LANGS: tuple[Lang, ...] = ("sv", "en")
Role = Literal["coder", "lead"]
Layer = Literal["coder", "consensus"]
Origin = Literal["manual", "suggestion", "import", "decision", "search"]
DocStatus = Literal["todo", "in_progress", "done"]


# How many levels a codebook may nest (a top code is level 1). Real codebooks use three or
# four; the limit keeps every reader and writer that walks the tree (REFI-QDA's nested
# XML, the TUI's tree) far from Python's recursion limit.
MAX_CODE_DEPTH = 40

# How many live codes a project holds. A codebook of a few hundred codes is large; a
# spreadsheet of a million rows loaded as a codebook (a survey's data, not its codes) took
# six minutes and 3 GB and left a project whose every code list was that long (red team 43).
MAX_CODES = 50_000


# A code's colour: '#rrggbb', the one form every face draws (rich, HTML, docx, REFI-QDA).
HEX_COLOUR = re.compile(r"#[0-9a-fA-F]{6}\Z")


def drawable_colour(value: object) -> str | None:
    """A stored colour if it is '#rrggbb', else None (the faces' palette then colours the
    code). A project written before colours were checked may hold '#zzzzzz' or 'red on
    blue'; drawn as it is, rich raises ColorParseError and the coding screen dies, and an
    export would carry a colour no reader takes back."""
    return value if isinstance(value, str) and HEX_COLOUR.match(value) else None


@dataclass(frozen=True, slots=True)
class Turn:
    """A speaker turn: ``start``/``end`` cover what was said, not the speaker label."""

    idx: int
    speaker: str | None
    start: int
    end: int
    start_time: float | None = None
    end_time: float | None = None


@dataclass(frozen=True, slots=True)
class Unit:
    """A sentence unit inside one turn: the grain of suggestions and agreement."""

    idx: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Document:
    """A stored transcript; ``text`` is immutable once imported."""

    id: str
    name: str
    lang: Lang
    text: str
    sha256: str
    source_path: str | None
    imported_at: str
    attributes: Mapping[str, str] = field(default_factory=dict)

    @property
    def word_count(self) -> int:
        return len(self.text.split())


# what every document has of its own, in every table of documents (the API's frames, the
# reports' joins by id): an attribute of one of these names took the document's place there
DOCUMENT_COLUMNS = ("id", "name", "lang", "words", "imported_at")


@dataclass(frozen=True, slots=True)
class DocumentSummary:
    """A document without its text, for lists that must not load every transcript."""

    id: str
    name: str
    lang: Lang
    words: int
    imported_at: str
    attributes: Mapping[str, str] = field(default_factory=dict)
    # True on what ``import_text`` returns when the stored text is not the start of the
    # string it was given (a trailing space, a third line end, CRLF, a decomposed letter):
    # offsets worked out on the string then move; ``qualcode.offset_in_stored`` says where
    # (types47)
    normalised: bool = False


@dataclass(frozen=True, slots=True)
class DocumentSet:
    """A named group of documents the team made (NVivo's set, ATLAS.ti's document group):
    its live members' ids in the documents list's order, who made it and when."""

    id: str
    name: str
    documents: tuple[str, ...]
    created_by: str
    created_at: str


@dataclass(frozen=True, slots=True)
class ToEmbed:
    """A document whose sentences the semantic tier has not embedded yet, and how many of
    its words still need it (the measure of the work: embedding runs at words per second)."""

    document: DocumentSummary
    words: int
    sentences: int


@dataclass(frozen=True, slots=True)
class EmbeddingPlan:
    """What is left to embed: the engine's own texts (codebook, coded passages, no-code
    talk; embedded with the first document) and the documents, in the order to embed them."""

    engine_words: int = 0
    documents: tuple[ToEmbed, ...] = ()

    @property
    def words(self) -> int:
        return self.engine_words + sum(d.words for d in self.documents)


@dataclass(frozen=True, slots=True)
class Code:
    """A code of the codebook; per-language fields are mappings keyed by language."""

    id: str
    key: str
    parent_id: str | None = None
    names: Mapping[str, str] = field(default_factory=dict)
    definitions: Mapping[str, str] = field(default_factory=dict)
    inclusion: Mapping[str, str] = field(default_factory=dict)
    exclusion: Mapping[str, str] = field(default_factory=dict)
    keywords: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    examples: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    # how the code is also spoken of in a register its examples lack (a news item, a report):
    # the engine reads them for what the code sounds like, never fits its line on them
    further_examples: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    # the stems of each side the code joins, per language (codebook/parts.py): a modest
    # suggestion whose paragraph names no stem of one part is held under the line
    parts: Mapping[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    color: str | None = None
    shortcut: str | None = None
    deleted_at: str | None = None

    def name(self, lang: str = "en") -> str:
        """The name in ``lang``, falling back to any language, then the key."""
        return self.names.get(lang) or next(iter(self.names.values()), "") or self.key


@dataclass(frozen=True, slots=True)
class Codebook:
    """A codebook as read from a file, before it is stored (codes have no ids yet)."""

    name: str
    codes: tuple[CodeSpec, ...]
    parents: Mapping[str, str | None] = field(default_factory=dict)
    # the title in each language, when the file gives one per language (``codebook:`` with
    # sv and en): a Swedish export is headed in Swedish; ``name`` is the English, or the one
    titles: Mapping[str, str] = field(default_factory=dict)

    def engine_codes(self) -> list[Code]:
        """The file's codes as the suggestion engine is given them, each with its key for
        an id (no project has given it one): the one conversion the engine's tests and the
        benchmarks share, so that they learn from the same fields."""
        return [
            Code(
                id=s.key,
                key=s.key,
                names=s.names,
                definitions=s.definitions,
                inclusion=s.inclusion,
                exclusion=s.exclusion,
                keywords=s.keywords,
                examples=s.examples,
                further_examples=s.further_examples,
                parts=s.parts,
            )
            for s in self.codes
        ]


@dataclass(frozen=True, slots=True)
class CodeSpec:
    """One code as written in a codebook file; ``parent`` is the parent's key."""

    key: str
    parent: str | None = None
    names: Mapping[str, str] = field(default_factory=dict)
    definitions: Mapping[str, str] = field(default_factory=dict)
    inclusion: Mapping[str, str] = field(default_factory=dict)
    exclusion: Mapping[str, str] = field(default_factory=dict)
    keywords: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    examples: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    # examples of how the code is also spoken of in other registers (a minister's visit told
    # as news where the examples are interview talk): they widen what the code sounds like
    # to the suggestion engine without teaching it where the code's line lies, which
    # examples in a register the material rarely has would move for every code
    further_examples: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    # per language, the stems of each side of what the code joins (money; a long horizon):
    # the engine holds a modest suggestion back where its paragraph lacks a part
    parts: Mapping[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    color: str | None = None
    shortcut: str | None = None


CodeT = TypeVar("CodeT", Code, CodeSpec)


def with_texts(code: CodeT, change: Callable[[str], str]) -> CodeT:
    """``code`` (a stored ``Code`` or a file's ``CodeSpec``) with ``change`` applied to every
    text a reader sees, in each language: names, definitions, when to use it and not,
    keywords and examples (further ones too) and the stems of its parts; its key, parent,
    colour and shortcut stay as they are. One list of those fields for everything that
    rewrites a code's texts (composing letters in the store, the pseudonym key in exports),
    so a field added later is rewritten by both."""

    def texts(field: Mapping[str, str]) -> dict[str, str]:
        return {lang: change(text) for lang, text in field.items()}

    def lists(field: Mapping[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
        return {lang: tuple(change(t) for t in items) for lang, items in field.items()}

    return replace(
        code,
        names=texts(code.names),
        definitions=texts(code.definitions),
        inclusion=texts(code.inclusion),
        exclusion=texts(code.exclusion),
        keywords=lists(code.keywords),
        examples=lists(code.examples),
        further_examples=lists(code.further_examples),
        parts={
            lang: tuple(tuple(change(s) for s in part) for part in each)
            for lang, each in code.parts.items()
        },
    )


@dataclass(frozen=True, slots=True)
class Coder:
    id: str
    name: str
    role: Role


@dataclass(frozen=True, slots=True)
class Coding:
    """A coded segment; ``code``/``coder`` carry the key and name for convenience."""

    id: str
    document_id: str
    start: int
    end: int
    code_id: str
    code: str
    coder_id: str
    coder: str
    layer: Layer
    origin: Origin
    created_at: str
    suggestion_id: str | None = None
    deleted_at: str | None = None


@dataclass(frozen=True, slots=True)
class Memo:
    id: str
    target_kind: MemoTarget
    target_id: str
    author: str
    text: str
    created_at: str
    # a memo on a passage: a document memo with the span (code points) it is about
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True, slots=True)
class AuditEntry:
    id: str
    at: str
    actor: str
    action: str
    payload: Mapping[str, object] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Suggestion:
    """A candidate segment proposed by the suggestion engine, with why it was proposed."""

    id: str
    document_id: str
    start: int
    end: int
    code_id: str
    code: str
    score: float
    method: str
    evidence: Mapping[str, object]
    model_version: str
    status: Literal["pending", "accepted", "rejected"]
    created_at: str
    decided_by: str | None = None
    decided_at: str | None = None


# names qualcode itself gives, as ``oneline.reads_as`` reads them: the reconciled layer
# ("consensus" in agreement tables, the engine's training and `suggest evaluate --against
# consensus`) and its own actions in the audit log ("qualcode"). No coder is named so
# (project/coders.py), and a lookup of one is never told to add her (store/people.py)
RESERVED_CODER_NAMES = {
    "consensus": "the reconciled codings (agreement with the consensus, evaluate --against)",
    "qualcode": "qualcode's own actions in the audit log",
}


# "coder": a coder's own pseudonym, kept apart from the participants' key (a coder is never
# printed as a participant of her name); not a kind of name found in the texts
PseudonymKind = Literal["speaker", "person", "workplace", "place", "other", "coder"]
PSEUDONYM_KINDS: tuple[str, ...] = ("speaker", "person", "workplace", "place", "other")
MemoTarget = Literal["document", "coding", "code", "project"]
MEMO_TARGETS: tuple[str, ...] = ("document", "coding", "code", "project")


# Narrowing a string read from a user or a file to one of the domain's closed sets, once it
# has been checked, so the type checker follows the check instead of being told to look away.
def is_role(value: str) -> TypeGuard[Role]:
    return value in ("coder", "lead")


def is_memo_target(value: str) -> TypeGuard[MemoTarget]:
    return value in MEMO_TARGETS


def is_pseudonym_kind(value: str) -> TypeGuard[PseudonymKind]:
    return value in PSEUDONYM_KINDS


@dataclass(frozen=True, slots=True)
class Pseudonym:
    """One entry of the pseudonym key: a real name and what every export prints instead."""

    real: str
    pseudonym: str
    kind: PseudonymKind = "person"
    # proposed by qualcode (``pseudonym suggest``), not typed: a place's is printed in each
    # export's language ("Kommun A" in Swedish, "Municipality A" in English)
    generated: bool = False


# The ONE bootstrap setting behind every interval of alpha (`qualcode agree`, the summary,
# the TUI): stated with its seed in the methods paragraph, so the same project always
# prints the same interval.
BOOTSTRAP_RESAMPLES = 1000
BOOTSTRAP_SEED = 0
