#!/usr/bin/env python3
"""Writes train_e.jsonl: real-news gold, split train-e (see gold.py). Run: python3 make_train_e.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
doc("rappler-duterte-senators-dinner",
    url="https://www.rappler.com/nation/164245-senators-dinner-duterte-not-loyalty-check/",
    outlet="Rappler", country="Philippines", topic="politics", cut=True,
    text=(T := "Duterte asked for senators’ support during dinner\n"
          "(UPDATED) Senators say there's nothing unusual with the 'informal dinner,' saying past presidents did the same thing\n"
          "MANILA, Philippines (UPDATED) – President Rodrigo Duterte sought senators’ support during a dinner he hosted in Malacañang on Tuesday, March 14.\n"
          "Senator Juan Miguel Zubiri, Duterte’s ally, told reporters that the chief executive asked the 15 majority senators present to give him some time to do his job.\n"
          "“He asked us to support him. Yun I’d like to put that clear. I know the attitude of the President. He never asks for favors, help. In this particular dinner, he basically mentioned ‘give me some time to clean up the problem of peace and order and the economy, and basically the projects he’s trying to push,” Zubiri told reporters on Wednesday, March 15.\n"
          "Zubiri and Senate President Pro-Tempore Ralph Recto both said the President talked about the death penalty bill but other senators denied it.\n"
          "“If you’re president, you wouldn’t ask for support? Put yourself in his shoes. Let’s just imagine 1 minute that we’re president and you have all senators there. Wouldn’t you say: Please give me a chance to do my job,” Zubiri said.\n"
          "He added: “I think that’s very human of him. Kasi usually siga sya (Because he’s usually proud). For him to actually say help me with programs, give me time, just allow me to do my job, that’s very humanly of him and very humbling of him.”\n"
          "The dinner came weeks after a Senate revamp with the ouster of the Liberal Party from the majority bloc."),
    entities=[("duterte", "Rodrigo Duterte", "PERSON", ["Duterte", "President Rodrigo Duterte", "the chief executive", "the President"], "President of the Philippines"),
              ("senators", "Senators", "GROUP", []),
              ("zubiri", "Juan Miguel Zubiri", "PERSON", ["Zubiri", "Senator Juan Miguel Zubiri"], "senator, Duterte's ally"),
              ("zubiri-recto", "Zubiri and Senate President Pro-Tempore Ralph Recto", "GROUP", []),
              ("others", "other senators", "GROUP", [])],
    mentions=[("m1", ("Duterte", "Duterte asked"), "duterte"),
              ("m2", ("Senators", "Senators say"), "senators"),
              ("m3", "President Rodrigo Duterte", "duterte"),
              ("m4", "Senator Juan Miguel Zubiri, Duterte’s ally", "zubiri"),
              ("m5", "the chief executive", "duterte"),
              ("m6", ("He", "He asked us"), "duterte"),
              ("m7", ("the President", "attitude of the President"), "duterte"),
              ("m8", ("he", "he basically mentioned"), "duterte"),
              ("m9", ("Zubiri", "Zubiri told reporters on"), "zubiri"),
              ("m10", "Zubiri and Senate President Pro-Tempore Ralph Recto", "zubiri-recto"),
              ("m11", ("the President", "said the President"), "duterte"),
              ("m12", "other senators", "others"),
              ("m13", ("Zubiri", "Zubiri said."), "zubiri"),
              ("m14", ("He", "He added"), "zubiri"),
              ("m15", ("him", "For him to"), "duterte")],
    attributions=[("a1", "INDIRECT", "m1", "asked for", ("senators’ support", "asked for senators’"), None),
                  ("a2", "MIXED", "m2", ("say", "Senators say"), "there's nothing unusual with the 'informal dinner,'", None),
                  ("a3", "INDIRECT", "m2", "saying", "past presidents did the same thing", None),
                  ("a4", "INDIRECT", "m3", "sought", ("senators’ support", "sought senators’"), None),
                  ("a5", "INDIRECT", "m4", ("told", "ally, told"), "the chief executive asked the 15 majority senators present to give him some time to do his job", None),
                  ("a6", "INDIRECT", "m5", ("asked", "executive asked"), "the 15 majority senators present to give him some time to do his job", "a5"),
                  ("a7", "DIRECT", "m9", ("told", "Zubiri told reporters on"), seg(T, "He asked us", "trying to push,"), None),
                  ("a8", "INDIRECT", "m6", ("asked", "He asked us"), "us to support him", "a7"),
                  ("a9", "DIRECT", "m8", "mentioned", seg(T, "give me some time to clean", "trying to push,"), "a7"),
                  ("a10", "INDIRECT", "m10", ("said", "both said"), "the President talked about the death penalty bill", None),
                  ("a11", "INDIRECT", "m11", "talked about", "the death penalty bill", "a10"),
                  ("a12", "INDIRECT", "m12", "denied", ("it", "denied it"), None),
                  ("a13", "DIRECT", "m13", ("said", "Zubiri said."), seg(T, "If you’re president", "to do my job,"), None),
                  ("a14", "DIRECT", "m14", "added", seg(T, "I think that’s very human", "humbling of him."), None),
                  ("a15", "INDIRECT", "m15", ("say", "actually say"), "help me with programs, give me time, just allow me to do my job", "a14")])

# ---------------------------------------------------------------------------------------
doc("sharechat-mainfreight-profit",
    url="http://www.sharechat.co.nz/article/564e2bd5/market-close-nz-shares-fall-as-mainfreight-profit-disappoints-auckland-airport-freightways-drop.html",
    outlet="Sharechat", country="New Zealand", topic="business", cut=True,
    published="2015-11-10",
    text=(T := "MARKET CLOSE: NZ shares fall as Mainfreight profit disappoints; Auckland Airport, Freightways drop\n"
          "New Zealand shares fell, led by Mainfreight after the transport and logistics company posted first-half profit that missed some expectations, weighing on other freight-related companies including Freightways, Auckland International Airport and Air New Zealand. A2 Milk Co and Comvita gained.\n"
          "The S&P/NZX 50 Index fell 45.09 points, or 0.8 percent, to 6002.8. Within the index, 32 stocks fell, 14 stocks rose, and four were unchanged. Turnover was $138 million.\n"
          "Mainfreight lead the index down with shares falling 5.63 percent to $15.10. The transport and logistics group said first-half profit fell 2 percent as costs of new transport and logistics facilities at home and weaker trading across the Tasman eroded the benefits of record first-half revenue. Profit fell to $32.9 million in the six months ended Sept. 30, from $33.5 million a year earlier, the Auckland-based company said in a statement. Revenue rose to a record for a first half of $1.1 billion from $987 million. The shares dropped 5.9 percent to $15.05 and earlier touched a three-week low of $15.\n"
          "\"Mainfreight's profit is down beyond what most people expected,\" said Robert Garden, investment adviser at Craig's Investment Partners. \"Margins aren't quite where they have been and there have been some increased costs as they've tried to expand the business.\"\n"
          "Other freight and logistics-related company followed Mainfreight lower. also fell. Auckland  Airport fell 2.3 percent to $5.21, Freightways fell 2.3 percent to $5.93, and Air New Zealand fell 4.9 percent to $2.72.\n"
          "\"Mainfreight is a barometer given the type of business they're in for the overall economy,\" Garden said. \"Seeing them weaker casts a bit of a shadow.\""),
    entities=[("mainfreight", "Mainfreight", "ORGANIZATION", ["the transport and logistics company", "The transport and logistics group", "the Auckland-based company"], "transport and logistics company"),
              ("garden", "Robert Garden", "PERSON", ["Garden"], "investment adviser at Craig's Investment Partners")],
    mentions=[("m1", ("Mainfreight", "led by Mainfreight"), "mainfreight"),
              ("m2", "the transport and logistics company", "mainfreight"),
              ("m3", ("Mainfreight", "Mainfreight lead"), "mainfreight"),
              ("m4", "The transport and logistics group", "mainfreight"),
              ("m5", "the Auckland-based company", "mainfreight"),
              ("m6", "Robert Garden, investment adviser at Craig's Investment Partners", "garden"),
              ("m7", ("Mainfreight", "followed Mainfreight"), "mainfreight"),
              ("m8", ("Mainfreight", "\"Mainfreight is"), "mainfreight"),
              ("m9", ("Garden", "Garden said"), "garden")],
    attributions=[("a1", "INDIRECT", "m4", ("said", "group said"), "first-half profit fell 2 percent as costs of new transport and logistics facilities at home and weaker trading across the Tasman eroded the benefits of record first-half revenue", None),
                  ("a2", "INDIRECT", "m5", ("said", "company said"), "Profit fell to $32.9 million in the six months ended Sept. 30, from $33.5 million a year earlier", None),
                  ("a3", "DIRECT", "m6", ("said", "said Robert"), "Mainfreight's profit is down beyond what most people expected,", None),
                  ("a4", "DIRECT", "m6", None, "Margins aren't quite where they have been and there have been some increased costs as they've tried to expand the business.", None),
                  ("a5", "DIRECT", "m9", ("said", "Garden said"), "Mainfreight is a barometer given the type of business they're in for the overall economy,", None),
                  ("a6", "DIRECT", "m9", None, "Seeing them weaker casts a bit of a shadow.", None)])

# ---------------------------------------------------------------------------------------
doc("theroar-deans-hong-kong-bledisloe",
    url="https://www.theroar.com.au/2008/11/03/we-lost-but-rugby-gained-says-wallabies-coach-deans/",
    outlet="The Roar", country="Australia", topic="sport", cut=True,
    published="2008-11-02",
    text=(T := "We lost but rugby gained, says Wallabies coach Deans\n"
          "Wallabies coach Robbie Deans has hailed the ground-breaking Hong Kong venture a raging success despite watching his side suffer more Bledisloe Cup disappointment at the hands of the All Blacks.\n"
          "The Wallabies are en route to Europe today for further Tests against Italy, England, France and Wales after squandering another second-half lead to lose 19-14 to the All Blacks in the first-ever Bledisloe Cup fixture contested outside of Australasia last night.\n"
          "“It was a great event,” Deans said.\n"
          "“It was an experiment as such. I believe both sides have enjoyed it. There’s no doubt the public enjoyed it and it’s certainly worth doing it again.\n"
          "“But there’ll be people further up the food chain who will make that decision.”\n"
          "For the second Test running, Australia, courtesy of two tries to winger Drew Mitchell, led into the second half only to allow New Zealand to run over the top of them in the final half hour.\n"
          "“We looked at our needs post-Tri Nations and I believe we’ve made progress,” Deans maintained.\n"
          "“We were possibly more deserving this time, but still not good enough. We’ve just got to keep going and get to the point where we’re so deserving that we get home.”\n"
          "Skipper Stirling Mortlock also believes the Wallabies have “made up significant ground” on their trans-Tasman rivals this season, despite losing the annual series 3-1.\n"
          "“It’s hard because we’ve come off two losses, two very close losses,” he said.\n"
          "“But we have a really positive focus about this tour and it’s a great opportunity to get a huge amount of development out of this squad.\n"
          "“When I look at this group, I see a lot of potential and the aim is hopefully to start feeling that potentially.”"),
    entities=[("deans", "Robbie Deans", "PERSON", ["Deans"], "Wallabies coach"),
              ("mortlock", "Stirling Mortlock", "PERSON", ["Mortlock"], "Wallabies skipper")],
    mentions=[("m1", "Wallabies coach Deans", "deans"),
              ("m2", "Wallabies coach Robbie Deans", "deans"),
              ("m3", ("Deans", "Deans said"), "deans"),
              ("m4", ("Deans", "Deans maintained"), "deans"),
              ("m5", "Skipper Stirling Mortlock", "mortlock"),
              ("m6", ("he", "he said"), "mortlock")],
    attributions=[("a1", "INDIRECT", "m1", "says", "We lost but rugby gained", None),
                  ("a2", "INDIRECT", "m2", "hailed", "the ground-breaking Hong Kong venture a raging success", None),
                  ("a3", "DIRECT", "m3", ("said", "Deans said"), "It was a great event,", None),
                  ("a4", "DIRECT", "m3", None, seg(T, "It was an experiment", "make that decision."), None),
                  ("a5", "DIRECT", "m4", "maintained", "We looked at our needs post-Tri Nations and I believe we’ve made progress,", None),
                  ("a6", "DIRECT", "m4", None, seg(T, "We were possibly more deserving", "we get home."), None),
                  ("a7", "MIXED", "m5", "believes", "the Wallabies have “made up significant ground” on their trans-Tasman rivals this season", None),
                  ("a8", "DIRECT", "m6", ("said", "he said"), "It’s hard because we’ve come off two losses, two very close losses,", None),
                  ("a9", "DIRECT", "m6", None, seg(T, "But we have a really positive", "feeling that potentially."), None)])

# ---------------------------------------------------------------------------------------
doc("capitalfm-michuki-climate-cost",
    url="https://www.capitalfm.co.ke/news/2010/05/climate-change-a-costly-affair-for-kenya/",
    outlet="Capital FM", country="Kenya", topic="environment", cut=True,
    published="2010-05-18",
    text=(T := "Climate change a costly affair for Kenya\n"
          "NAIROBI, Kenya, May 18 – Environment Minister John Michuki has warned that if no mitigation measures are taken by the year 2030, climate change will cost Kenya over Sh235 billion ($3billion) annually.\n"
          "Mr Michuki said on Tuesday that this was besides the additional indirect costs that would be incurred  if no interventions were immediately taken.\n"
          "“We are at the point of either making or breaking,” Mr Michuki said.\n"
          "Addressing a joint Press Conference with Forestry and Wildlife Minister Noah Wekesa, Mr Michuki said urgent interventions were critical and must be carefully considered.\n"
          "He said the Japanese government had given a grant of Sh274 million ($3.5million) for a two-year African Adaptation Programme for climate change.\n"
          "Mr Michuki said the Ministry had also developed a National Climate Change Response Strategy to strengthen and focus nationwide actions towards climate change adaptation and reduction of Green House gas emission.\n"
          "“The vision for this strategy is for a prosperous and climate change resilient Kenya.  Its mission is to strengthen nationwide focused actions towards adapting to and mitigating against a changing climate,” he said.\n"
          "He said that this would be done through engagement of all partners while taking into account the vulnerability of the natural resources and the society.\n"
          "The Minister said the plan also created awareness on the global climate change negotiations, international agreements, policies and processes as well as identified the positions that Kenya needed to take in order to maximise on the opportunities climate change presented.\n"
          "“It recommends robust adaptation and mitigation measures needed to minimise risks associated with climate change while enhancing understanding of climate change and its impacts on biodiversity conservation and poverty alleviation,” the Minister said."),
    entities=[("michuki", "John Michuki", "PERSON", ["Mr Michuki", "Michuki", "Environment Minister John Michuki", "the Minister"], "Environment Minister")],
    mentions=[("m1", "Environment Minister John Michuki", "michuki"),
              ("m2", ("Mr Michuki", "Mr Michuki said on Tuesday"), "michuki"),
              ("m3", ("Mr Michuki", "Mr Michuki said."), "michuki"),
              ("m4", ("Mr Michuki", "Wekesa, Mr Michuki"), "michuki"),
              ("m5", ("He", "He said the Japanese"), "michuki"),
              ("m6", ("Mr Michuki", "Mr Michuki said the Ministry"), "michuki"),
              ("m7", ("he", "he said."), "michuki"),
              ("m8", ("He", "He said that this"), "michuki"),
              ("m9", ("The Minister", "The Minister said the plan"), "michuki"),
              ("m10", ("the Minister", "the Minister said."), "michuki")],
    attributions=[("a1", "INDIRECT", "m1", "warned", "if no mitigation measures are taken by the year 2030, climate change will cost Kenya over Sh235 billion ($3billion) annually", None),
                  ("a2", "INDIRECT", "m2", ("said", "Mr Michuki said on Tuesday"), "this was besides the additional indirect costs that would be incurred  if no interventions were immediately taken", None),
                  ("a3", "DIRECT", "m3", ("said", "Mr Michuki said."), "We are at the point of either making or breaking,", None),
                  ("a4", "INDIRECT", "m4", ("said", "Wekesa, Mr Michuki said"), "urgent interventions were critical and must be carefully considered", None),
                  ("a5", "INDIRECT", "m5", ("said", "He said the Japanese"), "the Japanese government had given a grant of Sh274 million ($3.5million) for a two-year African Adaptation Programme for climate change", None),
                  ("a6", "INDIRECT", "m6", ("said", "Mr Michuki said the Ministry"), "the Ministry had also developed a National Climate Change Response Strategy to strengthen and focus nationwide actions towards climate change adaptation and reduction of Green House gas emission", None),
                  ("a7", "DIRECT", "m7", ("said", "he said."), seg(T, "The vision for this strategy", "a changing climate,"), None),
                  ("a8", "INDIRECT", "m8", ("said", "He said that this"), "this would be done through engagement of all partners while taking into account the vulnerability of the natural resources and the society", None),
                  ("a9", "INDIRECT", "m9", ("said", "The Minister said the plan"), seg(T, "the plan also created awareness", "climate change presented"), None),
                  ("a10", "DIRECT", "m10", ("said", "the Minister said."), seg(T, "It recommends robust", "poverty alleviation,"), None)])

# ---------------------------------------------------------------------------------------
doc("asianet-kerala-fever-cases",
    url="https://newsable.asianetnews.com/india/kerala-likely-to-witness-surge-in-fever-cases-health-minister-veena-george-urges-public-to-remain-cautious-anr-rwlbf2",
    outlet="Asianet Newsable", country="India", topic="health-science", cut=True,
    published="2023-06-21",
    text=(T := "Kerala likely to witness surge in fever cases; Health Minister urges public to remain cautious\n"
          "Kerala is likely to witness a surge in fever cases in the coming days informed Health Minister Veena George. Malappuram district reported the most number of fever patients. Health Minister has urged the public to take extreme caution.\n"
          "Thiruvananthapuram: The state is anticipated to see an increase in cases of the flu, dengue fever, and rat fever, therefore Health Minister Veena George advised the people to proceed with extreme caution. The minister announced that areas with dengue fever cases will undergo special inspection. Malappuram district reported the most number of fever patients. On Tuesday, more than 2000 people in the area sought treatment for fever. 16 of them are showing signs of dengue fever. A new fever clinic at Manjeri Medical College opened its doors last day.\n"
          "There are 64 dengue cases in Ernakulam out of the 130 cases registered on Tuesday in Kerala.\n"
          "\"A monitoring cell would shortly be in service for ongoing situational analysis. The outbreak of leptospirosis (rat fever) and dengue fever has been documented in various areas, including Thiruvananthapuram and Ernakulam,\" she said.\n"
          "The Minister was addressing to media following a meeting of health department representatives to assess the status and readiness.\n"
          "The minister noted that the department has been trying to reduce the deaths related to fever cases. Veena George mentioned that the department has been working to cut down on incidences of fever-related mortality.\n"
          "\"District-level health facilities and systems would be reinforced to deliver prompt and efficient treatment to the afflicted population. The majority of cases would be handled at the district-level facilities themselves in order to guarantee the efficient operation of the medical colleges and prevent overcrowding there,\" she said."),
    entities=[("george", "Veena George", "PERSON", ["Health Minister Veena George", "Health Minister", "the minister"], "Kerala Health Minister")],
    mentions=[("m1", ("Health Minister", "; Health Minister urges"), "george"),
              ("m2", ("Health Minister Veena George", "informed Health"), "george"),
              ("m3", ("Health Minister", "Health Minister has urged"), "george"),
              ("m4", ("Health Minister Veena George", "therefore Health"), "george"),
              ("m5", ("The minister", "The minister announced"), "george"),
              ("m6", ("she", "Ernakulam,\" she said"), "george"),
              ("m7", "The Minister", "george"),
              ("m8", ("The minister", "The minister noted"), "george"),
              ("m9", ("Veena George", "Veena George mentioned"), "george"),
              ("m10", ("she", "there,\" she said"), "george")],
    attributions=[("a1", "INDIRECT", "m1", "urges", "public to remain cautious", None),
                  ("a2", "INDIRECT", "m2", "informed", "Kerala is likely to witness a surge in fever cases in the coming days", None),
                  ("a3", "INDIRECT", "m3", "urged", "the public to take extreme caution", None),
                  ("a4", "INDIRECT", None, "anticipated", "to see an increase in cases of the flu, dengue fever, and rat fever", None),
                  ("a5", "INDIRECT", "m4", "advised", "the people to proceed with extreme caution", None),
                  ("a6", "INDIRECT", "m5", "announced", "areas with dengue fever cases will undergo special inspection", None),
                  ("a7", "DIRECT", "m6", ("said", "Ernakulam,\" she said"), seg(T, "A monitoring cell", "and Ernakulam,"), None),
                  ("a8", "INDIRECT", "m8", "noted", "the department has been trying to reduce the deaths related to fever cases", None),
                  ("a9", "INDIRECT", "m9", "mentioned", "the department has been working to cut down on incidences of fever-related mortality", None),
                  ("a10", "DIRECT", "m10", ("said", "there,\" she said"), seg(T, "District-level health", "overcrowding there,"), None)])

write("train_e.jsonl")
