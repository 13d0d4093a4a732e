"""Spin without a source: the wording an article spinner leaves behind, and a spin score.

A spinner swaps words and fixed phrases for thesaurus entries, which are mostly rarer than what
they replace and break the fixed expressions they stood in ("Middle East" becomes "Center East",
"adult male" becomes "grownup male"). Knowledge shipped with the package exposes this without
the source:

- **known tortured phrases**: the Problematic Paper Screener's list (Cabanac, Labbé and
  Magazinov, CC BY 4.0; ``lexicon/data/tortured-phrases.json``) maps each to its original;
- **fixed expressions**: the lexicon's multi-word entries (WordNet, the LibreOffice thesaurus,
  Moby); two adjacent words that form none, but do once one is put back by a thesaurus
  neighbour, are a broken expression;
- **rarity**: wordfreq's Zipf scale; a rare word with a much commoner synonym of the same
  inflection is a suspect, and a text made of many is likely spun.

The spin score is a logistic regression over nine shares of a text's content words (rare,
unknown, with commoner synonyms), fitted by ``scripts/fit_spin_model.py`` on two thirds of the
gate corpus's copy families, whose spinner is our own; the other third and the dev set (spun by
another) measure it.
"""

from __future__ import annotations

import bisect
import functools
import importlib.resources
import json
import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from wordfreq import zipf_frequency

from unspin.lexicon.context import SENTENCE_START, ContextModel, context_model
from unspin.lexicon.function_words import FUNCTION_WORDS
from unspin.lexicon.synonyms import Lexicon
from unspin.pipeline.normalize import Document, is_name_like
from unspin.spinning.forms import WORD, common_forms
from unspin.spinning.guess import GuessConfig, guess, inflection, pos_tags, prefit
from unspin.text.marks import find_marked_spans
from unspin.text.speech import SPEECH_LEMMAS

__all__ = ["CONTEXT_FEATURES", "FEATURES", "SpinConfig", "Suspect", "analyse", "features",
           "spin_score", "suspects"]



@dataclass(frozen=True, slots=True)
class SpinConfig:
    """``max_zipf`` and ``min_gap`` (Zipf scale) set which words count as rare with a much
    commoner synonym in the spin score's profile; ``guess`` weighs the inverse thesaurus that
    proposes single-word suspects, helped by a part-of-speech tagger when ``use_tagger`` and
    one is installed."""

    max_zipf: float = 4.0
    min_gap: float = 1.5
    guess: GuessConfig = field(default_factory=GuessConfig)
    use_tagger: bool = True


@dataclass(frozen=True, slots=True)
class Suspect:
    """Wording at ``[start, end)`` that looks spun, its likely original and why."""

    start: int
    end: int
    text: str
    original: str
    confidence: float
    evidence: str

    def to_json(self) -> dict[str, object]:
        return {"start": self.start, "end": self.end, "span": [self.start, self.end],
                "text": self.text, "original": self.original,
                "confidence": round(self.confidence, 3), "evidence": self.evidence}


@functools.cache
def tortured_phrases() -> dict[str, str]:
    resource = importlib.resources.files("unspin.lexicon") / "data" / "tortured-phrases.json"
    data = json.loads(resource.read_text(encoding="utf-8"))
    return {entry["tortured"].lower(): entry["correct"] for entry in data["phrases"]}


@functools.lru_cache(maxsize=200_000)
def _zipf(word: str) -> float:
    return float(zipf_frequency(word, "en"))


def _shape(word: str) -> str:
    """A coarse inflection class: candidates must share it ("instructed" ~ "told")."""
    for suffix in ("ing", "ed", "ly", "s"):
        if word.endswith(suffix):
            return suffix
    return ""


def _profile(doc: Document, lexicon: Lexicon) -> list[tuple[int, float, str | None, float]]:
    """Per content word outside names and quotations: (token, Zipf, commonest synonym of the
    same inflection, its Zipf gain)."""
    out = []
    for i, word in enumerate(doc.norms):
        if (word in FUNCTION_WORDS or not WORD.match(word) or is_name_like(doc, i)
                or doc.quoted[i]):
            continue
        out.append((i, _zipf(word), *_commonest_synonym(lexicon, word)))
    return out


@functools.lru_cache(maxsize=100_000)
def _commonest_synonym(lexicon: Lexicon, word: str) -> tuple[str | None, float]:
    """The commonest synonym of ``word`` in its inflection, and its Zipf gain over it."""
    forms = common_forms(lexicon)
    own = _zipf(word)
    best, gain = None, 0.0
    shape = _shape(word)
    for base in lexicon.synonyms(word):
        for lemma in lexicon.lemma_ids(base):
            for form in forms.get(lemma, ()):
                if form != word and _shape(form) == shape and _zipf(form) - own > gain:
                    best, gain = form, _zipf(form) - own
    return best, gain


MIN_PHRASE_GAIN = 1.8
MIN_GUESS = 0.1
"""Inverse-thesaurus guesses below this posterior are not listed at all."""
NAME_CONFIDENCE = 0.6
"""A name that a synonym turns into a fixed expression is no sure swap: in 250 untouched dev-set
articles, 322 names did so ("American Express" → "American State", about 0.25% of their
words), against 28 right ones in 81 spun copies. Without the trigram model such suspects are
restored below the default ``--min-confidence``."""
NAME_CONTEXT_GAIN = 3.0
NAME_GAIN_SCALE = 20.0
"""With the trigram model, a name put back must read likelier (natural log of the sentence's
probability around it), by :data:`NAME_CONTEXT_GAIN` when only a loose (Moby) link leads there
("Security Council" for "Safety Council", not "Foreign Service" for "Foreign Ministry"); its
confidence is 0.5 plus the gain over :data:`NAME_GAIN_SCALE`, at most 0.95 ("Center East" →
"Middle East" gains 10 to 12)."""
NAME_FREE_CONTEXT_GAIN = 1.0
NAME_FREE_GAIN = 4.0
"""A name that no lexicon entry explains ("Global South" is in no thesaurus) is put back only
by a true synonym of its first word, when the sentence reads likelier so (by
:data:`NAME_FREE_CONTEXT_GAIN` nats) and the name's second word follows the synonym far
likelier than the word as written (by this many nats: "International South" → "Global South"
4.2, "International Ministry" → "Foreign Ministry" 10.3; "Israeli Russian" → "country
Russian" −0.9)."""
FEATURES = ("rare<3", "rare<3.5", "rare<4", "unknown", "mean_zipf", "rare<4&gain>=1.5",
            "rare<4.5&gain>=0.5", "gain>=2", "rare<3.5&gain>=1")
"""The vocabulary profile: spun text is made of rarer words that have commoner synonyms."""
CONTEXT_FEATURES = ("context_fit", "fit<0", "fit<-1", "fit>2")
"""How well the content words fit their place, by the trigram model: the mean, over content
words the model knows, of ln P(word | two words before) − ln P(word), and the shares of words
below 0 and −1 (the context makes them less likely than they are anywhere) and above 2. A
spinner's swaps break collocations ("below promoting strain" for "under selling pressure"),
whatever the rarity of the words it picks: real autoblog spinners swap common words for common
words, which the vocabulary profile alone barely sees."""
CONTEXT_PRIOR = (1.58, 0.32, 0.16, 0.41)
""":data:`CONTEXT_FEATURES` of typical news prose (the gate corpus's untouched articles), which a
short text's are drawn towards, as if it had :data:`CONTEXT_PRIOR_WORDS` more such words: a
headline's ten words tell little ("the first adult male freed" alone reads as spun)."""
CONTEXT_PRIOR_WORDS = 20


def features(doc: Document, lexicon: Lexicon, context: bool = True) -> list[float]:
    """The document's :data:`FEATURES`, then its :data:`CONTEXT_FEATURES` when ``context`` and
    the trigram model is installed."""
    values = _features(_profile(doc, lexicon))
    model = context_model() if context else None
    if model is not None:
        values.extend(_context_features(doc, model))
    return values


def _context_features(doc: Document, model: ContextModel) -> list[float]:
    fits = []
    for first, last in doc.sentences:
        words = doc.norms[first:last]
        for k, word in enumerate(words):
            i = first + k
            if (word in FUNCTION_WORDS or not WORD.match(word) or is_name_like(doc, i)
                    or not model.known(word)):
                continue
            before = words[k - 2] if k >= 2 else SENTENCE_START
            previous = words[k - 1] if k >= 1 else SENTENCE_START
            if k >= 1 and not model.known(previous):
                continue  # no context to read the word in
            fits.append(model.logprob(word, before, previous) - model.unigram(word))
    sums = (sum(fits), sum(1 for f in fits if f < 0), sum(1 for f in fits if f < -1),
            sum(1 for f in fits if f > 2))
    n = len(fits) + CONTEXT_PRIOR_WORDS
    return [(total + CONTEXT_PRIOR_WORDS * prior) / n
            for total, prior in zip(sums, CONTEXT_PRIOR, strict=True)]


def _features(profile: list[tuple[int, float, str | None, float]]) -> list[float]:
    n = max(1, len(profile))

    def share(test: Callable[[float, float], bool]) -> float:
        return sum(1 for _, z, _, g in profile if test(z, g)) / n

    return [
        share(lambda z, g: z < 3), share(lambda z, g: z < 3.5), share(lambda z, g: z < 4),
        share(lambda z, g: z == 0),
        sum(z for _, z, _, _ in profile) / n if profile else 5.0,
        share(lambda z, g: z < 4 and g >= 1.5), share(lambda z, g: z < 4.5 and g >= 0.5),
        share(lambda z, g: g >= 2), share(lambda z, g: z < 3.5 and g >= 1),
    ]


@functools.cache
def spin_model(context: bool = True) -> dict[str, list[float]]:
    """Logistic-regression weights over :data:`FEATURES` and, with ``context`` and the trigram
    model installed, :data:`CONTEXT_FEATURES`; fitted by ``scripts/fit_spin_model.py`` on two
    thirds of the gate corpus (our own spinner; the rest and the dev set measure it)."""
    resource = importlib.resources.files("unspin.lexicon") / "data" / "spin-model.json"
    models: dict[str, dict[str, list[float]]] = json.loads(resource.read_text(encoding="utf-8"))
    return models["context" if context and context_model() is not None else "vocabulary"]


def spin_score(doc: Document, lexicon: Lexicon, context: bool = True) -> float:
    """0 (reads like untouched prose) to 1 (reads like spinner output); ``context``: read the
    words in their context too (with the trigram model, when installed)."""
    return score_features(features(doc, lexicon, context), spin_model(context))


Slots = Callable[[], Mapping[int, int] | None]
"""Gives the text's :func:`~unspin.spinning.guess.tag_slots` when they were read elsewhere (None:
read them here); called only once the tagger's answer is needed."""


def analyse(doc: Document, lexicon: Lexicon, config: SpinConfig | None = None,
            slots: Slots | None = None) -> tuple[float, list[Suspect]]:
    """:func:`spin_score` and :func:`suspects` together."""
    score = spin_score(doc, lexicon)
    return score, suspects(doc, lexicon, config, score, slots)


def score_features(values: list[float], model: dict[str, list[float]] | None = None) -> float:
    model = model or spin_model()
    logit = model["bias"][0] + sum(
        w * (x - m) / s
        for x, m, s, w in zip(values, model["mean"], model["scale"], model["weights"],
                              strict=True)
    )
    return 1.0 / (1.0 + math.exp(-logit))


def suspects(doc: Document, lexicon: Lexicon, config: SpinConfig | None = None,
             score: float | None = None, slots: Slots | None = None) -> list[Suspect]:
    """Known tortured phrases, broken fixed expressions ("Center East" for "Middle East") and
    words likelier a spinner's swap than themselves in their context, each with its likely
    original. ``score`` is the text's :func:`spin_score` when the caller has it; ``slots``
    gives its tagger's answer when another process read it."""
    config = config or SpinConfig()
    if score is None:
        score = spin_score(doc, lexicon)
    found = list(_tortured(doc))
    taken = {i for s in found for i in range(s.start, s.end)}
    for s in _broken_expressions(doc, lexicon):
        if s.start not in taken:
            found.append(s)
            taken.update(range(s.start, s.end))
    # The guesser's fits need no parts of speech: read first, while another process tags.
    fits = prefit(doc, lexicon, config.guess)
    tags = pos_tags(doc, slots() if slots is not None else None) if config.use_tagger else None
    found.extend(s for s in _attributions(doc, lexicon, score, tags) if s.start not in taken)
    taken = {i for s in found for i in range(s.start, s.end)}
    fitting = (", in this sentence" if config.guess.use_context and context_model() is not None
               else "")
    # Overlapping guesses (a phrase and a word inside it): the surer one stands.
    for g in sorted(guess(doc, lexicon, tags, config.guess, spun=score, fits=fits),
                    key=lambda g: (-g.confidence, g.index)):
        if g.confidence < MIN_GUESS:
            break
        start, end = doc.starts[g.index], doc.ends[g.index + g.length - 1]
        if any(i in taken for i in range(start, end)):
            continue
        taken.update(range(start, end))
        text = doc.text[start:end]
        word = " ".join(doc.norms[g.index:g.index + g.length])
        link = "a Moby thesaurus neighbour" if g.moby else "a thesaurus synonym"
        found.append(Suspect(
            start, end, text, _match_case(text, g.original), g.confidence,
            f"“{text}” (Zipf {_zipf(word):.1f}) is likelier a spinner's swap of {link}, "
            f"“{g.original}” (Zipf {_zipf(g.original):.1f}), than itself{fitting} "
            f"(est. {g.rate:.0%} of words swapped)",
        ))
    found.sort(key=lambda s: s.start)
    return found


def _broken_expressions(doc: Document, lexicon: Lexicon) -> Iterable[Suspect]:
    """Two adjacent words that are no fixed expression, but become one when a word is put
    back by a thesaurus neighbour: "Center East" → "Middle East", "grownup male" → "adult
    male". Fixed expressions are the lexicon's multi-word entries."""
    context = context_model()
    for first, last in doc.sentences:
        for i in range(first, last - 1):
            pair = (doc.norms[i], doc.norms[i + 1])
            if any(w in FUNCTION_WORDS or not WORD.match(w) for w in pair):
                continue
            if lexicon.is_phrase(list(pair)):
                continue
            if doc.text[doc.ends[i] : doc.starts[i + 1]] != " ":
                continue  # "long-simmering", "Gaza, Israel": not a two-word phrase as written
            for side in (0, 1):
                word, other = pair[side], pair[1 - side]
                j = i + side
                # A name ("Center East", "White Home") or a much rarer word ("grownup male"):
                # a common word in an uncommon pairing is no evidence. In a name, a loose Moby
                # link counts only with the context's say-so: it would make "Foreign Service"
                # of "Foreign Ministry".
                name = doc.capitalized[i] and doc.capitalized[i + 1]
                # Only a name's first word may be put back without making a fixed expression;
                # anywhere else an option must be a lexicon partner of the other word.
                free = name and side == 0 and context is not None
                partners = lexicon.partners(other, side)
                # The options that can pass below: partners (they make a fixed expression)
                # and, for a free name, any option a synonym leads to.
                options = _among(lexicon, word, name and context is None,
                                 partners | _synonym_forms(lexicon, word) if free else partners)
                for option, loose in options:
                    if not name and _zipf(option) - _zipf(word) < MIN_PHRASE_GAIN:
                        continue
                    phrase = [option, other] if side == 0 else [other, option]
                    fixed = lexicon.is_phrase(phrase)
                    if not fixed and not (free and not loose):
                        continue
                    if not name:
                        gain = _zipf(option) - _zipf(word)
                        confidence = min(0.85, 0.6 + 0.1 * (gain - 1.5))
                    elif context is None:
                        confidence = NAME_CONFIDENCE
                    else:
                        # A name must read likelier put back, by far when by a loose link.
                        own, fit = context.fit(doc.norms[first:last], j - first, [word, option])
                        gain = fit - own
                        if fixed:
                            needed = NAME_CONTEXT_GAIN if loose else 0.0
                        else:
                            needed = NAME_FREE_CONTEXT_GAIN
                        if gain < needed:
                            continue
                        if not fixed:
                            # The gain must be the name's own: its head reads likelier after
                            # the word put back ("Global South", not "country Russian").
                            before = doc.norms[i - 1] if i > first else SENTENCE_START
                            bond = (context.logprob(other, before, option)
                                    - context.logprob(other, before, word))
                            if bond < NAME_FREE_GAIN:
                                continue
                            gain = bond
                        confidence = min(0.95, 0.5 + gain / NAME_GAIN_SCALE)
                    text = doc.text[doc.starts[j] : doc.ends[j]]
                    yield Suspect(
                        doc.starts[j], doc.ends[j], text, _match_case(text, option),
                        confidence,
                        f"“{' '.join(phrase)}” is a fixed expression, "
                        f"“{' '.join(pair)}” is not" if fixed else
                        f"the name reads far likelier as “{' '.join(phrase)}”, a synonym away "
                        f"(by {gain:.1f} nats in the language model)",
                    )
                    break
                else:
                    continue
                break


@functools.lru_cache(maxsize=50_000)
def _options(lexicon: Lexicon, word: str, synonyms_only: bool) -> tuple[tuple[str, bool], ...]:
    """The common forms of a word's thesaurus neighbours, commonest first, each with whether
    only a loose (Moby) link leads to it; ``synonyms_only`` leaves those out. The definition
    :func:`_among` answers from a word's partners, without reading every neighbour (the tests
    hold the two together)."""
    forms = common_forms(lexicon)
    synonyms = _synonym_ids(lexicon, word)
    options: dict[str, bool] = {}
    for lemma in lexicon.neighbour_ids(word):
        loose = lemma not in synonyms
        if synonyms_only and loose:
            continue
        for form in forms.get(lemma, ()):
            if form != word:
                options[form] = options.get(form, True) and loose
    # Descending and stable: equally common forms keep the order they were found in.
    return tuple((form, options[form]) for form in sorted(options, key=_zipf, reverse=True))


@functools.lru_cache(maxsize=4)
def _form_places(lexicon: Lexicon) -> dict[str, dict[int, int]]:
    """Each common form's base-form ids, with its place among each one's forms."""
    out: dict[str, dict[int, int]] = {}
    for lemma, forms in common_forms(lexicon).items():
        for k, form in enumerate(forms):
            out.setdefault(form, {})[lemma] = k
    return out


@functools.lru_cache(maxsize=50_000)
def _neighbour_order(lexicon: Lexicon, word: str) -> dict[int, int]:
    """The place of each of a word's neighbour ids in the order :func:`_options` reads them."""
    return {lemma: k for k, lemma in enumerate(lexicon.neighbour_ids(word))}


@functools.lru_cache(maxsize=50_000)
def _synonym_forms(lexicon: Lexicon, word: str) -> frozenset[str]:
    """The :func:`_options` of ``word`` that a synonym leads to (those that are not loose)."""
    forms = common_forms(lexicon)
    return frozenset(form for lemma in lexicon.neighbour_ids(word)
                     & _synonym_ids(lexicon, word) for form in forms.get(lemma, ()))


def _among(lexicon: Lexicon, word: str, synonyms_only: bool, partners: frozenset[str]
           ) -> list[tuple[str, bool]]:
    """The :func:`_options` of ``word`` that are among ``partners``, in the same order and
    with the same looseness, found from the partners (a word has hundreds of neighbours and
    few partners): commonest first, then in the order :func:`_options` meets them, neighbour
    by neighbour and form by form."""
    if not partners:
        return []
    order = _neighbour_order(lexicon, word)
    synonyms = _synonym_ids(lexicon, word)
    places = _form_places(lexicon)
    found = []
    for partner in partners:
        lemmas = places.get(partner) if partner != word else None
        if not lemmas:
            continue
        first: tuple[int, int] | None = None
        loose = True
        for lemma, k in lemmas.items():
            at = order.get(lemma)
            if at is None:
                continue
            link_loose = lemma not in synonyms
            if synonyms_only and link_loose:
                continue
            loose = loose and link_loose
            if first is None or (at, k) < first:
                first = (at, k)
        if first is not None:
            found.append((-_zipf(partner), first, partner, loose))
    found.sort()
    return [(partner, loose) for _, _, partner, loose in found]


REPORTING = {"ed": ("said", "told"), "s": ("says", "tells")}
"""What news reports write after a quotation, overwhelmingly: "…," the minister said / told
reporters. A spinner turns these into "stated", "instructed", "knowledgeable"."""
UNUSUAL_REPORTING = frozenset(("instruct", "inform", "state"))
"""Speech verbs that news rarely puts after a quotation but spinners do, for "told" and "said";
any other speech verb ("added", "warned") is a plain attribution."""
ATTRIBUTION_WINDOW = 12
"""Words after a closing quotation mark searched for the attribution verb."""


def _attributions(doc: Document, lexicon: Lexicon, score: float, tags: Sequence[int] | None
                  ) -> Iterable[Suspect]:
    """The verb of a quotation's attribution ("…,” Marzook instructed RIA Novosti") that is no
    plain reporting verb but a thesaurus neighbour of "said" or "told": most likely the
    spinner's swap of it, the likelier the more the text as a whole reads spun (``score``)."""
    context = context_model()
    for span in find_marked_spans(doc.text):
        if span.close_mark < 1 or doc.text[span.close_mark - 1] not in ",?!":
            continue  # not "…,” the minister said": the sentence ends with the quotation
        first = bisect.bisect_right(doc.starts, span.close_mark)
        if first >= len(doc.norms):
            continue
        sentence = doc.sentence_of[first]
        lo, hi = doc.sentences[sentence]
        for i in range(first, min(hi, first + ATTRIBUTION_WINDOW)):
            word = doc.norms[i]
            if doc.quoted[i]:
                break
            if word in FUNCTION_WORDS or (tags is not None and tags[i] != 2):
                continue
            lemmas = set(lexicon.lemmas(word))
            if lemmas & SPEECH_LEMMAS and not lemmas & UNUSUAL_REPORTING:
                break  # a plain attribution
            plain = REPORTING.get(inflection(word, lexicon), ())
            options = [v for v in plain if lexicon.parts_of_speech(word) & 2
                       and lexicon.related(word, v) > 0]
            if not options:
                if tags is None:
                    continue
                break  # the attribution's verb is another verb
            if len(options) > 1 and context is not None:
                fits = context.fit(doc.norms[lo:hi], i - lo, options)
                options = [options[fits.index(max(fits))]]
            start, end = doc.starts[i], doc.ends[i]
            text = doc.text[start:end]
            yield Suspect(
                start, end, text, _match_case(text, options[0]), 0.5 + 0.45 * score,
                f"“{text}” attributes a quotation, where news writes “{options[0]}”, a "
                f"thesaurus neighbour; the text reads spun (score {score:.2f})",
            )
            break


@functools.lru_cache(maxsize=50_000)
def _synonym_ids(lexicon: Lexicon, word: str) -> frozenset[int]:
    """Lexicon ids of the synonyms (WordNet, LibreOffice; no Moby links) of ``word``."""
    return frozenset(i for term in lexicon.synonyms(word) for i in lexicon.lemma_ids(term))


def _tortured(doc: Document) -> Iterable[Suspect]:
    table = tortured_phrases()
    longest = 5
    i = 0
    while i < len(doc.norms):
        for size in range(longest, 1, -1):
            if i + size > len(doc.norms):
                continue
            phrase = " ".join(doc.norms[i : i + size])
            if phrase in table:
                start, end = doc.starts[i], doc.ends[i + size - 1]
                text = doc.text[start:end]
                yield Suspect(start, end, text, _match_case(text, table[phrase]), 0.97,
                              "a known tortured phrase (Problematic Paper Screener)")
                i += size - 1
                break
        i += 1


def _match_case(observed: str, original: str) -> str:
    if observed[:1].isupper():
        return original[:1].upper() + original[1:]
    return original
