"""Limits a person may set from the environment, read alike wherever they are asked.

``$QUALCODE_MAX_FILE_MB`` (``userfile.py``), ``$QUALCODE_MAX_UNZIP_MB`` and
``$QUALCODE_MAX_ZIP_RATIO`` (``zipguard.py``), ``$QUALCODE_MAX_LINE_CHARS`` and
``$QUALCODE_MAX_LINES`` (``ingest``) bound what a reader takes in. Unset or blank, a limit
is its default; a value that is no number, or none that can bound anything, is refused in
one line naming the variable and its value, raised as the caller's own error type. Each
reader had written this out for itself, and each had to learn on its own that 'nan' and
'inf' parse as numbers: 'nan' compared false with every size, so no archive was ever
refused as a bomb, and both ended in a traceback where a count of bytes was made of them.
"""

from __future__ import annotations

import math
import os

from qualcode.errors import QualcodeError


def positive_number(name: str, default: float, error: type[QualcodeError], unit: str = "") -> float:
    """The number in the environment variable ``name`` (``default`` when unset or blank),
    finite and above 0 even counted in bytes (a limit in megabytes is multiplied out);
    ``unit`` ("of megabytes") words the refusal: '-1' would refuse every file as 'larger
    than the limit of -1 MB'."""
    raw = os.environ.get(name, "")
    try:
        value = float(raw) if raw.strip() else default
    except ValueError:
        raise error(f"${name}={raw!r} is not a number{unit}") from None
    if not math.isfinite(value * 1024 * 1024) or value <= 0:
        raise error(f"${name}={raw!r} must be a number{unit} above 0")
    if int(value * 1024 * 1024) < 1:
        # '1e-9' MB is above 0 but 0 bytes: every file was refused as 'larger than the limit'
        raise error(f"${name}={raw!r} must be a number{unit} above 0 (it is 0 counted in bytes)")
    return value


def whole_number(name: str, default: int, error: type[QualcodeError]) -> int:
    """A count of at least 1 from the environment variable ``name``, else ``default``."""
    raw = os.environ.get(name, "")
    try:
        value = int(raw) if raw.strip() else default
    except ValueError:
        raise error(f"${name}={raw!r} is not a whole number") from None
    if value < 1:
        raise error(f"${name}={raw!r} must be at least 1")
    return value
