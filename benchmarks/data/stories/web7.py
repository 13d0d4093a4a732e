# ruff: noqa: E501
"""Hand labels for real articles found in the search tool's stored web pages in session 22
(issue 19), labelled blind by reading the stored excerpts: unspin's source was not read and
unspin was not run. A seventh part, held out entirely for measurement (no development half).
Validate with check7.py beside this file.

Ids as web6.py: articles `st7-<story code>-<outlet>` (texts at ../realweb/texts/<id>.txt),
stories and families `web7:<slug>`. COUNTS (filled in at the end). The whole part is held out:
no topic is for development. No URL is in another labelled set of benchmarks/data/ (check7.py
checks it). Each excerpt was copied from the tool's JSON answer into a JSON file by hand
(../realweb/st7-raw/) and decoded by a script; slips caught before hashing were fixed, others
may remain (the SHA-256 is of the text as written).

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
counts.

Roles (as web4.py to web6.py): original (the family's labelled source: the earliest-dated
version that carries the wire's or publisher's credit, or the publisher's own dated page),
wire_copy (a client's run of a wire story, credited or not), verbatim_copy, edited_copy (light
edits), partial_copy / excerpt_copy (part of the text, or a teaser), spun_copy (synonym-swapped
or machine-translated back and forth), rewrite (paraphrase of the same text), write_through (the
wire's later version of its own story, reusing its paragraphs), live_blog, likely_source (the
family's probable source, not labelled original because undated or uncredited),
independent_same_story.

Story rule (as web3 to web6): a story is one event with its same-day and next-day follow-ups;
the next step of a storyline, another match, another trading day or another day of a search or
a storm that brings its own new event is another story. A page is put in the story of the latest
event it reports. Families only where shared text is visible in the excerpts; two pages of one
outlet (or of one spinning network) on two different stories are in no family. Quotations
shared by independent reports (a statement, a tweet, a press release) do not make a family.
"""

WEB7_SOURCE = "stored web pages (search tool, corpus 'pages'), session 22"

TOPICS = {
    'chile-miners-2010': ("The 33 miners trapped in the San Jose mine near Copiapo, Chile, 2010: found alive by a probe after 17 days (Sunday 22 August), the Plan B pilot hole reaching 630 metres (the bicentennial weekend, 17-19 September), the Plan B drill breaking through to their refuge (Saturday 9 October), the rescue in the Phoenix capsule, from Florencio Avalos just after midnight to Luis Urzua late on Wednesday 13 October (a rescue's steps, the same names and the same drill)", {
        'web7:miners-found-2010-08-22': ("A probe brings up the note 'All 33 of us are fine in the shelter'; Pinera: 'Today all of Chile is crying with excitement and joy'; a rescue may take until Christmas (Sun 22 Aug 2010, with Monday's follow-ups)", ['storyline-other-day']),
        'web7:miners-pilot-hole-2010-09-17': ('The Plan B drill T-130 breaks through at 630 metres with its 30-centimetre pilot hole; widening to 71 centimetres to follow (the bicentennial weekend, September 2010)', ['storyline-other-day', 'same-names-other-event']),
        'web7:miners-drill-2010-10-09': ("The Plan B drill breaks through to the miners at 622 metres after 33 days of drilling; Golborne: 'We still haven't rescued anybody' (Sat 9 Oct 2010, with Sunday's follow-ups)", ['storyline-other-day', 'same-names-other-event']),
        'web7:miners-rescue-2010-10-13': ('The rescue in the Phoenix capsule: Florencio Avalos out first just after midnight, the foreman Luis Urzua last, late on Wednesday; all 33 out in about 22 hours (Wed 13 Oct 2010, Chile time)', ['storyline-other-day', 'live-blog-and-follow-ups', 'one-event-several-reports']),
    }),
    'pistorius-2013-2016': ("The case of Oscar Pistorius for killing Reeva Steenkamp, 2013-2016: bail granted by Magistrate Nair (Friday 22 February 2013), Judge Masipa clears him of murder (Thursday 11 September 2014) and convicts him of culpable homicide (Friday 12 September), the five-year sentence (Tuesday 21 October 2014), the appeal court's murder conviction (Thursday 3 December 2015), the six-year sentence for murder (Wednesday 6 July 2016) (a trial's steps, the same names, quotations and charges)", {
        'web7:pistorius-bail-2013-02-22': ("Magistrate Desmond Nair grants Pistorius bail of R1 million after a four-day hearing; the case adjourned to 4 June (Fri 22 Feb 2013)", ['storyline-other-day']),
        'web7:pistorius-murder-cleared-2014-09-11': ("Judge Masipa, reading her judgment, rules out premeditated murder and dolus eventualis: 'too hastily', 'excessive force'; the court adjourns before a verdict on culpable homicide (Thu 11 Sept 2014)", ['storyline-other-day', 'same-names-other-event']),
        'web7:pistorius-culpable-homicide-2014-09-12': ("Masipa finds Pistorius guilty of culpable homicide and extends his bail; sentencing set for 13 October (Fri 12 Sept 2014)", ['storyline-other-day', 'same-names-other-event']),
        'web7:pistorius-sentence-2014-10-21': ("Masipa sentences Pistorius to five years for culpable homicide (three suspended for the firearm charge); 'a non-custodial sentence would send a wrong message' (Tue 21 Oct 2014)", ['storyline-other-day', 'live-blog-and-follow-ups']),
        'web7:pistorius-murder-appeal-2015-12-03': ("The Supreme Court of Appeal in Bloemfontein replaces the culpable homicide conviction with murder (dolus eventualis); Justice Leach's ruling (Thu 3 Dec 2015)", ['storyline-other-day', 'same-names-other-event']),
        'web7:pistorius-six-years-2016-07-06': ('Masipa sentences Pistorius to six years for murder (Wed 6 July 2016)', ['storyline-other-day', 'same-names-other-event']),
    }),
    'sandy-2012-10': ("Hurricane Sandy, 2012: landfall near Atlantic City as a post-tropical cyclone and the night of flooding, fire and blackout in New York (Monday 29 October, with Tuesday's aftermath), Obama's tour of New Jersey with Governor Christie (Wednesday 31 October), the New York City Marathon cancelled (Friday 2 November), and Obama's return to the Jersey Shore with Christie (May 2013) (a storm's steps, the same names and places)", {
        'web7:sandy-landfall-2012-10-29': ("Sandy, downgraded to post-tropical at 7 p.m., makes landfall near Atlantic City at 8 p.m.; the surge floods Lower Manhattan, the subway tunnels and Breezy Point, where fire destroys 80 to 100 houses (Mon 29 Oct 2012, with Tuesday's aftermath)", ['storyline-other-day', 'live-blog-and-follow-ups']),
        'web7:sandy-obama-christie-2012-10-31': ("Obama tours the storm damage in New Jersey with Governor Christie by helicopter and visits a shelter in Brigantine; 'great working relationship' (Wed 31 Oct 2012)", ['storyline-other-day', 'one-event-several-reports']),
        'web7:sandy-marathon-cancelled-2012-11-02': ("Bloomberg cancels the New York City Marathon hours after defending it: 'We would not want a cloud to hang over the race' (Fri 2 Nov 2012)", ['storyline-other-day']),
        'web7:sandy-obama-christie-return-2013-05-28': ('Obama goes back to the Jersey Shore with Christie to tour the rebuilt beach towns (Tue 28 May 2013)', ['same-names-other-event']),
    }),
    'all-blacks-rwc-2023': ("New Zealand at the 2023 Rugby World Cup in France: the opening defeat by France at the Stade de France (Friday 8 September), the quarter-final win over Ireland (Saturday 14 October), the semi-final win over Argentina (Friday 20 October), the final lost to South Africa (Saturday 28 October), all in Saint-Denis (one team's successive matches, the same players, ground and coach)", {
        'web7:fra-nzl-2023-09-08': ("France 27-13 New Zealand in the opening match: Telea's two tries, Penaud's and Jaminet's, Ramos' 17 points; the All Blacks' first World Cup pool defeat (Fri 8 Sept 2023)", ['same-team-other-match']),
        'web7:irl-nzl-2023-10-14': ("New Zealand 28-24 Ireland in the quarter-final: tries by Fainga'anuku, Savea and Jordan, a 37-phase Irish attack held out at the end (Sat 14 Oct 2023)", ['same-team-other-match', 'one-event-several-reports']),
        'web7:arg-nzl-2023-10-20': ("New Zealand 44-6 Argentina in the semi-final: Will Jordan's hat-trick (eight in the tournament), Frizell's two tries (Fri 20 Oct 2023)", ['same-team-other-match']),
        'web7:nzl-rsa-2023-10-28': ("South Africa 12-11 New Zealand in the final: Pollard's four penalties, Cane the first player sent off in a final, Beauden Barrett's try; a fourth title (Sat 28 Oct 2023)", ['same-team-other-match', 'one-event-several-reports']),
    }),
}

# (topic, id, story, family, original, role, url, published, title, summary)
CM = 'chile-miners-2010'
CM22, CM0917 = 'web7:miners-found-2010-08-22', 'web7:miners-pilot-hole-2010-09-17'
CM09, CM13 = 'web7:miners-drill-2010-10-09', 'web7:miners-rescue-2010-10-13'
OP = 'pistorius-2013-2016'
OPBAIL, OP11, OP12 = 'web7:pistorius-bail-2013-02-22', 'web7:pistorius-murder-cleared-2014-09-11', 'web7:pistorius-culpable-homicide-2014-09-12'
OP21, OPAPP, OP16 = 'web7:pistorius-sentence-2014-10-21', 'web7:pistorius-murder-appeal-2015-12-03', 'web7:pistorius-six-years-2016-07-06'
SY = 'sandy-2012-10'
SY29, SY31 = 'web7:sandy-landfall-2012-10-29', 'web7:sandy-obama-christie-2012-10-31'
SY02, SY13 = 'web7:sandy-marathon-cancelled-2012-11-02', 'web7:sandy-obama-christie-return-2013-05-28'
AB = 'all-blacks-rwc-2023'
ABFRA, ABIRL = 'web7:fra-nzl-2023-09-08', 'web7:irl-nzl-2023-10-14'
ABARG, ABRSA = 'web7:arg-nzl-2023-10-20', 'web7:nzl-rsa-2023-10-28'
ARTICLES = [
    # --- Chile miners: found alive (Sunday 22 August 2010)
    (CM, 'st7-cm22-latimes', CM22, None, False, 'independent_same_story', 'https://www.latimes.com/archives/la-xpm-2010-aug-23-la-fg-chile-miners-20100823-story.html', '2010-08-23', 'Trapped Chilean miners send note saying they are alive after 17 days', "the Los Angeles Times' story ('SANTIAGO --', a relative 'told Reuters', Pinera sacks the mining regulator's officials)"),
    (CM, 'st7-cm22-thisischile', CM22, None, False, 'independent_same_story', 'https://www.thisischile.cl/thirty-three-trapped-chilean-miners-alive/', None, 'Thirty three trapped Chilean miners alive', "a Chilean promotion site's story of the next day ('yesterday'), the note translated 'All 33 of us are OK, in the refuge'"),
    (CM, 'st7-cm22-heraldtribune', CM22, 'web7:ap-miners-found', True, 'original', 'https://www.heraldtribune.com/story/news/2010/08/23/rescuers-say-trapped-miners/28962963007/', '2010-08-23', 'Rescuers say trapped miners still alive 17 days after collapse', "AP's first story credited 'The Associated Press' in a Florida paper's print edition ('climbed a hill, planted 33 flags', Mario Gomez's note)"),
    (CM, 'st7-cm22-aolnews', CM22, None, False, 'independent_same_story', 'https://megalodon.jp/ref/2010-0824-0937-28/www.aolnews.com/world/article/chilean-miners-found-alive-but-could-be-trapped-till-christmas/19603858', None, 'Chilean miners found alive but could be trapped till Christmas', "AOL News' story in a web archive, quoting AP and the BBC (title read from the address)"),
    (CM, 'st7-cm22-epochtimes', CM22, None, False, 'independent_same_story', 'https://theepochtimes.com/article/chilean-miners-all-alive-after-17-days-1509414', None, 'Chilean miners all alive after 17 days', "The Epoch Times' short item citing the Santiago Times, its six paragraphs repeated twice in the excerpt (title read from the address)"),
    (CM, 'st7-cm22-cbsnews', CM22, 'web7:ap-miners-found', False, 'write_through', 'https://widgets-cbsn.cbsnews.com/news/trapped-chilean-miners-still-alive-after-17-days/', None, 'Trapped Chilean Miners Still Alive after 17 Days', "AP's later version ('euphorically waved the note', the 1983 Chinese rescue) with lines of CBS' own correspondent"),
    (CM, 'st7-cm22-upi', CM22, None, False, 'independent_same_story', 'https://www.upi.com/Top_News/World-News/2010/08/22/33-trapped-Chilean-miners-say-theyre-OK/83191282516621/', '2010-08-22', "33 trapped Chilean miners say they're OK", "UPI's story ('COPIAPO, Chile, Aug. 22 (UPI)'), built on the Santiago Times (title read from the address)"),
    (CM, 'st7-cm22-telegraph', CM22, None, False, 'independent_same_story', 'http://telegraph.co.uk/news/worldnews/southamerica/chile/7959206/Miners-trapped-in-Chile-still-alive-after-17-days.html', None, 'Miners trapped in Chile still alive after 17 days', "The Telegraph's story ('The 33 of us in the shelter are well', plastic tubes with hydration gels); title read from the address"),
    # --- the Plan B pilot hole (September 2010)
    (CM, 'st7-cm0917-keyanhelp', CM0917, None, False, 'independent_same_story', 'http://keyanhelp.cn/world/2010-09/19/content_20963087.htm', '2010-09-19', 'Plan B drill breaks through at 630 metres (untitled)', "a Chinese state agency's story on a mirror site: the pilot hole reaches 630 metres, Sougarret's 'a month (to) a month and a half'; title made up"),
    # --- the drill breaks through (Saturday 9 October 2010)
    (CM, 'st7-cm09-dailybeast', CM09, None, False, 'independent_same_story', 'https://www.thedailybeast.com/drill-breaks-through-to-chilean-miners', None, 'Drill Breaks Through to Chilean Miners', "The Daily Beast's one-paragraph summary (the race of three drills, unreinforced rock or steel pipe)"),
    (CM, 'st7-cm09-guardian', CM09, None, False, 'independent_same_story', 'https://www.theguardian.com/world/2010/oct/09/drill-reaches-trapped-chilean-miners', '2010-10-09', 'Trapped Chilean miners: rescue drill reaches their refuge at last', "The Guardian's story (just after 8am, Juan Sanchez's 'Only now can we begin to smile')"),
    (CM, 'st7-cm09-carbonated', CM09, 'web7:ap-miners-drill', False, 'wire_copy', 'http://www.carbonated.tv/news/drill-team-breaks', None, 'Drill Team Breaks Through To Trapped Miners', "a video site's paste of AP's first version, credited 'yahoonews:' (Darwin Contreras, Jeff Hart of Denver), with doubled quotation marks"),
    (CM, 'st7-cm09-nbcnews', CM09, 'web7:ap-miners-drill', False, 'write_through', 'https://www.nbcnews.com/id/wbna39558833', None, 'Drill breaks through to trapped Chilean miners', "msnbc.com's 'news services' story: AP's later version (the first miners may be out Wednesday, less than 315 feet to be cased)"),
    (CM, 'st7-cm09-wideo', CM09, 'web7:ap-miners-drill', False, 'partial_copy', 'https://wideo.ovh/video/xf4t4a/chilean-miners-reached-by-engineers', '2010-10-09', 'Chilean miners reached by engineers', "a video page's caption: a reworded lead and two of AP's sentences ('three-way race', 'tons of heavy steel pipe')"),
    (CM, 'st7-cm09-standard', CM09, 'web7:ap-miners-drill', False, 'wire_copy', 'http://www.standard.co.uk/newsheadlines/drill-breakthrough-for-chile-miners-6522819.html', None, 'Drill breakthrough for Chile miners', "the Evening Standard's run of AP's story, edited for British readers (Guadalupe Alfaro, '2,041ft')"),
    (CM, 'st7-cm09-lubbock', CM09, 'web7:ap-miners-drill', False, 'write_through', 'https://www.lubbockonline.com/story/news/nation-world/2010/10/10/chiles-trapped-miners-cheer-drill-punches/15259632007/', '2010-10-10', "Chile's trapped miners cheer as drill punches in", "AP's rewritten Sunday version in a Texas paper ('SAN JOSE MINE, Chile —', Geotec's James Stefanic), credit not shown"),
    # --- the rescue (Tuesday night to Wednesday 13 October 2010)
    (CM, 'st7-cm13-arlingtoncardinal', CM13, None, False, 'independent_same_story', 'https://arlingtoncardinal.com/?p=30519', None, 'Florencio Avalos reaches the surface (untitled)', "a Chicago-suburb news site's short item on the first miner out; title made up"),
    (CM, 'st7-cm13-asianage', CM13, None, False, 'independent_same_story', 'http://archive.asianage.com/international/first-33-chile-miners-emerges-safe-023', None, 'First of 33 Chile miners emerges safe', "The Asian Age's three-sentence item ('Copiapo, Chile:') on the first miner out"),
    (CM, 'st7-cm13-dailytribune', CM13, None, False, 'wire_copy', 'https://www.dailytribune.com/2010/10/13/first-of-33-men-rescued-from-chilean-mine/', '2010-10-13', 'First of 33 men rescued from Chilean mine', "AP's first-miner story ('SAN JOSE MINE, Chile —', Bairo sobbed, 'Chi! Chi! Chi! Le! Le! Le!') in a Michigan paper; title read from the address"),
    (CM, 'st7-cm13-constructionweek', CM13, None, False, 'independent_same_story', 'https://www.constructionweekonline.com/article-9774-first-chile-miner-reaches-the-surface', None, 'First Chile miner reaches the surface', "a Gulf construction magazine's story (the three groups of miners, Pinera's 'tears of happiness')"),
    (CM, 'st7-cm13-keyanhelpvideo', CM13, None, False, 'independent_same_story', 'http://m.keyanhelp.cn/video/2010-10/13/content_21115310.htm', '2010-10-13', 'First miner brought to the surface (untitled)', "a Chinese state agency's video caption on a mirror site ('10 minutes after midnight'); title made up"),
    (CM, 'st7-cm13-thestar', CM13, None, False, 'independent_same_story', 'https://www.thestar.com/news/world/2010/10/13/last_miner_rises_from_the_ground.html', '2010-10-13', 'Last miner rises from the ground', "the Toronto Star's story on Urzua out last ('Mission Accomplished', 'I hand the shift over to you')"),
    (CM, 'st7-cm13-guelphchinese', CM13, None, False, 'independent_same_story', 'https://guelphchinese.ca/portal.php?aid=11290&mod=view&page=1', None, 'Last miner rescued (untitled)', "a Chinese state agency's story on the end of the rescue, run by a Canadian community portal with its subheads run in; title made up"),
    (CM, 'st7-cm13-theblogismine', CM13, None, False, 'independent_same_story', 'http://www.theblogismine.com/2010/10/14/free-at-last-all-33-chilean-miners-rescued-after-69-days-underground/', '2010-10-14', 'Free at last: All 33 Chilean Miners Rescued After 69 Days Underground', "a blog's patchwork of several reports (Manuel Gonzalez the last rescuer up at 12.32 am Thursday)"),
    (CM, 'st7-cm13-foxnews', CM13, 'web7:ap-miners-all-out', False, 'partial_copy', 'https://www.foxnews.com/world/chile-celebrates-miracle-rescue', None, 'Chile Celebrates Miracle Rescue', "Fox News' story taking AP's 'The foreman who held the group together ...' sentences among its own"),
    (CM, 'st7-cm13-kaips4shizzo', CM13, 'web7:ap-miners-all-out', False, 'partial_copy', 'https://kaips4shizzo.blogspot.com/2010/10/chile-mine-rescue-all-33-chilean-miners.html', None, 'Chile mine rescue: All 33 Chilean miners rescued', "a blog's paste of a British version of AP's story ('Mr Urzua', 'just over £1,000', Victor Segovia's 'Welcome to life')"),
    (CM, 'st7-cm13-cnnblog', CM13, None, False, 'independent_same_story', 'https://news.blogs.cnn.com/2010/10/14/last-miner-out-hailed-as-shift-boss-who-kept-group-alive/', '2010-10-14', 'Last miner out hailed as shift boss who kept group alive', "CNN's news blog profile of Urzua (October 14th, 2010, 06:51 AM ET)"),
    # --- Pistorius: bail (Friday 22 February 2013)
    (OP, 'st7-op22-ewn', OPBAIL, None, False, 'independent_same_story', 'http://ewn.co.za/2013/02/22/BREAKING-Oscar-Pistorius-granted-bail', '2013-02-22', 'BREAKING: Pistorius granted R1m bail', "Eyewitness News' story ('PRETORIA -', the family spokesman's statement, the bail conditions in the magistrate's words)"),
    (OP, 'st7-op22-yoopya', OPBAIL, 'web7:bbc-pistorius-bail', False, 'edited_copy', 'https://www.yoopya.com/amp/news/oscar-pistorius-granted-bail-in-reeva-steenkamp-case', None, 'Oscar Pistorius granted bail in Reeva Steenkamp case', "the BBC's story lightly edited on a Moroccan portal ('Paralympic sprinter', '£72,000', a repeated caption), without the correspondent's analysis"),
    (OP, 'st7-op22-bbccom', OPBAIL, 'web7:bbc-pistorius-bail', False, 'likely_source', 'http://www.bbc.com/news/world-africa-21548865', None, 'Oscar Pistorius granted bail in Reeva Steenkamp case', "the BBC's story with Andrew Harding's analysis ('he is a broken man'), undated in the excerpt"),
    (OP, 'st7-op22-yahoouk', OPBAIL, None, False, 'independent_same_story', 'https://uk.news.yahoo.com/pistorius-bailed-over-girlfriends-killing-142822975.html', None, 'Oscar Pistorius Gets Bail Over Reeva Killing', "Sky News' story on Yahoo UK (Nair's three 'I have difficulty' sentences, Alex Crawford's account)"),
    (OP, 'st7-op22-macleans', OPBAIL, None, False, 'independent_same_story', 'https://macleans.ca/general/oscar-pistorius-xx-bail/', None, 'Magistrate Desmond Nair grants Oscar Pistorius bail', "Maclean's story (his sister Aimee's tears, 'None of the factors ... have been established')"),
    (OP, 'st7-op22-athleticsafrica', OPBAIL, None, False, 'independent_same_story', 'https://www.athletics.africa/a/articles/261/2013/02/22/magistrate_nair_grants_oscar_pistorius_r1m_bail.html', '2013-02-22', 'Magistrate Nair grants Oscar Pistorius R1m bail', "an African athletics site's story with the bail conditions as a list"),
    (OP, 'st7-op22-bbcuk', OPBAIL, 'web7:bbc-pistorius-bail', False, 'verbatim_copy', 'http://www.bbc.co.uk/news/world-africa-21548865?postId=115437842', None, 'Oscar Pistorius granted bail in Reeva Steenkamp case', "the same BBC story at its British address with a comment's query string: the same excerpt, character for character"),
    (OP, 'st7-op22-hinterland', OPBAIL, None, False, 'independent_same_story', 'http://hinterlandgazette.com/2013/02/oscar-pistorius-bail-decision-granted-bail-magistrate-desmond-nair.html', None, 'Oscar Pistorius Granted Bail by Magistrate Desmond Nair', "a blog's comment ('a throwback to the O.J. Simpson case') followed by an American paper's report, uncredited ('Mr. Pistorius', 'about $112,000')"),
    # --- cleared of murder (Thursday 11 September 2014)
    (OP, 'st7-op11-guardianvideo', OP11, None, False, 'independent_same_story', 'https://webarchive.library.unt.edu/untcsid/20140912033530/http://www.theguardian.com/world/video/2014/sep/11/oscar-pistorius-not-guilty-murder-reeva-steenkamp-judge-video', '2014-09-11', 'Oscar Pistorius not guilty of murder of Reeva Steenkamp, says judge - video', "The Guardian's video caption in a university's web archive"),
    (OP, 'st7-op11-indy100', OP11, None, False, 'independent_same_story', 'https://www.indy100.com/news/everything-you-need-to-know-about-the-oscar-pistorius-verdicts-7246316', '2014-09-11', 'Everything you need to know about the Oscar Pistorius verdicts', "indy100's question-and-answer piece (Thursday 11 September 2014 14:00)"),
    (OP, 'st7-op11-thesouthafrican', OP11, None, False, 'independent_same_story', 'https://www.thesouthafrican.com/news/not-guilty-murder-out-culpable-homicide-still-a-possibility-for-oscar-pistorius/', None, 'NOT GUILTY: Murder out; Culpable Homicide still a possibility for Oscar Pistorius', "The South African's lunchtime item ('As the court adjourns for lunch')"),
    (OP, 'st7-op11-pedestrian', OP11, None, False, 'independent_same_story', 'https://www.pedestrian.tv/news/oscar-pistorius-found-not-guilty-of-premeditated-murder-still-faces-culpable-homicide-charges/', None, 'Oscar Pistorius Found Not Guilty of Premeditated Murder, Still Faces Culpable Homicide Charges', "an Australian youth site's account of the judgment's reading ('Judge Thokosile Mazipa', sic)"),
    (OP, 'st7-op11-dyrt', OP11, None, False, 'independent_same_story', 'http://www.dyrt.co.uk/oscar-pistorius-found-not-guilty-of-murder/', None, 'Oscar Pistorius found not guilty of murder', "a British site's story at the day's end ('must wait until Friday'), a national paper's wording"),
    (OP, 'st7-op11-obysconnect', OP11, None, False, 'independent_same_story', 'https://www.obysconnect.com/2014/09/news-update-oscar-pistorius-will-not-be.html', None, 'News Update: Oscar Pistorius will not be found guilty of murder', "a Nigerian blog's update written before the adjournment ('expected later today'), from an American network's story"),
    (OP, 'st7-op11-femalefirst', OP11, None, False, 'independent_same_story', 'https://www.femalefirst.co.uk/celebrity/oscar-pistorius-guilty-murder-534935.html', None, 'Oscar Pistorius found not guilty of murder (untitled)', "a celebrity site's agency story on the adjournment ('akin to manslaughter in British law'); title made up"),
    # --- culpable homicide (Friday 12 September 2014)
    (OP, 'st7-op12-straitstimes', OP12, None, False, 'independent_same_story', 'https://www.straitstimes.com/news/world/more-world-stories/story/oscar-pistorius-found-guilty-culpable-homicide-over-girlfriends-', None, "Oscar Pistorius found guilty of culpable homicide over girlfriend's shooting death", "The Straits Times' story from agency copy ('PRETORIA (AFP/REUTERS) -'), with photo captions of 12 September"),
    # --- five years (Tuesday 21 October 2014)
    (OP, 'st7-op21-kaynaija', OP21, None, False, 'independent_same_story', 'https://kaynaija.blogspot.com/2014/10/oscar-pistorius-sentenced-5-years.html', None, 'Oscar Pistorius sentenced to 5 years (untitled)', "a Nigerian blog's list of the two sentences; title read from the address"),
    (OP, 'st7-op21-express', OP21, None, False, 'independent_same_story', 'https://www.express.co.uk/news/world/525464/Oscar-Pistorius-live-sentencing-hearing-Reeva-Steenkamp?utm_source=feedburner&utm_medium=feed&utm_campaign=Feed%253A+daily-express-world-news+%2528Express+%253A%253A+World+Feed%2529', None, 'Pistorius jailed for five years for shooting Reeva - but could be freed in TEN MONTHS', "the Daily Express' story at the address of its live page (Roux's ten months, the prosecutors' 20)"),
    (OP, 'st7-op21-uinterview', OP21, None, False, 'independent_same_story', 'https://uinterview.com/news/oscar-pistorius-sentencing-former-olympian-gets-5-years-in-prison/', None, 'Oscar Pistorius Sentencing: Former Olympian Gets 5 Years In Prison', "an entertainment site's story (the prosecution spokesman Nathi Mncube); title read from the address"),
    (OP, 'st7-op21-independent', OP21, None, False, 'live_blog', 'http://independent.co.uk/news/world/africa/oscar-pistorius-sentenced-to-five-years-in-prison-watch-it-as-it-happened-9807501.html', None, 'Oscar Pistorius sentenced to five years in prison: Watch it as it happened', "The Independent's closed live page: its summary after a donation appeal"),
    (OP, 'st7-op21-bbctodays', OP21, None, False, 'live_blog', 'https://bbctodays.pages.dev/news/live/world-africa-29633280', '2014-10-21', 'Oscar Pistorius sentencing (live page)', "a mirror of the BBC's live page: the summary and the last entries (12:37 to 12:48 BST, 21 October 2014); title made up"),
    (OP, 'st7-op21-reuterspix', OP21, None, False, 'independent_same_story', 'http://www.reuters.com/news/picture/oscar-pistorius-sentenced-idUSRTR4AZ0H', '2014-10-21', 'Oscar Pistorius sentenced', "Reuters' picture gallery captions (Tue Oct 21, 2014)"),
    (OP, 'st7-op21-odt', OP21, None, False, 'wire_copy', 'http://www.odt.co.nz/news/world/320669/pistorius-jailed-five-years-killing', None, 'Pistorius jailed five years for killing', "the Otago Daily Times' run of an agency story ('negligent killing', 'Blade Runner' and the London 2012 semifinal), uncredited"),
    # --- murder on appeal (Thursday 3 December 2015)
    (OP, 'st7-op1203-givemesport', OPAPP, 'web7:pa-pistorius-appeal', False, 'wire_copy', 'https://www.givemesport.com/669454-oscar-pistorius-convicted-of-murder-by-south-africa-court-of-appeal', None, 'Oscar Pistorius convicted of murder by South Africa Court of Appeal', "a British agency's first version on a sports site ('But that verdict which was amended', sic), uncredited"),
    (OP, 'st7-op1203-wideo', OPAPP, None, False, 'independent_same_story', 'https://wideo.ovh/video/x3gpjne/pistorius-convicted-of-murder-on-appeal', '2015-12-03', 'Pistorius convicted of murder on appeal', "a video page's one-sentence caption"),
    (OP, 'st7-op1203-dailymailpa', OPAPP, 'web7:pa-pistorius-appeal', False, 'write_through', 'http://www.dailymail.co.uk./wires/pa/article-3344149/Oscar-Pistorius-convicted-murder-South-Africa-Court-Appeal.html', None, 'Oscar Pistorius facing lengthy prison term after conviction changed to murder', "the agency's later version on the Daily Mail's wire pages (the 15-year minimum, 'Shakespearean proportions'), credited by the address"),
    (OP, 'st7-op1203-rssing', OPAPP, None, False, 'independent_same_story', 'https://sunday2040.rssing.com/chan-41711222/article2668.html', None, 'Appeal: Court finds Pistorius guilty of murder', "a feed archive's copy of a story with a paragraph repeated ('State prosecutors who lodged the appeal ...')"),
    (OP, 'st7-op1203-indy100', OPAPP, None, False, 'independent_same_story', 'https://www.indy100.com/news/oscar-pistorius-guilty-of-murder-what-you-need-to-know-7285481', None, 'Oscar Pistorius guilty of murder: what you need to know', "indy100's bullet points; title read from the address"),
    (OP, 'st7-op1203-sundayworld', OPAPP, None, False, 'independent_same_story', 'http://www.sundayworld.com/style/showbiz/oscar-pistorius-found-guilty-of-murder', None, 'Oscar Pistorius found guilty of murder', "an Irish paper's showbiz page: a celebrity agency's story (Leach's 'not one but four shots')"),
    (OP, 'st7-op1203-dailybeast', OPAPP, None, False, 'independent_same_story', 'https://www.thedailybeast.com/pistorius-verdict-changed-to-murder', '2015-12-03', 'Pistorius verdict changed to murder', "The Daily Beast's cheat-sheet item (date 2015-12-03); title read from the address"),
    # --- six years (Wednesday 6 July 2016)
    (OP, 'st7-op0706-femalefirst', OP16, None, False, 'independent_same_story', 'https://femalefirst.co.uk/celebrity/oscar-pistorius-sentenced-six-years-prison-962839.html', None, 'Oscar Pistorius sentenced to six years in prison (untitled)', "a celebrity site's agency story ('Wednesday (06.07.16)', 'a fallen hero'); title made up"),
    # --- Sandy: landfall and the night in New York (Monday 29 October 2012, with Tuesday)
    (SY, 'st7-sy29-wrdw', SY29, None, False, 'independent_same_story', 'http://www.wrdw.com/home/headlines/Hurricane-Sandy-downgraded-to-tropical-storm-176346171.html?site=mobile', None, 'Hurricane Sandy is now a post-tropical cyclone', "a Georgia station's meteorologist's three-sentence update on the landfall"),
    (SY, 'st7-sy29-njcom', SY29, 'web7:njcom-sandy-landfall', False, 'likely_source', 'https://www.nj.com/news/2012/10/hurricane_sandy_makes_landfall.html', None, 'Hurricane Sandy makes landfall', "NJ.com's landfall story with its storm-update box (address gives only the month); title read from the address"),
    (SY, 'st7-sy29-pressofac', SY29, None, False, 'independent_same_story', 'http://www.pressofatlanticcity.com/news/press/atlantic/sandy-makes-landfall-as-northeaster-just-before-p-m-near/article_a8a07b4e-21b0-11e2-a706-001a4bcf887a.html?mode=image&photo=', None, 'Sandy makes landfall as northeaster just before 8 p.m. near Atlantic City', "The Press of Atlantic City's story (945 millibars, 8.9 feet at Steel Pier); title read from the address"),
    (SY, 'st7-sy29-theweek', SY29, None, False, 'independent_same_story', 'http://theweek.com/articles/470933/hurricane-sandy-incredible-photos-firsthand-accounts-damage', None, 'Hurricane Sandy: incredible photos and firsthand accounts of the damage', "The Week's gallery introduction written on Tuesday (7 million without power); title read from the address"),
    (SY, 'st7-sy29-heavy', SY29, 'web7:njcom-sandy-landfall', False, 'rewrite', 'https://heavy.com/news/2012/10/hurricane-sandy-finally-makes-official-landfall/amp', None, 'Hurricane Sandy FINALLY Makes Official Landfall', "Heavy's story rewording NJ.com's ('similar to a nor'easter but as powerful as a Category 1 hurricane'), with Christie's anger at the Atlantic City mayor"),
    (SY, 'st7-sy29-reuters', SY29, None, False, 'independent_same_story', 'http://in.reuters.com/article/storm-sandy-landfall-idINDEE89S0DL20121030', '2012-10-30', 'Storm Sandy makes landfall (untitled)', "Reuters' two-sentence flash (Reporting by Kevin Gray) on its Indian site; title made up from the address"),
    (SY, 'st7-sy29-cbsphilly', SY29, None, False, 'independent_same_story', 'https://cbsnews.com/philadelphia/news/worst-case-scenario', None, 'Sandy Makes Landfall At The Jersey Shore', "CBS Philadelphia's early-evening story (landfall 'at about 6 p.m.', Christie's 'If it looks stupid, it is stupid')"),
    (SY, 'st7-sy29-masslive', SY29, None, False, 'wire_copy', 'https://www.masslive.com/news/2012/10/hurricane_sandy_downgraded_to.html', None, 'Hurricane Sandy downgraded to post-tropical storm', "AP's Monday-evening take by Erin McClam and Katie Zezima ('The eye has almost made landfall') on a Massachusetts site"),
    (SY, 'st7-sy29-5tjt', SY29, 'web7:nbcny-sandy-aftermath', False, 'partial_copy', 'http://www.5tjt.com/the-aftermath-of-sandys-path-of-destruction/', None, "The aftermath of Sandy's path of destruction", "a Jewish weekly's page built on an early version of NBC New York's Tuesday story ('About a dozen deaths', 50 homes at Breezy Point) with a British paper's photo captions; title read from the address"),
    (SY, 'st7-sy29-huffpost', SY29, None, False, 'independent_same_story', 'http://www.huffingtonpost.com/2012/11/02/hurricane-sandy-horror-stories_n_2060683.html?ir=Technology', '2012-11-02', 'Hurricane Sandy horror stories', "HuffPost's recap of the night of 29 October (the Con Edison explosion, the @ComfortablySmug hoax, NYU Langone's babies); title read from the address"),
    (SY, 'st7-sy29-nbcnewyork', SY29, 'web7:nbcny-sandy-aftermath', False, 'likely_source', 'https://www.nbcnewyork.com/news/local/Hurricane-Sandy-Power-Outages-Flooding-New-York-New-Jersey-Hospitals-176366261.html', None, 'Deadly Sandy Leaves Millions Without Power, Floods Mass Transit', "NBC New York's Tuesday-night version (at least 38 dead, Con Ed's four days, Obama to tour New Jersey); the video caption's date is wrong"),
    (SY, 'st7-sy29-northjersey', SY29, None, False, 'independent_same_story', 'http://www.northjersey.com/news/nation/10-dead-water-fire-destruction-nyc-after-the-superstorm-1.342787', None, '10 dead, water, fire, destruction: NYC after the superstorm', "The Record's Tuesday walk through Manhattan (South Street Seaport, the Upper East Side)"),
    (SY, 'st7-sy29-independentsentinel', SY29, None, False, 'independent_same_story', 'http://www.independentsentinel.com/hurricane-sandy-wreaks-catastrophic-damage-in-new-york/', None, 'Hurricane Sandy Wreaks Catastrophic Damage in New York', "a conservative blog's list of the damage, updated '10:31:12' (44 dead), quoting WABC-TV on Breezy Point"),
    (SY, 'st7-sy29-kpbs', SY29, None, False, 'independent_same_story', 'https://www.kpbs.org/news/2012/10/30/sandy-deals-new-york-city-flooding-fire-and', '2012-10-30', 'Sandy Deals New York City Flooding, Fire and Blackouts', "NPR's early-Tuesday story on a San Diego station's site (Robert Smith in Lower Manhattan, Lhota's statement)"),
    (SY, 'st7-sy29-nydailynews', SY29, None, False, 'independent_same_story', 'https://www.nydailynews.com/new-york/deadly-hurricane-sandy-takes-20b-toll-city-article-1.1195048', None, 'Apocalypse N.Y.: Hurricane Sandy kills 32, takes estimated $20 billion toll on the city after deadly two-day attack', "the Daily News' Tuesday-night story (Equacat's $20 billion, Bloomberg's 'road to recovery')"),
    (SY, 'st7-sy29-shadowproof', SY29, None, False, 'independent_same_story', 'https://shadowproof.com/2012/10/30/sandy-tuesday-morning-catch-up/amp/', '2012-10-30', 'Sandy: Tuesday morning catch up', "a blog's list of the night's events (the crane, the tanker aground, the HMS Bounty)"),
    (SY, 'st7-sy29-thehill', SY29, None, False, 'independent_same_story', 'https://thehill.com/homenews/campaign/264893-obama-to-tour-hurricane-ravaged-new-jersey-with-christie', None, 'Obama to tour hurricane-ravaged New Jersey with Christie', "The Hill's Tuesday story: the tour announced for Wednesday, Obama's remarks at the Red Cross"),
    # --- Obama and Christie tour New Jersey (Wednesday 31 October 2012)
    (SY, 'st7-sy31-newsday', SY31, None, False, 'wire_copy', 'https://www.newsday.com/news/nation/obama-tours-storm-battered-n-j-with-christie-1.4175560', None, 'Obama tours storm-battered N.J. with Christie', "AP's tour story ('BRIGANTINE, N.J. --', 'yesterday') in Newsday's print edition, uncredited in the excerpt"),
    (SY, 'st7-sy31-mndaily', SY31, None, False, 'independent_same_story', 'https://mndaily.com/226943/uncategorized/obama-christie-survey-sandy-damage/', None, 'Obama, Christie survey Sandy damage', "the Minnesota Daily's short story of the next day, citing USA Today and The New York Times"),
    (SY, 'st7-sy31-wapo', SY31, None, False, 'independent_same_story', 'https://www.washingtonpost.com/news/the-fix/wp/2012/10/31/president-obama-gov-christie-to-tour-storm-damage-together-in-new-jersey/', '2012-10-31', 'President Obama, Gov. Chris Christie touring storm damage together in New Jersey', "The Washington Post's blog post, 'Updated at 5:20 p.m.'"),
    (SY, 'st7-sy31-theblogismine', SY31, None, False, 'independent_same_story', 'http://www.theblogismine.com/2012/10/31/hurricane-sandy-president-obama-tours-storm-damage-in-new-jersey-gallery/', '2012-10-31', 'Hurricane Sandy: President Obama Tours Storm Damage in New Jersey [Gallery]', "a blog's gallery of White House photo captions (Brigantine, Oct. 31, 2012), each caption doubled"),
    (SY, 'st7-sy31-thehill', SY31, None, False, 'independent_same_story', 'https://thehill.com/homenews/campaign/265175-obama-christie-praise-one-another-after-touring-devastated-jersey-shore', None, 'Obama tours devastated Jersey Shore with Christie, promises help', "The Hill's Wednesday story ('here for the long haul', Christie's reelection test in 2013)"),
    (SY, 'st7-sy31-theworld', SY31, None, False, 'independent_same_story', 'https://theworld.org/stories/2016/07/31/obama-christie-survey-sandy-flood-damage', None, 'Obama, Christie survey Sandy flood damage', "GlobalPost's story on PRI's The World, citing AFP and The New York Times (the address's 2016 date is a site migration's)"),
    # --- Obama and Christie again (May 2013)
    (SY, 'st7-sy13-nationaljournal', SY13, None, False, 'independent_same_story', 'https://www.nationaljournal.com/s/53273?mrefid=skybox', None, 'What Obama and Christie Saw on Their Last Tour: Pictures of New Jersey After Hurricane Sandy', "National Journal's gallery introduction written before Obama's return ('goes back to New Jersey on Tuesday'), under a date line of 31 October 2012"),
    # --- the marathon cancelled (Friday 2 November 2012)
    (SY, 'st7-sy02-1340thefan', SY02, None, False, 'independent_same_story', 'http://1340thefan.com/new-york-city-marathon-cancelled-in-aftermath-of-sandy/', None, 'New York City Marathon cancelled in aftermath of Sandy', "a sports radio station's three paragraphs (the media tents' generators); title read from the address"),
    (SY, 'st7-sy02-cnycentral', SY02, 'web7:ap-marathon-cancelled', False, 'wire_copy', 'http://cnycentral.com/news/local/bloomberg-backs-down-cancels-nyc-marathon?id=820843', None, 'Bloomberg backs down, cancels NYC Marathon', "a Syracuse station's run of AP's short story ('still shivering without electricity', Giuliani after September 2001) under its own lead"),
    (SY, 'st7-sy02-wusa9', SY02, None, False, 'independent_same_story', 'http://www.wusa9.com/story/local/2012/11/02/3974657/', '2012-11-02', 'NYC Marathon canceled (untitled)', "a Washington station's item with Bloomberg's statement; title made up"),
    (SY, 'st7-sy02-phillymag', SY02, None, False, 'independent_same_story', 'https://www.phillymag.com/news/2012/11/02/mayor-bloomberg-york-marathon-canceled/', '2012-11-02', 'Mayor Bloomberg: New York Marathon Canceled', "Philadelphia magazine's blog item quoting the statement via NBC News"),
    (SY, 'st7-sy02-wthr', SY02, 'web7:ap-marathon-cancelled', False, 'wire_copy', 'http://www.wthr.com/article/bloomberg-nyc-marathon-canceled', None, 'Bloomberg: NYC Marathon canceled', "an Indianapolis station's run of AP's longer version ('Copyright 2012 The A...'), with the Staten Island relief fund"),
    (SY, 'st7-sy02-complex', SY02, None, False, 'independent_same_story', 'https://www.complex.com/sports/2012/11/the-new-york-city-marathon-has-been-canceled-because-of-hurricane-sandy', None, 'The New York City Marathon has been canceled because of Hurricane Sandy', "Complex's item via ESPN New York (Bloomberg's noon 'you can grieve, you can cry'); title read from the address"),
    (SY, 'st7-sy02-abc57', SY02, None, False, 'independent_same_story', 'https://www.abc57.com/news/new-york-marathon-canceled-for-the-first-time', None, 'New York Marathon canceled for the first time', "an Indiana station's four-sentence item"),
    # --- All Blacks: France (Friday 8 September 2023)
    (AB, 'st7-ab08-thetimes', ABFRA, None, False, 'independent_same_story', 'https://www.thetimes.co.uk/article/france-vs-new-zealand-rugby-world-cup-2023-8q06j7k5k', '2023-09-08', 'France 27 New Zealand 13', "The Times' match report, its opening"),
    (AB, 'st7-ab08-skysports', ABFRA, None, False, 'independent_same_story', 'https://www.skysports.com/rugby-union/news/12321/12957486/france-27-13-new-zealand-damian-penaud-strikes-as-france-come-from-behind-to-claim-opening-rugby-world-cup-win-vs-new-zealand', None, 'France 27-13 New Zealand: Damian Penaud strikes as France come from behind to claim opening Rugby World Cup win vs New Zealand', "Sky Sports' report with its score summary (Telea's try at 91 seconds)"),
    (AB, 'st7-ab08-looppng', ABFRA, None, False, 'independent_same_story', 'https://www.looppng.com/rugby/france-beat-beautiful-and-fabulous-new-zealand-27-13-opener-122654', '2023-09-09', "France beat 'beautiful and fabulous' New Zealand 27-13 in opener", "the tournament's official report (the player of the match, Foster's and Savea's words) on a Papua New Guinea site; title read from the address"),
    (AB, 'st7-ab08-dailymaverick', ABFRA, None, False, 'independent_same_story', 'https://www.dailymaverick.co.za/article/2023-09-09-france-live-up-to-expectations-after-condemning-the-all-blacks-to-another-unwanted-first-at-rwc-2023/', '2023-09-09', 'France live up to expectations after condemning the All Blacks to another unwanted first at RWC 2023', "Daily Maverick's report (Macron booed, 78,900 crowd); title read from the address"),
    (AB, 'st7-ab08-flashscore', ABFRA, None, False, 'wire_copy', 'https://www.flashscore.com/news/rugby-union-world-cup-france-down-all-blacks-to-open-home-world-cup-with-a-bang/tChykzVj/', None, 'France down All Blacks to open home World Cup with a bang', "an agency's report ('burnishing their title ambitions') on a scores site, uncredited, under a wrong date line (1 April 2023); title read from the address"),
    (AB, 'st7-ab08-apnews', ABFRA, None, False, 'independent_same_story', 'https://173-dot-apnews-int.appspot.com/article/france-new-zealand-rugby-world-cup-fe58736779d3fca7d84683e8cb2e9888', '2023-09-08', 'France achieves statement win over New Zealand in Rugby World Cup opener', "AP's own report ('PARIS (AP) —', Galthié's 'We've ticked a box') on a mirror of its site"),
    (AB, 'st7-ab08-yahoouk', ABFRA, None, False, 'independent_same_story', 'https://uk.sports.yahoo.com/news/penaud-inspires-france-winning-start-212714878.html', None, 'Penaud inspires France to winning start at Rugby World Cup against All Blacks', "a British paper's report (the giant golden Eiffel Tower, La Marseillaise) on Yahoo UK"),
    (AB, 'st7-ab08-betxchange', ABFRA, None, False, 'verbatim_copy', 'https://betxchange.in/report-score-highlights-damian-penaud-try/', None, 'Report, score, highlights, Damian Penaud try', "an Australian site's report ('Allez, Allez indeed', '29-13' sic) copied by a betting site under a keyword headline"),
    # --- Ireland, quarter-final (Saturday 14 October 2023)
    (AB, 'st7-ab14-newshub', ABIRL, None, False, 'independent_same_story', 'https://www.newshub.co.nz/home/rugby-world-cup-2023/2023/10/rugby-world-cup-all-blacks-break-irish-hearts-with-colossal-quarter-final-victory-in-paris.html', None, 'Rugby World Cup: All Blacks break Irish hearts with colossal quarter-final victory in Paris', "Newshub's report (Telea dropped for breaching team protocol)"),
    (AB, 'st7-ab14-superrugby', ABIRL, None, False, 'independent_same_story', 'https://super.rugby/therugbychampionship/news/rwc-2023-all-blacks-down-ireland-in-classic-to-book-semi-final-spot/', None, 'RWC 2023: All Blacks down Ireland in classic to book semi-final spot', "the Super Rugby site's report (Cane's 21 tackles); title read from the address"),
    (AB, 'st7-ab14-rnz', ABIRL, 'web7:reuters-irl-nzl', True, 'original', 'https://amp.rnz.co.nz/article/bc385302-678a-4b7f-b21d-77f566c18af1', '2023-10-15', 'Rugby World Cup 2023: All Blacks down Ireland in thriller to reach World Cup semi-finals', "Reuters' report credited '- Reuters' on RNZ (11:27 am on 15 October 2023, New Zealand time)"),
    (AB, 'st7-ab14-flashscore', ABIRL, 'web7:reuters-irl-nzl', False, 'wire_copy', 'https://flashscore.co.uk/news/rugby-union-world-cup-new-zealand-down-valiant-ireland-in-world-cup-epic-to-reach-semis/pG5ggEXP', None, 'New Zealand down valiant Ireland in World Cup epic to reach semis', "Reuters' report without its lead, uncredited, on a scores site"),
    (AB, 'st7-ab14-teaonews', ABIRL, 'web7:reuters-irl-nzl', False, 'rewrite', 'https://www.teaonews.co.nz/2023/10/15/all-blacks-edge-out-ireland-in-world-cup-thriller/', '2023-10-15', 'All Blacks edge out Ireland in World Cup thriller', "a Māori news site's rewording of Reuters' paragraphs ('put paid to Ireland's 17-test winning streak') with a local angle (Gibson-Park, Aotea); title read from the address"),
    (AB, 'st7-ab14-kstp', ABIRL, None, False, 'wire_copy', 'https://kstp.com/associated-press/ap-national-sports/new-zealand-withstands-ireland-comebacks-to-win-epic-rugby-world-cup-quarterfinal/', '2023-10-14', 'New Zealand withstands Ireland comebacks to win epic Rugby World Cup quarterfinal', "AP's first take ('PARIS (AP) —', '37 Irish phashes' sic) on a Minnesota station's site; title read from the address"),
    (AB, 'st7-ab14-wwos', ABIRL, None, False, 'independent_same_story', 'https://wwos.nine.com.au/rugby/world-cup-news-2023-ireland-vs-new-zealand-all-blacks-match-highlights-results-video-report/fd03681d-b747-49a0-bcd9-c016fe9e1824', '2023-10-14', 'Ireland vs New Zealand: All Blacks match report', "Nine's Wide World of Sports report ('Doubt them if you dare'); title made up from the address"),
    (AB, 'st7-ab14-iafrica', ABIRL, 'web7:reuters-irl-nzl', False, 'wire_copy', 'https://iafrica.com/new-zealand-down-ireland-in-thriller-to-reach-world-cup-semi-finals/', None, 'New Zealand down Ireland in thriller to reach World Cup semi-finals', "Reuters' report in full, credited 'Reuters', on a South African portal; title read from the address"),
    # --- Argentina, semi-final (Friday 20 October 2023)
    (AB, 'st7-ab20-thetimes', ABARG, None, False, 'independent_same_story', 'https://www.thetimes.co.uk/article/argentina-vs-new-zealand-rugby-world-cup-report-7s3ws89qv', '2023-10-20', 'Argentina 6 New Zealand 44', "The Times' report, its opening (emerald jerseys in the crowd)"),
    (AB, 'st7-ab20-rugbyworld', ABARG, None, False, 'independent_same_story', 'https://www.rugbyworld.com/countries/argentina-countries/new-zealand-into-rugby-world-cup-final-again-161865', '2023-10-20', 'New Zealand into Rugby World Cup final again', "Rugby World's report (the stadium DJ); title read from the address"),
    (AB, 'st7-ab20-abcau', ABARG, None, False, 'independent_same_story', 'https://fanyv88.com:443/https/amp.abc.net.au/article/103005384', None, "Five quick hits — All Blacks thrash Argentina in Rugby World Cup semifinal, Will Jordan comes close to Jonah Lomu's record", "the ABC's analysis by Simon Smale seen through a proxy"),
    (AB, 'st7-ab20-nzherald', ABARG, None, False, 'independent_same_story', 'https://www.nzherald.co.nz/sport/all-blacks-rugby-world-cup-final-kickoff-time-how-to-watch-in-new-zealand/W7Y5X4GRHRE77OI4CJTSEAZJYU/', '2023-10-21', 'All Blacks into the Rugby World Cup final (untitled)', "the New Zealand Herald's story ('today', New Zealand time) under an address about the final's kick-off time; title made up"),
    (AB, 'st7-ab20-newshub', ABARG, None, False, 'independent_same_story', 'https://www.newshub.co.nz/home/rugby-world-cup-2023/2023/10/rugby-world-cup-all-blacks-comprehensively-outclass-argentina-to-seal-place-to-2023-final.html', None, 'Rugby World Cup: All Blacks comprehensively outclass Argentina to seal place to 2023 final', "Newshub's report (seven tries, two penalties conceded)"),
    (AB, 'st7-ab20-timesofmalta', ABARG, None, False, 'excerpt_copy', 'https://timesofmalta.com/articles/view/new-zealand-rugby-world-cup-final-outclassing-argentina.1062537', '2023-10-20', 'New Zealand into Rugby World Cup final after outclassing Argentina', "Times of Malta's teaser of an agency report ('Read full story on sport.timesofmalta.com'); title read from the address"),
    (AB, 'st7-ab20-1news', ABARG, None, False, 'independent_same_story', 'https://www.1news.co.nz/2023/10/21/jordan-scores-hat-trick-as-all-blacks-crush-pumas-to-cruise-into-final', '2023-10-21', 'Jordan scores hat-trick as All Blacks crush Pumas to cruise into final', "1News' report ('this morning', Cardiff 2015 recalled)"),
    (AB, 'st7-ab20-wwos', ABARG, None, False, 'independent_same_story', 'https://wwos.nine.com.au/rugby/world-cup-2023-new-zealand-all-blacks-argentina-results-highlights-video/dfc4de2e-f809-40b5-9645-0c41b5b2e567', None, 'New Zealand beat Argentina to reach the final (untitled)', "Nine's four-sentence video item; title made up"),
    # --- South Africa, final (Saturday 28 October 2023)
    (AB, 'st7-ab28-etvbharat', ABRSA, None, False, 'wire_copy', 'https://www.etvbharat.com/english/sports/other-sports/south-africa-hold-on-to-beat-new-zealand-12-11-and-win-historic-fourth-rugby-world-cup-title/na20231029101742701701655', '2023-10-29', 'South Africa hold on to beat New Zealand 12-11 and win historic fourth Rugby World Cup title', "AP's report (Kolisi's words, Federer in the stands) on an Indian site ('Paris :'), uncredited; title read from the address"),
    (AB, 'st7-ab28-mylocaldigital', ABRSA, 'web7:age-rwc-final', False, 'verbatim_copy', 'https://www.mylocaldigitalmarketing.com.au/2023/10/28/south-africa-win-rugby-world-cup-for-fourth-time/', '2023-10-28', 'South Africa win Rugby World Cup for fourth time', "a marketing firm's blog copying the Melbourne paper's report, its photo credit included"),
    (AB, 'st7-ab28-theage', ABRSA, 'web7:age-rwc-final', True, 'original', 'https://www.theage.com.au/sport/rugby-union/south-africa-win-rugby-world-cup-for-fourth-time-20231029-p5eftq.html?ref=rss&utm_medium=rss&utm_source=rss_feed', '2023-10-28', 'South Africa win Rugby World Cup for fourth time', "The Age's report ('Saturday night (Sunday AEDT)'), its first four paragraphs; title read from the address"),
    (AB, 'st7-ab28-expressandstar', ABRSA, None, False, 'wire_copy', 'https://www.expressandstar.com/sport/uk-sports/2023/10/28/south-africa-edge-new-zealand-to-win-rugby-world-cup-for-record-fourth-time/', '2023-10-28', 'South Africa edge New Zealand to win Rugby World Cup for record fourth time', "a British agency's report on a Midlands paper's site; title read from the address"),
    (AB, 'st7-ab28-japantimes', ABRSA, None, False, 'wire_copy', 'https://www.japantimes.co.jp/sports/2023/10/29/more-sports/south-africa-champions/', '2023-10-29', 'South Africa champions (untitled)', "an agency's report ('an arm-wrestle of a Rugby World Cup final', 80,065 crowd) in The Japan Times; title made up from the address"),
    (AB, 'st7-ab28-couriermail', ABRSA, None, False, 'independent_same_story', 'https://newsbite.mooo.com/www.couriermail.com.au/sport/rugby/rugby-world-cup-final-south-africa-def-new-zealand-sam-cane-sent-off-in-wild-contest/news-story/79bc3aa60d0544cce4573fcaba6c6736', None, 'Rugby World Cup final: South Africa def New Zealand, Sam Cane sent off in wild contest', "the Courier-Mail's report seen through a proxy ('on Sunday morning', Mandela in 1995)"),
    (AB, 'st7-ab28-skysports', ABRSA, None, False, 'independent_same_story', 'https://www.skysports.com/rugby-union/news/12337/12994931/new-zealand-11-12-south-africa-handre-pollard-kicks-springboks-to-rugby-world-cup-triumph-after-sam-cane-red-card', None, 'New Zealand 11-12 South Africa: Handre Pollard kicks Springboks to Rugby World Cup triumph after Sam Cane red card', "Sky Sports' report with its score summary"),
    (AB, 'st7-ab28-independent', ABRSA, None, False, 'independent_same_story', 'https://www.independent.co.uk/tv/news/south-africa-players-brought-b2437799.html', '2023-10-28', 'South Africa players brought to tears (untitled)', "The Independent's video caption; title made up from the address"),
]

SHA256 = {
    'st7-cm22-latimes': 'a5a1ecae8484dfa08650a12d513d0be0a7b0e89bdb314ec02f74276f55725ec6',
    'st7-cm22-thisischile': '5c8039574ea8bdc172c73ca4a71da51e7e9b9883a3effb62f85cce929a65276c',
    'st7-cm22-heraldtribune': '3eca3642d713badd00812df68e720c55451fb3f47adb1f18d1b4da7ac268cb20',
    'st7-cm22-aolnews': 'd86ba6e44ba3e3da444449dfc58aa969ea34eed07296afad28c7deb91e55256e',
    'st7-cm22-epochtimes': 'b316ed74f81f8a2c97f2b07845277140e747071ec983baa0905342b3615bc216',
    'st7-cm22-cbsnews': 'd9aa7ab37d5d683183cb31d1d96fcaad86e78040e7e86bc7c01a7491db7527c3',
    'st7-cm22-upi': '778776af3e2369a6ae25deac7a4e16b25cc406798461b33ee76dc64a1bcc1540',
    'st7-cm22-telegraph': '182ea3159c42b1e1b0ad68238c4c5d4ec11290f707616d9347f5203fe4af401c',
    'st7-cm0917-keyanhelp': '13d22a400bada693c7a93e6fe1f264c3f0a1fe823ab02f7cb8397215a9d28cb2',
    'st7-cm09-dailybeast': 'adaabafa7eab166e2d7bab7370f7453875c763409c26049951d2cd60a9a444c3',
    'st7-cm09-guardian': '4b98f898733a3f004eb71f182c5b7ad9ae4f6b2eff6c3e75fe40db8e96b60fe7',
    'st7-cm09-carbonated': 'e544eeb052390d1fd99f6cc21db0a9fa28ec5acce8ee71621b50c1ba79eb7811',
    'st7-cm09-nbcnews': 'e6c022b7cc05752fdc2290ed4679fc953b906aaa8c1f0045dd951239df152961',
    'st7-cm09-wideo': '3186bd0c7856857a1718a164ef8164816ad534b2bbaf6fac8f1315cd2a781315',
    'st7-cm09-standard': '67b44341f5f19c8a4e67fa15137f0956a40f3a506abbeb22705ef3f60268b1ac',
    'st7-cm09-lubbock': '0c8908221840a9a8ac8119bf93588a2a91bc7f0e001584a153c8d22acc790437',
    'st7-cm13-arlingtoncardinal': 'da9c4c75b6695a85cad88274eb0e61a72cdf527e6a005a0e7e9fdd02a70192f0',
    'st7-cm13-asianage': '0fcd69b937b97ce52dd13e6f3cd3418926bef211b7ea6e586c485fe2670063d2',
    'st7-cm13-dailytribune': 'cb5c1bf95cd9724efefc19382e0a17be3e338521c8f63e85877145e58e3b3641',
    'st7-cm13-constructionweek': '3179df971e57870874fa624818256e6d5aea24e8b1bc059b62919547e884a572',
    'st7-cm13-keyanhelpvideo': '57ddf389f8eb5500da170ce7fcd0968b943f546aaa5baf30d8c42008c3996aa6',
    'st7-cm13-thestar': 'b53ead3bd008af75e2575299a75501857f29c40fd135c9f9b729396fbb320042',
    'st7-cm13-guelphchinese': '53033f55345a0cebb19ae68ce8f850d2387afb4f7cd3af68d268c5c62547f53c',
    'st7-cm13-theblogismine': '5ab409d2b4cd4ae1bf6099d734b85a131589f886c392706957ea3278e1853704',
    'st7-cm13-foxnews': 'cfb14305947cd2903fea5e7d5a325abf8739796f414ed2d67a1d1d9e1507bfc0',
    'st7-cm13-kaips4shizzo': '35cc13e8e966ca99b0da1534e8ff5088d3bd0d9ec98bf874dde583c43a9ca48e',
    'st7-cm13-cnnblog': 'e1465c7255489dac6e269aa4b4d32ef4dceaa8b35ccd018aef4dc47e52a94581',
    'st7-op22-ewn': '1f26b3ff2aa4d15dcd9a169f714745be8d91b11f3e5abec5d5889b94c2c06046',
    'st7-op22-yoopya': '30f844067cfd16e7414ee2130ce42e603cd0a9977c707f7d6bfa2b7c9f6e3f9e',
    'st7-op22-bbccom': '55d25088d7ad76c2d390d52401ab2ccd178b8c59a8e67454dd2cb5ac4c3674b6',
    'st7-op22-yahoouk': '157db6c1a264c8b328deda5811443bf7ab43c4e5bb1bc34f0430a09f1477642e',
    'st7-op22-macleans': 'a5fb2fe6df71b080479322f67efbfc1310569f6d6480475c9bb917a73ff9f70b',
    'st7-op22-athleticsafrica': '5a83621a7df3e369cd0ee582428efc5ba7f762403714cf8d0c0ab9e5941ca5bf',
    'st7-op22-bbcuk': '55d25088d7ad76c2d390d52401ab2ccd178b8c59a8e67454dd2cb5ac4c3674b6',
    'st7-op22-hinterland': 'd7aef47a3670ed87b1ba318fcdb4dfd82d52d627c91c4121430ae8babc32a5f6',
    'st7-op11-guardianvideo': 'b9120640f3b7da5b3cc9296e384dd0db4511252d2db57778173c92a78d4dccfa',
    'st7-op11-indy100': '0f1ca7511d0787abfaae527832d37db1a9bae9f97f995f4c950f663824f9b0fc',
    'st7-op11-thesouthafrican': '14934ef8e737f47b9d7d125062b1f8c16a71a37f041a8a5fd916f2957d9fd42e',
    'st7-op11-pedestrian': '4bf4c02162dea77d2aedff1c995c68aa164518d4251348f78a830a8bc2cc33a3',
    'st7-op11-dyrt': '953b2d6c7d8382f57626a6bf56ad675a940c8dbc86f77ffa06998784b295e83b',
    'st7-op11-obysconnect': 'cf2c1c0a181176f609280761bd55e736d0724b4413fe70e5e63799b8485bd7a2',
    'st7-op11-femalefirst': '03e7a340a1b83d404b290c3386bf4168bc958d6248307da441625d9baa239801',
    'st7-op12-straitstimes': 'd143df049717a4f3db69c783162a1e1bf6754c61688faca74c6fb908f866e02e',
    'st7-op21-kaynaija': 'd04161f77fc83dc49c57a075aa70df60b983cb8b09dfa120eacacef991f817c5',
    'st7-op21-express': '2de24540a880defdddd9c9dbc8e6a0df53e00ceba7275e725391fb7cb2af0ead',
    'st7-op21-uinterview': 'ca37e682a9d07a5164cf83076d3bdf9881a73f5f06343f58bee3ee73ecc41116',
    'st7-op21-independent': '70a3c42ce3b2882ec586d479f376c88972ef30bff29f638d23c52e616727e538',
    'st7-op21-bbctodays': 'ca2a35e4ee025dcf2dea7b0e798133c24eb22ad79dcbdd3f20183e1229267f72',
    'st7-op21-reuterspix': '53d17972d4061f0e5ddd2fd989f6f32f4c368c29f3b0d50fa9965bd9266ddc01',
    'st7-op21-odt': '4ed0bab0dd6b4af30b0953dcdc9289b0baac2da405ce60a810c0ba28b0116868',
    'st7-op1203-givemesport': '1c14e89b175e938f0171d8c87fd34d287a06155d579f2959c99afec923d5e0e5',
    'st7-op1203-wideo': '79a38177e1166ed31babe00325148ba18064ef8840593469210de9d28fb337c2',
    'st7-op1203-dailymailpa': '6a1f873e317af982fa9f5523ebd6c9a9c4d484c50cc1c3dc201759b952da7f8c',
    'st7-op1203-rssing': '5e6faff3cf3dceb2f75be1b06ab845ad26ca6ed3497d2a13e0096e491a3b148a',
    'st7-op1203-indy100': '943f6dc5168966c814d0fc91f873c5a884046ab0df8667c033c716f816b7fa26',
    'st7-op1203-sundayworld': '60b0596a5dd264d73a217c22e36bd6ef3adb07e8b6021f78e5a7d8bf1885b90a',
    'st7-op1203-dailybeast': '6d1b95937c33e8edbd47bd822826f96e8e18f25e0bd942a35cc57ae12d3dee90',
    'st7-op0706-femalefirst': '88af9fac180f40d4f5486ce998d6f6c9610cbd6687a12271d17d6cd75360866f',
    'st7-sy29-wrdw': '136926e1171c21b8456ab83678a2d8a45ffadd6d4751bce25c378229bf93037f',
    'st7-sy29-njcom': '22b7d889450e9c5ef77e8edcef3a2efe0a996f098ede361c44f6cf8e68d4efa5',
    'st7-sy29-pressofac': 'c0386166e1f0a1b601e6399e9ca4b7c37e099d43bdb923137767a8ddcda7ab12',
    'st7-sy29-theweek': '16c04cf8214ddc715670b27f92f15f34046a054e9ebb234a6262fb24fc0887e5',
    'st7-sy29-heavy': '32ace17699d31389c12472d83d31a1ac5a501d903f697088fb77bb249b899f32',
    'st7-sy29-reuters': '5d2d4fa496d6f18df19904680d787358e8398b6ecbb1b0f87f9946b42f9e9e34',
    'st7-sy29-cbsphilly': '31bf98f9a589946c7c12fb7cf5773efd1ac86c6448ca2503316a9aae382cf4d6',
    'st7-sy29-masslive': '877f0da76e10b600e67e82fb50cad1567b48430c9d8c2780b1d05f6ca82d9ec5',
    'st7-sy29-5tjt': '5b7f69d318c0490c518a525154bd53d57ef137b5dd14a80ee6f977da21b319a6',
    'st7-sy29-huffpost': 'b05a37d8ada8a88cf569b105ec9c793a0ca5d8b1e4a29924b8160311a3a33c61',
    'st7-sy29-nbcnewyork': '1c170c3726a87b46b12189c8cec6acd2c93b78579f8f09671e1ccc41ed40e1ca',
    'st7-sy29-northjersey': '28075a2a33e7063e2be8e49c17c5eab306d2032fb1ce4473c096be01ca305fa1',
    'st7-sy29-independentsentinel': '0fc6090d64bf34ce0eb7b303294099d57ab0664f82028384716cf44e8439fc85',
    'st7-sy29-kpbs': '39a84502f3ae984058dcdbe195da61e9419f6f00d1c4a4c9f0cfaf3c46dc7eab',
    'st7-sy29-nydailynews': '7ab449903772f0c9c094347a69f238bf344e2f15e5c7d0e965e68464640c6829',
    'st7-sy29-shadowproof': '0d51a05caa0d7ce06347168ae9165cb34a6581ed8973006c7660d1508eabe25e',
    'st7-sy29-thehill': '52ef800dedc053ae10aab74fd26964aa8f6a4bf2fe279c132956a418ddfa535c',
    'st7-sy31-newsday': '453d2f6191aa74ed095ead94510fbc9492f02bd9e24857969de2090479b4c0d5',
    'st7-sy31-mndaily': '7b8ea80503a5784402fad93661cad000afeb7e7357a1a1070112e4ffa3620855',
    'st7-sy31-wapo': '6606c7d6a57f24844011d6bfb6fe31944b926dfa185a52ed810753d82951bf65',
    'st7-sy31-theblogismine': 'ecf9e6806448388dc2082be3a19c7964370fad5ab0e26e6f17544b9b71dd367f',
    'st7-sy31-thehill': '5312b589675e3917df369fa6a81e2362def2bb21a513e2f32d81576721d8f9fc',
    'st7-sy31-theworld': 'f98b58cd88c855c25412f3e49664541abc35d5180270bef22d034c1431268204',
    'st7-sy13-nationaljournal': '6eed67531b7b3593b18381974967d29454ad0c124b509d61017a3e899c669b42',
    'st7-sy02-1340thefan': 'd3f0ed929068ccbd21a363d9415e9d87826da18f02d22bfb241d29c116099c48',
    'st7-sy02-cnycentral': 'f21b9be96f1a800c1692c30ab34dcc984283049c4350e3ad10d6bbbe00097f70',
    'st7-sy02-wusa9': '4ded886f42ad49905bd549a70f6c89ec824f19ab051069319405f84491f07444',
    'st7-sy02-phillymag': '98fcd9eb2bc3d3ca623c3a68c0d07bcc302ef3e9659250cba426316e13f5556c',
    'st7-sy02-wthr': '815b5df0512ea87bb4408903e0dd49a70526912aafd39e4d78d5a2a118c29c3f',
    'st7-sy02-complex': 'fd2def8960cbb2283cb3ff46604e3286d52c924a467db157d0737b1c60b586fe',
    'st7-sy02-abc57': 'f32fa0ebbec7632d7b10b7f3720b336b5a0d51eef27937c705689f4064065f1d',
    'st7-ab08-thetimes': '545cdbfad6b7f80f5e95c5cd3bc10a0f4e06ca1ebf611f502ff86f3bc5b1b468',
    'st7-ab08-skysports': 'febbd8bb76af35d547916065610029afc8edd4a61e279eb4a3d0586ff90b4e31',
    'st7-ab08-looppng': '470c6cd387928aa2f4180bd8fc2763e18bd333ba0c2109de4a1821e548f7df64',
    'st7-ab08-dailymaverick': 'c35b0b1617cf469b99c62be3a10c96f778cd95a5d1cefaadc20da085cc0fc334',
    'st7-ab08-flashscore': '3621e7847a664976062ebbbeecd15ca73b65f25e9f235bc3f8d3f81d466dd8d3',
    'st7-ab08-apnews': '6b79d13a95b923841becba5ec3f23b1e68062841d9a43d0f9a3159843a3b4eb8',
    'st7-ab08-yahoouk': 'bcea22a330cd7825dc0d970cae0bd858c6a0132d858213120618664271be5b35',
    'st7-ab08-betxchange': 'cca17744dae63f4014c144e72eab676ad29a19be890ab5731c0d0b7f22d8918f',
    'st7-ab14-newshub': 'c1ee3d83635ec601420b64d1cb79b00d4032f8b61416421222ae3a940afddd02',
    'st7-ab14-superrugby': '0216cf23c7c5301811094c40bde0dd9e742eada721f3b3cad5b191217ad5ac7c',
    'st7-ab14-rnz': '882732eeb1d411c95eda0f4f20d036f4de398ef39c1562517e8a44bbf2f3a56e',
    'st7-ab14-flashscore': '2768ac67999a818511ad059d7cadc7f6a8c16f46d55a04a1a37882ca40319be2',
    'st7-ab14-teaonews': 'deea22df3ae5451dc5ce524804f1efa2fa19afdeb4cadbe0cde1e044a7fffc06',
    'st7-ab14-kstp': '1d31bcfd089370979aafadc72d2b507fd68fa4b31acca3c8c9ad3a2a8d55ac85',
    'st7-ab14-wwos': 'f13001742c946b00a05654031fc07e0b6cacc48e21422617f3a09c6b60d174fb',
    'st7-ab14-iafrica': 'b1cf89a5d9bdccfeeac7ca9999863995fea6990a3e58bdf85d97426a99b638ac',
    'st7-ab20-thetimes': '990e49947062cc7ebe71725a37bdea1a43657599c82147812b7bacb6b746e3ab',
    'st7-ab20-rugbyworld': '3aac2f3b89c46e8c2c516136695e8371d3bc24468acdfe28a939ab1d127119b1',
    'st7-ab20-abcau': '704e6f265c95b2d78e4b0c832388aa6c81e877f82bde27cd9e381f3f441180e7',
    'st7-ab20-nzherald': '73145b0219dbaec58a4ff98424256589d63213ff50b9179c63f6afe1587ac462',
    'st7-ab20-newshub': '3308800afe2618a4c1416847692e25914538983e7111a9a5dc3e65f538e4708d',
    'st7-ab20-timesofmalta': 'c7dd5751bfcace50e0692c3ecf15b39edce19c7ea5ecb4b0e962d846cd8be0e4',
    'st7-ab20-1news': '53ad5d8f73d2a48670dd70490fb1aa5a479539905c202754977967f0474f2150',
    'st7-ab20-wwos': '6ba617cb088d782a30e06409e20b68089eb6ea313cb334eb9662345823efa815',
    'st7-ab28-etvbharat': 'a6a1dc70d689e29dbfd06fb02b704aec5d633ee76c3dd175e8fdbd6ed4434111',
    'st7-ab28-mylocaldigital': '35a0e1638cafdf037655a31d46a11dc6478c3904e8cca97010ac9768e8770d4a',
    'st7-ab28-theage': '7618ad7112ed64f2b495139ce70f5d38862bd6b94272282a30dc8ea834f03841',
    'st7-ab28-expressandstar': '2a77e75ae206843ea51e151e3560d9e878b7d150589bc6dfb3df1c325a413411',
    'st7-ab28-japantimes': '584416ea885630e5041f6f3a27974d81a1356cfdf197de2e644a85cb67355734',
    'st7-ab28-couriermail': '4a64a1a384e6ecbcb8eefd7558703a5ad02ca442f9a8bacac564752efb30968b',
    'st7-ab28-skysports': '8812acbae51a08fa8ead8431334e602db8f20076aa75aa29f701882fbf74ffba',
    'st7-ab28-independent': '4c7301d7c3b6c248c11cbb656603303eadfdedc0fc32cc21ae0b8cd3a98dd1e2',
}

NOTES = {
    'web7:miners-found-2010-08-22': "AP's family: the Sarasota paper's print run (23 August, credited) is its original, CBS' page the later version ('euphorically waved the note') with its own correspondent's lines. The Los Angeles Times and The Telegraph share one reworded sentence (relatives 'hugged, kissed ... as news of the message spread'), probably from Reuters, and the note in the same wording: left in no family (doubtful). UPI and The Epoch Times both cite the Santiago Times' wording of the note ('We are fine in the Refuge. All 33'); AOL News quotes AP and the BBC: quotations only. The web archive's address carries its own capture date (24 August), not the page's.",
    'web7:miners-pilot-hole-2010-09-17': "A single page, kept as its own story: the same drill (Plan B, T-130) 'broke through' three weeks before the escape shaft did, an earlier step with the same names and words.",
    'web7:miners-drill-2010-10-09': "AP's family without original (no dated credited version): the first version pasted with 'yahoonews:' (carbonated), the Standard's British edit, msnbc.com's later version, the video caption's two sentences and the Texas paper's rewritten Sunday version (the 'tons of heavy steel pipe' sentence reworded). The Guardian and the Standard share only Golborne's words; The Daily Beast's summary paraphrases without shared sentences.",
    'web7:miners-rescue-2010-10-13': "The rescue ran from about 23:20 on Tuesday 12 October to about 21:55 on Wednesday (Chile time): the first miner out (10 minutes after midnight) and the last are one day's event, so pages on Avalos and pages on Urzua are one story. AP's all-out story is seen only in part (Fox News' two sentences, a blog's British version): a family without original; its first-miner story (the Michigan paper) has no other member. Urzua's words to Pinera ('We have done what the entire world was waiting for', 'The 70 days ...') are quoted by the Toronto Star, the blog and the agency's story: quotations only. The Chinese agency's two items (first out, last out) share one background sentence in two wordings: no family.",
    'web7:pistorius-bail-2013-02-22': "The BBC's story at two addresses (bbc.com, and bbc.co.uk with a comment's query string) gives the same excerpt; a Moroccan portal's lightly edited copy drops the analysis: a family without original (the BBC's page is undated). The magistrate's 'the accused has made a case to be released on bail' is quoted by most pages in several wordings. The Hinterland Gazette pastes an American paper's report without credit; that paper's page is not in the set.",
    'web7:pistorius-murder-cleared-2014-09-11': "Masipa read her judgment over two days: on Thursday she ruled out murder and adjourned, on Friday she gave the verdict (culpable homicide). The two days are kept as two stories, each with its own news (doubtful: one judgment). Pages written on Thursday before the adjournment (The South African, obysconnect: 'expected later today') are in Thursday's story.",
    'web7:pistorius-culpable-homicide-2014-09-12': 'A single page: the formal verdict of Friday, a next step after Thursday (see that story).',
    'web7:pistorius-sentence-2014-10-21': "Masipa's 'a non-custodial sentence would send a wrong message' and 'lack the element of mercy' are quoted by uinterview, The Independent and others: quotations only. Two live pages (The Independent's summary, a mirror of the BBC's) and a Reuters gallery.",
    'web7:pistorius-murder-appeal-2015-12-03': "A British agency's story: the sports site's first version and the Daily Mail wire page's later one share most sentences ('Five appeal judges ruled ...'): a family without original (neither dated). Leach's words are quoted by several pages (The Daily Beast, Sunday World) in different extracts. The Sunday World page and the celebrity site's six-years page share background sentences of one showbiz agency ('who became the first double leg amputee ...') but report different steps: no family.",
    'web7:pistorius-six-years-2016-07-06': 'A single page; its date is in the text only (06.07.16).',
    'web7:sandy-landfall-2012-10-29': "Landfall (8 p.m. Monday), the surge in New York (Monday night) and Tuesday's accounts of the damage are one story: the storm's night and its next-day follow-ups. The Hill's Tuesday page (the tour announced, Obama at the Red Cross) is put here by the latest-event rule, not in Wednesday's tour (doubtful). NJ.com's landfall story and Heavy's rewording of it: a family without original (NJ.com's address gives only the month). NBC New York's story: its later version and the weekly's page of an earlier one ('About a dozen deaths'), both carrying AP's 'Sandy roared onto land near Atlantic City, N.J., just as night fell Monday' sentence: a family without original. CBS Philadelphia's early page gives a landfall time (6 p.m.) the others contradict. The independent blog's '10:31:12' update stamp is left as text, not a date.",
    'web7:sandy-obama-christie-2012-10-31': "Christie's 'great working relationship' and Obama's 'Everybody knows how hard Jersey has been hit' are quoted by most pages: quotations only, no family. Newsday's page is AP's story from the print edition of 1 November ('yesterday').",
    'web7:sandy-marathon-cancelled-2012-11-02': "AP's short story: two runs (Syracuse, a shorter one under its own lead; Indianapolis, longer, credited): a family without original. Bloomberg's statement ('We would not want a cloud to hang over the race ...') is quoted by WUSA and Philadelphia magazine: quotations only. A page with only a headline from before the reversal ('NYC Marathon Must Go On ...') was left out.",
    'web7:sandy-obama-christie-return-2013-05-28': "A single page with the same names and place (Obama, Christie, the New Jersey shore) but another event, seven months later; its date line (31 October 2012) is plainly wrong for a page announcing the return tour, so it is left undated.",
    'web7:fra-nzl-2023-09-08': "No shared text beyond the score and the scorers: AP's own page, a British paper's report on Yahoo, an agency's on the scores site (its date line, 1 April 2023, is plainly wrong) and the tournament's official report. The betting site's page is an Australian outlet's report, whose own page is not in the set.",
    'web7:irl-nzl-2023-10-14': "Reuters' family: RNZ's credited run (15 October, New Zealand time) is the original; iafrica's credited run and the scores site's copy without lead are wire copies, Te Ao's page rewords the same paragraphs. AP's first take (the Minnesota station) and the New Zealand reports are independent. The match ended late on Saturday in Paris, early on Sunday in New Zealand: the pages dated 15 October are the same story.",
    'web7:arg-nzl-2023-10-20': 'No shared text: reports, an analysis and a teaser; the New Zealand pages are dated 21 October (New Zealand time).',
    'web7:nzl-rsa-2023-10-28': "The Age's report (its own page, dated 28 October by its date line, 29 by its address) and a marketing blog's verbatim copy of it: a family with its original. Cane's words ('the whole team are absolute warriors') are quoted by AP's report (the Indian site) and the Courier-Mail: quotations only.",
}

# Pages read and left out (url: why), as web6.LEFT_OUT.
LEFT_OUT = {
    'https://jm1.com.br/internacional/florencio-avalos-e-o-primeiro-resgatado-da-mina-san-jose-no-chile.html': 'Portuguese (the first miner out)',
    'https://ws.net360.info/es/wsnoticias/76772/fin-de-la-pesadilla': 'Spanish (the first miner out)',
    'https://www.venelogia.com/archivos/4707': 'Spanish (the first miner out)',
    'https://ilsussidiario.net/news/esteri/2010/10/14/minatori-cileni-youtube-video-finito-l-incubo-anche-l-ultimo-minatore-luis-urzua-tratto-in-salvo-youtube-minatori-cileni/119484': 'Italian (the last miner out)',
    'https://rielfm.com.ar/mundo/rescataron-al-uacute-ltimo-minero-chileno_32092': 'Spanish (the last miner out)',
    'https://gymflow100.com/nyc-marathon-must-go-on-despite-hurricane-sandy-says-mayor-bloomberg': "a headline only (Bloomberg's earlier decision to hold the marathon), no text",
}
