"""Word lists for attribution: titles, person roles, organisations, pronouns, cues of a
non-quotation. The speech verbs themselves are in :mod:`unspin.text.speech`."""

from __future__ import annotations

from importlib.resources import files

# Words that stand before a name as a title or role and are not part of the name.
TITLE_WORDS = frozenset(
    """mr mr. mrs mrs. ms ms. miss dr dr. prof prof. professor sir dame lord lady rev rev.
    reverend father sister brother judge justice mayor minister president vice prime pm chief
    inspector detective sergeant sgt sgt. constable officer captain capt capt. general gen gen.
    colonel col col. lieutenant lt lt. commander admiral senator sen sen. representative rep
    rep. governor gov gov. secretary chancellor ambassador king queen prince princess sheikh
    imam rabbi bishop archbishop pope cardinal coach manager striker defender goalkeeper
    midfielder chairman chairwoman chair director executive ceo spokesman spokeswoman
    spokesperson deputy foreign health interior defence defense finance home fire police
    mrs justice mp mep dj sen president-elect""".split()
)

# Nouns naming people by role: "the spokeswoman said" refers back to someone so described.
ROLE_WORDS = frozenset(
    """boss chief minister spokesman spokeswoman spokesperson mayor manager captain defender
    striker coach judge officer director president chairman chairwoman chair executive
    secretary ambassador official leader founder author writer novelist poet professor doctor
    inspector detective prosecutor barrister lawyer attorney solicitor economist analyst
    researcher scientist expert engineer teacher headteacher nurse surgeon consultant
    chancellor governor senator governor premier king queen prince commander general colonel
    sergeant constable councillor councilor mp mep diplomat envoy negotiator adviser advisor
    campaigner activist organiser organizer owner chef editor publisher agent referee
    goalkeeper midfielder forward winger player pm ceo cto cfo head principal dean vicar
    priest bishop imam rabbi firefighter commissioner superintendent regulator trader
    banker investor developer designer architect spokespeople""".split()
)

# Nouns for a person described by what they do or are ("the Newport-based athlete", "the world
# champion said"), read only in a speaker phrase: beside a name, some also describe a club or
# a band ("former European champion Borussia Dortmund").
PERSON_NOUNS = ROLE_WORDS | frozenset(
    """champion athlete sprinter runner hurdler jumper thrower swimmer cyclist boxer golfer
    rider jockey batsman bowler skipper prop hooker flanker fly-half scrum-half full-back
    keeper veteran youngster teenager star singer actor actress comedian rapper frontman
    frontwoman guitarist drummer musician presenter host producer artist""".split()
)

# Nouns naming an organisation: "the company said" refers back to the organisation last named
# (the one whose name holds the noun first: "the center" the National Hurricane Center, "the
# palace" Buckingham Palace, "the museum", "the administration").
ORGANISATION_WORDS = frozenset(
    """company firm group provider platform exchange bank agency ministry department government
    council authority organisation organization union club team party campaign charity
    association federation board commission committee court police army military office
    spokesperson-office network startup lender insurer operator regulator publisher
    broadcaster newspaper channel station website service developer manufacturer airline
    retailer university school hospital trust foundation institute embassy giant titan
    heavyweight maker supplier vendor carrier brokerage palace center centre museum
    administration""".split()
)

# Every noun that mostly names a person in WordNet ("creator", "dispatcher", "mogul"), for a
# definite description the hand-made lists above do not hold ("the Terra creator said"): read
# only as a speaker phrase's head, never beside a name (``data/person-nouns.txt``,
# ``scripts/build_person_nouns.py``). A noun that also names a business is left to the
# organisations ("the lender", "the giant").
DESCRIBED_PEOPLE = frozenset(
    files("unspin.quotations").joinpath("data/person-nouns.txt").read_text("ascii").split()
) - ORGANISATION_WORDS

# Nouns for whoever speaks for an organisation: "a Delta spokesperson said".
SPOKESPEOPLE = frozenset("spokesman spokeswoman spokesperson spokespeople representative".split())

# Nouns for the people who govern an organisation and speak for it as one: "the company's
# board said" is the company's.
GOVERNING_BODIES = frozenset("board management leadership".split())

# Nouns for what an organisation issues: "the statement said" speaks for the organisation.
STATEMENT_WORDS = frozenset("statement announcement release communique".split())

# What someone wrote and the verbs of writing it: "the letter said" is its writer's
# ("Munoz emailed all employees … According to the letter, …").
DOCUMENT_WORDS = frozenset(
    "letter email e-mail memo complaint lawsuit accusation tweet petition".split())
WRITING_LEMMAS = frozenset("write email e-mail send file issue post tweet publish sign lodge "
                           "bring".split())

# What a person says or writes through, read as theirs when they own it ("…,” his statement
# read", "her voice broke as she … said", "Federer's post said").
UTTERANCE_WORDS = STATEMENT_WORDS | DOCUMENT_WORDS | frozenset(
    "post message note words remarks comments speech voice reply response".split())
PRONOUNS = frozenset("he she they i we him her".split())

# Pronouns that name nobody in particular: "someone tells me".
ANONYMOUS = frozenset(
    "someone somebody anyone anybody everyone everybody nobody no-one noone one".split())

# Determiners that make a description anonymous ("one resident", "a senior diplomat").
INDEFINITE = frozenset("a an one some several another two three four many few about".split())

# Words just before a quoted span that make it a name, title or cited text, not speech.
NAMING_CUES = frozenset(
    """so-called dubbed called named titled entitled nicknamed branded labelled labeled
    known word words term phrase slogan motto line lines lyric lyrics verse headline caption
    banner hashtag""".split()
)

# The nouns among them: they cite the span only right before its mark ("the term “urban”").
NAMING_NOUNS = frozenset(
    """word words term phrase slogan motto line lines lyric lyrics verse headline caption banner
    hashtag""".split()
)

# Cues that name a thing after a noun ("a project called “Blue Sky”") but characterise in
# reported speech ("he called the plan “a gamble”", "labelled the awards “idiotic”").
SOFT_CUES = frozenset("called dubbed branded labelled labeled".split())
