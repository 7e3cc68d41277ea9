"""The Swedish words the made-up documents of a study-sized project are written from.

``bench_agree_scale.py`` and ``bench_report.py`` write a thousand documents through the
store (importing a million words would time spaCy instead), and the .qdpx memory test
writes megabytes the same way. Each kept its own copy of these words (duplicates, stop
45's second reading); the benchmarks' texts stay as they were: the report's documents are
drawn from the first twelve words, the agreement project's from all of them.
"""

from __future__ import annotations

WORDS = [
    "vi",
    "pratade",
    "om",
    "uppdraget",
    "med",
    "nämnden",
    "och",
    "arbetsmiljön",
    "blev",
    "bättre",
    "efter",
    "det",
    "men",
    "ärendemängden",
    "var",
    "hög",
    "för",
    "socialsekreterarna",
    "som",
    "saknade",
    "tid",
    "till",
    "varje",
    "familj",
]
