# ruff: noqa: E501
"""Hand labels for real articles found in the search tool's stored web pages in session 19
(issue 19), labelled blind by reading the stored excerpts: unspin's source was not read and
unspin was not run. The fourth held-out part, held4: every story here is in part and split
`held4`.

TOPICS: topic -> (description, {story id: (description, hard-case tags)}). A topic is one
storyline, run of like reports or team; all of held4 is one split, so topics only group.
ARTICLES: (topic, id, story, family, original, role, url, published, title, summary) per article.
The text of each is the stored excerpt, kept outside the repository at ../realweb/texts/<id>.txt
(see README.md, Licences); SHA256 holds each text's SHA-256 (build.py writes it into the
article line, check.py compares it with the file where the file is present). `summary` is our
own one-line description, `title` the page's headline as the excerpt shows it (or, where the
excerpt shows none, one read from the address). `published` is the date the page or its
address shows (None where it shows none, or only a month, or one that is plainly wrong).

Roles (as web3.py): original (the family's labelled source: the earliest-dated version that
carries the wire's or publisher's credit), wire_copy (a client's run of a wire story, credited
or not), verbatim_copy, edited_copy (light edits), partial_copy / excerpt_copy (part of the
text, or a teaser), spun_copy (synonym-swapped), rewrite (paraphrase of the same text),
write_through (the wire's later version of its own story), live_blog, likely_source (the
family's probable source, not labelled original because undated or uncredited),
independent_same_story.
"""

WEB4_SOURCE = "stored web pages (search tool, corpus 'pages'), session 19"

TOPICS = {
    'celtics-finals-2024': ("The Boston Celtics in the 2024 NBA Finals against Dallas: Porzingis's return on the two days before Game 1, the five games on 6-17 June 2024, and the teams' next meeting in January 2025 (one team's successive matches, storyline across days)", {
        'web4:celtics-porzingis-2024-06-04': ("Porzingis says 'the plan' is to play Game 1 after five weeks out with a calf strain (Tue 4 June 2024)", ['same-names-other-event', 'storyline-other-day']),
        'web4:celtics-porzingis-2024-06-05': ('Porzingis is taken off the injury report and will play Game 1 (Wed 5 June 2024)', ['same-names-other-event', 'storyline-other-day']),
        'web4:celtics-mavs-g1-2024-06-06': ('Game 1: Celtics 107-89 Mavericks, Porzingis 20 off the bench (Thu 6 June 2024)', ['same-team-other-match']),
        'web4:celtics-mavs-g2-2024-06-09': ('Game 2: Celtics 105-98 Mavericks, Holiday 26 points (Sun 9 June 2024)', ['same-team-other-match', 'live-blog-and-follow-ups']),
        'web4:celtics-mavs-g3-2024-06-12': ('Game 3: Mavericks 99-106 Celtics, Doncic fouls out, 3-0 (Wed 12 June 2024)', ['same-team-other-match']),
        'web4:celtics-mavs-g4-2024-06-14': ('Game 4: Mavericks 122-84 Celtics, no sweep (Fri 14 June 2024)', ['same-team-other-match']),
        'web4:celtics-mavs-g5-2024-06-17': ('Game 5: Celtics 106-88 Mavericks, an 18th title, Brown Finals MVP (Mon 17 June 2024)', ['same-team-other-match']),
        'web4:celtics-mavs-2025-01-25': ('Mavericks 107-122 Celtics, the first meeting since the Finals (Sat 25 Jan 2025)', ['same-team-other-match']),
    }),
    'milton-2024-10': ("Hurricane Milton, October 2024: Category 5 in the Gulf, Biden's postponed trip as it regains Category 5, landfall at Siesta Key with the next day's toll, and Friday's aftermath (storm days, storyline across days)", {
        'web4:milton-cat5-2024-10-07': ('Milton rapidly intensifies into a Category 5 hurricane in the Gulf of Mexico (Mon 7 Oct 2024)', ['storyline-other-day']),
        'web4:milton-biden-2024-10-08': ('Biden postpones his Germany and Angola trip; Milton back to Category 5, evacuations (Tue 8 Oct 2024)', ['storyline-other-day', 'same-names-other-event']),
        'web4:milton-landfall-2024-10-09': ('Milton makes landfall near Siesta Key as a Category 3 (Wed 9 Oct 2024, 8:30 p.m.), with the tornadoes, deaths, Tropicana Field roof and 3 million without power reported on Thursday', ['storyline-other-day', 'live-blog-and-follow-ups']),
        'web4:milton-aftermath-2024-10-11': ('Friday 11 Oct 2024: power slowly restored, at least 16 dead', ['storyline-other-day']),
    }),
}

# (topic, id, story, family, original, role, url, published, title, summary)
C, MI = 'celtics-finals-2024', 'milton-2024-10'
PZ4, PZ5 = 'web4:celtics-porzingis-2024-06-04', 'web4:celtics-porzingis-2024-06-05'
G1, G2, G3 = 'web4:celtics-mavs-g1-2024-06-06', 'web4:celtics-mavs-g2-2024-06-09', 'web4:celtics-mavs-g3-2024-06-12'
G4, G5, GJ = 'web4:celtics-mavs-g4-2024-06-14', 'web4:celtics-mavs-g5-2024-06-17', 'web4:celtics-mavs-2025-01-25'
M7, M8 = 'web4:milton-cat5-2024-10-07', 'web4:milton-biden-2024-10-08'
M9, M11 = 'web4:milton-landfall-2024-10-09', 'web4:milton-aftermath-2024-10-11'
ARTICLES = [
    # --- Celtics: Porzingis before Game 1 (Tuesday 4 and Wednesday 5 June 2024)
    (C, 'st4-cpz4-bsj', PZ4, None, False, 'independent_same_story', 'https://www.bostonsportsjournal.com/2024/06/04/kristaps-porzigis-is-clearly-not-100-but-at-this-point-its-close-enough', '2024-06-04', 'Kristaps Porzingis is clearly not 100%, but at this point it is close enough', "Boston Sports Journal on Porzingis's press conference: the seven-second pause, 'That is the plan right now'"),
    (C, 'st4-cpz4-nbcsb', PZ4, None, False, 'independent_same_story', 'https://nbcsportsboston.com/nba/boston-celtics/kristaps-porzingis-injury-optimism-nba-finals/618455/?os=httpwww.bing.com', None, 'Kristaps Porzingis injury optimism ahead of NBA Finals', "NBC Sports Boston on the impromptu 10-minute press conference, the same quotations"),
    (C, 'st4-cpz4-shackle', PZ4, 'web4:espn-porzingis-plan', False, 'verbatim_copy', 'https://shacklemedia.com/?p=307011', None, "Porzingis says 'the plan' is to play Game 1", "ESPN-style report ('said Tuesday that \"the plan\" is...') copied without credit"),
    (C, 'st4-cpz4-basketballinsiders', PZ4, 'web4:espn-porzingis-plan', False, 'rewrite', 'https://www.basketballinsiders.com/news/kristaps-porzingis-plans-to-play-nba-finals-despite-not-feeling-100-healthy/', None, 'Kristaps Porzingis plans to play NBA Finals despite not feeling 100% healthy', 'paraphrase of the same report, paragraph by paragraph, with its quotations'),
    (C, 'st4-cpz4-wfaa', PZ4, None, False, 'independent_same_story', 'https://wfaa.com/article/sports/nba/mavericks/kristaps-porzingis-plans-play-game-1-nba-finals-celtics-mavericks-2024/287-1303a3e8-c221-4093-8f82-5781d033e6ce', None, 'Kristaps Porzingis plans to play in Game 1 of NBA Finals', "Dallas TV station's report with the quotations in another transcription, and Mazzulla's"),
    (C, 'st4-cpz5-sportextra', PZ5, 'web4:porzingis-will-play', False, 'verbatim_copy', 'https://sportextra.co.uk/kristaps-porzingis-admits-nba-finals-return-wont-easy', None, "Kristaps Porzingis admits NBA Finals return won't be easy", "a Boston paper's Wednesday report ('took a long pause') copied under a new headline"),
    (C, 'st4-cpz5-nbanewssite', PZ5, 'web4:porzingis-will-play', False, 'verbatim_copy', 'https://nbanewssite.com/kristaps-porzingis-will-play-in-game-1-of-the-nba-finals', None, 'Kristaps Porzingis will play in Game 1 of the NBA Finals', 'the same report copied whole'),
    (C, 'st4-cpz5-ajbnews', PZ5, 'web4:porzingis-will-play', False, 'spun_copy', 'https://ajbnews.co.uk/good-news-the-star-player-for-the-celtics-is-healthy-enough-to-participate-in-game-1-of-the-nba-finals-against-the-mavericks/', None, 'Good news: The star player for the Celtics is healthy enough to participate in Game 1', 'the same report synonym-swapped, the name garbled'),
    # --- Game 1 (Thursday 6 June 2024)
    (C, 'st4-cg1-mbph', G1, 'web4:ap-celtics-game1', True, 'original', 'https://mb.com.ph/2024/6/7/brown-returnee-porzingis-show-might-as-celtics-routs-mavs-to-take-nba-finals-first-blood', '2024-06-07', 'Brown, returnee Porzingis show might as Celtics routs Mavs to take NBA Finals first blood', "AP's write-through, 'BOSTON (AP)', run by the Manila Bulletin (published Jun 7, 2024)"),
    (C, 'st4-cg1-cabetting', G1, 'web4:ap-celtics-game1', False, 'wire_copy', 'https://cabetting.news/the-celtics-defeat-the-mavericks-in-game-1-of-the-nba-finals', None, 'The Celtics defeat the Mavericks in Game 1 of the NBA Finals', "AP's write-through run without credit by a betting site"),
    (C, 'st4-cg1-lotradecoin', G1, 'web4:ap-celtics-game1', False, 'wire_copy', 'http://lotradecoin.franceinfoles.com/news/787c798458.html', None, 'Brown has 22, Porzingis returns with 20 as Celtics open NBA Finals with 107-89 win over Mavericks', "AP's first version, credited, on a scraper (its 'View Date' of December 2024 is the scrape)"),
    (C, 'st4-cg1-arcticnow', G1, 'web4:ap-celtics-game1', False, 'spun_copy', 'https://arcticnow.com/brown-has-22-porzingis-returns-with-20-as-celtics-open-nba-finals-with-107-89-win-over-mavericks/', '2024-06-09', 'Brown has 22, Porzingis returns with 20 as Celtics open NBA Finals', "AP's first version synonym-swapped ('22 factors', 'Sport 1'), the credit kept"),
    (C, 'st4-cg1-resident', G1, None, False, 'independent_same_story', 'https://resident.com/sports-and-entertainment/2024/06/07/celtics-secure-game-1-victory-over-mavericks-porzingis-returns-with-a-bang', '2024-06-07', 'Celtics secure Game 1 victory over Mavericks, Porzingis returns with a bang', "lifestyle site's own Game 1 report"),
    (C, 'st4-cg1-yahoonbc', G1, None, False, 'independent_same_story', 'https://sports.yahoo.com/boston-celtics-vs-dallas-mavericks-030954845.html', '2024-06-07', 'NBA Finals Game 1 result: Boston Celtics win 107-89', "NBC Sports' result page with the bets that cashed"),
    (C, 'st4-cg1-si', G1, None, False, 'independent_same_story', 'https://www.si.com/nba/spurs/news/the-nba-finals-kristaps-porzingis-shines-celtics-cruise-past-mavericks-in-game-1', None, 'The NBA Finals: Kristaps Porzingis Shines, Celtics Cruise Past Mavericks in Game 1', "a Sports Illustrated team site's report"),
    (C, 'st4-cg1-heraldnewstoday', G1, None, False, 'independent_same_story', 'https://theheraldnewstoday.com/celtics-squash-mavs-in-game-1-porzingis-shines-in-return', None, 'Celtics squash Mavs in Game 1; Porziņģis shines in return', "a newspaper's game report on an aggregator (source not named)"),
    (C, 'st4-cg1-publicitytop1', G1, None, False, 'independent_same_story', 'https://publicitytop.com/2024/06/07/jaylen-browns-two-way-effort-leads-celts-over-mavs', '2024-06-07', "Jaylen Brown's two-way effort leads Celts over Mavs", "a Boston paper's sidebar on Brown, on an aggregator"),
    (C, 'st4-cg1-publicitytop2', G1, None, False, 'independent_same_story', 'https://publicitytop.com/2024/06/07/porzingis-brown-power-celtics-to-107-89-romp-in-game-1-of-nba-finals', '2024-06-07', 'Porzingis, Brown power Celtics to 107-89 romp in Game 1 of NBA Finals', "a Boston outlet's game report on the same aggregator"),
    # --- Game 2 (Sunday 9 June 2024)
    (C, 'st4-cg2-keytcnn', G2, None, False, 'independent_same_story', 'https://keyt.com/sports/national-sports/cnn-sports/2024/06/09/boston-celtics-take-2-0-series-lead-in-nba-finals-after-game-2-win-over-dallas-mavericks/', '2024-06-09', 'Boston Celtics take 2-0 series lead in NBA Finals after Game 2 win over Dallas Mavericks', "CNN's report, credited, run by a TV station"),
    (C, 'st4-cg2-oann', G2, None, False, 'independent_same_story', 'https://www.oann.com/sports/jrue-holiday-celtics-take-2-0-nba-finals-lead-over-mavs/', '2024-06-09', 'Jrue Holiday, Celtics take 2-0 NBA Finals lead over Mavs', 'an agency game report (Field Level Media style) on OANN'),
    (C, 'st4-cg2-outlookpics', G2, None, False, 'partial_copy', 'https://www.outlookindia.com/sports/nba-finals-game-2-boston-celtics-beat-dallas-mavericks-105-98-take-2-0-lead-in-pics', '2024-06-10', 'NBA Finals, Game 2: Celtics Beat Mavericks 105-98, Take 2-0 Lead - In Pics', "photo page led by AP's first paragraphs, uncredited"),
    (C, 'st4-cg2-outlookreport', G2, None, False, 'independent_same_story', 'https://www.outlookindia.com/sports/others/nba-finals-game-2-match-report-boston-celtics-roll-past-dallas-mavericks-as-they-go-two-up', '2024-06-10', 'NBA Finals Game 2 match report: Boston Celtics roll past Dallas Mavericks as they go two up', "an agency match report ('Holiday amassed 26 points')"),
    (C, 'st4-cg2-yahoovideo', G2, None, False, 'independent_same_story', 'https://ca.sports.yahoo.com/video/mavericks-vs-celtics-game-highlights-024524047.html', None, 'Mavericks vs. Celtics Game 2 highlights', "NBA highlights video caption with the box-score lines"),
    (C, 'st4-cg2-yahoolive', G2, None, False, 'live_blog', 'https://sg.news.yahoo.com/live/celtics-vs-mavericks-nba-finals-game-2-score-live-updates-channel-stream-how-to-watch-highlights-225736303.html', None, 'NBA Finals: Jrue Holiday takes center stage as Celtics fend off late Mavericks rally for 2-0 series lead', "Yahoo Sports' live page, topped by its final report"),
    (C, 'st4-cg2-usmuslims', G2, None, False, 'wire_copy', 'https://usmuslims.com/service/amp/boston-celtics-beat-dallas-mavericks-to-take-2-0-lead-in-nba-finals-253485h.htm', None, 'Boston Celtics beat Dallas Mavericks to take 2-0 lead in NBA Finals', "Anadolu Agency's report (by Can Erozden) run by another site"),
    (C, 'st4-cg2-tspantx', G2, None, False, 'excerpt_copy', 'https://tspantx.com/boston-celtics-beat-dallas-mavericks-take-2-0-finals-lead-behind-defense-jrue-holiday', None, 'Boston Celtics beat Dallas Mavericks, take 2-0 Finals lead behind defense, Jrue Holiday', 'a headline and one-line teaser'),
    # --- Game 3 (Wednesday 12 June 2024)
    (C, 'st4-cg3-tribuneafp', G3, 'web4:afp-celtics-game3', True, 'original', 'https://tribune.net.ph/2024/06/13/boston-three-party-tatum-brown-shine-put-celtics-on-brink-of-18th-nba-title', '2024-06-13', 'Boston three party: Tatum, Brown shine, put Celtics on brink of 18th NBA title', "AFP's report, 'DALLAS (AFP)', run by the Daily Tribune"),
    (C, 'st4-cg3-flashscore', G3, 'web4:afp-celtics-game3', False, 'wire_copy', 'https://www.flashscore.com/news/basketball-nba-celtics-hold-off-mavericks-rally-to-move-within-one-win-of-nba-title/Y1oIayUI/', None, 'Celtics hold off Mavericks rally to move within one win of NBA title', "AFP's report without credit (the store's date, 2006, is wrong)"),
    (C, 'st4-cg3-mymoneytimes', G3, 'web4:afp-celtics-game3', False, 'partial_copy', 'https://mymoneytimes.com/amp/news/Philippines/1639343/celtics-up-3-0-one-win-away-from-nba-championship', None, 'Celtics up 3-0, one win away from NBA championship', "AFP's first short take ('Los Angeles -'), uncredited"),
    (C, 'st4-cg3-ajc', G3, 'web4:ap-celtics-game3', False, 'wire_copy', 'https://www.ajc.com/news/nation-world/tatum-brown-help-celtics-hold-off-huge-dallas-rally-for-106-99-win-3-0-lead-in-nba-finals/FWP62CHFEBBJFBYZMKYQR4LIQ4/', None, 'Tatum, Brown help Celtics hold off huge Dallas rally for 106-99 win, 3-0 lead in NBA Finals', "AP's first version, 'DALLAS (AP)', by Schuyler Dixon (undated: '5 minutes ago')"),
    (C, 'st4-cg3-lajournal', G3, 'web4:ap-celtics-game3', False, 'write_through', 'https://lajournalmag.com/nba-finals-celtics-hold-off-mavericks-in-game-3-on-brink-of-18th-title/', None, 'NBA Finals: Celtics hold off Mavericks in Game 3, on brink of 18th title', "AP's write-through with the hug and Tatum's quotation, bylined 'AP Sports Writer'"),
    (C, 'st4-cg3-outlook', G3, 'web4:ap-celtics-game3', False, 'edited_copy', 'https://www.outlookindia.com/sports/others/celtics-vs-mavericks-match-report-nba-finals-basketball-boston-beat-dallas-to-take-3-0-lead', '2024-06-13', 'Celtics 106-99 Mavericks, NBA Finals: Boston Hold Off Dallas For 3-0 Lead', "AP's first version, lightly edited and uncredited"),
    (C, 'st4-cg3-dailymail', G3, 'web4:ap-celtics-game3', False, 'partial_copy', 'https://www.dailymail.co.uk/sport/nba/article-13524609/boston-celtics-dallas-mavericks-nba-finals-game-3.html', '2024-06-13', 'Boston Celtics hold off Dallas Mavericks in Game 3 of the NBA Finals', "the Mail's own opening paragraphs, then AP's paragraphs on Porzingis and the 3-0 deficit"),
    (C, 'st4-cg3-simavs', G3, None, False, 'independent_same_story', 'https://www.si.com/nba/mavericks/news/luka-doncic-fouls-out-dallas-mavericks-drop-game-3-boston-celtics-face-3-0-series-hole-nba-finals', None, 'Luka Doncic Fouls Out as Mavericks Drop Game 3 Against Celtics, Face 3-0 Series Hole in NBA Finals', "a Sports Illustrated team site's report"),
    (C, 'st4-cg3-zaly', G3, None, False, 'independent_same_story', 'https://nba.zaly.online/62298', None, 'Celtics defeat Mavericks in Game 3 of the NBA Finals', "a blog's quarter-by-quarter report"),
    (C, 'st4-cg3-pinkvilla', G3, None, False, 'independent_same_story', 'https://www.pinkvilla.com/sports/3-key-reasons-behind-celtics-victory-against-mavericks-in-game-3-of-nba-finals-1316414', '2024-06-13', '3 key reasons behind Celtics victory against Mavericks in Game 3 of NBA Finals', 'listicle quoting Brown'),
    (C, 'st4-cg3-nbanewssite', G3, None, False, 'independent_same_story', 'https://nbanewssite.com/boston-celtics-withstand-furious-surge-from-dallas-mavericks-lead-nba-finals-3-0-106-99', None, 'Boston Celtics withstand furious surge from Dallas Mavericks, lead NBA Finals 3-0, 106-99', "a Celtics site's report on an aggregator"),
    (C, 'st4-cg3-wfinfox', G3, None, False, 'wire_copy', 'https://wfin.com/fox-sports/celtics-survive-mavericks-valiant-comeback-attempt-take-commanding-3-0-nba-finals-lead/?utm_source=rss&utm_medium=rss&utm_campaign=celtics-survive-mavericks-valiant-comeback-attempt-take-commanding-3-0-nba-finals-lead', '2024-06-13', "Celtics survive Mavericks' valiant comeback attempt, take commanding 3-0 NBA Finals lead", "FOX Sports' report run by a radio station"),
    (C, 'st4-cg3-rappler', G3, None, False, 'independent_same_story', 'https://www.rappler.com/sports/nba/finals-game-results-boston-celtics-dallas-mavericks-june-12-2024/', '2024-06-13', 'NBA Finals game results: Boston Celtics vs Dallas Mavericks, June 12, 2024', "Rappler's report from an agency, with Tatum's 'We are not relaxing' (also in AFP's)"),
    (C, 'st4-cg3-uproxx', G3, None, False, 'independent_same_story', 'https://uproxx.com/dimemag/celtics-beat-mavs-game-3-2024-nba-finals-highlights-videos/', '2024-06-13', 'Celtics beat Mavs in Game 3 of the 2024 NBA Finals', "Dime's recap with highlights"),
    # --- Game 4 (Friday 14 June 2024)
    (C, 'st4-cg4-sportsmax', G4, 'web4:ap-celtics-game4', False, 'wire_copy', 'https://sportsmax.tv/studentwriters/itemlist/tag/dereck%20lively', None, 'Dereck Lively (tag page): Mavericks rout Celtics to avoid sweep', "tag page carrying AP's Game 4 report, uncredited"),
    (C, 'st4-cg4-rappler', G4, 'web4:ap-celtics-game4', False, 'edited_copy', 'https://www.rappler.com/sports/nba/finals-game-results-dallas-mavericks-boston-celtics-june-14-2024/', None, 'NBA Finals game results: Dallas Mavericks vs Boston Celtics, June 14, 2024', "AP's report with Manila times added, uncredited"),
    (C, 'st4-cg4-philstar', G4, None, False, 'independent_same_story', 'https://www.philstar.com/sports/2024/06/15/2363096/mavs-live-fight-another-day-blow-celtics-out-game-4', '2024-06-15', 'Mavs live to fight another day, blow Celtics out in Game 4', "The Philippine Star's own report"),
    (C, 'st4-cg4-yahoowire', G4, None, False, 'independent_same_story', 'https://sports.yahoo.com/0614-luka-doncic-finals-game-030059906.html', None, 'Luka Doncic dazzles as the Mavs rout the Celtics 122-84 in game four of the NBA Finals', "a Mavericks fan site's report on Yahoo"),
    (C, 'st4-cg4-yahooupi', G4, None, False, 'wire_copy', 'https://sports.yahoo.com/nba-finals-luka-doncic-mavericks-032707557.html', '2024-06-15', 'NBA Finals: Luka Doncic, Mavericks avoid elimination', "UPI's report, credited, on Yahoo"),
    (C, 'st4-cg4-tribuneafp', G4, None, False, 'wire_copy', 'https://tribune.net.ph/2024/06/15/no-sweep-mavs-show-signs-of-lifeclobber-celtics-by-38', '2024-06-15', 'No sweep: Mavs show signs of life, clobber Celtics by 38', "AFP's report, 'LOS ANGELES (AFP)', run by the Daily Tribune"),
    (C, 'st4-cg4-nbcsba', G4, None, False, 'independent_same_story', 'https://www.nbcsportsbayarea.com/nba/mavericks-blowout-celtics-nba-finals-game-4/1744838/', '2024-06-14', 'Mavericks blow out Celtics in NBA Finals Game 4', "NBC Sports Bay Area's report"),
    (C, 'st4-cg4-blogspot', G4, None, False, 'rewrite', 'https://sportsandtrendingn.blogspot.com/2024/06/dallas-mavericks-dominate-celtics-to.html', None, 'Dallas Mavericks Dominate Celtics to Avoid Sweep: Key Highlights and Reactions', "blog rewrite of a network's game story (Irving's 'bazooka', Kidd's quotations)"),
    # --- Game 5 (Monday 17 June 2024)
    (C, 'st4-cg5-radiohorizon', G5, 'web4:ap-celtics-game5', True, 'original', 'https://radiohorizon2000tci.com/Agenor/index.php/2024/06/18/celtics-win-18th-nba-championship-with-106-88', '2024-06-18', 'Celtics win 18th NBA championship with 106-88 Game 5 victory over Dallas Mavericks', "AP's title story, 'BOSTON (AP)', run by a Turks and Caicos radio site"),
    (C, 'st4-cg5-chronicleslive', G5, 'web4:ap-celtics-game5', False, 'edited_copy', 'https://chronicleslive.com/celtics-win-record-18th-title-with-game-5-rout-of-mavericks-daily-news', None, 'Celtics win record 18th title with Game 5 rout of Mavericks', "AP's story with a Los Angeles paper's local edits ('a former UCLA ... standout'), bylined Kyle Hightower, AP"),
    (C, 'st4-cg5-arcticnow', G5, 'web4:ap-celtics-game5', False, 'spun_copy', 'https://arcticnow.com/nba-finals-celtics-win-18th-championship-with-victory-over-mavericks/', None, 'NBA Finals: Celtics win 18th championship with victory over Mavericks', "AP's story synonym-swapped ('TD Backyard', 'Jrue Vacation'), the credit kept"),
    (C, 'st4-cg5-nolaplatinum', G5, 'web4:ap-celtics-game5', False, 'spun_copy', 'https://nolaplatinum.com/tag/celtics', None, 'Celtics win 18th NBA championship with 106-88 Sport 5 victory over Dallas Mavericks', "tag page teaser of another synonym-swapped run of AP's story"),
    (C, 'st4-cg5-perthnow', G5, 'web4:ap-celtics-game5', False, 'edited_copy', 'https://www.perthnow.com.au/sport/basketball/celtics-crush-mavs-win-record-18th-nba-title-c-15059438', '2024-06-18', 'Celtics crush Mavs, win record 18th NBA title', "AP's story from its third paragraph, edited (Australian spelling), uncredited"),
    (C, 'st4-cg5-queonda', G5, 'web4:ap-celtics-game5', False, 'rewrite', 'http://queondamagazine.com/celtics-win-nba-championship-with-106-88-game-5-victory-over-dallas-mavericks/', '2024-06-18', 'Celtics win NBA championship with 106-88 Game 5 victory over Dallas Mavericks', "AP's first paragraphs reworded"),
    (C, 'st4-cg5-outlookpics', G5, 'web4:ap-celtics-game5', False, 'partial_copy', 'https://www.outlookindia.com/sports/nba-finals-game-5-boston-celtics-win-18th-nba-championship-in-pics', None, 'NBA Finals, Game 5: Boston Celtics Win 18th NBA Championship - In Pics', "photo page led by AP's paragraphs, uncredited (AP photos)"),
    (C, 'st4-cg5-cloudfront', G5, 'web4:ap-celtics-game5', False, 'rewrite', 'https://d33gy59ovltp76.cloudfront.net/news/boston-celtics-win-18th-nba-championship-tatum-shines', None, 'Boston Celtics win 18th NBA championship, Tatum shines', "machine rewrite of AP's story (the 80-21 record, Mazzulla the youngest since Russell)"),
    (C, 'st4-cg5-newser', G5, 'web4:ap-celtics-game5', False, 'partial_copy', 'https://www.newser.com/story/351821/5-stats-about-bostons-historic-championship.html', '2024-06-18', "5 stats about Boston's historic championship", "Newser's digest 'per the AP', with AP's sentences and lines from the Athletic and ESPN"),
    (C, 'st4-cg5-newsermirror', G5, 'web4:ap-celtics-game5', False, 'verbatim_copy', 'https://img2-azcdn.newser.com/story/351821/5-stats-about-bostons-historic-championship.html', None, "5 stats about Boston's historic championship", "the same Newser page on a CDN host, longer excerpt"),
    (C, 'st4-cg5-aljazeera', G5, 'web4:flm-celtics-game5', False, 'edited_copy', 'https://www.aljazeera.com/sports/2024/6/18/jayson-tatum-celtics-defeat-mavericks-to-win-record-18th-nba-championship', '2024-06-18', 'Jayson Tatum, Celtics defeat Mavericks to win record 18th NBA championship', "an agency report ('recorded 31 points and 11 assists ... locked up') run by Al Jazeera, credit not shown"),
    (C, 'st4-cg5-funandflip', G5, 'web4:flm-celtics-game5', False, 'edited_copy', 'https://dev.funandflip.com/fashion/jayson-tatum-celtics-put-away-mavs-in-nba-finals-for-record-18th-title.html', None, 'Jayson Tatum, Celtics put away Mavs in NBA Finals for record 18th title', "the same agency report's later version, topped by Tatum's son, on a fashion site"),
    (C, 'st4-cg5-espn', G5, None, False, 'independent_same_story', 'http://score-origin.espn.com/nba/story/_/id/40375053/celtics-stomp-mavericks-game-5-clinch-record-18th-nba-title', None, 'Celtics top Mavericks in Game 5, win record 18th NBA championship', "ESPN's report"),
    (C, 'st4-cg5-scoutmedia', G5, None, False, 'independent_same_story', 'https://scoutmediaph.rappler.com/celtics-win-18th-nba-championship-title/', '2024-06-19', 'Celtics win 18th NBA championship title', "a Philippine student site's report"),
    (C, 'st4-cg5-cbsboston', G5, None, False, 'independent_same_story', 'https://cbsnews.com/boston/news/celtics-nba-finals-championship-takeaways-tatum-brown-horford', None, 'How the Celtics finished off the Mavericks in Game 5 and became NBA champions', "CBS Boston's takeaways"),
    (C, 'st4-cg5-thewest', G5, None, False, 'independent_same_story', 'https://thewest.com.au/sport/basketball/celtics-crush-mavs-win-record-18th-nba-title-c-15059436', '2024-06-18', 'Celtics crush Mavs, win record 18th NBA title', "a three-paragraph first take under the same headline as PerthNow's, sharing none of its text"),
    # --- the next meeting (Saturday 25 January 2025)
    (C, 'st4-cdal-centralmaine', GJ, None, False, 'wire_copy', 'https://www.centralmaine.com/2025/01/25/jayson-tatum-derrick-white-lift-celtics-past-mavericks', '2025-01-25', 'Jayson Tatum, Derrick White lift Celtics past Mavericks', "AP's report of the regular-season game in Dallas (AP photo credit) run by a Maine paper"),
    # --- Milton: Category 5 (Monday 7 October 2024)
    (MI, 'st4-mil7-staradvertiser', M7, 'web4:reuters-milton-cat5', False, 'wire_copy', 'https://www.staradvertiser.com/2024/10/07/breaking-news/milton-strengthens-to-category-5-hurricane/', '2024-10-07', 'Milton strengthens to Category 5 hurricane', "Reuters' flash ('the Miami-based forecaster said'), credit not shown"),
    (MI, 'st4-mil7-devdiscourse', M7, 'web4:reuters-milton-cat5', False, 'rewrite', 'https://www.devdiscourse.com/article/science-environment/3113765-milton-intensifies-category-5-hurricane-threatens-florida', None, 'Milton intensifies into Category 5 hurricane, threatens Florida', 'the same flash reworded and padded'),
    (MI, 'st4-mil7-ru24', M7, None, False, 'wire_copy', 'https://ru24.pro/english/389160634', '2024-10-07', 'Hurricane Milton strengthens into a Category 5 storm off Mexico and threatens Florida, forecasters say', "AP's one-line alert, 'MIAMI (AP)', via WTOP on an aggregator"),
    (MI, 'st4-mil7-nbcsandiego', M7, None, False, 'wire_copy', 'https://www.nbcsandiego.com/weather/hurricane-milton-strengthens-into-category-5-story-threatens-florida/3642081/', None, 'Hurricane Milton strengthens into Category 5 storm, threatens Florida', "AP's Monday story (Castor's 'This is the real deal'), uncredited"),
    (MI, 'st4-mil7-wnd', M7, None, False, 'wire_copy', 'https://www.wnd.com/2024/10/hurricane-milton-explosively-intensifies-to-category-5-storm/', None, 'Hurricane Milton explosively intensifies to Category 5 storm', "FOX Weather's report, credited, at 175 mph"),
    (MI, 'st4-mil7-legitgov', M7, None, False, 'excerpt_copy', 'https://legitgov.org/index.php/2024/10/07/category-5-milton-explodes-as-winds-hit-180-mph-much-of-florida-gulf-coast-evacuating', '2024-10-07', 'Category 5 Milton explodes as winds hit 180 mph - much of Florida Gulf Coast evacuating', "blog quoting another outlet's paragraph (180 mph)"),
    (MI, 'st4-mil7-observationdeck', M7, None, False, 'excerpt_copy', 'https://observationdeck2.blogspot.com/2024/10/hurricane-milton.html', None, 'Hurricane Milton', "blog's one-sentence item ('a Category 5 powerhouse Monday')"),
    (MI, 'st4-mil7-escambray', M7, None, False, 'independent_same_story', 'https://en.escambray.cu/home-escambray/', None, 'Hurricane Milton reaches Category 5, Cuba on alert', "a Cuban paper's home-page teaser"),
    # --- Tuesday 8 October 2024
    (MI, 'st4-mil8-butlereagle', M8, None, False, 'wire_copy', 'https://butlereagle.com/?p=327369', None, 'Biden postpones trip to Germany and Angola to monitor Hurricane Milton', "AP's White House story ('I just don't think I can be out of the country'), uncredited"),
    (MI, 'st4-mil8-dw', M8, None, False, 'independent_same_story', 'https://amp.dw.com/en/hurricane-milton-president-biden-postpones-germany-trip/a-70437209', '2024-10-08', 'Hurricane Milton: President Biden postpones Germany trip', "DW's report with the same Biden quotations"),
    (MI, 'st4-mil8-thewest', M8, None, False, 'wire_copy', 'https://thewest.com.au/news/weather/biden-postpones-overseas-trip-ahead-of-hurricane-milton-c-16326006', '2024-10-08', 'Biden postpones overseas trip ahead of Hurricane Milton', "an agency story (AP's Tuesday storm report with the postponement on top) in an Australian paper"),
    (MI, 'st4-mil8-usmuslims', M8, None, False, 'wire_copy', 'https://usmuslims.com/service/amp/biden-postpones-trip-to-germany-angola-as-hurricane-milton-barrels-toward-florida-268751h.htm', None, 'Biden postpones trip to Germany, Angola as Hurricane Milton barrels toward Florida', "Anadolu Agency's report, 'WASHINGTON (AA)', run by another site"),
    (MI, 'st4-mil8-pakistankhabar', M8, None, False, 'independent_same_story', 'https://pakistankhabar.tv/?p=10219', None, "Biden warns Milton could be Florida's worst storm in a century", "a paraphrase built from several reports (Biden's 'evacuate now')"),
    (MI, 'st4-mil8-thenewsmen', M8, None, False, 'independent_same_story', 'https://thenewsmen.co.in/world/hurricane-milton-strengthens-back-to-category-5-prompting-evacuations-in-the-us/133303', None, 'Hurricane Milton strengthens back to Category 5, prompting evacuations in the US', "an Indian site's report (Castor's 'you're gonna die', the trip postponed)"),
    (MI, 'st4-mil8-etemaad', M8, None, False, 'independent_same_story', 'https://en.etemaaddaily.com/world/international/hurricane-milton-upgrade-to-category-5-as-it-heads-toward-western-florida:162534', None, 'Hurricane Milton upgraded to Category 5 as it heads toward western Florida', "an Indian paper's brief"),
    # --- landfall (Wednesday 9 October 2024) and Thursday's reports
    (MI, 'st4-mil9-swissinfo', M9, 'web4:reuters-milton-landfall', False, 'likely_source', 'https://www.swissinfo.ch/eng/hurricane-milton-makes-landfall-near-siesta-key-florida%2C-us-nhc-says/87706114', None, 'Hurricane Milton makes landfall near Siesta Key Florida, US NHC says', "Reuters' flash, '(Reuters)', on swissinfo (the store shows only the month)"),
    (MI, 'st4-mil9-livemint', M9, 'web4:reuters-milton-landfall', False, 'wire_copy', 'https://www.livemint.com/news/us-news/hurricane-milton-makes-landfall-near-floridas-siesta-key-as-category-3-storm/amp-11728520668074.html', '2024-10-10', "Hurricane Milton makes landfall near Florida's Siesta Key as Category 3 storm", "the same Reuters flash as 'breaking news', uncredited"),
    (MI, 'st4-mil9-fox35', M9, None, False, 'independent_same_story', 'https://www.fox35orlando.com/news/hurricane-milton-landfall-in-florida', '2024-10-09', 'Hurricane Milton makes landfall in Florida', "Orlando TV station's landfall report (8:31 p.m., 954 mb)"),
    (MI, 'st4-mil9-people', M9, None, False, 'independent_same_story', 'https://2.gy-118.workers.dev/:443/https/people.com/hurricane-milton-makes-landfall-florida-8724938', '2024-10-09', "Hurricane Milton Makes Landfall as Category 3 Storm as Florida Braces for More 'Catastrophic' Weather After Helene", "People's report through a proxy address"),
    (MI, 'st4-mil9-like123', M9, None, False, 'independent_same_story', 'https://like123.com/milton-makes-landfall-as-category-3-hurricane', None, 'Milton makes landfall as Category 3 hurricane', "a news site's landfall report (DeSantis' 'hunker down') on an aggregator"),
    (MI, 'st4-mil9-yahooafp', M9, None, False, 'wire_copy', 'https://ca.news.yahoo.com/hurricane-milton-slams-florida-extremely-013638846.html', None, "Hurricane Milton slams Florida as 'extremely dangerous' storm", "AFP's landfall story ('8:30 pm (0030 GMT Thursday)') on Yahoo"),
    (MI, 'st4-mil9-wmar2', M9, None, False, 'independent_same_story', 'https://www.wmar2news.com/weather/weather-blogs/hurricane-milton-makes-landfall', '2024-10-10', 'Hurricane Milton makes landfall', "a Baltimore TV station's weather blog"),
    (MI, 'st4-mil9-tunisiesoir', M9, None, False, 'independent_same_story', 'https://www.tunisiesoir.com/international/hurricane-tracker-monitoring-miltons-path-as-it-threatens-west-central-florida-31820-2024/', None, "Hurricane tracker: monitoring Milton's path as it threatens west-central Florida", 'a tracker page updated with the landfall'),
    (MI, 'st4-mil9-acmesponge', M9, None, False, 'live_blog', 'https://acmesponge.com/news/hurricane-milton-surging-toward-tampa-120155689.html', None, 'Hurricane Milton brings devastation across Florida; MLB stadium damaged: Updates', "USA TODAY's Wednesday live page copied"),
    (MI, 'st4-mil9-yahoolive', M9, None, False, 'live_blog', 'https://uk.news.yahoo.com/live/hurricane-milton-live-tracker-at-least-4-people-killed-officials-say-3-million-without-power-as-storm-leaves-wake-of-destruction-in-florida-101551953.html', None, 'Milton full coverage: Hurricane downgraded to post-tropical cyclone, with at least 10 people killed', "Yahoo News' live page, closed on Thursday after 172 updates"),
    (MI, 'st4-mil9-dailybeast', M9, None, False, 'independent_same_story', 'https://thedailybeast.com/chaos-as-hurricane-milton-makes-landfall-in-florida-as-category-3-storm', None, 'Chaos as Hurricane Milton makes landfall in Florida as Category 3 storm', 'The Daily Beast, updated overnight (Tropicana Field roof, St Lucie tornado deaths)'),
    (MI, 'st4-mil9-kxxv', M9, None, False, 'independent_same_story', 'https://kxxv.com/science-and-tech/natural-disasters/hurricane-milton-exiting-florida-after-knocking-out-power-to-3-million-customers', None, '3 million without power as Floridians assess damage from Hurricane Milton', "Scripps' national report run by a Texas station (Thursday)"),
    (MI, 'st4-mil9-trenches', M9, None, False, 'wire_copy', 'http://fromthetrenchesworldreport.com/at-least-4-dead-3-million-without-power-as-hurricane-milton-slams-florida-rips-roof-off-mlb-stadium-where-first-responders-were-sheltering/329020', '2024-10-10', 'At least 4 dead, 3 million without power, as Hurricane Milton slams Florida, rips roof off MLB stadium', "The Post Millennial's report, credited, on a blog (Thursday)"),
    (MI, 'st4-mil9-pastebn', M9, None, False, 'independent_same_story', 'https://pastebn.online/videos/news/2024/10/11/debris-scattered-siesta-key-hurricane-milton-landfall-florida/75613116007', '2024-10-11', 'Debris scatters across Siesta Key after Hurricane Milton makes landfall in Florida', "a video caption (Scripps News) on Thursday's damage, page dated the 11th"),
    (MI, 'st4-mil9-alabamaexpress', M9, None, False, 'rewrite', 'https://alabama-express.com/hurricane-milton-sweeps-through-florida/', None, 'Hurricane Milton sweeps through Florida', "summary of a Thursday report (four dead, 3.2 million without power), 'Source' aldailynews"),
    (MI, 'st4-mil9-topnews', M9, None, False, 'independent_same_story', 'https://1410.topnews.com/en/?article=5627894672451493897-cf831f84fb395ea81f&period=3h&thread=1202472749962583024', None, 'Hurricane Milton gone but scars remain, death toll at 16', "a Sarasota-datelined Thursday report (toll at least 11) under a later headline (16)"),
    (MI, 'st4-mil9-radioplus', M9, None, False, 'independent_same_story', 'https://radioplusinfo.com/2024/10/11/10-11-24-hurricane-milton-the-latest/5', '2024-10-11', '10-11-24 Hurricane Milton: the latest', "a radio site's summary of Thursday (14 dead, 'worst-case scenario' averted)"),
    (MI, 'st4-mil9-studiolatest', M9, None, False, 'wire_copy', 'https://studiolatest.blogspot.com/search?max-results=7&updated-max=2024-10-11T12%3A04%3A00-07%3A00', None, 'Hurricane Milton plows into the Atlantic', "a blog's listing page carrying Reuters' Thursday story (Mayorkas, St. Lucie), uncredited"),
    # --- Friday 11 October 2024
    (MI, 'st4-mil11-fox4', M11, None, False, 'independent_same_story', 'https://fox4news.com/video/1530921', None, 'Hurricane Milton responsible for 16+ deaths', "a Dallas station's video caption on Friday's restoration"),
]

SHA256 = {
    'st4-cpz4-bsj': '58e9a957dae29514880a214e44ff0e31816144596a04804fd17da926a6de2490',
    'st4-cpz4-nbcsb': '14f8a6f1a915f7a8900c89d1024741015b2e680b331f5157b50569d898b17a73',
    'st4-cpz4-shackle': '7a7f74ada19ec6eb412e1ac006ba178824739179dada5ac34893108a7054cce3',
    'st4-cpz4-basketballinsiders': 'ff7a56ff8fd6f7ebe11df10833f9352c9ef0675cd0c544dc09a5c9ac059f9117',
    'st4-cpz4-wfaa': 'e9a7311944b0b8a919e083ca4da06e68daec21860f79fa44b24c13bcfa619226',
    'st4-cpz5-sportextra': 'caf1d79428c9601c06e3801c970e5b72dc76b5aec1787e15124983da1be2a14e',
    'st4-cpz5-nbanewssite': 'b7ba30dc7acb2d5946510ea8e7dd62d6c87e0e32b55bfaa182175c7c6501911a',
    'st4-cpz5-ajbnews': '583975aa76e0790c267dfb2851cbcc5bcf1bdcc75f6a871035db2c2be19b351f',
    'st4-cg1-mbph': '96fe1f161b6e9eac1572da01bafa105a249e941eb0ba84051ebb3c817c0aea59',
    'st4-cg1-cabetting': 'd681709446a0a106282db3e1be6f5adc6dd22f8f9cb48c34318d4587a09cc32e',
    'st4-cg1-lotradecoin': 'cd647fd62ae7c04b73cd890db0bc9bfde7028540b8bc43521239b006a1f6f3b6',
    'st4-cg1-arcticnow': '7bde4ecd7956df5adaf9b195298b41c0bd2fd62c1f0bfc7f273205a339e27895',
    'st4-cg1-resident': 'd546053d1d5a89741e22922f4a68644fc5f8d2159270a88ce25802416bc806b2',
    'st4-cg1-yahoonbc': '2c6e73a9152f461aacc5897940f5e25bd21bfb13b5aacf3cdbed00d697205c4c',
    'st4-cg1-si': 'b0550711db85f224e3da47ffcbcc4e6f5f768e01bbf1a171688288e6e6172709',
    'st4-cg1-heraldnewstoday': '21c814e1084948f49cfa68a27f7eb3a7d7a656c5487cdbdec9f16c63498d44c3',
    'st4-cg1-publicitytop1': 'bfb6bebc02e3f2053b863bfdd3869287b64ccdec254b291dcf462f2ede7a4d15',
    'st4-cg1-publicitytop2': '1c57be216e24fa7c52b97eeb8a2e107f131dd726be5ca469cca443ab226b03b8',
    'st4-cg2-keytcnn': '936f7ca4318e0282be3b09e234417dd0ebcc1059f34345ba9145ef41cddb31ff',
    'st4-cg2-oann': '7ff6592263e02a11fdeebc1a191e5fd036a55994160ac1bf2a90dea7a5345b98',
    'st4-cg2-outlookpics': 'e9b77cedfbd682f9c141c6b8b0825b6ab899c560bb7ef408a7961d1fdfa60a30',
    'st4-cg2-outlookreport': 'fe3b5be624e806164eb8ec1313b7b574325bf948c25078cf50a161370e6eedab',
    'st4-cg2-yahoovideo': '355eb78e83a18a06c92ef1cf9c521bdc4b108e3f9b60e0b002825eb41c36a194',
    'st4-cg2-yahoolive': '634d0dfcd446d77322e445cbc7a730feee8ff10f5532cbc794c02000f4d22980',
    'st4-cg2-usmuslims': 'dda8b6459cfb7f8ab7ef54b3029bf0323039a75112aec92a906366b72c87cc2f',
    'st4-cg2-tspantx': '887a5f5bf4ecb8e65f8da7cd26e00de2e336ac0c0e945da607f9182242673566',
    'st4-cg3-tribuneafp': '31128ae0130b79c68250f83ce7c6d6a80cb876a7de17e74261c37c41d94c8b2d',
    'st4-cg3-flashscore': 'c6e71ad2683f1330e7541c05dca1b14fc3156561b2753c06e2eda5e2a684c585',
    'st4-cg3-mymoneytimes': '13e8916ef1f692c66ef5359c79c2ae59be51d18903ad94d437dd0befb7518d2d',
    'st4-cg3-ajc': '3af3559ae31d32d514032794eb589b6aed0315aa743c3b131e4fbb8e6a4f073b',
    'st4-cg3-lajournal': '29dba7a0ff61a56432f2b2d8fa86323704407107eaf64b89057696ed6142e454',
    'st4-cg3-outlook': '6c3128ed1c2c9841dc973a5413e8110294b1aff6f83877745f0b5817c3874e52',
    'st4-cg3-dailymail': '6f6ff0e2aac75bbf6d24bfcc37929bbebaee5856a025a32d18341bd14818d4be',
    'st4-cg3-simavs': '354af8625bae0f4967eff983a30221bb66bb458c9d116f4355cc7d7d70ceb67e',
    'st4-cg3-zaly': '7c13c2daee6250ed45ec001bd8ea97df9dd0ac6971e9bc9655a06121afa7e3fd',
    'st4-cg3-pinkvilla': 'b6bb62c3f841019d4650c19f981a53943ca5d6d2d23d2294ff7b00a75af8ec17',
    'st4-cg3-nbanewssite': 'c9293858d10c7074d5efc9f6cebd6f95392ff79c82a619d20a272d249d789e15',
    'st4-cg3-wfinfox': '4373af99f399de06a0e3efdb384fda63f2e78d8769d747ed70a948ce6934aac3',
    'st4-cg3-rappler': '374da1159d544eb54dce2ea535a6e848e4535966a4ab88738c1aac8a6f36c522',
    'st4-cg3-uproxx': '2c6762a36806381d269a26a6647d03e15f1297953de920140d516798904e828b',
    'st4-cg4-sportsmax': '79c189356b20859b413b0c8eda38742fba48751c09d2376a2f21caf8ac63f08b',
    'st4-cg4-rappler': 'ceb7284fd08fbf754c3d0354e770f9ac94fb36f273e3079d5d9250b07c6e6c9a',
    'st4-cg4-philstar': '8d8d8883d483022ffc1987618427b6f31d3576f1acea07c71fbae40fa49a00af',
    'st4-cg4-yahoowire': '19224eeb6e5e65689ed9c42244f93409fec5fb318f703e2cc778e51e73dcce27',
    'st4-cg4-yahooupi': 'c3a55279fe7006f88a7c3f93ff81b01944139cfa890458c16eadeabc7b271bf5',
    'st4-cg4-tribuneafp': '6be71a0478ce0c9173627f1f6c09cafb4d74ffacba2859c5fb05f9f00fea065a',
    'st4-cg4-nbcsba': 'b2367e59de79c941a58f6627b186869c20c6c943461cfa295784e7d715310cc1',
    'st4-cg4-blogspot': 'a7faaff2e282b9c0c4120775fd5ce1dfc54f148c22893d3dd9932b122c0689fa',
    'st4-cg5-radiohorizon': '351c8405d144de1caa3c1cb6592cb65cfd26aa7acd1373670f3b49c84d0bb8c1',
    'st4-cg5-chronicleslive': 'a911ea2f425955973690f123ce80a6ac9de797ba62137a9cbb224b2df2c645b3',
    'st4-cg5-arcticnow': '7462a9a438b3ea43772a64f395854eca47a7dba38ee01d674560dd50360e6ca3',
    'st4-cg5-nolaplatinum': '5e78dd0e58b51e15a88c1da391ecc5153d323d8286f0eaec799e53ea09f8adbd',
    'st4-cg5-perthnow': '19bdb20d0d51799844f17a32ae4a65143f06bee1bfe261cdf9958e5b0ece183c',
    'st4-cg5-queonda': 'c7d6d19fcd4ede8a7d95b34c56ed0a9b80898a1d6dc6902746eda922e5c33c82',
    'st4-cg5-outlookpics': '0b223ab30e5f6b584b8e14be0251ef1f90683a390eaacfb443a4ebabd539b601',
    'st4-cg5-cloudfront': '774c4f04db6404e5c48fe11c102cac78955fb078f8ebfa0d6f764b3ec62c61cd',
    'st4-cg5-newser': '1f20540bc329ee65ff09caf58f88b4cfde5901a2a717f5578f5598d2e38113b8',
    'st4-cg5-newsermirror': '0b675081e38e9eb5424f3a8702382d324dfdc4b373b638685eaf6d67c3c416b0',
    'st4-cg5-aljazeera': 'f40cd016b5c40624ec59d0e8e92dc746e6222eabe203e6e589b9ec7a0bff6eb2',
    'st4-cg5-funandflip': 'eafb7f346fe3fec7732993c109575ffe04e38d34067c949f5a75dc070030db5b',
    'st4-cg5-espn': 'c23dcc9e0321e75312d0283c7a570b1e902c35140ad60ba3e5e1ef77c9441e00',
    'st4-cg5-scoutmedia': '4b6f215d601b75dd1d2501113a1916b864d80183ac3251cfb8f4a9ce6ae5857e',
    'st4-cg5-cbsboston': 'db6a0d3711776398d91c6f75af20604abb986684d3c2b59713f9caaeedc3712a',
    'st4-cg5-thewest': 'cc0a65a795a9e53c8835041a82047ac18b1227e41bcb3ed127738c1b925aecf4',
    'st4-cdal-centralmaine': '7130220af599466623971f596158d96378f66bfed315e5492d9cce254793bc69',
    'st4-mil7-staradvertiser': '543031c9eb108f24c022526c84760d12611072d04906f2c1611c6f422bec91a3',
    'st4-mil7-devdiscourse': '66bbf9e46c94fe2fc1defe17e233386feed434244cbdb91a8cb79876e9dec498',
    'st4-mil7-ru24': '1d1f23418013d67680b8d2d2c8305f781c304c5b4fb4a2a8c3255cf12889bae8',
    'st4-mil7-nbcsandiego': '70f9bb3d3ffbb813f1c071f5d8d9bc781222792c597f9765efa17769efee5c96',
    'st4-mil7-wnd': '8db68593fdc5a2f43d194e92dc6086f0d9cd762c857890c983f9c77fadf2a7f9',
    'st4-mil7-legitgov': '80b132da7ec4b36814739a9375ef271b6d3675ac9972d0a73e8f29998056de77',
    'st4-mil7-observationdeck': 'db736f86d43856c08431acde78b23aafe6259e42f4b729e4d6b24f658c1ace83',
    'st4-mil7-escambray': 'b8c98ae71ab376c377c9cbc2c6190ee8c307a33f7de51ac5d99ea276a12e4210',
    'st4-mil8-butlereagle': '93983cd8fa83b786412d49c77017af46e567fd11524b558e1922090927b1647a',
    'st4-mil8-dw': 'aff6f189a7074342ec56defe514351a78b652b46fa4495c935a2d355debef671',
    'st4-mil8-thewest': '3f7daf6f8d34de63b9e5a82056f24dac826fad7519492b8a64b572ce897b167e',
    'st4-mil8-usmuslims': '3906e77d92b81818f655217e40e7c5b8d7c038e17f7b105d60ec81007a33524c',
    'st4-mil8-pakistankhabar': '551c642d7ce12a319e61b8e43accd95ef25f0a8e1ba98c4434a967488a8ae08a',
    'st4-mil8-thenewsmen': 'be3b1cbb1a0df148eb1774724c3fe2e99eb72f8a4f7f09ea0438136bb16ce5a4',
    'st4-mil8-etemaad': 'ea1a98c924f3d6b83fb1305d57d78b3bdc73b3c20479ecc86cd2fcce0ce418e0',
    'st4-mil9-swissinfo': '5d1d536c0cdce6af5bb0ef64d27de4569ea0db84c32c6de42ffe2d78377b48b4',
    'st4-mil9-livemint': 'e1f5fc42d770e11d07658c16f75b51c11fa133b7b03b97dc472c49437c5fdafd',
    'st4-mil9-fox35': '0c27dc0c6aa883cf8717f8026fa663911d0c0953c157b21f0bcc0b184a993f4c',
    'st4-mil9-people': 'b719dbbfd43268097e4c30518eeecd41c4c8ccac0722e603df46ab0accf3beab',
    'st4-mil9-like123': '97b410e9a6407a03f9d338770b2d369f8e50becd95c4c40569cd2bc458216740',
    'st4-mil9-yahooafp': '611f004f04427a44e276e0fe9ffea08714fb0cc247140582c2c0983b4d03c117',
    'st4-mil9-wmar2': 'dd5d45202880b8c7c9135f9e9282f7ec049a13a3ac1663794f0e540348da33e4',
    'st4-mil9-tunisiesoir': '576131e5c2f2a99f8135cfada529aee0b54fb544133e088943e7761a312902f2',
    'st4-mil9-acmesponge': '67a6cb92dad16156f719e4bc127205fc1fe3ddfd5f90116012dd79d806c4b6c5',
    'st4-mil9-yahoolive': '5fd28e8e091c850feaca1ab44389a35fb68757ccdabcf94b6deef5b788464d16',
    'st4-mil9-dailybeast': 'd0af39cc188db0485d0629d324c17bfbef21ee87790240a1ee9276ba9e0f8d54',
    'st4-mil9-kxxv': 'c654914753a4b75e223ff4f8e8724027354f565a08c0a382eb920809c63aa217',
    'st4-mil9-trenches': '68ed2eb4761eeec93462cea3420cd586ebc4bc2e7b6a6e19fe312da2fc7fadc5',
    'st4-mil9-pastebn': '6ccb034b6c8762b06735debe428f6fa8bd6201b141ddebacea57828ccd6f1b92',
    'st4-mil9-alabamaexpress': '45aea26bb0f8d9b59da401caa220218c3dd18a1a4fedbc0892962fb1360f599b',
    'st4-mil9-topnews': '0152dd13b4d4bcd3deb01f1b69a7146e9e4cd5b92b2fb0324f6198f94ae350ff',
    'st4-mil9-radioplus': '7a814a2b2fe2725cfe478b8775c9875a3b0fd591e48b889da738617d70068204',
    'st4-mil9-studiolatest': '4c8e8cd2e322159d706b7f3e99aae51a16f3e37eb05c6fc7803c12d555e8c046',
    'st4-mil11-fox4': 'e55d8676b71739e77aef6e83e5664366f7b6c6e4ced112dded2056eaa26b223d',
}

# Judgements worth a second look, per story (build.py writes them into hard_cases.json as `note`).
NOTES = {
}

# Pages read and left out (url: why), as web3.LEFT_OUT.
LEFT_OUT = {
}
