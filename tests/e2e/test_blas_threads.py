"""numpy's OpenBLAS runs one thread: its spare threads spin after every call, and on the
2-core machines researchers share they doubled the CPU of a first suggestion for nothing.
A user's own setting is kept."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

PROBE = (
    "import json, qualcode.cli, numpy\n"
    "from threadpoolctl import threadpool_info\n"
    "print(json.dumps([i['num_threads'] for i in threadpool_info()"
    " if i['internal_api'] == 'openblas']))\n"
)


def _threads(env: dict[str, str]) -> list[int]:
    out = subprocess.run(
        [sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, check=True
    )
    return json.loads(out.stdout)


def test_qualcode_runs_blas_on_one_thread() -> None:
    env = {k: v for k, v in os.environ.items() if k != "OPENBLAS_NUM_THREADS"}
    threads = _threads(env)
    if not threads:
        pytest.skip("numpy here is not built on OpenBLAS")
    assert threads == [1] * len(threads)


def test_a_users_own_setting_is_kept() -> None:
    threads = _threads({**os.environ, "OPENBLAS_NUM_THREADS": "2"})
    if not threads:
        pytest.skip("numpy here is not built on OpenBLAS")
    assert threads == [min(2, os.cpu_count() or 1)] * len(threads)
