"""Command-line values turned into Python values without pydantic, where that is plain.

typer 0.29 converts every parameter's value with a pydantic ``TypeAdapter``, built for each
parameter of the command that runs, even one the user did not give. Importing pydantic
and building those adapters cost more CPU than everything else ``qualcode code list`` does
(issue 11: plain commands start in at most 0.3 s CPU). Our parameters are strings, whole
numbers, flags, choices and paths, so the common values take a direct route here that
gives what typer's own conversion gives; anything else (a number written in an unusual
form, a bad choice, a float, an empty path) is handed to typer's conversion, which
builds the adapter only then and words its error messages as always.

``install()`` replaces the factory typer's parameters call (``typer.core``) with one that
returns a :class:`_Plain` conversion; ``tests/cli/test_params.py`` checks it against typer's
for every parameter of the app.
"""

from __future__ import annotations

import re
from enum import Enum
from pathlib import Path
from typing import Any

import typer.core
from typer._coercion import RuntimeParam, TypeDescriptor, build_runtime_param
from typer._param_types import coerce_cli_choice, coerce_cli_path

_WHOLE = re.compile(r"-?(0|[1-9][0-9]{0,17})")
_TYPERS = build_runtime_param  # typer's own factory, for everything not plain


class _Plain(RuntimeParam):
    """One parameter's conversion: direct for plain values, typer's for the rest."""

    def _coerce_value(self, value: Any, param: Any, ctx: Any) -> Any:
        annotation, info = self.annotation, self.parameter_info
        if info.parser is None:
            if annotation is str and isinstance(value, str):
                return value
            if annotation is bool and isinstance(value, bool):
                return value
            whole = isinstance(value, str) and _WHOLE.fullmatch(value)
            if annotation is int and info.min is None and info.max is None:
                if whole:
                    return int(value)
                if type(value) is int:  # a default, such as --limit's 20
                    return value
            listed = isinstance(value, tuple | list) and all(isinstance(v, str) for v in value)
            if annotation == list[str] and listed:  # the documents named
                return list(value)
            if isinstance(annotation, type) and issubclass(annotation, Enum):
                try:
                    return coerce_cli_choice(
                        value, choices=tuple(annotation), case_sensitive=info.case_sensitive
                    )
                except ValueError:
                    pass  # typer words the error
            if annotation is Path and isinstance(value, str) and value and not info.path_type:
                # typer's own checks (exists, readable, ...) on a Path made directly
                return coerce_cli_path(Path(value), info, path_type=Path, param=param, ctx=ctx)
        typers = self.__dict__.get("typers")
        if typers is None:  # built once, on the first value that needs it
            typers = _TYPERS(self.__dict__["descriptor"])
            object.__setattr__(self, "typers", typers)
        return typers._coerce_value(value, param=param, ctx=ctx)


def _plain_or_typers(descriptor: TypeDescriptor) -> RuntimeParam:
    if descriptor.file_annotation is not None:
        return _TYPERS(descriptor)
    plain = _Plain(parameter_info=descriptor.parameter_info, annotation=descriptor.annotation)
    object.__setattr__(plain, "descriptor", descriptor)  # a frozen dataclass
    return plain


def install() -> None:
    """Make typer's parameters convert through :class:`_Plain` from now on."""
    typer.core.build_runtime_param = _plain_or_typers
