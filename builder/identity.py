"""Who an article is: its id (from headline and author) and its author (from the bio).

Both are derived values: `parse` computes them, and the record rules check that a record's stored
values equal what these functions give, so they can never drift apart.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

from .attribution import ORGANISATION_WORDS, PLACE_WORDS
from .given_names import GIVEN_NAMES
from .names import BIO_NOT_NAMES, BIO_PARTICLES, SUFFIXES
from .names import NOT_NAMES as _SENTENCE_NOT_NAMES

# A bio opens 'Sir Simon Jenkins writes …' (a letter's 'Sir,' names no one: names.py says so for quotes).
NOT_NAMES = _SENTENCE_NOT_NAMES - {"sir", "madam"}

ID_HEX_DIGITS = 16
_NON_ALNUM_RUN = re.compile(r"[\W_]+")


def normalise_for_identity(text: str | None) -> str:
    """Case, width, punctuation and spacing do not change who an article is: 'Trump’s' == 'trump's'."""
    if not text:
        return ""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return _NON_ALNUM_RUN.sub(" ", folded).strip()


def record_id(headline: str, author: str | None) -> str:
    global _last_id
    last = _last_id
    if last[0] is headline and last[1] is author:
        return last[2]
    key = normalise_for_identity(headline) + "\x1f" + normalise_for_identity(author)
    rid = hashlib.sha256(key.encode("utf-8")).hexdigest()[:ID_HEX_DIGITS]
    _last_id = (headline, author, rid)
    return rid


# The last answers of record_id and author_from_bio, with the very string objects they were for:
# parse derives id and author, and the record rules derive them again from the same objects right
# after. Held here, an object cannot be freed and its identity reused; a str never changes, so the
# same object has the same answer.
_NOTHING = object()  # no argument is this object: the answers before the first call match nothing
_last_id: tuple[object, object, str] = (_NOTHING, _NOTHING, "")
_last_author: tuple[object, str | None] = (_NOTHING, None)


# A bio paragraph starts with its subject's name, then one of these ('Gregory Elich is a ...',
# 'Colin Thistlewood, a court reporter ...'). The name must come within the first few words.
_NAME_ENDS = (" is ", " was ", ", a ", ", an ", ", the ")
# ... or the same copula in the languages of junk_languages.py ('Jonas Reimers ist Redakteur …', 'Rui Mendonça é
# jornalista …', 'Tomáš Horák je redaktor …'; Dutch says 'is'), a name's words still each capitalised.
_NAME_ENDS_OTHER = tuple(f" {word} " for word in "ist war est es és è é är er jest je byl była".split())
# Through those copulas a name is two words or more and opens with no article or determiner of those languages.
_DETERMINERS_OTHER = frozenset(
    "der die das dem den des ein eine einer dieser diese dieses unser unsere le la les un une cet cette ce el los "
    "las il lo gli het de een o os as um uma ten ta to".split()
)
_MAX_NAME_CHARS = 80
_MAX_NAME_WORDS = 6


# Or the name is the subject of a verb in the present or past ('Tadhg Ferriter reviews fiction …',
# 'Naomi Ferrante teaches English …', 'Ruth Okafor has covered …'): the first word in lower case.
# After two to four capitalised words that open no sentence of another kind ('Last Week Ana Prado
# writes …', 'In Lisbon …'); 'has' and 'runs' alone are no such verb ('Funding has been provided …',
# 'Saturday Edition runs …' name nobody).
_VERB_AFTER_NAME = re.compile(
    r" (?:writes|wrote|reports|reported|covers|covered|teaches|taught|reviews|reviewed|edits|edited|lives|lived|works|"
    r"worked|studies|studied|serves|served|hosts|hosted|produces|directs|founded|joined|spent|grew|has (?:covered|"
    r"written|reported|worked|taught|edited|spent|been (?:a|an|the) )|have (?:covered|written|reported|worked))"
)
_VERB_NAME_WORDS = (2, 4)


def name_opening(paragraph: str, first: bool = True) -> str | None:
    """The person or organisation a bio paragraph opens with, or None if it opens otherwise. `first`: the bio's
    first paragraph, the only one whose name may end at an apposition (`_apposed_name_end`)."""
    head = paragraph[: _MAX_NAME_CHARS + 8]
    cut = min((i for i in (head.find(end) for end in _NAME_ENDS) if i > 0), default=-1)
    # another language's copula where no English one opens the name, or before it ('Inês Carvalho é jornalista e vive
    # em Lisboa, a duas paragens …': ', a' is Portuguese 'to' there, u112-36)
    # ('war' only where no English one does: 'Former Reuters war correspondent Name is …', break57)
    cut_other = min((i for i in (head.find(end) for end in _NAME_ENDS_OTHER) if i > 0), default=-1)
    other = cut_other > 0 and (cut < 0 or (cut_other < cut and not head.startswith(" war ", cut_other)))
    cut = cut_other if other else cut
    if first and (cut < 0 or _comma_parts(paragraph[:cut])):
        # a name, then what the person is between two commas ('Lena Hartwig, Jahrgang 1988, ist Redakteurin …':
        # u112-31; not 'Samuel Ortega, Jr., a …': break57); only in the first paragraph: a later one in that shape
        # names a foundation, a publisher or a book ('Robert Bosch Stiftung, die …, fördert …', 'Andrea Doria, il
        # libro …, racconta …': break17)
        apposed = _apposed_name_end(paragraph, cut)
        if apposed > 0 or cut < 0:
            cut, other = apposed, apposed > 0
    verb = _VERB_AFTER_NAME.search(head)
    if verb is not None and verb.start() > 0 and (cut < 0 or verb.start() < cut):
        words = head[: verb.start()].split(" ")
        if not (_VERB_NAME_WORDS[0] <= len(words) <= _VERB_NAME_WORDS[1]) or words[0].lower() in NOT_NAMES:
            return None
        cut = verb.start()  # the verb comes first: the name is what stands before it, if it is one
    if cut <= 0 or cut > _MAX_NAME_CHARS:
        return None
    name = paragraph[:cut]
    if _comma_parts(name) or name.endswith(("’s", "'s")):  # (a possessive: 'Dana Reyes’s war reporting …': break57)
        return None  # 'Staff Writer, Sunderland Echo, covers courts': a byline's parts (not 'Samuel Ortega, Jr.')
    words = name.split(" ")
    if len(words) > _MAX_NAME_WORDS or words[0].lower() in BIO_NOT_NAMES:
        return None
    if other and (len(words) < 2 or re.split("[’']", words[0])[0].lower() in _DETERMINERS_OTHER):
        return None  # 'Die Autorin ist …', 'Autor jest …', 'L’auteur est …', 'Der Beitrag ist …': no name
    for i, word in enumerate(words):
        bare = word.rstrip(",")
        if not bare:
            return None
        if i > 0 and (bare.lower() in BIO_PARTICLES or bare.lower() in SUFFIXES):
            continue
        if not bare[0].isupper():
            return None
    return name


def _comma_parts(name: str) -> bool:
    """Whether a name holds parts after a comma that are no suffix ('Staff Writer, Sunderland Echo'; not 'Samuel
    Ortega, Jr.')."""
    return any(part.rstrip(",").lower() not in SUFFIXES for part in name.split(", ")[1:])


# A bio in those languages may write the name, then what the person is between two commas ('Lorenza Bellotti,
# giornalista, scrive …', 'Henrike Vollmer, Lokalredakteurin in Oberweiler, berichtet …'). Roles, places and
# papers open bios in that shape too ('Periodista de Levante-EMV, cubre …', 'Sundsvalls Tidning, Box 405, …',
# 'At Reuters, she …'), so the name must open with a common given name (given_names.py) and be two to four
# words of letters; what stands between the commas is no sentence and does not open with a pronoun.
_APPOSITION_CHARS = 120
_APPOSED_NAME = re.compile(r"[^\W\d_][\w’'.-]*(?: [^\W\d_][\w’'.-]*){1,3}")
# (a possessive too: 'Rose Water, her first collection, is …', break57)
_APPOSITION_PRONOUNS = frozenset(
    """he she it they i we er sie es elle él ella lei hij zij ze ele ela hon han hun on ona
    her his their its our my""".split()
)
# After the second comma, a list's last item: 'Carol Reyes, Dana Whitt, and Ellen Marsh are …' (break57).
_LIST_GOES_ON = re.compile(r"(?:and|y|und|et|e|en|och|og|i|oraz|a) ")


def _apposed_name_end(paragraph: str, copula: int = -1) -> int:
    """Where the name ends in a bio paragraph written 'Name, description, …' (its comma), else -1; before a `copula`
    at that index, only when the copula follows the description's comma ('Lena Hartwig, Jahrgang 1988, ist …'; not
    'Elizabeth City, North Carolina, native Name is …': a hostile review). A name of a place or a body is none
    ('Anna Maria Island, Florida, is home base for …')."""
    comma = paragraph.find(", ", 0, _MAX_NAME_CHARS)
    if comma < 0 or paragraph[: paragraph.find(" ")].lower() not in GIVEN_NAMES:
        return -1
    if _APPOSED_NAME.fullmatch(paragraph, 0, comma) is None:
        return -1
    if any(word.lower() in PLACE_WORDS or word.lower() in ORGANISATION_WORDS for word in paragraph[:comma].split()):
        return -1
    close = paragraph.find(", ", comma + 2, comma + 2 + _APPOSITION_CHARS)
    if close < 0:
        return -1
    apposition = paragraph[comma + 2 : close]
    if ". " in apposition or apposition.split(" ", 1)[0].lower() in _APPOSITION_PRONOUNS:
        return -1
    if _LIST_GOES_ON.match(paragraph, close + 2) or (copula > 0 and close + 1 != copula):
        return -1
    return comma


def join_names(names: list[str]) -> str:
    if len(names) <= 2:
        return " and ".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def author_from_bio(bio: str | None) -> str | None:
    """'Name1 is ...\\n\\nName2, a ...' -> 'Name1 and Name2'; None when no paragraph opens with a name."""
    if bio is None:
        return None
    global _last_author
    last = _last_author
    if last[0] is bio:
        return last[1]
    names: list[str] = []
    # Only the first paragraph is read as 'Name, description, …': a later one in that shape names a foundation, a
    # publisher or a book as often as a second author ('Robert Bosch Stiftung, die …', 'Giuseppe Verdi, l’uomo e la
    # musica, uscito per …': break17, break19), so a second author written so is left out rather than guessed.
    for k, paragraph in enumerate(bio.split("\n\n")):
        name = name_opening(paragraph, first=k == 0)
        if name is not None and name not in names:
            names.append(name)
    author = join_names(names) if names else None
    _last_author = (bio, author)
    return author
