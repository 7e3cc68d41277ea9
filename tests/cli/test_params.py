"""cli/params.py converts plain command-line values without pydantic, exactly as typer does.

For every parameter of the real app and a spread of values (good, odd and bad), the direct
conversion gives typer's own value, or the same error in the same words.
"""

from __future__ import annotations

from typing import Any

import pytest
import typer.main
from typer._click import Context
from typer._coercion import build_runtime_param

from qualcode.cli import app
from qualcode.cli.params import _plain_or_typers

SAMPLES: tuple[Any, ...] = (
    "abc", "", " x ", "-", "12", "-3", "0", "007", " 5", "1_000", "+4", "1.5", "9" * 25,
    "table", "json", "csv", "TABLE", "md", "nope", ".", "/", "/no/such/place/p.db",
    "p.db", "~", True, False, "true", "no", 20, 0, -1, 2.5,
)  # fmt: skip


def _params() -> list[tuple[str, Any, Any]]:
    root = typer.main.get_command(app)
    found = []

    def walk(command: Any, path: str) -> None:
        for param in command.params:
            found.append((f"{path} {param.name}", command, param))
        for name, sub in getattr(command, "commands", {}).items():
            walk(sub, f"{path} {name}")

    walk(root, "qualcode")
    return found


def _outcome(runtime: Any, value: Any, param: Any, ctx: Context) -> tuple[str, Any]:
    try:
        return "value", runtime.coerce(value, param=param, ctx=ctx)
    except Exception as exc:  # the same error, in the same words
        return type(exc).__name__, str(exc)


def _compared(value: Any, *, lists: bool) -> int:
    """Compare the two conversions of ``value`` on every single-valued parameter of the app
    (or every list one); how many were compared."""
    checked = 0
    for where, command, param in _params():
        if (param.multiple or param.nargs != 1) != lists:
            continue
        ctx = Context(command)
        typers = build_runtime_param(param.type_descriptor)
        plain = _plain_or_typers(param.type_descriptor)
        assert _outcome(plain, value, param, ctx) == _outcome(typers, value, param, ctx), where
        checked += 1
    return checked


@pytest.mark.parametrize("value", SAMPLES)
def test_every_parameter_converts_as_typer_does(value: Any) -> None:
    assert _compared(value, lists=False) > 150


@pytest.mark.parametrize("value", [("a",), ("aby_03", "aby 05", ""), (), ["x"], ("1", 2)])
def test_list_parameters_convert_as_typer_does(value: Any) -> None:
    """Documents named on the command line (a list) take the direct route too: building
    typer's adapter for them imported pydantic on every `suggest DOC` (0.2 s CPU)."""
    assert _compared(value, lists=True) > 5
