"""What a report splits its counts by: a document attribute, who coded (``coder``), or the
document itself (``document``: NVivo's coding by source, a matrix of codes by document),
each checked before anything is counted, and the values printed as the key prints them."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from qualcode.errors import SETTING, SettingError, ValidationError
from qualcode.model import DOCUMENT_COLUMNS

if TYPE_CHECKING:
    import pandas as pd

    from qualcode.export.pseudonyms import Key

# what a report groups codings by besides the documents' attributes: who coded them, the
# first thing a methods section counts ("codings per code and coder")
BY_CODING = ("coder",)


def splits_by_coder(layer: str) -> bool:
    """Whether ``layer``'s codings may be split by who coded them. Not the consensus: its
    codings are recorded as the lead's who decided each case, and split by coder it read
    "lena 7" beside no coder at all, as though the lead had coded every passage (the
    reports screen stopped offering it, eyes33; `report frequencies --by coder --layer
    consensus` still printed it, review33)."""
    return layer != "consensus"


# the codings' own column of document ids: split by it, then named as the reports name a
# document (study45: a table of codes by document was the first thing an NVivo user missed)
BY_DOCUMENT = "document"


# who said the coded words, cited as every export cites her (IP1, IP3a): codes per
# participant is NVivo's cases by codes, which the CLI left to a notebook's join (study46)
BY_PARTICIPANT = "participant"


def names_who_said(name: str, attributes: Collection[str]) -> bool:
    """Whether ``name`` means who said the words: ``participant``, unless one of the
    documents' ``attributes`` is named so, which a project may have had first and which
    keeps its meaning. The one rule a report's split (``by_participant``) and a filter
    box's word (``speaker_filter.participant_filter``) ask, so they cannot disagree."""
    return name == BY_PARTICIPANT and name not in attributes


def by_participant(name: str, documents: pd.DataFrame) -> bool:
    """Whether a report split by ``name`` is split by who said it (``names_who_said``;
    the documents frame's other columns are no attribute named so)."""
    return names_who_said(name, documents.columns)


def documents_named(frame: pd.DataFrame, names: Mapping[str, str]) -> pd.DataFrame:
    """A report split by ``document``: its ids (a column, or a crosstab's columns) as the
    documents' names, the crosstab's columns in the names' order, its total last."""
    if BY_DOCUMENT in frame.columns and frame.columns.name != BY_DOCUMENT:
        named = frame.assign(**{BY_DOCUMENT: frame[BY_DOCUMENT].map(names)})
        order = [c for c in ("code", BY_DOCUMENT) if c in named.columns]  # not by id
        return named.sort_values(order, kind="stable").reset_index(drop=True)
    named = frame.rename(columns=names)
    order = sorted(c for c in named.columns if c != "total")
    return named[[*order, *(["total"] if "total" in named.columns else [])]]


def in_report_order(
    frame: pd.DataFrame,
    key: Key,
    by: Sequence[str],
    missing: str | None = None,
    others: Collection[str] = (),
) -> pd.DataFrame:
    """A report split by who coded (``coder``) or who said it (``participant``, ``by``)
    with those in the order a reader looks for them, in a crosstab's columns or down each
    code's rows. Coders as the key prints them (``in_printed_order``): split by her real
    name first, a table read "Kodare B, Kodare A" down a code's rows (order46).
    Participants as they are counted, "IP2" before "IP10" and "IP3" before "IP3a", and
    those not given (``missing``) last: sorted as text, the demo's crosstab read "IP1,
    IP10, IP12, IP13, IP2" (review46). ``others``: the names of the documents without
    speakers a participant split counts (``others_named``), after the participants, as
    the summary's matrix lists them. Where nothing moves the table is as counted."""
    orders = _split_orders(key, by, missing, others)
    if frame.empty or not orders:
        return frame
    if frame.columns.name in orders:  # a crosstab: the split's values are its columns
        values = [c for c in frame.columns if c != "total"]
        ordered = orders[frame.columns.name](values)
        return frame[[*ordered, *(c for c in frame.columns if c == "total")]]
    places: dict[str, dict[object, int]] = {}
    for column, order in orders.items():
        if column in frame.columns:
            values = sorted(frame[column].dropna().unique(), key=str)
            ordered = order(values)
            if ordered != values:
                places[column] = {value: at for at, value in enumerate(ordered)}
    if not places:
        return frame
    keys = [c for c in ("code", *by) if c in frame.columns]
    placed = frame.assign(**{c: frame[c].map(p) for c, p in places.items()})
    rows = placed.sort_values(keys, kind="stable").index
    return frame.loc[rows].reset_index(drop=True)


def _split_orders(
    key: Key, by: Sequence[str], missing: str | None, others: Collection[str] = ()
) -> dict[str, Callable[[list[Any]], list[Any]]]:
    """How ``in_report_order`` orders the values of each split it orders."""
    from qualcode.project.coder_pseudonyms import in_printed_order

    orders: dict[str, Callable[[list[Any]], list[Any]]] = {}
    if "coder" in by:
        orders["coder"] = lambda names: in_printed_order(names, key.coder)
    if BY_PARTICIPANT in by:
        orders[BY_PARTICIPANT] = lambda said: participants_in_order(said, missing, others)
    return orders


def participants_in_order(
    said: Iterable[Any], missing: object = None, others: Collection[str] = ()
) -> list[Any]:
    """Participants as they are counted ("IP2" before "IP10", "IP3" before "IP3a"), then
    the documents without speakers (``others``, by name), those not given (``missing``)
    last: the order the CLI lists them in, which the reports screen's participant split
    reads too (minor46c), and the summary's matrix of participants and other documents."""
    from qualcode.project.coder_pseudonyms import printed_order

    return sorted(said, key=lambda s: (s == missing, s in others, printed_order(str(s))))


def values_printed(
    key: Key, documents: pd.DataFrame, attributes: Sequence[str], names_in: str | None = None
) -> pd.DataFrame:
    """``documents`` with the values of the ``attributes`` a report groups by as the key
    prints them, so two values printed alike are one group, as the summary counts them:
    grouped first and printed after, 'Åby' and 'Ekstad' both on the key as 'Kommun A' gave
    two 'Kommun A' rows per code, and a crosstab two columns of that name, which stopped
    `report crosstab` with a traceback (red team 36). A role in the words of ``names_in``
    when a face asks for a language (the summary's role table, as ``report quotes`` cites
    it): the English CLI headed a crosstab "förvaltningschef" beside "Municipality B"
    (minor46b). Only what is printed changes; the stored value stays as the team wrote it.
    Each value as ``value_printed`` prints it, the one rule the reports screen's columns
    read too."""
    grouped = [a for a in attributes if a in documents.columns]
    if not grouped or not (key or (names_in and "role" in grouped)):
        return documents
    return documents.assign(
        **{a: [value_printed(key, a, v, names_in) for v in documents[a]] for a in grouped}
    )


def value_printed(key: Key, attribute: str, value: object, names_in: str | None) -> object:
    """One document's ``value`` of ``attribute`` as ``values_printed`` prints it in a
    report split by it, for a face that lists the values before the counts arrive: the
    reports screen gave every stored role a column, so an English screen showed
    "förvaltningschef 0" beside "head of administration 5" (minor47)."""
    if not isinstance(value, str):
        return value
    printed = key.attribute(attribute, value) if key else value
    if names_in and attribute == "role":  # after the key: a value it replaced passes as is
        from qualcode.export.vocabulary import role_name

        return role_name(printed, names_in)
    return printed


def check_grouping(
    name: str, documents: pd.DataFrame, setting: str | None, layer: str = "coder"
) -> None:
    """A document attribute or ``coder`` (not in the consensus: ``splits_by_coder``); else
    one line naming what there is to choose, after the ``setting`` it was given as, if any
    (``by``: the CLI's ``--by``)."""
    if name in BY_CODING and not splits_by_coder(layer):
        said = (
            "the consensus is no coder's: its codings are recorded as the lead's who "
            "decided each case; split it by a document attribute"
        )
        if setting is None:
            raise ValidationError(said)
        raise SettingError(setting, f"{SETTING} coder: {said}")
    # a document's own columns (id, name, lang, words, imported_at) are no attributes: the
    # counts join attributes alone, so --by name was a KeyError traceback and --by id split
    # by the codings' own ids (study45)
    if name in (*BY_CODING, BY_DOCUMENT, BY_PARTICIPANT) or (
        name in documents.columns and name not in DOCUMENT_COLUMNS
    ):
        return
    there = [c for c in documents.columns if c not in DOCUMENT_COLUMNS]
    said = (
        f"no document attribute {name!r} (attributes: {', '.join(there) or 'none'}; "
        "or coder: who coded; or participant: who said it; or document)"
    )
    if setting is None:
        raise ValidationError(said)
    raise SettingError(setting, f"{SETTING}: {said}")


def others_named(project: Any, key: Key) -> dict[str, str]:
    """Each live document without speakers (a plan, a policy: no interviewee, as
    ``Project.respondents`` reads it) by id, named as the summary cites it and the reports
    name a document (``cited_names``), through ``key``."""
    from qualcode.project.export_names import cited_names

    speakers = project.respondents()
    cited = cited_names((d.id, d.name) for d in project.documents())
    return {d: key.apply(n) for d, n in cited.items() if d in speakers and not speakers[d]}


def with_participants(
    project: Any,
    codings: pd.DataFrame,
    documents: pd.DataFrame,
    key: Key,
    real_names: bool,
    others: Mapping[str, str],
) -> pd.DataFrame:
    """``codings`` with who said each (``participant``: the turn it starts in, cited as
    the quotes cite her, a pseudonym unless a lead asks for ``real_names``); none for
    the interviewer's turns, counted as "not given". A document without speakers
    (``others``: ``others_named``) is no participant's words and none of the interviewer's:
    its codings are counted under its name, as the summary's matrix counts them ("Themes
    by participant and other document"), where "not given" lumped a plan with the
    interviewer's questions (minor47)."""
    from qualcode.analysis.frames import attach_turns, with_attributes

    if codings.empty:
        return codings.assign(participant=None)
    spoken = attach_turns(codings, project.turns_frame(sorted(set(codings["document"]))))
    said = participants_said(project, with_attributes(spoken, documents), key, real_names, others)
    return spoken.drop(columns=["turn", "speaker"]).assign(participant=said)


def participants_said(
    project: Any, spoken: pd.DataFrame, key: Key, real_names: bool, others: Mapping[str, str]
) -> list[str | None]:
    """Who said each of ``spoken``'s codings (its turns' ``speaker`` and its documents'
    attributes attached), as ``with_participants`` counts them: the one rule the crosstab
    by participant and the codings export's participant column read, so a sheet pivoted by
    participant counts what the crosstab does. A plan's codings (``others``) are its name:
    the export left them empty, where the crosstab named the plan (user49)."""
    from qualcode.analysis.frames import speaker_roles
    from qualcode.project.interviewer_labels import asking_pairs

    if spoken.empty:
        return []
    roles = speaker_roles(spoken, asking_pairs(project.interviewer_labels()))
    cite = project._citer(key, real_names)
    return [
        others[d]
        if d in others
        else cite(d, s if isinstance(s, str) else None, r if isinstance(r, str) else None)
        for d, s, r in zip(spoken["document"], spoken["speaker"], roles, strict=True)
    ]


def cited_one(table: pd.DataFrame, participant: str, per_code: int | None) -> pd.DataFrame:
    """The quotes (``speaker``: each as cited) of the one ``participant`` named as they
    are cited, in any case ("ip2" finds IP2), ``per_code`` of each code; a name cited by
    none of them is refused naming those that are, so a mistyped IP12 is not an empty
    list read as her saying nothing."""
    from qualcode.oneline import reads_as

    cited = table["speaker"].map(lambda s: reads_as(s) if isinstance(s, str) else None)
    if not (cited == reads_as(participant)).any():
        known = sorted({s for s in table["speaker"] if isinstance(s, str)})
        raise SettingError(
            "participant",
            f"{SETTING}: no quote of {participant!r} (participants quoted: "
            f"{', '.join(known) or 'none'})",
        )
    kept = table[cited == reads_as(participant)]
    return kept.groupby("code", sort=False).head(per_code) if per_code else kept
