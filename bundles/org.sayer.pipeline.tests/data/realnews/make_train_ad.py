#!/usr/bin/env python3
"""Writes train_ad.jsonl: real-news gold, split train-ad (see gold.py). Run: python3 make_train_ad.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
doc("islandtimes-palau-independence-day-date-questioned",
    url="https://www.hopfrog.it/atlante/aggregator/categories/132",
    outlet="Island Times", country="Palau", topic="politics", cut=False, published="2022-09-27",
    text=(T := "28th Independence Day celebration on September 30 questioned\n"
          "Palau will celebrate its 28th Independence Day a day earlier, on September 30, according to Presidential Directive No, 22-52.\n"
          "Palau’s Independence Day, an official holiday established on October 1st, celebrates the “historic reclamation of Palauan sovereignty,” states the Directive, with the theme this year of “Ensuring Safety and Security. \n"
          "The annual holiday has been celebrated every October 1st since 1994, and changing the date to September 30 has spurred questions and objections.\n"
          "At the recent Senate session on September 22, Senator TJ Imrur Remengesau voiced objection to the change of date, saying it contradicts the significance and the importance of October 1st, Independence Day. \n"
          "“October 1st is when we achieved our Independence.  We cannot destroy the significance of October 1st,” lamented Senator TJ Remengesau, seeking clarification as to why the October 1st Independence Day is moved to September 30.  September 30th falls on a Friday, while October 1st falls on Saturday.\n"
          "A press release from the Ministry of Human Resources, Culture, Tourism and Development (HRCTD) outlines the schedule of activities for the September 30th celebration of October 1st Independence Day.\n"
          "Minister Ngirai Tmetuchl of HRCTD said that idea of moving the celebration to Friday was to give people a longer 3-day weekend and has nothing to do with SDA or religion.\n"
          "The celebration activities will take place at the Koror Side of KB Bridge on Friday.  Activities include brief opening statements, state booths, and the annual boat races.  Fireworks will be in the evening, courtesy of the Republic of China – Taiwan.\n"
          "The 28th Independence Day will be the first Independence celebrated with both the President and the Vice President out of the country."),
    entities=[("directive", "Presidential Directive No, 22-52", "ORGANIZATION", ["the Directive", "Presidential Directive"],
               "Palau presidential directive moving the Independence Day celebration"),
              ("remengesau", "TJ Imrur Remengesau", "PERSON",
               ["Remengesau", "TJ Remengesau", "Senator TJ Imrur Remengesau", "Senator TJ Remengesau"], "Palau senator"),
              ("hrctd", "Ministry of Human Resources, Culture, Tourism and Development (HRCTD)", "ORGANIZATION",
               ["HRCTD", "Ministry of Human Resources, Culture, Tourism and Development",
                "A press release from the Ministry of Human Resources, Culture, Tourism and Development (HRCTD)"],
               "Palau ministry organising the celebration"),
              ("tmetuchl", "Ngirai Tmetuchl", "PERSON", ["Tmetuchl", "Minister Ngirai Tmetuchl of HRCTD"],
               "Palau's Minister of Human Resources, Culture, Tourism and Development")],
    mentions=[("m1", "Presidential Directive No, 22-52", "directive"),
              ("m2", "the Directive", "directive"),
              ("m3", "Senator TJ Imrur Remengesau", "remengesau"),
              ("m4", "Senator TJ Remengesau", "remengesau"),
              ("m5", "A press release from the Ministry of Human Resources, Culture, Tourism and Development (HRCTD)", "hrctd"),
              ("m6", "Minister Ngirai Tmetuchl of HRCTD", "tmetuchl")],
    attributions=[("a1", "INDIRECT", "m1", "according to",
                   "Palau will celebrate its 28th Independence Day a day earlier, on September 30", None),
                  ("a2", "MIXED", "m2", "states",
                   "Palau’s Independence Day, an official holiday established on October 1st, celebrates the “historic reclamation of Palauan sovereignty,”", None),
                  ("a3", "INDIRECT", "m3", "voiced objection", "the change of date", None),
                  ("a4", "INDIRECT", "m3", "saying",
                   "it contradicts the significance and the importance of October 1st, Independence Day", None),
                  ("a5", "DIRECT", "m4", "lamented",
                   "October 1st is when we achieved our Independence.  We cannot destroy the significance of October 1st,", None),
                  ("a6", "INDIRECT", "m4", "seeking clarification",
                   "why the October 1st Independence Day is moved to September 30", None),
                  ("a7", "INDIRECT", "m5", "outlines",
                   "the schedule of activities for the September 30th celebration of October 1st Independence Day", None),
                  ("a8", "INDIRECT", "m6", ("said", "HRCTD said"),
                   seg(T, "idea of moving the celebration", "with SDA or religion"), None)])

# ---------------------------------------------------------------------------------------
doc("kpress-johnny-sea-cucumber-hearing-documents",
    url="http://www.kpress.info/index.php?option=com_content&view=article&id=532:johnny-says-documents-provided-at-sea-cucumber-hearing-do-not-prove-meetings-of-traditional-leaders&catid=8&Itemid=103",
    outlet="The Kaselehlie Press", country="Micronesia", topic="courts-crime", cut=True, published="2017-02-07",
    text=(T := "Johnny says documents provided at “Sea Cucumber hearing” do not prove meetings of traditional leaders\n"
          "Pohnpei—Assistant Attorney General Judah Johnny said this morning that he didn’t feel that the plaintiffs in the Sea Cucumber case had proved their contention that the Mwoalen Wahuen Pohnpei exists during the hearing that took place in January.\n"
          "Partially based on an April 2016 letter to Governor Peterson from the Nahnmwarki of Sokehs Herculano Kohler saying that the Mwoalen Wahu en Pohnpei had disbanded, the defendants in the case filed a motion to dismiss claiming that the plaintiffs in the case did not exist.\n"
          "Our eyewitness sources for the story we wrote on the January hearing on the matter said that Billston Charley, Liaison Officer to the Mwoalen Wahu supplied minutes for five meetings of the council of traditional leaders. That did not in fact happen. They also said that Charley had testified that the minutes of the meetings were also supplied to the Office of the Attorney General. Out sources also were incorrect on that statement. No such testimony was ever given and Johnny says that the AG’s office has never received minutes of the meetings.\n"
          "Plaintiffs did in fact subpoena those minutes but did not produce them during the hearing. Johnny speculated about what might be in those minutes that would cause the plaintiffs not to produce them during the hearing. He didn’t move for the production of those records before the matter went to the court for a ruling."),
    entities=[("johnny", "Judah Johnny", "PERSON", ["Johnny", "Assistant Attorney General Judah Johnny"],
               "Pohnpei Assistant Attorney General"),
              ("plaintiffs", "the plaintiffs in the Sea Cucumber case", "GROUP",
               ["plaintiffs", "the plaintiffs in the case"],
               "plaintiffs (the Mwoalen Wahu side) in the Sea Cucumber case"),
              ("kohler", "Herculano Kohler", "PERSON",
               ["Kohler", "the Nahnmwarki of Sokehs Herculano Kohler",
                "an April 2016 letter to Governor Peterson from the Nahnmwarki of Sokehs Herculano Kohler"],
               "Nahnmwarki (paramount chief) of Sokehs"),
              ("defendants", "the defendants in the case", "GROUP", ["defendants"],
               "defendants (Pohnpei State and Young Sun) in the Sea Cucumber case"),
              ("sources", "Our eyewitness sources", "GROUP", ["eyewitness sources", "Out sources"],
               "The Kaselehlie Press's eyewitness sources for its January story"),
              ("charley", "Billston Charley", "PERSON", ["Charley", "Billston Charley, Liaison Officer to the Mwoalen Wahu"],
               "Liaison Officer to the Mwoalen Wahu")],
    mentions=[("m1", ("Johnny", "Johnny says documents"), "johnny"),
              ("m2", "Assistant Attorney General Judah Johnny", "johnny"),
              ("m3", "the plaintiffs in the Sea Cucumber case", "plaintiffs"),
              ("m4", ("their", "their contention"), "plaintiffs"),
              ("m5", "an April 2016 letter to Governor Peterson from the Nahnmwarki of Sokehs Herculano Kohler", "kohler"),
              ("m6", "the defendants in the case", "defendants"),
              ("m7", "the plaintiffs in the case", "plaintiffs"),
              ("m8", "Our eyewitness sources", "sources"),
              ("m9", "Billston Charley, Liaison Officer to the Mwoalen Wahu", "charley"),
              ("m10", ("They", "They also said"), "sources"),
              ("m11", ("Charley", "Charley had testified"), "charley"),
              ("m12", "Out sources", "sources"),
              ("m13", ("Johnny", "Johnny says that the AG"), "johnny"),
              ("m14", ("Plaintiffs", "Plaintiffs did in fact"), "plaintiffs"),
              ("m15", ("Johnny", "Johnny speculated"), "johnny"),
              ("m16", ("the plaintiffs", "cause the plaintiffs"), "plaintiffs")],
    attributions=[("a1", "MIXED", "m1", ("says", "Johnny says documents"),
                   "documents provided at “Sea Cucumber hearing” do not prove meetings of traditional leaders", None),
                  ("a2", "INDIRECT", "m2", ("said", "Johnny said this morning"),
                   seg(T, "he didn’t feel that the plaintiffs", "took place in January"), None),
                  ("a3", "INDIRECT", "m4", "contention", "the Mwoalen Wahuen Pohnpei exists", "a2"),
                  ("a4", "INDIRECT", "m5", ("saying", "Kohler saying"), "the Mwoalen Wahu en Pohnpei had disbanded", None),
                  ("a5", "INDIRECT", "m6", "claiming", "the plaintiffs in the case did not exist", None),
                  ("a6", "INDIRECT", "m8", ("said", "on the matter said"),
                   seg(T, "Billston Charley, Liaison Officer", "council of traditional leaders"), None),
                  ("a7", "INDIRECT", "m10", ("said", "They also said"),
                   seg(T, "Charley had testified", "Office of the Attorney General"), None),
                  ("a8", "INDIRECT", "m11", "testified",
                   "the minutes of the meetings were also supplied to the Office of the Attorney General", "a7"),
                  ("a9", "INDIRECT", "m13", ("says", "Johnny says that the AG"),
                   "the AG’s office has never received minutes of the meetings", None),
                  ("a10", "INDIRECT", "m15", "speculated",
                   "what might be in those minutes that would cause the plaintiffs not to produce them during the hearing", None)])

# ---------------------------------------------------------------------------------------
doc("mij-majuro-mayor-jack-ro-machines",
    url="https://marshallislandsjournal.com/mayor-jack-seeks-ro-machines",
    outlet="Marshall Islands Journal", country="Marshall Islands", topic="local", cut=False, published="2016-01-22",
    text=(T := "Mayor Jack seeks RO machines\n"
          "The drought, after teasing Majuro and Ebeye with a bit of rain in December, has put its cards on the table, and it’s a winner — if you like being thirsty and not taking showers.\n"
          "Reservoir levels dropped dramatically during the first three weeks of January, down by about 10 million gallons compared to mid-December. MWSC reported the reservoir is down to 22.7 million gallons.\n"
          "“We’re receiving complaints from the public that they’re out of water,” said new Majuro Mayor Ladie Jack Tuesday, who added a number of schools have run out of water. Jack said Majuro Atoll Local Government’s Council held its first meeting Friday and preparing for the drought was the top item on the agenda.\n"
          "Jack said he wants MALGov to acquire reverse osmosis water makers to support mobile delivery of water to different Majuro communities, and is hoping that they can leverage matching grant funding with US disaster funding. It requires a declaration from the national government to open the door to access these matching grant relief funds.\n"
          "The National Weather Service reported only trace rainfall of half an inch has fallen since January 1."),
    entities=[("jack", "Ladie Jack", "PERSON", ["Jack", "Mayor Jack", "new Majuro Mayor Ladie Jack"], "Mayor of Majuro"),
              ("mwsc", "MWSC", "ORGANIZATION", [], "Majuro Water and Sewer Company"),
              ("public", "the public", "GROUP", [], "Majuro residents"),
              ("nws", "The National Weather Service", "ORGANIZATION", ["National Weather Service"], "weather service")],
    mentions=[("m1", "Mayor Jack", "jack"),
              ("m2", "MWSC", "mwsc"),
              ("m3", "new Majuro Mayor Ladie Jack", "jack"),
              ("m4", "the public", "public"),
              ("m5", ("Jack", "Jack said Majuro"), "jack"),
              ("m6", ("Jack", "Jack said he wants"), "jack"),
              ("m7", "The National Weather Service", "nws")],
    attributions=[("a1", "INDIRECT", "m1", "seeks", "RO machines", None),
                  ("a2", "INDIRECT", "m2", ("reported", "MWSC reported"), "the reservoir is down to 22.7 million gallons", None),
                  ("a3", "DIRECT", "m3", ("said", "said new Majuro"),
                   "We’re receiving complaints from the public that they’re out of water,", None),
                  ("a4", "INDIRECT", "m4", "complaints", "they’re out of water", "a3"),
                  ("a5", "INDIRECT", "m3", "added", "a number of schools have run out of water", None),
                  ("a6", "INDIRECT", "m5", ("said", "Jack said Majuro"),
                   seg(T, "Majuro Atoll Local Government’s Council", "top item on the agenda"), None),
                  ("a7", "INDIRECT", "m6", ("said", "Jack said he wants"),
                   seg(T, "he wants MALGov", "with US disaster funding"), None),
                  ("a8", "INDIRECT", "m7", ("reported", "Service reported"),
                   "only trace rainfall of half an inch has fallen since January 1", None)])

# ---------------------------------------------------------------------------------------
doc("aoc-turkmenistan-u20-annayev-asian-cup",
    url="https://aoc.gov.tm/en/single-news/444",
    outlet="Olympic Town of Ashgabat (aoc.gov.tm)", country="Turkmenistan", topic="sport", cut=True, published="2024-09-25",
    text=(T := "The coach of the youth football team of Turkmenistan shared his expectations for the qualifying tournament of the Asian Cup-2025\n"
          "Head coach of the Turkmenistan U-20 national youth team Dovletmurad Annayev spoke about the team's preparation and assessed the chances of his team in the group with Japan, Kyrgyzstan and Myanmar ahead of the start of the 2025 Asian Cup qualifying tournament.\n"
          "According to the coach, the team has conducted serious preparation, including participation in the Central Asian Football Association (CAFA) championship in Kyrgyzstan and a series of friendly matches in Spain and Tashkent.\n"
          "\"The first stage of preparation was participation from July 5 to 12 in the CAFA tournament in Jalal-Abad, where we looked at candidates and gained experience in games with strong opponents,\" Annayev noted.\n"
          "The next stage was a training camp in the Spanish city of Murcia from September 4 to 15. There, the team played three friendly matches: with Wales (2:2), the Faroe Islands (1:3) and the Real Murcia football club (0:1). From September 20 to 23, Turkmen footballers held three more friendly matches with the clubs FC Bunyodkor, AGMK U20 and AGMK Football Academy in Tashkent, finishing them with the following results: one win, one draw and one defeat.\n"
          "Speaking about the upcoming tournament, Dovletmurad admitted that the group was not easy. \"The Japanese are the favorites in all the tournaments they participate in. Kyrgyzstan is the host, and Myanmar is a dark horse,\" he described the opponents. Despite this, the coach and the team are optimistic and are preparing for difficult but interesting matches."),
    entities=[("annayev", "Dovletmurad Annayev", "PERSON",
               ["Annayev", "Dovletmurad", "the coach", "The coach of the youth football team of Turkmenistan",
                "Head coach of the Turkmenistan U-20 national youth team Dovletmurad Annayev"],
               "head coach of Turkmenistan's U-20 national football team")],
    mentions=[("m1", "The coach of the youth football team of Turkmenistan", "annayev"),
              ("m2", "Head coach of the Turkmenistan U-20 national youth team Dovletmurad Annayev", "annayev"),
              ("m3", ("the coach", "According to the coach"), "annayev"),
              ("m4", ("Annayev", "Annayev noted"), "annayev"),
              ("m5", ("Dovletmurad", "Dovletmurad admitted"), "annayev"),
              ("m6", ("he", "he described"), "annayev"),
              ("m7", ("the coach", "the coach and the team"), "annayev")],
    attributions=[("a1", "INDIRECT", "m1", "shared his expectations", "the qualifying tournament of the Asian Cup-2025", None),
                  ("a2", "INDIRECT", "m2", "spoke about", "the team's preparation", None),
                  ("a3", "INDIRECT", "m2", "assessed",
                   "the chances of his team in the group with Japan, Kyrgyzstan and Myanmar", None),
                  ("a4", "INDIRECT", "m3", "According to", seg(T, "the team has conducted serious", "in Spain and Tashkent"), None),
                  ("a5", "DIRECT", "m4", "noted", seg(T, "The first stage of preparation", "with strong opponents,"), None),
                  ("a6", "INDIRECT", "m5", "admitted", "the group was not easy", None),
                  ("a7", "DIRECT", "m6", "described", seg(T, "The Japanese are the favorites", "is a dark horse,"), None)])

# ---------------------------------------------------------------------------------------
doc("independente-timor-there-are-cures-viegas",
    url="https://www.independente.tl/en/national/there-are-cures-timorese-health-authorities-plead-with-sick-citizens-to-get-medical-help?tmpl=component&print=1",
    outlet="Independente", country="Timor-Leste", topic="health-science", cut=False,
    text=(T := "“There are Cures”: Timorese Health Authorities Plead with Sick Citizens to Get Medical Help\n"
          "DILI:  With more than 60 people known to have died from an undiagnosed illness in Timor-Leste this month, the Timorese Ministry of Health said Saturday it was deeply concerned people were putting their lives at risk by not accessing medical help when they get sick.\n"
          "Fifty people died in Kelikai, Baucau between 1-15 September  - including 23 from the Laisorulai village - and 11 in Manatutu between 9-10 September.\n"
          "All fatalities were people aged over 60 years and died 2-3 days following fever and difficulty breathing.\n"
          "Tests are underway to determine if the cause of death was COVID-19.\n"
          "“People need to access medical help to find out why they are sick,” Odete da Silva Viegas, Timor-Leste’s Director of General Health Services told a press conference on Saturday.\n"
          "Viegas said some diseases untreated people were dying of “there are cures.”\n"
          "She said none of the people who died in Kelikai or Manatutu had sought medical help.\n"
          "Timor-Leste’s Ministry of Health is running a number of COVID-19 education programs aimed at expanding understanding of COVID-19 conditions, focussing on prevention, getting vaccinated and also symptoms."),
    entities=[("ministry", "the Timorese Ministry of Health", "ORGANIZATION",
               ["Timorese Health Authorities", "Timor-Leste’s Ministry of Health", "Ministry of Health"],
               "Timor-Leste's Ministry of Health"),
              ("viegas", "Odete da Silva Viegas", "PERSON",
               ["Viegas", "Odete da Silva Viegas, Timor-Leste’s Director of General Health Services"],
               "Timor-Leste's Director of General Health Services")],
    mentions=[("m1", "Timorese Health Authorities", "ministry"),
              ("m2", "the Timorese Ministry of Health", "ministry"),
              ("m3", "Odete da Silva Viegas, Timor-Leste’s Director of General Health Services", "viegas"),
              ("m4", ("Viegas", "Viegas said"), "viegas"),
              ("m5", ("She", "She said"), "viegas"),
              ("m6", "Timor-Leste’s Ministry of Health", "ministry")],
    attributions=[("a1", "DIRECT", None, None, ("There are Cures", "There are Cures”:"), None),
                  ("a2", "INDIRECT", "m1", "Plead with", "Sick Citizens to Get Medical Help", None),
                  ("a3", "INDIRECT", "m2", ("said", "Health said Saturday"),
                   seg(T, "it was deeply concerned", "when they get sick"), None),
                  ("a4", "DIRECT", "m3", ("told", "Services told"),
                   "People need to access medical help to find out why they are sick,", None),
                  ("a5", "MIXED", "m4", ("said", "Viegas said"),
                   "some diseases untreated people were dying of “there are cures.”", None),
                  ("a6", "INDIRECT", "m5", ("said", "She said"),
                   "none of the people who died in Kelikai or Manatutu had sought medical help", None)])

# ---------------------------------------------------------------------------------------
doc("etan-reuters-east-timor-greater-sunrise",
    url="http://www.etan.org/et2007/april/14/13ethope.htm",
    outlet="ETAN (Reuters)", country="US", topic="business", cut=True, published="2007-04-13",
    text=(T := "East Timor hopes for Greater Sunrise gas soon\n"
          "DILI, April 13 (Reuters) - The $5 billion development of the Greater Sunrise gas fields in the Timor Sea may begin soon, senior energy officials said on Friday, as they continued to press for building the bulk of the project onshore East Timor.\n"
          "East Timor's parliament ratified a pact with Australia in February, to evenly split royalties from Greater Sunrise, estimated to hold 8 trillion cubic feet (Tcf) of gas and up to 300 million barrels of condensate.\n"
          "Investors led by operator Woodside Petroleum Ltd. have been waiting for the deal to be ratified before committing to the development, whose oil and gas deposits officials say are key to the tiny country's economic independence.\n"
          "But there has also been debate on whether to transport the gas to Darwin in northern Australia, process it at sea at an offshore plant, or bring it via pipeline to East Timor for export from an onshore liquefied natural gas (LNG) facility.\n"
          "\"Lack of action... jeopardises East Timor's (energy) future. LNG development takes years and the clock is ticking,\" Peter Cockcroft, who advises East Timor's prime minister on energy, told an energy conference in the capital, Dili.\n"
          "\"Timor Leste is geologically prone to relatively small oilfields. It is necessary to accelerate this onshore development,\" he said, referring to the proposed LNG project.\n"
          "East Timor's energy minister, Jose Teixeira, said development of the field could start in one or two years.\n"
          "Greater Sunrise was frozen in 2004 while waiting for Canberra and Dili to resolve their differences over the revenue split.\n"
          "ENERGY-SUFFICIENT Benefits from an onshore LNG project include more than $20 billion in additional wealth over the life of the project and permanent job and skill creation, Cockcroft said."),
    entities=[("easttimor", "East Timor", "GPE", [], "East Timor (Timor-Leste) and its government"),
              ("officials", "senior energy officials", "GROUP", ["officials"], "senior East Timorese energy officials"),
              ("cockcroft", "Peter Cockcroft", "PERSON", ["Cockcroft"], "energy adviser to East Timor's prime minister"),
              ("teixeira", "Jose Teixeira", "PERSON", ["Teixeira", "East Timor's energy minister"], "East Timor's energy minister")],
    mentions=[("m1", ("East Timor", "East Timor hopes"), "easttimor"),
              ("m2", "senior energy officials", "officials"),
              ("m3", ("they", "they continued"), "officials"),
              ("m4", ("officials", "officials say"), "officials"),
              ("m5", "Peter Cockcroft", "cockcroft"),
              ("m6", ("he", "he said, referring"), "cockcroft"),
              ("m7", "East Timor's energy minister, Jose Teixeira", "teixeira"),
              ("m8", ("Cockcroft", "Cockcroft said."), "cockcroft")],
    attributions=[("a1", "INDIRECT", "m1", "hopes", "Greater Sunrise gas soon", None),
                  ("a2", "INDIRECT", "m2", ("said", "officials said on Friday"),
                   "The $5 billion development of the Greater Sunrise gas fields in the Timor Sea may begin soon", None),
                  ("a3", "INDIRECT", "m3", "press for", "building the bulk of the project onshore East Timor", None),
                  ("a4", "INDIRECT", "m4", ("say", "officials say"),
                   "oil and gas deposits officials say are key to the tiny country's economic independence", None),
                  ("a5", "INDIRECT", None, "debate", seg(T, "whether to transport the gas", "natural gas (LNG) facility"), None),
                  ("a6", "DIRECT", "m5", ("told", "told an energy conference"),
                   seg(T, "Lack of action...", "the clock is ticking,"), None),
                  ("a7", "DIRECT", "m6", ("said", "he said, referring"),
                   seg(T, "Timor Leste is geologically prone", "this onshore development,"), None),
                  ("a8", "INDIRECT", "m7", ("said", "Teixeira, said"),
                   "development of the field could start in one or two years", None),
                  ("a9", "INDIRECT", "m8", ("said", "Cockcroft said."),
                   seg(T, "Benefits from an onshore LNG project", "job and skill creation"), None)])

# ---------------------------------------------------------------------------------------
doc("talamua-tuvalu-not-joining-tui-samoa-cable",
    url="http://www.talamua.com/tuvalu-not-joining-the-tui-samoa-cable/",
    outlet="Talamua", country="Samoa", topic="technology", cut=False, published="2018-06-11",
    text=(T := "Tuvalu not joining the Tui Samoa Cable\n"
          "APIA, SAMOA – MONDAY 11 JUNE 2018: The Government of Tuvalu has decided to join the Southern Cross Cable ending speculation whether she will join the Tui Samoa Cable or not.\n"
          "Tuvalu had shown interest to be part of Tui Samoa Cable when it was first proposed.\n"
          "But speaking to Talamua, Tuvalu’s Deputy Prime Minister Ma’atia Toafa said they were supposed to be on Tui Samoa Cable but now they have no choice.\n"
          "Due to Tuvlua’s remoteness and isolation, she is understood to stay with other isolated islands to share the cost.\n"
          "The Deputy Prime Minister was attending the “Together for Digital Pacific 2018” conference in Apia, a meeting he said was very crucial to Tuvalu’s advancement to improve and upgrade its connectivity with the world, considering her remoteness and isolation.\n"
          "“This meeting to us is a learning process and we need to gain from the experience to be shared, and hopefully we’ll get this on board and be able to get proper connection to Tuvalu,” said  Ma’atia.\n"
          "Tuvalu he said is currently on a satellite system “and the problems are understandable, and that the Government needs to look at a fibre cable.”\n"
          "He is aware that it is an expensive move, but is also confident that there is a way to go about it.\n"
          "“We look forward to get connected, it won’t be soon but it is coming,” said Ma’atia.\n"
          "American Samoa is launching the Hawaiki cable later this month and will provide further options for the other islands who may have earlier looked at the Tui Samoa cable."),
    entities=[("toafa", "Ma’atia Toafa", "PERSON",
               ["Ma’atia", "Toafa", "Tuvalu’s Deputy Prime Minister Ma’atia Toafa", "The Deputy Prime Minister"],
               "Deputy Prime Minister of Tuvalu")],
    mentions=[("m1", "Tuvalu’s Deputy Prime Minister Ma’atia Toafa", "toafa"),
              ("m2", "The Deputy Prime Minister", "toafa"),
              ("m3", ("he", "he said was very crucial"), "toafa"),
              ("m4", ("Ma’atia", "said  Ma’atia"), "toafa"),
              ("m5", ("he", "he said is currently"), "toafa"),
              ("m6", ("He", "He is aware"), "toafa"),
              ("m7", ("Ma’atia", "said Ma’atia"), "toafa")],
    attributions=[("a1", "INDIRECT", None, "speculation", "whether she will join the Tui Samoa Cable or not", None),
                  ("a2", "INDIRECT", "m1", ("said", "Toafa said"),
                   "they were supposed to be on Tui Samoa Cable but now they have no choice", None),
                  ("a3", "INDIRECT", None, "understood", "to stay with other isolated islands to share the cost", None),
                  ("a4", "INDIRECT", "m3", ("said", "he said was very crucial"),
                   seg(T, "was very crucial to Tuvalu’s advancement", "her remoteness and isolation"), None),
                  ("a5", "DIRECT", "m4", ("said", "said  Ma’atia"),
                   seg(T, "This meeting to us is a learning process", "proper connection to Tuvalu,"), None),
                  ("a6", "MIXED", "m5", ("said", "he said is currently"),
                   seg(T, "Tuvalu he said is currently", "look at a fibre cable.”"), None),
                  ("a7", "INDIRECT", "m6", "aware", "it is an expensive move", None),
                  ("a8", "INDIRECT", "m6", "confident", "there is a way to go about it", None),
                  ("a9", "DIRECT", "m7", ("said", "said Ma’atia."),
                   "We look forward to get connected, it won’t be soon but it is coming,", None)])

write("train_ad.jsonl")
