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
}

# (topic, id, story, family, original, role, url, published, title, summary)
DR = 'dorian-2019'
DR01, DR02, DR06 = 'web10:dorian-abaco-2019-09-01', 'web10:dorian-grand-bahama-2019-09-02', 'web10:dorian-hatteras-2019-09-06'
DR07, DR11 = 'web10:dorian-nova-scotia-2019-09-07', 'web10:dorian-missing-2019-09-11'
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
}

NOTES = {
    'web10:dorian-abaco-2019-09-01': "Two versions of AP's landfall story: a forum's quote of the first take (180 mph) and the New York station's later version (185 mph at the 12:45 p.m. landfall), sharing their second and third paragraphs: one family of two wire copies, no original (no credited version). Postmedia's wire story, the Miami station's, EFE's and the Ohio weather note tell the same landfall in other words; the NHC's 'catastrophic conditions' is quoted by several: quotations only.",
    'web10:dorian-grand-bahama-2019-09-02': "The stall began on Monday; Tuesday's pages (VOA, the New Orleans paper at 7 a.m., TRT, the Nassau Guardian's story on a Barbados site) are next-day follow-ups: one story. Minnis' 'historic tragedy' is quoted by all: quotations only. UPI's address carries 26 August (the storm's first story), its dateline 'Sept. 2': the dateline is taken. The New Orleans paper's wire paragraphs are not in the set.",
    'web10:dorian-hatteras-2019-09-06': "The Post's story (dated, its own page: original) and its later version on a North Dakota paper (wire_copy: the same lead and Sprayberry's paragraph, a new paragraph on the early afternoon). Lanier's texts ('nervous and worried') appear in AP's updates on the public radio page and in ABC's story: quotations only. Two live pages (the radio's AP updates, a Raleigh station's live page copied by a blog).",
    'web10:dorian-nova-scotia-2019-09-07': "The storm came ashore on Saturday evening; Sunday's stories and the Toronto Star's Monday print story (Sunday's briefing) are follow-ups: one story (doubtful for the Monday page). The Canadian Press story of Sunday morning run by three sites (the Saskatchewan radio site's dated page with the agency's credit labelled original, doubtful: the credit is a photo credit). Fatema Ali's words to the Canadian Press are quoted by the Examiner and The Weather Channel's page: quotations only.",
    'web10:dorian-missing-2019-09-11': "AP's short (the West Palm Beach station, undated: likely source), its later version with Minnis' address (TVNZ, credited), a radio's rewording and The Guardian's story taking two of its paragraphs word for word: one family without original (no dated credited version). BBC News tells the same announcement with the same quotation of Smith: no family.",
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
}
