"""Property tests are repeatable: the same examples on every run, no clock.

Hypothesis draws new examples on every run by default and fails an example that takes
over 200 ms, or data that is slow to draw: a property test could pass on one run and fail
on the next, or fail on the shared two-core CI machine under load and nowhere else.
tests/conftest.py loads a profile that takes both away; this holds every property test,
its own ``@settings`` included, to it.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

SEEN: list[list[int]] = []


def test_the_default_profile_is_repeatable_and_untimed() -> None:
    assert settings.default.derandomize
    assert settings.default.database is None
    assert settings.default.deadline is None
    assert HealthCheck.too_slow in settings.default.suppress_health_check


@settings(max_examples=5)  # a test's own settings keep the profile's other choices
@given(st.lists(st.integers()))
def _drawn(values: list[int]) -> None:
    SEEN.append(values)


def test_a_tests_own_settings_draw_the_same_examples_twice() -> None:
    _drawn()
    first = list(SEEN)
    SEEN.clear()
    _drawn()
    assert first == SEEN and first
    own = _drawn._hypothesis_internal_use_settings  # type: ignore[attr-defined]
    assert own.derandomize and own.deadline is None and own.database is None
