# ruff: noqa: E501
"""Hand labels for real articles found in the search tool's stored web pages in session 23
(issue 19), labelled blind by reading the stored excerpts: unspin's source was not read and
unspin was not run. An eighth part, held out entirely for measurement (no development half).
Validate with check8.py beside this file.

Ids as web7.py: articles `st8-<story code>-<outlet>` (texts at ../realweb/texts/<id>.txt),
stories and families `web8:<slug>`. (Counts: see check8.py's output; the part is being built.)
Found with look-ups of the search tool's stored pages (corpus `pages`). The whole part is held
out: no topic is for development. No URL is in another labelled set of benchmarks/data/
(check8.py checks it). Each excerpt was copied from the tool's JSON answer into a JSON file by
hand (../realweb/st8-raw/) and decoded by a script; slips caught before hashing were fixed,
others may remain (the SHA-256 is of the text as written). Pages in other languages than
English and machine-written summaries were left out (LEFT_OUT).

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

Roles (as web4.py to web7.py): original (the family's labelled source: the earliest-dated
version that carries the wire's or publisher's credit, or the publisher's own dated page),
wire_copy (a client's run of a wire story, credited or not), verbatim_copy, edited_copy (light
edits), partial_copy / excerpt_copy (part of the text, or a teaser), spun_copy (synonym-swapped
or machine-translated back and forth), rewrite (paraphrase of the same text), write_through (the
wire's later version of its own story, reusing its paragraphs), live_blog, likely_source (the
family's probable source, not labelled original because undated or uncredited),
independent_same_story.

Story rule (as web3 to web7): a story is one event with its same-day and next-day follow-ups;
the next step of a storyline, another match, another trading day or another day of a search or
a storm that brings its own new event is another story. A page is put in the story of the latest
event it reports. Families only where shared text is visible in the excerpts; two pages of one
outlet (or of one spinning network) on two different stories are in no family. Quotations
shared by independent reports (a statement, a tweet, a press release) do not make a family.
"""

WEB8_SOURCE = "stored web pages (search tool, corpus 'pages'), session 23"

TOPICS = {
    'argentina-wc-2022': ("Argentina at the 2022 World Cup in Qatar: the opening defeat by Saudi Arabia (Tuesday 22 November), the win over Mexico (Saturday 26 November), the quarter-final shoot-out against the Netherlands (Friday 9 December), the semi-final win over Croatia (Tuesday 13 December) and the final won on penalties against France (Sunday 18 December), all at the Lusail Stadium (one team's successive matches, the same players, ground and coach)", {
        'web8:ksa-arg-2022-11-22': ("Saudi Arabia 2-1 Argentina: Messi's 10th-minute penalty, Al-Shehri's and Al-Dawsari's goals early in the second half; Argentina's 36-match unbeaten run ends (Tue 22 Nov 2022)", ['same-team-other-match', 'one-event-several-reports']),
        'web8:arg-mex-2022-11-26': ("Argentina 2-0 Mexico: Messi's low shot in the 64th minute, Enzo Fernandez's curler in the 87th keep Argentina in the tournament (Sat 26 Nov 2022)", ['same-team-other-match']),
        'web8:ned-arg-2022-12-09': ("Netherlands 2-2 Argentina, Argentina win 4-3 on penalties: Molina's goal and Messi's penalty, Weghorst's two late goals, Emiliano Martinez saves from Van Dijk and Berghuis, Lautaro Martinez scores the winning kick (Fri 9 Dec 2022)", ['same-team-other-match', 'one-event-several-reports']),
        'web8:arg-cro-2022-12-13': ("Argentina 3-0 Croatia in the semi-final: Messi's penalty, Alvarez's two goals (Tue 13 Dec 2022)", ['same-team-other-match', 'one-event-several-reports']),
        'web8:arg-fra-2022-12-18': ("Argentina 3-3 France, Argentina win 4-2 on penalties in the final: Messi's two goals, Mbappe's hat-trick, Montiel's winning kick; Macron consoles the French team (Sun 18 Dec 2022)", ['same-team-other-match', 'one-event-several-reports']),
    }),
}

# (topic, id, story, family, original, role, url, published, title, summary)
AR = 'argentina-wc-2022'
AR22, AR26, AR09 = 'web8:ksa-arg-2022-11-22', 'web8:arg-mex-2022-11-26', 'web8:ned-arg-2022-12-09'
AR13, AR18 = 'web8:arg-cro-2022-12-13', 'web8:arg-fra-2022-12-18'
ARTICLES = [
    # --- Argentina: Saudi Arabia (Tuesday 22 November 2022)
    (AR, 'st8-ar22-dohanews', AR22, None, False, 'independent_same_story', 'https://dohanews.co/world-cup-2022-saudi-arabia-shocks-argentina-with-2-1-victory-in-opening-game/', '2022-11-22', 'World Cup 2022: Saudi Arabia shocks Argentina with 2-1 victory in opening game', "Doha News' minute-by-minute account (three offsides, the VAR check); title read from the address"),
    (AR, 'st8-ar22-sportstar', AR22, None, False, 'independent_same_story', 'https://sportstar.thehindu.com/football/fifa-world-cup/news/saudi-arabia-beats-argentina-2-1-fifa-world-cup-qatar-2022-wc-messi-ksa-arg-al-shehri-dawsari-score-result-goals/article66169348.ece', '2022-11-22', 'Saudi Arabia beats Argentina 2-1 (untitled)', "Sportstar's three-paragraph result (36 matches, one shy of Italy's record); title made up"),
    (AR, 'st8-ar22-newsbreak', AR22, None, False, 'independent_same_story', 'https://www.newsbreak.com/news/2833189791958/world-cup-shock-lionel-messi-s-argentina-stunned-by-defeat-against-saudi-arabia', '2022-11-22', "World Cup shock! Lionel Messi's Argentina stunned by defeat against Saudi Arabia", "an aggregator's run of a British agency's report ('By Sports Team', Herve Renard's side)"),
    (AR, 'st8-ar22-ynetnews', AR22, None, False, 'independent_same_story', 'https://ynetnews.com/culture/article/bytiqr98o', None, "In stunning World Cup upset, Saudi Arabia beats Messi's Argentina", "AP's report credited 'Associated Press' on an Israeli site with gallery captions (Cameroon 1990, Senegal 2002)"),
    (AR, 'st8-ar22-khaleejtimes', AR22, None, False, 'independent_same_story', 'https://www.khaleejtimes.com/fifa-world-cup/fifa-world-cup-saudis-stun-argentina-to-take-2-1-lead', '2022-11-22', 'Fifa World Cup: Saudi Arabia stun Argentina 2-1 in a major tournament upset', "the Khaleej Times' own report from Doha (Belgium 1994)"),
    (AR, 'st8-ar22-eurosport', AR22, None, False, 'independent_same_story', 'https://www.eurosport.com/football/world-cup/2022/fifa-world-cup-2022-in-qatar-live-argentina-v-saudi-arabia-updates_sto9237905/story.shtml', '2022-11-22', 'Argentina v Saudi Arabia (untitled)', "Eurosport's summary at the top of its live page's address; title made up"),
    (AR, 'st8-ar22-spotlightnepal', AR22, None, False, 'independent_same_story', 'https://www.spotlightnepal.com/2022/11/22/world-cup-football-saudi-arabia-defeats-argentina-2-1/', '2022-11-22', 'World Cup Football: Saudi Arabia Defeats Argentina By 2-1', "a Nepali magazine's agency item ('Agencies'; 'a shuddering halt'), one sentence repeated"),
    (AR, 'st8-ar22-dawn', AR22, None, False, 'independent_same_story', 'https://www.dawn.com/news/1722483/in-pictures-saudi-arabia-scores-huge-upset-over-argentina-at-fifa-world-cup-2022', None, 'In pictures: Saudi Arabia scores huge upset over Argentina at Fifa World Cup 2022', "Dawn's photo gallery introduction; title read from the address"),
    # --- Mexico (Saturday 26 November 2022)
    (AR, 'st8-ar26-alkambatimes', AR26, None, False, 'independent_same_story', 'https://alkambatimes.com/messi-keeps-argentinas-world-cup-hopes-alive-with-sublime-strike', None, "Messi keeps Argentina's World Cup hopes alive with sublime strike", "an Ethiopian site's run of Al Jazeera's report ('SOURCE: AL JAZEERA'); title read from the address"),
    (AR, 'st8-ar26-sportskeeda', AR26, None, False, 'independent_same_story', 'https://www.sportskeeda.com/football/news-twitter-explodes-lionel-messi-scores-stunning-long-range-goal-keep-argentina-s-fifa-world-cup-dream-alive-2-0-win-mexico', None, "Twitter explodes as Lionel Messi scores stunning long-range goal (untitled)", "Sportskeeda's item with Lautaro Martinez's and Messi's earlier quotes (via The Guardian); title read from the address"),
    (AR, 'st8-ar26-dailymail', AR26, None, False, 'independent_same_story', 'https://www.dailymail.co.uk/sport/live/article-11469931/Argentina-vs-Mexico-World-Cup-2022-Live-Result.html', None, 'Argentina 2-0 Mexico: Lionel Messi leads his team to a HUGE win', "the Daily Mail's match report at its live page's address ('The little genie's genius did not desert him in the desert')"),
    (AR, 'st8-ar26-newsbreaknpr', AR26, None, False, 'independent_same_story', 'https://www.newsbreak.com/news/2833231107789/poland-s-world-cup-history-before-2022-fifa-tournament', None, '2022 FIFA WORLD CUP: Argentina Beat Mexico 2-0 As Lionel Messi Shines', "an aggregator's teaser of NPR's story under an unrelated address; its date (22 November) is before the match, so left undated"),
    (AR, 'st8-ar26-news9live', AR26, None, False, 'independent_same_story', 'https://www.news9live.com/sports/football/fifa-world-cup-lionel-messi-enzo-fernandez-inspire-argentina-to-2-0-victory-over-mexico-210302', '2022-11-26', 'FIFA World Cup: Lionel Messi, Enzo Fernandez inspire Argentina to 2-0 victory', "AP's report credited 'The Associated Press', 26 Nov 2022 9:10 PM GMT, on an Indian site"),
    (AR, 'st8-ar26-sputnik', AR26, None, False, 'independent_same_story', 'https://sputniknews.com/20221126/argentina-beats-mexico-in-group-c-world-cup-match-1104739672.html', '2022-11-26', 'Argentina Beats Mexico in Group C World Cup Match', "Sputnik's short item ('DOHA (Sputnik) -') with the group table"),
    (AR, 'st8-ar26-recentlyheard', AR26, None, False, 'independent_same_story', 'https://recentlyheard.com/2022/11/27/magical-messi-keeps-args-hopes-alive-in-must-see-encounter/', '2022-11-27', "Magical Messi keeps Arg's hopes alive in must-see encounter", "an aggregator's paste of an agency report (Messi equals Maradona's 21 appearances); title read from the address"),
    (AR, 'st8-ar26-khaleejtimes', AR26, None, False, 'independent_same_story', 'https://www.khaleejtimes.com/fifa-world-cup/fifa-world-cup-2022-magical-messi-helps-argentina-beat-mexico-2-0', '2022-11-27', 'Fifa World Cup 2022: Magical Messi helps Argentina beat Mexico 2-0', "the Khaleej Times' own report (Sun 27 Nov 2022, 12:59 AM, Gulf time)"),
    # --- the Netherlands (Friday 9 December 2022)
    (AR, 'st8-ar09-trinidadexpress', AR09, None, False, 'independent_same_story', 'https://trinidadexpress.com/sports/local/argentina-edge-dutch-in-shoot-out/article_087a7a4e-781b-11ed-b880-53eeb683353f.html', None, 'Argentina edge Dutch in shoot-out', "the Trinidad Express' print report of the next day ('yesterday', Van Gaal's prostate cancer); title read from the address"),
    (AR, 'st8-ar09-si', AR09, None, False, 'independent_same_story', 'https://si.com/soccer/2022/12/09/netherlands-argentina-world-cup-quarterfinals-highlights-recap-messi-depay', '2022-12-09', 'Argentina Survives Dutch Comeback to Win PK Shootout in World Cup Quarterfinals', "Sports Illustrated's recap (15 cards, the 2014 semi-final)"),
    (AR, 'st8-ar09-webentinc', AR09, 'web8:guardian-ned-arg', False, 'verbatim_copy', 'https://webentinc.com/argentina-edge-netherlands-in-shootout-to-win-world-cup-quarter-final-thriller/', None, 'Argentina edge Netherlands in shootout to win World Cup quarter-final thriller', "a site's uncredited paste of a British paper's report ('It was fiery, it was fractious, it descended into utter bedlam')"),
    (AR, 'st8-ar09-skysports', AR09, None, False, 'independent_same_story', 'https://www.skysports.com/football/news/12098/12762817/world-cup-2022-netherlands-2-2-argentina-aet-3-4-on-pens-argentina-survive-dutch-rally-to-win-after-shootout-and-set-up-croatia-semi', '2022-12-10', 'Netherlands 2-2 Argentina (aet, 3-4 on pens): Argentina survive Dutch rally to win after shootout', "Sky Sports' match report (Saturday 10 December 2022 07:12, UK); title read from the address"),
    (AR, 'st8-ar09-gibiop', AR09, None, False, 'independent_same_story', 'https://gibiop.sbs/article/netherlands-vs-argentina-result-emiliano-martinez-the-penalty-hero-as-lionel-messi-s-world-cup-dream-stays-alive/1504', None, "Netherlands vs Argentina result: Emiliano Martinez the penalty hero as Lionel Messi's World Cup dream stays alive", "a scraper site's copy of a British paper's report by Jason Burt ('It was 12.55am'), stamped '(2024)'"),
    (AR, 'st8-ar09-bbc', AR09, None, False, 'independent_same_story', 'https://www.bbc.co.uk/sport/football/63830319?at_medium=RSS&at_campaign=KARANGA', None, 'World Cup 2022: Argentina beat the Netherlands in penalty shoot-out to reach semi-finals', "the BBC's report by Phil McNulty at its feed address"),
    (AR, 'st8-ar09-lekreports', AR09, 'web8:guardian-ned-arg', False, 'spun_copy', 'https://lekreports.com/argentina-won-the-thrilling-world-cup-quarterfinal-match-against-the-netherlands-on-penalties/', None, 'Argentina won the thrilling World Cup quarterfinal match against the Netherlands on penalties.', "a synonym-swapped copy of the same British report ('heated, fractious, and eventually descended into complete chaos', 'Lautaro Martnez')"),
    (AR, 'st8-ar09-yorkshirepost', AR09, None, False, 'independent_same_story', 'https://www.yorkshirepost.co.uk/sport/football/ex-sheffield-wednesday-and-rotherham-united-man-is-the-hero-for-argentina-in-world-cup-victory-over-the-netherlands-3949262', None, 'Ex-Sheffield Wednesday and Rotherham United man is the hero for Argentina in World Cup victory over the Netherlands', "a Yorkshire paper's agency report with a local angle (Emiliano Martinez's loan spells)"),
    # --- Croatia (Tuesday 13 December 2022)
    (AR, 'st8-ar13-thepremiernews', AR13, 'web8:reuters-arg-cro', False, 'spun_copy', 'https://thepremiernews.com/argentina-qualifies-for-fifa-world-cup-final-after-3-0-win-against-croatia-in-semis', None, 'Argentina qualifies for FIFA World Cup final after 3-0 win against Croatia in semis', "Reuters' four paragraphs reworded ('a straightforward long ball', 'mesmerizing control'), uncredited; title read from the address"),
    (AR, 'st8-ar13-saxafimedia', AR13, None, False, 'independent_same_story', 'https://saxafimedia.com/messi-magic-alvarez-argentina-world-cup-final/', '2022-12-14', 'Argentina vs Croatia score, result, highlights: Messi World Cup magic and Alvarez double books final spot', "a Somali site's paste of an American sports site's report with the score table"),
    (AR, 'st8-ar13-pakistankakhudahafiz', AR13, 'web8:reuters-arg-cro', False, 'spun_copy', 'https://pakistankakhudahafiz.com/?p=70055', None, 'Argentina beat Croatia 3-0 to reach the final (untitled)', "Reuters' longer version reworded ('DOHA:', 'swashbuckling striker', 'Scoring record'), uncredited; title made up"),
    (AR, 'st8-ar13-247ureports', AR13, None, False, 'independent_same_story', 'https://247ureports.com/2022/12/argentina3-vs-croatia0-alvarez-and-messi-combine-as-sublime-argentina-reach-world-cup-final/', '2022-12-13', 'Argentina 3 vs Croatia 0: Alvarez and Messi combine as sublime Argentina reach World Cup final', "a Nigerian site's paste of a British tabloid's report (Richard Keys' 'Messi and 10 of his mates'); title read from the address"),
    (AR, 'st8-ar13-bdnews24', AR13, None, False, 'independent_same_story', 'https://bdnews24.com/sport/world-cup-2022/398uc1we4u', '2022-12-14', "Argentina beat Croatia: Alvarez's goals (untitled)", "bdnews24's analysis of the goals with Modric's complaint about the penalty; title made up"),
    (AR, 'st8-ar13-reuters', AR13, 'web8:reuters-arg-cro', True, 'original', 'https://www.reuters.com/lifestyle/sports/argentina-sweep-past-croatia-3-0-reach-world-cup-final-2022-12-13/', '2022-12-13', 'Argentina sweep past Croatia 3-0 to reach World Cup final', "Reuters' own first version ('LUSAIL, Qatar, Dec 13 (Reuters)', Mitch Phillips); title read from the address"),
    # --- France, the final (Sunday 18 December 2022)
    (AR, 'st8-ar18-independent', AR18, 'web8:ap-arg-fra', False, 'wire_copy', 'https://www.independent.co.uk/news/argentina-ap-lionel-messi-france-qatar-b2247581.html', None, 'Argentina beat France to win the World Cup (untitled)', "AP's two-sentence first take on The Independent's wire page ('ap' in the address); title made up"),
    (AR, 'st8-ar18-anghami', AR18, None, False, 'independent_same_story', 'https://mobile.anghami.com/episode/1168293298', None, 'Argentina win the World Cup final (untitled)', "a podcast episode's description of the final; title made up"),
    (AR, 'st8-ar18-skysports', AR18, None, False, 'independent_same_story', 'https://www.skysports.com/football/argentina-vs-france/report/463028', '2022-12-18', 'Argentina vs France report (untitled)', "Sky Sports' match report (Hurst 1966, 'Kinsgley Coman'); title made up"),
    (AR, 'st8-ar18-roadfoggy', AR18, None, False, 'independent_same_story', 'https://roadfoggy.com/2022/12/19/argentina-beat-france-on-penalties-to-win-world-cup-messis-legacy-mbappes-hat-trick/', '2022-12-19', "Argentina beat France on penalties to win World Cup: Messi's legacy, Mbappe's hat-trick", "a blog quoting a British paper's report in quotation marks with ellipses; title read from the address"),
    (AR, 'st8-ar18-citinewsroom', AR18, 'web8:reuters-arg-fra', False, 'wire_copy', 'https://citinewsroom.com/2022/12/argentina-wins-incredible-world-cup-final-in-shootout/', '2022-12-18', 'Argentina wins incredible World Cup final in shootout', "a Ghanaian site's run of Reuters' report, lightly edited ('won its third World Cup in an extraordinary final'), uncredited; title read from the address"),
    (AR, 'st8-ar18-japantimes', AR18, 'web8:reuters-arg-fra', False, 'wire_copy', 'https://www.japantimes.co.jp/sports/2022/12/19/soccer/world-cup/argentina-wins-world-cup/', '2022-12-19', 'Argentina wins World Cup (untitled)', "The Japan Times' run of Reuters' first three paragraphs, uncredited in the excerpt; title read from the address"),
    (AR, 'st8-ar18-tnp', AR18, None, False, 'independent_same_story', 'https://tnp.straitstimes.com/sports/football/argentina-crowned-champions-after-beating-france-4-2-penalties', '2022-12-19', 'Argentina crowned champions after beating France 4-2 on penalties', "The New Paper's report ending 'REUTERS', in its own wording (the Golden Boot); title read from the address"),
    (AR, 'st8-ar18-dispatchlive', AR18, 'web8:reuters-arg-fra', False, 'wire_copy', 'https://www.dispatchlive.co.za/sport/2022-12-18-argentina-win-greatest-world-cup-final-against-france-on-penalties/', '2022-12-18', 'Argentina win greatest World Cup final against France on penalties', "a South African paper's run of Reuters' report with one added sentence ('already being called the greatest'); title read from the address"),
    (AR, 'st8-ar18-iheartradio', AR18, 'web8:ap-arg-fra', False, 'wire_copy', 'https://www.iheartradio.ca/am800/news/messi-wins-world-cup-argentina-beats-france-on-penalties-1.18959621', '2022-12-19', 'Messi wins World Cup, Argentina beats France on penalties', "a Canadian radio station's run of AP's first takes ('LUSAIL, Qatar -', the pantheon sentence), credit not shown; title read from the address"),
    (AR, 'st8-ar18-news9live', AR18, 'web8:ap-arg-fra', False, 'partial_copy', 'https://www.news9live.com/sports/football/watch-video-after-heartbreaking-loss-to-argentina-macron-consoles-french-team-214873', None, 'Watch video: After heartbreaking loss to Argentina, Macron consoles French team', "an Indian site's story on Macron in the dressing room, opening with AP's two first sentences; title read from the address"),
    (AR, 'st8-ar18-yahoo', AR18, None, False, 'independent_same_story', 'https://ca.sports.yahoo.com/news/world-cup-final-scores-updates-lionel-messi-argentina-top-france-in-penalty-shootout-thriller-175620494.html?src=rss', '2022-12-18', 'World Cup final: Lionel Messi, Argentina top France in penalty shootout thriller', "Yahoo Sports' summary at the top of its scores-and-updates page; title read from the address"),
    (AR, 'st8-ar18-businessstandard', AR18, 'web8:ap-arg-fra', False, 'wire_copy', 'https://wap.business-standard.com/article-amp/sports/messi-wins-fifa-world-cup-2022-argentina-beats-france-on-penalties-122121800792_1.html', '2022-12-19', 'Messi wins FIFA World Cup 2022, Argentina beats France on penalties', "Business Standard's run of AP's two-sentence first take ('Mbapp', a lost accent); title read from the address"),
    (AR, 'st8-ar18-newsbreakap', AR18, 'web8:ap-arg-fra', False, 'wire_copy', 'https://www.newsbreak.com/news/2858130221638/ap-trending-summarybrief-at-10-45-p-m-est', None, 'AP Trending SummaryBrief at 10:45 p.m. EST', "AP's summary brief credited 'LUSAIL, Qatar (AP) —' on an aggregator (via a Georgia station); title read from the address"),
    (AR, 'st8-ar18-thisdaylive', AR18, None, False, 'independent_same_story', 'https://www.thisdaylive.com/index.php/2022/12/18/messi-leads-argentina-to-third-world-cup-title/', '2022-12-18', 'Messi Leads Argentina to Third World Cup Title', "a Nigerian paper's two-paragraph item"),
]

SHA256 = {
    'st8-ar22-dohanews': '3b88d3c2b9b6b6c89aca2f9d5d2b61c06746168283e23198c325faa0db071c91',
    'st8-ar22-sportstar': '19c3339af1f53641e83242fcbeeb7fa51ae15f802200b897b54c00d2ce60de95',
    'st8-ar22-newsbreak': 'fc433b9f10fb643da355fa4123b76c2d316eed51a2ee0c997e388fe50f1d76d9',
    'st8-ar22-ynetnews': 'a1e0fb3b608eb75e1171ecd60003d7c675f29a0528e2f11bc046d0555f7541c1',
    'st8-ar22-khaleejtimes': '739cebccfcc52af920c806462baddd69a4523c4b5603f21174992af0405ded80',
    'st8-ar22-eurosport': '7b711a23c04f81c6be83ab42d9575fb786f97c3f4be308cf715561de093d28ff',
    'st8-ar22-spotlightnepal': 'c732eb61c09df5fca2c826d00668aaecec97b03c055f152c2e3cd5f63e202827',
    'st8-ar22-dawn': 'd015360648245a902e4f74cca798cfc235eda0e815652f9cca2b10821a273c67',
    'st8-ar26-alkambatimes': 'e9d3886b063a28c859248a919e2d38bd65251c109bedee95197bec384b5cebbb',
    'st8-ar26-sportskeeda': '3d4a1d035bbb7b06f8eec2f91ee6161dc52c0b291a8a96f0cc99391b798b3529',
    'st8-ar26-dailymail': '995a8ce3dd23276f564f1cef02ab9bb98fc9b926d3ceaf29d40bfad13dd71ece',
    'st8-ar26-newsbreaknpr': '8b23bc0c7c5d386a9640e598d5242f8bca0d6d0c2b9281e844ac065e9f032077',
    'st8-ar26-news9live': 'ebb503e6bd42215d08d8a47eca6c9d35c37804fcc7d3980d6ecafd64e4c227ca',
    'st8-ar26-sputnik': '9651b5bacb78f11526e585a67395e86d9f72bcce9ebc3ff19607f9a57d43a762',
    'st8-ar26-recentlyheard': '3e519a81f4c90da56db42dd292d18d90f4bfbbf3bed8d75ddf0f5aaeba60fff2',
    'st8-ar26-khaleejtimes': '845a44777ca1fc94de59d1db62a7c4c454879dbab538beeaa854b1d82021beae',
    'st8-ar09-trinidadexpress': 'c7770d1e3d495b52a32dfcee56faedae189749cb7534ffa265c1dd945059f21b',
    'st8-ar09-si': 'a93b159b91cce4f26233702933f306e772ee511dc8ac70300ce85ea4c893e325',
    'st8-ar09-webentinc': '51e3b0a60bd5b2d8f381d45597ba46a57234bf1a16127bf3303d573273408fda',
    'st8-ar09-skysports': 'f9ad450a9a30aacf7b8b72fff6ce89ad8d23eb4c5f228f8dac71ab5fa3046d12',
    'st8-ar09-gibiop': 'b2632343b062d1b7f8e9610ebbee72fa29ca1eff11f6527a3c9de67474a87f07',
    'st8-ar09-bbc': '6ba9960e051e9f6dd06a2e9eee84234f25583e95ca6b7436769f88eca6e275ea',
    'st8-ar09-lekreports': '785e46abd1dc3f5690d1db09c38b5dd8f18856c05aff8a9f5593cf54b89c2ef1',
    'st8-ar09-yorkshirepost': 'c7de2e307413137ca9f700582729d1808ddf5928a8a354ef8d5a9a47a1d64339',
    'st8-ar13-thepremiernews': '68f321f268f9ca0e7f07f8a7c46d8c8e459b0d83b75f3fc759d28901b3117d20',
    'st8-ar13-saxafimedia': '094bf28730d42df1e3857bcdac5d4e565fa7ad823556f05b115f5d41e141485b',
    'st8-ar13-pakistankakhudahafiz': 'ef1bddc6a0c31743dcc16a930c0b9100b0f714037b5daa995b1b605f492d38ee',
    'st8-ar13-247ureports': 'd798bbb6be110eb2bec139eb4209db95641d4f186ee959df63a76feee5ee1f95',
    'st8-ar13-bdnews24': 'd8c069983315019de357ed9cd44ad991e3dd62c6d544292ebb83c61337deef1b',
    'st8-ar13-reuters': '7c1c60f2004a51581406dd3667e03340d5a121de0ae3c69318a5e55d746132cb',
    'st8-ar18-independent': 'd3aee7734ee57a05d9dd5eef8c3189ce7ca580c3ac6ac80ef5905f550252cf30',
    'st8-ar18-anghami': '1164e30fdd64bffe9954762d48221e6631b4ca9b4d4e3d1230e2aa7e23394900',
    'st8-ar18-skysports': '46a2fe00ef3779d3066b1b249d176be904d45af5236b325e4b965454cb7506ee',
    'st8-ar18-roadfoggy': '5e393e4c44013b151f37d9de0cdf965f3ff3711e7ca32dd880395eb27d20c698',
    'st8-ar18-citinewsroom': 'ae0d5c4a85d69da451631cdc1a0a75aaeee3e1b960b905f4d6383c17f7ecbc38',
    'st8-ar18-japantimes': '83a9fe3d1fbe7f39c51cef44c31f69cf9366a1913ec996735cdf840d503ccede',
    'st8-ar18-tnp': '8d8f1d0452d0b64cf601aaad00480a4ec9845ed3414db927118580760099d485',
    'st8-ar18-dispatchlive': 'ad0fa328865abd72bff3ef14983f0126f925b51e34be479d8f759af668d99fca',
    'st8-ar18-iheartradio': '544ec7c0adad27fd42db0b0a267a142c870a54a32148dde1321c17a2af7c27f7',
    'st8-ar18-news9live': '4389de2a749557210c7669829a76ec30c23584c2ba6e130f3c88fc8b28b5f38b',
    'st8-ar18-yahoo': '80ec19847e53aecd16df8516c116b76372def1f936552bc30596fb0b4e844597',
    'st8-ar18-businessstandard': '3b51fe266dc870ae3794e5f8e59986c3898c8c1256971c9c37a5c22557ea3bd4',
    'st8-ar18-newsbreakap': 'b2887c198af04000e09b8eaf529efadca14c45e015c795e818e2ed61a821ae02',
    'st8-ar18-thisdaylive': '2176bab0cf4e5aeb60da7f7af5ce09d2cb0f38f0692c5e76e481d9b61c781416',
}

NOTES = {
    'web8:ksa-arg-2022-11-22': "Eight reports of one match, none sharing sentences: AP's (the Israeli site, credited), an agency's (the Nepali magazine, 'Agencies'), a British agency's (the aggregator), and the outlets' own. The Nepali page repeats one sentence, once cut short ('cancelled out ...').",
    'web8:arg-mex-2022-11-26': "AP's report (the Indian site, credited and dated 26 November) and the other reports share only facts (64th and 87th minutes, Di Maria's pass). The aggregator's NPR teaser is at an address about Poland and carries a date four days before the match: left undated. The Daily Mail's report sits at its live page's address but is a report, not live entries.",
    'web8:ned-arg-2022-12-09': "A British paper's report (not in the set) pasted without credit (webentinc) and synonym-swapped ('Lautaro Martnez', 'sq.ander'; lekreports): a family without original. The match ended after midnight in Qatar (12.55am on Saturday): Sky's page dated 10 December is the same story. The scraper site's page (gibiop, stamped 2024) is another British paper's report, alone here.",
    'web8:arg-cro-2022-12-13': "Reuters' own page (13 December) is the original; two sites reword it without credit, one its four-paragraph first version (thepremiernews), the other its longer version ('Scoring record', pakistankakhudahafiz), both spun. The other pages are independent (an American sports site's report, a British tabloid's, a Bangladeshi analysis). A Malayalam page and a machine-written summary with wrong scorers were left out.",
    'web8:arg-fra-2022-12-18': "Two wire families: AP's first takes ('Lionel Messi finally won the biggest prize in soccer ...'), run in two sentences (The Independent, Business Standard), in a longer take (the Canadian radio station, the aggregator's credited brief) and opening an Indian site's Macron story; no version is both dated and credited, so no original. Reuters' report ('won their third World Cup in extraordinary style on Sunday ...') run without credit by three papers: no original. The New Paper's page ends 'REUTERS' but is written in its own words: no family. Macron's visit to the dressing room after the final is a same-night follow-up, in this story.",
}

# Pages read and left out (url: why), as web7.LEFT_OUT.
LEFT_OUT = {
    'https://www.record.pt/multimedia/fotogalerias/detalhe/do-hat-trick-inutil-de-mbappe-aomundo-de-messi-imprensa-internacional-reage-a-conquista-do-mundial2022-pela-argentina': 'Portuguese (the final, the international press)',
    'https://newsleaderchannel.com/movies/sports-movies/%e0%b4%85%e0%b4%b0%e0%b5%8d%e0%b4%9c%e0%b5%80%e0%b4%a8%e0%b5%8d%e0%b4%b1%e0%b5%80%e0%b4%a8-%e0%b4%b2%e0%b5%8b%e0%b4%95%e0%b4%95%e0%b4%aa%e0%b5%8d%e0%b4%aa%e0%b5%8d-%e0%b4%ab%e0%b5%81%e0%b4%9f': 'Malayalam (the semi-final)',
    'https://vickilowe833news.blogspot.com/2024/07/argentina-beat-croatia-to-reach-world.html': "a machine-written summary of the semi-final with wrong scorers ('Messi and Julian Alvarez each scored twice')",
}
