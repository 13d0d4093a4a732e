# ruff: noqa: E501
"""Hand labels for real articles found in the search tool's stored web pages in session 20
(issue 19), labelled blind by reading the stored excerpts: unspin's source was not read and
unspin was not run. A fifth held-out part: every story here is held out whole.

TOPICS: topic -> (description, {story id: (description, hard-case tags)}). A topic is one
storyline, run of like reports or team; the part is one split, so topics only group.
ARTICLES: (topic, id, story, family, original, role, url, published, title, summary) per article.
The text of each is the stored excerpt, kept outside the repository at ../realweb/texts/<id>.txt
(see README.md, Licences); SHA256 holds each text's SHA-256 (of the UTF-8 bytes written).
`summary` is our own one-line description, `title` the page's headline as the excerpt shows it
(or, where the excerpt shows none, one read from the address). `published` is the date the page
or its address shows (None where it shows none, or only a month, or one that is plainly wrong);
a dateline's date counts ('July 1, 2024 (AFP)').

Roles (as web4.py): original (the family's labelled source: the earliest-dated version that
carries the wire's or publisher's credit, or the publisher's own dated page), wire_copy (a
client's run of a wire story, credited or not), verbatim_copy, edited_copy (light edits),
partial_copy / excerpt_copy (part of the text, or a teaser), spun_copy (synonym-swapped or
machine-translated back and forth), rewrite (paraphrase of the same text), write_through (the
wire's later version of its own story, reusing its paragraphs), live_blog, likely_source (the
family's probable source, not labelled original because undated or uncredited),
independent_same_story.

Story rule (as web3/web4): a story is one event with its same-day and next-day follow-ups; the
next step of a storyline, another match, another trading day or another day of a search or a
storm that brings its own new event is another story. A page is put in the story of the latest
event it reports. Families only where shared text is visible in the excerpts; two pages of one
outlet on two different stories (a template, a write-through carried across days) are in no
family.
"""

WEB5_SOURCE = "stored web pages (search tool, corpus 'pages'), session 20"

TOPICS = {
    'titan-2023-06': ("The search for OceanGate's Titan submersible, lost on a dive to the Titanic on Sunday 18 June 2023: the search launched (Monday), the 40 hours of oxygen left (Tuesday), the banging noises (Wednesday) and the debris field of a catastrophic implosion (Thursday) (a search day by day, live blog and follow-ups)", {
        'web5:titan-search-2023-06-19': ('The Coast Guard launches the search for the missing Titan, 70 to 96 hours of oxygen (Mon 19 June 2023)', ['storyline-other-day']),
        'web5:titan-oxygen-2023-06-20': ('About 40 hours of oxygen left, the search widens, C-17s fly equipment to St. John\'s (Tue 20 June 2023)', ['storyline-other-day']),
        'web5:titan-noises-2023-06-21': ('A Canadian P-3 aircraft detects underwater banging noises; search and rescue continues (Wed 21 June 2023)', ['storyline-other-day']),
        'web5:titan-implosion-2023-06-22': ('A debris field near the Titanic\'s bow: the Titan suffered a catastrophic implosion, all five dead (Thu 22 June 2023, with the morning live page)', ['storyline-other-day', 'live-blog-and-follow-ups']),
    }),
    'england-euro-2024': ("England's knockout matches at Euro 2024: Slovakia (last 16), Switzerland (quarter-final), the Netherlands (semi-final) and Spain (final) (one team's successive matches)", {
        'web5:eng-svk-2024-06-30': ('England 2-1 Slovakia after extra time: Bellingham\'s 95th-minute overhead kick, Kane\'s header (Sun 30 June 2024)', ['same-team-other-match']),
        'web5:eng-sui-2024-07-06': ('England 1-1 Switzerland, 5-3 on penalties: Embolo, Saka, Alexander-Arnold\'s winning kick (Sat 6 July 2024)', ['same-team-other-match']),
        'web5:ned-eng-2024-07-10': ('Netherlands 1-2 England: Simons, Kane\'s penalty, Watkins\' 90th-minute winner (Wed 10 July 2024)', ['same-team-other-match']),
        'web5:esp-eng-2024-07-14': ('Spain 2-1 England in the final in Berlin: Williams, Palmer, Oyarzabal; a record fourth title (Sun 14 July 2024)', ['same-team-other-match', 'live-blog-and-follow-ups']),
    }),
    'india-markets-2024-06': ("Indian share markets around the 2024 Lok Sabha count: records on the exit polls (Monday 3 June), the crash on counting day (Tuesday 4 June), the rebound as the allies back the NDA (Wednesday 5 June) (same topic on consecutive days, an election count)", {
        'web5:sensex-record-2024-06-03': ('Sensex and Nifty hit records on exit polls predicting a big NDA win: Sensex +2,507 to 76,468.78 (Mon 3 June 2024)', ['same-topic-other-day']),
        'web5:sensex-crash-2024-06-04': ('Sensex and Nifty crash up to 8% intraday and close down about 6% as the count shows the BJP short of a majority (Tue 4 June 2024)', ['same-topic-other-day']),
        'web5:sensex-rebound-2024-06-05': ('Sensex and Nifty rebound over 3% as TDP and JD(U) back the NDA: Sensex +2,303 to 74,382.24 (Wed 5 June 2024)', ['same-topic-other-day']),
    }),
    'beryl-2024-07': ("Hurricane Beryl, July 2024: landfall on Carriacou and the earliest Category 5 (Monday 1 July), heading for Jamaica (Tuesday), sideswiping Jamaica (Wednesday, with Thursday's damage), landfall in Texas and Houston's power cuts (Monday 8 July) (a storm day by day)", {
        'web5:beryl-carriacou-2024-07-01': ('Beryl makes landfall on Carriacou, Grenada, as a Category 4; upgraded to the earliest Category 5 late Monday (Mon 1 July 2024)', ['storyline-other-day', 'live-blog-and-follow-ups']),
        'web5:beryl-toward-jamaica-2024-07-02': ('Beryl heads toward Jamaica as a Category 5, at least four dead, Jamaica under a hurricane warning (Tue 2 July 2024)', ['storyline-other-day']),
        'web5:beryl-jamaica-2024-07-03': ('Beryl sideswipes Jamaica\'s south coast as a Category 4; Thursday\'s power cuts and deaths (Wed 3 July 2024)', ['storyline-other-day']),
        'web5:beryl-texas-2024-07-08': ('Beryl makes landfall at Matagorda, Texas, as a Category 1; millions without power around Houston, deaths from falling trees (Mon 8 July 2024)', ['storyline-other-day', 'live-blog-and-follow-ups']),
    }),
    'djokovic-visa-2022-01': ("Novak Djokovic's Australian visa, January 2022: cancelled at Melbourne airport (Thursday 6 January), restored by a judge (Monday 10 January), and, after the minister's second cancellation, upheld by the full Federal Court and deported (Sunday 16 January) (a court case's steps)", {
        'web5:djokovic-visa-cancelled-2022-01-06': ('Border Force cancels Djokovic\'s visa on arrival in Melbourne; he is moved to a detention hotel and appeals (Thu 6 Jan 2022, Melbourne time)', ['storyline-other-day']),
        'web5:djokovic-court-win-2022-01-10': ('Judge Anthony Kelly quashes the cancellation and orders Djokovic released; the minister may still cancel (Mon 10 Jan 2022)', ['storyline-other-day']),
        'web5:djokovic-deported-2022-01-16': ('The full Federal Court upholds Hawke\'s cancellation; Djokovic leaves for Dubai (Sun 16 Jan 2022)', ['storyline-other-day']),
    }),
}

# (topic, id, story, family, original, role, url, published, title, summary)
TT = 'titan-2023-06'
TT19, TT20 = 'web5:titan-search-2023-06-19', 'web5:titan-oxygen-2023-06-20'
TT21, TT22 = 'web5:titan-noises-2023-06-21', 'web5:titan-implosion-2023-06-22'
EN = 'england-euro-2024'
ESVK, ESUI, ENED, EFIN = 'web5:eng-svk-2024-06-30', 'web5:eng-sui-2024-07-06', 'web5:ned-eng-2024-07-10', 'web5:esp-eng-2024-07-14'
IM = 'india-markets-2024-06'
MK03, MK04, MK05 = 'web5:sensex-record-2024-06-03', 'web5:sensex-crash-2024-06-04', 'web5:sensex-rebound-2024-06-05'
BY = 'beryl-2024-07'
BY01, BY02 = 'web5:beryl-carriacou-2024-07-01', 'web5:beryl-toward-jamaica-2024-07-02'
BY03, BY08 = 'web5:beryl-jamaica-2024-07-03', 'web5:beryl-texas-2024-07-08'
DJ = 'djokovic-visa-2022-01'
DJ06, DJ10, DJ16 = 'web5:djokovic-visa-cancelled-2022-01-06', 'web5:djokovic-court-win-2022-01-10', 'web5:djokovic-deported-2022-01-16'
ARTICLES = [
    # --- Titan: Monday 19 June 2023
    (TT, 'st5-tt19-ibtimes', TT19, None, False, 'independent_same_story', 'https://www.ibtimes.com/rescue-teams-race-find-underwater-tourist-craft-visiting-titanic-before-its-air-runs-out-3700874', None, 'Rescue teams race to find underwater tourist craft visiting Titanic before its air runs out', "IBTimes on Monday's Boston press conference (Mauger, 96 hours of air, Action Aviation's '80 plus hours')"),
    (TT, 'st5-tt19-firenewsfeed', TT19, None, False, 'wire_copy', 'https://firenewsfeed.com/titanic-tour-submersible-still-missing-search-resumes/', None, 'Titanic tour submersible still missing, search resumes', "NewsNation's report ('BOSTON (NewsNation)'), written Monday night, the underwater search to resume Tuesday morning"),
    # --- Tuesday 20 June 2023
    (TT, 'st5-tt20-taskandpurpose', TT20, None, False, 'independent_same_story', 'https://taskandpurpose.com/news/coast-guard-titan-search-titanic/', None, 'Coast Guard searching for submersible lost near Titanic wreck', "Task & Purpose on Tuesday's briefing: up to 40 hours of oxygen, 7,600 square miles searched, the Navy's salvage system"),
    (TT, 'st5-tt20-japannews', TT20, None, False, 'wire_copy', 'https://japannews.yomiuri.co.jp/news-services/washingtonpost/20230621-117487/', '2023-06-21', 'Missing Submersible Near Titanic Wreck Has Dwindling Oxygen, Official Warns', "The Washington Post's Tuesday story (41 hours of oxygen) run by the Japan News"),
    (TT, 'st5-tt20-troib', TT20, None, False, 'verbatim_copy', 'https://troib.com/missing-titanic-tourist-sub-has-about-40-hours-of-oxygen-remaining-coast-guard-says', None, 'Missing Titanic tourist sub has about 40 hours of oxygen remaining, Coast Guard says', "a Politico-style Tuesday story (Frederick's 'unified command', Singh's C-17 statement) copied without credit"),
    (TT, 'st5-tt20-morningbrew', TT20, None, False, 'independent_same_story', 'https://www.morningbrew.com/daily/stories/2023/06/20/time-is-running-out-to-find-missing-submersible', '2023-06-20', 'Time is running out to find missing submersible', "Morning Brew's newsletter item: fewer than 40 hours of oxygen, the ROVs' plodding ships"),
    # --- Wednesday 21 June 2023
    (TT, 'st5-tt21-politico', TT21, None, False, 'independent_same_story', 'https://www.politico.com/news/2023/06/21/coast-guard-to-continue-searching-for-missing-submersible-00102948', '2023-06-21', 'Coast Guard to continue search-and-rescue for missing Titanic tourist sub', "Politico's Wednesday story ('smack dab in the middle of search and rescue'), reusing sentences of its Tuesday story"),
    (TT, 'st5-tt21-vuink', TT21, None, False, 'independent_same_story', 'https://vuink.com/post/oop-d-dpbz/future/article/20230621-titanic-sub-how-do-surveillance-planes-detect-ocean-submersibles', '2023-06-21', 'Titanic sub: How do surveillance planes detect ocean submersibles?', "a BBC Future explainer on a proxy, opening on Wednesday's noises"),
    (TT, 'st5-tt21-sweetrhythms', TT21, 'web5:reuters-titan-noises', False, 'wire_copy', 'https://sweetrhythmsonline.com/news/sounds-detected-by-crews-searching-for-titanic-submersible-us-coast-guard', None, 'Sounds detected by crews searching for Titanic submersible - US Coast Guard', "Reuters' report ('CNN and Rolling Stone magazine ... independently reported late Tuesday'), credit not shown"),
    (TT, 'st5-tt21-thenational', TT21, 'web5:reuters-titan-noises', False, 'partial_copy', 'https://www.thenationalnews.com/world/us-news/2023/06/21/missing-titanic-submarine-banging/', '2023-06-21', 'Missing Titanic submarine: banging noises heard', "The National's report reusing Reuters' paragraph on CNN and Rolling Stone, with AP's and the Coast Guard's lines"),
    (TT, 'st5-tt21-dailycaller', TT21, None, False, 'independent_same_story', 'https://dailycaller.com/2023/06/21/canadian-military-underwater-noises-missing-submersible/', '2023-06-21', "'Banging Noises' Picked Up In Desperate Search For Missing Submersible", "Daily Caller's report citing Rolling Stone, NPR and AP"),
    (TT, 'st5-tt21-24usa', TT21, None, False, 'verbatim_copy', 'https://24usa.news/banging-noise-detected-in-search-area-for-missing-sub-near-titanic-but-still-no-sign-of-vessel/', None, "'Banging' noise detected in search area for missing sub near Titanic, but still no sign of vessel", "a Washington Times-style report ('SEE ALSO', Hartsfield's quotation) copied on an aggregator"),
    (TT, 'st5-tt21-okotokstoday', TT21, None, False, 'wire_copy', 'https://www.okotokstoday.ca/national-news/faint-hope-as-banging-noise-detected-in-deep-sea-search-for-sub-near-titanic-7174707', None, "Faint hope as 'banging' noise detected in deep-sea search for sub near Titanic", "The Canadian Press's Halifax report run by an Alberta site"),
    (TT, 'st5-tt21-yahoo', TT21, None, False, 'independent_same_story', 'https://www.yahoo.com/lifestyle/plane-looking-missing-titan-sub-153000858.html?fr=sycsrp_catchall', None, "A Plane Looking for the Missing 'Titan' Sub Heard 'Banging Noises' Where the Vessel Disappeared", "a magazine's item on Yahoo quoting the DHS memo Rolling Stone obtained"),
    (TT, 'st5-tt21-nationalreview', TT21, None, False, 'independent_same_story', 'https://www.nationalreview.com/news/surveillance-aircraft-detects-banging-noises-while-searching-for-missing-titanic-sub/amp/', None, "Surveillance Aircraft Detects 'Banging' Noises While Searching for Missing Titanic Sub", "National Review's report with the DHS memo's lines"),
    # --- Thursday 22 June 2023
    (TT, 'st5-tt22-clickondetroit', TT22, None, False, 'live_blog', 'https://www.clickondetroit.com/news/national/2023/06/22/missing-titanic-tourist-sub-live-updates-deep-sea-robot-joins-search-for-missing-submersible/', '2023-06-22', 'Missing Titanic tourist sub live updates: Deep sea robot joins search', "a Detroit station's Thursday live page (oxygen could run out, France's Victor 6000), its visible entries before the debris was found"),
    (TT, 'st5-tt22-vacilando', TT22, None, False, 'excerpt_copy', 'https://vacilando.org/links/titan-sub-implosion-what-we-know-about-catastrophic-event', None, 'Titan sub implosion: What we know about catastrophic event', "a link blog's caption of a BBC video"),
    (TT, 'st5-tt22-cnewslive', TT22, None, False, 'rewrite', 'https://cnewsliveenglish.com/news/24208/catastrophic-implosion-titan-pieces-five-declared-dead-sm', None, "'Catastrophic Implosion': Titan Found in Pieces, Five Onboard Declared Dead", "an Indian site's rewrite of an agency report ('London -', 1,600 feet (488 meters))"),
    (TT, 'st5-tt22-sasknow', TT22, None, False, 'wire_copy', 'https://sasknow.com/2023/06/22/remotely-operated-vehicles-join-subsea-search-for-missing-titanic-submersible-2', '2023-06-22', 'Titan submersible torn apart by catastrophic implosion, killing all five aboard', "an agency's report (carbon-fibre hull, 500 metres from the bow) on a Saskatchewan site, under an earlier story's address"),
    (TT, 'st5-tt22-informed', TT22, None, False, 'partial_copy', 'https://www.informed.so/articles/2023-06-22-titanic-sub-crew-believed-to-have-died-instantly-in-catastrophic-implosion', '2023-06-22', 'Titanic sub crew believed to have died instantly in catastrophic implosion', "two opening paragraphs of a British paper's report on an aggregator"),
    (TT, 'st5-tt22-tampabayobserver', TT22, None, False, 'independent_same_story', 'https://tampabayobserver.com/titan-five-presumed-dead-after-subs-catastrophic-implosion/', None, "'Titan Five' presumed dead after sub's 'catastrophic implosion'", "a Tampa TV station's (WFLA) report with Hankins' quotations"),
    (TT, 'st5-tt22-stylemagazine', TT22, None, False, 'rewrite', 'http://stylemagazine.com/news/2023/jun/22/tragic-fate-feared-oceangate-expeditions-and-us-co', '2023-06-22', 'Tragic Implosion Claims Lives of All Aboard Titanic-Bound Submersible, US Coast Guard Reports', "a Houston weekly's rewrite of a network report (tail cone, 1,600 feet, Mauger's condolences)"),
    (TT, 'st5-tt22-lifestyleasia', TT22, None, False, 'rewrite', 'https://lifestyleasia-onemega.com/the-titanics-echo-crew-of-missing-titanic-submarine-killed-after-catastrophic-implosion/', None, "Tragic Demise Of Submersible Crew After 'Catastrophic Implosion'", "a lifestyle site's rewrite mixing two reports (the tail cone; the afternoon press conference 400 miles south of St. John's)"),
    (TT, 'st5-tt22-nigeriabombshell', TT22, None, False, 'excerpt_copy', 'https://www.nigeriabombshell.com/tag/titanic-submersible-implosion/', None, 'Five Titan Submersible Passengers Confirmed Dead After Catastrophic Implosion', "tag page with one article's teaser"),
    # --- England v Slovakia (Sunday 30 June 2024)
    (EN, 'st5-esvk-lbc', ESVK, None, False, 'independent_same_story', 'https://www.lbc.co.uk/news/england-through-euro-2024-quarter-finals-late-bellingham-kane-goals/', '2024-06-30', 'England through to Euro 2024 quarter-finals after late Bellingham and Kane goals turn it around against Slovakia', "LBC's report (Will Conroy)"),
    (EN, 'st5-esvk-iol', ESVK, None, False, 'rewrite', 'https://www.iol.co.za/sport/england-vs-slovakia-result-and-reaction-as-bellingham-and-kane-save-mediocre-match-in-dramatic-win-1a1f7483-dbda-415e-ac10-e3ba518f9c8d', '2024-07-01', 'England vs Slovakia result and reaction as Bellingham and Kane save mediocre match in dramatic win', "IOL's report: an agency's lead ('go out with a whimper') and a padded match account"),
    (EN, 'st5-esvk-nzherald', ESVK, 'web5:pa-eng-svk', False, 'edited_copy', 'https://nzherald.co.nz/sport/football/england-v-slovakia-live-updates-european-champion-round-of-16/YRQ54DEEINEEJCZPM5BXPPOPB4', None, 'England v Slovakia: Bellingham and Kane save England', "a British agency's match report ('wily, well-drilled Slovakia') with the players' quotations, under a live-updates address"),
    (EN, 'st5-esvk-sportinglife', ESVK, 'web5:pa-eng-svk', False, 'wire_copy', 'https://www.sportinglife.com/football/news/england-2-1-slovakia-jude-bellingham-saves-england-to-clinch-euros-quarter-finals-spot/218890', '2024-06-30', 'England 2-1 Slovakia: Jude Bellingham saves England to clinch Euros quarter-finals spot', "the same agency report 'By Sporting Life', 19:48 Sunday"),
    (EN, 'st5-esvk-webjosh', ESVK, None, False, 'wire_copy', 'https://webjosh.com/article/england-produces-stunning-escape-act-to-defeat-slovakia-in-extra-time-at-euro-2024-and-reach-quarterfinals-1719772974-26535', None, 'England produces stunning escape act to defeat Slovakia in extra time at Euro 2024 and reach quarterfinals', "CNN's first take ('This is a developing story'), credited, on an aggregator"),
    (EN, 'st5-esvk-businesslive', ESVK, None, False, 'wire_copy', 'https://www.businesslive.co.za/bd/sport/soccer/2024-06-30-england-fight-back-to-secure-place-in-euro-quarterfinals/', '2024-06-30', 'England fight back to secure place in Euro quarterfinals', "Reuters' report (Fernando Kallas), credited, run by Business Day"),
    (EN, 'st5-esvk-yorkshirepost', ESVK, None, False, 'independent_same_story', 'https://www.yorkshirepost.co.uk/sport/football/jude-bellingham-saves-gareth-southgate-and-england-from-humiliating-euro-2024-exit-4685044', '2024-06-30', "Jude Bellingham saves Gareth Southgate and England from humiliating Euro 2024 exit", "the Yorkshire Post's own report (Toney's header across goal, Guehi banned)"),
    # --- England v Switzerland (Saturday 6 July 2024)
    (EN, 'st5-esui-omasports', ESUI, 'web5:reuters-eng-sui', False, 'wire_copy', 'https://omasports.com/2024/07/06/england-beat-switzerland-on-penalties-to-reach-euros-semis', '2024-07-06', 'England beat Switzerland on penalties to reach Euros semis', "Reuters' four-paragraph first take ('England will meet either Netherlands or Turkey'), uncredited"),
    (EN, 'st5-esui-rediff', ESUI, 'web5:reuters-eng-sui', False, 'wire_copy', 'https://www.rediff.com/sports/report/euro-pics-england-beat-switzerland-on-penalties-trent-alexander/20240707.htm', '2024-07-07', 'England beat Switzerland on penalties; reach Euros semis', "the same first take on Rediff's picture page (Reuters photograph), 00:35 IST"),
    (EN, 'st5-esui-dailystar', ESUI, 'web5:afp-eng-sui', False, 'wire_copy', 'https://www.thedailystar.net/sports/sports-special/euro-2024/news/england-euro-semis-after-penalty-shootout-win-against-switzerland-3650681', '2024-07-07', 'England in Euro semis after penalty shootout win against Switzerland', "AFP's report (AFP photo; 'lashed in off the inside of the post') in a Dhaka paper, credit not shown"),
    (EN, 'st5-esui-freepressjournal', ESUI, 'web5:afp-eng-sui', False, 'rewrite', 'https://www.freepressjournal.in/sports/euro-2024-calm-england-beat-spirited-switzerland-5-3-on-penalties-after-1-1-in-extra-time-to-enter-semi-finals', None, 'Euro 2024: Calm England beat spirited Switzerland 5-3 on penalties after 1-1 in extra time to enter semi-finals', "the same AFP report paraphrased and padded under subheads"),
    (EN, 'st5-esui-abcnews', ESUI, None, False, 'independent_same_story', 'https://abcnews.go.com/Sports/euro-2024-england-beat-switzerland-penalties-reach-sf/story?id=111718415', '2024-07-06', 'Euro 2024: England beat Switzerland on penalties to reach SF', "ESPN's report on ABC News (Southgate, Saka and Alexander-Arnold quoted)"),
    (EN, 'st5-esui-caughtoffside', ESUI, None, False, 'independent_same_story', 'https://www.caughtoffside.com/2024/07/06/alexander-arnold-scores-winning-penalty-for-england/', '2024-07-06', 'Alexander-Arnold scores winning penalty for England', "a football blog's report"),
    (EN, 'st5-esui-outlook', ESUI, None, False, 'independent_same_story', 'https://www.outlookindia.com/sports/football/eng-1-1-sui-euro-2024-england-victorious-on-penalties-storm-into-semi-finals-in-pics', '2024-07-07', 'ENG 1-1 SUI, Euro 2024: England Victorious On Penalties, Storm Into Semi-Finals - In Pics', "Outlook India's photo page lead"),
    (EN, 'st5-esui-newsletter', ESUI, None, False, 'independent_same_story', 'https://www.newsletter.co.uk/sport/football/international-football/england-scrape-past-switzerland-on-penalties-to-reach-euro-2024-semi-finals-4693407', '2024-07-06', 'England scrape past Switzerland on penalties to reach Euro 2024 semi-finals', "a Belfast paper's three-paragraph report (a British agency's wording, 5-4)"),
    # --- Netherlands v England (Wednesday 10 July 2024)
    (EN, 'st5-ened-dailyiberian', ENED, 'web5:uefa-ned-eng', False, 'verbatim_copy', 'https://thedailyiberian.com/2024/07/11/netherlands-1-2-england-watkins-added-time-winner-seals-final-spot', '2024-07-11', "Netherlands 1-2 England: Watkins' added-time winner seals final spot", "UEFA.com's match report ('lit the touchpaper') copied without credit"),
    (EN, 'st5-ened-1slive', ENED, 'web5:uefa-ned-eng', False, 'verbatim_copy', 'http://1slive.com/netherlands-1-2-england-watkins-added-time-winner-seals-final-spot', None, "Netherlands 1-2 England: Watkins' added-time winner seals final spot", "the same UEFA.com report with its key-moments list"),
    (EN, 'st5-ened-sportstar', ENED, None, False, 'independent_same_story', 'https://sportstar.thehindu.com/football/watch-euro-2024-ollie-watkins-goal-in-netherlands-vs-england-semifinal-ned-v-eng-euros/article68390732.ece', '2024-07-11', "WATCH: Ollie Watkins' goal in Netherlands vs England semifinal", "Sportstar's video caption"),
    (EN, 'st5-ened-adomonline', ENED, None, False, 'independent_same_story', 'https://www.adomonline.com/euro-2024-late-watkins-winner-sends-england-into-final/', '2024-07-10', 'Euro 2024: Late Watkins winner sends England into final', "a Ghanaian site's report"),
    (EN, 'st5-ened-sportsmax', ENED, None, False, 'independent_same_story', 'https://sportsmax.tv/football/international/item/149336-netherlands-1-2-england-watkins-dramatic-winner-sends-three-lions-into-euro-2024-final', '2024-07-10', "Netherlands 1-2 England: Watkins' dramatic winner sends Three Lions into Euro 2024 final", "SportsMax's Sports Desk report (an Opta-fed agency's wording)"),
    (EN, 'st5-ened-webjosh', ENED, None, False, 'wire_copy', 'https://webjosh.com/article/england-beat-netherlands-to-reach-euro-2024-final-1720646637-9310', None, 'England beat Netherlands to reach Euro 2024 final', "The Peninsula's AFP-style report ('Dortmund, Germany:'), credited to the Peninsula, on an aggregator"),
    (EN, 'st5-ened-zeenews', ENED, None, False, 'independent_same_story', 'https://zeenews.india.com/football/euro-2024-ollie-watkins-heroics-propel-england-to-final-showdown-with-spain-2765460.html', '2024-07-11', "Euro 2024: Ollie Watkins' heroics propel England to final showdown with Spain", "Zee News' report (Zwayer's penalty, the Westfalenstadion)"),
    (EN, 'st5-ened-asianet', ENED, None, False, 'independent_same_story', 'https://newsable.asianetnews.com/sports/football-england-storm-into-euro-2024-final-after-watkins-last-gasp-winner-sinks-netherlands-gear-up-to-face-spain-snt-sgfeip', '2024-07-11', "England storm into Euro 2024 final after Watkins' last-gasp winner sinks Netherlands", "Asianet's report"),
    # --- Spain v England, the final (Sunday 14 July 2024)
    (EN, 'st5-efin-independent', EFIN, None, False, 'independent_same_story', 'https://www.independent.co.uk/tv/sport/spain-fans-euro-2024-final-celebrations-b2579688.html', '2024-07-14', 'Spain fans celebrate Euro 2024 final win', "The Independent's video caption of the fans in Madrid"),
    (EN, 'st5-efin-xalqqazeti', EFIN, None, False, 'wire_copy', 'https://xalqqazeti.az/en/idman/186628-spain-england-late-oyarzabal-winner', None, 'Spain 2-1 England: late Oyarzabal winner', "UEFA.com's final report, 'according to UEFA.com', on an Azerbaijani paper's site"),
    (EN, 'st5-efin-newsx', EFIN, None, False, 'independent_same_story', 'https://www.newsx.com/sports/spain-claims-historic-fourth-euro-title-with-late-drama-against-england/', '2024-07-15', 'Spain claims historic fourth Euro title with late drama against England', "NewsX's report (Prince William and King Felipe present)"),
    (EN, 'st5-efin-sportstar', EFIN, None, False, 'independent_same_story', 'https://sportstar.thehindu.com/football/euro-2024-jude-bellingham-kicks-cooler-after-spain-beats-england-2-1-uefa-european-championships/article68404573.ece', '2024-07-15', 'Euro 2024: Jude Bellingham kicks cooler after Spain beats England 2-1', "Sportstar's same-night item: Bellingham's kick, the tournament awards, the shared golden boot"),
    (EN, 'st5-efin-maltatoday', EFIN, None, False, 'independent_same_story', 'https://www.maltatoday.com.mt/sports/football/130237/spain_crowned_european_football_champions_for_record_fourth_time_after_beating_england', '2024-07-14', 'Spain crowned European football champions for record fourth time after beating England', "MaltaToday's report"),
    (EN, 'st5-efin-krone', EFIN, None, False, 'independent_same_story', 'https://www.krone.at/3458524', None, 'Late goal for the European Championship title', "an Austrian paper's English version: the final in a Berlin round-up (the store shows only the month)"),
    (EN, 'st5-efin-inews', EFIN, None, False, 'live_blog', 'https://inews.co.uk/sport/football/euro-2024-final-live-england-against-spain-3169520', '2024-07-14', 'Euro 2024 final live: England against Spain', "the i paper's live page, topped by its verdict"),
    # --- Indian markets: Monday 3 June 2024
    (IM, 'st5-mk03-telanganatoday', MK03, 'web5:ians-sensex-2024-06-03', True, 'original', 'https://telanganatoday.com/sensex-nifty-hit-all-time-highs-on-bjp-led-ndas-predicted-election-victory', '2024-06-03', "Sensex, Nifty hit all-time highs on BJP-led NDA's predicted election victory", "an agency's opening report ('Mumbai:', 2,777.58 points in early trade), 'By IANS', 11:20 AM"),
    (IM, 'st5-mk03-outlook', MK03, 'web5:ians-sensex-2024-06-03', False, 'wire_copy', 'https://www.outlookindia.com/national/stock-market-sensex-nifty-post-massive-jump-as-exit-polls-predict-ndas-return', None, "Stock Market: Sensex, Nifty post massive jump as exit polls predict NDA's return", "the same agency paragraphs (all 30 Sensex companies, the 8.2% growth) with Outlook's lines on the exit polls"),
    (IM, 'st5-mk03-thefederal', MK03, 'web5:ians-sensex-2024-06-03', False, 'write_through', 'https://thefederal.com/category/business/exit-poll-reports-of-bjp-win-send-markets-soaring-sensex-nifty-hit-fresh-peaks-125581', '2024-06-03', 'Exit poll reports of BJP win send markets soaring; Sensex, Nifty hit fresh peaks', "the agency's closing report (2,507.47 points to 76,468.78) reusing the opening report's paragraphs on the exit polls and Friday's FII and close"),
    (IM, 'st5-mk03-rediff1', MK03, 'web5:rediff-sensex-2024-06-03', True, 'original', 'https://news.rediff.com/commentary/2024/jun/03/sensex-at-record-high-on-expectation-of-modi-3.0/f6893de8693564243f4914e52a751d1e', '2024-06-03', 'Sensex at record high on expectation of Modi 3.0', "Rediff's 09:51 opening item (opening at 75,821.19)"),
    (IM, 'st5-mk03-rediff2', MK03, 'web5:rediff-sensex-2024-06-03', False, 'verbatim_copy', 'https://news.rediff.com/commentary/2024/jun/03/sensex-at-record-high-on-expectation-of-modi-3.0/f6893de8693564243f4914e52a751d1e', '2024-06-03', 'Sensex at record high on expectation of Modi 3.0', "the same address stored a second time, with other spacing"),
    (IM, 'st5-mk03-indiainfoline', MK03, None, False, 'independent_same_story', 'https://www.indiainfoline.com/news/markets/nifty-and-sensex-close-at-record-highs', None, 'Nifty and Sensex close at record highs', "IIFL's closing report (SBI past Rs 8 lakh crore)"),
    (IM, 'st5-mk03-hindustantimes', MK03, None, False, 'independent_same_story', 'https://www.hindustantimes.com/business/investors-earn-rs-11-lakh-crore-as-sensex-zooms-to-record-high-top-updates-101717388157466.html', '2024-06-03', 'Investors earn Rs 11 lakh crore as Sensex zooms to record high: top updates', "Hindustan Times' morning item (76,139)"),
    (IM, 'st5-mk03-indiatoday', MK03, None, False, 'independent_same_story', 'https://www.indiatoday.in/amp/business/story/stock-market-closing-bell-dalal-street-record-high-rally-exit-polls-bjp-nda-win-lok-sabha-elections-2547521-2024-06-03', '2024-06-03', 'D-Street settles at record high as exit polls put BJP in pole position', "India Today's closing bell (Nifty at 23,291.3, Gaggar quoted)"),
    # --- Tuesday 4 June 2024 (counting day)
    (IM, 'st5-mk04-starofmysore', MK04, 'web5:reuters-sensex-2024-06-04', False, 'wire_copy', 'https://starofmysore.com/sensex-tanks-5000-points-nifty-below-22000-mark/', '2024-06-04', 'Sensex tanks 5,000 points, Nifty below 22,000 mark', "Reuters' noon report ('leading in more than 272 seats, but the extent of the victory was not clear'), uncredited, 'Mumbai:'"),
    (IM, 'st5-mk04-lokmattimes', MK04, 'web5:reuters-sensex-2024-06-04', False, 'partial_copy', 'https://www.lokmattimes.com/business/share-market-down-sensex-plunges-over-3200-points-nifty-falls-below-22250-amid-election-results-rs-21-lakh-crore-investor-wealth-wiped-out-a475/', '2024-06-04', 'Share market down: Sensex plunges over 3,200 points, Nifty falls below 22,250 amid election results', "Lokmat Times' morning report reusing the same Reuters sentence on the 272 seats"),
    (IM, 'st5-mk04-thequint', MK04, None, False, 'independent_same_story', 'https://www.thequint.com/amp/story/elections/sensex-nifty-crash-as-voting-gets-underway', '2024-06-04', "Lok Sabha Election Results: Sensex, Nifty Crash as 'INDIA' Gains Ground", "The Quint's opening item (down 2%)"),
    (IM, 'st5-mk04-fpjclose', MK04, None, False, 'independent_same_story', 'https://www.freepressjournal.in/business/market-mayhem-indices-end-in-red-sensex-plunges-390585-points-and-nifty-down-by-137940-points-amid-lok-sabha-elections-2024-result', None, 'Market Mayhem: Indices end in red, Sensex plunges 3,905.85 points and Nifty down by 1,379.40 points amid Lok Sabha Elections 2024 result', "the Free Press Journal's closing report"),
    (IM, 'st5-mk04-fpjnoon', MK04, None, False, 'independent_same_story', 'https://www.freepressjournal.in/business/bloodbath-at-dalal-street-stock-market-continues-to-bleed-in-red-sensex-down-by-over-555974-nifty-plunges-177230', '2024-06-04', 'Bloodbath at Dalal Street: stock market continues to bleed in red', "the same paper's 12:21 update, another article (down 5,559.74), sharing one sentence's idea with its closing report"),
    (IM, 'st5-mk04-bstandard', MK04, None, False, 'independent_same_story', 'https://business-standard.com/markets/news/do-technical-charts-predict-more-downside-for-the-nifty-key-levels-here-124060400763_1.html', '2024-06-04', 'Do technical charts predict more downside for the Nifty? Key levels here', "Business Standard's chart analysis opening on the day's 8.5% fall (dated by its text and address code)"),
    (IM, 'st5-mk04-asiandiplomacy', MK04, None, False, 'independent_same_story', 'https://asiandiplomacy.com/the-indian-stock-market-collapsed-during-the-counting-of-votes/', '2024-06-04', 'The Indian stock market collapsed during the counting of votes', "a machine-translated report (Modi lagging in Varanasi), updated 1:58 pm"),
    # --- Wednesday 5 June 2024
    (IM, 'st5-mk05-tribunepti', MK05, 'web5:pti-sensex-2024-06-05', True, 'original', 'https://www.tribuneindia.com/news/business/stock-markets-bounce-back-3-per-cent-after-bloodbath-on-value-buying-628013', '2024-06-05', 'Stock markets bounce back 3 per cent after bloodbath on value buying', "PTI's closing report, credited ('PTI, Mumbai, June 5'), in The Tribune"),
    (IM, 'st5-mk05-indiatv', MK05, 'web5:pti-sensex-2024-06-05', False, 'edited_copy', 'https://www.indiatvnews.com/business/news/sensex-nifty-rebound-sharply-a-day-after-lok-sabha-election-results-markets-closes-in-green-2024-06-05-935356', '2024-06-05', 'Sensex, Nifty rebound sharply a day after Lok Sabha election results', "PTI's write-through lead reworded, then PTI's paragraphs ('(With ...' inputs)"),
    (IM, 'st5-mk05-tribunetns', MK05, 'web5:pti-sensex-2024-06-05', False, 'rewrite', 'https://www.tribuneindia.com/news/business/stock-markets-rebound-from-poll-jitters-jump-3-628266', '2024-06-06', 'Stock markets rebound from poll jitters, jump 3%', "The Tribune's own staff version (Tribune News Service, 'New Delhi, June 5'), paraphrasing PTI's write-through"),
    (IM, 'st5-mk05-bstandard', MK05, None, False, 'independent_same_story', 'https://business-standard.com/amp/markets/news/sensex-stages-recovery-climbs-1-772-points-intraday-check-reasons-here-124060500436_1.html', '2024-06-05', 'Sensex jumps 2,300 pts, Nifty above 22,600: Why markets rallied on June 5?', "Business Standard's explainer (TDP and JD(U) letters of support)"),
    (IM, 'st5-mk05-moneycontrol', MK05, None, False, 'independent_same_story', 'https://www.moneycontrol.com/news/business/markets/taking-stock-indices-shed-jitters-as-bjp-allies-pledge-support-investors-wealth-jumps-by-rs-13-lakh-cr-12741751.html', None, 'Taking Stock: Indices shed jitters as BJP allies pledge support', "Moneycontrol's closing report; the page's ticker table is of a later day"),
    (IM, 'st5-mk05-outlook', MK05, None, False, 'independent_same_story', 'https://www.outlookindia.com/national/sensex-nifty-stock-market-june-5-lok-sabha-election-result-modi-nda-govt', '2024-06-05', 'Sensex, Nifty recover a day after election results', "Outlook's morning item (up 1,400), reusing Reuters' Tuesday sentences on the crash and Monday's record"),
    (IM, 'st5-mk05-forextv', MK05, None, False, 'independent_same_story', 'https://forextv.com/forex-analysis/sensex-nifty-rally-over-3-as-nda-looks-to-form-govt/', '2024-06-05', 'Sensex, Nifty rally over 3% as NDA looks to form govt', "a broker's market note (Modi resigns with his council, swearing-in expected 8 June)"),
    (IM, 'st5-mk05-northlines', MK05, None, False, 'independent_same_story', 'https://thenorthlines.com/indian-stock-markets-surge-over-2-led-by-gains-in-sensex-nifty/', '2024-06-05', 'Indian stock markets surge over 2% led by gains in Sensex, Nifty', "a Jammu paper's early-trade item (up 1,772)"),
    # --- Beryl: Monday 1 July 2024
    (BY, 'st5-bry01-lethbridge', BY01, None, False, 'wire_copy', 'https://lethbridgeherald.com/news/world-news/2024/07/01/beryl-makes-landfall-as-category-4-hurricane-on-island-near-grenada/', '2024-07-01', 'Beryl makes landfall as Category 4 hurricane on island near Grenada', "AP's first landfall story (Danica Coto, 'SAN JUAN, Puerto Rico (AP)'), credited, in a Canadian paper"),
    (BY, 'st5-bry01-eaglenews', BY01, None, False, 'wire_copy', 'https://www.eaglenews.ph/urgent-hurricane-beryl-makes-landfall-on-grenada-island-of-carriacou-us-tracker/', '2024-07-01', 'URGENT: Hurricane Beryl makes landfall on Grenada island of Carriacou - US tracker', "AFP's two-paragraph urgent ('BRIDGETOWN, Barbados, July 1, 2024 (AFP)') on a Philippine site"),
    (BY, 'st5-bry01-tag24', BY01, None, False, 'wire_copy', 'https://www.tag24.com/science/environment/hurricane-beryl-strengthens-to-category-5-as-it-pummels-caribbean-3233129', '2024-07-02', 'Hurricane Beryl strengthens to Category 5 as it pummels Caribbean', "AFP's night story ('Hillsborough, Grenada -', 'In half an hour, Carriacou was flattened') on TAG24"),
    (BY, 'st5-bry01-outlook', BY01, None, False, 'rewrite', 'https://www.outlookindia.com/international/hurricane-beryl-carribean-islands-storm-landfall-updates-jamaica-barbados', '2024-07-02', 'Hurricane Beryl: Caribbean islands storm landfall updates', "AP's Monday-night write-through reworded (one dead, 160 mph, 510 miles east-southeast of Isla Beata)"),
    (BY, 'st5-bry01-independent', BY01, None, False, 'live_blog', 'https://www.independent.co.uk/news/world/americas/hurricane-beryl-live-tracker-damage-category-5-advisory-b2572295.html', '2024-07-02', 'Hurricane Beryl live tracker', "The Independent's live page topped by the Category 5 upgrade"),
    (BY, 'st5-bry01-rssing', BY01, None, False, 'independent_same_story', 'https://forecast2589.rssing.com/chan-79400410/article122.html', None, 'Hurricane Beryl plows into the Caribbean', "a Florida paper's storm story with tweets and AP's lines, on a feed mirror"),
    (BY, 'st5-bry01-blomaca', BY01, None, False, 'rewrite', 'https://www.blomaca.com/2024/07/01/hurricane-beryl-makes-landfall-as-extremely-dangerous-category-4-storm-lashing-caribbean-islands/', '2024-07-01', "Hurricane Beryl makes landfall as 'extremely dangerous' Category 4 storm lashing Caribbean islands", "a blog's rewrite of a network's Monday morning report"),
    # --- Tuesday 2 July 2024
    (BY, 'st5-bry02-iolaregister', BY02, None, False, 'wire_copy', 'https://www.iolaregister.com/news/world-news/beryl-heads-toward-jamaica', '2024-07-02', 'Beryl heads toward Jamaica', "AP's Tuesday story ('ST. GEORGE'S, Grenada (AP)', at least four dead, Holness' address), in a Kansas paper"),
    # --- Wednesday 3 July 2024 (and Thursday's damage)
    (BY, 'st5-bry03-swissinfo', BY03, None, False, 'wire_copy', 'https://www.swissinfo.ch/eng/hurricane-beryl-strikes-jamaica-as-death-toll-creeps-up%2C-destruction-widespread/82611071', None, 'Hurricane Beryl strikes Jamaica as death toll creeps up, destruction widespread', "Reuters' Wednesday story (Zahra Burton and Harold Isaac), credited, on swissinfo"),
    (BY, 'st5-bry03-voa', BY03, None, False, 'independent_same_story', 'https://voa.pangea-cms.com/preview/en-US/a/hurricane-beryl-sideswipes-jamaica-with-pounding-rain-winds/7684735.html', None, 'Hurricane Beryl sideswipes Jamaica with pounding rain, winds', "VOA's Wednesday report (Holness' 'in the hands of God', Brennan's warnings) on a preview host"),
    (BY, 'st5-bry03-dailynewsupdate', BY03, None, False, 'rewrite', 'https://dailynewsupdate.net/top-story/hurricane-beryl-strikes-jamaica-with-intense-winds-and-heavy-rainfall-times-of-india', None, 'Hurricane Beryl strikes Jamaica with intense winds and heavy rainfall - Times of India', "a paper's rewrite of AP's Wednesday night story, its middle repeated by the scraper"),
    (BY, 'st5-bry03-nsjonline', BY03, None, False, 'wire_copy', 'https://nsjonline.com/article/2024/07/hurricane-beryl-hits-jamaicas-southern-coast', None, "Hurricane Beryl hits Jamaica's southern coast", "AP's Thursday story ('KINGSTON, Jamaica —', AP photo), uncredited, in a North Carolina paper"),
    (BY, 'st5-bry03-northernpen', BY03, None, False, 'independent_same_story', 'https://www.northernpen.ca/hurricane-beryl-kills-2-in-jamaica-and-cuts-path-of-destruction-as-mexico-braces-for-impact/', None, 'Hurricane Beryl kills 2 in Jamaica and cuts path of destruction as Mexico braces for impact', "NBC News' Thursday report with a Reuters quotation, on a scraper"),
    (BY, 'st5-bry03-buzzglobal', BY03, 'web5:bbc-beryl-jamaica', False, 'spun_copy', 'https://buzzglobalnews.com/many-jamaicans-without-power-after-storm', None, 'Many Jamaicans without power after storm', "BBC's Thursday report from Kingston (Nick Davis) reworded by a scraper"),
    (BY, 'st5-bry03-gulfnews', BY03, 'web5:bbc-beryl-jamaica', False, 'spun_copy', 'https://www.gulfnews.ca/hurricane-beryl-many-jamaicans-are-without-power-after-the-storm/', None, 'Hurricane Beryl: Many Jamaicans are without power after the storm', "the same BBC report machine-translated back ('a two-type storm', 'Marieau')"),
    (BY, 'st5-bry03-mediabiznet', BY03, 'web5:bbc-beryl-jamaica', False, 'spun_copy', 'https://www.mediabiznet.com.au/hurricane-beryl-many-jamaicans-without-power-after-thunderstorm/', None, 'Hurricane Beryl: Many Jamaicans without power after thunderstorm', "the same BBC report reworded again ('Majoro'); the page's 14 July header is not its date"),
    # --- Monday 8 July 2024 (Texas)
    (BY, 'st5-bry08-breitbart', BY08, None, False, 'independent_same_story', 'https://www.breitbart.com/border/2024/07/08/1-5-million-homes-lose-power-as-cat-1-hurricane-beryl-makes-texas-landfall/', '2024-07-08', '1.5 Million Homes Lose Power as Cat 1 Hurricane Beryl Makes Texas Landfall', "Breitbart's early report (Bob Price)"),
    (BY, 'st5-bry08-weeklycourier', BY08, None, False, 'independent_same_story', 'https://weeklycourier.com/hurricane-beryl-slams-texas-1-5-million-left-without-power', None, 'Hurricane Beryl slams Texas, 1.5 million left without power', "a short morning report"),
    (BY, 'st5-bry08-endtimeheadlines', BY08, None, False, 'wire_copy', 'https://endtimeheadlines.org/2024/07/hurricane-beryl-makes-landfall-in-texas-with-90-mph-gusts-leaves-one-dead-and-1-5-million-without-power', None, 'Hurricane Beryl makes landfall in Texas with 90 mph gusts, leaves one dead and 1.5 million without power', "FOX Weather's morning story copied by a blog"),
    (BY, 'st5-bry08-cloudfront', BY08, None, False, 'rewrite', 'https://d33gy59ovltp76.cloudfront.net/news/beryl-causes-power-outages-and-flooding-in-texas-coast', None, 'Beryl causes power outages and flooding in Texas coast', "machine rewrite of AP's landfall story"),
    (BY, 'st5-bry08-igettalk', BY08, None, False, 'independent_same_story', 'https://igettalk.com/2024/07/deadly-hurricane-beryl-strikes-houston.html', None, 'Deadly Hurricane Beryl strikes Houston', "a blog's afternoon summary (three dead, Hidalgo quoted)"),
    (BY, 'st5-bry08-newsnation', BY08, None, False, 'independent_same_story', 'https://digital-stage.newsnationnow.com/weather/hurricane-beryl-category-1-texas', None, 'Hurricane Beryl makes landfall in Texas as Category 1', "NewsNation's story updated Tuesday morning (2.3 million still without power, Patrick)"),
    (BY, 'st5-bry08-chrismagicbarber', BY08, None, False, 'live_blog', 'https://chrismagicbarber.ca/?p=146212', None, 'Category 1 storm makes landfall on Texas coast', "NBC News' live blog copied by an unrelated site"),
    (BY, 'st5-bry08-tigerbrokes', BY08, None, False, 'wire_copy', 'https://angel.tigerbrokes.com/news/70a23699693.html', None, 'Beryl makes landfall along Texas coast', "USA TODAY's Monday story ('Developments:') on a broker's news page"),
    # --- Djokovic: Thursday 6 January 2022 (Melbourne time)
    (DJ, 'st5-dj06-exbulletinafp', DJ06, None, False, 'rewrite', 'https://exbulletin.com/sports/1389543/', '2022-01-05', "Australia cancels Djokovic's visa", "AFP's story reworded by a scraper (Border Force and Morrison quoted)"),
    (DJ, 'st5-dj06-ktla', DJ06, None, False, 'wire_copy', 'https://digital-staging.ktla.com/?p=1744701', None, "Djokovic's visa canceled, Australian Open in limbo", "AP's story ('thrown into limbo Thursday') on a TV station's staging host, uncredited"),
    (DJ, 'st5-dj06-skysports', DJ06, None, False, 'independent_same_story', 'https://www.skysports.com/tennis/news/12110/12509653/novak-djokovic-moved-to-quarantine-hotel-in-melbourne-court-records-show-team-files-injunction', '2022-01-06', 'Novak Djokovic moved to quarantine hotel in Melbourne; court records show team files injunction', "Sky Sports' report"),
    (DJ, 'st5-dj06-bigsportsnews', DJ06, None, False, 'independent_same_story', 'https://bigsportsnews.com/tennis/why-novak-djokovics-visa-was-canceled-and-what-it-means-for-the-australian-open', None, "Why Novak Djokovic's visa was canceled, and what it means for the Australian Open", "a sports magazine's explainer of the day, on an aggregator"),
    (DJ, 'st5-dj06-exbulletinwsj', DJ06, None, False, 'verbatim_copy', 'https://exbulletin.com/sports/1391103/', None, "Novak Djokovic's Australian Open bid appears to end as visa revoked", "The Wall Street Journal's story scraped with garbling (photo captions inline; the hearing put off to Monday)"),
    (DJ, 'st5-dj06-winsportsnews', DJ06, None, False, 'verbatim_copy', 'https://winsportsnews.com/novak-djokovic-held-at-melbourne-airport-after-being-denied-entry-to-australia-due-to-visa-row/', None, 'Novak Djokovic held at Melbourne Airport after being denied entry to Australia due to visa row', "a British paper's Wednesday report (the wrong visa, Pulford's tweet) copied with its captions"),
    (DJ, 'st5-dj06-comparemela', DJ06, None, False, 'excerpt_copy', 'https://comparemela.com/ampnews/australian-open-winning-serbian', None, 'Djokovic will be on the next plane home', "an aggregator's teaser of an Australian report, one sentence repeated"),
    (DJ, 'st5-dj06-tennisuptodate', DJ06, None, False, 'excerpt_copy', 'https://tennisuptodate.com/tennis-news/djokovic-australian-open-exemption-based-on-covid-infection-in-past-six-months-may-not-meet-border-laws', None, 'Djokovic Australian Open exemption based on COVID infection in past six months may not meet border laws', "a tennis site's page of a reporter's two tweets from the airport night"),
    # --- Monday 10 January 2022
    (DJ, 'st5-dj10-almayadeen', DJ10, 'web5:afp-djokovic-court-win', False, 'wire_copy', 'https://english.almayadeen.net/news/sports/djokovic-wins-in-court-judge-orders-his-release', None, 'Djokovic wins in court, judge orders his release', "AFP's story ('won a stunning victory', 'an extraordinary setback') with tweets embedded, credit not shown"),
    (DJ, 'st5-dj10-exbulletin', DJ10, 'web5:afp-djokovic-court-win', False, 'spun_copy', 'https://exbulletin.com/sports/1399224/', '2022-01-10', "Djokovic wins court battle against Australian government", "the same AFP story reworded by a scraper ('scored a stunning victory', 'not to get stung')"),
    (DJ, 'st5-dj10-ctgnews', DJ10, None, False, 'wire_copy', 'https://eng.ctgnews.com/2022/01/10/djokovic-wins-court-battle-to-stay-in-australia/', '2022-01-10', 'Djokovic wins court battle to stay in Australia', "Reuters' story ('the stakes have now risen, rather than receded'), uncredited"),
    (DJ, 'st5-dj10-fgnnews', DJ10, None, False, 'rewrite', 'https://fgnnews.com/judge-orders-djokovic-be-freed-from-immigration-detention-in-australia-2', None, 'Judge orders Djokovic be freed from immigration detention in Australia', "CNN's story, its paragraphs run together"),
    (DJ, 'st5-dj10-thisdaylive', DJ10, None, False, 'independent_same_story', 'https://www.thisdaylive.com/index.php/2022/01/11/covid-djokovic-wins-appeal-against-cancellation-of-his-australian-visa/', '2022-01-11', 'COVID: Djokovic wins appeal against cancellation of his Australian visa', "a Lagos paper's short report (the order at 5:16 p.m., as CNN reported it)"),
    (DJ, 'st5-dj10-tennisnow', DJ10, None, False, 'independent_same_story', 'http://tennisnow.com/News/2022/January/Djokovic-Wins-Court-Case,-Released-from-Detention,.aspx', '2022-01-09', 'Djokovic Wins Court Case, Released from Detention', "Tennis Now's report (Chris Oddo), dated Sunday 9 January US time"),
    (DJ, 'st5-dj10-thetimes', DJ10, None, False, 'independent_same_story', 'https://www.thetimes.co.uk/article/judge-orders-novak-djokovics-release-xnbh3nksw', '2022-01-10', "Judge orders Novak Djokovic's release", "The Times' first take"),
    (DJ, 'st5-dj10-hacksnew', DJ10, None, False, 'verbatim_copy', 'https://hacksnew.com/?p=116853', None, 'Novak Djokovic Released From Detention in Australia After Legal Victory - The Wall Street Journal', "the WSJ's first two paragraphs, credited, on a scraper"),
    # --- Sunday 16 January 2022
    (DJ, 'st5-dj16-jaffnazone', DJ16, 'web5:bbc-djokovic-deported', False, 'verbatim_copy', 'https://en.jaffnazone.com/news/6063', None, 'Novak Djokovic: Tennis star deported after losing Australia visa battle', "BBC's story ('One fan told the BBC') copied by a Sri Lankan site"),
    (DJ, 'st5-dj16-pakobserver', DJ16, 'web5:bbc-djokovic-deported', False, 'rewrite', 'https://pakobserver.net/tennis-ace-novak-djokovic-deported-after-losing-court-battle-in-australia-visa-case/?utm_source=rss&utm_medium=rss&utm_campaign=tennis-ace-novak-djokovic-deported-after-losing-court-battle-in-australia-visa-case', '2022-01-17', 'Tennis ace Novak Djokovic deported after losing court battle in Australia visa case', "the same BBC story reworded ('CANBERRA –'), with older paragraphs appended"),
    (DJ, 'st5-dj16-thenational', DJ16, None, False, 'independent_same_story', 'https://www.thenationalnews.com/sport/tennis/2022/01/16/novak-djokovic-set-to-board-flight-to-dubai-after-losing-australian-visa-appeal/', '2022-01-16', 'Novak Djokovic set to board flight to Dubai after losing Australian visa appeal', "The National's report (the 10.30pm Emirates flight)"),
    (DJ, 'st5-dj16-thenationng', DJ16, None, False, 'independent_same_story', 'https://thenationonlineng.net/finally-novak-djokovic-leaves-australia-after-losing-visa-appeal/', '2022-01-16', 'Finally, Novak Djokovic leaves Australia after losing visa appeal', "a Nigerian paper's report built on CNN's (Vucic's 'witch hunt')"),
    (DJ, 'st5-dj16-newcastleherald', DJ16, None, False, 'independent_same_story', 'https://www.newcastleherald.com.au/story/7582812/its-a-no-for-novak-djokovic-has-to-leave/', '2022-01-16', "It's a no for Novak: Djokovic has to leave", "an Australian regional paper's report with Djokovic's statement in full"),
    (DJ, 'st5-dj16-truescoop', DJ16, None, False, 'wire_copy', 'https://truescoopnews.com/newsdetail/deported-djokovic-departs-australia-on-eve-of-years-first-grand-slam', None, "Deported Djokovic departs Australia on eve of year's first Grand Slam", "an Indian agency's story (citing sen.com.au) on a news site"),
    (DJ, 'st5-dj16-infosurhoy', DJ16, None, False, 'independent_same_story', 'https://infosurhoy.com/news/tennis-stars-say-the-row-is-not-good-for-the-tournament-so-australia-will-deport-novak-djokovic-after-his-court-defeat/', '2022-01-16', "Tennis stars say the row is 'not good' for the tournament, so Australia will deport Novak Djokovic", "a rewrite of a British report (Djokovic's statement, Hawke's)"),
]

SHA256 = {
    'st5-tt19-ibtimes': '2f971a9f26a046e49c72d4cb495250f36325b180d731416b8ad0e9907e556dad',
    'st5-tt19-firenewsfeed': 'ad8baa8785bc10e0341a3482dfdcc45a75bb4546ff84848e97e46786a571626c',
    'st5-tt20-taskandpurpose': '534716452658611c497b85ed4fd408a497e0e3a0c98101db693377c2cc4d1e87',
    'st5-tt20-japannews': '81d700a74dc5db190e8b53060ad604d2b19a72c33e555d660b6cf6b1e0fddba9',
    'st5-tt20-troib': '8bdc066d4128eeb3c839465524275406c3fbacf78cb795aa8c58c5c9f4e68aac',
    'st5-tt20-morningbrew': '4fab8ed2d35e36662c5791d1a0086e3908dcc360264a739d5dafb8bc9821a793',
    'st5-tt21-politico': '45128363d7e2100d91b29c65381d64472b8f3cdd381238c17faa39cd39208b69',
    'st5-tt21-vuink': '856d029fb85086429f4cb73b7cf8f91645ec5920ba3398703d570ea7165862cb',
    'st5-tt21-sweetrhythms': 'e2908347cc840ad53cc3c541a347ecde454b0cfe53d82de7c71abe6847304eee',
    'st5-tt21-thenational': '2490d65f64d49c90d494cd76051f2dfcd52870b87eea2a46fd3d146a607e43b6',
    'st5-tt21-dailycaller': '0130a826a51c630ab0291b585ac85b5a87dddfd873df9180a8ef6e7b8a76d4c0',
    'st5-tt21-24usa': '41647dd5a848655b620da920afb316af8ce93ec431621c908f0e299f3ca3d3d4',
    'st5-tt21-okotokstoday': 'c7f6961de285d21894048ecb92b24c45241e53d6fe38544b547de1cba9485ebb',
    'st5-tt21-yahoo': 'cf2cdda192516c6e5dd86bb4f778633768ca13b74b96a462203f3c3232e614c3',
    'st5-tt21-nationalreview': 'b841e94adde70265759ca5348d6e3abd35ac25626a7ce9b00a23a7277c44ce2b',
    'st5-tt22-clickondetroit': 'd931cb85f11616c2056edcda8fbfb8d9eb3768e57ba132034457c51d7382c56b',
    'st5-tt22-vacilando': '41d0b82b2e6366403adbc2de6db85c39da0d24e5dcb1bd320fcb1483b641ae2a',
    'st5-tt22-cnewslive': 'a22be5f51741bc112afb78ede58243aaa6b6e3ad3cc30477b1fec4bdbe66b95a',
    'st5-tt22-sasknow': 'c763385f17e977fe7ce8d5e4a69c52fe68f53ed71b127bb4e775008f2f63d4ae',
    'st5-tt22-informed': '418b51f985388b74b67f9e856808762c66f9c3b0725d54ea20f7c8ddcc9fe9ae',
    'st5-tt22-tampabayobserver': '6e4dbda19f8217f65ec2231b3ba2d2a13465fb6c5fb4226a73cbd4e592f65f22',
    'st5-tt22-stylemagazine': '1ca2ce84a7c4dd3b2ae279ae596cef3bc1534f82668940bb1e3903259c91bd89',
    'st5-tt22-lifestyleasia': 'f8fdc27932203a6e2ed0624c3d2529585d5e394a914ff74cc3a20a9d8426bf87',
    'st5-tt22-nigeriabombshell': 'eeb9a754d214872320e4b49a0bf8fc320575db3964ed512e1c5e3de6f4db09b0',
    'st5-esvk-lbc': 'af5fe8cba086787bf8362636d1c3058522502259c1e52eb5c8f5531bcca42303',
    'st5-esvk-iol': '49678dcd5ab003172f40cfc6a873a96d72c4714b8d61dcfb369261dcc28d5274',
    'st5-esvk-nzherald': 'ac3189473adf428ff4931e5310ced892638d5b28a46c49944e42270c60484372',
    'st5-esvk-sportinglife': '4939406cca5ab4327a09553e6169e30f8d86da60c2de308c2077c1cee361d6bf',
    'st5-esvk-webjosh': 'ef355c373487af04757e1018fb6ec1e28d5493004c05bcfd444bcf08ed115b91',
    'st5-esvk-businesslive': '1465b4d24541b62f8cb0a540594789aa590c286f2a91ac570079d9439a9b3ec5',
    'st5-esvk-yorkshirepost': '0450a0aafa5836bb7f4e942de386192ea38238163272c3cd40b6bc483d84835d',
    'st5-esui-omasports': '8f08f0e26d89246ff23424fcd6baf29fb45c4e7273c04749771ae13451dd1116',
    'st5-esui-rediff': '0e79e8c9e88b8ddb17304d4e75dd4ea7ca2e2a4fbd71a7533cb1ec65bea6c7b3',
    'st5-esui-dailystar': '868ccd8a4693081a40431323619c61215306beac4f6c1ceb7afb4b040a147812',
    'st5-esui-freepressjournal': '499a28aeae4fd81bc713d549bf13d016372318ed580dcf9ed75678c0829bbc70',
    'st5-esui-abcnews': '727e9a6299283689dd75fe4633f9f4d8a70012ba2cc3a71c047068a6ff7191c5',
    'st5-esui-caughtoffside': 'dc0c1eb96d725ca291e5024868520cef27ab851e2d96756928f1ab0b31317598',
    'st5-esui-outlook': '52cbcb136b6edd003328a116be3d55d071dbcc0b6a15b325e8fde0a3cde4936b',
    'st5-esui-newsletter': '7acaf6cba56a553f120e290ace855f6d20b27e87c0c33769872fcadddb0d996d',
    'st5-ened-dailyiberian': '22b700bfad6743357e389faf24207f7d32ae02cd9ce08d1cb44eeb0604a54db9',
    'st5-ened-1slive': '6f977a670ac6a2075e4e932eca04dd19d11e8ae18bebfcdca97a1c98e4e5aa9f',
    'st5-ened-sportstar': 'bb6f53546db73147333fe7f40aca2fc59099e34c5fbd02911d977ab47204e5c2',
    'st5-ened-adomonline': '8f1fba13fb128d2bb3bedec23e4c9fe0c06da044786b6e46815dae1fc7b90d63',
    'st5-ened-sportsmax': 'ec8fe6119ab626c4f62ce769cad5bf3d7263019ef31b7f5aea0f16359938c57e',
    'st5-ened-webjosh': '764fcaf46f735568d9b9c85421982184d714e1122b8c9cc2dc1c839103201b1e',
    'st5-ened-zeenews': '88091a1ebc193535ebb59f5bb399884ba1587bf176c6a57b8ecfe19103b0d5d7',
    'st5-ened-asianet': '6f5d2389c8b09a20aecb785e8192effcf607c869f8ee016cecefcbfda6607c4d',
    'st5-efin-independent': '8c085036c80841c858c1947beeee78d4298c1f8dd5fff7b5959528ca23b6dcda',
    'st5-efin-xalqqazeti': 'dbd916eb553f00f6f7e579535ab8e6aba82e75c17184ab874aa29593fd0d613f',
    'st5-efin-newsx': '28c9cd6767a30c754583f0b28393c565145b3abc5adb829c68990ca5ea78b2f5',
    'st5-efin-sportstar': '95917634599be15b9a35cf7c0a0e9ae96b3c9e3ef988dcf7d35f6c369a79c0f6',
    'st5-efin-maltatoday': '0f8fcdb04c4920c1d9ae18a7500a5acb07d3f9438ea7899b0728cb95056bdee8',
    'st5-efin-krone': 'a1605081cbbd22e3147459a1e272ff5e915d31c028993cbc1d6e604da0786aac',
    'st5-efin-inews': '8743e7b824bc6e85ed0c22e6cceee73c1f6776621168d163e6889d85a35b01b8',
    'st5-mk03-telanganatoday': '99580e0ec77037229d14cea352ca14212398402c884bb6a9a22b93bb399303ac',
    'st5-mk03-outlook': '9c2cb780ec108c046327cd1bd631330fd5ff36addb8f9747775eeee28589d0d2',
    'st5-mk03-thefederal': '89239dd00ff9dad6bcc917d4110810494a62d36f14a7a18ba584cdae9803f559',
    'st5-mk03-rediff1': 'b973e63e8e0c82266b022d6423fa87dded2cee9abb87deebe2b70d3767b3e53b',
    'st5-mk03-rediff2': '5cfee5970465eb47d82f302a1f8c39b8966e60073dc6a1cf7f08a78995d98796',
    'st5-mk03-indiainfoline': 'e4b7a8a604335cb9aea7569c92fd3d08571e09953f3e9ef373a7091515013fa9',
    'st5-mk03-hindustantimes': '73e7334f4d4bed4dae1ffe0dd7d8af4a61ebb7ce7f3659aadfef5d34e16f8e0f',
    'st5-mk03-indiatoday': 'e84ea29156dd3f94a6dc3ef12b2ce8b2310d5af085c9bbe97129076aa458ef54',
    'st5-mk04-starofmysore': 'daa3ae3eba851feb6dfb5f1e46534b044de4c281c4c0be80e973859a0a0aaf76',
    'st5-mk04-lokmattimes': '025bde43855c3d5efc891696ce69839433ae9f0b7f6ca975cf38b80fa6c2658e',
    'st5-mk04-thequint': 'e07e9079107d00f8ae9f4f907c4d11f55859e3ff1012ba4e8b508817ffa5cc53',
    'st5-mk04-fpjclose': '14e3c21f8d54b24e90cb43cc2170caae3a4518b248041bc952fc68ff277d6240',
    'st5-mk04-fpjnoon': '83c9cd6f6342efb6eee3c85cd35068e295d953757503783b807532b96280df0c',
    'st5-mk04-bstandard': 'f4872c0692a7e1d5327bfe9068c6ef25a30f03cfe59e08f7b6885ea5e0a6b77c',
    'st5-mk04-asiandiplomacy': 'e39b48c39143f4d43f07842b93de0d52307d9059c178e2504f0ffa5ea67b1b2c',
    'st5-mk05-tribunepti': 'd562f7e826267ea5eac963ce822650983e2f7128659a015f066c5ad3b388882b',
    'st5-mk05-indiatv': '55ea9c2b61be090ae111e14192cfb998bd9461d456d1a551dbad6ad4dbfaeba4',
    'st5-mk05-tribunetns': 'b302753ee3d875c71f4ac840c3966f0d27727e98ec6e3f51d79e455a16ccbd13',
    'st5-mk05-bstandard': '977cb9b7cee7d053165abbfbde8b2d94c1587fc1f2d58854bb5fe0e1e701a092',
    'st5-mk05-moneycontrol': 'ce265ada644c35b7fe7b5c8d229f74d049d7085d162afd7accea9c3259bc8fe8',
    'st5-mk05-outlook': '953483550ef9574252d0f8a27b785907176ebb2eaa8a7715f0c36766cce7e95b',
    'st5-mk05-forextv': 'f2687fd6b4caf66cdb3f12e498f649c92618b559d661d8f4e190c37afd4c3581',
    'st5-mk05-northlines': '1dce9e17da08008b7990b56ce66433da46eb2b9da16ee894c3295c42ec26fe36',
    'st5-bry01-lethbridge': 'fca01e608d1b98872b8ac313aba82b3a98e21981b051f0cd7d7662a251ce995f',
    'st5-bry01-eaglenews': '1fdd9fb18a844a0880e69592c645ec197f2a34918cbb235b96acb96689f3043a',
    'st5-bry01-tag24': '2029347b04e250b17ad17bcf7ca5079d720a4f6c32473bf41aa4a56e97253665',
    'st5-bry01-outlook': 'ecd353860a1b3c2840d94ea421b90ca12b8ce95aac400891730d2b8d6a22d1b5',
    'st5-bry01-independent': '37949e736c4785d06fc480e39cc75ef6477b0150fa6f2cfaf420809496459e54',
    'st5-bry01-rssing': '15674f8f48dd7e243e67be46b2cb008f6cee32fcd39aa28b152406b6553ad133',
    'st5-bry01-blomaca': '2b31c405008b225ec7ed01602fd40aab83ffce2ff98153ac53b2b8fca19d0a5a',
    'st5-bry02-iolaregister': '48ac264b090a5f9eeb9d51b4ed9bc5144a383a7dc398cfc9f2abd4e52eea04c1',
    'st5-bry03-swissinfo': 'a012f96e7a437206cd36c801b1dc57b544c8d1ab10469c8caca06f5c8f6cc762',
    'st5-bry03-voa': 'fa5a7858c75b112fc6400e568a6e6e4eba7f8220b8e589ebc29fb0be83b39e83',
    'st5-bry03-dailynewsupdate': '0d45643ee29a6993bc593419740ab1c48186d3094dace2acbe7576d96f418015',
    'st5-bry03-nsjonline': '0b5988b074def304358cd91167bea5f06c170884d85f1c8680fe5df342818486',
    'st5-bry03-northernpen': 'c0843b8f76afe9c934f7a5741f9321c35c834940662a6ff53de73e32c25112ec',
    'st5-bry03-buzzglobal': '37b44fefc0c7f265460b60546a175267b8ef30236743931fac1430768f0dd7b0',
    'st5-bry03-gulfnews': '983ce5e2697d64d6999766c81878bf22bf65ea8f86f3cfebd5882e98b81f5ac1',
    'st5-bry03-mediabiznet': '43ce41edb72ed51fe709e1f03e6752082f71c99e6cb5cdb1e87c2e1c3b7a9fe4',
    'st5-bry08-breitbart': 'f4887cf9887596ba2d6a9c8a38082048abf15ec19d06ca049e990066c4cf6993',
    'st5-bry08-weeklycourier': '83f31da1bc8d447cd081e365473818ded0029e32bb709f3b65804104eeaff602',
    'st5-bry08-endtimeheadlines': 'c006df0c3f3198d63d0009212f1651e535c4062d6b228753f037c71f9b462446',
    'st5-bry08-cloudfront': '7714f0a6a1bbbfadb56c0665fa37bbc16308d357c08f3c708f21d9687b0e9669',
    'st5-bry08-igettalk': 'f91507bcd71ab876a65d2f82ac80d364dcf89a763f987d4a6fb483287f2e2f0e',
    'st5-bry08-newsnation': 'b26e9af3798c6750c61f8b8bf8ec5e8da20ebffdfbb2bd3056122b2447d08524',
    'st5-bry08-chrismagicbarber': 'd698c5bdfa4307d91820778798048216a52600bcd2a563c7b4e4bb3dba29d034',
    'st5-bry08-tigerbrokes': '8bd241bf5f9612f7d39ce7d79787db3f867e70697b71e0b2884a7b973fc6c01b',
    'st5-dj06-exbulletinafp': '271e09129f1cd349a66860a78b77dacf5cabf6a7789daf4507aa1e298c230b9a',
    'st5-dj06-ktla': '9a4443f6de2c80c7260d5aeb0eea1b5f3bb4532b159476d3b76d29be897a1946',
    'st5-dj06-skysports': 'bd2c5f057ecafde6f5873b350ffe03ed39f20e479c31203297183ff7bc3584a2',
    'st5-dj06-bigsportsnews': 'b77119a56d662e30372f16156ab5abd100e1eaee67f84511d106d7362f2e9538',
    'st5-dj06-exbulletinwsj': 'eb128fd3e6de9c36c43eaa3294300d61f9c67fe148d8171020ea87f01f62db96',
    'st5-dj06-winsportsnews': '058f9df506d633c4bac49a420d1b98296b6da5e50fa300316400b3a77caa0be2',
    'st5-dj06-comparemela': 'cfa0234a04d9b00cb7ce726f15e599bd143b237425390548f2f24aa163af8969',
    'st5-dj06-tennisuptodate': 'fffca026da2eb57e5abfa5385c96493421cf25ae0c58c0298348646a1b1bce02',
    'st5-dj10-almayadeen': 'be92c53497fbda74907366cb19402b6d6b19a85947e871ce0ecdf0e1acb56883',
    'st5-dj10-exbulletin': '4eb57a8490951cc0ed1444662904fa5a4287be5a6141b604af1eba6fe17af3de',
    'st5-dj10-ctgnews': 'aaf9974cbc3d2811809d1f020942a51b5772367de70f86860645c069c3b093c7',
    'st5-dj10-fgnnews': '6dfc744c57a0b071bcdee8de9325128887b8684c20c149aae18ec5e872d87e40',
    'st5-dj10-thisdaylive': 'dfc7b383c99b0dbcd5a40d25b7b2fb9c2be9f6c6699c5c9425992accca0f9d14',
    'st5-dj10-tennisnow': '1dcaca6afa62dbf5afa703a3cc3625a1ccd6d39d70b3e3a6af98ea6e4ef56bb8',
    'st5-dj10-thetimes': '7249f0bfd98aeac7efabafb3ed5df55fc27a341162c77611d8960e138ec84fd2',
    'st5-dj10-hacksnew': '28dffa07abf4a681a0b2e0fb5a130f810230a6a90719a5bf6c561499c466a6b0',
    'st5-dj16-jaffnazone': 'e030ff7b97185cefc07ed5ad95f7a41fce35fc2f6cd7c3ff0c60314357627e5e',
    'st5-dj16-pakobserver': 'cec617174c921ddc5725452962ee17e51961babad81e2b1f6603f113e46d302a',
    'st5-dj16-thenational': '799f4c61a75d00b7833fae1914f0709cf6b86667f2e7940cf80ab311a6630e75',
    'st5-dj16-thenationng': '723e9f4f9eff523e6ec4a409bea76357de06b5ad0c11363fb04fd3979d642252',
    'st5-dj16-newcastleherald': '18b82104cd0fd1e14f66af7756851ffb8da81521f00181a43906e96fb103ae2e',
    'st5-dj16-truescoop': '908d5aa87c39620bfc59eebfede01c396513ea239ea68c5e71bb6a7d5529c21a',
    'st5-dj16-infosurhoy': '85b958a40d04bae3e21879e6e22f3c75a02acf463fdcc227d61d3e3dbb2b6c27',
}

# Judgements worth a second look, per story.
NOTES = {
}

# Pages read and left out (url: why), as web4.LEFT_OUT.
LEFT_OUT = {
}
