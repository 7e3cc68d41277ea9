"""How precise `qualcode pseudonym suggest` is about names in the text, against the rule it
replaced (every capitalised word inside a sentence that the texts never write in lower
case), on the demo and on real public text (/work/realtext/raw: Swedish parliamentary and
municipal text, English parliamentary and inspection text).

A proposal is right when it is a word a lead would put on the key: a person's name, a
place smaller than a country, or a local workplace. Countries, languages, weekdays,
national agencies, parties, unions, titles and ordinary words are wrong. Each word either
rule proposes was judged by hand (the two lists below, words only); recall is measured
against every right word either rule proposed, so a name neither finds is not counted.

    python benchmarks/bench_pseudonyms.py [--realtext /work/realtext/raw]
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from qualcode.demo import build_demo  # noqa: E402
from qualcode.export.names import find_names  # noqa: E402
from qualcode.nlp.written_case import mostly_lower  # noqa: E402
from qualcode.project.common_words import (  # noqa: E402
    common_compounds,
    function_words,
    ordinary_words,
)

# the demo's texts are ours: every word either rule proposes, judged
DEMO_RIGHT = {"Maria", "Manchester", "Göteborg", "Umeå", "Örebro", "Lund"}
DEMO_WRONG = {
    *("English", "Swedish", "Dutch", "Germans", "Scottish", "Akademikerförbundet", "Vision"),
    *("Zoom", "Intervju", "Excel", "Monday", "Friday", "March", "Christmas"),
    *("Försäkringskassan", "Sarah"),  # "lex Sarah": a law
}
# real public text: words judged (public office holders, towns, constituencies)
REAL_RIGHT = {
    *("Jens", "Holm", "Sharma", "Larsson", "Helens", "Whiston", "Rimmer", "Josh", "Raimo"),
    *("Pärssinen", "Lars", "Mejern", "Ann-Charlotte", "Hammar", "Johnsson", "Maria"),
    *("Uppsala", "Grefve", "Erik", "Slottner", "Thorell", "Västerås", "Peter", "Hultqvist"),
    *("Westminster", "Worksop", "Nottinghamshire", "Johansson", "York", "Rachael", "Maskell"),
    *("Camilla", "Waltersson", "Grönvall", "Eva", "Olofsson", "Stockholm"),
    # towns in alphabetical order (the source lists them in another order)
    *("Flen", "Habo", "Helsingborg", "Jönköping", "Katrineholm", "Kungälv", "Lessebo"),
    *("Linköping", "Ljungby", "Malå", "Munkedal", "Norsjö", "Skellefteå", "Stenungsund"),
    *("Svedala", "Södertälje", "Tjörn", "Trelleborg", "Uddevalla", "Vellinge", "Vingåker"),
    *("Vänersborg", "Växjö"),
    *("Morgan", "Olle"),
    # judged at stop 48 (pseudo48): the rebuilt set's speakers, signatories and places
    *("MacAlister", "Jan", "Holmlund", "Virendra", "Marie", "Helen", "Hayes", "Mike"),
    *("Amesbury", "Eiderbrant", "Ulf", "Arthur", "Labinjo-Hughes", "Star", "Hobson"),
    *("Dulwich", "Norwood", "Weaver", "Vale", "Åsa", "Regnér", "Elisabeth", "Svantesson"),
    *("Joakim", "Sandell", "Martina", "Örebro", "Göran", "Bohman", "Lill", "Körling"),
    *("Karlskrona", "Stenbergsgränd", "Therese", "Hagberg"),
    *("Rach",),  # a speaker's first name cut at a line's end
}
REAL_WRONG = {
    *("Sverige", "Arbetsmiljöverket", "Mr", "Member", "St", "South", "Ms", "Vänsterpartiet"),
    *("Socialstyrelsen", "England", "Källan", "Akademikerförbundet", "March", "February"),
    *("Built", "Love", "Äldrelyftet", "Secretary", "English", "Committee", "Bill", "Hall"),
    *("Minister", "Chamber", "Ofsted", "Labour", "Monday", "Framtidens", "Sveriges"),
    *("Landsting", "Socialdemokraterna", "Chapters", "Act", "Plans", "Section", "Figure"),
    *("January", "Department", "Education", "Sammanfattning", "Inspektionen"),
    *("Hall", "Plans"),  # "Westminster Hall", "Child Protection Plans"
    # judged at stop 48 (pseudo48): a debate page's links and headings, titles, bodies
    *("Speaker", "Deputy", "Read", "Portrait", "Full", "Text", "Ministerial", "Extracts"),
    *("Scrutiny", "Unit", "Wellbeing", "Ionawr", "Arbetsmarknadsminister", "Direkt"),
    *("Ekonom", "Deba"),  # "Deba": a word cut at a line's end
    # and those only the old rule proposed: headings, letter and page words, parties
    *("Arbetsmiljölagen", "Archives", "Besöksadress", "Bilaga", "Box", "Chairs", "Co"),
    *("Christmas", "Competition", "Contents", "Datum", "Diarienummer", "Direktör", "Dnr"),
    *("Er", "Hansard", "House", "Inledning", "July", "Kd", "Lab", "Markets", "Page"),
    *("Panel", "Parallel", "Parliament", "Phase", "Public", "Redogörelse", "Schools"),
    *("Socialchef", "Telefax", "Tillsynsrapport", "Tisdagen", "West", "Ärendet"),
}
_CAPITAL = re.compile(r"\b([A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäö]+)?)\b")
_START = re.compile(r"(?:^|[.!?:…\-–\]\)\"”]\s*|\n\s*)$")


def baseline(texts: dict[str, str], skip: set[str]) -> set[str]:
    """The rule `suggest` used before: capitalised, mid-sentence, never in lower case."""
    lower = {w for t in texts.values() for w in re.findall(r"\b[a-zåäö]\w*", t)}
    found = set()
    for text in texts.values():
        for m in _CAPITAL.finditer(text):
            word = m.group(1)
            if _START.search(text[max(0, m.start() - 4) : m.start()]):
                continue
            if word.lower() in lower or word in skip:
                continue
            found.add(word)
    return found


def score(name: str, old: set[str], new: set[str], right: set[str], wrong: set[str]) -> None:
    unjudged = (old | new) - right - wrong
    if unjudged:
        print(f"{name}: not judged yet: {sorted(unjudged)}")
    gold = (old | new) & right
    for rule, found in (("before", old), ("after", new)):
        hits = len(found & right)
        precision = hits / len(found) if found else float("nan")
        recall = hits / len(gold) if gold else float("nan")
        print(
            f"{name:9} {rule:6} proposed {len(found):3}  right {hits:3}  "
            f"precision {precision:.2f}  recall {recall:.2f}"
        )
    print(f"{name:9} wrong after: {sorted(new - right)}; missed after: {sorted(gold - new)}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--realtext", type=Path, default=Path("/work/realtext/raw"))
    args = parser.parse_args()
    ordinary = ordinary_words()
    compound = common_compounds()  # as `pseudonym suggest` asks, English's cases too

    def found(texts: dict[str, str], skip: set[str]) -> set[str]:
        names = find_names(
            texts, skip, ordinary, mostly_lower, compound=compound, function=function_words()
        )
        return {c.word for c in names}

    with tempfile.TemporaryDirectory() as tmp, build_demo(Path(tmp) / "d.db", ROOT) as demo:
        docs = demo.documents()
        texts = demo.document_texts([d.id for d in docs])
        named = {d.id: d.name for d in docs}
        texts = {named[i]: t for i, t in texts.items()}
        skip = {t.speaker for d in docs for t in demo.turns(d.id) if t.speaker}
        skip |= {c.name.capitalize() for c in demo.coders()}
        skip |= {str(d.attributes.get("municipality")) for d in docs}
    new = found(texts, skip)
    score("demo", baseline(texts, skip), new, DEMO_RIGHT, DEMO_WRONG)
    if args.realtext.is_dir():
        texts = {p.name: p.read_text("utf-8") for p in sorted(args.realtext.glob("*.txt"))}
        new = found(texts, set())
        score("realtext", baseline(texts, set()), new, REAL_RIGHT, REAL_WRONG)


if __name__ == "__main__":
    main()
