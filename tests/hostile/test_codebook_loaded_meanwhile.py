"""Two codebook loads at one moment (hostile48): two leads, or one lead's two terminals,
loading files that create the same codes. The second read the codebook before asking for
the write lock, so under it the codes the first had just created were 'updated' with
nothing to compare them with, and the load ended in a KeyError traceback. The codebook is
read again under the lock: the second load updates what the first created, and its audit
entry keeps what those codes held (the first file's parts among them).
"""

from __future__ import annotations

from pathlib import Path

from qualcode import Project
from qualcode.model import Codebook, CodeSpec
from tests.hostile.hostile_kit import racing


def _book(name: str, lang: str, stems: tuple[str, str]) -> Codebook:
    return Codebook(
        name=name,
        codes=(
            CodeSpec(
                key="economics",
                names={"en": "Long-term economics"},
                parts={lang: ((stems[0],), (stems[1],))},
            ),
        ),
    )


def test_a_load_after_another_updates_what_it_created(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    with Project.create(path) as p:
        p.add_coder("lena", role="lead")
    first = _book("first", "en", ("money", "years"))
    second = _book("second", "sv", ("budget", "flerår"))

    def load_second() -> object:
        with Project.open(path).act_as("lena") as lena:
            return lena.apply_codebook(second, actor="lena")

    with Project.open(path).act_as("lena") as other:
        report, raised = racing(load_second, other, lambda p: p.apply_codebook(first, "lena"))
    assert raised is None, raised
    assert report.updated == ["economics"]  # type: ignore[attr-defined]
    with Project.open(path).act_as("lena") as p:
        assert dict(p.code("economics").parts) == {"sv": (("budget",), ("flerår",))}
        entries = [e.payload for e in p.audit() if e.action == "codebook.load"]
    assert entries[0]["created"] == ["economics"]
    assert entries[1]["changes"]["economics"]["parts"]["from"] == {"en": [["money"], ["years"]]}
