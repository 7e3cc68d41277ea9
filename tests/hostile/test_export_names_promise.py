"""Files written under a name that promises another format (red team 15).

The summary, the codings and the codebook refuse a name of another format, but
``export qdpx -o study.xlsx`` wrote a zip that Excel called damaged, ``export qdc``,
``export-coder -o karin.xlsx`` (JSON) and ``handout johan -o johan.qdpx`` (a SQLite file
NVivo could not open) wrote under any name. Each is now refused in one line before
anything is read or written; its own name still writes.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.hostile.export_kit import EXPORTS, SUFFIX, build_project, counts, fails, run

WRITERS = {
    "qdpx": EXPORTS["qdpx"],
    "qdc": EXPORTS["qdc"],
    "export-coder": EXPORTS["export-coder"],
    "handout": lambda t: ["handout", "johan", "-o", t],
}


@pytest.fixture(scope="module")
def proj(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_project(tmp_path_factory.mktemp("names") / "p.db")


@pytest.mark.parametrize("suffix", [".xlsx", ".docx", ".csv", ".qdpx", ".json", ""])
@pytest.mark.parametrize("command", list(WRITERS))
def test_a_name_of_another_format_is_refused(proj: Path, command: str, suffix: str) -> None:
    own = SUFFIX.get(command, ".db")
    if suffix == own or (command == "handout" and suffix == ""):
        pytest.skip("its own name")
    target = proj.with_name("out" + suffix)
    before = counts(proj)
    line = fails(proj, *WRITERS[command](str(target)))
    assert "choose" in line and f"out{suffix}: " in line, line
    assert not target.exists() and counts(proj) == before


@pytest.mark.parametrize("command", list(WRITERS))
def test_its_own_name_writes(proj: Path, command: str, tmp_path: Path) -> None:
    target = tmp_path / ("out" + SUFFIX.get(command, ".db"))
    code, _, err = run(proj, *WRITERS[command](str(target)))
    assert code == 0 and target.is_file(), err
