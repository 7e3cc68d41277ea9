"""Charts for summaries, drawn with matplotlib off-screen (no display is needed)."""

from __future__ import annotations

import io
import textwrap
import warnings
from collections.abc import Mapping
from typing import Any

import pandas as pd

BLUE = "#0072B2"  # Okabe-Ito blue: readable in colour, in grey and for colour-blind readers


def _literal(text: object) -> str:
    """Text matplotlib draws as written: a pair of dollar signs would start its maths
    notation ("$x^2$" drawn as a formula, "$\\sqrt{$" a ValueError ending the export), so
    every dollar is escaped."""
    return str(text).replace("$", r"\$")


def _figure_and_canvas() -> tuple[Any, Any]:
    """matplotlib's ``Figure`` and ``FigureCanvasAgg``, imported, the first time, without
    the property lists its artists write into their ``set`` methods' docstrings as each
    class is made (``matplotlib.artist.kwdoc``): 0.06 s CPU of every summary's 0.2 s of
    importing matplotlib, for help texts no chart draws. The classes made meanwhile keep
    no list for the rest of the process, so where a person may ask for them (a notebook,
    an interactive interpreter) matplotlib is imported as usual: ``help(ax.plot)`` there
    lost its list of line properties after a summary (review42)."""
    import sys

    asked = "IPython" in sys.modules or hasattr(sys, "ps1") or bool(sys.flags.interactive)
    if "matplotlib.figure" not in sys.modules and not asked:
        import matplotlib.artist

        made = matplotlib.artist.kwdoc
        setattr(matplotlib.artist, "kwdoc", _no_property_list)  # noqa: B010 (typed apart)
        try:
            import matplotlib.backends.backend_agg
            import matplotlib.figure
        finally:
            setattr(matplotlib.artist, "kwdoc", made)  # noqa: B010
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    return Figure, FigureCanvasAgg


def _no_property_list(artist: object) -> str:
    """What ``_figure_and_canvas`` has matplotlib write for an artist's properties."""
    return ""


def attribute_chart(
    panels: Mapping[str, pd.Series],
    title: str | None,
    limits: Mapping[str, float] | None = None,
    bar: float = 0.32,
) -> bytes:
    """Horizontal bar panels, one per attribute (codings per municipality, per role), as
    PNG bytes. Each bar carries its count so the figure reads without a ruler, and a long
    theme name wraps instead of being cut off at the figure's edge. The bars come in the
    series' order and ``limits`` fixes each panel's scale, so every theme's chart has the
    same categories in the same order on the same axis. Without a title (a panel drawn
    under a heading that names it) no space is kept for one; ``bar`` is the inches each
    bar's row takes."""
    # a bare Figure drawn by Agg: pyplot (its figure managers, a backend chosen at import)
    # is a third of a second of every summary's CPU and draws nothing a file needs
    Figure, FigureCanvasAgg = _figure_and_canvas()

    heights = [max(len(series), 1) for series in panels.values()]
    fig = Figure(
        figsize=(6.5, bar * sum(heights) + 0.9 * len(panels) + (0.6 if title else 0.1)),
        dpi=150,
    )
    FigureCanvasAgg(fig)
    axes = fig.subplots(len(panels), 1, gridspec_kw={"height_ratios": heights}, squeeze=False)
    for ax, (heading, series) in zip(axes[:, 0], panels.items(), strict=True):
        labels = [_literal(v) for v in series.index]
        bars = ax.barh(labels, series.to_numpy(), color=BLUE, height=0.6)
        ax.bar_label(bars, padding=3, fontsize=9)
        ax.set_title(_literal(heading), fontsize=10, loc="left")
        ax.invert_yaxis()
        ax.tick_params(labelsize=9)
        ax.xaxis.get_major_locator().set_params(integer=True)
        top = (limits or {}).get(heading) or float(series.max())
        ax.set_xlim(0, max(float(top), 1.0) * 1.12)
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
    if title:
        wrapped = "\n".join(textwrap.wrap(title, 60))
        fig.suptitle(_literal(wrapped), fontsize=11, x=0.02, ha="left")
    buffer = io.BytesIO()
    with warnings.catch_warnings():  # a glyph the font lacks ("＝") is drawn as a box, not
        warnings.simplefilter("ignore", UserWarning)  # a warning printed under the command
        fig.tight_layout()
        # laid out: no engine left, so savefig draws once instead of a dry run first (a
        # fifth of each chart's CPU); the same pixels
        fig.set_layout_engine(None)
        fig.savefig(buffer, format="png")
    return buffer.getvalue()
