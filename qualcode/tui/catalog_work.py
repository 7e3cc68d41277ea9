"""Labels of the day's-work views (code picker, retrieval, memos, themes), in en and sv.

Kept beside ``catalog.py`` (which merges them into its messages) so each file stays a size
one can read. Keys are binding ids where they label a key: (en, sv).
"""

from __future__ import annotations

WORK_LABELS: dict[str, tuple[str, str]] = {
    "pick_code": (
        "Code the selection: type part of a name or key, Enter codes, Esc cancels",
        "Koda markeringen: skriv del av namn eller nyckel, Enter kodar, Esc avbryter",
    ),
    "pick_change": (
        "Change the code: type part of a name or key, Enter changes, Esc cancels",
        "Byt kod: skriv del av namn eller nyckel, Enter byter, Esc avbryter",
    ),
    "turn_end": (
        "End of the turn: a selection by sentences stays in one turn (drag with the mouse "
        "to cross)",
        "Slut på repliken: en markering med meningar stannar i en replik (dra med musen "
        "för att gå över)",
    ),
    "confirm_accept_all": (
        "Accept {n} suggestions scoring {value} or more? One u takes them all back.",
        "Godta {n} förslag med poäng {value} eller mer? Ett u ångrar alla.",
    ),
    "retrieve_title": ("Passages: {code}", "Citat: {code}"),
    "retrieve_filter": (
        "passages {n} · documents {docs} · coder {coder} · layer {layer} · {attribute}"
        "   (c code, f filter, o coder, l layer, s sub-codes, Enter opens)",
        "citat {n} · dokument {docs} · kodare {coder} · lager {layer} · {attribute}"
        "   (c kod, f filter, o kodare, l lager, s underkoder, Enter öppnar)",
    ),
    "retrieve_all": ("all", "alla"),
    "retrieve_none": ("No passage coded with this code here", "Inget citat kodat med koden här"),
    "retrieve_pick": (
        "Passages of which code? Type part of a name or key",
        "Citat för vilken kod? Skriv del av namn eller nyckel",
    ),
    "retrieve_blind": (
        "Blind coding: you see only your own passages (a lead sees everyone's)",
        "Blind kodning: du ser bara dina egna citat (en ledare ser allas)",
    ),
    "retrieve.code": ("Code", "Kod"),
    "retrieve.filter": ("Filter", "Filter"),
    "retrieve.coder": ("Coder", "Kodare"),
    "retrieve.layer": ("Layer", "Lager"),
    "retrieve.children": ("Sub-codes", "Underkoder"),
    "retrieve.back": ("Back", "Tillbaka"),
    "coding.retrieve": ("Passages", "Citat"),
    "documents.retrieve": ("Passages", "Citat"),
    "memo_keys": (
        "Ctrl+S saves · Esc cancels · Enter starts a new line",
        "Ctrl+S sparar · Esc avbryter · Enter ger ny rad",
    ),
    "memo.save": ("Save", "Spara"),
    "memo.cancel": ("Cancel", "Avbryt"),
    "memo_edit": ("Edit the memo", "Redigera memot"),
    "memo_removed": ("Memo removed", "Memot borttaget"),
    "memo_confirm_remove": (
        "Remove the memo “{memo}”? The audit log keeps its text.",
        "Ta bort memot ”{memo}”? Loggen behåller texten.",
    ),
    "memos_title": ("Memos", "Memon"),
    "memos_search": (
        "Search memos, passages, documents, codes… (Enter goes to the list)",
        "Sök i memon, citat, dokument, koder… (Enter går till listan)",
    ),
    "memos_none": ("No memo matches", "Inget memo matchar"),
    "memos_count": ("{n} memo||{n} memos", "{n} memo||{n} memon"),
    "memos.search": ("Search", "Sök"),
    "memos.edit": ("Edit", "Redigera"),
    "memos.remove": ("Remove", "Ta bort"),
    "memos.back": ("Back", "Tillbaka"),
    "coding.memo_list": ("All memos", "Alla memon"),
    "documents.memo_list": ("Memos", "Memon"),
    "app.language": ("Svenska", "English"),
    "language_switched": ("Interface in English", "Gränssnittet på svenska"),
    "themes_title": ("Themes", "Teman"),
    "themes_hint_lead": (
        "a accept a proposed code · m merge into another (codings follow) · t new theme · "
        "g put a code under a theme · Enter its passages",
        "a godta en föreslagen kod · m slå ihop med en annan (kodningarna följer) · t nytt "
        "tema · g lägg en kod under ett tema · Enter dess citat",
    ),
    "themes_hint_coder": (
        "Your codings per theme and code (blind coding). p in the coding screen proposes a "
        "new code for the lead; Enter lists passages.",
        "Dina kodningar per tema och kod (blind kodning). p i kodningen föreslår en ny kod "
        "för ledaren; Enter visar citat.",
    ),
    "themes_counts": (
        "{n} coding · {coders}||{n} codings · {coders}",
        "{n} kodning · {coders}||{n} kodningar · {coders}",
    ),
    "themes_loose": ("Codes under no theme", "Koder utan tema"),
    "themes_proposed": ("proposed by {by}", "föreslagen av {by}"),
    "themes_pick_code": ("Put the cursor on a code first", "Ställ markören på en kod först"),
    "themes_lead_only": (
        "Only a lead changes the shared codebook",
        "Bara en ledare ändrar den gemensamma kodboken",
    ),
    "themes_accepted": ("Accepted into the codebook", "Godtagen i kodboken"),
    "themes_created": ("Theme {name} created", "Temat {name} skapat"),
    "themes_new_title": ("A new theme", "Ett nytt tema"),
    "themes_new_hint": ("Name of the theme, Enter creates it", "Temats namn, Enter skapar det"),
    "themes_group_title": ("Under which theme?", "Under vilket tema?"),
    "themes_none": ("(no theme)", "(inget tema)"),
    "themes_grouped": ("Moved", "Flyttad"),
    "themes_merge_title": ("Merge into which code?", "Slå ihop med vilken kod?"),
    "themes_merge_confirm": (
        "Merge {code} into {into}? Its codings move to {into}; the audit log keeps the change.",
        "Slå ihop {code} med {into}? Kodningarna flyttas till {into}; loggen sparar ändringen.",
    ),
    "themes_merged": ("Merged", "Sammanslagen"),
    "themes.accept": ("Accept", "Godta"),
    "themes.group": ("Theme", "Tema"),
    "themes.new": ("New theme", "Nytt tema"),
    "themes.merge": ("Merge", "Slå ihop"),
    "themes.back": ("Back", "Tillbaka"),
    "coding.propose": ("Propose code", "Föreslå kod"),
    "coding.themes": ("Themes", "Teman"),
    "documents.themes": ("Themes", "Teman"),
    "propose_title": (
        "A new code for the selection, in your words (the lead reviews it)",
        "En ny kod för markeringen, med dina ord (ledaren granskar den)",
    ),
    "propose_hint": ("Name, Enter proposes it", "Namn, Enter föreslår den"),
    "proposed": ("Proposed {code}", "Föreslog {code}"),
    "keys_title": (
        "Keys (? or Esc closes; ↑↓ scroll)",
        "Tangenter (? eller Esc stänger; ↑↓ bläddrar)",
    ),
    "keys_screen": ("This screen", "Den här skärmen"),
    "keys_app": ("Everywhere", "Överallt"),
    "keys_codes": ("Codes (code the selection)", "Koder (kodar markeringen)"),
    "keys_widget": ("Lists and scrolling", "Listor och bläddring"),
    "keys.close": ("Close", "Stäng"),
}
