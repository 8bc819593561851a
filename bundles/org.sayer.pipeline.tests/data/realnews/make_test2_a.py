#!/usr/bin/env python3
"""Writes test2_a.jsonl: real-news gold, split test2-a (see gold.py). Run: python3 make_test2_a.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
doc("bulawayo24-zimbabwe-parliament-row",
    url="https://bulawayo24.com/news/local/224549",
    outlet="Bulawayo24", country="Zimbabwe", topic="politics", cut=True,
    published="2022-10-19",
    text=(T := "Row erupts in Zimbabwe parliament\n"
          "A ROW erupted in Parliament Wednesday after Justice minister and leader of government business Ziyambi Ziyambi accused opposition members of causing \"unnecessary tensions in the house\" by bringing up \"petty political issues\".\n"
          "According to the minister, reports of political violence around the country were exaggerated by the opposition Citizens Coalition for Change (CCC) party.\n"
          "Ziyambi's comments came after CCC legislator for Glen Norah, Wellington Chikombo, complained about the upsurge in political violence during elections countrywide.\n"
          "Recent clashes in Matobo left several women injured.\n"
          "CCC MPs told Speaker Jacob Mudenda that Member of Parliament Jasmine Tofa was tortured during the clashes and is currently admitted in hospital.\n"
          "Ziyambi however, dismissed the opposition MPs' allegations.\n"
          "\"There is a tendency among some Honourable Members of the opposition movement to speak more than the bereaved,\" he said.\n"
          "\"They try as much as possible to unnecessarily smuggle in the Gukurahundi issue here in Parliament. As government, we have zero tolerance to violence. It is unfair to politicise certain events to cause alarm and despondency.\n"
          "\"These MPs do not know how much the Second Republic President Emmerson Mnangagwa is working to make sure the Gukurahundi and other violent incidents of the past are resolved. It is sad that these members are excitable.\"\n"
          "This angered the opposition legislators who urged the Speaker Mudenda to bring Ziyambi to order over his \"derogatory comments\".\n"
          "\"Ziyambi must be brought to order. I have seen the pictures of Hon. Tofa and other women who were tortured,\" said Norton independent MP Mliswa."),
    entities=[("ziyambi", "Ziyambi Ziyambi", "PERSON", ["Ziyambi", "the minister"],
               "Justice minister and leader of government business"),
              ("chikombo", "Wellington Chikombo", "PERSON", [], "CCC legislator for Glen Norah"),
              ("mps", "CCC MPs", "GROUP", ["the opposition legislators", "These MPs", "opposition members",
                                         "some Honourable Members of the opposition movement", "these members"],
               "opposition members of parliament"),
              ("mliswa", "Mliswa", "PERSON", [], "Norton independent MP")],
    mentions=[("m1", "Justice minister and leader of government business Ziyambi Ziyambi", "ziyambi"),
              ("m2", ("opposition members", "accused opposition"), "mps"),
              ("m3", ("the minister", "According to the minister"), "ziyambi"),
              ("m4", "CCC legislator for Glen Norah, Wellington Chikombo", "chikombo"),
              ("m5", "CCC MPs", "mps"),
              ("m6", ("Ziyambi", "Ziyambi however"), "ziyambi"),
              ("m7", "some Honourable Members of the opposition movement", "mps"),
              ("m8", ("he", "he said"), "ziyambi"),
              ("m9", "These MPs", "mps"),
              ("m10", "these members", "mps"),
              ("m11", "the opposition legislators", "mps"),
              ("m12", ("Ziyambi", "bring Ziyambi"), "ziyambi"),
              ("m13", ("Ziyambi", "\"Ziyambi must"), "ziyambi"),
              ("m14", "Norton independent MP Mliswa", "mliswa")],
    attributions=[("a1", "MIXED", "m1", "accused", "opposition members of causing \"unnecessary tensions in the house\" by bringing up \"petty political issues\"", None),
                  ("a2", "INDIRECT", "m3", "According to", "reports of political violence around the country were exaggerated by the opposition Citizens Coalition for Change (CCC) party", None),
                  ("a3", "INDIRECT", None, ("reports", "reports of political"), "political violence around the country", "a2"),
                  ("a4", "INDIRECT", "m4", "complained", "the upsurge in political violence during elections countrywide", None),
                  ("a5", "INDIRECT", "m5", ("told", "CCC MPs told"), "Member of Parliament Jasmine Tofa was tortured during the clashes and is currently admitted in hospital", None),
                  ("a6", "INDIRECT", "m6", "dismissed", "the opposition MPs' allegations", None),
                  ("a7", "DIRECT", "m8", ("said", "he said"), "There is a tendency among some Honourable Members of the opposition movement to speak more than the bereaved,", None),
                  ("a8", "DIRECT", "m8", None, seg(T, "They try as much", "are excitable."), None),
                  ("a9", "INDIRECT", "m9", ("know", "do not know"), "how much the Second Republic President Emmerson Mnangagwa is working to make sure the Gukurahundi and other violent incidents of the past are resolved", "a8"),
                  ("a10", "MIXED", "m11", "urged", "the Speaker Mudenda to bring Ziyambi to order over his \"derogatory comments\"", None),
                  ("a11", "DIRECT", "m14", ("said", "said Norton"), "Ziyambi must be brought to order. I have seen the pictures of Hon. Tofa and other women who were tortured,", None)])

# ---------------------------------------------------------------------------------------
doc("monitor-kadaga-media-gag",
    url="https://www.monitor.co.ug/News/National/Kadaga-legislators---plan--media-Uganda/688334-3382888-mvb7gc/index.html",
    outlet="Daily Monitor", country="Uganda", topic="politics", cut=True,
    text=(T := "Kadaga, legislators moot plan to gag media\n"
          "MPs who reacted to the Speaker’s communication, agreed that the media at Parliament is bad.\n"
          "The Uganda Parliamentary Press Association yesterday condemned Parliament’s move to gag the media\n"
          "PARLIAMENT- Speaker of Parliament Rebecca Kadaga yesterday ordered Parliament’s Committee on Rules and Privilege to investigate journalists who write what she considers negative stories against the institution.\n"
          "Giving the order, the Speaker said the investigation should be with the aim “of charging the reporters with contempt of Parliament.”\n"
          "The Speaker’s order came after a close to two-hour debate on what the MPs termed as negative press carefully crafted to tarnish the image of the House.\n"
          "In her communication yesterday, Ms Kadaga complained about stories that appeared in the media, in particular the Daily Monitor story about Parliament budgeting to spend Shs68m as burial costs for an MP who dies.\n"
          "She said although the story is correct, it portrayed Parliament in bad light. Another Monitor story is one about how MPs will be getting vehicles worth Shs200m and one Observer story that said 78 MPs travelled to the US to attend the UNAA convention.\n"
          "“Members of Parliament are members of government. It is not coming because it is Kadaga but it’s been the practice. They are entitled to an official burial,” the Speaker said.\n"
          "“It is a pattern and a campaign of malice against us,” she added."),
    entities=[("kadaga-mps", "Kadaga, legislators", "GROUP", [], "the Speaker and MPs"),
              ("mps", "MPs", "GROUP", ["the MPs"], "members of parliament"),
              ("uppa", "The Uganda Parliamentary Press Association", "ORGANIZATION", [], None),
              ("kadaga", "Rebecca Kadaga", "PERSON", ["Kadaga", "Ms Kadaga", "the Speaker"], "Speaker of Parliament"),
              ("observer", "Observer", "ORGANIZATION", ["The Observer"], "newspaper")],
    mentions=[("m1", "Kadaga, legislators", "kadaga-mps"),
              ("m2", ("MPs", "\nMPs who"), "mps"),
              ("m3", "The Uganda Parliamentary Press Association", "uppa"),
              ("m4", "Speaker of Parliament Rebecca Kadaga", "kadaga"),
              ("m5", ("the Speaker", "the Speaker said the"), "kadaga"),
              ("m6", "the MPs", "mps"),
              ("m7", "Ms Kadaga", "kadaga"),
              ("m8", ("She", "She said"), "kadaga"),
              ("m9", "one Observer story", "observer"),
              ("m10", ("Kadaga", "it is Kadaga"), "kadaga"),
              ("m11", ("the Speaker", "the Speaker said."), "kadaga"),
              ("m12", ("she", "she added"), "kadaga")],
    attributions=[("a1", "INDIRECT", "m1", "moot", "plan to gag media", None),
                  ("a2", "INDIRECT", "m2", "agreed", "the media at Parliament is bad", None),
                  ("a3", "INDIRECT", "m3", "condemned", "Parliament’s move to gag the media", None),
                  ("a4", "MIXED", "m5", ("said", "Speaker said the"), "the investigation should be with the aim “of charging the reporters with contempt of Parliament.”", None),
                  ("a5", "INDIRECT", "m6", "termed", "negative press carefully crafted to tarnish the image of the House", None),
                  ("a6", "INDIRECT", "m7", "complained", "stories that appeared in the media, in particular the Daily Monitor story about Parliament budgeting to spend Shs68m as burial costs for an MP who dies", None),
                  ("a7", "INDIRECT", "m8", ("said", "She said"), "although the story is correct, it portrayed Parliament in bad light", None),
                  ("a8", "INDIRECT", "m9", ("said", "story that said"), "78 MPs travelled to the US to attend the UNAA convention", None),
                  ("a9", "DIRECT", "m11", ("said", "the Speaker said."), seg(T, "Members of Parliament are members", "official burial,"), None),
                  ("a10", "DIRECT", "m12", "added", "It is a pattern and a campaign of malice against us,", None)])

# ---------------------------------------------------------------------------------------
doc("ctvnews-guelph-strong-mayor",
    url="https://kitchener.ctvnews.ca/guelph-residents-speak-out-against-strong-mayor-powers-at-council-meeting-1.6459043",
    outlet="CTV News Kitchener", country="Canada", topic="local", cut=False,
    text=(T := "Guelph residents speak out against strong mayor powers at council meeting\n"
          "A long list of people were speaking out in the Royal City during a Tuesday night council meeting.\n"
          "Delegates lined up to raise their concerns for the strong mayor powers announced by the provincial government.\n"
          "\"Please put everything into effect that you can to protect the democracy of this chamber,\" one delegate said.\n"
          "The mayor of Guelph is one of 26 municipal leaders who will be granted the powers as of July 1.\n"
          "The legislation gives mayors the ability to veto bylaws that conflict with provincial priorities, like building more houses.\n"
          "\"Sadly, some of the more toxic and undemocratic aspects of the strong mayors act still exist,\" another delegate said. \"For example, housing bylaws passing with a minority vote.\"\n"
          "Many of the delegates asked that notice be given to the public if and when the power is going to be used.\n"
          "Strong mayor powers for Toronto and Ottawa took effect back in fall of last year.\n"
          "Ottawa set up a website for the public to find out more information. Guelph plans to do the same.\n"
          "Staff say any decision and directives that are issued by the mayor will be made in writing and posted online.\n"
          "Ward 5 Councillor Leanne Caron noted that they had still not seen the legislation for the strong mayor powers coming into effect.\n"
          "\"We anticipate seeing them hopefully later this week,\" a staff member said in reply to Coun. Caron. \"We know what was publicly announced, so we expect this to look much like it looked in Ottawa, but that's not to say that there won't be some things in the regulation that don't surprise us.\n"
          "\"Be patient with us as we wait to see them and better understand them.\"\n"
          "Council also voted on how long delegations can speak during planning matters, which will be maintained at 10 minutes."),
    entities=[("delegates", "Delegates", "GROUP", ["Guelph residents", "A long list of people"], "residents speaking at the council meeting"),
              ("delegate1", "one delegate", "PERSON", [], "delegate"),
              ("delegate2", "another delegate", "PERSON", [], "delegate"),
              ("many", "Many of the delegates", "GROUP", [], "delegates"),
              ("staff", "Staff", "GROUP", [], "city staff"),
              ("caron", "Leanne Caron", "PERSON", ["Caron", "Coun. Caron"], "Ward 5 Councillor"),
              ("member", "a staff member", "PERSON", [], "city staff member")],
    mentions=[("m1", "Guelph residents", "delegates"),
              ("m2", "A long list of people", "delegates"),
              ("m3", "Delegates", "delegates"),
              ("m4", "one delegate", "delegate1"),
              ("m5", "another delegate", "delegate2"),
              ("m6", "Many of the delegates", "many"),
              ("m7", "Staff", "staff"),
              ("m8", "Ward 5 Councillor Leanne Caron", "caron"),
              ("m9", "a staff member", "member"),
              ("m10", "Coun. Caron", "caron")],
    attributions=[("a1", "INDIRECT", "m1", "speak out", ("strong mayor powers", "against strong"), None),
                  ("a2", "INDIRECT", "m3", "raise their concerns", "the strong mayor powers announced by the provincial government", None),
                  ("a3", "DIRECT", "m4", ("said", "one delegate said"), "Please put everything into effect that you can to protect the democracy of this chamber,", None),
                  ("a4", "DIRECT", "m5", ("said", "another delegate said"), "Sadly, some of the more toxic and undemocratic aspects of the strong mayors act still exist,", None),
                  ("a5", "DIRECT", "m5", None, "For example, housing bylaws passing with a minority vote.", None),
                  ("a6", "INDIRECT", "m6", "asked", "notice be given to the public if and when the power is going to be used", None),
                  ("a7", "INDIRECT", "m7", ("say", "Staff say"), "any decision and directives that are issued by the mayor will be made in writing and posted online", None),
                  ("a8", "INDIRECT", "m8", "noted", "they had still not seen the legislation for the strong mayor powers coming into effect", None),
                  ("a9", "DIRECT", "m9", ("said", "member said"), "We anticipate seeing them hopefully later this week,", None),
                  ("a10", "DIRECT", "m9", None, seg(T, "We know what was", "better understand them."), None)])

# ---------------------------------------------------------------------------------------
doc("maltatoday-gozo-overdevelopment-protest",
    url="https://www.maltatoday.com.mt/news/national/109648/residents_protest_the_overdevelopment_of_gozo_",
    outlet="MaltaToday", country="Malta", topic="local", cut=False,
    text=(T := "Residents protest the overdevelopment of Gozo\n"
          "Protest organisers want to empower Gozitans to stand up for their rights to a decent quality of life and environment\n"
          "A small group of people organised a sit-down protest in Victoria, Gozo, on Sunday, to raise awareness on overdevelopment in the island.\n"
          "The ‘Save Gozo’ protest was organised by Gozitan citizens with the support of Flimkien għal Ambjent Ahjar (FAA).\n"
          "In a statement, the organisers said the protest was held to “empower Gozitans to stand up for their rights to a decent quality of life and environment, both of which are being rapidly eroded by rampant over-development of the island’s beautiful landscapes and villages.”\n"
          "“Gozitans are alarmed by what can only be seen as an unremitting pro-development stance taken by the Planning and Environment authorities when they should be fulfilling their roles of protecting heritage and the environment whilst keeping ODZ lands safe.”\n"
          "They said Gozitan citizens need development to be sustainable and respectful whilst preserving the unique cultural and natural heritage of the tiny island. “Gozo needs to be protected for future generations and not treated simply as a cash cow for developers.\"\n"
          "FAA said Malta has already been ruined by the “uglification” that the authorities have promoted through damaging policies which they refuse to rescind, with the damage now spreading to Gozo.\n"
          "“Its impacts of toxic pollution, wholesale destruction of heritage buildings and landscapes and erosion of quality of life need to stop this now!\" they said."),
    entities=[("protesters", "Protest organisers", "GROUP",
               ["Residents", "the organisers", "A small group of people", "Gozitan citizens"],
               "Gozitan residents who organised the protest"),
              ("faa", "Flimkien għal Ambjent Ahjar", "ORGANIZATION", ["FAA"], "environmental NGO")],
    mentions=[("m1", "Residents", "protesters"),
              ("m2", "Protest organisers", "protesters"),
              ("m3", "A small group of people", "protesters"),
              ("m4", ("Gozitan citizens", "organised by Gozitan"), "protesters"),
              ("m5", "Flimkien għal Ambjent Ahjar", "faa"),
              ("m6", "the organisers", "protesters"),
              ("m7", ("They", "They said"), "protesters"),
              ("m8", ("FAA", "FAA said"), "faa"),
              ("m9", ("they", "they said"), "faa")],
    attributions=[("a1", "INDIRECT", "m1", ("protest", "Residents protest"), "the overdevelopment of Gozo", None),
                  ("a2", "MIXED", "m6", ("said", "organisers said"), seg(T, "the protest was held", "villages.”"), None),
                  ("a3", "DIRECT", "m6", None, seg(T, "Gozitans are alarmed", "ODZ lands safe."), None),
                  ("a4", "INDIRECT", "m7", ("said", "They said"), "Gozitan citizens need development to be sustainable and respectful whilst preserving the unique cultural and natural heritage of the tiny island", None),
                  ("a5", "DIRECT", "m7", None, "Gozo needs to be protected for future generations and not treated simply as a cash cow for developers.", None),
                  ("a6", "MIXED", "m8", ("said", "FAA said"), "Malta has already been ruined by the “uglification” that the authorities have promoted through damaging policies which they refuse to rescind, with the damage now spreading to Gozo", None),
                  ("a7", "DIRECT", "m9", ("said", "they said"), seg(T, "Its impacts of toxic", "stop this now!"), None)])

# ---------------------------------------------------------------------------------------
doc("jamaicaobserver-arcadia-cop-murder-trial",
    url="https://www.jamaicaobserver.com/2026/02/06/cop-begins-testimony-colleagues-murder-trial",
    outlet="Jamaica Observer", country="Jamaica", topic="courts-crime", cut=True,
    published="2026-02-06",
    text=(T := "Cop begins testimony in colleagues’ murder trial\n"
          "The second witness in the murder trial of six policemen took the stand on Thursday, detailing what he recalled about his visit to the scene of the January 2013 incident.\n"
          "On trial for murder are Sergeant Simroy Mott, Corporal Donovan Fullerton, and constables Andrew Smith, Sheldon Richards, Orandy Rose, and Richard Lynch. Corporal Fullerton is also charged with making a false statement to the Independent Commission of Investigations (Indecom) in relation to the January 12, 2013 shooting death of three men on Arcadia Drive in St Andrew.\n"
          "The deceased are Matthew Lee, Mark Allen, and Ucliffe Dyer.\n"
          "According to the witness, who was a detective constable on the day in question, he was at Constant Spring Police Station where he was doing office duty and supervision.\n"
          "He said while at the police station he heard something being transmitted over a police radio which caused him to leave the police station in a marked service vehicle and drive to Arcadia Drive in Barbican, St Andrew.\n"
          "“When I arrived I saw Sergeant Mott and Corporal Fullerton. I can’t recall who else was there. There were other personnel who I wasn’t able to identify, as well as personnel from the Independent Commission of Investigations.\n"
          "“The area was cordoned off and I saw a blue Mitsubishi Outlander which was parked along Arcadia Drive near the intersection with Evans Avenue. I observed that three of the doors to the vehicle were opened — the left rear passenger door, left passenger door, and the driver’s door to the right. I also observed five 5mm spent casings and 9mm spent casings on the roadway near the Outlander and in a yard close by,” he said.\n"
          "The policeman told the seven-member jury that he walked to a section of the yard and made certain observations. He said he also made observations of the vehicle at the scene."),
    entities=[("witness", "the witness", "PERSON",
               ["The second witness in the murder trial of six policemen", "The policeman"],
               "second prosecution witness, a detective constable at the time")],
    mentions=[("m1", "The second witness in the murder trial of six policemen", "witness"),
              ("m2", ("the witness", "According to the witness"), "witness"),
              ("m3", ("He", "He said while"), "witness"),
              ("m4", ("he", "he said."), "witness"),
              ("m5", "The policeman", "witness"),
              ("m6", ("He", "He said he also"), "witness")],
    attributions=[("a1", "INDIRECT", "m1", "detailing", "what he recalled about his visit to the scene of the January 2013 incident", None),
                  ("a2", "INDIRECT", "m2", "According to", "he was at Constant Spring Police Station where he was doing office duty and supervision", None),
                  ("a3", "INDIRECT", "m3", ("said", "He said while"), seg(T, "while at the police station", "Barbican, St Andrew"), None),
                  ("a4", "DIRECT", "m4", ("said", "he said."), seg(T, "When I arrived", "in a yard close by,"), None),
                  ("a5", "INDIRECT", "m5", "told", "he walked to a section of the yard and made certain observations", None),
                  ("a6", "INDIRECT", "m6", ("said", "He said he also"), "he also made observations of the vehicle at the scene", None)])

# ---------------------------------------------------------------------------------------
doc("clyde1-caroline-glachan-trial",
    url="https://hellorayo.co.uk/clyde/local/news/man-confessed-to-murdering-caroline-glachan-to-two-relatives-court-told",
    outlet="Clyde 1", country="UK", topic="courts-crime", cut=True,
    text=(T := "Man confessed to murdering Caroline Glachan to two relatives, court told\n"
          "Three people are standing trial at the High Court in Glasgow for the murder of the schoolgirl in 1996\n"
          "A heroin addict confessed to murdering Caroline Glachan to two relatives while his ex told police she witnessed it, a court has heard.\n"
          "Three separate witnesses named George Graham - who is dead - as being responsible for the 14-year-old's death in 1996.\n"
          "Donna Marie Brand, 44, Robert O'Brien, 45, and Andrew Kelly, 44, are on trial at the High Court in Glasgow and deny murdering the schoolgirl on August 25 1996 in West Dunbartonshire.\n"
          "Her body was found in the River Leven on that date.\n"
          "One of the witnesses was Mr Graham's girlfriend at the time, who said in a statement that she witnessed the alleged murder.\n"
          "Jean McIntyre, who is dead, gave a statement in 2002 saying she stayed quiet for six years because she was \"feart\".\n"
          "She said she was at a party at Caroline's mother's house to collect her teenage son and had arranged to meet Mr Graham, who she referred to as Geordie, later and followed him as he walked behind Caroline, who was \"going to meet her new man\".\n"
          "The statement given to police said: \"We made arrangements for Geordie to come back to my house.\n"
          "\"Caroline told me she was meeting her new man at Bonhill Bridge. I can't remember what she was wearing.\n"
          "\"I said to Geordie 'you go first because I don't want my wean to see me', it was the early hours of the morning.\"\n"
          "She added: \"I saw Geordie as I was walking down, so was, surprisingly, Caroline.\n"
          "\"Geordie was wearing a hooded top. I never shouted at Geordie because I didn't want Caroline to know I was going with Geordie.\n"
          "\"Geordie was at this stage very close to her, he then grabbed her from behind.\"\n"
          "She described him picking up an implement and said: \"He then hit her on the back of the head, it was more than once.\n"
          "\"Caroline didn't even scream, she never had a chance. He then put her head in the water, her arms were moving.\""),
    entities=[("graham", "George Graham", "PERSON", ["Mr Graham", "Geordie", "Man", "A heroin addict"], "alleged killer, now dead"),
              ("mcintyre", "Jean McIntyre", "PERSON", ["his ex", "One of the witnesses"], "George Graham's girlfriend at the time, now dead"),
              ("caroline", "Caroline Glachan", "PERSON", ["Caroline", "the schoolgirl"], "murdered 14-year-old"),
              ("witnesses", "Three separate witnesses", "GROUP", [], None),
              ("accused", "Donna Marie Brand, Robert O'Brien and Andrew Kelly", "GROUP",
               ["Donna Marie Brand, 44, Robert O'Brien, 45, and Andrew Kelly, 44"], "the three accused"),
              ("statement", "The statement given to police", "ORGANIZATION", [], "Jean McIntyre's 2002 police statement")],
    mentions=[("m1", "Man", "graham"),
              ("m2", ("Caroline Glachan", "murdering Caroline Glachan to two relatives, court"), "caroline"),
              ("m3", ("the schoolgirl", "murder of the schoolgirl"), "caroline"),
              ("m4", "A heroin addict", "graham"),
              ("m5", ("Caroline Glachan", "addict confessed"), "caroline"),
              ("m6", "his ex", "mcintyre"),
              ("m7", "Three separate witnesses", "witnesses"),
              ("m8", "George Graham", "graham"),
              ("m9", "Donna Marie Brand, 44, Robert O'Brien, 45, and Andrew Kelly, 44", "accused"),
              ("m10", ("the schoolgirl", "murdering the schoolgirl"), "caroline"),
              ("m11", "One of the witnesses", "mcintyre"),
              ("m12", "Mr Graham's girlfriend at the time", "mcintyre"),
              ("m13", "Jean McIntyre", "mcintyre"),
              ("m14", ("She", "She said she was"), "mcintyre"),
              ("m15", ("Mr Graham", "meet Mr Graham"), "graham"),
              ("m16", ("Caroline", "behind Caroline"), "caroline"),
              ("m17", "The statement given to police", "statement"),
              ("m18", ("Geordie", "for Geordie to come"), "graham"),
              ("m19", ("Caroline", "Caroline told me"), "caroline"),
              ("m20", ("I", "I said to Geordie"), "mcintyre"),
              ("m21", ("Geordie", "said to Geordie"), "graham"),
              ("m22", ("She", "She added"), "mcintyre"),
              ("m23", ("Geordie", "I saw Geordie"), "graham"),
              ("m24", ("Caroline", "surprisingly, Caroline"), "caroline"),
              ("m25", ("Geordie", "Geordie was wearing"), "graham"),
              ("m26", ("Geordie", "shouted at Geordie"), "graham"),
              ("m27", ("Caroline", "want Caroline"), "caroline"),
              ("m28", ("Geordie", "going with Geordie"), "graham"),
              ("m29", ("Geordie", "Geordie was at this stage"), "graham"),
              ("m30", ("She", "She described"), "mcintyre"),
              ("m31", ("Caroline", "Caroline didn't"), "caroline")],
    attributions=[("a1", "INDIRECT", None, ("told", "court told"), "Man confessed to murdering Caroline Glachan to two relatives", None),
                  ("a2", "INDIRECT", "m1", ("confessed", "Man confessed"), ("murdering Caroline Glachan", "Man confessed"), "a1"),
                  ("a3", "INDIRECT", None, "heard", seg(T, "A heroin addict", "she witnessed it"), None),
                  ("a4", "INDIRECT", "m4", ("confessed", "addict confessed"), ("murdering Caroline Glachan", "addict confessed"), "a3"),
                  ("a5", "INDIRECT", "m6", ("told", "his ex told"), "she witnessed it", "a3"),
                  ("a6", "INDIRECT", "m7", "named", seg(T, "George Graham - who", "death in 1996"), None),
                  ("a7", "INDIRECT", "m9", "deny", "murdering the schoolgirl on August 25 1996 in West Dunbartonshire", None),
                  ("a8", "INDIRECT", "m12", ("said", "who said in a statement"), "she witnessed the alleged murder", None),
                  ("a9", "MIXED", "m13", "saying", "she stayed quiet for six years because she was \"feart\"", None),
                  ("a10", "MIXED", "m14", ("said", "She said she was"), seg(T, "she was at a party", "her new man\""), None),
                  ("a11", "DIRECT", "m17", ("said", "police said"), seg(T, "We made arrangements", "hours of the morning."), None),
                  ("a12", "INDIRECT", "m19", ("told", "Caroline told"), "she was meeting her new man at Bonhill Bridge", "a11"),
                  ("a13", "DIRECT", "m20", ("said", "I said to Geordie"), "you go first because I don't want my wean to see me", "a11"),
                  ("a14", "DIRECT", "m22", "added", seg(T, "I saw Geordie", "grabbed her from behind."), None),
                  ("a15", "INDIRECT", "m30", "described", "him picking up an implement", None),
                  ("a16", "DIRECT", "m30", ("said", "implement and said"), seg(T, "He then hit her", "arms were moving."), None)])

write("test2_a.jsonl")
