"""Words that report speech: verb lemmas (read off a parse) and inflected forms (read off the
raw text)."""

from __future__ import annotations

# Lemmas of verbs that attribute speech or writing (spaCy's lemmatizer gives these). "instruct"
# and "inform" are what spinners make of "told" ("Marzook instructed RIA Novosti").
SPEECH_LEMMAS = frozenset(
    """say tell add write insist admit warn explain ask reply continue note state declare claim
    argue announce confirm stress urge recall concede acknowledge post tweet comment remark
    testify shout cry pledge promise predict suggest respond answer agree complain counter
    observe emphasise emphasize lament boast quip joke sigh demand plead gush snap fume vow
    chant sing whisper yell scream roar thunder muse recount report maintain read tweet write
    caution reveal describe predict conclude assert allege affirm accuse mutter exclaim
    instruct inform advise""".split()
)

# Verbs that put words in someone's mouth when a person is their subject ("the minister called
# the plan "a reckless gamble"", "what he branded "a disgrace""), and name a thing when none is
# ("a project called "Blue Sky"").
CHARACTERISING_LEMMAS = frozenset("call brand label dub term".split())

# Inflected speech verbs, to cut a quote whose closing mark is missing before its attribution
# ("We lost everything downstairs, said a man …"). Attribution proper uses spaCy lemmas.
SPEECH_FORMS = frozenset(
    """said says say saying told tells tell added adds wrote writes insisted insists admitted
    admits warned warns explained explains asked asks replied replies continued continues noted
    notes stated states declared declares claimed claims argued argues announced announces
    confirmed confirms stressed stresses urged urges recalled recalls conceded concedes
    acknowledged acknowledges posted posts tweeted tweets commented comments remarked remarks
    testified shouted shouts cried cries pledged pledges promised promises predicted predicts
    suggested suggests responded responds answered answers agreed agrees complained complains
    countered counters observed observes emphasised emphasized emphasises emphasizes lamented
    laments boasted boasts quipped quips joked jokes sighed demanded demands pleaded pleads
    gushed gushes snapped snaps fumed fumes vowed vows vow chanted chanting chants sang sings
    whispered yelled screamed roared thundered mused added recounted reported reports
    maintained maintains told according""".split()
)
