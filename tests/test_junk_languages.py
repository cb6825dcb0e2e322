"""The junk notices of sites in other languages (builder/junk_languages.py), and the guards that keep a
news story about a wall from being taken for one (issue 15).

Each notice below is what such a page says of itself, in the reader's or the site's voice; each news
sentence beside it reports the same thing of another site, in the third person, and is no notice.
"""

from __future__ import annotations

import functools

import pytest
from conftest import CORPUS, EXTRA_CORPUS, TESTS

from builder import junk, junk_languages
from builder.attribution import attribute_quotes
from builder.decode import decode_bytes
from builder.identity import author_from_bio
from builder.junk import (
    _PAYWALL_OTHER,
    _by_rules,
    _is_paywall_notice,
    _notice_kind,
    _notice_text,
    classify_page,
    reports_speech,
)
from builder.quotes import find_quote_spans

NOTICES = [
    ("paywalled", "Dieser Artikel ist nur für Abonnenten verfügbar."),
    ("paywalled", "Cet article est réservé aux abonnés."),
    ("paywalled", "Este contenido es exclusivo para suscriptores"),
    ("paywalled", "Hai raggiunto il limite di articoli gratuiti per questo mese."),
    ("paywalled", "Dit artikel is alleen beschikbaar voor abonnees."),
    ("paywalled", "Este artigo é exclusivo para assinantes."),
    ("paywalled", "Den här artikeln är endast för prenumeranter."),
    ("paywalled", "Denne artikel er forbeholdt abonnenter"),
    ("paywalled", "Ten artykuł jest dostępny tylko dla subskrybentów."),
    ("paywalled", "Článek je dostupný pouze pro předplatitele"),
    ("access-wall", "Zugriff verweigert"),
    ("access-wall", "Vous utilisez un bloqueur de publicité"),
    ("access-wall", "Demasiadas solicitudes"),
    ("access-wall", "Disattiva il blocco degli annunci per continuare"),
    ("access-wall", "Even controleren of u een mens bent"),
    ("access-wall", "Este conteúdo não está disponível no seu país."),
    ("access-wall", "Din webbläsare stöds inte längre"),
    ("access-wall", "Vi har registreret usædvanlig trafik fra dit netværk"),
    ("access-wall", "Wykryliśmy, że używasz AdBlocka"),
    ("access-wall", "Pro pokračování povolte cookies a JavaScript"),
    ("error-page", "Ein unerwarteter Fehler ist aufgetreten."),
    ("error-page", "Une erreur interne du serveur est survenue."),
    ("error-page", "Estamos en mantenimiento"),
    ("error-page", "Sito in manutenzione"),
    ("error-page", "Er is een onverwachte fout opgetreden."),
    ("error-page", "Serviço temporariamente indisponível"),
    ("error-page", "Sidan kunde inte hittas."),
    ("error-page", "Der opstod en uventet fejl"),
    ("error-page", "Strona, której szukasz, nie istnieje"),
    ("error-page", "Probíhá plánovaná údržba"),
    ("not-an-article", "Wir und unsere Partner verwenden Cookies."),
    ("not-an-article", "Le Courrier et ses partenaires respectent votre vie privée"),
    ("not-an-article", "Configuración de privacidad"),
    ("not-an-article", "Gestisci le preferenze sul consenso"),
    ("not-an-article", "Wij waarderen uw privacy"),
    ("not-an-article", "Valorizamos a sua privacidade"),
    ("not-an-article", "Vi bryr oss om din integritet"),
    ("not-an-article", "Privatlivsindstillinger"),
    ("not-an-article", "Zanim przejdziesz do serwisu"),
    ("not-an-article", "Souhlas s personalizovanou reklamou, nebo předplatné"),
]

# News of the same, about another site: no notice of any kind.
NEWS = [
    "Ab Montag sind viele Artikel der Zeitung nur noch für Abonnenten lesbar.",
    "La moitié des articles du quotidien seront désormais réservés aux abonnés, a annoncé la direction.",
    "El diario anunció que sus artículos de opinión serán exclusivos para suscriptores desde marzo.",
    "Il quotidiano ha introdotto un limite di cinque articoli gratuiti al mese per i lettori non abbonati.",
    "Leden die een boek wilden reserveren, kregen de melding „Te veel verzoeken. Probeer het later opnieuw.”",
    "A autoridade multou o portal por usar cookies de publicidade sem o consentimento dos visitantes.",
    "Tidningen inför betalvägg för lokala nyheter från och med april.",
    "Avisen har indført betalingsmur, og mange artikler er nu forbeholdt abonnenter.",
    "Portal wprowadził płatne treści; część artykułów będzie dostępna tylko dla prenumeratorów papierowego wydania.",
    "Úřad pokutoval e-shop za to, že cookies ukládal bez souhlasu zákazníků.",
]


@pytest.mark.parametrize("kind, line", NOTICES, ids=[line[:30] for _, line in NOTICES])
def test_a_notice_in_another_language_is_a_strong_notice_of_its_kind(kind, line):
    if kind == "paywalled":
        assert _is_paywall_notice(line)
    else:
        assert _notice_kind(line) == (kind, True)


@pytest.mark.parametrize("line", NEWS, ids=[line[:30] for line in NEWS])
def test_news_of_another_site_is_no_notice(line):
    assert not _is_paywall_notice(line)
    assert _notice_kind(line) is None or not _notice_kind(line)[1]


def test_a_quoted_notice_in_a_language_s_own_marks_is_a_mention():
    assert _notice_text("kregen de melding „Te veel verzoeken.” of zagen niets") == "kregen de melding   of zagen niets"
    assert "bloqueur" not in (_notice_text("Le message « Vous utilisez un bloqueur de publicité » s’affiche") or "")


@functools.cache
def _corpus_lines() -> frozenset[str]:
    """Every line of the test corpora, decoded as a build decodes it (read once for the key tests)."""
    folders = (CORPUS, EXTRA_CORPUS, TESTS / "corpus-junk", TESTS / "corpus-words", TESTS / "corpus-blind")
    texts = [decode_bytes(raw.read_bytes()) for folder in folders for raw in folder.glob("*.txt")]
    return frozenset(line for text in texts if hasattr(text, "text") for line in text.text.splitlines())


def _lines_to_check(kind: str) -> set[str]:
    """The test corpora's lines and this file's notices of `kind`."""
    return set(_corpus_lines()) | {line for k, line in NOTICES if k == kind}


def test_paywall_keys_hold_every_notice_in_another_language():
    # `_is_paywall_notice` runs the other languages' patterns only on lines holding one of their keys.
    lines = _lines_to_check("paywalled")
    matched = [line for line in lines if _PAYWALL_OTHER.search(_notice_text(line) or "")]
    assert len(matched) >= 20
    assert [line for line in matched if not any(k in line.lower() for k in junk_languages.PAYWALL_KEYS)] == []


def test_a_page_that_reports_speech_is_no_wall():
    # A bot check described in a news story: two paragraphs report what people said.
    headline = "Ticket site’s robot check locks out fans"
    body = [
        "Press and hold to confirm you are a human",
        "Thousands of fans saw the check for hours on Monday, the company said in a statement.",
        "“We tightened it after a wave of scalper bots,” chief executive Dana Reyes told reporters.",
    ]
    assert reports_speech(tuple(body))
    assert classify_page(headline, body, None) is None
    # Without the reported speech, the same lines are the wall itself.
    wall = ["Press and hold to confirm you are a human", "Checking your browser before accessing the site."]
    assert _type_of("Just a moment…", wall, None) == "access-wall"


def test_a_first_person_account_of_a_notice_is_no_notice():
    letter = "I got three paragraphs in before a box told me I had reached my limit of free articles and to log in."
    assert not _is_paywall_notice(letter)
    assert _is_paywall_notice("You have reached your limit of free articles. Log in to keep reading.")


def test_a_status_phrase_with_its_code_in_brackets_is_a_status_line():
    assert _notice_kind("Gone (410)") == ("error-page", True)
    assert _notice_kind("Too Many Requests – 429") == ("access-wall", True)
    assert _notice_kind("By the time the water had gone, 410 homes were damaged.") is None


@pytest.mark.parametrize("kind", ["access-wall", "error-page", "not-an-article"])
def test_wall_keys_hold_every_notice_in_another_language(kind):
    # `_StrongNotices.search` runs a kind's patterns of other languages only on lines holding one of its keys.
    from builder.junk import _WALL_PATTERNS, _rx

    notices = _WALL_PATTERNS[kind][0]
    lines = _lines_to_check(kind)
    groups = {
        "access-wall": junk_languages.ACCESS + junk_languages.ACCESS_LINE,
        "error-page": junk_languages.ERROR + junk_languages.ERROR_LINE + junk_languages.ERROR_SHORT,
        "not-an-article": junk_languages.CONSENT + junk_languages.CONSENT_LINE,
    }
    other = _rx(*groups[kind])
    matched = [line for line in lines if other.search(_notice_text(line) or "")]
    assert len(matched) >= 10
    assert [line for line in matched if not any(key in line.lower() for key in notices.keys)] == []


LISTING_TITLES = [
    "Alle Artikel von Henrike Kröger",
    "Les plus lus",
    "Etiqueta: sequía",
    "Risultati della ricerca per: bilancio",
    "Zoekresultaten voor woningbouw",
    "Artigos de Tiago Reis",
    "Mest lästa",
    "Søgeresultater for havnebad",
    "Najczęściej czytane",
    "Nejnovější zprávy",
]


@pytest.mark.parametrize("title", LISTING_TITLES)
def test_a_listing_title_in_another_language_is_a_listing_title(title):
    from builder.junk import is_listing_title

    assert is_listing_title(title)


def test_an_author_archive_in_another_language_is_a_listing():
    body = [
        "Henrike Kröger",
        "Neue Radwege für die Innenstadt",
        "Weiterlesen",
        "Henrike Kröger",
        "Warum die Stadtwerke die Preise erhöhen",
        "Weiterlesen",
        "Henrike Kröger",
        "Der Wochenmarkt zieht um",
        "Weiterlesen",
    ]
    found = classify_page("Alle Artikel von Henrike Kröger", body, None)
    assert found is not None and found.type == "listing-page", found


def test_a_teaser_that_ends_at_two_notices_in_another_language_is_paywalled():
    body = [
        "Dal prossimo lunedì il pronto soccorso pediatrico sarà operativo soltanto dalle 8 alle 20, e di notte "
        "i piccoli pazienti dovranno raggiungere l’ospedale del capoluogo, a quaranta chilometri.",
        "Contenuto riservato agli abbonati",
        "Hai raggiunto il limite di articoli gratuiti per questo mese.",
        "Abbonati a 1 euro per tre mesi oppure accedi se sei già abbonato.",
    ]
    found = classify_page("Il pronto soccorso pediatrico resterà aperto solo di giorno", body, None)
    assert found is not None and found.type == "paywalled", found


def test_what_the_break_it_run_found_stays_fixed():
    # A conditional is advice, not a notice; a status phrase mid-headline is no status line; a
    # correction's label in another language makes no wall; a lone » is a breadcrumb, not a quotation.
    assert not _is_paywall_notice("If you have reached your limit of free articles on a site, check the app.")
    assert _notice_kind("Gone – 410 Homes in One Night") is None or not _notice_kind("Gone – 410 Homes in One Night")[1]
    assert classify_page("Oprava: v článku o dotacích na kotle došlo k chybě", ["Krátká oprava."], None) is None
    assert _notice_kind("Der Kreisbote » Seite nicht gefunden") == ("error-page", True)
    # News in the third person about a limit, in another language: no notice.
    assert not _is_paywall_notice("O município atingiu o limite de despesa com pessoal previsto na lei.")
    assert not _is_paywall_notice("Kraj už vyčerpal celý limit na kotlíkové dotace.")
    # Everyday words in a headline are no wall: 'Troppe richieste' begins a sentence here.
    assert _notice_kind("Troppe richieste di rimborso: l’Inps allunga i tempi") is None
    assert _notice_kind("Troppe richieste") == ("access-wall", True)


def test_what_the_second_break_it_run_found_stays_fixed():
    # 'An error has occurred' as the whole sentence only; 'sidan' is also 'the side'; a card's limit is no
    # article limit; 'Sie möchten weiterlesen?' before a serial's next episode is no notice.
    assert _notice_kind("Der opstod en uventet fejl") == ("error-page", True)
    assert _notice_kind("Der opstod en fejl i valgets fintælling") is None
    assert _notice_kind("Hållplats A på norra sidan har flyttats till Storgatan.") is None
    assert _notice_kind("Sidan hittades inte") == ("error-page", True)
    assert not _is_paywall_notice("Você atingiu o limite do cartão?")
    assert _is_paywall_notice("Você atingiu o limite de 5 artigos gratuitos deste mês.")
    assert not _is_paywall_notice("Sie möchten weiterlesen? Die nächste Folge erscheint am Montag.")
    assert _is_paywall_notice("La suite est réservée aux abonnés.")


def test_english_rules_narrowed_after_the_second_break_it_run():
    # A subscriber notice names reading or what is read; a conditional wall notice is only weak; a letter is
    # no teaser; a notice after three long paragraphs ends an article.
    assert not _is_paywall_notice("To view the plans, register on the council's planning portal.")
    assert _is_paywall_notice("To read this article, log in here or Subscribe here.")
    assert _notice_kind("If your access is restricted, call the number on the back of your card.") == (
        "access-wall",
        False,
    )
    body = ["I have written to you before about the harbour.", "Public notices should never sit behind a paywall."]
    letter = classify_page("Letter: Council notices belong in the open", body, None)
    assert letter is None or letter.type != "paywalled"
    long = "The council met on Tuesday to discuss the harbour wall, which has been closed since the storm. " * 4
    article = [long, long, long, "Subscribe now to read the full story and get unlimited access."]
    found = classify_page("Harbour wall to reopen in spring", article, None)
    assert found is None or found.type != "paywalled"


def test_the_second_break_it_run_s_other_fixes_keep_news_and_catch_walls():
    # A wall's notice as a news headline, over paragraphs that speak to no one, is a brief; a wall speaks
    # to whoever reached it, or is its headline alone.
    brief = [
        "Families of residents at a Lurgan care home have been kept out for six weeks after an outbreak.",
        "The trust that runs the home said visits would resume once the outbreak was over.",
    ]
    assert classify_page("Access denied: families kept out of Lurgan care home for six weeks", brief, None) is None
    wall = classify_page("Access denied", ["You do not have permission to view this page."], None)
    assert wall is not None and wall.type == "access-wall"
    # The Polish error page whose only notice was its headline: now its sentence is a notice too.
    assert _notice_kind("Ups! Strona, którą próbujesz otworzyć, została przeniesiona lub usunięta.") == (
        "error-page",
        True,
    )
    # A weak notice's word in a long sentence that speaks to no one is prose.
    assert (
        _notice_kind("Historians found an error in a 1911 survey of the parish that had misled every search.") is None
    )
    # Consent phrases about something else: a market's vendors, a GP's consent, a car park's terms.
    assert _notice_kind("Mulled apple juice, wreaths and 60 vendors from across the Mournes.") != (
        "not-an-article",
        True,
    )
    assert _notice_kind("You can withdraw your consent at any time by telling the practice.") != (
        "not-an-article",
        True,
    )
    assert _notice_kind("We and our 214 partners store and access information on your device.")[0] == "not-an-article"
    # A listing's label needs its separator; an archive as a photo's source is no listing title.
    assert classify_page("Author, 93, publishes her first novel", ["Mary Byrne", "Tom Kelly", "Ann Ryan"], None) is None
    # Titles and dates over a pager, in another language, with numeric dates.
    lines = ["Nowe rondo w Skawinie otwarte", "12.03.2025", "Szpital wznawia przyjęcia", "11.03.2025", "Zobacz więcej"]
    assert _type_of("Wiadomości z regionu", lines, None) == "listing-page"
    # Ad-blocker advice is no wall; the wall asks to turn it off.
    advice = ["Sie nutzen einen Werbeblocker? Gut so, denn auch über Anzeigen wird Schadsoftware verbreitet."]
    assert classify_page("Fünf Tipps für sicheres Surfen", advice, None) is None
    asked = [
        "Sie nutzen einen Werbeblocker.",
        "Bitte deaktivieren Sie Ihren Werbeblocker oder schließen Sie ein Abo ab.",
    ]
    assert _type_of("Werbeblocker erkannt", asked, None) == "access-wall"


def test_a_fourth_blind_batch_in_other_languages_found_these():
    # u24 (tests/corpus-blind): a Czech 500 line, a Portuguese geo block, a German notice line, Spanish ages.
    assert _notice_kind("Chyba 500 – interní chyba serveru") == ("error-page", True)
    assert _notice_kind("Chyba 500 korun v rozpočtu obce vyvolala spor") is None
    assert _notice_kind("Conteúdo indisponível na sua região") == ("access-wall", True)
    assert _is_paywall_notice("Exklusiv für Abonnentinnen und Abonnenten")
    assert _is_paywall_notice("Lesen Sie jetzt weiter mit MA+")
    ranked = ["1", "La Aemet activa el aviso naranja", "Sociedad · Hace 2 horas"]
    ranked += ["2", "El Ayuntamiento aprueba la peatonalización", "Local · Ayer"]
    assert _type_of("Lo más leído", ranked, None) == "listing-page"


def test_a_sidebar_dated_in_another_language_is_the_sidebar():
    # w4's pieces in other languages kept their sidebars as paragraphs while only English dates were date
    # lines; a German letter with no bio, signed, its sidebar below with 'Gisela und Herbert Mainka' and a
    # newsroom byline, was even taken for a listing once those dates counted.
    from builder.parse import parse_article

    page = "\n\n".join(
        [
            "FacebookTwitterRedditEmail",
            "Leserbrief: Die Linie 7 ist kein Luxus",
            "Ich bin 78 Jahre alt, habe nie einen Führerschein gemacht und wohne seit 1982 am Lindenhang.",
            "Die Verkehrsbetriebe rechnen vor, dass am Wochenende zu wenige Fahrgäste einsteigen.",
            "Waltraud Esslinger, Bad Kirnsbach",
            "\n".join(
                [
                    "6. Mai 2024",
                    "Helmut Sander",
                    "Der Marktplatz braucht Schatten, nicht Parkplätze",
                    "Redaktion",
                    "Danke an die Freiwillige Feuerwehr",
                    "5. Mai 2024",
                    "Gisela und Herbert Mainka",
                    "Wer räumt eigentlich die Radwege?",
                ]
            ),
            "FacebookTwitterRedditEmail",
        ]
    )
    record = parse_article(page.encode("utf-8"), "leserbrief.txt")
    assert isinstance(record, dict), record
    assert record["paragraphs"][-1] == "Waltraud Esslinger, Bad Kirnsbach"
    assert [(x["date"], x["author"]) for x in record["related_links"]] == [
        ("2024-05-06", "Helmut Sander"),
        ("2024-05-06", "Redaktion"),
        ("2024-05-05", "Gisela und Herbert Mainka"),
    ]


def test_a_third_break_it_run_found_these():
    # break10 (written against the two commits before it): the headline-news guard let walls through, the
    # other languages' verbs and copulas picked days, media and 'Die Autorin' as names.
    assert _speakers("“Die Handwerker haben durchgearbeitet”, sagte sie am Mittwoch.") == [None]
    assert _speakers("“Vi är glada”, säger hon till Sveriges Radio.") == [None]
    assert _speakers("“È una vergogna”, ha detto a Radio Popolare.") == [None]
    assert _speakers("“Es wird teurer”, sagte Oberbürgermeister Frank Heller.") == ["Frank Heller"]
    assert author_from_bio("Die Autorin ist Steuerberaterin in Buchholz.") is None
    assert author_from_bio("L’auteur est maire de Quimper.") is None
    assert author_from_bio("Autor jest radnym Krakowa.") is None
    assert not _is_paywall_notice("Nur für Mitglieder")
    # Walls whose only notice is their headline: a 404 over a list of headlines, a maintenance page that
    # apologises, a headline that is its notice and nothing else.
    most_read = ["Most read", "Council confirms £4m cut to library opening hours", "Teenager rescued from cliffs"]
    assert _type_of("Page not found", most_read, None) == "error-page"
    down = [
        "Il sito del Corriere di Pavia è in fase di aggiornamento e tornerà online a breve.",
        "Ci scusiamo per il disagio.",
    ]
    assert _type_of("Sito in manutenzione", down, None) == "error-page"
    # An ad-blocker wall that asks in other words ('pausieren'); a poem's 'Ieri' is no entry's age.
    paused = [
        "Damit wir Ihnen weiterhin Nachrichten bieten können, pausieren Sie bitte Ihren Werbeblocker für diese Seite.",
        "Werbeblocker pausiert? Seite neu laden",
    ]
    assert _type_of("Sie nutzen einen Werbeblocker", paused, None) == "access-wall"
    verse = ["Ieri", "il fiume ha portato via il ponte di legno", "Ieri", "le campane hanno suonato per nessuno"]
    assert classify_page("Ieri", verse, None) is None
    assert _notice_kind("Chyba 500 – portál pro objednání k očkování celé dopoledne nefungoval") is None


def test_a_fifth_blind_batch_found_these():
    # u25 (tests/corpus-blind): each miss, in general words.
    assert _notice_kind("Error al establecer una conexión con la base de datos") == ("error-page", True)
    assert _notice_kind("Der von Ihnen aufgerufene Beitrag wurde depubliziert.") == ("error-page", True)
    assert _notice_kind("Fehlercode: 410") == ("error-page", True)
    assert _notice_kind("Story withdrawn") == ("error-page", True)
    assert _notice_kind("Bestätigen Sie einmalig Ihr Alter mit der Online-Ausweisfunktion.") == ("access-wall", True)
    assert _notice_kind("Wygląda na to, że blokujesz reklamy")[0] == "access-wall"
    assert (
        _notice_kind("The Crier no longer supports Internet Explorer or older versions of Safari.")[0] == "access-wall"
    )
    assert _is_paywall_notice("Dit artikel is alleen voor betalende leden")
    archive = [
        "Tirsdag den 4. marts 2025",
        "Boligskatten til afstemning · Ny måling i Aarhus",
        "Mandag den 3. marts 2025",
    ]
    archive += ["Sygeplejersker varsler konflikt · Superligaen rundt", "Vis ældre udgaver"]
    assert _type_of("Nyhedsbrevsarkiv: Morgenoverblik", archive, None) == "listing-page"
    chronicle = ["1911", "Die erste Straßenbahn fährt nach Kleve.", "1935", "Die Linie wird elektrifiziert."]
    assert classify_page("Archiv: Die Straßenbahn nach Kleve in sieben Daten", chronicle, None) is None
    assert _speakers("“She thought a machine should be polite,” said her former colleague Hamish Oduya.") == [
        "Hamish Oduya"
    ]
    assert _speakers("Ihr Chefredakteur Martin Kessler schreibt, “wer Qualität will, muss dafür bezahlen”.") == [
        "Martin Kessler"
    ]
    assert _speakers("Anna Zielińska, prawniczka, powiedziała: “Zgoda nie jest zgodą”.") == ["Anna Zielińska"]
    assert _speakers("“Vi är glada”, sagde hun til TV2.") == [None]


def test_a_sixth_blind_batch_found_these():
    # u26 (tests/corpus-blind): its misses, in general words.
    assert _notice_kind("There has been a critical error on this website.") == ("error-page", True)
    assert _notice_kind("Fehler 503 – Dienst vorübergehend nicht verfügbar") == ("error-page", True)
    assert _notice_kind("Unsere Website wird gerade gewartet.") == ("error-page", True)
    assert _is_paywall_notice("Para continuar a ler, crie uma conta gratuita.")
    assert _notice_kind("Disattiva la VPN e ricarica la pagina.") == ("access-wall", True)
    assert _notice_kind("För att ta del av innehållet måste du ha fyllt 25 år.") == ("access-wall", True)
    assert _speakers("“Nothing should sit behind a notice,” said the Gazette’s editor, Morwenna Pryce.") == [
        "Morwenna Pryce"
    ]
    assert _speakers("According to the study’s lead author, Dr. Felix Amankwah, “the numbers were fiction.”") == [
        "Felix Amankwah"
    ]
    assert _speakers("“We are catching up,” said public works director Hal Brenner-Oduya.") == ["Hal Brenner-Oduya"]
    assert _speakers("“Refuser doit être simple”, a rappelé la CNIL dans sa délibération.") == ["CNIL"]
    assert _speakers("“Ela cantava para quem voltava do mar”, disse o neto, Tiago Valadares.") == ["Tiago Valadares"]
    assert _speakers("Secondo il presidente della Pro Loco, Franco Bellini, “le torte sono finite”.") == [
        "Franco Bellini"
    ]
    assert _speakers(
        "El capitán, Rubén Escalante, reconoció la superioridad del rival: “Nos han pasado por encima”."
    ) == ["Rubén Escalante"]


def test_a_seventh_blind_batch_found_these():
    # u27 (tests/corpus-blind), a batch written for its quotes.
    assert _speakers('"We keep pulling people off that ridge," said county Supervisor Rafael Ortiz.') == [
        "Rafael Ortiz"
    ]
    assert _speakers("“We shot it in one building,” said cinematographer Theo Lindqvist.") == ["Theo Lindqvist"]
    assert _speakers("Director Aoife Mulcahy has said the piece is “about the people who stay.”") == ["Aoife Mulcahy"]
    assert _speakers("Sir, – Last week I was met with a box telling me to “Subscribe to continue reading.”") == [None]
    assert _speakers("Selon Hélène Dubois, présidente du club, “trois cents enfants vont perdre leurs créneaux”.") == [
        "Hélène Dubois"
    ]
    assert _speakers("Die Geschädigte Hannelore Weiß, 71, trat auf. “Ich gehe nicht mehr allein”, sagte sie.") == [
        "Hannelore Weiß"
    ]
    assert _speakers("Veerman Harm Dijkstra is opgelucht. “Dat was een probleem”, zegt hij tegen RTV Noord.") == [
        "Harm Dijkstra"
    ]
    assert _type_of("Accesso temporaneamente bloccato", ["Codice di riferimento: 7f3a"], None) == "access-wall"


def test_a_fourth_break_it_run_found_these():
    # break11, written against the attribution rules of the session's last four commits: each gave a name where
    # the paragraph names its subject, a place or an organisation.
    assert _speakers("According to the prosecution, Smith “knowingly misled” the investors.") == [None]
    assert _speakers("According to her solicitor, Ms Byrne was “devastated” by the verdict.") == [None]
    assert _speakers("Secondo gli inquirenti, Marco Rossi avrebbe “agito da solo”.") == [None]
    assert _speakers("Laut Polizei war der Fahrer “deutlich zu schnell”.") == [None]
    assert _speakers("“We will appeal,” said his lawyer outside Cork Circuit Court.") == [None]
    assert _speakers("Luca Bianchi era presente. “Andremo avanti”, disse il sindaco Mario Rossi.") == ["Mario Rossi"]
    assert _speakers("Jan Peter Balkenende keek terug. “Het was een mooie tijd”, zei hij.") == ["Jan Peter Balkenende"]
    assert author_from_bio("Sir Simon Jenkins writes a column on Tuesdays.") == "Sir Simon Jenkins"  # as before
    assert _notice_kind("Pour éviter un blocage, désactivez votre VPN, conseille la plateforme.") != (
        "access-wall",
        True,
    )


def test_an_eighth_blind_batch_in_other_languages_found_these():
    # u28 (tests/corpus-blind): weak notices in the other languages (a check's title, a login prompt, a dialog's
    # buttons) add to a strong one, as the English ones do; two teaser notices without their copula.
    assert (
        _type_of(
            "Vérification de sécurité",
            [
                "Nous avons détecté une activité inhabituelle provenant de votre connexion. Pour poursuivre votre "
                "lecture, merci de confirmer que vous n'êtes pas un robot.",
                "Pourquoi cette vérification ? Certains comportements ressemblent à ceux de programmes automatisés.",
                "Identifiant de l'incident : 7f3c-91ab-2e04",
            ],
            None,
        )
        == "access-wall"
    )
    teaser = "Chi ha presentato la Cila entro il 31 dicembre potrà ancora contare sull'aliquota piena."
    assert (
        _type_of("Bonus edilizi", [teaser, "Articolo riservato agli abbonati", "Sei già abbonato? Accedi"], None)
        == "paywalled"
    )
    assert _notice_kind("Dalsza część artykułu dostępna dla subskrybentów") is None  # a subscriber notice, no wall
    lines = ["S vaším souhlasem my a naši partneři využíváme soubory cookie k personalizaci reklamy.", "Souhlasím"]
    assert (
        _type_of("Než začnete používat naše stránky", [*lines, "Nastavení", "Zásady ochrany soukromí"], None)
        == "not-an-article"
    )
    assert _notice_kind("Seznam partnerů (IAB)") == ("not-an-article", False)
    assert _notice_kind("Ups, coś poszło nie tak.") == ("error-page", False)
    # a line that starts with a button's word is no button; weak notices alone are no wall
    assert _notice_kind("Aceptar la lluvia que cae sobre el tejado") is None
    assert _notice_kind("Vaya tela con el nuevo horario") is None
    poem = ["Aceptar la lluvia", "Aceptar el frío", "Configurar la noche", "Souhlasím s tebou, řekla"]
    assert classify_page("Lluvia", poem, None) is None
    brief = "El ayuntamiento instaló un nuevo control de acceso en la biblioteca municipal, explicó la concejala."
    assert classify_page("Verificación de seguridad", [brief, "Buscar"], None) is None


def test_a_ninth_blind_batch_found_these():
    # u29 (tests/corpus-blind), scored once at 74b9bdb.
    assert _speakers(
        "Mrs Garside was unimpressed. She told a local newspaper in 2012 that a computer “can tell you little.”"
    ) == ["Garside"]
    assert _speakers('Wethouder Sanne van Dijk verdedigde het besluit. "Dat geld is er niet meer," zei Van Dijk.') == [
        "Sanne van Dijk"
    ]
    assert _speakers('Volgens fractievoorzitter Kees Verhoef is er "nooit serieus gekeken" naar andere partijen.') == [
        "Kees Verhoef"
    ]
    assert _speakers(
        "Segundo a enfermeira obstétrica Ana Cláudia Nóbrega, que pesquisou o tema, “elas sustentaram”."
    ) == ["Ana Cláudia Nóbrega"]
    assert _speakers(
        "A morte foi confirmada pela filha, Maria das Graças Silva, que disse que a mãe “foi em paz”."
    ) == ["Maria das Graças Silva"]
    assert _speakers("The death was confirmed by her daughter, Mary Silva, who said that she “went in peace.”") == [
        "Mary Silva"
    ]
    assert _speakers(
        "“Sul 2-0 ho visto la squadra smarrita”, ha detto l’allenatore dello Sporting, Marco Rinaldi."
    ) == ["Marco Rinaldi"]
    # a pro-drop verb with no one named after it says 'she said' ('dijo.', 'afirmou em nota.')
    portavoz = "La portavoz de la Plataforma de Afectados, Rocío Mendizábal, ha hablado: “Es una emergencia”, dijo."
    assert _speakers(portavoz) == ["Rocío Mendizábal"]
    assert _speakers("O prefeito, Francisco Alves, decretou luto. “Ela é parte da história”, afirmou em nota.") == [
        "Francisco Alves"
    ]
    # ... not with a subject after it, nor where two people are named before it
    assert _speakers("Il sindaco Luca Neri parlò. “Basta”, ha spiegato il capitano dell’Audace.") == [None]
    assert _speakers("Ana Lima e João Reis falaram. “Basta”, disse.") == [None]
    # 'according to the prosecutor has Name …' (V2) reports on Name; a plural role names no one
    assert _speakers("Enligt åklagaren har Erik Lindqvist “agerat med uppsåt” och vilselett de äldre.") == [None]
    assert _speakers("Selon les enquêteurs Jean Dupont aurait “agi seul”.") == [None]
    # a cleft correction keeps its speaker ('It was A, and not B, who said')
    assert _speakers(
        "It was Maeve Tully, the secretary, and not the harbourmaster, Denis Farrow, who said, “Nobody asked.”"
    ) == ["Maeve Tully"]
    assert _type_of("Il Corriere delle Valli", ["Questo contenuto è riservato agli abbonati"], None) == "paywalled"
    assert (
        _type_of(
            "Gazeta do Alto Minho",
            [
                "O seu browser não é suportado",
                "Para ler a Gazeta precisa de uma versão mais recente do seu browser.",
                "Atualizar browser",
            ],
            None,
        )
        == "access-wall"
    )


def test_speakers_left_by_earlier_batches():
    # u26 and u27's misses (tests/corpus-blind/README.md)
    assert _speakers(
        "According to a status update from Stratacloud, the hosting company, “a routine change went wrong.”"
    ) == ["Stratacloud"]
    assert _speakers("According to figures from the Office for National Statistics, prices rose “sharply.”") == [
        "Office for National Statistics"
    ]
    assert _speakers("According to a doctor from Leeds, the drug is “dangerous.”") == [None]  # a place
    assert _speakers("Last year, the Office of the Data Protection Commissioner said that “consent must be easy.”") == [
        "Office of the Data Protection Commissioner"
    ]
    assert _speakers(
        "Priya Venkatesh, 29, a tester who co-founded the group, Neer Map, told us: “It was a sheet.”"
    ) == ["Priya Venkatesh"]
    # ... a name after a clause that opens with no apposition's word is the subject
    assert _speakers(
        "“A horse knows,” Keane used to say, and his granddaughter, Orla Brennan, says, “It is right.”"
    ) == ["Keane", "Orla Brennan"]
    assert _speakers("As our founder, Ida Marwick, wrote in 1911, “a paper belongs to its readers.”") == ["Ida Marwick"]
    assert _speakers("Verteidiger Jonas Albers kündigte an, “eine Berufung zu prüfen”.") == ["Jonas Albers"]
    assert _speakers("Selon Me Claire Dumontel, avocate, “cette décision confirme une ligne”.") == ["Claire Dumontel"]
    assert _speakers("Selon Hélène Dubois, présidente du club, “trois cents enfants vont partir”.") == ["Hélène Dubois"]


def test_a_fifth_break_it_run_found_these():
    # break12 (tests/corpus-blind/README.md): the rules of 74b9bdb and 376e3dc, narrowed
    assert _speakers("Ana Lima murió en 2019. “Era un hombre bueno”, dijo su viuda.") == [None]
    assert _speakers("Marco Neri è morto. “Aggiustava tutto”, ricorda chi lo conosceva bene.") == [None]
    assert _speakers("O autarca Rui Costa foi condenado. “Vamos recorrer”, afirmou, em nota, a defesa.") == [None]
    assert _speakers("El alcalde Luis Gil habló. “No hay dinero”, dijo en rueda de prensa.") == ["Luis Gil"]
    assert _speakers("Speaking outside, the father of Liam Keane, who said it was “a relief”, thanked them.") == [None]
    assert _speakers("Players from Penrith AFC, who said it was “a bog”, had asked him to stop.") == [None]
    assert _speakers("The report quoted board chair Dennis Harwell, who said it would affect “only a few.”") == [
        "Dennis Harwell"
    ]
    assert _speakers("Según fuentes cercanas a Pablo Ruiz Ortega, el exconsejero “no piensa dimitir”.") == [None]
    assert _speakers("Podle kolegů Petra Dvořáka byl primář “unavený a zklamaný”.") == [None]
    assert _speakers("“Grazie a tutti”, ha detto la moglie del presidente dello Sporting, Franco Gelmini.") == [None]
    assert _speakers("Jane Holt has logged complaints about Mr Barker’s bonfires. “Nobody came,” she said.") == [
        "Jane Holt"
    ]
    # 'Dr' says no gender, so Dr Okafor is a referent too (break13: 'Dr Brennan … she said'); but the subject of the
    # sentence before is the referent when the other name follows a preposition (b12-19's gold), not a verb's object
    assert _speakers("Ellen Price trained under Dr Okafor. “She taught us to listen,” she said.") == ["Ellen Price"]
    assert _speakers("Ellen Price thanked Dr Okafor. “She taught us to listen,” she said.") == [None]
    # 'Câmara' is an organisation's word ('Câmara Municipal de Loures', break13), at the cost of the surname
    assert _speakers("Joana Câmara votou contra. “É um erro”, disse ela.") == [None]
    assert _speakers("Der Kölner Kardiologe Klaus Meier sagte: “Trinken Sie genug.”") == ["Klaus Meier"]
    assert _speakers("Herman Oude Elferink is herder. “Zonder begrazing is het bos”, zei Oude Elferink.") == [
        "Herman Oude Elferink"
    ]
    teaser = "Als die Stadt das Baugebiet vor drei Jahren ausgewiesen hat, sollten Familien hier günstig bauen."
    assert _type_of("Am Kalkofen", [teaser, "Lesen Sie den ganzen Artikel mit NW+", "Mehr"], None) == "paywalled"
    assert _type_of("Oberpfalz-Echo", ["Hoppla!", "Diese Seite gibt es leider nicht.", "Suche"], None) == "error-page"
    # a club's season-ticket box is no teaser's tail
    news = "La società ha presentato la campagna abbonamenti per la nuova stagione allo stadio Martelli."
    assert (
        classify_page("Campagna abbonamenti", [news, "Abbonati 2024/25: 180 €", "Abbonati ridotti: 90 €"], None) is None
    )


def test_a_tenth_blind_batch_found_these():
    # u30 (tests/corpus-blind), scored once at 86998eb
    assert _speakers("“Hemos jugado con el corazón”, dijo el entrenador del Ribereño, Julián Ortega, en la sala.") == [
        "Julián Ortega"
    ]
    assert _speakers("“Durante décadas”, disse a vereadora da Cultura, Catarina Albuquerque, na apresentação.") == [
        "Catarina Albuquerque"
    ]
    assert _speakers("District Judge Miriam Osei found against it. “A door is not open,” the judge wrote.") == [
        "Miriam Osei"
    ]
    assert _speakers("It was county clerk Denise Armitage, not Commissioner Roy Fell, who said it was “legalese.”") == [
        "Denise Armitage"
    ]
    assert _speakers("Calle del Forno. Rosanna Zen, 78 anni, solleva i mobili. “Qui il mare entra in casa”, dice.") == [
        "Rosanna Zen"
    ]
    # 'Secondo lui' resolved as 'he said' named the mayor for an unnamed architect (break13), and 'Selon elle' a man
    # for the SNCF (break23): since the eighth session of 2026-12-06 it refers to the one person named before, only
    # one the census gives the pronoun's sex ('Matteo' it does not know), not past someone the sentence before went with
    assert _speakers("Il gondoliere Matteo Bon, 41 anni, ripara la barca. Secondo lui, “la città non affonda”.") == [
        None
    ]
    assert _speakers("Il gondoliere David Bon, 41 anni, ripara la barca. Secondo lui, “la città non affonda”.") == [
        "David Bon"
    ]
    assert _speakers("El alcalde, Juan Ruiz, visitó la obra con el arquitecto. Según él, “el puente aguanta”.") == [
        None
    ]
    assert _speakers("Kierowca MZK Paweł Nowicki dodał, że kursy poranne są “najbardziej oblegane”.") == [
        "Paweł Nowicki"
    ]
    assert _speakers("Halina Wróbel, emerytka z osiedla Kolejowego, mówiła, że: “Bez autobusu nie dojadę”.") == [
        "Halina Wróbel"
    ]
    assert (
        _type_of(
            "Kurier Nadwarciański",
            ["Ups! Coś poszło nie tak", "Błąd 500. Nie udało się wyświetlić tej strony.", "Wróć na stronę główną"],
            None,
        )
        == "error-page"
    )
    assert (
        _type_of(
            "El Heraldo del Sureste",
            ["Hemos detectado un tráfico inusual desde tu red", "No soy un robot", "ID de la incidencia: 7f3a"],
            None,
        )
        == "access-wall"
    )
    app = [
        "This story is best read in the app",
        "Open in the app",
        "Download on the App Store",
        "Get it on Google Play",
    ]
    found = classify_page("Metro Ledger", app, None)
    assert found is not None and found.type == "not-an-article" and "app" in found.message
    story = [
        "The council launched an app for bin collections on Monday, and residents can download it now.",
        "It is available on the App Store and Google Play, the council said, and it replaces the paper calendar.",
        "Older residents who do not use smartphones will still get the calendar by post, the council added.",
    ]
    assert classify_page("Council launches bin app", story, None) is None
    archive = ["Arkiv för 12 mars 2024", "21.47", "Sport", "Sundsvik vann", "19.12", "Nyheter", "Kommunen backar"]
    assert _type_of("Norrlandsbladet", archive, None) == "listing-page"
    # a live blog's times are no listing's
    live = [
        "09.00",
        "Gates opened at nine and the first runners were already queuing at the start line in the rain.",
        "09.30",
        "The mayor fired the starting gun and the leaders went through the first mile in under five minutes.",
        "10.15",
        "The first finisher crossed the line to applause from a crowd that had grown to several thousand.",
    ]
    assert classify_page("Marathon day as it happened", live, None) is None


def test_an_eleventh_blind_batch_found_these():
    # u31 (tests/corpus-blind), scored once at da8f1ea
    assert _speakers(
        "“Sabíamos que iba a llegar”, dijo Bernal en la sala. “Este grupo no se rinde nunca”, añadió."
    ) == [
        "Bernal",
        "Bernal",
    ]
    assert _speakers("“Esto es para mi abuelo”, contó Álvaro Jiménez con la voz entrecortada.") == ["Álvaro Jiménez"]
    assert _speakers("Producer Tom Ashdown-Reyes defends the choice. “Leave slowly,” he said in a statement.") == [
        "Tom Ashdown-Reyes"
    ]
    # ('… en zei:' gives no speaker: break14 found 'und sagte' after sentences that open with another word or person)
    assert _speakers(
        'Raadslid Joost Vermeulen noemde het besluit "kortzichtig" en zei: "Over tien jaar is het te laat."'
    ) == [None, None]
    assert _speakers(
        'Sędzia Agnieszka Borowiec-Lis zabrała głos. "Archiwum nie jest tablicą ogłoszeń" - powiedziała.'
    ) == ["Agnieszka Borowiec-Lis"]
    assert (
        _type_of(
            "Vänerkusten",
            ["Logga in för att läsa e-tidningen", "Logga in med BankID", "Har du inget konto? Skapa konto"],
            None,
        )
        == "access-wall"
    )


def test_a_sixth_break_it_run_found_these():
    # break13 (tests/corpus-blind/README.md): the rules of 7992620, 86998eb and ed22ac3, narrowed
    assert _speakers("According to a statement from his solicitor, Ciarán Burke, he “denies any wrongdoing.”") == [
        "Ciarán Burke"
    ]
    assert _speakers("Last night, a spokeswoman for the family, Niamh Kelly, said they were “heartbroken.”") == [
        "Niamh Kelly"
    ]
    assert _speakers("Tributes were led by Martin Baker, who said he was “a true gentleman.”") == ["Martin Baker"]
    assert _speakers("Dr Brennan runs the clinic. “We are full,” she said.") == ["Brennan"]
    assert _speakers("Mr and Mrs Okafor object to the plan. “It is too tall,” he said.") == ["Okafor"]
    assert _speakers("State Sen. Dale Pruitt voted against it. “The law stands,” the state said in its filing.") == [
        None
    ]
    assert _speakers("Speaking after the match, home manager McCarthy, whose side lost, said it was “a joke.”") == [
        "McCarthy"
    ]
    assert _speakers("Sie teilte mit ihrem Mann die Liebe zur Operette “Die lustige Witwe”.") == [None]
    assert _speakers("Der Pfarrer Klaus Peter Schmitz sagte: “Wir helfen.”") == ["Klaus Peter Schmitz"]
    assert _speakers("Ada Neri compie cento anni. “Sono felice”, racconta commossa.") == ["Ada Neri"]
    assert _speakers("Marta del Campo abrió la tienda en 1990. “Fue una locura”, dijo.") == ["Marta del Campo"]
    assert _speakers("Secondo il capo di gabinetto Marco Neri la giunta “non cadrà”.") == ["Marco Neri"]
    assert _speakers("“Una vittoria meritata”, ha detto il direttore sportivo dello Spezia, Mauro Bellotti.") == [
        "Mauro Bellotti"
    ]
    assert _speakers("Abderrahman El Khattabi opende de zaak. “Het loopt goed”, zei El Khattabi.") == [
        "Abderrahman El Khattabi"
    ]
    assert _speakers("Its home is now open, the James Clerk Maxwell Foundation said, calling it “a gem.”") == [
        "James Clerk Maxwell Foundation"
    ]
    assert _speakers("“No comment,” the Office of the Director of Public Prosecutions said.") == [None]
    # a brief that ends in the site's newsletter box, or under the paper's new app's badges, is an article
    brief = "The Baths will reopen to the public at 8am on Saturday, with lifeguards on duty every day until September."
    assert (
        classify_page("Baths to reopen", [brief, "Sign up to The Morning Tide", "Email address", "Sign up"], None)
        is None
    )
    app = "De Kempenbode lanceert vandaag een nieuwe app met het laatste nieuws uit de regio en pushberichten."
    assert classify_page("Nieuwe app", [app, "Download on the App Store", "Get it on Google Play"], None) is None
    chronicle = [
        "18.53 Uhr",
        "Eine neue Reiseregelung wird verlesen.",
        "19.05 Uhr",
        "Die Agenturen melden die Öffnung.",
    ]
    assert classify_page("Archiv: Mauerfall 1989", chronicle, None) is None
    teaser = "Da lunedì il ponte sul Po resterà chiuso ai mezzi pesanti per almeno sei mesi, ha deciso la Provincia."
    assert (
        _type_of(
            "Il ponte chiuso", [teaser, "Abbonati ora a 1 € al mese per tre mesi", "Sei già abbonato? Accedi"], None
        )
        == "paywalled"
    )


def test_a_seventh_break_it_run_found_these():
    # break14 (tests/corpus-blind/README.md): the rules of 3991ff2 and 86cdbba, narrowed
    assert _speakers("“We are sorry,” said Ryanair. Joan Miller waited nine hours. “It was chaos,” she said.") == [
        "Ryanair",
        "Joan Miller",
    ]
    assert _speakers("Bridget Hynes, 71, who was operated on by surgeon Mr Patel, said it was “a miracle.”") == [
        "Bridget Hynes"
    ]
    assert _speakers("Sheila Byrne called the plan “dead in the water” – Councillor Tom Kehoe said little.") == [
        "Sheila Byrne"
    ]
    assert _speakers("Vincent von Siebenthal sagte: “Wir bleiben.”") == ["Vincent von Siebenthal"]
    assert _speakers("Florent Le Gall a dit: “Nous restons.”") == ["Florent Le Gall"]
    assert _speakers("Town Clerk Mary Donnelly read the notice. “It is final,” she said.") == ["Mary Donnelly"]
    assert _speakers("Jan Nowak trafił do szpitala. “Stan jest stabilny”, powiedział lekarz.") == [None]
    assert _speakers("Chancellor Rachel Reeves spoke first. “We will not borrow,” the chancellor said.") == [
        "Rachel Reeves"
    ]
    # an apposition names no author (break15: 'At Reuters, she …', 'Staff Writer, …', 'Sunderland Echo, …'),
    # unless the name opens with a common given name (given_names.py, after break15)
    assert author_from_bio("Henrike Vollmer, Lokalredakteurin in Oberweiler, berichtet seit 2015.") == "Henrike Vollmer"
    assert author_from_bio("Lokalredaktion Bad Hersfeld, Benno-Schilde-Platz 2, 36251 Bad Hersfeld") is None
    assert author_from_bio("Ann Lee is a reporter.\n\nAt Reuters, she covered energy, mining and trade.") == "Ann Lee"
    assert author_from_bio("Staff Writer, Sunderland Echo, covers courts.") is None
    assert (
        classify_page(
            "Roadworks",
            [
                "The bridge will close in May for six weeks of repairs to its deck, the council said.",
                "The full story stays behind our paywall. Subscribe to read it.",
            ],
            None,
        )
        is not None
    )
    paragraphs = [
        "Every article since 1996 is moving to a new home on our website this week, and some links may break.",
        "Nothing is being deleted. Nothing will be put behind a paywall: the archive will remain free to read.",
        "If you find a broken link, write to us and we will restore it.",
    ]
    assert classify_page("A Note to Readers About Our Archive", paragraphs, "Ann Hart is the editor.") is None


def test_the_misses_of_break14_and_u32():
    # junk pages of break14 and u32 that the rules missed (tests/corpus-blind/README.md)
    for headline, lines, kind in [
        (
            "Un instant…",
            [
                "Nos systèmes ont détecté un trafic exceptionnel provenant de votre réseau informatique.",
                "Référence : 8c1d-22fe-90ab",
            ],
            "access-wall",
        ),
        (
            "E-Paper",
            ["Bitte melden Sie sich an, um das E-Paper zu lesen.", "Anmelden", "Noch kein Konto?"],
            "access-wall",
        ),
        (
            "Wartungsarbeiten",
            [
                "Aufgrund von Wartungsarbeiten ist unser Angebot vorübergehend nicht erreichbar.",
                "Fehlercode: 503 Service Unavailable",
            ],
            "error-page",
        ),
        (
            "Ridgeline Courier",
            [
                "Read this story in the Ridgeline Courier app",
                "Open in app",
                "Continue in browser",
                "Download on the App Store",
            ],
            "not-an-article",
        ),
    ]:
        found = classify_page(headline, lines, None)
        assert found is not None and found.type == kind, (headline, found)
    teaser = (
        "Am Stadtrand von Lemgo sollen bis 2028 rund 120 Wohnungen entstehen, die Zufahrt führt durch den Lindenhof."
    )
    assert (
        _type_of("Lemgo", [teaser, "Den ganzen Artikel lesen Sie mit LZ+.", "Jetzt 1 Monat für 1 € testen"], None)
        == "paywalled"
    )
    episodes = ["Ep. 214 – Il Po in secca", "12 marzo 2024 · 24 min", "Ascolta", "Ep. 213 – Il catasto", "Ascolta"]
    assert _type_of("Podcast", episodes, None) == "listing-page"


def test_a_newsletter_sign_up_page_is_not_an_article():
    form = [
        "Start your day with the stories that matter in the Valley: the top local headlines and the weather.",
        "Email address",
        "Sign up",
        "By signing up, you agree to our Terms of Use and acknowledge our Privacy Policy.",
        "Weekend Reads",
        "Our best long stories of the week, every Saturday morning.",
        "Sign up",
    ]
    found = classify_page("Sign up for The Morning Dispatch", form, None)
    assert found is not None and found.type == "not-an-article" and "sign-up form" in found.message
    # an article that ends in a sign-up box keeps its prose
    prose = [
        "The council voted on Tuesday to close the pool at the end of the summer, after a decade of losses.",
        "Swimmers who had used it for forty years said they would take the decision to the ombudsman.",
        "The leisure centre’s gym will stay open until a new operator is found, the council said.",
    ]
    assert classify_page("Pool to close in August", [*prose, "Email address", "Sign up"], None) is None
    # an archive of a newsletter's issues with its sign-up box is a listing
    archive = ["Issue #212 — November 27, 2026", "Issue #211 — November 20, 2026", "Issue #210 — November 13, 2026"]
    assert (
        _type_of("The Morning Tide: newsletter archive", [*archive, "Email address", "Sign up"], None) == "listing-page"
    )


def test_a_login_page_is_not_an_article():
    form = ["Email address", "Password", "Show", "Keep me logged in", "Log in", "Forgot your password?"]
    found = classify_page("Log in to your account", [*form, "Don’t have an account? Create one — it’s free."], None)
    assert found is not None and found.type == "not-an-article" and "login form" in found.message
    assert "'Password'" in found.message
    danish = ["E-mail", "Adgangskode", "Log ind", "Glemt din adgangskode?"]
    assert _type_of("Log ind", danish, None) == "not-an-article"
    # an article that ends in a login box, or tells of passwords in its sentences, keeps its prose
    prose = [
        "The council’s new parking app asks every driver to choose a password of twelve characters or more.",
        "Drivers who forget it must ring the council, which answers the phone on weekdays only.",
        "The council said a simpler log-in would come with the next version of the app in the spring.",
    ]
    assert _type_of("Parking app frustrates drivers", [*prose, "Password", "Log in"], None) is None
    assert _type_of("Parking app frustrates drivers", prose, None) is None


def test_a_letter_or_a_poem_that_quotes_a_login_screen_stays_an_article():
    # break17: the screen's lines above the writer's own
    letter = [
        "Username",
        "Password",
        "Forgot your password?",
        "Those three lines are all I have seen of the county’s new bin-collection portal since March, and I am 81.",
        "When I rang the council, a recorded voice told me to visit the website. Perhaps someone could show me how.",
    ]
    assert _type_of("Letter: Forgot Password? Every Single Time", letter, None) is None
    assert _type_of("Forgot Password? Every Single Time", letter, None) is None
    poem = [
        "Username",
        "his, still, on the laptop by the kettle",
        "Password",
        "I try the dog, the street, the year",
        "the name of the boat he never bought",
        "Forgot your password?",
        "yes, and the sound of his key",
    ]
    assert _type_of("Login", poem, None) is None


def test_a_login_page_with_its_checkboxes_and_register_line_is_not_an_article():
    # break18: the form's own lines run to seven words
    page = [
        "Welcome back to your account",
        "Email address",
        "Password",
        "Keep me signed in on this device",
        "Forgot password?",
        "Sign in",
        "Don’t have an account? Register for free",
        "Or sign in with Google or Apple",
    ]
    assert _type_of("Sign in to The Westmeath Examiner", page, None) == "not-an-article"
    # ... not a reader's poem with only the forgotten password's line
    poem = ["Usuario", "el nombre de mi madre", "Contraseña", "la fecha en que cerraron", "¿Olvidaste tu contraseña?"]
    assert _type_of("Contraseña", poem, None) is None


def test_an_email_this_article_dialog_is_not_an_article():
    page = [
        "Email this article to a friend",
        "Your name",
        "Your email",
        "Recipient’s email",
        "Message (optional)",
        "Send",
    ]
    found = classify_page("Share this article", page, None)
    assert found is not None and found.type == "not-an-article" and "share dialog" in found.message


def test_run_times_in_an_article_are_no_listing_entries():
    # break19: a race's legs and a recipe's times between two paragraphs
    page = [
        "The course took the field along the quay, up the hill road to the quarry and back along the shore path.",
        "Swim · 12 min",
        "Bike · 36 min",
        "Run · 21 min",
        "Aoife Brennan won in a time that beat last year’s by four minutes, despite the wind on the hill road.",
    ]
    assert _type_of("Brennan wins the harbour triathlon", page, None) is None
    # ... nor a race's results over a pager (break20): any label's length is no entry, even beside one
    results = [
        "The leaders went through halfway together before Keter broke clear on the long drag out of the town.",
        "Kip Keter | 2:14:37",
        "Aoife Ní Bhriain | 2:31:08",
        "Tom Harty | 2:33:41",
        "Ní Bhriain’s time was a course record, two minutes inside the mark set when the race began in 1998.",
        "Load more results",
    ]
    assert _type_of("Keter and Ní Bhriain win the city marathon", results, None) is None


def test_a_page_that_walks_through_a_dialog_stays_an_article():
    # break19: a login help page's steps, a poem with a share dialog's lines
    steps = [
        "Email address",
        "Password",
        "Sign in",
        "Enter the email address you gave the library when you joined.",
        "Use the password from the letter we sent you in March.",
        "If that does not work, ring the desk and we will reset it for you.",
    ]
    assert _type_of("How to sign in to the new library catalogue", steps, None) is None
    poem = [
        "Your name",
        "the one my mother chose in a hurry",
        "Recipient’s email",
        "an address nobody opens now",
        "Send",
    ]
    assert _type_of("Email This Article to a Friend", poem, None) is None


def test_clock_times_after_a_bar_are_no_video_lengths():
    # break18: a festival's programme and a race's results are no gallery of videos
    programme = ["Scena główna | 18:30", "Koncert otwarcia", "Scena główna | 20:00", "Kwartet smyczkowy"]
    assert _type_of("Festiwal nad Odrą: program", programme, None) is None


def test_one_podcast_episode_page_is_no_listing():
    # break17: two paragraphs of prose over one date, a run time and a pager
    page = [
        "I veckans avsnitt möter vi en fiskare som efter trettio år på havet öppnade restaurang i sin gamla sjöbod.",
        "Johan Wikström hade aldrig lagat mat till fler än sin familj. “Jag visste hur makrill smakar”, sade han.",
        "Lyssna på avsnittet",
        "14 mars 2024",
        "38 min",
        "Visa fler avsnitt",
    ]
    assert _type_of("Västkustpodden: Fiskaren som blev kock", page, None) is None


def test_a_tag_page_of_galleries_is_a_listing_in_polish():
    page = ["Wszystkie artykuły z tagiem „powódź”"]
    for size, title in (("34 zdjęcia", "Kłodzko po przejściu fali"), ("21 zdjęć", "Wolontariusze niosą pomoc")):
        page += [f"Fotorelacja | {size}", title]
    page += ["Wideo | 3:12", "Jak wygląda Rynek tydzień po powodzi", "Załaduj więcej"]
    assert _type_of("Temat: powódź na Dolnym Śląsku", page, None) == "listing-page"


def test_a_podcasts_episode_list_is_a_listing_in_swedish():
    episodes = []
    for n, day in ((212, 14), (211, 13), (210, 12)):
        episodes += [f"Avsnitt {n}: Elpriset och vinden", f"{day} mars 2024 · 32 min"]
    page = ["Nyheterna du behöver, på tjugo minuter. Varje vardag klockan sex.", *episodes, "Visa fler avsnitt"]
    assert _type_of("Morgonpodden", page, None) == "listing-page"


def test_a_geo_block_in_danish_is_an_access_wall():
    page = ["Vi beklager, men denne side kan af juridiske årsager ikke vises.", "Fejlkode: GEO-451"]
    assert _type_of("Indholdet er ikke tilgængeligt i dit område", page, None) == "access-wall"
    assert _type_of("Innholdet er ikke tilgjengelig i ditt område", page, None) == "access-wall"  # Norwegian
    # ... 'in your area' only as a line of its own: a story about streaming abroad says it in a sentence (break17)
    story = [
        "Der dänische Sender zeigt die Serie nur im Inland, und wer im Urlaub schauen will, liest dann: die Sendung "
        "ist in Ihrer Region nicht verfügbar. Viele Zuschauer greifen deshalb zu einem VPN-Dienst.",
        "Die Verbraucherzentrale rät davon ab, weil die Nutzungsbedingungen es verbieten.",
        "Ein Sprecher des Senders sagte, man prüfe eine europaweite Lizenz für das kommende Jahr.",
    ]
    assert _type_of("Fernsehen im Ausland: Warum der Bildschirm schwarz bleibt", story, None) is None


def _type_of(headline: str, paragraphs: list[str], bio: str | None) -> str | None:
    """The reject type `classify_page` gives the page, or None for an article."""
    found = classify_page(headline, paragraphs, bio)
    return None if found is None else found.type


def _speakers(paragraph: str) -> list[str | None]:
    """The speaker attribution gives each quote of one paragraph."""
    return [a.speaker for a in attribute_quotes(paragraph, find_quote_spans(paragraph))]


def test_what_u42_found_in_other_languages():
    # An 'email this article' dialog in Spanish (tests/corpus-blind u42-19).
    dialog = ["Comparte este artículo: «La sequía vacía los embalses»", "Tu nombre", "Tu correo electrónico"]
    dialog += ["Correo electrónico del destinatario", "Mensaje (opcional)", "Enviar", "Cancelar"]
    assert _type_of("Enviar por correo electrónico", dialog, None) == "not-an-article"
    # a button's word alone is no dialog's title (the rule's; the word model, fitted on break46's forms since, types
    # the page by its fields)
    assert junk._share_dialog("Enviar", tuple(dialog)) is None
    assert _type_of("Enviar", dialog, None) == "not-an-article"
    # break27: a found poem of the form's lines, and an editor's note that asks readers to share, are no dialogs
    poem = ["Tu nombre", "El mío", "Correo electrónico del destinatario", "El tuyo, todavía", "Asunto", "Mamá"]
    poem += ["Mensaje (opcional)", "Nada es opcional", "Vuelve", "Una foto del limonero", "Enviar", "Cancelar"]
    assert _type_of("Enviar por correo electrónico", poem, None) is None
    assert _type_of("Enviar por correo electrónico", ["12/05/2025", *poem], None) is None  # a dateline is no sidebar
    note = [
        "Compartilhe esta e qualquer outra reportagem sem informar o seu próprio e-mail: a janela pede apenas o "
        "endereço de quem vai recebê-la.",
        "Enviar por e-mail",
        "E-mail do destinatário",
        "Mensagem (opcional)",
    ]
    assert _type_of("Novo formulário para compartilhar nossas reportagens", [*note, "Enviar"], None) is None


def test_what_u43_found_in_other_languages():
    # tests/corpus-blind u43-*: a Spanish login page, an Italian newsletter archive.
    login = ["Accede para leer sin límites, guardar artículos y comentar.", "Correo electrónico", "Contraseña"]
    login += ["¿Has olvidado tu contraseña?", "Entrar", "O continúa con", "Google"]
    assert _type_of("Inicia sesión en tu cuenta", login, None) == "not-an-article"
    # break28: a how-to's steps around the screen's lines make no login page
    steps = [
        "Desde este año, la Agencia Tributaria permite entrar en Renta Web solo con el DNI.",
        "Paso 1",
        "DNI o NIE",
    ]
    steps += ["Paso 2", "Contraseña", "Paso 3", "Entrar", "¿Has olvidado tu contraseña? Se recupera con el DNI."]
    assert _type_of("Inicia sesión en Renta Web", steps, None) is None
    archive = ["N. 312 – 17 maggio 2024", "Il caro affitti arriva nelle città universitarie", "Leggi"]
    archive += [
        "N. 311 – 16 maggio 2024",
        "Cosa cambia con il nuovo codice della strada",
        "Leggi",
        "Carica altri numeri",
    ]
    assert _type_of("Archivio della newsletter", archive, None) == "listing-page"
    # break28: a poem's refrain 'Leggi.' is no listing's link
    poem = ["Tra le righe di un giornale", "Leggi.", "Le parole degli altri", "Leggi.", "E poi scrivi", "Leggi."]
    assert _type_of("Consiglio a mio figlio", poem, None) is None


def test_an_email_dialog_with_its_message_filled_in_is_a_dialog():
    # u44-30: the message field's own text and a 'Send me a copy' checkbox
    dialog = ["To", "Separate multiple addresses with commas", "Your name", "Your email address", "Message (optional)"]
    dialog += ["I just read “The Ferry Timetable Nobody Can Read” and thought you would like it.", "Send me a copy"]
    dialog += ["Send", "Cancel", "We will not use these email addresses for any other purpose."]
    assert _type_of("Email this article", dialog, None) == "not-an-article"


def test_what_u45_and_u46_found_dialogs_interstitials_and_error_forms():
    # u45-19, u46-19: an 'Email this article' dialog titled with the article's own title in quotation marks
    dialog = ["Share “The Quiet Sale of the County’s Water Utility” with a friend.", "Recipient’s email address"]
    dialog += ["Your name", "Your email address", "Add a personal message (optional)", "Send email", "Cancel"]
    dialog += ["We will not use these addresses for any other purpose."]
    assert _type_of("Email this article", dialog, None) == "not-an-article"
    # two notes in prose, both speaking to the reader (u46-19), against a help column's (break24)
    notes = ["Share “What a Judge Sees” with a friend or colleague.", "Recipient’s email address"]
    notes += ["Separate multiple addresses with commas. You can send to up to five people at once.", "Your name"]
    notes += ["Your email address", "Add a message (optional)", "Send", "Cancel"]
    notes += ["We use the addresses you enter only to send this email. We do not store them."]
    assert _type_of("Email this article", notes, None) == "not-an-article"
    # break30: a brief that shows the box after a sentence that introduces it, a reader's poem with its salutation
    # and signature, a how-to whose sentence above the form names an address
    shown = ["From Monday, the box that opens under the envelope icon will look like this:", *dialog[:5], "Send"]
    assert _type_of("Sending a Story to a Friend Gets Simpler", [*shown, "— The Web Desk"], None) is None
    poem = ["Share “Deaths, March 3” with a friend.", "Your name", "Your email", "Add a personal message (optional)"]
    assert _type_of("Forwarding", [*poem, "Dad,", "Send", "— Maeve Collins, Galway"], None) is None
    howto = ["Subscribers can now send any story to a friend: we do not keep your friend’s email address once sent."]
    assert _type_of("How to Send a Story", [*howto, *poem, "Send"], None) is None
    # u45-20: a Norwegian app interstitial; break30: the same lines shown in a brief and in a poem
    app = ["Få nyhetene raskere med appen vår. Varsler om de viktigste sakene – helt gratis."]
    app += ["Last ned fra App Store", "Last ned fra Google Play", "Fortsett i nettleseren"]
    assert _type_of("Les videre i appen", app, None) == "not-an-article"
    brief = ["Lesere som åpner en sak på mobilen, får fra i dag opp et vindu.", "Slik ser vinduet ut på en iPhone:"]
    brief += ["Les videre i appen", "Last ned fra App Store", "Fortsett i nettleseren"]
    assert _type_of("Lokalavisa ber leserne bytte til appen", brief, None) is None
    verse = ["Les videre i appen", "sier telefonen", "Last ned fra App Store", "sier telefonen"]
    verse += ["jeg vil bare vite om det blir regn", "Fortsett i nettleseren", "takk"]
    assert _type_of("Morgenlesning", verse, None) is None
    # u43-40, u46-20: a form to report an error in an article, in Swedish and in Norwegian
    form = [
        "Har du hittat ett faktafel eller ett stavfel? Berätta för oss så rättar vi det.",
        "Vilken artikel gäller det?",
    ]
    form += ["Beskriv felet", "Ditt namn (frivilligt)", "Din e-postadress (frivilligt)", "Skicka"]
    assert _type_of("Rapportera ett fel i artikeln", form, None) == "not-an-article"
    form = ["Har du oppdaget en feil i saken? Vi retter feil så raskt vi kan.", "Hva gjelder det?", "Faktafeil"]
    form += ["Annet", "Beskriv feilen", "Lenke til kilde (valgfritt)", "Navn", "E-post (valgfritt)", "Send inn"]
    assert _type_of("Meld fra om feil i artikkelen", form, None) == "not-an-article"
    # ... but not a brief with the site's form under it (the form's title is no headline), a correction's, nor a
    # poem of the form's lines (break31)
    shown = ["Fra i dag kan leserne melde fra om feil i et eget skjema.", "Meld fra om feil", *form[4:]]
    assert _type_of("Nå kan du melde fra om feil", shown, None) is None
    assert _type_of("Correction: Report an error", ["Describe the error", "Your name", "Submit"], None) is None
    poem = ["Describe the error", "We wrote that the river crested at noon", "It crested in the dark, with no one"]
    poem += ["We wrote that nobody was hurt", "We did not know about the dog", "Your name", "Agnes Lowry", "Send"]
    assert _type_of("Report an Error", poem, None) is None
    # break31: a dialog's own line with a colon, its '— or —' over 'Copy link'; an interstitial's pitch with a colon
    fill = ["Fill in the form below to send this story to a friend:", "Your name", "Your email", "Friend’s email"]
    assert _type_of("Email this article", [*fill, "Send"], None) == "not-an-article"
    either = ["Share “Council Approves Harbour Budget” with a friend", "Your name", "Friend’s email", "Send"]
    assert _type_of("Share this article", [*either, "— or —", "Copy link"], None) == "not-an-article"
    pitch = ["Få med deg hele saken i BA-appen:", "Les videre i appen", "Last ned fra App Store"]
    assert _type_of("Les hele saken i appen", [*pitch, "Fortsett i nettleseren"], None) == "not-an-article"
    # ... and a reader's letter, labelled so, or a poem round the screen's lines is none
    letter = ["Hver morgen møder jeg den samme skærm.", "Læs videre i appen", "Hent den i App Store"]
    assert _type_of("Læserbrev: Lad mig læse i fred", [*letter, "Fortsæt i browseren"], None) is None
    poem = ["Mor vil lese om været i Florø", "Hun trykker på lenken jeg sendte", "Les videre i appen"]
    poem += ["Hun vet ikke hva en app er", "Last ned fra App Store", "Hun vet ikke hvem App Store er"]
    assert _type_of("Mor vil lese om været", [*poem, "Fortsett i nettleseren", "Det gjør hun"], None) is None


def test_nordic_verbs_that_took_more_than_the_name_name_no_one():
    # u46-39 asked for Norwegian 'sier' after a quote; break32 and break33 showed what it took in: a party's genitive,
    # a capitalised role, the noun that opens a sentence. Null, as before, is the speaker's due when unsure.
    assert _speakers("“Vi trenger flere plasser,” sier Høyres Kari Holm.") == [None]
    assert _speakers("“Køen er lang,” sier Nav-leder Trond Moe.") == [None]
    assert _speakers("Planen sier: “Sentrum skal være bilfritt innen 2030.”") == [None]
    # not 'skriver' after a book's title in commas, nor French's possessive 'sa'
    assert _speakers("I sin nya roman, “Vintervägen”, skriver Kerstin Åberg om en by i Härjedalen.") == [None]
    assert _speakers("Il a vendu sa guitare, “Les Quais”, sa Fender Stratocaster de 1962, en mai.") == [None]


def test_where_it_was_said_may_stand_between_the_verb_and_the_speaker():
    # u46-28, u47-28: two writers' '“…”, ha detto in aula il pubblico ministero Name'
    said = "“Nessuno ha fatto niente”, ha detto in aula il pubblico ministero Chiara Rapino."
    assert _speakers(said) == ["Chiara Rapino"]
    assert _speakers("“No hicimos nada”, dijo en el juicio el fiscal Juan Pérez.") == ["Juan Pérez"]
    assert _speakers("“Nessuno ha fatto niente”, ha detto in aula.") == [None]


def test_what_u47_found_in_forms_and_walls():
    # u47-19: an English form to report an error, its help in sentences that speak to the reader
    form = ["Spotted a mistake in one of our stories? Use this form to tell our standards editor what you found."]
    form += ["Article headline or link *", "What is incorrect? *", "What should it say, and how do you know?"]
    form += ["Your name", "Your email *", "We may contact you to follow up.", "Submit report"]
    assert _type_of("Report an Error", form, None) == "not-an-article"
    # ... but a letter or a poem that quotes one field of it is none (the review of 4382ca2)
    letter = ["I tried to tell you that the bridge opened in 1962, not 1926.", "Describe the error", "Your name"]
    assert _type_of("Report an Error", [*letter, "Submit", "I pressed it twice.", "Agnes Lowry, Kilrush"], None) is None
    # u47-20: a Czech login page whose terms line is the form's, not a help page's sentence
    login = ["Pro pokračování se přihlaste ke svému účtu.", "E-mail", "Heslo", "Zapamatovat si mě", "Přihlásit se"]
    login += ["Zapomněli jste heslo?", "Nemáte účet? Zaregistrujte se zdarma a získejte přístup k diskusím."]
    login += ["Přihlášením souhlasíte s podmínkami užívání a se zásadami ochrany osobních údajů."]
    assert _type_of("Přihlášení", login, None) == "not-an-article"
    # break32: a Polish advice piece in the reader's person about ad-blocker walls stays an article (the phrases that
    # caught u47-14's wall, 'używasz programu do blokowania reklam', 'korzystasz z blokady reklam', were undone)
    advice = ["Czytelnicy coraz częściej pytają, dlaczego część serwisów wyświetla tylko komunikat o reklamach."]
    advice += ["Jeśli używasz programu do blokowania reklam, serwis może ukryć treść artykułu."]
    advice += ["Najprościej dodać stronę do wyjątków i odświeżyć kartę."]
    advice += ["Gdy korzystasz z blokady reklam tylko na wybranych stronach, problem nie wystąpi."]
    assert _type_of("Strona prosi o wyłączenie adblocka. Co zrobić?", advice, None) is None


def test_what_the_review_of_the_final_rules_found():
    # a signature may open with a title ('— Dr Aoife Byrne'), a separator is none ('— Or share via —')
    poem = ["Share “Deaths” with a friend.", "Your name", "Your email", "Add a personal message (optional)", "Send"]
    assert _type_of("Forwarding", [*poem, "— Dr Aoife Byrne, Galway"], None) is None
    dialog = ["Your name", "Your email", "Friend’s email", "Send", "— Or share via —", "Copy link"]
    assert _type_of("Email this article", dialog, None) == "not-an-article"
    # an Italian error form's title with the elided article
    form = ["Descrivi l’errore", "Il tuo nome", "La tua email", "Invia"]
    assert _type_of("Segnala un errore nell’articolo", form, None) == "not-an-article"
    assert _type_of("Segnalare un errore in bolletta", form, None) is None
    # a reader's letter whose colon line opens with 'Jeg' introduces the screen; the Nordic preposition 'I' is no 'I'
    letter = ["Jeg åbner linket, og så vil avisen straks over i appen:", "Læs videre i appen", "Hent i App Store"]
    assert _type_of("Jeg vil bare læse om vejret", [*letter, "Fortsæt i browseren"], None) is None


def test_the_forms_of_the_session_of_december_6():
    # u52-17: two titles joined, a link to the article and a marked field (a weaker wording needs the mark)
    form = ["Link to the article (required)", "Describe the error (required)", "Your name", "Your email address"]
    assert _type_of("Report an Error or Request a Correction", [*form, "Submit correction request"], None) == (
        "not-an-article"
    )
    plain = [
        "Link to the article",
        "Describe the error",
        "Your name",
        "Your email address",
        "Submit correction request",
    ]
    assert _type_of("Report an Error or Request a Correction", plain, None) is None  # a found poem of its labels
    assert _type_of("Report an error", [*plain[:4], "Submit"], None) == "not-an-article"  # (break39: no marks)
    # u53-19: a field's noun form with a consent behind a checkbox (a review: the '☐' before it)
    polish = [
        "Adres artykułu",
        "Opis błędu",
        "Twój adres e-mail",
        "☐ Wyrażam zgodę na przetwarzanie moich danych osobowych.",
    ]
    assert _type_of("Zgłoś błąd", [*polish, "Wyślij zgłoszenie"], None) == "not-an-article"
    # u52-18: newsletters' descriptions each over its button, the consent under one line of pitch; not a description
    # without a button of its own (a Q&A's short answers under short questions over the site's box: break40)
    cards = ["El Despertador", "De lunes a viernes, a las 7.00. Las claves para empezar el día en cinco minutos."]
    cards += ["Suscribirme", "Territorios", "Cada jueves. Lo que pasa en la España que no sale en los telediarios."]
    pitch = "Recibe en tu correo lo más importante del día, elegido por nuestra redacción. Es gratis."
    consent = "Al suscribirte aceptas recibir comunicaciones del periódico. Tus datos no se cederán a terceros."
    page = [pitch, *cards, "Suscribirme", "Correo electrónico", consent]
    assert _type_of("Suscríbete a nuestras newsletters", page, None) == "not-an-article"
    letter = [pitch.replace("Recibe", "Desde octubre recibirás"), "Lo hemos decidido tras la encuesta de primavera."]
    assert _type_of("Cambiamos nuestras newsletters", [*letter, *page[1:]], None) is None  # (break36: a letter)
    qa = [
        "Busiest day?",
        "Saturdays in August, when the ferry runs every forty minutes and still leaves people behind.",
    ]
    qa += ["Worst weather?", "The January storm that kept us tied up for four days and the island ran out of milk."]
    qa += ["Best part?", "The first crossing at six, when the only passengers are the baker's van and the postman."]
    assert _type_of("Five questions for the ferry's skipper", [*qa, "Email address", "Sign up"], None) is None
    # u52-20: the stores named in a sentence under the interstitial's title; a Danish 'jeg' shows a letter (break38)
    screen = ["Hent appen gratis i App Store eller Google Play, og få besked, når der sker noget.", "Hent appen"]
    assert _type_of("Læs videre i appen", [*screen, "Fortsæt i browseren"], None) == "not-an-article"
    danish = ["Hver morgen åbner jeg avisen, og appen kan hentes i App Store eller Google Play.", "Hent appen"]
    assert _type_of("Læs videre i appen", [*danish, "Fortsæt i browseren"], None) is None


def test_a_page_that_is_a_form_for_the_readers_details_is_not_an_article():
    # u62-18: a home-delivery order form (the word model typed it as a consent wall by its words; the rule names it)
    form = ["Get the Advertiser delivered to your door every Wednesday and Saturday morning.", "Your details"]
    form += ["Full name", "Street address", "Suburb", "Postcode", "Phone", "Choose your package"]
    form += ["Wednesday only – $3.50 a week", "Saturday only – $4.20 a week", "Submit order"]
    form += ["Orders received by 3 pm Monday start that Wednesday. Delivery is available within Greater Bendigo only."]
    found = classify_page("Home delivery order form", form, None)
    assert found is not None and found.type == "not-an-article"
    assert "'Full name'" in found.message and "'Submit order'" in found.message
    # u61-03: a Finnish tip form, its fields marked optional; u51-20: a Danish one
    tip = ["Onko sinulla uutisvinkki? Täytä alla oleva lomake.", "Nimi", "Sähköposti", "Puhelinnumero (vapaaehtoinen)"]
    tip += ["Aihe", "Viesti", "[ ] Olen lukenut tietosuojaselosteen", "Lähetä"]
    assert _type_of("Ota yhteyttä toimitukseen", tip, None) == "not-an-article"
    tip = [
        "Har du en historie, vi bør kende til?",
        "Dit navn",
        "Telefonnummer",
        "E-mail",
        "Beskriv dit tip",
        "Vedhæft billeder eller video (maks. 50 MB)",
        "Send tip",
    ]
    assert _type_of("Tip redaktionen", tip, None) == "not-an-article"
    # ... but not a found poem that fills the form in, a line after each field (b27-24), nor a brief that shows the
    # form with paragraphs of its own above it
    poem = ["Tu nombre", "El mío", "Correo electrónico del destinatario", "El tuyo, todavía", "Asunto", "Mamá"]
    poem += ["Mensaje (opcional)", "Nada es opcional", "Vuelve", "Enviar", "Lucía Berrocal (Cáceres)"]
    assert _type_of("Enviar por correo electrónico", poem, None) is None
    brief = [
        "From Monday, readers in Bendigo can order home delivery online instead of phoning the front desk.",
        "The circulation manager, Dana Whitfield, said the phone line took more than 400 calls a week.",
        "The form asks for the usual details, and nothing else.",
    ]
    assert (
        _type_of("Home Delivery Goes Online", [*brief, "Full name", "Postcode", "Phone", "Submit order"], None) is None
    )


def test_a_page_that_is_a_reader_survey_is_not_an_article():
    # u62-20: numbered questions with options under each, one line of options between slashes, a send button
    survey = ["Help De Twentse Bode beter te worden. Het invullen duurt ongeveer vier minuten."]
    survey += ["1. Hoe vaak leest u onze website?", "Dagelijks", "Een paar keer per week", "Zelden"]
    survey += ["2. Zou u betalen voor een digitaal abonnement?", "Ja / Nee / Weet ik niet", "Versturen"]
    found = classify_page("Lezersonderzoek 2024", survey, None)
    assert found is not None and found.type == "not-an-article" and "'Versturen'" in found.message
    # u50-20: one question under a counter is enough
    survey = ["Il questionario richiede circa tre minuti.", "Domanda 1 di 8"]
    survey += ["Con quale frequenza legge il nostro sito?", "Ogni giorno", "Raramente", "Avanti"]
    assert _type_of("Aiutaci a migliorare il giornale", survey, None) == "not-an-article"
    # ... but a Q&A answers in sentences, and one question with options and no counter is no survey
    qa = ["How often do you swim in winter?", "Every day, unless the harbour freezes. It has frozen twice."]
    qa += ["What do you wear?", "A hat. Nothing else would help.", "Next summer?", "Norway, if my knees allow it."]
    assert _type_of("Five Questions for a Winter Swimmer", qa, None) is None
    poll = ["Should the square be closed to cars on Saturdays?", "Yes", "No", "Next"]
    assert _type_of("Market Square", poll, None) is None


def test_a_page_that_could_not_load_its_article_is_an_error_page():
    # b34-21..24: 'this article could not be loaded' in the other languages, under 'something went wrong'
    de = ["Leider konnte der Artikel gerade nicht geladen werden.", "Bitte versuche es später noch einmal."]
    assert _type_of("Da ist etwas schiefgegangen", [*de, "Seite neu laden", "Zur Startseite"], None) == "error-page"
    nl = ["Dit artikel kan op dit moment niet worden geladen.", "Probeer het later nog eens."]
    assert _type_of("Er is iets fout gegaan", [*nl, "Naar de voorpagina"], None) == "error-page"
    it = ["Non è stato possibile caricare l’articolo richiesto.", "Riprova tra qualche minuto.", "Torna alla home"]
    assert _type_of("Qualcosa non ha funzionato", it, None) == "error-page"
    # ... but a poem that quotes the screen after a line of its own in lower case is none (b34-09), nor a brief
    # that reports another site's failure
    poem = ["Mijn moeder belt de gemeente", "voor de vierde keer deze week.", "de website zegt:"]
    poem += ["Pagina niet gevonden.", "het scherm zegt:", "Er ging iets mis.", "Probeer het later opnieuw."]
    assert (
        _type_of("Gedicht van de week: Storing", [*poem, "Later, zegt mijn moeder,", "is wat ik niet meer heb."], None)
        is None
    )
    brief = [
        "Het nieuwe loket van de gemeente Zwolle lag maandag de hele dag plat, meldt de gemeente.",
        "Deze pagina kon maandag urenlang niet worden geladen, meldden bewoners die een afspraak wilden maken.",
        "Er ging iets mis bij een update.",
        "Volgens een woordvoerder was een update de oorzaak. Dinsdag werkte alles weer.",
    ]
    assert _type_of("Storing bij digitaal loket Zwolle", brief, None) is None


def test_what_break46_found_in_the_form_and_survey_rules():
    # a police warning that lists a fake page's fields, a how-to that introduces them with a colon, a signed letter:
    # a form's labels without what only a form has (a mark, a box, a details heading), or shown in a piece
    warning = ["Police have warned residents about a text that claims a parcel could not be delivered."]
    warning += ["Full name", "Address", "Postcode", "Date of birth", "Mobile", "Submit"]
    warning += ["Royal Mail never asks for payment by text. Anyone who entered card details should call their bank."]
    assert _type_of("Police warn of fake parcel text", warning, None) is None
    howto = ["The county council's online form takes two minutes and asks for:", "Street", "Town", "Message"]
    assert _type_of("How to report a pothole", [*howto, "Upload a photo", "Submit"], None) is None
    letter = ["I tried to apply online for the garden waste permit. The form asks for these, in this order:"]
    letter += ["Full name", "Address (required)", "Postcode", "Email address", "Submit", "Margaret Oduya, Harrogate"]
    assert _type_of("Why does the council need my date of birth?", letter, None) is None
    # a button is the whole line, the verb with its object at most ('Place of birth', 'Send to awards@…' are none)
    poem = ["Name *", "Surname", "Place of birth", "Where my mother was born, in a house that is a car park now"]
    assert _type_of("Form", poem, None) is None
    # a quiz and a ballot ask about the news, a poll's results are figures, a Q&A's button is an answer
    quiz = ["Test yourself on the week’s local news.", "1. How much will the car park charge per hour?", "£1.20"]
    quiz += ["£1.80", "2. When will the new bridge open?", "Next spring", "This autumn", "Next"]
    assert _type_of("Quiz: How closely did you follow the news?", quiz, None) is None
    assert _type_of("How closely did you follow the news?", quiz, None) is None
    poll = ["Last week we asked readers two questions.", "Should cars be banned on Saturdays?", "Yes: 58%"]
    poll += ["No: 37%", "Should the market move to the park?", "Yes: 22%", "No: 71%", "Next"]
    assert _type_of("Your say: readers split on the car ban", poll, None) is None


def test_a_survey_names_itself_and_its_button_may_take_the_answers():
    # u64-19: Spanish questions without a pronoun, one with a hint after its mark, 'Enviar respuestas'; u63-19:
    # 'Enkäten' in the introduction, 'Skicka svar'
    survey = ["Te llevará unos cuatro minutos.", "1. ¿Con qué frecuencia visitas La Voz del Henares?", "A diario"]
    survey += ["Varias veces por semana", "2. ¿Qué temas te interesan más? (puedes marcar varios)", "Deportes"]
    survey += ["Cultura y ocio", "Enviar respuestas", "Las respuestas son anónimas."]
    assert _type_of("Encuesta a nuestros lectores 2024", survey, None) == "not-an-article"
    assert _type_of("¿Cómo podemos mejorar?", survey, None) is None  # (no counter, and it does not say it is one)
    sv = ["Hjälp oss att bli bättre! Enkäten tar ungefär tre minuter.", "1. Hur ofta läser du tidningen?"]
    sv += ["Varje dag", "Mer sällan", "2. Vilka ämnen vill du läsa mer om?", "Sport", "Kultur", "Skicka svar"]
    assert _type_of("Tyck till om Hälsinge-Posten", sv, None) == "not-an-article"


def test_a_persons_affiliation_after_of_is_no_part_of_the_speaker():
    # b33-08: given names the lists do not hold, before an organisation's name of two words or more
    assert _speakers("“It is slow,” said Fionnuala Hegarty of Brokers Ireland West, who runs a practice.") == [
        "Fionnuala Hegarty"
    ]
    assert _speakers("“It is slow,” Cathal Mac Giolla of Harcourt Securities said.") == ["Cathal Mac Giolla"]
    # u64-26: after 'according to', the person, not the group named after them
    said = "According to Mariam Sethi of the campaign group Consent Matters, “enforcement remains patchy.”"
    assert _speakers(said) == ["Mariam Sethi"]
    # ... but an organisation's or a title's 'of' stays ('Victoria University of Wellington', 'Duke of Edinburgh')
    assert _speakers("“It is slow,” said Victoria University of Wellington.") == ["Victoria University of Wellington"]
    assert _speakers("“It is slow,” said the Bank of Ireland.") == ["Bank of Ireland"]
    assert _speakers("According to the Bank of Ireland, “it is slow.”") == ["Bank of Ireland"]


def test_german_so_after_a_quote_names_a_surname_the_paragraph_gives_in_full():
    # u64-31: 'so Osterloh.' after 'Kämmerer Bernd Osterloh'
    said = 'Kämmerer Bernd Osterloh rechnete vor, dass die Rücklagen schrumpfen. "Es wird eng", so Osterloh.'
    assert _speakers(said) == ["Bernd Osterloh"]
    # ... not a lone name the paragraph does not give in full, nor a firm's name
    assert _speakers("“Es wird eng”, so Osterloh.") == [None]
    assert _speakers('Das Gericht hörte die Firma Weber. "Das ist falsch", so Weber.') == [None]


def test_what_the_review_of_the_form_survey_and_error_rules_found():
    # outage briefs that say 'could not be loaded' of another site's page, with a 'try again' line, stay articles
    de = ["Bei vielen Kunden konnte die Seite am Montagmorgen stundenlang nicht geladen werden."]
    de += ["Versuchen Sie es gegebenenfalls erneut, rät die Bank.", "Die Sparkasse entschuldigte sich am Nachmittag."]
    assert _type_of("Störung beim Online-Banking", de, None) is None
    fr = ["Impossible de charger cette page pour des milliers d'allocataires lundi matin.", "Réessayez plus tard."]
    assert _type_of("Panne à la CAF", [*fr, "La caisse évoque une panne de serveur."], None) is None
    it = ["Per due giorni non è stato possibile visualizzare il contenuto del catalogo della biblioteca comunale."]
    it += ["È la riprova che la nostra rete è fragile.", "Il Comune promette interventi."]
    assert _type_of("Biblioteca, il catalogo online in tilt", it, None) is None
    # a quiz that says 'onderzoek' (an inquiry) is no survey; a section break is no required field's star; a signature
    # in any script's capitals signs a letter
    quiz = ["Test uw kennis.", "1. Wanneer werd de brug gebouwd?", "1952", "1968", "2. Wie ontwierp de brug?"]
    assert (
        _type_of("Wat weet u van het onderzoek naar de brug?", [*quiz, "Piet Kramer", "Jan Wils", "Verder"], None)
        is None
    )
    poem = ["Name", "Address", "Date of birth", "* * *", "Message", "Subject", "Comments", "Submit"]
    assert _type_of("Application", [*poem, "I filled it in for my father, who could not see the screen."], None) is None
    tip = ["Har du en historie?", "Dit navn", "Telefonnummer", "E-mail", "Send tip"]
    assert _type_of("Tip os", [*tip, "Łukasz Żak, Rzeszów"], None) is None
    # a lower-case label is no verse that quotes a screen; a field's mark in capitals is a mark
    assert _type_of("Oops", ["error:", "503 Service Unavailable"], None) == "error-page"
    form = ["Full name", "Email address", "Phone (Required)", "Message", "Submit"]
    assert _type_of("Contact us", form, None) == "not-an-article"


def test_teasers_that_u63_and_u64_worded():
    # the meter's end in English, the rest only in the app in Norwegian and Swedish, French 'rejoignez' as the order
    teaser = ["Cruise passengers spent an estimated €4.2 million in Galway city last summer, the chamber says."]
    meter = [*teaser, "You’ve reached the end of your free stories for this month", "Already a member? Sign in"]
    assert _type_of("Galway hoteliers warn of a lost summer", meter, None) == "paywalled"  # (a weak line, in a tail)
    no = ["Fylkeskommunen foreslår å kutte den gratis pendlerordningen på sambandet.", "Last ned fra App Store"]
    no.insert(1, "Resten av denne saken leser du bare i Senjaposten-appen")
    assert _type_of("Fergeprisene til Senja kan dobles", no, None) == "paywalled"
    sv = ["Gruvbolagets senaste prognos visar att zonen breder ut sig.", "Öppna i appen"]
    sv.insert(1, "Den här artikeln ingår i Bladet Plus och går bara att läsa i vår app.")
    assert _type_of("Gruvan växer", sv, None) == "paywalled"
    fr = ["Fermé depuis l’effondrement de sa charpente, le marché attend ses travaux.", "Je m’abonne"]
    fr.insert(1, "Pour lire la suite, rejoignez les lecteurs qui soutiennent l’information locale dans l’Orne.")
    assert _type_of("À Flers, le marché couvert rouvrira-t-il ?", fr, None) == "paywalled"
    # ... but an unlocked Plus article says 'ingår i Plus' and stays one (b37-14), and the end of a free preview alone
    # is no meter (a column quotes it: break42)
    unlocked = ["Länsstyrelsen inför eldningsförbud i hela Dalarna från lördag klockan 08.00, meddelar myndigheten."]
    unlocked += ["Den här artikeln ingår i Plus, men vi har låst upp den för alla läsare."]
    assert _type_of("Eldningsförbud i hela Dalarna", unlocked, None) is None


def test_a_line_that_names_this_article_and_its_subscribers_or_the_app_ends_a_teaser():
    # u66-07, u66-08, u65-07: each writer words the notice anew; this article and its subscribers, or its being read
    # only in the app, in one short line
    teaser = [
        "Le téléphérique urbain ne transportera pas de passagers avant le printemps prochain, a annoncé la ville."
    ]
    fr = [*teaser, "La lecture de cet article est réservée à nos abonnés.", "Je m’abonne"]
    assert _type_of("À Brest, le chantier prend du retard", fr, None) == "paywalled"
    sv = ["Kommunens nya badhus kan kosta 90 miljoner kronor mer än beslutat, visar en rapport.", "Öppna i appen"]
    sv.insert(1, "Den här texten finns bara för prenumeranter i vår app.")
    assert _type_of("Nytt badhus kan bli dyrare", sv, None) == "paywalled"
    nl = ["Het waterschap wil de versterking van de Waaldijk twee jaar uitstellen, meldt de omroep.", "Open in de app"]
    nl.insert(1, "Dit verhaal lees je alleen in de app van De Rivierbode.")
    assert _type_of("Dijkversterking uitgesteld", nl, None) == "paywalled"
    # ... but not where the article first appeared, an unlocked article, nor a feature only the app has
    body = ["Das neue Hallenbad in Lemgo wird rund zwei Millionen Euro teurer als geplant, teilte die Stadt mit."]
    assert _type_of("Hallenbad wird teurer", [*body, "Dieser Artikel erschien zuerst für Abonnenten."], None) is None
    unlocked = ["Denna artikel är vanligtvis bara för prenumeranter, men vi har låst upp den för alla."]
    assert _type_of("Eldningsförbud i Dalarna", [body[0], *unlocked], None) is None
    app = ["De krant heeft een nieuwe app uitgebracht voor iPhone en Android, meldt de uitgever."]
    assert _type_of("Nieuwe app", [*app, "De puzzels staan alleen in de app."], None) is None


def test_a_listings_dates_without_their_year_in_the_other_languages():
    # u64-10: a Dutch topic page whose entries are dated '3 okt | Almelo', 'vandaag 14:32 | Enschede'
    topic = ["Alle artikelen over woningnood", "vandaag 14:32 | Enschede", "Gemeente wil 400 flexwoningen bouwen"]
    topic += ["gisteren 09:10 | Hengelo", "Wachtlijst sociale huur opnieuw langer", "3 okt | Almelo"]
    topic += [
        "Studenten slapen op campings",
        "1 okt | Oldenzaal",
        "Ouderen willen kleiner wonen",
        "Meer artikelen laden",
    ]
    assert _type_of("Woningnood", topic, None) == "listing-page"
    # u66-12: a Danish newsletter archive, 'Fredag 15. marts' over each issue
    archive = ["Her finder du alle udgaver af vores morgenbrev fra de seneste tre måneder."]
    for day in ("Fredag 15. marts", "Torsdag 14. marts", "Onsdag 13. marts"):
        archive += [day, f"Fem før ni: nyheder fra {day.lower()}", "Læs udgaven"]
    assert _type_of("Nyhedsbrevsarkiv", [*archive, "Vis ældre udgaver"], None) == "listing-page"
    # ... and a relative day is a date only with its time ('Hier sind wir' is German for 'here we are')
    assert junk._is_date_line("vandaag 14:32 | Enschede") and not junk._is_date_line("Hier sind wir")
    assert not junk._is_date_line("3 okt was een mooie dag voor iedereen in het dorp.")


def test_a_dutch_or_german_affiliation_after_van_or_von_is_no_part_of_the_speaker():
    # u63-35, u65-35, b33-15: a surname before 'van' is the name's end; a given name before it is the name's particle
    assert _speakers('"Het wordt zwaar", zegt meteoroloog Jeroen Bakker van Weerplaza.') == ["Jeroen Bakker"]
    assert _speakers("“Het is duur”, zegt Lotte Brinkman van de Woonbond.") == ["Lotte Brinkman"]
    assert _speakers("“Es ist so”, sagte Ulrich Weber von der SPD.") == ["Ulrich Weber"]
    assert _speakers("“Het is mooi”, zei Vincent van Gogh.") == ["Vincent van Gogh"]
    assert _speakers("“Het is mooi”, zei Jan Willem van der Post.") == ["Jan Willem van der Post"]  # (b22-13)
    assert _speakers("“Es ist so”, sagte Ursula von der Leyen.") == ["Ursula von der Leyen"]
    # u66-34: a preposition before a given name opens no name ('la versione di Rosa Santangelo')
    said = 'Questa è la versione di Rosa Santangelo, 84 anni. "Si fa così", dice.'
    assert _speakers(said) == ["Rosa Santangelo"]
    assert _speakers("“È così”, ha detto Luigi Di Maio.") == ["Luigi Di Maio"]


def test_what_break47_found_in_the_teaser_error_and_speaker_rules():
    # an update note after a service's subscribers, an article opened to all, a correction: no teaser's notice
    outage = ["Bij Ziggo lag het internet dinsdag urenlang plat in Utrecht, meldt het bedrijf."]
    outage += ["Ziggo belooft getroffen abonnees te compenseren. Dit artikel wordt bijgewerkt."]
    assert _type_of("Storing bij Ziggo", outage, None) is None
    opened = ["Das Hochwasser an der Elbe steigt weiter, die Stadt hat Katastrophenalarm ausgelöst."]
    opened += ["Dieser Artikel ist frei zugänglich, nicht nur für Abonnenten."]
    assert _type_of("Hochwasser an der Elbe", opened, None) is None
    serial = ["Le commissaire Le Goff referma le carnet et regarda la mer. Quelqu’un mentait, il en était sûr."]
    assert (
        _type_of("Le secret de l’Aber (épisode 4)", [*serial, "Pour lire la suite, rejoignez-nous demain."], None)
        is None
    )
    # a column's punchline is the meter's end; a message quoted after a short introduction is no error page
    column = ["My mother reads the paper on her tablet every morning, and every month she meets the same grey box."]
    assert (
        _type_of("The grey box", [*column, "You’ve reached the end of your free stories for this month."], None) is None
    )
    brief = ["La web del diario dejó de funcionar durante tres horas en plena noche electoral, según la empresa."]
    brief += ["El mensaje decía:", "No hemos podido cargar esta noticia.", "Inténtelo de nuevo más tarde."]
    assert _type_of("La web de un diario se cae en plena noche electoral", brief, None) is None
    # an organisation's 'of' stays; two people of one surname make 'so Name' no one's
    assert _speakers("“We will move,” said the Friendly Sons of Saint Patrick.") == ["Friendly Sons of Saint Patrick"]
    said = "“It is sold,” said the Independent Order of Odd Fellows."
    assert _speakers(said) == ["Independent Order of Odd Fellows"]
    widow = 'Heike Osterloh führt den Hof, seit Bernd Osterloh starb. "Wir machen weiter", so Osterloh.'
    assert _speakers(widow) == [None]


def test_a_tip_form_with_an_attachment_field_and_german_maintenance_in_other_words():
    # u64-17, u65-19, u66-17, u67-19, u68-19: five writers' tip forms: a name, 'Email or phone', a question, a field
    # for an attachment and a way to the newsroom
    tip = ["If you have seen something you think we should know about, our reporters want to hear from you."]
    tip += ["Your name", "Email or phone", "What’s happening?", "Upload photos or video (max 200MB)"]
    consent = "By submitting you agree to our community terms and privacy notice."
    assert _type_of("Got a story? Get in touch", [*tip, "Send to the newsdesk", consent], None) == "not-an-article"
    no = ["Har du sett noe som burde vært omtalt? Send oss tips, bilder eller video.", "Navn (valgfritt)"]
    no += ["E-post eller telefon", "Hva gjelder tipset?", "Last opp filer (maks 50 MB)", "Send inn tips"]
    assert _type_of("Tips oss om en sak", no, None) == "not-an-article"
    # ... but two fields without an attachment field are no form to the rules (a how-to's 'Your name' / 'Email or
    # phone'; the word model, refitted on 5,085 pages, types this bare page a form by its words: 3.1 over an article)
    assert _by_rules("Got a story? Get in touch", (*tip[:3], "Send to the newsdesk"), None) is None
    # u68-02: the site's maintenance with words between, and its status code
    de = ["Liebe Leserinnen und Leser,", "Statuscode 503"]
    de.insert(1, "wegen geplanter Wartungsarbeiten an unseren Servern ist diese Seite vorübergehend nicht erreichbar.")
    assert _type_of("Wir schrauben gerade an der Technik", de, None) == "error-page"


def test_what_the_final_review_found():
    # surnames that end like plurals or adjectives keep their affiliation cut; organisations' words keep 'of'
    assert _speakers("“It is slow,” said Dervla Hughes of Brokers Ireland West.") == ["Dervla Hughes"]
    assert _speakers("“It is slow,” said Kelly Matthews of Harcourt Securities.") == ["Kelly Matthews"]
    assert _speakers("“It is ours,” said the Knights Hospitaller of Saint John.") == [
        "Knights Hospitaller of Saint John"
    ]
    # a nobility title, a second given name or a patronymic before 'von'/'van' is the name's own
    assert _speakers("“Es ist so”, sagte Alexander Graf von Lambsdorff.") == ["Alexander Graf von Lambsdorff"]
    assert _speakers("“Es ist so”, sagte Carl Friedrich von Weizsäcker.") == ["Carl Friedrich von Weizsäcker"]
    assert _speakers("“Het is zo”, zei Jan Jaap van der Wal.") == ["Jan Jaap van der Wal"]
    assert _speakers("“Het is zo”, zei Ricardo Jansen van Galen.") == ["Ricardo Jansen van Galen"]
    # English words after a number are no other language's month ('3 out of 5 stars', '2 set pieces')
    ratings = ["The Lantern, Gort", "4 out of 5 stars", "Good chowder.", "Mulligans", "3 out of 5 stars", "Slow."]
    assert _type_of("Where to eat this week", [*ratings, "The Weir", "5 out of 5 stars", "Go."], None) is None
    # 'only' reserves an article only with the preposition of whom it is for
    brief = ["Movistar Plus+ sufrió una caída de tres horas en Canarias el domingo por la noche, según la empresa."]
    assert _type_of("Caída de Movistar en Canarias", [*brief, "Esta noticia solo afecta a los abonados."], None) is None
    # a how-to that lists a tip form's boxes has no mark of a form's own
    howto = ["Readers often ask how to send us a flood photo. You will see four boxes:", "Your name", "Email or phone"]
    howto += ["Upload photos or video", "Send to the newsdesk", "Please do not put yourself in danger to take a photo."]
    assert _type_of("How to send us your photos", howto, None) is None
    # a wall's own two-word label quotes nothing; the meter's end is a weak teaser line; the weak and strong lines
    # of u64-04, u66-04, u68-02
    wall = ["Wichtiger Hinweis:", "Wegen Wartungsarbeiten ist unsere Website derzeit nicht erreichbar."]
    assert _type_of("Wartungsarbeiten", [*wall, "Wir sind bald wieder für Sie da."], None) == "error-page"
    assert junk._PAYWALL_WEAK.search("You’ve reached the end of your free stories for this month")
    assert junk._PAYWALL_WEAK.search("Redan Plus-kund? Logga in")
    assert junk._notice_kind("Statuscode 503") == ("error-page", True)
    assert junk._notice_kind("Trwa aktualizacja serwisu") == ("error-page", True)
    assert junk._notice_kind("Wrócimy za chwilę") == ("error-page", False)


UNLOCKED_NOTES = [
    "Denne artikel er kun for abonnenter, men vi har valgt at gøre den tilgængelig for alle.",
    "Den här artikeln är egentligen bara för prenumeranter, men vi har valt att göra den tillgänglig för alla.",
    "Denne saken er egentlig bare for abonnenter, men vi har valgt å gjøre den tilgjengelig for alle.",
    "Dit artikel is normaal alleen voor abonnees, maar wij hebben het voor iedereen toegankelijk gemaakt.",
    "Cet article est réservé aux abonnés, mais nous l'offrons exceptionnellement à tous nos lecteurs.",
    "Este artículo es normalmente exclusivo para suscriptores, pero hemos decidido abrirlo a todos los lectores.",
    "Questo articolo è riservato agli abbonati, ma abbiamo deciso di renderlo accessibile a tutti.",
    "Este artigo é exclusivo para assinantes, mas decidimos torná-lo acessível a todos os leitores.",
    "Ten artykuł jest dostępny tylko dla subskrybentów, ale postanowiliśmy udostępnić go wszystkim czytelnikom.",
    "Tento článek je určen pouze pro předplatitele, ale rozhodli jsme se ho zpřístupnit všem.",
]


@pytest.mark.parametrize("note", UNLOCKED_NOTES)
def test_a_note_that_a_subscriber_article_was_opened_to_all_is_no_teaser(note):
    """A hostile test: the note that ends an article opened to all was typed paywalled in twelve languages."""
    assert not _is_paywall_notice(note)
    body = ["Et flertal i byrådet stemte onsdag aften for at bygge en ny skole til 600 elever i Vestbyen.", note]
    assert _type_of("Byrådet siger ja til ny skole", body, None) is None


@pytest.mark.parametrize(
    "notice",
    [
        "Denne artikel er kun for abonnenter. Få adgang til alle artikler for 1 kr. den første måned.",
        "Este artigo é exclusivo para assinantes. Assine e tenha acesso a todos os conteúdos.",
        "Dieser Artikel ist nur für Abonnenten, für alle neuen Abonnenten gratis im ersten Monat.",
        "Cet article est réservé aux abonnés, mais vous pouvez le lire en vous abonnant dès 1 €.",
    ],
)
def test_a_teaser_s_notice_that_offers_all_articles_or_says_but_you_stays_a_notice(notice):
    assert _is_paywall_notice(notice)


def test_what_u69_and_u70_found():
    # an Italian bot check: its account of the check, its title 'in progress' and its request id (u69-13)
    bot = ["Stiamo controllando che la connessione provenga da una persona e non da un programma automatico."]
    bot += ["Se la pagina non si aggiorna da sola, abilita JavaScript e i cookie nel browser e ricarica."]
    assert _type_of("Verifica di sicurezza in corso", [*bot, "ID richiesta: 8a61f0c3be2d4e71"], None) == "access-wall"
    # a Norwegian consent wall: 'we and our 187 partners', its buttons and its partner list (u69-17)
    wall = ["Vi og våre 187 samarbeidspartnere lagrer og henter informasjon på enheten din, for eksempel "]
    wall[0] += "informasjonskapsler, for å vise deg innhold og tilpasse annonser."
    wall += [
        "Godta alle",
        "Bare nødvendige",
        "Tilpass valgene",
        "Statistikk",
        "Hjelper oss å forstå hvilke saker som leses.",
    ]
    assert _type_of("Før du leser videre", [*wall, "Partnerliste (187)", "Lagre og lukk"], None) == "not-an-article"
    # newsletter sign-ups whose headline is the pitch and whose button is 'Jetzt kostenlos anmelden', 'Meld meg på'
    de = ["Melden Sie sich kostenlos an und erhalten Sie die wichtigsten Nachrichten aus Bremen und der Welt."]
    de += [
        "E-Mail-Adresse",
        "Jetzt kostenlos anmelden",
        "Sie erhalten anschließend eine E-Mail mit einem Bestätigungslink.",
    ]
    assert _type_of("Der Morgenüberblick – jeden Werktag um 6 Uhr in Ihrem Postfach", de, None) == "not-an-article"
    no = ["Hver hverdag klokken 06.30 sender redaksjonen deg de viktigste sakene fra Trøndelag, sammen med været."]
    no += [
        "E-postadresse",
        "Fornavn (valgfritt)",
        "Meld meg på",
        "Du kan når som helst melde deg av via lenken nederst.",
    ]
    assert _type_of("Få Morgenbrevet i innboksen", no, None) == "not-an-article"
    # ... but a brief on a newsletter whose paragraphs are news stays an article
    brief = ["Die Stadtwerke Bremen verschicken ab Montag keine Rechnungen mehr per Post, teilte das Unternehmen mit."]
    brief += ["Kundinnen und Kunden erhalten sie dann per E-Mail. Wer das nicht möchte, muss widersprechen."]
    assert _type_of("Rechnung nur noch per E-Mail in Ihrem Postfach", brief, None) is None
    # a French 404 whose headline carries the site's name after a bar, and its exclamation (u70-03)
    fr = ["Aïe ! Le lien que vous avez suivi ne mène nulle part.", "Rechercher un article, une commune, un auteur…"]
    fr += ["Vous pouvez aussi revenir à la une ou consulter les dernières infos de votre commune."]
    assert _type_of("Erreur 404 | L’Écho du Vivarais", fr, None) == "error-page"
    # a Spanish teaser: part of the premium edition, an order to subscribe with its price, a login prompt (u70-06)
    es = ["Los viticultores de la Ribera del Duero han empezado a vendimiar con casi tres semanas de adelanto."]
    es += ["Este artículo forma parte de nuestra edición premium"]
    es += ["Suscríbete por 1 € el primer mes y lee sin límites todas las noticias, la hemeroteca y el quiosco digital."]
    es += ["Suscribirme", "¿Ya eres suscriptor? Inicia sesión", "Más"]
    assert _type_of("La sequía obliga a adelantar la vendimia", es, None) == "paywalled"
    # ... but an unlocked article that says it is part of the premium edition stays one
    open_ = [es[0], "Los precios de la uva han subido un 30 % este año, según la cooperativa de Peñafiel.", es[1]]
    assert _type_of("La sequía obliga a adelantar la vendimia", open_, None) is None


def test_what_break48_found_real_pieces_that_quote_a_screen_stay_articles():
    # a brief that reports the screen's lines between its own sentences (ten languages in break48)
    de = ["Wer am Samstag im Netz einen Termin beim Bürgeramt buchen wollte, kam nicht weit."]
    de += [
        "Aufgrund von Wartungsarbeiten ist diese Seite vorübergehend nicht erreichbar.",
        "Wir sind gleich wieder für Sie da.",
    ]
    de += ["Diese beiden Sätze standen von Freitagabend bis Sonntagmittag auf der Buchungsseite der Stadt."]
    assert _type_of("Online-Terminbuchung des Bürgeramts gestört", de, None) is None
    en = ["Anyone who tried to renew a book online over the weekend saw the same two lines on the catalogue page."]
    en += ["Our website is down for scheduled maintenance.", "We’ll be back soon."]
    en += ["The catalogue returned on Monday morning, two days later than planned, and fines have been waived."]
    assert _type_of("Library Catalogue Back Online After Weekend Outage", en, None) is None
    # ... but a maintenance page that speaks to its reader before and after its notice stays one
    wall = ["Wir arbeiten gerade an unserer Website, damit Sie unsere Artikel bald noch bequemer lesen können."]
    wall += [
        de[1],
        de[2],
        "Vielen Dank für Ihre Geduld und Ihr Verständnis, Ihre Redaktion der Kreiszeitung am Sonntag.",
    ]
    assert _type_of("Wartungsarbeiten", wall, None) == "error-page"
    # a signed reader's letter that quotes a teaser's or a consent wall's lines
    letter = ["Seit Kurzem endet jeder zweite Artikel auf Ihrer Website nach zwei Absätzen mit dem Satz:"]
    letter += ["Den ganzen Artikel lesen Sie mit unserer App.", "Ich bin 79 Jahre alt und besitze kein Smartphone."]
    assert _type_of("Nur noch in der App?", [*letter, "Werner Albrecht, Bad Urach"], None) is None
    nl = ["Elke ochtend hetzelfde ritueel op uw website: eerst een scherm vol knoppen.", "Alles accepteren"]
    nl += ["Instellingen", "Wie op Instellingen klikt, moet daarna bij 214 partners een schuifje uitzetten."]
    assert _type_of("Alles weigeren kost me tien minuten", [*nl, "Henk de Vries, Apeldoorn"], None) is None
    # a poem titled with the error that says what its writer did
    poem = ["I went looking for the column you wrote", "the week the mill closed."]
    poem += ["Sorry, the page you were looking for could not be found.", "Return to the homepage.", "I did. It was"]
    assert _type_of("Page Not Found", [*poem[:-1], "I did. It was someone else’s town."], None) is None
    # ... but an ad-blocker wall whose button says 'I' stays one
    adblock = ["Vores journalistik er gratis at læse, fordi annoncer betaler for den. Slå din annonceblokering fra."]
    adblock += ["Sådan slår du adblockeren fra", "Jeg har slået den fra – prøv igen"]
    adblock += ["Køb annoncefrit abonnement fra 29 kr. om måneden"]
    assert _type_of("Vi kan se, at du bruger en adblocker", adblock, None) == "access-wall"


def test_what_break48_found_fixtures_and_unlocked_notes():
    # fixtures: dates and pairings of teams are no listing of articles
    fixtures = ["Saturday, September 14", "Harrogate Town – Bradford City", "Morecambe – Tranmere Rovers"]
    fixtures += ["Sunday, September 15", "Doncaster Rovers – Grimsby Town", "All Saturday matches kick off at 3pm."]
    assert _type_of("League Two Fixtures This Weekend", fixtures, None) is None
    # ... but an archive whose bylines are names stays a listing
    archive = ["September 14, 2024", "Jane Doe", "The Ferry Timetable", "Tom Byrne", "Rent Caps, Revisited"]
    assert _type_of("Recent Articles", [*archive, "September 13, 2024", "Ann Lee", "The River"], None) == "listing-page"
    # notes that this article, usually for subscribers, is open to all (break48: ten languages)
    for note in (
        "Dieser Artikel ist sonst nur für Abonnenten lesbar. Wir stellen ihn allen Lesern zur Verfügung.",
        "Esta noticia es exclusiva para suscriptores, pero por su interés la ofrecemos a todos los lectores.",
        "Den här artikeln är bara för prenumeranter, men i dag bjuder vi alla läsare på den.",
        "This article is usually for subscribers only. Because of its importance, we made it free for all readers.",
    ):
        assert not _is_paywall_notice(note), note


def test_speakers_u69_and_u70_left_null_or_wrong():
    # Swedish 'sa' and Norwegian 'sier' before a given name and a surname (u70-37, u70-38)
    assert _speakers('"Det var fint", sa Birgitta Holmqvist efteråt.') == ["Birgitta Holmqvist"]
    assert _speakers('"Det er feil", sier daglig leder Kristin Solheim i Midtnorsk Konsert.') == ["Kristin Solheim"]
    # ... not French's possessive, a party's genitive or a capitalised role (break32, break33)
    assert _speakers("“Elle chantait”, sa Fender Stratocaster de 1962 sous le bras.") == [None]
    assert _speakers('"Det er feil", sier Høyres Kari Holm.') == [None]
    assert _speakers('"Det er feil", sier Nav-leder Trond Moe.') == [None]
    # a preposition before a name the given-name lists lack is no part of it (u69-33)
    para = "Cuando hace calor, en casa de Rafaela Moreno nadie enciende el fuego. “Es fácil”, dice Moreno."
    assert _speakers(para) == ["Rafaela Moreno"]
    assert _speakers("“Es así”, dijo Vicente del Bosque.") == ["Vicente del Bosque"]
    # a street's name is no speaker (u70-33)
    assert _speakers('Una comerciante de la calle Mayor lamentó que "nadie nos ha preguntado".') == [None]
    assert _speakers('La concejala Ana Mayor lamentó que "nadie ha venido".') == ["Ana Mayor"]


def test_a_day_range_is_no_pairing_of_a_fixture():
    # the sidebar's 'Friday - Sunday' under dates stays what the listing rule made of it (equivalence inputs)
    lines = ["Friday - Sunday", "Friday - Sunday", "February 27, 2020", "February 27, 2020"]
    assert _type_of("Jane Doe", lines, None) == "listing-page"


def test_speakers_u71_and_u72_left_null_or_with_a_role():
    # a lower-case role the lists lack before a given name and a surname (u71-25)
    assert _speakers("“It was close,” said steward Marjorie Kiddle, who has judged for years.") == ["Marjorie Kiddle"]
    assert _speakers("“It was close,” said to Marjorie Kiddle.") == [None]  # the one told, not the speaker
    # a role or a verb that opens the sentence before a given name and a surname (u71-39, u68-30, u60-37)
    para = "Skrzypaczka Maria Lewandowska-Ruiz, która od 30 lat gra na jego instrumencie, powiedziała: “Brzmi pięknie”."
    assert _speakers(para) == ["Maria Lewandowska-Ruiz"]
    assert _speakers("Lifeguard Connor Bright said: “It’s the best job in the town.”") == ["Connor Bright"]
    # ... not a double given name, nor a rarer given name before a common one that the lists hold
    assert _speakers("Jean Marie Dupont a dit : “Oui”.") == ["Jean Marie Dupont"]
    assert _speakers("Hanns Joachim Friedrichs sagte: “Die Tore stehen offen.”") == ["Hanns Joachim Friedrichs"]


def test_what_u71_and_u72_found():
    # a Portuguese sign-up whose pitch is 'every working day' and whose consent is 'Li e aceito …' (u71-18)
    pt = ["Todos os dias úteis, às 7h, a redação do Diário do Sado envia-lhe um resumo com o essencial para o dia."]
    pt += ["Nome", "Endereço de e-mail", "☐ Li e aceito a Política de Privacidade e os Termos de Utilização."]
    pt += ["Subscrever", "Pode cancelar a subscrição em qualquer momento através da ligação no fim de cada e-mail."]
    assert _type_of("Receba as notícias da manhã no seu e-mail", pt, None) == "not-an-article"
    # a newsletter archive: 'past issues', dates with 'Sept.', 'View issue' (u71-12)
    issues = ["Friday, Sept. 27", "Budget deal collapses at 2 a.m.; what comes next for transit money", "View issue"]
    issues += ["Thursday, Sept. 26", "The water board’s quiet vote, and three bills to watch", "View issue"]
    issues += ["Wednesday, Sept. 25", "Who is funding the Prop. 4 campaign?", "View issue", "Load more issues"]
    assert _type_of("The Morning Dispatch: past issues", issues, None) == "listing-page"
    # the site's own upgrade tonight, and its promise (u72-04)
    up = ["Our website is undergoing scheduled upgrades tonight between 11 p.m. and about 3 a.m. Eastern."]
    up += [
        "If news breaks overnight, our reporters will post updates, and the full stories will be here when we’re back."
    ]
    up += ["Need to reach us? Call the newsroom at 555-0142.", "— The Harlow Bay Ledger digital team"]
    assert _type_of("The Ledger is taking a short break", up, None) == "error-page"
    # an article read exclusively in the app (u72-08)
    assert _is_paywall_notice("Dit artikel is exclusief te lezen in de app van het Noorderdagblad.")
    # an ad-blocker wall whose button says 'Ich habe meinen Adblocker ausgeschaltet' (u72-14)
    de = [
        "Liebe Leserin, lieber Leser,",
        "Ihr Browser blockiert Anzeigen auf unserer Seite.",
        "So können Sie weiterlesen:",
    ]
    de += ["1. Deaktivieren Sie Ihren Adblocker für kreiskurier-online.de und laden Sie die Seite neu."]
    de += ["2. Oder lesen Sie ohne Werbung mit KK+ für 6,99 € im Monat.", "Ich habe meinen Adblocker ausgeschaltet"]
    assert _type_of("Ohne Anzeigen keine Lokalzeitung", de, None) == "access-wall"


def test_more_reporting_verbs_of_the_other_languages():
    # Italian 'ha commentato' before a colon, and the Spanish present 'explica' after a quote (u72); not 'ha
    # annunciato', whose subject is a company or a post as often ('Il post su Facebook di … ha annunciato: “…”')
    para = "Il post su Facebook di Chiara Ferragni ha annunciato: “Ci separiamo”."
    assert _speakers(para) == [None]
    assert _speakers("La presidente Giovanna Pesenti ha commentato: “Giustizia è fatta.”") == ["Giovanna Pesenti"]
    assert _speakers("“Es un sistema justo”, explica Javier Montalbán, jefe del servicio.") == ["Javier Montalbán"]
    # ... not a how-to's imperative ('añade Maizena', b28-03)
    assert _speakers("Si la salsa queda “demasiado líquida”, añade Maizena poco a poco.") == [None]


def test_a_name_then_a_colon_speaks_and_van_cuts_an_affiliation_after_a_surname_in_s():
    # 'Role Name: “…”', as Dutch and German papers set a speaker's words apart (u72-35, u63-35)
    para = "De partij noemde het besluit overhaast. Fractievoorzitter Ahmed El Idrissi: “Dit is te snel.”"
    assert _speakers(para) == ["Ahmed El Idrissi"]
    assert _speakers("Woordvoerder Sanne Oosterhuis van Rijkswaterstaat: “We strooien preventief.”") == [
        "Sanne Oosterhuis"
    ]
    assert _speakers("Het besluit: “Dit is te snel.”") == [None]  # a noun before a colon names no one
    # a party after 'van de' is cut after a patronymic too; a compound surname stays whole
    assert _speakers("“Het is zo”, zei Sophie Hermans van de VVD.") == ["Sophie Hermans"]
    assert _speakers("“Het is zo”, zei Pieter Janse van Rensburg.") == ["Pieter Janse van Rensburg"]
    assert _speakers("“Het is zo”, zei Maria Hendriks van Gemert.") == ["Maria Hendriks van Gemert"]


def test_what_break49_found_in_the_new_exemptions():
    # a byline or an editor's sign-off under a teaser is no reader's signature (a letter's writer says 'I')
    teaser = ["The council voted on Tuesday to close the Quay Street car park for eighteen months from May."]
    teaser += ["This article is for subscribers only.", "Sarah Collins, Political Correspondent"]
    assert _type_of("Quay Street car park to close for 18 months", teaser, None) == "paywalled"
    letter = ["Last week I tried to read your report on the Quay Street car park. After two sentences I saw:"]
    letter += ["This article is for subscribers only.", "Is news about our own street not for everyone?"]
    assert _type_of("Locked out of my own street", [*letter, "Pieter van der Berg, Utrecht"], None) is None
    assert _type_of("Locked out of my own street", [*letter, "— Maeve Collins, Galway"], None) is None
    # an age gate's button says 'I' with a date: no writer's line
    gate = ["You must be 18 or over to enter this site.", "I was born before 12 March 2007", "Leave the site"]
    assert _type_of("Please confirm your age", gate, None) == "access-wall"
    # a price with 'normalt' is no note that the article was opened to all
    assert _is_paywall_notice("Denne artikel er kun for abonnenter. Første måned 1 kr., derefter normalt 249 kr.")
    # a 404 between other stories' sentences tells of no screen: the wall stays
    news = "Rail services between Carlisle and Lancaster will stay suspended until Monday after Storm Bert hit."
    after = "The council has approved £4m of repairs to the harbour wall after a six-hour meeting on Tuesday night."
    page = [news, "404 - Page not found", "The page you requested could not be found.", "Most read", after]
    assert _type_of("The Harlow Bay Ledger", page, None) == "error-page"
    # an interviewer's archive of pairings with titles between them stays a listing
    archive = ["March 3, 2025", "Noam Chomsky - Daniel Falcone", "The Long Shadow of Empire"]
    archive += ["February 24, 2025", "Richard Falk - Daniel Falcone", "Law and the Limits of Power"]
    assert _type_of("Articles by Daniel Falcone", archive, None) == "listing-page"
    # a given name the lists lack, at a sentence's start, stays the name's (no role's ending)
    para = "Kwame Anthony Appiah said the subject was older than any nation: “Who counts as one of us?”"
    assert _speakers(para) == ["Kwame Anthony Appiah"]
    # Swedish 'sa' after a role, and before a double given name
    assert _speakers("“Det här är en lättnad”, sa statsminister Ulf Kristersson på torsdagen.") == ["Ulf Kristersson"]
    assert _speakers("“Vi har inte råd att vänta”, sa Carl-Oskar Bohlin, minister för civilt försvar.") == [
        "Carl-Oskar Bohlin"
    ]


def test_what_u73_and_u74_found():
    # a site's rules for its comments: numbered rules, the moderators' address, the rules dated (u73-17, u74-20)
    rules = ["Comments are open on most stories for 48 hours. We ask everyone who posts to follow these house rules."]
    rules += ["1. Be civil. Personal attacks will be removed.", "2. Stay on topic.", "3. No advertising."]
    rules += ["Our moderators read reported comments daily: moderation@gazette.example", "Last updated: 2 January 2024"]
    assert _type_of("Commenting on the Gazette: our house rules", rules, None) == "not-an-article"
    # ... not an editor's note about the comments, nor a brief about comments closed on a trial
    note = ["Starting Monday, readers will need to log in before posting a comment. We did not decide this lightly."]
    note += [
        "Comments will remain open for seven days after an article is published. Write to us at letters@x.example."
    ]
    assert _type_of("Editor’s Note: Changes to Our Comments Section", [*note, "— The Editors"], None) is None
    trial = ["On legal advice we are not opening comments on reports of the Harlow murder trial until the verdicts."]
    assert (
        _type_of("Comments on the Harlow trial", [*trial, "Comments on our other news articles remain open."], None)
        is None
    )
    # an app's download page: both badges, what it does in bullets, a QR code (u73-20)
    app = ["The Coastal Sun app puts local news, surf reports and live traffic for the coast in your pocket."]
    app += ["• Breaking news alerts for your suburb", "• Save stories to read offline"]
    app += [
        "Download on the App Store",
        "Get it on Google Play",
        "Scan the QR code with your phone's camera to download.",
    ]
    assert _type_of("Take the Sun with you", app, None) == "not-an-article"
    # a Swedish site's own maintenance, and its thanks (u73-04); a Norwegian teaser 'kan bare leses av våre abonnenter'
    sv = ["Norrlandsbladet.se är tillfälligt nedstängd för ett planerat underhåll av våra system."]
    sv += ["Arbetet beräknas vara klart omkring klockan 06.00 på tisdag. Tack för ditt tålamod!"]
    assert _type_of("Vi bygger om just nu", sv, None) == "error-page"
    assert _is_paywall_notice("Saken er en del av VP+ og kan bare leses av våre abonnenter.")
    # a Portuguese sign-up's button 'Quero receber' (u74-18)
    assert junk._SIGNUP_BUTTON.match("Quero receber")


def test_speakers_u73_and_u74_left_null_or_with_an_affiliation():
    assert _speakers('"Het is zo", zegt woordvoerder Erik Jansen van NS.') == ["Erik Jansen"]  # an acronym after 'van'
    assert _speakers("“È così”, ha spiegato il meteorologo Davide Carbone del Centro funzionale regionale.") == [
        "Davide Carbone"
    ]
    para = "But a colleague of mine, Tomas Reyes, likes to say that “a captcha is a toll” and he is not wrong."
    assert _speakers(para) == ["Tomas Reyes"]
    assert _speakers('Tehdejší starosta Václav Šulc prohlásil: "Ať je světlo."') == ["Václav Šulc"]
    assert _speakers("“Het is zo”, zei Ricardo Jansen van Galen.") == ["Ricardo Jansen van Galen"]


def test_what_the_final_review_of_the_session_found():
    # a council story about rules for public comment has numbered rules but is no site's own page for them
    council = ["Residents who want to speak at planning meetings will have to register by noon the day before."]
    council += ["Under the new rules:", "1. Speakers get three minutes.", "2. Groups choose one speaker."]
    council += ["3. Written comments close a week before.", "The changes take effect in April after a vote on Tuesday."]
    assert _type_of("Council sets new rules for public comment at planning meetings", council, None) is None
    # an editor's note about comments, with an address and a date, names no rules
    note = ["From next week you will need a free account to comment on our stories. Comments stay open for a week."]
    note += ["If you disagree with a moderation decision, write to community@harfordecho.example and we will look."]
    assert (
        _type_of("Why we are changing the way comments work on the Echo", [*note, "Updated 3 March 2025"], None) is None
    )
    # a brief about a council's app, with bullets and both badges, tells it in sentences and quotes someone
    brief = ["Harford council has launched a free app that reminds residents the night before their bin day."]
    brief += ["It also shows which bins go out and where the nearest recycling centre is. More than 2,000 people"]
    brief[1] += " downloaded it in the first week."
    brief += [
        "“It saves a lot of missed collections,” said Cllr Ann Price.",
        "• Bin-day reminders",
        "• Recycling finder",
    ]
    brief += ["Download on the App Store", "Get it on Google Play"]
    assert _type_of("Harford launches app to remind residents of bin days", brief, None) is None
    # a word before the name that is no role names no one after a colon; an elided article is no speaker's
    assert _speakers("Reactie van Mark Rutte: “Ik heb er geen herinnering aan.”") == [None]
    assert _speakers("Foto Anna de Boer: “Een mooie dag aan zee.”") == [None]
    assert _speakers("“We stoppen ermee,” zei Willem Janssens van Beveren.") == ["Willem Janssens van Beveren"]


def test_speakers_of_u75_and_u76_that_were_missed():
    # Polish and Czech ranks are abbreviated between the verb and the name (u76-39)
    said = '"Korek sięga Lubnia" - dodał mł. asp. Tomasz Kęska z komendy w Nowym Targu.'
    assert _speakers(said) == ["Tomasz Kęska"]
    # a news agency told, between the verb and the article (u75-36), in three languages; not the agency alone
    assert _speakers('"Vai chover", disse à agência Lusa a meteorologista Teresa Cordeiro.') == ["Teresa Cordeiro"]
    assert _speakers("“No hay dinero”, dijo a EFE el alcalde Juan Pérez.") == ["Juan Pérez"]
    assert _speakers("“Non ci sono soldi”, ha detto all’ANSA il sindaco Marco Rossi.") == ["Marco Rossi"]
    assert _speakers('"Vai chover", disse à Lusa.') == [None]
    # an Italian recipe's present (u75-34)
    assert _speakers('"Mai la pasta scotta", raccomanda la signora Esposito.') == ["Esposito"]
    # a Spanish clause that ends at the colon before the quote, its verb after 'lo' or 'se' (u75-33) ...
    said = "Paco Benítez, autor del gol, lo resumió así: “Vi el balón botando”. El técnico visitante, Rafael Moyano, "
    said += "se quejó del tiempo añadido: “Seis minutos no se dan nunca”."
    assert _speakers(said) == ["Paco Benítez", "Rafael Moyano"]
    # ... whose subject is no pronoun opening the sentence ('Lo', 'Se' were taken for names)
    assert _speakers("Lo dijo así: “No hay dinero”.") == [None]
    assert _speakers("El martes la explicó: “No hay dinero”.") == [None]
    # an adverb opening a German sentence is no part of the name (u76-31)
    said = 'Auch Anna Eberle will mittragen. "Wir haben lange gestritten", sagte sie nach der Sitzung.'
    assert _speakers(said) == ["Anna Eberle"]


def test_speakers_of_u77_and_u78_that_were_missed():
    # a role ending as role nouns do opens the sentence before a listed given name (u77-25)
    said = "Landlord Gary Pickup said the pub had flooded twice. “We lost everything,” he said."
    assert _speakers(said) == ["Gary Pickup"]
    # a place after 'off' is no referent of 'he' (u78-27: 'Castle Point'); with a person named, he is
    said = "In 1979 Penhaligon pulled two teenagers from the water off Castle Point. “Anyone would,” he told us."
    assert _speakers(said) == [None]
    said = "In 1979 Tom Penhaligon pulled two teenagers from the water off Castle Point. “Anyone would,” he told us."
    assert _speakers(said) == ["Tom Penhaligon"]
    # Polish 'Jak' ('as') opening the sentence is no name (u77-39)
    assert _speakers('Jak mówi Jan Sobczak, który ma abonament, "to jest najlepsza sala".') != ["Jak"]
    # Spanish 'cuenta' after a quote, the surname's fullest form from the paragraph (u78-33)
    said = (
        "En la cocina de Remedios Alcántara se hace en junio. “Con pan del día anterior”, cuenta Alcántara, de 81 años."
    )
    assert _speakers(said) == ["Remedios Alcántara"]
    # a surname's fullest form past a Dutch affiliation after 'van' (u78-35)
    said = 'Volgens Thijs Verhoeven van Hogeschool IJsselland is het makkelijk. "Ze hebben geld", aldus Verhoeven.'
    assert _speakers(said) == ["Thijs Verhoeven"]


def test_what_break50_found_in_the_speaker_rules():
    # a word that opens a sentence before its verb is no one only where it always stands so ('Lo dijo …'); a person
    # called Lo, a singer called Como keep their names
    assert _speakers("“No hay dinero”, dijo Lo a EFE.") == ["Lo"]
    assert _speakers("“It was a good year,” Lo said. He runs the stall.") == ["Lo"]
    assert _speakers("“It was great,” said Perry Como.") == ["Perry Como"]
    assert _speakers("Lo dijo el alcalde Juan Pérez: “No hay dinero”.") == [None]  # (an article after it: break51)
    assert _speakers("Lo dijo así: “No hay dinero”.") == [None]
    # 'lo', 'la', 'se' before a verb and a colon: its subject stands before only when none follows the verb
    assert _speakers("El empate ante Osasuna lo resumió así Ancelotti: “Nos faltó el último pase”.") != ["Osasuna"]
    assert _speakers("A Marta Gil la describió así el alcalde: “Era la mejor concejala”.") == [None]
    assert _speakers("Paco Benítez, autor del gol, lo resumió así: “Vi el balón botando”.") == ["Paco Benítez"]
    # Polish and Czech ranks among the role words, Czech degrees as titles
    said = '"Kierowca był trzeźwy" - powiedziała rzeczniczka komendy mł. asp. Anna Kowalska.'
    assert _speakers(said) == ["Anna Kowalska"]
    assert _speakers("“Požár jsme lokalizovali,” uvedl kpt. Ing. Jan Novák.") == ["Jan Novák"]
    assert _speakers("“Nikdy nežádáme peníze,” uvedla nprap. Bc. Martina Korbelová.") == ["Martina Korbelová"]


def test_a_romance_verb_names_its_subject_after_it_before_the_colon():
    # break50: the subject after the verb, right before the quote's colon (after an object before the verb)
    assert _speakers("El empate ante Osasuna lo resumió así Ancelotti: “Nos faltó el último pase”.") == ["Ancelotti"]
    assert _speakers("Tras la derrota en Mestalla se lamentó Xavi: “Merecimos más”.") == ["Xavi"]
    assert _speakers("Lo explicó así el alcalde Juan Pérez: “No hay dinero”.") == [None]
    # ... not a name a preposition governs, nor after a pronoun subject, nor a German noun after 'sagte'
    assert _speakers("Tras el partido, dijo a Marca: “Estamos bien”.") == [None]
    assert _speakers("Luego explicó en Madrid: “Estamos bien”.") == [None]
    assert _speakers("Después dijo ella: “Estamos bien”.") == [None]
    assert _speakers("Zum Abschied sagte er am Freitag: “Ich gehe gern.”") != ["Freitag"]


def test_speakers_of_u81_and_u82_that_were_missed():
    # a given name the lists lacked before 'of' and a place ('Kylie Obst of Warragul police'); a Polish role in -nik
    # opening its sentence; an age before the name; a surname with particles before an affiliation; 'relacjonuje'
    said = "Senior Sergeant Kylie Obst of Warragul police said drivers should wait. “Stay home,” she said."
    assert _speakers(said) == ["Kylie Obst"]
    assert _speakers('Przewoźnik Zbigniew Kaczmarek przy sterze. "Płyniemy" – mówi.') == ["Zbigniew Kaczmarek"]
    assert _speakers('"Pamiętam wszystko" – mówi 78-letnia Halina Nowicka.') == ["Halina Nowicka"]
    said = "“Het duurt lang”, zegt woordvoerder Sanne van der Heijden van Rijkswaterstaat."
    assert _speakers(said) == ["Sanne van der Heijden"]
    assert _speakers("“Het duurt lang”, zegt Jan Peter van den Berg.") == ["Jan Peter van den Berg"]
    said = '"Wszystko spłonęło" – relacjonuje mł. bryg. Tomasz Kędzierski, rzecznik komendanta.'
    assert _speakers(said) == ["Tomasz Kędzierski"]


def test_a_german_role_noun_after_der_or_die_before_a_name():
    # u81-31: 'sagt die Informatikerin Name' (the role lists lacked it); not a name that ends as a role does
    assert _speakers('"So etwas", sagt die Lehrerin Anna Schmidt.') == ["Anna Schmidt"]
    assert _speakers('"So etwas", sagt die Informatikerin Lea Brandstetter.') == ["Lea Brandstetter"]
    assert _speakers('"So etwas", sagte Peter Müller.') == ["Peter Müller"]


def test_a_possessive_before_a_role_and_a_person_is_no_referent():
    # u82-28: 'St Fintan’s manager Tommy Rafter … “…” he said' (two candidates made it null)
    said = "St Fintan’s manager Tommy Rafter paid tribute to the losers. “They were brave,” he said."
    assert _speakers(said) == ["Tommy Rafter"]


def test_what_break51_found_in_the_speaker_rules():
    # only adverbs between a Romance verb and its subject before the colon: an article, a role or a preposition makes
    # the name the verb's object as often; after an object pronoun before the verb, an article and a role may open it
    assert _speakers("El técnico, Carlo Ancelotti, describió al croata Luka Modric: “Es único”.") != ["Luka Modric"]
    assert _speakers("Marco Bellini ha ricordato il collega Franco Ruggeri: “Era un maestro”.") != ["Franco Ruggeri"]
    assert _speakers("Depois do jogo, me disse o técnico Juliano Mendes: “Ele ainda não está pronto”.") == [
        "Juliano Mendes"
    ]
    # 'se' before a verb and a preposition's phrase to the colon: the subject stands before
    assert _speakers("El técnico bético, Manuel Pellegrini, se quejó del árbitro Gil Manzano: “No fue a verlo”.") == [
        "Manuel Pellegrini"
    ]
    assert _speakers("Imanol Alguacil se lamentó en la rueda de prensa: “Hemos regalado media hora”.") == [
        "Imanol Alguacil"
    ]
    # an English verb after a name that opens its sentence keeps the name ('Lo said', 'Wie said')
    assert _speakers("Lo said the shop had been his father’s. “We stay,” Lo said.") == ["Lo"]
    # a double Dutch surname is no affiliation; a body after the second 'van' is
    assert _speakers("“Het kan,” zegt burgemeester Sophie de Vos van Steenwijk.") == ["Sophie de Vos van Steenwijk"]
    said = "“Het duurt lang”, zegt woordvoerder Sanne van der Heijden van Rijkswaterstaat."
    assert _speakers(said) == ["Sanne van der Heijden"]
    # a person crowded around is the referent; 'szt.' (pieces) ends a sentence
    said = "Children crowded around Astrid Lindqvist as the van opened. “They waited all winter,” she said."
    assert _speakers(said) == ["Astrid Lindqvist"]
    assert _speakers("“Upadla jsem na chodníku,” řekla 77letá Marie Nováková.") == ["Marie Nováková"]


def test_a_status_line_of_the_servers_own_words_and_a_norwegian_consent_line():
    # u83-04: '502 · upstream did not respond · req …' is an error page's notice; u83-18's sign-up consent
    assert _notice_kind("502 · upstream did not respond · req 7f3c9a2e-41b8") == ("error-page", True)
    assert _notice_kind("502 seats were sold for the upstream concert") is None
    from builder.junk import _SIGNUP_CONSENT

    assert _SIGNUP_CONSENT.match("Ved å melde deg på godtar du at vi behandler e-postadressen din.")


def test_what_the_final_review_found_in_the_opening_words():
    # 'Lo' after a quote that ends its sentence opens the next one; many quotes of 'Lo dijo …' stay linear (a cache per
    # paragraph and word: it was cubic)
    said = "El pleno terminó tarde. “Vamos a recurrir.” Lo dijo el alcalde Juan Pérez: “No hay otra salida”."
    assert "Lo" not in _speakers(said)
    many = "Lo dijo el alcalde Juan Pérez: “Sí”. " * 2000
    assert set(_speakers(many)) == {None}


def test_a_search_page_s_sort_and_count_lines_and_excerpts_under_its_entries():
    # u76-11 and u86-11 in other words: a search page whose entries each have a sentence under their date (excerpts,
    # not the page's own prose) is a listing by its sort and count lines
    search = ["Hledat", "Nalezli jsme 41 článků k vašemu dotazu.", "Řadit podle: nejnovější | nejrelevantnější"]
    for title, by, excerpt in [
        ("Most přes Ohři zůstane zavřený do léta", "Petr Kolář · 4. dubna 2024", "Statici našli trhliny v pilíři."),
        ("Radnice hledá peníze na opravu", "Jana Malá · 20. března 2024", "Oprava vyjde na 86 milionů korun."),
        ("Objížďka přes Doubí se prodlouží", "Petr Kolář · 2. března 2024", "Autobusy pojedou o deset minut déle."),
    ]:
        search += [title, by, excerpt]
    assert _type_of("Vyhledávání: most", search, None) == "listing-page"
    assert _type_of("Vyhledávání: most", search[:1] + search[3:], None) is None  # no sort or count line: no page's
    # an events agenda with its filter line and its pager
    agenda = ["Filtern nach: Konzerte | Theater | Kinder", "Fr, 19. April · 20 Uhr · Stadthalle"]
    agenda += ["Frühlingskonzert der Musikschule", "Sa, 20. April · 10 Uhr · Marktplatz", "Flohmarkt am Rathaus"]
    agenda += ["So, 21. April · 15 Uhr · Museum", "Führung durch die Sonderausstellung"]
    agenda += ["Weitere Veranstaltungen laden"]
    assert _type_of("Was ist los in Kleve", agenda, None) == "listing-page"
    # an election's results and its 'more results' link stay a story (b38-10)
    results = [
        "12.10.2025 · Autárquicas 2025",
        "O social-democrata Mário Constantino foi reeleito presidente da "
        "Câmara de Barcelos com maioria absoluta, segundo os resultados provisórios.",
        "Mário Constantino",
        "PSD · 51,4% · 6 mandatos",
        "Helena Vilaça Matos",
        "PS · 33,9% · 4 mandatos",
        "Ver mais resultados",
    ]
    assert _type_of("Autárquicas: Constantino reeleito em Barcelos", results, None) is None
    assert junk._SEARCH_LINE.match("Znaleziono 23 wyniki. Sortuj: od najnowszych | według trafności")
    assert junk._SEARCH_LINE.match("Du søkte etter «strømstøtte». Viser 1–10 av 243 treff.")
    assert not junk._SEARCH_LINE.match("Found 12 bodies in the river.")
    assert not junk._SEARCH_LINE.match("Sort by: newest")  # one option is no sort line


def test_what_u87_and_u88_found():
    # a site's rules for its comments under a headline that says how it moderates (u87-17), with its address
    rules = ["Our threads are for readers to argue with us and with each other.", "No personal attacks or slurs."]
    rules += ["No spam or affiliate links.", "Questions? Write to community@towncrier.example."]
    assert _type_of("How we moderate reader comments", rules, None) == "not-an-article"
    assert _type_of("How we moderate reader comments", rules[:3], None) is None  # no address, no date: no own page
    # a Norwegian human check in its own words and its tick box (u87-14)
    check = ["Vi må forsikre oss om at det er et menneske som besøker nettstedet.", "[ ] Jeg er ikke en maskin"]
    check += ["Referanse-ID: 8c2e41fa0b7d9e13"]
    assert _type_of("Sikkerhetssjekk", check, None) == "access-wall"
    # a Swedish teaser's question and notice (u87-07); the same question before a list is no notice
    teaser = ["Färjan mellan Östanå och Ljusterö tas ur trafik i tre veckor för en översyn."]
    teaser += ["Vill du läsa vidare? Den här artikeln ingår i vårt abonnemang.", "Prova fritt i 30 dagar"]
    assert _type_of("Färjan till Ljusterö ställs in", teaser, None) == "paywalled"
    assert not junk._is_paywall_notice("Vill du läsa vidare? Här är fem böcker om skärgården.")
    # a Czech sign-up box's button 'for free' (u88-18) and a German survey's 'on to question 4' (u88-19)
    signup = [
        "Přihlaste se k odběru našeho newsletteru a každý všední den v 7:00 dostanete shrnutí zpráv.",
        "Váš e-mail",
    ]
    signup += ["Odebírat zdarma"]
    assert _type_of("Ranní přehled rovnou do vaší schránky", signup, None) == "not-an-article"
    survey = ["1. Wie oft lesen Sie die Rundschau?", "täglich / mehrmals pro Woche / seltener"]
    survey += ["2. Welche Rubriken interessieren Sie?", "Lokales / Sport / Kultur", "Weiter zu Frage 3"]
    assert _type_of("Die große Leserumfrage 2024", survey, None) == "not-an-article"


def test_speakers_of_u87_and_u88_that_were_missed():
    assert _speakers("“Hace calor”, explicó el portavoz de la Aemet en Andalucía, Álvaro Montesinos.") == [
        "Álvaro Montesinos"
    ]
    assert _speakers("“È assurdo”, ha scritto sui social l’avvocata Giulia Serravalle.") == ["Giulia Serravalle"]
    assert _speakers('"To nie w porządku" – przekonywał podczas sesji burmistrz Tomasz Wierzbicki.') == [
        "Tomasz Wierzbicki"
    ]
    assert _speakers('"Tak", powiedziała w uzasadnieniu sędzia Anna Kowalczyk-Nowak.') == ["Anna Kowalczyk-Nowak"]
    # whom she spoke to or with is no speaker
    assert _speakers('"Tak", powiedziała do sędzi Anny Kowalczyk.') == [None]
    assert _speakers('"Tak" – powiedział w rozmowie z burmistrzem Janem Nowakiem.') == [None]
    said = "Su nieta, Clara Ferrer, ha intentado apuntar las cantidades. “Nunca pesa nada”, cuenta entre risas."
    assert _speakers(said) == ["Clara Ferrer"]
    assert _speakers("“Nunca pesa nada”, cuenta la leyenda.") == [None]
    council = 'Karolina Mazur z Młodzieżowej Rady Miasta przypomina, że czekali długo. "Czekaliśmy" – powiedziała.'
    assert _speakers(council) == ["Karolina Mazur"]


def test_according_to_with_a_role_of_a_body_or_a_pronoun():
    # a role of a body ('de l’école', 'dell’ospedale') before the apposed name names the role's holder
    assert _speakers("Selon la directrice de l’école, Hélène Fabre, “les enfants ont froid”.") == ["Hélène Fabre"]
    assert _speakers("Secondo il portavoce dell’ospedale, Marco Rossi, “tutto bene”.") == ["Marco Rossi"]
    assert _speakers("Selon la porte-parole Nadia Berrada, “il faut agir”.") == ["Nadia Berrada"]
    # not a group's, a relative's or a longer phrase's: the name may be the other noun's (break26, break27)
    assert _speakers("Selon l’entourage de la ministre, Claire Dupont, “rien ne change”.") == [None]
    assert _speakers("Secondo il portavoce dell’ex sindaco, Marco Tarantini, le accuse sono “fantasiose”.") == [None]
    assert _speakers("Selon la mère de l’enfant, Marie Roy, “tout va bien”.") == [None]
    # 'according to him' refers to the one person named before, of the pronoun's sex when the census knows it
    assert _speakers("Il gondoliere Paul Bon ripara la sua barca. Secondo lui, “è finita”.") == ["Paul Bon"]
    assert _speakers("Borgmester Anna Holm lyttede i to timer. Ifølge hende er der “for lidt plads”.") == ["Anna Holm"]
    # (a name the census does not know, or gives either sex, is no referent: 'Lene', 'Jean' in French, 'Rosario')
    assert _speakers("Borgmester Lene Holm lyttede i to timer. Ifølge hende er der “for lidt plads”.") == [None]
    assert _speakers("La alcaldesa, Rosario Pérez, visitó la obra. Según él, “aguanta”.") == [None]
    # (nor a possessive: 'Volgens haar advocaat'; nor an adjective after 'volgens': 'Volgens Britse media is …')
    assert _speakers("Marieke de Vries leidt het project. Volgens haar advocaat is het “een schandaal”.") == [None]
    assert _speakers("Volgens Britse media is de deal “zo goed als rond”.") == [None]
    she = "La alcaldesa, Carmen Ruiz, visitó la obra con el arquitecto municipal. Según él, “el puente aguanta”."
    assert _speakers(she) == [None]
    two = "O técnico Joaquim Serôdio saiu cedo. Segundo ele, o presidente Rui Costa disse: “faltou pernas”."
    assert _speakers(two) == ["Rui Costa"]


def test_what_break52_found_in_the_session_s_rules():
    # a brief's sentence that found articles is no search page's count; a Q&A's question no 'you searched for'
    assert not junk._SEARCH_LINE.match("Se encontraron 3.000 artículos falsificados de marcas deportivas.")
    assert not junk._SEARCH_LINE.match("Vi fandt 38 artikler med mindst én anonym kilde.")
    assert not junk._SEARCH_LINE.match("Hai cercato lavoro all’estero?")
    assert not junk._SEARCH_LINE.match("Szukano go przez trzy doby.")
    assert junk._SEARCH_LINE.match("Vi fandt 38 artikler, der matcher din søgning.")
    # a filter line and 'all dates' make an agenda's page; a newsletter's favourites with a sentence each stay a piece
    agenda = ["Kategorie: Alle | Konzerte | Theater", "Fr, 21. März · 19.30 Uhr · Stadthalle", "Frühjahrskonzert"]
    agenda += ["Das Orchester spielt Dvořák.", "Sa, 22. März · 8 Uhr · Marktplatz", "Ostermarkt", "Über 60 Stände."]
    agenda += ["Alle Termine anzeigen"]
    assert _type_of("Veranstaltungskalender Kreis Kleve", agenda, None) == "listing-page"
    # comment rules in the site's own voice; a story's third person or an adjective is none
    rules = ["Alla kommentarer granskas innan de publiceras.", "Vi tar bort hot och personangrepp."]
    rules += ["Frågor? Mejla moderator@tidningen.example.", "Senast uppdaterad: 12 februari 2025"]
    assert _type_of("Så modererar vi kommentarerna", rules, None) == "not-an-article"
    quake = ["A moderate earthquake struck north-west of Christchurch on Tuesday evening, at a depth of 12 kilometres."]
    quake += ["Within minutes, more than 600 readers had left comments under our live update.", "Updated: 9.05pm"]
    quake += ["Write to news@press.example with your photos."]
    assert _type_of("Moderate earthquake shakes Canterbury", quake, None) is None
    # 'no machine' only beside its box: an op-ed's headline is none
    oped = ["Jag är ingen maskin, skriver jag till banken varje gång deras sida frågar.", "Men sidan tror mig inte."]
    assert _type_of("Jag är ingen maskin", oped, None) is None
    # a column that quotes a teaser's line and goes on in the first person is no teaser
    column = ["När jag började som journalist var allt gratis. I dag möts jag av samma två meningar överallt."]
    column += ["Vill du läsa vidare? Den här artikeln ingår i vårt abonnemang."]
    column += ["Jag har slutat irritera mig på dem. Journalistik kostar pengar, och någon måste betala för den."]
    assert _type_of("Betalväggen som blev en vana", column, None) is None
    teaser = ["Ferjesambandet mellom Husvik og Tjøme tas ut av drift i tre uker fra mandag."]
    teaser += ["Vil du lese videre? Denne saken inngår i vårt abonnement.", "Bli abonnent"]
    assert _type_of("Fergen til Tjøme innstilles", teaser, None) == "paywalled"


def test_speakers_break52_found():
    # whom he told (a dative) or someone the adverbial names is no speaker
    assert _speakers('"Nie" – powiedział podczas sesji burmistrzowi Tomaszowi Wierzbickiemu.') == [None]
    assert _speakers('"Nie" – zaznaczył podczas wizyty premiera Donalda Tuska wojewoda Jan Nowicki.') == [None]
    assert _speakers('"Nie" – powiedział na pogrzebie burmistrza Marcina Orzeszka jego zastępca.') == [None]
    assert _speakers('"Tak" – wyjaśnił na konferencji prasowej rzecznik policji Adam Szeląg.') == ["Adam Szeląg"]
    # a capitalised genitive of a body before a Polish or Czech given name is not the name's
    assert _speakers('"Tak" – powiedziała rzeczniczka Fundacji Anny Dymnej Ewa Kowalczyk.') == ["Ewa Kowalczyk"]
    assert _speakers('"Ano, máme partu," uvedl během tiskové konference kapitán Jablonce Vojtěch Kubista.') == [
        "Vojtěch Kubista"
    ]
    assert _speakers('"Tak" - powiedział Luiz Carlos Pereira po meczu.') == ["Luiz Carlos Pereira"]
    assert _speakers('Trenér Petr Rada byl po zápase spokojený. "Hráli jsme dobře," řekl.') == ["Petr Rada"]
    listed = "“Habrá tormentas”, explicó el portavoz de la Aemet en Andalucía, Ceuta y Melilla, Juan de Dios del Pino."
    assert _speakers(listed) == [None]
    assert _speakers("“Piove”, ha scritto su Facebook il sindaco Massimo Isola.") == ["Massimo Isola"]
    assert _speakers("“C’est fini”, a écrit sur les réseaux sociaux le maire Nicolas Sansu.") == ["Nicolas Sansu"]


def test_what_u89_and_u90_found():
    # an English maintenance page's thanks for the wait, under a strong notice (u89-04)
    upgrade = ["Subscribe | Log in | e-Edition", "Our website is offline for scheduled upgrades from 1 a.m. to 5 a.m."]
    upgrade += ["Print subscribers can still reach customer service at 1-800-555-0148.", "Thanks for bearing with us."]
    upgrade += ["The Tri-County Ledger · 220 W. Main St., Cortland, NY"]
    assert _type_of("The Ledger is getting a tune-up", upgrade, None) == "error-page"
    # a check's 'not an automated visitor' and its button; a poem's 'I am human' is none
    check = [
        "We get a lot of traffic from scrapers, so now and then we ask readers to prove it.",
        "I am a human reader",
    ]
    check += ["Reference: 8c1f20a7e93b4d11", "Protection provided by Shieldwall"]
    assert _type_of("Confirming you’re not an automated visitor", check, None) == "access-wall"
    assert _notice_kind("I am human") is None
    # ad-blocker walls: the reader blocking the ads, the browser that keeps them from showing (u89-15, u90-15)
    assert _notice_kind("Annonserna betalar journalistiken. När du blockerar dem kan vi inte visa sajten.") == (
        "access-wall",
        True,
    )
    assert _notice_kind("Din browser forhindrer vores annoncer i at blive vist.") == ("access-wall", True)
    # a comment charter in the site's voice to the reader, over numbered rules (u90-20), with no address or date
    charter = ["Les espaces de discussion sont ouverts aux abonnés : nous vous demandons de respecter ces règles."]
    charter += ["1. Restez courtois.", "2. Restez dans le sujet de l’article.", "3. Pas de publicité."]
    assert _type_of("Charte de modération des commentaires", charter, None) == "not-an-article"
    council = ["The council will ask residents to follow these rules for public comment at its meetings."]
    council += ["1. Speakers get three minutes.", "2. Groups choose one speaker.", "3. Written comments close early."]
    assert _type_of("Council sets rules for public comment", council, None) is None


def test_speakers_of_u89_and_u90_that_were_missed():
    # a role with no 'of' before the name: the name is the speaker's, not a body's ('do IPMA' was the speaker)
    assert _speakers("“Vai chover”, afirmou a meteorologista Patrícia Gomes, do IPMA.") == ["Patrícia Gomes"]
    assert _speakers("Amaro il tecnico ospite Davide Rota, secondo cui “abbiamo pagato la stanchezza”.") == [
        "Davide Rota"
    ]
    assert _speakers("Il comune di Roma, secondo cui “tutto va bene”, tace.") == [None]
    assert _speakers('"Tak" - mówiła w uzasadnieniu sędzia Agnieszka Mróz.') == ["Agnieszka Mróz"]
    assert _speakers('"Tak" - powiedział mec. Krzysztof Dudek.') == ["Krzysztof Dudek"]
    assert _speakers("“Es así”, advierte Remedios Cuenca, que a sus 83 años cocina.") == ["Remedios Cuenca"]


def test_a_german_separable_verb_before_its_colon():
    assert _speakers("Die Sprecherin der Stadt, Anna Roth, teilte mit: “Wir prüfen das.”") == ["Anna Roth"]
    said = "Die Bürgermeisterin Anja Roth kündigte am Montag im Bauausschuss an: “Wir prüfen das.”"
    assert _speakers(said) == ["Anja Roth"]
    # 'teilen mit' (to share with) is no 'mitteilen': no colon after the particle (b13-08)
    assert _speakers("Hildegard Sommer teilte mit ihrem Mann die Liebe zu “Die lustige Witwe”.") == [None]


def test_what_u91_and_u92_found():
    # a Swedish search page's bare count before its sort options, and 'Visa fler träffar' (u91-11)
    assert junk._SEARCH_LINE.match("147 träffar · Sortera efter: Senaste | Mest relevant")
    assert junk._PAGER.match("Visa fler träffar")
    assert not junk._PAGER.match("Ver mais resultados")
    # an Italian maintenance page's title and the site's systems updated (u92-03)
    works = ["Stiamo aggiornando i nostri sistemi: per qualche minuto le pagine potrebbero non aprirsi."]
    works += ["Errore 503 – servizio temporaneamente non raggiungibile"]
    assert _type_of("Lavori in corso sul sito", works, None) == "error-page"
    # a Polish tip form's name-or-pseudonym and email-or-phone fields (u91-19)
    tip = ["Byłeś świadkiem ważnego zdarzenia w swojej okolicy? Napisz do nas.", "Imię lub pseudonim"]
    tip += ["Adres e-mail lub numer telefonu", "Treść wiadomości", "Dodaj zdjęcia lub film (maks. 50 MB)"]
    tip += ["Wyślij zgłoszenie"]
    assert _type_of("Masz temat? Napisz do nas", tip, None) == "not-an-article"


def test_speakers_of_u91_and_u92_that_were_missed():
    # what was said after 'said', with its own verb, is no speaker's name: a title quoted in a correction (u91-27)
    title = "An article published on 4 March, “Fined for cookies”, said the Office had fined Harrow & Finch £1.2m."
    assert _speakers(title) == [None]
    assert _speakers("“We are fine,” said Mary Walsh, who has lived there for years.") == ["Mary Walsh"]
    assert _speakers('Schipper Rob Kuijpers doet dit werk al lang. "Het went nooit", zegt hij.') == ["Rob Kuijpers"]
    assert _speakers('Matroos Ilse Vermeulen maakt de trossen los. "Het went nooit", vertelt ze.') == ["Ilse Vermeulen"]
    assert _speakers('Volgens Rijkswaterstaat blijft de overtocht "gratis".') == ["Rijkswaterstaat"]
    assert _speakers("Laut Polizei war der Fahrer “betrunken”.") == [None]
    assert _speakers('Podle Národního památkového ústavu jde o "vzácnou stavbu".') == [None]
    assert _speakers('Laut Kämmerer Tobias Wendel ist die Finanzierung "gesichert".') == ["Tobias Wendel"]
    assert _speakers("“Vendo tudo”, disse-me Armando Correia numa manhã de chuva.") == ["Armando Correia"]
    assert _speakers('Zdobył je Dawid Kaczmarek. "Grało się dobrze" – ocenił Kaczmarek.') == ["Dawid Kaczmarek"]
    mindeord = 'Formand for Hørby Borgerforening Lone Mikkelsen husker ham godt. "Han lavede nøgler", fortæller hun.'
    assert _speakers(mindeord) == ["Lone Mikkelsen"]


def test_what_break53_found():
    # a club's story with a quote's 'Wir' and numbered rules is no charter: the site speaks in the first paragraph only
    club = ["“Wir wollen sachliche Debatten”, sagte der Vorsitzende Bernd Lammers. Sie stehen seit Montag über allem."]
    club += ["1. Keine Beleidigungen.", "2. Beim Thema bleiben.", "3. Keine Werbung."]
    assert _type_of("TuS Xanten stellt Regeln für Kommentare auf", club, None) is None
    # a column's or a newsletter's link to its archive is no pager
    assert not junk._PAGER.match("Se alle arrangementer")
    assert not junk._PAGER.match("Bekijk alle edities")
    # an ad-blocker wall's button 'I have turned it off' is its ask
    wall = ["Nettleseren din hindrer annonsene våre i å vises.", "Hvis du blokerer dem, kan vi ikke vise deg saken."]
    wall += ["Jeg har skrudd av annonseblokkeren"]
    assert _type_of("Annonseblokkering oppdaget", wall, None) == "access-wall"


def test_speakers_break53_found():
    # 'according to him' is no one's past someone unnamed brought in, nor a name whose ending says the other sex
    consulted = "Il sindaco Marco Ferri ha consultato un ingegnere. Secondo lui, “il ponte regge”."
    assert _speakers(consulted) == [None]
    assert _speakers("Borgmester Søren Kragh bad om en gennemgang. Ifølge hende er der “fejl i regnskabet”.") == [None]
    assert _speakers("Borgmester Anna Holm lyttede i to timer. Ifølge hende er der “ingen nemme løsninger”.") == [
        "Anna Holm"
    ]
    # someone the sentence before met or spoke with, or someone unnamed opening it, may be whom the pronoun means
    assert _speakers("Lars Hansen har talt med borgmesteren. Ifølge ham er det “for dyrt”.") == [None]
    assert _speakers("Il sindaco di Milano ha incontrato Jan Novak. Secondo lui, “va bene”.") == [None]
    assert _speakers("Mark Rossi ha parlato. Il prefetto ha parlato per ultimo. Secondo lui, “va bene”.") == [None]
    # 'secondo cui' after someone a role belongs to is no one's
    assert _speakers("Ha parlato il portavoce del ministro Mario Rossi, secondo cui “non cambia nulla”.") == [None]
    assert _speakers("Der Anwalt von Peter Klein, nach dessen “Auffassung” nichts geschah, schwieg.") == [None]
    # an English 'said' before a name with its own verb, many times in one paragraph, stays linear and null
    assert set(_speakers("“Fined”, said the Office had fined them. " * 2000)) == {None}
    # a role of a person's is no body's: the name after it may be that person's
    assert _speakers("Secondo il medico dell’anziana, Maria Rossi, 91 anni, “sta bene”.") == [None]
    assert _speakers("Davide Rota e Luca Neri, secondo cui “abbiamo pagato la stanchezza”.") == [None]
    # the Slavic genitive cut: from the last given name with a surname; not a double given name; no body's name
    assert _speakers('"Tak" – powiedziała rzeczniczka Uniwersytetu Jana Kochanowskiego Ewa Nowak.') == ["Ewa Nowak"]
    assert _speakers('"Tak" – zapewnił prezes klubu Bronisław Jan Zieliński.') == ["Bronisław Jan Zieliński"]
    assert _speakers('"Tak" – powiedziała dyrektorka Szpitala Wojewódzkiego Anna Lis.') == ["Anna Lis"]


def test_what_u93_and_u94_found():
    check = ["Abbiamo notato un traffico insolito proveniente dalla tua rete."]
    check += ["Per continuare a leggere conferma di non essere un programma automatico.", "Verifica"]
    assert _type_of("Controllo accessi", check, None) == "access-wall"
    blocker = ["Es sieht so aus, als würde ein Programm auf Ihrem Gerät unsere Anzeigen ausblenden."]
    blocker += ["Ich habe den Blocker pausiert – Seite neu laden"]
    assert _type_of("Werbung bezahlt diesen Artikel", blocker, None) == "access-wall"
    back = ["Właśnie aktualizujemy nasz serwis. Strona będzie znów dostępna około godziny 6:00."]
    assert _type_of("Wracamy za chwilę", back, None) == "error-page"
    teaser = [
        "Rederiet vill dra ner på avgångarna mellan november och mars.",
        "Läs vidare – logga in eller bli prenumerant",
    ]
    teaser += ["Du har nått en artikel för våra prenumeranter. Första månaden kostar 9 kronor."]
    assert _type_of("Färjetrafiken till Gotland kan halveras", teaser, None) == "paywalled"


def test_what_the_final_review_of_the_eighth_session_found():
    # a how-to with a sort line and a count among its prose is no listing: a search page's line needs entries
    howto = ["Compare fares before you book; the cheapest day is rarely the one you expect."]
    howto += ["Sort by: Price | Duration", "Prices change every hour, so check again in the evening."]
    howto += ["Found 38 results."]
    assert _type_of("How to find a cheap train to London", howto, None) is None
    # 'was', 'du', 'te' are no 'you': a column about a group's rules is no charter
    column = ["We all know the parent whose comment was the first under every post in the class group."]
    column += ["1. Never reply to all.", "2. No voice notes after nine.", "3. Thank the teacher once."]
    assert _type_of("The unwritten rules of the parents’ WhatsApp group comments", column, None) is None
    assert _speakers("L’avocat de Jean Dupont, selon qui “rien ne change”, se tait.") == [None]
    assert _speakers("Il consigliere Jan van der Berg, secondo cui “va bene”, tace.") == ["Jan van der Berg"]
    assert _speakers("João Silva mora em Lisboa. “A vida é dura”, conta a história.") == [None]
    assert _speakers("Marco Rossi ha scritto una lettera al prefetto di Roma. Secondo lui, “va bene”.") == [None]
    said = "Autor do gol, Thiago Brandão dedicou o lance à filha. “Prometi para ela”, contou ele, ainda no gramado."
    assert _speakers(said) == ["Thiago Brandão"]


def test_what_the_re_check_of_the_final_review_found():
    # a role the census does not know before the given name it knows; a bare Italian 'a' is no companion
    assert _speakers("Trainer Erik van Dijk sprak lang. Volgens hem is het “een overwinning”.") == ["Erik van Dijk"]
    assert _speakers("Il sindaco Mario Rossi ha parlato a lungo. Secondo lui, “la città non può aspettare”.") == [
        "Mario Rossi"
    ]
    # another language's pronoun after its verb: not a name the census gives the other sex only
    assert _speakers("Paul Sousa chegou cedo. “Foi muito difícil”, disse ela.") == [None]
    assert _speakers("Mary Holm kom tidligt. “Det var svært”, sagde han.") == [None]
    assert _speakers("Mary Holm kom tidligt. “Det var svært”, sagde hun.") == ["Mary Holm"]


def test_what_the_hostile_test_of_the_eighth_session_found():
    # a German separable verb after an opening adverbial has its subject after it, not before
    assert _speakers("Nach dem Treffen mit Peter Klein kündigte Anna Roth an: “Wir bauen.”") == [None]
    assert _speakers("Auf die Kritik von Peter Klein teilte Anna Roth mit: “Das stimmt nicht.”") == [None]
    assert _speakers("Am Montag kündigte Anna Roth im Bauausschuss an: “Wir bauen.”") == [None]
    # a genitive surname after a Polish adverbial is the role's owner, not the speaker
    assert _speakers("“Nie ma pieniędzy” – przekonywał na sesji burmistrza Jana Kowalskiego radny Piotr Nowak.") == [
        None
    ]
    # someone received by, or criticised by, someone unnamed: 'according to him' may mean either
    assert _speakers("Ieri il sindaco ha ricevuto Marco Neri. Secondo lui, “il bilancio è in ordine”.") == [None]
    assert _speakers("Erik Holm blev kritiseret af borgmesteren. Ifølge ham er der “ingen penge”.") == [None]
