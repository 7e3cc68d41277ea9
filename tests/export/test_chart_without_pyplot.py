"""A summary's charts are drawn on a bare matplotlib Figure by Agg, without pyplot.

pyplot (figure managers, a backend picked at import) was a third of a second of every
theme summary's CPU and draws nothing a file needs; the same PNG bytes come out of the
bare Figure (checked on the 1,000-document project, benchmarks/README.md). Run in a child
process, as a summary is, so that no other test's pyplot counts."""

from __future__ import annotations

import subprocess
import sys

DRAW = """
import io, sys
import pandas as pd
from PIL import Image
from qualcode.export.charts import attribute_chart
png = attribute_chart(
    {"Coded segments by municipality": pd.Series([3, 0, 1], index=["Åby", "Ekstad", "$x$"])},
    "A theme",
    {"Coded segments by municipality": 4.0},
)
with Image.open(io.BytesIO(png)) as image:
    print(image.format, image.size[0], "matplotlib.pyplot" in sys.modules)
"""


def test_a_chart_is_drawn_without_pyplot() -> None:
    done = subprocess.run([sys.executable, "-c", DRAW], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["PNG", str(int(6.5 * 150)), "False"]
