#!/usr/bin/env python3
"""Writes train_ay.jsonl: real-news gold, split train-ay (see gold.py). Run: python3 make_train_ay.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
# The stored page holds the article's start only; the text stops before the paragraph the stored
# copy cuts off ("He said Koita further identified Leather Boot ..."), so cut=True. The byline is
# removed. The page gives no date. Missing spaces after commas ("accused,Amadu") are as printed.
# "Treason Trial:" is a topic label, not a speaker (FORMAT.md, Headlines); "Witness" is the
# detective inspector of the lead (a role description resolves to the person, FORMAT.md,
# Coreference). "presented crucial evidence" and "read from Koita's statement" are actions with no
# reported content. "explained his connection with ..." takes its noun phrase as content, as
# "confirmed the arrest" does; the relative "who, he identified as ..." is a speech act in a
# relative clause inside that claim (nested a8); as in the corpus' "identified herself as
# Letsatsi", its content starts at "as", the object being the relative pronoun before the source.
# "it was discovered that" is an agentless finding of the investigation (FORMAT.md, Included:
# findings; null source, as "the inquiry heard that"), nested in Kasigbama's claim, whereas
# "investigations revealed that" and "Further revelations indicated that" are evidentials like
# "studies show that" (FORMAT.md, Excluded) and are not annotated.
doc("slconcordtimes-treason-trial-koita-admits-attacking-barracks",
    url="https://slconcordtimes.com/treason-trial-witness-says-koita-admits-attacking-military-barracks/",
    outlet="Concord Times", country="Sierra Leone", topic="courts-crime", cut=True,
    text=(T := "Treason Trial: Witness says Koita admits attacking military barracks\n"
          "In the ongoing treason trial, Detective Inspector Tamba Kasigbama has on Wednesday presented crucial evidence against the 1st accused,Amadu Koita Makalo.\n"
          "He said during investigations at the Criminal Investigations Department (CID) headquarters Koita admitted his involvement in the attack on military barracks in Freetown during the attempted coup on November 26, 2023.\n"
          "Led through examination in chief by state prosecutor,Ahmed J. M Bockarie, Kasigbama read from Koita’s statement, disclosing that  the accused admitted to being part of the group that attacked military installations, including the Cockrill military headquarters in Freetown.\n"
          "Kasigbama explained his connection with the 5th accused,Alimatu Hassan Bangura, who, he identified as a colleague at the CID, attached to the West Africa Police Information System (WAPIS).\n"
          "He said during the investigation, it was discovered that Koita had visited Alimatu’s apartment in 2020 before traveling to the United Kingdom.\n"
          "Kasigbama narrated that investigations revealed that Koita  was sending money to Staff Sergeant Alihaji Koroma for him to buy arms and ammunitions for the coup d’etat operations.\n"
          "He said Koroma had earlier told Koita that he was in control of  480 arms and ammunitions, but told Koita that it was difficult for him to move with the said arms and ammunitions.\n"
          "Further revelations indicated that Koita and Mohamed Jalloh,2nd accused, visited one Pa Sesay,a herbalist, with funds sent for specific purposes related to the coup.\n"
          "On page 27 of his statement, Koita mentioned that Sorieba, who is a former bodyguard attached to former President Ernest Bai Koroma’s residence, who was fatally injured at Wilberforce, was part of the coup."),
    entities=[("kasigbama", "Tamba Kasigbama", "PERSON",
               ["Kasigbama", "Detective Inspector Tamba Kasigbama", "Witness"],
               "Detective Inspector, prosecution witness"),
              ("koita", "Amadu Koita Makalo", "PERSON",
               ["Koita", "the accused", "the 1st accused", "the 1st accused,Amadu Koita Makalo"],
               "first accused in the treason trial"),
              ("koroma", "Alihaji Koroma", "PERSON", ["Koroma", "Staff Sergeant Alihaji Koroma"], "Staff Sergeant")],
    mentions=[("m1", "Witness", "kasigbama"),
              ("m2", ("Koita", "Koita admits"), "koita"),
              ("m3", "Detective Inspector Tamba Kasigbama", "kasigbama"),
              ("m4", "the 1st accused,Amadu Koita Makalo", "koita"),
              ("m5", ("He", "He said during investigations"), "kasigbama"),
              ("m6", ("Koita", "Koita admitted his"), "koita"),
              ("m7", ("Kasigbama", "Kasigbama read"), "kasigbama"),
              ("m8", ("the accused", "the accused admitted"), "koita"),
              ("m9", ("Kasigbama", "Kasigbama explained"), "kasigbama"),
              ("m10", ("he", "he identified"), "kasigbama"),
              ("m11", ("He", "He said during the investigation"), "kasigbama"),
              ("m12", ("Koita", "Koita had visited"), "koita"),
              ("m13", ("Kasigbama", "Kasigbama narrated"), "kasigbama"),
              ("m14", ("Koita", "Koita  was sending"), "koita"),
              ("m15", "Staff Sergeant Alihaji Koroma", "koroma"),
              ("m16", ("He", "He said Koroma"), "kasigbama"),
              ("m17", ("Koroma", "Koroma had earlier"), "koroma"),
              ("m18", ("Koita", "Koita that he was"), "koita"),
              ("m19", ("Koita", "Koita that it was"), "koita"),
              ("m20", ("Koita", "Koita and Mohamed"), "koita"),
              ("m21", ("Koita", "Koita mentioned"), "koita")],
    attributions=[("a1", "INDIRECT", "m1", "says", "Koita admits attacking military barracks", None),
                  ("a2", "INDIRECT", "m2", "admits", "attacking military barracks", "a1"),
                  ("a3", "INDIRECT", "m5", ("said", "He said during investigations"),
                   seg(T, "during investigations at the Criminal", "November 26, 2023"), None),
                  # "during investigations at the ... headquarters" is an adjunct of the admitting.
                  ("a4", "INDIRECT", "m6", ("admitted", "Koita admitted his"),
                   seg(T, "his involvement in the attack", "November 26, 2023"), "a3"),
                  ("a5", "INDIRECT", "m7", "disclosing",
                   seg(T, "the accused admitted to being", "headquarters in Freetown"), None),
                  # "admitted to X": the linking preposition is left out (FORMAT.md, Content).
                  ("a6", "INDIRECT", "m8", ("admitted", "the accused admitted to"),
                   seg(T, "being part of the group", "headquarters in Freetown"), "a5"),
                  ("a7", "INDIRECT", "m9", "explained",
                   seg(T, "his connection with the 5th accused", "System (WAPIS)"), None),
                  ("a8", "INDIRECT", "m10", "identified",
                   seg(T, "as a colleague at the CID", "System (WAPIS)"), "a7"),
                  ("a9", "INDIRECT", "m11", ("said", "He said during the investigation"),
                   seg(T, "during the investigation, it was discovered", "to the United Kingdom"), None),
                  ("a10", "INDIRECT", None, "discovered",
                   "Koita had visited Alimatu’s apartment in 2020 before traveling to the United Kingdom", "a9"),
                  ("a11", "INDIRECT", "m13", "narrated",
                   seg(T, "investigations revealed that Koita", "coup d’etat operations"), None),
                  ("a12", "INDIRECT", "m16", ("said", "He said Koroma"),
                   seg(T, "Koroma had earlier told Koita", "the said arms and ammunitions"), None),
                  ("a13", "INDIRECT", "m17", ("told", "earlier told"), "he was in control of  480 arms and ammunitions", "a12"),
                  # Second clause of the same subject: same source mention, its own cue.
                  ("a14", "INDIRECT", "m17", ("told", "but told"),
                   "it was difficult for him to move with the said arms and ammunitions", "a12"),
                  # "On page 27 of his statement" is where he said it (a medium), left out.
                  ("a15", "INDIRECT", "m21", "mentioned",
                   seg(T, "Sorieba, who is a former bodyguard", "was part of the coup"), None)])

# ---------------------------------------------------------------------------------------
# The stored page holds the whole article; the byline ("By: Kebba AF Touray") is removed. The page
# gives the date of the sitting ("yesterday Monday 21st June 2021"), not its own, so no date is
# recorded. "summoned the Minister ... to appear" (headline and lead) and "put the matter to vote"
# / "voted for the motion" are actions of the Assembly (FORMAT.md, Excluded: actions), not claims.
# In `"Q," she said; that B` the printed "that"-clause is governed by the same "said" as the quote:
# two claims of Njai, each with the cue "said" (a2 DIRECT, a5 INDIRECT), as `X said A, warning
# that B` is two claims. Inside the quote, "I asked the Minister about ..." is a reported question
# (nested a3; addressee and "about" left out) and "gave us false information that ..." is the
# Minister's claim with the noun cue "information" (nested a4). "which has been confirmed by the
# media" is a speech act in a relative clause inside Njai's claim (FORMAT.md, Included; nested a7):
# the media are its agent here, not a medium, and the confirmed content is the antecedent clause.
doc("foroyaa-gambia-lawmakers-summon-fisheries-minister",
    url="https://foroyaa.net/lawmakers-summon-fisheries-minister/",
    outlet="Foroyaa", country="Gambia", topic="politics", cut=False,
    text=(T := "Lawmakers Summon Fisheries Minister\n"
          "Members of the National Assembly yesterday Monday 21st June 2021, summoned the Minister for Fisheries to appear before them and provide answers to their questions regarding matters of his Ministry.\n"
          "Fatoumatta Njai, the Member for Banjul South who moved the motion for the Minister’s appearance, explained that in view of the distressful state of country’s coastline, it is a matter of urgency for the Fisheries Minister to be summoned and appear before them to provide answers on this.\n"
          "“Sometime back, I asked the Minister about the state of the country’s coastline and the damage being done to the area. This was the time he stood in front of the Assembly and blatantly gave us false information that we were following social media,” she said; that it is now time to ask him to come back and tell them the real state of the country’s coastline because it is really distressing to see the skyrocketing price of fish in the country as we see how the citizenry are being restricted because they cannot afford the cost.\n"
          "Njai said they have seen tons of fish being wasted and dumped in the early hours of Monday, which has been confirmed by the media.\n"
          "“So we want the Minister as a matter of urgency, to come and clear the matter,” she said.\n"
          "On his part, the Member for Upper Saloum Alhagie Mbow, said as a parliament, it is important that questions and allegations of such nature should be backed by evidence and thus suggested that the mover of the said motion provide some documentation to prove her claim.\n"
          "He said the Assembly should not base a motion on allegations or on something they do not have evidence on, but on facts.\n"
          "At this point, Speaker Mariam Jack Denton subsequently put the matter to vote and lawmakers unanimously voted for the motion to summon the Fisheries Minister to come and appear before them, and to provide them with answers to their questions particularly on the above mentioned matter."),
    entities=[("njai", "Fatoumatta Njai", "PERSON",
               ["Njai", "Fatoumatta Njai, the Member for Banjul South", "the mover of the said motion"],
               "National Assembly Member for Banjul South"),
              ("minister", "the Minister for Fisheries", "PERSON",
               ["Minister for Fisheries", "the Fisheries Minister", "Fisheries Minister"], "Gambia's Minister for Fisheries"),
              ("media", "the media", "GROUP", [], "the news media"),
              ("mbow", "Alhagie Mbow", "PERSON",
               ["Mbow", "the Member for Upper Saloum Alhagie Mbow", "the Member for Upper Saloum"],
               "National Assembly Member for Upper Saloum")],
    mentions=[("m1", "the Minister for Fisheries", "minister"),
              ("m2", "Fatoumatta Njai, the Member for Banjul South", "njai"),
              ("m3", ("the Fisheries Minister", "the Fisheries Minister to be summoned"), "minister"),
              ("m4", ("I", "I asked"), "njai"),
              ("m5", ("the Minister", "the Minister about"), "minister"),
              ("m6", ("he", "he stood"), "minister"),
              ("m7", ("she", "she said; that"), "njai"),
              ("m8", ("Njai", "Njai said they"), "njai"),
              ("m9", "the media", "media"),
              ("m10", ("the Minister", "the Minister as a matter"), "minister"),
              ("m11", ("she", "she said.\nOn"), "njai"),
              ("m12", "the Member for Upper Saloum Alhagie Mbow", "mbow"),
              ("m13", "the mover of the said motion", "njai"),
              ("m14", ("He", "He said the Assembly"), "mbow"),
              ("m15", ("the Fisheries Minister", "summon the Fisheries Minister"), "minister")],
    attributions=[("a1", "INDIRECT", "m2", "explained",
                   seg(T, "in view of the distressful state", "provide answers on this"), None),
                  ("a2", "DIRECT", "m7", ("said", "she said; that"),
                   seg(T, "Sometime back, I asked", "following social media,"), None),
                  ("a3", "INDIRECT", "m4", ("asked", "I asked"),
                   "the state of the country’s coastline and the damage being done to the area", "a2"),
                  ("a4", "INDIRECT", "m6", ("information", "false information that"), "we were following social media", "a2"),
                  ("a5", "INDIRECT", "m7", ("said", "she said; that"),
                   seg(T, "it is now time to ask him", "cannot afford the cost"), None),
                  ("a6", "INDIRECT", "m8", ("said", "Njai said they"),
                   seg(T, "they have seen tons of fish", "confirmed by the media"), None),
                  ("a7", "INDIRECT", "m9", "confirmed",
                   "tons of fish being wasted and dumped in the early hours of Monday", "a6"),
                  ("a8", "DIRECT", "m11", ("said", "she said.\nOn"),
                   "So we want the Minister as a matter of urgency, to come and clear the matter,", None),
                  # "On his part" is a connective, left out.
                  ("a9", "INDIRECT", "m12", ("said", "Mbow, said"),
                   "as a parliament, it is important that questions and allegations of such nature should be backed by evidence", None),
                  ("a10", "INDIRECT", "m12", "suggested",
                   "the mover of the said motion provide some documentation to prove her claim", None),
                  ("a11", "INDIRECT", "m14", ("said", "He said the Assembly"),
                   "the Assembly should not base a motion on allegations or on something they do not have evidence on, but on facts", None)])

# ---------------------------------------------------------------------------------------
# The stored page holds the article's start only; the text stops before the paragraph the stored
# copy cuts off ("The spokesperson said, WHO agre..."), so cut=True. The page gives no date. The
# lead's "DAR ES SALAAM, Tanzania," is a dateline, not an attribution. This wire text drops the
# quotation marks of its quotes, so every claim is INDIRECT. "There is no Ebola outbreak in
# Tanzania." opens a paragraph whose trailing "..., told a news conference" covers its own
# sentence only (FORMAT.md, No cue, no claim): the first sentence has no cue and is not
# annotated. "statistics from the DRC indicated that" and "results showed negative" are
# evidentials inside claims (FORMAT.md, Excluded). "what was described as a strange disease" is
# an agentless "described X as Y" (null source, content from "as", as the corpus' "described as
# 'extremely serious' claims"), nested in the WHO statement. "the agency's complaints" has no
# content of its own. "summoned the country's WHO representative" is an action.
doc("tanzanianewsreports-health-authorities-insist-no-ebola",
    url="https://www.tanzanianewsreports.com/tanzanian-health-authorities-insist-no-ebola-outbreak/",
    outlet="Tanzania News Reports", country="Tanzania", topic="health-science", cut=True,
    text=(T := "Tanzanian Health Authorities Insist No Ebola Outbreak\n"
          "DAR ES SALAAM, Tanzania, Tanzanian health authorities, reiterated that there was no Ebola outbreak in the east African country, and urged people to trash rumours about the outbreak.\n"
          "There is no Ebola outbreak in Tanzania. The country is safe and people should not be scared with rumours being spread by social media and some international news outlets, the Minister for Health, Ummy Mwalimu, told a news conference in Dar es Salaam.\n"
          "There is no way you can hide the outbreak of epidemics like Ebola, said the minister, adding that, samples of two suspected Ebola patients, who died recently were tested and results showed negative.\n"
          "She said, results of laboratory tests of the two patients were sent to the World Health Organisation (WHO).\n"
          "However, Mwalimu said, since there was an outbreak of the virus in neighbouring Democratic Republic of the Congo (DRC), Tanzania was on on high risk and the country already took preparedness and response measures.\n"
          "She said, statistics from the DRC indicated that by Sept 30, 3,194 people were diagnosed with Ebola and 2,133 of them were killed by the virus.\n"
          "Since Tanzania is a neighbour of DRC, the Ministry of Health has taken a number of preparedness and response measures, said Mwalimu. who was accompanied by top health officials from her ministry.\n"
          "On Sept 24, the government of Tanzania summoned the country's WHO representative, following a recent statement by the UN health organisation that the country was not sharing information on results of recent tests of what was described as a strange disease that killed two people.\n"
          "Hassan Abbasi, director of information services and government chief spokesperson, said, the government summoned the WHO envoy to get a detailed report on the agency's complaints through the media.\n"
          "The WHO representative insisted that the UN health agency has no evidence that there is an Ebola outbreak in Tanzania, said Abbasi."),
    entities=[("authorities", "Tanzanian Health Authorities", "GROUP", ["Tanzanian health authorities"],
               "Tanzania's health authorities"),
              ("mwalimu", "Ummy Mwalimu", "PERSON",
               ["Mwalimu", "the Minister for Health, Ummy Mwalimu", "the minister"], "Tanzania's Minister for Health"),
              ("who", "the World Health Organisation (WHO)", "ORGANIZATION",
               ["World Health Organisation", "the UN health organisation", "the UN health agency"], "UN health agency"),
              ("abbasi", "Hassan Abbasi", "PERSON",
               ["Abbasi", "Hassan Abbasi, director of information services and government chief spokesperson"],
               "Tanzania's director of information services and government chief spokesperson"),
              ("whorep", "The WHO representative", "PERSON",
               ["the country's WHO representative", "the WHO envoy"], "WHO representative in Tanzania")],
    mentions=[("m1", "Tanzanian Health Authorities", "authorities"),
              ("m2", "Tanzanian health authorities", "authorities"),
              ("m3", "the Minister for Health, Ummy Mwalimu", "mwalimu"),
              ("m4", "the minister", "mwalimu"),
              ("m5", ("She", "She said, results"), "mwalimu"),
              ("m6", "the World Health Organisation (WHO)", "who"),
              ("m7", ("Mwalimu", "Mwalimu said, since"), "mwalimu"),
              ("m8", ("She", "She said, statistics"), "mwalimu"),
              ("m9", ("Mwalimu", "Mwalimu. who"), "mwalimu"),
              ("m10", "the country's WHO representative", "whorep"),
              ("m11", "the UN health organisation", "who"),
              ("m12", "Hassan Abbasi, director of information services and government chief spokesperson", "abbasi"),
              ("m13", "the WHO envoy", "whorep"),
              ("m14", "The WHO representative", "whorep"),
              ("m15", "the UN health agency", "who"),
              ("m16", ("Abbasi", "said Abbasi"), "abbasi")],
    attributions=[("a1", "INDIRECT", "m1", "Insist", "No Ebola Outbreak", None),
                  ("a2", "INDIRECT", "m2", "reiterated", "there was no Ebola outbreak in the east African country", None),
                  # "urged X to Y" keeps the addressee, as "called on X to Y" (FORMAT.md, Contiguity).
                  ("a3", "INDIRECT", "m2", "urged", "people to trash rumours about the outbreak", None),
                  ("a4", "INDIRECT", "m3", "told",
                   seg(T, "The country is safe", "some international news outlets"), None),
                  ("a5", "INDIRECT", "m4", ("said", "said the minister"),
                   "There is no way you can hide the outbreak of epidemics like Ebola", None),
                  ("a6", "INDIRECT", "m4", "adding",
                   "samples of two suspected Ebola patients, who died recently were tested and results showed negative", None),
                  ("a7", "INDIRECT", "m5", ("said", "She said, results"),
                   "results of laboratory tests of the two patients were sent to the World Health Organisation (WHO)", None),
                  ("a8", "INDIRECT", "m7", ("said", "Mwalimu said, since"),
                   seg(T, "since there was an outbreak", "response measures"), None),
                  ("a9", "INDIRECT", "m8", ("said", "She said, statistics"),
                   seg(T, "statistics from the DRC", "killed by the virus"), None),
                  ("a10", "INDIRECT", "m9", ("said", "said Mwalimu"),
                   "Since Tanzania is a neighbour of DRC, the Ministry of Health has taken a number of preparedness and response measures", None),
                  ("a11", "INDIRECT", "m11", "statement",
                   seg(T, "the country was not sharing information", "killed two people"), None),
                  ("a12", "INDIRECT", None, "described", "as a strange disease that killed two people", "a11"),
                  ("a13", "INDIRECT", "m12", ("said", "spokesperson, said"),
                   "the government summoned the WHO envoy to get a detailed report on the agency's complaints through the media", None),
                  ("a14", "INDIRECT", "m16", ("said", "said Abbasi"),
                   seg(T, "The WHO representative insisted", "Ebola outbreak in Tanzania"), None),
                  ("a15", "INDIRECT", "m14", "insisted",
                   "the UN health agency has no evidence that there is an Ebola outbreak in Tanzania", "a14")])

# ---------------------------------------------------------------------------------------
# The stored page holds the article's start only; the text stops before the paragraph the stored
# copy cuts off ("He mentioned communities such as ..."), so cut=True. The dateline "Gwira-Banso
# (W/R), Nov 23, GNA –" is not an attribution; the date is the dateline's with the address's year.
# The stored page prints the full stop of the second paragraph on a line of its own
# ("government\n."); it is joined to its paragraph. Missing spaces ("area,Convenor",
# "Gwira-Dominase,Mr.James") are as printed. "Speaking to the Ghana News Agency after a visit ..."
# is a medium and an adjunct, left out. "was worried that" is coordinated with "She said" and has
# a content of its own: a second claim of Vaah, like "voiced relief that" (FORMAT.md, Included).
# "linked X" (the corpus has it once, train_ar) and "condemned X" take their noun phrases as
# content, as "defended the design" does. In "called on the NCCE ... to join the call to Ghanaians
# to see ...", "the call" is a noun cue with no claimant in its NP (null source, nested a12).
doc("gna-ghana-advocacy-group-urges-halt-galamsey-ankobra",
    url="https://gna.org.gh/2021/11/ghana-environmental-advocacy-group-urges-government-to-halt-galamsey-in-river-ankobra",
    outlet="Ghana News Agency", country="Ghana", topic="environment", cut=True, published="2021-11-23",
    text=(T := "Ghana Environmental Advocacy Group urges government to halt Galamsey in River Ankobra\n"
          "Gwira-Banso (W/R), Nov 23, GNA – The Ghana Environmental Advocacy Group (GEAG) has urged the Ministry of Lands and Natural Resources to adopt concrete steps to halt galamsey activities in the Ankobra River, especially the Gwira side of it.\n"
          "According to the group, the rate at which the river Ankobra was being polluted with chemicals from galamsey activities and alluvial deposits which destroyed water bodies and affected marine species, called for urgent and immediate action from the government.\n"
          "Speaking to the Ghana News Agency after a visit to some communities along the River Ankobra in the Gwira area,Convenor to the Ghana Environmental Advocacy Group,Madam Elizabeth Allua Vaah urged the government to rise up and take drastic measures to clamp down on the illegal miners and those mining irresponsibly in the area.\n"
          "She said the presence of the galamseyers in the Ankobra River, was the cause of the constant pollution of the River, and was worried that chemicals and toxins from the galamsey menace washed into the sea at Ankobra, contaminated the sea and might poison the fish stock.\n"
          "Madam Allua Vaah linked the heavy metal content of the Sargassum Seaweed which invaded the area and wondered “If the seaweeds were this polluted, how much more are the fishes that humans along the stretch are consuming on a daily basis?”\n"
          "She said it was pathetic that the government seemed to be helpless in combating the galamsey menace in Ghana’s river bodies.\n"
          "The Convenor also called on the NCCE and the Ghana Health Service to join the call to Ghanaians to see the broader impact of irresponsible mining on the health of the broader population.\n"
          "The Assembly Member for Gwira-Dominase,Mr.James Akpor condemned galamsey activities currently on-going in some communities along the River Ankobra."),
    entities=[("geag", "Ghana Environmental Advocacy Group", "ORGANIZATION",
               ["The Ghana Environmental Advocacy Group (GEAG)", "GEAG", "the group"], "Ghanaian environmental advocacy group"),
              ("vaah", "Elizabeth Allua Vaah", "PERSON",
               ["Allua Vaah", "Vaah", "Madam Allua Vaah", "Madam Elizabeth Allua Vaah", "The Convenor"],
               "Convenor of the Ghana Environmental Advocacy Group"),
              ("akpor", "James Akpor", "PERSON", ["Akpor", "Mr.James Akpor"], "Assembly Member for Gwira-Dominase")],
    mentions=[("m1", ("Ghana Environmental Advocacy Group", "Ghana Environmental Advocacy Group urges"), "geag"),
              ("m2", "The Ghana Environmental Advocacy Group (GEAG)", "geag"),
              ("m3", "the group", "geag"),
              ("m4", "Convenor to the Ghana Environmental Advocacy Group,Madam Elizabeth Allua Vaah", "vaah"),
              ("m5", ("She", "She said the presence"), "vaah"),
              ("m6", "Madam Allua Vaah", "vaah"),
              ("m7", ("She", "She said it was"), "vaah"),
              ("m8", "The Convenor", "vaah"),
              ("m9", "The Assembly Member for Gwira-Dominase,Mr.James Akpor", "akpor")],
    attributions=[("a1", "INDIRECT", "m1", "urges", "government to halt Galamsey in River Ankobra", None),
                  ("a2", "INDIRECT", "m2", ("urged", "has urged"),
                   seg(T, "the Ministry of Lands and Natural Resources to adopt", "the Gwira side of it"), None),
                  ("a3", "INDIRECT", "m3", "According to",
                   seg(T, "the rate at which the river Ankobra", "immediate action from the government"), None),
                  ("a4", "INDIRECT", "m4", ("urged", "Vaah urged"),
                   seg(T, "the government to rise up", "mining irresponsibly in the area"), None),
                  ("a5", "INDIRECT", "m5", ("said", "She said the presence"),
                   "the presence of the galamseyers in the Ankobra River, was the cause of the constant pollution of the River", None),
                  ("a6", "INDIRECT", "m5", "worried",
                   seg(T, "chemicals and toxins from the galamsey menace", "poison the fish stock"), None),
                  ("a7", "INDIRECT", "m6", "linked",
                   "the heavy metal content of the Sargassum Seaweed which invaded the area", None),
                  ("a8", "DIRECT", "m6", "wondered",
                   seg(T, "If the seaweeds were this polluted", "on a daily basis?"), None),
                  ("a9", "INDIRECT", "m7", ("said", "She said it was"),
                   "it was pathetic that the government seemed to be helpless in combating the galamsey menace in Ghana’s river bodies", None),
                  ("a10", "INDIRECT", "m8", "called on",
                   seg(T, "the NCCE and the Ghana Health Service", "health of the broader population"), None),
                  ("a11", "INDIRECT", None, ("call", "the call to Ghanaians"),
                   "Ghanaians to see the broader impact of irresponsible mining on the health of the broader population", "a10"),
                  ("a12", "INDIRECT", "m9", "condemned",
                   "galamsey activities currently on-going in some communities along the River Ankobra", None)])

# ---------------------------------------------------------------------------------------
# The stored page holds the whole article; a section label ("› Business") and a photo caption
# ("Trade Minister tours some wholesale shops in Yaounde (c) copyright") are removed, and the
# page's next teaser ("Published on 10.02.2021 / Cameroon: La Vallée de Bana ...") is not part of
# the article. The article gives no year ("Thursday April 1"), so no date is recorded. Its quotes
# open with ‘’ and close with ’’, taken as marks (FORMAT.md, Type: every style of mark counts).
# "Cameroon:" is a topic label. "as published by the press" reports an increase that the
# minister denies: nested a4 takes the contiguous "increase in ... market", without the negation.
# "have not increased as reported by some news outlets" has no contiguous span for what the
# outlets reported (the increase) without the minister's "not", so it is not annotated; the
# headline's "reports of hikes" carries that claim. "He was speaking ..." and "he spoke with the
# manager" have no content. "Falvien" is the page's misspelling of Flavien (an alias).
doc("journalducameroun-trade-minister-debunks-price-hikes",
    url="https://www.journalducameroun.com/en/cameroon-trade-minister-debunks-reports-of-hikes-in-prices-of-commodities/",
    outlet="Journal du Cameroun", country="Cameroon", topic="business", cut=False,
    text=(T := "Cameroon: Trade Minister debunks reports of hikes in prices of commodities\n"
          "The Minister of Trade, Luc Magloire Mbarge Atangana has pointed out that there is no increase in the prices of some basic commodities in the market as published by the press except from flour which is imported.\n"
          "He was speaking Thursday April 1 after touring some wholesale shops and bakeries in Cameroons political capital Yaounde.\n"
          "His tour had two main objectives; first to check the availability of some products in the market including rice, meat, sugar and a host of others.\n"
          "Secondly and most importantly, Minister Mbarga Atangana wanted to make sure the prices of some basic commodities implemented by the government have not increased as reported by some news outlets.\n"
          "The Minister’s first stop was at Congelcam around the Mokolo neighborhood.\n"
          "There, he spoke with the manager, Joseph Flavien Kankeu who assured quantity and quality stocks of fish are available in different varieties.\n"
          "‘’We put in efforts so that every Cameroonian can consume fish and even sell at a cheaper  price  compared to that which has been homologated  by the government.’’ Falvien told the Minister.\n"
          "‘’We have this Calada bar fish which the Ministry told us to sell at FCFA 1350 according to the  type of tilapia, we sell them at FCFA 1200, when we have the possibility to reduce we do so and this also depends on its  availability in the international market’’ he added.\n"
          "That notwithstanding, Minister Mbarga Atangana noted that the price of flour which is an imported product has increased.\n"
          "He added that the Prices of commodities at the international level have increased by 40% and maritime transport on its part has also increased by 20% since the outbreak of the Covid-19."),
    entities=[("atangana", "Luc Magloire Mbarge Atangana", "PERSON",
               ["Mbarga Atangana", "Atangana", "Minister Mbarga Atangana", "Trade Minister",
                "The Minister of Trade, Luc Magloire Mbarge Atangana", "the Minister"], "Cameroon's Minister of Trade"),
              ("press", "the press", "GROUP", [], "news media"),
              ("kankeu", "Joseph Flavien Kankeu", "PERSON",
               ["Kankeu", "Flavien", "Falvien", "the manager", "the manager, Joseph Flavien Kankeu"], "manager of Congelcam"),
              ("ministry", "the Ministry", "ORGANIZATION", [], "Cameroon's Ministry of Trade")],
    mentions=[("m1", "Trade Minister", "atangana"),
              ("m2", "The Minister of Trade, Luc Magloire Mbarge Atangana", "atangana"),
              ("m3", "the press", "press"),
              ("m4", ("Minister Mbarga Atangana", "Minister Mbarga Atangana wanted"), "atangana"),
              ("m5", "the manager, Joseph Flavien Kankeu", "kankeu"),
              ("m6", "Falvien", "kankeu"),
              ("m7", ("the Minister", "told the Minister"), "atangana"),
              ("m8", "the Ministry", "ministry"),
              ("m9", ("he", "he added"), "kankeu"),
              ("m10", ("Minister Mbarga Atangana", "Minister Mbarga Atangana noted"), "atangana"),
              ("m11", ("He", "He added"), "atangana")],
    attributions=[("a1", "INDIRECT", "m1", "debunks", "reports of hikes in prices of commodities", None),
                  # Noun cue with no claimant: null source (FORMAT.md, Null source).
                  ("a2", "INDIRECT", None, ("reports", "debunks reports"), "hikes in prices of commodities", "a1"),
                  ("a3", "INDIRECT", "m2", "pointed out",
                   seg(T, "there is no increase in the prices", "flour which is imported"), None),
                  ("a4", "INDIRECT", "m3", "published",
                   "increase in the prices of some basic commodities in the market", "a3"),
                  # The cue sits in a relative clause: the source is its antecedent (FORMAT.md, Source).
                  ("a5", "INDIRECT", "m5", "assured",
                   "quantity and quality stocks of fish are available in different varieties", None),
                  ("a6", "DIRECT", "m6", ("told", "Falvien told"),
                   seg(T, "We put in efforts", "by the government."), None),
                  ("a7", "DIRECT", "m9", ("added", "he added"),
                   seg(T, "We have this Calada bar fish", "in the international market"), None),
                  # A speech act in a relative clause inside the quote; the addressee "us" is left out.
                  ("a8", "INDIRECT", "m8", ("told", "Ministry told"),
                   "to sell at FCFA 1350 according to the  type of tilapia", "a7"),
                  ("a9", "INDIRECT", "m10", "noted", "the price of flour which is an imported product has increased", None),
                  ("a10", "INDIRECT", "m11", ("added", "He added"),
                   seg(T, "the Prices of commodities at the international level", "outbreak of the Covid-19"), None)])

# ---------------------------------------------------------------------------------------
# The stored page holds the whole article, a copy credited "Daily Trust" at its end (the credit
# line is removed, with the weather widget and "Must read" labels; a space the page leaves at the
# end of its second paragraph is dropped). The page gives no date. The
# headline is a "claim – name" headline (null cue). In `He said "Q," he said.` the governing
# clause carries the claim and the trailing repeat is left out (FORMAT.md, Two clauses, one claim:
# a governing clause wins over a trailing repeat). "refuted reports that ..." nests the
# claimant-less noun cue "reports" (null source). "praised X, saying Y" is two claims of Musa.
# Musa's last quotation runs over two paragraphs (the first ends without a closing mark and the
# second reopens): one DIRECT claim with the cue "assured". Inside it, "He said what we lack is
# our concentration" is Peseiro's nested claim; "and he believes in us" is Musa's own words about
# Peseiro's trust, with no reported content, so it stays outside the nested content.
doc("120edgenews-super-eagles-peseiro-sierra-leone",
    url="https://120edgenews.com/?p=697",
    outlet="120 Edge News", country="Nigeria", topic="sport", cut=False,
    text=(T := "Super Eagles Will Show Strength Against Sierra Leone – Peseiro\n"
          "Super Eagles coach, Jose Peseiro, has declared that the Super Eagles will go out in full force when they take on the Leone Stars of Sierra Leone in their opening match of the 2023 Africa Cup of Nations qualifiers.\n"
          "The match is scheduled to take place at the Moshood Abiola National Stadium Abuja will be played behind closed doors.\n"
          "Speaking during Wednesday’s pre-match press conference, the Portuguese gaffer said despite the 4-4 draw in the last game between both sides in November 2020, the Super Eagles are a better side than their opponents.\n"
          "He said “Our team is better than Sierra-Leone and we will show our strength against them today,” he said.\n"
          "He further refuted reports that he wasn’t involved in the selection of the players for the match.\n"
          "“It is my job to call the players. It is better to attack the coach than the players. I try to protect the players,” he noted.\n"
          "In the same vein, Captain of the Super Eagles, Ahmed Musa, urged Nigerians to support the team and put behind their failure to qualify for Qatar 2022 World Cup.\n"
          "“It was sad for everyone as it was a tough moment for all of us. We are ready to make Nigerians proud again. We need to keep pushing. We can fall and we will rise again,” said Musa.\n"
          "He praised the coaching skills of his new manager, saying a lot of positive changes will be witnessed sooner than later.\n"
          "“I have enjoyed the two training sessions with him. He has been able to pass his message to us well.\n"
          "“He said what we lack is our concentration and he believes in us. So, it is left for us to prove him right and a lot of things will change in the team plays,” he assured."),
    entities=[("peseiro", "Jose Peseiro", "PERSON",
               ["Peseiro", "Super Eagles coach, Jose Peseiro", "the Portuguese gaffer", "his new manager"],
               "Super Eagles head coach"),
              ("musa", "Ahmed Musa", "PERSON", ["Musa", "Captain of the Super Eagles, Ahmed Musa"], "Super Eagles captain")],
    mentions=[("m1", ("Peseiro", "Leone – Peseiro"), "peseiro"),
              ("m2", "Super Eagles coach, Jose Peseiro", "peseiro"),
              ("m3", "the Portuguese gaffer", "peseiro"),
              ("m4", ("He", "He said “Our"), "peseiro"),
              ("m5", ("He", "He further refuted"), "peseiro"),
              ("m6", ("the coach", "attack the coach"), "peseiro"),
              ("m7", ("he", "he noted"), "peseiro"),
              ("m8", "Captain of the Super Eagles, Ahmed Musa", "musa"),
              ("m9", ("Musa", "said Musa"), "musa"),
              ("m10", ("He", "He praised"), "musa"),
              ("m11", "his new manager", "peseiro"),
              ("m12", ("He", "He said what"), "peseiro"),
              ("m13", ("he", "he assured"), "musa")],
    attributions=[("a1", "INDIRECT", "m1", None, "Super Eagles Will Show Strength Against Sierra Leone", None),
                  ("a2", "INDIRECT", "m2", "declared",
                   seg(T, "the Super Eagles will go out in full force", "Africa Cup of Nations qualifiers"), None),
                  ("a3", "INDIRECT", "m3", ("said", "gaffer said"),
                   seg(T, "despite the 4-4 draw", "better side than their opponents"), None),
                  ("a4", "DIRECT", "m4", ("said", "He said “Our"),
                   "Our team is better than Sierra-Leone and we will show our strength against them today,", None),
                  ("a5", "INDIRECT", "m5", "refuted",
                   "reports that he wasn’t involved in the selection of the players for the match", None),
                  ("a6", "INDIRECT", None, ("reports", "refuted reports"),
                   "he wasn’t involved in the selection of the players for the match", "a5"),
                  ("a7", "DIRECT", "m7", ("noted", "he noted"),
                   seg(T, "It is my job to call", "protect the players,"), None),
                  # "In the same vein" is a connective; "urged X to Y" keeps the addressee.
                  ("a8", "INDIRECT", "m8", "urged",
                   "Nigerians to support the team and put behind their failure to qualify for Qatar 2022 World Cup", None),
                  ("a9", "DIRECT", "m9", ("said", "said Musa"),
                   seg(T, "It was sad for everyone", "we will rise again,"), None),
                  ("a10", "INDIRECT", "m10", "praised", "the coaching skills of his new manager", None),
                  ("a11", "INDIRECT", "m10", "saying", "a lot of positive changes will be witnessed sooner than later", None),
                  ("a12", "DIRECT", "m13", ("assured", "he assured"),
                   seg(T, "I have enjoyed the two training", "change in the team plays,"), None),
                  ("a13", "INDIRECT", "m12", ("said", "He said what"), "what we lack is our concentration", "a12")])

# ---------------------------------------------------------------------------------------
# The stored page has no headline: the text starts with its lead (the address gives the headline
# "UCC denies directing ISPs to switch off internet, mobile money on polling day"). The page
# holds the whole article. "told The Tower Post" names a medium, not a source. "denied any
# knowledge of the reports alleging that ..." nests the reports' claim (their own entity,
# FORMAT.md, Documents), and inside it the government's directive "ordered X to Y", annotated
# like "told X to Y" / "called on X to Y" with its addressee kept (the corpus has "ordered
# Matjeeane to unlock the gate", train_j). "the government's letter ... directed the shutdown of
# X" has a noun-phrase object only, an action like "ordered an inquiry" (FORMAT.md, Excluded), so
# it is not nested. "according to the reports" is a parenthetical inside its claim: the content
# keeps it and runs from "Other services" to the closing mark (MIXED, quoted and unquoted text).
# "citing 'national security'' as ..." is a claim of the authorities (MIXED; the pair of marks is
# mismatched, “ and ’’, as printed). The 2016 "authorities" and "Government" are one entity with
# "the government" of the reports (FORMAT.md, Coreference: one collective).
doc("thetowerpost-ucc-denies-internet-shutdown-directive",
    url="https://thetowerpost.com/2021/01/06/ucc-denies-directing-isps-to-switch-off-internet-mobile-money-on-polling-day",
    outlet="The Tower Post", country="Uganda", topic="technology", cut=False, published="2021-01-06",
    text=(T := "The Uganda Communications Commission – UCC has denied any knowledge of the reports alleging that the government ordered telecoms and Internet Service providers to switch off all social media and mobile money on polling day.\n"
          "“We don’t know of any such directive either from government or from the Commission, a part from seeing it online,” UCC spokesperson Ibrahim Bbosa told The Tower Post on Wednesday morning.\n"
          "The reports alleged that the government’s letter to ISP directed the shutdown of Mobile data services (Country wide)-Excluding NON-GSM, Mobile data service (Regional cluster) Excluding NON-GSM, Mobile data services (Country wide) including NON-GSM, and mobile data (Regional cluster) including NON-GSM.\n"
          "Other services that were to be shutdown, according to the reports included “Voice, SMS and Data (country wide and full network shutdown, Voice, SMS and Data (Network shutdown on Regional cluster). Data (country wide excluding dedicated APN, Data (Regional cluster excluding dedicated APN and finally MOMO services both country wide and regional cluster”.\n"
          "But the UCC which is the licencing body for all telecoms and Internet Service providers has totally denied knowledge of the said directive.\n"
          "In 2016, authorities switched off social media and mobile money transactions —citing “national security’’ as the motivation behind restrictions.\n"
          "Government said that the platforms were being used to incite violence and justified their shutdown as a means to ensure a peaceful election period.\n"
          "Ugandans would however navigate around the directive by resorting to use of Virtual Private Networks to access the blocked sites."),
    entities=[("ucc", "The Uganda Communications Commission – UCC", "ORGANIZATION",
               ["Uganda Communications Commission", "UCC", "the UCC", "the Commission"], "Uganda's communications regulator"),
              ("reports", "the reports", "GROUP", [], "reports circulating before the 2021 elections"),
              ("govt", "Government", "ORGANIZATION", ["the government", "authorities"], "Government of Uganda"),
              ("bbosa", "Ibrahim Bbosa", "PERSON", ["Bbosa", "UCC spokesperson Ibrahim Bbosa"], "UCC spokesperson")],
    mentions=[("m1", "The Uganda Communications Commission – UCC", "ucc"),
              ("m2", ("the reports", "the reports alleging"), "reports"),
              ("m3", ("the government", "the government ordered"), "govt"),
              ("m4", ("government", "either from government"), "govt"),
              ("m5", "the Commission", "ucc"),
              ("m6", "UCC spokesperson Ibrahim Bbosa", "bbosa"),
              ("m7", ("The reports", "The reports alleged"), "reports"),
              ("m8", ("the reports", "according to the reports"), "reports"),
              ("m9", ("the UCC", "the UCC which"), "ucc"),
              ("m10", "authorities", "govt"),
              ("m11", ("Government", "Government said"), "govt")],
    attributions=[("a1", "INDIRECT", "m1", ("denied", "has denied any"),
                   seg(T, "any knowledge of the reports alleging", "mobile money on polling day"), None),
                  ("a2", "INDIRECT", "m2", "alleging",
                   seg(T, "the government ordered telecoms", "mobile money on polling day"), "a1"),
                  ("a3", "INDIRECT", "m3", "ordered",
                   seg(T, "telecoms and Internet Service providers to switch off", "mobile money on polling day"), "a2"),
                  ("a4", "DIRECT", "m6", "told",
                   "We don’t know of any such directive either from government or from the Commission, a part from seeing it online,", None),
                  ("a5", "INDIRECT", "m7", "alleged",
                   seg(T, "the government’s letter to ISP directed", "(Regional cluster) including NON-GSM"), None),
                  ("a6", "MIXED", "m8", "according to",
                   seg(T, "Other services that were to be shutdown", "country wide and regional cluster”"), None),
                  ("a7", "INDIRECT", "m9", ("denied", "totally denied"), "knowledge of the said directive", None),
                  ("a8", "MIXED", "m10", "citing", "“national security’’ as the motivation behind restrictions", None),
                  ("a9", "INDIRECT", "m11", ("said", "Government said"),
                   "the platforms were being used to incite violence", None),
                  ("a10", "INDIRECT", "m11", "justified",
                   "their shutdown as a means to ensure a peaceful election period", None)])

write("train_ay.jsonl")
