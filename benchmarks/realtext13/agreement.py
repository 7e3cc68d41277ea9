"""Agreement between realtext13's two blind annotators, per split.

realtext13 is English report and research text only, labelled sentence by sentence, so one
row per split says all (a per-language table would repeat each row). The figures and checks
are label_agreement.py's, shared by every set (same sha1 and split check, same kappa and
macro-F1).

python benchmarks/realtext13/agreement.py [--disputed]
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from label_agreement import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main(HERE))
