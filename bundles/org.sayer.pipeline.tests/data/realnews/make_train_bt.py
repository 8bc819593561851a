#!/usr/bin/env python3
"""Writes train_bt.jsonl: real-news gold, split train-bt (see gold.py). Run: python3 make_train_bt.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
# The Voice (Botswana). The stored page opens with the line "Masisi’s remarks are petty and
# pedestrian- Hunyepa", the headline of another story (its address is
# "salakae-dismisses-bdp-recruitment-claims-as-false" and nobody named Hunyepa is in the story), so
# the page has no headline of its own and the text starts with the lead. The stored copy breaks off
# inside the next paragraph ("Meanwhile, the BNF’s Secretary Gene"), so the text is cut before it.
# Notes:
# - "has dismissed remarks made by ... as false" is read like "described X as Y" (content "X as Y");
#   the noun "remarks" has no content of its own here (not annotated).
# - "Masisi had retorted about Salakae": "about Salakae" is an adjunct of the reporting event.
# - A quotation holds a line break without a reopening mark ("(not even to be promised money)" ¶
#   "Maybe I take myself ..."); marks as printed, it is one quotation up to its closing mark.
# - "went on to slam BDP, pointing out that A, adding that B": "slam" with its target as content
#   (corpus: "slammed the performance of ..."), and the two participles are two more claims of
#   "He" (FORMAT.md, `X said A, warning that B`).
# - "Boko’s response was as candid as mine, which is we are not in the struggle to make
#   friendships": a noun cue with a possessive claimant (corpus: "Allen’s claim that ..."), nested
#   in Salakae's quotation; the source mention is "Boko".
doc("thevoicebw-salakae-dismisses-masisi-recruitment-claims",
    url="https://www.thevoicebw.com/salakae-dismisses-bdp-recruitment-claims-as-false/",
    outlet="The Voice", country="Botswana", topic="politics", cut=True,
    text=(T := "Member of Parliament for Gantsi North, Noah Salakae has dismissed remarks made by President Mokgweetsi Masisi over the weekend about him as false.\n"
          "When launching Botswana Democratic Party’s candidate for Gantsi North, John Thite, Masisi told his audience that he was busy courting Salakae to the BDP and it was only a matter of time before the Umbrella for Democratic Change MP joins the ruling party.\n"
          "“He does not have a good working relationship with his party president, Duma Boko,” Masisi had retorted about Salakae.\n"
          "However, Salakae denied that he ever held any talks with the president.\n"
          "“It can never be true. I joined politics for a reason and that reason can never be associated with the BDP. I remain one of the few opposition members who have never had a meeting with BDP agents for purposes of recruitment. Not even go solohediwa Madi. (not even to be promised money)\n"
          "Maybe I take myself so serious that they don’t want to play games with me,” Salakae said.\n"
          "He then went on to slam BDP, pointing out that it is the only party in the world he was aware of that can field an accused person in a corruption case in the general election, adding that there was no way he could join such a party.\n"
          "“The issue of bad blood between me and Boko is a figment of Masisi’s imagination perpetuated by some within the BNF so they could gain for free what they don’t want to work for,” Salakae lashed out.\n"
          "He said that after hearing Masisi’s remarks, he contacted Boko to appreciate his view on the matter.\n"
          "“As a committed cadre of the struggle my conduct must always be exemplary in the midst of the struggle and Boko’s response was as candid as mine, which is we are not in the struggle to make friendships. He knows his role, I know mine. For your information, I respect the integrity of the office of the BNF presidency that Boko holds. He remains my president,” he said."),
    entities=[("salakae", "Noah Salakae", "PERSON",
               ["Salakae", "Member of Parliament for Gantsi North, Noah Salakae", "the Umbrella for Democratic Change MP"],
               "opposition MP for Gantsi North (Umbrella for Democratic Change)"),
              ("masisi", "Mokgweetsi Masisi", "PERSON", ["Masisi", "President Mokgweetsi Masisi", "the president"],
               "President of Botswana"),
              ("boko", "Duma Boko", "PERSON", ["Boko", "his party president, Duma Boko"],
               "president of Salakae's party (BNF/UDC)")],
    mentions=[("m1", "Member of Parliament for Gantsi North, Noah Salakae", "salakae"),
              ("m2", "President Mokgweetsi Masisi", "masisi"),
              ("m3", ("Masisi", "Masisi told"), "masisi"),
              ("m4", ("Salakae", "courting Salakae"), "salakae"),
              ("m5", "the Umbrella for Democratic Change MP", "salakae"),
              ("m6", "his party president, Duma Boko", "boko"),
              ("m7", ("Masisi", "Masisi had retorted"), "masisi"),
              ("m8", ("Salakae", "about Salakae"), "salakae"),
              ("m9", ("Salakae", "Salakae denied"), "salakae"),
              ("m10", ("the president", "talks with the president"), "masisi"),
              ("m11", ("Salakae", "Salakae said"), "salakae"),
              ("m12", ("He", "He then went"), "salakae"),
              ("m13", ("Boko", "between me and Boko"), "boko"),
              ("m14", ("Salakae", "Salakae lashed"), "salakae"),
              ("m15", ("He", "He said that after"), "salakae"),
              ("m16", ("Boko", "contacted Boko"), "boko"),
              ("m17", ("Boko", "Boko’s response"), "boko"),
              ("m18", ("Boko", "that Boko holds"), "boko"),
              ("m19", ("he", "president,” he said"), "salakae")],
    attributions=[("a1", "INDIRECT", "m1", "dismissed",
                   "remarks made by President Mokgweetsi Masisi over the weekend about him as false", None),
                  ("a2", "INDIRECT", "m3", ("told", "Masisi told"),
                   seg(T, "he was busy courting Salakae", "joins the ruling party"), None),
                  ("a3", "DIRECT", "m7", "retorted",
                   "He does not have a good working relationship with his party president, Duma Boko,", None),
                  ("a4", "INDIRECT", "m9", "denied", "he ever held any talks with the president", None),
                  ("a5", "DIRECT", "m11", ("said", "Salakae said"),
                   seg(T, "It can never be true.", "play games with me,"), None),
                  ("a6", "INDIRECT", "m12", "slam", ("BDP", "slam BDP"), None),
                  ("a7", "INDIRECT", "m12", "pointing out",
                   "it is the only party in the world he was aware of that can field an accused person in a corruption case in the general election", None),
                  ("a8", "INDIRECT", "m12", ("adding", "adding that there"), "there was no way he could join such a party", None),
                  ("a9", "DIRECT", "m14", "lashed out",
                   seg(T, "The issue of bad blood", "don’t want to work for,"), None),
                  ("a10", "INDIRECT", "m15", ("said", "He said that after"),
                   "after hearing Masisi’s remarks, he contacted Boko to appreciate his view on the matter", None),
                  ("a11", "DIRECT", "m19", ("said", "president,” he said"),
                   seg(T, "As a committed cadre", "He remains my president,"), None),
                  ("a12", "INDIRECT", "m17", "response", "we are not in the struggle to make friendships", "a11")])

# ---------------------------------------------------------------------------------------
# NRT (Iraq, Kurdistan Region). The page's view counter ("1376 View", "+ -") and the closing
# credit "(NRT Digital Media)" are left out; nothing else is cut. The page gives no date. Notes:
# - The headline's "Health ministry" is the Kurdistan Region's ministry, also "The KRG’s Health
#   Ministry" of the last paragraph: one entity. Its spokesman Aso Hawez is his own entity, and the
#   ministry named inside his source mention is not marked (FORMAT.md, Mentions).
# - "recent test results show cholera has spread ..." is an evidential inside Hawez's claim (not
#   nested, FORMAT.md, Excluded).
# - "the World Health Organization (WHO) in Iraq" is the source with its "in Iraq" (the office that
#   speaks); "the organization" in its claim is a mention of it.
doc("nrttv-kurdistan-health-ministry-cholera-spread-not-normal",
    url="https://nrttv.com/En/detail6/3772",
    outlet="NRT", country="Iraq", topic="health-science", cut=False,
    text=(T := "Health ministry says spread of cholera should not be typical in Kurdistan Region\n"
          "SULAIMANI — Aso Hawez, the spokesman of the Kurdistan Region’s Ministry of Health, said the spread of cholera was not normal and it was not acceptable for the Region to lack clean water.\n"
          "Hawez said on Tuesday (June 21) diarrhea and vomiting were symptoms of seasonal diseases that increase in the summer but recent test results show cholera has spread this year in the Kurdistan Region.\n"
          "He said cholera was spread through contact with dirty drinking water and food, especially vegetables.\n"
          "On Monday, the World Health Organization (WHO) in Iraq said the organization has dispatched urgent medicine and medical supplies to Sulaimani governorate to help with the sudden cholera outbreak.\n"
          "On June 15, Kirkuk’s health directorate announced a case of cholera had been recorded in the province, along with a number of suspected cases.\n"
          "The KRG’s Health Ministry said 10 cases of cholera had been recorded in Sulaimani and four in Erbil."),
    entities=[("ministry", "Kurdistan Region’s Ministry of Health", "ORGANIZATION",
               ["Health ministry", "The KRG’s Health Ministry", "KRG Health Ministry"],
               "Ministry of Health of the Kurdistan Regional Government"),
              ("hawez", "Aso Hawez", "PERSON",
               ["Hawez", "Aso Hawez, the spokesman of the Kurdistan Region’s Ministry of Health"],
               "spokesman of the Kurdistan Region's Ministry of Health"),
              ("who", "the World Health Organization (WHO) in Iraq", "ORGANIZATION",
               ["World Health Organization", "WHO", "the organization"], "WHO office in Iraq"),
              ("kirkuk", "Kirkuk’s health directorate", "ORGANIZATION", ["Kirkuk health directorate"],
               "health directorate of Kirkuk province")],
    mentions=[("m1", ("Health ministry", "Health ministry says"), "ministry"),
              ("m2", "Aso Hawez, the spokesman of the Kurdistan Region’s Ministry of Health", "hawez"),
              ("m3", ("Hawez", "Hawez said on"), "hawez"),
              ("m4", ("He", "He said cholera"), "hawez"),
              ("m5", "the World Health Organization (WHO) in Iraq", "who"),
              ("m6", "the organization", "who"),
              ("m7", "Kirkuk’s health directorate", "kirkuk"),
              ("m8", "The KRG’s Health Ministry", "ministry")],
    attributions=[("a1", "INDIRECT", "m1", "says", "spread of cholera should not be typical in Kurdistan Region", None),
                  ("a2", "INDIRECT", "m2", ("said", "Health, said"),
                   "the spread of cholera was not normal and it was not acceptable for the Region to lack clean water", None),
                  ("a3", "INDIRECT", "m3", ("said", "Hawez said on"),
                   seg(T, "diarrhea and vomiting were", "this year in the Kurdistan Region"), None),
                  ("a4", "INDIRECT", "m4", ("said", "He said cholera"),
                   "cholera was spread through contact with dirty drinking water and food, especially vegetables", None),
                  ("a5", "INDIRECT", "m5", ("said", "Iraq said"),
                   "the organization has dispatched urgent medicine and medical supplies to Sulaimani governorate to help with the sudden cholera outbreak", None),
                  ("a6", "INDIRECT", "m7", "announced",
                   "a case of cholera had been recorded in the province, along with a number of suspected cases", None),
                  ("a7", "INDIRECT", "m8", ("said", "Ministry said"),
                   "10 cases of cholera had been recorded in Sulaimani and four in Erbil", None)])

# ---------------------------------------------------------------------------------------
# Business Daily (Kenya). Left out: two photo captions ("... FILE PHOTO | NMG") and the "What you
# need to know:" box, whose three bullets repeat the body's sentences (a page widget, like a
# caption). The stored copy breaks off inside the next quotation ("“We are proposin"), so the text
# is cut before it. The page gives no date. Notes:
# - "seeks power to ..." / "is seeking powers to ...": a request with a noun-phrase content, as
#   the corpus annotates "seeks" (make_train_ad.py, make_train_g.py); "as part of new measures
#   targeting ..." is an adjunct of the request (left out).
# - "told parliament Monday" / "told the National Assembly’s committee on ICT": addressees and
#   time adjuncts are left out.
# - "He spoke in parliament where he presented a report on ...": an act with no reported content.
doc("businessdailyafrica-ca-seeks-power-license-mobile-money-agents",
    url="https://www.businessdailyafrica.com/news/Regulator-seeks-power-license-mobile-cash-agents/539546-4678402-yl67ycz/index.html",
    outlet="Business Daily", country="Kenya", topic="technology", cut=True,
    text=(T := "Regulator seeks power to license retail mobile cash agents\n"
          "The Communications Authority (CA), is seeking powers to license all mobile money agents as part of new measures targeting market dominance in the telecommunications sector.\n"
          "Francis Wangusi, the CA director general told parliament Monday that the registration seeks to make the agents neutral so that they can serve the telecoms operators.\n"
          "“The agents are going to be licensed to check misuse of information provided by mobile operators,” Mr Wangusi told the National Assembly’s committee on ICT.\n"
          "Leading telecoms operator, Safaricom, has 160,000 agents for its M-Pesa platform, Airtel money has 30,000 while Telkom’s T-Kash has 7,000.\n"
          "“We have proposed a series of regulations that are currently in the Attorney General’s office, including one that will facilitate infrastructure sharing,” Mr Wangusi said adding that the proposals have been lying somewhere for the past two years.\n"
          "He spoke in parliament where he presented a report on telecommunications sector competition.\n"
          "Mr Wangusi said plans were underway to set up a system that will enable agents to support multiple mobile money platforms using a single float."),
    entities=[("ca", "The Communications Authority (CA)", "ORGANIZATION", ["Communications Authority", "CA", "Regulator"],
               "Communications Authority of Kenya, the telecoms regulator"),
              ("wangusi", "Francis Wangusi", "PERSON",
               ["Wangusi", "Mr Wangusi", "Francis Wangusi, the CA director general"],
               "Director General of the Communications Authority of Kenya")],
    mentions=[("m1", ("Regulator", "Regulator seeks"), "ca"),
              ("m2", "The Communications Authority (CA)", "ca"),
              ("m3", "Francis Wangusi, the CA director general", "wangusi"),
              ("m4", ("Mr Wangusi", "Mr Wangusi told"), "wangusi"),
              ("m5", ("Mr Wangusi", "Mr Wangusi said adding"), "wangusi"),
              ("m6", ("Mr Wangusi", "Mr Wangusi said plans"), "wangusi")],
    attributions=[("a1", "INDIRECT", "m1", ("seeks", "Regulator seeks"), "power to license retail mobile cash agents", None),
                  ("a2", "INDIRECT", "m2", "seeking", "powers to license all mobile money agents", None),
                  ("a3", "INDIRECT", "m3", ("told", "told parliament Monday"),
                   "the registration seeks to make the agents neutral so that they can serve the telecoms operators", None),
                  ("a4", "DIRECT", "m4", ("told", "Wangusi told the"),
                   "The agents are going to be licensed to check misuse of information provided by mobile operators,", None),
                  ("a5", "DIRECT", "m5", ("said", "Wangusi said adding"),
                   seg(T, "We have proposed a series", "infrastructure sharing,"), None),
                  ("a6", "INDIRECT", "m5", "adding", "the proposals have been lying somewhere for the past two years", None),
                  ("a7", "INDIRECT", "m6", ("said", "Wangusi said plans"),
                   "plans were underway to set up a system that will enable agents to support multiple mobile money platforms using a single float", None)])

# ---------------------------------------------------------------------------------------
# Ghana Guardian (Ghana). The stored page has no headline (its address reads "you can run but you
# can't hide – police warn armed robbers"): it opens with a date line, which gives the date, so the
# text starts with the lead. Its closing line "Source: citifmonline" (a credit, like a byline) is
# left out; nothing else is cut. Notes:
# - "has assured of its commitment to ...": "of" only links the cue and is left out (FORMAT.md,
#   `complained about noise` → `noise`).
# - "An earlier statement from the police warned criminals in the country to desist ...": the
#   statement names its author in its NP, so it is a mention of the police (FORMAT.md, Documents;
#   make_test7_a.py "A statement by Sofia municipality"). "warned X to Y" keeps its addressee, as
#   the corpus does for "urged X to Y" (seed a23/a24, `called on X to Y`).
# - "Police, through a targeted intelligence-led operation ..., arrested ...": an act (left out);
#   "Police" there is a mention of the speaker. "in a statement" is a medium.
doc("ghanaguardian-police-warn-armed-robbers-run-but-cant-hide",
    url="https://ghanaguardian.com/you-can-run-but-you-cant-hide-police-warn-armed-robbers",
    outlet="Ghana Guardian", country="Ghana", topic="courts-crime", cut=False, published="2022-04-19",
    text=(T := "The Ghana Police Service has assured of its commitment to ruthlessly fight crime and make it an unattractive venture for criminals.\n"
          "This follows the arrest of six suspected armed robbers in the Greater Accra and Central regions over the weekend.\n"
          "The suspects are in police custody assisting with investigations.\n"
          "The Director of Public Affairs of the Ghana Police Service, Superintendent Alexander Obeng, said they will be relentless in their pursuit of criminals.\n"
          "“Through our strategic led operations, certain strategic arrests have been made of six suspected armed robbers of interest. And are going through series of interrogations with the view of collecting information linking them to previous robberies. We’ve also been able to get in touch with the teams of their heinous crimes. Investigations are far advanced,” he said.\n"
          "An earlier statement from the police warned criminals in the country to desist from carrying out such crimes or be severely dealt with if nabbed.\n"
          "“All criminals and their cohorts must advise themselves and know that they can run, but they can never hide. The Police will do whatever it takes to come after them and bring them to justice,” the Police warned.\n"
          "Police, through a targeted intelligence-led operation between April 15 and April 17, 2022, arrested six armed robbery suspects in connection with a series of robberies including carjacking in Greater Accra and Central Regions.\n"
          "The six suspects are: Jitbrila Musa alias Danturi, Hussain Sampa, Daniel Acquah, Anthony Sackey, Michael Ojo, and Ade Banjor.\n"
          "“Items retrieved so far from the suspects are 1 locally manufactured gun, 1 foreign pistol, a cache of ammunition, two iPhones, and 4 wristwatches. One of the stolen vehicles has also been retrieved,” Police said in a statement."),
    entities=[("police", "The Ghana Police Service", "ORGANIZATION",
               ["Ghana Police Service", "the police", "Police", "An earlier statement from the police"],
               "national police of Ghana"),
              ("obeng", "Alexander Obeng", "PERSON",
               ["Obeng", "Superintendent Alexander Obeng",
                "The Director of Public Affairs of the Ghana Police Service, Superintendent Alexander Obeng"],
               "Director of Public Affairs of the Ghana Police Service")],
    mentions=[("m1", "The Ghana Police Service", "police"),
              ("m2", "The Director of Public Affairs of the Ghana Police Service, Superintendent Alexander Obeng", "obeng"),
              ("m3", ("he", "advanced,” he said"), "obeng"),
              ("m4", "An earlier statement from the police", "police"),
              ("m5", ("The Police", "The Police will"), "police"),
              ("m6", ("the Police", "the Police warned"), "police"),
              ("m7", ("Police", "Police, through"), "police"),
              ("m8", ("Police", "Police said in"), "police")],
    attributions=[("a1", "INDIRECT", "m1", "assured",
                   "its commitment to ruthlessly fight crime and make it an unattractive venture for criminals", None),
                  ("a2", "INDIRECT", "m2", ("said", "Obeng, said"), "they will be relentless in their pursuit of criminals", None),
                  ("a3", "DIRECT", "m3", ("said", "advanced,” he said"),
                   seg(T, "Through our strategic led", "far advanced,"), None),
                  ("a4", "INDIRECT", "m4", ("warned", "police warned criminals"),
                   "criminals in the country to desist from carrying out such crimes or be severely dealt with if nabbed", None),
                  ("a5", "DIRECT", "m6", ("warned", "the Police warned"),
                   seg(T, "All criminals and their cohorts", "bring them to justice,"), None),
                  ("a6", "DIRECT", "m8", ("said", "Police said in"),
                   seg(T, "Items retrieved so far", "also been retrieved,"), None)])

# ---------------------------------------------------------------------------------------
# ZimLive (Zimbabwe). The stored page has no headline (its address reads "mnangagwa under pressure
# to declare drought after national yield decimated"), so the text starts with the lead, dateline
# included (not an attribution). The stored copy breaks off inside the next quotation ("“What I am
# presenting here is what I prep"), so the text is cut before it. The page gives no date. Notes:
# - "..., a Senate committee heard on Tuesday": an agentless hearing (FORMAT.md, `the inquiry
#   heard that`): null source, cue "heard"; the committee is the hearer, not a speaker.
# - "Appearing before the Senate thematic committee ..." is an adjunct of the reporting event.
# - "Zimbabwe now expects ..." and "the country expects ..." are forecasts with a named subject
#   (FORMAT.md, Included: `the firm expects`), nested in Jiri's claims; "was only pinning its hopes
#   on ..." is an attitude, not a report (not split off).
# - Two quotations run over several paragraphs, each reopened with a mark: one attribution each,
#   with the cue of their closing clause. "we are getting a report of a write-off in some areas"
#   inside the first is a noun cue "report" with no claimant (FORMAT.md: `reports of …` → null
#   source), nested.
# - "Jiri said it was clear that A adding that B": two claims (FORMAT.md, `X said A, warning
#   that B`).
doc("zimlive-jiri-senate-drought-crop-write-off",
    url="https://zimlive.com/mnangagwa-under-pressure-to-declare-drought-after-national-yield-decimated",
    outlet="ZimLive", country="Zimbabwe", topic="environment", cut=True,
    text=(T := "HARARE – President Emmerson Mnangagwa is now under pressure to declare a drought in Zimbabwe after almost the entire crop planted in the 2023/24 summer cropping season has been rendered a complete write-off, a Senate committee heard on Tuesday.\n"
          "Appearing before the Senate thematic committee on peace and security, secretary for lands, agriculture, water, fisheries and rural resettlement, Professor Obert Jiri said dry land maize including what was planted under the Pfumvunza scheme and traditional grains are now a complete write -off owing to drought.\n"
          "Jiri said Zimbabwe now expects between 700,000 and 800,000 metric tonnes of all cereals planted for the 2023/24 summer cropping season due to drought, out of an annual national requirement of 1,2 million metric tonnes.\n"
          "He said the country was only pinning its hopes on irrigated crop, though it constitutes a mere 3 percent of total planted crop.\n"
          "“The irritated crop is fair to good; we can get five tonnes per hectare.\n"
          "“Pfumvunza crop was fairly good but now it’s not anymore. For traditional grains, we are getting a report of a write-off in some areas.\n"
          "“The dry land crop, that one is now a write-off. This is what we are assessing and last time, 60 percent was stressed. Now we don’t have any.\n"
          "“The only crop that we are basing our hope on is the irrigated crop. We may salvage a few tonnage from traditional grains, few from Pfumvunza. But we are in a drought situation,” he said.\n"
          "Jiri said the country expects not more than 800,000 metric tonnes from irrigation schemes and individual farmers who irrigated their grain crops and traditional grains.\n"
          "“We can conservatively get 700,000 to 800,000 metric tonnes out of our 1,8 million tonnes annual requirement.\n"
          "“So, this year we have a deficit owing to drought,” he told lawmakers.\n"
          "Jiri said it was clear that Zimbabwe was now headed for a drought adding that only President Mnangagwa had the power to declare such disaster."),
    entities=[("jiri", "Obert Jiri", "PERSON",
               ["Jiri", "Professor Obert Jiri",
                "secretary for lands, agriculture, water, fisheries and rural resettlement, Professor Obert Jiri"],
               "Permanent Secretary for Lands, Agriculture, Water, Fisheries and Rural Resettlement"),
              ("zimbabwe", "Zimbabwe", "GPE", ["the country"], "Zimbabwe")],
    mentions=[("m1", "secretary for lands, agriculture, water, fisheries and rural resettlement, Professor Obert Jiri", "jiri"),
              ("m2", ("Jiri", "Jiri said Zimbabwe"), "jiri"),
              ("m3", ("Zimbabwe", "Zimbabwe now expects"), "zimbabwe"),
              ("m4", ("He", "He said the country"), "jiri"),
              ("m5", ("the country", "the country was only"), "zimbabwe"),
              ("m6", ("he", "situation,” he said"), "jiri"),
              ("m7", ("Jiri", "Jiri said the country expects"), "jiri"),
              ("m8", ("the country", "the country expects"), "zimbabwe"),
              ("m9", ("he", "he told lawmakers"), "jiri"),
              ("m10", ("Jiri", "Jiri said it was"), "jiri"),
              ("m11", ("Zimbabwe", "Zimbabwe was now"), "zimbabwe")],
    attributions=[("a1", "INDIRECT", None, "heard",
                   seg(T, "President Emmerson Mnangagwa is now", "a complete write-off"), None),
                  ("a2", "INDIRECT", "m1", ("said", "Jiri said dry"),
                   seg(T, "dry land maize including", "write -off owing to drought"), None),
                  ("a3", "INDIRECT", "m2", ("said", "Jiri said Zimbabwe"),
                   seg(T, "Zimbabwe now expects", "1,2 million metric tonnes"), None),
                  ("a4", "INDIRECT", "m3", ("expects", "Zimbabwe now expects"),
                   seg(T, "between 700,000 and 800,000", "1,2 million metric tonnes"), "a3"),
                  ("a5", "INDIRECT", "m4", ("said", "He said the country"),
                   "the country was only pinning its hopes on irrigated crop, though it constitutes a mere 3 percent of total planted crop", None),
                  ("a6", "DIRECT", "m6", ("said", "situation,” he said"),
                   seg(T, "The irritated crop is", "in a drought situation,"), None),
                  ("a7", "INDIRECT", None, ("report", "a report of"), "a write-off in some areas", "a6"),
                  ("a8", "INDIRECT", "m7", ("said", "Jiri said the country expects"),
                   seg(T, "the country expects not more", "and traditional grains"), None),
                  ("a9", "INDIRECT", "m8", ("expects", "country expects not"),
                   seg(T, "not more than 800,000", "and traditional grains"), "a8"),
                  ("a10", "DIRECT", "m9", ("told", "he told lawmakers"),
                   seg(T, "We can conservatively", "owing to drought,"), None),
                  ("a11", "INDIRECT", "m10", ("said", "Jiri said it was"),
                   "it was clear that Zimbabwe was now headed for a drought", None),
                  ("a12", "INDIRECT", "m10", ("adding", "drought adding"),
                   "only President Mnangagwa had the power to declare such disaster", None)])

# ---------------------------------------------------------------------------------------
# Okaz (Saudi Arabia), English edition. The stored page has no headline, so the text starts with
# the lead. Its last paragraph ("He said: \"We will have a meeting ...") has no closing mark where
# the stored copy breaks off, so the text is cut before it. The page gives no date. "Youth" is the
# paper's rendering of Al-Shabab, the coach's club. Notes:
# - "expressed his strong dissatisfaction with the refereeing performance" follows the corpus's
#   "expressed dissatisfaction with X" → X; the cue is the whole contiguous phrase, and "after his
#   team's match ..." is a time adjunct of the reporting event (left out).
# - "Alguacil emphasized that A, which he described as \"a lack of respect\" for his players,
#   confirming that B, and that C": "emphasized" takes A with its relative clause (MIXED, for the
#   quoted words), "confirming" takes B and C (one claim, coordinated that-clauses). The relative
#   clause is a speech act nested in A (FORMAT.md, Included: `which turned down the offer`): like
#   `described X as Y` with X the relative pronoun, its content is Y without the linking "as".
# - "touched on X" is a speech act with a topic content (as test6's "also touched on …"); the
#   "noting that ..." after it is a second claim.
# - "revealed the club's intention to take official action": a noun-phrase content, as
#   `announced the launch of X` (FORMAT.md, Included). "In conclusion" is a connective (left out).
doc("okaz-alshabab-alguacil-blames-referee-al-nassr",
    url="https://www.okaz.com.sa/sport/na/2231696",
    outlet="Okaz", country="Saudi Arabia", topic="sport", cut=True,
    text=(T := "Youth coach Emmanuel Alguacil expressed his strong dissatisfaction with the refereeing performance after his team's match against Al-Nassr at \"Al-Awal Park\" in the 16th round of the Roshen League. He said in the press conference: \"I am very upset, and with all due respect to all the Al-Nassr players, who are good players, it was the referee who caused our loss today.\"\n"
          "Alguacil emphasized that the match was balanced between both sides before the red card decision, which he described as \"a lack of respect\" for his players, confirming that the incident did not even warrant a foul call, and that the referee intentionally disrupted his team's performance in the match.\n"
          "He pointed out that his team suffered from unfair circumstances, adding, \"Al-Nassr had two more days of rest than us, yet we came back in the match, but the referee refused to let Al-Shabab continue the game with 11 players.\"\n"
          "The Spanish coach clarified that the problem in this match was not technical or psychological on the part of his players, but rather the result of unjustified external decisions. He said: \"What is my team's fault if the referee decided to send off a player for a normal incident? The mistake today is not from the players but from the whistle.\"\n"
          "Emmanuel touched on the team's reaction after falling behind by two goals, noting that the spirit the players showed in coming back to equalize (2-2) deserved a better ending. He added: \"We were looking for the third goal and the win, but at the moment we were the better side, the referee intervened to change the course of the match.\"\n"
          "In conclusion, Alguacil revealed the club's intention to take official action, confirming that the technical work is wasted in the face of such decisions."),
    entities=[("alguacil", "Emmanuel Alguacil", "PERSON",
               ["Alguacil", "Emmanuel", "Youth coach Emmanuel Alguacil", "The Spanish coach"],
               "head coach of Al-Shabab")],
    mentions=[("m1", "Youth coach Emmanuel Alguacil", "alguacil"),
              ("m2", ("He", "He said in the press"), "alguacil"),
              ("m3", ("Alguacil", "Alguacil emphasized"), "alguacil"),
              ("m4", ("he", "which he described"), "alguacil"),
              ("m5", ("He", "He pointed out"), "alguacil"),
              ("m6", "The Spanish coach", "alguacil"),
              ("m7", ("He", "He said: \"What"), "alguacil"),
              ("m8", ("Emmanuel", "Emmanuel touched"), "alguacil"),
              ("m9", ("He", "He added"), "alguacil"),
              ("m10", ("Alguacil", "Alguacil revealed"), "alguacil")],
    attributions=[("a1", "INDIRECT", "m1", "expressed his strong dissatisfaction", "the refereeing performance", None),
                  ("a2", "DIRECT", "m2", ("said", "He said in the press"),
                   seg(T, "I am very upset", "our loss today."), None),
                  ("a3", "MIXED", "m3", "emphasized",
                   seg(T, "the match was balanced", "\"a lack of respect\" for his players"), None),
                  ("a4", "MIXED", "m4", "described", "\"a lack of respect\" for his players", "a3"),
                  ("a5", "INDIRECT", "m3", ("confirming", "confirming that the incident"),
                   seg(T, "the incident did not even", "performance in the match"), None),
                  ("a6", "INDIRECT", "m5", "pointed out", "his team suffered from unfair circumstances", None),
                  ("a7", "DIRECT", "m5", "adding",
                   seg(T, "Al-Nassr had two more days", "with 11 players."), None),
                  ("a8", "INDIRECT", "m6", "clarified",
                   seg(T, "the problem in this match", "unjustified external decisions"), None),
                  ("a9", "DIRECT", "m7", ("said", "He said: \"What"),
                   seg(T, "What is my team's fault", "from the whistle."), None),
                  ("a10", "INDIRECT", "m8", "touched on", "the team's reaction after falling behind by two goals", None),
                  ("a11", "INDIRECT", "m8", "noting",
                   "the spirit the players showed in coming back to equalize (2-2) deserved a better ending", None),
                  ("a12", "DIRECT", "m9", "added",
                   seg(T, "We were looking for the third goal", "course of the match."), None),
                  ("a13", "INDIRECT", "m10", "revealed", "the club's intention to take official action", None),
                  ("a14", "INDIRECT", "m10", ("confirming", "confirming that the technical"),
                   "the technical work is wasted in the face of such decisions", None)])

# ---------------------------------------------------------------------------------------
# The Nation (Malawi). Left out: a photo caption ("People watch chaotic scenes as angry vendors
# burn tyres") and the closing "Share This Post"; nothing else is cut. The page gives no date.
# Notes:
# - "allegedly smashed vehicles, looted shops ..." are acts (left out). "The people were allegedly
#   protesting against a decision ...": "protest" with its noun-phrase object as content, as the
#   corpus does ("Residents protest the overdevelopment of Gozo"); the hedge does not remove it.
#   "The people", the headline's "Irate vendors", "Irate protesters", "people selling goods
#   outside" and "the illegal vendors" are one collective (FORMAT.md, Coreference); the vendors
#   inside the formal market are another.
# - "complaints from vendors inside the formal market that ...": a noun cue; the PP "inside the
#   formal market" stays in the source mention, as it tells this group from the other vendors.
# - "council officials went to ask the vendors to move to the market": a request nested in
#   Maseko's claim; like "discouraged shop owners from renting out ...", it keeps its addressee, as
#   the corpus does for "urged/asked X to Y" (seed a23/a24, `called on X to Y`).
# - "Chirwa ... suspected that ...": a belief with a named subject (FORMAT.md, Included). Its
#   quotation runs over two paragraphs (reopened): one attribution with the cue of its closing
#   clause.
# - "There was no immediate comment from police in the district.": no content (not annotated).
doc("mwnation-jenda-vendors-riot-mzimba-council",
    url="https://mwnation.com/irate-vendors-cause-havoc-in-mzimba/",
    outlet="The Nation", country="Malawi", topic="local", cut=False,
    text=(T := "Irate vendors cause havoc in Mzimba\n"
          "Irate protesters suspected to be illegal vendors trading outside a designated market caused havoc at Jenda Trading Centre in Mzimba on Tuesday evening and allegedly smashed vehicles, looted shops and destroyed billboards.\n"
          "The people were allegedly protesting against a decision by M’mbelwa District Council to move them from an undesignated area along the M1 where they were plying their trade to the market constructed at Jenda Rural Growth Centre.\n"
          "The move followed complaints from vendors inside the formal market that they were being disadvantaged by people selling goods outside.\n"
          "The vendors in the market threatened to start boycotting paying market fees if the council did not act on the illegal vendors by Friday.\n"
          "In an interview, Jenda Market vendors’ chairperson John Maseko said when council officials went to ask the vendors to move to the market, some resisted and later the situation turned ugly.\n"
          "“They even went to my shop and tried to vandalise it, but the other vendors blocked them,” he said.\n"
          "In an interview, Mzimba district commissioner Thomas Chirwa suspected that the riots were already planned by people who had nothing to do with vending.\n"
          "“Since Tuesday was set for nationwide demonstrations, some people were already prepared to cause havoc.\n"
          "“Even the songs they were singing were against government,” he said.\n"
          "Chirwa also discouraged shop owners from renting out their front space to vendors, saying such practices are promoting illegal vending and depriving the council of revenue.\n"
          "There was no immediate comment from police in the district."),
    entities=[("protesters", "Irate protesters", "GROUP",
               ["Irate vendors", "The people", "the illegal vendors", "people selling goods outside"],
               "vendors trading outside the designated Jenda market"),
              ("marketvendors", "vendors inside the formal market", "GROUP", ["The vendors in the market"],
               "vendors trading inside the formal Jenda market"),
              ("maseko", "John Maseko", "PERSON", ["Maseko", "Jenda Market vendors’ chairperson John Maseko"],
               "chairperson of the Jenda Market vendors"),
              ("officials", "council officials", "GROUP", [], "officials of M'mbelwa District Council"),
              ("chirwa", "Thomas Chirwa", "PERSON", ["Chirwa", "Mzimba district commissioner Thomas Chirwa"],
               "Mzimba district commissioner")],
    mentions=[("m1", ("Irate vendors", "Irate vendors cause"), "protesters"),
              ("m2", "Irate protesters", "protesters"),
              ("m3", "The people", "protesters"),
              ("m4", "vendors inside the formal market", "marketvendors"),
              ("m5", "people selling goods outside", "protesters"),
              ("m6", "The vendors in the market", "marketvendors"),
              ("m7", "the illegal vendors", "protesters"),
              ("m8", "Jenda Market vendors’ chairperson John Maseko", "maseko"),
              ("m9", "council officials", "officials"),
              ("m10", ("the vendors", "ask the vendors"), "protesters"),
              ("m11", ("he", "blocked them,” he said"), "maseko"),
              ("m12", "Mzimba district commissioner Thomas Chirwa", "chirwa"),
              ("m13", ("he", "government,” he said"), "chirwa"),
              ("m14", ("Chirwa", "Chirwa also"), "chirwa")],
    attributions=[("a1", "INDIRECT", "m3", "protesting against",
                   seg(T, "a decision by M’mbelwa District Council", "Jenda Rural Growth Centre"), None),
                  ("a2", "INDIRECT", "m4", "complaints", "they were being disadvantaged by people selling goods outside", None),
                  ("a3", "INDIRECT", "m6", "threatened",
                   "to start boycotting paying market fees if the council did not act on the illegal vendors by Friday", None),
                  ("a4", "INDIRECT", "m8", ("said", "Maseko said"),
                   seg(T, "when council officials went", "the situation turned ugly"), None),
                  ("a5", "INDIRECT", "m9", ("ask", "to ask the vendors"), "the vendors to move to the market", "a4"),
                  ("a6", "DIRECT", "m11", ("said", "blocked them,” he said"),
                   "They even went to my shop and tried to vandalise it, but the other vendors blocked them,", None),
                  ("a7", "INDIRECT", "m12", ("suspected", "Chirwa suspected"),
                   "the riots were already planned by people who had nothing to do with vending", None),
                  ("a8", "DIRECT", "m13", ("said", "government,” he said"),
                   seg(T, "Since Tuesday was set", "against government,"), None),
                  ("a9", "INDIRECT", "m14", "discouraged", "shop owners from renting out their front space to vendors", None),
                  ("a10", "INDIRECT", "m14", "saying",
                   "such practices are promoting illegal vending and depriving the council of revenue", None)])

write("train_bt.jsonl")
