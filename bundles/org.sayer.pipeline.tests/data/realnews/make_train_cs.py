#!/usr/bin/env python3
"""Writes train_cs.jsonl: real-news gold, split train-cs (see gold.py). Run: python3 make_train_cs.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
# The photo caption that opens the stored page ("Cllr Albert Deasy. Photo: Cork City Council") is
# left out. The stored copy breaks off in "Cllr Mary Rose Desmond (FF) said Cllr Deasy’s comments
# showe", so the text is cut before that paragraph.
# "the conduct of one councillor was described as “unbelievable”, ..." is an agentless passive
# (null source, cue "described"); the raised subject stays outside and "as" only links the cue, so
# the content is the three quoted words with the unquoted ", ... and" between them (MIXED). "one
# councillor" is Deasy, as the rest of the story shows, and is marked as his mention.
# "spoke in opposition to" is read like "spoke out against the development" (a noun-phrase content).
# The source is "Cllr Albert Deasy"; the apposition "an independent representing the South-West
# Ward" is left out of the source span. "said A, and that B" is one claim under one cue.
# "took issue with Cllr Deasy’s comments" is an objection with a noun-phrase content; its source is
# the group "A number of councillors in the chamber". The possessive "Cllr Deasy’s" is no mention.
# O'Connor's quotation after her indirect claim ("“It is one of ...,” she said") has its own cue.
# Not claims: the regulations sentence (no speaker) and the headline (no cue).
doc("corkindependent-cork-council-deasy-housing-row",
    url="https://www.corkindependent.com/?p=64363",
    outlet="Cork Independent", country="Ireland", topic="local", cut=True,
    text=(T := "Heated exchange during Cork City Council meeting\n"
          "A number of arguments broke out in Cork City Council on Monday night, after the conduct of one councillor was described as “unbelievable”, “reprehensible”, and “a dereliction of duty”.\n"
          "Cllr Albert Deasy, an independent representing the South-West Ward, spoke in opposition to a number of housing developments which were presented to the council under Part 8 of the Planning and Development Regulations 2001-2015. The regulations allow for the council to directly undertake developments once they have been voted on by a meeting of the full council.\n"
          "Cllr Deasy said the proposed developments would force people into substandard accommodation, and that the developments were part of a broader UN plan.\n"
          "“This is ideology disguised as policy, to align with UN sustainability goals such as 15 minute cities and the like. The bike is a cudgel to accept this kind of stuff,” he said.\n"
          "He also said the addition of 22 units earmarked as emergency accommodation for victims of domestic violence at a development in Turner’s Cross would turn the apartments into “black boxes” and would make life there impossible for women and children.\n"
          "Cllr Deasy said he had not read the files for the developments, but was basing his comments on the description of the projects provided in the meeting agenda.\n"
          "A number of councillors in the chamber took issue with Cllr Deasy’s comments.\n"
          "Cllr Niamh O’Connor (SD) said it was “unbelievable that someone could oppose domestic violence accommodation on behalf of women and children”. “It is one of the hardest things that anyone in Cork can go through,” she said.\n"
          "Cllr Dan Boyle (Green) said it was the duty of councillors to “read, examine, assess, and plan - that is good governance”.\n"
          "“If you aren’t going to do that, then what are you doing here at all,” he said."),
    entities=[("deasy", "Albert Deasy", "PERSON", ["Cllr Albert Deasy", "Cllr Deasy", "Deasy", "one councillor"],
               "independent councillor for the South-West Ward, Cork City Council"),
              ("councillors", "A number of councillors in the chamber", "GROUP", [],
               "Cork City councillors who objected to Deasy's comments"),
              ("oconnor", "Niamh O’Connor", "PERSON", ["Cllr Niamh O’Connor (SD)", "O’Connor"],
               "Social Democrats councillor, Cork City Council"),
              ("boyle", "Dan Boyle", "PERSON", ["Cllr Dan Boyle (Green)", "Boyle"], "Green Party councillor, Cork City Council")],
    mentions=[("m1", "one councillor", "deasy"),
              ("m2", "Cllr Albert Deasy", "deasy"),
              ("m3", ("Cllr Deasy", "Cllr Deasy said the proposed"), "deasy"),
              ("m4", ("he", "kind of stuff,” he said"), "deasy"),
              ("m5", ("He", "He also said"), "deasy"),
              ("m6", ("Cllr Deasy", "Cllr Deasy said he had not"), "deasy"),
              ("m7", "A number of councillors in the chamber", "councillors"),
              ("m8", "Cllr Niamh O’Connor (SD)", "oconnor"),
              ("m9", ("she", "she said."), "oconnor"),
              ("m10", "Cllr Dan Boyle (Green)", "boyle"),
              ("m11", ("he", "here at all,” he said"), "boyle")],
    attributions=[("a1", "MIXED", None, "described", "“unbelievable”, “reprehensible”, and “a dereliction of duty”", None),
                  ("a2", "INDIRECT", "m2", "spoke in opposition to",
                   seg(T, "a number of housing developments", "Regulations 2001-2015"), None),
                  ("a3", "INDIRECT", "m3", ("said", "Cllr Deasy said the proposed"),
                   "the proposed developments would force people into substandard accommodation, and that the developments were part of a broader UN plan", None),
                  ("a4", "DIRECT", "m4", ("said", "kind of stuff,” he said"),
                   seg(T, "This is ideology disguised", "this kind of stuff,"), None),
                  ("a5", "MIXED", "m5", ("said", "He also said"),
                   seg(T, "the addition of 22 units", "for women and children"), None),
                  ("a6", "INDIRECT", "m6", ("said", "Cllr Deasy said he had not"),
                   seg(T, "he had not read the files", "the meeting agenda"), None),
                  ("a7", "INDIRECT", "m7", "took issue with", ("Cllr Deasy’s comments", "took issue with Cllr Deasy’s"), None),
                  ("a8", "MIXED", "m8", ("said", "(SD) said"),
                   seg(T, "it was “unbelievable that", "women and children”"), None),
                  ("a9", "DIRECT", "m9", ("said", "she said."),
                   "It is one of the hardest things that anyone in Cork can go through,", None),
                  ("a10", "MIXED", "m10", ("said", "(Green) said"),
                   seg(T, "it was the duty of councillors", "good governance”"), None),
                  ("a11", "DIRECT", "m11", ("said", "here at all,” he said"),
                   "If you aren’t going to do that, then what are you doing here at all,", None)])

# ---------------------------------------------------------------------------------------
# PAP copy on an English-language Polish news site. The stored page has no headline; it opens with a
# standfirst (the page's summary, printed with straight quotes), kept as the first paragraph, then a
# photo credit ("Leszek Szymański/PAP"), left out. The stored copy breaks off in "“This time
# Wojtunik is distributin", so the text is cut before that paragraph.
# The standfirst repeats the last paragraph; both carry the claim (FORMAT.md, Text parts).
# "Senior Polish security official has denied ..." is a role description that the next sentence
# resolves to Stanisław Żaryn: one entity. "responded ... to allegations made by ... Wojtunik" and
# "refuted Wojtunik’s allegations" name allegations without stating them: "responded" has no
# content and is not annotated; "refuted" takes the noun phrase as its content, as "rejected the
# ... discourse" does in the example; the noun "allegations" with no content is no claim.
# "Addressing Mariusz Kamiński, ..., Wojtunik asked whether ..." is a reported question of a named
# speaker; the addressee stays outside.
# "According to the reports, cited by Wojtunik, ...": the reports are the source (their authors are
# not named, so "the reports" is its own GROUP entity) and Wojtunik, who cites them, is their medium
# here, like "citing Nordpress"; the reduced relative "cited by Wojtunik" is not a second claim.
# The content keeps the non-restrictive relative "which, under the law, could be done ..." (part of
# the sentence the reports are cited for) and the hedge "allegedly". PAP and TVN24 are media.
doc("warsawpoint-zaryn-denies-opposition-wiretapping",
    url="https://warsawpoint.com/news/59722-senior-official-denies-opposition-was-surveilled-before-elections.html",
    outlet="Warsaw Point", country="Poland", topic="politics", cut=True, published="2023-10-22",
    text=(T := "Żaryn told PAP that Wojtunik had been using his media appearance \"to spread lies and insinuations against the (special- PAP) services\" for several days.\n"
          "Senior Polish security official has denied that secret services wiretapped the opposition before October 15 general elections.\n"
          "Stanisław Żaryn, deputy of the Minister Coordinator of Special Services, responded on Saturday night to allegations made by the former head of the Central Anti-Corruption Bureau (CBA), Paweł Wojtunik.\n"
          "Wojtunik told a private broadcaster TVN24 earlier on Saturday that he had received information from several sources about a meeting at the CBA training and conference center in Lucień, central Poland, during which decisions were to be made about the mass use of operational control against representatives of opposition groupings.\n"
          "Addressing Mariusz Kamiński, the interior minister and coordinator of special services, Wojtunik asked whether it was true that the “decisions, instructions and recommendations issued” targeted particularly the Third Way, an alliance of two opposition parties, Polish People’s Party and Poland 2050 running jointly in the elections.\n"
          "According to the reports, cited by Wojtunik, the wiretapping would allegedly be carried out for five days, which, under the law, could be done without court supervision, only with the consent of the prosecutor general, a function performed by Zbigniew Ziobro, the justice minister in the incumbent Law and Justice (PiS) government.\n"
          "Talking to PAP, Żaryn refuted Wojtunik’s allegations.\n"
          "“This is not true. The secret services operate within the limits of the law and based on the regulations,” he said.\n"
          "Żaryn also told PAP that Wojtunik had been using his media appearance “to spread lies and insinuations against the (special- PAP) services” for several days."),
    entities=[("zaryn", "Stanisław Żaryn", "PERSON",
               ["Żaryn", "Senior Polish security official", "Stanisław Żaryn, deputy of the Minister Coordinator of Special Services"],
               "deputy of Poland's Minister Coordinator of Special Services"),
              ("wojtunik", "Paweł Wojtunik", "PERSON",
               ["Wojtunik", "the former head of the Central Anti-Corruption Bureau (CBA), Paweł Wojtunik"],
               "former head of Poland's Central Anti-Corruption Bureau (CBA)"),
              ("reports", "the reports", "GROUP", [], "reports cited by Wojtunik")],
    mentions=[("m1", ("Żaryn", "Żaryn told PAP"), "zaryn"),
              ("m2", ("Wojtunik", "Wojtunik had been using his media appearance \"to"), "wojtunik"),
              ("m3", "Senior Polish security official", "zaryn"),
              ("m4", "Stanisław Żaryn, deputy of the Minister Coordinator of Special Services", "zaryn"),
              ("m5", "the former head of the Central Anti-Corruption Bureau (CBA), Paweł Wojtunik", "wojtunik"),
              ("m6", ("Wojtunik", "Wojtunik told a private"), "wojtunik"),
              ("m7", ("Wojtunik", "Wojtunik asked whether"), "wojtunik"),
              ("m8", "the reports", "reports"),
              ("m9", ("Wojtunik", "cited by Wojtunik"), "wojtunik"),
              ("m10", ("Żaryn", "Żaryn refuted"), "zaryn"),
              ("m11", ("he", "regulations,” he said"), "zaryn"),
              ("m12", ("Żaryn", "Żaryn also told"), "zaryn"),
              ("m13", ("Wojtunik", "Wojtunik had been using his media appearance “to"), "wojtunik")],
    attributions=[("a1", "MIXED", "m1", ("told", "Żaryn told PAP"),
                   "Wojtunik had been using his media appearance \"to spread lies and insinuations against the (special- PAP) services\" for several days", None),
                  ("a2", "INDIRECT", "m3", "denied", "secret services wiretapped the opposition before October 15 general elections", None),
                  ("a3", "INDIRECT", "m6", ("told", "Wojtunik told a private"),
                   seg(T, "he had received information", "opposition groupings"), None),
                  ("a4", "MIXED", "m7", "asked", seg(T, "whether it was true", "jointly in the elections"), None),
                  ("a5", "INDIRECT", "m8", "According to", seg(T, "the wiretapping would allegedly", "(PiS) government"), None),
                  ("a6", "INDIRECT", "m10", "refuted", "Wojtunik’s allegations", None),
                  ("a7", "DIRECT", "m11", ("said", "regulations,” he said"),
                   "This is not true. The secret services operate within the limits of the law and based on the regulations,", None),
                  ("a8", "MIXED", "m12", ("told", "Żaryn also told"),
                   "Wojtunik had been using his media appearance “to spread lies and insinuations against the (special- PAP) services” for several days", None)])

# ---------------------------------------------------------------------------------------
# The font-size widget under the headline ("Font size: [A] [A] [A]") is left out. The stored copy
# breaks off in "\"We want to make sure we're working together in an e", so the text is cut before
# that paragraph. The page gives no date.
# "according to a statement the EPA released Tuesday": the author is named in the document's noun
# phrase, so the statement is a mention of the EPA (FORMAT.md, Documents); "the EPA" inside it is
# not marked again. "in the release" is a medium.
# Enck's quotation is split by its reporting clause: the second part continues her (null cue).
# "John Martin said Enck \"has a particular interest ... Caribbean.\"": quoted and unquoted text
# combined (MIXED); the quotation runs over two sentences and the content ends at the closing mark.
# "EPA wants to make sure ..." has no cue and is not a claim; neither is "plans to take comments"
# (an intention, no speech). "the EPA" is marked as a mention wherever it is not a modifier (also in
# Enck's quotation and in Martin's claim); "EPA spokesman", "EPA Region 2 Administrator" are
# modifiers of the speakers' titles.
doc("vidailynews-epa-caribbean-coral-reef-group",
    url="http://virginislandsdailynews.com/news/new-federal-effort-launched-to-protect-caribbean-reefs-1.1427125",
    outlet="The Virgin Islands Daily News", country="US Virgin Islands", topic="environment", cut=True,
    text=(T := "New federal effort launched to protect Caribbean reefs\n"
          "The U.S. Environmental Protection Agency has launched an interagency initiative to protect coral reefs off the shores of Puerto Rico and the Virgin Islands.\n"
          "The newly formed Caribbean Coral Reef Protection Group, comprising representatives from a number of federal and local agencies, plans to take comments from the public during a meeting next month.\n"
          "The Caribbean Coral Reef Protection Group was formed to coordinate efforts to protect coral reefs in a way that uses resources wisely, according to a statement the EPA released Tuesday.\n"
          "\"The coral reefs of Puerto Rico and the U.S. Virgin Islands are renowned for their beauty, and their ecological and economic value,\" EPA Region 2 Administrator Judith Enck said in the release. \"Unfortunately, these treasures are being destroyed. By working with our fellow governmental agencies, the EPA will help make sure coral reefs continue to contribute to the region's economy and ecology for generations to come.\"\n"
          "The agencies that will be part of the group include the EPA, the V.I. Department of Planning and Natural Resources, the Puerto Rico Environmental Quality Board, the Puerto Rico Department of Natural and Environmental Resources, the National Oceanographic and Atmospheric Administration Coral Reef Conservation Program, the U.S. Fish and Wildlife Service and the U.S. Department of Agriculture Natural Resources Conservation Service.\n"
          "EPA spokesman John Martin said Enck \"has a particular interest in making sure reefs are protected. It's important for the economy and ecology of the Caribbean.\"\n"
          "He said that the EPA has different tools to protect the coral reefs, most notably the Clean Water Act. EPA wants to make sure all the agencies are working together efficiently to benefit the coral reefs."),
    entities=[("epa", "U.S. Environmental Protection Agency", "ORGANIZATION",
               ["The U.S. Environmental Protection Agency", "the EPA", "EPA", "a statement the EPA released Tuesday"],
               "United States federal environment agency"),
              ("enck", "Judith Enck", "PERSON", ["Enck"], "EPA Region 2 Administrator"),
              ("martin", "John Martin", "PERSON", ["Martin"], "EPA spokesman")],
    mentions=[("m1", "The U.S. Environmental Protection Agency", "epa"),
              ("m2", "a statement the EPA released Tuesday", "epa"),
              ("m3", "EPA Region 2 Administrator Judith Enck", "enck"),
              ("m4", ("the EPA", "the EPA will help"), "epa"),
              ("m5", ("the EPA", "include the EPA,"), "epa"),
              ("m6", "EPA spokesman John Martin", "martin"),
              ("m7", ("Enck", "Martin said Enck"), "enck"),
              ("m8", ("He", "He said that the EPA"), "martin"),
              ("m9", ("the EPA", "the EPA has different tools"), "epa"),
              ("m10", ("EPA", "EPA wants to make sure"), "epa")],
    attributions=[("a1", "INDIRECT", "m2", "according to",
                   seg(T, "The Caribbean Coral Reef Protection Group was formed", "resources wisely"), None),
                  ("a2", "DIRECT", "m3", ("said", "Enck said in the release"),
                   seg(T, "The coral reefs of Puerto Rico", "economic value,"), None),
                  ("a3", "DIRECT", "m3", None, seg(T, "Unfortunately, these treasures", "for generations to come."), None),
                  ("a4", "MIXED", "m6", ("said", "Martin said Enck"), seg(T, "Enck \"has a particular interest", "of the Caribbean.\""), None),
                  ("a5", "INDIRECT", "m8", ("said", "He said that the EPA"),
                   "the EPA has different tools to protect the coral reefs, most notably the Clean Water Act", None)])

# ---------------------------------------------------------------------------------------
# CTV News copy on a Winnipeg aggregator (the stored page's address names another story; its text is
# this one). The credit line ("– With files from CTV’s Luca Caruso-Moro") and the link line ("View
# original article here Source") are left out; the stored copy ends there.
# The headline "...: province" puts the name after the claim: null cue, source "province" (FORMAT.md,
# Headlines). "the province" (a GPE speaking) and "A spokesperson for the province" (its
# representative) are separate entities; "They would not comment" is the spokesperson (a singular
# they), a refusal with the cue "comment" and the noun phrase after "on" as content; "due to privacy
# reasons" is an adjunct of the refusal and stays outside. CTV News Winnipeg is the addressee.
# "The Public Health Agency of Canada (PHAC) investigation" is a modifier use and not marked;
# "Canada’s public health agency", "PHAC", "the agency" and "It" are one entity.
# "with provincial public health partners confirming salmonella as the cause of death" is kept in
# PHAC's claim and holds a nested claim of the partners (cue "confirming").
# "Some did not touch the snakes ..." has no cue of its own (a trailing "It says" covers its own
# sentence only) and is not annotated.
doc("winnipegnews-manitoba-salmonella-snakes-outbreak",
    url="https://winnipegnews.org/ctv-news/497-new-covid-19-cases-friday-in-manitoba/",
    outlet="Winnipeg News", country="Canada", topic="health-science", cut=True,
    text=(T := "3 salmonella cases in Manitoba linked to nation-wide outbreak: province\n"
          "A national outbreak being investigated by Canada’s public health agency includes three cases in Manitoba, according to the province.\n"
          "The outbreak, which began at least two years ago, includes 70 confirmed cases as of March 19.\n"
          "A spokesperson for the province confirmed to CTV News Winnipeg in an email there were three cases associated with the outbreak in Manitoba.\n"
          "They would not comment on specific cases due to privacy reasons.\n"
          "The Public Health Agency of Canada (PHAC) investigation was first launched in the spring of 2023 due to an increase in salmonella cases across the country.\n"
          "Cases were identified in B.C., Alberta, Saskatchewan, Manitoba, Ontario, Quebec, New Brunswick, and Newfoundland and Labrador. Those individuals became sick between February 2022 and February 2024.\n"
          "PHAC said ten people were hospitalized and one person died, with provincial public health partners confirming salmonella as the cause of death.\n"
          "Meantime, the agency said Tuesday it is investigating an apparent link between the outbreak and contact with snakes and feeder rodents.\n"
          "It says many of those who became sick had direct or indirect contact with animals beforehand. Some did not touch the snakes or rodents directly, but lived in homes where they were kept.\n"
          "“A single common supplier of snakes or feeder rodents has not been identified,” the agency said in a news release."),
    entities=[("province", "the province", "GPE", ["province"], "the province of Manitoba"),
              ("spokesperson", "A spokesperson for the province", "PERSON", [], "spokesperson for the Manitoba government"),
              ("phac", "Public Health Agency of Canada", "ORGANIZATION", ["PHAC", "the agency", "Canada’s public health agency"],
               "Canada's federal public health agency"),
              ("partners", "provincial public health partners", "GROUP", [], "provincial public health authorities")],
    mentions=[("m1", ("province", "outbreak: province"), "province"),
              ("m2", "Canada’s public health agency", "phac"),
              ("m3", ("the province", "according to the province"), "province"),
              ("m4", "A spokesperson for the province", "spokesperson"),
              ("m5", ("They", "They would not comment"), "spokesperson"),
              ("m6", ("PHAC", "PHAC said"), "phac"),
              ("m7", "provincial public health partners", "partners"),
              ("m8", ("the agency", "the agency said Tuesday"), "phac"),
              ("m9", ("It", "It says many"), "phac"),
              ("m10", ("the agency", "the agency said in a news release"), "phac")],
    attributions=[("a1", "INDIRECT", "m1", None, "3 salmonella cases in Manitoba linked to nation-wide outbreak", None),
                  ("a2", "INDIRECT", "m3", "according to",
                   "A national outbreak being investigated by Canada’s public health agency includes three cases in Manitoba", None),
                  ("a3", "INDIRECT", "m4", ("confirmed", "confirmed to CTV"), "there were three cases associated with the outbreak in Manitoba", None),
                  ("a4", "INDIRECT", "m5", "comment", "specific cases", None),
                  ("a5", "INDIRECT", "m6", ("said", "PHAC said"), seg(T, "ten people were hospitalized", "the cause of death"), None),
                  ("a6", "INDIRECT", "m7", "confirming", "salmonella as the cause of death", "a5"),
                  ("a7", "INDIRECT", "m8", ("said", "agency said Tuesday"),
                   "it is investigating an apparent link between the outbreak and contact with snakes and feeder rodents", None),
                  ("a8", "INDIRECT", "m9", "says", "many of those who became sick had direct or indirect contact with animals beforehand", None),
                  ("a9", "DIRECT", "m10", ("said", "agency said in a news release"),
                   "A single common supplier of snakes or feeder rodents has not been identified,", None)])

# ---------------------------------------------------------------------------------------
# The stored page has no headline; it opens with the dateline-like "Toronto/CMEDIA:", kept as part of
# the lead (not an attribution). The hashtag line at the end ("#Rogers; #CRTC; #NetworkOutage") is
# left out; the stored copy ends there. The missing full stop after "on consumers" is as printed.
# "is seeking a detailed explanation from Rogers about ..." is a request; the addressee "from Rogers"
# sits inside the content and stays (Contiguity). "CRTC’s letter ... chided Rogers for not being
# transparent ..." is read like "was criticised for …" (an evaluation, FORMAT.md, Excluded) and not
# annotated; "CRTC’s letter" and "the CRTC letter" name their author and are mentions of the CRTC,
# while "the letter" (twice, no author in its sentence) is its own entity (Documents).
# "Rogers has yet to provide a detailed explanation of what caused the outage" is an omission with an
# open question (seed a9/a10): cue "provide a detailed explanation", content "what caused the outage".
# "A statement released by Tony Staffieri, Company’s CEO" names its author: a mention of Staffieri.
# "The CRTC listed dozens of questions ..." is read like "announced the launch of X" (noun-phrase
# content); "Staffieri’s promise to proactively credit customers’ accounts" inside it is a nested
# noun-cue claim with the possessive claimant as source.
# "how Canadians found the situation unacceptable" is an attitude of others stated in Champagne's
# claim: nested, source "Canadians". "A number of customers have complained to the Commission, the
# CRTC letter says, and some have even asked for a public inquiry" is one claim with the parenthetical
# reporting clause inside (Contiguity); "complained to the Commission" has no content, and "some ...
# asked for a public inquiry" is nested (the subset "some" is its own GROUP). "A meeting was convened"
# is an action; "No further details were provided" has no speaker and no content.
doc("thecanadianmedia-crtc-rogers-outage-explanation",
    url="https://thecanadianmedia.com/crtc-seeking-a-detailed-explanation-from-rogers-of-what-caused-massive-network-outage",
    outlet="The Canadian Media", country="Canada", topic="technology", cut=True,
    text=(T := "Toronto/CMEDIA: Canadian Radio-television and Telecommunications Commission (CRTC) is seeking a detailed explanation from Rogers about the cause of last week’s network outage, how it affected emergency services, and the company’s plans to compensate customers.\n"
          "CRTC’s letter addressed to Ted Woodhead, Rogers’ senior vice president of regulatory affairs chided Rogers for not being transparent to its customers and its failure to provide critical information about what to expect.\n"
          "“In the first several hours of the outage, it became clear that Rogers was either unable to reassure or ineffective in reassuring, its customers and providing critical information about what to expect,” the letter reads.\n"
          "Rogers has yet to provide a detailed explanation of what caused the outage.\n"
          "A statement released by Tony Staffieri, Company’s CEO on Saturday blamed a network system failure following a maintenance update. No further details were provided.\n"
          "The CRTC listed dozens of questions it wants Rogers to answer including Rogers explaining the root cause of the outage and how they plan to honor Staffieri’s promise to proactively credit customers’ accounts.\n"
          "The company has until July 22 to respond to the CRTC’s questions, said the letter.\n"
          "A meeting was convened of telecom CEOs, including Staffieri by François-Philippe Champagne, Industry Minister to develop a contingency plan to blunt the impact of future outages on consumers\n"
          "Champagne reportedly told reporters after the meeting that he wants to ensure that they understand how Canadians found the situation unacceptable and that they need to take immediate initial steps to improve the resiliency of the network in Canada.\n"
          "A number of customers have complained to the Commission, the CRTC letter says, and some have even asked for a public inquiry."),
    entities=[("crtc", "Canadian Radio-television and Telecommunications Commission", "ORGANIZATION",
               ["CRTC", "the Commission", "the CRTC letter", "CRTC’s letter"], "Canada's telecommunications regulator"),
              ("rogers", "Rogers", "ORGANIZATION", ["the company"], "Rogers Communications, Canadian telecom operator"),
              ("letter", "the letter", "ORGANIZATION", [], "the CRTC's letter to Rogers"),
              ("staffieri", "Tony Staffieri", "PERSON", ["Staffieri", "A statement released by Tony Staffieri, Company’s CEO"],
               "chief executive of Rogers"),
              ("champagne", "François-Philippe Champagne", "PERSON", ["Champagne", "François-Philippe Champagne, Industry Minister"],
               "Canada's Industry Minister"),
              ("canadians", "Canadians", "GROUP", [], "the Canadian public"),
              ("some", "some", "GROUP", [], "customers who asked the CRTC for a public inquiry")],
    mentions=[("m1", "Canadian Radio-television and Telecommunications Commission (CRTC)", "crtc"),
              ("m2", ("Rogers", "from Rogers about"), "rogers"),
              ("m3", "CRTC’s letter", "crtc"),
              ("m4", ("Rogers", "chided Rogers"), "rogers"),
              ("m5", ("Rogers", "that Rogers was either"), "rogers"),
              ("m6", ("the letter", "the letter reads"), "letter"),
              ("m7", ("Rogers", "Rogers has yet"), "rogers"),
              ("m8", "A statement released by Tony Staffieri, Company’s CEO", "staffieri"),
              ("m9", ("The CRTC", "The CRTC listed"), "crtc"),
              ("m10", ("Rogers", "wants Rogers to answer"), "rogers"),
              ("m11", ("Rogers", "including Rogers explaining"), "rogers"),
              ("m12", ("Staffieri", "Staffieri’s promise"), "staffieri"),
              ("m13", ("The company", "The company has until"), "rogers"),
              ("m14", ("the letter", "said the letter"), "letter"),
              ("m15", ("Staffieri", "including Staffieri by"), "staffieri"),
              ("m16", "François-Philippe Champagne, Industry Minister", "champagne"),
              ("m17", ("Champagne", "Champagne reportedly"), "champagne"),
              ("m18", "Canadians", "canadians"),
              ("m19", "the Commission", "crtc"),
              ("m20", "the CRTC letter", "crtc"),
              ("m21", ("some", "some have even"), "some")],
    attributions=[("a1", "INDIRECT", "m1", "seeking", seg(T, "a detailed explanation from Rogers", "to compensate customers"), None),
                  ("a2", "DIRECT", "m6", "reads", seg(T, "In the first several hours", "about what to expect,"), None),
                  ("a3", "INDIRECT", "m7", "provide a detailed explanation", ("what caused the outage", "explanation of what caused"), None),
                  ("a4", "INDIRECT", "m8", "blamed", "a network system failure following a maintenance update", None),
                  ("a5", "INDIRECT", "m9", "listed", seg(T, "dozens of questions", "credit customers’ accounts"), None),
                  ("a6", "INDIRECT", "m12", "promise", "to proactively credit customers’ accounts", "a5"),
                  ("a7", "INDIRECT", "m14", ("said", "said the letter"),
                   "The company has until July 22 to respond to the CRTC’s questions", None),
                  ("a8", "INDIRECT", "m17", "told", seg(T, "he wants to ensure", "the network in Canada"), None),
                  ("a9", "INDIRECT", "m18", "found", "the situation unacceptable", "a8"),
                  ("a10", "INDIRECT", "m20", "says", seg(T, "A number of customers have complained", "a public inquiry"), None),
                  ("a11", "INDIRECT", "m21", "asked for", ("a public inquiry", "asked for a public inquiry"), "a10")])

# ---------------------------------------------------------------------------------------
# The stored page is a SportsMax tag listing that opens with this story; it has no headline or date.
# The stored copy breaks off in "It is reported that former Soca Warriors striker turn coach Dwight
# Yorke and ", so the text is cut before that paragraph.
# "is optimistic that they will attract ..." is a belief of a named speaker (FORMAT.md, Included
# although borderline): cue "optimistic"; the with-phrase is read as part of what he expects.
# "were heavily criticised for cutting ..." is excluded (an evaluation); "shared his optimism" has no
# content of its own; "he revealed that ..." is a claim with the pronoun as source.
# "they remain firm that ..." is the speaker's own side's stance inside his claim and is not split
# off. "When asked if ..." is a question put to the speaker (excluded); "Edwards said that result was
# expected" keeps the demonstrative "that" (keep_that).
# "what they told me is that they would have planned for that result" is a pseudo-cleft inside the
# quotation: nested claim, cue "told", content the clause after "is that". "they" is read as the
# national team under its interim staff ("The Soca Warriors, currently being led by Derek King"),
# the side that would have planned for the result (a judgment call; the text does not say who).
# TTFA's quotation is from "a recent release" (a medium); TTFA inside Edwards's title is not marked.
doc("sportsmax-ttfa-edwards-soca-warriors-coach-search",
    url="https://www.sportsmax.tv/studentwriters/itemlist/tag/concacaf%20world%20cup%20qualifiers",
    outlet="SportsMax", country="Jamaica", topic="sport", cut=True,
    text=(T := "President of the Trinidad and Tobago Football Association (TTFA) Kieron Edwards, is optimistic that they will attract some high-quality candidates for the senior Soca Warriors head coach post, with hopes of securing qualification to the 2026 FIFA World Cup.\n"
          "Edwards, who along with his administration were heavily criticised for cutting former head coach Angus Eve without a suitable replacement, shared his optimism as he revealed that invitations to select the new coach will go out this week.\n"
          "The Soca Warriors, currently being led by Derek King on an interim basis, closed the recent Concacaf Nations League window with a 0-4 loss to Honduras and a goalless stalemate with French Guiana, which left them at the foot of Group B in League A and facing relegation to League B. They now face a must-win scenario in their next two fixtures in October to survive.\n"
          "However, Trinidad and Tobago remain alive in the World Cup qualifiers, which resume next year, as they sit second in Group B on four points, two points behind Costa Rica.\n"
          "Edwards said the process of selecting the new coach has been delayed a bit, but they remain firm that the suitable candidate must meet the requirements outlined to secure the necessary results and, by extension, World Cup qualification.\n"
          "“We recognise the importance of having a clear pathway for qualification, which requires the full support of the government, private sector, and citizens,” TTFA said in a recent release.\n"
          "When asked if the decision to send out the invitation was due to the Soca Warriors loss to Honduras, Edwards said that result was expected.\n"
          "“I know we hardly have time, but we cannot rush the process. We know that the toughest game in the group would have been against Honduras, and what they told me is that they would have planned for that result,” Edwards explained."),
    entities=[("edwards", "Kieron Edwards", "PERSON", ["Edwards"], "President of the Trinidad and Tobago Football Association"),
              ("ttfa", "Trinidad and Tobago Football Association", "ORGANIZATION", ["TTFA"], "Trinidad and Tobago's football federation"),
              ("warriors", "The Soca Warriors", "GROUP", ["Soca Warriors"],
               "Trinidad and Tobago's senior men's national team and its interim staff")],
    mentions=[("m1", "President of the Trinidad and Tobago Football Association (TTFA) Kieron Edwards", "edwards"),
              ("m2", ("Edwards", "Edwards, who along"), "edwards"),
              ("m3", ("he", "he revealed"), "edwards"),
              ("m4", ("The Soca Warriors", "The Soca Warriors, currently"), "warriors"),
              ("m5", ("Edwards", "Edwards said the process"), "edwards"),
              ("m6", ("TTFA", "TTFA said in a recent"), "ttfa"),
              ("m7", ("Edwards", "Edwards said that result"), "edwards"),
              ("m8", ("Edwards", "Edwards explained"), "edwards"),
              ("m9", ("they", "what they told me"), "warriors")],
    attributions=[("a1", "INDIRECT", "m1", "optimistic", seg(T, "they will attract some high-quality", "2026 FIFA World Cup"), None),
                  ("a2", "INDIRECT", "m3", "revealed", "invitations to select the new coach will go out this week", None),
                  ("a3", "INDIRECT", "m5", ("said", "Edwards said the process"),
                   seg(T, "the process of selecting the new coach", "World Cup qualification"), None),
                  ("a4", "DIRECT", "m6", ("said", "TTFA said"), seg(T, "We recognise the importance", "and citizens,"), None),
                  ("a5", "INDIRECT", "m7", ("said", "Edwards said that result"), "that result was expected", None),
                  ("a6", "DIRECT", "m8", "explained", seg(T, "I know we hardly have time", "planned for that result,"), None),
                  ("a7", "INDIRECT", "m9", "told", "they would have planned for that result", "a6")],
    keep_that=("a5",))

# ---------------------------------------------------------------------------------------
# Reuters copy on the European Supermarket Magazine's site (published in Dublin). The byline ("By
# Reuters"), the share link, the repeated headline and the embedded link ("Read More: Most Valuable
# Brands In Spain Revealed: Kantar") are left out; the cross-heads "Wholesale Prices" and "Consumer
# Price Increases" are unquoted labels and kept as paragraphs. The stored copy breaks off in "It is
# also subsidising na", so the text is cut before that paragraph. The page gives no date.
# Alvarez's quotation is split by "he said": the second part continues him (null cue). Reuters ("told
# Reuters") is an addressee, "a press conference" likewise. The source span of Alvarez is the name
# with its short role "head of ACCOE"; the further apposition "a grain producers association" is
# left out.
# "even as the company posted near-record profits" is the reporter's contrast, an adjunct of Roig's
# saying (like "despite the cracks"), and stays outside his claim.
doc("esmmagazine-spain-government-supermarkets-food-prices",
    url="https://www.esmmagazine.com/retail/spanish-government-to-meet-supermarkets-farmers-over-high-food-prices-236550",
    outlet="ESM European Supermarket Magazine", country="Ireland", topic="business", cut=True,
    text=(T := "Spanish Government To Meet Supermarkets, Farmers Over High Food Prices\n"
          "Spain's government will meet with food retailers and producers to address stubborn inflation in food prices, Economy Minister Nadia Calvino said.\n"
          "The government, business associations representing supermarkets such as Mercadona and Carrefour, as well as farming and food processing groups, will discuss evolving prices and margins to determine when consumers will be likely to feel the impact of government aid to industry, such as direct and indirect energy and fertiliser subsidies, Calvino told a press conference on Tuesday.\n"
          "\"As has happened in other sectors, sooner or later this drop in costs has to be transferred to final prices and our interest is that this transfer and this drop in food prices become a reality as soon as possible,\" she said.\n"
          "Wholesale Prices\n"
          "Jose Manuel Alvarez, head of ACCOE, a grain producers association, told Reuters last week that falling wholesale prices should already be reflected on supermarket shelves.\n"
          "\"It doesn't seem logical that in a downward context the price doesn't fall,\" he said. \"If the raw material has fallen that should have influenced the price of (cattle feed) and meat.\"\n"
          "Juan Roig, chief executive officer of Mercadona, this month said the supermarket was simply passing on higher prices reflected in the supply chain even as the company posted near-record profits.\n"
          "Consumer Price Increases\n"
          "Year-on-year consumer prices in Spain rose 6% in February, up from 5.9% in January, driven by food prices which rose 16.6%. Processed food registered the highest increase with a 16.8% rise."),
    entities=[("calvino", "Nadia Calvino", "PERSON", ["Calvino", "Economy Minister Nadia Calvino"], "Spain's Economy Minister"),
              ("alvarez", "Jose Manuel Alvarez", "PERSON", ["Alvarez", "Jose Manuel Alvarez, head of ACCOE"],
               "head of the grain producers association ACCOE"),
              ("roig", "Juan Roig", "PERSON", ["Roig", "Juan Roig, chief executive officer of Mercadona"], "chief executive of Mercadona")],
    mentions=[("m1", "Economy Minister Nadia Calvino", "calvino"),
              ("m2", ("Calvino", "Calvino told"), "calvino"),
              ("m3", ("she", "possible,\" she said"), "calvino"),
              ("m4", "Jose Manuel Alvarez, head of ACCOE", "alvarez"),
              ("m5", ("he", "fall,\" he said"), "alvarez"),
              ("m6", "Juan Roig, chief executive officer of Mercadona", "roig")],
    attributions=[("a1", "INDIRECT", "m1", ("said", "Calvino said"),
                   "Spain's government will meet with food retailers and producers to address stubborn inflation in food prices", None),
                  ("a2", "INDIRECT", "m2", ("told", "Calvino told"), seg(T, "The government, business associations", "fertiliser subsidies"), None),
                  ("a3", "DIRECT", "m3", ("said", "possible,\" she said"), seg(T, "As has happened in other sectors", "as soon as possible,"), None),
                  ("a4", "INDIRECT", "m4", ("told", "told Reuters"),
                   "falling wholesale prices should already be reflected on supermarket shelves", None),
                  ("a5", "DIRECT", "m5", ("said", "fall,\" he said"), "It doesn't seem logical that in a downward context the price doesn't fall,", None),
                  ("a6", "DIRECT", "m5", None, seg(T, "If the raw material has fallen", "(cattle feed) and meat."), None),
                  ("a7", "INDIRECT", "m6", ("said", "this month said"),
                   "the supermarket was simply passing on higher prices reflected in the supply chain", None)])

write("train_cs.jsonl")
