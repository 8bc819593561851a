#!/usr/bin/env python3
"""Writes train_bw.jsonl: real-news gold, split train-bw (see gold.py). Run: python3 make_train_bw.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
# KDRTV (Kenya). The stored page has no headline (it opens with " date 2024-08-30" and the lead;
# the address reads "duale-junet-tell-off-kalonzo-after-declaring-himself-chief-opposition-leader"),
# so the text starts with the lead. The stored copy ends after Kalonzo's quotation.
# Notes:
# - "have told off Wiper party leader Kalonzo after he declared ...": "told off" is taken like
#   "slammed" with its target as content (corpus); "after he declared ..." is a temporal adjunct of
#   that event, so the nested-looking "declared himself X" is a claim of its own (no parent),
#   content "himself the new leader of the opposition" as for "described X as Y".
# - The coordinated subject "Aden Duale and ... Junet Mohammed" is one GROUP (FORMAT.md, Groups).
# - In Duale's quotation, "you are wandering around saying that A and you are the leader of the
#   opposition and your MPs are not even 20": "you" is Kalonzo, addressed rhetorically; the nested
#   content ends before "and your MPs are not even 20", which is Duale's own jibe, not what Kalonzo
#   says.
# - "accused Kalonzo of imposing ... and that there was no constitutional provision ...": one cue
#   governs both conjuncts, so it is one claim (corpus: "accused X of Y" keeps X).
# - "Kalonzo said he will be the new leader of the opposition as Raila Odinga is aiming to ...":
#   the "as" clause gives the reason of the claimed succession (an adjunct inside the claim), so it
#   stays in the content.
doc("kdrtv-duale-junet-tell-off-kalonzo-opposition-leader",
    url="https://www.kdrtv.co.ke/news/duale-junet-tell-off-kalonzo-after-declaring-himself-chief-opposition-leader/",
    outlet="KDRTV", country="Kenya", topic="politics", cut=False, published="2024-08-30",
    text=(T := "Environment Cabinet Secretary Aden Duale and Suna East Member of Parliament Junet Mohammed have told off Wiper party leader Kalonzo after he declared himself the new leader of the opposition.\n"
          "Speaking on Thursday during the homecoming ceremony of Treasury CS John Mbadi in Homa Bay, Duale said the constitution only recognizes the leader of the minority in the National Assembly as the leader of the opposition.\n"
          "“In the Constitution of Kenya, Article 108, the leader of the government in Parliament is Kimani Ichung’wah. The spokesperson and leader of the opposition is Junet Mohamed. If you are somewhere else, you are wandering around saying that Baba (Raila Odinga) has gone to the AU and you are the leader of the opposition and your MPs are not even 20, it’s a no,” said Duale.\n"
          "Junet on his part accused Kalonzo of imposing the new role on himself and that there was no constitutional provision for such in Kenya.\n"
          "“I heard our fellow brothers claiming that we as members of the ODM party are in government and that they are the new opposition leaders. There is no place in the constitution where the role of the opposition leader has been highlighted,” said Junet.\n"
          "The ODM MP went on to say he is the current opposition leader in Kenya since he is the minority leader adding that no one can take the role from him.\n"
          "This comes after Kalonzo said he will be the new leader of the opposition as Raila Odinga is aiming to clinch the African Union Commission (AUC) chairperson seat.\n"
          "“Yes, I am ready to be the leader of the official opposition. This is the team. You will see the Opposition like never before. We may be light in numbers in Parliament but outside we have the people of Kenya,” Kalonzo declared."),
    entities=[("duale-junet", "Environment Cabinet Secretary Aden Duale and Suna East Member of Parliament Junet Mohammed", "GROUP",
               [], "Duale and Junet together"),
              ("kalonzo", "Kalonzo", "PERSON", ["Wiper party leader Kalonzo"], "Wiper party leader"),
              ("duale", "Aden Duale", "PERSON", ["Duale"], "Environment Cabinet Secretary"),
              ("junet", "Junet Mohammed", "PERSON", ["Junet", "Junet Mohamed", "The ODM MP"],
               "Suna East MP (ODM), minority leader in the National Assembly"),
              ("brothers", "our fellow brothers", "GROUP", [], "Kalonzo's camp, as Junet calls them")],
    mentions=[("m1", "Environment Cabinet Secretary Aden Duale and Suna East Member of Parliament Junet Mohammed", "duale-junet"),
              ("m2", "Wiper party leader Kalonzo", "kalonzo"),
              ("m3", ("he", "he declared himself"), "kalonzo"),
              ("m4", ("Duale", "Duale said the"), "duale"),
              ("m5", ("Junet Mohamed", "opposition is Junet Mohamed"), "junet"),
              ("m6", ("you", "you are wandering"), "kalonzo"),
              ("m7", ("Duale", "said Duale"), "duale"),
              ("m8", ("Junet", "Junet on his part"), "junet"),
              ("m9", ("Kalonzo", "accused Kalonzo"), "kalonzo"),
              ("m10", "our fellow brothers", "brothers"),
              ("m11", ("Junet", "said Junet"), "junet"),
              ("m12", "The ODM MP", "junet"),
              ("m13", ("Kalonzo", "after Kalonzo said"), "kalonzo"),
              ("m14", ("Kalonzo", "Kalonzo declared"), "kalonzo")],
    attributions=[("a1", "INDIRECT", "m1", "told off", "Wiper party leader Kalonzo", None),
                  ("a2", "INDIRECT", "m3", ("declared", "he declared himself"), "himself the new leader of the opposition", None),
                  ("a3", "INDIRECT", "m4", ("said", "Duale said the"),
                   "the constitution only recognizes the leader of the minority in the National Assembly as the leader of the opposition", None),
                  ("a4", "DIRECT", "m7", ("said", "said Duale"), seg(T, "In the Constitution of Kenya", "it’s a no,"), None),
                  ("a5", "INDIRECT", "m6", "saying",
                   "Baba (Raila Odinga) has gone to the AU and you are the leader of the opposition", "a4"),
                  ("a6", "INDIRECT", "m8", "accused",
                   "Kalonzo of imposing the new role on himself and that there was no constitutional provision for such in Kenya", None),
                  ("a7", "DIRECT", "m11", ("said", "said Junet"), seg(T, "I heard our fellow brothers", "has been highlighted,"), None),
                  ("a8", "INDIRECT", "m10", "claiming",
                   "we as members of the ODM party are in government and that they are the new opposition leaders", "a7"),
                  ("a9", "INDIRECT", "m12", ("say", "went on to say"),
                   "he is the current opposition leader in Kenya since he is the minority leader", None),
                  ("a10", "INDIRECT", "m12", "adding", "no one can take the role from him", None),
                  ("a11", "INDIRECT", "m13", ("said", "Kalonzo said"),
                   "he will be the new leader of the opposition as Raila Odinga is aiming to clinch the African Union Commission (AUC) chairperson seat", None),
                  ("a12", "DIRECT", "m14", ("declared", "Kalonzo declared"), seg(T, "Yes, I am ready", "the people of Kenya,"), None)])

# ---------------------------------------------------------------------------------------
# UGTrendz (Uganda). The stored page has no headline (the address reads
# "kitagwenda-water-crisis-deepens-as-residents-demand-immediate-intervention"); the text starts
# with the lead and the stored copy ends with the last paragraph here.
# Notes:
# - "Residents ... are grappling with a severe water shortage, raising concerns about X": the
#   participle's subject is the residents, so they are the source (corpus: "raised concerns"
#   with its object as content); "about" only links the cue and is left out.
# - "The initiative highlights the growing desperation ...": an evidential, not annotated.
# - "expressed solidarity with the community": evaluative reporting with its target as content
#   (corpus: "expressed dissatisfaction with X" -> X). "assured them that ...": the addressee is
#   left out.
# - "confirmed that plans ... are in motion, although no timeline was provided": the concessive
#   clause is the journalist's remark, an adjunct of the report, left out.
# - "urging the government to prioritize ...": kept with its addressee, as `called on X to Y`.
# - "the residents", "the community" and the residents of the last paragraph are one collective
#   in one scene (FORMAT.md, Coreference).
doc("ugtrendz-kitagwenda-water-crisis-residents",
    url="https://ugtrendz.com/kitagwenda-water-crisis-deepens-as-residents-demand-immediate-intervention",
    outlet="UGTrendz", country="Uganda", topic="local", cut=False,
    text=(T := "Residents of Kicwamba Ward in Kitagwenda Town Council are grappling with a severe water shortage, raising concerns about the risk of waterborne diseases due to their reliance on unsafe sources.\n"
          "In a proactive move, locals led by LC1 Chairperson Benard Kapere organized a Burungi Bwansi (community service) exercise on Wednesday to reopen a previously constructed shallow well that had dried up.\n"
          "The initiative highlights the growing desperation among residents who have been left without reliable access to clean water.\n"
          "Kitagwenda Town Council Speaker, Jonan Ahairwe, acknowledged the seriousness of the crisis and criticized the government’s decision to phase out shallow wells—once a primary water source for rural communities—in favor of deep boreholes and piped water systems, which have yet to be implemented in the area.\n"
          "Joining the residents during the cleanup, area Member of Parliament Hon. Dorothy Nyakato Nzibonera expressed solidarity with the community and assured them that efforts were underway to address the problem. “Your voices have been heard, and we are working closely with the relevant authorities to find a lasting solution,” she said.\n"
          "Kitagwenda Chief Administrative Officer (CAO), Joanitah Nakityo, confirmed that plans to improve water access are in motion, although no timeline was provided.\n"
          "As the community continues to struggle, residents are urging the government to prioritize swift and sustainable interventions to prevent potential health crises stemming from the lack of safe drinking water."),
    entities=[("residents", "Residents of Kicwamba Ward in Kitagwenda Town Council", "GROUP",
               ["residents", "the residents", "the community"], "residents of Kicwamba Ward"),
              ("ahairwe", "Jonan Ahairwe", "PERSON", ["Ahairwe", "Kitagwenda Town Council Speaker, Jonan Ahairwe"],
               "Speaker of Kitagwenda Town Council"),
              ("nzibonera", "Dorothy Nyakato Nzibonera", "PERSON",
               ["Nzibonera", "area Member of Parliament Hon. Dorothy Nyakato Nzibonera"], "area Member of Parliament"),
              ("nakityo", "Joanitah Nakityo", "PERSON",
               ["Nakityo", "Kitagwenda Chief Administrative Officer (CAO), Joanitah Nakityo"],
               "Chief Administrative Officer of Kitagwenda")],
    mentions=[("m1", "Residents of Kicwamba Ward in Kitagwenda Town Council", "residents"),
              ("m2", ("residents", "among residents who"), "residents"),
              ("m3", "Kitagwenda Town Council Speaker, Jonan Ahairwe", "ahairwe"),
              ("m4", ("the residents", "Joining the residents"), "residents"),
              ("m5", "area Member of Parliament Hon. Dorothy Nyakato Nzibonera", "nzibonera"),
              ("m6", ("the community", "solidarity with the community"), "residents"),
              ("m7", ("she", "she said"), "nzibonera"),
              ("m8", "Kitagwenda Chief Administrative Officer (CAO), Joanitah Nakityo", "nakityo"),
              ("m9", ("the community", "As the community"), "residents"),
              ("m10", ("residents", "residents are urging"), "residents")],
    attributions=[("a1", "INDIRECT", "m1", "raising concerns",
                   "the risk of waterborne diseases due to their reliance on unsafe sources", None),
                  ("a2", "INDIRECT", "m3", "acknowledged", "the seriousness of the crisis", None),
                  ("a3", "INDIRECT", "m3", "criticized",
                   seg(T, "the government’s decision to phase out", "implemented in the area"), None),
                  ("a4", "INDIRECT", "m5", "expressed solidarity", ("the community", "solidarity with the community"), None),
                  ("a5", "INDIRECT", "m5", "assured", "efforts were underway to address the problem", None),
                  ("a6", "DIRECT", "m7", ("said", "she said"),
                   "Your voices have been heard, and we are working closely with the relevant authorities to find a lasting solution,", None),
                  ("a7", "INDIRECT", "m8", "confirmed", "plans to improve water access are in motion", None),
                  ("a8", "INDIRECT", "m10", "urging",
                   seg(T, "the government to prioritize", "safe drinking water"), None)])

# ---------------------------------------------------------------------------------------
# The Mast (Zambia). The stored copy breaks off inside the paragraph after Mweemba's "He said the
# threats ..." ("Mweemba added that if it were not for th"), so the text is cut before it. The
# double space in "yesterday,  Malambo" and the doubled "said said" are as printed.
# Notes:
# - The headline's "orders cops out of court" and "ordered police officers ... to leave" are a
#   court's actions (FORMAT.md: "ordered an inquiry"); not annotated. "following a complain from
#   ... Malambo": a noun cue with no content, not annotated.
# - "told principal state advocate Gamaliel Zimba to have order ...": the addressee of "told" is
#   left out (FORMAT.md, Left outside; corpus: "told him" -> "to keep his mouth shut ...").
#   "as he had instructed him to tell the court that ...": "instructed X to Y" keeps its
#   addressee like `called on X to Y` (corpus: "instructed Kazakh specialists to study ...");
#   "he" is Mweemba, "him" is Malambo, and the "tell the court that ..." inside it is nested
#   again (Malambo relays Mweemba's report).
# - "Malambo told the court that A saying B": two claims of Malambo, as `X said A, warning that B`.
doc("themastonline-magistrate-orders-cops-out-hh-treason-case",
    url="https://www.themastonline.com/2017/04/20/magistrate-orders-cops-out-of-court-in-hh-treason-case/",
    outlet="The Mast", country="Zambia", topic="courts-crime", cut=True, published="2017-04-20",
    text=(T := "Magistrate orders cops out of court in HH treason case\n"
          "LUSAKA magistrate Greenwell Malumani this morning told principal state advocate Gamaliel Zimba to have order and observe professional etiquette in court.\n"
          "The magistrate also ordered police officers who were inside court to leave following a complain from UPND leader Hakainde Hichilema’s lead defence lawyer Vincent Malambo.\n"
          "Magistrate Malumani addressed Zimba and told him that he was a senior member of the bar and principal state advocate who should not display certain conduct in court.\n"
          "When the treason case of Hichilema and five others was called for the State to respond to some preliminary issues that were raised yesterday,  Malambo told the court that he had a concern about the atmosphere which had been created in the courtroom saying in the many years he had been at the bar, he had never addressed the court while police officers were standing behind.\n"
          "He said this was the third day the case came up for hearing with a lot of police officers around.\n"
          "Malambo said said he was unable to discharge his functions as an advocate because of the atmosphere created in court and that he needed guidance if the invitation of police officers was from the court.\n"
          "He added that accessing the court today was almost impossible for them to come to their place of work.\n"
          "Malambo also said the defence was worried with the safety of another of Hichilema’s lawyer, Keith Mweemba, as he had instructed him to tell the court that his premises were under constant watch by persons unknown to him.\n"
          "He added that he had defended treason charges before and that there was absolutely nothing special about Hichilema’s case, adding that the atmosphere was not good.\n"
          "And Mweemba narrated how unknown people had been trailing him to the point where they started banging on his gate at home.\n"
          "He said the threats he was receiving caused him and his family members to leave home for safety."),
    entities=[("malumani", "Greenwell Malumani", "PERSON",
               ["Malumani", "Magistrate Malumani", "LUSAKA magistrate Greenwell Malumani", "The magistrate"],
               "Lusaka magistrate"),
              ("malambo", "Vincent Malambo", "PERSON",
               ["Malambo", "UPND leader Hakainde Hichilema’s lead defence lawyer Vincent Malambo"],
               "Hichilema's lead defence lawyer"),
              ("mweemba", "Keith Mweemba", "PERSON", ["Mweemba"], "one of Hichilema's lawyers")],
    mentions=[("m1", ("Magistrate", "Magistrate orders"), "malumani"),
              ("m2", "LUSAKA magistrate Greenwell Malumani", "malumani"),
              ("m3", ("The magistrate", "The magistrate also"), "malumani"),
              ("m4", "UPND leader Hakainde Hichilema’s lead defence lawyer Vincent Malambo", "malambo"),
              ("m5", ("Magistrate Malumani", "Magistrate Malumani addressed"), "malumani"),
              ("m6", ("Malambo", "Malambo told the court"), "malambo"),
              ("m7", ("He", "He said this was"), "malambo"),
              ("m8", ("Malambo", "Malambo said said"), "malambo"),
              ("m9", ("He", "He added that accessing"), "malambo"),
              ("m10", ("Malambo", "Malambo also said"), "malambo"),
              ("m11", "Keith Mweemba", "mweemba"),
              ("m12", ("he", "he had instructed"), "mweemba"),
              ("m13", ("him", "instructed him"), "malambo"),
              ("m14", ("He", "He added that he had"), "malambo"),
              ("m15", ("Mweemba", "And Mweemba narrated"), "mweemba"),
              ("m16", ("He", "He said the threats"), "mweemba")],
    attributions=[("a1", "INDIRECT", "m2", ("told", "this morning told"),
                   "to have order and observe professional etiquette in court", None),
                  ("a2", "INDIRECT", "m5", ("told", "told him that"),
                   "he was a senior member of the bar and principal state advocate who should not display certain conduct in court", None),
                  ("a3", "INDIRECT", "m6", ("told", "Malambo told the court"),
                   "he had a concern about the atmosphere which had been created in the courtroom", None),
                  ("a4", "INDIRECT", "m6", "saying",
                   "in the many years he had been at the bar, he had never addressed the court while police officers were standing behind", None),
                  ("a5", "INDIRECT", "m7", ("said", "He said this was"),
                   "this was the third day the case came up for hearing with a lot of police officers around", None),
                  ("a6", "INDIRECT", "m8", ("said", "Malambo said said"),
                   seg(T, "he was unable to discharge", "was from the court"), None),
                  ("a7", "INDIRECT", "m9", ("added", "He added that accessing"),
                   "accessing the court today was almost impossible for them to come to their place of work", None),
                  ("a8", "INDIRECT", "m10", ("said", "Malambo also said"),
                   seg(T, "the defence was worried", "persons unknown to him"), None),
                  ("a9", "INDIRECT", "m12", "instructed",
                   "him to tell the court that his premises were under constant watch by persons unknown to him", "a8"),
                  ("a10", "INDIRECT", "m13", ("tell", "to tell the court"),
                   "his premises were under constant watch by persons unknown to him", "a9"),
                  ("a11", "INDIRECT", "m14", ("added", "He added that he had"),
                   "he had defended treason charges before and that there was absolutely nothing special about Hichilema’s case", None),
                  ("a12", "INDIRECT", "m14", "adding", "the atmosphere was not good", None),
                  ("a13", "INDIRECT", "m15", "narrated",
                   "how unknown people had been trailing him to the point where they started banging on his gate at home", None),
                  ("a14", "INDIRECT", "m16", ("said", "He said the threats"),
                   "the threats he was receiving caused him and his family members to leave home for safety", None)])

# ---------------------------------------------------------------------------------------
# Concise News (Nigeria). A photo caption ("Nigeria’s Minister of Communications Isa Pantami (image
# courtesy: ...)") and an "Advertise With Us" line are removed. The stored copy breaks off inside
# the second paragraph after "he added." (a quotation left open and then cut), so the text is cut
# after the "he added" paragraph.
# Notes:
# - Headline: "What Minister Asked NCC To Do" gives no content of the request (the free relative
#   holds source and cue), and "Complaints 'Every Day'" is a noun with a quoted phrase and no
#   content; no claim is annotated in it.
# - "has vowed to ensure that ...": content keeps the infinitive (corpus: "vowed" -> "to keep
#   fighting ..."). "has directed the NCC to work ...": kept with its addressee, as `called on X to Y`.
# - "According to him, Nigerians complain every day about costly mobile data": the nested
#   "complain ... about X" has content X ("complained about noise" -> "noise").
# - The quotation that opens after "the minister said" paragraph runs over two paragraphs (the
#   first has no closing mark, the next reopens): one DIRECT attribution continuing the minister
#   (null cue).
# - "He said that the NCC had attempted to defend telecom firms": "defend" is a cue (FORMAT.md:
#   "Lind defended the design"), nested in the minister's claim.
doc("concisenews-pantami-ncc-mobile-data-prices",
    url="https://www.concisenews.global/2019/11/06/costly-mobile-data-what-minister-asked-ncc-to-do-as-concerns-grow/",
    outlet="Concise News", country="Nigeria", topic="technology", cut=True, published="2019-11-06",
    text=(T := "Mobile Data Prices: What Minister Asked NCC To Do Amid Complaints 'Every Day'\n"
          "Nigeria’s Minister of Communications and Digital Economy, Isa Ali Pantami, has vowed to ensure that prices of mobile data services go down in the country.\n"
          "To this end, the minister has directed the Nigerian Communications Commission (NCC) to work with telecom operators within one week to achieve a reduction plan.\n"
          "According to him, Nigerians complain every day about costly mobile data.\n"
          "“I am urging the management of NCC to work towards reducing the price of data in Nigeria. It is too costly and people are complaining every day,” the minister said when a team from the NCC visited his office in Abuja on Tuesday.\n"
          "“If you go to other countries, even countries that are not as largely populated as Nigeria, data prices are not this high. I am also a victim of some of the infractions that are so common in the industry.\n"
          "“You load your data, but you barely use 20 per cent of it and the entire data is wiped off. Illegal data deduction is one of the issues that worry me badly today.”\n"
          "He said that the NCC had attempted to defend telecom firms.\n"
          "“I was not fully convinced by the explanation. Please go, sit down and review that issue. It is very important and I want to get your feedback with that report in the next five working days with the decision on it,” he added."),
    entities=[("pantami", "Isa Ali Pantami", "PERSON",
               ["Pantami", "Nigeria’s Minister of Communications and Digital Economy, Isa Ali Pantami", "the minister"],
               "Nigeria's Minister of Communications and Digital Economy"),
              ("ncc", "Nigerian Communications Commission", "ORGANIZATION",
               ["NCC", "the NCC", "the Nigerian Communications Commission (NCC)"], "Nigeria's telecoms regulator"),
              ("nigerians", "Nigerians", "GROUP", [], "Nigerian mobile data users")],
    mentions=[("m1", ("Minister", "What Minister Asked"), "pantami"),
              ("m2", ("NCC", "Asked NCC"), "ncc"),
              ("m3", "Nigeria’s Minister of Communications and Digital Economy, Isa Ali Pantami", "pantami"),
              ("m4", ("the minister", "the minister has directed"), "pantami"),
              ("m5", "the Nigerian Communications Commission (NCC)", "ncc"),
              ("m6", ("him", "According to him"), "pantami"),
              ("m7", ("Nigerians", "Nigerians complain"), "nigerians"),
              ("m8", ("the minister", "the minister said"), "pantami"),
              ("m9", ("He", "He said that"), "pantami"),
              ("m10", ("the NCC", "the NCC had attempted"), "ncc"),
              ("m11", ("he", "he added"), "pantami")],
    attributions=[("a1", "INDIRECT", "m3", "vowed", "to ensure that prices of mobile data services go down in the country", None),
                  ("a2", "INDIRECT", "m4", "directed",
                   "the Nigerian Communications Commission (NCC) to work with telecom operators within one week to achieve a reduction plan", None),
                  ("a3", "INDIRECT", "m6", "According to", "Nigerians complain every day about costly mobile data", None),
                  ("a4", "INDIRECT", "m7", ("complain", "Nigerians complain"), "costly mobile data", "a3"),
                  ("a5", "DIRECT", "m8", ("said", "the minister said"),
                   seg(T, "I am urging the management", "complaining every day,"), None),
                  ("a6", "DIRECT", "m8", None, seg(T, "If you go to other countries", "worry me badly today."), None),
                  ("a7", "INDIRECT", "m9", ("said", "He said that"), "the NCC had attempted to defend telecom firms", None),
                  ("a8", "INDIRECT", "m10", "defend", "telecom firms", "a7"),
                  ("a9", "DIRECT", "m11", ("added", "he added"), seg(T, "I was not fully convinced", "the decision on it,"), None)])

# ---------------------------------------------------------------------------------------
# Maravi Post (Malawi). The stored page has no headline (it opens with " date 2017-03-13" and the
# lead; the address reads "cholera-outbreak-feared-malawi-southern-region-districts-three-cases-
# identified-neighboring-mozambique"), so the text starts with the lead.
# Notes:
# - "Neighbouring Mozambique last week identified three cases of cholera": a detection, not a report
#   (like "the footage showed"); "has brought renewed fears of cholera outbreak among travelers":
#   a state noun with no speaker ("public fears of ..." in the corpus); neither is annotated, nor
#   "Cholera has not been identified in Malawi".
# - "According to a health ministry document ... signed by ... Dr. Charles Mwansambo": a document
#   is a mention of its author when the author is named in its NP (FORMAT.md, Documents); the
#   signer is named, and the next paragraph goes on "Dr. Mwansambo further said", so the document
#   is a mention of Mwansambo.
# - "asked travellers and people ... to exercise great caution, and to practice hygiene, such as
#   ...": a request, kept with its addressee as `called on X to Y`. The next sentence ("This is a
#   good way ...") has no cue (FORMAT.md, No cue, no claim).
doc("maravipost-cholera-fears-southern-malawi-mozambique-cases",
    url="http://www.maravipost.com/cholera-outbreak-feared-malawi-southern-region-districts-three-cases-identified-neighboring-mozambique/",
    outlet="Maravi Post", country="Malawi", topic="health-science", cut=False, published="2017-03-13",
    text=(T := "Neighbouring Mozambique last week identified three cases of cholera and has brought renewed fears of cholera outbreak among travelers, and some parts of the districts in the southern region of Malawi that shares borders with Mozambique.\n"
          "According to a health ministry document dated 11 March, 2017, and signed by the Chief of Health Services in the Ministry of Health Dr. Charles Mwansambo, three people are being treated as cholera suspected patients at Gaga Health Center in Changoima which is situated close to Chikwawa district.\n"
          "Dr. Mwansambo further said the patients tested positive to cholera using Rapid Diagnostic Testes (RDTs).\n"
          "“The affected area is Moatize in Tete in Mozambique, which is a popular destination township for shopping by travellers and communities surround some parts of Malawi’s southern region districts such as Chikwawa and Mwanza,” Dr. Mwansambo said.\n"
          "However, Mwansambo said his ministry, together with the Mozambican counterpart, are working to ensure that the disease does not spread.\n"
          "Mwansambo therefore asked travellers and people in the surrounding communities to exercise great caution, and to practice hygiene, such as washing hands before touching or eating food, washing hands after going to the toilet and washing hands after coughing or sneezing. This is a good way to prevent the disease or the spread of disease.\n"
          "Cholera has not been identified in Malawi in this year’s rainy season. Cholera is an acute diarrhoeal infection caused by ingestion of food or water contaminated with the bacteria called vibrio cholera, and can kill person infected with the virus in hours when they are not treated early."),
    entities=[("mwansambo", "Charles Mwansambo", "PERSON",
               ["Mwansambo", "Dr. Mwansambo", "Dr. Charles Mwansambo",
                "the Chief of Health Services in the Ministry of Health Dr. Charles Mwansambo"],
               "Chief of Health Services, Malawi Ministry of Health")],
    mentions=[("m1", "a health ministry document dated 11 March, 2017, and signed by the Chief of Health Services in the Ministry of Health Dr. Charles Mwansambo", "mwansambo"),
              ("m2", ("Dr. Mwansambo", "Dr. Mwansambo further"), "mwansambo"),
              ("m3", ("Dr. Mwansambo", "Dr. Mwansambo said"), "mwansambo"),
              ("m4", ("Mwansambo", "However, Mwansambo"), "mwansambo"),
              ("m5", ("Mwansambo", "Mwansambo therefore"), "mwansambo")],
    attributions=[("a1", "INDIRECT", "m1", "According to",
                   seg(T, "three people are being treated", "close to Chikwawa district"), None),
                  ("a2", "INDIRECT", "m2", ("said", "further said"),
                   "the patients tested positive to cholera using Rapid Diagnostic Testes (RDTs)", None),
                  ("a3", "DIRECT", "m3", ("said", "Dr. Mwansambo said"),
                   seg(T, "The affected area is Moatize", "Chikwawa and Mwanza,"), None),
                  ("a4", "INDIRECT", "m4", ("said", "Mwansambo said his"),
                   "his ministry, together with the Mozambican counterpart, are working to ensure that the disease does not spread", None),
                  ("a5", "INDIRECT", "m5", "asked",
                   seg(T, "travellers and people in the surrounding", "after coughing or sneezing"), None)])

# ---------------------------------------------------------------------------------------
# Doha News (Qatar). Removed: the page's weather and date line ("39 C", "Doha", "Thursday,
# September 23, 2021", the day of the copy, not of the story), a "-" line and the photo captions
# ("Turtles at Fuwairat Beach.", "Fence at Fuwairat Beach", each printed twice). The cross-head
# "Turtle hatching" stays as a label. The stored copy breaks off after the next cross-head
# ("Calling for closure" ¶ "QU researchers formally recommended last"), so the text is cut before it.
# Notes:
# - Headline "Permanent closure of Fuwairat beach urged to protect turtles": an agentless passive,
#   null source; "to protect turtles", like "to protect the endangered Hawksbill population" after
#   "recommended closing ...", is the purpose of the call, left out as `called for speed bumps in
#   an effort to slow traffic` -> `speed bumps`.
# - "Keeping the public away, he said, has made a huge difference.": the parenthetical clause stays
#   in the content; the next sentence has no cue and is not annotated.
# - "That program has been “quite effective,” with ...": quoted words in a sentence right after
#   "Hamza said", so it continues him (MIXED, null cue). In the next sentence "researchers have
#   found 15 nests" is a physical finding, but "expect that number to increase" is a forecast with
#   a named subject (Included although borderline). "researchers" and "marine researchers" are
#   taken as one collective.
doc("dohanews-fuwairat-beach-permanent-closure-turtles",
    url="https://www.dohanews.co/permanent-closure-of-fuwairat-beach-urged-to-protect-turtles/",
    outlet="Doha News", country="Qatar", topic="environment", cut=True,
    text=(T := "Permanent closure of Fuwairat beach urged to protect turtles\n"
          "As hundreds of turtles return to Qatar’s northeastern shores to bury their eggs, marine researchers here have recommended closing the popular Fuwairat beach year-round to protect the endangered Hawksbill population.\n"
          "For the past eight years, the beach has been temporarily closed for approximately four months between April and July during the turtles’ nesting and hatching season, Qatar University researcher Shafeeq Hamza told Doha News.\n"
          "Keeping the public away, he said, has made a huge difference. Hawksbill turtles are very particular about where they lay their eggs, often heading to the exact same spot that they were born, or have previously nested.\n"
          "Noise and debris caused by human activities such as camping and beach fires can easily throw them off, said Hamza, who works at QU’s Environmental Studies Center.\n"
          "“They turn away. And after so many times, they’ll give up,” he said.\n"
          "Turtle hatching\n"
          "In recent years, conservationists with QU – with support from the Ministry of Environment (MoE) and funding from Qatar Petroleum – have helped to facilitate turtle breeding at Fuwairat, transferring eggs to secure new nests when needed.\n"
          "Their activities, as well as the temporary fencing, are raising awareness about the Hawksbill turtles’ precarious existence and reducing incidents of egg poaching, Hamza said.\n"
          "That program has been “quite effective,” with between 17 and 55 nests created each year between 2009-14. So far this year, researchers have found 15 nests, but expect that number to increase as more turtles come ashore.\n"
          "Hamza explained that the typical adult female Hawksbill turtle reproduces every three to four years, which creates annual fluctuations in the number of nests."),
    entities=[("researchers", "marine researchers", "GROUP", ["researchers"], "marine researchers in Qatar"),
              ("hamza", "Shafeeq Hamza", "PERSON", ["Hamza", "Qatar University researcher Shafeeq Hamza"],
               "researcher at Qatar University's Environmental Studies Center")],
    mentions=[("m1", "marine researchers", "researchers"),
              ("m2", "Qatar University researcher Shafeeq Hamza", "hamza"),
              ("m3", ("he", "he said, has"), "hamza"),
              ("m4", ("Hamza", "said Hamza"), "hamza"),
              ("m5", ("he", "he said.\nTurtle"), "hamza"),
              ("m6", ("Hamza", "poaching, Hamza said"), "hamza"),
              ("m7", ("researchers", "this year, researchers"), "researchers"),
              ("m8", ("Hamza", "Hamza explained"), "hamza")],
    attributions=[("a1", "INDIRECT", None, "urged", "Permanent closure of Fuwairat beach", None),
                  ("a2", "INDIRECT", "m1", "recommended", "closing the popular Fuwairat beach year-round", None),
                  ("a3", "INDIRECT", "m2", "told", seg(T, "For the past eight years", "nesting and hatching season"), None),
                  ("a4", "INDIRECT", "m3", ("said", "he said, has"), "Keeping the public away, he said, has made a huge difference", None),
                  ("a5", "INDIRECT", "m4", ("said", "said Hamza"),
                   "Noise and debris caused by human activities such as camping and beach fires can easily throw them off", None),
                  ("a6", "DIRECT", "m5", ("said", "he said.\nTurtle"), "They turn away. And after so many times, they’ll give up,", None),
                  ("a7", "INDIRECT", "m6", ("said", "poaching, Hamza said"),
                   seg(T, "Their activities, as well as", "incidents of egg poaching"), None),
                  ("a8", "MIXED", "m6", None,
                   "That program has been “quite effective,” with between 17 and 55 nests created each year between 2009-14", None),
                  ("a9", "INDIRECT", "m7", "expect", "that number to increase as more turtles come ashore", None),
                  ("a10", "INDIRECT", "m8", "explained",
                   seg(T, "the typical adult female", "the number of nests"), None)],
    keep_that=("a8", "a9"))

# ---------------------------------------------------------------------------------------
# Ynetnews (Israel). The stored page has no headline and opens with the lead. It breaks off in the
# paragraph after Zinger's quotation ("Despite this, Zinger highlighted ... However"), so the text
# is cut before that paragraph.
# Notes:
# - "He estimated the amount to be in the billions of shekels": content keeps the raised object,
#   as `described X as Y`. "Speaking to Ynet" is a medium (FORMAT.md, Media and addressees).
# - "observed that, for now, ...": the leading "that" and its comma are left out.
# - "The senior banking official, a veteran of Israeli finance, stressed": the descriptive
#   apposition is left out of the source.
# - "Seffy Zinger, ..., also raised alarms, noting, "...": "raised alarms" has no content of its
#   own; the quotation is governed by "noting" (one DIRECT claim).
doc("ynetnews-israeli-banking-official-investors-pariahs",
    url="https://ynetnews.com/business/article/bkoaig9vc",
    outlet="Ynetnews", country="Israel", topic="business", cut=True,
    text=(T := "A senior Israeli banking official highlighted Sunday that the current situation in Israel is driving investors to withdraw their funds.\n"
          "He estimated the amount to be in the billions of shekels and noted a significant decline in the purchase of Israeli bonds, a phenomenon he hasn't seen in many years.\n"
          "Speaking to Ynet, the banking executive observed that, for now, Israeli-owned entities and companies are not transferring their funds abroad, though they are exercising extreme caution with their investments in Israeli firms.\n"
          "\"We are becoming economically unwelcome, almost pariahs in some areas. Many companies are now at risk, as international entities impose an informal boycott on Israeli companies and factories, avoiding investments here,\" he said.\n"
          "The senior banking official, a veteran of Israeli finance, stressed, \"The government must immediately develop an emergency plan to rescue business entities from a situation that could become a genuine threat to the stability of the Israeli economy. In times of war, we need strategies not only to eliminate figures like Sinwar, though that is important, but also to protect and sustain some of Israel's major economic enterprises, as well as small businesses.\"\n"
          "Seffy Zinger, Chairman of the Israel Securities Authority, also raised alarms, noting, \"Even before the war, there was a decline in foreign investments in Israel. The war has accelerated this trend. Foreign investors have withdrawn over 34 billion shekels from the Israeli stock market since the beginning of the war—8 billion from equities, 14 billion from government bonds, 6 billion from short-term loans, and 5 billion from corporate bonds. Israeli institutional investors have borne much of this burden.\""),
    entities=[("official", "A senior Israeli banking official", "PERSON",
               ["the banking executive", "The senior banking official"], "unnamed senior Israeli banker"),
              ("zinger", "Seffy Zinger", "PERSON", ["Zinger", "Seffy Zinger, Chairman of the Israel Securities Authority"],
               "Chairman of the Israel Securities Authority")],
    mentions=[("m1", "A senior Israeli banking official", "official"),
              ("m2", ("He", "He estimated"), "official"),
              ("m3", "the banking executive", "official"),
              ("m4", ("he", "he said."), "official"),
              ("m5", "The senior banking official", "official"),
              ("m6", "Seffy Zinger, Chairman of the Israel Securities Authority", "zinger")],
    attributions=[("a1", "INDIRECT", "m1", "highlighted",
                   "the current situation in Israel is driving investors to withdraw their funds", None),
                  ("a2", "INDIRECT", "m2", "estimated", "the amount to be in the billions of shekels", None),
                  ("a3", "INDIRECT", "m2", "noted",
                   "a significant decline in the purchase of Israeli bonds, a phenomenon he hasn't seen in many years", None),
                  ("a4", "INDIRECT", "m3", "observed", seg(T, "for now, Israeli-owned", "investments in Israeli firms"), None),
                  ("a5", "DIRECT", "m4", ("said", "he said."), seg(T, "We are becoming", "avoiding investments here,"), None),
                  ("a6", "DIRECT", "m5", "stressed", seg(T, "The government must immediately", "as well as small businesses."), None),
                  ("a7", "DIRECT", "m6", "noting", seg(T, "Even before the war", "borne much of this burden."), None)])

write("train_bw.jsonl")
