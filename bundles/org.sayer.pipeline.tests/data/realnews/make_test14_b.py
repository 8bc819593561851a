#!/usr/bin/env python3
"""Writes test14_b.jsonl: real-news gold, split test14-b (see gold.py). Run: python3 make_test14_b.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
# The stored page repeats a photo caption ("The only place to draw water is the wetlands ...")
# twice under the lead: left out as a caption. The page breaks off inside the last quotation of
# Chinotunga ("... when they realize that what they are paying"): cut before it. Notes:
# - Headline "Council has failed: residents" is the "claim – name" form with a colon: null cue,
#   "residents" the source (FORMAT.md, Headlines).
# - "accused the local council of failing them": the corpus keeps the accused with "of ..."
#   ("accused X of Y" → "X of Y"); "following six days of no water" is an adjunct of the
#   reporting event, left out of "called for its employees to step down".
# - "she was advised by her landlord not to ...": the landlord's advice is nested in Vhirimu's
#   claim; the addressee ("she") is left outside.
# - "a resident who requested anonymity": the source is "a resident" without its relative
#   clause; "requested anonymity" is an action ("asked not to be named"), no claim.
doc("thezimbabwean-council-has-failed-residents-water",
    url="https://www.thezimbabwean.co/2012/01/council-has-failed-residents/",
    outlet="The Zimbabwean", country="Zimbabwe", topic="local", cut=True,
    text=(T := "Council has failed: residents\n"
          "Residents here have accused the local council of failing them and called for its employees to step down, following six days of no water in the town.\n"
          "“The council employees responsible for service provision should ship out. They have failed and should vacate office for capable employees to take over,” said a disgruntled Seke resident, Terence Sibanda.\n"
          "The failure of the council to deal with the water shortage has enraged local business owners.\n"
          "“Fetching water in the wee hours of the morning means I have less time to sell my wares,” said a vendor, Rutendo Muchwa. “Water is a basic need that we can not do without.”\n"
          "The local wetlands are the only available source of water, but residents have been using the area as a bush toilet.\n"
          "“It’s a ticking health time bomb,” said Muchwa.\n"
          "Another resident, Rachael Vhirimu, said she was advised by her landlord not to use the toilet in her house, but to go elsewhere.\n"
          "“In the evening we go as a family to the wetlands. We do not have any option,” she said.\n"
          "Despite there being no water in the taps, residents are slapped with water bills at the end of the month.\n"
          "“The bill is so high that I am starting to wonder whether I am being charged for the water I draw from the wetlands,” said a resident who requested anonymity.\n"
          "“Schools opened recently and our children are being subjected to unhygienic conditions. We are very concerned.”\n"
          "Community-based Waste Management Organisation Officer, Misheck Chinotunga, said he does not understand why residents continue to pay rates when there is no service delivery."),
    entities=[("residents", "Residents", "GROUP", [], "residents of the town without water"),
              ("sibanda", "Terence Sibanda", "PERSON", ["Sibanda", "a disgruntled Seke resident, Terence Sibanda"],
               "Seke resident"),
              ("muchwa", "Rutendo Muchwa", "PERSON", ["Muchwa", "a vendor, Rutendo Muchwa"], "vendor"),
              ("vhirimu", "Rachael Vhirimu", "PERSON", ["Vhirimu", "Another resident, Rachael Vhirimu"], "resident"),
              ("landlord", "her landlord", "PERSON", [], "Rachael Vhirimu's landlord"),
              ("anonymous", "a resident", "PERSON", [], "a resident who requested anonymity"),
              ("chinotunga", "Misheck Chinotunga", "PERSON",
               ["Chinotunga", "Community-based Waste Management Organisation Officer, Misheck Chinotunga"],
               "officer of the Community-based Waste Management Organisation")],
    mentions=[("m1", ("residents", "failed: residents"), "residents"),
              ("m2", ("Residents", "Residents here"), "residents"),
              ("m3", "a disgruntled Seke resident, Terence Sibanda", "sibanda"),
              ("m4", "a vendor, Rutendo Muchwa", "muchwa"),
              ("m5", ("Muchwa", "said Muchwa"), "muchwa"),
              ("m6", ("residents", "residents have been using"), "residents"),
              ("m7", "Another resident, Rachael Vhirimu", "vhirimu"),
              ("m8", "her landlord", "landlord"),
              ("m9", ("she", "she said"), "vhirimu"),
              ("m10", ("residents", "residents are slapped"), "residents"),
              ("m11", ("a resident", "a resident who requested"), "anonymous"),
              ("m12", "Community-based Waste Management Organisation Officer, Misheck Chinotunga", "chinotunga"),
              ("m13", ("residents", "why residents continue"), "residents")],
    attributions=[("a1", "INDIRECT", "m1", None, "Council has failed", None),
                  ("a2", "INDIRECT", "m2", "accused", "the local council of failing them", None),
                  ("a3", "INDIRECT", "m2", "called for", "its employees to step down", None),
                  ("a4", "DIRECT", "m3", ("said", "take over,” said"),
                   seg(T, "The council employees responsible", "employees to take over,"), None),
                  ("a5", "DIRECT", "m4", ("said", "wares,” said"),
                   "Fetching water in the wee hours of the morning means I have less time to sell my wares,", None),
                  ("a6", "DIRECT", "m4", None, "Water is a basic need that we can not do without.", None),
                  ("a7", "DIRECT", "m5", ("said", "said Muchwa"), "It’s a ticking health time bomb,", None),
                  ("a8", "INDIRECT", "m7", ("said", "Vhirimu, said"),
                   "she was advised by her landlord not to use the toilet in her house, but to go elsewhere", None),
                  ("a9", "INDIRECT", "m8", "advised", "not to use the toilet in her house, but to go elsewhere", "a8"),
                  ("a10", "DIRECT", "m9", ("said", "she said"),
                   "In the evening we go as a family to the wetlands. We do not have any option,", None),
                  ("a11", "DIRECT", "m11", ("said", "wetlands,” said"),
                   seg(T, "The bill is so high", "draw from the wetlands,"), None),
                  ("a12", "DIRECT", "m11", None,
                   "Schools opened recently and our children are being subjected to unhygienic conditions. We are very concerned.", None),
                  ("a13", "INDIRECT", "m12", ("said", "Chinotunga, said"),
                   "he does not understand why residents continue to pay rates when there is no service delivery", None)])

# ---------------------------------------------------------------------------------------
# The stored page has no headline: the text starts with its lead. It breaks off inside the last
# paragraph ("... and protect the country’"): cut before it. Notes:
# - "dismissed claims by the Minister ..., that he refused ...": "dismissed" takes the claims NP
#   as content and the minister's "claims" is nested in it (as the corpus does for "dismissed
#   claims by a senior ...").
# - "challenged the Abura Asebu Kwamankese MP to provide a copy": like "called on X to Y", the
#   addressee stays in the content.
# - In the quotation, "Kwakye Ofosu lied when he claimed I’ve been invited ...": the minister's
#   claim is speech nested inside the quote (source "he"). "I dare Kwakye Ofosu to ..." is the
#   speaker's own act in his own quote, not split off.
# - "his call for a joint security briefing, which would have allowed ...": a noun cue with a
#   possessive source ("his"), as the corpus does for "his admission", nested in "explained".
# - "in Fordjour’s view" inside the claim of "pointed out" is a parenthetical of the same
#   speaker, kept in the content, no claim of its own; "Kwakye Ofosu confirmed the entry and
#   departure of two suspicious flights" is nested. "the government’s response" and "his
#   explanation of their purpose" are nouns with no content.
doc("adomonline-ntim-fordjour-dismisses-kwakye-ofosu-claims",
    url="https://adomonline.com/?p=2521651",
    outlet="Adom Online", country="Ghana", topic="politics", cut=True,
    text=(T := "Assin South Member of Parliament (MP), Rev. John Ntim Fordjour, has dismissed claims by the Minister for Government Communications, Felix Kwakye Ofosu, that he refused to honor an invitation by security agencies regarding the alleged drug trafficking flights.\n"
          "The Ranking Member on Parliament’s Defence and Interior Committee described the claims as false, stating that there had been no such invitation.\n"
          "In a post on X, the former Deputy Education Minister challenged the Abura Asebu Kwamankese MP to provide a copy of the invitation letter.\n"
          "“Kwakye Ofosu lied when he claimed I’ve been invited by security agencies and failed to attend their invitation. No security or intelligence agency has ever invited me to assist them with any information,” he wrote.\n"
          "“I dare Kwakye Ofosu to produce a copy of such an invitation. I’m still waiting on them to collaborate with me in Parliament to undertake President Mahama’s directive, if the directive was not mere rhetoric,” he added.\n"
          "Fordjour further explained that his call for a joint security briefing, which would have allowed security and intelligence agencies to provide updates on investigations, was blocked by the National Democratic Congress (NDC) parliamentary caucus and the government.\n"
          "He accused them of shielding security agencies from accountability and questioned their motives, asking, “What are they hiding?”\n"
          "The lawmaker also pointed out that while Kwakye Ofosu confirmed the entry and departure of two suspicious flights at Kotoka International Airport, his explanation of their purpose was, in Fordjour’s view, incoherent and unconvincing.\n"
          "Fordjour described the government’s response as disingenuous and an attempt to evade accountability. He stressed the need for authorities to be transparent and ensure that Ghana does not become a hub for cocaine trafficking and money laundering."),
    entities=[("fordjour", "John Ntim Fordjour", "PERSON",
               ["Fordjour", "Ntim Fordjour", "Rev. John Ntim Fordjour",
                "Assin South Member of Parliament (MP), Rev. John Ntim Fordjour",
                "The Ranking Member on Parliament’s Defence and Interior Committee",
                "the former Deputy Education Minister", "The lawmaker"],
               "MP for Assin South, Ranking Member on Parliament's Defence and Interior Committee"),
              ("kwakye", "Felix Kwakye Ofosu", "PERSON",
               ["Kwakye Ofosu", "the Minister for Government Communications, Felix Kwakye Ofosu",
                "the Abura Asebu Kwamankese MP"],
               "Minister for Government Communications, MP for Abura Asebu Kwamankese")],
    mentions=[("m1", "Assin South Member of Parliament (MP), Rev. John Ntim Fordjour", "fordjour"),
              ("m2", "the Minister for Government Communications, Felix Kwakye Ofosu", "kwakye"),
              ("m3", "The Ranking Member on Parliament’s Defence and Interior Committee", "fordjour"),
              ("m4", "the former Deputy Education Minister", "fordjour"),
              ("m5", "the Abura Asebu Kwamankese MP", "kwakye"),
              ("m6", ("Kwakye Ofosu", "Kwakye Ofosu lied"), "kwakye"),
              ("m7", ("he", "he claimed"), "kwakye"),
              ("m8", ("he", "he wrote"), "fordjour"),
              ("m9", ("Kwakye Ofosu", "I dare Kwakye Ofosu"), "kwakye"),
              ("m10", ("he", "he added"), "fordjour"),
              ("m11", ("Fordjour", "Fordjour further"), "fordjour"),
              ("m12", ("his", "his call for"), "fordjour"),
              ("m13", ("He", "He accused"), "fordjour"),
              ("m14", "The lawmaker", "fordjour"),
              ("m15", ("Kwakye Ofosu", "while Kwakye Ofosu"), "kwakye"),
              ("m16", ("Fordjour", "Fordjour described"), "fordjour"),
              ("m17", ("He", "He stressed"), "fordjour")],
    attributions=[("a1", "INDIRECT", "m1", "dismissed",
                   seg(T, "claims by the Minister", "drug trafficking flights"), None),
                  ("a2", "INDIRECT", "m2", ("claims", "claims by the Minister"),
                   "he refused to honor an invitation by security agencies regarding the alleged drug trafficking flights", "a1"),
                  ("a3", "INDIRECT", "m3", ("described", "Committee described"), "the claims as false", None),
                  ("a4", "INDIRECT", "m3", "stating", "there had been no such invitation", None),
                  ("a5", "INDIRECT", "m4", "challenged",
                   "the Abura Asebu Kwamankese MP to provide a copy of the invitation letter", None),
                  ("a6", "DIRECT", "m8", "wrote", seg(T, "Kwakye Ofosu lied when", "with any information,"), None),
                  ("a7", "INDIRECT", "m7", "claimed",
                   "I’ve been invited by security agencies and failed to attend their invitation", "a6"),
                  ("a8", "DIRECT", "m10", ("added", "he added"), seg(T, "I dare Kwakye Ofosu", "not mere rhetoric,"), None),
                  ("a9", "INDIRECT", "m11", "explained",
                   seg(T, "his call for a joint", "parliamentary caucus and the government"), None),
                  ("a10", "INDIRECT", "m12", ("call for", "his call for"),
                   "a joint security briefing, which would have allowed security and intelligence agencies to provide updates on investigations", "a9"),
                  ("a11", "INDIRECT", "m13", "accused", "them of shielding security agencies from accountability", None),
                  ("a12", "INDIRECT", "m13", "questioned", "their motives", None),
                  ("a13", "DIRECT", "m13", "asking", "What are they hiding?", None),
                  ("a14", "INDIRECT", "m14", "pointed out",
                   seg(T, "while Kwakye Ofosu confirmed", "incoherent and unconvincing"), None),
                  ("a15", "INDIRECT", "m15", "confirmed",
                   "the entry and departure of two suspicious flights at Kotoka International Airport", "a14"),
                  ("a16", "INDIRECT", "m16", ("described", "Fordjour described"),
                   "the government’s response as disingenuous and an attempt to evade accountability", None),
                  ("a17", "INDIRECT", "m17", "stressed",
                   "the need for authorities to be transparent and ensure that Ghana does not become a hub for cocaine trafficking and money laundering", None)])

# ---------------------------------------------------------------------------------------
# The page's date line "date 2024-01-19" gives the date and is left out of the text; the
# outlet tag "(AFRICAN EXAMINER) –" that opens the lead is kept as printed, like a dateline (no
# claim), and so is the closing "(NAN)". Notes:
# - Headline "Our Strategy Worked, Says Super Eagles’ Coach Peseiro": a verb after the claim is
#   the cue.
# - "acknowledged having noted some areas to improve upon during the match, which was won ...":
#   the content is the whole complement with its relative clause; "noted" is his own attitude
#   within his report, not split off.
# - The last quotation runs over three paragraphs (the first two end without a closing mark and
#   the next reopens): one DIRECT attribution up to before the last closing mark, so it keeps
#   the inner ’ of ‘you must win the AFCON,’. In it, "I told my players not to savour the
#   victory" and "I told them: ‘you must win the AFCON,’" are earlier speech acts of the coach,
#   nested (the addressee left outside), the second DIRECT inside its single marks.
doc("africanexaminer-peseiro-strategy-worked-cote-divoire",
    url="https://www.africanexaminer.com/our-strategy-worked-says-super-eagles-coach-peseiro/",
    outlet="African Examiner", country="Nigeria", topic="sport", cut=False, published="2024-01-19",
    text=(T := "Our Strategy Worked, Says Super Eagles’ Coach Peseiro\n"
          "(AFRICAN EXAMINER) – Super Eagles coach, Jose Peseiro, said he used a strategy that worked for the team in their hard-fought 1-0 win over host Cote d’Ivoire at the ongoing Africa Cup of Nations (AFCON) on Thursday.\n"
          "The News Agency of Nigeria (NAN) reports that Nigeria landed a major blow in the race for AFCON knockout qualification defeating hosts Cote d’Ivoire 1-0 in Thursday’s titanic Group A clash.\n"
          "Peseiro said he was delighted to have put in place “a strategy that worked” against the hosts who had the backing of a highly vocal crowd at the Alassane Ouattara Stadium in Ebimpe.\n"
          "The Portuguese technician, however, acknowledged having noted some areas to improve upon during the match, which was won thanks to a penalty created by Victor Osimhen and converted by William Troost-Ekong in the 55th minute.\n"
          "“For the next match, we have to control the game, try to be less timid and not give possession to the opponent,” he said.\n"
          "He, however, cautioned that the crucial victory had not suddenly made Nigeria one of the favorites of the competition.\n"
          "“I told my players not to savour the victory.\n"
          "“We have four days left before the next match.\n"
          "“From day one I told them: ‘you must win the AFCON,’” he said.\n"
          "NAN reports that Nigeria will face Guinea-Bissau on Monday at the Stade Félix Houphouët Boigny in Abidjan for their third and final round of Group A matches from 5.00 p.m. (NAN)"),
    entities=[("peseiro", "Jose Peseiro", "PERSON",
               ["Peseiro", "Super Eagles’ Coach Peseiro", "Super Eagles coach, Jose Peseiro", "The Portuguese technician"],
               "head coach of Nigeria's Super Eagles"),
              ("nan", "The News Agency of Nigeria (NAN)", "ORGANIZATION", ["News Agency of Nigeria", "NAN"],
               "Nigeria's national news agency")],
    mentions=[("m1", "Super Eagles’ Coach Peseiro", "peseiro"),
              ("m2", "Super Eagles coach, Jose Peseiro", "peseiro"),
              ("m3", "The News Agency of Nigeria (NAN)", "nan"),
              ("m4", ("Peseiro", "Peseiro said he was"), "peseiro"),
              ("m5", "The Portuguese technician", "peseiro"),
              ("m6", ("he", "opponent,” he said"), "peseiro"),
              ("m7", ("He", "He, however, cautioned"), "peseiro"),
              ("m8", ("I", "I told my players"), "peseiro"),
              ("m9", ("I", "I told them"), "peseiro"),
              ("m10", ("he", "AFCON,’” he said"), "peseiro"),
              ("m11", ("NAN", "NAN reports that Nigeria will"), "nan"),
              ("m12", ("NAN", "p.m. (NAN)"), "nan")],
    attributions=[("a1", "INDIRECT", "m1", ("Says", "Worked, Says"), "Our Strategy Worked", None),
                  ("a2", "INDIRECT", "m2", ("said", "Peseiro, said"),
                   seg(T, "he used a strategy", "Nations (AFCON) on Thursday"), None),
                  ("a3", "INDIRECT", "m3", ("reports", "(NAN) reports"),
                   seg(T, "Nigeria landed a major blow", "titanic Group A clash"), None),
                  ("a4", "MIXED", "m4", ("said", "Peseiro said he was"),
                   seg(T, "he was delighted", "Stadium in Ebimpe"), None),
                  ("a5", "INDIRECT", "m5", "acknowledged",
                   seg(T, "having noted some areas", "in the 55th minute"), None),
                  ("a6", "DIRECT", "m6", ("said", "opponent,” he said"),
                   "For the next match, we have to control the game, try to be less timid and not give possession to the opponent,", None),
                  ("a7", "INDIRECT", "m7", "cautioned",
                   "the crucial victory had not suddenly made Nigeria one of the favorites of the competition", None),
                  ("a8", "DIRECT", "m10", ("said", "AFCON,’” he said"), seg(T, "I told my players", "win the AFCON,’"), None),
                  ("a9", "INDIRECT", "m8", ("told", "I told my players"), "not to savour the victory", "a8"),
                  ("a10", "DIRECT", "m9", ("told", "I told them"), "you must win the AFCON,", "a8"),
                  ("a11", "INDIRECT", "m11", ("reports", "NAN reports that Nigeria will"),
                   seg(T, "Nigeria will face Guinea-Bissau", "from 5.00 p.m."), None)])

# ---------------------------------------------------------------------------------------
# Photo captions under the standfirst and after the last paragraph kept here are left out; the
# article goes on after a caption: cut there. The page gives no date. Notes:
# - Headline "'Unprecedented error': Israel's former top attorney slams justices in Netanyahu
#   trial": the quoted words before the colon are Lador's (the lead quotes "a serious and
#   unprecedented error"), DIRECT with the attorney as source and a null cue, as test13_c does
#   for "‘Worst secretary ever’: Solon lambasts ..."; "slams" takes its object as content.
# - The standfirst repeats a later sentence; both carry the claim (FORMAT.md, Text parts).
# - "criticized the justices who told prosecutors to retract ...": the justices' instruction is
#   a speech act in a relative clause inside the claim, nested, its source the antecedent "the
#   justices" and its addressee left outside.
# - In Lador's quotation, "they said ‘this is a closed meeting and we’re asking not to
#   publicize it,’" is the justices' speech, nested and DIRECT; "we’re asking" is their own act
#   in their own words, not split off. "What did they think ... that it wouldn’t ..." is a
#   rhetorical question, no claim.
doc("jpost-lador-slams-justices-netanyahu-trial",
    url="https://www.jpost.com/israel-news/politics-and-diplomacy/article-748496",
    outlet="The Jerusalem Post", country="Israel", topic="courts-crime", cut=True,
    text=(T := "'Unprecedented error': Israel's former top attorney slams justices in Netanyahu trial\n"
          "Former state attorney Moshe Lador said that he doesn't see a way for Netanyahu to be acquitted in Case 4000.\n"
          "Former state attorney Moshe Lador criticized the justices who told prosecutors to retract the bribery charge in Prime Minister Benjamin Netanyahu's Case 4000 corruption trial, saying that they committed \"a serious and unprecedented error.\"\n"
          "“It is possible to present such a difficulty within the hearing after all the witnesses have been heard. The justice, at most, randomly heard a series of witnesses and were able to receive a temporary impression, when they didn’t have the full picture,” said Lador at a “ShabaTarbut” event in Beersheba on Saturday.\n"
          "“What did they think when they said ‘this is a closed meeting and we’re asking not to publicize it,’ that it wouldn’t within minutes be brought before Netanyahu? It was really a terrorist attack, that’s not how you handle a case, certainly not such an important case,” added Lador. “They gave a sort of public ruling, which in some ways forces them to act accordingly.”\n"
          "Lador added that he doesn’t see a way for Netanyahu to be acquitted in Case 4000. “I don’t believe they even wrote for themselves some form of opinion.”\n"
          "\"From my acquaintance with a portion of the materials placed before them, the theory on which the indictment was filed, there is no legal option in my view to acquit, even if the changes that [state witness Shlomo] Filber and others made, even if they consider some of the errors that occurred,\" stressed Lador."),
    entities=[("lador", "Moshe Lador", "PERSON",
               ["Lador", "Former state attorney Moshe Lador", "Israel's former top attorney"],
               "former Israeli State Attorney"),
              ("justices", "the justices", "GROUP", ["justices", "The justice"],
               "judges of the Netanyahu trial")],
    mentions=[("m1", "Israel's former top attorney", "lador"),
              ("m2", ("justices", "slams justices"), "justices"),
              ("m3", ("Former state attorney Moshe Lador", "Former state attorney Moshe Lador said"), "lador"),
              ("m4", ("Former state attorney Moshe Lador", "Former state attorney Moshe Lador criticized"), "lador"),
              ("m5", ("the justices", "the justices who"), "justices"),
              ("m6", ("The justice", "The justice, at most"), "justices"),
              ("m7", ("Lador", "said Lador"), "lador"),
              ("m8", ("they", "they said ‘"), "justices"),
              ("m9", ("Lador", "added Lador"), "lador"),
              ("m10", ("Lador", "Lador added"), "lador"),
              ("m11", ("Lador", "stressed Lador"), "lador")],
    attributions=[("a1", "DIRECT", "m1", None, "Unprecedented error", None),
                  ("a2", "INDIRECT", "m1", "slams", "justices in Netanyahu trial", None),
                  ("a3", "INDIRECT", "m3", ("said", "Lador said that"),
                   "he doesn't see a way for Netanyahu to be acquitted in Case 4000", None),
                  ("a4", "INDIRECT", "m4", "criticized",
                   seg(T, "the justices who told", "Case 4000 corruption trial"), None),
                  ("a5", "INDIRECT", "m5", ("told", "who told prosecutors"),
                   "to retract the bribery charge in Prime Minister Benjamin Netanyahu's Case 4000 corruption trial", "a4"),
                  ("a6", "MIXED", "m4", "saying", "they committed \"a serious and unprecedented error.\"", None),
                  ("a7", "DIRECT", "m7", ("said", "said Lador"), seg(T, "It is possible to present", "the full picture,"), None),
                  ("a8", "DIRECT", "m9", ("added", "added Lador"), seg(T, "What did they think", "such an important case,"), None),
                  ("a9", "DIRECT", "m8", ("said", "they said ‘"), "this is a closed meeting and we’re asking not to publicize it,", "a8"),
                  ("a10", "DIRECT", "m9", None, "They gave a sort of public ruling, which in some ways forces them to act accordingly.", None),
                  ("a11", "INDIRECT", "m10", ("added", "Lador added"),
                   "he doesn’t see a way for Netanyahu to be acquitted in Case 4000", None),
                  ("a12", "DIRECT", "m10", None, "I don’t believe they even wrote for themselves some form of opinion.", None),
                  ("a13", "DIRECT", "m11", ("stressed", "stressed Lador"),
                   seg(T, "From my acquaintance", "errors that occurred,"), None)])

# ---------------------------------------------------------------------------------------
# The stored page has no headline: the text starts with its lead. The date is the page's
# address. Notes:
# - "gave the explanation ... while announcing the new interest rate": "gave the explanation"
#   has no content of its own; "announcing" takes the noun phrase ("announced the launch of X").
# - "On Fintech companies," is a topic adjunct of the reporting event, left out.
# - The first quotation runs over three paragraphs (reopened, no closing mark): one DIRECT.
# - "the CBN was concerned about illicit flows ...": a state inside Cardoso's claim, no claim of
#   its own ("was unhappy with").
# - "we have explained the need for them to take another look ...": the bank's earlier speech
#   act to the fintechs, nested in Cardoso's quotation; "we" is the bank, the addressee left out.
doc("trendngr-cbn-readiness-support-fintechs",
    url="https://trendngr.com/2024/05/22/cbn-expresses-readiness-to-support-fintechs",
    outlet="TrendNGR", country="Nigeria", topic="business", cut=False, published="2024-05-22",
    text=(T := "The Central Bank of Nigeria, CBN, has reiterated its readiness to support financial technology companies, FinTechs.\n"
          "Olayemi Cardoso, the CBN Governor, gave the explanation on Tuesday in Abuja while announcing the new interest rate.\n"
          "On Fintech companies, the CBN Governor explained that the move to tighten regulations around their operations is not aimed at putting them out of business but to ensure that the Nigerian public obtains the maximum benefit from the sector.\n"
          "“The Fintechs have definitely not been singled out for any exceptional kind of treatment.\n"
          "“On the contrary, we are very proud of what the Fintechs, over the years, have been able to do for the country and the positive impact it has been having not just in the country but worldwide.\n"
          "“It is for us to support them and help them to strengthen what they have been able to accomplish,” he stated.\n"
          "However, he added that the CBN was concerned about illicit flows and money laundering through the sector, noting that these crimes created the need for heightened surveillance of the sector.\n"
          "Cardoso stated that despite the increase in regulatory guidelines, no Fintech organization has had its licence revoked by the CBN.\n"
          "“We have had conversations with a number of them. And we have explained the need for them to take another look at what they are doing and the need to strengthen them,” Cardoso, the CBN boss explained."),
    entities=[("cbn", "The Central Bank of Nigeria", "ORGANIZATION",
               ["Central Bank of Nigeria", "CBN", "The Central Bank of Nigeria, CBN"], "Nigeria's central bank"),
              ("cardoso", "Olayemi Cardoso", "PERSON",
               ["Cardoso", "the CBN Governor", "Olayemi Cardoso, the CBN Governor", "Cardoso, the CBN boss"],
               "Governor of the Central Bank of Nigeria")],
    mentions=[("m1", "The Central Bank of Nigeria, CBN", "cbn"),
              ("m2", "Olayemi Cardoso, the CBN Governor", "cardoso"),
              ("m3", ("the CBN Governor", "Fintech companies, the CBN Governor"), "cardoso"),
              ("m4", ("he", "he stated"), "cardoso"),
              ("m5", ("he", "he added"), "cardoso"),
              ("m6", ("the CBN", "the CBN was concerned"), "cbn"),
              ("m7", ("Cardoso", "Cardoso stated"), "cardoso"),
              ("m8", ("the CBN", "revoked by the CBN"), "cbn"),
              ("m9", ("we", "we have explained"), "cbn"),
              ("m10", "Cardoso, the CBN boss", "cardoso")],
    attributions=[("a1", "INDIRECT", "m1", "reiterated",
                   "its readiness to support financial technology companies, FinTechs", None),
                  ("a2", "INDIRECT", "m2", "announcing", "the new interest rate", None),
                  ("a3", "INDIRECT", "m3", ("explained", "Governor explained"),
                   seg(T, "the move to tighten", "benefit from the sector"), None),
                  ("a4", "DIRECT", "m4", ("stated", "he stated"),
                   seg(T, "The Fintechs have definitely", "able to accomplish,"), None),
                  ("a5", "INDIRECT", "m5", ("added", "he added"),
                   "the CBN was concerned about illicit flows and money laundering through the sector", None),
                  ("a6", "INDIRECT", "m5", "noting", "these crimes created the need for heightened surveillance of the sector", None),
                  ("a7", "INDIRECT", "m7", ("stated", "Cardoso stated"),
                   seg(T, "despite the increase", "revoked by the CBN"), None),
                  ("a8", "DIRECT", "m10", ("explained", "boss explained"),
                   seg(T, "We have had conversations", "the need to strengthen them,"), None),
                  ("a9", "INDIRECT", "m9", ("explained", "we have explained"),
                   "the need for them to take another look at what they are doing and the need to strengthen them", "a8")])

# ---------------------------------------------------------------------------------------
# The stored page has no headline and no date: the text starts with its lead. It breaks off
# inside the paragraph of Ntombizodidi Mapapu of SAFCEI ("... “oil, gas and nuclear ener"): cut
# before it. Notes:
# - "gathered ... to protest against the Africa Energy Week 2025": the corpus takes "gathered to
#   protest" with a content; "against" only links the cue, and "outside the CTICC, on Tuesday"
#   are adjuncts of the gathering.
# - "Their gripe is fossil fuels are ...": a noun cue with a possessive source, as "her
#   complaints" in the corpus.
# - "the event is marketed as a celebration of “business opportunities” ...": marketing the
#   event as something is labelling it ("described X as Y"), nested in Hertantyo's claim with a
#   null source (an agentless passive); the raised subject and the linking "as" are left out.
# - In Hertantyo's quotation, "we are often called “anti-development”" is an agentless
#   labelling, nested, DIRECT inside its marks. "which we know will continue ..." is her own
#   attitude; "They are going to be sitting ... discussing the business opportunities" is a
#   forecast of an event, no report. In Makaula's quotation, "to have leaders constantly push
#   for development of more fossil fuel projects" is a hypothetical under "We can’t continue".
doc("earthnews365-climate-activists-protest-africa-energy-week",
    url="https://www.earthnews365.co.za/climate-activists-protest-outside-africa-energy-week-venue",
    outlet="EarthNews365", country="South Africa", topic="environment", cut=True,
    text=(T := "Climate justice activists, gathered outside the Cape Town International Convention Centre (CTICC), on Tuesday, to protest against the Africa Energy Week 2025.\n"
          "Their gripe is fossil fuels are driving social and environmental crises and not solving them.\n"
          "Protesters are from The Green Connection, African Climate Alliance, Extinction Rebellion Cape Town, Project 90 by 2030, SAFCEI, and the Climate Justice Coalition.\n"
          "The Green Connection’s, Lisa Makaula said, “We can’t continue to have leaders constantly push for development of more fossil fuel projects when we are at a turning point. Climate change is impacting marginalized communities and without a just energy transition away from fossil fuels, negative impacts could worsen. Development must be centred around people and take into account socio-economic development and environmental sustainability. Oil and gas exploration could threaten the livelihoods of coastal communities who depend on fishing to survive.”\n"
          "Stella Hertantyo of the African Climate Alliance, agreed that the event is marketed as a celebration of “business opportunities” offered by further coal, oil, and gas extraction on the continent, in the name of economic growth and development.\n"
          "Hertantyo said the truth is “air pollution from coal-fired power stations, kills more than 2,200 South Africans every year. Coal is also a major contributor to climate change, which we know will continue to pose health risks in the most extreme ways. As civil society organisations, we are often called “anti-development”. But if the utilisation of coal was so good for development, then we need to ask ourselves why we still have immense challenges such as poverty, inequality, and unemployment. They are going to be sitting in that conference room discussing the business opportunities for future fossil fuel extraction, but at what cost? We are sacrificing people’s lives and our planet.”"),
    entities=[("activists", "Climate justice activists", "GROUP", ["activists", "Protesters"],
               "protesters from several environmental groups"),
              ("makaula", "Lisa Makaula", "PERSON", ["Makaula", "The Green Connection’s, Lisa Makaula"],
               "The Green Connection"),
              ("hertantyo", "Stella Hertantyo", "PERSON",
               ["Hertantyo", "Stella Hertantyo of the African Climate Alliance"], "African Climate Alliance")],
    mentions=[("m1", "Climate justice activists", "activists"),
              ("m2", ("Their", "Their gripe"), "activists"),
              ("m3", "Protesters", "activists"),
              ("m4", "The Green Connection’s, Lisa Makaula", "makaula"),
              ("m5", "Stella Hertantyo of the African Climate Alliance", "hertantyo"),
              ("m6", ("Hertantyo", "Hertantyo said"), "hertantyo")],
    attributions=[("a1", "INDIRECT", "m1", ("protest", "to protest against"), "the Africa Energy Week 2025", None),
                  ("a2", "INDIRECT", "m2", "gripe",
                   "fossil fuels are driving social and environmental crises and not solving them", None),
                  ("a3", "DIRECT", "m4", ("said", "Makaula said"),
                   seg(T, "We can’t continue", "fishing to survive."), None),
                  ("a4", "MIXED", "m5", "agreed",
                   seg(T, "the event is marketed", "growth and development"), None),
                  ("a5", "MIXED", None, "marketed",
                   seg(T, "a celebration of “business", "growth and development"), "a4"),
                  ("a6", "MIXED", "m6", ("said", "Hertantyo said"),
                   seg(T, "the truth is “air", "and our planet.”"), None),
                  ("a7", "DIRECT", None, "called", "anti-development", "a6")])

write("test14_b.jsonl")
