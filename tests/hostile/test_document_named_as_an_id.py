"""A document named as another document's id is not taken for it (red team 36).

Every listing prints a document's id as its first 8 characters, and commands take that
prefix, but a name was looked up first: a coder importing ``fae6f64f.txt`` (or
``fae6f64f_anteckningar.txt``) made ``qualcode docs remove fae6f64f``, the lead copying the
id of another interview from ``docs list``, take out hers instead, and ``code add --doc``,
``agree --docs`` and ``docs restore`` follow the same lookup. A reference that is a
document's name (or its start) and the start of another's id is now refused in one line
naming both; the whole file name or more of the id still names each.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import AmbiguousError
from tests.conftest import team_project
from tests.hostile.hostile_kit import qualcode

HERS = "Intervjuare: Hur började dagen?\nIP: Med ett möte om veckans planering i gruppen.\n"


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, str]:
    """The team's interview, and its 8-character id as `docs list` prints it."""
    monkeypatch.delenv("QUALCODE_CODER", raising=False)
    made, doc = team_project(tmp_path / "p.db")
    made.close()
    return tmp_path / "p.db", doc


def _import_as(path: Path, name: str) -> str:
    with Project.open(path) as p:
        p.act_as("karin")
        return p.import_text(name, HERS, lang="sv", actor="karin").id


def _live(path: Path) -> set[str]:
    with Project.open(path) as p:
        p.act_as("lena")
        return {d.id for d in p.documents()}


@pytest.mark.parametrize("suffix", [".txt", "_anteckningar.txt"])
def test_the_printed_id_of_one_and_the_name_of_another_is_refused(
    project: tuple[Path, str], suffix: str
) -> None:
    path, doc = project
    printed = doc[:8]
    hers = _import_as(path, printed + suffix)
    done = qualcode(path, "docs", "remove", printed, "--reason", "fel språk", coder="lena")
    assert done.status == 1 and done.stderr.count("\n") == 1, done.stderr
    assert f"{printed}{suffix}" in done.stderr and "ip1.txt" in done.stderr
    assert _live(path) == {doc, hers}  # nothing taken out
    with Project.open(path) as p:
        p.act_as("lena")
        assert p.store.documents.resolve(printed + suffix) == hers
        assert p.store.documents.resolve(doc) == doc
        assert p.store.documents.resolve("ip1") == doc


def test_a_removed_document_is_named_so_too(project: tuple[Path, str]) -> None:
    path, doc = project
    printed = doc[:8]
    hers = _import_as(path, printed + ".txt")
    with Project.open(path) as p:
        p.act_as("lena")
        p.remove_document(doc, "fel språk", "lena")
        p.remove_document(hers, "dubblett", "lena")
        with pytest.raises(AmbiguousError, match=r"ip1\.txt"):
            p.restore_document(printed, "lena")
        assert p.restore_document(printed + ".txt", "lena").id == hers


def test_a_short_name_is_no_printed_id(project: tuple[Path, str]) -> None:
    """A name of fewer than four characters never stands for an id (ids are taken from four
    on): removed interviews named '1.txt', '2.txt' ... were refused by name at restore
    whenever another removed document's id began with that digit or letter."""
    path, doc = project
    short = doc[0]  # the first character of the other removed document's id
    hers = _import_as(path, short + ".txt")
    with Project.open(path) as p:
        p.act_as("lena")
        p.remove_document(doc, "fel språk", "lena")
        p.remove_document(hers, "dubblett", "lena")
        assert p.restore_document(short, "lena").id == hers
        assert p.store.documents.resolve(short) == hers  # as a live one is named
