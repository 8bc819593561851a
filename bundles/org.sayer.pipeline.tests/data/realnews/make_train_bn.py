#!/usr/bin/env python3
"""Writes train_bn.jsonl: real-news gold, split train-bn (see gold.py). Run: python3 make_train_bn.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
# Astro Awani (Malaysia), Bernama wire copy. The stored page has no headline: it opens with the
# lead, so the text starts there. The trailing wire credit "-- Bernama" and the credit and date
# lines under it ("Bernama", "Mon Nov 07") are removed. The page gives the day without a year, so
# no date is recorded. Notes:
# - "While some had accused Najib of 'selling' Malaysia to China, he said the Opposition did not
#   dare ...": the fronted concessive clause is read as the journalist's frame, outside Salleh's
#   content (as FORMAT.md leaves sentence-initial connectives out); the accusation is its own
#   claim of "some", with the accused kept in the content ("accused X of Y" → "X of Y", as
#   make_train files do). Its 'selling' is a quoted word, so it is MIXED.
# - The two "some" are different groups (the critics who accused Najib, and those who praised the
#   visit); they are two entities, the second named with a gloss so that score.py can tell them
#   apart (FORMAT.md, Names).
# - The blog quotation runs over two paragraphs (the first ends without a closing mark): one
#   DIRECT attribution. "The Opposition is worried that ..." inside it is an attitude of others
#   stated in a quote, nested (FORMAT.md, Included; the corpus annotates "worried" with a clause).
#   "they are planning for ... Mahathir to make a 'guest appearance'" is a plan, not a claim.
# - "ministers needed to be reminded that ..." is a hypothetical speech act inside Salleh's claim
#   (left out). "allegedly divulged" is a hedge (left out).
doc("astroawani-opposition-jealous-najib-china-visit-salleh",
    url="https://international.astroawani.com/politics-news/opposition-jealous-worried-about-najib-s-china-visit-salleh-121747",
    outlet="Astro Awani", country="Malaysia", topic="politics", cut=False,
    text=(T := "The Opposition is jealous and worried about Prime Minister Datuk Seri Najib Razak's just-concluded visit to China which has turned out to be a roaring success, said Communications and Multimedia Minister Datuk Seri Salleh Said Keruak.\n"
          "While some had accused Najib of 'selling' Malaysia to China, he said the Opposition did not dare to openly and aggressively criticise the premier for fear of a backlash from the Chinese community.\n"
          "Salleh noted that some had said Najib's China visit was a brilliant move, reminiscent of what his father, Tun Abdul Razak Hussein did in 1974.\n"
          "In his blog posting at sskeruak.blogspot.my, he said: \"The Opposition is worried that the China visit may sway some Opposition voters and fence-sitters.\n"
          "\"So they are planning for (former prime minister) Tun Dr Mahathir Mohamad to make a 'guest appearance' in parliament to distract Malaysians and divert attention away from the China visit.\"\n"
          "On the positive outcome of the six-day official visit which concluded yesterday, Salleh said: \"China's investments in Malaysia will create jobs and opportunities for all Malaysians and will offer the country a brighter future.\"\n"
          "Meanwhile, he said ministers needed to be reminded that when they took office and joined the Cabinet, they swore an oath of secrecy and confidentiality before the Yang di-Pertuan Agong.\n"
          "He said there was no expiry date to this oath, and the Official Secrets Act (OSA) would apply even when they left office.\n"
          "\"So the 'trio' who recently left office should be very careful about revealing what by law they should not reveal if they wish to avoid facing legal proceedings and not hide behind parliamentary immunity,\" he said.\n"
          "Former deputy prime minister Tan Sri Muhyiddin Yassin, former rural and regional development minister Datuk Seri Mohd Shafie Apdal and former second finance minister Datuk Seri Ahmad Husni Hanadzlah allegedly divulged government secrets while debating the 2017 Supply Bill in the Dewan Rakyat recently."),
    entities=[("salleh", "Datuk Seri Salleh Said Keruak", "PERSON",
               ["Salleh", "Salleh Said Keruak", "Communications and Multimedia Minister Datuk Seri Salleh Said Keruak"],
               "Malaysia's Communications and Multimedia Minister"),
              ("opposition", "the Opposition", "ORGANIZATION", ["Opposition"], "Malaysia's parliamentary opposition"),
              ("critics", "some", "GROUP", [], "those who accused Najib of 'selling' Malaysia to China"),
              ("admirers", "some (who praised the visit)", "GROUP", [],
               "those who said Najib's China visit was a brilliant move")],
    mentions=[("m1", ("The Opposition", "The Opposition is jealous"), "opposition"),
              ("m2", "Communications and Multimedia Minister Datuk Seri Salleh Said Keruak", "salleh"),
              ("m3", ("some", "While some had accused"), "critics"),
              ("m4", ("he", "he said the Opposition"), "salleh"),
              ("m5", ("the Opposition", "the Opposition did not dare"), "opposition"),
              ("m6", ("Salleh", "Salleh noted"), "salleh"),
              ("m7", ("some", "some had said"), "admirers"),
              ("m8", ("he", "he said: \"The Opposition"), "salleh"),
              ("m9", ("The Opposition", "The Opposition is worried"), "opposition"),
              ("m10", ("Salleh", "Salleh said: \"China"), "salleh"),
              ("m11", ("he", "he said ministers"), "salleh"),
              ("m12", ("He", "He said there"), "salleh"),
              ("m13", ("he", "immunity,\" he said"), "salleh")],
    attributions=[("a1", "INDIRECT", "m2", ("said", "success, said"),
                   "The Opposition is jealous and worried about Prime Minister Datuk Seri Najib Razak's just-concluded visit to China which has turned out to be a roaring success", None),
                  ("a2", "MIXED", "m3", "accused", "Najib of 'selling' Malaysia to China", None),
                  ("a3", "INDIRECT", "m4", ("said", "he said the Opposition"),
                   "the Opposition did not dare to openly and aggressively criticise the premier for fear of a backlash from the Chinese community", None),
                  ("a4", "INDIRECT", "m6", "noted",
                   "some had said Najib's China visit was a brilliant move, reminiscent of what his father, Tun Abdul Razak Hussein did in 1974", None),
                  ("a5", "INDIRECT", "m7", ("said", "some had said"),
                   "Najib's China visit was a brilliant move, reminiscent of what his father, Tun Abdul Razak Hussein did in 1974", "a4"),
                  ("a6", "DIRECT", "m8", ("said", "he said: \"The Opposition"),
                   seg(T, "The Opposition is worried that", "away from the China visit."), None),
                  ("a7", "INDIRECT", "m9", ("worried", "is worried that"),
                   "the China visit may sway some Opposition voters and fence-sitters", "a6"),
                  ("a8", "DIRECT", "m10", ("said", "Salleh said: \"China"),
                   "China's investments in Malaysia will create jobs and opportunities for all Malaysians and will offer the country a brighter future.", None),
                  ("a9", "INDIRECT", "m11", ("said", "he said ministers"),
                   seg(T, "ministers needed to be reminded", "before the Yang di-Pertuan Agong"), None),
                  ("a10", "INDIRECT", "m12", ("said", "He said there"),
                   "there was no expiry date to this oath, and the Official Secrets Act (OSA) would apply even when they left office", None),
                  ("a11", "DIRECT", "m13", ("said", "immunity,\" he said"),
                   seg(T, "So the 'trio' who recently", "behind parliamentary immunity,"), None)])

# ---------------------------------------------------------------------------------------
# Must Share News (Singapore). The stored page (an AMP copy) has no headline: it opens with the
# lead, so the text starts there. It breaks off inside the paragraph "In July last year, the town
# council had issued a vote ...", so the text is cut before it. The page gives no date. Notes:
# - "This, the resident claimed, made it look like ..." and "This particular design, he explained,
#   was ...": the parenthetical reporting clause stays inside the content (FORMAT.md, Contiguity).
# - "he took to Facebook to share that ...": the cue is "share"; "took to Facebook" is the medium.
#   "submitted a complaint regarding the new design" is an action with a topic, not a content.
# - "Mr Baey noted that despite the town council explaining the concept to the resident twice, he
#   did not accept it and demanded ...": the resident's demand is nested in Baey's claim;
#   "explaining the concept" has only a topic NP and is left out.
# - The second paragraph of Baey's quotation ("After discussing ...") has no reporting clause of its
#   own and continues him (null cue); "attaching an image of the game" is an adjunct.
doc("mustsharenews-tampines-aeroplane-design-resident-baey",
    url="https://mustsharenews.com/aeroplane-design-tampines-hdb/amp",
    outlet="Must Share News", country="Singapore", topic="local", cut=True,
    text=(T := "Last year, MP for Tampines GRC Baey Yam Keng revealed that the courtyard and walls between Blocks 480 and 484 would soon sport a fresh look.\n"
          "On Thursday (4 July), he took to Facebook to share that a resident had submitted a complaint regarding the new design.\n"
          "In the complaint, the resident highlighted that the airplanes were pointing towards the centre.\n"
          "This, the resident claimed, made it look like “four missiles on target” or “dropped bombs targeting the block”.\n"
          "As such, he demanded the removal of the design.\n"
          "The resident further claimed that it trivialised ongoing global conflicts like the wars in Myanmar, Sudan, and Gaza.\n"
          "“To even have a slightest resemblance of missiles or bombs is uncalled for,” he said. “Action must be taken by the Tampines Town Council to rework on the design as it is terribly distasteful.”\n"
          "Mr Baey noted that despite the town council explaining the concept to the resident twice, he did not accept it and demanded a change or erasure of the design.\n"
          "“Even though this is the only resident who gave negative feedback, I took it seriously,” he said.\n"
          "“After discussing with the town council, checking with some residents and grassroots leaders, and thinking through it, I support the town council’s decision to stick to the original design concept.”\n"
          "He shared that since he began serving in Tampines, he has been working with the town council to adopt painting designs that could resonate with residents.\n"
          "So far, they have drawn inspiration from nostalgic items like cassette tapes, Tingkat, and Polaroid cameras.\n"
          "This particular design, he explained, was inspired by a childhood Aeroplane board game.\n"
          "“The image the resident has taken offence with is a faithful replica of the board game and not an attempt to disguise warplanes,” Mr Baey clarified, attaching an image of the game.\n"
          "Mr Baey also mentioned that the design had been the most popular choice based on residents’ votes."),
    entities=[("baey", "Baey Yam Keng", "PERSON", ["Baey", "Mr Baey", "MP for Tampines GRC Baey Yam Keng"],
               "Member of Parliament for Tampines GRC"),
              ("resident", "the resident", "PERSON", ["a resident"], "Tampines resident who complained about the design")],
    mentions=[("m1", "MP for Tampines GRC Baey Yam Keng", "baey"),
              ("m2", ("he", "he took to Facebook"), "baey"),
              ("m3", ("a resident", "a resident had submitted"), "resident"),
              ("m4", ("the resident", "the resident highlighted"), "resident"),
              ("m5", ("the resident", "the resident claimed"), "resident"),
              ("m6", ("he", "he demanded the removal"), "resident"),
              ("m7", ("The resident", "The resident further"), "resident"),
              ("m8", ("he", "uncalled for,” he said"), "resident"),
              ("m9", ("Mr Baey", "Mr Baey noted"), "baey"),
              ("m10", ("the resident", "to the resident twice"), "resident"),
              ("m11", ("he", "he did not accept"), "resident"),
              ("m12", ("he", "seriously,” he said"), "baey"),
              ("m13", ("He", "He shared"), "baey"),
              ("m14", ("he", "he explained"), "baey"),
              ("m15", ("the resident", "the resident has taken offence"), "resident"),
              ("m16", ("Mr Baey", "Mr Baey clarified"), "baey"),
              ("m17", ("Mr Baey", "Mr Baey also"), "baey")],
    attributions=[("a1", "INDIRECT", "m1", "revealed",
                   "the courtyard and walls between Blocks 480 and 484 would soon sport a fresh look", None),
                  ("a2", "INDIRECT", "m2", ("share", "to share that"), "a resident had submitted a complaint regarding the new design", None),
                  ("a3", "INDIRECT", "m4", "highlighted", "the airplanes were pointing towards the centre", None),
                  ("a4", "MIXED", "m5", ("claimed", "resident claimed,"),
                   "This, the resident claimed, made it look like “four missiles on target” or “dropped bombs targeting the block”", None),
                  ("a5", "INDIRECT", "m6", ("demanded", "he demanded the removal"), "the removal of the design", None),
                  ("a6", "INDIRECT", "m7", ("claimed", "further claimed"),
                   "it trivialised ongoing global conflicts like the wars in Myanmar, Sudan, and Gaza", None),
                  ("a7", "DIRECT", "m8", ("said", "uncalled for,” he said"),
                   "To even have a slightest resemblance of missiles or bombs is uncalled for,", None),
                  ("a8", "DIRECT", "m8", None,
                   "Action must be taken by the Tampines Town Council to rework on the design as it is terribly distasteful.", None),
                  ("a9", "INDIRECT", "m9", "noted",
                   seg(T, "despite the town council explaining", "erasure of the design"), None),
                  ("a10", "INDIRECT", "m11", ("demanded", "and demanded a change"), "a change or erasure of the design", "a9"),
                  ("a11", "DIRECT", "m12", ("said", "seriously,” he said"),
                   "Even though this is the only resident who gave negative feedback, I took it seriously,", None),
                  ("a12", "DIRECT", "m12", None,
                   seg(T, "After discussing with the town council", "original design concept."), None),
                  ("a13", "INDIRECT", "m13", "shared",
                   seg(T, "since he began serving in Tampines", "could resonate with residents"), None),
                  ("a14", "INDIRECT", "m14", "explained",
                   "This particular design, he explained, was inspired by a childhood Aeroplane board game", None),
                  ("a15", "DIRECT", "m16", "clarified",
                   seg(T, "The image the resident has taken", "disguise warplanes,"), None),
                  ("a16", "INDIRECT", "m17", "mentioned",
                   "the design had been the most popular choice based on residents’ votes", None)])

# ---------------------------------------------------------------------------------------
# Asia Economy (South Korea), English edition. The headline is printed between quotation marks
# with no speaker: a quoted cross-head, DIRECT with a null source and cue (FORMAT.md, Text parts).
# The stored copy breaks off inside the KMA's last quotation, so the text is cut before that
# paragraph. The date is the one in the address. Notes:
# - "the Korean Medical Association (KMA) declared a tough stance" names a stance without stating
#   it (left out, as FORMAT.md leaves out reports with no content); "even mentioning the possibility
#   of a strike" is a participle claim of the KMA with a noun-phrase content, like "X said A,
#   warning that B".
# - "announced the results of a demand survey for ..." has a noun-phrase content (FORMAT.md,
#   Included: "announced the launch of X").
# - "The association said, "Q1," and raised its voice, "Q2."" and "The KMA stated, "Q1," adding,
#   "Q2."": each quotation has its own reporting verb and the same source mention.
doc("asiae-kma-condemns-medical-school-quota-survey",
    url="https://cm.asiae.co.kr/en/article/2023112117353285437",
    outlet="Asia Economy", country="South Korea", topic="health-science", cut=True, published="2023-11-21",
    text=(T := "\"Government Demand Survey: Hasty, Inadequate, Unfair... Condemning Public Opinion Manipulation\"\n"
          "As the Ministry of Health and Welfare announced the results of a demand survey for increasing medical school admission quotas by up to 4,000 students, the Korean Medical Association (KMA) declared a tough stance, even mentioning the possibility of a strike.\n"
          "On the afternoon of the 21st, the KMA held an emergency press conference at its headquarters in Yongsan-gu, Seoul, stating, \"If the government unilaterally enforces the medical school quota policy without scientific evidence and sufficient communication, we will unite the consensus of 140,000 doctors and are prepared to carry out a total medical strike.\"\n"
          "The KMA claimed that the recent demand survey was conducted without scientific basis. The association said, \"We define the government's demand survey, which only reflects the wishes of stakeholders, as a hasty, inadequate, and unfair investigation,\" and raised its voice, \"We strongly condemn the government's attempt to use unscientific survey results as grounds for expanding medical school quotas to sway public opinion.\"\n"
          "They also pointed out a lack of objectivity in the survey results. The KMA stated, \"The government's demand survey lacks scientific analysis; the appropriate number of medical school quotas has become whatever universities and hospitals want, and whatever local politicians and municipalities desire,\" adding, \"An unscientific and unprepared expansion of medical school quotas will only lead to a proliferation of cases like the failed Seonam University medical school in 2018.\""),
    entities=[("ministry", "the Ministry of Health and Welfare", "ORGANIZATION", ["Ministry of Health and Welfare"],
               "South Korea's health ministry"),
              ("kma", "the Korean Medical Association (KMA)", "ORGANIZATION",
               ["Korean Medical Association", "KMA", "the KMA", "The association"], "South Korea's largest doctors' group")],
    mentions=[("m1", "the Ministry of Health and Welfare", "ministry"),
              ("m2", "the Korean Medical Association (KMA)", "kma"),
              ("m3", ("the KMA", "the KMA held"), "kma"),
              ("m4", ("The KMA", "The KMA claimed"), "kma"),
              ("m5", ("The association", "The association said"), "kma"),
              ("m6", ("They", "They also pointed out"), "kma"),
              ("m7", ("The KMA", "The KMA stated"), "kma")],
    attributions=[("a1", "DIRECT", None, None,
                   "Government Demand Survey: Hasty, Inadequate, Unfair... Condemning Public Opinion Manipulation", None),
                  ("a2", "INDIRECT", "m1", "announced",
                   "the results of a demand survey for increasing medical school admission quotas by up to 4,000 students", None),
                  ("a3", "INDIRECT", "m2", "mentioning", "the possibility of a strike", None),
                  ("a4", "DIRECT", "m3", "stating",
                   seg(T, "If the government unilaterally enforces", "a total medical strike."), None),
                  ("a5", "INDIRECT", "m4", "claimed", "the recent demand survey was conducted without scientific basis", None),
                  ("a6", "DIRECT", "m5", ("said", "The association said"),
                   seg(T, "We define the government's demand survey", "unfair investigation,"), None),
                  ("a7", "DIRECT", "m5", "raised its voice",
                   seg(T, "We strongly condemn", "to sway public opinion."), None),
                  ("a8", "INDIRECT", "m6", "pointed out", "a lack of objectivity in the survey results", None),
                  ("a9", "DIRECT", "m7", "stated",
                   seg(T, "The government's demand survey lacks", "municipalities desire,"), None),
                  ("a10", "DIRECT", "m7", "adding",
                   seg(T, "An unscientific and unprepared expansion", "medical school in 2018."), None)])

# ---------------------------------------------------------------------------------------
# Asia Times (Hong Kong), a story from Manila. The stored page has no headline: it opens with a
# photo caption ("A number of drug raids were carried out. Photo: iStock", removed) and then the
# lead, so the text starts with the lead. "Leave a comment" at the end is removed. The address gives
# only the month, so no date is recorded. Notes:
# - ", GMA News reported" trails the second sentence of its paragraph and covers that sentence only
#   (FORMAT.md, No cue, no claim). "were identified as" names the suspects (not a claim).
# - "They told police ...": police is the addressee. "The two" (Torres and Dela Cruz) is a GROUP
#   (FORMAT.md, Groups); "The six" / "They" is another.
# - "According to Police Captain Pidencio Saballo, ..., it was believed the suspects were ...": the
#   agentless "was believed" is nested in Saballo's claim with a null source, as FORMAT.md takes an
#   agentless "was expected to".
doc("asiatimes-manila-drug-operations-17-arrested",
    url="https://asiatimes.com/2019/05/illegal-drugs-worth-two-million-pesos-found-in-manila/",
    outlet="Asia Times", country="Hong Kong", topic="courts-crime", cut=False,
    text=(T := "A total of 17 Filipinos were arrested in four separate drug operations in Manila on Tuesday and two million pesos worth of illegal drugs were seized.\n"
          "Pandancan police arrested six of the suspects along Maligaya Street in Kahilum II. The six were identified as Laurence Pacultad, Orlando Bautista, Cristia Balao, Melissa Baga, Raquel Dela Rosa and Erickson Aquino, GMA News reported.\n"
          "They told police they bought the drugs from Love Torres and Aron John Dela Cruz. The two were arrested in Pandacan and 85 grams off drugs were seized. The two admitted they sold drugs for financial reasons.\n"
          "Two more suspects, a 17-year-old girl and her father, were arrested in Paco Market for supplying drugs to Torres and Dela Cruz. Police seized 100 grams of drugs from them. In another police operation, Anwar Umpara and six others were arrested in Quiapo and 100 grams of drugs were seized.\n"
          "According to Police Captain Pidencio Saballo, chief of the Drug Enforcement Unit of Pandacan Police Station, it was believed the suspects were connected and working together in the illegal drug trade.\n"
          "Police recovered a total of 22 plastic sachets containing suspected methamphetamine weighing 285 grams from the four operations. The suspects will be charged for violating the Comprehensive Dangerous Drug Act."),
    entities=[("gma", "GMA News", "ORGANIZATION", [], "Philippine broadcaster"),
              ("six", "The six", "GROUP", ["six of the suspects"], "six suspects arrested by Pandacan police"),
              ("two", "Love Torres and Aron John Dela Cruz", "GROUP", ["The two", "Torres and Dela Cruz"],
               "two suspects who sold drugs to the six"),
              ("saballo", "Pidencio Saballo", "PERSON",
               ["Saballo", "Police Captain Pidencio Saballo",
                "Police Captain Pidencio Saballo, chief of the Drug Enforcement Unit of Pandacan Police Station"],
               "chief of the Drug Enforcement Unit of Pandacan Police Station")],
    mentions=[("m1", "six of the suspects", "six"),
              ("m2", ("The six", "The six were"), "six"),
              ("m3", "GMA News", "gma"),
              ("m4", ("They", "They told police"), "six"),
              ("m5", "Love Torres and Aron John Dela Cruz", "two"),
              ("m6", ("The two", "The two were arrested"), "two"),
              ("m7", ("The two", "The two admitted"), "two"),
              ("m8", ("Torres and Dela Cruz", "drugs to Torres"), "two"),
              ("m9", "Police Captain Pidencio Saballo, chief of the Drug Enforcement Unit of Pandacan Police Station", "saballo")],
    attributions=[("a1", "INDIRECT", "m3", "reported",
                   seg(T, "The six were identified as", "and Erickson Aquino"), None),
                  ("a2", "INDIRECT", "m4", ("told", "They told police"),
                   "they bought the drugs from Love Torres and Aron John Dela Cruz", None),
                  ("a3", "INDIRECT", "m7", "admitted", "they sold drugs for financial reasons", None),
                  ("a4", "INDIRECT", "m9", "According to",
                   "it was believed the suspects were connected and working together in the illegal drug trade", None),
                  ("a5", "INDIRECT", None, ("believed", "it was believed"),
                   "the suspects were connected and working together in the illegal drug trade", "a4")])

# ---------------------------------------------------------------------------------------
# interest.co.nz (New Zealand). The stored page prints the headline twice (kept once) after its
# sign-in and ad lines (removed). It breaks off inside a later quotation of Wright ("The projections
# of land use change ..."), so the text is cut before that paragraph. The page gives no date. Notes:
# - Headline: "Environment Commissioner challenges intensive dairying due to water quality concerns"
#   is evaluative reporting with a content, like "Lind defended the design"; "due to ..." is an
#   adjunct of the reporting event. "professor fears ..." is a belief with a named subject; the
#   professor is not in the kept text.
# - "wants the dairy industry to question its quest for higher production, to help keep our waterways
#   clean": a reported wish with its addressee kept, like "called on X to Y" (the corpus annotates
#   "wants"); the purpose clause after the comma is an adjunct, as in "called for speed bumps in an
#   effort to slow traffic" (left out).
# - "the 2013 report revealed a clear correlation ..." and "New figures collected show that ..." are
#   evidentials (FORMAT.md, Excluded: "studies show that"); "Wright's 2013 report predicted ..." is a
#   forecast of a document whose author is named in its NP, so its mention is Wright's (FORMAT.md,
#   Documents). "the way she had forecasted" has no content of its own (left out).
doc("interestconz-environment-commissioner-dairying-water-quality",
    url="https://www.interest.co.nz/rural-news/76072/environment-commissioner-challenges-intensive-dairying-due-water-quality-concerns",
    outlet="interest.co.nz", country="New Zealand", topic="environment", cut=True,
    text=(T := "Environment Commissioner challenges intensive dairying due to water quality concerns; professor fears recommendations will fall on deaf ears\n"
          "The Parliamentary Commissioner for the Environment wants the dairy industry to question its quest for higher production, to help keep our waterways clean.\n"
          "Commissioner Jan Wright has updated her 2013 report ‘Water quality in New Zealand: Land use change and nutrient pollution’, with new information that’s since become available.\n"
          "She says the conversion of sheep/beef farms to dairy farms has continued the way she had forecasted in her 2013 report, but the increase in forested land hasn’t stated to occur as expected.\n"
          "“This is not good news for water quality. The modelling in the 2013 report is likely to have under-predicted the nutrients that will be lost from land into water,” she says.\n"
          "While she admits we can’t blame all our water quality woes on dairy, the 2013 report revealed a clear correlation between large-scale land use change to dairy farming and increases in the nitrogen ‘stress’ on waterways.\n"
          "New figures collected show that between 2008 and 2012, 151,700 hectare of land that had previously been used for sheep/beef was lost. This loss was almost matched by the 157,900 hectare increase in dairy land.\n"
          "Wright's 2013 report predicted a big increase in both forest and scrub land by 2020. However, between 2008 and 2012, the area of plantation forest has dropped, and the increase in scrub land has been small.\n"
          "In fact; the amount of land used for forestry plantations dropped by 9,600 hectares between 2008 and 2012, while scrub land only increased by 6,600 hectares."),
    entities=[("wright", "Jan Wright", "PERSON",
               ["Wright", "Commissioner Jan Wright", "The Parliamentary Commissioner for the Environment",
                "Parliamentary Commissioner for the Environment", "Environment Commissioner"],
               "New Zealand's Parliamentary Commissioner for the Environment"),
              ("professor", "professor", "PERSON", [], "a professor quoted in the article")],
    mentions=[("m1", "Environment Commissioner", "wright"),
              ("m2", "professor", "professor"),
              ("m3", "The Parliamentary Commissioner for the Environment", "wright"),
              ("m4", "Commissioner Jan Wright", "wright"),
              ("m5", ("She", "She says"), "wright"),
              ("m6", ("she", "she says."), "wright"),
              ("m7", ("she", "she admits"), "wright"),
              ("m8", "Wright's 2013 report", "wright")],
    attributions=[("a1", "INDIRECT", "m1", "challenges", "intensive dairying", None),
                  ("a2", "INDIRECT", "m2", "fears", "recommendations will fall on deaf ears", None),
                  ("a3", "INDIRECT", "m3", "wants", "the dairy industry to question its quest for higher production", None),
                  ("a4", "INDIRECT", "m5", ("says", "She says"),
                   seg(T, "the conversion of sheep/beef farms", "to occur as expected"), None),
                  ("a5", "DIRECT", "m6", ("says", "she says."),
                   seg(T, "This is not good news", "from land into water,"), None),
                  ("a6", "INDIRECT", "m7", "admits", "we can’t blame all our water quality woes on dairy", None),
                  ("a7", "INDIRECT", "m8", ("predicted", "report predicted"), "a big increase in both forest and scrub land by 2020", None)])

# ---------------------------------------------------------------------------------------
# VTV (Vietnam Television), English service. The stored page has no headline and starts with the
# first speaker's paragraph ("In an opening speech at the event, ..."), so the text starts there;
# the date is the one in the address. Notes:
# - "In an opening speech at the event" is an adjunct of the reporting event (left out).
# - "He attributed in large part the inability of ... to the fact that ...": "attributed X to Y" is a
#   reported opinion (the corpus annotates "attributed"); the degree adverbial "in large part" that
#   precedes the object is read as a hedge of the reporting verb and left out.
# - "To further promote trade in these segments, he said, businesses should ...": the parenthetical
#   reporting clause stays inside the content (FORMAT.md, Contiguity).
doc("vtv-seminar-vietnam-middle-east-africa-trade",
    url="https://english.vtv.vn/economy/seminar-promotes-vietnam-middle-east-and-africa-trade-20160818213420543.htm",
    outlet="VTV", country="Vietnam", topic="business", cut=False, published="2016-08-18",
    text=(T := "In an opening speech at the event, Ta Hoang Linh, deputy head of the Trade Promotion Agency, said its purpose was to lay out an effective strategy to boost exports to these markets.\n"
          "Mr Linh said that exports from the domestic sector of Vietnam to the Middle Eastern and African economies have seen some improvement over recent years, but lags far behind its full potential.\n"
          "About 62% of both domestic and foreign sector exports from Vietnam, which amounted to US$6.28 billion in 2015, to the respective economies consisted of telephones and components, he said.\n"
          "He attributed in large part the inability of Vietnam products to gain a foothold to the fact that competition from China, Thailand, Indonesia and Malaysia in the markets is stiff and they are undercutting Vietnamese prices.\n"
          "Ngo Khai Hoan, deputy head of the Africa, West Asia and South Asia Department under the Ministry of Industry and Trade, in turn noted Middle Eastern countries have high demands for importing food, foodstuff, agricultural products, seafood, consumer, dairy products, furniture, and equipment.\n"
          "To further promote trade in these segments, he said, businesses should review their development strategies, pay more attention to develop distribution networks, actively join trade fairs and exhibitions and seize every opportunity that presents itself."),
    entities=[("linh", "Ta Hoang Linh", "PERSON",
               ["Linh", "Mr Linh", "Ta Hoang Linh, deputy head of the Trade Promotion Agency"],
               "deputy head of Vietnam's Trade Promotion Agency"),
              ("hoan", "Ngo Khai Hoan", "PERSON",
               ["Hoan", "Ngo Khai Hoan, deputy head of the Africa, West Asia and South Asia Department under the Ministry of Industry and Trade"],
               "deputy head of the Africa, West Asia and South Asia Department, Ministry of Industry and Trade")],
    mentions=[("m1", "Ta Hoang Linh, deputy head of the Trade Promotion Agency", "linh"),
              ("m2", "Mr Linh", "linh"),
              ("m3", ("he", "components, he said"), "linh"),
              ("m4", ("He", "He attributed"), "linh"),
              ("m5", "Ngo Khai Hoan, deputy head of the Africa, West Asia and South Asia Department under the Ministry of Industry and Trade", "hoan"),
              ("m6", ("he", "segments, he said"), "hoan")],
    attributions=[("a1", "INDIRECT", "m1", ("said", "Agency, said"),
                   "its purpose was to lay out an effective strategy to boost exports to these markets", None),
                  ("a2", "INDIRECT", "m2", ("said", "Mr Linh said"),
                   seg(T, "exports from the domestic sector", "behind its full potential"), None),
                  ("a3", "INDIRECT", "m3", ("said", "components, he said"),
                   seg(T, "About 62% of both domestic", "telephones and components"), None),
                  ("a4", "INDIRECT", "m4", "attributed",
                   seg(T, "the inability of Vietnam products", "undercutting Vietnamese prices"), None),
                  ("a5", "INDIRECT", "m5", "noted",
                   seg(T, "Middle Eastern countries have high demands", "furniture, and equipment"), None),
                  ("a6", "INDIRECT", "m6", ("said", "segments, he said"),
                   seg(T, "To further promote trade", "that presents itself"), None)])

# ---------------------------------------------------------------------------------------
# Matangi Tonga (Tonga). Removed: "You are here", the section label "Parliament", the dateline line
# "Nuku'alofa, Tonga", a photo caption and the byline "From the House by Pesi Fonua". The "Key
# points" box is kept as printed (its label line and its four items, without the bullet glyphs). The
# stored copy breaks off inside the Speaker's sentence ("... and said he looke"), so the text is cut
# before that paragraph. The date is the one in the address. Notes:
# - Key point "Concern that the 2010 reform of the Constitution was incomplete": a noun cue with no
#   claimant, null source (FORMAT.md, Noun cues; Null source). "MP irate over PM's handling ..." has
#   no cue.
# - "expressed their frustrations with X" and "expressed his appreciation for X" are read like
#   "complained about noise" → X and "expressed dissatisfaction with X" in the corpus.
# - "the Prime Minister was told that ...": agentless passive, null source; the addressee is left out.
# - "in a letter signed by Lord Tu'ivakano" is the medium of the Nobles' call; the subject wins.
# - "The Nobles were unhappy that the Cabinet had not ...": an attitude with a clausal content, taken
#   like "worried that" in the corpus (FORMAT.md leaves out "was unhappy with" because it has no
#   content). "The Prime Minister disagreed with the King" has no content. "his request to visit him
#   in the Niuas" is the Prime Minister's request named by a possessive (left out, not a mention).
doc("matangitonga-tensions-rise-house-nobles-pm",
    url="https://matangitonga.to/2024/03/08/tensions-rise-house",
    outlet="Matangi Tonga", country="Tonga", topic="politics", cut=True, published="2024-03-08",
    text=(T := "Tensions rise in the House\n"
          "Key points\n"
          "Tonga's King will receive PM about their disaccord\n"
          "MP irate over PM's handling of Lulutai Airlines\n"
          "Tensions rise and two MPs suspended from the House\n"
          "Concern that the 2010 reform of the Constitution was incomplete\n"
          "Tensions rose in the House this week as members of parliament, expressed their frustrations with the politics of the Prime Minister over his disaccord with the King and other issues, including his handling of the Lulutai Airlines.\n"
          "Their questions boiled over into screaming matches, which ended with two members – one from the Nobles’ table and one from the People’s table, being thrown out of the House and suspended for one and two days.\n"
          "The tensions had been rising for weeks since 2 February, when the Prime Minister was told that King Tupou VI in Privy Council had withdrawn his consent to the appointments of two cabinet ministers.\n"
          "The Prime Minister disagreed with the King.\n"
          "Last week in a letter signed by Lord Tu'ivakano, the nine Nobles’ Representatives called on the Prime Minister Hon. Hu'akavameiliku to resign his defence portfolio as Minister of His Majesty's Armed Forces, and to respect the decision of King. They also called on Hon. Fekitamoeloa ‘Utoikamanu to resign from her two ministerial portfolios. The Nobles were unhappy that the Cabinet had not paid heed to the King's wishes, as conveyed from the Privy Council to Cabinet on 2 February.\n"
          "This week, on Tuesday, 5 March the Prime Minister told the House that King Tupou VI had accepted his request to visit him in the Niuas.\n"
          "Lord Tu’ivakano, expressed his appreciation for the Prime Minister and his delegation to have an opportunity to meet the King."),
    entities=[("pm", "Hon. Hu'akavameiliku", "PERSON",
               ["Hu'akavameiliku", "the Prime Minister", "PM", "the Prime Minister Hon. Hu'akavameiliku"],
               "Prime Minister of Tonga"),
              ("mps", "members of parliament", "GROUP", [], "members of Tonga's Legislative Assembly"),
              ("nobles", "the nine Nobles’ Representatives", "GROUP", ["Nobles’ Representatives", "The Nobles"],
               "the Nobles' Representatives in Tonga's Legislative Assembly"),
              ("tuivakano", "Lord Tu’ivakano", "PERSON", ["Lord Tu'ivakano", "Tu’ivakano", "Tu'ivakano"],
               "Nobles' Representative")],
    mentions=[("m1", ("PM", "receive PM"), "pm"),
              ("m2", "members of parliament", "mps"),
              ("m3", ("the Prime Minister", "politics of the Prime Minister"), "pm"),
              ("m4", ("the Prime Minister", "when the Prime Minister"), "pm"),
              ("m5", ("The Prime Minister", "The Prime Minister disagreed"), "pm"),
              ("m6", "Lord Tu'ivakano", "tuivakano"),
              ("m7", "the nine Nobles’ Representatives", "nobles"),
              ("m8", "the Prime Minister Hon. Hu'akavameiliku", "pm"),
              ("m9", ("They", "They also called"), "nobles"),
              ("m10", ("The Nobles", "The Nobles were"), "nobles"),
              ("m11", ("the Prime Minister", "March the Prime Minister"), "pm"),
              ("m12", "Lord Tu’ivakano", "tuivakano"),
              ("m13", ("the Prime Minister", "appreciation for the Prime Minister"), "pm")],
    attributions=[("a1", "INDIRECT", None, "Concern", "the 2010 reform of the Constitution was incomplete", None),
                  ("a2", "INDIRECT", "m2", "expressed their frustrations",
                   seg(T, "the politics of the Prime Minister over", "handling of the Lulutai Airlines"), None),
                  ("a3", "INDIRECT", None, ("told", "was told that"),
                   "King Tupou VI in Privy Council had withdrawn his consent to the appointments of two cabinet ministers", None),
                  ("a4", "INDIRECT", "m7", ("called on", "Representatives called on"),
                   seg(T, "the Prime Minister Hon. Hu'akavameiliku to resign", "respect the decision of King"), None),
                  ("a5", "INDIRECT", "m9", ("called on", "also called on"),
                   "Hon. Fekitamoeloa ‘Utoikamanu to resign from her two ministerial portfolios", None),
                  ("a6", "INDIRECT", "m10", "unhappy",
                   "the Cabinet had not paid heed to the King's wishes, as conveyed from the Privy Council to Cabinet on 2 February", None),
                  ("a7", "INDIRECT", "m11", ("told", "Prime Minister told the House"),
                   "King Tupou VI had accepted his request to visit him in the Niuas", None),
                  ("a8", "INDIRECT", "m12", "expressed his appreciation",
                   "the Prime Minister and his delegation to have an opportunity to meet the King", None)])

write("train_bn.jsonl")
