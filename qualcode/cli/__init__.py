"""The command line: a thin typer face over ``qualcode.Project``.

Commands parse arguments, call one ``Project`` method and print the result. User
mistakes arrive as ``QualcodeError`` and leave as one line on stderr with exit status 1.
Each module registers the commands of one area on the shared app.

``main`` loads only the modules of the command it is given (``AREAS``): importing the
twenty command modules and building their click commands was a fifth of the CPU of a
plain ``qualcode code list``, which needs two of them. Help, a mistyped command and
``from qualcode.cli import app`` load them all (``load_all``).
"""

from __future__ import annotations

import sys
from importlib import import_module
from typing import Any

from qualcode.cli import once
from qualcode.cli.params import install

install()  # plain values without pydantic: see cli/params.py
once.install()  # an option given twice is refused, not quietly the last (cli/once.py)

# every command module, in the order they register (a group's commands list in it)
MODULES = (
    *("access", "agree", "attributes", "codebook", "coding", "documents", "embed", "export"),
    *("memo_export", "pseudonym", "report", "query", "quotes", "reconcile", "search", "serve"),
    *("sets", "suggest", "team", "tui", "words"),
)

# a top-level command or group -> the modules that register it or any command under it
# (tests/cli/test_cli_areas.py checks this against what the modules register)
AREAS: dict[str, tuple[str, ...]] = {
    "agree": ("agree",),
    "audit": ("team",),
    "code": ("coding", "quotes"),
    "codebook": ("codebook",),
    "coder": ("coding",),
    "demo": ("documents",),
    "docs": ("attributes", "documents"),
    "embed": ("embed",),
    "export": ("export", "memo_export"),
    "export-coder": ("team",),
    "handout": ("team",),
    "import": ("documents",),
    "import-qdpx": ("export",),
    "init": ("documents",),
    "memo": ("coding",),
    "merge": ("team",),
    "pseudonym": ("pseudonym",),
    "reconcile": ("reconcile",),
    "report": ("query", "report", "words"),
    "search": ("search",),
    "serve": ("serve",),
    "sets": ("sets",),
    "status": ("team",),
    "suggest": ("suggest",),
    "team": ("access",),
    "tui": ("tui",),
}

# the options before a command that take a value (the app's callback in cli/base.py)
VALUED = ("-p", "--project", "--coder", "--ui-lang")


def command_named(argv: list[str]) -> str | None:
    """The command word of a command line (its first word that is neither an option nor an
    option's value), or None where there is none, help is asked for, or ``--`` makes it unclear."""
    rest = iter(argv)
    for word in rest:
        if word in ("--", "--help", "-h"):  # help before a command lists every command
            return None
        if word in VALUED:
            next(rest, None)
        elif not word.startswith("-"):
            return word
    return None


def load(modules: tuple[str, ...]) -> None:
    """Import these command modules (they register their commands), in ``MODULES``' order."""
    for name in MODULES:
        if name in modules:
            import_module(f"qualcode.cli.{name}")


def load_all() -> None:
    """Import every command module: help lists them all, and a mistyped command is told
    the commands there are."""
    load(MODULES)


def __getattr__(name: str) -> Any:
    if name == "app":  # the whole app, as the tests and ``qualcode --help`` see it
        load_all()
        from qualcode.cli.base import app

        return app
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def main() -> None:
    """Entry point of the ``qualcode`` command."""
    from qualcode.cli.base import app, say

    word = command_named(sys.argv[1:])
    if word is None and _version_only(sys.argv[1:]):
        pass  # the version is printed before any command is looked at
    elif word not in AREAS:
        load_all()
        word = None
    else:
        load(AREAS[word])
    commands, groups = app.registered_commands, app.registered_groups
    if word is not None:
        # typer builds the click command of every command it holds, reading each one's
        # signature: only the one asked for is run, the others its modules registered too
        # are left out of this run (help and a mistyped word keep them all)
        app.registered_commands = [c for c in commands if _name(c) == word]
        app.registered_groups = [g for g in groups if g.name == word]
    try:
        app()
    except KeyboardInterrupt:
        say("interrupted")
        sys.exit(130)
    finally:
        app.registered_commands, app.registered_groups = commands, groups


def _version_only(argv: list[str]) -> bool:
    """``--version`` with neither help nor ``--``: it prints and exits before any command."""
    return "--version" in argv and not {"--help", "-h", "--"} & set(argv)


def _name(info: Any) -> str:
    """A registered command's name as typed (typer's own rule: lower case, ``-`` for ``_``)."""
    return str(info.name or info.callback.__name__).lower().replace("_", "-")
