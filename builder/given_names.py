"""Common given names of the languages of `junk_languages.py` and English, lower-cased: what tells a bio that
opens with `Name, description, …` ('Lorenza Bellotti, giornalista, scrive …') from one that opens with a role
or a place in the same shape ('Periodista de Levante-EMV, cubre …', 'Sundsvalls Tidning, Box 405, …',
'Freie Journalistin, Jahrgang 1979, …'). Only that bio form asks (`identity.name_opening`): a name not
listed here leaves such a bio without an author, as before the list. No word here is a role, a place or a
word that opens a sentence in those languages (checked by tests/test_identity.py against their lists)."""

from __future__ import annotations

_BY_LANGUAGE = {
    "en": """aaron abigail adam aidan aileen alan albert alex alexander alice alison amanda amy andrew angela anna anne
    anthony aoife barbara benjamin bernadette beth brendan brian bridget caroline catherine charles charlotte
    chris christine ciara claire colin connor conor daniel david deborah declan dennis diana donald dorothy edward
    eileen eleanor elizabeth ellen emily emma eoin eric evan fiona frances gareth gavin george gerald gerard
    gillian graham gregory hannah harold harriet helen henry hugh ian isabel jack james jane janet jason jennifer
    jeremy jessica joan joanna john jonathan joseph judith julia julian karen kate katherine kathleen keith
    kenneth kevin kieran laura lauren leo liam linda lisa louise lucy maeve mairead margaret maria martha martin
    mary matthew megan michael michelle neil niamh nicholas nicola noel oliver orla owen patricia patrick paul
    peter philip rachel rebecca richard robert roger ronald rose ruth samuel sarah sean sheila simon sinead
    siobhan sophie stephen steven susan teresa thomas timothy tom victoria walter william kylie tommy
    cathal fionnuala pádraig padraig ciarán ciaran niall orla gráinne grainne caoimhe eoin oisín oisin tadhg
    donal dónal ruairí ruairi cillian clodagh sorcha róisín roisin saoirse deirdre eimear aisling darragh colm""",
    "de": """andreas anja annette barbara bernd birgit christa christoph claudia dagmar dieter dirk elke rüdiger
    florian franziska gabriele georg gerhard gisela gudrun hannelore hans heike heinz helga henrike holger
    ingrid jan jana jens joachim jonas jörg jürgen karin karl katharina katrin klaus kristin lars lena lukas
    manfred marion markus martina matthias michaela monika nadine nicole petra ralf renate sabine sandra
    sebastian stefan stefanie susanne thorsten tobias ulrich ursula uwe werner wolfgang rainer reiner volker
    günter günther frank hans-peter karl-heinz hans-jürgen friedrich wilhelm heinrich otto ernst ludwig hermann
    albrecht maximilian leopold hanns hannes helmut dietrich egon kurt
    bärbel olaf özlem dominik torsten carola silke ute niklas moritz leonie friederike horst detlef hartmut reinhard
    merle""",
    "fr": """adèle agnès amélie antoine aurélie aurélien benoît brigitte cécile céline chantal christophe
    clément delphine denis didier dominique élise émilie étienne fabien françois françoise frédéric
    geneviève guillaume hélène hugo isabelle jacques jean jérôme joël julien laurent léa léon lucie luc
    manon marc marguerite marie mathieu maxime michel nathalie nicolas olivier pascal philippe pierre
    raphaël rémi sandrine sébastien sophie stéphane sylvie thierry valérie vincent virginie yves
    camille""",
    "es": """adriana alejandro alicia álvaro andrés ángel antonio beatriz carlos carmen cristina diego dolores
    elena enrique esperanza eva fernando francisco gonzalo guadalupe iker ignacio inés javier jorge josé
    juan laura lucía luis manuel marta mercedes miguel montserrat nuria pablo paloma pedro pilar rafael
    raquel ricardo rocío rosa rosario sergio silvia soledad teresa vicente
    irene begoña vicent jordi núria iñaki aitor ainhoa itziar amaia arantxa nerea xavier oriol josep montse maite xabier
    leire iratxe xosé xoán uxía amparo inmaculada marisol consuelo remedios encarnación""",
    "it": """pier alessandra alessandro andrea angelo antonella antonio chiara cristina davide elena emanuele
    enrico federica federico francesca francesco gabriele giacomo gianluca giorgia giorgio giovanna
    giovanni giulia giuseppe ilaria lorenza lorenzo luca lucia marco matteo michela nicola paola paolo
    roberta roberto sara silvia simona simone stefania stefano valentina valerio""",
    "pt": """afonso ana beatriz bruno carla catarina cláudia daniela diogo duarte filipa gonçalo helena inês
    joana joão jorge leonor lúcia luísa mariana miguel nuno patrícia raquel ricardo rita rui sofia tiago
    vasco
    juliana""",
    "nl": """anke annelies anneke bas bram daan dirk erik floor geert gerrit hanneke henk ilse inge jan jeroen
    joost karel kees koen lieke lotte maarten marieke mark martijn niels pieter roos ruud sanne sander
    stijn thijs tim wim wouter jasper rutger willem klaas hendrik jelle cornelis johannes sjoerd arjen joris bart
    femke anouk merel nienke eline fleur mieke jaap hein joop gert bert tjeerd sietse freek
    ruben""",
    "sv": """agneta anders annika birgitta björn elin erik eva gunnar gustav hanna ingrid johan karin kerstin
    lars linnea maja malin mats mikael nils oskar per sven ulf""",
    "da": """anders birthe camilla frederik hans henrik ida jens jesper kasper kirsten lars lone mads mette
    morten niels ole rasmus rikke signe søren trine ulla""",
    "no": """bjørn eirik geir gro hilde ingrid kari knut kristian liv marit nina ola randi sigrid solveig
    tor trond""",
    "pl": """agata agnieszka aleksandra andrzej anna barbara beata dorota ewa grzegorz halina jacek jakub
    janusz joanna józef kamil katarzyna krzysztof łukasz magdalena małgorzata marcin marek mariusz michał
    monika paweł piotr rafał renata stanisław tadeusz tomasz wojciech zbigniew zofia
    przemysław bożena szymon bartosz dariusz damian dawid elżbieta irena iwona jadwiga jerzy justyna karolina
    kazimierz krystyna leszek maciej mateusz natalia patrycja ryszard sławomir sylwia urszula wiesław witold
    zdzisław zuzanna wanda bogdan henryk edyta aneta paulina weronika kinga jolanta danuta grażyna mirosław
    arkadiusz waldemar""",
    "cs": """alena eva hana ivana jakub jana jaroslav jiří josef kateřina lenka lucie marie markéta martin
    miroslav ondřej pavel pavla petr radek tereza tomáš václav vladimír zdeněk vojtěch lukáš michal jan jiřina
    karel milan stanislav
    filip františek ladislav libor zuzana veronika simona barbora klára věra jitka ludmila marcela iveta
    jaroslava zdeňka alžběta kristýna matěj radka šárka""",
    # names that the news of these countries print often besides their own: Bosnian, Turkish, Arabic ('sa Amra
    # Hodžić': u119-34)
    "bs": """amra emina almir edin senad lejla mirza adnan jasmina elvir nermin haris edina azra ajla belma enes
    kenan samir sanela suad tarik amela arnela""",
    "tr": """mehmet ahmet ayşe fatma emine mustafa hüseyin zeynep""",
    "ar": """mohammed mohamed ahmed fatima yusuf karim amina hassan ibrahim khalid youssef rania mariam hamza bilal""",
}

GIVEN_NAMES = frozenset(word for names in _BY_LANGUAGE.values() for word in names.split())
# Polish and Czech given names: where one stands after capitalised words in a speaker's run after a Slavic verb, those
# words are a body's or a place's genitive ('rzeczniczka Fundacji Anny Dymnej Ewa Kowalczyk': attribution.py)
SLAVIC_GIVEN_NAMES = frozenset(_BY_LANGUAGE["pl"].split()) | frozenset(_BY_LANGUAGE["cs"].split())
# The given names of the languages other than English: the census's sex for a name says nothing of them ('Andrea',
# 'Simone', 'Nicola' are men in Italian; census_names.given_name_gender).
OTHER_LANGUAGE_GIVEN_NAMES = frozenset(
    word for language, names in _BY_LANGUAGE.items() if language != "en" for word in names.split()
)
