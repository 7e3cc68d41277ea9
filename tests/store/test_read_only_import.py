"""Red team leftover: importing into a read-only project loaded spaCy (about 1.5 s) and
segmented the text before the write was refused. The refusal comes first now, in one line,
without reading the file or loading the language pipeline.

The child runs the real CLI as an unprivileged user when the tests run as root (root passes
every permission check), and reports whether spaCy was imported by the time it exited.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from qualcode import Project
from tests.conftest import SV_TEXT
from tests.store.conftest import run_unprivileged

# the CLI as `python -m qualcode` runs it, then one line saying whether spaCy was loaded
CHILD = (
    "import sys\n"
    "from qualcode.cli import main\n"
    "try:\n"
    "    main()\n"
    "finally:\n"
    "    print('spacy loaded' if 'spacy' in sys.modules else 'spacy not loaded')\n"
)


def _cli(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-c", CHILD, "-p", str(project), *args]
    return run_unprivileged(command, env={"QUALCODE_CODER": "karin"})


def _project_and_transcript(folder: Path, mode: int) -> tuple[Path, Path]:
    """A project with karin, its file set to ``mode``, and a transcript beside it, in a
    folder anyone may write (a writable project's import puts SQLite's -wal there)."""
    folder.chmod(0o777)
    path = folder / "p.db"
    with Project.create(path) as project:
        project.add_coder("karin")
    path.chmod(mode)
    transcript = folder / "elin_01.txt"
    transcript.write_text(SV_TEXT, encoding="utf-8")
    transcript.chmod(0o644)
    return path, transcript


def test_import_into_a_read_only_project_is_refused_before_spacy_loads(shared_dir: Path) -> None:
    path, transcript = _project_and_transcript(shared_dir, 0o444)
    before = path.read_bytes()

    refused = _cli(path, "import", str(transcript), "--lang", "sv")

    assert refused.returncode == 1, refused.stderr
    assert refused.stderr == (
        f"error: {path}: the project file or its folder is read-only (permissions); "
        "nothing written\n"
    )
    assert refused.stdout.strip().splitlines()[-1] == "spacy not loaded"
    assert path.read_bytes() == before


def test_the_child_does_see_spacy_when_an_import_runs(shared_dir: Path) -> None:
    """The probe can fail: a writable project's import loads spaCy and says so."""
    path, transcript = _project_and_transcript(shared_dir, 0o666)

    done = _cli(path, "import", str(transcript), "--lang", "sv")

    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "spacy loaded"


def test_import_text_from_python_is_refused_first_too(shared_dir: Path) -> None:
    """The same rule from the service: ``import_text`` and ``import_qdpx`` on a read-only
    file (the .qdpx is refused before it is looked for)."""
    path = shared_dir / "p.db"
    with Project.create(path) as project:
        project.add_coder("karin")
    path.chmod(0o444)
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from qualcode import Project\n"
        "from qualcode.errors import ProjectError\n"
        "from tests.conftest import SV_TEXT\n"
        "with Project.open(Path(sys.argv[1])) as p:\n"
        "    try:\n"
        "        p.import_text('a.txt', SV_TEXT, lang='sv')\n"
        "    except ProjectError as exc:\n"
        "        print('refused:', exc)\n"
        "    try:\n"
        "        p.import_qdpx(Path(sys.argv[1]).with_name('other.qdpx'))\n"
        "    except ProjectError as exc:\n"
        "        print('refused:', exc)\n"
        "print('spacy loaded' if 'spacy' in sys.modules else 'spacy not loaded')\n"
    )
    child = run_unprivileged(
        [sys.executable, "-c", script, str(path)], env={"QUALCODE_CODER": "karin"}
    )
    assert child.returncode == 0, child.stderr
    lines = child.stdout.strip().splitlines()
    assert len(lines) == 3, child.stdout
    for line in lines[:2]:  # a text, and a .qdpx not even read
        assert line.startswith("refused: ") and "read-only" in line, child.stdout
    assert lines[-1] == "spacy not loaded"
