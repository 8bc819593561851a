#!/usr/bin/env python3
"""Writes test13_a.jsonl: real-news gold, split test13-a (see gold.py). Run: python3 make_test13_a.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
# The stored page has no headline (only the address gives one), so the text starts with its lead.
# "A SHEAF of complaints was waved" gives no content of the complaints: no claim.
# "residents objecting to the proposal" is a speech act inside Clarke's claim: nested, with the
# linking preposition left out (as "complained about noise" -> "noise").
# "stood accused in some quarters of contradicting its own policies" names nobody: nested, null
# source. "Cllr Clarke led a proposal, agreed by the majority, not to pursue ..." is a proposal
# made in debate: the noun is the cue, and the content runs on after the participle that
# interrupts it. "who alerted neighbours" has no content: no claim.
doc("bournemouthecho-west-moors-weavers-close-open-land",
    url="https://www.bournemouthecho.co.uk/news/4657586.west-moors-residents-fight-plans-to-develop-open-land/",
    outlet="Bournemouth Echo", country="UK", topic="local", cut=False,
    text=(T := "A SHEAF of complaints was waved at a council meeting, to prove the strength of community feeling against a plan for West Moors.\n"
          "East Dorset District Council had proposed to go out to consultation on whether a developer could build on a small patch of land surrounded by houses in Weavers Close in exchange for giving the developer a 32-acre parcel of land south of Woolslope Road for community use.\n"
          "Cllr Alex Clarke said he had started to receive phone calls, letters and emails from residents objecting to the proposal before the official announcement was made.\n"
          "Addressing the meeting, which took place yesterday, resident Barry Harris said the Weavers Close land had been a “vital asset” to the community for 30 years.\n"
          "He said parents would be less keen to send children to play at the southern end of the village, the area itself was prone to flooding, and that future ongoing funding would potentially mean higher council tax bills.\n"
          "Cllr Pete Holden said the council stood accused in some quarters of contradicting its own policies, as the site had been turned down for housing previously.\n"
          "And he said documents online about public leisure sites were full of inaccuracies.\n"
          "Cllr Clarke led a proposal, agreed by the majority, not to pursue the development of the open space at Weavers Close.\n"
          "Council officials have been told to pursue buying the land off Woolslope Road, and that it be considered for inclusion as public open space in the local development framework, their new local plan.\n"
          "Cllr Clarke said he also saw no point in going out to further consultation.\n"
          "“It is my view there is no need to go to the expense of finding out what we already know,” he said, referring to the correspondence and to residents sitting in the council chamber.\n"
          "Speaking after the meeting, Weavers Close resident Wilson Douglas, who alerted neighbours when he saw officials measuring up, said they were “cautiously optimistic” but the Heron Pine estate residents would remain vigilant."),
    entities=[("eddc", "East Dorset District Council", "ORGANIZATION", ["the council"], "district council"),
              ("clarke", "Alex Clarke", "PERSON", ["Clarke", "Cllr Alex Clarke", "Cllr Clarke"], "councillor"),
              ("residents", "residents", "GROUP", [], "residents who objected to the proposal"),
              ("harris", "Barry Harris", "PERSON", ["Harris", "resident Barry Harris"], "West Moors resident"),
              ("holden", "Pete Holden", "PERSON", ["Holden", "Cllr Pete Holden"], "councillor"),
              ("douglas", "Wilson Douglas", "PERSON", ["Douglas", "Weavers Close resident Wilson Douglas"],
               "Weavers Close resident")],
    mentions=[("m1", "East Dorset District Council", "eddc"),
              ("m2", "Cllr Alex Clarke", "clarke"),
              ("m3", ("residents", "residents objecting"), "residents"),
              ("m4", "resident Barry Harris", "harris"),
              ("m5", ("He", "He said parents"), "harris"),
              ("m6", "Cllr Pete Holden", "holden"),
              ("m7", ("the council", "the council stood"), "eddc"),
              ("m8", ("he", "And he said"), "holden"),
              ("m9", ("Cllr Clarke", "Cllr Clarke led"), "clarke"),
              ("m10", ("Cllr Clarke", "Cllr Clarke said he also"), "clarke"),
              ("m11", ("he", "he said, referring"), "clarke"),
              ("m12", "Weavers Close resident Wilson Douglas", "douglas")],
    attributions=[("a1", "INDIRECT", "m1", "proposed",
                   seg(T, "to go out to consultation on whether", "for community use"), None),
                  ("a2", "INDIRECT", "m2", ("said", "Clarke said he had"),
                   seg(T, "he had started to receive", "official announcement was made"), None),
                  ("a3", "INDIRECT", "m3", "objecting", ("the proposal", "objecting to the proposal"), "a2"),
                  ("a4", "MIXED", "m4", ("said", "Harris said"),
                   "the Weavers Close land had been a “vital asset” to the community for 30 years", None),
                  ("a5", "INDIRECT", "m5", ("said", "He said parents"),
                   seg(T, "parents would be less keen", "higher council tax bills"), None),
                  ("a6", "INDIRECT", "m6", ("said", "Holden said"),
                   seg(T, "the council stood accused", "turned down for housing previously"), None),
                  ("a7", "INDIRECT", None, "accused", "contradicting its own policies", "a6"),
                  ("a8", "INDIRECT", "m8", ("said", "And he said"),
                   "documents online about public leisure sites were full of inaccuracies", None),
                  ("a9", "INDIRECT", "m9", ("proposal", "led a proposal"), "not to pursue the development of the open space at Weavers Close", None),
                  ("a10", "INDIRECT", None, "told",
                   seg(T, "to pursue buying the land", "their new local plan"), None),
                  ("a11", "INDIRECT", "m10", ("said", "Clarke said he also"),
                   "he also saw no point in going out to further consultation", None),
                  ("a12", "DIRECT", "m11", ("said", "he said, referring"),
                   "It is my view there is no need to go to the expense of finding out what we already know,", None),
                  ("a13", "MIXED", "m12", ("said", "said they were"),
                   "they were “cautiously optimistic” but the Heron Pine estate residents would remain vigilant", None)])

# ---------------------------------------------------------------------------------------
# "claim – name" headline: null cue, source "public health official" (O'Flanagan, whom the
# second paragraph names; FORMAT: a role description resolves to the person the text identifies).
# "has warned the HSE" and "informed a senior HSE public health official that ...": the addressee is
# left out. "referred to a discussion about the posts" gives no content: no claim; the relative
# "which she described as “essential” ..." is a described-as claim of hers (content without the
# linking "as"). The sentence after the HSE spokesperson's claim has no cue: not part of it.
# The stored copy breaks off mid-sentence in the next paragraph: cut at the last whole one.
doc("medicalindependent-hpsc-mers-outbreak-could-close-hospitals",
    url="https://www.medicalindependent.ie/infectious-disease-outbreak-could-close-hospitals-public-health-official/",
    outlet="Medical Independent", country="Ireland", topic="health-science", cut=True,
    text=(T := "Infectious disease outbreak could close hospitals – public health official\n"
          "Hospital closures to control the outbreak of Middle East respiratory syndrome coronavirus (MERS-CoV) in South Korea last year “could easily be replicated here,” a prominent public health official has warned the HSE.\n"
          "Director of the Health Protection Surveillance Centre (HPSC) Dr Darina O’Flanagan — who recently retired from her position — informed a senior HSE public health official that the outbreak in South Korea “resulted in closure of many large hospitals… That could easily be replicated here and we need access to urgent surveillance and guidance for control, including infection control. If our current WTEs are not maintained, there is an exceedingly high risk to the security of the health system.”\n"
          "Dr O’Flanagan’s email was sent on 16 October 2015 to Dr Kevin Kelleher, HSE Assistant National Director, Health Protection. The email was obtained by the Medical Independent (MI) following a Freedom of Information request to the HPSC.\n"
          "In an interview with MI in May 2015, Dr O’Flanagan noted that recent years had seen “severe cuts” within the HPSC and public health departments. “There will be more threats in the future — it’s inevitable,” she told MI.\n"
          "In her email in October, Dr O’Flanagan referred to a discussion about the posts of clinical microbiologist and infection control nurse, which she described as “essential” to the HPSC and HSE, and key for developing guidance on emerging viral threats.\n"
          "According to a HSE spokesperson, the posts referenced in the email were filled following an open competition by the HSE National Recruitment Service. However, one of the two consultant microbiologist positions (both half-time) in the HPSC is currently vacant."),
    entities=[("oflanagan", "Darina O’Flanagan", "PERSON",
               ["O’Flanagan", "Dr O’Flanagan", "Dr Darina O’Flanagan", "public health official",
                "a prominent public health official",
                "Director of the Health Protection Surveillance Centre (HPSC) Dr Darina O’Flanagan"],
               "Director of the Health Protection Surveillance Centre, since retired"),
              ("hsespox", "a HSE spokesperson", "PERSON", ["HSE spokesperson"], "spokesperson of the Health Service Executive")],
    mentions=[("m1", ("public health official", "– public health official"), "oflanagan"),
              ("m2", "a prominent public health official", "oflanagan"),
              ("m3", "Director of the Health Protection Surveillance Centre (HPSC) Dr Darina O’Flanagan", "oflanagan"),
              ("m4", ("Dr O’Flanagan", "Dr O’Flanagan noted"), "oflanagan"),
              ("m5", ("she", "she told MI"), "oflanagan"),
              ("m6", ("Dr O’Flanagan", "Dr O’Flanagan referred"), "oflanagan"),
              ("m7", ("she", "she described"), "oflanagan"),
              ("m8", "a HSE spokesperson", "hsespox")],
    attributions=[("a1", "INDIRECT", "m1", None, "Infectious disease outbreak could close hospitals", None),
                  ("a2", "MIXED", "m2", "warned",
                   seg(T, "Hospital closures to control", "could easily be replicated here,”"), None),
                  ("a3", "MIXED", "m3", "informed",
                   seg(T, "the outbreak in South Korea “resulted", "security of the health system.”"), None),
                  ("a4", "MIXED", "m4", "noted",
                   "recent years had seen “severe cuts” within the HPSC and public health departments", None),
                  ("a5", "DIRECT", "m5", "told", "There will be more threats in the future — it’s inevitable,", None),
                  ("a6", "MIXED", "m7", "described",
                   "“essential” to the HPSC and HSE, and key for developing guidance on emerging viral threats", None),
                  ("a7", "INDIRECT", "m8", "According to",
                   "the posts referenced in the email were filled following an open competition by the HSE National Recruitment Service", None)])

# ---------------------------------------------------------------------------------------
# The headline "Finance Minister Responds to Opposition Leader" gives no content (Burt is whom he
# answers, not what he says): no claim; its two NPs are non-source mentions.
# The date line, a photo caption and the closing video-embed line are left out.
# Burt's MIXED claim holds two nested ones: the noun cue "announcement by Minister Richards of X"
# (X a noun-phrase content, as "announced the launch of X") and, inside it, "what he described as
# an independent assessment" (content without the linking "as").
# The minister's statement runs over four paragraphs (three end with no closing mark and the next
# reopens): one DIRECT attribution (FORMAT, Unit).
doc("bernews-richards-responds-burt-blue-ribbon-panel",
    url="https://bernews.com/2017/01/ministers-response-opposition-leader/",
    outlet="Bernews", country="Bermuda", topic="politics", cut=False, published="2017-01-13",
    text=(T := "Finance Minister Responds to Opposition Leader\n"
          "“The Opposition Leader’s comments were unhelpful regarding enabling the Bermuda public to increase their calm, thoughtful understanding of this project,” Finance Minister Bob Richards said, adding that “the individuals comprising the BRP are senior, respected and non-political Bermudian financial professionals.”\n"
          "Yesterday, Opposition Leader and Shadow Minister of Finance David Burt said the “announcement by Minister Richards of a handpicked panel to provide what he described as an independent assessment shows contempt and disrespect to the people and their elected representatives.”\n"
          "“If the Government was truly interested in building consensus and trust, consultation with the Opposition regarding persons to sit on this panel would have taken place,” Mr Burt added.\n"
          "In response,the Minister of Finance stated that, “The Opposition Leader’s comments were unhelpful regarding enabling the Bermuda public to increase their calm, thoughtful understanding of this project. Divisive rhetoric and name calling hinders this process.\n"
          "“The individuals comprising the BRP are senior, respected and non-political Bermudian financial professionals with impeccable reputations.\n"
          "“They deserve the space to complete their assignment without being subject to the political crossfire which has plagued this project from the outset.\n"
          "“This is a good deal for Bermuda, with many benefits for Bermudians, and I am confident that this will be reflected in the findings of the Blue Ribbon Panel.”"),
    entities=[("richards", "Bob Richards", "PERSON",
               ["Richards", "Finance Minister Bob Richards", "Minister Richards", "the Minister of Finance", "Finance Minister"],
               "Bermuda's Minister of Finance"),
              ("burt", "David Burt", "PERSON",
               ["Burt", "Mr Burt", "Opposition Leader", "Opposition Leader and Shadow Minister of Finance David Burt"],
               "Opposition Leader and Shadow Minister of Finance")],
    mentions=[("m1", ("Finance Minister", "Finance Minister Responds"), "richards"),
              ("m2", ("Opposition Leader", "to Opposition Leader"), "burt"),
              ("m3", "Finance Minister Bob Richards", "richards"),
              ("m4", "Opposition Leader and Shadow Minister of Finance David Burt", "burt"),
              ("m5", ("Minister Richards", "by Minister Richards"), "richards"),
              ("m6", ("he", "what he described"), "richards"),
              ("m7", "Mr Burt", "burt"),
              ("m8", "the Minister of Finance", "richards")],
    attributions=[("a1", "DIRECT", "m3", ("said", "Richards said"),
                   seg(T, "The Opposition Leader’s comments were unhelpful", "understanding of this project,"), None),
                  ("a2", "DIRECT", "m3", "adding",
                   "the individuals comprising the BRP are senior, respected and non-political Bermudian financial professionals.", None),
                  ("a3", "MIXED", "m4", ("said", "David Burt said"),
                   seg(T, "the “announcement by Minister Richards", "their elected representatives.”"), None),
                  ("a4", "INDIRECT", "m5", "announcement",
                   "a handpicked panel to provide what he described as an independent assessment", "a3"),
                  ("a5", "INDIRECT", "m6", "described", ("an independent assessment", "described as an"), "a4"),
                  ("a6", "DIRECT", "m7", "added",
                   seg(T, "If the Government was truly interested", "would have taken place,"), None),
                  ("a7", "DIRECT", "m8", "stated",
                   seg(T, "The Opposition Leader’s comments were unhelpful", "findings of the Blue Ribbon Panel.", "In response,"), None)])

# ---------------------------------------------------------------------------------------
# The stored page has no headline; its dateline "VIENNA, May 13 (Reuters) –" stands on a line of
# its own and is joined to the lead it opens (else the dateline alone would be the title).
# "testimony by ... Bengt Saltin, who said at the time that ...": Saltin's claim is nested in the
# OeSV's. Inside Schroecksnadel's quote, "reports ... that showed" is an evidential and "as stated in
# three reports" gives no content: no claims. "An appeal was lodged ... saying that" is a document
# with no named author: its own entity. "the IOC's initial findings that ..." is a noun cue whose
# possessor is the source (as "the opposition's claims" in earlier splits); "upheld" is the
# court's action, but "ruled that ..." is its verdict. Bans and penalties are actions.
doc("fasterskier-austria-appeal-fis-life-ban-walter-mayer",
    url="http://fasterskier.com/blog/article/nordic-skiing-austria-to-fight-coachs-life-ban",
    outlet="FasterSkier", country="US", topic="sport", cut=True,
    text=(T := "VIENNA, May 13 (Reuters) – Austria's ski federation (OeSV) said on Tuesday it would appeal against the life ban slapped on its cross-country and biathlon ski team coach Walter Mayer by the International Ski Federation (FIS) for alleged doping.\n"
          "The FIS also banned cross country skiers Marc Mayer and Achim Walcher from all competition until March 20 2005, after the discovery of blood transfusion equipment in a chalet during the Olympic Winter Games in Salt Lake City last year.\n"
          "“We can confirm that Walter Mayer has been banned from all activity within the FIS for life and that Marc Mayer and Achim Walcher have both been suspended for two years over the incidents during the Salt Lake City Games,” said FIS secretary general Sarah Lewis.\n"
          "The OeSV said the basis for the decision appeared to come from testimony by FIS medical committee chairman Bengt Saltin, who said at the time that the Austrians had used performance-enhancing measures.\n"
          "“This clearly contradicts the situation as stated in three reports presented to the CAS (Court of Arbitration for Sport) that showed the implemented therapy by Walter Mayer was not a performance-enhancing measure,” OeSV president Peter Schroecksnadel said on Tuesday.\n"
          "“For that reason the sanction imposed by the FIS is inappropriate and contestable,” he said, adding that Mayer would appeal with legal support from the OeSV.\n"
          "The three Austrians and German chiropractor Volker Mueller were initially penalised by the IOC in May 2002 after a three-month investigation and both skiers had their results in Salt Lake City removed from the records.\n"
          "An appeal was lodged in July 2002 saying that the blood treatments were used as a therapeutic remedy rather than to enhance performance. But in March the CAS in Lausanne upheld the IOC's initial findings that the methods constituted blood doping but ruled that Mueller had not committed a doping offence, changing his suspension to a strong warning about his future conduct."),
    entities=[("oesv", "Austria's ski federation (OeSV)", "ORGANIZATION", ["OeSV", "Austria's ski federation"],
               "Austrian Ski Federation"),
              ("lewis", "Sarah Lewis", "PERSON", ["Lewis", "FIS secretary general Sarah Lewis"], "FIS secretary general"),
              ("saltin", "Bengt Saltin", "PERSON", ["Saltin", "FIS medical committee chairman Bengt Saltin"],
               "chairman of the FIS medical committee"),
              ("schroecksnadel", "Peter Schroecksnadel", "PERSON", ["Schroecksnadel", "OeSV president Peter Schroecksnadel"],
               "OeSV president"),
              ("appeal", "An appeal", "ORGANIZATION", [], "the appeal lodged in July 2002"),
              ("ioc", "the IOC", "ORGANIZATION", ["IOC"], "International Olympic Committee"),
              ("cas", "the CAS", "ORGANIZATION", ["CAS", "Court of Arbitration for Sport"], "Court of Arbitration for Sport")],
    mentions=[("m1", "Austria's ski federation (OeSV)", "oesv"),
              ("m2", "FIS secretary general Sarah Lewis", "lewis"),
              ("m3", ("The OeSV", "The OeSV said"), "oesv"),
              ("m4", "FIS medical committee chairman Bengt Saltin", "saltin"),
              ("m5", ("the CAS", "presented to the CAS"), "cas"),
              ("m6", "OeSV president Peter Schroecksnadel", "schroecksnadel"),
              ("m7", ("he", "he said, adding"), "schroecksnadel"),
              ("m8", ("the OeSV", "from the OeSV"), "oesv"),
              ("m9", ("the IOC", "by the IOC"), "ioc"),
              ("m10", "An appeal", "appeal"),
              ("m11", ("the CAS", "the CAS in Lausanne"), "cas"),
              ("m12", ("the IOC", "the IOC's initial"), "ioc")],
    attributions=[("a1", "INDIRECT", "m1", ("said", "(OeSV) said"),
                   seg(T, "it would appeal against the life ban", "for alleged doping"), None),
                  ("a2", "DIRECT", "m2", ("said", "said FIS"),
                   seg(T, "We can confirm that Walter Mayer", "Salt Lake City Games,"), None),
                  ("a3", "INDIRECT", "m3", ("said", "The OeSV said"),
                   seg(T, "the basis for the decision", "used performance-enhancing measures"), None),
                  ("a4", "INDIRECT", "m4", ("said", "who said"),
                   "the Austrians had used performance-enhancing measures", "a3"),
                  ("a5", "DIRECT", "m6", ("said", "Schroecksnadel said"),
                   seg(T, "This clearly contradicts", "not a performance-enhancing measure,"), None),
                  ("a6", "DIRECT", "m7", ("said", "he said, adding"),
                   "For that reason the sanction imposed by the FIS is inappropriate and contestable,", None),
                  ("a7", "INDIRECT", "m7", ("adding", "he said, adding"),
                   "Mayer would appeal with legal support from the OeSV", None),
                  ("a8", "INDIRECT", "m10", "saying",
                   "the blood treatments were used as a therapeutic remedy rather than to enhance performance", None),
                  ("a9", "INDIRECT", "m12", "findings", "the methods constituted blood doping", None),
                  ("a10", "INDIRECT", "m11", "ruled", "Mueller had not committed a doping offence", None)])

# ---------------------------------------------------------------------------------------
# "went public today with their views — that ...": the noun "views" is the cue (FORMAT, noun
# cues). Inside Myers's quotes: "we were called radical environmentalists" (a labelling, agentless:
# null source, the raised subject left out), "we objected to the policy that ..." (the linking
# preposition left out) and "There was a clear implication if ..." (noun cue, names nobody) are
# nested. "disputed the scientists’ claims that ..." is Hogarth's claim with a noun-phrase content,
# and the scientists' claims nested in it (possessor as source). "They were simply asked to ..." is
# an agentless request inside Hogarth's quote (as "staff were told to stay home").
# "published their recommendations" gives no content: no claim. The stored copy breaks off in the
# next paragraph: cut at the last whole one.
doc("heraldnet-scientists-salmon-report-squelched-nmfs",
    url="https://www.heraldnet.com/news/scientists-claim-government-squelched-their-salmon-report/",
    outlet="The Daily Herald (Everett)", country="US", topic="environment", cut=True,
    text=(T := "Scientists claim government squelched their salmon report\n"
          "Six leading marine scientists, who were hired as government advisers only to find their recommendations stripped from an official report, went public today with their views — that federal action is urgently needed to protect more than a dozen populations of West Coast salmon and steelhead trout from the threat of extinction.\n"
          "The scientists published their recommendations in today’s issue of the journal Science after they were dropped from a scientific review of salmon recovery methods commissioned by the National Marine Fisheries Service.\n"
          "\"We were trying to do an honest job and we were called radical environmentalists,\" said Ransom Myers, a fisheries biologist from Dalhousie University in Canada. \"It was troubling to administrators we objected to the policy that habitat did not need to be protected. There was a clear implication if we continued to talk about policy, the group would be disbanded.\"\n"
          "The group, both in its initial review and in Science, recommended the agency rewrite its regulations to ensure the continuation of federal protections for salmon and steelhead in Washington, Oregon and California in the wake of a federal court ruling that put those protections in jeopardy.\n"
          "William Hogarth, director of the National Marine Fisheries Service, disputed the scientists’ claims that their views were squelched. \"We don’t censor our scientists,\" Hogarth said. \"They were simply asked to separate out the policy opinions and send them to (Northwest Regional Administrator) Bob Lohn or myself and not make it part of the scientific report, which is put on the Web site.\"\n"
          "The debate in this case involves the fate of 15 populations of salmon and steelhead trout that spend most of their lives in the ocean but return to spawn in rivers and streams along the West Coast from Central California to the U.S.-Canadian border.\n"
          "All 15 of these distinct populations are sufficiently diminished to be listed as threatened or endangered under the U.S. Endangered Species Act."),
    entities=[("scientists", "Six leading marine scientists", "GROUP", ["Scientists", "The scientists", "The group"],
               "the six scientists of the salmon recovery science review panel"),
              ("myers", "Ransom Myers", "PERSON", ["Myers", "Ransom Myers, a fisheries biologist from Dalhousie University in Canada"],
               "fisheries biologist, Dalhousie University"),
              ("hogarth", "William Hogarth", "PERSON",
               ["Hogarth", "William Hogarth, director of the National Marine Fisheries Service"],
               "director of the National Marine Fisheries Service")],
    mentions=[("m1", ("Scientists", "Scientists claim"), "scientists"),
              ("m2", "Six leading marine scientists", "scientists"),
              ("m3", ("The scientists", "The scientists published"), "scientists"),
              ("m4", "Ransom Myers, a fisheries biologist from Dalhousie University in Canada", "myers"),
              ("m5", ("we", "we objected"), "scientists"),
              ("m6", ("the group", "the group would be disbanded"), "scientists"),
              ("m7", ("The group", "The group, both"), "scientists"),
              ("m8", "William Hogarth, director of the National Marine Fisheries Service", "hogarth"),
              ("m9", ("the scientists", "the scientists’ claims"), "scientists"),
              ("m10", ("Hogarth", "Hogarth said"), "hogarth")],
    attributions=[("a1", "INDIRECT", "m1", ("claim", "Scientists claim"), "government squelched their salmon report", None),
                  ("a2", "INDIRECT", "m2", ("views", "their views —"),
                   seg(T, "federal action is urgently needed", "from the threat of extinction"), None),
                  ("a3", "DIRECT", "m4", ("said", "said Ransom"),
                   "We were trying to do an honest job and we were called radical environmentalists,", None),
                  ("a4", "INDIRECT", None, ("called", "were called"), "radical environmentalists", "a3"),
                  ("a5", "DIRECT", "m4", None,
                   seg(T, "It was troubling to administrators", "the group would be disbanded."), None),
                  ("a6", "INDIRECT", "m5", "objected", "the policy that habitat did not need to be protected", "a5"),
                  ("a7", "INDIRECT", None, "implication",
                   "if we continued to talk about policy, the group would be disbanded", "a5"),
                  ("a8", "INDIRECT", "m7", "recommended",
                   seg(T, "the agency rewrite its regulations", "put those protections in jeopardy"), None),
                  ("a9", "INDIRECT", "m8", "disputed", "the scientists’ claims that their views were squelched", None),
                  ("a10", "INDIRECT", "m9", ("claims", "scientists’ claims"), "their views were squelched", "a9"),
                  ("a11", "DIRECT", "m10", ("said", "Hogarth said"), "We don’t censor our scientists,", None),
                  ("a12", "DIRECT", "m10", None,
                   seg(T, "They were simply asked", "put on the Web site."), None),
                  ("a13", "INDIRECT", None, "asked",
                   seg(T, "to separate out the policy opinions", "put on the Web site"), "a12")])

# ---------------------------------------------------------------------------------------
# The byline block and a one-word photo caption ("Carrefour") are left out; "Wal-Mart ," keeps the
# space the stored page leaves where a ticker was dropped. Headline "Carrefour warns on 2011 profit
# as Europe struggles": the linking "on" and the adjunct "as Europe struggles" are left out.
# "issued four profit warnings" gives no content: no claim. "reported an unexpected first-half net
# loss" and "reported a ... drop in ... profit" are the company's reports with noun-phrase contents.
# "referring to Carrefour's repeated attempts" is not a claim; "predicting" and "adding" are
# second claims of their speakers (FORMAT, seed a18/a19).
doc("fashionnetwork-carrefour-warns-2011-profit",
    url="https://ww.fashionnetwork.com/news/Carrefour-warns-on-2011-profit-as-Europe-struggles,198213.html",
    outlet="FashionNetwork", country="France", topic="business", cut=True, published="2011-08-31",
    text=(T := "Carrefour warns on 2011 profit as Europe struggles\n"
          "August 31 - Carrefour, Europe's No.1 retailer, warned 2011 profits would slump 15 percent as it cuts prices in a bid to reverse market share losses and battles an \"increasingly challenging\" economic environment.\n"
          "Shares in the French group, which had already issued four profit warnings in less than a year, dropped 4 percent in early Wednesday trading after it reported an unexpected first-half net loss, hit by 884 million euros of one-off charges, mainly linked to impairments for its Italian business.\n"
          "\"Yet another one (profit warning) and yet another plan,\" said JP Morgan Cazenove analysts, referring to Carrefour's repeated attempts to reinvent itself in recent years.\n"
          "\"Given Carrefour's history on lack of delivery on its guidance, then a more aggressive stance could be taken by the market,\" RBS analyst Justin Scarborough added, predicting even deeper cuts in 2011 profit forecasts.\n"
          "A string of European consumer-related companies including Ahold and Heineken have missed earnings forecasts recently as shoppers have cut spending amid rising prices and austerity measures.\n"
          "Carrefour, the world's No.2 retailer behind U.S. group Wal-Mart , has conceded it has also made mistakes, such as raising prices in its main French market ahead of rivals like E Leclerc and Intermarche.\n"
          "The group, with more than 9,500 stores in 32 countries, reported a well-flagged 22 percent drop in first-half current operating profit to 772 million euros.\n"
          "It pledged to improve its competitive position, but also indicated this would hit earnings in the short-term.\n"
          "\"We have taken the decision to favour sustainable value creation over short-term gains,\" Chief Executive Lars Olofsson said, adding the group would prioritise price cuts over promotions."),
    entities=[("carrefour", "Carrefour", "ORGANIZATION",
               ["Carrefour, Europe's No.1 retailer", "the French group", "The group"], "French retailer"),
              ("jpm", "JP Morgan Cazenove analysts", "GROUP", ["JP Morgan Cazenove"], "analysts of JP Morgan Cazenove"),
              ("scarborough", "Justin Scarborough", "PERSON", ["Scarborough", "RBS analyst Justin Scarborough"], "RBS analyst"),
              ("olofsson", "Lars Olofsson", "PERSON", ["Olofsson", "Chief Executive Lars Olofsson"], "Carrefour chief executive")],
    mentions=[("m1", ("Carrefour", "Carrefour warns"), "carrefour"),
              ("m2", "Carrefour, Europe's No.1 retailer", "carrefour"),
              ("m3", "the French group", "carrefour"),
              ("m4", ("it", "it reported"), "carrefour"),
              ("m5", "JP Morgan Cazenove analysts", "jpm"),
              ("m6", "RBS analyst Justin Scarborough", "scarborough"),
              ("m7", ("Carrefour", "Carrefour, the world's"), "carrefour"),
              ("m8", ("The group", "The group, with"), "carrefour"),
              ("m9", ("It", "It pledged"), "carrefour"),
              ("m10", "Chief Executive Lars Olofsson", "olofsson"),
              ("m11", ("the group", "the group would prioritise"), "carrefour")],
    attributions=[("a1", "INDIRECT", "m1", ("warns", "Carrefour warns"), ("2011 profit", "on 2011 profit as"), None),
                  ("a2", "MIXED", "m2", "warned",
                   seg(T, "2011 profits would slump", "challenging\" economic environment"), None),
                  ("a3", "INDIRECT", "m4", ("reported", "it reported"),
                   seg(T, "an unexpected first-half net loss", "for its Italian business"), None),
                  ("a4", "DIRECT", "m5", ("said", "said JP"), "Yet another one (profit warning) and yet another plan,", None),
                  ("a5", "DIRECT", "m6", "added",
                   seg(T, "Given Carrefour's history", "taken by the market,"), None),
                  ("a6", "INDIRECT", "m6", "predicting", "even deeper cuts in 2011 profit forecasts", None),
                  ("a7", "INDIRECT", "m7", "conceded",
                   seg(T, "it has also made mistakes", "E Leclerc and Intermarche"), None),
                  ("a8", "INDIRECT", "m8", ("reported", "reported a well"),
                   "a well-flagged 22 percent drop in first-half current operating profit to 772 million euros", None),
                  ("a9", "INDIRECT", "m9", "pledged", "to improve its competitive position", None),
                  ("a10", "INDIRECT", "m9", "indicated", "this would hit earnings in the short-term", None),
                  ("a11", "DIRECT", "m10", ("said", "Olofsson said"),
                   "We have taken the decision to favour sustainable value creation over short-term gains,", None),
                  ("a12", "INDIRECT", "m10", "adding", "the group would prioritise price cuts over promotions", None)])

write("test13_a.jsonl")
