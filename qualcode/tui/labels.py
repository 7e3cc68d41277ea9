"""Short code labels for the transcript's margin: the part of a name that tells codes apart.

The demo's four turning points all begin with "Från" ("From"), so the first letters of a
name say nothing; digits alone mean looking up the legend for every line. The label is the
first word after the words every code's name starts with, cut to the margin's width.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

WORD = re.compile(r"[\w][\w-]*")


def distinct_labels(names: Mapping[str, str], width: int) -> dict[str, str]:
    """Code key -> a label of at most ``width`` characters from the part that differs."""
    words = {key: WORD.findall(name) for key, name in names.items()}
    common = 0
    if len(words) > 1:
        lists = list(words.values())
        while (
            all(len(w) > common + 1 for w in lists)
            and len({w[common].casefold() for w in lists}) == 1
        ):
            common += 1
    labels: dict[str, str] = {}
    for key, parts in words.items():
        rest = parts[common:] or parts or [key]
        labels[key] = rest[0].rstrip("-")[:width]
    return labels
