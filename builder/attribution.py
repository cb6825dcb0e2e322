"""Who says each quote: `speaker` and `cue` from the paragraph's own words (docs/raw-format.md, "Quotes").

Precision comes first: a quote gets a speaker only when the paragraph attributes it explicitly:
- a reporting verb next to the quote: '“…,” said Name', '“…,” Name, a role, told reporters',
  'Name said, “…”', 'Name announced in April that the city would “…”', '…, emphasizing that “…”';
- 'according to Name';
- 'he'/'she' with a reporting verb, resolved to the one person the paragraph has named before it
  (or, when several, to the speaker of the quote just before);
- a quote that directly follows an attributed one continues its speaker (cue null).
Scare quotes, terms and everything else get null. The speaker is written as the paragraph names
it at its fullest ('Carrasco' -> 'Luis Carrasco'), without titles ('Judge Eleanor Whitford' ->
'Eleanor Whitford').

Cost: the paragraph is scanned once for its quotes and once for sentence ends (both in C); every
other look-up reads a bounded window around a quote, so a paragraph of 100k quotes stays linear.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
import re
from dataclasses import dataclass
from typing import Literal, NamedTuple

from . import attribution_languages as languages
from .census_names import ALL_GIVEN_NAMES, census_gender, given_name_gender
from .given_names import GIVEN_NAMES, SLAVIC_GIVEN_NAMES
from .names import NOT_NAMES, PARTICLES, SUFFIXES, TITLES
from .quotes import QuoteSpan

# Reporting verbs (finite forms) whose subject is the speaker: 'Name said …', '“…,” Name said'.
REPORTING_VERBS = frozenset(
    """said says told tells stated states observed observes added adds announced announces wrote writes
    explained explains noted notes argued argues insisted insists recalled recalls warned warns declared
    declares claimed claims asserted asserts remarked remarks replied replies responded responds
    acknowledged acknowledges admitted admits conceded concedes emphasized emphasizes emphasised emphasises
    stressed stresses testified testifies continued continues concluded concludes predicted predicts
    complained complains confirmed confirms maintained maintains countered counters asked asks recounted
    recounts commented comments reported reports vowed vows pledged pledges called calls promised
    promises blamed blames""".split()
)
# Participles that attach to the sentence's subject: 'Name is in line …, emphasizing that “…”'.
PARTICIPLES = frozenset(
    """saying adding noting emphasizing emphasising stressing insisting arguing explaining telling warning
    declaring announcing writing claiming asserting""".split()
)
PRONOUNS = frozenset({"he", "she"})

ACCORDING_TO = "according to"

# Words that make a name an organisation (not a 'he' or 'she').
ORGANISATION_WORDS = (
    frozenset(
        """commission group partners hospital authority union company council agency department ministry
    office association institute university college school bank times post news party court committee board
    foundation fund society network films outsourcing inc inc. corp corp. ltd ltd. llc co. corporation
    cooperative agency government administration house service services center centre exchange""".split()
    )
    | languages.ORGANISATION_WORDS
)
# Words that make a name a place (not a 'he' or 'she'). Words that are also common surnames
# (Park, Hall, West, ...) are left out: a place kept as a candidate only makes a pronoun null.
PLACE_WORDS = (
    frozenset(
        """valley county city river street road avenue bay mountain mountains island islands square
    station airport port harbour harbor republic kingdom united states commons
    plaza coast province region village town heights hills creek canyon desert
    peninsula sea ocean gulf building tower center centre san santa santo são saint fort mount new los las
    rio puerto""".split()
    )
    | languages.PLACE_WORDS
)
_CONNECTORS = frozenset({"&", "of", "for"})
# A quote right after one of these is a term being named, not something said.
_TERM_CUES = (
    "known as",
    "dubbed",
    "so-called",
    "nicknamed",
    "termed",
    "the word",
    "the phrase",
    "the term",
    "the slogan",
    "titled",
    "entitled",
    "the song",
    "the film",
    "the book",
    "the sign read",
    "read",
    "chanted",
    "watched",
)
_TERM_AS = re.compile(
    r"\b(?:known|referred to|described|dubbed|termed|nicknamed|labell?ed)\b[^,.;:\u00b7\u201c\u201d\"]{0,30} as$"
)
# Verbs that report speech only right before the quote ('asked, “…?”'), not with an object between.
_ONLY_RIGHT_BEFORE = frozenset({"asked", "asks"})
# Capitalised words that open a sentence as a pronoun, not a name: 'One of my juniors', 'Eine der Geschädigten'.
_PRONOUN_WORDS = frozenset({"One", "Another", "Ein", "Eine", "Einer", "Eines"})


def _pronoun_phrase(name: str) -> bool:
    """'One', 'Eine der Geschädigten' (u43), 'Ein Sprecher der Stadt' (break28): a pronoun alone or before a
    lower-case word, or German's indefinite article before any noun, no name; 'One Nation' is a party's (break27)."""
    first, _, rest = name.partition(" ")
    return first in _PRONOUN_WORDS and (not rest or rest[:1].islower() or first.startswith("Ein"))


# Verbs that report only before a colon and the quote, at most three words after them ('udtalte efter dommen: "…"'):
# Danish 'udtalte' also means 'pronounced' ('udtalte navnet “Ærøskøbing”'), 'uttalte seg om' 'spoke about' (break27).
_ONLY_BEFORE_COLON = frozenset({"udtalte", "uttalte", "uttalade"})
_COLON_AFTER_VERB = re.compile(r"(?: [^\s:]+){0,3}: *")
# Spanish verbs in the present that are also the imperative ('añade Maizena', 'declara Binance como …', 'señala la
# lápida: “…”': break28): a colon right after them ('El entonces alcalde, Name, declara: “…”', u43).
_ONLY_RIGHT_BEFORE_COLON = frozenset({"declara", "explica", "asegura", "señala", "añade"})
# Capitalised modifiers that open a run without being part of the name ('Brussels-based Alliance').
_MODIFIER_SUFFIXES = (
    "-based",
    "-born",
    "-led",
    "-backed",
    "-owned",
    "-funded",
    "-run",
    "-registered",
    "-headquartered",
    "-era",
    "-style",
)
# An apposition that opens with one of these describes the name before it ('Name, a Republican whose
# district includes Ostrander County, said').
_APPOSITION_OPENERS = frozenset("a an who whose which where whom".split())
# A name right after one of these is a place or an institution, not a person in the paragraph.
PLACE_PREPOSITIONS = frozenset(
    "at in from near across into outside inside of toward towards for off beyond onto".split()
)  # ('capsized off Castle Point. “…” he told …' names no one there: u78-27)
# Nor is a name the subject of the verb after it when one of these governs it ('flanked by John
# Smith', 'an aide to Mary Jones', 'Both Smith and Jones').
OBJECT_BEFORE = frozenset(
    "by to with like unlike representing including against about alongside and nor or".split()
    # a place's prepositions in the other languages ('En läsare i Sollefteå skrev', 'Ein Leser aus Bremen schrieb': u44)
    + "i på från fra av vid ved aus bei uit bij w we z ze v ve u".split()
)
# Nor, for a pronoun's referent, a name after a determiner ('his Baton Rouge office').
PERSONLESS_BEFORE = frozenset("the a an his her its their our my your this that these those".split())
# Plural and collective subjects that begin sentences without being names ('Critics said …').
COMMON_SUBJECTS = frozenset(
    """police people everyone everybody nobody somebody someone staff management fans women men children
    democrats locals officials others neighbours neighbors authorities protesters""".split()
)
_COMMON_SUFFIXES = ("ers", "ors", "ists", "ians", "ants", "ents", "ics", "ies", "ives", "ees", "als", "ours")
# Words that make a two-word run an adjective ('Latin American history'), not a person.
DEMONYMS = frozenset(
    """american african european asian korean chinese japanese british french german russian mexican
    canadian indian arab israeli palestinian spanish italian irish scottish welsh english latin""".split()
)
# Abbreviations whose period does not end a sentence or a name.
ABBREVIATIONS = frozenset(
    """mr mrs ms dr st jr sr prof gen sen rep gov lt col capt sgt mt ft no inc corp co ltd vs etc
    mł asp sierż bryg podkom nadkom insp kpt mjr płk ppłk ppor npor pplk plk prap nprap inż mgr hab""".split()
)  # (the second line: Polish and Czech ranks and degrees, 'mł. asp. Tomasz Kęska', u76-39)
# Titles whose period ends no sentence only with their capital: 'the Rev. Name' (u39-12); not 'the engines rev.
# According to …' (b24-08). Not 'Fr.', which ends a Swiss price ('kostet 20 Fr. Danach …').
_TITLE_ABBREVIATIONS = frozenset({"Rev", "Ing", "Bc", "MUDr", "JUDr", "PhDr", "RNDr"})  # (Czech degrees: break50)

_WINDOW = 400  # characters a quote's attribution may reach before or after it
_NAME_SPAN = 160  # characters a name with its titles may take
_PRONOUN_WINDOW = 3000  # how far back a pronoun's referent is looked for
_MAX_CANDIDATES = 60  # and at most this many names before it (a real paragraph names far fewer)
_MAX_OCCURRENCES = 64  # occurrences of a name examined for its fullest form
_FULL_SCAN_CHARS = 20_000  # paragraphs up to this long have all their names read once
_CHUNK = 4096  # longer ones are read in chunks of this many characters
_CHUNKS_KEPT = 4
_MAX_NAME_WORDS = 6  # a longer run of capitalised words is a title or a heading, not a name
_APPOSITION_SEGMENTS = 3
_OPENERS = "\u201c\u2018\"'(["
_CLOSERS = ',;:)]\u201d\u2019"?!'
_MASK = "\u00b7"  # stands for quoted text, so names and sentence ends are found outside quotes only
_SENTENCE_END = re.compile(r"[.?!][\u201d\u2019\")]*(?= +(?:[\"\u201c\u2018(]?[^\W\d_]|[\"\u201c]\u00b7))")
_VERB_WORDS = "|".join(sorted(REPORTING_VERBS | PARTICIPLES, key=len, reverse=True))
_LAST_VERB = re.compile(
    rf"(?<!\S)({_VERB_WORDS}|{languages.VERBS_BEFORE}|{languages.SEPARATED_VERBS}|"
    rf"{'|'.join(sorted(languages.PARTICIPLES))})(?=[\s,:]|$)"
)
# 'As our night editor, Name, put it at the meeting, “…”', 'As Name liked to say: “…”': the idiom opens the
# sentence (or follows its comma) and the quote follows its comma or colon, with at most a short phrase
# between (not 'As the rain began, Name put it under a tarpaulin, the “good table”').
_AS_PUT_IT = re.compile(
    r"(?:^|, )As (?P<subject>[^,]+(?:, [^,]+,)?) (?P<verb>puts? it|(?:liked|likes|loved|loves|used) to say)"
    r"(?: [^,:\u201c\"\u00b7]{1,40})?[,:] *$"
)
# 'Hydrologist Name put it bluntly: “…”' (u39): the idiom and at most a manner word, then a colon and the quote
# (not 'put it on the table, “…”' nor 'put it to the minister that “…”': a colon right after the idiom only).
_PUT_IT = re.compile(
    r" (?P<verb>puts? it)(?: (?:more )?(?:bluntly|simply|plainly|best|well|succinctly|starkly|frankly|candidly|"
    r"mildly|neatly|briefly|this way|another way|differently))?: *$"
)
_GERMAN_DETERMINERS = frozenset("Der Die Das Den Dem Des Ein Eine Einer Einem Einen Eines".split())
_GERMAN_PRONOUNS = frozenset({"sie", "er"})
_OTHER_VERB_SET = frozenset(languages.VERBS_BEFORE.split("|")) | languages.SEPARATED_CUES


@dataclass(frozen=True, slots=True)  # slots: a paragraph of quotes makes one per quote
class Attribution:
    speaker: str | None
    cue: str | None


NONE = Attribution(None, None)


def attribute_quotes(paragraph: str, spans: list[QuoteSpan]) -> list[Attribution]:
    """The speaker and cue of each quote span of one paragraph, in order."""
    if not spans:
        return []
    sentences = _Sentences(paragraph, spans)
    names = _Names(sentences.masked)
    cues = _Cues(sentences, names)
    out: list[Attribution] = []
    after_attributed: list[bool] = []
    for k, span in enumerate(spans):
        found = cues.after(span)
        is_after = found is not None
        if found is None:
            found = cues.before(span)
        if (
            found is None
            and k > 0
            and out[k - 1].speaker is not None
            and cues.continues(spans[k - 1], span, after_attributed[k - 1], out[k - 1].cue)
        ):
            found = (Attribution(out[k - 1].speaker, None), None)
        if found is None:
            out.append(NONE)
            after_attributed.append(False)
            continue
        attribution, pronoun_at = found
        if pronoun_at is not None:
            speaker = _resolve_pronoun(names, pronoun_at, out, spans)
            # Several people before the pronoun: the subject of the sentence before, where a quote opens the
            # sentence (not where the sentence mentions the quoted words: 'saw only the bare words “404 Not Found,”
            # she wrote a replacement', u25-32)
            sentence_at = sentences.start(span.open_at)
            if speaker is None and sentence_at > 0 and sentences.masked[sentence_at] in _QUOTE_OPENERS:
                speaker = _subject_before(names, sentences.start(sentence_at - 1), pronoun_at)
                if speaker is not None and not _according_sex_holds(names.masked, pronoun_at, speaker):
                    speaker = None  # ('Paul Sousa chegou cedo. “…”, disse ela': the re-check of the final review)
            # (after another language's verb: 'Veerman Harm Dijkstra … “…”, zegt hij', 'Pensionären Gunnel Åberg …
            # "…", sa hon', u53-28)
            if speaker is not None and (
                attribution.cue in _OTHER_VERB_SET
                or attribution.cue in languages.VERBS_BEFORE_PRONOUN
                or attribution.cue in languages.ACCORDING_TO_PRONOUN_OPENERS
            ):
                speaker = languages.without_sentence_role(paragraph, languages.without_german_lead(speaker))
            attribution = Attribution(speaker, attribution.cue) if speaker else NONE
        if attribution.speaker is not None:
            plain = _plain_speaker(_without_opening_noun(paragraph, attribution.speaker))
            if plain in _OPENING_WORDS and _only_opens_sentences(paragraph, plain):
                plain = None
            attribution = Attribution(plain, attribution.cue) if plain else NONE
        if attribution.cue in languages.WRITER_TOLD and not _opens_clause_as_name(paragraph, span, attribution.speaker):
            attribution = NONE
        out.append(attribution)
        after_attributed.append(is_after and attribution.speaker is not None)
    return out


# How a role noun ends (English, Polish and Czech, the Romance languages): the first word of a name at a sentence's
# start is cut only then, since the given-name lists lack many real names ('Kwame Anthony Appiah', 'Nerea Lorenzo
# García', 'Lise Marie Jensen': break49).
_ROLE_ENDING = re.compile(
    r"(?:er|or|ist|ian|ant|ent|man|woman|guard|eer|ess|ka|arz|ista|ysta|ora|ero|era|ante|ente|ore|ice|aire|eur|euse|lord|"
    # ('Przewoźnik Zbigniew Kaczmarek': u81-39; Czech 'Trenér Petr Rada', 'Ředitel …': break52)
    r"lady|ican|nik|ér|itel)$"
)


_COLON_REACH = 4  # characters between a name and its quote: ': “', ' : “'


def _name_then_colon(names: _Names, m: str, sent: int, quote_at: int) -> str | None:
    """A person's name that is its sentence up to a colon and the quote, as papers set a speaker's words apart
    ('Fractievoorzitter Ahmed El Idrissi: “…”', 'Wethouder Sanne van Dijk: “…”': u72-35): a given name of the lists
    and a surname, maybe after a capitalised role (which `_without_opening_noun` and the languages' role rules take
    off). Not a noun before a colon ('Het besluit: “…”'), nor a name with more words than that before the colon."""
    # (the colon first, by the few characters before the quote: a paragraph of quotes with no sentence's end has its
    # sentence start at 0 for every quote, and a slice from there was quadratic, 13.7 s for 1 MB: a hostile test)
    if not m[max(sent, quote_at - _COLON_REACH) : quote_at].rstrip().endswith(":"):
        return None
    run = names.run_at(sent)
    if run is None or run.possessive or quote_at - run.end > _COLON_REACH or m[run.end : quote_at].strip() != ":":
        return None
    tokens = run.tokens
    # a given name first, or a role by its ending and then the name ('Fractievoorzitter Ahmed El Idrissi'); not a
    # word of another kind before the name ('Reactie van Mark Rutte', 'Foto Anna de Boer', 'Voor Jan de Vries': the
    # final review)
    role = len(tokens) >= 3 and languages.CAPITALISED_ROLE.match(tokens[0]) is not None and tokens[1][:1].isupper()
    if len(tokens) < 2 or not (role or tokens[0].lower() in ALL_GIVEN_NAMES):
        return None
    name = names.name_of(run, sure=True)
    return languages.without_sentence_role(m, name) if name else None


def _without_opening_noun(paragraph: str, name: str) -> str:
    """A name of three words or more that opens a sentence without its first word, when that word is no given name of
    the lists but ends as a role noun does (`_ROLE_ENDING`) and the second is a listed given name: a role the
    sentence's start capitalised ('Lifeguard Connor Bright said', 'Skrzypaczka Maria Lewandowska-Ruiz, która …,
    powiedziała': u68, u71). Not a double given name ('Jean Marie Dupont', 'Kwame Anthony Appiah': break49), nor a
    name that stands elsewhere than a sentence's start."""
    words = name.split()
    if (
        len(words) < 3
        or words[0].lower() in ALL_GIVEN_NAMES
        or _ROLE_ENDING.search(words[0]) is None
        or words[1].lower() not in ALL_GIVEN_NAMES
        or not words[2][:1].isupper()
        or not languages.opens_a_sentence(paragraph, name)
    ):
        return name
    return " ".join(words[1:])


def _opens_clause_as_name(paragraph: str, span: QuoteSpan, speaker: str | None) -> bool:
    """Whether the speaker a French `m’a dit` found is a person's name of two words or more that opens its sentence
    or follows a comma (its apposition: 'Le rédacteur en chef, Pascal Guérin, m’a dit'); not a pronoun ('Il m’a dit',
    'Quelqu’un m’a dit'), a name after a particle ('L’avocat de Paul Girard m’a dit') or a verb's object ('Le
    journaliste qui a interrogé Paul Girard m’a dit': a review)."""
    if speaker is None or len(speaker.split()) < 2 or not speaker[0].isupper():
        return False
    # (within the reach of an attribution before its quote, and without copying the paragraph before it: a 2 MB
    # paragraph of such quotes took 13.6 s in quote_rows, a hostile test)
    at = paragraph.rfind(speaker, max(0, span.open_at - _WINDOW - _NAME_SPAN), span.open_at)
    if at < 0:
        return False
    while at > 0 and paragraph[at - 1].isspace():
        at -= 1
    return at == 0 or paragraph[at - 1] in ".,:;!?"


_QUOTE_OPENERS = '\u201c"'


def _plain_speaker(name: str) -> str | None:
    """A speaker's name without what its run took in around it (u48): a pronoun with a contraction is no one ('They’d
    surveyed the site … and called it “…”'); a person from a place is the person ('One reader, Tomasz Wieczorek of
    Larchfield, wrote'); a role ending in -ist before a given name is no part of the name ('Horticulturist Fiona
    Strachan says'); both cut in that order ('Horticulturist Fiona Strachan of Larchfield'); a preposition before a
    given name is no part of it, nor an affiliation after 'van' or 'von' (`_name_before_van`). Other runs are returned
    as they are."""
    words = name.split(" ")
    if all(_CONTRACTED_PRONOUN.match(word) for word in words):  # ('They’d They’d'; not 'Sarah Ortiz of It’s On Us')
        return None
    if len(words) >= 3 and words[0].endswith("ist") and words[0].lower() not in _NOT_ROLES_IN_IST:
        person = words[1 : words.index("of")] if "of" in words else words[1:]
        if len(person) >= 2 and person[0].lower() in GIVEN_NAMES and _is_person(" ".join(person)):
            words = words[1:]
    if len(words) >= 3 and _ELIDED_ROLE.match(words[0]):
        words = words[1:]  # an elided article and a role opening its sentence: 'L’avvocato Marco Bellandi' (u46-28)
    if "of" in words:
        words = list(_name_around_of(tuple(words)))
    if len(words) >= 3 and words[0] in _LEADING_PARTICLES and words[1][:1].isupper():
        # a preposition before a capitalised name of two words or more: 'la versione di Rosa Santangelo' (u66-34), 'en
        # casa de Rafaela Moreno' (u69-33, a given name the lists lack); not a surname's own, 'de la Cruz'
        words = words[1:]
    return " ".join(_name_before_van(words))


# Words that open a sentence before another language's verb without being anyone: an object pronoun ('Lo dijo el
# alcalde, Name: “…”'), 'as' ('Como resumió uno de ellos, Name, “…”', 'Jak mówi Jan Sobczak'); dropped only where every
# one of the paragraph stands so: elsewhere it is a name ('“…,” Lo said', 'dijo Lo a EFE', 'Perry Como': break50).
_OPENING_WORDS = frozenset({"Lo", "Se", "Nos", "Lhe", "Gli", "Como", "Comme", "Jak", "Wie"})
# Particles that open no name before a given name (Italian, Spanish and Portuguese 'of'; 'di Maio' keeps its own).
_LEADING_PARTICLES = frozenset({"di", "de", "da", "del", "della", "do", "dos"})


@functools.lru_cache(maxsize=256)
def _only_opens_sentences(paragraph: str, word: str) -> bool:
    """Whether every `word` of the paragraph opens its sentence before another language's reporting verb
    (`_OPENING_WORDS`). Read once per paragraph and word: a paragraph of many quotes asks for each (it read the whole
    paragraph before each occurrence for every quote, cubic: 200 KB took 301 s, the final review)."""
    found = [match.start() for match in re.finditer(rf"\b{word}\b", paragraph)]
    return bool(found) and all(_opens_before_verb(paragraph, at, len(word)) for at in found)


_CLOSING_MARKS = " \u201d\u2019\"')"  # what may stand between a sentence's end and the next word: 'recurrir.” Lo dijo'


def _opens_before_verb(paragraph: str, at: int, length: int) -> bool:
    """Whether the word at `at` opens its sentence before another language's reporting verb ('Lo dijo', 'Jak mówi';
    not an English one: 'Lo said …', 'Wie said …', 'Como later said …' name them: break51)."""
    before = at - 1
    while before >= 0 and paragraph[before] in _CLOSING_MARKS:  # (looked back without copying the text before it)
        before -= 1
    opens = before < 0 or paragraph[before] in ".!?"  # (not after a quote's comma: '“…,” Lo said')
    following = paragraph[at + length + 1 : at + length + 40].split(" ", 1)[0].strip(",;:")
    return opens and following in _OTHER_VERB_SET


def _name_before_van(words: list[str]) -> list[str]:
    """A Dutch or German speaker's affiliation after 'van' or 'von' (with 'de', 'het', 'der' …) is no part of the name
    when a given name and a surname stand before it: 'Jeroen Bakker van Weerplaza', 'Lotte Brinkman van de Woonbond'
    (u63-35, u65-35, b33-15); a second given name before it is the name's own particle ('Jan Peter van den Berg'), and
    so is a title of nobility or a patronymic ('Alexander Graf von Lambsdorff', 'Pieter Janse van Rensburg')."""
    if len(words) >= 5 and words[1] in _SURNAME_PARTICLES and words[0].lower() in ALL_GIVEN_NAMES:
        # a surname with its particles, then an affiliation ('Sanne van der Heijden van Rijkswaterstaat': u82-35)
        for k in range(3, len(words) - 1):
            if words[k] in ("van", "von", "vom") and words[k - 1][:1].isupper() and _names_an_org(words[k + 1 :]):
                return words[:k]
        return words
    if len(words) < 4 or words[2] not in ("van", "von", "vom"):
        return words
    given, surname = words[0], words[1]
    if (
        given.lower() in ALL_GIVEN_NAMES
        and surname[:1].isupper()
        and surname.lower() not in ALL_GIVEN_NAMES
        and surname.lower() not in _NOBILITY
        and (not _is_patronymic(surname) or _names_a_body(words[3:]))
    ):
        return words[:2]
    return words


def _affiliated(run: tuple[str, ...], best: tuple[str, ...], tokens: tuple[str, ...]) -> bool:
    """Whether a run of four words or more is a fuller name of `tokens` (a surname; `best` found none longer) once its
    affiliation is cut."""
    return len(run) >= 4 and len(best) < 2 and _ends_with(_affiliation_cut(run), tokens)


def _affiliation_cut(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """A run's name without its Dutch or German affiliation (`_name_before_van`), for a surname's fullest form."""
    return tuple(_name_before_van(list(tokens)))


_SURNAME_PARTICLES = frozenset("van von de den der ter te".split())


def _is_patronymic(surname: str) -> bool:
    """Whether a surname before 'van' is a patronymic of a compound surname: in '-sen', '-szoon', '-sz', or a given
    name with '-s' or '-se' ('Jansen', 'Janse', 'Hendriks', 'Hermans'; not 'Oosterhuis', which only ends in 's':
    u63-35)."""
    low = surname.lower()
    if _PATRONYMIC.search(low):
        return True
    return any(low.endswith(end) and low[: -len(end)] in ALL_GIVEN_NAMES for end in ("se", "s"))


def _names_an_org(words: list[str]) -> bool:
    """Whether the words after a second 'van' name a body, not a double surname's second part ('Sanne van der Heijden
    van Rijkswaterstaat'; not 'Sophie de Vos van Steenwijk', 'Maarten van der Goes van Naters': break51)."""
    body = words[1:] if words and words[0] in ("de", "het", "der") else words
    return _names_a_body(words) or bool(
        body and (body[0].lower() in _DUTCH_BODIES or body[0].lower().endswith(_DUTCH_ORGANISATION_HEADS))
    )


_DUTCH_BODIES = frozenset(
    "rijkswaterstaat gemeente provincie politie universiteit hogeschool ziekenhuis waterschap brandweer ggd".split()
)


def _names_a_body(words: list[str]) -> bool:
    """Whether the words after 'van' are an acronym, after an article or not: a party or a body ('van de VVD', 'van het
    CDA', 'van NS'), which no compound surname is ('Sophie Hermans van de VVD': the last hostile test)."""
    body = words[1:] if words and words[0] in ("de", "het", "der") else words  # ('van NS': u73-35)
    return len(body) >= 1 and len(body[0]) >= 2 and body[0].isupper()


# What stands before 'von' or 'van' in a name of its own: a title of nobility ('Alexander Graf von Lambsdorff'), a
# patronymic of a compound surname ('Pieter Janse van Rensburg', 'Ricardo Jansen van Galen': a review).
_NOBILITY = frozenset("graf gräfin fürst fürstin freiherr freifrau prinz prinzessin ritter edler baron baronin".split())
_PATRONYMIC = re.compile(r"(?:sen|sens|szoon|zoon|sz)$")  # ('Janssens van Beveren': the final review)


# An elided article with a lower-case noun after it ('L’avvocato', 'L’assessore'; not 'D’Alema', 'O’Brien').
_ELIDED_ROLE = re.compile(r"^[LlDd][’'][a-zà-ÿ]")


# Words in -ist that name a church, not a role ('Methodist Victoria Hall', 'Baptist Elizabeth Street Church').
_DENOMINATIONS = frozenset("baptist methodist adventist evangelist pentecostalist congregationalist calvinist".split())
_NOT_ROLES_IN_IST = GIVEN_NAMES | _DENOMINATIONS


def _person_before_of(m: str, runs: list[_Run], pos: int) -> list[_Run]:
    """After 'according to' at `pos`, a person's name right there, then 'of' and where the person is from: the person,
    not the group named after ('According to Mariam Sethi of the campaign group Consent Matters, “…”': u64-26; not
    'According to the Bank of Ireland', which is no person). Otherwise the runs as they are."""
    if runs and runs[0].raw_start == pos and m.startswith(" of ", runs[0].end) and _is_person(" ".join(runs[0].tokens)):
        return runs[:1]
    return runs


def _name_around_of(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """A speaker's run with 'of' in it: a person from a place is the person, a given name and a surname before 'of'
    ('Albert Fennimore of Dunmore', 'Tomasz Wieczorek of Larchfield'); anything else stays whole ('Duke of
    Edinburgh', 'Catherine of Aragon', 'Queen Mary of Teck', 'Victoria University of Wellington', 'John Jay College
    of Criminal Justice': break33)."""
    at = tokens.index("of")
    before, after = tokens[:at], tokens[at + 1 :]
    if (
        len(before) == 2
        and before[0].lower() in GIVEN_NAMES
        and before[1].lower() not in _TITLES_AND_RANKS  # ('Catherine Duchess of Cambridge')
        and _is_person(" ".join(before))
    ):
        return before
    # A given name the lists do not hold, before an organisation's name of two words or more: 'Fionnuala Hegarty of
    # Brokers Ireland West', 'Cathal Mac Giolla of Harcourt Securities' (b33-08); not a title's or a rank's run
    # ('Prime Minister of …', 'Grand Duke of …'), nor a place's ('United States of America').
    if (
        2 <= len(before) <= 3
        and sum(1 for word in after if word[:1].isupper()) >= 2
        and not any(word.lower() in _TITLES_AND_RANKS or word.lower() in NOT_NAMES for word in before)
        # (an organisation's words: 'Friendly Sons', 'Knights Hospitaller', 'Independent Order', 'Concerned Parents':
        # break47; listed, as a suffix takes surnames too: 'Hughes', 'Matthews', 'Kelly': a review)
        and _ORGANISATION_NAME_WORDS.isdisjoint(word.lower() for word in before)
        and _is_person(" ".join(before))
    ):
        return before
    return tokens


_ORGANISATION_NAME_WORDS = frozenset(
    """sons daughters knights friends parents tenants residents neighbours neighbors hearts fellows veterans mothers
    fathers sisters brothers women men citizens families workers members supporters survivors volunteers mums dads
    order society league guild lodge club union alliance network coalition campaign committee council association
    friendly independent concerned brave united free royal ancient loyal grand national international fraternal
    benevolent patriotic""".split()
)


_RANKS = frozenset(
    "duke duchess earl countess baron baroness prince princess lord lady marquess marchioness viscount viscountess "
    "king queen".split()
)


_CONTRACTED_PRONOUN = re.compile(r"^(?:i|you|he|she|it|we|they)[’'](?:d|s|ll|ve|re|m)$", re.IGNORECASE)


# One word of a paragraph as `_words` reads it:
#     start, end, core, capitalised, ends_run, possessive, opened = word
# `core` is text[start:end], the word without its opening marks, closing marks, sentence period or
# possessive ending; `capitalised`: core starts with a capital and holds no masked quote; `ends_run`:
# a closing mark or sentence period was cut off it; `possessive`: the word with its possessive ending
# ('Columba’s'), else None; `opened`: it opened a quotation or parenthesis. A plain tuple read by
# unpacking, not a NamedTuple: a paragraph makes one per candidate word, and making a NamedTuple
# costs about 7 times as much as a tuple (Python-level __new__).
_Word = tuple[int, int, str, bool, bool, str | None, bool]


class _Run(NamedTuple):
    """A run of capitalised words (a tuple: a paragraph makes thousands, and tuples are quick to make)."""

    raw_start: int  # where the run starts, titles included
    start: int  # where the name starts, titles dropped
    end: int
    tokens: tuple[str, ...]  # the name's words, titles dropped
    titled: bool  # a title was dropped ('Judge …'): what is left is surely a name
    possessive: bool = False  # the run ends in ’s: 'Biden’s spokesman' names someone else


class _Sentences:
    """A paragraph with its quotes masked out, so that names and sentence ends are read outside quotes
    only, and where its sentences start."""

    __slots__ = ("text", "masked", "starts")

    def __init__(self, text: str, spans: list[QuoteSpan]) -> None:
        self.text = text
        self.masked = _masked(text, spans)
        self.starts = _sentence_starts(self.masked)

    def start(self, at: int) -> int:
        """Where the sentence holding `at` starts."""
        return self.starts[bisect.bisect_right(self.starts, at) - 1]

    def index(self, at: int) -> int:
        """The number of the sentence holding `at` (0 for the first)."""
        return bisect.bisect_right(self.starts, at) - 1


_CLEFT = "It was "  # 'It was Name … who said, “…”'
_CLEFT_OTHER_CLAUSE = re.compile(r", and (?!not )|\b(?:when|where|while|before|after|because)\b")


def _final_mark(text: str, span: QuoteSpan) -> str:
    """A quote's last character; when a quotation inside ends it, the mark before that quotation's
    closing mark: '“… must be as easy as ‘accept,’” said Name' ends in its comma."""
    last = text[span.end - 1]
    if last in "\u2019'" and span.end - span.start >= 2 and text[span.end - 2] in _CLOSING_PUNCTUATION:
        return text[span.end - 2]
    return last


_CLOSING_PUNCTUATION = ".?!,\u2014\u2013-\u2026"


def _masked(text: str, spans: list[QuoteSpan]) -> str:
    """The paragraph with each quote's inside replaced by _MASK characters, same length."""
    pieces, pos = [], 0
    for s in spans:
        pieces.append(text[pos : s.open_at + 1])
        inside = s.close_at - s.open_at - 1
        last = _final_mark(text, s)
        # Keep a final '.?!,' so that 'recount.” He' still ends a sentence.
        pieces.append(_MASK * (inside - 1) + last if last in ".?!," else _MASK * inside)
        pos = s.close_at
    pieces.append(text[pos:])
    return "".join(pieces)


def _sentence_starts(m: str) -> list[int]:
    """Where the sentences of a masked paragraph start: after a sentence end that no abbreviation makes."""
    starts = [0]
    first_space = m.find(" ")
    for match in _sentence_ends(m):
        end_at = match.start()
        if m[end_at] == ".":
            word_at = m.rfind(" ", max(0, end_at - 16), end_at) + 1
            # With no space in those 16 characters the word read is the paragraph up to the
            # period; if that holds a space it is no abbreviation (none has a space, and a space
            # is no initial). Deciding so without slicing and lowercasing it keeps a paragraph of
            # long quotes linear (a masked quote has no spaces); every sentence end but the first
            # has a space before it, so the slice below is long at most once per paragraph.
            if word_at == 0 and 0 <= first_space < end_at:
                pass
            elif _is_abbreviation(m[word_at : end_at + 1].lstrip(_OPENERS)):
                continue
        nxt = match.end()
        while nxt < len(m) and m[nxt] == " ":
            nxt += 1
        starts.append(nxt)
    return starts


def _sentence_ends(m: str) -> list[re.Match]:
    """`_SENTENCE_END.finditer(m)` as a list: the pattern tried only where a '.', '?' or '!' is. A
    search for a pattern that opens with a character class tests the class at every character (a
    twentieth of attribution's time); str.find skips to the next mark in C. The matches are the same:
    a match at one mark holds no other mark (only closing marks follow it), so no match hides one."""
    ends = []
    for mark in ".?!":
        at = m.find(mark)
        while at >= 0:
            match = _SENTENCE_END.match(m, at)
            if match is not None:
                ends.append(match)
            at = m.find(mark, at + 1)
    if len(ends) > 1:
        ends.sort(key=_match_start)
    return ends


_match_start = operator.methodcaller("start")


class _Names:
    """The name runs of a masked paragraph (read once, or a long paragraph's in chunks), and the
    fullest form of each name."""

    __slots__ = ("masked", "_runs", "_raw_starts", "_ends", "_chunks", "_fullest")

    def __init__(self, masked: str) -> None:
        self.masked = masked
        self._fullest: dict[tuple[str, ...] | tuple[tuple[str, ...], int], tuple[str, ...]] = {}
        self._runs: list[_Run] | None = None
        self._raw_starts: list[int] = []
        self._ends: list[int] = []
        self._chunks: dict[int, list[_Run]] = {}

    # --- names ------------------------------------------------------------------------------
    def all_runs(self) -> list[_Run] | None:
        """Every name run of the paragraph, read once, for paragraphs of ordinary length; None for a
        longer one, whose look-ups read bounded windows instead."""
        if self._runs is None and len(self.masked) <= _FULL_SCAN_CHARS:
            self._runs = list(_name_runs(self.masked, 0, len(self.masked)))
            self._raw_starts = [r.raw_start for r in self._runs]
            self._ends = [r.end for r in self._runs]
        return self._runs

    def runs_in(self, lo: int, hi: int) -> list[_Run]:
        lo, hi = max(0, lo), min(hi, len(self.masked))
        runs = self.all_runs()
        if runs is not None:
            i = bisect.bisect_left(self._raw_starts, lo)
            j = bisect.bisect_right(self._ends, hi)
            return runs[i:j]
        # A long paragraph is read in chunks, a few of them kept: quotes are looked at left to right
        # and look back a bounded way, so each chunk is read about once and memory stays flat.
        out: list[_Run] = []
        for chunk in range(lo // _CHUNK, (hi - 1) // _CHUNK + 1 if hi > lo else lo // _CHUNK):
            out.extend(r for r in self._chunk_runs(chunk) if r.raw_start >= lo and r.end <= hi)
        return out

    def _chunk_runs(self, chunk: int) -> list[_Run]:
        if chunk not in self._chunks:
            if len(self._chunks) >= _CHUNKS_KEPT:
                del self._chunks[next(iter(self._chunks))]
            lo, hi = chunk * _CHUNK, min((chunk + 1) * _CHUNK, len(self.masked))
            # Chunks start after a space, so no word is cut; a name across a chunk edge is read in two.
            lo = self._word_start(lo)
            hi = self._word_start(hi) if hi < len(self.masked) else hi
            self._chunks[chunk] = list(_name_runs(self.masked, lo, hi))
        return self._chunks[chunk]

    def _word_start(self, at: int) -> int:
        if at == 0 or self.masked[at - 1].isspace():
            return at
        space = self.masked.find(" ", at)
        return len(self.masked) if space < 0 else space + 1

    def run_at(self, pos: int) -> _Run | None:
        """The name run that starts (titles included) exactly at `pos`."""
        if pos >= len(self.masked) or not (self.masked[pos].isupper() or self.masked[pos].islower()):
            return None
        runs = self.all_runs()
        if runs is not None:
            i = bisect.bisect_left(self._raw_starts, pos)
            return runs[i] if i < len(runs) and runs[i].raw_start == pos else None
        for run in _name_runs(self.masked, pos, min(pos + _NAME_SPAN, len(self.masked))):
            return run if run.raw_start == pos else None
        return None

    def run_ending_at(self, end: int, lo: int) -> _Run | None:
        runs = self.all_runs()
        if runs is not None:
            i = bisect.bisect_left(self._ends, end)
            return runs[i] if i < len(runs) and runs[i].end == end and runs[i].raw_start >= lo else None
        runs = self.runs_in(max(lo, end - _NAME_SPAN), end)
        return runs[-1] if runs and runs[-1].end == end else None

    def name_of(self, run: _Run, sure: bool) -> str | None:
        """The fullest form of a run's name in the paragraph; None for a lone word that may only be
        a capitalised first word ('Critics said …') and is not confirmed by a longer name."""
        if run.possessive:
            return None  # 'said President Biden’s spokesman': the spokesman speaks, unnamed
        tokens = self.fullest(run.tokens, run.start)
        if len(tokens) == 1:
            word = tokens[0]
            if not (sure or run.titled or (word.isupper() and len(word) > 1) or not _common_subject(word)):
                return None
        return " ".join(tokens)

    def fullest(self, tokens: tuple[str, ...], at: int = 0) -> tuple[str, ...]:
        """The longest name in the paragraph that ends with these words (a surname) or begins with them;
        in a long paragraph, among the names within the pronoun window of `at`."""
        key = tokens if self.all_runs() is not None else (tokens, at // _CHUNK)
        if key not in self._fullest:
            self._fullest[key] = self._find_fullest(tokens, at)
        return self._fullest[key]

    def _find_fullest(self, tokens: tuple[str, ...], at: int) -> tuple[str, ...]:
        best = tokens
        runs = self.all_runs()
        if runs is not None:
            for other in runs:
                if len(other.tokens) > len(best) and (
                    _ends_with(other.tokens, tokens) or _starts_with(other.tokens, tokens)
                ):
                    best = other.tokens
                elif _affiliated(other.tokens, best, tokens):
                    best = _affiliation_cut(other.tokens)  # 'Thijs Verhoeven van Hogeschool IJsselland' (u78-35)
            return best
        m = self.masked
        lo, hi = max(0, at - _PRONOUN_WINDOW), at + _PRONOUN_WINDOW  # bounded: linear in the paragraph
        for word in {tokens[-1], tokens[0]}:
            at, seen = m.find(word, lo, hi), 0
            while at >= 0 and seen < _MAX_OCCURRENCES:
                seen += 1
                for other in self.runs_in(at - _NAME_SPAN, at + _NAME_SPAN):
                    if not other.start <= at < other.end:
                        continue
                    if len(other.tokens) > len(best) and (
                        _ends_with(other.tokens, tokens) or _starts_with(other.tokens, tokens)
                    ):
                        best = other.tokens
                    elif _affiliated(other.tokens, best, tokens):
                        best = _affiliation_cut(other.tokens)
                at = m.find(word, at + len(word), hi)
        return best

    def governed(self, run: _Run, words: frozenset[str] = frozenset()) -> bool:
        """Whether the word before the run (past 'the') is a preposition or one of `words`: the name is
        then an object or a modifier ('at Prairie Valley', 'for the Department of Health', 'his
        Baton Rouge office'), not someone acting in the sentence."""
        before = self.masked[max(0, run.raw_start - 24) : run.raw_start].split()
        if before and before[-1].lower() == "the" and "the" not in words:
            before = before[:-1]
        return bool(before) and (before[-1].lower() in PLACE_PREPOSITIONS or before[-1].lower() in words)


class _Subjects:
    """Who a clause names as the one who speaks: after 'according to', as the subject of a verb, at
    a sentence's start, or the organisation that 'the network' stands for."""

    __slots__ = ("masked", "sentences", "names")

    def __init__(self, sentences: _Sentences, names: _Names) -> None:
        self.masked = sentences.masked
        self.sentences = sentences
        self.names = names

    def name_at(self, pos: int, allow_the: bool = False) -> str | None:
        m = self.masked
        if allow_the and m.startswith(_DESCRIPTOR_OPENERS, pos):
            named = self.described_name_at(pos)  # 'said her son, Daniel Kole'
            if named is not None:
                return named
        if allow_the and m.startswith("the ", pos):
            # 'said the chief Garda spokesman': after 'the', a role word describes what follows; no skipping
            run = self.names.run_at(pos + 4)
        else:
            run = self.names.run_at(_after_roles(m, pos, after_verb=True))  # 'said publisher Rosa Delgado'
            if run is not None:  # 'said Ryanair chief executive Michael O’Leary'
                run = _name_after_roles(self.names, m, run) or run
        if run is not None and m.startswith(" and ", run.end) and self.names.run_at(run.end + 5) is not None:
            return None  # 'said Smith and Jones': two people
        return self.names.name_of(run, sure=True) if run else None

    def described_name_at(self, pos: int) -> str | None:
        """'her son, Daniel Kole', 'the club’s secretary, Mary Byrne': lower-case words that describe
        someone, a comma, then the name; None when the words hold anything else or no name follows."""
        m = self.masked
        comma = m.find(", ", pos, pos + _DESCRIPTOR_CHARS)
        if comma < 0:
            return self._possessive_role_name_at(pos)
        words = m[pos:comma].split()
        run = self.names.run_at(comma + 2)
        if len(words) > _DESCRIPTOR_WORDS or not _plain_descriptor(words, m, run):
            return None  # a capital, a quote, a digit or a period: not a plain descriptor
        name = self.names.name_of(run, sure=True) if run is not None and not run.possessive else None
        if name is not None and m.startswith(_ONE_OF_MANY, pos) and not _is_person(name):
            return None
        return name

    def _possessive_role_name_at(self, pos: int) -> str | None:
        """'her former colleague Hamish Oduya', 'his lawyer John Smith': a possessive, one to three lower-case
        words that are no preposition, conjunction or verb's helper, then a name of two words or more."""
        m = self.masked
        found = _POSSESSIVE_ROLE.match(m, pos)
        if found is None or any(w in _NOT_DESCRIPTOR for w in found.group(1).split()):
            return None
        run = self.names.run_at(found.end())
        if run is None or run.possessive or len(run.tokens) < 2:
            return None
        return self.names.name_of(run, sure=True)

    def _apposed_name_at(self, pos: int) -> str | None:
        """`described_name_at` when a comma or colon closes the name: an apposition ('the study’s lead author,
        Dr. Jane Roe, …'), not the subject of the reported clause ('According to the prosecution, Smith
        “knowingly misled” …', 'Secondo gli inquirenti, Marco Rossi avrebbe …')."""
        m = self.masked
        comma = m.find(", ", pos, pos + _DESCRIPTOR_CHARS)
        run = self.names.run_at(comma + 2) if comma >= 0 else None
        if run is None or m[run.end : run.end + 1] not in (",", ":"):
            return None
        return self.described_name_at(pos)

    def described_or_according(self, pos: int) -> str | None:
        """After another language's 'according to': a descriptor, a comma and the name closed by a comma ('il
        presidente della Pro Loco, Franco Bellini, “…”'), or the name right after the opener, of two words or
        an acronym ('Selon Hélène Dubois, …'; 'Laut Polizei' names no one: German capitalises its nouns)."""
        name = self._apposed_name_at(pos)
        run = self.names.run_at(self.sentences.start(pos)) or self.names.run_at(pos)  # ('Selon Hélène Dubois': the
        # run took the opener in; a dash before it, '—Según la Junta …', leaves the run to start after it)
        if run is None:  # 'Segundo a Associação …': the opener and the article make no run
            article = self.masked[pos : pos + 4].split(" ", 1)[0]
            run = self.names.run_at(pos + len(article) + 1) if article.lower() in languages.ARTICLES else None
        if name is None and run is not None and not run.possessive and _opens_the_clause(self.masked, pos, run):
            name = _name_after_opener(self.masked, pos, run, self.names.name_of(run, sure=True))
        name = name if name is not None else _role_then_name(self.names, self.masked, pos)
        return _organisation_or(self.masked, pos, _without_organisation_article(name))

    def according_to_name(self, pos: int) -> str | None:
        """'according to [the descriptor] Name,': the last name run before the clause's comma."""
        m = self.masked
        end = min(pos + _WINDOW, len(m))
        for stop in (",", _MASK, "\u201c", '"'):
            k = m.find(stop, pos, end)
            if k >= 0:
                end = k
        nxt = bisect.bisect_right(self.sentences.starts, pos)
        if nxt < len(self.sentences.starts):
            end = min(end, self.sentences.starts[nxt])
        # 'research by Sunita Rao of the Centre for …': the last name that no preposition governs.
        runs = [r for r in self.names.runs_in(pos, end) if r.raw_start == pos or not self.names.governed(r)]
        runs = _person_before_of(m, runs, pos)
        if not runs:
            document = _DOCUMENT_FROM.match(m, pos, end)  # 'According to a status update from Stratacloud, …'
            if document is not None:
                at = document.end() + (4 if m.startswith("the ", document.end()) else 0)
                run = _organisation_on(self.names, m, self.names.run_at(at))
                if run is not None and run.end <= end:
                    return self.names.name_of(run, sure=True)
                # ('a statement from his solicitor, Ciarán Burke,': the descriptor's name, as below)
            # 'According to the study’s lead author, Dr. Name, “…”': the descriptor, a comma, the name
            return self._apposed_name_at(pos) if m.startswith(_DESCRIPTOR_OPENERS, pos) else None
        return self.names.name_of(runs[-1], sure=runs[-1].raw_start != self.sentences.start(pos))

    def subject_before(self, lo: int, verb_at: int) -> str | None:
        """The name that is the subject of a verb at `verb_at`: 'Name said', 'Name, a role, said'."""
        pre = self.masked[lo:verb_at].rstrip()
        end = lo + len(pre)
        if pre.endswith(","):
            # Skip appositions ('Name, 24, who …, said'); a segment that ends in a name not governed
            # by a preposition is the subject ('The review’s author, the minister Dame Ann Lee, wrote').
            segments = pre[:-1].split(",")
            end -= 1
            for _ in range(_APPOSITION_SEGMENTS):
                if len(segments) < 2:
                    break
                last = segments[-1].lstrip()
                first_word = last.split(" ", 1)[0].lower()
                if first_word not in _APPOSITION_OPENERS and not first_word[:1].isdigit():
                    ending = self.names.run_ending_at(end, end - len(segments[-1]))
                    # (a lower-case apposition that ends in one capitalised word, 'emerytka z osiedla Kolejowego',
                    # names a place or a thing, in languages that need no preposition for it)
                    if (
                        ending is not None
                        and not self.names.governed(ending, OBJECT_BEFORE)
                        and not (
                            last[:1].islower()
                            and len(ending.tokens) == 1
                            and not _only_roles(self.masked[end - len(segments[-1]) : ending.raw_start])
                        )
                    ):
                        if not _apposition_of(self.names, segments, end, lo):
                            break  # the subject
                        end -= len(segments[-1]) + 1
                        segments.pop()
                        continue
                if last and (last[0].islower() or last[0].isdigit()):
                    end -= len(segments[-1]) + 1
                    segments.pop()
                else:
                    break
        run = self.names.run_ending_at(end, lo)
        if run is not None:
            run = _organisation_back(self.names, self.masked, run, lo)  # 'The Sisters of St Louis said'
        if run is None or self.names.governed(run, OBJECT_BEFORE):
            # 'Inspector Gordon Faulk of the provincial police said': the name that opens the clause,
            # followed only by a prepositional phrase. ('a spokesperson for the Department of Health
            # said' has no name opening it, so it stays null.)
            return self._name_with_phrase(lo, end)
        return self.names.name_of(run, sure=run.raw_start != self.sentences.start(run.raw_start))

    def _name_with_phrase(self, lo: int, end: int) -> str | None:
        m = self.masked
        clause = max(lo, m.rfind(", ", lo, end) + 2 if m.rfind(", ", lo, end) >= 0 else lo)
        run = self.names.run_at(clause)
        if run is None or run.end >= end:
            return None
        phrase = m[run.end : end]
        words = phrase.split()
        if not words or words[0] not in ("of", "at", "from", "for", "with") or len(phrase) > 100:
            return None
        if any(c in phrase for c in (",", ";", ":", _MASK, "\u201c", '"')):
            return None
        return self.names.name_of(run, sure=run.raw_start != self.sentences.start(run.raw_start))

    def sentence_subject(self, sent: int) -> str | None:
        """The name a sentence opens with, after an introductory phrase ('In dissent, Justice …')."""
        run = self.names.run_at(sent)
        if run is None:
            comma = self.masked.find(", ", sent, sent + 100)
            if comma < 0 or _MASK in self.masked[sent:comma]:
                return None
            run = self.names.run_at(comma + 2)
            if run is None:
                return None
            return self.names.name_of(run, sure=True)
        return self.names.name_of(run, sure=False)

    def organisation_called(self, noun: str, before: int) -> str | None:
        """'the network': the one organisation named earlier whose name ends in 'Network'; 'the judge' (a title):
        the one person named earlier with that title ('District Judge Miriam Osei')."""
        runs = self.names.runs_in(before - _PRONOUN_WINDOW, before)
        names = {" ".join(r.tokens) for r in runs if len(r.tokens) >= 2 and r.tokens[-1].lower() == noun}
        if not names and noun in _PERSON_TITLES:  # (not 'the state said': 'state' is no one's title there)
            m, said = self.masked, _PERSON_TITLES[noun]
            names = {
                " ".join(r.tokens)
                for r in runs
                if r.titled and not said.isdisjoint(m[r.raw_start : r.start].lower().split())
            }
        return names.pop() if len(names) == 1 else None


class _Cues:
    """A quote's cue (its reporting verb) and speaker from the words around it: after the quote,
    before it in its sentence, or the quote before it continued."""

    __slots__ = ("text", "masked", "sentences", "names", "subjects")

    def __init__(self, sentences: _Sentences, names: _Names) -> None:
        self.text = sentences.text
        self.masked = sentences.masked
        self.sentences = sentences
        self.names = names
        self.subjects = _Subjects(sentences, names)

    # --- attribution after the quote: '“…,” said Name' / '“…,” Name said' / '“…,” she said' ------
    def after(self, span: QuoteSpan) -> tuple[Attribution, int | None] | None:
        m = self.masked
        pos = _after_start(self.text, m, span)
        if pos is None:
            return None
        window = m[pos : pos + _WINDOW]
        words = window.split(" ", 3)
        first = words[0]
        bare = first.rstrip(",.;:")
        second = words[1].rstrip(",.;:") if len(words) > 1 else ""
        if bare in REPORTING_VERBS:  # '“…,” said Name' / '“…,” said he'
            if second in PRONOUNS:
                return Attribution(None, bare), pos + len(first) + 1
            name = self.subjects.name_at(pos + len(first) + 1, allow_the=True)
            return (Attribution(name, bare), None) if name and not _said_clause(m, pos, name) else None
        if bare in PRONOUNS:  # '“…,” she said'
            if second in REPORTING_VERBS:
                return Attribution(None, second), pos
            # '“…,” she liked to say.' (not '“Ulysses,” he liked to say, was the only novel …': a title)
            habit = _HABITUAL.match(m, pos + len(first)) if bare == first else None
            if habit is None or not m.startswith(_HABIT_ENDS, habit.end()) and habit.end() < len(m):
                return None
            return Attribution(None, habit.group(1)), pos
        opening = self.sentences.start(span.open_at) == span.open_at
        other = _other_language_cue(self.names, m, pos, (first, bare, second), opening)
        if other is not False:
            return other
        if window.lower().startswith(ACCORDING_TO + " "):
            name = self.subjects.according_to_name(pos + len(ACCORDING_TO) + 1)
            return (Attribution(name, ACCORDING_TO), None) if name else None
        if bare == "the" and second.islower() and len(words) > 2 and words[2].rstrip(",.;:") in REPORTING_VERBS:
            # '“…,” the network said': the organisation the paragraph named with that word.
            name = self.subjects.organisation_called(second, span.open_at)
            return (Attribution(name, words[2].rstrip(",.;:")), None) if name else None
        # '“…,” Name said' / '“…,” Name, a role, told reporters' / '“…,” the Commission said'
        the = window.startswith("the ")  # '“…,” the Mull and Iona Community Trust said': one organisation
        run = _organisation_on(self.names, m, self.names.run_at(pos + 4)) if the else self.names.run_at(pos)
        if the and run is not None and _is_portfolio(m, run):
            run = None  # '“…,” the Minister for Health, Name, said': a role, the name after its comma
        if run is None and first[:1].islower() and (after := _after_roles(m, pos)) > pos:
            run = self.names.run_at(after)  # '“…,” manager Brian Collins said', '“…,” sanctuary manager …'
        if run is None and first[:1].islower():
            # '“…,” the report’s lead author, Name, told reporters'
            comma = window.find(", ", 0, 100)
            if (
                comma > 0
                and first in _DESCRIPTOR_WORDS_FIRST
                and not any(c in window[:comma] for c in (_MASK, "\u201c", '"', "."))
            ):
                run = self.names.run_at(pos + comma + 2)
        if run is not None:
            run = _name_after_roles(self.names, m, run)  # '“…,” Kilbrittain manager Brian Collins said'
        if run is None:
            return None
        verb = _cue_after_name(m[run.end : run.end + _WINDOW])
        if verb is not None:
            name = self.names.name_of(run, sure=True)  # a capital right after a quote is not a sentence's first word
            return (Attribution(name, verb), None) if name else None
        return None

    # --- attribution before the quote, in its sentence ---------------------------------------------
    def before(self, span: QuoteSpan) -> tuple[Attribution, int | None] | None:
        m = self.masked
        sent = self.sentences.start(span.open_at)
        lo = max(sent, span.open_at - _WINDOW)
        head = m[lo : span.open_at]
        low = head.lower()
        stripped = low.rstrip()
        # _TERM_AS ends in ' as$': searched (a look-up at every character) only when the head ends so.
        if stripped.endswith(_TERM_CUES) or (stripped.endswith(" as") and _TERM_AS.search(stripped)):
            return None  # 'a manoeuvre known as “splitting”': a term, whoever speaks in the sentence
        according = _according_cue(self.subjects, self.sentences, span, (sent, lo), (head, low))
        if according is not False:
            return according
        idiom = _idiom_before(self.subjects, sent, lo, head, m[span.close_at - 1 : span.close_at + 11])
        if idiom is not False:
            return (idiom, None) if idiom is not None else None
        # The last reporting verb before the quote, and its subject.
        last = None
        for match in _LAST_VERB.finditer(head):
            last = match
        if last is None:
            return _named(_name_then_colon(self.names, m, sent, span.open_at), ":")
        verb, verb_at = languages.separated_cue(last.group(1)), lo + last.start()
        if _no_speech_after(verb, head, last.end()) or _separated_after_adverbial(m, sent, verb_at, verb):
            return None
        if verb in PARTICIPLES or verb in languages.PARTICIPLES:  # 'Name is in line with …, emphasizing that “…”'
            return _named(_participle_subject(self.subjects, m, sent, verb, verb_at), verb)
        if verb in languages.V2_VERBS and _opens_on_an_adverbial(m, sent, verb_at):
            return _inverted_subject(self.names, m, verb_at)
        base = max(sent, verb_at - _WINDOW)
        told = head[: last.start()].rstrip().endswith(_CLITICS)
        if after := _subject_after_verb(self.names, verb, lo + last.end(), head[last.end() :], told):
            return Attribution(after, verb), None
        subject_text = _before_helpers(self.names, m, sent, base, verb, verb_at, head, last.end())
        if subject_text is None:
            return None
        verb_at, pre = subject_text
        words = pre.rsplit(" ", 2)
        word = words[-1] if pre else ""
        if word.lower() in PRONOUNS:
            return Attribution(None, verb), verb_at
        if word == "who" and m.startswith(_CLEFT, sent):
            return _named(self._cleft_speaker(sent, verb_at, head[last.end() :]), verb)
        if word in languages.RELATIVES and pre[: len(pre) - len(word)].rstrip().endswith(","):
            # 'her eldest daughter, Mary Silva, who said that “…”' (not a cleft sentence's 'who': above)
            comma = base + len(pre[: len(pre) - len(word)].rstrip()) - 1
            return _named(_before_relative(self.names, m, base, comma), verb)
        if word == "and" and pre[: -len(word)].rstrip().endswith(","):  # 'Name announced …, and said …'
            return _named(self.subjects.sentence_subject(sent), verb)
        if len(words) >= 2 and words[-2].lower() == "the" and word.isalpha() and word.islower():  # 'the union said'
            return _named(self.subjects.organisation_called(word, verb_at), verb)
        name = self.subjects.subject_before(max(sent, verb_at - _WINDOW), verb_at)
        if name is not None and verb in _OTHER_VERB_SET:
            name = languages.without_sentence_role(m, languages.without_article(languages.without_german_lead(name)))
        if name is not None and " " not in name and _STREET_BEFORE.search(pre[: len(pre) - len(name)]):
            return None  # a street's name: 'Una comerciante de la calle Mayor lamentó que “…”' (u70-33)
        return (Attribution(name, verb), None) if name and not _pronoun_phrase(name) else None

    def _cleft_speaker(self, sent: int, verb_at: int, after_verb: str) -> str | None:
        """'It was Maeve Tully, the secretary …, and not the harbourmaster, Denis Farrow, who said, “…”': the
        name the sentence opens on (a correction's wording), a person's of two words or more, 'who' right
        after it or after its commas, no other clause between; not 'It was the mayor who said' (no name),
        'It was Easter Monday when a builder who said', 'It was Kilronan, not Kilkee, where a fisherman who
        said' or 'It was Easter Monday, and Ann Lee, who said'."""
        m = self.masked
        run = _cleft_run(self.subjects, sent + len(_CLEFT), after_verb)
        if run is None or len(run.tokens) < 2 or run.possessive:
            return None
        between = m[run.end : verb_at].rstrip()
        if between != " who" and not (between.startswith(",") and between.endswith(", who")):
            return None
        if _CLEFT_OTHER_CLAUSE.search(between):
            return None
        return self.names.name_of(run, sure=True)

    # --- continuation: '“…,” he added. “…”' -------------------------------------------------------
    def continues(self, prev: QuoteSpan, span: QuoteSpan, prev_after: bool, prev_cue: str | None) -> bool:
        gap = self.masked[prev.close_at + 1 : span.open_at]
        if not gap.strip(" ,;:.\u2014\u2013-"):
            return True
        # '“…,” Name used to say, “…”': the previous quote's own attribution, ending in its cue, splits one
        # sentence (not '“…,” Name said at the meeting, replying to a councillor who had called it, “…”').
        if (
            prev_after
            and prev_cue is not None
            and gap.rstrip().removesuffix(",").endswith(" " + prev_cue)
            and self.sentences.index(span.open_at) == self.sentences.index(prev.close_at)
        ):
            return True
        # The previous quote's own attribution took the rest of its sentence; this quote opens the next.
        return (
            prev_after
            and self.sentences.index(span.open_at) == self.sentences.index(prev.close_at) + 1
            and self.sentences.start(span.open_at) == span.open_at
        )


_MAX_ROLES = 4
# Role words only in lower case before a name ('county clerk Name'): as capitals they are names ('James Clerk Maxwell').
# So are 'member', 'owner', 'co-owner' and 'deckhand' (a run of three words or more opening with one: 'Owner Fenna
# Achterberg-Lowe'), which as TITLES would cut 'Lakeview Property Owner Association' and make 'the mother of crew
# member Name, who said' the name's (break16).
_LOWER_ROLES = frozenset(
    {
        "clerk",
        "member",
        "owner",
        "co-owner",
        "deckhand",
        "prosecutor",
        "harbourmaster",
        "harbormaster",
        "author",
        "co-author",
    }
)
# A descriptor before an apposed name: 'said her son, Daniel Kole'.
_DESCRIPTOR_WORDS_FIRST = frozenset(("the", "a", "an", "one", "another", "its", "their", "his", "her", "my", "our"))
# after 'one' or 'another' the name must be a person's: 'said one resident, Mary Walsh' (break23), not 'said one nurse
# at the hospital, Mayo University Hospital' or 'According to one survey, Mayo, Sligo and Leitrim' (break22)
_ONE_OF_MANY = ("one ", "another ")
_DESCRIPTOR_OPENERS = tuple(word + " " for word in sorted(_DESCRIPTOR_WORDS_FIRST))
_DESCRIPTOR_CHARS = 60
_AUXILIARIES = (" has", " had", " have")
# Object pronouns that stand before a Spanish, Portuguese or Italian verb ('nos dijo', 'me disse', 'ci ha detto',
# 'le dijo'; not 'lo', 'la', 'se', which also stand before a verb whose subject follows: break26); the words of
# those languages only, as another language's verb follows.
_CLITICS = tuple(" " + w for w in "nos me te le les lhe lhes mi ci ti vi gli".split())
# The reporting verbs of Spanish, Portuguese and Italian (German capitalises its nouns: 'sagte er am Freitag:' names no
# Freitag; b13-09, b28-13, u51-36)
_ROMANCE_VERB_SET = frozenset(
    """dijo explicó afirmó escribió señaló reconoció admitió lamentó añadió advirtió insistió destacó recordó subrayó
    aseguró definió describió calificó resumió quejó declara explica asegura señala añade disse afirmou escreveu
    explicou lembrou acrescentou contou reconheceu diz""".split()
) | frozenset(verb for verb in _OTHER_VERB_SET if verb.startswith("ha "))
# 'lo', 'la', 'se' only before a verb whose clause ends at a colon right before the quote.
_COLON_CLITICS = (" lo", " la", " se")


def _before_helpers(
    names: _Names, m: str, sent: int, base: int, verb: str, verb_at: int, head: str, verb_end: int
) -> tuple[int, str] | None:
    """Where the text that holds a verb's subject ends, and that text: before an English auxiliary ('Name has said the
    piece is “…”') or another language's object pronoun ('nos dijo'); None when no subject can be read there."""
    pre = m[base:verb_at].rstrip()
    if pre.endswith(_AUXILIARIES):
        verb_at = base + pre.rfind(" ") + 1
        pre = m[base:verb_at].rstrip()
    if verb in _OTHER_VERB_SET and (
        pre.endswith(_CLITICS) or (pre.endswith(_COLON_CLITICS) and _no_subject_to_colon(head[verb_end:]))
    ):
        return _past_clitic(names, m, sent, base, pre, head[verb_end:])
    return verb_at, pre


# After a Romance verb, its subject before a colon and the quote: lower-case words (adverbs: `_BEFORE_SUBJECT`) and a
# capitalised name ending right at the colon ('se lamentó Xavi: “…”', 'lo resumió así Ancelotti: “…”': break50).
_SUBJECT_TO_COLON = re.compile(r"(?P<words>(?: [a-zà-öø-ÿ]+){0,3}) (?P<name>[A-ZÀ-ÖØ-Þ][^:“”\"]{0,60}?) ?: *")
# The only words that may stand between such a verb and its subject: adverbs of manner and time (an article, a role or
# a preposition before the name makes it the verb's object as often: 'describió al croata Luka Modric:', 'ha
# ricordato il collega Franco Ruggeri:', 'lembrou a avó Maria:': break51)
_BEFORE_SUBJECT = frozenset(
    "así asi también luego después ayer hoy entonces assim também depois ontem hoje così poi ieri oggi".split()
)


def _subject_after_verb(names: _Names, verb: str, at: int, after_verb: str, told: bool) -> str | None:
    """The name that ends a Spanish, Portuguese or Italian verb's clause right before the colon of a quote, as its
    subject (`_SUBJECT_TO_COLON`); not the one a preposition governs ('dijo a Name:', 'explicó al alcalde Name:')."""
    match = _SUBJECT_TO_COLON.fullmatch(after_verb) if verb in _ROMANCE_VERB_SET else None
    if match is None:
        return None
    words = match.group("words").split()
    # (after an object pronoun before the verb the object is said, so an article and a role may open the subject:
    # 'me disse o técnico Juliano Mendes:', b26-12)
    if told and words and words[0] in languages.ARTICLES and not _PREPOSITIONS.intersection(words):
        words = []
    if not all(word in _BEFORE_SUBJECT for word in words):
        return None
    run = names.run_at(at + match.start("name"))
    if run is None or run.end != at + match.end("name") or _pronoun_phrase(" ".join(run.tokens)):
        return None
    return names.name_of(run, sure=True)


def _no_subject_to_colon(after_verb: str) -> bool:
    """Whether a verb's clause ends at a colon with no subject after the verb: after any adverbs, nothing, or a
    preposition's phrase ('lo resumió así:', 'se quejó del tiempo añadido:', 'se quejó del árbitro Gil Manzano:',
    'se lamentó en la rueda de prensa:': break51); not an article or a name, a subject ('lo resumió así Ancelotti:',
    'la describió así el alcalde:', where the pronoun stands for an object before it, 'A Marta Gil la describió …':
    break50)."""
    if not _TO_COLON.fullmatch(after_verb):
        return False
    words = after_verb.split(":", 1)[0].split()
    first = next((word for word in words if word not in _BEFORE_SUBJECT), None)
    return first is None or (first.islower() and first not in languages.ARTICLES)


_TO_COLON = re.compile(r"(?: [^\s:]+){0,7}: *")  # a verb's clause to the colon of its quote: eight words at most


def _past_clitic(names: _Names, m: str, sent: int, base: int, pre: str, after_verb: str) -> tuple[int, str] | None:
    """Where the subject's text ends before an object pronoun that stands before another language's verb, and that
    text; None when no subject can be read there."""
    verb_at = base + pre.rfind(" ") + 1
    clitic, pre = pre[pre.rfind(" ") :], m[base:verb_at].rstrip()
    if clitic in _CLITICS:  # 'el gerente, Name, nos dijo: “…”' (u41)
        if after_verb.strip(" ,:") or not _subject_in_apposition(names, m, sent, base, pre):
            return None
        return verb_at, pre
    # 'Name, autor del gol, lo resumió así: “…”', 'El técnico, Name, se quejó del tiempo: “…”' (u75-33): the caller
    # saw the clause end at a colon, so its subject stands before the pronoun, a name's last word or its comma
    last_word = pre.rsplit(" ", 1)[-1]
    if last_word.endswith(",") or (last_word[:1].isupper() and last_word.lower() not in NOT_NAMES):
        return verb_at, pre
    return None


def _opens_the_clause(m: str, pos: int, run: _Run) -> bool:
    """Whether a name run starts the clause at `pos` (after another language's 'according to'): right there, after a
    title the run dropped ('Selon Me Claire Dumontel'), or an organisation after its article ('Segundo a Associação
    Brasileira …', u50)."""
    if run.start <= pos:
        return run.start == pos
    between = m[pos : run.start].strip().lower()
    # (the organisation's word first: 'Secondo il Bando del Comune di Bari' names a document, break34)
    return between in _HONORIFICS or (between in languages.ARTICLES and run.tokens[0].lower() in ORGANISATION_WORDS)


# After another language's 'according to': an organisation's name that goes on in lower case to the clause's comma
# ('Selon l’Union syndicale du commerce du Rhône, “…”', 'Según la Asociación de Vendedores de Prensa de Aragón, …',
# 'secondo la Confederazione degli artigiani romani, “…”': u51, u53), its first word an organisation's and of letters,
# at most nine words, no quote or sentence's end among them.
_ORGANISATION_TO_COMMA = re.compile(
    r"(?:(?:la|el|le|il|lo|a|o|die|der|das|de|het|den) |l[’'])?"
    r"(?P<name>(?P<head>[A-ZÀ-ÖØ-Þ][^\W\d_]+)(?: [^\W\d_][\w’'-]*){0,8}),"
)
# 'But' opening a sentence in the other languages, before its 'according to'.
_BUT_OPENING = re.compile(r"(?:ma|mais|pero|mas|aber|maar|men|ale) ")


def _organisation_to_comma(masked: str, pos: int) -> str | None:
    """`_ORGANISATION_TO_COMMA` at `pos` when its first word is an organisation's and at most three of its words in
    lower case are no particles, none of them a participle's or a time's ('Confederazione degli esercenti interpellata
    ieri da questo giornale' is the organisation and a clause: break37)."""
    organisation = _ORGANISATION_TO_COMMA.match(masked, pos)
    if organisation is None:
        return None
    head = organisation.group("head").lower()
    if head not in languages.ORGANISATION_WORDS and head not in ORGANISATION_WORDS:
        return None
    words = organisation.group("name").split()
    lower = [w for w in words[1:] if w[:1].islower() and w not in PARTICLES]
    if len(lower) > 3 or any(w.endswith(_PARTICIPLE_ENDINGS) or w in languages.NOT_ROLE for w in lower):
        return None
    # an article right after a capitalised word opens the clause's subject ('Según la Asociación de Vecinos de
    # Arganzuela los nuevos contenedores, …'), and 'and' before a lower-case word another party ('la Universidad de
    # Oviedo y varios expertos'): break39
    for before, word, after in zip(words, words[1:], [*words[2:], ""], strict=False):
        if (word in languages.ARTICLES and before[:1].isupper()) or (word in _AND and after[:1].islower()):
            return None
    return organisation.group("name")


_PARTICIPLE_ENDINGS = (
    *("ata", "ato", "ati", "ate", "ada", "ado", "adas", "ados", "ée", "és", "ées", "ida", "ido", "unta", "unto"),
    *("ita", "ito", "inte", "uto", "uta"),
)
_AND = frozenset("y e et and und och og oraz".split())


def _organisation_or(masked: str, pos: int, name: str | None) -> str | None:
    """The organisation's name to the comma at `pos` where there is one and `name` is none or a part of it ('Selon le
    Syndicat mixte Saône-Rivières, “…”' took 'Syndicat': u48-25), else `name`."""
    organisation = _organisation_to_comma(masked, pos)
    return organisation if organisation is not None and (name is None or name in organisation) else name


def _unless_a_name(according: Attribution | None, text: str, before: str) -> Attribution | None:
    """An organisation after 'according to' names no speaker of a quote that is a name itself: after an article
    (`before`, the text before the quote, lower-cased), four words at most opening with a capital and no sentence's
    end ('Selon l’Université de Lille, le rez-de-chaussée accueillera … le “Café des langues”': break38; not 'Según
    el Ayuntamiento de Alcoy, “Ningún vecino corre peligro”', a statement: break39)."""
    speaker = according.speaker if according is not None else None
    if speaker is None or speaker.split(" ", 1)[0].lower() not in ORGANISATION_WORDS:
        return according
    after_article = before.rstrip().rsplit(" ", 1)[-1] in languages.ARTICLES
    short = len(text.split()) <= 4 and text[:1].isupper() and not text.rstrip().endswith((".", "!", "?", ",", "…"))
    return None if after_article and short else according


def _opener_at(low: str) -> int:
    """Where another language's 'according to' may open a sentence (`low`, lower-cased): past a line of dialogue's
    dash ('—Según la Junta de Castilla y León, “…”', u51) and a 'but' ('Ma secondo la Confederazione …, “…”',
    u53-38)."""
    dash = len(low) - len(low.lstrip("—–"))
    but = _BUT_OPENING.match(low, dash)
    return but.end() if but is not None else dash


def _without_organisation_article(name: str | None) -> str | None:
    """A name without the article its run took in as a particle: 'Volgens de Stichting Behoud Zuiderbrug' (u44),
    'Secondo la Caritas' (break29); Dutch 'de' only before an organisation's word or a compound that ends in one
    ('Volgens de Fietsersbond', u52; 'Selon de Villepin' keeps it)."""
    first, _, rest = (name or "").partition(" ")
    if rest and (first in languages.ARTICLES or first == "het"):
        return rest  # ('Secondo la Caritas', 'Volgens het Rijksmuseum')
    head = rest.split(" ", 1)[0].lower()
    if rest and first == "de" and (head in languages.ORGANISATION_WORDS or _organisation_compound(head)):
        return rest  # (not 'Selon de Villepin': a surname's particle, break29)
    return name


# The heads of Dutch organisations' compound names that are no surname alone ('Fietsersbond', 'Rijksoverheid',
# 'Belastingdienst', 'Gemeenteraad'); only a compound counts, never the bare word ('de Bond', 'de Raad').
_DUTCH_ORGANISATION_HEADS = ("bond", "overheid", "dienst", "raad", "inspectie", "autoriteit", "vereniging", "stichting")


def _organisation_compound(word: str) -> bool:
    return any(word.endswith(h) and len(word) > len(h) + 2 for h in _DUTCH_ORGANISATION_HEADS)


def _plain_descriptor(words: list[str], m: str, run: _Run | None) -> bool:
    """Lower-case words, a possessive ('the club’s secretary'), or an elided article ('l’autrice') when the quote
    follows the name's comma: 'Selon l’autrice, Name, “…”' (u41), not 'Secondo l’ordinanza del gip, Name, 41 anni,
    …' (break26)."""
    elided = False
    for k, w in enumerate(words):
        if not (w.isalpha() or _POSSESSIVE_WORD.match(w)):
            if not _ELIDED_ARTICLE_WORD.match(w):
                return False
            # (an elided article after the head noun's 'de' names a place or a body the head belongs to, 'la
            # directrice de l’école, Name', 'il portavoce dell’ospedale, Name': the head is the person, as 'il
            # sindaco, Name'; not a relative's head, 'la madre de l’enfant, Name' may name the child)
            elided = elided or not _of_a_body(words, k)
    # (and one noun: in 'Selon l’entourage de la ministre, Name', 'Secondo l’ufficio stampa del sindaco, Name' the name
    # is the last noun's, and the group speaks: break27)
    return not elided or (run is not None and m.startswith(_QUOTE_NEXT, run.end) and _one_noun(words))


def _of_a_body(words: list[str], k: int) -> bool:
    """Whether the elided word at k follows the head noun as its 'of' ('de l’école', 'dell’ospedale'), with a head
    that is no relative."""
    head = words[1] if len(words) > 1 and words[0].lower() in languages.ARTICLES else words[0]
    # (the elided word the last: 'dell’ex sindaco, Name' may name the former mayor, break26)
    if k < 2 or k != len(words) - 1 or head.lower() in languages.KINSHIP:
        return False
    of = words[k - 1] in ("de", "di", "da") or words[k].lower().startswith(_OF_ELIDED)
    # (a body or a place, not a person: 'il portavoce dell’assessore, Name', 'il medico dell’anziana, Name' name the
    # assessore and the patient, break53)
    noun = re.sub(r"^(?:[dn]el|dal)?l[’']", "", words[k].lower())
    return of and (noun in languages.ORGANISATION_WORDS or noun in languages.BODY_NOUNS)


_OF_ELIDED = ("dell’", "dell'", "dall’", "dall'", "nell’", "nell'")


def _one_noun(words: list[str]) -> bool:
    """A descriptor of one noun: no 'de', 'del', 'do' … between two ('a prefeita', 'l’autrice')."""
    return not any(w in languages.ROLE_OF or w.startswith(("d’", "d'", "dell’", "dell'")) for w in words)


def _apposed_before_quote(subjects: _Subjects, pos: int) -> str | None:
    """After an opener that also introduces documents and sources ('De acordo com a prefeita, Name, “…”'): only a
    descriptor, a comma and the name whose comma the quote follows (not 'De acuerdo con la demanda contra Name, …',
    'D’après le roman Name, …', 'De acordo com o boletim, Name, de 34 anos, …': break26)."""
    m = subjects.masked
    comma = m.find(", ", pos, pos + _DESCRIPTOR_CHARS)
    run = subjects.names.run_at(comma + 2) if comma >= 0 else None
    if run is None or not m.startswith(_QUOTE_NEXT, run.end) or not _one_noun(m[pos:comma].split()):
        return None  # ('De acordo com a assessoria do prefeito, Name, “…”': the name is the mayor's: break27)
    return subjects.described_name_at(pos)


def _cleft_run(subjects: _Subjects, at: int, after_verb: str) -> _Run | None:
    """The name a cleft sentence opens on at `at`: after lower-case roles ('It was county clerk Name, not …, who
    said'), or after 'the', a role and a comma when the quote follows the verb (`after_verb`, what stands between
    them, is punctuation: 'It was the harbourmaster, Name, who said, “…”', u42; not 'It was the coroner, Name, who
    said the note … read, “…”': break27)."""
    m, names = subjects.masked, subjects.names
    run = names.run_at(_after_roles(m, at))
    if run is None and m.startswith("the ", at) and subjects.described_name_at(at + 4):
        if after_verb.strip(" ,:"):
            return None
        run = names.run_at(m.find(", ", at) + 2)
    return run


def _no_speech_after(verb: str, head: str, end: int) -> bool:
    """Whether a verb before the quote reports no speech by what stands between them: 'Norwell asked its
    contractor to “mobilise …”' is a request; 'udtalte navnet “Ærøskøbing”' a pronunciation (break27)."""
    if verb in _ONLY_RIGHT_BEFORE:
        return bool(head[end:].strip(" ,:"))
    if verb in _ONLY_RIGHT_BEFORE_COLON:
        return head[end:].strip() != ":"
    return verb in _ONLY_BEFORE_COLON and not _COLON_AFTER_VERB.fullmatch(head, end)


def _subject_in_apposition(names: _Names, m: str, sent: int, base: int, pre: str) -> bool:
    """Whether `pre` (m[base:…], what stands before an object pronoun and its verb) ends in a name that opens
    its sentence or follows a comma: 'Name nos dijo', 'el gerente del consorcio, Name, nos dijo'. The verb must
    also stand right before the quote (its caller): not the object or topic put first with the subject after the
    verb ('a Rosa Quispe le dijo el médico: “…”', 'sobre Name, me disse o técnico Name: “…”'), nor after a
    preposition ('y vio a Name, le dijo: “…”': break26; 'A Juan Pérez le dijo', whose run took the 'A' in).
    `sent` is where the sentence starts."""
    end = base + len(pre) - (1 if pre.endswith(",") else 0)
    run = names.run_ending_at(end, base)
    if run is None or run.possessive or m.startswith(("A ", "Al ", "Ao ", "À "), run.raw_start):
        return False
    if run.raw_start <= sent:
        return True
    if m[run.raw_start - 2 : run.raw_start] != ", ":
        return False
    # the clause before the comma describes the subject ('el gerente del consorcio, Name'), not an object or a
    # topic put first ('Al gerente de la tienda, Name, le dijo', 'Sobre o marido, Name, nos contou': break27; 'A su
    # madre, Name, le dijo': Spanish 'a' before a possessive), from the last comma in the sentence
    comma = m.rfind(", ", sent, run.raw_start - 2)
    opening = m[comma + 2 if comma >= 0 else sent : run.raw_start - 2].split(" ", 2)
    first = opening[0].lower()
    return first in languages.SUBJECT_ARTICLES or (
        first in ("o", "a")
        and len(opening) > 1
        and opening[1][:1].islower()
        and opening[1] not in languages.ARTICLES
        and opening[1] not in _SPANISH_POSSESSIVES
    )


_SPANISH_POSSESSIVES = frozenset("su sus mi mis tu tus nuestro nuestra nuestros nuestras vuestro vuestra".split())


# the pronoun after the reporting verb and its object, no comma between ('told the meeting that he', 'told the
# hundred or so members at the annual dinner that he': break24; not 'told visitors that the old parish priest, who
# …, he': break23)
_PRONOUN_AFTER_VERB = re.compile(
    r"\b(?:said|says|told|tells|explained|recalled|added)(?: [\w\u2019']+){0,10}(?: that)? (?:he|she)\s*$"
)
_POSSESSIVE_BEFORE = re.compile(r"\b(?:his|her|their|my|our)\b", re.IGNORECASE)
# 'A colleague of mine, Name, likes to say, “…”': the habit right before the quote, its subject before it.
_HABIT_BEFORE = re.compile(r" (?P<verb>(?:likes|liked|loves|loved|used) to say)(?:[,:]| that) *$")  # (u74-24)
_POSSESSIVE_ROLE = re.compile(r"(?:her|his|their|its|our|my) ((?:[a-z]+ ){1,3})(?=[A-Z])")
_NOT_DESCRIPTOR = frozenset(
    "a an the in on at of for to from with by about and or but that who which was is had has would will as outside "
    "inside after before near during following behind since until against through via into onto upon across around "
    "beside throughout".split()  # 'said his lawyer outside Cork Circuit Court': a place, not a name
)
_DESCRIPTOR_WORDS = 5
# What a source issues, then who issued it: 'a status update from Name', 'figures published by the Office …'.
_DOCUMENT_FROM = re.compile(
    r"(?:an? |the |its |their )?(?:[a-z]+ ){0,2}(?:statement|update|report|filing|release|letter|post|survey|study|"
    r"analysis|figures|data|documents?|records|estimates?|notice|email|memo|announcement)s? (?:issued |published "
    r"|released )?(?:from|by) "
)
# A clause that ends in a definite noun, which a name after its comma may name ('… co-founded the group, Name,').
# Titles that name a person after 'the' ('“…,” the judge wrote'), with the titles that say the same before a name.
_PERSON_TITLES = {
    **{
        title: frozenset({title})
        for title in """mayor minister senator governor president chairman chairwoman commissioner coroner
        sheriff inspector detective superintendent councillor councilor bishop coach manager principal professor
        captain""".split()
    },
    "judge": frozenset({"judge", "justice"}),
    "justice": frozenset({"judge", "justice"}),
    "chancellor": frozenset({"chancellor"}),
    "premier": frozenset({"premier"}),
}
_RELATIVE_CLAUSE = re.compile(r"\b(?:who|which|that|whose)\b")
_NAMES_THE_NOUN = re.compile(r"\b(?:the|its|their|his|her|our) [a-z]+$")
_POSSESSIVE_WORD = re.compile(r"[A-Za-z]+[’']s?$")  # 'club’s', and a name's: 'the Gazette’s editor, Name'
# The quote right after a name's comma: the name is then the quote's, not the reported clause's subject.
_QUOTE_NEXT = (", \u201c", ', "')
# French and Italian elide the article before a vowel: 'Selon l’autrice, Name, “…”' (u41).
# (Italian's 'of the' too: 'il portavoce dell’ospedale, Name', only after a head noun: `_of_a_body`)
_ELIDED_ARTICLE_WORD = re.compile(r"(?:[dn]el|dal)?l[’'][a-zà-öø-ÿ]+$")
# Words that join the runs of one organisation's name after 'the': 'the Mull and Iona Community Trust'.
_ORG_JOINERS = (" and ", " of the ", " of ", " for ", " & ")  # 'the Office of the Data Protection Commissioner'


def _joined(first: _Run, joiner: str, second: _Run) -> _Run:
    return _Run(
        first.raw_start,
        first.start,
        second.end,
        (*first.tokens, joiner.strip(), *second.tokens),
        first.titled,
        second.possessive,
    )


def _organisation_on(names: _Names, m: str, run: _Run | None) -> _Run | None:
    """A run after 'the' continued by the runs its joiners bring ('Mull' + 'and Iona Community Trust')."""
    if run is None:
        return None
    for _ in range(_MAX_JOINS):
        joiner = next((j for j in _ORG_JOINERS if m.startswith(j, run.end)), None)
        nxt = names.run_at(run.end + len(joiner)) if joiner is not None else None
        if joiner is None or nxt is None or nxt.titled:
            break  # ('the Office of the Director of Public Prosecutions': a run that lost its title is no name)
        run = _joined(run, joiner, nxt)
    return run


def _is_portfolio(m: str, run: _Run) -> bool:
    """A run after 'the' that is a role, not an organisation: 'Minister for Health' (title words, then
    'for' or 'of' before the rest), 'Secretary of State' (a role word first)."""
    if run.titled and m[run.raw_start : run.start].endswith((" for ", " of ")):
        return True
    return run.tokens[0].lower() in TITLES


def _organisation_back(names: _Names, m: str, run: _Run, lo: int) -> _Run:
    """A run that ends before a verb, joined to the runs before it when the first follows 'the' ('The
    Sisters of St Louis said'; not 'Smith and Jones said', two people)."""
    found = run
    for _ in range(_MAX_JOINS):
        if found.titled:
            break  # 'the Office of the Director of Public Prosecutions': the run lost its title, so it is no name
        joiner = next((j for j in _ORG_JOINERS if m.endswith(j, lo, found.raw_start)), None)
        before = names.run_ending_at(found.raw_start - len(joiner), lo) if joiner is not None else None
        if joiner is None or before is None:
            break
        found = _joined(before, joiner, found)
    # 'the' before the first run, or opening it (a sentence's 'The' is read into the run, as titles are)
    after_the = m[max(lo, found.raw_start - 4) : found.raw_start].lower() == "the "
    if found is run or not (after_the or m.startswith("The ", found.raw_start)):
        return run
    return found


_MAX_JOINS = 3
# Lower-case words that never describe the role after them ('said and manager …' is no role).
_NOT_MODIFIERS = frozenset(
    "a an and as at but by for from her his in its my of on or our said says that the their to told which who with "
    "your".split()
)


def _not_the_speaker_after(article: str, role_words: list[str]) -> bool:
    """Words after another language's verb that name someone other than the speaker: a pronoun, a preposition or a
    time word among the roles ('sagte sie am Mittwoch', 'disse à agência Lusa'; also a portfolio's: 'l’adjointe aux
    sports, Name' names no one, as 'le préfet au ministre, Name' names the listener: break29); (break27) 'a' before an
    article is Spanish's 'to' ('le dijo a la ministra, Name, el alcalde'); a possessive with no role after it is
    no possessive ('ha scritto su Facebook Name': Italian 'on'); a preposition inside the roles ('le dijo su madre a
    Name', 'a déclaré son avocat devant la juge Name'); a relative of someone before the name's comma ('ci ha
    raccontato la madre del ragazzo, Name': the name may be either's)."""
    if any(
        # (a preposition of a role is none: 'la concejala de Playas, Name'; 'de' first is Danish 'they': u37)
        (word.rstrip(",") in languages.NOT_ROLE and not (k > 0 and word in languages.ROLE_OF))
        or (k == 0 and word in languages.NOT_ROLE_FIRST)
        for k, word in enumerate(role_words)
    ) or (article in languages.PREPOSITION_ARTICLES and not role_words):
        return True
    if article == "a" and role_words[:1] and role_words[0] in languages.ARTICLES:
        return True
    if article in languages.POSSESSIVES and not role_words:
        return True
    if any(word in languages.ROLE_BREAKERS for word in role_words[1:]):
        return True  # (a pronoun, a preposition or a time word anywhere among them: the check above)
    # (a relative of someone: 'la madre del ragazzo, Name' may name the boy; 'il direttore del museo, Name' names the
    # director)
    return (
        bool(role_words)
        and role_words[-1].endswith(",")
        and role_words[0] in languages.KINSHIP
        and any(w in languages.ROLE_OF for w in role_words[1:-1])
    )


def _named(name: str | None, verb: str) -> tuple[Attribution, int | None] | None:
    """A cue's answer: the speaker it names, or None when it names no one."""
    return (Attribution(name, verb), None) if name else None


_ADVERBIAL_CHARS = 100  # six words; a longer stretch is never sliced (a paragraph of one long sentence stays linear)


def _separated_after_adverbial(m: str, sent: int, verb_at: int, verb: str) -> bool:
    """Whether a German separable verb ('kündigte … an:') follows an adverbial that opens its sentence: the verb stands
    second and its subject after it, not before ('Nach dem Treffen mit Peter Klein kündigte Anna Roth an: “…”', 'Am
    Montag kündigte Anna Roth im Bauausschuss an': the hostile test of the eighth session)."""
    first = m[sent:verb_at].split()[:1]
    return verb in languages.SEPARATED_CUES and bool(first) and first[0].lower() in languages.V2_OPENERS


def _opens_on_an_adverbial(m: str, sent: int, verb_at: int) -> bool:
    """Whether the words before a German, Dutch or Nordic verb, from its sentence's start, are one adverbial: an
    opener of `languages.V2_OPENERS` and at most five more words, no comma (not 'Am Montag wurde bekannt, dass Name
    sagte') and no other verb or conjunction ('Igår framkom det att Name sade', 'und Name ergänzte': break45)."""
    if verb_at - sent > _ADVERBIAL_CHARS:
        return False
    clause = m[sent:verb_at]
    words = clause.split()
    return (
        1 <= len(words) <= 6
        and words[0].lower() in languages.V2_OPENERS
        and "," not in clause
        and languages.V2_OPENERS_STOP.isdisjoint(w.lower() for w in words)
    )


def _inverted_subject(names: _Names, masked: str, verb_at: int) -> tuple[Attribution, int | None] | None:
    """The speaker named right after a German, Dutch or Nordic verb that follows an adverbial opening its sentence:
    the subject stands after the verb, and what stands before it is no one ('Am Montag sagte …'). Only a name of
    capitalised words that ends its clause (a comma, a colon, 'dass', 'dat', 'att', 'at') and holds no genitive:
    not 'sagte Weber zu Müller', 'sade Lindqvist om Erik Lund', 'sagte Thomas Brandts Verteidigerin' (break45);
    None otherwise (a pronoun: 'Am Montag sagte sie')."""
    verb = languages.VERB_AFTER.match(masked, verb_at)
    if verb is None or not _name_ends_clause(masked[verb.end("verb") : verb.end("verb") + _WINDOW]):
        return None
    return _other_language_after(names, masked, verb)


def _name_ends_clause(rest: str) -> bool:
    """Whether `rest`, the text after the verb, is a name up to its clause's end: role words in lower case, then one
    capitalised word (a surname) or a common given name and up to three more words, a surname's particles among
    them, no genitive ('Brandts', 'Bayerns') but a given name in -s (not 'Weber Journalisten', 'Weber Ende März',
    'Trainer Weber', 'Lund Expressen': the review)."""
    end = languages.V2_CLAUSE_END.search(rest)
    words = rest[: end.start()].split() if end is not None else []
    roles = list(itertools.takewhile(lambda w: w[:1].islower(), words))
    name = words[len(roles) :]
    if not name or len(words) > 6 or len(name) > 4 or not languages.V2_NOT_ROLES.isdisjoint(roles):
        return False
    given = name[1:] if len(name) > 2 and languages.CAPITALISED_ROLE.match(name[0]) else name  # 'Bürgermeisterin Anna'
    if len(given) > 1 and given[0].lower() not in ALL_GIVEN_NAMES:  # (which holds GIVEN_NAMES)
        return False
    for k, word in enumerate(name):
        if word[:1].islower():
            after_van = word == "der" and k > 0 and name[k - 1] in ("van", "von")
            if (word not in languages.V2_NAME_PARTICLES and not after_van) or k == len(name) - 1:
                return False
        elif (
            k < len(name) - 1
            and word.endswith(("s", "’s", "'s"))
            and word.lower() not in languages.GIVEN_NAMES_IN_S
            and word.lower() not in GIVEN_NAMES
        ):
            return False  # a genitive: 'Thomas Brandts Verteidigerin', 'Bayerns Finanzminister'
    return True


def _other_language_after(names: _Names, masked: str, verb: re.Match) -> tuple[Attribution, int | None] | None:
    """The speaker named after another language's reporting verb (`languages.VERB_AFTER`), past the
    article and role words it matched."""
    roles = verb.group("roles")
    article = (verb.group("article") or "").strip()
    role_words = roles.lower().split()
    if not roles.rstrip().endswith(",") and any(w in languages.PERSON_OFFICES for w in role_words[1:]):
        return None  # another person's: 'il difensore della vittima Name' (after a comma, the lawyer's: break57)
    # (Dutch 'de' is the article before a body's acronym: '"…", adviseert de ANWB', u100; elsewhere 'of', 'from')
    dutch_body = article == "de" and verb.group("verb") in languages.DUTCH_VERBS and _ACRONYM.match(masked, verb.end())
    if _not_the_speaker_after(article, role_words) and not dutch_body:
        return None
    roles_allowed = languages.GIVEN_NAME_ONLY.get(verb.group("verb"))
    if roles_allowed is not None and not _given_name_follows(masked, verb.end(), article, roles, roles_allowed):
        return None
    german = roles[:1].isupper()  # a run of capitalised words: the name is what follows the roles
    run = names.run_at(verb.start("roles") if german else verb.end())
    if run is None and german and article in PARTICLES:  # 'sagte der Vorsitzende Richter Name': the run took 'der'
        run = names.run_at(verb.start("article"))
        if run is not None and run.tokens[0] == article:
            run = run._replace(tokens=run.tokens[1:], raw_start=verb.start("roles"), start=verb.start("roles"))
        else:
            run = None
    if run is None and article and not roles:  # 'la CNIL': a particle the run of names took in
        run = names.run_at(verb.start("article"))
        if run is not None and (len(run.tokens) != 2 or run.tokens[0] != article):
            run = None
        elif run is not None:
            run = run._replace(tokens=run.tokens[1:], start=verb.end())
    if not german:
        apposed = _apposed_after_org(names, masked, verb, roles, run)
        if apposed is False:
            return None
        run = apposed if apposed is not None else run
    name = names.name_of(run, sure=True) if run is not None else None
    if name is not None and german and article and name.startswith(article + " "):
        name = name[len(article) + 1 :]  # the fullest form took the particle 'der' back in
    if name is not None and german and roles.strip() in name:
        # the roles are the run's first words; a title after them was cut with them ('Geschäftsführerin Dr. Name')
        name = name[len(roles) :] if name.startswith(roles) and len(name) > len(roles) else None
        if name is not None and name.split(" ", 1)[0].lower() in _DATE_OPENERS:
            name = None  # 'sagte der Bürgermeister Ende März': a date after the role, no name (break23; not 'Thomas
            # May', 'Thomas Ende': break24, break25)
    if name is None:
        return None
    if article and name.startswith(article + " "):
        name = name[len(article) + 1 :]  # the fullest form took the particle back in: 'la CNIL'
    name = _trimmed_name(names, masked, name, (article, roles), verb.end(), verb.group("verb"))
    if name is None:
        return None
    name = _case_of_name(name, verb.group("verb"), role_words)
    name = name and _person_after_slavic_body(names, masked, name, verb, role_words)
    if not name:
        return None
    # the fullest form may be where a role opened its sentence ('Wethouder Sanne van Dijk …', 'zei Van Dijk')
    name = languages.without_sentence_role(masked, name)
    if dutch_body and name:
        name = name.rstrip(".")  # (an acronym that ends the sentence: 'zei de VS.')
    return (Attribution(name, verb.group("verb")), None) if name and not _pronoun_phrase(name) else None


def _person_after_slavic_body(
    names: _Names, masked: str, name: str, verb: re.Match, role_words: list[str]
) -> str | None:
    """The person after a Polish or Czech role and a body's name in the genitive that a conjunction splits, when the
    name found is that body's first words and holds no given name ('powiedziała rzeczniczka Zarządu Dróg i
    Utrzymania Miasta Katarzyna Wołoszyn-Pietrzak': u120-38); None (no speaker) when the words after the conjunction
    hold no such person: the body goes on ('rzecznik Kurii Metropolitalnej i Uniwersytetu Papieskiego Jana Pawła II',
    whose 'Jana' is a genitive: the final review); else `name`."""
    if not role_words or verb.group("verb") not in languages.SLAVIC_AFTER_VERBS:
        return name
    if any(word.lower() in ALL_GIVEN_NAMES for word in name.split()):
        return name
    pos = verb.end()
    at = masked.find(name, pos, pos + _WINDOW)
    joined = _BODY_JOINED.match(masked, at + len(name)) if at >= 0 else None
    run = names.run_at(joined.end()) if joined is not None else None
    later = names.name_of(run, sure=True) if run is not None else None
    if later is None:
        return name
    person = _slavic_nominative(later, role_words)
    found = person is not None and person != later and person.split()[0].lower() in ALL_GIVEN_NAMES
    # (a genitive named for someone is no person: 'Uniwersytetu … Jana Pawła II', 'Prezydenta Jana Nowaka')
    return person if found and person is not None and not _SLAVIC_GENITIVE_NAME.search(person) else None


# A name in the genitive a body is named for: a male given name in -a ('Jana', 'Pawła'), a surname in -a after it, a
# pope's numeral ('Jana Nowaka', 'Jana Pawła II'); a woman's names end in -a in the nominative too ('Katarzyna
# Wołoszyn-Pietrzak', 'Anna Nowak'), and her surname in -ska or -ová.
_SLAVIC_GENITIVE_NAME = re.compile(r"\b[IVX]+$|^\S+a \S+(?<!sk)(?<!ck)(?<!dzk)a$")


_BODY_JOINED = re.compile(r" (?:i|a|oraz) (?=[A-ZÀ-Ž])")


def _case_of_name(name: str, verb: str, role_words: list[str]) -> str | None:
    """The speaker's name as the verb's case allows: a Polish or Czech one in the nominative (`_slavic_nominative`);
    after a German verb whose object may follow the speaker ('riet', 'warnte', 'mahnte'), a given name and its surname
    only, as the run of capitals goes on into the object ('warnte Meteorologe Dominik Jung Urlauber vor …' names
    'Dominik Jung'; 'warnte die Stadt Konstanz Eltern' no one: break56)."""
    if verb in languages.SLAVIC_AFTER_VERBS:
        return _slavic_nominative(name, role_words)
    if verb not in languages.GERMAN_OBJECT_VERBS:
        return name
    words = name.split()
    if len(words) < 2 or words[0].split("-")[0].lower() not in ALL_GIVEN_NAMES:
        return None
    if len(words) > 2 and words[1].lower() in ALL_GIVEN_NAMES:
        return None  # a second given name, or a surname that is one and the object? ('Thomas Ernst Autofahrer')
    surname = next((k for k in range(1, len(words)) if words[k] not in PARTICLES), None)  # ('Jan van der Wal')
    return None if surname is None or not words[surname][:1].isupper() else " ".join(words[: surname + 1])


def _apposed_after_org(
    names: _Names, masked: str, verb: re.Match, roles: str, run: _Run | None
) -> _Run | None | Literal[False]:
    """The name apposed after a role of an organisation ('ha detto l’allenatore dello Sporting, Marco Rinaldi', 'el
    portavoz de la Aemet en Andalucía, Name'; not 'la moglie del presidente dello Sporting, Name': the name may be any
    of the nouns'); False for a list of places before it, whose last may be the name ('en Andalucía, Ceuta y Melilla,
    Name': break52); None when there is none."""
    org = run
    if org is None and roles:  # 'del Ribereño', 'de la Aemet' (u88-33): the run took the particles
        tail = roles.split()
        for n in (1, 2):
            if org is None and len(tail) >= n and tail[-n] in PARTICLES:
                org = names.run_at(verb.end() - len(" ".join(tail[-n:])) - 1)
    if org is None:
        return None
    place = _ORG_PLACE.match(masked, org.end)  # 'de la Aemet en Andalucía' (u88-33)
    if place is not None and not _ONE_PLACE.match(masked, place.end()):
        return False
    org_end = place.end() if place is not None else org.end
    if not languages.one_role(roles) or not masked.startswith(", ", org_end):
        return None
    apposed = names.run_at(org_end + 2)
    if apposed is None or len(apposed.tokens) < 2 or apposed.possessive:
        return None
    # (after the office's place, a person's given name: not the rest of a list of places, 'en Andalucía, Ceuta y
    # Melilla, que …', break54)
    return apposed if place is None or apposed.tokens[0].lower() in ALL_GIVEN_NAMES else None


# Where an organisation's office is, after its name and before the apposed speaker: 'el portavoz de la Aemet en
# Andalucía, Álvaro Montesinos'
_ONE_PLACE = re.compile(
    r", [A-ZÀ-Ž][\w-]*(?: (?:[a-zà-ž]{1,3} )?[A-ZÀ-Ž][\w-]*){0,4}(?:[.;]|, (?:que|qui|che|quien|who|die|som|który|"
    r"która|který|která)\b)"
)  # the name then the sentence's end, or a relative clause on it ('…, Juan Carlos Ortega, que recomendó …': u97)
_ORG_PLACE = re.compile(
    # (with an article before a region's name: 'de la Aemet en la Comunitat Valenciana, Name', u110-33)
    r" (?:en|in|em|na|no|nel|nella|à|a)(?: la| el| le| il)? [A-ZÀ-Ž][\w-]+(?: [A-ZÀ-Ž][\w-]+)?(?=, )"
)


def _slavic_nominative(name: str, role_words: list[str]) -> str | None:
    """A Polish or Czech speaker's name in the nominative: none when it or its role is in the dative ('powiedział
    podczas sesji burmistrzowi Tomaszowi Wierzbickiemu', 'starostovi Jihlavy Petru Ryškovi': whom he told, break52);
    from its given name on when a capitalised genitive of a body or place stands before it ('rzeczniczka Fundacji Anny
    Dymnej Ewa Kowalczyk', 'kapitán Jablonce Vojtěch Kubista')."""
    words = name.split()
    if any(w.lower().endswith(_SLAVIC_DATIVE) for w in (*words, *role_words[-1:])):
        return None
    first = words[0].lower()
    genitive = first not in GIVEN_NAMES and first not in ALL_GIVEN_NAMES and first.endswith(_SLAVIC_GENITIVE)
    if len(words) >= 4 or (len(words) == 3 and genitive):
        # (from the last given name with a surname after it: 'Uniwersytetu Jana Kochanowskiego Ewa Nowak', 'Jana
        # Pawła II Marek Kowal'; of three words only after a genitive: not 'Bronisław Jan Zieliński')
        given = max((k for k, word in enumerate(words[:-1]) if word.lower() in SLAVIC_GIVEN_NAMES), default=None)
        if given is not None and given > 0:
            words = words[given:]
    # (a body's name in the genitive, no person's, is no speaker: 'Szpitala Wojewódzkiego', break53)
    if any(w.lower() in ORGANISATION_WORDS or w.lower().endswith(_SLAVIC_OBLIQUE_SURNAME) for w in words):
        return None
    return " ".join(words)


_SLAVIC_DATIVE = ("owi", "ovi", "emu")
# A genitive or accusative surname, left after the cut: 'burmistrza Jana Kowalskiego' is whose the adverbial's role is
# (the hostile test of the eighth session)
_SLAVIC_OBLIQUE_SURNAME = ("ego", "ého")
# How a Polish or Czech genitive ends ('Fundacji', 'Anny', 'Dymnej', 'Uniwersytetu', 'Kochanowskiego', 'Radia',
# 'Jablonce'): the words before a given name are cut only then (not 'Bronisław Jan Zieliński': break53)
_SLAVIC_GENITIVE = ("a", "y", "i", "ego", "ej", "u", "ów", "ce", "ji", "ii", "ky", "ého", "é")
# A conjunction that joins a name to the one before it
_JOINED = (" e ", " and ", " y ", " et ", " und ", " en ", " og ", " och ", " i ", " a ", " oraz ")


def _said_clause(m: str, pos: int, name: str) -> bool:
    """Whether the name after 'said' goes on with its own finite verb: what was said, not its speaker ('“Fined for
    cookies”, said the Office had fined …': a title, u91-27). Searched within the window, not the whole paragraph
    (a paragraph of such quotes was quadratic: the final review)."""
    at = m.find(name, pos, pos + _WINDOW)
    return at >= 0 and _CLAUSE_AFTER.match(m, at + len(name)) is not None


# A finite verb right after a name that follows 'said': a clause said ('said the Office had fined …'), not its speaker.
_CLAUSE_AFTER = re.compile(r" (?:had|has|have|was|were|would|will|is|are|could|should|did|must)\b")


def _name_after_opener(masked: str, pos: int, run: _Run, name: str | None) -> str | None:
    """The name right after another language's 'according to': of two words or an acronym, or one capitalised word
    before the reported clause's verb after an opener of the languages that write nouns in lower case ('Volgens
    Rijkswaterstaat blijft …', u92-35; not after German 'laut': 'Laut Polizei'; nor after Polish and Czech ones, whose
    bodies' names go on in lower case: 'Podle Národního památkového ústavu jde o …'); after 'laut', without a German
    role noun before it ('Laut Kämmerer Tobias Wendel ist …', u92-31)."""
    before = masked[max(0, pos - 7) : pos].lower()
    german = before.endswith("laut ")
    if name is not None and " " not in name and not (len(name) >= 2 and name.isupper()):
        one_word = not german and not before.endswith(("podle ", "według "))
        return name if one_word and name[:1].isupper() and languages.ONE_WORD_BODY.match(masked, run.end) else None
    return languages.without_opening_role(name) if name is not None and german else name


def _according_cue(
    subjects: _Subjects, sentences: _Sentences, span: QuoteSpan, bounds: tuple[int, int], text: tuple[str, str]
) -> tuple[Attribution, int | None] | None | Literal[False]:
    """An 'according to' before the quote (`bounds`: its sentence's start and the window's; `text`: the window and
    its lower case): a name ('According to Name, …'), a pronoun ('Secondo lui, “…”'), or a relative after a name
    ('Name, secondo cui “…”'); None when one is there but names no one, False when none is."""
    (sent, lo), (head, low) = bounds, text
    according = _unless_a_name(_according_to_before(subjects, sent, lo, low), span.text, low)
    if according is not None:
        return according, None
    pronoun = _according_to_pronoun(subjects.names, sentences, (sent, lo), low, span.open_at)
    if pronoun is not None:
        return pronoun
    whom = languages.ACCORDING_TO_WHOM.search(head)
    if whom is None:
        return False
    # ('Amaro il tecnico ospite Davide Rota, secondo cui “…”': u90-34)
    found = _according_to_whom(subjects.names, lo + whom.start(), sent, whom.group("opener"))
    return (found, None) if found is not None else None


def _according_to_before(subjects: _Subjects, sent: int, lo: int, low: str) -> Attribution | None:
    """'According to Name, …, “…”' (the whole sentence attributed; in the other languages too), or
    '…, according to Name, “…”', in the lower-cased text `low` from `lo` to the quote."""
    if sent == lo and low.startswith(ACCORDING_TO + " "):
        name = subjects.according_to_name(sent + len(ACCORDING_TO) + 1)
        if name:
            return Attribution(name, ACCORDING_TO)
    if sent == lo and low.startswith(languages.APPOSED_ACCORDING_TO_OPENERS):
        opener = next(w for w in languages.APPOSED_ACCORDING_TO_OPENERS if low.startswith(w))
        name = _apposed_before_quote(subjects, sent + len(opener))
        return Attribution(name, opener.strip()) if name else None
    dash = _opener_at(low)  # (past a dialogue's dash or a 'but')
    if sent == lo and low.startswith(languages.ACCORDING_TO_OPENERS, dash):
        opener = next(w for w in languages.ACCORDING_TO_OPENERS if low.startswith(w, dash))
        name = subjects.described_or_according(sent + dash + len(opener))
        if name:
            return Attribution(name, opener.strip())
    at = low.rfind(", " + ACCORDING_TO + " ")
    if at >= 0:
        name = subjects.according_to_name(lo + at + len(ACCORDING_TO) + 3)
        if name:
            return Attribution(name, ACCORDING_TO)
    return None


def _according_to_pronoun(
    names: _Names, sentences: _Sentences, bounds: tuple[int, int], low: str, quote_at: int
) -> tuple[Attribution, int] | None:
    """Another language's 'according to him' opening the quote's sentence, with no name after it before the
    quote ('Secondo lui, “…”', 'Ifølge hende er der “…”', 'Volgens hem is het succes te danken aan …: “…”':
    the pronoun's referent, u42, b21, u66), at the pronoun's place; not 'Segundo ele, o presidente Name disse', nor
    a possessive ('Volgens haar advocaat': the pronoun must stand before a comma or a verb, the final review)."""
    masked, (sent, lo) = names.masked, bounds
    found = languages.ACCORDING_TO_PRONOUN.match(low) if sent == lo else None
    if found is None or names.runs_in(lo + found.end(), quote_at):
        return None
    # (not after someone the two sentences before went with, met, wrote to or brought in unnamed, whom the pronoun
    # may mean: 'La alcaldesa, Carmen Ruiz, visitó la obra con el arquitecto municipal. Según él, …', '… a écrit à la
    # SNCF. Selon elle, …', 'ha consultato un ingegnere': break13, break23, break53; nor after a sentence that opens
    # on someone unnamed, 'Il prefetto ha parlato per ultimo.')
    previous = sentences.start(max(0, sent - 2))
    before = masked[sentences.start(max(0, previous - 2)) : sent]
    if languages.COMPANION.search(before) or languages.SOMEONE_UNNAMED.search(before):
        return None
    if languages.UNNAMED_SUBJECT.match(masked, previous):
        return None
    return Attribution(None, found.group("opener")), lo + found.start("pronoun")


def _according_to_whom(names: _Names, comma: int, sent: int, opener: str) -> Attribution | None:
    """'Name, secondo cui “…”' (its kin in the other languages): the person named right before the comma."""
    run = names.run_ending_at(comma, sent)
    if run is None or len(run.tokens) < 2 or not run.tokens[0][:1].isupper():
        return None  # (a name of two words that opens on a capital: not 'Il comune di Roma, secondo cui', a place)
    if run.tokens[0].lower() in languages.ARTICLES:
        return None  # 'Der Anwalt von Peter Klein, nach dessen …': the run is a noun's (the final review)
    first = run.tokens[0].lower()
    if first not in GIVEN_NAMES and first not in ALL_GIVEN_NAMES and any(t in PARTICLES for t in run.tokens[1:-1]):
        return None  # 'L’avocat de Jean Dupont, selon qui …': the run took a role and its 'de' in
    before = names.masked[max(0, run.start - 40) : run.start]
    # (one of two people, 'Davide Rota e Luca Neri, secondo cui', break53; nor someone a role belongs to, 'il portavoce
    # del ministro Mario Rossi, secondo cui', 'L’avocat de Jean Dupont, selon qui': the final review)
    if before.endswith(_JOINED) or _OWNER_BEFORE.search(before):
        return None
    name = names.name_of(run, sure=True)
    return Attribution(name, opener) if name and _is_person(name) else None


_OWNER_BEFORE = re.compile(r"\b(?:del|della|dello|dei|de|di|da|do|du|des|von|van|of|d[’'])\s*(?:[a-zà-ž]+\s+){0,2}$")


def _according_sex_holds(masked: str, at: int, name: str) -> bool:
    """Whether a pronoun at `at` after another language's 'according to' ('Segundo ele', 'Ifølge hende') may refer to
    this name: only one whose given name the census gives the pronoun's sex ('Ifølge hende' after 'Søren': break53);
    any name for a pronoun after its verb ('“…”, contou ele', u76-36)."""
    pronoun = masked[at : at + 5].split(" ", 1)[0].rstrip(",.;:").lower()
    opener = masked[max(0, at - 9) : at].lower().split()
    if not opener or opener[-1] not in languages.ACCORDING_TO_PRONOUN_OPENERS:
        # (another language's pronoun after its verb: not a name the census gives the other sex only, '“…”, disse
        # ela' after 'Joaquim Sousa': the re-check of the final review; any name it does not know)
        sex = languages.PRONOUN_AFTER_VERB_GENDER.get(pronoun)
        return sex is None or _census_sex(name) in ("", sex)
    return _census_sex(name) == languages.ACCORDING_TO_PRONOUN_GENDER.get(pronoun)


def _census_sex(name: str) -> str:
    """The sex the census gives the name's given name (accents aside, the role aside: 'Borgmester Lene Holm'), or ''
    when it gives none or either: after another language's 'according to', the pronoun refers only to a name of its
    own sex (`_resolve_pronoun`; an ending is no sure sign: 'Rosario', 'Solveig', 'Jean' in French: the final
    review)."""
    # (from the first word the census knows: 'Trainer Erik van Dijk', 'L’allenatore Mario Rossi': a role it does not)
    words = languages.without_opening_role(name).split()
    return next((sex for word in words[:3] if (sex := census_gender(word))), "")


def _given_name_follows(masked: str, at: int, article: str, roles: str, roles_allowed: bool) -> bool:
    """Whether a given name and a capitalised surname stand at `at`, after no article and, unless `roles_allowed`,
    no role: what Swedish 'sa' and Norwegian 'sier' need (`languages.GIVEN_NAME_ONLY`; '”, sa Birgitta Holmqvist
    efteråt', '”, sier daglig leder Kristin Solheim i …': u70)."""
    if article or (roles.strip() and not roles_allowed):
        return False
    words = masked[at : at + _WINDOW].split()[:2]
    return (
        len(words) == 2
        and words[0].split("-")[0].lower() in ALL_GIVEN_NAMES  # (a double given name: 'sa Carl-Oskar Bohlin')
        and words[1][:1].isupper()
        and words[1].rstrip(".,;:!?")[1:].islower()
    )


# A street, a square or a road before a capitalised word: the word names the place ('de la calle Mayor').
_STREET_BEFORE = re.compile(
    r"\b(?:street|road|lane|avenue|calle|avenida|plaza|paseo|rue|boulevard|via|viale|piazza|corso|rua|praça|"
    r"largo|straat|laan|plein|gatan|gata|gade|gaten|vej|veien|ulica|ulicy|ulice|náměstí|třída)\s+$",
    re.IGNORECASE,
)


# The last word of an organisation's compound name in Dutch, German and the Nordic languages ('Huurdersvereniging').
_ORGANISATION_HEADS = (
    "vereniging",
    "stichting",
    "verband",
    "verein",
    "förening",
    "forening",
    "forbund",
    "förbund",
    "genossenschaft",
    "instituut",
    "institut",
)
_DATE_OPENERS = frozenset("ende anfang mitte".split())  # German words that open a date: 'Ende März', 'Anfang Mai'
_OF_THE = frozenset("del della dello dei degli delle von vom zur zum".split())  # 'of the' before an organisation


def _trimmed_name(
    names: _Names, masked: str, name: str, article_roles: tuple[str, str], verb_end: int, said: str
) -> str | None:
    """The person's name in what another language's verb `said` found (after `article_roles`, the article and the
    role words the verb took): past an employer's acronym or a capitalised role, before an organisation that follows
    a particle; None for one word after an article (a noun) and for a genitive (`_genitive_in`)."""
    article, roles = article_roles
    words = name.split()
    for k in range(2, len(words) - 1):
        if words[k] not in PARTICLES or words[k - 1] in PARTICLES:
            continue  # (a particle group is cut at its first particle: 'Anna de la Cruz de la Universidad …')
        tail = list(itertools.dropwhile(lambda w: w in PARTICLES, words[k:]))
        if tail and (
            # ('van de Vrije Universiteit'; a compound's head: 'van Huurdersvereniging Noord', u48)
            (
                len(tail) >= 2
                and any(w.lower() in ORGANISATION_WORDS or w.lower().endswith(_ORGANISATION_HEADS) for w in tail[:2])
            )
            or (words[k] in _OF_THE and tail[0].lower() in languages.ORGANISATION_WORDS)
            # (one word after 'van' or 'von' that is a body: 'zegt woordvoerder Mirjam Schuitema van Rijkswaterstaat',
            # u102; not a surname, 'Jan Peter van Dam')
            or (words[k] in ("van", "von") and len(tail) == 1 and tail[0].lower() in languages.ORGANISATION_WORDS)
        ):
            # 'zegt energie-econoom Femke Hoogendijk van de Hogeschool Utrecht', 'Luca Bianchi del Comune', 'Anna
            # Weber von der Gemeinde': the person, not the employer (u37, break23); one word after a surname's
            # particle is a surname ('Rui Miguel da Câmara', 'Jan Willem van der Post': break22)
            words = words[:k]
            name = " ".join(words)
            break
    # (where the name's last word ends after the verb: the fullest form may have more words before it, 'ha detto
    # Bellandi' for 'Giovanni Bellandi')
    at = masked.find(words[-1], verb_end) if words else -1
    end = at + len(words[-1]) if at >= 0 else len(masked)
    if _genitive_in(words, masked, end, said in languages.NORDIC_VERBS) or (
        len(words) >= 3 and words[1] in ("von", "vom") and words[0] in languages.GERMAN_RELATION_NOUNS
    ):  # (not 'Ferdinand von Schirach': break37)
        # someone's relative or an organisation's spokesperson: 'sagt Lenas Mutter', 'förklarar Region Skånes
        # presschef', 'erklärt die Mutter von Lena Krause' (break36); named after the role when a Nordic one is
        # ('sagde Forbrugerrådet Tænks jurist Camilla Brix Holm': u120-36)
        nordic = said in languages.NORDIC_VERBS and masked[end : end + 1] == " "
        role = masked[end + 1 : end + 40].split(" ", 1)[0]
        # (one role word, then the name: not 'jurist til Danmarks Radio', to whom she said it: break59-31)
        later = _name_after_genitive(names, masked, words[-1], at) if nordic else None
        return later if later is not None and masked.startswith(f" {role} {later}", end) else None
    if len(words) >= 3 and _opens_on_a_role(words, said, roles):
        name = " ".join(words[1:])
    elif len(words) == 1 and roles.strip() in languages.RELATIVE_NOUNS and name.lower() in GIVEN_NAMES and article:
        return name  # a relative's given name: 'racconta la nipote Giulia' (u51; not the outlet after it, 'a Radio
        # Popolare': break36)
    elif len(words) == 1:
        # (after an honorific a word is a person's name: 'spiega la signora Vanda': u38)
        if article and not (len(name) >= 2 and name.isupper()) and roles.strip() not in languages.GIVEN_NAME_HONORIFICS:
            return None  # one capitalised word after an article is a noun: 'sagte die Stadt', 'il Comune'
        name = _name_after_genitive(names, masked, name, verb_end) or name
    return name


def _opens_on_a_role(words: list[str], said: str, roles: str) -> bool:
    """Whether the first of a name's three words or more, after another language's verb `said` and its lower-case
    `roles`, is no part of the name: an employer's acronym ('dodał kierowca MZK Paweł Nowicki'), a German compound
    role ('Oberbürgermeister Frank Heller'), after a Polish or Czech verb and a role a team's or a town's genitive
    before a given name ('řekl trenér Hradce Vladimír Kučera': u46-36; not 'powiedział Luiz Carlos Pereira': break39),
    after a German or Dutch verb a capitalised role ('sagt Physiotherapeutin Jana Berg', 'Landwirt Klaus Meier':
    break36; not a double given name, 'Kai Uwe Brenner', nor before a particle, 'zegt Jelmer de Boer', nor after
    another language's verb, 'explicó Esther García López': break37, break38)."""
    first, given = words[0].lower() not in GIVEN_NAMES, words[1].lower() in GIVEN_NAMES
    return (
        (len(words[0]) >= 2 and words[0].isupper())
        or _ACRONYM_ROLE.match(words[0]) is not None  # ('zegt AP-bestuurder Marieke de Haan': u105-35)
        or languages.GERMAN_ROLE.match(words[0]) is not None
        or (said in languages.SLAVIC_VERBS and bool(roles) and first and given)
        or (
            said in languages.GERMANIC_VERBS
            and first
            and languages.CAPITALISED_ROLE.search(words[0]) is not None
            and words[1].lower() not in PARTICLES
        )
    )


def _genitive_in(words: list[str], masked: str, end: int, nordic: bool) -> bool:
    """Whether a name after another language's verb names someone's relative or an organisation's spokesperson: a
    given name's genitive before a German noun of a relation ('Lenas Mutter'), an apostrophe after it or in it
    ('Franz’ Witwe Renate'), or after a Nordic verb a last word in -s before a role's or a relative's noun
    ('Region Skånes presschef', 'Vålerengas trener', 'Annas mamma'; not 'zei rechter Anouk de Vries bij', 'säger
    Agnes och skrattar', 'säger Karin Lindroos tyst': break37, break38)."""
    if masked[end : end + 1] in ("’", "'") or any(word.endswith(("’", "'")) for word in words[:-1]):
        return True
    if (
        len(words) == 2
        and words[1] in languages.GERMAN_RELATION_NOUNS
        and words[0].endswith("s")
        and words[0][:-1].lower() in GIVEN_NAMES
        and words[0].lower() not in languages.GIVEN_NAMES_IN_S
    ):
        return True  # (not the surnames 'Katja Mann', 'Michael Freund', 'Andreas Mann': break37, break38)
    last = words[-1] if words else ""
    return (
        nordic
        and len(last) > 3
        and last.endswith("s")
        and masked[end : end + 1] == " "
        and masked[end + 1 : end + 2].islower()
        and languages.NORDIC_RELATION.match(masked[end + 1 : end + 24].split(" ", 1)[0].rstrip(",.;:")) is not None
    )


def _name_after_genitive(names: _Names, masked: str, word: str, pos: int) -> str | None:
    """A name of two words or more after `word` and one to three lower-case role words: `word` was a
    genitive ('Stockholms finansborgarråd Karin Wanngård', 'mluvčí Správy železnic Kateřina Šubová')."""
    start = masked.find(word, pos)
    after = languages.ROLES_THEN_NAME.match(masked, start + len(word)) if start >= 0 else None
    run = names.run_at(after.end()) if after else None
    later = names.name_of(run, sure=True) if run is not None else None
    return later if later is not None and " " in later else None


_FORMER_PREFIXES = ("then-", "ex-")


def _after_roles(m: str, pos: int, after_verb: bool = False) -> int:
    """`pos` moved past up to four lowercase title or role words ('publisher ', 'deputy head ', 'deputy chief
    executive officer '), each a word of TITLES or a word that describes the one after it ('sanctuary
    manager ', 'club secretary '), or `pos`; right `after_verb`, any word before a person's name
    (`_names_a_person_next`: not after a name, where it is a verb, 'Ann Berry thanked Paul Hart')."""
    for _ in range(_MAX_ROLES):
        end = m.find(" ", pos)
        if end < 0:
            break
        word = m[pos:end]
        if word.startswith(_FORMER_PREFIXES):  # 'then-mayor Name', 'ex-chairman Name' (u46)
            word = word.split("-", 1)[1]
        if word not in TITLES and word not in _LOWER_ROLES:
            if not (word.isalpha() and word.islower()) or word in _NOT_MODIFIERS:
                break
            # it describes a title one or two words on ('public works director'), the word between a describer too
            nxt = m.find(" ", end + 1)
            after = m.find(" ", nxt + 1) if nxt >= 0 else -1
            second = m[nxt + 1 : after] if after >= 0 else ""
            between = m[end + 1 : nxt] if nxt >= 0 else ""
            describes = nxt >= 0 and (
                between.lower() in TITLES  # 'county Supervisor Name': the title may be capitalised
                or between in _LOWER_ROLES
                or (second in TITLES and between.isalpha() and between.islower() and between not in _NOT_MODIFIERS)
            )
            if not describes and not (after_verb and _names_a_person_next(m, end + 1, word)):
                break
        pos = end + 1
    return pos


def _names_a_person_next(m: str, at: int, word: str) -> bool:
    """Whether a lower-case `word` the role lists lack stands before a person's name at `at`, a given name of the
    lists and a capitalised surname ('said steward Marjorie Kiddle': u71), and is no
    preposition's or time's word ('said to Name', 'said yesterday Name')."""
    if word in _NOT_DESCRIPTOR or word in _NOT_ROLE_WORDS:
        return False
    given, _, rest = m[at : at + _WINDOW].partition(" ")
    return given.lower() in ALL_GIVEN_NAMES and rest[:1].isupper() and rest[1:2].islower()


# Lower-case words before a name that make no role: times and manners ('said yesterday Name', 'said simply Name').
_NOT_ROLE_WORDS = frozenset(
    "yesterday today tonight tomorrow later earlier afterwards then now also again simply quietly only just once "
    "finally recently previously here there".split()
)


def _name_after_roles(names: _Names, m: str, run: _Run) -> _Run | None:
    """The name after lower-case roles that follow `run` (an organisation, place or team: 'Ryanair chief
    executive Michael O’Leary'), `run` itself when no role follows it, None when the roles lead to no name."""
    after = _after_roles(m, run.end + 1) if m.startswith(" ", run.end) else run.end
    return run if after <= run.end + 1 else names.run_at(after)


def _resolve_pronoun(names: _Names, at: int, done: list[Attribution], spans: list[QuoteSpan]) -> str | None:
    """'he'/'she' at `at`: the one person named before it, or the last speaker if it spoke just
    before. `done` holds the attributions of the quotes before this one, `spans` all quotes."""
    mentions: list[tuple[int, str]] = []
    pronoun_gender = _pronoun_gender(names.masked, at)
    # (a German determiner's noun is no referent of German 'sie' or 'er' only: 'Des Walsh … he said', break37)
    german_pronoun = names.masked[at : at + 4].split(" ", 1)[0].rstrip(",.;:") in _GERMAN_PRONOUNS
    french = languages.FRENCH_INVERSION.match(names.masked, at)
    other_sentence = None  # (start, end) of the sentence before the quote when it names an institution
    if french is not None:
        pronoun_gender = "f" if "elle" in french.group() else "m"
        if len(done) < len(spans):
            other_sentence = _french_institution_sentence(names.masked, spans[len(done)], pronoun_gender)
    for run in names.runs_in(at - _PRONOUN_WINDOW, at)[-_MAX_CANDIDATES:]:
        if names.governed(run, PERSONLESS_BEFORE) or _owns_the_next_person(names, run):
            continue
        if other_sentence is not None and not other_sentence[0] <= run.start < other_sentence[1]:
            continue
        if french is not None and pronoun_gender == "m" and _french_role_is_feminine(names.masked, run):
            continue  # 'Claire Fabre, présidente de l’association, … “…”, écrit-il' (break21)
        tokens = names.fullest(run.tokens, run.start)
        if len(tokens) == 2 and tokens[0] in _GERMAN_DETERMINERS and german_pronoun:
            continue  # a German noun after its determiner: 'Die Vorsitzende des Vereins, Name, …' (u53-34)
        # one capitalised word, with or without particles before it ('la Hipoteca', a noun after its article)
        single = len(tokens) == 1 or sum(1 for token in tokens if token[:1].isupper()) == 1
        # 'Mrs Garside was unimpressed. She told …': a surname after a personal title is a person's, unless the
        # title's gender is the pronoun's other ('Jane Holt … complaints about Mr Barker’s bonfires. “…,” she said')
        gender = _title_gender(names.masked, run)
        if gender and pronoun_gender and gender != pronoun_gender:
            continue
        personal = single and _lone_person(names, run, tokens[-1])
        if single and not (_surely_personal(tokens[-1]) or personal):
            continue  # a lone word may be a company's name, unless it spoke ('Çelikkaya said he …')
        name = " ".join(tokens)
        if _is_person(name, one_word=personal) and not _pronoun_phrase(name):
            mentions.append((run.start, name))
    for k in range(len(done) - 1, max(-1, len(done) - 1 - _MAX_CANDIDATES), -1):  # quotes before this one
        if spans[k].open_at < at - _PRONOUN_WINDOW:
            break
        speaker = done[k].speaker
        # a quote's speaker has spoken, even as one word, in another language ('dijo Bernal … añadió'; in English
        # '“…,” said Ryanair. … “…,” she said' names a company)
        if speaker and _is_person(speaker, one_word=done[k].cue in _OTHER_VERB_SET):
            mentions.append((spans[k].open_at, speaker))
    if not mentions:
        return None
    mentions.sort()
    if len({name for _, name in mentions}) == 1:
        # (one candidate whose given name says the pronoun's other sex is no referent: break41; after another
        # language's 'according to', a given name the census gives to the other sex, of any language: 'La
        # alcaldesa, Carmen Ruiz, … con el arquitecto municipal. Según él, “…”', break23)
        name = mentions[-1][1]
        return name if _may_be(pronoun_gender, name) and _according_sex_holds(names.masked, at, name) else None
    if done and done[-1].speaker and mentions[-1] == (spans[len(done) - 1].open_at, done[-1].speaker):
        return done[-1].speaker
    return None


_OWNED_ROLE = re.compile(r"[’']s? (?:[a-z]+ ){1,3}(?=[A-Z])")


def _owns_the_next_person(names: _Names, run: _Run) -> bool:
    """Whether a possessive name is the club, the firm or the town of the person named right after it, past a role
    ('St Fintan’s manager Tommy Rafter … “…” he said': u82-28): no referent of the pronoun, the person is."""
    if not run.possessive:
        return False
    owned = _OWNED_ROLE.match(names.masked, run.end)
    person = names.run_at(owned.end()) if owned is not None else None
    return person is not None and len(person.tokens) >= 2 and not person.possessive


def _lone_person(names: _Names, run: _Run, word: str) -> bool:
    """Whether a lone capitalised word before a pronoun is a person's name: it spoke ('Çelikkaya said he …'), or a
    personal title ('Mrs Garside') or an age ('Adeyemi, who is 18, …': u38; not 'Knockmore, who won the final':
    break23) goes with it. (A surname the article's speaker bears elsewhere is not enough: a bank, a club or a
    company bears it as often, 'Santander anunció despidos', 'Bolton dominated the first half': break41, a review.)"""
    m = names.masked
    return bool(
        (_speaks_next(m, run.end) and not _common_subject(word))
        or _after_honorific(m, run)
        or _AGE_AFTER.match(m, run.end)
    )


def _may_be(pronoun_gender: str, name: str) -> bool:
    """Whether an English 'he' or 'she' (`pronoun_gender` 'm' or 'f'; '' for another language's pronoun) may refer
    to a person of this name: not when the census gives its given name to the other sex only (`given_name_gender`)."""
    gender = given_name_gender(name)
    return not gender or not pronoun_gender or gender == pronoun_gender


def _subject_before(names: _Names, sentence: int, at: int) -> str | None:
    """The pronoun at `at` after a quote that opens its sentence, when it has more than one candidate: the person
    whose name opens the sentence before (`sentence`, where it starts), its subject, as a reader takes it ('Ellen
    Price, a ward sister, trained under Dr Okafor. “…” she said'). Only when every other name in reach follows a
    preposition of `_PREPOSITIONS` (not a verb's object, who may answer: 'Ann Berry thanked Paul Hart'), not another
    subject ('Marie Tremblay and Janet Oduya argued', 'Name, who …, and Name had both warned'), and the subject is a
    person by a given name or a title whose sex is not the pronoun's other, within the pronoun's reach."""
    m = names.masked
    run = names.run_at(sentence) if at - sentence <= _PRONOUN_WINDOW else None
    if run is None or run.possessive:
        return None
    run = _name_after_roles(names, m, run) or run
    tokens = names.fullest(run.tokens, run.start)
    name = " ".join(tokens)
    if (
        len(tokens) < 2
        or not (tokens[0].lower() in ALL_GIVEN_NAMES or run.titled)
        or not _is_person(name)
        or _pronoun_phrase(name)
    ):
        return None
    gender = _pronoun_gender(m, at)
    title_gender = _title_gender(m, run)
    if gender and title_gender and gender != title_gender or not _may_be(gender, name):
        return None
    if languages.FRENCH_INVERSION.match(m, at) is not None:
        return None  # French 'écrit-il' after a woman's name and her role (b21-19)
    for other in names.runs_in(run.end, at):
        between = m[run.end : other.raw_start].split() + [t for t in other.tokens if t[:1].islower()][:1]
        if _JOINING_WORDS & set(between) or not _after_a_preposition(between):
            return None
    return name


def _after_a_preposition(words: list[str]) -> bool:
    """Whether a preposition (or one elided before its noun: 'dell’associazione') governs what follows `words`,
    past at most two lower-case words after it ('under the surgeon Name', 'la merceria di Corso Garibaldi')."""
    for word in reversed(words[-3:]):
        if word in _PREPOSITIONS or _ELIDED_PREPOSITION.match(word):
            return True
        if not word.isalpha() or not word.islower():
            return False
    return False


_ELIDED_PREPOSITION = re.compile(r"^(?:d|dell|dall|nell|sull|all|coll|pell)[’'][a-zà-ÿ]")


# Words that join two subjects ('Name and his assistant, Name,'): a name after them is no object.
_JOINING_WORDS = frozenset("and or nor as et ou y o e und oder en och og eller i ani nebo".split())
# Prepositions after which a name is no one who answers ('trained under Dr Okafor', 'la merceria di Corso Garibaldi');
# not those of an addressee or a companion ('put the question to Name', 'with Name', 'al sindaco Name': break41), nor
# of a passive's agent ('was arrested by Detective Sergeant Name. “…” he said', 'von', 'door', 'av', 'przez', 'od',
# 'dal', 'pelo', 'por', 'par': a review), nor a verb's object ('thanked Paul Hart for his help. “…” he said').
_PREPOSITIONS = frozenset(
    """under behind beside near at in from of for into across inside outside during since before after on over via
    de du des pour sur sous chez depuis dans
    del de para sobre desde en entre bajo
    di del della dello dei degli delle in nel nella su sotto presso
    do dos das no na em sob desde
    vom aus bei in im unter über seit
    van uit bij in onder sinds
    från vid i på under hos efter
    fra ved i på under hos etter af
    z ze w we przy pod nad przed po
    z ze v ve při pod nad před po""".split()
)


def _before_relative(names: _Names, masked: str, lo: int, comma: int) -> str | None:
    """The name that a relative pronoun after its comma at `comma` refers to ('her eldest daughter, Mary
    Silva, who said that “…”', 'la filha mais velha, Maria das Graças Silva, que disse que “…”'): a run of
    two words or more, or one after a personal title, ending right before the comma."""
    run = names.run_ending_at(comma, lo)
    if run is None or run.possessive or (len(run.tokens) < 2 and not _after_honorific(masked, run)):
        return None
    # Only a name in apposition (after a comma) or opening the sentence: in 'the father of Liam Keane, who said',
    # 'z synem Jana Nowaka, który powiedział', 'dottern till Karin Berg, som sade' the pronoun is the head noun's
    before = masked[max(lo, run.raw_start - 2) : run.raw_start]
    role = masked[max(lo, run.raw_start - 24) : run.raw_start].split()[-1:]  # 'board chair Name, who said'
    apposed = (
        run.raw_start <= lo
        or before == ", "
        or before.endswith(". ")
        or (
            role
            and (
                role[0] in TITLES
                or role[0] in _AGENT_PREPOSITIONS
                or role[0] in _QUOTING_VERBS
                or languages.ROLE_NOUN.search(role[0])
            )
        )
    )  # ('led by Name, who said', 'dal sindaco Name, che ha detto', 'quoted Councillor Name, who said')
    if run.tokens[0].islower() or not apposed:
        return None
    return names.name_of(run, sure=True)


def _role_then_name(names: _Names, masked: str, pos: int) -> str | None:
    """'Volgens fractievoorzitter Kees Verhoef is er …', 'Segundo a enfermeira obstétrica Ana Cláudia Nóbrega,
    …': a singular article or none, one to three lower-case role words and a name of two words or more,
    with no comma between (not 'Secondo gli inquirenti, Marco Rossi avrebbe …': the source reports on
    him). A role word that ends as a plural does ('les enquêteurs', 'gli inquirenti', 'kolegů') or a preposition
    ('fuentes cercanas a Name') names no one."""
    roles = languages.ROLES_BEFORE_NAME.match(masked, pos)
    if roles is None:
        return None
    words = roles.group("roles").split()
    if any(
        (len(word) > 3 and word.endswith(languages.PLURAL_ENDINGS))
        or word in languages.AUXILIARIES
        or word in languages.ROLE_BREAKERS  # a preposition: 'Según fuentes cercanas a Name'
        or (word in languages.NOT_ROLE and word not in languages.ROLE_OF)
        for word in words
    ):
        return None
    run = names.run_at(roles.end())
    if run is None or len(run.tokens) < 2 or run.possessive:
        return None
    return names.name_of(run, sure=True)


def _people_named(names: _Names, surname: str) -> set[tuple[str, ...]]:
    """The people of a paragraph whose full name ends in `surname`, from their given name on ('Kämmerer Bernd
    Osterloh' gives 'Bernd Osterloh'); in a long paragraph, not read whole, the fullest name of it only."""
    runs = names.all_runs()
    # (a long paragraph: its fullest name of the surname, as looked up in a window)
    fulls = (
        [names.fullest((surname,), 0)] if runs is None else [run.tokens for run in runs if run.tokens[-1] == surname]
    )
    people = {_from_given_name(tokens) for tokens in fulls}
    return {person for person in people if len(person) >= 2}


def _from_given_name(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """A name from its first given name on ('Kämmerer Bernd Osterloh' → 'Bernd Osterloh'); empty without one."""
    given = next((k for k, word in enumerate(tokens) if word.lower() in ALL_GIVEN_NAMES), len(tokens))
    return tokens[given:]


def _german_so(
    names: _Names, m: str, pos: int, first: str, opens_sentence: bool
) -> tuple[Attribution, int | None] | Literal[False]:
    """'“…”, so Sprecherin Name.' (u41): German's 'says' after a quote (`first`, the word at `pos`, is 'so') that is
    the clause (`opens_sentence`), its comma after the closing mark (not English '“…,” so Democrat Name …'; not 'Auf
    dem Zettel stand “…”, so Polizeisprecherin Name': break27), with a German role word and a name of two words or
    more that closes the clause ('so Landrat Name (CDU).'), or a name and 'weiter' ('so Ebeling weiter.'), or a lone
    surname that closes it when the paragraph names the person in full, a common given name first ('so Osterloh.'
    after 'Kämmerer Bernd Osterloh': u64-31). Not another lone name, which English's 'so' (therefore) puts there too
    ('“…,” so Jenkins, who …', 'so Maureen.'), nor a plain noun ('so Experten.', 'so Anwohner, die …': break26)."""
    if first != "so" or m[pos - 2 : pos] != ", " or not opens_sentence:
        return False
    pos += 3
    at = pos + 4 if m.startswith(("der ", "die "), pos) else pos
    run = names.run_at(at)
    if run is None or run.possessive:
        return False
    closes = m[run.end : run.end + 1] in (".", ",", ";", "") or m.startswith(" (", run.end)
    if m.startswith(" weiter", run.end) and m[run.end + 7 : run.end + 8] in (".", ",", ";", ""):
        name = names.name_of(run, sure=True) if at == pos else None  # 'so Ebeling weiter.'
        words = name.split(" ") if name is not None else []
        while len(words) > 1 and languages.GERMAN_ROLE.match(words[0]):
            words = words[1:]  # the fullest form took the role in ('Landrat Thomas Ebeling (CDU). … so Ebeling weiter')
        return (Attribution(" ".join(words), "so"), None) if words else False
    if closes and at == pos and len(run.tokens) == 1:
        # a lone surname the paragraph names in full before ('Kämmerer Bernd Osterloh rechnete vor … “…”, so
        # Osterloh.': u64-31): the full name, without its role
        people = _people_named(names, run.tokens[0])
        if len(people) == 1:  # (two people of the name, a widow and her husband: no one, break47)
            return Attribution(" ".join(people.pop()), "so"), None
        return False
    roles = 0
    while (
        roles < len(run.tokens) - 1
        and languages.GERMAN_ROLE.match(run.tokens[roles])
        and not run.tokens[roles].endswith("crat")  # English 'Democrat', 'Bureaucrat'
    ):
        roles += 1
    if roles == 0 and _german_so_name(m, run):
        return Attribution(names.name_of(run, sure=True) or " ".join(run.tokens), "so"), None
    if not closes or roles == 0 or len(run.tokens) - roles < 2:
        return False
    name = names.name_of(run, sure=True)
    words = name.split(" ") if name is not None else []
    if words[:roles] != list(run.tokens[:roles]) or len(words) - roles < 2:
        return False
    return Attribution(" ".join(words[roles:]), "so"), None


# an employer's acronym or name and a role: 'AP-bestuurder', 'Rijkswaterstaat-woordvoerder' (u126-30; a surname's
# second part has its capital: 'Wołoszyn-Pietrzak')
_ACRONYM_ROLE = re.compile(r"^(?:[A-ZÄÖÜ]{2,6}|[A-ZÄÖÜ][a-zäöüß]{2,})-[a-zäöüß]{4,}$")
# (a body's: 'zegt de NS', 'aldus de VN', break55; not a role's, 'zegt de CEO', 'de DJ', the review)
_ACRONYM = re.compile(r"(?!(?:CEO|CFO|COO|CTO|CIO|DJ|MC|VJ|PR)\b)[A-Z]{2,6}\b")


def _portfolio_speaker(names: _Names, m: str, pos: int) -> tuple[Attribution, None] | None:
    """The speaker after a role and its portfolio or office ('“…”, ha detto l’assessora alla Protezione civile Sara
    Pedemonte', u100; 'il ministro dell’Interno Name', 'la ministra de Sanidad Name', 'l’adjointe aux sports Name'):
    the name from a given name the census knows, with a surname; the portfolio no given name, the role no relative
    ('la madre del ragazzo Luca Rossi' may name the boy), not told to someone ('ha detto al ministro …')."""
    found = languages.PORTFOLIO_AFTER.match(m, pos)
    if found is None or found.group("role").lower() in languages.KINSHIP:
        return None
    office = found.group("office")
    first_word = office.split(" ", 1)[0].lower()
    if first_word in ALL_GIVEN_NAMES or first_word in languages.PERSON_OFFICES:
        return None  # (a person's office: 'il difensore dell’imputato Name' names the defendant, not the lawyer)
    run = names.run_at(found.end()) or _run_from(names, found.start("office"), found.end())
    if run is None or len(run.tokens) < 2 or run.possessive or run.tokens[0].lower() not in ALL_GIVEN_NAMES:
        return None
    name = names.name_of(run, sure=True)
    if name is None or office in name:  # (the fullest form took the office back in)
        name = " ".join(run.tokens)
    return Attribution(name, found.group("verb")), None


def _run_from(names: _Names, lo: int, at: int) -> _Run | None:
    """The part from `at` on of a run that starts at or after `lo` and took in the words before `at` ('al Bilancio
    Marco Rossi', 'de Sanidad Mónica García': a portfolio's particle and name before a person's)."""
    first = names.masked[at:].split(" ", 1)[0]
    for run in names.runs_in(lo - 4, at + _NAME_SPAN):
        if run.raw_start < at < run.end and first in run.tokens:
            return run._replace(tokens=run.tokens[run.tokens.index(first) :], start=at, raw_start=at)
    return None


def _german_so_name(m: str, run: _Run) -> bool:
    """Whether a run after German 'so' with no role is a speaker: a common given name and a surname (two words) that
    end the sentence or go on with where the speaker is from ('so Jonas Feldhaus vom Verbraucherzentrale
    Bundesverband', 'so Anna Roth gegenüber der Zeitung': u98); not before a comma, as after English 'so' ('…
    so Samuel Okafor, the youngest player, put his hand up', b26), nor before the name's own verb."""
    if len(run.tokens) != 2 or run.tokens[0].lower() not in ALL_GIVEN_NAMES:
        return False
    return m[run.end : run.end + 1] in (".", ";", "!", "?", "") or _GERMAN_FROM.match(m, run.end) is not None


_GERMAN_FROM = re.compile(r" (?:vom|von|aus|vor|im|am|beim|bei|zum|zur|gegenüber)\b")


def _other_language_cue(
    names: _Names, m: str, pos: int, words: tuple[str, str, str], opens_sentence: bool
) -> tuple[Attribution, int | None] | None | Literal[False]:
    """Another language's cue right after a quote at `pos` (`words`: its first word, that word without punctuation,
    and the second; `opens_sentence`: whether the quote opens its sentence), or False when none is there."""
    first, bare, second = words
    german = _german_so(names, m, pos, first, opens_sentence)
    if german is not False:
        return german
    if (bare in _OTHER_VERB_SET or bare in languages.VERBS_BEFORE_PRONOUN) and second in languages.PRONOUNS:
        after = pos + len(first) + 1 + len(second)  # '“…”, sagte sie': as '“…,” she said'
        if m[after + 1 : after + 12].split(" ", 1)[0].rstrip(",.;:") in languages.NOT_AFTER_PRONOUN.get(bare, ()):
            return None
        needs = languages.NEEDS_AFTER_PRONOUN.get(bare)
        if needs is not None and not _before_sentence_end(m, after, needs):
            return None
        return Attribution(None, bare), pos + len(first) + 1
    inverted = languages.FRENCH_INVERSION.match(m, pos)
    if inverted is not None:  # '“…”, a-t-il déclaré'
        return Attribution(None, inverted.group()), pos
    if not first[:1].islower():
        return False
    other = languages.VERB_AFTER.match(m, pos)
    found = _other_language_after(names, m, other) if other is not None else None  # '“…”, ha detto lo scrittore Name'
    if found is not None:
        return found
    portfolio = _portfolio_speaker(names, m, pos)
    if portfolio is not None or other is not None:
        return portfolio
    verb_end = _pro_drop_after(m, pos)  # '“…”, dijo.': as '“…,” she said'
    return (Attribution(None, m[pos:verb_end]), pos) if verb_end is not None else False


def _idiom_before(
    subjects: _Subjects, sent: int, lo: int, head: str, after: str
) -> Attribution | None | Literal[False]:
    """'Name likes to say, “…”' and 'As Name put it, “…”' right before the quote (`head`, from `lo`; `after`: the
    quote's last character, its closing mark and ten more), or False when the quote's sentence has neither. The
    habit only of a person's name of two words or more and a quote that ends in its own punctuation, its sentence
    or its clause (not 'the banner over Main Street used to say: “…”', 'Name likes to say, “Middlemarch” is the
    only novel': break18; but '“…” and his sons still say it', '“…”; his players …': break21)."""
    if " to say" in head and (habit := _HABIT_BEFORE.search(head)) is not None:
        name = subjects.subject_before(lo, lo + habit.start())  # (from `lo`: a bounded window, as the cues read)
        last, rest = after[:1], after[2:]  # ('.” He', ',” and he', '”. She', '” and at', '”; his')
        ends = (
            last in ",.?!"
            or rest[:1] in (".", "!", "?", ";", "")
            or (rest[:1] == " " and not rest[1:2].islower())
            # 'Name used to say, “…” and his sons still say it', '“…” but even he' (break21, break23), not '“Ulysses”
            # and “Dubliners” are …' or '“The Quiet Man” but also …', titles (break22)
            or (rest.startswith(" and ") and rest[5:6].islower())
            or (rest.startswith(" but ") and rest[5:6].islower() and not rest.startswith(" but also"))
        )
        if name and ends and _is_person(name):
            return Attribution(name, habit.group("verb"))
        # After 'he' or 'she' right after a reporting verb and its short object the verb names the speaker ('Name told
        # the meeting that he likes to say': break22), unless a possessive before it names another referent ('said his
        # father, Paddy, … and that he liked to say': break21); another subject's habit names no one ('said everyone
        # in Ballina likes to say', a lone word that may be a town: 'Westport': break20).
        before = head[: habit.start()]
        told = _PRONOUN_AFTER_VERB.search(before)
        if told is not None and _POSSESSIVE_BEFORE.search(told.group()) is None:
            return False
        return None
    if (" put it" in head or " puts it" in head) and "As " not in head and (put := _PUT_IT.search(head)) is not None:
        # the name opens the sentence (not 'Those who knew Name put it simply:': break27)
        run = subjects.names.run_ending_at(lo + put.start(), lo)
        name = subjects.names.name_of(run, sure=True) if run is not None and run.raw_start == sent else None
        name = languages.without_opening_role(name) if name else None
        return Attribution(name, put.group("verb")) if name else None
    if "As " in head and (idiom := _AS_PUT_IT.search(head)) is not None:
        # from 'As': at a sentence's start its capital joins the name's run ('As Margaret Coyle'), dropped there
        name = subjects.subject_before(lo + idiom.start("subject") - 3, lo + idiom.start("verb"))
        return Attribution(name, idiom.group("verb")) if name else None
    return False


def _participle_subject(subjects: _Subjects, m: str, sent: int, verb: str, verb_at: int) -> str | None:
    """Who speaks through a participle before the quote: the sentence's subject ('Name is in line with …,
    emphasizing that “…”'); in the other languages only after a comma ('un voisin affirmant avoir entendu “…”' is
    the neighbour's: break17), and past an article opening the sentence ('La procureure, Name, a requis …,
    estimant qu’on “…”')."""
    if verb in languages.PARTICIPLES:
        if not m[:verb_at].endswith(", "):
            return None
        opening = m[sent : m.find(" ", sent)]
        if opening.lower() in languages.ARTICLES:
            sent += len(opening) + 1
    return subjects.sentence_subject(sent)


def _before_sentence_end(m: str, at: int, words: tuple[str, ...]) -> bool:
    """Whether one of `words` (each with its leading space) stands in m[at:] before the sentence's end ('voegde zij
    er, na een korte stilte, aan toe'; a period inside '9.30' or 'o.a.' ends none), within a bounded window: a
    paragraph of thousands of such quotes stays linear."""
    window = m[at : at + _PRO_DROP_CLAUSE * 2] + " "
    end = min((i for i in (window.find(c) for c in (". ", "! ", "? ", ";")) if i >= 0), default=len(window))
    for w in words:
        found = window.find(w, 0, end + 1)
        while found >= 0:
            after = at + found + len(w)  # (in the paragraph: the window may cut ' toen' to ' toe')
            if after >= len(m) or not m[after].isalnum():  # a whole word: ' toe', not ' toen' (break21)
                return True
            found = window.find(w, found + 1, end + 1)
    return False


def _after_start(text: str, m: str, span: QuoteSpan) -> int | None:
    """Where the words after a quote begin, past its comma (or, in Polish and Czech, the dash that sets the verb
    off: '"…" - powiedziała'); None when the quote ends its sentence, which what follows does not attribute."""
    pos = span.close_at + 1
    dash = m.startswith(_DASHES_AFTER, pos) and m[pos + 3 : pos + 4].islower()
    if not (_final_mark(text, span) in ",?!\u2014\u2013-\u2026" or m.startswith(",", pos) or dash):
        return None
    if m.startswith(",", pos):
        pos += 1
    elif dash:
        pos += 2
    return pos + 1 if m.startswith(" ", pos) else None


_DASHES_AFTER = (" - ", " \u2013 ", " \u2014 ")
# The prepositions of a passive's agent, before a name that a relative pronoun may refer to ('led by Name, who').
_AGENT_PREPOSITIONS = frozenset("by par por door".split())
# A verb whose object is the person a relative pronoun then refers to: 'Your report quoted Councillor Name, who said'.
_QUOTING_VERBS = frozenset({"quoted", "misquoted"})  # not 'cited' (a ticket), 'interviewed' (break16)
_PRO_DROP_CLAUSE = 80  # characters the rest of a pro-drop verb's clause may take ('a fine gara', 'em nota')
_PRO_DROP_WORDS = 5


def _pro_drop_after(m: str, pos: int) -> int | None:
    """Where a reporting verb of a language that leaves its pronoun subject out ends, right after a quote, when the
    rest of its clause names no one ('“…”, dijo.', '“…”, ha raccontato a fine gara.', '“…”, afirmou em nota.'): it
    says what 'she said' says. None when a capital, a digit or an article opening a subject follows ('ha spiegato
    il capitano dell’Audace', 'disse a ministra'), or the clause runs long."""
    verb = languages.PRO_DROP_AFTER.match(m, pos)
    if verb is None:
        return None
    rest = m[verb.end() : verb.end() + _PRO_DROP_CLAUSE]
    end = len(rest)
    for stop in (".", "!", "?", ";", _MASK, "\u201c", '"'):
        k = rest.find(stop, 0, end)
        if k >= 0:
            end = k
    if end == _PRO_DROP_CLAUSE:
        return None
    clause = rest[:end]
    if clause.startswith(", ") and clause[2:].split(" ", 1)[0] in languages.CLAUSE_OPENERS and "," not in clause[2:]:
        # '“…”, disse, enquanto escolhe as sardinhas.': another clause to the sentence's end, no subject (u55-33);
        # not '“…”, disse, quando confrontado com as faturas, o vereador …' (a subject after it: break41)
        return verb.end()
    if "," in clause.rstrip(" ,"):
        return None  # '“…”, afirmou, em nota, a defesa': a subject after the aside
    words = clause.replace(",", " ").split()
    if len(words) > _PRO_DROP_WORDS or any(not word.isalpha() or not word.islower() for word in words):
        return None
    # Nothing after the verb, or a phrase that opens with a preposition or a time word ('a fine gara', 'em nota',
    # 'en rueda de prensa'); not a subject ('dijo su abogado', 'ricorda chi lo conosceva', 'uvedla mluvčí firmy').
    if words and words[0] in languages.PRESS_DATIVES:
        words = words[1:]  # 'powiedział dziennikarzom po rozprawie': what follows the press is read (not 'powiedziała
        # dziennikarzom wdowa po ratowniku', a subject after it: break42)
    manner = (  # 'racconta commossa', 'disse emocionada' (a Slavic verb's one word is its subject: 'powiedział lekarz')
        len(words) == 1 and words[0] not in languages.NOT_MANNER and verb.group() not in languages.SLAVIC_VERBS
    )
    if (
        words
        and not manner
        and (
            words[0] not in languages.PRO_DROP_PHRASE_OPENERS
            or (words[0] in ("a", "o") and verb.group() in languages.PRO_DROP_PORTUGUESE)
        )
    ):
        return None
    return verb.end()


# Titles that only a person bears (not 'President', 'State' or 'General', which name offices and things too).
_HONORIFICS = (
    frozenset("mr mr. mrs mrs. ms ms. miss mx dr dr. sir dame professor prof. judge justice".split())
    | languages.HONORIFICS
)
# The titles dropped from the front of a name: English roles and titles, and other languages' honorifics.
_NAME_TITLES = TITLES | languages.HONORIFICS
_TITLES_AND_RANKS = _NAME_TITLES | _RANKS  # what a name's second word before 'of' may not be


_PRONOUN_GENDER = {"he": "m", "she": "f"}
_TITLE_GENDER = {
    **dict.fromkeys("mr mr. sir lord herr sr. sig. dhr.".split(), "m"),
    **dict.fromkeys("mrs mrs. ms ms. miss dame lady frau mme mlle sra. srta. sig.ra mevr.".split(), "f"),
}


def _pronoun_gender(m: str, at: int) -> str:
    """'m' or 'f' for the English pronoun at `at` ('she said') or just before it ('She told', where `at` is the
    verb's), else ''."""
    word = m[at : at + 4].split(" ", 1)[0].lower()
    if word not in _PRONOUN_GENDER:
        before = m[max(0, at - 5) : at].split()
        word = before[-1].lower() if before else ""
    return _PRONOUN_GENDER.get(word, "")


def _french_institution_sentence(m: str, span: QuoteSpan, pronoun_gender: str) -> tuple[int, int] | None:
    """(start, end) of the sentence right before the quote when it opens with an institution after an article: French
    'il' or 'elle' after the quote is then the institution's, not a person's named before it ('La préfecture du Var
    l’a refusée. “…”, annonce-t-elle': break21; 'Lundi, l’Agence régionale de santé a confirmé … “…”, écrit-elle':
    break23), unless the sentence names the person too; not a place or a thing ('Le quartier a changé. “…”, dit-il'
    is the person's). Read within a bounded window, so a paragraph of such quotes stays linear."""
    lo = max(0, span.open_at - _PRONOUN_WINDOW)
    end = m.rfind(".", lo, span.open_at)
    if end < 0 or m[end + 1 : span.open_at].strip():
        return None
    start = max(m.rfind(". ", lo, end), m.rfind("! ", lo, end), m.rfind("? ", lo, end))
    start = lo if start < 0 else start + 2
    found = _FRENCH_INSTITUTION.match(m, start, end)
    if found is None:
        return None
    article = found.group("article").lower()
    if (article == "la" and pronoun_gender == "m") or (article == "le" and pronoun_gender == "f"):
        return None  # 'La mairie veut racheter les murs. “…”, prévient-il' is the person's (break25)
    return start, end


# Feminine endings of French role nouns apposed to a name ('Name, présidente de …', 'Name, directrice').
_FRENCH_FEMININE_ROLE = ("trice", "ière", "ienne", "euse", "ente", "ante", "ointe")
# (the sentence's subject, after a time word and its comma: not an object, 'Elle a écrit à la mairie': break24)
_FRENCH_INSTITUTION = re.compile(
    r"(?:\w+, )?(?P<article>la|le|l[\u2019'])\s?(?:préfecture|mairie|municipalité|commune|ville|région|agence|"
    r"ministère|gouvernement|gendarmerie|police|préfet|direction|société|entreprise|association|fédération|"
    r"commission|sncf|ratp|ars|cnil|conseil|département|syndicat|fondation|justice|parquet|tribunal)\b",
    re.IGNORECASE,
)

_AGE_AFTER = re.compile(r", (?:who is |aged )?\d{1,3}(?:,| and | years)")


def _french_role_is_feminine(m: str, run: _Run) -> bool:
    """Whether a French role noun in a feminine form stands right after the name and its comma ('Claire Fabre,
    présidente'). Only the feminine form says a woman: the masculine form names women too ('Marie Dubois, professeur
    de lettres': break23); a noun before the name may be no role ('l’adjoint à la jeunesse Marc Dupont': break25)."""
    after = m[run.end : run.end + 30]
    word = after[2:].split(" ", 1)[0] if after.startswith(", ") else ""
    return word.isalpha() and word.islower() and word.endswith(_FRENCH_FEMININE_ROLE)


def _title_gender(m: str, run: _Run) -> str:
    """'m' or 'f' when the title the run dropped says it ('Mr Barker', 'Mrs Garside'), else ''."""
    dropped = m[run.raw_start : run.start].split()
    if m[max(0, run.raw_start - 8) : run.raw_start].lower().endswith(("mr and ", "mr & ")):
        return ""  # 'Mr and Mrs Okafor': both
    return _TITLE_GENDER.get(dropped[-1].lower(), "") if dropped else ""


def _apposition_of(names: _Names, segments: list[str], end: int, lo: int) -> bool:
    """Whether the last segment of a clause before its verb (ending at `end`), which ends in a name, is an apposition
    of what the segment before names, not the subject: that segment ends in a noun the name names ('…, the group,
    Neer Map, told us'), or is a person's name alone ('Marie Laval, l’assistante du maire Paul Girard, m’a dit')."""
    before = end - len(segments[-1]) - 1
    return _ends_in_apposed_noun(segments[-2].strip()) or _a_person_alone(names, segments[-2], before, lo)


def _a_person_alone(names: _Names, segment: str, end: int, lo: int) -> bool:
    """Whether a segment of a clause, ending at `end`, is a person's name alone, a given name first ('Marie Laval'):
    an apposition after it describes that person ('Marie Laval, the assistant to mayor Paul Girard, said'), not a
    role of the subject ('A lawyer for Brookline Crest, Alan Feuerstein, told', 'Sein Verteidiger, Rechtsanwalt Name,
    erklärte')."""
    run = names.run_ending_at(end, lo)
    return (
        run is not None
        and len(run.tokens) >= 2
        and names.masked[run.raw_start : run.end] == segment.strip()
        and run.tokens[0].lower() in ALL_GIVEN_NAMES
        and _is_person(" ".join(run.tokens))
    )


def _ends_in_apposed_noun(segment: str) -> bool:
    """Whether an apposition ('a …', 'who …') with a relative clause ends in a definite noun that the name after
    its comma names: 'Name, 29, a tester who co-founded the group, Neer Map, told us' (not 'and his granddaughter,
    Name,', 'As our founder, Name,', 'a spokeswoman for the family, Name, said')."""
    return (
        segment.split(" ", 1)[0] in _APPOSITION_OPENERS
        and _NAMES_THE_NOUN.search(segment) is not None
        and _RELATIVE_CLAUSE.search(segment) is not None
    )


def _only_roles(text: str) -> bool:
    """Whether `text` is only a title or role, after at most two words that describe it ('home manager ', ' club
    secretary '): what stands before a name that is the subject (not 'brought in by manager ')."""
    words = text.split()
    return (
        1 <= len(words) <= 3
        and (words[-1] in TITLES or words[-1] in _LOWER_ROLES)
        and all(word.isalpha() and word.islower() and word not in _NOT_MODIFIERS for word in words)
    )


def _after_honorific(m: str, run: _Run) -> bool:
    """Whether the words the run dropped before the name end in a title that only a person bears ('Mrs
    Garside'; at a sentence's start 'Mrs' is dropped as a capitalised word that is no name)."""
    dropped = m[run.raw_start : run.start].split()
    return bool(dropped) and dropped[-1].lower() in _HONORIFICS


def _name_runs(text: str, lo: int, hi: int) -> list[_Run]:
    """Runs of capitalised words in text[lo:hi]: particles ('de la', 'bin'), '&' and 'of' may join
    them ('Harrow & Vale Capital', 'Department of Health'), a possessive joins a capitalised next
    word ('St. Columba’s University Hospital'); titles and capitalised function words are dropped
    from their front.

    Every caller reads a bounded window or the whole paragraph once. Only the groups of words that
    can take part in a name are looked at word by word (`_word_groups`); the words between them
    only end a run. A group of one word (most groups: a sentence's first word, a lone name) is a
    run of that word if it is capitalised (what `_runs_of_words` does with one word), read here
    without a list or a call."""
    out: list[_Run] = []
    for words in _word_groups(text, lo, hi):
        if len(words) == 1:
            start, end, core, capitalised, _, possessive, _ = words[0]
            if capitalised:
                _flush_one(start, end, core, possessive is not None, out)
        else:
            _runs_of_words(words, out)
    return out


def _runs_of_words(words: list[_Word], out: list[_Run]) -> None:
    """The name runs of a list of `_words` tuples, appended to `out`: one pass over the words;
    `nxt_cap`, whether the next word that is not a particle is capitalised, is only looked up for
    the words that need it."""
    n = len(words)
    run: list[tuple[int, int, str]] = []
    for i in range(n):
        start, end, core, capitalised, ends, possessive, opened = words[i]
        if opened and run:
            _flush(run, False, out)
            run = []
        if capitalised:
            if possessive is not None and not ends and _next_capitalised(words, i + 1, n):
                run.append((start, start + len(possessive), possessive))  # 'Columba’s University'
                continue
            run.append((start, end, core))
            if ends or possessive is not None:
                _flush(run, possessive is not None, out)
                run = []
        elif (
            (core in PARTICLES or (core in _CONNECTORS and run and (core == "&" or not _common_subject(run[-1][2]))))
            and not ends
            and possessive is None
            and _next_capitalised(words, i + 1, n)
        ):
            run.append((start, end, core))  # 'de la Fuente', 'Power & Light', 'Department of Health'
        elif run:
            _flush(run, False, out)
            run = []
    if run:
        _flush(run, False, out)


def _next_capitalised(words: list[_Word], k: int, n: int) -> bool:
    """Whether the first word from k on that is not a particle ('de la Garza') is capitalised and
    does not open a quotation or parenthesis."""
    while k < n:
        _, _, core, capitalised, ends_run, _, opened = words[k]
        if core in PARTICLES and not ends_run and not opened:
            k += 1
            continue
        return capitalised and not opened
    return False


def _flush(run: list[tuple[int, int, str]], ended_possessive: bool, out: list[_Run]) -> None:
    """The name in a run of words, if any, appended to `out`: trailing particles and connectors,
    leading function words and modifiers, and titles dropped."""
    if len(run) == 1:
        start, end, core = run[0]
        _flush_one(start, end, core, ended_possessive, out)
        return
    _flush_words(run, ended_possessive, out)


def _flush_one(start: int, end: int, core: str, ended_possessive: bool, out: list[_Run]) -> None:
    """`_flush` of a run of one word (most runs: a sentence's capitalised first word, a place): what
    `_flush_words` does with one word, without its lists."""
    if core in _JOINERS:
        return
    low = core.lower()
    if low in NOT_NAMES or low.endswith(_MODIFIER_SUFFIXES) or not core[0].isupper():
        return
    out.append(_new_run(_Run, (start, start, end, (core,), False, ended_possessive)))


# _Run(...) runs the NamedTuple's Python-level __new__; tuple.__new__ makes the same object without it.
_new_run = tuple.__new__


def _flush_words(run: list[tuple[int, int, str]], ended_possessive: bool, out: list[_Run]) -> None:
    """`_flush` for a run of any length."""
    while run and run[-1][2] in _JOINERS:
        run.pop()
    if not run:
        return
    tokens = [core for _, _, core in run]
    lowered = [t.lower() for t in tokens]
    n = len(tokens)
    first = 0
    while first < n and (
        lowered[first] in NOT_NAMES or tokens[first] in _CONNECTORS or lowered[first].endswith(_MODIFIER_SUFFIXES)
    ):
        first += 1
    last_title = -1
    if not _NAME_TITLES.isdisjoint(lowered) or not _LOWER_ROLES.isdisjoint(lowered):  # most runs hold no title
        for i in range(n - 1, -1, -1):
            if lowered[i] in _NAME_TITLES or (
                # 'Town Clerk Mary Donnelly' (not 'James Clerk Maxwell', 'the James Clerk Maxwell Foundation')
                lowered[i] in _LOWER_ROLES and n - i > 2 and ORGANISATION_WORDS.isdisjoint(lowered)
            ):
                last_title = i
                break
    if last_title >= 0 and all(low in SUFFIXES for low in lowered[last_title + 1 :]):
        last_title = -1  # 'Martin Luther King Jr.': a surname that is also a title word
    elif last_title >= 0 and _titled_organisation(lowered, last_title):
        last_title = -1  # 'the King Street Baking School' (u50): a street's name, not a king
    cut = max(first, last_title + 1) if last_title + 1 < n else first
    if 0 < cut < n - 2 and lowered[cut - 1] == "member" and tokens[cut] == "of":
        cut += 2  # 'Member of Parliament Name', 'Member of Congress Name': the body is the title's
    while cut < n and tokens[cut] in _CONNECTORS:
        cut += 1
    kept = run[cut:]
    if kept and len(kept) <= _MAX_NAME_WORDS and (kept[0][2][0].isupper() or any(c[0].isupper() for _, _, c in kept)):
        out.append(
            _new_run(
                _Run,
                (
                    run[0][0],
                    kept[0][0],
                    kept[-1][1],
                    tuple([c for _, _, c in kept]),
                    last_title >= first and cut > first,
                    ended_possessive,
                ),
            )
        )


def _titled_organisation(lowered: list[str], title: int) -> bool:
    """A title word that opens an organisation's name ('King Street Baking School', 'Queen Street Medical Centre'):
    the run ends in an organisation's word, with no 'of' and no given name after the title ('Dean Jane Roe of Harvard
    University', 'Mayor Jane Roe Foundation' keep the cut)."""
    rest = lowered[title + 1 :]
    return (
        len(rest) >= 2
        and lowered[-1] in ORGANISATION_WORDS
        and "of" not in rest
        and all(low not in GIVEN_NAMES for low in rest)
    )


# A word: its leading opening marks, then the rest of its non-space characters.
_WORD = re.compile("(?=\\S)([" + re.escape(_OPENERS) + "]*)(\\S*)")
# A word ending in one of these needs the closer, period and possessive rules of `_words`.
_TAIL_CHARS = frozenset(_CLOSERS + ".'")
_POSSESSIVE_ENDINGS = ("\u2019s", "'s")
_JOINERS = PARTICLES | _CONNECTORS
# How a joiner that is a connector starts (with any ending, as _CANDIDATE finds it): no particle starts
# so. (A candidate that is no joiner but starts with '&', such as '&c', ends a run before this is asked.)
_CONNECTOR_PREFIXES = tuple(_CONNECTORS)
# A word (a maximal run of non-spaces, at the start or after a space) that may take part in a name:
# anything not starting with a lowercase ASCII letter or a digit, or a particle or connector.
# A joiner with anything after it but a word character counts too ('de’s', "van'", 'of,'): the
# look-ahead of `_next_capitalised` steps over a particle with a possessive ending.
# It is searched in the text with a space put in front, and matches that space before the word: a
# pattern that starts with a literal is tried only where that literal is (the regular-expression
# engine skips to it), not at every character as one starting with a look-behind ('(?<![^ ])') is,
# which took three times as long.
_CANDIDATE = re.compile(
    " (?:(?P<joiner>(?:"
    + "|".join(sorted(map(re.escape, _JOINERS), key=len, reverse=True))
    + ")(?:[^\\w ][^ ]*)?(?![^ ]))|[^ a-z0-9][^ ]*)"
)


def _words(text: str, lo: int, hi: int) -> list[_Word]:
    """(start, end, core, capitalised, ends_run, possessive, opened) for each word of text[lo:hi]."""
    seg = text[lo:hi]
    if not seg.isprintable():  # whitespace other than plain spaces: let the pattern find the words
        return [_word(m.group(2), m.start(2), m.start(2) != m.start()) for m in _WORD.finditer(text, lo, hi)]
    # Only plain spaces separate words (a cleaned paragraph): splitting is the same and faster.
    out = []
    at = lo
    for raw in seg.split(" "):
        if raw:
            out.append(_plain_word(raw, at))
        at += len(raw) + 1
    return out


def _plain_word(raw: str, at: int) -> _Word:
    """`_word` for a word found by splitting on spaces at offset `at` (openers still on it)."""
    if raw[0] in _OPENERS:
        lead = len(raw) - len(raw.lstrip(_OPENERS))
        return _word(raw[lead:], at + lead, True)
    if raw[-1] not in _TAIL_CHARS and not raw.endswith(_POSSESSIVE_ENDINGS):
        # The common word: nothing to strip.
        return (at, at + len(raw), raw, raw[0].isupper() and _MASK not in raw, False, None, False)
    return _word(raw, at, False)


def _word_groups(text: str, lo: int, hi: int) -> list[list[_Word]]:
    """The `_words` of text[lo:hi] in groups that `_runs_of_words` reads one at a time with the
    same result as reading all words at once: the groups are cut at the words that can only end
    a run. Such a word does not open a quotation, does not start with a capital, and is neither a
    particle or connector nor one with a non-word character after it ('de’s', 'of,'):
    `_runs_of_words` then flushes the run at it, and `_next_capitalised` neither finds a capital
    there nor steps over it (it steps over 'de’s'), as at a group's end. Words kept in a group
    that need not be are harmless: within a group, every word is read as in the full pass."""
    seg = text[lo:hi]
    if not seg.isprintable():
        return [_words(text, lo, hi)]
    groups: list[list[_Word]] = []
    group: list[_Word] | None = None
    last_end = 0
    # Candidates: words that do not start with a lowercase ASCII letter or digit, and particles and
    # connectors (with any ending). The rest (most words) can only end a run; the pattern skips them.
    for m in _CANDIDATE.finditer(" " + seg):  # a match is the space before a word, then the word
        raw = m.group()[1:]
        start = m.start()  # where the word starts in `seg` (one less than in the searched text)
        first = raw[0]
        opens = first in _OPENERS
        if not (first.isupper() or opens or m.lastgroup == "joiner"):
            group = None  # e.g. '·' (quoted text), '2020', '—': ends a run
            continue
        # One space since the last candidate (the common case) is decided without counting.
        if group is None or (start - last_end != 1 and seg.count(" ", last_end, start) != start - last_end):
            if raw.startswith(_CONNECTOR_PREFIXES):
                # A connector that opens a group joins nothing (`_runs_of_words` joins one only to a
                # run before it): the group starts with the next candidate ('of' in 'the state of Ohio').
                group = None
                continue
            group = []  # a word between this candidate and the last ends a run
            groups.append(group)
        last_end = start + len(raw)
        if opens or raw[-1] in _TAIL_CHARS or raw.endswith(_POSSESSIVE_ENDINGS):
            group.append(_plain_word(raw, lo + start))
        else:  # the common word, as `_plain_word` reads it: nothing to strip
            at = lo + start
            group.append((at, at + len(raw), raw, first.isupper() and _MASK not in raw, False, None, False))
    return groups


def _word(core: str, start: int, opened: bool) -> _Word:
    """One word's tuple for `_words`, from the word without its opening marks."""
    if not core:
        return (start, start, core, False, False, None, opened)
    if core[-1] not in _TAIL_CHARS and not core.endswith(("\u2019s", "'s")):
        return (start, start + len(core), core, core[0].isupper() and _MASK not in core, False, None, opened)
    ends = False
    while core and core[-1] in _CLOSERS and not core.endswith(("s\u2019", "s'")):
        core = core[:-1]  # keep a plural possessive ('Employers’ Council')
        ends = True
    if core.endswith(".") and not _is_abbreviation(core):
        core = core[:-1]
        ends = True
    possessive = None
    if core.endswith(("\u2019s", "'s", "\u2019", "'")):
        for suffix in ("\u2019s", "'s", "\u2019", "'"):
            if core.endswith(suffix) and len(core) > len(suffix):
                possessive = core
                core = core[: -len(suffix)]
                break
    capitalised = bool(core) and core[0].isupper() and _MASK not in core
    return (start, start + len(core), core, capitalised, ends, possessive, opened)


# What someone said often, after their name: '“…,” Name used to say', '…, Name would always say' (not a
# bare 'would say': an opinion's hypothetical, 'If the minister were honest, “…,” Name would say').
# What follows a pronoun's habitual verb when the quote was what the person said: the sentence's end, or the next quote.
_HABIT_ENDS = (".", "!", "?", ", \u201c", ', "', ": \u201c")
_HABITUAL = re.compile(
    r",? ((?:used to|would (?:often|always)|liked to|likes to|loved to|loves to) (?:say|tell us)"
    r"|(?:was|is) fond of saying)\b"
)


def _cue_after_name(rest: str) -> str | None:
    """The reporting verb or phrase after a speaker's name, in what follows the name: ' said', ', a role,
    told', ', used to say'."""
    verb = None
    if rest.startswith(" "):
        verb = rest[1:].split(" ", 1)[0].rstrip(",.;:")
    elif rest.startswith(", ") and rest[2:].split(" ", 1)[0].rstrip(",.;:") in REPORTING_VERBS:
        verb = rest[2:].split(" ", 1)[0].rstrip(",.;:")
    elif rest.startswith(","):
        verb = _verb_after_apposition(rest)
    if verb in REPORTING_VERBS:
        return verb
    habit = _HABITUAL.match(rest)  # '“…,” my grandmother, Fadila Hodžić, used to say, “…”'
    return habit.group(1) if habit else None


def _verb_after_apposition(rest: str) -> str | None:
    """In ', a role, told reporters', the verb after the apposition (no quote or sentence end between)."""
    k = 0
    for _ in range(_APPOSITION_SEGMENTS):
        k = rest.find(", ", k + 1)
        if k < 0:
            return None
        between = rest[:k]
        if _MASK in between or "\u201c" in between or '"' in between or ". " in between:
            return None
        word = rest[k + 2 :].split(" ", 1)[0].rstrip(",.;:")
        if word in REPORTING_VERBS:
            return word
    return None


def _is_abbreviation(word: str) -> bool:
    """'U.S.', 'J.', 'Dr.', 'St.': a period that ends neither the name nor the sentence."""
    bare = word.rstrip(".")
    if not bare:
        return False
    if bare.lower() in ABBREVIATIONS or bare in _TITLE_ABBREVIATIONS:
        return True
    first_period = word.find(".")
    if first_period > 1:
        return False  # its first part is longer than one letter ('million.'): the common case, decided here
    parts = word.split(".")[:-1]
    return all(len(p) == 1 and p.isalpha() for p in parts)


def _ends_with(tokens: tuple[str, ...], tail: tuple[str, ...]) -> bool:
    if len(tokens) < len(tail):
        return False
    end = tokens[len(tokens) - len(tail) :]
    if end == tail:
        return True
    # A surname's particle is capitalised where it opens the name ('zei Van Dijk' for 'Sanne van Dijk').
    return len(tail) >= 2 and tail[0].lower() == end[0] and end[0] in PARTICLES and end[1:] == tail[1:]


def _starts_with(tokens: tuple[str, ...], head: tuple[str, ...]) -> bool:
    return len(tokens) >= len(head) and tokens[: len(head)] == head


@functools.lru_cache(maxsize=4096)
def _is_person(name: str, one_word: bool = False) -> bool:
    """A name of two words or more, or a surname (`_surely_personal`, or `one_word`: the caller knows it
    spoke), that holds no organisation, place or demonym word."""
    words = [w.lower() for w in name.split(" ")]
    # A demonym may be the surname of a name that opens with a common given name ('Sheila English', 'Tom French':
    # break21), not a word of an organisation's or a people's ('the Irish Farmers', 'English Heritage').
    demonym_words = words[:-1] if len(words) >= 2 and words[0] in GIVEN_NAMES else words
    return (
        (len(words) >= 2 or one_word or _surely_personal(name))
        and not any(w in ORGANISATION_WORDS or w in PLACE_WORDS for w in words)
        and not any(w in DEMONYMS for w in demonym_words)
        and "&" not in words
        and not name.isupper()
    )


def _speaks_next(m: str, end: int) -> bool:
    """Whether the word after `end` is a reporting verb: the run before it is someone who speaks (not after 'has':
    'Ryanair has said …' names a company as 'Ryanair said' does, and made 'she said' null: break18)."""
    return m.startswith(" ", end) and m[end + 1 : end + 1 + _LONGEST_VERB].split(" ", 1)[0].rstrip(",.;:") in (
        REPORTING_VERBS
    )


_LONGEST_VERB = max(map(len, REPORTING_VERBS)) + 1


def _surely_personal(word: str) -> bool:
    """A lone word that can only be a surname: a double-barrelled or inner-capital name
    ('Obi-Adeyemi', 'McAllister'), not a company's one-word name."""
    return " " not in word and not word.isupper() and any(c.isupper() for c in word[1:]) and "&" not in word


def _common_subject(word: str) -> bool:
    """A capitalised first word that is likely a plain noun ('Critics', 'Officials', 'Police')."""
    low = word.lower()
    return low in COMMON_SUBJECTS or low in NOT_NAMES or (low.endswith(_COMMON_SUFFIXES) and not _surely_personal(word))
