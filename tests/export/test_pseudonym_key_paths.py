"""The key's two matchers find the same names (benchmarks/README.md, "Pseudonym key").

Allowing hidden marks and line-end hyphens between the letters of every name made the key's
pattern take seconds to compile for 2,000 names, so that pattern is compiled only for a text
holding such a mark; any other text is searched without them. A soft hyphen at the end of a
text forces the full pattern and stands inside no name, so both must render the text, map
its offsets and report its leaks alike.
"""

from __future__ import annotations

import random
import re

from qualcode.export.alternation import grouped
from qualcode.export.pseudonyms import Key

FIRST = ["Anna", "Karin", "Elin", "Per", "Åsa", "Ann-Charlotte", "O'Brien", "Hans", "Dag"]
SURNAMES = ["Berg", "Lindqvist", "Sjöström", "Holm", "Dahlgren", "Ek"]
PLACES = ["Storfors", "Åby", "Östra Göinge", "Staffanstorp"]


def _key() -> Key:
    names = [f"{f} {s}" for f in FIRST for s in SURNAMES[:3]] + FIRST + SURNAMES[3:]
    entries = {n: f"IP{i}" if i % 4 else f"en annan {i}" for i, n in enumerate(names, 1)}
    entries.update({p: f"Kommun {chr(65 + i)}" for i, p in enumerate(PLACES)})
    return Key(entries, compounds=PLACES)


def _texts(n: int) -> list[str]:
    rng = random.Random(17)
    words = [*FIRST, *SURNAMES, *PLACES, "Storforsmodellen", "aby_01.txt", "Elin2.docx"]
    words += ["AnnaBerg", "berg_anna", "Lindqvist, Karin", "per dag", "hans", "sa", "att -"]
    words += [".", ",", ":", "\n", "s", "ELIN", "2", "+", "/", "ﬁ", "Ｅｌｉｎ", "’", "_", "-"]
    texts = []
    for _ in range(n):
        picked = [rng.choice(words) for _ in range(rng.randint(1, 10))]
        text = rng.choice([" ", ""]).join(picked)
        texts.append(text.upper() if rng.random() < 0.15 else text)
    return texts


def test_a_text_is_rendered_alike_by_both_matchers() -> None:
    key = _key()
    for text in _texts(600):
        marked = text + "\u00ad"
        plain, moved = key.apply_mapped(text)
        full, moved_full = key.apply_mapped(marked)
        assert full == plain + "\u00ad", text
        assert [moved(i) for i in range(len(text) + 1)] == [
            moved_full(i) for i in range(len(text) + 1)
        ], text
        assert key.leaks(text) == key.leaks(marked), text


def test_a_name_broken_by_a_mark_is_still_found() -> None:
    key = _key()
    assert key.apply("till Karin Lind-\nqvist i går") == "till IP5 i går"
    assert key.apply("Ka\u00adrin Berg sa, att -\nmen") == "En annan 4 sa, att -\nmen"
    assert key.leaks("Dahl\u200bgren") == ["Dahlgren"]


def test_branches_grouped_by_first_letter_match_as_the_plain_alternation() -> None:
    """The key's names are tried in groups by first letter (a lookahead for each, so a
    position runs a few groups instead of 2,000 branches); the matches must be the very
    ones of the plain alternation, also for letters with more than one case partner in
    sre (k and the Kelvin sign, s and the long s, i, İ and the dotless ı) and for branches
    that start with an apostrophe class, which keep their place between the groups."""
    rng = random.Random(5)
    letters = "kKKsSſiIİıaåÅAbB'’-"
    words = ["".join(rng.choice(letters) for _ in range(rng.randint(1, 4))) for _ in range(80)]
    # sre takes ſ for s: "sa" is "s" by the second branch, as the plain alternation says
    branches: list[tuple[str | None, str]] = [("ſ", "ſx"), ("s", "s"), ("ſ", "ſa")]
    for word in words:
        if word[0] in "'’":
            branches.append((None, "['’]" + re.escape(word[1:])))
        else:
            branches.append((word[0], re.escape(word)))
    plain = re.compile(f"({'|'.join(p for _, p in branches)})(s?)", re.I)
    fast = re.compile(f"({grouped(branches)})(s?)", re.I)
    assert fast.pattern != plain.pattern
    first = fast.match("sa")
    assert first is not None and first.span() == (0, 1)
    for _ in range(400):
        text = "".join(rng.choice(letters + " ") for _ in range(rng.randint(0, 30)))
        expected = [(m.span(), m.groups()) for m in plain.finditer(text)]
        assert [(m.span(), m.groups()) for m in fast.finditer(text)] == expected, text
