# ruff: noqa: E501
"""Hand labels for real articles found in the search tool's stored web pages in session 24
(issue 19), labelled blind by reading the stored excerpts: unspin's source was not read and
unspin was not run. A ninth part, held out entirely for measurement (no development half).
Validate with check9.py beside this file.

(Counts and hard cases: see the end of this docstring when the part is complete.)

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

Roles (as web4.py to web8.py): original (the family's labelled source: the earliest-dated
version that carries the wire's or publisher's credit, or the publisher's own dated page),
wire_copy (a client's run of a wire story, credited or not), verbatim_copy, edited_copy (light
edits), partial_copy / excerpt_copy (part of the text, or a teaser), spun_copy (synonym-swapped
or machine-translated back and forth), rewrite (paraphrase of the same text), write_through (the
wire's later version of its own story, reusing its paragraphs), live_blog, likely_source (the
family's probable source, not labelled original because undated or uncredited),
independent_same_story. A copy role without a family marks a copy whose source is not in the set.

Story rule (as web3 to web8): a story is one event with its same-day and next-day follow-ups;
the next step of a storyline, another match, another trading day or another day of a search or
a storm that brings its own new event is another story. A page is put in the story of the latest
event it reports. Families only where shared text is visible in the excerpts; two pages of one
outlet (or of one spinning network) on two different stories are in no family. Quotations
shared by independent reports (a statement, a tweet, a press release) do not make a family.
"""

WEB9_SOURCE = "stored web pages (search tool, corpus 'pages'), session 24"

TOPICS = {
    'openai-altman-2023-11': ("The five days of OpenAI's chief executive Sam Altman, November 2023: fired by the board for being 'not consistently candid', Mira Murati interim chief (Friday 17 November, with Saturday's follow-ups), Emmett Shear named interim chief and Altman and Brockman hired by Microsoft (Sunday night 19 November), the staff letter threatening to quit and Sutskever's regret (Monday 20 November), and Altman's return with a new board of Bret Taylor, Larry Summers and Adam D'Angelo (Tuesday night 21 November, with Wednesday's and Thursday's follow-ups) (a company's successive announcements, the same names and quotations)", {
        'web9:openai-altman-fired-2023-11-17': ("OpenAI's board fires Sam Altman after a review finds he was 'not consistently candid in his communications'; CTO Mira Murati interim chief; Greg Brockman leaves the chair (Fri 17 Nov 2023, with Saturday's follow-ups)", ['storyline-other-day', 'one-event-several-reports']),
        'web9:openai-microsoft-letter-2023-11-20': ("Emmett Shear named interim chief; Nadella announces that Altman and Brockman will join Microsoft to lead 'a new advanced AI research team' (late Sunday 19 Nov); on Monday hundreds of employees threaten to quit unless the board resigns, and Sutskever 'deeply regret[s]' his part (Sun 19 to Mon 20 Nov 2023)", ['storyline-other-day', 'same-names-other-event', 'one-event-several-reports']),
        'web9:openai-altman-returns-2023-11-21': ("OpenAI reaches an agreement in principle for Altman to return as chief with a new initial board: Bret Taylor (chair), Larry Summers and Adam D'Angelo; Nadella's 'first essential step' (late Tue 21 Nov 2023, with Wednesday's and Thursday's follow-ups)", ['storyline-other-day', 'same-names-other-event', 'one-event-several-reports']),
    }),
    'rittenhouse-trial-2021': ("The trial of Kyle Rittenhouse in Kenosha, Wisconsin, for the shootings of 25 August 2020, in November 2021: his testimony, in tears, and the judge's rebukes of the prosecutor Thomas Binger with a first mistrial motion (Wednesday 10 November), the closing arguments and the dismissal of the gun charge (Monday 15 November, with Tuesday morning's follow-ups), the jury's request to re-watch the videos and the second mistrial motion over the drone video (Wednesday 17 November, with Thursday morning's follow-ups), and the acquittal on all five counts (Friday 19 November) (a trial's steps, the same names and the same quotations)", {
        'web9:rittenhouse-testifies-2021-11-10': ("Rittenhouse testifies and breaks down describing Rosenbaum's threats ('I didn't do anything wrong. I defended myself'); Judge Schroeder berates Binger and the defence asks for a mistrial with prejudice (Wed 10 Nov 2021, with Thursday's follow-ups)", ['storyline-other-day', 'one-event-several-reports']),
        'web9:rittenhouse-closing-2021-11-15': ("Closing arguments: Binger's drone video and 'You cannot claim self-defense against a danger you create', Richards' 'This case is not a game'; the judge dismisses the gun charge; deliberations to start on Tuesday (Mon 15 Nov 2021, with Tuesday morning's follow-ups)", ['storyline-other-day', 'same-names-other-event', 'live-blog-and-follow-ups']),
        'web9:rittenhouse-video-mistrial-2021-11-17': ("The jury's second day: it asks to re-watch the videos, and the defence moves for a mistrial over the compressed copy of the drone video; the judge does not rule; a third day begins on Thursday (Wed 17 Nov 2021, with Thursday morning's follow-ups)", ['storyline-other-day', 'same-names-other-event', 'shared-quotes-two-families']),
        'web9:rittenhouse-acquitted-2021-11-19': ("The jury finds Rittenhouse not guilty on all five counts on its fourth day; he collapses onto his defence team; 500 National Guard troops on standby (Fri 19 Nov 2021)", ['storyline-other-day', 'same-names-other-event', 'one-event-several-reports']),
    }),
}

# (topic, id, story, family, original, role, url, published, title, summary)
OA = 'openai-altman-2023-11'
OA17, OA20, OA21 = 'web9:openai-altman-fired-2023-11-17', 'web9:openai-microsoft-letter-2023-11-20', 'web9:openai-altman-returns-2023-11-21'
RT = 'rittenhouse-trial-2021'
RT10, RT15 = 'web9:rittenhouse-testifies-2021-11-10', 'web9:rittenhouse-closing-2021-11-15'
RT17, RT19 = 'web9:rittenhouse-video-mistrial-2021-11-17', 'web9:rittenhouse-acquitted-2021-11-19'
ARTICLES = [
    # --- OpenAI: Altman fired (Friday 17 November 2023)
    (OA, 'st9-of17-sfist', OA17, None, False, 'independent_same_story', 'https://sfist.com/2023/11/17/openai-board-fires-sam-altman/', '2023-11-17', 'OpenAI board fires Sam Altman (untitled)', "SFist's item quoting the board's blog post at length; title read from the address"),
    (OA, 'st9-of17-breakinglatest', OA17, None, False, 'independent_same_story', 'https://www.breakinglatest.news/business/openai-fires-ceo-sam-altman-mira-murati-named-interim-ceo/', '2023-11-18', 'OpenAI Board of Directors Fires CEO Sam Altman', "an aggregator's own short account ('In a shocking turn of events'), Murati 'with OpenAI for 5 years'"),
    (OA, 'st9-of17-breakinglatest2', OA17, None, False, 'spun_copy', 'https://www.breakinglatest.news/business/chatgpt-maker-open-ai-fires-co-founder-and-ceo-sam-altman-news/', '2023-11-18', 'ChatGPT maker Open AI fires co-founder and CEO Sam Altman (untitled)', "the same aggregator's second page: a wire report translated back into English ('not consistently open', the APEC summit, Altman's post in indirect speech); title read from the address"),
    (OA, 'st9-of17-dnaindia', OA17, None, False, 'independent_same_story', 'https://www.dnaindia.com/business/report-meet-mira-murati-who-worked-for-musk-now-interim-ceo-of-openai-chatgpt-why-was-sam-altman-fired-3068723', '2023-11-18', 'Meet Mira Murati, who worked for Musk, now interim CEO of OpenAI (untitled)', "DNA India's explainer on Murati (Tesla, Leap Motion, Dartmouth); title read from the address"),
    (OA, 'st9-of17-kninevox', OA17, None, False, 'independent_same_story', 'https://kninevox.com/2023/11/open-ai-ceo-sam-altman-fired-after-board-review/', None, 'Open AI CEO Sam Altman fired after board review', "a blog's account with a board 'statement' that is not the board's words (Murati 'a 34-year-old mechanical engineer')"),
    (OA, 'st9-of17-dailynewsfront', OA17, None, False, 'independent_same_story', 'https://dailynewsfront.com/web-stories/sam-altman-fired-as-ceo-of-openai/', None, 'Sam Altman Fired as CEO of OpenAI by the Board of Directors.', "a web story's slides, some of them wrong ('a need for more operational experience', Thiel)"),
    # --- Shear named, Altman to Microsoft, the staff letter (Sunday night 19 to Monday 20 November 2023)
    (OA, 'st9-of20-cbsnews', OA20, None, False, 'independent_same_story', 'https://www.cbsnews.com/news/microsoft-hires-fired-openai-ceo-sam-altman/', '2023-11-20', 'Microsoft hires fired OpenAI CEO Sam Altman (untitled)', "CBS News' report with Nadella's, Altman's and Shear's posts on X; title read from the address"),
    (OA, 'st9-of20-livemint', OA20, None, False, 'independent_same_story', 'https://www.livemint.com/companies/news/sam-altman-and-greg-brockman-together-with-colleagues-will-be-joining-microsoft-11700467631869.html', '2023-11-20', 'Sam Altman and Greg Brockman, together with colleagues, will be joining Microsoft (untitled)', "Mint's item citing Bloomberg on Shear's hiring ('$13-billion bet'); title read from the address"),
    (OA, 'st9-of20-socialsamosa', OA20, None, False, 'independent_same_story', 'https://www.socialsamosa.com/news-2/openai-emmett-shear-interim-ceo-sam-altman-joins-microsoft-1701910', '2023-11-20', 'OpenAI names Emmett Shear interim CEO; Sam Altman joins Microsoft (untitled)', "an Indian marketing site's item with Nadella's embedded post; title made up from the address"),
    (OA, 'st9-of20-windlasstrade', OA20, None, False, 'wire_copy', 'https://947631.windlasstrade-hk.tech/node/742950', None, 'OpenAI appoints ex-Twitch boss as interim CEO; Altman joins Microsoft', "Reuters' story of late Sunday ('told Reuters', the guest badge, the $86 billion share sale) on a scraper site, uncredited"),
    (OA, 'st9-of20-aparodyoflife', OA20, None, False, 'spun_copy', 'https://aparodyoflife.com/sam-altman-joins-microsoft-as-openai-appoints-emmett-shear-to-interim-ceo-position/', None, 'Sam Altman joins Microsoft as OpenAI appoints Emmett Shear to interim CEO position', "CNN's story ('New Delhi/New York CNN') translated back into English ('Mira Moratti', 'Satya Nadella He said this'), with Monday's staff letter"),
    (OA, 'st9-of20-opindia', OA20, None, False, 'independent_same_story', 'https://www.opindia.com/2023/11/satya-nadella-confirms-sacked-openai-ceo-sam-altman-is-joining-microsoft/', None, 'Satya Nadella confirms sacked OpenAI CEO Sam Altman is joining Microsoft (untitled)', "OpIndia's item ('On Monday (20th November)') with Nadella's and Shear's posts pasted; title read from the address"),
    (OA, 'st9-of20-tech360', OA20, None, False, 'independent_same_story', 'https://tech360.info/sam-altman-at-microsoft-announces-by-satya-nadella/', None, 'Sam Altman At Microsoft, Announced By Satya Nadella', "a tech blog's synopsis in questions ('Why did Sam Altman lose his job?'), the three researchers who left"),
    (OA, 'st9-of20-latestly', OA20, None, False, 'independent_same_story', 'https://www.latestly.com/socially/technology/sam-altman-sends-heart-emoji-to-posts-that-say-openai-is-nothing-without-its-people-after-joining-microsoft-advanced-ai-research-team-5574669.html', None, "Sam Altman sends heart emoji to posts that say 'OpenAI is nothing without its people' (untitled)", "LatestLY's social item on the staff posts and Altman's heart emoji; title read from the address"),
    (OA, 'st9-of20-businesstoday', OA20, None, False, 'independent_same_story', 'https://www.businesstoday.in/technology/story/nearly-500-openai-employees-threaten-to-quit-unless-board-resigns-re-appoints-sam-altman-406439-2023-11-20', '2023-11-20', 'Nearly 500 OpenAI employees threaten to quit unless board resigns, re-appoints Sam Altman (untitled)', "Business Today's report of the letter (490 employees) with a wire's paragraphs on Shear and Microsoft; title read from the address"),
    (OA, 'st9-of20-newsbytes', OA20, None, False, 'independent_same_story', 'https://www.newsbytesapp.com/news/business/hundreds-of-openai-employees-threaten-to-quit-unless-board-resigns/story', '2023-11-20', 'Nearly 500 OpenAI employees threaten to quit unless board resigns', "NewsBytes' report of the letter by Dwaipayan Roy (08:05 pm, India)"),
    (OA, 'st9-of20-bgr', OA20, None, False, 'independent_same_story', 'https://bgr.com/business/ilya-sutskever-and-500-other-openai-employees-just-threatened-to-resign/', '2023-11-20', 'Ilya Sutskever and 500 other OpenAI employees just threatened to resign', "BGR's comment on the letter posted by Kara Swisher ('Succession'), 10:19AM EST"),
    (OA, 'st9-of20-inkl', OA20, None, False, 'independent_same_story', 'https://inkl.com/news/ilya-sutskever-the-openai-cofounder-who-helped-oust-ceo-sam-altman-says-he-deeply-regrets-his-role-and-threatens-to-quit-unless-board-resigns', None, "Ilya Sutskever, the OpenAI cofounder who helped oust CEO Sam Altman, says he 'deeply regrets' his role and threatens to quit unless board resigns", "Fortune's story by Hetzner and Ivanova on a news app"),
    (OA, 'st9-of20-mezha', OA20, None, False, 'independent_same_story', 'https://mezha.media/en/2023/11/20/sutskever-now-regrets-altman-s-dismissal-from-openai-and-505-employees-of-the-company-have-issued-an-ultimatum-to-her/amp/', '2023-11-20', "Sutskever now regrets Altman's dismissal from OpenAI, and 505 employees of the company have issued an ultimatum to her", "a Ukrainian site's English item reproducing the letter as Wired obtained it ('Greek Brockman')"),
    (OA, 'st9-of20-artifact1', OA20, None, False, 'independent_same_story', 'https://artifact.news/posts/p/521297951774378662', None, 'OpenAI employees threaten to join Sam Altman at Microsoft (untitled)', "a news app's three-sentence summary of the letter; title made up"),
    (OA, 'st9-of20-artifact2', OA20, None, False, 'independent_same_story', 'https://artifact.news/posts/p/5027150369619788702', None, 'Over 500 OpenAI employees sign a letter asking the board to resign (untitled)', "the same app's other summary of the letter, in other words; title made up"),
    # --- Altman returns (Tuesday night 21 November 2023)
    (OA, 'st9-of21-inc', OA21, None, False, 'independent_same_story', 'https://www.inc.com/jennifer-conrad/sam-altman-back-openai-new-board.html', '2023-11-22', 'Sam Altman back at OpenAI with a new board (untitled)', "Inc.'s report by Jennifer Conrad with Shear's and Altman's posts; title read from the address"),
    (OA, 'st9-of21-ibtimes', OA21, None, False, 'independent_same_story', 'https://www.ibtimes.co.in/whos-who-openais-new-board-directors-sam-altman-returns-ceo-864134', '2023-11-22', "Who's who in OpenAI's new board of directors as Sam Altman returns as CEO (untitled)", "IBTimes India on the three directors and Brockman's 'We are so back'; title read from the address"),
    (OA, 'st9-of21-techcentral', OA21, None, False, 'independent_same_story', 'https://techcentral.co.za/this-is-the-new-openai-board/235703/', '2023-11-23', 'This is the new OpenAI board', "a South African site's run of an agency factbox on Taylor, Summers and D'Angelo (Mak Yuen Teen quoted); title read from the address"),
    (OA, 'st9-of21-newsghana', OA21, None, False, 'independent_same_story', 'https://newsghana.com.gh/sam-altman-retakes-his-position-as-ceo-of-openai/', '2023-11-23', 'Sam Altman retakes his position as CEO of OpenAI', "a Ghanaian site's run of an agency story ('MSFT.O', 'capping frenzied discussions'); title read from the address"),
    (OA, 'st9-of21-businessupturn', OA21, None, False, 'independent_same_story', 'https://www.businessupturn.com/people/sam-altman-returns-as-ceo-of-openai-says-i-love-openai/', None, "Sam Altman returns as CEO of OpenAI, says 'I love OpenAI'", "Business Upturn's item pasting OpenAI's post and quoting Altman's"),
    (OA, 'st9-of21-dailydemocracy', OA21, None, False, 'independent_same_story', 'https://daily-democracy.com/tech/item/167642-resurgence-at-the-helm-sam-altman-makes-startling-comeback-to-openai-as-ceo', None, 'Resurgence at the Helm: Sam Altman Makes Startling Comeback to OpenAI as CEO', "a site's machine-styled rewrite of the day's reports"),
    (OA, 'st9-of21-bigcommunity', OA21, None, False, 'independent_same_story', 'https://big.community/t/sam-altman-is-back-as-ceo-of-openai/1515', None, 'Sam Altman is back as CEO of OpenAI', "a forum's bullet summary (Toner, McCauley and Sutskever removed)"),
    (OA, 'st9-of21-gzeromedia', OA21, None, False, 'independent_same_story', 'https://www.gzeromedia.com/amp/sam-altmans-back-at-openai-2666331530', None, "Sam Altman's back at OpenAI", "GZERO's short analysis ('five days after his unexpected and provocative ouster'), with later side items (Emmys of 2025)"),
    # --- Rittenhouse testifies (Wednesday 10 November 2021)
    (RT, 'st9-rt10-dispatch', RT10, 'web9:usat-rittenhouse-testifies', True, 'original', 'https://www.dispatch.com/story/news/nation/2021/11/10/kyle-rittenhouse-trial-teen-takes-stand-kenosha-murder-trial/6369737001/', '2021-11-10', 'Kyle Rittenhouse murder trial turns heated, emotional as defense demands a mistrial', "the USA TODAY network's story on the Columbus Dispatch's site, with the network's links ('Kyle Rittenhouse trial:', 'How it happened:')"),
    (RT, 'st9-rt10-mcutimes', RT10, 'web9:usat-rittenhouse-testifies', False, 'spun_copy', 'https://mcutimes.com/blog/2021/11/11/judge-condemns-prosecution-lawsuit-proposal/', '2021-11-11', 'Judge condemns prosecution lawsuit proposal (untitled)', "the same story machine-reworded ('the defense asked for a trial', 'asked for an error', 'cried in the stands'); title read from the address"),
    (RT, 'st9-rt10-philippinenewsdaily', RT10, 'web9:usat-rittenhouse-testifies', False, 'spun_copy', 'https://philippinenewsdaily.com/as-defense-requests-a-mistrial-the-kyle-rittenhouse-murder-trial-becomes-heated-and-emotional/', None, 'As defense requests a mistrial, the Kyle Rittenhouse murder trial becomes heated and emotional', "the same story lightly reworded ('I didn't commit any wrongdoing', 'Continue reading:'); title read from the address"),
    (RT, 'st9-rt10-orlandosentinel', RT10, None, False, 'independent_same_story', 'https://www.orlandosentinel.com/news/nationworld/ny-kyle-rittenhouse-called-stand-defense-murder-trial-20211110-5nykj74l2bdwvmko3l635ckdd4-story.html', '2021-11-10', 'Kyle Rittenhouse called to the stand (untitled)', "the New York Daily News' story on the Orlando Sentinel's site ('Free as F--k' T-shirt); title made up from the address"),
    (RT, 'st9-rt10-bostonglobe', RT10, None, False, 'independent_same_story', 'https://www.bostonglobe.com/2021/11/11/nation/kyle-rittenhouse-cried-stand-look-tumultuous-day-trial/', '2021-11-11', 'Kyle Rittenhouse cried on the stand: a look at a tumultuous day of the trial (untitled)', "The Boston Globe's breakdown of the day's notable moments, printed on Thursday; title read from the address"),
    (RT, 'st9-rt10-yahoo', RT10, None, False, 'independent_same_story', 'https://news.yahoo.com/did-had-rittenhouse-testifies-223048227.html?fr=sycsrp_catchall', None, "'I did what I had to do': Rittenhouse testifies", "a video report's script on Yahoo News with the exchange with Binger and 'Don't get brazen with me!'"),
    (RT, 'st9-rt10-iolaregister', RT10, None, False, 'independent_same_story', 'https://www.iolaregister.com/news/national-news/kyle-rittenhouse-takes-stand-in-his-own-defense', None, 'Kyle Rittenhouse takes stand in his own defense', "a Kansas paper's three-paragraph agency report ('I was cornered', a 10-minute break); title read from the address"),
    (RT, 'st9-rt10-livenowfox', RT10, None, False, 'independent_same_story', 'https://www.livenowfox.com/video/1000120', None, 'Kyle Rittenhouse cries uncontrollably while testifying he was cornered', "LiveNOW from FOX's video caption (the Car Source)"),
    # --- closing arguments (Monday 15 November 2021)
    (RT, 'st9-rt15-cbs58', RT15, None, False, 'independent_same_story', 'https://cbs58.com/news/rittenhouse-trial-jurors-hear-impassioned-closing-arguments-ahead-of-deliberation', None, 'Rittenhouse trial: Jurors hear impassioned closing arguments ahead of deliberation', "a Milwaukee station's report (the fire extinguisher, Richards' tape measure)"),
    (RT, 'st9-rt15-dentonrc', RT15, None, False, 'independent_same_story', 'https://dentonrc.com/ap/national/rittenhouse-case-in-jury-s-hands-as-closing-arguments-wrap-up/article_3f2badc3-15bf-5e7e-aedb-7d5be28aa815.html', None, "Rittenhouse case in jury's hands as closing arguments wrap up", "a national paper's story in a Texas paper's wire feed ('Look for the truth', jurors winced); title read from the address"),
    (RT, 'st9-rt15-jsonline', RT15, None, False, 'independent_same_story', 'https://www.jsonline.com/story/news/2021/11/15/lawyers-present-closing-arguments-in-kyle-rittenhouses-homicide-trial/8622739002/', '2021-11-15', 'Closing arguments focus on whether Kyle Rittenhouse provoked violence the night of shooting', "the Milwaukee Journal Sentinel's report by Bruce Vielmetti (the tumbler, the five remaining charges)"),
    (RT, 'st9-rt15-freeamericanetwork', RT15, None, False, 'independent_same_story', 'https://freeamericanetwork.com/watch-live-closing-arguments-in-kyle-rittenhouse-trial', None, 'Watch live: closing arguments in Kyle Rittenhouse trial (untitled)', "a site's running account of Binger's morning ('cockamamie theory', 'the kill shot'); title read from the address"),
    (RT, 'st9-rt15-upi', RT15, None, False, 'independent_same_story', 'https://www.upi.com/Top_News/US/2021/11/15/kyle-rittenhouse-trial-closing-arguments/7691636981017/', '2021-11-15', 'Kyle Rittenhouse jury to begin deliberations Tuesday after closing arguments', "UPI's story ('Nov. 15 (UPI)', 'Prosecutor Thomas Bringer')"),
    (RT, 'st9-rt15-foxnews1eye', RT15, None, False, 'live_blog', 'https://foxnews.1eye.us/live-news/kyle-rittenhouse-jury-closing-arguments-live-updates', None, "Rittenhouse defense criticizes prosecution's provocation charge in closing arguments: LIVE UPDATES", "a mirror of Fox News' live page (McCloskey outside the courthouse, the judge's instruction)"),
    (RT, 'st9-rt15-neptunepine', RT15, None, False, 'live_blog', 'https://neptunepine.com/kyle-rittenhouse-trial-live-case-heads-to-jury-ahead-of-deliberations-after-closing-arguments-end/', None, 'Kyle Rittenhouse trial live: case heads to jury ahead of deliberations after closing arguments end', "a copy of a British paper's live page ('bringing a gun to a fistfight', the raffle drum); title read from the address"),
    (RT, 'st9-rt15-nbcphiladelphia', RT15, None, False, 'independent_same_story', 'https://www.nbcphiladelphia.com/news/national-international/kyle-rittenhouse-trial-live-jury-deliberations-set-to-begin/3049285/', '2021-11-16', 'Kyle Rittenhouse trial live: jury deliberations set to begin (untitled)', "NBC's Tuesday-morning page ahead of the deliberations, with an older paragraph on the testimony; title read from the address"),
    # --- the videos and the second mistrial motion (Wednesday 17 November 2021)
    (RT, 'st9-rt17-kesq', RT17, 'web9:ap-rittenhouse-day3', True, 'original', 'https://kesq.com/news/ap-national-news/2021/11/18/rittenhouse-jury-resumes-deliberating-after-2nd-mistrial-bid/', '2021-11-18', 'Rittenhouse jury resumes deliberating after 2nd mistrial bid', "AP's short first take by Tarm, Bauer and Forliti, credited, on a California station's site; title read from the address"),
    (RT, 'st9-rt17-fox40', RT17, 'web9:ap-rittenhouse-day3', False, 'partial_copy', 'https://fox40.com/morning/ask-an-attorney/ask-an-attorney-rittenhouse-jury-resumes-deliberating-after-2nd-mistrial-bid-alec-baldwin-lawsuit/', '2021-11-18', "Ask an attorney: Rittenhouse jury resumes deliberating after 2nd mistrial bid; Alec Baldwin lawsuit (untitled)", "a Sacramento station's morning segment opening with AP's two sentences, then an item on Baldwin; title read from the address"),
    (RT, 'st9-rt17-wptv', RT17, 'web9:scripps-rittenhouse-deliberations', False, 'likely_source', 'https://wptv.com/news/national/jury-deliberations-in-the-trial-of-kyle-rittenhouse-enter-second-day', None, 'Jury deliberations in the trial of Kyle Rittenhouse enter second day (untitled)', "a Florida station's national story of Wednesday evening ('according toThe Associated Press'); title read from the address"),
    (RT, 'st9-rt17-ktvq', RT17, 'web9:scripps-rittenhouse-deliberations', False, 'write_through', 'https://www.ktvq.com/news/national/rittenhouse-trial-thursday-marks-day-3-of-jury-deliberations', '2021-11-18', 'Rittenhouse trial: Thursday marks day 3 of jury deliberations (untitled)', "a Montana station (same group) with Thursday's version of the story, sharing its background paragraphs; title read from the address"),
    (RT, 'st9-rt17-cbsnewsmirror', RT17, None, False, 'independent_same_story', 'http://34.80.245.248/content_html/2021-11-18/cffa07f09a2c3bac42edc71f9efc9bf1.html', '2021-11-18', 'Kyle Rittenhouse jury resumes deliberations after asking to re-watch video', "a mirror of a national network's story ('CBS Chicago reports', the photo caption twice)"),
    (RT, 'st9-rt17-thedailycable', RT17, None, False, 'independent_same_story', 'https://thedailycable.com/11/18/general-news/41005/jury-still-deliberating-verdict-in-kyle-rittenhouse-trial-as-judge-considers-mistrial-over-drone-video/', None, 'Jury still deliberating verdict in Kyle Rittenhouse trial as judge considers mistrial over drone video', "a site's Thursday account ('Schroder'); its address shows month and day only; title read from the address"),
    (RT, 'st9-rt17-channel3000', RT17, None, False, 'independent_same_story', 'https://www.channel3000.com/rittenhouse-jury-set-to-begin-third-day-of-deliberations/', None, 'Rittenhouse jury set to begin third day of deliberations', "a Madison station's short item with a defence lawyer's comment ('a third motion for mistrial')"),
    (RT, 'st9-rt17-pantagraph', RT17, None, False, 'independent_same_story', 'https://pantagraph.com/news/state-and-regional/crime-and-courts/rittenhouse-lawyers-ask-judge-to-declare-mistrial-over-video/article_5f46b999-dc42-5a1e-b24b-e635bc9a0a09.html', '2021-11-17', 'Rittenhouse lawyers ask judge to declare mistrial over video (untitled)', "an Illinois paper's agency story (Chirafisi's 'a level, fair playing field'); title read from the address"),
    # --- the acquittal (Friday 19 November 2021)
    (RT, 'st9-rt19-tmj4', RT19, None, False, 'independent_same_story', 'https://www.tmj4.com/news/kyle-rittenhouse-trial/jury-finds-kyle-rittenhouse-not-guilty-on-all-counts', '2021-11-19', 'Jury finds Kyle Rittenhouse not guilty on all counts (untitled)', "a Milwaukee station's report listing the five counts; title read from the address"),
    (RT, 'st9-rt19-pix11', RT19, None, False, 'independent_same_story', 'https://pix11.com/news/see-it-kyle-rittenhouse-breaks-down-after-not-guilty-verdict-in-kenosha-shooting-trial/', '2021-11-19', 'SEE IT: Kyle Rittenhouse breaks down after not guilty verdict in Kenosha shooting trial', "a New York station's report with wire paragraphs (the judge's 'every measure'); title read from the address"),
    (RT, 'st9-rt19-wcco', RT19, None, False, 'independent_same_story', 'https://minnesota.cbslocal.com/2021/11/19/kyle-rittenhouse-trial-jury-finds-him-not-guilty-on-all-counts/', '2021-11-19', 'Kyle Rittenhouse trial: jury finds him not guilty on all counts (untitled)', "a Minneapolis station's three-sentence flash ('WCCO/AP'); title read from the address"),
    (RT, 'st9-rt19-gephardtdaily', RT19, None, False, 'independent_same_story', 'https://gephardtdaily.com/top-stories/kyle-rittenhouse-found-not-guilty-in-kenosha-protest-shootings', '2021-11-19', 'Kyle Rittenhouse found not guilty in Kenosha protest shootings', "UPI's story ('Nov. 19 (UPI)') on a Utah site; title read from the address"),
    (RT, 'st9-rt19-rawstory', RT19, None, False, 'independent_same_story', 'https://www.rawstory.com/kyle-rittenhouse-verdict/', None, 'Kyle Rittenhouse found not guilty on all counts in Kenosha protest shooting', "Raw Story's short report (the 'victims' ruling)"),
    (RT, 'st9-rt19-progressivetoday', RT19, None, False, 'independent_same_story', 'https://progressive.today/stories/2021/11/kyle-rittenhouse-found-not-guilty-on-all-five-counts-in-kenosha-shootings-that-killed-2-injured-1', None, 'Kyle Rittenhouse found not guilty on all five counts in Kenosha shootings that killed 2, injured 1', "an aggregator's report (Evers' statement, Rittenhouse drawing the alternates, 'ahead of Tuesday's verdict')"),
    (RT, 'st9-rt19-citrustimes', RT19, None, False, 'wire_copy', 'https://citrustimesonline.com/2021/11/19/rittenhouse-declared-not-guilty-on-all-counts-in-2020-wisconsin-incident/', '2021-11-19', 'Rittenhouse declared not guilty on all counts in 2020 Wisconsin incident', "a site's four lines pasted from a wire story with typos ('Kinosha', 'kille3d')"),
    (RT, 'st9-rt19-morningstarjournal', RT19, None, False, 'independent_same_story', 'https://morningstarjournal.com/2021/11/22/jury-pronounces-rittenhouse-not-guilty/', '2021-11-22', 'Jury Pronounces Rittenhouse Not Guilty', "a site's one-paragraph summary three days later"),
]

SHA256 = {
    'st9-of17-sfist': 'a2b233d8f881ee5c9a9238889c84e3be9262fa2db6646fc2d38d189295113115',
    'st9-of17-breakinglatest': '7ddff000a0df3eaef3afd6bb5abc6770aa077cf0ff464e3c8c644cdf09c65633',
    'st9-of17-breakinglatest2': '4858c14df31f0d2bc147b264f3791505cb9c3cafde29fea81ef287fa87f4251b',
    'st9-of17-dnaindia': '68e9e97db586eeaa4cbb3aa0d12b40251ccb2c8f815681f3431033abd643ce71',
    'st9-of17-kninevox': 'eca42c9f95972d9403c5317bccf0a48108cbbb097745429d5a7faa82fb1aac20',
    'st9-of17-dailynewsfront': '5adc339688173ada79d5dc0d09a8892e9f1d982365d75d16f6a0eb01e9a798f2',
    'st9-of20-cbsnews': 'fa61b41110d9dab3360a1841266785c788d1a528ced78a480e2e712c83352d77',
    'st9-of20-livemint': '90e6f1283bf92abe1592f40ef2a7320c28500428ada543fc02aba4d3f3cf9dd9',
    'st9-of20-socialsamosa': '0ee870676bffb92421b02a5446d3a571899e2912adf659b031733f8d19c32081',
    'st9-of20-windlasstrade': '99c26c6ab597bdfc2dd9d91229fda78c84445e542f5f39394119eb50460dad66',
    'st9-of20-aparodyoflife': '4a32bc8887e5be74a45936b54eff1f47928f0997d739c5e766bc21643baaaa01',
    'st9-of20-opindia': '694c95103272900bf29232cc63076164c77631f48fbb24945ebf9fc771d65662',
    'st9-of20-tech360': 'dd3ab710cf2c3783cd7dc3ef9375d5daf3e7b3df26d1a2b9d697040924ac39bd',
    'st9-of20-latestly': '819cffa9daf3f74687ddff4f5353d8458374dda251595375cec48783216f5081',
    'st9-of20-businesstoday': 'df21b33d4ef88b7e720bdce846178b6e3ead7a6c0a80124c28dfb402e15982d5',
    'st9-of20-newsbytes': '21371f70ce4e473c77584a734786d5607ae1759634b1dbdf937004cca791c6bb',
    'st9-of20-bgr': 'a3a98ac6332b8396d13d0fefbb61538f059e1c6e48b6a876d5952b584c9e5e40',
    'st9-of20-inkl': '28882087eb7bdb2cdd5d7c916c6e599a5da028d5f0b3708a1bc784bbab73c35d',
    'st9-of20-mezha': 'df8c8fac5482c3cc3942d9a4fb33780547b478aae87ab795116298c86a533b5b',
    'st9-of20-artifact1': 'cc48a1fd3e7a5c80c26cc22cbf281897cb7d9b6a149b78534b23addda8be9c42',
    'st9-of20-artifact2': '061cbaf74869945df921126470d8164225973a34fbcf5c891bd054ab49d6d46c',
    'st9-of21-inc': '83342a38458968add2d5446c767e4e3c2941257e99911ec6ca0130fa0a0693af',
    'st9-of21-ibtimes': 'f23ce24dccca3cce1fd864e3b5104f105d72732a27cb5cb9013c247da5b56d5f',
    'st9-of21-techcentral': '9c889609818464bbdcb86418d1971abbf2285551b87f74fa605a8221dfdf487b',
    'st9-of21-newsghana': '65daf8ee96a6e7b32a0d4e967956501d6cc4b9532dc4f59ae438eda016d4bdd2',
    'st9-of21-businessupturn': '565e72cf773e2ba1918bc0b2211cad1d8c6e7e7820ed7c0d871f0fd00d383a96',
    'st9-of21-dailydemocracy': 'a2e83f32150affece2944a48a471f54ab3bb6dd7aecb626d73b405e7cd4ec209',
    'st9-of21-bigcommunity': '4b20d7a6af0ac48f07472f47c6ef701813c14d0b5e07574cf07a09c9556f4cc5',
    'st9-of21-gzeromedia': 'a95900874f33a027d24d28397939c467e85da8d936f93b3d21b2076af5c4ef0e',
    'st9-rt10-dispatch': '44a3c371f5e856a11511bb15b2165c8a19ebd6c21767063cec71c538eb3180b1',
    'st9-rt10-mcutimes': '14d8dad836d5bf15d9336eb2c3e3786d8af9d560c1885e5ac86c779ca6bf1349',
    'st9-rt10-philippinenewsdaily': '37d8e3fd7b195be026eacef3ae50a4ea0c80b1cdb9048eb6e51caf7e79afbb6f',
    'st9-rt10-orlandosentinel': '60073f0326b173862b3bc30cfe371993ab8d7c68dd42c39c0f847f98c3d2d29d',
    'st9-rt10-bostonglobe': '715770325266a5a061dd233b559586127b7309a966ce386daae64a0475688619',
    'st9-rt10-yahoo': '2e3c25ed431d0b5034081e4f61fffc96330a2588fcbf47ebdd6f20c7f24671ff',
    'st9-rt10-iolaregister': 'afb9dfa4d96f806c257fa8983056d624fbab60a600764383c9aaacf799b7a7bf',
    'st9-rt10-livenowfox': 'cd5c33aecf4a92dc662c51ce6819afb272805c3cb0de712eaa0c18142a87aca8',
    'st9-rt15-cbs58': '38ecc93170236ec6f87e7d2e5272b02c5cad002beacf2f3b44ba80eaf87bd8fc',
    'st9-rt15-dentonrc': '7e342c4433c8716c9aa5ae093e3be253da25d3793857a241b5722d13bd57dc96',
    'st9-rt15-jsonline': 'c960994906ae35da05e93365e5db8fca4f9e52e1920bff9df6b4bb314c2e19ad',
    'st9-rt15-freeamericanetwork': '559f0b180304476253caeb75fe00507b6687d5ccf889d117efc06de5e879c4c6',
    'st9-rt15-upi': '75d53c89c2e351e05f6b09f078ccc89db81348bfcd4b9849c0d0a68a53c344f1',
    'st9-rt15-foxnews1eye': 'e8372d3f57145770eae3e722c90e3ba66af7ef51da7fbc2767378423068a8431',
    'st9-rt15-neptunepine': '76d469a25e7cf3e6d9f6bd6d58ecb9e88db23d7146acd30b6b6ff9516fca18ec',
    'st9-rt15-nbcphiladelphia': 'f230aee1a894671b6975428199c87b73087dce16587e42bdb97c1eeb0eb87203',
    'st9-rt17-kesq': 'c859ea41e18680f5c9cb4aeaed8bb23a258ee0591757f313804cf30c7140a8f9',
    'st9-rt17-fox40': 'e5589e24dbae13668a5e59fcfb17d7d498dbeadb2bf3ddc94d6992156d0652f4',
    'st9-rt17-wptv': 'ed4d1badefe7c4f907dcc540b3910c728e9e265781809f18eb0be4079689bd55',
    'st9-rt17-ktvq': '579b71de320a72a3a132cef205b2a15d5a5e6036d3bd8afc6431a9ca08cf5b09',
    'st9-rt17-cbsnewsmirror': '07acbb5f50cffd89ec2c0dd62cd692565ba7bb93d5f3eb3d4b67db6d854ce66a',
    'st9-rt17-thedailycable': '3ea3fb43ef0e4283f0104e02b3a76fc14a01b2251e1e7fe221a00a7021c51a99',
    'st9-rt17-channel3000': '75e3b7512dcfea308d1966cc44ff2227289890e36dc0e5a522d70a97f90692e0',
    'st9-rt17-pantagraph': '982873a92229e1e66d6c849e1e5555d04d91d68014f8739a5ff5fac12ee5f865',
    'st9-rt19-tmj4': 'b1fb1814aef1420a25e468c8ba1877e93cfe99805c81d25ba4ab3f3c0682cb60',
    'st9-rt19-pix11': '601b58be9cf46e8339449c41218789869e0decd66a93cf3f5a95d657a41b91cf',
    'st9-rt19-wcco': '60da7647d3fcf5a47ccaf867fc981b28a4e4d1bf8510c7246d87cb4072569078',
    'st9-rt19-gephardtdaily': 'c1a84f9c7da663f8156d097fc391e2163ba5e4c4030d51734444aeb6414b0b6e',
    'st9-rt19-rawstory': '76ecb0db491f1b53aba228ab0e2156da93a806a9699c1c78ba72cb20c174b200',
    'st9-rt19-progressivetoday': 'badbfe754bbadff6c45461de25af424715976f10ad22be542cba88a41afec0d3',
    'st9-rt19-citrustimes': '8ae7e47ecd571216c60c009666dc8828e073b758a0472dde958787d18f173534',
    'st9-rt19-morningstarjournal': '8182f76a219d9d0c84c035315e243d4250f00b60031d68ddbf760a472d507194',
}

NOTES = {
    'web9:openai-altman-fired-2023-11-17': "Six reports of the firing in different words; all quote or paraphrase the board's 'not consistently candid'. The aggregator's second page reads as a wire report translated back into English (indirect speech for Altman's post, 'not consistently open'): a copy whose source is not in the set (spun_copy, no family). Its first page is its own account: no family between them. Two other reports found (an agency's story on a radio site, a web story) are in another labelled set: left out.",
    'web9:openai-microsoft-letter-2023-11-20': "Shear's appointment and Microsoft's hiring of Altman came late on Sunday 19 November (US time), the staff letter and Sutskever's post on Monday morning; the pages of Monday report both, often together (CNN's story as translated back, Business Today): one story (doubtful: the letter is a new event of the next day, and the letter pages could be a story of their own). Reuters' Sunday-night story (the scraper site) and Business Today's wire paragraphs are different versions in different words: no family. Nadella's, Shear's and Sutskever's posts and the letter are quoted by many pages: quotations only. The news app's two summaries are two pages of one outlet without shared sentences: no family.",
    'web9:openai-altman-returns-2023-11-21': "OpenAI's post came late on Tuesday 21 November (US time); pages of Wednesday and Thursday are the same story. The South African and Ghanaian sites run two different agency pieces (a factbox and the main story): no shared sentences, no family. OpenAI's post, Altman's 'I love OpenAI' and Nadella's 'first essential step' are quoted by several pages: quotations only.",
    'web9:rittenhouse-testifies-2021-11-10': "The USA TODAY network's story (the Dispatch's dated page, labelled original though no credit line shows: doubtful) is copied twice: lightly reworded (the Philippine site) and machine-reworded ('the defense asked for a trial'; the MCU site, dated the next day): one family. The other reports (the Daily News' on the Sentinel's site, the Globe's breakdown, a video script, a Kansas paper's brief, a video caption) share only Rittenhouse's words ('I didn't do anything wrong. I defended myself', 'I was cornered'): quotations only.",
    'web9:rittenhouse-closing-2021-11-15': "Monday's closings with Tuesday morning's page (NBC: deliberations to begin, the tumbler): one story. Two live pages (Fox News' mirror, a copy of a British paper's live page) and five reports; Binger's and Richards' words ('This case is not a game', 'You cannot claim self-defense against a danger you create') are quoted by several: quotations only.",
    'web9:rittenhouse-video-mistrial-2021-11-17': "Two families: AP's two-sentence first take of Thursday ('has begun deliberating for a third day with a new defense request for a mistrial hanging over ...'), credited on a California station (original) and opening a Sacramento station's segment; and a station group's national story of Wednesday evening (the Florida station) with its Thursday version (the Montana station), sharing the background paragraphs ('Rittenhouse was 17 when he traveled ...'): no original (the first undated, neither credited). The Thursday-morning pages report no new event (the third day begins): in Wednesday's story. Chirafisi's 'a level, fair playing field' is quoted by two other reports: quotations only. The Madison station's 'a third motion for mistrial' is kept as it is.",
    'web9:rittenhouse-acquitted-2021-11-19': "Nine reports of the verdict in different words (a Milwaukee station's, a New York station's with wire paragraphs, a Minneapolis flash, UPI's, Raw Story's, an aggregator's, a site's wire lines with typos, a later summary). The site's wire lines (citrustimes: 'a turbulent night of protests', the juror's request of Thursday) come from an agency story not in the set: wire_copy without family. The summary of Monday 22 November reports only the verdict: in this story.",
}

# Pages read and left out (url: why), as web8.LEFT_OUT.
LEFT_OUT = {
    'https://www.newbioidea.com/web-stories/openai-ceo-sam-altman-fire-in-surprise-exit/': 'already in another labelled set (reuse-real)',
    'https://www.smallmarketradio.com/sam-altman-ousted-as-ceo-of-chatgpt-parent-openai-in-surprise-move/': 'already in another labelled set (reuse-real)',
    'https://ru24.net/english/365920431': "one paragraph on Sutskever's signature written later (its latest event cannot be read)",
}
