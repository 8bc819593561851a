#!/usr/bin/env python3
"""Writes train_ag.jsonl: real-news gold, split train-ag (see gold.py). Run: python3 make_train_ag.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
doc("krone-rangnick-stays-austria-team-manager",
    url="https://www.krone.at/3361008",
    outlet="Kronen Zeitung (krone.at)", country="Austria", topic="sport", cut=True, published="2024-05-03",
    text=(T := "First “EM victory”! These were Rangnick’s motives\n"
          "Basket for Bayern: Ralf Rangnick wants to write a \"summer fairytale\" with Austria's soccer team. He says: He is \"wholeheartedly team boss\".\n"
          "The die is cast, at 9.57 a.m. yesterday the Austrian Football Association proudly announced: \"Ralf Rangnick remains team manager of the national team!\"\n"
          "After days of deliberation, the 65-year-old German turned Bayern Munich down, but did not succumb to the courtship of the German record champions.\n"
          "His reasons:\n"
          "- \"I am wholeheartedly an Austrian team manager. This job gives me an incredible amount of pleasure and I am determined to successfully continue on our chosen path!\"\n"
          "- \"I would like to emphasize that this is not a rejection of FC Bayern, but a decision for my team and our common goals!\"\n"
          "- \"Our full concentration is on the EURO, we will do everything we can to get as far as possible!\"\n"
          "Rangnick certainly showed character and cleverness, he doesn't have to turn everything upside down now, he doesn't have to do two jobs at once (playing the EUROs with Austria and planning Bayern's turnaround at the same time).\n"
          "So the first \"EURO victory\", Rangnick is dreaming of a red-white-red \"summer fairytale\" and is firmly convinced that he can achieve great things with Austria in Germany this summer.\n"
          "Praise and respect\n"
          "This has earned him a lot of praise, recognition and respect from Krone readers, which will also give the team a lot of strength. All the players had always emphasized that they wanted to continue on their chosen path with Rangnick - and they all know that a Rangnick change just before the major soccer event would have caused some unrest."),
    entities=[("rangnick", "Ralf Rangnick", "PERSON", ["Rangnick", "the 65-year-old German"],
               "head coach (team manager) of Austria's national football team"),
              ("oefb", "the Austrian Football Association", "ORGANIZATION", ["Austrian Football Association", "ÖFB"],
               "Austria's football association"),
              ("players", "All the players", "GROUP", ["the players"], "players of Austria's national team")],
    mentions=[("m1", ("Ralf Rangnick", "Ralf Rangnick wants"), "rangnick"),
              ("m2", ("He", "He says"), "rangnick"),
              ("m3", "the Austrian Football Association", "oefb"),
              ("m4", ("Ralf Rangnick", "Ralf Rangnick remains"), "rangnick"),
              ("m5", "the 65-year-old German", "rangnick"),
              ("m6", ("His", "His reasons"), "rangnick"),
              ("m7", ("Rangnick", "Rangnick certainly"), "rangnick"),
              ("m8", ("Rangnick", "Rangnick is dreaming"), "rangnick"),
              ("m9", "All the players", "players"),
              ("m10", ("Rangnick", "Rangnick - and"), "rangnick"),
              ("m11", ("they", "they all know"), "players")],
    attributions=[("a1", "MIXED", "m2", ("says", "He says"), "He is \"wholeheartedly team boss\"", None),
                  ("a2", "DIRECT", "m3", "announced", "Ralf Rangnick remains team manager of the national team!", None),
                  ("a3", "DIRECT", "m6", None, seg(T, "I am wholeheartedly an Austrian", "our chosen path!"), None),
                  ("a4", "DIRECT", "m6", None, seg(T, "I would like to emphasize", "our common goals!"), None),
                  ("a5", "DIRECT", "m6", None, seg(T, "Our full concentration", "as far as possible!"), None),
                  ("a6", "INDIRECT", "m8", "convinced", "he can achieve great things with Austria in Germany this summer", None),
                  ("a7", "INDIRECT", "m9", "emphasized", "they wanted to continue on their chosen path with Rangnick", None),
                  ("a8", "INDIRECT", "m11", "know",
                   "a Rangnick change just before the major soccer event would have caused some unrest", None)])

# ---------------------------------------------------------------------------------------
doc("viennaat-city-temple-flag-no-additional-penalty",
    url="https://www.vienna.at/?p=9605450",
    outlet="VIENNA.AT", country="Austria", topic="courts-crime", cut=True,
    text=(T := "No Penalty Despite Conviction After Attack on City Temple in Vienna\n"
          "The then 17-year-old Austrian was out with friends in the city center. In a bar, they met several boys. On the way home, one of the boys tried to tear down a flag in front of the city temple. When he failed, the accused was lifted up. She was heavily intoxicated and had a drug problem. The damage amounted to 1,000 euros. The accused confessed to the attack on the city temple.\n"
          "\"Damn Israel\" Shouts Not Audible on Video of Attack on City Temple\n"
          "However, she denied the accusation that she had shouted \"Damn Israel! Damn Jews!\" during the act, thereby violating the human dignity of Israelis and Jews. The flag had been placed at the city temple in memory of the victims of the radical Islamic Hamas terror attack on October 7, 2023. Several passersby observed the incident in downtown Vienna at the time. However, only one heard the incriminated shouts. This person also filmed the then-teenager tearing down the flag and handed the video over to the police. \"That is not audible on the video,\" said the prosecutor in her closing statement. They had tried for several months to locate the witness, but this was not successful.\n"
          "Witness of Attack on City Temple Could Not Be Located\n"
          "\"The entire evidence procedure did not reveal that 'Damn Israel' was shouted. No one except one witness heard it, and she could not be located,\" the judge explained the verdict. It was \"impossible to convict the accused of incitement here. It would also not be possible under human rights, just based on a read statement.\" During the proceedings, it was determined that the accused was more intoxicated than her companions and was likely persuaded. She had little knowledge of the Middle East conflict."),
    entities=[("accused", "The accused", "PERSON",
               ["the accused", "The then 17-year-old Austrian", "the then-teenager"],
               "young woman tried for tearing down a flag at Vienna's City Temple"),
              ("prosecutor", "the prosecutor", "PERSON", ["prosecutor"], "prosecutor in the trial"),
              ("judge", "the judge", "PERSON", ["judge"], "presiding judge")],
    mentions=[("m1", "The then 17-year-old Austrian", "accused"),
              ("m2", ("the accused", "the accused was lifted"), "accused"),
              ("m3", ("The accused", "The accused confessed"), "accused"),
              ("m4", ("she", "she denied"), "accused"),
              ("m5", ("she", "she had shouted"), "accused"),
              ("m6", "the then-teenager", "accused"),
              ("m7", "the prosecutor", "prosecutor"),
              ("m8", "the judge", "judge"),
              ("m9", ("the accused", "the accused of incitement"), "accused"),
              ("m10", ("the accused", "the accused was more"), "accused")],
    attributions=[("a1", "INDIRECT", "m3", "confessed to", ("the attack on the city temple", "the attack on the city temple."), None),
                  ("a2", "MIXED", "m4", "denied", seg(T, "the accusation that she had shouted", "of Israelis and Jews"), None),
                  ("a3", "MIXED", None, "accusation", seg(T, "she had shouted \"Damn", "of Israelis and Jews"), "a2"),
                  ("a4", "DIRECT", "m5", ("shouted", "she had shouted"), "Damn Israel! Damn Jews!", "a3"),
                  ("a5", "DIRECT", "m7", ("said", "said the prosecutor"), "That is not audible on the video,", None),
                  ("a6", "DIRECT", "m8", "explained", seg(T, "The entire evidence procedure", "could not be located,"), None),
                  ("a7", "MIXED", "m8", None, seg(T, "It was \"impossible", "a read statement.\""), None),
                  ("a8", "INDIRECT", None, "determined",
                   "the accused was more intoxicated than her companions and was likely persuaded", None)])

# ---------------------------------------------------------------------------------------
doc("theinternational-gewessler-eu-nature-restoration-law",
    url="https://theinternational.at/austrias-climate-minister-backs-eu-nature-law-despite-political-uncertainty/",
    outlet="The International", country="Austria", topic="environment", cut=True,
    text=(T := "Austria’s Climate Minister Backs EU Nature Law Despite Political Uncertainty\n"
          "Climate Protection Minister Leonore Gewessler (Green Party) will vote for the EU Nature Restoration Law at the meeting of EU Environment Ministers in Luxembourg on Monday. “Hesitating now does not align with my conscience,” said Gewessler on Sunday afternoon at a hastily convened press conference in Vienna. She stated that she did not make this decision lightly but wants to “send a signal of determination and courage.”\n"
          "“In the decisive moment, I want to do the right thing and not hide,” emphasized the minister. She noted that she could withstand any potential backlash: “When I go for walks with my nieces and nephews in 20 to 30 years, I want to show them the beauty of the country.” When asked by a media representative whether she feared a coalition break with the ÖVP due to her decision, Gewessler replied: “Not at all.” She had backed up her approval with several legal opinions.\n"
          "Whether the vote will take place tomorrow is “unclear,” said Gewessler. Recently, there had not yet been a qualified majority for the planned EU regulation. “It’s touch and go,” explained Gewessler. The Vice President of the EU Parliament, Othmar Karas (ÖVP), hopes for the EU Environment Ministers’ approval.\n"
          "On Monday, there is to be a public discussion among the ministers in Luxembourg. Whether there will be a vote afterward will mainly depend on whether the Belgian Council Presidency gets the impression during the discussion that a qualified majority (55 percent of EU countries representing 65 percent of the population) will be reached. For this, one of the countries that have so far abstained or intended to vote against would have to change its mind."),
    entities=[("gewessler", "Leonore Gewessler", "PERSON",
               ["Gewessler", "Climate Protection Minister Leonore Gewessler", "Austria’s Climate Minister", "the minister"],
               "Austria's Minister for Climate Protection (Greens)"),
              ("karas", "Othmar Karas", "PERSON",
               ["Karas", "The Vice President of the EU Parliament, Othmar Karas (ÖVP)"],
               "Vice President of the European Parliament (ÖVP)")],
    mentions=[("m1", "Austria’s Climate Minister", "gewessler"),
              ("m2", "Climate Protection Minister Leonore Gewessler", "gewessler"),
              ("m3", ("Gewessler", "Gewessler on Sunday"), "gewessler"),
              ("m4", ("She", "She stated"), "gewessler"),
              ("m5", ("the minister", "emphasized the minister"), "gewessler"),
              ("m6", ("She", "She noted"), "gewessler"),
              ("m7", ("Gewessler", "Gewessler replied"), "gewessler"),
              ("m8", ("Gewessler", "Gewessler. Recently"), "gewessler"),
              ("m9", ("Gewessler", "Gewessler. The Vice"), "gewessler"),
              ("m10", "The Vice President of the EU Parliament, Othmar Karas (ÖVP)", "karas")],
    attributions=[("a1", "INDIRECT", "m1", "Backs", ("EU Nature Law", "EU Nature Law Despite"), None),
                  ("a2", "DIRECT", "m3", ("said", "said Gewessler on Sunday"), "Hesitating now does not align with my conscience,", None),
                  ("a3", "MIXED", "m4", "stated", seg(T, "she did not make this decision lightly", "determination and courage.”"), None),
                  ("a4", "DIRECT", "m5", "emphasized", "In the decisive moment, I want to do the right thing and not hide,", None),
                  ("a5", "INDIRECT", "m6", "noted", "she could withstand any potential backlash", None),
                  ("a6", "DIRECT", "m6", None, seg(T, "When I go for walks", "the beauty of the country."), None),
                  ("a7", "DIRECT", "m7", "replied", "Not at all.", None),
                  ("a8", "MIXED", "m8", ("said", "said Gewessler. Recently"), "Whether the vote will take place tomorrow is “unclear,”", None),
                  ("a9", "DIRECT", "m9", "explained", "It’s touch and go,", None),
                  ("a10", "INDIRECT", "m10", "hopes for", "the EU Environment Ministers’ approval", None)])

# ---------------------------------------------------------------------------------------
doc("amazingaustria-afp-google-street-view-returns",
    url="http://www.amazingaustria.com/business/",
    outlet="Amazing Austria (AFP)", country="Austria", topic="technology", cut=True,
    text=(T := "Google finally maps missing Austria!\n"
          "Google’s Street View cars started on Thursday taking images in Austria, the only EU country along with Germany to remain largely absent from the popular online service showing 360-degree pictures of places around the world.\n"
          "Hopefully this will also have the effect of getting the outside world more interested in Austria as an investment possibility for business.\n"
          "The project, launched in 2007, lets computer users view panoramic street scenes on Google Maps and take a virtual “walk” through cities.\n"
          "The photos are processed in the United States, where details such as faces and registration plates are automatically blurred before being published on Google Maps.\n"
          "Some countries have been reluctant to grant Google access because of worries linked to data collection.\n"
          "In 2010, Google had begun to roll out its service in Austria and neighbouring Germany but was ordered to halt operations over alleged privacy breaches.\n"
          "The company admitted that vehicles had accidentally recorded personal data from wireless networks.\n"
          "Although Austria lifted its temporary ban a year later, Street View decided not return to the alpine nation — until now.\n"
          "The fresh start was timed to coincide with Street View’s 10-year anniversary, Google said in a statement.\n"
          "Cars equipped with special cameras will tour Vienna, Linz and Graz until November.\n"
          "“The official launch of Street View in Austria is expected to happen in six to twelve months,” Google Austria spokesman Wolfgang Fasching-Kapfenberger told AFP.\n"
          "Under Austrian law, Street View cars will only be allowed to capture photos but not videos.\n"
          "The service still has a very low penetration rate in Germany, which has some of Europe’s strictest privacy laws due to the abuses under its Nazi and communist dictatorships."),
    entities=[("google", "Google", "ORGANIZATION", ["The company"], "Google, operator of Street View"),
              ("fasching", "Wolfgang Fasching-Kapfenberger", "PERSON",
               ["Fasching-Kapfenberger", "Google Austria spokesman Wolfgang Fasching-Kapfenberger"], "spokesman of Google Austria")],
    mentions=[("m1", ("Google", "Google access"), "google"),
              ("m2", ("Google", "Google had begun"), "google"),
              ("m3", "The company", "google"),
              ("m4", ("Google", "Google said"), "google"),
              ("m5", "Google Austria spokesman Wolfgang Fasching-Kapfenberger", "fasching")],
    attributions=[("a1", "INDIRECT", "m3", "admitted", "vehicles had accidentally recorded personal data from wireless networks", None),
                  ("a2", "INDIRECT", "m4", ("said", "Google said"),
                   "The fresh start was timed to coincide with Street View’s 10-year anniversary", None),
                  ("a3", "DIRECT", "m5", "told",
                   "The official launch of Street View in Austria is expected to happen in six to twelve months,", None),
                  ("a4", "INDIRECT", None, "expected", "to happen in six to twelve months", "a3")])

# ---------------------------------------------------------------------------------------
doc("archyde-austria-brewery-strikes-suspended",
    url="https://archyde.com/brewery-strikes-are-suspended-after-24-hours",
    outlet="Archyde", country="unknown", topic="business", cut=False,
    text=(T := "Brewery strikes are suspended after 24 hours\n"
          "The breweries will not continue their 24-hour strike for the time being. But if there is no improved offer from employers, there will be more “actions” this week, said Bianca Reiter, negotiator for the PRO-GE union. How to proceed will be discussed tomorrow. The 24-hour strike is also to be made up in four or five breweries that did not stop work today, including Stiegl.\n"
          "It is reassuring for the many beer drinkers in Austria that there are no signs of bottlenecks in the supply of beer for the time being, say both Reiter and Florian Berger, Managing Director of the Brewery Association.\n"
          "Union wants to continue negotiations earlier\n"
          "There would have to be a continuous strike for three to four days, until “something might get tighter here and there,” says Berger. But that also depends on whether there are still promotions in the supermarkets – and whether there are advance purchases. In principle, the next negotiation date for December 21 has already been agreed, but the union would like to continue negotiations earlier.\n"
          "After six rounds of negotiations, the unions are demanding a ten percent increase in salary, the employers are offering seven percent, with an agreed inflation rate of 6.9 percent. The employees point out that this is practically only an adjustment for inflation. The employers accuse the union that their demands are “out of proportion to the continuing difficult economic situation in the industry” and the reduced demand for beer."),
    entities=[("reiter", "Bianca Reiter", "PERSON", ["Reiter", "Bianca Reiter, negotiator for the PRO-GE union"],
               "negotiator of the PRO-GE union"),
              ("berger", "Florian Berger", "PERSON", ["Berger"], "Managing Director of the Brewery Association"),
              ("both", "Reiter and Florian Berger", "GROUP",
               ["both Reiter and Florian Berger, Managing Director of the Brewery Association"],
               "the union negotiator and the Brewery Association's managing director, speaking together"),
              ("unions", "the unions", "GROUP", ["the union"], "the brewery workers' unions (PRO-GE, GPA)"),
              ("employers", "the employers", "GROUP", ["employers"], "the brewery employers"),
              ("employees", "The employees", "GROUP", [], "brewery employees")],
    mentions=[("m1", ("employers", "employers, there"), "employers"),
              ("m2", "Bianca Reiter, negotiator for the PRO-GE union", "reiter"),
              ("m3", "both Reiter and Florian Berger, Managing Director of the Brewery Association", "both"),
              ("m4", ("Berger", "Berger. But"), "berger"),
              ("m5", ("the union", "the union would"), "unions"),
              ("m6", "the unions", "unions"),
              ("m7", ("the employers", "the employers are"), "employers"),
              ("m8", "The employees", "employees"),
              ("m9", ("The employers", "The employers accuse"), "employers"),
              ("m10", ("the union", "the union that"), "unions")],
    attributions=[("a1", "MIXED", "m2", ("said", "said Bianca"),
                   "if there is no improved offer from employers, there will be more “actions” this week", None),
                  ("a2", "INDIRECT", "m3", ("say", "say both"),
                   seg(T, "It is reassuring for the many beer drinkers", "for the time being"), None),
                  ("a3", "MIXED", "m4", ("says", "says Berger"), seg(T, "There would have to be a continuous strike", "here and there,”"), None),
                  ("a4", "INDIRECT", "m6", "demanding", "a ten percent increase in salary", None),
                  ("a5", "INDIRECT", "m7", "offering", "seven percent", None),
                  ("a6", "INDIRECT", "m8", "point out", "this is practically only an adjustment for inflation", None),
                  ("a7", "MIXED", "m9", "accuse",
                   seg(T, "their demands are “out of proportion", "the reduced demand for beer"), None)])

# ---------------------------------------------------------------------------------------
doc("fitv-falklands-budget-acting-governor-address",
    url="https://fitv.co.fk/news-and-events/falkland-islands-government-budget-approved",
    outlet="Falkland Islands Television (FITV)", country="Falkland Islands", topic="politics", cut=True,
    text=(T := "The sitting began with The Acting Governor, Dave Morgan delivering the annual address on behalf of Her Excellency The Governor Alison Blake.\n"
          "Once greeted by the Speaker of the House, Mr Keith Biles, The Acting Governor Dave Morgan gave the annual address to the assembly on the budget for the new financial year.\n"
          "He reflected upon the previous year and praised the country on the first full tourism season for land and cruise based passengers since the COVID 19 pandemic. He commended the careful financial decision making of the government and that we yet again enjoyed a budget surplus despite global inflationary pressures. Looking to the year ahead he set out the ambitious plans for the Islands.\n"
          "The Acting Governor praised the ambitions of the Islands looking ahead to the advancements in hydrocarbon exploration and the port development to the development of the power station and investments in renewable energy.\n"
          "He commended the successful by-election and last year’s busy public diplomacy season highlighting the importance of maintaining a productive dialogue with politicians around the world to promote the Islands right to self-determination.\n"
          "This year’s budget reflected the government’s commitment to protecting and prioritising the environment. The Acting Governor commended the work of the Environment Department this past year with the work on the national park in Hill Cove, the new energy strategy and pollution prevention and waste management policy. He reflected on the challenging year the Veterinary Department experienced with the outbreak of bird flu and government response with the implementation of a compensation scheme.\n"
          "On to sustained economic development for the Islands, the acting governor commended the fisheries sector, as they remain the main economic driver of the Islands economy.\n"
          "The tourism sector had a successful season, making a strong recovery from the pandemic with 70,000 cruise ship passengers visiting the islands during the 23/24 season."),
    entities=[("morgan", "Dave Morgan", "PERSON",
               ["Morgan", "The Acting Governor, Dave Morgan", "The Acting Governor Dave Morgan", "The Acting Governor"],
               "Acting Governor of the Falkland Islands")],
    mentions=[("m1", "The Acting Governor, Dave Morgan", "morgan"),
              ("m2", "The Acting Governor Dave Morgan", "morgan"),
              ("m3", ("He", "He reflected upon"), "morgan"),
              ("m4", ("He", "He commended the careful"), "morgan"),
              ("m5", ("he", "he set out"), "morgan"),
              ("m6", ("The Acting Governor", "The Acting Governor praised"), "morgan"),
              ("m7", ("He", "He commended the successful"), "morgan"),
              ("m8", ("The Acting Governor", "The Acting Governor commended"), "morgan"),
              ("m9", ("He", "He reflected on the"), "morgan"),
              ("m10", "the acting governor", "morgan")],
    attributions=[("a1", "INDIRECT", "m3", "reflected upon", ("the previous year", "the previous year and praised"), None),
                  ("a2", "INDIRECT", "m3", ("praised", "and praised the country"),
                   seg(T, "the country on the first full tourism season", "since the COVID 19 pandemic"), None),
                  ("a3", "INDIRECT", "m4", ("commended", "He commended the careful"),
                   seg(T, "the careful financial decision making", "global inflationary pressures"), None),
                  ("a4", "INDIRECT", "m5", "set out", "the ambitious plans for the Islands", None),
                  ("a5", "INDIRECT", "m6", ("praised", "Governor praised the ambitions"),
                   seg(T, "the ambitions of the Islands looking ahead", "investments in renewable energy"), None),
                  ("a6", "INDIRECT", "m7", ("commended", "He commended the successful"),
                   "the successful by-election and last year’s busy public diplomacy season", None),
                  ("a7", "INDIRECT", "m7", "highlighting", seg(T, "the importance of maintaining", "right to self-determination"), None),
                  ("a8", "INDIRECT", "m8", ("commended", "Governor commended the work"),
                   seg(T, "the work of the Environment Department", "waste management policy"), None),
                  ("a9", "INDIRECT", "m9", ("reflected on", "He reflected on the"),
                   seg(T, "the challenging year the Veterinary", "a compensation scheme"), None),
                  ("a10", "INDIRECT", "m10", ("commended", "governor commended the fisheries"), "the fisheries sector", None)])

# ---------------------------------------------------------------------------------------
doc("norfolkonlinenews-mayor-adams-awards-system-concerns",
    url="https://www.norfolkonlinenews.com/ni-regional-council/category/Norfolk_Island_Regional_Council/",
    outlet="Norfolk Online News", country="Norfolk Island", topic="local", cut=True, published="2018-05-25",
    text=(T := "Mayors Update - Keeping the Community Informed\n"
          "“As I advised in last week’s press the following motion was unanimously agreed by Council on 16 May 2018:\n"
          "Council requests that the Mayor make Minister McVeigh aware of the many representations and serious concerns held by the Norfolk Island business community relating to the imminent introduction of the Australian Awards System under the Fair Work Act 2009 (CTH) in its application to Norfolk Island; and Council’s support for progression as a matter of urgency of the review and monitoring of the impact of Commonwealth reforms on Norfolk Island as foreshadowed by the Minister in his letter to the Mayor of 20 February 2018 and endorsed by Council at its March 2018 meeting.’\n"
          "“In writing to Minister McVeigh this week I spoke of my responsibility as a leader in the community to bring issues of community concern to the Minister’s attention as they arise; and that the above motion of Council relates to just one of a number of community concerns at this time” Mayor Adams said. “I provided the following background information to assist the Minister in his consideration of Council’s motion.”\n"
          "‘The transition year 2015/2016 saw many changes brought or to be brought to Norfolk Island; and I am confident that you appreciate that the culture and way of life of the Norfolk Island people has evolved over a very long time independently of the culture and way of life of elsewhere. This fact was taken into account by the Australian Government in respect of Capital Gains Tax with special dispensation being made in respect of timing of its application to Norfolk Island (media release Minister Paul Fletcher 23 October 2014).’"),
    entities=[("adams", "Adams", "PERSON", ["Mayor Adams", "the Mayor"], "Mayor of Norfolk Island (Norfolk Island Regional Council)"),
              ("council", "Council", "ORGANIZATION", ["Norfolk Island Regional Council"], "Norfolk Island Regional Council"),
              ("mcveigh", "McVeigh", "PERSON", ["Minister McVeigh", "the Minister"],
               "Australian federal minister responsible for Norfolk Island")],
    mentions=[("m1", ("Council", "Council on 16 May"), "council"),
              ("m2", ("Council", "Council requests"), "council"),
              ("m3", ("the Mayor", "the Mayor make"), "adams"),
              ("m4", ("Minister McVeigh", "Minister McVeigh aware"), "mcveigh"),
              ("m5", ("the Minister", "the Minister in his letter"), "mcveigh"),
              ("m6", ("the Mayor", "the Mayor of 20 February"), "adams"),
              ("m7", ("Council", "Council at its March"), "council"),
              ("m8", ("Minister McVeigh", "Minister McVeigh this week"), "mcveigh"),
              ("m9", ("I", "I spoke of"), "adams"),
              ("m10", "Mayor Adams", "adams"),
              ("m11", ("the Minister", "the Minister in his consideration"), "mcveigh"),
              ("m12", ("you", "you appreciate"), "mcveigh")],
    attributions=[("a1", "DIRECT", "m10", None, seg(T, "As I advised in last week", "at its March 2018 meeting."), None),
                  ("a2", "INDIRECT", "m2", "requests", seg(T, "the Mayor make Minister McVeigh aware", "at its March 2018 meeting"), "a1"),
                  ("a3", "DIRECT", "m10", ("said", "Adams said"), seg(T, "In writing to Minister McVeigh", "concerns at this time"), None),
                  ("a4", "INDIRECT", "m9", "spoke of", seg(T, "my responsibility as a leader", "concerns at this time"), "a3"),
                  ("a5", "DIRECT", "m10", None, seg(T, "I provided the following background", "of Council’s motion."), None),
                  ("a6", "DIRECT", "m10", None, seg(T, "The transition year 2015/2016", "23 October 2014)."), None),
                  ("a7", "INDIRECT", "m12", "appreciate",
                   seg(T, "the culture and way of life of the Norfolk Island people", "way of life of elsewhere"), "a6")])

write("train_ag.jsonl")
