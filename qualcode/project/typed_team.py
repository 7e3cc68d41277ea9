"""A team as a lead types it: each coder by her name or as the project prints her.

A lead's reports print a coder through the coders' key: her own pseudonym, or "Kodare B"
where her name is a participant's too. The reports screen's `t` offered the counted coders
as printed ("Kodare A, Kodare B, mira"), and submitted unchanged they were refused as
unknown coders; `agree --coders` with names copied from `agree`'s own output was refused
alike (team46). A typed coder is read here, for every face, as the coder of that name or
the one coder printed so, in either language ("Kodare B" or "Coder B"); a label printed
for none, or one that reads as two coders, is refused in one line. What the reports print
is unchanged: only the reading of a typed team is wider.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from qualcode.errors import AmbiguousError, NotFoundError

if TYPE_CHECKING:
    from qualcode.project.base import Service

# how many printed coders a refusal lists as the ones a lead could have meant
LISTED = 8


def coders_typed(service: Service, typed: Sequence[str]) -> list[str]:
    """Each of ``typed`` (names stripped of blanks; empty ones skipped) as the name of the
    coder it means: the coder called so, else the one coder printed so by the coders' key
    in Swedish or English. Raises ``NotFoundError`` for a name no coder has and a label no
    coder is printed as, ``AmbiguousError`` for one that names one coder and is printed
    for another (or printed for two): counting either would measure a team nobody chose."""
    from qualcode.oneline import reads_as, shown

    names = [name.strip() for name in typed if name.strip()]
    if not names:
        return []
    printed = _printed(service)
    found: list[str] = []
    for name in names:
        person = service.store.coders.find(name)
        meant = {person.name} if person is not None else set()
        meant |= printed.get(reads_as(name), set())
        if len(meant) == 1:
            found.append(meant.pop())
            continue
        if meant:
            first, second = sorted(meant)[:2]
            raise AmbiguousError(
                f"coder {shown(name)} reads as two coders, {first} and {second} (by name or "
                "as the reports print them); name the one you mean by her name",
                key="coder_typed_twice",
                name=name,
                first=first,
                second=second,
            )
        if _label_like(name):
            listed = _listed(service)
            raise NotFoundError(
                f"no coder is printed as {shown(name)}; the reports print the coders as {listed}",
                key="coder_label_unknown",
                name=name,
                coders=listed,
            )
        service.store.coders.by_name(name)  # refused in its own words (a twin, consensus)
    return found


def _printed(service: Service) -> dict[str, set[str]]:
    """What each coder is printed as, where that is not her name, read as typed text
    (``reads_as``) -> the names of the coders printed so, in each language's words."""
    from qualcode.oneline import reads_as
    from qualcode.project.pseudonym_coders import CODER_WORD

    everyone = service.store.coders.joined()
    found: dict[str, set[str]] = {}
    for lang in CODER_WORD:
        key = service.pseudonym_key(lang=lang)
        for coder in everyone:
            said = reads_as(key.coder(coder.name))
            if said != reads_as(coder.name):
                found.setdefault(said, set()).add(coder.name)
    return found


def _label_like(name: str) -> bool:
    """Whether ``name`` reads as a label qualcode gives a coder ("Kodare Q", "coder b")."""
    from qualcode.oneline import reads_as
    from qualcode.project.coder_pseudonyms import label_shaped
    from qualcode.project.pseudonym_coders import CODER_WORD

    return label_shaped(reads_as(name), CODER_WORD.values())


def _listed(service: Service) -> str:
    """The coders as the lead's reports print them (the project's language), in their
    printed order, the first ``LISTED`` of them: what a lead could type instead."""
    from qualcode.project.coder_pseudonyms import in_printed_order

    key = service.pseudonym_key()
    names = [c.name for c in service.store.coders.list()]
    shown = [key.coder(n) for n in in_printed_order(names, key.coder)]
    more = len(shown) - LISTED
    return ", ".join(shown[:LISTED]) + (f" and {more} more" if more > 0 else "")
