"""qualcode: offline qualitative coding of interview transcripts, as a team."""

from __future__ import annotations

__version__ = "0.1.0"

from qualcode.project import Project

__all__ = ["Project", "__version__"]
