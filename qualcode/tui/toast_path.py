"""A file's path as a toast says it: the file's name whole, its folder shortened.

A toast is half an 80-column screen wide, and a path has no space to wrap at, so Textual
broke it wherever the line ended: "…/demo-codings.xl" over "sx" (eyes43). The name is what
a researcher looks for afterwards, so it is kept whole; the folder keeps its last parts,
"…/" standing for what was left out, and the home folder reads as "~" as in a shell.
"""

from __future__ import annotations

from pathlib import Path

TOAST_WIDTH = 60  # Textual's Toast: 60 cells wide
TOAST_FRAME = 3  # its padding (one cell each side) and its coloured left edge
# A toast's width by the screen's: about half of it, in whole cells. Textual caps a toast
# at "50%", and with that percentage the notes' column was measured at the wrong width:
# three notes at 80x24 (two warnings, then "Wrote …") stood two lines lower than they
# were tall, and the last, where the file went, slid under the footer (eyes44). The
# screen carries the class of its width (``TOAST_BREAKPOINTS``), app.tcss caps a toast by
# it in cells, and ``toast_room`` reads the same table.
TOAST_WIDTHS = ((0, 30), (80, 40), (100, 50), (120, TOAST_WIDTH))
TOAST_BREAKPOINTS = [(screen, f"-toasts-{cells}") for screen, cells in TOAST_WIDTHS]


def toast_width(screen_width: int) -> int:
    """The cells a toast spans on a screen ``screen_width`` wide (app.tcss caps it so)."""
    return next(cells for screen, cells in reversed(TOAST_WIDTHS) if screen_width >= screen)


def toast_room(screen_width: int) -> int:
    """The cells a line of a toast holds on a screen ``screen_width`` wide."""
    return max(10, toast_width(screen_width) - TOAST_FRAME)


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
