"""scipy's compressed sparse rows, imported without numpy's Fortran wrapper generator.

Every suggestion run needs ``scipy.sparse`` (TF-IDF rows and their products), and importing
it cost 0.4 s of a warm run's 1.8 s CPU: scipy's array-API layer copies numpy's namespace
with ``from numpy import *``, and numpy lists ``f2py`` (its Fortran wrapper generator,
0.15-0.2 s to import) among the names that star-import fetches. Nothing here uses f2py, so
before scipy is first imported, ``numpy.f2py`` is registered as a lazy module
(``importlib.util.LazyLoader``, the standard library's way to defer a module): it is the real
module, executed the first time anyone reads one of its attributes.
"""

from __future__ import annotations

import importlib.util
import sys
from typing import Any


def _defer_f2py() -> None:
    if "numpy.f2py" in sys.modules or "scipy.sparse" in sys.modules:
        return  # already paid for, or scipy is in
    import numpy

    spec = importlib.util.find_spec("numpy.f2py")
    if spec is None or spec.loader is None:
        return
    loader = importlib.util.LazyLoader(spec.loader)
    spec.loader = loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["numpy.f2py"] = module
    loader.exec_module(module)  # defers: runs the module on first attribute access
    # numpy's own lazy ``__getattr__`` would import it again, and that import reads the
    # attribute back from numpy: set it, as a finished submodule import does
    numpy.f2py = module


def csr_matrix(arg: Any, shape: tuple[int, int]) -> Any:
    """``scipy.sparse.csr_matrix(arg, shape=shape)``, scipy imported as above."""
    _defer_f2py()
    from scipy.sparse import csr_matrix as make

    return make(arg, shape=shape)
