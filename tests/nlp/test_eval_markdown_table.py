"""``eval_real.py --markdown`` prints the README's table of suggestion quality, with the
means a stop is compared on, from a run or from runs saved with ``--json``.

The README's table had gone 26 engine versions stale because copying a run's rows into it
by hand took longer than the run; later stops wrote a few rows each as paragraphs, so a
reader could not see today's engine in one table (issue 10, "done means").
"""

from __future__ import annotations

import json
import math
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from benchmarks import eval_real


def _row(name: str, setting: str, f1: float, tier: str = "on", **extra: float) -> dict:
    """One row as ``--json`` writes it (per-code keys come back from JSON as strings)."""
    return {
        "set": name,
        "semantic": tier,
        "setting": setting,
        "macro_f1": f1,
        "coded_f1": f1,
        "f1": {"0": f1, "1": math.nan, "2": f1, "3": f1},
        "coverage": extra.get("coverage", 0.5),
        "found": 0.5,
        "precision": 0.6,
        "none_rate": extra.get("none_rate", 0.1),
        "coded": 10,
        "none": 20,
        "none_by_code": [],
    }


def _render(tmp_path: Path, rows: list[dict], capsys, *more: str, form: str = "--markdown") -> str:
    run = tmp_path / "run.json"
    run.write_text(json.dumps(rows), encoding="utf-8")
    argv = ["eval_real.py", "--from-json", str(run), "--langs", "sv", form, *more]
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(sys, "argv", argv)
        eval_real.main()
    return capsys.readouterr().out


RUN = [
    _row("real5dev", "zero-shot", 0.1),
    _row("real5dev", "zero-shot, documents, no context", 0.2),
    _row("real5dev", "zero-shot, documents", 0.60),
    _row("real5dev", "5-shot", 0.70),
    _row("real6dev", "zero-shot, documents", 0.80, none_rate=0.3),
    _row("real6dev", "5-shot", 0.90),
    _row("real5held", "zero-shot, documents", 0.50),
    _row("real6held", "zero-shot, documents", 0.70, coverage=math.nan),
    _row("real10dev", "documents", 0.30),
    _row("real10held", "documents", 0.20),
    _row("pooled", "zero-shot, documents", 0.65),
]


def test_the_table_shows_documents_and_shots_with_held_sets_marked(tmp_path, capsys) -> None:
    out = _render(tmp_path, RUN, capsys)
    table = [line for line in out.splitlines() if line.startswith("| real")]
    assert "| real5dev [sv] | on | zero-shot, documents | 0.60 | 0.60 | 0.60 / - / 0.60" in out
    assert "| real5held (held) [sv] | on | zero-shot, documents | 0.50 |" in out
    assert "| real10held (held) [sv] | on | documents | 0.20 |" in out
    # a sentence scored alone and the context-free reading are the run's, not the README's
    assert not any("| zero-shot |" in line or "no context" in line for line in table)
    assert sum("| 5-shot |" in line for line in table) == 2
    assert "| real6held (held) [sv] | on | zero-shot, documents | 0.70 | 0.70 | 0.70 / - /" in out
    assert "| - | 50% | 60% | 10% | 10/20 |" in out  # no coverage figure: a dash, not nan


def test_the_summary_gives_the_means_a_stop_is_compared_on(tmp_path, capsys) -> None:
    out = _render(tmp_path, RUN, capsys)
    summary = [line.split(" | ") for line in out.split("| summary |")[1].splitlines()[2:]]
    lines = {cells[0] + " " + cells[3]: " | ".join(cells) for cells in summary}
    dev = lines["| mean of dev rows zero-shot, documents"]
    assert "| 2 | 0.7000 | 50% | 50% | 60% | 20% |" in dev  # real5dev and real6dev
    assert "| 2 | 0.8000 |" in lines["| mean of dev rows 5-shot"]
    held = lines["| mean of held rows zero-shot, documents"]
    assert "| 2 | 0.6000 | 50% |" in held  # the nan coverage left out of its mean
    assert "| 3 | 0.5667 |" in lines["| mean of dev rows with the policy half zero-shot, documents"]
    assert (
        "| 3 | 0.4667 |" in lines["| mean of held rows with the policy half zero-shot, documents"]
    )
    assert "| 1 | 0.6500 |" in lines["| pooled run zero-shot, documents"]
    assert "| mean of held rows 5-shot" not in lines  # no held set had shots


def test_show_picks_the_settings_and_refuses_an_unknown_one(tmp_path, capsys) -> None:
    out = _render(tmp_path, RUN, capsys, "--show", "sentences")
    assert "| real5dev [sv] | on | zero-shot | 0.10 |" in out
    assert "| 5-shot |" not in out and "| documents |" not in out
    with pytest.raises(SystemExit):
        _render(tmp_path, RUN, capsys, "--show", "everything")
    assert "--show: no setting everything" in capsys.readouterr().err


def test_a_saved_run_prints_again_as_the_run_printed_it(tmp_path, capsys) -> None:
    out = _render(tmp_path, RUN, capsys, form="--json")
    assert json.loads(out.replace("NaN", "null"))[0]["f1"] == {
        "0": 0.1,
        "1": None,
        "2": 0.1,
        "3": 0.1,
    }
    plain = _render(tmp_path, RUN, capsys, form="--threshold=0.4")
    assert "| real5dev | on | zero-shot | 0.10 | 0.10 | 0.10 | nan | 0.10 | 0.10 | 50% |" in plain


def test_two_runs_keep_their_pooled_rows_apart(tmp_path, capsys) -> None:
    dev, held = tmp_path / "dev_en.json", tmp_path / "held_en.json"
    dev.write_text(json.dumps([_row("real9dev", "zero-shot, documents", 0.8), RUN[-1]]))
    pooled_held = {**RUN[-1], "macro_f1": 0.45}
    held.write_text(json.dumps([_row("real9held", "zero-shot, documents", 0.4), pooled_held]))
    argv = ["eval_real.py", "--from-json", str(dev), str(held), "--langs", "en", "--markdown"]
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(sys, "argv", argv)
        eval_real.main()
    out = capsys.readouterr().out
    assert "| pooled dev_en | en | on | zero-shot, documents | 1 | 0.6500 |" in out
    assert "| pooled held_en | en | on | zero-shot, documents | 1 | 0.4500 |" in out


def test_a_sets_rows_stand_together_whatever_the_runs_order(tmp_path, capsys) -> None:
    run = [
        _row("real5dev", "zero-shot, documents", 0.6),
        _row("real6dev", "zero-shot, documents", 0.8),
        _row("real5dev", "zero-shot, documents", 0.5, tier="off"),
        _row("real6dev", "zero-shot, documents", 0.7, tier="off"),
    ]
    out = _render(tmp_path, run, capsys)
    table = [line.split(" | ")[:2] for line in out.splitlines() if line.startswith("| real")]
    five, six = "| real5dev [sv]", "| real6dev [sv]"
    assert table == [[five, "on"], [five, "off"], [six, "on"], [six, "off"]]
