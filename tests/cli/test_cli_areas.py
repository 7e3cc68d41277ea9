"""``qualcode CMD`` loads only the command modules of CMD (``qualcode.cli.AREAS``), so the map
must name every module that registers a command under CMD: a module left out would make its
commands unknown to the real program while every CliRunner test (which loads them all) passed.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import qualcode.cli as cli
from qualcode.cli import AREAS, MODULES, VALUED, app, command_named


def _modules(group: Any) -> set[str]:
    """The modules whose functions make up a typer group and the groups under it."""
    found = {info.callback.__module__ for info in group.registered_commands}
    if group.registered_callback is not None:
        found.add(group.registered_callback.callback.__module__)
    for sub in group.registered_groups:
        found |= _modules(sub.typer_instance)
    return found


def _registered() -> dict[str, set[str]]:
    names: dict[str, set[str]] = {}
    for info in app.registered_commands:
        name = info.name or info.callback.__name__.replace("_", "-")
        names.setdefault(name, set()).add(info.callback.__module__)
    for sub in app.registered_groups:
        names.setdefault(str(sub.name), set()).update(_modules(sub.typer_instance))
    return names


def test_every_command_is_mapped_to_the_modules_that_register_it() -> None:
    registered = _registered()
    assert set(AREAS) == set(registered)
    for name, modules in registered.items():
        assert {f"qualcode.cli.{m}" for m in AREAS[name]} >= modules, name
        assert set(AREAS[name]) <= set(MODULES), name


def test_every_command_module_is_listed() -> None:
    here = Path(cli.__file__).parent
    registering = {
        path.stem for path in here.glob("*.py") if ".command(" in path.read_text(encoding="utf-8")
    }
    assert registering <= set(MODULES)


def test_the_options_before_a_command_that_take_a_value_are_known() -> None:
    import typer

    group = typer.main.get_command(app)
    valued = {
        opt for param in group.params if not getattr(param, "is_flag", False) for opt in param.opts
    }
    assert valued == set(VALUED)


@pytest.mark.parametrize(
    ("argv", "name"),
    [
        (["code", "list"], "code"),
        (["-p", "x.db", "code", "list"], "code"),
        (["--project", "code", "coder", "list"], "coder"),  # a project file named "code"
        (["--project=x.db", "--coder", "lena", "docs"], "docs"),
        (["-px.db", "--ui-lang", "sv", "tui"], "tui"),
        (["--coder", "lena"], None),
        ([], None),
        (["--help", "code"], None),  # help before a command lists every command
        (["-p", "x.db", "--", "code"], None),
        (["--version"], None),
    ],
)
def test_the_command_word_is_found_past_the_options(argv: list[str], name: str | None) -> None:
    assert command_named(argv) == name


def _run(args: list[str], probe: str) -> str:
    code = (
        "import sys\n"
        f"sys.argv = ['qualcode', *{args!r}]\n"
        "from qualcode.cli import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        f"print('PROBE', {probe}, file=sys.stderr)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    return [ln for ln in done.stderr.splitlines() if ln.startswith("PROBE")][-1]


@pytest.mark.slow
def test_a_command_loads_its_own_area_and_help_loads_all(tmp_path: Path) -> None:
    db = str(tmp_path / "p.db")
    subprocess.run(
        [sys.executable, "-m", "qualcode", "-p", db, "init"], check=True, capture_output=True
    )
    loaded = "sorted(m[13:] for m in sys.modules if m.startswith('qualcode.cli.'))"
    line = _run(["-p", db, "code", "list"], loaded)
    assert "'coding'" in line and "'quotes'" in line
    assert "'agree'" not in line and "'suggest'" not in line and "'team'" not in line
    line = _run(["--help"], loaded)
    assert all(f"'{name}'" in line for name in MODULES)
    line = _run(["-p", db, "cod", "list"], loaded)  # told the commands there are
    assert all(f"'{name}'" in line for name in MODULES)


@pytest.mark.slow
def test_help_of_a_group_lists_the_same_commands_alone_as_with_all() -> None:
    for name in ("code", "docs", "export", "report"):
        alone = subprocess.run(
            [sys.executable, "-m", "qualcode", name, "--help"],
            capture_output=True,
            text=True,
            env={**os.environ, "COLUMNS": "200"},
        )
        assert alone.returncode == 0, alone.stderr
        from typer.testing import CliRunner

        full = CliRunner().invoke(app, [name, "--help"], env={"COLUMNS": "200"})
        assert full.exit_code == 0
        words = {ln.split()[1] for ln in full.output.splitlines() if ln.startswith("│ ")}
        got = {ln.split()[1] for ln in alone.stdout.splitlines() if ln.startswith("│ ")}
        assert got == words, name


def test_the_app_holds_every_command_again_after_a_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """``main`` leaves the other commands out while one runs; a caller in the same process
    (a notebook, a test) still finds them all afterwards."""
    before = _registered()
    db = str(tmp_path / "p.db")
    for argv in (["-p", db, "init"], ["-p", db, "coder", "list"]):
        monkeypatch.setattr(sys, "argv", ["qualcode", *argv])
        with pytest.raises(SystemExit) as done:
            cli.main()
        assert done.value.code in (0, None), capsys.readouterr()
    assert _registered() == before
