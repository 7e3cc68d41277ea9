"""What every reader shares about words blacked out but kept: how dark a colour is, and
the one line that refuses such a file.

A researcher pseudonymising a transcript often paints a name over instead of deleting
it: black letters on a black highlight in Word or LibreOffice, a span styled black on
black in a web page. The page shows a bar, the file still holds the name, and an import
that read it put it in the project and every export. Each format's reader finds such
words its own way (``docx_blackout.py``, ``odt_blackout.py``, the page reader in
``docx_chunks.py``); they judge darkness and word the refusal here, so all say the same.
"""

from __future__ import annotations

from qualcode.errors import IngestError

DARK = 0.3  # luminance (0 black .. 1 white) at or under which a colour reads as black


def luminance(rrggbb: str) -> float | None:
    """The luminance of an RRGGBB colour (no '#'); None for anything else ('auto')."""
    if len(rrggbb) != 6:
        return None
    try:
        r, g, b = (int(rrggbb[i : i + 2], 16) / 255 for i in (0, 2, 4))
    except ValueError:
        return None
    return 0.299 * r + 0.587 * g + 0.114 * b


def dark(letters: float | None, ground: float | None) -> bool:
    """Whether letters of an explicit colour stand on a background as dark as they are:
    unset letters (automatic) are left alone, as the writer prints them light on dark."""
    return letters is not None and ground is not None and max(letters, ground) <= DARK


def refuse_blacked_out(name: str, count: int) -> IngestError:
    """The refusal of a file with ``count`` runs of blacked-out text: counted, never
    quoted (the words are the secret), and saying what to do."""
    runs = f"{count} run{'s' if count > 1 else ''} of text"
    return IngestError(
        f"{name}: {runs} in dark letters on a black highlight or shading, still in "
        "the file (blacked out, not removed); delete the words, then import that copy"
    )
