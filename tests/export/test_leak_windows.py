"""The read-back of an export's files for names on the key reads each text in windows,
never whole (perf42b: a 200k-coding .qdpx's project.qde decoded whole, its text and
attribute values beside it, took the export from 440 MB to 1.0 GB). A window reads a
context on either side of its own stretch, so what it finds is what the whole text gives:
a name across two stretches is found, and a word's neighbour still decides it."""

from __future__ import annotations

import io
import zipfile
from html import unescape

from hypothesis import given, settings
from hypothesis import strategies as st

from qualcode.export.leaks import _ATTRIBUTE, _IDS, attribute_values, file_texts, leaks_in_files
from qualcode.export.pseudonyms import Key

WINDOW = 300  # characters; the key's context for "Anna Berg" is 4 * 9 + 256 = 292


def _whole(key: Key, files: dict[str, bytes]) -> dict[str, list[str]]:
    """What the key finds in each part's text read whole."""
    return {
        part: found
        for name, data in files.items()
        for part, text in file_texts(name, data)
        if (found := key.leaks(text))
    }


def test_a_name_across_two_windows_is_found_wherever_it_falls() -> None:
    key = Key({"Anna Berg": "IP1"})
    for before in range(WINDOW - 20, WINDOW + 5):
        page = ("x" * before + " Anna Berg sa det. " + "ord " * 200).encode()
        found = leaks_in_files(key, {"s.md": page}, window=WINDOW)
        assert found == {"s.md": ["Anna Berg"]}, before


def test_a_name_across_a_line_break_between_windows_is_found() -> None:
    key = Key({"Anna Berg": "IP1"})
    for before in range(WINDOW - 12, WINDOW + 2):
        page = ("x" * before + " Anna\nBerg sa det. " + "ord " * 200).encode()
        assert leaks_in_files(key, {"s.md": page}, window=WINDOW) == {"s.md": ["Anna Berg"]}


def test_the_next_word_in_the_next_window_still_decides_a_modal_name() -> None:
    # "Will you ..." opening a question is the verb, not a participant called Will
    key = Key({"Will": "IP1"})
    for before in range(WINDOW - 12, WINDOW + 2):
        page = ("x" * before + ". Will you come? " + "ord " * 200).encode()
        assert leaks_in_files(key, {"s.md": page}, window=WINDOW) == {}, before


def test_an_archive_read_in_windows_and_blocks_finds_what_the_whole_text_gives() -> None:
    key = Key({"Anna Berg": "IP1", "Åby": "Ort A", "Will": "IP2"})
    body = "".join(
        f'<Coding guid="{i:08x}-0000-0000-0000-000000000000" note="Anna Berg {i}">'
        f"<t>ord {'Å' if i % 7 else '&#197;'}</t><t>by.</t> Will you come? </Coding>"
        for i in range(10000)  # more than a block (1 MB) of the archive's member
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("project.qde", f"<Project>{body}</Project>")
        archive.writestr("sources/a.txt", "ord " * 100 + "Anna\nBerg")
    files = {"x.qdpx": buffer.getvalue()}
    whole = _whole(key, files)
    assert whole == {
        "x.qdpx:project.qde": ["Anna Berg", "Åby"],
        "x.qdpx:sources/a.txt": ["Anna Berg"],
    }
    assert leaks_in_files(key, files, window=WINDOW) == whole
    assert leaks_in_files(key, files) == whole


_VALUE = st.text(alphabet="ab-0F9\n &#;x7<>' =", max_size=24)


@given(st.lists(st.tuples(st.sampled_from(["v", "xmlns:w", "name"]), _VALUE), max_size=8))
@settings(max_examples=300, deadline=None)
def test_attribute_values_read_at_once_are_each_value_read_alone(
    attributes: list[tuple[str, str]],
) -> None:
    """The values are joined before ids and entities are read, as one text: the same
    text as each value read alone, one a line (neither an id nor an entity spans a line's
    end)."""
    xml = "".join(f'<t {n}="{v}">{v}</t>' for n, v in attributes)
    alone = (a or b for a, b in _ATTRIBUTE.findall(xml))
    expected = "\n".join(unescape(_IDS.sub(" ", v)) for v in alone if v)
    assert attribute_values(xml) == expected
