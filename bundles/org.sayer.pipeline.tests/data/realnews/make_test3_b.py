#!/usr/bin/env python3
"""Writes test3_b.jsonl: real-news gold, split test3-b (see gold.py). Run: python3 make_test3_b.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
doc("thecitizen-kariakoo-foreign-traders-probe",
    url="https://thecitizen.co.tz/tanzania/news/national/investigation-into-foreign-traders-in-kariakoo-nears-completion-4929954",
    outlet="The Citizen", country="Tanzania", topic="business", cut=True,
    text=(T := "Investigation into foreign traders in Kariakoo nears completion\n"
          "The committee has also set up a free phone line for citizens to voice their opinions, ensuring the report reflects the views of all relevant stakeholders.\n"
          "Dar es Salaam. The committee formed by the minister of Industry and Trade, Dr Selemani Jafo, to investigate the influx of foreign traders in the Kariakoo area has made significant progress, completing 50 percent of its investigation.\n"
          "The committee has promised to submit its report by March 2. On February 2, Dr Jafo formed a 15-member committee led by Prof Edda Lwoga, the Rector of the College of Business Education (CBE), to look into the increasing presence of foreign traders in Kariakoo.\n"
          "The formation of this committee followed a directive from President Samia Suluhu Hassan, issued on January 30, 2025, during a luncheon at the State House in Dar es Salaam for participants involved in the rescue operation after a building collapse in Kariakoo.\n"
          "Prof Edda Lwoga, the chairperson of the committee, shared that their work officially commenced immediately after the appointment.\n"
          "The committee has been conducting interviews with traders from various sectors, including petty traders (machinga), electrical appliance vendors, car accessories sellers, cosmetics traders, and others.\n"
          "“We are continuing to meet with traders in Kariakoo to gather additional information on the challenges posed by foreign traders and to make recommendations on addressing these issues,” said Prof Lwoga.\n"
          "She further reassured that, with the investigation now at 50 percent, they are on track to meet the 30-day deadline set for the report’s submission.\n"
          "The committee has also set up a free phone line for citizens to voice their opinions, ensuring the report reflects the views of all relevant stakeholders.\n"
          "“We encourage citizens across Tanzania to share their opinions,” added Prof Lwoga."),
    entities=[("committee", "the committee", "ORGANIZATION", ["this committee", "a 15-member committee"],
               "committee investigating foreign traders in Kariakoo"),
              ("lwoga", "Edda Lwoga", "PERSON", ["Prof Edda Lwoga", "Prof Lwoga", "Lwoga"],
               "Rector of the College of Business Education, chairperson of the committee")],
    mentions=[("m1", ("The committee", "completion\nThe committee"), "committee"),
              ("m2", ("The committee", "Salaam. The committee"), "committee"),
              ("m3", ("The committee", "The committee has promised"), "committee"),
              ("m4", "a 15-member committee", "committee"),
              ("m5", ("Prof Edda Lwoga", "led by Prof Edda Lwoga"), "lwoga"),
              ("m6", "this committee", "committee"),
              ("m7", "Prof Edda Lwoga, the chairperson of the committee", "lwoga"),
              ("m8", ("The committee", "The committee has been"), "committee"),
              ("m9", ("Prof Lwoga", "said Prof Lwoga"), "lwoga"),
              ("m10", ("She", "She further"), "lwoga"),
              ("m11", ("The committee", "submission.\nThe committee"), "committee"),
              ("m12", ("Prof Lwoga", "added Prof Lwoga"), "lwoga")],
    attributions=[("a1", "INDIRECT", "m3", "promised", "to submit its report by March 2", None),
                  ("a2", "INDIRECT", "m7", "shared", "their work officially commenced immediately after the appointment", None),
                  ("a3", "DIRECT", "m9", ("said", "said Prof Lwoga"), seg(T, "We are continuing to meet", "addressing these issues,"), None),
                  ("a4", "INDIRECT", "m10", "reassured", "with the investigation now at 50 percent, they are on track to meet the 30-day deadline set for the report’s submission", None),
                  ("a5", "DIRECT", "m12", "added", "We encourage citizens across Tanzania to share their opinions,", None)])

# ---------------------------------------------------------------------------------------
doc("brusselstimes-national-strike-industry-standstill",
    url="https://www.brusselstimes.com/news/belgium-all-news/162351/fgtb-union-country-wide-strike-leaves-industry-almost-at-a-standstill/",
    outlet="The Brussels Times", country="Belgium", topic="business", cut=True,
    published="2021-03-29",
    text=(T := "Country-wide strike leaves industry ‘almost at a standstill’\n"
          "A national strike across all of Belgium this morning has affected multiple sectors in the country, including manufacturing, which one union president said has been nearly brought to a standstill as a result of the collective action.\n"
          "The strike comes as a result of the breakdown of talks between unions and employers to decide on the pay raises workers can expect over the next two years.\n"
          "The manufacturing industry is “almost at a standstill” in Wallonia and Brussels, according to the FGTB union’s president Thierry Bodson, while public transport is severely disrupted.\n"
          "The union said that some supermarkets had also stopped working.\n"
          "Public transit has been widely affected by the strike, as well.\n"
          "“The national trade union strike is still causing a lot of hindrances, although the situation has improved slightly,” tweeted De Lijn.\n"
          "Large companies like Audi Brussels, steel manufacturing company ArcelorMittal and Volvo Trucks in Ghent, and Coca Cola in Antwerp are participating in the strike, which has been planned for some time now.\n"
          "“This shows that we are not living on another planet, that we represent the world of work and that we are in the right,” said Bodson. “The employers’ world must review its positions.”\n"
          "For their point, employers don’t seem to be budging. They point to the strike’s timing as inappropriate given the global pandemic.\n"
          "“Have you ever known a single country to go on strike during the coronavirus crisis?” Pieter Timmermans of employers’ organisation VBO told VRT. “Who benefits from this strike? Nobody.”"),
    entities=[("bodson", "Thierry Bodson", "PERSON", ["Bodson", "one union president"], "president of the FGTB union"),
              ("fgtb", "FGTB", "ORGANIZATION", ["the FGTB union", "The union"], "Belgian trade union"),
              ("delijn", "De Lijn", "ORGANIZATION", [], "Flemish public transport company"),
              ("employers", "employers", "GROUP", []),
              ("timmermans", "Pieter Timmermans", "PERSON", ["Timmermans"], "of employers' organisation VBO")],
    mentions=[("m1", "one union president", "bodson"),
              ("m2", ("employers", "unions and employers"), "employers"),
              ("m3", "the FGTB union’s president Thierry Bodson", "bodson"),
              ("m4", "The union", "fgtb"),
              ("m5", "De Lijn", "delijn"),
              ("m6", ("Bodson", "said Bodson"), "bodson"),
              ("m7", ("employers", "point, employers"), "employers"),
              ("m8", ("They", "They point"), "employers"),
              ("m9", "Pieter Timmermans of employers’ organisation VBO", "timmermans")],
    attributions=[("a1", "INDIRECT", "m1", ("said", "president said"), "has been nearly brought to a standstill as a result of the collective action", None),
                  ("a2", "MIXED", "m3", "according to", "The manufacturing industry is “almost at a standstill” in Wallonia and Brussels", None),
                  ("a3", "INDIRECT", "m4", ("said", "union said"), "some supermarkets had also stopped working", None),
                  ("a4", "DIRECT", "m5", "tweeted", "The national trade union strike is still causing a lot of hindrances, although the situation has improved slightly,", None),
                  ("a5", "DIRECT", "m6", ("said", "said Bodson"), "This shows that we are not living on another planet, that we represent the world of work and that we are in the right,", None),
                  ("a6", "DIRECT", "m6", None, "The employers’ world must review its positions.", None),
                  ("a7", "INDIRECT", "m8", ("point to", "They point to"), "the strike’s timing as inappropriate given the global pandemic", None),
                  ("a8", "DIRECT", "m9", "told", "Have you ever known a single country to go on strike during the coronavirus crisis?", None),
                  ("a9", "DIRECT", "m9", None, "Who benefits from this strike? Nobody.", None)])

# ---------------------------------------------------------------------------------------
doc("aawsat-afp-japan-robot-pets-isolation",
    url="https://english.aawsat.com/home/article/2829381/hi-robot-japans-android-pets-ease-virus-isolation",
    outlet="Asharq Al-Awsat", country="Saudi Arabia", topic="technology", cut=True,
    text=(T := "Hi, Robot: Japan's Android Pets Ease Virus Isolation\n"
          "Nami Hamaura says she feels less lonely working from home thanks to her singing companion Charlie, one of a new generation of cute and clever Japanese robots whose sales are booming in the pandemic.\n"
          "Smart home assistants such as Amazon's Alexa have found success worldwide, but tech firms in Japan are reporting huge demand for more humanlike alternatives, as people seek solace during coronavirus isolation.\n"
          "\"I felt my circle became very small,\" said 23-year-old Hamaura, a recent graduate who has worked almost entirely remotely since April 2020.\n"
          "With socializing limited, life in her first job at a Tokyo trading company was nothing like she had imagined.\n"
          "So she adopted Charlie, a mug-sized robot with a round head, red nose and flashing bow-tie, who converses with its owner in song.\n"
          "Yamaha, which makes Charlie, describes it as \"more chatty than a pet, but less work than a lover\".\n"
          "\"He is there for me to chat with as someone other than family, or friends on social networks, or a boss I needed to produce a report for,\" Hamaura told AFP.\n"
          "She is a pre-launch test customer for Charlie, which Yamaha plans to release later this year.\n"
          "\"Charlie, tell me something interesting,\" she asks while typing at her dining table.\n"
          "\"Well, well... balloons burst when you spray lemon juice!\" he replies, cheerfully tilting his head to each side."),
    entities=[("hamaura", "Nami Hamaura", "PERSON", ["Hamaura"], "23-year-old graduate, Charlie's owner"),
              ("techfirms", "tech firms in Japan", "GROUP", []),
              ("yamaha", "Yamaha", "ORGANIZATION", [], "maker of Charlie"),
              ("charlie", "Charlie", "PERSON", [], "Yamaha singing robot")],
    mentions=[("m1", "Nami Hamaura", "hamaura"),
              ("m2", ("Charlie", "companion Charlie"), "charlie"),
              ("m3", "tech firms in Japan", "techfirms"),
              ("m4", "23-year-old Hamaura", "hamaura"),
              ("m5", ("Charlie", "adopted Charlie"), "charlie"),
              ("m6", ("Yamaha", "Yamaha, which makes"), "yamaha"),
              ("m7", ("Charlie", "makes Charlie"), "charlie"),
              ("m8", ("Hamaura", "Hamaura told"), "hamaura"),
              ("m9", ("Charlie", "customer for Charlie"), "charlie"),
              ("m10", ("Yamaha", "which Yamaha plans"), "yamaha"),
              ("m11", ("Charlie", "\"Charlie, tell"), "charlie"),
              ("m12", ("she", "she asks"), "hamaura"),
              ("m13", ("he", "he replies"), "charlie")],
    attributions=[("a1", "INDIRECT", "m1", "says", "she feels less lonely working from home thanks to her singing companion Charlie, one of a new generation of cute and clever Japanese robots whose sales are booming in the pandemic", None),
                  ("a2", "INDIRECT", "m3", "reporting", "huge demand for more humanlike alternatives, as people seek solace during coronavirus isolation", None),
                  ("a3", "DIRECT", "m4", ("said", "said 23-year-old"), "I felt my circle became very small,", None),
                  ("a4", "MIXED", "m6", "describes", "it as \"more chatty than a pet, but less work than a lover\"", None),
                  ("a5", "DIRECT", "m8", "told", seg(T, "He is there for me", "a report for,"), None),
                  ("a6", "DIRECT", "m12", "asks", "Charlie, tell me something interesting,", None),
                  ("a7", "DIRECT", "m13", "replies", "Well, well... balloons burst when you spray lemon juice!", None)])

# ---------------------------------------------------------------------------------------
doc("dailynewsegypt-covid-digital-transformation",
    url="https://dailynewsegypt.com/2021/03/23/covid-19-contributes-to-rapid-digital-transformation-deputy-planning-minister",
    outlet="Daily News Egypt", country="Egypt", topic="technology", cut=True,
    published="2021-03-23",
    text=(T := "COVID-19 contributes to rapid digital transformation: Deputy Planning Minister\n"
          "Egypt’s Ministry of Planning and Economic Development has participated in a United Nations Industrial Development Organization (UNIDO) event entitled “Industrialization in the Digital Age: Main Results and Visions of the Industrial Development Report 2020”.\n"
          "The online event took place within the activities of the 53rd session of Conference of African Ministers of Finance, Planning and Economic Development.\n"
          "Deputy Minister Ahmed Kamaly, who represented the ministry at the event, gave a speech during which he stressed the Egyptian state’s interest in implementing comprehensive digital transformation. \n"
          "He said there is increasing demand for technology in all sectors, indicating the importance of a rigorous application of digital transformation. \n"
          "Kamaly added that Egypt’s transformation focuses is on the production of digital technology and information technology.\n"
          "He shed light on the state’s interest in supporting vocational training and education, pointing out the establishment of nine technological universities in Egypt.\n"
          "Kamaly noted that Egypt’s communications and information technology (CIT) sector has enjoyed a doubled growth rate over the past three years.\n"
          "He said that the rate of government investment directed to this sector amounts to approximately 6.7% of the country’s total investment. The largest percentage of it is directed to infrastructure and improving the IT sector’s network in Egypt.\n"
          "He added that the total rate of foreign direct investment (FDI) pumped into this sector reached 3.7% during fiscal year (FY) 2019/20, and therefore work must be done to increase this percentage.\n"
          "Kamaly also shed light on the Egyptian state’s interest in digital transformation in the education system by developing the pre-university education system to rely on IT and creative thinking."),
    entities=[("kamaly", "Ahmed Kamaly", "PERSON", ["Kamaly", "Deputy Minister Ahmed Kamaly", "Deputy Planning Minister"],
               "Deputy Minister of Planning and Economic Development")],
    mentions=[("m1", "Deputy Planning Minister", "kamaly"),
              ("m2", "Deputy Minister Ahmed Kamaly", "kamaly"),
              ("m3", ("he", "he stressed"), "kamaly"),
              ("m4", ("He", "He said there"), "kamaly"),
              ("m5", ("Kamaly", "Kamaly added"), "kamaly"),
              ("m6", ("He", "He shed light"), "kamaly"),
              ("m7", ("Kamaly", "Kamaly noted"), "kamaly"),
              ("m8", ("He", "He said that the rate"), "kamaly"),
              ("m9", ("He", "He added"), "kamaly"),
              ("m10", ("Kamaly", "Kamaly also"), "kamaly")],
    attributions=[("a1", "INDIRECT", "m1", None, "COVID-19 contributes to rapid digital transformation", None),
                  ("a2", "INDIRECT", "m3", "stressed", "the Egyptian state’s interest in implementing comprehensive digital transformation", None),
                  ("a3", "INDIRECT", "m4", ("said", "He said there"), "there is increasing demand for technology in all sectors", None),
                  ("a4", "INDIRECT", "m4", "indicating", "the importance of a rigorous application of digital transformation", None),
                  ("a5", "INDIRECT", "m5", ("added", "Kamaly added"), "Egypt’s transformation focuses is on the production of digital technology and information technology", None),
                  ("a6", "INDIRECT", "m6", ("shed light on", "He shed light on"), "the state’s interest in supporting vocational training and education", None),
                  ("a7", "INDIRECT", "m6", "pointing out", "the establishment of nine technological universities in Egypt", None),
                  ("a8", "INDIRECT", "m7", "noted", "Egypt’s communications and information technology (CIT) sector has enjoyed a doubled growth rate over the past three years", None),
                  ("a9", "INDIRECT", "m8", ("said", "He said that the rate"), "the rate of government investment directed to this sector amounts to approximately 6.7% of the country’s total investment", None),
                  ("a10", "INDIRECT", "m9", ("added", "He added"), "the total rate of foreign direct investment (FDI) pumped into this sector reached 3.7% during fiscal year (FY) 2019/20, and therefore work must be done to increase this percentage", None),
                  ("a11", "INDIRECT", "m10", ("shed light on", "Kamaly also shed"), seg(T, "the Egyptian state’s interest in digital transformation in the education", "creative thinking"), None)])

# ---------------------------------------------------------------------------------------
doc("newtimes-kigali-vaccination-turnout",
    url="http://newtimes.co.rw/article/188706/News/massive-turn-up-as-new-covid-vaccination-drive-is-launched/amp",
    outlet="The New Times", country="Rwanda", topic="health-science", cut=True,
    published="2021-08-23",
    text=(T := "Massive turn up as new Covid vaccination drive is launched\n"
          "Residents of Kigali, on Monday, August 23 turned up in big numbers for Covid-19 vaccination, as the government launched the third phase of the campaign, now targeting all people aged 18 years and above.\n"
          "The new campaign targets to have 90 percent of all adult residents of the city vaccinated in the next two weeks.\n"
          "Government designated more than 35 sites in the three districts of the city, where people should go for the jab, and a number of these experienced big numbers on the first day.\n"
          "At Petit Stade in Remera, for instance, which is one of the main sites, there were long queues by the time our reporters visited the place in mid-morning hours.\n"
          "In an interview, Pudence Rubingisa, the City Mayor said he was happy with the turn-up, as he urged city residents to take advantage and get vaccinated.\n"
          "\"We plan to vaccinate up to 300,000 people in this programme, and we are continuing to sensitize them to come for vaccination. The turn-up was good on the first day, as you can see; the youth have responded well to the campaign,” he said.\n"
          "\"The opportunity we have as a country to have vaccines available is something that we should take seriously so that we can reduce the spread and effect of the virus,” he added.\n"
          "He highlighted that as more people get vaccinated, the possibility of opening up the city for more services increases,\n"
          "\"A large number of people in Kigali live by the earnings they make on a daily basis, and that is why the previous lockdowns really hurt us. We hope that if the vaccination campaign goes well, it will give us opportunity to try to go back to our normal life, and we hope that our economy will rise again,” he said, as he urged, however, that the vaccine is not the cure, and therefore, people should continue to observe preventive measures like washing hands frequently, keeping social distance and wearing facemasks."),
    entities=[("rubingisa", "Pudence Rubingisa", "PERSON", ["Rubingisa"], "Mayor of the City of Kigali")],
    mentions=[("m1", "Pudence Rubingisa, the City Mayor", "rubingisa"),
              ("m2", ("he", "he urged city"), "rubingisa"),
              ("m3", ("he", "he said.\n\"The"), "rubingisa"),
              ("m4", ("he", "he added"), "rubingisa"),
              ("m5", ("He", "He highlighted"), "rubingisa"),
              ("m6", ("he", "he said, as"), "rubingisa"),
              ("m7", ("he", "he urged, however"), "rubingisa")],
    attributions=[("a1", "INDIRECT", "m1", ("said", "Mayor said"), "he was happy with the turn-up", None),
                  ("a2", "INDIRECT", "m2", ("urged", "he urged city"), "city residents to take advantage and get vaccinated", None),
                  ("a3", "DIRECT", "m3", ("said", "he said.\n\"The"), seg(T, "We plan to vaccinate", "well to the campaign,"), None),
                  ("a4", "DIRECT", "m4", "added", seg(T, "The opportunity we have", "effect of the virus,"), None),
                  ("a5", "INDIRECT", "m5", "highlighted", "as more people get vaccinated, the possibility of opening up the city for more services increases", None),
                  ("a6", "DIRECT", "m6", ("said", "he said, as"), seg(T, "A large number of people", "economy will rise again,"), None),
                  ("a7", "INDIRECT", "m7", ("urged", "he urged, however"), seg(T, "the vaccine is not the cure", "wearing facemasks"), None)])

# ---------------------------------------------------------------------------------------
doc("ticotimes-severe-dengue-costa-rica",
    url="https://ticotimes.net/2013/08/15/cases-of-severe-dengue-continue-to-rise-in-costa-rica",
    outlet="The Tico Times", country="Costa Rica", topic="health-science", cut=False,
    published="2013-08-15",
    text=(T := "Cases of severe dengue continue to rise in Costa Rica\n"
          "Confirmed cases of the severe types (two and three) of dengue in Costa Rica increased to 32, Health Ministry officials reported on Wednesday.\n"
          "Currently 24,316 people are infected with one of the three serotypes of the virus, and five patients died, health officials said.\n"
          "Public hospitals administered by the Social Security System, or Caja, are facing bed shortages to treat the patients, especially in the northwestern province of Guanacaste and the Central Pacific region.\n"
          "A continuing spike in the number of cases has prompted health officials to consider issuing fines to residents who fail to clean up stagnant water and refuse around homes across the country.\n"
          "Health Ministry Surveillance Director María Ethel Trejos said recent mid-year vacations helped contribute to the spread of the virus, as Ticos preferred to spend their days off in coastal areas that are most affected by the outbreak.\n"
          "Also, the coexistence of types one, two and three of the virus increases the risk of being infected, experts say.\n"
          "Education Minister Leonardo Garnier on Wednesday announced that students from public schools across the country would collect and dispose of objects that could trap stagnant water in schools and in neighboring buildings located within a block.\n"
          "Objects like old tires, bottles or boxes are breeding places for the Aedes aegypti mosquito, a carrier of the dengue virus.\n"
          "School cleanups will take place once a month for the next three months, Garnier said.\n"
          "According to the latest report from the Pan-American Health Organization, Costa Rica leads Central America in the number of dengue cases this year."),
    entities=[("officials", "Health Ministry officials", "GROUP", ["health officials"]),
              ("trejos", "María Ethel Trejos", "PERSON", ["Trejos"], "Health Ministry Surveillance Director"),
              ("experts", "experts", "GROUP", []),
              ("garnier", "Leonardo Garnier", "PERSON", ["Garnier"], "Education Minister"),
              ("paho", "Pan-American Health Organization", "ORGANIZATION",
               ["the latest report from the Pan-American Health Organization"])],
    mentions=[("m1", "Health Ministry officials", "officials"),
              ("m2", ("health officials", "died, health officials"), "officials"),
              ("m3", ("health officials", "prompted health officials"), "officials"),
              ("m4", "Health Ministry Surveillance Director María Ethel Trejos", "trejos"),
              ("m5", ("experts", "experts say"), "experts"),
              ("m6", "Education Minister Leonardo Garnier", "garnier"),
              ("m7", ("Garnier", "Garnier said"), "garnier"),
              ("m8", "the latest report from the Pan-American Health Organization", "paho")],
    attributions=[("a1", "INDIRECT", "m1", "reported", "Confirmed cases of the severe types (two and three) of dengue in Costa Rica increased to 32", None),
                  ("a2", "INDIRECT", "m2", ("said", "officials said"), "Currently 24,316 people are infected with one of the three serotypes of the virus, and five patients died", None),
                  ("a3", "INDIRECT", "m4", ("said", "Trejos said"), seg(T, "recent mid-year vacations", "affected by the outbreak"), None),
                  ("a4", "INDIRECT", "m5", "say", "the coexistence of types one, two and three of the virus increases the risk of being infected", None),
                  ("a5", "INDIRECT", "m6", "announced", seg(T, "students from public schools", "within a block"), None),
                  ("a6", "INDIRECT", "m7", ("said", "Garnier said"), "School cleanups will take place once a month for the next three months", None),
                  ("a7", "INDIRECT", "m8", "According to", "Costa Rica leads Central America in the number of dengue cases this year", None)])

write("test3_b.jsonl")
