"""Written units that say nothing of their own: headings, lead-ins, contents, contact blocks.

A plan's "Insatser", a report's title, a lead-in ending in a colon, a table of contents
and a letter's contact block name what follows or who writes; suggested, they were coded
on their own or opened every suggested passage under them. ``headings`` marks them so the
engine (``suggest.Suggester.score``) gives them no code. Apart from ``context`` (the window a
unit is read in) because this is a different question: not what a unit means in its
paragraph, but whether the paragraph is a statement at all.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import groupby

import numpy as np

from qualcode.nlp.context import turn_spans
from qualcode.nlp.lines import ends_sentence, list_items, lone_heads, section_heads, title_page
from qualcode.nlp.records import records
from qualcode.nlp.scorers import Candidate

# A heading: a written paragraph of one short unit with no sentence ending ("3.1 Dialog om
# uppdraget", "Insatser"), with at most one such line next to it (a title above a section
# heading); three or more in a row are a list, whose items say things and are scored.
HEADING_WORDS = 8
HEADING_RUN = 2
# A lead-in: a written paragraph of one unit ending in a colon ("Nämnden ska under året
# arbeta vidare med följande:"), whatever the lines around it; it opens the list below it
# and says nothing itself (a plan's lead-in was suggested at 0.77 alone), unless it makes a
# point of a code on its own: then it keeps it and lends it to its list (``carry_points``).
LEAD_IN_WORDS = 30
# A letter's contact block: a written paragraph of at most CONTACT_WORDS holding two of a
# letterhead's fields ("Postadress:", "Besöksadress:", "Telefon:", "E-post:"), or one and an
# e-mail address. Longer, it is a page read as one paragraph (a PDF's first page: heading,
# summary and address in one), whose sentences are scored as before.
# A municipal letter's "Socialförvaltningen Direktör ... Postadress: ... Besöksadress: ..."
# was suggested mission dialogue at 0.69, its "Besöks-" read as the keyword "besökte" (eyes8).
_FIELDS = re.compile(
    r"\b(?:(?:post|besöks|leverans|faktura)?adress|(?:postal\s+)?address|telefon|tel|"
    r"telefax|fax|e-?post|e-?mail|webb(?:plats)?|hemsida|org\.?\s?nr|organisationsnummer|"
    r"bankgiro|plusgiro|phone|website)\s*:",
    re.IGNORECASE,
)
CONTACT_WORDS = 50
# A table of contents: the lines under a contents title ("Contents", "Innehållsförteckning"),
# one short line a paragraph, up to the first paragraph that is not one; and any short line
# that stands again, as a paragraph of its own, elsewhere in the document (an entry and the
# section heading it names), numbers and page numbers aside. A retention strategy's contents
# ran 22 lines with no sentence ending, read as a list, and "Management and Support to
# staff" and "Support for new and existing managers" were suggested mission dialogue at
# 0.50 and 0.47 (eyes10).
CONTENTS_TITLES = frozenset(
    {"contents", "content", "table of contents", "innehåll", "innehållsförteckning"}
)
ENTRY_WORDS = 12
_ENTRY_NUMBER = re.compile(r"^\s*(?:\d+(?:\.\d+)*\.?|[ivxIVX]+\.)\s+")
_PAGE_NUMBER = re.compile(r"[\s.·…_]*\d+\s*$")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def headings(candidates: Sequence[Candidate]) -> np.ndarray:
    """Which units are headings of written text, or lead-ins ending in a colon. A plan's
    "Insatser" or a report's title names what follows and says nothing itself: suggested,
    it was coded on its own or opened every suggested passage under it ("3.1 Dialog om
    uppdraget" leading the quote in a summary). The paragraph under it is scored as before."""
    n = len(candidates)
    label = np.zeros(n, dtype=bool)
    out = np.zeros(n, dtype=bool)
    items = set(list_items(candidates))  # a list's items say things, however short
    for start, stop in turn_spans(candidates):
        unit = candidates[start]
        text = unit.text.strip()
        if unit.turn < 0 or unit.spoken or unit.interviewer:
            continue  # a speaker's turn or outside any turn
        if _contact_block(" ".join(c.text for c in candidates[start:stop])):
            out[start:stop] = True
            continue
        if stop - start > 1:
            continue  # a paragraph of several units
        words = len(text.split())
        label[start] = 0 < words <= HEADING_WORDS and not ends_sentence(text) and start not in items
        out[start] = text.endswith(":") and words <= LEAD_IN_WORDS
    runs = groupby(range(n), key=lambda i: (candidates[i].document_id, bool(label[i])))
    for (_, is_label), run in runs:
        members = list(run)
        if is_label and len(members) <= HEADING_RUN:  # three or more: a list
            out[members] = True
    out[_contents(candidates)] = True
    out[section_heads(candidates)] = True  # the last of three or more, or a longer one
    out[title_page(candidates)] = True  # a document's title and cover page
    out[lone_heads(candidates)] = True  # a longer heading above a paragraph of one sentence
    out[records(candidates)] = True  # a roll of people, a form's fields
    return out


def _contents(candidates: Sequence[Candidate]) -> list[int]:
    """The units of a table of contents: under a contents title, every written paragraph
    of one short unit up to the first that is not one; elsewhere, a short one-unit
    paragraph whose words stand again as another one's (an entry and its section). A
    list's items say different things, so neither rule takes them."""
    entries: list[tuple[int, str | None]] = []  # each paragraph's unit and entry key, in order
    for start, stop in turn_spans(candidates):
        unit = candidates[start]
        if unit.turn < 0 or unit.spoken or unit.interviewer:
            continue
        entries.append((start, _entry_key(unit.text) if stop - start == 1 else None))
    out: list[int] = []
    seen: dict[tuple[str, str], list[int]] = {}
    under_title: str | None = None  # the document whose contents are being read
    for i, key in entries:
        doc = candidates[i].document_id
        if key is None or under_title != doc:
            under_title = None
        if key is None:
            continue
        if under_title == doc:
            out.append(i)
        if key in CONTENTS_TITLES:
            out.append(i)
            under_title = doc
        seen.setdefault((doc, key), []).append(i)
    out.extend(i for same in seen.values() if len(same) > 1 for i in same)
    return out


def _entry_key(text: str) -> str | None:
    """A line's words as a contents entry ("2.1 New starters ..... 4" and "New starters"
    alike), or None where the line is a sentence or longer than an entry."""
    line = text.strip()
    if line.endswith((".", "!", "…", ";")) and not _PAGE_NUMBER.search(line):
        return None
    words = _PAGE_NUMBER.sub("", _ENTRY_NUMBER.sub("", line)).strip(" .:").casefold()
    return words if 0 < len(words.split()) <= ENTRY_WORDS else None


def _contact_block(text: str) -> bool:
    """Whether a written paragraph is a letter's contact block: two of a letterhead's
    fields, or one and an e-mail address. It names the sender and says nothing coded."""
    if len(text.split()) > CONTACT_WORDS:
        return False
    fields = {m.group(0).casefold().rstrip(": ") for m in _FIELDS.finditer(text)}
    return len(fields) >= 2 or (len(fields) == 1 and _EMAIL.search(text) is not None)
