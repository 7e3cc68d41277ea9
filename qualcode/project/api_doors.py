"""Every public method of ``Project`` checks what a notebook hands it against the types
its signature declares, before the method runs (types47).

types46 put ``require_text`` and its kin (``api_arguments.py``) into the methods the
README's API part shows; the other two hundred still took a wrong type silently or died
deep inside: ``add_coding("aby_05", 12, "40", "integration")`` failed in a comparison of
str and int, a float offset was stored as it came, ``None`` as a coder went on to a
lookup. Writing a check into each method would leave the next method without one, so the
facade's methods are wrapped once, here, from their annotations: ``str``, ``int``,
``float``, ``bool``, ``Path``, ``None``, lists, sets and mappings of those, and unions of
them. A parameter whose annotation names anything else (a ``Codebook``, a callback, a
frame) is left to its method; the test over the facade lists each such one, so a new
method with an unchecked argument is decided, not forgotten.

A refusal is one ``ValidationError`` line naming the method, the argument as the caller
typed it and what it was given; nothing ran, so nothing is written.

Only a caller outside qualcode is checked: a notebook, a script, a test. qualcode's own
modules (the faces, and the methods calling each other) hand over values their own code
made and mypy checked; checking them again would cost every internal call and change no
answer.
"""

from __future__ import annotations

import functools
import inspect
import math
import os
import sys
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass
from numbers import Integral, Real
from pathlib import Path
from typing import Any

from qualcode.errors import ValidationError

# the generic names a list of items is declared by
_LISTS = {"Sequence", "list", "Collection", "Iterable", "frozenset", "set", "tuple"}


@dataclass(frozen=True)
class Kind:
    """What an annotation accepts, and how a refusal says it."""

    said: str
    accepts: Callable[[object], bool]
    # for a list: the kind of its items (each item is checked and named on its own)
    item: Kind | None = None
    # for a mapping: the kinds of its keys and values (each entry named on its own)
    entries: tuple[Kind, Kind] | None = None


def _is_text(value: object) -> bool:
    return isinstance(value, str)


def _is_whole(value: object) -> bool:
    return isinstance(value, Integral) and not isinstance(value, bool)


def _is_number(value: object) -> bool:
    if not isinstance(value, Real) or isinstance(value, bool):
        return False
    return not math.isnan(float(value))


def _is_flag(value: object) -> bool:
    # numpy's bool is no subclass of bool, but is what a frame's column of flags holds
    kind = type(value)
    return isinstance(value, bool) or (
        kind.__module__ == "numpy" and kind.__name__ in ("bool", "bool_")
    )


ATOMS_PATH = Path("x")
ATOMS: dict[str, Kind] = {
    "str": Kind("text", _is_text),
    "int": Kind("a whole number", _is_whole),
    "float": Kind("a number", _is_number),
    "bool": Kind("True or False", _is_flag),
    "None": Kind("None", lambda value: value is None),
    # a path given as text is a path too (``Path(value)`` is what such a method does)
    "Path": Kind("a Path", lambda value: isinstance(value, str | os.PathLike)),
}


def _split(text: str, sep: str) -> list[str]:
    """``text`` split at ``sep`` outside brackets: 'str | Sequence[str | Path]'."""
    parts, depth, start = [], 0, 0
    for at, ch in enumerate(text):
        depth += (ch == "[") - (ch == "]")
        if ch == sep and depth == 0:
            parts.append(text[start:at].strip())
            start = at + 1
    parts.append(text[start:].strip())
    return parts


def kind_of(annotation: object, names: Mapping[str, object] | None = None) -> Kind | None:
    """The kind an annotation (as written, a string under ``from __future__ import
    annotations``) declares, or None when any part of it is something this module does
    not check (a callback, a frame, ``object``, ``Any``). A class's name is looked up in
    ``names``, the globals of the method's module (a ``Codebook``, a ``Coding``)."""
    if not isinstance(annotation, str):
        return None
    kinds = []
    for part in _split(annotation, "|"):
        kind = _one_kind(part, names or {})
        if kind is None:
            return None
        kinds.append(kind)
    if len(kinds) == 1:
        return kinds[0]
    # 'str | Path' reads "text or a Path"; a list among them keeps its items' check
    item = next((kind.item for kind in kinds if kind.item is not None), None)
    entries = next((kind.entries for kind in kinds if kind.entries is not None), None)
    return Kind(
        " or ".join(kind.said for kind in kinds),
        lambda value: any(kind.accepts(value) for kind in kinds),
        item,
        entries,
    )


def _one_kind(part: str, names: Mapping[str, object]) -> Kind | None:
    if part in ATOMS:
        return ATOMS[part]
    if "[" not in part or not part.endswith("]"):
        return _class_kind(part, names)
    outer, inner = part[:-1].split("[", 1)
    if outer == "Callable":  # a progress callback: what it is called with is its own
        return Kind("a function", callable)
    if outer in _LISTS:
        item = kind_of(inner, names)
        if item is None or (outer == "tuple" and not inner.endswith(", ...")):
            return None  # a tuple of fixed length is checked by its method
        return Kind(_list_said(item), _is_list, item)
    if outer == "Mapping":
        key_value = _split(inner, ",")
        keys, values = (kind_of(half, names) for half in key_value)
        if keys is None or values is None:
            return None
        return Kind(
            f"a mapping of {keys.said} to {values.said}",
            lambda value: isinstance(value, Mapping),
            entries=(keys, values),
        )
    return None


def _class_kind(part: str, names: Mapping[str, object]) -> Kind | None:
    """One of qualcode's classes, as its module has it at run time (one imported only for
    the type checker, or a protocol, is left to its method)."""
    held = names.get(part) if part.isidentifier() else None
    if not isinstance(held, type) or getattr(held, "_is_protocol", False):
        return None
    return Kind(f"a {part}", lambda value: isinstance(value, held))


def _list_said(item: Kind) -> str:
    # texts, not names: the same words stand for coding ids (remove_codings' refs), paths
    # and search words as well as for names, and "names" misled about coding ids (words47)
    if item is ATOMS["str"]:
        return "a list of texts"
    if item.accepts("x") and item.accepts(ATOMS_PATH):
        return "a list of paths"
    return f"a list, each item {item.said}"


def _is_list(value: object) -> bool:
    # a frame's column or an array is refused too: a method asking "any names?" of it
    # died in pandas' "truth value of a Series is ambiguous"
    return (
        isinstance(value, Iterable)
        and not isinstance(value, str | bytes | Mapping)
        and not _from_arrays(value)
    )


def _from_arrays(value: object) -> bool:
    return type(value).__module__.split(".")[0] in ("pandas", "numpy")


def _shown(value: object) -> str:
    return f"{type(value).__name__} ({repr(value)[:80]})"


def refusal(method: str, name: str, kind: Kind, value: object) -> ValidationError | None:
    """Why ``value`` may not stand for the argument ``name`` of ``method``, or None."""
    if not kind.accepts(value):
        hint = ""
        if kind.item is not None and isinstance(value, str):
            hint = f"; give [{value!r}]"
        elif kind.item is not None and _from_arrays(value):
            hint = "; give it as a list (.tolist())"
        return ValidationError(f"{method}: {name} must be {kind.said}, not {_shown(value)}{hint}")
    if kind.entries is not None and isinstance(value, Mapping):
        keys, values = kind.entries
        for key, item in value.items():
            if not keys.accepts(key):
                said = f"a key must be {keys.said}, not {_shown(key)}"
                return ValidationError(f"{method}: {name}: {said}")
            if refused := refusal(method, f"{name}: the value of {key!r}", values, item):
                return refused
    elif kind.item is not None and isinstance(value, Collection):
        # an iterator is left as it is: reading it here would leave the method nothing
        for at, item in enumerate(value):
            if refused := refusal(method, f"{name}: item {at}", kind.item, item):
                return refused
    return None


def plan_of(function: Callable[..., Any]) -> dict[str, Kind | None]:
    """Each parameter of ``function`` and the kind it is checked as (None: not checked)."""
    plan: dict[str, Kind | None] = {}
    for param in inspect.signature(function).parameters.values():
        if param.kind in (param.VAR_POSITIONAL, param.VAR_KEYWORD):
            continue
        plan[param.name] = kind_of(param.annotation, function.__globals__)
    return plan


def _from_outside() -> bool:
    """Whether the method's caller (two frames up: past the door) is no module of
    qualcode's own."""
    caller = sys._getframe(2).f_globals.get("__name__", "")
    return not (caller == "qualcode" or caller.startswith("qualcode."))


def _door(name: str, function: Callable[..., Any]) -> Callable[..., Any]:
    """``function`` behind a door checking an outside caller's arguments. The door holds
    the method it was made for: a test replacing a method replaces it on the facade
    (``Project``) or patches the collaborator the method asks (a store's repository), so
    no call looks the method up again.

    The door reads the method's annotations at its first outside call, not when the facade
    is wrapped: every CLI command that opens a project imports the facade and calls two or
    three of its 225 methods, and reading them all at import took 11 ms of CPU, half of
    what ``code list`` grew by between stops 45 and 48 (perf48)."""
    made: list[tuple[dict[str, Kind | None], inspect.Signature]] = []

    def plan() -> dict[str, Kind | None]:
        """Each parameter and the kind it is checked as, read once."""
        if not made:
            made.append((plan_of(function), inspect.signature(function)))
        return made[0][0]

    @functools.wraps(function)
    def door(*args: Any, **kwargs: Any) -> Any:
        if _from_outside():
            checked = plan()
            given = list(zip(checked, args, strict=False)) + list(kwargs.items())
            for key, value in given:
                kind = checked.get(key)
                if kind is not None and (refused := refusal(name, key, kind, value)):
                    raise refused
            try:  # an argument left out or named wrong: Python's TypeError, said as ours
                made[0][1].bind(*args, **kwargs)
            except TypeError as wrong:
                raise ValidationError(f"{name}: {wrong}") from None
        return function(*args, **kwargs)

    door.qualcode_plan = plan  # type: ignore[attr-defined]
    return door


def guard_doors(facade: type) -> None:
    """Put a checking door before every public method ``facade`` has, its own and its
    mixins', static and class methods too."""
    for name in dir(facade):
        if name.startswith("_"):
            continue
        held = inspect.getattr_static(facade, name)
        if isinstance(held, staticmethod):
            setattr(facade, name, staticmethod(_door(name, held.__func__)))
        elif isinstance(held, classmethod):
            setattr(facade, name, classmethod(_door(name, held.__func__)))
        elif inspect.isfunction(held):
            setattr(facade, name, _door(name, held))
