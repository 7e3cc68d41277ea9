"""An RTF file's text as a reader sees it: without tracked deletions and hidden text.

Word saves an unaccepted deletion as text under ``\\deleted`` and hidden text under
``\\v``; striprtf reads every character, so a name a transcriber struck with track changes
on came back in the transcript, inside the sentence it was struck from (red team, round
7; the .docx and .odt readers leave deletions out). This pass drops the characters written
under either, group by group as RTF scopes them, and hands every control word, group and
destination on unchanged, so the rest reads as before.
"""

from __future__ import annotations

import re

# the words that switch a character property; ``\plain`` resets them all
_SWITCHES = frozenset(("deleted", "v"))
_ANY = re.compile(r"\\(?:deleted|v)(?![a-zA-Z])")
_TOKEN = re.compile(
    r"\\([a-zA-Z]{1,32})(-?\d{1,10})? ?"  # a control word and its parameter
    r"|\\'[0-9a-fA-F]{2}"  # a character by its code
    r"|\\[^a-zA-Z]"  # a control symbol (\~ \- \{ ...)
    r"|[{}]"
    r"|[\r\n]+"
    r"|[^\\{}\r\n]+"  # plain text
)


def shown_text(raw: str) -> str:
    """``raw`` without the characters written under ``\\deleted`` or ``\\v``; unchanged
    (and at no cost) when it has neither."""
    if not _ANY.search(raw):
        return raw
    out: list[str] = []
    stack: list[frozenset[str]] = []
    on: frozenset[str] = frozenset()
    at = 0
    while at < len(raw):
        match = _TOKEN.match(raw, at)
        if match is None:  # a lone backslash at the end: striprtf's to judge
            out.append(raw[at:])
            break
        token, at = match.group(0), match.end()
        word = match.group(1)
        if token == "{":
            stack.append(on)
        elif token == "}":
            on = stack.pop() if stack else frozenset()
        elif word == "bin":  # binary data of the stated length, passed on whole
            length = max(0, int(match.group(2) or 0))
            out.append(token + raw[at : at + length])
            at += length
            continue
        elif word in _SWITCHES:
            switched = match.group(2) not in ("0", "-0")
            on = on | {word} if switched else on - {word}
        elif word == "plain":
            on = frozenset()
        elif on and (word in _SHOWN_WORDS or (word is None and _is_character(token))):
            continue  # a character the reader does not see
        out.append(token)
    return "".join(out)


# control words that stand for a character (striprtf's special characters, and \u)
_SHOWN_WORDS = frozenset(
    (
        "u",
        "tab",
        "emdash",
        "endash",
        "emspace",
        "enspace",
        "qmspace",
        "bullet",
        "lquote",
        "rquote",
        "ldblquote",
        "rdblquote",
    )
)


def _is_character(token: str) -> bool:
    """Plain text or an escaped character, not a group, line break or control symbol
    that structures the file (``\\*`` marks a destination)."""
    if token.startswith("\\"):
        return token[1:2] in ("'", "~", "-", "_", "{", "}", "\\")
    return not token.startswith(("\r", "\n"))
