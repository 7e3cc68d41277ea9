"""Claim 1 (red team): a coder package with a wrong-typed version or a huge number gets
one line.

``"version": "abc"`` (or a list) ended ``qualcode merge`` in a TypeError traceback, and a
whole number of 5,000 digits in a ValueError traceback from Python's integer limit. Both
are refused now, naming the field or the number, with nothing written.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode.jsonguard import Refused, loads
from tests.hostile.hostile_kit import refused_here


def _edited(packages: Path, tmp_path: Path, old: str, new: str) -> Path:
    text = (packages / "karin.json").read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "karin.json"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("new", "message"),
    [
        ('"version": "abc"', "field 'version' must be a whole number"),
        ('"version": [1]', "field 'version' must be a whole number"),
        ('"version": true', "field 'version' must be a whole number"),
        ('"version": 1' + "0" * 5000, "a number of 5,001 digits"),
    ],
)
def test_a_wrong_version_is_one_line(
    packages: Path,
    lead_project: Path,
    tmp_path: Path,
    new: str,
    message: str,
) -> None:
    package = _edited(packages, tmp_path, '"version": 1', new)
    assert message in refused_here(lead_project, "merge", str(package), coder="lena")


def test_a_huge_offset_is_one_line(packages: Path, lead_project: Path, tmp_path: Path) -> None:
    package = _edited(packages, tmp_path, '"start": ', '"start": 9' + "9" * 4999 + ', "x": ')
    assert "digits" in refused_here(lead_project, "merge", str(package), coder="lena")


def test_loads_refuses_long_numbers_only() -> None:
    assert loads('{"a": -12345678901234567890}') == {"a": -12345678901234567890}
    with pytest.raises(Refused):
        loads("[" + "1" * 41 + "]")
