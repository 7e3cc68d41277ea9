"""Commands that need no NLP or data frames must not load them: start-up is CPU a user pays
on every command. Checked by the modules a real process has loaded, not by a clock."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

# slow: every case is a fresh interpreter measured from the outside
pytestmark = pytest.mark.slow


# pydantic: typer 0.29 converts values with it unless cli/params.py does; asyncio and
# aiohttp: only `qualcode serve` needs them
HEAVY = (
    "pandas", "numpy", "spacy", "sklearn", "textual", "matplotlib", "pydantic", "asyncio",
    "aiohttp",
)  # fmt: skip

_PROBE = """
import sys
sys.argv = ["qualcode", *{args!r}]
from qualcode.cli import main
try:
    main()
except SystemExit:
    pass
print("LOADED", " ".join(m for m in {heavy!r} if m in sys.modules), file=sys.stderr)
"""


def _loaded(args: list[str], heavy: tuple[str, ...] = HEAVY) -> set[str]:
    done = subprocess.run(
        [sys.executable, "-c", _PROBE.format(args=args, heavy=heavy)],
        capture_output=True,
        text=True,
        check=False,
    )
    line = [ln for ln in done.stderr.splitlines() if ln.startswith("LOADED")][-1]
    return set(line.split()[1:])


def test_version_loads_nothing_heavy() -> None:
    assert _loaded(["--version"]) == set()


def test_version_loads_no_service() -> None:
    # the service and its store (sqlite-utils, dateutil) are a third of start-up: a
    # command module that imported a constant from qualcode.project loaded them all
    service = ("qualcode.project", "qualcode.store", "sqlite_utils")
    assert _loaded(["--version"], service) == set()


def test_version_loads_no_command_module() -> None:
    assert _loaded(["--version"], ("qualcode.cli.coding", "qualcode.cli.agree")) == set()


def test_import_of_the_model_loads_no_service() -> None:
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys, qualcode.model; print('qualcode.store' in sys.modules)",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.strip() == "False"


def test_plain_commands_load_neither_frames_nor_nlp(tmp_path: Path) -> None:
    db = str(tmp_path / "p.db")
    subprocess.run(
        [sys.executable, "-m", "qualcode", "-p", db, "init"], check=True, capture_output=True
    )
    for args in (["code", "list"], ["coder", "list"], ["docs", "list"], ["coder", "add", "karin"]):
        assert _loaded(["-p", db, *args]) == set(), args


def test_plain_commands_load_no_other_area_nor_entry_points(tmp_path: Path) -> None:
    """Each command module registers one area; `code list` needs two of twenty (the rest
    and their click commands were a fifth of its CPU). sqlite-utils looked for plugins in
    the entry points of every installed package on each open (importlib.metadata)."""
    db = str(tmp_path / "p.db")
    subprocess.run(
        [sys.executable, "-m", "qualcode", "-p", db, "init"], check=True, capture_output=True
    )
    other = (
        "qualcode.cli.agree", "qualcode.cli.suggest", "qualcode.cli.team",
        "qualcode.cli.reconcile", "qualcode.cli.export", "qualcode.cli.tui",
        "importlib.metadata",
    )  # fmt: skip
    for args in (["code", "list"], ["coder", "list"], ["docs", "list"], ["coder", "add", "karin"]):
        assert _loaded(["-p", db, *args], other) == set(), args


def test_a_second_suggestion_loads_only_what_scoring_needs(tmp_path: Path) -> None:
    """A kept engine is plain data: suggesting again needs numpy and scipy's sparse rows,
    not spaCy, scikit-learn, pandas or pydantic (the documents named on the command line
    had built typer's pydantic adapter, 0.2 s of a 2 s budget)."""
    db = str(tmp_path / "p.db")
    text = tmp_path / "a.txt"
    text.write_text(
        "Vi har hög personalomsättning och det kostar mycket.\n\n"
        "Politikerna besökte verksamheten och lyssnade på socialsekreterarna.\n",
        encoding="utf-8",
    )
    book = Path(__file__).resolve().parents[2] / "codebooks" / "turning_points.yaml"
    for args in (["init"], ["codebook", "load", str(book)], ["import", str(text)]):
        subprocess.run(
            [sys.executable, "-m", "qualcode", "-p", db, *args], check=True, capture_output=True
        )
    first = subprocess.run(
        [sys.executable, "-m", "qualcode", "-p", db, "suggest", "a"],
        check=True,
        capture_output=True,
        text=True,
    )
    assert "integration" in first.stdout
    assert _loaded(["-p", db, "suggest", "a"]) == {"numpy"}
