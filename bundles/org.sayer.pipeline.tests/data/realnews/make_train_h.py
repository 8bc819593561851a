#!/usr/bin/env python3
"""Writes train_h.jsonl: real-news gold, split train-h (see gold.py). Run: python3 make_train_h.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
doc("analystliberia-piah-un-stance-venezuela",
    url="https://analystliberiaonline.com/gol-clarifies-un-stance-highlights-major-gains-across-key-sectors",
    outlet="The Analyst", country="Liberia", topic="politics", cut=True,
    text=(T := "GoL Clarifies UN Stance-Highlights Major Gains Across Key Sectors\n"
          "MONROVIA – In its latest regular press briefing of 2026, the Liberian government clarified the country’s position on recent developments in Venezuela while presenting a comprehensive report of achievements across agriculture, justice, commerce, revenue collection, foreign affairs, and transport. Information Minister Jerolinmek Matthew Piah emphasized that Liberia’s statements at the United Nations Security Council reflect a collective African stance rather than an independent policy. The briefing also underscored progress under the ARREST Agenda, highlighting expanded farmer outreach, justice sector reforms, revenue overperformance, MSME support, and improvements in transport infrastructure—all signaling a coordinated approach to inclusive development and national stability.\n"
          "Minister Piah addressed social media claims suggesting Liberia acted independently on Venezuela, stressing that Liberia occupies a non-permanent seat on the UN Security Council as part of the African Group.\n"
          "“Liberia does not act on its own accord at the Security Council,” Piah said. “The seat belongs to Africa, and Liberia represents a collective African position.”\n"
          "He clarified that Liberia’s statement, delivered by Ambassador Lewis G. Brown, reflected the A3 African countries’ unified stance, aligned with the African Union communiqué expressing concern over Venezuela’s political developments."),
    entities=[("gol", "the Liberian government", "ORGANIZATION", ["GoL"], "Government of Liberia (GoL)"),
              ("piah", "Jerolinmek Matthew Piah", "PERSON",
               ["Piah", "Minister Piah", "Information Minister Jerolinmek Matthew Piah"], "Liberian Information Minister"),
              ("briefing", "The briefing", "ORGANIZATION", [], "the government's regular press briefing"),
              ("au", "African Union", "ORGANIZATION", ["the African Union communiqué"], None)],
    mentions=[("m1", "GoL", "gol"),
              ("m2", "the Liberian government", "gol"),
              ("m3", "Information Minister Jerolinmek Matthew Piah", "piah"),
              ("m4", "The briefing", "briefing"),
              ("m5", "Minister Piah", "piah"),
              ("m6", ("Piah", "Piah said"), "piah"),
              ("m7", ("He", "He clarified"), "piah"),
              ("m8", "the African Union communiqué", "au")],
    attributions=[("a1", "INDIRECT", "m1", "Clarifies", "UN Stance", None),
                  ("a2", "INDIRECT", "m1", "Highlights", "Major Gains Across Key Sectors", None),
                  ("a3", "INDIRECT", "m2", ("clarified", "government clarified"), "the country’s position on recent developments in Venezuela", None),
                  ("a4", "INDIRECT", "m3", "emphasized", "Liberia’s statements at the United Nations Security Council reflect a collective African stance rather than an independent policy", None),
                  ("a5", "INDIRECT", "m4", "underscored", "progress under the ARREST Agenda", None),
                  ("a6", "INDIRECT", "m4", "highlighting", "expanded farmer outreach, justice sector reforms, revenue overperformance, MSME support, and improvements in transport infrastructure", None),
                  ("a7", "INDIRECT", "m5", "addressed", "social media claims suggesting Liberia acted independently on Venezuela", None),
                  ("a8", "INDIRECT", None, ("claims", "media claims"), "Liberia acted independently on Venezuela", "a7"),
                  ("a9", "INDIRECT", "m5", "stressing", "Liberia occupies a non-permanent seat on the UN Security Council as part of the African Group", None),
                  ("a10", "DIRECT", "m6", ("said", "Piah said"), "Liberia does not act on its own accord at the Security Council,", None),
                  ("a11", "DIRECT", "m6", None, "The seat belongs to Africa, and Liberia represents a collective African position.", None),
                  ("a12", "INDIRECT", "m7", ("clarified", "He clarified"), seg(T, "Liberia’s statement, delivered", "political developments"), None),
                  ("a13", "INDIRECT", "m8", "expressing concern", "Venezuela’s political developments", "a12")])

# ---------------------------------------------------------------------------------------
doc("politicosl-magistrate-clique-bail-refused",
    url="https://mail.politicosl.com/articles/sierra-leone-magistrate-warns-criminals",
    outlet="Politico SL", country="Sierra Leone", topic="courts-crime", cut=True,
    text=(T := "Sierra Leone magistrate warns criminals\n"
          "Presiding magistrate of Court No. 2 in Freetown, who says his duty is to protect society, yesterday sounded livid while discouraging criminals from perpetuating themselves on society.\n"
          "He was reacting to statements made by a defense lawyer, Emmanuel Teddy Koroma, whiles making a bail application in an alleged robbery with aggravation matter on 28 August.\n"
          "He stood in for three accused persons alleged to have conspired to rob with aggravation one Sajah Alieu Bah in eastern Freetown on Friday 16 August this year.\n"
          "According to the defense, the accused should be granted bail “because they were ordinary school pupils who were arrested in broad day light”. He further claimed that they just happened to be friends of “those suspected to have robbed the complainant”.\n"
          "But police prosecutor Sergeant Fatmata Bangura objected to the application, pointing out that the accused were in fact members of a “dangerous clique” in the eastern area of Freetown. She observed that the claim that the accused persons’ claims of being pupils was “totally out of the picture as they all were far past twenty years”.\n"
          "The magistrate, in his ruling to the bail application, said that “I care less about whether they are pupils or graduates. As long as you are part of any clique that goes about disturbing innocent people, whether at night or day time, you will never be granted bail in my court”.\n"
          "He observed that cliques were dangerous associations and as such, “school children should stay as far away from them as possible”. He refused the accused bail and adjourned the matter to Monday September 2."),
    entities=[("magistrate", "Presiding magistrate of Court No. 2 in Freetown", "PERSON",
               ["Sierra Leone magistrate", "The magistrate"], "presiding magistrate, Freetown Court No. 2"),
              ("koroma", "Emmanuel Teddy Koroma", "PERSON",
               ["Koroma", "a defense lawyer, Emmanuel Teddy Koroma", "the defense"], "defence lawyer of the accused"),
              ("bangura", "Fatmata Bangura", "PERSON",
               ["Bangura", "police prosecutor Sergeant Fatmata Bangura"], "police prosecutor"),
              ("accused", "the accused persons", "GROUP", ["three accused persons", "the accused"],
               "three accused in the robbery case")],
    mentions=[("m1", "Sierra Leone magistrate", "magistrate"),
              ("m2", "Presiding magistrate of Court No. 2 in Freetown", "magistrate"),
              ("m3", "a defense lawyer, Emmanuel Teddy Koroma", "koroma"),
              ("m4", "three accused persons", "accused"),
              ("m5", "the defense", "koroma"),
              ("m6", ("the accused", "the accused should"), "accused"),
              ("m7", ("He", "He further claimed"), "koroma"),
              ("m8", "police prosecutor Sergeant Fatmata Bangura", "bangura"),
              ("m9", ("the accused", "the accused were in fact"), "accused"),
              ("m10", ("She", "She observed"), "bangura"),
              ("m11", "the accused persons", "accused"),
              ("m12", "The magistrate", "magistrate"),
              ("m13", ("He", "He observed that cliques"), "magistrate"),
              ("m14", ("the accused", "refused the accused"), "accused")],
    attributions=[("a1", "INDIRECT", "m1", "warns", ("criminals", "warns criminals"), None),
                  ("a2", "INDIRECT", "m2", "says", "his duty is to protect society", None),
                  ("a3", "INDIRECT", "m2", "discouraging", "criminals from perpetuating themselves on society", None),
                  ("a4", "INDIRECT", None, ("alleged", "persons alleged"), "to have conspired to rob with aggravation one Sajah Alieu Bah in eastern Freetown on Friday 16 August this year", None),
                  ("a5", "MIXED", "m5", "According to", "the accused should be granted bail “because they were ordinary school pupils who were arrested in broad day light”", None),
                  ("a6", "MIXED", "m7", ("claimed", "further claimed"), "they just happened to be friends of “those suspected to have robbed the complainant”", None),
                  ("a7", "INDIRECT", "m8", "objected", ("the application", "objected to the application"), None),
                  ("a8", "MIXED", "m8", "pointing out", "the accused were in fact members of a “dangerous clique” in the eastern area of Freetown", None),
                  ("a9", "MIXED", "m10", ("observed", "She observed"), seg(T, "the claim that the accused persons’", "far past twenty years”"), None),
                  ("a10", "INDIRECT", "m11", ("claims", "persons’ claims"), "being pupils", "a9"),
                  ("a11", "DIRECT", "m12", ("said", "said that “I"), seg(T, "I care less about", "bail in my court"), None),
                  ("a12", "MIXED", "m13", ("observed", "He observed"), seg(T, "cliques were dangerous", "as possible”"), None)])

# ---------------------------------------------------------------------------------------
doc("ethiopianmonitor-covid-three-new-cases",
    url="https://ethiopianmonitor.com/2020/04/08/covid-19-ethiopia-confirms-3-new-cases-today/",
    outlet="Ethiopian Monitor", country="Ethiopia", topic="health-science", cut=False,
    published="2020-04-08",
    text=(T := "COVID-19: Ethiopia Confirms 3 New Cases Today\n"
          "ADDIS ABABA – Three new cases of coronavirus (COVID-19) have been identified in Ethiopia today, Health officials announced.\n"
          "Ethiopian Public health Institute has conducted 225 testes over the past 24 hours. Of these, three individuals have tested positive for COVID-19, according to the ministry of health.\n"
          "“All confirmed cases are Ethiopians,” said the ministry, adding two – who are residents of Addis Ababa – were under mandatory quarantine up their return Dubai.\n"
          "The other patient is a resident of Awi zone’s Addis Kidan town in Amhara regional state. The patient had no travel history abroad but contacted a confirmed case, the ministry added.\n"
          "Dr. Lia advised the public yet again “to avoid any mass gathering, apply precaution measures such as hand-washing with soap and maintain physical distancing” today.\n"
          "The latest announcement came minutes after prime minister Abiy Ahmed has declared a state of emergency due to the increasing threat of coronavirus.\n"
          "This is the country’s third state of emergency in four years. Details are yet to emerge what restrictions the decree will bring.\n"
          "Out of the 54 confirmed cases, two people have died while four fully recovered from the disease."),
    entities=[("ethiopia", "Ethiopia", "GPE", [], None),
              ("officials", "Health officials", "GROUP", [], "Ethiopian health officials"),
              ("ministry", "the ministry of health", "ORGANIZATION", ["the ministry"], "Ethiopian Ministry of Health"),
              ("lia", "Dr. Lia", "PERSON", ["Lia"], None)],
    mentions=[("m1", ("Ethiopia", "Ethiopia Confirms"), "ethiopia"),
              ("m2", "Health officials", "officials"),
              ("m3", "the ministry of health", "ministry"),
              ("m4", ("the ministry", "said the ministry"), "ministry"),
              ("m5", ("the ministry", "the ministry added"), "ministry"),
              ("m6", "Dr. Lia", "lia")],
    attributions=[("a1", "INDIRECT", "m1", "Confirms", "3 New Cases Today", None),
                  ("a2", "INDIRECT", "m2", "announced", "Three new cases of coronavirus (COVID-19) have been identified in Ethiopia today", None),
                  ("a3", "INDIRECT", "m3", "according to", "Of these, three individuals have tested positive for COVID-19", None),
                  ("a4", "DIRECT", "m4", ("said", "said the ministry"), "All confirmed cases are Ethiopians,", None),
                  ("a5", "INDIRECT", "m4", "adding", "two – who are residents of Addis Ababa – were under mandatory quarantine up their return Dubai", None),
                  ("a6", "INDIRECT", "m5", "added", "The patient had no travel history abroad but contacted a confirmed case", None),
                  ("a7", "DIRECT", "m6", "advised", "to avoid any mass gathering, apply precaution measures such as hand-washing with soap and maintain physical distancing", None)])

# ---------------------------------------------------------------------------------------
doc("newsmoris-le-morne-water-shortage",
    url="https://newsmoris.com/2023/05/17/water-shortage-anger-brews-as-taps-run-dry-for-200-families/",
    outlet="NewsMoris", country="Mauritius", topic="local", cut=True,
    published="2023-05-17",
    text=(T := "Water shortage: Anger brews as taps run dry for over 200 families in Le Morne\n"
          "Around 200 families residing in the village of Le Morne, specifically in Dilo Pourri, are once again confronted with water distribution issues. Despite previous attempts to address the problem in 2008, aided by Hong Kong and Shanghai Bank (HSBC), Quatre-Bornes Lions Club, and the Mouvement Autosuffisance Alimentaire (Food Self-sufficiency Movement), the situation remains unresolved.\n"
          "Sheila Beeharee, the president of the local community organisation, has told Le Mauricien newspaper that water has not flowed for four consecutive days, causing difficulties despite previous efforts to improve the situation.\n"
          "In 2008, a significant investment of Rs 13 million was overseen by four committees, facilitating the connection of this particular area of Le Morne to a drinking water distribution network sourced from the Baie-du-Cap river. The water underwent pumping, filtration, and chlorination processes.\n"
          "“However, presently, the taps run dry almost daily, and when water does flow, it is murky. Concerns over potential health risks have led some residents, especially children, to refrain from consuming the water,” said Sheila Beeharee.\n"
          "Éric Mangar, who supervised the project in 2009, recalls that its primary focus was to cater to the inhabitants of Le Morne. He suggested that the expansion of the drinking water distribution network to other regions should have been delayed. Mangar placed the responsibility for managing this issue squarely on the Central Water Authority (CWA).\n"
          "Jackie Montocchio, the President of Le Morne village, was cited as claiming that she has notified the CWA and made a formal request for the provision of water tank trucks to the families in dire need."),
    entities=[("beeharee", "Sheila Beeharee", "PERSON",
               ["Beeharee", "Sheila Beeharee, the president of the local community organisation"],
               "president of the local community organisation"),
              ("mangar", "Éric Mangar", "PERSON", ["Mangar"], "supervised the 2008-2009 water project"),
              ("montocchio", "Jackie Montocchio", "PERSON",
               ["Montocchio", "Jackie Montocchio, the President of Le Morne village"], "President of Le Morne village")],
    mentions=[("m1", "Sheila Beeharee, the president of the local community organisation", "beeharee"),
              ("m2", ("Sheila Beeharee", "said Sheila Beeharee"), "beeharee"),
              ("m3", "Éric Mangar", "mangar"),
              ("m4", ("He", "He suggested"), "mangar"),
              ("m5", ("Mangar", "Mangar placed"), "mangar"),
              ("m6", "Jackie Montocchio, the President of Le Morne village", "montocchio"),
              ("m7", ("she", "she has notified"), "montocchio")],
    attributions=[("a1", "INDIRECT", "m1", ("told", "has told"), "water has not flowed for four consecutive days, causing difficulties despite previous efforts to improve the situation", None),
                  ("a2", "DIRECT", "m2", ("said", "said Sheila"), seg(T, "However, presently,", "consuming the water,"), None),
                  ("a3", "INDIRECT", "m3", "recalls", "its primary focus was to cater to the inhabitants of Le Morne", None),
                  ("a4", "INDIRECT", "m4", "suggested", "the expansion of the drinking water distribution network to other regions should have been delayed", None),
                  ("a5", "INDIRECT", "m5", "placed", "the responsibility for managing this issue squarely on the Central Water Authority (CWA)", None),
                  ("a6", "INDIRECT", "m6", "cited as claiming", "she has notified the CWA and made a formal request for the provision of water tank trucks to the families in dire need", None),
                  ("a7", "INDIRECT", "m7", "request", "the provision of water tank trucks to the families in dire need", "a6")])

# ---------------------------------------------------------------------------------------
doc("greekreporter-piraeus-bank-export-growth",
    url="http://greece.greekreporter.com/2018/07/19/piraeus-bank-vows-to-support-export-orientated-growth-in-greece/",
    outlet="Greek Reporter", country="Greece", topic="business", cut=False,
    published="2018-07-19",
    text=(T := "Piraeus Bank Vows to Support Export-Orientated Growth in Greece\n"
          "Greece’s largest lender Piraeus Bank has joined forces with Enterprise Greece, the official agency of the Greek state, to support export-oriented activity and growth in the economy.\n"
          "The CEOs of the two organizations signed a cooperation protocol that underlines their determination to help the exports of Greek companies.\n"
          "Piraeus Bank CEO Christos Megalou said that with this agreement the bank “makes a statement that it is ready to finance the Greek economy”.\n"
          "“We have both the liquidity and the capability and the willingness to really help all Greek businesses, especially those engaged in foreign exports,” Megalou said.\n"
          "He explained that the goal for 2018 is to generate new financing amounting to €3 billion ($3.4 billion).\n"
          "“We are in the happy position to announce that, mid-way through the year, we have reached half our target,” he added.\n"
          "Megalou also promised that more money to help growth in Greece will be available in 2019.\n"
          "On his part, Enterprise Greece CEO Elias Athanasiou expressed his enthusiasm for the deal.\n"
          "“When the private sector collaborates with the public sector a great deal is achieved,” he said."),
    entities=[("piraeus", "Piraeus Bank", "ORGANIZATION", ["the bank", "Greece’s largest lender Piraeus Bank"], "Greek bank"),
              ("megalou", "Christos Megalou", "PERSON", ["Megalou"], "Piraeus Bank CEO"),
              ("athanasiou", "Elias Athanasiou", "PERSON", ["Athanasiou"], "Enterprise Greece CEO")],
    mentions=[("m1", ("Piraeus Bank", "Piraeus Bank Vows"), "piraeus"),
              ("m2", "Greece’s largest lender Piraeus Bank", "piraeus"),
              ("m3", "Piraeus Bank CEO Christos Megalou", "megalou"),
              ("m4", "the bank", "piraeus"),
              ("m5", ("Megalou", "Megalou said."), "megalou"),
              ("m6", ("He", "He explained"), "megalou"),
              ("m7", ("he", "he added"), "megalou"),
              ("m8", ("Megalou", "Megalou also"), "megalou"),
              ("m9", "Enterprise Greece CEO Elias Athanasiou", "athanasiou"),
              ("m10", ("he", "he said."), "athanasiou")],
    attributions=[("a1", "INDIRECT", "m1", "Vows", "to Support Export-Orientated Growth in Greece", None),
                  ("a2", "MIXED", "m3", ("said", "Megalou said that"), "with this agreement the bank “makes a statement that it is ready to finance the Greek economy”", None),
                  ("a3", "INDIRECT", "m4", "makes a statement", "it is ready to finance the Greek economy", "a2"),
                  ("a4", "DIRECT", "m5", ("said", "Megalou said."), seg(T, "We have both the liquidity", "foreign exports,"), None),
                  ("a5", "INDIRECT", "m6", "explained", "the goal for 2018 is to generate new financing amounting to €3 billion ($3.4 billion)", None),
                  ("a6", "DIRECT", "m7", "added", "We are in the happy position to announce that, mid-way through the year, we have reached half our target,", None),
                  ("a7", "INDIRECT", "m8", "promised", "more money to help growth in Greece will be available in 2019", None),
                  ("a8", "INDIRECT", "m9", "expressed his enthusiasm", "the deal", None),
                  ("a9", "DIRECT", "m10", ("said", "he said."), "When the private sector collaborates with the public sector a great deal is achieved,", None)])

# ---------------------------------------------------------------------------------------
doc("economistna-mannetti-chan-morocco-defeat",
    url="https://economist.com.na/?p=32328",
    outlet="The Economist (Namibia)", country="Namibia", topic="sport", cut=True,
    text=(T := "Improving Warriors lost to a better side-Mannetti\n"
          "NFA – Morocco’s tactical prowess, height and home ground advantage were the determining factors in ending the Brave warriors amazing run at the African Nations Championships (CHAN) finals as they lost 2-0 to the host on Saturday night in Casablanca.\n"
          "Morocco scored their first goal on 33 minutes, a quick taken free-kick that saw Ayoub El Kaabi finish past Loydt Kazapua and their second goal on 53 minutes through a headed goal from a corner kick by Man of the Match Sallahedine Saidi.\n"
          "Brave Warriors coach Ricardo Mannetti said his side was always going to be up against it and hence the respect they had for Morocco and their plot for an upset ahead of the game.\n"
          "“They showed their quality. They had the height, tactically good and the home crowd and combine all that and we had our backs against it from the start. We came here to upset them and it did not work in the end”, Mannetti told a packed post-match press conference on Saturday night.\n"
          "The coach could also not be drawn into the debate about the referee’s performance as many thought the decision were questionable at times.\n"
          "“I will not talk about the referee. I’m a coach and will fight for my team. Football is an emotional game and as a coach I will fight for my team and I did that tonight because I wanted my team to win and now it’s over”.\n"
          "Mannetti also implored the Namibia Premier League clubs to take competing in Africa seriously if local football was to improve.\n"
          "“NPL clubs should take continental football seriously to improve our level otherwise these other countries will keep on getting better and we always catch up and that is not ideal”.\n"
          "Despite being disappointed with the defeat on the night, Mannetti is satisfied with the overall Moroccan expedition for the Brave Warriors."),
    entities=[("mannetti", "Ricardo Mannetti", "PERSON",
               ["Mannetti", "Brave Warriors coach Ricardo Mannetti", "The coach"], "Namibia (Brave Warriors) head coach"),
              ("many", "many", "GROUP", [], "observers who questioned the refereeing")],
    mentions=[("m1", ("Mannetti", "side-Mannetti"), "mannetti"),
              ("m2", "Brave Warriors coach Ricardo Mannetti", "mannetti"),
              ("m3", ("Mannetti", "Mannetti told"), "mannetti"),
              ("m4", "The coach", "mannetti"),
              ("m5", ("many", "many thought"), "many"),
              ("m6", ("Mannetti", "Mannetti also implored"), "mannetti"),
              ("m7", ("Mannetti", "Mannetti is satisfied"), "mannetti")],
    attributions=[("a1", "INDIRECT", "m1", None, "Improving Warriors lost to a better side", None),
                  ("a2", "INDIRECT", "m2", "said", "his side was always going to be up against it and hence the respect they had for Morocco and their plot for an upset ahead of the game", None),
                  ("a3", "DIRECT", "m3", "told", seg(T, "They showed their quality.", "did not work in the end"), None),
                  ("a4", "INDIRECT", "m4", "drawn into the debate", "the referee’s performance", None),
                  ("a5", "INDIRECT", "m5", "thought", "the decision were questionable at times", None),
                  ("a6", "DIRECT", "m4", None, seg(T, "I will not talk about the referee.", "now it’s over"), None),
                  ("a7", "INDIRECT", "m6", "implored", "the Namibia Premier League clubs to take competing in Africa seriously if local football was to improve", None),
                  ("a8", "DIRECT", "m6", None, seg(T, "NPL clubs should take", "that is not ideal"), None)])

# ---------------------------------------------------------------------------------------
doc("sharjah24-reuters-kangaroo-robot-store",
    url="https://www.sharjah24.ae/en/variety/gadgets-electronics/251124/Japanese-kangaroobot-to-clock-on-at-convenience-store",
    outlet="Sharjah 24 (Reuters)", country="United Arab Emirates", topic="technology", cut=True,
    published="2020-07-16",
    text=(T := "Japanese 'kangaroo-bot' to clock on at convenience store\n"
          "Sharjah 24 - Reuters: In August, a robot resembling a kangaroo will begin stacking sandwiches, drinks and ready meals on shelves at a Japanese convenience store in a test its maker, Telexistence, hopes will help trigger a wave retail automation.\n"
          "Following that initial trial, store operator FamilyMart says it plans to employ robot workers at twenty stores around Tokyo by 2022 that people will operate remotely until the machines' artificial intelligence (AI) can learn to mimic human movements. Rival convenience store chain Lawson is hiring its first robot in September, according to Telexistence.\n"
          "\"It advances the scope and scale of human existence,\" the robot maker's CEO Jin Tomioka, as he explained a technology that lets people sense and experience places other than where they are.\n"
          "That telexistence idea was first proposed by the start up's co-founder, University of Tokyo professor Susumu Tachi, four decades ago. Their company has received funding from technology investment company Softbank Group cell phone service operator KDDI in Japan with overseas investors including European passenger aircraft maker Airbus SE.\n"
          "It dubbed its robot the Model T in a nod to the Ford Motor car that began the era of mass motoring a century ago. It's Kangaroo design, which Tomioka picked because he is fond of marsupials, is meant to help shoppers feel at ease because people can feel uncomfortable robots that look too human. Robots are still a rare sight in public, because although they outperform humans in manufacturing plants built around them, they struggle with simple tasks in more unpredictable urban setting where people live.\n"
          "\"Only around 600,000 industrial robots are sold (annually) and the reason is that they are only used in factories,\" said Tomioka, far less than 90 million road vehicles sold last year."),
    entities=[("telexistence", "Telexistence", "ORGANIZATION", ["its maker, Telexistence"], "Japanese robot maker"),
              ("familymart", "FamilyMart", "ORGANIZATION", ["store operator FamilyMart"], "convenience store operator"),
              ("tomioka", "Jin Tomioka", "PERSON", ["Tomioka", "the robot maker's CEO Jin Tomioka"], "Telexistence CEO"),
              ("tachi", "Susumu Tachi", "PERSON",
               ["Tachi", "the start up's co-founder, University of Tokyo professor Susumu Tachi"],
               "Telexistence co-founder, University of Tokyo professor")],
    mentions=[("m1", "its maker, Telexistence", "telexistence"),
              ("m2", "store operator FamilyMart", "familymart"),
              ("m3", ("Telexistence", "according to Telexistence"), "telexistence"),
              ("m4", "the robot maker's CEO Jin Tomioka", "tomioka"),
              ("m5", ("he", "as he explained"), "tomioka"),
              ("m6", "the start up's co-founder, University of Tokyo professor Susumu Tachi", "tachi"),
              ("m7", ("It", "It dubbed"), "telexistence"),
              ("m8", ("Tomioka", "which Tomioka picked"), "tomioka"),
              ("m9", ("Tomioka", "said Tomioka"), "tomioka")],
    attributions=[("a1", "INDIRECT", "m1", "hopes", "will help trigger a wave retail automation", None),
                  ("a2", "INDIRECT", "m2", "says", seg(T, "it plans to employ", "mimic human movements"), None),
                  ("a3", "INDIRECT", "m3", "according to", "Rival convenience store chain Lawson is hiring its first robot in September", None),
                  ("a4", "DIRECT", "m4", None, "It advances the scope and scale of human existence,", None),
                  ("a5", "INDIRECT", "m5", "explained", "a technology that lets people sense and experience places other than where they are", None),
                  ("a6", "INDIRECT", "m6", "proposed", "That telexistence idea", None),
                  ("a7", "INDIRECT", "m7", "dubbed", "its robot the Model T", None),
                  ("a8", "DIRECT", "m9", ("said", "said Tomioka"), seg(T, "Only around 600,000", "used in factories,"), None)],
    keep_that=("a6",))

write("train_h.jsonl")
