"""Labels of the codebook screen and its dialogs, in English and Swedish.

Kept beside ``catalog.py`` (which merges them into its messages) so that each file stays
a size one can read.
"""

from __future__ import annotations

# The codebook screen and its dialogs (qualcode.tui.screens.codebook), keys by binding id
# too: (en, sv).
CODEBOOK_LABELS: dict[str, tuple[str, str]] = {
    "app.codebook": ("Codebook", "Kodbok"),
    "codebook.search": ("Search", "Sök"),
    "codebook.language": ("sv/en", "sv/en"),
    "codebook.add": ("Add", "Ny kod"),
    "codebook.edit": ("Edit", "Redigera"),
    "codebook.rename": ("Rename", "Byt nyckel"),
    "codebook.move": ("Move", "Flytta"),
    "codebook.merge": ("Merge", "Slå ihop"),
    "codebook.retire": ("Retire", "Ta bort"),
    "codebook.back": ("Back", "Tillbaka"),
    "codebook.close": ("Close the codebook", "Stäng kodboken"),
    "confirm.yes": ("Yes", "Ja"),
    "confirm.no": ("No", "Nej"),
    "form.save": ("Save", "Spara"),
    "form.cancel": ("Cancel", "Avbryt"),
    "pick.cancel": ("Cancel", "Avbryt"),
    "pick.down": ("Down", "Ner"),
    "pick.up": ("Up", "Upp"),
    "cb_palette": (
        "Browse, search and (lead) edit the codes",
        "Bläddra, sök och (ledare) redigera koderna",
    ),
    "cb_search": (
        "Search codes: key or name, sv or en…",
        "Sök koder: nyckel eller namn, sv eller en…",
    ),
    "cb_read_only": (
        "Read only: the lead ({leads}) changes the codebook; propose changes to them.",
        "Skrivskyddad: ledaren ({leads}) ändrar kodboken; föreslå ändringar för hen.",
    ),
    "cb_lead_only": (
        "Only the lead ({leads}) changes the shared codebook",
        "Bara ledaren ({leads}) ändrar den gemensamma kodboken",
    ),
    "cb_codings": ("{n} coding||{n} codings", "{n} kodning||{n} kodningar"),
    "cb_columns": ("codings · shortcut · name", "kodningar · kortkommando · namn"),
    "cb_keywords": ("Keywords", "Nyckelord"),
    "cb_examples": ("Examples", "Exempel"),
    "cb_missing": ("—", "—"),
    "cb_parent": ("Under", "Under"),
    "cb_shortcut": ("Shortcut", "Kortkommando"),
    "cb_color": ("Colour", "Färg"),
    "cb_key": ("Code key", "Kodnyckel"),
    "cb_empty": ("No code matches the search", "Ingen kod matchar sökningen"),
    "cb_no_codes": (
        "No codes yet: the lead adds one with a, or loads a codebook file.",
        "Inga koder än: ledaren lägger till en med a, eller läser in en kodboksfil.",
    ),
    "cb_added": ("Added {code}", "Lade till {code}"),
    "cb_saved": ("Saved {code}", "Sparade {code}"),
    "cb_renamed": ("Renamed {old} → {new}", "Bytte nyckel {old} → {new}"),
    "cb_moved": ("Moved {code} under {parent}", "Flyttade {code} under {parent}"),
    "cb_moved_top": ("Moved {code} to the top level", "Flyttade {code} till översta nivån"),
    "cb_merged": (
        "Merged {source} into {target}: {n} coding moved||"
        "Merged {source} into {target}: {n} codings moved",
        "Slog ihop {source} med {target}: {n} kodning flyttad||"
        "Slog ihop {source} med {target}: {n} kodningar flyttade",
    ),
    "cb_retired": ("Retired {code}", "Tog bort {code}"),
    "cb_top_level": ("(top level)", "(översta nivån)"),
    "cb_pick_parent": (
        "Move {code} under… (type to search)",
        "Flytta {code} under… (skriv för att söka)",
    ),
    "cb_pick_target": (
        "Merge {code} into… (type to search)",
        "Slå ihop {code} med… (skriv för att söka)",
    ),
    "cb_confirm_merge": (
        "Merge {source} into {target}?\n\nAll {n} codings of {source} (every coder) move to "
        "{target}; {source} is retired, and the merge is kept in the audit log.",
        "Slå ihop {source} med {target}?\n\nAlla {n} kodningar av {source} (alla kodare) flyttas "
        "till {target}; {source} tas bort och sammanslagningen sparas i loggen.",
    ),
    "cb_confirm_retire": (
        "Retire {code}? It is unused; it stays in the file's history.",
        "Ta bort {code}? Den är oanvänd; den finns kvar i filens historik.",
    ),
    "cb_yes": ("Yes", "Ja"),
    "cb_no": ("No", "Nej"),
    "cb_new_key": (
        "New key for {code} (a-z, 0-9, _); codings stay with it",
        "Ny nyckel för {code} (a-z, 0-9, _); kodningarna följer med",
    ),
    "cb_form_add": ("New code", "Ny kod"),
    "cb_form_edit": ("Edit {code}", "Redigera {code}"),
    "cb_form_hint": (
        "Tab: next field · Enter or Ctrl+S: save · Esc: cancel · "
        "keywords comma-separated · one example per line",
        "Tab: nästa fält · Enter eller Ctrl+S: spara · Esc: avbryt · "
        "nyckelord med komma · ett exempel per rad",
    ),
}
