"""qualcode: offline qualitative coding of interview transcripts, as a team."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from qualcode.project import Project

__all__ = ["Project", "__version__"]


def __getattr__(name: str) -> Any:
    """Load ``Project`` on first use, so importing a submodule (``qualcode.model``, the CLI
    answering ``--version``) does not load the service, the store and their libraries."""
    if name == "Project":
        from qualcode.project import Project

        return Project
    raise AttributeError(f"module 'qualcode' has no attribute {name!r}")
