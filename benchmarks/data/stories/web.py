# ruff: noqa: E501
"""Hand labels for real articles found in the search tool's stored web pages.

Each entry: (id, story, family, original, role, url, published, title, summary).
`summary` is our own one-line description, not the publisher's text (see README.md).
"""

WEB_SOURCE = "stored web pages (search tool, corpus 'pages')"

# stories: (story id, one-line description, hard-case tags)
STORIES = {
    "web:ecuador-quake-2016-04": (
        "M7.8 Ecuador earthquake of 16 April 2016 and its aftermath "
        "(live pages, rising death toll, Correa on rebuilding)",
        ["live-blog-and-follow-ups"],
    ),
    "web:ecuador-peru-quake-2023-03": (
        "M6.8 Ecuador-Peru border earthquake, March 2023",
        ["same-topic-other-day"],
    ),
    "web:manutd-arsenal-2018-04-29": (
        "Man Utd 2-1 Arsenal, Wenger's last visit to Old Trafford",
        ["same-team-other-match"],
    ),
    "web:watford-manutd-2017-11-28": (
        "Watford v Man Utd, 28 Nov 2017 (Silva v Mourinho)",
        ["same-team-other-match"],
    ),
    "web:manutd-huddersfield-2018-12-26": (
        "Man Utd 3-1 Huddersfield, Boxing Day 2018",
        ["same-team-other-match"],
    ),
    "web:manutd-villa-preview-2019-11-30": (
        "Preview of Man Utd v Aston Villa, 1 Dec 2019",
        ["same-team-other-match"],
    ),
    "web:manutd-city-2020-03-08": (
        "Man Utd 2-0 Man City, March 2020 (fan report)",
        ["same-team-other-match"],
    ),
    "web:manutd-newcastle-2025-12": (
        "Man Utd 1-0 Newcastle, December 2025 (player ratings, Indonesian)",
        ["same-team-other-match"],
    ),
    "web:btc-analysis-2020-07-12": (
        "Bitcoin weekly analysis: $9,000-9,400 range, July 2020",
        ["same-topic-other-day"],
    ),
    "web:btc-analysis-16k-18k": (
        "Bitcoin 4-hour analysis: recovery from $15,992 toward $18,000 (late 2022)",
        ["same-topic-other-day"],
    ),
    "web:btc-analysis-25k-26k": (
        "Bitcoin 4-hour analysis: recovery from $24,900 toward $26,450 (2023)",
        ["same-topic-other-day"],
    ),
    "web:btc-analysis-38k-40k": (
        "Bitcoin hourly analysis: recovery from $38,518 toward $40,500",
        ["same-topic-other-day"],
    ),
    "web:btc-analysis-49k-58k": (
        "Bitcoin hourly analysis: recovery from $49,110 toward $58,250 (Aug 2024)",
        ["same-topic-other-day"],
    ),
    "web:btc-analysis-57k-61k": (
        "Bitcoin hourly analysis: rebound from $57,124 toward $60,200",
        ["same-topic-other-day"],
    ),
    "web:btc-analysis-2024-10-04": (
        "Bitcoin hourly analysis: consolidation above $60,000, 4 Oct 2024",
        ["same-topic-other-day"],
    ),
    "web:irma-emergency-2017-09-05": (
        "Trump declares emergencies in Florida, Puerto Rico, USVI ahead of Irma",
        ["storyline-other-day"],
    ),
    "web:irma-trump-tweet-2017-09-06": (
        "Trump tweets his team is 'already in Florida' as Irma hits the Caribbean",
        ["storyline-other-day"],
    ),
    "web:irma-florida-2017-09-10": (
        "Irma strikes Florida; Trump's 'little bit lucky' remarks and disaster "
        "declaration, 10 Sep 2017",
        ["storyline-other-day", "live-blog-and-follow-ups", "shared-quotes-two-families"],
    ),
    "web:ian-florida-2022-09": (
        "Hurricane Ian: Cuba blackout, Cayo Costa landfall (28 Sep 2022) and "
        "aftermath live coverage",
        ["live-blog-and-follow-ups", "same-topic-other-day"],
    ),
}

A = []  # filled below


def add(id, story, family, original, role, url, published, title, summary):
    A.append(
        dict(
            id=id,
            story=story,
            family=family,
            original=original,
            role=role,
            url=url,
            published=published,
            title=title,
            summary=summary,
        )
    )


E = "web:ecuador-quake-2016-04"
add(
    "w-ecu-itv",
    E,
    None,
    False,
    "live_blog",
    "http://www.itv.com/news/topic/earthquake/?page=2",
    "2016-04-16",
    "Ecuador earthquake: What we know so far (ITV live updates page)",
    "ITV live updates: 7.8 quake off Ecuador kills 77, emergency declared, tsunami warning (page also lists a Japan quake).",
)
add(
    "w-ecu-ikn",
    E,
    None,
    False,
    "live_blog",
    "https://iknnews.com/7-4-mag-earthquake-off-ecuador-usgs-now-calling-it-a-7-8mag/",
    "2016-04-16",
    "7.4 mag earthquake off Ecuador (USGS now calling it a 7.8mag)",
    "Blog post updated as the quake news came in: magnitude revised to 7.8, first deaths in Manta, then 28 dead.",
)
add(
    "w-ecu-washex",
    E,
    None,
    False,
    "independent_same_story",
    "https://www.washingtonexaminer.com/politics/1429718/death-toll-rises-after-ecuador-earthquake",
    "2016-04-17",
    "Death toll rises after Ecuador earthquake",
    "Death toll rises to 233; Correa's thank-you tweet; tsunami threat passed.",
)
add(
    "w-ecu-reuters",
    E,
    "web:ecu-reuters",
    True,
    "original",
    "http://in.reuters.com/article/ecuador-quake-idINL2N17L0FY",
    "2016-04-19",
    "Ecuador quake toll (Reuters write-through, 413 dead)",
    "Reuters: touring Portoviejo, Correa says rebuilding will cost billions; 413 dead; economy hit.",
)
add(
    "w-ecu-thanhnien",
    E,
    "web:ecu-reuters",
    False,
    "wire_copy",
    "http://www.thanhniennews.com/world/ecuador-quake-toll-climbs-over-400-damage-put-at-billions-of-dollars-61366.html",
    "2016-04-19",
    "Ecuador quake toll climbs over 400, damage put at billions of dollars",
    "Republication of the Reuters write-through (same paragraphs).",
)
add(
    "w-ecu-cnbc",
    E,
    "web:ecu-reuters",
    False,
    "wire_copy",
    "https://www.cnbc.com/2016/04/17/ecuador-struck-by-largest-earthquake-in-decades-dozens-killed.html",
    "2016-04-18",
    "Ecuador quake death toll rises to 350; billions needed to rebuild",
    "Earlier version of the same Reuters story (350 dead), carried by CNBC; shares Correa's quote and paragraphs.",
)
add(
    "w-ecu-news18",
    E,
    "web:ecu-reuters",
    False,
    "partial_copy",
    "https://www.news18.com/news/world/ecuador-earthquake-death-toll-climbs-to-413-many-still-trapped-1231640.html",
    "2016-04-19",
    "Ecuador earthquake death toll climbs to 413, many still trapped",
    "Reuters story with the toll updated to 413; lead sentence reused from the CNBC-carried version.",
)
add(
    "w-ecu-theweek",
    E,
    "web:ecu-reuters",
    False,
    "rewritten_copy",
    "https://theweek.com/speedreads/619290/ecuadorian-president-reconstruction-following-giant-quake-cost-billions-dollars",
    "2016-04-19",
    "Ecuadorian president: Reconstruction following giant quake will cost 'billions of dollars'",
    "Short rewrite of the Reuters report, crediting Reuters, with Correa's 'billions of dollars' and 'could be huge' quotes.",
)
add(
    "w-ecu-von",
    E,
    None,
    False,
    "independent_same_story",
    "http://von.gov.ng/ecuador-quake-death-toll-reaches-413/",
    "2016-04-19",
    "Ecuador quake death toll reaches 413",
    "Voice of Nigeria: 413 dead, Correa fears the figure will rise, rescues at Manta, funerals in Portoviejo and Pedernales.",
)
add(
    "w-ecu-sunstar",
    E,
    None,
    False,
    "independent_same_story",
    "https://www.sunstar.com.ph/article/69758/Opinion/Ecuador-quake-death-toll-rises-to-507-",
    "2016-04-20",
    "Ecuador quake death toll rises to 507",
    "Wire report from Manta: 507 dead, foreigners among the victims, international rescuers arriving.",
)
add(
    "w-ecu-dw",
    E,
    None,
    False,
    "independent_same_story",
    "http://www.dw.com/en/ecuador-death-toll-rising-after-quake/av-19195180",
    "2016-04-18",
    "Ecuador: Death toll rising after quake (DW video page)",
    "DW video summary: 272 dead, coast towns in rubble, hospitals damaged.",
)
add(
    "w-ecu-straits",
    E,
    None,
    False,
    "independent_same_story",
    "https://www.straitstimes.com/world/americas/quake-death-toll-in-ecuador-surpasses-500-as-country-braces-for-costly-rebuilding",
    "2016-04-20",
    "Quake death toll in Ecuador surpasses 500 as country braces for costly rebuilding",
    "New Reuters story: toll passes 500, a 6.2 aftershock, Correa considers bonds to fund rebuilding.",
)
add(
    "w-ecu-cuenca",
    E,
    None,
    False,
    "independent_same_story",
    "https://cuencahighlife.com/correa-looks-long-painful-recovery-donations-volunteers-pour-disaster-area-foreign-aid-volunteers-arrive/",
    "2016-04-20",
    "Correa looks at 'long, painful recovery' as donations and volunteers pour into disaster area",
    "Local expat site: reconstruction over $3 billion, toll 513, aftershocks, foreign victims.",
)
add(
    "w-ecu-xinhua",
    E,
    None,
    False,
    "independent_same_story",
    "https://www.apdnews.com/article/66a1e16",
    "2016-04-23",
    "Ecuador begins reconstruction after devastating quake",
    "Xinhua: toll 646, reconstruction begins, eight days of mourning.",
)
add(
    "w-ecu-rsoe",
    E,
    None,
    False,
    "independent_same_story",
    "http://hisz.rsoe.hu/alertmap/database/?pageid=event_update&edis_id=EQ-20160417-52944-ECU",
    "2016-04-23",
    "Earthquake in Ecuador on April 17 2016 (RSOE event updates)",
    "Alert-map event page aggregating later updates: toll 654-660, 113 rescued, shelters.",
)
add(
    "w-ecu2023-afp",
    "web:ecuador-peru-quake-2023-03",
    None,
    False,
    "independent_same_story",
    "https://exbulletin.com/uncategorized/2081796/",
    "2023-03-19",
    "Ecuador-Peru earthquake death toll rises to 15 (AFP)",
    "A different quake: M6.5-6.8 near the Peru border kills 15; recalls the 2016 quake.",
)

M = "web:manutd-arsenal-2018-04-29"
add(
    "w-mua-reuters",
    M,
    "web:mua-reuters",
    False,
    "wire_copy",
    "http://www.dailymail.co.uk/wires/reuters/article-5671627/Late-Fellaini-header-condemns-Wenger-Old-Trafford-defeat.html",
    "2018-04-29",
    "Late Fellaini header condemns Wenger to Old Trafford defeat (Reuters via Daily Mail wires)",
    "Reuters short match report: Pogba 16', Mkhitaryan 51', Fellaini stoppage-time header.",
)
add(
    "w-mua-nigeriatoday-1",
    M,
    "web:mua-reuters",
    False,
    "partial_copy",
    "http://www.nigeriatoday.ng/2018/04/fellaini-header-condemns-wenger-to-old-trafford-defeat-2/",
    "2018-04-29",
    "Fellaini header condemns Wenger to Old Trafford defeat",
    "Aggregator copy of the Reuters lead with a sentence on the pre-match presentation.",
)
add(
    "w-mua-vavel",
    M,
    None,
    False,
    "independent_same_story",
    "https://www.vavel.com/en/football/2018/04/29/manchester-united/909358-manchester-united-x-x-arsenal.html",
    "2018-04-29",
    "Manchester United 2-1 Arsenal (VAVEL)",
    "Fan-site match report of the same match.",
)
add(
    "w-mua-teamtalk",
    M,
    None,
    False,
    "independent_same_story",
    "https://www.teamtalk.com/news/fellaini-late-header-sees-more-old-trafford-misery-for-wenger",
    "2018-04-29",
    "Fellaini late header sees more Old Trafford misery for Wenger",
    "Agency-style match report of the same match.",
)
add(
    "w-mua-soccerway",
    M,
    None,
    False,
    "independent_same_story",
    "https://www.soccerway.com/news/2018/April/29/manchester-united-2-arsenal-1-late-fellaini-header-downs-wengers-callow-gunners/",
    "2018-04-29",
    "Manchester United 2 Arsenal 1: Late Fellaini header downs Wenger's callow Gunners",
    "Wire match report (Opta-style) of the same match.",
)
add(
    "w-mua-nigeriatoday-2",
    M,
    None,
    False,
    "independent_same_story",
    "http://www.nigeriatoday.ng/2018/04/man-utd-2-arsenal-1-fellainis-injury-time-goal-spoils-wengers-day-at-old-trafford/",
    "2018-04-29",
    "Man Utd 2 - Arsenal 1: Fellaini's Injury-Time Goal Spoils Wenger's Day At Old Trafford",
    "Another report of the match with Wenger's pre-match quote.",
)
add(
    "w-mua-espn",
    M,
    None,
    False,
    "independent_same_story",
    "http://kwese.espn.com/football/report?gameId=480546",
    "2018-04-29",
    "Late Man United goal snatches victory in Arsene Wenger's Old Trafford farewell",
    "ESPN match report.",
)
add(
    "w-mua-africanseer",
    M,
    None,
    False,
    "independent_same_story",
    "https://www.africanseer.com/news/610358-marouane-fellaini-scores-late-goal-to-ensure-arsene-wenger-s-final-trip-to-manchester-united-ends-in-defeat.html",
    "2018-04-29",
    "Marouane Fellaini scores late goal to ensure Arsene Wenger's final trip to Manchester United ends in defeat",
    "Minute-by-minute style report (page date field wrong: 2015).",
)
add(
    "w-mua-unitedfaithful",
    M,
    None,
    False,
    "independent_same_story",
    "http://www.unitedfaithful.com/2018/04/",
    "2018-04-30",
    "Match report: United 2-1 Arsenal (United Faithful blog)",
    "Fan blog match report of the same match.",
)
add(
    "w-mu-watford",
    "web:watford-manutd-2017-11-28",
    None,
    False,
    "independent_same_story",
    "http://www.unitedfaithful.com/2017/11/",
    "2017-11-29",
    "No Silva lining for Watford as the master usurps the apprentice",
    "Fan blog on Watford v United (Mourinho beats Marco Silva).",
)
add(
    "w-mu-htafc",
    "web:manutd-huddersfield-2018-12-26",
    None,
    False,
    "independent_same_story",
    "https://www.htafc.com/news/2018/december/match-report-for-manchester-united-vs-huddersfield-town-on-26-dec-18/",
    "2018-12-26",
    "REPORT: MANCHESTER UNITED 3-1 TOWN",
    "Huddersfield club report: Matic and Pogba (2) goals, Boxing Day.",
)
add(
    "w-mu-villa-preview",
    "web:manutd-villa-preview-2019-11-30",
    None,
    False,
    "independent_same_story",
    "http://www.unitedfaithful.com/2019/11/",
    "2019-11-30",
    "Match preview: Man Utd v Aston Villa",
    "Fan blog preview before the Villa game (injuries, form).",
)
add(
    "w-mu-city",
    "web:manutd-city-2020-03-08",
    None,
    False,
    "independent_same_story",
    "https://www.reddevils.at/post/report-by-dave-coleman-21",
    None,
    "Report by Dave Coleman (Man Utd v Man City)",
    "Supporters-club report of a derby win: Martial goal from a Fernandes free kick.",
)
add(
    "w-mu-newcastle",
    "web:manutd-newcastle-2025-12",
    None,
    False,
    "independent_same_story",
    "https://www.goal.com/id/daftar/rating-pemain-manchester-united-newcastle-patrick-dorgu-lisandro-martinez-ruben-amorim/bltc2f2391e0192471c",
    None,
    "Rating pemain Manchester United vs Newcastle (GOAL Indonesia)",
    "Indonesian player ratings: Dorgu's first goal wins it for United.",
)

for sid, pid, url, pub, title, summ in [
    (
        "web:btc-analysis-2020-07-12",
        "w-btc-fxstreet",
        "https://www.fxstreet.com/cryptocurrencies/news/bitcoin-price-analysis-btc-usd-bullish-potential-to-14-000-202007120710",
        "2020-07-12",
        "Bitcoin Price Analysis: BTC/USD bullish potential to $14,000",
        "Weekly chart: range $9,000-9,400, 50-week SMA support.",
    ),
    (
        "web:btc-analysis-16k-18k",
        "w-btc-bitcoinethereumnews",
        "https://bitcoinethereumnews.com/bitcoin/bitcoin-price-analysis-btc-aims-upside-break-above-18k",
        None,
        "Bitcoin Price Analysis: BTC aims upside break above $18K",
        "Template analysis: swing low $15,992, high $17,424.",
    ),
    (
        "web:btc-analysis-25k-26k",
        "w-btc-cryptocurrencypost",
        "https://thecryptocurrencypost.com/bitcoin-price-analysis-btc-recovery-faces-key-resistance-2/",
        None,
        "Bitcoin Price Analysis: BTC recovery faces key resistance",
        "Template analysis: $28,184 high to $24,900 low, resistance $26,450.",
    ),
    (
        "web:btc-analysis-38k-40k",
        "w-btc-vcpcrypto",
        "https://vcpcrypto.com/bitcoin-price-eyes-recovery-but-can-btc-bulls-regain-strength",
        None,
        "Bitcoin Price Eyes Recovery But Can BTC Bulls Regain Strength?",
        "Template analysis: $42,261 high to $38,518 low, resistance $40,500.",
    ),
    (
        "web:btc-analysis-49k-58k",
        "w-btc-cointurk",
        "https://en.coin-turk.com/?p=160334",
        None,
        "Bitcoin recovery wave above $53,500 (COINTURK)",
        "Template analysis: drop $61,040 to $49,110, resistance $58,250.",
    ),
    (
        "web:btc-analysis-57k-61k",
        "w-btc-bitcoinseats",
        "https://bitcoinseats.com/bitcoin-price-rebounds-but-key-hurdles-could-stall-progress",
        None,
        "Bitcoin Price Rebounds, But Key Hurdles Could Stall Progress",
        "Template analysis: $61,143 high to $57,124 low, resistance $60,200.",
    ),
    (
        "web:btc-analysis-2024-10-04",
        "w-btc-mitrade",
        "https://www.mitrade.com/insights/news/live-news/article-3-393321-20241004",
        "2024-10-04",
        "Bitcoin Price Poised for Recovery: Will the Uptrend Resume? (source NewsBTC)",
        "Template analysis: $62,350 high to $59,850 low.",
    ),
]:
    add(pid, sid, None, False, "independent_same_story", url, pub, title, summ)

IRMA = "web:irma-florida-2017-09-10"
add(
    "w-irma-fox17",
    "web:irma-emergency-2017-09-05",
    None,
    False,
    "independent_same_story",
    "http://fox17online.com/2017/09/05/trump-declares-emergencies-in-florida-pr/",
    "2017-09-05",
    "Trump declares emergencies in Florida, PR",
    "AP: emergency declarations as Category 5 Irma approaches.",
)
add(
    "w-irma-dailybeast",
    "web:irma-emergency-2017-09-05",
    None,
    False,
    "independent_same_story",
    "https://www.thedailybeast.com/trump-declares-emergency-as-hurricane-irma-approaches",
    "2017-09-05",
    "Trump Declares Emergency as Hurricane Irma Approaches",
    "Independent report of the same declarations, with a modeller's warning.",
)
add(
    "w-irma-wkrg",
    "web:irma-trump-tweet-2017-09-06",
    None,
    False,
    "independent_same_story",
    "http://wkrg.com/2017/09/06/president-trump-team-already-in-florida-ahead-of-hurricane-irma/",
    "2017-09-06",
    "President Trump: Team 'Already In Florida' Ahead of Hurricane Irma",
    "AP item on Trump's tweet as Irma makes first Caribbean landfall.",
)
add(
    "w-irma-wbrz",
    IRMA,
    "web:irma-ap-latest",
    False,
    "live_blog",
    "http://www.wbrz.com/news/the-latest-utility-says-it-will-take-weeks-to-restore-power",
    "2017-09-10",
    "The Latest: Utility says it will take weeks to restore power (AP live updates)",
    "AP 'The Latest' timeline on Irma: disaster declaration, Trump's remarks, weakening.",
)
add(
    "w-irma-fox61",
    IRMA,
    "web:irma-ap-latest",
    False,
    "partial_copy",
    "http://fox61.com/2017/09/10/us-may-have-gotten-a-little-bit-lucky-trump/",
    "2017-09-10",
    "US may have gotten a 'little bit lucky': Trump",
    "One entry of the AP live timeline republished as a story.",
)
add(
    "w-irma-inquirer",
    IRMA,
    "web:irma-ap-latest",
    False,
    "partial_copy",
    "https://newsinfo.inquirer.net/929474/trump-approves-florida-disaster-declaration/amp",
    "2017-09-10",
    "Trump approves Florida disaster declaration",
    "Two entries of the AP live timeline joined into one story.",
)
add(
    "w-irma-fox4",
    IRMA,
    "web:irma-ap-story",
    False,
    "wire_copy",
    "https://www.fox4news.com/news/trump-us-a-bit-lucky-irma-veered-from-original-course",
    "2017-09-10",
    "Trump: US a 'bit lucky' Irma veered from original course",
    "AP full story from Washington with the same Trump quotations.",
)
add(
    "w-irma-nnw",
    IRMA,
    "web:irma-ap-story",
    False,
    "wire_copy",
    "http://www.nationalnewswatch.com/2017/09/10/trump-us-a-bit-lucky-irma-veered-from-original-course-2/",
    "2017-09-10",
    "Trump: US a 'bit lucky' Irma veered from original course",
    "Republication of the same AP story.",
)
add(
    "w-irma-joolam",
    IRMA,
    None,
    False,
    "independent_same_story",
    "https://joolam.com/?p=1753",
    "2017-09-10",
    "Trump declares Hurricane Irma a major disaster (VOA-style report)",
    "Independent report of the declaration quoting 'a lot of money ... worried about lives'.",
)

H = "web:ian-florida-2022-09"
add(
    "w-ian-wapo",
    H,
    None,
    False,
    "live_blog",
    "https://www.washingtonpost.com/climate-environment/2022/09/28/hurricane-ian-florida-tracker-live-updates/",
    "2022-09-28",
    "Hurricane Ian live updates: Cuba loses power; tornados strike Florida ahead of storm's landfall",
    "Washington Post live blog before landfall.",
)
add(
    "w-ian-cbs",
    H,
    None,
    False,
    "independent_same_story",
    "https://www.cbsnews.com/video/hurricane-ian-makes-landfall-in-florida-category-4-storm/",
    "2022-09-28",
    "Hurricane Ian makes landfall in Florida as a Category 4",
    "CBS video page: landfall at Cayo Costa, 150 mph.",
)
add(
    "w-ian-henris",
    H,
    None,
    False,
    "wire_copy",
    "https://henriscounty.com/?p=10275",
    "2022-09-28",
    "Hurricane Ian made landfall near Cayo Costa (copy of CBS News)",
    "Copy of a CBS News story (original not in the set) with embedded NHC tweet.",
)
add(
    "w-ian-wion",
    H,
    None,
    False,
    "independent_same_story",
    "https://www.wionews.com/world/hurricane-ian-makes-landfall-in-florida-with-catastrophic-force-520676",
    "2022-09-29",
    "Hurricane Ian makes landfall in Florida with catastrophic force",
    "Short report quoting the NHC landfall bulletin.",
)
add(
    "w-ian-fox35",
    H,
    None,
    False,
    "independent_same_story",
    "https://www.fox35orlando.com/news/hurricane-ian-makes-landfall-in-florida",
    "2022-09-28",
    "Hurricane Ian makes landfall in Florida as category 4 storm",
    "Local TV: landfall and warnings list.",
)
add(
    "w-ian-newspress",
    H,
    "web:ian-newspress",
    True,
    "original",
    "https://www.hawkcentral.com/story/weather/hurricane/2022/09/28/hurricane-ian-florida-landfall-cayo-costa/10450050002/",
    "2022-09-28",
    "Hurricane Ian makes landfall near Cayo Costa as a Category 4 storm with 150 mph winds",
    "Fort Myers News-Press (USA TODAY network) landfall story.",
)
add(
    "w-ian-classiccountry",
    H,
    "web:ian-newspress",
    False,
    "partial_copy",
    "https://www.classiccountry1045.com/local/extremely-dangerous-category-4-hurricane-ian-makes-landfall-in-southwestern-florida/",
    "2022-09-28",
    "Extremely dangerous Category 4 Hurricane Ian makes landfall in southwestern Florida",
    "Reuses the News-Press lead sentence, then pastes the NHC bulletin.",
)
add(
    "w-ian-pbs",
    H,
    None,
    False,
    "independent_same_story",
    "https://nezha.pro/watch-category-4-hurricane-ian-makes-landfall-shorts/",
    "2022-09-28",
    "WATCH: Category 4 Hurricane Ian makes landfall (PBS NewsHour video text)",
    "PBS NewsHour video description reposted.",
)
add(
    "w-ian-barks",
    H,
    None,
    False,
    "independent_same_story",
    "https://www.barks.com/post/hurricane-ian",
    "2022-09-29",
    "Latest storm hits Florida's Gulf Coast side, power outages to at least 2.5 million",
    "Trade newsletter item the day after landfall.",
)
add(
    "w-ian-aestflair",
    H,
    None,
    False,
    "live_blog",
    "https://aestflair.com/2022/10/01/about-1-7m-remain-without-power/",
    "2022-10-01",
    "About 1.7M remain without power (copy of a USA TODAY live blog)",
    "Aftermath live blog (copied): US toll 27, outages in the Carolinas and Florida.",
)

# the stored page's address where it differs from the article URL kept above
PAGE = {
    "w-mua-reuters": "http://www.dailymail.co.uk/wires/reuters/article-5671627/Late-Fellaini-header-condemns-Wenger-Old-Trafford-defeat.html?ITO=1490&ns_mchannel=rss&ns_campaign=1490",
    "w-mu-htafc": "https://www.htafc.com/news/2018/december/match-report-for-manchester-united-vs-huddersfield-town-on-26-dec-18/?utm_source=premier-league-website&utm_campaign=website&utm_medium=link",
    "w-btc-cryptocurrencypost": "https://thecryptocurrencypost.com/bitcoin-price-analysis-btc-recovery-faces-key-resistance-2/?noamp=mobile",
}
for a in A:
    a["page"] = PAGE.get(a["id"], a["url"])

ARTICLES = A
