"""Every label of the interface in Swedish and English, in one place.

The interface language is independent of the documents' and the codebook's; a third
language is one more mapping here.
"""

from __future__ import annotations

import locale
import os

MESSAGES: dict[str, dict[str, str]] = {
    "en": {
        "documents": "Documents",
        "name": "Name",
        "lang": "Lang",
        "words": "Words",
        "status": "My status",
        "codings": "My codings",
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
        "suggested": "{n} suggestions",
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
    },
    "sv": {
        "documents": "Dokument",
        "name": "Namn",
        "lang": "Språk",
        "words": "Ord",
        "status": "Min status",
        "codings": "Mina kodningar",
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
    },
}


def default_language() -> str:
    """sv when the locale is Swedish, else en."""
    for value in (os.environ.get("LC_ALL"), os.environ.get("LANG"), locale.getlocale()[0]):
        if value and value.lower().startswith("sv"):
            return "sv"
    return "en"


class Catalog:
    def __init__(self, lang: str) -> None:
        self.lang = lang if lang in MESSAGES else "en"

    def __call__(self, key: str, **values: object) -> str:
        text = MESSAGES[self.lang].get(key) or MESSAGES["en"].get(key, key)
        return text.format(**values) if values else text
