"""Every test module's file name is unique across tests/.

The test folders are not packages, so pytest imports each test file by its base name
(``rootdir`` import mode): two ``test_passages.py`` in different folders pass alone, as a
helper runs them, and stop the whole suite at collection on CI. This catches it at once.
"""

from collections import defaultdict
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1]


def test_no_two_test_modules_share_a_base_name() -> None:
    by_name: dict[str, list[str]] = defaultdict(list)
    for path in TESTS.rglob("*.py"):
        if ".venv" in path.parts or "__pycache__" in path.parts:
            continue
        by_name[path.name].append(str(path.relative_to(TESTS)))
    shared = {
        name: sorted(paths)
        for name, paths in by_name.items()
        if len(paths) > 1 and name not in {"__init__.py", "conftest.py"}
    }
    assert shared == {}, f"rename one of each: {shared}"
