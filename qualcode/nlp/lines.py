"""Lines of written text that are not sentences: headings, titles, a list's items.

A suggested passage is accepted in one keystroke, so it must be what a coder would mark:
sentences of one section. A heading names what follows and says nothing itself; a
passage that opened at "Ekonomi och långsiktighet i socialtjänstens arbete med barn och
unga" and ran over the paragraphs under it could only be rejected or cut by hand. So a
passage never starts or ends on a line nor runs across one (``drafts.merge_runs``), and
the passage rule never lifts one (``context.passages``). ``section_heads`` finds the
headings that the shorter rule of ``headings.headings`` lets through. A lead-in that makes
a point itself carries it into the list under it (``carry_points``): the list is what the
point is made of, and a researcher coding by passage codes them together.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import numpy as np

from qualcode.nlp.scorers import DEFAULT_THRESHOLD, Candidate

# A unit ending so is a sentence; any other written unit standing alone is a line.
SENTENCE_END = (".", "!", "?", "…", ";")
# ...also inside closing quotes or brackets: '"The key issue is lack of funding.”' is a quote
_CLOSERS = "\"'”’»)]"
# A heading read into its paragraph (the first or last unit, no sentence ending): at most
# this many words, as ``headings.HEADING_WORDS``; a longer one is a sentence cut short.
EDGE_WORDS = 8
# A section heading directly above a paragraph of two or more sentences: at most this many
# words ("Ekonomi och långsiktighet i socialtjänstens arbete med barn och unga" has ten).
HEAD_WORDS = 12
# A document's title page: the lines it opens with before its first sentence (a plan's name,
# its subtitle, "Antaget av kommunfullmäktige 2024-11-20"), at most this many lines...
TITLE_LINES = 6
# ...of at most this many words each (a report's name can be long); more lines, or longer
# ones, are a list or a page read line by line, and are scored
TITLE_WORDS = 20
# A list's item may open with a bullet mark, as the PDF reader writes Word's bullets ("• ")
BULLETS = ("•", "▪", "◦", "●", "■", "–", "-", "*", "·")
# One or two lines with no more lines around them stand as headings above a paragraph that
# opens with a sentence, up to HEAD_WORDS words; three or more are a list's items
LONE_RUN = 2
# A lead-in's point lent to its list's items, as the passage rule's share of a median
LEAD_FACTOR = 0.9


def _paragraphs(candidates: Sequence[Candidate]) -> Iterator[tuple[int, int]]:
    """Each written paragraph as ``[start, stop)``: units of one turn without a speaker."""
    n, start = len(candidates), 0
    while start < n:
        here, stop = candidates[start], start + 1
        while (
            stop < n
            and here.turn >= 0
            and candidates[stop].turn == here.turn
            and candidates[stop].document_id == here.document_id
        ):
            stop += 1
        if here.turn >= 0 and not here.spoken and not here.interviewer:
            yield start, stop
        start = stop


def ends_sentence(text: str) -> bool:
    """Whether a unit ends as a sentence does, inside closing quotes too (a quoted
    sentence standing as its own paragraph is no heading)."""
    return text.rstrip().rstrip(_CLOSERS).endswith(SENTENCE_END)


def lines(candidates: Sequence[Candidate]) -> np.ndarray:
    """Which units of written text are lines rather than sentences: a paragraph of one
    unit with no sentence ending (a heading, a title, a list's item), or a short first or
    last unit of a paragraph with none (the next section's heading read into an abstract)."""
    out = np.zeros(len(candidates), dtype=bool)
    for start, stop in _paragraphs(candidates):
        for i in {start, stop - 1}:
            text = candidates[i].text.strip()
            short = len(text.split()) <= EDGE_WORDS or stop - start == 1
            out[i] = bool(text) and short and not ends_sentence(text)
    return out


def section_heads(candidates: Sequence[Candidate]) -> list[int]:
    """Units that head the paragraph under them: a paragraph of one short unit with no
    sentence ending, beginning with a capital or a digit (not a list's bullet, nor a line
    of a page read line by line), directly above a paragraph of two or more units, when
    the lines it ends do not follow a lead-in ending in a colon (then they are a list)."""
    paragraphs = list(_paragraphs(candidates))
    out: list[int] = []
    for k, (start, stop) in enumerate(paragraphs[:-1]):
        below = paragraphs[k + 1]
        if (
            not _head_line(candidates, (start, stop))  # not a bullet, nor a wrapped line
            or below[1] - below[0] < 2
            or candidates[below[0]].document_id != candidates[start].document_id
            or below[0] != stop
        ):
            continue
        first = k  # the first of the one-line paragraphs this one ends
        while first > 0 and _is_line(candidates, paragraphs[first - 1], paragraphs[first]):
            first -= 1
        if first > 0:
            lead = candidates[paragraphs[first - 1][1] - 1].text.rstrip()
            if lead.endswith(":") and paragraphs[first - 1][1] == paragraphs[first][0]:
                continue  # a list under its lead-in, whatever follows it
        out.append(start)
    return out


def title_page(candidates: Sequence[Candidate]) -> list[int]:
    """The lines a document opens with, before its first sentence: its title, subtitle
    and cover page ("Personalpolitiskt program 2025-2028", "För Sundsvalls kommun",
    "Antaget av kommunfullmäktige 2024-11-20"). Each names the document and says nothing
    of it; three such lines in a row were taken for a list's items and scored (a title of
    a plan on the work environment got integration), and a long title was no heading at
    all. At most ``TITLE_LINES`` lines of at most ``TITLE_WORDS`` words, followed by more
    of the same document (a paragraph, or a transcript's first turn); a lead-in ending in a
    colon ends them. A title may be a question ("Hur matchar vi krav och resurser?"
    over a union's report was suggested mission dialogue at 0.98, twice: on its
    cover and on the page after it) beside a short line that asks nothing (its subtitle, at
    most ``EDGE_WORDS`` words); questions alone, or before a long line, are a study's
    questions, which say what it is about ("Hur ser bemanningen ut?", coded in
    real6dev). A document of lines alone has no title
    page: its lines are scored."""
    paragraphs = list(_paragraphs(candidates))
    out: list[int] = []
    k = 0
    while k < len(paragraphs):
        start = paragraphs[k][0]
        opens = start == 0 or candidates[start - 1].document_id != candidates[start].document_id
        run = k
        while (
            opens
            and run < len(paragraphs)
            and _title_line(candidates, paragraphs[run], question=True)
            and (run == k or paragraphs[run][0] == paragraphs[run - 1][1])
        ):
            run += 1
        after = paragraphs[run - 1][1] if run > k else -1  # the unit after the lines
        follows = (
            0 <= after < len(candidates)
            and candidates[after].document_id == candidates[start].document_id
        )
        texts = [candidates[paragraphs[j][0]].text for j in range(k, run)]
        plain = [t for t in texts if not _asks(t)]  # a question needs a short title beside it
        titled = len(plain) == len(texts) or any(len(t.split()) <= EDGE_WORDS for t in plain)
        if follows and run - k <= TITLE_LINES and titled:
            out.extend(paragraphs[j][0] for j in range(k, run))
        k = max(run, k + 1)
    return out


def _title_line(
    candidates: Sequence[Candidate],
    paragraph: tuple[int, int],
    words: int = TITLE_WORDS,
    question: bool = False,
) -> bool:
    """A paragraph of one unit, no sentence nor a lead-in, of at most ``words`` words
    (``question``: a question is a title too)."""
    start, stop = paragraph
    text = candidates[start].text.strip()
    return (
        stop - start == 1
        and ((question and _asks(text)) or not ends_sentence(text))
        and not text.endswith(":")
        and 0 < len(text.split()) <= words
    )


def _asks(text: str) -> bool:
    """Whether a unit ends in a question mark (inside closing quotes too)."""
    return text.rstrip().rstrip(_CLOSERS).endswith("?")


def lone_heads(candidates: Sequence[Candidate]) -> list[int]:
    """One or two lines (``LONE_RUN``) between paragraphs that are not lines, directly above
    a paragraph opening with a sentence: a heading of up to ``HEAD_WORDS`` words over a
    paragraph of one sentence ("Kompetensförsörjning och arbetsmiljö i socialtjänsten under
    perioden 2025-2028" above a plan's one-sentence aim). ``section_heads`` asks for two
    units below, since the last of a list's items may stand above one; a list has three
    items or more, or a lead-in with a colon, and neither is the case here."""
    paragraphs = list(_paragraphs(candidates))
    out: list[int] = []
    for k, (start, stop) in enumerate(paragraphs):
        if not _head_line(candidates, (start, stop)):
            continue
        run = [k]  # this line and the lines directly before it
        while (
            run[0] > 0
            and _is_line(candidates, paragraphs[run[0] - 1], paragraphs[run[0]])
            and len(run) <= LONE_RUN
        ):
            run.insert(0, run[0] - 1)
        first = paragraphs[run[0]][0]
        before = first - 1
        after = k + 1 < len(paragraphs) and paragraphs[k + 1][0] == stop
        if (
            len(run) <= LONE_RUN
            and after
            and candidates[stop].document_id == candidates[start].document_id
            and ends_sentence(candidates[stop].text.strip())
            and (
                before < 0
                or candidates[before].document_id != candidates[first].document_id
                or ends_sentence(candidates[before].text.strip())
            )
            and all(_head_line(candidates, paragraphs[j]) for j in run)
        ):
            out.extend(paragraphs[j][0] for j in run)
    return out


def _head_line(candidates: Sequence[Candidate], paragraph: tuple[int, int]) -> bool:
    """A heading's line: a title's line of at most ``HEAD_WORDS`` words, opening with a
    capital or a figure."""
    first = candidates[paragraph[0]].text.strip()[:1]
    return (first.isupper() or first.isdigit()) and _title_line(candidates, paragraph, HEAD_WORDS)


def _is_line(
    candidates: Sequence[Candidate], paragraph: tuple[int, int], after: tuple[int, int]
) -> bool:
    """Whether ``paragraph`` is one line of text directly before ``after``."""
    start, stop = paragraph
    text = candidates[start].text.strip()
    return (
        stop - start == 1
        and stop == after[0]
        and candidates[start].document_id == candidates[after[0]].document_id
        and not ends_sentence(text)
        and not text.endswith(":")
    )


def list_items(candidates: Sequence[Candidate]) -> list[int]:
    """Units that are a list's items: a written paragraph of one unit opening with a bullet
    mark, and each one-unit paragraph that is a line or a bulleted item directly under a
    lead-in ending in a colon, up to the first that is neither. An item says something
    ("• Individuella önskemål om utbildning tillgodoses"); two short items side by side in a
    longer list were read as a title and its section heading and never scored."""
    paragraphs = list(_paragraphs(candidates))
    out: list[int] = []
    under_lead = False  # inside the run of items below a lead-in
    for k, (start, stop) in enumerate(paragraphs):
        text = candidates[start].text.strip()
        joined = k > 0 and paragraphs[k - 1][1] == start  # no turn of talk between them
        one = stop - start == 1
        bullet = one and _bulleted(text)
        under_lead = (
            one
            and joined
            and (bullet or not ends_sentence(text))
            and candidates[start].document_id == candidates[start - 1].document_id
            and (under_lead or candidates[start - 1].text.rstrip().endswith(":"))
        )
        if bullet or under_lead:
            out.append(start)
    return out


def _bulleted(text: str) -> bool:
    """Whether a line opens with a bullet mark and a space ("• Mentorskap", "– Handledning")."""
    return len(text) > 2 and text[0] in BULLETS and text[1].isspace()


def lead_ins(candidates: Sequence[Candidate]) -> dict[int, list[int]]:
    """Each lead-in ending in a colon (a written paragraph of one unit) and the items of
    the list directly under it (``list_items``), up to the next line ending in a colon,
    which opens a list of its own."""
    out: dict[int, list[int]] = {}
    lead = -1
    for i in list_items(candidates):
        opens = candidates[i].text.rstrip().endswith(":")
        if lead >= 0 and out[lead][-1] == i - 1 and not opens:
            out[lead].append(i)
            continue
        lead = -1
        if i == 0 or candidates[i - 1].document_id != candidates[i].document_id:
            continue
        before = candidates[i - 1]
        alone = i < 2 or (candidates[i - 2].turn, candidates[i - 2].document_id) != (
            before.turn,
            before.document_id,
        )
        if alone and before.turn >= 0 and before.text.rstrip().endswith(":"):
            lead = i - 1
            out[lead] = [i]
    return out


def carry_points(leads: dict[int, list[int]], point: np.ndarray, probs: np.ndarray) -> np.ndarray:
    """A lead-in that makes a point of a code at the default threshold (``point``: its
    probabilities before headings were set to 0) keeps it, and its list's items get
    LEAD_FACTOR of it: the list is what the point is made of."""
    out = probs.copy()
    for lead, items in leads.items():
        for j in np.nonzero(point[lead] >= DEFAULT_THRESHOLD)[0]:
            out[lead, j] = max(out[lead, j], point[lead, j])
            out[items, j] = np.maximum(out[items, j], LEAD_FACTOR * point[lead, j])
    return out
