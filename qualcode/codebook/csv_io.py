"""Codebooks from a spreadsheet saved as CSV: one code a row, the columns a researcher's
codebook table has (key, name, definition, inclusion, exclusion, examples, further
examples, keywords, parent), per language as ``name_sv`` / ``name (en)`` / ``sv name``
or, unmarked, in the language the file is said (or its headers suggest) to be in.

Every row is checked before the codebook is returned, and a bad row is named by its line
and column in one sentence, because a spreadsheet has no other way to point at a mistake.
Cells are text and only text: "=SUMMA(A1)" or "+46 ..." stays those characters, nothing is
evaluated. Examples, further examples and keywords may hold several entries, one per line
in the cell (keywords also separated by ``;`` or ``,``); parts hold one part a line, its
stems separated by ``;`` or ``,``.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import Any

from qualcode.codebook.parts import cell_parts
from qualcode.codebook.yaml_io import KEY, KEY_RULE, _spec, in_a_cycle, shown_key
from qualcode.csvrows import csv_records, unguarded
from qualcode.errors import SETTING, CodebookError
from qualcode.model import LANGS, MAX_CODES, Codebook, CodeSpec
from qualcode.textbytes import read_text_bytes
from qualcode.userfile import CODEBOOK_LIMIT, read_user_file

# what a column is called, in English and Swedish, -> the codebook field
_NAMES: dict[str, tuple[str, ...]] = {
    "key": ("key", "code key", "kodnyckel", "nyckel", "id", "code id"),
    "name": ("name", "code name", "label", "namn", "kodnamn", "etikett"),
    "code": ("code", "kod"),  # the key beside a name column, else the name
    "definition": ("definition", "description", "beskrivning", "betydelse"),
    "inclusion": (
        *("inclusion", "include", "inclusion criteria", "when to use", "inklusion"),
        *("inklusionskriterier", "inkludera", "när koden används"),
    ),
    "exclusion": (
        *("exclusion", "exclude", "exclusion criteria", "when not to use", "exklusion"),
        *("exklusionskriterier", "exkludera", "när koden inte används"),
    ),
    "examples": ("examples", "example", "exempel", "typical quotes"),
    # how the code is also spoken of in other registers (model.Code.further_examples): a
    # column of its own, as in the YAML; without it a spreadsheet had nowhere to put them
    "further_examples": (
        *("further examples", "further example", "further_examples"),
        *("fler exempel", "ytterligare exempel"),
    ),
    "keywords": ("keywords", "keyword", "nyckelord", "sökord"),
    # the stems of each side the code joins (codebook/parts.py): a part a line in the cell
    "parts": ("parts", "delar", "kodens delar"),
    "parent": (
        *("parent", "parent key", "parent code", "category", "förälder", "överordnad"),
        *("överordnad kod", "kategori", "huvudkod"),
    ),
    "color": ("color", "colour", "färg"),
    "shortcut": ("shortcut", "key shortcut", "kortkommando", "snabbtangent"),
}
FIELDS = {header: field for field, headers in _NAMES.items() for header in headers}
SWEDISH_HEADERS = frozenset(
    h
    for h in FIELDS
    if any(ch in h for ch in "åäö")
    or h in {"kod", "namn", "exempel", "fler exempel", "ytterligare exempel", "delar"}
)
_LANGS = r"(sv|en|svenska|engelska|swedish|english)"
_LANG_TAG = re.compile(rf"^(?:{_LANGS}[\s_:.-]+(.+)|(.+?)[\s_:.-]*[(\[]?\s*{_LANGS}\s*[)\]]?)$")
_LANG_OF = {"svenska": "sv", "swedish": "sv", "engelska": "en", "english": "en"}
_BULLET = re.compile(r"^\s*(?:[-•*–]|\d+[.)])\s+")


def read_codebook_csv(path: Path, lang: str | None = None) -> Codebook:
    """The codebook a CSV file holds; ``lang`` is the language of unmarked columns
    (default: Swedish when the headers are Swedish words, else English)."""
    name = path.name
    data = read_user_file(path, CodebookError, "a codebook file", CODEBOOK_LIMIT)
    # decoded as a transcript is (UTF-16 with or without a mark, cp1252, DOS and Mac pages)
    text, _ = read_text_bytes(data, name, CodebookError)
    records = csv_records(text, name, CodebookError, "the file is empty")
    if len(records) - 1 > MAX_CODES:  # each row made into a code first took 2 GB
        raise CodebookError(
            f"{name}: {len(records) - 1:,} rows under the header, more than the "
            f"{MAX_CODES:,} codes a project holds; is it a codebook?",
            key="codebook_rows_limit",
            rows=len(records) - 1,
            most=MAX_CODES,
        )
    header_at, header = records[0][0], records[0][1]
    _refuse_listing(header, name)
    columns = _columns(header, name, lang)
    entries: list[tuple[int, dict[str, Any]]] = []
    for line, row in records[1:]:
        if len(row) > len(header) and any(cell.strip() for cell in row[len(header) :]):
            raise CodebookError(
                f"{name}: line {line}: {len(row)} cells but {len(header)} columns in the header"
            )
        # a table qualcode wrote (`codebook show -f csv`) guards a cell a spreadsheet would
        # run ("'- both ends"): read as it stood, each round trip stored one more apostrophe
        entries.append((line, _entry([unguarded(cell) for cell in row], columns)))
    if not entries:
        raise CodebookError(f"{name}: no codes under the header (line {header_at})")
    specs = _specs(entries, name)
    return Codebook(name=path.stem, codes=tuple(specs))


# the columns of `codebook show --format csv`, a listing for scripts: one language's name
# and definition under unmarked headers, and each code's count of codings
LISTING = frozenset(("key", "parent", "name", "shortcut", "codings", "definition"))


def _refuse_listing(header: list[str], name: str) -> None:
    """Refuse a `codebook show` listing loaded back as a codebook. A loaded file's fields
    replace the project's, so it emptied what the listing leaves out (the other language,
    criteria, keywords, examples, parts, colours) and, shown with --lang sv, put Swedish
    names under English headers; the note after it named the loss only once it was done
    (hostile48). Known by its columns: no codebook sheet counts codings. A sheet a
    researcher made of it, without the codings column, is hers and loads."""
    cells = {" ".join(h.split()).lower() for h in header}
    if {"key", "codings"} <= cells <= LISTING:
        raise CodebookError(
            f"{name}: a `codebook show` listing (it counts codings), not a codebook: "
            "loading it would empty every field it leaves out; write one with "
            "`qualcode codebook export FILE.yaml`; nothing loaded"
        )


def _columns(header: list[str], name: str, lang: str | None) -> list[tuple[str, str] | None]:
    """For each column, (field, language) or ``None`` for a column of no use here."""
    if lang is not None and lang not in LANGS:
        raise CodebookError(f"{SETTING} {lang!r}: use {' or '.join(LANGS)}", setting="lang")
    cells = [" ".join(h.split()).strip().lower() for h in header]
    unmarked = lang or ("sv" if any(c in SWEDISH_HEADERS for c in cells) else "en")
    found: list[tuple[str, str] | None] = []
    seen: dict[tuple[str, str], int] = {}
    has_name = any(_field(cell)[0] == "name" for cell in cells)
    for number, cell in enumerate(cells, start=1):
        field, tag = _field(cell)
        if field == "code":
            field = "key" if has_name else "name"
        if field is None:
            found.append(None)
            continue
        where = (field, tag or unmarked)
        if where in seen:
            raise CodebookError(
                f"{name}: column {number} ({header[number - 1].strip()!r}) repeats column "
                f"{seen[where]}: both are {field} in {where[1]}"
            )
        seen[where] = number
        found.append(where)
    fields = {f for f, _ in seen}
    if "name" not in fields and "key" not in fields:
        raise CodebookError(
            f"{name}: no column for the code's name or key (a header such as name, "
            "namn, name_sv, name (en), key); the first line must be the header"
        )
    return found


def _field(cell: str) -> tuple[str | None, str | None]:
    if cell in FIELDS:
        return FIELDS[cell], None
    match = _LANG_TAG.match(cell)
    if match:
        tag = match.group(1) or match.group(4)
        base = (match.group(2) or match.group(3) or "").strip(" _-:.")
        field = FIELDS.get(base)
        if field == "code":
            field = "name"  # "code (sv)" is a name in Swedish
        if field and field not in ("key", "parent", "color", "shortcut"):
            return field, _LANG_OF.get(tag, tag)
    return None, None


def _entry(row: list[str], columns: list[tuple[str, str] | None]) -> dict[str, Any]:
    """One row as a YAML-shaped code entry, so the one validator checks both formats."""
    entry: dict[str, Any] = {}
    for cell, column in zip(row, columns, strict=False):
        if column is None or not cell.strip():
            continue
        field, lang = column
        value = cell.strip()
        if field in ("key", "parent", "color", "shortcut"):
            entry[field] = value
        elif field == "parts":
            entry.setdefault(field, {})[lang] = cell_parts(value)
        elif field in ("examples", "further_examples", "keywords"):
            split = r"[\n;,]" if field == "keywords" else r"\n"
            items = [_BULLET.sub("", part).strip() for part in re.split(split, value)]
            entry.setdefault(field, {})[lang] = [i for i in items if i]
        else:
            entry.setdefault(field, {})[lang] = " ".join(value.split())
    return entry


def _specs(entries: list[tuple[int, dict[str, Any]]], name: str) -> list[CodeSpec]:
    """Check every row (fields, keys, parents) and return the codes in file order."""
    by_name: dict[str, str] = {}
    lines: dict[str, int] = {}
    for line, entry in entries:
        where = f"{name}: line {line}"
        if "key" not in entry:
            names = entry.get("name", {})
            label = names.get("en") or names.get("sv")
            if not label:
                raise CodebookError(f"{where}: the code has neither a key nor a name")
            entry["key"] = _key_from(label)
        if not isinstance(entry["key"], str) or not KEY.match(entry["key"]):
            raise CodebookError(f"{where}: key {shown_key(entry['key'])} {KEY_RULE}")
        if entry["key"] in lines:
            raise CodebookError(
                f"{where}: code {entry['key']!r} is also on line {lines[entry['key']]}"
            )
        lines[entry["key"]] = line
        if "name" not in entry:
            entry["name"] = {"en": entry["key"].replace("_", " ")}
        for label in entry["name"].values():
            by_name.setdefault(label.casefold(), entry["key"])
    specs: list[CodeSpec] = []
    for line, entry in entries:
        where = f"{name}: line {line}"
        parent = entry.get("parent")
        if parent is not None:  # a parent by key, or by its name in this file
            entry["parent"] = by_name.get(parent.casefold(), parent)
            if entry["parent"] == entry["key"]:
                raise CodebookError(f"{where}: code {entry['key']!r} is its own parent")
            if not KEY.match(entry["parent"]):
                raise CodebookError(
                    f"{where}: parent {parent!r} is neither a code in the file nor a key"
                )
        specs.append(_spec(entry, line, where))
    _check_links(specs, lines, name)
    return specs


def _check_links(specs: list[CodeSpec], lines: dict[str, int], name: str) -> None:
    """Shortcuts used once, parents without cycles (a parent outside the file is the
    project's to check, since a spreadsheet may add codes under existing ones)."""
    shortcuts: dict[str, str] = {}
    for spec in specs:
        if spec.shortcut and spec.shortcut in shortcuts:
            raise CodebookError(
                f"{name}: line {lines[spec.key]}: shortcut {spec.shortcut!r} is also the "
                f"shortcut of code {shortcuts[spec.shortcut]!r}"
            )
        if spec.shortcut:
            shortcuts[spec.shortcut] = spec.key
    looped = in_a_cycle(specs)
    if looped is not None:
        raise CodebookError(
            f"{name}: line {lines[looped.key]}: code {looped.key!r}: parents form a cycle"
        )


def _key_from(label: str) -> str:
    """A key made from a name: "Från monolog till dialog" -> "fran_monolog_till_dialog"."""
    plain = unicodedata.normalize("NFKD", label).encode("ascii", "ignore").decode()
    key = re.sub(r"[^a-z0-9]+", "_", plain.lower()).strip("_")[:48].rstrip("_")
    return key if key[:1].isalpha() else f"code_{key}".rstrip("_")
