"""A name on the pseudonym key that is also an English modal verb, where it is the verb.

A participant called Will (or May, or Can) is on the key, so "Will" written with a capital
is replaced. But every English question may begin with the verb: "Will you tell me about
the workload?" went out as "IP3 you tell me about the workload?", which reads as nonsense
and tells a reader which word was a name. A reader takes the word for the verb where it
opens a sentence (or a turn, a quote) and a pronoun or determiner follows it ("Will you",
"May I", "Will the staff"), and for the person everywhere else: "Will said it was heavy",
"Will, you said ...", "and Will you know" in mid-sentence, "Wills", "Will2.docx". The leak
check uses the same rule, so it does not refuse what was left as the verb.
"""

from __future__ import annotations

import re

# modal verbs that are also given names (Will, May, Can): only these can open a question
MODAL_NAMES = frozenset({"will", "may", "can"})

# where a sentence starts: the text's start, a line break, a sentence's end, a speaker
# label's colon or a timestamp's bracket, then spaces and opening quotes or dashes; or an
# opening quote mark, quoted speech in mid-sentence ('he asked "Will you stay?"')
_SENTENCE_START = re.compile(r"(?:(?:^|[.!?:;…\]\n])[\s\"“”„'‘’«»(\[—–-]*|[\"“„«‘]\s*)$")
# what follows the verb and never follows a name in the same place: a pronoun, a
# determiner or "not" ("Will you", "May I", "Will the staff", "Can anyone"). "I" only as
# English writes it, with its capital: a Swedish "Can i styrelsen sa nej" (Can, a given
# name, "in the board") was left as written, and the leak check passed it too
_VERB_NEXT = re.compile(
    r"[ \t]+(?:(?-i:I)|you|we|they|he|she|it|there|this|that|these|those|the|a|an|my|your|our"
    r"|their|his|her|its|anyone|anybody|anything|everyone|everybody|everything|someone"
    r"|somebody|something|nobody|all|any|each|every|not|people|staff)(?![^\W_])",
    re.I,
)
_LOOK_BACK = 40  # characters before a name read for a sentence's start


def is_modal_verb(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]``, a name on the key, is the English modal verb spelled
    as it: a modal name opening a sentence with a pronoun or determiner after it."""
    if text[start:end].casefold() not in MODAL_NAMES:
        return False
    if not _VERB_NEXT.match(text, end):
        return False
    return bool(_SENTENCE_START.search(text[max(0, start - _LOOK_BACK) : start]))
