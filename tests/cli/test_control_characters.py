"""Control characters in names never reach the terminal through the CLI: listings,
``docs show`` and error messages print them as U+FFFD (an ESC could retitle the window or
write the clipboard)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from qualcode import Project
from qualcode.cli import app
from qualcode.errors import OutputError
from qualcode.model import CodeSpec

runner = CliRunner()
ESC_NAME = "evil\x1b]0;owned\x07\x9b31m"
CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def test_listings_and_docs_show_print_controls_as_replacement(demo: Path) -> None:
    with Project.open(demo) as project:
        project.act_as("lena")
        # the service refuses such a name now (tests/hostile/test_one_line_names.py); a file written
        # before that rule may still hold one, so it is put in the way an old version did
        with project.store.transaction():
            spec = CodeSpec(key="evil", names={"en": ESC_NAME}, definitions={"en": "d\x1b[2J"})
            project.store.codes.upsert(spec, None)
        # document names with controls are refused at import; the text is normalised
        doc = project.import_text("plain.txt", "I: what?\nR: this.\n", lang="en", actor="lena")
    for args in (["codebook", "show"], ["docs", "list"], ["docs", "show", doc.id[:8]]):
        result = runner.invoke(app, ["-p", str(demo), "--coder", "lena", *args])
        assert result.exit_code == 0, result.output
        assert not CONTROLS.search(result.stdout), args
    shown = runner.invoke(app, ["-p", str(demo), "--coder", "lena", "codebook", "show"])
    assert "evil\ufffd]0;owned" in shown.stdout


def test_an_error_quoting_a_name_prints_it_safely(demo: Path) -> None:
    result = runner.invoke(app, ["-p", str(demo), "--coder", ESC_NAME, "docs", "list"])
    assert result.exit_code == 1
    assert not CONTROLS.search(result.stderr)


@pytest.mark.parametrize("control", ["\n", "\r", "\t", "\u2028", "\x1b"])
@pytest.mark.parametrize(
    "args",
    [
        ["import", "{tmp}/a{c}b.txt"],
        ["export", "codings", "-o", "{tmp}/no{c}folder/out.csv"],
        ["export", "summary", "-o", "{tmp}/s{c}.pdf"],
        ["codebook", "load", "{tmp}/book{c}.yaml"],
        ["-p", "{tmp}/x{c}y.db", "docs", "list"],
    ],
)
def test_an_error_about_a_path_with_a_control_character_is_one_line(
    tmp_path: Path, control: str, args: list[str]
) -> None:
    """A path holding a line break used to print raw inside the error, so the one-line
    message spanned two; every error now shows such a character escaped, as ``\\n``."""
    project = tmp_path / "p.db"
    Project.create(project).close()
    words = [a.format(tmp=tmp_path, c=control) for a in args]
    # an option is given once (tests/hostile/test_options_given_twice.py): a case naming
    # its own project replaces the one made here
    given = words if words[0] == "-p" else ["-p", str(project), *words]
    result = runner.invoke(app, given)
    assert result.exit_code == 1, result.output
    err = result.stderr
    assert err.startswith("error: ") and err.count("\n") == 1, repr(err)
    assert not CONTROLS.search(err) and "\u2028" not in err
    escaped = {"\n": "\\n", "\r": "\\r", "\t": "\\t", "\u2028": "\\u2028", "\x1b": "\\x1b"}
    assert escaped[control] in err, err


def test_a_service_error_is_one_line_for_every_face() -> None:
    """The TUI shows ``str(error)`` as the CLI does: the escapes live in the error itself."""
    error = OutputError("a\nb\u202e.csv: cannot write")
    assert str(error) == "a\\nb\\u202e.csv: cannot write"
    assert error.args == ("a\nb\u202e.csv: cannot write",)  # what was said, kept
