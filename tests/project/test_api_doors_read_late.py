"""The door before each public ``Project`` method reads its method's annotations at the
method's first outside call, not when ``guard_doors`` wraps the facade (perf48): a CLI
command imports the facade and calls two or three of its 225 methods, and reading them all
at import was half of what ``code list`` grew by between stops 45 and 48. Read late, the
door still refuses what it refused, and reads a method once."""

from __future__ import annotations

import pytest

from qualcode.errors import ValidationError
from qualcode.project import api_doors


class Facade:
    def repeated(self, text: str, times: int = 1) -> str:
        return text * times

    def _inner(self, times: int) -> int:
        return times


def test_a_door_reads_its_method_at_the_first_outside_call_and_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    read: list[str] = []
    plan_of = api_doors.plan_of

    def counted(function):  # type: ignore[no-untyped-def]
        read.append(function.__name__)
        return plan_of(function)

    monkeypatch.setattr(api_doors, "plan_of", counted)
    api_doors.guard_doors(Facade)
    assert read == []  # wrapped, nothing read yet
    facade = Facade()
    assert facade.repeated("ab", 2) == "abab"
    with pytest.raises(ValidationError, match=r"^repeated: times must be a whole number, not str"):
        facade.repeated("ab", "2")  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match=r"^repeated: "):
        facade.repeated()  # type: ignore[call-arg]
    assert read == ["repeated"]
    assert facade._inner("x") == "x"  # type: ignore[arg-type]  # a private method has no door
