"""Quotations of one article with their speakers and attribution verbs.

The marks give the candidate spans (:mod:`unspin.text.marks`); spaCy's small English model
gives tokens, lemmas, the dependency parse and person names. For each span we read the clause
after its closing mark ("…,” said Gareth Price") and before its opening mark ("Daria Kovalenko, a
spokeswoman, said: “…"), find the speech verb and its subject, and resolve the subject to a person
named in the article: a name ("Okafor" → "Helen Okafor"), a pronoun ("he added": the person last
mentioned), or a role ("the spokeswoman": the person so described earlier). A part of a split
quote takes its attribution from the other part. Short or title-case spans without an attribution,
and spans introduced as names or cited text ("the so-called …", "the novel's opening line, …"),
are not quotations.

This module walks the spans in order; the steps are :mod:`~unspin.quotations.entities` (the
people named), :mod:`~unspin.quotations.gender`, :mod:`~unspin.quotations.attribution` (verb and
speaker phrase), :mod:`~unspin.quotations.speakers` (who the phrase names) and
:mod:`~unspin.quotations.classify` (quotation or not, parts and statements).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from typing import TYPE_CHECKING, Any, NamedTuple

from unspin.quotations.attribution import (
    Attribution,
    credit_below,
    find_attribution,
    passive_agent,
    reported_before,
    sentence_subject,
)
from unspin.quotations.classify import (
    adjacent,
    attribution_ends_paragraph,
    borrow_speakers,
    conjoined,
    continues,
    echoed,
    fill_statements,
    is_quotation,
    only_attribution_between,
    same_sentence,
    short_join,
    subheading_speakers,
)
from unspin.quotations.entities import EntityIndex, is_subject
from unspin.quotations.gender import genders, name_gender
from unspin.quotations.layout import (
    QuotedRanges,
    opening_of,
    paragraph_end,
    paragraph_start,
    same_paragraph,
    sentence_start,
    title_case_line,
    tokens_in,
)
from unspin.quotations.lexicon import DESCRIBED_PEOPLE, PERSON_NOUNS
from unspin.quotations.parser import lemma, nlp
from unspin.quotations.quote import Quote
from unspin.quotations.speakers import Event, Speakers
from unspin.text import english
from unspin.text.fold import fold
from unspin.text.marks import MarkedSpan, find_marked_spans
from unspin.text.speech import SPEECH_LEMMAS

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["Quote", "extract_quotes", "nlp", "quotes_in"]


class _Previous(NamedTuple):
    """The last quotation kept: its span, attribution and speaker (resolved, as written)."""

    span: MarkedSpan
    attribution: Attribution
    speaker: str | None
    written: str | None


def _windows(text: str, doc: Doc, spans: list[MarkedSpan], k: int,
             kept: MarkedSpan | None = None) -> tuple[int, int]:
    """Where span ``k``'s attribution may stand: (end of the text after it, start of the text
    before it), neither crossing a paragraph or a neighbouring quote. A title quoted just before
    that was no quotation does not bound it ("said in an interview with the talk show “College
    Tour” that aired Sunday, “…”"): the text before runs back to the quotation ``kept`` last."""
    span = spans[k]
    after_hi = spans[k + 1].open_mark if k + 1 < len(spans) else len(text)
    if after_hi < 0:
        after_hi = spans[k + 1].start
    after_hi = min(after_hi, paragraph_end(text, span.end))
    previous = spans[k - 1] if k else None
    if previous is not None and previous is not kept and _title_like(text, previous):
        previous = kept
    previous_close = previous.close_mark + 1 if previous is not None else 0
    before_lo = max(paragraph_start(text, span.start), previous_close,
                    sentence_start(text, doc, span))
    return after_hi, before_lo


def _title_like(text: str, span: MarkedSpan) -> bool:
    """A short span of capitalised words ("College Tour"): a name or title, not words said."""
    words = text[span.start : span.end].split()
    return 0 < len(words) <= 5 and all(w[:1].isupper() for w in words)


def _a_thing(doc: Doc, attribution: Attribution) -> bool:
    """Does an attribution that names nobody name a thing ("the letter obtained by CNBC"),
    which no later "he" or "she" stands for?"""
    if attribution.phrase is None:
        return False
    head = doc[attribution.phrase[0] : attribution.phrase[1]].root
    return head.pos_ == "NOUN" and head.is_lower and not (
        fold(head.text) in PERSON_NOUNS | DESCRIBED_PEOPLE
        or fold(lemma(head)) in PERSON_NOUNS | DESCRIBED_PEOPLE)


def _unresolved_pronoun(doc: Doc, attribution: Attribution, speaker: str | None) -> bool:
    """Is the speaker phrase a lone "he" or "she" that went back to nobody (a headline's "… As
    He Announces …" above the story that names him, a page cut before its first name)? A
    pronoun refers back and introduces no one, so it leaves no one in the narrative for a later
    "he" to land on; an unnamed "spokesman" does."""
    if speaker is not None or attribution.phrase is None:
        return False
    phrase = doc[attribution.phrase[0] : attribution.phrase[1]]
    return len(phrase) == 1 and phrase[0].lower_ in ("he", "she")


# Heads of a speaker phrase naming several: "they", "many of whom", "both", "the pair".
_SEVERAL = frozenset("they we many some several both all few most others pair duo couple trio"
                     .split())


def plural(doc: Doc, attribution: Attribution) -> bool:
    """Does the attribution's speaker phrase name several ("the top players", "they")?"""
    if attribution.phrase is None:
        return False
    phrase = doc[attribution.phrase[0] : attribution.phrase[1]]
    head = phrase.root
    return head.tag_ in ("NNS", "NNPS") or head.lower_ in _SEVERAL


# How far back a quote paragraph with no attribution looks for the speaker who goes on.
_GOES_ON_PARAGRAPHS = 3
_GOES_ON_CHARACTERS = 1200
_PARENTHESES = re.compile(r"\([^()\n]*\)")
# A line linking to another article ("RELATED Florida governor signs …", "READ MORE: …"): no
# part of the narrative, whoever it names.
_LINK_LINE = re.compile(r"^[ \t]*(?:RELATED|Related|READ MORE|Read more|READ ALSO|Read also|"
                        r"ALSO READ|Also read|SEE ALSO|See also|MORE|WATCH|Watch)\b[^\n]*",
                        re.MULTILINE)


def _goes_on(text: str, index: EntityIndex, events: list[Event], previous: _Previous,
             span: MarkedSpan) -> bool:
    """Does a quote opening its paragraph with no attribution continue the last speaker's
    words? Yes when at most a few paragraphs of narrative, a caption or a link line stand
    between ("“…,”
    Klopp said. ¶ Klopp lifted the title in 2020 (Image credit: …) ¶ “I love this club.”") and
    nobody else is named or speaks there: no other person, no organisation as a sentence's
    subject, no speaker the narrative did not resolve, no speech verb of another subject."""
    opening = opening_of(span)
    start = paragraph_start(text, opening)
    if text[start:opening].strip() and not _lead_in(index, start, opening):
        return False
    close = previous.span.close_mark + 1 if previous.span.close_mark >= 0 else previous.span.end
    if previous.attribution.side == "after" and previous.attribution.verb is None \
            and "\n" in text[close : previous.attribution.position]:
        return False  # a list of voices credits each quote on the line below it
    gap = text[close:start]
    paragraphs = [line for line in text[paragraph_end(text, close):start].split("\n")
                  if line.strip()]
    if len(gap) > _GOES_ON_CHARACTERS or len(paragraphs) > _GOES_ON_PARAGRAPHS:
        return False
    if paragraphs and paragraphs[-1].rstrip().endswith(":"):
        return False  # a line introducing someone's words ("Norfolk Southern issued the
        # following statement:") whom the narrative did not resolve
    # (a name in parentheses is a photo credit or an aside: "(Image credit: Getty Images)")
    asides = [(m.start() + close, m.end() + close) for m in _PARENTHESES.finditer(gap)] + [
        (m.start() + close, m.end() + close) for m in _LINK_LINE.finditer(gap)]

    def named(position: int) -> bool:
        return close <= position < opening and not any(lo <= position < hi for lo, hi in asides)

    if any(named(e.position) and e.name != previous.speaker for e in events):
        return False
    # Nor does anyone else speak in the paragraphs between ("Another official involved in the
    # rescue said …"): a speech verb whose subject is a noun, not the speaker's name.
    own = {fold(w) for w in (previous.speaker or "").split()}
    for token in tokens_in(index.doc, paragraph_end(text, close), start):
        if not named(token.idx):
            continue
        if token.pos_ == "VERB" and lemma(token).lower() in SPEECH_LEMMAS \
                and not index.quoted.covers(token.idx) and any(
                c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN")
                and fold(c.text) not in own for c in token.children):
            return False
    # (an organisation as the subject of a main clause acts; "as far as the club is
    # concerned" does not; nor does one in the last speaker's own attribution: "…,” All-NBA
    # guard Luka Doncic said")
    attributed = index.doc.char_span(close, close + 1, alignment_mode="expand")
    own_end = attributed.sent.end_char if attributed is not None else close
    return not any(named(e.start_char) and e.start_char >= own_end and is_subject(e.root)
                   and not any(a.dep_ in ("relcl", "acl", "advcl", "ccomp")
                               for a in e.root.ancestors)
                   and index.organisation(e.text) != previous.speaker
                   for e in index.organisations)


def _lead_in(index: EntityIndex, start: int, opening: int) -> bool:
    """Is the paragraph's text before the quote only a phrase setting it ("In the next post,",
    "On Twitter:"): a preposition's phrase, no verb, nobody named?"""
    tokens = [t for t in tokens_in(index.doc, start, opening) if not t.is_space]
    return 2 <= len(tokens) <= 8 and tokens[0].pos_ == "ADP" and tokens[-1].text in (",", ":") \
        and not any(t.pos_ in ("VERB", "AUX", "PRON") or t.ent_type_ in ("PERSON", "ORG")
                    for t in tokens)


def quotes_in(article_id: str, text: str, doc: Doc) -> list[Quote]:
    """The quotations of one article's text, given spaCy's parse of it."""
    spans = find_marked_spans(text)
    quoted = QuotedRanges(spans)
    index = EntityIndex(text, doc, quoted)
    speakers = Speakers(text, doc, index, genders(text, doc, index.mentions, quoted))
    found: list[Quote] = []
    events = sorted([*(Event(m.position, m.name, int(m.subject)) for m in index.mentions),
                     *speakers.role_subjects()], key=lambda e: e.position)
    people = {m.name for m in index.mentions}
    statement = -1
    previous: _Previous | None = None
    dropped: list[MarkedSpan] = []
    for k, span in enumerate(spans):
        after_hi, before_lo = _windows(text, doc, spans, k,
                                       previous.span if previous is not None else None)
        attribution = find_attribution(text, doc, index, span, after_hi, before_lo)
        split_of_previous = previous is not None and attribution.side in ("none", "after") and (
            (same_paragraph(text, previous.span.end, span.start)
             and previous.attribution.side in ("after", "split")
             and only_attribution_between(text, previous.span, span, previous.attribution))
            or adjacent(text, previous.span, span)
            or (previous.speaker is not None and attribution_ends_paragraph(
                text, previous.span, previous.attribution, span)))
        # “However,” he added, “in case …”: both parts hang on one attribution.
        shared_attribution = (
            previous is not None and attribution.side == "before"
            and attribution.position == previous.attribution.position
        )
        one_sentence = (
            previous is not None and attribution.side == "none" and previous.speaker is not None
            and same_sentence(text, previous.span, span)
        )
        # “stupid” and “dangerous”: one verb governs both, whatever follows the second
        coordinated = previous is not None and previous.speaker is not None \
            and conjoined(text, previous.span, span)
        if previous is not None and (
                (attribution.side == "none" and split_of_previous) or shared_attribution
                or (one_sentence and short_join(text, previous.span, span)) or coordinated):
            speaker, written, verb = previous.speaker, previous.written, previous.attribution.verb
            attribution = Attribution(verb, previous.attribution.phrase,
                                      previous.attribution.position, "split")
        elif previous is not None and (one_sentence or continues(
                text, previous.span, previous.speaker, span, attribution)):
            # A second fragment quoted in the same sentence ("credited “…” to “…”"): the
            # same speaker, another statement.
            speaker, written, verb = previous.speaker, previous.written, previous.attribution.verb
            attribution = Attribution(verb, previous.attribution.phrase,
                                      previous.attribution.position, "before")
        else:
            if attribution.side == "none":
                # "“…” ¶ NAME, role at BODY": the credit line below the quote, else the
                # sentence before it
                attribution = credit_below(text, doc, index, span) or reported_before(
                    text, doc, quoted, span, previous.span.end if previous else None,
                ) or attribution
            subject = (passive_agent(doc, span, after_hi)
                       or sentence_subject(text, doc, span, before_lo)) \
                if attribution.side == "none" else None
            speaker, written = speakers.speaker(subject, span.start, events) \
                if subject is not None else (None, None)
            if speaker is None:
                subject = None
            if (attribution.side == "none" and previous is not None
                    and previous.speaker is not None
                    and same_paragraph(text, previous.span.end, span.start)):
                # Nobody else is named: the paragraph's last speaker goes on ("…said the
                # support was “utterly crucial”. “Mr Glazer's bid will not …”"), unless the
                # quote's own sentence has a subject ("Keane frontman Tom Chaplin thanked fans
                # for enduring “rubbish gigs”").
                if subject is None:
                    speaker, written = previous.speaker, previous.written
                source = subject or previous.attribution
                attribution = Attribution(None if subject else previous.attribution.verb,
                                          source.phrase, source.position, "before")
            elif subject is not None:
                attribution = subject
            else:
                speaker, written = speakers.speaker(attribution, span.start, events)
            if (speaker is None and attribution.side == "none" and previous is not None
                    and previous.speaker is not None
                    and is_quotation(text, span, attribution, doc)
                    and _goes_on(text, index, events, previous, span)):
                # A quote paragraph with no attribution, a paragraph or three after the last
                # speaker's words, nobody else named between: theirs (the news convention).
                speaker, written = previous.speaker, previous.written
                attribution = Attribution(None, previous.attribution.phrase,
                                          previous.attribution.position, "before")
            verb = attribution.verb
        if not is_quotation(text, span, attribution, doc):
            dropped.append(span)
            continue
        if attribution.side != "split" and not (
                previous is not None and adjacent(text, previous.span, span)
                and (speaker is None or previous.speaker in (None, speaker))):
            statement += 1  # (a quote right after another is its next paragraph, unless
            # its own attribution names someone else: "idiotic". "As Rock said, …," Strauss said)
        if attribution.phrase is not None:
            # No "he" or "she" lands on an organisation that spoke (but the model tags some
            # people as organisations: a person named in the narrative, a first name, or a
            # name that is all there is to go on, "Heretic writes", keep them people), nor on
            # several people ("the top players").
            if speaker is None:  # (a letter that "said" is not a "he" later)
                person = not _a_thing(doc, attribution)
            else:
                person = (speaker in people or not index.is_organisation(speaker)
                          or name_gender(speaker) is not None
                          or (written == speaker and " " not in speaker
                              and speaker not in index.called_organisations))
            person = person and not plural(doc, attribution) \
                and not index.is_place(speaker)  # ("North Korea said" is no "he" later)
            if not _unresolved_pronoun(doc, attribution, speaker):
                bisect.insort(events, Event(attribution.position, speaker, 2, person),
                              key=lambda e: e.position)
        if previous is not None and previous.speaker is None and speaker is not None \
                and previous.attribution.side == "none" and attribution.side == "after" \
                and attribution.verb is not None \
                and found and found[-1].start == previous.span.start \
                and same_sentence(text, previous.span, span):
            # “The fraud was staggering” and losses “off the chart,” he said: the attribution
            # after the second quote reports the first of its sentence too (another statement)
            found[-1] = replace(found[-1], speaker=speaker, speaker_as_written=written)
        found.append(Quote(
            article_id, span.start, span.end, text[span.start : span.end], speaker,
            written or None, verb, statement, span.unbalanced, span.multi_paragraph,
            title_case_line(text, span),
        ))
        previous = _Previous(span, attribution, speaker, written)
    # Short spans that were not speech on their own but repeat a quotation's words: the
    # speaker's words again.
    for span in dropped:
        echo = echoed(text, span, found)
        if echo is not None:
            statement += 1
            bisect.insort(found, Quote(
                article_id, span.start, span.end, text[span.start : span.end], echo.speaker,
                None, None, statement, span.unbalanced, span.multi_paragraph,
                title_case_line(text, span)), key=lambda q: q.start)
    found = [replace(q, speaker=speakers.named_after(q.start, q.end, q.speaker_as_written))
             if q.speaker is None else q for q in fill_statements(found)]
    return subheading_speakers(text, borrow_speakers(text, found))


def extract_quotes(article_id: str, text: str, model: Any = None) -> list[Quote]:
    """The quotations of one article's text, in order of position."""
    if not find_marked_spans(text):
        return []
    with english.one_thread():
        doc = (model or nlp())(text)
    return quotes_in(article_id, text, doc)
