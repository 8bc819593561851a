#!/usr/bin/env python3
"""Writes train_ai.jsonl: real-news gold, split train-ai (see gold.py). Run: python3 make_train_ai.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
# "appeals to Government for a change" / "asked the government for an inclusive parliament": the
# addressee stays in the content, as the corpus does for "urged the judge for some leeway" and
# "appealed to chiefs … to help" (FORMAT.md: `called on X to Y` keeps the addressee).
doc("fbcnews-opposition-appeals-change-in-attitude",
    url="https://www.fbcnews.com.fj/news/opposition-appeals-to-government-for-a-change-in-attitude/",
    outlet="FBC News", country="Fiji", topic="politics", cut=False, published="2018-11-27",
    text=(T := "Opposition appeals to Government for a change in attitude\n"
          "The Opposition is appealing to the government to bring about change of attitude that is more inclusive to reflect the votes of Fijians.\n"
          "Opposition MP, Viliame Gavoka in his maiden speech asked the government for an inclusive parliament which doesn’t only push the agenda of FijiFirst.\n"
          "“Appeal to the other side to have a change in attitude for a parliament that is more inclusive and one that will bring about a parliament that is more responsible to the people and not one that only FijiFirst wants to dominate. The votes are telling us in very specific terms they don’t want you to continue to behave the way you have in the last four years.”\n"
          "Opposition MP, Mosese Bulitavu who served in the last term claims majority of Fijians want change.\n"
          "“There is a shift of public opinion – the result of the election are clearly a rejection over regulation, over taxation of the lives of our people. This is a signal of the end of constitutional dictatorship and selfish leadership.”\n"
          "However, Education Minister, Rosy Akbar rubbished these claims.\n"
          "“In its years of service in government, FijiFirst has proved that our fear were experienced growing up were unfounded and that Fiji is indeed for all Fijians.\n"
          "FijiFirst record during its four year term speaks volume for its efforts to spearhead the advancement for our country. The Fiji we now live in is unrecognizable from the Fiji of the past decades.”\n"
          "Akbar states the government in the last four years has put the best interest of all Fijians first."),
    entities=[("opposition", "The Opposition", "ORGANIZATION", ["Opposition"], "Fiji's parliamentary opposition"),
              ("gavoka", "Viliame Gavoka", "PERSON", ["Gavoka", "Opposition MP, Viliame Gavoka"], "Opposition MP"),
              ("bulitavu", "Mosese Bulitavu", "PERSON", ["Bulitavu", "Opposition MP, Mosese Bulitavu"], "Opposition MP"),
              ("akbar", "Rosy Akbar", "PERSON", ["Akbar", "Education Minister, Rosy Akbar"], "Fiji's Education Minister")],
    mentions=[("m1", ("Opposition", "Opposition appeals"), "opposition"),
              ("m2", "The Opposition", "opposition"),
              ("m3", "Opposition MP, Viliame Gavoka", "gavoka"),
              ("m4", "Opposition MP, Mosese Bulitavu", "bulitavu"),
              ("m5", "Education Minister, Rosy Akbar", "akbar"),
              ("m6", ("Akbar", "Akbar states"), "akbar")],
    attributions=[("a1", "INDIRECT", "m1", ("appeals to", "Opposition appeals to"), "Government for a change in attitude", None),
                  ("a2", "INDIRECT", "m2", "appealing to",
                   "the government to bring about change of attitude that is more inclusive to reflect the votes of Fijians", None),
                  ("a3", "INDIRECT", "m3", "asked",
                   "the government for an inclusive parliament which doesn’t only push the agenda of FijiFirst", None),
                  ("a4", "DIRECT", "m3", None, seg(T, "Appeal to the other side", "in the last four years."), None),
                  ("a5", "INDIRECT", "m4", ("claims", "claims majority"), "majority of Fijians want change", None),
                  ("a6", "DIRECT", "m4", None, seg(T, "There is a shift of public opinion", "selfish leadership."), None),
                  ("a7", "INDIRECT", "m5", "rubbished", "these claims", None),
                  # the quotation runs over a line break with no reopening mark: one quotation (Marks as printed)
                  ("a8", "DIRECT", "m5", None, seg(T, "In its years of service", "of the past decades."), None),
                  ("a9", "INDIRECT", "m6", "states",
                   "the government in the last four years has put the best interest of all Fijians first", None)])

# ---------------------------------------------------------------------------------------
# The stored page has no headline: the text starts with its lead. It is cut where the stored
# copy breaks off inside Manning's next quotation.
# The second paragraph prints a closing mark but no opening one; as gold.py takes DIRECT only
# between marks, that claim is INDIRECT (as test6 did) and its content stops before ",”".
# "Tsiamalili said: “…” he said.": the inline trailing clause wins over the colon frame
# (FORMAT.md, Two clauses, one claim); "Tsiamalili" is a non-source mention.
doc("pina-five-held-east-sepik-killings-png",
    url="https://pina.com.fj/2024/08/05/five-held-over-mass-east-sepik-killings-in-png",
    outlet="Pacific Islands News Association (PINA)", country="Fiji", topic="courts-crime", cut=True,
    published="2024-08-05",
    text=(T := "Five men have been arrested in relation to the series of murders, rapes and property destruction in Angoram, East Sepik in Papua New Guinea.\n"
          "The five young men who have so far been arrested have complied with lawful direction of police and are behind bars,” Police Minister Peter Tsiamalili Jr said.\n"
          "Assistant police commissioner Perou N’dranou confirmed the five arrests.\n"
          "From a progress report he received from acting provincial police commander (PPC) James Baugen, N’dranou said the arrest was “great news for the police deployment to Angoram”.\n"
          "“Seeing heavy police presence and constant patrols into the suspected villages, the public is coming forward to provide adequate information,” he said.\n"
          "“The five from Tambari village surrendered to police at Moim village.\n"
          "“The acting PPC was on hand to receive the suspects.”\n"
          "They were taken to Wewak Police Station to be processed.\n"
          "Tsiamalili said: “There will be more arrests in connection with this matter.\n"
          "“If any of these wanted men are unwise enough to resist, or raise a weapon, police have the full support of the law to discharge their duties.\n"
          "“What this gang has done is beyond the comprehension of any decent person, and they will pay the price.\n"
          "“These are sick individuals, who prey upon vulnerable communities with depravity.\n"
          "“These criminals will feel the full weight of the law.\n"
          "“Around the country criminals like these are learning that violence begets violence, so lay down your weapons, or they will be laid down for you.” he said.\n"
          "Since the violence occurred last month, police commissioner David Manning deployed additional personnel to the area, including 20 Mobile Squad personnel.\n"
          "“Police from the RPNGC Airborne Tactical Unit and provincial police are hunting down these criminals.\n"
          "“With each day, the net tightens around these men.” Manning added."),
    entities=[("tsiamalili", "Peter Tsiamalili Jr", "PERSON", ["Tsiamalili", "Police Minister Peter Tsiamalili Jr"],
               "Papua New Guinea's Police Minister"),
              ("ndranou", "Perou N’dranou", "PERSON", ["N’dranou", "Assistant police commissioner Perou N’dranou"],
               "PNG assistant police commissioner"),
              ("manning", "David Manning", "PERSON", ["Manning", "police commissioner David Manning"], "PNG police commissioner")],
    mentions=[("m1", "Police Minister Peter Tsiamalili Jr", "tsiamalili"),
              ("m2", "Assistant police commissioner Perou N’dranou", "ndranou"),
              ("m3", ("N’dranou", "N’dranou said"), "ndranou"),
              ("m4", ("he", "he said.\n“The five"), "ndranou"),
              ("m5", ("Tsiamalili", "Tsiamalili said:"), "tsiamalili"),
              ("m6", ("he", "he said.\nSince"), "tsiamalili"),
              ("m7", "police commissioner David Manning", "manning"),
              ("m8", ("Manning", "Manning added"), "manning")],
    attributions=[("a1", "INDIRECT", "m1", ("said", "Jr said"),
                   "The five young men who have so far been arrested have complied with lawful direction of police and are behind bars", None),
                  ("a2", "INDIRECT", "m2", "confirmed", "the five arrests", None),
                  ("a3", "MIXED", "m3", ("said", "N’dranou said"),
                   "the arrest was “great news for the police deployment to Angoram”", None),
                  ("a4", "DIRECT", "m4", ("said", "he said.\n“The five"),
                   seg(T, "Seeing heavy police presence", "provide adequate information,"), None),
                  ("a5", "DIRECT", "m4", None, seg(T, "The five from Tambari village", "receive the suspects."), None),
                  ("a6", "DIRECT", "m6", ("said", "he said.\nSince"),
                   seg(T, "There will be more arrests", "laid down for you."), None),
                  ("a7", "DIRECT", "m8", ("added", "Manning added"),
                   seg(T, "Police from the RPNGC", "tightens around these men."), None)])

# ---------------------------------------------------------------------------------------
# The stored page has no headline: the text starts with its lead. The page breaks one sentence
# inside a paragraph ("President’s Counsel" / "Shavindra Fernando"); the two halves are joined by
# a space so that paragraphs stay one a line.
# a6's content holds the report's name printed with a mismatched pair of marks (“B’); every style
# of mark counts (FORMAT.md, Type), so the claim is MIXED.
# "a “B’ report filed in court by the CID" is a document whose author is named in its NP: a
# mention of the CID (FORMAT.md, Documents). Only "Diana Gamage had obtained …" is the report's;
# "and now, … the CID was trying …" is the counsel's own charge.
doc("counterpoint-magistrate-dissatisfaction-lawyers-gamage-case",
    url="https://counterpoint.lk/magistrate-expresses-dissatisfaction-behaviour-senior-counsel-court/",
    outlet="Counterpoint", country="Sri Lanka", topic="courts-crime", cut=False,
    text=(T := "Colombo Chief Magistrate Prasanna Alwis today expressed dissatisfaction over the behaviour of the lawyers in the courtroom during the inquiry into a forged birth certificate case relating to State Minister Diana Gamage. The Chief Magistrate observed that irrespective of title or status, the lawyers should behave decently before the Court.\n"
          "Colombo Chief Magistrate Prasanna Alwis made this remark when President’s Counsel Shavindra Fernando interrupted as Counsel Rienzie Arseculeratne, PC, was making his submissions.\n"
          "The incident took place when Arseculeratne raised objections against the submissions of the CID, asserting that the CID was maintaining double standards without arresting Diana Gamage.\n"
          "Arseculeratne said the CID had not arrested Diana Gamage while there was ample proof that she had committed a punishable offence. Arseculeratne further told the Magistrate that a “B’ report filed in court by the CID had clearly stated that Diana Gamage had obtained a passport by tendering a forged birth certificate to the Immigration and Emigrations Department, and now, without arresting the suspect, the CID was trying to let her go scot-free by saying that they were further investigating the matter and had sought the assistance of the Foreign Office of Great Britain to ascertain her British citizenship.\n"
          "At this point Shavindra Fernando PC attempted to interrupt Arseculeratne PC, and subsequently Senior Counsel Gunaratna Wanninayake intervened in the incident.\n"
          "A further magisterial inquiry is scheduled for March 23."),
    entities=[("alwis", "Prasanna Alwis", "PERSON", ["Alwis", "The Chief Magistrate", "Colombo Chief Magistrate Prasanna Alwis"],
               "Colombo Chief Magistrate"),
              ("arseculeratne", "Rienzie Arseculeratne", "PERSON",
               ["Arseculeratne", "Arseculeratne PC", "Counsel Rienzie Arseculeratne, PC"], "President's Counsel"),
              ("cid", "the CID", "ORGANIZATION", ["CID"], "Sri Lanka's Criminal Investigation Department")],
    mentions=[("m1", ("Colombo Chief Magistrate Prasanna Alwis", "Colombo Chief Magistrate Prasanna Alwis today"), "alwis"),
              ("m2", "The Chief Magistrate", "alwis"),
              ("m3", ("Colombo Chief Magistrate Prasanna Alwis", "Colombo Chief Magistrate Prasanna Alwis made"), "alwis"),
              ("m4", "Counsel Rienzie Arseculeratne, PC", "arseculeratne"),
              ("m5", ("Arseculeratne", "Arseculeratne raised"), "arseculeratne"),
              ("m6", ("the CID", "the CID was maintaining"), "cid"),
              ("m7", ("Arseculeratne", "Arseculeratne said"), "arseculeratne"),
              ("m8", ("the CID", "the CID had not"), "cid"),
              ("m9", ("Arseculeratne", "Arseculeratne further"), "arseculeratne"),
              ("m10", ("the Magistrate", "told the Magistrate"), "alwis"),
              ("m11", "a “B’ report filed in court by the CID", "cid"),
              ("m12", ("the CID", "the CID was trying"), "cid"),
              ("m13", "Arseculeratne PC", "arseculeratne")],
    attributions=[("a1", "INDIRECT", "m1", "expressed dissatisfaction", "the behaviour of the lawyers in the courtroom", None),
                  ("a2", "INDIRECT", "m2", "observed",
                   "irrespective of title or status, the lawyers should behave decently before the Court", None),
                  ("a3", "INDIRECT", "m5", "raised objections", "the submissions of the CID", None),
                  ("a4", "INDIRECT", "m5", "asserting",
                   "the CID was maintaining double standards without arresting Diana Gamage", None),
                  ("a5", "INDIRECT", "m7", ("said", "Arseculeratne said"),
                   "the CID had not arrested Diana Gamage while there was ample proof that she had committed a punishable offence", None),
                  ("a6", "MIXED", "m9", ("told", "further told"),
                   seg(T, "a “B’ report filed in court", "ascertain her British citizenship"), None),
                  ("a7", "INDIRECT", "m11", ("stated", "clearly stated"),
                   "Diana Gamage had obtained a passport by tendering a forged birth certificate to the Immigration and Emigrations Department", "a6"),
                  ("a8", "INDIRECT", "m12", ("saying", "by saying"),
                   seg(T, "they were further investigating", "ascertain her British citizenship"), "a6")])

# ---------------------------------------------------------------------------------------
# The page dates the story 2080 Bhadra 3 (Bikram Sambat): 2023-08-20, a Sunday, as the lead says.
# The site's Nepali tagline and date line are left out. The page breaks the last sentence before
# "the state." ("red book of" / "the state."); the halves are joined by a space.
# "Residents of 'G' village", "Locals" and "the locals" are one collective in one scene (FORMAT.md,
# Coreference); "the ward chairman and members" / "the ward president and members" is one GROUP,
# apart from the ward chairman himself.
doc("dineshkhabar-dhangadhi-ward-14-office-locked-culvert",
    url="https://dineshkhabar.com/article/101680",
    outlet="Dineshkhabar", country="Nepal", topic="local", cut=False, published="2023-08-20",
    text=(T := "Office of ward no. 14th locked by locals Dhangadhi\n"
          "Dhangadhi: The office of ward number 14 of Dhangadhi sub-metropolitan city has been locked. Residents of 'G' village of Ward No. 14 locked the ward office on Sunday, demanding a budget for culvert construction. Locals have accused the ward chairman of diverting the budget of 20 lakh 5 thousand which came to build a culvert in 'G' village.\n"
          "Navraj Joshi, a local, said that the ward chairman and members said that the budget would come from the state government to build the culvert. Joshi said that the ward office was locked because the ward president and members cut the budget for the culvert this year and diverted the budget for laying gravel from Shivshankar Basic School to Dhan Bahadur Bista's house.\n"
          "Residents of 'G' village allege that the ward president and members are doing arbitrary things. While talking to the ward chairman Man Bahadur Bista on this matter, he admitted that the budget was put elsewhere. He said that the budget of 2.5 lakhs will be provided from the state government for the construction of culverts, so the budget has been cut due to the need for a double program.\n"
          "Similarly, Ward Member Man Bahadur Khatri said that although four lakhs was budgeted for road gravel in the financial year 2078/79, that budget was not allocated from Shivshankar Basic School to Dhan Bahadur Bista's house, so gravel was used on other roads based on the need.\n"
          "Although the ward president Bista said that the state government will provide budget for the construction of culverts in Jigaon, the locals said that they were forced to lock down as the plan for construction of culverts in 'G' village was not included in the red book of the state."),
    entities=[("residents", "Residents of 'G' village", "GROUP", ["Residents of 'G' village of Ward No. 14", "Locals", "the locals"],
               "residents of 'G' village, ward 14"),
              ("joshi", "Navraj Joshi", "PERSON", ["Joshi", "Navraj Joshi, a local"], "local resident"),
              ("wardteam", "the ward chairman and members", "GROUP", ["the ward president and members"],
               "ward 14's chairman and members"),
              ("bista", "Man Bahadur Bista", "PERSON", ["Bista", "the ward chairman Man Bahadur Bista", "the ward president Bista"],
               "chairman of ward 14"),
              ("khatri", "Man Bahadur Khatri", "PERSON", ["Khatri", "Ward Member Man Bahadur Khatri"], "member of ward 14")],
    mentions=[("m1", "Residents of 'G' village of Ward No. 14", "residents"),
              ("m2", "Locals", "residents"),
              ("m3", ("the ward chairman", "accused the ward chairman"), "bista"),
              ("m4", "Navraj Joshi, a local", "joshi"),
              ("m5", "the ward chairman and members", "wardteam"),
              ("m6", ("Joshi", "Joshi said that the ward"), "joshi"),
              ("m7", ("the ward president and members", "because the ward president"), "wardteam"),
              ("m8", ("Residents of 'G' village", "Residents of 'G' village allege"), "residents"),
              ("m9", ("the ward president and members", "allege that the ward"), "wardteam"),
              ("m10", "the ward chairman Man Bahadur Bista", "bista"),
              ("m11", ("he", "he admitted"), "bista"),
              ("m12", ("He", "He said that the budget"), "bista"),
              ("m13", "Ward Member Man Bahadur Khatri", "khatri"),
              ("m14", "the ward president Bista", "bista"),
              ("m15", ("the locals", "the locals said"), "residents")],
    attributions=[("a1", "INDIRECT", "m1", "demanding", "a budget for culvert construction", None),
                  ("a2", "INDIRECT", "m2", "accused",
                   "the ward chairman of diverting the budget of 20 lakh 5 thousand which came to build a culvert in 'G' village", None),
                  ("a3", "INDIRECT", "m4", ("said", "a local, said"),
                   "the ward chairman and members said that the budget would come from the state government to build the culvert", None),
                  ("a4", "INDIRECT", "m5", ("said", "members said"),
                   "the budget would come from the state government to build the culvert", "a3"),
                  ("a5", "INDIRECT", "m6", ("said", "Joshi said that the ward"),
                   seg(T, "the ward office was locked because", "Dhan Bahadur Bista's house", "Joshi said that the ward"), None),
                  ("a6", "INDIRECT", "m8", "allege", "the ward president and members are doing arbitrary things", None),
                  ("a7", "INDIRECT", "m11", "admitted", "the budget was put elsewhere", None),
                  ("a8", "INDIRECT", "m12", ("said", "He said that the budget"),
                   seg(T, "the budget of 2.5 lakhs", "need for a double program"), None),
                  ("a9", "INDIRECT", "m13", ("said", "Khatri said"),
                   seg(T, "although four lakhs was budgeted", "based on the need"), None),
                  ("a10", "INDIRECT", "m14", ("said", "Bista said"),
                   "the state government will provide budget for the construction of culverts in Jigaon", None),
                  ("a11", "INDIRECT", "m15", ("said", "the locals said"),
                   seg(T, "they were forced to lock down", "red book of the state"), None)])

# ---------------------------------------------------------------------------------------
# The stored page has no headline: the text starts with its lead. The page gives no date.
# "Exporters", "The businesses", "They" and "Business leaders" are the one collective of the
# meeting (FORMAT.md, Coreference). "made this demand" has no content of its own and is left out.
# "to end the harassment of business people" is the purpose of the demanding, an adjunct of the
# reporting event (FORMAT.md, Adjuncts: "in an effort to slow traffic").
doc("bizbdreview-exporters-urge-ldc-graduation-delay",
    url="https://bizbdreview.com/businesses-urge-ldc-graduation-delay-over-faulty-economic-data/",
    outlet="BizBD Review", country="Bangladesh", topic="business", cut=True,
    text=(T := "Exporters on Monday urged the government to seek a deferral of the country’s graduation from the least developed country status to a developing country status, saying that the decision on the graduation was made based on fabricated economic data.\n"
          "The businesses made this demand at a views exchange meeting between leaders of export-oriented trade bodies, organised by the Bangladesh Garments Accessories and Packaging Manufacturers and Exporters Association at the Sonargaon Hotel in the capital Dhaka.\n"
          "They also called for major reforms in the financial sector and demanded the resignation of National Board of Revenue chairman Abu Hena Md Rahmatul Muneem to end the harassment of business people.\n"
          "Business leaders also urged strict action against bank loan defaulters and banking sector regulators who allowed irregularities in the industry.\n"
          "Former Dhaka Chamber of Commerce and Industry president Shams Mahmud urged the government to take initiative for not graduating the country in 2026.\n"
          "He said that Bangladesh’s economy was facing a severe crisis, and postponing LDC graduation for a few years could help the country’s export sector recover, benefiting from continued duty-free access to export destinations.\n"
          "The UN General Assembly has scheduled Bangladesh to graduate from the LDC status and officially become a ‘Developing Country’ by the end of 2026.\n"
          "Shams also demanded resignation of the NBR chairman and massive reforms in the revenue sector.\n"
          "Abul Kashem Haider, former vice-president of the Federation of Bangladesh Chambers of Commerce and Industry, demanded reforms in trade bodies, saying that all the associations, including FBCCI and BGMEA, had become the platforms for a political party.\n"
          "He also demanded reforms in the banking sector, claiming that a group of individuals destroyed the sector by enacting laws that favoured them and facilitated money laundering."),
    entities=[("exporters", "Exporters", "GROUP", ["The businesses", "Business leaders"],
               "leaders of Bangladesh's export-oriented trade bodies at the meeting"),
              ("mahmud", "Shams Mahmud", "PERSON", ["Shams", "Mahmud"],
               "former president of the Dhaka Chamber of Commerce and Industry"),
              ("haider", "Abul Kashem Haider", "PERSON", ["Haider", "Kashem"],
               "former vice-president of the Federation of Bangladesh Chambers of Commerce and Industry")],
    mentions=[("m1", ("Exporters", "Exporters on Monday"), "exporters"),
              ("m2", "The businesses", "exporters"),
              ("m3", ("They", "They also called"), "exporters"),
              ("m4", "Business leaders", "exporters"),
              ("m5", "Former Dhaka Chamber of Commerce and Industry president Shams Mahmud", "mahmud"),
              ("m6", ("He", "He said that Bangladesh"), "mahmud"),
              ("m7", ("Shams", "Shams also"), "mahmud"),
              ("m8", "Abul Kashem Haider, former vice-president of the Federation of Bangladesh Chambers of Commerce and Industry", "haider"),
              ("m9", ("He", "He also demanded"), "haider")],
    attributions=[("a1", "INDIRECT", "m1", ("urged", "Monday urged"),
                   "the government to seek a deferral of the country’s graduation from the least developed country status to a developing country status", None),
                  ("a2", "INDIRECT", "m1", ("saying", "status, saying"),
                   "the decision on the graduation was made based on fabricated economic data", None),
                  ("a3", "INDIRECT", "m3", "called for", "major reforms in the financial sector", None),
                  ("a4", "INDIRECT", "m3", ("demanded", "demanded the resignation"),
                   "the resignation of National Board of Revenue chairman Abu Hena Md Rahmatul Muneem", None),
                  ("a5", "INDIRECT", "m4", ("urged", "also urged strict"),
                   "strict action against bank loan defaulters and banking sector regulators who allowed irregularities in the industry", None),
                  ("a6", "INDIRECT", "m5", ("urged", "Mahmud urged"),
                   "the government to take initiative for not graduating the country in 2026", None),
                  ("a7", "INDIRECT", "m6", ("said", "He said that Bangladesh"),
                   seg(T, "Bangladesh’s economy was facing", "access to export destinations"), None),
                  ("a8", "INDIRECT", "m7", ("demanded", "Shams also demanded"),
                   "resignation of the NBR chairman and massive reforms in the revenue sector", None),
                  ("a9", "INDIRECT", "m8", ("demanded", "Industry, demanded"), "reforms in trade bodies", None),
                  ("a10", "INDIRECT", "m8", ("saying", "bodies, saying"),
                   "all the associations, including FBCCI and BGMEA, had become the platforms for a political party", None),
                  ("a11", "INDIRECT", "m9", ("demanded", "He also demanded"), "reforms in the banking sector", None),
                  ("a12", "INDIRECT", "m9", "claiming",
                   "a group of individuals destroyed the sector by enacting laws that favoured them and facilitated money laundering", None)])

# ---------------------------------------------------------------------------------------
# The stored page has no headline and no date: the text starts with its lead, and is cut where the
# stored copy breaks off. The families' quotation closes with a straight mark after a curly
# opening one (a mismatched pair, FORMAT.md, Type); it has no reporting clause and continues the
# previous speaker, Thou ("She continued").
# "A ministry press release" names its author in its NP: a mention of the ministry; "the statement"
# alone does not, and is its own entity (FORMAT.md, Documents). "The villager’s petition" names
# the villagers, here the 197 families.
# "tell us to give them one week": the addressee is left out, as the corpus does for "told him to
# keep his mouth shut" (FORMAT.md, Left outside).
doc("phnompenhpost-koh-kong-197-families-land-claims-rejected",
    url="https://phnompenhpost.com/national/land-dispute-claims-197-families-rejected",
    outlet="The Phnom Penh Post", country="Cambodia", topic="local", cut=True,
    text=(T := "The Ministry of Land Management, Urban Planning and Construction issued a statement on Monday rejecting the land dispute claims of 197 families in Koh Kong province’s Sre Ambel district.\n"
          "A ministry press release dated Monday said a related land dispute involving 987 families over sugar plantation concession land – used to produce sugar for export – had already been resolved.\n"
          "“For the 197 families who came to protest at the Ministry of Land Management, Urban Planning and Construction on June 1, claiming they were involved in the land dispute, in fact, they are not involved and will not be given a resolution,” the statement read.\n"
          "In Thou, 40, a representative of the 197 families who led them to protest in front of the ministry, said the decision was unjust.\n"
          "She said villagers in the province had trusted Minister of Land Management, Urban Planning and Construction Chea Sophara, but now they were very disappointed.\n"
          "Thou claimed that the 197 families had occupied and farmed the land since 1993, producing crops such as mango, jackfruit, cashew nuts, corn, watermelon and banana.\n"
          "She continued that in 2007, the Heng Huy Agriculture Group placed machinery on their land to clear it, destroying their crops in the process and also threatening to kill and imprison them.\n"
          "“The ministry deciding this is really unjust for us. When we were protesting in front of the ministry, officials came to tell us to give them one week and when we returned home, they decided not to resolve it.\"\n"
          "“Next week we will go back again to sleep at the ministry because we have no land [to sleep on],” Thou said.\n"
          "The villager’s petition submitted to the ministry said that the families had been involved in a dispute with Heng Huy since 2007, with the land located in Chihor Loeu commune’s Tany, Chikhor and Chhouk villages, as well as Chikhor Krom commune’s Chambak village. Both are located in Sre Ambel district."),
    entities=[("ministry", "The Ministry of Land Management, Urban Planning and Construction", "ORGANIZATION",
               ["Ministry of Land Management", "the ministry"], "Cambodia's land ministry"),
              ("statement", "the statement", "ORGANIZATION", [], "the ministry's statement"),
              ("families", "the 197 families", "GROUP", ["the families"], "197 families in Sre Ambel district"),
              ("thou", "In Thou", "PERSON", ["Thou"], "representative of the 197 families"),
              ("henghuy", "the Heng Huy Agriculture Group", "ORGANIZATION", ["Heng Huy Agriculture Group", "Heng Huy"],
               "agricultural company in the dispute"),
              ("officials", "officials", "GROUP", [], "ministry officials")],
    mentions=[("m1", "The Ministry of Land Management, Urban Planning and Construction", "ministry"),
              ("m2", "A ministry press release", "ministry"),
              ("m3", ("the 197 families", "For the 197 families"), "families"),
              ("m4", ("the statement", "the statement read"), "statement"),
              ("m5", "In Thou, 40, a representative of the 197 families", "thou"),
              ("m6", ("She", "She said villagers"), "thou"),
              ("m7", ("Thou", "Thou claimed"), "thou"),
              ("m8", ("the 197 families", "that the 197 families"), "families"),
              ("m9", ("She", "She continued"), "thou"),
              ("m10", "the Heng Huy Agriculture Group", "henghuy"),
              ("m11", ("officials", "officials came"), "officials"),
              ("m12", ("Thou", "Thou said"), "thou"),
              ("m13", "The villager’s petition", "families"),
              ("m14", ("the families", "that the families"), "families")],
    attributions=[("a1", "INDIRECT", "m1", "rejecting",
                   "the land dispute claims of 197 families in Koh Kong province’s Sre Ambel district", None),
                  ("a2", "INDIRECT", "m2", ("said", "Monday said"),
                   seg(T, "a related land dispute involving 987", "had already been resolved"), None),
                  ("a3", "DIRECT", "m4", ("read", "statement read"),
                   seg(T, "For the 197 families who came", "will not be given a resolution,"), None),
                  ("a4", "INDIRECT", "m3", ("claiming", "claiming they were"), "they were involved in the land dispute", "a3"),
                  ("a5", "INDIRECT", "m5", ("said", "ministry, said"), "the decision was unjust", None),
                  ("a6", "INDIRECT", "m6", ("said", "She said villagers"),
                   seg(T, "villagers in the province had trusted", "they were very disappointed"), None),
                  ("a7", "INDIRECT", "m7", "claimed", seg(T, "the 197 families had occupied", "watermelon and banana"), None),
                  ("a8", "INDIRECT", "m9", "continued",
                   seg(T, "in 2007, the Heng Huy Agriculture Group placed", "kill and imprison them"), None),
                  ("a9", "INDIRECT", "m10", "threatening", "to kill and imprison them", "a8"),
                  ("a10", "DIRECT", "m9", None, seg(T, "The ministry deciding this", "decided not to resolve it."), None),
                  ("a11", "INDIRECT", "m11", ("tell", "came to tell"), "to give them one week", "a10"),
                  ("a12", "DIRECT", "m12", ("said", "Thou said"), seg(T, "Next week we will go back", "[to sleep on],"), None),
                  ("a13", "INDIRECT", "m13", ("said", "ministry said that"),
                   seg(T, "the families had been involved in a dispute", "Chambak village"), None)])

# ---------------------------------------------------------------------------------------
# The stored page has no headline: the text starts with its lead; the closing byline
# ("— Adrian H. Halili") is left out.
# "identified the officials as X" is evaluative reporting like "described X as Y" (FORMAT.md,
# Included); "relayed the panel’s “comprehensive” findings" is a speech act with a noun-phrase
# content nested in Bersamin's claim. "According to her preliminary report, Ms. Marcos said …":
# the governing "said" carries the claim, the report is the medium (FORMAT.md, Two clauses).
doc("bworldonline-escudero-subpoenas-duterte-arrest-probe",
    url="https://www.bworldonline.com/the-nation/2025/04/03/663886/imees-subpoena-request-okd/",
    outlet="BusinessWorld", country="Philippines", topic="politics", cut=False, published="2025-04-03",
    text=(T := "SENATE PRESIDENT Francis G. Escudero has signed subpoenas to summon officials to the Senate committee hearing on the arrest of former President Rodrigo R. Duterte.\n"
          "“I had signed subpoenas to summon two officials… we sent them to the Senate legal counsel to study the implication of invoking executive privilege,” Mr. Escudero said during a news briefing on Thursday.\n"
          "He added that he sought the aid of Senate lawyers on the signed subpoenas to avoid a constitutional crisis.\n"
          "He identified the officials as Prosecutor General Richard D. Fadullon and Philippine Air Force Lieutenant General Arthur M. Cordura.\n"
          "Senator Maria Imelda R. Marcos sought to subpoena the officials after Executive Secretary Lucas P. Bersamin on Monday invoked executive privilege to officials and cabinet secretaries invited to the Senate committee hearing on Foreign Relations.\n"
          "Mr. Bersamin said the agenda has been extensively discussed by the Committee in its March 20 hearing, noting also that Ms. Marcos has already publicly relayed the panel’s “comprehensive” findings.\n"
          "He also cited a possible violation of the sub judice rule, which could unduly influence the ongoing proceedings in the Supreme Court.\n"
          "“There are more questions that need answers, and so many of us citizens have sent documents, information, and evidence that this hearing should be an opportunity for our cabinet members to explain to the people,” Ms. Marcos said during the second committee hearing on Thursday.\n"
          "According to her preliminary report, Ms. Marcos said the Philippines had no obligation to arrest and surrender Mr. Duterte to the ICC, and the government had not only helped the ICC in the arrest but have planned it before a warrant was issued."),
    entities=[("escudero", "Francis G. Escudero", "PERSON", ["Escudero", "Mr. Escudero", "SENATE PRESIDENT Francis G. Escudero"],
               "Senate President of the Philippines"),
              ("marcos", "Maria Imelda R. Marcos", "PERSON", ["Marcos", "Ms. Marcos", "Imee Marcos", "Senator Maria Imelda R. Marcos"],
               "Senator, chair of the Senate foreign relations committee"),
              ("bersamin", "Lucas P. Bersamin", "PERSON", ["Bersamin", "Mr. Bersamin", "Executive Secretary Lucas P. Bersamin"],
               "Executive Secretary")],
    mentions=[("m1", "SENATE PRESIDENT Francis G. Escudero", "escudero"),
              ("m2", "Mr. Escudero", "escudero"),
              ("m3", ("He", "He added"), "escudero"),
              ("m4", ("He", "He identified"), "escudero"),
              ("m5", "Senator Maria Imelda R. Marcos", "marcos"),
              ("m6", "Executive Secretary Lucas P. Bersamin", "bersamin"),
              ("m7", "Mr. Bersamin", "bersamin"),
              ("m8", ("Ms. Marcos", "Ms. Marcos has already"), "marcos"),
              ("m9", ("He", "He also cited"), "bersamin"),
              ("m10", ("Ms. Marcos", "Ms. Marcos said during"), "marcos"),
              ("m11", ("Ms. Marcos", "report, Ms. Marcos"), "marcos")],
    attributions=[("a1", "DIRECT", "m2", ("said", "Escudero said"),
                   seg(T, "I had signed subpoenas", "invoking executive privilege,"), None),
                  ("a2", "INDIRECT", "m3", "added",
                   "he sought the aid of Senate lawyers on the signed subpoenas to avoid a constitutional crisis", None),
                  ("a3", "INDIRECT", "m4", "identified",
                   "the officials as Prosecutor General Richard D. Fadullon and Philippine Air Force Lieutenant General Arthur M. Cordura", None),
                  ("a4", "INDIRECT", "m7", ("said", "Bersamin said"),
                   "the agenda has been extensively discussed by the Committee in its March 20 hearing", None),
                  ("a5", "MIXED", "m7", "noting",
                   "Ms. Marcos has already publicly relayed the panel’s “comprehensive” findings", None),
                  ("a6", "MIXED", "m8", "relayed", "the panel’s “comprehensive” findings", "a5"),
                  ("a7", "INDIRECT", "m9", "cited",
                   "a possible violation of the sub judice rule, which could unduly influence the ongoing proceedings in the Supreme Court", None),
                  ("a8", "DIRECT", "m10", ("said", "Marcos said during"),
                   seg(T, "There are more questions", "explain to the people,"), None),
                  ("a9", "INDIRECT", "m11", ("said", "Marcos said the Philippines"),
                   seg(T, "the Philippines had no obligation", "before a warrant was issued"), None)])

write("train_ai.jsonl")
