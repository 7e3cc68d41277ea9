"""How the CLI says what went wrong, in one line on stderr with exit status 1: a service
error with its setting named by the option that gives it and its action by the command
that does it, a mistake on the command line, and a listing that a full disk cut short.
The typer group in ``base.py`` sends every error here; kept apart so that the words a
person reads are in one place and the app's wiring in another.
"""

from __future__ import annotations

import errno
import os
import re
import shutil
import sys
from typing import TYPE_CHECKING, NoReturn

import click
import typer

from qualcode.cli.output import printable
from qualcode.errors import QualcodeError, one_line

if TYPE_CHECKING:  # typer 0.2x parses with its own copy of click: its types are these
    from typer._click.exceptions import NoArgsIsHelpError, UsageError
else:
    try:  # typer 0.2x parses with its own copy of click, whose exceptions are these
        from typer._click.exceptions import NoArgsIsHelpError, UsageError
    except ImportError:  # pragma: no cover - older typer on the real click
        from click.exceptions import NoArgsIsHelpError, UsageError


# the service's settings whose option is not the setting's own name with dashes
OPTIONS = {
    "attributes_csv": "--attributes",
    "path": "--target",  # the demo's
    "viewer": "--coder",  # who acts, by whichever name the service's method gives it
    "translator": "--coder",
}


# the commands that do what a service message names in words (``QualcodeError.action``);
# ``{0}`` is the name the action is for
COMMANDS = {
    "act_as": "`--coder {0}`",
    "add_coder": "`qualcode coder add {0}`",
    "add_lead": "`qualcode coder add {0} --role lead`",
    "decide_or_reopen": "`qualcode reconcile decide|reopen`",
    "export_qdc": "`qualcode export qdc`",
    "import_files": "qualcode import {0}/*.docx {0}/*.txt ...",
    "list_cases": "see `qualcode reconcile list`",
    "list_codings": "see `qualcode code list`",
    "list_consensus": "read its codings with `qualcode code list --layer consensus`",
    "list_documents": "see `qualcode docs list`",
    "list_removed_documents": "see `qualcode docs list --removed`",
    "load_codebook": "`qualcode codebook load FILE`",
    "make_lead": "`qualcode coder role NAME lead`",
    "merge_code": "`qualcode codebook merge`",
    "reconcile": "`qualcode reconcile confirm`, `qualcode reconcile decide`",
    "show_codebook": "see `qualcode codebook show`",
    "suggest": "see `qualcode suggest`",
    "unblind": "`qualcode team unblind`",
}


# what a full disk, a quota or a file-size limit says when standard output, redirected to
# a file (`qualcode agree --format csv > agree.csv`), cannot take what is printed: every
# file qualcode writes itself says so in its own line (project/files.py, the store)
UNWRITTEN = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG})


def output_lost(exc: OSError) -> NoReturn:
    """One line for a listing that could not be printed whole: it was a traceback, or for
    CSV nothing at all and exit 0 over a file cut short (safety33). Standard output is
    pointed at nothing afterwards, so Python's own flush at exit does not fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):  # no file descriptor (a test's captured output)
        pass
    reason = exc.strerror or str(exc)
    click.echo(
        printable(f"error: standard output: cannot write: {reason}; what was printed is cut short"),
        err=True,
    )
    raise typer.Exit(1) from None


def said(error: QualcodeError) -> str:
    """The error's one line as the CLI says it: a setting the service names is called by
    the option that gives it (``force``: ``--force``), and an action it names in words is
    followed by the command that does it."""
    text = error.worded(flag(error.setting)) if error.setting else str(error)
    if not error.action or error.rows_below:
        return text
    name, *subject = error.action
    return f"{text} ({one_line(COMMANDS[name].format(*subject))})"


def flag(setting: str) -> str:
    """The option a service setting is given by on the command line (``lang``: ``--lang``),
    for the errors that name it (``SettingError``)."""
    return OPTIONS.get(setting) or "--" + setting.replace("_", "-")


# a word, or a command in backquotes with what clings to it ("(`qualcode coder add nina`)")
_WHOLE = re.compile(r"\S*`[^`]*`\S*|\S+")


def wrapped(line: str, width: int) -> str:
    """``line`` in lines of ``width`` parted at spaces, a command in backquotes kept whole on
    one line. The terminal parted it where the row ended: at 80 columns a coder not yet in
    the project read "(`qualcode c" and "oder add nina`)" (tui47)."""
    rows: list[str] = []
    for word in _WHOLE.findall(line):
        if rows and len(rows[-1]) + 1 + len(word) <= width:
            rows[-1] += " " + word
        else:
            rows.append(word)
    return "\n".join(rows) if width > 0 else line


def error_line(text: str) -> str:
    """``error: text`` as printed on stderr: wrapped at spaces to a terminal's width, as it
    is (a file or a pipe takes it in one line, as the scripts that read it expect)."""
    line = printable(f"error: {text}")
    if not sys.stderr.isatty():
        return line
    return wrapped(line, shutil.get_terminal_size().columns)


def usage_error(exc: UsageError) -> NoReturn:
    """A mistake on the command line (``--start abc``, a missing ``--coder``) as one line
    and exit status 1, as every other mistake is; a bare group's help stays the answer."""
    if isinstance(exc, NoArgsIsHelpError):
        raise exc  # a bare group: its help is the answer
    where = f"{exc.ctx.command_path}: " if exc.ctx is not None else ""
    message = " ".join(exc.format_message().split())
    click.echo(error_line(f"{where}{message} (see --help)"), err=True)
    raise typer.Exit(1) from None
