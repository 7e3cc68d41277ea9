"""A code's fields as the codebook's files hold them (``CodeSpec``): taken from a stored
code, checked, an edit's fields merged in, and what changed said for the audit log. One
module for the one-code edits (``codebook_edit.py``) and a whole codebook's load
(``codebook.py``), so that both refuse the same values with the same words and no field is
carried by one and dropped by the other.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from typing import Any

from qualcode.errors import CodebookError
from qualcode.model import LANGS, MAX_CODES, Code, CodeSpec

TEXT_FIELDS = ("names", "definitions", "inclusion", "exclusion")
# keywords one code may have in one language. The suggestion engine folds each keyword into
# the code's others it shares forms with, one against each: a code of 8,000 keywords made a
# first `qualcode suggest` on one transcript take 24 s instead of 2, one of 210,000 (a word
# list pasted in) ran for hours (red team 43). Bundled codes have a few dozen
MAX_KEYWORDS = 1_000
LIST_FIELDS = ("keywords", "examples", "further_examples")
EDITABLE = (*TEXT_FIELDS, *LIST_FIELDS, "parts", "color", "shortcut")


def spec_of(code: Code, keys: Mapping[str, str]) -> CodeSpec:
    """A stored code as the codebook's files hold it, its parent named by key (``keys``:
    code id to key): what an edit starts from and what a codebook export writes, one
    conversion so that no field is carried by one and dropped by the other."""
    return CodeSpec(
        key=code.key,
        parent=keys.get(code.parent_id or ""),
        names=dict(code.names),
        definitions=dict(code.definitions),
        inclusion=dict(code.inclusion),
        exclusion=dict(code.exclusion),
        keywords=dict(code.keywords),
        examples=dict(code.examples),
        further_examples=dict(code.further_examples),
        parts=dict(code.parts),
        color=code.color,
        shortcut=code.shortcut,
    )


def check_code_count(specs: Sequence[CodeSpec], current: Sequence[Code], source: str) -> None:
    """Refuse a codebook that would leave the project holding more than ``MAX_CODES``
    live codes (its keys the project lacks, beside the project's), before anything is
    read further or written: a million rows loaded one code at a time ran for minutes
    and could not be taken back but code by code."""
    held = {c.key for c in current}
    new = len({s.key for s in specs} - held)
    if len(held) + new > MAX_CODES:
        raise CodebookError(
            f"{source}: {new:,} new codes beside the project's {len(held):,}, more than the "
            f"{MAX_CODES:,} a project holds; is it a codebook? Nothing was loaded",
            key="code_count_limit",
            new=new,
            held=len(held),
            most=MAX_CODES,
        )


_WORD = "; a keyword is a word or phrase to look for in the text"


def check_spec_texts(spec: CodeSpec, where: str) -> None:
    """Names on one line; definitions and rules without control characters (oneline.py);
    a colour in hex. The YAML and CSV readers checked the colour but a .qdc or .qdpx
    codebook brought any ('#zzzzzz'), which the TUI then failed to draw (rich's
    ColorParseError ended the coding screen)."""
    from qualcode.codebook.yaml_io import COLOUR
    from qualcode.oneline import TextKind, check_keyword, check_name, check_seen, check_text, shown
    from qualcode.shows_nothing import check_shows

    if spec.color is not None and not COLOUR.match(spec.color):
        raise CodebookError(
            f"{where}: field 'color' must be a hex colour like '#1f77b4', got {shown(spec.color)}",
            key="code_colour",
            colour=spec.color,
        )
    for lang, name in spec.names.items():
        check_name(name, f"{where}: field 'name' ({lang})", CodebookError)
        check_seen(name, f"{where}: the name ({lang})", CodebookError)
        check_shows(name, f"{where}: the name ({lang})", CodebookError)
    kinds: tuple[tuple[str, TextKind], ...] = (
        ("definitions", "definition"),
        ("inclusion", "criterion"),
        ("exclusion", "criterion"),
    )
    for field, kind in kinds:
        for lang, text in getattr(spec, field).items():
            check_text(text, f"{where}: field '{field}' ({lang})", CodebookError, kind)
    # a keyword is a term matched in the text, an example a passage: an ESC sequence or a
    # 46 MB example came in from a codebook file and was printed by every listing and
    # export of the codebook (red team 9)
    for lang, terms in spec.keywords.items():
        if len(terms) > MAX_KEYWORDS:
            raise CodebookError(
                f"{where}: {len(terms):,} keywords ({lang}), more than the {MAX_KEYWORDS:,} a "
                "code may have; keep the terms that say it",
                key="keywords_too_many",
                n=len(terms),
                most=MAX_KEYWORDS,
            )
        for term in terms:
            check_keyword(term, f"{where}: a keyword ({lang})", CodebookError)
            check_shows(term.strip(), f"{where}: a keyword ({lang})", CodebookError, _WORD)
    for lang, examples in spec.examples.items():
        for example in examples:
            check_text(example, f"{where}: an example ({lang})", CodebookError, "example")
    for lang, examples in spec.further_examples.items():
        for example in examples:
            check_text(example, f"{where}: a further example ({lang})", CodebookError, "example")
    # a part's stems are matched in the text as keywords are (codebook/parts.py)
    for lang, parts in spec.parts.items():
        for number, part in enumerate(parts, start=1):
            for stem in part:
                check_keyword(stem, f"{where}: part {number} ({lang}): a stem", CodebookError)


def apply_fields(spec: CodeSpec, key: str, fields: Mapping[str, Any]) -> CodeSpec:
    """``spec`` with ``fields`` applied, each checked; names the code and field on error."""
    from qualcode.codebook.yaml_io import COLOUR

    changes: dict[str, Any] = {}
    for name, value in fields.items():
        if name in ("color", "shortcut") and not isinstance(value, str | None):
            # a notebook's 5 or NaN died in a TypeError or AttributeError below (types47)
            raise CodebookError(
                f"code {key!r}: field {name!r} must be text, not {type(value).__name__} "
                f"({repr(value)[:80]})"
            )
        if name in TEXT_FIELDS:
            changes[name] = _merge_texts(getattr(spec, name), value, key, name)
        elif name in LIST_FIELDS:
            changes[name] = _merge_lists(getattr(spec, name), value, key, name)
        elif name == "parts":
            changes[name] = _merge_parts(spec.parts, value, key)
        elif name == "color":
            color = (value or "").strip() or None
            if color is not None and not COLOUR.match(color):
                raise CodebookError(
                    f"code {key!r}: field 'color' must be a hex colour like '#1f77b4', "
                    f"got {value!r}",
                    key="code_colour",
                    colour=value,
                )
            changes[name] = color
        elif name == "shortcut":
            shortcut = value or None
            if shortcut is not None and (len(shortcut) != 1 or shortcut.isspace()):
                raise CodebookError(
                    f"code {key!r}: field 'shortcut' must be one character, got {value!r}",
                    key="code_shortcut_one",
                )
            changes[name] = shortcut
        else:
            raise CodebookError(
                f"code {key!r}: field {name!r} cannot be edited; use one of {', '.join(EDITABLE)}"
            )
    return replace(spec, **changes)


def _langs(value: object, key: str, field: str) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise CodebookError(f"code {key!r}: field {field!r} must map languages (sv, en) to values")
    for lang in value:
        if lang not in LANGS:
            raise CodebookError(
                f"code {key!r}: field '{field}.{lang}': unknown language; use sv or en"
            )
    return value


def _merge_texts(old: Mapping[str, str], value: object, key: str, field: str) -> dict[str, str]:
    result = dict(old)
    for lang, text in _langs(value, key, field).items():
        if not isinstance(text, str):
            raise CodebookError(f"code {key!r}: field '{field}.{lang}' must be text")
        if text.strip():
            result[lang] = text.strip()
        else:
            result.pop(lang, None)
    return result


def _merge_lists(
    old: Mapping[str, tuple[str, ...]], value: object, key: str, field: str
) -> dict[str, tuple[str, ...]]:
    result = dict(old)
    for lang, items in _langs(value, key, field).items():
        if isinstance(items, str) or not isinstance(items, Iterable):  # a lone 5 (types47)
            raise CodebookError(f"code {key!r}: field '{field}.{lang}' must be a list of texts")
        if not all(isinstance(i, str) for i in items):
            raise CodebookError(f"code {key!r}: field '{field}.{lang}' must be a list of texts")
        cleaned = tuple(i.strip() for i in items)
        if any(not i for i in cleaned):
            raise CodebookError(f"code {key!r}: field '{field}.{lang}' has an empty entry")
        if cleaned:
            result[lang] = cleaned
        else:
            result.pop(lang, None)
    return result


def _merge_parts(
    old: Mapping[str, tuple[tuple[str, ...], ...]], value: object, key: str
) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The languages given replace the code's parts in them (an empty list clears one),
    checked by the reader a codebook file's parts go through (``read_parts``), so an edit
    refuses what a load refuses in the same words. A notebook's tuples are taken as lists."""
    from qualcode.codebook.parts import read_parts

    given = {
        lang: [list(p) if isinstance(p, tuple) else p for p in parts]
        if isinstance(parts, list | tuple)
        else parts
        for lang, parts in _langs(value, key, "parts").items()
    }
    read = read_parts(given, f"code {key!r}")
    result = dict(old)
    for lang in given:
        if lang in read:
            result[lang] = read[lang]
        else:
            result.pop(lang, None)
    return result


def check_shortcut(spec: CodeSpec, others: Sequence[Code]) -> None:
    """One key, one code: refuse a shortcut one of ``others`` already has."""
    taken = next((c.key for c in others if spec.shortcut and c.shortcut == spec.shortcut), None)
    if taken:
        raise CodebookError(
            f"code {spec.key!r}: field 'shortcut' {spec.shortcut!r} is already used by {taken!r}",
            key="code_shortcut_taken",
            shortcut=spec.shortcut,
            code=taken,
        )


def spec_changes(
    before: CodeSpec, after: CodeSpec, fields: Sequence[str] = EDITABLE
) -> dict[str, dict[str, object]]:
    """Each of ``fields`` that differs, with what it held and holds (``from``, ``to``):
    what the audit log keeps of a code's edit, so that no text is lost with it."""
    return {
        f: {"from": _plain(getattr(before, f)), "to": _plain(getattr(after, f))}
        for f in fields
        if getattr(before, f) != getattr(after, f)
    }


def _plain(value: object) -> object:
    """A value the audit log can store as JSON."""
    if isinstance(value, Mapping):  # a part, a tuple in a tuple, as a list in a list
        return {
            k: [list(i) if isinstance(i, tuple) else i for i in v] if isinstance(v, tuple) else v
            for k, v in value.items()
        }
    return value
