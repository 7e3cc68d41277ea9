"""Text built line by line takes time linear in its length (red team 19: one form-fed page
of 80 000 lines took 8 s to import, a hostile half million minutes). Each test builds
tens of megabytes out of 20 000 pieces: linear, a fraction of a second; the joins they
replace copied the text so far at every piece (some 200 GB copied, minutes on end), so
these tests stand for a time limit without timing anything."""

from __future__ import annotations

from qualcode.ingest.pdf_layout import Joined, pages_text
from qualcode.project.layout import as_paragraphs

PIECES = 20_000
WIDE = "ord " * 500  # 2 000 characters


def test_a_page_of_many_long_lines_joins_once() -> None:
    text = Joined()
    for n in range(PIECES):
        text.add(f"{WIDE}{n}", "\n")
    out = str(text)
    assert out.count("\n") == PIECES - 1
    assert out.endswith(f"{WIDE}{PIECES - 1}") and len(out) > 40_000_000


def test_joined_keeps_the_rules_of_a_join() -> None:
    """What a join did before: a hyphenated word joined, an abbreviation's hyphen kept, a
    sentence run on over a paragraph's end, else the paragraph's own break."""
    text = Joined("Revisorerna och lekmannarevisor-")
    text.add("erna följer upp planen", "\n")
    text.add("inom HR-", "\n")
    text.add("området och", "\n")
    text.add("arbetet fortsätter.", "\n\n")
    text.add("Mål", "\n\n")
    assert str(text) == (
        "Revisorerna och lekmannarevisorerna följer upp planen\ninom HR-området och\n"
        "arbetet fortsätter.\n\nMål"
    )


def test_a_long_quote_reads_as_one_paragraph_in_linear_time() -> None:
    out = as_paragraphs("\n".join(f"{WIDE}{n}" for n in range(PIECES)), lambda a, b: False)
    assert "\n" not in out and out.endswith(f" {PIECES - 1}")


def test_a_page_of_footnote_markers_is_read_once() -> None:
    """Each marker glued to a word ("ordet1") searched every line below it for its note:
    8 000 such lines took some 40 s (4 000 took 9 s), now a fraction of one."""
    lines = [f"ordet{n % 90 + 1} står i raden {n}" for n in range(8_000)]
    text = pages_text(["\n".join([*lines, "7 En not längst ned."])])
    assert text.endswith("\n\n7 En not längst ned.")
    assert "\nordet står i raden 6\n" in text and "\nordet7 står i raden 96\n" in text
