"""Text written into Markdown as the words it is, never as markup.

A memo, a comment or a code's name may hold what Markdown reads: ``*`` and ``_`` as
emphasis, ``[`` and ``]`` as a link, ``<`` as raw HTML, ``#`` as a heading, ``|`` as a
table's cell, ``~~`` as struck through, ``&lt;`` as ``<``. Each such mark is escaped with a
backslash, but an underscore inside a word ("Kommun_B_02", "mission_dialogue"), which
CommonMark never reads as emphasis, and an ampersand that begins no entity ("HR &
ekonomi"): escaped too, a co-author reading the .md as text read "Kommun\\_B\\_02" and
"the second half is shorter \\& ..." (render43).

One rule for the summary and the memos (``export/cells``) and the reconciliation agenda
(``reconcile/agenda``), which sit side by side and cannot import each other: each kept a
copy, and the agenda's, behind the summary's, showed a comment's ~~x~~ struck through and
"&lt;b&gt;" as <b> (hostile46, review46).
"""

from __future__ import annotations

import re

MARKUP = re.compile(r"([\\`*\[\]<>#|~]|(?<![^\W_])_|_(?![^\W_])|&(?=#?[0-9A-Za-z]+;))")


def literal(text: str) -> str:
    """``text`` with every mark Markdown would read escaped (``MARKUP``)."""
    return MARKUP.sub(r"\\\1", text)
