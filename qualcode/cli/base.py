"""The CLI's shared parts: the typer app, its groups, the project option and helpers.

Commands parse arguments, call one ``Project`` method and print the result. User
mistakes arrive as ``QualcodeError`` and leave as one line on stderr with exit status 1.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import click
import typer
from typer.core import TyperGroup

from qualcode import __version__

if TYPE_CHECKING:  # typer 0.2x parses with its own copy of click: its types are these
    from typer._click.core import Context
    from typer._click.exceptions import UsageError
else:
    try:  # typer 0.2x parses with its own copy of click, whose exceptions are these
        from typer._click.exceptions import UsageError
    except ImportError:  # pragma: no cover - older typer on the real click
        from click.exceptions import UsageError
from qualcode.cli.output import Format, printable
from qualcode.cli.said import UNWRITTEN, error_line, output_lost, said, usage_error
from qualcode.errors import QualcodeError, ValidationError

if TYPE_CHECKING:  # the service loads on the first command that needs it, not for --help
    from qualcode.project import Project


def _unwrap_help(group: Any) -> None:
    """Join each paragraph of every command's help into one line of words.

    Docstrings are wrapped at the source's line length; in rich mode typer keeps those
    breaks, so a wide terminal showed "one document at a time with" and then "a progress
    line" on the next row, mid-sentence. Paragraphs (blank lines) stay paragraphs; the
    terminal wraps the words.
    """
    for command in getattr(group, "commands", {}).values():
        if command.help:
            paragraphs = command.help.split("\n\n")
            command.help = "\n\n".join(" ".join(p.split()) for p in paragraphs)
        _unwrap_help(command)


# the top-level commands in the order of a study's first hour and after (others follow)
WORKFLOW = (
    *("init", "codebook", "coder", "import", "docs", "code", "memo", "search", "sets"),
    *("suggest", "embed", "status", "team", "agree", "reconcile", "audit", "report"),
    *("export", "pseudonym", "handout", "export-coder", "merge", "import-qdpx", "tui"),
    *("serve", "demo"),
)


class _Commands(TyperGroup):
    """Turns a user's mistake into one line on stderr and exit status 1, never a traceback.

    That holds for a mistake on the command line too (``--start abc``, a missing
    ``--coder``): click would draw a box of several lines and exit 2; scripts and people
    get the same one line as for any other mistake instead. Asking for help is no mistake
    and keeps click's help text.
    """

    def list_commands(self, ctx: Context) -> list[str]:
        """The commands in the order a study uses them (``WORKFLOW``), as the README's tour
        runs them: `qualcode --help` listed them as the modules happened to register them,
        `search` first and `init` second, `suggest` last."""
        names = super().list_commands(ctx)
        order = {name: at for at, name in enumerate(WORKFLOW)}
        return sorted(names, key=lambda name: order.get(name, len(order)))

    def make_context(
        self,
        info_name: str | None,
        args: list[str],
        parent: Context | None = None,
        **extra: Any,
    ) -> Context:
        if parent is None:
            _unwrap_help(self)
        try:
            return super().make_context(info_name, args, parent, **extra)
        except UsageError as exc:
            usage_error(exc)

    def invoke(self, ctx: Context) -> Any:
        try:
            done = super().invoke(ctx)
            sys.stdout.flush()  # a full disk under `> file` is said here, not at exit
            return done
        except QualcodeError as exc:
            click.echo(error_line(said(exc)), err=True)
            raise typer.Exit(1) from None
        except UsageError as exc:
            usage_error(exc)
        except OSError as exc:
            if exc.errno not in UNWRITTEN:
                raise
            output_lost(exc)
        except Exception as exc:
            # a damaged page of the project file met while rows were being walked: one
            # line naming the file (the store's statements and fetches say so themselves)
            from qualcode.project import damaged_error

            error = damaged_error(exc, project_path())
            if error is None:
                raise
            click.echo(error_line(str(error)), err=True)
            raise typer.Exit(1) from None


app = typer.Typer(
    name="qualcode",
    cls=_Commands,
    help="Code interview transcripts in Swedish and English, offline, as a team.",
    no_args_is_help=False,
    pretty_exceptions_enable=False,
    rich_markup_mode="rich",
)
docs_app = typer.Typer(
    help="List, show, remove and restore imported documents.", no_args_is_help=True
)
codebook_app = typer.Typer(help="Load, show, export and edit the codebook.", no_args_is_help=True)
coder_app = typer.Typer(help="Add and list coders.", no_args_is_help=True)
code_app = typer.Typer(help="Add, list and remove codings.", no_args_is_help=True)
app.add_typer(docs_app, name="docs")
app.add_typer(codebook_app, name="codebook")
app.add_typer(coder_app, name="coder")
app.add_typer(code_app, name="code")

FormatOpt = Annotated[Format, typer.Option("--format", "-f", help="Output format.")]
RealNamesOpt = Annotated[
    bool,
    typer.Option(
        "--real-names", help="Print real names instead of pseudonyms (a lead only, with --coder)."
    ),
]
ForceOpt = Annotated[
    bool, typer.Option("--force", help="Replace the file if it exists (never a project).")
]


class State:
    project_path: Path | None = None
    coder: str | None = None  # --coder before the command (or $QUALCODE_CODER): who acts
    ui_lang: str | None = None


state = State()


def _version(value: bool) -> None:
    if value:
        print(f"qualcode {__version__}")
        raise typer.Exit()


@app.callback(invoke_without_command=True)
def _main(
    ctx: typer.Context,
    project: Annotated[
        Path | None,
        typer.Option(
            "--project",
            "-p",
            help="Project file (default: $QUALCODE_PROJECT or ./qualcode.db).",
            readable=False,  # the store says why a file cannot be opened, in one line
        ),
    ] = None,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version.")
    ] = False,
    coder: Annotated[
        str | None,
        typer.Option(
            "--coder",
            envvar="QUALCODE_CODER",
            help=(
                "Who is acting, for every command (default: who this login chose last); "
                "the first person named in a new project joins it as its lead."
            ),
        ),
    ] = None,
    ui_lang: Annotated[
        str | None, typer.Option("--ui-lang", help="TUI language: sv or en (default: locale).")
    ] = None,
) -> None:
    """With no command, open the project in the terminal UI."""
    state.project_path = project
    # a --coder typed here names who acts; $QUALCODE_CODER says who is at the keyboard,
    # which a typed --coder may contradict only for a lead (project/access.py)
    source = ctx.get_parameter_source("coder")
    typed = source is not None and source.name != "ENVIRONMENT"
    state.coder, state.ui_lang = (coder if typed else None), ui_lang
    if ctx.invoked_subcommand not in (None, "tui", "serve"):
        # typed before another command, it would be dropped without a word (--coder before
        # a command names who acts for every command)
        for name, option in (("ui_lang", "--ui-lang"),):
            source = ctx.get_parameter_source(name)  # typer may carry its own click
            if source is not None and source.name == "COMMANDLINE":
                raise ValidationError(
                    f"{option} before a command is read only by tui and serve; "
                    "give it after the command if the command takes it"
                )
    if ctx.invoked_subcommand is None:
        from qualcode.cli.tui import open_tui

        open_tui(project_path(), coder, ui_lang)


def project_path() -> Path:
    """The project file named by -p, else $QUALCODE_PROJECT, else ./qualcode.db."""
    from qualcode.project import default_project_path

    return state.project_path or default_project_path()


# The acting person has one name everywhere: --coder. --as and --by (the names some
# commands used before) still work but are not shown in help.
CoderOpt = Annotated[
    str | None,
    typer.Option(
        "--coder",
        help="Who is acting (default: $QUALCODE_CODER, then who this login chose last).",
    ),
]
AsOpt = Annotated[str | None, typer.Option("--as", hidden=True)]
ByOpt = Annotated[str | None, typer.Option("--by", hidden=True)]


def open_project(
    *names: str | None, unknown_ok: bool = False, adding: str | None = None
) -> Project:
    """Open the project as the acting person: the first of ``names`` given, the global
    ``--coder`` or ``$QUALCODE_CODER``, else the coder this login chose last time.

    Blind coding and the audit log's actor follow from who that is (the service applies
    both); nobody named is allowed only where there is nobody else's work to hide. The
    first person named in a project that holds nobody yet joins it (``join_first``)."""
    return open_arriving(*names, unknown_ok=unknown_ok, adding=adding)[0]


def open_arriving(
    *names: str | None, unknown_ok: bool = True, adding: str | None = None, joins: bool = True
) -> tuple[Project, str | None]:
    """``open_project``, and the name it was asked to act as that the project does not
    know yet (None: nobody unknown was named): `coder add` adds them, `import-qdpx` hands
    them to the service, which takes them into a project that knows nobody yet.
    ``adding``: the name the command itself adds (`coder add NAME`), who therefore does
    not join first; ``joins=False``: nobody joins here (`import-qdpx` takes the newcomer
    in with the role the file gives her, and a refused import leaves no project)."""
    from qualcode.project import Project
    from qualcode.project.access import identity, same_name
    from qualcode.project.coders import joined_note

    project = Project.open(project_path())
    if project.upgraded is not None:  # an older file's documents, upgraded on this open
        say(project.upgraded.line())
    try:
        claimed = next((n.strip() for n in (*names, state.coder) if n and n.strip()), None)
        me, said_by = identity(project.remembered_coder)
        name, unknown = claimed or me, None
        first = joins and name and not (adding and same_name(adding.strip(), name))
        if first and name and (joined := project.join_first(name, me, said_by=said_by)):
            say(joined_note(joined))
        if unknown_ok and name and name not in {c.name for c in project.coders()}:
            name, unknown = None, name  # not known yet: the caller says what may follow
        # a --coder naming someone else than who this is: only a lead acts for another
        project.act_as(name, me, said_by=said_by)
    except BaseException:
        project.close()
        raise
    return project, unknown


def login() -> str:
    """The OS user name, under which the project remembers who they said they are."""
    from qualcode.project.access import login as os_login

    return os_login()


def who_acts(project: Project, what: str) -> str:
    """The acting person's name, for a command that writes as someone."""
    if project.acting is None:
        raise ValidationError(f"{what}: say who you are with --coder NAME or $QUALCODE_CODER")
    return project.acting.name


def say(message: str) -> None:
    print(printable(message), file=sys.stderr)


def acting_name(project: Any) -> str | None:
    """Who asks (for --real-names): the acting person, however they were named."""
    return project.acting.name if project.acting else None


def note_key_clash(project: Any, real_names: bool) -> None:
    """Warn, in one line, of a key holding a word both as a real name and as a pseudonym
    (Project.key_clash_note) when the export applies the key; when it applies none
    (``real_names``), say that in one line instead."""
    if real_names:
        from qualcode.project.off_key import REAL_NAMES_NOTE

        say(REAL_NAMES_NOTE)
    elif note := project.key_clash_note(acting_name(project)):
        say(note)
