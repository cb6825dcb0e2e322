"""More given names, beside `GIVEN_NAMES`, and the sex the census gives each: what tells a person's name of two
words from other capitalised words where a speaker's rule asks (`attribution._subject_before`, the subject opening
the sentence before a pronoun's quote; `attribution._a_person_alone`), and whom an English 'he' or 'she' may refer
to (`given_name_gender`).

The first names of the 1990 United States census (public domain; as shipped in the `names` package 0.3.0,
MIT) held by at least 0.01% of men or of women, lower-cased, less those in `GIVEN_NAMES`, the words that
`names.NOT_NAMES`, `PARTICLES` and `TITLES` hold, months, and names that are as often a place or a common word
('Georgia', 'Dallas', 'Hope', 'Grace', 'Bill', 'Will'). A bio's name (`identity`) still reads `GIVEN_NAMES` alone:
with these, places and titles opened bios in that shape (`Glen Ellyn, Illinois, native …`, `Jackson Hole, Wyoming,
is …`: break57)."""

from __future__ import annotations

import unicodedata

from .given_names import GIVEN_NAMES, OTHER_LANGUAGE_GIVEN_NAMES

CENSUS_GIVEN_NAMES = frozenset(
    """
    abby abel abraham ada addie adela adele adeline adolfo adolph adrian adrienne agnes agustin aida aimee alana
    alberta alberto alejandra alexandra alexandria alexis alfonso alfred alfredo ali aline alisa alisha alissa
    allan allen allie allison allyson alma alonzo alphonso alta althea alton alvaro alvin alyce alyssa amalia
    amber amelia amie amos anastasia andre andres andy angelia angelica angelina angeline angie anita ann
    annabelle annie antoinette anton antonia araceli archie arlene arline armand armando arnold arthur arturo
    ashlee ashley aubrey audra audrey augusta aurelia aurora ava avery avis barbra barry bart basil beatrice
    becky belinda benita benito bennie benny bernadine bernard bernardo bernice bert berta bertha bessie bethany
    betsy bette bettie betty bettye beulah beverly bianca billie billy blaine blake blanca blanche bobbi bobbie
    bobby bonita bonnie boyd brad bradford bradley brady brandi brandon brandy brenda brent bret brett briana
    brianna bridgette brittany brittney brooke bruce bryan bryant bryce bryon buddy burton byron caitlin caleb
    callie calvin cameron camille candace candice candy cara carey carl carlene carlton carly carmela carmella
    carol carole carolyn carrie carroll cary casey cassandra cassie catalina cathleen cathy cecelia cecil cecile
    cecilia cedric celeste celia cesar chad chandra charity charlene charlie charmaine chasity cheri cherie
    cheryl chester christi christian christie christina christopher christy chrystal chuck cindy clara clare
    clarence clarice clarissa clark claude claudette claudine clayton clement cleo cliff clifford clifton clint
    clinton clyde cody cole colette colleen concepcion connie conrad constance consuelo cora corey corina corine
    corinne cornelia cornelius corrine cory courtney coy craig curt curtis cynthia dale damian damien damon dan
    dana dane danielle danny dante daphne darcy darin darius darla darlene darnell darrel darrell darren darrin
    darryl darwin daryl dave davis deana deanna deanne debbie debora debra dee deena deidre deirdre delbert
    delia delores deloris demetrius dena denise denny derek derick derrick desiree desmond devin devon dewayne
    dewey dexter diane dianna dianne dina dion dixie dollie dolly domingo dominic dominick don dona donna
    donnell donnie donovan dora doreen doris dorothea dorthy doug douglas doyle duane dustin dwayne dwight dylan
    earl earlene earline earnest earnestine ed eddie eddy edgar edith edmond edmund edna eduardo edwin edwina
    effie efrain elaine elbert eldon eli elias elijah elinor elisa elisabeth elise eliza ella elliot elliott
    ellis elma elmer elnora eloise elsa elsie elton elva elvia elvin elvira elvis elwood emanuel emery emil
    emilia emilio emmanuel emmett erica erick ericka erika erin erma ernest ernestine ernesto ernie ervin erwin
    esmeralda essie esteban estela estella estelle ester esther ethan ethel etta eugene eugenia eula eunice
    evangeline eve evelyn everett fabian fannie fay faye felicia felipe felix fidel flora flossie floyd forrest
    fran francine francis francisca frankie franklin fred freda freddie freddy frederick fredrick frieda gabriel
    gabriela gabrielle gail gale garland garrett garry gary gayle gena gene geneva genevieve geoffrey georgette
    georgina geraldine gerardo gerry gertrude gilbert gilberto gina ginger gladys glen glenda glenn glenna
    gloria goldie gordon gracie graciela grady grant greg gregg gregorio greta gretchen grover guillermo gus
    gustavo gwen gwendolyn hal haley harlan harley harriett harrison harry harvey hattie heath hector heidi
    helene henrietta herbert heriberto herman hilary hilda hillary hiram homer horace howard hubert humberto ila
    ilene imelda imogene ina inez ira irene irma irvin irving isaac isaiah ismael issac iva ivan jackie jackson
    jaclyn jacob jacqueline jacquelyn jaime jake jamal jami jamie janelle janette janice janie janine janis
    janna jared jarrod jarvis jasmine jay jayne jayson jeanette jeanie jeanine jeanne jeannette jeannie jeannine
    jeff jefferson jeffery jeffrey jeffry jenifer jenna jennie jenny jerald jeremiah jeri jermaine jerome jerri
    jerry jess jesse jessie jewell jill jillian jim jimmie jimmy jo joann joanne joaquin jocelyn jodi jodie jody
    joe joel joesph joey johanna johnathan johnnie johnny jolene jon jonathon joni jose josefa josefina
    josephine josh joshua josie joyce juana juanita judy juliana julianne julie juliette julio julius justin
    justine kara karina karla kasey katelyn katharine kathie kathrine kathryn kathy katie katrina katy kay kaye
    kayla keisha kelley kelli kellie kelly kelsey kelvin ken kendall kendra kendrick kenny kent keri kermit
    kerri kerry kim kimberley kimberly kirk kris krista kristen kristi kristie kristina kristine kristopher
    kristy krystal kurt kyle lacey ladonna lakeisha lakisha lamar lamont lana lara larry latasha latisha latonya
    latoya laurel laurence laurie laverne lavonne lawanda lawrence lea leah leann leanne lee leigh leila lela
    leland lenora lenore leola leon leona leonard leonardo leroy lesley leslie lessie lester letha leticia levi
    lewis lidia lila lilia lilian liliana lillian lillie lilly lina lindsay lindsey lionel liza lizzie lloyd
    logan lois lola lonnie lora loraine loren lorena lorene loretta lori lorie lorna lorraine lorrie lottie lou
    louie louis louisa lourdes lowell loyd luann lucas lucile lucille lucinda luella luisa luke lula lupe luther
    luz lydia lyle lynda lynette lynn lynne lynnette mabel mable madeline madelyn madge mae maggie malcolm
    malinda mallory mamie mandy manuela marcel marcella marci marcia marcie marcos marcus marcy margarita
    margery margie margo margret mari marian marianne maribel maricela marietta marilyn marina mario marisa
    marisol marissa maritza marjorie marla marlene marlin marlon marsha marshall marty marva marvin maryann
    maryanne marylou mason mathew matilda matt mattie maude maureen maurice mauricio mavis max maxine maxwell
    maynard mayra meagan meghan melanie melba melinda melisa melissa melody melva melvin meredith merle mia
    micah micheal michele mickey mike milagros mildred millard millie milton mindy minerva minnie miranda miriam
    misty mitchell mitzi moises mollie molly mona monica monique monte monty morgan morris moses muriel murray
    myra myrna myron myrtle nadia nancy nanette nannie naomi natalia natalie natasha nathan nathaniel neal ned
    nelda nell nellie nelson nettie neva nichole nick nickolas nikki nita noah noe noemi nola nolan nona nora
    norbert noreen norma norman norris odell odessa ofelia olga olivia ollie omar ophelia ora orville oscar otis
    otto paige pam pamela patrica patrice patsy patti patty paula paulette pauline pearlie peggy penelope penny
    percy perry pete phil phillip phyllis polly preston priscilla quentin quincy quinton rachael rachelle rae
    ralph ramiro ramon ramona randal randall randolph randy raphael raul raymond reba rebekah reggie regina
    reginald rena rene renee reuben reva rex reynaldo rhoda rhonda rick rickey rickie ricky rigoberto riley
    robbie robin robyn rocco rochelle rod roderick rodger rodney rodolfo rodrigo rogelio roland rolando roman
    romeo ron ronda ronnie roosevelt rory rosalie rosalind rosalinda rosalyn rosanne roscoe roseann rosella
    rosemarie rosemary rosetta rosie roslyn ross roxanne roxie roy royce ruben rudolph rudy rufus russel russell
    ruthie ryan sabrina sadie sallie sally salvador salvatore sam samantha sammie sammy sandy santos sasha saul
    saundra scot scott scotty selena selma serena seth shana shane shanna shannon shari sharon sharron shaun
    shauna shawn shawna sheena shelby sheldon shelia shelley shelly sheree sheri sherman sherri sherrie sherry
    sheryl shirley sidney socorro solomon sondra sonia sonja sonya sophia spencer stacey staci stacie stacy stan
    stanley stella stephan stephanie steve stewart stuart susana susanna susie suzanne suzette sybil sylvester
    sylvia tabatha tabitha tamara tameka tami tamika tammi tammie tammy tania tanisha tanya tara tasha taylor
    ted teddy terence teri terrance terrell terrence terri terrie terry tessa thaddeus thelma theodore theresa
    therese thurman tia tiffany timmy tina toby todd tomas tommie tommy toni tonia tony tonya tracey traci
    tracie tracy travis trent trevor tricia trina trisha troy trudy ty tyler tyrone tyson ulysses valarie
    valeria valerie vance vanessa vaughn velma vera vern verna vernon veronica vicki vickie vicky victor vilma
    vince viola virgie virgil vivian wallace wanda warren wayne wendell wendi wendy wesley whitney wilbert
    wilbur wiley wilfred wilfredo willa willard willie willis wilma wilson winifred winnie winston woodrow
    xavier yesenia yolanda yvette yvonne zachary zelma
    """.split()
)

ALL_GIVEN_NAMES = GIVEN_NAMES | CENSUS_GIVEN_NAMES

# The names of ALL_GIVEN_NAMES the census gives to women (men) at least ten times as often as to men (women): what
# English 'she' or 'he' may not refer to ('Sarah Collins put the question to Peter Ward. “…” he said': break41).
# Another language's name that the census does not hold says nothing ('Jean' is the census's woman and a French man,
# so only English pronouns ask).
CENSUS_WOMEN = frozenset(
    """
    abby abigail ada addie adela adele adeline adriana adrienne agnes aida aileen aimee alana alberta alejandra
    alena alessandra alexandra alexandria alice alicia aline alisa alisha alison alissa allie allison allyson
    alma alta althea alyce alyssa amalia amanda amber amelia amie amy ana anastasia andrea angela angelia
    angelica angelina angeline angie anita anja ann anna annabelle anne annette annie annika antoinette araceli
    arlene arline ashlee ashley audra audrey augusta aurelia aurora ava avis barbara barbra beata beatrice
    beatriz becky belinda benita bernadette bernadine bernice berta bertha bessie beth bethany betsy bette
    bettie betty bettye beulah beverly bianca birgit blanca blanche bobbi bonita bonnie brandi brandy brenda
    briana brianna bridget bridgette brigitte brittany brittney brooke caitlin callie camilla camille candace
    candice candy cara carla carlene carly carmela carmella carmen carol carole caroline carolyn carrie
    cassandra cassie catalina catarina catherine cathleen cathy cecelia cecile cecilia celeste celia chandra
    chantal charity charlene charlotte charmaine chasity cheri cherie cheryl christa christi christie christina
    christine christy chrystal ciara cindy claire clara clare clarice clarissa claudette claudia claudine
    colette colleen concepcion connie constance consuelo cora corina corine corinne cornelia corrine cristina
    cynthia dagmar daniela danielle daphne darcy darla darlene deana deanna deanne debbie debora deborah debra
    deena deidre deirdre delia delores deloris delphine dena denise desiree diana diane dianna dianne dina dixie
    dollie dolly dolores dona donna dora doreen doris dorothea dorothy dorthy earlene earline earnestine edith
    edna edwina effie eileen elaine eleanor elena elin elinor elisa elisabeth elise eliza elizabeth elke ella
    ellen elma elnora eloise elsa elsie elva elvia elvira emilia emily emma erica ericka erika erin erma
    ernestine esmeralda esperanza essie estela estella estelle ester esther ethel etta eugenia eula eunice eva
    evangeline eve evelyn ewa fannie fay faye felicia fiona flora flossie fran frances francesca francine
    francisca freda frieda gabriela gabriele gabrielle gail gayle gena geneva genevieve georgette georgina
    geraldine gertrude gillian gina ginger giovanna gisela gladys glenda glenna gloria goldie gracie graciela
    greta gretchen gudrun gwen gwendolyn haley halina hana hanna hannah hannelore harriet harriett hattie heidi
    heike helen helena helene helga henrietta hilary hilda hilde hillary ida ila ilene ilse imelda imogene ina
    inez inge ingrid irene irma isabel isabelle iva ivana jaclyn jacqueline jacquelyn jami jana jane janelle
    janet janette janice janie janine janis janna jasmine jayne jeanette jeanie jeanine jeanne jeannette jeannie
    jeannine jenifer jenna jennie jennifer jenny jeri jerri jessica jill jillian jo joan joana joann joanna
    joanne jocelyn jodi jodie johanna jolene joni josefa josefina josephine josie joyce juana juanita judith
    judy julia juliana julianne julie juliette justine kara karen kari karin karina karla kate katelyn katharina
    katharine katherine kathie kathleen kathrine kathryn kathy katie katrina katy kay kaye kayla keisha kelli
    kellie kelsey kendra keri kerri kerstin kimberley kimberly kirsten krista kristen kristi kristian kristie
    kristin kristina kristine kristy krystal lacey ladonna lakeisha lakisha lana lara latasha latisha latonya
    latoya laura laurel lauren laurie lavonne lawanda lea leah leann leanne leila lela lena lenora lenore leola
    leona leonor lessie letha leticia lidia lila lilia lilian liliana lillian lillie lilly lina linda lindsay
    linnea lisa liza lizzie lois lola lora loraine lorena lorene lorenza loretta lori lorie lorna lorraine
    lorrie lottie louisa louise lourdes luann lucia lucie lucile lucille lucinda lucy luella luisa lula luz
    lydia lynda lynette lynne lynnette mabel mable madeline madelyn madge mae magdalena maggie malinda mallory
    mamie mandy manuela marcella marci marcia marcie marcy margaret margarita margery margie margo margret
    marguerite mari maria marian mariana marianne maribel maricela marie marietta marilyn marina marisa marisol
    marissa maritza marjorie marla marlene marsha marta martha martina marva mary maryann maryanne marylou
    matilda mattie maude maureen mavis maxine mayra meagan megan meghan melanie melba melinda melisa melissa
    melody melva mercedes meredith mia michaela michele michelle milagros mildred millie mindy minerva minnie
    miranda miriam misty mitzi mollie molly mona monica monika monique muriel myra myrna myrtle nadia nadine
    nancy nanette nannie naomi natalia natalie natasha nathalie nelda nell nellie nettie neva nichole nicola
    nicole nikki nina nita noemi nola nona nora noreen norma odessa ofelia ola olga olivia ophelia ora paige pam
    pamela paola patrica patrice patricia patsy patti patty paula paulette pauline pearlie peggy penelope penny
    petra phyllis pilar polly priscilla rachael rachel rachelle rae ramona randi raquel reba rebecca rebekah
    regina rena renata renate renee reva rhoda rhonda rita roberta robyn rochelle ronda rosa rosalie rosalind
    rosalinda rosalyn rosanne rose roseann rosella rosemarie rosemary rosetta rosie roslyn roxanne roxie ruth
    ruthie sabine sabrina sadie sallie sally samantha sandra sara sarah sasha saundra selena selma serena shana
    shanna shari sharon sharron shauna shawna sheena sheila shelia shelley shelly sheree sheri sherri sherrie
    sherry sheryl shirley signe sigrid silvia simona simone siobhan socorro sofia soledad sondra sonia sonja
    sonya sophia sophie staci stacie stefania stefanie stella stephanie susan susana susanna susanne susie
    suzanne suzette sybil sylvia sylvie tabatha tabitha tamara tameka tami tamika tammi tammie tammy tania
    tanisha tanya tara tasha teresa teri terri terrie tessa thelma theresa therese tia tiffany tina toni tonia
    tonya traci tracie tricia trina trisha trudy ursula valarie valentina valeria valerie vanessa velma vera
    verna veronica vicki vickie vicky victoria vilma viola virgie vivian wanda wendi wendy willa wilma winifred
    winnie yesenia yolanda yvette yvonne zelma zofia
    """.split()
)
CENSUS_MEN = frozenset(
    """
    aaron abel abraham adam adolfo adolph agustin alan albert alberto alejandro alex alexander alfonso alfred
    alfredo allan allen alonzo alphonso alton alvaro alvin amos andre andreas andres andrew andy angelo anthony
    antoine anton antonio archie armand armando arnold arthur arturo avery barry bart basil benito benjamin
    benny bernard bernardo bert billy blaine blake bobby boyd brad bradford bradley brady brandon brendan brent
    bret brett brian bruce bruno bryan bryant bryce bryon buddy burton byron caleb calvin cameron carl carlos
    carlton cecil cedric cesar chad charles charlie chester christopher chuck clarence clark claude clayton
    clement cliff clifford clifton clint clinton clyde cody cole colin conrad corey cornelius cory coy craig
    curt curtis dale damian damien damon dan dane daniel danny dante darin darius darnell darrel darrell darren
    darrin darryl darwin daryl dave david davis delbert demetrius denis dennis denny derek derick derrick
    desmond dewayne dewey dexter diego dion dirk domingo dominic dominick don donald donnell donovan doug
    douglas doyle duane dustin dwayne dwight dylan earl earnest ed eddie eddy edgar edmond edmund eduardo edward
    edwin efrain elbert eldon eli elias elijah elliot elliott ellis elmer elton elvin elvis elwood emanuel emery
    emil emilio emmanuel emmett enrique eric erick erik ernest ernesto ernie ervin erwin esteban ethan eugene
    evan everett fabian federico felipe felix fernando fidel floyd forrest francesco francisco franklin fred
    freddy frederick fredrick gabriel garland garrett garry gary gavin gene geoffrey george gerald gerard
    gerardo gilbert gilberto giovanni giuseppe glen glenn gonzalo gordon grady graham grant greg gregg gregorio
    gregory grover guillermo gus gustavo hal hans harlan harley harold harrison harry harvey heath hector henry
    herbert heriberto herman hiram homer horace howard hubert hugh hugo humberto ian ignacio irvin irving isaac
    isaiah ismael issac ivan jack jackson jacob jacques jake jamal james jared jarrod jarvis jason jasper javier
    jay jayson jeff jefferson jeffery jeffrey jeffry jerald jeremiah jeremy jermaine jerome jerry jess jesse jim
    jimmy joaquin joe joel joesph joey john johnathan johnny jon jonas jonathan jonathon jorge jose josef joseph
    josh joshua juan julian julio julius justin karl keith kelvin ken kendrick kenneth kenny kent kermit kevin
    kirk kristopher kurt kyle lamar lamont larry laurence lawrence leland leo leon leonard leonardo leroy lester
    levi lewis lionel lloyd logan lonnie lorenzo louis lowell loyd lucas luis luke luther lyle malcolm manuel
    marc marcel marco marcos marcus mario mark markus marlin marlon marshall martin marvin mason mathew matt
    matthew maurice mauricio max maxwell maynard melvin michael micheal miguel mike millard milton mitchell
    moises monte monty morris moses murray myron nathan nathaniel neal ned neil nelson nicholas nick nickolas
    nicolas noah noe nolan norbert norman norris oliver omar orville oscar otis otto owen pablo patrick paul
    pedro percy perry pete peter phil philip phillip pierre preston quentin quincy quinton rafael ralph ramiro
    ramon randal randall randolph randy raphael raul raymond reggie reginald reuben rex reynaldo ricardo richard
    rick rickey rickie ricky rigoberto riley robert roberto rocco rod roderick rodger rodney rodolfo rodrigo
    rogelio roger roland rolando roman romeo ron ronald ronnie roosevelt rory roscoe ross roy royce ruben
    rudolph rudy rufus russel russell ryan salvador salvatore sam sammy samuel saul scot scott scotty sean
    sebastian sergio seth shane shaun sheldon sherman sidney simon solomon spencer stan stanley stefan stephan
    stephen steve steven stewart stuart sylvester ted teddy terence terrance terrell terrence thaddeus theodore
    thomas thurman tim timmy timothy tobias todd tom tomas tommy tony travis trent trevor troy ty tyler tyrone
    tyson ulysses vance vaughn vern vernon vicente victor vince vincent virgil wallace walter warren wayne
    wendell werner wesley wilbert wilbur wiley wilfred wilfredo willard william willis wilson winston woodrow
    xavier zachary
    """.split()
)


def given_name_gender(name: str) -> str:
    """'f' or 'm' when the first word of a name is a given name the census gives to one sex, and no given name of
    another language (`OTHER_LANGUAGE_GIVEN_NAMES`, `EITHER_SEX`: 'Andrea Pirlo … he said', a review), else ''."""
    first = name.split(" ", 1)[0].lower()
    if first in OTHER_LANGUAGE_GIVEN_NAMES or first in EITHER_SEX:
        return ""
    return "f" if first in CENSUS_WOMEN else "m" if first in CENSUS_MEN else ""


def census_gender(name: str) -> str:
    """'f' or 'm' when the census gives the first word of a name to one sex only, of any language ('Carmen',
    'Pierre'), unless it is either sex's in some language (`EITHER_SEX`), else ''."""
    first = name.split(" ", 1)[0].lower()
    # (without its accents, as the census writes names: 'Tânia' is 'tania', break23)
    first = "".join(c for c in unicodedata.normalize("NFKD", first) if not unicodedata.combining(c))
    if first in EITHER_SEX or (first in CENSUS_WOMEN) == (first in CENSUS_MEN):
        return ""
    return "f" if first in CENSUS_WOMEN else "m"


# Given names the census gives to one sex that are the other's in another language ('Andrea', 'Simone', 'Nicola',
# 'Michele', 'Gabriele' are Italian men; 'Jean' a French man; 'Sasha', 'Kristian' either).
EITHER_SEX = frozenset("andrea simone nicola michele gabriele daniele kristian sasha jean noel".split())
