"""The attribution of a quoted span: the speech verb and the phrase naming its speaker.

We read the clause after the closing mark ("…,” said Gareth Price") and before the opening mark
("Daria Kovalenko, a spokeswoman, said: “…"), "according to …", a speaker before a colon
("Al-Hadad: …"), a "Lund wrote:" ending the paragraph before, and a sentence of reported speech
just before a quote that opens a sentence. The speaker phrase is a token range; who it names is
:mod:`unspin.quotations.speakers`' question.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from unspin.quotations.entities import EntityIndex, name_end
from unspin.quotations.layout import (
    QuotedRanges,
    opening_of,
    paragraph_end,
    paragraph_start,
    sentence_start,
    title_case_line,
    tokens_in,
)
from unspin.quotations.lexicon import (
    DESCRIBED_PEOPLE,
    ORGANISATION_WORDS,
    PERSON_NOUNS,
    ROLE_WORDS,
    TITLE_WORDS,
    UTTERANCE_WORDS,
)
from unspin.quotations.parser import lemma
from unspin.text.fold import fold
from unspin.text.marks import MarkedSpan
from unspin.text.speech import CHARACTERISING_LEMMAS, SPEECH_FORMS, SPEECH_LEMMAS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

Side = Literal["before", "after", "split", "colon", "none"]
_CLOSING = ('"', "”", "’", "'")
_OPENING = ('"', "“", "‘", "'", "«", "»", "„")


@dataclass(frozen=True, slots=True)
class Attribution:
    verb: str | None
    phrase: tuple[int, int] | None  # token range of the speaker phrase
    position: int  # character offset of the attribution
    side: Side


def _gerund_of_speech(word: str) -> bool:
    """"stating", "adding": a speech verb's -ing form that the tagger took for a noun."""
    if not word.endswith("ing") or len(word) < 6:
        return False
    stem = word[:-3]
    return any(base in SPEECH_LEMMAS for base in (stem, stem + "e", stem[:-1]))


def _mistagged_speech_verb(token: Token) -> bool:
    """"…,” the 23-year-old wrote.": a speech verb's finite form that the tagger took for a noun
    or an adjective after a quote (not a noun such a form also is: "claims", "reports"; not a
    name: "Amira Ben Said, whose brother …, told")."""
    word = token.lower_
    if word in ("read", "reads") and token.pos_ == "NOUN" and token.i > 0:
        # "…,” the DHS email read", "Okafor’s statement read": the tagger runs "read" into the
        # noun before it; after something said or written it is the verb
        return fold(lemma(token.doc[token.i - 1])) in UTTERANCE_WORDS
    return token.pos_ in ("NOUN", "ADJ", "PROPN") and token.text == word \
        and word in SPEECH_FORMS and (
        word.endswith("ed") or word in ("said", "says", "told", "tells", "wrote", "writes"))


def _participle(token: Token) -> bool:
    """"adding", "saying", "vowing": a speech verb's -ing form (or the noun the tagger made of
    it) heading a clause of its own."""
    return token.tag_ == "VBG" or (token.pos_ == "NOUN" and _gerund_of_speech(token.lower_))


def _characterising(token: Token) -> bool:
    """"called" with a subject: the subject's words follow ("Berg called the plan …")."""
    return (lemma(token).lower() in CHARACTERISING_LEMMAS and token.pos_ == "VERB"
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children))


def _speech_verb(tokens: list[Token], side: Side) -> Token | None:
    verbs = [t for t in tokens
             if (lemma(t).lower() in SPEECH_LEMMAS and t.pos_ in ("VERB", "AUX"))
             or (t.pos_ == "NOUN" and _gerund_of_speech(t.lower_))
             or (side == "before" and _characterising(t))
             or (side == "after" and _mistagged_speech_verb(t))]
    if not verbs:
        return None
    if side == "after":
        # an infinitive after a quoted fragment is no attribution ("a “massive honour” to
        # continue Peel's work")
        verbs = [t for t in verbs if not any(c.dep_ == "aux" and c.tag_ == "TO"
                                             for c in t.children)]
        # nor a speech verb inside a clause joined to another verb after the quote ("“evil”
        # and imposed a sentence … as long as the probation office suggested")
        inside = {t.i for t in tokens}
        verbs = [t for t in verbs if not any(
            a.i in inside and a.i < t.i and a.pos_ == "VERB" and a.dep_ in ("conj", "relcl")
            and lemma(a).lower() not in SPEECH_LEMMAS for a in t.ancestors)]
        return verbs[0] if verbs else None
    # A subordinate clause that closed before the quote reports nothing of it ("Madoff,
    # looking more haggard than when he pleaded guilty in March, stood … as the judge condemned
    # his crimes as “…”").
    last = tokens[-1].i
    verbs = [t for t in verbs if not _closed_before(t, last)]
    if not verbs:
        return None
    # Before the quote, the reporting verb is the sentence's main one, not a speech verb deep
    # in what is reported ("Mr Armes warned that developers had to learn how to tell
    # stories"): the shallowest in the parse, the last of equals.
    # A speech verb with a subject of its own wins over one without ("Adding he said, “…"):
    # the parse may hang the finite verb under the gerund.
    subjected = [t for t in verbs if any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)]
    if subjected and not any(c.dep_ in ("nsubj", "nsubjpass")
                             for c in min(reversed(verbs), key=_depth).children):
        verbs = subjected
    # ... unless a speech verb with a subject of its own opens the quote itself, at most its
    # object between them ("dispatcher Patrice Hughey said Manuel told her, “You know I have a
    # gun”", "CBS News reported that …, Manuel claimed he “didn't say nothing”"): the words are
    # that subject's.
    # A verb joined to another shares its subject ("when her husband died, Madoff held her
    # hand and said to her “your money is safe”": Madoff's words, not the main clause's).
    last = tokens[-1].i
    # (only the one spoken to between: "said to her", not "will advise them on “options”")
    openers = subjected + [t for t in verbs if t.dep_ == "conj" and t not in subjected
                           and t.head.pos_ in ("VERB", "AUX") and t.head.i >= tokens[0].i
                           and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.head.children)
                           and not any(u.pos_ == "ADP" and u.lower_ != "to" for u in tokens
                                       if t.i < u.i <= last)]
    opener = next((t for t in sorted(openers, key=lambda t: -t.i) if last - t.i <= 3
                   and not any(u.pos_ in ("VERB", "AUX") or u.text in (".", "!", "?")
                               for u in tokens if t.i < u.i <= last)), None)
    if opener is not None:
        return opener
    # ... or a participle opening it ("Zelensky offered a blunt response, saying that “the
    # fight is here”"): its speaker is the subject of the clause it hangs on
    participle = next((t for t in reversed(verbs) if _participle(t) and last - t.i <= 2
                       and t.dep_ in ("advcl", "xcomp", "conj")
                       and not any(u.pos_ in ("VERB", "AUX") for u in tokens
                                   if t.i < u.i <= last)), None)
    if participle is not None:
        return participle
    return min(reversed(verbs), key=_depth)


def _closed_before(verb: Token, last: int) -> bool:
    """Is ``verb`` in an adverbial clause that closed before the finite verb governing it,
    itself before token ``last`` ("Madoff, looking more haggard than when he pleaded guilty in
    March, stood … as": "pleaded" reports nothing after "stood")?"""
    if verb.dep_ not in ("advcl", "pcomp") or verb.right_edge.i >= last - 1:
        return False
    governor = next((a for a in verb.ancestors if a.pos_ in ("VERB", "AUX")
                     and (a.tag_ not in ("VBG", "VBN") or a.dep_ == "ROOT")), None)
    return governor is not None and verb.right_edge.i < governor.i <= last


def _opener(before: list[Token]) -> Token | None:
    """A speech verb with a subject of its own that introduces the quote right after it: only
    a comma or colon between them, and a word at most ("Ned Price said Thursday evening,",
    "Zelensky said in response:", "Manuel told her,")."""
    if not before or before[-1].text not in (",", ":"):
        return None
    for token in reversed(before[-6:-1]):
        if token.pos_ in ("VERB", "AUX") and lemma(token).lower() in SPEECH_LEMMAS:
            subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")
                        and c.lower_ not in ("it", "this", "that", "which", "who")]
            between = [t for t in before if token.i < t.i < before[-1].i]
            if subjects and not any(t.pos_ in ("VERB", "AUX") or t.text in ".!?;"
                                    for t in between):
                return token
            return None
        if token.text in ".!?;\"“”":
            return None
    return None


def _as_saying(verb: Token) -> bool:
    """"… reports a union source as saying": the verb reports someone else's words."""
    return any(c.dep_ == "prep" and c.lower_ == "as" and any(
        lemma(g).lower() in SPEECH_LEMMAS for g in c.children) for c in verb.children) or any(
        c.dep_ in ("advcl", "xcomp") and lemma(c).lower() in SPEECH_LEMMAS
        and any(m.lower_ == "as" for m in c.children) for c in verb.children)


def _in_adjunct_of(quoted: list[Token], verb: Token) -> bool:
    """Do the quoted words hang on ``verb`` through an adverbial clause of its own, not through
    what it reports ("Ministers could not answer questions … as such detail could be
    used to “ambush” them, spokesman Tom Reddle said": the words are not the answer's)?"""
    inside = {t.i for t in quoted}
    node = next((t for t in quoted if t.head.i not in inside), None)
    for _ in range(12):
        if node is None or node.i == verb.i or node.head.i == node.i:
            return False
        if node.dep_ == "advcl" and node.head.i == verb.i \
                and lemma(node).lower() not in SPEECH_LEMMAS:
            return True  # (not "Stables continues, saying that the family is “saddened”")
        node = node.head
    return False


def _depth(token: Token) -> int:
    depth = 0
    while token.head.i != token.i and depth < 50:
        token, depth = token.head, depth + 1
    return depth


def _according_to(doc: Doc, tokens: list[Token], credit: bool = False) -> Attribution | None:
    """"according to NAME", or with ``credit`` "per NAME" too: a source credited for words
    no speech verb reports ("…,” per the Athletic"; "miles per hour" credits nobody)."""
    for k, token in enumerate(tokens[:-1]):
        per = credit and token.lower_ == "per" and (
            k == 0 or tokens[k - 1].text in (",", "—", "–")) \
            and tokens[k + 1].pos_ in ("DET", "PROPN")
        if (token.lower_ == "according" and tokens[k + 1].lower_ == "to") or per:
            phrase = []
            for t in tokens[k + (1 if per else 2) :]:
                if t.text == "," and t.i + 1 < len(doc) and doc[t.i + 1].ent_type_ == "PERSON":
                    phrase.append(t)  # "according to his barrister, Simone Achterberg"
                    continue
                if t.is_punct or t.lower_ in ("who", "which", "that"):
                    break
                phrase.append(t)
            if phrase:
                return Attribution("per" if per else "according to",
                                   (phrase[0].i, phrase[-1].i + 1), token.idx, "after")
    return None


def _speaker_phrase(doc: Doc, verb: Token, tokens: list[Token], side: Side
                    ) -> tuple[int, int] | None:
    """The token range of the speech verb's subject within ``tokens``."""
    lo, hi = tokens[0].i, tokens[-1].i + 1
    governors = [verb]
    node = verb
    while node.dep_ in ("xcomp", "advcl", "conj", "acl", "dobj", "pcomp", "prep") and \
            node.head.i != node.i and len(governors) < 4:
        node = node.head  # "Hamas has tried to claim", "The NBA issued a statement saying"
        governors.append(node)
    if any(c.dep_ == "auxpass" for c in verb.children) and lemma(verb).lower() in SPEECH_LEMMAS \
            and lemma(verb).lower() not in ("quote", "report", "cite", "hear", "overhear"):
        # "Bitcoin was described as “a gambling token” by Mark Cuban", "Simonetti was told
        # …": a passive speech verb's subject is what was spoken of or to; its agent speaks.
        agent = [t.i for child in verb.children if child.dep_ == "agent"
                 for g in child.children if g.dep_ == "pobj" for t in g.subtree]
        return (min(agent), max(agent) + 1) if agent else None
    for governor in governors:
        if lemma(governor).lower() in ("quote", "report", "cite") and (
                governor is not verb or _as_saying(governor)):
            # "AP quoted prosecutor Russell McGuire as saying": the one quoted speaks
            objects = [t.i for child in governor.children if child.dep_ == "dobj"
                       and lo <= child.i < hi for t in child.subtree if lo <= t.i < hi]
            if objects:
                return min(objects), max(objects) + 1
        # every subject the parser hung on the verb ("Their lawyer" and "Gregory Ioannidis")
        subtree = [t.i for child in governor.children if child.dep_ in ("nsubj", "nsubjpass")
                   and lo <= child.i < hi for t in child.subtree if lo <= t.i < hi]
        if subtree:
            return min(subtree), max(subtree) + 1
    if side == "before" and verb.dep_ == "conj" and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        # "He added that the industry “has some good ideas” — … — but added some in the space
        # “implemented …”", "Munger opined that … and argued that …": a verb joined to another
        # with no subject of its own shares that verb's, even when it stands before the window
        # (before an earlier quote of the sentence).
        # The verb it is joined to, or the speech verb above that (the parse may join it to a
        # verb of the earlier quote: "… “has some good ideas” … but added").
        joined = verb.head
        while lemma(joined).lower() not in SPEECH_LEMMAS and joined.head.i != joined.i \
                and joined.dep_ in ("ccomp", "conj", "advcl", "xcomp"):
            joined = joined.head
        if lemma(joined).lower() not in SPEECH_LEMMAS:
            joined = verb.head
        subtree = [t.i for child in joined.children if child.dep_ in ("nsubj", "nsubjpass")
                   and child.i < verb.i and child.sent.start == verb.sent.start
                   for t in child.subtree if t.i < verb.i]
        if subtree:
            return min(subtree), max(subtree) + 1
    if side == "after" and verb.dep_ == "conj" and tokens[0].i > verb.i - 3:
        # "Ioannidis described the decision as “not unexpected” but told BBC Sport …": the
        # verb shares the subject of the one it is joined to, before the quote.
        subtree = [t.i for child in verb.head.children if child.dep_ in ("nsubj", "nsubjpass")
                   and child.i < lo and child.sent.start == verb.sent.start
                   for t in child.subtree if t.i < lo]
        if subtree:
            return min(subtree), max(subtree) + 1
    if side in ("after", "before") and _participle(verb) and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        # "Brady finished by admitting “the future is exciting”, adding that …", "Coinbase
        # denied the allegations as “legally unfounded,” expressing … while vowing to …": a
        # participle after the quote has no subject of its own; it shares that of the verb it
        # hangs on, before the quote. No such verb: no speaker phrase (not the words between).
        # (Not a subject inside the quote: "He concluded that “Shit happens,” before asking
        # …", where the parse may hang "asking" on "happens".)
        opening = lo - 2
        while opening >= verb.sent.start and doc[opening].text not in _OPENING:
            opening -= 1
        if side == "before":
            # "… is “my responsibility alone,” while admitting that “it’s not easy”": the
            # subject stands before the window (before the earlier quote)
            opening = lo
        node = verb
        for _ in range(5):
            if node.head.i == node.i:
                break
            node = node.head
            if side == "before" and any(
                    c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN" and c.is_lower
                    and fold(c.text) not in PERSON_NOUNS | DESCRIBED_PEOPLE
                    for c in node.children):
                continue  # not "the collapse" of "said that the collapse is …, while admitting"
            subtree = [t.i for child in node.children if child.dep_ in ("nsubj", "nsubjpass")
                       and child.i < opening and child.sent.start == verb.sent.start
                       for t in child.subtree if t.i < opening]
            if subtree:
                return min(subtree), max(subtree) + 1
        if side == "after":
            return None
    inverted = side == "after" and verb.i > tokens[0].i and doc[verb.i - 1].text == "," \
        and verb.i + 1 <= tokens[-1].i \
        and doc[verb.i + 1].pos_ in ("PROPN", "NOUN", "DET", "ADJ")
    if inverted or (side in ("after", "before") and all(t.is_punct for t in tokens
                                                         if t.i < verb.i)):
        # "…,” said Gareth Price", "Said Wales assistant coach Scott Johnson: “…", and a
        # headline's "… ‘every single process’ of JPMorgan’s operations, says CEO"
        phrase = []
        for t in tokens:
            if t.i <= verb.i:
                continue
            if t.is_punct and t.text not in ("-", "'", "’"):
                break
            phrase.append(t.i)
        return (phrase[0], phrase[-1] + 1) if phrase else None
    before = [t.i for t in tokens if t.i < verb.i]
    if not before:
        return None
    start = before[0]
    for i in reversed(before):
        if doc[i].text in (",", ";", ":", "(") and i < verb.i - 1:
            start = i + 1
            break
    return (start, verb.i) if start < verb.i else None


def find_attribution(text: str, doc: Doc, index: EntityIndex, span: MarkedSpan, after_hi: int,
                     before_lo: int) -> Attribution:
    """The attribution of ``span`` in ``text[close mark:after_hi]``, else in
    ``text[before_lo:opening mark]``, else on the line before; side "none" when there is none.
    In a headline set in title case, a speech verb whose phrase names nobody ("Do Kwon
    Interview Explains He's ‘Devastated’ by LUNA Collapse, Says ‘…’") has the headline's first
    person named for speaker."""
    found = _find_attribution(text, doc, index, span, after_hi, before_lo)
    if not title_case_line(text, span):
        return found
    line, opening = paragraph_start(text, span.start), opening_of(span)
    if found.side != "before":
        # The model parses a title-case line poorly ("Tells" a name): the speech verb written
        # before the quote in the line ("Varga Tells Allies, ‘…’ as White House Urges Him to
        # Leave") introduces it, not one in a clause after it.
        verb = next((t for t in reversed(tokens_in(doc, line, opening))
                     if t.lower_ in SPEECH_FORMS and t.lower_ != "according"), None)
        if verb is not None:
            found = Attribution(verb.text, (verb.i, verb.i), verb.idx, "before")
    if found.verb is None or found.phrase is None:
        return found
    if any(t.ent_type_ in ("PERSON", "ORG") or t.pos_ == "PRON"
           for t in doc[found.phrase[0] : found.phrase[1]]):
        return found  # (an empty phrase: the verb written before, whoever the model tagged)
    people = [(e.start, e.end) for e in index.ents_in("PERSON", 0, len(doc))
              if line <= e.start_char < opening]
    # (the model misses most names in title case: a person the article names, as written)
    for full in index.full_names:
        for name in (full, full.split()[-1]):
            at = text.find(name, line, opening)
            named = doc.char_span(at, at + len(name), alignment_mode="expand") if at >= 0 \
                else None
            if named is not None:
                people.append((named.start, named.end))
                break
    if found.phrase[0] == found.phrase[1]:
        # a name the model ran into the verb ("Varga Tells Allies") ends before it
        people = [(a, min(b, found.phrase[0])) for a, b in people if a < found.phrase[0]]
    if not people:
        return found if found.phrase[0] < found.phrase[1] else \
            Attribution(found.verb, None, found.position, found.side)
    return Attribution(found.verb, min(people), found.position, found.side)


# Titles written short before a name (AP style: "State Police Col. Roland Butler", "Sen.",
# "Lt. Gov."), whose dot the tokenizer may split off as a sentence's end.
_ABBREVIATED_TITLES = frozenset(
    "adm brig capt cmdr col cpl det dr gen gov insp lt maj mr mrs ms prof rep rev sen sgt supt "
    "pvt atty".split())


def _relayed(doc: Doc, span: MarkedSpan, cut: list[Token], credit: Attribution,
             before: list[Token] | None = None) -> Attribution:
    """A source credited after the quote ("…, according to the AP", "…, the Post reported")
    relays the words; whoever said them speaks, when the sentence says who: a speech verb with
    a subject before the credit ("NAME was quoted as saying …, according to the AP"), a
    passive's agent ("has been labelled a “…”, …, by NAME, according to a Reuters report"), a
    person acting in the words before the quote ("NAME slammed “…” …, the Post reported").
    A credit naming a person stands."""
    if credit.phrase is not None and any(t.ent_type_ == "PERSON"
                                         for t in doc[credit.phrase[0] : credit.phrase[1]]):
        return credit
    first = next(iter(tokens_in(doc, span.start, span.end)), None)
    if cut:
        verb = _speech_verb(cut, "after")
        phrase = _speaker_phrase(doc, verb, cut, "after") if verb is not None else None
        if verb is not None and phrase is not None:
            return Attribution(verb.text, phrase, verb.idx, "after")
        inside = {t.i for t in cut}
        for quoting in cut:
            # "NAME was quoted as saying in …": the one quoted speaks
            subject = next((c for c in quoting.children if c.dep_ in ("nsubj", "nsubjpass")
                            and c.i in inside), None)
            if quoting.pos_ == "VERB" and subject is not None and _as_saying(quoting):
                words = [t.i for t in subject.subtree if t.i in inside]
                return Attribution(quoting.text, (min(words), max(words) + 1), quoting.idx,
                                   "after")
        for by in cut:
            if by.dep_ == "agent" and first is not None and by.head.i < first.i and (
                    lemma(by.head).lower() in SPEECH_LEMMAS | CHARACTERISING_LEMMAS):
                agent = [t.i for g in by.children if g.dep_ == "pobj" for t in g.subtree]
                if agent:
                    return Attribution(by.head.text, (min(agent), max(agent) + 1), by.idx,
                                       "after")
    if before:
        acting = [t for t in before if t.dep_ == "nsubj" and t.ent_type_ == "PERSON"
                  and t.head.pos_ == "VERB" and first is not None
                  and t.head.i < first.i <= t.head.right_edge.i]
        if acting:
            subject = acting[0]
            words = [t.i for t in subject.subtree if before[0].i <= t.i <= before[-1].i]
            return Attribution(subject.head.text, (min(words), max(words) + 1), subject.idx,
                               "before")
    return credit


def _abbreviation_dot(doc: Doc, dot: Token) -> bool:
    """Is the "." the end of a title written short ("Col.") right before a name?"""
    return dot.i > 0 and dot.i + 1 < len(doc) and not doc[dot.i - 1].whitespace_ \
        and doc[dot.i - 1].lower_ in _ABBREVIATED_TITLES and doc[dot.i - 1].text[:1].isupper() \
        and doc[dot.i + 1].text[:1].isupper()


def _find_attribution(text: str, doc: Doc, index: EntityIndex, span: MarkedSpan, after_hi: int,
                      before_lo: int) -> Attribution:
    close = span.close_mark + 1 if span.close_mark >= 0 else span.end
    after = tokens_in(doc, close, after_hi)
    sentence_final = text[span.end - 1 : span.end] in ".!?" if span.end else False
    starts_lower = bool(after) and (after[0].is_punct or after[0].text[:1].islower())
    opening = opening_of(span)
    before = tokens_in(doc, before_lo, opening)
    # the words after the quote up to the end of their sentence
    window = after[: next((k for k, t in enumerate(after) if t.text in (".", "!", "?")
                           and not _abbreviation_dot(doc, t)), len(after))]
    if text[span.start : span.start + 1].islower() and not sentence_final and before:
        # Words quoted inside a sentence of reported speech are the reporting verb's subject's
        # ("Prosecutors said Jaynes was “a snake oil salesman”, …, AP reported"; "Stephens
        # said it was a “massive honour” to continue …"), not those of a verb after them.
        verb = _speech_verb(before, "before")
        quoted = tokens_in(doc, span.start, span.end)
        if verb is not None and any(c.dep_ == "nsubj" for c in verb.children) and \
                not (after and _according_to(doc, after)) and \
                not _in_adjunct_of(quoted, verb):
            return Attribution(verb.text, _speaker_phrase(doc, verb, before, "before"), verb.idx,
                               "before")
    if before:
        # "State Department spokesman Ned Price said Thursday evening, “He’s a prime target
        # …,” CNN reported", "according to the AP, Zelenskyy said, “I’m here …”": a speaker
        # and speech verb opening the quote itself outweigh a source credited around it.
        opener = _opener(before)
        credited = _according_to(doc, window)
        if credited is not None and credited.phrase is not None and any(
                t.ent_type_ == "PERSON" for t in doc[credited.phrase[0] : credited.phrase[1]]):
            opener = None  # "Hamas said, “…,” according to … Moussa Abu Marzook": a person
        if opener is not None:
            return Attribution(opener.text, _speaker_phrase(doc, opener, before, "before"),
                               opener.idx, "before")
    if after and (not sentence_final or starts_lower or text[span.end - 1] in "!?"):
        found = _according_to(doc, window)
        if found:
            return _relayed(doc, span, [t for t in window if t.idx < found.position], found)
        verb = _speech_verb(window, "after")
        if verb is not None:
            said = Attribution(verb.text, _speaker_phrase(doc, verb, window, "after"), verb.idx,
                               "after")
            if lemma(verb).lower() == "report":
                return _relayed(doc, span, [], said, before)
            return said
        if not (before and _speech_verb(before, "before")):
            # (a reporter credited for words someone said is no speaker: "“…,” she said, per
            # Budman", "one expert explains that “…,” per the Times")
            found = _according_to(doc, window, credit=True)
            if found:
                return found
    if before:
        found = _according_to(doc, before)
        if found:
            return Attribution(found.verb, found.phrase, found.position, "before")
        verb = _speech_verb(before, "before")
        if verb is not None:
            return Attribution(verb.text, _speaker_phrase(doc, verb, before, "before"), verb.idx,
                               "before")
        colon = _colon_speaker(text, doc, index, span, before)
        if colon is not None:
            return colon
    elif text[paragraph_start(text, opening) : opening].strip() == "":
        # "Lund wrote:" ends the paragraph before the quote.
        previous_end = paragraph_start(text, opening) - 1
        while previous_end > 0 and text[previous_end - 1].isspace():
            previous_end -= 1
        if previous_end > 0 and text[previous_end - 1] == ":":
            lo = paragraph_start(text, previous_end - 1)
            tokens = tokens_in(doc, lo, previous_end)
            verb = _speech_verb(tokens, "before")
            if verb is not None:
                return Attribution(verb.text, _speaker_phrase(doc, verb, tokens, "before"),
                                   verb.idx, "before")
            whose = _whose_words(index, tokens)
            if whose is not None:
                return whose
    return _headline_dash(text, doc, span) or _headline_colon(text, doc, index, span) \
        or Attribution(None, None, span.start, "none")


# Nouns for what a person said, introducing their words after a colon ("here are some of the
# important parts of Erdoğan's statements:").
_UTTERANCES = frozenset(
    "statement statements remark remarks comment comments word words answer answers speech "
    "message interview address".split())


def _whose_words(index: EntityIndex, tokens: list[Token]) -> Attribution | None:
    """A paragraph ending in a colon that introduces a person's words without a speech verb
    ("… parts from Erdoğan's statements:", "the remarks of Kim Jong Un:"): that person."""
    for token in tokens:
        if token.lower_ not in _UTTERANCES or token.pos_ != "NOUN":
            continue
        owners = [c for c in token.children if c.dep_ == "poss"]
        owners += [g for c in token.children if c.dep_ == "prep" and c.lower_ in ("of", "by",
                                                                                   "from")
                   for g in c.children if g.dep_ == "pobj"]
        for owner in owners:
            people = index.ents_in("PERSON", owner.i, owner.i + 1)
            if people:
                return Attribution(None, (people[0].start, people[0].end), people[0].start_char,
                                   "colon")
            if owner.pos_ == "PROPN" and index.resolve_name([owner.text]) in index.full_names:
                # a surname of someone the article named, whatever the model tagged it
                return Attribution(None, (owner.i, owner.i + 1), owner.idx, "colon")
    return None


_DASHES = (" — ", " – ", " - ")


def _headline_dash(text: str, doc: Doc, span: MarkedSpan) -> Attribution | None:
    """A headline's quoted words whose speaker follows a dash at its end ("Crypto needs ‘adult
    supervision’ and turmoil to ‘grow up’ — Microstrategy co-founder"): a short phrase with a
    person's name or a person noun, not a site's name ("… – Bitcoin News")."""
    if text[: span.start].strip().count("\n"):
        return None  # not the first line
    end = paragraph_end(text, span.end)
    line = text[span.end : end]
    dash = max((line.rfind(d) + len(d) for d in _DASHES if d in line), default=-1)
    if dash < 0:
        return None
    tail = [t for t in tokens_in(doc, span.end + dash, end) if not t.is_space]
    if not tail or len(tail) > 6 or any(t.pos_ in ("VERB", "AUX") or t.text in "'\"‘’“”"
                                        for t in tail):
        return None
    if not any(t.ent_type_ == "PERSON" or (t.pos_ == "NOUN" and t.is_lower
                                           and fold(t.text) in PERSON_NOUNS) for t in tail):
        return None
    return Attribution(None, (tail[0].i, tail[-1].i + 1), tail[0].idx, "after")


# What a stored page may hold before its headline on the first line (a date stamp).
_HEADLINE_LEAD = re.compile(r"\s*(?:date \d{4}-\d\d-\d\d)?\s*")


def _headline_colon(text: str, doc: Doc, index: EntityIndex, span: MarkedSpan
                    ) -> Attribution | None:
    """A headline opening on quoted words and a colon, then the person whose words they are
    ("‘Put mental health first’: Simone Biles reacts to exit from team final", "‘We will
    rebuild’: Mayor NAME visits flooded town"): the person named first after the colon, whatever
    the verb, when no verb or preposition stands before the name and no passive follows it
    ("‘Monster’: Police arrest NAME", "‘…’: NAME jailed for nine years" speak of NAME)."""
    opening = opening_of(span)
    if "\n" in text[:opening] or not _HEADLINE_LEAD.fullmatch(text[:opening]):
        return None
    close = span.close_mark + 1 if span.close_mark >= 0 else span.end
    end = paragraph_end(text, close)
    if not text[close:end].lstrip().startswith(":"):
        return None
    colon = text.index(":", close) + 1
    tail = [t for t in tokens_in(doc, colon, end) if not t.is_space][:6]
    if not tail:
        return None
    people = [(e.start, e.end) for e in index.ents_in("PERSON", tail[0].i, tail[-1].i + 1)]
    # (the model misses names in headlines: a person the article names, as written)
    for full in index.full_names:
        for name in (full, full.split()[-1]):
            at = text.find(name, colon, tail[-1].idx + len(tail[-1]))
            named = doc.char_span(at, at + len(name), alignment_mode="expand") if at >= 0 \
                else None
            if named is not None:
                people.append((named.start, named.end))
                break
    if not people:
        return None
    first, last = min(people)
    last = name_end(doc, first, last)
    if any(t.pos_ in ("VERB", "AUX", "ADP") or t.is_punct for t in tail if t.i < first):
        return None
    if last < len(doc) and doc[last].tag_ in ("VBD", "VBN") \
            and lemma(doc[last]).lower() not in SPEECH_LEMMAS:
        # "‘Nothing can restore what was lost’: NAME jailed …" is said of NAME (a headline
        # writes what its subject does in the present: the past form is a passive's)
        return None
    return Attribution(None, (first, last), doc[first].idx, "after")


def _colon_speaker(text: str, doc: Doc, index: EntityIndex, span: MarkedSpan,
                   before: list[Token]) -> Attribution | None:
    """"Al-Hadad: Velmora is ‘our closest friend’" (a headline's speaker before a colon) and
    "The captain, NAME, was furious: “…" (a clause introducing the quote with a colon)."""
    colons = [k for k, t in enumerate(before) if t.text == ":"]
    last = before[-1]
    if not colons and last.ent_type_ == "PERSON" and last.ent_iob_ in ("B", "I") and (
            last.i + 1 >= len(doc) or doc[last.i + 1].ent_iob_ != "I"):
        # "- Bolton boss Sam Allardyce “I am bitterly disappointed…”"
        first = last
        while first.i > before[0].i and first.ent_iob_ == "I":
            first = doc[first.i - 1]
        if any(t.pos_ in ("VERB", "AUX") for t in before if t.i < first.i):
            # "Biden has proclaimed that Putin “cannot remain in power”": a name inside a
            # sentence, before the quoted words it is the subject of, is spoken about
            return None
        return Attribution(None, (first.i, last.i + 1), first.idx, "colon")
    if not colons:
        return None
    head = before[: colons[0]]
    if head and len(head) <= 4 and all(t.pos_ == "PROPN" or t.text in "-‐" or _initials(t)
                                       for t in head[:-1]) and (
            head[-1].pos_ == "PROPN" or head[-1].text in "-‐" or _initials(head[-1])
            or (len(head) > 1 and fold(head[-1].text) in PERSON_NOUNS)):
        # "Al-Hadad:", an interview's "JM:" (the speaker's initials, whatever the tagger made
        # of them), a headline's "BP chief:", "Acme Airlines CEO:"
        return Attribution(None, (head[0].i, head[-1].i + 1), head[0].idx, "colon")
    if before[-1].text != ":":
        return None
    clause = before[:-1]
    people = index.ents_in("PERSON", clause[0].i, clause[-1].i + 1) if clause else []
    # A headline's "Senator to Mark Zuckerberg: ‘…’": the one spoken to follows "to"
    to = next((t.i for t in clause[1:4] if t.lower_ == "to" and t.pos_ == "ADP"), None)
    if to is not None and title_case_line(text, span):
        people = [e for e in people if e.start < to]
        if not people:
            return Attribution(None, (clause[0].i, to), clause[0].idx, "colon")
    if people:
        return Attribution(None, (people[0].start, people[0].end), people[0].start_char, "colon")
    subjects = [t for t in clause if t.dep_ in ("nsubj", "nsubjpass")]
    if subjects:
        subtree = [t.i for t in subjects[0].subtree if clause[0].i <= t.i <= clause[-1].i]
        return Attribution(None, (min(subtree), max(subtree) + 1), subjects[0].idx, "colon")
    # The parse found no subject (a subheading run into the sentence: "VIDEO: Boston marathon
    # explosion … The Boston police were the first … with a tweet:"): the noun phrase opening
    # the clause when a verb follows it.
    phrase: list[Token] = []
    for t in clause:
        if t.pos_ in ("DET", "PROPN", "NOUN", "ADJ") and not t.is_punct:
            phrase.append(t)
            continue
        if phrase and t.pos_ in ("AUX", "VERB") and (phrase[-1].pos_ == "PROPN" or fold(
                phrase[-1].text) in ORGANISATION_WORDS | PERSON_NOUNS):
            return Attribution(None, (phrase[0].i, phrase[-1].i + 1), phrase[0].idx, "colon")
        break
    return None


def credit_below(text: str, doc: Doc, index: EntityIndex, span: MarkedSpan
                 ) -> Attribution | None:
    """A quote standing alone on its line, with the line below it naming a person and no
    verb of theirs ("“…” ¶ David Reitze, LIGO executive director at Caltech", "“…” ¶ US Vice
    President Kamala Harris"): a pull quote's or a list of voices' credit line, whose person
    speaks. A line where the name is a sentence's subject ("NAME voted against …") credits
    nothing."""
    opening = opening_of(span)
    close = span.close_mark + 1 if span.close_mark >= 0 else span.end
    if text[paragraph_start(text, opening) : opening].strip() \
            or text[close : paragraph_end(text, close)].strip(" .,\t"):
        return None
    start = paragraph_end(text, close)
    while start < len(text) and text[start].isspace():
        start += 1
    if text[close:start].count("\n") > 2:
        return None  # (one blank line at most between)
    end = paragraph_end(text, start)
    line = text[start:end]
    if not line or any(mark in line for mark in '"“”‘«»') or len(line.split()) > 40:
        return None
    tokens = [t for t in tokens_in(doc, start, end) if not t.is_space]
    people = [e for e in index.persons if start <= e.start_char < end]
    if not tokens or not people:
        return None
    person = people[0]
    # the name opens the line, its titles aside ("US Vice President Kamala Harris")
    if not all(t.pos_ == "PROPN" or fold(t.text) in TITLE_WORDS | ROLE_WORDS
               for t in tokens if t.i < person.start):
        return None
    after = [t for t in tokens if t.i >= person.end]
    if after and after[0].text != ",":
        return None
    if any(t.pos_ in ("VERB", "AUX") and t.dep_ in ("ROOT", "conj") and t.head.i in (
            t.i, person.root.i) for t in after) or person.root.dep_ in ("nsubj", "nsubjpass"):
        return None  # "NAME, the council leader, voted against …": a sentence of its own
    return Attribution(None, (person.start, person.end), person.start_char, "after")


def _initials(token: Token) -> bool:
    """Two or three capitals that stand for a name ("JM")."""
    return token.is_alpha and token.is_upper and 2 <= len(token.text) <= 3


# Subjects that name nobody: "it was “a shambles”", "there were “serious concerns”".
_EMPTY_SUBJECTS = frozenset(
    "it this that these those there which who what something nothing".split())


def sentence_subject(text: str, doc: Doc, span: MarkedSpan, before_lo: int) -> Attribution | None:
    """Words quoted inside a sentence with no speech verb are its subject's ("Keane frontman Tom
    Chaplin thanked fans for enduring “rubbish gigs”", "he painted a picture of a machine that
    would offer “great video gaming …”"): the active subject, before the quote, of a verb whose
    clause holds the quote (side "none": this names a speaker, it does not make the span a
    quotation)."""
    opening = opening_of(span)
    tokens = tokens_in(doc, before_lo, opening)
    quoted = tokens_in(doc, span.start, span.end)
    if not tokens or not quoted:
        return None
    first = quoted[0].i
    owner = _remark_owner(tokens, first)
    if owner is not None:
        return owner
    subjects = [t for t in tokens if t.dep_ == "nsubj" and t.lower_ not in _EMPTY_SUBJECTS
                and t.pos_ in ("PROPN", "NOUN", "PRON") and t.head.pos_ in ("VERB", "AUX")
                and t.head.i < first <= t.head.right_edge.i]
    if not subjects:
        return None
    # the main clause's, not a relative clause's, unless a verb nearer the quote calls
    # something by the quoted words ("Madoff stood impassively as Judge Chin condemned his
    # crimes as “extraordinarily evil”")
    calling = [t for t in subjects if any(
        c.dep_ == "prep" and c.lower_ == "as" and c.i < first <= c.right_edge.i
        for c in t.head.children)]
    subject = min(calling or subjects, key=_depth)
    inside = [t.i for t in subject.subtree if tokens[0].i <= t.i <= tokens[-1].i]
    return Attribution(None, (min(inside), max(inside) + 1), subject.idx, "none")


# Nouns for what someone said whose "that" clause quotes it ("Biden's remark that …").
_REMARKS = frozenset("remark comment claim warning word".split())


def _remark_owner(tokens: list[Token], first: int) -> Attribution | None:
    """Words quoted in what a person's remark says are theirs ("walked back Biden's remark
    that Putin “cannot remain in power”", a headline's "Biden Comment That Putin …"), not
    those of the one the remark is about: a noun for something said, with a proper-noun
    possessor or modifier, whose clause holds the quote."""
    for noun in tokens:
        if noun.pos_ != "NOUN" or fold(lemma(noun)) not in UTTERANCE_WORDS | _REMARKS \
                or not noun.i < first <= noun.right_edge.i:
            continue
        if not any(c.dep_ in ("acl", "ccomp", "relcl") and c.left_edge.i <= first <= c.right_edge.i
                   for c in noun.children):
            continue
        owners = [c for c in noun.children if c.i < noun.i and c.pos_ == "PROPN"
                  and c.dep_ in ("poss", "compound")]
        if owners:
            owner = owners[-1]
            start = owner.i
            while start > tokens[0].i and owner.doc[start - 1].pos_ == "PROPN" \
                    and owner.doc[start - 1].dep_ in ("compound", "flat"):
                start -= 1
            return Attribution(None, (start, owner.i + 1), owner.doc[start].idx, "none")
    return None


def passive_agent(doc: Doc, span: MarkedSpan, after_hi: int) -> Attribution | None:
    """Words quoted in a passive clause are its agent's ("debt levels which were deemed “not …
    in the best interests of the company” by Manchester United's board", "was described as “…”
    by the minister"): the "by" phrase after the quote of a passive verb before it (side "none":
    this names a speaker, it does not make the span a quotation)."""
    close = span.close_mark + 1 if span.close_mark >= 0 else span.end
    quoted = tokens_in(doc, span.start, span.end)
    after = tokens_in(doc, close, after_hi)
    if not quoted or not after:
        return None
    first = quoted[0].i
    # the passive verb just before the quote ("were deemed “", "was described as “")
    passive = [v for v in doc[max(0, first - 5) : first] if v.tag_ == "VBN"
               and any(c.dep_ in ("auxpass", "nsubjpass") for c in v.children)]
    if not passive:
        return None
    for t in after[:2]:
        if t.lower_ != "by" or t.dep_ not in ("agent", "prep") \
                or t.sent.start != passive[-1].sent.start:
            continue
        objects = [o for o in t.children if o.dep_ == "pobj"]
        if not objects:
            return None
        inside = [u.i for u in objects[0].subtree if u.i >= t.i]
        return Attribution(None, (min(inside), max(inside) + 1), t.idx, "none")
    return None


def _issued_words(tokens: list[Token]) -> Attribution | None:
    """"The District Attorney's Office sent the following statement on Friday:", "the league
    released a statement:", "Ellen Fisk posted this message:": a sentence whose main verb has
    something said or written for its object (a statement, a message, "the following"),
    ending in the colon that introduces the quote, gives the quote to its subject, whatever the
    parse made of the subject's name (a role or a body's office is resolved as any speaker
    phrase is)."""
    for verb in tokens:
        if verb.dep_ != "ROOT" or verb.pos_ != "VERB":
            continue
        said = any(c.dep_ == "dobj" and (fold(lemma(c)) in UTTERANCE_WORDS or any(
            fold(m.text) == "following" for m in c.children)) for c in verb.children)
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if not said or subject is None or subject.lower_ in _EMPTY_SUBJECTS:
            return None
        phrase = [t.i for t in subject.subtree if tokens[0].i <= t.i <= tokens[-1].i]
        return Attribution(verb.text, (min(phrase), max(phrase) + 1), subject.idx, "before")
    return None


def _main_subject(token: Token) -> bool:
    """Is the token (part of) the subject of its sentence's main verb ("US captain Patrick
    McEnroe wants …")?"""
    subject = False
    while token.dep_ != "ROOT" and token.head.i != token.i:
        if token.dep_ in ("nsubj", "nsubjpass"):
            subject = True
        elif token.dep_ not in ("compound", "appos", "flat"):
            return False
        token = token.head
    return subject and token.pos_ in ("VERB", "AUX")


def reported_before(text: str, doc: Doc, quoted: QuotedRanges, span: MarkedSpan,
                    previous_end: int | None) -> Attribution | None:
    """"Adam Jollans said the move was genuine. “We believe…”": a quote opening a sentence right
    after a sentence of reported speech is that speaker's (when no other quote stands in that
    sentence; ``previous_end`` is where the previous quotation ends)."""
    opening = opening_of(span)
    paragraph = paragraph_start(text, opening)
    if not text[paragraph:opening].strip():
        # A quote standing as its own paragraph: the last sentence of the paragraph before
        # ("Furthermore, CryptoQuant advised caution for the coming weeks."), or one ending in
        # a colon that introduces it ("Kwon stated:", "NAME praised the crew in a statement:").
        end = paragraph - 1
        while end > 0 and text[end - 1].isspace():
            end -= 1
        if end <= 0 or text[end - 1] not in ".!?:":
            return None
        paragraph, sentence = paragraph_start(text, end - 1), end
    else:
        sentence = sentence_start(text, doc, span)
        if text[sentence:opening].strip():
            return None
    lo = paragraph
    head = tokens_in(doc, paragraph, sentence)
    for t in reversed(head[:-1]):
        if t.text in (".", "!", "?"):
            lo = t.idx + 1
            break
    if previous_end is not None and previous_end >= lo:
        # The sentence before holds a quote: its speaker goes on, unless that quote ended its
        # own sentence and a sentence of narrative follows it (`…as you go." Mr Armes warned
        # that …. "In some ways…`).
        after = previous_end + 1 if text[previous_end : previous_end + 1] in _CLOSING else \
            previous_end
        if text[previous_end - 1 : previous_end] not in (".", "!", "?") or \
                not text[after:sentence].strip() or not text[after:sentence].strip()[0].isupper():
            return None
        lo = after
    tokens = [t for t in tokens_in(doc, lo, sentence) if not quoted.covers(t.idx)]
    verb = _speech_verb(tokens, "before")
    if verb is None and text[sentence - 1 : sentence] == ":":
        issued = _issued_words(tokens)
        if issued is not None:
            return issued
    if verb is None:
        # "McEnroe wants his team to play more on clay. “I think it will help …”": a quote
        # opening the sentence after one whose subject is a person (or an organisation) is
        # theirs, unless the quote speaks of them by name ("And Scotland forward Simon Taylor
        # looks certain to get the call. “… Simon Taylor is an outstanding player …”").
        quoted_words = set(text[span.start : span.end].split())
        people = [t for t in tokens if (t.ent_type_ in ("PERSON", "ORG")
                                        or t.lower_ in ("he", "she")) and _main_subject(t)
                  and t.text not in quoted_words]
        if not people:
            return None
        # the person, not the body naming their post ("White House press secretary NAME"),
        # whole
        named = next((t for t in people if t.ent_type_ == "PERSON"), people[0])
        first = last = named
        while first.ent_type_ and first.i > tokens[0].i and \
                doc[first.i - 1].ent_type_ == first.ent_type_:
            first = doc[first.i - 1]
        while last.ent_type_ and last.i < tokens[-1].i and doc[last.i + 1].ent_iob_ == "I":
            last = doc[last.i + 1]
        return Attribution(None, (first.i, last.i + 1), first.idx, "before")
    phrase = _speaker_phrase(doc, verb, tokens, "before")
    return Attribution(verb.text, phrase, verb.idx, "before") if phrase else None
