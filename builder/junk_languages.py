"""Strong notices of junk pages in the languages of EU news sites, for builder/junk.py's rules.

German, French, Spanish, Italian, Dutch, Portuguese, Swedish, Danish, Polish and Czech: what their
sites' paywalls, bot and access walls, error pages and consent walls say of themselves. The English
rules of junk.py decide when a notice speaks to the reader ('you', 'this article'); these phrases say it
in their own words, so each one names *this* page, article or site, the reader ('Sie', 'vous', 'tu',
'u', 'du', …) or the site itself ('wir', 'nous', …), and a news story about another site's paywall,
outage or cookie fine, which reports it in the third person ('die Zeitung hat eine Paywall
eingeführt'), does not match. They are matched case-insensitively against a notice line (junk.py's
`_notice_text`) and count as strong notices of their kind, like the English ones. Three groups, from
what a break-it run found: phrases that are notices wherever they stand (`PAYWALL`, `ACCESS`, `ERROR`,
`CONSENT`); phrases that are everyday words too ('Accesso negato' is also a legal term, 'Serverfejl' a
headline's word, 'Privacy-instellingen' a menu an advice column names), notices only as a line of their
own (the `*_LINE` groups, anchored); and sentences that are notices only when short, at most 12 words
('Ein Fehler ist aufgetreten.'; a correction says 'se ha producido un error en la cifra …' in a long one:
the `*_SHORT` groups).

Written from the usual wording of such pages and checked against the labelled pages of
tests/corpus-words (written by helpers who never saw these phrases); docs/rejects.md has the figures.
"""

from __future__ import annotations

_A = "[’']"  # apostrophe, straight or curly

# A subscriber-only teaser's notice, in the reader's person or naming this article: 'Dieser Artikel ist nur
# für Abonnenten', 'Cet article est réservé aux abonnés', the reader's free-article limit, 'to keep reading,
# subscribe' as an order.
# For `PAYWALL`'s lines that name this article and its readers: the article in the languages above, its subscribers,
# 'only' and 'in the app'.
_THIS_ARTICLE = (
    r"(?:cet article|ce contenu|la suite de cet article|la lecture de cet article|dieser artikel|diesen artikel|dieser "
    r"beitrag|diesen beitrag|dieser text|diesen text|este artículo|este contenido|esta noticia|questo articolo|questo "
    r"contenuto|dit artikel|dit verhaal|dit stuk|deze tekst|este artigo|este conteúdo|esta notícia|esta reportagem|den "
    r"här (?:artikeln|texten)|denna (?:artikel|text)|denne artikel|denne tekst|denne artikkelen|denne saken|ten "
    r"artykuł|ten tekst|tento článek|tento text)"
)
_SUBSCRIBERS = (
    r"(?:abonnés|abonnées|abonnenten|abonnentinnen|suscriptores|abonados|abbonati|abonnees|assinantes|subscritores|"
    r"prenumeranter|abonnenter|abonnentene|abonnentar|subskrybentów|subskrybentom|prenumeratorów|předplatitel\w*)"
)
_ONLY = (  # (or exclusively: 'Dit artikel is exclusief te lezen in de app van …', u72-08)
    r"(?:alleen|enkel|nur|seulement|uniquement|solo|sólo|só|apenas|bara|endast|kun|bare|tylko|pouze|jen|exclusief|"
    r"exklusiv|ausschließlich|exclusivement|exclusivamente|esclusivamente|exklusivt|eksklusivt|wyłącznie|výhradně)"
)
# Reserved to subscribers: 'only', 'reserved', 'exclusive' in those languages.
# Reserved to subscribers: a word that reserves, or 'only' with the preposition of whom it is for ('nur für', 'solo
# para', 'bara för'; not 'Esta noticia solo afecta a los abonados', 'Denne saken gjelder kun abonnenter': a review).
_RESERVED = (
    r"(?:exclusief|ausschließlich|exklusiv|réservée?|exclusivement|exclusivo|exclusiva|exclusivamente|riservat[oa]|"
    r"esclusiv[oa]|förbehållen|forbeholdt|wyłącznie|výhradně|(?:alleen|enkel|nur|seulement|uniquement|solo|sólo|só|"
    r"apenas|bara|endast|kun|bare|tylko|pouze|jen) (?:voor|für|pour|para|per|för|for|dla|pro)(?: (?:les|los|las|gli|"
    r"le|os|as|de|die|unsere|nos|nuestros|i|våra|vores|våre|naszych|naše))?)"
)
# An article opened to all or updated, corrected, first published elsewhere: no teaser's notice (break47).
_OPENED = (
    r"låst upp|låst opp|låst op|freigeschaltet|frei zugänglich|kostenlos|gratuit\w*|gratis|en accès libre|offert à "
    r"tous|accesso libero|sbloccat\w*|vrij toegankelijk|acceso libre|en abierto|acesso livre|öppen|öppet|åben|åpen|"
    r"bezpłatn\w*|dostępn\w* dla wszystkich|dostupn\w* všem|zdarma|odblokowa\w*|odemkl\w*|erschien\w*|veröffentlicht|"
    r"publié\w*|paru|publicad[oa]|pubblicat[oa]|verschenen|publicera\w*|publicere\w*|publiser\w*|opublikowan\w*|"
    r"publikován\w*|vyšel|aktualisiert|bijgewerkt|modifié\w*|corrigé\w*|actualizad[oa]|aggiornat[oa]|atualizad[oa]|"
    r"uppdater\w*|opdater\w*|oppdater\w*|zaktualizowan\w*|aktualizován\w*|torna libero|torna gratuito|vuelve a ser "
    r"libre|redevient libre|wieder frei|weer vrij"
)
# A note that an article kept for subscribers was opened to all, in any of the other languages: 'but we chose to
# open it' or 'for all' readers ('Denne artikel er kun for abonnenter, men vi har valgt at gøre den tilgængelig for
# alle': a hostile test, twelve languages). 'For all' ends the sentence or names the readers: not 'acesso a todos os
# conteúdos' (u30-28), nor 'for all new subscribers'; and 'but we' chose or opened: not 'but we offer you …'.
UNLOCKED = (
    r"\b(?:men|mais|aber|pero|ma|maar|mas|ale|but)\b[^.!?]{0,60}\b(?:valgt|besluttet|åbnet|åpnet|bestemt|valt|"
    r"bestämt|öppnat|gjort|entschieden|freigegeben|geöffnet|choisi|décidé|ouvert|rend(?:re|u|ons)|decidido|abierto|"
    r"liberado|deciso|scelto|aperto|reso|besloten|gekozen|vrijgegeven|opengesteld|decidimos|optámos|optamos|resolvemos|"
    r"abrimos|disponibiliz\w*|postanowiliśmy|zdecydowaliśmy|udostępni\w*|rozhodli|zpřístupni\w*|otevřeli|gemaakt|"
    r"gemacht|hecho|fatto|feito|zrobiliśmy|udělali|decided|chosen|made|opened|unlocked)\b|"
    r"\b(?:for alle|för alla|für alle|à tous|pour tous|a todos|para todos|a tutti|per tutti|voor iedereen|"
    r"dla wszystkich|pro všechny|všem|for all|for everyone)(?: (?:nos |nuestros |i nostri |os nossos |onze |våra |"
    r"vores |våre |naszych |naše |los |les |i |os |de |our )?(?:lecteurs|lectores|lettori|leitores|lezers|Leser\w*|"
    r"läsare|læsere|lesere|czytelnik\w*|čtenář\w*|readers))?\s*(?:[.!?]|$)|"
    # all readers, anywhere: '… bjuder vi alla läsare på den', '… à l’ensemble de nos lecteurs' (break48)
    r"\b(?:alla läsare|alle lesere|alle læsere|all (?:our )?readers|allen (?:Leserinnen und Lesern|Lesern)|"
    r"l[’']ensemble de nos lecteurs|tous (?:nos|les) lecteurs|todos (?:los|nuestros) lectores|tutti i (?:nostri )?"
    r"lettori|todos os (?:nossos )?leitores|alle lezers|kan iedereen|iedereen kan|wszystkim czytelnikom|všem čtenářům|"
    r"nå kan alle)\b|"
    # usually or otherwise kept for subscribers: a note that this one is not ('Dieser Artikel ist sonst nur für
    # Abonnenten lesbar.', 'This article is usually for subscribers only.': break48); a teaser says it is. The adverb
    # stands right before what reserves the article, not before a price ('derefter normalt 249 kr.': break49)
    r"\b(?:usually|normally|ordinarily|typically|sonst|normalerweise|eigentlich|gewöhnlich|habituellement|normalement|"
    r"d[’']ordinaire|normalmente|habitualmente|solitamente|di solito|normaal|gewoonlijk|doorgaans|vanligtvis|"
    r"vanligen|normalt|egentligen|egentlig|vanligvis|sædvanligvis|zwykle|normalnie|zazwyczaj|obvykle|normálně|běžně)"
    r"(?: \w+){0,2} (?:only|for|reserved|exclusive|nur|für|ausschließlich|exklusiv|réservée?|pour|exclusivement|"
    r"uniquement|seulement|solo|sólo|para|exclusivo|exclusiva|riservat[oa]|per|esclusiv[oa]|alleen|voor|exclusief|só|"
    r"apenas|bara|för|endast|förbehållen|kun|forbeholdt|bare|tylko|dla|wyłącznie|dostępn\w*|pouze|jen|pro|"
    r"výhradně|určen\w*)\b"
)
_NOT_ONLY = (
    r"nicht nur|pas seulement|pas uniquement|non seulement|no solo|no sólo|non solo|niet alleen|não só|não apenas|inte "
    r"bara|inte endast|ikke bare|ikke kun|nie tylko|nejen"
)
# A short question before the notice in its line ('Verder lezen? Dit artikel is alleen beschikbaar in de …-app.':
# u84-08)
_ASKED = r"[^.!?]{1,25}\?\s+"
_IN_THE_APP = (
    # (or the paper's app by its name: 'in de Noorderkrant-app', u84-08)
    r"(?:in (?:de|der|unserer) (?:[\w-]+-)?app|dans (?:l[’']application|l[’']appli|notre application)|"
    r"en (?:la|nuestra) (?:app|aplicación)|nell[’']app|(?:na|no) (?:app|aplicativo|nossa app)|"
    r"i (?:appen|vår app|vores app|\w+-appen)|w aplikacji|v aplikaci)"
)


PAYWALL = (
    # German
    r"\bdieser (?:artikel|beitrag|text|inhalt) (?:ist|steht) (?:(?:nur |exklusiv |ausschließlich )(?:für|unseren) "
    r"(?:\w+[- ])?(?:abonnent\w*|mitglieder|plus-?\w*)|(?:für|unseren) (?:\w+[- ])?(?:abonnent\w*|mitglieder|plus-?\w*)"
    r"\W*$)",
    r"^\W*(?:jetzt )?(?:weiterlesen|lesen sie (?:jetzt )?weiter|weiter lesen) mit (?:\w+\s?)?(?:\+|plus\b|abo\b|dem "
    r"abo\b)|^\W*(?:nur|exklusiv) für abonnent\w*(?: und abonnent\w*)?\W*$",  # not a club's 'Nur für Mitglieder'
    r"\bsie haben\b.{0,40}\b(?:kontingent|limit|anzahl)\b.{0,40}\b(?:kostenlos\w*|frei\w*|gratis-?)\s?(?:artikel|"
    r"beiträge)",
    r"\bum (?:diesen|den) (?:ganzen |kompletten )?(?:artikel|beitrag) (?:weiter |vollständig )?zu lesen,? "
    r"(?:benötigen sie|brauchen sie|müssen sie|melden sie sich|schließen sie|werden sie|registrieren sie)\b",
    r"^\W*sie möchten weiterlesen\?(?:\W*$|.*(?:abo|plus|\+|€|testen|registrier|anmelden))",
    # French
    r"^\W*(?:cet )?article (?:est )?réservé (?:aux|à nos) abonnés\b|\bcet article est réservé (?:aux|à nos) "
    r"abonnés\b|^\W*contenu réservé aux abonnés\b|^\W*la suite (?:de cet article )?est réservée (?:aux|à nos) "
    r"abonnés\b|\bil vous reste \d+(?:[.,]\d+)?\s?% de cet article à lire\b",
    r"\bvous avez (?:atteint|consulté|lu)\b.{0,60}\barticles? (?:gratuits?|offerts?)\b",
    r"\bpour (?:lire la suite|continuer (?:à|la) lire|poursuivre (?:votre |la )?lecture)(?: de cet article| cet "
    r"article)?\W{1,3}(?:abonnez-vous|connectez-vous|identifiez-vous|inscrivez-vous|rejoignez(?!-nous demain)|devenez "
    r"(?:abonné|membre))",
    # Spanish
    r"\b(?:este|el) (?:artículo|contenido) es (?:exclusivo|solo|sólo) para (?:suscriptores|socios|abonados)\b|"
    r"^\W*(?:artículo|noticia) exclusiv[ao] para (?:suscriptores|abonados|socios)\b|"
    r"^\W*contenido exclusivo para (?:suscriptores|abonados|socios)\b",
    r"\bhas (?:alcanzado|llegado a|agotado)\b.{0,40}\b(?:artículos|noticias|contenidos) (?:gratuitos|gratuitas|gratis)"
    r"\b|\bhas (?:alcanzado|llegado a) (?:el )?límite de (?:artículos|noticias)\b",
    r"\bpara (?:seguir|continuar) leyendo(?: este artículo| esta noticia)?\W{1,3}(?:suscr[íi]bete|hazte (?:socio|"
    r"suscriptor)|inicia sesión|regístrate)|^\W*(?:regístrate|suscríbete|inicia sesión)(?: gratis| ahora| "
    r"gratuitamente)? para (?:seguir|continuar) leyendo\W*$",
    # Italian
    rf"\bquest(?:o |{_A})(?:articolo|contenuto) è riservato (?:agli|ai) (?:abbonati|utenti registrati)\b|"
    rf"^\W*(?:l{_A})?articolo (?:è )?riservato "
    r"(?:agli|ai) (?:abbonati|utenti registrati)\b|^\W*contenuto riservato (?:agli )?abbonati(?:\W*$|"
    r"\W+(?:abbonati|accedi|registrati|scegli|prova|da \d|a \d|\d))",
    r"\bhai raggiunto il (?:limite|numero massimo)\b.{0,40}\barticoli\b",
    rf"\bper (?:continuare a leggere|leggere (?:tutto )?(?:l{_A}articolo|questo articolo))(?: questo articolo| "
    rf"l{_A}articolo)?\W+(?:abbonati|accedi|registrati)\b|\bprosegui la lettura abbonandoti\b",
    # Dutch
    r"\bdit (?:artikel|verhaal) is (?:alleen |exclusief )?(?:beschikbaar |toegankelijk |te lezen )?voor "
    r"(?:betalende )?(?:abonnees|leden|plus-?abonnees)\b|^\W*dit is een (?:plus|premium)[- ]?artikel\b|"
    r"\bword abonnee en lees (?:direct |nu |meteen )?verder\b",
    r"\b(?:je hebt|u heeft)\b.{0,40}\b(?:gratis artikelen|(?:limiet|maximum) (?:aan|van) (?:gratis )?artikelen)\b",
    r"\bom (?:dit artikel|verder) te lezen,? (?:(?:heb je|heeft u) (?:een )?(?:abonnement|account|plus|toegang)|moet "
    r"je|moet u|log|word|neem|sluit)\b|"
    r"^\W*neem een abonnement om (?:dit artikel|verder) te lezen\b",
    # In any of these languages, this article (its text, its rest) reserved to its subscribers ('only', 'reserved'),
    # or read only in the app, in one sentence of a short line: 'La lecture de cet article est réservée à nos
    # abonnés.', 'Den här texten finns bara för prenumeranter i vår app.', 'Dit verhaal lees je alleen in de app van
    # …' (u65-07, u66-07, u66-08: each writer words it anew). Not an article opened to all ('nicht nur für
    # Abonnenten', '… men vi har låst upp den'), nor an update or a correction note, nor where it first appeared, nor
    # a service's customers, who are subscribers too ('Dit artikel wordt bijgewerkt' after 'getroffen abonnees'),
    # nor another sentence's app ('Das Kreuzworträtsel dazu gibt es nur in der App'): break47.
    rf"^(?!.*\b(?:{_OPENED}|{_NOT_ONLY})\b)(?:{_ASKED})?[^.!?]{{0,60}}\b{_THIS_ARTICLE}\b[^.!?]{{0,60}}\b{_RESERVED}\b[^.!?]{{0,40}}"
    rf"\b{_SUBSCRIBERS}\b[^.!?]{{0,60}}(?:[.!?]|$)",
    rf"^(?!.*\b(?:{_OPENED}|{_NOT_ONLY})\b)(?:{_ASKED})?[^.!?]{{0,60}}\b{_THIS_ARTICLE}\b[^.!?]{{0,60}}\b{_ONLY}\b[^.!?]{{0,40}}"
    rf"\b{_IN_THE_APP}",
    # the full article read only in the app, opening its line, in the present ('L'articolo completo è disponibile solo
    # nell'app de …': u78-07; not a story's 'Per questi pezzi l'articolo completo sarà disponibile solo nell'app',
    # 'Het volledige artikel is dan alleen in de app van de krant te lezen': break50)
    # (not a note that it opens to all later: '… solo nell’app per le prime ventiquattro ore; dopo, torna libero':
    # break51)
    rf"^(?!.*\b(?:{_OPENED})\b)\W*(?:l[’']articolo completo|il resto dell[’']articolo) è (?:disponibile |leggibile )?"
    r"(?:solo|soltanto|"
    r"esclusivamente) (?:nell[’']app|sull[’']app|nella nostra app)\b|"
    r"^\W*(?:het volledige artikel|het hele artikel|de rest van (?:dit|het) artikel) (?:is |lees je |leest u )"
    r"(?:alleen|enkel|exclusief) (?:te lezen )?in (?:de|onze) app\b|"
    r"^\W*(?:el artículo completo|la noticia completa|el resto de (?:la noticia|este artículo)) (?:solo |sólo )?"
    r"(?:está disponible|se puede leer|puedes leerlo|puedes leerla) (?:solo |sólo |únicamente )?en (?:la|nuestra) "
    r"(?:app|aplicación)\b|"
    r"^\W*(?:den vollständigen|den ganzen|den kompletten) (?:artikel|beitrag|text) (?:gibt es|lesen sie|liest du) "
    r"(?:nur|ausschließlich|exklusiv) in (?:der|unserer) app\b|^\W*der (?:vollständige|ganze|komplette) "
    r"(?:artikel|beitrag|text) (?:ist )?(?:nur|ausschließlich|exklusiv) in (?:der|unserer) app\b|"
    r"^\W*(?:o artigo completo|a notícia completa|a reportagem completa) (?:está disponível |pode ser lid[oa] )?"
    r"(?:só|apenas|somente) (?:na|no) (?:app|aplicativo|aplicação|nossa app)\b|"
    r"^\W*(?:l[’']article complet|la suite de l[’']article) (?:est )?(?:disponible |à lire )?(?:uniquement|"
    r"seulement|exclusivement) (?:dans|sur) (?:l[’']application|notre application|l[’']appli)\b|"
    r"^\W*(?:lee|lea|leggi|leia|lies|lisez) (?:la noticia completa|el artículo completo|l[’']articolo completo|"
    r"a notícia completa|o artigo completo|den ganzen artikel|l[’']article complet) (?:solo |sólo |únicamente |"
    r"soltanto |só |apenas |nur |uniquement )?(?:en|nell[’']|na|no|in der|dans l[’']) ?(?:la |nuestra |nostra |"
    r"unserer )?(?:app|aplicación|applicazione|aplicativo|application)\b|"
    r"^\W*(?:den fullständiga artikeln|hela artikeln|den fulde artikel|hele artiklen|hele saken) (?:läser du|læser "
    r"du|leser du) (?:bara |endast |kun |bare )?i (?:vår|vores|appen|\w+-appen)\b|"
    r"^\W*(?:pełny|cały) artykuł przeczytasz (?:tylko|wyłącznie) w aplikacji\b|"
    r"^\W*(?:hela artikeln|hele artiklen|hele artikkelen|hele saken) (?:finns|kan (?:du )?läsas|kan (?:du )?læses|"
    r"kan (?:du )?leses|kan du lese|kan du læse|läser du|læser du|leser du) (?:bara|endast|kun|bare) i (?:appen|vår "
    r"app|vores app|appen vår)\b|"
    r"^\W*(?:cały artykuł|celý článek) (?:jest dostępny |przeczytasz |je dostupný |si přečtete )?(?:tylko|"
    r"wyłącznie|pouze|jen) (?:w aplikacji|v aplikaci)\b",
    # Swedish, Norwegian, Danish: the article, or its rest, is read only in the app or as a subscriber ('… går bara
    # att läsa i vår app', 'Resten av denne saken leser du bare i …-appen': u63-08, u64-08; not 'Den här artikeln
    # ingår i Plus', which an unlocked article says too: b37-14, b38-04)
    r"\b(?:saken|artikkelen|artikeln|artiklen|texten|teksten)\b[^.!?]{0,40}\bkan (?:bare|kun|bara|endast) (?:leses|"
    r"læses|läsas) av (?:våre|vores|våra) (?:abonnenter|prenumeranter)\b|"  # ('Saken er en del av VP+ og …': u73-08)
    r"\b(?:artikeln|texten)\b[^.!?]{0,40}\b(?:går|kan) (?:bara|endast) (?:att )?läsas? i (?:vår app|appen|[\w-]+-appen)"
    r"\b|\bresten av (?:denne )?(?:saken|artikkelen) (?:leser du|kan du lese) (?:bare|kun)\b|\bresten af (?:denne )?"
    r"(?:artikel|artiklen) (?:kan du|læser du) (?:kun|bare)\b|\bresten av (?:artikeln|texten) (?:kan du )?(?:bara|"
    r"endast) läsa\b",
    # Portuguese
    r"\bpara continuar a ler(?: este artigo)?\W{1,3}(?:crie|faça|assine|inicie|entre|registe|cadastre)\b|"
    r"\b(?:este|o) (?:artigo|conteúdo) é exclusivo para (?:assinantes|subscritores)\b|^\W*conteúdo exclusivo para "
    r"(?:assinantes|subscritores)\b",
    r"\bvocê atingiu o limite de (?:\d+ )?(?:artigos|reportagens|matérias|notícias|conteúdos|textos)\b|"
    r"\batingiu o limite de (?:artigos|matérias|notícias|conteúdos) (?:gratuitos|gratuitas|"
    r"grátis)\b",
    r"\bpara continuar (?:a ler|lendo)\b.{0,40}\b(?:assine|subscreva|inicie sessão|faça login|torne-se assinante)",
    # Swedish
    r"\b(?:den här|denna) (?:artikel|text)(?:n|en)? är (?:endast |bara )?för (?:prenumeranter|plusmedlemmar|"
    r"medlemmar)\b|^\W*(?:endast|bara) för prenumeranter\W*$",
    # (the login between: 'Läs vidare – logga in eller bli prenumerant', u94-08; an article for the subscribers
    # reached: 'Du har nått en artikel för våra prenumeranter.')
    r"^\W*läs vidare\b.{0,10}(?:\blogga in eller )?\bbli prenumerant\b|^\W*du har nått en artikel för (?:våra )?"
    r"prenumeranter\b|\bbli prenumerant för att läsa vidare\b|\bdu har (?:läst|nått)\b"
    r".{0,40}\b(?:gratisartiklar|fria artiklar|gränsen för (?:gratis|fria) artiklar)\b|\bför att läsa (?:vidare|hela "
    r"artikeln) (?:behöver|måste) du (?:vara|bli) prenumerant\b|^\W*den här artikeln är låst\b|"
    # the rest locked ('Resten av texten är låst för prenumeranter.', 'Resten av artikeln är låst': u79-07, u80-08)
    # (alone or for the subscribers: not 'Resten av texten är låst i bibliotekets klimatvalv', 'Resten av saken er
    # låst til fylkestinget har behandlet …': break51)
    r"^\W*resten (?:av|af) (?:texten|artikeln|artiklen|teksten|artikkelen|saken) (?:är|er) låst(?: (?:för|for) "
    r"(?:prenumeranter|abonnenter|dig|deg)\b[^.!?]{0,60})?\W*$|"
    # locked for whoever is no subscriber, opening its line ('Artikeln är låst för dig som inte är prenumerant.':
    # u78-08; 'Artiklen er låst for ikke-abonnenter'; not a story's '… beskedet att artikeln är låst …': break50)
    # (after a short sentence of the notice's own, 'Du læser en Plus-artikel. Artiklen er låst …'; 'Denne saken …')
    r"^\W*(?:[^.!?]{1,40}[.!?]\s+)?(?:denne |dette )?(?:artikeln|texten|innehållet|artiklen|teksten|indholdet|"
    r"artikkelen|saken|innholdet|artikel|sak) (?:är|er) låst (?:(?:för|for) (?:dig|deg)\w*,? (?:som|der) (?:inte|ikke) "
    r"(?:är|er) (?:prenumerant|abonnent)|(?:för|for) icke-prenumeranter|for ikke-abonnenter)|"
    # ('Den här artikeln ingår i Plus.': u53-07; not '…, men vi har låst upp den', '…. Vi har låst upp den så att
    # alla kan läsa': break37, break38; not 'Prenumerera för att läsa vidare.' alone, a poem's last line: break38)
    r"^\W*(?:den här|denna) (?:artikeln?|texten) ingår i (?:\w+ )?(?:plus|premium)(?:\W*$|\. (?!.*\b(?:låst upp|"
    r"upplåst|öppnat|gratis för alla)\b))|"
    # locked, and where the whole text is ('Artikeln är låst. Hela texten finns i vår app för dig som har Plus.':
    # u114-08)
    r"^\W*(?:artikeln|texten|artiklen|teksten|artikkelen|saken) (?:är|er) låst\.\s+(?:hela|hele) (?:texten|artikeln|"
    r"teksten|artiklen|artikkelen|saken) (?:finns|findes|finnes) (?:i|på) (?:vår|vores) (?:app|sajt|side)\w*\b",
    # 'read the whole article with X+', opening its line: a teaser's order in each language
    r"^\W*(?:jetzt )?den (?:ganzen|vollständigen|kompletten) (?:artikel|beitrag|text) mit \S+ lesen\W*$|"
    r"^\W*den (?:ganzen|vollständigen|kompletten) (?:artikel|beitrag|text) lesen sie mit\b|^\W*celý článek si můžete "
    r"přečíst s\b|^\W*wil je verder lezen\?\W*(?:neem|word|sluit)\b|"
    # ('Vill du läsa vidare? Den här artikeln ingår i vårt abonnemang.': u87-07)
    r"^\W*vill du (?:läsa vidare|fortsätta läsa|läsa hela artikeln)\?\W*(?:(?:den här|denna) (?:artikeln?|texten) "
    r"ingår|bli prenumerant|prenumerera|teckna|logga in)\b|"
    # (in Danish and Norwegian: 'Vil du læse videre? Denne artikel er en del af vores abonnement.', break52)
    r"^\W*vil du (?:læse|lese) (?:videre|hele (?:artiklen|artikkelen|saken))\?\W*(?:(?:denne (?:artikel|artikkelen|"
    r"saken|sak)|den) (?:er en del af|inngår i|er en del av)|bliv abonnent|bli abonnent|log ind|logg inn)\b|"
    r"^\W*přečtěte si (?:celý článek|zbytek článku) s\b|^\W*sigue leyendo con (?:tu|una) (?:suscripción|cuenta)\b|"
    r"^\W*(?:(?:lesen sie|lies) (?:den ganzen|den vollständigen|den kompletten|den gesamten) (?:artikel|beitrag|text) "
    r"mit|(?:celý článek|zbytek článku) si přečtete (?:s|v)|(?:cały artykuł|resztę artykułu) przeczytasz (?:w ramach|"
    r"z|po)|læs (?:resten|hele artiklen) med|läs (?:hela artikeln|resten) med|lees (?:het hele artikel|de rest|verder) "
    r"met|(?:lisez|lire) (?:la suite|l[’']article en entier) avec|lee (?:el artículo completo|la noticia completa|el "
    r"resto) con|leggi (?:l[’']articolo completo|tutto l[’']articolo|il resto) con|(?:leia|continue a ler|continue "
    r"lendo) (?:a matéria completa |o artigo completo |o resto )?com)\b",
    # Danish
    r"\b(?:denne artikel|artiklen) er (?:forbeholdt|kun for) (?:abonnenter|medlemmer)\b|^\W*kun for abonnenter\W*$",
    # Norwegian: 'Denne artikkelen er forbeholdt abonnenter' (u55; not 'saken', a case or a matter too: break41)
    r"\b(?:denne artikkelen|artikkelen) er (?:forbeholdt|kun for) (?:abonnenter|medlemmer)\b",
    r"\bdu har (?:læst|brugt)\b.{0,40}\bgratis artikler\b|^\W*log ind for at læse (?:hele |resten af )?artiklen\b|"
    r"\bbliv abonnent for at læse (?:videre|hele artiklen)\b",
    # Polish
    r"\bten (?:artykuł|tekst|materiał) (?:jest )?dostępny (?:tylko|wyłącznie) dla (?:subskrybentów|prenumeratorów|"
    r"abonentów)\b|^\W*treść (?:dostępna )?(?:tylko|wyłącznie) dla (?:subskrybentów|prenumeratorów)\b",
    # the rest of the article: 'Dalsza część artykułu dostępna dla subskrybentów'
    r"\b(?:dalsza|pozostała) część (?:tego )?(?:artykułu|tekstu) (?:jest )?dostępna (?:tylko |wyłącznie )?dla "
    r"(?:subskrybentów|prenumeratorów|abonentów)\b",
    r"\bwykorzysta(?:łeś|łaś)\b.{0,40}\b(?:limit (?:darmowych |bezpłatnych )?(?:artykułów|tekstów)|darmow\w* "
    r"artykuł\w*|bezpłatn\w* artykuł\w*)",
    # Czech
    r"\b(?:tento )?(?:článek|obsah) je (?:dostupný )?(?:pouze|jen) pro (?:předplatitele|předplatitelé)\b|"
    r"\b(?:zbytek|zbývající část|pokračování) (?:tohoto )?článku (?:je )?(?:dostupn[ýáé] )?(?:pouze |jen )?pro "
    r"předplatitele\b",
    r"\bvyčerpal(?:i|a)? jste\b.{0,40}\b(?:limit (?:bezplatných |volných )?článků|článků zdarma)\b",
)

# A bot or access check, in the reader's person or the site's: an ad-blocker wall, JavaScript to enable,
# a human check, a geo block, an unsupported browser, unusual traffic from the reader's network.
# An ad-blocker wall, in the reader's person: 'Sie nutzen einen Werbeblocker'. junk.py asks for a line that
# asks the reader to turn it off, allow ads or pay (ADBLOCK_ASK) on the page too: advice says it as well
# ('Sie nutzen einen Werbeblocker? Gut so, denn auch über Anzeigen wird Schadsoftware verbreitet.').
ADBLOCK_IN_USE = (
    r"\b(?:sie (?:verwenden|nutzen)|du (?:verwendest|nutzt)) (?:einen )?(?:ad-?blocker|werbeblocker)\b|"
    r"\b(?:sie|du) (?:einen )?(?:ad-?blocker|werbeblocker) (?:verwenden|nutzen|verwendest|nutzt)\b|"
    r"\b(?:vous utilisez|nous avons détecté) un bloqueur de publicités?\b|\b(?:estás usando|usas|utilizas|hemos "
    r"detectado) un bloqueador de (?:anuncios|publicidad)\b|\b(?:stai usando|usi|utilizzi|abbiamo rilevato) (?:un "
    r")?(?:ad-?block(?:er)?|blocco (?:degli )?annunci)\b|\b(?:je gebruikt|u gebruikt) een (?:ad-?blocker|"
    r"advertentieblokker)\b|\b(?:está a usar|está usando|você usa|detetámos|detectamos) um bloqueador de "
    r"(?:anúncios|publicidade)\b|\b(?:du använder|vi har upptäckt) en annonsblockerare\b|\b(?:du bruger|vi har "
    r"registreret) en (?:adblocker|annonceblok(?:ker|ering))\b|\b(?:używasz|korzystasz z) (?:adblocka|adblock|blokera "
    r"reklam)\b|\bwykryliśmy,? że używasz\b|"
    r"\b(?:používáte|detekovali jsme) (?:blokátor reklam|adblock)\b|"
    # ('Det ser ud til, at du bruger en annonceblokering.': u101-15)
    r"\b(?:że )?blokujesz reklamy\b|"
    # the browser as what hides them ('Parece que tu navegador está ocultando nuestra publicidad.': u110-14)
    # (and Portuguese: 'o seu navegador está a ocultar a nossa publicidade': break56)
    r"\b(?:tu|su|seu|teu) navegador (?:está )?(?:a )?(?:ocultando|bloqueando|escondiendo|escondendo|ocultar|bloquear|"
    r"esconder) (?:nuestra |la |los |nuestros |a nossa |os nossos |a |os )?"
    r"(?:publicidad|anuncios|publicidade|anúncios)\b|"
    r"\bdu bruker (?:en )?(?:adblocker|annonseblokk(?:er(?:er)?|ering)|reklameblokker)\b|"
    # other word orders and tenses (break50): 'als würden Sie ein Programm verwenden, das Werbung blockiert', 'dat je
    # een adblocker gebruikt', 'máte zapnutý blokátor reklam', 'está a utilizar um bloqueador', 'masz włączony …'
    r"\b(?:sie|du) (?:ein|eine|einen) (?:programm|erweiterung|add-on|plugin) (?:verwenden|nutzen|verwendest|nutzt),? "
    r"(?:das|die|der) (?:werbung|anzeigen) (?:blockiert|unterdrückt)\b|\bvous utilisiez (?:un|une) (?:bloqueur|"
    r"programme|extension|module)\b|\b(?:je|u) (?:een )?(?:ad-?blocker|advertentieblokker) gebruikt\b|\bmáte "
    r"(?:zapnutý|aktivní|nainstalovaný) (?:blokátor reklam|adblock)\b|\b(?:está a utilizar|está utilizando|estás a "
    r"usar|você está usando) um bloqueador\b|\bmasz włączon\w* (?:adblock\w*|program blokujący reklamy|blokad\w* "
    r"reklam|bloker\w* reklam)\b|"
    # the reader's browser that stops or blocks the ads ('Det ser ut som nettleseren din stopper annonsene våre':
    # u77-15, u79-16)
    r"\b(?:nettleseren din|din nettleser|webbläsaren|din webbläsare|din browser|browseren|ihr browser|dein browser|"
    r"votre navigateur|tu navegador|su navegador|il tuo browser|uw browser|je browser|o seu navegador|o teu "
    r"navegador|twoja przeglądarka|váš prohlížeč)\b[^.]{0,20}\b(?:stopper|blokkerer|blockerar|stoppar|blokerer|"
    r"blockiert|unterdrückt|bloque|bloquea|blocca|blokkeert|bloqueia|blokuje|forhindrer|hindrar|hindrer|verhindert|"
    r"empêche|impide|impedisce|impede|uniemożliwia|brání)\b[^.]{0,20}\b(?:annonse\w*|"
    r"annons\w*|annonce\w*|reklam\w*|werbung|anzeigen|publicit\w*|anuncios|annunci|advertenties|anúncios)|"
    # the reader blocking the ads ('När du blockerar dem kan vi inte …', u89-15; after 'annonserna' before it: the
    # sentence names them)
    r"\b(?:när|om) du blockerar (?:dem|annonserna|reklamen)\b|\b(?:når|hvis) du blokerer (?:dem|annoncerne|"
    r"annonsene|reklamen)\b|"
    # a program that blocks ads, in the reader's person ('du bruger et program, der blokerer annoncer': u78-15)
    r"\b(?:du bruger|du bruker|du använder|sie (?:verwenden|nutzen)|vous utilisez|vous utilisiez|usas|utilizas|"
    r"estás usando|usi|"
    r"utilizzi|stai usando|je gebruikt|u gebruikt|você usa|está a usar|está usando|używasz|korzystasz z|používáte) "
    r"(?:et |en |ett |ein |eine |einen |un |une |una |uno |een |um |uma )?(?:program|programm|programa|programma|"
    r"extension|"
    r"erweiterung|udvidelse|utvidelse|tillägg|rozszerzenie|rozšíření|plugin|add-on)\w*,? (?:der|som|das|die|qui|que|"
    r"che|dat|które|który|které|který) (?:blokerer|blokkerer|blockerar|blockiert|bloque|bloquea|blocca|"
    r"blokkeert|bloqueia|blokuje) (?:annoncer|annonser|reklamer|reklam|werbung|anzeigen|les publicités|la publicité|"
    r"(?:los )?anuncios|la publicidad|(?:gli )?annunci|la pubblicità|advertenties|(?:os )?anúncios|a publicidade|"
    r"reklamy|reklamu)\b"
)
ADBLOCK_ASK = (
    r"deaktivier|ausschalt|abschalt|zulass|erlaub|ausnahme|désactiv|autoris|desactiv|permit|disattiv|consenti|"
    r"uitschakel|uitzet|toestaan|desativ|permita|stäng av|tillåt|slå \w+ fra|tillad|wyłącz|zezwól|vypn|povol|"
    r"whitelist|abo|abonn|suscr|abbon|assin|prenumer|subskryb|předplat|\bplus\b|\+|paus|liste blanche|lista blanca|"
    r"lista bianca|eccezion|excepci|uitzonder|\b(?:zet|schakel)\b[^.]{0,40}\buit\b|freigeb|freischalt|wyjątk|výjimk|"
    r"undtagel|undantag|"
    # (the wall's own button, 'I have turned it off', asks it too: 'Jeg har skrudd av annonseblokkeren', break53)
    r"\bjeg har (?:slået|slått|skrudd)\b|\bjag har (?:stängt|pausat)\b|\bich habe \w+ (?:deaktiviert|ausgeschaltet)\b|"
    r"\bskrudd av\b|\bslått av\b"
)
# The reader's network or address ('z vaší IP adresy', 'vanaf uw netwerk', 'fra IP-adressen din', 'depuis votre
# réseau').
_YOUR_NETWORK = (
    r"z (?:vaší|tvé|twojej|twojego|waszej) (?:sítě|ip adresy|adresy|ip|sieci|adresu ip|adresu)|"
    r"(?:vanaf|van|uit) (?:uw|je|jouw) (?:netwerk|ip-adres|verbinding)|"
    r"fra (?:ip-adressen din|nettverket ditt|din ip-adresse|dit netværk|din forbindelse|dit ip-nummer)|"
    r"från (?:ditt nätverk|din ip-adress|din anslutning)|(?:von|aus) (?:ihrer|deiner) ip-adresse|"
    r"(?:von|aus) (?:ihrem|deinem) (?:netzwerk|anschluss)|depuis votre (?:réseau|adresse ip|connexion)|"
    r"de votre adresse ip|"
    r"desde (?:tu|su) (?:red|dirección ip|conexión)|dalla (?:tua|sua) (?:rete|connessione)|"
    r"dal (?:tuo|suo) indirizzo ip|d[ao] (?:sua|tua|seu|teu) (?:rede|endereço ip|ligação|conexão)"
)
# Many requests or page views, as a rate limit counts them.
_MANY_REQUESTS = (
    r"(?:příliš|neobvykle|velmi) mnoho|vysoký počet|(?:zbyt|bardzo|nietypowo) (?:wiele|dużo|dużej "
    r"liczby)|(?:ongewoon|erg|zeer|te) veel|(?:svært|veldig|usædvanligt|usedvanlig|uvanlig|for) mange|(?:ovanligt|"
    r"väldigt|för) många|(?:ungewöhnlich|sehr|zu) viele|(?:trop|beaucoup) de (?:requêtes|demandes|pages)|un nombre "
    r"inhabituel de|(?:demasiadas|muchas|numerosas) (?:solicitudes|peticiones|consultas|páginas)|(?:troppe|molte|"
    r"numerose) (?:richieste|pagine)|(?:demasiados|demasiadas|muitos|muitas) (?:pedidos|solicitações|páginas|acessos)|"
    r"ett stort antal|un grand nombre de|un numero elevato di|un volumen inusual de|außergewöhnlich viele|zahlreiche"
)
ACCESS = (
    ADBLOCK_IN_USE,
    # an access code after its label in those languages ('Kod błędu: 429': u102-14), as ERROR's codes are
    r"\b(?:fehlercode|statuscode|code d[’']erreur|código de error|codice (?:di )?errore|foutcode|código de erro|felkod|"
    r"fejlkode|feilkode|kod błędu|kód chyby)\W{0,3}(?:401|403|429|451)\b",
    # access to the site held back ('Dostęp do serwisu został tymczasowo wstrzymany': u102-14)
    r"\bdostęp do (?:serwisu|strony|portalu) (?:został|jest) (?:tymczasowo |czasowo )?(?:wstrzymany|zablokowany|"
    r"ograniczony)\b|\bpřístup (?:k webu|na web|ke stránkám) (?:byl|je) (?:dočasně )?(?:pozastaven|zablokován|"
    r"omezen)\b",
    # an age gate's order, in German: 'Bestätigen Sie einmalig Ihr Alter', 'aus Gründen des Jugendschutzes'
    r"\bbestätigen sie (?:\w+ ){0,2}ihr alter\b|^\W*alter (?:jetzt )?bestätigen\W*$|\baus gründen des "
    r"jugendschutzes\b",
    # a human check's account: that a person visits the site ('Vi må forsikre oss om at det er et menneske som besøker
    # nettstedet': u87-14)
    r"\b(?:at det er et menneske,? (?:som|der) (?:besøker|besøger|bruker|bruger)|att det är en människa som "
    r"(?:besöker|använder))\b",
    # ... or as an order to turn it off (English: 'disable your ad blocker')
    r"\b(?:deaktivieren sie (?:bitte )?(?:ihren )?(?:ad-?blocker|werbeblocker)|(?:ad-?blocker|werbeblocker) "
    r"(?:deaktivieren|ausschalten))\b|\bdésactive[zr]? (?:votre |ton )?bloqueur\b|"
    r"\bdesactiva (?:tu |el )?bloqueador\b|"
    rf"\bdisattiva(?:re)? (?:il |l{_A})?(?:ad-?block\w*|blocco (?:degli |della )?(?:annunci|pubblicità))|"
    r"\bschakel (?:je|uw) (?:ad-?blocker|advertentieblokker) uit\b|\bdesative (?:o )?(?:seu )?bloqueador\b|"
    r"\bstäng(?:a)? av (?:din )?annonsblockerare(?:n)?\b|\bslå (?:din )?(?:adblocker|annonceblokker)(?:en)? fra\b|"
    r"\bwyłącz (?:adblocka|adblock|blokowanie reklam)\b|\bvypněte (?:si )?(?:prosím )?(?:blokátor reklam|"
    r"blokování reklam|adblock)\b",
    # JavaScript (and cookies) to enable, as an order to the reader
    r"\b(?:bitte )?(?:aktivieren|erlauben) sie (?:bitte )?javascript\b|\bactive[zr] (?:le )?javascript\b|"
    r"\b(?:activa|habilita) (?:el )?javascript\b|\b(?:attiva|abilita)(?:re)? (?:il )?javascript\b|\bschakel "
    r"javascript in\b|\b(?:ative|habilite) o javascript\b|\baktivera javascript\b|\b(?:slå javascript til|"
    r"aktivér javascript)\b|\bwłącz (?:obsługę )?javascript\b|\b(?:povolte|zapněte) (?:cookies a )?javascript\b",
    # a human check, in the reader's person
    rf"\b(?:sind sie ein mensch|dass sie kein roboter sind|vous n{_A}êtes pas un robot|que vous êtes (?:bien )?"
    r"(?:un humain|humain)|no eres un robot|non sei un robot|"
    r"di non essere un robot|of (?:u|je) een mens bent|bent u een robot|não é um robô|"
    r"att du inte är en robot|at du ikke er en robot|nie jesteś robotem|nejste robot|(?:že )?jste člověk|(?:dass|ob) "
    r"sie ein mensch sind|(?:verifique|verifica|confirme|confirma) que (?:es|eres) (?:un )?(?:ser )?humano|"
    r"verificando que (?:usted es|eres) (?:un )?(?:ser )?humano|conferma (?:di essere|che sei) (?:una persona|"
    r"un essere umano|umano)|confirmez que vous êtes (?:une personne|un humain|humain)|confirme que (?:você é|é) "
    r"(?:uma pessoa|humano))\b",
    # a check's order to confirm one is no program ('conferma di non essere un programma automatico': u93-14)
    r"\b(?:conferma|dimostra|confermi) di non essere un (?:programma|robot|bot)\b|\bbestätigen sie, dass sie kein "
    r"(?:programm|roboter|bot) sind\b|\bconfirmez que vous n[’']êtes pas un (?:programme|robot)\b",
    # a program on the reader's device that hides the site's ads ('… als würde ein Programm auf Ihrem Gerät unsere
    # Anzeigen ausblenden': u93-16)
    r"\b(?:ein|eine) (?:programm|erweiterung|add-on)\b[^.]{0,40}\bunsere (?:anzeigen|werbung)\b[^.]{0,20}"
    r"\b(?:ausblend|blockier|unterdrück)\w*",
    # the check's own account: the connection comes from a person and not from a program ('Stiamo controllando che
    # la connessione provenga da una persona e non da un programma automatico': u69-13)
    r"\b(?:da una persona e non da un (?:programma|bot|robot)|d[’']une personne et non d[’']un (?:programme|robot|bot)|"
    r"de una persona y no de un (?:programa|bot|robot)|de uma pessoa e não de um (?:programa|bot|robô)|van een mens en "
    r"niet van een (?:programma|bot|robot)|von einem menschen und nicht von einem (?:programm|bot|roboter)|från en "
    r"människa och inte från en (?:robot|bot|dator)|fra et menneske og ikke fra en (?:robot|bot|maskine|maskin)|"
    # ('at besøget kommer fra en rigtig person og ikke fra et program': u77-14)
    r"fra en (?:rigtig |virkelig |ekte )?person og ikke fra (?:et|en) (?:program|robot|bot|maskine|maskin)|"
    r"från en (?:riktig |verklig )?person och inte från (?:ett|en) (?:program|robot|bot|dator)|od "
    r"człowieka,? a nie od (?:programu|bota|robota)|od člověka,? a ne od (?:programu|bota|robota))\b",
    # ... or that it comes from a person, as the check must make sure ('musimy upewnić się, że ruch pochodzi od
    # człowieka': u104-14)
    r"\bupewnić się,? że (?:ruch|połączenie|wizyta|zapytanie) pochodzi od (?:człowieka|prawdziwej osoby)\b|"
    r"\bověřit,? že (?:provoz|připojení|požadavek) pochází od (?:člověka|skutečné osoby)\b",
    # a rate limit's account: many requests or page views from the reader's network or address in a short time ('Z
    # vaší sítě k nám během krátké doby dorazilo neobvykle mnoho požadavků', 'Vanaf uw netwerk zijn in korte tijd
    # ongewoon veel pagina’s opgevraagd', 'svært mange sidevisninger fra IP-adressen din': u75 to u78, four writers)
    rf"^(?=.*\b(?:{_YOUR_NETWORK})\b)(?=.*\b(?:{_MANY_REQUESTS})\b)",
    # Cloudflare's 'needs to review the security of your connection', in those languages
    r"\b(?:muss die sicherheit ihrer verbindung überprüfen|doit vérifier la sécurité de votre connexion|necesita "
    r"revisar la seguridad de (?:su|tu) conexión|deve verificare la sicurezza della (?:tua|sua) connessione|precisa "
    r"(?:verificar|rever) a segurança da (?:sua|tua) (?:conexão|ligação)|moet de beveiliging van (?:uw|je) verbinding "
    r"(?:controleren|beoordelen))\b",
    # a VPN to turn off; an age gate's order ('Du måste ha fyllt 25 år', 'Sie müssen mindestens 18 Jahre alt sein')
    r"^\W*(?:disattiva|désactivez|desactiva|deaktivieren sie|schakel|desative|stäng av|slå) (?:la |votre |tu |"
    r"ihr(?:e|en)? |je |o seu |din )?vpn\b|^\W*accesso non consentito\b",
    r"\b(?:måste (?:du )?ha fyllt|bekräftar du att du har fyllt) \d{2} år\b|\bsie müssen (?:mindestens )?\d{2} jahre "
    r"alt sein\b|\bvous devez (?:être âgée? de|avoir) (?:au moins )?\d{2} ans\b|\bdebes (?:ser mayor de|tener al "
    r"menos) \d{2} años\b|\bdevi avere almeno \d{2} anni\b|\bje moet \d{2} jaar of ouder zijn\b|\b(?:deve|precisa) ter "
    r"(?:pelo menos |mais de )?\d{2} anos\b|\bdu skal være (?:fyldt )?\d{2} år\b|\bmusisz mieć (?:ukończone )?\d{2} "
    r"lat\b|\bmusíte (?:mít|být) (?:alespoň )?\d{2} let\b",
    # a geo block: 'not available in your country'
    r"\b(?:in ihrem land nicht verfügbar|n[’']est pas disponible dans votre (?:pays|région)|no (?:está|es) "
    r"disponible (?:en|desde) tu (?:país|región|ubicación)|non (?:è )?disponibile nel tuo paese|niet beschikbaar in "
    r"(?:uw|jouw|je) (?:land|regio)|não "
    r"está disponível no seu país|(?:indisponível|não está disponível) (?:na sua região|no país a partir do qual)|"
    r"inte tillgängligt? i ditt land|ikke tilgængeligt? i dit land|niedostępn[ay] w "
    r"twoim kraju|není dostupn[ýáé] ve vaší zemi)\b",
    # ... or 'in your area', only as a short line of its own ('Indholdet er ikke tilgængeligt i dit område'), or
    # with its reason after it to the line's end ('… i dit område på grund af rettighedsaftaler', '… nicht verfügbar
    # – aus lizenzrechtlichen Gründen': break22): a story about streaming abroad says it in its sentences (break17),
    # a guide to it in a headline with advice after it ('Ikke tilgængeligt i dit område: sådan ser du DR TV fra
    # udlandet', break21), or a quoted title before it ('Derfor er «Exit» ikke tilgjengelig i din region': break24;
    # the notice's text has the quote's words blanked out, two spaces or more; a programme's quoted name opening the
    # line is the notice's own subject: '„Tatort“ ist in Ihrer Region nicht verfügbar', break25)
    r"^\s*(?:[«»„\u201c\u201d\"][^«»„\u201c\u201d\"]{1,40}[«»\u201c\u201d\"] )?(?:(?!  )[^.!?«»\u201c\u201d\"]){0,50}\b"
    r"(?:in ihrer region nicht verfügbar|in ihrem gebiet nicht verfügbar|"
    r"non (?:è )?disponibile "
    r"nella tua (?:zona|regione)|inte tillgängligt? i (?:ditt område|din region)|ikke tilgængeligt? i (?:dit "
    r"område|din region)|ikke tilgjengelig i (?:ditt område|din region)|niedostępn[ay] w twoim regionie|není "
    r"dostupn[ýáé] ve vaší oblasti)"
    r"\b(?:[^.!?:]{0,40}\b(?:på grund a[fv]|aufgrund|wegen|gründen|z powodu|z důvodu|kvůli|a causa|debido a|"
    r"por (?:motivos|razones)|en raison|pour des raisons|per motivi|vanwege|devido a|(?:af|av) \w+ (?:årsager|årsaker|"
    r"orsaker|skäl)|aus \w+ gründen|z \w+ (?:důvodů|powodów))\b[^.!?:]{0,60})?[.!]?\W*$",
    # an unsupported browser, in the reader's person: 'O seu browser não é suportado', 'Il tuo browser non è supportato'
    r"\b(?:ihr browser wird nicht (?:mehr )?unterstützt|votre navigateur n[’']est (?:plus |pas )?(?:pris en charge|"
    r"compatible)|din webbläsare stöds inte|din browser understøttes ikke|(?:o )?(?:seu|teu) (?:browser|navegador) "
    r"(?:não é|já não é|deixou de ser) (?:suportado|compatível)|(?:tu|su) navegador no (?:es compatible|está "
    r"soportado|es compatible)|il tuo browser non è (?:più )?supportato|(?:je|uw) browser wordt niet (?:meer )?"
    r"ondersteund|twoja przeglądarka nie jest (?:już )?obsługiwana|váš prohlížeč (?:již |už )?není podporován|il "
    r"browser che stai (?:utilizzando|usando) non è (?:più )?supportato|deze browser wordt niet (?:meer )?"
    r"ondersteund)\b",
    # unusual traffic from the reader's network
    r"\busædvanlig trafik fra dit netværk\b|\bungewöhnlichen datenverkehr (?:aus|von) ihrem\b|\btrafic inhabituel "
    r"(?:de|depuis|provenant de) votre\b|\bnietypowy ruch z (?:twojej|twojego|tej)\b|"
    # ('Abbiamo notato un traffico insolito proveniente dalla tua rete.': u93-14)
    r"\btraffico (?:insolito|anomalo) (?:proveniente )?dalla (?:tua|sua) rete\b|\bnumero insolito di "
    r"richieste provenienti dalla tua rete\b|\b(?:hemos detectado|detectamos) (?:un )?tráfico inusual (?:desde|"
    r"procedente de|en) (?:tu|su) red\b|\bongebruikelijk (?:veel )?verkeer (?:vanaf|van|uit) (?:uw|"
    r"je) computernetwerk\b|"
    r"\bovanlig trafik från ditt datornätverk\b|\btrafic (?:exceptionnel|inhabituel|anormal) provenant de votre "
    r"réseau\b|\bhan detectado (?:un )?tráfico inusual (?:procedente de|desde) (?:tu|su) red\b|\busædvanlig trafik fra "
    r"dit computernetværk\b|\bnietypowy ruch pochodzący z (?:twojej|twojego|tej) sieci\b|\bneobvyklý provoz z (?:vaší|"
    r"tvé) počítačové sítě\b|\b(?:detetámos|"
    r"detectamos) tráfego (?:incomum|invulgar|anormal) (?:a partir "
    r"da|da|vindo da|na) (?:sua|tua) rede\b|\bongebruikelijk (?:veel )?verkeer (?:vanaf|van|uit) (?:uw|je) netwerk\b|"
    r"\bovanlig trafik från ditt nätverk\b|\bneobvyklý provoz z (?:vaší|tvé) sítě\b",
    # a login wall before the e-paper: 'Logga in för att läsa e-tidningen'
    r"\b(?:bitte )?melden sie sich an,? um das e-paper zu lesen\b|\bdu behöver logga in för att läsa e-tidningen\b|"
    r"^\W*(?:logga in för att läsa e-tidningen|log ind for at læse e-avisen|logg inn for å lese e-avisen|melden sie "
    r"sich an,? um das e-paper zu lesen|connectez-vous pour (?:lire|accéder à) (?:le journal numérique|l[’']édition "
    r"numérique)|inicia sesión para leer (?:el periódico digital|la edición digital|el kiosko)|accedi per leggere "
    r"(?:il quotidiano digitale|l[’']edizione digitale|la copia digitale)|log in om de (?:digitale krant|e-paper) te "
    r"lezen|zaloguj się,? aby czytać e-wydanie|přihlaste se ke čtení e-vydání)\b",
    # the button of a human check: 'No soy un robot', 'Non sono un robot', 'Je ne suis pas un robot'
    r"^\W*(?:no soy un robot|non sono un robot|je ne suis pas un robot|ich bin kein roboter|não sou um robô|ik ben "
    r"geen robot|jag är inte en robot|jeg er ikke en robot|nie jestem robotem|nejsem robot)\W*$",
    # ... or 'no machine' or 'a person' only beside its box ('[ ] Jeg er ikke en maskin': u87-14; not an op-ed's
    # headline 'Jag är ingen maskin', break52)
    r"^\W*(?:\[\s?\]|☐|□)\s*(?:jeg er ikke en maskin\w*|jag är (?:inte en|ingen) maskin|jeg er et menneske|jag är "
    r"en människa|ich bin ein mensch|je suis humain|soy humano|sono umano|ik ben een mens|sou humano)\W*$",
)
# Access denied, too many requests: everyday words too, a notice only as a line of its own (with a code).
ACCESS_LINE = (
    r"^\W*(?:zugriff verweigert|accès refusé|acceso denegado|accesso negato|"
    r"accesso (?:temporaneamente )?bloccato|toegang geweigerd|acesso negado|"
    r"åtkomst nekad|adgang nægtet|dostęp zabroniony|odmowa dostępu|přístup odepřen|zu viele anfragen|trop de "
    r"requêtes|demasiadas (?:solicitudes|peticiones)|troppe richieste|te veel verzoeken|demasiados pedidos|muitas "
    r"solicitações|för många förfrågningar|for mange forespørgsler|zbyt wiele (?:żądań|zapytań)|příliš mnoho "
    r"požadavků)(?:\W+\d{3})?\W*$",
)

# An error page: the page does not exist, the site is in maintenance now.
ERROR = (
    # a server's error in the other languages, its status code beside it or alone on its line ('500 – Interner
    # Serverfehler': u38)
    r"\b5\d\d\W{0,3}(?:interner serverfehler|serverfehler|erreur interne du serveur|error interno del servidor|errore "
    r"interno del server|interne serverfout|internt serverfel|intern serverfejl|intern serverfeil|wewnętrzny błąd "
    r"serwera|interní chyba serveru|erro interno do servidor)\b|^\W*(?:interner serverfehler|erreur interne du "
    r"serveur|error interno del servidor|errore interno del server|interne serverfout|internt serverfel|intern "
    r"serverfejl|intern serverfeil|wewnętrzny błąd serwera|interní chyba serveru|erro interno do servidor)\W*$",
    # 'Aufgrund von Wartungsarbeiten ist unser Angebot vorübergehend nicht erreichbar'
    r"\b(?:aufgrund von|wegen) wartungsarbeiten (?:ist|sind) (?:unser|unsere|die|diese) (?:angebot|seite|website|"
    r"webseite|internetseite)\w* (?:vorübergehend|derzeit|momentan|zurzeit) nicht (?:erreichbar|verfügbar)\b",
    # ... with words between: 'wegen geplanter Wartungsarbeiten an unseren Servern ist diese Seite vorübergehend nicht
    # erreichbar' (u68-02)
    r"\b(?:aufgrund|wegen)\b[^.]{0,30}\bwartungsarbeiten\b[^.]{0,40}\b(?:ist|sind) (?:unser|unsere|die|diese) "
    r"(?:angebot|seite|website|webseite|internetseite|online-?angebot|portal|nachrichtenseite)\w* (?:vorübergehend|"
    r"derzeit|momentan|zurzeit) nicht (?:erreichbar|verfügbar)\b",
    # 'Diese Seite gibt es leider nicht', 'Nie możemy znaleźć tej strony', 'Hledaná stránka tu není'
    r"\b(?:diese|die (?:von ihnen )?gesuchte|die) seite gibt es (?:leider )?nicht(?: mehr)?\b|\bimpossible "
    r"d[’']afficher cette page\b|\btej strony nie można wyświetlić\b|\bnie (?:możemy|udało się) (?:znaleźć|odnaleźć) "
    r"(?:tej|szukanej) strony\b|\bhledaná stránka (?:tu |zde )?(?:není|neexistuje)\b|\bno (?:hemos podido|podemos) "
    r"encontrar (?:la|esta) página\b|\bnon (?:riusciamo|siamo riusciti) a trovare (?:la|questa) pagina\b|\bwe "
    r"kunnen (?:deze|de) pagina niet vinden\b|\bnão (?:conseguimos|foi possível) encontrar (?:a|esta) página\b|\bvi "
    r"kan inte hitta (?:sidan|den här sidan)\b|\bvi kan ikke finde (?:siden|den side)\b|\bnous ne (?:pouvons|"
    r"parvenons) pas (?:à )?trouver (?:cette|la) page\b",
    # 'Nie udało się wyświetlić tej strony', 'Diese Seite konnte nicht angezeigt werden': this page, not shown
    r"\bnie udało się wyświetlić tej strony\b|\bdiese seite konnte nicht angezeigt werden\b|\bcette page ne peut pas "
    r"être affichée\b|\bno se ha podido mostrar esta página\b|\b(?:impossibile visualizzare|non è stato possibile "
    r"visualizzare) (?:questa|la) pagina\b|\bnão foi possível (?:apresentar|exibir|mostrar) esta página\b|\bdeze "
    r"pagina kan niet worden weergegeven\b|\bsidan kunde inte visas\b|\bsiden kunne ikke vises\b|\b(?:stránku nelze "
    r"zobrazit|tuto stránku se nepodařilo zobrazit)\b",
    r"\b(?:diese[rs]? |die |der |das )?(?:seite|artikel|inhalt|beitrag|video|sendung)(?: wurde| ist)? (?:leider )?"
    r"(?:nicht mehr verfügbar|existiert nicht mehr|depubliziert)\b|"
    # a server's code after a bare label, as the whole line ('Codice: 503': u115-03)
    r"^\W*(?:codice|código|code|kód|kod|kode)\s?:\s?(?:404|410|5\d\d)\W*$|"
    # 'Fehlercode: 410', 'Código de error: 500'
    r"\b(?:fehlercode|statuscode|code d[’']erreur|código de error|codice (?:di )?errore|foutcode|código de erro|felkod|"
    # (Norwegian too; a moved page's code: 'Feilkode: 301 uten videresending', u111-04)
    r"fejlkode|feilkode|kod błędu|kód chyby)\W{0,3}(?:30[18]|404|410|5\d\d)\b|"
    # WordPress's 'Error establishing a database connection', as its translations say it
    r"\b(?:fehler beim aufbau einer datenbank-?verbindung|erreur lors de la connexion à la base de données|error al "
    r"establecer una conexión con la base de datos|errore (?:nello stabilire una|durante la) connessione (?:al|con il) "
    r"database|fout bij het maken van (?:de|een) (?:database)?verbinding|erro ao estabelecer (?:uma )?(?:ligação|"
    r"conexão) (?:à|com a|ao|com o) (?:base de dados|banco de dados)|fel vid upprättande av databasanslutning|fejl ved "
    r"oprettelse af databaseforbindelse|błąd (?:podczas|przy) nawiązywania połączenia z bazą danych|chyba při "
    r"navazování spojení s databází)\b|"
    r"\bwir führen (?:gerade )?wartungsarbeiten durch\b|\bunsere (?:website|seite) wird (?:gerade )?gewartet\b|"
    r"\b(?:unsere )?(?:website|seite) ist (?:wegen|aufgrund von) "
    r"wartungsarbeiten (?:vorübergehend )?nicht erreichbar\b",
    rf"\b(?:le )?site (?:est )?(?:actuellement )?en maintenance\b|\bcette page n{_A}existe (?:pas|plus)\b",
    r"\b(?:el )?(?:sitio|web) (?:está )?en mantenimiento\b|\bestamos en mantenimiento\b|\bestamos realizando "
    r"(?:tareas|labores) de mantenimiento\b",
    # the site back at an hour, in the site's voice ('Strona będzie znów dostępna około godziny 6:00': u94-04)
    r"\bstrona będzie (?:znów|ponownie) dostępna\b|\b(?:właśnie )?aktualizujemy nasz (?:serwis|portal)\b|"
    r"\bsito in manutenzione\b|\bsiamo in manutenzione\b|\b(?:la pagina|l[’']articolo|il contenuto) (?:che cerchi |"
    r"richiest[ao] )?(?:è stat[ao] rimoss[ao]|non è più disponibile)\b|"
    # what the reader looked for, moved or deleted ('Il contenuto che cercavi potrebbe essere stato spostato … oppure
    # eliminato': u104-04)
    r"\b(?:la pagina|l[’']articolo|il contenuto) che cerca(?:vi)? (?:potrebbe essere stat[ao]|è stat[ao]) "
    r"(?:spostat[ao]|eliminat[ao]|rimoss[ao]|cancellat[ao])\b",
    r"\b(?:site|website) (?:is )?(?:tijdelijk )?(?:in|wegens) onderhoud\b|\bwe zijn (?:even )?(?:in|bezig met) "
    r"onderhoud\b",
    # the site's own systems in Swedish, opening the line: 'Just nu pågår planerat underhåll av våra system' (u55;
    # not a brief's report of it, 'besked om att det pågår …', nor another site's state, 'Webbplatsen är tillfälligt
    # stängd för underhåll', nor the other languages' phrases, quoted after a dash in briefs: break41)
    r"^\W*(?:just nu )?(?:pågår|genomför vi|utför vi) (?:ett )?(?:planerat |tekniskt )?underhåll (?:av|på) (?:våra "
    r"system|vår webbplats)\b|"
    # ... or the site's state for it, its own systems named ('Norrlandsbladet.se är tillfälligt nedstängd för ett
    # planerat underhåll av våra system.': u73-04)
    r"\bär tillfälligt (?:nedstängd|stängd|nere) för (?:ett )?(?:planerat |tekniskt )?underhåll (?:av|på) (?:våra "
    r"system|vår webbplats)\b",
    r"\b(?:site|página) em manutenção\b|\bestamos em manutenção\b|\b(?:esta |a )?página (?:já )?não está "
    r"(?:mais )?disponível\b|"
    # the site's own scheduled work on it, opening the line ('Estamos a fazer uma atualização programada ao site …':
    # u114-04)
    r"^\W*estamos (?:a fazer|fazendo) (?:uma )?(?:atualização|manutenção) (?:programada |técnica )?(?:ao|no|do) "
    r"(?:site|sítio|portal)\b",
    r"(?:^\W*|\b(?:den här|denna|hoppsan!?) )sidan (?:du söker |du letar efter )?(?:kunde inte hittas|hittades inte|"
    r"finns inte(?: längre)?|har flyttats)\b",
    r"(?:^\W*|\b(?:denne|den) )siden (?:du søger |du leder efter )?(?:blev ikke fundet|findes ikke(?: længere)?|"
    r"kunne ikke findes)\b",
    r"\bstrona,? (?:której szukasz,? )?(?:nie istnieje|nie została znaleziona)\b|^\W*nie znaleziono strony\W*$|"
    r"\bstrona,? którą próbujesz otworzyć,? (?:nie istnieje|została (?:przeniesiona|usunięta))\b",
    r"\bstránka,? (?:kterou hledáte,? )?(?:neexistuje|nebyla nalezena)\b|^\W*stránka nenalezena\W*$|"
    # the site's own state, unnamed ('Web je dočasně mimo provoz': u105-04; not 'Web ministerstva je …', another's)
    r"^\W*(?:náš )?web je (?:dočasně|momentálně|nyní) mimo provoz\b",
    # with at most five words of reason after a dash ('Chyba 503 – Služba je dočasně nedostupná'; not a headline
    # that goes on about another site's outage)
    r"^\W*(?:błąd|chyba|fejl|fel|fehler|erreur|errore|erro|fout) (?:404|410|5\d\d)(?:\W*$|\s?[–—:-]\s?\S+(?:\s\S+){0,4}"
    r"\W*$)",
)
# A server error or maintenance in a word or two: a notice only as a line of its own.
ERROR_LINE = (
    r"^\W*(?:interner serverfehler|erreur interne du serveur|error interno del servidor|errore interno del server|"
    r"interne serverfout|erro interno do servidor|internt serverfel|(?:intern )?serverfejl|(?:wewnętrzny )?błąd "
    r"serwera|(?:interní )?chyba serveru|service (?:temporairement )?indisponible|servicio (?:temporalmente )?no "
    r"disponible|servizio (?:temporaneamente )?non disponibile|serviço (?:temporariamente )?indisponível|dienst "
    r"(?:tijdelijk )?niet beschikbaar|przerwa techniczna|probíhá (?:plánovaná )?údržba|trwa aktualizacja "
    r"(?:serwisu|strony)|(?:serwis|strona) (?:jest )?(?:chwilowo|tymczasowo) niedostępn[ay])(?:\W+\d{3})?\W*$",
)
# 'An error has occurred': a notice in a short line, at most 12 words (junk.py counts them), where it is the
# whole sentence (a correction or a headline goes on: 'se ha producido un error en la cifra de …', 'Der
# opstod en fejl i valgets fintælling').
ERROR_SHORT = (
    r"(?:"
    r"\bein (?:unerwarteter )?fehler ist aufgetreten\b|"
    r"\bune erreur (?:interne (?:du serveur )?|inattendue )?(?:est survenue|"
    rf"s{_A}est produite)\b|\bse ha producido un error\b|\bsi è verificato un errore\b|\ber is een (?:onverwachte )?"
    r"fout opgetreden\b|\bocorreu um erro\b|\bett (?:oväntat )?fel har uppstått\b|\bder opstod en (?:uventet )?fejl\b|"
    r"\bwystąpił (?:nieoczekiwany )?błąd\b|\bdošlo k (?:neočekávané )?chybě\b|"
    # the page could not load this article, as English 'could not load this story', said by the page of itself (b34:
    # 'Leider konnte der Artikel gerade nicht geladen werden.', 'Dit artikel kan op dit moment niet worden geladen.',
    # 'Non è stato possibile caricare l’articolo richiesto.', 'No hemos podido cargar esta noticia.'): with 'this',
    # 'sorry' or 'the requested', the sentence ending there (not a brief's 'Bei vielen Kunden konnte die Seite …
    # nicht geladen werden', 'Impossible de charger cette page pour des milliers d’allocataires': a review)
    r"\bleider (?:konnte|kann) (?:der|die|das) (?:artikel|beitrag|inhalt|seite)(?: \w+){0,3} nicht (?:geladen|"
    r"angezeigt) werden|\b(?:konnte|kann) (?:dieser|diese|dieses) (?:artikel|beitrag|inhalt|seite)(?: \w+){0,3} nicht "
    r"(?:geladen|angezeigt) werden|\b(?:dieser|diese|dieses) (?:artikel|beitrag|inhalt|seite) (?:konnte|kann)"
    r"(?: \w+){0,3} nicht (?:geladen|angezeigt) werden|"
    r"\b(?:dit|deze) (?:artikel|pagina|bericht) (?:kan|kon)(?: \w+){0,4} niet (?:worden )?(?:geladen|getoond|"
    r"weergegeven)(?: worden)?|"
    r"\bnon (?:è stato possibile|siamo riusciti a) (?:caricare|visualizzare) (?:l[’']articolo richiesto|questo "
    r"articolo|questa pagina|la pagina richiesta|il contenuto richiesto|questa notizia)|"
    r"\bno (?:hemos podido|se ha podido|pudimos) (?:cargar|mostrar) (?:esta|este) (?:noticia|artículo|página|"
    r"contenido)|"
    rf"\bimpossible (?:de charger|d{_A}afficher) (?:cet article|cette page|ce contenu)|\b(?:cet article|ce contenu) "
    rf"n{_A}a pas pu être (?:chargé|affiché)|"
    r"\bnão (?:foi possível|conseguimos) (?:carregar|mostrar|exibir) (?:esta|este) (?:notícia|artigo|página|conteúdo)|"
    r"\b(?:den här (?:artikeln|sidan)|artikeln) kunde tyvärr inte (?:laddas|visas)|\bden här (?:artikeln|sidan) kunde "
    r"inte (?:laddas|visas)|"
    r"\b(?:denne artikel|artiklen) kunne desværre ikke (?:indlæses|vises)|\bdenne (?:artikel|side) kunne ikke "
    r"(?:indlæses|vises)|"
    r"\b(?:denne artikkelen|artikkelen) kunne dessverre ikke (?:lastes|vises)|\bdenne (?:artikkelen|siden) kunne ikke "
    r"(?:lastes|vises)|"
    r"\bniestety nie (?:udało się|można) (?:załadować|wczytać|wyświetlić) (?:tego )?artykułu|\bnie (?:udało się|można) "
    r"(?:załadować|wczytać|wyświetlić) tego artykułu|"
    r"\b(?:tento článek|článek) se (?:bohužel )?nepodařilo (?:načíst|zobrazit)|\bnepodařilo se (?:načíst|zobrazit) "
    r"tento článek"
    r")\W*(?:$|[.!])",
)

# A cookie or consent wall, in the site's voice: 'we use cookies', 'we value your privacy', consent or pay.
CONSENT = (
    r"\bwir (?:und unsere partner )?(?:verwenden|nutzen|setzen) cookies\b|\b(?:unser|unserem|unseres) pur-?abo\b|"
    r"\b(?:wir respektieren ihre privatsphäre|ihre privatsphäre ist uns wichtig|wir brauchen ihre zustimmung)\b",
    r"\b(?:nous|et nos partenaires) (?:utilisons|déposons) des cookies\b|\bet ses partenaires respectent votre vie "
    rf"privée\b|\brespectons votre vie privée\b|\ble respect de votre vie privée est (?:notre|une) priorité\b|"
    rf"\baccepter (?:les cookies )?ou s{_A}abonner\b",
    r"\b(?:utilizamos|usamos) cookies\b|\b(?:tu privacidad es importante|valoramos tu privacidad)\b",
    r"\b(?:utilizziamo|usiamo) (?:i )?cookie\b|\bquesto sito utilizza (?:i )?cookie\b|\b(?:la tua privacy è "
    r"importante|rispettiamo la tua privacy)\b",
    r"\bwij (?:en onze partners )?gebruiken cookies\b|\bwe gebruiken cookies\b|\bwij waarderen (?:uw|je) privacy\b",
    r"\b(?:utilizamos|usamos) cookies\b|\bvalorizamos a sua privacidade\b",
    r"\bvi (?:använder|använder oss av) cookies\b|\bbryr oss om din integritet\b",
    r"\bvi (?:bruger|anvender) cookies\b|\bvi passer på dit privatliv\b",
    r"\bvi bruker (?:informasjonskapsler|cookies)\b",  # Norwegian (u56)
    # 'we and our 187 partners store …' (u69-17), as German's 'wir und unsere partner' and Czech's 'naši partneři'
    r"\b(?:vi og våre|vi og vores|vi och våra|wij en onze|nous et nos|noi e i nostri|nosotros y nuestros|nós e os "
    r"nossos) (?:\d+ )?(?:samarbeidspartnere|partnere|partner|partners|samarbetspartner|partenaires|socios|"
    r"parceiros)\b",
    r"\b(?:używamy|wykorzystujemy) (?:plików )?cookies?\b|\bzanim przejdziesz do serwisu\b|\bdbamy o twoją "
    r"prywatność\b|\b(?:my i )?nasi (?:zaufani )?partnerzy przetwarzamy\b|\bcenimy (?:twoją )?"
    r"prywatność\b",
    # ('Vážíme si vašeho soukromí', 'My a naši partneři (celkem 187) ukládáme …': u38)
    r"\bvážíme si (?:vašeho )?soukromí\b|\bnaši partneři\b.{0,30}\b(?:ukládáme|zpracováváme|přistupujeme)\b|"
    r"\b(?:používáme|využíváme) (?:soubory )?cookies?\b|\bsouhlas s (?:personalizovanou reklamou|cookies|"
    r"používáním)\b|\btento web používá\b.{0,100}\bsoubory cookie|^\W*(?:přijmout|odmítnout) vše\W*$|\bwir und unsere "
    r"(?:\d+ )?partner\b",
)
# A consent dialog's title or button: a settings menu's name too, which advice names in a sentence.
CONSENT_LINE = (
    r"^\W*(?:(?:datenschutz|cookie)-?einstellungen|paramètres (?:des cookies|de confidentialité)|gérer (?:mes|vos) "
    r"(?:choix|préférences|cookies)|configuración de (?:privacidad|cookies)|gestionar (?:las )?(?:preferencias|"
    r"cookies)|gestisci (?:le )?preferenze(?: sul consenso)?|preferenze (?:sui|dei) cookie|(?:cookie|privacy)-?"
    r"instellingen|(?:definições|configurações) de (?:privacidade|cookies)|gerir cookies|(?:cookie|integritets)-?"
    r"inställningar|(?:privatlivs|cookie)-?indstillinger|ustawienia (?:prywatności|cookies|plików cookie)|nastavení "
    r"(?:soukromí|cookies)|zustimmen)\W*$",
)

# --- weak notices: lines that add to a strong notice of their kind, never a wall or a teaser alone ------

# An order to subscribe opening its line, in those languages: a teaser's tail line as English's 'Subscribe …' is
# ('Suscríbete por 1 € el primer mes y lee sin límites …': u70-06)
SUBSCRIBE_ORDER = (
    r"^\W*(?:jetzt )?(?:abonnieren|abonnez-vous|suscríbete|abbonati|assine|subscreva|neem een abonnement|word abonnee|"
    r"bli prenumerant|bliv abonnent|bli abonnent|kup (?:subskrypcję|prenumeratę|dostęp)|wykup (?:subskrypcję|dostęp)|"
    r"předplaťte si|køb adgang|prenumerera)\b"
)

# As junk.py's English weak notices ('Already a subscriber? Log in', 'Incident ID', 'Oops', 'Back to the
# home page', 'Privacy policy', a consent dialog's buttons), each a line of its own (anchored, short): a
# sentence that holds such words is prose. They count toward a wall only beside a strong notice of the
# same kind, and a paywall's tail only as two lines or more with an offer (junk.py's `_paywall_tail`).
# A subscriber's login prompt under a teaser: 'Sei già abbonato? Accedi', 'Masz już subskrypcję? Zaloguj się'. (Not
# an order to subscribe: 'Abbonati' is a club's season-ticket holders, 'Předplaťte si' a theatre's season.)
PAYWALL_WEAK = (
    # a registration wall's order, opening its line (not inside a quotation mark: a brief that quotes it, break59-14;
    # nor after a dash, the Nordic papers' mark of speech: the final review), an account to create, maybe a login, to
    # go on reading ('Skapa ett konto eller logga in för att fortsätta läsa.': u120-12; in Danish and Norwegian too):
    # weak, a teaser's tail with its offer ('Skapa konto'), not a poem's last line ('Skapa ett konto för att läsa
    # vidare.': break59-12, the final review)
    r"^[^\w”“\"«»„–—-]*(?:logga in eller )?(?:skapa (?:ett )?(?:gratis )?konto|registrera dig)(?: gratis)?(?: "
    r"eller logga in)? för att (?:fortsätta läsa|läsa vidare|läsa artikeln|läsa hela (?:artikeln|texten))\b|"
    r"^[^\w”“\"«»„–—-]*(?:log ind eller )?opret (?:en |dig som )?(?:gratis )?(?:konto|profil|bruger)(?: gratis)?(?: "
    r"eller log ind)? for at (?:læse videre|fortsætte med at læse|læse (?:hele |resten af )?artiklen)\b|"
    r"^[^\w”“\"«»„–—-]*(?:logg inn eller )?(?:opprett (?:en )?(?:gratis )?(?:konto|profil|bruker)|registrer deg)(?: "
    r"gratis)?(?: eller logg inn)? for å (?:lese videre|fortsette å lese|lese (?:hele |resten av )?(?:saken|"
    r"artikkelen))\b",
    # an order to subscribe with its offer: now, a period or a trial ('Abbonati ora a 1 € al mese', 'Kup subskrypcję
    # za 1 zł przez pierwszy miesiąc'; not a club's 'Abbonati 2024/25: 180 €', a theatre's 'Předplaťte si sezonu')
    r"^\W*(?:jetzt )?(?:abonnieren|abonnez-vous|suscríbete|abbonati|assine|subscreva|neem een abonnement|word abonnee|"
    r"bli prenumerant|bliv abonnent|kup (?:subskrypcję|prenumeratę|dostęp)|wykup (?:subskrypcję|dostęp)|předplaťte si|"
    r"køb adgang|prenumerera)\b.{0,60}\b(?:ora|subito|adesso|jetzt|maintenant|ahora|agora|nu|teraz|nyní|mese|monat|"
    r"mois|"
    r"mes|mês|maand|månad|måned|miesiąc|měsíc|prova|probe|essai|prueba|teste|próbn|zkušeb)\b.{0,100}$",
    # this article is part of the paid edition, as a weak line (an unlocked article says it too: b37-14, b38-04)
    r"^\W*(?:este artículo|esta noticia|este contenido|cet article|ce contenu|dieser artikel|dieser beitrag|questo "
    r"articolo|este artigo|dit artikel|den här artikeln|denne artikel|denne artikkelen|denne saken|ten artykuł|tento "
    r"článek) (?:forma parte|fait partie|ist teil|fa parte|faz parte|maakt deel uit|ingår|er en del|inngår|jest "
    r"częścią|je součástí)\b.{0,40}\b(?:premium|plus|abonnés|suscriptores|abonnenten|abbonati|assinantes|abonnees|"
    r"prenumeranter|abonnenter|subskrybentów|předplatitel\w*|vårt abonnemang|vår prenumeration|(?:vores|vårt) "
    r"abonnement)\b"
    r".{0,20}$",
    # Norwegian 'Bli abonnent for å lese videre' as a line of its own: a teaser's tail with its offer (u56), no strong
    # notice, which a poem or an opinion piece quotes on a line of its own (break42)
    r"^\W*bli abonnent for å lese (?:videre|hele (?:saken|artikkelen)|resten)\W*$",
    r"^\W*(?:(?:sie sind )?(?:schon|bereits) (?:abonnent(?:in)?|kunde|kundin|plus-abonnent\w*)|sie haben (?:schon|"
    r"bereits) ein (?:abo|abonnement)|vous êtes déjà abonné(?:e)?|déjà abonné(?:e)?|(?:¿)?ya (?:eres|es) (?:suscriptor|"
    r"socio|abonado)|sei già abbonato|già abbonato|(?:al|bent u al|ben je al) abonnee|já é assinante|já (?:é|és) "
    r"subscritor|(?:är du )?redan (?:prenumerant|kund)|(?:er du )?allerede (?:abonnent|kunde)|masz już (?:subskrypcję|"
    r"prenumeratę|konto)|jesteś już (?:subskrybentem|prenumeratorem)|(?:již|už) (?:máte|jste) (?:předplatné|"
    r"předplatitel)\w*|máte (?:již|už) předplatné)\W.{0,40}$",
    # already a customer of a paid tier ('Redan Plus-kund? Logga in': u64-08)
    r"^\W*(?:redan|allerede|bereits) [\w-]*(?:kund|kunde|abonnent|prenumerant)\b.{0,30}$",
    # an account already, before the login ('Har du redan ett konto? Logga in med BankID': u87-07)
    r"^\W*(?:har du redan ett konto|har du allerede en (?:konto|bruker)|haben sie bereits ein konto|vous avez déjà un "
    r"compte|¿?ya tienes (?:una )?cuenta|hai già un account|heb je al een account|já tem (?:uma )?conta|masz już konto|"
    r"máte již účet)\W+(?:logga in|log ind|logg inn|anmelden|einloggen|connectez-vous|inicia sesión|accedi|log in|"
    r"inloggen|entre|zaloguj się|přihlaste se)\b.{0,30}$",
)
# A bot or access check's title and its incident number: 'Vérification de sécurité', 'Identifiant de l'incident : …'.
ACCESS_WEAK_LINE = (
    # a human check's button in the reader's voice ('Potwierdzam, że jestem człowiekiem': u104-14; weak, as a poem's
    # title says it too: break55)
    r"^\W*(?:potwierdzam,? że jestem człowiekiem|potvrzuji,? že jsem člověk)\W*$",
    r"^\W*(?:even controleren|einen moment(?:,)? bitte|un instant|un momento|um momento|ett ögonblick|et øjeblik|"
    r"chwileczkę|moment prosím|sicherheits(?:überprüfung|prüfung|check)|vérification de sécurité|contrôle de sécurité|"
    r"(?:verificación|comprobación) de seguridad|(?:verifica|controllo) di sicurezza|verificação de segurança|"
    r"(?:veiligheids|beveiligings)controle|säkerhetskontroll|sikkerheds(?:tjek|kontrol)|sikkerhets(?:sjekk|kontroll)|"
    r"(?:weryfikacja|kontrola) "
    r"bezpieczeństwa|bezpečnostní kontrola|ověření zabezpečení)"
    # (in progress: 'Verifica di sicurezza in corso', u69-13)
    r"(?: (?:in corso|en cours|en curso|em curso|läuft|pågår|pågår nu|w toku|probíhá|bezig))?\W*$",
    r"^\W*(?:id požadavku|id (?:de la solicitud|della richiesta|do pedido)|id richiesta|anfrage-id|verzoek-id|"
    r"referentie|referens-id|referanse-?id|referenz(?:nummer)?|référence|referencia|riferimento|referência|"
    r"reference id|"
    r"vorfall(?:s)?-?(?:id|nummer)|(?:identifiant|id|référence|numéro) de l[’']incident|(?:id|identificador) "
    r"del incidente|id de la incidencia|id (?:dell[’'])?incidente|id do incidente|incident-?(?:id|nummer)|"
    r"hændelses-?id|(?:identyfikator|id|numer) incydentu|id incidentu)\b.{0,60}$",
    # a login wall's buttons: 'Logga in med BankID', 'Har du inget konto? Skapa konto'
    r"^\W*(?:logga in|log ind|logg inn|anmelden|einloggen|se connecter|connexion|iniciar sesión|inicia sesión|accedi|"
    r"entrar|inloggen|zaloguj się|přihlásit se)(?: (?:med|mit|avec|con|com|met|z|s|przez) (?:bankid|mitid|e-post|"
    r"e-mail|email|google|apple|facebook))?\W*$",
    r"^.{0,30}\b(?:skapa|opret|opprett|erstellen|créer|crear|crea|criar|aanmaken|załóż|vytvořit) (?:ett |en |et "
    r"|un |una |uma |een )?(?:konto|compte|cuenta|account|conta|účet)\W*$",
    # a captcha's field: the characters or the code of the picture ('Wpisz kod z obrazka': u79-14, 'Opište znaky z
    # obrázku', 'typ dan de tekens uit de afbeelding over')
    r"^\W*(?:(?:wpisz|przepisz) (?:kod|znaki|tekst) z obrazka|opište (?:prosím )?(?:znaky|kód|text) z obrázku|"
    r"(?:typ|voer) (?:dan )?de (?:tekens|code) (?:uit|van) de afbeelding|geben sie die zeichen (?:aus dem|im) bild|"
    r"saisissez les caractères de l[’']image|(?:escribe|introduce) los caracteres de la imagen|inserisci i caratteri "
    r"(?:dell[’']immagine|che vedi)|digite os caracteres da imagem|"
    r"skriv (?:inn )?(?:tegnene|tecknen|koden) (?:fra|från|i) bildet|skriv tegnene fra billedet|tekens uit de "
    r"afbeelding|znaky z obrázku|kod z obrazka|zadejte (?:kód|znaky) z obrázku|indtast (?:tegnene|koden) fra billedet|"
    r"typ de (?:letters|tekens) uit de afbeelding|digita il codice (?:che vedi )?nell[’']immagine)\b.{0,60}$",
    # an ad-blocker wall's buttons: allow ads, 'I have turned it off' ('Tillad annoncer på …', 'Jeg har slået den
    # fra': u78-15)
    r"^\W*(?:tillad annoncer|tillat annonser|tillåt annonser|werbung (?:zulassen|erlauben)|anzeigen zulassen|"
    r"autoriser les (?:publicités|annonces)|permitir (?:los |os )?anuncios|permitir (?:os )?anúncios|consenti(?:re)? "
    r"(?:gli )?annunci|advertenties toestaan|zezwól na reklamy|povolit reklamy)\b.{0,40}$",
    r"^\W*(?:jeg har (?:slået|slått|skrudd) (?:den|adblockeren|annonceblokkeren|blokkeringen) (?:fra|av)|"
    r"jeg har (?:skrudd|slått) av (?:den|adblockeren|annonseblokkeren|blokkeringen)|"  # (break53)
    r"jag har (?:stängt av|pausat) (?:den|blockeraren|"
    r"annonsblockeraren)|ich habe (?:ihn|den adblocker|meinen adblocker|den blocker|den werbeblocker) "
    r"(?:deaktiviert|ausgeschaltet|pausiert)|j[’']ai "
    r"désactivé (?:mon|le) bloqueur|(?:ya )?(?:lo )?he desactivado(?: el bloqueador)?|(?:l[’'])?ho disattivato"
    r"(?: l[’']adblock)?|ik heb (?:hem|de adblocker) uitgeschakeld|já desativei(?: o bloqueador)?|wyłączył(?:em|am)"
    # (and the way on: u79-16; 'Ya lo he desactivado: recargar la página', u110-14)
    r"(?: adblocka)?|vypnul(?:a)? jsem(?: blokátor)?)(?:\s[–—-]\s.{1,40}|:\s.{1,40})?\W*$",
)
# An error page's exclamation, its way home and its search box: 'Hoppla!', 'Retour à l'accueil', 'Suche'.
ERROR_WEAK_LINE = (
    # maintenance as a title, and its promise: 'Wartungsarbeiten', 'Wir sind gleich wieder für Sie da!'
    # (works on the site, as a title: 'Lavori in corso sul sito', u92-03)
    r"^\W*(?:lavori in corso sul sito|travaux en cours sur le site|obras en la web|bauarbeiten an der website)\W*$|"
    r"^\W*(?:wartungsarbeiten|maintenance en cours|en mantenimiento|manutenzione in corso|in onderhoud|underhåll pågår|"
    r"vedligeholdelse|prace konserwacyjne|probíhá údržba|wir sind (?:gleich|bald) wieder (?:für sie )?da|nous "
    r"revenons (?:très )?vite|volvemos (?:enseguida|pronto)|torniamo (?:subito|presto)|voltamos (?:já|em breve)|"
    r"we zijn "
    r"(?:zo|snel) weer (?:terug|online)|(?:wrócimy|wracamy) (?:za chwilę|wkrótce|niebawem)|zaraz wracamy|"
    r"(?:hned|brzy) jsme zpět|vi (?:er|är) snart (?:tilbake|tilbage|tillbaka))\W*$",
    r"^\W*(?:hoppla|huch|oups|zut|aïe|ups|vaya|uy|ops|oeps|hoppsan|hovsa|ojej|jejda|ajaj) ?[!,.…](?:\W*$|\s.{0,80}$)",
    # the site's systems being updated, in the site's voice ('Stiamo aggiornando i nostri sistemi', u92-03)
    r"\b(?:stiamo aggiornando i nostri sistemi|nous mettons à jour nos systèmes|estamos actualizando nuestros sistemas|"
    r"wir aktualisieren (?:gerade )?unsere systeme|we werken onze systemen bij|estamos a atualizar os nossos sistemas|"
    r"vi uppdaterar våra system|vi opdaterer vores systemer|vi oppdaterer systemene våre|aktualizujemy nasze systemy|"
    r"aktualizujeme naše systémy)\b",
    # the site's own work on it, opening a line ('Pracujemy nad stroną – wrócimy około 6:00': u98-03; not a brief's
    # 'Pracujemy nad stroną dla seniorów', said by someone, which goes on in lower case past a dash)
    r"^\W*(?:pracujemy nad (?:stroną|serwisem|portalem)|wir arbeiten (?:gerade )?an (?:unserer|der) (?:website|seite)|"
    r"nous travaillons sur (?:le|notre) site|estamos trabajando en (?:la|nuestra) web|stiamo lavorando (?:sul|al) sito|"
    r"we werken aan (?:de|onze) (?:site|website)|estamos a trabalhar no (?:site|sítio)|vi arbetar med (?:sajten|"
    r"webbplatsen)|vi arbejder på (?:siden|sitet|hjemmesiden)|vi jobber med (?:nettsiden|nettstedet)|pracujeme na "
    r"(?:webu|stránkách))(?:\W*$|\s?[–—:-]\s?\S+(?:\s\S+){0,4}\W*$)",
    # thanks for the reader's patience, a maintenance page's close ('Tack för ditt tålamod!': u73-04)
    r"\b(?:tack för (?:ditt|ert) tålamod|tak for (?:din|jeres) tålmodighed|takk for tålmodigheten|"
    r"danke für ihre geduld|merci (?:de|pour) votre patience|gracias por su paciencia|grazie per la (?:vostra )?"
    r"pazienza|bedankt voor (?:je|uw) geduld|obrigado pela (?:sua )?paciência|dziękujemy za cierpliwość|děkujeme za "
    r"(?:vaši )?trpělivost)\b",
    r"^\W*(?:zurück zur (?:startseite|homepage)|zur startseite|retour (?:à|a) (?:l[’']accueil|la page d[’']accueil|"
    r"la une)|"
    r"volver a (?:la )?(?:portada|página (?:de )?inicio|inicio)|ir a (?:la )?portada|torna(?:re)? alla "
    r"(?:home(?: ?page)?|pagina (?:principale|iniziale))|vai alla home(?:page)?|voltar (?:à|para a) página (?:inicial|"
    r"principal)|ir para a página inicial|terug naar de (?:home ?page|voorpagina|startpagina)|naar de voorpagina|"
    r"tillbaka till (?:startsidan|förstasidan)|till startsidan|(?:tilbage |tilbake |gå )?til forsiden|wróć na stronę "
    r"główną|przejdź na stronę główną|zpět na (?:hlavní stránku|úvodní stránku|titulní stranu))\W*$",
    r"^\W*(?:suche|suchen|rechercher|recherche|buscar|búsqueda|cerca|pesquisar|zoeken|sök|søg|szukaj|wyszukaj|"
    r"hledat|vyhledávání)\W*$",
)
# A consent dialog's buttons and headings: 'Souhlasím', 'Nastavení', 'Účely zpracování', 'Zásady ochrany soukromí'.
CONSENT_WEAK_LINE = (
    r"^\W*(?:akzeptieren|ablehnen|zustimmen|einverstanden|accepter|refuser|j[’']accepte|je refuse|paramétrer|"
    r"personnaliser|aceptar|rechazar|acepto|configurar|accetta|accetto|rifiuta|personalizza|aceitar|aceito|"
    r"rejeitar|recusar|personalizar|accepteren|akkoord|weigeren|aanpassen|acceptera|godkänn|avvisa|anpassa|"
    r"accepter|acceptér|afvis|tilpas|godta|avvis|tilpass(?: valgene)?|bare nødvendige|kun nødvendige|endast "
    r"nödvändiga|lagre og lukk|lagre valg|akceptuję|akceptuj|zgadzam się|nie zgadzam się|odrzucam|odrzuć|dostosuj|"
    r"souhlasím|nesouhlasím|odmítnout|přizpůsobit|nastavení|einstellungen|réglages|ajustes|impostazioni|"
    r"definições|instellingen|inställningar|indstillinger|ustawienia)"
    r"(?: (?:und|et|y|e|en|och|og|i|a) \w+| (?:alle|tout|todo|tutto|alles|wszystkie|vše|cookies?))?\W*$",
    r"^\W*(?:datenschutz(?:erklärung|hinweise)|zwecke|verarbeitungszwecke|politique de (?:confidentialité|cookies)|"
    r"finalités|liste des partenaires|política de (?:privacidad|cookies|privacidade)|finalidades|lista de socios|"
    r"informativa (?:sulla privacy|cookie)|finalità|elenco dei partner|lista de parceiros|privacy(?:verklaring|beleid)|"
    r"cookiebeleid|doeleinden|integritetspolicy|cookiepolicy|ändamål|privatlivs(?:politik|erklæring)|formål|"
    r"personvernerklæring|partnerliste|partnerlista|"
    r"polityka (?:prywatności|cookies)|cele przetwarzania|lista partnerów|zásady (?:ochrany )?(?:soukromí|osobních "
    r"údajů|cookies)|účely zpracování|seznam partnerů)(?:\s*\([^)]{0,20}\))?\W*$",
)
# An offer under a teaser (junk.py's `_OFFER` has prices, which are written alike): a login prompt for
# subscribers, 'Déjà abonné ?', as PAYWALL_WEAK's first pattern has them.
OFFER = PAYWALL_WEAK

# A newsletter's sign-up form: its e-mail field and its buttons, each the whole line (junk.py's `_signup_form`).
SIGNUP_FIELD = (
    r"^\W*(?:(?:geben sie |introduce |introduzca |inserisci |insira |indtast |wpisz |zadejte |entrez )?(?:ihre|deine|"
    r"votre|tu|su|il tuo|la tua|o seu|a sua|je|uw|din|twój|váš|vaše) )?(?:e-?mail(?:-?adresse|adres|ová adresa)?|"
    r"adresse (?:e-?)?mail|adresse électronique|correo(?: electrónico)?|indirizzo e-?mail|endereço de e-?mail|"
    r"e-?postadress(?:e)?|adres e-?mail)(?: ein)?\W*$",
)
SIGNUP_BUTTON = (
    # (free, before the verb too: 'Gratis aanmelden', 'Inscreva-se gratuitamente': break52)
    r"^\W*(?:(?:gratis|gratuitement|gratuitamente|zdarma|bezpłatnie|grátis) )?"
    r"(?:(?:jetzt )?(?:kostenlos |gratis )?(?:abonnieren|anmelden|registrieren)|newsletter abonnieren|inscreva-se|"
    r"je m[’'](?:inscris|abonne)|s[’']inscrire|m[’']inscrire|suscribirme|suscríbete|apúntate|apuntarme|iscriviti|"
    r"iscrivimi|subscrever|"
    r"inscrever(?:-se)?|aanmelden|inschrijven|abonneren|prenumerera|anmäl dig|tilmeld(?: dig)?|zapisz się|"
    r"zapisz mnie|zapisuję się|subskrybuj|odebírat|chci odebírat|"
    r"přihlásit(?: se)? k odběru|s[’']abonner|suscribirse|quiero suscribirme|"
    r"iscriviti ora|abonnieren sie|meld (?:meg|deg) på|registrer deg|quero receber|quero subscrever|quiero recibirla|"
    r"quiero recibirlo|je veux la recevoir|voglio riceverla|ik wil hem ontvangen)"  # ('Quero receber': u74-18)
    # for free, after the verb ('Odebírat zdarma': u88-18)
    r"(?: (?:zdarma|gratis|kostenlos|gratuitement|gratuitamente|gratuito|za darmo|bezpłatnie|grátis))?\W*$",
)

# An app's interstitial: 'Open in the app' in those languages, as the whole line (junk.py's `_app_interstitial`;
# the stores' badges, 'App Store' and 'Google Play', are alike in every language).
# A login form's password field and its buttons, each the whole line (English: junk.py).
LOGIN_FIELD = (
    r"^\W*(?:(?:ihr|votre|tu|la tua|a sua|je|uw|ditt|dit|twoje|vaše) )?(?:passwort|kennwort|mot de passe|contraseña|"
    r"wachtwoord|lösenord|adgangskode|passord|hasło|heslo|senha|palavra-passe)\W*$",
)
LOGIN_BUTTON = (
    r"^\W*(?:anmelden|einloggen|se connecter|connexion|iniciar sesión|entrar|accedi|inloggen|logga in|log ind|"
    r"logg inn|zaloguj(?: się)?|přihlásit(?: se)?|passwort vergessen|mot de passe oublié|¿?olvidaste tu contraseña|"
    r"¿?has olvidado tu contraseña|"
    r"password dimenticata|wachtwoord vergeten|glömt lösenordet|glemt (?:din )?adgangskode|nie pamiętasz hasła|"
    r"zapomenuté heslo|esqueceu (?:a )?(?:sua )?senha)\W*$",
)
# An 'email this article' dialog (junk.py's `_share_dialog`): its title, fields, button and notes, each the whole
# line ('Enviar por correo electrónico', 'Tu nombre', 'Correo electrónico del destinatario', 'Enviar': u42).
_SHARE_VERB = r"(?:enviar|envoyer|senden|versenden|invia|inviare|verstuur|versturen|skicka|wyślij|odeslat)"
_SHARE_ARTICLE = (
    r"(?:(?:este|el|cet|l[’']|den|diesen|questo|dit|het|o) ?)?(?:artículo|article|artikel|articolo|artigo|artikeln|"
    r"artiklen|artykuł|článek)"
)
_SHARE_MEDIUM = r"(?:(?:por|par|per|via|med|på|przez) )?(?:correo(?: electrónico)?|e-?mail|courriel|e-?post|e-?mailem)"
_SHARE_FRIEND = r"(?:a un amigo|à un ami|an einen freund|a un amico|aan een vriend|till en vän|til en ven)"
SHARE_TITLE = (
    rf"^\W*{_SHARE_VERB} (?:{_SHARE_ARTICLE}(?: (?:{_SHARE_MEDIUM}|{_SHARE_FRIEND}))?|{_SHARE_MEDIUM})\W*$",
    r"^\W*(?:artikel|beitrag) (?:per e-?mail )?(?:versenden|empfehlen|teilen)\W*$",
    r"^\W*(?:compartir|partager|teilen|condividi|compartilhar|partilhar|delen|dela|del|udostępnij|sdílet) "
    rf"{_SHARE_MEDIUM}\W*$",
)
SHARE_FIELD = (
    r"^\W*(?:(?:tu|su|votre|ihr|ihre|il tuo|la tua|o seu|a sua|seu|sua|je|uw|ditt|din|twój|twoje|váš|vaše) )?"
    r"(?:nombre|nom|name|nome|naam|namn|navn|imię|jméno|correo(?: electrónico)?|e-?mail(?:-?adresse|adres)?|"
    # ('Il tuo indirizzo email': u52-19)
    r"indirizzo e-?mail|dirección de correo(?: electrónico)?|adresse e-?mail|endereço de e-?mail|"
    r"courriel|mensaje|message|nachricht|messaggio|mensagem|bericht|meddelande|besked|wiadomość|zpráva)"
    r"(?: (?:del|du|des|des empfängers|dell[’']|do|van de|till|til|odbiorcy|příjemce) ?(?:destinatario|"
    r"destinataire|empfängers|destinatário|ontvanger|mottagare|modtager))?"
    r"(?: \((?:opcional|facultatif|optionnel|optional|facoltativo|optioneel|valfritt|valgfri|opcjonalnie|"
    r"nepovinné)\))?\W*$",
    r"^\W*(?:correo(?: electrónico)?|e-?mail|courriel) (?:del|du|de l[’']|des|dell[’']|do) ?destinat\w+\W*$",
    # the recipient with the field's kind after it: 'Destinatario (indirizzo email)' (u52-19)
    r"^\W*(?:destinatario|destinataire|empfänger|destinatário|ontvanger|mottagare|modtager|mottaker|odbiorca|"
    r"příjemce) \((?:indirizzo e-?mail|correo(?: electrónico)?|adresse e-?mail|e-?mail(?:-?adresse|adres)?|"
    r"endereço de e-?mail|e-?postadress|adres e-?mail)\)\W*$",
)
SHARE_BUTTON = (
    r"^\W*(?:enviar|envoyer|senden|absenden|invia|verzenden|versturen|skicka|wyślij|odeslat|compartir|partager|"
    r"teilen|condividi)\W*$",
)
SHARE_NOTE = (
    r"^\W*(?:cancelar|annuler|abbrechen|annulla|annuleren|avbryt|annuller|anuluj|zrušit)\W*$",
    # 'send me a copy', and the addresses the dialog keeps or not ('L’indirizzo email del destinatario sarà usato
    # solo per …': u52-19)
    r"^\W*(?:inviami una copia|envíame una copia|m[’']envoyer une copie|eine kopie an mich(?: senden)?|"
    r"envie-me uma cópia|stuur (?:mij|me) een kopie|skicka en kopia till mig|send mig en kopi|send meg en kopi|"
    r"wyślij mi kopię|poslat kopii (?:mně|na můj e-?mail))\W*$",
    r"\b(?:indirizz[oi] e-?mail|direcci(?:ón|ones) de correo|adresses? e-?mail|e-?mail-?adressen?|"
    r"endereços? de e-?mail|e-?mailadress(?:en)?|e-?postadress(?:er)?|adresy e-?mail|e-?mailov[éá] adres[ay]) "
    r"(?:del|du|des|dell[’']|do|dos|van de|der|till|til|odbiorcy|příjemce) ?(?:destinatari[oa]?|destinataires?|"
    r"empfängers?|destinatários?|ontvangers?|mottagar(?:en|na)?|modtager(?:en|ne)?)\b",
    # ('Comparte este artículo: «…»', the article's title after a colon; not an editor's 'Compartilhe esta e qualquer
    # outra reportagem sem …': break27)
    r"^\W*(?:comparte|compartes|partagez|vous partagez|sie teilen|teile|condividi|stai condividendo|compartilhe|"
    r"partilhe|je deelt|deel) (?:este|esta|cet|cette|ce|diesen|dieses|den|questo|questa|dit|deze|o|a) (?:artículo|"
    r"article|artikel|articolo|artigo|reportagem|bericht|beitrag|noticia|notícia)\W*:.*$",
)
# A share dialog's hint under its message field ('Perché lo condividi? Aggiungi una nota per chi lo riceverà.':
# u52-19).
SHARE_HINT = (
    r"^(?:[^.!?:]{0,40}\? )?(?:aggiungi una nota|añade una nota|ajoutez une note|fügen sie eine notiz|"
    r"adicione uma nota|voeg een notitie|lägg till en anteckning|tilføj en note|legg til en merknad|dodaj notatkę|"
    r"přidejte poznámku)"
    # (for whom, no more: not 'Aggiungi una nota: papà, questo ti sarebbe piaciuto.', a poem's refrain: break37)
    r"(?: (?:per|para|pour|für|voor|till|til|dla|pro) [^.!?:,]{1,40})?(?: \([^)]{1,30}\))?[.!]?$",
)
# A login page's headline: 'Anmelden', 'Connexion à votre compte', 'Iniciar sesión en …'.
LOGIN_TITLE = (
    r"^\W*(?:anmelden|einloggen|anmeldung|se connecter|connexion|iniciar sesión|inicia sesión|accedi|inloggen|"
    r"logga in|log ind|"
    r"logg inn|zaloguj się|přihlášení|přihlásit se|iniciar sessão)(?: (?:bei|à|a|en|in|op|på|til|do|na|no)\b|"
    r"\W*$)|^\W*(?:mein konto|mon compte|mi cuenta|il mio account|mijn account|minha conta|mitt konto|min konto|"
    r"moje konto|můj účet)\W*$",
)
APP_LINE = (
    r"^\W*(?:app öffnen|im browser weiterlesen|(?:in der|in unserer) app (?:öffnen|lesen)|ouvrir (?:dans|"
    r"avec) l[’']app(?:lication)?|abrir en la app|"
    r"apri nell[’']app|abrir na app|openen in de app|öppna i appen|åbn i appen|otwórz w aplikacji|otevřít v aplikaci|"
    # ('Nej tak, fortsæt i browseren', 'Nei takk, …': break31)
    r"(?:(?:nej tak|nei takk|nej tack|nein danke|non merci|no gracias|no grazie|não obrigado|nee bedankt),? )?"
    r"(?:weiter|continuer|continuar|continua|doorgaan|fortsätt|fortsæt|fortsett|kontynuuj|pokračovat) (?:im|dans le|"
    r"en el|no|nel|in de|i|w|v) (?:browser|browseren|navigateur|navegador|webbläsaren|webbläsare|nettleseren|nettleser|"
    r"przeglądarce|"
    r"prohlížeči)|"
    # 'Les videre i appen', 'Læs videre i appen', 'Läs vidare i appen' (u45)
    r"(?:les|læs|läs) (?:videre|vidare) i appen|"
    # 'get the app' ('Hent appen': u52-20)
    r"hent appen|last ned appen|ladda ner appen|hämta appen|app herunterladen|scarica l[’']app|descarga la app|"
    r"baixe o app|download de app|pobierz aplikację|stáhněte si aplikaci|télécharger l[’']application)\W*$",
)

# A form to report an error in an article (junk.py's `_error_report_form`): its title, its description field and
# its send button, each the whole line ('Rapportera ett fel i artikeln' / 'Beskriv felet' / 'Skicka': u43;
# 'Meld fra om feil i artikkelen' / 'Beskriv feilen' / 'Send inn': u46).
ERROR_REPORT_TITLE = (
    r"^\W*(?:rapportera (?:ett )?fel|meld(?:e)? (?:fra )?om (?:en )?feil|rapporter (?:en )?(?:feil|fejl)|"
    r"(?:meld|rapportér|anmeld) (?:en )?fejl|(?:einen )?fehler melden|signaler une erreur|(?:reportar|notificar|"
    r"comunicar|informar de) (?:un |um )?err(?:or|o)|segnala(?:re)? un errore|(?:een )?fout melden|meld een fout|"
    # (after it only the article it is in, 'i artikeln', 'dans l’article'; not 'Segnalare un errore in bolletta':
    # break32)
    r"zgłoś błąd|nahlásit chybu|nahlaste chybu)(?:(?: nell[’']| (?:i|im|dans|en|in|nel|no|na|w|v) (?:(?:l[’']|cet|el|"
    r"het|dem|den) ?)?)(?:artikeln|artikkelen|artiklen|artikel|article|artículo|articolo|artigo|artykule|článku|saken|"
    r"sagen|texte|testo|texto))?\W*$",
)
ERROR_REPORT_FIELD = (
    r"^\W*(?:beskriv (?:felet|feilen|fejlen)|beschreiben sie den fehler|fehlerbeschreibung|décrivez l[’']erreur|"
    r"describ[ae] el error|descrivi l[’']errore|descreva o erro|beschrijf de fout|opisz błąd|popište chybu)"
    r"(?:\W*\([^)]{1,60}\))?\W*$",
)
# The field's noun form ('Opis błędu *': u53-19), a weaker wording (junk.py asks for a marked field or a note too).
ERROR_REPORT_FIELD_NOUN = (
    r"^\W*(?:beschreibung des fehlers|description de l[’']erreur|descripción del error|descrizione dell[’']errore|"
    r"descrição do erro|beschrijving van de fout|beskrivning av felet|beskrivelse af fejlen|beskrivelse av feilen|"
    r"opis błędu|popis chyby)(?:\W*\([^)]{1,60}\))?\W*$"
)
ERROR_REPORT_BUTTON = (
    r"^\W*(?:send inn|skicka(?: in)?|indsend|send|absenden|senden|envoyer(?: le signalement)?|enviar|invia(?: la "
    r"segnalazione)?|verzenden|versturen|wyślij(?: zgłoszenie)?|odeslat(?: hlášení)?)\W*$",
)
# The form's own fields for the reader: a name, an address, a link to a source ('Navn', 'E-post (valgfritt, dersom
# du ønsker svar)', 'Lenke til kilde (valgfritt)', 'Ditt namn (frivilligt)').
ERROR_REPORT_OTHER_FIELD = (
    r"^\W*(?:(?:ditt|din|dit|dein|ihr|votre|tu|su|il tuo|la tua|o seu|a sua|uw|je|twoje|twój|vaše?) )?(?:namn|navn|"
    r"name|nom|nombre|nome|naam|imię|jméno|e-?post(?:adresse?)?|e-?mail(?:-?adresse|adres)?|courriel|correo(?: "
    r"electrónico)?|(?:votre )?adresse e-?mail|adres e-?mail|adresa e-?mail|indirizzo e-?mail|dirección de correo(?: "
    r"electrónico)?|endereço de e-?mail|"
    # the article's address, its noun first ('Adres artykułu (link) *': u53-19)
    r"(?:adres|adresa|adresse|dirección|indirizzo|endereço|link|lien|odkaz) (?:artykułu|článku|de l[’']article|del "
    r"artículo|dell[’']articolo|do artigo|des artikels|van het artikel|till artikeln|til artiklen|til artikkelen)|"
    r"(?:lenke|länk|link|lien|enlace|collegamento) (?:til|till|zur|à la|a la|"
    r"vers la|alla|para a|naar de|do|na) (?:kilde|källa|kilden|quelle|source|fuente|fonte|bron|źródła|zdroj))"
    r"(?:\W*\([^)]{1,60}\))?\W*$",
)

# Every PAYWALL notice holds one of these (lowercased): junk.py skips a line without any before running the
# patterns (a test checks every line of the test corpora that the patterns match holds one).
PAYWALL_KEYS = (
    *("abonn", "abbonat", "abonad", "abonent", "assinant", "subscritor", "subscreva", "suscr", "socios", "hazte"),
    *("sesión", "sessão", "regístr", "registrat", "registreer", "prenumer", "subskryb", "předplat", "mitglied"),
    *("medlem", "leden", "plus", "weiter", "zu lesen", "kontingent", "sie haben", "límite", "limiet", "réserv"),
    *("gratuit", "offert", "gratis", "fria artik", "gränsen", "connectez", "identifiez", "accedi", "inlog"),
    *("inscrivez", "abbonand", "atingiu", "suite", "regístrate", "suscríbete", "log ind", "abonnent"),
    *("prenumerant", "vous reste", "är låst", "er låst", "premium", "ingår i"),
    *("log in", "login", "alcanzado", "llegado", "agotado", "raggiunto", "atingiu", "wykorzysta", "vyčerpal"),
    *("continuar a ler", "artikel mit", "beitrag mit", "text mit", "přečtete", "przeczytasz", "resten med"),
    *("artiklen med", "artikeln med", "artikel met", "rest met", "verder met", "suite avec", "entier avec"),
    *("completo con", "completa con", "resto con", "completo com", "completa com", "resto com", "lendo com", "ler com"),
    *("artikel mit", "přečtěte", "leyendo con", "lesen sie mit", "přečíst", "verder lezen"),
    *("läsa i", "läsas i", "resten av", "resten af", "app", "appli", "aplica", "aplikac"),
)

# Every notice of ACCESS, ERROR and CONSENT (and their _LINE and _SHORT groups) holds one of its kind's keys
# (lowercased): junk.py runs those patterns only on a line that holds one (tests/test_junk_languages.py
# checks the test corpora's lines).
ACCESS_KEYS = (
    *("zugriff", "accès", "acceso", "accesso", "toegang", "acesso", "åtkomst", "adgang", "dostęp", "odmowa"),
    *("přístup", "anfragen", "requêtes", "demandes", "solicitudes", "peticiones", "richieste", "verzoeken"),
    *("pedidos", "solicitaç", "förfrågningar", "anrop", "forespørgsler", "anmodninger", "żądań", "zapytań"),
    *("požadavk", "block", "bloqu", "blocc", "blokk", "blokera", "blokow", "blokát", "wykryli", "javascript"),
    *("mensch", "robot", "robô", "humain", "mens bent", "verfügbar", "disponib", "beschikbaar", "disponível"),
    *("tillgänglig", "tilgængelig", "tilgjengelig", "dostępn", "dostupn", "browser", "navigateur", "webbläsare"),
    "trafik",
    *("navegador", "przeglądark", "prohlížeč"),
    *("datenverkehr", "trafic", "člověk", "nietypowy", "mensch", "humano", "alter", "jugendschutz", "reklam"),
    *("vpn", "consentito", "fyllt", "jahre alt", " ans", "años", "anni", "jaar of", "anos", "fyldt", " lat", " let"),
    *("bloccato", "insolito", "persona", "umano", "humano", "humain", "pessoa", "sicherheit", "sécurité"),
    *("personne", "een mens", "människa", "menneske", "człowiek", "person", "blokerer", "blokuj"),
    *("annonce", "annonser", "werbung", "anzeigen", "publicit", "anuncio", "anúncio", "annunci", "advertent"),
    *("sítě", "adresy", "sieci", "adresu", "netwerk", "ip-adres", "nettverk", "netværk", "forbindelse", "nätverk"),
    *("ip-adress", "anslutning", "netzwerk", "réseau", "adresse ip", "connexion", "tu red", "su red", "dirección ip"),
    *("conexión", "ip-nummer", "vaší ip", "anschluss", "maskin", "non essere un", "kein programm", "pas un programme"),
    *("rete", "connessione", "indirizzo ip", "rede", "endereço ip", "ligação", "conexão", "verbinding"),
    *("slået", "skrudd", "stängt av", "deaktiviert", "ausgeschaltet", "désactivé", "desactivado", "disattivato"),
    *("uitgeschakeld", "desativei", "wyłączył", "vypnul", "slått", "obrazka", "obrázku", "afbeelding", "bild"),
    *("image", "imagen", "immagine", "imagem", "bildet", "billedet", "navegador", "prohlížeč", "nettleser"),
    *("seguridad", "sicurezza", "segurança", "beveiliging", "tráfico", "tráfego", "verkeer", "provoz"),
    *("e-tidningen", "e-avisen", "e-paper", "numérique", "digital", "kiosko", "e-wydanie", "e-vydání"),
    *("code", "codice", "código", "kod", "kód"),  # an access code after its label ('Kod błędu: 429')
)
ERROR_KEYS = (
    *("verfügbar", "existiert", "fehler", "wartungsarbeiten", "erreur", "maintenance", "existe pas"),
    *("existe plus", "indisponible", "erro", "mantenimiento", "manutenzione", "disponib", "onderhoud"),
    *("opgetreden", "serverfout", "indisponível", "manutenção", "atualização", "sidan", "uppstått", "serverfel"),
    *("fel 404", "codice", "código"),
    *("siden", "fejl", "strona", "błąd", "przerwa", "stránka", "chyb", "údržba", "rimoss", "disponível", "dienst"),
    "underhåll",
    *("nie znaleziono", "depubliziert", "code", "kod", "kód", "datab", "bazą", "gewartet", "gibt es", "strony"),
    *("página", "pagina", "stránka", "sidan", "siden", " page", "seite", "stránku", "afficher", "serverfeil"),
    *("aktualizacja", "niedostępn"),
    *("geladen", "getoond", "weergegeven", "angezeigt", "caricare", "visualizzare", "cargar", "mostrar", "charger"),
    *("chargé", "affiché", "carregar", "exibir", "laddas", "visas", "indlæses", "vises", "lastes", "załadować"),
    *("wczytać", "wyświetlić", "nepodařilo", "spostat", "eliminat", "cancellat", "mimo provoz"),
)
CONSENT_KEYS = (
    "informasjonskapsl",
    *("cookie", "pur-abo", "purabo", "einstellungen", "privatsphäre", "vie privée", "préférences", "choix"),
    *("paramètres", "abonner", "privacidad", "preferencias", "privacy", "preferenze", "privacidade"),
    *("definições", "configurações", "integritet", "inställningar", "privatliv", "indstillinger", "prywatnoś"),
    *("ustawienia", "zanim przejdziesz", "soukromí", "souhlas", "zustimm", "partner", "přijmout", "odmítnout"),
    *("dbamy", "partnerzy", "partneř", "parceiros", "partenaires", "socios"),
)

# --- listing pages ---------------------------------------------------------------------------------

# A link to the rest of an entry, as a line of its own: 'Weiterlesen', 'Lire la suite', 'Leer más', 'Leggi tutto'.
READ_MORE = (
    r"ascolta|escuchar|écouter|anhören|jetzt anhören|luisteren|lyssna|lyt|posłuchaj|poslechnout|ouvir|"
    r"weiterlesen|mehr lesen|zum artikel|lire la suite|lire plus|lire l[’']article|leer más|seguir leyendo|sigue "
    r"leyendo|leer el artículo|leggi (?:tutto|di più|l[’']articolo)|continua a leggere|"
    r"lees (?:verder|meer|het (?:hele )?artikel)|ler mais|leia mais|continuar a ler|continue lendo|"
    r"läs (?:mer|hela|artikeln)|læs (?:mere|hele|artiklen)|czytaj (?:więcej|dalej|artykuł)|"
    r"číst (?:více|dál|celý)|celý článek|"
    # a newsletter archive's link to an issue ('Lees deze editie': u67-11)
    r"lees (?:deze|de) (?:editie|uitgave|nieuwsbrief)|(?:diese )?ausgabe lesen|zur ausgabe|lire (?:ce|le) numéro|lire "
    r"cette édition|leer (?:esta|la) edición|leggi (?:questo|il) numero|ler (?:esta|a) edição|leia (?:esta|a) edição|"
    r"läs (?:utskicket|numret|utgåvan)|læs (?:udgaven|nyhedsbrevet)|les (?:utgaven|nyhetsbrevet)|czytaj (?:wydanie|"
    r"newsletter)|(?:přečíst|číst|zobrazit) vydání"
)

# A listing's title: an author's articles, a tag, search results, the most read; an archive's title alone.
LISTING_TITLE = (
    r"^(?:alle )?(?:artikel|beiträge) (?:von|zum thema)\b|^(?:schlagwort|suchergebnisse)\b|"
    r"^(?:meistgelesen|am meisten gelesen|neueste artikel)|"
    r"^(?:tous les )?articles (?:de|d[’']|sur)\b|^(?:mot-clé|résultats de (?:la )?recherche)\b|"
    r"^(?:les plus lus|dernières (?:nouvelles|actualités))|"
    r"^(?:artículos|noticias) (?:de|sobre)\b|^(?:etiqueta|resultados de (?:la )?búsqueda)\b|"
    r"^(?:lo más leído|más leíd[ao]s|últimas noticias)|"
    r"^(?:tutti gli )?articoli (?:di|su)\b|^(?:risultati (?:della )?ricerca)\b|"
    r"^(?:i più letti|(?:le )?più lette|ultime notizie)|"
    r"^(?:alle )?artikelen (?:van|over)\b|^(?:zoekresultaten)\b|^(?:meest gelezen|laatste nieuws)|"
    r"^(?:artigos|notícias) (?:de|sobre)\b|^(?:resultados da pesquisa)\b|^(?:mais lid[ao]s|últimas notícias)|"
    r"^artiklar (?:av|om)\b|^(?:sökresultat)\b|^(?:mest lästa|senaste nytt)|"
    r"^artikler (?:af|om)\b|^(?:søgeresultater)\b|^(?:mest læste|seneste nyt)|"
    r"^(?:artykuły|teksty) (?:autora|o)\b|^(?:wyniki wyszukiwania)\b|^(?:najczęściej czytane|najnowsze)|"
    r"^wszystkie artykuły (?:z tagiem|autora|o)\b|^temat:\s|"
    r"^články (?:autora|o)\b|^(?:štítek|výsledky hledání)\b|^(?:nejčtenější|nejnovější)|"
    # an archive's compound name and its title: 'Nyhedsbrevsarkiv: Morgenoverblik' (not 'Archiv: Die Straßenbahn
    # nach Kleve in sieben Daten', a chronicle from the archive)
    r"^\w+(?:archiv|arkiv|archief)\s?[:|–—-]|"
    # an archive of a day: 'Arkiv för 12 mars 2024', 'Archives du 12 mars 2024' (not 'Archiv: Mauerfall 1989', a
    # chronicle from the archive)
    r"^(?:archiv|archives?|archivo|archivio|archief|arquivo|arkiv|archiwum|archív)\s(?:för|vom|des|du|del|de|van|z|"
    r"ze|af|for|from)\b.{0,30}\d{4}\W*$|"
    # a newsletter's archive: 'Archivio della newsletter' (u43), 'Archives de la newsletter'
    r"^(?:archiv|archives?|archivo|archivio|archief|arquivo|arkiv|archiwum|archív) (?:der|des|de la|del|della|van de|"
    r"da|do|för|for|af|z) newslett?er\w*\W*$|"
    # a newsletter's name and its earlier issues ('Morgonbrevet – tidigare utskick': u84-12)
    r"^[^–—|:]{1,40}\s[–—|:-]\s(?:tidigare|äldre) (?:utgåvor|utskick|nummer)\W*$|^[^–—|:]{1,40}\s[–—|:-]\s(?:tidligere|"
    r"ældre) (?:udgaver|utgaver|numre|nyhedsbreve|nyhetsbrev)\W*$|^[^–—|:]{1,40}\s[–—|:-]\s(?:frühere|ältere) "
    r"ausgaben\W*$|^[^–—|:]{1,40}\s[–—|:-]\s(?:edições|números|ediciones|éditions|edizioni|numeri) (?:anteriores|"
    r"précédentes|precedenti)\W*$|^[^–—|:]{1,40}\s[–—|:-]\s(?:eerdere edities|poprzednie wydania|starší vydání)\W*$|"
    # a newsletter's archive as a compound and its name ('Newsletter-Archiv: Die Morgenlage': break51)
    r"^newsletter-?(?:archiv|arkiv|archief)\s?[:|–—-]|"
    # an archive of a newsletter, its name after it ('Archiv newsletteru Ranní brífink': u56-36, u79-12)
    r"^(?:archiv|archives?|archivo|archivio|archief|arquivo|arkiv|archiwum|archív) (?:newslett?er\w*|nyhetsbrev\w*|"
    r"nyhedsbrev\w*|nieuwsbrie\w*)(?:\W+[^\W\d]+){0,5}\W*$|"
    # an archive's label before a newsletter's name ('Arquivo: newsletter Manhã Clara': u78-12)
    r"^(?:archiv|archives?|archivo|archivio|archief|arquivo|arkiv|archiwum|archív)\s?[:|–—-]\s?(?:(?:the|la|le|il|de|"
    r"a|o|die|der|das|het) )?newslett?er(?:\W+[^\W\d]+){0,5}\W*$|"  # (not 'Archiv: newsletter z roku 1998 ukazuje, …')
    r"^hemeroteca\b|^(?:archiv|archivo|archivio|archief|arquivo|arkiv|archiwum|thema|tema|argomento|onderwerp|ämne|"
    r"emne|temat|"
    r"téma)\W*$"
)

# A listing's pager: 'Mehr laden', 'Voir plus', 'Zobacz więcej', 'Visa fler artiklar', 'Vis ældre udgaver', as a
# line of its own.
PAGER = (
    r"(?:zobacz więcej|pokaż więcej|załaduj więcej|wczytaj więcej|mehr laden|mehr anzeigen|voir plus|afficher plus|"
    r"ver más|cargar más|mostra altro|"
    r"carica altri|meer laden|toon meer|carregar mais|ver mais|visa fler|visa äldre|ladda fler|vis flere|vis ældre|"
    r"indlæs flere|načíst další|zobrazit další|ältere ausgaben|ältere artikel|oudere artikelen|"
    # 'Meer edities laden' (u67-11), 'Weitere Artikel laden'; all of them ('Alle Termine anzeigen': break52)
    # (not 'Se alle arrangementer', 'Bekijk alle edities': a column's or a newsletter's link to its archive, break53)
    r"meer \w+ laden|(?:mehr|weitere|alle) \w+ (?:laden|anzeigen)|se flere|"
    # a count of results ('37 resultaten voor ‘waterschapsverkiezingen’': u80-11), a numbered pager ('Vorige 1 2 3 4
    # Volgende', '« Anterior 1 2 3 … 48 Siguiente »': u109-10)
    r"\d[\d.,]* (?:resultaten|resultados|résultats|risultati|ergebnisse|treffer|träffar|treff|resultater|wyników|"
    r"výsledků|výsledky)(?: (?:voor|para|pour|per|für|zu|för|for|på|dla|pro|k|encontrad[oa]s|gevonden|gefunden|"
    r"trouvés|trovati|hittades|fundet|funnet|znalezion\w*|nalezeno)\b.{0,60})?|"
    # (the previous page, the page numbers with an ellipsis anywhere, the next: '« Anterior 1 … 4 5 6 … 48 Siguiente »',
    # '« Página anterior 1 2 3 … 48 Página siguiente »': break56)
    r"(?:(?:página|pagina|page) )?(?:vorige|zurück|vorherige|précédente?|anterior|precedente|föregående|forrige|"
    r"poprzednia|předchozí)(?: (?:pagina|seite|page|sida|side|strona|strana))?(?: (?:\d+|…|\.\.\.))+ "
    r"(?:(?:página|pagina|page) )?(?:volgende|weiter|nächste|suivante?|siguiente|successiv[oa]|seguinte|próxim[oa]|"
    r"nästa|neste|næste|następna|další)(?: (?:pagina|seite|page|sida|side|strona|strana))?|"
    # a next or previous page, alone or after the page numbers ('1 2 3 Następna strona »': u75-11; 'Volgende pagina':
    # u86-11)
    r"(?:\d+ )*(?:(?:volgende|vorige) pagina|(?:nächste|vorherige) seite|page (?:suivante|précédente)|página "
    r"(?:siguiente|anterior|seguinte)|próxima página|pagina (?:successiva|precedente)|(?:nästa|föregående) sida|"
    r"(?:næste|forrige|neste) side|(?:następna|poprzednia) strona|(?:další|předchozí) strana)|"
    # a newsletter archive's earlier issues ('Ver edições anteriores': u78-12)
    r"(?:ver |veja |mostrar |voir les |ver las |vedi le |bekijk )?(?:edições|números|ediciones|éditions|edizioni|"
    r"numeri|edities|nummers) (?:anteriores|précédentes|precedenti|eerdere|anteriori|passées)|(?:bekijk )?(?:oudere|"
    r"eerdere) (?:edities|nummers)|(?:se )?(?:tidigare|"
    r"äldre) (?:utgåvor|nummer)|(?:se )?(?:tidligere|ældre) (?:udgaver|utgaver|numre)|(?:zobacz )?(?:poprzednie|"
    r"starsze|archiwalne) (?:wydania|numery)|(?:starší|předchozí) (?:vydání|čísla)|(?:frühere|vorherige) ausgaben|"
    r"(?:página|seite|page|"
    r"pagina|sida|side|strona|strana) \d+ (?:de|von|sur|di|van|av|af|z) \d+(?: \| \w+)?(?: (?:seguinte|siguiente|"
    r"weiter|suivante?|successiva|volgende|nästa|neste|næste|następna|další|next))?)(?: (?:artiklar|"
    r"artikler|artikel|artikelen|articles|artículos|articoli|artigos|artykułów|článků|udgaver|utgåvor|ausgaben|"
    r"nyheter|nyheder|notizie|noticias|notícias|edities|edizioni|éditions|ediciones|edições|wydań|vydání|"
    # a podcast's episodes: 'Visa fler avsnitt', 'Mostra altre puntate', 'Zobacz więcej odcinków'
    r"avsnitt|afsnit|episoder|afleveringen|folgen|épisodes|episodios|episódios|episodi|puntate|odcinków|dílů|"
    # a newsletter's issues: 'Carica altri numeri' (u43)
    r"numeri|números|numéros|nummers|nummer|numery|čísla|"
    # hits of a search ('Visa fler träffar': u91-11); events: 'Ver mais eventos' (u85-12); not results ('Ver mais
    # resultados' under an election's: b38-10)
    r"träffar|treff|træffere|hits|treffer|"
    r"eventos|eventi|événements|veranstaltungen|termine|evenementen|evenemang|arrangementer|arrangement|wydarzeń|"
    r"akcí|akce))?"  # ('Zobrazit další akce': u117-12)
)

# A search or listing page's own lines: its sort or filter options ('Sortér efter: Nyeste | Mest relevante': u76-11;
# 'Filtrar por: Música | Teatro | Exposições': u85-12), two options or more between bars, dots or slashes; and its count
# of what was found, in a short sentence ('Znaleziono 23 wyniki.', 'Vi fandt 38 artikler, der matcher din søgning.').
SORT_LABEL = (
    r"sort(?:ed)? by|order by|sortieren nach|sortiert nach|sortierung|trier par|trié par|ordenar por|ordenado por|"
    r"ordina per|ordinati per|sorteren op|sorteer op|gesorteerd op|sortera (?:efter|på)|sorterat efter|sortér efter|"
    r"sorter (?:efter|etter|på)|sortert etter|sortuj(?: według| wg| po)?|sortowanie|řadit(?: podle)?|"
    r"seřadit(?: podle)?|řazení"
)
# A listing's filter: what kind of entries it shows, before a colon ('Filtrar: Todos · Música · Teatro', 'Vis: Alle |
# Konserter', 'Kategorie: Alle | Konzerte': break52); a page's own line too, but no sign of a search.
FILTER_LABEL = (
    r"filter(?: by)?|filtern(?: nach)?|filtrer(?: par| efter| etter| på)?|filtrar(?: por)?|filtra(?: per)?|"
    r"filteren(?: op)?|filter op|filtrera(?: efter| på)?|filtruj(?: według| wg| po)?|filtrovat(?: podle)?|"
    r"kategorie|kategori|categoria|catégorie|categoría|categorie|kategoria|category|show|vis|visa|zeige|anzeigen|"
    r"mostrar|afficher|mostra|toon|pokaż|zobrazit"
)
# A way to reach the newsroom on a page of them, as a line of its own: the channel, a colon, the number or address
# ('Signal or WhatsApp: +1 306 555 0142', 'Encrypted email: tips@…', 'Threema: 8XK4P2QM', 'Post: Postfach 10 20 30':
# u97-20, break48-76).
CHANNEL_LABEL = (
    r"signal|whatsapp|threema|telegram|securedrop|wire|proton ?mail|(?:(?:encrypted|secure|verschlüsselte|sichere|"
    r"krypterad|kryptert|krypteret|cifrado|criptografado|crittografata|versleutelde|szyfrowany|šifrovaný) )?(?:e-?mail|"
    r"e-post|mail)|post|postal address|postadresse|postanschrift|adresse(?: postale)?|address|adres|adresa|dirección|"
    r"indirizzo|morada|endereço|postadress|poczta|pošta|phone|telephone|telefon|telefone|teléfono|telefono|téléphone|"
    r"tel\.?|sms|text"
)
# The channels a newsroom offers its sources besides a phone and an e-mail: a messenger or encrypted mail.
SECURE_CHANNEL = (  # (not WhatsApp or Telegram, which a lost dog's owner gives too: break55)
    r"signal|threema|securedrop|proton ?mail|(?:encrypted|secure|verschlüsselte|sichere|"
    r"krypterad|kryptert|krypteret|cifrado|criptografado|crittografata|versleutelde|szyfrowany|šifrovaný) (?:e-?mail|"
    r"e-post|mail)"
)
# The newsroom's tips named, in the page's headline or first lines ('reads every tip we receive', 'Tips oss',
# 'Hinweise an die Redaktion'), and the way to reach the site, in its own voice ('So erreichen Sie uns vertraulich')
TIPS_NAMED = (
    r"tips?|tip-offs?|tip us|hinweise?n?|tipps?|tuyaux?|pistas?|soffiat\w*|segnalazion\w*|dicas?|vinkje?s?|tipsa|"
    r"tipse|wskazów\w*|sygnał\w*|tipy"
)
REACH_US = (
    r"reach us|contact us|get in touch with us|erreichen sie uns|kontaktieren sie uns|nous contacter|contactez-nous|"
    r"contáctanos|contattaci|contacteer ons|fale conosco|contacte-nos|kontakta oss|kontakt os|kontakt oss|skontaktuj "
    r"się z nami|kontaktujte nás|napište nám"
)
# An events calendar's own line: a filter whose first option is all of its events, under any label ('Toon: Alles |
# Muziek | Theater | Kinderen', 'Okres: všechny | Jihlava | Třebíč | …': break53, u93). Not a button to submit an
# event, which a weekend column ends on too ('Send us your event', 'Meld je evenement aan': break54).
ALL_OPTION = (
    r"(?:all|alle|alles|tout|tous|toutes|todos|todas|todo|tutti|tutte|tutto|alla|allt|wszystkie|wszystko|vše|všechny|"
    r"všechno)"
    # (with the events named: 'Tous les événements | Concerts | …', 'Todos los eventos | …': break54)
    r"(?: (?:les |los |las |gli |i |de |die |the |as |os )?(?:events|événements|eventos|eventi|evenementen|"
    r"veranstaltungen|termine|evenemang|arrangementer|arrangementene|wydarzenia|akce))?"
)
SEARCHED_FOR = (
    r"you searched for|your search for|du søkte etter|du sökte på|du sökte efter|du søgte efter|du søgte på|"
    r"sie suchten nach|ihre suche nach|vous avez recherché|votre recherche|has buscado|tu búsqueda|hai cercato|"
    r"la tua ricerca|je zocht op|je zocht naar|uw zoekopdracht|você pesquisou|pesquisou por|a sua pesquisa|"
    r"szukałeś|szukałaś|hledali jste|hledaný výraz|"
    # results for what was searched ('Wyniki dla zapytania: remont dworca': u97), not English's bare 'Results for'
    r"search results for|wyniki (?:wyszukiwania )?dla(?: zapytania| frazy| hasła)?|výsledky (?:hledání|vyhledávání)"
    r"(?: pro| výrazu)?|(?:such)?ergebnisse für|résultats (?:de (?:la )?recherche )?pour|resultados (?:de (?:la )?"
    r"búsqueda |da pesquisa )?(?:para|por)|risultati (?:della ricerca |di ricerca )?per|zoekresultaten voor|"
    r"sökresultat för|"
    r"søgeresultat(?:er)? for|søkeresultat(?:er)? for"
)
SHOWING_COUNT = (
    r"(?:showing|viser|visar|zeige|angezeigt|affichage|mostrando|visualizzati|weergave|a mostrar|pokazano|zobrazeno)"
    r"(?: results?| resultater| resultat| treff| träffar| ergebnisse| wyniki| výsledky)?\s\d+\s?[–-]\s?\d+\s"
    r"(?:of|av|af|von|sur|de|di|van|z|ze|z celkem)\s\d[\d.,]*\s\w+"
)
FOUND_VERB = (
    r"(?:we found|found|wir haben|es wurden|nous avons trouvé|encontramos|se encontraron|abbiamo trovato|sono stati "
    r"trovati|we hebben|er zijn|foram encontrados|encontrámos|vi hittade|hittade|vi fandt|der blev fundet|vi fant|"
    r"znaleziono|nalezeno|našli jsme|nalezli jsme)\s\d[\d.,\s]*"
)
# (results always; articles only with the search named after them: 'Vi fandt 38 artikler, der matcher din søgning.',
# not 'Vi fandt 38 artikler med mindst én anonym kilde.' nor 'Se encontraron 3.000 artículos falsificados': break52)
RESULT_NOUNS = (
    r"(?:results?|treffer|ergebnisse|résultats?|resultados?|risultati|resultaten|träffar|resultat|resultater|"
    r"wynik\w*|výsled\w*)\b"
)
ARTICLE_NOUNS = (
    r"(?:articles?|stories|posts|artikel|artículos|articoli|artikelen|artigos|artiklar|artikler|artykuł\w*|"
    r"článk\w*)\b"
)
SEARCH_NAMED = r"(?:search|such|recherch|búsqueda|ricerca|zoek|pesquis|sök|søg|søk|wyszuk|hled|dotaz|zapytani)"

# An entry's age in a listing: 'Hace 2 horas', 'vor 3 Stunden', 'il y a 2 jours', 'Ayer'.
ENTRY_AGE = (
    r"(?:hace \d+ (?:minutos?|horas?|días?)|ayer|vor \d+ (?:minuten|stunden|tagen)|gestern|il y a \d+ (?:minutes?|"
    r"heures?|jours?)|hier|\d+ (?:minuti|ore|giorni) fa|ieri|\d+ (?:minuten|uur|dagen) geleden|gisteren|"
    r"há \d+ (?:minutos?|horas?|dias?)|ontem|för \d+ (?:minuter|timmar|dagar) sedan|igår|"
    r"for \d+ (?:minutter|timer|dage) siden|i går|"
    r"\d+ (?:minut[y]?|godzin[ya]?|dni) temu|wczoraj|před \d+ (?:minutami|hodinami|dny)|včera"
    r")(?: \d{1,2}[:.]\d{2})?"  # 'I går 18:42'
)

# A form's fields that ask for the reader's details, each the whole line (junk.py's `_details_form`: an order, a
# contact or a tip form): the name, the address and its parts, the phone, the e-mail, the message and its subject.
# (Nordic 'by' and 'land', Polish 'kraj', Dutch 'plaats' are everyday words too: they count only as fields, a line of
# their own among at least two others.)
FORM_FIELD = (
    # German, French, Spanish, Italian
    r"(?:ihr |ihre |dein |deine )?(?:name|vorname|nachname|vor- und nachname|e-?mail(?:-?adresse)?|telefon(?:nummer)?|"
    r"handynummer|mobilnummer|adresse|anschrift|straße|strasse|straße und hausnummer|hausnummer|plz|postleitzahl|"
    r"plz und ort|ort|wohnort|geburtsdatum|nachricht|betreff|firma|anhang)|"
    r"(?:votre |ton |ta )?(?:nom|prénom|nom et prénom|nom complet|e-?mail|courriel|adresse (?:e-?mail|électronique|"
    r"postale)|téléphone|numéro de téléphone|portable|adresse|code postal|ville|commune|date de naissance|message|"
    r"objet|sujet|société|pièce jointe)|"
    r"(?:tu |su )?(?:nombre|apellidos?|nombre y apellidos|nombre completo|correo(?: electrónico)?|teléfono|móvil|"
    r"dirección|domicilio|código postal|ciudad|localidad|provincia|fecha de nacimiento|mensaje|asunto|empresa|"
    r"adjunto)|"
    r"(?:il tuo |la tua |il suo |la sua )?(?:nome|cognome|nome e cognome|indirizzo(?: e-?mail)?|telefono|cellulare|"
    r"cap|città|comune|data di nascita|messaggio|oggetto|azienda|allegato)|"
    # Dutch, Portuguese, Swedish, Danish, Norwegian
    r"(?:uw |je |jouw )?(?:naam|voornaam|achternaam|e-?mailadres|telefoon(?:nummer)?|mobiel(?:e nummer)?|adres|"
    r"straat(?: en huisnummer)?|huisnummer|postcode|woonplaats|plaats|geboortedatum|bericht|onderwerp|bedrijf|"
    r"bijlage)|"
    r"(?:o seu |a sua |seu |sua )?(?:nome(?: completo)?|apelido|sobrenome|e-?mail|telefone|telemóvel|celular|morada|"
    r"endereço|código postal|cep|cidade|localidade|data de nascimento|mensagem|assunto|empresa|anexo)|"
    r"(?:ditt |din |dit )?(?:namn|förnamn|efternamn|fullständigt namn|e-post(?:adress)?|telefon(?:nummer)?|"
    r"mobilnummer|adress|gatuadress|postnummer|postort|ort|födelsedatum|meddelande|ämne|företag|bilaga)|"
    r"(?:dit |din |ditt )?(?:navn|fornavn|efternavn|etternavn|fulde navn|fullt navn|e-?mail|e-post(?:adresse)?|"
    r"telefon(?:nummer)?|mobilnummer|adresse|gadenavn|gateadresse|postnummer|poststed|by|fødselsdato|besked|"
    r"melding|emne|firma|vedhæftning|vedlegg)|"
    # Polish, Czech, Finnish
    r"(?:twoje |twój |vaše |váš )?(?:imię|nazwisko|imię i nazwisko|e-?mail|adres e-?mail|telefon|numer telefonu|"
    r"adres|ulica|kod pocztowy|miejscowość|miasto|data urodzenia|wiadomość|treść wiadomości|temat|załącznik|jméno|"
    r"příjmení|jméno a příjmení|e-?mailová adresa|telefonní číslo|adresa|ulice|psč|obec|město|datum narození|zpráva|"
    r"předmět|příloha)|"
    r"(?:nimi|etunimi|sukunimi|sähköposti(?:osoite)?|puhelin(?:numero)?|osoite|katuosoite|postinumero|"
    r"postitoimipaikka|paikkakunta|syntymäaika|viesti|aihe|liite)"
)
# A form's send button, as the whole line, maybe with its object after it ('Absenden', 'Send tip', 'Versturen').
FORM_BUTTON = (
    r"(?:absenden|abschicken|senden|jetzt bestellen|bestellen|envoyer|valider|soumettre|commander|enviar|"
    r"invia(?:re)?|ordina|versturen|verzenden|verstuur|bestel|submeter|encomendar|skicka(?: in)?|beställ|"
    r"indsend|send(?: inn)?|bestil|bestill|wyślij|zamów|odeslat|objednat|lähetä|tilaa)"
)
# A survey's way on, as the whole line: 'Weiter', 'Suivant', 'Siguiente', 'Avanti', 'Volgende', 'Nästa', 'Næste'.
SURVEY_NEXT = (
    r"(?:weiter|suivant|siguiente|avanti|prosegui|volgende|ga verder|verder|seguinte|próxima|próximo|continuar|nästa|"
    r"gå vidare|næste|fortsæt|neste|gå videre|dalej|przejdź dalej|další|pokračovat|seuraava|jatka|"
    # the next question ('Nächste Frage', 'Passer à la question 3': break52)
    r"nächste frage|question suivante|passer à la question \d{1,2}|siguiente pregunta|prossima domanda|volgende vraag|"
    r"próxima pergunta|nästa fråga|næste spørgsmål|neste spørsmål|następne pytanie|další otázka)"
)
# A survey's counter: 'Frage 1 von 10', 'Question 2 sur 8', 'Domanda 1 di 8', 'Spørgsmål 1 af 10', 'Pytanie 1 z 6'.
SURVEY_COUNTER = (
    r"(?:frage|question|pregunta|domanda|vraag|pergunta|fråga|spørgsmål|spørsmål|pytanie|otázka|kysymys) \d{1,2} ?"
    r"(?:von |sur |de |di |van |av |af |z |ze |/ ?)"
)
# A send button's object, after or before the verb ('Send tip', 'Nachricht senden', 'Envoyer le message').
FORM_OBJECT = (
    r"(?:(?:la |le |el |il |o |a |de |het |din |dit |ditt |twoją |vaši )?(?:tip|tips|nachricht|bestellung|anfrage|"
    r"message|commande|demande|mensaje|pedido|solicitud|consulta|messaggio|ordine|richiesta|segnalazione|bericht|"
    r"bestelling|aanvraag|mensagem|encomenda|meddelande|beställning|besked|bestilling|melding|wiadomość|zamówienie|"
    r"zgłoszenie|zprávu|objednávku|viesti|tilaus|vinkki|tippet|tipset|tipsene|formular|formulaire|modulo|formulario|"
    # a tip ('Hinweis absenden': u79-19)
    r"hinweis|signalement|pista|podnět|"
    r"formulier|formulário|formulär|formularz|formulář))"
)
# A heading over the reader's details, the whole line: 'Ihre Daten', 'Vos coordonnées', 'Dine oplysninger'.
FORM_HEADING = (
    r"(?:ihre (?:daten|angaben|kontaktdaten)|vos coordonnées|vos informations|tus datos|sus datos|datos personales|"
    r"i tuoi dati|dati personali|uw gegevens|je gegevens|persoonsgegevens|os seus dados|dados pessoais|dina uppgifter|"
    r"dine oplysninger|dine opplysninger|twoje dane|dane osobowe|vaše údaje|osobní údaje|omat tiedot|yhteystiedot)"
)
# A field for an attachment, opening its line: 'Vedhæft billeder', 'Liitä kuva', 'Datei anhängen'.
ATTACH_FIELD = (
    r"(?:vedhæft|vedlegg|bifoga|bijlage toevoegen|datei anhängen|anhang|joindre|pièce jointe|adjuntar|allega|anexar|"
    r"załącz|dodaj (?:plik\w*|zdjęci\w*|film)|přiložit|příloha|liitä|last opp|ladda upp|upload|hochladen|uploaden|"
    r"subir (?:archivos|fotos)|carica|prześlij|nahrát)"
)
# A survey's own name: 'Leserumfrage', 'questionnaire', 'encuesta', 'questionario', 'lezersonderzoek', 'enkät'.
# (not the everyday words for an inquiry: 'onderzoek', 'undersøgelse', 'enquête' alone, in a quiz's headline: a review)
SURVEY_WORD = (
    r"\b\w*(?:umfrage|fragebogen|sondage|questionnaire|encuesta|cuestionario|sondaggio|questionario|vragenlijst|"
    r"pesquisa|inquérito|questionário|enkät|ankiet|dotazník|anket|kysely)\w*\b|"
    r"\b(?:lezers|klant|gebruikers)(?:onderzoek|enquête)\w*\b|\b(?:læser|spørge|bruger|leser|spørre|bruker)"
    r"(?:undersøgelse|undersøkelse)\w*\b|"
    # a Czech reader survey ('Čtenářský průzkum 2024': u124-20; not 'průzkum' alone, a poll's)
    r"\b(?:čtenářsk|uživatelsk)\w* průzkum\w*\b|"
    # the everyday word, with how long it takes ('Undersøkelsen tar rundt fire minutter': u114-20)
    r"\b(?:undersøkelsen|undersøgelsen|undersökningen|onderzoek|(?:de |l[’'])enquête)\b[^.!?]{0,30}\b(?:tar|tager|"
    r"duurt|prend|takes)\b[^.!?]{0,30}\b(?:minutter|minuter|minuten|minutes)\b"
)
# A survey's answers, the object of its send button: 'Skicka svar', 'Enviar respuestas', 'Antworten absenden'.
# (with an article too: 'Invia le risposte', 'Enviar las respuestas', u100-19)
SURVEY_ANSWERS = (
    r"(?:(?:ihre |deine |die |vos |les |tus |sus |las |le tue |le |uw |je |de |as suas |as |dina |dine |twoje |vaše )?"
    r"(?:antworten|réponses|respuestas|risposte|antwoorden|respostas|svar|svaren|svarene|odpowiedzi|odpovědi|"
    r"vastaukset)|"
    # or the survey itself ('Odeslat dotazník': u123-20; 'Fragebogen absenden', 'Enviar cuestionario')
    r"(?:den |le |el |il |o |de |the )?(?:dotazník|ankietę|fragebogen|questionnaire|cuestionario|questionario|"
    r"questionário|vragenlijst|enkäten|spørgeskemaet|spørreskjemaet))"
)

# A listing entry's date without its year, in those languages: '3 okt', 'Fredag 15. marts', 'sex, 8 mar', and a relative
# day ('vandaag 14:32'), with a time after it maybe (junk.py's `_OTHER_SHORT_DATE`: u64-10, u64-12, u66-12).
SHORT_MONTHS = (
    # (not those that are English words after a number: 'out', 'set', 'pro', 'led', 'gen', 'sie', 'lis': a review)
    r"jan|feb|mär|mrz|mar|apr|mai|maj|may|jun|jul|aug|ago|sep|sept|okt|oct|nov|dez|dec|dic|giu|lug|ene|abr|fev|févr|"
    r"janv|avr|juil|déc|sty|lut|kwi|cze|wrz|paź|gru|úno|bře|dub|kvě|čvn|čvc|srp|zář|říj"
)
WEEKDAYS = (
    r"montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|"
    r"lunes|martes|miércoles|jueves|viernes|sábado|domingo|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|maandag|"
    r"dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|segunda(?:-feira)?|terça(?:-feira)?|quarta(?:-feira)?|"
    r"quinta(?:-feira)?|sexta(?:-feira)?|måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag|mandag|tirsdag|lørdag|"
    r"søndag|poniedziałek|wtorek|środa|czwartek|piątek|sobota|niedziela|pondělí|úterý|středa|čtvrtek|pátek|neděle|"
    r"mo|di|mi|do|fr|sa|so|lun|mar|mer|jeu|ven|sam|dim|mié|jue|vie|sáb|dom|gio|sab|ma|wo|vr|za|zo|seg|ter|qua|qui|"
    r"sex|mån|tis|ons|tor|fre|lör|sön|man|tir|lør|søn|pon|wt|śr|czw|pt|nd|po|út|st|čt|pá|ne"
)
RELATIVE_DAYS = (
    r"vandaag|gisteren|heute|gestern|aujourd[’']hui|hier|hoy|ayer|oggi|ieri|hoje|ontem|idag|i dag|igår|i går|dzisiaj|"
    r"dziś|wczoraj|dnes|včera|tänään|eilen"
)
