"""The participants' role vocabulary in Swedish and English, in one place.

A role is a document attribute written as the team writes it ("socialsekreterare"). A
summary in English cites "IP3, social worker, Åby", a Swedish one "IP3, socialsekreterare,
Åby", whichever language the attribute was entered in. A value the vocabulary does not know
is printed as written: a wrong translation in a paper is worse than an untranslated word.
Each entry is one role as (Swedish, English); a third language would be a third column.
"""

from __future__ import annotations

from collections.abc import Iterable

ROLES: tuple[tuple[str, str], ...] = (
    ("socialsekreterare", "social worker"),
    ("specialistsocionom", "specialist social worker"),
    ("socionom", "social work graduate"),
    ("handläggare", "case officer"),
    ("biståndshandläggare", "needs assessor"),
    ("familjebehandlare", "family therapist"),
    ("utredare", "investigator"),
    ("kurator", "welfare officer"),
    ("sjuksköterska", "nurse"),
    ("undersköterska", "assistant nurse"),
    ("medarbetare", "employee"),
    ("chef", "manager"),
    ("förstalinjechef", "first-line manager"),
    ("enhetschef", "unit manager"),
    ("biträdande enhetschef", "deputy unit manager"),
    ("avdelningschef", "head of department"),
    ("verksamhetschef", "head of operations"),
    ("områdeschef", "area manager"),
    ("förvaltningschef", "head of administration"),
    ("socialchef", "head of social services"),
    ("kommundirektör", "municipal chief executive"),
    ("politiker", "politician"),
    ("kommunalråd", "municipal commissioner"),
    ("ordförande", "chair"),
    ("nämndordförande", "committee chair"),
    ("ledamot", "committee member"),
    ("tjänsteperson", "civil servant"),
    ("fackligt ombud", "union representative"),
    ("skyddsombud", "safety representative"),
    ("utvecklingsstrateg", "development strategist"),
    ("strateg", "strategist"),
    ("HR-strateg", "HR strategist"),
    ("HR-specialist", "HR specialist"),
    ("HR-partner", "HR business partner"),
    ("metodutvecklare", "methods developer"),
    ("controller", "controller"),
    ("intervjuare", "interviewer"),
)
_COLUMN = {"sv": 0, "en": 1}
_BY_NAME = {" ".join(name.split()).casefold(): entry for entry in ROLES for name in entry}


def role_name(value: str | None, lang: str) -> str | None:
    """``value`` (a role in either language, any case) in ``lang``; unknown as written."""
    if value is None or lang not in _COLUMN:
        return value
    entry = _BY_NAME.get(" ".join(str(value).split()).casefold())
    return entry[_COLUMN[lang]] if entry else value


def role_names(values: Iterable[object], lang: str) -> list[object]:
    """Every value of a role column in ``lang`` (missing values stay missing)."""
    return [role_name(v, lang) if isinstance(v, str) else v for v in values]
