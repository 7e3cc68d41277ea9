"""Labels of the reconcile screen, in English and Swedish.

Kept beside ``catalog.py`` (which merges them into its messages) so that each file stays
a size one can read. Binding descriptions are keyed by binding id, as everywhere.
"""

from __future__ import annotations

# (en, sv)
RECONCILE_LABELS: dict[str, tuple[str, str]] = {
    "reconcile.accept_first": ("Coder 1", "Kodare 1"),
    "reconcile.accept_second": ("Coder 2", "Kodare 2"),
    "reconcile.union": ("Union", "Union"),
    "reconcile.intersection": ("Intersection", "Snitt"),
    "reconcile.reject": ("Reject", "Avvisa"),
    "reconcile.filter_code": ("Code", "Kod"),
    "reconcile.filter_document": ("Document", "Dokument"),
    "reconcile.filter_kind": ("Kind", "Slag"),
    "reconcile.filter_code_back": ("Previous code", "Föregående kod"),
    "reconcile.filter_document_back": ("Previous document", "Föregående dokument"),
    "reconcile.filter_kind_back": ("Previous kind", "Föregående slag"),
    "reconcile.back": ("Back", "Tillbaka"),
    "rc_title": ("Reconcile", "Avstämning"),
    "rc_code": ("code", "kod"),
    "rc_kind": ("kind", "slag"),
    "rc_document": ("document", "dokument"),
    "rc_verdict": ("verdict", "beslut"),
    "rc_all": ("all", "alla"),
    "rc_kind.presence": ("presence", "närvaro"),
    "rc_kind.code": ("code", "kod"),
    "rc_kind.boundary": ("boundary", "gränser"),
    "rc_filter": (
        "{f} code {code} · {d} document {document} · {k} kind {kind} · "
        "{n} of {total} cases, {decided} decided",
        "{f} kod {code} · {d} dokument {document} · {k} slag {kind} · "
        "{n} av {total} fall, {decided} avgjorda",
    ),
    "rc_none": ("No cases under this filter.", "Inga fall med det här filtret."),
    "rc_version": ("{n} · {coder}: {mark} {code}", "{n} · {coder}: {mark} {code}"),
    "rc_others": ("; other codes: {others}", "; andra koder: {others}"),
    "rc_rationale": (
        "Rationale for {verdict} (Enter decides, Esc cancels)…",
        "Motivering till {verdict} (Enter avgör, Esc avbryter)…",
    ),
    "rc_decided": ("{verdict}: decided", "{verdict}: avgjort"),
    "rc_agreement": (
        "{code}: coders α {alpha} · agreement {percent} · {units} units · "
        "{decided} of {cases} cases decided",
        "{code}: kodarnas α {alpha} · överensstämmelse {percent} · {units} enheter · "
        "{decided} av {cases} fall avgjorda",
    ),
    "rc_with_consensus": ("consensus vs {coder} α {alpha}", "konsensus mot {coder} α {alpha}"),
}
