"""An audit entry said in one line, as the audit trail lists it: its fields without ids,
codes by their names, qualcode's own words (an action, a verdict, a field's name) in the
words asked for: ``PlainWords``, the stored forms ``qualcode audit`` prints, or the audit
screen's language (``tui/audit_words.py``). Apart from ``audit_trail.py``, which reads the
log and places each entry, since this needs no project: a payload in, a line out.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Protocol

# what a line never shows: ids (the document gets a column of its own) and the bulky
# records a decision keeps for the file (each coder's spans, the consensus written)
_NOT_SAID = frozenset(
    {
        "case",
        "coding",
        "comment",
        "decision",
        "document",
        "memo",
        "coder",
        "sha256",
        "versions",
        "consensus",
        "supersedes",
        "reopens",
        "for",
    }
)
# fields whose values are codes' keys, said by the code's name where ``words`` knows it;
# "from", "to" and "into" only where the entry is about a code or a coding (a document
# set's or a pseudonym's "from" is a name someone typed)
_CODE_FIELDS = frozenset({"parent", "created", "updated"})
_MOVED_FIELDS = frozenset({"from", "to", "into"})
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


class TrailWords(Protocol):
    """The words an entry is said in. ``PlainWords``: as ``qualcode audit`` prints it (the
    stored forms, English); the TUI's audit screen gives its interface language's, so the
    Swedish screen no longer read "lena for karin" or "accept:karin with johan"."""

    def action(self, action: str) -> str:
        """What was done (``coding.add``), as a reader of this language reads it."""
        ...

    def acted_for(self, actor: str, whom: str) -> str:
        """A lead at the keyboard acting for a coder."""
        ...

    def verdict(self, verdict: str) -> str:
        """A decision's verdict (``accept:karin``, ``union``, ``span:10-20``)."""
        ...

    def joined_with(self, people: str) -> str:
        """Who took part in a decision, after its verdict (" with johan, karin")."""
        ...

    def field(self, name: str) -> str:
        """A payload field's name before its value."""
        ...

    def value(self, name: str, value: str) -> str:
        """A payload field's value (a layer, a status, "real names")."""
        ...

    def code(self, key: str) -> str:
        """A code the entry names, by its key as stored (``long_term_economics``)."""
        ...


class PlainWords:
    """The stored forms, as ``qualcode audit`` prints them and a lead types them after
    ``--action``."""

    def action(self, action: str) -> str:
        return action

    def acted_for(self, actor: str, whom: str) -> str:
        return f"{actor} for {whom}"

    def verdict(self, verdict: str) -> str:
        return verdict

    def joined_with(self, people: str) -> str:
        return f" with {people}"

    def field(self, name: str) -> str:
        return name

    def value(self, name: str, value: str) -> str:
        return value

    def code(self, key: str) -> str:
        return key


PLAIN = PlainWords()


def entry_said(
    payload: Mapping[str, object], words: TrailWords = PLAIN, *, verdict_first: bool = False
) -> str:
    """What an entry records, in one line without ids: a decision by its codes, verdict,
    who took part and the rationale; a comment or reopening by what was said (and for whom);
    a coding by its code and characters; anything else by its fields as ``name: value``;
    qualcode's own words in ``words`` (the stored forms unless told). ``verdict_first``: a
    decision's verdict before its codes, for a row cut at its end (the audit screen at 80
    columns read the codes' names and never the verdict)."""
    if "verdict" in payload and "rationale" in payload:
        who = payload.get("participants") or []
        people = ", ".join(map(str, who)) if isinstance(who, list) else ""
        with_ = words.joined_with(people) if people else ""
        codes = payload.get("codes")  # which codes the case was about, as the cases name it
        named = [words.code(str(c)) for c in codes] if isinstance(codes, list) else []
        verdict = words.verdict(str(payload["verdict"]))
        if verdict_first:
            on = f" · {', '.join(named)}" if named else ""
            return f"{verdict}{with_}{on}: {payload['rationale']}"
        of = f"{', '.join(named)}: " if named else ""
        return f"{of}{verdict}{with_}: {payload['rationale']}"
    for said in ("text", "reason"):
        if "case" in payload and isinstance(payload.get(said), str):
            speaker = f"{payload['for']}: " if isinstance(payload.get("for"), str) else ""
            return f"{speaker}{payload[said]}"
    code = payload.get("code")
    if not isinstance(code, str) or _UUID.match(code):  # a code's own entry: by its key
        code = payload.get("key")
    parts = [words.code(code)] if isinstance(code, str) and code else []
    of_codes = _CODE_FIELDS | (_MOVED_FIELDS if _about_codes(payload) else frozenset())
    start, end = payload.get("start"), payload.get("end")
    if isinstance(start, int) and isinstance(end, int):  # a passage: where, as the CLI gives it
        parts.append(f"{start}–{end}")
    for name, value in payload.items():
        if name in _NOT_SAID or name in ("code", "key", "start", "end") or not _value(value):
            continue
        if name in of_codes:
            keys = value if isinstance(value, list) else [value]
            shown = ", ".join(words.code(k) for k in keys if isinstance(k, str) and _value(k))
        elif isinstance(value, str):
            shown = words.value(name, value)
        else:
            shown = _value(value)
        parts.append(f"{words.field(name)}: {shown}")
    return " · ".join(parts)


def _about_codes(payload: Mapping[str, object]) -> bool:
    """Whether the entry is about a code or a coding, whose "from" and "to" are codes."""
    return any(k in payload for k in ("code", "coding", "from_id"))


def _value(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return "" if _UUID.match(value) else value  # an id: nothing a reader can use
    if isinstance(value, list | tuple):
        return ", ".join(x for x in map(_value, value) if x)
    if isinstance(value, Mapping):
        return ", ".join(f"{k} {_value(v)}" for k, v in value.items())
    return str(value)


def layer_in(words: str, lang: str) -> str:
    """An export's ``layer`` as the audit keeps it, said in ``lang`` where it is a theme
    summary's layer line in another language (``export.summary`` records the line its
    file prints, in that file's language); any other value as it is."""
    from qualcode.export.labels import layer_again

    return layer_again(words, lang)
