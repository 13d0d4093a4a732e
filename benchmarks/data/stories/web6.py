# ruff: noqa: E501
"""Hand labels for real articles found in the search tool's stored web pages in session 21
(issue 19), labelled blind by reading the stored excerpts: unspin's source was not read and
unspin was not run. A sixth part, held out entirely for measurement (no development half).
Validate with check6.py beside this file.

Ids as web5.py: articles `st6-<story code>-<outlet>` (texts at ../realweb/texts/<id>.txt),
stories and families `web6:<slug>`. COUNTS_LINE
No URL is in another labelled set of benchmarks/data/ (check6.py checks it). Each excerpt was
copied from the tool's JSON answer into a JSON file by hand (../realweb/st6-raw/) and decoded
by a script; slips caught before hashing were fixed, others may remain (the SHA-256 is of the
text as written).

TOPICS: topic -> (description, {story id: (description, hard-case tags)}). A topic is one
storyline, run of like reports or team; topics only group.
ARTICLES: (topic, id, story, family, original, role, url, published, title, summary) per article.
The text of each is the stored excerpt, kept outside the repository at ../realweb/texts/<id>.txt
(see README.md, Licences); SHA256 holds each text's SHA-256 (of the UTF-8 bytes written).
`summary` is our own one-line description, `title` the page's headline as the excerpt shows it
(or, where the excerpt shows none, one read from the address). `published` is the date the page
or its address shows (None where it shows none, or only a month, or one that is plainly wrong;
where the page's date line and its address differ, the page's date line); a dateline's date
counts.

Roles (as web4.py and web5.py): original (the family's labelled source: the earliest-dated
version that carries the wire's or publisher's credit, or the publisher's own dated page),
wire_copy (a client's run of a wire story, credited or not), verbatim_copy, edited_copy (light
edits), partial_copy / excerpt_copy (part of the text, or a teaser), spun_copy (synonym-swapped
or machine-translated back and forth), rewrite (paraphrase of the same text), write_through (the
wire's later version of its own story, reusing its paragraphs), live_blog, likely_source (the
family's probable source, not labelled original because undated or uncredited),
independent_same_story.

Story rule (as web3 to web5): a story is one event with its same-day and next-day follow-ups;
the next step of a storyline, another match, another trading day or another day of a search or
a storm that brings its own new event is another story. A page is put in the story of the latest
event it reports. Families only where shared text is visible in the excerpts; two pages of one
outlet (or of one spinning network) on two different stories are in no family. Quotations
shared by independent reports (a statement, a tweet, a press release) do not make a family.
"""

WEB6_SOURCE = "stored web pages (search tool, corpus 'pages'), session 21"

TOPICS = {
    'thai-cave-2018-07': ("The Tham Luang cave, Thailand, 2018: the Wild Boars team and their coach found alive after nine days (Monday 2 July), the first four boys brought out (Sunday 8 July), four more (Monday 9 July), the last four and the coach (Tuesday 10 July) (a rescue day by day)", {
        'web6:cave-found-2018-07-02': ('British divers find the 12 boys and their coach alive on a ledge in the flooded cave, nine days after they went missing (Mon 2 July 2018, with Tuesday\'s follow-ups)', ['storyline-other-day']),
        'web6:cave-first-four-2018-07-08': ('The rescue begins at 10 a.m.: the first four boys are brought out by divers on Sunday evening (Sun 8 July 2018, with Monday morning\'s follow-ups)', ['storyline-other-day', 'same-names-other-event']),
        'web6:cave-eight-out-2018-07-09': ('Four more boys are brought out on the second day: eight out, four boys and the coach still inside (Mon 9 July 2018)', ['storyline-other-day', 'same-names-other-event']),
        'web6:cave-all-out-2018-07-10': ('The last four boys and the coach are brought out: all 13 Wild Boars safe, the SEALs\' "miracle, science, or what" post (Tue 10 July 2018)', ['storyline-other-day', 'shared-quotes-two-families']),
    }),
    'ftx-2022-11': ("The fall of the FTX crypto exchange, 2022: Binance agrees to buy it (Tuesday 8 November), Binance walks away (Wednesday 9 November), FTX files for bankruptcy and Bankman-Fried resigns (Friday 11 November), Bankman-Fried arrested in the Bahamas (Monday 12 December) (a collapse's steps, the same names and quotations)", {
        'web6:ftx-binance-deal-2022-11-08': ('Binance signs a non-binding letter of intent to acquire FTX.com after a "significant liquidity crunch" (Tue 8 Nov 2022)', ['storyline-other-day', 'same-names-other-event']),
        'web6:ftx-binance-walks-2022-11-09': ('Binance drops the deal after due diligence, citing "mishandled customer funds and alleged US agency investigations" (Wed 9 Nov 2022)', ['storyline-other-day', 'same-names-other-event']),
        'web6:ftx-bankruptcy-2022-11-11': ('FTX, Alameda Research and about 130 affiliates file for Chapter 11 in Delaware; Bankman-Fried resigns, John J. Ray III is chief executive (Fri 11 Nov 2022)', ['storyline-other-day', 'same-names-other-event']),
        'web6:sbf-arrest-2022-12-12': ('Bankman-Fried arrested in the Bahamas on a sealed US indictment, the day before he was to testify to a House committee (Mon 12 Dec 2022)', ['storyline-other-day', 'same-names-other-event']),
    }),
    'tokyo-stocks-days': ("Tokyo stock market reports: the Nikkei's record crash of Monday 5 August 2024, its record rebound on Tuesday 6 August, the Friday and the Tuesday after, and other trading days of 2008, 2021 and 2025 whose reports share the same names, numbers and template (same topic on other days)", {
        'web6:nikkei-crash-2024-08-05': ('The Nikkei falls 12.4% (4,451.28 points) to 31,458.42, its worst day since Black Monday 1987 (Mon 5 Aug 2024)', ['same-topic-other-day']),
        'web6:nikkei-rebound-2024-08-06': ('The Nikkei rebounds 10.23% (3,217.04 points) to 34,675.46, its biggest point gain ever (Tue 6 Aug 2024, intraday and close)', ['same-topic-other-day', 'shared-quotes-two-families']),
        'web6:nikkei-2024-08-09': ('The Nikkei ends up 0.56% at 35,025.00 as US jobless claims ease recession fears (Fri 9 Aug 2024)', ['same-topic-other-day']),
        'web6:nikkei-2024-08-13': ('The Nikkei rises 1,207 points to 36,232, back above 36,000 (Tue 13 Aug 2024)', ['same-topic-other-day']),
        'web6:nikkei-2008-03-07': ('The Nikkei falls 3.3% to a six-week low on US recession fears and a strong yen (Fri 7 March 2008)', ['same-topic-other-day']),
        'web6:nikkei-2008-10-14': ('The Nikkei soars more than 9% in early trade after its worst loss since 1987 on Friday (Tue 14 Oct 2008, read from the text)', ['same-topic-other-day']),
        'web6:nikkei-2008-10-28': ('The Nikkei rebounds 6.41% to 7,621.92 from a 26-year low (Tue 28 Oct 2008, read from the text)', ['same-topic-other-day']),
        'web6:nikkei-2021-06-22': ('The Nikkei rebounds 3.12% to 28,884.13 after Monday\'s 3.3% fall, shippers at ten-year highs (Tue 22 June 2021, midday and close; read from the text)', ['same-topic-other-day']),
        'web6:nikkei-2021-12-21': ('The Nikkei ends up 2.08% at 28,517.59 after two days of falls (a Tuesday, read as 21 Dec 2021)', ['same-topic-other-day']),
        'web6:nikkei-2025-04-08': ('Asian markets open higher, the Nikkei up 5.5% after falling nearly 8% on Monday under Trump\'s tariffs (Tue 8 April 2025)', ['same-topic-other-day']),
        'web6:nikkei-2025-04-11': ('The Nikkei slumps nearly 5% on the US-China trade war and a strong yen, after Thursday\'s 9% jump (Fri 11 April 2025)', ['same-topic-other-day']),
    }),
    'chauvin-trial-2021': ("The trial of Derek Chauvin for the murder of George Floyd, 2021: the closing arguments and the jury's retirement (Monday 19 April), the guilty verdicts (Tuesday 20 April), the sentence of 22 and a half years (Friday 25 June) (a trial's steps, the same names and the same quotations)", {
        'web6:chauvin-closing-2021-04-19': ("Closing arguments ('believe your eyes', 'This wasn't policing. This was murder.'), the judge refuses a mistrial, the sequestered jury begins deliberating (Mon 19 April 2021, with Tuesday morning's follow-ups)", ['storyline-other-day', 'shared-quotes-two-families']),
        'web6:chauvin-verdict-2021-04-20': ('Chauvin found guilty of second-degree unintentional murder, third-degree murder and second-degree manslaughter (Tue 20 April 2021)', ['storyline-other-day', 'same-names-other-event']),
        'web6:chauvin-sentence-2021-06-25': ("Judge Cahill sentences Chauvin to 22 and a half years (270 months); Chauvin offers the Floyd family his condolences (Fri 25 June 2021)", ['storyline-other-day', 'same-names-other-event']),
    }),
    'india-cwc-2023': ("India at the 2023 Cricket World Cup: the seven-wicket win over Pakistan in Ahmedabad (Saturday 14 October), the semi-final win over New Zealand in Mumbai (Wednesday 15 November), the final lost to Australia in Ahmedabad (Sunday 19 November) (one team's successive matches, the same players and grounds)", {
        'web6:ind-pak-2023-10-14': ("India beat Pakistan by seven wickets: Pakistan 191 all out from 155-2, Rohit Sharma's 86 off 63 balls, Bumrah player of the match (Sat 14 Oct 2023)", ['same-team-other-match', 'live-blog-and-follow-ups']),
        'web6:ind-nzl-2023-11-15': ("India beat New Zealand by 70 runs in the semi-final: Kohli's record 50th ODI hundred, Iyer's 105, Shami's 7-57 (Wed 15 Nov 2023)", ['same-team-other-match']),
        'web6:aus-ind-2023-11-19': ("Australia beat India by six wickets in the final: Head's 137, a 192 stand with Labuschagne, a sixth title (Sun 19 Nov 2023)", ['same-team-other-match', 'same-names-other-event']),
    }),
    'harvey-2017-08': ("Hurricane Harvey, August 2017: landfall near Rockport, Texas, as a Category 4 (Friday 25 August), catastrophic flooding and mass rescues in Houston (Sunday 27 August), the record 51.88 inches (Tuesday 29 August), the second landfall near Cameron, Louisiana (Wednesday 30 August), the explosions at the Arkema plant in Crosby (Thursday 31 August) (a storm day by day)", {
        'web6:harvey-landfall-2017-08-25': ('Harvey makes landfall between Port Aransas and Port O\'Connor as a Category 4 with 130 mph winds; buildings collapse in Rockport (Fri 25 Aug 2017, with Saturday\'s early follow-ups)', ['storyline-other-day', 'live-blog-and-follow-ups']),
        'web6:harvey-houston-floods-2017-08-27': ('Catastrophic flooding in Houston: thousands of calls for help, people told to go to their roofs, the convention center opened as a shelter (Sun 27 Aug 2017)', ['storyline-other-day', 'shared-quotes-two-families']),
        'web6:harvey-record-rain-2017-08-29': ('Cedar Bayou reports 51.88 inches of rain, a record for the continental US; a second landfall forecast for Louisiana (Tue 29 Aug 2017)', ['storyline-other-day']),
        'web6:harvey-louisiana-2017-08-30': ('Harvey, now a tropical storm, makes landfall again just west of Cameron, Louisiana (Wed 30 Aug 2017)', ['storyline-other-day', 'same-names-other-event']),
        'web6:harvey-arkema-2017-08-31': ("Explosions and fire at Arkema's flooded peroxide plant in Crosby; FEMA calls the plume 'incredibly dangerous' (Thu 31 Aug 2017, with Friday's second fire)", ['storyline-other-day', 'live-blog-and-follow-ups']),
    }),
}

# (topic, id, story, family, original, role, url, published, title, summary)
TC = 'thai-cave-2018-07'
TC02, TC08 = 'web6:cave-found-2018-07-02', 'web6:cave-first-four-2018-07-08'
TC09, TC10 = 'web6:cave-eight-out-2018-07-09', 'web6:cave-all-out-2018-07-10'
FX = 'ftx-2022-11'
FX08, FX09 = 'web6:ftx-binance-deal-2022-11-08', 'web6:ftx-binance-walks-2022-11-09'
FX11, FX12 = 'web6:ftx-bankruptcy-2022-11-11', 'web6:sbf-arrest-2022-12-12'
NK = 'tokyo-stocks-days'
NK0805, NK0806 = 'web6:nikkei-crash-2024-08-05', 'web6:nikkei-rebound-2024-08-06'
NK0809, NK0813 = 'web6:nikkei-2024-08-09', 'web6:nikkei-2024-08-13'
NK0803, NK0810, NK0828 = 'web6:nikkei-2008-03-07', 'web6:nikkei-2008-10-14', 'web6:nikkei-2008-10-28'
NK2106, NK2112 = 'web6:nikkei-2021-06-22', 'web6:nikkei-2021-12-21'
NK2504, NK2511 = 'web6:nikkei-2025-04-08', 'web6:nikkei-2025-04-11'
CV = 'chauvin-trial-2021'
CV19, CV20, CV25 = 'web6:chauvin-closing-2021-04-19', 'web6:chauvin-verdict-2021-04-20', 'web6:chauvin-sentence-2021-06-25'
WC = 'india-cwc-2023'
WCPAK, WCNZL, WCAUS = 'web6:ind-pak-2023-10-14', 'web6:ind-nzl-2023-11-15', 'web6:aus-ind-2023-11-19'
HV = 'harvey-2017-08'
HV25, HV27, HV29 = 'web6:harvey-landfall-2017-08-25', 'web6:harvey-houston-floods-2017-08-27', 'web6:harvey-record-rain-2017-08-29'
HV30, HV31 = 'web6:harvey-louisiana-2017-08-30', 'web6:harvey-arkema-2017-08-31'
ARTICLES = [
    # --- Thai cave: found alive (Monday 2 July 2018)
    (TC, 'st6-tc02-razortv', TC02, None, False, 'independent_same_story', 'https://razor.tv/video/found-alive-after-nine-days-thai-boys-cave-ordeal-not-over/4800266888001/5805092848001', None, "Found alive after nine days: Thai boys' cave ordeal not over", "a Singapore video page's one-sentence caption (title read from the address)"),
    (TC, 'st6-tc02-cdmagurus', TC02, 'web6:afp-cave-found', False, 'wire_copy', 'https://cdmagurus.com/showthread.php/44665-Thai-boys-found-alive-after-nine-days-trapped-in-cave?s=e4682482eb8d569b4318b048226bb930', None, 'Thai boys found alive after nine days trapped in cave', "a forum post of an agency's two-paragraph lead ('found alive late Monday ... on a mud embankment'), uncredited"),
    (TC, 'st6-tc02-guardian', TC02, None, False, 'independent_same_story', 'https://www.theguardian.com/world/2018/jul/03/thai-cave-rescue-what-we-know-so-far', '2018-07-02', 'Thai cave rescue: what we know so far', "The Guardian's bullet list of what is known (energy gels, medical checks later on Tuesday); title read from the address"),
    (TC, 'st6-tc02-sacredheart', TC02, 'web6:afp-cave-found', False, 'partial_copy', 'http://sacredheartspectrum.com/2018/07/missing-boys-soccer-team-found-alive-after-9-days/', None, 'Missing boys soccer team found alive after 9 days', "a spinning site's patchwork of sentences from several reports, one of them the agency's 'hampered by heavy rains' sentence"),
    (TC, 'st6-tc02-iheart', TC02, None, False, 'independent_same_story', 'https://wizard106.iheart.com/content/2018-07-02-cave-rescue-after-9-days/', '2018-07-02', 'Cave rescue after 9 days', "a radio station's short item, credited to the BBC"),
    (TC, 'st6-tc02-metro', TC02, None, False, 'independent_same_story', 'https://www.metro.news/coming-home-thai-boys-found-alive-in-caves-as-brits-help-out/1127159/', None, 'Coming home: Thai boys found alive in caves as Brits help out', "Metro's print story of the next morning (the British divers, the governor's 'first mission is accomplished')"),
    (TC, 'st6-tc02-hqcomox', TC02, None, False, 'independent_same_story', 'http://hqcomoxvalley.com/2018/07/soccer-team-found-alive-in-thai-cave-after-nine-days/', None, 'Soccer team found alive in Thai cave after nine days', "a spinning site's patchwork of sentences written before and after the find ('how many of you?', '13')"),
    # --- first four out (Sunday 8 July 2018)
    (TC, 'st6-tc08-sacredheart', TC08, None, False, 'independent_same_story', 'http://sacredheartspectrum.com/2018/07/how-divers-rescued-the-first-4-boys-from-the-cave-in/', None, 'How divers rescued the first 4 boys from the cave in Thailand', "the same spinning site's patchwork on Sunday's rescue of four, with Monday morning's lines"),
    (TC, 'st6-tc08-hypelee', TC08, None, False, 'independent_same_story', 'http://hypelee.com/2018/07/first-four-boys-rescued-by-divers-from-thailand-cave/', None, 'First four boys rescued by divers from Thailand cave', "a spinning site's patchwork on the first four (Musk's submarine, 'ABC News reports a fifth boy'), with an unrelated tariff item"),
    (TC, 'st6-tc08-boxingobserver', TC08, None, False, 'independent_same_story', 'http://theboxingobserver.com/2018/07/10/first-boys-rescued-from-thailand-cave/', '2018-07-10', 'First boys rescued from Thailand cave', "a patchwork written on Monday morning: nine still trapped after four were rescued on Sunday"),
    (TC, 'st6-tc08-thewest', TC08, None, False, 'independent_same_story', 'https://thewest.com.au/news/disaster-and-emergency/thai-cave-rescue-four-boys-taken-to-hospital-after-cave-rescue-operation-to-resume-later-ng-e98f360f471f437d91375d8351060fa8', '2018-07-09', 'Thai cave rescue: four boys taken to hospital after cave rescue operation, to resume later', "The West Australian names the four rescued boys ('EIGHT TO GO'); title read from the address"),
    (TC, 'st6-tc08-inewstoday', TC08, None, False, 'independent_same_story', 'http://inewstoday.net/2018/07/first-four-boys-rescued-from-thai-cave/', '2018-07-08', 'First Four Boys Rescued From Thai Cave', "a spinning site's patchwork under a byline and 'July 8, 2018'"),
    (TC, 'st6-tc08-elremix', TC08, None, False, 'independent_same_story', 'http://elremix.com/2018/07/09/4-of-12-boys-trapped-in-thailand-cave-have-been-rescued.html', '2018-07-09', '4 of 12 Boys Trapped in Thailand Cave Have Been Rescued', "a spinning site's patchwork (the governor's 'all-stars', 'about 10 hours' to the next operation), with an unrelated Netflix item"),
    (TC, 'st6-tc08-intlfreepress', TC08, None, False, 'verbatim_copy', 'https://internationalfreepress.com/2018/07/08/4-boys-rescued-from-thailand-cave-as-divers-work-to-retrieve-others/', '2018-07-08', '4 boys rescued from Thailand cave as divers work to retrieve others', "ABC News' Sunday story ('authorities told ABC News', 'buddy teams'), copied without credit"),
    # --- four more (Monday 9 July 2018)
    (TC, 'st6-tc09-popherald', TC09, None, False, 'independent_same_story', 'http://popherald.com/2018/07/11/four-boys-brought-out-from-thai-cave-as-rescue-efforts.html', '2018-07-11', 'Four Boys Brought Out From Thai Cave as Rescue Efforts Continue', "a spinning site's patchwork under Sunday's headline whose lead counts six out ('Two more guys put in the ambulance'): Monday's count"),
    (TC, 'st6-tc09-abcnews', TC09, None, False, 'independent_same_story', 'https://abcnews.go.com/amp/International/rescue-effort-restarts-final-boys-coach-trapped-cave/story?cid=alerts_thailand-cave-rescue&id=56450198', None, '8 boys have been rescued from cave in Thailand after 2nd day of operation', "ABC News' Monday story (the governor's 'I insist that all 13 will be safe and sound')"),
    (TC, 'st6-tc09-insideedition', TC09, 'web6:ie-cave-day2', False, 'likely_source', 'https://www.insideedition.com/thailand-cave-rescue-8th-boy-emerges-second-day-dangerous-mission-44841', None, 'Thailand Cave Rescue: 8th Boy Emerges on Second Day of Dangerous Mission', "Inside Edition's Monday story (the second rescue began about 11 a.m., the last boy out about 7:40 p.m.), undated"),
    (TC, 'st6-tc09-nola', TC09, None, False, 'wire_copy', 'https://www.nola.com/traffic/2018/07/thai_soccer_cave_8.html', None, '4 more Thai soccer players rescued from cave', "AP's Monday story ('MAE SAI, Thailand --', the SEAL commander's aide), uncredited, on a New Orleans site"),
    (TC, 'st6-tc09-gamesworlditalia', TC09, None, False, 'independent_same_story', 'http://gamesworlditalia.com/2018/07/10/second-day-of-thailand-cave-rescue.html', '2018-07-10', 'Second day of Thailand cave rescue', "a spinning site's patchwork ending on the teacher's news of four more out on Monday"),
    (TC, 'st6-tc09-sbdirtysouth', TC09, None, False, 'independent_same_story', 'http://sbdirtysouthsoccer.com/2018/07/11/rescue-mission-day-two-four-more-boys-evacuated/', '2018-07-11', 'Rescue mission day two : four more boys evacuated', "a spinning site's patchwork of Monday's lines ('war with water and time', Reuters' witnesses)"),
    (TC, 'st6-tc09-cyberwardesk', TC09, None, False, 'independent_same_story', 'http://cyberwardesk.com/2018/07/10/more-boys-rescued-from-thailand-cave/', '2018-07-10', 'More Boys Rescued From Thailand Cave', "a spinning site's patchwork (an AP photo credit, 'khao pad grapao'), with an unrelated Boris Johnson item"),
    (TC, 'st6-tc09-voacambodia', TC09, None, False, 'independent_same_story', 'https://voacambodia.com/amp/more-rescue-thai-cave/4475377.html', None, 'More rescued from Thai cave', "VOA's Monday story ('8 boars in 2 days. Hooyah'); title read from the address"),
    (TC, 'st6-tc09-stocknewspress', TC09, 'web6:ie-cave-day2', False, 'partial_copy', 'http://stocknewspress.com/2018/07/11/thailand-cave-rescue-8th-boy-emerges-on-second-day-of.html', '2018-07-11', 'Thailand Cave Rescue: 8th Boy Emerges on Second Day of Dangerous Mission', "Inside Edition's headline and one sentence, reworded ('numerous same divers'), in a patchwork of AFP and AP lines"),
    # --- all out (Tuesday 10 July 2018)
    (TC, 'st6-tc10-dailybeast', TC10, None, False, 'independent_same_story', 'https://www.thedailybeast.com/two-more-boys-rescued-from-thai-cave-two-to-go', None, 'Two more boys rescued from Thai cave, two to go', "The Daily Beast's item rewritten in place on Tuesday: all 13 out (its address keeps an earlier headline)"),
    (TC, 'st6-tc10-maltatoday', TC10, 'web6:guardian-cave-all-out', False, 'partial_copy', 'https://maltatoday.com.mt/news/world/88128/all_12_boys_successfully_rescued_from_thailand_cave_', None, 'All 12 boys successfully rescued from Thailand cave', "a Maltese paper's story ending with the British paper's paragraphs on the boys' health and the Fifa invitation"),
    (TC, 'st6-tc10-informationng', TC10, None, False, 'independent_same_story', 'http://www.informationng.com/2018/07/all-12-boys-their-coach-rescued-from-thai-cave.html', None, 'All 12 Boys & Their Coach Rescued from Thai Cave', "a Nigerian blog's summary 'The Guardian is reporting'"),
    (TC, 'st6-tc10-zeenews', TC10, 'web6:reuters-cave-all-out', False, 'edited_copy', 'http://zeenews.india.com/world/all-12-boys-and-football-coach-rescued-from-thai-cave-2123676.html', None, 'All 12 boys and football coach rescued from Thai cave', "Zee News' story built on Reuters' paragraphs ('two hours faster'), uncredited, with Musk's tweet"),
    (TC, 'st6-tc10-cna', TC10, 'web6:reuters-cave-all-out', False, 'wire_copy', 'https://www.channelnewsasia.com/news/asia/thai-cave-rescue-13-wild-boars-rescued-from-on-third-day-10517142', None, "All 13 'Wild Boars' rescued from Thai cave on third day of operation", "Reuters' Tuesday story on Channel NewsAsia ('CHIANG RAI, Thailand:', a Reuters photo), undated"),
    (TC, 'st6-tc10-olisa', TC10, None, False, 'independent_same_story', 'https://www.olisa.tv/breaking-all-12-thai-cave-boys-coach-rescued/', None, 'Breaking: All 12 Thai Cave Boys, Coach Rescued', "a Nigerian blog's short item quoting the SEALs' posts"),
    (TC, 'st6-tc10-fastgoal', TC10, None, False, 'wire_copy', 'http://fastgoal.com/gamenews/all-12-thai-boys-coach-rescued-from-cave/', None, 'All 12 Thai boys, coach rescued from cave', "AP's Tuesday story ('A daring rescue mission in the treacherous confines'), uncredited, on a football site"),
    (TC, 'st6-tc10-iafrica', TC10, 'web6:guardian-cave-all-out', False, 'partial_copy', 'https://www.iafrica.com/all-12-boys-and-coach-rescued-in-thailand/', None, 'All 12 Boys and Coach Rescued in Thailand', "a South African site's bullet points taken from a British paper's live coverage (the same health and Fifa paragraphs)"),
    # --- FTX: Binance to buy FTX (Tuesday 8 November 2022)
    (FX, 'st6-fx08-dailybeast', FX08, None, False, 'independent_same_story', 'https://www.thedailybeast.com/more-chaos-hits-the-crypto-markets-as-binance-agrees-to-buy-sam-bankman-frieds-ftx-exchange', '2022-11-08', 'More Chaos Hits the Crypto Markets as Binance Agrees to Buy FTX Exchange', "The Daily Beast's item (Bankman-Fried's $16.6 billion fortune, his political giving)"),
    (FX, 'st6-fx08-cityam', FX08, None, False, 'independent_same_story', 'https://www.cityam.com/binance-look-to-buy-out-sam-bankman-frieds-ftx/', '2022-11-08', "Binance look to buy out Sam Bankman-Fried's FTX", "City AM's story quoting both chief executives' tweets at length"),
    (FX, 'st6-fx08-coinjournal', FX08, None, False, 'independent_same_story', 'https://coinjournal.net/news/binance-to-acquire-ftx/', '2022-11-08', 'Binance to acquire FTX', "a crypto news site's short story with both tweets; title read from the address"),
    (FX, 'st6-fx08-web3isgoinggreat', FX08, None, False, 'independent_same_story', 'https://web3isgoinggreat.com/single/binance-moves-to-bail-out-ftx', None, 'FTX is insolvent; Binance offers bailout', "a critical blog's timeline entry"),
    (FX, 'st6-fx08-seekingalpha', FX08, None, False, 'independent_same_story', 'https://seekingalpha.com/news/3903650-binance-intends-to-acquire-bankman-frieds-ftx-amid-significant-liquidity-crunch?source=content_type:react%7Csection:main_content%7Cbutton:body_link%7Cfirst_level_url:news&mailingid=29655373&serial=29655373.194485&userid=25312713&messageid=wall_street_breakfast&utm_source=seeking_alpha&utm_medium=email&lctg=60ae9b33fe28384f725b8b0a&utm_campaign=WSB%2011_10_22&utm_term=wall_street_breakfast', None, "Binance intends to acquire Bankman-Fried's FTX amid 'significant liquidity crunch'", "Seeking Alpha's news item (FTT at $18.21 at 11:42 a.m. ET)"),
    (FX, 'st6-fx08-businesstoday', FX08, None, False, 'independent_same_story', 'https://www.businesstoday.in/crypto/story/crypto-exchange-binance-to-acquire-rival-ftx-352210-2022-11-08?utm_source=rssfeed', '2022-11-08', 'Crypto exchange Binance to acquire rival FTX', "Business Today's story with the embedded tweets; title read from the address"),
    (FX, 'st6-fx08-coklatsweet', FX08, None, False, 'verbatim_copy', 'https://coklatsweetnews.pages.dev/posts/binance-to-buy-ftx-in-merger-of-major-cryptocurrency-exchanges-cryptocurrencies-', None, 'Binance to buy FTX in merger of major cryptocurrency exchanges', "a British paper's story (the midterms, Dirty Bubble Media) copied onto a free host, run together in one paragraph; title read from the address"),
    (FX, 'st6-fx08-fstech', FX08, None, False, 'independent_same_story', 'https://fstech.co.uk/fst/Binance_To_Acquire_FTX.php', None, 'Binance To Acquire FTX', "a financial technology site's story; title read from the address"),
    # --- Binance walks away (Wednesday 9 November 2022)
    (FX, 'st6-fx09-verge', FX09, 'web6:verge-binance-walks', True, 'original', 'https://translate.google.com/website?sl=en&tl=hr&hl=hr&client=webapp&u=https://www.theverge.com/2022/11/9/23450044/binance-ftx-acquisition-abandoned-alameda-crypto-contagion', '2022-11-09', "Binance won't bail out FTX, cites reports of 'mishandled customer funds'", "The Verge's own story, seen through a translation proxy (untranslated), dated by its address"),
    (FX, 'st6-fx09-hamdenjournal', FX09, 'web6:verge-binance-walks', False, 'edited_copy', 'https://www.thehamdenjournal.com/technology/binance-wont-bail-out-ftx-cites-reports-of-mishandled-customer-funds/407470/', '2022-11-09', "Binance won't bail out FTX, cites reports of mishandled customer funds", "The Verge's story cut and joined ('also led them'), with Bloomberg and Semafor lines added, uncredited"),
    (FX, 'st6-fx09-leaprate', FX09, None, False, 'independent_same_story', 'https://www.leaprate.com/cryptocurrency/exchange/binance-pulls-out-of-ftx-acquisition/', '2022-11-10', 'Binance pulls out of FTX acquisition', "a trading news site's short item quoting Binance's statement; title read from the address"),
    (FX, 'st6-fx09-infonesia', FX09, None, False, 'independent_same_story', 'https://infonesia.xyz/binance-walks-out-of-ftx-deal-after-conducting-due-diligence/', None, 'Binance walks out of FTX Deal after conducting Due Diligence', "a crypto blog's item quoting the statement, citing the WSJ"),
    (FX, 'st6-fx09-cryptured', FX09, None, False, 'independent_same_story', 'https://www.cryptured.com/no-deal-binance-does-a-u-turn-leaving-ftx-on-the-verge-of-bankruptcy/', None, 'No deal: Binance does a U-turn, leaving FTX on the verge of bankruptcy', "a crypto site paraphrasing the statement and Zhao's staff memo; title read from the address"),
    (FX, 'st6-fx09-bizwatchnigeria', FX09, None, False, 'independent_same_story', 'https://bizwatchnigeria.ng/binance-ends-ftx-acquisition-deal-heres-why/?utm_source=rss&utm_medium=rss&utm_campaign=binance-ends-ftx-acquisition-deal-heres-why', '2022-11-11', "Binance ends FTX acquisition deal, here's why", "a Nigerian business site quoting the whole statement; title read from the address"),
    (FX, 'st6-fx09-nationthailand', FX09, None, False, 'independent_same_story', 'https://www.nationthailand.com/business/digital-assets/40021910', '2022-11-10', 'Binance will not pursue FTX deal', "The Nation's item (US$6 billion in three days, Reuters on the SEC inquiry); title made up from the text"),
    (FX, 'st6-fx09-coinspress', FX09, None, False, 'independent_same_story', 'https://coinspress.com/binance-backs-out-of-ftx-deal/', None, 'BREAKING: Binance Backs Out of FTX Deal', "a crypto site's commentary with the statement reworded"),
    # --- FTX files for bankruptcy (Friday 11 November 2022)
    (FX, 'st6-fx11-web3isgoinggreat', FX11, None, False, 'independent_same_story', 'https://web3isgoinggreat.com/single/ftx-files-for-bankruptcy-sam-bankman-fried-resigns', None, 'FTX files for bankruptcy, Sam Bankman-Fried resigns', "the critical blog's next timeline entry ('Aaaand there it goes')"),
    (FX, 'st6-fx11-businessinsider', FX11, None, False, 'independent_same_story', 'https://markets.businessinsider.com/news/currencies/ftx-bankruptcy-sam-bankman-fried-ceo-crypto-binance-alameda-markets-2022-11', None, 'FTX files for bankruptcy, Sam Bankman-Fried resigns', "Business Insider's markets story (Ray cleaned up Enron; Bitcoin at $16,912); title made up from the text"),
    (FX, 'st6-fx11-verge', FX11, None, False, 'independent_same_story', 'https://www.theverge.com/2022/11/11/23453164/ftx-bankruptcy-filing-sam-bankman-fried-resigns', '2022-11-11', 'FTX files for bankruptcy, Sam Bankman-Fried resigns', "The Verge's Friday story (134 entities, BlockFi, Mercedes F1); the excerpt starts mid-article; title made up from the address"),
    # --- Bankman-Fried arrested (Monday 12 December 2022)
    (FX, 'st6-fx12-mediaite', FX12, None, False, 'independent_same_story', 'https://www.mediaite.com/news/breaking-sam-bankman-fried-arrested-in-the-bahamas-will-be-extradited-to-the-u-s/', '2022-12-12', 'BREAKING: Sam Bankman-Fried arrested in the Bahamas, will be extradited to the U.S.', "Mediaite's item with the Bahamas attorney general's statement in full; title read from the address"),
    (FX, 'st6-fx12-newsbytes', FX12, None, False, 'independent_same_story', 'https://www.newsbytesapp.com/news/business/former-ftx-ceo-sam-bankman-fried-arrested-in-bahamas/story', '2022-12-13', 'Sam Bankman-Fried arrested in the Bahamas; to be extradited', "an Indian news app's item (Dec 13, 09:33 am IST) quoting the SDNY tweet"),
    (FX, 'st6-fx12-fastcompany', FX12, None, False, 'independent_same_story', 'https://www.fastcompany.com/90824145/ftx-founder-sam-bankman-fried-has-been-arrested-in-the-bahamas-amid-criminal-charges?partner=rss&utm_source=rss&utm_medium=feed&utm_campaign=rss+fastcompany&utm_content=rss', '2022-12-13', 'FTX founder Sam Bankman-Fried has been arrested in the Bahamas amid criminal charges', "Fast Company's story quoting the Bahamian prime minister; title read from the address"),
    (FX, 'st6-fx12-semafor', FX12, None, False, 'independent_same_story', 'https://www.semafor.com/article/12/12/2022/sam-bankman-fried-arrested-in-the-bahamas', '2022-12-13', 'Sam Bankman-Fried arrested in the Bahamas', "Semafor's story (a local police station, bail tomorrow), with its investor disclosure"),
    (FX, 'st6-fx12-inkl', FX12, None, False, 'independent_same_story', 'https://inkl.com/news/sam-bankman-fried-arrested-in-the-bahamas', None, 'Sam Bankman-Fried arrested in the Bahamas', "Axios' story ('Why it matters', 'Thought bubble') on a news reader site"),
    (FX, 'st6-fx12-michaelsavage', FX12, None, False, 'independent_same_story', 'https://michaelsavage.com/crypto-creek-arrested-in-the-bahamas-after-u-s-files-criminal-charges/', '2022-12-12', 'Crypto creek arrested in the Bahamas after U.S. files criminal charges', "a talk-show host's site's short story quoting the prime minister; title read from the address"),
    # --- Tokyo: the crash (Monday 5 August 2024)
    (NK, 'st6-nk0805-ajc', NK0805, 'web6:ap-nikkei-crash', True, 'original', 'https://www.ajc.com/news/nation-world/japans-nikkei-225-stock-index-sinks-nearly-13-as-investors-dump-a-wide-range-of-shares/B7B2YZVQVVEI3MGX74L2JZFVBU/', '2024-08-05', "Japan's Nikkei 225 stock index sinks nearly 13% as investors dump a wide range of shares", "AP's closing story, 'TOKYO (AP) —', on the Atlanta paper's site; title read from the address"),
    (NK, 'st6-nk0805-telanganatoday', NK0805, 'web6:ap-nikkei-crash', False, 'wire_copy', 'https://telanganatoday.com/japans-nikkei-sinks-8-in-worst-losses-since-1987', '2024-08-05', "Japan's Nikkei sinks 12.4% in worst losses since 1987", "the same AP story 'By AP' (12:19 PM IST) with its further paragraphs (the BOJ, Toyota, Tokyo Electron)"),
    (NK, 'st6-nk0805-theoreoexpress', NK0805, 'web6:ap-nikkei-crash', False, 'rewrite', 'https://theoreoexpress.com/10528-2', None, 'Japan stocks crash (untitled)', "AP's story reworded paragraph by paragraph (the 14.9% of 1987, '3.8% compared to this time last year'); no headline in the excerpt"),
    (NK, 'st6-nk0805-dw', NK0805, 'web6:dw-nikkei-crash', True, 'original', 'https://amp.dw.com/en/japans-nikkei-sees-biggest-tumble-since-1987-crash/a-69857520', '2024-08-05', "Japan's Nikkei sees biggest tumble since 1987 crash", "Deutsche Welle's own page (August 5, 2024), updated after Wall Street's opening"),
    (NK, 'st6-nk0805-dnyuz', NK0805, 'web6:dw-nikkei-crash', False, 'edited_copy', 'https://dnyuz.com/2024/08/05/japans-nikkei-sees-biggest-tumble-since-1987-crash', '2024-08-05', "Japan's Nikkei sees biggest tumble since 1987 crash", "DW's earlier version (US futures, the Sahm rule) from its feed, 'appeared first on Deutsche Welle', a link's words lost"),
    (NK, 'st6-nk0805-pageone', NK0805, 'web6:cnbc-nikkei-crash', False, 'verbatim_copy', 'https://pageone.ng/2024/08/05/japans-nikkei-drops-over-10-suffers-worst-day-since-1987-black-monday-crash/', '2024-08-05', "Japan's Nikkei drops over 10%, suffers worst day since 1987 Black Monday crash", "an American business channel's Asia markets story (the trading houses, Kospi's halt) copied without credit by a Nigerian site"),
    (NK, 'st6-nk0805-econotics', NK0805, 'web6:cnbc-nikkei-crash', False, 'rewrite', 'https://econotics.com/stories/japans-nikkei-suffers-worst-drop-since-1987-black-monday-12f2c9a7', None, "Japan's Nikkei Suffers Worst Drop Since 1987 Black Monday", "the same story reworded ('officially entered bear territory', the trading houses), with the Topix close and the yen at 142.09 added"),
    (NK, 'st6-nk0805-asianikkei', NK0805, None, False, 'independent_same_story', 'https://asia.nikkei.com/Business/Markets/Equities/Japan-stocks-dive-4-451-points-more-than-Black-Monday-in-1987', None, 'Japan stocks dive 4,451 points, more than Black Monday in 1987', "Nikkei Asia's own story (Lisa Kim)"),
    # --- the rebound (Tuesday 6 August 2024)
    (NK, 'st6-nk0806-kesq', NK0806, 'web6:ap-nikkei-rebound', True, 'original', 'https://kesq.com/news/2024/08/05/japans-benchmark-nikkei-225-index-soars-more-than-10-after-plunging-a-day-earlier/', '2024-08-05', "Japan's benchmark Nikkei 225 index soars more than 10% after plunging a day earlier", "AP's first take, 'TOKYO (AP) —', as much as 10.7%, up 8.6% an hour in, on a California station's site dated by its address (US time); title read from the address"),
    (NK, 'st6-nk0806-independent', NK0806, 'web6:ap-nikkei-rebound', False, 'wire_copy', 'https://www.independent.co.uk/news/ap-japan-tokyo-nikkei-wall-street-b2591709.html', '2024-08-06', "Japan's benchmark Nikkei 225 index soars more than 10% after plunging a day earlier", "AP's first take 'Via AP news wire' (Tuesday 02:03 UK time), an earlier version: as much as 10.5%, up 3,252.22"),
    (NK, 'st6-nk0806-swedenherald', NK0806, None, False, 'independent_same_story', 'https://swedenherald.com/article/after-the-crash-tokyo-stock-exchange-bounces-back', None, 'After the crash: Tokyo stock exchange bounces back', "a Swedish agency's lunchtime item in English (Invesco's Kinoshita to Bloomberg); title read from the address"),
    (NK, 'st6-nk0806-ezsqtech', NK0806, None, False, 'wire_copy', 'https://ezsqtech.com/investment-report-view/1477', None, 'Japanese stocks rebound sharply (untitled)', "Reuters' intraday story, 'By Brigid Riley TOKYO (Reuters)', up 8% at 0516 GMT, credited, on an investment site"),
    (NK, 'st6-nk0806-byteseu', NK0806, None, False, 'independent_same_story', 'https://byteseu.com/315790', None, 'Nikkei posts record one-day point gain (untitled)', "a Japanese broadcaster's closing item (up 10.2% to 34,675) on an aggregator"),
    (NK, 'st6-nk0806-worldarabia', NK0806, None, False, 'independent_same_story', 'https://world-arabia.com/articles/tokyo-s-nikkei-index-rebounds-sharply-after-historic-selloff', None, "Tokyo's Nikkei index rebounds sharply after historic selloff", "an agency's closing report (Kishida, Nomura, IwaiCosmo, Honda up 14.70%), reworded, on an aggregator; title read from the address"),
    (NK, 'st6-nk0806-dotdotnews', NK0806, None, False, 'wire_copy', 'https://english.dotdotnews.com/a/202408/06/AP66b1e547e4b06e12df0a50d5.html', '2024-08-06', 'Tokyo stocks rebound with record single-day gains', "Xinhua's closing report, credited, on a Hong Kong site (dated by its address)"),
    # --- other days
    (NK, 'st6-nk0809-investmentguru', NK0809, None, False, 'wire_copy', 'https://investmentguruindia.com/newsdetail/tokyo-stocks-end-higher-as-us-jobs-data-ease-recession-fears493906', None, 'Tokyo stocks end higher as US jobs data ease recession fears', "Xinhua's Friday closing report ('Xinhua news agency reported') on an Indian site"),
    (NK, 'st6-nk0813-surat101', NK0813, None, False, 'wire_copy', 'http://www.surat101.com/html/66f6199872.html', None, 'Nikkei recovers to 36,000 (untitled)', "a Japanese broadcaster's Tuesday closing item copied onto an unrelated site"),
    (NK, 'st6-nk080307-reuters', NK0803, None, False, 'independent_same_story', 'https://www.reuters.com/article/us-markets-japan-stocks/nikkei-tumbles-3-3-percent-on-u-s-recession-fears-idUST22596620080307', '2008-03-07', 'Nikkei tumbles 3.3 percent on U.S. recession fears', "Reuters' own page (March 7, 2008, 7:10 AM)"),
    (NK, 'st6-nk081014-eleconomista', NK0810, None, False, 'wire_copy', 'https://www.eleconomista.es/mercados-cotizaciones/noticias/801654/10/08/Nikkei-surges-over-9-percent-buoyed-by-government-steps.html', None, 'Nikkei surges over 9 percent buoyed by government steps', "Reuters' early story (Elaine Lies; 9,074 at 0028 GMT), credited, on a Spanish business paper's site"),
    (NK, 'st6-nk081028-topnews', NK0828, None, False, 'independent_same_story', 'https://topnews.in/general/featured?page=9600', None, 'Tokyo stocks rebound from 26-year low (untitled)', "an agency-style closing report ('Tokyo -') on a page of a news site's featured list"),
    (NK, 'st6-nk210622-marketscreener', NK2106, None, False, 'wire_copy', 'https://m.marketscreener.com/news/latest/Nikkei-posts-biggest-gains-in-a-year-as-shippers-hit-10-year-highs--35664556/', None, 'Nikkei posts biggest gains in a year as shippers hit 10-year highs', "Reuters' closing report ('[.N]', '($1 = 110.2700 yen)'), the excerpt starting at its second paragraph; title read from the address"),
    (NK, 'st6-nk210622-brecorder', NK2106, None, False, 'wire_copy', 'https://www.brecorder.com/news/40102036/tokyo-stocks-up-nearly-3-on-us-bounceback', None, 'Tokyo stocks up nearly 3% on US bounceback', "an agency's midday report ('at the break', Powell's testimony ahead) in a Pakistani business paper"),
    (NK, 'st6-nk211221-nippon', NK2112, None, False, 'wire_copy', 'https://www.nippon.com/en/news/kd845907785345253376/tokyo-stocks-surge-on-bargain-hunting-following-sharp-fall.html', None, 'Tokyo stocks surge on bargain hunting following sharp fall', "Jiji's closing report ('Newsfrom Japan') on nippon.com; title read from the address"),
    (NK, 'st6-nk250408-startribune', NK2504, None, False, 'wire_copy', 'https://www.startribune.com/japans-nikkei-225-stock-index-up-55-as-world-markets-gyrate-under-tariffs-uncertainty/601324938', None, "Japan's Nikkei 225 stock index up 5.5% as world markets gyrate under tariffs uncertainty", "AP's Asia opening story ('BANGKOK —') in the Star Tribune; title read from the address"),
    (NK, 'st6-nk250411-dunyanews', NK2511, None, False, 'wire_copy', 'https://web.dunyanews.tv/index.php/en/Business/878032-japans-nikkei-slumps-on-trade-war-worries-stronger-yen', None, "Japan's Nikkei slumps on trade war worries, stronger yen", "Reuters' midday story, credited, on a Pakistani channel's site"),
    # --- Chauvin: closing arguments (Monday 19 April 2021)
    (CV, 'st6-cv19-wcco', CV19, None, False, 'live_blog', 'https://minnesota.cbslocal.com/2021/04/19/derek-chauvin-trial-closing-arguments-george-floyd-death-prosecution-defense/', '2021-04-19', 'Derek Chauvin trial: closing arguments', "WCCO's live updates of Monday morning ('UPDATE (9:54 a.m.)'); title read from the address"),
    (CV, 'st6-cv19-theolympian', CV19, None, False, 'independent_same_story', 'https://www.theolympian.com/news/nation-world/national/article250785734.html', None, 'Jurors hear closing arguments in Chauvin trial', "a Minneapolis paper's Monday morning story (Schleicher's 1 hour and 45 minutes, 'I can't breathe' 27 times) run by a McClatchy paper; title made up from the text"),
    (CV, 'st6-cv19-democracynow', CV19, None, False, 'independent_same_story', 'https://www.democracynow.org/2021/4/20/headlines', '2021-04-20', 'Headlines for April 20, 2021', "Democracy Now!'s Tuesday headline item with Schleicher's 'This wasn't policing. This was murder.'"),
    (CV, 'st6-cv19-huffpost', CV19, None, False, 'independent_same_story', 'https://www.huffingtonpost.co.uk/entry/jury-in-derek-chauvin-trial-begins-deliberation_uk_607e7372e4b04f350e75a4b4', '2021-04-20', 'Jury in Derek Chauvin trial begins deliberation', "HuffPost's story of both closings (Schleicher's 'He betrayed the badge', Nelson's 'what-ifs'); title read from the address"),
    (CV, 'st6-cv19-arkansasonline', CV19, None, False, 'wire_copy', 'https://www.arkansasonline.com/news/2021/apr/20/ex-officers-jury-starts-deciding-as-tensions-rise/', '2021-04-20', "Ex-officer's jury starts deciding as tensions rise", "AP's story ('MINNEAPOLIS --', the mistrial request over Maxine Waters), uncredited in the excerpt; title read from the address"),
    (CV, 'st6-cv19-theweek', CV19, None, False, 'independent_same_story', 'https://theweek.com/speedreads/978328/chauvin-trial-lawyers-deliver-final-messages-jury-before-deliberations', '2021-04-19', 'Chauvin trial lawyers deliver final messages to jury before deliberations', "The Week's brief with embedded tweets of both closings; title read from the address"),
    (CV, 'st6-cv19-longhairdontcare', CV19, None, False, 'live_blog', 'https://www.longhairdontcare.net/live-attorneys-deliver-closing-arguments-in-derek-chauvin-trial/', None, 'Live: Attorneys deliver closing arguments in Derek Chauvin trial', "a Minneapolis station's live page copied onto a scraper site ('557 points')"),
    (CV, 'st6-cv19-moderatevoice', CV19, None, False, 'excerpt_copy', 'https://themoderatevoice.com/murderer-or-reasonable-officer-jury-begins-deliberations-in-chauvin-trial/', '2021-04-20', "'Murderer' or 'reasonable officer'? Jury begins deliberations in Chauvin trial", "the opening of Reuters' story ('By Jonathan Allen MINNEAPOLIS (Reuters)'), credited, cut off with 'Read More'; title read from the address"),
    # --- the verdict (Tuesday 20 April 2021)
    (CV, 'st6-cv20-abcnews', CV20, None, False, 'independent_same_story', 'https://abcnews.go.com/WNT/video/derek-chauvin-found-guilty-counts-death-george-floyd-77197775', '2021-04-20', 'Derek Chauvin found guilty on all 3 counts for death of George Floyd', "ABC's World News Tonight video caption"),
    (CV, 'st6-cv20-dailyconservative', CV20, None, False, 'excerpt_copy', 'https://dailyconservativeupdates.com/author/joel-b-pollak/page/15', None, 'Derek Chauvin Guilty on All Three Charges: 2nd, 3rd Degree Murder; 2nd Degree Manslaughter', "a writer's page of a scraper site: the headline and first sentence of a conservative site's story"),
    (CV, 'st6-cv20-cbsnews', CV20, None, False, 'independent_same_story', 'https://www.cbsnews.com/video/jury-convicts-fired-police-officer-derek-chauvin-of-all-charges-in-george-floyds-killing/', None, "Jury convicts fired police officer Derek Chauvin of all charges in George Floyd's killing", "CBS News' video caption"),
    (CV, 'st6-cv20-wsj', CV20, None, False, 'independent_same_story', 'https://www.wsj.com/articles/the-derek-chauvin-verdict-what-we-know-11618956250', None, 'The Derek Chauvin Verdict: What We Know', "The Wall Street Journal's explainer, its opening"),
    (CV, 'st6-cv20-wbls', CV20, None, False, 'independent_same_story', 'https://www.wbls.com/news/derek-chauvin-murder-trial-jury-reached-verdict-in-george-floyds-death-guilty/', None, "Derek Chauvin Murder Trial: Jury Reached Verdict in George Floyd's Death- GUILTY", "a New York radio station's item ('After four hours of deliberation', sic)"),
    (CV, 'st6-cv20-voanews', CV20, None, False, 'independent_same_story', 'https://www.voanews.com/episode/chauvin-convicted-all-charges-death-george-floyd-4649901', '2021-04-21', 'Chauvin convicted on all charges in death of George Floyd', "VOA's video episode caption (April 21, 2021 02:30 AM); title read from the address"),
    # --- the sentence (Friday 25 June 2021)
    (CV, 'st6-cv25-wobispodium', CV25, None, False, 'excerpt_copy', 'https://wobispodium.com/2021_06_25_archive.html', '2021-06-25', 'Derek Chauvin sentenced (archive page of 25 June 2021)', "a Nigerian blog's archive page for the day: a teaser of its story"),
    (CV, 'st6-cv25-infodailyng', CV25, None, False, 'excerpt_copy', 'https://infodailyng.com/tag/floyd', None, 'Floyd (tag page)', "a Nigerian blog's tag page: a teaser 'According to CNN'"),
    (CV, 'st6-cv25-newsbreak', CV25, None, False, 'independent_same_story', 'https://www.newsbreak.com/news/2290227886677/another-rochester-man-sentenced-for-2019-drug-bust', None, 'Chauvin sentenced to 22.5 years (update)', "a local station's update on Chauvin's sentence (6/25/21 3:00 PM) under an aggregator address of an unrelated story"),
    (CV, 'st6-cv25-onenewspage', CV25, None, False, 'independent_same_story', 'https://www.onenewspage.com/video/20210625/13924027/Derek-Chauvin-Sentenced-to-22-Years-for.htm', '2021-06-25', 'Derek Chauvin Sentenced to 22.5 Years for Murder of George Floyd', "a video aggregator's transcript (Cahill 'via The New York Times', Chauvin's statement)"),
    (CV, 'st6-cv25-latimesnow', CV25, None, False, 'independent_same_story', 'https://latimesnow.com/2021/06/25/watch-derek-chauvin-as-judge-reads-his-sentence', '2021-06-25', 'Watch Derek Chauvin as judge reads his sentence', "a scraper's post of CNN's video description"),
    (CV, 'st6-cv25-bluebloodz', CV25, None, False, 'excerpt_copy', 'https://bluebloodz.com/index.php/tag/derek-chauvin-trial/', None, 'Derek Chauvin Sentenced To 22-and-a-Half Years In Prison.', "a tag page's teaser of an agency-style story (a lesser sentence than the 30 years asked)"),
    (CV, 'st6-cv25-wjbt', CV25, None, False, 'independent_same_story', 'https://wjbt.iheart.com/featured/t-roy/content/2021-06-28-george-floyd-chauvin-sentenced-to-225-years/', '2021-06-28', 'George Floyd: Chauvin sentenced to 22.5 years', "a Jacksonville radio host's item written on Friday ('today's (Friday) sentencing'), credited to USA Today, dated 28 June by its address"),
    # --- India v Pakistan (Saturday 14 October 2023)
    (WC, 'st6-wcpak-sportingnews', WCPAK, None, False, 'independent_same_story', 'https://www.sportingnews.com/au/cricket/news/babar-azam-indian-captain-rohit-sharma-pakistan-world-cup/1d6b96860d6684b538e9b04e', None, 'What Babar Azam said about Rohit Sharma after the Pakistan defeat', "Sporting News Australia's report with Babar Azam's quotations; title made up from the address"),
    (WC, 'st6-wcpak-dailytimes', WCPAK, None, False, 'independent_same_story', 'https://dailytimes.com.pk/1140786/india-beat-pakistan-in-world-cup-clash/', '2023-10-19', 'India beat Pakistan in World Cup clash', "a Lahore paper's match report ('AHMEDABAD:', 'on Saturday'), its page dated five days later; title read from the address"),
    (WC, 'st6-wcpak-bolnews', WCPAK, None, False, 'independent_same_story', 'https://www.bolnews.com/sports/2023/10/india-extend-world-cup-record-to-8-0-with-win-over-pakistan/', '2023-10-14', 'India extend World Cup record to 8-0 with win over Pakistan', "a Pakistani channel's report with bullet points; title read from the address"),
    (WC, 'st6-wcpak-nationpk', WCPAK, None, False, 'independent_same_story', 'https://www.nation.com.pk/15-Oct-2023/india-thrash-pakistan-to-extend-world-cup-winning-streak', '2023-10-15', 'India thrash Pakistan to extend World Cup winning streak', "The Nation's print report ('AHMEDABAD -'); title read from the address"),
    (WC, 'st6-wcpak-aljazeera', WCPAK, None, False, 'independent_same_story', 'https://www.aljazeera.com/sports/2023/10/14/india-beat-pakistan-to-maintain-perfect-cricket-world-cup-record?traffic_source=rss', '2023-10-14', 'India beat Pakistan to maintain perfect Cricket World Cup record', "Al Jazeera's report (Pakistanis 'effectively banned from attending'); title read from the address"),
    (WC, 'st6-wcpak-wionews', WCPAK, None, False, 'independent_same_story', 'https://www.wionews.com/sports/odi-world-cup-rohit-sharmas-fifty-paints-ahmedabad-blue-as-india-maintain-perfect-winning-record-vs-pakistan-646866', '2023-10-14', "ODI World Cup: Rohit Sharma's fifty paints Ahmedabad blue as India maintain perfect winning record vs Pakistan", "WION's report; title read from the address"),
    (WC, 'st6-wcpak-thetruth', WCPAK, None, False, 'independent_same_story', 'https://thetruthinternational.com/?p=75466', None, 'India beat Pakistan by seven wickets (untitled)', "a site's inflated report ('In a spectacular display of cricketing prowess'), with broken Thai-encoded apostrophes"),
    (WC, 'st6-wcpak-tiruneshdibaba', WCPAK, None, False, 'live_blog', 'https://tiruneshdibaba.net/india-thrash-pakistan-by-seven-wickets-cricket-world-cup-2023-as-it-happened-cricket-world-cup-2023/?lang=fa', None, 'India thrash Pakistan by seven wickets: Cricket World Cup 2023 – as it happened', "a British paper's live blog copied onto an unrelated site: its closing entries (the captains and Bumrah speak)"),
    # --- India v New Zealand, semi-final (Wednesday 15 November 2023)
    (WC, 'st6-wcnzl-yahooca', WCNZL, 'web6:afp-ind-nzl', True, 'original', 'https://ca.sports.yahoo.com/news/kohli-shines-india-outclasses-zealand-180850993.html', '2023-11-15', 'Kohli shines as India outclasses New Zealand', "AFP's first full report, '(AFP)', cut short, on Yahoo Sports Canada; title read from the address"),
    (WC, 'st6-wcnzl-urdupoint', WCNZL, 'web6:afp-ind-nzl', False, 'wire_copy', 'https://www.urdupoint.com/en/sports/kohli-and-shami-star-as-india-reach-world-cup-1768234.html', '2023-11-15', 'Kohli and Shami star as India reach World Cup final', "the same AFP report in full (Shami's dropped catch), uncredited in the excerpt"),
    (WC, 'st6-wcnzl-zawya', WCNZL, 'web6:afp-ind-nzl', False, 'write_through', 'https://www.zawya.com/en/special-coverage/cricket-world-cup-2023/kohli-and-shami-star-as-india-reach-world-cup-final-qkpqrgeg', '2023-11-16', 'Kohli and Shami star as India reach World Cup final', "AFP's later version (Gill 'retired hurt on 79', Gilmour's 6-14 of 1975), credit not shown"),
    (WC, 'st6-wcnzl-dawn', WCNZL, 'web6:afp-ind-nzl', False, 'write_through', 'https://www.dawn.com/news/1789543/kohli-shami-star-as-india-beat-new-zealand-to-reach-world-cup-final', '2023-11-15', 'Kohli, Shami star as India beat New Zealand to reach World Cup final', "AFP's rewritten report ('by 70 runs to reach the Cricket World Cup final'), 'AFP Published November 15, 2023', keeping the Williamson and Latham paragraphs"),
    (WC, 'st6-wcnzl-thenewspk', WCNZL, 'web6:afp-ind-nzl', False, 'wire_copy', 'https://www.thenews.com.pk/print/1129461-kohli-shami-star-as-india-beat-new-zealand-to-reach-world-cup-final', '2023-11-16', 'Kohli, Shami star as India beat New Zealand to reach World Cup final', "the same rewritten AFP report in The News' print edition ('MUMBAI:', Kohli's and Tendulkar's quotations)"),
    (WC, 'st6-wcnzl-neherald', WCNZL, None, False, 'independent_same_story', 'https://neherald.com/sports/after-kohlis-ton-shami-steamrolls-new-zealand-for-indias-entry-into-world-cup-final', None, "After Kohli's ton, Shami steamrolls New Zealand for India's entry into World Cup final", "an Indian agency-style report built around Shami"),
    (WC, 'st6-wcnzl-lifelines', WCNZL, None, False, 'verbatim_copy', 'https://web.lifelines.name/read/94481832-b24c-5c7d-9f6c-95f19ceafc1b', None, 'India into World Cup final after Kohli century and Shami see off New Zealand', "a British paper's quick report ('Barney Ronay's report to follow') copied by a reader site"),
    (WC, 'st6-wcnzl-newsday', WCNZL, None, False, 'independent_same_story', 'https://newsday.co.tt/2023/11/15/kohlis-ton-shamis-seven-for-put-india-into-world-cup-cricket-final/?utm_source=rss&utm_medium=rss&utm_campaign=kohlis-ton-shamis-seven-for-put-india-into-world-cup-cricket-final', '2023-11-15', "Kohli's ton, Shami's seven-for put India into World Cup cricket final", "Trinidad's Newsday report with summarised scores (AFP photo)"),
    # --- Australia v India, final (Sunday 19 November 2023)
    (WC, 'st6-wcaus-bangkokpost', WCAUS, None, False, 'wire_copy', 'https://www.bangkokpost.com/sports/2688204/head-breaks-india-hearts-as-australia-win-sixth-world-cup-title', '2023-11-20', 'Head breaks India hearts as Australia win sixth World Cup title', "an agency's report ('AHMEDABAD (INDIA) -', Head's and Rohit's quotations) in the Bangkok Post"),
    (WC, 'st6-wcaus-stuff', WCAUS, None, False, 'independent_same_story', 'https://www.stuff.co.nz/sport/cricket/cricket-world-cup/301011654/australia-win-cricket-world-cup-for-record-sixth-time-after-stunning-favourites-india', '2023-11-20', 'Australia win Cricket World Cup for record sixth time after stunning favourites India', "Stuff's report ('Sunday (Monday NZT)', AP photos); title read from the address"),
    (WC, 'st6-wcaus-yahoouk', WCAUS, None, False, 'wire_copy', 'https://uk.sports.yahoo.com/news/australia-stun-favourites-india-win-155935263.html', None, 'Travis Head hits century as Australia stun favourites India to win Cricket World Cup', "a British agency's report ('a masterful 137 from 120 balls') on Yahoo UK"),
    (WC, 'st6-wcaus-cityam', WCAUS, None, False, 'independent_same_story', 'https://www.cityam.com/super-head-century-hands-australia-sixth-cricket-world-cup-against-hosts-india-in-ahmedabad/', None, 'Super Head century hands Australia SIXTH Cricket World Cup against hosts India in Ahmedabad', "City AM's report under subheads"),
    (WC, 'st6-wcaus-wwos', WCAUS, None, False, 'independent_same_story', 'https://wwos.nine.com.au/cricket/world-cup-final-2023-australia-india-result-video-travis-head-century/5ca83140-d93f-4a1a-95a5-ab2e7f92a434', '2023-11-19', 'World Cup final 2023: Australia beat India, Travis Head century', "Nine's Wide World of Sports report with its commentators' words; title made up from the address"),
    (WC, 'st6-wcaus-metro', WCAUS, None, False, 'independent_same_story', 'https://metro.co.uk/2023/11/19/australia-win-sixth-cricket-world-cup-travis-head-ends-india-party-19845151/', '2023-11-19', 'Australia beat India in Cricket World Cup final', "Metro's report"),
    (WC, 'st6-wcaus-yahooau', WCAUS, None, False, 'independent_same_story', 'https://au.sports.yahoo.com/travis-head-breaks-india-hearts-162157566.html', None, 'Travis Head breaks India hearts as Australia lift record sixth Cricket World Cup title', "a British paper's report (the fireworks 'not for the team they had been intended for') on Yahoo Australia"),
    # --- Harvey: landfall (Friday 25 August 2017)
    (HV, 'st6-hv25-augustafreepress', HV25, None, False, 'live_blog', 'http://augustafreepress.com/reports-harvey-makes-landfall-category-4-hurricane-along-texas-coast/', '2017-08-26', 'Reports: Harvey makes landfall as Category 4 hurricane along Texas coast', "a Virginia site's run of a weather company's timed updates (10:00 p.m. CDT Friday: landfall), 12:02 am Saturday"),
    (HV, 'st6-hv25-carbonated', HV25, None, False, 'independent_same_story', 'http://www.carbonated.tv/news/hurricane-harvey-texas-130mph-winds-photos-video', '2017-08-25', 'Hurricane Harvey makes landfall in Texas with estimated 130mph winds', "a video site's story with embedded tweets (the Rockport 'Sharpie' quotation)"),
    (HV, 'st6-hv25-newsflash', HV25, None, False, 'verbatim_copy', 'https://newsflash.one/2017/08/26/category-4-hurricane-harvey-makes-landfall-in-texas/', '2017-08-26', 'Category 4 Hurricane Harvey Makes Landfall in Texas', "NBC News' Friday night story ('NBC News meteorologist Bill Karins') copied by an aggregator"),
    (HV, 'st6-hv25-people', HV25, None, False, 'independent_same_story', 'https://people.com/human-interest/hurricane-harvey-hits-texas/', '2017-08-26', 'Hurricane Harvey raged into land Friday night as a Category 4 storm', "People's story (Alexia Fernández, 01:50 AM), local stations' reports"),
    (HV, 'st6-hv25-nydntracker', HV25, None, False, 'independent_same_story', 'https://www.nydailynews.com/news/national/storm-tracker-follow-hurricane-harvey-path-article-1.3440990', None, "Storm Tracker: Follow Hurricane Harvey's path", "the Daily News' tracker page updated early Saturday (downgraded to Category 1, a second landfall on Copano Bay)"),
    (HV, 'st6-hv25-nydnlandfall', HV25, None, False, 'independent_same_story', 'https://www.nydailynews.com/news/national/hurricane-harvey-landfall-tex-category-4-storm-article-1.3442752', None, 'Hurricane Harvey makes landfall in Texas as a Category 4 storm with more than 130 mph winds', "the Daily News' own Friday night story (Marshall Shepherd to the News)"),
    (HV, 'st6-hv25-fox32', HV25, None, False, 'wire_copy', 'https://www.fox32chicago.com/news/hurricane-harvey-makes-landfall-in-texas-as-category-4-storm', None, 'Hurricane Harvey makes landfall in Texas as Category 4 storm', "AP's Friday night story ('smashed into Texas late Friday'), uncredited, on a Chicago station's site"),
    # --- Houston floods (Sunday 27 August 2017)
    (HV, 'st6-hv27-wwlp', HV27, None, False, 'independent_same_story', 'http://wwlp.com/2017/08/27/harvey-causing-unprecedented-flooding-in-texas/', '2017-08-27', 'Harvey causing unprecedented flooding in Texas', "a Massachusetts station's weather item ('HOUSTON, Texas (WWLP)')"),
    (HV, 'st6-hv27-4pnoticias', HV27, 'web6:nbc-houston-floods', False, 'verbatim_copy', 'https://4pnoticias.com/houston-hit-by-catastrophic-flooding-from-hurricane-harvey-hundreds-rescued/', None, 'Houston hit by catastrophic flooding from Hurricane Harvey, hundreds rescued', "NBC News' Sunday story ('HOUSTON —', 'The Latest' bullets) copied by a Mexican site; title read from the address"),
    (HV, 'st6-hv27-classicfmgh', HV27, 'web6:nbc-houston-floods', False, 'rewrite', 'https://classicfmgh.com/?p=2344', None, 'Hurricane Harvey unleashes catastrophic flooding across Houston', "the same story reworded sentence by sentence on a Ghanaian radio site (knee-deep downtown, 10 feet on highways, rooftops not attics)"),
    (HV, 'st6-hv27-readyone', HV27, 'web6:usat-houston-floods', False, 'verbatim_copy', 'https://readyone.us/2017/08/27/texas-hurricane-27-august-2017/', '2017-08-27', 'Texas hurricane, 27 August 2017', "a national paper's Sunday story (Turner's 'creating a nightmare', Abbott on Fox News Sunday) pasted as one paragraph; title read from the address"),
    (HV, 'st6-hv27-pluspakistani', HV27, 'web6:usat-houston-floods', False, 'spun_copy', 'https://pluspakistani.com/hurricane-harvey-causes-catastrophic-flooding-houston-texas-thousands-rescue-calls-made/', None, "Hurricane Harvey causes 'catastrophic flooding' in Houston and Texas, thousands of rescue calls made", "the same story synonym-swapped ('Typhoon Harvey', 'calls for salvages in the remarkable occasion') with its evening paragraphs"),
    (HV, 'st6-hv27-wimsradio', HV27, None, False, 'wire_copy', 'https://www.wimsradio.com/2017/08/27/hurricane-harvey-hundreds-of-rescues-thousands-of-911-calls-swamp-houston-area/', '2017-08-27', 'Hurricane Harvey: Hundreds of rescues, thousands of 911 calls swamp Houston area', "ABC News' story 'Posted ... by ABC News' on an Indiana radio site"),
    (HV, 'st6-hv27-columbian', HV27, 'web6:ap-houston-floods', True, 'original', 'http://columbian.com/news/2017/aug/27/water-is-swallowing-us-up-catastrophic-floods-hit-houston', '2017-08-27', "'Water is swallowing us up': catastrophic floods hit Houston", "AP's Sunday story, 'HOUSTON (AP) —', 'thousands of desperate calls', in The Columbian; title read from the address"),
    (HV, 'st6-hv27-cbscolorado', HV27, 'web6:ap-houston-floods', False, 'wire_copy', 'https://cbsnews.com/colorado/news/hurricane-harvey-flooding-houston', None, 'Rescuers Pluck Hundreds From Rising Floodwater In Houston', "AP's earlier version ('hundreds of desperate calls', the sheriff's spokesman's 'heartbreaking'), credited, on a Denver station's page"),
    (HV, 'st6-hv27-nydnfive', HV27, None, False, 'independent_same_story', 'https://www.nydailynews.com/news/national/harvey-death-toll-rise-residents-urged-stand-roof-article-1.3446395', None, "Five reported dead as Harvey becomes 'worst disaster' ever seen in Texas; emergency crews race to rescue stranded people", "the Daily News' Sunday night story"),
    # --- record rainfall (Tuesday 29 August 2017)
    (HV, 'st6-hv29-chicagotribune', HV29, None, False, 'independent_same_story', 'http://digitaledition.chicagotribune.com/tribune/article_popover.aspx?guid=5f021268-c39a-4873-bfe8-6c938377c230', None, 'Harvey sets a US rainfall record (weather column)', "the Chicago Tribune's print weather column: 51.88 inches at Cedar Bayou as of 5 p.m. Tuesday"),
    # --- second landfall in Louisiana (Wednesday 30 August 2017)
    (HV, 'st6-hv30-bustle', HV30, None, False, 'independent_same_story', 'https://www.bustle.com/p/where-is-cameron-louisiana-harvey-made-its-second-landfall-there-79924', None, 'Harvey Made Its Second Landfall On A Louisiana Town Near The Texas Border', "Bustle's explainer citing the Washington Post and USA Today (Feltgen's 'the end of the beginning')"),
    (HV, 'st6-hv30-thestar', HV30, None, False, 'wire_copy', 'https://www.thestar.com/news/world/2017/08/30/tropical-storm-harvey-makes-landfall-again-this-time-in-louisiana.html', '2017-08-30', 'Tropical storm Harvey makes landfall again, this time in Louisiana', "AP's early Wednesday story ('LAKE CHARLES, LA.—', 45 mph) in the Toronto Star; title read from the address"),
    (HV, 'st6-hv30-nationalpost', HV30, 'web6:wapo-harvey-louisiana', False, 'wire_copy', 'https://nationalpost.com/news/world/harvey-again-makes-landfall-this-time-as-a-tropical-storm-near-cameron-la', None, 'Harvey rains down on Louisiana after drowning Houston', "the Washington Post's story ('The Post's Capital Weather Gang reported'), uncredited, in the National Post"),
    (HV, 'st6-hv30-newsindiatimes', HV30, 'web6:wapo-harvey-louisiana', False, 'write_through', 'https://www.newsindiatimes.com/harvey-makes-landfall-again-in-western-louisiana-as-rain-pummels-the-gulf-coast/', None, 'Harvey makes landfall again in western Louisiana as rain pummels the Gulf Coast', "the Post's rewritten version (a Washington Post photo credit; 'already the biggest rainstorm', 22 dead), keeping the 'prepare and pray' line"),
    (HV, 'st6-hv30-ynaija', HV30, 'web6:wapo-harvey-louisiana', False, 'partial_copy', 'https://ynaija.com/harvey-made-second-landfall-louisiana/', None, 'Harvey makes second landfall in Louisiana', "a Nigerian site's bullet list: three of the Post's sentences and three of a cable network's (the 3-6 inches, the Guard's vehicles)"),
    (HV, 'st6-hv30-fox4kc', HV30, None, False, 'wire_copy', 'https://fox4kc.com/news/harvey-makes-third-landfall-along-louisiana-texas-border/', None, 'Harvey makes third landfall along Louisiana-Texas border', "a cable network's story ('CAMERON, La. —', 'a third landfall', a list of landfalls) on a Kansas City station's site"),
    (HV, 'st6-hv30-tidingsp', HV30, None, False, 'verbatim_copy', 'http://tidingsp.blogspot.com/2017/08/harvey-slams-louisiana-tropical-storm.html', None, 'Harvey slams Louisiana as tropical storm', "a national paper's Wednesday story ('The Associated Press contributed') copied onto a Chinese-language blog; title read from the address"),
    # --- Arkema (Thursday 31 August 2017)
    (HV, 'st6-hv31-desdemona', HV31, None, False, 'excerpt_copy', 'https://desdemonadespair.net/?p=1540', '2017-08-31', 'Arkema chemical plant explosions (excerpt)', "a climate blog's long excerpt of the Washington Post's story ('By Alex Horton and Mark Berman', credited)"),
    (HV, 'st6-hv31-newsvine', HV31, None, False, 'excerpt_copy', 'http://jfxgillis.newsvine.com/_news/2017/08/31/38282950-breaking-explosions-reported-at-flooded-crosby-texas-chemical-plant', '2017-08-31', 'BREAKING: Explosions reported at flooded Crosby [Texas] chemical plant', "a user's post on a news-sharing site quoting two paragraphs (seeded Thu Aug 31, 2017 2:56 AM)"),
    (HV, 'st6-hv31-fox10phoenix', HV31, None, False, 'wire_copy', 'https://www.fox10phoenix.com/weather/skyfox-aerial-images-show-flames-black-smoke-at-crosby-facility', None, 'SkyFOX aerial images show flames, black smoke at Crosby facility', "AP's Friday evening story of a second trailer on fire, credited, under a Houston station's video"),
    (HV, 'st6-hv31-wrbl', HV31, None, False, 'live_blog', 'https://www.wrbl.com/news/national/fire-breaks-out-at-chemical-plant-hit-by-harvey-flood-waters/', None, 'Fire breaks out at chemical plant hit by Harvey flood waters', "a Georgia station's updating page (10:00 A.M. entry above the CBS early report)"),
    (HV, 'st6-hv31-thestar', HV31, None, False, 'wire_copy', 'https://www.thestar.com/news/world/2017/08/31/two-explosions-were-just-reported-at-a-flood-damaged-chemical-plant-near-houston.html', '2017-08-31', 'Two explosions were just reported at a flood-damaged chemical plant near Houston', "AP's Thursday story ('CROSBY, TEXAS—', metric units, 'An AP photographer') in the Toronto Star; title read from the address"),
]

SHA256 = {
    'st6-tc02-razortv': '8e1b30ebac951aad8887b99a1a7906230198edc6dcfbcbfac3b636fa8739abe0',
    'st6-tc02-cdmagurus': '46bb0f705adbacc421960c8a57822cc0312bc272c1d8fb420f584e359dde3209',
    'st6-tc02-guardian': '5210d59116da36df667565fae2753c11ea07410e97a82f773257b73b08210e5c',
    'st6-tc02-sacredheart': 'ed3733ae96ba6a4e4eefe4ce96422ac6af1287df4e8041739ffabf157cbe80c1',
    'st6-tc02-iheart': 'd11b2ef2a8503ed1caba5df3d1c74aa0dc0053728866db0b081de031e6016eb9',
    'st6-tc02-metro': 'f49ee72590e3884ec4730bb9a2f320db117e3f4356e4eded0c7ae2604529cb4e',
    'st6-tc02-hqcomox': 'd285a98e3e9c7ef9295a254c12eb7b9d0d1d4b737220847eed90dfb04d3065e8',
    'st6-tc08-sacredheart': '0d6c3c322fa4ead3baa9c9ea21ab151099a19ca9b1929c00ae6da58b432e9da1',
    'st6-tc08-hypelee': '62e7ccd036ca90756ac365db072bf05691f5df496269da461aa97a7a7ede89f9',
    'st6-tc08-boxingobserver': '9038f30368d0f2608ae5d3bfc37c7335ff1b5cf46ccd1a316a1b4982d9e4af1c',
    'st6-tc08-thewest': 'a2988d1f64c025727c7d40c8ac1eedb9542a454f717902ecaf1c4ba98abe4b3d',
    'st6-tc08-inewstoday': '21a45365f007dfd84830ea438bb7f0197911773c86633592dd3c4c546273ee89',
    'st6-tc08-elremix': '40e6530031b6ce0e2402f6c27c198e81bc13bf2345aa7778b91d66ed1bb08d5d',
    'st6-tc08-intlfreepress': 'bb28bd0a77e7e790abaad4b9c4c2f9440e4da7c5a068b746ef8d24383a502809',
    'st6-tc09-popherald': '1acd59a3dab01f5305a666dfa5bbdad0295371ce231523fb744fa2bba711c07a',
    'st6-tc09-abcnews': '51a7402b3e720c106907343070057dced79294ac5aecd2c7dad9b4254a1eccf1',
    'st6-tc09-insideedition': 'fd6a12433274ca9e06890052906facf742978ff220ed46a18da7849c1b30270a',
    'st6-tc09-nola': '42cca321e69dedd384ab6ba1a9c1ae2c4cf4eb56bea773b48fb5c7bf0c2fe7a3',
    'st6-tc09-gamesworlditalia': 'b9a648dfe4fe1be241fb7720f429fb84a8f6f274f0e39e34c4f9c80a18593548',
    'st6-tc09-sbdirtysouth': '6bed3366a866938b749ba731c306a28fdf723e890b09e5f441edc8bd7f081c12',
    'st6-tc09-cyberwardesk': 'eafe70aaae4ef69de5b698fede6362de2094960193c1784c9f6d8ad3ab3ec033',
    'st6-tc09-voacambodia': '40ca25ecce7fd41d2c2dc55e66949a0c1e7c205bb27e72e660e39caf95060fb4',
    'st6-tc09-stocknewspress': '704515e4fdc0eaf633974d7c57983ae684a59fd4e211346530f88fe724f15093',
    'st6-tc10-dailybeast': '2b32f5208e88ffe70cae5d09f4ed208c26f336d17254ef565e19024f50191841',
    'st6-tc10-maltatoday': '7426348d83ebe5ee9452c6953880770006a6f3cb307d4a0155137d1ceb551d6c',
    'st6-tc10-informationng': '90a91b3c8efb7d33945071b601a8f76130c5352f43e633fb30cc2828a5609460',
    'st6-tc10-zeenews': 'c9747ba34174995bfba91ee2ca11d92cfe4c8e6baee26ecb5f0790eaf076a014',
    'st6-tc10-cna': '3755f4ba9edc51a16c5fa971e034f207c539e0c370cd1f4c5dd09ccf1d01a737',
    'st6-tc10-olisa': '3c053d0fb47ec9dbd8738caa646bb62b2516359f9be05e7d62d2f57622898725',
    'st6-tc10-fastgoal': 'a9c743595e4a34cd973f01f09bda9007634a04b993b4bbc398335fa9df3e95ca',
    'st6-tc10-iafrica': '46c12228519e02029c45666cb246f208fd5a9cf018f002098e7ba94220e2071d',
    'st6-fx08-dailybeast': 'b49e621263bf8bbae0285347c086c9ecf93023d3700afbda0c105fddfb2d980d',
    'st6-fx08-cityam': 'd68c54bba159769ce5083f3bcfff57f5cf34d1496508436d78d16a4bed79476c',
    'st6-fx08-coinjournal': '65cab8272b97b4b7c1b9994e6f07c57d310d0ac0ee2e2af8c84a904e33a10fa1',
    'st6-fx08-web3isgoinggreat': '3d30d187b9b8895d20a5a41174ae4d4ffcfbfb8de306b48f7177494a956739aa',
    'st6-fx08-seekingalpha': 'e3572ccba314fc107e64db5a05e5e0de3408c7e0eaffcef3df47ab20cd04a6e2',
    'st6-fx08-businesstoday': '613538b119162720c46f47405294f3e3de8854f968b3012ee70a7d7c16b0d22d',
    'st6-fx08-coklatsweet': 'b58352a7de2bbfd15e95d75b449179bcab1f1f33d06a53f4319d15591976b8ee',
    'st6-fx08-fstech': 'd2b056088c225f5b21ec72926c50a9cb93e0d91e69c37b81cfeec4cf41ba5f2a',
    'st6-fx09-verge': '1b7f70f0e8a1cbea002e8b16bee310a3ee153a70c88d73af6db7efdceabb5861',
    'st6-fx09-hamdenjournal': 'a0f7b42f4987fd4872ca3228e1e389654538f14d0717bc288f731c0853af43c6',
    'st6-fx09-leaprate': '72ec63b3ed765a4b8f4173028fe069fae7e50a1b74f7de4af7e4fd8d2b800e63',
    'st6-fx09-infonesia': 'bef3443dbae42b168eec2e3c39c970cdea8f08ac063726767baa17dfc5b5f296',
    'st6-fx09-cryptured': '55fb5c5d7d0d45b10004b2f56c1f3cd586bf3e025bc5829aeae57cd81a642567',
    'st6-fx09-bizwatchnigeria': '232358e5043ea3fc459a4e887648db63dca892659b3d04ebea42afc5d67d457f',
    'st6-fx09-nationthailand': '29bce92eb8a2d44a08cd697cfb0e94afeef9ffd4c1d5acad537b1680693b636d',
    'st6-fx09-coinspress': '656167df57e25cf851ae59dc512e274ae6df9390422eb3fc334055f495c4372f',
    'st6-fx11-web3isgoinggreat': 'c9379b0229926249bd6b9d086f50320517a5fac5ac56b81842c5fca98b0414b7',
    'st6-fx11-businessinsider': '7d74771aaf68634b527fdc4cf939ee954387ab8c69d28b6615d9bf1fd48efd39',
    'st6-fx11-verge': 'c842801e5cc190ecfc255f46750dff0b7be0b643306091c1d0eccfd53a689af7',
    'st6-fx12-mediaite': '4c6bb25c4e30d5ca870ca7e17466c7370f5fef0da4b8b4c7f7ed4a5a95077c6f',
    'st6-fx12-newsbytes': 'ec0383f13af60d5d95d00d3d9c119b09634496d65762b4546e37444c3e72844b',
    'st6-fx12-fastcompany': '9850c32fe2cf3331e9166c45634ce687cab43ad0c2a51ba623a74b78682d8944',
    'st6-fx12-semafor': 'b9d553017311ebe8a4929934ee55e290f88002e6ea8626f7632b1c30ae41e75a',
    'st6-fx12-inkl': '60ff84d3f989a7803ad2867639789f15ab0970d1a598366d20934011fbea775c',
    'st6-fx12-michaelsavage': 'ef4d6f27e36ba93963bc576953d8daae22d06ade5c4983426973ec60fcba8401',
    'st6-nk0805-ajc': 'efd373d6622afc80f06f5ed7c4c82ef3cf65486120d4a0c09906b11798f00a76',
    'st6-nk0805-telanganatoday': '3b935d7734b668f97967b85b1eb05f23c4aeebf20c10f82cb99f319ab2aa06e5',
    'st6-nk0805-theoreoexpress': '1b9f2c0c536003a0edeb7e7884f69c95cde70435517c3c8d405a9bd50ca9d292',
    'st6-nk0805-dw': '9f9c9fbfad2db9b0c6dea19a6b623c9a3ce2d7d39e7f078f75e027669a801925',
    'st6-nk0805-dnyuz': '47ccdc7b223ca2b7b82ea9c86cf6735bf9ef8f698f989964db6a36d0da46aa01',
    'st6-nk0805-pageone': '3ee16c55ed197450b2ecff33971869a25b9211e534ef94a7db181fcd170221ff',
    'st6-nk0805-econotics': '2f4d8b3cf326c7af9cb7a990957a103bec57357e14aa62b55b14ed0ea99395ce',
    'st6-nk0805-asianikkei': 'ae4ed9965e14e0f57011e3b122b7b339a7afc6bc9eda662458268bb3a0a2d53d',
    'st6-nk0806-kesq': 'b7d2ac231aa7359a9359c4ff550c94ff68a37d10ce76cc355ada83afdf52f17b',
    'st6-nk0806-independent': '38adfef32cfffaf0c6e8d799da0ee8b18eebf181d846d54ccd5a5535f43e28d9',
    'st6-nk0806-swedenherald': '5687fb306152c1a8ee686473f003b9c519c95378bd26a7a46666090cef129c8e',
    'st6-nk0806-ezsqtech': '9a1bca645ef7c24f0b4b7ce495f252af1c2e8f5d6131bbebbcda09d881ae19f5',
    'st6-nk0806-byteseu': '441be773de39a6c62d1af1aad25169399460ea5ff0a3bc0725fd7a8fa741f3ca',
    'st6-nk0806-worldarabia': '6ad40c8d457877715349ce44c447b56c3633fadc8b98b3be9b2a8c95fbb024a4',
    'st6-nk0806-dotdotnews': 'a891e95f5a16d1113c2a339b46f6019d03e26dda598fa1491b2dcab9685c2301',
    'st6-nk0809-investmentguru': 'b47332d70a0c3c1db3a7b3212fd018c73960e01bcc133cb1b5a19c32f4a0db90',
    'st6-nk0813-surat101': '7ad132c5ff6a07eb7b5e1de8bc988a3691fc810b141e5d0c2868779afbc448ba',
    'st6-nk080307-reuters': '3037b342dade4f0c4499a46f927c96f31551514be1896e761569aa6a3e29ae51',
    'st6-nk081014-eleconomista': 'ea9f0d91601f6a64e0d272199f4eadd987a4687472d73e19c4b5fdf045e2cf58',
    'st6-nk081028-topnews': '8fa724da89c5a46f7768ca71f190856c3d310152c2e97a8b813ffd7d888be85a',
    'st6-nk210622-marketscreener': 'd3dc3adf08d032a0ca58cebac5bd752e23b2796a2f184704dfd224a5a390f2c3',
    'st6-nk210622-brecorder': 'a63769c6769fdd6ca25994f2a343174feca5008b5da2ec8eec0fc9fd56472f7e',
    'st6-nk211221-nippon': '53ba16222936678c9880c872d15fca0a24170140ece91a18b5aec156aa582ffd',
    'st6-nk250408-startribune': '19a5f12f068213ee832053098062d449c485cdf8aba325cd7dceda477e06e80c',
    'st6-nk250411-dunyanews': 'b3bec834deef0589c0fca11a0e51a54ff2c60e5038a2eea13c7eabfd88483413',
    'st6-cv19-wcco': '3dadbfa5cf92d445e1eda88b6f766a25fcfe8b5b711a486bdce7f9577734f83c',
    'st6-cv19-theolympian': '744b700b33ddf96b8c498673a9419230cef94f5c0e6c479e159ab80afcf850d8',
    'st6-cv19-democracynow': 'c56e6587448d305f96caded6ee3a9bd66d18ff34ae55728b1a5a406c38beeab9',
    'st6-cv19-huffpost': '239bbfb5854c3794a0c6e16e994e68e40660adec3eddd361e3c6ab29a6c573ff',
    'st6-cv19-arkansasonline': '7c199a002c91fbda04703ceb0293a97063dc6d8be80a89299e751aeb10ca2cae',
    'st6-cv19-theweek': 'c806217cfd89b86442591c8a7559df0de5601201fafd9a39a657cd2acc069e2e',
    'st6-cv19-longhairdontcare': 'c909f788f11208cb9a194e2ee4a4ae71feeaa44456e0d07edd791dfe9141326b',
    'st6-cv19-moderatevoice': 'b666d3603dc37a13222eb5747f4050b0b774c6feb5b94bb3fa4ee7a980d6b8f8',
    'st6-cv20-abcnews': '2917e97b8e334b63cf713040444571a554c70eb12136fd2227369b97162b7733',
    'st6-cv20-dailyconservative': '125355fa540d384aa5a9bb0204a70fc7f4d0e05a00974e76299c8dbc94712c6d',
    'st6-cv20-cbsnews': '4d285919b68a338555227b3d192be4e2916bb6c78b4ef71e0652152a2683679d',
    'st6-cv20-wsj': '88c3141f2ff69888153ba2ff177c89972f63c12af1208260056358abedd690d4',
    'st6-cv20-wbls': '31dd1e7128b966b5bcddd282d40c6147cc6edf5adaed9fe9370212cc999ab07a',
    'st6-cv20-voanews': 'abb050862b3e77ab52baa67058beb370cc73cea2ab2c65201a514b99ac71acf5',
    'st6-cv25-wobispodium': '7defc45bee32a23952a2aa57b8ab23107af411a3602d9b0f0a6bc4cb11b71481',
    'st6-cv25-infodailyng': 'ec179bef6b1fccfc12dd4f79ada327820416c70b969913abc1897e595667ad69',
    'st6-cv25-newsbreak': '49b27102affda1380ae7c6e71789929abfedb5dfbc78fb3ad8439858188b13cd',
    'st6-cv25-onenewspage': 'a350ece213d4b2a1be93bcbe6d641f39087ece610de76522d5b1f61c20421cf8',
    'st6-cv25-latimesnow': 'a2d85ae29c7dafe511dca452a85ac6764ea34e261ea30ee4eb662b2ad479da24',
    'st6-cv25-bluebloodz': 'fecab4a0b95f38474299c09311c1aece388fe2d51dc10c72296c0bf5d4bd0eba',
    'st6-cv25-wjbt': 'b2296350227278255cb46d3dc96bc571feea036bbe3a4134cf5daa6a6ad98371',
    'st6-wcpak-sportingnews': '43a6c2908cf4213d6dd001713376a1e3cfb70f95bbbd1a7a6ccded4bc72508b0',
    'st6-wcpak-dailytimes': '86f3ade2725720c6f456591a9a5f2f43e5715ed1fc9249c008aa752578f2c534',
    'st6-wcpak-bolnews': '4f94df80777ff3d8910b7d760acbcca7ed837e062d4a53bed842019a15591dac',
    'st6-wcpak-nationpk': '9a760aa9f66778288c981f6c5695addfc29949b0c2574d70b7d01a4e9487aee1',
    'st6-wcpak-aljazeera': 'be441a908446a7a0d7f8e84c06e4a8f8f7194b858c57dfeff3229b816c15d932',
    'st6-wcpak-wionews': 'e82b79219d7832683174ae4e57405382264ce6fd61453449e64c970cfbf495ed',
    'st6-wcpak-thetruth': '2a988053b4c320f912b02f61915e32292fe00e9fc20d2dd03d7e24d6289ee894',
    'st6-wcpak-tiruneshdibaba': '19d9a8298f26944f8652e8ce271625ffb64874600bccb0ea9229ce37ab279b5b',
    'st6-wcnzl-yahooca': '597c7e32caad3ac890cb7eabb337b7ed3e42dbe0400b62f0e5eb115eaa07bdb1',
    'st6-wcnzl-urdupoint': 'e76ef8cd83dd06ab8ba450435eed1f8530af668614578d4f353e08ffb364662b',
    'st6-wcnzl-zawya': 'e3ad8e9c3a40df1d94ac84b58b9beae8a11517d333eb570b3cc7d35306a1d6d5',
    'st6-wcnzl-dawn': '088b51eea4162b5f5a13a5dcfe09439e041b407298d72b369299cf130e21853a',
    'st6-wcnzl-thenewspk': '7532b4883d4fe2fd24a44cbd98502d83e859381daa68384d88e4874a18e79f60',
    'st6-wcnzl-neherald': '35566528c3250a63552765e478824589c730a92e8c78b8e08438e3c85e3765fe',
    'st6-wcnzl-lifelines': 'f5c642c5c8522908feff4b3600d2c49d79bee089fd037a19bb979d0fb230e7a5',
    'st6-wcnzl-newsday': '8fb5c0060bbc32439733dd17340f0e2643e3ea3eabb08f4d94fc8de95369ad1b',
    'st6-wcaus-bangkokpost': '760a11dd35d719878b9f3b17ed5d684b83c3dff6ffccc46e3334793cd7bab309',
    'st6-wcaus-stuff': '27f31b992da70df2285754dbfd237e4ec8cab71eef7aa6f008ad807f7feea1f1',
    'st6-wcaus-yahoouk': '53917cf38f04538a37ac0e5c648183e6e4dbf508982a71b579cd919523f606cc',
    'st6-wcaus-cityam': 'dd7ebcf744b2d813a17294f9f4e3641b2519932a9d5839d3d8002f328409c94e',
    'st6-wcaus-wwos': 'c4e6988687e9f769d4f356d8da0955850da31776fe84abfb3c8846fc0db34e98',
    'st6-wcaus-metro': '307fce268603c071222ec0dca316b155ef19947ad99b0931285559c010b6fa0e',
    'st6-wcaus-yahooau': '87e3075264cf61a500b38a1d8795bc6595b0fe627cf6e7584527fd7832726c79',
    'st6-hv25-augustafreepress': '5faa42f63d37b856c49de70b5dd2c81d0ea490c827f6fba2debcc8469a60bc20',
    'st6-hv25-carbonated': '72312a382fb9a1c2876fbc9d750a394647afbf8cf6669196481bb619af323918',
    'st6-hv25-newsflash': '14866e5ffabfe73d7eaa0b2d541595309a07345d82997a3d3a0ae1bcd3e4d5d7',
    'st6-hv25-people': '0a6788475c16e19e7e91bf633c1129c8617e88499419484d4d808dca927606f8',
    'st6-hv25-nydntracker': 'cdf30b5b177d70dd3ad317911949a7cec189a2c5838273bb79de2d2eccfbd7bf',
    'st6-hv25-nydnlandfall': 'b5065527bdfd4f60a41b0a90adae137cf2a6a0ffe01bfd24f970dd80f657c70f',
    'st6-hv25-fox32': '205362cbef0b59eaa0cdbb9d93317ad543b4c9ebc001accb05156015a3998318',
    'st6-hv27-wwlp': 'd2d7a118228a86c18f55ed6f61bba30d3d9af1e7bf9789f24890630559832c01',
    'st6-hv27-4pnoticias': 'b2acda44f54ef18d107ad4077ffdb7d40ae86c318a7553f8035536dac8e149c5',
    'st6-hv27-classicfmgh': '4f90a12d33a330c0a48cf55836af2106e12338f13397f52e5ec9ca5651f0d2e6',
    'st6-hv27-readyone': '1653ff56a3bab522ded5d11bc53f0e1e7bd1f3db789f7e26f4512f34206e625c',
    'st6-hv27-pluspakistani': '569f8f3cf86f3012b8f3ce497b13f188047644fc4e27eb14010b59d0354d8cbe',
    'st6-hv27-wimsradio': '3b172b3752f3abae262121532075aa9d7ab7d63ff13a516f352c5ea7b84acb90',
    'st6-hv27-columbian': '1b99478a9a525b4b53418a060a4758c0b61665c07f86af3f0ad8c3f0818a97b6',
    'st6-hv27-cbscolorado': '5cdcd63c5f4a86e79c245b92beddb8e084aed97e8263a0e719cbc9d78b09909d',
    'st6-hv27-nydnfive': 'b749e4f5dd4e9c2975be91bf174edbe5a235e8ee83c33d6dcb67c46245c5e6b9',
    'st6-hv29-chicagotribune': 'e3a1716a58651c3715f5185ef4df4ccbd75f5fdbf5bb13de100756ca82474ecf',
    'st6-hv30-bustle': '6377b52cf3282c8a1d17300e7c9e0a102fbfed604750fb9e6bcdec4286e367d1',
    'st6-hv30-thestar': '182032b76c840504fc918c4eb6c961f8111bac7207b245053a3360ed7921a139',
    'st6-hv30-nationalpost': '1a95ced0e041a161fa0a6d9bd263a020499438ec638fa5278b4bf5c4199f9f62',
    'st6-hv30-newsindiatimes': '2d37bc6728e17db402a53e42b9ed26febb112820ee7b2e3d08738248bfcfe898',
    'st6-hv30-ynaija': 'b503eee1a07b8b1aaa11078ba170445d59f489e6b0a3f47aed29c93b4c089598',
    'st6-hv30-fox4kc': 'af6d132a7a7803443d8168cc57a1b1b28cc03bf410b777b2324a997364c69de5',
    'st6-hv30-tidingsp': '8fa89e4c8f723a60df80a30e2df588a20295f942fc6bc4d14bf5029376897890',
    'st6-hv31-desdemona': '8b02b6169f05346f8cbd408f880340766bdbc05782a7a2927aeda30f79823aef',
    'st6-hv31-newsvine': '00c0edbd5a8522565b1e108d0d5a64aaa11a41e94d512cbc0a6b0e6a3779c791',
    'st6-hv31-fox10phoenix': '9bbb063b51d3f6f3e4dd9306e18d3d11ea44dc3a1b4dc3c0ffe510228a701b04',
    'st6-hv31-wrbl': '19bf03c294bcd9d6b6bd854b20b9e58153274931ca2a6791890209cf712b13d9',
    'st6-hv31-thestar': 'fddd2a3ee7527e02c0fa1e3479645a2faa607a785cb3e24dc4011d8d743d4b0a',
}

# Judgements worth a second look, per story.
NOTES = {
    'web6:cave-found-2018-07-02': "The group was found late on Monday 2 July (Thai time); The Guardian's list (dated 2 July on the page, 3 July in its address) and Metro's next-morning story are follow-ups of the same story. An agency's lead (the forum post) and one of its sentences in a spinning site's patchwork: a family without original (neither dated nor credited).",
    'web6:cave-first-four-2018-07-08': "Several pages are patchworks from a network of spinning sites (sacredheartspectrum, hypelee, inewstoday, elremix, theboxingobserver); they share whole sentences with each other across days (sacredheartspectrum's Sunday page and popherald's Monday page share three), but as they are on different stories they are in no family. The Boxing Observer page, dated 10 July, was written on Monday morning before the second operation and reports nothing newer than Sunday.",
    'web6:cave-eight-out-2018-07-09': "Popherald's page keeps Sunday's headline but its lead counts six boys out (Monday's second operation under way): put in Monday's story by the latest-event rule (doubtful). Inside Edition's story is undated, so its family with the stocknewspress patchwork has no original.",
    'web6:cave-all-out-2018-07-10': "Two families without original: Reuters' story (Channel NewsAsia's run and Zee News' edit, both undated) and a British paper's health and Fifa paragraphs (Malta Today, iafrica; the same slip 'This mean'). The SEALs' Facebook posts are quoted by independent pages (olisa, fastgoal, maltatoday, the Daily Beast, informationng). The Daily Beast's address keeps the headline of an earlier version ('two more ... two to go').",
    'web6:ftx-binance-deal-2022-11-08': "Every page quotes Zhao's and Bankman-Fried's tweets; no two share other text, so no family. The free-host copy (coklatsweetnews) is one British paper's story, whose own page is not stored.",
    'web6:ftx-binance-walks-2022-11-09': "The Verge's story is seen only through Google's translation proxy (text left in English); its address gives 9 November, so it is the family's original; the Hamden Journal copies its first paragraphs without credit. The other pages quote Binance's statement and are independent.",
    'web6:ftx-bankruptcy-2022-11-11': "Five pages found for this day are already in reuse-real's s16 set and are left out; the three kept share only FTX's and John Ray's statement. The Verge's excerpt starts mid-article.",
    'web6:sbf-arrest-2022-12-12': "The arrest was on Monday evening, Bahamas time; pages dated 13 December (Semafor's page line against its address's 12/12) are the same story. The Bahamas statement and the prime minister's quotation are shared by independent pages.",
    'web6:nikkei-crash-2024-08-05': "Three families: AP's closing story (the Atlanta paper's credited page is the original; Telangana Today runs a longer version of the same day; theoreoexpress rewords it), Deutsche Welle's story (its own page, and dnyuz's copy of an earlier version from DW's feed) and an American business channel's Asia story (a verbatim copy and a rewrite, the channel's page not stored: no original). All pages share the same numbers (4,451.28, 31,458.42, 14.9% in 1987).",
    'web6:nikkei-rebound-2024-08-06': "AP's first take: KESQ's run is dated 5 August by its address (US time) and the Independent's 6 August (UK time), though the Independent's text (10.5%) is the earlier version and KESQ's (10.7%, then 8.6%) the later; the date rule makes KESQ's page the original (doubtful). Reuters, Xinhua, a Japanese broadcaster and a Swedish agency report the same day independently, with the same closing numbers.",
    'web6:nikkei-2008-10-14': "Only the month shows in the address; the day is read from 'worst one-day loss since 1987 ... on Friday' and the Monday holiday (13 October 2008).",
    'web6:nikkei-2008-10-28': "The day is read from the close (7,621.92, a 26-year low on the Monday); the page is a list page of the site.",
    'web6:nikkei-2021-06-22': "The day is read from the numbers (Monday's 3.3% fall, Bullard, Powell's testimony that day); Business Recorder's midday report and Reuters' close are one story.",
    'web6:nikkei-2021-12-21': "The day is read from the close (28,517.59) and 'First Section' (before April 2022): doubtful.",
    'web6:nikkei-2025-04-11': "The day is read from Thursday's 9% jump and the escalating US-China tariffs (April 2025).",
    'web6:chauvin-closing-2021-04-19': "Monday's closings and Tuesday morning's pages (Democracy Now!, HuffPost, the Arkansas paper) are one story: the verdict came on Tuesday afternoon. Schleicher's 'believe your eyes' and 'This wasn't policing. This was murder.' are quoted by most pages, each in its own words around them: no family. Reuters' story is seen only as an opening teaser (moderatevoice).",
    'web6:chauvin-verdict-2021-04-20': "Mostly video captions and short items; no shared text beyond the three counts. A timeline entry of an annual report and the Star Tribune's front page were left out.",
    'web6:chauvin-sentence-2021-06-25': "Several pages are teasers on archive and tag pages. The newsbreak page's address names an unrelated Rochester drug case but its text is the Chauvin update. WJBT's page is dated 28 June by its address but was written on the Friday.",
    'web6:ind-pak-2023-10-14': "The copied live blog (its closing entries) and the reports share only the captains' words (Babar Azam's, in two wordings). The Lahore paper's page is dated 19 October although its report is of Saturday 14 October.",
    'web6:ind-nzl-2023-11-15': "AFP's family: Yahoo Canada's credited run (15 November) is the original; urdupoint's is the same first version in full; Zawya's is a later version of that text; Dawn's ('AFP Published November 15') and The News' are a rewritten version keeping the middle paragraphs (Williamson 'dropped on 52', '220-3 became 220-4'), put in the family as write-throughs (doubtful: a rewritten lead).",
    'web6:aus-ind-2023-11-19': "The Bangkok Post's and Yahoo Australia's headlines share 'Head breaks India hearts' but their texts differ (an agency's report and a British paper's): no family. The National's photo gallery (captions only) was left out.",
    'web6:harvey-landfall-2017-08-25': "Landfall was at about 10 p.m. on Friday; pages dated 26 August and the tracker updated early Saturday (the Copano Bay landfall) are the same story. People's and carbonated's pages share one sentence ('Harvey made landfall as a Category 4 storm with winds of 130 mph around 10 p.m. in the small Texas coastal town of Rockport, located about 30 miles outside of Corpus Christi'), probably from a third source: left in no family (doubtful).",
    'web6:harvey-houston-floods-2017-08-27': "Three families: AP's story (The Columbian's credited run is the original; the Denver page is an earlier version, 'hundreds' for 'thousands'), NBC News' story (a copy and a reworded copy) and a national paper's story (a pasted copy and a synonym-swapped one), the last two without original. All pages share the officials' advice (roofs, not attics) and Turner's words.",
    'web6:harvey-record-rain-2017-08-29': "A single page: the record rainfall of Tuesday is its own step between the Houston floods and the Louisiana landfall.",
    'web6:harvey-louisiana-2017-08-30': "The Washington Post's story: the National Post's run, News India Times' later rewritten version and ynaija's bullets (which also take three sentences from the cable network's story on the Kansas City station's site): a family without original; ynaija is put in the Post's family (doubtful, it mixes two sources).",
    'web6:harvey-arkema-2017-08-31': "Thursday's explosions and Friday evening's second trailer fire (fox10phoenix) are kept as one story, Friday's fire being a next-day follow-up (doubtful). AP's Thursday story (the Toronto Star) and the Georgia station's page share facts (irritated eyes, FEMA's 'incredibly dangerous') but not sentences: no family.",
}

# Pages read and left out (url: why), as web5.LEFT_OUT.
LEFT_OUT = {
    'http://1zhu.zhuxw.pp.ua/news/search?FORM=HDRSC6&q=Tham+Luang+Cave+Rescue+Football+Captain+Passed+Away': "a search engine's result snippet, not a page",
    'https://binance.com/id/square/post/117315': 'Indonesian (the Bankman-Fried arrest)',
    'http://kakiforex.com/2022/11/facing-bankruptcy-situation-sam-bankman.html': 'already in reuse-real/s16-articles.jsonl (FTX bankruptcy)',
    'https://arbiterz.com/ftx-files-for-bankruptcy-as-sam-bankman-fried-resigns/amp': 'already in reuse-real/s16-articles.jsonl',
    'https://troib.com/ftx-files-for-bankruptcy-ceo-bankman-fried-resigns': 'already in reuse-real/s16-articles.jsonl',
    'https://www.cnbctv18.com/business/companies/crypto-exchange-ftx-files-for-bankruptcy-sam-bankman-fried-resigns-as-ceo-15150601.htm/amp': 'already in reuse-real/s16-articles.jsonl',
    'https://www.shacknews.com/article/133088/ftx-cryptocurrency-chapter-11-bankruptcy': 'already in reuse-real/s16-articles.jsonl',
    'http://www.dw.com/en/tokyo-stocks-dive-5-percent/av-19043973': 'a video caption whose day cannot be read',
    'https://tudosobrejapao.com/post/nikkei-despenca-mais-de-2000-pontos-em-meio-a-temores-de-recessão-nos-eua': 'Portuguese (the Nikkei on Friday 2 August 2024)',
    'https://www.am-today.com/node/20783': 'French (the Nikkei, 31 May 2019)',
    'http://www.tgcom24.mediaset.it/economia/borsa-tokyo-negativa-dopo-tonfo-wall-street-nikkei-chiude-2-3-_3122317-201802a.shtml': 'Italian',
    'https://www.rd.nl/artikel/1002392-nikkei-flink-lager-door-koersverliezen-chipbedrijven': 'Dutch',
    'https://realtid.se/tag/japanska-borsen': 'Swedish tag page',
    'https://ywcagreenwichannualreport.org/cool_timeline/derek-chauvin-is-found-guilty-in-the-2020-murder-of-george-floyd': "a one-line timeline entry of an annual report, not a news page",
    'https://www.startribune.com/': "the paper's front page (the verdict boxes), not an article",
    'https://community.surrealcms.com/master027/the-columbian-death-notices-the-silent-victims-screaming-for-justice/image03': 'an image caption in a gallery',
    'https://www.thenationalnews.com/sport/cricket/2023/11/19/brilliant-travis-head-century-guides-australia-to-world-cup-final-win-over-india': 'a photo gallery (captions only)',
    'https://www.rsgis.envs.lsu.edu/download/hurricane-harvey-webpage-collection-data-sample:/tmp/tarfile_extract_jhtnteoc/sampled_files/sample_27144.txt': 'raw HTML head of an archived page, no article text',
    'https://www.rsgis.envs.lsu.edu/download/hurricane-harvey-webpage-collection-data-sample:/tmp/tarfile_extract_jhtnteoc/sampled_files/sample_9492.txt': 'raw HTML head of an archived page, no article text',
    'https://wikisum.wiki/wiki/2017_Arkema_plant_explosion': 'an encyclopedia summary, not a news page',
}
