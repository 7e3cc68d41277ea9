"""nlp/written_case keeps the common words of English's probability table, and only them.

``mostly_lower`` answers from words at least ``COMMON`` probable: a rarer lower-case form
is no ordinary word, and a capitalised form rarer than that loses to any common one. The
table lists its million words most probable first, so the rare ones are cut once when it
is read: kept whole (30 MB), a word it lacks, as most names are, was a search through all
of it (25 ms each, 51 s for 6,000 words where the cut table takes 3 s).
"""

from __future__ import annotations

from qualcode.nlp import written_case


def test_the_table_kept_is_every_common_word_and_no_rare_one() -> None:
    kept = written_case._table()
    whole = written_case._file_text()
    assert kept and whole.startswith(kept)
    values = [float(v) for _, v in written_case._ENTRY.findall(kept)]
    assert len(values) > 10_000
    assert min(values) >= written_case.COMMON
    following = written_case._ENTRY.search(whole, len(kept))
    assert following is not None and float(following.group(2)) < written_case.COMMON
    assert len(kept) < len(whole) // 20


def test_sectors_read_lower_and_names_do_not() -> None:
    for word in ("Health", "Care", "Housing", "Reading", "Bath"):
        assert written_case.mostly_lower(word), word
    for word in ("Leeds", "London", "Smith", "March", "Harrowfield"):
        assert not written_case.mostly_lower(word), word
