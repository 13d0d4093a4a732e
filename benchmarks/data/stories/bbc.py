# ruff: noqa: E501
"""Hand labels for BBC News articles (the shared BBC News dataset, 2004-2005), read by us.

Texts stay in ../shared/data/bbc-news/ (copyright of the BBC, see README.md); only paths and our
labels are here. The dataset gives no dates; "day" below is what the text itself says.

STORIES: story id -> (one-line description of the event, hard-case tags, member files).
A member file is "<category>/<NNN>" under ../shared/data/bbc-news/. Every BBC piece is an
independent report (no copy families): family null, original false.

Tags: "one-event-several-reports" (the members are one story: a report and its same-event
reactions or analysis), "storyline-other-day" (another step of a storyline that has other
stories here), "same-team-other-match", "same-topic-other-day" (successive monthly figures),
"same-names-other-event" (shares names with other stories, unrelated event).
"""

BBC_SOURCE = "bbc"
BBC_DIR = "../shared/data/bbc-news"

_GREEK = ["storyline-other-day"]
_WCOM = ["storyline-other-day"]
_LSE = ["storyline-other-day"]
_YUKOS = ["storyline-other-day"]
_SIX = ["same-team-other-match"]
_MONTH = ["same-topic-other-day"]

STORIES: dict[str, tuple[str, list[str], list[str]]] = {
    # Kenteris and Thanou missed drugs tests, 2004-2005: each step its own story
    "bbc:greek-iaaf-awaits-response": (
        "IAAF waits for the Greek sprinters' answers before the 16 December deadline",
        _GREEK,
        ["sport/050"],
    ),
    "bbc:greek-iaaf-to-rule": (
        "IAAF council call; ruling on Kenteris and Thanou expected Wednesday",
        _GREEK,
        ["sport/051"],
    ),
    "bbc:greek-iaaf-suspends": (
        "IAAF provisionally suspends Kenteris, Thanou and coach Tzekos",
        _GREEK,
        ["sport/033"],
    ),
    "bbc:greek-kenteris-crash-denial": (
        "Kenteris on Alter TV denies faking the motorbike crash",
        _GREEK,
        ["sport/047"],
    ),
    "bbc:greek-tribunal-hearing": (
        "The pair appear before the Greek federation's tribunal (Saturday); Thanou confident afterwards",
        [*_GREEK, "one-event-several-reports"],
        ["sport/023", "sport/054"],
    ),
    "bbc:greek-lawyer-new-evidence": (
        "Kenteris' lawyer submits new evidence and asks for the charges to be dropped",
        _GREEK,
        ["sport/017"],
    ),
    "bbc:greek-verdict-delayed": (
        "Tribunal postpones its judgement by two weeks to mid-March",
        _GREEK,
        ["sport/016"],
    ),
    "bbc:greek-cleared": (
        "Greek tribunal clears Kenteris and Thanou (18 March); Tzekos banned four years",
        _GREEK,
        ["sport/082"],
    ),
    "bbc:greek-sevastis-parliament": (
        "Segas chief Sevastis tells parliament the pair won't race again",
        _GREEK,
        ["sport/080"],
    ),
    "bbc:greek-thanou-interview": (
        "Thanou tells To Vima she wants to run again",
        _GREEK,
        ["sport/089"],
    ),
    "bbc:greek-wada-will-appeal": (
        "Wada's Pound says Wada will appeal the acquittal if the IAAF does not",
        _GREEK,
        ["sport/079"],
    ),
    "bbc:greek-iaaf-appeals": (
        "IAAF appeals the acquittal to CAS and re-suspends both athletes",
        _GREEK,
        ["sport/081"],
    ),
    # Bernie Ebbers' WorldCom trial, New York, 2005: each court day its own story
    "bbc:worldcom-trial-opens": (
        "Ebbers trial starts with jury selection",
        _WCOM,
        ["business/465"],
    ),
    "bbc:worldcom-sullivan-implicates": (
        "Sullivan, the government's chief witness, implicates Ebbers",
        _WCOM,
        ["business/246"],
    ),
    "bbc:worldcom-sullivan-lied": (
        "Cross-examined on Wednesday, Sullivan admits lying to the board",
        _WCOM,
        ["business/114"],
    ),
    "bbc:worldcom-sullivan-ends": (
        "Sullivan finishes two days of cross-examination (Thursday)",
        _WCOM,
        ["business/196"],
    ),
    "bbc:worldcom-myers": (
        "Controller David Myers says Ebbers never made accounting entries (Monday)",
        _WCOM,
        ["business/087"],
    ),
    "bbc:worldcom-defence-cooper": (
        "Defence opens with whistleblower Cynthia Cooper (Wednesday)",
        _WCOM,
        ["business/059"],
    ),
    "bbc:worldcom-ebbers-testifies": (
        "Ebbers' second day on the stand: denies knowing of the fraud",
        _WCOM,
        ["business/100"],
    ),
    "bbc:worldcom-directors-payout": (
        "Ten former WorldCom directors agree $54m class-action settlement (not the trial)",
        ["same-names-other-event"],
        ["business/403"],
    ),
    # Deutsche Boerse and Euronext v the London Stock Exchange, Dec 2004 - Mar 2005
    "bbc:lse-euronext-poised": (
        "UK media: Euronext poised to bid for the LSE after it rejected Deutsche Boerse",
        _LSE,
        ["business/316"],
    ),
    "bbc:lse-euronext-approach": (
        "LSE confirms an approach from Euronext (Monday); shares hit 583p",
        _LSE,
        ["business/319"],
    ),
    "bbc:lse-db-dividend": (
        "Deutsche Boerse raises its 2004 dividend 27% and reports Q4 profit",
        _LSE,
        ["business/171"],
    ),
    "bbc:lse-tci-opposition": (
        "TCI opposes Deutsche Boerse's LSE bid; DB shares rise (Monday)",
        _LSE,
        ["business/454"],
    ),
    "bbc:lse-standard-life": (
        "Standard Life joins shareholders questioning the bid",
        _LSE,
        ["business/220"],
    ),
    "bbc:lse-meetings-ahead": (
        "Seifert (Thursday) and Theodore (Friday) to meet LSE's Furse",
        _LSE,
        ["business/392"],
    ),
    "bbc:lse-db-talks": (
        "Deutsche Boerse holds 'constructive' third meeting with the LSE",
        _LSE,
        ["business/279"],
    ),
    "bbc:lse-euronext-meeting": (
        "Euronext's Theodore meets Furse the day after Deutsche Boerse (Friday)",
        _LSE,
        ["business/264"],
    ),
    "bbc:lse-sets-date": (
        "Sunday Telegraph: LSE to name a preferred bidder by month end",
        _LSE,
        ["business/421"],
    ),
    "bbc:lse-standoff": (
        "Sunday Times: TCI and Atticus seek DB management's removal; must wait for May AGM",
        _LSE,
        ["business/203"],
    ),
    # Yukos and the sale of Yuganskneftegaz, Dec 2004 - 2005
    "bbc:yukos-us-hearing-set": (
        "US bankruptcy judge to hear Yukos' bid to block the auction on Thursday",
        _YUKOS,
        ["business/299"],
    ),
    "bbc:yukos-yugansk-auction": (
        "Baikal Finance Group buys Yugansk at auction (Sunday); next-day speculation over who is behind it",
        [*_YUKOS, "one-event-several-reports"],
        ["business/314", "business/318"],
    ),
    "bbc:yukos-sanctions-baikal": (
        "Yukos returns to the US court (Wednesday) seeking sanctions against Baikal",
        _YUKOS,
        ["business/324"],
    ),
    "bbc:yukos-rosneft-baikal": (
        "Rosneft buys Baikal; Putin defends the purchase",
        _YUKOS,
        ["business/332"],
    ),
    "bbc:yukos-deutsche-filing": (
        "Deutsche Bank's court filing (Tuesday) challenges Yukos' US bankruptcy",
        _YUKOS,
        ["business/358"],
    ),
    "bbc:yukos-accused-of-lying": (
        "Day one of a two-day Houston hearing: Deutsche Bank says Yukos backdated documents",
        _YUKOS,
        ["business/083"],
    ),
    "bbc:yukos-us-case-dismissed": (
        "Houston judge dismisses Yukos' US bankruptcy case",
        _YUKOS,
        ["business/025"],
    ),
    "bbc:yukos-sues-four": (
        "Yukos sues Gazprom, Gazpromneft, Baikal and Rosneft for $20bn",
        _YUKOS,
        ["business/164"],
    ),
    "bbc:yukos-drops-banks": (
        "Yukos drops five banks from its damages claim, keeps Deutsche Bank",
        _YUKOS,
        ["business/230"],
    ),
    "bbc:yukos-menatep-loan": (
        "Menatep to ask Rosneft to repay a $900m Yugansk loan",
        _YUKOS,
        ["business/003"],
    ),
    "bbc:yukos-menatep-sues-russia": (
        "Menatep sues the Russian government for $28.3bn",
        _YUKOS,
        ["business/127"],
    ),
    "bbc:yukos-khodorkovsky-stake": (
        "Khodorkovsky hands his Menatep stake to Leonid Nevzlin",
        _YUKOS,
        ["business/444"],
    ),
    # Malcolm Glazer and Manchester United, 2005
    "bbc:glazer-third-approach": (
        "Glazer's fresh £800m approach confirmed (Sunday): report, Q&A, Monday share reaction, Ferdinand's reaction",
        ["storyline-other-day", "one-event-several-reports"],
        ["business/293", "business/242", "business/209", "business/229", "sport/124"],
    ),
    "bbc:glazer-books-opened": (
        "Man Utd board agrees to let Glazer see its books",
        ["storyline-other-day"],
        ["business/224"],
    ),
    "bbc:glazer-irish-duo": (
        "Sunday papers: McManus and Magnier would reject an £800m offer",
        ["storyline-other-day"],
        ["business/179"],
    ),
    "bbc:man-city-man-utd-match": (
        "Man City 0-2 Man Utd, Premiership (not the takeover)",
        ["same-names-other-event"],
        ["sport/101"],
    ),
    # Fiat and General Motors, 2005
    "bbc:fiat-gm-deadline": (
        "Fiat-GM put-option deadline nears; shares fall on deadlock (Tuesday)",
        ["storyline-other-day"],
        ["business/078"],
    ),
    "bbc:fiat-gm-payoff": (
        "GM pays Fiat 1.55bn euros to end the put option",
        ["storyline-other-day"],
        ["business/160"],
    ),
    "bbc:fiat-alfa-gm-engines": (
        "Unions: Fiat to close Arese engine plant and buy GM engines for Alfa Romeo",
        ["storyline-other-day"],
        ["business/148"],
    ),
    # RBS Six Nations 2005: each match with its same-day reactions one story
    "bbc:6n-wales-england": (
        "Wales 11-9 England, Cardiff (5 Feb): Henson's kick, Grewcock, Henson hailed",
        [*_SIX, "one-event-several-reports"],
        ["sport/303", "sport/307", "sport/401"],
    ),
    "bbc:6n-italy-ireland": (
        "Italy 17-28 Ireland, Rome (6 Feb): report and Kirwan's reaction",
        [*_SIX, "one-event-several-reports"],
        ["sport/302", "sport/305"],
    ),
    "bbc:6n-italy-wales": ("Italy 8-38 Wales, Rome (12 Feb)", _SIX, ["sport/416"]),
    "bbc:6n-england-france": (
        "England 17-18 France, Twickenham (13 Feb): report, Yachvili, Hodgson",
        [*_SIX, "one-event-several-reports"],
        ["sport/414", "sport/286", "sport/284"],
    ),
    "bbc:6n-ireland-england": (
        "Ireland 19-13 England, Lansdowne Road (27 Feb): report, Robinson livid, O'Gara, refereeing analysis",
        [*_SIX, "one-event-several-reports"],
        ["sport/405", "sport/289", "sport/290", "sport/404"],
    ),
    "bbc:6n-robinson-rfu-inquiry": (
        "RFU to investigate Robinson over his criticism of referee Kaplan",
        ["storyline-other-day"],
        ["sport/343"],
    ),
    "bbc:6n-france-wales": (
        "France 18-24 Wales, Paris (26 Feb): Ruddock elated",
        _SIX,
        ["sport/292"],
    ),
    "bbc:6n-scotland-italy": ("Scotland 18-10 Italy, Murrayfield", _SIX, ["sport/407"]),
    "bbc:6n-scotland-ireland": (
        "Scotland v Ireland, Murrayfield: Ireland win",
        _SIX,
        ["sport/311"],
    ),
    # successive monthly figures
    "bbc:us-jobs-2004-10": ("US payrolls +337,000 in October 2004", _MONTH, ["business/134"]),
    "bbc:us-jobs-2004-12": ("US payrolls +157,000 in December 2004", _MONTH, ["business/292"]),
    "bbc:us-jobs-2005-01": (
        "US payrolls +146,000 in January 2005; unemployment 5.2%",
        _MONTH,
        ["business/007"],
    ),
    "bbc:de-jobless-2004-11": (
        "German unemployment up 7,000 in November 2004 to 4.464m",
        _MONTH,
        ["business/022"],
    ),
    "bbc:de-jobless-2004-12": (
        "German unemployment up 17,000 in December 2004 to 4.483m",
        _MONTH,
        ["business/387"],
    ),
    "bbc:de-jobless-2005-02": (
        "German jobless over 5.2m in February 2005",
        _MONTH,
        ["business/139"],
    ),
    "bbc:uk-house-odpm-2004-11": (
        "ODPM: UK house prices dip in November 2004",
        _MONTH,
        ["business/415"],
    ),
    "bbc:uk-house-rics-2004-11": (
        "RICS survey: prices fall in the three months to November 2004 (other release, same month)",
        _MONTH,
        ["business/329"],
    ),
    "bbc:uk-house-odpm-2004-12": (
        "ODPM: UK house prices fall 0.7% in December 2004",
        _MONTH,
        ["business/170"],
    ),
    "bbc:uk-house-halifax-2004-12": (
        "Halifax: UK house prices up 1.1% in December 2004",
        _MONTH,
        ["business/405"],
    ),
    "bbc:uk-house-nationwide-2005-02": (
        "Nationwide: UK house prices up 0.5% in February 2005",
        _MONTH,
        ["business/153"],
    ),
    "bbc:boe-hold-2005-01": (
        "Bank of England holds rates at 4.75% (January 2005)",
        _MONTH,
        ["business/290"],
    ),
    "bbc:boe-hold-2005-02": (
        "Bank of England holds rates at 4.75% for a sixth month (February 2005)",
        _MONTH,
        ["business/119"],
    ),
}

# Files read and left out, with why (doubtful same event, or a duplicate file in the dataset).
LEFT_OUT = {
    "sport/048": "preview of the tribunal hearing (Greek pair): a preview or part of the hearing story? left out",
    "business/192": "Houston hearing testimony (Butler): maybe day two of the hearing in business/083",
    "business/391": "Yukos due in US court Thursday: maybe the same hearing as business/324",
    "business/359": "Fiat-GM Zurich talks: maybe the same day as business/078",
    "sport/346": "England to protest to the IRB: days after the match, a step of its own or a reaction?",
    "sport/330": "Campese on England's complaints: days after the match",
    "sport/308": "Henson's Lions claim: a column about the weekend, not only the match",
    "business/151": "BoE minutes: month not clear from the text",
    "sport/406": "duplicate file of sport/289",
    "sport/314": "duplicate text of sport/302 (other title)",
    "sport/312": "duplicate text of sport/416 (other title)",
    "business/416": "duplicate file of business/292",
    "business/253": "duplicate file of business/007",
    "business/438": "duplicate text of business/290 (other title)",
}
