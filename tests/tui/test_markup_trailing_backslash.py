"""A name ending in a backslash inside the TUI's markup (red team 18).

``safe.markup`` escapes every ``[`` of a name, but a name that ends in a backslash
('karin\\', a coder name the project takes) escaped the template's next tag instead: the
lead's sidebar line '(n): codings by johan, karin\\' read '... karin\\[/dim]' and
dimmed the rest of the codebook. A trailing backslash is now followed by a zero-width
space, which shows as nothing and escapes nothing.
"""

from __future__ import annotations

import pytest
from textual.content import Content

from qualcode.tui.safe import markup

BACKSLASH = chr(92)


@pytest.mark.parametrize("name", ["karin" + BACKSLASH, "a" + BACKSLASH * 2, BACKSLASH])
def test_a_trailing_backslash_escapes_no_tag_of_the_template(name: str) -> None:
    shown = Content.from_markup(f"[dim]{markup(name)}[/dim] (3)")
    assert shown.plain.replace("\u200b", "") == f"{name} (3)"
    [span] = shown.spans
    assert shown.plain[span.start : span.end].replace("\u200b", "") == name  # dim ends there


def test_the_sidebars_whose_line_names_such_a_coder_whole() -> None:
    line = "(n): codings by johan, karin" + BACKSLASH
    shown = Content.from_markup(f"[b]Codebook[/b]\n[dim]{markup(line)}[/dim]\n■ 1 Uppdrag (3)")
    assert "[/dim]" not in shown.plain
    assert shown.plain.replace("\u200b", "").endswith(f"karin{BACKSLASH}\n■ 1 Uppdrag (3)")
