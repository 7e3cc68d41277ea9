"""A codebook's YAML scalar that reads as a number or a date Python cannot make (red team 41).

YAML reads an unquoted run of digits as a whole number and 2024-02-30 as a date. Python
refuses a number of more than 4,300 digits in decimal, and a date with no such day, with a
ValueError that PyYAML does not turn into its own error: ``codebook load`` of a codebook
whose ``version:``, a code's ``shortcut:`` or its ``key:`` held 5,000 digits, or whose
title was such a date, ended in a traceback. A colour written as a hexadecimal number of
5,000 digits was read, but its error line could not print it (a traceback too). Each is
now one line naming the line and column of the scalar, and nothing is written.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode.codebook import parse_codebook
from tests.hostile.hostile_kit import lead_alone, refused_here

LONG = "1" * 5000
CODE = "codes:\n  - key: uppdrag\n    name: {sv: Uppdrag}\n"
CASES = {
    "version": (f"version: {LONG}\n{CODE}", 1),
    "shortcut": (f"{CODE}    shortcut: {LONG}\n", 4),
    "key": (f"codes:\n  - key: {LONG}\n    name: {{sv: Uppdrag}}\n", 2),
    "hex-colour": (f"{CODE}    color: 0x{'f' * 5000}\n", 4),
    "sexagesimal-title": (f"codebook: 1{':59' * 3000}\n{CODE}", 1),
    "date-title": (f"codebook: 2024-02-30\n{CODE}", 1),
}


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return lead_alone(tmp_path / "p.db")


@pytest.mark.parametrize("case", list(CASES))
def test_a_scalar_python_cannot_hold_is_one_line(project: Path, case: str) -> None:
    text, line = CASES[case]
    source = project.with_name("kodbok.yaml")
    source.write_text(text, encoding="utf-8")
    stderr = refused_here(project, "codebook", "load", str(source), coder="lena")
    first = stderr.splitlines()[0]
    assert first.startswith(f"error: kodbok.yaml: line {line}, column "), first
    assert "put it in quotes if it is text" in first and len(first) < 300, first


def test_the_same_texts_quoted_load() -> None:
    book = parse_codebook(
        f"version: '{LONG}'\ncodebook: '2024-02-30'\n{CODE}    shortcut: '1'\n", "kodbok.yaml"
    )
    assert book.name == "2024-02-30" and book.codes[0].shortcut == "1"


def test_a_number_and_a_date_yaml_can_hold_still_load() -> None:
    book = parse_codebook(f"version: 2\ncodebook: 2024\n{CODE}    shortcut: 7\n", "k.yaml")
    assert book.name == "2024" and book.codes[0].shortcut == "7"
