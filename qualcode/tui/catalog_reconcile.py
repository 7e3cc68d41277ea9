"""Labels of the reconcile screen, in English and Swedish.

Kept beside ``catalog.py`` (which merges them into its messages) so that each file stays
a size one can read. Binding descriptions are keyed by binding id, as everywhere.
"""

from __future__ import annotations

# (en, sv)
RECONCILE_LABELS: dict[str, tuple[str, str]] = {
    "reconcile.accept_first": ("Coder 1", "Kodare 1"),
    "reconcile.accept_second": ("Coder 2", "Kodare 2"),
    "reconcile.accept_third": ("Coder 3", "Kodare 3"),
    "reconcile.accept_fourth": ("Coder 4", "Kodare 4"),
    "reconcile.accept_fifth": ("Coder 5", "Kodare 5"),
    "reconcile.accept_sixth": ("Coder 6", "Kodare 6"),
    "reconcile.accept_seventh": ("Coder 7", "Kodare 7"),
    "reconcile.accept_eighth": ("Coder 8", "Kodare 8"),
    "reconcile.accept_ninth": ("Coder 9", "Kodare 9"),
    "reconcile.span": ("Span", "Eget spann"),
    "reconcile.comment": ("Comment", "Kommentar"),
    "reconcile.reopen": ("Reopen", "Öppna igen"),
    "reconcile.versions": ("More versions", "Fler versioner"),
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
    "rc_talk": ("talk", "samtal"),
    "rc_counted": ("{scope}", "{scope}"),
    "rc_counted_report": (
        "Counted: {coders} coders ({names}), {docs} of {total} documents",
        "Räknat: {coders} kodare ({names}), {docs} av {total} dokument",
    ),
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
    "rc_version": ("{n} {coder}: {codes}", "{n} {coder}: {codes}"),
    "rc_more": (" (+{more}: {k})", " (+{more}: {k})"),
    "rc_span": (
        "Span as START-END or START-END:CODE (case {start}-{end}; {codes}), Enter…",
        "Spann som START-END eller START-END:KOD (fallet {start}-{end}; {codes}), Enter…",
    ),
    "rc_comment": (
        'Comment ("johan: …" records what a coder said; {coders}), Enter adds…',
        'Kommentar ("johan: …" för vad en kodare sa; {coders}), Enter lägger till…',
    ),
    "rc_reopen": (
        "Why reopen {verdict}? (Enter reopens, Esc cancels)…",
        "Varför öppna {verdict} igen? (Enter öppnar, Esc avbryter)…",
    ),
    "rc_decision": (
        "Decided {verdict} by {by} {at} with {people}:",
        "Avgjort {verdict} av {by} {at} med {people}:",
    ),
    "rc_earlier": ("Earlier: {verdict} by {by} {at}:", "Tidigare: {verdict} av {by} {at}:"),
    "rc_stale": ("(a version changed since)", "(en version har ändrats sedan dess)"),
    "rc_earlier_comments": ("({n} earlier comments)", "({n} tidigare kommentarer)"),
    "rc_reopened": (" (reopened)", " (öppnade igen)"),
    "rc_no_talk": ("No comments yet; c adds one.", "Inga kommentarer än; c lägger till."),
    "rc_rationale": (
        "Rationale for {verdict} (Enter decides, Esc cancels)…",
        "Motivering till {verdict} (Enter avgör, Esc avbryter)…",
    ),
    "rc_decided": ("{verdict}: decided", "{verdict}: avgjort"),
    "rc_agreement": (
        "{code}: coders α {alpha} · agreement {percent} · {units} units",
        "{code}: kodarnas α {alpha} · överensstämmelse {percent} · {units} enheter",
    ),
    "rc_decided_of": ("{decided} of {cases} cases decided", "{decided} av {cases} fall avgjorda"),
    "rc_with_consensus": ("consensus vs {coder} α {alpha}", "konsensus mot {coder} α {alpha}"),
}
