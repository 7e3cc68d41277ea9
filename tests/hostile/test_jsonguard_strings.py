"""How jsonguard tells a string from the brackets around it (review 26).

Its depth and container counts skip what lies inside strings; the string pattern was
rewritten to take a run of plain characters at a time instead of one character per step
(a 17 MB package of 50,000 codings spent most of its pre-check there). These cases hold
the reading to JSON's own: escaped quotes and backslashes, brackets in strings, a string
at the very end, and text that is no JSON at all."""

from __future__ import annotations

import json

import pytest

from qualcode.jsonguard import TooDeep, containers, loads, nesting_depth

TRICKY = [
    {"memo": 'she said "[no]" and left \\', "rows": [[1], {"a": "{"}]},
    {"a": '\\\\\\"[[[', "b": [["\\"], {"c": "]]]}}"}]},
    ["", "\\", '"', "[", "]", "{", "}", "\\u005b", "\u00e5[\u00e4]"],
    {"deep": [[[[{"x": ['"]]]]]']}]]]]},
]


@pytest.mark.parametrize("value", TRICKY)
def test_depth_and_containers_read_strings_as_json_does(value: object) -> None:
    for text in (json.dumps(value), json.dumps(value, ensure_ascii=False, indent=2)):
        assert loads(text) == value
        shape = json.dumps(_shape(value))  # the same brackets, no strings at all
        assert nesting_depth(text) == nesting_depth(shape)
        assert containers(text) == containers(shape) == shape.count("[") + shape.count("{")


def _shape(value: object) -> object:
    """``value`` with every string and number left out: only its lists and objects."""
    if isinstance(value, list):
        return [_shape(v) for v in value if isinstance(v, (list, dict))]
    if isinstance(value, dict):
        return {str(i): _shape(v) for i, v in enumerate(value.values())}
    return None


def test_an_unclosed_string_leaves_its_brackets_counted() -> None:
    """No closing quote: what follows is not a string, so its brackets count (the parser
    then refuses the text; it must not be taken for shallow first)."""
    text = '{"a": "' + "[" * 300
    assert nesting_depth(text, stop_above=10_000) == 301
    with pytest.raises(TooDeep):
        loads(text)
