#!/usr/bin/env python3
"""Writes test11_c.jsonl: real-news gold, split test11-c (see gold.py). Run: python3 make_test11_c.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
# Cut after Andanar's last quotation; the stored copy breaks off in the next paragraph. The page
# gives no date. Notes:
# - "he's been metioning 'PI' in the sorties" (inside Andanar's quote) reports words Duterte
#   uttered, quoted: DIRECT, nested (FORMAT.md: speech nested inside a quote; a shout is DIRECT).
# - "Duterte has continued to say bad words" / "said bad words against the European Union" give
#   no content of what was said: not claims. "slammed the United Nations, ..." is evaluative
#   reporting with a noun-phrase content, as the corpus does for "slammed"/"criticised".
# - "raised concern on his administration's all-out war ...": the trailing participle "resulting
#   to the death of ..." is the journalist's gloss on the war, left out of the concern's content.
# - "the President's invitation for the UN and EU to send ...": a noun cue nested in Andanar's
#   "noted"; its addressee stays in the content as for "called on X to Y". The possessive
#   "the President" is marked as a mention because it is the source of that claim.
doc("manilashimbun-andanar-filipinos-deeper-view-duterte",
    url="https://manila-shimbun.com/category/english/news224958.html",
    outlet="Manila Shimbun", country="Philippines", topic="politics", cut=True,
    text=(T := "Filipinos have deeper view on Duterte - Andanar\n"
          "The Filipinos have deeper understanding of President Rodrigo Duterte than focusing on his usual expletives, Malacanang said on Sunday.\n"
          "In an interview over a state-run radio station dzRB Radyo ng Bayan, Presidential Communications Office Secretary Martin Andanar said that despite Duterte's foul mouth, the Filipinos still voted for him to be the country's president.\n"
          "\"So we are not hiding anything and we did not pretend. When our President was still running (for office), he's been metioning 'PI' in the sorties. And despite that, he won the presidency,\" he said.\n"
          "Duterte received over 16 million votes, about 6 million margin, from his closest rival, then Interior and Local Government Secretary Mar Roxas during the May elections.\n"
          "\"It means that the Filipinos have deeper view on the President,\" Andanar said.\n"
          "Even if he was already elected as president, Duterte has continued to say bad words, including against foreign officials and governments, and international organizations.\n"
          "Duterte's expletives against United States President Barack Obama prompted the latter to cancel their supposed first bilateral meeting at the sidelines of a regional summit in Laos early this month.\n"
          "He also slammed the United Nations, including Secretary General Ban Ki-Moon, and just recently, he also said bad words against the European Union.\n"
          "The President had become irked over the foreign officials and groups after they raised concern on his administration's all-out war against illegal drugs, resulting to the death of more than 3,000 drug suspects.\n"
          "Despite Duterte's expletives, Andanar noted the President's invitation for the UN and EU to send representatives to look into the alleged extrajudicial killings in the country.\n"
          "\"And this only shows that our President is open to the international organizations to look into the record of extrajudicial killings and human rights,\" he said."),
    entities=[("andanar", "Martin Andanar", "PERSON",
               ["Andanar", "Presidential Communications Office Secretary Martin Andanar"],
               "Presidential Communications Office Secretary"),
              ("malacanang", "Malacanang", "ORGANIZATION", [], "the Philippine presidential palace"),
              ("duterte", "Rodrigo Duterte", "PERSON",
               ["Duterte", "President Rodrigo Duterte", "the President", "our President"], "President of the Philippines"),
              ("critics", "the foreign officials and groups", "GROUP", ["foreign officials and groups"],
               "foreign officials and groups critical of the drug war")],
    mentions=[("m1", ("Duterte", "Duterte - Andanar"), "duterte"),
              ("m2", ("Andanar", "Duterte - Andanar"), "andanar"),
              ("m3", "Malacanang", "malacanang"),
              ("m4", "President Rodrigo Duterte", "duterte"),
              ("m5", "Presidential Communications Office Secretary Martin Andanar", "andanar"),
              ("m6", ("our President", "When our President"), "duterte"),
              ("m7", ("he", "he's been metioning"), "duterte"),
              ("m8", ("he", "he said.\nDuterte received"), "andanar"),
              ("m9", ("Duterte", "Duterte received"), "duterte"),
              ("m10", ("the President", "deeper view on the President"), "duterte"),
              ("m11", ("Andanar", "Andanar said."), "andanar"),
              ("m12", ("Duterte", "Duterte has continued"), "duterte"),
              ("m13", ("He", "He also slammed"), "duterte"),
              ("m14", ("The President", "The President had become"), "duterte"),
              ("m15", "the foreign officials and groups", "critics"),
              ("m16", ("they", "they raised concern"), "critics"),
              ("m17", ("Andanar", "Andanar noted"), "andanar"),
              ("m18", ("the President", "the President's invitation"), "duterte"),
              ("m19", ("our President", "our President is open"), "duterte"),
              ("m20", ("he", "rights,\" he said"), "andanar")],
    attributions=[("a1", "INDIRECT", "m2", None, "Filipinos have deeper view on Duterte", None),
                  ("a2", "INDIRECT", "m3", ("said", "Malacanang said"),
                   "The Filipinos have deeper understanding of President Rodrigo Duterte than focusing on his usual expletives", None),
                  ("a3", "INDIRECT", "m5", ("said", "Andanar said that"),
                   "despite Duterte's foul mouth, the Filipinos still voted for him to be the country's president", None),
                  ("a4", "DIRECT", "m8", ("said", "he said.\nDuterte received"),
                   seg(T, "So we are not hiding", "he won the presidency,"), None),
                  ("a5", "DIRECT", "m7", "metioning", ("PI", "'PI'"), "a4"),
                  ("a6", "DIRECT", "m11", ("said", "Andanar said."), "It means that the Filipinos have deeper view on the President,", None),
                  ("a7", "INDIRECT", "m13", "slammed", "the United Nations, including Secretary General Ban Ki-Moon", None),
                  ("a8", "INDIRECT", "m16", "raised concern", "his administration's all-out war against illegal drugs", None),
                  ("a9", "INDIRECT", "m17", "noted",
                   seg(T, "the President's invitation for", "killings in the country"), None),
                  ("a10", "INDIRECT", "m18", "invitation",
                   seg(T, "the UN and EU to send", "killings in the country"), "a9"),
                  ("a11", "DIRECT", "m20", ("said", "rights,\" he said"),
                   seg(T, "And this only shows", "extrajudicial killings and human rights,"), None)])

# ---------------------------------------------------------------------------------------
# The stored page has no headline: the text starts with its lead. Cut after the paragraph on
# Cr Raven; the stored copy breaks off in the next one. The page gives no date. Notes:
# - The lead's "has become “out of control”" is a quoted phrase with no reporting frame: not a
#   claim.
# - "letters informing them their properties would be impacted": the letters are a document whose
#   author the sentence does not name, so they are their own entity (FORMAT.md, Documents); the
#   addressee "them" is left out. "new flood modelling that labelled properties ... as “at risk”":
#   the cue sits in a relative clause, so the source is its antecedent, the modelling.
# - "others have cited concerns over potential hits ...": "others" (other residents) is a subset
#   of the residents, its own entity; the linking "over" is left out.
# - "Residents were able to ask questions" are the meeting's attendees (one scene), so that
#   mention goes to "Those in attendance"; the general "residents" are another entity.
# - "people are threatening to injure or harm staff" inside Bannan's quote reports the online
#   threats (speech): a nested claim with source "people".
# - "he encouraged residents to partake" keeps its addressee, as the corpus does for "urged X to Y".
doc("mycitylogan-flood-mapping-outrage-police-threats",
    url="https://mycitylogan.com.au/cops-and-threats-logans-flood-mapping-outrage-continues",
    outlet="My City Logan", country="Australia", topic="local", cut=True,
    text=(T := "Outrage over new flood mapping impacting 20,000 local properties has become “out of control”, with police called to a town meeting last week and another cancelled following online threats to council staff.\n"
          "Despite the chaos, mayor Jon Raven described the meeting as productive, saying he left with 10 potential fixes to flood policy that came “straight from the mouths of the community”.\n"
          "Over the last few weeks, 20,000 landowners received letters informing them their properties would be impacted by updated flood mapping.\n"
          "For many, it was déjà vu – an unsettling reminder of a similar controversial letter sent out to residents in 2022.\n"
          "At the time, due to state government requirements, the local council introduced new flood modelling that labelled properties – some never touched by flood waters – as “at risk”.\n"
          "Ever since, residents have reported sudden spikes to their insurance premiums (some by more than 400%, and reaching tens of thousands of dollars), while others have cited concerns over potential hits to property value.\n"
          "Things came to a head at a town hall meeting in Jimboomba last week attended by 350 people, with rowdy residents heckling the mayor and council staff.\n"
          "Those in attendance described the situation as scary, and police were called. Eventually the situation diffused. Residents were able to ask questions and chat with council staff.\n"
          "Days later, deputy mayor Scott Bannan announced a follow up meeting had been cancelled over violent threats made to council staff.\n"
          "“First and foremost, staff deserve to feel safe,” Cr Bannan said.\n"
          "“We are going to get a solution [to flood mapping concerns], we can’t get a solution when people are threatening to injure or harm staff.”\n"
          "Regardless, he said online consultation would continue, and he encouraged residents to partake.\n"
          "Cr Raven said council was listening to residents, and was already working on changes to the flood policy which would help solve some key concerns."),
    entities=[("raven", "Jon Raven", "PERSON", ["Raven", "Cr Raven", "mayor Jon Raven"], "Mayor of Logan"),
              ("letters", "letters", "GROUP", [], "the letters sent to 20,000 landowners about the flood mapping"),
              ("modelling", "new flood modelling", "ORGANIZATION", ["flood modelling"],
               "the council's 2022 flood modelling"),
              ("residents", "residents", "GROUP", [], "Logan residents"),
              ("others", "others", "GROUP", [], "other residents, worried about property values"),
              ("attendees", "Those in attendance", "GROUP", [], "those at the Jimboomba town hall meeting"),
              ("bannan", "Scott Bannan", "PERSON", ["Bannan", "Cr Bannan", "deputy mayor Scott Bannan"], "Deputy Mayor of Logan"),
              ("threateners", "people", "GROUP", [], "people threatening council staff")],
    mentions=[("m1", "mayor Jon Raven", "raven"),
              ("m2", ("letters", "letters informing"), "letters"),
              ("m3", ("residents", "residents in 2022"), "residents"),
              ("m4", "new flood modelling", "modelling"),
              ("m5", ("residents", "residents have reported"), "residents"),
              ("m6", ("others", "others have cited"), "others"),
              ("m7", ("the mayor", "heckling the mayor"), "raven"),
              ("m8", "Those in attendance", "attendees"),
              ("m9", ("Residents", "Residents were able"), "attendees"),
              ("m10", "deputy mayor Scott Bannan", "bannan"),
              ("m11", "Cr Bannan", "bannan"),
              ("m12", ("people", "people are threatening"), "threateners"),
              ("m13", ("he", "he said online"), "bannan"),
              ("m14", ("he", "he encouraged"), "bannan"),
              ("m15", ("residents", "residents to partake"), "residents"),
              ("m16", "Cr Raven", "raven"),
              ("m17", ("residents", "listening to residents"), "residents")],
    attributions=[("a1", "INDIRECT", "m1", ("described", "described the meeting"), "the meeting as productive", None),
                  ("a2", "MIXED", "m1", "saying",
                   "he left with 10 potential fixes to flood policy that came “straight from the mouths of the community”", None),
                  ("a3", "INDIRECT", "m2", "informing", "their properties would be impacted by updated flood mapping", None),
                  ("a4", "MIXED", "m4", "labelled", "properties – some never touched by flood waters – as “at risk”", None),
                  ("a5", "INDIRECT", "m5", "reported",
                   "sudden spikes to their insurance premiums (some by more than 400%, and reaching tens of thousands of dollars)", None),
                  ("a6", "INDIRECT", "m6", "cited concerns", "potential hits to property value", None),
                  ("a7", "INDIRECT", "m8", ("described", "described the situation"), "the situation as scary", None),
                  ("a8", "INDIRECT", "m10", "announced",
                   "a follow up meeting had been cancelled over violent threats made to council staff", None),
                  ("a9", "DIRECT", "m11", ("said", "Cr Bannan said"), "First and foremost, staff deserve to feel safe,", None),
                  ("a10", "DIRECT", "m11", None, seg(T, "We are going to get a solution", "injure or harm staff."), None),
                  ("a11", "INDIRECT", "m12", "threatening", "to injure or harm staff", "a10"),
                  ("a12", "INDIRECT", "m13", ("said", "he said online"), "online consultation would continue", None),
                  ("a13", "INDIRECT", "m14", "encouraged", "residents to partake", None),
                  ("a14", "INDIRECT", "m16", ("said", "Cr Raven said"),
                   seg(T, "council was listening to residents", "solve some key concerns"), None)])

# ---------------------------------------------------------------------------------------
# The stored page prints its headline twice; kept once. The whole article is kept (it is short
# but holds eight claims). Notes:
# - "Over 150 ... - Police" is a "claim – name" headline: source "Police", null cue.
# - "He stated that A and that investigations have uncovered that B": one cue with two
#   coordinated that-clauses is one claim; the investigations' finding ("uncovered", FORMAT.md:
#   findings are included) is nested in it, with "investigations" as its own entity.
# - "Out of them, 153 suspects are still in ..." has no cue: not a claim; "a press conference held
#   ... to brief media regarding the progress of investigations" names a purpose, not a content.
doc("adaderana-easter-attacks-153-suspects-detained-police",
    url="http://www.adaderana.lk/news/60886/over-150-suspects-currently-detained-over-easter-attacks-police",
    outlet="Ada Derana", country="Sri Lanka", topic="courts-crime", cut=False, published="2020-02-19",
    text=(T := "Over 150 suspects currently detained over Easter attacks - Police\n"
          "Sri Lanka Police today said 153 suspects are currently in custody in connection with the Easter Sunday terror attacks.\n"
          "Speaking at a special press conference held in Colombo to brief media regarding the progress of investigations being carried out into the attacks, DIG Ajith Rohana revealed that a total of 216 suspects including 07 women were arrested following the attacks.\n"
          "Out of them, 153 suspects are still in either police custody or remand custody under detention orders through provision of the Prevention of Terrorism Act (PTA).\n"
          "He stated that among those suspects are 06 Sri Lankan nationals who were brought to Sri Lanka from the United Arab Emirates (UAE) with the help of Inerpol and that investigations have uncovered that they had aided in carrying out the attacks.\n"
          "DIG Ajith Rohana also stated that 04 Maldivian nationals were also arrested and investigated over the attacks.\n"
          "He said that a total of 09 firearms including 03 T-56 assault rifles as well as several vehicles including 02 cars have been taken into custody during police operations.\n"
          "Rohana added that one of the suspects currently in custody had received training in Syria."),
    entities=[("police", "Sri Lanka Police", "ORGANIZATION", ["Police"], "Sri Lanka's national police"),
              ("rohana", "Ajith Rohana", "PERSON", ["Rohana", "DIG Ajith Rohana"], "Deputy Inspector General, police spokesman"),
              ("investigations", "investigations", "GROUP", [], "the investigations into the Easter Sunday attacks")],
    mentions=[("m1", ("Police", "attacks - Police"), "police"),
              ("m2", "Sri Lanka Police", "police"),
              ("m3", ("DIG Ajith Rohana", "DIG Ajith Rohana revealed"), "rohana"),
              ("m4", ("He", "He stated"), "rohana"),
              ("m5", ("investigations", "investigations have uncovered"), "investigations"),
              ("m6", ("DIG Ajith Rohana", "DIG Ajith Rohana also"), "rohana"),
              ("m7", ("He", "He said that"), "rohana"),
              ("m8", ("Rohana", "Rohana added"), "rohana")],
    attributions=[("a1", "INDIRECT", "m1", None, "Over 150 suspects currently detained over Easter attacks", None),
                  ("a2", "INDIRECT", "m2", ("said", "Police today said"),
                   "153 suspects are currently in custody in connection with the Easter Sunday terror attacks", None),
                  ("a3", "INDIRECT", "m3", "revealed",
                   "a total of 216 suspects including 07 women were arrested following the attacks", None),
                  ("a4", "INDIRECT", "m4", ("stated", "He stated"),
                   seg(T, "among those suspects are 06", "aided in carrying out the attacks"), None),
                  ("a5", "INDIRECT", "m5", "uncovered", "they had aided in carrying out the attacks", "a4"),
                  ("a6", "INDIRECT", "m6", ("stated", "also stated"),
                   "04 Maldivian nationals were also arrested and investigated over the attacks", None),
                  ("a7", "INDIRECT", "m7", ("said", "He said that"),
                   seg(T, "a total of 09 firearms", "during police operations"), None),
                  ("a8", "INDIRECT", "m8", "added", "one of the suspects currently in custody had received training in Syria", None)])

# ---------------------------------------------------------------------------------------
# The stored page has no headline (it opens with a photo caption, removed): the text starts with
# its lead, dateline kept. Cut after "Salman dismissed claims ..."; the stored copy breaks off in
# the next quotation. Two quotations are printed with mismatched marks (“ ... " and " ... ”);
# both are DIRECT (FORMAT.md: mismatched pairs count). Notes:
# - "attributed A, while stressing that B" is two claims (seed a18/a19).
# - "emphasised that A, but he does not expect B": one cue over both clauses, one claim; his own
#   expectation is not split off.
# - "Acknowledging X, Salman said Y" and "Expressing satisfaction with X, Salman dismissed Y" are
#   two claims each; "claims of a decline in his form" is a nested noun cue with no claimant.
doc("geosuper-salman-agha-bangladesh-pitches-series-defeat",
    url="https://www.geosuper.tv/latest/46889-salman-ali-agha-opens-up-on-bangladesh-pitches-after-series-defeat",
    outlet="Geo Super", country="Pakistan", topic="sport", cut=True, published="2025-07-25",
    text=(T := "DHAKA: Pakistan cricket team captain Salman Ali Agha on Thursday attributed the T20I series defeat against Bangladesh to the team’s failure to fully execute their plans, while stressing that the pitches used in the series were not ideal for preparations ahead of the Asia Cup and World Cup.\n"
          "Speaking at the post-match press conference, Salman emphasised that the team must perform in all conditions, but he does not expect to encounter similar pitches in the future.\n"
          "“These pitches are not ideal for preparing for the Asia Cup and World Cup. I don’t think we will get such wickets going forward. It’s true that we couldn’t perform in this series the way we should have,\" he noted.\n"
          "He admitted that the main reason for the defeat was the lack of execution of plans.\n"
          "\"I don’t think we’ll face such conditions later, and whatever conditions come our way, we shouldn’t focus on that, our job is to perform,” he said.\n"
          "Salman noted that the team is still in the building process but assured that they are on the right track.\n"
          "“We had assessed things, but our execution of the plan wasn’t up to the mark. The team we are trying to build is on the right track, and as we continue to follow the process, things will improve,” he said.\n"
          "Acknowledging the lack of consistency in the team’s performance, Salman said they are working on it as consistency is key to success.\n"
          "“Our consistency is not where it should be. We discuss it and work on it. As players and as a team, we are all working hard to make our performances more consistent,” he added.\n"
          "Expressing satisfaction with his performance as captain, Salman dismissed claims of a decline in his form."),
    entities=[("salman", "Salman Ali Agha", "PERSON",
               ["Salman", "Agha", "Pakistan cricket team captain Salman Ali Agha"], "Pakistan T20I captain")],
    mentions=[("m1", "Pakistan cricket team captain Salman Ali Agha", "salman"),
              ("m2", ("Salman", "Salman emphasised"), "salman"),
              ("m3", ("he", "he noted"), "salman"),
              ("m4", ("He", "He admitted"), "salman"),
              ("m5", ("he", "perform,” he said"), "salman"),
              ("m6", ("Salman", "Salman noted"), "salman"),
              ("m7", ("he", "improve,” he said"), "salman"),
              ("m8", ("Salman", "Salman said"), "salman"),
              ("m9", ("he", "he added"), "salman"),
              ("m10", ("Salman", "Salman dismissed"), "salman")],
    attributions=[("a1", "INDIRECT", "m1", "attributed",
                   "the T20I series defeat against Bangladesh to the team’s failure to fully execute their plans", None),
                  ("a2", "INDIRECT", "m1", "stressing",
                   "the pitches used in the series were not ideal for preparations ahead of the Asia Cup and World Cup", None),
                  ("a3", "INDIRECT", "m2", "emphasised",
                   "the team must perform in all conditions, but he does not expect to encounter similar pitches in the future", None),
                  ("a4", "DIRECT", "m3", ("noted", "he noted"),
                   seg(T, "These pitches are not ideal for preparing", "the way we should have,"), None),
                  ("a5", "INDIRECT", "m4", "admitted", "the main reason for the defeat was the lack of execution of plans", None),
                  ("a6", "DIRECT", "m5", ("said", "perform,” he said"),
                   seg(T, "I don’t think we’ll face", "our job is to perform,"), None),
                  ("a7", "INDIRECT", "m6", ("noted", "Salman noted"), "the team is still in the building process", None),
                  ("a8", "INDIRECT", "m6", "assured", "they are on the right track", None),
                  ("a9", "DIRECT", "m7", ("said", "improve,” he said"),
                   seg(T, "We had assessed things", "things will improve,"), None),
                  ("a10", "INDIRECT", "m8", "Acknowledging", "the lack of consistency in the team’s performance", None),
                  ("a11", "INDIRECT", "m8", ("said", "Salman said"), "they are working on it as consistency is key to success", None),
                  ("a12", "DIRECT", "m9", "added", seg(T, "Our consistency is not where", "more consistent,"), None),
                  ("a13", "INDIRECT", "m10", "Expressing satisfaction", "his performance as captain", None),
                  ("a14", "INDIRECT", "m10", "dismissed", "claims of a decline in his form", None),
                  ("a15", "INDIRECT", None, ("claims", "claims of a decline"), "a decline in his form", "a14")])

# ---------------------------------------------------------------------------------------
# Byline, the repeated headline and a photo caption are removed; the standfirst is kept and
# annotated. Cut after Chung's warning about the nurse; the stored copy breaks off in the next
# paragraph. The date is the page's (US Pacific time). Notes:
# - "Hanoi authorities fear ...": a belief with a named subject, included (FORMAT.md).
# - "was highlighted by city Chairman Nguyen Duc Chung": passive with its agent as the source.
# - "he proposed to Bach Mai Hospital managers and the Health Ministry officials to lock down ...":
#   nested in Chung's "said"; the addressee, a "to" phrase as after "told", is left out (the
#   "called on X to Y" rule keeps an object addressee only).
# - "the proposal was rejected" reports a decision, not a speech act: not a claim.
# - The steering committee members' "said" inside Chung's quotation is nested.
doc("vnexpress-hanoi-chief-bach-mai-outbreak-difficult-to-contain",
    url="http://e.vnexpress.net/news/news/covid-19-outbreak-at-hospital-difficult-to-contain-says-hanoi-chief-4076888.html",
    outlet="VnExpress International", country="Vietnam", topic="health-science", cut=True, published="2020-03-29",
    text=(T := "Coronavirus outbreak at hospital difficult to contain, says Hanoi chief\n"
          "Hanoi authorities fear the Covid-19 outbreak that began at Bach Mai Hospital would be difficult to control since it transferred 5,000 patients to other provinces.\n"
          "The risk of the coronavirus infection spreading from the hospital, which had 16 patients, was highlighted by city Chairman Nguyen Duc Chung at a conference Sunday.\n"
          "Upon learning that two nurses at Bach Mai, one of Vietnam's largest hospitals, had tested positive for the novel coronavirus on March 19, the city immediately identified everyone who had been in close contact with them to quarantine and test them, he said.\n"
          "Chung said that on March 19, he proposed to Bach Mai Hospital managers and the Health Ministry officials to lock down some departments, reduce the number of patients it receives, and keep patients already inside the hospital.\n"
          "But the proposal was rejected, and the hospital then transferred more than 5,000 of its patients to hospitals across northern localities, including nearly 1,600 to other hospitals in Hanoi.\n"
          "\"Members of the city steering committee for the prevention and control of the epidemic said the act of transferring patients to localities is no different from releasing chickens only to chase after them again,\" Chung said.\n"
          "Between March 19 and right until Bach Mai’s lockdown on March 28, thousands of people still entered and left the hospital every day, he said.\n"
          "Chung warned that a nurse at the hospital who later tested positive for Covid-19 had distributed drugs to around 2,000 HIV patients between March 9 and 14."),
    entities=[("chung", "Nguyen Duc Chung", "PERSON",
               ["Chung", "city Chairman Nguyen Duc Chung", "Hanoi chief"], "Chairman of the Hanoi People's Committee"),
              ("authorities", "Hanoi authorities", "GROUP", [], "Hanoi city authorities"),
              ("committee", "Members of the city steering committee for the prevention and control of the epidemic", "GROUP",
               [], "members of Hanoi's Covid-19 steering committee")],
    mentions=[("m1", "Hanoi chief", "chung"),
              ("m2", "Hanoi authorities", "authorities"),
              ("m3", "city Chairman Nguyen Duc Chung", "chung"),
              ("m4", ("he", "them, he said"), "chung"),
              ("m5", ("Chung", "Chung said that"), "chung"),
              ("m6", ("he", "he proposed"), "chung"),
              ("m7", "Members of the city steering committee for the prevention and control of the epidemic", "committee"),
              ("m8", ("Chung", "again,\" Chung said"), "chung"),
              ("m9", ("he", "every day, he said"), "chung"),
              ("m10", ("Chung", "Chung warned"), "chung")],
    attributions=[("a1", "INDIRECT", "m1", "says", "Coronavirus outbreak at hospital difficult to contain", None),
                  ("a2", "INDIRECT", "m2", "fear",
                   "the Covid-19 outbreak that began at Bach Mai Hospital would be difficult to control since it transferred 5,000 patients to other provinces", None),
                  ("a3", "INDIRECT", "m3", "highlighted",
                   "The risk of the coronavirus infection spreading from the hospital, which had 16 patients", None),
                  ("a4", "INDIRECT", "m4", ("said", "them, he said"),
                   seg(T, "Upon learning that two nurses", "to quarantine and test them"), None),
                  ("a5", "INDIRECT", "m5", ("said", "Chung said that"),
                   seg(T, "on March 19, he proposed", "already inside the hospital"), None),
                  ("a6", "INDIRECT", "m6", "proposed",
                   "to lock down some departments, reduce the number of patients it receives, and keep patients already inside the hospital", "a5"),
                  ("a7", "DIRECT", "m8", ("said", "again,\" Chung said"),
                   seg(T, "Members of the city steering committee", "chase after them again,"), None),
                  ("a8", "INDIRECT", "m7", ("said", "epidemic said"),
                   seg(T, "the act of transferring patients", "chase after them again"), "a7"),
                  ("a9", "INDIRECT", "m9", ("said", "every day, he said"),
                   seg(T, "Between March 19 and right until", "the hospital every day"), None),
                  ("a10", "INDIRECT", "m10", "warned",
                   seg(T, "a nurse at the hospital who later", "between March 9 and 14"), None)])

# ---------------------------------------------------------------------------------------
# The article is kept whole (an "About The Author" box after it is removed); the stored copy
# prints a double space in "Tonga’s  only", kept. The page gives no full date. Notes:
# - The headline's “a problem out of their control” is a quoted phrase with no speaker or cue:
#   not a claim, as the corpus leaves such headlines.
# - "The outage has been described as out of control": agentless passive, null source; content
#   "as out of control", as the corpus does for "what was described as ...".
# - "reportedly said “...”" and "said on Facebook today that “...”": the whole content is one
#   quotation, so DIRECT; "reportedly" is a hedge, "on Facebook" a medium, zdnet.com a medium
#   in "he told zdnet.com" but the source in "Zdnet said ...", whose following quotation with no
#   reporting clause continues it (null cue).
doc("kanivatonga-tonga-cable-outage-out-of-their-control",
    url="http://kanivatonga.nz/2019/01/tongas-communication-outage-a-problem-that-was-out-of-their-control/",
    outlet="Kaniva News", country="New Zealand", topic="technology", cut=False,
    text=(T := "Tonga’s communication outage “a problem out of their control”\n"
          "Digicel and Tonga Communication Corporation (TCC) customers across the kingdom were without internet amid a lengthy outage since Sunday 20 at about 8.30pm.\n"
          "Digicel and TCC were Tonga’s  only two internet and mobile phone providers.\n"
          "The outage has been described as out of control.\n"
          "Authorities said the outage was ongoing and no time frame was available for restoration of Tonga Cable’s service.\n"
          "Tonga Cable Director, Paula Piveni Piukala reportedly said “Tonga currently has no other internet or mobile phone connectivity to the outside world.”\n"
          "“Kacific’s satellite service ensures that essential services can be maintained as we work to resolve the issue,” he told zdnet.com.\n"
          "The president of Tonga Chamber of Commerce Paul Chapman said on Facebook today that “Tonga Cable was working hard to rectify the issues, out of their control, with the cable.”\n"
          "He said Tonga Communication Corporation teams had been working with their providers to increase capacity and working with their satellite provider and TCL and EziNet.\n"
          "He said TCL and TCC were trying to connect domestic fibre and increase satellite brand width as an option.\n"
          "“End of the day, all teams working on a solution, for a problem that was out of their control, but hope to have something in place. Meanwhile we still have internet at sites for #PTH #DatelineTransam via #EziNet (Tonga’s Satellite connection via Kacific)” he said.\n"
          "Zdnet said the subsea cable providing Tonga with broadband, the Tonga Cable, has been out since 20:30 local time on Sunday night, with the nation now relying on satellite internet instead.\n"
          "“Provided by Kacific, the nation’s digital connection to the outside world is now a Ku-band satellite accessed through local ISP Ezinet.”"),
    entities=[("authorities", "Authorities", "GROUP", [], "Tongan authorities"),
              ("piukala", "Paula Piveni Piukala", "PERSON",
               ["Piukala", "Tonga Cable Director, Paula Piveni Piukala"], "Director of Tonga Cable"),
              ("zdnet", "Zdnet", "ORGANIZATION", ["zdnet.com", "ZDNet"], "technology news site"),
              ("chapman", "Paul Chapman", "PERSON",
               ["Chapman", "The president of Tonga Chamber of Commerce Paul Chapman"], "president of Tonga Chamber of Commerce")],
    mentions=[("m1", "Authorities", "authorities"),
              ("m2", "Tonga Cable Director, Paula Piveni Piukala", "piukala"),
              ("m3", ("he", "he told"), "piukala"),
              ("m4", "zdnet.com", "zdnet"),
              ("m5", "The president of Tonga Chamber of Commerce Paul Chapman", "chapman"),
              ("m6", ("He", "He said Tonga Communication"), "chapman"),
              ("m7", ("He", "He said TCL"), "chapman"),
              ("m8", ("he", "Kacific)” he said"), "chapman"),
              ("m9", "Zdnet", "zdnet")],
    attributions=[("a1", "INDIRECT", None, "described", "as out of control", None),
                  ("a2", "INDIRECT", "m1", ("said", "Authorities said"),
                   "the outage was ongoing and no time frame was available for restoration of Tonga Cable’s service", None),
                  ("a3", "DIRECT", "m2", ("said", "reportedly said"),
                   "Tonga currently has no other internet or mobile phone connectivity to the outside world.", None),
                  ("a4", "DIRECT", "m3", "told",
                   "Kacific’s satellite service ensures that essential services can be maintained as we work to resolve the issue,", None),
                  ("a5", "DIRECT", "m5", ("said", "Chapman said"),
                   "Tonga Cable was working hard to rectify the issues, out of their control, with the cable.", None),
                  ("a6", "INDIRECT", "m6", ("said", "He said Tonga Communication"),
                   seg(T, "Tonga Communication Corporation teams", "TCL and EziNet"), None),
                  ("a7", "INDIRECT", "m7", ("said", "He said TCL"),
                   "TCL and TCC were trying to connect domestic fibre and increase satellite brand width as an option", None),
                  ("a8", "DIRECT", "m8", ("said", "Kacific)” he said"),
                   seg(T, "End of the day, all teams", "(Tonga’s Satellite connection via Kacific)"), None),
                  ("a9", "INDIRECT", "m9", ("said", "Zdnet said"),
                   seg(T, "the subsea cable providing Tonga", "satellite internet instead"), None),
                  ("a10", "DIRECT", "m9", None,
                   "Provided by Kacific, the nation’s digital connection to the outside world is now a Ku-band satellite accessed through local ISP Ezinet.", None)])

write("test11_c.jsonl")
