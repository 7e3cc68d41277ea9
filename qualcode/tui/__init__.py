"""The Textual terminal UI: a thin, keyboard-first face over ``qualcode.Project``."""
