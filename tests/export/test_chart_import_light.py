"""matplotlib is imported for a summary's charts without the property lists its artists
write into their help texts as each class is made (``charts._figure_and_canvas``,
perf42: 0.06 s CPU of every summary). The charts are the same bytes as with matplotlib
imported as usual, and its ``kwdoc`` is its own again afterwards. In an interactive
interpreter (as in a notebook) a person may ask for those lists: there matplotlib is
imported as usual. Each in a child process, as a summary is: matplotlib imported once."""

from __future__ import annotations

import hashlib
import subprocess
import sys

DRAW = """
import hashlib, sys
import pandas as pd
if sys.argv[1] == "usual":
    import matplotlib.figure, matplotlib.backends.backend_agg
from qualcode.export.charts import attribute_chart
png = attribute_chart(
    {"Coded segments by municipality": pd.Series([3, 0, 1], index=["Åby", "Ekstad", "$x$"])},
    "A theme",
    {"Coded segments by municipality": 4.0},
)
import matplotlib.artist, matplotlib.lines
listed = "Properties:" in (matplotlib.lines.Line2D.set.__doc__ or "")
print(hashlib.sha256(png).hexdigest(), listed, matplotlib.artist.kwdoc.__name__)
"""


def _drawn(how: str, *flags: str) -> list[str]:
    done = subprocess.run(
        [sys.executable, *flags, "-c", DRAW, how],
        capture_output=True,
        text=True,
        check=True,
        stdin=subprocess.DEVNULL,  # -i: the interpreter ends at once after the script
    )
    return done.stdout.split()


def test_the_chart_is_the_same_and_matplotlib_itself_again() -> None:
    light, usual = _drawn("light"), _drawn("usual")
    assert light[0] == usual[0]  # the same PNG
    assert usual[1] == "True" and light[1] == "False"  # no property list made
    assert light[2] == "kwdoc"
    assert hashlib.sha256(b"").hexdigest() not in (light[0], usual[0])


def test_an_interactive_session_keeps_matplotlibs_help() -> None:
    """help(ax.plot) in a notebook, after a summary, lost its line properties."""
    asked = _drawn("light", "-i")
    assert asked[1] == "True"  # the property lists made, as matplotlib makes them
    assert asked[0] == _drawn("usual")[0]
