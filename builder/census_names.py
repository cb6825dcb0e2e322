"""More given names, to tell a person the article names in full from two capitalised words
(`attribution.introduced_surnames`: 'Bernard Kasprzak' … 'Kasprzak locked the door'), beside `GIVEN_NAMES`.

The first names of the 1990 United States census (public domain; as shipped in the `names` package 0.3.0,
MIT) held by at least 0.01% of men or of women, lower-cased, less those in `GIVEN_NAMES`, the words that
`names.NOT_NAMES`, `PARTICLES` and `TITLES` hold, months, and names that are as often a place or a common word
('Georgia', 'Dallas', 'Hope', 'Grace', 'Bill', 'Will'). Only the introduced-surname rule reads this list: a
bio's name (`identity`) and a role's test still read `GIVEN_NAMES` alone."""

from __future__ import annotations

from .given_names import GIVEN_NAMES

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

INTRODUCING_NAMES = GIVEN_NAMES | CENSUS_GIVEN_NAMES
