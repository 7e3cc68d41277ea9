"""Every label of the interface in Swedish and English, in one place.

The interface language is independent of the documents' and the codebook's; a third
language is one more mapping here.
"""

from __future__ import annotations

import locale
import os

from qualcode.tui.catalog_codebook import CODEBOOK_LABELS
from qualcode.tui.catalog_reconcile import RECONCILE_LABELS
from qualcode.tui.catalog_work import WORK_LABELS
from qualcode.tui.safe import plain

MESSAGES: dict[str, dict[str, str]] = {
    "en": {
        "documents": "Documents",
        "name": "Name",
        "lang": "Lang",
        "words": "Words",
        "status": "My status",
        "codings": "Codings",
        "filter": "Filter documents…",
        "open": "Open",
        "quit": "Quit",
        "help": "Keys",
        "back": "Back",
        "next_unit": "Next sentence",
        "prev_unit": "Previous sentence",
        "extend_down": "Extend selection",
        "extend_up": "Shrink selection",
        "next_turn": "Next turn",
        "prev_turn": "Previous turn",
        "remove": "Remove coding",
        "undo": "Undo",
        "done": "Mark done",
        "suggest": "Suggest",
        "accept": "Accept suggestion",
        "reject": "Reject suggestion",
        "next_suggestion": "Next suggestion",
        "search": "Search",
        "code_search": "Find code",
        "coded": "Coded {code}",
        "removed": "Removed {code}",
        "nothing": "Nothing here",
        "marked_done": "Marked done",
        "suggesting": "Computing suggestions…",
        "suggested": "{n} suggestion||{n} suggestions",
        "embedding": "Embedding sentences: {done} words done, {left} left, {eta} left",
        "eta_unknown": "time",
        "improved": "{n} suggestion, improved with sentence embeddings||"
        "{n} suggestions, improved with sentence embeddings",
        "accepted": "Accepted as {code}",
        "rejected": "Rejected",
        "undone": "Undone",
        "no_suggestion": "No suggestion here",
        "who": "Who are you? Start with --coder NAME",
        "codebook": "Codebook",
        "definition": "Definition",
        "inclusion": "Include",
        "exclusion": "Exclude",
        "example": "Example",
        "search_prompt": "Search text…",
        "not_found": "Not found",
        # the reports screen
        "reports": "Reports",
        "rep_frequencies": "Frequencies",
        "rep_chart": "Chart",
        "rep_agreement": "Agreement",
        "rep_by": "By",
        "rep_layer": "Layer",
        "rep_show": "Showing",
        "rep_codings": "codings",
        "rep_words": "coded words",
        "rep_layer_all": "all coders",
        "rep_layer_consensus": "consensus",
        "rep_layer_mine": "my codings ({name})",
        "rep_no_attributes": "no document attributes",
        "rep_all_documents": "all documents",
        "rep_empty": "no codings in this layer yet",
        "rep_too_many": "all {n} values together (the table has each one)",
        "rep_code": "Code",
        "rep_total": "Total",
        "rep_units": "Units",
        "rep_chart_title": "{measure} by {attribute} · {layer}",
        "rep_blind": (
            "Blind coding: agreement compares everyone's codings, so only a lead sees it. "
            "Your frequencies and chart show your own codings."
        ),
        "rep_only_mine": "Blind coding: your reports show your own codings only",
        "rep_export_summary": "Theme summary ({layer}): .md .docx .xlsx .html · Enter writes",
        "rep_export_codings": "Codings: .csv or .xlsx · Enter writes, Esc cancels",
        "rep_export_qdpx": "REFI-QDA project .qdpx · Enter writes, Esc cancels",
        "rep_what_summary": "the theme summary",
        "rep_what_qdpx": "the whole project",
        "rep_lead_only": "Blind coding: only a lead exports {what}",
        "rep_no_folder": "No folder {path}",
        "rep_writing": "Writing {path}…",
        "rep_replace": "{path} exists. Replace it?",
        "rep_wrote": "Wrote {path}",
        "reports.by": "By",
        "reports.layer": "Layer",
        "reports.measure": "Codings/words",
        "reports.table": "Table",
        "reports.chart": "Chart",
        "reports.agreement": "Agreement",
        "reports.summary": "Summary",
        "reports.codings": "Codings",
        "reports.qdpx": ".qdpx",
        "reports.back": "Back",
        "app.reports": "Reports",
        "documents.reports": "Reports",
    },
    "sv": {
        "documents": "Dokument",
        "name": "Namn",
        "lang": "Språk",
        "words": "Ord",
        "status": "Min status",
        "codings": "Kodningar",
        "filter": "Filtrera dokument…",
        "open": "Öppna",
        "quit": "Avsluta",
        "help": "Tangenter",
        "back": "Tillbaka",
        "next_unit": "Nästa mening",
        "prev_unit": "Föregående mening",
        "extend_down": "Utöka markering",
        "extend_up": "Minska markering",
        "next_turn": "Nästa tur",
        "prev_turn": "Föregående tur",
        "remove": "Ta bort kodning",
        "undo": "Ångra",
        "done": "Markera klar",
        "suggest": "Föreslå",
        "accept": "Godta förslag",
        "reject": "Avvisa förslag",
        "next_suggestion": "Nästa förslag",
        "search": "Sök",
        "code_search": "Hitta kod",
        "coded": "Kodat {code}",
        "removed": "Tog bort {code}",
        "nothing": "Inget här",
        "marked_done": "Markerad klar",
        "suggesting": "Beräknar förslag…",
        "suggested": "{n} förslag",
        "embedding": "Bäddar in meningar: {done} ord klara, {left} kvar, {eta} kvar",
        "eta_unknown": "tid",
        "improved": "{n} förslag, förbättrade med meningsinbäddningar",
        "accepted": "Godtaget som {code}",
        "rejected": "Avvisat",
        "undone": "Ångrat",
        "no_suggestion": "Inget förslag här",
        "who": "Vem är du? Starta med --coder NAMN",
        "codebook": "Kodbok",
        "definition": "Definition",
        "inclusion": "Ta med",
        "exclusion": "Ta inte med",
        "example": "Exempel",
        "search_prompt": "Sök i texten…",
        "not_found": "Hittades inte",
        # rapportskärmen
        "reports": "Rapporter",
        "rep_frequencies": "Frekvenser",
        "rep_chart": "Diagram",
        "rep_agreement": "Överensstämmelse",
        "rep_by": "Per",
        "rep_layer": "Lager",
        "rep_show": "Visar",
        "rep_codings": "kodningar",
        "rep_words": "kodade ord",
        "rep_layer_all": "alla kodare",
        "rep_layer_consensus": "konsensus",
        "rep_layer_mine": "mina kodningar ({name})",
        "rep_no_attributes": "inga dokumentattribut",
        "rep_all_documents": "alla dokument",
        "rep_empty": "inga kodningar i det här lagret än",
        "rep_too_many": "alla {n} värden tillsammans (tabellen visar vart och ett)",
        "rep_code": "Kod",
        "rep_total": "Summa",
        "rep_units": "Enheter",
        "rep_chart_title": "{measure} per {attribute} · {layer}",
        "rep_blind": (
            "Blind kodning: överensstämmelsen jämför allas kodningar, så bara en ledare ser den. "
            "Dina frekvenser och ditt diagram visar dina egna kodningar."
        ),
        "rep_only_mine": "Blind kodning: dina rapporter visar bara dina egna kodningar",
        "rep_export_summary": "Temasammanfattning ({layer}): .md .docx .xlsx .html · Enter skriver",
        "rep_export_codings": "Kodningar: .csv eller .xlsx · Enter skriver, Esc avbryter",
        "rep_export_qdpx": "REFI-QDA-projekt .qdpx · Enter skriver, Esc avbryter",
        "rep_what_summary": "temasammanfattningen",
        "rep_what_qdpx": "hela projektet",
        "rep_lead_only": "Blind kodning: bara en ledare exporterar {what}",
        "rep_no_folder": "Mappen {path} finns inte",
        "rep_writing": "Skriver {path}…",
        "rep_replace": "{path} finns redan. Ersätta den?",
        "rep_wrote": "Skrev {path}",
        "reports.by": "Per",
        "reports.layer": "Lager",
        "reports.measure": "Kodningar/ord",
        "reports.table": "Tabell",
        "reports.chart": "Diagram",
        "reports.agreement": "Överensst.",
        "reports.summary": "Sammanfattning",
        "reports.codings": "Kodningar",
        "reports.qdpx": ".qdpx",
        "reports.back": "Tillbaka",
        "app.reports": "Rapporter",
        "documents.reports": "Rapporter",
    },
}


for _key, (_en, _sv) in (CODEBOOK_LABELS | RECONCILE_LABELS | WORK_LABELS).items():
    MESSAGES["en"].setdefault(_key, _en)
    MESSAGES["sv"].setdefault(_key, _sv)


# The documents and coding screens, the first-run dialog and every key binding (by its
# id: the footer, `?` and the palette show these), one line per label: (en, sv).
_PAIRS: dict[str, tuple[str, str]] = {
    "app.help": ("Keys", "Hjälp"),
    "app.theme": ("Light/dark", "Ljust/mörkt"),
    "app.quit": ("Quit", "Avsluta"),
    "documents.open": ("Open", "Öppna"),
    "documents.filter": ("Filter", "Filtrera"),
    "documents.reconcile": ("Reconcile", "Stäm av"),
    "documents.who": ("Switch coder", "Byt kodare"),
    "coding.next_unit": ("Next", "Nästa"),
    "coding.prev_unit": ("Previous", "Föregående"),
    "coding.extend_down": ("Extend", "Utöka"),
    "coding.extend_up": ("Shrink", "Minska"),
    "coding.word_next": ("End a word on", "Slut ett ord fram"),
    "coding.word_prev": ("End a word back", "Slut ett ord bak"),
    "coding.start_next": ("Start a word on", "Början ett ord fram"),
    "coding.start_prev": ("Start a word back", "Början ett ord bak"),
    "coding.next_turn": ("Next turn", "Nästa tur"),
    "coding.prev_turn": ("Previous turn", "Föregående tur"),
    "coding.code_search": ("Code…", "Koda…"),
    "coding.change": ("Change code", "Byt kod"),
    "coding.remove": ("Remove coding", "Ta bort kodning"),
    "coding.undo": ("Undo", "Ångra"),
    "coding.redo": ("Redo", "Gör om"),
    "coding.memo": ("Memo", "Memo"),
    "coding.doc_memo": ("Document memo", "Dokumentmemo"),
    "coding.suggest": ("Suggest", "Föreslå"),
    "coding.suggest_all": ("Suggest in all documents", "Föreslå i alla dokument"),
    "coding.next_suggestion": ("Next suggestion", "Nästa förslag"),
    "coding.accept": ("Accept", "Godta"),
    "coding.reject": ("Reject", "Avvisa"),
    "coding.accept_all": ("Accept all ≥ threshold", "Godta alla ≥ gränsen"),
    "coding.threshold_up": ("Raise threshold", "Höj gränsen"),
    "coding.threshold_down": ("Lower threshold", "Sänk gränsen"),
    "coding.search": ("Search", "Sök"),
    "coding.done": ("Done", "Klar"),
    "coding.back": ("Back", "Tillbaka"),
    "who.quit": ("Quit", "Avsluta"),
    "prompt.cancel": ("Cancel", "Avbryt"),
    # Textual's own bindings, which have no id (the `?` panel lists them)
    "action.scroll_up": ("Scroll up", "Rulla upp"),
    "action.scroll_down": ("Scroll down", "Rulla ned"),
    "action.scroll_left": ("Scroll left", "Rulla vänster"),
    "action.scroll_right": ("Scroll right", "Rulla höger"),
    "action.scroll_home": ("To the start", "Till början"),
    "action.scroll_end": ("To the end", "Till slutet"),
    "action.scroll_top": ("To the top", "Överst"),
    "action.scroll_bottom": ("To the bottom", "Nederst"),
    "action.page_up": ("Page up", "Sida upp"),
    "action.page_down": ("Page down", "Sida ned"),
    "action.page_left": ("Page left", "Sida vänster"),
    "action.page_right": ("Page right", "Sida höger"),
    "action.quit": ("Quit", "Avsluta"),
    "action.focus_next": ("Next field", "Nästa fält"),
    "action.focus_previous": ("Previous field", "Föregående fält"),
    "action.copy_text": ("Copy selected text", "Kopiera markerad text"),
    "action.select_cursor": ("Select", "Välj"),
    "action.cursor_up": ("Up", "Upp"),
    "action.cursor_down": ("Down", "Ned"),
    "action.cursor_left": ("Left", "Vänster"),
    "action.cursor_right": ("Right", "Höger"),
    "who_title": ("Who is coding?", "Vem kodar?"),
    "who_hint": (
        "Type your name and press Enter (a new name joins as a coder), or pick yourself "
        "below with ↓. Remembered for this login.",
        "Skriv ditt namn och tryck Enter (ett nytt namn blir ny kodare), eller välj dig "
        "själv nedan med ↓. Sparas för den här inloggningen.",
    ),
    "new_coder": ("Your name…", "Ditt namn…"),
    "role.coder": ("coder", "kodare"),
    "role.lead": ("lead", "ledare"),
    "progress": ("Coded", "Kodat"),
    "filter_hint": (
        "/ Filter: words, or key=value such as municipality=Åby…",
        "/ Filtrera: ord, eller nyckel=värde som municipality=Åby…",
    ),
    "shown_of": ("{n} of {total} document||{n} of {total} documents", "{n} av {total} dokument"),
    "status.todo": ("to do", "att göra"),
    "status.in_progress": ("in progress", "påbörjad"),
    "status.done": ("done", "klar"),
    "only_lead": (
        "Only a lead reconciles (blind coding).",
        "Bara en ledare stämmer av (blind kodning).",
    ),
    "changed": ("Changed {old} to {code}", "Bytte {old} till {code}"),
    "redone": ("Redone", "Gjort om"),
    "already_coded": ("Already coded {code} here", "Redan kodat {code} här"),
    "nothing_to_undo": ("Nothing to undo", "Inget att ångra"),
    "nothing_to_redo": ("Nothing to redo", "Inget att göra om"),
    "memos": ("Memos", "Memon"),
    "memo_coding": ("Memo on this coding: {code}", "Memo om kodningen: {code}"),
    "memo_document": ("Memo on {doc}", "Memo om {doc}"),
    "memo_prompt": (
        "Write a memo, Enter saves, Esc cancels…",
        "Skriv ett memo, Enter sparar, Esc avbryter…",
    ),
    "memo_saved": ("Memo saved", "Memot sparat"),
    "suggestion_score": ("Suggestion, score {score}", "Förslag, poäng {score}"),
    "evidence": ("Evidence", "Belägg"),
    "suggest_status": (
        "{n} suggestion: n next, a accept, r reject; A accepts the {above} scoring ≥ "
        "{value} (+/− to change)||"
        "{n} suggestions: n next, a accept, r reject; A accepts the {above} scoring ≥ "
        "{value} (+/− to change)",
        "{n} förslag: n nästa, a godta, r avvisa; A godtar de {above} med poäng ≥ "
        "{value} (+/− ändrar)",
    ),
    "none_above": (
        "No suggestion scores {value} or more",
        "Inget förslag har poäng {value} eller mer",
    ),
    "accepted_all": (
        "Accepted {n} suggestion scoring ≥ {value}||Accepted {n} suggestions scoring ≥ {value}",
        "Godtog {n} förslag med poäng ≥ {value}",
    ),
    "shortcut_taken": (
        "Shortcut {key} of {code} is a command key here: code it with c",
        "Kortkommandot {key} för {code} är ett kommando här: koda med c",
    ),
}
for _key, (_en, _sv) in _PAIRS.items():
    MESSAGES["en"].setdefault(_key, _en)
    MESSAGES["sv"].setdefault(_key, _sv)


def default_language() -> str:
    """sv when the locale is Swedish, else en."""
    for value in (os.environ.get("LC_ALL"), os.environ.get("LANG"), locale.getlocale()[0]):
        if value and value.lower().startswith("sv"):
            return "sv"
    return "en"


class Catalog:
    def __init__(self, lang: str) -> None:
        self.lang = lang if lang in MESSAGES else "en"

    def __call__(self, key: str, /, **values: object) -> str:
        # ``key`` is positional-only: a message may itself have a {key} field (a shortcut)
        text = MESSAGES[self.lang].get(key) or MESSAGES["en"].get(key, key)
        if PLURAL in text:
            text = plural_form(text, values.get("total", values.get("n")))
        # names and counts go in as typed text, control characters made visible
        safe = {k: plain(v) if isinstance(v, str) else v for k, v in values.items()}
        return text.format(**safe) if values else text


# a message whose noun follows a count gives its singular and plural form, "one||many";
# the count is ``total`` when the message has one ("1 of 1 document"), else ``n``
PLURAL = "||"


def plural_form(text: str, count: object) -> str:
    one, _, many = text.partition(PLURAL)
    return one if count == 1 else many
