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
    'musk-twitter-2022': ("Elon Musk's purchase of Twitter, 2022: his 'best and final' offer of $54.20 a share (Thursday 14 April), the board's acceptance of the $44 billion deal (Monday 25 April), the deal 'temporarily on hold' over spam accounts (Friday 13 May), the letter terminating it (Friday 8 July) and Twitter's reply and the stock's fall (Monday 11 July), his proposal to go ahead at the original price (Tuesday 4 October), and the takeover with the firing of Agrawal, Segal and Gadde (Thursday 27 to Friday 28 October) (a company's successive announcements with the same names, price and sum)", {
        'web8:musk-offer-2022-04-14': ("Musk's filing offers $54.20 a share in cash, about $43 billion, his 'best and final offer'; his letter to Bret Taylor ('I invested in Twitter as I believe in its potential ...') (Thu 14 Apr 2022)", ['storyline-other-day', 'one-event-several-reports']),
        'web8:musk-deal-agreed-2022-04-25': ("Twitter's board accepts Musk's $44 billion offer; Taylor's and Musk's statements ('the digital town square'); Agrawal's all-hands meeting (Mon 25 Apr 2022)", ['storyline-other-day', 'same-names-other-event']),
        'web8:musk-deal-on-hold-2022-05-13': ("Musk tweets that the deal is 'temporarily on hold pending details supporting calculation that spam/fake accounts do indeed represent less than 5% of users', then 'Still committed to acquisition' (Fri 13 May 2022)", ['storyline-other-day', 'one-event-several-reports']),
        'web8:musk-terminates-2022-07-08': ("Musk's lawyer's letter terminates the merger agreement ('material breach of multiple provisions'); Taylor says Twitter will sue in the Delaware Court of Chancery (Fri 8 July 2022)", ['storyline-other-day', 'same-names-other-event']),
        'web8:twitter-reply-2022-07-11': ("Twitter's lawyers answer that 'The Agreement is not terminated'; the stock closes down 11.3% on Monday; Trump calls Musk names at an Alaska rally (Sat 9 to Mon 11 July 2022)", ['storyline-other-day', 'same-names-other-event']),
        'web8:musk-u-turn-2022-10-04': ("Musk proposes in a letter to close the deal at the original $54.20 a share; trading in Twitter's shares is halted after a 13% jump (Tue 4 Oct 2022)", ['storyline-other-day', 'same-names-other-event']),
        'web8:musk-takeover-2022-10-27': ("Musk completes the $44 billion takeover on Thursday evening, fires Agrawal, Segal and Gadde and tweets 'the bird is freed' (Thu 27 to Fri 28 Oct 2022)", ['storyline-other-day', 'one-event-several-reports']),
    }),
}

# (topic, id, story, family, original, role, url, published, title, summary)
AR = 'argentina-wc-2022'
AR22, AR26, AR09 = 'web8:ksa-arg-2022-11-22', 'web8:arg-mex-2022-11-26', 'web8:ned-arg-2022-12-09'
AR13, AR18 = 'web8:arg-cro-2022-12-13', 'web8:arg-fra-2022-12-18'
TW = 'musk-twitter-2022'
TW0414, TW0425, TW0513 = 'web8:musk-offer-2022-04-14', 'web8:musk-deal-agreed-2022-04-25', 'web8:musk-deal-on-hold-2022-05-13'
TW0708, TW0711, TW1004 = 'web8:musk-terminates-2022-07-08', 'web8:twitter-reply-2022-07-11', 'web8:musk-u-turn-2022-10-04'
TW1027 = 'web8:musk-takeover-2022-10-27'
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
    # --- Musk and Twitter: the offer (Thursday 14 April 2022)
    (TW, 'st8-tw0414-bermudareal', TW0414, None, False, 'partial_copy', 'https://www.bermudareal.com/elon-musk-offers-to-buy-twitter-for-more-than-43-billion/', None, 'Elon Musk offers to buy Twitter for more than $43 billion', "a Bermuda site's credited paste of the New York Daily News' story ('By Jessica Schladebeck', 'With News Wire Services'); title read from the address"),
    (TW, 'st8-tw0414-afrotech', TW0414, None, False, 'independent_same_story', 'https://afrotech.com/listicle/elon-musk-makes-multi-billion-dollar-offer-to-buy-out-twitter/', None, 'Elon Musk makes multi-billion dollar offer to buy out Twitter', "AfroTech's story quoting the letter at length ('Twitter has extraordinary potential. I will unlock it.'); title read from the address"),
    (TW, 'st8-tw0414-autospies', TW0414, None, False, 'independent_same_story', 'https://www.autospies.com/news/Elon-Musk-Launches-43-Billion-Take-Over-Of-Twitter-109294/', None, 'Elon Musk Launches $43 Billion Take Over Of Twitter', "a car forum's paste of a business agency's first paragraphs (the Jan. 28 closing price, 18% pre-market), uncredited; title read from the address"),
    (TW, 'st8-tw0414-newser', TW0414, None, False, 'independent_same_story', 'https://img2-azcdn.newser.com/story/319329/elon-musk-makes-his-best-and-final-offer-on-twitter.html', None, "Elon Musk makes his 'best and final offer' on Twitter", "Newser's summary of Bloomberg's and CNBC's reports ('Is Twitter dying?', Adam Crisafulli); title read from the address"),
    (TW, 'st8-tw0414-livemint', TW0414, None, False, 'independent_same_story', 'https://www.livemint.com/news/world/elon-musk-s-message-to-twitter-on-his-43-billion-takeover-offer-full-text-11649936236985.html', '2022-04-14', "Elon Musk's message to Twitter on his $43 billion takeover offer: full text", "Mint's full text of the filing's message, voice script and letter; title read from the address"),
    (TW, 'st8-tw0414-seekingalpha', TW0414, None, False, 'independent_same_story', 'https://seekingalpha.com/news/3823334-elon-musk-offers-to-buy-twitter-for-5420-per-share', '2022-04-14', 'Elon Musk offers to buy Twitter for $54.20 per share', "Seeking Alpha's news item (the amended 13-D, the '420' reference, DWAC down 4%); title read from the address"),
    (TW, 'st8-tw0414-cnet', TW0414, None, False, 'independent_same_story', 'https://www.cnet.com/culture/elon-musk-offers-to-buy-twitter-for-43b/', '2022-04-14', 'Elon Musk offers to buy Twitter for $43B', "CNET's story (Agrawal's 11 April post on the board seat); title read from the address"),
    (TW, 'st8-tw0414-dailyhive', TW0414, None, False, 'independent_same_story', 'https://dailyhive.com/vancouver/elon-musk-buy-twitter', '2022-04-14', 'Elon Musk offers to buy Twitter (untitled)', "Daily Hive's story with wrong figures ($41.39 billion, $54.50, 'Twitter CEO Bret Taylor') and Musk's 'I made an offer' tweet; title made up"),
    # --- the board accepts (Monday 25 April 2022)
    (TW, 'st8-tw0425-efe', TW0425, None, False, 'independent_same_story', 'https://www.efe.com/efe/english/world/twitter-s-board-accepts-elon-musk-44-bn-takeover-bid/50000262-4791390?utm_source=wwwefecom&utm_medium=rss&utm_campaign=rss', None, "Twitter's board accepts Elon Musk $44 bn takeover bid", "the Spanish agency EFE's English story, its lead repeated as a photo caption; title read from the address"),
    (TW, 'st8-tw0425-kxlf', TW0425, None, False, 'independent_same_story', 'https://kxlf.com/national-news/elon-musk-reaches-deal-to-buy-twitter-for-44-billion', None, 'Elon Musk reaches deal to buy Twitter for $44 billion', "a Montana station's developing story from a national network (Taylor's and Musk's statements); title read from the address"),
    (TW, 'st8-tw0425-abcnews', TW0425, None, False, 'independent_same_story', 'https://abcnews.go.com/WNT/video/elon-musk-buy-twitter-44-billion-84304259', None, 'Elon Musk to buy Twitter for $44 billion', "ABC News' video caption"),
    (TW, 'st8-tw0425-globalnews', TW0425, None, False, 'independent_same_story', 'https://globalnews.ca/news/8785420/elon-musk-buys-twitter/', None, 'Elon Musk buys Twitter (untitled)', "Global News' first three sentences ('More to come.'); title read from the address"),
    (TW, 'st8-tw0425-recorded', TW0425, None, False, 'independent_same_story', 'https://recorded.news/news/elon-musk-acquires-twitter-for-44-billion/', None, 'Elon Musk acquires Twitter for $44 billion', "a news site's short story (38% over 1 April, $2.89 billion for the stake); title read from the address"),
    (TW, 'st8-tw0425-iknasoft', TW0425, None, False, 'independent_same_story', 'https://iknasoft.com/Home/portfolio_details/twitter-elonmusk', None, 'Elon Musk Buys Twitter', "a software firm's blog post on the board's vote and Agrawal's words to employees the same day (no layoffs)"),
    # --- 'temporarily on hold' (Friday 13 May 2022)
    (TW, 'st8-tw0513-republicworld', TW0513, None, False, 'independent_same_story', 'https://www.republicworld.com/technology-news/social-media-news/elon-musk-informs-twitter-deal-on-hold-after-5-percent-of-accounts-on-site-reported-to-be-spam-articleshow.html', '2022-05-13', 'Elon Musk informs Twitter deal on hold after 5 percent of accounts on site reported to be spam', "Republic World's story with the tweet and Musk's 'mysterious circumstances' tweet of 9 May; title read from the address"),
    (TW, 'st8-tw0513-zdnet', TW0513, None, False, 'independent_same_story', 'https://www.zdnet.com/article/elon-musk-says-twitter-deal-is-temporarily-on-hold-but-hes-still-committed/', '2022-05-13', "Elon Musk says Twitter deal is 'temporarily on hold' but he's 'still committed'", "ZDNet's story (the follow-up tweet, end-to-end encryption for DMs)"),
    (TW, 'st8-tw0513-debateforums', TW0513, None, False, 'excerpt_copy', 'https://www.debateforums.net/discussion/192757/elon-musk-says-twitter-takeover-is-on-hold-but-hes-still-committed-to-the-acquisition', None, "Elon Musk says Twitter takeover is on hold but he's still committed to the acquisition", "a forum post quoting the first two paragraphs of a technology site's story, cut off ('...')"),
    (TW, 'st8-tw0513-seekingalpha', TW0513, None, False, 'independent_same_story', 'https://seekingalpha.com/news/3838446-elon-musk-says-twitter-deal-temporarily-on-hold', '2022-05-13', 'Elon Musk says Twitter deal temporarily on hold', "Seeking Alpha's news item with the 10-Q's words on false or spam accounts; title read from the address"),
    (TW, 'st8-tw0513-iflscience', TW0513, None, False, 'independent_same_story', 'https://www.iflscience.com/breaking-elon-musks-twitter-takeover-deal-is-on-hold-63667', None, "Breaking: Elon Musk's Twitter takeover deal is on hold", "IFLScience's short item ('Telsa'); title read from the address"),
    (TW, 'st8-tw0513-greaterkashmir', TW0513, 'web8:ap-musk-on-hold', True, 'original', 'https://www.greaterkashmir.com/world/twitter-deal-temporarily-on-hold-elon-musk', '2022-05-13', 'Twitter deal temporarily on hold: Elon Musk', "AP's first story run by a Kashmir paper ('Detroit, May 13:', ending 'AP'); the year read from the story; title read from the address"),
    (TW, 'st8-tw0513-iheart', TW0513, 'web8:ap-musk-on-hold', False, 'rewrite', 'https://www.iheart.com/content/2022-05-13-elon-musk-says-twitter-takeover-is-temporarily-on-hold/', '2022-05-13', 'Elon Musk says Twitter takeover is temporarily on hold', "iHeart's story rewording AP's 'spam bots that mimic real people ... underreporting' sentence and naming AP; title read from the address"),
    (TW, 'st8-tw0513-freepressjournal', TW0513, None, False, 'independent_same_story', 'https://www.freepressjournal.in/world/twitter-deal-temporarily-on-hold-elon-musk', '2022-05-13', 'Twitter deal temporarily on hold: Elon Musk', "the Free Press Journal's two paragraphs, the second from a Reuters story ('Tesla Inc (TSLA.O)'), uncredited; title read from the address"),
    # --- the termination (Friday 8 July 2022)
    (TW, 'st8-tw0708-kool973', TW0708, 'web8:ap-musk-terminates', False, 'wire_copy', 'https://www.kool973.com/elon-musk-says-hes-terminating-twitter-deal/', None, "Elon Musk says he's terminating Twitter deal", "a radio station's short credited run of AP's story ('SAN FRANCISCO, Ca (AP) –', 'on the verge of collapse'); title read from the address"),
    (TW, 'st8-tw0708-thecurrent', TW0708, None, False, 'independent_same_story', 'https://thecurrent.pk/twitter-to-sue-elon-musk-for-backing-out-from-44-billion-deal/', None, 'Twitter to sue Elon Musk for backing out from $44 billion deal', "a Pakistani site's story quoting Taylor's tweet and the letter; title read from the address"),
    (TW, 'st8-tw0708-devcircleafrica', TW0708, 'web8:ap-musk-terminates', False, 'wire_copy', 'https://devcircleafrica.com/tesla-ceo-elon-musk-said-he-was-terminating-his-deal-for-twitter-citing-material-breach-of-multiple-provisions-of-the-agreement/', None, 'Tesla CEO Elon Musk said he was terminating his deal for Twitter, citing material breach of multiple provisions of the agreement.', "an African tech blog's run of AP's first version ('dead in the water on Friday', 'Twitter did not immediately comment'), uncredited, with a line of its own"),
    (TW, 'st8-tw0708-bitcoinethereumnews', TW0708, None, False, 'excerpt_copy', 'https://bitcoinethereumnews.com/finance/what-happened-to-the-twitter-elon-musk-deal', None, 'What happened to the Twitter-Elon Musk deal', "a crypto site's excerpt of The Wall Street Journal's story, with its source link; title read from the address"),
    (TW, 'st8-tw0708-techthisout', TW0708, None, False, 'independent_same_story', 'https://techthisout.news/elon-musk-to-twitter-youre-fired/', None, 'Elon Musk to Twitter, You’re Fired!', "a tech blog's paste of a business agency's lead ('according to three people familiar with the matter'), uncredited"),
    # --- Twitter's reply (Saturday 9 to Monday 11 July 2022)
    (TW, 'st8-tw0711-jacksonville', TW0711, None, False, 'independent_same_story', 'https://www.jacksonville.com/story/money/2022/07/08/elon-musk-not-buying-twitter/10018335002/', None, 'Elon Musk may be sued by Twitter; Donald Trump weighs in on deal', "a national network's story updated on Monday (the 11.3% fall, Wedbush's Dan Ives, Wachtell's letter, Trump in Alaska); its address' date (8 July) is before what it reports"),
    # --- the U-turn (Tuesday 4 October 2022)
    (TW, 'st8-tw1004-sott', TW1004, None, False, 'independent_same_story', 'https://www.sott.net/article/472835-Twitter-accepts-Elon-Musks-proposal-to-buy-company-at-44bn-Deal-expected-to-close-within-weeks-after-months-of-legal-back-and-forth', None, "Twitter accepts Elon Musk's proposal to buy company at $44bn", "a site's paste of DailyMail.com's evening version (the spokesman's words, the close at $52), a caption repeated; title read from the address"),
    (TW, 'st8-tw1004-forexlive', TW1004, None, False, 'independent_same_story', 'https://www.forexlive.com/news/elon-musk-said-to-propose-completing-twitter-deal-at-full-price-20221004/', '2022-10-04', 'Elon Musk said to propose completing Twitter deal at full price', "ForexLive's note on Bloomberg's report (halted at $45.40, reopened at $49.835); title read from the address"),
    (TW, 'st8-tw1004-yahoofinance', TW1004, None, False, 'independent_same_story', 'https://ca.sports.yahoo.com/news/elon-musk-reportedly-wants-proceed-162058426.html?src=rss', '2022-10-04', 'Elon Musk reportedly wants to proceed with Twitter deal (untitled)', "Yahoo Finance's developing item (halted at $47.96, Dogecoin up 7.5%); title read from the address"),
    (TW, 'st8-tw1004-yahoo', TW1004, None, False, 'independent_same_story', 'https://ca.sports.yahoo.com/news/elon-musk-proposes-complete-twitter-162952599.html?src=rss', '2022-10-04', 'Elon Musk proposes to complete Twitter deal (untitled)', "an entertainment trade paper's item on Yahoo (halted at about 12:13 p.m. ET); title read from the address"),
    (TW, 'st8-tw1004-siasat', TW1004, None, False, 'independent_same_story', 'https://www.siasat.com/report-elon-musk-proposes-to-proceed-with-twitter-takeover-2427674/', '2022-10-04', 'Report: Elon Musk proposes to proceed with Twitter takeover', "the Press Trust of India's story on an Indian site ('New York:', 4th October 2022 10:37 pm IST), an American agency's wording with the dollar signs lost"),
    (TW, 'st8-tw1004-dailymail', TW1004, None, False, 'independent_same_story', 'https://www.dailymail.co.uk/news/article-11279937/Trading-Twitter-shares-HALTED-rising-13-percent-ahead-Musk-takeover.html?ns_mchannel=rss&ns_campaign=1490&ito=1490', '2022-10-04', 'Trading of Twitter shares HALTED after rising 13 percent ahead of Musk takeover', "the Daily Mail's first version (up to 18 percent, Twitter's July filing quoted); title read from the address"),
    (TW, 'st8-tw1004-newspressnow', TW1004, None, False, 'independent_same_story', 'https://www.newspressnow.com/ap/a-musk-retweet-tesla-ceo-says-hell-pay-44b-to-buy-twitter/article_bca00c80-4429-11ed-8779-c73ca94da940.html', '2022-10-04', "A Musk retweet: Tesla CEO says he'll pay $44B to buy Twitter", "AP's later story credited 'Associated Press' on a Missouri paper's wire page (the SEC filing, less than two weeks before trial); title read from the address"),
    (TW, 'st8-tw1004-gwinnett', TW1004, None, False, 'independent_same_story', 'https://www.gwinnettdailypost.com/news/business/in-major-reversal-elon-musk-again-proposes-buying-twitter-at-full-price/article_462a7d84-f9ea-5aeb-8da1-b8f9c5ed7359.html', '2022-10-04', 'In major reversal, Elon Musk again proposes buying Twitter at full price', "a Georgia paper's run of a national network's story (the letter sent Monday, its conditions)"),
    (TW, 'st8-tw1004-latestly', TW1004, None, False, 'independent_same_story', 'https://www.latestly.com/socially/business/new-elon-musk-is-proposing-to-buy-twitter-for-the-original-offer-price-of-54-20-a-share-latest-tweet-by-bloomberg-4288442.html', '2022-10-04', 'Elon Musk is proposing to buy Twitter for the original offer price of $54.20 a share', "LatestLY's item on a Bloomberg tweet; title read from the address"),
    # --- the takeover (Thursday 27 to Friday 28 October 2022)
    (TW, 'st8-tw1027-pakistantimestoday', TW1027, None, False, 'independent_same_story', 'https://pakistantimestoday.com/?p=44637', None, 'Musk takes control of Twitter and fires its top executives (untitled)', "a Pakistani site's two-sentence item ('Prag Agrawal'); title made up"),
    (TW, 'st8-tw1027-republicworld', TW1027, None, False, 'independent_same_story', 'https://www.republicworld.com/world-news/us-news/netizens-react-as-elon-musk-sacks-parag-agrawal-won-as-value-bringer-to-shareholders-articleshow.html', '2022-10-28', "Netizens react as Elon Musk sacks Parag Agrawal: 'won as value bringer to shareholders'", "Republic World's story of reactions to the firings, with tweets; title read from the address"),
    (TW, 'st8-tw1027-combonews', TW1027, 'web8:techstory-bird-freed', False, 'spun_copy', 'https://combonews.online/elon-musk-says-that-the-bird-is-freed-and-takes-control-of-twitter/', None, 'Elon Musk says that “the bird is freed” and takes control of Twitter', "a synonym-swapped copy of TechStory's article ('a highly useful social media site with a bird-themed logo', 'Elon Mush')"),
    (TW, 'st8-tw1027-oneindia', TW1027, None, False, 'independent_same_story', 'https://www.oneindia.com/india/the-bird-is-freed-elon-musk-s-first-tweet-after-the-twitter-takeover-3479938.html', '2022-10-28', 'The bird is freed: Elon Musk’s first tweet after the Twitter takeover', "Oneindia's story ('New Delhi, Oct 28:', 'Parag Agarwal', The Washington Post's report)"),
    (TW, 'st8-tw1027-techstory', TW1027, 'web8:techstory-bird-freed', False, 'likely_source', 'https://techstory.in/elon-musk-takes-control-of-twitter-and-says-that-the-bird-is-freed/', None, "Elon Musk takes control of Twitter and says that 'the bird is freed'", "TechStory's article ('whose logo implicates that a bird', 'Elon Mush'), undated; title read from the address"),
    (TW, 'st8-tw1027-spangld', TW1027, None, False, 'independent_same_story', 'https://spangld.com/2022/10/28/the-bird-is-freed-elon-musk-takes-over-as-twitter-ceo-fires-top-executives/', '2022-10-28', "‘The Bird is Freed’: Elon Musk Takes Over as Twitter CEO, Fires Top Executives", "a news digest's bullet points (the sink, 'free-for-all hellscape') and left-leaning press review"),
    (TW, 'st8-tw1027-unboxed', TW1027, None, False, 'independent_same_story', 'https://unboxedmagazine.com/explore/elon-musk-takeover-twitter/', None, "Twitter-Musk saga: ‘The bird is freed’ and so are top Twitter execs including CEO", "an Indian magazine's story (Sean Edgett fired too, the poop emojis, the October trial)"),
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
    'st8-tw0414-bermudareal': 'c068ff173bd95acb7e1276603bf11465fe646ede32a100223669228de980ca22',
    'st8-tw0414-afrotech': '11bb06c8affdfd264aee11f5b1c2c2e5d7f4393f438b960f53aa86299d67fe0a',
    'st8-tw0414-autospies': 'eb5f5ab0863b43614782176510911d260a5c51781c4600016e3131318117667b',
    'st8-tw0414-newser': 'c14890b4b71172caf74243d52265a888181e14d89e49e4f16808ebb51e279be4',
    'st8-tw0414-livemint': '0c7235f8d64c83dff4d5430d3dac508b35b2c05074de577b067db016026b79ec',
    'st8-tw0414-seekingalpha': 'f161b6e4f9ac32c30f62e2950a6f1036a8c0ca38827a18a01ed9002d2f201928',
    'st8-tw0414-cnet': '9a9488a8eac9af313f4f9121d6ce741cc1cfb75a74f7b8fec519d030d943ec6a',
    'st8-tw0414-dailyhive': '7796f8b6f4c019ce80c3a8ae5b3acca7f2599a3eeb6e763af4559819b9f9e988',
    'st8-tw0425-efe': '00fd2d4d5a3347b900730050de19f7432e88471049abe42da9644bdbe95cf9d7',
    'st8-tw0425-kxlf': '38e55dd9114adb8c63307758e56eb57b838327eb18b9f0bab6582bd905136057',
    'st8-tw0425-abcnews': 'a75b977f453472879ab86734feac63345e705301e93858f5b73521354644cf84',
    'st8-tw0425-globalnews': '4e8fd2f3a4963981b13654d5e2d69a0320bc9021195fad7130fcbdc044ac97b4',
    'st8-tw0425-recorded': '593f92cb393e799a2200a93619f19d12861ea40d150879a6f895b6b15f03aab8',
    'st8-tw0425-iknasoft': '6169e74bded187faf9952fdf3dac091b82525ded3741aa11d7a44f24f6045e96',
    'st8-tw0513-republicworld': '7b64c72b1b07143dc369a78e5d30aab80a2084f211de879cb1fea858af550976',
    'st8-tw0513-zdnet': '347b865bc0aa2d873dc372cdf80ccbcca74dcfa65d3225131401aaa40b045c4a',
    'st8-tw0513-debateforums': '3c6ff7231d55122176f0b41a9d211ccf0704aef282ba72c3941e284c32e7b165',
    'st8-tw0513-seekingalpha': '80cb95ea8ea5fce417e9555c2da5df56d691250e73109035b6d00e486e6f953a',
    'st8-tw0513-iflscience': '335b24a7ac37eb171d9af4360756e674dfa5efbf5e0169677f7931b23bae27ef',
    'st8-tw0513-greaterkashmir': '6b098831185ad72c346e0d3654efba1442f3688923fdb52cf2675f18cd60fc6d',
    'st8-tw0513-iheart': '8342387c8492bbcd9307cb39533ac50e845a52b4c17e2294a714ad0c22892d7a',
    'st8-tw0513-freepressjournal': 'ba4ae00606be3a8201489176ac2523c0d749915b154dd64cfaafee9a6612c13f',
    'st8-tw0708-kool973': '0c720cf13145295780e80d07ed786b92bc44fb18f32dc22df23adb0e6216793a',
    'st8-tw0708-thecurrent': 'b7b01ee6262500de97b09c3e9f8d94f04af2f179441c96df50248d99ee926561',
    'st8-tw0708-devcircleafrica': '98e68b3fa89cc887ddd25042c3e358295ff8be4e7c26656af21551914082f210',
    'st8-tw0708-bitcoinethereumnews': 'b1c8c5cf6481fa9b15ed063d91b4ad366219bb6aa3cb9959c4ff72ee77445dc0',
    'st8-tw0708-techthisout': 'b026fc6a3dd9b22a07a1f890bfc6392119673bca449ee018d00042761eb609bc',
    'st8-tw0711-jacksonville': 'c5a9f9ad32d1fa8e7ee68f892350a0272624a57809d2745b8bb76bdcdfed67d9',
    'st8-tw1004-sott': '28e59a2c3755b50e3b8a93fdaf43361f46fb0730f873cdfa0629c0130c027460',
    'st8-tw1004-forexlive': '44016ec9b6e64f3f6145d3c070238b6cef0614f0d6b82da073a968217d536f3f',
    'st8-tw1004-yahoofinance': '11a7bf9d6aeb4179c23264a4c46e51867e45aa53ba93f3e967b47a7efcea48ab',
    'st8-tw1004-yahoo': '8a5b120ecb57ab52dd9d1c179fed01337ae2172e36cada739df190ed674a2ae3',
    'st8-tw1004-siasat': 'fc73c079ca815310d9a471a694b8bab91c9fe3b23a02f2baf20fed9f5d3934f3',
    'st8-tw1004-dailymail': '0a7c39d4f656fc44f58a893fd28af9da8928340762ce2c1a340a055b198572b2',
    'st8-tw1004-newspressnow': '90708a7b2293cde4ff9c6e81540891226b76ebc4b8b48239dec0f4a7610f6253',
    'st8-tw1004-gwinnett': '179eea4de613efe09b33de861be20c66a3207893ad24eb781aa1ec92d9334b12',
    'st8-tw1004-latestly': 'd7e7df993ecc8c16c5750d6bf1c62ff65d6ddf29c4d523f682d0c70b2ae5e7fb',
    'st8-tw1027-pakistantimestoday': '3f7526d9b227a8c089a54782f52af2d636f74f4092dba466180f1d8b0d7bcf46',
    'st8-tw1027-republicworld': 'c5e844b43bcee08e2b53a8c50bcbaee39d6fd8bd6dc6d4853b4c15fa5ec92548',
    'st8-tw1027-combonews': 'e0082cac9a0dc92deeab22bca80853951459447b29b86c28f6b096ce8f39dfa1',
    'st8-tw1027-oneindia': 'b6bf16a8c8a5ebcbb0c00b4d98cc8b783aa964feed1e1ededcb8314215261092',
    'st8-tw1027-techstory': '9d40335c5d05e3760e81aaccbdb5adc364a01861d5d320a9e8ea5b94f3979c3e',
    'st8-tw1027-spangld': '0a234da8c55829331a56e3fd35b4f23277cca87fdfa63e15cb3fe4df5ac825ee',
    'st8-tw1027-unboxed': 'fbf17ce2cdab36a7df128ddc1c9e8f684bb1221fd6de28cb0878cfc4d69153f7',
}

NOTES = {
    'web8:ksa-arg-2022-11-22': "Eight reports of one match, none sharing sentences: AP's (the Israeli site, credited), an agency's (the Nepali magazine, 'Agencies'), a British agency's (the aggregator), and the outlets' own. The Nepali page repeats one sentence, once cut short ('cancelled out ...').",
    'web8:arg-mex-2022-11-26': "AP's report (the Indian site, credited and dated 26 November) and the other reports share only facts (64th and 87th minutes, Di Maria's pass). The aggregator's NPR teaser is at an address about Poland and carries a date four days before the match: left undated. The Daily Mail's report sits at its live page's address but is a report, not live entries.",
    'web8:ned-arg-2022-12-09': "A British paper's report (not in the set) pasted without credit (webentinc) and synonym-swapped ('Lautaro Martnez', 'sq.ander'; lekreports): a family without original. The match ended after midnight in Qatar (12.55am on Saturday): Sky's page dated 10 December is the same story. The scraper site's page (gibiop, stamped 2024) is another British paper's report, alone here.",
    'web8:arg-cro-2022-12-13': "Reuters' own page (13 December) is the original; two sites reword it without credit, one its four-paragraph first version (thepremiernews), the other its longer version ('Scoring record', pakistankakhudahafiz), both spun. The other pages are independent (an American sports site's report, a British tabloid's, a Bangladeshi analysis). A Malayalam page and a machine-written summary with wrong scorers were left out.",
    'web8:arg-fra-2022-12-18': "Two wire families: AP's first takes ('Lionel Messi finally won the biggest prize in soccer ...'), run in two sentences (The Independent, Business Standard), in a longer take (the Canadian radio station, the aggregator's credited brief) and opening an Indian site's Macron story; no version is both dated and credited, so no original. Reuters' report ('won their third World Cup in extraordinary style on Sunday ...') run without credit by three papers: no original. The New Paper's page ends 'REUTERS' but is written in its own words: no family. Macron's visit to the dressing room after the final is a same-night follow-up, in this story.",
    'web8:musk-offer-2022-04-14': "Musk's letter ('I invested in Twitter as I believe in its potential ...', 'My offer is my best and final offer ...') is quoted by most pages in longer or shorter extracts: quotations only, no family. The car forum's paste and Newser's summary both use a business agency's 'a 54% premium over the Jan. 28 closing price', but Newser rewrites it: no family. Daily Hive's wrong figures ($41.39 billion, $54.50) are kept as they are.",
    'web8:musk-deal-agreed-2022-04-25': "Twitter's press release ('entered into a definitive agreement to be acquired by an entity wholly owned by Elon Musk for $54.20 per share in cash') and Taylor's and Musk's statements are quoted: no family. A blog post pasting a public radio network's story was left out: its address is in another labelled set. The software firm's post (Agrawal's all-hands meeting, the same afternoon) is a same-day follow-up.",
    'web8:musk-deal-on-hold-2022-05-13': "Musk's tweet is quoted word for word by every page: a quotation, no family. AP's family: the Kashmir paper's credited run ('Detroit, May 13:'; the year is read from the story) is the original; iHeart rewords its 'spam bots that mimic real people' sentence and names AP. The Free Press Journal's second paragraph is a Reuters sentence; that story is not in the set.",
    'web8:musk-terminates-2022-07-08': "AP's story in two versions: the first ('dead in the water on Friday', 'Twitter did not immediately comment') run without credit by a tech blog, a later one ('on the verge of collapse', 'Twitter says it will sue') credited by a radio station: a family without original (neither dated). The letter's 'material breach of multiple provisions' is quoted by several pages: quotations only.",
    'web8:twitter-reply-2022-07-11': "A single page at an address dated 8 July (the day of the letter) whose text reports Twitter's answer (sent on Sunday), Trump's Saturday rally and Monday's close: put in its own story by the latest-event rule (doubtful: a follow-up of the termination three days on), and left undated.",
    'web8:musk-u-turn-2022-10-04': "Bloomberg's scoop reported by everyone (forexlive, Yahoo Finance, the trade paper, LatestLY, the Daily Mail) and the letter made public in a filing later that day (AP's later story, the national network's): one event, several reports, no shared sentences. The Daily Mail's first version and DailyMail.com's evening version (on sott.net) share no sentences in the excerpts: no family. The evening version's headline ('Twitter accepts') is Twitter's answer the same afternoon.",
    'web8:musk-takeover-2022-10-27': "The deal closed on Thursday evening in California (Friday 28 October in India): the Indian pages dated 28 October are the same story. TechStory's article and its synonym-swapped copy (combonews; the search tool returned that address twice with different line breaks, the first kept): a family without original (TechStory's page undated). 'the bird is freed' is quoted by all: a quotation.",
}

# Pages read and left out (url: why), as web7.LEFT_OUT.
LEFT_OUT = {
    'https://www.record.pt/multimedia/fotogalerias/detalhe/do-hat-trick-inutil-de-mbappe-aomundo-de-messi-imprensa-internacional-reage-a-conquista-do-mundial2022-pela-argentina': 'Portuguese (the final, the international press)',
    'https://newsleaderchannel.com/movies/sports-movies/%e0%b4%85%e0%b4%b0%e0%b5%8d%e0%b4%9c%e0%b5%80%e0%b4%a8%e0%b5%8d%e0%b4%b1%e0%b5%80%e0%b4%a8-%e0%b4%b2%e0%b5%8b%e0%b4%95%e0%b4%95%e0%b4%aa%e0%b5%8d%e0%b4%aa%e0%b5%8d-%e0%b4%ab%e0%b5%81%e0%b4%9f': 'Malayalam (the semi-final)',
    'https://vickilowe833news.blogspot.com/2024/07/argentina-beat-croatia-to-reach-world.html': "a machine-written summary of the semi-final with wrong scorers ('Messi and Julian Alvarez each scored twice')",
    'https://steemcn.xyz/elonmusk/@athuljosebenny/elon-musk-bought-twitter-but-who-sold-it': 'already in another labelled set (reuse-real)',
    'https://disway.id/amp/630655/bikin-geger-elon-musk-diduga-selingkuh-dengan-istri-pendiri-google-hingga-terjadi-perceraian/48': 'Indonesian (the termination letter)',
    'https://dwiz882am.com/index.php/elon-musk-nag-back-out-na-sa-pagbili-sa-twitter': 'Filipino (the termination)',
}
