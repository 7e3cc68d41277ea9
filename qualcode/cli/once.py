"""An option that takes a value is given once.

click keeps the last of an option given twice and says nothing: ``code add --code
integration --code mission_dialogue`` coded the passage once, with the second code, where a
careless user expected two codings; ``memo add --doc a.txt --doc b.txt`` put the memo on
b.txt alone; ``export codings -o a.csv -o b.csv`` wrote only b.csv (red team 9). An option
meant to be repeated (``--attr``, ``--example``) is declared so and still may be; a flag
given twice says the same thing twice and is let be.
"""

from __future__ import annotations

from typing import Any

from typer._click.core import Command
from typer._click.exceptions import UsageError
from typer.core import TyperOption

_MAKE_PARSER = Command.make_parser


def _checked_parser(self: Command, ctx: Any) -> Any:
    """The command's parser, whose parse refuses a value-taking option seen twice."""
    parser = _MAKE_PARSER(self, ctx)
    parse = parser.parse_args

    def parse_once(args: list[str]) -> Any:
        opts, rest, order = parse(args=args)
        seen: set[str | None] = set()
        for param in order:
            if not isinstance(param, TyperOption) or param.multiple or param.count or param.is_flag:
                continue
            if param.name in seen:
                raise UsageError(
                    f"{param.opts[0]} is given more than once; give it once (only the last "
                    "would count)",
                    ctx,
                )
            seen.add(param.name)
        return opts, rest, order

    parser.parse_args = parse_once  # type: ignore[method-assign]
    return parser


def install() -> None:
    """Make every command's parser (typer's own copy of click) refuse repeated options."""
    Command.make_parser = _checked_parser  # type: ignore[method-assign]
