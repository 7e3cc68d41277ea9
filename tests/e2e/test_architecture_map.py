"""ARCHITECTURE.md is the map a newcomer reads before changing code, so every module must
be on it: twenty-four modules (export/alternation.py, store/npz.py, tui/safe.py, ...) had
been added without a line, and the map no longer said where those things live. A module
is on the map when its file name is (``npz.py``, with or without its folder); a CLI module
when its area is in the CLI row's list (``cli/`` (one module per area: ...)."""

from __future__ import annotations

import re

from tests.conftest import ROOT

PACKAGE = ROOT / "qualcode"


def test_every_module_is_on_the_map() -> None:
    text = (ROOT / "ARCHITECTURE.md").read_text(encoding="utf-8")
    areas = re.search(r"one module per area: ([^)]*)\)", text)
    assert areas, "ARCHITECTURE.md's CLI row lists no areas"
    cli = {name.strip() for name in areas.group(1).split(",")}
    missing = [
        str(path.relative_to(PACKAGE))
        for path in sorted(PACKAGE.rglob("*.py"))
        if path.stem not in ("__init__", "__main__")
        and path.name not in text
        and not (path.parent.name == "cli" and path.stem in cli)
    ]
    assert missing == [], f"modules ARCHITECTURE.md does not name: {missing}"


def test_no_module_is_longer_than_400_lines() -> None:
    """STYLE.md's rule, kept by a test: project/codebook.py grew to 405 lines in one
    landing (stop 41) and nothing said so, and a module past 400 lines is where a newcomer
    stops finding one thing in one place."""
    long = {
        str(path.relative_to(PACKAGE)): lines
        for path in sorted(PACKAGE.rglob("*.py"))
        if (lines := len(path.read_text(encoding="utf-8").splitlines())) > 400
    }
    assert long == {}, f"modules over 400 lines: {long}"
