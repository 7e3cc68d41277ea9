"""Agreement between realtext9's two blind annotators, per split (see label_agreement.py).

python benchmarks/realtext9/agreement.py [--disputed]
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from label_agreement import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main(HERE))
