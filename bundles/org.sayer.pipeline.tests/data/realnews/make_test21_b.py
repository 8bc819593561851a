#!/usr/bin/env python3
"""Writes test21_b.jsonl: real-news gold, split test21-b (see gold.py). Run: python3 make_test21_b.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
# P.M. News (Nigeria). The stored copy breaks off inside the paragraph after Chiboka's
# ("“This is a community does not experience dry season, ..."), so the text is cut after it. Left
# out: the "Related News" line. The double spaces inside sentences are printed so in the stored
# copy and kept. Chiboka's sentence ("was only through.") is verbatim. Notes:
# - Headline "Lagos Community Protests Neglect" and the lead's "have protested X": "protested" takes
#   its object as content, as the corpus does for "protested the award of goal"; "Lagos Community"
#   and "Residents of Town Hall Street ..." (and "They", "the community") are one collective.
# - "protested what they described as Y": "what they described as Y" is nested in the protest, its
#   content the as-complement Y (as the corpus does for "an investigation into what they
#   described as unexplained data consumption").
# - "attributing it to ...": a reported opinion, as the corpus's "attributed X to Y".
# - The quotation "“The problem we have here ..." is left open at its paragraph end and reopened,
#   and no closing mark follows before the narration resumes ("Seffa also claimed"): one DIRECT
#   attribution over both paragraphs, ending at the paragraph end where the narration takes over,
#   continuing Seffa with a null cue (it has no reporting clause of its own).
# - "which the community wants the council to address urgently" inside Seffa's claim is a desire,
#   not a speech act or belief, and is not split off.
# - "told Lagos Bulletin": the paper is an addressee/medium, not content.
# - "He appealed to the council authority to construct ...": addressee kept, as the corpus does for
#   "appealed to X to Y" (seed a23/a24 "called on X to Y").
doc("pmnewsnigeria-lagos-ifelodun-residents-protest-neglect",
    url="https://pmnewsnigeria.com/2010/10/06/lagos-community-protests-neglect/",
    outlet="P.M. News", country="Nigeria", topic="local", cut=True, published="2010-10-06",
    text=(T := "Lagos Community Protests Neglect\n"
          "Residents of Town Hall Street in Ifelodun Local Council Development Area of Lagos State,  South West Nigeria, have protested what they described as lack of government presence in  their community, attributing it to the area council’s insensitivity to their plight.\n"
          "They also said that since the council has been established some years back, there has  been no government presence in terms of roads and water projects, among other social  amenities, while the Primary Health Centre (PHC) recently built by the present  administration cannot be accessed as a result of bad road.\n"
          "Alhaji Ibrahim Seffa, a resident, told Lagos Bulletin that the community decided to  embark on the protest after waiting in vain for government to extent the dividends of  democracy to them.\n"
          "Seffa claimed that the only drainage built by the council was done about seven years ago  and it is already in a state of collapse due to bad state of the road.\n"
          "“The problem we have here is that since the LCDA was established, it can not lay claim to  a single road to have been constructed or rehabilitated. The council built a health  centre here which we don’t have access to. We cannot use it because there is no road to  get there.\n"
          "“It is on this premise that we are here to make the chairman feel our problem and proffer  solution to it.\n"
          "Seffa also claimed that for over 15 years, the community is usually flooded any time it  rains, another problem which the community wants the council to address urgently.\n"
          "He appealed to the council authority to construct roads in the area, especially the one  leading to the health centre, so that people may have access to the facility.\n"
          "Apostle Innocent Chiboka, another resident also said that the only development in the  community was only through."),
    entities=[("residents", "Residents of Town Hall Street", "GROUP",
               ["Lagos Community", "Residents of Town Hall Street in Ifelodun Local Council Development Area of Lagos State",
                "Residents"], "residents of Town Hall Street, Ifelodun LCDA, Lagos"),
              ("seffa", "Alhaji Ibrahim Seffa", "PERSON", ["Seffa", "Ibrahim Seffa", "Alhaji Ibrahim Seffa, a resident"],
               "resident of Town Hall Street"),
              ("chiboka", "Apostle Innocent Chiboka", "PERSON", ["Chiboka", "Innocent Chiboka"],
               "resident of Town Hall Street")],
    mentions=[("m1", "Lagos Community", "residents"),
              ("m2", "Residents of Town Hall Street in Ifelodun Local Council Development Area of Lagos State", "residents"),
              ("m3", ("they", "what they described"), "residents"),
              ("m4", ("They", "They also said"), "residents"),
              ("m5", "Alhaji Ibrahim Seffa, a resident", "seffa"),
              ("m6", ("the community", "the community decided"), "residents"),
              ("m7", ("Seffa", "Seffa claimed that the only"), "seffa"),
              ("m8", ("Seffa", "Seffa also claimed"), "seffa"),
              ("m9", ("the community", "the community wants"), "residents"),
              ("m10", ("He", "He appealed"), "seffa"),
              ("m11", "Apostle Innocent Chiboka", "chiboka")],
    attributions=[("a1", "INDIRECT", "m1", "Protests", "Neglect", None),
                  ("a2", "INDIRECT", "m2", "protested",
                   seg(T, "what they described as lack", "their community"), None),
                  ("a3", "INDIRECT", "m3", "described", seg(T, "lack of government presence", "their community"), "a2"),
                  ("a4", "INDIRECT", "m2", "attributing", "it to the area council’s insensitivity to their plight", None),
                  ("a5", "INDIRECT", "m4", ("said", "They also said"),
                   seg(T, "since the council has been established", "as a result of bad road"), None),
                  ("a6", "INDIRECT", "m5", "told",
                   seg(T, "the community decided to", "democracy to them"), None),
                  ("a7", "INDIRECT", "m7", ("claimed", "Seffa claimed that the only"),
                   seg(T, "the only drainage built", "bad state of the road"), None),
                  ("a8", "DIRECT", "m7", None, seg(T, "The problem we have here", "proffer  solution to it."), None),
                  ("a9", "INDIRECT", "m8", ("claimed", "Seffa also claimed"),
                   seg(T, "for over 15 years", "to address urgently"), None),
                  ("a10", "INDIRECT", "m10", "appealed to",
                   seg(T, "the council authority to construct", "access to the facility"), None),
                  ("a11", "INDIRECT", "m11", ("said", "resident also said"),
                   seg(T, "the only development in the", "was only through"), None)])

# ---------------------------------------------------------------------------------------
# EG24 News (Egypt), an English rendering of a FilGoal story. The stored copy breaks off inside
# the paragraph after "declared 3 red cards." ("Pyramids raised its score to point 26 in third
# place in the"), so the text is cut there. The headline is kept as printed, with its
# "FilGoal | News |" prefix. The page gives only the month (2020/01) in its address, no date.
# Notes:
# - Headline "Egypt Club coach: Abdullah Al-Saeed said to the referee: “If a man expels me”": a
#   colon headline (null cue, the coach as source); its content combines unquoted and quoted words,
#   so MIXED, and Al-Saeed's quoted words are nested in it (DIRECT, cue "said"; "to the referee" is
#   an addressee).
# - "attacked the referee ..., Tarek Magdy, who expelled ...": evaluative reporting with the target
#   NP as content, its relative clause included (corpus: "slammed Senegalese referee Adalbert
#   Diouf who took charge of ...").
# - "told Cairo and Al-Nas" / "statements to MBC Egypt": programmes and channels are media.
# - The quotation "“How do I complete the match ...”" has no reporting clause: it continues "he"
#   of the previous paragraph with a null cue.
# - "The team players have informed me that X" inside the coach's quotation is nested speech of the
#   players (addressee "me" left out); inside it, "Abdullah Al-Saeed said to the referee (if a man
#   expels me)" is nested again: the words stand in parentheses, not quotation marks, so INDIRECT.
#   "Abdullah shouted in the face of the referee" has no content and is not annotated.
# - "when he waved his hands to protest the ruling decisions", inside the coach's question, is
#   Tariq Hamid's protest nested there, content "the ruling decisions" (as the corpus's "protested
#   the award of goal"). The habitual "making ... stronger protests against the referees" has no
#   content (the referees are its addressees), so it is not annotated.
# - "Tariq Hamed" and "Tariq Hamid" are one player (misspelt variant as alias).
doc("eg24-egypt-club-coach-attacks-referee-pyramids",
    url="https://www.eg24.news/2020/01/filgoal-news-egypt-club-coach-abdullah-al-saeed-said-to-the-referee-if-a-man-expels-me.html",
    outlet="EG24 News", country="Egypt", topic="sport", cut=True,
    text=(T := "FilGoal | News | Egypt Club coach: Abdullah Al-Saeed said to the referee: “If a man expels me”\n"
          "Abdel Nasser Mohamed, the coach of the Egypt Club, attacked the referee of his team’s match against Pyramids, Tarek Magdy, who expelled 3 players from his team in the 2-1 victory for the guests.\n"
          "“What happened against Pyramids has nothing to do with football,” Mohamed told Cairo and Al-Nas after the end of the match.\n"
          "He added, “No referee can expel 3 players from Al-Ahly or Zamalek. The referee was unable to expel Abdullah Al-Saeed.”\n"
          "“Ahmed Fathi, Tariq Hamed and many players are making strong interventions and stronger protests against the referees, but no one can touch them,” he stressed.\n"
          "“How do I complete the match with 7 players, before the Football Association implemented the video technology (the world will be ruined)?”\n"
          "In subsequent statements to MBC Egypt, he said: “Can a referee fire 3 players at once from Al Ahly, Zamalek or Pyramids … of course not, but it happens to us because we are a team without back.”\n"
          "He added, “The referee was not able to fire Abdullah Al-Saeed, who assaulted elbow in the face of the Egypt player.”\n"
          "The coach of Egypt revealed, “The team players have informed me that Abdullah Al-Saeed said to the referee (if a man expels me), Abdullah shouted in the face of the referee and did not expel him.”\n"
          "“Can any referee be able to show the second yellow card in the face of Tariq Hamid when he waved his hands to protest the ruling decisions?” Abdel Nasser Mohamed asked.\n"
          "“I trust that God will compensate us, because we are doing well,” he concluded.\n"
          "In one of the most exciting games in the Egyptian league this season, Pyramids turned back from a goal against Egypt Club to win two goals in the 15th round of the competition.\n"
          "Pyramids won the match at the War College stadium, witnessed many hot and exciting events and declared 3 red cards."),
    entities=[("mohamed", "Abdel Nasser Mohamed", "PERSON",
               ["Mohamed", "Egypt Club coach", "Abdel Nasser Mohamed, the coach of the Egypt Club", "The coach of Egypt"],
               "coach of Egypt Club"),
              ("saeed", "Abdullah Al-Saeed", "PERSON", ["Al-Saeed", "Abdullah"], "player"),
              ("players", "The team players", "GROUP", [], "players of Egypt Club"),
              ("hamid", "Tariq Hamid", "PERSON", ["Tariq Hamed", "Hamid", "Hamed"], "player")],
    mentions=[("m1", "Egypt Club coach", "mohamed"),
              ("m2", ("Abdullah Al-Saeed", "Abdullah Al-Saeed said to the referee: “If"), "saeed"),
              ("m3", "Abdel Nasser Mohamed, the coach of the Egypt Club", "mohamed"),
              ("m4", ("Mohamed", "Mohamed told"), "mohamed"),
              ("m5", ("He", "He added, “No referee"), "mohamed"),
              ("m6", ("Abdullah Al-Saeed", "expel Abdullah Al-Saeed.”"), "saeed"),
              ("m7", "Tariq Hamed", "hamid"),
              ("m8", ("he", "he stressed"), "mohamed"),
              ("m9", ("he", "he said: “Can"), "mohamed"),
              ("m10", ("He", "He added, “The referee was not"), "mohamed"),
              ("m11", ("Abdullah Al-Saeed", "fire Abdullah Al-Saeed"), "saeed"),
              ("m12", "The coach of Egypt", "mohamed"),
              ("m13", "The team players", "players"),
              ("m14", ("Abdullah Al-Saeed", "that Abdullah Al-Saeed said"), "saeed"),
              ("m15", ("Abdullah", "), Abdullah shouted"), "saeed"),
              ("m16", "Tariq Hamid", "hamid"),
              ("m17", ("he", "he waved"), "hamid"),
              ("m18", ("Abdel Nasser Mohamed", "Abdel Nasser Mohamed asked"), "mohamed"),
              ("m19", ("he", "he concluded"), "mohamed")],
    attributions=[("a1", "MIXED", "m1", None, "Abdullah Al-Saeed said to the referee: “If a man expels me”", None),
                  ("a2", "DIRECT", "m2", ("said", "Al-Saeed said to the referee: “If"), "If a man expels me", "a1"),
                  ("a3", "INDIRECT", "m3", "attacked",
                   seg(T, "the referee of his team’s match", "victory for the guests"), None),
                  ("a4", "DIRECT", "m4", ("told", "Mohamed told"),
                   "What happened against Pyramids has nothing to do with football,", None),
                  ("a5", "DIRECT", "m5", ("added", "He added, “No referee"),
                   seg(T, "No referee can expel", "unable to expel Abdullah Al-Saeed."), None),
                  ("a6", "DIRECT", "m8", "stressed", seg(T, "Ahmed Fathi, Tariq Hamed", "no one can touch them,"), None),
                  ("a7", "DIRECT", "m8", None, seg(T, "How do I complete the match", "(the world will be ruined)?"), None),
                  ("a8", "DIRECT", "m9", ("said", "he said: “Can"),
                   seg(T, "Can a referee fire 3 players", "a team without back."), None),
                  ("a9", "DIRECT", "m10", ("added", "He added, “The referee was not"),
                   seg(T, "The referee was not able", "face of the Egypt player."), None),
                  ("a10", "DIRECT", "m12", "revealed",
                   seg(T, "The team players have informed", "did not expel him."), None),
                  ("a11", "INDIRECT", "m13", "informed",
                   seg(T, "Abdullah Al-Saeed said to the referee (if", "did not expel him"), "a10"),
                  ("a12", "INDIRECT", "m14", ("said", "Al-Saeed said to the referee (if"), "if a man expels me", "a11"),
                  ("a13", "DIRECT", "m18", "asked",
                   seg(T, "Can any referee be able", "the ruling decisions?"), None),
                  ("a14", "INDIRECT", "m17", ("protest", "to protest the ruling"), "the ruling decisions", "a13"),
                  ("a15", "DIRECT", "m19", "concluded",
                   "I trust that God will compensate us, because we are doing well,", None)])

# ---------------------------------------------------------------------------------------
# Kenya Tribune (Kenya). The stored copy breaks off inside the next paragraph ("Recently,
# horticultural farmers in Laikipia"), so the text is cut after Gathoni's paragraph. No date is
# given. Notes:
# - Headline "... Raise Alarm Over River Pollution" and "raised an alarm over X": cue the alarm
#   phrase, content its object without the linking "over" (corpus: "raises alarm" → "river
#   protection").
# - "Environmental stakeholders", "the environmentalists" and the "we"/"our" of the stakeholders in
#   Hapisha's quotations are one collective: the quotation's "We have collected ... 20 tonnes" is
#   the clean-up the stakeholders did ("they had collected over 20 tonnes").
# - "Speaking in Nanyuki after a clean-up exercise ...": an adjunct of the reporting event.
# - Inside Hapisha's quotations, "our message to the public is that X" and "we are telling the
#   people of Laikipia that X" are speech acts of her side nested there (as the corpus's "I told
#   my players ..." / "We confirmed that ..."); the addressees are left out.
# - "She added that “...”": the whole content is one quotation, so DIRECT, without the marks.
# - "cautioned against human activities ...": the cue is "cautioned", and "against" only links it
#   (as "complained about noise" → "noise").
# - "urged"/"appealed to"/"are asking" the county government to ...: the addressee is kept (seed
#   a23/a24 "called on X to Y"). "at the same time" stands before the cue and is outside.
# - "we are asking ..." inside the chairperson's quotation: "we" is the Water Resource Authority
#   named as the subject of the clause before it, an entity of its own.
doc("kenyatribune-laikipia-stakeholders-river-pollution-alarm",
    url="https://www.kenyatribune.com/environmental-stakeholders-raise-alarm-over-river-pollution/",
    outlet="Kenya Tribune", country="Kenya", topic="environment", cut=True,
    text=(T := "Environmental Stakeholders Raise Alarm Over River Pollution\n"
          "Environmental stakeholders in Laikipia County have raised an alarm over major river pollution in urban centres.\n"
          "Speaking in Nanyuki after a clean-up exercise of Nanyuki and Likii rivers where they had collected over 20 tonnes of solid waste within a span of two hours, the environmentalists said besides the ongoing drought, rivers pollution has contributed to people living downstream lacking water for domestic use.\n"
          "“We have collected a lot of dirt amounting to 20 tonnes and our message to the public is that we are not doing good on the issue of rivers’ conservation,” Aberdare National Park Assistant Director Ms Elema Hapisha decried.\n"
          "She added that “We depend on these rivers for domestic, wildlife and economic use and therefore, we are telling the people of Laikipia that let us partner so that we are able to conserve our rivers for the sake of our own environment and health.”\n"
          "Ms Hapisha noted that the environment should be prioritised and cautioned against human activities that pollute the ecosystem.\n"
          "Water Resource Authority (WRUA) National Chairperson Julius Kiriinya urged the county government to evict people who had built permanent houses along the riparian land and at the same time appealed to the county government to allocate funds to boost their effort on water catchment areas’ protection.\n"
          "“Water Resource Authority is not able to contain pollution, so we are asking the county government to come up with a structure to help us clean these two rivers of Nanyuki and Likii,” urged the chairperson.\n"
          "Kiriinya further pointed out that cutting trees and overgrazing in water sources had caused some rivers to dry up. However, he revealed they could be rehabilitated.\n"
          "Laikipia Wildlife Forum officer Susan Gathoni said plans were underway to sensitize residents on proper waste disposal and management aimed at ensuring the environment is protected."),
    entities=[("stakeholders", "Environmental stakeholders in Laikipia County", "GROUP",
               ["Environmental Stakeholders", "Environmental stakeholders", "the environmentalists", "environmentalists"],
               "environmental stakeholders of Laikipia County"),
              ("hapisha", "Elema Hapisha", "PERSON",
               ["Hapisha", "Ms Hapisha", "Ms Elema Hapisha", "Aberdare National Park Assistant Director Ms Elema Hapisha"],
               "Assistant Director, Aberdare National Park"),
              ("kiriinya", "Julius Kiriinya", "PERSON", ["Kiriinya", "the chairperson"],
               "National Chairperson of the Water Resource Authority (WRUA)"),
              ("wra", "Water Resource Authority", "ORGANIZATION", [], "Kenya's water resource authority"),
              ("gathoni", "Susan Gathoni", "PERSON", ["Gathoni", "Laikipia Wildlife Forum officer Susan Gathoni"],
               "officer of the Laikipia Wildlife Forum")],
    mentions=[("m1", "Environmental Stakeholders", "stakeholders"),
              ("m2", "Environmental stakeholders in Laikipia County", "stakeholders"),
              ("m3", "the environmentalists", "stakeholders"),
              ("m4", ("our", "our message"), "stakeholders"),
              ("m5", "Aberdare National Park Assistant Director Ms Elema Hapisha", "hapisha"),
              ("m6", ("She", "She added"), "hapisha"),
              ("m7", ("we", "we are telling"), "stakeholders"),
              ("m8", ("Ms Hapisha", "Ms Hapisha noted"), "hapisha"),
              ("m9", "Water Resource Authority (WRUA) National Chairperson Julius Kiriinya", "kiriinya"),
              ("m10", ("Water Resource Authority", "Water Resource Authority is not"), "wra"),
              ("m11", ("we", "we are asking"), "wra"),
              ("m12", "the chairperson", "kiriinya"),
              ("m13", ("Kiriinya", "Kiriinya further"), "kiriinya"),
              ("m14", ("he", "he revealed"), "kiriinya"),
              ("m15", "Laikipia Wildlife Forum officer Susan Gathoni", "gathoni")],
    attributions=[("a1", "INDIRECT", "m1", "Raise Alarm", "River Pollution", None),
                  ("a2", "INDIRECT", "m2", "raised an alarm", "major river pollution in urban centres", None),
                  ("a3", "INDIRECT", "m3", ("said", "environmentalists said"),
                   seg(T, "besides the ongoing drought", "water for domestic use"), None),
                  ("a4", "DIRECT", "m5", "decried", seg(T, "We have collected a lot", "rivers’ conservation,"), None),
                  ("a5", "INDIRECT", "m4", ("message", "our message"),
                   "we are not doing good on the issue of rivers’ conservation", "a4"),
                  ("a6", "DIRECT", "m6", ("added", "She added"),
                   seg(T, "We depend on these rivers", "own environment and health."), None),
                  ("a7", "INDIRECT", "m7", "telling",
                   seg(T, "let us partner", "own environment and health"), "a6"),
                  ("a8", "INDIRECT", "m8", "noted", "the environment should be prioritised", None),
                  ("a9", "INDIRECT", "m8", "cautioned", "human activities that pollute the ecosystem", None),
                  ("a10", "INDIRECT", "m9", ("urged", "Kiriinya urged"),
                   seg(T, "the county government to evict", "along the riparian land"), None),
                  ("a11", "INDIRECT", "m9", "appealed to",
                   seg(T, "the county government to allocate", "water catchment areas’ protection"), None),
                  ("a12", "DIRECT", "m12", ("urged", "urged the chairperson"),
                   seg(T, "Water Resource Authority is not", "rivers of Nanyuki and Likii,"), None),
                  ("a13", "INDIRECT", "m11", ("asking", "we are asking"),
                   seg(T, "the county government to come up", "rivers of Nanyuki and Likii"), "a12"),
                  ("a14", "INDIRECT", "m13", "pointed out",
                   seg(T, "cutting trees and overgrazing", "some rivers to dry up"), None),
                  ("a15", "INDIRECT", "m14", "revealed", "they could be rehabilitated", None),
                  ("a16", "INDIRECT", "m15", ("said", "Gathoni said"),
                   seg(T, "plans were underway to sensitize", "the environment is protected"), None)])

# ---------------------------------------------------------------------------------------
# The Globe Online (Zambia). The stored page has no headline (its address reads "six suspects
# nabbed for gassing of in chingola"), so the text starts with its lead; the stored copy ends
# with the article. Notes:
# - "ZANIS reports that Mr Kapeso noted that A adding that B": the agency is the source of the
#   report (as "NAN reports that ..." in the corpus), and Kapeso's two claims are nested in it.
# - "20 names have already been named in connection with the same matter" and "the 20 names
#   mentioned": identification of suspects (an action) and a participle with no finite
#   reporting verb; not annotated.
# - "thanked government for having given ...": evaluative reporting, content "X for Y" (corpus).
# - "issued a stern warning against civilians who ...": noun cue "warning", "against" only links
#   it. Inside it, "issuing statements concerning the arrest of the suspects" gives only a topic
#   ("concerning X"), no content, so it is not nested.
# - "has advised the general public to stop ...": addressee kept (corpus "advised the council to
#   refuse ..."); the "since ..." reason is part of what he advised.
# - "He said A ... adding that B": two claims (seed a18/a19).
doc("theglobeonline-chingola-gassing-six-suspects-nabbed",
    url="http://theglobeonline.news/uncategorized/six-suspects-nabbed-for-gassing-of-in-chingola/",
    outlet="The Globe Online", country="Zambia", topic="courts-crime", cut=False, published="2020-01-30",
    text=(T := "Police in Chingola, in coloration with the neigbourhood watch, yesterday nabbed six suspects in connection with the gassing of houses in Mutenda community in the outskirts of Chingola district on the Copperbelt province.\n"
          "Deputy Inspector General of police in charge of operations Bonny Kapeso says with the cooperation of the neigbourhood watch in the area, police arrested the suspects in Mutenda area between 10 and 18 hours yesterday.\n"
          "ZANIS reports that Mr Kapeso noted that among the six suspects five are men and the other one is a lady adding that they are all in police custody with all the instruments they were using.\n"
          "Addressing the media today at Chingola police station, Mr. Kapeso said the suspects who are between the ages of 18 and 26 years have new avenues of investigations were 20 names have already been named in connection with the same matter.\n"
          "Mr. Kapeso said the six that have been arrested and the 20 names mentioned will help in the investigations and zero in crime levels.\n"
          "The Deputy Inspector General has since thanked government for having given logistical support to the Zambia Police service to ensure that the exercise does not become a flop.\n"
          "Mr. Kapeso noted that with the funding police is now able to move around without any transport challenges within Chingola and outside the district.\n"
          "He has however issued a stern warning against civilians who are in a habit of issuing statements concerning the arrest of the suspects.\n"
          "Mr. Kapeso has advised the general public to stop making police statements since their operations are strictly in ensuring national peace and harmony.\n"
          "He said only police officers shall become spokespersons and not civilians adding that they do not know how to manage the system."),
    entities=[("kapeso", "Bonny Kapeso", "PERSON",
               ["Kapeso", "Mr Kapeso", "Mr. Kapeso", "The Deputy Inspector General",
                "Deputy Inspector General of police in charge of operations Bonny Kapeso"],
               "Deputy Inspector General of Police in charge of operations, Zambia"),
              ("zanis", "ZANIS", "ORGANIZATION", [], "Zambia News and Information Services")],
    mentions=[("m1", "Deputy Inspector General of police in charge of operations Bonny Kapeso", "kapeso"),
              ("m2", "ZANIS", "zanis"),
              ("m3", "Mr Kapeso", "kapeso"),
              ("m4", ("Mr. Kapeso", "Mr. Kapeso said the suspects"), "kapeso"),
              ("m5", ("Mr. Kapeso", "Mr. Kapeso said the six"), "kapeso"),
              ("m6", "The Deputy Inspector General", "kapeso"),
              ("m7", ("Mr. Kapeso", "Mr. Kapeso noted"), "kapeso"),
              ("m8", ("He", "He has however"), "kapeso"),
              ("m9", ("Mr. Kapeso", "Mr. Kapeso has advised"), "kapeso"),
              ("m10", ("He", "He said only"), "kapeso")],
    attributions=[("a1", "INDIRECT", "m1", "says",
                   seg(T, "with the cooperation of the neigbourhood watch in the area", "between 10 and 18 hours yesterday"), None),
                  ("a2", "INDIRECT", "m2", "reports", seg(T, "Mr Kapeso noted", "the instruments they were using"), None),
                  ("a3", "INDIRECT", "m3", ("noted", "Kapeso noted that among"),
                   "among the six suspects five are men and the other one is a lady", "a2"),
                  ("a4", "INDIRECT", "m3", ("adding", "lady adding"),
                   "they are all in police custody with all the instruments they were using", "a2"),
                  ("a5", "INDIRECT", "m4", ("said", "Kapeso said the suspects"),
                   seg(T, "the suspects who are between", "in connection with the same matter"), None),
                  ("a6", "INDIRECT", "m5", ("said", "Kapeso said the six"),
                   seg(T, "the six that have been arrested", "zero in crime levels"), None),
                  ("a7", "INDIRECT", "m6", "thanked",
                   seg(T, "government for having given", "does not become a flop"), None),
                  ("a8", "INDIRECT", "m7", ("noted", "Kapeso noted that with"),
                   seg(T, "with the funding police", "outside the district"), None),
                  ("a9", "INDIRECT", "m8", "warning",
                   seg(T, "civilians who are in a habit", "the arrest of the suspects"), None),
                  ("a10", "INDIRECT", "m9", "advised",
                   seg(T, "the general public to stop", "national peace and harmony"), None),
                  ("a11", "INDIRECT", "m10", ("said", "He said only"),
                   "only police officers shall become spokespersons and not civilians", None),
                  ("a12", "INDIRECT", "m10", ("adding", "civilians adding"),
                   "they do not know how to manage the system", None)])

# ---------------------------------------------------------------------------------------
# Papalinc (Ghana: the outlet's country is taken from its Ghana-only coverage; the page does not
# state it). The stored page has no headline (its address reads "government threatens fines as
# telcos fail to deliver quality service"), so the text starts with its lead; the stored copy
# ends with the article. No date is given. Notes:
# - "has put telecom operators on notice: deliver better service or pay the price": a warning; the
#   cue is the whole reporting idiom "put telecom operators on notice" (its object is the
#   addressee, not content), content the clause after the colon.
# - "Speaking at a high-level meeting ...": an adjunct of the reporting event.
# - The second quotation of each paragraph ("“If you have ...”", "“The Ghanaian people ...”")
#   follows an interrupting reporting clause: same source, null cue.
# - "a National Communications Authority (NCA) report ..., which highlighted X": a document whose
#   author is named in its NP is a mention of the author (FORMAT.md, Documents); the cue sits in a
#   relative clause, so the source is its antecedent; findings are included.
# - "resources the minister insists should result in ...": a claim in a relative clause whose
#   subject is the relative gap, so the contiguous content starts at "should" (as the corpus does
#   for "in what the army described as Y").
# - "The warning follows ..." refers back to the minister's warning and adds no content.
# - "AT’s CEO promised X, urging Y": two claims; "urging the public to ..." keeps the addressee.
doc("papalinc-ghana-minister-warns-telcos-fines-service-quality",
    url="https://papalinc.com/government-threatens-fines-as-telcos-fail-to-deliver-quality-service",
    outlet="Papalinc", country="Ghana", topic="technology", cut=False,
    text=(T := "The Minister for Communication, Digital Technology, and Innovations, Samuel Nartey George, has put telecom operators on notice: deliver better service or pay the price.\n"
          "Speaking at a high-level meeting with the CEOs and technical teams of MTN, Telecel, and AT on Friday, May 30, Mr. George warned that operators who fail to improve network performance by the end of the year will face regulatory sanctions.\n"
          "“We are not dealing in sentiments; we are dealing in engineering,” he said. “If you have infrastructure in place but your service is poor, we must begin to take regulatory action.”\n"
          "The warning follows a National Communications Authority (NCA) report on 48 localities across Ghana, which highlighted widespread inconsistencies in service quality.\n"
          "Even in economically significant areas like East Legon and Amasaman, users experience call drops, poor data speeds, and network blackouts.\n"
          "By June 30, telcos must accept the newly allocated spectrum—resources the minister insists should result in visible improvements before December.\n"
          "Fines, if imposed, will not stay with regulators; 40 percent will go back to customers as compensation, either through bonus data or call time.\n"
          "“We know you can’t complete upgrades in three months, but we must see that the process has begun,” Mr. George stressed. “The Ghanaian people must feel the impact of the spectrum rollout by the end of this year.”\n"
          "In response, MTN Ghana revealed plans to invest $230 million this year, with an internal GH¢25 million budget set aside to recruit frontline staff and expand service centers.\n"
          "Telecel, for its part, is ramping up shop expansion and continuing network optimization. AT’s CEO promised visible improvements by the first quarter of next year, urging the public to judge the changes for themselves."),
    entities=[("george", "Samuel Nartey George", "PERSON",
               ["George", "Mr. George", "Sam George",
                "The Minister for Communication, Digital Technology, and Innovations, Samuel Nartey George",
                "the minister"], "Ghana's Minister for Communication, Digital Technology and Innovations"),
              ("nca", "National Communications Authority (NCA)", "ORGANIZATION",
               ["National Communications Authority", "NCA"], "Ghana's telecom regulator"),
              ("mtn", "MTN Ghana", "ORGANIZATION", ["MTN"], "mobile network operator"),
              ("atceo", "AT’s CEO", "PERSON", [], "chief executive of the operator AT")],
    mentions=[("m1", "The Minister for Communication, Digital Technology, and Innovations, Samuel Nartey George", "george"),
              ("m2", ("MTN", "teams of MTN"), "mtn"),
              ("m3", ("Mr. George", "Mr. George warned"), "george"),
              ("m4", ("he", "he said."), "george"),
              ("m5", "a National Communications Authority (NCA) report", "nca"),
              ("m6", "the minister", "george"),
              ("m7", ("Mr. George", "Mr. George stressed"), "george"),
              ("m8", "MTN Ghana", "mtn"),
              ("m9", "AT’s CEO", "atceo")],
    attributions=[("a1", "INDIRECT", "m1", "put telecom operators on notice", "deliver better service or pay the price", None),
                  ("a2", "INDIRECT", "m3", "warned",
                   seg(T, "operators who fail to improve", "face regulatory sanctions"), None),
                  ("a3", "DIRECT", "m4", ("said", "he said."), "We are not dealing in sentiments; we are dealing in engineering,", None),
                  ("a4", "DIRECT", "m4", None, seg(T, "If you have infrastructure", "take regulatory action."), None),
                  ("a5", "INDIRECT", "m5", "highlighted", "widespread inconsistencies in service quality", None),
                  ("a6", "INDIRECT", "m6", "insists", "should result in visible improvements before December", None),
                  ("a7", "DIRECT", "m7", "stressed", seg(T, "We know you can’t complete", "the process has begun,"), None),
                  ("a8", "DIRECT", "m7", None, seg(T, "The Ghanaian people must feel", "by the end of this year."), None),
                  ("a9", "INDIRECT", "m8", ("revealed", "Ghana revealed"),
                   seg(T, "plans to invest $230 million", "expand service centers"), None),
                  ("a10", "INDIRECT", "m9", "promised", "visible improvements by the first quarter of next year", None),
                  ("a11", "INDIRECT", "m9", "urging", "the public to judge the changes for themselves", None)])

# ---------------------------------------------------------------------------------------
# Yemen Online (Yemen), a story of Asharq Al-Awsat. Left out: the credit "A.awsat" printed on
# after the last sentence ("Iran.A.awsat") and the teasers of other stories after it; the article
# ends there. No date is given. Notes:
# - Headline "Yemeni Govt. Dismisses Houthi Declaration of Ending Attacks ...": "Dismisses" with
#   its object as content; inside it, the noun cue "Declaration" whose claimant is named by the
#   modifier "Houthi" (as the possessive "her call" in the corpus), "of" only linking it.
# - "the recent announcement by the Houthis that ...": noun cue nested in the government's claim.
#   "another lie spewed by the ... militias" repeats that announcement and is not a second claim.
# - "in a statement to Asharq Al-Awsat": a medium.
# - "hinted that an international party had urged the Houthis to ...": the urging is nested, the
#   addressee kept (as "urged X to Y"); "as part of a broader tactical scheme" is read as an
#   adjunct of the urging and left out. In the quotation, "an international party or body that has
#   advised the Houthis to ..." is the same party (source: the antecedent of the relative clause).
# - "accusing the militias of being ...": content "X of Y", as the corpus's "accused X of Y".
# - "the latest crime claimed by the Houthis": a participle with no finite reporting verb, not
#   annotated; "The claim has however, been dismissed by Riyadh, the United States and ...": the
#   passive's subject is what is dismissed, so the content is "The claim"; the coordinated agent is
#   one GROUP, and so is "Saudi Arabia, the US and Britain" of the last sentence.
# - "have pointed their fingers at Iran": an accusation; cue the idiom with its linking "at", as
#   "called for".
doc("yemenonline-govt-dismisses-houthi-declaration-ending-attacks",
    url="https://yemenonline.info/public/index.php/politics/2421",
    outlet="Yemen Online", country="Yemen", topic="politics", cut=False,
    text=(T := "Yemeni Govt. Dismisses Houthi Declaration of Ending Attacks against Saudi Arabia\n"
          "Yemen’s internationally-recognized government said that the recent announcement by the Houthis that they were ending attacks against Saudi Arabia was another lie spewed by the Iran-backed terror militias.\n"
          "Last week, the Houthi president of the Supreme Political Council Mahdi al-Mashat announced that the militias were halting all ballistic missile and drone strikes against the Kingdom.\n"
          "Yemeni government spokesman Rajeh Badi, in a statement to Asharq Al-Awsat, hinted that an international party had urged the Houthis to make such an announcement as part of a broader tactical scheme.\n"
          "“It seems that there is an international party or body that has advised the Houthis to launch a fake initiative to achieve some tactical goals for them,” he said.\n"
          "“This is not the first time Houthis make such lies,” he added, accusing the militias of being deceitful and violent criminals.\n"
          "Badi stressed it will only be a matter of days before the so-called initiative is shelved next to other Houthi lies and understandings they have reneged.\n"
          "The September 14 attack against Saudi Aramco oil facilities in Abqaiq and Khurais was the latest crime claimed by the Houthis against the Kingdom. The claim has however, been dismissed by Riyadh, the United States and the majority of western powers.\n"
          "Saudi Arabia, the US and Britain have pointed their fingers at Iran."),
    entities=[("govt", "Yemen’s internationally-recognized government", "ORGANIZATION",
               ["Yemeni Govt.", "Yemeni Govt"], "Government of Yemen"),
              ("houthis", "the Houthis", "GROUP",
               ["Houthis", "Houthi", "the militias", "the Iran-backed terror militias"], "Yemen's Houthi movement"),
              ("mashat", "Mahdi al-Mashat", "PERSON", ["al-Mashat", "Mashat"],
               "Houthi president of the Supreme Political Council"),
              ("badi", "Rajeh Badi", "PERSON", ["Badi", "Yemeni government spokesman Rajeh Badi"],
               "Yemeni government spokesman"),
              ("party", "an international party", "ORGANIZATION", ["an international party or body"],
               "unnamed international party"),
              ("dismissers", "Riyadh, the United States and the majority of western powers", "GROUP", [],
               "Saudi Arabia, the US and most Western powers"),
              ("accusers", "Saudi Arabia, the US and Britain", "GROUP", [], "Saudi Arabia, the US and Britain")],
    mentions=[("m1", "Yemeni Govt.", "govt"),
              ("m2", ("Houthi", "Houthi Declaration"), "houthis"),
              ("m3", "Yemen’s internationally-recognized government", "govt"),
              ("m4", ("the Houthis", "the Houthis that they"), "houthis"),
              ("m5", "the Iran-backed terror militias", "houthis"),
              ("m6", "the Houthi president of the Supreme Political Council Mahdi al-Mashat", "mashat"),
              ("m7", ("the militias", "the militias were halting"), "houthis"),
              ("m8", "Yemeni government spokesman Rajeh Badi", "badi"),
              ("m9", ("an international party", "an international party had urged"), "party"),
              ("m10", ("the Houthis", "the Houthis to make"), "houthis"),
              ("m11", "an international party or body", "party"),
              ("m12", ("the Houthis", "the Houthis to launch"), "houthis"),
              ("m13", ("he", "he said."), "badi"),
              ("m14", ("Houthis", "time Houthis"), "houthis"),
              ("m15", ("he", "he added"), "badi"),
              ("m16", ("the militias", "the militias of being"), "houthis"),
              ("m17", ("Badi", "Badi stressed"), "badi"),
              ("m18", ("the Houthis", "the Houthis against"), "houthis"),
              ("m19", "Riyadh, the United States and the majority of western powers", "dismissers"),
              ("m20", "Saudi Arabia, the US and Britain", "accusers")],
    attributions=[("a1", "INDIRECT", "m1", "Dismisses", "Houthi Declaration of Ending Attacks against Saudi Arabia", None),
                  ("a2", "INDIRECT", "m2", "Declaration", "Ending Attacks against Saudi Arabia", "a1"),
                  ("a3", "INDIRECT", "m3", ("said", "government said"),
                   seg(T, "the recent announcement by the Houthis", "the Iran-backed terror militias"), None),
                  ("a4", "INDIRECT", "m4", ("announcement", "recent announcement"), "they were ending attacks against Saudi Arabia", "a3"),
                  ("a5", "INDIRECT", "m6", "announced",
                   "the militias were halting all ballistic missile and drone strikes against the Kingdom", None),
                  ("a6", "INDIRECT", "m8", "hinted",
                   seg(T, "an international party had urged", "a broader tactical scheme"), None),
                  ("a7", "INDIRECT", "m9", "urged", "the Houthis to make such an announcement", "a6"),
                  ("a8", "DIRECT", "m13", ("said", "he said."),
                   seg(T, "It seems that there is", "tactical goals for them,"), None),
                  ("a9", "INDIRECT", "m11", "advised",
                   "the Houthis to launch a fake initiative to achieve some tactical goals for them", "a8"),
                  ("a10", "DIRECT", "m15", ("added", "he added"), "This is not the first time Houthis make such lies,", None),
                  ("a11", "INDIRECT", "m15", "accusing", "the militias of being deceitful and violent criminals", None),
                  ("a12", "INDIRECT", "m17", "stressed",
                   seg(T, "it will only be a matter of days", "understandings they have reneged"), None),
                  ("a13", "INDIRECT", "m19", "dismissed", "The claim", None),
                  ("a14", "INDIRECT", "m20", "pointed their fingers at", ("Iran", "at Iran."), None)])

write("test21_b.jsonl")
