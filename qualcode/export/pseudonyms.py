"""Applying the pseudonym key to text as it is rendered (the stored text never changes).

Names are matched as whole words, as written and in capitals, with a Swedish genitive
``s`` kept ("Elins" -> "IP1:s" after a pseudonym ending in a digit or capital, else
"Kim" -> "Kims"). Matching is case-sensitive on purpose: a participant called Per must not
turn every "per dag" into "IP2 dag". The same matcher finds what would leak, so an export
can refuse a file in which a name on the key would still appear.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable, Iterable, Mapping
from html import unescape

import pandas as pd

from qualcode.errors import OutputError


class Key:
    """A compiled pseudonym key: ``apply`` replaces, ``leaks`` finds what is left."""

    def __init__(self, entries: Mapping[str, str]) -> None:
        self.entries = {r: p for r, p in entries.items() if r.strip() and r != p}
        variants: dict[str, str] = {}
        for real, pseudo in self.entries.items():
            variants.setdefault(real, pseudo)
            variants.setdefault(real.upper(), pseudo)
        self._variants = variants
        self._real_of = {v: r for r in self.entries for v in (r, r.upper())}
        names = sorted(variants, key=len, reverse=True)  # "Anna-Karin" before "Anna"
        self._pattern = (
            re.compile(r"(?<!\w)(" + "|".join(map(re.escape, names)) + r")(s?)(?!\w)")
            if names
            else None
        )

    def __bool__(self) -> bool:
        return bool(self.entries)

    def pseudonym(self, name: str | None) -> str | None:
        """The pseudonym for exactly ``name`` (a speaker label, an attribute value)."""
        if name is None:
            return None
        return self._variants.get(name.strip())

    def apply(self, text: str) -> str:
        return self.apply_mapped(text)[0]

    def apply_mapped(self, text: str) -> tuple[str, Callable[[int], int]]:
        """The rendered text and a function taking an offset in ``text`` to one in it, so
        codings on the stored text land on the same words of the rendered one."""
        if self._pattern is None or not text:
            return text, lambda offset: offset
        pieces: list[str] = []
        shifts: list[tuple[int, int, int, int]] = []  # old start, old end, new start, new end
        last, out = 0, 0
        for match in self._pattern.finditer(text):
            pieces.append(text[last : match.start()])
            out += match.start() - last
            replaced = self._replace(match)
            shifts.append((match.start(), match.end(), out, out + len(replaced)))
            pieces.append(replaced)
            out += len(replaced)
            last = match.end()
        pieces.append(text[last:])

        def moved(offset: int) -> int:
            delta = 0
            for old_start, old_end, new_start, new_end in shifts:
                if offset <= old_start:
                    break
                if offset < old_end:  # inside a name: a span keeps the whole pseudonym
                    return new_start if offset - old_start < (old_end - old_start) / 2 else new_end
                delta = new_end - old_end
            return offset + delta

        return "".join(pieces), moved

    def _replace(self, match: re.Match[str]) -> str:
        pseudo = self._variants[match.group(1)]
        if not match.group(2):
            return pseudo
        return f"{pseudo}:s" if pseudo[-1:].isdigit() or pseudo[-1:].isupper() else f"{pseudo}s"

    def leaks(self, text: str) -> list[str]:
        """The real names on the key that appear in ``text`` (as the matcher sees them)."""
        if self._pattern is None or not text:
            return []
        found = {self._real_of[m.group(1)] for m in self._pattern.finditer(text)}
        return sorted(found)

    def frame(self, frame: pd.DataFrame) -> pd.DataFrame:
        """A copy of ``frame`` with every text cell, and the column names, pseudonymised."""
        if not self:
            return frame
        out = frame.copy()
        for column in out.columns:
            if out[column].dtype == object or pd.api.types.is_string_dtype(out[column]):
                out[column] = out[column].map(lambda v: self.apply(v) if isinstance(v, str) else v)
        out.columns = [self.apply(c) if isinstance(c, str) else c for c in out.columns]
        return out


def file_texts(name: str, data: bytes) -> Iterable[tuple[str, str]]:
    """Every text an export file holds, by part: the file itself for .md/.html/.csv;
    every XML or text member (entities decoded) of a .docx, .xlsx or .qdpx."""
    if not zipfile.is_zipfile(io.BytesIO(data)):
        if not name.lower().endswith((".png", ".jpg", ".jpeg")):
            yield name, data.decode("utf-8", errors="replace")
        return
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for member in archive.namelist():
            if member.lower().endswith((".png", ".jpg", ".jpeg", ".emf", ".bin")):
                continue
            raw = archive.read(member)
            if zipfile.is_zipfile(io.BytesIO(raw)):
                continue
            text = raw.decode("utf-8", errors="replace")
            # the XML's own text, entities decoded ("&#197;by" is "Åby"): tags as spaces (a
            # paragraph's end is a word's end) and tags dropped (a name split across runs)
            spaced = unescape(re.sub(r"<[^>]+>", " ", text))
            joined = unescape(re.sub(r"<[^>]+>", "", text))
            yield f"{name}:{member}", f"{spaced}\n{joined}"


def leaks_in_files(key: Key, files: Mapping[str, bytes]) -> dict[str, list[str]]:
    """Names on the key found in an export's files (by file name), by part of the file."""
    found: dict[str, list[str]] = {}
    for name, data in files.items():
        for part, text in file_texts(name, data):
            names = key.leaks(text)
            if names:
                found[part] = names
    return found


def check_files(key: Key, files: Mapping[str, bytes]) -> None:
    """Refuse an export in which a name on the key would appear: one line naming the
    pseudonym (not the name) and the part of the file, before anything is written."""
    found = leaks_in_files(key, files) if key else {}
    if not found:
        return
    part, names = next(iter(found.items()))
    shown = ", ".join(str(key.entries[n]) for n in names)
    name, _, member = part.partition(":")
    where = f" (in {member})" if member else ""
    raise OutputError(f"{name}: the real name behind {shown} would appear{where}; nothing written")
