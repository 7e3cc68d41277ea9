"""A theme's quote columns are read in one pass (``summary_build._texts``): each value as
``_text`` reads it alone, a missing speaker or role (None, a float or numpy NaN, pandas'
NA) and every other value alike."""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import pandas as pd
from hypothesis import given
from hypothesis import strategies as st

from qualcode.project.summary_build import _text, _texts

VALUE = st.one_of(
    st.sampled_from([None, math.nan, np.float64("nan"), pd.NA, "", "IP1", "chef", 0, 2.5]),
    st.floats(allow_nan=True),
    st.text(max_size=5),
    st.integers(),
)


@given(st.lists(VALUE, max_size=30))
def test_each_value_reads_as_alone(values: list[Any]) -> None:
    assert _texts(values) == [_text(v) for v in values]
