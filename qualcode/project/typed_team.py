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

from qualcode.errors import AmbiguousError, NotFoundError, ValidationError
from qualcode.texts import LANGUAGES

if TYPE_CHECKING:
    from qualcode.project.base import Service
    from qualcode.reconcile import Case
    from qualcode.reconcile.cases import VerdictError

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
            # listed in each language's labels: the service's line is the CLI's English,
            # an interface says its own (``coders_sv``, as ``Catalog.refusal`` reads it)
            listed = {lang: _listed(service, lang) for lang in LANGUAGES}
            raise NotFoundError(
                f"no coder is printed as {shown(name)}; the reports print the coders as "
                + listed["en"],
                key="coder_label_unknown",
                name=name,
                coders=listed["en"],
                **{f"coders_{lang}": listed[lang] for lang in LANGUAGES},
            )
        service.store.coders.by_name(name)  # refused in its own words (a twin, consensus)
    return found


def layer_typed(service: Service, layer: str) -> str:
    """``layer`` with the coder a ``coder:`` layer names read as a typed team is read
    (``coders_typed``): `report frequencies --layer "coder:Kodare A"`, the coder as the
    report's own title printed her, was refused as an unknown coder (review49). A coder
    blind coding limits reads only her own codings: her name or what she is printed as
    is hers, any other label is refused as a lead's to read without saying whether it
    is printed for anyone; a name is read as before (the store's own refusals)."""
    from qualcode.oneline import SHOWN, plain_line, reads_as, shown
    from qualcode.project.pseudonym_coders import CODER_WORD

    kind, colon, typed = layer.partition(":")
    if not colon or not typed.strip():
        return layer
    me = service.restricted_to()
    if me is None:
        return f"{kind}:{coders_typed(service, [typed])[0]}"
    read = reads_as(typed)
    mine = {reads_as(me.name)}
    mine |= {reads_as(service.pseudonym_key(lang=lang).coder(me.name)) for lang in CODER_WORD}
    if read in mine:
        return f"{kind}:{me.name}"
    if _label_like(typed):
        label = typed.strip()
        require_lead_codings(service, label if plain_line(label) and len(label) <= SHOWN else "")
        service.require_lead(f"{shown(label)}'s codings")  # a label no line prints as typed
    return f"{kind}:{typed}"


def require_lead_codings(service: Service, name: str) -> None:
    """Refuse a coder under blind coding a colleague's codings (``name``: the coder, or
    the label typed for one, as she wrote it), the name made owner by each language's
    rule: a quoted label took the English "'s" after its quote, and the line read
    "'Kodare B''s codings" (hostile50); it reads "Kodare B's codings", and the
    interface's Swedish "Kodare B:s kodningar". An empty ``name`` refuses nothing."""
    from qualcode.project.blind_parts import BlindError
    from qualcode.texts import owner

    if not name:
        return
    try:
        service.require_lead(f"{owner(name, 'en')} codings")
    except BlindError as exc:
        me = service.restricted_to()
        if exc.setting is not None or me is None:  # no one named: "say who you are"
            raise
        raise exc.keyed(
            "blind_codings",
            me=me.name,
            owner=owner(name, "en", person=True),
            owner_sv=owner(name, "sv", person=True),
        ) from None


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


def _listed(service: Service, lang: str) -> str:
    """The coders as the reports print them in ``lang``'s words ("Coder B" in English,
    "Kodare B" in Swedish), in their printed order, the first ``LISTED`` of them: what a
    lead could type instead. Listed in the project's language and ended "and 3 more", the
    refusal read "Kodare A" to a CLI that prints "Coder A" and English in the Swedish
    interface (minor46b)."""
    from qualcode.project.coder_pseudonyms import in_printed_order
    from qualcode.texts import texts

    key = service.pseudonym_key(lang=lang)
    names = [c.name for c in service.store.coders.list()]
    shown = [key.coder(n) for n in in_printed_order(names, key.coder)]
    more = len(shown) - LISTED
    end = texts(lang, "format")["more"].format(n=more) if more > 0 else ""
    return ", ".join(shown[:LISTED]) + end


def verdict_typed(service: Service, verdict: str) -> str:
    """``verdict`` with the coder an ``accept:`` names read as a typed team is read
    (``coders_typed``): "accept:Kodare B", copied from a report, is the version of the coder
    printed so, and was refused as no coder of the case (minor46b). A name no coder has
    stays as typed, for the case to refuse naming its coders; other verdicts unchanged."""
    kind, colon, typed = verdict.partition(":")
    if kind != "accept" or not colon or not typed.strip():
        return verdict
    try:
        found = coders_typed(service, [typed])
    except NotFoundError as exc:
        if exc.key == "coder_label_unknown":  # "Kodare Q": a label printed for nobody
            raise
        return verdict
    return f"accept:{found[0]}"


def verdict_refused(
    service: Service, case: Case, verdict: str, exc: VerdictError
) -> ValidationError:
    """The refusal of ``verdict`` (as the lead typed it) on ``case``, in the faces' terms.
    An ``accept:`` of a coder typed as printed ("Kodare B") who has no version in the case
    names her as typed and the case's coders as the reports print them, each language in
    its own labels: it read "coder 'karin' is not part of case (johan, mira)", names the
    lead never typed and the reports never showed her (minor46c). A coder typed by her
    name is refused as before, the coders by their names."""
    from qualcode.oneline import shown

    error = ValidationError(str(exc)).keyed(exc.key, **exc.values)
    typed = verdict.partition(":")[2].strip()
    if exc.key != "verdict_coder_not_in_case" or exc.values.get("coder") == typed:
        return error
    from qualcode.project.coder_pseudonyms import in_printed_order

    listed: dict[str, str] = {}
    for lang in LANGUAGES:
        key = service.pseudonym_key(lang=lang)
        listed[lang] = ", ".join(key.coder(n) for n in in_printed_order(case.versions, key.coder))
    return ValidationError(
        f"coder {shown(typed)} is not part of case {case.shown_id} ({listed['en']})"
    ).keyed(
        exc.key,
        coder=typed,
        coders=listed["en"],
        **{f"coders_{lang}": listed[lang] for lang in LANGUAGES},
    )
