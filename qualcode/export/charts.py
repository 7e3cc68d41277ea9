"""Charts for summaries, drawn with matplotlib off-screen (no display is needed)."""

from __future__ import annotations

import io

import pandas as pd


def bar_chart(frame: pd.DataFrame, label: str, value: str, title: str) -> bytes:
    """A horizontal bar chart as PNG bytes."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(6, 0.4 * max(len(frame), 2) + 1), dpi=120)
    ax.barh(frame[label].astype(str), frame[value], color="#0072B2")
    ax.set_title(title)
    ax.invert_yaxis()
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    fig.tight_layout()
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png")
    plt.close(fig)
    return buffer.getvalue()
