"""Import ``sqlite_utils`` without pandas and numpy.

``sqlite_utils`` imports pandas and numpy when they are installed, only to map their scalar
types to column types when it creates tables from data. The store creates its tables from
``schema.py`` and binds plain Python values, so it never needs that map, and importing
pandas costs about half a second of CPU on every command, including ``qualcode code list``
and ``--version``. The two are hidden while ``sqlite_utils`` is first imported and are
importable again right after, for the parts of qualcode that do use them.
"""

from __future__ import annotations

import sys
from types import ModuleType
from typing import cast

_HIDDEN = ("pandas", "numpy")


def _import_sqlite_utils() -> None:
    if "sqlite_utils" in sys.modules:
        return
    hidden = [name for name in _HIDDEN if name not in sys.modules]
    for name in hidden:
        # None in sys.modules makes `import name` fail (the import system's documented
        # blocker); typeshed types the mapping's values as modules only
        sys.modules[name] = cast(ModuleType, None)
    try:
        import sqlite_utils  # noqa: F401
    finally:
        for name in hidden:
            if sys.modules.get(name, False) is None:
                del sys.modules[name]


_import_sqlite_utils()
