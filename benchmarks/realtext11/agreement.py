"""Agreement between realtext11's two blind annotators, per split and per language.

realtext11 mixes two protocols (Swedish research prose labelled by passage; Swedish news and
English public-body text labelled sentence by sentence), so one pooled figure would hide which
protocol the annotators read alike; the table therefore has a row for each split, each language
and each pair of them.
The figures and checks are label_agreement.py's (same sha1 and split check, same kappa and
macro-F1); the language is the middle part of the sentence id (``rt11-sv-001``).

python benchmarks/realtext11/agreement.py [--disputed]
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from label_agreement import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main(HERE, by_language=True))
