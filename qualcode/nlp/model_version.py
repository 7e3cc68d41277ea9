"""The suggestion engine's version: a kept engine (``nlp/state.py``) and every suggestion
carry it, so an engine fitted by an older qualcode is fitted again rather than read as
ours, and a suggestion says which engine proposed it. Bump it whenever the engine's output
changes, to a number main never had, and say in one line below what changed.
"""

from __future__ import annotations

MODEL_VERSION = "qualcode-suggest-57"  # 57: English passages skip a lone keyword; lateness
# 56: integration's join and the higher managers as terms
# 55: a place pseudonym ending a sentence ends its unit
# 54: few-shot lowers only where claimed
# 53: integration's Swedish parts (bundled codebook)
# 52: the bundled codebook's English parts
# 51: a modest unit whose paragraph lacks a part held
# 50: a PDF's flattened head its own unit; a string's lines
# 49: the English stacker reads Swedish rows at 0.75
# 48: a study's paragraphs read whole (study_documents)
# 47: a .txt or Word head a line a unit (plain_lines)
# 46: an English unit's argument and figure marks
# 45: codings read as examples where the stage lifts; 44: systems perspective's further examples
# 43: further examples read, never fitted on; 41: the codebook's mission-dialogue definition
# 40: a short unit outside a code's field; 39: a coder interviewing under her name asks
# 38: a participant named as a coder or the attribute answers
# 37: an interviewer named in the labels asks, not answers; 35: a rejection is no stacker row
# 34: a rejection teaches only the code refused; 33: a window's e5 mean not stretched to 1
# 32: one keyword where no-code talk is near, alone
# 31: a paper's follow-up goes on with its point
# 29: few-shot within a language, gate + spread
# 28: two bundled no-code lines reordered (b0a70a6)
# 26: "a plan for X" argues; a roll's role is short
# 25: a formal decision needs its paper as the verb's object
# 23: English printed apostrophes and possessives read
