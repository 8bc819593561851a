#!/usr/bin/env python3
"""Writes test23_b.jsonl: real-news gold, split test23-b (see gold.py). Run: python3 make_test23_b.py"""
from gold import doc, seg, write

# primenewsghana.com was claimed for test23 but left unused: its story prints a quotation with a
# space before the closing mark ("... at all ”."), which no DIRECT span can cover under gold.py.


# ---------------------------------------------------------------------------------------
# i24NEWS (Israel). Removed: the "Quantcast i24NEWS - ..." page title (the headline is kept once),
# the photo caption with its credit "Jack Guez (AFP)". The line under the caption is the standfirst
# and is kept. The page gives no date. Cut at the last whole paragraph before the stored copy breaks
# off ("Since October 2015, 36 Israelis, two Americans, a Jo").
# Notes:
# - "according to reports": a document with no author named is its own entity, as FORMAT.md's
#   "according to a new report" (Documents); here a GROUP, as "earlier surveys".
# - "led police to believe the incident may have been ...": a belief with a named subject
#   (FORMAT.md, Included although borderline), as is "police suspected that ...".
# - "where the suspect is said to live": an agentless report with a raised subject; content "to
#   live", null source, as FORMAT.md's "was expected to post a loss" → "to post a loss".
# - "A lawyer ..., Rafat Asadi, described the suspect as “...” ..., the Ynet news agency reported":
#   Ynet is the reporting subject and so the source (FORMAT.md, Media: "the Courier reported, citing
#   ..."); Asadi's "described X as Y" is nested in it with "X as Y" as content. Both contents keep
#   the closing mark after "law," (MIXED keeps inner marks at its ends).
# - "He called on the suspect to turn himself in, describing suffering of ...": two claims of Asadi
#   (the "X said A, warning that B" pattern); "called on X to Y" keeps the addressee. The sentence
#   has no cue of Ynet's, so it is not nested.
# - "Police imposed a gag order", "police raiding an abandoned home": actions, not claims.
doc("i24news-haifa-shootings-suspect-turned-himself-in",
    url="https://www.i24news.tv/en/news/israel/134400-170105-suspect-in-deadly-haifa-shootings-turned-himself-in-police-say",
    outlet="i24NEWS", country="Israel", topic="courts-crime", cut=True,
    text=(T := "Suspect in deadly Haifa shootings turned himself in, police say\n"
          "Police are still working to establish a motive in the case\n"
          "The suspect in two shootings in northern coastal city of Haifa that killed one and injured another turned himself into the authorities Thursday, police have said, to the relief of local residents.\n"
          "Initially police suspected that Tuesday's shootings may have been gang-related, but subsequent investigation has increasingly led police to believe the incident may have been nationalistically motivated. Police imposed a gag order on the probe on Tuesday with few details, including the gunman's identity, made available to Israeli media.\n"
          "The weapon used in the shootings has also been recovered, according to reports.\n"
          "Police are still working to officially establish a motive in the case.\n"
          "The first shooting on Haifa's Haatzma’ut Road moderately wounded Yehiel Iluz, 48, a senior judge overseeing conversions on a Haifa rabbinic court. The second shooting, which took place some 30 minutes later, resulted in the death of 47-year-old Guy Kafri, a van driver from the city’s Nesher neighborhood.\n"
          "A manhunt was launched on Wednesday for the suspected gunman, with police raiding an abandoned home in Haifa's predominantly Arab neighborhood of Halissa, where the suspect is said to live.\n"
          "A lawyer in the neighborhood, Rafat Asadi, described the suspect as “an honors student” who comes from a “completely normal family, an exemplary family, that has had no run-ins with the law,” the Ynet news agency reported.\n"
          "He called on the suspect to turn himself in, describing suffering of other residents as a result of late-night police raids related to the search."),
    entities=[("police", "police", "ORGANIZATION", ["Police", "Israeli police"], "Israel Police"),
              ("reports", "reports", "GROUP", [], "unattributed reports"),
              ("asadi", "Rafat Asadi", "PERSON", ["Asadi", "A lawyer in the neighborhood, Rafat Asadi"],
               "lawyer in Haifa's Halissa neighbourhood"),
              ("ynet", "the Ynet news agency", "ORGANIZATION", ["Ynet", "Ynet news agency"], "Israeli news site")],
    mentions=[("m1", ("police", "police say"), "police"),
              ("m2", ("Police", "Police are still working to establish"), "police"),
              ("m3", ("police", "police have said"), "police"),
              ("m4", ("police", "police suspected"), "police"),
              ("m5", ("police", "led police to believe"), "police"),
              ("m6", ("Police", "Police imposed"), "police"),
              ("m7", ("reports", "according to reports"), "reports"),
              ("m8", ("Police", "Police are still working to officially"), "police"),
              ("m9", ("police", "police raiding"), "police"),
              ("m10", "A lawyer in the neighborhood, Rafat Asadi", "asadi"),
              ("m11", "the Ynet news agency", "ynet"),
              ("m12", ("He", "He called on"), "asadi")],
    attributions=[("a1", "INDIRECT", "m1", ("say", "police say"), "Suspect in deadly Haifa shootings turned himself in", None),
                  ("a2", "INDIRECT", "m3", ("said", "police have said"),
                   seg(T, "The suspect in two shootings", "the authorities Thursday"), None),
                  ("a3", "INDIRECT", "m4", ("suspected", "police suspected"), "Tuesday's shootings may have been gang-related", None),
                  ("a4", "INDIRECT", "m5", ("believe", "to believe the"), "the incident may have been nationalistically motivated", None),
                  ("a5", "INDIRECT", "m7", ("according to", "according to reports"),
                   "The weapon used in the shootings has also been recovered", None),
                  ("a6", "INDIRECT", None, ("said", "is said to live"), ("to live", "said to live"), None),
                  ("a7", "MIXED", "m11", ("reported", "agency reported"),
                   seg(T, "A lawyer in the neighborhood", "with the law,”"), None),
                  ("a8", "MIXED", "m10", "described",
                   seg(T, "the suspect as “an honors", "with the law,”"), "a7"),
                  ("a9", "INDIRECT", "m12", "called on", "the suspect to turn himself in", None),
                  ("a10", "INDIRECT", "m12", "describing",
                   "suffering of other residents as a result of late-night police raids related to the search", None)])

# ---------------------------------------------------------------------------------------
# BusinessGhana (Ghana), a Ghana News Agency story. The stored page has no headline (its address
# reads "We need potable water - North Taifa residents cry"), so the text starts with the lead; it
# ends where the stored copy ends, with a whole paragraph. The page gives no date.
# Notes:
# - "appealed to the Government to make available ...": closest to FORMAT.md's "called on X to Y",
#   which keeps the addressee; cue "appealed to" (the particle kept, as "called on"), "on Monday"
#   is an adjunct of the appeal.
# - "Some residents told the Ghana News Agency ...": a subset of the residents and so its own entity
#   (FORMAT.md, Coreference); "They said" continues that subset, while "The residents also expressed
#   concern" returns to the residents as a whole. The agency is an addressee, not a source.
# - "expressed concern about X": evaluative reporting with a content, the linking "about" left out
#   (FORMAT.md, "complained about noise" → "noise").
# - "was directed to call the Ghana Water Company Limited (GWCL)": an agentless directive nested in
#   Obese's claim, content "to call ..." (FORMAT.md, "staff were told to stay home").
# - "he was informed by a gentlemen that ...": a report with its own speaker, nested in Obese's
#   "He said ..." (the name as printed, "a gentlemen").
doc("businessghana-north-taifa-residents-water-tankers",
    url="http://businessghana.com/site/news/General/211230/We-need-potable-water-North-Taifa-residents-cry",
    outlet="BusinessGhana", country="Ghana", topic="local", cut=False,
    text=(T := "Residents of North Taifa on Monday appealed to the Government to make available the services of water tankers to provide them with potable water.\n"
          "Some residents told the Ghana News Agency that the community had been hit with water shortage, which had led to the formation of queues for long hours to fetch water from mechanized boreholes.\n"
          "They said they paid between 30 pesewas and 50 pesewas depending on the container size.\n"
          "The residents also expressed concern about mechanized boreholes operators who usually alleviate their plight but with the high dependency rate and the dry season the boreholes were virtually dysfunctional.\n"
          "At Nkate3 Burger area and its surroundings, some residents continue to form long queues with their buckets and gallons while they found shelter around without observing social distancing as they waited for their turn to fetch.\n"
          "Madam Gladys Afari, a resident at Nkate3 Burger, said the search for potable water sometimes resulted in fights among residents as to who should fetch first, with the physically strong bullying their way through.\n"
          "Mr Sampson Obese, another resident, said three days ago, he dialled the National Information Contact Centre number, 311, to put their grievances across but was directed to call the Ghana Water Company Limited (GWCL).\n"
          "He said after calling the GWCL he was informed by a gentlemen that the Company would be going there to supply water once it had picked up his details.\n"
          "He explained that as at Monday morning, the Company had placed a huge water tank at a spot but there was no water for the residents, adding; \"We are still waiting for the tank to be filled.\""),
    entities=[("residents", "Residents of North Taifa", "GROUP", ["The residents", "residents"], "residents of North Taifa, Accra"),
              ("some", "Some residents", "GROUP", [], "residents who spoke to the Ghana News Agency"),
              ("afari", "Gladys Afari", "PERSON", ["Afari", "Madam Gladys Afari", "Madam Gladys Afari, a resident at Nkate3 Burger"],
               "resident at Nkate3 Burger"),
              ("obese", "Sampson Obese", "PERSON", ["Obese", "Mr Sampson Obese", "Mr Sampson Obese, another resident"],
               "resident of North Taifa"),
              ("gentleman", "a gentlemen", "PERSON", ["gentleman"], "the person who answered at the GWCL")],
    mentions=[("m1", "Residents of North Taifa", "residents"),
              ("m2", "Some residents", "some"),
              ("m3", ("They", "They said"), "some"),
              ("m4", ("The residents", "The residents also"), "residents"),
              ("m5", "Madam Gladys Afari, a resident at Nkate3 Burger", "afari"),
              ("m6", "Mr Sampson Obese, another resident", "obese"),
              ("m7", ("He", "He said after"), "obese"),
              ("m8", "a gentlemen", "gentleman"),
              ("m9", ("He", "He explained"), "obese"),
              ("m10", ("the residents", "water for the residents"), "residents")],
    attributions=[("a1", "INDIRECT", "m1", "appealed to",
                   seg(T, "the Government to make available", "with potable water"), None),
                  ("a2", "INDIRECT", "m2", "told",
                   seg(T, "the community had been hit", "from mechanized boreholes"), None),
                  ("a3", "INDIRECT", "m3", ("said", "They said"),
                   "they paid between 30 pesewas and 50 pesewas depending on the container size", None),
                  ("a4", "INDIRECT", "m4", "expressed concern",
                   seg(T, "mechanized boreholes operators", "virtually dysfunctional"), None),
                  ("a5", "INDIRECT", "m5", ("said", "Burger, said"),
                   seg(T, "the search for potable water", "bullying their way through"), None),
                  ("a6", "INDIRECT", "m6", ("said", "resident, said"),
                   seg(T, "three days ago, he dialled", "Limited (GWCL)"), None),
                  ("a7", "INDIRECT", None, "directed", "to call the Ghana Water Company Limited (GWCL)", "a6"),
                  ("a8", "INDIRECT", "m7", ("said", "He said after"),
                   seg(T, "after calling the GWCL", "picked up his details"), None),
                  ("a9", "INDIRECT", "m8", "informed",
                   "the Company would be going there to supply water once it had picked up his details", "a8"),
                  ("a10", "INDIRECT", "m9", "explained",
                   seg(T, "as at Monday morning", "no water for the residents"), None),
                  ("a11", "DIRECT", "m9", "adding", "We are still waiting for the tank to be filled.", None)])

# ---------------------------------------------------------------------------------------
# Hivisasa (Kenya). Removed: the photo caption ("Caption: Katoteni Ranch Chairman Kyalo Nguthu
# addressing the press. ... (Tom Waita/hivisasa.com)"). The stored page has no headline (its address
# reads "Kitui residents to block planned Sh6b solar power plant in court unless consulted"), so the
# text starts with the lead; it ends where the stored copy ends. The page gives no date.
# Notes:
# - "have threatened to obtain a court injunction ...": a threat is a speech act; content "to
#   obtain ..." (the infinitive kept, as "was expected to post a loss" → "to post a loss").
# - "accused X of Y" keeps "X of Y", as the corpus does; "Led by their chairman Kyalo Nguthu" is an
#   adjunct ("their chairman Kyalo Nguthu" is a non-source mention).
# - "He said they were not against ... but vowed to block it in court unless duly consulted": read
#   as "He said ... but [he] vowed ...", two claims of Nguthu (the "said A, warning that B"
#   pattern), not a vow of "they" nested in his report.
# - "The devolved unit committed to provide land ..., according to terms of the agreement": the
#   agreement's terms are a document with no author named in its NP or sentence, so their own
#   entity (FORMAT.md, Documents); the county's commitment (a pledge) is nested in them.
# - "the county government inked an MoU": an action, not a claim.
doc("hivisasa-kitui-residents-solar-plant-court-injunction",
    url="https://hivisasa.com/posts/kitui-residents-to-block-planned-sh6b-solar-power-plant-in-court-unless-consulted",
    outlet="Hivisasa", country="Kenya", topic="environment", cut=False,
    text=(T := "Residents of Katoteni ranch in Kitui Rural Constituency have threatened to obtain a court injunction to stop construction of a 40 megawatt solar power plant on the 30,200-acre land by Kitui County Government in conjunction with a Japanese firm, Looop Inc.\n"
          "Led by their chairman Kyalo Nguthu, the locals accused the county administration alongside Governor Julius Malombe of failing to consult them or their leaders prior to signing of a deal to set up the renewable energy project.\n"
          "“As inhabitants of the proposed project site, it is our constitutional right to be engaged in planning and implementation of any project whether mega or small on this area,” Mr Nguthu told the press on Tuesday.\n"
          "He said they were not against the planned construction of the electricity-generating plant but vowed to block it in court unless duly consulted.\n"
          "In December last year, the county government inked an MoU (Memorandum of Understanding) MOU with the Tokyo-based solar power generation company to build the solar plant at a cost of Sh6 billion by 2021.\n"
          "The devolved unit committed to provide land on which the solar power station would be built, according to terms of the agreement.\n"
          "During his visit to Kitui in January, Looop's CEO Soichiro Nakamura said actual installation of the solar power generation facilities would kick off in 2019."),
    entities=[("residents", "Residents of Katoteni ranch", "GROUP",
               ["Residents of Katoteni ranch in Kitui Rural Constituency", "the locals"], "residents of Katoteni ranch, Kitui"),
              ("county", "Kitui County Government", "ORGANIZATION",
               ["the county government", "the county administration", "The devolved unit"], "county government of Kitui"),
              ("nguthu", "Kyalo Nguthu", "PERSON", ["Nguthu", "Mr Nguthu", "their chairman Kyalo Nguthu"],
               "chairman of Katoteni Ranch"),
              ("agreement", "terms of the agreement", "ORGANIZATION", ["the agreement"],
               "the county's agreement with Looop Inc."),
              ("nakamura", "Soichiro Nakamura", "PERSON", ["Nakamura", "Looop's CEO Soichiro Nakamura"], "CEO of Looop Inc.")],
    mentions=[("m1", "Residents of Katoteni ranch in Kitui Rural Constituency", "residents"),
              ("m2", "Kitui County Government", "county"),
              ("m3", "their chairman Kyalo Nguthu", "nguthu"),
              ("m4", "the locals", "residents"),
              ("m5", "the county administration", "county"),
              ("m6", "Mr Nguthu", "nguthu"),
              ("m7", ("He", "He said they"), "nguthu"),
              ("m8", "the county government", "county"),
              ("m9", "The devolved unit", "county"),
              ("m10", "terms of the agreement", "agreement"),
              ("m11", "Looop's CEO Soichiro Nakamura", "nakamura")],
    attributions=[("a1", "INDIRECT", "m1", "threatened",
                   seg(T, "to obtain a court injunction", "a Japanese firm, Looop Inc"), None),
                  ("a2", "INDIRECT", "m4", "accused",
                   seg(T, "the county administration alongside", "the renewable energy project"), None),
                  ("a3", "DIRECT", "m6", "told",
                   seg(T, "As inhabitants of the proposed", "small on this area,"), None),
                  ("a4", "INDIRECT", "m7", ("said", "He said they"),
                   "they were not against the planned construction of the electricity-generating plant", None),
                  ("a5", "INDIRECT", "m7", "vowed", "to block it in court unless duly consulted", None),
                  ("a6", "INDIRECT", "m10", ("according to", "according to terms"),
                   "The devolved unit committed to provide land on which the solar power station would be built", None),
                  ("a7", "INDIRECT", "m9", "committed",
                   "to provide land on which the solar power station would be built", "a6"),
                  ("a8", "INDIRECT", "m11", ("said", "Nakamura said"),
                   "actual installation of the solar power generation facilities would kick off in 2019", None)])

# ---------------------------------------------------------------------------------------
# IraqiNews.com (Iraq), stored on its dev.iraqinews.com mirror. Removed: the site's date bar
# ("Tuesday, September 24, 2024", the day of the crawl) and the repeated headline. The date is the
# one in the page's address (2013/04/01). The stored copy ends with the article.
# Notes:
# - Headline "Majid reveals involvement of ...": "reveals" is the cue and the noun phrase its
#   content, as the lead's "revealed the involvement of ...".
# - "noting that “...”", "assuring that “...”": the whole content is one quotation, so DIRECT (FORMAT.md,
#   Type: "told the panel "we are not ready"").
# - "describing the call of the parliament Speaker, Osama al-Nijaifi, to host Maliki as “A big
#   mistake,”": MIXED ("described X as Y"); the noun cue "call" with its agent is nested in it,
#   content "to host Maliki".
# - "Nijaifi’s instance to “Make the parliament session ... as a public one is for electoral
#   purposes.”": "instance" (for "insistence") is a noun cue of Nijaifi's, nested in the DIRECT
#   quotation. Its inner quotation is opened before "Make" but closed only with the outer one, after
#   Majid's own "is for electoral purposes", so Nijaifi's words do not cover a whole quotation:
#   MIXED, its content starting with the opening mark (marks kept in MIXED content) and ending with
#   "a public one". The possessive "Nijaifi" is marked as the source mention.
doc("iraqinews-majid-mps-terrorist-actions",
    url="https://dev.iraqinews.com/blog/2013/04/01/majid-reveals-involvement-of-parliament-mps-in-terrorist-actions",
    outlet="IraqiNews.com", country="Iraq", topic="politics", cut=False, published="2013-04-01",
    text=(T := "Majid reveals involvement of parliament MPs in terrorist actions\n"
          "Baghdad (IraqiNews.com) MP, Yasin Majid, of the State of Law Coalition revealed the involvement of MPs in terrorist actions.\n"
          "In a press conference held at the parliament building on Monday, he said “The lack of security in Iraq is not a security terrorism, but a terrorism for political purposes done by some internal political sides associated with foreign sides,” noting that “There are some MPs involved in terrorist actions.”\n"
          "Regarding hosting the Premier, Nouri al-Maliki, in the parliament over the security breaches, he said “Hosting Maliki contradicts the internal system where the hosted person has to set the date and not the parliament as what is being followed with all the ministers,” describing the call of the parliament Speaker, Osama al-Nijaifi, to host Maliki as “A big mistake,” assuring that “Nijaifi’s instance to “Make the parliament session that will witnesses Maliki’s hosting as a public one is for electoral purposes.”\n"
          "“No official can accept the hosting request through the media outlets without receiving a formal letter,” he pointed out, noting that “This is not illegal, but also a provocative procedure shows the lack of politeness in the communication among the heads of the governmental institutions in Iraq.”"),
    entities=[("majid", "Yasin Majid", "PERSON", ["Majid", "MP, Yasin Majid, of the State of Law Coalition"],
               "MP of the State of Law Coalition"),
              ("nijaifi", "Osama al-Nijaifi", "PERSON", ["Nijaifi", "al-Nijaifi", "the parliament Speaker, Osama al-Nijaifi"],
               "Speaker of the Iraqi parliament")],
    mentions=[("m1", ("Majid", "Majid reveals"), "majid"),
              ("m2", "MP, Yasin Majid, of the State of Law Coalition", "majid"),
              ("m3", ("he", "he said “The lack"), "majid"),
              ("m4", ("he", "he said “Hosting"), "majid"),
              ("m5", "the parliament Speaker, Osama al-Nijaifi", "nijaifi"),
              ("m6", ("Nijaifi", "Nijaifi’s instance"), "nijaifi"),
              ("m7", ("he", "he pointed out"), "majid")],
    attributions=[("a1", "INDIRECT", "m1", "reveals", "involvement of parliament MPs in terrorist actions", None),
                  ("a2", "INDIRECT", "m2", "revealed", "the involvement of MPs in terrorist actions", None),
                  ("a3", "DIRECT", "m3", ("said", "he said “The lack"),
                   seg(T, "The lack of security", "associated with foreign sides,"), None),
                  ("a4", "DIRECT", "m3", ("noting", "noting that “There"), "There are some MPs involved in terrorist actions.", None),
                  ("a5", "DIRECT", "m4", ("said", "he said “Hosting"),
                   seg(T, "Hosting Maliki contradicts", "with all the ministers,"), None),
                  ("a6", "MIXED", "m4", "describing",
                   seg(T, "the call of the parliament Speaker", "“A big mistake,”"), None),
                  ("a7", "INDIRECT", "m5", ("call", "the call of"), ("to host Maliki", "to host Maliki as"), "a6"),
                  ("a8", "DIRECT", "m4", "assuring",
                   seg(T, "Nijaifi’s instance", "for electoral purposes."), None),
                  ("a9", "MIXED", "m6", "instance",
                   seg(T, "“Make the parliament session", "as a public one"), "a8"),
                  ("a10", "DIRECT", "m7", "pointed out",
                   seg(T, "No official can accept", "receiving a formal letter,"), None),
                  ("a11", "DIRECT", "m7", ("noting", "noting that “This"),
                   seg(T, "This is not illegal", "institutions in Iraq."), None)])

# ---------------------------------------------------------------------------------------
# Techlogue (Nigeria). The stored page has no headline (its address reads "CBN among banks prone to
# tighten monetary policy"), so the text starts with the lead; it ends where the stored copy ends.
# The page gives no date.
# Notes:
# - "According to a report from Bloomberg": the document names its author, so it is a mention of
#   Bloomberg; "According to the research" and "The report said" name no author and are their own
#   entities, even though a reader may take them for Bloomberg's (FORMAT.md, Documents).
# - "are expected to pause", "are also expected to be in the limelight", "is expected to step up":
#   agentless forecasts, null source, content from "to" (the raised subject left out); the last is
#   nested in the report's DIRECT quotation. "a projected slump" is a participle forecast with no
#   finite verb and is not annotated.
# - "The report said in more detail:" ¶ "“...”": the quotation is the content of the colon frame.
# - "the central bank may feel there is still some potential to boost rates, according to Joachim
#   MacEbong": the bank's "may feel" is the analyst's hypothesis, not a reported belief, and is not
#   split off. The quotation after it has no reporting clause and continues MacEbong (null cue).
# - "Floods ... all raise the possibility that ...": an evidential with no speaker, not a claim.
doc("techlogue-cbn-banks-tighten-monetary-policy",
    url="https://techlogue.ng/cbn-among-banks-prone-to-tighten-monetary-policy/",
    outlet="Techlogue", country="Nigeria", topic="business", cut=False,
    text=(T := "According to a report from Bloomberg, the central banks of Nigeria, South Africa, and Egypt are among six likely to tighten monetary policy in the coming days.\n"
          "Six additional countries are expected to pause as they determine the effects of previous hikes and relief measures to contain prices.\n"
          "According to the research, the issue that will take center stage will be how weaker local currencies would affect the price of imported goods as the dollar is supported by the Federal Reserve’s aggressive rate hikes and anticipation of further increases.\n"
          "Along with increasing pricing pressures from extreme weather occurrences, the effects of Russia’s conflict in Ukraine and a projected slump in Europe and China are also expected to be in the limelight.\n"
          "The report said in more detail:\n"
          "“Nigeria’s central bank is expected to step up monetary tightening after inflation hit a fresh 17-year high in August”\n"
          "Floods in its agricultural areas, an increase in the price of diesel, and ongoing currency depreciation all raise the possibility that it will continue to be high.\n"
          "At the MPC meeting in July, Governor Godwin Emefiele stated that future hikes may be considered if inflation remains “aggressive.” If the benchmark were raised, it would reach 14% for the first time since the rate’s adoption in 2006.\n"
          "In order to draw in foreign exchange inflows, the central bank may feel there is still some potential to boost rates, according to Joachim MacEbong, lead analyst at Lagos-based Acorn and Sage Consulting. “Inflation remains a serious concern.”"),
    entities=[("bloomberg", "Bloomberg", "ORGANIZATION", ["a report from Bloomberg"], "US financial news agency"),
              ("research", "the research", "ORGANIZATION", [], "the survey of African central banks"),
              ("report", "The report", "ORGANIZATION", [], "the report quoted on Nigeria"),
              ("emefiele", "Godwin Emefiele", "PERSON", ["Emefiele", "Governor Godwin Emefiele"],
               "Governor of the Central Bank of Nigeria"),
              ("macebong", "Joachim MacEbong", "PERSON",
               ["MacEbong", "Joachim MacEbong, lead analyst at Lagos-based Acorn and Sage Consulting"],
               "lead analyst at Acorn and Sage Consulting")],
    mentions=[("m1", "a report from Bloomberg", "bloomberg"),
              ("m2", "the research", "research"),
              ("m3", ("The report", "The report said"), "report"),
              ("m4", "Governor Godwin Emefiele", "emefiele"),
              ("m5", "Joachim MacEbong, lead analyst at Lagos-based Acorn and Sage Consulting", "macebong")],
    attributions=[("a1", "INDIRECT", "m1", ("According to", "According to a report"),
                   seg(T, "the central banks of Nigeria", "in the coming days"), None),
                  ("a2", "INDIRECT", None, ("expected", "are expected to pause"),
                   seg(T, "to pause as they", "to contain prices"), None),
                  ("a3", "INDIRECT", "m2", ("According to", "According to the research"),
                   seg(T, "the issue that will take center stage", "anticipation of further increases"), None),
                  ("a4", "INDIRECT", None, ("expected", "also expected to be"), "to be in the limelight", None),
                  ("a5", "DIRECT", "m3", ("said", "The report said"),
                   "Nigeria’s central bank is expected to step up monetary tightening after inflation hit a fresh 17-year high in August", None),
                  ("a6", "INDIRECT", None, ("expected", "is expected to step up"),
                   "to step up monetary tightening after inflation hit a fresh 17-year high in August", "a5"),
                  ("a7", "MIXED", "m4", "stated", "future hikes may be considered if inflation remains “aggressive.”", None),
                  ("a8", "INDIRECT", "m5", ("according to", "according to Joachim"),
                   "In order to draw in foreign exchange inflows, the central bank may feel there is still some potential to boost rates", None),
                  ("a9", "DIRECT", "m5", None, "Inflation remains a serious concern.", None)])

# ---------------------------------------------------------------------------------------
# The Trent (Nigeria). Removed: the weather and date bar ("28.6 C", "New York", "Tuesday, August 5,
# 2025", the day of the crawl, so not recorded as the date) and "Must read". Cut before the list of
# the union's demands.
# Notes:
# - Headline "‘Minister Can’t Call Off What He Didn’t Start’: Nurses Counter FG on Strike Action": the
#   quotation comes before the speaker and its verb, so the verb after the claim is the cue
#   (FORMAT.md, Headlines: "Delay was avoidable, says Okafor"); DIRECT, the single curly marks being
#   the quotation's (the apostrophes in "Can’t" and "Didn’t" are not marks). "Nurses" is its own
#   GROUP: the union (NANNM) that speaks for them is a separate entity (FORMAT.md, Coreference).
# - "—contrary to public claims by the Minister ...": a noun cue with its claimant but no content in
#   the text; not annotated ("the Minister of Health ..., Professor Ali Pate" is a non-source
#   mention). The same holds for "the minister’s statement" and "in a direct rebuttal".
# - "“As far as I’m concerned, ...”" has no reporting clause of its own and continues Rilwan.
doc("thetrentonline-nurses-counter-fg-strike",
    url="https://www.thetrentonline.com/minister-cant-call-off-what-he-didnt-start-nurses-counter-fg-on-strike-action",
    outlet="The Trent", country="Nigeria", topic="health-science", cut=True,
    text=(T := "‘Minister Can’t Call Off What He Didn’t Start’: Nurses Counter FG on Strike Action\n"
          "ABUJA, Nigeria — A fresh rift has emerged between the Federal Government and the National Association of Nigeria Nurses and Midwives (NANNM), as the union insists that its ongoing warning strike has not been suspended—contrary to public claims by the Minister of Health and Social Welfare, Professor Ali Pate.\n"
          "Speaking to journalists in Abuja on Friday, August 1, 2025, after a closed-door meeting, Professor Pate had announced that the nationwide industrial action by nurses had been called off following “agreements reached with the union leadership.”\n"
          "However, in a direct rebuttal, NANNM National Chairman Morakinyo Rilwan told Daily Trust that the minister’s statement was inaccurate and misleading.\n"
          "“If it was the Minister who organized the strike, then he could call it off,” Rilwan said.\n"
          "“As far as I’m concerned, the strike organized by the association is still ongoing. The Minister didn’t organize the strike, so he doesn’t have the authority to call it off.”\n"
          "He further clarified that no formal decision had been taken by the association’s organs to suspend the strike, noting that such a move would require consultation with its national executive committee and state branches.\n"
          "The warning strike, which began on Wednesday, July 29, 2025, has paralysed health services in federal and state facilities across the country, leaving wards deserted and critical care suspended."),
    entities=[("nurses", "Nurses", "GROUP", ["nurses"], "Nigeria's nurses"),
              ("nannm", "National Association of Nigeria Nurses and Midwives", "ORGANIZATION",
               ["NANNM", "the National Association of Nigeria Nurses and Midwives (NANNM)", "the union", "the association"],
               "Nigerian nurses' union"),
              ("pate", "Ali Pate", "PERSON",
               ["Pate", "Professor Pate", "Professor Ali Pate", "the Minister", "Minister",
                "the Minister of Health and Social Welfare, Professor Ali Pate"],
               "Nigeria's Minister of Health and Social Welfare"),
              ("rilwan", "Morakinyo Rilwan", "PERSON", ["Rilwan", "NANNM National Chairman Morakinyo Rilwan"],
               "National Chairman of NANNM")],
    mentions=[("m1", ("Minister", "Minister Can’t"), "pate"),
              ("m2", ("Nurses", "Nurses Counter"), "nurses"),
              ("m3", "the National Association of Nigeria Nurses and Midwives (NANNM)", "nannm"),
              ("m4", ("the union", "the union insists"), "nannm"),
              ("m5", "the Minister of Health and Social Welfare, Professor Ali Pate", "pate"),
              ("m6", "Professor Pate", "pate"),
              ("m7", ("nurses", "action by nurses"), "nurses"),
              ("m8", "NANNM National Chairman Morakinyo Rilwan", "rilwan"),
              ("m9", ("the Minister", "If it was the Minister"), "pate"),
              ("m10", ("Rilwan", "Rilwan said"), "rilwan"),
              ("m11", ("the association", "organized by the association"), "nannm"),
              ("m12", ("The Minister", "The Minister didn’t"), "pate"),
              ("m13", ("He", "He further clarified"), "rilwan")],
    attributions=[("a1", "DIRECT", "m2", "Counter", "Minister Can’t Call Off What He Didn’t Start", None),
                  ("a2", "INDIRECT", "m4", "insists", "its ongoing warning strike has not been suspended", None),
                  ("a3", "MIXED", "m6", "announced",
                   seg(T, "the nationwide industrial action", "the union leadership.”"), None),
                  ("a4", "INDIRECT", "m8", "told", "the minister’s statement was inaccurate and misleading", None),
                  ("a5", "DIRECT", "m10", ("said", "Rilwan said"),
                   "If it was the Minister who organized the strike, then he could call it off,", None),
                  ("a6", "DIRECT", "m10", None, seg(T, "As far as I’m concerned", "authority to call it off."), None),
                  ("a7", "INDIRECT", "m13", "clarified",
                   "no formal decision had been taken by the association’s organs to suspend the strike", None),
                  ("a8", "INDIRECT", "m13", "noting",
                   "such a move would require consultation with its national executive committee and state branches", None)])

write("test23_b.jsonl")
