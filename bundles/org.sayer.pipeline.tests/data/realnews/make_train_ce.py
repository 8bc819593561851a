#!/usr/bin/env python3
"""Writes train_ce.jsonl: real-news gold, split train-ce (see gold.py). Run: python3 make_train_ce.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
# Malawi Voice (Malawi). The stored page has no headline: it opens with the date, then the lead,
# so the text starts with the lead. The stored copy breaks off inside a sentence of Nankhumwa's
# ("Nankhumwa then said as opposition political p"), so the text is cut before that paragraph.
# Notes:
# - "said Kalamula who is also UTM Deputy Publicity Secretary ...": the relative clause is left
#   out of the source (FORMAT.md, Source).
# - "their conscious told them to vote against the Bill" is a figure of speech, not speech of a
#   speaker: no nested claim.
# - "called the conduct ... as comprised" is evaluative reporting (`described X as Y`), its
#   content the object with its complement. "has asked her to choose one post ...": a request
#   with a to-infinitive keeps its addressee, as `called on X to Y` (seed a23/a24) and
#   make_train_b.py's "asked the government to lift the ban"; only a question ("asked the driver
#   whether ...") leaves it out.
# - Patel "bemoaned the conduct ... said this is ...": the printed sentence lacks an "and"; two
#   claims of one source (`X said A, warning that B`), "bemoaned" taking its object as content
#   (like "rues the defeat").
# - "started by thanking all opposition members ... for showing unity" is a thanking with no
#   reported content (left out, like "congratulated").
doc("malawivoice-opposition-slam-speaker-hara",
    url="https://www.malawivoice.com/2022/12/16/opposition-parties-slam-speaker-hara/",
    outlet="Malawi Voice", country="Malawi", topic="politics", cut=True, published="2022-12-16",
    text=(T := "The opposition members in parliament on Friday conducted an emergency press briefing after the House was adjourned ‘sine die’ in a dramatic way.\n"
          "Members of UTM which is in Tonse Alliance administration were also present on the presser.\n"
          "Speaking, leader of UTM in parliament, Chrissy Kalamula Kanyasho said as the party they cannot be part and parcel to a government business that is there to inflict pain to its people just to settle political scores.\n"
          "“UTM members voted against the Bill because it is a draconian one and it has no life in today’s multiparty democracy,” said Kalamula who is also UTM Deputy Publicity Secretary and MP for Nkhatabay North.\n"
          "Kalamula said their conscious told them to vote against the Bill.\n"
          "On his part, leader of AFORD in parliament Yeremiah Chihana said what has happened today in parliament in unprocedural and that the integrity of parliament has been undermined.\n"
          "Chihana has also called the conduct shown by the speaker of the national assembly, Catherine Gotani Hara as comprised, and has asked her to choose one post either to resign as the speaker of parliament and to focus on her roles as vice General Secretary of Malawi Congress Party (MCP).\n"
          "On her part, UDF President Lilian Patel bemoaned the conduct shown by the government side in parliament said this is the first of its kind since Malawi attains democracy in 1994.\n"
          "Patel also said this is worrisome since it has happened barely a day after Bakili Muluzi who is the first democratic President received an award of enhancing democracy in the country.\n"
          "Taking the flow, Leader of opposition in Parliament, Dr Kondwani Nankhumwa started by thanking all opposition members including UTM party members for showing unity and purpose throughout the meeting.\n"
          "He then expressed his worry that the house did not follow adjournment formalities."),
    entities=[("kalamula", "Chrissy Kalamula Kanyasho", "PERSON", ["Kalamula", "Kanyasho", "Kalamula Kanyasho"],
               "leader of UTM in parliament, UTM Deputy Publicity Secretary, MP for Nkhatabay North"),
              ("chihana", "Yeremiah Chihana", "PERSON", ["Chihana"], "leader of AFORD in parliament"),
              ("patel", "Lilian Patel", "PERSON", ["Patel", "UDF President Lilian Patel"], "UDF President"),
              ("nankhumwa", "Kondwani Nankhumwa", "PERSON", ["Nankhumwa", "Dr Kondwani Nankhumwa"],
               "Leader of opposition in Parliament")],
    mentions=[("m1", "leader of UTM in parliament, Chrissy Kalamula Kanyasho", "kalamula"),
              ("m2", ("Kalamula", "said Kalamula"), "kalamula"),
              ("m3", ("Kalamula", "Kalamula said"), "kalamula"),
              ("m4", "leader of AFORD in parliament Yeremiah Chihana", "chihana"),
              ("m5", ("Chihana", "Chihana has also"), "chihana"),
              ("m6", "UDF President Lilian Patel", "patel"),
              ("m7", ("Patel", "Patel also said"), "patel"),
              ("m8", "Leader of opposition in Parliament, Dr Kondwani Nankhumwa", "nankhumwa"),
              ("m9", ("He", "He then expressed"), "nankhumwa")],
    attributions=[("a1", "INDIRECT", "m1", ("said", "Kanyasho said"),
                   seg(T, "as the party they cannot", "settle political scores"), None),
                  ("a2", "DIRECT", "m2", ("said", "said Kalamula"),
                   "UTM members voted against the Bill because it is a draconian one and it has no life in today’s multiparty democracy,", None),
                  ("a3", "INDIRECT", "m3", ("said", "Kalamula said"), "their conscious told them to vote against the Bill", None),
                  ("a4", "INDIRECT", "m4", ("said", "Chihana said"),
                   "what has happened today in parliament in unprocedural and that the integrity of parliament has been undermined", None),
                  ("a5", "INDIRECT", "m5", ("called", "has also called"),
                   "the conduct shown by the speaker of the national assembly, Catherine Gotani Hara as comprised", None),
                  ("a6", "INDIRECT", "m5", ("asked", "has asked her"),
                   seg(T, "her to choose one post", "Malawi Congress Party (MCP)"), None),
                  ("a7", "INDIRECT", "m6", "bemoaned", "the conduct shown by the government side in parliament", None),
                  ("a8", "INDIRECT", "m6", ("said", "parliament said this"),
                   "this is the first of its kind since Malawi attains democracy in 1994", None),
                  ("a9", "INDIRECT", "m7", ("said", "Patel also said"),
                   seg(T, "this is worrisome since", "enhancing democracy in the country"), None),
                  ("a10", "INDIRECT", "m9", "expressed his worry", "the house did not follow adjournment formalities", None)])

# ---------------------------------------------------------------------------------------
# The Independent Observer (Zambia). The stored page opens with "Blog Post" and a breadcrumb line
# (removed); the headline follows. The article is complete. Notes:
# - Headline "State warns court on Amos Chanda’s witness": "warns" is the cue, the court the
#   addressee (left out) and "on" a linking preposition (`complained about noise` → `noise`).
# - "has pleaded with the court to be careful ...": cue "pleaded with", addressee kept, as
#   `called on X to Y` and make_train_bd.py's "pleaded with all parties to respect the result".
# - "the court" is the magistrate's court: "the Court warned the parties ..." resolves to
#   Magistrate Makalicha, the person the text identifies (FORMAT.md, Coreference), so "court" /
#   "the court" as a body are mentions of him ("in court" and "outside the court" are places).
# - "It was further argued that ..." and "are accused of having insulted ..." are agentless
#   passives (null source; the raised subject "Mr Chanda and two others" is not content).
# - "has always been asked to remain outside" inside the lawyers' claim is an agentless request,
#   nested (`staff were told to stay home` → `to stay home`). "The Defence" and "lawyers" are
#   one collective (the defence lawyers).
# - "dismissed the application by the State" is an action; "received a complaint from the
#   witnesses" has no content. "next time there are reports of intimidation" in the magistrate's
#   claim is hypothetical (no nested claim).
doc("tioz-state-warns-court-chanda-witness",
    url="https://tioz.news/state-warns-court-on-amos-chandas-witness",
    outlet="The Independent Observer", country="Zambia", topic="courts-crime", cut=False,
    text=(T := "State warns court on Amos Chanda’s witness\n"
          "The State has pleaded with the court to be careful with the weight that it will attach to the evidence that will be given by a witness Mr Musonda Mulenga presented by former State House Press Aide Amos Chanda and his co-accused.\n"
          "The State said this is because, Musonda Mulenga has been sitting in court whilst other witnesses where testifying.\n"
          "It was further argued that the court should take note of this especially when it comes to issues of collaborating the evidence.\n"
          "In this matter Mr Chanda and two others are accused of having insulted Anti Corruption Commission -ACC -Officers who had gone to conduct a search at his property.\n"
          "During continued defence, lawyers argued that Mr Mulenga has always been asked to remain outside during trial in this matter.\n"
          "The Defence further argued that apart from Mr Mulenga not having been in court, there is no law that requires a witness to seat outside the court when others are testifying.\n"
          "In his ruling, Lusaka Magistrate Dominic Makalicha dismissed the application by the State and allowed the witness to testify.\n"
          "Later the Court warned the parties against intimidating witnesses.\n"
          "Magistrate Makalicha said both the witnesses and suspects should be respected.\n"
          "This was after he received a complaint from the witnesses who was on the stand Muonda Mulenga.\n"
          "The Magistrate said next time there are reports of intimidation they should be brought to his attention so that he can deal with them."),
    entities=[("state", "The State", "ORGANIZATION", ["State"], "the prosecution"),
              ("makalicha", "Dominic Makalicha", "PERSON",
               ["Makalicha", "Magistrate Makalicha", "Lusaka Magistrate Dominic Makalicha", "The Magistrate", "the Court"],
               "Lusaka Magistrate presiding over the case"),
              ("defence", "lawyers", "GROUP", ["The Defence", "defence lawyers"], "defence lawyers of Chanda and his co-accused")],
    mentions=[("m1", ("State", "State warns"), "state"),
              ("m2", ("court", "warns court"), "makalicha"),
              ("m3", ("The State", "The State has pleaded"), "state"),
              ("m4", ("the court", "pleaded with the court"), "makalicha"),
              ("m5", ("The State", "The State said"), "state"),
              ("m6", ("the court", "the court should take note"), "makalicha"),
              ("m7", ("lawyers", "lawyers argued"), "defence"),
              ("m8", "The Defence", "defence"),
              ("m9", "Lusaka Magistrate Dominic Makalicha", "makalicha"),
              ("m10", ("the State", "application by the State"), "state"),
              ("m11", ("the Court", "the Court warned"), "makalicha"),
              ("m12", ("Magistrate Makalicha", "Magistrate Makalicha said"), "makalicha"),
              ("m13", ("The Magistrate", "The Magistrate said"), "makalicha")],
    attributions=[("a1", "INDIRECT", "m1", ("warns", "State warns"), "Amos Chanda’s witness", None),
                  ("a2", "INDIRECT", "m3", "pleaded with", seg(T, "the court to be careful", "his co-accused"), None),
                  ("a3", "INDIRECT", "m5", ("said", "The State said"),
                   "this is because, Musonda Mulenga has been sitting in court whilst other witnesses where testifying", None),
                  ("a4", "INDIRECT", None, ("argued", "further argued that the court"),
                   "the court should take note of this especially when it comes to issues of collaborating the evidence", None),
                  ("a5", "INDIRECT", None, ("accused", "are accused"),
                   "having insulted Anti Corruption Commission -ACC -Officers who had gone to conduct a search at his property", None),
                  ("a6", "INDIRECT", "m7", ("argued", "lawyers argued"),
                   "Mr Mulenga has always been asked to remain outside during trial in this matter", None),
                  ("a7", "INDIRECT", None, ("asked", "been asked"), "to remain outside during trial in this matter", "a6"),
                  ("a8", "INDIRECT", "m8", ("argued", "Defence further argued"),
                   seg(T, "apart from Mr Mulenga not", "when others are testifying"), None),
                  ("a9", "INDIRECT", "m11", "warned", "intimidating witnesses", None),
                  ("a10", "INDIRECT", "m12", ("said", "Makalicha said"), "both the witnesses and suspects should be respected", None),
                  ("a11", "INDIRECT", "m13", ("said", "The Magistrate said"),
                   seg(T, "next time there are reports", "he can deal with them"), None)])

# ---------------------------------------------------------------------------------------
# Barlaman Today (Morocco). The stored page has no headline: it opens with the lead, so the
# text starts with it. The date is the one in the address. The stored copy ends on a complete
# sentence and seems to be the whole article. Notes:
# - "told MAP": MAP, the news agency, is the addressee (a medium), not a source.
# - "issued warnings of a “medium” to “severe” risk of wildfire amidst the ongoing heatwave": the
#   noun is the cue, "of" is left out, and "amidst the ongoing heatwave in Morocco" is an adjunct
#   of the warning (left out). MIXED: quoted and unquoted words.
# - "as it identified as Code Red the fire risk in ...": evaluative reporting like `described X
#   as Y`, the shifted complement and object as content.
# - "The flames ravaged ..." and the last paragraph have no cue (no claim).
doc("barlamantoday-anef-wildfires-taounate-al-hoceima",
    url="https://barlamantoday.com/2023/08/25/firefighters-strive-to-tackle-blazes-in-taounate-al-hoceima",
    outlet="Barlaman Today", country="Morocco", topic="environment", cut=False, published="2023-08-25",
    text=(T := "The National Agency of Water and Forests (ANEF) ground intervention teams, supported by the Royal Armed Forces and two Canadair aircraft from the Royal Air Force, intensified their efforts on Thursday to contain blazes that broke out in the Haut Ouargha and Moyen Ouargha forests, between Morocco’s northern provinces of Taounate and Al Hoceïma.\n"
          "ANEF’s interim provincial director Yassine El Aydi told MAP that the first fire which broke out on August 20 in the Haut Ourgha forest was now 90% contained. The flames ravaged vast swaths of forest totaling 40 hectares, mainly consisting of holm oak trees.\n"
          "The second fire which started Wednesday in the areas of Outate Chaair and Ouedka, in the Ouedka commune (Taounate province), destroyed about 35 hectares of the Moyen Ouargha forest.\n"
          "El Aydi said that the wildfires had spread rapidly due to high temperatures and the chergui wind, adding that two Canadair aircraft had carried out 14 missions in support of the ground teams on Wednesday morning.\n"
          "Residents of the region had also tried to contain the flames on Thursday, he noted, adding that no human casualties have been recorded in the two wildfires.\n"
          "The ANEF recently issued warnings of a “medium” to “severe” risk of wildfire amidst the ongoing heatwave in Morocco, as it identified as Code Red the fire risk in the Tangier-Assilah and Taounate regions (Northern Morocco).\n"
          "The danger level reached orange (high risk) in the regions of Chefchaouen, Larache, Kenitra, Sidi Slimane, Rabat, Khemisset, Taza, Sefrou, Ifrane, Khenifra, Beni Mellal, Azilal, Essaouira, Agadir Idaoutanan, according to the ANEF.\n"
          "The regions of Tetouan, Ouazzane, Ibn Slimane, Oujda, Berkane, and Taroudant are in the yellow (moderate) range."),
    entities=[("elaydi", "Yassine El Aydi", "PERSON", ["El Aydi", "Aydi"], "ANEF's interim provincial director"),
              ("anef", "National Agency of Water and Forests", "ORGANIZATION",
               ["ANEF", "The National Agency of Water and Forests (ANEF)"], "Morocco's water and forestry agency")],
    mentions=[("m1", "ANEF’s interim provincial director Yassine El Aydi", "elaydi"),
              ("m2", ("El Aydi", "El Aydi said"), "elaydi"),
              ("m3", ("he", "he noted"), "elaydi"),
              ("m4", "The ANEF", "anef"),
              ("m5", ("it", "it identified"), "anef"),
              ("m6", ("the ANEF", "according to the ANEF"), "anef")],
    attributions=[("a1", "INDIRECT", "m1", "told",
                   "the first fire which broke out on August 20 in the Haut Ourgha forest was now 90% contained", None),
                  ("a2", "INDIRECT", "m2", ("said", "El Aydi said"),
                   "the wildfires had spread rapidly due to high temperatures and the chergui wind", None),
                  ("a3", "INDIRECT", "m2", ("adding", "adding that two"),
                   "two Canadair aircraft had carried out 14 missions in support of the ground teams on Wednesday morning", None),
                  ("a4", "INDIRECT", "m3", "noted", "Residents of the region had also tried to contain the flames on Thursday", None),
                  ("a5", "INDIRECT", "m3", ("adding", "adding that no"), "no human casualties have been recorded in the two wildfires", None),
                  ("a6", "MIXED", "m4", "warnings", "a “medium” to “severe” risk of wildfire", None),
                  ("a7", "INDIRECT", "m5", "identified",
                   "as Code Red the fire risk in the Tangier-Assilah and Taounate regions (Northern Morocco)", None),
                  ("a8", "INDIRECT", "m6", "according to",
                   seg(T, "The danger level reached", "Agadir Idaoutanan"), None)])

# ---------------------------------------------------------------------------------------
# Economy Post (Nigeria). The stored page has no headline: it opens with the lead, so the text
# starts with it. Two "READ ALSO: ..." lines are removed (one sat between the two paragraphs of
# the bank's quotation). The stored copy breaks off in a "READ ALSO" line after Mustapha's
# paragraph, so the text is cut there. The date is the one in the address. Notes:
# - The bank's statement runs over two paragraphs (the first ends with no closing mark and the
#   next reopens): one DIRECT attribution that continues "But the bank said ..." (null cue).
#   Inside it, "reports in the media alleging that ..." is nested, the reports a document entity
#   of their own (FORMAT.md, Documents; no author named).
# - "There were rumours on Wednesday that ...": a noun cue with no claimant (null source).
#   "contrary to media reports" stays inside the bank's claim; "media reports" and "the claims
#   in these media reports" have no content of their own.
# - "“...,” the statement said": no author is named in the sentence, so the statement is its own
#   entity, as the seed-style Sofia Globe document in make_test7_a.py.
# - "GTBank urged customers “disregard the claims ...,”": DIRECT with the addressee left out, as
#   `told the panel "we are not ready"`. "assuring them of its unwavering commitment ...": the
#   addressee and the linking "of" are left out.
# - "gave a professional view of what might have happened to the bank": a reporting expression
#   whose content is an open question, kept like `an update on whether …` → `whether …`.
# - "What could have gone wrong?" is an unquoted cross-head (a label).
doc("economypost-gtbank-hackers-customer-data",
    url="https://www.economypost.ng/featured/gtb-confirms-hackers-attempt-to-intercept-customers-data/2024/08/15/",
    outlet="Economy Post", country="Nigeria", topic="technology", cut=True, published="2024-08-15",
    text=(T := "Guaranty Trust Bank (GTBank) has confirmed that there was an isolated attempt by hackers to steal its customers’ data.\n"
          "In a statement on Thursday, the bank said contrary to media reports, hackers had not cloned its website nor stolen customers information, even though they tried to do so.\n"
          "There were rumours on Wednesday that the bank’s website had been hacked and customers’ data compromised. The Tier-1 bank’s customers were forced to transfer their money to other banks. GTB customers on social media panicked, calling the customer care numbers for related enquiries.\n"
          "But the bank said the rumours were not totally true.\n"
          "“Our attention has been drawn to reports in the media alleging that hackers have seized the Bank’s website, cloned it and intercepted customer data.\n"
          "“While there was an isolated incident of an attempt to compromise our website domain, we would like to assure all our Customers and Stakeholders that the Bank’s website has not been cloned and that we do not store customer information on our website, and as such, there has been no instance of compromise of customer data.”\n"
          "The lender noted that its website had not been cloned, assuring that its information security experts were working diligently to restore its domain settings.\n"
          "“Our dedicated team of Information Security Experts are currently working round the clock to restore domain settings,” the statement said.\n"
          "GTBank urged customers “disregard the claims in these media reports,” assuring them of its unwavering commitment to safeguarding customer data.\n"
          "What could have gone wrong?\n"
          "An Economy Post tech consultant, Mr Dayo Mustapha, gave a professional view of what might have happened to the bank. He said most banks in Nigeria did not have data warehouse and relied mainly on enterprise vendors for solutions-oriented applications."),
    entities=[("gtbank", "Guaranty Trust Bank", "ORGANIZATION",
               ["GTBank", "Guaranty Trust Bank (GTBank)", "the bank", "The lender"], "Nigerian commercial bank"),
              ("mediareports", "reports in the media", "GROUP", ["media reports"], "media reports of a hack"),
              ("statement", "the statement", "ORGANIZATION", [], "GTBank's Thursday statement"),
              ("mustapha", "Dayo Mustapha", "PERSON",
               ["Mustapha", "Mr Dayo Mustapha", "An Economy Post tech consultant, Mr Dayo Mustapha"],
               "Economy Post tech consultant")],
    mentions=[("m1", "Guaranty Trust Bank (GTBank)", "gtbank"),
              ("m2", ("the bank", "the bank said contrary"), "gtbank"),
              ("m3", ("the bank", "But the bank said"), "gtbank"),
              ("m4", "reports in the media", "mediareports"),
              ("m5", "The lender", "gtbank"),
              ("m6", ("the statement", "the statement said"), "statement"),
              ("m7", ("GTBank", "GTBank urged"), "gtbank"),
              ("m8", "An Economy Post tech consultant, Mr Dayo Mustapha", "mustapha"),
              ("m9", ("the bank", "happened to the bank"), "gtbank"),
              ("m10", ("He", "He said most"), "mustapha")],
    attributions=[("a1", "INDIRECT", "m1", "confirmed",
                   "there was an isolated attempt by hackers to steal its customers’ data", None),
                  ("a2", "INDIRECT", "m2", ("said", "the bank said contrary"),
                   "contrary to media reports, hackers had not cloned its website nor stolen customers information, even though they tried to do so", None),
                  ("a3", "INDIRECT", None, ("rumours", "There were rumours"),
                   "the bank’s website had been hacked and customers’ data compromised", None),
                  ("a4", "INDIRECT", "m3", ("said", "But the bank said"), "the rumours were not totally true", None),
                  ("a5", "DIRECT", "m3", None, seg(T, "Our attention has been drawn", "no instance of compromise of customer data."), None),
                  ("a6", "INDIRECT", "m4", "alleging",
                   "hackers have seized the Bank’s website, cloned it and intercepted customer data", "a5"),
                  ("a7", "INDIRECT", "m5", "noted", "its website had not been cloned", None),
                  ("a8", "INDIRECT", "m5", ("assuring", "assuring that"),
                   "its information security experts were working diligently to restore its domain settings", None),
                  ("a9", "DIRECT", "m6", ("said", "the statement said"),
                   "Our dedicated team of Information Security Experts are currently working round the clock to restore domain settings,", None),
                  ("a10", "DIRECT", "m7", "urged", "disregard the claims in these media reports,", None),
                  ("a11", "INDIRECT", "m7", ("assuring", "assuring them"),
                   "its unwavering commitment to safeguarding customer data", None),
                  ("a12", "INDIRECT", "m8", "gave a professional view", "what might have happened to the bank", None),
                  ("a13", "INDIRECT", "m10", ("said", "He said most"),
                   "most banks in Nigeria did not have data warehouse and relied mainly on enterprise vendors for solutions-oriented applications", None)])

# ---------------------------------------------------------------------------------------
# The Herald (Zimbabwe). The stored page has no headline: it opens with the date and the byline
# (removed), so the text starts with the lead. The stored copy breaks off inside Makombe's
# quotation ("depending on what wo"), so the text is cut before that paragraph. Notes:
# - "tobacco farmers have expressed mixed reactions over chances of ...": evaluative reporting
#   with a content, the linking "over" left out; the trailing apposition ", a trend observed
#   over the past three years" is the journalist's and is left out.
# - Gweshe's quotation runs over two paragraphs (the first has no closing mark): one DIRECT
#   attribution with the cue of its closing clause ("said Mr Gweshe").
# - "Mr Rodney Ambrose concurred saying ...": one claim; the cue is "concurred saying" (the
#   participle carries the content, "concurred" the speech act), a contiguous span that covers
#   either reading of the cue.
doc("herald-tobacco-auction-contract-prices",
    url="https://www.herald.co.zw/high-tobacco-auction-vs-contract-price-will-the-trend-continue/",
    outlet="The Herald", country="Zimbabwe", topic="business", cut=True, published="2023-04-28",
    text=(T := "AS the 2023 marketing season approaches the half way mark, tobacco farmers have expressed mixed reactions over chances of this year’s average auction price to equal or surpass that of contract, a trend observed over the past three years.\n"
          "Zimbabwe National Farmers Union (ZNFU) vice president Mr Fidelis Gweshe said events on the market at the moment do not support auction floor prices being higher than contract prices.\n"
          "“In fact, average prices are higher at contract than auction floors. As of Day 30, average price for auction was US$2, 91 per kilogramme with contract at US$3, 00 per kilogramme.\n"
          "“The top notch for auction floors is still at US$4, 99 per kilogramme whereas at contract floors quality grades are fetching high prices of US$5, 60 per kilogramme,” said Mr Gweshe.\n"
          "He said quality of tobacco fetches high prices if one masters the classification of tobacco at the point of grading.\n"
          "Zimbabwe Tobacco Association chief executive officer Mr Rodney Ambrose concurred saying the pricing at the auction floors cannot be compared with contract.\n"
          "“The auction volumes only account for nine percent of total volumes, with a limited number of buyers, due to sustainability and traceability issues, and not always the entire crop is offered. Therefore, it cannot be compared to pricing on contract floors,” said Mr Ambrose.\n"
          "He said as long as affordable, seasonal local funding for producing the crop in the region of US$350 million was availed to farmers, contract farming will remain.\n"
          "Meanwhile Zimbabwe Commercial Farmers Union president Dr Shadreck Makombe said everything being equal the auction system was the way to go as market forces determine the best price."),
    entities=[("farmers", "tobacco farmers", "GROUP", [], "Zimbabwe's tobacco farmers"),
              ("gweshe", "Fidelis Gweshe", "PERSON", ["Gweshe", "Mr Gweshe", "Mr Fidelis Gweshe"],
               "vice president of the Zimbabwe National Farmers Union (ZNFU)"),
              ("ambrose", "Rodney Ambrose", "PERSON", ["Ambrose", "Mr Ambrose", "Mr Rodney Ambrose"],
               "chief executive officer of the Zimbabwe Tobacco Association"),
              ("makombe", "Shadreck Makombe", "PERSON", ["Makombe", "Dr Shadreck Makombe"],
               "president of the Zimbabwe Commercial Farmers Union")],
    mentions=[("m1", "tobacco farmers", "farmers"),
              ("m2", "Zimbabwe National Farmers Union (ZNFU) vice president Mr Fidelis Gweshe", "gweshe"),
              ("m3", ("Mr Gweshe", "said Mr Gweshe"), "gweshe"),
              ("m4", ("He", "He said quality"), "gweshe"),
              ("m5", "Zimbabwe Tobacco Association chief executive officer Mr Rodney Ambrose", "ambrose"),
              ("m6", ("Mr Ambrose", "said Mr Ambrose"), "ambrose"),
              ("m7", ("He", "He said as long"), "ambrose"),
              ("m8", "Zimbabwe Commercial Farmers Union president Dr Shadreck Makombe", "makombe")],
    attributions=[("a1", "INDIRECT", "m1", "expressed mixed reactions",
                   "chances of this year’s average auction price to equal or surpass that of contract", None),
                  ("a2", "INDIRECT", "m2", ("said", "Gweshe said"),
                   "events on the market at the moment do not support auction floor prices being higher than contract prices", None),
                  ("a3", "DIRECT", "m3", ("said", "said Mr Gweshe"),
                   seg(T, "In fact, average prices", "US$5, 60 per kilogramme,"), None),
                  ("a4", "INDIRECT", "m4", ("said", "He said quality"),
                   "quality of tobacco fetches high prices if one masters the classification of tobacco at the point of grading", None),
                  ("a5", "INDIRECT", "m5", "concurred saying", "the pricing at the auction floors cannot be compared with contract", None),
                  ("a6", "DIRECT", "m6", ("said", "said Mr Ambrose"),
                   seg(T, "The auction volumes only", "pricing on contract floors,"), None),
                  ("a7", "INDIRECT", "m7", ("said", "He said as long"),
                   seg(T, "as long as affordable", "contract farming will remain"), None),
                  ("a8", "INDIRECT", "m8", ("said", "Makombe said"),
                   "everything being equal the auction system was the way to go as market forces determine the best price", None)])

# ---------------------------------------------------------------------------------------
# FA Lebanon (Lebanon). Navigation ("Connect with us", "National Team") before the headline and
# a table link and "More in National Team" after the article are removed. The article is
# complete; the page gives no date. Notes:
# - The headline "Lebanon vs Sri Lanka: Post-game press conference" is a topic label, no claim.
# - "started his press conference by congratulating Lebanon" has no reported content.
# - "He could not say the same about the second half": a negated "say" with a content ("the
#   same" about the second half), cue "say" without the negation (FORMAT.md, Cues).
# - The unquoted first-person sentences after Taha's reported ones ("Even though they scored
#   first, we were able ...", "The team must know its limits ...") have no cue and are not
#   annotated (FORMAT.md, No cue, no claim). "Some players thought Sri Lanka will be an easy win"
#   is a belief with a named subject (FORMAT.md, Included although borderline).
# - "Answering a question from FA Lebanon" and "answered another question concerning ..." are
#   questions put to the speaker (left out). "He also referred to the scenario of the two
#   friendlies" names a topic, not a proposition (left out, as make_test13_a.py leaves out
#   "referred to a discussion about the posts").
# - "Taha concluded stating that ...": cue "concluded stating", as "concurred saying" above.
doc("falebanon-lebanon-sri-lanka-press-conference",
    url="https://www.falebanon.com/27791/",
    outlet="FA Lebanon", country="Lebanon", topic="sport", cut=False,
    text=(T := "Lebanon vs Sri Lanka: Post-game press conference\n"
          "Lebanon was able to win 3-2 vs Sri Lanka, in a game that saw Joan Oumari becomes the third Lebanese player to score a brace vs Sri Lanka and Kdouh score his fourth international goal.\n"
          "Sri Lanka’s coach, Amir Alagić, started his press conference by congratulating Lebanon. He stated that the loss was logical due to the difference of quality between the two teams.\n"
          "Afterwards, Jamal Taha started his press conference. According to him, he felt that the first half was good, in which the Lebanese side missed 7 or 8 easy chances. He could not say the same about the second half. It is something the National Team needs to work on.\n"
          "Answering a question from FA Lebanon, about the trouble in the defensive transitions and attacking building ups in today’s game, Taha said that it is always hard to score against a team that only defends and play on the counterattacks. Even though they scored first, we were able to comeback and score 3 goals. The game vs Turkmenistan will be different as they will not implement the same tactics as Sri Lanka. It will be easier to create and use spaces in the second game rather than today’s match.\n"
          "Taha also answered another question concerning what to work on for the next games. He stated that the work will mostly be mentally. Some players thought Sri Lanka will be an easy win and that’s wrong, there’s no easy games in Football. The team must know its limits and try to push them further and correct our mistakes. He also referred to the scenario of the two friendlies in March, when the Cedars didn’t play as expected vs Jordan but were much better a couple of days later vs Kuwait.\n"
          "Taha concluded stating that the coach’s job is to guide the team into creating chances, the scoring is upon the players. Nevertheless, the whole squad will work on fixing those mistakes."),
    entities=[("alagic", "Amir Alagić", "PERSON", ["Alagić", "Sri Lanka’s coach, Amir Alagić"], "Sri Lanka coach"),
              ("taha", "Jamal Taha", "PERSON", ["Taha"], "Lebanon coach"),
              ("players", "Some players", "GROUP", [], "some Lebanon players")],
    mentions=[("m1", "Sri Lanka’s coach, Amir Alagić", "alagic"),
              ("m2", ("He", "He stated that the loss"), "alagic"),
              ("m3", "Jamal Taha", "taha"),
              ("m4", ("him", "According to him"), "taha"),
              ("m5", ("He", "He could not say"), "taha"),
              ("m6", ("Taha", "Taha said that"), "taha"),
              ("m7", ("Taha", "Taha also answered"), "taha"),
              ("m8", ("He", "He stated that the work"), "taha"),
              ("m9", "Some players", "players"),
              ("m10", ("Taha", "Taha concluded"), "taha")],
    attributions=[("a1", "INDIRECT", "m2", ("stated", "He stated that the loss"),
                   "the loss was logical due to the difference of quality between the two teams", None),
                  ("a2", "INDIRECT", "m4", "According to",
                   "he felt that the first half was good, in which the Lebanese side missed 7 or 8 easy chances", None),
                  ("a3", "INDIRECT", "m5", ("say", "could not say"), "the same about the second half", None),
                  ("a4", "INDIRECT", "m6", ("said", "Taha said that"),
                   "it is always hard to score against a team that only defends and play on the counterattacks", None),
                  ("a5", "INDIRECT", "m8", ("stated", "He stated that the work"), "the work will mostly be mentally", None),
                  ("a6", "INDIRECT", "m9", "thought", "Sri Lanka will be an easy win", None),
                  ("a7", "INDIRECT", "m10", "concluded stating",
                   "the coach’s job is to guide the team into creating chances, the scoring is upon the players", None)])

# ---------------------------------------------------------------------------------------
# Kuwait Local (Kuwait). The line "Category: Coronavirus" under the headline is removed. The stored
# copy breaks off inside the paragraph after Redha's ("... are just r"), so the text is cut
# before it. The page gives no date. Notes:
# - Headline "Rumors Of 4 Coronavirus Cases In Kuwait False": the noun "Rumors" is the cue with
#   no claimant (null source), its linking "Of" left out; "False" is the journalist's verdict.
#   The lead's "Rumors of four cases ..." is annotated the same way (FORMAT.md, Text parts).
# - "despite denial by Ministry of Health about the existence of these cases, and its affirmation
#   that ...": two noun cues of the ministry; the possessive "its" is the source mention of the
#   second (the agent of the noun cue, as "a statement from the Harbour Trust").
# - "informed health sources", "They", "The sources" are one collective. "Ministry of Health"
#   inside the sources' quotation is a mention of the ministry; "readiness of Ministry of Health"
#   (a genitive) and the ministry's name inside Redha's title are not marked.
# - "This means patients ..." has no cue (no claim).
doc("kuwaitlocal-rumors-coronavirus-cases-false",
    url="https://kuwaitlocal.com/news/rumors-of-4-coronavirus-cases-in-kuwait-false",
    outlet="Kuwait Local", country="Kuwait", topic="health-science", cut=True,
    text=(T := "Rumors Of 4 Coronavirus Cases In Kuwait False\n"
          "Rumors of four cases of the new coronavirus have sparked fear in the country despite denial by Ministry of Health about the existence of these cases, and its affirmation that no case of coronavirus infection has been detected in Kuwait so far.\n"
          "According to informed health sources, Adan Hospital, during the past hours, received a number of Asian patients who showed symptoms of respiratory syndrome such as high fever, severe cough, and others. They said, “The hospital has taken all preventive measures to deal with these cases based on an approved emergency plan to prevent coronavirus. After conducting the necessary laboratory tests, it became clear that they were not infected with coronavirus.”\n"
          "The sources explained, “Adan Hospital, like other hospitals in Kuwait, has dedicated wards for suspected cases of coronavirus as well as isolation wards for confirmed cases. It is obligated to report any case of coronavirus in accordance with international health regulations and the agreement concluded between Ministry of Health and the World Health Organization, which obliges all countries to report any case of this virus.”\n"
          "They highlighted that Ahmadi Governorate has many oil and contracting companies, and most of the manpower in these companies are expatriates of different Asian nationalities especially from China and Southeast Asian countries.\n"
          "This means patients from these regions are being given great care and dealt with caution in accordance with the procedures and health regulations used to prevent the new coronavirus. Meanwhile, Undersecretary of Ministry of Health Dr Mustafa Redha affirmed that no cases of coronavirus has been recorded in the country, adding that the level of readiness of Ministry of Health in all its sectors to deal with this virus is high."),
    entities=[("moh", "Ministry of Health", "ORGANIZATION", [], "Kuwait's Ministry of Health"),
              ("sources", "informed health sources", "GROUP", ["The sources", "health sources"], "unnamed health sources"),
              ("redha", "Mustafa Redha", "PERSON", ["Redha", "Dr Mustafa Redha"], "Undersecretary of the Ministry of Health")],
    mentions=[("m1", ("Ministry of Health", "denial by Ministry"), "moh"),
              ("m2", ("its", "its affirmation"), "moh"),
              ("m3", "informed health sources", "sources"),
              ("m4", ("They", "They said"), "sources"),
              ("m5", "The sources", "sources"),
              ("m6", ("Ministry of Health", "between Ministry of Health"), "moh"),
              ("m7", ("They", "They highlighted"), "sources"),
              ("m8", "Undersecretary of Ministry of Health Dr Mustafa Redha", "redha")],
    attributions=[("a1", "INDIRECT", None, ("Rumors", "Rumors Of"), "4 Coronavirus Cases In Kuwait", None),
                  ("a2", "INDIRECT", None, ("Rumors", "Rumors of four"), "four cases of the new coronavirus", None),
                  ("a3", "INDIRECT", "m1", "denial", "the existence of these cases", None),
                  ("a4", "INDIRECT", "m2", "affirmation",
                   "no case of coronavirus infection has been detected in Kuwait so far", None),
                  ("a5", "INDIRECT", "m3", "According to",
                   seg(T, "Adan Hospital, during the past hours", "and others"), None),
                  ("a6", "DIRECT", "m4", ("said", "They said"),
                   seg(T, "The hospital has taken all", "not infected with coronavirus."), None),
                  ("a7", "DIRECT", "m5", "explained",
                   seg(T, "Adan Hospital, like other", "report any case of this virus."), None),
                  ("a8", "INDIRECT", "m7", "highlighted",
                   seg(T, "Ahmadi Governorate has", "Southeast Asian countries"), None),
                  ("a9", "INDIRECT", "m8", "affirmed", "no cases of coronavirus has been recorded in the country", None),
                  ("a10", "INDIRECT", "m8", ("adding", "adding that the level"),
                   "the level of readiness of Ministry of Health in all its sectors to deal with this virus is high", None)])

write("train_ce.jsonl")
