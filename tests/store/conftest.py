"""A real project file for the store's repository tests, made by the store itself, and the
few rows most repositories hang off (a coder, a document, a code). No service layer, no
spaCy: these tests check what each repository promises on its own."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest

from qualcode.model import CodeSpec, Turn, Unit
from qualcode.store import Store
from tests.conftest import ROOT

NOBODY = "65534"


def run_unprivileged(
    command: Sequence[str], env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run ``command`` as a user the kernel's permission checks apply to: root passes every
    check, so as root the child drops to ``nobody`` (skipped without ``setpriv``)."""
    argv = list(command)
    if os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("running as root without setpriv to drop privileges")
        argv = [setpriv, f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups", *argv]
    return subprocess.run(
        argv,
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})},
        timeout=300,
        check=False,
    )


@pytest.fixture
def shared_dir() -> Iterator[Path]:
    """A folder outside root's private pytest tree, so an unprivileged child can reach it."""
    folder = Path(tempfile.mkdtemp(prefix="qualcode-ro-"))
    folder.chmod(0o755)
    yield folder
    for path in (folder, *folder.iterdir()):
        path.chmod(0o755 if path.is_dir() else 0o644)
    shutil.rmtree(folder)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = Store.create(tmp_path / "p.db")
    yield opened
    opened.close()


@pytest.fixture
def ids(store: Store) -> dict[str, str]:
    """The rows codings and suggestions hang off: a document, two codes, two coders."""
    return {
        "doc": add_doc(store),
        "code": add_code(store, "styrning"),
        "other": add_code(store, "arbetsmiljo"),
        "karin": store.coders.add("karin", "coder").id,
        "olle": store.coders.add("olle", "coder").id,
    }


def reopen(store: Store) -> Store:
    """The same file opened again: what was written reached the disk, not a cache."""
    path = store.path
    assert path is not None
    store.close()
    return Store.open(path)


def add_doc(
    store: Store,
    name: str = "intervju1.txt",
    text: str = "Hej. Hur mår du?",
    doc_id: str | None = None,
) -> str:
    """A document with one turn and one unit per sentence-ish half."""
    half = len(text) // 2
    return store.documents.insert(
        name=name,
        lang="sv",
        text=text,
        sha256=hashlib.sha256(text.encode()).hexdigest(),
        source_path=None,
        attributes={"kommun": "Åby"},
        turns=[Turn(0, "R", 0, len(text))],
        units=[Unit(0, 0, half), Unit(1, half, len(text))],
        doc_id=doc_id,
    )


def add_code(store: Store, key: str = "styrning", parent_id: str | None = None) -> str:
    code_id, _ = store.codes.upsert(CodeSpec(key=key, names={"sv": key.title()}), parent_id)
    return code_id
