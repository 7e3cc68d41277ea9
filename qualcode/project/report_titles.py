"""Every report's title, in one language: what a table counts and whose codings, as
`qualcode report ... --lang` prints it over its table and the TUI's reports screen shows it
over the same counts. One home, so a Swedish team reads one wording in both faces (the
CLI built them itself, and the TUI had its own, "kodade segment per kommun · alla kodare",
while the CLI said "Kodade segment per municipality" in a Swedish title).

The words are the summary's labels (``qualcode/texts/``); a document set's part of a title
is ``Project.report_in_set``'s, since it reads the set's name through the pseudonym key.
"""

from __future__ import annotations

from typing import Any

from qualcode.errors import QualcodeError
from qualcode.export.labels import label
from qualcode.texts import owner, texts

# attributes every study has, named by the summary's words ("kommun" in Swedish); any other
# attribute is named by its own key, as the team typed it
NAMED_ATTRIBUTES = ("municipality", "role", "date", "interviewer")
# the splits that are no attribute: who coded, and who said the coded words
NAMED_SPLITS = {"coder": "rep_by_coder", "participant": "rep_by_participant"}


def attribute_named(key: str, lang: str) -> str:
    """A split's name in running text: "kommun" for municipality in Swedish, in lower
    case as a title reads it; "kodare" and "deltagare" for the coder and participant
    splits; any other attribute by its own key."""
    if key in NAMED_ATTRIBUTES:
        name = label(lang, key)
        return name[:1].lower() + name[1:]  # "Date" heads a table, "by date" in a title
    if key in NAMED_SPLITS:
        return texts(lang, "tui").get(NAMED_SPLITS[key], key)
    return key


def printed_layer(project: Any, layer: str, real_names: bool = False) -> tuple[str, str | None]:
    """The layer and the blind reader a title names, with a coder as the report's rows
    print her (her own pseudonym, 'Kodare A'), and the blind reader (or None): `report
    frequencies --layer coder:karin` printed 'karin's codings' over a table whose columns
    named her 'Kodare A', so a title pasted into a paper said who the pseudonym was.
    ``real_names``: a lead's report with real names (the key is empty then)."""
    viewer = project.acting.name if project.acting else None
    key = project.pseudonym_key(real_names, viewer)
    me = project.restricted_to()
    blind = key.coder(me.name) if me is not None else None
    from qualcode.project.typed_team import layer_typed

    kind, _, name = layer_typed(project, layer).partition(":")  # "coder:Kodare A" too
    return (f"{kind}:{key.coder(name)}" if name else layer), blind


def layer_said(layer: str, lang: str = "en", blind: str | None = None) -> str:
    """Whose codings a count is of, in ``lang``: pooled coders count a passage once per
    coder. ``blind`` is the coder blind coding limits the reader to (her name), or None:
    her own codings' title says so, not 'every coder's'."""
    kind, _, name = layer.partition(":")
    if blind is not None and kind != "consensus" and name in ("", blind):
        return label(lang, "report_blind", owner=owner(blind, lang, person=True))
    if kind == "consensus":
        return label(lang, "report_consensus")
    if name:
        return label(lang, "report_one_coder", owner=owner(name, lang, person=True))
    return label(lang, "report_pooled")


def frequencies_title(
    layer: str,
    lang: str = "en",
    blind: str | None = None,
    aggregate: bool = False,
    in_set: str = "",
) -> str:
    """`report frequencies`: the codes' counts of a layer, split by nothing; ``in_set``
    is what the set counted adds (``Project.report_in_set``)."""
    title = label(lang, "report_frequencies", layer=layer_said(layer, lang, blind)) + in_set
    return title + (label(lang, "report_aggregate") if aggregate else "")


def crosstab_title(
    attribute: str,
    layer: str,
    lang: str = "en",
    blind: str | None = None,
    aggregate: bool = False,
    in_set: str = "",
    measure: str = "segments",
) -> str:
    """`report crosstab ATTRIBUTE`: coded segments (or, on the TUI's `w`, coded words) per
    code and value of ``attribute``, named in ``lang``."""
    key = "report_crosstab_words" if measure == "words" else "report_crosstab"
    said = layer_said(layer, lang, blind)
    title = label(lang, key, attribute=attribute_named(attribute, lang), layer=said) + in_set
    # the total row counts a child's segment under its parent too
    return title + (label(lang, "report_aggregate_total") if aggregate else "")


def split_title(
    attribute: str | None,
    layer: str,
    lang: str = "en",
    blind: str | None = None,
    measure: str = "segments",
    in_set: str = "",
) -> str:
    """The title of the counts the TUI's reports screen shows: the crosstab's for a split,
    the frequencies' where the documents have no attribute to split by."""
    if attribute is None:
        return frequencies_title(layer, lang, blind, in_set=in_set)
    return crosstab_title(attribute, layer, lang, blind, in_set=in_set, measure=measure)


def counts_title(
    project: Any,
    layer: str,
    lang: str = "en",
    *,
    attribute: str | None = None,
    viewer: str | None = None,
    doc_set: str | None = None,
    real_names: bool = False,
    aggregate: bool = False,
) -> str:
    """`report frequencies`' title, or with ``attribute`` `report crosstab`'s, read from
    the project: the set's name through ``viewer``'s pseudonym key, a coder as the rows
    print her and the blind reader (``printed_layer``); ``real_names``: a lead's copy with
    real names. The CLI read these and chose among them itself (review49)."""
    in_set = project.report_in_set(
        doc_set, real_names=real_names, viewer=viewer, names_in=lang, lang=lang
    )
    named, blind = printed_layer(project, layer, real_names)  # 'Kodare A', as the rows
    if attribute is None:
        return frequencies_title(named, lang, blind, aggregate, in_set)
    return crosstab_title(attribute, named, lang, blind, aggregate, in_set)


def screen_title(
    project: Any,
    attribute: str | None,
    layer: str,
    lang: str,
    *,
    viewer: str | None,
    doc_set: str | None = None,
    measure: str = "segments",
) -> str:
    """The title over the counts the TUI's reports screen shows (``split_title``), read
    from the project: a coder named as the columns name her, through the pseudonym key,
    a blind reader's own codings saying so (``printed_layer``), and the set's name through
    ``viewer``'s key, as the CLI's title says it. Where either is refused (a
    ``QualcodeError``), the title goes without them: the counts under it say why. The
    screen read these itself (review49)."""
    try:
        in_set = project.report_in_set(doc_set, viewer=viewer, names_in=lang, lang=lang)
        named, blind = printed_layer(project, layer)
    except QualcodeError:
        in_set, named, blind = "", layer, None
    return split_title(attribute, named, lang, blind, measure, in_set)


def cooccurrence_title(within: str, layer: str, lang: str = "en", in_set: str = "") -> str:
    """`report cooccurrence`: where two codes meet, and that coders' codings stay apart
    (two coders' codes on one sentence do not meet) but the consensus's do not."""
    what = label(lang, "report_overlap" if within == "overlap" else "report_turns")
    apart = label(lang, "report_apart") if layer != "consensus" else ""
    return label(lang, "report_cooccurrence", what=what, apart=apart) + in_set


def quotes_title(lang: str = "en", in_set: str = "") -> str:
    """`report quotes`: the table's title, and what the set adds."""
    return label(lang, "quotes_title") + in_set


def passages_title(n: int, lang: str = "en") -> str:
    """`report query`: how many passages a coding query found."""
    return label(lang, "report_passages", n=n)


def no_passages(lang: str = "en") -> str:
    """`report query`'s line where the query found nothing."""
    return label(lang, "report_no_passages")


def words_title(n: int, lang: str = "en") -> str:
    """`report words`: how many words are listed."""
    return label(lang, "report_words", n=n)


def no_words(lang: str = "en") -> str:
    """`report words`' line where nothing was said that counts."""
    return label(lang, "report_no_words")
