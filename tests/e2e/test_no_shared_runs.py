"""The repository shares no 8-word run with the real text it is evaluated on.

Real sentences are read at evaluation time from outside the repository; copying them into
the codebook, the bundled no-code talk or a test would make the evaluation flatter the
engine. CI has ``../shared/realdev`` beside the clone, so this always checks that set, and
the other real sets where this machine has them.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _module():
    spec = importlib.util.spec_from_file_location(
        "shared_runs", ROOT / "benchmarks" / "shared_runs.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow
def test_no_tracked_file_repeats_eight_words_of_real_text() -> None:
    shared_runs = _module()
    if not shared_runs.real_sets():
        pytest.skip("no real text on this machine")
    assert shared_runs.shared_runs(8) == []


def test_the_check_finds_a_copied_run(tmp_path: Path) -> None:
    shared_runs = _module()
    tokens = shared_runs.words("Det här är en mening med exakt åtta ord i sig, och mer.")
    runs = set(shared_runs.runs(tokens, 8))
    assert ("det", "här", "är", "en", "mening", "med", "exakt", "åtta") in runs
    assert len(runs) == len(tokens) - 7


def test_a_worktree_beside_the_checkout_still_reads_the_shared_dev_set(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """A helper's worktree (/work/wt/NAME) has no ../shared beside it; the dev set is still read.

    The checkout is moved to a folder with nothing beside it, so the fallback is what is read
    wherever the test runs (CI's clone has its own ../shared, which would otherwise win).
    """
    shared = Path("/work/shared/realdev")
    if not shared.is_dir():
        pytest.skip("no shared dev set on this machine")
    monkeypatch.delenv("QUALCODE_REALDEV", raising=False)
    module = _module()
    monkeypatch.setattr(module, "ROOT", tmp_path / "wt" / "helper")
    assert shared in module.real_sets()


def test_the_dev_set_beside_the_checkout_wins_over_the_machines(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """A clone with ../shared beside it (CI's) reads that one, not /work/shared."""
    beside = tmp_path / "shared" / "realdev"
    beside.mkdir(parents=True)
    monkeypatch.delenv("QUALCODE_REALDEV", raising=False)
    module = _module()
    monkeypatch.setattr(module, "ROOT", tmp_path / "main")
    assert module.real_sets()[0] == beside
