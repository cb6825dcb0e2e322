"""Words that people's names are made of, or that look like a name's words but are not: one place for
what `identity` (the author of a bio) and `attribution` (the speaker of a quote) know about names.

The two readers differ on purpose where noted: each set is named for what it is used for, and a
reader's output (record ids, authors, speakers) depends on exactly the words in its sets.
"""

from __future__ import annotations

# Lowercase words allowed inside a name ('Niamh Ó Faoláin', 'Ludwig van Beethoven').
PARTICLES = frozenset(
    "af al ben bin bint da das de del della den der di do dos du el ibn la le ter van von y zu".split()
)

# A bio's opening name also allows a lowercase 'st' ('Marie st Clair is ...'), and it lacks 'ben' and
# 'bint'. The sets stay apart because unifying them changes output: in a bio the set decides whether a
# paragraph opens with a name (so the author, and with it the record id); in a quote's paragraph a
# particle joins capitalised words into one speaker ('Yusuf ben Ali'), and 'st' is not let do that.
BIO_PARTICLES = frozenset("af al bin da das de del della den der di do dos du el ibn la le st ter van von y zu".split())

# Generational suffixes: 'Martin Luther King Jr.' keeps 'King' although it is also a title.
SUFFIXES = frozenset("jr jr. sr sr. ii iii iv".split())

# Titles and roles dropped from the front of a speaker's name ('Russian Foreign Minister Sergey Lavrov'; 'Cllr' and
# 'Cr', the British and Australian councillor's title).
TITLES = frozenset(
    """president vice prime minister foreign secretary chairman chairwoman chair judge justice councillor
    councilor councilman councilwoman alderman senator sen. representative rep. congressman congresswoman
    assemblyman assemblywoman governor gov. mayor district attorney general ambassador commissioner director
    chief executive officer superintendent sheriff inspector detective sergeant sgt. captain capt.
    lieutenant lt. colonel col. admiral dr. dr mr. mr mrs. mrs ms. ms miss professor prof. reverend rev. rev
    councilmember father bishop archbishop cardinal pope king queen prince princess sheikh emir deputy state special
    speaker premier chancellor leader spokesman spokeswoman spokesperson coach manager editor founder
    ceo lord lady sir dame marshal mp mep msp mla staff secretary-general publisher principal fr fr. lecturer
    headteacher headmaster headmistress analyst economist researcher scientist historian lawyer campaigner
    activist organiser organizer coordinator treasurer trustee curator librarian cllr cllr. cr cr. apprentice
    nurse midwife paramedic firefighter commuter shopkeeper cinematographer photographer supervisor constable
    goalkeeper midfielder producer composer conductor songwriter guitarist drummer novelist playwright architect
    chef engineer surgeon pharmacist hydrologist geologist biologist ecologist epidemiologist virologist
    psychologist meteorologist climatologist sociologist criminologist toxicologist oncologist cardiologist
    neurologist ornithologist archaeologist zoologist seismologist glaciologist stockman stockwoman
    ing. bc. mgr. mudr. judr. phdr. rndr.""".split()  # (Czech degrees before a name: 'kpt. Ing. Jan Novák', break50)
    # not 'student', 'tenant', 'volunteer': 'Student Loans Company' is no title's
)

# Capitalised words that begin a sentence of an article without being names ('However, …', 'Monday').
NOT_NAMES = frozenset(
    """a an the in on at for but and or nor so yet when while after before as if since although though
    because until unless asked speaking his her their its our my your this that these those it he she
    they we i you there here then now still today yesterday tomorrow last next some many most few several
    all both each every no not only even also despite during under over with without from to by of near
    across meanwhile however instead indeed perhaps once whether what who whom whose which where why how
    almost nearly virtually practically er sie hij zij él januar februar märz oktober dezember poi puis luego
    después depois daarna potem alguém alguien qualcuno jemand iemand någon nogen ktoś někdo
    according given like unlike among between within into onto upon about above below behind beyond
    eventually finally suddenly later afterwards afterward earlier recently initially ultimately
    originally apparently fortunately unfortunately luckily sadly clearly obviously naturally certainly actually
    usually normally typically occasionally gradually slowly quickly immediately
    mr mrs ms sir madam january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday
    selon según secondo laut volgens segundo enligt ifølge według podle
    hundreds thousands dozens millions tens scores
    mais aber und och og
    auch nun jetzt doch sogar selbst gestern aussi ensuite también entonces anche allora ook toen
    även också også też także również teraz také""".split()  # 'according to' of ten languages; a crowd (u52-23); 'but'
    # and 'and' opening a sentence in the other languages ('Mais Nadia Benali sourit.': u53-36; not 'Pero', 'Maar',
    # 'Mas', names too: 'Pero Kovačević', break37)
    # adverbs that open a sentence before its subject in those languages ('Auch Eberle will …': u76-31; not 'heute',
    # 'ahora', 'como', 'comme': 'Heute', 'Ahora Madrid', 'Perry Como', 'Comme des Garçons' are names, break50)
)

# The first words a bio paragraph cannot open with and still name its subject ('He is ...'). A subset of
# NOT_NAMES kept apart: a bio may open with a name that is also one of the others ('May Chen is ...').
BIO_NOT_NAMES = frozenset(
    "a an he her his i it its my our she that the their these they this those we you your".split()
)
