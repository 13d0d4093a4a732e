# ruff: noqa: E501
"""Hand labels for real articles found in the search tool's stored web pages in session 25
(issue 19), labelled blind by reading the stored excerpts: unspin's source was not read and
unspin was not run. A tenth part, held out entirely for measurement (no development half).
Validate with check10.py beside this file.

Ids as web9.py: articles `st10-<story code>-<outlet>` (texts at ../realweb/texts/<id>.txt),
stories and families `web10:<slug>`. COUNTS_PLACEHOLDER

TOPICS: topic -> (description, {story id: (description, hard-case tags)}). A topic is one
storyline, run of like reports or team; topics only group.
ARTICLES: (topic, id, story, family, original, role, url, published, title, summary) per article.
The text of each is the stored excerpt, kept outside the repository at ../realweb/texts/<id>.txt
(see README.md, Licences); SHA256 holds each text's SHA-256 (of the UTF-8 bytes written).
`summary` is our own one-line description, `title` the page's headline as the excerpt shows it
(or, where the excerpt shows none, one read from the address, or a short one of ours, marked
'(untitled)' in the title or 'made up' in the summary). `published` is the date the page
or its address shows (None where it shows none, or only a month, or one that is plainly wrong;
where the page's date line and its address differ, the page's date line); a dateline's date
counts. The excerpts' leading ' date YYYY-MM-DD' is the stored page's date as the tool gives
it, and counts as the page's date unless the page shows another or it is plainly wrong.

Roles (as web4.py to web9.py): original (the family's labelled source: the earliest-dated
version that carries the wire's or publisher's credit, or the publisher's own dated page),
wire_copy (a client's run of a wire story, credited or not), verbatim_copy, edited_copy (light
edits), partial_copy / excerpt_copy (part of the text, or a teaser), spun_copy (synonym-swapped
or machine-translated back and forth), rewrite (paraphrase of the same text), write_through (the
wire's later version of its own story, reusing its paragraphs), live_blog, likely_source (the
family's probable source, not labelled original because undated or uncredited),
independent_same_story. A copy role without a family marks a copy whose source is not in the
set.

Story rule (as web3 to web9): a story is one event with its same-day and next-day follow-ups;
the next step of a storyline, another match, another trading day or another day of a search or
a storm that brings its own new event is another story. A page is put in the story of the latest
event it reports. Families only where shared text is visible in the excerpts; two pages of one
outlet (or of one spinning network) on two different stories are in no family. Quotations
shared by independent reports (a statement, a tweet, a press release) do not make a family.
"""

WEB10_SOURCE = "stored web pages (search tool, corpus 'pages'), session 25"

TOPICS = {
    'dorian-2019': ("Hurricane Dorian, 2019: landfall on Elbow Cay, Abaco, as a Category 5 with 185 mph winds (Sunday 1 September), the stall over Grand Bahama with the first five deaths (Monday 2 September, with Tuesday's follow-ups), the landfall at Cape Hatteras, North Carolina, as a Category 1 and the flooding of Ocracoke (Friday 6 September), the post-tropical landfall near Halifax, Nova Scotia, with the crane collapse and the record outages (Saturday 7 September, with Sunday's and Monday's follow-ups), and the 2,500 people listed as missing in the Bahamas with 50 dead (Wednesday 11 September) (a storm's steps, the same names and numbers)", {
        'web10:dorian-abaco-2019-09-01': ("Dorian makes landfall on Elbow Cay, Abaco, at about 12:40-12:45 p.m. as a Category 5 with 185 mph winds, the strongest on record for the northwestern Bahamas; Minnis' 'most saddened and worst day of my life' (Sun 1 Sept 2019)", ['storyline-other-day', 'one-event-several-reports']),
        'web10:dorian-grand-bahama-2019-09-02': ("Dorian stalls over Grand Bahama as a Category 4, then 3; Minnis confirms five deaths on Abaco ('a historic tragedy'); on Tuesday Dames warns that the toll will rise (Mon 2 Sept 2019, with Tuesday's follow-ups)", ['storyline-other-day', 'same-names-other-event', 'one-event-several-reports']),
        'web10:dorian-hatteras-2019-09-06': ("Dorian makes landfall at Cape Hatteras at 8:35 a.m. as a Category 1 with 90 mph winds; hundreds trapped on Ocracoke (Gov. Cooper); Leslie Lanier's texts (Fri 6 Sept 2019)", ['storyline-other-day', 'same-names-other-event', 'live-blog-and-follow-ups', 'one-event-several-reports']),
        'web10:dorian-nova-scotia-2019-09-07': ("Post-tropical Dorian makes landfall near Sambro Creek, Halifax, on Saturday evening: a construction crane falls onto a building, a record 400,000 without power, troops deployed on Sunday (Sat 7 Sept 2019, with Sunday's and Monday's follow-ups)", ['storyline-other-day', 'same-names-other-event', 'one-event-several-reports']),
        'web10:dorian-missing-2019-09-11': ("The Bahamas' emergency agency (Carl Smith) lists 2,500 people as missing, not yet checked against the shelters; 50 dead; Minnis' national address (Wed 11 Sept 2019)", ['storyline-other-day', 'same-names-other-event', 'one-event-several-reports']),
    }),
    'kospi-days': ("Seoul share market reports (the Korea Composite Stock Price Index, KOSPI) of many trading days, 2004-2026: closes, morning sessions, records, circuit breakers and sidecars told with the same names (Samsung Electronics, SK hynix, Hyundai Motor, the Kosdaq, the won), the same agency templates (Yonhap's 'Seoul shares closed lower ...' run by the Korea Herald and by client sites, Reuters' closes on Business Recorder) and often the same outlets; among them three days of one week of January 2021 (2,944, 2,990 and the first close above 3,000), the crash of Monday 5 August 2024 and the rebound of Tuesday 6 August, the sell-off of Monday 2 February 2026 and the record rebound of Tuesday 3 February, the circuit breakers of Wednesday 4 and Monday 9 March 2026, and two Thursdays of October 2024 and 2025 (same topic on other days)", {
        'web10:kospi-2004-837': ("The KOSPI falls 3.44% to 837.68, a three-month low, on foreign selling; Samsung Electronics down 4.86% (a Thursday of spring 2004, the day not read)", ['same-topic-other-day']),
        'web10:kospi-2006-03-09': ("The KOSPI slips 0.22% to 1,311.21 on foreign selling and the options expiry; KT&G rises on the US investors' bid; the Bank of Korea holds rates (read as Thu 9 March 2006)", ['same-topic-other-day']),
        'web10:kospi-2011-08-09': ("The KOSPI ends 3.82% lower at 1,869.45 after losing as much as 7.4% on the US downgrade; Kosdaq trading suspended for 20 minutes (read as Tue 9 Aug 2011)", ['same-topic-other-day']),
        'web10:kospi-2014-05-28': ("The KOSPI edges down 0.15% to 2,008.33 on a sluggish Chinese market (a Wednesday, read as 28 May 2014; the address says 27 May)", ['same-topic-other-day']),
        'web10:kospi-2016-10-11': ("The KOSPI falls 1.21% to 2,031.93 as Samsung Electronics plunges 8.04% on halting Galaxy Note 7 sales (Tue 11 Oct 2016)", ['same-topic-other-day']),
        'web10:kospi-2017-10-11': ("The KOSPI rises 1% to a record 2,458.16 on foreign buying and Samsung Electronics (Wed 11 Oct 2017)", ['same-topic-other-day']),
        'web10:kospi-2020-03-13': ("The KOSPI dives more than 8% in the morning: circuit breakers on the Kospi (10:43 a.m.) and the Kosdaq (9:04 a.m.), the first on the main bourse since 12 September 2001 (Fri 13 March 2020)", ['same-topic-other-day']),
        'web10:kospi-2021-01-04': ("The KOSPI rises 2.47% to a record 2,944.45, past 2,900 for the first time, on record trading (Mon 4 Jan 2021)", ['same-topic-other-day']),
        'web10:kospi-2021-01-05': ("The KOSPI rises 1.57% to a record 2,990.57, just short of 3,000 (Tue 5 Jan 2021)", ['same-topic-other-day']),
        'web10:kospi-2021-01-07': ("The KOSPI closes above 3,000 for the first time, up 2.14%, after passing it intraday on Wednesday; SK Telecom up 7.78% (Thu 7 Jan 2021)", ['same-topic-other-day']),
        'web10:kospi-2021-12-27': ("The KOSPI slips 0.43% to 2,999.55 on profit taking and the omicron variant (Mon 27 Dec 2021)", ['same-topic-other-day']),
        'web10:kospi-2024-06-27': ("The KOSPI falls 0.29% to 2,784.06 on Micron's results; Kia becomes the fifth-largest company (Thu 27 June 2024)", ['same-topic-other-day']),
        'web10:kospi-2024-08-05': ("The KOSPI crashes 8.77% to 2,441.55, its largest fall ever, with a sidecar at 11:00 a.m. and a circuit breaker at 2:14 p.m. on US recession fears (Mon 5 Aug 2024, with Tuesday's follow-ups)", ['same-topic-other-day', 'one-event-several-reports']),
        'web10:kospi-2024-08-06': ("The KOSPI rebounds 3.3% to 2,522.15; a buy-side sidecar at 9:06 a.m. (Tue 6 Aug 2024)", ['same-topic-other-day', 'one-event-several-reports']),
        'web10:kospi-2024-10-17': ("The KOSPI slips 0.04% to 2,609.30 ahead of TSMC's results; Hyundai Motor down 4.66% (Thu 17 Oct 2024)", ['same-topic-other-day']),
        'web10:kospi-2024-10-22': ("The KOSPI falls 1.3% to 2,570.70; Samsung Electronics at a 52-week low of 57,700 won; the won slips for a seventh day (read as Tue 22 Oct 2024)", ['same-topic-other-day']),
        'web10:kospi-2025-06-20': ("The KOSPI passes 3,000 in the morning for the first time since January 2022 on the Lee administration's reforms (Fri 20 June 2025)", ['same-topic-other-day']),
        'web10:kospi-2025-10-02': ("The KOSPI closes above 3,500 for the first time, up 2.70% to 3,549.21, after Samsung's and SK's deals with OpenAI (read as Thu 2 Oct 2025)", ['same-topic-other-day']),
        'web10:kospi-record-3823-2025-10': ("The KOSPI closes at a record 3,823.84, up 0.24%; SK hynix briefly above 500,000 won (a Tuesday of October 2025, the day not read with confidence)", ['same-topic-other-day']),
        'web10:kospi-2026-02-02': ("The KOSPI falls 5.26% to 4,949.67, below 5,000, after Warsh's nomination to the Fed; a sell-side sidecar at 12:31 p.m. (Mon 2 Feb 2026)", ['same-topic-other-day', 'one-event-several-reports']),
        'web10:kospi-2026-02-03': ("The KOSPI jumps 6.84% to a record close of 5,288.08; a buy-side sidecar at 9:26 a.m. (Tue 3 Feb 2026)", ['same-topic-other-day', 'one-event-several-reports']),
        'web10:kospi-2026-03-04': ("The KOSPI plunges more than 8% after the US-Israeli strikes on Iran: circuit breakers on both markets at 11:16-11:19 a.m. (Wed 4 March 2026)", ['same-topic-other-day']),
        'web10:kospi-2026-03-09': ("A second circuit breaker in a week at 10:31 a.m.; the KOSPI closes down 5.96% at 5,251.87 (Mon 9 March 2026)", ['same-topic-other-day', 'one-event-several-reports']),
    }),
    'mh370-2014-2015': ("The disappearance of Malaysia Airlines flight MH370, 2014-2015: the Boeing 777 with 239 people on board loses contact on its way from Kuala Lumpur to Beijing (Saturday 8 March 2014, with the first day's follow-ups), Prime Minister Najib's announcement that its communications were disabled by 'deliberate action', that it turned back and flew for hours along one of two corridors (Saturday 15 March), his announcement that the flight 'ended in the southern Indian Ocean' on Inmarsat's analysis (Monday 24 March), and, the next year, the flaperon found on Réunion: identified as a Boeing 777 part (Sunday 2 August 2015), 'conclusively confirmed' as MH370's by Najib (Wednesday 5 August, Thursday 6 in Malaysia), and confirmed 'with certitude' by the Paris prosecutor (Thursday 3 September) (a search's steps, the same names and the same quotations)", {
        'web10:mh370-missing-2014-03-08': ("Malaysia Airlines loses contact with MH370 (227 passengers, 12 crew) about two hours after its 12:41 a.m. departure; search and rescue in the South China Sea; the airline's statements ('Our thoughts and prayers ...') (Sat 8 March 2014)", ['storyline-other-day', 'one-event-several-reports']),
        'web10:mh370-deliberate-2014-03-15': ("Najib: ACARS disabled and the transponder switched off, the plane turned back over the peninsula, 'consistent with deliberate action by someone on the plane'; last satellite contact at 8.11 a.m.; two corridors; the South China Sea search ended (Sat 15 March 2014)", ['storyline-other-day', 'same-names-other-event', 'one-event-several-reports']),
        'web10:mh370-ended-2014-03-24': ("Najib: on Inmarsat's and the AAIB's new analysis, 'flight MH370 ended in the southern Indian Ocean', west of Perth; the airline's message to the families that none survived (Mon 24 March 2014, with Tuesday's follow-ups)", ['storyline-other-day', 'same-names-other-event', 'one-event-several-reports']),
        'web10:mh370-flaperon-777-2015-08-02': ("Malaysia's transport minister Liow: the flaperon found on Réunion has been identified as part of a Boeing 777 (Sun 2 Aug 2015)", ['storyline-other-day', 'same-names-other-event']),
        'web10:mh370-flaperon-confirmed-2015-08-05': ("Najib: the flaperon is 'conclusively confirmed' to be from MH370, 515 days after it vanished; the French prosecutor speaks of 'very strong indications' (Wed 5 Aug 2015)", ['storyline-other-day', 'same-names-other-event', 'one-event-several-reports']),
        'web10:mh370-flaperon-french-2015-09-03': ("The Paris prosecutor confirms 'with certitude' that the flaperon is from MH370, after a number inside it is matched by Airbus Defence and Space in Seville (Thu 3 Sept 2015)", ['storyline-other-day', 'same-names-other-event']),
    }),
}

# (topic, id, story, family, original, role, url, published, title, summary)
DR = 'dorian-2019'
DR01, DR02, DR06 = 'web10:dorian-abaco-2019-09-01', 'web10:dorian-grand-bahama-2019-09-02', 'web10:dorian-hatteras-2019-09-06'
DR07, DR11 = 'web10:dorian-nova-scotia-2019-09-07', 'web10:dorian-missing-2019-09-11'
KS = 'kospi-days'
MH = 'mh370-2014-2015'
MH08, MH15, MH24 = 'web10:mh370-missing-2014-03-08', 'web10:mh370-deliberate-2014-03-15', 'web10:mh370-ended-2014-03-24'
MH02, MH05, MH03 = 'web10:mh370-flaperon-777-2015-08-02', 'web10:mh370-flaperon-confirmed-2015-08-05', 'web10:mh370-flaperon-french-2015-09-03'
ARTICLES = [
    # --- Dorian: Abaco landfall (Sunday 1 September 2019)
    (DR, 'st10-dr01-welltempered', DR01, 'web10:ap-dorian-landfall', False, 'wire_copy', 'https://well-temperedforum.groupee.net/eve/forums/a/tpc/f/9130004433/m/6093990397', None, 'Hurricane Dorian has made landfall on Abaco Islands (untitled)', "a forum post quoting AP's first take (180 mph, 'tied for the 4th strongest'), uncredited; title made up"),
    (DR, 'st10-dr01-cleveland19', DR01, None, False, 'independent_same_story', 'https://www.cleveland19.com/2019/09/01/northeast-ohio-weather-few-am-showers-labor-day/', '2019-09-01', 'Northeast Ohio weather: few AM showers, Labor Day (untitled)', "an Ohio station's weather paragraph opening on Dorian's landfall; title read from the address"),
    (DR, 'st10-dr01-canadacom', DR01, None, False, 'wire_copy', 'https://o.canada.com/news/world/dorian-strengthens-to-powerful-category-5-hurricane-as-it-nears-bahamas/wcm/565e0d4e-4db6-4d79-afef-0505cfd265fd', None, "'Seek elevated shelter immediately!' Dorian lays siege to Bahamas as Category 5 hurricane", "Postmedia's run of a wire story (TITUSVILLE, Fla., metric units) under an AFP photo caption, uncredited"),
    (DR, 'st10-dr01-abc7ny', DR01, 'web10:ap-dorian-landfall', False, 'wire_copy', 'https://abc7ny.com/weather/dorian-batters-bahamas-as-dangerous-category-5-hurricane/5493798/', '2019-09-01', 'Dorian batters Bahamas as dangerous Category 5 hurricane (untitled)', "AP's later version (DELRAY BEACH, 185 mph at the 12:45 p.m. landfall, Klotzbach, Minnis) on a New York station, uncredited; title read from the address"),
    (DR, 'st10-dr01-local10', DR01, None, False, 'independent_same_story', 'https://www.local10.com/weather/hurricane/video-dorian-leaves-behind-devastation-in-bahamas', '2019-09-01', 'Dorian leaves behind devastation in Bahamas (untitled)', "a Miami station's report (Elbow Cay, Hope Town fire department, 2 p.m. position); title read from the address"),
    (DR, 'st10-dr01-hoylosangeles', DR01, None, False, 'independent_same_story', 'https://www.hoylosangeles.com/efe-4054446-15730012-20190901-story.html', '2019-09-01', 'Dorian makes landfall in the Bahamas as Category 5 (untitled)', "EFE's English report (12.40 pm EDT, Minnis' press conference) on a Los Angeles site; title made up"),
    # --- Dorian: the stall over Grand Bahama (Monday 2 September 2019, with Tuesday's follow-ups)
    (DR, 'st10-dr02-voanews', DR02, None, False, 'independent_same_story', 'https://www.voanews.com/americas/dorian-batters-bahamas-another-night-first-deaths-confirmed', '2019-09-03', 'Dorian batters Bahamas another night, first deaths confirmed (untitled)', "VOA's Tuesday report with Minnis' press conference of Monday; title read from the address"),
    (DR, 'st10-dr02-nola', DR02, None, False, 'independent_same_story', 'https://www.nola.com/news/hurricane/article_b55bdf14-ce41-11e9-b4e1-9bbf9e1635c5.html', None, 'Dorian weakens to Category 3, almost at a standstill over the Bahamas (untitled)', "a New Orleans paper's 7 a.m. Tuesday update with wire paragraphs on Minnis and the flooding; title made up"),
    (DR, 'st10-dr02-upi', DR02, None, False, 'independent_same_story', 'https://www.upi.com/Top_News/World-News/2019/08/26/Hurricane-Dorian-stalls-over-Bahamas-as-a-Category-4-storm/7791566745967/?ur3=1', '2019-09-02', 'Hurricane Dorian stalls over Bahamas as a Category 4 storm (untitled)', "UPI's story on the 5 p.m. advisory of Monday (the address is of the story's first day, 26 August); title read from the address"),
    (DR, 'st10-dr02-trtworld', DR02, None, False, 'independent_same_story', 'https://www.trtworld.com/article/12728410', '2019-09-03', 'Monster storm Dorian hovers over the Bahamas (untitled)', "TRT World's agency-style report (Minnis' five deaths, Yasmin Rigby in Freeport, Red Cross 13,000 buildings); title made up"),
    (DR, 'st10-dr02-barbadostoday', DR02, None, False, 'wire_copy', 'https://barbadostoday.bb/2019/09/03/the-bahamas-death-toll-from-hurricane-dorian-to-rise/', '2019-09-03', 'The Bahamas: death toll from Hurricane Dorian to rise (untitled)', "the Nassau Guardian's Tuesday story run with credit by a Barbados paper (Dames: children among the dead); title read from the address"),
    # --- Dorian: Cape Hatteras landfall (Friday 6 September 2019)
    (DR, 'st10-dr06-citizentimes', DR06, None, False, 'independent_same_story', 'https://www.citizen-times.com/story/news/2019/09/06/hurricane-dorian-north-carolina-outer-banks-ocracoke-cape-hatteras-nc/2232232001/', '2019-09-06', "What Hurricane Dorian looks like on North Carolina's Outer Banks region", "an Asheville paper's page of embedded posts from Ocracoke and Hatteras after the 8:35 a.m. landfall"),
    (DR, 'st10-dr06-heraldsun', DR06, None, False, 'independent_same_story', 'https://www.heraldsun.com/news/state/north-carolina/article234784532.html', None, 'Hurricane Dorian makes landfall in the Outer Banks as a Category 1 storm', "a McClatchy North Carolina report (the park's Facebook posts, 90 mph, 5,000 in shelters)"),
    (DR, 'st10-dr06-washingtonpost', DR06, 'web10:wapo-dorian-hatteras', True, 'original', 'https://www.washingtonpost.com/national/hurricane-dorian-crashes-into-outer-banks-in-north-carolina/2019/09/06/75a7936c-d0b3-11e9-87fa-8501a456c003_story.html', '2019-09-06', 'Hurricane Dorian crashes into Outer Banks in North Carolina (untitled)', "The Washington Post's story of Friday ('A weakened but still dangerous Hurricane Dorian bombarded North Carolina ...', Sprayberry); title read from the address"),
    (DR, 'st10-dr06-wunc', DR06, None, False, 'live_blog', 'https://www.wunc.org/post/dorian-drenches-ocracoke-leaves-hundreds-stranded', '2019-09-06', 'Dorian Drenches Ocracoke; Leaves Hundreds Stranded', "a North Carolina public radio page of updates from AP's paragraphs (Lanier's texts, 'Updated 9:35 a.m.'), at least 30 dead in the Bahamas"),
    (DR, 'st10-dr06-wcms', DR06, None, False, 'independent_same_story', 'http://wcms.com/2019/09/06/hurricane-dorian-makes-landfall-over-cape-hatteras/', '2019-09-06', 'Hurricane Dorian makes landfall over Cape Hatteras (untitled)', "a Virginia radio station's three paragraphs (956 mb, outages on Hatteras and Ocracoke); title read from the address"),
    (DR, 'st10-dr06-siouxlandproud', DR06, None, False, 'independent_same_story', 'https://www.siouxlandproud.com/news/hurricane-dorian-makes-landfall-over-north-carolina-hundreds-may-be-trapped-on-ocracoke-island/', None, 'Hurricane Dorian makes landfall over North Carolina, hundreds may be trapped on Ocracoke Island', "ABC News' story on an Iowa station (Cooper, the Hyde County sheriff, Lanier to WTVD, Sarah Ashley)"),
    (DR, 'st10-dr06-grandforksherald', DR06, 'web10:wapo-dorian-hatteras', False, 'wire_copy', 'https://www.grandforksherald.com/news/nation/4649277-Hurricane-Dorian-makes-landfall-on-North-Carolinas-Outer-Banks', None, "Hurricane Dorian makes landfall on North Carolina's Outer Banks (untitled)", "The Post's story in a later version (JACKSONVILLE, N.C., 'By the early afternoon') run by a North Dakota paper, uncredited; title read from the address"),
    (DR, 'st10-dr06-weatherpreppers', DR06, None, False, 'live_blog', 'https://www.weatherpreppers.com/2019/09/06/live-updates-some-ocracoke-residents-trapped-amid-039catastrophic039-flooding-from-hurricane-dorian/', '2019-09-06', "Live updates: Some Ocracoke residents trapped amid 'catastrophic' flooding from Hurricane Dorian", "a Raleigh station's live page (WRAL's reporters, 11:25 a.m. to 1:04 p.m.) copied by a blog ('View The Original Article Here')"),
    # --- Dorian: Nova Scotia (Saturday 7 September 2019, with Sunday's and Monday's follow-ups)
    (DR, 'st10-dr07-cbc', DR07, None, False, 'independent_same_story', 'https://www.cbc.ca/news/canada/nova-scotia/recovery-begins-across-maritimes-after-hurricane-dorian-1.5275155', None, 'Recovery begins across Maritimes after Hurricane Dorian lashes region', "CBC's Sunday-morning story (369,000 customers without power, 300 troops, the crane inquiry)"),
    (DR, 'st10-dr07-weathertomorrow', DR07, None, False, 'verbatim_copy', 'https://weathertomorrow.in/safety/hurricane/news/2019-09-07-hurricane-dorian-halifax-nova-scotia-canada-impacts', '2019-09-07', 'Dorian Leaves Thousands Without Power in Nova Scotia, Prince Edward Island, New Brunswick', "The Weather Channel's page (its masthead kept) copied by an Indian site, updated on Sunday (Newfoundland, 474,000 customers)"),
    (DR, 'st10-dr07-saltwire', DR07, None, False, 'independent_same_story', 'https://www.saltwire.com/news/provincial/hurricane-dorian-crane-toppled-buildings-damaged-record-number-in-nova-scotia-without-power-in-storms-wake-349743/?location=nova-scotia', None, "Hurricane Dorian: Crane toppled, buildings damaged, record number in Nova Scotia without power in storm's wake", "SaltWire's Sunday story (390,000 customers, landfall near Sambro Creek at 6:15 p.m., Robichaud, Cindy Day)"),
    (DR, 'st10-dr07-washingtonexaminer', DR07, None, False, 'independent_same_story', 'https://www.washingtonexaminer.com/news/848528/crane-collapses-in-halifax-as-dorian-lashes-eastern-canada', None, 'Crane collapses in Halifax as Dorian lashes eastern Canada (untitled)', "the Washington Examiner's Saturday item with embedded posts and Fatema Ali's words to the Canadian Press; title read from the address"),
    (DR, 'st10-dr07-calgaryherald', DR07, 'web10:cp-dorian-cleanup', False, 'wire_copy', 'https://calgaryherald.com/news/canada/canadian-forces-troops-to-help-in-massive-post-dorian-cleanup-in-maritimes/wcm/b349f426-7764-490a-b77c-c643a3e7b4bc', None, 'Power utilities, troops begin massive post-Dorian cleanup in Maritimes', "the Canadian Press story of Sunday morning (HALIFAX, 'one beast of a storm') on a Postmedia site with Reuters photos"),
    (DR, 'st10-dr07-northeastnow', DR07, 'web10:cp-dorian-cleanup', True, 'original', 'https://northeastnow.com/2019/09/08/power-utilities-troops-begin-massive-post-dorian-cleanup-in-maritimes', '2019-09-08', 'Power utilities, troops begin massive post-Dorian cleanup in Maritimes', "the same Canadian Press story on a Saskatchewan radio site, dated 8:54 AM, The Canadian Press credited under its photo"),
    (DR, 'st10-dr07-montrealgazette', DR07, 'web10:cp-dorian-cleanup', False, 'wire_copy', 'https://montrealgazette.com/pmn/news-pmn/canada-news-pmn/canadian-forces-troops-to-help-in-massive-post-dorian-cleanup-in-maritimes/wcm/73e44883-4891-4069-a917-f016dd1b4dd9', None, 'Canadian Forces troops to help in massive post-Dorian cleanup in Maritimes', "the same Canadian Press story on the Montreal Gazette's wire pages (pmn), another headline"),
    (DR, 'st10-dr07-torontostar', DR07, None, False, 'independent_same_story', 'https://www.pressreader.com/canada/toronto-star/20190909/281509342876560', '2019-09-09', "Dorian's wake", "the Toronto Star's Monday print story by Haley Ryan (Sunday's briefing: Robichaud, Karen Hutt, 360,000 without power)"),
    # --- Dorian: 2,500 listed as missing (Wednesday 11 September 2019)
    (DR, 'st10-dr11-guardian', DR11, 'web10:ap-dorian-missing', False, 'edited_copy', 'https://www.theguardian.com/world/2019/sep/11/hurricane-dorian-bahamas-missing-people', '2019-09-11', 'Hurricane Dorian: 2,500 people registered as missing in Bahamas (untitled)', "The Guardian's agency story: Smith's quoted words, then AP's paragraphs ('More than a week after Dorian smashed ...') and the tent cities; title made up from the address"),
    (DR, 'st10-dr11-tvnz', DR11, 'web10:ap-dorian-missing', False, 'wire_copy', 'https://www.tvnz.co.nz/one-news/world/bahamas-lists-2500-people-missing-after-hurricane-dorian', None, 'Bahamas lists 2500 people missing after Hurricane Dorian', "AP's later version (Minnis' national address, Freeport's streetlight) credited on a New Zealand site, with a BBC figure at the foot"),
    (DR, 'st10-dr11-newcountry1031', DR11, 'web10:ap-dorian-missing', False, 'rewrite', 'https://www.newcountry1031.com/bahamian-officials-2500-people-still-on-missing-list-after-dorian/', None, 'Bahamian Officials: 2,500 People Still on "Missing" List After Dorian', "a radio station's reworded AP short ('destroyed thousands of homes', 'completely destroyed')"),
    (DR, 'st10-dr11-wptv', DR11, 'web10:ap-dorian-missing', False, 'likely_source', 'https://wptv.com/news/world/tentative-list-of-the-missing-in-bahamas-has-2-500-names', None, 'Tentative list of the missing in Bahamas has 2,500 names (untitled)', "AP's first short (FREEPORT, Bahamas (AP)) on a West Palm Beach station, undated; title read from the address"),
    (DR, 'st10-dr11-bbc', DR11, None, False, 'independent_same_story', 'https://www.bbc.com/news/world-latin-america-49666942', None, 'Hurricane Dorian: Bahamas lists 2,500 people as missing', "BBC News' explainer (Smith's words, the WFP's 6,000 to 7,000, the Mudd and Pigeon Peas)"),
    # --- Seoul share market days
    (KS, 'st10-ks2004-brecorder', 'web10:kospi-2004-837', None, False, 'wire_copy', 'https://brecorder.com/news/amp/3038938', None, 'South Korean shares close at three-month low (untitled)', "Reuters' close (the lowest since 4 February 2004, June futures) on Business Recorder, uncredited; title made up"),
    (KS, 'st10-ks060309-brecorder', 'web10:kospi-2006-03-09', None, False, 'wire_copy', 'https://brecorder.com/news/amp/3257423', None, 'Seoul shares fall for third session (untitled)', "Reuters' close (KT&G, the Bank of Korea, March futures expiring) on Business Recorder, uncredited; title made up"),
    (KS, 'st10-ks110809-brecorder', 'web10:kospi-2011-08-09', None, False, 'wire_copy', 'https://brecorder.com/feeds/news/3900516', None, 'Seoul shares post lowest close in 10 months (untitled)', "Reuters' close after the US downgrade (STX Offshore, Eugene Investment) on Business Recorder, uncredited; title made up"),
    (KS, 'st10-ks140528-heraldk', 'web10:kospi-2014-05-28', None, False, 'wire_copy', 'https://heraldk.com/en/2014/05/27/seoul-shares-close-lower-on-dull-chinese-market-2', None, 'Seoul shares close lower on dull Chinese market', "the Korea Herald's close (Bae Sung-young of Hyundai Securities, Lee Kun-hee's hospitalisation) on a mirror site"),
    (KS, 'st10-ks161011-koreaherald', 'web10:kospi-2016-10-11', None, False, 'independent_same_story', 'https://m.koreaherald.com/view.php?ud=20161011000825', '2016-10-11', 'Seoul shares end lower on Samsung woes', "The Investor's close (16:13) on the Korea Herald's mobile site: the Galaxy Note 7 halt"),
    (KS, 'st10-ks171011-koreaherald', 'web10:kospi-2017-10-11', None, False, 'wire_copy', 'https://www.koreaherald.com/view.php?ud=20171011000850', '2017-10-11', 'KOSPI hits record high on foreign buying, Samsung Electronics', "Yonhap's close credited ('By Yonhap') on the Korea Herald, under a list of later popular stories"),
    (KS, 'st10-ks200313-koreaherald', 'web10:kospi-2020-03-13', None, False, 'independent_same_story', 'https://koreaherald.com/view.php?ud=20200313000259', '2020-03-13', "KRX activates 'circuit breaker' on Kospi, Kosdaq markets", "the Korea Herald's flash by Jie Ye-eun (10:58) on the morning's circuit breakers"),
    (KS, 'st10-ks210104-yonhap', 'web10:kospi-2021-01-04', None, False, 'independent_same_story', 'https://m-en.yna.co.kr/view/AEN20210104008400320', '2021-01-04', 'Seoul stocks at another record high, index inching closer to 3,000 points', "Yonhap's own close (2,944.45, record heavyweights)"),
    (KS, 'st10-ks210105-capitalconnect', 'web10:kospi-2021-01-05', None, False, 'wire_copy', 'https://capitalconnect.kr/seoul-stocks-just-shy-of-3000-point-milestone-on-economic-recovery-hopes/', '2021-01-05', 'Seoul stocks just shy of 3,000-point milestone on economic recovery hopes (untitled)', "Yonhap's close ('SEOUL, Jan. 5 (Yonhap)') on a Korean business site; title read from the address"),
    (KS, 'st10-ks210107-kedglobal', 'web10:kospi-2021-01-07', None, False, 'independent_same_story', 'https://www.kedglobal.com/newsView/ked202101070018?lang=', '2021-01-07', 'Kospi closes above 3,000 points for first time', "KED Global's story (SK Telecom, the Korea Exchange's statement) under a later market ticker"),
    (KS, 'st10-ks211227-koreaherald', 'web10:kospi-2021-12-27', None, False, 'wire_copy', 'http://www.koreaherald.com/view.php?ud=20211227000694', '2021-12-27', 'Seoul shares close lower on profit taking (untitled)', "Yonhap's close credited '(Yonhap)' on the Korea Herald (2,999.55, omicron); title made up"),
    (KS, 'st10-ks240627-koreaherald', 'web10:kospi-2024-06-27', None, False, 'independent_same_story', 'https://www.koreaherald.com/view.php?ud=20240627050639', '2024-06-27', 'Seoul shares close lower on Micron disappointment (untitled)', "the Korea Herald's close (Lee Jae-won of Shinhan Securities, Kia fifth-largest); title made up"),
    (KS, 'st10-ks240805-ajupress', 'web10:kospi-2024-08-05', None, False, 'independent_same_story', 'https://m.ajupress.com/amp/20240805145651866', '2024-08-05', 'Seoul shares plunge on US slowdown woes, triggering circuit breakers', "Aju Press' flash of 3:01 p.m. (down 8.65% at 3:02 p.m., the sixth circuit breaker in the KOSPI's history)"),
    (KS, 'st10-ks240805-southkoreannetwork', 'web10:kospi-2024-08-05', None, False, 'independent_same_story', 'https://southkoreannetwork.com/2024/08/korean-shares-tank-as-global-rout.html', None, 'Korean shares tank as global rout (untitled)', "a blog's one-paragraph account of the close (190 trillion won lost); title read from the address"),
    (KS, 'st10-ks240805-hani', 'web10:kospi-2024-08-05', None, False, 'independent_same_story', 'https://english.hani.co.kr/arti/english_edition/e_business/1152497.html', '2024-08-06', "Korea's KOSPI tanks 8% in single worst trading day since 2008 financial crisis", "The Hankyoreh's analysis of Monday's crash posted on Tuesday (235 trillion won, carry trades)"),
    (KS, 'st10-ks240805-koreatimes', 'web10:kospi-2024-08-05', None, False, 'independent_same_story', 'https://m.koreatimes.co.kr/pages/article.amp.asp?newsIdx=379999', None, 'KOSPI tumbles 8.77 percent (untitled)', "The Korea Times' story on the crash (the Sahm rule, the Nikkei's 12.4%); title made up"),
    (KS, 'st10-ks240806-ajupress', 'web10:kospi-2024-08-06', None, False, 'independent_same_story', 'https://ajupress.com/view/20240806094628410', '2024-08-06', 'Seoul shares rebound sharply, triggering sidecar orders', "Aju Press' morning flash by Kim Joo-heon (10:21): the open at 2,533.34 and the buy-side sidecars at 9:06 a.m."),
    (KS, 'st10-ks240806-brecorder', 'web10:kospi-2024-08-06', None, False, 'wire_copy', 'https://brecorder.com/news/amp/40316143', None, 'Round-up of South Korean financial markets (untitled)', "Reuters' round-up of the rebound (Lee Kyoung-min of Daishin, Mary Daly) on Business Recorder, uncredited; title made up"),
    (KS, 'st10-ks240806-aseantribune', 'web10:kospi-2024-08-06', None, False, 'wire_copy', 'https://aseantribune.com/lead-seoul-shares-sharply-rebound-from-worst-rout', None, '(LEAD) Seoul shares sharply rebound from worst rout', "Yonhap's close of the rebound (Lee Jae-won of Shinhan) on a client site, uncredited"),
    (KS, 'st10-ks241017-khview', 'web10:kospi-2024-10-17', None, False, 'wire_copy', 'http://khview.heraldm.com/view.php?ACE_SEARCH=1&ud=20241017050684', '2024-10-17', 'Seoul shares close slightly lower (untitled)', "Yonhap's close credited '(Yonhap)' on the Korea Herald's viewer (2,609.30, TSMC); title made up"),
    (KS, 'st10-ks241022-myanmarnewsgazette', 'web10:kospi-2024-10-22', None, False, 'wire_copy', 'https://myanmarnewsgazette.com/lead-seoul-shares-end-lower-on-samsung-woes-won-slips-for-7th-day', None, '(LEAD) Seoul shares end lower on Samsung woes, won slips for 7th day (untitled)', "Yonhap's close credited ('Source: Yonhap News Agency') on a Myanmar site; title read from the address"),
    (KS, 'st10-ks250620-joongang', 'web10:kospi-2025-06-20', None, False, 'independent_same_story', 'https://koreajoongangdaily.joins.com/news/2025-06-20/business/finance/Kospi-surpasses-3000-points-for-first-time-in-three-years-amid-policy-optimism/2334837', '2025-06-20', 'Kospi surpasses 3,000 points for first time in three years amid market reform optimism', "the JoongAng Daily's morning story (11:30 a.m., Kang Jin-hyeok of Shinhan)"),
    (KS, 'st10-ks251002-kbs', 'web10:kospi-2025-10-02', None, False, 'independent_same_story', 'http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=196456', None, 'KOSPI breaks 3,500 for the first time (untitled)', "KBS World radio's report by Monica Chin (anchor and report, numbers spelt out); title made up"),
    (KS, 'st10-ks2510-theasiareview', 'web10:kospi-record-3823-2025-10', None, False, 'independent_same_story', 'https://theasiareview.com/?p=15627', None, 'Kospi record high (untitled)', "a blog's account of Tuesday's record (3,823.84, President Lee's words, target prices); title made up"),
    (KS, 'st10-ks260202-kaohoon', 'web10:kospi-2026-02-02', None, False, 'independent_same_story', 'https://www.kaohooninternational.com/markets/575995', None, 'South Korea Stock Exchange Activates Circuit Breaker after 5% Plunge', "a Thai financial site's midday report (it calls the 12:31 p.m. sidecar a circuit breaker)"),
    (KS, 'st10-ks260202-kbs', 'web10:kospi-2026-02-02', None, False, 'independent_same_story', 'https://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=199249', None, 'KOSPI closes below 5,000 (untitled)', "KBS World's close (4,949.67, numbers spelt out); the stored date (30 January) is before the Monday it reports; title made up"),
    (KS, 'st10-ks260203-asiatoday', 'web10:kospi-2026-02-03', None, False, 'independent_same_story', 'https://en.asiatoday.co.kr/view.php?key=20260203001821277', '2026-02-04', 'Stocks rebound sharply after one-day plunge', "Asia Today's story posted the next morning (Im Jung-eun of KB Securities, the 9:26 a.m. sidecar)"),
    (KS, 'st10-ks260203-bastillepost', 'web10:kospi-2026-02-03', None, False, 'wire_copy', 'https://www.bastillepost.com/global/article/5583554-rok-stocks-rebound-after-massive-sell-off', None, 'ROK stocks rebound after massive sell-off', "a Chinese agency's close ('the Republic of Korea (ROK)', futures at 759.15) on a Hong Kong site, uncredited"),
    (KS, 'st10-ks260304-koreaherald', 'web10:kospi-2026-03-04', None, False, 'independent_same_story', 'https://www.koreaherald.com/article/10686698', '2026-03-04', 'Circuit breakers halt Kospi and Kosdaq (untitled)', "the Korea Herald's flash on the circuit breakers after the strikes on Iran; title made up"),
    (KS, 'st10-ks260309-koreaherald1', 'web10:kospi-2026-03-09', None, False, 'independent_same_story', 'https://www.koreaherald.com/article/10690095', '2026-03-09', 'Circuit breaker activated as Kospi tumbles over 8 percent (untitled)', "the Korea Herald's morning flash (10:31 a.m., 5,132.07); title made up"),
    (KS, 'st10-ks260309-koreaherald2', 'web10:kospi-2026-03-09', None, False, 'wire_copy', 'https://www.koreaherald.com/article/10690229', '2026-03-09', 'Seoul shares close nearly 6 percent lower (untitled)', "Yonhap's close credited '(Yonhap)' on the Korea Herald (5,251.87; Wednesday's 12.06% recalled); title made up"),
    # --- MH370: contact lost (Saturday 8 March 2014)
    (MH, 'st10-mh0308-businessinsiderin', MH08, None, False, 'independent_same_story', 'https://businessinsider.in/malaysia-airlines-says-it-has-lost-contact-with-a-plane-carrying-239-people/amp_articleshow/31639161.cms', None, 'Malaysia Airlines Says It Has Lost Contact With A Plane Carrying 239 People', "Business Insider India's flash pasting the airline's first statement ('Sepang, 8 March 2014', 'More to come...')"),
    (MH, 'st10-mh0308-blackchristiannews', MH08, None, False, 'wire_copy', 'https://blackchristiannews.com/2014/03/plane-flying-from-malaysia-to-beijing-vanishes-with-239-people-on-board/', None, 'Plane Flying from Malaysia to Beijing Vanishes With 239 People On Board', "Reuters' story ('prompting China to send ships', Nanming) with Reuters' photo on a religious news site, uncredited"),
    (MH, 'st10-mh0308-siasat', MH08, None, False, 'wire_copy', 'https://archive.siasat.com/news/malaysian-flight-239-people-aboard-disappears-550020', None, 'Malaysian flight with 239 people aboard disappears (untitled)', "IANS' three-sentence flash from Xinhua, credited, on an Indian paper's archive; title read from the address"),
    (MH, 'st10-mh0308-latimes', MH08, 'web10:lat-mh370-missing', False, 'write_through', 'https://www.latimes.com/world/asia/la-fg-malaysia-plane-missing-20140308-story.html', '2014-03-08', '239 feared lost on missing Malaysia Airlines flight to China', "the Los Angeles Times' later version of its story with a '10:30 p.m. update' (AP's Vietnamese official, the first officer named)"),
    (MH, 'st10-mh0308-coloradoan', MH08, None, False, 'wire_copy', 'https://www.coloradoan.com/story/news/2014/03/07/malaysia-loses-contact-with-plane-carrying-239/6192381/', '2014-03-07', 'Beijing-bound flight from Malaysia carrying 239 missing', "USA TODAY's story (MacLeod, Winter, Gray; times in ET, the 14 nationalities) on a Gannett paper in Colorado"),
    (MH, 'st10-mh0308-guardian', MH08, None, False, 'independent_same_story', 'https://www.theguardian.com/world/2014/mar/08/malaysia-airlines-loses-contact-plane', '2014-03-07', 'Malaysia Airlines loses contact with plane carrying 239 people', "The Guardian's first report ('Published on Fri 7 Mar 2014 20.17 EST'; Xinhua's 160 Chinese, Wang Yi)"),
    (MH, 'st10-mh0308-netblogpro', MH08, 'web10:lat-mh370-missing', False, 'verbatim_copy', 'https://netblogpro.com/world/worldnow/la-fg-wn-malaysia-airlines-missing-plane-20140307-story.html', '2014-03-07', 'Malaysia Airlines plane carrying 239 people still missing', "the Los Angeles Times' first version (its World Now blog, 11 a.m. in Beijing, Boeing's tweet) copied at a mirror address, uncredited"),
    # --- MH370: 'deliberate action' (Saturday 15 March 2014)
    (MH, 'st10-mh0315-scmp1', MH15, 'web10:scmp-mh370-deliberate', False, 'verbatim_copy', 'http://scmp.com/news/asia/article/1449192/satellite-pulses-show-malaysia-airlines-jet-may-have-crashed-indian-ocean', None, 'Update | New search focus after satellite confirms Malaysia Airlines flight did change course after losing radar contact', "the South China Morning Post's story at its earlier address (the slug of a first version: 'satellite pulses show ... may have crashed in Indian Ocean'), the same text"),
    (MH, 'st10-mh0315-aviationweek', MH15, None, False, 'independent_same_story', 'http://aviationweek.com/print/commercial-aviation/mh370-deliberately-diverted-malaysian-pm', None, 'MH370 deliberately diverted: Malaysian PM (untitled)', "Aviation Week's report with long extracts of Najib's statement; title read from the address"),
    (MH, 'st10-mh0315-straitstimes', MH15, None, False, 'independent_same_story', 'https://www.straitstimes.com/asia/se-asia/deliberate-action-behind-missing-malaysia-airlines-plane-says-pm-najib', None, "'Deliberate action' behind missing Malaysia Airlines plane, says PM Najib", "The Straits Times' report paraphrasing Najib's statement paragraph by paragraph"),
    (MH, 'st10-mh0315-aseantoday', MH15, None, False, 'independent_same_story', 'https://en.aseantoday.info/planes-disappearance-deliberate-malaysian-pm/', None, "Malaysian PM Najib Razak: Plane's disappearance deliberate", "an Asian site's agency-style report ('Not ruling out a hijack', 'in the air for 7.5 hours')"),
    (MH, 'st10-mh0315-araratadvertiser', MH15, None, False, 'wire_copy', 'https://www.araratadvertiser.com.au/story/2152608/missing-malaysia-airlines-planes-systems-deliberately-disabled-says-pm/?cs=12', None, "Missing Malaysia Airlines plane's systems deliberately disabled, says PM", "a Fairfax network story ('Mr Sri Najib', 14 countries, 43 ships and 58 aircraft) on a Victorian country paper"),
    (MH, 'st10-mh0315-faafiye', MH15, None, False, 'wire_copy', 'http://www.faafiye.com/2014/03/15/malaysia-planes-disappearance-deliberate-action/', '2014-03-15', "Malaysia: Plane's disappearance 'deliberate action'", "a US paper's story (Indian Coast Guard's Murty, ABC News' 1:07 and 1:21 a.m.) on a Somali site, uncredited"),
    (MH, 'st10-mh0315-malaysiatoday', MH15, None, False, 'wire_copy', 'https://www.malaysia-today.net/2014/03/15/najib-mh370-was-deliberately-turned-back/', '2014-03-15', 'Najib: MH370 was deliberately turned back', "Free Malaysia Today's story credited '(FMT)' on Malaysia Today, with Najib's statement quoted at length"),
    (MH, 'st10-mh0315-scmp2', MH15, 'web10:scmp-mh370-deliberate', True, 'original', 'http://www.scmp.com/news/asia/article/1449192/new-search-focus-after-satellite-confirms-malaysia-airlines-flight-did?page=all', '2014-03-15', 'New search focus after satellite confirms Malaysia Airlines flight did change course after losing radar contact', "the South China Morning Post's story at its later address ('PUBLISHED : Saturday, 15 March, 2014, 9:49am', updated 2015)"),
    # --- MH370: 'ended in the southern Indian Ocean' (Monday 24 March 2014)
    (MH, 'st10-mh0324-victoriarud', MH24, None, False, 'wire_copy', 'http://victoriarud.blogspot.com/2014/03/flight-mh370-ended-in-indian-ocean-pm.html', '2014-03-24', 'Flight MH370 ended in Indian Ocean, PM Najib says (Video)', "a Malaysian paper's story ('KUALA LUMPUR, March 24 —', PWTC, 'missing for 17 days') pasted on a blog, uncredited"),
    (MH, 'st10-mh0324-rojan88', MH24, None, False, 'independent_same_story', 'https://rojan88.wordpress.com/2014/03/24/malayasian-prime-minister-confirms-mh370-ended-in-southern-indian-ocean/', '2014-03-24', 'Malaysian Prime Minister confirms MH370 ended in southern Indian Ocean (untitled)', "a blog's short account with the airline's text message to the families; title read from the address"),
    (MH, 'st10-mh0324-flightglobal', MH24, None, False, 'independent_same_story', 'https://www.flightglobal.com/mh370s-flight-ended-in-southern-indian-ocean-pm/112730.article', None, "MH370's flight ended in southern Indian Ocean: PM (untitled)", "Flightglobal's short report; title read from the address"),
    (MH, 'st10-mh0324-pinoybreakingnews', MH24, None, False, 'wire_copy', 'http://pinoybreakingnews.blogspot.com/2014/03/mh370-ended-in-southern-indian-ocean.html', None, 'MH370 ended in southern Indian Ocean (untitled)', "a Singapore broadcaster's story ('KUALA LUMPUR:', the 10pm news conference) pasted on a Philippine blog, uncredited; title read from the address"),
    (MH, 'st10-mh0324-abscbn', MH24, None, False, 'independent_same_story', 'https://news.abs-cbn.com/global-filipino/world/03/24/14/malaysian-pm-flight-mh370-ended-southern-indian-ocean', '2014-03-24', 'Malaysian PM: Flight MH370 ended in southern Indian Ocean', "ABS-CBN's story by Jojo Malig ('4th UPDATE', updated on 25 March) with the airline's statement"),
    (MH, 'st10-mh0324-asiaone', MH24, None, False, 'wire_copy', 'https://www.asiaone.com/malaysia/mh370-inmarsat-data-indicated-where-plane-went-down', None, 'MH370: Inmarsat data indicated where plane went down', "a Malaysian paper's next-day explainer ('PETALING JAYA -', the BBC's Inmarsat and Boxall) on AsiaOne"),
    (MH, 'st10-mh0324-ceritamayapersada', MH24, None, False, 'independent_same_story', 'https://ceritamayapersada.blogspot.com/2014/03', None, 'PM statement on MH370 - 24/03/14', "a blog's month page pasting Najib's statement of the evening in full"),
    # --- MH370: the flaperon (2 August, 5 August and 3 September 2015)
    (MH, 'st10-mh150802-straitstimes', MH02, None, False, 'independent_same_story', 'https://www.straitstimes.com/world/malaysia-says-flaperon-found-on-reunion-island-part-of-boeing-777-report-says-more-debris', None, 'Malaysia says flaperon found on Reunion Island part of Boeing 777, report says more debris found', "The Straits Times' story from Reuters and AFP (LONDON, Liow Tiong Lai's statement)"),
    (MH, 'st10-mh150805-bellenews', MH05, None, False, 'independent_same_story', 'https://bellenews.com/2015/08/05/world/asia-news/mh370-debris-found-on-reunion-island-belongs-to-missing-malaysia-airlines-plane', '2015-08-05', 'MH370: Debris Found on Reunion Island Belongs to Missing Malaysia Airlines Plane', "a news site's account of Najib's statement ('515 days', 'unspeakable') and the prosecutor Mackowiak's 'very strong indications'"),
    (MH, 'st10-mh150805-terraincognita', MH05, None, False, 'independent_same_story', 'http://terraincognitaradio.blogspot.com/2015/08/toulouse-lab-confirms-flaperon-as-part.html', None, 'Toulouse Lab Confirms Flaperon as Part of MH370', "a blog's paragraph on the confirmation with a guess that the plane was ditched"),
    (MH, 'st10-mh150805-motleyrice', MH05, None, False, 'independent_same_story', 'https://www.motleyrice.com/news/mh370-part-found-r%C3%A9union-island', None, 'Part of Malaysia Airlines MH370 found on La Réunion Island', "a law firm's news item on Najib's confirmation of 5 August with Mary Schiavo's comment"),
    (MH, 'st10-mh150905-changingtimes', MH03, None, False, 'independent_same_story', 'https://changingtimes.media/2015/09/05/french-authorities-say-wing-debris-is-from-malaysia-airlines-flight-mh370/', '2015-09-05', 'French authorities say wing debris is from Malaysia Airlines flight MH370', "a site's report of the Paris prosecutor's statement of Thursday (Molins, 'with certitude', the Seville technician)"),
    (MH, 'st10-mh150903-bellenewstag', MH03, None, False, 'independent_same_story', 'https://bellenews.com/tag/reunion-plane-debris', None, 'MH370 Crash: Reunion Flaperon Belongs to Missing Plane, Say French Prosecutors', "a news site's tag page showing its story of the French confirmation (Abbott's 'we owe it ...')"),
]

SHA256 = {
    'st10-dr01-welltempered': '13d16097ebf4c15b5df57883910e3b8cb9d900bbd17dd4692a50a132079c7129',
    'st10-dr01-cleveland19': '5ef5ab60598ec94baccc8933ea0ea65fdf35649b2f168c6bbb9850752149fc9c',
    'st10-dr01-canadacom': '968dca5256cecc1320bb879a8c7a859cced7e3746d3937b8eec921b263f9ce7b',
    'st10-dr01-abc7ny': '810626178a01beeb8ba11f7e00a8e4e5054a2bb9c6510df7ce4011b26ca6089f',
    'st10-dr01-local10': 'b75cce119df7ab1e136a6ddf11f4062ae7826cf677b2a3391f5a5fa9d727759c',
    'st10-dr01-hoylosangeles': '2389352186ea7b6c17be5657c5f63c8a191eb935a0e188845c5e81723723f379',
    'st10-dr02-voanews': 'b6642a8f1294462e21f48348504e98a5fa147c8ec2a5e2ff7b04b83ec2c9df81',
    'st10-dr02-nola': '46e31b64066e8584c1d2e8a065de8402a34b2a50c64e96898722f1046361fd30',
    'st10-dr02-upi': '612ca0520c455088474962dd47c5f24a3af8e27df4affa739eb4c0fd0dde8547',
    'st10-dr02-trtworld': '734a7eb1acdc0d6213182a0b52b3aeebc56338f0bb0c506b0d6170a047df8b94',
    'st10-dr02-barbadostoday': 'b3fa85081281cdd748e8c052ec00bdcfcde6af066df07062e104931a341a9e22',
    'st10-dr06-citizentimes': 'fd8836a67c9f450c310620c33301ad4c76800ef02c8f9424a669b645581d0d65',
    'st10-dr06-heraldsun': '20893f473dd27a4e42ff4a58b59f29c8e3a50a0323c6dab7d0546a2958bf512d',
    'st10-dr06-washingtonpost': '9cd7de55010f65f1efb6ce5433004a444a9841de06535f3a4cbd89b24608e182',
    'st10-dr06-wunc': '53c24ea67762881ff9b898339aec0c1930a527effd06ea586b76c7463df0467c',
    'st10-dr06-wcms': '1782d76dbec276a56a04e18090ec11b5b2b99f9083e86a9e535c3cfeae5f2534',
    'st10-dr06-siouxlandproud': '77e47e0efcdec30c5c443d6f50e0dbe63f4727c04b64a020557d5b24b7095262',
    'st10-dr06-grandforksherald': '3378b9c473ea4b2bb8a32cc4254cb219bd62eb0397adc98896ff36f007389055',
    'st10-dr06-weatherpreppers': 'f694a8dd0a4df09ae5b2bac04c860cdf0cd417eab4c686a9e23858e23459cf2c',
    'st10-dr07-cbc': 'd73b757d04243ce6478fb8a7db677cb9389b6802f82381fe9cf12746278bfd9b',
    'st10-dr07-weathertomorrow': '78ea963d834da199c110fed8116aea5d449472a4fbddf43dc0e4b02c6a7118fe',
    'st10-dr07-saltwire': '1cd0129225bc6eb04020e30b1206e28f88b1e4c2e2f04fe4b054bdab7f6ea9e8',
    'st10-dr07-washingtonexaminer': 'f0e247b92868c4aa3cef7f8bd7ecf466ffb62f584aedc170f6ca1334242f7701',
    'st10-dr07-calgaryherald': '5f905614f13bdcd5f3b1b0facb8b468c46b5f1d11318cd7557eecf8c5a6a4666',
    'st10-dr07-northeastnow': 'ee314834e7c25d87fc3325b181afe383219703bb073e686dcd5d397b85f1c818',
    'st10-dr07-montrealgazette': 'c510431b1234e358f1a578a88d00a4f6c7e52929870d26fef6adac756286517e',
    'st10-dr07-torontostar': '0cc59691e421e2a76fcecf8b2e08ad4397ab29ff6f7a7d9fe6977035cf3392f4',
    'st10-dr11-guardian': '0ce325fb934310f8e6299a963a56c7922026a0d17797e7721f0d97d5fc7d856e',
    'st10-dr11-tvnz': '4e33178abcfc89758b425c347786026815cc41ffeb2ea676e5ed0cc0a59e71b8',
    'st10-dr11-newcountry1031': '5e04673c1a31f745ad1dba9b2ba42a36f404f57e431ca9d2448c150b95b69770',
    'st10-dr11-wptv': 'adefbaca3d821fe9a8f65a6e467b182f5b7455ea08f1db34f080c4c87e2e6441',
    'st10-dr11-bbc': 'fe549fc4b13130a8f4aa1496b8f6a9dad434cc78c902f532e079f9883ccdfc20',
    'st10-ks2004-brecorder': 'c940f2ecacdb771e433b8c833caf64d052aaaf686e522390bc0e0d9577c3e5db',
    'st10-ks060309-brecorder': '358b7bc61c03338174f2bcec69cf8118ddebaf99f5df67b2fae7ac62291ce6cf',
    'st10-ks110809-brecorder': '969242889eb13b8659e77337cda9938e5e8a2513e90bc8ca019b421843cf51d0',
    'st10-ks140528-heraldk': 'f54cc42d880506335b868132e4cb581aeb3dd6a3dc1914192b3a62e004e9270f',
    'st10-ks161011-koreaherald': 'f81a79b17e94592a6357711edefffac1e276ba59c7cfb2ba8471a96ce6b69b6c',
    'st10-ks171011-koreaherald': 'd31104d97a060ceb7fd281a039c065640d995fee74b3c721e76e6f33f64e33a2',
    'st10-ks200313-koreaherald': 'c04284798a52cecb5a05e86445cc6a25063e240cbbdc70b16e8e46ad0d32cd36',
    'st10-ks210104-yonhap': '1e487178d80b6776341eaf1f0b9a61ae6e6b38548cdbf14ed4f19b2166d0543b',
    'st10-ks210105-capitalconnect': 'b2e7f98000a5f1496c8172b1089ce9eb1a26c5bdc0b6dab473273ec4b2d8e001',
    'st10-ks210107-kedglobal': '85ef5d220272b07f69096e45f254bdc010473bbd3de73182df6388a44bc9c8dc',
    'st10-ks211227-koreaherald': 'd585ed43d021ace979ebdc2ff10124f50cb8661d2b4bf07dd61acdcebe1aab33',
    'st10-ks240627-koreaherald': '228af2ca4fb95c77cff1421a2db1f8f05c740f79f63c553fa40c75232abbabe9',
    'st10-ks240805-ajupress': '9be7059576784d981be0e2529642d003ec072a7a0602388d5468d7417fc1b9aa',
    'st10-ks240805-southkoreannetwork': '2f4ca682bf0807623f6a8a7c9390a655f981865bf0f97efecf8f9b8efbb219a7',
    'st10-ks240805-hani': '50ae6d5c6c1c0f81b5e2dd33a601c4205e7f5b28cd5c6f9ea178ea6e2c923f36',
    'st10-ks240805-koreatimes': '33a0ceecb4a26c1eeb3828859cbdf3a750ad3546eb856099f4c177d06dcc5105',
    'st10-ks240806-ajupress': '97608959c6b288616dde91efa50ed16e36e61d2a0249ca211772f15a658d7fd6',
    'st10-ks240806-brecorder': '1e06011c79646db44c056b12988142ea39994c63d359373f9e9d9a5f4cc2e5b2',
    'st10-ks240806-aseantribune': '1ee5930a038d493993128c6cfe0ccdaa3709a7d46d8ef6c2cdc47e844fb2aa34',
    'st10-ks241017-khview': 'bed12f9e281ae526f3cd5335aa8c072e69943cbe6ae7eeed0b9615b8b75e10a6',
    'st10-ks241022-myanmarnewsgazette': 'c4b32d21af142564cc9dd4ed1cd1acf1b30fa6e9523dfcff3c7c2c6f22e20f08',
    'st10-ks250620-joongang': '6fd8408facf0156c6cfd1ab5c69374df78a5add4b96c705a0193cf79a904f587',
    'st10-ks251002-kbs': 'c84e4cbb710ad1312ab40d0eb8e3ee162b7c3da4837f5199521fe6d77bae520b',
    'st10-ks2510-theasiareview': '7d4cb0aece9daf083efe7e25487beaf30a5a127565df9aa30a3b6d4619030b0e',
    'st10-ks260202-kaohoon': '4ffb6aa172e70c04f61c32c78bb575ba4209a5d05baf2871ddbd7877ef5a9e1e',
    'st10-ks260202-kbs': '80c683d203d29977516b6c5450032ae75e6d529ce33f28af6fc43d56b01b96f8',
    'st10-ks260203-asiatoday': '54260c155b4d61be357e8f722e05c828c462548af9dd2f0c66e12e5830ed655e',
    'st10-ks260203-bastillepost': 'ec8a0480fcf181c6c487b421d496c8848176376ed8a0d0b6a54e39d2948504d4',
    'st10-ks260304-koreaherald': 'd0e19ff218947570678938cff859b8937f826c976bf58a3054105b32c63c87ec',
    'st10-ks260309-koreaherald1': '8d2932f2e9fed2b75881441ed67642364f9d1f5a7b8cd4035a0bb8d54a43e235',
    'st10-ks260309-koreaherald2': '643a17f6079115d38a205b7a059e1c7ed2cafa22511016a4305525dcff7f35ac',
    'st10-mh0308-businessinsiderin': 'c96a33208683418ef0b604f84416b4f7c591b1c862d5a1fc3ce345b8121a5371',
    'st10-mh0308-blackchristiannews': '128d6750b17872c7073aafc5bcf2e20430ff59ed46c3f3b3303fdce5f3b02e73',
    'st10-mh0308-siasat': '39b1dfb4bad2a06dee2910ed4a411b4f7ad1d411a7e15bc76295d44b8d42acef',
    'st10-mh0308-latimes': '40462abbdae3bd57509834ed6d11ff5a13959ad524a1465cb2bcb32623640ea1',
    'st10-mh0308-coloradoan': '6431c8fa511986b89dc760a0169b0c26da251a1ca9b6310db710696e1045fb10',
    'st10-mh0308-guardian': 'c44de7e42c02cb97bad967ca573f84ca16fbf5558dc3a0bedec1388336c0d1bf',
    'st10-mh0308-netblogpro': 'f41350d3970e2a09b841b0be40aab8afe8b2217eb7a360d7771c144aa69f65f3',
    'st10-mh0315-scmp1': '4f844c5b50e290e4a3079b59a055bc7ab0efaeffdc24f5d568b659ecba6bbdbc',
    'st10-mh0315-aviationweek': '0e4d275115366e7f867c617ce7f43f9e760617436e2bd08752bbeaefd38c8c15',
    'st10-mh0315-straitstimes': '472d9a954c07269bf80e73fac827124f67402b723d0ac0931011b69743ab08ef',
    'st10-mh0315-aseantoday': 'cf81360569b49abe05d45dc4360f0e66a06b07881480474f6a52a1671fb26895',
    'st10-mh0315-araratadvertiser': '39f85e44005948c6d5a9c1df18d777175d2c5d3742c07d75c140eab6eaac6164',
    'st10-mh0315-faafiye': '95577925a2fc086bc7ea28705ad72a148414cfbbd10a78bbf4359d07598fab42',
    'st10-mh0315-malaysiatoday': 'c3c034a3d1149ded12d725ad8280ac8099c5eb932efa0ef6eea6c1c02b5ec327',
    'st10-mh0315-scmp2': '345aa2a51ddab62f0660100a08fb80a2fb558d6cc759c85db1df89d8b505e6f0',
    'st10-mh0324-victoriarud': '9026f4729a56df36f73fa65f431c278bf80c7796c4cfb69ef2bb6133ecffb303',
    'st10-mh0324-rojan88': '1945f87b4ee79345aa8acf6fc78ef2c60bb610db09e4d37449b2aaab3ebeb1a8',
    'st10-mh0324-flightglobal': '5051cefb0d949e88039b3cdd4d56ac61e2ae8f7aa017911a015705a3ab0ceb7d',
    'st10-mh0324-pinoybreakingnews': '7d795012d4ce56d42b59f4b4a6614548d9e4e645ea5a020c67c655dc31730aad',
    'st10-mh0324-abscbn': '6a92269d6e46e9d3610e8f3e095614fd420160c08ee1ed4516c70235afbb6d9a',
    'st10-mh0324-asiaone': '867e7991cddad8ada85eb0dc894ee72b7e152f7f35d6e49281dca33bc8cc9fa9',
    'st10-mh0324-ceritamayapersada': '8e22b1f6b3803c35a059ed2dee77dac2571b1bddb68f62c312b244e1f5721482',
    'st10-mh150802-straitstimes': '76214be261e151271812460e2786a6dbed24427f3d298193186ea7d96143f941',
    'st10-mh150805-bellenews': '7ce8b331363b6d6e256b9b707ce323b5f7ec2f77392952299e77e1d1ff4e11d6',
    'st10-mh150805-terraincognita': '5d92c5103df1b9098ba6831d184a8926f033e57a9905c6b9d2497782828aa2ca',
    'st10-mh150805-motleyrice': '3d7678d81ae405dc2101240a846f2991c30422100f5ce5622ef4047f4303c507',
    'st10-mh150905-changingtimes': '2eaa6ff35e7072356948642166e279ed677226141388206e2ff50c9afff449f5',
    'st10-mh150903-bellenewstag': '9f872661b67b728ee7e25f49ff2f80266fb32e6524aadcb407a9b873b6e39495',
}

NOTES = {
    'web10:dorian-abaco-2019-09-01': "Two versions of AP's landfall story: a forum's quote of the first take (180 mph) and the New York station's later version (185 mph at the 12:45 p.m. landfall), sharing their second and third paragraphs: one family of two wire copies, no original (no credited version). Postmedia's wire story, the Miami station's, EFE's and the Ohio weather note tell the same landfall in other words; the NHC's 'catastrophic conditions' is quoted by several: quotations only.",
    'web10:dorian-grand-bahama-2019-09-02': "The stall began on Monday; Tuesday's pages (VOA, the New Orleans paper at 7 a.m., TRT, the Nassau Guardian's story on a Barbados site) are next-day follow-ups: one story. Minnis' 'historic tragedy' is quoted by all: quotations only. UPI's address carries 26 August (the storm's first story), its dateline 'Sept. 2': the dateline is taken. The New Orleans paper's wire paragraphs are not in the set.",
    'web10:dorian-hatteras-2019-09-06': "The Post's story (dated, its own page: original) and its later version on a North Dakota paper (wire_copy: the same lead and Sprayberry's paragraph, a new paragraph on the early afternoon). Lanier's texts ('nervous and worried') appear in AP's updates on the public radio page and in ABC's story: quotations only. Two live pages (the radio's AP updates, a Raleigh station's live page copied by a blog).",
    'web10:dorian-nova-scotia-2019-09-07': "The storm came ashore on Saturday evening; Sunday's stories and the Toronto Star's Monday print story (Sunday's briefing) are follow-ups: one story (doubtful for the Monday page). The Canadian Press story of Sunday morning run by three sites (the Saskatchewan radio site's dated page with the agency's credit labelled original, doubtful: the credit is a photo credit). Fatema Ali's words to the Canadian Press are quoted by the Examiner and The Weather Channel's page: quotations only.",
    'web10:dorian-missing-2019-09-11': "AP's short (the West Palm Beach station, undated: likely source), its later version with Minnis' address (TVNZ, credited), a radio's rewording and The Guardian's story taking two of its paragraphs word for word: one family without original (no dated credited version). BBC News tells the same announcement with the same quotation of Smith: no family.",
    'web10:kospi-2004-837': "The year is read from 'the lowest since February 4, 2004' and the June futures; the day is not read (a Thursday of April or May 2004).",
    'web10:kospi-2006-03-09': "The day is read from the simultaneous expiry of March options and futures, the Bank of Korea's decision and KT&G's bidders (doubtful). Reuters' closes on Business Recorder of 2004, 2006, 2011 and 2024: one outlet, one template, four days, no family.",
    'web10:kospi-2011-08-09': "The day is read from the 'over 7 percent nose-dive on Monday' after the US downgrade (Monday 8 August 2011) (doubtful).",
    'web10:kospi-2014-05-28': "The text says Wednesday, the address 27 May (a Tuesday): read as Wednesday 28 May 2014 and left undated (doubtful).",
    'web10:kospi-2021-01-04': "Three days of one week with the same names and the same milestone: Monday 4 (2,944.45), Tuesday 5 (2,990.57, 'just short of 3,000') and Thursday 7 January 2021 (the first close above 3,000; Wednesday's intraday pass recalled): three stories, Yonhap's template in two of them.",
    'web10:kospi-2024-08-05': "The crash of Monday; the Hankyoreh's analysis posted on Tuesday afternoon reports only Monday: a next-day follow-up, one story. Four reports in different words: no family. Tuesday's rebound (its morning sidecar and close) is another story, though every page of it recalls Monday's 8.77%.",
    'web10:kospi-2024-10-22': "The day is read from the Dow's fall of 0.8% to 42,931.60 overnight (Monday 21 October 2024) (doubtful).",
    'web10:kospi-2025-10-02': "The day is read from the Samsung and SK meetings with OpenAI (1 October 2025) and the first close above 3,500 on a Thursday (doubtful).",
    'web10:kospi-record-3823-2025-10': "A Tuesday after the close above 3,500 of early October 2025 (SK hynix above 500,000 won for the first time); the day is not read with confidence.",
    'web10:kospi-2026-02-02': "The Thai site's midday report and KBS's close of the same Monday: one story, no shared text. KBS's stored date (30 January) is before the day it reports: undated.",
    'web10:kospi-2026-02-03': "Tuesday's record rebound the day after Monday's sell-off, with the opposite sidecar: another story (the same names, the same mechanism).",
    'web10:kospi-2026-03-09': "The Korea Herald's morning flash and Yonhap's close on the Korea Herald: one day, two pages of one outlet, no shared sentences, no family. Wednesday 4 March (the first circuit breaker of the month, recalled on the 9th) is another story.",
    'web10:mh370-missing-2014-03-08': "The plane vanished early on Saturday 8 March, Malaysian time (Friday evening in the US and Britain: The Guardian's and the Colorado paper's dates of 7 March). The Los Angeles Times' first version (its blog address of 7 March, copied by a mirror site) and its later version with the '10:30 p.m. update' share their first two paragraphs: a family without original (the earlier version is only a copy). The airline's statement ('Our thoughts and prayers are with all affected passengers ...') is quoted by most pages: quotations only.",
    'web10:mh370-deliberate-2014-03-15': "The South China Morning Post's story at two addresses, the same text (the later address with its dated line: original; the earlier slug's page: verbatim copy): one family. Najib's statement is quoted at length by Aviation Week and FMT and paraphrased by The Straits Times in the same order: a statement, no family. A week after the first story, with the same names: another story.",
    'web10:mh370-ended-2014-03-24': "Najib's statement of 10 p.m. ('It is therefore with deep sadness and regret ...') pasted in full by a blog and quoted by every page; the airline's message to the families quoted by three: quotations only, no family. AsiaOne's explainer of the next day (the BBC's Inmarsat details) is a follow-up: one story.",
    'web10:mh370-flaperon-777-2015-08-02': "Sixteen months later, the same names: another story. The minister's identification as a Boeing 777 part (Sunday) and Najib's confirmation as MH370's (Wednesday night) are two steps.",
    'web10:mh370-flaperon-confirmed-2015-08-05': "Najib's statement came after midnight on Thursday 6 August in Kuala Lumpur (Wednesday 5 in Europe). Three short accounts in different words: no family.",
    'web10:mh370-flaperon-french-2015-09-03': "The Paris prosecutor's confirmation of Thursday 3 September, a month after Najib's: another step. The tag page of the site of 5 August shows another of its stories: two pages of one outlet on two stories, no family.",
}

# Pages read and left out (url: why), as web9.LEFT_OUT.
LEFT_OUT = {
    'https://www.businesslive.co.za/bd/world/americas/2019-09-02-hurricane-dorian-batters-bahamas-and-threatens-florida/': 'a headline only (Dorian hits Bahamas)',
    'https://bomboradyo.com/florida-at-north-carolina-naghahanda-na-para-sa-pananalasa-ng-hurricane-dorian': 'Tagalog (Dorian over the Bahamas)',
    'https://diariodelyaqui.mx/nacional/huracan-dorian-deja-cinco-muertos-en-las-bahamas/19860': 'Spanish (the stall over Grand Bahama)',
    'https://www.ruv.is/frett/dorian-enn-yfir-grand-bahama': 'Icelandic (the stall over Grand Bahama)',
    'https://www.univision.com/search?q=que-es-la-marea-roja': 'Spanish, a search page snippet',
    'https://amp.tgcom24.mediaset.it/tgcom24/article/3231313': 'Italian (the 2,500 missing)',
    'https://redeimprensa.com.br/furacao-dorian-deixa-ao-menos-50-mortos-nas-bahamas': 'Portuguese (the 2,500 missing)',
    'https://www.fyens.dk/udland/2500-er-registreret-som-savnet-paa-Bahamas-efter-orkan/artikel/3379570': 'Danish (the 2,500 missing)',
    'https://www5.ajunews.com/view/20110103000424': 'Korean (the KOSPI record of 3 January 2011)',
    'http://asiapcmanagement.com/flight-370-malaysian-airlines-indian-ocean/': "an encyclopedia-style summary of the first weeks whose latest event cannot be fixed to one day",
    'https://visao.pt/atualidade/mundo/2015-09-03-confirma-se-que-a-asa-encontrada-na-ilha-reuniao-pertence-ao-mh370f829518': 'Portuguese (the French confirmation)',
    'https://says.com/my/news/plane-debris-found-in-la-reunion-island-could-be-from-missing-mh370': "an explainer updated to October 2015 (a false report from the Philippines): its latest event is another",
}
