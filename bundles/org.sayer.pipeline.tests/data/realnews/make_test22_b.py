#!/usr/bin/env python3
"""Writes test22_b.jsonl: real-news gold, split test22-b (see gold.py). Run: python3 make_test22_b.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
# GroundUp (South Africa). The stored print page has no headline (it starts with the date,
# 20 October 2016), so the text starts with the lead; it is cut where the stored copy breaks off
# ("Attempts by GroundUp ...").
# Notes:
# - "Some shouted: “Sindi must fall”": a chant is DIRECT speech of the crowd; "Some" is a subset
#   of the residents and so its own entity (FORMAT.md, Groups and Coreference).
# - "A water tanker supplies the area, but, the residents said, it is not healthy": the first
#   clause is the reporter's own statement; the residents' claim is only "it is not healthy", which
#   follows the parenthetical clause ("but" is a connective and stays out).
# - "Sometimes other areas don’t receive water at all ..., said Nomkhosi Gumede." is printed with
#   no quotation marks: INDIRECT (marks as printed); the quotation that follows has its own
#   "said Gumede". Inside it, "we have complained about that" is a nested claim of the residents
#   ("complained about noise" → "noise", so the content is the demonstrative "that").
# - "Ntombifuthi Mlaba, 67, said she is struggling: “…”": "said she is struggling" is one claim;
#   the quotation after the colon has no reporting clause of its own and continues her (null cue),
#   as a quotation that follows "Minister Sadi said it was a huge success." does in test7.
# - "Residents protested against Gwala" reports a protest with no content (an action, not a claim).
doc("groundup-imbali-residents-without-water-protest",
    url="https://groundup.news/article-print/state-unresponsive-imbali-residents-lack-water",
    outlet="GroundUp", country="South Africa", topic="local", cut=True, published="2016-10-20",
    text=(T := "Residents in Imbali (Unit 14 and Unit BB), Pietermaritzburg have been without a water supply since February. Frustration boiled over last week when protesters blocked roads with stones and burning tyres.\n"
          "The protest started at a local clinic and ended at the house of ward councillor Sindisiwe Gwala. Residents stood outside Gwala’s house despite the rainy weather. They sang and demanded she address them. Some shouted: “Sindi must fall”. Residents who were part of the protest told GroundUp that the thirst for water have made their life difficult. A water tanker supplies the area, but, the residents said, it is not healthy.\n"
          "Sometimes other areas don’t receive water at all and we are tired of that, said Nomkhosi Gumede. “It’s not the first time we have protested for water. The ward councillor knows our problem but she has no answers on the matter. [The] water tanker supplies water ‘sometimes’. … It is dirty water. Sometimes the water has rust and fur. We don’t know whether that’s dog or cat fur. … we have complained about that and no one cares to listen. Even after her elections as ward councillor she has never called a meeting to discuss on how are we going to work together. … how are we supposed to work with her when she doesn’t do her duties? She has water in her house but we have no water for months now,” said Gumede.\n"
          "Gwala is the ward councillor for the second time in the ward. Residents protested against Gwala before the local government elections as they did not want her to have a second term.\n"
          "Ntombifuthi Mlaba, 67, said she is struggling: “I live with children and I’m the one who is supposed to fetch water from the water tanker when the children are in school. I’m old and sick and when the children are not around life is difficult. The place where the water tanker arrives is far away from my house. We are not fighting with the ward councillor but we want her to attend to our basic needs.”"),
    entities=[("residents", "Residents in Imbali", "GROUP", ["Residents", "the residents", "protesters"],
               "residents of Imbali Unit 14 and Unit BB, Pietermaritzburg"),
              ("some", "Some", "GROUP", [], "some of the protesting residents"),
              ("gumede", "Nomkhosi Gumede", "PERSON", ["Gumede"], "Imbali resident"),
              ("mlaba", "Ntombifuthi Mlaba", "PERSON", ["Mlaba"], "Imbali resident, 67")],
    mentions=[("m1", ("Residents", "Residents in Imbali"), "residents"),
              ("m2", ("protesters", "when protesters blocked"), "residents"),
              ("m3", ("Residents", "Residents stood outside"), "residents"),
              ("m4", ("They", "They sang and demanded"), "residents"),
              ("m5", ("Some", "Some shouted"), "some"),
              ("m6", ("Residents", "Residents who were part"), "residents"),
              ("m7", ("the residents", "the residents said"), "residents"),
              ("m8", "Nomkhosi Gumede", "gumede"),
              ("m9", ("we", "we have complained about that"), "residents"),
              ("m10", ("Gumede", "said Gumede"), "gumede"),
              ("m11", ("Residents", "Residents protested against"), "residents"),
              ("m12", "Ntombifuthi Mlaba", "mlaba")],
    attributions=[("a1", "INDIRECT", "m4", "demanded", "she address them", None),
                  ("a2", "DIRECT", "m5", "shouted", "Sindi must fall", None),
                  ("a3", "INDIRECT", "m6", ("told", "told GroundUp"),
                   "the thirst for water have made their life difficult", None),
                  ("a4", "INDIRECT", "m7", ("said", "the residents said"), "it is not healthy", None),
                  ("a5", "INDIRECT", "m8", ("said", "said Nomkhosi"),
                   "Sometimes other areas don’t receive water at all and we are tired of that", None),
                  ("a6", "DIRECT", "m10", ("said", "said Gumede"),
                   seg(T, "It’s not the first time", "no water for months now,"), None),
                  ("a7", "INDIRECT", "m9", ("complained", "we have complained"),
                   ("that", "that and no one cares"), "a6"),
                  ("a8", "INDIRECT", "m12", ("said", "67, said"), "she is struggling", None),
                  ("a9", "DIRECT", "m12", None, seg(T, "I live with children", "our basic needs."), None)])

# ---------------------------------------------------------------------------------------
# New Zimbabwe (Zimbabwe). Removed: "Spread This News" and the byline "By Court Reporter". The page
# gives no date. Cut where the stored copy breaks off inside the paragraph after "Activists deny
# charges".
# Notes:
# - Headline "COURT Shocker: Prosecutors say ...": "COURT Shocker" is a topic label before the
#   colon (FORMAT.md, Headlines); source "Prosecutors", cue "say".
# - "The claim was made by prosecutor Michael Reza" refers back to the lead's claim and has no
#   content of its own: not annotated ("prosecutor Michael Reza" is a non-source mention). "as he
#   opposed bail for the 27 suspects" is annotated with its noun-phrase content, as the corpus does
#   for "opposed X" and "defended X" ("before magistrate ..." is an adjunct of the event).
# - The quotation opened in "“Some of the suspects ..." has no closing mark at its paragraph end and
#   the next paragraph reopens: one DIRECT claim over both, continuing "he charged" (null cue).
#   Inside it, "The state is saying these are people ..." is nested speech of the State. "The
#   State" (the prosecution as a party) is kept apart from the prosecutors who speak for it
#   (FORMAT.md, Coreference: a group's representatives are separate entities).
# - Inside Reza's last quotation: "communication for people to abscond work" is an agentless noun
#   cue (null source; "on social media" is its medium), and "the police had to issue a statement
#   advising otherwise" names its author in the sentence (FORMAT.md, Documents), so "the police" is
#   the source of "advising", whose content is the pro-form "otherwise".
# - "the accused people" and "the suspects" in "each one of ..." and "Some of ..." inside Reza's
#   quotations are marked as mentions of the arrested activists (partitives of the group).
# - The unquoted cross-head "Activists deny charges" is a label (FORMAT.md, Text parts); the
#   paragraph under it carries the claim.
doc("newzimbabwe-prosecutors-mdc-activists-harare-killings",
    url="https://www.newzimbabwe.com/court-shocker-prosecutors-say-mdc-t-activists-responsible-for-harare-killings/",
    outlet="New Zimbabwe", country="Zimbabwe", topic="courts-crime", cut=True,
    text=(T := "COURT Shocker: Prosecutors say MDC-T activists responsible for Harare killings\n"
          "MDC Alliance supporters arrested following last week’s deadly violence are responsible for the death of six people in the widely condemned clashes, government prosecutors told a Harare court Monday.\n"
          "The claim was made by prosecutor Michael Reza as he opposed bail for the 27 suspects before magistrate Nyasha Vhitorini.\n"
          "Of the 27, seven are women. They were arrested after police stormed the Harvest House head office of the MDC-T party in central Harare last Thursday.\n"
          "“Six people died because of the accused people’s actions and some lost their property,” said Reza.\n"
          "“There is a direct link with each one of the accused people. They have more muscles than brains and they chose to use violence to settle issues instead of using the law.”\n"
          "Reza also arguing that the suspects were likely to flee and interfere with evidence and witnesses if granted bail pending.\n"
          "“These are people who knew the police were looking for them. Instead of surrendering themselves they went and sought refuge at Harvest house,” he charged.\n"
          "“Some of the suspects were caught setting cars on fire and some were seen stoning police officers and we have the evidence.\n"
          "“The state is saying these are people who have unfinished business outside. To them what they did already, is a minor disturbance and they want to be outside so that they can finish their business.”\n"
          "The State also said the political environment in the country was still “volatile.”\n"
          "“Even today there was communication for people to abscond work on social media and the police had to issue a statement advising otherwise,” said Reza.\n"
          "Activists deny charges\n"
          "The activists are denying involvement in the violence and vandalism which rocked Harare last week."),
    entities=[("prosecutors", "government prosecutors", "GROUP", ["Prosecutors"], "the State's prosecutors in the bail hearing"),
              ("activists", "The activists", "GROUP",
               ["MDC-T activists", "MDC Alliance supporters", "the suspects", "the 27 suspects", "Activists"],
               "the 27 opposition supporters arrested after the Harare violence"),
              ("reza", "Michael Reza", "PERSON", ["Reza", "prosecutor Michael Reza"], "prosecutor"),
              ("police", "the police", "ORGANIZATION", ["police"], "Zimbabwe Republic Police"),
              ("state", "The State", "ORGANIZATION", ["The state"], "the State as the prosecuting party")],
    mentions=[("m1", ("Prosecutors", "Prosecutors say"), "prosecutors"),
              ("m2", ("MDC-T activists", "MDC-T activists responsible"), "activists"),
              ("m3", "MDC Alliance supporters", "activists"),
              ("m4", "government prosecutors", "prosecutors"),
              ("m5", "prosecutor Michael Reza", "reza"),
              ("m6", ("he", "as he opposed"), "reza"),
              ("m7", "the 27 suspects", "activists"),
              ("m8", ("police", "after police stormed"), "police"),
              ("m9", ("Reza", "property,” said Reza"), "reza"),
              ("m20", ("the accused people", "each one of the accused people"), "activists"),
              ("m10", ("Reza", "Reza also arguing"), "reza"),
              ("m11", ("the suspects", "that the suspects were likely"), "activists"),
              ("m12", ("the police", "knew the police"), "police"),
              ("m13", ("he", "he charged"), "reza"),
              ("m21", ("the suspects", "Some of the suspects were caught"), "activists"),
              ("m14", ("The state", "The state is saying"), "state"),
              ("m15", ("The State", "The State also said"), "state"),
              ("m16", ("the police", "the police had to issue"), "police"),
              ("m17", ("Reza", "otherwise,” said Reza"), "reza"),
              ("m18", ("Activists", "Activists deny"), "activists"),
              ("m19", "The activists", "activists")],
    attributions=[("a1", "INDIRECT", "m1", ("say", "Prosecutors say"), "MDC-T activists responsible for Harare killings", None),
                  ("a2", "INDIRECT", "m4", "told",
                   seg(T, "MDC Alliance supporters arrested", "in the widely condemned clashes"), None),
                  ("a3", "INDIRECT", "m6", "opposed", "bail for the 27 suspects", None),
                  ("a4", "DIRECT", "m9", ("said", "property,” said"),
                   "Six people died because of the accused people’s actions and some lost their property,", None),
                  ("a5", "DIRECT", "m9", None, seg(T, "There is a direct link", "instead of using the law."), None),
                  ("a6", "INDIRECT", "m10", "arguing",
                   "the suspects were likely to flee and interfere with evidence and witnesses if granted bail pending", None),
                  ("a7", "DIRECT", "m13", "charged", seg(T, "These are people who knew", "refuge at Harvest house,"), None),
                  ("a8", "DIRECT", "m13", None, seg(T, "Some of the suspects were caught", "finish their business."), None),
                  ("a9", "INDIRECT", "m14", "saying", "these are people who have unfinished business outside", "a8"),
                  ("a10", "MIXED", "m15", ("said", "The State also said"),
                   "the political environment in the country was still “volatile.”", None),
                  ("a11", "DIRECT", "m17", ("said", "otherwise,” said"),
                   seg(T, "Even today there was communication", "a statement advising otherwise,"), None),
                  ("a12", "INDIRECT", None, "communication", "people to abscond work", "a11"),
                  ("a13", "INDIRECT", "m16", "advising", ("otherwise", "advising otherwise"), "a11"),
                  ("a14", "INDIRECT", "m19", "denying",
                   "involvement in the violence and vandalism which rocked Harare last week", None)])

# ---------------------------------------------------------------------------------------
# Radio Dabanga (based in Amsterdam, so its country is the Netherlands; it reports on Sudan).
# Removed: the site's navigation ("Skip to main content", its tagline, "Watch live"), the
# dateline line "August 3 - 2017 TAWILA / KABKABIYA" (which gives the date) and the photo caption,
# printed twice. Cut where the stored copy breaks off ("A woman activist from Kabkabiya ...").
# Notes:
# - "the government's silence and denial of cholera" (twice): "denial" is a noun cue of a speech
#   act with the possessive as its claimant (the corpus marks "Allen’s claim that ..." so), and the
#   content is "cholera", as "allegations of X" → X. "silence" reports no content.
# - "told Radio Dabanga that “...”": the whole content lies inside one quotation, so DIRECT
#   although it is the object of the verb (FORMAT.md, Type).
# - "misty reports on 'watery diarrhoea' in Kabkabiya" inside Zakaria's claim: a noun cue with no
#   claimant (null source, as "reports of …"), nested; its content holds the single-quoted term and
#   unquoted words, so MIXED.
# - "He said: “... in the centre”. Unfortunately, ... non-sterilisation”.": marks as printed, the
#   quotation closes after "centre"; the next sentence prints a closing mark but no opening one,
#   so, as gold.py takes DIRECT only between marks, it is an INDIRECT continuation of "He" with a
#   null cue whose content stops before the stray mark (as make_train_ai and test20 do).
# - "praised the step and said that ...": two claims of the activists (FORMAT.md, evaluative
#   reporting with a content).
doc("dabanga-north-darfur-health-inspector-resigns-cholera",
    url="https://www.dabangasudan.org/en/all-news/article/north-darfur-health-inspector-resigns-over-government-silence-on-cholera",
    outlet="Radio Dabanga", country="Netherlands", topic="health-science", cut=True, published="2017-08-03",
    text=(T := "North Darfur health inspector resigns over government silence on cholera\n"
          "Seven people have died and dozens have reportedly been infected with cholera in Tawila in North Darfur on Tuesday and Wednesday. The increased epidemic rates in the locality have led to the resignation of a state health inspector in protest against the government's silence and denial of cholera.\n"
          "Public health specialist at the Ministry of Health in North Darfur, Esam Osman Zakaria, who resigned from the ministry in protest against the government's silence and denial of cholera, told Radio Dabanga that “Kabkabiya is facing a terrible shortage of medical staff working in the hospital amid increasing increase in cases of cholera”.\n"
          "Zakaria said that he resigned from the Department of Health Promotion in the Ministry “because of misty reports on 'watery diarrhoea' in Kabkabiya, the Director General and the Ministry’s cover up and non-response to the demands of the teams that have been sent to the area.”\n"
          "He said: “The suspected cases who enter the screening centre, do not find care and are not supposed to wait for two minutes if it appears that the infected person has to be brought to the isolation room. The doctor must always be in the centre”. Unfortunately, most of those who died at the screening centre because of diarrhoea because patients stay there for three days, and sometimes patients get sick because of non-sterilisation”.\n"
          "Activists in voluntary work in Kabkabiya praised the step and said that Zakaria is right in his decision to resign considering that the issue is humanitarian and must be treated with transparency."),
    entities=[("zakaria", "Esam Osman Zakaria", "PERSON",
               ["Zakaria", "Public health specialist at the Ministry of Health in North Darfur, Esam Osman Zakaria",
                "North Darfur health inspector", "a state health inspector"],
               "public health specialist at North Darfur's Ministry of Health, who resigned"),
              ("government", "the government", "ORGANIZATION", ["government"], "Sudan's government"),
              ("activists", "Activists in voluntary work in Kabkabiya", "GROUP", ["Activists"],
               "volunteer activists in Kabkabiya")],
    mentions=[("m1", "North Darfur health inspector", "zakaria"),
              ("m2", "a state health inspector", "zakaria"),
              ("m3", ("the government", "the government's silence and denial of cholera.\n"), "government"),
              ("m4", "Public health specialist at the Ministry of Health in North Darfur, Esam Osman Zakaria", "zakaria"),
              ("m5", ("the government", "the government's silence and denial of cholera, told"), "government"),
              ("m6", ("Zakaria", "Zakaria said that"), "zakaria"),
              ("m7", ("He", "He said:"), "zakaria"),
              ("m8", "Activists in voluntary work in Kabkabiya", "activists"),
              ("m9", ("Zakaria", "Zakaria is right"), "zakaria")],
    attributions=[("a1", "INDIRECT", "m3", ("denial", "denial of cholera.\n"), ("cholera", "cholera.\n"), None),
                  ("a2", "INDIRECT", "m5", ("denial", "denial of cholera, told"), ("cholera", "cholera, told"), None),
                  ("a3", "DIRECT", "m4", ("told", "told Radio Dabanga"),
                   seg(T, "Kabkabiya is facing a terrible shortage", "increase in cases of cholera"), None),
                  ("a4", "MIXED", "m6", ("said", "Zakaria said"),
                   seg(T, "he resigned from the Department of Health Promotion", "been sent to the area.”"), None),
                  ("a5", "MIXED", None, ("reports", "misty reports"), "'watery diarrhoea' in Kabkabiya", "a4"),
                  ("a6", "DIRECT", "m7", ("said", "He said:"),
                   seg(T, "The suspected cases who enter", "must always be in the centre"), None),
                  ("a7", "INDIRECT", "m7", None,
                   seg(T, "Unfortunately, most of those who died", "because of non-sterilisation"), None),
                  ("a8", "INDIRECT", "m8", "praised", "the step", None),
                  ("a9", "INDIRECT", "m8", ("said", "and said that"),
                   seg(T, "Zakaria is right in his decision", "treated with transparency"), None)])

# ---------------------------------------------------------------------------------------
# Defimedia (Mauritius), English edition. The stored page has no headline, so the text starts
# with its lead; "Publicité" (an ad label) is removed. The page gives no date. It is cut before the
# cross-head "MMM will not be part in protest", whose paragraph breaks off in the stored copy.
# Notes:
# - "maintains that this step is in no way “an alliance of the Opposition, nor a common platform of
#   the Opposition. “It is a grouping ... force.”": the quotation opened before "an alliance" is
#   never closed before the next opening mark; marks as printed, it runs on to the next closing
#   mark (FORMAT.md, Marks as printed), so the claim covers both sentences, MIXED for its unquoted
#   start.
# - The quotation after "Duval also deplored the appointment of ..." has no reporting clause of its
#   own and continues him (null cue); "deplored" has its own content, so it does not frame the
#   quotation as "summed up bluntly." does.
# - "asked the former Minister ... to go ahead and reveal ...": the addressee is left outside
#   (FORMAT.md, Left outside); "Concerning Roshi Bhadain" is a topic adjunct.
# - "commented on Sir Anerood Jugnauth’s press conference on Tuesday": a topic content ("on" only
#   links the cue), as the corpus does for "talked about X"; "describes this approach as
#   “indecent”" is MIXED, as "described X as 'false'" in test10.
doc("defimedia-duval-sesungkur-appointment-opposition-protest",
    url="https://defimedia.info/xavier-luc-duval-against-appointment-sudhir-sesungkur",
    outlet="Defimedia", country="Mauritius", topic="politics", cut=True,
    text=(T := "On the eve of the peaceful demonstration of the parliamentary opposition against the handing over of power, Xavier-Luc Duval in a press conference affirms that it is quite normal for Navin Ramgoolam participates in this gathering because he is the leader of the Labour Party. However, the former Deputy Prime Minister maintains that this step is in no way “an alliance of the Opposition, nor a common platform of the Opposition. “It is a grouping to protest against a government with totalitarian excesses. It is important that the Opposition demonstrate that, when it is necessary, it can unite to be a contentious force.”\n"
          "Xavier-Luc Duval also deplored the appointment of Sudhir Sesungkur as head of the Department of Financial Services and Good Governance. “If a Minister is subject to a lawsuit, we cannot appoint him as the Chief Financial Officer. We will be the laughingstock of the whole world. It is an awkward appointment that will have an impact on Mauritius’ reputation internationally.”\n"
          "Concerning Roshi Bhadain, Xavier-Luc Duval asked the former Minister of Finance and Good Governance to go ahead and reveal the files he has against some members of the government. The Opposition leader also commented on Sir Anerood Jugnauth’s press conference on Tuesday. He describes this approach as “indecent” and stresses that it was up to Pravind Jugnauth to address the population."),
    entities=[("duval", "Xavier-Luc Duval", "PERSON",
               ["Duval", "the former Deputy Prime Minister", "The Opposition leader"],
               "Leader of the Opposition, former Deputy Prime Minister of Mauritius")],
    mentions=[("m1", ("Xavier-Luc Duval", "Xavier-Luc Duval in a press"), "duval"),
              ("m2", "the former Deputy Prime Minister", "duval"),
              ("m3", ("Xavier-Luc Duval", "Xavier-Luc Duval also deplored"), "duval"),
              ("m4", ("Xavier-Luc Duval", "Xavier-Luc Duval asked"), "duval"),
              ("m5", "The Opposition leader", "duval"),
              ("m6", ("He", "He describes"), "duval")],
    attributions=[("a1", "INDIRECT", "m1", "affirms",
                   seg(T, "it is quite normal for Navin", "leader of the Labour Party"), None),
                  ("a2", "MIXED", "m2", "maintains", seg(T, "this step is in no way", "a contentious force.”"), None),
                  ("a3", "INDIRECT", "m3", "deplored",
                   "the appointment of Sudhir Sesungkur as head of the Department of Financial Services and Good Governance", None),
                  ("a4", "DIRECT", "m3", None, seg(T, "If a Minister is subject", "reputation internationally."), None),
                  ("a5", "INDIRECT", "m4", "asked",
                   "to go ahead and reveal the files he has against some members of the government", None),
                  ("a6", "INDIRECT", "m5", "commented", "Sir Anerood Jugnauth’s press conference on Tuesday", None),
                  ("a7", "MIXED", "m6", "describes", "this approach as “indecent”", None),
                  ("a8", "INDIRECT", "m6", "stresses", "it was up to Pravind Jugnauth to address the population", None)])

# ---------------------------------------------------------------------------------------
# The Syrian Voice (Syria). The page gives no date. Cut where the stored copy breaks off inside the
# next quotation ("“Turnout was acceptab...").
# Notes:
# - Headline "“Rastan” residents anticipate service improvements after ...": an expectation with a
#   named subject (FORMAT.md, Included: "the firm expects"); "after electing ..." is an adjunct of
#   the expecting. The quoted town name is part of the source mention.
# - The second paragraph is Warda's claim (cue "told", The Syrian Voice its addressee), and the
#   committees' and residents' demand inside it is nested; a coordinated subject is one GROUP. "on
#   June 20" and "after two months of ..." are read as adjuncts of the demanding.
# - "... were among the organizations that called for the Revolutionary Police Station and Shariah
#   Council in Rastan to oversee elections ...": the cue sits in a relative clause, so the source is
#   its antecedent "the organizations" (FORMAT.md, Source); "called for X to Y" keeps X, as
#   "called on X to Y" does.
# - "Residents organized protests last April demanding that ...": the protests are an action; the
#   participle "demanding" carries the claim.
# - "who is slated to oversee the city’s administrative affairs": "slated" states a schedule, not an
#   unnamed party's forecast ("was expected to"), so it is not annotated.
# - The three bodies named in Rejjeb's quotation are only some of "the organizations", so they
#   are not mentions of that speaker.
doc("syrianvoice-rastan-residents-elect-local-council",
    url="https://syrianvoice.org/en/archives/152",
    outlet="The Syrian Voice", country="Syria", topic="local", cut=True,
    text=(T := "“Rastan” residents anticipate service improvements after electing local council for the first time\n"
          "Residents of Rastan elected a new president to the local council last week, who is slated to oversee the city’s administrative affairs and fill a municipal services vacuum left since the last local council resigned two months ago.\n"
          "Neighborhood committees and residents of Rastan, a rebel-held city in the northern Homs countryside, demanded elections on June 20 after two months of squabbling and  competition between the city’s civil institutions over the formation of a local council, which resulted in no meaningful progress, Dr. Abu Maher Warda, head of the Revolutionary Activity Office in Rastan, told The Syrian Voice over the weekend.\n"
          "“Residents’ election of the local council was the most appropriate solution, and will help the council succeed in its work,” said Warda.\n"
          "Residents organized protests last April demanding that the previous local council resign because it had proven unable to provide the city with proper municipal services. But following the council’s resignation, people lived for two months in a state of chaos characterized by worsening services due to the absence of any effective administrative body.\n"
          "The Revolutionary Police Station (al-Makhfar al-Thauwri) was entrusted with vetting candidates running for president of the new local council. The police station is responsible for maintaining security in Rastan, and enjoys a high degree of trust among civilians.\n"
          "“The Revolutionary Activity Office, the Revolutionary Leadership Council, and the Homs Provincial Council were among the organizations that called for the Revolutionary Police Station and Shariah Council in Rastan to oversee elections and monitor their progress,” Mohammed Rejjeb, a member of the Revolutionary Activity Office, told The Syrian Voice over the weekend.\n"
          "Thirteen mosques outfitted with voting booths served as Rastan’s polling stations."),
    entities=[("residents", "Residents of Rastan", "GROUP", ["“Rastan” residents", "Residents"], "residents of Rastan"),
              ("committees", "Neighborhood committees and residents of Rastan", "GROUP", [],
               "Rastan's neighborhood committees and residents"),
              ("warda", "Abu Maher Warda", "PERSON",
               ["Warda", "Dr. Abu Maher Warda", "Dr. Abu Maher Warda, head of the Revolutionary Activity Office in Rastan"],
               "head of the Revolutionary Activity Office in Rastan"),
              ("orgs", "the organizations", "GROUP", [],
               "the organizations that called for supervised elections, among them the Revolutionary Activity Office"),
              ("rejjeb", "Mohammed Rejjeb", "PERSON",
               ["Rejjeb", "Mohammed Rejjeb, a member of the Revolutionary Activity Office"],
               "member of the Revolutionary Activity Office")],
    mentions=[("m1", "“Rastan” residents", "residents"),
              ("m2", ("Residents of Rastan", "Residents of Rastan elected"), "residents"),
              ("m3", "Neighborhood committees and residents of Rastan", "committees"),
              ("m4", "Dr. Abu Maher Warda, head of the Revolutionary Activity Office in Rastan", "warda"),
              ("m5", ("Warda", "said Warda"), "warda"),
              ("m6", ("Residents", "Residents organized"), "residents"),
              ("m7", ("people", "people lived"), "residents"),
              ("m8", "the organizations", "orgs"),
              ("m9", "Mohammed Rejjeb, a member of the Revolutionary Activity Office", "rejjeb")],
    attributions=[("a1", "INDIRECT", "m1", "anticipate", "service improvements", None),
                  ("a2", "INDIRECT", "m4", ("told", "Rastan, told"),
                   seg(T, "Neighborhood committees and residents of Rastan", "no meaningful progress"), None),
                  ("a3", "INDIRECT", "m3", "demanded", ("elections", "elections on June 20"), "a2"),
                  ("a4", "DIRECT", "m5", ("said", "said Warda"),
                   seg(T, "Residents’ election of the local council", "succeed in its work,"), None),
                  ("a5", "INDIRECT", "m6", "demanding",
                   "the previous local council resign because it had proven unable to provide the city with proper municipal services", None),
                  ("a6", "DIRECT", "m9", ("told", "Office, told"),
                   seg(T, "The Revolutionary Activity Office, the Revolutionary Leadership", "monitor their progress,"), None),
                  ("a7", "INDIRECT", "m8", "called for",
                   "the Revolutionary Police Station and Shariah Council in Rastan to oversee elections and monitor their progress", "a6")])

# ---------------------------------------------------------------------------------------
# Public Eye (Lesotho). The page gives no date. Cut where the stored copy breaks off inside the
# paragraph on the growers' association.
# Notes:
# - Headline "Chaotic wool, mohair laws harmful: buyers": a claim-then-name headline, read like
#   "claim – name" (FORMAT.md, Headlines): null cue, source "buyers".
# - "a group of international buyers has warned" and "The South African Wool and Mohair Buyers’
#   Association (SAWAMBA) said" describe one body (FORMAT.md, Coreference: a role description
#   resolves to the body the text identifies in the next sentence).
# - "wrote to the Government Secretary ... in July warning against setting up of ...": the letter
#   is the medium and the Secretary its addressee; "warning" carries the claim, "against" only links
#   it. "wrote in a letter dated July 4" is Kirsten's cue; in "reads the letter" no author is named
#   in the sentence, so the letter is its own entity (FORMAT.md, Documents; as test16 does for "the
#   letter continues").
# - "(as has been proposed in Lesotho)" inside Kirsten's quotation is an agentless passive whose
#   only content is the pro-form "as": not annotated.
# - "the new regulations which state that ..." and "The regulations further state that ...": a
#   legal text's provisions are its claims (the corpus annotates "the Forests Act states"); the
#   first cue sits in a relative clause, so its source is the antecedent. "were adopted by
#   parliament ... amid strong protests from farmers" reports an action and protests with no
#   content.
doc("publiceye-lesotho-wool-mohair-buyers-warn-regulations",
    url="http://publiceyenews.com/pages/single_page2%204%2001041.html",
    outlet="Public Eye", country="Lesotho", topic="business", cut=True,
    text=(T := "Chaotic wool, mohair laws harmful: buyers\n"
          "MASERU – Chaotic enforcement of new regulations on the sale of wool and mohair could cripple the local industry and leave producers out of pocket, a group of international buyers has warned. The South African Wool and Mohair Buyers’ Association (SAWAMBA) said government should approach the contentious matter soberly and engage all stakeholders with a view to finding a durable solution to the issue that has set government on a collision course with farmers.\n"
          "SAWAMBA, which represents buyers interested in purchasing and using wool and mohair from South Africa and Lesotho, wrote to the Government Secretary (GS) Moahloli Mphaka in July warning against setting up of a wool and mohair marketing and sale centre in the country. “Fragmenting the selling of wool and mohair (as has been proposed in Lesotho) would only result in higher costs and therefore lower net returns for growers,” R.A Kirsten, chairman of the SAWAMBA wrote in a letter dated July 4, a copy of which Public Eye has seen.\n"
          "“Given the scarcity of specialist wool and mohair buying skills combined with the existing programme of regular auctions in South Africa, it is highly unlikely that all (or even any) SAWAMBA buyers would be able to attend a duplicate auction system in Lesotho,” reads the letter.\n"
          "However, the new regulations which state that no one will be allowed to trade in wool and mohair without a licence from the Ministry of Small Business, Cooperatives and Marketing, were adopted by parliament on Tuesday this week amid strong protests from farmers. The regulations further state that the holder of an export license “shall not export wool and mohair unless it is prepared, brokered, traded and auctioned in Lesotho”."),
    entities=[("sawamba", "The South African Wool and Mohair Buyers’ Association (SAWAMBA)", "ORGANIZATION",
               ["South African Wool and Mohair Buyers’ Association", "SAWAMBA", "a group of international buyers", "buyers"],
               "association of wool and mohair buyers"),
              ("kirsten", "R.A Kirsten", "PERSON", ["Kirsten", "R.A Kirsten, chairman of the SAWAMBA"], "chairman of SAWAMBA"),
              ("letter", "the letter", "ORGANIZATION", [], "SAWAMBA's letter of July 4 to the Government Secretary"),
              ("regs", "the new regulations", "GROUP", ["The regulations"], "Lesotho's new wool and mohair regulations")],
    mentions=[("m1", ("buyers", "harmful: buyers"), "sawamba"),
              ("m2", "a group of international buyers", "sawamba"),
              ("m3", "The South African Wool and Mohair Buyers’ Association (SAWAMBA)", "sawamba"),
              ("m4", ("SAWAMBA", "SAWAMBA, which represents"), "sawamba"),
              ("m5", "R.A Kirsten, chairman of the SAWAMBA", "kirsten"),
              ("m6", ("the letter", "reads the letter"), "letter"),
              ("m7", "the new regulations", "regs"),
              ("m8", "The regulations", "regs")],
    attributions=[("a1", "INDIRECT", "m1", None, "Chaotic wool, mohair laws harmful", None),
                  ("a2", "INDIRECT", "m2", "warned",
                   seg(T, "Chaotic enforcement of new regulations", "leave producers out of pocket"), None),
                  ("a3", "INDIRECT", "m3", ("said", "(SAWAMBA) said"),
                   seg(T, "government should approach", "a collision course with farmers"), None),
                  ("a4", "INDIRECT", "m4", "warning",
                   "setting up of a wool and mohair marketing and sale centre in the country", None),
                  ("a5", "DIRECT", "m5", ("wrote", "SAWAMBA wrote"), seg(T, "Fragmenting the selling", "net returns for growers,"), None),
                  ("a6", "DIRECT", "m6", "reads", seg(T, "Given the scarcity", "duplicate auction system in Lesotho,"), None),
                  ("a7", "INDIRECT", "m7", ("state", "which state that"),
                   seg(T, "no one will be allowed to trade", "Cooperatives and Marketing"), None),
                  ("a8", "MIXED", "m8", ("state", "further state"),
                   seg(T, "the holder of an export license", "auctioned in Lesotho”"), None)])

write("test22_b.jsonl")
