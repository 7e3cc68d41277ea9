"""The words ``export/names.py`` reads a capitalised word's evidence from: titles and
greetings that stand before a name, words that name no one, the endings of national
bodies', workplaces', surnames' and places' names, and common first names, in Swedish and
English. Lists, not rules: the rules are in ``names.py`` (but ``inflected_word``, the one
test of a word's form that they need)."""

from __future__ import annotations

import re
from collections.abc import Callable

from qualcode.texts import MONTHS


def _words(text: str) -> list[str]:
    """A word list written as running text, one entry a word."""
    return text.split()


TITLES = frozenset(
    _words(
        """
        mr mrs ms miss dr sir lady lord fru herr doktor chefen kollegan kollega min mitt
        minister statsrådet talman st direktör handläggare ordförande socialchef enhetschef
        verksamhetschef avdelningschef förvaltningschef socialsekreterare director manager
        cllr councillor councilor alderman mayor prof professor rev mx speaker deputy ekonom
        """
    )
)
# a minister's title is one word in Swedish ("Arbetsmarknadsminister Elisabeth ..."),
# never anyone's name
TITLE_ENDINGS = ("minister", "ministern")
NOT_NAMES = frozenset(
    _words(
        """
        måndag tisdag onsdag torsdag fredag lördag söndag monday tuesday wednesday thursday
        friday saturday sunday jul påsk midsommar christmas easter svenska engelska tyska
        finska norska danska arabiska
        somaliska persiska english swedish german germans dutch french spanish scottish
        irish welsh british american finnish norwegian danish european eu sverige norge
        danmark finland tyskland england skottland storbritannien frankrike spanien usa
        amerika europa sweden norway denmark germany scotland britain france spain america
        europe wales ireland zoom teams skype excel word outlook powerpoint google facebook
        microsoft intervju interview sammanfattning bilaga tabell figur inledning summary
        transkript transkription transcript kl
        appendix table figure chapter chapters section act bill arbetsmiljöverket
        socialstyrelsen försäkringskassan arbetsförmedlingen skolverket riksdagen regeringen
        ofsted
        kommunal vision akademikerförbundet ssr unionen socialdemokraterna moderaterna
        vänsterpartiet centerpartiet liberalerna kristdemokraterna sverigedemokraterna
        miljöpartiet labour conservative conservatives parliament government council
        county borough district metropolitan unitary parish authority
        minister secretary committee department member members north south east west norra
        södra östra västra
        datum diarienummer dnr postadress besöksadress telefon telefax fax webb hemsida direkt
        bankgiro plusgiro organisationsnummer beslutsunderlag region regionen landstinget
        kommun kommunen provider providers alliance partnership partnerships board trust
        directorate services
        """
    )
).union(*MONTHS.values())  # "jul" above is Christmas; the months are ``texts.MONTHS``
# what opens a turn or a letter and names no one: greetings, thanks, answers and fillers
# ("Hej Birgitta", "Okej Anna", "Tack Lena"), which the name beside them made look like a
# first name's pair; a word right after one of them is a person addressed ("tack Gunnel")
GREETINGS = frozenset(
    _words(
        """
        hej hejsan hejså hallå tjena tjenare tja goddag godmorgon godkväll morrn tack tackar
        tusen välkommen välkomna okej ok jaha aha jaså ja javisst jamen nej nä nämen precis
        absolut exakt alltså hmm mm hm öh äh nja visst grattis adjö hejdå japp jepp
        haha hehe mhm
        hi hello hey hiya thanks thank welcome dear okay yes yeah yep nope well right sure
        exactly absolutely bye goodbye cheers morning evening afternoon congratulations
        """
    )
)
# articles, prepositions and conjunctions, which a Title Case heading capitalises ("An
# Evaluation", "En Utvärdering Av Välfärd") and which are never anyone's name
FUNCTION_WORDS = frozenset(
    _words(
        """
        a an the of and or for to in on at by with from into about as nor but
        en ett den det de och eller av för till i på med från om som men utan hos vid
        """
    )
)
# adverbs of time and sequence that open a sentence and name no one ("Efteråt Anna Lind
# ringde", "Later Sam agreed"): neither the stop words nor the lemma tables hold them all,
# so "Efteråt" was proposed for the key as a person and took the name after it along
TIME_OPENERS = frozenset(
    _words(
        """
        efteråt sedan sen därefter därpå sedermera senare tidigare förut förr först sist
        slutligen igår idag imorgon ikväll inatt nu då numera nyss snart strax genast
        plötsligt ibland ofta alltid aldrig redan
        afterwards afterward later earlier yesterday today tomorrow tonight then meanwhile
        now finally eventually recently previously subsequently lastly initially soon
        first next sometimes often always never suddenly nowadays currently
        """
    )
)
NATIONAL_ENDINGS = (
    "verket",
    "styrelsen",
    "kassan",
    "förmedlingen",
    "inspektionen",
    "myndigheten",
    "partiet",
    "förbundet",
    "departementet",
    # a municipality's or region's bodies and the laws they work under name no one:
    # every municipality has a "Socialnämnden" and a "Socialförvaltningen" (eyes8)
    "nämnden",
    "nämnd",
    "nämnds",
    "nämndens",
    "förvaltningen",
    "förvaltningens",
    "förvaltning",
    "utskottet",
    "fullmäktige",
    "kontoret",
    "lagen",
)
WORKPLACE_ENDINGS = (
    "skolan",
    "hemmet",
    "gården",
    "boendet",
    "kliniken",
    "centralen",
    "enheten",
    "huset",
    "mottagningen",
)
SURNAME_ENDINGS = (
    "sson",
    "son",
    "berg",
    "ström",
    "qvist",
    "kvist",
    "gren",
    "lund",
    "holm",
    "dahl",
    "blad",
    "lind",
    "man",
    "mark",
    "stedt",
    "sen",
)
PLACE_ENDINGS = (
    "köping",
    "borg",
    "stad",
    "sund",
    "vik",
    "fors",
    "hamn",
    "å",
    "ås",
    "bro",
    "hult",
    "ryd",
    "by",
    "shire",
    "chester",
    "ham",
    "ton",
    "ford",
)
FIRST_NAMES = frozenset(
    _words(
        """
        anna eva maria karin sara sarah elin emma lena kristina birgitta ingrid marie linda
        susanne camilla helena petra sofia johanna malin jenny ida hanna cecilia annika ulla
        margareta elisabeth kerstin monica åsa ann annette louise frida lisa julia amanda
        ella maja alice wilma alva stina fiona rachael rachel jane mary emily jessica charlotte lars
        anders johan per mikael erik karl nils jan hans peter thomas mats bengt jonas
        fredrik daniel magnus stefan andreas björn gustav olof sven mattias henrik martin
        jens josh john james david michael paul mark richard robert william ali mohammed
        raimo niklas tobias patrik oskar axel emil lucas filip viktor simon
        """
    )
)
# first names that are ordinary words too ("Sten" and *en sten*, "Will" and *will*): a text
# that writes the word in lower case says nothing against the name written with a capital
# in mid-sentence, which is proposed, marked as also a word, for the lead to decide
NAME_WORDS = frozenset(
    _words(
        """
        bo sten stig per hans dag tor love liv saga rut my vide vilja viola flora iris rosa
        alma gun lo tim karl axel björn siv ros will mark rose grace art jack frank rob
        sue pat dawn hope joy faith ruby amber dean guy drew chase carol tom
        """
    )
)
# verbs of saying and thinking a person does, right after a first name that is also a word
# at a sentence's start: "Per sa att ...", "Bo tycker ...", "Hope said ...". The word never
# stands so ("per dag", "bo här", "Will you ...?"), so there it is the name (pseudo40)
REPORTING_VERBS = frozenset(
    _words(
        """
        sa sade säger tycker tyckte tänker tänkte menar menade berättar berättade frågar
        frågade svarar svarade förklarar förklarade skrev ringde minns mindes vet visste
        said says told tells thinks thought asked asks explained explains wrote replied
        remembered recalled felt feels knew
        """
    )
)
# the words a place's name begins a compound with ("Åbyborna", "Åbyskolan"): a place of
# three or four letters on the key is found in a compound only before one of them, where it
# begins no ordinary word ("Moralen" stays), so a short place was never found in one (pseudo36)
COMPOUND_HEADS = _words(
    """
    bo skol förskol gård hem väg gat område modell centrum hall park torg sjukhus vårdcentral
    kyrk bygd trakt klinik enhet mottagning bibliotek gymnasi region kommun förvaltning nämnd
    """
)


# Given names and place names that are also ordinary Swedish or English words: in lower
# case they are the word, not the person, so only their capitalised forms are matched.
ORDINARY_WORDS = frozenset(
    {
        *("alla", "alma", "august", "axel", "bo", "by", "björn", "dag", "ek", "ebba"),
        *("flora", "gun", "hans", "iris", "juni", "karl", "lo", "liv", "love", "maj"),
        *("my", "per", "rosa", "rut", "saga", "sten", "stig", "tim", "tor", "vide"),
        *("vilja", "viola", "bill", "mark", "rose", "grace", "will", "may", "june", "art"),
        # and more given names a Swedish or English interview uses as words: with Inga on
        # the key, "Vi har inga resurser" went out as "Vi har IP1 resurser" (and "kan inte
        # klara det", "max fem ärenden", "I can", "the grant") (red team 39)
        *("inga", "klara", "bror", "vilda", "max", "april", "sol", "can", "hope", "joy"),
        *("faith", "frank", "grant", "chase", "miles", "rich", "drew", "ray", "guy", "sue"),
        *("pat", "rob", "dawn", "summer", "holly", "ivy", "lily", "ruby", "penny", "dean"),
        *("tom", "juli"),  # "Tjänsten stod tom", "från juli": with Tom on the key, IP4
    }
)
# a file's suffix right after a word ("inga.txt"): the word is a file's name, never talk
FILE_SUFFIX = re.compile(r"\.(?:txt|md|docx?|odt|rtf|pdf|vtt|srt|html?|qdpx)(?![^\W_])", re.I)


def first_name(word: str) -> bool:
    """Whether ``word`` is a common first name, each part of a double one ("Ann-Charlotte")
    too: the lists' one test that the name finder and its common-word rules both ask."""
    return all(part in FIRST_NAMES or part in NAME_WORDS for part in word.casefold().split("-"))


# the endings of a Swedish noun's definite or a verb's form: "socialtjänst|en", "grupp|en",
# "börja|n", "kontor|et"
_INFLECTED = ("en", "et", "n")


def inflected_word(word: str, ordinary: Callable[[str], bool] | None) -> bool:
    """Whether ``word`` (in small letters) is an ordinary word's inflected form, its stem
    one of ``ordinary``'s words: "socialtjänsten", "gruppen", "början". Capitalised after
    "i" or "på" it is an organisation's or a common noun's ("i Socialtjänsten"), where a
    base form ("i Backe", "i Ed") may be a place's name though the texts use the word."""
    if ordinary is None:
        return False
    return any(
        word.endswith(e) and len(word) > len(e) + 2 and ordinary(word[: -len(e)])
        for e in _INFLECTED
    )
