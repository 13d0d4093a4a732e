"""Who an attribution's speaker phrase names, as a person of the article.

A name resolves to the full name the article gives ("Okafor" → "Helen Okafor"); a pronoun to the
last speaker or sentence subject before it, of its gender where the narrative shows it ("he
added"); a role to the person so described earlier ("the spokeswoman"); "the company" to the
organisation named last. The narrative's people come as :class:`Event` s in order of position.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from unspin.quotations.attribution import Attribution
from unspin.quotations.entities import EntityIndex, name_end, organisation_words, strip_titles
from unspin.quotations.gender import name_gender
from unspin.quotations.layout import (
    paragraph_end,
    paragraph_start,
    same_paragraph,
    title_case_line_at,
)
from unspin.quotations.lexicon import (
    ANONYMOUS,
    DESCRIBED_PEOPLE,
    DOCUMENT_WORDS,
    GOVERNING_BODIES,
    INDEFINITE,
    ORGANISATION_WORDS,
    PERSON_NOUNS,
    PRONOUNS,
    ROLE_WORDS,
    SPOKESPEOPLE,
    STATEMENT_WORDS,
    TITLE_WORDS,
    UTTERANCE_WORDS,
    WRITING_LEMMAS,
)
from unspin.quotations.parser import lemma
from unspin.text.fold import fold
from unspin.text.speech import SPEECH_LEMMAS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_NON_PERSON_LABELS = frozenset({"ORG", "GPE", "NORP", "FAC", "LOC", "PRODUCT", "WORK_OF_ART",
                                "EVENT", "LAW", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY",
                                "PERCENT", "QUANTITY", "LANGUAGE"})
_NUMERIC_LABELS = frozenset({"MONEY", "CARDINAL", "QUANTITY", "PERCENT", "ORDINAL", ""})


# Words describing a person in a speaker phrase a later sentence may name ("a member of the
# academy"), and the words of an anonymous source, whom no later name identifies.
_DESCRIBING = PERSON_NOUNS | DESCRIBED_PEOPLE | {"member"}
_ANONYMOUS_SOURCES = frozenset(
    """official officials source sources person people aide aides insider insiders witness
    witnesses resident residents someone somebody spokesman spokeswoman spokesperson
    representative analyst analysts expert experts observer observers senior""".split())
_UNNAMED = re.compile(r"anonymity|unnamed|unidentified|not authori[sz]ed|familiar with|"
                      r"to be (?:named|identified)", re.I)  # ("did not want to be named")


@dataclass(frozen=True, slots=True)
class Event:
    """A person in the article's narrative at ``position``: 2 speaker, 1 subject, 0 mention;
    ``person`` false for an organisation that spoke (no "he" or "she" refers to it)."""

    position: int
    name: str | None
    weight: int
    person: bool = True


def _head(tokens: list[Token]) -> Token:
    inside = {t.i for t in tokens}
    return next((t for t in tokens if t.head.i not in inside or t.head.i == t.i), tokens[-1])


def _mistagged_role(tokens: list[Token], head: Token) -> bool:
    """"the Tennis great said": a person noun ending a definite phrase that the tagger took for
    an adverb or adjective (the capitalised word before it is its modifier, not a name)."""
    return head.pos_ in ("ADJ", "ADV") and head.is_lower and len(tokens) > 1 \
        and head.i == tokens[-1].i and fold(tokens[0].text) == "the" \
        and fold(head.text) in PERSON_NOUNS | DESCRIBED_PEOPLE


def _object_of_preposition(run: list[Token], head: Token) -> bool:
    """Is the run of names the object of a preposition on ``head`` ("the chief executive of
    Acme Corp", "a spokesman at the Foreign Ministry")?"""
    return any(t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.head.i == head.i
               for t in run)


def _as_written(text: str, tokens: list[Token]) -> str:
    """The speaker phrase up to its first comma: "the spokeswoman", "Daria Kovalenko"."""
    words: list[Token] = []
    for t in tokens:
        if t.text == "," and words:
            break
        words.append(t)
    while words and words[-1].is_punct:
        words.pop()
    if not words:
        return ""
    return text[words[0].idx : words[-1].idx + len(words[-1].text)]


_ASIDE = re.compile(r"\([^()\n]*\)")


@lru_cache(maxsize=4)
def _asides(text: str) -> tuple[tuple[int, int], ...]:
    """The text's parenthesised asides on one line, as (start, end) offsets."""
    return tuple((m.start(), m.end()) for m in _ASIDE.finditer(text))


def _in_closed_aside(text: str, position: int, limit: int) -> bool:
    """Is ``position`` inside parentheses that close before ``limit``: someone an aside names
    ("(… Coinbase CEO Brian Armstrong carped on Twitter.)"), whom no "he" after it refers to?"""
    asides = _asides(text)
    k = bisect.bisect_right(asides, (position, len(text) + 1)) - 1
    return k >= 0 and asides[k][0] < position < asides[k][1] <= limit


def _after_head(head: Token) -> set[int]:
    """The tokens of the phrases and clauses that follow a noun phrase's head ("created by the
    former mayor" in "the charity created by the former mayor"): not the head's own words."""
    return {t.i for c in head.children if c.i > head.i and c.dep_ in ("prep", "acl", "relcl")
            for t in c.subtree}


@dataclass(frozen=True, slots=True)
class Speakers:
    """Resolves speaker phrases of one parsed article to its people (``genders`` by name)."""

    text: str
    doc: Doc
    index: EntityIndex
    genders: dict[str, str]

    def speaker(self, attribution: Attribution, quote_start: int, events: list[Event]
                ) -> tuple[str | None, str | None]:
        """(resolved speaker, speaker as written) for an attribution."""
        if attribution.phrase is None:
            return None, None
        tokens = list(self.doc[attribution.phrase[0] : attribution.phrase[1]])
        written = _as_written(self.text, tokens)
        head = _head(tokens)
        people = self.index.ents_in("PERSON", *attribution.phrase)
        # "Kenteris's lawyer, Gregory Ioannidis": the possessor is not the speaker, nor a name
        # modifying the role noun that heads the phrase ("the Terra co-founder": the model
        # tags firms as people; the co-founder is someone the article named)
        people = [e for e in people if e.root.dep_ != "poss" and not (
            e.end <= head.i and e.root.head.i == head.i and e.root.dep_ == "compound"
            and head.is_lower and ((head.pos_ == "NOUN" and fold(head.text) in PERSON_NOUNS)
                                   or _mistagged_role(tokens, head)))]
        # "Only Fools and Horses star David Jason": a name after a role noun ending the phrase,
        # else the one holding its head ("Chris Hawkins, host of …" keeps the first)
        last = max((t.i for t in tokens if not t.is_punct), default=-1)
        people.sort(key=lambda e: (
            not (e.end - 1 == last and e.start > tokens[0].i
                 and not any(t.text == "," for t in self.doc[tokens[0].i : e.start])
                 and self.doc[e.start - 1].pos_ == "NOUN" and self.doc[e.start - 1].is_lower),
            not e.start <= head.i < e.end))
        owner = self._owner(head, tokens, min(quote_start, attribution.position), events)
        if owner is not None:
            return owner, written
        if head.pos_ == "NOUN" and fold(lemma(head)) in GOVERNING_BODIES and any(
                c.dep_ == "poss" for c in head.children):
            # (its members are not the speaker: "the board of directors" is no director)
            return self._governed(head, tokens, min(quote_start, attribution.position)), written
        if fold(lemma(head)) in SPOKESPEOPLE | STATEMENT_WORDS and not people:
            body = self._body_of(head, tokens)
            if body is not None and fold(lemma(head)) in SPOKESPEOPLE and fold(
                    tokens[0].text) not in INDEFINITE:
                # "the Russian Foreign Ministry's spokeswoman stressed" after "the ministry's
                # spokeswoman Maria Zakharova said": the one person the article so names
                named = self._only_named(fold(head.text))
                if named is not None:
                    return named, written
            if body is not None:
                # "An IAAF statement", "a Delta spokesperson", "a spokesman for the UK Film
                # Council": the organisation speaks through them
                return body, written
        if fold(tokens[0].text) in INDEFINITE and head.pos_ == "NOUN" and not any(
                e.root.dep_ in ("appos", "compound", "nsubj") for e in people):
            # "one analyst quoted by the Agence France Presse news agency": an anonymous
            # source, whoever else the phrase names ("a senior member of Hamas, Mousa Abu
            # Marzook" names the speaker in apposition)
            return None, written
        if people:
            # (a headline's verb the model ran into the name after the phrase: "Elon Musk Takes
            # Over" is Elon Musk)
            first = people[0].start
            last = name_end(self.doc, first, people[0].end, attribution.phrase[1])
            return self.index.resolve_name(self.doc[first:last].text.split()), written
        if self._described_person(tokens, head):
            # "said the American", "the 55-year-old Frenchman added": the person last named
            # (before reading "Frenchman" as a name)
            return self._antecedent(min(quote_start, attribution.position), events, None,
                                    True), written
        name = self._name_in(tokens, head)
        if name is not None:
            return name, written
        if head.lower_ in ("who", "which", "that") and head.head.dep_ == "relcl":
            # "The IAAF - which said it was “very surprised”", "Chris Rock, who …": the
            # clause's noun speaks.
            noun = head.head.head
            k = head.i - 1
            while k > 0 and self.doc[k].is_punct:
                k -= 1
            if fold(lemma(noun)) in STATEMENT_WORDS and noun.i < k:
                # "a statement by Moferefere Lekorotsoana, chief of staff in the ministry …,
                # which says": the statement the clause hangs on, not the last noun before it
                return self._author_of(noun) or self._body_of(noun, list(noun.subtree)) \
                    or self._issued_by(noun), written
            if self.doc[k].pos_ in ("PROPN", "NOUN") and not (
                    noun.ent_type_ == "PERSON" and noun.sent.start == head.sent.start):
                # (a person of the same sentence the parse hangs it on stays: "a statement by
                # NAME, chief of staff in the ministry …, which says")
                noun = self.doc[k]  # the noun just before ", which" (parses of a headline
                # above the sentence can hang the clause elsewhere)
            first = noun.i
            while first > 0 and self.doc[first - 1].dep_ in ("compound", "flat") \
                    and self.doc[first - 1].head.i == noun.i:
                first -= 1
            words = [t.text for t in self.doc[first : noun.i + 1]]
            if noun.ent_type_ == "PERSON":
                return self.index.resolve_name(words), written
            if noun.pos_ == "PROPN":
                return self.index.organisation(" ".join(words)), written
            if fold(lemma(noun)) in STATEMENT_WORDS:
                # "The FBI also issued a statement that said: …": the statement's issuer
                return self._author_of(noun) or self._body_of(noun, list(noun.subtree)) \
                    or self._issued_by(noun), written
            return None, written
        limit = min(quote_start, attribution.position)
        body = self._named_body(tokens, head)
        if body is not None:
            return body, written
        if head.lower_ in ANONYMOUS and len(tokens) == 1:
            return None, written  # "until someone tells me “the radio's off”"
        if head.lower_ == "it":  # "it said": the organisation named last
            return self.index.last_organisation(limit), written
        if head.lower_ in PRONOUNS or (len(tokens) == 1 and tokens[0].pos_ == "PRON"):
            gender = {"he": "m", "him": "m", "she": "f", "her": "f"}.get(head.lower_)
            found = self._antecedent(limit, events, gender, gender is not None)
            if found is None and gender is not None and not any(
                    e.position < limit and e.name is not None for e in events):
                found = self._named_next(limit, gender)
            return found, written
        return self._role(tokens, head, quote_start, events), written

    def _owner(self, head: Token, tokens: list[Token], limit: int, events: list[Event]
               ) -> str | None:
        """Whose words a possessed utterance is ("…,” his statement read", "her voice broke as
        she … said", "Federer's statement said"): the possessor, a pronoun resolved as usual,
        or a person the article names ("the club's statement" is left to the organisations)."""
        inside = {t.i for t in tokens}
        owner = None
        if head.dep_ == "poss" and head.i + 1 in inside and head.head.i not in inside:
            # "…,” his post read": the tagger ran "read" into a noun and hung "his" on it
            owner, head = head, self.doc[head.i + 1]
        if head.pos_ != "NOUN" or fold(lemma(head)) not in UTTERANCE_WORDS:
            return None
        owner = owner or next((c for c in head.children if c.dep_ == "poss" and c.i in inside),
                              None)
        if owner is None:
            return None
        gender = {"his": "m", "her": "f"}.get(owner.lower_)
        if gender is not None:
            return self._antecedent(limit, events, gender, True)
        if owner.pos_ != "PROPN":
            return None
        first = owner.i
        while first - 1 in inside and self.doc[first - 1].dep_ in ("compound", "flat") \
                and self.doc[first - 1].pos_ == "PROPN":
            first -= 1
        resolved = self.index.resolve_name(self._run_words(list(self.doc[first : owner.i + 1])))
        return resolved if resolved in self.index.full_names else None

    def _governed(self, head: Token, tokens: list[Token], limit: int) -> str | None:
        """The body whose board or management speaks ("the company's board of directors
        said", "Acme's board", "its management"): the organisation, as "the company" or "it"
        would be resolved; the board's members are not the speaker."""
        inside = {t.i for t in tokens}
        owner = next((c for c in head.children if c.dep_ == "poss" and c.i in inside), None)
        if owner is None:
            return None
        if owner.lower_ == "its":
            return self._any_organisation(limit)
        if owner.pos_ == "PROPN":
            first = owner.i
            while first - 1 in inside and self.doc[first - 1].pos_ == "PROPN" \
                    and self.doc[first - 1].dep_ in ("compound", "flat"):
                first -= 1
            return self.index.organisation(
                " ".join(self._run_words(list(self.doc[first : owner.i + 1])))) or None
        if owner.pos_ == "NOUN" and fold(lemma(owner)) in ORGANISATION_WORDS and any(
                c.dep_ == "det" and fold(c.text) == "the" for c in owner.children):
            noun = fold(lemma(owner))
            return self.index.last_organisation_called(noun, limit) \
                or self._any_organisation(limit)
        return None

    def _any_organisation(self, limit: int) -> str | None:
        """The organisation last named before ``limit``, as "it" would be, else one named in
        passing ("the former CEO of Acme Corp")."""
        found = self.index.last_organisation(limit)
        if found is not None:
            return found
        named = [e for e in self.index.organisations if e.start_char < limit]
        return self.index.organisation(named[-1].text) or None if named else None

    @staticmethod
    def _described_person(tokens: list[Token], head: Token) -> bool:
        """A person described by nationality or age ("the American", "the 35-year-old")."""
        definite = bool(tokens) and fold(tokens[0].text) == "the"
        # (the head's own words, not a phrase after it: "the charity created by the
        # 98-year-old" is no person)
        after = _after_head(head)
        words = "".join(t.text_with_ws for t in tokens[:6] if t.i not in after).lower()
        return definite and (head.ent_type_ == "NORP" or "year-old" in words)

    def _name_in(self, tokens: list[Token], head: Token) -> str | None:
        """A proper name in the phrase that is a person's, not an organisation's or a role."""
        if head.pos_ == "PRON":
            return None
        role_head = fold(head.text) in ROLE_WORDS and (head.pos_ != "PROPN" or any(
            c.dep_ == "prep" and c.lower_ == "of" for c in head.children))
        # ("President of the European Central Bank vows": capitalised, still a role of a body)
        content = [t for t in tokens if not t.is_punct]
        if content == [head] and head.text[:1].isupper() and head.pos_ in ("NOUN", "PROPN") \
                and fold(head.text) not in ROLE_WORDS | PERSON_NOUNS:
            # One capitalised word opening a sentence ("Buttigieg calls Southwest “a complete
            # meltdown”", a headline), which the tagger may take for a common noun: the
            # person of the article whose surname it is.
            resolved = self.index.resolve_name([head.text])
            if resolved != head.text and resolved in self.index.full_names:
                return resolved
        if (len(content) >= 2 and content[-1].pos_ == "NOUN" and content[-1].dep_ != "appos"
                and content[-1].is_lower
                and fold(content[-1].text) in PERSON_NOUNS | DESCRIBED_PEOPLE) \
                or _mistagged_role(tokens, head):
            role_head = True  # "the Terra co-founder" (the parse may head it on "co")
        runs: list[list[Token]] = []
        for t in tokens:
            capital = (t.text[:1].isupper() and t.pos_ not in ("PRON", "DET", "ADP")
                       and t.i != t.sent.start and not (t.i and self.doc[t.i - 1].is_space))
            if t.pos_ == "PROPN" or capital:
                if runs and runs[-1][-1].i == t.i - 1:
                    runs[-1].append(t)
                else:
                    runs.append([t])
            elif t.text in ("-", "‐") and runs and runs[-1][-1].i == t.i - 1:
                runs[-1].append(t)  # "Morgan-Lloyd" is three tokens
        runs = [r for r in runs if r[-1].text not in ("-", "‐")]
        if runs and title_case_line_at(self.text, tokens[0].idx):
            # A headline capitalises its verb: the name ends before it ("Ukrainian President
            # Refuses to Evacuate, Tells U.S. …"), unless the word is a name of the article.
            runs = [r[: next((k for k, t in enumerate(r) if k and self._headline_verb(t)),
                             len(r))] for r in runs]
        named = [r for r in runs if not all(fold(t.text) in TITLE_WORDS | ROLE_WORDS for t in r)]
        if role_head:
            # "Their lawyer Gregory Ioannidis" names the person; "Brightwater boss", "the
            # Health Minister" is a role, resolved later, and so is "the chief executive of
            # Acme Corp" (the body the role is of, not its holder)
            people = [r for r in named if len(r) >= 2 and r[0].i > head.i
                      and not _object_of_preposition(r, head)]
            if not people:
                return None
            return self.index.resolve_name(strip_titles(self._run_words(people[0])))
        if not named:
            return None
        # the name the phrase is about ("Lt Col Eric Schnaible of the PCO"), else the last
        run = next((r for r in named if head in r), named[-1])
        if fold(run[-1].text) in ROLE_WORDS:
            return None  # "Kessling Water Mayor"
        words = strip_titles(self._run_words(run))
        if organisation_words(words):  # "Acme Corp said", whatever the model tagged
            return self.index.organisation(" ".join(words))
        resolved = self.index.resolve_name(words)
        # (a one-word name the model tagged a person elsewhere: "Midfielder Rodri’s strike" …
        # "Rodri told BT Sport")
        known = resolved in self.index.full_names or resolved in self.index.mentioned
        labels = {t.ent_type_ for t in run}
        # "Citlali Portillo, a tourist accommodation manager, told …": a name the phrase
        # describes in apposition as a person is one, whatever the model tagged it
        described = any(c.dep_ == "appos" and c.pos_ == "NOUN"
                        and (fold(c.text) in PERSON_NOUNS or fold(lemma(c)) in PERSON_NOUNS)
                        for t in run for c in t.children)
        if known or described or not labels & _NON_PERSON_LABELS:
            return self.index.organisation(resolved)
        if labels <= _NUMERIC_LABELS and head in run and head.ent_iob_ in ("B", "I"):
            # A speech verb's subject is no sum: "50 Cent said" (the model's MONEY)
            first = head.i
            while first > 0 and self.doc[first].ent_iob_ == "I":
                first -= 1
            return " ".join(self._run_words(list(self.doc[first : run[-1].i + 1])))
        if (labels <= {"ORG", ""} or (labels <= {"GPE", ""} and not any(
                t.dep_ == "conj" or any(c.dep_ == "conj" for c in t.children) for t in run)))\
                and head in run:
            # An organisation speaks for itself: "according to The Moscow Times", "Hamas said";
            # so does a country, for its government: "North Korea said".
            return self.index.organisation(" ".join(words)) or None
        return None

    def _run_words(self, run: list[Token]) -> list[str]:
        """The words of a run of tokens as the text writes them ("Morgan-Lloyd" whole)."""
        return self.text[run[0].idx : run[-1].idx + len(run[-1].text)].split()

    def _antecedent(self, limit: int, events: list[Event], gender: str | None, person: bool
                    ) -> str | None:
        """What "he"/"she" refers to: the last speaker or sentence subject named before, of the
        pronoun's gender where the narrative shows it (a ``person``, not an organisation that
        spoke). A subject of unknown gender gives way to a person of the pronoun's gender named
        before it in the same paragraph ("Alison Howe, producer of … With Jools Holland, booked
        …. “…,” she said"); a speaker of unknown gender does not."""
        fallback: Event | None = None
        unsure: Event | None = None
        for event in reversed(events):  # sorted by position: newest first from the limit back
            if event.position >= limit or (person and not event.person):
                continue
            if event.weight < 2 and self._aside_line(event.position):
                continue  # "CHECK THIS: Akufo Addo Responds To …", a link between paragraphs
            if _in_closed_aside(self.text, event.position, limit):
                continue  # "(“…,” NAME carped on Twitter.) … “…,” he said"
            if unsure is not None and not same_paragraph(self.text, event.position,
                                                         unsure.position):
                break
            known = None if event.name is None else \
                self.genders.get(event.name, name_gender(event.name))
            if gender is not None and known is not None and known != gender:
                continue
            if gender is not None and known is None and event.name is not None \
                    and event.weight == 1:
                unsure = unsure or event
                continue
            if (event.weight > 0 and unsure is None) or (unsure is not None and known == gender):
                return event.name
            if unsure is None and fallback is None and not self._beside(event.position, limit):
                fallback = event
        if unsure is not None:
            return unsure.name
        return fallback.name if fallback else None

    def _named_next(self, limit: int, gender: str) -> str | None:
        """Who a "he" or "she" before any name is on a page cut before its first name
        ("Speaking from Downing Street, he thanked …" … "Mr Johnson confirmed …"): the first
        person named after it, of the pronoun's gender where the narrative shows it."""
        for mention in self.index.mentions:
            if mention.position <= limit or mention.name is None \
                    or not all(w[:1].isupper() for w in mention.name.split()):
                continue
            if self.genders.get(mention.name, name_gender(mention.name)) == gender:
                return mention.name
        return None

    def named_after(self, start: int, end: int, written: str | None) -> str | None:
        """Who a quote nobody was found for is when the news names its speaker only after it
        (delayed identification): "A member of the Swedish Academy says … “…”" ¶ "Per
        Wastberg said …"; a headline's "Volkswagen CEO: ‘…’" over a lede's "The President and
        CEO of Volkswagen's US group has admitted …" ¶ "Michael Horn told …"; an article
        opening on a quote ¶ "NAME declared …". The speaker phrase (``written``) is a
        description of a person, not an anonymous source ("a White House official", "a
        source"), or there is none and no one is named before the quote; the person is the
        subject of a speech verb in the next paragraph (the next two below a headline), named
        there for the first time."""
        words = [fold(w) for w in re.findall(r"[\w'’-]+", written or "")]
        # (a definite one refers back, unless nobody is named before it: a lede's "The head of
        # the brewery's UK arm has admitted")
        if (written is None or words[0] in ("the", "this", "that")) and any(
                m.name is not None and m.position < start for m in self.index.mentions):
            return None
        if written is not None and (
                (words[0] in INDEFINITE and words[0] not in ("a", "an"))
                or not any(w in _DESCRIBING for w in words)
                or any(w in _ANONYMOUS_SOURCES for w in words)):
            return None  # (not "one analyst", "two witnesses")
        if _UNNAMED.search(self.text, paragraph_start(self.text, start),
                           paragraph_end(self.text, end)):
            return None
        reach = paragraph_end(self.text, end)
        for _ in range(2 if paragraph_start(self.text, start) == 0 else 1):
            following = re.compile(r"\n\s*\S").search(self.text, reach)
            if following is None:
                break
            reach = paragraph_end(self.text, following.end())
        before = {m.name for m in self.index.mentions if m.position < start}
        for mention in self.index.mentions:
            if mention.position < end or mention.name is None or not mention.subject:
                continue
            if mention.position >= reach or mention.name in before:
                return None  # (the first subject after it is someone named before)
            token = self.doc[self._token_at(mention.position)]
            while token.dep_ in ("compound", "flat", "appos") and token.head.i != token.i:
                token = token.head
            verb = token.head if token.dep_ in ("nsubj", "nsubjpass") else next(
                (t for t in self.doc[token.i : token.sent.end] if t.pos_ == "VERB"), token)
            # (the mention is a subject, whatever the parse hung it on: "Per Wastberg said")
            verbs = [verb, *(c for c in verb.children if c.dep_ == "conj")]
            if any(fold(lemma(v)) in SPEECH_LEMMAS or fold(lemma(v)) == "quote"
                   for v in verbs if v.pos_ == "VERB"):
                return mention.name
            return None
        return None

    def _headline_verb(self, token: Token) -> bool:
        """A headline's capitalised verb ("Refuses", "Tells"), which the model may take for a
        name: tagged a verb, in a title-case line, and no name of the article."""
        return token.tag_ in ("VBZ", "VBD") and title_case_line_at(self.text, token.idx) \
            and self.index.resolve_name([token.text]) not in self.index.full_names

    def _aside_line(self, position: int) -> bool:
        """Is ``position`` in a line set in title case below the headline: a link to another
        article or a sub-heading, not the narrative a pronoun goes back to?"""
        return paragraph_start(self.text, position) > paragraph_end(self.text, 0) \
            and title_case_line_at(self.text, position)

    def _beside(self, position: int, limit: int) -> bool:
        """Is the name at ``position`` the object of a preposition in the sentence of ``limit``
        ("Taking to Twitter, he wrote", "After speaking of Elie Wiesel, he said"): someone the
        pronoun's own clause speaks of, not the pronoun?"""
        token = self.doc[self._token_at(position)] if position < len(self.text) else None
        if token is None or token.sent.start != self.doc[self._token_at(limit)].sent.start:
            return False
        while token.dep_ in ("compound", "flat") and token.head.i != token.i:
            token = token.head
        return token.dep_ == "pobj"

    def _body_of(self, head: Token, tokens: list[Token]) -> str | None:
        """The organisation named on a spokesman or a statement: "An IAAF statement", "Big
        Brother's spokeswoman", "a spokesman for the UK Film Council"."""
        inside = {t.i for t in tokens}
        names = [c for c in head.children if c.dep_ in ("compound", "poss")
                 and c.pos_ == "PROPN" and c.i in inside]
        names += [g for c in head.children if c.dep_ == "prep" and c.lower_ in ("for", "from", "at")
                  for g in c.children if g.dep_ == "pobj" and g.pos_ == "PROPN" and g.i in inside
                  and not any(o.dep_ == "poss" and o.pos_ == "PROPN" for o in g.children)]
        # "a spokesman at the North's foreign ministry": the body that owns the ministry
        names += [o for c in head.children if c.dep_ == "prep" and c.lower_ in ("for", "from", "at")
                  for g in c.children if g.dep_ == "pobj" and g.i in inside
                  and (g.pos_ == "PROPN" or fold(lemma(g)) in ORGANISATION_WORDS)
                  for o in g.children if o.dep_ == "poss" and o.pos_ == "PROPN" and o.i in inside]
        if not names:
            # "a statement from the organisation", "a spokesman for the club": the body so
            # called, else the one named last
            body = next((g for c in head.children if c.dep_ == "prep"
                         and c.lower_ in ("for", "from", "at") for g in c.children
                         if g.dep_ == "pobj" and g.i in inside and g.pos_ == "NOUN"
                         and fold(lemma(g)) in ORGANISATION_WORDS and g.tag_ == "NN"
                         and any(d.dep_ == "det" and d.lower_ == "the" for d in g.children)),
                        None)
            if body is None:
                return None
            called = self.index.last_organisation_called(fold(lemma(body)), head.idx)
            if called is not None:
                return called
            last = self.index.last_organisation(head.idx)
            # (not a source reporting it in the sentence: "As Forbes reports, a spokesperson
            # for the budget airline said")
            return None if last is None or any(
                t.dep_ == "nsubj" and lemma(t.head).lower() in SPEECH_LEMMAS
                and self.index.organisation(t.text) == last for t in head.sent) else last
        name = names[0]
        first = min(t.i for t in name.subtree if t.pos_ == "PROPN")
        words = self._run_words(list(self.doc[first : name.i + 1]))
        return self.index.organisation(" ".join(words)) or None

    def _named_body(self, tokens: list[Token], head: Token) -> str | None:
        """A body the phrase names by a proper noun and what it is ("The Boston police"): its
        name, the noun capitalised."""
        if head.pos_ != "NOUN" or not head.is_lower or fold(head.text) not in ORGANISATION_WORDS \
                or (head.tag_ != "NN" and lemma(head).lower() != head.lower_):  # "police" either
            return None
        names = [c for c in head.children if c.dep_ == "compound" and c.pos_ == "PROPN"
                 and c.i in {t.i for t in tokens}]
        if not names:
            return None
        first = min(t.i for t in names[0].subtree)
        words = self._run_words(list(self.doc[first : names[0].i + 1]))
        return self.index.organisation(" ".join([*words, head.text.capitalize()]))

    def _author_of(self, statement: Token) -> str | None:
        """The person a statement is by ("a statement by Moferefere Lekorotsoana")."""
        for preposition in statement.children:
            if preposition.dep_ == "prep" and preposition.lower_ in ("by", "from"):
                for name in preposition.children:
                    people = [e for e in self.index.ents_in("PERSON", name.i, name.i + 1)]
                    people += [e for e in self.index.persons if e.start <= name.i < e.end]
                    if people:
                        return self.index.resolve_name(people[0].text.split())
        return None

    def _issued_by(self, statement: Token) -> str | None:
        """Who issued a statement they are the object of ("The FBI issued a statement …",
        "Reuters has released a statement …"), or who spoke in it ("Binance.US clarified in a
        tweet that …"): the verb's subject, if it names someone."""
        verb = statement.head
        if statement.dep_ == "pobj" and verb.lower_ in ("in", "via", "through") \
                and verb.head.pos_ == "VERB":
            verb = verb.head
        elif statement.dep_ != "dobj":
            return None
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if not subjects:
            return None
        tokens = [t for t in subjects[0].subtree if t.i < statement.i]
        if not tokens and statement.dep_ == "pobj":
            # the subject comes after the statement it spoke in: "In a letter to staff, Ruiz
            # said …" (not the words of the phrase itself)
            phrase = {t.i for t in statement.head.subtree}
            tokens = [t for t in subjects[0].subtree if t.i not in phrase]
        if not tokens:
            return None
        people = [e for e in self.index.ents_in("PERSON", tokens[0].i, tokens[-1].i + 1)
                  if e.root.dep_ != "poss"]
        if people:
            return self.index.resolve_name(people[0].text.split())
        subject = subjects[0]
        if subject.pos_ == "PROPN" and subject.i == tokens[-1].i:
            # "Binance.US clarified": a name the tokenizer cut at a dot is one word of the text
            start = tokens[0].idx
            while start > 0 and not self.text[start - 1].isspace():
                start -= 1
            word = self.text[start : subject.idx + len(subject.text)]
            if "." in word.strip(".") and word[:1].isupper():
                return self.index.organisation(word)
        return self._name_in(tokens, _head(tokens))

    def _issuer(self, before: int, noun: str) -> str | None:
        """Whose statement "the statement" is: the name on the last one before ("An IAAF
        statement said", "a statement from Lycos Europe"), ``noun`` the word the phrase
        calls it by."""
        for token in reversed(self.doc[: max(0, self._token_at(before))]):
            if fold(lemma(token)) not in STATEMENT_WORDS or self.index.quoted.covers(token.idx):
                continue
            issuer = self._body_of(token, list(token.subtree)) or self._issued_by(token)
            if issuer is not None or fold(lemma(token)) != noun:
                return issuer
            # (the same statement named again without its issuer: "“…,” read the statement.
            # ¶ “…,” the statement continued" goes back to "NAME posted a statement")
        return None

    def _writer_of(self, noun: str, before: int) -> str | None:
        """Who wrote "the letter", "the complaint": the name on the same noun earlier
        ("HonestReporting's accusation", "a letter from NAME"), else the subject of the last
        verb of writing in the paragraph or the one before ("Munoz emailed all employees",
        "Apple has issued a lawsuit"); nobody when the text does not say."""
        doc = self.doc
        paragraphs = 0
        for token in reversed(doc[:before]):
            if "\n" in token.text_with_ws and token.i < before - 1:
                paragraphs += 1
                if paragraphs >= 2:
                    break
            if self.index.quoted.covers(token.idx):
                continue
            if token.pos_ == "NOUN" and fold(lemma(token)) == noun:
                # (the same document named without its author: nobody named, "the
                # watchdog's accusation")
                return self._author_of(token) or self._body_of(token, list(token.subtree)) \
                    or self._issued_by(token)
            if token.pos_ == "VERB" and fold(lemma(token)) in WRITING_LEMMAS:
                subjects = [c for c in token.children if c.dep_ == "nsubj"]
                if not subjects:
                    continue
                tokens = list(subjects[0].subtree)
                people = [e for e in self.index.persons if e.start <= subjects[0].i < e.end]
                if people:
                    return self.index.resolve_name(people[0].text.split())
                if subjects[0].pos_ == "PROPN":
                    return self._name_in(tokens, subjects[0]) or self.index.organisation(
                        " ".join(self._run_words(tokens)))
                return None
        return None

    def _token_at(self, position: int) -> int:
        span = self.doc.char_span(position, position + 1, alignment_mode="expand")
        return span.start if span is not None else len(self.doc)

    def _role(self, tokens: list[Token], head: Token, quote_start: int, events: list[Event]
              ) -> str | None:
        """Who "the spokeswoman" is: the person so described earlier, else the last speaker."""
        words = [fold(t.text) for t in tokens]
        if words and (words[0] in INDEFINITE or tokens[0].like_num or (
                any(t.like_num for t in tokens[:2]) and head.tag_ in ("NNS", "NNPS"))):
            return None  # "two analysts", not "the two-time champion"
        # (the head's own words, not a clause or phrase after it: "the charity created by
        # the former mayor" is no mayor)
        after = _after_head(head)
        roles = {fold(t.text) for t in tokens if t.i not in after and (
            fold(t.text) in PERSON_NOUNS or fold(lemma(t)) in PERSON_NOUNS)}
        if not roles and fold(lemma(head)) in DOCUMENT_WORDS and words \
                and words[0] in ("the", "this", "that", "its", "his", "her", "their"):
            # (not a role: "in a tweet that NAME …" does not describe NAME as "tweet")
            return self._writer_of(fold(lemma(head)), head.i)
        if not roles and head.pos_ == "NOUN" and words and words[0] == "the" and any(
                fold(head.text) in m.description for m in self.index.mentions
                if m.position < quote_start):
            roles = {fold(head.text)}  # "The prop said" after "Wales prop Adam Jones"
        if not roles and ((head.pos_ == "NOUN" and head.tag_ == "NN"
                           and head.is_lower and words and words[0] == "the"
                           and (fold(head.text) in DESCRIBED_PEOPLE
                                or fold(lemma(head)) in DESCRIBED_PEOPLE))
                          or _mistagged_role(tokens, head)):
            roles = {fold(head.text)}  # "The Terra creator said": a person the article named
        if not roles:
            if (fold(lemma(head)) in ORGANISATION_WORDS | STATEMENT_WORDS and words
                    and words[0] in ("the", "its", "a", "an", "in")):
                if fold(lemma(head)) in STATEMENT_WORDS:
                    issuer = self._issuer(quote_start, fold(lemma(head)))
                    if issuer is not None:
                        return issuer
                if head.tag_ in ("NNS", "NNPS") and lemma(head).lower() != head.lower_:
                    return None  # "the groups said": several bodies, not the last one named
                # "the police", "the bank": the body so called, else the one named last
                return self.index.last_organisation_called(fold(lemma(head)), quote_start) \
                    or self.index.last_organisation(quote_start)
            return None
        key = fold(head.text) if fold(head.text) in roles else next(iter(sorted(roles)))
        modifiers = {fold(t.text) for t in tokens if t.is_alpha and not t.is_stop} - {key}
        mentions = self.index.mentions
        spoke = {e.name for e in events if e.weight == 2 and e.position < quote_start}
        best: tuple[int, int, str | None] | None = None
        for mention in mentions:
            if mention.position >= quote_start:
                break
            if not (mention.subject or mention.name in spoke):
                continue  # "… joint first with former AAA champion Diane Allahgreen"
            if key in mention.description or modifiers & mention.description:
                score = (key in mention.description) * 2 + len(modifiers & mention.description)
                if best is None or score >= best[0]:
                    best = (score, mention.position, mention.name)
        if head.tag_ in ("NNS", "NNPS"):
            return None  # "the show's producers"
        anonymous = self._introduced_anonymously(key, tokens[0].i)
        if anonymous is not None and (best is None or best[1] < anonymous[0]) and (
                anonymous[1] is not None or key not in SPOKESPEOPLE):
            return anonymous[1]  # "an unnamed executive at Euronext" … "the executive"
        if best is None and not any(e.position < quote_start for e in events):
            # a headline names the role before the article names the person
            best = next(((0, m.position, m.name) for m in mentions if key in m.description), None)
        if best is not None:
            return best[2]
        # nobody so described: "the …" is the last person who spoke or was a sentence's subject
        # ("his former adviser" is someone else's)
        return self._antecedent(quote_start, events, None, True) if words[0] == "the" else None

    def role_subjects(self) -> list[Event]:
        """The people the narrative makes a sentence's subject by a role ("On Monday, the
        foreign minister commented …" after "Foreign Minister Sergei Lavrov"): a subject event
        each, so that "he" after it is that person, not the last one named."""
        found: list[Event] = []
        for sentence in self.doc.sents:
            for subject in sentence.root.children:
                if subject.dep_ not in ("nsubj", "nsubjpass") or subject.ent_type_ == "PERSON" \
                        or subject.tag_ in ("NNS", "NNPS") \
                        or self.index.quoted.covers(subject.idx) \
                        or not any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children):
                    continue
                key = fold(subject.text)
                if key not in PERSON_NOUNS | ROLE_WORDS \
                        and fold(lemma(subject)) not in PERSON_NOUNS:
                    continue
                modifiers = {fold(t.text) for t in subject.subtree
                             if t.is_alpha and not t.is_stop and t.i <= subject.i} - {key}
                best: tuple[int, int, str | None] | None = None
                for mention in self.index.mentions:
                    if mention.position >= subject.idx:
                        break
                    if key in mention.description:  # (the role itself, not "Russian")
                        score = len(modifiers & mention.description) * 2 + mention.subject
                        if best is None or score >= best[0]:
                            best = (score, mention.position, mention.name)
                anonymous = self._introduced_anonymously(key, subject.i)
                if best is None or (anonymous is not None and best[1] < anonymous[0]):
                    continue
                found.append(Event(subject.idx, best[2], 1))
        return found

    def _only_named(self, key: str) -> str | None:
        """The person the article describes as ``key`` beside their name ("spokeswoman Maria
        Zakharova") most often, if one is (a photo credit run into a caption may pick up the
        words too)."""
        counts = Counter(m.name for m in self.index.mentions
                         if m.name and m.subject and key in m.description
                         and not self._describes_another(m.name, m.description))
        ranked = counts.most_common(2)
        if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
            return None
        return ranked[0][0]

    def _describes_another(self, name: str, description: frozenset[str]) -> bool:
        """Do the words describing ``name`` hold another person's full name, or does the name
        begin with one ("spokeswoman Maria Zakharova Anton Novoderezhkin/TASS", a photo credit
        run into a caption)? Then they describe that person."""
        return any(full != name and (all(fold(w) in description for w in full.split())
                                     or name.startswith(full + " "))
                   for full in self.index.full_names)

    def _introduced_anonymously(self, key: str, before: int) -> tuple[int, str | None] | None:
        """Where the article last brought in someone of role ``key`` without a name, before
        token ``before`` ("an unnamed executive at Euronext", "a spokesman"), if it did, and
        the organisation they speak for ("a Delta spokesperson")."""
        for token in reversed(self.doc[: before]):
            if fold(token.text) != key and fold(lemma(token)) != key:
                continue
            if self.index.quoted.covers(token.idx) or token.pos_ != "NOUN":
                continue
            determiners = [c for c in token.children if c.dep_ == "det"]
            named = any(c.dep_ in ("appos", "compound") and c.ent_type_ == "PERSON"
                        for c in token.children) or token.head.ent_type_ == "PERSON"
            if determiners and fold(determiners[0].text) in ("a", "an") and not named:
                return token.idx, self._body_of(token, list(token.subtree))
            if not named and key in SPOKESPEOPLE and any(
                    c.dep_ == "poss" and c.pos_ == "PROPN" for c in token.children):
                # "the North's foreign ministry spokesman said …" … "the spokesman said": the
                # unnamed spokesman of that body
                body = self._body_of(token, list(token.subtree))
                if body is not None:
                    return token.idx, body
            if named:
                return None  # a named one
            if determiners and fold(determiners[0].text) != "the":
                return None  # "his executive", "that executive": someone else's
            # "the spokesman" again: the same one as before, so look further back
        return None
