"""A deterministic synthetic corpus in the raw layout, for benchmarks and scale tests.

`synth_file(i, seed)` makes file number i from its own random stream, so file i is the same bytes
whatever the corpus size: a 1,500-file corpus is a prefix of the 6,000-file one. Each article is a
record (headline, image credit, 5 to 40 body paragraphs with quotes, bio, a sidebar of 30 to 60
related links, boilerplate) rendered by `render.render_article`; what a build keeps is what `parse`
reads back, since quote speakers are derived by attribution on parse.

Prose comes from a pool of sentences built once per process from fixed word lists (drawing each
word per file would cost about ten times more); each file picks its own sentences, cast of named
people and organisations, quotes and sidebar. Headlines come from an injective mix of word slots,
so ids (headline + author) do not collide below `HEADLINE_SPACE` files.

A small share of files carry the real-world damage docs/raw-format.md describes, so builds exercise rejects
and duplicates: CRLF line endings, Windows-1252 bytes, a byte-order mark, mojibake, truncation
(these still parse to valid records), exact copies of an earlier file (duplicates), and files a
build must reject (empty, whitespace only, binary, a cookie banner, undecodable bytes).
"""

from __future__ import annotations

import codecs
import datetime as dt
import functools
import math
import os
import random
import time
from collections import Counter
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from .layout import MORE_ARTICLES_LINE, SHARE_LINE, format_credit_line
from .render import render_article

_T = TypeVar("_T")

FILES_PER_FOLDER = 1000

# Per-file kinds, with the share of files that get each (the rest are "clean"). The record kinds
# parse to valid records; "duplicate" is an exact copy of an earlier file; "reject" must be refused.
DAMAGE_RATES: dict[str, float] = {
    "reject": 0.005,
    "duplicate": 0.005,
    "crlf": 0.01,
    "cp1252": 0.01,
    "bom": 0.005,
    "mojibake": 0.005,
    "truncated": 0.005,
}
RECORD_KINDS = ("clean", "crlf", "cp1252", "bom", "mojibake", "truncated")
KINDS = RECORD_KINDS + ("duplicate", "reject")
REJECT_KINDS = ("empty", "whitespace", "binary", "cookie-banner", "undecodable")
DUPLICATE_WINDOW = 500  # a copy repeats one of the 500 files before it

MIN_PARAGRAPHS, MAX_PARAGRAPHS = 5, 40
MIN_LINKS, MAX_LINKS = 30, 60
SENTENCE_POOL_SIZE = 6000


def _phrases(text: str) -> list[str]:
    """'a|b c|d' over several lines -> ['a', 'b c', 'd'], each phrase's spacing normalised."""
    return [" ".join(p.split()) for p in text.split("|")]


# Word lists: all in Windows-1252, so any article can be saved as cp1252.
FIRST = """Maria James Ana Luis Gregory Niamh Colin Zoë Marta Jonah Priya Tomás Ingrid Kwame Aisha Daniel
Helena Rafael Sofia Pieter Amara Lars Camille Mateo Yusuf Elena Oskar Fatima Hugo Leila Bruno Noor Ivan
Chloé Sean Mei Andrés Grace Tariq Astrid Felix Nadia Joaquín Ruth Emeka Clara Stefan Imani Paul Lucía
Omar Greta Malik Inés Dmitri Hannah Kofi Beatriz Viktor Esther Rohan Leonie Samuel Yara Marcus Julia
Anders Rosa Ibrahim Agnes Theo Carmen Nikolai Sadie Arjun Frida Dorothy Kenji Olga Simón Wanjiru""".split()
LAST = """Elich Carrasco Oyarzún Thistlewood Kaminski Ó'Faoláin Szabó Prado O’Connor Okafor Lindqvist Moreau
Haddad Novak Castillo Mbeki Brennan Fischer Alvarez Nakamura Osei Vandenberg Rahman Costa Petrov Holm
Dubois Mensah Quinn Schäfer Ferreira Nilsson Reyes Achebe Kowal Jansen Duarte Whitford Sørensen Bauer
Almeida Ibáñez Kavanagh Surin Cook Swanson Khan Baker Wittner Stanton Hoh Morley Cockburn García Rall
Tucker Raskin Ochenski Harrison Moran Sanders Hudson Street Richman Levis Feffer Nader Eskow Rasmus
Lisnoff Whitehead Sahlins Lévesque Çelik Muñoz Øvergaard Ferraro Adeyemi Markovic Olsen Hartmann
Björk Delgado Mwangi Ashworth Pereira Lindgren Kuznetsov Gallagher Abiola Vasquez Lehmann""".split()
_PLACE_NAMES = """Lisbon Nairobi Glasgow Cleveland Rotterdam Valparaíso Tbilisi Manila Accra Bogotá Kraków Marseille
Fresno Halifax Jakarta Montevideo Porto Dakar Tampere Bilbao Tucson Leeds Gdańsk Córdoba Lagos Oaxaca Gothenburg
Duluth Mombasa Antwerp Quito Belfast Winnipeg Naples Asunción Tromsø Kingston Durban Dortmund Spokane
Sheffield Cusco Lyon Aarhus Hamilton Kumasi Brno Tijuana Galway Zaragoza Cebu Arequipa Bergen""".split()
PLACES = [p.replace("Gdańsk", "Gdansk") for p in _PLACE_NAMES]  # ń is not in Windows-1252
ORGS = [
    "Harbour Workers Union",
    "Regional Water Board",
    "Tenants Union",
    "Transit Riders Alliance",
    "Dairy Farmers Cooperative",
    "Nurses Association",
    "Central Electoral Commission",
    "Fisheries Council",
    "Miners Federation",
    "Warehouse Workers Union",
    "Bus Drivers Guild",
    "Port Authority",
    "Housing Trust",
    "Rural Health Network",
    "Coastal Protection Agency",
    "Renters Collective",
    "Chamber of Commerce",
    "Ministry of Finance",
    "Environmental Defence Fund",
    "Civil Liberties Council",
    "National Audit Office",
    "Public Defenders Office",
    "Agricultural Workers Union",
    "Metropolitan Transit Authority",
    "Institute for Fiscal Studies",
    "Refugee Legal Centre",
    "Open Markets Institute",
    "Energy Regulator",
]
ROLES = """spokesperson organiser economist researcher lawyer councillor analyst director nurse teacher
fisher farmer driver tenant historian engineer campaigner negotiator auditor inspector""".split()
ADJ = """new local regional national quiet public private rural urban modest sweeping costly temporary
permanent fragile uneven longstanding controversial widely criticised overdue ambitious limited
informal formal hidden unpaid seasonal coastal northern southern independent municipal federal
emergency annual complex narrow broad""".split()
NOUN = """plan budget contract strike hearing report agreement policy ruling vote union council court
market shortage wage rent route quota subsidy program review inquiry deadline proposal reform license
permit audit clinic harbour reservoir warehouse cooperative pension tariff dispute settlement crisis
shift election campaign lawsuit petition""".split()
NOUN_PLURAL = [n[:-1] + "ies" if n.endswith("y") else n + "s" for n in NOUN]
PNOUN = """workers tenants farmers nurses drivers residents officials lawmakers families voters
students teachers fishers inspectors managers landlords commuters patients judges regulators""".split()
VERB_PAST = """approved rejected delayed expanded proposed criticised funded reviewed blocked supported
questioned challenged announced postponed defended extended cancelled revised endorsed ignored
welcomed opposed negotiated reopened suspended""".split()
VERB_INF = """cut raise freeze expand review delay replace protect restore reduce limit fund close
reopen extend""".split()
ADV = """quietly sharply gradually repeatedly finally already openly largely narrowly publicly""".split()
TIMES = _phrases("""on Monday|on Tuesday|on Wednesday|on Thursday|on Friday|last week|last month|in March|in April
|in the spring|over the summer|this year|in 2019|since 2015|earlier this month|after the election""")
CONNECTORS = _phrases("but|and|while|although|because|even as|after|before|so that")
SUBHEADS = _phrases("""What Comes Next|The Numbers|A Long Dispute|Who Pays|The Vote|Behind the Deal|Lessons From
the Past|A Divided Council|The Fine Print|Running Out of Time""")

# Headline slots; the headline of file i is an injective mix of them (see `_headline`).
H_LEAD = _phrases("""Why|How|Inside|After|Behind|Before|When|What|Where|Who Wins as|Who Pays for|The Quiet Fight
Over|The Long Road to|A Reckoning for|The Real Cost of|The Politics of|The Battle for|Notes on|The Return of
|The End of|The Myth of|Rethinking|Defending|Saving|Counting|Reading|Remembering|Measuring|Mapping
|Questioning|Trusting|Funding|Fixing|Building|Breaking|Selling|Buying|Taxing|Regulating|Policing
|Organising|Unionising|Reforming|Rebuilding|Occupying|Striking for|Marching for|Voting on""")
H_TOPIC = [
    f"{a} {n}"
    for a in """Water Rent Wage Bail Fishing Dairy Transit Housing Pension Climate Border Data
Farm Port School Clinic Tariff Energy Mining Forest""".split()
    for n in """Rights Strikes Quotas Hearings Cuts Markets Deals Reforms Courts Votes""".split()
][:200]
H_PLACE = [f"{prep} {p}" for prep in ("in", "for", "across") for p in PLACES][:150]
H_TAIL = _phrases("""Is Far From Over|Tests a New Law|Divides a Council|Leaves Questions|Comes to a Head
|Faces a Deadline
|Splits the Left|Worries Regulators|Draws a Crowd|Ends in Court|Shows Its Limits|Meets Resistance|Wins a
Reprieve|Hits a Wall|Gains Ground|Loses Its Shine|Returns to the Table|Raises the Stakes|Runs Out of
Money|Changes the Map|Needs a Plan|Keeps Growing|Goes Unnoticed|Finds a Voice|Sparks a Debate""")
HEADLINE_SPACE = len(H_LEAD) * len(H_TOPIC) * len(H_PLACE) * len(H_TAIL)
# An odd multiplier coprime to HEADLINE_SPACE: i -> (a*i + b) mod M is a permutation of 0..M-1.
_HEADLINE_MULTIPLIER = next(a for a in range(2_654_435_761, 2_654_435_761 + 10_000) if math.gcd(a, HEADLINE_SPACE) == 1)

CREDIT_FORMS = ("Photograph by", "Image by", "Photo:", "Image:", "Photo credit:")
COOKIE_BANNER = (
    "Your privacy choices\n\nWe and our partners use cookies to store and access information on your device."
    "\n\nAccept all\n\nReject all\n\nManage preferences\n"
)


@dataclass(frozen=True)
class SynthFile:
    kind: str  # one of KINDS
    data: bytes
    detail: str = ""  # the reject kind, or "copy of N" for a duplicate


def synth_path(out_dir: Path, i: int) -> Path:
    """Where file i goes: 1,000 files per folder, names in index order (so path order is i order)."""
    return out_dir / f"{i // FILES_PER_FOLDER:04d}" / f"synth-{i:07d}.txt"


def synth_file(i: int, seed: int) -> SynthFile:
    """File number i of the corpus `seed`: a pure function of (i, seed)."""
    d = _Draw(f"synth:{seed}:{i}")
    kind = _kind(d.random())
    if kind == "duplicate":
        # An exact copy of an earlier file that is a record (path order puts the original first).
        for j in _earlier(d, i):
            original = synth_file(j, seed)
            if original.kind in RECORD_KINDS or original.kind == "duplicate":
                return SynthFile("duplicate", original.data, f"copy of {j}")
        kind = "clean"
    if kind == "reject":
        which = d.pick(REJECT_KINDS)
        return SynthFile("reject", _reject_bytes(d.rng, which), which)
    article = _article(d, i, seed)
    text = render_article(article)
    if article["image_credit"] is not None and d.random() < 0.4:
        # Other real-world forms of the credit line; parse reads the same credit from each.
        line = format_credit_line(article["image_credit"])
        text = text.replace(line, f"{d.pick(CREDIT_FORMS)} {article['image_credit']}.", 1)
    if d.random() < 0.3:
        text = text.rstrip("\n")  # real files may end without a newline
    if kind == "crlf":
        data = text.replace("\n", "\r\n").encode("utf-8")
    elif kind == "cp1252":
        data = text.encode("cp1252")
    elif kind == "bom":
        data = b"\xef\xbb\xbf" + text.encode("utf-8")
    elif kind == "mojibake":
        # UTF-8 read as Windows-1252 and saved again as UTF-8 (bytes undefined there kept as C1).
        data = text.encode("utf-8").decode("cp1252", errors=_C1).encode("utf-8")
    elif kind == "truncated":
        cut = d.between(len(text) * 2 // 3, len(text) - 1)
        data = text[:cut].encode("utf-8")
    else:
        data = text.encode("utf-8")
    return SynthFile(kind, data)


def _kind(u: float) -> str:
    for kind, rate in DAMAGE_RATES.items():
        if u < rate:
            return kind
        u -= rate
    return "clean"


def _earlier(d: _Draw, i: int) -> list[int]:
    """Candidates for the original of a copy: a random earlier file, then the ones before it."""
    if i == 0:
        return []
    start = max(0, i - DUPLICATE_WINDOW)
    first = d.between(start, i - 1)
    return list(range(first, start - 1, -1))


def _c1_handler(exc: UnicodeDecodeError) -> tuple[str, int]:
    # Bytes undefined in Windows-1252 (0x81, 0x8D, 0x8F, 0x90, 0x9D) become the C1 control of the
    # same number, as browsers and ftfy's "sloppy" codec do.
    return "".join(chr(b) for b in exc.object[exc.start : exc.end]), exc.end


_C1 = "synth-c1"
codecs.register_error(_C1, _c1_handler)  # type: ignore[arg-type]  # used to decode only: gets UnicodeDecodeError


def _reject_bytes(rng: random.Random, which: str) -> bytes:
    if which == "empty":
        return b""
    if which == "whitespace":
        return b" \n\n\t \r\n" * rng.randint(1, 20)
    if which == "binary":
        return b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + rng.randbytes(rng.randint(200, 4000))
    if which == "cookie-banner":
        return COOKIE_BANNER.encode("utf-8")
    # Not UTF-8, and holding bytes Windows-1252 leaves undefined.
    return b"FacebookTwitterRedditEmail\n\n\x81\x8d\x8f\x90\x9d headline \x93quoted\x94\n"


# --- the article ---------------------------------------------------------------------------------


@functools.cache
def _sentence_pool() -> tuple[str, ...]:
    """A fixed pool of English-like sentences of varied length (the same in every process)."""
    d = _Draw("synth-sentence-pool")
    return tuple(_sentence(d) for _ in range(SENTENCE_POOL_SIZE))


@functools.cache
def _title_pool() -> tuple[str, ...]:
    d = _Draw("synth-title-pool")
    return tuple(_title(d) for _ in range(3000))


@functools.cache
def _sidebar_author_pool() -> tuple[str, ...]:
    """The sidebar's columnists: a few thousand names, some of them pairs written as the layout shows."""
    d = _Draw("synth-sidebar-authors")
    out = []
    for _ in range(3000):
        u = d.random()
        if u < 0.03:
            out.append(f"{_person(d)} - {_person(d)}")
        elif u < 0.04:
            out.append(f"{_person(d)} – {_person(d)}")
        elif u < 0.05:
            out.append(f"{_person(d)} and {_person(d)}")
        else:
            out.append(_person(d))
    return tuple(out)


def _person(d: _Draw) -> str:
    return f"{d.pick(FIRST)} {d.pick(LAST)}"


_SHORT_SUBJECTS = ("That", "This", "None of it", "Nobody")
_SHORT_PREDICATES = ("was not enough", "changed little", "came cheap", "was expected", "surprised anyone")


def _sentence(d: _Draw) -> str:
    c = d.pick
    subject = c(
        [
            lambda: f"The {c(ADJ)} {c(NOUN)}",
            lambda: f"The {c(ORGS)}",
            lambda: _person(d),
            lambda: f"{c(PNOUN).capitalize()} in {c(PLACES)}",
            lambda: f"Officials in {c(PLACES)}",
            lambda: f"Many {c(PNOUN)}",
            lambda: f"The {c(NOUN)} in {c(PLACES)}",
            lambda: "It",
            lambda: "The city",
        ]
    )()
    verb = c(VERB_PAST)
    if d.random() < 0.2:
        verb = f"{c(ADV)} {verb}"
    obj = c(
        [
            lambda: f"a {c(ADJ)} plan to {c(VERB_INF)} the {c(NOUN)}",
            lambda: f"the {c(NOUN)}",
            lambda: f"the {c(ADJ)} {c(NOUN)} for {c(PNOUN)} in {c(PLACES)}",
            lambda: f"new rules on {c(NOUN_PLURAL)}",
            lambda: f"a {c(NOUN)} that {c(PNOUN)} had {c(VERB_PAST)} for years",
            lambda: f"the {c(ORGS)}’s {c(NOUN)}",
            lambda: f"the ‘{c(ADJ)}’ {c(NOUN)}",
        ]
    )()
    parts = [f"{subject} {verb} {obj}"]
    for _ in range(c((0, 0, 1, 1, 1, 2, 2, 3))):
        parts.append(
            c(
                [
                    lambda: f" {c(TIMES)}",
                    lambda: f", {c(CONNECTORS)} {c(PNOUN)} {c(VERB_PAST)} the {c(ADJ)} {c(NOUN)}",
                    lambda: f" after {d.between(2, 40)} {c(PNOUN)} {c(VERB_PAST)} it",
                    lambda: f", {c(CONNECTORS)} the {c(NOUN)} in {c(PLACES)} was {c(ADJ)}",
                    lambda: f" at a cost of {d.between(2, 900)} million",
                    lambda: f", {d.between(3, 95)} percent of {c(PNOUN)} said in a survey",
                    lambda: f" with the support of {_person(d)}",
                ]
            )()
        )
    if d.random() < 0.1:
        return f"{c(_SHORT_SUBJECTS)} {c(_SHORT_PREDICATES)}."  # a short sentence
    return "".join(parts) + "."


def _title(d: _Draw) -> str:
    c = d.pick
    return c(
        [
            lambda: f"The {c(ADJ).capitalize()} {c(NOUN).capitalize()} of {c(PLACES)}",
            lambda: f"{c(H_LEAD)} {c(H_TOPIC)} {c(H_TAIL)}",
            lambda: f"{c(PNOUN).capitalize()} {c(VERB_PAST).capitalize()}: {c(H_TOPIC)} {c(H_PLACE)}",
            lambda: f"Why {c(PLACES)} {c(VERB_PAST).capitalize()} the {c(NOUN).capitalize()}",
            lambda: f"“{c(ADJ).capitalize()} {c(NOUN).capitalize()}” and the {c(ORGS)}",
            lambda: f"{c(H_TOPIC)}: {c(H_LEAD)} {c(PLACES)}",
        ]
    )()


def headline_of(i: int, seed: int) -> str:
    j = (_HEADLINE_MULTIPLIER * i + seed) % HEADLINE_SPACE
    j, lead = divmod(j, len(H_LEAD))
    j, topic = divmod(j, len(H_TOPIC))
    tail, place = divmod(j, len(H_PLACE))
    return f"{H_LEAD[lead]} {H_TOPIC[topic]} {H_PLACE[place]} {H_TAIL[tail]}"


class _Draw:
    """Fast draws from one file's random stream: `pick` costs one random() call, about a fifth of
    Random.choice, which matters at a few thousand draws per file."""

    __slots__ = ("rng", "random")

    def __init__(self, key: str):
        self.rng = random.Random(key)
        self.random = self.rng.random

    def pick(self, seq: Sequence[_T]) -> _T:
        return seq[int(self.random() * len(seq))]

    def between(self, lo: int, hi: int) -> int:
        return lo + int(self.random() * (hi - lo + 1))


def _quoted_sentence(d: _Draw, pool: tuple[str, ...], people: list[str], orgs: list[str]) -> list[str]:
    """One or two sentences holding a quote, attributed in one of the ways the layout knows, or not."""
    pick = d.pick
    p = pick(people)
    q = pick(pool)[:-1]  # without its period: the attribution adds the punctuation
    form = int(d.random() * 13)
    if form == 0:
        return [f"“{q},” said {p}."]
    if form == 1:
        return [f"{p} said, “{q}.”"]
    if form == 2:
        return [f"“{q},” {p}, a {pick(ROLES)} with the {pick(orgs)}, told reporters."]
    if form == 3:
        return [f"“{q},” according to {p}."]
    if form == 4:
        return [f"According to {p}, a {pick(ROLES)} in {pick(PLACES)}, “{q}.”"]
    if form == 5:
        return [f"{p} {pick(VERB_PAST)} the {pick(NOUN)}.", f"“{q},” {pick(('he', 'she'))} said."]
    if form == 6:
        return [f"“{q},” the {pick(orgs)} said in a statement."]
    if form == 7:
        return [f"{p} has followed the {pick(NOUN)} for years.", f"“{q},” {p.split(' ', 1)[1]} said."]
    if form == 8:
        return [f"“{q},” said {p}.", f"“{pick(pool)}”"]
    if form == 9:
        return [f"Critics called it a “{pick(ADJ)} {pick(NOUN)}” that would not last."]
    if form == 10:
        return [f"The {pick(NOUN)} was meant to be “{pick(ADJ)}” but few {pick(PNOUN)} agreed."]
    if form == 11:
        return [f"Some {pick(PNOUN)} said the {pick(NOUN)} was “{q}.”"]  # unnamed speakers: no attribution
    return [
        f"{p} announced {pick(TIMES)} that the {pick(NOUN)} would “{pick(VERB_INF)} the {pick(NOUN)} {pick(TIMES)}.”"
    ]


_SENTENCES_PER_PARAGRAPH = (1, 2, 3, 3, 4, 4, 4, 5, 5, 6)


def _paragraphs(d: _Draw, pool: tuple[str, ...], people: list[str], orgs: list[str]) -> list[str]:
    out = []
    pick, rand = d.pick, d.random
    counts = d.rng.choices(_SENTENCES_PER_PARAGRAPH, k=d.between(MIN_PARAGRAPHS, MAX_PARAGRAPHS))
    drawn = d.rng.choices(pool, k=sum(counts))  # one call for all the file's sentences
    at_sentence = 0
    for k, count in enumerate(counts):
        sentences = drawn[at_sentence : at_sentence + count]
        at_sentence += count
        if k > 2 and rand() < 0.04:
            out.append(pick(SUBHEADS))
            continue
        if rand() < 0.45:
            at = int(rand() * (len(sentences) + 1))
            sentences[at:at] = _quoted_sentence(d, pool, people, orgs)
        out.append(" ".join(sentences))
    return out


def _bio(d: _Draw, name: str, pool: tuple[str, ...]) -> str:
    pick = d.pick
    he = d.random() < 0.5
    text = (
        f"{name} {pick(('is', 'is', 'was'))} a {pick(ROLES)} and writer based in {pick(PLACES)}. "
        f"{'He' if he else 'She'} has written about {pick(NOUN_PLURAL)} and {pick(PNOUN)} for the {pick(ORGS)}. "
        f"{pick(pool)}"
    )
    if d.random() < 0.5:
        # As scraped: NO-BREAK SPACEs and trailing spaces, which cleaning turns into single spaces.
        handle = "".join(ch for ch in name if ch.isalnum())
        text += (
            f" {'His' if he else 'Her'} website is https://{handle.lower()}.org \u00a0Follow "
            f"{'him' if he else 'her'} on Twitter at @{handle}.\u00a0 "
        )
    return text


ARCHIVE_START, ARCHIVE_DAYS = dt.date(2015, 1, 1), 9 * 365


@functools.cache
def _archive() -> tuple[tuple[str, tuple[tuple[str, str], ...]], ...]:
    """The site's archive: per day from ARCHIVE_START, its ISO date and 5 to 15 (author, title)
    entries. A sidebar lists the days before an article's date, so articles of the same days share
    sidebar entries, as on the real site."""
    d = _Draw("synth-archive")
    titles, authors = _title_pool(), _sidebar_author_pool()
    return tuple(
        (
            (ARCHIVE_START + dt.timedelta(days=k)).isoformat(),
            tuple((d.pick(authors), d.pick(titles)) for _ in range(d.between(5, 15))),
        )
        for k in range(ARCHIVE_DAYS)
    )


def _sidebar(d: _Draw) -> tuple[list[dict], list[dict]]:
    """Related links (newest date first) and the sidebar's boilerplate (weekend edition, day range)."""
    archive = _archive()
    links: list[dict] = []
    boilerplate: list[dict] = []
    day = d.between(30, ARCHIVE_DAYS - 1)  # at most 60 entries need at most 12 days before it
    n = d.between(MIN_LINKS, MAX_LINKS)
    weekend = d.random() < 0.25
    while len(links) < n:
        iso, entries = archive[day]
        if weekend and len(links) >= 10:
            # A weekend edition: its two lines stand before the entries of its date.
            boilerplate.append({"line": "Weekend Edition", "rule": "weekend-edition", "links_before": len(links)})
            boilerplate.append({"line": "Friday - Sunday", "rule": "day-range", "links_before": len(links)})
            weekend = False
        links += [{"date": iso, "author": author, "title": title} for author, title in entries[: n - len(links)]]
        day -= 1
    return links, boilerplate


def _article(d: _Draw, i: int, seed: int) -> dict:
    """A record without the fields parse derives (id, author, quotes, source): render needs none."""
    pick, pool = d.pick, _sentence_pool()
    people = [_person(d) for _ in range(d.between(2, 5))]
    orgs = [pick(ORGS), pick(ORGS)]
    authors = [_person(d)] + ([_person(d)] if d.random() < 0.1 else [])
    links, sidebar = _sidebar(d)
    boilerplate = [
        {"line": SHARE_LINE, "rule": "share-buttons", "links_before": 0},
        {"line": MORE_ARTICLES_LINE, "rule": "more-articles-marker", "links_before": 0},
    ]
    if d.random() < 0.6:
        slug = "-".join(pick(NOUN) for _ in range(d.between(2, 4)))
        boilerplate.append(
            {
                "line": f"{slug}-cover-{d.between(200, 400)}x{d.between(300, 600)}",
                "rule": "promo-slug",
                "links_before": 0,
            }
        )
    boilerplate += sidebar
    boilerplate.append({"line": SHARE_LINE, "rule": "closing-share-buttons", "links_before": len(links)})
    credit = None
    if d.random() < 0.8:
        form = int(d.random() * 4)
        credit = (
            f"{_person(d)} – CC BY-SA 2.0",
            _person(d),
            f"{pick(ORGS)} – Public Domain",
            f"{_person(d)} / {pick(ORGS)}",
        )[form]
    return {
        "headline": headline_of(i, seed),
        "bio": "\n\n".join(_bio(d, a, pool) for a in authors),
        "image_credit": credit,
        "paragraphs": _paragraphs(d, pool, people, orgs),
        "related_links": links,
        "boilerplate": boilerplate,
    }


# --- writing a corpus ------------------------------------------------------------------------------


@dataclass
class SynthReport:
    files: int = 0
    bytes: int = 0
    kinds: Counter = field(default_factory=Counter)
    seconds: float = 0.0

    @property
    def mean_bytes(self) -> float:
        return self.bytes / self.files if self.files else 0.0

    @property
    def files_per_second(self) -> float:
        return self.files / self.seconds if self.seconds else 0.0


def write_synth_corpus(count: int, out_dir: Path, seed: int, workers: int | None = None) -> SynthReport:
    """Write files 0..count-1 of corpus `seed` under out_dir; files of the same names are replaced."""
    start = time.perf_counter()
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    workers = workers or os.cpu_count() or 1
    chunks = [(out_dir, seed, a, min(a + FILES_PER_FOLDER, count)) for a in range(0, count, FILES_PER_FOLDER)]
    report = SynthReport()
    _sentence_pool(), _archive()  # built once before forking, shared by the workers
    if workers == 1 or len(chunks) <= 1:
        results = map(_write_range, chunks)
        for files, nbytes, kinds in results:
            report.files += files
            report.bytes += nbytes
            report.kinds.update(kinds)
    else:
        with ProcessPoolExecutor(max_workers=min(workers, len(chunks))) as pool:
            for files, nbytes, kinds in pool.map(_write_range, chunks, chunksize=1):
                report.files += files
                report.bytes += nbytes
                report.kinds.update(kinds)
    report.seconds = time.perf_counter() - start
    return report


def _write_range(args: tuple[Path, int, int, int]) -> tuple[int, int, Counter]:
    out_dir, seed, start, stop = args
    kinds: Counter = Counter()
    nbytes = 0
    made: set[Path] = set()
    for i in range(start, stop):
        f = synth_file(i, seed)
        path = synth_path(out_dir, i)
        if path.parent not in made:
            path.parent.mkdir(parents=True, exist_ok=True)
            made.add(path.parent)
        path.write_bytes(f.data)
        kinds[f.kind] += 1
        nbytes += len(f.data)
    return stop - start, nbytes, kinds


def synth_corpus(count: int, out_dir: Path, seed: int, workers: int | None = None) -> list[Path]:
    """Write `count` raw article files of corpus `seed` under out_dir; return their paths in order."""
    write_synth_corpus(count, out_dir, seed, workers)
    return [synth_path(Path(out_dir), i) for i in range(count)]
