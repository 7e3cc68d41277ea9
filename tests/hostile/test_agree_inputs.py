"""Careless values for ``qualcode agree`` (limits2, item 4): ``--bootstrap -5`` printed
"95% percentile bootstrap CI undefined to undefined; -5 resamples" into the methods
paragraph meant for a paper; ``--bootstrap 100000000`` ran until the machine's memory
gave out; ``--coders karin,karin`` was told that only karin had marked a document done.
Each is now refused in one line before anything is computed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from qualcode import Project
from qualcode.errors import ValidationError
from qualcode.project.agreement_inputs import MAX_BOOTSTRAP
from tests.hostile.hostile_kit import refused, refused_here


@pytest.mark.parametrize("resamples", ["-5", "-1", str(MAX_BOOTSTRAP + 1), "100000000"])
def test_a_bootstrap_outside_its_range_is_refused(demo: Path, resamples: str) -> None:
    line = refused_here(demo, "agree", "--bootstrap", resamples, coder="lena").splitlines()[0]
    assert line.startswith(f"error: --bootstrap {int(resamples):,}: give 0 (no interval) to")
    assert f"{MAX_BOOTSTRAP:,}" in line


def test_a_hundred_million_resamples_cost_nothing_to_refuse(demo: Path) -> None:
    """A whole process, within the kit's CPU and memory bounds (it ran out of memory)."""
    refused(demo, "agree", "--bootstrap", "100000000", coder="lena")


def test_the_limit_itself_is_computed(demo: Path) -> None:
    with Project.open(demo) as project:
        project.act_as("lena", "lena")
        report = project.agreement(bootstrap=MAX_BOOTSTRAP)
    assert report.overall().resamples == MAX_BOOTSTRAP
    assert report.overall().alpha_low <= report.overall().alpha <= report.overall().alpha_high


@pytest.mark.parametrize(
    ("resamples", "seed", "says"),
    [(2.5, 0, "whole number"), (True, 0, "whole number"), (100, -1, "seed -1")],
)
def test_the_api_refuses_odd_resamples_and_seeds(
    demo: Path, resamples: object, seed: int, says: str
) -> None:
    with Project.open(demo) as project:
        project.act_as("lena", "lena")
        with pytest.raises(ValidationError, match=says):
            odd: Any = resamples  # what a notebook may pass, whatever the hints say
            project.agreement(bootstrap=odd, seed=seed)


@pytest.mark.parametrize("coders", ["karin,karin", "karin", " karin , karin "])
def test_one_coder_named_twice_is_told_so(demo: Path, coders: str) -> None:
    line = refused_here(demo, "agree", "--coders", coders, coder="lena").splitlines()[0]
    assert line == (
        "error: --coders names 1 coder (karin); a team report needs 2 different coders"
    ), line
