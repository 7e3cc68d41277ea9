"""Generic interview talk that fits no code, in both languages: the engine's first lesson
in abstaining.

Most of an interview is biography, routine, small talk and description that no code of a
codebook is about. A project's own talk teaches that once there is enough of it; these few
passages teach it from the first document on, so a single transcript does not get a code
on every other sentence. They are deliberately about the working life of the people
interviewed (social services, schools, offices), because that is the talk a codebook's
keywords and n-grams most easily mistake for a theme.
"""

from __future__ import annotations

BACKGROUND: dict[str, tuple[str, ...]] = {
    "sv": (
        "Jag har jobbat här i ungefär sju år nu.",
        "Innan dess var jag på en annan kommun i nästan tio år.",
        "Jag läste till socionom i Örebro och blev klar för länge sedan.",
        "Vi sitter i ett hus nere vid torget, på andra våningen.",
        "På måndagar har vi gruppmöte klockan nio.",
        "Ja, precis, så var det.",
        "Nej, det minns jag faktiskt inte.",
        "Det beror lite på vilken dag man frågar.",
        "Vi har ett nytt journalsystem sedan i höstas.",
        "Det är mycket dokumentation i det här jobbet, det är det.",
        "Jag har två barn och bor en bit utanför stan.",
        "Vi samarbetar en del med skolan och med vårdcentralen.",
        "Familjerna vi träffar har ofta flera kontakter samtidigt.",
        "Jag gillar mitt jobb, det är omväxlande.",
        "Kommunen är ganska liten, alla känner alla.",
        "Vi är åtta handläggare i gruppen.",
        "Sen har vi ekonomiskt bistånd i samma korridor.",
        "Det var lite rörigt i början men det ordnade sig.",
        "Jag tog över efter en kollega som flyttade.",
        "Vi brukar äta lunch tillsammans om det hinns med.",
        "Hon ringde mig på fredagen och vi bokade ett möte.",
        "Det var en vanlig dag egentligen, inget särskilt.",
        "Vi har fått nya samtalsrum med bättre ljudisolering.",
        "Jag vet inte riktigt hur jag ska förklara det.",
        "Hembesöken gör vi oftast två och två.",
        "Man lär sig mycket av att prata med föräldrarna.",
        "Vad var frågan nu igen?",
        "Det har regnat hela veckan här.",
        "Jag jobbade på ett boende för ungdomar under studietiden.",
        "Vi har en bra stämning i arbetsgruppen, det är roligt.",
        "Utredningen skickades till tingsrätten i mars.",
        "Han var tretton år när vi först kom i kontakt med familjen.",
    ),
    "en": (
        "I've been working here for about seven years now.",
        "Before that I was in another authority for almost ten years.",
        "I trained as a social worker in Leeds a long time ago.",
        "We're based in a building near the market square, on the second floor.",
        "On Mondays we have a team meeting at nine.",
        "Yes, exactly, that's how it was.",
        "No, I honestly don't remember that.",
        "It depends a bit on which day you ask.",
        "We have a new case recording system since last autumn.",
        "There's a lot of paperwork in this job, there really is.",
        "I have two kids and live a bit outside town.",
        "We work quite a lot with the schools and the GP surgery.",
        "The families we meet often have several contacts at once.",
        "I like my job, every day is different.",
        "It's quite a small place, everybody knows everybody.",
        "There are eight of us in the team.",
        "The benefits office is in the same corridor.",
        "It was a bit chaotic at the start but it sorted itself out.",
        "I took over from a colleague who moved away.",
        "We usually have lunch together if there's time.",
        "She rang me on the Friday and we booked a meeting.",
        "It was an ordinary day really, nothing special.",
        "We've got new interview rooms with better soundproofing.",
        "I'm not sure how to explain it.",
        "We mostly do home visits in pairs.",
        "You learn a lot from talking to the parents.",
        "Sorry, what was the question again?",
        "It's rained all week here.",
        "I worked in a residential home for teenagers while I was studying.",
        "There's a good atmosphere in the team, it's fun.",
        "The report went to the court in March.",
        "He was thirteen when we first got involved with the family.",
    ),
}
