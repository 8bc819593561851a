#!/usr/bin/env python3
"""Writes test27_b.jsonl: real-news gold, split test27-b (see gold.py). Run: python3 make_test27_b.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
# The stored page has no headline. Its header block is left out: the dateline line ("Tripoli,
# 7 June 2012:"), the byline ("by Sami Zaptia.") and the list of the story's topics (a teaser box
# that carries a paywall marker, "[restrict]"), so the text starts with the lead. The stored copy
# goes on with "For more on this story see: https://www.liby", so the text is cut before that.
# "Al-Mana said that ‘...’, the Tarhuna military commander Abu-Ajilah Habshi, who was kidnapped
# ...": the apposition after the closing mark is the reporter's gloss, so the claim is the
# quotation alone (DIRECT).
# "This was given as the reason by the Tarhuna militias for their attack": the militias' stated
# reason, a claim whose content is only the subject pronoun "This" (cue "given as the reason").
# "he ‘condemned the kidnapping of anyone’": the quotation takes in the reporting verb itself; the
# content is the text between the marks (FORMAT.md, DIRECT) and the cue the verb inside it.
# "He confirmed that A and that B" and "admitted that ‘A’ and that the government ‘B’" are one
# claim each (one cue); the second is MIXED, its content opening with the quotation mark.
# "had distanced themselves from this brigade" is read as a public disavowal nested in the
# spokesman's claim (like "spoke out against"), the coordinated councils one GROUP.
# Not claims: "had given orders to the Interior Ministry and the Army to use force" (an order is
# an action, FORMAT.md "ordered an inquiry"), "did his best to try and distract", and "When
# challenged by journalists as to how ..." (a question put to the speaker).
doc("libyaherald-government-press-conference-airport-attack",
    url="http://libyaherald.com/highlight-of-the-governments-weekly-press-conference",
    outlet="Libya Herald", country="Libya", topic="politics", cut=True, published="2012-06-07",
    text=(T := "Yesterday’s official weekly government press conference was dominated by the attack on Tripoli International Airport and the attack on the US consulate in Benghazi.\n"
          "Although official spokesperson for the Prime Minister, Nasser Al-Mana , did his best to try and distract the general public away from the two biggest events of the week by making the media sit through nearly an hour of routine news before making his way to these attacks.\n"
          "Tripoli Airport attack\n"
          "Al-Mana said that ‘government institutions had no knowledge of the whereabouts of the missing person’, the Tarhuna military commander Abu-Ajilah Habshi, who was kidnapped by unknowns on Tripoli Airport road last Sunday. This was given as the reason by the Tarhuna militias for their attack on Tripoli Airport.\n"
          "Nevertheless, he ‘condemned the kidnapping of anyone’ and he equally condemned ‘any attack on any public institution for any reason’.\n"
          "The spokesperson revealed that the government had given orders to the Interior Ministry and the Army to use force against anyone who attacks government institutions. He confirmed that the airport was reclaimed within hours and that arrests were made and vehicles were held.\n"
          "He pointed out that both Tarhuna Military and Local Councils had distanced themselves from this brigade from Tarhuna.\n"
          "A committee had been formed to investigate the incident. Investigations were continuing.\n"
          "When challenged by journalists as to how such a relatively small group of militias were able to occupy Tripoli airport, and how they were not spotted en route to the airport, the spokesperson admitted that ‘mistakes were made’ and that the government ‘should learn from these mistakes’."),
    entities=[("almana", "Nasser Al-Mana", "PERSON",
               ["Al-Mana", "official spokesperson for the Prime Minister, Nasser Al-Mana", "the spokesperson"],
               "spokesperson for the Libyan Prime Minister"),
              ("militias", "the Tarhuna militias", "GROUP", [], "armed groups from Tarhuna that attacked Tripoli airport"),
              ("councils", "Tarhuna Military and Local Councils", "GROUP",
               ["both Tarhuna Military and Local Councils"], "Tarhuna's military and local councils")],
    mentions=[("m1", "official spokesperson for the Prime Minister, Nasser Al-Mana", "almana"),
              ("m2", ("Al-Mana", "Al-Mana said"), "almana"),
              ("m3", "the Tarhuna militias", "militias"),
              ("m4", ("he", "he ‘condemned"), "almana"),
              ("m5", ("he", "he equally"), "almana"),
              ("m6", "The spokesperson", "almana"),
              ("m7", ("He", "He confirmed"), "almana"),
              ("m8", ("He", "He pointed out"), "almana"),
              ("m9", "both Tarhuna Military and Local Councils", "councils"),
              ("m10", ("the spokesperson", "the spokesperson admitted"), "almana")],
    attributions=[("a1", "DIRECT", "m2", ("said", "Al-Mana said"),
                   "government institutions had no knowledge of the whereabouts of the missing person", None),
                  ("a2", "INDIRECT", "m3", "given as the reason", ("This", "This was given"), None),
                  ("a3", "DIRECT", "m4", ("condemned", "he ‘condemned"), "condemned the kidnapping of anyone", None),
                  ("a4", "DIRECT", "m5", ("condemned", "equally condemned"),
                   "any attack on any public institution for any reason", None),
                  ("a5", "INDIRECT", "m6", "revealed",
                   "the government had given orders to the Interior Ministry and the Army to use force against anyone who attacks government institutions", None),
                  ("a6", "INDIRECT", "m7", "confirmed",
                   "the airport was reclaimed within hours and that arrests were made and vehicles were held", None),
                  ("a7", "INDIRECT", "m8", "pointed out",
                   "both Tarhuna Military and Local Councils had distanced themselves from this brigade from Tarhuna", None),
                  ("a8", "INDIRECT", "m9", "distanced themselves from", "this brigade from Tarhuna", "a7"),
                  ("a9", "MIXED", "m10", "admitted",
                   "‘mistakes were made’ and that the government ‘should learn from these mistakes’", None)])

# ---------------------------------------------------------------------------------------
# The date line ("Wednesday June 19 2019"), the photo caption ("Farmers are trapped between ...
# PHOTO | CYRIL NDEGEYA") and "More by this Author" are left out. The stored copy breaks off in
# "The National Agricultural Export Development Board said the set farmgate price is li", so the
# text is cut before that paragraph.
# Headline: the verb is the cue ("ask"), "Farmers" the source. "are appealing for higher farm
# gate prices as demand ... grows": the as-clause is an adjunct of the appeal and is left out.
# "according to the farmers, this price has become ..., with coffee buyers reluctant ...": the
# with-phrase is part of the farmers' claim. "As a result they are incurring losses." has no cue
# and is not a claim (FORMAT.md, No cue, no claim).
# "The farmers urged the National Agricultural Export Development Board, urging that NAEB to
# remove the restriction ...": the governing "urged" has only an addressee, the content hangs on
# "urging"; one claim, cue "urging", content keeping its subject (like "called on X to Y").
# The farmers everywhere (the headline, "Coffee farmers", "coffee farmers" in Gahigi's quotation,
# and the later nominal mentions) are one collective; Gaspard Gahigi, one of them, is his own
# entity (FORMAT.md, a subset). "you realise that ..." in his quotation is his own attitude.
doc("rwandatoday-coffee-farmers-farm-gate-prices",
    url="https://rwandatoday.africa/business/Farmers-ask-to-benefit-from-growing-speciality-coffee-demand/4383192-5163454-pydwgsz/index.html",
    outlet="Rwanda Today", country="Rwanda", topic="business", cut=True, published="2019-06-19",
    text=(T := "Farmers ask to benefit from growing speciality coffee demand\n"
          "Coffee farmers are appealing for higher farm gate prices as demand for Rwandan speciality coffee in the international markets grows.\n"
          "According to the National Agricultural Export Development Board, farm gate prices are capped at Rwf190 per kilo as the minimum price.\n"
          "However, according to the farmers, this price has become the farm-gate price, with coffee buyers reluctant to pay above the minimum set.\n"
          "As a result they are incurring losses. For instance, farmers say that under the zoning policy, they have to be paid the price offered by the coffee processing station even if other stations can offer better prices.\n"
          "“Comparing what we spend on maintaining the coffee plantation with what we get in return, you realise that coffee farmers are always working at a loss,” said Gaspard Gahigi, a coffee farmer in Gatsibo district.\n"
          "Under the zoning structure, which has seen coffee farmers have to take their coffee production to designated coffee washing stations even if there might be others offering better prices, farmers have been trapped between regulated prices and coffee selling zones.\n"
          "“There is frustration over the losses we incur based on the returns of what we spend to sustain coffee plantations,” said Mr Gahigi.\n"
          "The farmers urged the National Agricultural Export Development Board, urging that NAEB to remove the restriction on coffee washing stations.\n"
          "The government enforced a zoning policy in the coffee sector to better organise the industry, improve the relationship between coffee washing stations and farmers, improve traceability of coffee, and reduce the role of middlemen who previously purchased coffee from farmers and then re-sold it to the stations."),
    entities=[("farmers", "Coffee farmers", "GROUP", ["Farmers", "the farmers", "coffee farmers"],
               "Rwandan coffee farmers"),
              ("naeb", "National Agricultural Export Development Board", "ORGANIZATION",
               ["the National Agricultural Export Development Board", "NAEB"], "Rwanda's agricultural export regulator"),
              ("gahigi", "Gaspard Gahigi", "PERSON",
               ["Gahigi", "Mr Gahigi", "Gaspard Gahigi, a coffee farmer in Gatsibo district"], "coffee farmer in Gatsibo district")],
    mentions=[("m1", ("Farmers", "Farmers ask"), "farmers"),
              ("m2", ("Coffee farmers", "Coffee farmers are appealing"), "farmers"),
              ("m3", ("the National Agricultural Export Development Board", "According to the National"), "naeb"),
              ("m4", ("the farmers", "according to the farmers"), "farmers"),
              ("m5", ("farmers", "farmers say"), "farmers"),
              ("m6", ("coffee farmers", "coffee farmers are always"), "farmers"),
              ("m7", "Gaspard Gahigi, a coffee farmer in Gatsibo district", "gahigi"),
              ("m8", ("coffee farmers", "coffee farmers have to take"), "farmers"),
              ("m9", ("farmers", "farmers have been trapped"), "farmers"),
              ("m10", "Mr Gahigi", "gahigi"),
              ("m11", ("The farmers", "The farmers urged"), "farmers"),
              ("m12", ("the National Agricultural Export Development Board", "urged the National"), "naeb"),
              ("m13", ("NAEB", "that NAEB"), "naeb"),
              ("m14", ("farmers", "stations and farmers"), "farmers"),
              ("m15", ("farmers", "from farmers and"), "farmers")],
    attributions=[("a1", "INDIRECT", "m1", "ask", "to benefit from growing speciality coffee demand", None),
                  ("a2", "INDIRECT", "m2", "appealing for", "higher farm gate prices", None),
                  ("a3", "INDIRECT", "m3", "According to",
                   "farm gate prices are capped at Rwf190 per kilo as the minimum price", None),
                  ("a4", "INDIRECT", "m4", ("according to", "according to the farmers"),
                   "this price has become the farm-gate price, with coffee buyers reluctant to pay above the minimum set", None),
                  ("a5", "INDIRECT", "m5", ("say", "farmers say"),
                   seg(T, "under the zoning policy, they have to be paid", "can offer better prices"), None),
                  ("a6", "DIRECT", "m7", ("said", "said Gaspard"),
                   seg(T, "Comparing what we spend", "working at a loss,"), None),
                  ("a7", "DIRECT", "m10", ("said", "said Mr Gahigi"),
                   seg(T, "There is frustration over the losses", "sustain coffee plantations,"), None),
                  ("a8", "INDIRECT", "m11", "urging", "NAEB to remove the restriction on coffee washing stations", None)])

# ---------------------------------------------------------------------------------------
# The stored page has no headline, so the text starts with the lead; it is kept whole.
# "The Lusaka Magistrates’ Court has heard that ...": the court is the hearer, an agentless
# "heard that" (null source). "two men accused of being hired ..." (a participle in a noun
# phrase), "Despite their denials" and "the escape allegations" (nouns with no content) are not
# claims; "refused their bail application" and "ruled against granting bail" are a court's
# actions, but "citing the gravity of ..." is the magistrate's stated reason (cue "citing").
# "state prosecutors" and "the state" (the prosecution side) are one GROUP. "Police reports
# revealed that ...": a document whose author is named in its noun phrase is a mention of the
# police (FORMAT.md, Documents), one entity with "Police say". "are believed to have been
# practicing witchcraft" is an agentless belief nested in that claim; "They are accused of ..."
# is an agentless accusation (null source, "of" left out). "According to preliminary findings"
# names no author: the findings are their own GROUP entity, and "the men were promised a
# staggering K2 million ..." holds an agentless promise nested in them (the addressee left out).
# The investigators are kept apart from the police, as the text does not identify them.
# "The purported mission" is a hedge.
doc("zambiandigest-witchcraft-plot-hichilema-bail-denied",
    url="https://www.zambiandigest.net/2025/01/20/court-denies-bail-for-men-accused-of-witchcraft-plot-against-president-hichilema/",
    outlet="Zambian Digest", country="Zambia", topic="courts-crime", cut=False, published="2025-01-20",
    text=(T := "The Lusaka Magistrates’ Court has heard that two men accused of being hired to use witchcraft to harm President Hakainde Hichilema attempted to escape from detention.\n"
          "The pair, Mozambican national Jasten Mabulesse Candude and Zambian Leonard Phiri, appeared before Magistrate Fines Mayambu where they denied attempting to escape from custody.\n"
          "The court, however, refused their bail application after state prosecutors highlighted their alleged escape attempts during detention.\n"
          "According to the state, Phiri, who resides in Sinda and not Lusaka, had previously defied orders during investigations and allegedly tried to flee.\n"
          "Despite their denials, Magistrate Mayambu ruled against granting bail, citing the gravity of the accusations and the escape allegations.\n"
          "The trial was further delayed due to the unavailability of a Chewa interpreter, which is the only language Candude understands.\n"
          "The case has been adjourned to February 18 for trial.\n"
          "The two suspects face charges under Zambia’s Witchcraft Act, including professing knowledge of witchcraft and possession of charms, both offenses under Chapter 90 of the country’s laws. Police reports revealed that the accused were allegedly found with various charms, including a live chameleon, and are believed to have been practicing witchcraft.\n"
          "They are accused of pretending to exercise supernatural powers meant to instill fear and, ultimately, harm the President.\n"
          "Investigators allege that the suspects were hired by Nelson Banda, the younger brother of Petauke Member of Parliament Emmanuel Jay Banda, who remains at large.\n"
          "According to preliminary findings, the men were promised a staggering K2 million to execute their mission, with an initial payment of K16,500 made out of an agreed K30,000 advance.\n"
          "The purported mission was to harm President Hichilema using witchcraft. Police say Banda had allegedly orchestrated the plot, using the two men as his operatives."),
    entities=[("pair", "the pair", "GROUP",
               ["The pair, Mozambican national Jasten Mabulesse Candude and Zambian Leonard Phiri",
                "the two suspects", "the accused", "the suspects", "the men", "two men", "the two men"],
               "the two accused, Jasten Mabulesse Candude and Leonard Phiri"),
              ("prosecution", "state prosecutors", "GROUP", ["the state"], "the prosecution"),
              ("mayambu", "Fines Mayambu", "PERSON", ["Mayambu", "Magistrate Fines Mayambu", "Magistrate Mayambu"],
               "Lusaka magistrate"),
              ("police", "Police", "ORGANIZATION", ["Police reports"], "Zambia Police"),
              ("investigators", "Investigators", "GROUP", [], "investigators in the case"),
              ("findings", "preliminary findings", "GROUP", [], "preliminary findings of the investigation")],
    mentions=[("m0", ("two men", "two men accused"), "pair"),
              ("m1", "The pair, Mozambican national Jasten Mabulesse Candude and Zambian Leonard Phiri", "pair"),
              ("m2", "Magistrate Fines Mayambu", "mayambu"),
              ("m3", ("they", "they denied"), "pair"),
              ("m4", "state prosecutors", "prosecution"),
              ("m5", ("the state", "According to the state"), "prosecution"),
              ("m6", "Magistrate Mayambu", "mayambu"),
              ("m7", "The two suspects", "pair"),
              ("m8", "Police reports", "police"),
              ("m9", ("the accused", "the accused were"), "pair"),
              ("m10", "Investigators", "investigators"),
              ("m11", ("the suspects", "the suspects were hired"), "pair"),
              ("m12", "preliminary findings", "findings"),
              ("m13", ("the men", "the men were promised"), "pair"),
              ("m14", ("Police", "Police say"), "police"),
              ("m15", ("the two men", "the two men as"), "pair")],
    attributions=[("a1", "INDIRECT", None, "heard",
                   seg(T, "two men accused of being hired", "escape from detention"), None),
                  ("a2", "INDIRECT", "m3", "denied", "attempting to escape from custody", None),
                  ("a3", "INDIRECT", "m4", "highlighted", "their alleged escape attempts during detention", None),
                  ("a4", "INDIRECT", "m5", ("According to", "According to the state"),
                   seg(T, "Phiri, who resides in Sinda", "allegedly tried to flee"), None),
                  ("a5", "INDIRECT", "m6", "citing", "the gravity of the accusations and the escape allegations", None),
                  ("a6", "INDIRECT", "m8", "revealed",
                   seg(T, "the accused were allegedly found", "practicing witchcraft"), None),
                  ("a7", "INDIRECT", None, "believed", "to have been practicing witchcraft", "a6"),
                  ("a8", "INDIRECT", None, ("accused", "are accused of"),
                   "pretending to exercise supernatural powers meant to instill fear and, ultimately, harm the President", None),
                  ("a9", "INDIRECT", "m10", ("allege", "Investigators allege"),
                   seg(T, "the suspects were hired by Nelson Banda", "who remains at large"), None),
                  ("a10", "INDIRECT", "m12", ("According to", "According to preliminary"),
                   seg(T, "the men were promised", "K30,000 advance"), None),
                  ("a11", "INDIRECT", None, "promised", "a staggering K2 million to execute their mission", "a10"),
                  ("a12", "INDIRECT", "m14", "say",
                   "Banda had allegedly orchestrated the plot, using the two men as his operatives", None)])

# ---------------------------------------------------------------------------------------
# The stored page has no headline, so the text starts with the lead. The stored copy breaks off in
# "“Some few athletes who are engag", inside the paragraph that holds Tolgos's quotation, so the
# text is cut at the end of the paragraph before it.
# "pleaded with athletics coaches and managers to help ..." and "asked the Anti-doping Agency
# (ADAK) to intensify ...": read like "called on X to Y", the addressee stays in the content.
# "recent reports by the Athletics Integrity Unit indicating that ...": a document whose author is
# named in its noun phrase, so the unit is the source (cue "indicating"); "the AIU report" in
# "according to the AIU report" likewise names its author, and the parenthetical stays inside the
# claim's content (FORMAT.md, Contiguity). "Keitany’s call" and "doping allegations" have no
# content of their own.
# "they target young athletes in the pretext that they would run faster": the doctors' false
# claim to the athletes, a noun cue ("pretext") nested in Keitany's quotation, source "they".
# "I am telling our coaches ..." is Keitany's own speech act inside her quotation, not split off.
# "accused managers and coaches of introducing ...": the accused stay in the content (like
# "described X as Y").
doc("athleticscoke-keitany-doping-coaches-managers",
    url="https://athletics.co.ke/mary-keitany-asks-managers-coaches-help-end-doping/",
    outlet="Athletics.co.ke", country="Kenya", topic="sport", cut=True,
    text=(T := "World women marathon record holder Mary Keitany has pleaded with athletics coaches and managers to help stamp out doping among Kenyan runners.\n"
          "Keitany’s call comes amid recent reports by the Athletics Integrity Unit indicating that they are handling 120 doping cases.\n"
          "The AIU crackdown is aimed at protecting the sport’s reputation and transparency.\n"
          "“I am telling our coaches and managers to please help fight doping. Our country risks being banned if this vice continues,” Keitany said.\n"
          "The 2016 New York City Marathon champion called for close monitoring of chemists and pharmacies and action taken on drug outlets that are found selling banned substances.\n"
          "She said doping allegations among Kenyan athletes is getting worse and asked the Anti-doping Agency (ADAK) to intensify awareness campaign among young runners. Keitany claimed Adak has been creating awareness among elite athletes in five star hotels, leaving out newcomers in anti-doping sensitization campaigns.\n"
          "“There are some unscrupulous medical doctors who have positioned themselves in training bases and they target young athletes in the pretext that they would run faster,” she said in an interview in Iten. She added: “We are aware that after using EPO, an athlete will run for one year and after that, their careers come to a halt because of the side effects.”\n"
          "Some 85 of the cases, according to the AIU report, involve Olympic and World Championships medallists, with 47.5 per cent involving Russians.\n"
          "Elgeyo Marakwet Governor Alex Tolgos accused managers and coaches of introducing banned drugs to athletes to boost performance in a bid to attract more monetary returns. Tolgos said his county administration will carry out thorough audit of drugs dispensed in pharmacies and revoke licenses of pharmacists selling EPO."),
    entities=[("keitany", "Mary Keitany", "PERSON",
               ["Keitany", "World women marathon record holder Mary Keitany", "The 2016 New York City Marathon champion"],
               "world women's marathon record holder"),
              ("aiu", "Athletics Integrity Unit", "ORGANIZATION",
               ["the Athletics Integrity Unit", "AIU", "the AIU report"], "World Athletics' integrity unit"),
              ("doctors", "some unscrupulous medical doctors", "GROUP", [], "doctors in training bases, as Keitany describes them"),
              ("tolgos", "Alex Tolgos", "PERSON", ["Tolgos", "Elgeyo Marakwet Governor Alex Tolgos"],
               "Governor of Elgeyo Marakwet County")],
    mentions=[("m1", "World women marathon record holder Mary Keitany", "keitany"),
              ("m2", "the Athletics Integrity Unit", "aiu"),
              ("m3", ("Keitany", "Keitany said"), "keitany"),
              ("m4", "The 2016 New York City Marathon champion", "keitany"),
              ("m5", ("She", "She said doping"), "keitany"),
              ("m6", ("Keitany", "Keitany claimed"), "keitany"),
              ("m7", "some unscrupulous medical doctors", "doctors"),
              ("m8", ("they", "they target"), "doctors"),
              ("m9", ("she", "she said in an interview"), "keitany"),
              ("m10", ("She", "She added"), "keitany"),
              ("m11", "the AIU report", "aiu"),
              ("m12", "Elgeyo Marakwet Governor Alex Tolgos", "tolgos"),
              ("m13", ("Tolgos", "Tolgos said"), "tolgos")],
    attributions=[("a1", "INDIRECT", "m1", "pleaded with",
                   "athletics coaches and managers to help stamp out doping among Kenyan runners", None),
                  ("a2", "INDIRECT", "m2", "indicating", "they are handling 120 doping cases", None),
                  ("a3", "DIRECT", "m3", ("said", "Keitany said"),
                   seg(T, "I am telling our coaches", "if this vice continues,"), None),
                  ("a4", "INDIRECT", "m4", "called for",
                   seg(T, "close monitoring of chemists", "selling banned substances"), None),
                  ("a5", "INDIRECT", "m5", ("said", "She said doping"),
                   "doping allegations among Kenyan athletes is getting worse", None),
                  ("a6", "INDIRECT", "m5", "asked",
                   "the Anti-doping Agency (ADAK) to intensify awareness campaign among young runners", None),
                  ("a7", "INDIRECT", "m6", "claimed",
                   seg(T, "Adak has been creating awareness", "anti-doping sensitization campaigns"), None),
                  ("a8", "DIRECT", "m9", ("said", "she said in an interview"),
                   seg(T, "There are some unscrupulous medical doctors", "would run faster,"), None),
                  ("a9", "INDIRECT", "m8", "pretext", "they would run faster", "a8"),
                  ("a10", "DIRECT", "m10", "added",
                   seg(T, "We are aware that after using EPO", "of the side effects."), None),
                  ("a11", "INDIRECT", "m11", ("according to", "according to the AIU report"),
                   seg(T, "Some 85 of the cases", "involving Russians"), None),
                  ("a12", "INDIRECT", "m12", "accused",
                   seg(T, "managers and coaches of introducing", "more monetary returns"), None),
                  ("a13", "INDIRECT", "m13", ("said", "Tolgos said"),
                   seg(T, "his county administration will", "pharmacists selling EPO"), None)])

# ---------------------------------------------------------------------------------------
# The section label ("Lebanon News") and the photo caption ("Seagulls feed by a sewage disposal ...
# AFP / JOSEPH EID") are left out. The stored copy breaks off in "The study had not tested for
# heavy metals in the water because, Hamz", so the text is cut before that paragraph.
# Headline: its quoted words are Hamza's, and a headline drops its verb; with nobody named it is
# MIXED with a null source and cue (as a quoted cross-head is DIRECT with both null).
# Agentless findings and verdicts of the survey: "were found to be polluted ..." (nested in
# Hamza's claim), "were described as very contaminated ..." (its own claim, null source; the
# raised subject and the linking "as" left out) and "were deemed average and 16 good" (nested in
# the claim of ", Hamza said", which covers its own sentence only).
# "He could not recommend swimming at the beaches marked average" is a withheld speech act
# (FORMAT.md, Refusals): cue "recommend". The quotation after it has no reporting clause of its
# own and continues him (null cue); the recommend sentence has its own content, so it is not a
# frame for it. "he told The Daily Star": the paper is the addressee. "“the catastrophic” Ramlet
# al-Baida" is a quoted phrase with no reporting verb, not annotated.
doc("dailystar-lebanon-coast-pollution-critical-not-hopeless",
    url="https://www.dailystar.com.lb/News/Lebanon-News/2018/Jul-20/457243-coast-pollution-critical-not-hopeless.ashx",
    outlet="The Daily Star", country="Lebanon", topic="environment", cut=True, published="2018-07-20",
    text=(T := "Coast pollution ‘critical, not hopeless’\n"
          "BEIRUT: Just under one fifth of Lebanon’s coastal areas surveyed by the National Council for Scientific Research were found to be polluted and unsuitable for swimming, the CNRS’s Secretary-General Mouin Hamza said Thursday. “The situation is critical, but not hopeless,” he told The Daily Star.\n"
          "Four of the 25 areas surveyed for bacterial pollution were described as very contaminated and not fit for swimming. A further five were deemed average and 16 good, Hamza said, after the CNRS published a detailed 30-page report on coastal pollution.\n"
          "Hamza noted the survey had not included samples of water from the many river estuaries along the shore, because these are contaminated and “do not require analysis,” nor did the survey cover areas near industrial or sewage dumps. “We did the tests away from polluted areas, in places that are important to people and are also representative, from north to south,” Hamza said.\n"
          "Among the areas unfit for swimming, are “the catastrophic” Ramlet al-Baida, Beirut’s only public beach, as well as Antelias, Manara in Beirut and Tripoli’s public beach.\n"
          "Areas with average pollution include Akkar’s sand-and-pebble beach near Qleiaat airport, Abdel-Wahab Island in Minyeh, Sidon’s public beach and Deir al Mkhalles beach, and Sarafand’s public beach in the southern district of Tyre.\n"
          "Hamza said each area’s pollution designation was based on an average of more than 30 measurements taken over roughly three years.\n"
          "He could not recommend swimming at the beaches marked average. “They could be fine, but we were surprised that some days there [would be] sewage, and some days not. One day you find it beautiful, the next day it’s full of excrement and plastics.”"),
    entities=[("hamza", "Mouin Hamza", "PERSON", ["Hamza", "the CNRS’s Secretary-General Mouin Hamza"],
               "Secretary-General of Lebanon's National Council for Scientific Research (CNRS)")],
    mentions=[("m1", "the CNRS’s Secretary-General Mouin Hamza", "hamza"),
              ("m2", ("he", "he told"), "hamza"),
              ("m3", ("Hamza", "Hamza said, after"), "hamza"),
              ("m4", ("Hamza", "Hamza noted"), "hamza"),
              ("m5", ("Hamza", "Hamza said.\n"), "hamza"),
              ("m6", ("Hamza", "Hamza said each"), "hamza"),
              ("m7", ("He", "He could not"), "hamza")],
    attributions=[("a1", "MIXED", None, None, "Coast pollution ‘critical, not hopeless’", None),
                  ("a2", "INDIRECT", "m1", ("said", "said Thursday"),
                   seg(T, "Just under one fifth", "unsuitable for swimming"), None),
                  ("a3", "INDIRECT", None, "found", "to be polluted and unsuitable for swimming", "a2"),
                  ("a4", "DIRECT", "m2", "told", "The situation is critical, but not hopeless,", None),
                  ("a5", "INDIRECT", None, "described", "very contaminated and not fit for swimming", None),
                  ("a6", "INDIRECT", "m3", ("said", "Hamza said, after"), "A further five were deemed average and 16 good", None),
                  ("a7", "INDIRECT", None, "deemed", "average and 16 good", "a6"),
                  ("a8", "MIXED", "m4", "noted",
                   seg(T, "the survey had not included samples", "industrial or sewage dumps"), None),
                  ("a9", "DIRECT", "m5", ("said", "Hamza said.\n"),
                   seg(T, "We did the tests away", "from north to south,"), None),
                  ("a10", "INDIRECT", "m6", ("said", "Hamza said each"),
                   seg(T, "each area’s pollution designation", "roughly three years"), None),
                  ("a11", "INDIRECT", "m7", "recommend", "swimming at the beaches marked average", None),
                  ("a12", "DIRECT", "m7", None, seg(T, "They could be fine", "excrement and plastics."), None)])

# ---------------------------------------------------------------------------------------
# The stored page has no headline, so the text starts with the lead. The stored copy goes on with
# the cross-head "Previous Warnings" and breaks off in "December 2024: ARD-FC", so the text is
# cut before that cross-head. The unquoted cross-heads ("Patients Left in Limbo", "Why the
# Strike?") are labels.
# "The doctors, under the Association of Resident Doctors, FCT (ARD-FCT), say ...": the source is
# "The doctors"; the association they speak through is the same entity here (its communiqué is
# "the doctors described ..."), while its president George Ebong is his own entity (FORMAT.md,
# representatives). "In a communiqué signed by ..." is the medium.
# "Her husband, Tunde, lamented: “We were told to come today ...”": an agentless "told" nested in
# his quotation (the addressee left out). The quotations after "said his follow-up appointment
# ... was cancelled:" and "are affected:" have no reporting clause of their own and continue the
# speaker (null cue). "described the FCT’s health system as “crippled ...”" is MIXED.
# Not claims: "Other patients shared similar frustrations" (no content), "our correspondents
# observed deserted wards" (an observation), and "NARD’s national ultimatum expiring" (a noun
# with no content).
doc("headlinenews-fct-doctors-strike-patients-private-care",
    url="https://headlinenews.news/doctors-strike-cripples-fct-hospitals-patients-turn-to-costly-private-care",
    outlet="Headline News", country="Nigeria", topic="health-science", cut=True,
    text=(T := "Patients across the six area councils of the Federal Capital Territory (FCT) were stranded yesterday as resident doctors began a seven-day warning strike, paralyzing services in district and general hospitals.\n"
          "The doctors, under the Association of Resident Doctors, FCT (ARD-FCT), say they are protesting systemic failures in the health sector, including manpower shortages, non-functional equipment, unpaid allowances, and poor working conditions.\n"
          "Patients Left in Limbo\n"
          "At Kubwa General Hospital, expectant mother Mary Adegbenro said she had to seek antenatal care in a private hospital. Her husband, Tunde, lamented: “We were told to come today for her registration, but now we have to pay more elsewhere.”\n"
          "Other patients shared similar frustrations. An elderly man, Yusuf Muhammed, said his follow-up appointment after surgery was cancelled: “What if something happens before next week? Lives are at risk.”\n"
          "At Maitama District Hospital, Paul Jackson said he spent over ₦30,000 at a private clinic after being turned away. “The government must act quickly. We cannot afford this,” he said.\n"
          "Across facilities in Abaji, Kwali, Kuje, and Gwagwalada, our correspondents observed deserted wards and closed emergency units. Only nurses, consultants, and pharmacists were available to handle minor cases.\n"
          "Why the Strike?\n"
          "In a communiqué signed by ARD-FCT president George Ebong, the doctors described the FCT’s health system as “crippled by long-standing structural deficiencies” and warned the strike could become indefinite if demands are ignored.\n"
          "Ebong said all 14 district hospitals and primary health centres under the FCTA are affected: “Everywhere we have doctors will be hit—general outpatient, surgery, paediatrics, gynaecology, dental, all.”\n"
          "The strike comes amid broader tensions between the Nigerian Association of Resident Doctors (NARD) and the federal government, with NARD’s national ultimatum expiring on September 10."),
    entities=[("doctors", "the resident doctors", "GROUP",
               ["resident doctors", "the doctors", "the Association of Resident Doctors, FCT (ARD-FCT)"],
               "resident doctors of the FCT and their association, ARD-FCT"),
              ("adegbenro", "Mary Adegbenro", "PERSON", ["Adegbenro", "expectant mother Mary Adegbenro"],
               "expectant mother at Kubwa General Hospital"),
              ("tunde", "Tunde", "PERSON", ["Her husband, Tunde"], "Mary Adegbenro's husband"),
              ("muhammed", "Yusuf Muhammed", "PERSON", ["Muhammed", "An elderly man, Yusuf Muhammed"],
               "patient whose appointment was cancelled"),
              ("jackson", "Paul Jackson", "PERSON", ["Jackson"], "patient at Maitama District Hospital"),
              ("ebong", "George Ebong", "PERSON", ["Ebong", "ARD-FCT president George Ebong"], "president of ARD-FCT")],
    mentions=[("m1", "resident doctors", "doctors"),
              ("m2", "The doctors", "doctors"),
              ("m3", "the Association of Resident Doctors, FCT (ARD-FCT)", "doctors"),
              ("m4", "expectant mother Mary Adegbenro", "adegbenro"),
              ("m5", "Her husband, Tunde", "tunde"),
              ("m6", "An elderly man, Yusuf Muhammed", "muhammed"),
              ("m7", "Paul Jackson", "jackson"),
              ("m8", ("he", "he said."), "jackson"),
              ("m9", "ARD-FCT president George Ebong", "ebong"),
              ("m10", ("the doctors", "the doctors described"), "doctors"),
              ("m11", ("Ebong", "Ebong said"), "ebong")],
    attributions=[("a1", "INDIRECT", "m2", "say",
                   seg(T, "they are protesting systemic failures", "poor working conditions"), None),
                  ("a2", "INDIRECT", "m4", ("said", "Adegbenro said"),
                   "she had to seek antenatal care in a private hospital", None),
                  ("a3", "DIRECT", "m5", "lamented",
                   "We were told to come today for her registration, but now we have to pay more elsewhere.", None),
                  ("a4", "INDIRECT", None, "told", "to come today for her registration", "a3"),
                  ("a5", "INDIRECT", "m6", ("said", "Muhammed, said"),
                   "his follow-up appointment after surgery was cancelled", None),
                  ("a6", "DIRECT", "m6", None, "What if something happens before next week? Lives are at risk.", None),
                  ("a7", "INDIRECT", "m7", ("said", "Jackson said"),
                   "he spent over ₦30,000 at a private clinic after being turned away", None),
                  ("a8", "DIRECT", "m8", ("said", "he said."), "The government must act quickly. We cannot afford this,", None),
                  ("a9", "MIXED", "m10", "described",
                   "the FCT’s health system as “crippled by long-standing structural deficiencies”", None),
                  ("a10", "INDIRECT", "m10", "warned", "the strike could become indefinite if demands are ignored", None),
                  ("a11", "INDIRECT", "m11", ("said", "Ebong said"),
                   "all 14 district hospitals and primary health centres under the FCTA are affected", None),
                  ("a12", "DIRECT", "m11", None,
                   "Everywhere we have doctors will be hit—general outpatient, surgery, paediatrics, gynaecology, dental, all.", None)])

write("test27_b.jsonl")
