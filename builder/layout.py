"""The vocabulary of the raw layout (docs/raw-format.md): which cleaned lines are structure, not content.

`parse` uses these to find blocks, `render` writes them, and the record rules use them to keep
records unambiguous (a body paragraph that *is* a 'More articles by:' line could not round-trip).
Every matcher is length-guarded and anchored, so classifying a line costs O(1) beyond its length
check, even for a 10 MB line.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import cast

SHARE_LINE = "FacebookTwitterRedditEmail"
MORE_ARTICLES_LINE = "More articles by:"

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_MONTH_NUMBER = {name.lower(): i for i, name in enumerate(MONTHS, 1)}
_MONTH_NUMBER.update({name[:3].lower(): i for i, name in enumerate(MONTHS, 1)})
_MONTH_NUMBER["sept"] = 9
# The months of the languages of junk_languages.py, as their dates name them ('4. März 2024', '4 de marzo de
# 2024', '4 maart 2024', '4. března 2024', '4 marca 2024'): a site in those languages dates its sidebar so.
OTHER_MONTH_NAMES = {  # language -> its twelve months, January first
    "de": "januar februar märz april mai juni juli august september oktober november dezember",
    "da": "januar februar marts april maj juni juli august september oktober november december",
    "cs": "ledna února března dubna května června července srpna září října listopadu prosince",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
}
OTHER_MONTHS = {name: number for names in OTHER_MONTH_NAMES.values() for number, name in enumerate(names.split(), 1)}
OTHER_MONTHS.update(jänner=1, setiembre=9)  # Austrian January, a Spanish spelling
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

_SHORT = 64  # no structural line is longer than this
_SHARE = re.compile(r"Facebook ?Twitter ?Reddit ?Email", re.IGNORECASE)
_MORE_ARTICLES = re.compile(r"More articles by:?", re.IGNORECASE)
_DATE = re.compile(r"([A-Za-z]{3,9})\.? (\d{1,2}), (\d{4})")
# A date of those languages: day first, then the month, in lower case (English writes 'May 4, 2024', and
# its day-first '4 May 2024' is not a sidebar date), or with a period after the day as German, Danish
# and Czech write it ('4. März 2024'), or between 'de' ('4 de marzo de 2024'); '1er mars 2024'.
_DATE_OTHER_PATTERN = (
    r"(?P<oday>\d{1,2})(?P<odot>\.|er|º)? (?:de )?(?P<omonth>[A-Za-zÀ-ž]{3,12})(?: de)? (?P<oyear>\d{4})"
)
_DATE_OTHER = re.compile(_DATE_OTHER_PATTERN)
_MAX_DATE_OTHER = 28  # the longest line _DATE_OTHER_PATTERN can match
_DAY_RANGE = re.compile(r"({d}) ?[-\u2013\u2014] ?({d})".format(d="|".join(DAYS)), re.IGNORECASE)
_WEEKEND = re.compile(r"Weekend Edition", re.IGNORECASE)
# A promo image's file stem: lowercase words joined by hyphens, ending in -WIDTHxHEIGHT.
_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*-\d{2,5}x\d{2,5}")
_MAX_SLUG = 200

# Every structural line in one pattern, tried in the order `classify_sidebar` asks (share-buttons,
# promo slug, weekend edition, day range, date): one match per sidebar line instead of five. The
# alternatives are the patterns above, with their own case rules; none of the short ones can match
# a line longer than _SHORT, so the one length guard is the slug's.
_STRUCTURE = re.compile(
    "(?P<share>(?i:{share}))|(?P<slug>{slug})|(?P<weekend>(?i:{weekend}))|(?P<day_range>(?i:{day_range}))|(?P<date>{date})".format(
        share=_SHARE.pattern,
        slug=_SLUG.pattern,
        weekend=_WEEKEND.pattern,
        day_range=r"(?:{d}) ?[-\u2013\u2014] ?(?:{d})".format(d="|".join(DAYS)),
        date=r"(?P<month>[A-Za-z]{3,9})\.? (?P<day>\d{1,2}), (?P<year>\d{4})",
    )
    + "|(?P<date_other>"
    + _DATE_OTHER_PATTERN
    + ")"
)

# The last character of every line _STRUCTURE matches: 'Email' (share), 'Edition' (weekend), a day
# name (day range), or a digit (\d, a Unicode decimal: slug, date); in either case for the letters,
# and no other character case-folds to them (tests/test_fast_paths.py checks every code point).
# structure_of also asks, before the pattern, what a line so ended must hold: every element of the
# pattern matches one code point, so a share line has 26 to 29 characters ('Facebook ?Twitter ?Reddit
# ?Email'), a weekend line 15, a date line at most 19 ('[A-Za-z]{3,9}\.? \d{1,2}, \d{4}'); a day range
# holds one of its dashes and a slug a hyphen and no space, characters that no other one case-folds to.
_STRUCTURE_ENDS = "lLnNyY"

# A syndication footer: the line a feed or a partner site adds under a republished article
# ('The post Title appeared first on Site.', 'This post was originally published on Site.').
_SYNDICATION = re.compile(
    r"The post .+ appeared first on .+"
    r"|This (?:post|article|story|piece|essay|column|interview|report|commentary|op-ed) "
    r"(?:was |has been )?(?:originally|first) (?:published|appeared|posted|ran)\b.+"
    r"|(?:Originally|First) (?:published|appeared|posted) (?:on|in|at|by)\b.+"
    r"|This (?:post|article|story|piece|essay|column|commentary|op-ed) (?:is|was) republished from\b.+",
    re.IGNORECASE,
)
_MAX_SYNDICATION = 300

# Image-credit labels, longest first so 'Photograph Source:' wins over a shorter prefix.
CREDIT_LABELS = ("Photograph Source:", "Photograph by", "Photo credit:", "Photo by", "Image by", "Photo:", "Image:")
STILL_FROM = "Still from "


def is_share_line(line: str) -> bool:
    return len(line) <= _SHORT and _SHARE.fullmatch(line) is not None


def is_more_articles_line(line: str) -> bool:
    return len(line) <= _SHORT and _MORE_ARTICLES.fullmatch(line) is not None


def is_weekend_edition_line(line: str) -> bool:
    return len(line) <= _SHORT and _WEEKEND.fullmatch(line) is not None


def is_day_range_line(line: str) -> bool:
    return len(line) <= _SHORT and _DAY_RANGE.fullmatch(line) is not None


def is_syndication_footer(line: str) -> bool:
    return len(line) <= _MAX_SYNDICATION and _SYNDICATION.fullmatch(line) is not None


def is_promo_slug_line(line: str) -> bool:
    return len(line) <= _MAX_SLUG and _SLUG.fullmatch(line) is not None


def parse_date_line(line: str) -> dt.date | None:
    """'February 27, 2020' (or 'Feb. 27, 2020') -> date(2020, 2, 27); None if the line is not a date."""
    if len(line) > _SHORT:
        return None
    m = _DATE.fullmatch(line)
    if m is None:
        other = _DATE_OTHER.fullmatch(line)
        return None if other is None else _other_date(other)
    month = _MONTH_NUMBER.get(m.group(1).lower())
    if month is None:
        return None
    try:
        return dt.date(int(m.group(3)), month, int(m.group(2)))
    except ValueError:
        return None


def other_date_in(line: str) -> re.Match | None:
    """The first date of another language in `line` ('Tirsdag den 4. marts 2025'), as a match of its words."""
    for m in _DATE_OTHER.finditer(line):
        if _other_date(m) is not None:
            return m
    return None


def _other_date(m: re.Match) -> dt.date | None:
    """The date of a `_DATE_OTHER` match, or None: its month is one of OTHER_MONTHS, in lower case unless
    a period follows the day ('4. März 2024')."""
    name = m.group("omonth")
    if not name[0].islower() and m.group("odot") != ".":
        return None
    month = OTHER_MONTHS.get(name.lower())
    if month is None:
        return None
    try:
        return dt.date(int(m.group("oyear")), month, int(m.group("oday")))
    except ValueError:
        return None


def structure_of(line: str) -> tuple[str, dt.date | None] | None:
    """What structural line `line` is: ('share', None), ('slug', None), ('weekend', None),
    ('day_range', None) or ('date', the date); None for a line that is none of them. The same
    answers as the is_*_line functions and parse_date_line, asked in that order, in one match."""
    n = len(line)
    if n > _MAX_SLUG:
        return None
    end = line[-1:]
    if end in _STRUCTURE_ENDS:
        # Only share (26 to 29 characters, at most 3 spaces), weekend (15, one space) or a day range (a
        # dash) end in a letter.
        if not (
            (26 <= n <= 29 and line.count(" ") <= 3)
            or (n == 15 and line.count(" ") == 1)
            or "-" in line
            or "\u2013" in line
            or "\u2014" in line
        ):
            return None  # a sidebar author or title that ends in l, n or y: most of those the pattern is asked
    elif end.isdecimal():
        # Only a slug (a hyphen, no space) or a date (at most 19 characters, ', ') end in a digit.
        # ... or another language's date (a digit first, at most _MAX_DATE_OTHER characters, a space).
        if not (
            ("-" in line and " " not in line)
            or (n <= 19 and ", " in line)
            or (n <= _MAX_DATE_OTHER and line[:1].isdecimal() and " " in line)
        ):
            return None
    else:
        return None  # most lines (every sidebar author and title, asked up to three times) end here
    if line in _structures:
        return _structures[line]
    if len(_structures) >= _STRUCTURES_KEPT:
        _structures.clear()
    structure = _structures[line] = _structure_by_pattern(line)
    return structure


# structure_of's answers for the lines its guards let through to the pattern, by line: mostly date
# lines (the same dates, parsed from a file and written again by the record rules' round trip), whose
# match and date cost twenty times a look-up. A pure function of the string: a kept answer (a tuple
# of a string and a date, both immutable) is the answer. Emptied when it would hold more.
_structures: dict[str, tuple[str, dt.date | None] | None] = {}
_STRUCTURES_KEPT = 4096


def _structure_by_pattern(line: str) -> tuple[str, dt.date | None] | None:
    m = _STRUCTURE.fullmatch(line)
    if m is None:
        return None
    kind = cast(str, m.lastgroup)  # every alternative of _STRUCTURE is a named group
    if kind == "date_other":
        day = _other_date(m)
        return None if day is None else ("date", day)
    if kind != "date":
        return kind, None
    month = _MONTH_NUMBER.get(m.group("month").lower())
    if month is None:
        return None
    try:
        return kind, dt.date(int(m.group("year")), month, int(m.group("day")))
    except ValueError:
        return None


def format_date_line(date: dt.date) -> str:
    return f"{MONTHS[date.month - 1]} {date.day}, {date.year:04d}"


def parse_credit_line(line: str) -> str | None:
    """The credit value of an image-credit line, or None if the line is not one."""
    if line.startswith(STILL_FROM):
        value = line[:-1] if line.endswith(".") else line
        return value if len(value) > len(STILL_FROM) else None
    for label in CREDIT_LABELS:
        if line.startswith(label):
            rest = line[len(label) :]
            if label.endswith(" ") or label.endswith(":") or rest.startswith(" ") or not rest:
                value = rest.strip()
                if value.endswith("."):
                    value = value[:-1].rstrip()
                return value or None
    return None


def format_credit_line(credit: str) -> str:
    # One trailing period is always added: parse removes exactly one, so a credit that itself
    # ends in '.' survives.
    return f"Photograph Source: {credit}."


def is_sidebar_structure(line: str) -> bool:
    """Lines that end a bio or sit between sidebar entries without being one."""
    return structure_of(line) is not None
