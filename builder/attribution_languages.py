"""Quote attribution in the other languages of `junk_languages.py` (German, French, Spanish, Italian,
Portuguese, Dutch, Swedish, Danish and Norwegian, Polish, Czech): their reporting verbs, pronouns, role
words and 'according to', as data for `attribution.py`, and two rules that clean a name those languages
write with a role in front of it. The English rules and the engine that applies all of them stay in
`attribution.py` (docs/record.md, "Quote attribution")."""

from __future__ import annotations

import functools
import itertools
import re

from .given_names import GIVEN_NAMES

# Words that are no role between such a verb and a name: a pronoun, a preposition or a time word means the
# speaker was named before and what follows is a medium, a day or a place ('sagte sie am Mittwoch', 'säger
# hon till Sveriges Radio', 'řekl v pondělí v Brně', 'disse à agência Lusa'): no speaker there.
NOT_ROLE = frozenset(
    """sie er es ihr ihm ihnen am an im in auf bei zu zum zur vor nach dem gegenüber gestern heute
    hon han hen till på i för vid hos igår idag hun de til ved
    hij ze zij tegen op aan bij tijdens gisteren vandaag uit aus från fra
    il elle ils elles à au aux en dans sur lors hier devant davanti perante
    él ella ellos al ante durante ayer hoy este esta
    lui lei ai alla allo agli su ieri oggi
    ele ela ao aos às em na no nas nos ontem hoje
    on ona w we z ze dla podczas wczoraj dziś
    v ve pro při včera dnes
    ein eine einer einem einen een ett
    mientras cuando mentre quando quand lorsque enquanto wenn während terwijl toen wanneer medan när mens gdy kiedy
    když zatímco""".split()  # (an indefinite article: 'sagt ein Nutzer aus Köln'; a conjunction opens another clause
    # with its own subject: '“…”, explica mientras Juan corta el pan', a review)
)
# 'a', 'o' and 'de' are articles in Portuguese ('afirma a investigadora Teresa Valadares') but prepositions in
# Italian, Spanish and French ('ha detto a Radio Popolare'): an article only before a role word.
PREPOSITION_ARTICLES = frozenset({"a", "o", "de"})
# A German compound that ends in a role ('Oberbürgermeister', 'Innenministerin', 'SPD-Fraktionschef').
GERMAN_ROLE = re.compile(
    r"^[\w-]*(?:minister|meister|sprecher|chef|leiter|direktor|präsident|kanzler|rat|rätin|vorsitzende[rn]?|"
    r"beauftragte[rn]?|senator|dezernent|referent|redakteur|anwalt|anwältin|richter|professor|verteidiger|trainer|"
    r"kapitän|kämmerer|meteorolog(?:e|in)|expert(?:e|in)|kommissar)(?:in)?$",
    re.IGNORECASE,
)
# Lower-case role words, then a capital: what follows a genitive ('Stockholms finansborgarråd Karin Wanngård').
ROLES_THEN_NAME = re.compile(r"((?: [a-zà-ž]+){1,3}) (?=[A-ZÀ-Ž])")

# The same after a quote in the languages of junk_languages.py, then an article and lower-case words that
# describe the speaker, then the name: '“…”, ha detto lo scrittore Marco Bellandi', '“…”, afirma a
# investigadora Teresa Valadares', '“…,” řekla mluvčí dopravního podniku Hana Dvořáková'. German capitalises
# its nouns: its role words are listed ('sagte die Vorsitzende Richterin Katrin Oberländer').
VERB_AFTER = re.compile(
    # (an object pronoun may stand before a Spanish, Portuguese or Italian verb: '“…”, mi ha detto il sindaco Name')
    r"(?:(?:me|te|nos|les|le|mi|ci|ti|vi|gli|lhe|lhes) )?"
    r"(?P<verb>sagte|schrieb|erklärte|betonte|ergänzte|meinte|riet|warnte|mahnte|contó|comentó|apuntó|sentenció|"
    r"a (?:dit|déclaré|expliqué|ajouté|affirmé|souligné|écrit|"
    r"rappelé|précisé|indiqué|résumé|reconnu|estimé|assuré|confié|raconté)|rappelle|résume|ajoute|souligne|précise|insiste|conclut|reconnaît|"
    r"ha raccontato|racconta|ricorda|ha ricordato|reconoció|admitió|relató|declaró|indicó|subrayó|destacó|"
    r"lembrou|contou|vertelt|berättade|fortalte|"
    r"explique|déclare|affirme|dijo|explicó|afirmó|señaló|añadió|aseguró|dice|diz|ha (?:detto|scritto|spiegato|"
    r"aggiunto|"
    r"dichiarato|sottolineato)|spiega|afferma|zei|zegt|vertelde|aldus|afirma|afirmou|disse|explicou|acrescentou|sade|säger|"
    # (not Norwegian 'sier', which took a party's genitive or a capitalised role into the name, 'sier Høyres Name',
    # 'sier Nav-leder Name', nor 'skriver', which follows a book's title in commas, nor 'sa', French's possessive:
    # break32, break33)
    r"berättar|sagde|siger|fortæller|advirtió|powiedział|powiedziała|mówi|mówił|mówiła|ocenił|oceniła|"
    # (Portuguese with its object after a hyphen: '“…”, disse-me Armando Correia', u92-36)
    r"(?:disse|contou|explicou|garantiu|confessou|afirmou)-(?:me|nos|lhe|lhes)|"
    # (the Spanish present of a feature: '“…”, advierte Remedios Cuenca, que …', u90-33)
    r"advierte|insiste|subraya|destaca|"
    # (more Polish verbs of a council's or a court's report: '"…" – przekonywał burmistrz Name', u88-39)
    r"przekonywał|przekonywała|podkreślił|podkreśliła|zaznaczył|zaznaczyła|stwierdził|stwierdziła|wyjaśnił|"
    # (not 'zauważył', 'upozornil', noticed and pointed out, which a sign's words follow: break54; nor 'wspomina',
    # remembers, whose object is whom it remembers: '– wspomina Jana Pawła II kardynał Name', a re-check)
    r"wyjaśniła|tłumaczył|tłumaczyła|zapewnił|zapewniła|ostrzegał|ostrzegała|apelował|apelowała|argumentował|"
    r"argumentowała|varoval|varovala|"
    # (Swedish 'sa' and Norwegian 'sier' only before a given name and a surname, with no article: `GIVEN_NAME_ONLY`)
    r"sa|sier|"
    r"dodał|dodała|řekl|řekla|uvedl|uvedla|dodal|dodala|relacjonuje|relacjonował|relacjonowała|"
    # (the present and past of more of them, as features and court reports write them: '“…”, sagt Mira Haas im
    # Gespräch', '“…”, garante Joaquim Antunes', '“…”, bromeó Ferrús', '“…”, ha assicurato l’assessore Name'; not the
    # imperfect, which reports a habit or a sign's words: 'dizia', 'decía', 'diceva', break29)
    # (not the French verbs that also tell, continue, entrust or estimate: 'raconte', 'poursuit', 'confie', 'estime',
    # break16; nor a verb that `PRO_DROP_AFTER` reads without a subject: '“…,” říká s úsměvem')
    r"sagt|erklärt|betont|ergänzt|dit|glisse|témoigne|"
    r"bromeó|confesó|respondió|detalló|precisó|matizó|"
    # (the Spanish and Portuguese present, as features write them: '“…”, explica Javier Montalbán, jefe …': u72)
    # (not the imperatives of a how-to: 'añade Maizena', b28-03; 'cuenta Alcántara, de 81 años': u78-33)
    r"explica|asegura|relata|recuerda|cuenta|conta|lembra|"
    # (advice after a quote: '“…”, aconseja Pilar Etxeberria', '"…", adviseert de ANWB': u99, u100)
    r"aconseja|recomienda|adviseert|"
    r"ha (?:assicurato|affermato|ribadito|osservato|confermato)|"
    r"commenta|sottolinea|conferma|osserva|assicura|avverte|"
    r"garante|admitiu|recordou|comentou|salientou|"
    # (more Portuguese past tenses of a council's or a court's report: '“…”, garantiu a vereadora Name', u101)
    r"garantiu|assegurou|sublinhou|frisou|adiantou|realçou|"
    r"förklarar|förklarade|konstaterar|konstaterade|forklarer|forklarede|forklarte|tilføjer|forteller|"
    r"reconhece|reconoce|riconosce|opplyser|opplyste|oplyser|oplyste|uppger|uppgav|upplyser|"
    # (an Italian recipe's or feature's present: '"…", raccomanda la signora Esposito': u75-34)
    r"raccomanda|consiglia)"
    # (a time word between the verb and an article or a name, in the Romance languages: '“…”, dijo ayer Marta Gil',
    # '“…”, contó después el entrenador de porteros, Name'; not German's 'gestern Abend der Landrat', a Slavic
    # agency's dative, 'powiedziała wczoraj PAP rzeczniczka': break36)
    # ('meanwhile' too: '“…”, señaló mientras tanto la portavoz municipal, Name', break55)
    r"(?: (?:ayer|hoy|después|luego|ieri|oggi|poi|ontem|hoje|depois|hier|ensuite|mientras tanto|entretanto|nel "
    r"frattempo|intanto)(?= (?:[A-ZÀ-Ž]|(?:il|la|lo|el|le|o|"
    r"a|los|las|os|as|les) |l[’'])))?"
    # (where it was said, between the verb and the speaker, as two writers of u46 and u47 put it: '“…”, ha detto in
    # aula il pubblico ministero Name')
    # (only before an article: not 'dijo en el juicio contra Name', 'in conferenza stampa sul caso Name': break32)
    r"(?: (?:in aula|in udienza|in tribunale|in conferenza stampa|en el juicio|en rueda de prensa|en la vista|"
    r"à l[’']audience|em tribunal|na audiência|"
    # (or where it was written: '“…”, ha scritto sui social l’avvocata Name', u88-34)
    r"sui social|su [Ff]acebook|su [Ii]nstagram|in una nota|in un comunicato|en un comunicado|en (?:las |sus )?redes "
    r"sociales|nas redes sociais|em comunicado|numa nota|dans un communiqué|sur les réseaux sociaux)"
    r"(?= (?:(?:il|la|lo|el|le|o|a|i|gli|los|las|os|as|les) |l[’'])))?"
    # (a Polish or Czech adverbial of where or when, before a role word and a name: '"…" – przekonywał podczas sesji
    # burmistrz Name', '"…", powiedziała w uzasadnieniu sędzia Name', u87-39, u88-39; not 'do' or 'dla', to whom)
    # (only these, which take no person after them: not 'podczas wizyty premiera Name', 'w obecności ministra Name',
    # 'na pogrzebie burmistrza Name', 'při návštěvě premiéra Name', whose name is another's, nor 'w rozmowie z
    # burmistrzem Name', whom he spoke with: break52)
    r"(?: (?:(?:podczas|na) (?:sesji|konferencji(?: prasowej)?|posiedzeniu|posiedzenia|spotkaniu|spotkania)|"
    r"w (?:uzasadnieniu(?: wyroku)?|oświadczeniu|komunikacie)|po (?:spotkaniu|posiedzeniu|meczu|sesji)|przed sądem|"
    r"(?:během|při) (?:jednání|tiskové konference|zasedání)|na (?:tiskové konferenci|zasedání|jednání)|po (?:zápase|"
    r"jednání|zasedání)|v prohlášení|ve (?:zprávě|vyjádření))"
    # (a role of up to three words: 'mówił podczas sesji zastępca prezydenta miasta Name', u98)
    r"(?= [a-ząćęłńóśźżčďěňřšťůž]+(?: [a-ząćęłńóśźżčďěňřšťůž]+){0,2} [A-ZĄĆĘŁŃÓŚŹŻČĎŘŠŤŽ]))?"
    # (or the news agency told, before an article: '"…", disse à agência Lusa a meteorologista Name', u75-36)
    # (or this paper: '“…”, explicó a este periódico Lucía Beltrán', u104-33)
    r"(?: (?:a este (?:periódico|diario|medio)|a questo (?:giornale|quotidiano)|à notre journal|a este jornal|ao nosso "
    r"jornal|ao nosso (?:jornal|diário))(?= [A-ZÀ-Ž]| (?:(?:il|la|lo|el|le|o|a|los|las|os|as|les) |l[’'])))?"
    r"(?: (?:(?:à|ao|a|al|alla) |all[’'])(?:agência |agencia |agenzia )?(?:Lusa|EFE|Efe|AFP|Reuters|ANSA|Adnkronos|"
    r"Europa Press|AP)(?= (?:(?:il|la|lo|el|le|o|a|i|gli|los|las|os|as|les) |l[’'])))?"
    # (an article is a word of its own, or 'l’': not the 'a' of 'declaró ante la magistrada Name': break22)
    # (or a possessive: '“…”, señaló su presidente, Joan Ribera', u42)
    r" (?P<article>(?:der|die|el|la|il|lo|le|o|a|de|het|den|su|sua|seu|suo|son|sa|ses) |l[’'])?"
    r"(?P<roles>(?:(?:Vorsitzende|Richterin|Richter|Sprecherin|Sprecher|Pressesprecherin|Pressesprecher|Bürgermeisterin|Bürgermeister|Präsidentin|Präsident|Leiterin|Leiter|"
    r"Direktorin|Direktor|Ministerin|Minister|Geschäftsführerin|Geschäftsführer|Chefin|Chef|Professorin|Professor|"
    # (the last role word may end in a comma: 'disse o neto, Tiago Valadares')
    # (a role word may be a compound with a hyphen: 'zegt energie-econoom Femke Hoogendijk')
    r"Stadträtin|Stadtrat|Landrätin|Landrat) )+|"
    # (or, right after 'der' or 'die', a capitalised noun that ends as German role nouns do: 'sagt die Informatikerin
    # Name', u81-31)
    r"(?<=der |die )[A-ZÄÖÜ][a-zäöüß]{3,}(?:in|er|ist|ent|eur|ant|wirt|loge|login) (?=[A-ZÄÖÜ][a-zäöüß]+ [A-ZÄÖÜ])|"
    # (Polish and Czech ranks and degrees are abbreviated: 'dodał mł. asp. Tomasz Kęska', u76-39)
    # (among the role words: 'rzeczniczka komendy mł. asp. Name', 'uvedla mluvčí nprap. Bc. Name', 'prof. dr hab. Name':
    # break50; a capitalised Czech degree is the name's title, names.TITLES: 'kpt. Ing. Name')
    r"(?:(?:mł|st|asp|sierż|szt|post|kom|podkom|nadkom|insp|kpt|mjr|płk|ppłk|por|ppor|prof|dr|hab|inż|mgr|bryg|"
    # (an age too: 'mówi 78-letnia Name', 'řekla 77letá Name')
    r"npor|pplk|plk|prap|nprap|mec|adw|red|ks)\. |(?:\d+-?)?[a-zà-ž]+(?:-[a-zà-ž]+)? ){0,4}"
    r"(?:[a-zà-ž]+(?:-[a-zà-ž]+)?,? )?)"
    r"(?=[A-ZÀ-Ž])"
)
# Verbs after which a speaker is read only as a given name and a surname, with no article ('sa statsminister Ulf
# Kristersson', break49):
# French's possessive 'sa' opens '”, sa Fender Stratocaster de 1962', and 'sier' took a party's genitive or a
# capitalised role into the name ('sier Høyres Kari Holm', 'sier Nav-leder Trond Moe': break32, break33).
# A role and its portfolio or office after a Romance verb, before the speaker's name (attribution._portfolio_speaker):
# '“…”, ha detto l’assessora alla Protezione civile Name', 'ha detto il ministro dell’Interno Name', 'dijo la ministra
# de Sanidad Name', 'a déclaré l’adjointe aux sports Name'.
PORTFOLIO_AFTER = re.compile(
    r"(?P<verb>ha (?:detto|spiegato|dichiarato|aggiunto|sottolineato|ricordato|affermato|annunciato)|spiega|dice|"
    r"afferma|dijo|explicó|afirmó|señaló|añadió|aseguró|a (?:dit|déclaré|expliqué|ajouté|affirmé|souligné|précisé)|"
    r"disse|afirmou|explicou|acrescentou) (?:il |la |lo |l[’']|el |le |o |a )"
    r"(?P<role>[a-zà-ž]+(?:-[a-zà-ž]+)?(?: [a-zà-ž]+)?) (?:al |alla |allo |ai |agli |all[’']|del |della |dello |"
    r"dell[’']|dei |degli |di |de |de la |du |de l[’']|aux |au |do |da |dos |das )"
    # (the office in lower case too: 'l’assessore al commercio Name', u101)
    r"(?P<office>[A-ZÀ-Ža-zà-ž][\w-]*(?: (?:e |y |et )?[a-zà-ž]+)?(?: [A-ZÀ-Ž][\w-]*)??) (?=[A-ZÀ-Ž])"
)
# Nouns of a person after a role's 'of', whose name the one after them is ('il difensore dell’imputato Name' names
# the defendant: the review; 'le directeur de l’école Name' names the director, break55).
PERSON_OFFICES = frozenset(
    """imputato imputata indagato indagata arrestato arrestata uomo donna ragazzo ragazza bambino bambina vittima
    cliente paziente accusé accusée victime homme femme enfant client cliente patient acusado acusada víctima hombre
    mujer niño niña paciente arguido arguida vítima homem mulher criança menino menina
    familia famiglia famille família familie""".split()  # ('el abogado de la familia de Name')
)
# The Dutch verbs of VERB_AFTER, after which 'de' is an article ('"…", zegt de ANWB'), not Spanish's 'of'.
DUTCH_VERBS = frozenset("zei zegt vertelt vertelde aldus adviseert".split())
# German verbs after a quote whose object may follow the speaker's name ('warnte Name Urlauber vor …'): a given
# name and a surname only (attribution._case_of_name).
GERMAN_OBJECT_VERBS = frozenset("riet warnte mahnte".split())
GIVEN_NAME_ONLY = {"sa": True, "sier": True}  # verb -> whether lower-case role words may stand before the name
# Nouns of a relative, which name two people ('la madre del ragazzo, Name': the name may be the boy's).
KINSHIP = frozenset(
    """madre padre mère père mãe pai moglie marito esposa esposo mujer marido femme mari hermana hermano sœur frère
    irmã irmão sorella fratello hija hijo fille fils filha filho figlia figlio abuela abuelo grand-mère grand-père
    avó avô nonna nonno tía tío tante oncle tia tio zia zio viuda viúva vedova veuve novia novio fidanzata
    fidanzato""".split()
)
# German nouns of a relation that make a name someone else's ('sagt Lenas Mutter': break36).
GERMAN_RELATION_NOUNS = frozenset(
    """Mutter Vater Tochter Sohn Frau Mann Ehefrau Ehemann Witwe Witwer Schwester Bruder Oma Opa Großmutter Großvater
    Enkelin Enkel Tante Onkel Freundin Freund Nachbarin Nachbar Kollegin Kollege Chefin Chef""".split()
)
# A capitalised role noun of German or Dutch by its ending, of six letters or more ('Physiotherapeutin', 'Winzer',
# 'Hobbybäckerin', 'Landwirt', 'Kamerlid'): what opens a name of three words after a verb is the role, not a given name.
CAPITALISED_ROLE = re.compile(r"^\w{4,}(?:in|er|ist|ent|eur|ant|wirt|lid|mann|frau)$")
# The Nordic verbs of VERB_AFTER: a genitive -s ends the name of the speaker's employer or relative before them.
NORDIC_VERBS = frozenset(
    """sa sier sade säger berättar berättade sagde siger fortæller fortalte förklarar förklarade konstaterar
    konstaterade
    forklarer forklarede forklarte tilføjer forteller opplyser opplyste oplyser oplyste uppger uppgav
    upplyser""".split()
)
# A Nordic noun of a role or a relative after a genitive ('Region Skånes presschef', 'Vålerengas trener', 'Annas
# mamma'); an adverb or a conjunction after a surname in -s makes no genitive ('säger Karin Lindroos tyst').
NORDIC_RELATION = re.compile(
    r"^[a-zåäöæø]*(?:chef|sjef|leder|ledare|tränare|trener|træner|direktør|direktör|talsperson|talsmand|talsmann|"
    r"ordförande|formand|ordfører|mamma|pappa|mor|far|bror|syster|søster|datter|dotter|søn|son|fru|kone|hustru|"
    r"mand|man|vd|advokat|ansvarig|ansvarlig|borgmester|rådmann|sekreterare|sekretær|expert|ekspert|"
    # (a body's lawyer, economist, researcher: 'Forbrugerrådet Tænks jurist': u120-36)
    r"jurist|økonom|ekonom|forsker|forskare|analytiker|professor|rådgiver|rådgivare|konsulent|medarbejder|"
    r"medarbetare|medarbeider)$"
)
# German given names in -s, whose -s is no genitive's ('sagte Andreas Mann': break38).
GIVEN_NAMES_IN_S = frozenset(
    "andreas jonas lukas niklas nikolas tobias matthias elias klaus hans markus marcus thomas nils jens lars mats "
    "mads agnes doris iris julius linus janis".split()  # (not 'lucas', 'marcos': 'sagt Lucas Mutter', break40)
)
# The German and Dutch verbs of VERB_AFTER, after which a capitalised role may open the name ('sagt Landwirt Name').
GERMANIC_VERBS = frozenset(
    "sagte schrieb erklärte betonte ergänzte meinte sagt erklärt betont ergänzt zei zegt vertelt vertelde aldus".split()
)
# A German, Dutch or Nordic sentence that opens on an adverbial puts its verb second and its subject after the verb
# ('Auf der Pressekonferenz sagte Anna Weber, dass “…”', 'Op het Nederlands Film Festival zei Oosterhuis dat ze
# “…”': u60): the words that open such an adverbial (prepositions, adverbs of time and place; not an article or a
# demonstrative, which may open the subject: 'Das Ministerium sagte').
V2_VERBS = GERMANIC_VERBS | NORDIC_VERBS
V2_OPENERS = frozenset(
    """auf im am in an bei beim nach vor zum zur über unter mit gestern heute später danach dann dort damals zuvor
    anschließend
    op in bij na voor tijdens met gisteren vandaag later daarna daar eerder
    på i vid med igår idag senare där bagefter ved for senere""".split()
)
# Words that make what stands before the verb more than an adverbial: a verb, a conjunction, a subordinate clause.
V2_OPENERS_STOP = frozenset(
    """dass und oder aber doch während als wenn weil wurde wird ist war hat
    dat en of maar terwijl toen omdat werd wordt is was heeft
    att och men medan när eftersom blev är var har at og eller mens da blev er""".split()
)
# After such a verb, lower-case words before the name are its roles ('zei wethouder Sanne van Dijk'), but for these
# (an addressee, a topic, a pronoun, a possessive: 'sagte zu Müller', 'zei over Mulder', 'sagte sie', 'sagte seine
# Tochter'), and inside it only a surname's particles ('Jan de Vries', 'van der'; not 'Weber der Rheinischen Post',
# 'Weber den Reportern': break45, the review).
V2_NOT_ROLES = frozenset(
    """zu über gegenüber mit für vor bei von an auf sie er es man wir
    sein seine seinen seiner ihr ihre ihren ihrer unser unsere mein meine dein deine
    tegen over met voor aan bij van ze hij het men we zijn haar hun ons onze mijn
    till om med för hos av hon han den det man vi til for af hun de
    hans hennes sin sitt sina deras vår vårt våra min mitt mina hendes deres vores""".split()
)
V2_NAME_PARTICLES = frozenset("de van von ter af da di".split())
# A name ends its clause at one of these: a comma, a colon, the conjunction of reported speech.
V2_CLAUSE_END = re.compile(r",|:| dass | dat | att | at ")
# Relatives whose given name alone may follow them after such a verb ('racconta la nipote Giulia').
RELATIVE_NOUNS = KINSHIP | frozenset("nipote nieta nieto neta neto cugina cugino prima primo".split())
# The possessives VERB_AFTER takes for an article ('señaló su presidente, Name'): only before a role word.
POSSESSIVES = frozenset("su sua seu suo son sa ses".split())
# Prepositions that are no role as the first word after such a verb ('explicó por e-mail a Efe': break22), but may be
# inside one ('el portavoz para Europa', 'le directeur par intérim', 'il responsabile per la sicurezza': break23).
# (and Polish and Czech 'do', 'od', 'k': to or from whom, '"…", powiedziała do sędzi Name')
NOT_ROLE_FIRST = frozenset("por para con desde tras mediante vía via par per door do od k ke".split())
# Honorifics before a given name: 'la signora Vanda', 'el señor Ruiz', 'o seu Abílio'.
GIVEN_NAME_HONORIFICS = frozenset(
    "signora signor signore señora señor doña don dona senhora senhor seu madame monsieur".split()
)
# 'According to' in the languages of junk_languages.py, opening the quote's sentence: 'Selon …', 'Secondo il
# presidente della Pro Loco, Franco Bellini, “…”'.
ACCORDING_TO_OPENERS = (
    "selon ",
    "según ",
    "secondo ",
    "laut ",
    "volgens ",
    "segundo ",
    "enligt ",
    "ifølge ",
    "według ",
    "podle ",
)
# 'According to him' or 'her' opening a sentence, in those languages ('Secondo lui, “…”', 'Segundo ele, “…”').
# The verbs that follow a body or a pronoun named by 'according to' before the reported clause ('Volgens
# Rijkswaterstaat blijft …', 'Ifølge hende er der …', 'Volgens hem is het …').
_COPULAS = (
    "is|zijn|blijft|heeft|hebben|wordt|worden|gaat|moet|kan|zal|ligt|staat|was|waren|är|har|blir|ska|kommer|var|er|"
    "bliver|skal|es|está|ha|han|son|será|era|è|sono|sarà|hanno|est|sont|sera|a|ont|était|é|são|tem|vai|foi|"
    "jest|są|był|była|je|jsou|byl|byla|hat|sind|wird|war"
)
ONE_WORD_BODY = re.compile(rf" (?:{_COPULAS})\b")
ACCORDING_TO_PRONOUN_OPENERS = frozenset("selon según secondo volgens segundo enligt ifølge według podle".split())
# Someone a person went with, met or wrote to, before an article: 'con el arquitecto', 'acompanhado da engenheira',
# 'à la SNCF', 'mit dem Bürgermeister'.
COMPANION = re.compile(
    r"\b(?:con|com|avec|mit|met|med|insieme a|junto (?:a|com|con)|acompa(?:ñad|nhad)[oa]s?|accompagn[ée]e?s?|à|ao|aos|"
    # (not a bare Italian or Spanish 'a', 'at' or 'in' too: 'ha parlato a lungo', the re-check of the final review)
    r"al|alla|allo|ai|agli|au|aux|a (?:la|el|lo|il|los|las|su|sua|suo)|til|till|z|ze|do|k|ke|s|se)\s+\w|"
    # (met, called or wrote to someone: 'ha incontrato Jan Novak', the final review)
    r"\b(?:incontrato|incontra|met|meets|traf|trifft|rencontré|rencontre|reunió|reúne|encontrou|encontra|mødte|"
    r"møtte|träffade|spotkał\w*|setkal\w*|sentito|ha scritto a|escribió a|a écrit à|schrieb an|schreef aan|"
    # (received by or criticised by someone: 'ha ricevuto Name', 'dal sindaco', 'af borgmesteren')
    r"ricevut\w*|recibi\w*|reçu\w*|dal|dalla|dallo|dai|dagli|af|av|door|von|par|por)\b",
    re.IGNORECASE,
)
# A sentence that opens on someone unnamed, an article and a lower-case noun ('Il prefetto ha parlato per ultimo.'),
# after which 'according to him' may mean them (the final review).
UNNAMED_SUBJECT = re.compile(r"\W*(?i:il|lo|la|el|le|o|a|der|die|de|het|den|det|l[’'])\s?[a-zà-ž]+\s+(?!(?:[A-ZÀ-Ž]))")
# Someone unnamed the sentence before brought in with an indefinite article ('ha consultato un ingegnere', 'liet een
# adviseur … doorrekenen', break53), whom 'according to him' may mean
SOMEONE_UNNAMED = re.compile(
    r"\b(?:un|una|uno|un[’']|een|ein|eine|einen|einem|einer|um|uma|une|en|ett|jeden|jedna|jednego|jedną)\s+"
    r"(?:[a-zà-ž]+\s+)?(?:ingegner\w*|ingenier\w*|engenheir\w*|ingénieur\w*|ingenieur\w*|advis\w*|adviseur\w*|"
    r"consulen\w*|consulent\w*|esper\w*|expert\w*|architett\w*|arquitect\w*|architect\w*|avvocat\w*|abogad\w*|"
    r"advogad\w*|avocat\w*|advocaat|anwalt|anwältin|medic\w*|médic\w*|médecin|arts|arzt|ärztin|lekarz\w*|lékař\w*|"
    r"rådgiv\w*|konsulent\w*|specialist\w*|specjalist\w*|odborní\w*|técnic\w*|tecnic\w*|technik\w*|funzionari\w*|"
    r"funcionari\w*|vicin\w*|vecin\w*|vizinh\w*|voisin\w*|buurman|buurvrouw|nachbar\w*|nabo\w*|granne|sąsiad\w*|"
    r"soused\w*|amic\w*|amig\w*|collega|colleague|kolleg\w*|colega)\b",
    re.IGNORECASE,
)
# Lower-case nouns of a body or a place that a role belongs to ('la directrice de l’école, Name').
BODY_NOUNS = frozenset(
    """école ospedale hôpital azienda ateneo aeroporto ambasciata associazione agence entreprise office organisation
    université istituto institut autorità autorité ente usine ufficio agenzia impresa scuola organizzazione
    amministrazione assemblea accademia académie ordine opera orchestra""".split()
)
# Another language's pronoun after a reporting verb, by sex ('“…”, disse ela', 'sagde hun', 'zei hij'; not Dutch 'ze'
# or German 'sie', which are 'they' too).
PRONOUN_AFTER_VERB_GENDER = {
    **dict.fromkeys("ele él lui hij han er il".split(), "m"),
    **dict.fromkeys("ela ella lei zij hun hon elle".split(), "f"),
}
ACCORDING_TO_PRONOUN_GENDER = {
    **dict.fromkeys("lui él hem ele honom ham niego něj něho".split(), "m"),
    **dict.fromkeys("elle ella lei haar ela henne hende niej ní".split(), "f"),
}
ACCORDING_TO_PRONOUN = re.compile(
    rf"(?P<opener>{'|'.join(sorted(ACCORDING_TO_PRONOUN_OPENERS))}) (?P<pronoun>lui|elle|él|ella|lei|hem|"
    r"haar|ele|ela|honom|henne|ham|hende|niego|niej|něj|ní|něho)"
    # (before a comma or a verb: not a possessive, 'Volgens haar advocaat', the final review)
    rf"(?=\s*,|\s+(?:{_COPULAS})\b)"
)
# A relative 'according to whom' after a name's comma, right before the quote: 'Name, secondo cui “…”'.
ACCORDING_TO_WHOM = re.compile(
    r", (?P<opener>secondo cui|per cui|según el cual|según la cual|según quien|selon qui|selon lequel|selon laquelle|"
    r"segundo o qual|segundo a qual|para quem|volgens wie|nach dessen|nach deren|według którego|według której|podle "
    r"kterého|podle které)\s*$"
)
# Openers that introduce documents, adaptations and sources as often as people ('De acuerdo con la demanda contra
# Name', 'D’après le roman …'): a name after them counts only in apposition before the quote (attribution.py).
APPOSED_ACCORDING_TO_OPENERS = ("de acordo com ", "de acuerdo con ", "d’après ", "d'après ")
# Before a quote, the reporting verbs of the languages of junk_languages.py too ('Name, a role, powiedziała: “…”',
# 'Bram Heijnen zei het zo: “…”'), in lower case; not 'dice' or 'sa', which are English or too short.
# French with the writer as the one told ('Le rédacteur en chef, Name, m’a dit : “…”': u55; attribution.py asks that
# a name of two words opens its clause: not 'Il m’a dit', 'L’avocat de Name m’a dit').
_WRITER_TOLD = "m’a dit|m'a dit|nous a dit|m’a écrit|m'a écrit|nous a écrit|m’a expliqué|m'a expliqué|nous a expliqué"
VERBS_BEFORE = (
    "sagte|sagt|schreibt|schrieb|erklärte|betonte|meinte|a dit|a déclaré|a expliqué|a écrit|déclare|écrit|dijo|"
    "explicó|afirmó|escribió|señaló|ha detto|ha scritto|ha spiegato|ha dichiarato|zei|zegt|schreef|schrijft|disse|"
    "afirmou|escreveu|explicou|sade|säger|skrev|skriver|sagde|siger|powiedział|powiedziała|napisał|napisała|mówi|"
    "řekl|řekla|napsal|napsala|uvedl|uvedla|reconoció|admitió|lamentó|añadió|advirtió|insistió|destacó|recordó|"
    "subrayó|aseguró|ha raccontato|ha aggiunto|ha sottolineato|ha ricordato|a ajouté|a rappelé|a souligné|a précisé|"
    "ha commentato|prohlásil|prohlásila|oznámil|oznámila|oświadczył|oświadczyła|"
    "kündigte an|kündigt an|räumte ein|räumt ein|gab zu|gibt zu|"
    "mówiła|mówił|odpowiedziała|odpowiedział|stwierdziła|stwierdził|zaznaczyła|zaznaczył|"
    "a reconnu|betonte|ergänzte|lembrou|acrescentou|contou|reconheceu|vertelde|benadrukte|berättade|fortalte|dodał|"
    "dodała|przyznał|przyznała|dodal|dodala|definió|describió|calificó|udtalte|uttalte|uttalade|"
    # the present, as a timeline or a feature tells it ('El entonces alcalde, Name, declara: “…”': u43)
    "declara|diz|explica|asegura|señala|añade|"
    # how a match report puts it before a colon ('Name, autor del gol, lo resumió así: “…”', 'El técnico, Name, se
    # quejó del tiempo añadido: “…”': u75-33)
    "resumió|quejó|" + _WRITER_TOLD
)
WRITER_TOLD = frozenset(_WRITER_TOLD.split("|"))
# A German separable verb with a few words before its particle and the colon: 'Name kündigte am Montag im Bauausschuss
# an: “…”' (read as 'kündigte an', `separated_cue`).
SEPARATED_VERBS = (
    r"(?:kündigte|kündigt|teilte|teilt|räumte|räumt|stellte|stellt|merkte|führte)(?: [a-zäöüßA-ZÄÖÜ][\w-]*){0,5} "
    r"(?:an|mit|ein|klar|aus)(?=:)"
)
# (as a cue, the verb and its particle, read as one: 'teilte mit', 'stellte klar'; not 'teilte mit ihrem Mann …', the
# verb 'teilen' with 'mit': the colon after the particle tells them apart, b13-08)
SEPARATED_CUES = frozenset(
    (
        *("kündigte an", "kündigt an", "teilte mit", "teilt mit", "räumte ein", "räumt ein"),
        *("stellte klar", "stellt klar", "merkte an", "führte aus"),
    )
)


def separated_cue(verb: str) -> str:
    """'kündigte am Montag an' → 'kündigte an' (a verb of `SEPARATED_CUES`); other verbs as they are."""
    words = verb.split()
    cue = f"{words[0]} {words[-1]}" if len(words) >= 2 else verb
    return cue if cue in SEPARATED_CUES else verb


# Their participles, which take the sentence's subject as English 'emphasizing that' does ('La procureure, Name, a
# requis …, estimant qu’on “…”').
PARTICIPLES = frozenset(
    """estimant soulignant expliquant ajoutant affirmant précisant rappelant insistant déclarant
    afirmando explicando asegurando añadiendo subrayando spiegando sottolineando aggiungendo""".split()
)  # not 'señalando', which also points at a sign (break17)
# Verbs that report only with a pronoun after them, right after a quote: '“…”, sa han' (Swedish 'sa' is too short a
# word to read elsewhere), '“…”, voegde hij eraan toe'.
# (and the verbs that tell: '"…", vertelt ze.', u92-35)
VERBS_BEFORE_PRONOUN = frozenset(
    {
        "sa",
        "voegde",
        "vertelt",
        "vertelde",
        "fortæller",
        "fortalte",
        "forteller",
        "berättar",
        "berättade",
        "erzählt",
        "erzählte",
    }
)
# French puts its pronoun after the verb with a hyphen: '“…”, dit-il', '“…”, a-t-elle ajouté', '“…”, explique-t-il',
# with a reporting verb (not 'semble-t-il', 'paraît-il', 'faut-il', the impersonal 'est-il précisé': break17).
_FRENCH_SAYS = (
    "dit|explique|ajoute|affirme|souligne|précise|poursuit|confie|raconte|estime|assure|résume|lance|insiste|conclut|"
    "reconnaît|répond|déclare|rappelle|indique|note|observe|commente|tranche|glisse|avoue|admet|plaide|martèle|"
    "regrette|prévient|confirme|témoigne|détaille|annonce|lâche|sourit|nuance|écrit|s[’']amuse|s[’']étonne|"
    "s[’']inquiète"
)
_FRENCH_SAID = (
    "dit|expliqué|ajouté|affirmé|souligné|précisé|poursuivi|confié|raconté|estimé|assuré|résumé|lancé|insisté|"
    "conclu|reconnu|répondu|déclaré|rappelé|indiqué|noté|observé|commenté|tranché|glissé|avoué|admis|plaidé|martelé|"
    "regretté|prévenu|confirmé|témoigné|écrit|annoncé|détaillé|lâché|souri|nuancé"
)
FRENCH_INVERSION = re.compile(
    rf"(?:a-t-(?:il|elle) (?:{_FRENCH_SAID})|(?:{_FRENCH_SAYS})-(?:t-)?(?:il|elle))(?=[ ,.;:!?]|$)"
)
# After 'sa han' a particle makes another verb ('sa hon upp sig': she resigned); 'voegde hij' reports only with
# 'toe' after it ('voegde hij eraan toe'; 'voegde hij zich bij de cast' joined it: break17).
NOT_AFTER_PRONOUN = {"sa": ("upp", "av")}
NEEDS_AFTER_PRONOUN = {"voegde": (" eraan toe", " er nog aan toe", " toe")}
# Articles that may open a sentence before its subject's role ('La procureure, Name, a requis …').
ARTICLES = frozenset(
    "le la les el los las il lo gli un une una uno der die das ein eine het een o a os as um uma".split()
)
# 'he' and 'she' in those languages ('sagte sie', 'a-t-elle' aside): one person named before is the speaker.
# (not 'il': French inverts it, 'dit-il', and after a verb with a space it is Italian's article: 'disse il sindaco')
PRONOUNS = frozenset("er sie elle él ella lui lei hij zij ze ele ela han hon hun on ona".split())
# A German subject's capitalised words before its name: a determiner and a role noun ('Ihr Chefredakteur
# Martin Kessler schreibt'), dropped from the name.
GERMAN_LEAD = frozenset("der die das ihr ihre unser unsere sein seine euer".split())


def without_sentence_role(paragraph: str, name: str | None) -> str | None:
    """A name of three words or more that opens a sentence without its first word, in the languages that
    write a role before a name with a capital there ('Veerman Harm Dijkstra is opgelucht. “…”, zegt hij',
    'Borgmester Jens Holm'; 'Die Geschädigte Hannelore Weiß' has lost its determiner and noun already), and
    without a role and its organisation's acronym ('Kierowca MZK Paweł Nowicki dodał')."""
    # (or after a colon: a timeline's '24. oktober: Forbundsleder Tor Arne Vik avviser …', u53-30)
    if name is None or name.count(" ") < 2:
        return name
    # (where the paragraph's sentences open, read once per paragraph: a search of the whole paragraph for each quote
    # was quadratic, 45 s for a 1 MB paragraph of one sentence repeated: a review)
    first = name[: name.index(" ")]
    if not any(paragraph.startswith(name, at) for at in _sentence_openings(paragraph).get(first, ())):
        return name
    return without_opening_role(name)


def opens_a_sentence(paragraph: str, name: str) -> bool:
    """Whether `name` stands at the start of one of the paragraph's sentences (or after a colon)."""
    first = name.split(" ", 1)[0]
    return any(paragraph.startswith(name, at) for at in _sentence_openings(paragraph).get(first, ()))


@functools.lru_cache(maxsize=4)
def _sentence_openings(paragraph: str) -> dict[str, list[int]]:
    """Where the paragraph's sentences open (its start, and after each '. ' or ': '), by the word that opens them."""
    openings: dict[str, list[int]] = {}
    for at in itertools.chain((0,), (m.end() for m in _SENTENCE_MARK.finditer(paragraph))):
        space = paragraph.find(" ", at)
        openings.setdefault(paragraph[at:] if space < 0 else paragraph[at:space], []).append(at)
    return openings


_SENTENCE_MARK = re.compile(r"[.:] ")


def without_opening_role(name: str) -> str:
    """`without_sentence_role` for a name its caller knows opens its sentence."""
    if name.count(" ") < 2:
        return name
    words = name.split()
    if len(words) >= 4 and len(words[1]) >= 2 and words[1].isupper():
        return " ".join(words[2:])
    if len(words) >= 4 and words[0].lower() in _GERMAN_POSSESSIVES and GERMAN_ROLE.match(words[1]):
        return " ".join(words[2:])  # 'Deren Fraktionschef Rolf Demmelmaier sagte, …' (u99-31)
    first, rest = name.split(" ", 1)
    role = ROLE_NOUN.search(first) or (SENTENCE_ROLE_NOUN.search(first) and first.lower() not in GIVEN_NAMES)
    if role and rest[:1].isupper():
        return rest  # (not 'Jan Peter Balkenende', 'María José García': a double first name is the name's own)
    if role and words[1] in _ROLE_OF_ORG:
        # a role of a body, then the name from its given name on ('Formand for Hørby Borgerforening Lone Mikkelsen':
        # u76-38); without a listed given name after the body, the name as it was
        given = next((k for k in range(2, len(words) - 1) if words[k].lower() in GIVEN_NAMES), None)
        if given is not None:
            return " ".join(words[given:])
    return name


_GERMAN_POSSESSIVES = frozenset("deren dessen ihr ihre sein seine unser unsere".split())
_ROLE_OF_ORG = frozenset("for af i på van von of de der des".split())


# A German noun by its ending, between a determiner's noun and a name ('Der Kölner Kardiologe Klaus Meier'; not
# 'Der Pfarrer Klaus Peter Schmitz', whose 'Klaus Peter' is a double first name).
GERMAN_NOUN = re.compile(r"(?:loge|login|istin|eur|eurin|arzt|ärztin|iker|ikerin)$")
# A role noun of those languages, by its ending ('Veerman', 'Borgmester', 'Voorzitter', 'Sindaco').
ROLE_NOUN = re.compile(
    r"(?:veerman|raadsman|stuurman|zeeman|brandweerman|politieman|buurman|vognmand|vrouw|meester|mester|mästare|chef|leider|leder|ledare|direct(?:eur|ør|ör)|voorzitter|formand|wójt|sołtys|"
    # ('Schipper Rob Kuijpers …', 'Matroos Ilse Vermeulen …': u92-35; 'Kämmerer Name': u92-31)
    r"schipper|matroos|kapitein|kämmerer|"
    # (Dutch people by what they do: 'Forens Bas Hoekstra deed er twee uur over', u102)
    r"forens|reiziger|bewoner|buurtbewoner|ondernemer|"
    # (an owner: 'Eigenaar Sjoerd Hoekstra (63) is …', u109-35)
    # (a defendant or a suspect: 'Oskarżony Marek S. przyznał się …', u112-39)
    r"oskarżon[ya]|podejrzan[ya]|obžalovan[ýá]|obviněn[ýá]|"
    r"eigenaar|eigenares|inhaber|inhaberin|propriétaire|propietari[oa]|proprietari[oa]|proprietári[oa]|ägare|ägaren|\bejer|"
    r"\bejeren|\beier|\beieren|właściciel|właścicielka|majitel|majitelka|"
    r"ordförande|ordfører|rådmann|talsmann|talsmand|talsperson|wethouder|rektor|råd|rådet|minister|ministr|starosta|primátor|burmistrz|prezydent|prezes|sindaco|"
    r"presidente|alcalde|alcaldesa|maire|préfet|prefeito|prefeita|boer|bonde|landmand|visser|fisker|fiskare|sędzia|"
    r"soudce|soudkyně|juez|jueza|giudice|juiz|juíza|rechter|domare|dommer|juge|raadslid|radny|radna|zastupitel|"
    r"zastupitelka|concejal|concejala|consigliere|vereador|vereadora|conseiller|conseillère|"
    # (a scientist by the ending, 'Hydroloog', 'Biolog'; a prosecutor or a lawyer: u42)
    r"loog|olog|anklager|åklagare|aanklager|prokurator|prokurátor|advokat|advocaat)$",
    re.IGNORECASE,
)


# Role nouns that open a sentence before a name, and only there ('Hoofdredacteur Name schreef', 'Šéfredaktor Name
# řekl'): before a relative pronoun ROLE_NOUN makes a name apposed, and 'hustrun till chefredaktör Name, som sade'
# is the wife's (break16).
SENTENCE_ROLE_NOUN = re.compile(
    r"(?:redacteur|redactrice|redaktør|redaktör|redaktor|redaktorka|"
    # a Swedish, Danish or Norwegian noun in its definite form of nine letters or more ('Pensionären Gunnel Åberg',
    # 'Journalisten Name': u53-28; not 'Christen Holm Larsen', break37), not a given name: `without_opening_role` asks
    r"^\w{5,}(?:är|ar|ör|ist|ent|iker|ant)en|"
    # (a woman's role in -erska, -örska, -inna in its definite form, and a few more: 'Sjuksköterskan Elin Bergqvist på
    # vårdcentralen …', 'Bonden Lars Persson': u122-34)
    r"^\w{3,}(?:erskan|örskan|orskan|innan|ersken)|^(?:bonden|läkaren|lægen|legen|sykepleieren|domaren|dommeren))$",
    re.IGNORECASE,
)


def without_article(name: str | None) -> str | None:
    """An organisation's name without the article that opens it ('La Asociación de Prensa del Cantábrico
    calificó …' -> 'Asociación de Prensa del Cantábrico'): only before an organisation's noun, as 'El Corte Inglés',
    'Los Angeles Times', 'El Hadji Diouf' and 'Le Van Thanh' keep theirs (break17); None for a name that opens in
    lower case ('de Carlos Ruiz', from 'La defensa de Carlos Ruiz calificó': the defence speaks)."""
    if name is None:
        return None
    if name[:1].islower():
        return None
    words = name.split(" ")
    if (
        len(words) >= 3
        and words[0].lower() in ARTICLES
        and words[1].lower() in ORGANISATION_WORDS | _ARTICLE_ORGANISATIONS
    ):
        return " ".join(words[1:])
    return name


# An organisation's first words after which its article is no part of its name ('La Guardia Civil', 'El Real
# Madrid', 'La Fiscalía Anticorrupción'; not 'El Corte Inglés', 'Los Angeles Times').
_ARTICLE_ORGANISATIONS = frozenset(
    """guardia fiscalía fiscalia procura policía polizia polícia policja real agencia agenzia agência junta dirección
    direzione direção confederación confederazione confederação cámara camera departamento dipartimento servicio
    servizio serviço oficina ufficio autoridad autorità autoridade unión unione união liga lega""".split()
)


def without_german_lead(name: str) -> str | None:
    """A name without the German determiner and role nouns before it ('Ihr Chefredakteur Martin Kessler' ->
    'Martin Kessler'); None when only those are left, or when it is one word after them."""
    words = name.split()
    k = 0
    if words and words[0].lower() in GERMAN_LEAD:
        # a determiner, and the noun after it when a name of two words or more follows: 'Die Geschädigte
        # Hannelore Weiß', 'Die CDU-Bundestagsabgeordnete Anna Maria Schuster'; with a place's adjective
        # before the noun, both: 'Der Kölner Kardiologe Klaus Meier'
        k = 2 if len(words) >= 4 else 1
    while k < len(words) - 2 and (GERMAN_ROLE.match(words[k]) or (k > 0 and GERMAN_NOUN.search(words[k]))):
        k += 1
    if k == 0:
        return name
    rest = words[k:]
    return " ".join(rest) if len(rest) >= 2 else None


# A reporting verb of the languages that leave a pronoun subject out (Italian, Spanish, Portuguese, Polish,
# Czech), right after a quote: '“…”, dijo.', '“…”, ha raccontato a fine gara.', '“…”, afirmou em nota.' says
# what '“…,” she said' says in English (attribution.py's `_pro_drop_after` asks that no one is named after it).
PRO_DROP_AFTER = re.compile(
    r"(?:ha (?:detto|scritto|spiegato|aggiunto|dichiarato|sottolineato|raccontato|ricordato|ammesso|concluso|"
    r"commentato|precisato|dicho|explicado|afirmado|señalado|añadido|asegurado|precisado|reconocido)|racconta|"
    r"ricorda|spiega|aggiunge|dice|dijo|explicó|afirmó|señaló|añadió|aseguró|reconoció|admitió|relató|lamentó|"
    r"advirtió|insistió|destacó|recordó|subrayó|escribió|explica|asegura|añade|afirma|disse|afirmou|explicou|"
    r"acrescentou|lembrou|contou|escreveu|reconheceu|sublinhou|garantiu|declarou|powiedział|powiedziała|dodał|"
    r"dodała|przyznał|przyznała|napisał|napisała|podkreślił|podkreśliła|mówi|řekl|řekla|uvedl|uvedla|dodal|dodala|"
    r"napsal|napsala|dodává|říká|uvádí|odpowiedziała|odpowiedział|stwierdziła|stwierdził|zaznaczyła|zaznaczył|"
    r"mówiła|mówił|contó|comentó|apuntó|"
    # (the Polish present of a review or feature: '"…" – przyznaje we wstępie': u75-39)
    r"przyznaje|dodaje|wyjaśnia|podkreśla|zaznacza|tłumaczy|"
    # (the Italian present of a recipe or a feature: '“…”, assicura.', break55)
    r"assicura|avverte|"
    # (the Spanish and Portuguese present of a feature: '“…”, cuenta entre risas.', u87-33)
    # (not 'conta', 'counts' too, nor 'cuenta con', 'counts on': '“…”, conta a história', the final review)
    r"cuenta(?! con\b)|recuerda|relata|comenta)(?=[\s,.;:!?…]|$)"
)
# What may follow such a verb in its clause when no subject does: a preposition or a time word ('ha raccontato a
# fine gara', 'afirmou em nota', 'dijo en rueda de prensa', 'řekl včera').
PRO_DROP_PHRASE_OPENERS = frozenset(
    """a al ai alla allo agli alle in nel nella nello nei durante dopo prima con per da di ieri oggi stamattina
    en tras ante después antes con por para ayer hoy esta este em no na nos nas ao à após antes com por para ontem
    hoje w we na po przed podczas dla do od wczoraj dziś dzisiaj v ve na po před během pro včera dnes s se z
    ze entre tra fra sin sem mientras mentre enquanto""".split()  # ('cuenta entre risas.', 'tra le lacrime': u87-33;
    # 'explica mientras corta las rebanadas': u99-33)
)
# The press a Polish or Czech verb told, after which the rest of the clause is read as after the verb ('powiedział
# dziennikarzom po rozprawie': u56; not 'řekl novinářům jeho obhájce', a subject after it: break42).
PRESS_DATIVES = frozenset("dziennikarzom reporterom mediom novinářům reportérům médiím".split())
# Conjunctions that open another clause after such a verb and its comma ('“…”, disse, enquanto escolhe …', '“…”,
# dijo, mientras …'): the verb's clause ended with nothing after it. (Not Portuguese 'diz' without a subject: a bare
# '“…”, diz.' takes the one person the paragraph names, who is often not the speaker: break41.)
CLAUSE_OPENERS = frozenset("enquanto mientras mentre sem sin senza quando cuando kiedy gdy zatímco když".split())
# Endings of a plural role in those languages ('les enquêteurs', 'gli inquirenti', 'kolegů', 'ekspertów'), in words
# longer than a preposition ('capo di gabinetto').
PLURAL_ENDINGS = ("s", "i", "ů", "ów", "owie")
# Prepositions that take a role's words to someone else ('fuentes cercanas a Name', 'vicino a'): a compound role's
# 'di', 'de', 'del' ('capo di gabinetto', 'director de comunicación') is no such.
ROLE_BREAKERS = frozenset("a al ai alla à au aux aan zu zum zur til till ao à".split())
# Prepositions and articles inside roles before an organisation ('direttore sportivo dello Spezia')
ROLE_OF = frozenset("del dello della dei degli delle de do da du des van von of di der".split())
_ARTICLE_AFTER_OF = frozenset("la las los het the".split())  # the article after 'de', 'van', 'of


# The field of an office between its noun and its body, no person ('el jefe de emergencias de la Diputación', 'il
# responsabile della sicurezza del club'): its 'of' is not a second role's.
OFFICE_FIELDS = frozenset(
    """emergencias emergência emergências emergenze urgences prensa imprensa stampa presse comunicación comunicação
    comunicazione communication seguridad segurança sicurezza sécurité urbanismo urbanistica urbanisme cultura culture
    deportes desportos sport sports sanidad saúde sanità santé tráfico trânsito traffico circulation obras obres
    lavori travaux educación educação istruzione éducation hacienda finanzas finanças finanze finances turismo
    tourisme servicios serviços servizi services operaciones operações operazioni opérations""".split()
)


def one_role(roles: str) -> bool:
    """Whether roles before an organisation's apposed name are one role ('l’allenatore dello', 'direttore sportivo
    dello', 'entrenador del'), with at most one preposition, the last word: not two nouns ('la moglie del presidente
    dello Sporting, Name': the name may be either's)."""
    words = roles.split()
    if len(words) >= 2 and words[-2] in ROLE_OF and words[-1] in _ARTICLE_AFTER_OF:
        words = words[:-1]  # 'el portavoz de la Aemet, Name' (u88-33)
    if len(words) >= 4 and words[1] in ROLE_OF and words[2] in OFFICE_FIELDS:
        words = [words[0], *words[3:]]  # an office's field: 'el jefe de emergencias de la Diputación, Name' (u110-33)
    ofs = [k for k, word in enumerate(words) if word in ROLE_OF]
    # (an 'of' the last word: with none, the name after the role is the speaker's, not a body's, 'afirmou a
    # meteorologista Patrícia Gomes, do IPMA', u90-36)
    return len(ofs) == 1 and ofs[0] == len(words) - 1


# Words that open a subject after such a verb, one word alone too ('dijo uno', 'ricorda chi …', 'disse ela' aside).
NOT_MANNER = frozenset(
    """su sus mi tu suo sua suoi mio mia seu sua seus suas meu minha jego jej jeho její uno una otro otra alguien
    altro altra qualcuno chi quien quem outro outra alguém jeden jedna ktoś někdo""".split()
)
# Polish and Czech verbs of that list: a word after them is their subject (no article marks it).
SLAVIC_VERBS = frozenset(
    """powiedział powiedziała dodał dodała przyznał przyznała napisał napisała podkreślił podkreśliła mówi řekl řekla
    uvedl uvedla dodal dodala napsal napsala dodává říká uvádí odpowiedziała odpowiedział stwierdziła stwierdził
    zaznaczyła zaznaczył mówiła mówił""".split()
)
# The Polish and Czech verbs of VERB_AFTER: a name after them is read in the nominative (attribution.py).
SLAVIC_AFTER_VERBS = SLAVIC_VERBS | frozenset(
    """relacjonuje relacjonował relacjonowała przekonywał przekonywała wyjaśnił wyjaśniła tłumaczył tłumaczyła zapewnił
    zapewniła ocenił oceniła ostrzegał ostrzegała apelował apelowała argumentował argumentowała varoval
    varovala""".split()
)
# Portuguese verbs of that list, after which 'a' and 'o' are articles ('disse a ministra'), not prepositions.
PRO_DROP_PORTUGUESE = frozenset(
    """disse afirmou explicou acrescentou lembrou contou escreveu reconheceu sublinhou garantiu declarou afirma
    assegurou frisou adiantou realçou""".split()
)
# Articles that open a subject after the verb ('ha spiegato il capitano', 'dijo el alcalde'): no pronoun left out.
SUBJECT_ARTICLES = frozenset("il lo la gli le el los las os as i un una uno um uma".split())

# A relative pronoun after a name and its comma: 'Name, who said that “…”', 'Name, que disse que “…”'.
RELATIVES = frozenset("who que qui che som który która který která".split())

# Verbs that put the subject after them ('Enligt åklagaren har Erik Lindqvist …': the name is whom the source
# reports on), never a role word between 'according to' and a name.
AUXILIARIES = frozenset(
    """har hat ist sind war wurde is heeft zijn was er est sont ont ha han hanno è é são foi jest są był je jsou
    byl var havde hade blev""".split()
)
# After another language's 'according to': a singular article or none, one to three lower-case role words,
# then a capital ('Volgens fractievoorzitter Kees Verhoef is er …', 'Segundo a enfermeira obstétrica Ana …'; a role
# word with a hyphen too: 'Selon la porte-parole Nadia Berrada').
ROLES_BEFORE_NAME = re.compile(
    r"(?:(?:der|die|el|la|il|lo|l[’']|le|o|a|de|het|den) )?(?P<roles>(?:[a-zà-ž]+(?:-[a-zà-ž]+)? ){1,3})(?=[A-ZÀ-Ž])"
)

# Words that make a name an organisation in those languages (lower-case; attribution.py adds them to its
# ORGANISATION_WORDS): 'Plataforma de Afectados por la Hipoteca' is no 'she'.
ORGANISATION_WORDS = frozenset(
    """centro centre zentrum centrum instituto istituto institut servizio servicio serviço ufficio oficina agenzia
    agencia agência agence
    verband verein gemeinde partei kommission stiftung universität klinikum ministerium regierung gericht
    association mairie fédération syndicat parti commission conseil fondation université hôpital ministère
    gouvernement tribunal société plataforma asociación ayuntamiento federación sindicato partido comisión consejo
    fundación universidad ministerio gobierno juzgado associazione comune federazione sindacato partito
    commissione consiglio fondazione università ospedale ministero governo tribunale società associação câmara
    federação comissão conselho fundação universidade ministério assembleia prefeitura vereniging gemeente partij
    commissie stichting universiteit ziekenhuis ministerie regering rechtbank autoriteit inspectie rijkswaterstaat
    politie brandweer provincie waterschap
    förening kommun kommission stiftelse confederazione confederación confédération confederação unione unión união
    universitet sjukhus departement regeringen domstol forening kommune stiftelse universitet sygehus ministerium
    stowarzyszenie urząd partia komisja fundacja uniwersytet szpital ministerstwo rząd sąd sdružení úřad strana
    komise nadace univerzita nemocnice ministerstvo vláda soud hogeschool hochschule högskola højskole
    rady radzie radę radą gmina gminy gminie urzędu urzędzie sądu sądzie szpitala szpitalu fundacji komisji
    partii ministerstwa uczelni obce obci úřadu soudu""".split()  # (Polish, Czech cases: 'z Młodzieżowej Rady
    # Miasta', u88-39; not 'rada', 'radě', 'obec', surnames too: 'Trenér Petr Rada', break52)
)

# Titles of a person in those languages, dropped from the front of a name as TITLES are ('Selon Me Claire
# Dumontel' -> 'Claire Dumontel'; 'Me' is a French lawyer's 'Maître').
HONORIFICS = frozenset(
    "me maître mme mlle herr frau sr. sra. srta. sig. sig.ra dott. dott.ssa avv. dhr. mevr. mgr.".split()
)

# Words that make a name a place in those languages (attribution.py adds them to its PLACE_WORDS): 'Calle del Forno'.
PLACE_WORDS = frozenset(
    """calle via piazza rua rue strasse straße platz plaza avenida praça largo ulica náměstí ulice gatan gade vej
    plein straat viale fondamenta miasto miasta mieście město města městě""".split()
)
