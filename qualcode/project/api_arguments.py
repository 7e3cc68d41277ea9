"""What the Python API's methods ask of the arguments a notebook passes them: text where
a name or an id is asked (``require_text``), a list of names (``require_texts``), a path
(``require_path``), a number (``require_number``). A notebook hands over what pandas gives
it, an id as 5, an empty cell as NaN, a name as bytes, and each died in a TypeError or
AttributeError deep in a check; refused here in one line naming the argument, before
anything is written (hostile46, types46). Kept apart from ``doc_checks.py``, what a
document must be, which asks ``require_text`` of an attribute's name and value.
"""

from __future__ import annotations

from collections.abc import Iterable, Sized

from qualcode.errors import ValidationError


def require_text(
    value: object, what: str, *, optional: bool = False, hint: str = "; give it as a string"
) -> None:
    """Refuse ``value`` unless it is a string (or None, when ``optional``), in one line
    naming ``what`` it was given as. The Python API is called from notebooks with what
    pandas hands over, an id as 5, an empty cell as NaN, a name as bytes: each died in a
    TypeError or AttributeError deep in a check, and ``str()`` would keep "nan" as a
    name (hostile46, types46)."""
    if isinstance(value, str) or (optional and value is None):
        return
    raise ValidationError(
        f"{what} must be text, not {type(value).__name__} ({repr(value)[:80]}){hint}"
    )


def require_texts(value: object, what: str, *, optional: bool = False) -> None:
    """A list of names (coders, codes, documents, attributes): None when ``optional``, or
    a sequence whose every item is text; a bare number or bytes is refused, as is an item
    that is no string, in one line naming ``what`` (types46)."""
    if optional and value is None:
        return
    if isinstance(value, str | bytes) or not isinstance(value, Iterable):
        # a lone name as a string was read a letter at a time: "no document 'a'"
        raise ValidationError(
            f"{what} must be a list of names, not {type(value).__name__} ({repr(value)[:80]})"
            + (f"; give [{value!r}]" if isinstance(value, str) else "")
        )
    for item in value:
        require_text(item, f"{what}: each name")


def require_filter(value: object, what: str) -> None:
    """A filter's list of names (documents, participants): None for no filter, or a list
    naming at least one. An empty list meant "no filter" and returned every hit, yet it is
    what a notebook's filter that matched nobody hands over: the researcher expects
    nothing and got everything, and coding the hits coded every document. Refused rather
    than read as nobody, as an answer of no hits would read as "never said" (minor48b)."""
    require_texts(value, what, optional=True)
    if isinstance(value, Sized) and len(value) == 0:
        raise ValidationError(
            f"{what} is an empty list: a filter that matched nobody; give None for no filter"
        )


def require_path(value: object, what: str, *, optional: bool = False) -> None:
    """A file's path is text or a ``Path`` (None too, when ``optional``); a frame's NaN
    or a number died in ``Path()``'s TypeError, bytes in another (types46)."""
    import os

    if isinstance(value, str | os.PathLike) or (optional and value is None):
        return
    raise ValidationError(
        f"{what} must be text or a Path, not {type(value).__name__} ({repr(value)[:80]})"
    )


def require_number(value: object, what: str, *, whole: bool = False) -> None:
    """Refuse ``value`` unless it is a number (a whole one, when ``whole``), not True or
    False and not NaN, in one line naming ``what``: None or a list compared with a bound
    died in a TypeError, NaN passed every bound check (types46)."""
    import math
    from numbers import Integral, Real

    kind = Integral if whole else Real
    if isinstance(value, kind) and not isinstance(value, bool) and not math.isnan(float(value)):
        return
    said = "a whole number" if whole else "a number"
    raise ValidationError(f"{what} must be {said}, not {type(value).__name__} ({repr(value)[:80]})")
