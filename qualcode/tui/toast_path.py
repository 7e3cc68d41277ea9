"""A file's path as a toast says it: the file's name whole, its folder shortened.

A toast is half an 80-column screen wide, and a path has no space to wrap at, so Textual
broke it wherever the line ended: "…/demo-codings.xl" over "sx" (eyes43). The name is what
a researcher looks for afterwards, so it is kept whole; the folder keeps its last parts,
"…/" standing for what was left out, and the home folder reads as "~" as in a shell.
"""

from __future__ import annotations

from pathlib import Path

TOAST_WIDTH = 60  # Textual's Toast: 60 cells wide, at most half the screen
TOAST_FRAME = 3  # its padding (one cell each side) and its coloured left edge


def toast_room(screen_width: int) -> int:
    """The cells a line of a toast holds on a screen ``screen_width`` wide."""
    return max(10, min(TOAST_WIDTH, screen_width // 2) - TOAST_FRAME)


def toast_path(path: Path | str, room: int) -> str:
    """``path`` in at most ``room`` cells where it can be: the name whole (alone when even
    "…/" and the name do not fit), as many of the last folders as fit after "…/"."""
    path = Path(path)
    said = str(path)
    home = str(Path.home())
    if home not in ("", "/") and (said == home or said.startswith(home + "/")):
        said = "~" + said[len(home) :]
    if len(said) <= room:
        return said
    parts = said.split("/")
    name, folders = parts[-1], parts[:-1]
    kept = name
    for folder in reversed(folders):
        longer = f"{folder}/{kept}"
        if len(longer) + len("…/") > room:
            break
        kept = longer
    shortened = f"…/{kept}"
    return shortened if len(shortened) <= room else name
