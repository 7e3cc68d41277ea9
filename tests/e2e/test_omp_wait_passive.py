"""The semantic tier's model runs on OpenMP threads that wait passively for work: spinning,
they tripled the CPU of a fresh project's first embedding on a busy 2-core machine. The
setting is made when qualcode is imported (OpenMP reads it as its library loads), and a
user's own setting is kept."""

from __future__ import annotations

import os
import subprocess
import sys

PROBE = "import os, qualcode.cli\nprint(os.environ.get('OMP_WAIT_POLICY'))\n"


def _policy(env: dict[str, str]) -> str:
    out = subprocess.run(
        [sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, check=True
    )
    return out.stdout.strip()


def test_openmp_threads_wait_passively() -> None:
    env = {k: v for k, v in os.environ.items() if k != "OMP_WAIT_POLICY"}
    assert _policy(env) == "PASSIVE"


def test_a_users_own_wait_policy_is_kept() -> None:
    assert _policy({**os.environ, "OMP_WAIT_POLICY": "ACTIVE"}) == "ACTIVE"
