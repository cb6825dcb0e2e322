"""Strong notices of junk pages in the languages of EU news sites, for builder/junk.py's rules.

German, French, Spanish, Italian, Dutch, Portuguese, Swedish, Danish, Polish and Czech: what their
sites' paywalls, bot and access walls, error pages and consent walls say of themselves. The English
rules of junk.py decide when a notice speaks to the reader ('you', 'this article'); these phrases say it
in their own words, so each one names *this* page, article or site, the reader ('Sie', 'vous', 'tu',
'u', 'du', …) or the site itself ('wir', 'nous', …), and a news story about another site's paywall,
outage or cookie fine, which reports it in the third person ('die Zeitung hat eine Paywall
eingeführt'), does not match. They are matched case-insensitively against a notice line (junk.py's
`_notice_text`) and count as strong notices of their kind, like the English ones.

Written from the usual wording of such pages and checked against the labelled pages of
tests/corpus-words (written by helpers who never saw these phrases); docs/rejects.md has the figures.
"""

from __future__ import annotations

_A = "[’']"  # apostrophe, straight or curly

# A subscriber-only teaser's notice: 'Dieser Artikel ist nur für Abonnenten', 'Cet article est réservé aux
# abonnés', a free-article limit the reader has reached, 'to keep reading, subscribe'.
PAYWALL = (
    # German
    r"\b(?:dieser|der) (?:artikel|beitrag|text|inhalt) (?:ist|steht) (?:nur |exklusiv |ausschließlich )?(?:für|"
    r"unseren) (?:\w+[- ])?(?:abonnent\w*|abonnentinnen|mitglieder|plus-?\w*)",
    r"\b(?:jetzt )?(?:weiterlesen|lesen sie weiter|weiter lesen) mit (?:\w+\s?)?(?:\+|plus\b|abo\b|dem abo\b)",
    r"\bsie haben (?:ihr|das|ihre) (?:\w+ )?(?:kontingent|limit|anzahl)\b.{0,60}\b(?:artikel|beiträge)",
    r"\bum (?:diesen|den) (?:ganzen |kompletten )?(?:artikel|beitrag) (?:weiter |vollständig )?zu lesen\b",
    # French
    r"\b(?:cet )?article (?:est )?réservé (?:aux|à nos) abonnés\b|\bcontenu réservé aux abonnés\b",
    r"\bla suite (?:de cet article )?est réservée (?:aux|à nos) abonnés\b",
    r"\bvous avez (?:atteint|consulté|lu)\b.{0,60}\barticles? (?:gratuits?|offerts?)\b",
    r"\bpour (?:lire la suite|continuer (?:à|la) lire|poursuivre (?:votre |la )?lecture)\b.{0,60}\b(?:abonnez-vous|"
    r"abonné|connectez-vous|identifiez-vous)",
    # Spanish
    r"\b(?:este|el) (?:artículo|contenido|texto) es (?:exclusivo|solo|sólo) para (?:suscriptores|socios|abonados)\b|"
    r"\bcontenido exclusivo para (?:suscriptores|abonados|socios)\b",
    r"\bhas (?:alcanzado|llegado a|agotado)\b.{0,60}\b(?:límite|artículos? gratuitos?|noticias gratuitas)\b",
    r"\bpara (?:seguir|continuar) leyendo\b.{0,60}\b(?:suscr[íi]bete|hazte|inicia sesión|regístrate|suscriptor)",
    # Italian
    rf"\b(?:questo |l{_A})?articolo è riservato (?:agli|ai) (?:abbonati|utenti registrati)\b|\bcontenuto riservato "
    r"(?:agli )?abbonati\b",
    r"\bhai raggiunto il (?:limite|numero massimo)\b.{0,60}\barticoli\b",
    rf"\bper (?:continuare a leggere|leggere (?:tutto )?(?:l{_A}articolo|questo articolo))\b.{{0,60}}\b(?:abbonati|"
    r"accedi|registrati)\b",
    # Dutch
    r"\bdit (?:artikel|stuk|verhaal) is (?:alleen |exclusief )?(?:beschikbaar |toegankelijk |te lezen )?voor "
    r"(?:abonnees|leden|plus-?abonnees)\b|\bdit is een plus-?artikel\b",
    r"\b(?:je hebt|u heeft)\b.{0,40}\b(?:gratis artikelen|limiet)\b",
    r"\bom (?:dit artikel|verder) te lezen\b.{0,60}\b(?:abonnee|abonnement|log in|inloggen|registreer)",
    # Portuguese
    r"\b(?:este|o) (?:artigo|conteúdo) é exclusivo para (?:assinantes|subscritores)\b|\bconteúdo exclusivo para "
    r"(?:assinantes|subscritores)\b",
    r"\b(?:você )?atingiu o limite\b.{0,60}\b(?:artigos|matérias|notícias)\b",
    r"\bpara continuar (?:a ler|lendo)\b.{0,60}\b(?:assine|assinante|subscreva|inicie sessão|faça login)",
    # Swedish
    r"\b(?:den här|denna) (?:artikel|text)(?:n|en)? är (?:endast |bara )?för (?:prenumeranter|plusmedlemmar|"
    r"medlemmar)\b|^\W*(?:endast|bara) för prenumeranter\W*$",
    r"\bläs vidare\b.{0,10}\bbli prenumerant\b|\bdu har (?:läst|nått)\b.{0,60}\b(?:gratisartiklar|fria artiklar|"
    r"gränsen)\b",
    # Danish
    r"\bdenne artikel er (?:forbeholdt|kun for) (?:abonnenter|medlemmer)\b|^\W*kun for abonnenter\W*$",
    r"\bdu har (?:læst|brugt)\b.{0,60}\bgratis artikler\b",
    # Polish
    r"\b(?:ten )?(?:artykuł|tekst|materiał) (?:jest )?dostępny (?:tylko|wyłącznie) dla (?:subskrybentów|"
    r"prenumeratorów|abonentów)\b|\btreść (?:dostępna )?(?:tylko|wyłącznie) dla (?:subskrybentów|prenumeratorów)\b",
    r"\bwykorzysta(?:łeś|łaś|no)\b.{0,60}\b(?:limit|darmowych artykułów)\b",
    # Czech
    r"\b(?:tento )?(?:článek|obsah) je (?:dostupný )?(?:pouze|jen) pro (?:předplatitele|předplatitelé)\b",
    r"\bvyčerpal(?:i jste|a jste|\s)?.{0,60}\b(?:limit|článků zdarma)\b",
)

# A bot or access check: access denied, too many requests, an ad-blocker wall, JavaScript to enable,
# a human check, a geo block, an unsupported browser.
ACCESS = (
    r"\b(?:zugriff verweigert|accès refusé|acceso denegado|accesso negato|toegang geweigerd|acesso negado|åtkomst "
    r"nekad|adgang nægtet|dostęp zabroniony|odmowa dostępu|přístup odepřen)\b",
    r"\b(?:zu viele anfragen|trop de (?:requêtes|demandes)|demasiadas (?:solicitudes|peticiones)|troppe richieste|te "
    r"veel verzoeken|demasiados pedidos|muitas solicitações|för många (?:förfrågningar|anrop)|for mange "
    r"(?:forespørgsler|anmodninger)|zbyt wiele (?:żądań|zapytań)|příliš mnoho požadavků)\b",
    # an ad-blocker wall, in the reader's person
    r"\b(?:sie (?:verwenden|nutzen)|du (?:verwendest|nutzt)) (?:einen )?(?:ad-?blocker|werbeblocker)\b|"
    r"\b(?:vous utilisez|nous avons détecté) un bloqueur de publicités?\b|\b(?:estás usando|usas|utilizas|hemos "
    r"detectado) un bloqueador de (?:anuncios|publicidad)\b|\b(?:stai usando|usi|utilizzi|abbiamo rilevato) (?:un "
    r")?(?:ad-?block(?:er)?|blocco (?:degli )?annunci)\b|\b(?:je gebruikt|u gebruikt) een (?:ad-?blocker|"
    r"advertentieblokker)\b|\b(?:está a usar|está usando|você usa|detetámos|detectamos) um bloqueador de "
    r"(?:anúncios|publicidade)\b|\b(?:du använder|vi har upptäckt) en annonsblockerare\b|\b(?:du bruger|vi har "
    r"registreret) en (?:adblocker|annonceblokker)\b|\b(?:używasz|korzystasz z) (?:adblocka|adblock|blokera "
    r"reklam)\b|\bwykryliśmy,? że używasz\b|\b(?:používáte|detekovali jsme) (?:blokátor reklam|adblock)\b",
    # ... or as an order to turn it off (English: 'disable your ad blocker')
    r"\b(?:deaktivieren sie (?:bitte )?(?:ihren )?(?:ad-?blocker|werbeblocker)|(?:ad-?blocker|werbeblocker) "
    r"(?:deaktivieren|ausschalten))\b|\bdésactive[zr]? (?:votre |ton )?bloqueur\b|"
    r"\bdesactiva (?:tu |el )?bloqueador\b|"
    rf"\bdisattiva(?:re)? (?:il |l{_A})?(?:ad-?block\w*|blocco (?:degli |della )?(?:annunci|pubblicità))|"
    r"\bschakel (?:je|uw) (?:ad-?blocker|advertentieblokker) uit\b|\bdesative (?:o )?(?:seu )?bloqueador\b|"
    r"\bstäng av (?:din )?annonsblockerare\b|\bslå (?:din )?(?:adblocker|annonceblokker) fra\b|"
    r"\bwyłącz (?:adblocka|adblock|blokowanie reklam)\b|\bvypněte (?:si )?(?:blokátor reklam|adblock)\b",
    # JavaScript (and cookies) to enable, as an order to the reader
    r"\b(?:bitte )?(?:aktivieren|erlauben) sie (?:bitte )?javascript\b|\bactive[zr] (?:le )?javascript\b|"
    r"\b(?:activa|habilita) (?:el )?javascript\b|\b(?:attiva|abilita)(?:re)? (?:il )?javascript\b|\bschakel "
    r"javascript in\b|\b(?:ative|habilite) o javascript\b|\baktivera javascript\b|\b(?:slå javascript til|"
    r"aktivér javascript)\b|\bwłącz (?:obsługę )?javascript\b|\b(?:povolte|zapněte) (?:cookies a )?javascript\b",
    # a human check
    rf"\b(?:sind sie ein mensch|dass sie kein roboter sind|vous n{_A}êtes pas un robot|que vous êtes (?:un humain|"
    r"humain)|no eres un robot|non sei un robot|of (?:u|je) een mens bent|bent u een robot|não é um robô|att du "
    r"inte är en robot|at du ikke er en robot|nie jesteś robotem|nejste robot)\b",
    # a geo block: 'not available in your country'
    r"\b(?:in ihrem land nicht verfügbar|n[’']est pas disponible dans votre (?:pays|région)|no (?:está|es) disponible "
    r"en tu (?:país|región)|non (?:è )?disponibile nel tuo paese|niet beschikbaar in (?:uw|jouw|je) (?:land|regio)|não "
    r"está disponível no seu país|inte tillgängligt? i ditt land|ikke tilgængeligt? i dit land|niedostępn[ay] w "
    r"twoim kraju|není dostupn[ýáé] ve vaší zemi)\b",
    r"\b(?:ihr browser wird nicht (?:mehr )?unterstützt|votre navigateur n[’']est plus pris en charge|din webbläsare "
    r"stöds inte|din browser understøttes ikke)\b",
    r"\b(?:usædvanlig trafik fra dit netværk|ungewöhnlichen datenverkehr|trafic inhabituel)\b",
)

# An error page: the page does not exist (beyond junk.py's 'page not found' lines), a server error, the
# site down for maintenance now.
ERROR = (
    r"\b(?:seite|artikel)\b.{0,40}\b(?:nicht mehr verfügbar|existiert nicht mehr)\b|\binterner serverfehler\b|"
    r"\bein (?:unerwarteter )?fehler ist aufgetreten\b|\b(?:unsere )?(?:website|seite) ist (?:wegen|aufgrund von) "
    r"wartungsarbeiten (?:vorübergehend )?nicht erreichbar\b|\bwir führen (?:gerade )?wartungsarbeiten durch\b",
    rf"\berreur interne du serveur\b|\bune erreur (?:interne |inattendue )?(?:est survenue|s{_A}est produite)\b|"
    rf"\b(?:le )?site (?:est )?(?:actuellement )?en maintenance\b|\bcette page n{_A}existe (?:pas|plus)\b|\bservice "
    r"(?:temporairement )?indisponible\b",
    r"\berror interno del servidor\b|\bse ha producido un error\b|\b(?:sitio|web) en mantenimiento\b|\bestamos en "
    r"mantenimiento\b|\bservicio (?:temporalmente )?no disponible\b",
    r"\bsito in manutenzione\b|\bsiamo in manutenzione\b|\berrore interno del server\b|\bsi è verificato un "
    r"errore\b|\bservizio (?:temporaneamente )?non disponibile\b",
    r"\b(?:site|website) (?:is )?(?:tijdelijk )?(?:in|wegens) onderhoud\b|\bwe zijn (?:even )?(?:in|bezig met) "
    r"onderhoud\b|\ber is een (?:onverwachte )?fout opgetreden\b|\binterne serverfout\b",
    r"\bserviço (?:temporariamente )?indisponível\b|\berro interno (?:do|no) servidor\b|\bocorreu um erro\b|"
    r"\b(?:site|página) em manutenção\b|\bestamos em manutenção\b",
    r"\bsidan\b.{0,40}\b(?:kunde inte hittas|finns inte(?: längre)?|har flyttats)\b|\bett (?:oväntat )?fel har "
    r"uppstått\b|\binternt serverfel\b",
    r"\bsiden\b.{0,40}\b(?:blev ikke fundet|findes ikke(?: længere)?|kunne ikke findes)\b|\bder opstod en "
    r"(?:uventet )?fejl\b|\b(?:intern )?serverfejl\b",
    r"\bstrona\b.{0,40}\b(?:nie istnieje|nie została znaleziona)\b|\bwystąpił (?:nieoczekiwany )?błąd\b|"
    r"\b(?:wewnętrzny )?błąd serwera\b|\bprzerwa techniczna\b",
    r"\bstránka\b.{0,40}\b(?:neexistuje|nebyla nalezena)\b|\bdošlo k (?:neočekávané )?chybě\b|\b(?:interní )?chyba "
    r"serveru\b|\bprobíhá (?:plánovaná )?údržba\b",
    r"^\W*(?:błąd|chyba|fejl|fel) 404\W*$",
)

# A cookie or consent wall, in the site's voice: 'we use cookies', 'we value your privacy', its settings,
# consent or pay.
CONSENT = (
    r"\bwir (?:und unsere partner )?(?:verwenden|nutzen|setzen) cookies\b|\bpur-?abo\b|\b(?:datenschutz|cookie)-"
    r"?einstellungen\b|\b(?:wir respektieren ihre privatsphäre|ihre privatsphäre ist uns wichtig)\b",
    r"\b(?:nous|et nos partenaires) (?:utilisons|déposons) des cookies\b|\bet ses partenaires respectent votre vie "
    rf"privée\b|\brespectons votre vie privée\b|\bgérer (?:mes|vos) (?:choix|préférences|cookies)\b|\bparamètres "
    rf"(?:des cookies|de confidentialité)\b|\baccepter (?:les cookies )?ou s{_A}abonner\b",
    r"\b(?:utilizamos|usamos) cookies\b|\bconfiguración de (?:privacidad|cookies)\b|\b(?:tu privacidad es "
    r"importante|valoramos tu privacidad)\b|\bgestionar (?:las )?(?:preferencias|cookies)\b",
    r"\b(?:utilizziamo|usiamo) (?:i )?cookie\b|\bgestisci (?:le )?preferenze\b|\b(?:la tua privacy è importante|"
    r"rispettiamo la tua privacy)\b|\bpreferenze (?:sui|dei) cookie\b",
    r"\bwij (?:en onze partners )?gebruiken cookies\b|\bwe gebruiken cookies\b|\bwij waarderen (?:uw|je) privacy\b|"
    r"\b(?:cookie|privacy)-?instellingen\b",
    r"\b(?:utilizamos|usamos) cookies\b|\bvalorizamos a sua privacidade\b|\b(?:definições|configurações) de "
    r"(?:privacidade|cookies)\b|\bgerir cookies\b",
    r"\bvi (?:använder|använder oss av) cookies\b|\bbryr oss om din integritet\b|\b(?:cookie|integritets)-?"
    r"inställningar\b",
    r"\bvi (?:bruger|anvender) cookies\b|\b(?:privatlivs|cookie)-?indstillinger\b|\bvi passer på dit privatliv\b",
    r"\b(?:używamy|wykorzystujemy) (?:plików )?cookies?\b|\bustawienia (?:prywatności|cookies|plików cookie)\b|"
    r"\bzanim przejdziesz do serwisu\b|\bcenimy (?:twoją )?prywatność\b",
    r"\b(?:používáme|využíváme) (?:soubory )?cookies?\b|\bnastavení (?:soukromí|cookies)\b|\bsouhlas s "
    r"(?:personalizovanou reklamou|cookies|používáním)\b",
)

# Every PAYWALL notice holds one of these (lowercased): junk.py skips a line without any before running the
# patterns (a test checks every line of the test corpora that the patterns match holds one).
PAYWALL_KEYS = (
    *("abonn", "abbonat", "abonad", "abonent", "assinant", "subscritor", "subscreva", "suscr", "socios", "hazte"),
    *("sesión", "sessão", "regístr", "registrat", "registreer", "prenumer", "subskryb", "předplat", "mitglied"),
    *("medlem", "leden", "plus", "weiter", "zu lesen", "kontingent", "sie haben", "límite", "limiet", "réserv"),
    *("gratuit", "offert", "gratis", "fria artik", "gränsen", "connectez", "identifiez", "accedi", "inlog"),
    *("log in", "login", "alcanzado", "llegado", "agotado", "raggiunto", "atingiu", "wykorzysta", "vyčerpal"),
)

# Every notice of ACCESS, ERROR and CONSENT holds one of its kind's keys (lowercased): junk.py runs those
# patterns only on a line that holds one (tests/test_junk_languages.py checks the test corpora's lines).
ACCESS_KEYS = (
    *("zugriff", "accès", "acceso", "accesso", "toegang", "acesso", "åtkomst", "adgang", "dostęp", "odmowa"),
    *("přístup", "anfragen", "requêtes", "demandes", "solicitudes", "peticiones", "richieste", "verzoeken"),
    *("pedidos", "solicitaç", "förfrågningar", "anrop", "forespørgsler", "anmodninger", "żądań", "zapytań"),
    *("požadavk", "block", "bloqu", "blocc", "blokk", "blokera", "blokow", "blokát", "wykryli", "javascript"),
    *("mensch", "robot", "robô", "humain", "mens bent", "verfügbar", "disponib", "beschikbaar", "disponível"),
    *("tillgänglig", "tilgængelig", "dostępn", "dostupn", "browser", "navigateur", "webbläsare", "trafik"),
    *("datenverkehr", "trafic"),
)
ERROR_KEYS = (
    *("verfügbar", "existiert", "fehler", "wartungsarbeiten", "erreur", "maintenance", "existe pas"),
    *("existe plus", "indisponible", "erro", "mantenimiento", "manutenzione", "disponib", "onderhoud"),
    *("opgetreden", "serverfout", "indisponível", "manutenção", "sidan", "uppstått", "serverfel", "fel 404"),
    *("siden", "fejl", "strona", "błąd", "przerwa", "stránka", "chyb", "údržba"),
)
CONSENT_KEYS = (
    *("cookie", "pur-abo", "purabo", "einstellungen", "privatsphäre", "vie privée", "préférences", "choix"),
    *("paramètres", "abonner", "privacidad", "preferencias", "privacy", "preferenze", "privacidade"),
    *("definições", "configurações", "integritet", "inställningar", "privatliv", "indstillinger", "prywatnoś"),
    *("ustawienia", "zanim przejdziesz", "soukromí", "souhlas"),
)

# --- listing pages ---------------------------------------------------------------------------------

# A date in those languages' own form: '4. März 2024', '4 mars 2024', '4 de marzo de 2024', '4 maart 2024',
# '4. marts 2024', '4 marca 2024' (the genitive of Polish and Czech months), or '04.03.2024'.
_MONTHS = (
    "januar|jänner|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|"
    "janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|"
    "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|"
    "gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|"
    "januari|februari|maart|mei|augustus|"
    "janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro|"
    "maj|augusti|marts|"
    "stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia|"
    "ledna|února|března|dubna|května|června|července|srpna|září|října|listopadu|prosince"
)
DATE = rf"\b\d{{1,2}}\.? (?:de )?(?:{_MONTHS})(?: de)?,? \d{{4}}\b|\b\d{{1,2}}\.\s?\d{{1,2}}\.\s?\d{{4}}\b"

# A link to the rest of an entry: 'Weiterlesen', 'Lire la suite', 'Leer más', 'Leggi tutto', 'Lees verder'.
READ_MORE = (
    r"weiterlesen|mehr lesen|lire la suite|lire plus|en savoir plus|leer más|seguir leyendo|leggi (?:tutto|di più|"
    r"l[’']articolo)|continua a leggere|lees (?:verder|meer)|ler mais|continuar a ler|läs (?:mer|hela)|"
    r"læs (?:mere|hele)|czytaj (?:więcej|dalej)|číst (?:více|dál|celý)"
)

# A listing's title: an author's articles, a tag, search results, the most read, an archive.
LISTING_TITLE = (
    r"^(?:alle )?(?:artikel|beiträge) (?:von|zum thema)\b|^(?:schlagwort|thema|suchergebnisse|archiv)\b|"
    r"^(?:meistgelesen|am meisten gelesen|neueste artikel)|"
    r"^(?:tous les )?articles (?:de|d[’']|sur)\b|^(?:mot-clé|thème|résultats de (?:la )?recherche|archives)\b|"
    r"^(?:les plus lus|à la une|dernières (?:nouvelles|actualités))|"
    r"^(?:artículos|noticias) (?:de|sobre)\b|^(?:etiqueta|tema|resultados de (?:la )?búsqueda|archivo)\b|"
    r"^(?:lo más leído|más leíd[ao]s|últimas noticias)|"
    r"^(?:tutti gli )?articoli (?:di|su)\b|^(?:argomento|risultati (?:della )?ricerca|archivio)\b|"
    r"^(?:i più letti|(?:le )?più lette|ultime notizie)|"
    r"^(?:alle )?artikelen (?:van|over)\b|^(?:onderwerp|zoekresultaten|archief)\b|^(?:meest gelezen|laatste nieuws)|"
    r"^(?:artigos|notícias) (?:de|sobre)\b|^(?:tema|resultados da pesquisa|arquivo)\b|"
    r"^(?:mais lid[ao]s|últimas notícias)|"
    r"^artiklar (?:av|om)\b|^(?:ämne|sökresultat|arkiv)\b|^(?:mest lästa|senaste nytt)|"
    r"^artikler (?:af|om)\b|^(?:emne|søgeresultater|arkiv)\b|^(?:mest læste|seneste nyt)|"
    r"^(?:artykuły|teksty) (?:autora|o)\b|^(?:temat|wyniki wyszukiwania|archiwum)\b|^(?:najczęściej czytane|najnowsze)|"
    r"^články (?:autora|o)\b|^(?:téma|štítek|výsledky hledání|archiv)\b|^(?:nejčtenější|nejnovější)"
)
