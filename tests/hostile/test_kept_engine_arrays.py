"""A kept engine's arrays from a project file someone sent (red team, round 7).

A fitted engine is kept in the project file as JSON and a numpy .npz, read back with
``allow_pickle=False`` under a fingerprint of what it learned from. Whoever made the file
can write any .npz under a matching fingerprint: an array header claiming a petabyte ended
``qualcode suggest`` in numpy's MemoryError traceback, and a member deflated from 1.5
gigabytes of zeros (seven megabytes in the file) was inflated in full. ``numpy.savez``
stores arrays plainly, so only such an archive is read; anything else is refitted.
"""

from __future__ import annotations

import io
import sqlite3
import zipfile
from pathlib import Path

import pytest

from qualcode import Project
from tests.conftest import SV_TEXT, small_codebook, team_project
from tests.hostile.hostile_kit import PEAK_MB, qualcode


def _npy(shape: int, data: bytes = b"") -> bytes:
    header = f"{{'descr': '<f8', 'fortran_order': False, 'shape': ({shape},), }}"
    header += " " * (63 - (len(header) + 10) % 64) + "\n"
    return b"\x93NUMPY\x01\x00" + len(header).to_bytes(2, "little") + header.encode() + data


@pytest.fixture
def path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A team project whose lead ran suggest once, so the team's engine is kept."""
    monkeypatch.delenv("QUALCODE_CODER", raising=False)
    monkeypatch.setenv("QUALCODE_SEMANTIC", "off")
    target = tmp_path / "p.db"
    made, doc = team_project(target, small_codebook(), ("aby_02.txt", SV_TEXT))
    made.add_coding(doc, 30, 80, "mission_dialogue", "lena")
    made.suggest([doc])
    made.close()
    return target


def _keep(path: Path, blob: bytes) -> None:
    with sqlite3.connect(path) as conn:
        assert conn.execute("UPDATE suggest_models SET arrays = ?", [blob]).rowcount == 1


def test_a_header_claiming_a_petabyte_is_refitted(path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("weights.npy", _npy(10**15, b"\0" * 64))
    _keep(path, buffer.getvalue())
    with Project.open(path) as p:
        assert p.suggest([p.documents()[0].id])
        assert p.engine_fits == 1  # the kept one was not read: fitted afresh


def test_a_deflated_member_is_not_inflated(path: Path) -> None:
    """As its own process, measured: before, the suggest run inflated 1.5 gigabytes."""
    size = 1536 * 1024**2
    buffer = io.BytesIO()
    with (
        zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive,
        archive.open("weights.npy", "w", force_zip64=True) as member,
    ):
        member.write(_npy(size // 8))
        chunk = bytes(64 * 1024**2)
        for _ in range(size // len(chunk)):
            member.write(chunk)
    assert len(buffer.getvalue()) < 8 * 1024**2
    _keep(path, buffer.getvalue())
    got = qualcode(path, "suggest", "aby_02.txt", coder="lena")
    assert got.status == 0, got.stderr[-2000:]
    assert got.peak_mb < PEAK_MB, got.peak_mb
