"""Exports for papers: one summary model rendered to Markdown, Word, Excel and HTML."""
