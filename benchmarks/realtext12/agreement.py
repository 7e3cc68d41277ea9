"""Agreement between realtext12's two blind annotators, per split and per language.

realtext12 is English report text and Swedish municipal text, both labelled sentence by
sentence; the two languages are different kinds of text (the English dense in the turning
points, the Swedish plain plans, budgets and minutes), so the table has a row for each split,
each language and each pair of them. The figures and checks are label_agreement.py's, shared
by every set (same sha1 and split check, same kappa and macro-F1); the language is the middle
part of the sentence id (``rt12-en-001``).

python benchmarks/realtext12/agreement.py [--disputed]
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from label_agreement import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main(HERE, by_language=True))
