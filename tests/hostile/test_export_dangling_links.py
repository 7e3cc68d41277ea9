"""A link planted under the name an export takes, leading to a file that does not exist.

Written through, the export landed where the link pointed (another folder, a dot file at
home that did not exist yet) while the command said "wrote NAME"; `init` already refused
such a link. Every export command, the handout and the API's ``save_frame`` now refuse it
in one line and write nothing anywhere; a link to a file that exists is written through
with --force as before, and a loop of links keeps its own line.
"""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd
import pytest

from qualcode import Project
from qualcode.errors import OutputError
from tests.hostile.export_kit import EXPORTS, SUFFIX, counts, fails, run

# slow: each case writes (or is refused) a whole export through the CLI
pytestmark = pytest.mark.slow


def _planted(proj: Path, suffix: str) -> tuple[Path, Path]:
    """A link in the project's folder under an export's name, leading into a folder of
    someone else's where no such file is yet."""
    theirs = proj.parent / "theirs"
    theirs.mkdir()
    link = proj.with_name("out" + suffix)
    link.symlink_to(Path("theirs") / ("planted" + suffix))
    return link, theirs


@pytest.mark.parametrize("command", list(EXPORTS))
def test_an_export_is_never_written_through_a_link_to_nothing(proj: Path, command: str) -> None:
    link, theirs = _planted(proj, SUFFIX[command])
    before = counts(proj)
    for force in ((), ("--force",)):
        line = fails(proj, *EXPORTS[command](str(link)), *force)
        assert line == (
            f"{link}: is a link to 'theirs/planted{SUFFIX[command]}', which does "
            "not exist; write the file at the link's target, or choose another name"
        )
    assert list(theirs.iterdir()) == [] and link.is_symlink()
    assert counts(proj) == before
    assert not list(proj.parent.glob(".*.partial")) and not list(theirs.glob(".*"))


def test_nor_a_handout(proj: Path) -> None:
    link, theirs = _planted(proj, ".db")
    line = fails(proj, "handout", "johan", "-o", str(link))
    assert line.startswith(f"{link}: is a link to ") and "which does not exist" in line
    assert list(theirs.iterdir()) == []


def test_nor_a_frame_saved_from_the_api(proj: Path) -> None:
    link, theirs = _planted(proj, ".csv")
    with Project.open(proj) as project:
        project.act_as("lena", "lena")
        with pytest.raises(OutputError, match=r"^\S+out\.csv: is a link to .*does not exist"):
            project.save_frame(pd.DataFrame({"a": [1]}), link)
    assert list(theirs.iterdir()) == []


def test_a_link_to_a_file_that_exists_is_still_written_through_with_force(proj: Path) -> None:
    link, theirs = _planted(proj, ".csv")
    (theirs / "planted.csv").write_text("old")
    code, _, err = run(proj, "export", "codings", "-o", str(link), "--force")
    assert code == 0, err
    assert (theirs / "planted.csv").read_text(encoding="utf-8-sig").startswith('"id"')


def test_a_loop_of_links_keeps_its_own_line(proj: Path) -> None:
    first, second = proj.with_name("a.csv"), proj.with_name("b.csv")
    first.symlink_to(second.name)
    second.symlink_to(first.name)
    line = fails(proj, "export", "codings", "-o", str(first))
    assert line.startswith(f"{first}: is a link that leads back to itself")
    assert os.readlink(first) == "b.csv"
