"""A REFI-QDA file of many codes named alike (red team 16).

A code's key is made from its name, and a name met again gets the next free number
(``_2``, ``_3``, ...). Each new code counted from 2 through every number the codes before
it had taken, so a 1 MB .qdpx or .qdc of 20,000 codes called "x" kept import-qdpx (or
codebook load) busy for over three minutes before it answered, and 50,000 for most of an
hour: one crafted file froze the lead's terminal. The next number is now remembered per
name, so each key is found in one step or two.
"""

from __future__ import annotations

from pathlib import Path

from qualcode.export.refi_read import _slug, read_qdc

N = 3000


class _Asked(dict[str, int]):
    """The keys taken, counting each 'is this key taken?' asked of them."""

    asked = 0

    def __contains__(self, key: object) -> bool:
        self.asked += 1
        return super().__contains__(key)


def test_each_key_of_many_alike_is_found_in_a_step_or_two() -> None:
    taken = _Asked()
    keys = [_slug("Samma namn", taken) for _ in range(N)]
    assert keys[:3] == ["samma_namn", "samma_namn_2", "samma_namn_3"]
    assert len(set(keys)) == N and keys[-1] == f"samma_namn_{N}"
    assert taken.asked <= 3 * N  # counted from 2 each time: N * N / 2 questions


def test_a_name_that_looks_numbered_stays_apart() -> None:
    taken: dict[str, int] = {}
    keys = [_slug(name, taken) for name in ["x", "x_2", "x", "x", "X 2", "x"]]
    assert keys == ["x", "x_2", "x_3", "x_4", "x_2_2", "x_5"]


def test_a_codebook_of_codes_named_alike_reads_with_every_key_apart(tmp_path: Path) -> None:
    codes = "".join(
        f'<Code guid="00000000-0000-4000-8000-{i:012d}" name="Samma namn" isCodable="true"/>'
        for i in range(N)
    )
    path = tmp_path / "alike.qdc"
    path.write_text(
        f'<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>{codes}</Codes></CodeBook>',
        encoding="utf-8",
    )
    keys = [c.key for c in read_qdc(path).codes]
    assert len(set(keys)) == N and keys[-1] == f"samma_namn_{N}"
