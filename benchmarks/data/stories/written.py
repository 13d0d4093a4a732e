# ruff: noqa: E501
"""Articles written for the stories set, with their labels. Released under CC0-1.0.

Every article here was written by us for this set: the places, companies, people, coins, clubs
and outlets are invented (as in tests/data/gate/), and any likeness to a real one is chance. The
texts go inline into articles.jsonl (`text`, `title`, `published` where the article is dated,
`url` on an invented domain, `byline` where the outlet gives one).

They supply the hard cases the stored web pages can only label (their text cannot be copied):

- the same topic on other days (daily price reports on one coin, one team's matches over a
  month, one strike from its announcement to its settlement, three months of inflation
  figures): each day, match, step or month is a story of its own, with the same names and
  similar numbers as its neighbours, and one outlet's report template reused day after day;
- an event's live blog with the wire's first report, its write-through and the next day's
  follow-up: one story;
- two independent reports of one press conference quoting the same words, each republished on
  another site: one story, two families;
- ordinary independent reports of one event by three or four outlets in their own words.

TOPICS: topic id -> one-line description. A topic (a storyline, a run of like reports, or one
event) is the unit of the split: all its stories go to one side. PAIRS pairs like topics; in each
pair the topic whose sha256 hex digest is lower goes to dev and the other to held (build.py).

STORIES: story id -> (one-line description, hard-case tags, topic). The first tag is the
article labels' `hard_case` (in snake_case).

ARTICLES: one dict per article (id, story, family, original, role, title, published or None,
url, byline or None, text). Roles: original, independent_same_story, live_blog, write_through
(the wire's later version of its own story, reusing its paragraphs), wire_copy (the wire story
run by a client, credited), verbatim_copy (republished whole, with a farm's byline and footer or
a new date), edited_copy (republished with light edits: new headline, a trimmed or reworded
paragraph).
"""

from __future__ import annotations

import re

WRITTEN_SOURCE = "written"

TOPICS = {
    "lumora": "Daily reports on the Lumora (LMR) token, Monday 10 to Friday 14 March 2025",
    "pellaria-cpi": "Pellaria's monthly inflation figures for January, February and March 2025",
    "kilmarden": "Kilmarden Town's four matches of October 2025 and their manager's new contract",
    "kelverton-strike": "Kelverton transit strike, May 2025: announced, day one, talks, settlement",
    "corranmore": "Capsizing of the ferry Corranmore, 16 August 2025",
    "vossberg": "Explosion at the Vossberg Polymers plant in Stenmore, 19 November 2025",
    "verdane": "Verdane Motors' press conference closing its Lowmoor plant, 10 June 2025",
    "tarrant": "Port Elvin's press conference closing the Tarrant Viaduct, 4 September 2025",
    "culmere-boat": "Bronze Age log boat found in Culmere Moss, July 2025",
    "swiftcrate": "Swiftcrate customer data breach, January 2025",
    "marlbeck-recall": "Marlbeck supermarkets' infant formula recall, February 2025",
    "oyston-trial": "Former Quarrington mayor Bernard Oyston convicted of fraud, April 2025",
    "gullhaven-whale": "Sperm whale stranded on Gullhaven Sands, April 2025",
    "rhosmere-marathon": "Course record at the Rhosmere Marathon, October 2025",
}

PAIRS = [
    ("lumora", "pellaria-cpi"),
    ("kilmarden", "kelverton-strike"),
    ("corranmore", "vossberg"),
    ("verdane", "tarrant"),
    ("culmere-boat", "swiftcrate"),
    ("marlbeck-recall", "oyston-trial"),
    ("gullhaven-whale", "rhosmere-marathon"),
]

_DAY = ["same-topic-other-day", "one-event-several-reports"]
_MONTH = ["same-topic-other-day", "one-event-several-reports"]
_MATCH = ["same-team-other-match", "one-event-several-reports"]
_STEP = ["storyline-other-day", "one-event-several-reports"]
_LIVE = ["live-blog-and-follow-ups", "one-event-several-reports"]
_QUOTES = ["shared-quotes-two-families", "one-event-several-reports"]
_SEVERAL = ["one-event-several-reports"]

STORIES: dict[str, tuple[str, list[str], str]] = {
    "written:lumora-2025-03-10": (
        "LMR falls 6% to $41.20 after the Cobaltex exchange pauses withdrawals (Mon 10 Mar 2025)",
        _DAY,
        "lumora",
    ),
    "written:lumora-2025-03-11": (
        "Cobaltex resumes withdrawals, LMR rebounds 4% to $42.90; Ridgeline upgrade dated (Tue 11 Mar)",
        _DAY,
        "lumora",
    ),
    "written:lumora-2025-03-12": (
        "Ashgrove Capital files for a spot Lumora fund; LMR up 6% to $45.60 (Wed 12 Mar)",
        _DAY,
        "lumora",
    ),
    "written:lumora-2025-03-13": (
        "Whale moves 1.2m LMR to Cobaltex; LMR slips 2.8% to $44.30 (Thu 13 Mar)",
        _DAY,
        "lumora",
    ),
    "written:lumora-2025-03-14": (
        "Ridgeline testnet stalls for three hours on launch day; LMR dips to $43.65 (Fri 14 Mar)",
        _DAY,
        "lumora",
    ),
    "written:pellaria-cpi-2025-01": (
        "Pellaria's inflation rises to 3.4% in January 2025 on energy tariffs",
        _MONTH,
        "pellaria-cpi",
    ),
    "written:pellaria-cpi-2025-02": (
        "Pellaria's inflation rises to 3.6% in February 2025, food and rents",
        _MONTH,
        "pellaria-cpi",
    ),
    "written:pellaria-cpi-2025-03": (
        "Pellaria's inflation eases to 3.1% in March 2025 as vegetable prices fall",
        _MONTH,
        "pellaria-cpi",
    ),
    "written:kilmarden-ardley-2025-10-04": (
        "Kilmarden Town 2-1 Ardley Wanderers, Saltings Road (Sat 4 Oct 2025)",
        _MATCH,
        "kilmarden",
    ),
    "written:hexley-kilmarden-2025-10-18": (
        "Hexley United 3-0 Kilmarden Town, Furnace Lane; Denholm sent off (Sat 18 Oct 2025)",
        _MATCH,
        "kilmarden",
    ),
    "written:kilmarden-morrow-2025-10-22": (
        "Kilmarden Town 1-1 Morrow Vale, Saltings Road; Brannigan misses a penalty (Wed 22 Oct 2025)",
        _MATCH,
        "kilmarden",
    ),
    "written:kilmarden-trask-contract-2025-10-30": (
        "Manager Eamon Trask signs a new contract to 2028 (Thu 30 Oct 2025): same names, not a match",
        ["same-names-other-event", "one-event-several-reports"],
        "kilmarden",
    ),
    "written:kilmarden-fenmouth-2025-11-01": (
        "Kilmarden Town 2-0 Fenmouth City, Saltings Road; Haverkamp saves a penalty (Sat 1 Nov 2025)",
        _MATCH,
        "kilmarden",
    ),
    "written:kelverton-strike-called-2025-05-12": (
        "Kelverton transit union announces an indefinite strike from 19 May after its ballot",
        _STEP,
        "kelverton-strike",
    ),
    "written:kelverton-strike-day1-2025-05-19": (
        "Kelverton strike, day one: no trams or buses, pickets at Dunstan Road",
        _STEP,
        "kelverton-strike",
    ),
    "written:kelverton-strike-talks-2025-05-21": (
        "Kelverton strike: eleven hours of talks at the conciliation service end without a deal",
        _STEP,
        "kelverton-strike",
    ),
    "written:kelverton-strike-deal-2025-05-23": (
        "Kelverton strike: deal of 6.1% over two years, strike suspended, services back Saturday",
        _STEP,
        "kelverton-strike",
    ),
    "written:corranmore-2025-08-16": (
        "Ferry Corranmore capsizes off Skerrin Head: live blog, wire alert and write-through as the toll rises, next-day follow-up",
        _LIVE,
        "corranmore",
    ),
    "written:vossberg-blast-2025-11-19": (
        "Explosion at Vossberg Polymers, Stenmore: live blog, wire alert and write-through, next-day reports",
        _LIVE,
        "vossberg",
    ),
    "written:verdane-lowmoor-2025-06-10": (
        "Verdane Motors to close its Lowmoor plant: two reports of the press conference with the same quotes, each republished",
        _QUOTES,
        "verdane",
    ),
    "written:tarrant-viaduct-2025-09-04": (
        "Tarrant Viaduct closed after cracks found: two reports of the press conference with the same quotes, each republished",
        _QUOTES,
        "tarrant",
    ),
    "written:culmere-boat-2025-07-08": (
        "Peat cutters find a 3,200-year-old log boat in Culmere Moss",
        _SEVERAL,
        "culmere-boat",
    ),
    "written:swiftcrate-breach-2025-01-22": (
        "Parcel firm Swiftcrate says 2.3 million customers' data stolen",
        _SEVERAL,
        "swiftcrate",
    ),
    "written:marlbeck-recall-2025-02-18": (
        "Marlbeck recalls its own-brand infant formula over possible bacterial contamination",
        _SEVERAL,
        "marlbeck-recall",
    ),
    "written:oyston-verdict-2025-04-10": (
        "Former Quarrington mayor Bernard Oyston found guilty of fraud over the harbour fund",
        _SEVERAL,
        "oyston-trial",
    ),
    "written:gullhaven-whale-2025-04-27": (
        "Sperm whale strands on Gullhaven Sands; rescue fails and it dies overnight",
        _SEVERAL,
        "gullhaven-whale",
    ),
    "written:rhosmere-marathon-2025-10-12": (
        "Selam Gebru sets a course record at the Rhosmere Marathon",
        _SEVERAL,
        "rhosmere-marathon",
    ),
}

ARTICLES: list[dict] = []


def add(
    aid: str,
    story: str,
    family: str | None,
    role: str,
    published: str | None,
    title: str,
    url: str,
    byline: str | None,
    text: str,
) -> None:
    ARTICLES.append(
        {
            "id": f"written:{aid}",
            "story": story,
            "family": family,
            "original": role == "original",
            "role": role,
            "title": title,
            "published": published,
            "url": url,
            "byline": byline,
            "text": re.sub(r"\n{3,}", "\n\n", text.strip()) + "\n",
        }
    )


# ---------------------------------------------------------------------------------------------
# Lumora (LMR): five days, five stories. Blockwire writes news; TokenTape runs the same
# technical-analysis template every day with that day's levels.

S = "written:lumora-2025-03-10"
add(
    "lmr-0310-blockwire",
    S,
    None,
    "independent_same_story",
    "2025-03-10",
    "Lumora tumbles 6% as Cobaltex freezes LMR withdrawals",
    "https://blockwire.example/markets/2025/03/10/lumora-tumbles-cobaltex-freezes-withdrawals",
    "Hanna Rusk",
    """
Lumora's LMR token dropped more than 6% on Monday after Cobaltex, one of the largest venues for the coin, halted withdrawals late on Sunday and gave little explanation beyond "unscheduled wallet maintenance".

LMR changed hands at around $41.20 in the European afternoon, down from $43.85 at the start of the day, according to Blockwire's price index. At its lowest, shortly after 07:00 UTC, it touched $40.15, a level last seen in mid-February.

The freeze, which began at 22:00 UTC on Sunday, set off a wave of forced selling in derivatives markets. Data from LiqTrack show that $184 million of leveraged long positions on LMR were liquidated in the 24 hours to Monday noon, the most since the token's crash in November.

Cobaltex chief executive Arjun Sethna posted on social media that "all customer funds are safe and fully backed" and that withdrawals would reopen "as soon as the migration to our new wallet infrastructure is complete". He did not give a time. Deposits and trading were unaffected.

Traders were not reassured. On-chain records show that wallets linked to Cobaltex held about 9% of circulating LMR at the end of February, which means any doubt about the exchange quickly becomes a doubt about the token.

"When the biggest pool of your coin suddenly can't move, the market assumes the worst first and asks questions later," said Dmitri Sablin, head of research at Northkey Digital. "If Cobaltex reopens within a day or two, most of this move will look like an overreaction."

The Lumora Foundation, which oversees the network's development, said the network itself was operating normally and that it was in contact with the exchange.
""",
)
add(
    "lmr-0310-tokentape",
    S,
    None,
    "independent_same_story",
    "2025-03-10",
    "Lumora (LMR) Price Dives Below $42 – Will Bulls Defend $40?",
    "https://tokentape.example/lumora-lmr-price-dives-below-42",
    "Aayush Varma",
    """
Lumora price started a fresh decline below the $43.50 zone. LMR is now trading below $42 and might extend losses toward the $40 support.

Key Points
- Lumora price started a fresh decline below the $43.50 and $42.80 levels.
- The price is trading below $42 and the 100-hourly simple moving average.
- There is a key bearish trend line forming with resistance near $42.20 on the hourly chart of the LMR/USD pair (data feed via Cobaltex).
- The pair could continue to move down if it stays below the $42.20 zone.

Lumora Price Dips Again
Lumora price failed to stay above the $43.80 level and started a fresh decline. LMR declined below the $43.50 and $42.80 support levels. The bears even pushed the price below the $41.50 level as the freeze on Cobaltex withdrawals weighed on sentiment.

A low was formed at $40.15 and the price is now consolidating losses. There was a minor recovery wave above the 23.6% Fib retracement level of the downward move from the $43.92 swing high to the $40.15 low.

LMR price is now trading below $42 and the 100-hourly simple moving average. On the upside, the price could face resistance near the $42.20 level and the trend line. The first major resistance is near the $42.80 level. A close above $42.80 might send the price toward the $43.50 resistance. Any more gains might call for a test of $44.

Another Decline?
If Lumora fails to clear the $42.20 resistance, it could start another decline. Immediate support on the downside is near the $41.00 level. The first major support is near the $40.15 low. A downside break below $40.15 might push the price toward the $39.20 support in the near term.

Technical Indicators
Hourly MACD – The MACD for LMR/USD is gaining pace in the bearish zone.
Hourly RSI (Relative Strength Index) – The RSI for LMR/USD is now below the 50 level.
Major Support Levels – $41.00 and $40.15.
Major Resistance Levels – $42.20 and $42.80.
""",
)

S = "written:lumora-2025-03-11"
F = "written:fam-lmr-0311-blockwire"
_lmr_0311 = """
Cobaltex reopened withdrawals of Lumora's LMR token early on Tuesday, ending a 31-hour freeze that had knocked the coin to a four-week low, and the price recovered much of Monday's fall.

LMR rose 4.1% to $42.90 by midday in London, according to Blockwire's price index. The token had fallen as low as $40.15 on Monday as traders worried about the exchange's solvency.

In a statement published at 05:00 UTC, Cobaltex said it had completed the move of its LMR reserves to a new custody system and that "every pending withdrawal request has been processed". The exchange said 14,300 withdrawal requests had queued up during the pause. It apologised for giving customers too little notice and said it would announce future maintenance at least 48 hours ahead.

Blockchain records bear this out: about 2.6 million LMR left Cobaltex wallets in the first six hours after the reopening, roughly the amount that would have been expected over two normal days.

Separately, the Lumora Foundation confirmed that the network's long-awaited Ridgeline upgrade, which is meant to cut transaction fees by around 40%, will activate on the main network on 8 April at block 19,400,000. A public test network running the upgrade is due to launch on Friday.

"Monday was a liquidity scare, not a solvency event, and today's flows show it," said Yara Feldt, a derivatives trader at Quillstone Markets. "With a firm date for Ridgeline the market now has something else to look at."

Funding rates on LMR perpetual futures, which had turned sharply negative on Monday, returned to roughly neutral on Tuesday, a sign that the rush of bets against the coin had eased.
"""
add(
    "lmr-0311-blockwire",
    S,
    F,
    "original",
    "2025-03-11",
    "Lumora rebounds as Cobaltex reopens withdrawals; Ridgeline upgrade set for April 8",
    "https://blockwire.example/markets/2025/03/11/lumora-rebounds-cobaltex-reopens",
    "Hanna Rusk",
    _lmr_0311,
)
add(
    "lmr-0311-cryptofeedhub",
    S,
    F,
    "verbatim_copy",
    None,
    "Lumora rebounds as Cobaltex reopens withdrawals; Ridgeline upgrade set for April 8",
    "https://cryptofeedhub.example/lumora-rebounds-as-cobaltex-reopens-withdrawals-ridgeline-upgrade-set-for-april-8/",
    "Admin",
    _lmr_0311
    + """
Disclaimer: The information provided on CryptoFeedHub is for general information only and does not constitute investment advice. Cryptocurrencies are volatile; do your own research.

Join our Telegram channel for the latest crypto news and price alerts!
""",
)

S = "written:lumora-2025-03-12"
add(
    "lmr-0312-ledgerpost",
    S,
    None,
    "independent_same_story",
    "2025-03-12",
    "Fund filing lifts Lumora to three-week high",
    "https://ledgerpost.example/digital-assets/fund-filing-lifts-lumora-to-three-week-high",
    "Odile Fenn",
    """
An application to launch the first exchange-traded fund holding Lumora directly pushed the token to its best level in three weeks on Wednesday, two days after an exchange outage had sent it sliding.

Ashgrove Capital, the Fallowfield-based asset manager with about $38 billion under management, filed papers with the Markets Conduct Authority late on Tuesday for the Ashgrove Lumora Trust, a fund that would buy and store LMR tokens and list its shares on the Fallowfield Stock Exchange. The filing names a fee of 0.45% a year and a custody arrangement with a regulated trust bank.

LMR climbed 6.3% to $45.60 in afternoon trading, its highest since 19 February. Trading volume across the main exchanges reached about $2.1 billion, more than double the daily average of the past month.

The regulator has 240 days to rule on the application and has never approved a fund of this kind for a token other than the two largest cryptocurrencies. People who follow the agency said a decision before the autumn was unlikely.

For now the filing matters more for what it signals than for any money it might bring in. "A manager of Ashgrove's size doesn't spend on lawyers for a product it thinks will be thrown out," said Dmitri Sablin of Northkey Digital. "It tells you the big houses now see Lumora as a third pillar, not a speculative side bet."

Not everyone was convinced. Analysts at Pennard Research noted in a client note that the token has risen on fund filings twice before and given the gains back within a fortnight each time.

The rally also helped erase the week's losses: LMR had slumped to $40.15 on Monday when Cobaltex froze withdrawals for 31 hours.
""",
)
add(
    "lmr-0312-tokentape",
    S,
    None,
    "independent_same_story",
    "2025-03-12",
    "Lumora (LMR) Price Breaks $45 – Is a Bigger Rally Starting?",
    "https://tokentape.example/lumora-lmr-price-breaks-45",
    "Aayush Varma",
    """
Lumora price started a fresh increase above the $44.00 zone. LMR is now trading above $45 and might extend gains toward the $46.50 resistance.

Key Points
- Lumora price started a fresh increase above the $43.50 and $44.20 levels.
- The price is trading above $45 and the 100-hourly simple moving average.
- There is a key bullish trend line forming with support near $44.60 on the hourly chart of the LMR/USD pair (data feed via Cobaltex).
- The pair could continue to move up if it stays above the $44.60 zone.

Lumora Price Climbs Higher
Lumora price formed a base above the $42.50 level and started a fresh increase. LMR cleared the $43.50 and $44.20 resistance levels after news of the Ashgrove fund filing. The bulls even pushed the price above the $45.00 level.

A high was formed at $45.84 and the price is now consolidating gains. There was a minor pullback below the 23.6% Fib retracement level of the upward move from the $42.61 swing low to the $45.84 high.

LMR price is now trading above $45 and the 100-hourly simple moving average. On the downside, the price could find support near the $44.60 level and the trend line. The first major support is near the $44.20 level. A close below $44.20 might send the price toward the $43.50 support. Any more losses might call for a test of $42.60.

More Upsides?
If Lumora stays above the $44.60 support, it could start another increase. Immediate resistance on the upside is near the $45.85 level. The first major resistance is near the $46.50 level. An upside break above $46.50 might push the price toward the $47.80 resistance in the near term.

Technical Indicators
Hourly MACD – The MACD for LMR/USD is gaining pace in the bullish zone.
Hourly RSI (Relative Strength Index) – The RSI for LMR/USD is now above the 50 level.
Major Support Levels – $44.60 and $44.20.
Major Resistance Levels – $45.85 and $46.50.
""",
)

S = "written:lumora-2025-03-13"
add(
    "lmr-0313-tokentape",
    S,
    None,
    "independent_same_story",
    None,
    "Lumora (LMR) Price Corrects Below $45 – Can $44 Hold?",
    "https://tokentape.example/lumora-lmr-price-corrects-below-45",
    "Aayush Varma",
    """
Lumora price started a downside correction from the $45.84 high. LMR is now trading below $45 and might test the $44.00 support.

Key Points
- Lumora price started a downside correction below the $45.50 and $45.00 levels.
- The price is trading below $45 and the 100-hourly simple moving average.
- There was a break below a key bullish trend line with support at $45.10 on the hourly chart of the LMR/USD pair (data feed via Cobaltex).
- The pair could continue to move down if it stays below the $45.10 zone.

Lumora Price Trims Gains
Lumora price failed to stay above the $45.50 level and started a downside correction. LMR declined below the $45.20 and $45.00 support levels after a large transfer of tokens to Cobaltex. The bears pushed the price below the 50% Fib retracement level of the upward move from the $42.61 swing low to the $45.84 high.

A low was formed at $44.05 and the price is now consolidating losses. LMR price is now trading below $45 and the 100-hourly simple moving average. On the upside, the price could face resistance near the $44.80 level. The first major resistance is near the $45.10 level. A close above $45.10 might send the price toward the $45.85 resistance. Any more gains might call for a test of $46.50.

Another Decline?
If Lumora fails to clear the $44.80 resistance, it could start another decline. Immediate support on the downside is near the $44.05 level. The first major support is near the $43.50 level, close to the 76.4% Fib retracement level. A downside break below $43.50 might push the price toward the $42.60 support in the near term.

Technical Indicators
Hourly MACD – The MACD for LMR/USD is gaining pace in the bearish zone.
Hourly RSI (Relative Strength Index) – The RSI for LMR/USD is now below the 50 level.
Major Support Levels – $44.05 and $43.50.
Major Resistance Levels – $44.80 and $45.10.
""",
)
add(
    "lmr-0313-blockwire",
    S,
    None,
    "independent_same_story",
    "2025-03-13",
    "Early Lumora backer sends $53 million of LMR to Cobaltex, price slips",
    "https://blockwire.example/markets/2025/03/13/early-lumora-backer-sends-53m-to-cobaltex",
    "Tomás Ibarra",
    """
A wallet belonging to one of Lumora's earliest investors moved 1.2 million LMR tokens, worth about $53 million, to the Cobaltex exchange in the early hours of Thursday, and the coin gave back part of its rally as traders braced for a sale.

The transfer, made at 03:10 UTC, came from an address that received tokens in Lumora's 2019 seed round and had been dormant for 14 months, according to the blockchain analytics firm Ledgerlens. Moving coins to an exchange is usually a step towards selling them, although the tokens had not left the exchange's deposit wallet by Thursday evening.

LMR fell 2.8% to $44.30, after hitting $45.84 on Wednesday on the back of Ashgrove Capital's application for a Lumora fund.

"A seed investor taking some money off the table after a 6% day is the least surprising thing in crypto," said Yara Feldt of Quillstone Markets. "The question is whether this is one wallet or the first of several. The seed round had eleven participants."

Ledgerlens said two other seed-round addresses remained untouched. Together the three hold about 4.8 million LMR.

The Lumora Foundation said it did not comment on the holdings of individual investors. Its developers are preparing to launch a public test network on Friday for the Ridgeline upgrade, which is scheduled to reach the main network on 8 April.

Open interest in LMR futures dropped by about 7% on the day, suggesting that some traders who had bet on further gains closed their positions.
""",
)

S = "written:lumora-2025-03-14"
add(
    "lmr-0314-blockwire",
    S,
    None,
    "independent_same_story",
    "2025-03-14",
    "Lumora's Ridgeline testnet halts for three hours after launch",
    "https://blockwire.example/tech/2025/03/14/ridgeline-testnet-halts-after-launch",
    "Hanna Rusk",
    """
The public test network for Lumora's Ridgeline upgrade stopped producing blocks less than an hour after it went live on Friday, an embarrassing start for the most important change to the network in two years.

Block production on the testnet began at 14:00 UTC and halted at 14:52, when validators running the Oriel client, used by roughly a third of the network, disagreed with the others about the order of transactions in a block. Developers pushed a patch and restarted the network at 17:20 UTC.

In a post-mortem published on Friday evening, the Lumora Foundation said the fault lay in a change to how fees are calculated under Ridgeline and would "not have put any funds at risk" on the main network. "This is exactly what a testnet is for," wrote Ottilie Marchbank, the foundation's head of protocol. She said the 8 April date for the main network "stands for now" but would be reviewed after a week of stable running.

The market took the news calmly. LMR slipped 1.5% to $43.65, leaving it roughly flat on a week that had begun with a withdrawal freeze at Cobaltex and included a jump to $45.84 on a fund filing.

Some developers were less relaxed. "Two clients disagreeing on fee ordering is not a cosmetic bug," said Piotr Lasek, who maintains a block explorer for the network. "If it slips through to mainnet, you get a chain split."

Oriel's maintainers said they would publish a full account of the bug next week.
""",
)
add(
    "lmr-0314-tokentape",
    S,
    None,
    "independent_same_story",
    "2025-03-14",
    "Lumora (LMR) Price Slides Toward $43.50 – Testnet Jitters Weigh",
    "https://tokentape.example/lumora-lmr-price-slides-toward-43-50",
    "Aayush Varma",
    """
Lumora price extended its decline below the $44.00 zone. LMR is now trading below $44 and might revisit the $43.20 support.

Key Points
- Lumora price extended its decline below the $44.50 and $44.00 levels.
- The price is trading below $44 and the 100-hourly simple moving average.
- There is a connecting bearish trend line forming with resistance near $44.10 on the hourly chart of the LMR/USD pair (data feed via Cobaltex).
- The pair could continue to move down if it stays below the $44.10 zone.

Lumora Price Extends Losses
Lumora price failed to recover above the $44.80 level and extended losses. LMR declined below the $44.50 and $44.00 support levels as the Ridgeline testnet stalled shortly after launch. The bears pushed the price toward the $43.50 level.

A low was formed at $43.38 and the price is now consolidating losses. There was a minor recovery wave above the 23.6% Fib retracement level of the downward move from the $44.92 swing high to the $43.38 low.

LMR price is now trading below $44 and the 100-hourly simple moving average. On the upside, the price could face resistance near the $44.10 level and the trend line. The first major resistance is near the $44.50 level. A close above $44.50 might send the price toward the $44.90 resistance.

Another Decline?
If Lumora fails to clear the $44.10 resistance, it could continue to move down. Immediate support on the downside is near the $43.40 level. The first major support is near the $43.20 level. A downside break below $43.20 might push the price toward the $42.60 support in the near term.

Technical Indicators
Hourly MACD – The MACD for LMR/USD is losing pace in the bearish zone.
Hourly RSI (Relative Strength Index) – The RSI for LMR/USD is now below the 50 level.
Major Support Levels – $43.40 and $43.20.
Major Resistance Levels – $44.10 and $44.50.
""",
)

# ---------------------------------------------------------------------------------------------
# Pellaria's inflation: three monthly releases, three stories. The wire (ANA) writes each month
# to the same pattern.

S = "written:pellaria-cpi-2025-01"
F = "written:fam-cpi-2025-01-ana"
add(
    "cpi-2025-01-ana",
    S,
    F,
    "original",
    "2025-02-13",
    "Pellaria's inflation rises to 3.4% as energy tariffs bite",
    "https://anawire.example/business/pellaria-inflation-january-2025",
    None,
    """
VELLMOUTH, Feb 13 (ANA) - Pellaria's annual inflation rate rose to 3.4% in January from 3.1% in December, the Pellarian Statistics Office said on Thursday, as higher regulated energy tariffs took effect at the start of the year.

Economists polled by ANA had expected a rate of 3.3%.

Consumer prices rose 0.6% from December, the office said, driven by an 11% increase in regulated electricity and gas tariffs on Jan. 1. Household electricity was 14.2% more expensive than a year earlier.

Core inflation, which strips out energy, food, alcohol and tobacco, edged up to 2.9% from 2.8%. Food prices rose 4.0% on the year, unchanged from December, while services inflation ticked up to 4.1% from 4.0%.

The Bank of Pellaria, which has held its main rate at 3.25% since October, next meets on March 6. Governor Henrike Aalund said in January that the bank expected inflation to peak in the first quarter "as the tariff step works its way through".

"The energy effect was well flagged. What is less comfortable is that services inflation refuses to come down," said Lorcan Daly, chief economist at Seabright Bank. "That makes a cut in March very hard to argue for."

Finance Minister Rasmus Quist said the figure was "in line with what we expected" and pointed to the government's winter fuel credit of 180 marks per household, paid in December.

The mark was little changed against the dollar after the release.
""",
)
add(
    "cpi-2025-01-northshore",
    S,
    F,
    "wire_copy",
    "2025-02-13",
    "Energy bills lift inflation to 3.4 per cent",
    "https://northshoregazette.example/news/national/energy-bills-lift-inflation",
    "ANA",
    """
VELLMOUTH, Feb 13 (ANA) - Pellaria's annual inflation rate rose to 3.4% in January from 3.1% in December, the Pellarian Statistics Office said on Thursday, as higher regulated energy tariffs took effect at the start of the year.

Consumer prices rose 0.6% from December, the office said, driven by an 11% increase in regulated electricity and gas tariffs on Jan. 1. Household electricity was 14.2% more expensive than a year earlier.

Core inflation, which strips out energy, food, alcohol and tobacco, edged up to 2.9% from 2.8%. Food prices rose 4.0% on the year, unchanged from December, while services inflation ticked up to 4.1% from 4.0%.

The Bank of Pellaria, which has held its main rate at 3.25% since October, next meets on March 6. Governor Henrike Aalund said in January that the bank expected inflation to peak in the first quarter "as the tariff step works its way through".

Finance Minister Rasmus Quist said the figure was "in line with what we expected" and pointed to the government's winter fuel credit of 180 marks per household, paid in December.

(Reporting by ANA's Vellmouth bureau)
""",
)
add(
    "cpi-2025-01-courier",
    S,
    None,
    "independent_same_story",
    "2025-02-14",
    "Household bills drive the first rise in prices since the autumn",
    "https://vellmouthcourier.example/money/household-bills-drive-first-rise-in-prices-since-autumn",
    "Agnes Whitlock, Economics Correspondent",
    """
For Mira and Kasper Feldhaus, the January figures published yesterday were no surprise. The couple, who live with their two children in a terraced house in Vellmouth's Holmgate district, saw their monthly energy bill go from 212 marks to 243 marks on New Year's Day.

"We turned the heating down a degree and we still pay more," said Mrs Feldhaus, a nurse. "The fuel credit helped in December, but it was gone by the middle of January."

Multiply that household across the country and you get the number the statistics office put out on Thursday morning: prices were 3.4 per cent higher in January than a year before, up from 3.1 per cent at the end of 2024 and the first increase in the annual rate since September.

Almost all of the rise came from the regulated tariffs for gas and electricity, which went up by 11 per cent at the turn of the year. Strip out energy and food and the picture barely moved: the core measure crept from 2.8 to 2.9 per cent.

That distinction matters to the Bank of Pellaria, whose governor, Henrike Aalund, has argued that a one-off jump in tariffs should not push the bank into raising rates again. But it is cold comfort to families for whom energy and food make up a large share of spending.

The Pellarian Consumers' Council said its helpline took 40 per cent more calls about arrears in January than a year earlier. "People on fixed incomes do not experience core inflation. They experience their bills," said its director, Birgit Hollander.

The bank sets rates next on 6 March. Most economists expect it to hold at 3.25 per cent.
""",
)

S = "written:pellaria-cpi-2025-02"
add(
    "cpi-2025-02-ana",
    S,
    None,
    "independent_same_story",
    "2025-03-13",
    "Pellaria's inflation climbs to 3.6%, highest since 2023",
    "https://anawire.example/business/pellaria-inflation-february-2025",
    None,
    """
VELLMOUTH, March 13 (ANA) - Pellaria's annual inflation rate rose to 3.6% in February from 3.4% in January, its highest since August 2023, the Pellarian Statistics Office said on Thursday, as food prices and rents climbed.

Economists polled by ANA had expected a rate of 3.5%.

Consumer prices rose 0.4% from January. Food prices were 4.6% higher than a year earlier, up from 4.0%, after a late frost damaged vegetable crops in the south of the country; vegetables alone were 12.8% more expensive. Rents rose 5.2% on the year.

Core inflation, which strips out energy, food, alcohol and tobacco, rose to 3.1% from 2.9%. Services inflation reached 4.3%.

The Bank of Pellaria kept its main rate at 3.25% on March 6 for a fifth straight meeting. Governor Henrike Aalund said then that the bank was "not yet where we need to be" on inflation and would not cut until services prices slowed. It next meets on April 24.

"January was energy, February is food and housing. The base is broadening, and that's what the bank feared," said Saskia Brandauer, an economist at Kettleby Securities.

Finance Minister Rasmus Quist said the frost was "a temporary shock" and that vegetable prices should fall back as imports increased.

Yields on two-year government bonds rose 9 basis points to 2.94% after the data.
""",
)
add(
    "cpi-2025-02-pbd",
    S,
    None,
    "independent_same_story",
    "2025-03-13",
    "Frost and rents push price growth to 18-month high; traders scale back April cut bets",
    "https://pbdaily.example/economy/frost-and-rents-push-price-growth-to-18-month-high",
    "Jonah Vastergaard",
    """
Traders pared back bets on an April interest rate cut on Thursday after consumer price growth in February came in above forecasts for a second month running.

Annual inflation reached 3.6 per cent, according to the statistics office, the fastest pace in a year and a half. Before the release, swap markets implied a roughly even chance that the Bank of Pellaria would lower its 3.25 per cent policy rate next month. By the close that had fallen to about one in four.

The details gave the central bank little comfort. A cold snap in late January wiped out much of the winter vegetable harvest in the Sallow valley, sending the price of tomatoes, peppers and leafy greens sharply higher. Rents, which have outpaced wages for two years, rose faster than at any time since the statistics office began its current series in 2015.

"The frost will wash out by early summer. Rents won't," said Saskia Brandauer of Kettleby Securities. She expects the bank to wait until June before easing.

Deputy governor Anselm Roake struck a similar note in a speech to the Vellmouth Chamber of Commerce on Tuesday, before the figures were published, warning that "a second round of price rises in services would take a long time to unwind".

Bank shares rose on the prospect of higher rates for longer; Seabright Bank gained 2.1 per cent and Harwell Mutual 1.6 per cent. Two-year bond yields jumped nine basis points to 2.94 per cent, and the mark strengthened slightly against the dollar.

The government's own forecast, published in November, assumed inflation would average 2.8 per cent this year.
""",
)
add(
    "cpi-2025-02-courier-explainer",
    S,
    None,
    "independent_same_story",
    None,
    "Inflation at 3.6%: what it means for your mortgage, rent and savings",
    "https://vellmouthcourier.example/money/inflation-at-3-6-what-it-means-for-you",
    "Agnes Whitlock, Economics Correspondent",
    """
Prices are rising faster again. February's inflation rate of 3.6 per cent, published this week, is the highest since the summer of 2023 and higher than most forecasters expected. Here is what it means for your household.

Why has inflation gone up?
Two things above all: food and rent. The frost at the end of January ruined a large part of the southern vegetable crop, and shops have been importing to fill the gap at higher prices. Rents, meanwhile, are up more than five per cent on a year ago.

Will my mortgage get more expensive?
Not immediately. The Bank of Pellaria left its rate at 3.25 per cent at its meeting on 6 March, and almost nobody expects a rise. What has changed is the chance of a cut: before this week many lenders were preparing to lower their fixed rates in anticipation of an April cut. Some may now wait. If your fixed deal ends this spring, it is worth comparing offers now.

I rent. Can my landlord put the rent up?
Rents on most private tenancies can be raised once a year, with two months' notice. The Tenants' Federation advises checking your contract for an index clause, which may link increases to the inflation figure.

What about savings?
Easy-access accounts at the big banks pay between 2 and 2.5 per cent, which means savings kept there are losing value in real terms. Fixed-term bonds pay more, but tie your money up.

When will it come down?
The finance ministry says vegetable prices will ease by the summer. The central bank is more cautious. The next inflation figure, for March, is due in mid-April.
""",
)

S = "written:pellaria-cpi-2025-03"
add(
    "cpi-2025-03-ana",
    S,
    None,
    "independent_same_story",
    "2025-04-15",
    "Pellaria's inflation slows to 3.1% as vegetable prices fall back",
    "https://anawire.example/business/pellaria-inflation-march-2025",
    None,
    """
VELLMOUTH, April 15 (ANA) - Pellaria's annual inflation rate fell to 3.1% in March from 3.6% in February, the Pellarian Statistics Office said on Tuesday, as vegetable prices dropped back after a frost-driven spike and fuel got cheaper.

Economists polled by ANA had expected a rate of 3.3%.

Consumer prices rose 0.2% from February. Food inflation slowed to 3.2% from 4.6%, with vegetable prices down 1.5% on the month as imports replaced the damaged southern crop. Motor fuel was 2.1% cheaper than a year earlier.

Core inflation, which strips out energy, food, alcohol and tobacco, eased to 3.0% from 3.1%, and services inflation slipped to 4.0% from 4.3%. Rents were still up 5.1% on the year.

The Bank of Pellaria, which has held its main rate at 3.25% since October, next meets on April 24. Money markets moved after the release to price a roughly 70% chance of a quarter-point cut at that meeting, from about 25% on Monday.

"This is the number the bank was waiting for. Services have finally turned," said Lorcan Daly, chief economist at Seabright Bank. "An April cut is now more likely than not."

Finance Minister Rasmus Quist said the fall showed that February's jump had been "a passing shock, as we said at the time".

Two-year government bond yields fell 11 basis points to 2.78%.
""",
)
add(
    "cpi-2025-03-courier",
    S,
    None,
    "independent_same_story",
    "2025-04-16",
    "Cheaper greens bring price rises down and a rate cut into view",
    "https://vellmouthcourier.example/money/cheaper-greens-bring-price-rises-down",
    "Agnes Whitlock, Economics Correspondent",
    """
At her stall in Vellmouth's covered market, Fenna Rooker has just put the price of a kilo of tomatoes back to 3.40 marks. Six weeks ago it was 5.90. "The Sallow growers lost everything to the frost, so we bought from abroad. Now the greenhouse crop is coming in and I can breathe again," she said.

Her relief showed up in the national figures yesterday. Annual inflation fell to 3.1 per cent in March, half a point lower than in February and a bigger drop than economists had forecast. Cheaper vegetables did much of the work; cheaper petrol did the rest.

More important for the Bank of Pellaria, the measure of underlying prices it watches most closely also moved in the right direction. Prices for services, from haircuts to restaurant meals, rose 4.0 per cent on the year, down from 4.3 per cent, the first fall since the autumn.

That has changed the mood before the bank's meeting on 24 April. Within an hour of the release, traders were betting heavily that the governor, Henrike Aalund, and her colleagues will cut the main rate from 3.25 per cent, which would be the first reduction in more than a year. Two of the country's largest lenders, Seabright and Harwell Mutual, said they would review their fixed mortgage rates this week.

Not everything is easing. Rents are still rising by more than five per cent a year, and the Tenants' Federation said the fall in headline inflation "means nothing to families spending half their income on housing".

The finance minister, Rasmus Quist, welcomed the figures. The next release, for April, is due on 15 May.
""",
)

# ---------------------------------------------------------------------------------------------
# Kilmarden Town: four matches in October 2025 (four stories) and the manager's new contract
# (a fifth story with the same names, not a match).

S = "written:kilmarden-ardley-2025-10-04"
add(
    "kil-ardley-star",
    S,
    None,
    "independent_same_story",
    "2025-10-04",
    "Brannigan double sends Town into the top four",
    "https://kilmardenstar.example/sport/town/brannigan-double-sends-town-into-top-four",
    "Gus Hendry",
    """
Luka Brannigan scored twice as Kilmarden Town came from a wobbly second half to beat Ardley Wanderers 2-1 at Saltings Road and climb into the First Division's top four.

The striker, who has now scored seven goals this season, opened the scoring in the 23rd minute with a glancing header from Tobi Adesanya-Reid's cross, and sealed the win from the penalty spot midway through the second half.

In between, Town made life hard for themselves. Ardley had offered little before the break, but they came out with more purpose and Nathan Crouch drew them level ten minutes after the restart, turning Conor Blaney too easily and shooting low past Piet Haverkamp.

For a spell the 14,212 crowd grew restless. Then Rautio drifted into the box to meet a clever pass from Reece Lyttle and was clipped by Dean Mulvey, and Brannigan sent Ardley's goalkeeper the wrong way. Eamon Trask replaced the tiring Rautio with Jude Ferrante soon afterwards to shore up the midfield.

"We were flat after half-time and I told them so," Trask said. "But good teams find a way to win when they're not at their best, and we found one. Luka's goals are the headline, but Ross was immense at the back."

Captain Ross Denholm was indeed outstanding, making two goal-line clearances in the final ten minutes as Ardley pushed for an equaliser.

Town travel to Hexley United after the international break, on Saturday 18 October.
""",
)
add(
    "kil-ardley-record",
    S,
    None,
    "independent_same_story",
    "2025-10-05",
    "Kilmarden Town 2 Ardley Wanderers 1",
    "https://sportingrecord.example/football/first-division/kilmarden-town-2-ardley-wanderers-1",
    "Rhiannon Mace",
    """
Kilmarden Town moved up to fourth in the First Division after Luka Brannigan's brace saw off a spirited Ardley Wanderers.

Brannigan headed Kilmarden in front after 23 minutes, meeting a deep cross from the right from winger Tobi Adesanya-Reid. Ardley, without a win in five matches, equalised on 55 minutes through Nathan Crouch's low finish.

The decisive moment came on 67 minutes when Ardley defender Dean Mulvey brought down Sami Rautio inside the area. Referee Neville Henshaw pointed to the spot and Brannigan converted for his seventh goal of the campaign.

Ardley manager Steve Colquhoun was unhappy with the decision. "I've seen it back and there's minimal contact. At this level you need the big calls to go your way and they didn't," he said.

Kilmarden manager Eamon Trask praised his captain, Ross Denholm, who cleared two efforts off the line late on. "We weren't at our best, but we showed character," Trask said.

Kilmarden: Haverkamp; Aston, Denholm, Quigley, Blaney; Rautio (Ferrante 71), Moyes, Ibe; Adesanya-Reid, Brannigan, Lyttle (Carver 80).

Ardley: Pask; Mulvey, Orford, Kessie, Drummond; Yeates, Holloway, Baptiste (Lunn 75); Crouch, Eddery, Sowande.

Attendance: 14,212.
""",
)
add(
    "kil-ardley-advertiser",
    S,
    None,
    "independent_same_story",
    "2025-10-04",
    "Colquhoun fumes over penalty as Wanderers' wait for a win goes on",
    "https://ardleyadvertiser.example/sport/wanderers/colquhoun-fumes-over-penalty",
    "Dev Sandhar",
    """
Steve Colquhoun did not hide his anger after Ardley Wanderers were beaten by a contested penalty at Kilmarden on Saturday, a defeat that leaves them five games without a victory.

The Wanderers boss insisted that Dean Mulvey had got a touch on the ball before Sami Rautio went down in the 67th minute. Luka Brannigan, who had opened the scoring with a header in the first half, stroked home the spot-kick to make it 2-1 to the home side.

"I've seen it back and there's minimal contact. At this level you need the big calls to go your way and they didn't," Colquhoun said. "I'm not going to stand here and say we deserved three points, but we deserved one."

There was plenty for the 600 travelling supporters to cheer after the break. Ardley looked a different side in the second half, and Nathan Crouch's equaliser, his third of the season, was a reward for their pressure. Tom Eddery and Wale Sowande both went close, and only two late clearances on the line by Kilmarden skipper Ross Denholm kept Wanderers out.

Colquhoun admitted the first half had been "too passive", and said he had told his players at half-time that they were "playing like a team that had already lost".

Ardley, who are now 16th, host Penwarden Rangers in two weeks' time. Midfielder Jamal Baptiste went off with a hamstring problem and is a doubt.
""",
)

S = "written:hexley-kilmarden-2025-10-18"
add(
    "kil-hexley-star",
    S,
    None,
    "independent_same_story",
    "2025-10-18",
    "Ten-man Town crushed at Furnace Lane after Denholm sees red",
    "https://kilmardenstar.example/sport/town/ten-man-town-crushed-at-furnace-lane",
    "Gus Hendry",
    """
Ross Denholm's first-half dismissal turned a tight contest into a long afternoon as Kilmarden Town were beaten 3-0 by Hexley United at Furnace Lane.

Town had matched the league leaders for more than half an hour, and Luka Brannigan had the best chance of the opening period when his volley was tipped over by Hexley goalkeeper Tadhg Dolan. But Denholm, booked in the 19th minute for pulling back Femi Lawal, slid in on the same player in the 38th and referee Clare Whitby showed him a second yellow card.

Hexley scored three minutes later. Lawal, who had been a menace all afternoon, cut inside Conor Blaney and curled a shot beyond Piet Haverkamp.

Eamon Trask reorganised at half-time, taking off Tobi Adesanya-Reid to bring on defender Dan Quigley, but the home side kept the ball and the visitors rarely got out of their half. Otto Brask headed in a corner on 63 minutes and Lawal added his second nine minutes from time after a quick break.

"The sending-off changed the game. Ross knows he can't make that second challenge on a yellow, and he's apologised to the lads," Trask said. "Up to then I thought we were the better side."

The defeat drops Town to seventh. Denholm will serve a one-match ban against Morrow Vale at Saltings Road on Wednesday.
""",
)
add(
    "kil-hexley-record",
    S,
    None,
    "independent_same_story",
    "2025-10-19",
    "Lawal double keeps Hexley clear at the top",
    "https://sportingrecord.example/football/first-division/hexley-united-3-kilmarden-town-0",
    "Rhiannon Mace",
    """
Hexley United stayed four points clear at the top of the First Division as Femi Lawal scored twice against ten-man Kilmarden Town at Furnace Lane.

The game turned on the 38th-minute sending-off of Kilmarden captain Ross Denholm, who picked up a second booking for a late challenge on Lawal. The forward made him pay within three minutes, curling in from the edge of the area.

Hexley manager Dominic Fay's side were rarely troubled after that. Centre-back Otto Brask headed home a Will Cairns corner after 63 minutes, and Lawal completed the scoring on the break with nine minutes left, taking his tally to ten goals this season.

Kilmarden's best moment came early on, when Hexley goalkeeper Tadhg Dolan tipped a Luka Brannigan volley over the bar.

"Femi is in the form of his life and we're building something," Fay said. "But Kilmarden made it hard for us until the red card. It's a big result."

Kilmarden manager Eamon Trask said the sending-off had changed the game. His side have now lost two of their last four and slip to seventh.

Hexley: Dolan; Ferro, Brask, Ugwu, Laine; Cairns, Petit, Morrow (Tait 77); Lawal, Kane-Doyle, Sidibe (Arnott 70).

Kilmarden: Haverkamp; Aston, Denholm, Moyes, Blaney; Rautio, Ferrante, Ibe; Adesanya-Reid (Quigley 46), Brannigan, Lyttle (Carver 66).

Attendance: 22,874.
""",
)

S = "written:kilmarden-morrow-2025-10-22"
add(
    "kil-morrow-star",
    S,
    None,
    "independent_same_story",
    "2025-10-22",
    "Late sucker punch as Sandqvist snatches a point for Morrow Vale",
    "https://kilmardenstar.example/sport/town/late-sucker-punch-sandqvist-snatches-point",
    "Gus Hendry",
    """
Kilmarden Town were two minutes from a much-needed win on Wednesday night when Ivo Sandqvist stole in at the far post to earn Morrow Vale a 1-1 draw at Saltings Road.

It was a cruel end for Eamon Trask's side, who had led since the 12th minute through Tobi Adesanya-Reid and should have been out of sight long before the visitors' equaliser.

Adesanya-Reid's goal was a fine one: the winger picked the ball up on the halfway line, skipped past two challenges and beat goalkeeper Aled Prosser at his near post. Town were in control for the rest of the half, with Dan Quigley and Lewis Moyes solid in the middle of a defence missing the suspended captain Ross Denholm.

The chance to make it two came on 58 minutes, when Jude Ferrante was fouled in the box. But Luka Brannigan, so reliable from the spot against Ardley earlier in the month, hit his penalty too close to Prosser, who saved with his legs.

Morrow Vale grew into the game after that, and in the 88th minute a corner was only half-cleared, Cole Danvers chipped it back into the area and Sandqvist headed in from close range.

"That's a kick in the teeth," Trask said. "We've done everything but kill the game. Luka will be disappointed but he'll take the next one, I've no doubts about that."

The 11,390 crowd booed the final whistle, though the frustration seemed aimed at the result rather than the team. Town stay seventh and face Fenmouth City at home on Saturday week.
""",
)
add(
    "kil-morrow-fanblog",
    S,
    None,
    "independent_same_story",
    None,
    "Same old Town: two points thrown away",
    "https://saltingsroar.example/2025/10/same-old-town-two-points-thrown-away/",
    "Big Davie",
    """
I'm writing this on the bus home from Saltings Road and I'm still fuming. How do you not beat Morrow Vale at home after being a goal up for 76 minutes?

Let's start with the good. Tobi Adesanya-Reid is a joy to watch. His goal after 12 minutes was the best thing I've seen at the Saltings this season: picked it up on halfway, beat two men, bang, near post. If we can keep hold of him past January I'll be amazed. Quigley and Moyes did fine without Denholm too, who was suspended after his daft red card at Hexley on Saturday.

Now the bad. Luka. I love the man, seven goals already, but that penalty was a shocker. Side-footed, waist height, straight at the keeper. When Ferrante went down I was already celebrating. If that goes in it's game over.

And then the ugly. 88 minutes. A corner we should have dealt with, a scuffed clearance, and Sandqvist of all people nods it in from two yards while three of ours stand and watch. I genuinely don't know what we were doing. Trask had brought on Carver for Lyttle a few minutes earlier which meant nobody picked up the back post. Tactical genius, that.

Some of the lads behind me were booing at the end. I didn't, but I understood it. We're seventh, we've won one in three, and Fenmouth come to Saltings Road next. If we don't win that one the pressure will really be on.

Player of the match: Adesanya-Reid, no contest. Worst: whoever was meant to be marking Sandqvist.

Up the Town.
""",
)
add(
    "kil-morrow-ana",
    S,
    None,
    "independent_same_story",
    "2025-10-22",
    "Sandqvist's late header earns Morrow Vale draw at Kilmarden",
    "https://anawire.example/sport/football/kilmarden-town-1-morrow-vale-1",
    None,
    """
KILMARDEN, Oct 22 (ANA) - Ivo Sandqvist headed an 88th-minute equaliser as Morrow Vale came from behind to draw 1-1 at Kilmarden Town in the First Division on Wednesday.

Winger Tobi Adesanya-Reid gave Kilmarden the lead in the 12th minute with a solo run and shot from a tight angle.

Kilmarden striker Luka Brannigan, who has scored seven goals this season, missed the chance to double the advantage when Morrow Vale goalkeeper Aled Prosser blocked his 58th-minute penalty, awarded for a foul on Jude Ferrante.

Morrow Vale levelled two minutes from time when Cole Danvers returned a half-cleared corner into the box and Sandqvist headed in from close range.

"We never stopped believing. To come here and get something after going behind is a sign of this group," Morrow Vale manager Bronwen Howarth said.

Kilmarden, who played without their suspended captain Ross Denholm, remain seventh and have one win in their last three games. Morrow Vale are 12th.

Kilmarden manager Eamon Trask said the late goal was "a kick in the teeth".

Attendance: 11,390.
""",
)

S = "written:kilmarden-trask-contract-2025-10-30"
add(
    "kil-trask-star",
    S,
    None,
    "independent_same_story",
    "2025-10-30",
    "Trask commits his future to Town with new deal until 2028",
    "https://kilmardenstar.example/sport/town/trask-commits-future-new-deal-2028",
    "Gus Hendry",
    """
Eamon Trask has signed a new contract that will keep him in charge of Kilmarden Town until the summer of 2028, ending weeks of speculation about his future.

The 47-year-old, who arrived at Saltings Road from Stanway Park in June 2023, had 18 months left on his previous deal and had been linked with the vacant manager's job at Premier Division strugglers Wexborough. His assistant, Kevin Latimer, and goalkeeping coach Benny Horne have also signed extensions.

Chairman Gideon Pallister said the board had never considered any other option. "Eamon has taken this club from the bottom half to a side that expects to be in the play-off places, and he's done it on one of the smallest budgets in the division," Pallister said. "We want him to finish the job."

Trask said he had not been tempted by the interest from elsewhere. "I've unfinished business here. I want to take this club up, and I think the group we've got can do it," he said.

He acknowledged that October had been a difficult month. Town were beaten 3-0 at Hexley United after Ross Denholm's red card and then threw away a lead against Morrow Vale eight days ago, when Luka Brannigan missed a penalty. "It's been a tough few weeks. But I look at the dressing room, I look at the players we've brought through, and I see a team that's going to be fine," he said.

Town, seventh in the table, host Fenmouth City at Saltings Road on Saturday. Denholm returns from suspension.
""",
)
add(
    "kil-trask-record",
    S,
    None,
    "independent_same_story",
    "2025-10-30",
    "Trask snubs Wexborough interest to stay at Kilmarden",
    "https://sportingrecord.example/football/first-division/trask-snubs-wexborough-stays-kilmarden",
    "Rhiannon Mace",
    """
Kilmarden Town manager Eamon Trask has turned his back on interest from Premier Division club Wexborough by signing a contract extension to June 2028.

Wexborough sacked Mick Renwick last week with the side second from bottom and had sounded out Trask's representatives about the vacancy, the Sporting Record understands. Kilmarden responded by bringing forward talks over a new deal that had been planned for the new year.

Trask has impressed since taking over in 2023, leading Kilmarden to a sixth-placed finish last season despite a wage bill that is among the lowest in the First Division. He has a reputation for developing young players: winger Tobi Adesanya-Reid, 20, came through the club's academy under him and is attracting interest from several top-flight clubs, while striker Luka Brannigan was signed from non-league football for a nominal fee.

"I've unfinished business here," Trask said. "I want to take this club up."

Chairman Gideon Pallister said keeping the manager was "the most important signing we'll make this season".

The extension comes after a poor run. Kilmarden have taken one point from their last two matches, a 3-0 loss at leaders Hexley United and a 1-1 home draw with Morrow Vale, and sit seventh, four points off the play-off places. They face Fenmouth City on Saturday.

Wexborough are expected to appoint their under-21 coach, Alan Preece, on an interim basis.
""",
)

S = "written:kilmarden-fenmouth-2025-11-01"
F = "written:fam-kil-fenmouth-ana"
_kil_fenmouth_ana = """
KILMARDEN, Nov 1 (ANA) - Goalkeeper Piet Haverkamp saved a penalty and Luka Brannigan scored his eighth goal of the season as Kilmarden Town beat Fenmouth City 2-0 in the First Division on Saturday, two days after manager Eamon Trask signed a new contract.

Brannigan, who missed a penalty in the 1-1 draw with Morrow Vale last week, gave Kilmarden the lead in the 34th minute, running onto Tobi Adesanya-Reid's through ball and lifting his shot over goalkeeper Sean Gallagher.

Fenmouth were awarded a penalty seven minutes after half-time when Lewis Moyes handled a cross, but Haverkamp dived to his right to keep out Lee Tranter's spot-kick.

Midfielder Sami Rautio made the game safe in the 71st minute, drilling in a low shot from 20 metres after a short corner.

Captain Ross Denholm returned from a one-match suspension to lead a defence that kept its first clean sheet in five matches.

"The save from Piet was the turning point. At 1-1 it's a different game," Trask said. "After the last couple of weeks the players needed that."

Fenmouth manager Graham Ivers said his side had "only ourselves to blame".

Kilmarden move up to fifth, level on points with fourth-placed Morrow Vale. Fenmouth are 19th.

Attendance: 15,006.
"""
add(
    "kil-fenmouth-ana",
    S,
    F,
    "original",
    "2025-11-01",
    "Haverkamp penalty save helps Kilmarden past Fenmouth",
    "https://anawire.example/sport/football/kilmarden-town-2-fenmouth-city-0",
    None,
    _kil_fenmouth_ana,
)
add(
    "kil-fenmouth-matchdaylive",
    S,
    F,
    "verbatim_copy",
    None,
    "Kilmarden Town 2-0 Fenmouth City: Haverkamp penalty save helps Kilmarden past Fenmouth",
    "https://matchdaylive.example/first-division/kilmarden-town-vs-fenmouth-city-match-report/",
    None,
    """
Match report | First Division

"""
    + _kil_fenmouth_ana
    + """
Odds correct at time of publication. 18+ only. Please gamble responsibly.
Related: First Division table | Fixtures | Top scorers
""",
)
add(
    "kil-fenmouth-star",
    S,
    None,
    "independent_same_story",
    "2025-11-01",
    "Haverkamp the hero as Town bounce back",
    "https://kilmardenstar.example/sport/town/haverkamp-the-hero-as-town-bounce-back",
    "Gus Hendry",
    """
Piet Haverkamp has made plenty of saves in three seasons at Saltings Road, but few will have been as welcome as the one he made early in the second half against Fenmouth City.

With Town leading through Luka Brannigan's first-half goal and a nervous crowd of 15,006 remembering how the lead slipped away against Morrow Vale, Fenmouth were given a penalty when the ball struck Lewis Moyes on the arm. Lee Tranter went for the bottom corner; Haverkamp got there, and the ground erupted.

"He's been waiting all season for one of those," Eamon Trask said afterwards, two days after committing his future to the club. "At 1-1 it's a different game. That save won us the match as much as the goals did."

Brannigan's goal had the look of a striker shaking off a bad week. He had been criticised for the penalty he missed against Morrow Vale, but when Tobi Adesanya-Reid slid him through after 34 minutes he did not hesitate, chipping the advancing keeper.

The second goal, after 71 minutes, came from an unlikely source. Sami Rautio has not scored since March, but when a short corner routine found him unmarked outside the box he drove the ball low into the far corner.

Ross Denholm was back after his suspension and brought an authority that had been missing on Wednesday. Town kept their first clean sheet in five games.

The win lifts Town to fifth. They go to Penwarden Rangers next Saturday.
""",
)

# ---------------------------------------------------------------------------------------------
# Kelverton transit strike, May 2025: four steps of one storyline, four stories.

S = "written:kelverton-strike-called-2025-05-12"
add(
    "klv-called-herald",
    S,
    None,
    "independent_same_story",
    "2025-05-12",
    "Tram and bus drivers to walk out from next Monday in pay row",
    "https://kelvertonherald.example/news/tram-and-bus-drivers-to-walk-out-from-next-monday",
    "Nadine Corless",
    """
Kelverton's trams and buses will stop running from next Monday after drivers and engineers voted overwhelmingly for an all-out strike over pay.

The United Transit Workers union said on Monday that 87 per cent of its members at Kelverton Metro had backed action, on a turnout of 71 per cent. The strike, which will involve about 1,900 staff, will begin at 4am on 19 May and has no end date.

It would be the first full stoppage of the city's public transport network since 2011. Kelverton Metro carries around 310,000 passenger journeys on an average weekday across its four tram lines and 46 bus routes.

The dispute centres on this year's pay award. Metro has offered 3.2 per cent, which it says is the most it can afford without cutting services. The union is asking for 7 per cent, arguing that its members' pay has fallen behind drivers at neighbouring operators, some of whom earn £3,000 a year more.

"Nobody takes this decision lightly. Our members have been patient for two years and they have been told again and again that there is no money," said Dolores Renshaw, the union's regional secretary. "The door is open. If Metro comes back with a serious offer this week, the strike can still be called off."

Metro's chief executive, Alastair Penfold, called the ballot result "deeply disappointing". He said the company would run a limited number of buses with managers and agency drivers "where it is safe to do so" but warned passengers to make other arrangements.

Mayor Rosalind Brook urged both sides to go to the conciliation service before next week.
""",
)
add(
    "klv-called-klvnews",
    S,
    None,
    "independent_same_story",
    "2025-05-12",
    "Transit strike confirmed: what we know",
    "https://klvnews.example/local/transit-strike-confirmed-what-we-know",
    "KLV News team",
    """
It's official: there will be no trams and few buses in Kelverton from Monday 19 May.

Union members at Kelverton Metro have voted to strike. The result was announced at the United Transit Workers office on Carlow Street just after 11 this morning.

The numbers: 87 per cent yes. Turnout 71 per cent. Around 1,900 drivers and maintenance workers are covered.

How long will it last? The union has not set an end date. That means the walkout will go on until there is a deal or the union calls it off.

What's it about? Pay. Metro offered 3.2 per cent. The union wants 7.

Regional secretary Dolores Renshaw told KLV News her members felt they had no choice. "We've had two years of being told to wait. People can't pay their rent with patience," she said.

Metro says it will try to keep a skeleton bus service going on the busiest routes, including the 1, 7 and 12, but cannot promise it. No trams will run.

Schools and hospitals are already making plans. Kelverton Royal Infirmary says it is talking to staff about car-sharing, and the council says it will post updates on school transport by Thursday.

The mayor, Rosalind Brook, says she wants both sides round the table this week.

We'll have reaction from commuters throughout the day on the breakfast and drive-time shows.
""",
)

S = "written:kelverton-strike-day1-2025-05-19"
add(
    "klv-day1-herald",
    S,
    None,
    "independent_same_story",
    "2025-05-19",
    "City grinds to a crawl on first day of transit strike",
    "https://kelvertonherald.example/news/city-grinds-to-a-crawl-first-day-transit-strike",
    "Nadine Corless and Owen Prys",
    """
Kelverton's roads were jammed from first light on Monday as the city woke up to its first full transport strike in 14 years, with trams locked in their depots and only a handful of buses on the streets.

By 8am the inner ring road was at a standstill and journeys that normally take 20 minutes were taking well over an hour. The council opened two park-and-walk sites at the football ground and the exhibition centre, and both were full before 7.30.

Kelverton Metro ran 31 buses on five routes, driven by managers and agency staff, compared with about 420 on a normal weekday. Not a single tram left the Dunstan Road or Millbeck depots.

Outside Dunstan Road, around 80 pickets gathered around braziers from 4am. Dolores Renshaw of the United Transit Workers told them their action had "shown this city who keeps it moving".

"We didn't want to be here. But every one of these people has been told for two years that there isn't any money, while the directors gave themselves bonuses," she said, to loud cheers.

Metro's chief executive, Alastair Penfold, said the company's offer of 3.2 per cent remained on the table and that he was "ready to meet the union at any time, anywhere". The company has asked the Arbitration and Conciliation Service to arrange talks, and both sides confirmed they would attend on Wednesday.

Some businesses in the city centre reported takings down by half. At Kelverton Royal Infirmary, 11 per cent of staff were unable to get in for the morning shift, and two outpatient clinics were cancelled.

Cycling shops had a busy day. "I sold more bikes by lunchtime than I do in a normal fortnight," said Rafi Gunnell of Spokes on Canal Street.
""",
)
add(
    "klv-day1-ana",
    S,
    None,
    "independent_same_story",
    "2025-05-19",
    "Kelverton transit strike halts trams, snarls traffic",
    "https://anawire.example/news/kelverton-transit-strike-halts-trams",
    None,
    """
KELVERTON, May 19 (ANA) - An indefinite strike by tram and bus workers brought public transport in Kelverton almost to a halt on Monday, leaving hundreds of thousands of commuters to drive, cycle or walk.

About 1,900 members of the United Transit Workers union walked out at 4 a.m. in a dispute over pay with Kelverton Metro, the city-owned operator. No trams ran, and the company operated 31 of its usual 420 buses using managers and agency drivers.

Metro carries around 310,000 journeys on a weekday. Traffic on the main routes into the city was heavier than normal from early morning, and the council said congestion was at its worst level since snowfall in 2021.

The union is seeking a 7% pay rise this year; the company has offered 3.2%. The union's regional secretary, Dolores Renshaw, told strikers at a depot that the walkout would continue "for as long as it takes".

Chief executive Alastair Penfold said the offer was "fair and affordable" and that the company would meet the union on Wednesday at the Arbitration and Conciliation Service.

Mayor Rosalind Brook, whose city council owns Metro, said she would not intervene directly in negotiations but wanted "both sides to come out of Wednesday with a deal". The strike is the first full stoppage of the network since 2011.
""",
)
add(
    "klv-day1-klvnews",
    S,
    None,
    "independent_same_story",
    None,
    "Walking, cycling, car-sharing: how Kelverton got to work today",
    "https://klvnews.example/local/walking-cycling-car-sharing-how-kelverton-got-to-work",
    "KLV News team",
    """
No trams. Hardly any buses. So how did you get to work this morning?

We've been out across the city since 6am, and here's what you told us.

Shona Lomax, 29, walked an hour and a quarter from Ashgate to her office in the city centre. "I quite enjoyed it to be honest. Ask me again on Thursday," she laughed.

Gerry Hallam, 58, normally takes the number 4 tram from Millbeck. Today he shared a car with three neighbours. "We set off at half six and we still got in late. The ring road was solid."

Students at Kelverton College had it easiest: lectures moved online for the week.

Not everyone could adapt. Maxine Walcott, who works as a carer, said she'd had to cancel two morning visits because she couldn't reach her clients in Fennside without a bus. "They're elderly. They rely on me," she said. "I support the drivers, I really do, but somebody needs to sort this out."

Cycle hire was the big winner: the city's bike scheme recorded nearly three times its usual number of trips by 10am.

Metro ran a handful of buses on the 1, 7, 12, 23 and 40 routes, but many were full by the second stop.

Talks between the union and Metro are due on Wednesday. Until then, there's no sign of the strike ending.

Keep your stories coming: message the newsroom on the usual number.
""",
)

S = "written:kelverton-strike-talks-2025-05-21"
add(
    "klv-talks-herald",
    S,
    None,
    "independent_same_story",
    "2025-05-21",
    "No deal after marathon talks, but both sides speak of progress",
    "https://kelvertonherald.example/news/no-deal-after-marathon-talks",
    "Owen Prys",
    """
Eleven hours of talks at the offices of the Arbitration and Conciliation Service ended on Wednesday evening without an agreement to end Kelverton's transit strike, but both sides said the gap between them had narrowed.

Negotiators for Kelverton Metro and the United Transit Workers arrived at the service's offices on Albion Quay shortly before 9am. They left just after 8pm, and will return on Thursday afternoon.

Neither side would give details of what had been discussed. But the Herald understands that Metro has moved away from a single-year deal and put forward a two-year offer worth more than its original 3.2 per cent, with a second rise next January.

"There has been movement, and I'm not going to pretend there hasn't," said Dolores Renshaw, the union's regional secretary, as she left. "But movement is not a deal. Until we have something I can put to my members, the strike goes on."

Alastair Penfold, Metro's chief executive, described the day as "long but constructive".

The chief conciliator, Howard Iqbal, who chaired the talks, said he was "cautiously hopeful".

Earlier in the day Mayor Rosalind Brook said the city council was prepared to make a one-off grant of up to £4 million to Metro to help fund a settlement, the first time she has offered money from the city's reserves. The offer drew criticism from opposition councillors, who said it would reward the union for striking.

The strike entered its third day with no trams running and around 40 buses on the streets. The council estimates that the stoppage is costing city centre businesses £1.5 million a day.
""",
)
add(
    "klv-talks-ana",
    S,
    None,
    "independent_same_story",
    "2025-05-22",
    "Kelverton transit talks adjourn after 11 hours without deal",
    "https://anawire.example/news/kelverton-transit-talks-adjourn",
    None,
    """
KELVERTON, May 22 (ANA) - Talks to end a strike that has shut down Kelverton's trams and most of its buses adjourned late on Wednesday after 11 hours without a deal, though the union and the city's transit operator both reported progress.

The two sides will resume negotiations on Thursday afternoon at the Arbitration and Conciliation Service, which is mediating.

About 1,900 members of the United Transit Workers have been on strike since Monday in a pay dispute with Kelverton Metro, which is owned by the city council. The union has demanded a 7% rise for this year; the company had offered 3.2%.

People familiar with the talks said Metro had proposed a deal spread over two years. Neither side confirmed the figures.

Union regional secretary Dolores Renshaw said there had been "movement" but that the strike would continue until members had an offer to vote on.

Mayor Rosalind Brook on Wednesday offered a grant of up to 4 million pounds from city reserves to help fund a settlement.

The stoppage has left about 310,000 daily journeys without a service. The city council estimates it is costing businesses in the centre 1.5 million pounds a day.
""",
)

S = "written:kelverton-strike-deal-2025-05-23"
F = "written:fam-klv-deal-ana"
add(
    "klv-deal-ana",
    S,
    F,
    "original",
    "2025-05-23",
    "Kelverton transit strike suspended after pay deal",
    "https://anawire.example/news/kelverton-transit-strike-suspended-after-pay-deal",
    None,
    """
KELVERTON, May 23 (ANA) - Kelverton's trams and buses will run again from Saturday after the United Transit Workers union suspended a five-day strike on Friday, having reached a two-year pay deal with the city's transit operator.

The agreement, struck after a third day of talks at the Arbitration and Conciliation Service, gives about 1,900 drivers and engineers at Kelverton Metro a 4.5% rise backdated to April and a further 1.6% from January 2026, together worth 6.1%. Staff will also receive a one-off payment of 750 pounds.

The union had sought 7% for this year, while Metro's offer before the strike was 3.2%.

Members will vote on the deal in a ballot that closes on June 6. The union's regional secretary, Dolores Renshaw, said she would recommend acceptance. "This is a deal our members can be proud of. They stood together and they were heard," she said.

Metro chief executive Alastair Penfold said the agreement was "affordable and fair" and thanked passengers for their patience. Part of its cost will be met by a grant of up to 4 million pounds from the city council, which owns Metro.

The first trams will leave the depots at 5 a.m. on Saturday, and a full timetable will operate from Monday, the company said.

Mayor Rosalind Brook said: "This week has been hard on everyone in this city. I'm glad it's over."
""",
)
add(
    "klv-deal-kelvertontoday",
    S,
    F,
    "wire_copy",
    None,
    "Strike over: trams back on Saturday after union and Metro agree two-year deal",
    "https://kelvertontoday.example/news/strike-over-trams-back-on-saturday",
    "ANA",
    """
KELVERTON, May 23 (ANA) - Kelverton's trams and buses will run again from Saturday after the United Transit Workers union suspended a five-day strike on Friday, having reached a two-year pay deal with the city's transit operator.

The agreement, struck after a third day of talks at the Arbitration and Conciliation Service, gives about 1,900 drivers and engineers at Kelverton Metro a 4.5% rise backdated to April and a further 1.6% from January 2026, together worth 6.1%. Staff will also receive a one-off payment of 750 pounds.

The union had sought 7% for this year, while Metro's offer before the strike was 3.2%.

Members will vote on the deal in a ballot that closes on June 6. The union's regional secretary, Dolores Renshaw, said she would recommend acceptance. "This is a deal our members can be proud of. They stood together and they were heard," she said.

The first trams will leave the depots at 5 a.m. on Saturday, and a full timetable will operate from Monday, the company said.

Kelverton Today: your city, your news. Sign up for our morning briefing.
""",
)
add(
    "klv-deal-herald",
    S,
    None,
    "independent_same_story",
    "2025-05-23",
    "Deal done: union suspends strike and trams return tomorrow",
    "https://kelvertonherald.example/news/deal-done-union-suspends-strike",
    "Nadine Corless",
    """
The Kelverton transit strike is over, at least for now. After three days of talks and five days of gridlock, the United Transit Workers union announced on Friday afternoon that it had suspended its action and would put a new offer from Kelverton Metro to its members.

The first trams will roll out of Dunstan Road at 5am tomorrow.

The offer is considerably better than the one that triggered the walkout. Metro had originally offered 3.2 per cent for this year. Under the new deal, workers get 4.5 per cent now, backdated to April, another 1.6 per cent next January and a £750 lump sum. It falls short of the 7 per cent the union demanded, but Dolores Renshaw, its regional secretary, will recommend that members accept.

"We said from day one that we wanted a fair deal, not a fight. It took a strike to get one," she said outside the conciliation service offices on Albion Quay, flanked by shop stewards.

The city will pick up part of the bill. Up to £4 million from council reserves will go to Metro, a decision that opposition leader Graham Tuck called "a ransom payment". Mayor Rosalind Brook defended it: "The strike was costing the city £1.5 million a day. This was the cheapest way out."

Alastair Penfold, Metro's chief executive, thanked passengers and said he wanted to "rebuild trust with our own staff". He did not rule out fare rises next year.

The ballot closes on 6 June. If members reject the deal, the union could call a new strike with two weeks' notice.

Businesses are counting the cost. The Kelverton Chamber of Trade said some of its members had lost a week's takings.
""",
)

# ---------------------------------------------------------------------------------------------
# The Corranmore capsizing: one story. A live blog, the wire's first report and its
# write-through (a family, with a copy of the write-through), and a next-day follow-up.

S = "written:corranmore-2025-08-16"
F = "written:fam-corranmore-ana"
add(
    "ferry-liveblog-chronicle",
    S,
    None,
    "live_blog",
    "2025-08-16",
    "Live: ferry capsizes off Skerrin Head – rescue under way",
    "https://westernchronicle.example/news/live-ferry-capsizes-off-skerrin-head",
    "Chronicle newsdesk",
    """
Live updates. Times are local.

21:15 – That's all from us tonight. To recap: the Westerly Ferries vessel Corranmore capsized off Skerrin Head shortly before 10am on its way from Portmorran to Innis Carra. Nine people are confirmed dead and 11 are still missing. 166 people have been rescued. The search will resume at first light. Thank you for following.

20:05 – Transport Minister Declan Moffatt has arrived in Portmorran. Speaking on the quayside he said "every resource this country has" was being committed to the search and promised a full independent inquiry.

18:30 – The coastguard has confirmed two more deaths, bringing the toll to nine. Lieutenant Commander Fergal Nunn says 11 people remain unaccounted for. "We have not given up hope," he said.

16:55 – A woman rescued from the water by a fishing boat has died in hospital in Portmorran, the seventh death.

15:10 – Westerly Ferries says 186 people were on board: 164 passengers and 22 crew. The coastguard says 141 have now been rescued. A passenger centre has been set up at the Portmorran ferry terminal for families.

13:40 – Coastguard now confirms four deaths. Lifeboats from Portmorran and Ballinrae, two helicopters and at least a dozen fishing boats are in the area.

12:15 – Our reporter at the harbour says two bodies have been brought ashore. Ambulances are lined up along the quay.

11:30 – The coastguard says the vessel is lying on its side about two miles north of Skerrin Head. Winds in the area were gusting to gale force this morning.

10:42 – We are getting reports that a passenger ferry has got into difficulty off Skerrin Head. A mayday was issued at 09:52. More soon.
""",
)
add(
    "ferry-ana-first",
    S,
    F,
    "original",
    "2025-08-16",
    "At least four dead after ferry capsizes off Skerrin Head",
    "https://anawire.example/news/ferry-capsizes-off-skerrin-head",
    None,
    """
PORTMORRAN, Aug 16 (ANA) - At least four people died when a passenger ferry capsized in rough seas off Skerrin Head on Saturday morning, the coastguard said, and rescuers were searching for dozens more who were unaccounted for.

The Corranmore, operated by Westerly Ferries, was carrying passengers and crew from Portmorran to the island of Innis Carra when it issued a mayday at 09:52 local time. It was later found lying on its side about two miles north of the headland.

Lifeboats from Portmorran and Ballinrae, two coastguard helicopters and fishing boats from nearby harbours joined the rescue. More than 100 people had been pulled from the water or lifted from the hull by early afternoon, the coastguard said.

"Conditions are difficult, with a heavy swell, but our crews are doing everything they can," coastguard spokesman Lieutenant Commander Fergal Nunn told reporters.

Winds in the area were gusting to gale force on Saturday morning. The weather service had issued a warning for strong winds on the west coast on Friday evening.

Westerly Ferries said it was cooperating fully with the emergency services and had opened a helpline for relatives. It did not say how many people were on board.

The Corranmore, built in 1998, operates up to four return crossings a day on the 90-minute route in summer.
""",
)
_ferry_write_through = """
PORTMORRAN, Aug 16 (ANA) - Nine people died and 11 were missing after a passenger ferry capsized in rough seas off Skerrin Head on Saturday, the coastguard said, as rescuers prepared to resume the search at first light.

The Corranmore, operated by Westerly Ferries, was carrying 164 passengers and 22 crew from Portmorran to the island of Innis Carra when it issued a mayday at 09:52 local time. It was later found lying on its side about two miles north of the headland.

A total of 166 people had been rescued, the coastguard said in the evening. One woman pulled from the water died later in hospital.

Lifeboats from Portmorran and Ballinrae, two coastguard helicopters and fishing boats from nearby harbours joined the rescue, which was scaled back after dark.

"We have not given up hope. There are air pockets in a hull like that, and people have survived longer than this," coastguard spokesman Lieutenant Commander Fergal Nunn told reporters.

Winds in the area were gusting to gale force on Saturday morning. The weather service had issued a warning for strong winds on the west coast on Friday evening. Westerly Ferries did not say why the crossing had gone ahead.

Transport Minister Declan Moffatt, who travelled to Portmorran, promised a full independent inquiry and said "every resource this country has" was being committed to the search.

The Corranmore, built in 1998, operates up to four return crossings a day on the 90-minute route in summer. It is the country's deadliest ferry accident since 1987.
"""
add(
    "ferry-ana-writethrough",
    S,
    F,
    "write_through",
    "2025-08-16",
    "UPDATE 3-Ferry toll rises to nine, 11 missing off Skerrin Head",
    "https://anawire.example/news/ferry-toll-rises-to-nine-skerrin-head",
    None,
    _ferry_write_through,
)
add(
    "ferry-newsnowhub-copy",
    S,
    F,
    "verbatim_copy",
    None,
    "Ferry toll rises to nine, 11 missing off Skerrin Head",
    "https://newsnowhub.example/world/ferry-toll-rises-to-nine-11-missing-off-skerrin-head",
    None,
    _ferry_write_through
    + """
Source: ANA. Image for illustration only.
Read more: Latest world news | Weather alerts
""",
)
add(
    "ferry-islandsradio-nextday",
    S,
    None,
    "independent_same_story",
    "2025-08-17",
    "Innis Carra keeps vigil as ferry death toll reaches 13",
    "https://islandsradio.example/news/innis-carra-keeps-vigil-ferry-death-toll-13",
    "Moira Gillan",
    """
Hundreds of people gathered at the harbour wall in Innis Carra on Sunday evening as the number of people known to have died when the Corranmore capsized rose to 13.

Divers recovered four more bodies from inside the ferry's hull on Sunday, the coastguard said. Seven people are still missing. Among the dead are a retired couple from the island and a 19-year-old deckhand on his second summer with Westerly Ferries.

The island's parish priest, Father Aidan Roche, led prayers as candles were floated on the water. "There is no house on this island that hasn't lost someone or doesn't know someone who was on that boat," he said.

Questions are growing about why the ferry sailed. A gale warning had been in force since Friday night, and two other operators cancelled crossings on Saturday morning. Westerly Ferries said on Sunday that the decision to sail was "taken by the master in line with our procedures" and that it would not comment further while an investigation was under way.

The Marine Casualty Board has opened an inquiry, and its inspectors spent Sunday at Portmorran. The ferry's master, Captain Arne Sellevold, was questioned by police on Saturday night and released. He has not been charged.

Survivors described the ship listing sharply after it was struck side-on by a large wave. "The cars below shifted, you could hear them, and then everything just went over," said one passenger, Ellie Brannock, who was lifted from the hull by helicopter.

The search will continue on Monday with navy divers.
""",
)

# ---------------------------------------------------------------------------------------------
# The Vossberg Polymers explosion: one story. A live blog, the wire's alert and write-through
# (a family), and two next-day reports.

S = "written:vossberg-blast-2025-11-19"
F = "written:fam-vossberg-ana"
add(
    "blast-liveblog-echo",
    S,
    None,
    "live_blog",
    "2025-11-19",
    "Stenmore chemical plant explosion: latest updates",
    "https://stenmoreecho.example/news/live-stenmore-chemical-plant-explosion",
    "Echo reporters",
    """
This page is updated through the day. Most recent first.

19:40 | Vossberg Polymers has confirmed that a second worker has died. Police say 27 people were treated in hospital, four of them in a critical condition. One worker is still unaccounted for.

16:20 | Chief Fire Officer Moira Quennell says the fire is under control but crews will stay on site overnight. "There is still a great deal of heat in that building," she said.

13:30 | The shelter-in-place order has been lifted. The Regional Environment Office says air samples taken around the plant show no harmful levels of chemicals. Schools in Eastwold and Brackley Rise will reopen tomorrow.

12:05 | Vossberg's managing director, Carsten Holt, has spoken briefly outside the gates. He says the blast happened in the resin reactor building during the shift change and that "our first thoughts are with our colleagues and their families".

10:15 | Stenmore General Hospital says it has received 12 casualties, mostly with burns and injuries from flying glass. It has declared a major incident and asked people to avoid the emergency department unless absolutely necessary.

09:00 | Police confirm one person has died. Three workers are unaccounted for.

07:55 | Residents within two kilometres of the plant on Harbour Industrial Estate are told to stay indoors and keep windows closed.

07:10 | Readers in Eastwold and the town centre report hearing a huge bang just before 6.40am. Several tell us windows were blown in. Thick black smoke can be seen across Stenmore.
""",
)
add(
    "blast-ana-first",
    S,
    F,
    "original",
    "2025-11-19",
    "One dead, three missing in explosion at Stenmore chemical plant",
    "https://anawire.example/news/explosion-stenmore-chemical-plant",
    None,
    """
STENMORE, Nov 19 (ANA) - An explosion at a chemical plant in the northern port town of Stenmore killed one worker and injured at least 12 on Wednesday, and three others were missing, police said.

The blast happened at about 6:40 a.m. at the Vossberg Polymers site on the town's Harbour Industrial Estate, shattering windows in nearby streets and sending a column of black smoke over the town.

Authorities told people living within two kilometres of the plant to stay indoors with their windows closed while firefighters tackled the blaze.

The injured were taken to Stenmore General Hospital, which declared a major incident. Most had burns or cuts from glass, the hospital said.

Vossberg Polymers, which makes plastic resins for the packaging and car industries, employs about 340 people at the site. A company spokeswoman said it was too early to say what had caused the explosion.

The plant has been inspected twice in the past three years by the national workplace safety regulator, which ordered improvements to its fire suppression systems in 2023.
""",
)
add(
    "blast-ana-writethrough",
    S,
    F,
    "write_through",
    "2025-11-19",
    "UPDATE 2-Two dead, 27 hurt in Stenmore chemical plant blast; stay-indoors order lifted",
    "https://anawire.example/news/stenmore-blast-two-dead-27-hurt",
    None,
    """
STENMORE, Nov 19 (ANA) - An explosion at a chemical plant in the northern port town of Stenmore killed two workers and injured 27 on Wednesday, and one other was still missing in the evening, police and the company said.

The blast happened at about 6:40 a.m. at the Vossberg Polymers site on the town's Harbour Industrial Estate, shattering windows in nearby streets and sending a column of black smoke over the town.

Four of the injured were in a critical condition at Stenmore General Hospital. Most of the others had burns or cuts from glass, the hospital said.

Authorities lifted an order for people living within two kilometres of the plant to stay indoors after air tests by the Regional Environment Office found no harmful levels of chemicals. The fire was brought under control in the afternoon.

Managing director Carsten Holt said the explosion had happened in the building that houses the plant's resin reactors during a change of shifts. "Our first thoughts are with our colleagues and their families," he said.

Vossberg Polymers, which makes plastic resins for the packaging and car industries, employs about 340 people at the site.

The plant has been inspected twice in the past three years by the national workplace safety regulator, which ordered improvements to its fire suppression systems in 2023. The regulator said it had sent inspectors to the site.
""",
)
add(
    "blast-nb-nextday",
    S,
    None,
    "independent_same_story",
    "2025-11-20",
    "Third worker found dead as investigators begin work at Vossberg site",
    "https://northernbroadcasting.example/news/third-worker-found-dead-vossberg",
    None,
    """
The body of a third worker has been found at the Vossberg Polymers plant in Stenmore, a day after an explosion tore through part of the site.

Firefighters recovered the body from the remains of the resin reactor building on Thursday morning once it had been made safe. The man, who had been missing since the blast, has been named locally as 52-year-old maintenance fitter Derek Oulton, who had worked at the plant for more than 20 years.

Two of his colleagues died on Wednesday. Of the 31 people now known to have been treated in hospital, four remain in a critical condition.

Investigators from the workplace safety regulator and the police began examining the site on Thursday. A joint statement said it was "far too early" to say what caused the explosion, but that the inquiry would look at "the operation of the reactors, maintenance history and the plant's safety systems".

Northern Broadcasting has seen a 2023 enforcement notice that ordered Vossberg to upgrade fire suppression equipment in the same building. The company said the work had been completed in 2024 and signed off by the regulator.

Workers gathered at the plant gates on Thursday, many still in their overalls. "We heard the bang from the canteen. Everybody knew straight away it was the reactors," said one, who asked not to be named.

The local MP, Selina Ruddock, said she would press ministers for a public inquiry.
""",
)
add(
    "blast-echo-nextday",
    S,
    None,
    "independent_same_story",
    "2025-11-20",
    "'It felt like the whole street lifted': Eastwold counts the cost",
    "https://stenmoreecho.example/news/eastwold-counts-the-cost",
    "Hollie Ashcroft",
    """
Joyce Pendry was making tea in her kitchen on Gasworks Lane, a few hundred metres from the Vossberg plant, when the explosion came. "It felt like the whole street lifted and came down again," the 74-year-old said yesterday, standing next to the plywood that now covers her front window.

All along the lane, and in the terraces of Eastwold behind it, residents spent Thursday sweeping up glass and waiting for glaziers. The council says more than 200 homes reported damage, most of it broken windows and fallen ceilings, and it has set up a help desk at Eastwold Community Centre.

The mood was sombre. Everyone here knows someone who works at Vossberg, and by Thursday morning the news had come through that a third man, the fitter who had been missing since Wednesday, had been found dead in the wreckage.

At St Hilda's church, the vicar, the Rev Tom Kirkwood, opened the doors for anyone who wanted to light a candle. By lunchtime more than 100 people had come.

Some residents said they had long worried about living so close to the plant. "You get the smells, the flares at night. We always said one day something would happen," said Abdul Rahim, who runs the corner shop on Dock Road.

Vossberg Polymers has said it will pay for emergency repairs to damaged homes. Families of the three men who died are being supported by specialist police officers.

A book of condolence is open at the town hall.
""",
)

# ---------------------------------------------------------------------------------------------
# Verdane Motors' press conference: one story, two families. The wire's report and the local
# paper's report are written independently but quote the same words; each is republished
# (the wire's by a content farm, the paper's by a sister paper with light edits). A trade
# title's report quotes one of the same lines and is in no family.

S = "written:verdane-lowmoor-2025-06-10"
F1 = "written:fam-verdane-ana"
F2 = "written:fam-verdane-eveningpost"
_verdane_ana = """
LOWMOOR, June 10 (ANA) - Verdane Motors will close its car assembly plant in Lowmoor by the end of 2026 with the loss of about 1,150 jobs, the company said on Tuesday, blaming a collapse in demand for the small petrol cars built there.

Production of the Corvo hatchback will move to the group's plant at Santa Ilaria, and Lowmoor will stop building cars in the autumn of next year, chief executive Marguerite Lavelle told a news conference at the site.

"This is not a decision we have taken lightly, and it is not a reflection on the people of Lowmoor, who have built some of the best cars this company has ever made," Lavelle said.

She said European sales of the Corvo had fallen from 212,000 in 2021 to about 98,000 last year. "The market for the cars we make there has halved in four years. We cannot keep building cars that nobody is buying," she said.

Verdane will invest the money saved in battery-electric models to be built at its two other plants, she said, and promised that workers would be offered redeployment, retraining or voluntary redundancy. "Nobody will leave this plant without support, and nobody will be forced out before the end of next year," she said.

Des Mulcahy, convenor for the Amalgamated Engineering Union at the plant, said the union would fight the closure. "They have given us eighteen months' notice and not one alternative. We will fight this," he said.

The Lowmoor plant opened in 1974 and at its peak in the 1990s employed 4,800 people. It is the town's largest private employer. Verdane shares rose 2.3% in afternoon trading.
"""
add(
    "verdane-ana",
    S,
    F1,
    "original",
    "2025-06-10",
    "Verdane to close Lowmoor car plant, 1,150 jobs to go",
    "https://anawire.example/business/verdane-to-close-lowmoor-car-plant",
    None,
    _verdane_ana,
)
add(
    "verdane-autonewshub-copy",
    S,
    F1,
    "verbatim_copy",
    None,
    "Verdane to close Lowmoor car plant, 1,150 jobs to go",
    "https://autonewshub.example/verdane-to-close-lowmoor-car-plant-1150-jobs-to-go/",
    "Admin",
    "By Admin\n\n"
    + _verdane_ana
    + """
Share this:
Facebook | X | WhatsApp

Related Posts
- Top 10 family cars of the year
- How to get the best price for your used car

AutoNewsHub brings you the latest car news from around the world. All content is for informational purposes only.
""",
)
_verdane_post = """
The end of car-making in Lowmoor was announced in a marquee in the car park of the Verdane plant on Tuesday morning, in front of rows of managers, a cluster of journalists and, at the back, a handful of workers still in their blue overalls.

Marguerite Lavelle, Verdane's chief executive, had flown in the night before. She read from a statement for six minutes: the plant would stop building the Corvo in the autumn of 2026, the model would move to Santa Ilaria, and the 1,150 people who work there would lose their jobs.

"This is not a decision we have taken lightly, and it is not a reflection on the people of Lowmoor, who have built some of the best cars this company has ever made," she said.

The reason, she said, was simple arithmetic. "The market for the cars we make there has halved in four years. We cannot keep building cars that nobody is buying."

Outside the gates at the midday shift change the mood was of anger more than surprise. Rumours of closure have circulated for two years, since Verdane chose another plant for its first electric model.

"My dad worked here, my uncle worked here. I thought I'd be here till I retired," said Kerry Ansell, 41, who has spent 19 years on the paint line. "Eighteen months. What am I meant to do in eighteen months?"

Des Mulcahy, the union convenor, said he had learned of the decision an hour before the announcement. "They have given us eighteen months' notice and not one alternative. We will fight this," he said.

Lowmoor's MP, Colin Arbuthnot, said he would seek an urgent meeting with the industry minister. The council leader, Shirin Badawi, said the town would lose "its heart".

Suppliers are also worried. Around 40 firms in the district sell parts or services to the plant.
"""
add(
    "verdane-eveningpost",
    S,
    F2,
    "original",
    "2025-06-10",
    "'Eighteen months. What am I meant to do?' Lowmoor reels as Verdane pulls out",
    "https://lowmoorpost.example/news/lowmoor-reels-as-verdane-pulls-out",
    "Bethan Carrick",
    _verdane_post,
)
add(
    "verdane-westmarchherald-copy",
    S,
    F2,
    "edited_copy",
    "2025-06-11",
    "Verdane closure: anger in Lowmoor as 1,150 jobs go",
    "https://westmarchherald.example/news/verdane-closure-anger-in-lowmoor",
    "Bethan Carrick",
    _verdane_post.replace(
        "The end of car-making in Lowmoor was announced in a marquee in the car park of the Verdane plant on Tuesday morning, in front of rows of managers, a cluster of journalists and, at the back, a handful of workers still in their blue overalls.",
        "Car-making in Lowmoor is to end, Verdane Motors announced yesterday at a press conference at its plant in the town, 20 miles from Westmarch.",
    ).replace(
        "\nSuppliers are also worried. Around 40 firms in the district sell parts or services to the plant.\n",
        "\nSuppliers in Westmarch are also worried. Several firms in the town sell parts or services to the plant.\n\nThis article first appeared in our sister title, the Lowmoor Evening Post.\n",
    ),
)
add(
    "verdane-motortrade",
    S,
    None,
    "independent_same_story",
    "2025-06-11",
    "Corvo moves to Santa Ilaria as Verdane shrinks its European footprint",
    "https://motortradeweekly.example/manufacturing/corvo-moves-to-santa-ilaria",
    "Neil Ostrander",
    """
Verdane's decision to end production at Lowmoor leaves the group with two European assembly plants and marks the latest retreat by a mass-market manufacturer from small petrol cars.

The Corvo supermini, Lowmoor's only model since 2019, will be built alongside the larger Estiva at Santa Ilaria from late 2026. Analysts estimate that plant is running at about 60% of capacity, so absorbing Corvo volumes should improve its economics considerably.

Chief executive Marguerite Lavelle pointed to the shrinking market for the segment. "The market for the cars we make there has halved in four years," she said at Tuesday's announcement.

The figures support her. Registrations of petrol superminis across the region fell 38% between 2021 and 2024, according to data from the motor industry association, as buyers moved to small crossovers and, more slowly, to electric cars. Verdane's own Corvo volumes fell further, from 212,000 to roughly 98,000, as the model aged; a replacement was cancelled last year.

For the supply chain the closure is a blow. Lowmoor sourced about 55% of its parts by value from within 50 miles, one of the highest shares in the industry. Seat maker Trevane Interiors and wiring supplier Holcombe Electrical both depend on the plant for more than half of their revenue.

Verdane expects the closure to cost around 310 million in restructuring charges, to be booked this year and next, but to save about 180 million a year from 2027. Investors welcomed the move: the shares rose more than 2% on the day.

The company said it would set out its electric vehicle plans at a capital markets day in September.
""",
)

# ---------------------------------------------------------------------------------------------
# Tarrant Viaduct: one story, two families (the Star's report and Elvin FM's, each
# republished), both quoting the engineer and the mayor at the same press conference; the
# wire's short report shares a quote and is in no family.

S = "written:tarrant-viaduct-2025-09-04"
F1 = "written:fam-tarrant-star"
F2 = "written:fam-tarrant-elvinfm"
_tarrant_star = """
The Tarrant Viaduct, which carries 38,000 vehicles a day over the Elvin and the railway yards, will close at 6pm on Thursday and stay shut indefinitely after engineers found cracks in two of its main steel girders.

The decision was announced at an emergency press conference at City Hall on Thursday afternoon, less than four hours before the barriers were due to go up.

City engineer Dr Anouk Verbeek said the cracks had been found on Tuesday during a routine ultrasonic inspection of the 57-year-old structure, and confirmed by a second team on Wednesday night.

"We found cracking in two of the main girders that I was not prepared to drive a single car across," she said. "The cracks are at the points we would expect fatigue to show. The question now is how far they go."

Mayor Colm Fitzwater said he had accepted her advice immediately. "I would rather answer for a traffic jam than for a funeral," he said.

He warned residents to expect serious disruption. "I'm not going to pretend this will be easy. For months, getting across this city is going to take longer."

Traffic will be diverted over the Quayside Bridge and the Northgate ring road, and six bus routes will be rerouted from Friday. The city is asking employers to let staff work from home where possible and is suspending roadworks on the diversion routes.

Dr Verbeek said it was too early to say whether the viaduct could be repaired, which might take six to nine months, or would have to be replaced, which would take several years. A full survey will take about four weeks.

The viaduct was last strengthened in 2006.
"""
add(
    "tarrant-star",
    S,
    F1,
    "original",
    "2025-09-04",
    "Tarrant Viaduct to close tonight after cracks found in girders",
    "https://portelvinstar.example/news/tarrant-viaduct-to-close-tonight",
    "Marcel Dufresne",
    _tarrant_star,
)
add(
    "tarrant-localnewsnow-copy",
    S,
    F1,
    "verbatim_copy",
    "2025-09-05",
    "Tarrant Viaduct to close tonight after cracks found in girders",
    "https://localnewsnow.example/2025/09/05/tarrant-viaduct-to-close-tonight-after-cracks-found-in-girders/",
    "Admin",
    "By Admin | September 5, 2025\n\n"
    + _tarrant_star
    + """
Disclaimer: LocalNewsNow aggregates stories from around the web. If you are the owner of this content and want it removed, please contact us.

Tags: Port Elvin, traffic, bridge, local news
""",
)
_tarrant_fm = """
Port Elvin drivers face months of longer journeys after the city shut the Tarrant Viaduct on Thursday night.

Engineers have found cracks in two of the bridge's main girders. City engineer Dr Anouk Verbeek told a news conference at City Hall that she would not take the risk of leaving it open.

"We found cracking in two of the main girders that I was not prepared to drive a single car across," she said.

The mayor, Colm Fitzwater, backed her: "I would rather answer for a traffic jam than for a funeral."

The viaduct has been closed in both directions since 6pm. About 38,000 vehicles a day normally use it, many of them heading to the port and the Westbank business park.

Diversions are in place via the Quayside Bridge and the Northgate ring road. Bus routes 3, 8, 14, 15, 22 and 31 are affected from Friday morning.

Commuters who spoke to Elvin FM were unhappy but not surprised. "You drive over it and you can feel it move. I'm glad they checked," said Tanya Moorcroft, who drives from Westbank to the hospital every day. "It's going to add half an hour each way, though."

The Port Elvin Chamber of Commerce said it was worried about deliveries to the port and asked the city to publish a timetable for repairs quickly.

City officials say a full survey will take about a month. Repairs could take most of next year.
"""
add(
    "tarrant-elvinfm",
    S,
    F2,
    "original",
    "2025-09-04",
    "Months of disruption ahead as Tarrant Viaduct shuts",
    "https://elvinfm.example/news/months-of-disruption-ahead-tarrant-viaduct-shuts",
    "Elvin FM News",
    _tarrant_fm,
)
add(
    "tarrant-valleynetwork-copy",
    S,
    F2,
    "verbatim_copy",
    "2025-09-04",
    "Port Elvin's Tarrant Viaduct closed indefinitely",
    "https://valleynetwork.example/news/port-elvin-tarrant-viaduct-closed-indefinitely",
    "Elvin FM News",
    _tarrant_fm
    + """
This story first appeared on Elvin FM News and is republished by the Valley Network of local stations.
""",
)
add(
    "tarrant-ana",
    S,
    None,
    "independent_same_story",
    "2025-09-04",
    "Port Elvin shuts main viaduct over safety fears",
    "https://anawire.example/news/port-elvin-shuts-main-viaduct",
    None,
    """
PORT ELVIN, Sept 4 (ANA) - The city of Port Elvin closed its busiest road bridge on Thursday evening after inspectors found cracks in its steel structure, diverting tens of thousands of vehicles a day.

The Tarrant Viaduct, which opened in 1968 and links the city centre with the port and the western suburbs, was shut at 6 p.m. local time, hours after city officials announced the closure.

The cracks were found in two of the viaduct's main load-bearing girders during a routine inspection earlier in the week, city officials said. No date has been set for reopening.

Mayor Colm Fitzwater defended the speed of the decision, saying: "I would rather answer for a traffic jam than for a funeral."

The closure comes two years after the national infrastructure agency warned that more than 300 steel road bridges built in the 1960s and 1970s would need major work within a decade. Officials said it was not yet known whether the Tarrant Viaduct could be repaired or would need to be replaced.

Port Elvin's port handles about 9 million tonnes of cargo a year, and business groups warned that delays would add costs for hauliers.
""",
)

# ---------------------------------------------------------------------------------------------
# Ordinary stories: one event each, reported independently by three or four outlets in their
# own words (different structure, different details, headlines sharing few words).

S = "written:culmere-boat-2025-07-08"
add(
    "boat-observer",
    S,
    None,
    "independent_same_story",
    "2025-07-08",
    "Peat cutters uncover 3,200-year-old boat in Culmere Moss",
    "https://nationalobserver.example/science/peat-cutters-uncover-3200-year-old-boat",
    "Imogen Hartfield, Science Editor",
    """
A boat hollowed out of a single oak trunk more than 3,000 years ago has been recovered from a peat bog in the west of the country after being spotted by a family cutting turf for their fire.

The vessel, 7.4 metres long and almost a metre wide, was found in May at Culmere Moss, near the village of Athelby. Radiocarbon tests on samples of the wood, whose results were announced on Tuesday, date it to between 1260 and 1130 BC, in the late Bronze Age.

"Boats like this survive only in very particular conditions: waterlogged, without oxygen, undisturbed for three millennia," said Dr Saoirse Lennon, the county archaeologist, who led the six-week excavation. "To find one this complete is extraordinary. You can still see the marks of the tools used to shape it."

The find is the largest prehistoric log boat recovered in the region, and only the fourth from the Bronze Age. Archaeologists believe it was used to move people and goods across a lake that covered the area before it silted up and became bog. A wooden paddle was found lying close to the hull.

Lifting the boat was a delicate operation. Peat was removed by hand, and the hull was slid onto a custom-built steel cradle before being lifted by crane onto a lorry in the early hours of a Sunday morning in June.

It is now at the Regional Conservation Centre, where it will spend about two years in tanks of a wax-like solution that will gradually replace the water in the wood. Without that treatment it would crack and crumble within days.

The boat is expected to go on display at the county museum in 2028.
""",
)
add(
    "boat-athelbycourier",
    S,
    None,
    "independent_same_story",
    "2025-07-09",
    "How a Sunday on the moss made history for an Athelby family",
    "https://athelbycourier.example/news/how-a-sunday-on-the-moss-made-history",
    "Carys Pettigrew",
    """
Walter Bream has been cutting turf on Culmere Moss every spring since he was a boy, like his father and grandfather before him. He has turned up bog oak, the odd sheep's skull and, once, a rusty bicycle. But nothing like what he and his son Lewis found on the first Sunday in May.

"Lewis's spade hit something hard about four foot down and he said, Dad, there's a tree here," Walter, 63, told the Courier at his kitchen table on Crossgates Lane. "Then we cleared a bit more and we saw it was shaped. It had a flat end. I said, that's no tree."

The Breams stopped digging and rang the county archaeology service. Within a week a team was camped out on the moss, and this week came confirmation of what they had found: a log boat carved from a single oak around 3,200 years ago, one of the oldest boats ever found in the county.

"It's a funny feeling, thinking somebody sat in that boat and paddled across where our bank is now," said Lewis, 34. "Somebody's great-great-whatever from round here, probably."

County archaeologist Dr Saoirse Lennon praised the family for acting quickly. "If they had carried on cutting, we would have lost the end of the boat. They did exactly the right thing," she said.

The discovery has caused a stir in Athelby. The primary school has adopted the boat as its project for next term, and the parish council is asking whether a replica could one day be displayed in the village hall.

The Breams have been told they will be invited to see the boat once it has been conserved. "I'll go in my Sunday best," said Walter.
""",
)
add(
    "boat-deeptime",
    S,
    None,
    "independent_same_story",
    "2025-07-10",
    "Bronze Age dugout canoe surfaces from western bog",
    "https://deeptimenews.example/archaeology/bronze-age-dugout-canoe-surfaces-from-western-bog",
    "Deep Time News staff",
    """
Archaeologists have announced radiocarbon dates for a dugout canoe recovered this spring from Culmere Moss, placing its construction in the late Bronze Age, c. 1260–1130 cal BC (95% probability).

The vessel is a single-piece oak logboat measuring 7.4 m in length with a maximum beam of 0.92 m. It has a flat transom at the stern end, a feature known from a handful of contemporary boats elsewhere in north-western Europe, where a separate board was slotted into a groove to close the hull. The board itself did not survive, but the groove is well preserved.

Samples were taken from the outer rings of the trunk to narrow the felling date. Dendrochronological analysis is under way, and the team hopes to match the tree-ring sequence to regional oak chronologies, which could fix the year the tree was cut down.

Tool marks on the interior surfaces suggest the hull was worked with bronze axes or adzes rather than stone. A paddle of ash wood, 1.6 m long, was recovered 3 m from the boat in the same deposit and will also be dated.

Pollen cores taken at the site indicate that the moss was open water at the time, part of a shallow lake fringed with reeds and alder carr, making the boat a likely means of crossing or fishing the lake.

The excavation was carried out by the county archaeology service, led by Dr Saoirse Lennon, after the find was reported by local turf cutters. The hull is now undergoing conservation with polyethylene glycol, a process expected to take about two years, followed by freeze-drying.
""",
)
add(
    "boat-valeradio",
    S,
    None,
    "independent_same_story",
    None,
    "Ancient vessel found near Athelby is 'one in a million'",
    "https://valeradio.example/news/ancient-vessel-found-near-athelby",
    "Vale Radio News",
    """
Experts say a boat dug out of a bog near Athelby is more than three thousand years old.

It was found by a local father and son, Walter and Lewis Bream, while they were cutting turf on Culmere Moss.

Tests show it dates from the Bronze Age. It's more than seven metres long and was made from one oak tree.

County archaeologist Dr Saoirse Lennon told Vale Radio it was a one-in-a-million discovery. "We've got people's tool marks on it. You're looking at someone's work from 3,000 years ago, and it's still there," she said.

The boat has been taken away to be preserved. That will take about two years, and then it's expected to go on show at the county museum.

It's only the fourth Bronze Age boat ever found in the region, and the biggest.

Dr Lennon says anyone who finds something unusual in the ground should leave it where it is and get in touch with the archaeology service.
""",
)

S = "written:swiftcrate-breach-2025-01-22"
add(
    "swift-patchline",
    S,
    None,
    "independent_same_story",
    "2025-01-22",
    "Swiftcrate breach: attackers got in through support platform, 2.3M records taken",
    "https://patchline.example/security/swiftcrate-breach-support-platform",
    "Karel Vyskočil",
    """
Parcel delivery company Swiftcrate has confirmed that attackers stole personal data belonging to about 2.3 million customers after breaking into a third-party customer support platform it uses.

In a notice posted on its website on Wednesday, Swiftcrate said an "unauthorised party" used credentials belonging to an employee of HelpLoop, the software vendor that runs its support ticketing system, to query a database of customer records between 11 and 16 January. Swiftcrate's security team spotted unusual export activity on 17 January and cut off the vendor's access the same day.

The stolen records include names, postal addresses, email addresses, phone numbers and, in some cases, delivery instructions, which can contain details such as door codes or where a spare key is left. Swiftcrate says no payment card data or passwords were held in the affected system.

A group calling itself Mothwing claimed responsibility on its leak site on Tuesday, posting what it said was a sample of 10,000 records and demanding payment. Patchline has seen the sample; several records we checked matched real addresses.

HelpLoop said in a statement that it was "working closely with Swiftcrate" and that the compromised account did not have multi-factor authentication enabled, in breach of its own policies.

Security researchers say support platforms are an increasingly popular route into large companies because they often hold broad access to customer data. "The support desk is the soft underbelly. It needs to see everything, so whoever gets in sees everything," said Ana Kuzmanović of the consultancy Redfold Security.

Swiftcrate has reported the incident to the Data Protection Authority.
""",
)
add(
    "swift-ana",
    S,
    None,
    "independent_same_story",
    "2025-01-22",
    "Hackers steal data of 2.3 million Swiftcrate customers",
    "https://anawire.example/business/hackers-steal-data-swiftcrate-customers",
    None,
    """
HALDMOUTH, Jan 22 (ANA) - Parcel delivery firm Swiftcrate said on Wednesday that hackers had stolen personal details of about 2.3 million customers, and warned them to be alert to fraudulent messages.

The company said names, addresses, phone numbers and email addresses were taken from a customer service system run by an outside supplier. It said no bank or card details had been accessed.

"We are deeply sorry. Our customers trust us with their details every time they order, and we have let them down," chief executive Rupert Galloway said in a statement.

Swiftcrate, which delivers about 1.4 million parcels a day, said it had informed the Data Protection Authority and the police. It is contacting affected customers by email.

The authority can fine companies up to 4% of annual turnover for failing to protect personal data. Swiftcrate reported revenue of 2.8 billion last year.

The company's shares fell 3.4% in morning trading.
""",
)
add(
    "swift-consumerwatch",
    S,
    None,
    "independent_same_story",
    "2025-01-23",
    "Had an email from Swiftcrate? Here's what to do now",
    "https://consumerwatchdaily.example/scams/swiftcrate-data-breach-what-to-do",
    "Leonie Farrant-Bose",
    """
If you've had a parcel delivered by Swiftcrate in the last few years, there's a good chance your details are among those stolen in the data breach the company revealed yesterday.

About 2.3 million people are affected. The good news is that no bank details or passwords were taken. The bad news is that criminals now have a great deal of what they need to make a scam look convincing: your name, address, phone number, email and, for some people, the delivery instructions you gave.

What should you watch out for?
The obvious risk is fake delivery texts and emails. Expect messages saying a Swiftcrate parcel couldn't be delivered and asking you to pay a small "redelivery fee" through a link. Swiftcrate says it never asks for payment by text.

Because the thieves know your address, scam calls may sound very plausible. Be wary of anyone claiming to be from Swiftcrate, your bank or the police who asks you to move money or read out a security code.

Did you leave a key code or a hiding place in your delivery notes? Change the code, or move the key. It sounds obvious, but it matters.

Can I get compensation?
Possibly. Under data protection law you can claim for distress as well as financial loss. Keep any emails from Swiftcrate and a note of any scam messages you receive.

Swiftcrate has set up a helpline, which our readers say was hard to get through to on Wednesday. We'll update this page as we learn more.
""",
)
add(
    "swift-nb",
    S,
    None,
    "independent_same_story",
    "2025-01-22",
    "Delivery firm apologises after customer records stolen",
    "https://northernbroadcasting.example/news/delivery-firm-apologises-records-stolen",
    None,
    """
The boss of the delivery company Swiftcrate has apologised after criminals stole the personal details of millions of its customers.

Rupert Galloway said the company had "let down" the people who trust it with their addresses every time they order something online. About 2.3 million people have been affected.

The data was taken from a computer system run by another company, HelpLoop, which Swiftcrate uses to handle customer complaints and questions. The hackers got in using the login of one of HelpLoop's staff.

A ransomware gang has claimed it was behind the attack and posted some of the data online. Swiftcrate has not said whether it has been asked for money.

The Data Protection Authority confirmed it was investigating. A spokesperson said companies "remain responsible for the data they hand to their suppliers".

Customers we spoke to in Haldmouth were worried. "I've got my gate code in my delivery notes," said one woman, who did not want to be named. "I'll be changing that tonight."

Swiftcrate says it is emailing everyone whose details were taken and has set up a free helpline.
""",
)

S = "written:marlbeck-recall-2025-02-18"
add(
    "marlbeck-gazette",
    S,
    None,
    "independent_same_story",
    "2025-02-18",
    "Supermarket recalls baby milk over bacteria fears",
    "https://riversidegazette.example/news/supermarket-recalls-baby-milk-bacteria",
    "Holly Tennant",
    """
The supermarket chain Marlbeck is recalling thousands of tins of its own-brand infant formula because they may be contaminated with a bacterium that can cause serious illness in babies.

Parents are being told not to use Marlbeck Little Ones First Infant Milk in 800g tins with best-before dates between October and December 2026. The recall covers about 41,000 tins sold in all 214 Marlbeck stores and online since early January.

The Food Safety Agency said routine testing at the factory where the formula is made had found Cronobacter in a sample from the production line. No illnesses have been reported.

Cronobacter is rare but can be dangerous for newborns, premature babies and those with weakened immune systems. Symptoms include fever, poor feeding, excessive crying and very low energy.

"We know how worrying this will be for parents and we're sorry," Marlbeck said in a statement. "Customers can return the product to any store for a full refund, with or without a receipt."

The formula is made for Marlbeck by Dairyvale Nutrition at its plant in Hensford. Dairyvale said it had stopped production on the affected line while it carried out a deep clean and further tests, and that no other products were affected.

The agency's advice to parents who have already used the formula is to watch for symptoms and contact a doctor if they are worried. Babies who are well do not need to be seen.
""",
)
add(
    "marlbeck-parenthub",
    S,
    None,
    "independent_same_story",
    None,
    "Formula recall: a calm guide for worried parents",
    "https://parenthub.example/blog/formula-recall-calm-guide",
    "Dr Funmi Adeyinka, paediatrician",
    """
If you've just found a tin of Marlbeck's first infant milk in your cupboard and your heart sank, take a breath. Here's what you need to know.

Which tins?
Marlbeck Little Ones First Infant Milk, 800g, best before October, November or December 2026. The date is printed on the bottom of the tin. Other Marlbeck formulas, including follow-on milk, are not part of the recall.

What's the problem?
Testing at the factory found a bacterium called Cronobacter. It's not common, and no babies have been reported ill. But the recall is a precaution because very young babies are vulnerable to it.

My baby has had some. What now?
Most babies who drink contaminated formula won't get ill. Watch over the next few days for a temperature, refusing feeds, unusual crying or floppiness. If you see any of these, call your GP or the health advice line, and mention the formula. If your baby is happy and feeding well, you don't need to do anything except switch tins.

What should I switch to?
Any standard first infant milk is fine. They're all made to the same rules, and the cheapest is as good as the most expensive. Don't water down formula or make up your own.

Can I get my money back?
Yes. Take the tin back to any Marlbeck shop, even if it's open and you have no receipt.

One more tip: always make up powdered formula with water that's been boiled and left for no more than 30 minutes. That kills most bacteria, including this one.
""",
)
add(
    "marlbeck-nb",
    S,
    None,
    "independent_same_story",
    "2025-02-18",
    "Marlbeck pulls own-brand infant milk from shelves",
    "https://northernbroadcasting.example/news/marlbeck-pulls-infant-milk",
    None,
    """
Marlbeck has removed one of its own-brand baby milks from sale after a safety test found a potentially harmful bacterium.

The Food Safety Agency has issued a "do not use" notice for the chain's Little Ones First Infant Milk, sold in 800g tins, with best-before dates from October to December next year.

It said Cronobacter had been detected during routine checks at the factory of Marlbeck's supplier, Dairyvale Nutrition. There are no reports of babies falling ill.

The agency's chief scientific adviser, Dr Pieter Langhorne, said the risk to any individual baby was "very low" but that infant formula had to meet "the very highest standard".

This is the second recall of infant formula this winter. In December another retailer withdrew a batch of follow-on milk because of a labelling error.

The National Childbirth Network said it had received dozens of calls from anxious parents. Its chief executive, Hester Lydgate, said some families could struggle to find alternatives. "Formula is already expensive. For parents on tight budgets, having to throw away a tin is a real cost, so it's important the refund is easy," she said.

Marlbeck says customers can return the tins to any of its stores for a full refund.
""",
)

S = "written:oyston-verdict-2025-04-10"
add(
    "oyston-mercury",
    S,
    None,
    "independent_same_story",
    "2025-04-10",
    "Guilty: former mayor Oyston convicted over harbour fund",
    "https://quarringtonmercury.example/news/guilty-former-mayor-oyston-convicted",
    "Russell Penhale, Court Reporter",
    """
Bernard Oyston, who served two terms as mayor of Quarrington, has been found guilty of fraud after a jury decided he siphoned £1.2 million of public money meant to regenerate the town's harbour into a company run by his brother-in-law.

The 61-year-old showed no emotion as the verdict was read out at Quarrington Crown Court on Thursday afternoon. The jury of seven women and five men had deliberated for just over nine hours, reaching a majority verdict of 10 to 2 on the charge of fraud by abuse of position.

His brother-in-law, Keith Varley, 58, was acquitted of money laundering.

During the five-week trial the court heard that Oyston, mayor from 2014 to 2022, steered contracts worth £1.2 million from the Harbour Regeneration Fund to Varley's firm, Tidemark Consulting, between 2018 and 2021. Prosecutors said the company had no staff, no experience of regeneration work and produced "a handful of reports that could have been written in an afternoon".

Oyston told the jury he had believed Tidemark offered good value and had declared his family connection to a council officer, who had since died. There was no written record of that declaration.

Judge Imelda Strachan granted Oyston bail but warned him that "all options, including custody" would be considered when he is sentenced on 16 May.

Outside court, council leader Patrick Mulhearn said the town had been "badly let down". "That money was supposed to bring jobs to the harbour. Instead it went into one family's pocket," he said. The council will seek to recover the money.
""",
)
add(
    "oyston-ana",
    S,
    None,
    "independent_same_story",
    "2025-04-10",
    "Ex-mayor of Quarrington convicted of defrauding regeneration fund",
    "https://anawire.example/news/ex-mayor-quarrington-convicted-fraud",
    None,
    """
QUARRINGTON, April 10 (ANA) - A former mayor of the port town of Quarrington was convicted on Thursday of defrauding a public fund set up to regenerate its harbour, in one of the largest local government fraud cases in a decade.

A jury at Quarrington Crown Court found Bernard Oyston, 61, guilty of fraud by abuse of position by a majority of 10 to 2. Prosecutors said he directed 1.2 million pounds in consultancy contracts to a firm controlled by his brother-in-law while he was mayor.

The brother-in-law, Keith Varley, was found not guilty of money laundering.

Oyston, who led the town council from 2014 to 2022, denied the charge. He will be sentenced on May 16. Fraud by abuse of position carries a maximum sentence of 10 years in prison.

The Harbour Regeneration Fund was created in 2017 with money from central government and the council to attract marine businesses to disused docks. A government audit in 2022 found that less than a third of its budget had been spent on building work.
""",
)
add(
    "oyston-observer",
    S,
    None,
    "independent_same_story",
    "2025-04-11",
    "The mayor, the brother-in-law and the reports nobody read",
    "https://nationalobserver.example/politics/the-mayor-the-brother-in-law-and-the-reports",
    "Fergus Alder",
    """
For eight years Bernard Oyston was the most recognisable man in Quarrington: the former trawlerman turned council leader who promised to bring life back to the town's empty docks. On Thursday a jury decided that he had instead treated the money meant for that purpose as a family resource.

His conviction for fraud, by a 10-2 majority after a five-week trial, ends a case that began in 2022 when a junior finance officer noticed that one small consultancy, Tidemark, kept appearing on the list of payments from the Harbour Regeneration Fund.

Tidemark turned out to be registered at the home of Keith Varley, whose sister is married to Oyston. Over three years it was paid £1.2 million for feasibility studies. The jury saw several of them. One, on "marine leisure opportunities", ran to eleven pages, four of which were photographs.

Varley was cleared of laundering the proceeds. His lawyers argued he had done the work he was asked to do, and that it was not his job to decide if it was worth the price.

The case raises awkward questions about how such a fund was allowed to operate with so little oversight. Until 2021 payments below £50,000 needed only the mayor's signature, and Tidemark's were all kept below that limit. The auditor's report that eventually exposed the pattern was commissioned only after Oyston lost office.

The government has since tightened the rules for regeneration grants, but local campaigners say the harbour itself is still largely derelict.

Oyston will be sentenced next month.
""",
)

S = "written:gullhaven-whale-2025-04-27"
add(
    "whale-gazette",
    S,
    None,
    "independent_same_story",
    "2025-04-27",
    "Rescuers race tide to save stranded sperm whale",
    "https://gullhavengazette.example/news/rescuers-race-tide-stranded-sperm-whale",
    "Lotte Vance",
    """
Marine rescuers were preparing on Sunday evening to try to refloat a 14-metre sperm whale that became stranded on Gullhaven Sands in the early hours.

The young male was spotted by a dog walker at about 6.30am, lying on its side near the low-water mark at the northern end of the beach. By mid-morning dozens of volunteers from Coastwatch Marine Rescue were keeping its skin wet with buckets and soaked sheets while a vet assessed its condition.

Coastwatch's operations manager, Hywel Penberthy, said the animal was breathing steadily but was "under a lot of strain" from its own weight, which he estimated at around 30 tonnes. "Sperm whales are deep-ocean animals. This one has come into shallow water for reasons we don't yet understand, and on a flat beach like this it's very hard for them to get off," he said.

The team planned to use inflatable pontoons to try to float the whale off on the evening high tide, at 7.40pm.

Police closed the car park and set up a cordon around the whale after hundreds of people came to look. Officers asked the public to stay away to give rescuers room to work and to avoid stressing the animal.

Sperm whale strandings on this coast are rare. The last, in 2017, was at Scaldby Point, where the whale died before rescuers could reach it.
""",
)
add(
    "whale-nb",
    S,
    None,
    "independent_same_story",
    "2025-04-28",
    "Sperm whale dies on Gullhaven beach after failed refloat",
    "https://northernbroadcasting.example/news/sperm-whale-dies-gullhaven",
    None,
    """
A sperm whale that stranded on a beach in Gullhaven has died, despite an effort by rescuers to float it back out to sea.

The 14-metre whale came ashore on Gullhaven Sands early on Sunday. Volunteers from Coastwatch Marine Rescue spent the day keeping it cool and wet, and tried to refloat it using pontoons when the tide came in on Sunday evening.

The whale briefly floated but was too weak to swim and was washed back onto the sand. It died at about 1am on Monday with rescuers beside it.

"Everybody who was there did everything they possibly could. It's heartbreaking," said Coastwatch's Hywel Penberthy.

Scientists from the national marine strandings programme will carry out a post-mortem examination on the beach on Monday to try to find out why the whale came ashore. Sperm whales usually live in deep water far offshore.

The council says it is working out how to remove the carcass safely. Large whales can build up gas as they decompose, and the public has been told to keep away from the cordoned-off area.
""",
)
add(
    "whale-coastwatch",
    S,
    None,
    "independent_same_story",
    None,
    "Nineteen hours on Gullhaven Sands: thank you to our volunteers",
    "https://coastwatchrescue.example/news/nineteen-hours-on-gullhaven-sands",
    "Coastwatch Marine Rescue",
    """
On Sunday morning our hotline rang at 6.42am. A member of the public had found a large whale on Gullhaven Sands. Within the hour our first medics were on the beach.

What they found was a young male sperm whale, about 14 metres long. It was alive, breathing regularly, but stranded on a very flat beach with the tide going out. For a deep-diving species, being out of the water is extremely dangerous: without the support of the sea, the animal's own weight starts to crush its internal organs.

Over the next 19 hours, 74 of our trained volunteers worked in shifts to keep the whale's skin wet and protected from the sun, while our vets monitored its breathing and heart rate. The local fire service lent us pumps and lighting. Gullhaven Surf Club brought hot drinks and food for everyone on the beach.

When the tide came in on Sunday evening we attempted a refloat using our large-whale pontoon system, the first time it has been used on an animal of this size. The whale floated, but it was too exhausted to hold itself upright and was carried back onto the sand.

Sadly, it died shortly after 1am on Monday, with our team around it.

We know how many of you were watching and hoping. We are devastated, too. But we want to thank every volunteer, every emergency worker and every member of the public who kept their distance and let us work.

Strandings are rare, but they do happen. If you ever find a whale, dolphin or seal on the beach, don't touch it and don't try to push it back into the sea. Call us on our 24-hour hotline.
""",
)

S = "written:rhosmere-marathon-2025-10-12"
add(
    "marathon-rhosmerepost",
    S,
    None,
    "independent_same_story",
    "2025-10-12",
    "Gebru smashes course record as 18,000 take to the streets",
    "https://rhosmerepost.example/sport/gebru-smashes-course-record",
    "Alun Pryce",
    """
Selam Gebru broke the Rhosmere Marathon course record by almost a minute on Sunday, winning the men's race in 2:05:41 on a cool, still morning that could have been made to order.

The 24-year-old, running only his third marathon, pulled away from his last challenger, Isaac Marangu, on the long climb up Castle Hill at 35 kilometres and came down Harbour Parade alone to a huge roar from the crowd. The previous record of 2:06:39 had been set by Abel Mensur in 2019.

"I knew at thirty kilometres that I felt good. When I saw the clock I could not believe it," Gebru said. "The people here were shouting my name. I will come back."

Marangu finished second in 2:06:58, also inside the old record, with Wojciech Zieliński third in 2:08:12.

The women's race was won by Liesel Voorhaar in 2:21:12, a personal best by more than a minute. She finished well clear of defending champion Abena Agyeman, who faded in the final five kilometres.

More than 18,400 runners crossed the line, a record for the event, which was first held in 1983. Among them were hundreds raising money for the Rhosmere Hospice, whose Walk-the-Last-Mile appeal was the official charity this year.

Organisers said conditions were close to perfect, with a temperature of 11C at the start and barely a breath of wind. Race director Moira Tulloch said: "We always said this course was fast. Now the world knows."
""",
)
add(
    "marathon-stride",
    S,
    None,
    "independent_same_story",
    "2025-10-13",
    "Negative split, perfect weather: how Gebru ran 2:05:41",
    "https://stridemagazine.example/elite/how-gebru-ran-2-05-41",
    "Stride Magazine",
    """
Two hours, five minutes and forty-one seconds is a time that would have won most autumn marathons on the calendar. Selam Gebru ran it on a course with a nasty hill at 35 km, and he ran the second half faster than the first.

The splits tell the story. The pacemakers took the lead group of eight through halfway in 63:08, a touch slower than the 62:45 that had been requested. When the last pacer stepped off at 30 km, Gebru and Isaac Marangu were the only two left, and Gebru began pushing. His 5 km split from 30 to 35 km, including the start of the climb, was 14:42. Marangu held on until the top of Castle Hill and then let go.

Gebru's second half was 62:33, a negative split of 35 seconds. That is elite-level pacing, and it suggests there is more in him on a flatter course.

His progression is remarkable. He ran 2:09:50 on his debut in the spring of 2024 and 2:07:15 in the spring of this year. A year ago he was still racing mostly on the roads over 10 km and the half marathon.

Marangu's 2:06:58 in second place was a personal best by more than two minutes.

In the women's race, Liesel Voorhaar ran a measured 2:21:12, moving through from fourth at halfway to take the lead at 32 km.

Weather played its part: 11C at the start, 13C at the finish, wind under 5 km/h. Given those conditions, the Rhosmere course, with its loop along the seafront, may now start to attract deeper fields.
""",
)
add(
    "marathon-ana",
    S,
    None,
    "independent_same_story",
    "2025-10-12",
    "Gebru breaks Rhosmere Marathon record",
    "https://anawire.example/sport/athletics/gebru-breaks-rhosmere-marathon-record",
    None,
    """
RHOSMERE, Oct 12 (ANA) - Selam Gebru won the Rhosmere Marathon in a course record of two hours five minutes 41 seconds on Sunday.

Gebru, 24, broke away from Isaac Marangu on the climb at 35 kilometres and won by 1 minute 17 seconds. Marangu also finished inside the previous record of 2:06:39, set in 2019.

"I felt strong after thirty kilometres, so I went. When I saw the clock I could not believe it," said Gebru, who was running only his third marathon. His previous best was 2:07:15.

Liesel Voorhaar won the women's race in 2:21:12, a personal best, pulling clear of defending champion Abena Agyeman in the last ten kilometres.

Conditions were close to ideal, with temperatures of 11-13 degrees Celsius and almost no wind on the seafront course, which includes a long climb up Castle Hill.

Results:
Men: 1. Selam Gebru 2:05:41 (course record), 2. Isaac Marangu 2:06:58, 3. Wojciech Zieliński 2:08:12.
Women: 1. Liesel Voorhaar 2:21:12, 2. Abena Agyeman 2:23:05, 3. Kalkidan Woldemariam 2:23:49.

Organisers said a record 18,400 runners finished the race, which was first held in 1983.
""",
)
add(
    "marathon-nb",
    S,
    None,
    "independent_same_story",
    None,
    "Foil blankets, fancy dress and a record in Rhosmere",
    "https://northernbroadcasting.example/sport/foil-blankets-fancy-dress-and-a-record-in-rhosmere",
    None,
    """
It was the morning Rhosmere's marathon became a fast race.

The winner, Selam Gebru, crossed the line on Harbour Parade in 2 hours 5 minutes 41 seconds, nearly a minute faster than anyone had run the course before. He described the noise from the crowd on Castle Hill as "like a stadium".

But for most of the 18,400 finishers the day was about something else.

Jenny Coultard, 52, from Wrenfield, ran her first marathon in memory of her sister, who was cared for at the Rhosmere Hospice. "I walked bits of the hill, I'm not ashamed to say," she said, wrapped in a foil blanket. "She'd have laughed at me."

Firefighters from Rhosmere's Dock Street station ran the whole course in full kit, carrying a stretcher. A man dressed as a lighthouse finished in under four hours.

The hospice says runners have raised more than 300,000 for its appeal so far.

Liesel Voorhaar won the women's race in 2:21:12.

The race returns next October. Entries open in January.
""",
)
