"""A turn's time reads alike in the codings export and on the coding screen (one function,
``project/turn_clock.clock``, since review31 found two copies): its edges."""

from __future__ import annotations

from qualcode.project.turn_clock import clock


def test_a_turn_time_reads_as_hours_minutes_seconds() -> None:
    assert clock(0) == "0:00:00"
    assert clock(59.9) == "0:00:59"  # cut, as a player's position reads, never rounded up
    assert clock(3599.99) == "0:59:59"
    assert clock(36000) == "10:00:00"  # hours are not wrapped at ten or at a day
    assert clock(90061.5) == "25:01:01"


def test_a_turn_without_a_time_reads_as_nothing() -> None:
    assert clock(None) == ""
