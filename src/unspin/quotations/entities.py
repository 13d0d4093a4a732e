"""The people and organisations an article's narrative names (outside its quotations).

spaCy's PERSON entities, less places it mistook for people, give the full names; every naming of
a person (an entity, or a later use of a known surname the model missed) becomes a
:class:`Mention` with the words describing the person there ("Daria Kovalenko, a spokeswoman")
and whether they are the subject of a main clause. A surname alone resolves to the full name the
article gives ("Okafor" → "Helen Okafor").
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from unspin.quotations.layout import QuotedRanges, title_case_line_at
from unspin.quotations.lexicon import PERSON_NOUNS, ROLE_WORDS, TITLE_WORDS
from unspin.quotations.names import initials, name_gender
from unspin.quotations.parser import lemma
from unspin.text.fold import fold
from unspin.text.speech import SPEECH_FORMS, SPEECH_LEMMAS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# A "PERSON" ending in one of these is a place the model mistook ("Mill Lane").
_PLACE_WORDS = frozenset(
    """lane street road avenue square way drive close court place park bridge river hill house
    hall centre center station airport bay island county city town village gate row terrace
    crescent gardens wharf quay""".split()
)


# "Tory MPs", "bank CEOs": a plural of an acronym ends no person's name.
_PLURAL_ACRONYM = re.compile(r"^[A-Z]{2,5}s$")

# "the London Stock Exchange (LSE)": an acronym defined by the words before it.
_ACRONYM = re.compile(r"((?:[A-Z][\w&'’.-]*\s+(?:(?:of|for|and|the|de)\s+)?){1,6}[A-Z][\w&'’.-]*)"
                      r"\s*\(([A-Z]{2,6})\)")


# Last words that make a name an organisation's: "Manchester United", "Acme Corp", "the London
# Stock Exchange" (the small model takes many clubs and firms for people or places).
_ORGANISATION_ENDINGS = frozenset(
    """united city fc afc club rovers athletic wanderers albion county rangers hotspur exchange
    bank group corp corporation inc ltd plc llc co company association federation council union
    institute university agency ministry commission committee party network holdings partners
    airlines airways motors foundation trust authority""".split()
)


def _product(entity: Span) -> bool:
    """A firm's name followed by an all-capital ticker or a product word the model took into
    the organisation ("Binance BNB", "PayPal USD"): not the firm's fuller name."""
    last = entity.text.split()[-1]
    return last.isupper() and last.isalpha() and 2 <= len(last) <= 5


def is_subject(root: Token) -> bool:
    """The subject of its clause, or the name in one ("LSE chief executive Clara Furse")."""
    while root.dep_ in ("compound", "appos", "flat") and root.head.i != root.i:
        root = root.head
    return root.dep_ in ("nsubj", "nsubjpass")


# Speech verbs whose object is the one spoken to ("he told the BBC", "urged the council").
LISTENING_LEMMAS = frozenset(
    "tell ask warn urge inform instruct advise caution answer remind assure brief".split())

# Nouns that call a name an organisation's when they stand beside it.
_ORGANISATION_NOUNS = frozenset(
    """club company firm group band team airline carrier bank retailer broadcaster newspaper
    magazine website network agency charity organisation organization maker manufacturer giant
    operator publisher startup label studio chain insurer lender exchange""".split()
)


def _without_possessive(words: list[str]) -> list[str]:
    """"Manchester United's" → "Manchester United"."""
    return [re.sub(r"(?<=s)['’]$|['’]s$", "", w) for w in words if w not in ("'s", "’s", "'", "’")]


def organisation_words(words: list[str]) -> bool:
    """Do the words name an organisation by their last word ("Acme Corp", "Manchester
    United's")?"""
    words = _without_possessive(words)
    return len(words) > 1 and fold(words[-1]) in _ORGANISATION_ENDINGS


def _organisation_text(text: str) -> str:
    """A name without "the" and possessives ("the Manchester United's" → "Manchester
    United")."""
    return " ".join(w for w in _without_possessive(text.split()) if w and w.lower() != "the")


def _organisation_name(entity: Span) -> bool:
    return organisation_words(entity.text.split())


def _cut_at_speech_verbs(text: str, ents: tuple[Span, ...]) -> tuple[Span, ...]:
    """A name in a headline set in title case ends before a speech verb the model ran it into
    ("Varga Tells Allies, ‘…’", "Zelensky Said …": the model reads capitals as a name)."""
    from spacy.tokens import Span

    kept: list[Span] = []
    for entity in ents:
        cut = next((t.i for t in entity[1:] if t.text[:1].isupper()
                    and t.lower_ in SPEECH_FORMS), None)
        if entity.label_ == "PERSON" and title_case_line_at(text, entity.start_char):
            # ... or before any verb the tagger saw in it ("Ukrainian President Refuses to
            # Evacuate": "Refuses" is no name)
            verb = next((t.i for t in entity if t.tag_ in ("VBZ", "VBD")), None)
            cut = min(c for c in (cut, verb) if c is not None) \
                if cut is not None or verb is not None else None
            if cut == entity.start:
                continue
            if cut is not None:
                entity = Span(entity.doc, entity.start, cut, label="PERSON")
        kept.append(entity)
    return tuple(kept)


def _with_described_people(doc: Doc, ents: tuple[Span, ...], quoted: QuotedRanges
                           ) -> tuple[Span, ...]:
    """spaCy's entities, with a name right after a person noun made a person's whatever the
    model tagged it ("Scissor Sisters frontwoman Ana Matronic": "Matronic" an ORG, "Ana"
    nothing): two or three capitalised proper nouns after a lower-case "frontwoman", "singer",
    "spokesman", not ending in an organisation's word ("director General Motors")."""
    from spacy.tokens import Span

    found: list[Span] = []
    for t in doc:
        if not (t.pos_ == "NOUN" and t.is_lower and fold(t.text) in PERSON_NOUNS):
            continue
        end = t.i + 1
        while end < len(doc) and end - t.i <= 4 and doc[end].pos_ == "PROPN" \
                and doc[end].text[:1].isupper() and doc[end].is_alpha:
            end += 1
        run = doc[t.i + 1 : end]
        if not 2 <= len(run) <= 3 or quoted.covers(run.start_char) \
                or all(w.ent_type_ == "PERSON" for w in run) \
                or organisation_words([w.text for w in run]) \
                or (end < len(doc) and doc[end].pos_ == "PROPN"):
            continue
        found.append(Span(doc, run.start, run.end, label="PERSON"))
    if not found:
        return ents
    kept = [e for e in ents if not any(e.start < f.end and f.start < e.end for f in found)]
    return tuple(sorted(kept + found, key=lambda e: e.start))


_MONTHS = frozenset("january february march april may june july august september october november "
                    "december".split())


def _given_names(doc: Doc, ents: tuple[Span, ...], quoted: QuotedRanges) -> tuple[Span, ...]:
    """A first name and a surname the model took for a date or nothing ("Theresa May" a DATE)
    are a person's: a first name the Census lists give a gender, then one capitalised proper
    noun, neither tagged a person, nor both one organisation or place (a one-word ORG or GPE
    is the model's guess at a lone capital), no other name run on before or after
    (titles aside: "Prime Minister Theresa May"); not a month and a date ("May Day")."""
    from spacy.tokens import Span

    found: list[Span] = []
    for first in doc[:-1]:
        last = doc[first.i + 1]
        if not (first.pos_ == "PROPN" and last.pos_ == "PROPN" and first.is_title
                and last.is_title and first.is_alpha and last.is_alpha
                and name_gender(f"{first.text} {last.text}") is not None):
            continue
        if any(e.start < last.i + 1 and first.i < e.end and not (
                e.label_ == "DATE" or (e.label_ in ("ORG", "GPE", "NORP") and len(e) == 1))
               for e in ents):
            continue  # (the model's one-word "Theresa" ORG is no firm; "Morgan Stanley" is)
        before = doc[first.i - 1] if first.i else None
        after = doc[last.i + 1] if last.i + 1 < len(doc) else None
        if (before is not None and before.pos_ == "PROPN" and before.is_title
                and fold(before.text) not in TITLE_WORDS) \
                or (after is not None and after.pos_ == "PROPN" and after.is_title) \
                or (fold(first.text) in _MONTHS and last.ent_type_ == "DATE") \
                or quoted.covers(first.idx) or fold(last.text) in _PLACE_WORDS:
            continue
        found.append(Span(doc, first.i, last.i + 1, label="PERSON"))
    if not found:
        return ents
    kept = [e for e in ents if not any(e.start < f.end and f.start < e.end for f in found)]
    return tuple(sorted(kept + found, key=lambda e: e.start))


_PERSONAL = frozenset({"he", "she", "him", "her", "his", "himself", "herself"})


def _people_by_pronouns(doc: Doc, ents: tuple[Span, ...], quoted: QuotedRanges
                        ) -> tuple[Span, ...]:
    """A name the model took for an organisation is a person's when the narrative calls it "he"
    or "she" ("The Celtics have been without Kristaps Porzingis, as he has been out …"): two or
    three capitalised proper nouns, no organisation's word, not joined to another name nor put
    after a noun for a thing ("his show Strip Search"), the only name of their sentence, a
    personal pronoun after them in it with no person noun or other subject between
    ("… Boerse's chief … he", "… by Sky News, a representative … said she")."""
    from spacy.tokens import Span

    def person_like(entity: Span) -> bool:
        before = doc[entity.start - 1] if entity.start else None
        return entity.label_ == "ORG" and 2 <= len(entity) <= 3 and all(
            t.pos_ == "PROPN" and t.is_alpha and t.is_title for t in entity) \
            and not organisation_words(entity.text.split()) \
            and entity.root.dep_ != "conj" \
            and not any(c.dep_ == "conj" for c in entity.root.children) \
            and not (before is not None and before.pos_ == "NOUN" and before.is_lower
                     and fold(before.text) not in PERSON_NOUNS)  # "his show Strip Search"

    changed = False
    kept: list[Span] = []
    for entity in ents:
        if person_like(entity) and not quoted.covers(entity.start_char):
            sentence = entity.sent
            others = [e for e in ents if e is not entity and (e.label_ == "PERSON" or person_like(
                e)) and sentence.start <= e.start < sentence.end]
            for t in doc[entity.end : sentence.end]:
                if quoted.covers(t.idx):
                    continue
                if (t.pos_ == "NOUN" and fold(t.text) in PERSON_NOUNS) or (
                        t.dep_ in ("nsubj", "nsubjpass") and t.pos_ in ("NOUN", "PROPN")):
                    break  # someone else the pronoun may be: "… by Sky News, a representative
                    # … said she"
                if t.lower_ in _PERSONAL and not others:
                    entity = Span(doc, entity.start, entity.end, label="PERSON")
                    changed = True
                    break
        kept.append(entity)
    return tuple(kept) if changed else ents


@dataclass(frozen=True, slots=True)
class Mention:
    """A person named at ``position``: full name and the words describing them around it."""

    position: int
    name: str | None
    description: frozenset[str]
    subject: bool


def _compact(word: str) -> str:
    """A name part without case, accents, hyphens or possessive ("Adeyemi-Clarke’s" →
    "adeyemiclarke")."""
    return re.sub(r"['’]s$|[^\w]", "", fold(word))


def strip_titles(words: list[str]) -> list[str]:
    """Drop leading titles and roles ("Fire Chief Tomas Brandt" → "Tomas Brandt"), and what
    follows the name when the model ran on into a score ("Roddick 6-2 7-6" → "Roddick")."""
    words = _without_possessive(words)
    cut = next((k for k, w in enumerate(words) if k and not w[:1].isalpha()), len(words))
    words = words[:cut]
    while len(words) > 1 and (fold(words[0]).rstrip(".") in TITLE_WORDS
                              or fold(words[0]) in TITLE_WORDS or not words[0][:1].isupper()):
        words = words[1:]
    return words


def name_end(doc: Doc, first: int, last: int, least: int = 0) -> int:
    """Where the name at tokens ``[first, last)`` ends without the title-case verbs the model
    ran into it in a headline ("Elon Musk Takes Over" is Elon Musk): trailing tokens tagged a
    finite verb are dropped, keeping one token at least and every token before ``least``."""
    while last - 1 > first and last - 1 >= least and doc[last - 1].tag_ in ("VBZ", "VBD", "VBP"):
        last -= 1
    return last


class EntityIndex:
    """The named entities of one parsed article, its people's full names and their mentions."""

    def __init__(self, text: str, doc: Doc, quoted: QuotedRanges) -> None:
        self.text = text
        self.doc = doc
        self.quoted = quoted
        # spaCy rebuilds this list on every access: read it once
        self.ents = _people_by_pronouns(doc, _given_names(doc, _with_described_people(
            doc, _cut_at_speech_verbs(text, tuple(doc.ents)), quoted), quoted), quoted)
        self._ent_starts = [e.start for e in self.ents]
        people = [e for e in self.ents
                  if e.label_ == "PERSON" and not quoted.covers(e.start_char)
                  and fold(e[-1].text) not in _PLACE_WORDS and e[0].pos_ != "DET"
                  and not _organisation_name(e) and not _PLURAL_ACRONYM.match(e[-1].text)]
        # A name the article calls a club, firm or band anywhere ("computer firm Apple",
        # "Borussia Dortmund, Germany's only listed football club") is an organisation's.
        described = {_organisation_text(e.text) for e in people if self._called_organisation(e)}
        # A name modifying the organisation noun right after it is no person either ("Glasgow
        # group Franz Ferdinand", "the Premiership club"), whatever it is.
        self.persons = [e for e in people if _organisation_text(e.text) not in described
                        and not self._modifies_organisation(e)]
        # Any name the article calls a firm or club ("OpenAI – the company behind …"), whatever
        # the model tagged it.
        self.called_organisations = described | {
            _organisation_text(e.text) for e in self.ents
            if e.label_ in ("ORG", "GPE") and not quoted.covers(e.start_char)
            and self._called_organisation(e)}
        # Organisations: the model's, and the clubs and firms it took for people or places.
        self.organisations = [e for e in self.ents if not quoted.covers(e.start_char) and (
            e.label_ == "ORG" or (e.label_ in ("PERSON", "GPE") and _organisation_name(e))
            or (e.label_ == "PERSON" and _organisation_text(e.text) in described))]
        # An acronym the model did not tag is an organisation's ("An IAAF statement said"),
        # not a role's ("CEO", "MP").
        self.organisations = sorted(
            self.organisations + [doc[t.i : t.i + 1] for t in doc if t.ent_iob_ == "O"
                                  and t.pos_ == "PROPN" and 2 <= len(t.text) <= 6
                                  and t.text.isupper() and t.text.isalpha()
                                  and fold(t.text) not in ROLE_WORDS | TITLE_WORDS
                                  and not quoted.covers(t.idx)],
            key=lambda e: e.start)
        self._organisations_seen: dict[str, str] = {}
        self._organisation_texts: set[str] | None = None
        self.full_names = self._full_names()
        self.mentions = self._mentions()
        self.mentioned = {m.name for m in self.mentions if m.name}
        self.acronyms = {m.group(2): m.group(1) for m in _ACRONYM.finditer(text)
                         if initials(m.group(1)).endswith(m.group(2)[-2:])}

    @staticmethod
    def _modifies_organisation(entity: Span) -> bool:
        root = entity.root
        return root.dep_ == "compound" and root.head.i == entity.end and \
            root.head.pos_ == "NOUN" and lemma(root.head).lower() in _ORGANISATION_NOUNS

    def _called_organisation(self, entity: Span) -> bool:
        """Is the name put beside a noun for an organisation: right before it ("football club
        Borussia Dortmund") or in apposition ("Dortmund, Germany's only listed club")?"""
        def organisational(token: Token) -> bool:
            return token.pos_ == "NOUN" and lemma(token).lower() in _ORGANISATION_NOUNS

        root = entity.root
        # the words before the name, back to a determiner, possessive, verb or preposition
        # ("German football club and former European champion Borussia Dortmund")
        before: list[Token] = []
        k = entity.start - 1
        while k >= 0 and entity.start - k <= 6 and not self.doc[k].is_punct and \
                self.doc[k].pos_ not in ("VERB", "AUX", "ADP", "DET", "PART", "PRON", "SPACE"):
            before.append(self.doc[k])
            k -= 1
        if any(map(organisational, before)) and not any(
                fold(t.text) in ROLE_WORDS for t in before):
            return True
        return ((entity.start > 0 and organisational(self.doc[entity.start - 1]))
                or (root.dep_ in ("appos", "conj") and organisational(root.head))
                or any(c.dep_ in ("appos", "compound", "conj", "nmod") and organisational(c)
                       for c in root.children))

    def ents_in(self, label: str, first: int, last: int) -> list[Span]:
        """Entities of ``label`` starting at tokens ``[first, last)``."""
        lo = bisect.bisect_left(self._ent_starts, first)
        hi = bisect.bisect_left(self._ent_starts, last)
        return [e for e in self.ents[lo:hi] if e.label_ == label]

    def _full_names(self) -> list[str]:
        names: dict[str, None] = {}
        for entity in self.persons:
            words = strip_titles(entity.text.split())
            if len(words) >= 2:
                names[" ".join(words)] = None
        return list(names)

    def resolve_name(self, words: list[str]) -> str:
        """A surname alone becomes the full name the article gives ("Okafor" → "Helen Okafor")."""
        words = strip_titles(words)
        name = " ".join(words)
        if len(words) > 1:  # "Abu Marzook" is "Moussa Abu Marzook" when the article says so
            tail = [_compact(w) for w in words]
            for full in self.full_names:
                parts = [_compact(w) for w in full.split()]
                if len(parts) > len(tail) and parts[-len(tail):] == tail:
                    return full
            return name
        key = _compact(words[0])
        best = None
        for full in self.full_names:
            parts = [_compact(w) for w in full.split()]
            if key in parts or key in ("".join(parts[k:]) for k in range(len(parts))):
                best = full  # "Adeyemi-Clarke" is "Ngozi Adeyemi Clarke"
        return best or name

    def organisation(self, name: str) -> str:
        """An organisation's name as written ("the club's" words aside: "the", a possessive),
        in full where the article gives it: its acronym spelled out ("LSE" → "London Stock
        Exchange"), or a short name the article names in full ("Delta" → "Delta Air Lines", as
        a surname gives a person's full name)."""
        known = self._organisations_seen.get(name)
        if known is None:
            known = self._organisations_seen[name] = self._organisation(name)
        return known

    def _organisation(self, name: str) -> str:
        name = _organisation_text(name)
        name = self.acronyms.get(name, name)
        if " " not in name:
            fuller = [e.text for e in self.organisations
                      if e.text.split()[0] in (name, f"{name}'s", f"{name}’s")
                      and len(e.text.split()) > 1 and not _product(e)]
            if not fuller and not any(e.text == name and e.label_ in ("ORG", "PERSON")
                                      for e in self.ents):
                # a country's short form the model did not tag ("the North's foreign ministry"
                # for North Korea, "the South" for South Korea): the place so named
                fuller = [e.text for e in self.ents if e.label_ == "GPE"
                          and e.text.split()[0] == name and len(e.text.split()) > 1]
            if fuller:
                return _organisation_text(max(fuller, key=len))
            # ... or as the text writes it, untagged: "Delta Airlines", "Lycos Europe Group"
            for match in re.finditer(r"(?<![\w&'’-])" + re.escape(name)
                                     + r"((?:\s+[A-Z][\w&'’-]*){1,3})", self.text):
                previous = self.text[max(0, match.start() - 30) : match.start()].split()
                if previous and previous[-1][:1].isupper() and not previous[-1].endswith("."):
                    continue  # inside a longer name ("Manchester United Supporters' …")
                words = match.group(0).split()
                cut = next((k for k in range(len(words), 1, -1)
                            if fold(words[k - 1]) in _ORGANISATION_ENDINGS), 0)
                if cut:
                    return " ".join(words[:cut])
        return name

    def is_organisation(self, name: str) -> bool:
        """Is ``name`` one an organisation goes by here: a name the article gives one, its
        acronym spelled out, or a fuller name starting with one ("Delta Airlines")?"""
        if self._organisation_texts is None:
            self._organisation_texts = {_organisation_text(e.text) for e in self.organisations}
            self._organisation_texts |= set(self.acronyms.values())
        words = name.split()
        return name in self._organisation_texts or (
            len(words) > 1 and words[0] in self._organisation_texts)

    def is_place(self, name: str | None) -> bool:
        """Is ``name`` a country or city the article names (one that speaks for its
        government: "North Korea said")?"""
        return name is not None and any(e.label_ == "GPE" and e.text == name for e in self.ents)

    def last_organisation(self, before: int) -> str | None:
        """The organisation last named before ``before`` outside quotations, leaving out one
        named as a place ("outside the Old Trafford ground")."""
        names = [e for e in self.organisations if e.start_char < before
                 and not self._place_or_listener(e)]
        if not names:
            return None
        # "it" and "the company" go on with an organisation that was the subject of this
        # sentence or the last ("The LSE rejected Deutsche Boerse's offer. But it agreed …"),
        # before one named in passing since.
        sentence = self.doc[names[-1].start].sent
        token = self.doc.char_span(before - 1, before, alignment_mode="expand")
        if token is not None:
            sentence = token.sent
        if sentence.start > 0:
            sentence = self.doc[sentence.start - 1].sent
            while sentence.start > 0 and not sentence.text.strip():  # a paragraph break
                sentence = self.doc[sentence.start - 1].sent
        subjects = [e for e in names if e.start >= sentence.start and is_subject(e.root)]
        return self.organisation((subjects or names)[-1].text) or None

    def last_organisation_called(self, noun: str, before: int) -> str | None:
        """The organisation last named before ``before`` whose name holds ``noun`` ("the police"
        → "West Midlands Police", "the bank" → "Silvergate Bank"), if any."""
        names = [e for e in self.organisations if e.start_char < before
                 and noun in {fold(t.text) for t in e} and not self._place_or_listener(e)]
        return self.organisation(names[-1].text) or None if names else None

    @staticmethod
    def _place_or_listener(entity: Span) -> bool:
        """An organisation named as a place ("outside the Old Trafford ground") or as the one
        told ("he told the BBC"), not as one that speaks."""
        root = entity.root
        if root.dep_ == "compound":
            root = root.head
        if root.dep_ == "pobj":  # but "a statement from Lycos Europe", "gathered by Netcraft"
            return root.head.lower_ not in ("from", "by")
        # (the one told, asked or warned; not "to continue leading OpenAI", whose object the
        # verb of speech "continue" leads nobody to address)
        return (root.dep_ == "dative" and lemma(root.head).lower() in SPEECH_LEMMAS) or (
            root.dep_ == "dobj" and lemma(root.head).lower() in LISTENING_LEMMAS)

    def _mentions(self) -> list[Mention]:
        """Every naming of a person outside quotes: spaCy's PERSON entities, and later uses of a
        known surname that the model missed ("Adeyemi-Clarke laughed")."""
        found: dict[int, Mention] = {}
        covered = sorted((e.start_char, e.end_char) for e in self.persons)
        covered_starts = [start for start, _ in covered]
        for entity in self.persons:
            name = self.resolve_name(entity.text.split())
            root = entity.root
            found[entity.start_char] = Mention(
                entity.start_char, name, self._description(entity.start, entity.end),
                self._is_subject(root))
        surnames = {full.split()[-1]: full for full in self.full_names}
        for surname, full in surnames.items():
            for match in re.finditer(r"(?<![\w-])" + re.escape(surname) + r"(?![\w-])", self.text):
                position = match.start()
                k = bisect.bisect_right(covered_starts, position) - 1
                if self.quoted.covers(position) or (k >= 0 and position < covered[k][1]):
                    continue  # inside a quotation, or part of a name spaCy found
                span = self.doc.char_span(position, match.end(), alignment_mode="expand")
                if span is None:
                    continue
                found[position] = Mention(position, full, self._description(span.start, span.end),
                                          self._is_subject(span.root))
        return sorted(found.values(), key=lambda m: m.position)

    def _is_subject(self, root: Token) -> bool:
        """Is the person the subject of a main clause (not of a relative clause)?"""
        possessor = root.dep_ == "poss" and not any(t.text in ("-", "–", "—", ",")
                                                    for t in root.subtree)
        subject_of = root
        while subject_of.dep_ in ("compound", "appos", "flat") and \
                subject_of.head.i != subject_of.i:
            subject_of = subject_of.head
        if subject_of.dep_ == "nsubj" and lemma(subject_of.head).lower() in SPEECH_LEMMAS:
            return True  # "… came as President George W Bush said the US backed …"
        if self._lost_subject(root):
            return True
        if possessor or any(a.dep_ in ("relcl", "acl", "ccomp", "advcl")
                            for a in root.ancestors):
            return False  # "whose brother Karim", "Ferguson believes Henry caught …", "The
            # problem with Mel Gibson's film"
        following = self.doc[root.i + 1 : root.i + 3]
        if len(following) == 2 and following[0].text == "," and following[1].lower_ == "who":
            # "Henson, who can now expect …": the subject of what follows, unless the sentence
            # has a person for subject ("Prutton has apologised to Robert Pires, who …")
            return not any(e.root.dep_ in ("nsubj", "nsubjpass") and e.end <= root.i
                           and e.start >= root.sent.start for e in self.persons)
        if (subject_of.dep_ in ("nsubj", "nsubjpass") and subject_of.head.dep_ == "pcomp") or any(
                c.dep_ == "mark" or (c.dep_ == "advmod" and c.tag_ == "WRB")
                for c in subject_of.head.children):
            return False  # "The firing was similar to when Steve Jobs was fired"
        if root.dep_ in ("nsubj", "nsubjpass") or (
                root.dep_ in ("appos", "compound") and root.head.dep_ in ("nsubj", "nsubjpass")):
            return True
        if subject_of.dep_ == "pobj" and any(c.dep_ in ("nsubj", "nsubjpass")
                                             for c in root.sent.root.children) and not (
                subject_of.head.lower_ == "for" and subject_of.head.i > 0
                and self.doc[subject_of.head.i - 1].lower_ == "as"):
            # "Per De Telegraaf, the ECB chief stated", "After speaking of NAME, he said": the
            # sentence has a subject of its own (but "As for NAME, he addressed the court" makes
            # NAME the topic)
            return False
        sentence_root = root.sent.root
        return root.i < sentence_root.i and not any(
            root.sent.start <= e.start and e.end <= root.i - 3 for e in self.persons)

    def _lost_subject(self, root: Token) -> bool:
        """Is the person the subject the parse hung on an opening phrase ("Speaking at a press
        conference in Washington, David Reitze, executive director of the project, announced
        …": Reitze made a conjunct of "Washington")? The main verb after the name has no
        subject, the name follows the opening phrase's comma, and only its own apposition
        stands between it and the verb."""
        doc, verb = self.doc, root.sent.root
        if verb.pos_ != "VERB" or verb.i <= root.i or root.dep_ in ("nsubj", "nsubjpass") \
                or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children):
            return False
        first = root.i
        while first > root.sent.start and doc[first - 1].dep_ in ("compound", "flat") \
                and doc[first - 1].head.i == root.i:
            first -= 1
        if first == root.sent.start or doc[first - 1].text != ",":
            return False
        between = doc[root.i + 1 : verb.i]
        return (len(between) == 0 or between[-1].text == ",") and all(
            t.is_punct or root in t.ancestors for t in between)

    def _description(self, first: int, last: int) -> frozenset[str]:
        """Words describing the person named by tokens ``[first, last)``: the titles before the
        name ("Fire Chief Tomas Brandt") and an apposition on either side ("Daria Kovalenko, a
        spokeswoman for …", "The Rovers captain, Kwame Asante-Boateng,")."""
        doc = self.doc
        words: list[Token] = []
        k = first - 1
        while k >= 0 and not doc[k].is_punct and doc[k].pos_ not in ("VERB", "AUX", "ADP") \
                and first - k <= 6:
            words.append(doc[k])
            k -= 1
        if k >= 0 and doc[k].text == ",":  # "The Rovers captain, NAME"
            j = k - 1
            while j >= 0 and not doc[j].is_punct and doc[j].pos_ not in ("VERB", "AUX") \
                    and k - j <= 8:
                words.append(doc[j])
                j -= 1
        if last < len(doc) and doc[last].text == ",":  # "NAME, a spokeswoman for …,"
            j = last + 1
            while j < len(doc) and not doc[j].is_punct and doc[j].pos_ not in ("VERB", "AUX") \
                    and j - last <= 10:
                words.append(doc[j])
                j += 1
        return frozenset(fold(t.text) for t in words
                         if t.is_alpha and not self.quoted.covers(t.idx))
