"""Codebooks as YAML: every code with a stable key and per-language texts.

Validation names the file, the code and the field in one line, because a researcher
editing YAML by hand needs to know exactly where the mistake is.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Any

import yaml

from qualcode.codebook.parts import plain_parts, read_parts
from qualcode.errors import CodebookError
from qualcode.model import HEX_COLOUR, LANGS, Codebook, CodeSpec
from qualcode.userfile import CODEBOOK_LIMIT, read_user_file

# \Z: "$" would let a trailing newline in; 64 characters: a key is typed in commands, shown in
# table columns and written into every export, so a 100,000-character one was refused nowhere
KEY_MAX = 64
KEY = re.compile(rf"^[a-z][a-z0-9_]{{0,{KEY_MAX - 1}}}\Z")
KEY_RULE = (
    f"must be lower-case letters, digits and _ (starting with a letter, at most {KEY_MAX} "
    "characters)"
)


def shown_key(key: object) -> str:
    """A refused key as an error line shows it: quoted, and cut if it is long."""
    text = repr(key)
    return text if len(text) <= KEY_MAX + 2 else text[: KEY_MAX - 1] + "..."


COLOUR = HEX_COLOUR  # '#rrggbb' and nothing after it (not even a line break)
TEXT_FIELDS = {
    "name": "names",
    "definition": "definitions",
    "inclusion": "inclusion",
    "exclusion": "exclusion",
}
LIST_FIELDS = {
    "keywords": "keywords",
    "examples": "examples",
    # how the code is also spoken of in other registers: read, never fitted on (model.py)
    "further_examples": "further_examples",
}
# per language, the stems of each side of what the code joins (codebook/parts.py)
ALLOWED = {"key", "parent", "color", "shortcut", "parts", *TEXT_FIELDS, *LIST_FIELDS}


def validate_key(key: object, source: str = "codebook") -> str:
    if not isinstance(key, str) or not KEY.match(key):
        raise CodebookError(
            f"{source}: code key {shown_key(key)} {KEY_RULE}", key="code_key_rule", most=KEY_MAX
        )
    return key


# characters (and list or mapping entries) that aliases may repeat in one codebook: an
# alias (``*name``) is three bytes standing for everything its anchor holds, so a 1 MB
# file with a long text aliased in 300 codes became a 3.3 GB project after 7 minutes, and
# nine lists of nine aliases each (the billion laughs) never finished loading. A codebook
# that reuses an example or two stays far below this
MAX_REPEATED = 1_000_000
# entries (texts, lists and mappings) one codebook file may hold: the bundled codebooks hold
# about 300 a code, and the YAML reader keeps each as a Python object with its place in
# the file, a kilobyte apiece. A 50 MB YAML (the file limit) took minutes and gigabytes
# to read before anything could refuse it; this stops it at about 1 GB (red team 43)
MAX_ENTRIES = 1_000_000


def _size(node: yaml.Node, sizes: dict[int, int]) -> int:
    """What ``node`` stands for once every alias inside it is written out: characters of
    its texts and one per entry; each node is counted once (``sizes``), so a node of nine
    aliases of nine aliases costs nine steps, not nine to the ninth."""
    known = sizes.get(id(node))
    if known is not None:
        return known
    sizes[id(node)] = 0  # a node holding itself (``&a [*a]``) adds nothing more
    if isinstance(node, yaml.ScalarNode):
        size = len(node.value) + 1
    elif isinstance(node, yaml.SequenceNode):
        size = 1 + sum(_size(child, sizes) for child in node.value)
    else:
        size = 1 + sum(_size(k, sizes) + _size(v, sizes) for k, v in node.value)
    sizes[id(node)] = size
    return size


class _StrictLoader(yaml.SafeLoader):
    """Safe YAML that refuses a key given twice in one mapping, aliases that repeat
    more than ``MAX_REPEATED`` characters, and more than ``MAX_ENTRIES`` entries.

    Plain YAML keeps the last of two ``name:`` lines without a word, so half of what the
    researcher wrote would vanish; here it is an error with the line of the second one.
    """

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self._repeated = 0
        self._sizes: dict[int, int] = {}
        self._entries = 0

    def compose_node(self, parent: yaml.Node | None, index: int) -> yaml.Node | None:
        self._entries += 1
        if self._entries > MAX_ENTRIES:
            raise yaml.composer.ComposerError(
                None,
                None,
                f"more than {MAX_ENTRIES:,} entries, more than any codebook holds; "
                "is it a codebook?",
                self.peek_event().start_mark,
            )
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            node = self.anchors.get(event.anchor)
            if node is not None:
                self._repeated += _size(node, self._sizes)
                if self._repeated > MAX_REPEATED:
                    raise yaml.composer.ComposerError(
                        None,
                        None,
                        f"aliases (*{event.anchor} and others) repeat more than "
                        f"{MAX_REPEATED:,} characters; write the texts out instead",
                        event.start_mark,
                    )
        return super().compose_node(parent, index)

    def construct_object(self, node: yaml.Node, deep: bool = False) -> Any:
        """A node's value, or a ConstructorError at its line where YAML reads a scalar as
        a number or a date that Python cannot make or write: ``version:`` followed by
        5,000 digits (past Python's limit for whole numbers in decimal), a date such as
        2024-02-30, or a colour written 0xfff... of 5,000 digits, whose error line could
        not print it. Each ended ``codebook load`` in a ValueError traceback."""
        try:
            value = super().construct_object(node, deep=deep)
            if isinstance(value, int):
                str(value)  # a number no line could print is refused here, not in a message
        except ValueError as exc:
            raise yaml.constructor.ConstructorError(
                None, None, _unmade(node, exc), node.start_mark
            ) from None
        return value

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: dict[Any, int] = {}
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=True)
            line = key_node.start_mark.line + 1
            if isinstance(key, str | int | float | bool) and key in seen:
                raise yaml.constructor.ConstructorError(
                    None,
                    None,
                    f"key {key!r} appears twice in one mapping (first on line {seen[key]})",
                    key_node.start_mark,
                )
            if isinstance(key, str | int | float | bool):
                seen[key] = line
        return super().construct_mapping(node, deep=deep)


def _unmade(node: yaml.Node, exc: ValueError) -> str:
    """Why a scalar YAML took for a number or a date is none Python can hold."""
    text = str(node.value)
    shown = repr(text) if len(text) <= 40 else repr(text[:37]) + "..."
    if "digits" in str(exc):
        what = "a number too long to hold"
    else:
        kind = "date" if node.tag.endswith(":timestamp") else "number"
        what = f"a {kind} but is none ({str(exc).splitlines()[0][:80]})"
    return f"{shown} reads as {what}; put it in quotes if it is text"


def load_codebook(path: Path) -> Codebook:
    data = read_user_file(path, CodebookError, "a codebook file", CODEBOOK_LIMIT)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise CodebookError(
            f"{path.name}: line {line}: byte {data[exc.start]:#04x} is not UTF-8; "
            "save the codebook as UTF-8"
        ) from None
    return parse_codebook(text, path.name)


def parse_codebook(text: str, source: str) -> Codebook:
    try:
        data = yaml.load(text, Loader=_StrictLoader)  # safe: a SafeLoader subclass
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise CodebookError(f"{source}: {where}malformed YAML ({problem})") from None
    except RecursionError:  # PyYAML composes nested nodes recursively
        raise CodebookError(f"{source}: malformed YAML (nested too deeply)") from None
    if not isinstance(data, dict):
        raise CodebookError(f"{source}: the top level must be a mapping with 'codes'")
    codes = data.get("codes")
    if not isinstance(codes, list) or not codes:
        raise CodebookError(f"{source}: 'codes' must be a non-empty list")
    specs = [_spec(entry, i, source) for i, entry in enumerate(codes, start=1)]
    _check_whole(specs, source)
    raw = data.get("codebook")
    titles = _titles(raw, source)
    plain = "" if isinstance(raw, dict) else _title(raw, source, "'codebook'")
    name = titles.get("en") or next(iter(titles.values()), "") or plain
    return Codebook(name=name or source, codes=tuple(specs), titles=titles)


def _title(raw: object, source: str, where: str) -> str:
    """A title as written: text (or a number), none when left empty. A list or a mapping
    was stored as Python wrote it ("['Vändpunkter', 'Turning points']") and headed every
    appendix exported (red team 17)."""
    if raw is None:
        return ""
    if isinstance(raw, list | dict):
        kind = "list" if isinstance(raw, list) else "mapping"
        raise CodebookError(f"{source}: {where}: a title must be text, not a {kind}")
    if isinstance(raw, bool) or not isinstance(raw, str | int | float):  # yes, a date
        raise CodebookError(
            f"{source}: {where}: a title must be text; YAML read it as a "
            f"{type(raw).__name__}: put it in quotes"
        )
    return str(raw).strip()


def _titles(raw: object, source: str) -> dict[str, str]:
    """``codebook: {sv: ..., en: ...}``: the title per language (a plain title: none)."""
    if not isinstance(raw, dict):
        return {}
    for lang in raw:
        if lang not in LANGS:
            raise CodebookError(
                f"{source}: 'codebook': a title per language takes {' and '.join(LANGS)}, "
                f"not {lang!r}"
            )
    titles = {lang: _title(title, source, f"'codebook.{lang}'") for lang, title in raw.items()}
    return {lang: title for lang, title in titles.items() if title}


def _spec(entry: Any, number: int, source: str) -> CodeSpec:
    if not isinstance(entry, dict):
        raise CodebookError(f"{source}: code #{number} must be a mapping")
    if "key" not in entry:
        raise CodebookError(f"{source}: code #{number}: field 'key' is missing")
    key = validate_key(entry["key"], source)
    where = f"{source}: code {key!r}"
    unknown = set(entry) - ALLOWED
    if unknown:
        raise CodebookError(
            f"{where}: unknown field {sorted(unknown)[0]!r} (allowed: {', '.join(sorted(ALLOWED))})"
        )
    texts = {
        attr: _per_lang(entry.get(field), where, field, str) for field, attr in TEXT_FIELDS.items()
    }
    lists = {
        attr: _per_lang(entry.get(field), where, field, list) for field, attr in LIST_FIELDS.items()
    }
    if not texts["names"]:
        raise CodebookError(f"{where}: field 'name' needs a name in sv or en")
    color = entry.get("color")
    if color is not None and (not isinstance(color, str) or not COLOUR.match(color)):
        raise CodebookError(
            f"{where}: field 'color' must be a hex colour like '#1f77b4', got {color!r}"
        )
    shortcut = entry.get("shortcut")
    if shortcut is not None:
        shortcut = str(shortcut)
        if len(shortcut) != 1 or shortcut.isspace():
            raise CodebookError(f"{where}: field 'shortcut' must be one character")
    parent = entry.get("parent")
    if parent is not None:
        parent = validate_key(parent, source)
    return CodeSpec(
        key=key,
        parent=parent,
        color=color,
        shortcut=shortcut,
        names=texts["names"],
        definitions=texts["definitions"],
        inclusion=texts["inclusion"],
        exclusion=texts["exclusion"],
        keywords={lang: tuple(v) for lang, v in lists["keywords"].items()},
        examples={lang: tuple(v) for lang, v in lists["examples"].items()},
        further_examples={lang: tuple(v) for lang, v in lists["further_examples"].items()},
        parts=read_parts(entry.get("parts"), where),
    )


def _per_lang(value: Any, where: str, field: str, kind: type) -> dict[str, Any]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise CodebookError(f"{where}: field {field!r} must map languages (sv, en) to values")
    result: dict[str, Any] = {}
    for lang, item in value.items():
        if lang not in LANGS:
            raise CodebookError(f"{where}: field {field!r}: unknown language {lang!r} (sv, en)")
        if item is None:
            continue
        if kind is str:
            if not isinstance(item, str):
                raise CodebookError(f"{where}: field '{field}.{lang}' must be text")
            if item.strip():
                result[lang] = item.strip()
        else:
            if not isinstance(item, list) or not all(isinstance(x, str) for x in item):
                raise CodebookError(f"{where}: field '{field}.{lang}' must be a list of texts")
            if any(not x.strip() for x in item):
                raise CodebookError(f"{where}: field '{field}.{lang}' has an empty entry")
            result[lang] = [x.strip() for x in item]
    return result


def _check_whole(specs: list[CodeSpec], source: str) -> None:
    """Keys and shortcuts used once, parents that exist, no cycle: each in one pass over
    the codes (asking ``keys.count`` for every key was quadratic, red team 6)."""
    key_uses = Counter(s.key for s in specs)
    for spec in specs:
        if key_uses[spec.key] > 1:
            raise CodebookError(f"{source}: code {spec.key!r}: field 'key' is used more than once")
    keys = set(key_uses)
    shortcuts = Counter(s.shortcut for s in specs if s.shortcut)
    for spec in specs:
        if spec.shortcut and shortcuts[spec.shortcut] > 1:
            raise CodebookError(
                f"{source}: code {spec.key!r}: field 'shortcut' {spec.shortcut!r} is used twice"
            )
        if spec.parent and spec.parent not in keys:
            raise CodebookError(
                f"{source}: code {spec.key!r}: field 'parent': unknown code {spec.parent!r}"
            )
    looped = in_a_cycle(specs)
    if looped is not None:
        raise CodebookError(f"{source}: code {looped.key!r}: field 'parent': parents form a cycle")


def in_a_cycle(specs: list[CodeSpec]) -> CodeSpec | None:
    """The first code whose chain of parents comes back round (a tree has none); every
    codebook reader refuses it, each naming the code where its format says where."""
    parents = {s.key: s.parent for s in specs}
    # a code whose chain was walked to the top is in no cycle, nor is any code above it:
    # every code is walked once, so a chain of 10,000 codes (each the parent of the next)
    # takes 10,000 steps, not fifty million (over a minute before the depth limit spoke)
    rooted: set[str] = set()
    for spec in specs:
        path, node = [spec.key], spec.parent
        on_path = {spec.key}
        while node and node not in rooted:
            if node in on_path:
                return spec
            on_path.add(node)
            path.append(node)
            node = parents.get(node)
        rooted.update(path)
    return None


def dump_codebook(codebook: Codebook) -> str:
    codes = []
    for spec in codebook.codes:
        entry: dict[str, Any] = {"key": spec.key}
        if spec.parent:
            entry["parent"] = spec.parent
        if spec.color:
            entry["color"] = spec.color
        if spec.shortcut:
            entry["shortcut"] = spec.shortcut
        for field, attr in (*TEXT_FIELDS.items(), *LIST_FIELDS.items()):
            value = getattr(spec, attr)
            if value:
                entry[field] = {
                    lang: (list(v) if isinstance(v, tuple) else v) for lang, v in value.items()
                }
        if spec.parts:
            entry["parts"] = plain_parts(spec.parts)
        codes.append(entry)
    return yaml.safe_dump(
        {"codebook": dict(codebook.titles) or codebook.name, "version": 1, "codes": codes},
        allow_unicode=True,
        sort_keys=False,
        width=100,
    )
