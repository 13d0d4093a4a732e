"""What a marked span is, and how the quotations of an article join up.

A span is a quotation, or a name, title or cited text ("the so-called …", "Living With Water");
a quotation may be a part of the previous one (a split quote, or one whose paragraph break was
lost), or the same speaker's next words (a paragraph that is only a quotation after one ending
with a named speaker's quote). Once every quotation is read, the parts of a statement share its
speaker, and an unattributed quotation repeating an attributed one's words takes its speaker.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from unspin.quotations.attribution import Attribution, passive_agent
from unspin.quotations.layout import (
    WORD,
    opening_of,
    paragraph_end,
    paragraph_start,
    title_case,
    title_case_line,
    tokens_in,
)
from unspin.quotations.lexicon import NAMING_CUES, NAMING_NOUNS, SOFT_CUES
from unspin.quotations.parser import lemma
from unspin.quotations.quote import Quote
from unspin.text.fold import fold
from unspin.text.marks import MarkedSpan
from unspin.text.speech import SPEECH_FORMS, SPEECH_LEMMAS

if TYPE_CHECKING:
    from spacy.tokens import Doc


def is_quotation(text: str, span: MarkedSpan, attribution: Attribution,
                 doc: Doc | None = None) -> bool:
    """Is the span speech, rather than scare quotes, a title or a name?"""
    words = WORD.findall(span_text := text[span.start : span.end])
    # A passive clause's agent after the quote ("MTV has been criticised for “incessant
    # sleaze” by campaigners", "was described as “…” by the minister") attributes it too.
    agent = attribution.side == "none" and (
        (attribution.phrase is not None and attribution.position >= span.end)
        or (doc is not None and passive_agent(doc, span, paragraph_end(text, span.end))
            is not None))
    attributed = attribution.side != "none" or agent
    cue = _naming_cue(text, span)
    # Words put in the speaker's mouth inside reported speech: "Berg called the plan “a
    # reckless gamble”", "it said he was “considering” a bid", "labelled the awards “idiotic”".
    reported = span_text[:1].islower() and (
        attribution.side in ("before", "split")
        # "… could be used to “ambush” them, spokesman Tom Reddle said": inside the clause
        # of a speech verb that follows
        # (not "The so-called “temporary” barriers … gave way, the council confirmed")
        or (attribution.side == "after" and doc is not None
            and cue is None and _reports(doc, span, attribution)))
    if cue in NAMING_NOUNS and reported and _characterising_verb(attribution):
        cue = None  # "Oblon called the nine-year recommended term “outrageous”"
    if cue and not (reported and cue in SOFT_CUES) and attribution.side not in ("after",):
        return False
    if cue in SOFT_CUES and doc is not None and _names_a_thing(doc, span):
        return False  # "a project called “blue sky”", even after a speaker's quote
    if doc is not None and attribution.side != "after" and len(words) <= 6 \
            and _modifies_next_noun(text, doc, span):
        return False  # a name or term before its noun: "a universal “stop” command"
    if len(words) <= 2 and attributed and span_text[-1:] in ",.!?" \
            and attribution.side != "before":
        return True  # “Nothing can.”
    headline = "\n" not in text[: span.start].strip()
    if len(words) == 2 and not headline and _titled(text, span, words, attribution):
        return False  # a name or nickname: "nicknamed “The Boss”", "the film “Gone Girl”"
    if doc is not None and span_text[:1].islower() and len(words) <= 4 \
            and (_evaluated(text, doc, span) or (_called(doc, span) and not title_case(words))):
        return not _after_possessive(text, span)  # "O'Gara hailed … as a “special” win"
    if len(words) <= 2 and doc is not None and attribution.side == "before" \
            and span_text[-1:] not in ",.!?" and _named_outside_sentence(doc, span, attribution):
        return False  # a paragraph's speaker does not make "Janet Jackson “wardrobe malfunction”"
    if len(words) <= 2 and doc is not None and _in_unattributed_claim(doc, span):
        return False  # "hitting back at claims that the project was a “fraud”"
    if len(words) <= 2 and attribution.side == "colon" and span_text[:1].isupper() \
            and text[: opening_of(span)].rstrip().endswith(":"):
        return True  # "Acme Airlines CEO: ‘I’m sorry’": the whole of what the speaker says
    if len(words) <= 2:  # a fragment of reported speech, not a term ("the council's “plan”")
        return ((attribution.side in ("before", "after") or reported or agent)
                and not _after_possessive(text, span)
                and (len(words) == 2
                     or (reported and (not _after_determiner(text, span)
                                       or _another_fragment_follows(text, span)))
                     or ((reported or attribution.side in ("before", "after"))
                         and _after_indefinite(text, span))))
    if _titled(text, span, words, attribution) and not title_case_line(text, span):
        return False  # a title or a name: "Living With Water", "The Salt Orchard"
    # A headline quotes a claim its story attributes: "Greek sprinters 'won't run again'".
    return len(words) > 4 or attributed or (headline and len(words) >= 3)


_IN_SENTENCE = re.compile(r"[a-z][\w'’-]*\s*$")


def _titled(text: str, span: MarkedSpan, words: list[str], attribution: Attribution) -> bool:
    """Title-case words that name something: no stop inside the marks ("Living With Water"), or
    American style's comma or full stop inside them after a lower-case word of the same
    sentence with no speech verb after the quote ("told “Fox News Sunday.”", "the premiere of
    “The Fifth Element.”", "on “Monday Night Football,” the nation …"). Words said end in a
    stop too, but stand after a colon or open the sentence, or a speech verb follows them
    ("“RIP Tina Turner,” Piers tweeted")."""
    if not title_case(words):
        return False
    if text[span.end - 1 : span.end] not in (",", ".", "!", "?"):
        return True
    return attribution.side != "after" and text[span.end - 1] in ",." \
        and _IN_SENTENCE.search(text, max(0, opening_of(span) - 40), opening_of(span)) is not None


def _naming_cue(text: str, span: MarkedSpan) -> str | None:
    """The word introducing the span as a name or cited text ("the so-called", "its opening
    line,"), if any. A noun ("term", "words") introduces it only right before the mark:
    "a vocabulary of about 100 words, could be “trained”" cites nothing."""
    opening = opening_of(span)
    before = text[max(0, opening - 40) : opening]
    words = [fold(w) for w in re.findall(r"[\w'’-]+", before)][-3:]
    last = len(words) - 1
    for k, word in reversed(list(enumerate(words))):
        if word in SPEECH_FORMS:
            return None  # "one worker, who asked not to be named, said: “…"
        if word in NAMING_CUES and (word not in NAMING_NOUNS or (
                k == last and re.search(r"[\w'’-]\s*[,:]?\s*$", before))):
            return word
    return None


_CHARACTERISING_FORMS = frozenset(
    """call calls called calling brand brands branded branding label labels labelled labeled
    labelling labeling dub dubs dubbed dubbing""".split())


def _characterising_verb(attribution: Attribution) -> bool:
    """The attribution is "called", "branded", "labelled", "dubbed": its object is the noun
    before the span, the span what the speaker called it."""
    return attribution.verb is not None and fold(attribution.verb) in _CHARACTERISING_FORMS


def _modifies_next_noun(text: str, doc: Doc, span: MarkedSpan) -> bool:
    """The span's last word is a noun compounded with the noun right after the closing mark:
    the span names a kind of thing ("a universal “stop” command", "Lycos Europe's “Make love
    not spam” campaign", "“entertainment and leisure” robots"). An adjective there is the
    speaker's verdict and stays a quotation ("an “unrivalled” collection")."""
    if span.close_mark < 0 or text[span.end - 1 : span.end] in (",", ".", "!", "?", ":", ";"):
        return False
    inside = tokens_in(doc, span.start, span.end)
    if not inside or inside[-1].i + 2 >= len(doc):
        return False
    last = inside[-1]
    following = doc[last.i + 1]
    if following.is_punct and following.i + 1 < len(doc):
        following = doc[following.i + 1]  # the closing mark
    if following.idx <= span.end or following.pos_ not in ("NOUN", "PROPN"):
        return False
    if last.pos_ in ("NOUN", "PROPN") and last.dep_ in ("compound", "nmod") \
            and last.head.i == following.i:
        return True
    # A capitalised span inside a sentence right before a common noun, whatever the parse made
    # of it: a name ("Lycos Europe's “Make love not spam” campaign").
    before = text[: opening_of(span)].rstrip()
    return (text[span.start].isupper() and before[-1:].isalnum() and following.is_lower
            and following.pos_ == "NOUN")


# Verbs of praise and blame: their subject characterises what the quoted words qualify ("the
# minister hailed the “historic” agreement", "the festival praises him for his “sensational
# start”"), as "called" and "described" do.
_EVALUATIVE_LEMMAS = frozenset(
    """hail praise criticise criticize condemn denounce slam blast attack welcome dismiss reject
    applaud commend laud decry deride ridicule mock lambast lambaste slate castigate rebuke
    celebrate salute""".split())


def _evaluated(text: str, doc: Doc, span: MarkedSpan) -> bool:
    """The span qualifies the object of a verb of praise or blame that has a subject, and holds
    a word of judgement (an adjective or adverb: "historic", "sensational start", "special"),
    not only nouns, which name a thing ("the “bedroom tax”")."""
    inside = [t for t in tokens_in(doc, span.start, span.end) if not t.is_punct]
    if not inside or not any(t.pos_ in ("ADJ", "ADV") for t in inside):
        return False
    node, steps = inside[-1], 0
    while node.pos_ != "VERB" and node.head.i != node.i and steps < 6:
        node, steps = node.head, steps + 1
    return (node.pos_ == "VERB" and node.i < inside[0].i and node.sent.start == inside[0].sent.start
            and lemma(node).lower() in _EVALUATIVE_LEMMAS
            and any(c.dep_ == "nsubj" for c in node.children))


def _named_outside_sentence(doc: Doc, span: MarkedSpan, attribution: Attribution) -> bool:
    """A span of nouns only (a thing's name, no word of judgement) whose attribution stands in
    an earlier sentence: the paragraph's speaker goes on, but a sentence without a speech verb
    of its own that names a thing in marks is narrative ("only one showed Ms Simonetti's
    flight “wings”")."""
    inside = [t for t in tokens_in(doc, span.start, span.end) if not t.is_punct]
    if not inside or any(t.pos_ not in ("NOUN", "PROPN", "DET") for t in inside):
        return False
    return attribution.position < inside[0].sent.start_char


def _names_a_thing(doc: Doc, span: MarkedSpan) -> bool:
    """"called", "dubbed" right before the mark as a participle after a noun ("a project
    called “blue sky”"): the span is the thing's name."""
    before = [t for t in doc[max(0, _first_token(doc, span) - 3) : _first_token(doc, span)]
              if not t.is_punct]
    return bool(before) and before[-1].dep_ == "acl" and before[-1].head.pos_ in ("NOUN", "PROPN")


def _reports(doc: Doc, span: MarkedSpan, attribution: Attribution) -> bool:
    """Is the attribution's verb, after the span, the head of the clause holding it?"""
    if attribution.verb is None:
        return False
    verb = doc.char_span(attribution.position, attribution.position + len(attribution.verb),
                         alignment_mode="expand")
    first = _first_token(doc, span)
    if verb is None or first >= len(doc):
        return False
    return any(a.i == verb.root.i for a in doc[first].ancestors)


def _first_token(doc: Doc, span: MarkedSpan) -> int:
    inside = tokens_in(doc, span.start, span.end)
    return inside[0].i if inside else 0


def _called(doc: Doc, span: MarkedSpan) -> bool:
    """The span is what someone calls a thing: the object predicate of "call", "brand",
    "label", "dub" used as a verb of the sentence ("instead of calling it “gambling”"), not
    the participle after a noun that names it ("a project called “blue sky”")."""
    inside = [t for t in tokens_in(doc, span.start, span.end) if not t.is_punct]
    if not inside:
        return False
    root = min(inside, key=lambda t: sum(1 for _ in t.ancestors))
    verb = root.head
    return (root.dep_ == "oprd" and verb.i < inside[0].i and verb.pos_ == "VERB"
            and verb.dep_ != "acl" and lemma(verb).lower() in ("call", "brand", "label", "dub"))


# Nouns for what others say, unnamed: "claims that …", "allegations that …".
_HEARSAY_NOUNS = frozenset(
    """claim claims allegation allegations accusation accusations suggestion suggestions rumour
    rumours rumor rumors speculation charge charges""".split())


def _in_unattributed_claim(doc: Doc, span: MarkedSpan) -> bool:
    """A word or two in a clause that complements a noun of hearsay with no speaker of its own
    ("hitting back at claims that the project was a “fraud”"): words of nobody named, which
    the labels leave out, not the sentence subject's."""
    inside = [t for t in tokens_in(doc, span.start, span.end) if not t.is_punct]
    if not inside:
        return False
    node, steps = inside[0], 0
    while node.head.i != node.i and steps < 6:
        node, steps = node.head, steps + 1
        if node.pos_ in ("VERB", "AUX") and lemma(node).lower() in SPEECH_LEMMAS:
            return False
        if node.pos_ == "NOUN" and node.lower_ in _HEARSAY_NOUNS and node.i < inside[0].i:
            # "his claims", "claims by the minister" have a speaker
            return not any(c.dep_ == "poss" or c.lower_ == "by" for c in node.children
                           if c.i < inside[0].i)
    return False


_DETERMINERS = frozenset("a an the its his her their our your my this that these those".split())


def _word_before(text: str, span: MarkedSpan) -> str:
    before = re.findall(r"[\w'’-]+", text[max(0, opening_of(span) - 30) : opening_of(span)])
    return before[-1] if before else ""


def _after_determiner(text: str, span: MarkedSpan) -> bool:
    """The span stands where a noun phrase's head goes ("the “reform”")."""
    return fold(_word_before(text, span)) in _DETERMINERS


def _after_indefinite(text: str, span: MarkedSpan) -> bool:
    """One lower-case word after "a"/"an" in reported speech is what the speaker called it ("he
    had had a “gutful”", "an “exceptional” year"), not a term the story names ("the
    “reform”")."""
    return fold(_word_before(text, span)) in ("a", "an") and text[span.start].islower()


_NEXT_FRAGMENT = re.compile(r"\s*(?:[^\W\d_]+\s+){1,2}[\"“‘']\s*[a-z]")


def _another_fragment_follows(text: str, span: MarkedSpan) -> bool:
    """Another lower-case fragment opens a word or two after the span ("would rise to the
    “challenge” of “keeping his legacy alive”"): words cut from one sentence of speech, not a
    term."""
    if span.close_mark < 0:
        return False
    return _NEXT_FRAGMENT.match(text, span.close_mark + 1, span.close_mark + 40) is not None


def _after_possessive(text: str, span: MarkedSpan) -> bool:
    """A thing of someone's, named in scare quotes ("the council's “resilience plan”")."""
    return re.search(r"['’]s$", _word_before(text, span)) is not None


# Words of a span too short to be speech on its own that an echo of a quotation may have.
_ECHO_WORDS = (2, 4)


def echoed(text: str, span: MarkedSpan, found: list[Quote]) -> Quote | None:
    """The quotation of the article whose words a short span no attribution made speech
    repeats word for word ("It's unclear what Altman meant by “more to say”" after his "will
    have more to say about what's next later", a sub-heading's 'written in the stars'): a
    fragment of that speaker's words, not scare quotes. Not a name or a term: no title-case
    words, no determiner, possessive or naming word before it ("its “super size” portions")."""
    words = [fold(w) for w in WORD.findall(text[span.start : span.end])]
    if not _ECHO_WORDS[0] <= len(words) <= _ECHO_WORDS[1] \
            or title_case(WORD.findall(text[span.start : span.end])) \
            or _after_possessive(text, span) or _after_determiner(text, span) \
            or _naming_cue(text, span) is not None:
        return None
    needle = " {} ".format(" ".join(words))
    for quote in found:
        if quote.speaker is not None and quote.start != span.start \
                and needle in _spaced_words(quote.text):
            return quote
    return None


def _spaced_words(text: str) -> str:
    """The text's words, folded, between single spaces and with one at each end: a phrase's
    words stand in it word for word when `` " a b " in _spaced_words(text)``."""
    return " {} ".format(" ".join(fold(w) for w in WORD.findall(text)))


def adjacent(text: str, first: MarkedSpan, second: MarkedSpan) -> bool:
    """The second quote opens right where the first ends, nothing but space (or the full stop
    that British style sets outside the marks) between, in one paragraph: one quotation whose
    paragraph break was lost ("…sense. "The players…", "…clay." "Obviously…", or
    "…electro-clash sound". "The Bravery…")."""
    if second.open_mark < 0:
        return False
    end = first.close_mark + 1 if first.close_mark >= 0 else first.end
    gap = text[end : second.open_mark]
    return gap.strip() in ("", ".") and "\n" not in gap


def same_sentence(text: str, first: MarkedSpan, second: MarkedSpan) -> bool:
    """No sentence ends between two quotes (outside the quotes themselves), nor does the first
    quote end one before a capital (`“… keeps going.” Keane frontman Tom Chaplin thanked …`)."""
    close = first.close_mark + 1 if first.close_mark >= 0 else first.end
    between = text[close : second.start]
    if text[first.end - 1 : first.end] in (".", "!", "?") and between.strip()[:1].isupper():
        return False
    return "\n" not in between and not _FULL_STOP.search(between)


# A full stop ends a sentence, not one after an initial or a title ("J.T. Wang", "Mr. Lee").
_NOT_AN_END = r"(?<!\b[A-Z])(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bDr)(?<!\bSt)(?<!\bJr)"
_FULL_STOP = re.compile(_NOT_AN_END + r"[.!?]\s")
_SENTENCE_END = re.compile(_NOT_AN_END + r"[.!?]['’\"”)]?\s+(?=\S)")


def only_attribution_between(text: str, first: MarkedSpan, second: MarkedSpan,
                             attribution: Attribution) -> bool:
    """Little more than the first quote's attribution stands between the two quotes: the
    second opens the sentence after it (`"…," he said. "…"`), not after a sentence of
    narrative (`"…," he said. Mr Matsuura added that … "…"` starts another statement)."""
    between = text[first.end : second.start]
    close = first.close_mark + 1 if first.close_mark >= 0 else first.end
    opening = opening_of(second)
    inner = text[close:opening] if close < opening else ""
    return (len(WORD.findall(between)) <= 20 and first.end <= attribution.position < second.start
            and len(_SENTENCE_END.findall(inner.rstrip())) == 0)


# Words of narrative between two fragments of one sentence that leave them one statement: a
# clause ("…a transparent framework" so that the system can move "into the 21st century"),
# or a few words around an aside between dashes or brackets (credited "…" — the writer's own
# comment — to "…": the verb's two objects, two statements).
JOIN_WORDS = 12
ASIDE_JOIN_WORDS = 5
_ASIDE = re.compile(r"[—–(]")


def short_join(text: str, first: MarkedSpan, second: MarkedSpan) -> bool:
    """Two fragments of one sentence joined by a clause at most ("…clothes horses" with "an
    unusually nimble ear…", "expected" and "understandable", "not a currency" instead of
    calling it "gambling"): one statement, cut up (the labelling guide's pieces of one
    passage, which other outlets quote whole or apart)."""
    if text[first.end - 1 : first.end] in (",", ".", "!", "?", ":", ";") \
            or not text[second.start : second.start + 1].islower():
        return False  # a full quote, or a new sentence of one: not a fragment of narrative
    close = first.close_mark + 1 if first.close_mark >= 0 else first.end
    between = text[close : opening_of(second)]
    most = ASIDE_JOIN_WORDS if _ASIDE.search(between) else JOIN_WORDS
    return len(WORD.findall(between)) <= most and not _SENTENCE_END.search(between + " x")


def conjoined(text: str, first: MarkedSpan, second: MarkedSpan) -> bool:
    """Two fragments joined by a conjunction alone ("called it “stupid” and “dangerous”"): the
    second is governed by what governs the first."""
    close = first.close_mark + 1 if first.close_mark >= 0 else first.end
    between = text[close : opening_of(second)].strip(" ,").lower()
    return between in ("and", "or", "but", "nor", "and even", "or even") \
        and short_join(text, first, second)


def attribution_ends_paragraph(text: str, previous: MarkedSpan, attribution: Attribution,
                               span: MarkedSpan) -> bool:
    """`"…," Jones said.` ending a paragraph and the next paragraph only a quotation: the
    statement goes on (the paragraph break of a long answer)."""
    if attribution.side not in ("after", "split", "before") or (
            attribution.side != "before" and attribution.position < previous.end):
        return False
    if attribution.position < paragraph_start(text, opening_of(previous)):
        return False  # a speaker carried over from an earlier paragraph ends none
    if text[previous.end - 1 : previous.end] not in (",", ".", "!", "?"):
        return False  # a fragment ending a sentence of narrative
    opening = opening_of(span)
    start = paragraph_start(text, opening)
    if text[start:opening].strip():
        return False
    end_previous = paragraph_end(text, previous.end)
    close = previous.close_mark + 1 if previous.close_mark >= 0 else previous.end
    tail = text[close:end_previous].strip()
    return (text[end_previous:start].strip() == "" and len(WORD.findall(tail)) <= 15
            and len(_SENTENCE_END.findall(tail)) == 0)


def continues(text: str, previous: MarkedSpan, previous_speaker: str | None, span: MarkedSpan,
              attribution: Attribution) -> bool:
    """A paragraph that is only a quotation, right after a paragraph ending with a quote of a
    named speaker, goes on with that speaker's words (the newspaper convention)."""
    if attribution.side != "none" or previous_speaker is None:
        return False
    opening = opening_of(span)
    if text[paragraph_start(text, opening) : opening].strip():
        return False
    end_previous = paragraph_end(text, previous.end)
    tail = text[previous.end : end_previous]
    gap = text[end_previous : paragraph_start(text, opening)]
    if gap.strip() != "":
        return False
    words = WORD.findall(tail)
    # (a longer attribution of one sentence naming nobody else: "…,” he said, leaning slightly
    # forward over the polished table, his charcoal suit sagging on his diminished frame.)
    return len(words) <= 15 or (len(words) <= 30 and not _FULL_STOP.search(tail.rstrip())
                                and not any(w[:1].isupper() for w in words[1:]))


def fill_statements(found: list[Quote]) -> list[Quote]:
    """Parts of one statement share its speaker, even when only a later part carries the
    attribution ("A. "B," said O'Connor" with the break between A and B lost)."""
    speakers: dict[int, Quote] = {}
    for quote in found:
        if quote.speaker is not None and quote.statement not in speakers:
            speakers[quote.statement] = quote
    return [
        replace(q, speaker=speakers[q.statement].speaker,
                speaker_as_written=speakers[q.statement].speaker_as_written,
                verb=speakers[q.statement].verb)
        if q.speaker is None and q.verb is None and q.statement in speakers else q
        for q in found
    ]


def borrow_speakers(text: str, found: list[Quote]) -> list[Quote]:
    """A headline's quote, or an unattributed one, repeats words of an attributed quote of the
    same article ("Nothing can restore what was lost"): it has that quote's speaker."""
    first_line_end = paragraph_end(text, 0)
    folded = fold(text)
    result = []
    for quote in found:
        if quote.speaker is None and (quote.speaker_as_written is None
                                      or quote.start < first_line_end):
            words = [fold(w) for w in WORD.findall(quote.text)]
            for other in found:
                if other is quote or other.speaker is None:
                    continue
                pool = {fold(w) for w in WORD.findall(other.text)}
                if len(words) >= 3 and sum(w in pool for w in words) >= 0.6 * len(words):
                    quote = replace(quote, speaker=other.speaker)
                    break
        if quote.speaker is None or quote.speaker in (quote.speaker_as_written or ""):
            # (nobody, or the body an unnamed spokeswoman speaks for: "a spokeswoman for MTV")
            described = _described_later(quote, found, folded)
            if described is not None:
                quote = replace(quote, speaker=described)
        result.append(quote)
    return result


# A quoted sub-heading: a line of a few words standing alone in its marks.
_MARKS = "\"'“”‘’«»„ "
_FILLED_LINE = re.compile(r"[^\n]*\S[^\n]*")  # a line, or a line's rest, with a word on it
_SUBHEADING_WORDS = 12
_SUBHEADING_REACH = 2  # paragraphs after it where the section's first quotation may open


def subheading_speakers(text: str, found: list[Quote]) -> list[Quote]:
    """A quoted sub-heading (‘An honour to be alongside Sir Alex’ alone on a line, below the
    headline) pulls its words from the section it heads: when it names no speaker, it has the
    speaker of that section's first quotation, opening within the next two paragraphs."""
    result = list(found)
    for k, quote in enumerate(found):
        if quote.speaker is not None or quote.speaker_as_written is not None:
            continue
        start, end = paragraph_start(text, quote.start), paragraph_end(text, quote.end)
        line = text[start:end].strip()
        if start == 0 or not text[:start].strip() or len(WORD.findall(line)) > _SUBHEADING_WORDS \
                or line.strip(_MARKS + ".!?:") != quote.text.strip(_MARKS + ".!?:,"):
            continue
        following = next((q for q in found[k + 1 :] if q.start >= end), None)
        if following is None or following.speaker is None:
            continue
        line_below = _FILLED_LINE.search(text, end)
        below = line_below.group().strip() if line_below else ""
        if below and below[-1] not in _MARKS + ".!?:" and len(WORD.findall(below)) <= 30:
            continue  # a caption or credit line below it ("NAME, director of …"): a quote
            # in a list of voices, no heading
        between = [line for line in text[end : paragraph_start(text, following.start)].split("\n")
                   if line.strip()]
        if len(between) < _SUBHEADING_REACH:
            result[k] = replace(quote, speaker=following.speaker)
    return result



_OF_BODY = frozenset("for of at from with".split())


def _described_later(quote: Quote, found: list[Quote], folded: str) -> str | None:
    """A lede's words credited to someone described, not named ("… for what a federal judge
    called an “extraordinarily evil” scam"), that the article quotes again from a person it
    names with that description ("… were extraordinarily evil,” said U.S. District Judge Denny
    Chin"): that person (``folded``: the article's text, folded)."""
    written = (quote.speaker_as_written or "").split()
    if not 2 <= len(written) <= 5 or fold(written[0]) not in ("a", "an"):
        return None
    # the noun described, before the body it serves ("a spokeswoman for MTV")
    cut = next((k for k, w in enumerate(written) if k >= 2 and fold(w) in _OF_BODY), len(written))
    role = fold(written[cut - 1])
    words = _spaced_words(quote.text)
    if len(words.split()) < 2:
        return None
    for other in found:
        if other.speaker is None or other.start <= quote.start:
            continue
        if words not in _spaced_words(other.text):
            continue
        surname = re.escape(fold(other.speaker.split()[-1]))
        if re.search(rf"\b{re.escape(role)}\b(?:\W+\w+){{0,3}}?\W+{surname}\b", folded):
            return other.speaker
    return None
