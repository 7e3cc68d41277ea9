"""One background thread that owns its own project connection, for slow work.

SQLite connections stay in the thread that opened them, and the suggestion engine is
cached on the ``Project`` that fitted it. A fresh thread and connection per request would
refit the engine every time (seconds on the demo); one long-lived thread keeps both, so a
second request costs only the scoring. Textual workers hand their work to this thread and
wait for it, so the interface stays responsive either way.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TypeVar

from qualcode.project import Project

T = TypeVar("T")


class Background:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="qualcode-bg")
        self._project: Project | None = None

    def run(self, job: Callable[[Project], T]) -> T:
        """Run ``job`` on the background thread's project and wait for its result."""
        return self._pool.submit(self._call, job).result()

    def _call(self, job: Callable[[Project], T]) -> T:
        if self._project is None:
            self._project = Project.open(self.path)
        return job(self._project)

    def close(self) -> None:
        """Close the connection on its own thread, after the job under way."""

        def _close() -> None:
            if self._project is not None:
                self._project.close()
                self._project = None

        self._pool.submit(_close)
        self._pool.shutdown(wait=False)
