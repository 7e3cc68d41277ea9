"""Agreement between realtext7's two blind annotators, per split and per language.

realtext7 is Swedish only today, but its ids carry the language (``rt7-sv-001``) as the other
sets' do, so the table keeps a row per split and language: a later English addition would then
show up as its own rows instead of silently moving the pooled figure. The figures and checks
are label_agreement.py's (same sha1 and split check, same kappa over five categories, same
macro-F1 of B against A over the four codes).

python benchmarks/realtext7/agreement.py [--disputed]
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from label_agreement import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main(HERE, by_language=True))
