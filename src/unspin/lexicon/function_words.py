"""English function words: the closed-class words a thesaurus spinner leaves alone.

The list is written out here by hand (articles, pronouns and determiners, prepositions,
conjunctions, auxiliaries and modals with their inflected and contracted forms, and a few very
common adverbs and particles). Words are lowercase; contractions use the ASCII apostrophe.
"""

from __future__ import annotations

__all__ = ["FUNCTION_WORDS", "is_function_word"]

_ARTICLES_AND_DETERMINERS = """
a an the this that these those
all any both each either every neither no none some
another other others such
much many more most few fewer fewest less least several enough
own same
"""

_PRONOUNS = """
i me my mine myself
we us our ours ourselves
you your yours yourself yourselves
he him his himself
she her hers herself
it its itself
they them their theirs themselves
one oneself
who whom whose which what whatever whichever whoever whomever
someone somebody something anyone anybody anything
everyone everybody everything nobody nothing
"""

_PREPOSITIONS = """
about above across after against along amid amidst among amongst around as at
before behind below beneath beside besides between beyond but by
despite down during except for from in inside into like
near of off on onto opposite out outside over past per
since than through throughout till to toward towards
under underneath unlike until unto up upon via with within without
"""

_CONJUNCTIONS = """
and or nor so yet if unless because although though whereas while whilst
whether once lest
when whenever where wherever whereby wherein why how however
"""

_AUXILIARIES_AND_MODALS = """
be am is are was were been being
have has had having
do does did doing done
will would shall should can could may might must ought
"""

_CONTRACTIONS = """
i'm i've i'd i'll you're you've you'd you'll
he's he'd he'll she's she'd she'll it's it'd it'll
we're we've we'd we'll they're they've they'd they'll
that's there's here's who's what's where's when's how's let's
isn't aren't wasn't weren't hasn't haven't hadn't
doesn't don't didn't won't wouldn't shan't shouldn't
can't cannot couldn't mustn't mightn't needn't oughtn't ain't
"""

_ADVERBS_AND_PARTICLES = """
not no yes also too very just only even still already again ever never always often
sometimes usually perhaps maybe quite rather almost really
then there here now thus hence therefore otherwise instead
else away back
"""

FUNCTION_WORDS: frozenset[str] = frozenset(
    " ".join(
        (
            _ARTICLES_AND_DETERMINERS,
            _PRONOUNS,
            _PREPOSITIONS,
            _CONJUNCTIONS,
            _AUXILIARIES_AND_MODALS,
            _CONTRACTIONS,
            _ADVERBS_AND_PARTICLES,
        )
    ).split()
)


def is_function_word(word: str) -> bool:
    """Whether ``word`` (any case; a typographic apostrophe counts as ``'``) is a function word."""
    w = word.lower()
    if "\u2019" in w:
        w = w.replace("\u2019", "'")
    return w in FUNCTION_WORDS
