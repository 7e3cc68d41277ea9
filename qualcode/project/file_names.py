"""A name turned into one word of a file name, safe on Linux, macOS and Windows.

Apart from ``files.py`` (where and how a file is written) because this is about what a
default file name may hold, asked by faces that build one from a coder's name.
"""

from __future__ import annotations

import re

# what no file name on Linux, macOS or Windows may hold: path separators, the characters
# Windows refuses and control characters (a line break, a tab)
_NOT_IN_A_FILE_NAME = re.compile(r'[/\\:*?"<>|\x00-\x1f\x7f]+')
_WINDOWS_DEVICES = re.compile(r"(?i)(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?")


def file_word(name: str, limit: int = 60) -> str:
    """``name`` (a coder's, in an export's default file name) as one word of a file name:
    a coder named 'a/b' made the reports screen's default path 'study-a/b-summary.docx',
    which stopped the terminal UI (pathlib: invalid name), and one named 'CON' a name
    Windows refuses. Separators, reserved and control characters become '_', leading dots
    go, a Windows device name gets '_' after it, at most ``limit`` characters."""
    word = _NOT_IN_A_FILE_NAME.sub("_", name).lstrip(".")[:limit].strip("_") or "_"
    return f"{word}_" if _WINDOWS_DEVICES.fullmatch(word) else word
