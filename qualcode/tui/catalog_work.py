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
