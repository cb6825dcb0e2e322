"""Pages that are not articles: error pages, paywalled teasers, listings, bot walls, cookie walls.

A scrape saves every page in the raw layout (share-buttons lines top and bottom), so a page that is
not an article still parses: its title becomes the headline and its notices the paragraphs. This
module decides from the parsed page what it *is*, never from its length alone:

- notice lines: short lines that say what the page is ('Page Not Found', 'To read this article, log
  in here', 'Checking your browser', 'Accept all cookies', an HTTP status code with its reason
  phrase, 'Our website is down for scheduled maintenance'), strong (they say it outright) or weak
  (they support a strong one: 'Search', 'Subscribe', 'Ray ID: …', 'Manage options', a firewall's or
  consent platform's name); a subscriber notice speaks
  to the reader (you, this article, an order), and a page half made of consent buttons is a wall;
- prose: paragraphs that are sentences (at least five words ending in . ! or ?, or longer than a
  notice can be) and are no notice or site furniture (copyright, 'Privacy policy');
- listing lines: dates, bylines, names and titles, 'Continue reading' links, excerpts cut with '…',
  read times, counts and pager lines ('6 min read', 'Page 2 of 17', 'Load more'), rank numbers
  between titles ('1', title, '2', title) and numbered date lines ('Issue #212 — November 27, 2026');
- a bio that names the author or is a sentence about a person (a page with one is an authored piece,
  never a wall or a listing).

`classify_page` gives the rule that holds as a `Junk` with its reject type and a message naming the
signals, or None for an article: `paywalled` by a strong notice first (a teaser can have a bio), then
the wall whose notices weigh most (`access-wall`, `error-page`, or a cookie wall as `not-an-article`;
one strong notice about the site itself, 'our website is not available in your region', weighs
enough on a page of at most two other lines), then `paywalled` by offer lines ending a short teaser,
then `listing-page`. A page no rule holds for, that shows no article body (no run of three paragraphs
longer than a notice) and no bio naming an author, is then scored by the word model
(builder/junk_words.py), which rejects it as a type only when its words say so by a margin. Parse
rejects such a page (a page that is only a wall's headline too), and the record rule `not-junk` keeps
a record the rules accept from being one parse would reject.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from . import junk_languages, junk_words
from .census_names import ALL_GIVEN_NAMES
from .identity import author_from_bio
from .layout import (
    OTHER_MONTHS,
    is_day_range_line,
    is_more_articles_line,
    is_syndication_footer,
    other_date_in,
    parse_date_line,
)
from .names import NOT_NAMES, TITLES

# reject type -> the rule and its signals; documented in docs/rejects.md and docs/raw-format.md.
JUNK_RULES: dict[str, str] = {
    "paywalled": (
        "a subscriber notice that speaks to the reader ('To read this article, log in here or Subscribe here.', 'This "
        "story is for subscribers only') and at most one prose paragraph after it that is no pitch of the offer; or, "
        "after at most three prose "
        "paragraphs, a body ending in two offer lines ('Subscribe now for $1 a week', 'Already a member? Log in'): the "
        "page is a teaser, not the article"
    ),
    "access-wall": (
        "bot or access-check notices ('Access denied', 'Just a moment…', 'Checking your browser', 'Enable JavaScript "
        "and cookies to continue', captcha, an ad-blocker wall, a geo block, a rate limit, HTTP 401/403/429/451; one "
        "that speaks of our website, this site or page is enough with at most two other body lines), no bio, and no "
        "more prose than notices plus one"
    ),
    "error-page": (
        "error notices ('Page Not Found', '404', 'This page could not be found', 'Internal Server Error', HTTP "
        "404/410/5xx with its reason phrase, 'Our website is down for scheduled maintenance'), no bio, and no more "
        "prose than notices plus one"
    ),
    "not-an-article": (
        "cookie or consent notices ('We value your privacy', 'Accept all', 'legitimate interest', 'By clicking "
        "Accept, you agree'), or a page at least half made of weak consent notices (buttons and purposes), no bio, "
        "and little prose besides; or a body with no letter or digit in any paragraph ('????', emoji)"
    ),
    "listing-page": (
        "a list of other articles: at least two dates, 'Continue reading' links, cut-off excerpts or read-time and "
        "pager lines, rank numbers between titles, 'Issue #212 — November 27, 2026' (or a listing title such as "
        "'Recent Articles'), names or links between them, at least half the "
        "body lines not prose and never three prose paragraphs in a row, and no bio"
    ),
}

_NOTICE_MAX = 300  # a notice, date, name or title is a short line; longer lines are prose
_A = "[’']"  # apostrophe, straight or curly
# 'cannot', 'can’t', 'could not', 'couldn't', 'wasn’t', 'is not', 'does not', 'didn’t', ...
_NOT = (
    rf"(?:can(?:not|{_A}t| not)|could(?:n{_A}t| not)|was(?:n{_A}t| not)|is(?:n{_A}t| not)|does(?:n{_A}t| not)|"
    rf"did(?:n{_A}t| not)|are(?:n{_A}t| not))"
)


def _rx(*alternatives: str) -> re.Pattern:
    return re.compile("|".join(f"(?:{a})" for a in alternatives), re.IGNORECASE)


# --- HTTP status codes: a server or a wall says what the page is by its status ---------------------

# code -> (kind, reason phrase as a pattern): RFC 9110's phrases, and Cloudflare's for its 52x codes
# (the origin server is down: an error page, not a bot check). 401, 403, 429 and 451 refuse *this
# reader* (not signed in, blocked, too many requests, a country's law): access walls; the others
# say the page is missing or the server failed: error pages.
HTTP_STATUS: dict[int, tuple[str, tuple[str, ...]]] = {
    400: ("error-page", ("bad request",)),
    401: ("access-wall", ("unauthori[sz]ed", "authori[sz]ation required")),
    403: ("access-wall", ("forbidden", "access denied")),
    404: ("error-page", ("(?:page |file )?not found",)),
    405: ("error-page", ("method not allowed",)),
    408: ("error-page", ("request time-?out",)),
    410: ("error-page", ("gone",)),
    429: ("access-wall", ("too many requests", "rate limited")),
    451: ("access-wall", ("unavailable (?:for|due to) legal reasons",)),
    500: ("error-page", ("internal server error",)),
    501: ("error-page", ("not implemented",)),
    502: ("error-page", ("bad gateway",)),
    503: ("error-page", ("service (?:temporarily )?unavailable",)),
    504: ("error-page", ("gateway time-?out",)),
    520: ("error-page", ("web server is returning an unknown error",)),
    521: ("error-page", ("web server is down",)),
    522: ("error-page", ("connection timed out",)),
    523: ("error-page", ("origin is unreachable",)),
    524: ("error-page", ("a timeout occurred",)),
    525: ("error-page", ("ssl handshake failed",)),
    526: ("error-page", ("invalid ssl certificate",)),
}


def _status_phrases(kind: str, one_word: bool) -> str:
    return "|".join(
        p for k, phrases in HTTP_STATUS.values() if k == kind for p in phrases if (" " not in p) == one_word
    )


def _status_patterns(kind: str) -> tuple[str, ...]:
    """A code of `kind` next to its own reason phrase ('429 Too Many Requests', '451: Unavailable due to
    legal reasons', 'Gone (410)'), after 'Error', 'HTTP', 'status' or 'code' ('Error 403', 'HTTP/1.1 503'), alone
    on its line ('404'), or a reason phrase of two words or more alone on its line ('Bad Gateway';
    a one-word phrase such as 'Gone' could be a poem's title: `_one_word_status` is a weak signal)."""
    codes = "|".join(str(c) for c, (k, _) in HTTP_STATUS.items() if k == kind)
    with_phrase = "|".join(
        rf"{c}\W{{0,3}}(?:{'|'.join(phrases)})" for c, (k, phrases) in HTTP_STATUS.items() if k == kind
    )
    # The phrase first, its code in brackets or after a dash or colon ending the line: 'Gone (410)', 'Not
    # Found – 404' (not 'the waters had gone, 410 homes …', nor a headline 'Gone – 410 Homes in One Night').
    phrase_first = "|".join(
        rf"(?:{'|'.join(phrases)})\s?(?:\(\s?{c}\s?\)|[-–—:|]\s?{c}\W*$)"
        for c, (k, phrases) in HTTP_STATUS.items()
        if k == kind
    )
    return (
        rf"\b(?:{with_phrase})\b",
        rf"\b(?:{phrase_first})",
        rf"\b(?:error|http(?:/\d(?:\.\d)?)?|status|code)\W{{0,3}}(?:{codes})\b",
        rf"^\W*(?:error\W*)?(?:{codes})\W*$",
        rf"^\W*(?:{_status_phrases(kind, one_word=False)})\W*$",
        # a code opening a line of the server's own words ('502 · upstream did not respond · req 7f3c…': u83-04)
        rf"^\W*(?:{codes})\s?[·|:–—-]\s?(?:upstream|gateway|backend|origin|proxy|server|timeout|timed out)\b",
    )


def _one_word_status(kind: str) -> str:
    return rf"^\W*(?:{_status_phrases(kind, one_word=True)})\W*$"


# --- notices, by kind: strong ones say what the page is; weak ones only support a strong one ------

_PAYWALL_STRONG = _rx(
    # 'To read this article, log in here or Subscribe here.', 'In order to read subscriber articles, …'
    # ('To read the full story, …', 'To keep reading, …'; not 'To view the plans, register on the council's portal')
    r"\b(?:to|in order to) (?:read|continue reading|keep reading|access|view|unlock|finish)(?:,| (?:this|the (?:full|"
    r"rest|whole|entire|article|story)|our|all|more)\b)(?=.*\b(?:subscri|log "
    r"?in\b|sign ?in\b|register|create (?:a |an |your )?(?:free )?account|become a member|membership|premium|paywall))",
    rf"\b(?:to|in order to) (?:read|access|view) (?:our |all )?(?:subscriber|premium|members?{_A}?)[- ]?(?:only "
    rf")?(?:articles?|stories|content)",
    r"\b(?:subscribe|log ?in|sign ?in|register|sign up|become a (?:subscriber|member)|join|start (?:your |a )?(?:free "
    r")?trial)\b.{0,40}\bto (?:continue "
    r"reading|keep reading|read (?:this|the (?:full|rest|whole|entire)|on\b|more of this)|"
    r"continue\b(?! (?:supporting|"
    r"to))|unlock|access (?:this|the full)|get (?:full|unlimited) access|finish)",
    r"\b(?:subscribers?|members?|paying (?:readers|subscribers)|premium)[- ](?:only|exclusive)\b",
    r"\bexclusive(?:ly)? (?:for|to) (?:our )?(?:paid |paying |digital |premium )?(?:subscribers|members)\b",
    # 'This article is reserved for Karoo Ledger Premium members' (not '… available to members of the public')
    r"\b(?:article|story|content|piece|post|page|report|this) (?:is|are) (?:only )?(?:available |reserved |open "
    r")?(?:only )?(?:for|to) (?:our )?(?:[\w+]+ ){0,3}?(?:paid |paying |digital |premium |registered )?(?:subscribers|"
    r"members)\b(?! of\b)",
    rf"\byou{_A}?(?:ve| have) (?:reached|hit|used(?: up)?|read) (?:your|all (?:\d+ )?(?:of )?your|the) (?:\w+ )?"
    r"(?:limit|free|allowance)",
    r"\bfree (?:articles?|stor(?:y|ies)|reads?) (?:remaining|left|this month)\b",
    # a subscriber's way back in: 'Already on MBJ Pro? Sign in to carry on reading.' (not a column's own 'Sign in
    # to carry on reading. I had no account …')
    r"^\W*already (?:on|a|have)\b[^?]{0,40}\?\s*(?:sign|log) ?in to carry on reading\W*$",
    # a meter's last word, a line of its own: 'That’s all four of your free articles for April' (not a column's
    # 'That’s all four of your free articles for April, it announced, …')
    rf"^\W*(?:that{_A}s|those (?:are|were)) all (?:\w+ )?(?:of )?your free (?:articles|stories|reads)(?: (?:for|this) "
    r"\w+)?\W*$",
    r"\b(?:only )?(?:paying |paid |digital |premium )?(?:subscribers|members) (?:can|may) (?:read|access|view|see|"
    r"continue)\b",
    # (this article: not an inquiry's 'the rest of the report is available to families')
    r"\b(?:the )?rest of this (?:article|story|piece|report|essay) is (?:only )?(?:available|for|locked|reserved|"
    r"behind)\b",
    # a registration wall: 'Create a free account to read the rest of this report'
    r"\b(?:create|register for|open|set up|sign up for) (?:a |an |your )?(?:free )?(?:account|registration)\b.{0,30}"
    r"\bto (?:read|continue reading|keep reading|access|unlock)\b",
    r"\b(?:unlock|continue reading) (?:this|the full|full|the rest of this)? ?(?:article|story)? ?(?:with|by "
    r"(?:subscribing|becoming))\b",
    r"\bunlock (?:this|the full|full) (?:article|story)\b",
    # 'Continue reading your article with a Ledger membership', 'Keep reading with a 7-day free trial' (not a
    # library's 'Start reading on July 1 and register at any branch')
    r"\b(?:continue|keep|start|finish) reading\b.{0,40}\b(?:with|by|for)\b.{0,20}\b(?:subscri\w*|member(?:ship)?s?|"
    r"premium|(?:free )?trial|account|log ?in|sign ?in|register|plan)\b",
    r"\bsubscription (?:is )?required\b|\b(?:is|are|sits|now|remains|stays|locked|hidden|available) behind "
    r"(?:our|a|the) paywall\b",  # (not 'Nothing will be put behind a paywall', an editor's promise)
    # 'Finish this story and get unlimited access to Premium' (not 'Read the full report on members' allowances')
    r"\b(?:finish|continue|keep reading) (?:this|the rest of this) (?:story|article|piece)\b"
    r".{0,40}\b(?:subscri\w*|membership|premium|log ?in|sign ?in|register)\b",
    # 'This is a premium article.', 'This is a subscriber-only story'
    r"\bthis is an? (?:premium|subscriber|members?|paid|exclusive)(?:[- ]only)? (?:article|story|piece|report)\b",
    # 'Subscribe now for unlimited access to the Chronicle online', 'Join today and get full access'
    r"\b(?:subscribe|sign up|join|register)\b.{0,30}\b(?:for|to get|and get|to enjoy|and enjoy) (?:full|unlimited|"
    r"complete|instant|digital|premium) access\b",
    # a donation gate: 'To keep reading, make a contribution of any amount', 'I’ve already donated'
    r"^\W*to (?:keep|continue|finish) reading,? (?:please )?(?:make a (?:contribution|donation|gift)|donate|contribute|"
    r"give (?:what|any)|chip in)\b",
    # an app-only story: 'Open this story in the app to keep reading'
    r"\b(?:in|on) (?:the|our) app to (?:keep|continue|finish) reading\b|\b(?:open|read|continue|finish) (?:this|the) "
    r"(?:story|article|piece) in (?:the|our)\b.{0,20}\bapp\b",
    # 'Support independent journalism to unlock the rest of this story'
    r"\b(?:support|donate|contribute|give)\b.{0,40}\bto (?:unlock|continue reading|keep reading|read the rest)\b",
    # a shared link that no longer opens the article: 'This gift link has expired.'
    r"\bgift(?:ed)? (?:link|article)s?\b.{0,40}\b(?:has|have) expired\b|\bgifted articles can only\b",
)
_PAYWALL_WEAK_ENGLISH = _rx(
    # the end of a preview, a line of its own: a teaser's tail with its offer ('You’ve reached the end of the free
    # preview.' over 'Become a member': u56), no strong notice, which a column or a poem quotes (break42)
    rf"^\W*you{_A}?(?:ve| have) reached the end of (?:the|this|your) (?:free )?(?:preview|sample|excerpt)\W*$",
    # the meter's end as a line of its own ('You’ve reached the end of your free stories for this month': u63-05), weak
    # as the preview's is (a column's punchline, a brief that quotes the box: break47)
    rf"^\W*you{_A}?(?:ve| have) reached the end of your (?:\w+ )?free (?:articles?|stories|reads)\b.{{0,30}}$",
    rf"\b(?:i{_A}ve|i have) already (?:donated|contributed|given)\b",
    r"^(?:subscribe|log ?in|sign ?in|register|more|read more)(?: (?:here|now|today))?\W*$",
    r"\balready (?:a |have an? )?(?:subscriber|member|account)\b",
    r"^\W*(?:become|join as) an? (?:member|subscriber|supporter)\W*$",
    r"\b(?:subscribe|subscription|subscriber|log ?in|sign ?in|cancel any ?time|per (?:month|week)|/month|free trial)\b",
    # 'Your complimentary preview of the Ledger has ended.'
    r"\byour (?:free |complimentary )?(?:preview|trial|access)\b.{0,40}\b(?:has )?(?:ended|expired|run out)\b",
)
# A region-locked video's sentence about 'the' video: weak, in any length of line (a guide to watching a match says
# it too: break21, break23), strong only after a reason or an apology (below).
_REGION_LOCKED = (
    r"(?:content|video|clip|programme|program|stream) (?:can only be (?:played|viewed|watched|streamed) (?:in|from)|"
    r"is only available (?:to (?:viewers|users|visitors) )?in)\b"
)
_REGION_LOCK = re.compile(r"\bthe " + _REGION_LOCKED, re.IGNORECASE)
_ACCESS_STRONG = _rx(
    r"\baccess (?:denied|to this (?:page|site|website|resource) (?:has been|is|was) (?:denied|blocked|restricted))\b",
    rf"\byou (?:don{_A}?t|do not) have (?:permission|authori[sz]ation) to access\b",
    r"\b(?:your|this) (?:request|access|ip(?: address)?|connection|browser|computer|device|network)\b.{0,30}\b(?:has "
    r"been|was|is|have been) (?:temporarily )?(?:blocked|denied|flagged|limited|restricted|suspended|rate[- ]limited)",
    rf"\b(?:you have been|you{_A}ve been|you are|you{_A}re) (?:temporarily )?blocked\b|\bsorry, you have been "
    rf"blocked\b",
    r"^just a (?:moment|second|sec)\b",
    r"\bchecking (?:your browser|if the site connection is secure|the site connection|whether you are|that you are)\b|"
    r"^\W*(?:verifying|validating) your (?:browser|connection|device)\b",
    rf"\b(?:verify(?:ing)?|confirm(?:ing)?|prove|show us) (?:that )?(?:you are|you{_A}re|you{_A}re not|you are not|"
    rf"you{_A}re a|you are a) (?:a )?(?:human|not a (?:robot|bot)|(?:real )?person|robot|bot)\b",
    rf"\b(?:are you a (?:robot|human|bot)|i{_A}?m not a (?:robot|bot)|not a robot)\b",
    # not an automated visitor; the check's button 'I am a human reader' as its own line (u90-13)
    rf"\b(?:you{_A}re|you are) not an? (?:automated|bot|robotic) (?:visitor|user|reader|program|script)\b|"
    # (a poem's 'I am human' is none: without its box, only the button's words for a reader)
    rf"^\W*(?:\[\s?\]|☐|□)\s*(?:i am|i{_A}m) (?:a )?(?:human|real person)\W*$|^\W*(?:i am|i{_A}m) (?:a )?(?:real "
    r"reader|human reader|(?:human|person), not a (?:bot|robot))\W*$",
    # (not after 'if' or 'whether': a question about the check)
    rf"(?<!\bif )(?<!\bwhether )\b(?:you are|you{_A}re) (?:a )?real (?:reader|person|human|visitor)\b.{{0,30}}\bnot a "
    r"(?:script|bot|robot)\b",
    # (and 'allow' before 'cookies': 'Turn on JavaScript and allow cookies for this site, then reload the page.', u98)
    r"\b(?:enable|turn on|switch on|allow|activate) (?:javascript|js) and (?:allow |enable |accept )?cookies\b|"
    r"\bjavascript and cookies (?:to continue|are "
    r"required|must be enabled)",
    # a line that is only 'JavaScript is disabled' (not 'Please enable JavaScript to view the comments', which
    # sits under many a real article; 'The Tribune requires JavaScript to display its stories' is weak)
    r"^\W*(?:javascript (?:is )?(?:disabled|required|not enabled|turned off)|please enable javascript)\W*$",
    # the default texts of app frameworks: 'You need to enable JavaScript to run this app.', '… doesn’t work
    # properly without JavaScript enabled. Please enable it to continue.'
    r"\benable javascript to (?:run|use|view|see) this (?:app|site|page|website)\b|\bwithout javascript enabled\b",
    # an age gate's order: 'You must be 18 or over to enter', 'You must be 21 years of age or older to visit this
    # site', 'Please confirm your age' (the gate's question and 'age verification' are only weak: news of
    # age-verification laws says them)
    r"\byou must be (?:of legal (?:drinking )?age|(?:at least )?(?:18|21)(?: years(?: of age)?)?(?: or (?:over|"
    r"older))?) to (?:enter|access|view|visit|use)\b|\b(?:please )?confirm (?:your age|(?:that )?you are (?:over|at "
    r"least) (?:18|21))\b",
    # a whole site behind a login: 'You must be a signed-in member to access any part of this site'
    r"\bto (?:access|view|enter|use) any part of (?:this|the|our) (?:site|website)\b",
    r"\b(?:re)?captcha\b|\bhcaptcha\b|\bhuman verification\b|\bbot (?:check|detection|protection|verification)\b",
    r"\bpardon our interruption\b|\bunusual (?:traffic|activity|behaviou?r) (?:coming )?from your\b|"
    r"\bautomated (?:requests|queries|access|traffic|bots?)\b",
    r"\bddos protection\b|\bsecurity (?:check|service to protect|verification)\b|\b(?:403 forbidden|error 403|"
    r"forbidden)\b",
    r"\bpress (?:&|and) hold\b|\brequest (?:unsuccessful|blocked|rejected)\b|\bincapsula incident\b",
    # a geo block: 'This content is not available in your region', 'access cannot be granted'
    r"\bnot (?:available|accessible|permitted) (?:in|from|to (?:users|visitors|readers) in) your (?:country|region|"
    r"location|area|territory|jurisdiction)\b|\bunavailable in your (?:country|region|location|area)\b|"
    # a region-locked video: 'Due to rights restrictions, this content can only be played in the United Kingdom.'
    # ('this': the page's own video; a guide to watching a match says 'The stream is only available in Ireland
    # on the TG4 Player' in its sentences, and a brief's headline '… Due to Broadcast Rights Restrictions': break21)
    # ('the' only after a reason or an apology opening the line: 'Due to rights restrictions, the video can only be
    # played in Ireland.': break22; 'The stream is only available in Ireland' is weak: a guide says it, break23)
    r"(?:\bthis|^\W*(?:sorry|unfortunately|due to [\w ]{0,30}restrictions),? the) " + _REGION_LOCKED,
    # 'not available to visitors connecting from the European Economic Area (EEA)'
    r"\bnot (?:currently )?(?:available|accessible|offered) to (?:users|visitors|readers)(?: (?:connecting|located|"
    r"based))? (?:from|in) the "
    r"(?:european|eea\b|eu\b|uk\b|united kingdom)",
    r"\baccess\b.{0,30}\b(?:cannot|can(?:no|’|')t|could not|can not) be (?:granted|given|provided|allowed)\b|\baccess "
    r"from your (?:country|region|location)\b|\bgeo[- ]?(?:block|restrict)\w*",
    # rate limiting: 'You have sent too many requests', 'Rate limit exceeded', 'Access from your connection is paused'
    r"\btoo many requests\b|\brate[- ]limit(?:ed|ing)?\b|\b(?:access|requests?) from your (?:connection|network|ip"
    r"(?: address)?|device) (?:is|has been|was) (?:temporarily )?(?:paused|blocked|limited|restricted|suspended)\b",
    # a geo block: 'Readers in your region can’t open the Chronicle right now'
    rf"\b(?:readers|visitors|users) in your (?:region|country|area) (?:can{_A}?t|cannot|can not) (?:open|access|read|"
    r"view)\b",
    # an unsupported-browser wall: 'Your browser is not supported', 'Please update to the latest version of …'
    r"\b(?:your |this )?browser(?: version)? is (?:not|no longer) supported\b|\bunsupported browser\b|\b(?:update|"
    r"upgrade) (?:your browser|to (?:the latest|a (?:newer|more recent)) version of)\b|\b(?:no longer|does not|"
    rf"doesn{_A}t) supports? (?:internet explorer|your browser|this browser|older (?:browsers|versions of))\b|"
    r"\bswitch to a (?:recent|newer|modern|supported) (?:version of (?:one of )?(?:these|a|your) )?browsers?\b",
    # an ad-blocker wall: 'It looks like you’re using an ad blocker', 'Please disable your ad blocker to continue'
    r"\b(?:disable|turn off|switch off|pause|deactivate|whitelist|allow ?list)\b.{0,40}\bad[- ]?block",
    rf"\b(?:you{_A}re|you are|are you) (?:using|running) (?:an? )?ad[- ]?block|\bad[- ]?block(?:er|ing)? (?:detected|"
    r"is (?:on|enabled|active))",
    *_status_patterns("access-wall"),
)
_ACCESS_WEAK = _rx(
    r"\bare you (?:of )?(?:legal (?:drinking )?age|over (?:18|21)|(?:18|21)(?: years old)? or (?:over|older))\b|\bage "
    r"verification\b|\bdate of birth\b",
    r"\bray id\b|\bcloudflare\b|\bincident id\b|\breference (?:#|number|id|no\.?)|\bperformance (?:&|and) security\b|"
    r"^\W*reference:?\s+[0-9a-f]{8,}\W*$|^\W*(?:protection|protected|security) (?:provided )?by\b",  # (u90-13)
    r"\b(?:enable|requires?|needs?|turn on) javascript\b|\bjavascript (?:is )?(?:required|disabled)\b",
    # the words US news sites printed to European readers when GDPR came in
    r"\bunavailable in (?:most )?(?:european|eu) countries\b|\bwe are engaged on the issue\b|\btechnical "
    r"compliance solutions\b",
    r"\bdue to (?:rights|licensing|licence|license|broadcast rights) restrictions\b",
    _REGION_LOCK.pattern,
    # a VPN or proxy block; an ad-blocker wall's buttons and offers: 'allow ads', 'reload', 'go ad-free'
    r"\b(?:vpn|proxy|anonymi[sz]ing)\b|\ballow ads\b|\bad[- ]free\b|\b(?:turned|switched) (?:it|them) off\b|\breload\b",
    # an age gate's buttons: 'I am 21 or older', 'I am under 18'
    rf"^\W*(?:i am|i{_A}m) (?:over |under )?(?:18|21)\b",
    r"\bthis process is automatic\b|\bredirect(?:ed)?\b|\bwhy am i seeing this\b|\bplease (?:wait|stand by)\b|"
    r"^\W*one more step\W*$",
    r"\bfew seconds\b|\bsecurity\b|\bbrowser\b|\bblocked\b|\bip address\b|\btry again\b|\bsite owner\b|\bsupport id\b",
    # what a block page prints for support ('Block ID: GEO02', 'Your IP: …', 'Request ID: …'), and the
    # names of the firewall and bot-check vendors that sign such pages
    r"\b(?:block|request|event|client|error|verification) id\b|^(?:your |client )?ip(?: address)?\W|"
    r"\b(?:akamai|incapsula|imperva|sucuri|perimeterx|datadome|hcaptcha|kasada|cloudproxy|web ?site firewall|"
    r"web application firewall)\b",
    _one_word_status("access-wall"),
)
_ERROR_STRONG = _rx(
    r"^\W*(?:error\W*)?(?:404|410|500|502|503|504)\W*$|\b(?:error|code|status)\W{0,3}(?:404|410|5\d\d)\b|"
    r"\berror\b(?:\W+[a-z]+){0,2}\W+(?:404|410|5\d\d)\b",
    r"\b(?:404|410|5\d\d)\W{0,3}(?:error|(?:\w+ ){0,3}not found|gone|internal server|bad gateway|service "
    r"unavailable|(?:content |page |article )?(?:withdrawn|removed|deleted))\b",
    # a page the site could not build: 'hit an error and could not assemble this story'
    r"\b(?:could not|couldn(?:’|')t|was unable to|failed to) (?:assemble|load|display|build|render|show|generate) "
    r"(?:this|the) (?:page|story|article)\b",
    # 'This preview link has expired' (a gift link that has expired is a paywall's: checked first)
    r"\b(?:this|the) (?:\w+ )?(?:link|story|article|page|content) (?:has |is )?expired\b",
    r"\b(?:an|some) (?:unexpected |unknown |internal )?error (?:has )?occurred\b",
    r"\bpage (?:is )?(?:currently )?(?:unavailable|not available|no longer available)\b|\bpage (?:was |is )?not "
    r"found\b|^(?:\W*)(?:not found|file not found|nothing (?:was )?found|page missing)\W*$",
    # ('post' is no 'post office': 'The village post office could not be reached for three days')
    rf"\b(?:page|link|url|address|article|story|post(?! office)|content|resource|file)\b.{{0,80}}\b{_NOT} (?:be )?"
    rf"(?:found|located|reached|displayed)\b",
    # not a search box's help, 'Didn’t find what you were looking for? Try different keywords' (the reader's search)
    rf"\b(?!did(?:n{_A}t| not) find what you(?: were| are|{_A}re)? looking for\?)"
    rf"(?:{_NOT}|unable to) (?:seem to )?find (?:that|this|the|what|a|any)\b"
    rf".{{0,60}}\b(?:page|link|url|address|looking for|requested)",
    # the page itself, named right before its state ('This link no longer exists'; not 'The rail link no longer
    # exists; the track bed is now a greenway')
    rf"(?:\b(?:this|the|that) |^\W*(?:requested |sorry,? )?)(?:page|link|url|article|story|post(?! office)|content)\b"
    rf".{{0,30}}\b(?:{_NOT}|no longer) (?:exists?|available)\b",
    r"\bcould not reach (?:its|our) (?:article|content|news|story) database\b|\b5\d\d\W{0,3}(?:back (?:shortly|soon)|"
    r"we(?:’|')ll be (?:right )?back)\b",
    # WordPress's fatal error: 'There has been a critical error on this website.'
    r"\bthere has been a critical error on (?:this|your) website\b|"
    r"\b(?:internal server error|bad gateway|service (?:temporarily )?unavailable|gateway time-?out|server error|"
    r"error establishing a database connection|http error)\b",
    r"\b(?:this|the) (?:page|article|story|post|content|link) (?:has been|was|is) (?:permanently )?(?:removed|deleted|"
    r"unpublished|taken down|expired|withdrawn)\b|^\W*(?:article|story|content|page|post) (?:withdrawn|removed|"
    r"unpublished|deleted)\W*$",
    # 'the article you requested has moved or been removed', 'the page you are looking for no longer exists'
    rf"\bthe (?:article|page|story|post|content|link|url|item) you (?:requested|(?:are|were|{_A}re) (?:looking|"
    rf"searching) for|tried to (?:reach|visit|access|open)|followed)\b.{{0,60}}\b(?:moved|removed|deleted|renamed|"
    rf"expired|no longer|{_NOT})",
    rf"\b(?:article|page|story|post)\b.{{0,10}}\b(?:is(?:n{_A}t| not| no longer)) here\b",
    r"\bthe (?:article|page|story|post) that used to be (?:at this address|here)\b",
    r"\bmay have been (?:moved|removed|deleted|renamed|taken down|unpublished)|\b(?:moved|removed|deleted),? (?:or|"
    r"and) (?:moved|removed|deleted|renamed)\b",
    # a server's own words: 'The requested resource /x.html is no longer available on this server'
    rf"\bthe requested (?:url|resource|page|document|file|path)\b.{{0,120}}\b(?:{_NOT}|no longer|unavailable|not "
    rf"found|was not|could not)",
    rf"\b(?:resource|document|file|url|address)\b.{{0,80}}\b(?:{_NOT}|no longer) (?:exists?|available|found)\b",
    # the site says it is down now, of itself: 'Our website is down for scheduled maintenance', 'This site is
    # temporarily unavailable', 'We are down for maintenance' (a brief about another site's outage names
    # that site, and a notice of maintenance to come says 'will be')
    r"\b(?:our|this) (?:web ?site|site|page|service|server)s? (?:is|are)(?: currently| temporarily| briefly| now)? "
    r"(?:down|offline|unavailable|not available|under(?:going)? (?:\w+ )?maintenance)\b",
    rf"\b(?:we are|we{_A}re)(?: currently| temporarily| briefly)? (?:down|offline) for (?:\w+ )?maintenance\b",
    # a line that is only the page's state: 'Site under maintenance', 'Website temporarily down for maintenance'
    r"^\W*(?:(?:web)?site|page) (?:is )?(?:currently |temporarily )?(?:under|down for) (?:\w+ )?maintenance\W*$",
    # 'page not found' in the languages of EU sites (German, French, Spanish, Portuguese, Italian, Dutch)
    r"^\W*(?:seite nicht gefunden|page (?:non trouvée|introuvable)|p[áa]gina no encontrada|p[áa]gina não encontrada|"
    r"pagina non trovata|pagina niet gevonden|(?:fehler|erreur|errore|erro|fout) 404)(?:\W*$|\s+[|·]\s+[^|]{1,60}$)",
    r"\bseite\b.{0,60}\b(?:nicht gefunden|existiert (?:leider )?nicht)\b|\bpage\b.{0,60}\best introuvable\b|"
    r"\bp[áa]gina\b.{0,60}\b(?:no existe|no está disponible|não existe|não foi encontrada|não está disponível)\b|"
    r"\bpagina\b.{0,60}\b(?:non esiste|non è disponibile|bestaat niet|is niet gevonden)\b",
    *_status_patterns("error-page"),
)
_ERROR_WEAK = _rx(
    r"\boops\b|\bwhoops\b|\bsomething (?:went wrong|broke)\b|\btry again later\b|\bbroken link\b|\bmistyped\b|"
    r"\btypo\b",
    # a program's exception named on the page ('TemplateRenderError: …'), in its own case
    r"(?-i:\b[A-Z][A-Za-z]+Error\b)",
    r"\b(?:check|double-check) the (?:url|address|spelling|link)\b|\b(?:return|go|head|get|take me) (?:back )?(?:to "
    r"(?:the |our )?)?home(?:page| page)?\b|^\W*(?:return|go|head|get|take me) (?:back )?to (?:the |our )?(?:\w+ ){1,3}"
    r"home ?page\W*$",
    r"\bback to (?:the )?(?:home|front) ?page\b|^back to (?:the )?\w+\W*$|^(?:home|homepage|search|search for:?|"
    r"search the site|search \w+)\W*$",
    r"\btry (?:a |our )?search(?:ing)?\b|\bsearch (?:our site|the site|our archives?|again|below|for it)\b|"
    r"\bthe page you\b",
    r"\b(?:technical (?:difficulties|problem|issue)|maintenance|down for)\b|\berror\b|\bdead end\b",
    # an outage page's headline line: 'We’ll be right back', 'We will be back soon', 'Back soon!'
    rf"^\W*(?:we{_A}ll|we will) be (?:right )?back\b(?: (?:soon|shortly|online))?\W*$|^\W*back (?:soon|shortly)\W*$",
    # ... its promise in a sentence, and its headline's break ('… will be here when we’re back', 'The Ledger is taking a
    # short break': u72-04)
    rf"\bwhen we{_A}re back\b|\bis taking a (?:short |brief |quick )?break\b",
    # ... its thanks for the wait, as a line of its own ('Thanks for bearing with us.': u89-04), and its headline's
    # tune-up ('The Ledger is getting a tune-up')
    r"^\W*(?:thanks|thank you),? (?:(?:so much|again) )?for (?:bearing with us|your patience|being patient|"
    # (not an apology for the inconvenience, which a geo-block's page says too: w3-47)
    r"waiting)\W*$|\bis getting a (?:tune-up|makeover|refresh|facelift)\b",
    r"\b(?:trouble|problem|difficulty) (?:loading|finding|displaying|showing) (?:this|the|that) page\b",
    # a PHP warning printed over the page: 'Warning: mysqli_real_connect(): (HY000/1040): Too many connections …'
    r"^(?:php )?(?:warning|fatal error|parse error): \w+\(\)",
    # 'back to the home page' and 'oops' in those languages
    r"^\W*(?:(?:zurück )?zur startseite|retour à l(?:’|')accueil|volver a (?:la portada|inicio)|voltar (?:à página "
    r"inicial|ao início)|torna alla (?:home(?:page)?|pagina iniziale)|terug naar (?:de )?(?:home(?:page)?|voorpagina))"
    r"\W*$|\b(?:oups|hoppla)\b|^\W*ups!",
    # 'something went wrong' in those languages
    r"\b(?:něco se pokazilo|etwas ist schiefgelaufen|algo (?:salió|ha salido) mal|qualcosa è andato storto|er is iets "
    r"misgegaan|algo correu mal|något gick fel|noget gik galt|coś poszło nie tak)\b",
    # ... and as other sites word it (b34, u50-03): 'Da ist etwas schiefgegangen', 'Er ging iets mis', 'Qualcosa non
    # ha funzionato', 'Ha ocurrido un problema', and 'try again' in the reader's person
    # (as the whole line: a brief's 'Er ging iets mis bij een update' is no notice, a review)
    r"^\W*(?:(?:da|hier) ist (?:leider )?etwas schiefgegangen|etwas ist schiefgegangen|er ging iets mis|er is iets "
    r"(?:fout|mis) gegaan|qualcosa non ha funzionato|ha (?:ocurrido|habido) un (?:problema|error)|algo (?:ha fallado|"
    r"falló)|quelque chose s[’']est mal passé|un problème (?:est survenu|s[’']est produit)|noe gikk galt|något gick "
    r"snett|něco se nepovedlo|houve um problema)\W*$",
    # ... and 'try again' in the reader's person, opening its line (not 'È la riprova che …', a review)
    r"^\W*(?:bitte |por favor |per favore )?(?:versuche es|versuchen sie es|probeer het|opnieuw proberen|riprova|"
    r"inténtelo|inténtalo|vuelva a intentarlo|vuelve a intentarlo|réessayez|tente (?:novamente|de novo)|försök igen|"
    r"prøv (?:igen|igjen)|spróbuj (?:ponownie|odświeżyć)|zkuste (?:to )?(?:znovu|později)|seite neu laden)\b",
    r"^\W*(?:tillbaka till startsidan|tilbage til forsiden|wróć na stronę główną|powrót do strony głównej|zpět na "
    r"(?:hlavní|úvodní|titulní) (?:stránku|stranu))\W*$",
    r"\bon this server\b|\bforwarding address\b|\bserver (?:at|signature)\b|^(?:apache|nginx|microsoft-iis)\b",
    # WordPress's database error page: 'Are you sure you have the correct username and password?', 'contact your host'
    r"\bwp-config\.php\b|\bdatabase (?:server|connection|error)\b|\bcontact your (?:web )?host\b|^are you sure "
    r"(?:you have|the)\b",
    _one_word_status("error-page"),
)
_COOKIE_STRONG = _rx(
    r"\b(?:we|this (?:site|website)|our (?:site|website|partners))\b.{0,30}\b(?:use|uses|set|sets|place|places|store|"
    r"stores|process|processes|collect|collects)\b.{0,40}\bcookies\b",
    r"\bcookies?\b.{0,60}\b(?:consent|preferences|settings|policy|partners|necessary|essential|tracking|"
    r"personali[sz]\w*|advertis\w*|analytics)\b",
    r"\b(?:accept|allow|manage|reject|decline|refuse) (?:all |optional |non-essential )?cookies\b|\bcookie (?:banner|"
    r"consent|settings|preferences|choices)\b",
    r"\b(?:we|our site|this site)\b.{0,20}\b(?:value|respect|care about|take)\b.{0,10}\byour privacy\b|\byour privacy "
    r"(?:choices|options|settings|preferences|matters)\b",
    # 'legitimate interest' of a dialog names its partners, vendors or data (not a court's 'an operator had a
    # legitimate interest in keeping the car park free')
    r"\b(?:our|the) use of cookies\b|^cookies help us\b|\blegitimate interests?\b(?=.*\b(?:partners?|vendors?|data|"
    r"purposes?|object|cookies?|processing)\b)|\b(?:partners?|vendors?|object to|purposes?)\b.{0,60}\blegitimate "
    r"interests?\b|\bstore and(?:/or)? access "
    r"information on (?:a|your) device\b|\bconsent (?:preferences|settings|management|manager|choices)\b",
    # a button as a line of its own ('Reject all'), or what it accepts ('Accept all cookies'; not 'smaller stalls
    # refuse all cards')
    r"^\W*(?:accept|reject|refuse|decline|allow|deny) (?:all|non-essential|optional)\b(?:\W+\w+){0,2}\W*$|"
    r"\b(?:accept|reject|refuse|decline|allow|deny) (?:all|non-essential|optional) (?:cookies|purposes|vendors|"
    r"partners|tracking)\b|\bdo not sell (?:or share )?my "
    r"personal information\b",
    # 'N partners' with what they do with the reader's data, not a market's '60 vendors from across the Mournes'
    r"\b(?:manage|customi[sz]e|privacy) (?:options|preferences|settings|choices)\b|\bvendor list\b|\b\d+\+? "
    r"(?:partners|vendors)\b(?=.*\b(?:data|cookies?|consent|process|store|access|use|personali[sz]\w*|advertis\w*|"
    r"device)\b)|\b(?:our|its) \d+\+? (?:partners|vendors)\b",
    # consent given by an action, in the reader's person ('By clicking Accept, you agree …'; not 'By using the car
    # park, drivers accept the terms'), taken back, or asked for
    r"\bby (?:clicking|continuing|using|selecting|tapping|pressing|scrolling)\b.{0,80}\byou (?:agree|consent|"
    r"accept|acknowledge)",
    # a privacy-policy interstitial: 'We’ve updated our Privacy Policy', 'We have made changes to our cookie notice'
    rf"\bwe(?:{_A}ve| have) (?:updated|changed|made (?:some )?changes to)\b.{{0,40}}\b(?:privacy|cookie)",
    # ... about data, cookies or partners (not a GP practice's 'You can withdraw your consent at any time by telling
    # the practice')
    r"\b(?:withdraw|change|update|revoke) (?:your )?(?:consent|choices|privacy (?:choices|settings|preferences))\b"
    r"(?=.*\b(?:cookies?|data|partners?|privacy|footer|settings|preferences)\b)|"
    r"\b(?:with|give|based on) your consent\b(?=.*\b(?:cookies?|data|partners?|personali[sz]\w*|ads|advertising|"
    r"tracking)\b)",
    # consent or pay: 'Read with advertising or go ad-free', 'read without advertising and without tracking'
    r"\bread (?:for free )?with (?:personali[sz]ed )?(?:advertising|ads)\b|\b(?:with|without) (?:advertising|ads) "
    r"and(?: without)? tracking\b",
    # consent without the word cookie: 'The Herald and its advertising partners process personal data such as …'
    r"\bpartners\b.{0,40}\b(?:process|store|use|collect)\b.{0,20}\bpersonal data\b",
    # the purposes of the IAB consent framework, the wording of most consent dialogs
    r"\bprecise geolocation\b|\b(?:ad|content|advertising) (?:and content )?measurement\b|\baudience insights\b|"
    r"\bactively scan device\b|\bpersonali[sz]ed (?:ads|advertising) and content\b",
    # the buttons of consent dialogs in the languages of EU sites (French, German, Spanish, Italian, Dutch, Portuguese)
    r"^\W*(?:tout (?:refuser|accepter)|accepter et (?:fermer|continuer)|continuer sans accepter|alle (?:akzeptieren|"
    r"ablehnen)|(?:aceptar|rechazar) todo|(?:accetta|rifiuta) tutto|alles (?:accepteren|weigeren)|(?:aceitar|rejeitar|"
    r"recusar) (?:todos|tudo|todas)(?: os cookies)?|continua senza accettare|accett(?:o|a) e continu(?:o|a)(?: a "
    r"leggere)?|(?:accepter|afvis|tillad|godkend) alle|ja tak til cookies(?:\W+læs videre gratis)?|"
    r"(?:godkänn|acceptera|avvisa|tillåt) alla|(?:godta|avvis) alle|(?:akceptuj(?:ę)?|zaakceptuj|odrzuć) "
    r"wszystkie)\W*$",
)
_COOKIE_WEAK = _rx(
    r"\b(?:privacy|cookie) (?:policy|notice|statement)\b|\bstrictly necessary\b|\bpersonali[sz]ed (?:ads|advertising|"
    r"content)\b",
    r"^(?:accept|agree|i agree|ok|okay|got it|allow|reject|confirm(?: my choices)?|save(?: and exit| settings| "
    r"preferences)?|continue|show purposes|learn more)\W*$",
    # the buttons of a consent dialog: 'Yes, I accept', 'Disagree', 'Only necessary', 'View preferences'
    r"^(?:\W*\w+\W+){0,3}(?:accept|agree|disagree|decline|deny|reject|consent|necessary|customi[sz]e|preferences)\W*$",
    # ... or a button that starts with its choice: 'Agree and close', 'Continue without agreeing →'
    r"^(?:accept|agree|disagree|decline|deny|reject|refuse|consent)\b(?:\W+\w+){0,3}\W*$|^continue without "
    r"(?:agreeing|accepting|consent\w*)\b|^\W*(?:yes to all|no to all|let me choose|see ad-free options)\W*$",
    r"\b(?:consent|partners|vendors|analytics|advertising|tracking|personal data|gdpr|ccpa|opt[- ]out|preferences|"
    r"legitimate interests?)\b",
    r"\b(?:param[ée]trer|consentement|int[ée]r[êe]t l[ée]gitime|einwilligung|berechtigtes interesse|consentimiento|"
    r"consenso|toestemming|consentimento|interesse leg[íi]timo|gerir (?:as )?(?:suas )?prefer[êe]ncias|samtykke|"
    r"cookiepolitik|informativa sui cookie|samtycke|zgod[aęy])\b",
    # the consent-management platforms that sign such dialogs
    r"\b(?:onetrust|cookiebot|usercentrics|didomi|quantcast|trustarc|sourcepoint|iubenda|cookieyes|osano|termly|"
    r"consentmanager)\b",
)
# Site furniture: in no kind's count, and never article prose.
_FURNITURE = _rx(
    r"©|\bcopyright\b|\ball rights reserved\b|\bterms (?:of (?:use|service)|and conditions)\b|^(?:contact us|about us|"
    r"privacy|menu|share|share this|back to top|sitemap)\W*$",
    # a company's legal line: 'Wessex Chronicle Ltd, Old Printworks, Salisbury. Registered in England No. 00418236.'
    r"\bregistered in (?:england|scotland|wales|northern ireland|ireland)(?: (?:and|&) wales)?,? (?:no\.?|number|under "
    r"(?:company )?number|with company number):? ?\d|\b(?:company|registration) (?:no\.?|number):? ?\d",
    # a help line under a notice: 'Questions? Call Customer Service at 1-800-555-0133.' (short, a question,
    # an order to call or write, and the desk's name; not advice: 'Contact customer care before the renewal')
    r"^(?:questions|need help|problems|any questions)(?: about your (?:account|subscription))?\?\s*(?:call|contact|"
    r"email|e-mail|write to|reach)\b.{0,40}\b(?:customer (?:service|care|support)|help ?desk|support team|"
    r"(?:subscriber|reader) services)\b.{0,40}$",
    # a sign-up form's small print: 'By signing up you agree to receive our morning briefing.'
    r"^by (?:signing up|registering|subscribing|creating an account|continuing),? you (?:agree|consent)\b",
)


class _Notices:
    """A kind's notices: its English patterns, then those of junk_languages.py (strong: notices anywhere and
    notices as a line of their own, notices in a line of at most 12 words; weak: short lines of their own),
    which are run only on a line that may be in another language and, for the strong ones, holds one of their
    keys (a test checks that every line of the test corpora they match holds one). `search` answers as one
    pattern would."""

    __slots__ = ("english", "_other", "_other_alternatives", "short", "_short_alternatives", "keys", "line_max")

    def __init__(
        self,
        english: re.Pattern,
        other: tuple[str, ...],
        short: tuple[str, ...] = (),
        keys: tuple[str, ...] | None = None,
        line_max: int | None = None,
    ) -> None:
        self.english = english
        # The other languages' patterns are compiled when a line first needs them (about 30 ms in all,
        # in every worker process): an English corpus never does.
        self._other: re.Pattern | None = None
        self._other_alternatives = other
        self.short: re.Pattern | None = None
        self._short_alternatives = short
        self.keys = keys
        self.line_max = line_max  # the other patterns are anchored lines no longer than this

    def search(self, text: str) -> re.Match | None:
        found = self.english.search(text)
        if found is not None or not _maybe_other_language(text):
            return found
        if self.line_max is not None and len(text) > self.line_max:
            return None
        if self.keys is not None:
            low = text.lower()
            if not any(key in low for key in self.keys):
                return None
        if self._other is None:
            self._other = _rx(*self._other_alternatives)
            self.short = _rx(*self._short_alternatives) if self._short_alternatives else None
        found = self._other.search(text)
        if found is None and self.short is not None and len(text.split()) <= _SHORT_NOTICE_WORDS:
            found = self.short.search(text)
        return found


def _maybe_other_language(text: str) -> bool:
    """Whether a line may be in another language: it has no ' the ' (an English line of any length nearly
    always has; the other languages' phrases are not looked for in it, which keeps them from costing
    English pages the time of their keys and patterns). Case-sensitive: a name such as 'The Objective' in
    a Spanish notice does not make it English."""
    return " the " not in text


_L = junk_languages
# The other languages' weak notices are lines of their own no longer than this (a button, a title, a login prompt).
_WEAK_LINE_MAX = 120
_WALL_PATTERNS = {  # checked in this order; the first strong (or weak) match names a line's kind
    "access-wall": (
        _Notices(_ACCESS_STRONG, _L.ACCESS + _L.ACCESS_LINE, (), _L.ACCESS_KEYS),
        _Notices(_ACCESS_WEAK, _L.ACCESS_WEAK_LINE, line_max=_WEAK_LINE_MAX),
    ),
    "error-page": (
        _Notices(_ERROR_STRONG, _L.ERROR + _L.ERROR_LINE, _L.ERROR_SHORT, _L.ERROR_KEYS),
        _Notices(_ERROR_WEAK, _L.ERROR_WEAK_LINE, line_max=_WEAK_LINE_MAX),
    ),
    "not-an-article": (
        _Notices(_COOKIE_STRONG, _L.CONSENT + _L.CONSENT_LINE, (), _L.CONSENT_KEYS),
        _Notices(_COOKIE_WEAK, _L.CONSENT_WEAK_LINE, line_max=_WEAK_LINE_MAX),
    ),
}
# Weak subscriber notices: English words anywhere, the other languages' login prompts and orders as lines.
_PAYWALL_WEAK = _Notices(_PAYWALL_WEAK_ENGLISH, _L.PAYWALL_WEAK, line_max=_WEAK_LINE_MAX)
_WALL_NAMES = {
    "access-wall": "a bot or access check",
    "error-page": "an error page",
    "not-an-article": "a cookie or consent wall",
}

# --- sign-up forms ---------------------------------------------------------------------------------

# An e-mail field and a sign-up button, each the whole line; a headline that names a sign-up.
_SIGNUP_FIELD = _rx(r"^\W*(?:your |enter (?:your )?)?e-?mail(?: address)?\W*$", *junk_languages.SIGNUP_FIELD)
_SIGNUP_BUTTON = _rx(
    r"^\W*(?:(?:yes,? )?sign (?:me )?up(?: now| free| for free)?|subscribe(?: now| for free)?|join(?: now)?|"
    r"get the newsletters?|"
    r"submit)\W*$",
    *junk_languages.SIGNUP_BUTTON,
)
# A newsletter's pitch: what it brings to the inbox, and when ('in your inbox by 7am', 'every weekday').
_PITCH = re.compile(
    r"\b(?:inbox|newsletters?|e-?mails?|sign(?:ing)? up|subscribe|unsubscribe|delivered|start your (?:day|morning|"
    r"week)|every (?:weekday|morning|"
    r"evening)|ogni mattina|jeden morgen|chaque matin|cada mañana|todas as manhãs|elke ochtend|varje morgon|"
    r"hver hverdag|varje vardag|jeden werktag|elke werkdag|chaque jour de la semaine|ogni giorno feriale|todos os dias "
    r"úteis|cada día laborable|hver "
    r"morgen|każdego ranka|každé ráno|postfach|boîte (?:mail|de réception)|"
    r"bandeja de entrada|casella|caixa de entrada|mailbox|nyhetsbrev|nyhedsbrev|nieuwsbrief|"
    # (into the reader's inbox: 'přímo do vaší schránky', u118-18; not the state's 'datové schránky', break59-22)
    r"na (?:twoją |swoją )?skrzynkę|w (?:twojej |swojej )?skrzynce|do (?:vaší |své |e-mailové )?schránky|"
    r"innboks\w*|inkorg\w*|indbakke\w*|"
    r"en tu correo|"  # ('Recibe en tu correo lo mejor …': u52-18)
    # the order to sign up, in the other languages ('Melden Sie sich kostenlos an und erhalten Sie …': u69-20)
    r"melden sie sich (?:jetzt |hier |gratis |kostenlos )*an|inscrivez-vous|suscríbete|iscriviti|meld je (?:nu |gratis "
    r")?aan|inscreva-se|anmäl dig|tilmeld dig|meld deg på|zapisz się|přihlaste se k odběru)\b",
    re.IGNORECASE,
)
_NAMING_LINE = 40  # a short line that names the newsletters ('Newsletters', 'More newsletters from us')
_DESCRIPTION = 160  # a newsletter's one-line description under its name
_SIGNUP_NAMED = re.compile(r"\bnewsletters?\b|\bsign[- ]?up\b|\bsubscribe\b|\bmailing list\b", re.IGNORECASE)


# The reader's consent as a sign-up box words it ('Al suscribirte aceptas nuestra política de privacidad.'; not a brief
# on a fine that names personal data: break37).
_SIGNUP_CONSENT = re.compile(  # (opening its line: not a brief's sentence on a consent box, break38)
    r"^\W*(?:i agree|you agree|by (?:signing up|subscribing|submitting)|acepto|aceptas|al suscribirte|consiento|"
    r"j[’']accepte|en vous inscrivant|ich willige|mit (?:der|ihrer) anmeldung|einverstanden|acconsento|accetti|"
    r"iscrivendoti|concordo|ao subscrever|li e aceito|aceito|ik ga akkoord|door je (?:aan|in) te (?:melden|schrijven)|"
    r"jag godkänner|"
    r"genom att prenumerera|jeg accepterer|jeg godtar|ved at tilmelde|ved å melde deg på|wyrażam zgodę|akceptuję|"
    r"souhlasím)\b",
    re.IGNORECASE,
)


def _is_news_above_form(paragraphs: tuple[str, ...], k: int) -> bool:
    """Whether line k above a sign-up form is news: prose that is no pitch ('in your inbox', 'every weekday') and no
    newsletter's one-line description under its name ('Morning Briefing' / 'Weekdays at 6 a.m. The five things …')."""
    p = paragraphs[k]
    return is_prose(p) and not _PITCH.search(p) and not _is_description(paragraphs, k)


def _is_description(paragraphs: tuple[str, ...], k: int) -> bool:
    """Whether line k is a newsletter's one-line description under its name ('Morning Briefing' / 'Weekdays at 6
    a.m. The five things …')."""
    return (
        k > 0
        and len(paragraphs[k]) <= _DESCRIPTION
        and len(paragraphs[k - 1]) <= _NAMING_LINE
        and not is_prose(paragraphs[k - 1])
    )


def _signup_form(headline: str, paragraphs: tuple[str, ...]) -> Junk | None:
    """A newsletter's sign-up page: an e-mail field and two sign-up buttons or more (one, under a headline or with a
    short line that names the sign-up or a newsletter), with no more other prose paragraphs than those form lines
    and none above the first of them but the newsletter's pitch (what it brings to the inbox, and when). An article
    that ends in a sign-up box has its news above it."""
    short = [p for p in paragraphs if len(p) <= _NOTICE_MAX]
    fields = [p for p in short if _SIGNUP_FIELD.match(p)]
    buttons = [p for p in short if _SIGNUP_BUTTON.match(p)]
    if not fields or not buttons:
        return None
    field_at = paragraphs.index(fields[0])
    named = (
        _SIGNUP_NAMED.search(headline)
        or _PITCH.search(headline)  # 'Der Morgenüberblick – jeden Werktag um 6 Uhr in Ihrem Postfach' (u69-20)
        or any(len(p) <= _NAMING_LINE and _SIGNUP_NAMED.search(p) for p in short)
        or any(_PITCH.search(p) for p in paragraphs[:field_at] if is_prose(p))
    )
    if len(buttons) < 2 and not named:
        return None
    first_form = min(field_at, paragraphs.index(buttons[0]))
    # (the newsletters' descriptions, each over its button, and the consent to a privacy policy are the form's,
    # under one line of pitch at most: u52-18; an editor's letter about the newsletters has more, break36; not a
    # description without a button of its own: a roundup's, a recipe's or a Q&A's one-line paragraphs under short
    # headings, break40)
    button_set = set(buttons)
    pitched = sum(1 for k in range(first_form) if is_prose(paragraphs[k]) and not _is_description(paragraphs, k)) <= 1
    prose = sum(
        1
        for k, p in enumerate(paragraphs)
        if is_prose(p)
        and not _FURNITURE.search(p)
        and not (
            pitched
            and (
                (_is_description(paragraphs, k) and k + 1 < len(paragraphs) and paragraphs[k + 1] in button_set)
                or (_ERROR_REPORT_NOTE.search(p) and _SIGNUP_CONSENT.search(p))
            )
        )
    )
    news = sum(1 for k in range(first_form) if _is_news_above_form(paragraphs, k))
    if prose > len(fields) + len(buttons) or news:
        return None  # a brief that ends in the site's newsletter box has its paragraphs of news above it
    return Junk(
        "not-an-article",
        f"a newsletter sign-up form: an e-mail field ({_quote(fields[0])}) and {len(buttons)} sign-up button(s) "
        f"({_quote(buttons[0])}) under the headline {_quote(headline)}; {prose} other prose paragraph(s)",
    )


# A login page: a password field and a login button or a forgotten password's link, each the whole line.
_LOGIN_FIELD = _rx(r"^\W*(?:your |enter (?:your )?)?password\W*$", *junk_languages.LOGIN_FIELD)
_LOGIN_BUTTON = _rx(
    r"^\W*(?:log ?in|sign ?in|log me in|forgot (?:your )?password\??|reset (?:your )?password)\W*$",
    *junk_languages.LOGIN_BUTTON,
)


_FORGOT = re.compile(
    r"forgot|reset|vergessen|oublié|olvidaste|dimenticata|vergeten|glömt|glemt|pamiętasz|zapomenuté|esqueceu",
    re.IGNORECASE,
)
_FORM_LINE_WORDS = 4  # a form's own lines: 'Keep me logged in', 'Or continue with', 'Show'
_LOGIN_OTHER_LINES = 4
_LOGIN_SENTENCES = 2  # a login page's help ('We will email you a link.'); a help page's steps are more (break20)
_GREETING_WORDS = 16  # a login page's greeting above its form ('Welcome back to The Harrow Ledger.': u37, u39)
_TITLED_FORM_LINE_MAX = 20  # words, under a login headline
_LOGIN_TITLE_WORDS = 6  # 'Sign in to The Connacht Tribune'; not a brief's 'Sign in to myAccount Changes From Monday'
_LOGIN_TITLE = _rx(
    r"^\W*(?:sign|log) ?in(?: to\b|\W*$|\s*[|:–—-])|^\W*(?:log ?in|sign ?in) (?:page|form)\b|"
    r"\b(?:log ?in|sign ?in)\W*$|^\W*my account\W*$",
    *junk_languages.LOGIN_TITLE,
)
# A form's notice of terms ('by signing in you agree to our terms of use')
_FORM_TERMS = re.compile(
    r"\b(?:terms|privacy|agree|cookies?|email address|e-mail|characters)\b|\be\.g\.", re.IGNORECASE
)
# A form's line that goes on from the button before it ('or sign in with', 'oder weiter mit', 'o accede con').
_FORM_CONNECTOR = re.compile(r"^(?:or|oder|o|ou|of|eller|lub|nebo|oppure|albo)\b", re.IGNORECASE)
_FORM_LINE_MAX = 16  # words: a sentence longer than this is the writer's, not the form's


# A login form's terms under its button, which it says besides its help: 'By signing in you agree to our Terms',
# 'Přihlášením souhlasíte s podmínkami užívání …' (u47).
_LOGIN_TERMS = re.compile(
    r"^\W*(?:by (?:signing|logging) in|by continuing|přihlášením|mit (?:der|ihrer) anmeldung|en vous connectant|"
    r"al (?:iniciar sesión|continuar)|ao (?:entrar|iniciar sessão)|accedendo|door in te loggen|genom att logga in|"
    r"ved at logge ind|ved å logge inn|logując się)\b"
    # ... that names the terms (not a poem's 'By signing in, I agree to keep the house …': break32)
    r"(?=.*(?:\bterms|\bconditions|\bpolicy|\bpodmínk\w*|\bzásad\w*|bedingungen|\bdatenschutz\w*|\bcondiciones|\btermos|\btermini|"
    r"voorwaarden|villkor\w*|vilkår\w*|regulamin\w*|política|politique|privacy)\b)",
    re.IGNORECASE,
)
# A how-to's step label as a line of its own: 'Step 1', 'Paso 2:', 'Schritt 3'.
_STEP_LABEL = re.compile(
    r"^\W*(?:step|paso|passo|schritt|étape|etapa|stap|steg|trin|krok)\s*\d{1,2}\b(?:\W*$|:)", re.IGNORECASE
)


def _login_form(headline: str, paragraphs: tuple[str, ...]) -> Junk | None:
    """A login page: a password field and a login button itself (not only a forgotten password's link), with at
    most four other lines longer than a form's (four words), none longer than sixteen words (twenty under a login
    headline) and at most two of them sentences, none that starts in lower case, no prose above the first form line
    but a login headline's greeting, under a headline that names no article's kind. An article that ends in a login
    box has its prose above it; a poem, a letter or a help page that quotes a login screen has lines of its own
    (break17 to break23)."""
    fields = [k for k, p in enumerate(paragraphs) if len(p) <= _NOTICE_MAX and _LOGIN_FIELD.match(p)]
    if not fields or _KIND_LABEL.match(headline):  # 'Letter: Forgot Password? Every Single Time' (break17)
        return None
    if any(_STEP_LABEL.match(p) for p in paragraphs):
        return None  # a how-to's steps around the screen's lines ('Paso 1' / 'DNI o NIE' / 'Paso 2' …: break28)
    buttons = [k for k, p in enumerate(paragraphs) if len(p) <= _NOTICE_MAX and _LOGIN_BUTTON.match(p)]
    if not any(_FORGOT.search(paragraphs[k]) is None for k in buttons):
        return None  # a login button itself, not only the forgotten password's link (a reader's poem quotes that)
    prose = sum(1 for p in paragraphs if is_prose(p) and not _FURNITURE.search(p))
    form = set(fields) | set(buttons)
    # Besides the form, a login page holds its buttons and checkboxes ('Keep me signed in on this device', 'Google')
    # and a line or two ('Don’t have an account? Register for free'); a poem or a letter that quotes the screen has
    # lines of its own, more of them or longer (break17, break18).
    others = [len(p.split()) for k, p in enumerate(paragraphs) if k not in form and not _FURNITURE.search(p)]
    # Under a headline that says the page is a login ('Sign in to your account'), a greeting above the form and a
    # longer line of help ('Print subscribers can activate …': u37, break21); not under a poem's or a how-to's title
    # whose first line is a short sentence (break22).
    titled = _LOGIN_TITLE.search(headline) is not None and len(headline.split()) <= _LOGIN_TITLE_WORDS
    verse = sum(
        1
        for k, p in enumerate(paragraphs)
        if k not in form
        and p[:1].islower()
        and " " in p
        and not (_FORM_CONNECTOR.match(p) or _FURNITURE.search(p) or _FORM_TERMS.search(p))
    )
    longer = sum(1 for words in others if words > _FORM_LINE_WORDS)
    sentences = sum(
        1
        for k, p in enumerate(paragraphs)
        if k not in form and p.endswith(".") and len(p.split()) > _FORM_LINE_WORDS and not _LOGIN_TERMS.match(p)
    )  # a help page's steps ('Enter your card number in the first box.'); a login page has two such at most
    if (
        longer > _LOGIN_OTHER_LINES
        or verse  # a poem's line ('his name, and the year we married'; not 'or sign in with': break22, break23)
        or sentences > _LOGIN_SENTENCES
        or any(words > (_TITLED_FORM_LINE_MAX if titled else _FORM_LINE_MAX) for words in others)
        or any(
            (is_prose(p) and not (titled and len(p.split()) <= _GREETING_WORDS)) or _quotes_a_screen(p)
            for p in paragraphs[: min(fields[0], buttons[0])]
        )  # ('From Monday, the myAccount login screen will look like this:' quotes one: break25)
    ):
        return None
    return Junk(
        "not-an-article",
        f"a login form: a password field ({_quote(paragraphs[fields[0]])}) and {len(buttons)} login line(s) "
        f"({_quote(paragraphs[buttons[0]])}) under the headline {_quote(headline)}; {prose} other prose paragraph(s)",
    )


# A share dialog's title, its fields and its button, each the whole line ('Email this article to a friend', 'Your
# name', 'Recipient’s email', 'Message (optional)', 'Send').
_SHARE_TITLE = _rx(
    r"^\W*(?:share|e-?mail|send) (?:this|the) (?:article|story|page)(?: (?:with|to) a friend| by e-?mail)?\W*$|"
    # the title with the article's own in quotation marks: 'Share “The Quiet Sale …” with a friend.' (u45)
    r"^\W*(?:share|e-?mail|send) [“‘„\"'].{1,200}[”’“\"'] (?:with|to) (?:a friend|a colleague|someone|your friends?)"
    r"(?: or (?:a )?colleague)?\W*$",
    *junk_languages.SHARE_TITLE,
)
_SHARE_FIELD = _rx(
    r"^\W*(?:your |recipient[’']?s? |friend[’']?s? )?(?:name|e-?mail(?: address)?|message)(?: \(optional\))?\W*$|"
    r"^\W*add (?:a )?(?:personal )?message(?: \(optional\))?\W*$|"  # 'Add a personal message (optional)' (u45, u46)
    r"^\W*(?:to|from) \((?:your |recipient[’']?s? )?e-?mail(?: address)?\)\W*$",
    *junk_languages.SHARE_FIELD,
)
# A share dialog's notes and checkboxes ('Separate multiple addresses with commas', 'Send a copy to myself', 'This
# site is protected by reCAPTCHA', 'We do not store the addresses you enter …': u38, u39), and its article's title.
_SHARE_NOTE = _rx(
    r"\baddresses\b|\be-?mail address\b|\bemails\b|\bcomma\b|\bprivacy\b|\brecaptcha\b|\bnot a robot\b|"
    r"^\W*(?:send (?:a|me a) copy(?: to (?:myself|me))?|cancel|to:|from:|you are sharing\b.*)\W*$",
    *junk_languages.SHARE_NOTE,
)
# The message field's text as the dialog fills it in: 'I just read “Title” and thought you would like it.' (u44).
_SHARE_PREFILL = re.compile(
    r"^\W*i (?:just )?read\b.{0,160}\band thought you(?:[’']d| would| might) (?:like|enjoy|find)\b", re.IGNORECASE
)
_SHARE_HINT = _rx(
    r"^(?:[^.!?:]{0,40}\? )?add a note(?: for [^.!?:,]{1,40})?(?: \([^)]{1,30}\))?[.!]?$", *junk_languages.SHARE_HINT
)
_SHARE_OWN_LINES = 2  # longer lines of the dialog's own: the article's title, a message field's hint
_SHARE_BUTTON = _rx(r"^\W*(?:send|send email|share|copy link)\W*$", *junk_languages.SHARE_BUTTON)


def _lines_above_sidebar(lines: list[str]) -> int:
    """How many of these lines stand above the first date line that an author's name follows (a sidebar's entry);
    a dateline above a poem's lines is no sidebar's."""
    for k in range(len(lines) - 1):
        if _is_date_line(lines[k]) and is_name_line(lines[k + 1]):
            return k
    return len(lines)


def _share_dialog(headline: str, paragraphs: tuple[str, ...]) -> Junk | None:
    """An 'email this article' dialog saved as a page: its title (the headline or a line), two fields or more and
    a send button, and besides its notes and checkboxes ('Separate multiple addresses with commas', 'protected by
    reCAPTCHA') no prose, at most two longer lines of its own (the article's title, a field's hint) and none that
    starts in lower case."""
    if _KIND_LABEL.match(headline):
        return None  # 'Editor’s Note: A Simpler Way to Send Our Stories' shows the box (break25)
    prefilled = [k for k, p in enumerate(paragraphs) if _SHARE_PREFILL.match(p)]
    if len(prefilled) > 1:
        return None  # the message field holds one text; a poem's refrain of it is a poem (break29)
    paragraphs = tuple(p for k, p in enumerate(paragraphs) if k not in prefilled)  # the message field's own text
    # The dialog opens the page: its title is the headline or the first line ('Share' over 'Share “…” with a
    # friend.'); a piece that shows the box has its own words above it ('From Monday, the box … will look like
    # this:', a help page's sentence that names the addresses: break30)
    first = next((p for p in paragraphs if _WORD_CHARS.search(p) and not _CLOSE_BUTTON.match(p)), "")  # (past '×')
    titled = _SHARE_TITLE.match(headline) or _SHARE_TITLE.match(first)
    fields = [p for p in paragraphs if _SHARE_FIELD.match(p)]
    if not titled or len(fields) < 2 or not any(_SHARE_BUTTON.match(p) for p in paragraphs):
        return None
    form = {
        k
        for k, p in enumerate(paragraphs)
        if _SHARE_TITLE.match(p) or _SHARE_FIELD.match(p) or _SHARE_BUTTON.match(p) or _SHARE_HINT.match(p)
    }
    own = [
        p
        for k, p in enumerate(paragraphs)
        if k not in form
        and "://" not in p
        and not p.startswith("www.")  # the page's link, to copy
        and not _SHARE_NOTE.search(p)  # the form's notes and checkboxes
    ]
    other = [p for p in own if len(p.split()) > 3]
    if (
        _shown_in_a_piece((), own)
        or len(other) > _SHARE_OWN_LINES
        # a found poem of the form's lines and its own ('Tu nombre' / 'El mío' / … / 'Vuelve': break27), counted
        # above a sidebar's first entry (a date, then an author)
        or _lines_above_sidebar(own) > _SHARE_OWN_LINES + 2
        # a poem's line ('the hawthorn is out again', 'your father died on Tuesday': break21, break23)
        or any(p[:1].islower() and " " in p for p in own)
        # a poem's or a letter's salutation ('Dad,', 'Mum,': break30, break32; not a message field's 'Hi,')
        or any(p.endswith(",") and len(p.split()) <= _FORM_LINE_WORDS and not _GREETING.match(p) for p in own)
        or any(is_prose(p) and not _FURNITURE.search(p) for p in own)
        # (one note in prose, or more that speak to the reader: a reader's help column about the box says what
        # readers asked, break24; a dialog tells them 'You can send to up to five people at once', u46)
        or _prose_notes_of_a_piece(
            [p for k, p in enumerate(paragraphs) if k not in form and is_prose(p) and _SHARE_NOTE.search(p)]
        )
    ):
        return None  # a poem or a tip column that walks through the dialog has lines of its own (break19)
    return Junk(
        "not-an-article",
        f"a share dialog: {len(fields)} form field(s) ({_quote(fields[0])}) and a send button under the headline "
        f"{_quote(headline)}; no prose paragraph",
    )


def _prose_notes_of_a_piece(notes: list[str]) -> bool:
    """Whether a dialog's notes in prose are more than one, one of them not speaking to the reader ('Several readers
    have asked what happens to the email addresses they type into the box': a help column, break24), or more than
    two (a help page that explains each field in a sentence: break31)."""
    return len(notes) > _SHARE_PROSE_NOTES or (len(notes) > 1 and not all(_YOU.search(note) for note in notes))


_CLOSE_BUTTON = re.compile(
    r"^\W*(?:close|schließen|fermer|cerrar|chiudi|fechar|sluiten|stäng|luk|lukk|zamknij|zavřít)\W*$", re.IGNORECASE
)
_GREETING = re.compile(r"^\W*(?:hi|hello|hey|hallo|hej|hei|hola|salut|bonjour|ciao|olá|oi)\b", re.IGNORECASE)
# A dialog's notes in prose: 'Separate multiple addresses with commas. You can send to …', 'We use the addresses …'.
_SHARE_PROSE_NOTES = 2


_YOU = re.compile(rf"\byou(?:r|rs|{_A}(?:re|ve|ll|d))?\b", re.IGNORECASE)
# A signature under a reader's piece or a desk's note: '— Maeve Collins, Galway', '– The Web Desk'.
# (a capital after the dash: '— A reader in Tuam', '— Ó Súilleabháin'; not a dialog's separator, '— or —', '- OR -',
# '— Or share via —': break31 to break33)
_SIGNATURE = re.compile(r"^[—–]\s*(?![Oo][Rr]\b)[A-ZÀ-ÖØ-Þ](?!.*[—–-]\s*$)")  # ('— Dr Aoife Byrne' signs too)
_SCREEN_INTRODUCTION_WORDS = 3  # 'Rutan har två knappar:' (break30); a form's own labels ('To:') are shorter


def _introduces_a_screen(line: str) -> bool:
    """Whether a line above an interstitial's first line introduces it as a screen the piece shows ('Slik ser vinduet
    ut på en iPhone:', 'Rutan har två knappar:', 'Der står:' after a sentence): a sentence ending in a colon that does
    not speak to the reader, or a long one that does; not the interstitial's own pitch, which names the app or gives
    an order ('Få med deg hele saken i BA-appen:', 'Get the full story on iPhone and Android:'), unless it names a
    screen or says how it looks ('will first see a screen that suggests the app:', 'Slik ser vinduet for appen ut:')
    or speaks in the first person, as a reader's letter does ('… vil avisen have mig over i appen:')."""
    words = len(line.split())
    return (
        line.endswith(":")
        and words >= _SCREEN_INTRODUCTION_WORDS
        and (words > _FORM_LINE_MAX or not _ADDRESS.search(line))
        and (
            _SCREEN_WORD.search(line) is not None
            or _SPEAKS_AS_I.search(line) is not None  # ('… vil avisen have mig over i appen:', a reader's: break32)
            or not (_APP_WORD.search(line) or _APP_ORDER.match(line))
        )
    )


_APP_WORD = re.compile(
    r"\bapp(?:en|s|ar|arna|ene)?\b|\b(?:application|aplicación|aplicativo|applicazione|aplikac\w*|applikation)\b",
    re.IGNORECASE,
)
# A pitch's order: 'Get the full story on …', 'Lisez la suite dans …', 'Last ned …', 'Laden Sie …'.
_APP_ORDER = re.compile(
    r"^\W*(?:get|read|download|open|install|lisez|téléchargez|ouvrez|lesen sie|laden sie|öffnen sie|lee|descarga|"
    r"abre|leia|baixe|abra|leggi|scarica|apri|lees|läs|ladda ner|öppna|læs|hent|åbn|les|last ned|åpne|få|czytaj|"
    r"pobierz|otwórz|čtěte|stáhněte|otevřete)\b",
    re.IGNORECASE,
)
# What a piece that shows a screen says of it: how it looks, or what it is ('will first see a screen that suggests the
# app:', 'Slik ser vinduet for appen ut:': break32).
_SCREEN_WORD = re.compile(
    r"\blooks? like\b|\bser\b.{0,40}\b(?:ut|ud)\b|\bsieht\b.{0,40}\baus\b|\bressemble\b|\bwygląda\b|\bvypadá\b|"
    r"\b(?:screen|window|box|pop-?up|banner|vindu(?:et)?|vindue(?:t)?|ruta|rutan|skærm(?:en)?|skjerm(?:en)?|"
    r"skärm(?:en)?|fenêtre|fenster|pantalla|finestra|ecrã|okno|okénko)\b",
    re.IGNORECASE,
)
# The first person singular in the languages of junk_languages.py (a reader speaks so; a pitch never does).
# ('I' in English only, not the Nordic preposition of 'I appen står hele artiklen:'; the others in any case: 'Jeg')
_SPEAKS_AS_I = re.compile(r"\bI\b(?! app)|\b(?i:me|my|jeg|mig|meg|jag|ich|mich|mir|je|moi|yo|io|eu|ik|mij)\b")


def _shown_in_a_piece(above: tuple[str, ...], own: list[str]) -> bool:
    """Whether a dialog's, an interstitial's or an error form's lines stand in a piece of writing that shows them
    (break30): a sentence in `above` (an interstitial's lines above its first) that introduces a screen, or, among
    the lines that are not the form's (`own`), a signature ('— Maeve Collins, Galway') or a line of verse in lower
    case of three words or more ('jeg vil bare vite om det blir regn'; not a form's 'or continue in your browser' or
    its hint 'e.g. the wrong date'). A saved dialog, interstitial or form has none of these."""
    return any(_introduces_a_screen(p) for p in above) or any(
        _SIGNATURE.match(p)
        or (
            p[:1].islower()
            and len(p.split()) >= _SCREEN_INTRODUCTION_WORDS
            and not (_FORM_CONNECTOR.match(p) or _FURNITURE.search(p) or _FORM_TERMS.search(p))
        )
        for p in own
    )


_APP_OWN_LINES = 2  # lines of more than four words besides the app's: its pitch and one more (u48-19's QR code)
_APP_OWN_LINES_ALL = 4  # lines besides the app's of any length (the labelled interstitials have three at most)

# An app's interstitial: the stores' badges and the way on ('Open in the app', 'Not now, continue in browser').
_APP_STORE = re.compile(
    r"^.{0,40}\b(?:app store|google play)\b.{0,20}$|^\W*download (?:it )?for (?:iphone|android|ios)\b.{0,30}$",
    re.IGNORECASE,
)
_STORES_NAMED = re.compile(r"\bapp store\b.{0,20}\bgoogle play\b|\bgoogle play\b.{0,20}\bapp store\b", re.IGNORECASE)
_IN_BROWSER = re.compile(
    r"\b(?:browser\w*|website|mobile site|web|navigateur|navegador|webbläsaren?|nettleser(?:en)?|przeglądarce|"
    r"prohlížeči)\b",
    re.IGNORECASE,
)
_APP_LINE = _rx(
    r"^\W*(?:open in app|open (?:in|this story in|it in) (?:the|our) app|read (?:it |this story )?in the app|"
    r"(?:download|"
    r"install|get) (?:the|our) (?:free )?app|(?:not now,? )?continue (?:in|to the|with the) (?:browser|website|"
    r"mobile site|web))\W*$",
    *junk_languages.APP_LINE,
)


# An interstitial's note on turning the app's notifications off in its settings ('Du kan når som helst skru av varsler
# under Innstillinger.': u50-18): the app's words, not a line of a piece (a brief about an app that says how to turn
# its alerts on is the brief's: break34).
_APP_NOTE = re.compile(
    r"\b(?:turn off|switch off|disable|skru av|slå av|slå fra|stäng av|deaktivieren|ausschalten|desactivar|"
    r"disattivar\w*|désactiver|uitzetten|wyłącz\w*|vypnout)\b.{0,40}\b(?:notifications?|alerts|varsler|varslinger|"
    r"benachrichtigungen|notifiche|notificaciones|avisos|notificações|meldingen|notiser|notifikationer|"
    r"powiadomienia|oznámení)\b.{0,80}\b(?:settings|innstillinger|einstellungen|impostazioni|ajustes|configuración|"
    r"configurações|instellingen|inställningar|indstillinger|ustawienia\w*|nastavení)\b",
    re.IGNORECASE,
)


def _app_interstitial(headline: str, paragraphs: tuple[str, ...]) -> Junk | None:
    """A page that asks the reader to open the story in the site's app: a store badge ('Download on the App Store',
    'Get it on Google Play') and a line of the way on ('Open in app', 'Continue in browser'), with at most two prose
    paragraphs besides (the pitch), few lines of its own and none that shows it in a piece of writing (a kind label,
    a sentence that introduces the screen, a signature, verse: `_shown_in_a_piece`). A story about an app names the
    stores in its sentences, or shows the badges alone under it."""
    if _KIND_LABEL.match(headline):
        return None  # 'Læserbrev: Lad mig læse avisen i browseren' quotes the screen (break31)
    badges = [k for k, p in enumerate(paragraphs) if _APP_STORE.match(p)]
    ways = [k for k, p in enumerate(paragraphs) if len(p) <= _NOTICE_MAX and _APP_LINE.match(p)]
    if (
        not badges
        and len(ways) >= 2
        and any(_IN_BROWSER.search(paragraphs[k]) for k in ways)
        and _APP_LINE.match(headline)
    ):
        # the stores named in the pitch's sentence over two lines of the way on, one of them on in the browser ('Hent
        # appen gratis i App Store eller Google Play, og …' over 'Hent appen' and 'Fortsæt i browseren': u52-20; a
        # story only in the app has no way on in the browser: a teaser, u7), under the screen's own title ('Læs videre i
        # appen'; a help page's headings are those lines too: break36)
        # (not a subscriber notice that names them: 'available exclusively to readers of the … app', u7's teaser)
        badges = [
            k
            for k, p in enumerate(paragraphs)
            if len(p) <= _NOTICE_MAX and _STORES_NAMED.search(p) and _notice_kind(p) is None
        ][:1]
        if any(_SPEAKS_AS_I.search(p) for p in paragraphs):
            badges = []  # a reader's letter that shows the screen speaks as 'jeg' (break38)
    if not badges or not ways:
        return None  # (two badges under a brief about the paper's new app are its links)
    app_lines = set(badges) | set(ways)
    own = [p for k, p in enumerate(paragraphs) if k not in app_lines]
    if _shown_in_a_piece(paragraphs[: min(app_lines)], own):
        return None
    own = [p for p in own if not _APP_NOTE.search(p)]  # the app's own note on its notifications (u50-18)
    if sum(1 for p in own if is_prose(p)) > 2:
        return None
    above_sidebar = own[: _lines_above_sidebar(own)]
    if (
        sum(1 for p in above_sidebar if len(p.split()) > _FORM_LINE_WORDS) > _APP_OWN_LINES
        or len(above_sidebar) > _APP_OWN_LINES_ALL
    ):
        return None  # a poem or a letter round the screen's lines ('Hun vet ikke hva en app er': break31 to break33)
    shown = ", ".join(_quote(paragraphs[k], 40) for k in (ways + badges)[:3])
    return Junk("not-an-article", f"an app's download interstitial: {shown} under the headline {_quote(headline)}")


# A form to report an error in an article: its title, its fields (a description of the error and the reader's name,
# address or source) and its send button, each the whole line.
_ERROR_REPORT_TITLE = _rx(
    r"^\W*(?:report|flag) (?:an|a) (?:error|mistake|problem)(?: in (?:this|the) (?:article|story))?\W*$|"
    r"^\W*(?:suggest|submit|request) a correction\W*$|^\W*(?:spotted|found|see) (?:an error|a mistake)\??\W*$",
    *junk_languages.ERROR_REPORT_TITLE,
)
# Weaker wordings, which need a field marked as required or optional, or a note on the fields, besides (a found poem of
# a form's labels marks none: break38): two titles joined ('Report an Error or Request a Correction': u52-17), and a
# field that names the description rather than asking for it ('Opis błędu *': u53-19).
_ERROR_REPORT_TITLE_JOINED = re.compile(
    r"^\W*(?:report|flag) (?:an|a) (?:error|mistake) (?:or|and|&|/) (?:suggest|submit|request) a correction\W*$",
    re.IGNORECASE,
)
_ERROR_REPORT_FIELD_NOUN = re.compile(junk_languages.ERROR_REPORT_FIELD_NOUN, re.IGNORECASE)
_ERROR_REPORT_FIELD = _rx(
    # ('What is incorrect? *': u47)
    r"^\W*(?:describe the (?:error|mistake|problem)|what is (?:wrong|incorrect|inaccurate)\??|"
    r"what(?:[’']s| is) the (?:error|mistake)|tell us what(?:[’']s| is) wrong)(?:\W*\([^)]{1,60}\))?\W*$",
    *junk_languages.ERROR_REPORT_FIELD,
)
_ERROR_REPORT_OTHER_FIELD = _rx(
    r"^\W*(?:your )?(?:name|e-?mail(?: address)?|link to (?:the )?(?:source|article|story)|source)"
    r"(?:\W*\([^)]{1,60}\))?\W*$",
    # the article it is about, by its address or headline ('Article headline or link *', 'Article concerné (adresse
    # URL) *': u47, u48)
    r"^\W*(?:article|artikel|artikkel|artículo|articolo|artigo)\b[^.!?]{0,30}\b(?:link|url|lien|headline|title|"
    r"titre|adresse|adres)\b[^.!?]{0,20}$",
    *junk_languages.ERROR_REPORT_OTHER_FIELD,
)
# The form's own notes: its help to the reader ('We may contact you to follow up.', 'Use this form to tell our standards
# editor what you found.': u47), its required fields and the consent to a privacy policy ('Les champs marqués d’un
# astérisque sont obligatoires.', 'J’accepte que mes données soient traitées conformément à la politique de
# confidentialité.': u48). A poem's 'The form has a box for what is wrong.' speaks to no one (break33).
_ERROR_REPORT_HELP = re.compile(
    r"\b(?:this form|the form|corrections? (?:are|is) published|contact you|follow up|standards editor)\b",
    re.IGNORECASE,
)
_ERROR_REPORT_NOTE = re.compile(
    r"\b(?:required fields?|fields marked|champs (?:marqués|obligatoires)|astérisque|pflichtfeld\w*|"
    r"campos obligatorios|campi obbligatori|verplichte velden|obligatoriska fält|påkrevde felt|pola obowiązkowe|"
    r"povinné údaje|privacy policy|politique de confidentialité|datenschutzerklärung|política de privacidad|"
    r"política de privacidade|informativa sulla privacy|privacybeleid|integritetspolicy\w*|personvernerklæring\w*|"
    r"polityk\w* prywatności|ochrany osobních údajů|"
    # fields marked, and the consent to process the reader's personal data ('Pola oznaczone * są wymagane.',
    # 'Wyrażam zgodę na przetwarzanie moich danych osobowych …': u53-19)
    r"pola oznaczone|campos marcados|campi contrassegnati|markierten felder|gemarkeerde velden|markerade fält|"
    r"markerede felter|merkede felt|pole označená)|"
    # (the reader's personal data only in a consent's first words, past a checkbox: not an editor's note on the form,
    # break38)
    r"^\W*(?:wyrażam zgodę|akceptuję|i agree|ich willige|ich stimme|acconsento|acepto|consiento|j[’']accepte|"
    r"concordo|ik ga akkoord|jag godkänner|jeg accepterer|jeg godtar|souhlasím)\b.{0,80}\b(?:danych osobowych|"
    r"personal data|dati personali|données personnelles|datos personales|dados pessoais|personenbezogenen daten|"
    r"persoonsgegevens|personuppgifter|personoplysninger|personopplysninger|osobních údajů)",
    re.IGNORECASE,
)
_ERROR_REPORT_BUTTON = _rx(
    r"^\W*(?:submit|send|report)(?: (?:report|correction|a correction)(?: request)?)?\W*$",  # (u52-17)
    *junk_languages.ERROR_REPORT_BUTTON,
)
_FIELD_MARK = re.compile(r"\*\W*$|\([^)]{1,60}\)\W*$")  # a required or optional field's mark, ending its line
_ERROR_REPORT_PROSE = 2  # its introduction and its note on how corrections are published (u43, u46)
_ERROR_REPORT_OTHER_LINES = 3  # lines of more than four words besides the fields: those two and a question
_ERROR_REPORT_OTHER_FIELDS = 2  # the reader's name and address, or a source: a letter or poem that quotes one has one


def _error_report_form(headline: str, paragraphs: tuple[str, ...]) -> Junk | None:
    """A page that is a form to report an error in an article: its title (the headline), a field that asks to
    describe the error, two other fields (a name, an address, a link to a source), a send button, and at most two
    prose paragraphs besides that do not speak to the reader (its introduction, its note on how corrections are
    published). A correction or an editor's note that shows the form has a label, or lines of its own."""
    # The form is the page: its title is the headline (a brief or a how-to with the site's form under it has its
    # own: break31), which is no label of an article's kind ('Correction: …'), and no step labels stand among it.
    titled = _ERROR_REPORT_TITLE.match(headline) is not None
    joined = not titled and _ERROR_REPORT_TITLE_JOINED.match(headline) is not None
    if not (titled or joined) or any(_STEP_LABEL.match(p) for p in paragraphs):
        return None
    short = [(k, p) for k, p in enumerate(paragraphs) if len(p) <= _NOTICE_MAX]
    described = [k for k, p in short if _ERROR_REPORT_FIELD.match(p)]
    weak = joined or not described
    described = described or [k for k, p in short if _ERROR_REPORT_FIELD_NOUN.match(p)]
    others = [k for k, p in short if _ERROR_REPORT_OTHER_FIELD.match(p)]
    buttons = [k for k, p in short if _ERROR_REPORT_BUTTON.match(p)]
    if not (described and len(others) >= _ERROR_REPORT_OTHER_FIELDS and buttons):
        return None
    form = set(described) | set(others) | set(buttons)
    marked = any(_FIELD_MARK.search(paragraphs[k]) for k in form) or any(
        _ERROR_REPORT_NOTE.search(p) for p in paragraphs
    )
    if weak and not marked:
        return None  # (a form of the weaker wordings marks its fields or notes them; a found poem does not)
    # Its notes (its help on the form, required fields, consent) are the form's; a poem or a letter of the form's
    # lines has lines of its own ('You wrote that the river crested at noon.': break32).
    own = [
        p
        for k, p in enumerate(paragraphs)
        if k not in form
        and not (
            p.endswith((".", "?", "!"))
            and (
                _ERROR_REPORT_NOTE.search(p)
                or (_ERROR_REPORT_HELP.search(p) and _ADDRESS.search(p) and not _SPEAKS_AS_I.search(p))
            )
        )
    ]
    if (
        _shown_in_a_piece((), own)
        or sum(1 for p in own if is_prose(p) and not _FURNITURE.search(p)) > _ERROR_REPORT_PROSE
        or sum(1 for p in own if len(p.split()) > _FORM_LINE_WORDS) > _ERROR_REPORT_OTHER_LINES
        or any(len(p.split()) > _FORM_LINE_MAX * 2 for p in own)
    ):
        return None
    return Junk(
        "not-an-article",
        f"a form to report an error: {_quote(paragraphs[described[0]])}, {_quote(paragraphs[others[0]])} and a send "
        f"button ({_quote(paragraphs[buttons[0]])}) under the headline {_quote(headline)}",
    )


# --- forms for the reader's details, and surveys -------------------------------------------------------

# A field that asks for the reader's details, the whole line, maybe marked optional or required ('Phone (optional)',
# 'Postcode*', 'Nimi:'): the name, the address and its parts, the phone, the e-mail, the message and its subject.
_DETAILS_FIELD = re.compile(
    r"^\W*(?:(?:(?:your |enter (?:your )?)?(?:(?:full |first |last |given |family )?name|surname|e-?mail(?: address)?|"
    r"(?:mobile |tele)?phone(?: number)?|mobile|contact number|(?:street |postal |home |delivery )?address|"
    r"street|suburb|town|city|county|post ?code|zip(?: code)?|country|date of birth|company|organi[sz]ation|message|"
    rf"subject|comments?|attachments?|upload (?:a )?(?:file|photo|picture)s?))|{junk_languages.FORM_FIELD}|"
    # a tip form's fields as questions ('How can we reach you?', 'What’s the story?': u76-19, u77-20, u78-18)
    rf"how (?:can|should|do) we (?:reach|contact|get in touch with) you\?|what(?:{_A}s| is) (?:the|your) story\?|"
    r"wie können wir sie erreichen\?|worum geht es\?|hoe kunnen we (?:je|u) bereiken\?|wat is er gebeurd\?|"
    r"tell us what happened\b[\w ,]{0,30}|"
    # ... or what they know ('Descreva o que sabe': u106-19)
    r"descreva o que sabe|describe lo que sabes|descrivi (?:cosa|quello che) sai|décrivez ce que vous savez|"
    r"beschreiben sie,? was sie wissen|beschrijf wat (?:je|u) weet|"
    # ... in the other languages ('Cuéntanos qué ha pasado': u104-19)
    r"cuéntanos qué (?:ha pasado|pasó)|raccontaci (?:cosa|che cosa) è successo|dites-nous ce qui s[’']est passé|"
    r"conte-nos o que aconteceu|vertel (?:ons|het ons) wat er (?:is )?gebeurd|berätta vad som (?:har )?hänt|fortæl "
    r"(?:os )?hvad der (?:er )?sket|fortell (?:oss )?hva som (?:har )?skjedd|opowiedz(?: nam)?,? co się stało|"
    r"napište nám,? co se stalo)"
    r"\s*(?:\([^)]{1,40}\))?\s*\*?\s*:?\s*\*?$",
    re.IGNORECASE,
)
# Its send button, the whole line: the verb alone or with its object ('Submit', 'Submit order', 'Send tip',
# 'Nachricht senden', 'Lähetä viesti'), or the way on to the payment ('Continue to payment': u60-24). Not a line
# with more words ('Send to awards@…', 'Place of birth', 'Confirm': break46).
_FORM_OBJECT = (
    r"(?:(?:my |your |the )?(?:order|message|tip|request|form|application|enquiry|inquiry|feedback|story)|"
    rf"{junk_languages.FORM_OBJECT})"
)
_DETAILS_BUTTON = _rx(
    rf"^\W*(?:submit|send)(?: {_FORM_OBJECT})?\W*$",
    # a tip form's way to the newsroom ('Send securely', 'Send to the newsdesk': u64-17, u65-19, u66-17)
    r"^\W*send (?:securely|privately|now|to (?:the|our) (?:newsroom|newsdesk|news desk|editors?|team|desk|"
    r"reporters))\W*$",
    r"^\W*(?:place (?:my |your )?order|order now|(?:continue|proceed|go) to (?:payment|checkout))\W*$",
    rf"^\W*{junk_languages.FORM_BUTTON}(?: {_FORM_OBJECT})?\W*$",
    rf"^\W*{_FORM_OBJECT} {junk_languages.FORM_BUTTON}\W*$",
)
# What only a form has about its fields (break46: an article that shows a form's labels has none of them): a field
# marked optional or required ('Mensagem (opcional)', 'Postcode *'), a checkbox or a radio button ('[ ] I agree',
# '( ) Saturday only', '☐'), a heading for the reader's details ('Your details'), a field for an attachment.
_FORM_MARK = re.compile(
    r"\w\s?\*\W*$|\((?:[^)]{0,30}\b)?(?:optional|required|valgfri\w*|frivillig\w*|vapaaehtoinen|"
    r"pakollinen|opcional|obligatori\w*|facoltativo|obbligatorio|optionnel|facultati\w*|verplicht|optioneel|"
    r"freiwillig|pflicht\w*|opcjonalnie|wymagane|nepovinné|povinné)\b",
    re.IGNORECASE,
)
_FORM_BOX = re.compile(r"^\s*(?:\[\s?[xX]?\s?\]|\(\s?\)|[☐☑□])")  # (not a list's bullets, '●', '○': a review)
_FORM_HEADING = _rx(
    r"^\W*(?:your|personal|contact|delivery|billing) details\W*$",
    rf"^\W*{junk_languages.FORM_HEADING}\W*$",
)
_ATTACH_FIELD = _rx(r"^\W*(?:attach|upload)\b", rf"^\W*{junk_languages.ATTACH_FIELD}")
# Two fields in one, either to fill in: 'Telefonnummer eller e-mail', 'E-post eller telefon', 'Email or phone'.
_EITHER_FIELD = re.compile(
    r"^\W*(?:your |dit |din |ditt |ihre |votre |tu |il tuo |uw |je |o seu |twój |váš )?(?:(?:adres|numer) )?(?:e-?mail|"
    # ('Correo electrónico o teléfono': u104-19)
    r"correo(?: electrónico)?|courriel|contacto telef[oó]nico|telef[oó]nico|"
    r"e-post|phone|telefon\w*|telephone|téléphone|teléfono|telefono|telefone|mobil\w*) (?:or|eller|oder|ou|o|of|lub|"
    r"nebo|tai) (?:(?:adres|numer) )?(?:e-?mail|e-post|phone|telefon\w*|telephone|téléphone|teléfono|telefono|"
    r"telefone|mobil\w*)\b.{0,40}$|"
    # a name or a pseudonym ('Imię lub pseudonim': u91-19)
    r"^\W*(?:your )?(?:name|imię|nom|nombre|nome|naam|namn|navn|jméno) (?:or|eller|oder|ou|o|of|lub|nebo) (?:a )?"
    r"(?:pseudonym|pseudonim|nickname|pseudonyme|seudónimo|pseudonimo|schuilnaam|pseudônimo|alias|initials|"
    r"inicjały|přezdívka)\W*$",
    re.IGNORECASE,
)
_DETAILS_FIELDS = 3  # name, an address or a phone, and more; a piece that names a form's fields names one or two
_FORM_PROSE = 3  # besides its lines: its introduction, its consent or privacy line, a note (delivery area, sources)
_FORM_PROSE_ABOVE = 2  # above the form: its introduction and what is done with the answers (b34-17)
_BUTTON_MAX = 40  # characters
# A piece's label on a page that shows a form or a survey: 'Quiz:', 'Fragebogen:' (break46), besides `_KIND_LABEL`'s.
_FORM_PIECE_LABEL = re.compile(
    r"^(?:quiz|test|fragebogen|questionnaire|cuestionario|questionario|vragenlijst|frågeformulär|your say)\s?[:|—–]",
    re.IGNORECASE,
)
# A signature under a reader's letter: 'Margaret Oduya, Harrogate', 'Lucía Herrero Soto. Zaragoza' (break46).
_SIGNATURE_WORDS = 8  # 'Margaret Oduya, Harrogate', 'Lucía Herrero Soto. Zaragoza', 'Čestmír Šťastný, Brno'


def _signed(line: str) -> bool:
    """A signature under a reader's letter: a name of two to four capitalised words (particles between), a comma
    or a full stop, and a place of one to three (break46; any script's capitals: 'Łukasz Żak, Rzeszów', a review)."""
    line = line.lstrip("—–- ")  # ('— Maeve Collins, Galway': break49)
    if len(line.split()) > _SIGNATURE_WORDS or line.endswith((".", "!", "?", ":")):
        return False
    for mark in (", ", ". "):
        name, _, place = line.partition(mark)
        # (a surname's particles, 'Pieter van der Berg', 'Ana de la Fuente', 'João dos Santos'; a district's number
        # after its town, 'Jan Novák, Praha 6': break49)
        named = [w for w in name.split() if w not in _SIGNATURE_PARTICLES]
        if place and 2 <= len(named) <= 4 and 1 <= len(place.split()) <= 3:
            places = [w for w in place.split() if not w.isdigit()]
            return bool(places) and all(w[:1].isupper() and w[1:2].islower() for w in (*named, *places))
    return False


_SIGNATURE_PARTICLES = frozenset("de van von da di el der den la las los del dos das do du le ten ter".split())


def _details_form(headline: str, paragraphs: tuple[str, ...]) -> Junk | None:
    """A page that is a form for the reader's details (an order, a contact or a tip form: u60-24, u61-03, u62-18):
    three fields or more that ask for them, each the whole line ('Full name', 'Postcode', 'Telefonnummer',
    'Sähköposti'), three of them one under the other, what only a form has (`_has_form_marks`), and a send button
    after the last field ('Submit order', 'Send tip', 'Lähetä'). Only when the form is the page
    (`_form_is_the_page`). A scam warning, a how-to or a letter that shows a form's labels has none of its marks, or
    prose of its own (break46)."""
    short = [(k, p) for k, p in enumerate(paragraphs) if len(p) <= _NOTICE_MAX]
    fields = [k for k, p in short if _DETAILS_FIELD.match(p) or _EITHER_FIELD.match(p)]
    field_set = set(fields)
    # (a form's fields stand together: a found poem that fills one in has a line after each, b27-24; two are enough
    # beside a field for an attachment and another of a form's marks, as a tip form has: 'Dit navn (valgfrit)' /
    # 'Telefonnummer eller e-mail' / … / 'Vedhæft billeder', u67-19, u68-19; a how-to that lists the boxes has no
    # mark, a review)
    attached = any(_ATTACH_FIELD.match(p) for _, p in short)
    together = 2 if attached and _has_form_marks(paragraphs, attach=False) else _DETAILS_FIELDS
    if len({paragraphs[k].lower() for k in fields}) < together or not any(
        all(k + step in field_set for step in range(together)) for k in fields
    ):
        return None
    buttons = [k for k, p in short if k > fields[-1] and len(p) <= _BUTTON_MAX and _DETAILS_BUTTON.match(p)]
    if not buttons or not _has_form_marks(paragraphs):
        return None
    prose = _form_is_the_page(headline, paragraphs, field_set | set(buttons), fields[0])
    if prose is None:
        return None
    return Junk(
        "not-an-article",
        f"a form for the reader's details: {len(fields)} fields ({_quote(paragraphs[fields[0]])}, "
        f"{_quote(paragraphs[fields[1]])}, …) and a send button ({_quote(paragraphs[buttons[0]])}) under the "
        f"headline {_quote(headline)}; {prose} other prose paragraph(s)",
    )


def _has_form_marks(paragraphs: tuple[str, ...], attach: bool = True) -> bool:
    """Whether a line is what only a form has: a field marked optional or required, a checkbox or a radio button, a
    heading for the reader's details, a field for an attachment, or the reader's consent (`_SIGNUP_CONSENT`)."""
    return any(
        len(p) <= _NOTICE_MAX
        and (
            _FORM_MARK.search(p)
            or _FORM_BOX.match(p)
            or _FORM_HEADING.match(p)
            or (attach and _ATTACH_FIELD.match(p))
            or _SIGNUP_CONSENT.match(p)
        )
        for p in paragraphs
    )


def _form_is_the_page(headline: str, paragraphs: tuple[str, ...], form: set[int], first: int) -> int | None:
    """How many prose paragraphs a page has besides its form's lines (`form`, the first at `first`), if the form is
    the page: at most two above the form (its introduction, what is done with the answers) and three in all, none
    reporting speech, no sentence that introduces the form with a colon (`_quotes_a_screen`), no line that shows it in
    a piece of writing (`_shown_in_a_piece`: a signature, verse in lower case; a letter's 'Name, Town'), and a
    headline that names no piece's kind ('Letter:', 'Quiz:'). None otherwise."""
    if _KIND_LABEL.match(headline) or _FORM_PIECE_LABEL.match(headline):
        return None
    own = [p for k, p in enumerate(paragraphs) if k not in form]
    prose = [k for k, p in enumerate(paragraphs) if k not in form and is_prose(p) and not _FURNITURE.search(p)]
    if sum(1 for k in prose if k < first) > _FORM_PROSE_ABOVE or len(prose) > _FORM_PROSE:
        return None
    if any(_quotes_a_screen(p) or _introduces_a_screen(p) for p in own):
        return None  # ('The form asks for these, in this order:', a letter's; '… and asks for:', a how-to's: break46)
    if reports_speech(paragraphs) or any(_signed(p) for p in own):
        return None
    return None if _shown_in_a_piece((), own) else len(prose)


# A survey's question, the whole line ('2. Welke rubrieken leest u het liefst?'), its options under it, one a line
# ('Every day', 'Een paar keer per week') or in one line between separators ('Regio · Sport · Cultuur', 'Ja / Nee'),
# its counter ('Question 1 of 9', 'Spørgsmål 1 af 10') and its way on ('Next', 'Submit', 'Versturen', 'Avanti'),
# each the whole line.
_QUESTION_MAX = 200  # characters
# A question ends in its mark, or in its hint after it: '¿Qué temas te interesan más? (puedes marcar varios)' (u64-19).
_QUESTION = re.compile(r"\?(?:\s*\([^()]{1,60}\))?$")
_OPTION_WORDS = 6
_OPTIONS_IN_LINE = re.compile(r"\S(?: · | / | \| )\S")
_MARKED_OPTIONS = re.compile(r"^\s*([○◯□☐])\s?[^○◯□☐]{1,40}(?:\s\1\s?[^○◯□☐]{1,40})+$")  # '○ Sì ○ No ○ Non so'
_RESULT = re.compile(r"\d\s?%|:\s*\d")  # a poll's result, not an option ('Yes: 58%': break46)
_SURVEY_COUNTER = _rx(
    r"^\W*(?:question|step) \d{1,2} ?(?:of |/ ?)\d{1,2}\W*$", rf"^\W*{junk_languages.SURVEY_COUNTER}\d{{1,2}}\W*$"
)
_SURVEY_BUTTON = _rx(
    r"^\W*(?:next(?: question)?|continue|(?:submit|send)(?: (?:my |your |the )?(?:answers|responses|survey|"
    r"questionnaire))?|"
    r"skip(?: this (?:survey|question))?|finish(?: the survey)?|done)\W*$",
    # (on to the next question by its number: 'Weiter zu Frage 4', u88-19)
    rf"^\W*{junk_languages.SURVEY_NEXT}(?: (?:zu|zur|to|à la|a la|alla|naar|para a|till|til|do|na) "
    r"(?:frage|question|pregunta|domanda|vraag|pergunta|fråga|spørgsmål|spørsmål|pytania|otázku) \d{1,2})?\W*$",
    rf"^\W*{junk_languages.FORM_BUTTON}(?: {junk_languages.SURVEY_ANSWERS})?\W*$",
    rf"^\W*{junk_languages.SURVEY_ANSWERS} {junk_languages.FORM_BUTTON}\W*$",
)
# A survey names itself: 'Lezersonderzoek 2024', 'Il questionario richiede circa tre minuti', 'læserundersøgelse'.
_SURVEY_WORD = _rx(r"\bsurvey\b", junk_languages.SURVEY_WORD)
_SURVEY_QUESTIONS = 2  # with options under each; one is enough under a counter


def _is_option(line: str) -> bool:
    """A survey's option under its question: a short line that is no sentence ('Several times a week', 'Zelden'),
    no result ('Yes: 58%'), no button and no question."""
    return (
        len(line.split()) <= _OPTION_WORDS
        and not line.endswith((".", "?", "!", ":"))
        and not is_prose(line)
        and not _RESULT.search(line)
        and not _SURVEY_BUTTON.match(line)
        and not _QUESTION.search(line)  # (a question opens no option run of its own: linear in the page, a review)
    )


_ANSWER_FIELD = re.compile(
    r"^\W*(?:(?:type |enter )?your answer(?: here)?|ihre antwort|deine antwort|votre réponse|ta réponse|tu "
    r"respuesta|su respuesta|la tua risposta|la sua risposta|uw antwoord|je antwoord|(?:a )?sua resposta|a tua "
    r"resposta|ditt svar|dit svar|twoja odpowiedź|vaše odpověď|tvoje odpověď)\W*$",
    re.IGNORECASE,
)


def _options_under(paragraphs: tuple[str, ...], k: int) -> list[int]:
    """The option lines under a question at k: a run of two or more, or one line of options between separators."""
    run: list[int] = []
    while k + 1 + len(run) < len(paragraphs) and _is_option(paragraphs[k + 1 + len(run)]):
        run.append(k + 1 + len(run))
    if len(run) >= 2:
        return run
    if run and _ANSWER_FIELD.match(paragraphs[k + 1]):
        return run  # a free answer's field ('Vaše odpověď', 'Your answer': u121-19)
    if k + 1 < len(paragraphs) and len(paragraphs[k + 1]) <= _NOTICE_MAX:
        line = paragraphs[k + 1]
        in_line = _OPTIONS_IN_LINE.search(line) or _MARKED_OPTIONS.match(line)
        if in_line and not line.endswith((".", "?", "!")) and ":" not in line:
            return [k + 1]
    return []


_TWO_LETTERS = re.compile(r"[^\W\d_]{2}")
_QUIZ = re.compile(r"\b(?:quiz\w*|kvíz\w*|quizz|frågesport|how (?:well|much) do you know)\b", re.IGNORECASE)


def _is_marked_choice(line: str) -> bool:
    """A line of radio buttons or boxes whose options are words, not figures ('○ Sì ○ No ○ Non so'; not a quiz's
    '○ 1788 ○ 1850')."""
    return _MARKED_OPTIONS.match(line) is not None and _TWO_LETTERS.search(line) is not None


def _survey(headline: str, paragraphs: tuple[str, ...]) -> Junk | None:
    """A page that is a reader survey (b34-16, b34-17, u50-20, u62-20): questions, each the whole line, with their
    options under them (`_options_under`), two of them or one under a counter ('Question 1 of 9'), the survey's own
    name on the page ('Lezersonderzoek', 'questionario', 'Enkäten', 'Skip this survey'), and a button after the last
    question's options ('Next', 'Versturen', 'Avanti', 'Skicka svar'). Only when the survey is the page
    (`_form_is_the_page`): a Q&A answers in sentences, a quiz or a ballot does not call itself a survey, a poll's
    results are figures (break46)."""
    options: dict[int, list[int]] = {}
    for k, p in enumerate(paragraphs):
        if _QUESTION.search(p) and len(p) <= _QUESTION_MAX:
            under = _options_under(paragraphs, k)
            if under:
                options[k] = under
    counters = [k for k, p in enumerate(paragraphs) if len(p) <= _BUTTON_MAX and _SURVEY_COUNTER.match(p)]
    if len(options) < (1 if counters else _SURVEY_QUESTIONS):
        return None
    # (or a form's radio buttons or boxes, two or more in a line, under two questions: '○ Sì ○ No ○ Non so', u100-19;
    # a list's bullets open their lines one by one)
    # (of words, on a page that names no quiz: a news quiz's '○ 1788 ○ 1850 ○ 1901' under 'How well do you know Cork’s
    # history?', 'Weekend news quiz: …', the review)
    marked = sum(1 for under in options.values() if any(_is_marked_choice(paragraphs[k]) for k in under))
    if _QUIZ.search(headline) or any(_QUIZ.search(p) for p in paragraphs if len(p) <= _NOTICE_MAX):
        marked = 0
    if marked < _SURVEY_QUESTIONS and not any(_SURVEY_WORD.search(line) for line in (headline, *paragraphs)):
        return None
    last = max(max(under) for under in options.values())
    buttons = [k for k, p in enumerate(paragraphs) if k > last and len(p) <= _BUTTON_MAX and _SURVEY_BUTTON.match(p)]
    if not buttons:
        return None
    form = {*options, *(k for under in options.values() for k in under), *counters, *buttons}
    prose = _form_is_the_page(headline, paragraphs, form, min(form))
    if prose is None:
        return None
    return Junk(
        "not-an-article",
        f"a reader survey: {len(options)} question(s) with options ({_quote(paragraphs[min(options)])}) and a button "
        f"({_quote(paragraphs[buttons[0]])}) under the headline {_quote(headline)}; {prose} other prose paragraph(s)",
    )


# --- listing lines ------------------------------------------------------------------------------

_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DATE_IN_LINE = re.compile(
    rf"\b{_MONTH} \d{{1,2}}(?:st|nd|rd|th)?,? \d{{4}}\b|\b\d{{1,2}}(?:st|nd|rd|th)? {_MONTH},? \d{{4}}\b|"
    rf"\b\d{{4}}-\d{{2}}-\d{{2}}\b|\b\d{{1,2}}/\d{{1,2}}/\d{{2,4}}\b|"
    # a date named by its weekday, without the year: 'Sunday, May 18', 'Sat 17 May'
    rf"\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,? (?:{_MONTH} \d{{1,2}}\b|\d{{1,2}}(?:st|nd|rd|th)? {_MONTH})",
    re.IGNORECASE,
)
# This year's dates are often shown without the year: 'Mar 14', 'MAR 14', '14 March'.
_YEARLESS_DATE = re.compile(
    rf"^(?:{_MONTH} \d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)? {_MONTH})$", re.IGNORECASE
)
_READ_MORE = re.compile(
    r"(?:continue reading|read more|read the (?:full |whole )?(?:article|story|piece|rest|post)|view (?:the )?(?:full "
    r")?(?:articles?|stor(?:y|ies)|posts?)|keep reading|full story|read on|read article|read story|listen(?: now)?|"
    r"(?:view|read) (?:this |the )?(?:issue|edition)|"  # a newsletter archive's link ('View issue': u71-12)
    r"watch(?: now)?|play episode)\b.{0,80}",
    re.IGNORECASE,
)
# ... in the languages of junk_languages.py, only as the whole line ('Weiterlesen', 'Lire la suite'): 'En savoir
# plus sur le festival' under an event is a what's-on column's
_READ_MORE_OTHER = re.compile(rf"(?:{junk_languages.READ_MORE})\W*", re.IGNORECASE)
# A listing's title in its body ('Category Archives: Environment'); `_LISTING_TITLE` also as the headline.
_LISTING_TITLE_IN_BODY = re.compile(
    r"^(?:recent|latest|more|all|new|older|top|popular|most (?:read|popular|shared))\b.{0,40}\b(?:articles|posts|"
    r"stories|columns|news|headlines|pieces|essays|episodes|podcasts|issues|editions)\b"
    r"|^(?:articles|posts|stories|columns|writing|essays|pieces|everything) (?:by|from|about|on|tagged)\b"
    # a label and its separator ('Tag: water', 'Topic – housing'; not 'Author, 93, publishes her first novel')
    r"|^(?:tag|tagged|category|topic|section|author|series|subject|search results)(?: archives?)?\s?[:|–—»/-]|"
    r"^(?:search results|"
    r"results for|"
    r"showing results)\b|^page \d+\b|^most (?:read|popular|shared|viewed)\b(?: (?:this|today|of the) \w+)?\W*$|"
    r"^(?:headlines|latest|in case you missed it|what we"
    + _A
    + r"re reading|from the archive)\W*$|\b(?:past|back|previous) (?:issues|editions)\W*$|"
    + junk_languages.LISTING_TITLE
    # 'Archive of past issues', 'Newsletter archive'; not a photo's source: 'Archives municipales de Lyon',
    # 'Picture: Derry Journal archive'
    + r"|^(?:the )?archives?(?: of\b|\s?[:|–—»/-]|\W*$)|^(?!\W*(?:pictures?|photos?|photograph|images?|source|"
    r"credit|courtesy|foto)\b).*\barchives?$",
    re.IGNORECASE,
)
# 'Archive' names a listing as a page's title; in a body it is a photo's source ('Picture: Derry Journal archive').
_LISTING_TITLE = re.compile(
    _LISTING_TITLE_IN_BODY.pattern + r"|^(?:the )?archives?\b|\barchives?$", _LISTING_TITLE_IN_BODY.flags
)
# A listing's own furniture: a line of its entries ('6 min read', '12 comments', '3 days ago') or of its
# pager and header ('Page 2 of 17', 'Load more', 'Older posts', '« Newer Entries | Older Entries »', 'A
# collection of 38 posts', '14 results for …').
_ENTRY_META = re.compile(
    # after an entry's label ('Analysis · 2 days ago')
    r"^\W*(?:[A-Z][\w’' ]{0,20} [·|•] )?(?:\d+ min(?:ute)?s?(?: read)?|\d[\d,.]*k? (?:comments?|likes?|replies|"
    r"shares|responses|views)|\d+ (?:min(?:ute)?s?|hours?|hrs?|days?|weeks?|months?) ago|(?:yesterday|today)(?: at "
    r"\d.*)?|last (?:week|month)|\d{1,2}[mhdw]|"  # '3h', '2d': an age written short ('3 m' is three metres)
    # a gallery's size after its label ('Fotorelacja | 34 zdjęcia'; a video's length: _MEDIA_LENGTH)
    r"(?<=[·|•] )\d+ (?:photos?|pictures|images|zdjęcia|zdjęć|fotos|fotografií|bilder|billeder|foto)|"
    + junk_languages.ENTRY_AGE
    + r")\W*$",
    re.IGNORECASE,
)
# A video's or a podcast's length after its label ('Wideo | 3:12'; not 'Scena główna | 18:30', a programme's
# hour, nor 'Kip Keter | 2:14:37', a result: break18).
_MEDIA_LENGTH = re.compile(
    r"^\W*(?:video|wideo|vídeo|vidéo|audio|podcast|podd|podden|ljud|lyd)\s?[·|•]\s?\d{1,2}:\d{2}(?::\d{2})?\W*$",
    re.IGNORECASE,
)
_PAGER = re.compile(
    r"^\W*(?:page \d+(?: of \d+)?|(?:load|show|view|see) (?:more|all|older|newer|earlier|past|previous)(?: (?:posts|"
    r"stories|articles|results|issues|editions|episodes|newsletters))?|a "
    r"collection of \d+ (?:posts|articles|stories)|(?:showing |found |there are )?(?:\d+ of )?\d[\d,]* (?:results?|"
    r"posts|articles|"
    r"stories)(?: (?:for|found|tagged|in|about|on)\b.{0,60})?|"
    # page numbers with an ellipsis or a next page after them ('1 2 3 4 … 8', '1 2 3 … 46 Siguiente': u97, u99)
    r"(?:\d+ ){2,}(?:(?:…|\.\.\.) \d+|(?:(?:…|\.\.\.) \d+ )?(?:next|siguiente|suivante?|weiter|volgende|successiva|"
    r"seguinte|próxima|nästa|neste|næste|następna|další))|"
    r"(?:(?:newer|older|next|previous|prev|earlier|later)"
    r"(?: (?:posts|entries|articles|stories|page|results))?\W*)+|" + junk_languages.PAGER + r")\W*$",
    re.IGNORECASE,
)
# A search or listing page's sort or filter options, its count of what was found, or both in one line
# ('Znaleziono 23 wyniki. Sortuj: od najnowszych | według trafności': u75-11): the page's own lines, as a pager is.
_SORT_OPTIONS = rf"(?:{junk_languages.SORT_LABEL})\s?:?\s+[^|·/]{{1,30}}(?:\s?[|·/]\s?[^|·/]{{1,30}}){{1,6}}"
# (what was searched only quoted or after a colon: 'Du søkte etter «strømstøtte».', not a Q&A's 'Hai cercato lavoro
# all’estero?'; a count of articles only with the search named or as results: 'Vi fandt 38 artikler, der matcher din
# søgning.', not a brief's 'Se encontraron 3.000 artículos falsificados' nor 'Vi fandt 38 artikler med …': break52)
_QUERY = r"\s?(?::\s?.{1,60}?|[«»\"“”„‘’'][^«»\"“”„‘’']{1,60}[«»\"“”‘’'])"
_SEARCH_PART = (
    rf"(?:(?:{junk_languages.SEARCHED_FOR}){_QUERY}|{_L.FOUND_VERB}{_L.RESULT_NOUNS}[^.!?|·]{{0,60}}|"
    rf"{_L.FOUND_VERB}{_L.ARTICLE_NOUNS}(?=[^.!?|·]{{0,60}}\b{_L.SEARCH_NAMED})[^.!?|·]{{0,60}}|"
    rf"(?:{junk_languages.SHOWING_COUNT})[^.!?|·]{{0,40}}|{_SORT_OPTIONS}|"
    # (a bare count of results before the sort options: '147 träffar · Sortera efter: Senaste | Mest relevant', u91-11)
    rf"\d[\d.,]*\s{_L.RESULT_NOUNS}(?=\s·\s))"
)
_FILTER_LINE = re.compile(
    rf"^\W*(?:{junk_languages.FILTER_LABEL})\s?:\s+[^|·/]{{1,30}}(?:\s?[|·/]\s?[^|·/]{{1,30}}){{1,8}}\W*$",
    re.IGNORECASE,
)
# (three options or more after 'all', between bars or middle dots, with no colon or figure: not an event's details,
# 'Ages: All | Cost: Free | Booking: Not needed', 'Público: todos · Entrada libre · 50 minutos': break54)
# (under its label: not a site's category bar, 'All | Talks | Walks | Workshops | Family', above a brief: the review)
_CALENDAR_LINE = re.compile(
    rf"^\W*[^:|·•/]{{1,30}}\s?:\s*(?:{_L.ALL_OPTION})(?:\s?\|\s?[^|·•/:\d]{{1,30}}){{3,8}}\W*$|"
    # or between middle dots under a filter's own label ('Filtra per comune: Tutti · Cremona · Crema · Casalmaggiore':
    # u109-12; not an event's details, 'Público: todos · Entrada libre · Sin reserva · Al aire libre': break56)
    rf"^\W*(?:{junk_languages.FILTER_LABEL})\b[^:|·•/]{{0,20}}\s?:\s*(?:{_L.ALL_OPTION})"
    r"(?:\s?[·•]\s?[^|·•/:\d]{1,30}){3,8}\W*$",
    re.IGNORECASE,
)
_CALENDAR_DATES = 3  # an events calendar's days, under its own line (`_CALENDAR_LINE`)
_SEARCH_LINE = re.compile(rf"^\W*{_SEARCH_PART}(?:(?:[.!]\W*|\s·\s){_SEARCH_PART}){{0,2}}[.!]?\W*$", re.IGNORECASE)
# A numbered entry's label on a date line: 'Issue #212 — November 27, 2026', 'No. 45, March 3, 2026',
# 'Episode 12 · 4 May 2026': the date of an entry in an archive of issues, counted as its furniture too.
_ENTRY_LABEL = re.compile(r"^\W*(?:issue|edition|episode|vol(?:ume)?\.?|no\.|number|#)\s*#?\d+\b", re.IGNORECASE)
# A numbered title: '1. Cork bus routes to be overhauled' (a numbered sentence ends in a period: prose).
_NUMBERED_TITLE = re.compile(r"^\d{1,2}[.)] \S")
# A rank alone on its line ('1', '#2', '3.'), as a 'Most read' list numbers its titles.
_RANK = re.compile(r"^\W*#?(\d{1,2})\.?$")


def _rank_lines(paragraphs: tuple[str, ...]) -> set[int]:
    """Positions of rank lines: a number alone on its line with one line that is no prose after it, and the
    next number two lines on, or the previous number two lines back ('1', title, '2', title, ...). A
    numbered poem's sections, or a list whose entries are a title and a sentence, are not ranked titles."""

    def rank(k: int) -> int | None:
        m = _RANK.match(paragraphs[k]) if 0 <= k < len(paragraphs) else None
        return int(m.group(1)) if m else None

    found = set()
    for k in range(len(paragraphs) - 1):
        n = rank(k)
        if n is None or is_prose(paragraphs[k + 1]) or rank(k + 1) is not None:
            continue
        if rank(k + 2) == n + 1 or (rank(k - 2) == n - 1 and not is_prose(paragraphs[k - 1])):
            found.add(k)
    return found


# A word of a name: capitalised (any script's capitals: 'Álvaro', 'Łukasz'), or a particle or joiner.
_NAME_WORD_TAIL = re.compile(r"[\w’'.-]*$")
# ('and' in the languages of junk_languages.py too: 'Gisela und Herbert Mainka', 'Anna i Jan Kowalscy')
_NAME_PARTICLE = frozenset(
    "de da del der den van von bin ibn al el la le di du dos ter y and und et e en och og i & - – — ,".split()
)
_SENTENCE_END = re.compile(r"[.!?](?:[’”\"')\]]*)$")
_EXCERPT_END = re.compile(r"(?:…|\.\.\.|\[…\]|\[\.\.\.\]|\(more…?\))\W*$")
_STOP = frozenset("a an and as at but by for from in into of on or the to with vs via".split())


# Quoted spans, with the marks of the languages of junk_languages.py too: „…“ „…” «…» »…«
_QUOTED = re.compile(r"“[^”]*”?|\"[^\"]*\"?|‘[^’]*’|„[^“”\"]*[“”\"]|«[^»]*»|»[^«]*«")  # » alone: a breadcrumb
_REPORTED = re.compile(r"\b(?:said|says|told|according to|wrote|asked|recalled|explained)\b", re.IGNORECASE)


_QUOTE_MARK = re.compile('[“"‘„«»]')  # a character that can open one of _QUOTED's spans


def _notice_text(line: str) -> str | None:
    """What a line says as a notice, or None if it cannot be one: a notice is the page speaking to
    its reader, short, in its own words. Quoted spans are a mention, not the page ('Has Shown
    ‘Page Not Found’'), and a line that reports speech is article prose."""
    if len(line) > _NOTICE_MAX or _REPORTED.search(line):
        return None
    return _QUOTED.sub(" ", line) if _QUOTE_MARK.search(line) else line


def _is_person_sentence(paragraph: str) -> bool:
    """A sentence that opens with a person's name: two capitalised words, the first no function word."""
    words = paragraph.split(maxsplit=2)
    return (
        len(words) == 3
        and words[0][:1].isupper()
        and words[1][:1].isupper()
        and words[0].lower() not in NOT_NAMES
        and is_prose(paragraph)
    )


def _is_title_case(words: list[str]) -> bool:
    content = [w for w in words if w.lower() not in _STOP]
    return bool(content) and sum(w[:1].isupper() or not w[:1].isalpha() for w in content) >= 0.8 * len(content)


def is_title_case(line: str) -> bool:
    """Whether a line's words are capitalised as a title's (four in five of its content words)."""
    return _is_title_case(line.split())


def is_prose(line: str) -> bool:
    """A sentence of an article: long, or five words or more ending in . ! or ? (not a Title-Case
    question, which is a headline, and not an excerpt cut with '…')."""
    if len(line) > _NOTICE_MAX:
        return True
    if _EXCERPT_END.search(line) or not _SENTENCE_END.search(line):
        return False
    words = line.split()
    if len(words) < 5:
        return False
    return not (line.rstrip("’”\"')]").endswith(("?", "!")) and _is_title_case(words))


_ENTRY_SEPARATOR = re.compile(r" [—–|·•-] ")
_DATED_TITLE_WORDS = 16


_NUMERIC_DATE = re.compile(r"^\W*\d{1,2}\.\s?\d{1,2}\.\s?\d{4}\W*$")  # '12.03.2025', as EU sites write dates
# (opening its line, before a separator and a byline: '08.03.2024 | Marek Zieliński', u97; not before a section,
# '11.01.2024 · Kultur' over a year's obituaries, b38-11)
# (or the byline first: 'Jana Horáková | 12.03.2024'; a comma after the date: '08.03.2024, Marek Zieliński': break54)
_NUMERIC_DATE_BYLINE = re.compile(
    r"^\W*(?:\d{1,2}\.\s?\d{1,2}\.\s?\d{4}(?:,| [|·•—–-]) (?P<name>.+)|(?P<first>.+) [|·•—–-] "
    r"\d{1,2}\.\s?\d{1,2}\.\s?\d{4})\W*$"
)


# A date in those languages without its year, opening its line ('3 okt | Almelo', 'Fredag 15. marts', 'sex, 8 mar ·
# 21h30 · Theatro Circo', 'vandaag 14:32 | Enschede': u64-10, u64-12, u66-12): the day and the month's name or its
# short form, after a weekday maybe, or a relative day, and a time maybe; `_is_date_line` allows a few words after it.
_FULL_OTHER_MONTHS = "|".join(sorted(OTHER_MONTHS, key=len, reverse=True))
_CLOCK = r"\d{1,2}[:.h]\d{2}\b"  # (a relative day only with its time: 'Hier sind wir' is no date)
_AT = r"(?:kl\.? |à |um |om |alle )"
_OTHER_SHORT_DATE = re.compile(
    rf"^\W*(?:(?:(?:{junk_languages.WEEKDAYS})\.?,? (?:den )?)?\d{{1,2}}(?:\.|º)? (?:de )?(?:{_FULL_OTHER_MONTHS}|"
    rf"{junk_languages.SHORT_MONTHS})\b\.?(?:,? {_AT}?{_CLOCK})?|(?:{junk_languages.RELATIVE_DAYS}),? {_AT}?{_CLOCK})",
    re.IGNORECASE,
)


def _is_date_line(line: str, dated_titles: bool = False) -> bool:
    """A date alone, or a date with a few words (a byline, 'Posted on', a time)."""
    if len(line) > 90:
        return False
    if parse_date_line(line) is not None or _YEARLESS_DATE.match(line) or _NUMERIC_DATE.match(line):
        return True
    m = _DATE_IN_LINE.search(line) or other_date_in(line) or _OTHER_SHORT_DATE.match(line)  # 'Tirsdag den 4. marts'
    byline = _NUMERIC_DATE_BYLINE.match(line) if m is None else None
    name = (byline["name"] or byline["first"]) if byline is not None else ""
    if name and is_name_line(name) and name.split(" ", 1)[0].lower() in ALL_GIVEN_NAMES:
        return True  # (a byline opens on a given name: not a section of two words, '11.01.2024 · Region Hannover')
    if m is None or is_prose(line):
        return False
    rest = line[: m.start()] + " " + line[m.end() :]
    # With `dated_titles` (on a page titled as a listing), an entry's date and its title, set apart by a dash,
    # bar or dot: 'Friday, November 8, 2024 — The bail reform bill gets its second reading' (on other pages
    # such a line is as likely a what's-on column's event); else a date with a few words: a byline, 'Posted
    # on', a time.
    return len(rest.split()) <= (_DATED_TITLE_WORDS if dated_titles and _ENTRY_SEPARATOR.search(line) else 6)


def is_name_line(line: str) -> bool:
    """A byline or a name: 'By Jane Doe', 'Ana Prado and Colin Thistlewood', 'Richard Falk - Daniel Falcone'."""
    if len(line) > 80:
        return False
    # ', ' apart: 'Samuel Ortega, Jr.', 'Ana Prado, Colin Thistlewood'
    words = line.removeprefix("By ").removeprefix("by ").replace(", ", " , ").split()
    return (
        2 <= len(words) <= 8
        and words[0][:1].isupper()
        and all(w in _NAME_PARTICLE or (w[:1].isupper() and _NAME_WORD_TAIL.match(w, 1)) for w in words)
    )


@dataclass(frozen=True)
class Junk:
    type: str  # a reject type of errors.ERROR_TYPES
    message: str  # names the signals


def _quote(line: str, limit: int = 70, at: str = "") -> str:
    """A line as a message shows it: the line, or its first `limit` characters; when a rule matched
    the words `at`, the sentence that holds them if it is not much longer, else `limit` characters
    ending a little after them."""
    if len(line) <= limit:
        return "'" + line + "'"
    i = line.find(at) if at else -1
    if i >= 0:
        begin = line.rfind(". ", 0, i) + 2 if line.rfind(". ", 0, i) >= 0 else 0
        end = line.find(". ", i + len(at))
        end = len(line) if end < 0 else end + 1
        if end - begin > limit + 40:  # a long sentence: the words before the match's end
            end = line.find(" ", i + len(at) + 10)
            end = len(line) if end < 0 else end
            begin = max(begin, line.rfind(" ", 0, max(0, end - limit)) + 1)
        return "'" + ("…" if begin else "") + line[begin:end] + ("…" if end < len(line) else "") + "'"
    return "'" + line[:limit] + "…'"


def classify_page(headline: str, paragraphs: list[str], bio: str | None) -> Junk | None:
    """The junk rule the page (its headline, body paragraphs and bio) meets, or None: an article.
    A paragraph without a letter or a digit ('* * *', '🎉🎉', a line of dashes) is read as one short word (it counts
    as a line, as a poem's section break does, but a line of 301 dashes is no long line of prose: a hostile run made
    dialogs and forms records with one), and a body of them only is no article ('????', emoji, combining marks)."""
    worded = [_WORDED.search(p) is not None for p in paragraphs]  # (searched once: parse runs per article)
    found = _classify(
        headline, tuple(p if w else _as_one_word(p) for p, w in zip(paragraphs, worded, strict=True)), bio
    )
    if found is None and paragraphs and not any(worded):
        shown = ", ".join(_quote(p, 20) for p in paragraphs[:3]) + (", …" if len(paragraphs) > 3 else "")
        return Junk("not-an-article", f"no body paragraph holds a letter or a digit: {shown}")
    return found  # (a wall read from its headline stays that wall: 'Too Many Requests' over a line of dashes)


def _as_one_word(line: str) -> str:
    return "".join(line.split())[:_WORDLESS_MAX]


_WORDED = re.compile(r"[^\W_]")  # a letter or a digit, of any script
_WORDLESS_MAX = 20  # characters of a wordless line as the rules read it


# Every strong subscriber notice holds one of these (lowercased): a line without any is skipped
# before the patterns run. tests/test_junk.py checks it against every line of the test corpora.
PAYWALL_KEYS = (
    "subscri",
    "log in",
    "login",
    "sign in",
    "signin",
    "sign up",
    "signup",
    "regist",
    "account",
    "member",
    "premium",
    "paywall",
    "paying",
    "join",
    "free",
    "limit",
    "allowance",
    "rest of",
    "unlock",
    "continue reading",
    "keep reading",
    "gift",
    "app",
)


@functools.lru_cache(maxsize=4)
def _classify(headline: str, paragraphs: tuple[str, ...], bio: str | None, shortcuts: bool = True) -> Junk | None:
    # Kept for the last few pages: parse asks, then the record rule `not-junk` asks again about the
    # same strings right after (a pure function of them, so a kept answer is the answer).
    # `shortcuts=False` skips no step, for tests/test_junk.py to compare against.
    found = _by_rules(headline, paragraphs, bio, shortcuts)
    if found is not None or not asks_words(headline, paragraphs, bio):
        return found
    verdict = score_words(headline, paragraphs)
    if verdict is None or (verdict.type in _WALL_NAMES and is_not_a_wall(headline, paragraphs)):
        return None  # see `_wall`
    if verdict.type == "paywalled" and not _has_offer_or_notice((headline, *paragraphs), shortcuts):
        return None  # a teaser offers something: a library's how-to ('Log in with your library card') does not
    if verdict.type == "not-an-article" and all(map(is_prose, paragraphs)) and not _speaks_of_consent(paragraphs):
        return None  # a form or an app's screen has a line that is no sentence (a button, a field, a link); an
        # unsigned notice of sentences ('Our news app is now on Google Play. Subscribers can log in with …': break44)
        # is a piece, but a consent wall saved without its buttons still speaks of cookies, partners, consent (review)
    return Junk(
        verdict.type,
        f"{_WORDS_NAMES[verdict.type]} by its words (word model, {verdict.margin:.1f} over an article; no rule "
        f"matched); the line that weighs most: {_quote(verdict.line)}",
    )


def _speaks_of_consent(paragraphs: tuple[str, ...]) -> bool:
    """Whether a line is a consent wall's notice (`_WALL_PATTERNS`' strong or weak consent notices)."""
    strong, weak = _WALL_PATTERNS["not-an-article"]
    return any(strong.search(line) is not None or weak.search(line) is not None for line in paragraphs)


# How a word-model reject names what the page reads as (the reject types the model can give).
# (the model's not-an-article pages are sign-ups, forms and surveys as often as consent walls)
_WORDS_NAMES = {
    **_WALL_NAMES,
    "not-an-article": "a consent wall, a form or a sign-up",
    "paywalled": "a subscriber notice ending a teaser",
}


def score_words(headline: str, paragraphs: tuple[str, ...]) -> junk_words.Verdict | None:
    """The word model's verdict on a page (benchmarks/fit_junk_words.py replaces this to measure a fit)."""
    return junk_words.score_page(headline, paragraphs)


def asks_words(headline: str, paragraphs: tuple[str, ...], bio: str | None) -> bool:
    """Whether a page the rules keep is one the word model is asked about: it has paragraphs, shows no
    article body (a run of three paragraphs longer than a notice), and has no bio naming its author.
    An article with a body, or an authored piece, stays a record whatever its words."""
    return bool(paragraphs) and not _has_long_run(paragraphs) and not _authored(bio)  # the cheap test first


def _has_offer_or_notice(lines: tuple[str, ...], shortcuts: bool) -> bool:
    return any(_OFFER.search(line) or _is_paywall_notice(line, shortcuts) for line in lines)


def _authored(bio: str | None) -> bool:
    """A bio that names the author, or a sentence about a person ('Nadia Farouk writes about technology.';
    not a notice or a blurb: 'Please enable…', 'Our newsroom…')."""
    return bio is not None and (author_from_bio(bio) is not None or any(map(_is_person_sentence, bio.split("\n\n"))))


def _by_rules(headline: str, paragraphs: tuple[str, ...], bio: str | None, shortcuts: bool = True) -> Junk | None:
    """The phrase and shape rules of this module (the word model not asked)."""
    short = [(k, p) for k, p in enumerate(paragraphs) if len(p) <= _NOTICE_MAX]

    # Paywall: a strong subscriber notice, and the page's prose ends there (at most one after it).
    # A letter, correction, obituary, editor's note or poem (by its headline's label) is no teaser, nor is a page
    # whose body runs three long paragraphs before the notice: none of the labelled teasers is either.
    teaser_possible = _NO_TEASER_LABEL.match(headline) is None and not _is_signed_letter(paragraphs, headline)
    first = next((k for k, p in short if _is_paywall_notice(p, shortcuts)), None) if teaser_possible else None
    if first is not None and _has_long_run(paragraphs[:first]):
        first = None
    # A list of other articles above a newsletter's sign-up box ('Sign up now to get access to the
    # library of members-only issues') is a listing, not a teaser: the notice is not about this page.
    if (
        first is not None
        and _listing(headline, paragraphs[:first]) is None
        and _prose_after(paragraphs[first + 1 :], shortcuts) <= 1
    ):
        # A notice that is a wall's strong notice too ('You must be a signed-in member to access any part
        # of this site', 'To read the Post for free, please allow us … to use cookies') makes a page that
        # is that wall (an age gate, a login, consent or pay) that wall: it shows no article to pay for.
        # So does a notice with no teaser above it on a wall's page ('This content is not available in your
        # region.' / 'Subscribers travelling abroad can log in to keep reading.').
        kind = _notice_kind(paragraphs[first])
        no_teaser = not any(is_prose(p) and not _notice_kind(p) for p in paragraphs[:first])
        strong_kind = kind[0] if kind is not None and kind[1] else None
        if strong_kind is not None or no_teaser:
            wall = _wall(headline, paragraphs, shortcuts)
            if wall is None and no_teaser:  # 'Read this story in the … app' over the badges: the app's interstitial
                wall = _app_interstitial(headline, paragraphs)
            if wall is not None and (no_teaser or wall.type == strong_kind):
                return wall
        return Junk("paywalled", f"the body ends at a subscriber notice ({_quote(paragraphs[first])})")

    authored = _authored(bio)  # an authored piece, never a wall or a listing (but its author's archive)
    # Paragraphs longer than a notice are prose. More of them than notices could be (every short
    # line and the headline) plus one rule out a wall; three in a row rule out a listing.
    long_prose = len(paragraphs) - len(short)
    if not authored and (not shortcuts or long_prose <= len(short) + 2):
        wall = _wall(headline, paragraphs, shortcuts)
        if wall is not None:
            return wall
    # Offer lines ending a short teaser: weaker than a strong notice, so after the walls (a consent
    # wall that offers an ad-free subscription is a consent wall), and a bio does not save it.
    if first is None and teaser_possible:
        tail = _paywall_tail(paragraphs)
        if tail is not None:
            return tail
    if authored:  # (her archive has a pager or links to its entries: not a farewell column of her titles, break59)
        archive = _is_archive_of_author(headline, bio, paragraphs) and _has_archive_furniture(paragraphs)
        return _listing(headline, paragraphs) if archive else None
    if not shortcuts or not _has_long_run(paragraphs):
        return _listing_in_bio(headline, paragraphs, bio) or _listing_or_form(headline, paragraphs)
    return None


def _has_archive_furniture(paragraphs: tuple[str, ...]) -> bool:
    """Whether a page has a pager line or two links to the rest of its entries ('Read more', 'Weiterlesen')."""
    short = [p for p in paragraphs if len(p) <= _NOTICE_MAX]
    links = sum(1 for p in short if _is_read_more(p))
    return links >= 2 or any(_PAGER.match(p) for p in short)


def _is_archive_of_author(headline: str, bio: str | None, paragraphs: tuple[str, ...]) -> bool:
    """Whether the headline is an author's archive's title that names the author of the bio ('All stories by Priya
    Ramaswamy' over her list, with her bio under the 'More articles by:' line: u117-09): the one authored page that may
    be a listing."""
    author = author_from_bio(bio)
    if author is None:
        return False
    if headline.casefold() == author.casefold():
        # her name alone over her list, with its pager (break59-07; not an obituary of a columnist that ends in her
        # last columns and their 'Read more' links: the final review)
        return any(len(p) <= _NOTICE_MAX and _PAGER.match(p) for p in paragraphs)
    if len(headline) > _AUTHOR_TITLE_CHARS or not (is_author_page_title(headline) or is_listing_title(headline)):
        return False  # ('Author: Niamh Gallagher': break59-08)
    # (the title ends at the author's name, maybe her count or page: not 'Stories by Ellen Hart’s Year 4 Class' nor
    # 'Columns by Margaret Doyle, 1987–2024', a piece of hers: break59)
    rest = headline.casefold().partition(author.casefold())[2]
    return bool(author.casefold() in headline.casefold() and _ARCHIVE_TITLE_END.match(rest))


# (one '\W*' before each optional part: two in a row made a failed match quadratic, 246 s on a 100 KB headline)
_ARCHIVE_TITLE_END = re.compile(r"^\W*(?:\(\d+\)\W*)?(?:(?:page|seite|página|pagina|strona|strana) \d+\W*)?$")


def _listing_in_bio(headline: str, paragraphs: tuple[str, ...], bio: str | None) -> Junk | None:
    """An author's archive whose list stands under its own 'More articles by:' line, so that the parse read it as a
    bio that names no one ('All stories by Bridget Kavanagh (214)' / '12 March 2024' / a title / 'Read more' …:
    u112-09): a listing in the bio's own lines under a listing's title opening them, none of them a marker (the
    page's structure the parse left there: fuzz inputs of the equivalence benchmark have them), over a page of one
    prose paragraph at most (an article's author box lists her recent pieces under her bio: break57), under a
    headline that is the archive's (the name its title gives, or a listing's title)."""
    lines = () if bio is None else tuple(bio.split("\n\n"))
    if not lines or not is_listing_title(lines[0]) or sum(map(is_prose, paragraphs)) > 1:
        return None
    if headline.casefold() not in lines[0].casefold() and not is_listing_title(headline):
        return None  # the page is the archive's: its title names the author (a poem's or a brief's author box: break58)
    return None if any(map(is_more_articles_line, lines)) else _listing(headline, lines)


def _listing_or_form(headline: str, paragraphs: tuple[str, ...]) -> Junk | None:
    """A listing, or a page that is a form: a newsletter's sign-up, a login, a share dialog, an app's interstitial.
    A listing first: a newsletter's archive of issues has its sign-up box too."""
    return (
        _listing(headline, paragraphs)
        or _signup_form(headline, paragraphs)
        or _login_form(headline, paragraphs)
        or _share_dialog(headline, paragraphs)
        or _app_interstitial(headline, paragraphs)
        or _error_report_form(headline, paragraphs)
        or _details_form(headline, paragraphs)
        or _contact_page(headline, paragraphs)
        or _survey(headline, paragraphs)
        or _comment_rules(headline, paragraphs)
        or _app_page(headline, paragraphs)
    )


def _comment_rules(headline: str, paragraphs: tuple[str, ...]) -> Junk | None:
    """A site's rules for its comments (six blind batches wrote one: u66-20, u68-18, u72-19, u73-17, u74-20): the
    page names comments and their rules in its headline or first lines ('house rules', 'guidelines', 'Regeln',
    'Zasady'), and is the site's own page for them: a line that gives the moderators' address ('community@…',
    'moderacja@…') or dates the rules ('Last updated 2 February 2024'). Not an editor's note about the comments (its
    kind label, a signature, reported speech: u49-23), nor a brief about comments closed on a trial (break44-58)."""
    top = (headline, *paragraphs[:2])
    if not any(_COMMENTS.search(line) for line in top) or _KIND_LABEL.match(headline) or reports_speech(paragraphs):
        return None
    if _WHY.match(headline):  # an editor's explanation of new rules or a closure (break54, break55)
        return None
    if any(_SIGNATURE.match(p) or _signed(p) for p in paragraphs):
        return None
    # (the rules named and the site's own page for them, its moderators' address or the rules' date: not a council
    # story about rules for public comment with its numbered list, nor an editor's note about comments that gives an
    # address and a date but names no rules: the final review)
    address = next((p for p in paragraphs if _MODERATION_ADDRESS.search(p)), None)
    dated = next((p for p in paragraphs if len(p) <= _NAMING_LINE and _RULES_DATED.match(p)), None)
    # (or numbered rules that the site gives in its own voice, to the reader: 'nous vous demandons de respecter les
    # règles suivantes' over '1. Restez courtois …', u80-19, u90-20; a council story's numbered rules are reported)
    numbered = sum(1 for p in paragraphs if _NUMBERED_RULE.match(p)) >= _NUMBERED_RULES
    # (the first paragraph, with no quotation in it: not a club's 'Wir wollen …', sagte der Vorsitzende', break53)
    first = paragraphs[0] if paragraphs else ""
    speaks = (_SITE_SPEAKS.search(first) and _TO_YOU.search(first)) or _SITE_ASKS.search(first)
    # (not a letter to someone, 'Sehr geehrte Frau Bürgermeisterin, wir bitten Sie …', 'le pedimos a la alcaldesa':
    # a petition's demands in a story, break54)
    letter = _SALUTATION.match(first) or _ASKS_SOMEONE.search(first)
    voice = first if speaks and not letter and not _QUOTE_MARK.search(first) else None
    voiced = voice if numbered else None
    named = any(_RULES_NAMED.search(line) for line in top) or _MODERATION_NAMED.search(headline)
    if not named or not (address or dated or voiced):
        return None
    own = ", ".join(_quote(line, 50) for line in (address, dated or voiced) if line is not None)
    return Junk("not-an-article", f"a site's rules for its comments: {_quote(headline)}, its own page: {own}")


# The reader addressed, in the languages of junk_languages.py ('nous vous demandons': not Italian 'vi' or Dutch 'je',
# which are Nordic 'we' and French 'I' too, nor German 'Sie', 'ihr', which are 'they' and 'her' too: break53; nor
# 'du', 'te', 'was', French 'of the', Dutch 'to', English 'was': the final review)
_TO_YOU = re.compile(
    r"\b(?:you|your|vous|votre|vos|dig|deg|dich|dir|dein\w*|tu|usted|ustedes|voi|u|uw|jij|"
    r"jou|você|vocês|wy|państwo|vy|vás|vám)\b",
    re.IGNORECASE,
)
# The site asking the reader, where the pronoun alone is no sure 'you' ('Te pedimos que respetes', 'Ti chiediamo di
# rispettare', 'Prosimy Państwa o przestrzeganie': break53)
_SITE_ASKS = re.compile(
    # (or begging them: 'Les rogamos que respeten', 'Uprzejmie prosimy o przestrzeganie', 'Prosíme čtenáře', 'Pedimos
    # aos leitores': break54; not 'Bitte beachten Sie', 'Vi invitiamo a leggere', which a story about a city's
    # consultation says too: the review)
    r"\b(?:(?:te|le|os|les) rogamos|uprzejmie prosimy|prosíme čtenáře|pedimos aos (?:nossos )?leitores|"
    r"(?:te|le|os|les) pedimos|pedimos-(?:lhe|te|vos)|(?:ti|vi|le) chiediamo|prosimy (?:państwa|was|cię)|wir "
    r"bitten (?:sie|dich|euch)|vi ber (?:deg|dig|dere|er)|vi beder (?:dig|jer)|we vragen (?:je|u|jullie)|nous "
    r"(?:vous|te) demandons|(?:žádáme|prosíme) (?:vás|tě))\b",
    re.IGNORECASE,
)
_WHY = re.compile(
    r"^\W*(?:why|warum|wieso|pourquoi|por ?qu[ée]|perché|waarom|varför|hvorfor|dlaczego|proč)\b", re.IGNORECASE
)
# A letter's salutation opening a paragraph: 'Dear …,', 'Sehr geehrte …,', 'Gentile dirigente,', 'Kære …,',
# 'Vážení zastupitelé,', 'Szanowni Państwo radni,', 'Geachte raadsleden,'.
_SALUTATION = re.compile(
    r"^\W*(?:dear|sehr geehrte[rs]?|liebe[rs]?|gentil[ei]|egregi[oa]|car[oaie]|estimad[oa]s?|querid[oa]s?|cher|chère|"
    r"chers|madame|monsieur|geachte|beste|kære|kjære|bästa|käre|hej|prezad[oa]s?|car[oa]s|exm[oa]s?\.?|szanown[iay]|"
    r"drodzy|droga|drogi|vážen[íáý]|milí|milá)\b"
    # (to anyone, the readers too: an announcement to them is no rules page either, break55)
    r"[^,.!?]{0,60},",
    re.IGNORECASE,
)
# Asking someone named after the ask, with Spanish's personal 'a': 'le pedimos a la alcaldesa que …'
_ASKS_SOMEONE = re.compile(r"\b(?:le|les|te|os) pedimos (?:a|al)\s", re.IGNORECASE)
_COMMENTS = re.compile(
    r"\b(?:comments?|commenting|kommentar\w*|diskutieren|diskussion\w*|commentaires?|comentarios?|commenti|reacties|"
    r"kommentarer|kommentarene|komentarz\w*|komentowania|komentář\w*|diskus\w*|comentários?)\b",
    re.IGNORECASE,
)
_RULES_NAMED = re.compile(
    r"\b(?:house rules|guidelines|rules|policy|netiquette|regeln|richtlinien|règles|charte|normas|reglas|regole|"
    r"norme|regels|spelregels|richtlijnen|regler|retningslinjer|riktlinjer|zasady|regulamin|pravidla|regras)\b",
    re.IGNORECASE,
)
# How the site moderates, named in the headline in its own voice ('How we moderate reader comments': u87-17; 'Så
# modererar vi', 'Comment nous modérons', 'Cómo moderamos': break52), names its rules; not a story's third person
# ('Aarhus Kommune indfører moderering af kommentarer', 'Wie Nachrichtenseiten Kommentare moderieren', 'Moderate
# earthquake …': break52), nor the first lines, where an editor's note names 'a moderation decision' too
_MODERATION_NAMED = re.compile(
    r"\b(?:we moderate|our moderation|modererar vi|vi modererar|nous modérons|notre modération|moderamos|nuestra "
    r"moderación|moderiamo|la nostra moderazione|wir moderieren|moderieren wir|unsere moderation|w(?:ij|e) modereren|"
    r"modereren w(?:ij|e)|onze moderatie|(?:a )?nossa moderação|vi modererer|modererer vi|vores moderering|vår "
    r"moderering|moderujemy|nasza moderacja|moderujeme|naše moderace)\b",
    re.IGNORECASE,
)
_NUMBERED_RULE = re.compile(r"^\s*\d{1,2}[.)]\s+\S")
_NUMBERED_RULES = 3
_MODERATION_ADDRESS = re.compile(r"\b(?:community|moderat\w*|comments?|kommentar\w*|moderacja|diskuse)@", re.IGNORECASE)
_RULES_DATED = re.compile(
    r"^\W*(?:last updated|updated|zuletzt aktualisiert|stand|mis à jour|dernière mise à jour|actualizado|última "
    r"actualización|aggiornato|ultimo aggiornamento|bijgewerkt|laatst bijgewerkt|uppdaterad|senast uppdaterad|"
    r"opdateret|oppdatert|sist oppdatert|zaktualizowano|ostatnia aktualizacja|aktualizováno|atualizado)\b[: ]",
    re.IGNORECASE,
)


_CHANNEL_LINE = re.compile(
    rf"^\W*(?:{_L.CHANNEL_LABEL})(?:,? (?:or|oder|ou|o|of|eller|lub|nebo|and|und|y|e) \w+)?\s?:\s?\S",
    re.IGNORECASE,
)
_CHANNEL_VALUE = re.compile(
    r"\d{3}|@|\bp\.?\s?o\.? box\b|\bpostfach\b|\bpostbus\b|\bapartado\b|\bcasella postale\b|\bskrytka\b", re.IGNORECASE
)
_SECURE_CHANNEL = re.compile(rf"^\W*(?:{_L.SECURE_CHANNEL})\b", re.IGNORECASE)
_TIPS_NAMED = re.compile(rf"\b(?:{_L.TIPS_NAMED})\b", re.IGNORECASE)
_REACH_US = re.compile(rf"\b(?:{_L.REACH_US})\b", re.IGNORECASE)
_CHANNEL_LINES = 2
_CHANNEL_PAGE_PROSE = 4  # its introduction, how to stay safe, what the page is not for, its promise to its sources


def _contact_page(headline: str, paragraphs: tuple[str, ...]) -> Junk | None:
    """A page of ways to reach the newsroom with a tip (u97-20, break48-76): two lines or more that each give a
    channel and its number or address ('Signal or WhatsApp: +1 306 555 0142', 'Post: Postfach 10 20 30'), the tips or
    the way to reach the site named in the site's own voice in its headline or first two lines, a few prose
    paragraphs at most, no reported speech, signature or piece's label (a police appeal reports its officers' words;
    a letter is signed)."""
    channels = [
        k
        for k, p in enumerate(paragraphs)
        if len(p) <= _WEAK_LINE_MAX and _CHANNEL_LINE.match(p) and _CHANNEL_VALUE.search(p)
    ]
    # (one of them a secure messenger or encrypted mail, as a newsroom offers its sources: a police appeal, a day out's
    # address, a helpline's number and a lost dog's owner give a phone and an e-mail only, the review)
    if len(channels) < _CHANNEL_LINES or not any(_SECURE_CHANNEL.match(paragraphs[k]) for k in channels):
        return None
    if _KIND_LABEL.match(headline):
        return None
    top = (headline, *paragraphs[:2])
    voiced = any(_TIPS_NAMED.search(line) for line in top) and any(_SITE_SPEAKS.search(line) for line in top)
    if not voiced and not any(_REACH_US.search(line) for line in top):
        return None
    if reports_speech(paragraphs) or any(_SIGNATURE.match(p) or _signed(p) for p in paragraphs):
        return None
    channel_set = set(channels)  # (a list searched per paragraph was quadratic: the review)
    prose = sum(1 for k, p in enumerate(paragraphs) if k not in channel_set and is_prose(p))
    if prose > _CHANNEL_PAGE_PROSE:
        return None
    return Junk(
        "not-an-article",
        f"a page of ways to reach the newsroom: {len(channels)} contact lines ({_quote(paragraphs[channels[0]])}, …) "
        f"under the headline {_quote(headline)}; {prose} prose paragraph(s)",
    )


def _app_page(headline: str, paragraphs: tuple[str, ...]) -> Junk | None:
    """An app's download page: both stores' badges ('Download on the App Store', 'Get it on Google Play'), a list of
    what the app does (two bullet lines or more) or a QR code to scan, at most three sentences besides and no quoted
    speech: u73-20. A
    brief about a paper's new app tells it in more sentences, with the badges under it as its links."""
    badges = [p for p in paragraphs if _APP_STORE.match(p)]
    if not (any("app store" in p.lower() for p in badges) and any("google play" in p.lower() for p in badges)):
        return None
    bullets = sum(1 for p in paragraphs if p.lstrip()[:1] in "•·▪–-*" and len(p) <= _NOTICE_MAX)
    # (a QR line of its own, short: 'Zeskanuj kod QR telefonem, aby zainstalować aplikację.'; a brief's sentence on
    # the city's codes is the brief's, 'Ve všech tramvajích je nalepený QR kód, který …': break50)
    qr_lines = {p for p in paragraphs if _is_qr_line(p)}
    qr = bool(qr_lines)
    prose = [
        p
        for p in paragraphs
        if is_prose(p) and p not in qr_lines and not _FURNITURE.search(p) and not _LOGIN_HINT.match(p)
    ]
    sentences = sum(len(_SENTENCE_STOP.findall(p)) or 1 for p in prose)
    if not (bullets >= 2 or qr) or sentences > _APP_PAGE_SENTENCES or any(_SPEECH.search(p) for p in prose):
        return None  # (a brief about a council's new app tells it in its sentences, and quotes someone: the review)
    return Junk("not-an-article", f"an app's download page: {_quote(badges[0])} under the headline {_quote(headline)}")


_QR_CODE = re.compile(
    r"\bqr[- ]?(?:code|kode|kod|kód|koden|kodu|kódu|kódem|kodem)\b|\b(?:code|código|codice|kod|kód|kodu|kódu) qr\b",
    re.IGNORECASE,
)  # ('Zeskanuj kod QR telefonem': u77-19; 'pomocí QR kódu', 'za pomocą kodu QR': break50)
_QR_LINE_WORDS = 12
# An order to scan a code, opening its line ('Scannez ce code avec l’appareil photo de votre téléphone pour installer
# l’application.': u84-20, no 'QR' in it): the page's own, of any length.
_SCAN_ORDER = re.compile(
    r"^\W*(?:scan|scannez|scannen sie|escanea|escanee|scansiona|escaneie|digitalize|skanna|skann|zeskanuj|"
    r"naskenujte|aponte|richt)\b.{0,40}\b(?:code|koden?|kod|kód|código|codice|qr)\b",
    re.IGNORECASE,
)


def _is_qr_line(line: str) -> bool:
    """A QR code's line of an app page: one of at most 12 words that names the code, or an order to scan it."""
    return bool((_QR_CODE.search(line) and len(line.split()) <= _QR_LINE_WORDS) or _SCAN_ORDER.match(line))


_APP_PAGE_SENTENCES = 3  # the pitch, a requirements line ('Available on iOS 15 …') and one more
# A login hint that opens on a short question ('Abonnent? Logg inn i appen …': u106-20), the app page's, no sentence of
# a brief's (a council's app over four sentences of news is a brief: a re-check)
_LOGIN_HINT = re.compile(r"^\W*(?:\w+ ){0,2}\w+\? \S")
_SENTENCE_STOP = re.compile(r"[.!?](?:\s|$)")  # where a sentence of a paragraph ends


def _prose_after(paragraphs: tuple[str, ...], shortcuts: bool) -> int:
    """How many of these paragraphs (those after a subscriber notice) are prose that is no notice, nor an
    offer ('Join today to get unlimited access'), counted up to 2: the notice ends the body if at most one is."""
    found = 0
    for p in paragraphs:
        if (
            is_prose(p)
            and not _notice_kind(p)
            and not _PAYWALL_WEAK.search(p)
            and not _is_paywall_notice(p, shortcuts)  # a second notice ('Hai raggiunto il limite …')
            and not _OFFER.search(p)
            and not _FURNITURE.search(p)  # 'By registering you agree to our Terms of Service.'
            and not _is_pitch(p)
        ):
            # (a paragraph in the first person singular goes on with a column that quotes the notice: 'Jag har
            # slutat irritera mig på dem.', break52; no labelled teaser speaks as 'I' after its notice)
            found += 2 if _FIRST_PERSON.search(p) or _FIRST_PERSON_OTHER.search(p) else 1
            if found >= 2:
                break
    return min(found, 2)


# A notice speaks to its reader about this page: it says 'you' or 'your', names this article (story,
# post) or the rest of it, starts with an order ('Subscribe to keep reading'), or is short. A longer
# sentence about other readers' or other papers' subscriptions ('Other regional titles that introduced
# subscriber-only articles have reported mixed results') is article prose.
_TO_READER = re.compile(
    rf"\byou(?:r|rs|{_A}(?:re|ve|ll|d))?\b|\b(?:this|the full|full|the rest of (?:this|the)|the whole|the entire) "
    r"(?:article|story|post|piece|content|report|issue|page|newsletter|edition|essay|column)\b|\bthe rest\b",
    re.IGNORECASE,
)
_ORDER = re.compile(
    r"^\W*(?:please |now |why not )?(?:subscribe|sign|log|join|register|become|unlock|continue|keep|start|get|create|"
    r"try|read|upgrade|buy|choose|support|access|already)\b|^\W*to (?:keep|continue|finish) reading,",
    re.IGNORECASE,
)
_SUBSCRIBE_ORDER = re.compile(junk_languages.SUBSCRIBE_ORDER, re.IGNORECASE)
_SHORT_NOTICE_WORDS = 12


def _speaks_to_reader(text: str) -> bool:
    return len(text.split()) <= _SHORT_NOTICE_WORDS or bool(_TO_READER.search(text) or _ORDER.search(text))


# The wall's sales pitch under its notice, in the words that sell the offer ('Premium gives you unlimited
# access …', 'registered readers get five stories free every month', 'this story unlocks immediately',
# 'Offer valid for new subscribers only'). Not 'you' alone: a column or an editor's note in the second
# person after a quoted notice is article prose.
_SALES = re.compile(
    r"\bunlimited (?:digital )?(?:access|articles|stories|reading)\b|\bregistered (?:readers|users|members)\b|"
    r"\b(?:(?:free|full) )?(?:articles?|stories|reads) (?:free )?(?:(?:every|each|a|per) (?:week|month)|this month)\b|"
    r"\btakes (?:less than |only )?a minute\b|\b(?:this|the) (?:story|article) unlocks\b|\boffer (?:is )?valid\b|"
    r"\bunlock the rest of (?:this|the) (?:article|story)\b|"
    r"\bnew (?:subscribers|members|customers) only\b|\b\w+-digit (?:access )?code\b",
    re.IGNORECASE,
)


def _is_pitch(line: str) -> bool:
    text = _notice_text(line)
    return text is not None and _SALES.search(text) is not None


def _is_paywall_notice(line: str, shortcuts: bool = True) -> bool:
    english, other = True, _maybe_other_language(line)  # the gate is a rule, not a shortcut: both modes
    if shortcuts:
        low = line.lower()
        english = any(key in low for key in PAYWALL_KEYS)
        other = other and any(key in low for key in junk_languages.PAYWALL_KEYS)
        if not (english or other):
            return False
    text = _notice_text(line)
    if text is None or _UNLOCKED.search(text) is not None:
        return False  # a note that this article, kept for subscribers, was opened to all (junk_languages.UNLOCKED)
    # _speaks_to_reader first: it is false for most lines that pass the keys, and about ten times cheaper
    # than the strong patterns (about 100 us a line); both are pure, so the order changes no answer.
    if (
        english
        and _speaks_to_reader(text)
        and _FIRST_PERSON.search(text) is None
        and _CONDITIONAL.match(text) is None
        and _READING.search(text) is not None
        and _PAYWALL_STRONG.search(text)
    ):
        return True
    # In the other languages, the phrases themselves name this article or the reader (junk_languages.py); a
    # notice is short (those of the labelled pages of tests/corpus-words run to 23 words; a real brief's
    # sentence about another paper's paywall, 44) and no first-person account.
    if not other or _FIRST_PERSON_OTHER.search(text) is not None:
        return False
    found = _PAYWALL_OTHER.search(text)
    # a notice that opens its line may run on with its offer ('Contenuto riservato agli abbonati: …')
    return found is not None and (found.start() <= _OPENS_LINE or len(text.split()) <= _OTHER_NOTICE_WORDS)


# A conditional is advice about notices, not one ('If you have reached your limit of free articles on a
# site, check whether …'): no subscriber notice of the labelled teasers starts with 'If'.
_CONDITIONAL = re.compile(r"^\W*if\b", re.IGNORECASE)
# Every English subscriber notice of the labelled teasers names reading or what is read, unlocking, or online
# access; 'To view the plans, register on the council's portal' and 'Members only' under an event do not.
_READING = re.compile(
    r"\b(?:read|reads|reading|article|articles|story|stories|content|post|essay|piece|report|newsletters?|"
    r"journalism|unlock|online|digital|unlimited|gift)\b",
    re.IGNORECASE,
)
# The kind labels of pieces that are never teasers (not 'Review:' or 'Opinion:', which papers do put behind a
# paywall), in English and the languages of junk_languages.py; `_KIND_LABEL` holds them and the others.
_NEVER_TEASER_KINDS = (
    rf"corrections?|clarifications?|letters?(?: to the editor)?|obituary|editor{_A}s note|poem|poetry|"
    r"berichtigung|korrektur|leserbrief|nachruf|rectificatif|erratum|fe de errores|corrección|rectificación|"
    r"carta al director|rettifica|errata corrige|lettera|necrologio|correctie|rectificatie|ingezonden brief|"
    r"rectificação|correção|carta do leitor|rättelse|insändare|rettelse|læserbrev|sprostowanie|list do redakcji|"
    r"oprava|dopis|nekrolog|gedicht|poème|poesia|poema|poesía|dikt|digt|wiersz|báseň"
)
_NO_TEASER_LABEL = re.compile(rf"^(?:{_NEVER_TEASER_KINDS})\s?[:|—–]", re.IGNORECASE)
_OTHER_NOTICE_WORDS = 25
_OPENS_LINE = 3  # characters before a match that opens its line (opening marks, a bullet)
# 'I', 'me', 'my' in those languages (not the words that are also other words: 'ja', 'ma', 'min', 'mi')
_FIRST_PERSON_OTHER = re.compile(
    r"\b(?:ich|mich|mein\w*|j[’']ai|moi|mon|yo|io|ik|mijn|eu|meu|minha|jag|mig|jeg|mnie|mój|moja|mě|můj|moje)\b",
    re.IGNORECASE,
)


_PAYWALL_OTHER = _rx(*junk_languages.PAYWALL)
_UNLOCKED = _rx(junk_languages.UNLOCKED)


# A notice is the site speaking ('we', 'you'); a line in the first person singular is a reader's or a
# writer's account of one ('I got three paragraphs in before a box … asked me to subscribe or log in'):
# no subscriber notice line of the 105 labelled teasers of the test corpora and blind batches says 'I'.
_FIRST_PERSON = re.compile(rf"\b(?:I|I{_A}(?:m|ve|d|ll)|[Mm]e|my)\b")  # not 'My': 'sign in to My Account'


# An offer to the reader: a price, a trial, 'Subscribe now', 'Already a subscriber?', 'Become a member'.
_OFFER_ENGLISH = re.compile(
    r"[$€£¥₹]\s?\d|\bRs\.?\s?\d|\d\s?(?:€|¢|p\b|(?:euro|euros|zł|złotych|kr|kroner|kronor|kč|korun)\b)|"
    r"\b(?:special|limited[- ]time|introductory) offer\b|"
    r"\bper (?:month|week|year|day)\b|/(?:month|mo|week|wk|year|yr)\b|\bfree trial\b|"
    r"\b\d+[- ]day trial\b|\balready (?:a |have an? )?(?:paid )?(?:subscriber|member|account)\b|"
    r"^\W*(?:subscribe|join|become a (?:subscriber|member)|start (?:your )?(?:free )?trial)\b|"
    # a registration offer: 'Create a free account to read up to five stories a month'
    r"^\W*(?:create|register for|open|set up|sign up for) (?:a |an |your )?(?:free )?(?:account|registration)\b",
    re.IGNORECASE,
)
# ... and in the other languages, a subscriber's login prompt ('Déjà abonné ? Se connecter'); prices are alike.
_OFFER = _Notices(_OFFER_ENGLISH, _L.OFFER, line_max=_WEAK_LINE_MAX)
_TEASER_PROSE = 3  # a teaser shows at most this many prose paragraphs before its subscriber notices


def _paywall_tail(paragraphs: tuple[str, ...]) -> Junk | None:
    """A teaser whose notice is in no phrase of `_PAYWALL_STRONG`: the body ends in two lines or more that
    speak to the reader about subscribing or signing in ('Subscribe now for $1 a week', 'Already a
    subscriber? Sign in'), one of them an offer (a price, a trial, 'Subscribe', 'Already a member?'),
    after at most three prose paragraphs. As after a strong notice, one other paragraph may stand
    among or after them, and lone 'More' lines and the site's cookie line."""
    notices: list[int] = []  # positions of the tail's notices, last first
    others = 0  # other paragraphs passed: the first may stand among or after the notices
    for k in range(len(paragraphs) - 1, -1, -1):
        text = _notice_text(paragraphs[k])
        if text is not None and text.strip(" .…»›→«‹").lower() in _LONE_MORE:
            continue
        if text is not None and _notice_kind(text) == ("not-an-article", True):
            continue  # the site's cookie line under the teaser ('Vi bruker informasjonskapsler …': u56)
        if text is not None and _PAYWALL_WEAK.search(text) and _is_tail_notice(text):
            notices.append(k)
            continue
        others += 1
        if others > 1:
            break
    tail = [paragraphs[k] for k in reversed(notices)]
    k = min(notices, default=0)  # the teaser is what stands before the first notice
    if len(tail) < 2 or not any(_OFFER.search(line) for line in tail):
        return None
    if sum(is_prose(p) for p in paragraphs[:k]) > _TEASER_PROSE:
        return None
    shown = ", ".join(_quote(line, 60) for line in tail[:2])
    return Junk("paywalled", f"the body ends at subscriber notices ({shown}) after {k} paragraph(s)")


# A teaser's lone 'More' line, as the sites of the other languages print it too ('Mer': u56).
_LONE_MORE = frozenset(
    "more|read more|mer|mere|mehr|plus|más|altro|meer|mais|więcej|více|läs mer|læs mere|les mer|weiterlesen".split("|")
)


def _is_tail_notice(text: str) -> bool:
    """A line of a teaser's tail speaks to the reader; a sentence that neither says 'you' (this article) nor
    gives an order is news about prices ('The standard plan without adverts rises to £12.99 per month.'),
    whatever its length: no tail line of the labelled teasers is one."""
    if _TO_READER.search(text) or _ORDER.search(text) or _SUBSCRIBE_ORDER.search(text):
        return True
    return len(text.split()) <= _SHORT_NOTICE_WORDS and not is_prose(text)


def _has_long_run(paragraphs: tuple[str, ...]) -> bool:
    run = 0
    for p in paragraphs:
        run = run + 1 if len(p) > _NOTICE_MAX else 0
        if run >= _BODY_RUN:
            return True
    return False


def _notice_kind(line: str) -> tuple[str, bool] | None:
    """(kind, strong) of a notice line, or None. Strong matches of any kind win over weak ones."""
    text = _notice_text(line)
    if text is None:
        return None
    for kind, (strong, _) in _WALL_PATTERNS.items():
        if strong.search(text):
            # a conditional is advice ('If your access is restricted, call the bank'): no more than weak
            return kind, _CONDITIONAL.match(text) is None
    for kind, (_, weak) in _WALL_PATTERNS.items():
        if weak.search(text):
            # a weak notice's word in a long sentence that speaks to no one is prose ('An error in a 1911 survey
            # had sent earlier searches in the wrong direction', 'Some travellers use a VPN to get round this')
            if (
                len(text.split()) > _SHORT_NOTICE_WORDS
                and is_prose(line)
                and not _ADDRESS.search(text)
                and not _REGION_LOCK.search(text)  # ('The clip is only available to viewers in Ireland on …')
            ):
                return None
            return kind, False
    return None


def _strong_match(kind: str, line: str) -> str:
    """The words of `line` a strong pattern of `kind` matched ('' if none match the line as written:
    the notice was found with its quoted words left out)."""
    text = _notice_text(line) or ""
    m = _WALL_PATTERNS[kind][0].search(text)
    if m and m.group() in line:
        return m.group()
    m = _WALL_PATTERNS[kind][0].search(line)  # 'The requested page "/x" could not be found.'
    return m.group() if m else ""


_HEADLINE_ONLY_LINES = 6
_DENSE = 4  # weak consent notices, half the page's lines and twice its other prose, make a consent wall


def _may_be_consent_dense(lines: tuple[str, ...]) -> bool:
    """Whether enough lines match a weak consent pattern for the density rule of `_wall` to hold (a
    line may yet count as another kind's notice: this only lets `_wall` skip pages it cannot hold)."""
    short = [line for line in lines if len(line) <= _NOTICE_MAX]
    if len(short) < _DENSE or 2 * len(short) < len(lines):
        return False
    weak = _WALL_PATTERNS["not-an-article"][1]
    hits = sum(1 for line in short if (text := _notice_text(line)) is not None and weak.search(text))
    return hits >= _DENSE and 2 * hits >= len(lines)


def _has_strong_notice(line: str) -> bool:
    text = _notice_text(line)
    return text is not None and any(strong.search(text) for strong, _ in _WALL_PATTERNS.values())


# A notice that names the site or page it stands on; see `_wall`.
_OWN_PAGE = re.compile(r"\b(?:our|this) (?:web ?site|site|page|app|content|article|story)\b", re.IGNORECASE)
_OWN_PAGE_LINES = 2


def _is_own_page_notice(line: str) -> bool:
    text = _notice_text(line)
    return text is not None and _OWN_PAGE.search(text) is not None


# Reported speech: what someone said, told, ruled or warned, in the third person. A wall or an error page
# is the site speaking to its reader and reports no one's words: of the 345 labelled walls and error pages
# of the test corpora and blind batches, one has a prose paragraph with these verbs (a Danish consent
# wall's 'hvis du siger ja', if you say yes) and none has two, where a news story about a cookie ruling
# or a bot check has several ('…, the court ruled on Thursday').
_SPEECH = re.compile(
    r"\b(?:said|says|told|according to|ruled|argued|warned|announced|testified|insisted|"
    # the same in the languages of junk_languages.py: verbs of saying in the past only ('selon', 'según',
    # 'volgens' are left out, a consent wall says 'selon vos préférences'; and the present, 'om du säger ja')
    r"sagte|erklärte|betonte|a (?:déclaré|dit|indiqué|expliqué|affirmé)|dijo|afirmó|declaró|explicó|señaló|"
    r"aseguró|ha (?:detto|dichiarato|spiegato|affermato)|zei|verklaarde|aldus|disse|afirmou|declarou|explicou|"
    r"sade|uppgav|berättade|sagde|oplyste|fortalte|powiedział[a]?|poinformował[a]?|řekl[a]?|uvedl[a]?|sdělil[a]?)\b|"
    # the Nordic present before its speaker's name ('…, sier seksjonssjef Kari Holm i Datatilsynet': break49-48; not
    # a wall's 'hvis du sier ja')
    r"\b(?:sier|säger|siger)(?: [a-zæøåäö-]+){0,3} [A-ZÆØÅÄÖ]"
)
# (`_REPORTED`, above, is `_notice_text`'s test of one line, with the verbs that make a line no notice.)
_REPORTED_PARAGRAPHS = 2  # this many prose paragraphs of reported speech make a page news, not a wall


def reports_speech(paragraphs: tuple[str, ...]) -> bool:
    """Whether at least two prose paragraphs report what someone said (`_SPEECH`): a news story."""
    found = 0
    for p in paragraphs:
        if _SPEECH.search(p) is not None and is_prose(p):
            found += 1
            if found >= _REPORTED_PARAGRAPHS:
                return True
    return False


# A headline that names its article's kind, as papers label corrections, letters and reviews ('Correction:
# Cookie Banner Fine', 'Letter: …', 'Editor’s Note: …', 'Q&A: …'): 81 real pieces of the test corpora and
# blind batches have one, and none of their 345 walls and error pages does.
_KIND_LABEL = re.compile(
    rf"^(?:{_NEVER_TEASER_KINDS}|editorial|opinion|review|analysis|comment|column|explainer|q ?& ?a|interview|"
    r"fact check|kommentar|recensione|wywiad|rozhovor|entrevista|intervista|reseña|opinión|opinião)\s?[:|—–]",
    re.IGNORECASE,
)


def is_not_a_wall(headline: str, paragraphs: tuple[str, ...]) -> bool:
    """A page no wall rule (nor the word model's wall types) holds for: its headline names its article's
    kind (`_KIND_LABEL`), or two of its prose paragraphs report speech (`reports_speech`), or it is a reader's letter
    that ends in its signature (`_is_signed_letter`)."""
    return (
        _KIND_LABEL.match(headline) is not None or reports_speech(paragraphs) or _is_signed_letter(paragraphs, headline)
    )


def _is_signed_letter(paragraphs: tuple[str, ...], headline: str = "") -> bool:
    """Whether the body ends in a reader's signature ('Werner Albrecht, Bad Urach', `_signed`): a letter that quotes
    a wall's or a teaser's lines ('Den ganzen Artikel lesen Sie mit unserer App.', 'Alles accepteren': break48). A
    company's line is no signature ('Example Media Ltd, London')."""
    if not paragraphs or not _signed(paragraphs[-1]) or _COMPANY_WORD.search(paragraphs[-1]) is not None:
        return False
    # (a letter's writer says 'I' or 'me' somewhere, headline included; a byline or an editor's sign-off under a
    # teaser or a wall does not: 'Sarah Collins, Political Correspondent', 'Thomas Becker, Chefredakteur', break49)
    return _ROLE_SIGNATURE.search(paragraphs[-1]) is None and any(
        _WRITER_SINGULAR.search(_QUOTED.sub(" ", line)) for line in (headline, *paragraphs[:-1])
    )


# 'I', 'me', 'my' in English and the other languages, as a letter's writer says them
# (not the words that are other words too: Italian 'ma' (but), 'min' (minutes), 'ja' (yes), 'je' (Dutch 'you', Czech
# 'is'), 'mes' (Spanish 'month'), 'mon' (Monday))
_WRITER_SINGULAR = re.compile(
    r"(?-i:\bI\b)|\b(?:me|my|mine|ich|mich|mir|mein\w*|j[’']|moi|yo|mí|mis?|io|mio|mia|ik|mij|mijn|eu|meu|"
    r"minha|jag|mig|mitt|mina|jeg|meg|mnie|mój|moja|moje|mi|jestem|já|mě|mne|můj|mé|jsem)\b",
    re.IGNORECASE,
)
# A role or a desk in a signature's second part: a byline or a sign-off, not a reader's town
_ROLE_SIGNATURE = re.compile(
    r"\b(?:correspondent|reporter|editor|columnist|writer|chefredakteur\w*|redakteur\w*|redacción|redactor\w*|"
    r"rédact\w*|direct\w*|direttor\w*|redazione|redacteur|redactie|redaktør\w*|redaktör\w*|redaktion\w*|redakcja|"
    r"redaktor\w*|redakce|correspondente|corrispondente|correspondant\w*|desk|team)\b",
    re.IGNORECASE,
)
_COMPANY_WORD = re.compile(
    r"\b(?:Ltd|Limited|GmbH|Inc|LLC|AG|AB|AS|A/S|ASA|BV|NV|SA|SL|SpA|Srl|Sp|Oy|Media|News|Group|Verlag|Press|"
    r"Publishing|Zeitung|Tidning|Avis|Krant|Journal)\b"
)


# The site or its reader, as a wall speaks: you, we, please, sorry (and the same in the languages of
# junk_languages.py). See `_is_headline_news`.
_ADDRESS = re.compile(
    r"\b(?:you|your|we|our|us|please|sorry|"
    r"sie|ihr\w*|wir|unser\w*|bitte|vous|votre|vos|nous|notre|nos|tu|tus|usted|su|nosotros|nuestr\w+|por favor|"
    r"tuo|tua|noi|nostr\w|u|uw|je|jouw|wij|ons|onze|você|seu|sua|nós|nosso|nossa|du|din|ditt|dina|vi|vår|"
    r"vårt|våra|dit|dine|vores|ty|twój|twoja|twoje|wasz|my|nasz\w*|państw\w*|vy|váš|vaše|vás|náš|naše|prosím)\b",
    re.IGNORECASE,
)
_STATUS_NEAR = re.compile(r"\d{3}")
_WORD_CHARS = re.compile(r"\w+")


# A wall's apology, in the languages of junk_languages.py ('Ci scusiamo per il disagio', 'Omlouváme se'); see
# `_is_headline_news`.
_APOLOGY = re.compile(
    r"\b(?:ci scusiamo|scusate|sentimos|lamentamos|disculpe\w*|désolés?|excusez|entschuldig\w*|omlouváme|"
    r"przepraszamy|beklager|vi ber om ursäkt)\b",
    re.IGNORECASE,
)
_NEWS_HEADLINE_WORDS = 3  # a brief's headline says this many words besides its notice


def _is_headline_news(
    kind: str, found: list[tuple[str, bool, bool]], headline: str, paragraphs: tuple[str, ...]
) -> bool:
    """Whether a wall's only notice is its headline, without a status code beside the notice, over
    paragraphs none of which speaks to the reader or as the site: a news brief ('Access denied: families
    kept out of Lurgan care home for six weeks', 'Too many requests, too few plots'). A wall speaks to
    whoever reached it ('You are being rate limited', 'Please try again later', 'We are sorry'), or is its
    headline alone; and a brief's headline says at least three words besides its notice ('Page not found',
    'Sito in manutenzione' say nothing else), its body has a sentence (a 404 over a list of 'Most read'
    headlines or a menu has none), and no paragraph apologises. The notice's own words are not the
    headline's address ('Indisponível na sua região: …' says 'sua' because the notice does), nor is a brief's advice
    that opens on 'If' ('If you use an older browser …, the box may keep reloading': break54)."""
    found = [f for f in found if f[1] or not _CONDITIONAL.match(f[0])]
    if not paragraphs or len(found) != 1 or not (found[0][1] and found[0][2]):
        return False
    match = _strong_match(kind, headline)
    at = headline.find(match) if match else -1
    if at >= 0 and _STATUS_NEAR.search(headline, max(0, at - 4), at + len(match) + 4):
        return False  # 'Error 503 Backend fetch failed', '451: Unavailable for legal reasons'
    rest = headline[:at] + " " + headline[at + len(match) :] if at >= 0 else headline
    if len(_WORD_CHARS.findall(rest)) < _NEWS_HEADLINE_WORDS or not any(map(is_prose, paragraphs)):
        return False
    if any(_APOLOGY.search(p) for p in paragraphs):
        return False
    # (a quoted official's 'we' is not the site speaking: '“Vi har haft perioder, hvor siden var nede …,” siger
    # kontorchef Name', under a headline that quotes a check's words: break50)
    return not _ADDRESS.search(rest) and not any(
        _ADDRESS.search(_QUOTED.sub(" ", p)) for p in paragraphs if not _CONDITIONAL.match(p)
    )


def _wall(headline: str, paragraphs: tuple[str, ...], shortcuts: bool = True) -> Junk | None:
    """An error page, a bot wall or a cookie wall: notices of one kind (two signals, one strong;
    a strong headline alone is enough over at most six other lines or when it holds a digit, and so
    is a strong notice about the site itself, 'our website is …', with at most two other body lines),
    and no more other prose than its notice lines plus one; never a page `is_not_a_wall` (one that
    reports speech in two prose paragraphs, or whose headline names its article's kind)."""
    lines = (headline, *paragraphs)
    if shortcuts and not any(_has_strong_notice(line) for line in lines) and not _may_be_consent_dense(lines):
        return None  # weak notices alone make no wall, but for a page of consent buttons: skip counting them
    if is_not_a_wall(headline, paragraphs):
        return None
    signals, other_lines, other_prose = _wall_signals(headline, paragraphs)
    best = None
    for kind, found in signals.items():
        strong = [f for f in found if f[1]]
        score = sum(2 if f[1] else 1 for f in found)
        # A strong headline alone makes a wall of a short page ('Page Not Found', a search box, a link home)
        # or one whose headline holds its status code ('Error 503 Backend fetch failed'), not of ten lines
        # of verse under a title that is only words (a poem titled 'Page Not Found').
        headline_strong = any(f[1] and f[2] for f in found) and (
            len(found) > 1
            or (
                other_lines <= _HEADLINE_ONLY_LINES
                and not _is_verse(paragraphs)
                and not _is_sentence_title(headline, other_lines)
            )
            or any(c.isdigit() for c in headline)
        )
        # Consent vocabulary density: a dialog of buttons and purposes ('Necessary', 'Preferences',
        # 'Marketing', 'Allow selection') is a consent wall without a strong notice.
        dense = (
            kind == "not-an-article"
            and len(found) >= _DENSE
            and 2 * len(found) >= len(lines)
            and 2 * other_prose <= len(found)
        )
        # A strong notice about the site itself ('our website is not available in your region', 'this site
        # is down') on a page with at most two other body lines is the page's own notice: the site's
        # name as headline, one sentence of excuse, 'Contact us'.
        own_page = other_lines <= _OWN_PAGE_LINES and any(_is_own_page_notice(line) for line, *_ in strong)
        if not dense and (not strong or not (score >= 3 or headline_strong or own_page)):
            continue
        if _is_headline_news(kind, found, headline, paragraphs) or _is_reported_screen(found, paragraphs):
            continue
        if _speaks_as_one_person(found, paragraphs):
            continue
        if other_prose > len(found) + 1:
            continue
        if best is None or score > best[0]:
            best = (score, kind, found)
    if best is None or (best[1] == "access-wall" and _is_adblock_advice(lines, best[2])):
        return None
    return _wall_junk(best[1], best[2], headline, other_prose)


_TITLE_SENTENCE_WORDS = 7
_TITLE_SENTENCE_LINES = 4


def _is_sentence_title(headline: str, other_lines: int) -> bool:
    """Whether a headline is a sentence of seven words or more over four lines or more, as a poem's title may be ('Il
    contenuto che cercavi potrebbe essere stato spostato' over six lines of verse: break55); a wall's long headline
    stands over a line or two ('You are being rate limited. Too many requests …')."""
    return len(headline.split()) >= _TITLE_SENTENCE_WORDS and other_lines >= _TITLE_SENTENCE_LINES


_VERSE_LINES = 3


def _is_verse(paragraphs: tuple[str, ...]) -> bool:
    """Whether a page's lines are verse: three or more, half of them or more going on in lower case (a six-line poem
    titled 'Turn On JavaScript and Allow Cookies': break54); a wall's lines open on capitals."""
    lower = sum(1 for p in paragraphs if p[:1].islower())
    return len(paragraphs) >= _VERSE_LINES and 2 * lower >= len(paragraphs)


def _is_reported_screen(found: list[tuple[str, bool, bool]], paragraphs: tuple[str, ...]) -> bool:
    """Whether a wall's notices are a screen that a news brief reports: at most four lines, one after another and
    not the headline, with a paragraph of the story before them and one after them ('Wer am Samstag … buchen wollte,
    kam nicht weit.' / 'Aufgrund von Wartungsarbeiten ist diese Seite vorübergehend nicht erreichbar.' / 'Wir sind
    gleich wieder für Sie da.' / 'Diese beiden Sätze standen … auf der Buchungsseite der Stadt.': break48, in ten
    languages). A wall has no story around its notices: what stands before them is its title or an address to the
    reader, and what follows is furniture or more of the notice."""
    # (a headline among the notices is a brief's when it says more than its notice: 'Inps, il captcha blocca le
    # domande per il bonus asilo nido', break48-09; a wall's title is short: 'Verifica di sicurezza in corso')
    if any(is_headline and len(line.split()) < _NEWS_HEADLINE_MIN for line, _, is_headline in found):
        return False
    found = [f for f in found if not f[2]]
    if not found or len(found) > _REPORTED_LINES:
        return False
    lines = {line for line, *_ in found}
    at = [k for k, p in enumerate(paragraphs) if p in lines]
    if not at or at[-1] - at[0] + 1 > len(at) + 1:  # one other line at most among them
        return False
    before, after = paragraphs[: at[0]], paragraphs[at[-1] + 1 :]
    if not (_is_story(before, _STORY_BEFORE_WORDS) and _is_story(after, _STORY_AFTER_WORDS)):
        return False
    # (the story tells of a screen, a page, a site or an app: a 404 between teaser sentences of other stories, a top
    # story above and 'Most read' below, tells of none: break49)
    return any(_SCREEN_NAMED.search(p) for p in (*before[-2:], *after[:2]))


def _is_story(paragraphs: tuple[str, ...], words: int) -> bool:
    """Whether one of these paragraphs is a sentence of a story: prose of at least `words` words that addresses no
    reader (no 'you', 'we', 'please' …: a wall's own sentences do)."""
    return any(
        (is_prose(p) or p.endswith(":"))  # (a sentence that introduces the screen: '… nur diese Meldung zu sehen:')
        and len(p.split()) >= words
        and _notice_kind(p) is None
        and _READER_ADDRESS.search(p) is None
        for p in paragraphs
    )


_REPORTED_LINES = 4
# What a brief calls the screen it reports, in English and the other languages ('diese Meldung', 'the catalogue page',
# 'beskeden i appen', 'la pagina', 'na stronie'): the thing that showed the notice.
_SCREEN_NAMED = re.compile(
    r"\b(?:page|pages|site|website|app|screen|message|notice|lines|login|portal|portál\w*|seite|webseite|"
    r"meldung|bildschirm|hinweis|sätze|satz|écran|appli\w*|página|pantalla|mensaje|"
    r"sitio|aplicación|pagina|schermo|messaggio|sito|applicazione|scherm|melding|bericht|sidan|sida|webbplats\w*|"
    r"appen|skärm\w*|meddelande\w*|besked\w*|siden|hjemmeside\w*|skærm\w*|nettside\w*|skjerm\w*|strona|stronie|"
    r"aplikacj\w*|ekran\w*|komunikat\w*|stránk\w*|web\w*|aplikac\w*|obrazovk\w*|hlášk\w*|zpráv\w*|ecrã|tela|"
    r"mensagem|aplicativo|netbank\w*|nettbank\w*|bank-?id|mitid)\b",
    re.IGNORECASE,
)
_NEWS_HEADLINE_MIN = 8  # words of a brief's headline that holds a notice's word


def _speaks_as_one_person(found: list[tuple[str, bool, bool]], paragraphs: tuple[str, ...]) -> bool:
    """Whether a line of the page that is no notice opens with 'I' telling what the writer did ('I went looking for
    the column you wrote', 'Jag letade efter din gamla blogg', 'J’ai cherché la recette de ma mère'): a poem or a
    letter that quotes a wall (break48). A wall is the site speaking, as 'we'; where it says 'I', the reader ticks a
    box or asks ('I agree', 'I am not a robot', 'Why am I seeing this?')."""
    notices = {line for line, *_ in found}
    return any(
        p not in notices and "?" not in p and len(p.split()) >= _ONE_PERSON_WORDS and _I_DID.match(p) is not None
        for p in paragraphs
    )


_ONE_PERSON_WORDS = 5
# 'I' opening its line, not as a box to tick or a consent ('I agree', 'Ich akzeptiere', 'Jag godkänner')
_I_DID = re.compile(
    # (no figure on the line, and no state of being: an age gate's 'I was born before 12 March 2007', 'Ich bin 18
    # Jahre oder älter', break49)
    r"^(?!.*\d)[^\w☐□\[]*(?:I|[Ii]ch|[Jj][’']ai|[Yy]o|[Ii]o|[Ii]k|[Ee]u|[Jj]ag|[Jj]eg)\s(?!(?i:agree|accept|consent|"
    r"understand|am\b|was born|bin\b|är\b|er\b|ben\b|sono\b|soy\b|sou\b|have read|confirm|akzeptiere|stimme|"
    r"bestätige|willige|accepte|accetto|acconsento|acepto|aceito|concordo|"
    r"godkänner|accepterer|godtar|ga akkoord|bevestig|heb gelezen|nostri|vostri|tuoi|dati|cookie|contenuti|servizi)\b)"
    # (not the button of an ad-blocker wall: 'Ich habe meinen Adblocker deaktiviert', 'J’ai désactivé mon bloqueur')
    r"(?!.*\b(?i:ad-?blocker\w*|werbeblocker|bloqueur|bloqueador|annonsblock\w*|blocker|deaktiviert|ausgeschaltet|"
    r"désactivé|disabled|turned off|stängt (?:\w+ )?av|slået (?:\w+ )?fra|slått (?:\w+ )?av|prøv igen|prøv igjen|"
    r"försök igen|try again|reload|ladda om|recharge\w*|neu laden|opnieuw|riprova|reintentar|recarregar)\b)"
)
_STORY_BEFORE_WORDS = 10
_STORY_AFTER_WORDS = 10
# The reader addressed, or the site speaking, in English and the other languages (not Spanish and Italian 'su',
# which is 'his' and 'on' too, nor Danish 'at', Dutch 'je' …: the words a story's sentence has as often).
_READER_ADDRESS = re.compile(
    r"\b(?:you|your|we|our|please|sorry|sie|ihr|ihre|ihren|wir|unser\w*|bitte|vous|votre|nous|notre|usted|nosotros|"
    r"nuestr\w+|por favor|noi|nostr\w|uw|jouw|wij|onze|você|nós|nosso|nossa|ni|vår|vårt|våra|vores|twój|twoja|"
    r"wasz|nasz\w*|váš|vaše|náš|naše|prosím)\b",
    re.IGNORECASE,
)


_ADBLOCK_IN_USE = re.compile(junk_languages.ADBLOCK_IN_USE, re.IGNORECASE)
_ADBLOCK_ASK = re.compile(junk_languages.ADBLOCK_ASK, re.IGNORECASE)


def _is_adblock_advice(lines: tuple[str, ...], found: list[tuple[str, bool, bool]]) -> bool:
    """Whether a wall's only strong notices say that the reader uses an ad blocker (junk_languages'
    ADBLOCK_IN_USE, and no other strong notice in those lines) and no line asks to turn it off, allow ads
    or pay, or none speaks as the site ('we', 'our', 'please'): advice that says it too ('Sie nutzen einen
    Werbeblocker? Gut so, …'), an explainer on why sites block ('… skyldes det som regel, at du bruger et
    program, der blokerer annoncer', 'Si vous utilisez un programme qui bloque les publicités, …': break50)."""
    strong = [text for line, is_strong, _ in found if is_strong and (text := _notice_text(line)) is not None]
    access = _WALL_PATTERNS["access-wall"][0]
    if not strong or not all(
        _ADBLOCK_IN_USE.search(text) and access.search(_ADBLOCK_IN_USE.sub("", text)) is None for text in strong
    ):
        return False
    asks = [line for line in lines if _ADBLOCK_ASK.search(line)]
    # (a wall that names the paper asks in a line of its own: 'Slå av annonseblokkeren', 'Werbung zulassen': break51)
    own_ask = any(len(line.split()) <= _SHORT_NOTICE_WORDS for line in asks)
    return not asks or not (own_ask or any(_SITE_SPEAKS.search(line) for line in lines))


# The site speaking, as an ad-blocker wall does ('Annoncerne er med til at betale for vores lokale journalistik, så vi
# beder dig …'): we, our, please in the languages of junk_languages.py.
_SITE_SPEAKS = re.compile(
    r"\b(?:we|our|us|please|wir|unser\w*|bitte|nous|notre|nos|nosotros|nuestr\w+|por favor|noi|nostr\w|wij|onze|ons|"
    r"nós|nosso|nossa|vi|vår|vårt|våra|våre|vores|nasz\w*|prosimy|náš|naše|nás|prosím)\b",
    re.IGNORECASE,
)


def _wall_signals(
    headline: str, paragraphs: tuple[str, ...]
) -> tuple[dict[str, list[tuple[str, bool, bool]]], int, int]:
    """A page's notices by kind ((line, strong, is headline) each), and how many body lines are no notice and no
    furniture, and how many of those are prose."""
    signals: dict[str, list[tuple[str, bool, bool]]] = {}
    other_prose = other_lines = 0
    body = [(p, False) for p in paragraphs if not is_syndication_footer(p)]  # a footer names a post: no notice
    previous, quoted = "", False
    for line, is_headline in [(headline, True), *body]:
        # (the notices right under a quoted one are the same screen's, up to the next line that is none: 'Aufgrund von
        # Wartungsarbeiten …' / 'Wir arbeiten an unserer Website' after '… einen grauen Kasten mit einem einzigen Satz
        # zu sehen:', break54; a brief's four quoted lines of a ticket site's block, a re-check. A wall's own 'The
        # following error occurred …:' over its notices is left to the word model, which rejects it.)
        kind = _notice_kind(line)
        quoted = _quotes_a_screen(previous) or (quoted and kind is not None)
        previous = line
        notice = None if quoted else kind
        if notice is not None:
            signals.setdefault(notice[0], []).append((line, notice[1], is_headline))
            continue
        if is_headline or _FURNITURE.search(line):
            continue
        other_lines += 1
        if is_prose(line) and not _PAYWALL_WEAK.search(line):
            other_prose += 1
    return signals, other_lines, other_prose


def _quotes_a_screen(previous: str) -> bool:
    """Whether the line before is a sentence that introduces what follows as a screen's words ('… bekam statt des
    Formulars oft nur diese Meldung zu sehen:', 'Lišta … začínala větou:'): a news brief quotes a notice so
    (break23), or a line of verse that goes on in lower case ('het scherm zegt:', b34-09). Not a sentence that speaks
    to the reader: a wall's own 'To carry on reading, please either:'."""
    if not previous.endswith(":"):
        return False
    words = len(previous.split())
    if words >= _VERSE_INTRODUCTION_WORDS and _NAMES_A_SCREEN.search(previous):
        return True  # ('El mensaje decía:', 'Unsere Leser sahen … diesen Hinweis:': break47)
    return (
        words >= _INTRODUCTION_WORDS or (previous[:1].islower() and words >= _VERSE_INTRODUCTION_WORDS)
    ) and not _ADDRESS.search(previous)


_INTRODUCTION_WORDS = 6  # 'Error details:' or 'Reason:' on a wall is its own line, not a sentence that quotes
_VERSE_INTRODUCTION_WORDS = 3  # 'het scherm zegt:' (b34-09); not a wall's label in lower case, 'error:' (a review)
# A sentence of three words or more that names what it quotes as a message or a notice, or says what it read: it
# quotes a screen even when short or in the site's own voice ('El mensaje decía:', 'De melding luidde:', 'Unsere
# Leserinnen und Leser sahen … diesen Hinweis:': break47; not a wall's own 'Wichtiger Hinweis:', a review).
_NAMES_A_SCREEN = re.compile(
    r"\b(?:message|notice|melding|meldung|hinweis|fehlermeldung|mensaje|aviso|messaggio|avviso|mensagem|meddelande|"
    r"besked|beskjed|komunikat|hlášení|zpráva|decía|luidde|lautete|disait|diceva|dizia|löd|lød|brzmiał|zněla?|"
    r"sahen|zagen|voyaient|veían|vedevano|viam|såg|"
    # (what readers saw, a sentence or a line of it: '… einen grauen Kasten mit einem einzigen Satz zu sehen:',
    # 'Czytelnicy widzieli tylko jedną linijkę:': break54)
    r"zu sehen|satz|widzieli\w*|zobaczyli\w*|linijk\w*|zdanie|viděli|větu)\b",
    re.IGNORECASE,
)


def _wall_junk(kind: str, found: list[tuple[str, bool, bool]], headline: str, other_prose: int) -> Junk:
    """The reject of a wall of `kind`: its strong notices quoted (or, on a dense page of weak consent
    notices, its first notices), the headline named when it is not one of them, and the counts."""
    strong_lines = [(line, is_headline) for line, strong, is_headline in found if strong][:3]
    if not strong_lines:
        strong_lines = [(line, is_headline) for line, _, is_headline in found][:3]
    shown = ", ".join(
        _quote(line, 60, _strong_match(kind, line)) + (" (headline)" if is_headline else "")
        for line, is_headline in strong_lines
    )
    if not any(is_headline for _, is_headline in strong_lines):
        shown += f" under the headline {_quote(headline, 60)}"
    return Junk(
        kind, f"{_WALL_NAMES[kind]}: {shown}; {len(found)} notice line(s), {other_prose} other prose paragraph(s)"
    )


# An author's page's title: 'Articles by Name', 'Artigos de Name' (narrower than a listing title: a page that lost
# its body under 'Najnowsze dane GUS: …' or 'Top Editors Quit Over …' is no author's page: break18).
_AUTHOR_PAGE_TITLE = re.compile(
    r"^(?:all |latest |recent |more )?(?:articles|posts|stories|columns) by\s|^(?:alle )?(?:artikel|beiträge) von\s|"
    r"^(?:tous les )?articles de\s|^(?:artículos|columnas) de\s|^(?:tutti gli )?articoli di\s|"
    r"^(?:alle )?artikelen van\s|^artigos de\s|^artiklar av\s|^artikler af\s|^(?:artykuły|teksty) autora\s|"
    r"^články autora\s",
    re.IGNORECASE,
)


def is_author_page_title(headline: str) -> bool:
    """A title that names one author's list of articles ('Articles by Name', 'Artigos de Name'): a name of at most
    five words after the phrase (before a comma and a role, or a page number), and no headline's colon ('Columnas de
    Hércules: Ceuta restaura …': break21)."""
    m = _AUTHOR_PAGE_TITLE.match(headline)
    if m is None:
        return False
    # the name, before its page number or its comma ('Articles by Name: Page 3', 'Stories by Name, Sports Editor')
    rest = headline[m.end() :]
    if len(rest) < _AUTHOR_TITLE_CHARS:  # (a bounded search: '\W+' before a page number backtracks)
        rest = _AUTHOR_PAGE_NUMBER.sub("", rest)
    name = rest.split(",", 1)[0].split()
    # (not a title before the name: 'Recent Posts by Councillor Spark Garda Complaint' is a lost body's headline)
    listed = m.group().lower().startswith(("recent ", "more "))  # ('Articles by Dr. Aoife Kelly' is one: break25)
    titled = listed and bool(name) and name[0].lower().rstrip(".") in TITLES
    return ":" not in rest and len(name) <= _AUTHOR_NAME_WORDS and not titled


_AUTHOR_NAME_WORDS = 5
_AUTHOR_TITLE_CHARS = 120  # a longer headline is no author's page title (five words of a name, a role, a page)
_AUTHOR_PAGE_NUMBER = re.compile(r"\W+(?:page|seite|página|pagina|sida|side|strona|strana)\W*\d+\W*$", re.IGNORECASE)


def is_listing_title(headline: str) -> bool:
    """A page title that names a list of articles ('Recent Articles', 'Tag: water', 'Archives'); the
    layout's own 'More articles by:' line is structure, not a page's title."""
    return _LISTING_TITLE.search(headline) is not None and not is_more_articles_line(headline)


def _listing(headline: str, paragraphs: tuple[str, ...]) -> Junk | None:
    """Dates, names and titles of other articles, with 'Continue reading' links or cut-off excerpts, and no body prose:
    an excerpt can be a sentence, but three prose paragraphs in a row are an article's body (`_BODY_RUN`)."""
    dates = links = excerpts = names = meta = numbered = prose = run = longest_run = times = 0
    searched, calendar = False, _is_calendar(paragraphs)  # (an events calendar: `_is_calendar`)
    marks: list[str] = []  # pager lines and listing titles, named in the message
    meta_at: list[int] = []  # where the entry lines (read times, counts, media lengths) are
    ranks, titled_page = _rank_lines(paragraphs), is_listing_title(headline)
    body_title = _LISTING_TITLE if titled_page else _LISTING_TITLE_IN_BODY
    paged: list[bool] = []  # whether a pager line stands on the page, found once (see `_is_event_heading`)
    for k, p in enumerate(paragraphs):
        is_prose_line = False
        if len(p) > _NOTICE_MAX:
            is_prose_line = True
        elif k in ranks or (titled_page and _NUMBERED_TITLE.match(p) and not is_prose(p)):
            # a 'Most read' rank, or a numbered title under a listing's title (not 'Five things to know')
            numbered += 1
        elif _is_date_line(_SEPARATORS.sub(" ", p) if calendar else p, dated_titles=titled_page):
            dates += 1
            numbered += _ENTRY_LABEL.match(p) is not None  # 'Issue #212 — November 27, 2026'
        elif _is_read_more(p):
            links += 1
        elif _EXCERPT_END.search(p):
            excerpts += 1
        elif _is_entry_meta(p) and not _is_verse_day(paragraphs, k):
            meta += 1
            meta_at.append(k)
        elif _TIME_OF_DAY.match(p) and not (k + 1 < len(paragraphs) and is_prose(paragraphs[k + 1])):
            times += 1  # an entry's time ('21.47'), counted under a listing's title only (a live blog has them too)
        elif (own := _listing_own_line(p, body_title)) is not None:
            meta += 1  # a pager, a listing title in the body, a filter, or a search page's count or sort line
            marks.append(p)
            searched = searched or own != "mark"  # (an events calendar's own line names the page as a search's)
        elif is_name_line(p) and not _is_event_heading(paragraphs, k, paged):
            names += 1
        elif is_prose(p) and not is_title_case(p):
            # a title in Title Case is an entry's, even one that ends in a full stop: no body's run of three
            is_prose_line = True
        prose += is_prose_line
        run = run + 1 if is_prose_line else 0
        longest_run = max(longest_run, run)
    if times and (titled_page or any(len(p) <= _NOTICE_MAX and body_title.search(p) for p in paragraphs)):
        meta += times  # ('Arkiv för 12 mars 2024' is a date line too)
    # A listing title ('Recent Articles') stands for the dates and names, but not for every one of them.
    titled = titled_page and dates + links + excerpts + names + meta + numbered >= 2
    counts = (dates, names, links, excerpts, meta, numbered)
    hits = _search_hits(paragraphs, prose, searched, marks) or _dated_hits(paragraphs, prose)
    if not hits and not _enough_entries(counts, titled, marks, prose, paragraphs):
        return None
    if len(paragraphs) < 3 or longest_run >= _BODY_RUN or _mostly_prose(paragraphs, prose, calendar, dates):
        return None
    if names >= 2 and not (links or excerpts or meta or numbered or titled) and _all_pairings(paragraphs):
        return None  # every name line a pairing ('Harrogate Town – Bradford City') under dates: fixtures (break48)
    entries = _entries(dates, paragraphs, meta_at, marks) + names + links + excerpts + numbered + hits
    pager = any(_PAGER.match(mark) for mark in marks)  # (issue links are entries over one: b42-17, break52)
    lists = _a_piece_that_lists(paragraphs, prose, names + excerpts + len(meta_at) + links * pager + hits, body_title)
    if prose >= 2 and _a_piece(entries, lists, titled, searched):
        return None
    return _listing_junk(headline, marks, counts, len(paragraphs), prose)


def _is_read_more(line: str) -> bool:
    """A link to the rest of an entry, the whole line ('Read more »', 'Weiterlesen')."""
    return bool(
        _READ_MORE.fullmatch(line.rstrip(" .»›→>…")) or _READ_MORE.fullmatch(line) or _READ_MORE_OTHER.fullmatch(line)
    )


def listing_of(headline: str, lines: tuple[str, ...]) -> Junk | None:
    """The listing rules (`_listing`) on lines that are no body: an author's archive under her bio on a page with no
    body paragraph (parse.py)."""
    return _listing(headline, lines)


def _mostly_prose(paragraphs: tuple[str, ...], prose: int, calendar: bool, dates: int) -> bool:
    """Whether more than half of a page's lines are prose, which no listing has; but an events calendar under its
    filter (`_is_calendar`), over three date lines or more, describes its events in sentences (u116-12)."""
    return len(paragraphs) - prose < 0.5 * len(paragraphs) and not (calendar and dates >= _CALENDAR_DATES)


def _enough_entries(
    counts: tuple[int, int, int, int, int, int], titled: bool, marks: list[str], prose: int, paragraphs: tuple[str, ...]
) -> bool:
    """Whether a page's entry lines (dates, names, links, excerpts, furniture, numbers) are enough for a listing: two
    of one kind, or a listing title; or titles and their dates only, over a pager ('Load more', 'Zobacz więcej'), and
    no prose but a line of introduction."""
    dates, names, links, excerpts, meta, numbered = counts
    if not (dates + links + excerpts + meta + numbered >= 2 or titled):
        return False
    if names >= 2 or links >= 2 or excerpts >= 2 or meta + numbered >= 2 or titled:
        return True
    if dates >= _CALENDAR_DATES and any(_CALENDAR_LINE.match(mark) for mark in marks):
        return True  # an events calendar: its days, each with an event or two described in a sentence
    return bool(marks) and prose <= 1 and dates >= 2 and _dated_titles(paragraphs) >= 2


def _is_calendar(paragraphs: tuple[str, ...]) -> bool:
    """Whether a page has an events calendar's filter line (`_CALENDAR_LINE`): then its date lines are read with the
    separators between a day, its time and its venue as no words ('sam. 22 mars · 14 h · Les Champs Libres': break53;
    not on other pages, where a lecture series' 'Tuesday 4 March · 7.30pm · Kilkenny Library · Free' in a brief is no
    listing's date: break54)."""
    return any(len(p) <= _NOTICE_MAX and _CALENDAR_LINE.match(p) for p in paragraphs)


_SEPARATORS = re.compile(r"\s+[·|•]\s+")


def _listing_own_line(line: str, body_title: re.Pattern) -> str | None:
    """What kind of a listing's own line this is: 'mark' (a pager, a listing title in the body, 'Category Archives:
    Environment', a filter of its entries' kinds), 'search' (a search page's count or sort line, which names the page
    as a listing title does), 'calendar' (an events calendar's filter from all its events: named as a search page's),
    or None."""
    if _PAGER.match(line) or (len(line) <= 80 and body_title.search(line) and not is_prose(line)):
        return "mark"
    if _CALENDAR_LINE.match(line):  # (checked after the pager too)
        return "calendar"
    if _FILTER_LINE.match(line):
        return "mark"
    return "search" if _SEARCH_LINE.match(line) else None


def _a_piece(entries: int, lists: bool, titled: bool, searched: bool) -> bool:
    """Whether two prose paragraphs or more make the page a piece: over fewer than two entries (one episode's page:
    a date, a run time and a pager, break17), or as a piece that lists (`_a_piece_that_lists`), unless a listing title
    names the page; a search page's own line stands for one only over the piece that lists (a how-to with 'Sort by:
    Price | Duration' and 'Found 38 results.' among its prose has no entries: the final review)."""
    return (entries < 2 and not titled) or (lists and not (titled or searched))


_LISTING_PROSE = 3  # prose paragraphs of its own that make a page of dated titles a piece (a listing has one at most)


def _a_piece_that_lists(paragraphs: tuple[str, ...], prose: int, entry_lines: int, body_title: re.Pattern) -> bool:
    """Whether dated titles stand between three prose paragraphs of the page's own, with no name, excerpt or entry
    line such as a read time (`entry_lines`; an archive's one-sentence summaries have them: break51) and no listing
    title in the body ('Tagged: housing'): a piece that lists ('Nyhetsbrevet Morgonkoll fyller ett år' and its five
    favourite issues: break50; with the editors' sentence under each: break52). Links to issues are entry lines only
    over a pager (the caller's count): a newsletter's favourites link each issue (b42-17), an archive with 'Meer
    edities laden' is the archive (break52)."""
    if prose < _LISTING_PROSE or entry_lines:
        return False
    return not any(len(p) <= 80 and body_title.search(p) for p in paragraphs)


def _all_pairings(paragraphs: tuple[str, ...]) -> bool:
    """Whether every line that is no sentence and no date is a pairing: a fixture list has no titles between its
    pairings (an interviewer's archive has: 'Noam Chomsky - Daniel Falcone' / a title, break49)."""
    # (a sidebar's day range, 'Friday - Sunday', is no pairing)
    return all(
        is_prose(p) or _is_date_line(p) or (_PAIRING.search(p) is not None and not is_day_range_line(p))
        for p in paragraphs
    )


# Two sides set against each other by a dash between spaces: a fixture's teams, a debate's speakers.
_PAIRING = re.compile(r"\S [-\u2013\u2014] \S")


def _is_entry_meta(p: str) -> bool:
    """An entry's read time, age, count or media length ('6 min read', 'Wideo | 3:12'; not any label's length, even
    over a pager: 'Kip Keter | 2:14:37 … Load more results' is a race's results: break20)."""
    return bool(_ENTRY_META.match(p) or _MEDIA_LENGTH.match(p))


def _entries(dates: int, paragraphs: tuple[str, ...], meta_at: list[int], marks: list[str]) -> int:
    """The entries that dates and entry lines stand for: an entry's date and its read or run time are one entry's.
    An entry line counts only on a page with a pager (`marks`: pager and title lines; 'Swim · 12 min', 'Prep · 15
    min' in an article are no entries: break19) and beside an entry's title ('The Pilot Who Never Gets Seasick' /
    '42 min'): a plan's steps ('Warm up · 5 min' / 'Run · 5 min'), a recipe's times and a brief's own '2 min read'
    stand beside each other or beside prose (break21)."""
    if not marks:
        return dates
    return max(
        dates, sum(1 for k in meta_at if _is_entry_title(paragraphs, k - 1) or _is_entry_title(paragraphs, k + 1))
    )


def _is_entry_title(paragraphs: tuple[str, ...], k: int) -> bool:
    """Whether line k is an entry's title: a short line that starts with a capital (after any opening quotation
    mark) and is no sentence, date, entry line or pager."""
    if not 0 <= k < len(paragraphs):
        return False
    p = paragraphs[k]
    # ('‘The Night Ferry’', '„Stadtgespräch“': break22; not a line that opens with a figure: '40,000 books …', break23)
    first = p.lstrip("\u2018\u201c\u201e\"'\u00ab")[:1]
    return (
        first.isupper()
        and len(p) <= _NOTICE_MAX
        and not is_prose(p)
        and not _is_entry_meta(p)
        and not _is_date_line(p)
        and not _PAGER.match(p)
    )


def _listing_junk(headline: str, marks: list[str], counts: tuple[int, ...], lines: int, prose: int) -> Junk:
    """The reject of a listing: its headline and first pager or title lines, and what its lines are."""
    parts = [f"{n} {what}" for n, what in zip(counts, _LISTING_COUNTS, strict=True) if n]
    shown = ", ".join(_quote(line, 60) for line in marks[:2])
    head = f"headline {_quote(headline)}" + (f", {shown}" if shown else "")
    return Junk(
        "listing-page",
        f"a listing of other articles: {head}; {lines - prose} of {lines} body lines are not prose "
        f"({', '.join(parts)}), {prose} prose paragraph(s), none in a run of {_BODY_RUN}",
    )


_TIME_OF_DAY = re.compile(r"^\W*(?:kl\.? )?(?:[01]?\d|2[0-3])[.:h][0-5]\d(?: ?(?:uhr|h|am|pm))?\W*$", re.IGNORECASE)


_SEARCH_HITS = 3  # a search page's hits with no date or name: titles over a sentence each (break54-50, -51, -60)
_HIT_SENTENCE = re.compile(r"^[^.!?]+[.!?]\W*$")  # one sentence: no full stop before its end


def _search_hits(paragraphs: tuple[str, ...], prose: int, searched: bool, marks: list[str]) -> int:
    """How many hits a search page lists as a title over one sentence ('Resultados da pesquisa por: habitação' /
    'Câmara aprova 120 casas …' / 'O projeto prevê …'), one pair after the other right under its own line (`searched`,
    or a mark that is one: it reads as a listing's title too), which opens the page (a short label above it at most),
    when every prose paragraph is such a hit's sentence and there are three or more; else 0 (a brief under a search
    line has sentences of its own; a column quotes the search under its own introduction: break57)."""
    if not (searched or any(_SEARCH_LINE.match(mark) for mark in marks)):
        return 0
    top = next((k for k, p in enumerate(paragraphs[:_SEARCH_TOP]) if _SEARCH_LINE.match(p) or p in marks), None)
    if top is None or any(len(p) > _SEARCH_LABEL or p.rstrip().endswith(":") for p in paragraphs[:top]):
        return 0
    hits, k = 0, top + 1
    while k + 1 < len(paragraphs) and _is_hit(paragraphs[k], paragraphs[k + 1]):
        hits, k = hits + 1, k + 2
    return hits if hits >= _SEARCH_HITS and hits == prose else 0


_SEARCH_TOP = 2  # the search line is the first line, or the second under a label ('Søg')
_SEARCH_LABEL = 40


def _is_hit(title: str, sentence: str) -> bool:
    """A search hit: a title (no sentence, not ending as one or as an introduction) over one sentence."""
    if len(title) > _NOTICE_MAX or is_prose(title) or title.rstrip().endswith((".", ":")):
        return False
    return _is_one_sentence(sentence)


def _is_one_sentence(line: str) -> bool:
    """A hit's or an entry's summary: one short sentence, no full stop before its end."""
    return is_prose(line) and len(line) <= _NOTICE_MAX and _HIT_SENTENCE.match(line) is not None


_DATED_LINE_MAX = 90  # as `_is_date_line`'s


def _dated_hits(paragraphs: tuple[str, ...], prose: int) -> int:
    """How many entries a section's list gives as a numeric date and its byline, a title and one sentence
    ('08.03.2024 | Przemysław Nowak' / 'Remont dworca potrwa do jesieni' / 'Podróżni muszą …': break55-48; 'Jana
    Horáková | 12.03.2024' first: break54-59), when every prose paragraph is such an entry's sentence and there are
    three or more; else 0 (a timeline's dates carry no byline)."""
    hits = 0
    for k in range(len(paragraphs) - 2):
        dated, title, sentence = paragraphs[k], paragraphs[k + 1], paragraphs[k + 2]  # (Cython crashed on a slice)
        if len(dated) > _DATED_LINE_MAX or _NUMERIC_DATE_BYLINE.match(dated) is None:
            continue  # (the length first: the pattern is quadratic on a long line of punctuation, a hostile review)
        if len(title) > _NOTICE_MAX or is_prose(title):
            continue
        hits += _is_one_sentence(sentence)
    return hits if hits >= _SEARCH_HITS and hits == prose else 0


def _dated_titles(paragraphs: tuple[str, ...]) -> int:
    """How many lines are an entry's title beside its date line: no prose, no date, not followed by a
    sentence (an event's description)."""
    dated = [_is_date_line(p) for p in paragraphs]
    found = 0
    for k, p in enumerate(paragraphs):
        beside = (k > 0 and dated[k - 1]) or (k + 1 < len(paragraphs) and dated[k + 1])
        if beside and not dated[k] and len(p) <= 100 and not is_prose(p):
            found += not (k + 1 < len(paragraphs) and is_prose(paragraphs[k + 1]))
    return found


_BARE_DAY = re.compile(
    r"^\W*(?:yesterday|today|ayer|gestern|hier|ieri|gisteren|ontem|igår|i går|wczoraj|včera)\W*$", re.IGNORECASE
)


def _is_verse_day(paragraphs: tuple[str, ...], k: int) -> bool:
    """A day's word alone on its line with a comma, or before a line that goes on in lower case ('Ieri,' /
    'la neve sul sagrato'): a poem's line, not an entry's age."""
    line = paragraphs[k]
    if not _BARE_DAY.match(line):
        return False
    return line.rstrip().endswith(",") or (k + 1 < len(paragraphs) and paragraphs[k + 1][:1].islower())


def _is_event_heading(paragraphs: tuple[str, ...], k: int, paged: list[bool]) -> bool:
    """A Title Case line after a date line and before a sentence that is no cut-off excerpt: a what's-on
    column's event ('Sat 14 June' / 'Galway Food Festival' / 'Stalls along the Spanish Arch …'), not a
    listing's byline, which stands beside a title. `paged` holds the answer of the page's pager search once
    it was needed (a page of 16,000 date and name lines searched it once per name: minutes)."""
    if not 0 < k < len(paragraphs) - 1 or not _is_date_line(paragraphs[k - 1]):
        return False
    nxt = paragraphs[k + 1]
    # (an excerpt and a pager are short lines: the patterns never see a paragraph longer than a notice,
    # which they would search in quadratic time)
    if (is_prose(nxt) and (len(nxt) > _NOTICE_MAX or not _EXCERPT_END.search(nxt))) or _is_date_line(nxt):
        # ... or between two date lines, beside no title: a programme ('14.06.2025' / 'Sommerfest der
        # Grundschule' / '21.06.2025'). Never on a page with a pager ('Load more'): that is a listing's.
        if not paged:
            paged.append(any(len(p) <= _NOTICE_MAX and _PAGER.match(p) for p in paragraphs))
        return not paged[0]
    return False


_BODY_RUN = 3  # this many prose paragraphs in a row are an article's body
_LISTING_COUNTS = (
    "date lines",
    "name lines",
    "'Continue reading' links",
    "cut-off excerpts",
    "read-time, count or pager lines",
    "rank or issue-number lines",
)
