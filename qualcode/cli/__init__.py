"""The command line: a thin typer face over ``qualcode.Project``.

Commands parse arguments, call one ``Project`` method and print the result. User
mistakes arrive as ``QualcodeError`` and leave as one line on stderr with exit status 1.
Each module registers the commands of one area on the shared app.
"""

from __future__ import annotations

import sys

from qualcode.cli import (  # noqa: F401  (registers commands)
    access,
    agree,
    attributes,
    codebook,
    coding,
    documents,
    embed,
    export,
    memo_export,
    once,
    pseudonym,
    query,
    quotes,
    reconcile,
    search,
    serve,
    sets,
    suggest,
    team,
    tui,
    words,
)
from qualcode.cli.base import app, say
from qualcode.cli.params import install

install()  # plain values without pydantic: see cli/params.py
once.install()  # an option given twice is refused, not quietly the last (cli/once.py)


def main() -> None:
    """Entry point of the ``qualcode`` command."""
    try:
        app()
    except KeyboardInterrupt:
        say("interrupted")
        sys.exit(130)
