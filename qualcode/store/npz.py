"""A kept engine's number arrays read back only as ``numpy.savez`` writes them.

``savez`` stores each array uncompressed, so an array's bytes are in the blob. A project
file someone sent may hold any blob under a fingerprint that matches (red team, round 7):
an array header claiming a petabyte ended ``qualcode suggest`` in numpy's MemoryError
traceback, and a member deflated from gigabytes of zeros (a few megabytes in the file)
would be inflated in full. An array is read only when the archive stores it plainly and
its header's shape fits in the bytes stored; anything else reads as no engine (refit).
"""

from __future__ import annotations

import io
import math
import zipfile
from typing import Any


def read_plain_npz(blob: bytes) -> dict[str, Any] | None:
    """The arrays of a plain (uncompressed, no objects) .npz, or None."""
    import numpy as np
    from numpy.lib import format as npy

    try:
        with zipfile.ZipFile(io.BytesIO(blob)) as archive:
            infos = archive.infolist()
            if sum(i.file_size for i in infos) > len(blob):
                return None
            for info in infos:
                if info.compress_type != zipfile.ZIP_STORED:
                    return None
                with archive.open(info) as handle:
                    version = npy.read_magic(handle)
                    if version == (1, 0):
                        shape, _, dtype = npy.read_array_header_1_0(handle)
                    elif version == (2, 0):
                        shape, _, dtype = npy.read_array_header_2_0(handle)
                    else:
                        return None
                if dtype.hasobject or math.prod(shape) * dtype.itemsize > info.file_size:
                    return None
        with np.load(io.BytesIO(blob), allow_pickle=False) as npz:
            return {name: npz[name] for name in npz.files}
    except (ValueError, OSError, TypeError, KeyError, EOFError, RecursionError, MemoryError):
        return None
    except zipfile.BadZipFile:
        return None
