"""What a .qdpx that qualcode wrote carries beside the REFI-QDA standard, read back on
import: the codebook's keys and both its languages, coders' roles, the consensus layer and
who decided it, each source's language and each coder's status of it, translations, pinned
quotes, each turn's time in the recording and a passage memo's passage; and the sources
read with them (turns, language, sentence units) before the import's write transaction
opens. A file from another tool, or one whose members are damaged, keeps the standard's
view. Kept apart from ``refi_import.py``, which writes it.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from qualcode.errors import QualcodeError
from qualcode.model import LANGS, Pseudonym, Turn


@dataclass(slots=True)
class Qualcode:
    """What a .qdpx written by qualcode carries beside the standard (empty otherwise)."""

    roles: dict[str, str] = field(default_factory=dict)  # user guid -> coder | lead
    consensus: set[str] = field(default_factory=set)  # selection guids
    languages: dict[str, str] = field(default_factory=dict)  # source guid -> sv | en
    deciders: dict[str, str] = field(default_factory=dict)  # consensus user guid -> lead
    translations: dict[str, dict[str, str]] = field(default_factory=dict)  # guid -> lang -> text
    pinned: set[str] = field(default_factory=set)  # selection guids of exemplars
    # source guid -> user guid -> todo | in_progress | done
    statuses: dict[str, dict[str, str]] = field(default_factory=dict)
    # selection guid -> how the coding was made, where not by hand; None: the file says
    # nothing of it (another tool's, an older qualcode's), its codings are "import"
    origins: dict[str, str] | None = None
    passages: dict[str, tuple[int, int]] = field(default_factory=dict)  # note guid -> span
    # source guid -> each turn's (start, end) in the recording: a .vtt's or .srt's cues
    times: dict[str, list[tuple[float | None, float | None]]] = field(default_factory=dict)
    # the pseudonym key a lead's real-names copy carries (``qdpx_key.py``)
    key: list[Pseudonym] = field(default_factory=list)
    coders: dict[str, str] = field(default_factory=dict)  # a user's name -> own pseudonym
    # the codebook and its keys came from qualcode's own member: another tool's keys are
    # made from names and are matched with the project's codes (``refi_codes.py``)
    restored: bool = False


def qualcode_extras(refi: Any, name: str) -> Qualcode:
    """Restore keys, both languages of the codebook, roles and layers from qualcode's own
    members; a file from another tool (or with damaged members) keeps the standard's view."""
    from qualcode import jsonguard
    from qualcode.codebook import parse_codebook
    from qualcode.project.qdpx_key import read_coder_entries, read_key

    found = Qualcode()
    if "qualcode/project.json" not in refi.extras or "qualcode/codebook.yaml" not in refi.extras:
        return found
    try:
        meta = jsonguard.loads(refi.extras["qualcode/project.json"].decode("utf-8"))
        book = parse_codebook(refi.extras["qualcode/codebook.yaml"].decode("utf-8"), name)
        keys = {str(k).lower(): str(v) for k, v in dict(meta["code_keys"]).items()}
        found.roles = {str(k).lower(): str(v) for k, v in dict(meta["roles"]).items()}
        found.consensus = {str(g).lower() for g in meta["consensus"]}
        # a language qualcode does not read ('xx', 'SV') is none: the text's own is
        # guessed; stored, it broke the import in a traceback (hostile48)
        languages = dict(meta["languages"]).items()
        found.languages = {str(k).lower(): v for k, v in languages if v in LANGS}
        deciders = dict(meta.get("consensus_users", {}))
        found.deciders = {str(k).lower(): str(v) for k, v in deciders.items()}
        # what follows is the team's work beside the codebook and the layers: a damaged
        # entry loses itself, never the member (a status given as text, not by coder,
        # re-keyed every code from its name and dropped every passage: hostile48)
        found.translations = {
            str(k).lower(): {str(lang): str(t) for lang, t in _entries(v) if lang in LANGS}
            for k, v in _entries(meta.get("translations"))
        }
        pinned = meta.get("pinned")
        found.pinned = {str(g).lower() for g in pinned} if isinstance(pinned, list) else set()
        found.statuses = {
            str(doc).lower(): {str(u).lower(): str(s) for u, s in _entries(by) if s in _STATUS}
            for doc, by in _entries(meta.get("statuses"))
        }
        if "origins" in meta:
            made = _entries(meta["origins"])
            found.origins = {str(g).lower(): str(o) for g, o in made if o in _ORIGINS}
        found.passages = {
            str(g).lower(): (span[0], span[1])
            for g, span in _entries(meta.get("passages"))
            if _span(span)
        }
        found.key = read_key(meta.get("pseudonym_key"))
        found.coders = read_coder_entries(meta.get("coder_key"), refi.users)
        found.times = {
            str(k).lower(): [(_seconds(a), _seconds(b)) for a, b in v]
            for k, v in _entries(meta.get("turn_times"))
            if isinstance(v, list) and all(isinstance(t, list) and len(t) == 2 for t in v)
        }
    except (ValueError, KeyError, TypeError, UnicodeDecodeError, QualcodeError):
        return Qualcode()
    if set(keys.values()) == {c.key for c in book.codes}:
        refi.codebook, refi.code_keys = book, keys
        found.restored = True
    return found


def _entries(value: Any) -> list[tuple[Any, Any]]:
    """A mapping's entries; nothing for what is not one (a damaged entry)."""
    return list(value.items()) if isinstance(value, dict) else []


def _span(value: Any) -> bool:
    """Whether ``value`` is a passage's span as qualcode writes it: two offsets, in order."""
    if not isinstance(value, list) or len(value) != 2:
        return False
    a, b = value
    return type(a) is int and type(b) is int and 0 <= a < b


_STATUS = ("todo", "in_progress", "done")
_ORIGINS = ("manual", "suggestion", "import", "decision", "search")


def origin_of(own: Qualcode, selection: str) -> str:
    """How the coding of ``selection`` was made, as qualcode's own file says; "import"
    where it says nothing. Read again as "import", every coding of a study re-read through
    its .qdpx changed the methods paragraph ("all 15 ... imported from earlier coding",
    where 3 had been accepted suggestions) (user47). A decision's consensus comes in as
    "import": the file carries no decision, and a consensus coding marked a decision's
    is changed only by deciding its case again, so the lead could neither remove it nor
    decide it away, 'reject' leaving it standing (review47)."""
    if own.origins is None:
        return "import"
    made = own.origins.get(selection, "manual")
    return "import" if made == "decision" else made


def passage_of(own: Qualcode, note: str, text: str) -> tuple[int, int] | None:
    """The passage a memo on a document is about, where qualcode's own file kept one that
    lies in ``text`` (widened to whole characters, as every span is); None: the document."""
    from qualcode.graphemes import whole_characters

    span = own.passages.get(note)
    if span is None or span[1] > len(text):
        return None
    return whole_characters(text, *span)


def _seconds(value: Any) -> float | None:
    """A turn's time from qualcode's own member: seconds, or None (a damaged one: None)."""
    ok = isinstance(value, int | float) and not isinstance(value, bool) and value >= 0
    return float(value) if ok else None


def _timed(
    turns: tuple[Turn, ...], times: list[tuple[float | None, float | None]] | None
) -> tuple[Turn, ...]:
    """The turns with the times qualcode's file kept for them, when they are as many (a
    text changed on the way keeps its turns untimed, never timed wrongly)."""
    if not times or len(times) != len(turns):
        return turns
    return tuple(
        replace(turn, start_time=start, end_time=end)
        for turn, (start, end) in zip(turns, times, strict=True)
    )


def read_source(src: dict[str, Any], text: str, own: Qualcode) -> tuple[Any, str, Any] | None:
    """A source's speaker turns, language and sentence units (None: an empty text,
    skipped). The costly part of an import, done before its write transaction opens."""
    from qualcode.ingest import find_turns, guess_language
    from qualcode.nlp.units import segment

    if not text.strip():
        return None
    turns = _timed(find_turns(text), own.times.get(src["guid"]))
    lang = own.languages.get(src["guid"]) or guess_language(text)
    return turns, lang, segment(text, turns, lang)
