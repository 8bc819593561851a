#!/usr/bin/env python3
"""Writes test3_c.jsonl: real-news gold, split test3-c (see gold.py). Run: python3 make_test3_c.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
doc("cornwallnewswatch-sdg-library-closure",
    url="https://www.cornwallnewswatch.com/2016/08/23/county-cant-override-library-closure-decision/",
    outlet="Cornwall Newswatch", country="Canada", topic="local", cut=True,
    published="2016-08-23",
    text=(T := "County can’t override library closure decision\n"
          "SD&G – Unless the SD&G Library Board reconsiders, the United Counties has no authority to overturn the board’s decision.\n"
          "That assessment from CAO Tim Simpson was shared with county council Monday, after he sought a legal opinion on the library issue.\n"
          "The municipality has been told it has no jurisdiction to overturn the library board’s decision and the Ontario Ombudsman would also have no jurisdiction in the case, Simpson said.\n"
          "The Monday meeting saw the council chambers packed with over 75 opponents to the closure plan for the Morewood, Dalkeith and St. Andrews West branches.\n"
          "Outside the building prior to the meeting, one of those was Nicole Duffy of St. Andrews West, whose sons, Troy and Owen, were reading from a collection of books spread on the front lawn of the county building, while people with placards paced up and down the street.\n"
          "“I’m saddened by it (the impending closure). They’re a lot of children that really look forward to this. The school, for one, they visit weekly, so my children come home with books, which I get to read to them at bedtime. It’s great to expand their imagination,” Duffy said.\n"
          "Duffy said the library is also a community gathering with over 400 children a month coming through the St. Andrews West branch.\n"
          "She said the library is also about access to services. “I’ve seen people who rent DVDs for educational purposes for our history. My children are not out causing mischief…they’re reading books,” Duffy said."),
    entities=[("simpson", "Tim Simpson", "PERSON", ["Simpson", "CAO Tim Simpson"], "CAO of the United Counties of SD&G"),
              ("duffy", "Nicole Duffy", "PERSON", ["Duffy"], "resident of St. Andrews West")],
    mentions=[("m1", "CAO Tim Simpson", "simpson"),
              ("m2", ("Simpson", "case, Simpson said"), "simpson"),
              ("m3", "Nicole Duffy", "duffy"),
              ("m4", ("Duffy", "imagination,” Duffy said"), "duffy"),
              ("m5", ("Duffy", "Duffy said the library"), "duffy"),
              ("m6", ("She", "She said"), "duffy"),
              ("m7", ("Duffy", "books,” Duffy said"), "duffy")],
    attributions=[("a1", "INDIRECT", "m1", "assessment", "Unless the SD&G Library Board reconsiders, the United Counties has no authority to overturn the board’s decision", None),
                  ("a2", "INDIRECT", "m2", ("said", "case, Simpson said"), seg(T, "The municipality has been told", "jurisdiction in the case"), None),
                  ("a3", "INDIRECT", None, ("told", "has been told"), seg(T, "it has no jurisdiction to overturn the library", "jurisdiction in the case"), "a2"),
                  ("a4", "DIRECT", "m4", ("said", "imagination,” Duffy said"), seg(T, "I’m saddened by it", "expand their imagination,"), None),
                  ("a5", "INDIRECT", "m5", ("said", "Duffy said the library"), "the library is also a community gathering with over 400 children a month coming through the St. Andrews West branch", None),
                  ("a6", "INDIRECT", "m6", ("said", "She said"), "the library is also about access to services", None),
                  ("a7", "DIRECT", "m7", ("said", "books,” Duffy said"), seg(T, "I’ve seen people who rent DVDs", "they’re reading books,"), None)])

# ---------------------------------------------------------------------------------------
doc("tribune242-bimini-local-government",
    url="https://tribune242.com/news/2017/jun/19/true-local-government-needed-family-islands-develo",
    outlet="The Tribune", country="Bahamas", topic="local", cut=True,
    published="2017-06-19",
    text=(T := "'True local government needed' for Family Island’s development\n"
          "THE LEGAL director of an environmental group believes that the Family Islands will only prosper if local government is strengthened giving more power to the people who reside in these communities.\n"
          "Addressing scores of residents at a recent town hall meeting in Bimini, Save The Bays’ Director Fred Smith, QC, responded to concerns that the central government continued to have great control over the economic decisions of the Family Islands at the expense of their natural preservation. His comments came as he spoke of the need to protect Bimini’s natural resources from exploitation and degradation at the hands of big, foreign direct investments.\n"
          "“The big challenge that the entire Bahamas and all the Family Islands face is the fact that the government in Nassau runs everything that happens in the Family Islands instead of respecting the locals,” Mr Smith said.\n"
          "“Bimini belongs to the Biminites just like Guana Cay belonged to the people from Guana Cay. Just like Freeport and Grand Bahama belong to the people from Grand Bahama. The country is called the Commonwealth of the Bahama Islands. It is not called just the Commonwealth of Nassau. And the challenge that Bimini faces and the challenge that every Family Island and so many of the beautiful settlements we have and the environments that we have throughout the Family Islands face is the fact that the government in Nassau treats all the Family Islands and all the settlements and all the people who live in the settlements with no respect.\n"
          "“And that’s why I’m so glad Mr (Mike) Roberts said what he had to say tonight because he’s right. It’s time for people in the Family Islands to rise up and make sure that the politicians listen to them,” Mr Smith said to an applause from the residents."),
    entities=[("smith", "Fred Smith", "PERSON", ["Mr Smith", "Smith", "THE LEGAL director of an environmental group",
                                                "Save The Bays’ Director Fred Smith, QC"], "Save The Bays director"),
              ("roberts", "Mike Roberts", "PERSON", ["Roberts", "Mr (Mike) Roberts"])],
    mentions=[("m1", "THE LEGAL director of an environmental group", "smith"),
              ("m2", "Save The Bays’ Director Fred Smith, QC", "smith"),
              ("m3", ("he", "he spoke of"), "smith"),
              ("m4", ("Mr Smith", "locals,” Mr Smith said"), "smith"),
              ("m5", "Mr (Mike) Roberts", "roberts"),
              ("m6", ("Mr Smith", "them,” Mr Smith said"), "smith")],
    attributions=[("a1", "DIRECT", None, None, "True local government needed", None),
                  ("a2", "INDIRECT", "m1", "believes", "the Family Islands will only prosper if local government is strengthened giving more power to the people who reside in these communities", None),
                  ("a3", "INDIRECT", None, "concerns", "the central government continued to have great control over the economic decisions of the Family Islands at the expense of their natural preservation", None),
                  ("a4", "INDIRECT", "m3", ("spoke", "he spoke of"), "the need to protect Bimini’s natural resources from exploitation and degradation at the hands of big, foreign direct investments", None),
                  ("a5", "DIRECT", "m4", ("said", "locals,” Mr Smith said"), seg(T, "The big challenge that", "respecting the locals,"), None),
                  ("a6", "DIRECT", "m6", ("said", "them,” Mr Smith said"), seg(T, "Bimini belongs to the Biminites", "politicians listen to them,"), None),
                  ("a7", "INDIRECT", "m5", ("said", "Roberts said"), "what he had to say", "a6")])

# ---------------------------------------------------------------------------------------
doc("citizentv-mau-forest-evictions",
    url="https://citizentv.co.ke/news/forest-service-doubles-mau-conservation-efforts-68661/",
    outlet="Citizen TV", country="Kenya", topic="environment", cut=False,
    text=(T := "Forest Service Doubles Mau Conservation Efforts\n"
          "The squatters are now moving their families, livestock and property out of the contested water catchment area.\n"
          "The Kenya Forest Service is overseeing the process to ensure that it goes on smoothly.\n"
          "KFS’s Inspector David Rono says that the exercise is being conducted after consultations with the villagers who have already agreed to the relocation proposal.\n"
          "Inspector Rono noted that KFS was only out to implement the law as per the Forests Act which states that \"no one is allowed to cause destruction in gazzeted forest especially for personal and commercial gains\".\n"
          "Rono further said that the forest had lost over 3,000 acres of land which is five percent of the forest cover around the Olposimoru block.\n"
          "Implementing evictions\n"
          "He maintained that the forest dwellers will not be pushed to exit immediately despite the high number of forest service officers in the area.\n"
          "According to Bernard Sang, who was born and brought up in the forest and a member of the Ogiek community, the forest dwellers have been to court since October 2014 to counter the evictions but the government was keen to force them out.\n"
          "Sang says the government should wait until the case is over before implementing the evictions.\n"
          "Robert Kosgei, who was moving his family out of the forest, said that the exercise had been rough and children got lost in the confusion.\n"
          "Eight people have so far been arrested for charcoal burning and illegal logging."),
    entities=[("rono", "David Rono", "PERSON", ["Rono", "Inspector Rono", "KFS’s Inspector David Rono"], "Kenya Forest Service inspector"),
              ("dwellers", "the forest dwellers", "GROUP", ["The squatters", "the villagers"]),
              ("forestsact", "the Forests Act", "ORGANIZATION", ["Forests Act"]),
              ("sang", "Bernard Sang", "PERSON", ["Sang"], "forest dweller, member of the Ogiek community"),
              ("kosgei", "Robert Kosgei", "PERSON", ["Kosgei"], "forest dweller")],
    mentions=[("m1", "The squatters", "dwellers"),
              ("m2", "KFS’s Inspector David Rono", "rono"),
              ("m3", "the villagers", "dwellers"),
              ("m4", "Inspector Rono", "rono"),
              ("m5", "the Forests Act", "forestsact"),
              ("m6", ("Rono", "Rono further"), "rono"),
              ("m7", ("He", "He maintained"), "rono"),
              ("m8", ("the forest dwellers", "that the forest dwellers"), "dwellers"),
              ("m9", "Bernard Sang", "sang"),
              ("m10", ("the forest dwellers", "community, the forest dwellers"), "dwellers"),
              ("m11", ("Sang", "Sang says"), "sang"),
              ("m12", "Robert Kosgei", "kosgei")],
    attributions=[("a1", "INDIRECT", "m2", ("says", "Rono says"), "the exercise is being conducted after consultations with the villagers who have already agreed to the relocation proposal", None),
                  ("a2", "INDIRECT", "m3", "agreed", "the relocation proposal", "a1"),
                  ("a3", "MIXED", "m4", "noted", seg(T, "KFS was only out", "commercial gains\""), None),
                  ("a4", "DIRECT", "m5", "states", "no one is allowed to cause destruction in gazzeted forest especially for personal and commercial gains", "a3"),
                  ("a5", "INDIRECT", "m6", ("said", "further said"), "the forest had lost over 3,000 acres of land which is five percent of the forest cover around the Olposimoru block", None),
                  ("a6", "INDIRECT", "m7", "maintained", "the forest dwellers will not be pushed to exit immediately despite the high number of forest service officers in the area", None),
                  ("a7", "INDIRECT", "m9", "According to", seg(T, "the forest dwellers have been to court", "to force them out"), None),
                  ("a8", "INDIRECT", "m11", ("says", "Sang says"), "the government should wait until the case is over before implementing the evictions", None),
                  ("a9", "INDIRECT", "m12", ("said", "forest, said"), "the exercise had been rough and children got lost in the confusion", None)])

# ---------------------------------------------------------------------------------------
doc("gmanetwork-negros-fish-kill",
    url="https://www.gmanetwork.com/news/news/regions/652864/fishkill-hits-negros-occidental-town/story/",
    outlet="GMA News", country="Philippines", topic="environment", cut=True,
    text=(T := "Fish kill hits Negros Occidental town\n"
          "A fish kill was reported in the rivers of Pontevedra town, Negros Occidental on Tuesday that could have been caused by pollution, the Department of Environment and Natural Resources - Environment Management Bureau (DENR-EMB) Region 6 said.\n"
          "Engineer Desiderio Figueroa, head of the Provincial Environment Management Unit, said upon conducting an inspection on Wednesday morning, they saw manifestations of a possible pollution such as discoloration of water and existence of dead fish in the river.\n"
          "However, they cannot yet conclude or ascertain the cause pending the result of the water sample analysis.\n"
          "\"We conducted the water sampling from downstream to upstream areas. The result is expected to come out within the next seven to 10 days,\" Figueroa added.\n"
          "Dam collapse\n"
          "Meanwhile, the sugar milling firm Central Azucarera de la Carlota Inc. (CACI) said it is closely monitoring the water levels of the impounding dams at Barangay Najalin in nearby La Carlota City.\n"
          "The sugar mill, a subsidiary of Roxas Holdings Inc. (RHI), said the management is looking into the incident that could have caused the collapse of its dam.\n"
          "Caci Administration Division Head Ramonito Lastima said the collapse was caused by the spilling over of water from the first dam to the second dam.\n"
          "Lastima said they did not expect that the dam will collapse as the structure underwent rehabilitation last year."),
    entities=[("emb", "Department of Environment and Natural Resources - Environment Management Bureau Region 6", "ORGANIZATION",
               ["DENR-EMB Region 6", "DENR-EMB",
                "the Department of Environment and Natural Resources - Environment Management Bureau (DENR-EMB) Region 6"]),
              ("figueroa", "Desiderio Figueroa", "PERSON", ["Figueroa", "Engineer Desiderio Figueroa"], "head of the Provincial Environment Management Unit"),
              ("caci", "Central Azucarera de la Carlota Inc.", "ORGANIZATION", ["CACI", "The sugar mill", "the sugar milling firm"]),
              ("lastima", "Ramonito Lastima", "PERSON", ["Lastima"], "CACI Administration Division Head")],
    mentions=[("m1", "the Department of Environment and Natural Resources - Environment Management Bureau (DENR-EMB) Region 6", "emb"),
              ("m2", "Engineer Desiderio Figueroa, head of the Provincial Environment Management Unit", "figueroa"),
              ("m3", ("Figueroa", "Figueroa added"), "figueroa"),
              ("m4", "the sugar milling firm Central Azucarera de la Carlota Inc. (CACI)", "caci"),
              ("m5", "The sugar mill, a subsidiary of Roxas Holdings Inc. (RHI)", "caci"),
              ("m6", "Caci Administration Division Head Ramonito Lastima", "lastima"),
              ("m7", ("Lastima", "Lastima said they"), "lastima")],
    attributions=[("a1", "INDIRECT", "m1", ("said", "Region 6 said"), "A fish kill was reported in the rivers of Pontevedra town, Negros Occidental on Tuesday that could have been caused by pollution", None),
                  ("a2", "INDIRECT", "m2", ("said", "Unit, said"), "upon conducting an inspection on Wednesday morning, they saw manifestations of a possible pollution such as discoloration of water and existence of dead fish in the river", None),
                  ("a3", "DIRECT", "m3", "added", seg(T, "We conducted the water sampling", "seven to 10 days,"), None),
                  ("a4", "INDIRECT", None, "expected", "to come out within the next seven to 10 days", "a3"),
                  ("a5", "INDIRECT", "m4", ("said", "(CACI) said"), "it is closely monitoring the water levels of the impounding dams at Barangay Najalin in nearby La Carlota City", None),
                  ("a6", "INDIRECT", "m5", ("said", "(RHI), said"), "the management is looking into the incident that could have caused the collapse of its dam", None),
                  ("a7", "INDIRECT", "m6", ("said", "Lastima said the collapse"), "the collapse was caused by the spilling over of water from the first dam to the second dam", None),
                  ("a8", "INDIRECT", "m7", ("said", "Lastima said they"), "they did not expect that the dam will collapse as the structure underwent rehabilitation last year", None)])

# ---------------------------------------------------------------------------------------
doc("samoaobserver-gataivai-delegation-asked-leave",
    url="https://www.samoaobserver.ws/category/article/40467",
    outlet="Samoa Observer", country="Samoa", topic="politics", cut=True,
    text=(T := "Govt. delegation asked to leave\n"
          "Two senior Members of Parliament have downplayed an incident last week where a Government delegation was asked to leave the village of Gataivai Savai’i.\n"
          "The delegation was led by the Associate Minister of Women, Community and Social Development (M.W.C.S.D.), Tofa Lio Foleni, and it included Palauli le Falefa’s Member of Parliament and former Cabinet Minister, Faumuina Tiatia Liuga.\n"
          "The delegation of senior Government officials had arrived at Gataivai to begin a two-day consultation with the constituency on the Government’s developments for the villages when the incident happened.\n"
          "A senior chief of Palauli ile Falefa, Laulu Tiatia Mapesone, told the Samoa Observer he asked the senior Members of Parliament and their delegation to leave.\n"
          "Speaking to the Samoa Observer, Laulu said the Government delegation did not come through the proper channels of communications.\n"
          "He accused the Government of overstepping the boundary by using the Women’s Committee to promote their “agenda” – which he said was not just about small developments in the villages.\n"
          "“They have overstepped the boundary of the central government (the village council) promoting their agenda through the women’s committee,” said Laulu.\n"
          "“They created the Village Fono Act giving us the authority and power to watch over developments of the village and yet they decided to go through the women’s committee instead.\n"
          "“The Village Council exists to protect the villagers and our lands and land is an issue nowadays. All those proposed developments and activities lead back to our lands and it is our duty to guard it.”\n"
          "Contacted for a comment, Associate Minister Tofa confirmed the incident but said the issue was that the constituency was not aware of the consultation. He said the M.W.C.S.D. had contacted the Village Mayor about it, which is the normal process."),
    entities=[("mps", "Two senior Members of Parliament", "GROUP", ["the senior Members of Parliament"]),
              ("tofa", "Tofa Lio Foleni", "PERSON", ["Tofa", "Associate Minister Tofa"],
               "Associate Minister of Women, Community and Social Development"),
              ("laulu", "Laulu Tiatia Mapesone", "PERSON", ["Laulu"], "senior chief of Palauli ile Falefa")],
    mentions=[("m1", "Two senior Members of Parliament", "mps"),
              ("m2", "the Associate Minister of Women, Community and Social Development (M.W.C.S.D.), Tofa Lio Foleni", "tofa"),
              ("m3", "A senior chief of Palauli ile Falefa, Laulu Tiatia Mapesone", "laulu"),
              ("m4", ("he", "he asked"), "laulu"),
              ("m5", "the senior Members of Parliament", "mps"),
              ("m6", ("Laulu", "Laulu said"), "laulu"),
              ("m7", ("He", "He accused"), "laulu"),
              ("m8", ("he", "which he said"), "laulu"),
              ("m9", ("Laulu", "said Laulu"), "laulu"),
              ("m10", "Associate Minister Tofa", "tofa"),
              ("m11", ("He", "He said the M.W.C.S.D."), "tofa")],
    attributions=[("a1", "INDIRECT", None, ("asked", "delegation asked"), ("to leave", "delegation asked"), None),
                  ("a2", "INDIRECT", "m1", "downplayed", "an incident last week where a Government delegation was asked to leave the village of Gataivai Savai’i", None),
                  ("a3", "INDIRECT", None, ("asked", "was asked"), "to leave the village of Gataivai Savai’i", "a2"),
                  ("a4", "INDIRECT", "m3", "told", "he asked the senior Members of Parliament and their delegation to leave", None),
                  ("a5", "INDIRECT", "m4", ("asked", "he asked"), "the senior Members of Parliament and their delegation to leave", "a4"),
                  ("a6", "INDIRECT", "m6", ("said", "Laulu said"), "the Government delegation did not come through the proper channels of communications", None),
                  ("a7", "MIXED", "m7", "accused", "the Government of overstepping the boundary by using the Women’s Committee to promote their “agenda”", None),
                  ("a8", "INDIRECT", "m8", ("said", "which he said"), "was not just about small developments in the villages", None),
                  ("a9", "DIRECT", "m9", ("said", "said Laulu"), seg(T, "They have overstepped the boundary", "the women’s committee,"), None),
                  ("a10", "DIRECT", "m9", None, seg(T, "They created the Village Fono Act", "our duty to guard it."), None),
                  ("a11", "INDIRECT", "m10", "confirmed", ("the incident", "confirmed the incident"), None),
                  ("a12", "INDIRECT", "m10", ("said", "but said"), "the issue was that the constituency was not aware of the consultation", None),
                  ("a13", "INDIRECT", "m11", ("said", "He said the M.W.C.S.D."), "the M.W.C.S.D. had contacted the Village Mayor about it, which is the normal process", None)])

# ---------------------------------------------------------------------------------------
doc("guyanachronicle-brathwaite-batting-failures",
    url="https://guyanachronicle.com/2021/06/22/we-didnt-show-the-fight-brathwaite-laments-west-indies-batting-failures/",
    outlet="Guyana Chronicle", country="Guyana", topic="sport", cut=True,
    published="2021-06-22",
    text=(T := "‘We didn’t show the fight’ – Brathwaite laments West Indies batting failures\n"
          "THE West Indies batsmen, once again, produced a disappointing effort as they lost the second test in St. Lucia, on Monday, by 158 runs and the series (0-2) to South Africa.\n"
          "Starting day four on 15 without loss and needing another 309 more to level the series, they once again capitulated and slumped to 165 all out in 58.3 overs. Their first innings of 149 in response to South Africa’s 298, lasted just 54 overs.\n"
          "Speaking at the post-match presser, captain Kraigg Brathwaite indicated they did not produce a resistance with the bat.\n"
          "“We were disappointing, but we have some time to work at home and come back and do better, but we got to show that fight. Sometimes it is not all about winning, but still, you want to see the fight and we didn’t show the fans the fight at all”, he contended.\n"
          "In the first Test, West Indies were bowled out for 97 in their first innings, and in the chase of 324 in the second Test, they were at one stage 107-3.\n"
          "With the team’s top score, of 51, opener Keiran Powell played a needless shot off the bowling of spinner Keshav Maharaj, to give him the first wicket of the hat-trick, and the innings clattered from thereon.\n"
          "Such has been a custom over the years, and it has stayed as a bad habit, according to Brathwaite.\n"
          "“If I could speak for myself, and I look at my dismissals, sometimes you get into bad habits as batsmen and it is got try and stay out of that as much as possible.”\n"
          "The opener added, “what would be good is to work some technical stuff and when you do come back, you back it 100%, and the key is to trust it and back it 100% and believe we could do the job and that belief would bring more consistency.”"),
    entities=[("brathwaite", "Kraigg Brathwaite", "PERSON", ["Brathwaite", "captain Kraigg Brathwaite", "The opener"],
               "West Indies Test captain")],
    mentions=[("m1", ("Brathwaite", "– Brathwaite"), "brathwaite"),
              ("m2", "captain Kraigg Brathwaite", "brathwaite"),
              ("m3", ("he", "he contended"), "brathwaite"),
              ("m4", ("Brathwaite", "according to Brathwaite"), "brathwaite"),
              ("m5", "The opener", "brathwaite")],
    attributions=[("a1", "DIRECT", "m1", None, "We didn’t show the fight", None),
                  ("a2", "INDIRECT", "m1", "laments", "West Indies batting failures", None),
                  ("a3", "INDIRECT", "m2", "indicated", "they did not produce a resistance with the bat", None),
                  ("a4", "DIRECT", "m3", "contended", seg(T, "We were disappointing", "the fight at all"), None),
                  ("a5", "INDIRECT", "m4", ("according to", "according to Brathwaite"), "Such has been a custom over the years, and it has stayed as a bad habit", None),
                  ("a6", "DIRECT", "m4", None, seg(T, "If I could speak for myself", "as much as possible."), None),
                  ("a7", "DIRECT", "m5", "added", seg(T, "what would be good", "more consistency."), None)])

write("test3_c.jsonl")
