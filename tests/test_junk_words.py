"""The word model (builder/junk_words.py): when junk.py asks it, what it rejects, and that the shipped
weights are the fit of the test corpora.

tests/corpus-blind holds the blind batches (u15 to u60: pages written by someone else in the raw layout,
each scored once before it was added) and the break-it runs. Until 2026-12-06 the model was never fitted
on them and they measured how the rules and the model type pages they have not seen; since then the model
is fitted on them too (benchmarks/fit_junk_words.py), its unseen-page figure is `--evaluate` (leaving
batches out) and a new blind batch, and the counts below keep the folder from sliding back.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from conftest import TESTS

from builder import junk, junk_words
from builder.errors import Reject
from builder.load import load_article

BLIND = TESTS / "corpus-blind"
WORDS = TESTS / "corpus-words"
REPO = TESTS.parent
_LONG = "The council met on Tuesday evening in the old town hall to hear the budget. " * 5  # > 300 characters


def _expected(raw: Path) -> str:
    expected = json.loads(raw.with_name(raw.name.removesuffix(".txt") + ".expected.json").read_text("utf-8"))
    return "record" if expected["expect"] == "record" else expected["reject_reason"]


def _outcome(raw: Path) -> Reject | dict:
    return load_article(raw, raw.name)


# Real pieces rejected as teasers, known and left so: a house note whose two paragraphs are followed by the site's
# subscribe box ('Subscribe to The Courier from $1 a week.' / 'Already a subscriber? Sign in …') has a teaser's
# shape, and nothing in its words tells a complete note from a story cut short (break48, written against the rules;
# tests/corpus-blind/README.md). Each must stay rejected until a rule tells them apart: then take it out.
KNOWN_FALSE_TEASERS = (
    "break48-34-en-programming-note-holiday",
    "break48-35-fr-precision-abonnes",
    "break48-41-it-nota-abbonati-weekend",
)
# Real pieces the rules still reject as a listing, with the reason: a found poem made of a complaint form's fields
# and a few lines of verse, with no bio, whose sidebar stays in its body (break55-21; rejected before break55's
# commits too).
KNOWN_FALSE_LISTINGS = ("break55-21-es-poema-formulario-de-reclamacion",)


def test_held_out_pages_are_typed_as_measured_and_every_real_piece_stays() -> None:
    # Measured when the model was added (tests/corpus-blind/README.md): of the 55 junk pages of u15,
    # u16 and u17 the rules alone typed 33 right, the rules and the model 43, and 45 once a search box's
    # help line was no longer an error notice; of u18's 20 pages in ten other languages, 6 (both ways).
    # Fitted on tests/corpus-words too (80 pages in those languages): 53 (46 of u15-u17's, 7 of u18's).
    # u19 (English, written after all that, scored once): 19 of 20 (rules alone 17). All 74 real pieces
    # (those of the batches, and 24 briefs in seven other languages) stay records. Fitted on w3 and w4 of
    # tests/corpus-words as well (2026-12-05, third session): 73. This keeps that from sliding back.
    tally: Counter[str] = Counter()
    for raw in sorted(BLIND.glob("*.txt")):
        want, result = _expected(raw), _outcome(raw)
        got = result.type if isinstance(result, Reject) else "record"
        if want == "record" and raw.name.startswith(KNOWN_FALSE_TEASERS):
            assert got == "paywalled", f"{raw.name}: kept now: take it out of KNOWN_FALSE_TEASERS ({result})"
            tally["real rejected, known"] += 1
        elif want == "record" and raw.name.startswith(KNOWN_FALSE_LISTINGS):
            assert got == "listing-page", f"{raw.name}: kept now: take it out of KNOWN_FALSE_LISTINGS ({result})"
            tally["real rejected, known"] += 1
        elif want == "record":
            assert got == "record", f"{raw.name}: a real piece rejected: {result}"
            tally["real kept"] += 1
        else:
            tally["junk right" if got == want else "junk missed"] += 1
    # With u20-u22 and the rules of junk_languages.py (tests/corpus-blind/README.md): 139 of 155
    # (u15-u19 85 of 95, u20 19 of 20, u21 15 of 20, u22 20 of 20); u23 (ten other languages, scored
    # once at de12b29): 12 of 20. u24 (ten languages and English, scored once at d7ceeed): 20 of 24, then 24
    # with the rules its four misses led to (which also caught 3 more pages of u18, u21 and u23): 178 of 199.
    # u25 (15 English, 15 in eleven other languages; scored once at 1b88ca9): 21 of 30, then 30 of 30 with the
    # rules its misses led to: 209 of 229. u26 (17 English, 8 other-language junk pages; scored once at
    # 8292f7e): 20 of 25, then 25: 235 of 254. u27 (14 English, 6 other-language junk pages; scored once at
    # 31d434e): 17 of 20, then 20: 255 of 274. u28 (20 junk pages in ten other languages; scored once at
    # 92ca6ae): 16 of 20, then 20 with the weak notices of other languages (which also caught 3 pages of u21):
    # 278 of 294. u29 (10 English, 12 other-language junk pages; scored once at 74b9bdb): 19 of 22, then 22:
    # 300 of 316. break12 (a break-it run against those rules, 19 junk pages and 27 of its 30 real pieces; its
    # two poems and one brief that the rules still reject are left out, README.md): 319 of 335. u30 (10 English,
    # 10 other-language junk pages; scored once at 86998eb): 14 of 20, then 20: 339 of 355. u31 (12 English, 8
    # other-language junk pages; scored once at da8f1ea): 19 of 20, then 20: 359 of 375. break13 (a break-it run
    # against the rules of 7992620-ed22ac3: 17 junk pages, 0 typed right at da8f1ea, 15 now): 374 of 392. break14
    # (14 junk pages written against 3991ff2 and 86cdbba, none typed right, not fitted) and u32 (11 English, 9
    # other-language junk pages; scored once at 86cdbba: 16 of 20, still 16): 390 of 426. break15 (3 teasers written
    # against 4f2c2ce's 'behind a paywall'): 393 of 429. Then phrases for break14's and u32's misses: 409 of 429.
    # u33 (10 English, 10 other-language junk pages; scored once at 8efd534): 20 of 20: 429 of 449. break16: 27
    # real pieces only. u34 (10 English, 10 other-language junk pages; scored once at 1ae1e11): 17 of 20, then 20
    # (a login form, a Danish geo block, a Swedish podcast's pager): 449 of 469. u35 (10 English, 10 other-language
    # junk pages; scored once at 87e8df4): 17 of 20, then 20 (and u17-14, a French ad-blocker wall): 470 of 489.
    # break17: 35 real pieces only. break18 (10 junk pages, 9 typed right at 002eee5, none at 1fff83f, 10 now) and
    # u36 (10 English, 10 other-language junk pages; scored once at 1fff83f: 17 of 20, then 20), u17-14 lost again
    # (the ad-blocker buttons that caught it rejected explainers that quote them): 499 of 519. break19 (10 junk
    # pages written against e04598f, 6 typed right now): 505 of 529. break20 (5 junk pages and 17 of its 19 real
    # pieces, written against 69b967a; b19-10 and b19-12 lost with the rules it undid): 507 of 534. u37 (10 English,
    # 10 other-language junk pages; scored once at 18c88fe): 17 of 20, then 20; break21 (6 junk pages written against
    # 18c88fe, none typed right there, 4 now): 531 of 560. u38 (10 English, 10 other-language junk pages; scored once
    # at 03ca714): 17 of 20, then 19; break22 (14 junk pages written against 51df90a, none typed right there, 14
    # now), b21-26 lost with the four-word limit break22 restored: 563 of 594. break23 (6 junk pages written against
    # 46e11c6, none typed right there, 6 now), u39 (10 English, 10 other-language junk pages; scored once at 85fdb1d:
    # 16 of 20, then 19) and b12-29 (a brief every version had rejected, a record now): 590 of 620. break24 (8 junk
    # pages written against 40e4658, 6 typed right there, 8 now): 598 of 628. break25 (6 junk pages written against
    # 9d3609e, none typed right there, 4 now): 602 of 634. u40 (10 English, 10 other-language junk pages; scored once
    # at 7d16cd4, not fitted): 17 of 20, then 19 (its lost body over a sidebar, with u39-39's): 621 of 654. u41 (10
    # English, 10 other-language junk pages; scored once at c809c22): 20 of 20; u42 (8 English, 12 other-language
    # junk pages; scored once at 0bc8915): 18 of 20, then 20, then 19 (break27's staff brief headlined with a geo
    # block's words undid u42-37's phrase); break27 (2 listing pages under a banner's credit, both right): 662 of 696.
    # u43 (5 English, 15 other-language junk pages; scored once at 7cc98cd): 15 of 20, then 17: 679 of 716. u44 (8
    # English, 12 other-language junk pages; scored once at 6194ea5): 18 of 20, then 20 (two of its pages restored
    # from their writer's generator text): 699 of 736. u45 (10 English, 10 other-language junk pages; scored once at
    # 0716865, not fitted): 18 of 20: 717 of 756. break30 (2 junk pages, kept; its 8 real pieces are why): 717 of 758.
    # Then (2026-12-05, fourth session) the dialog and interstitial rules with the checks break30 asked for, and a form
    # to report an error: u45's two misses, break30's two junk pages and u43-40 typed right (722); u46 (8 English, 12
    # other-language junk pages; scored once at 16f9a97): 18 of 20, then 20: 742 of 778; break31 (7 junk pages written
    # against those rules, 3 typed right at 16f9a97, 7 now): 749 of 785. u47 (8 English, 12 other-language junk pages;
    # scored once at b8fcd76): 16 of 20, then 19: 768 of 805. break32 (6 junk pages written against a99ab57, 2 typed
    # right at 16f9a97, 3 now) undid u47-14's Polish phrases (767); u48 (8 English, 12 other-language junk pages;
    # scored once at bc369c9): 16 of 20, then 18: 788 of 831. break33 (5 junk pages written against a7095fd, 3 typed
    # right at 16f9a97, 3 now): 791 of 836. u49 (8 English, 12 other-language junk pages; scored once at ac7c0ca, not
    # fitted): 17 of 20: 808 of 856. Then (2026-12-05, fifth session) wordless lines left out of the rules: 808.
    # u50 (5 English, 15 other-language junk pages; scored once at b600232's rules): 16 of 20, then 20, then 18 after
    # break34 (9 junk pages written against 616ae91, none typed right there, 1 now; its emoji quiz held out as
    # not-an-article): 828 of 886. u51 (5 English, 15 other-language junk pages; scored once at 233501e, not fitted
    # for junk): 18 of 20: 846 of 906. break35 (11 junk pages written against b9aede1, teasers and walls under a
    # kind label with a series' name, none typed right there, 11 now; u50-03 lost with 'Er ging iets mis'): 856 of 917.
    # u52 (5 English, 15 other-language junk pages; scored once at 3933ad6, not fitted for junk): 14 of 20: 870 of 937.
    # Then (2026-12-06) u53 (3 English, 17 other-language junk pages; scored once at c6de9be): 15 of 20, and rules
    # from u52's and u53's misses, narrowed after break36 to break39 (break39's 8 junk pages, all typed right at
    # c6de9be and now): u52 18 of 20, u53 17 of 20, u49-18 caught too: 900 of 965. u54 (4 English, 16 other-language
    # junk pages; scored once at 8543b18, its two rules undone after break40, real pieces only): 17 of 20: 917 of 985.
    # Then (2026-12-06, second session) u55 (4 English, 16 other-language junk pages; scored once at a2de4dd): 18 of
    # 20, then 20 (a Norwegian teaser's 'Denne artikkelen er forbeholdt abonnenter', a Swedish site's own
    # maintenance): 937 of 1005; break41 (25 real pieces, all kept). u56 (5 English, 15 other-language junk pages;
    # scored once at 1bcd66a): 16 of 20, then 20, then 18 after break42 (2 junk pages, both typed right at 1bcd66a and
    # now): 957 of 1027. u57 (5 English, 15 other-language junk pages, its writer told to avoid the stock phrases;
    # scored once at 23f0be0): 10 of 20, its rules undone after break43 (4 junk pages, 2 typed right at 23f0be0 and
    # now): 969 of 1051. u58 (5 English, 15 other-language junk pages; scored once at 44e65de, not fitted): 17 of 20:
    # 986 of 1071. Then (2026-12-06, fourth session) the model was fitted on this folder too (with 1,014 of the
    # 1,071 typed right leaving batches out): 1,054 of 1,071. u59 (8 English, 12 other-language junk pages) and
    # u60 (8 English, 12 other-language junk pages in less common wordings), scored once at c339035: 20 of 20 and
    # 16 of 20 (19 and 14 with the model before), then fitted: 1,093 of 1,111. break44 (60 real pieces and 12 junk
    # pages written against the refitted model; 6 junk pages typed right there, 9 fitted): 1,102 of 1,123. break45
    # (24 real pieces written against a speaker rule) adds none. u61 and u62 (8 and 10 English junk pages; scored once
    # at 0863907: 19 and 14 of 20, the same with the model before the refit), then fitted: 1,141 of 1,163. break46
    # (38 real pieces and 22 forms and surveys written against the form rules; 3 junk pages typed right by them, 14
    # fitted): 1,156 of 1,185. u63 and u64 (8 English junk pages each; scored once at 304b98e: 16 and 12 of 20, the
    # same at 0f4e6b2), then fitted: 1,193 of 1,225. u65 and u66 (8 English junk pages each; scored once at f4ca44a:
    # 15 and 13 of 20, 13 and 13 at 0f4e6b2), then fitted: 1,233 of 1,265. u67 and u68 (scored once at fdef4df: 15
    # and 13 of 20, 14 and 12 at 0f4e6b2) and break47 (44 real pieces, 26 junk pages written against the session's
    # rules; 6 typed right there), then fitted: 1,299 of 1,331. Then (2026-12-06, sixth session) u69 to u72 (8
    # English junk pages each; scored once at 45cd497, 45cd497, 1ec1010 and 1ec1010: 17, 17, 18 and 16 of 20; 13,
    # 14, 17 and 14 at 0f4e6b2) and break48 (57 real pieces, 29 junk pages written against 309e840; none of its junk
    # typed right there, 35 real rejected; 3 now, `KNOWN_FALSE_TEASERS`), then fitted: 1,403 of 1,440. u73 and u74
    # (scored once at 05769bd: 16 and 18 of 20; 16 and 15 at 0f4e6b2) and break49 (34 real pieces, 26 junk pages
    # written against the session's exemptions; none of its junk typed right there, 10 real rejected; 25 and 0 with
    # the rules since), then fitted: 1,469 of 1,506. u75 and u76 (scored once at 43a4745: 14 and 16 of 20; 12 and
    # 15 at 0f4e6b2; no rule from their misses yet), then fitted: 1,505 of 1,546. Then (2026-12-06, seventh session)
    # rules and speakers from u75's to u78's misses; u77 and u78 (scored once at ef535cd: 18 and 16 of 20; 13 and 13
    # at 0f4e6b2), then fitted: 1,547 of 1,586. u79 and u80 (scored once at 98a2e6b: 14 and 17 of 20; 13 and 16 at
    # 0f4e6b2) and break50 (35 real pieces, 19 junk pages written against ef535cd..28ed8a3; 3 of its junk typed right
    # there, 12 real rejected), then fitted: 1,605 of 1,645. u81 and u82 (scored once at 4f68cac: 19 and 19 of 20;
    # 16 and 14 at 0f4e6b2), then fitted: 1,645 of 1,685. u83 and u84 (scored once at 979e4f4: 18 and 17 of 20; 14
    # and 15 at 0f4e6b2) and break51 (33 real pieces, 31 junk pages written against 44fc7cb..0e76b20; 7 of its junk
    # typed right there), then fitted: 1,717 of 1,756. u85 and u86 (scored once at 310c098: 18 and 17 of 20; 12 and
    # 15 at 0f4e6b2), then fitted: 1,755 of 1,796. Then (2026-12-06, eighth session) listing rules from search pages
    # and agendas: 1,763; u87 and u88 (scored once at e7fc045: 17 and 18 of 20; 13 and 13 at 0f4e6b2), rules from
    # their misses, then fitted: 1,805 of 1,836. u89 and u90 (scored once at dd0ddb2: 18 and 17 of 20; 14 and 14 at
    # 0f4e6b2) and break52 (37 real pieces, 22 junk pages written against e7fc045..ed22c7d; 8 of its junk typed right
    # there, 15 real rejected; 22 and 0 with the rules since), rules from their misses, then fitted: 1,866 of 1,898.
    # u91 to u94 (scored once at 721ce13, f606a04, ee536f9 and ee536f9: 18, 18, 15 and 17 of 20; 13, 11, 12 and 17 at
    # 0f4e6b2) and break53 (35 real pieces, 24 junk pages written against fcc00ab..8310873; 15 of its junk typed
    # right there, 4 real rejected; 0 with the rules since), rules from their misses, then fitted: 1,961 of 2,002;
    # 1,960 after the final review (a search page's own line stands for a listing title only over entries: u53-11's
    # dates, '14.02.2025 · Politikk', are none). u95 and u96 (scored once at 1386908: 18 and 20 of 20; 13 and 14 at
    # 0f4e6b2), then fitted: 1,999 of 2,042. Then (2026-12-06, ninth session) events calendars by their own lines
    # (a filter from all events, a button to submit one: u92-12, u93-12, break53-50/51/52): 2,004; comment rules
    # asked of the reader in Spanish, Italian, Polish (break53-45/46/47): 2,007; after break54 (a button to submit an
    # event is no calendar's sign: a weekend column ends on one too; u92-12 is kept again): 2,006. u97 to u102 (scored
    # once at e081dca, e081dca, 71e98aa, 71e98aa, 71e98aa, 71e98aa: 18, 18, 19, 19, 18 and 19 of 20; 13, 15, 12, 15,
    # 14 and 16 at 0f4e6b2) and break54 (39 real pieces, 25 junk pages written against b69ec0b..e8853b3; 1 of its junk
    # typed right there, 30 real rejected; 10 and none with the rules since), rules from their misses, then fitted:
    # 2,142 of 2,187; 2,140 after a hostile review (an events calendar's filter needs its label: break54-37/38).
    # u103 to u106 (scored once at d887b07, d887b07, fcc413e, fcc413e: 20, 17, 19 and 18 of 20; 14, 12, 13 and 14 at
    # 0f4e6b2) and break55 (31 real pieces, 17 junk pages written against c842edb..fcc413e; 15 made wrong there,
    # fixed or traded back; one older false listing kept known), rules from their misses, then fitted: 2,236 of
    # 2,284. u107 and u108 (scored once at 1f52768: 20 and 20 of 20; 15 and 16 at 0f4e6b2), then fitted: 2,276 of
    # 2,324. Then (2026-12-06, tenth session) u109 to u114 (scored once at afcbadb, afcbadb, 49faa23, 49faa23,
    # a39fdf0 and a39fdf0: 18, 19, 19, 19, 20 and 16 of 20; 15, 13, 15, 14, 15 and 13 at 0f4e6b2), break56 (30 real
    # pieces, 9 junk pages written against e5f1e46; 4 real rejected there) and break57 (34 real pieces, 11 junk pages
    # written against 42b5da3..a39fdf0; 4 real rejected there as listings, 3 as search pages), rules from their misses,
    # then fitted: 2,416 of 2,464. break58 (8 real pieces a hostile review wrote against afcbadb..45daea0: places as
    # authors, objects glued onto speakers, author boxes read as archives; 2 right there, 8 kept since). u115 and u116
    # (scored once at 736dbc2 and e283a16: 19 and 18 of 20; 15 and 14 at 0f4e6b2), rules from their misses, then
    # fitted: 2,457 of 2,504. Then (2026-12-06, eleventh session) u117 to u124 (scored once at c96f306, c96f306,
    # b99d90c, b99d90c, e79d245, e79d245, 30b3fc6 and 30b3fc6: 18, 18, 20, 19, 18, 19, 18 and 19 of 20) and break59
    # (26 real pieces, 13 junk pages written against b99d90c..e79d245; 8 real rejected there, none since), rules from
    # their misses, then fitted: 2,628 of 2,677. u125 and u126 (scored once at 62829f6: 19 and 19 of 20) and break60
    # (15 real pieces a hostile review wrote against c96f306..62829f6: 12 rejected there, none since), then fitted:
    # 2,663 of 2,717.
    known = len(KNOWN_FALSE_TEASERS) + len(KNOWN_FALSE_LISTINGS)
    assert tally["real kept"] == 3376 and tally["real rejected, known"] == known
    assert tally["junk right"] + tally["junk missed"] == 2717
    assert tally["junk right"] >= 2663, tally


_FIELDS = ("headline", "author", "bio", "image_credit", "paragraphs", "related_links")


def test_the_latest_blind_batches_real_pieces_are_right_in_every_field() -> None:
    # u24's and u25's 20 real pieces each (10 English, 10 in the other languages, most of them about walls,
    # paywalls, cookie banners and error codes): every field as their writers expected, the speakers of quotes
    # around another language's reporting verb and the author before another language's copula included
    # ('Jonas Reimers ist …', '“…”, ha detto lo scrittore Marco Bellandi', 'Name, prawniczka, powiedziała: “…”').
    pieces = 0
    for raw in sorted([*BLIND.glob("u24-*.txt"), *BLIND.glob("u25-*.txt")]):
        expected = json.loads(raw.with_name(raw.name.removesuffix(".txt") + ".expected.json").read_text("utf-8"))
        if expected["expect"] != "record":
            continue
        result = _outcome(raw)
        assert not isinstance(result, Reject), f"{raw.name}: {result}"
        for field in _FIELDS:
            assert result[field] == expected[field], (raw.name, field)
        got = [(q["paragraph"], q["text"], q["speaker"]) for q in result["quotes"]]
        assert got == [(q["paragraph"], q["text"], q["speaker"]) for q in expected["quotes"]], raw.name
        pieces += 1
    assert pieces == 40


def test_the_real_pieces_the_model_is_fitted_on_in_other_languages_stay_records() -> None:
    # tests/corpus-words: the fit's real pieces in ten other languages and English ones that speak to the
    # reader about cookies, ads and accounts, none with a bio (so the model is asked about every one that
    # shows no body). Its junk pages are fitted, so no claim is made of them
    # here beyond their count (tests/corpus-words/README.md).
    real = junk_pages = 0
    for raw in sorted(WORDS.glob("*.txt")):
        expected = json.loads(raw.with_name(raw.name.removesuffix(".txt") + ".expected.json").read_text("utf-8"))
        if expected["expect"] != "record":
            junk_pages += 1
            continue
        result = _outcome(raw)
        assert not isinstance(result, Reject), f"{raw.name}: {result}"
        assert (result["headline"], result["paragraphs"]) == (expected["headline"], expected["paragraphs"]), raw.name
        real += 1
    assert (real, junk_pages) == (161, 140)


def test_a_page_no_rule_holds_for_is_typed_by_its_words_and_the_message_says_so() -> None:
    raw = BLIND / "u16-13-javascript-off.txt"  # 'Your browser has JavaScript turned off, or a script blocker …'
    result = _outcome(raw)
    assert isinstance(result, Reject) and result.type == "access-wall", result
    assert "by its words (word model," in result.message and "no rule matched" in result.message
    quoted = result.message.split("the line that weighs most: '", 1)[1].rstrip("'").rstrip("…")
    assert quoted and quoted in raw.read_text("utf-8")  # the quoted line is the page's own
    page = [p for p in raw.read_text("utf-8").split("\n\n") if p.strip() and "Facebook" not in p]
    headline, paragraphs = page[0].strip(), tuple(p.strip() for p in page[1:])
    assert junk._by_rules(headline, paragraphs, None) is None  # the model's doing, not a rule's


def test_the_model_is_asked_only_about_pages_without_a_body_or_an_author() -> None:
    notice = ("Your browser has JavaScript turned off.", "Switch it back on and reload the page.")
    assert junk.asks_words("Tidewater Gazette", notice, None)
    assert not junk.asks_words("Tidewater Gazette", (), None)  # no paragraph: refused as before
    # three paragraphs longer than a notice in a row: an article's body
    assert not junk.asks_words("Tidewater Gazette", (*notice, _LONG, _LONG, _LONG), None)
    assert junk.asks_words("Tidewater Gazette", (*notice, _LONG, notice[0], _LONG, _LONG), None)
    # a bio that names the author: an authored piece
    assert not junk.asks_words("Tidewater Gazette", notice, "Ana Prado is a reporter at the Gazette.")


def test_a_listing_is_never_the_models_verdict() -> None:
    model = junk_words.load_model()
    listing = model.classes.index("listing-page")
    # A model whose bias puts every page far into `listing-page` still gives no verdict: listings are
    # the rules' to find (by their shape).
    biased = junk_words.WordModel(
        model.classes,
        tuple(10**6 if k == listing else 0 for k in range(len(model.classes))),
        model.weights,
        model.scale,
        model.margin,
    )
    assert junk_words.score_page("Recent Articles", ("March 3, 2023", "Jo Bell"), biased) is None


def test_scores_are_integer_sums_of_the_page_features() -> None:
    model = junk_words.load_model()
    features = junk_words.page_features("Page Not Found", ("Error 404", "Try the search box."))
    assert {"page", "not found", "#", "error #", "search box"} <= features
    totals = model.scores(features)
    assert all(isinstance(t, int) for t in totals)
    expected = [b + sum(model.weights[f][k] for f in features if f in model.weights) for k, b in enumerate(model.bias)]
    assert totals == expected


@pytest.mark.slow
def test_the_shipped_model_is_the_fit_of_the_test_corpora() -> None:
    # Refit from tests/ (about 25 s): same features, every weight within 2 units, the same verdicts.
    proc = subprocess.run(
        [sys.executable, str(REPO / "benchmarks" / "fit_junk_words.py"), "--check"],
        capture_output=True,
        text=True,
        cwd=REPO,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "the shipped model is the fit of tests/" in proc.stdout
