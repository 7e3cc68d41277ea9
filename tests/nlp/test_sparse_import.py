"""qualcode.nlp.sparse imports scipy's sparse rows without executing numpy.f2py, and leaves
numpy.f2py whole for anyone who does use it. Checked in a fresh interpreter: what a
process has imported cannot be undone inside this one."""

from __future__ import annotations

import subprocess
import sys

_PROBE = """
import sys
import numpy as np
from qualcode.nlp.sparse import csr_matrix
rows = csr_matrix((np.ones(2, dtype=np.float32), np.array([0, 2]), np.array([0, 1, 2])), (2, 3))
print(rows.toarray().tolist())
print(type(sys.modules["numpy.f2py"]).__name__)
import numpy.f2py
print(callable(numpy.f2py.run_main), type(sys.modules["numpy.f2py"]).__name__)
"""


def test_scipy_sparse_without_f2py_and_f2py_still_whole() -> None:
    done = subprocess.run(
        [sys.executable, "-c", _PROBE], capture_output=True, text=True, check=True
    )
    matrix, before, after = done.stdout.splitlines()
    assert matrix == "[[1.0, 0.0, 0.0], [0.0, 0.0, 1.0]]"
    assert before == "_LazyModule"  # deferred, not executed
    assert after.startswith("True")  # read once, it is the real module
