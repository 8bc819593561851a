#!/usr/bin/env python3
"""Writes train_as.jsonl: real-news gold, split train-as (see gold.py). Run: python3 make_train_as.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
# The stored www page has no headline; the headline is taken from a stored copy of the same
# article on the outlet's own mirror (alfi.dev.theedgesingapore.com), which prints it above the
# same lead. The stored copy ends with the "didn't respond" paragraph (the article is marked
# "2 min read"), so the text is taken as whole.
# "Y: WSJ" after the claim is a "claim - name" headline (null cue, the name as source).
# "offered to + verb" is taken as a commissive speech act, as the corpus takes "promised" and
# "pledged" (the offer was made in meetings); "offered lucrative stakes" (a noun phrase, a deal)
# is a transaction and is not annotated. "for deals" in the headline gives the terms of the
# offering (an adjunct of the offer event) and is left out of the nested offer.
# WSJ's report cites the minutes ("according to minutes ..."): the minutes are a document whose
# author is not named, their own entity (GROUP, as "earlier surveys"); the officials' words are
# nested in them, and the "allegations" with no claimant (null source) in the officials' words.
doc("theedgesingapore-china-offered-bail-out-1mdb-wsj",
    url="https://www.theedgesingapore.com/issues/1mdb-watch/china-offered-bail-out-1mdb-deals-wsj",
    outlet="The Edge Singapore", country="Singapore", topic="business", cut=False, published="2019-01-08",
    text=(T := "China offered to bail out 1MDB for deals: WSJ\n"
          "KUALA LUMPUR (Jan 8):  Senior Chinese leaders offered in 2016 to help bail out the 1Malaysia Development Bhd (1MDB) fund at the center of a swelling, multibillion-dollar graft scandal, said The Wall Street Journal (WSJ).\n"
          "In a report Jan 7, WSJ said according to minutes from a series of previously undisclosed meetings it reviewed, Chinese officials told visiting Malaysians that China would use its influence to try to get the US and other countries to drop their probes of allegations that allies of then-Prime Minister Datuk Seri Najib Razak and others plundered 1MDB.\n"
          "It said the Chinese also offered to bug the homes and offices of Journal reporters in Hong Kong who were investigating the fund, to learn who was leaking information to them, according to the minutes.\n"
          "WSJ said in return, Malaysia offered lucrative stakes in railway and pipeline projects for China’s One Belt, One Road program of building infrastructure abroad.\n"
          "It added that within months, Najib signed US$34 billion of rail, pipeline and other deals with Chinese state companies, to be funded by Chinese banks and built by Chinese workers.\n"
          "Meanwhile, WSJ said an examinination of the China-Malaysia projects, based on documents and interviews with current and former Malaysian officials, offers one of the most detailed accounts to date of the political forces at work behind China’s Belt and Road program, a signature initiative of building ports, railways, roads and pipelines in some 70 countries to generate trade and business for Chinese companies.\n"
          "It said minutes of the Chinese-Malaysian meetings say that although the projects’ purposes were “political in nature”, it was imperative the public see them as market-driven.\n"
          "WSJ said the Chinese government information office didn’t respond to requests for comment."),
    entities=[("wsj", "The Wall Street Journal (WSJ)", "ORGANIZATION", ["The Wall Street Journal", "WSJ"], "US newspaper"),
              ("china", "China", "GPE", [], "the Chinese state"),
              ("officials", "Chinese officials", "GROUP", ["Senior Chinese leaders", "the Chinese"],
               "the Chinese officials at the 2016 meetings with Malaysian officials"),
              ("minutes", "minutes from a series of previously undisclosed meetings", "GROUP",
               ["the minutes", "minutes of the Chinese-Malaysian meetings"],
               "minutes of the 2016 Chinese-Malaysian meetings, reviewed by WSJ")],
    mentions=[("m1", ("China", "China offered to bail"), "china"),
              ("m2", ("WSJ", "deals: WSJ"), "wsj"),
              ("m3", "Senior Chinese leaders", "officials"),
              ("m4", "The Wall Street Journal (WSJ)", "wsj"),
              ("m5", ("WSJ", "WSJ said according"), "wsj"),
              ("m6", "minutes from a series of previously undisclosed meetings", "minutes"),
              ("m7", "Chinese officials", "officials"),
              ("m8", ("China", "that China would"), "china"),
              ("m9", ("It", "It said the Chinese"), "wsj"),
              ("m10", ("the Chinese", "the Chinese also"), "officials"),
              ("m11", ("the minutes", "according to the minutes"), "minutes"),
              ("m12", ("WSJ", "WSJ said in return"), "wsj"),
              ("m13", ("It", "It added"), "wsj"),
              ("m14", ("WSJ", "WSJ said an"), "wsj"),
              ("m15", ("It", "It said minutes"), "wsj"),
              ("m16", "minutes of the Chinese-Malaysian meetings", "minutes"),
              ("m17", ("WSJ", "WSJ said the Chinese government"), "wsj")],
    attributions=[("a1", "INDIRECT", "m2", None, "China offered to bail out 1MDB for deals", None),
                  ("a2", "INDIRECT", "m1", ("offered", "China offered to bail"), "to bail out 1MDB", "a1"),
                  ("a3", "INDIRECT", "m4", ("said", "scandal, said"),
                   seg(T, "Senior Chinese leaders offered", "multibillion-dollar graft scandal"), None),
                  # "in 2016" is an adjunct of the offer, between cue and content: left out.
                  ("a4", "INDIRECT", "m3", ("offered", "leaders offered"),
                   seg(T, "to help bail out the 1Malaysia", "multibillion-dollar graft scandal"), "a3"),
                  # "In a report Jan 7" is the medium and a time adjunct, left out.
                  ("a5", "INDIRECT", "m5", ("said", "WSJ said according"),
                   seg(T, "according to minutes from a series", "others plundered 1MDB"), None),
                  ("a6", "INDIRECT", "m6", ("according to", "said according to"),
                   seg(T, "Chinese officials told visiting", "others plundered 1MDB"), "a5"),
                  # The addressee "visiting Malaysians" is left outside.
                  ("a7", "INDIRECT", "m7", ("told", "officials told"),
                   seg(T, "China would use its influence", "others plundered 1MDB"), "a6"),
                  ("a8", "INDIRECT", None, "allegations",
                   "allies of then-Prime Minister Datuk Seri Najib Razak and others plundered 1MDB", "a7"),
                  ("a9", "INDIRECT", "m9", ("said", "It said the Chinese"),
                   seg(T, "the Chinese also offered to bug", "according to the minutes"), None),
                  ("a10", "INDIRECT", "m11", ("according to", "according to the minutes"),
                   seg(T, "the Chinese also offered to bug", "leaking information to them"), "a9"),
                  # The purpose clause "to learn who was leaking ..." is part of what was offered.
                  ("a11", "INDIRECT", "m10", ("offered", "also offered"),
                   seg(T, "to bug the homes and offices", "leaking information to them"), "a10"),
                  ("a12", "INDIRECT", "m12", ("said", "WSJ said in return"),
                   seg(T, "in return, Malaysia offered", "building infrastructure abroad"), None),
                  ("a13", "INDIRECT", "m13", ("added", "It added"),
                   seg(T, "within months, Najib signed", "built by Chinese workers"), None),
                  ("a14", "INDIRECT", "m14", ("said", "WSJ said an"),
                   seg(T, "an examinination of the China-Malaysia", "business for Chinese companies"), None),
                  ("a15", "MIXED", "m15", ("said", "It said minutes"),
                   seg(T, "minutes of the Chinese-Malaysian meetings say", "see them as market-driven"), None),
                  ("a16", "MIXED", "m16", ("say", "meetings say"),
                   seg(T, "although the projects’ purposes", "see them as market-driven"), "a15"),
                  ("a17", "INDIRECT", "m17", ("said", "WSJ said the Chinese government"),
                   "the Chinese government information office didn’t respond to requests for comment", None)])

# ---------------------------------------------------------------------------------------
# The date line ("13 December 2019 01:10 am") is removed. The stored copy ends mid-sentence in a
# last paragraph ("SSC Bandara further informed that by December 16 ..."); the text is cut at the
# last whole paragraph.
# The headline "Magistrate says no to record statement ..." reports the magistrate's refusal of
# a request, a court's decision (FORMAT.md, Excluded: actions, a court's included, such as
# `refused to sign`); it is not annotated, and neither is "Declining the request" nor "issued an
# order". "directed the Court that P" is how the paper reports what the magistrate stated in
# court: a reporting verb, the Court being the addressee (left outside). "Explaining the legal
# background to the request" has a topic and no propositional content: not annotated.
# "requested the magistrate to issue an order ..." keeps the addressee, as the corpus does for
# `asked the park board to review ...` and `called on X to Y`.
doc("dailymirror-lk-swiss-envoy-residence-statement-magistrate",
    url="https://www.dailymirror.lk/amp/breaking-news/Magistrate-says-no-to-record-statement-at-Swiss-Envoys-residence/108-179467",
    outlet="Daily Mirror (Sri Lanka)", country="Sri Lanka", topic="courts-crime", cut=True, published="2019-12-13",
    text=(T := "Magistrate says no to record statement at Swiss Envoy’s residence\n"
          "Declining the request made by President’s Counsel Upali Kumarapperuma appearing for the Swiss Embassy local staffer to record the remainder of her statement at the Swiss Ambassador’s residence, Colombo Chief Magistrate Lanka Jayarathne yesterday directed the Court that the Embassy and Ambassador’s resident comes under Swiss government’s law.\n"
          "When the case was taken up in the Colombo Chief Magistrate’s Court, President’s Counsel Upali Kumarapperuma said that his client was not in a suitable health condition to go to the CID and record her statement and requested the magistrate to issue an order to record her statement at the Swiss Ambassador’s residence.\n"
          "Explaining the legal background to the request, the magistrate directed the Court that the Ambassador’s residence was also taken as a part of the Embassy and the law will be different in those premises.\n"
          "“The Embassy and Ambassador’s residence comes under Swiss law and there will be different laws to such a request,” the magistrate directed the Court.\n"
          "The magistrate also noted that the alleged victim could come to the CID to make her statement unless she is having a serious health condition.\n"
          "While making his submission on behalf of the Attorney General, Senior State Counsel (SSC) Janaka Bandara informed the magistrate that the alleged victim was still in the process of making her statement.\n"
          "SSC Bandara said that the psychiatrist who checked her mental condition requested to refer the alleged victim to a panel of psychiatrists again before submitting the final report.\n"
          "Accordingly, the magistrate issued an order to the Chief JMO to take necessary measures to refer the alleged victim to a panel of psychiatrists and constitute a panel for the particular request."),
    entities=[("jayarathne", "Lanka Jayarathne", "PERSON",
               ["Jayarathne", "Colombo Chief Magistrate Lanka Jayarathne", "the magistrate", "Magistrate"],
               "Colombo Chief Magistrate"),
              ("kumarapperuma", "Upali Kumarapperuma", "PERSON",
               ["Kumarapperuma", "President’s Counsel Upali Kumarapperuma"],
               "President's Counsel for the Swiss Embassy local staffer"),
              ("bandara", "Janaka Bandara", "PERSON",
               ["Bandara", "SSC Bandara", "Senior State Counsel (SSC) Janaka Bandara"],
               "Senior State Counsel, for the Attorney General"),
              ("psychiatrist", "the psychiatrist", "PERSON", [], "the psychiatrist who checked the alleged victim")],
    mentions=[("m1", ("Magistrate", "Magistrate says"), "jayarathne"),
              ("m2", ("President’s Counsel Upali Kumarapperuma", "request made by President’s"), "kumarapperuma"),
              ("m3", "Colombo Chief Magistrate Lanka Jayarathne", "jayarathne"),
              ("m4", ("President’s Counsel Upali Kumarapperuma", "Court, President’s"), "kumarapperuma"),
              ("m5", ("the magistrate", "requested the magistrate"), "jayarathne"),
              ("m6", ("the magistrate", "request, the magistrate"), "jayarathne"),
              ("m7", ("the magistrate", "request,” the magistrate"), "jayarathne"),
              ("m8", ("The magistrate", "The magistrate also"), "jayarathne"),
              ("m9", "Senior State Counsel (SSC) Janaka Bandara", "bandara"),
              ("m10", ("the magistrate", "informed the magistrate"), "jayarathne"),
              ("m11", "SSC Bandara", "bandara"),
              ("m12", "the psychiatrist", "psychiatrist"),
              ("m13", ("the magistrate", "Accordingly, the magistrate"), "jayarathne")],
    attributions=[# A noun cue whose proposer is named in its "by" phrase; the participle "appearing for
                  # the Swiss Embassy local staffer" is left out of the source mention.
                  ("a1", "INDIRECT", "m2", ("request", "Declining the request"),
                   seg(T, "to record the remainder", "Swiss Ambassador’s residence"), None),
                  ("a2", "INDIRECT", "m3", ("directed", "yesterday directed"),
                   "the Embassy and Ambassador’s resident comes under Swiss government’s law", None),
                  ("a3", "INDIRECT", "m4", ("said", "Kumarapperuma said"),
                   "his client was not in a suitable health condition to go to the CID and record her statement", None),
                  ("a4", "INDIRECT", "m4", ("requested", "statement and requested"),
                   seg(T, "the magistrate to issue an order", "Swiss Ambassador’s residence"), None),
                  ("a5", "INDIRECT", "m6", ("directed", "request, the magistrate directed"),
                   seg(T, "the Ambassador’s residence was also taken", "different in those premises"), None),
                  ("a6", "DIRECT", "m7", ("directed", "the magistrate directed the Court."),
                   seg(T, "The Embassy and Ambassador’s residence comes under Swiss law", "to such a request,"), None),
                  ("a7", "INDIRECT", "m8", "noted",
                   seg(T, "the alleged victim could come", "serious health condition"), None),
                  # The adjunct "While making his submission ..." and the addressee are left out.
                  ("a8", "INDIRECT", "m9", "informed",
                   "the alleged victim was still in the process of making her statement", None),
                  ("a9", "INDIRECT", "m11", ("said", "Bandara said"),
                   seg(T, "the psychiatrist who checked", "submitting the final report"), None),
                  # The source is the psychiatrist without the relative clause.
                  ("a10", "INDIRECT", "m12", ("requested", "condition requested"),
                   seg(T, "to refer the alleged victim to a panel of psychiatrists again", "submitting the final report"), "a9")])

# ---------------------------------------------------------------------------------------
# Navigation ("531 PI", "Niu FM", "PMN News"), the photo caption and its credit (printed three
# times), the section label ("Sports"), the byline (twice), the date line and the share links are
# removed. The stored copy ends mid-sentence ("Wales were given several "); the text is cut at the
# last whole paragraph.
# The headline "‘Quote’: Fiji captain makes no excuses ..." gives the quotation first and its
# speaker after the colon: DIRECT, null cue, source "Fiji captain". "makes no excuses" has no
# content of its own. "shut down any thoughts X" is a rejection with a content (like "dismissed
# reports that X"); the "thoughts" have no holder and no specific claimant and are not split off.
# "was asked his “honest opinion”" is a question put to the speaker (Excluded); "took full
# ownership" is an attitude. The two quotations each run over two paragraphs (the first paragraph
# ends without a closing mark and the next reopens): one attribution each, with no reporting
# clause, continuing the previous speaker. The coach's name is printed "Rawalui" and kept so.
doc("pmn-fiji-captain-no-excuses-wales-defeat",
    url="https://pmn.co.nz/read/sports/we-fight-until-the-end-fiji-captain-makes-no-excuses-after-wales-defeat",
    outlet="Pacific Media Network (PMN News)", country="New Zealand", topic="sport", cut=True, published="2023-09-12",
    text=(T := "‘We fight until the end’: Fiji captain makes no excuses after Wales defeat\n"
          "Fiji went down to Wales in an intense opening match that saw many calls not go their way.\n"
          "Flying Fijians captain Waisea Nayacalevu shut down any thoughts his side is using poor officiating as an excuse after their loss to Wales in their opening match.\n"
          "Fiji were denied a number of tries that would have put them ahead in the game, while Wales’ players escaped potential yellow cards despite committing repeated penalties.\n"
          "In the post-game press conference, Nayacalevu was asked his “honest opinion” about the ref’s performance, and he took full ownership for Fiji’s loss.\n"
          "“My honest opinion is that we made mistakes on the field and we paid for it. Wales took advantage and we paid for it.\n"
          "“But we fought until the end, and unlucky we couldn’t get that pass away. Proud of the boys for their effort and we’ll keep on working hard for each other.”\n"
          "Fiji had the majority of possession and territory in the game, but their pursuit of the victory was continually disrupted by Welsh infringements.\n"
          "Fiji head coach Simon Rawalui says the team weren’t accurate enough with the ball in hand.\n"
          "“We had our opportunities, we just weren’t clinical enough. We dropped a couple of balls on the try line, a couple of disallowed tries with a double movement. We had our chance to score at the end with the pass to win it but yeah.\n"
          "“We had our opportunities but we just didn’t make the most of it. Wales had a couple of opportunities off our defensive errors and scored tries, that was the difference.”\n"
          "The Welsh penalty count was a staggering 17 to Fiji’s nine, but only one yellow card was given out late in the match."),
    entities=[("nayacalevu", "Waisea Nayacalevu", "PERSON",
               ["Nayacalevu", "Flying Fijians captain Waisea Nayacalevu", "Fiji captain"], "Fiji rugby captain"),
              ("rawalui", "Simon Rawalui", "PERSON", ["Rawalui", "Fiji head coach Simon Rawalui"], "Fiji rugby head coach")],
    mentions=[("m1", "Fiji captain", "nayacalevu"),
              ("m2", "Flying Fijians captain Waisea Nayacalevu", "nayacalevu"),
              ("m3", ("Nayacalevu", "Nayacalevu was asked"), "nayacalevu"),
              ("m4", ("he", "he took full"), "nayacalevu"),
              ("m5", "Fiji head coach Simon Rawalui", "rawalui")],
    attributions=[("a1", "DIRECT", "m1", None, "We fight until the end", None),
                  # "after their loss to Wales ..." is an adjunct of the reporting event, left out.
                  ("a2", "INDIRECT", "m2", "shut down", "any thoughts his side is using poor officiating as an excuse", None),
                  ("a3", "DIRECT", "m4", None, seg(T, "My honest opinion is", "working hard for each other."), None),
                  ("a4", "INDIRECT", "m5", ("says", "Rawalui says"), "the team weren’t accurate enough with the ball in hand", None),
                  ("a5", "DIRECT", "m5", None, seg(T, "We had our opportunities, we just", "that was the difference."), None)])

# ---------------------------------------------------------------------------------------
# The byline ("Senior Correspondent bdnews24.com") and the "Published / Updated" lines are
# removed, and the trailing spaces of two paragraphs. The stored copy ends mid-sentence in the
# next paragraph ("... as stagnant water becomes the breeding "); the text is cut before it.
# Headline: "as dengue cases are ‘up fivefold’" gives the reason for the call, an adjunct of the
# reporting event (FORMAT.md: "called for speed bumps in an effort to slow traffic" -> "speed
# bumps"); its quoted phrase has no reporting verb of its own and is not annotated.
# "urged X to Y" and "asking X to Y" keep the addressee, as the corpus does for "urged senators to
# consider them" and "asked the park board to review ...". "at least 1,066 cases have been
# reported" records case counts (registration), not a report with a content: not annotated.
doc("bdnews24-health-minister-dengue-hospitalisation-fivefold",
    url="https://bdnews24.com/health/j6ynmrxe22",
    outlet="bdnews24.com", country="Bangladesh", topic="health-science", cut=True, published="2023-05-29",
    text=(T := "Health minister calls for patients to be hospitalised as dengue cases are ‘up fivefold’\n"
          "Zahid Maleque says quick hospitalisation can prevent death from the mosquito-borne disease\n"
          "Health Minister Zahid Maleque has urged people to get hospitalised quickly after contracting dengue, saying the number of cases of the mosquito-borne disease has increased fivefold from last year.\n"
          "Quick hospitalisation can prevent death from the disease, which has claimed 13 lives so far this year, the minister said at a press conference on Monday.\n"
          "He said separate wards were being set up in hospitals while healthcare workers were being trained to tackle the situation.\n"
          "The number of dengue patients hospitalised in the nearly five months of the year is 1,843, including 72 in the 24 hours to Monday morning. “If we compare the figures with last year’s data, it is an around fivefold rise,” Maleque said.\n"
          "He said his ministry shared data with the local government ministry so that it can strengthen mosquito-killing drives in areas with most patients.\n"
          "The minister also urged awareness among the public, asking them to keep their surroundings clean and free from stagnant water so that Aedes-aegypti mosquito, the carrier of the dengue virus, cannot breed.\n"
          "After Dhaka, Cox’s Bazar has become a dengue hotspot this year, the Directorate General of Health Services said on Sunday.\n"
          "Apart from the hospitalisation of nearly 500 Bangladeshis in the coastal district, at least 1,066 cases have been reported in the Rohingya refugee camps.\n"
          "Experts believe the actual number of dengue patients and the death toll are much higher as the official figures leave out those who do not get hospitalised while many people do not get tested."),
    entities=[("maleque", "Zahid Maleque", "PERSON",
               ["Maleque", "Health Minister Zahid Maleque", "Health minister", "the minister"], "Bangladesh's Health Minister"),
              ("dghs", "the Directorate General of Health Services", "ORGANIZATION",
               ["Directorate General of Health Services", "DGHS"], "Bangladesh's health services directorate"),
              ("experts", "Experts", "GROUP", [], "unnamed experts")],
    mentions=[("m1", "Health minister", "maleque"),
              ("m2", ("Zahid Maleque", "Zahid Maleque says"), "maleque"),
              ("m3", "Health Minister Zahid Maleque", "maleque"),
              ("m4", ("the minister", "the minister said"), "maleque"),
              ("m5", ("He", "He said separate"), "maleque"),
              ("m6", ("Maleque", "Maleque said"), "maleque"),
              ("m7", ("He", "He said his ministry"), "maleque"),
              ("m8", ("The minister", "The minister also"), "maleque"),
              ("m9", "the Directorate General of Health Services", "dghs"),
              ("m10", "Experts", "experts")],
    attributions=[("a1", "INDIRECT", "m1", "calls for", "patients to be hospitalised", None),
                  ("a2", "INDIRECT", "m2", "says", "quick hospitalisation can prevent death from the mosquito-borne disease", None),
                  ("a3", "INDIRECT", "m3", ("urged", "has urged"), "people to get hospitalised quickly after contracting dengue", None),
                  # `X said A, warning that B` is two claims of X; so is "urged A, saying B".
                  ("a4", "INDIRECT", "m3", "saying",
                   "the number of cases of the mosquito-borne disease has increased fivefold from last year", None),
                  ("a5", "INDIRECT", "m4", ("said", "the minister said"),
                   "Quick hospitalisation can prevent death from the disease, which has claimed 13 lives so far this year", None),
                  ("a6", "INDIRECT", "m5", ("said", "He said separate"),
                   "separate wards were being set up in hospitals while healthcare workers were being trained to tackle the situation", None),
                  ("a7", "DIRECT", "m6", ("said", "Maleque said"),
                   "If we compare the figures with last year’s data, it is an around fivefold rise,", None),
                  ("a8", "INDIRECT", "m7", ("said", "He said his ministry"),
                   "his ministry shared data with the local government ministry so that it can strengthen mosquito-killing drives in areas with most patients", None),
                  ("a9", "INDIRECT", "m8", ("urged", "also urged"), "awareness among the public", None),
                  ("a10", "INDIRECT", "m8", "asking",
                   seg(T, "them to keep their surroundings clean", "cannot breed"), None),
                  ("a11", "INDIRECT", "m9", ("said", "Services said"),
                   "After Dhaka, Cox’s Bazar has become a dengue hotspot this year", None),
                  # A belief with a named subject, as the journalist reports it (Included).
                  ("a12", "INDIRECT", "m10", "believe",
                   seg(T, "the actual number of dengue patients", "do not get tested"), None)])

# ---------------------------------------------------------------------------------------
# The stored page has no headline; the text starts with its lead. A photo caption with its credit
# ("NO LOYALTY CHECK President Rodrigo Duterte ... PHOTO FROM SEN. JOSEPH VICTOR EJERCITO") and a
# newsletter box are removed. The stored copy ends mid-sentence inside a quotation after the
# Pimentel paragraph; the text is cut at the last whole paragraph. "No serious agenda" is an
# unquoted cross-head, a label.
# The page prints "..., ” Ejercito reporters Wednesday." with the reporting verb lost. The
# quotation is typed DIRECT with a null cue (no reporting word is printed), and its source is the
# name printed in that broken clause, as a quotation that continues its speaker has a null cue.
# "not trumped-up charges as what the detained senator has been claiming": De Lima's claim is
# nested in Duterte's; its content is the noun phrase "trumped-up charges" (what she claims the
# charges are), as "announced the launch of X" takes a noun-phrase content.
doc("manilatimes-duterte-foreign-intel-evidence-de-lima",
    url="http://www.manilatimes.net/foreign-intel-supplied-evidence-vs-de-lima/317441/?replytocom=321447",
    outlet="The Manila Times", country="Philippines", topic="politics", cut=True,
    text=(T := "PRESIDENT Rodrigo Duterte told senators over dinner Tuesday that evidence against Sen. Leila De Lima was supplied by international intelligence sources, and were not trumped-up charges as what the detained senator has been claiming.\n"
          "Senator Joseph Victor Ejercito, one of the 15 senators who joined the dinner at Malacañang Park, said the issue on de Lima’s detention due to drug trafficking was briefly touched by the President during the affair.\n"
          "“He only said the evidence against her (de Lima) was international intelligence-supplied. It’s not only the locals who supplied the intelligence report against de Lima,” Ejercito reporters Wednesday.\n"
          "Duterte, he said, wanted to explain the basis for the filing of cases against de Lima, who is accused of being on top of the illegal drug trade at the New Bilibid Prison when she was Justice secretary.\n"
          "Other senators who dined with the President were Senate President Aquilino Pimentel 3rd, Senate President Pro-Tempore Ralph Recto, Senate Majority Leader Vicente Sotto 3rd, and Senators Juan Edgardo Angara, Nancy Binay, Alan Peter Cayetano, Sherwin Gatchalian, Richard Gordon, Loren Legarda, Emmanuel Pacquiao, Grace Poe, Joel Villanueva, Cynthia Villar and Juan Miguel Zubiri.\n"
          "No serious agenda\n"
          "Pimentel in a separate interview said he agreed with the description of Ejercito that the dinner was intimate and that nothing serious was discussed."),
    entities=[("duterte", "Rodrigo Duterte", "PERSON",
               ["Duterte", "PRESIDENT Rodrigo Duterte", "the President"], "President of the Philippines"),
              ("delima", "Leila De Lima", "PERSON",
               ["De Lima", "de Lima", "Sen. Leila De Lima", "the detained senator"], "detained Philippine senator"),
              ("ejercito", "Joseph Victor Ejercito", "PERSON",
               ["Ejercito", "Senator Joseph Victor Ejercito"], "Philippine senator"),
              ("pimentel", "Aquilino Pimentel 3rd", "PERSON",
               ["Pimentel", "Senate President Aquilino Pimentel 3rd"], "Senate President of the Philippines")],
    mentions=[("m1", "PRESIDENT Rodrigo Duterte", "duterte"),
              ("m2", "Sen. Leila De Lima", "delima"),
              ("m3", "the detained senator", "delima"),
              ("m4", "Senator Joseph Victor Ejercito", "ejercito"),
              ("m5", ("the President", "touched by the President"), "duterte"),
              ("m6", ("He", "He only said"), "duterte"),
              ("m7", ("de Lima", "her (de Lima)"), "delima"),
              ("m8", ("de Lima", "report against de Lima"), "delima"),
              ("m9", ("Ejercito", "Ejercito reporters"), "ejercito"),
              ("m10", ("Duterte", "Duterte, he said"), "duterte"),
              ("m11", ("he", "he said, wanted"), "ejercito"),
              ("m12", ("de Lima", "against de Lima, who"), "delima"),
              ("m13", ("the President", "dined with the President"), "duterte"),
              ("m14", "Senate President Aquilino Pimentel 3rd", "pimentel"),
              ("m15", ("Pimentel", "Pimentel in a separate"), "pimentel"),
              ("m16", ("Ejercito", "description of Ejercito"), "ejercito")],
    attributions=[# The addressee "senators" and the adjunct "over dinner Tuesday" are left out.
                  ("a1", "INDIRECT", "m1", "told",
                   seg(T, "evidence against Sen. Leila De Lima", "has been claiming"), None),
                  ("a2", "INDIRECT", "m3", "claiming", "trumped-up charges", "a1"),
                  # The long apposition "one of the 15 senators who ..." is left out of the source.
                  ("a3", "INDIRECT", "m4", ("said", "Park, said"),
                   seg(T, "the issue on de Lima’s detention", "during the affair"), None),
                  ("a4", "DIRECT", "m9", None,
                   seg(T, "He only said the evidence", "intelligence report against de Lima,"), None),
                  ("a5", "INDIRECT", "m6", ("said", "He only said"),
                   "the evidence against her (de Lima) was international intelligence-supplied", "a4"),
                  # A parenthetical reporting clause inside the claim stays in it (Contiguity).
                  ("a6", "INDIRECT", "m11", ("said", "he said, wanted"),
                   seg(T, "Duterte, he said, wanted", "when she was Justice secretary"), None),
                  # An agentless passive in a relative clause inside the claim: null source, nested.
                  ("a7", "INDIRECT", None, "accused",
                   "being on top of the illegal drug trade at the New Bilibid Prison when she was Justice secretary", "a6"),
                  # "he agreed with" is Pimentel's own attitude within his report, not split off; the
                  # description of Ejercito is a noun cue with its author in the "of" phrase.
                  ("a8", "INDIRECT", "m15", ("said", "interview said"),
                   seg(T, "he agreed with the description", "nothing serious was discussed"), None),
                  ("a9", "INDIRECT", "m16", "description",
                   "the dinner was intimate and that nothing serious was discussed", "a8")])

# ---------------------------------------------------------------------------------------
# A photo caption ("Malaysia has closed hundreds of schools ... (Bernama pic)") is removed. The
# stored copy ends mid-sentence in the next paragraph ("Yeo said the Asean data put the number of
# hotspots in the Indonesi"); the text is cut at the last whole paragraph.
# The headline "Indonesia hits back over haze ..." names a retort with a topic and no content: not
# annotated, as "Explaining the legal background" is not. "rejected Malaysian complaints about X"
# is a rejection with a content; the complaints nested in it have only the adjective "Malaysian"
# as their claimant, a modifier, which FORMAT.md does not mark as a mention: null source.
# "Kuala Lumpur’s remarks that ..." is a noun cue whose author is the possessive, as "a post on
# the council's account" is the council's (FORMAT.md, Documents). "responding to" has no content
# of its own. "raising concern about health ..." describes the haze's effect, not a speech act.
# "Indonesia" is marked as a mention where it names the state as an actor, not where it names a
# place ("fires in Indonesia").
doc("freemalaysiatoday-indonesia-hits-back-haze-forest-fires",
    url="https://www.freemalaysiatoday.com/category/nation/2019/09/13/indonesia-hits-back-over-haze-from-forest-fires/",
    outlet="Free Malaysia Today", country="Malaysia", topic="environment", cut=True, published="2019-09-13",
    text=(T := "Indonesia hits back over haze from forest fires\n"
          "JAKARTA: Indonesia today rejected Malaysian complaints about hazardous smoke drifting from its forest fires across the border, saying blazes are also raging in parts of Malaysia and on Malaysian-owned plantations in Indonesia.\n"
          "In an escalating row over the haze, environment minister Yeo Bee Yin said yesterday that Prime Minister Dr Mahathir Mohamad would write to Indonesia’s President Joko Widodo to raise concerns about cross-border haze.\n"
          "Malaysia closed hundreds of schools and sent half a million face masks to Sarawak this week, after the smoke built up to unhealthy levels.\n"
          "Air quality in Indonesian towns closest to the fires have risen to hazardous levels and on Wednesday thousands held mass Islamic prayer for rain.\n"
          "Forest fires have become an almost annual occurrence in Indonesia, especially in dry years, and Indonesia’s neighbours have complained of the thick, choking haze wafting in, raising concern about health and the impact on tourism.\n"
          "Indonesia’s Environment Minister Siti Nurbaya Bakar today said she felt Malaysia had not painted an objective picture of the flames, which have ripped through parts of Indonesia’s Sumatra and Borneo islands for more than a month.\n"
          "Siti Nurbaya said while smog from fires in Indonesia may have crossed over to Malaysia, fires detected last week in Sarawak and Peninsula Malaysia also contributed to worsening air quality there.\n"
          "“I only asked that they (Malaysians) be objective and sequential in their data analysis,” she told Reuters today, responding to Kuala Lumpur’s remarks that it was using recent data from Asean Specialised Meteorological Centre.\n"
          "Yeo, in a post on her Facebook page yesterday evening, said Indonesia “should not be in denial” and data should speak for itself."),
    entities=[("indonesia", "Indonesia", "GPE", [], "the Indonesian government"),
              ("yeo", "Yeo Bee Yin", "PERSON", ["Yeo", "environment minister Yeo Bee Yin"], "Malaysia's environment minister"),
              ("neighbours", "Indonesia’s neighbours", "GROUP", [], "countries neighbouring Indonesia"),
              ("siti", "Siti Nurbaya Bakar", "PERSON",
               ["Siti Nurbaya", "Indonesia’s Environment Minister Siti Nurbaya Bakar"], "Indonesia's Environment Minister"),
              ("kl", "Kuala Lumpur", "GPE", [], "the Malaysian government")],
    mentions=[("m1", ("Indonesia", "Indonesia hits"), "indonesia"),
              ("m2", ("Indonesia", "Indonesia today"), "indonesia"),
              ("m3", "environment minister Yeo Bee Yin", "yeo"),
              ("m4", "Indonesia’s neighbours", "neighbours"),
              ("m5", "Indonesia’s Environment Minister Siti Nurbaya Bakar", "siti"),
              ("m6", ("Siti Nurbaya", "Siti Nurbaya said"), "siti"),
              ("m7", ("I", "I only asked"), "siti"),
              ("m8", ("she", "she told"), "siti"),
              ("m9", "Kuala Lumpur", "kl"),
              ("m10", ("Yeo", "Yeo, in a post"), "yeo"),
              ("m11", ("Indonesia", "said Indonesia"), "indonesia")],
    attributions=[("a1", "INDIRECT", "m2", "rejected",
                   "Malaysian complaints about hazardous smoke drifting from its forest fires across the border", None),
                  ("a2", "INDIRECT", None, "complaints",
                   "hazardous smoke drifting from its forest fires across the border", "a1"),
                  ("a3", "INDIRECT", "m2", "saying",
                   "blazes are also raging in parts of Malaysia and on Malaysian-owned plantations in Indonesia", None),
                  # "to raise concerns about cross-border haze" is the purpose of a planned letter, part
                  # of Yeo's claim, not a reported speech act of its own.
                  ("a4", "INDIRECT", "m3", ("said", "Yin said"),
                   seg(T, "Prime Minister Dr Mahathir Mohamad would write", "concerns about cross-border haze"), None),
                  ("a5", "INDIRECT", "m4", "complained", "the thick, choking haze wafting in", None),
                  # "she felt" is her own attitude within her report, not split off.
                  ("a6", "INDIRECT", "m5", ("said", "today said"),
                   seg(T, "she felt Malaysia had not painted", "for more than a month"), None),
                  ("a7", "INDIRECT", "m6", ("said", "Nurbaya said"),
                   seg(T, "while smog from fires in Indonesia", "worsening air quality there"), None),
                  # Reuters is the addressee, a medium.
                  ("a8", "DIRECT", "m8", ("told", "she told"),
                   "I only asked that they (Malaysians) be objective and sequential in their data analysis,", None),
                  # Her own earlier request, nested in her quotation.
                  ("a9", "INDIRECT", "m7", ("asked", "I only asked"),
                   "they (Malaysians) be objective and sequential in their data analysis", "a8"),
                  ("a10", "INDIRECT", "m9", ("remarks", "Lumpur’s remarks"),
                   "it was using recent data from Asean Specialised Meteorological Centre", None),
                  # "in a post on her Facebook page yesterday evening" is the medium and a time adjunct.
                  ("a11", "MIXED", "m10", ("said", "evening, said"),
                   "Indonesia “should not be in denial” and data should speak for itself", None)])

# ---------------------------------------------------------------------------------------
# The stored page has no headline; the text starts with its lead. The stored copy ends with the
# residents' reply, taken as the article's end. "Exercise still under way: BBMP" is a cross-head in
# the "claim: name" form of a headline: null cue, the name as source.
# "that have raised objections to X" is a speech act in a relative clause: its source is the
# antecedent (the associations), its content X ("objections to X" -> X, as `complained about
# noise` -> `noise`). "feared" and "felt" are beliefs of a named subject (Included); the
# "when the BBMP’s announced ..." clause is a time adjunct of "feared", left out of that claim and
# annotated on its own ("BBMP’s" is printed for "BBMP"; the mention is "the BBMP").
# "an indication that" is an evidential (Excluded). "refused to buy this argument" is an attitude
# with no content of its own; "pointing out that" is annotated. "Civic authorities" and "the
# civic body" are descriptions of the BBMP, one entity. The RWA member, the BTM Layout resident
# and the slum resident are kept apart, as the text does not say they are one person.
doc("deccanherald-bbmp-online-objections-ward-delimitation",
    url="https://www.deccanherald.com/india/karnataka/bengaluru/is-bbmp-accepting-online-pleas-on-ward-delimitation-residents-want-to-know-2685464",
    outlet="Deccan Herald", country="India", topic="local", cut=False,
    text=(T := "Residents' welfare associations that have raised objections to the ward boundaries recently notified by the state government want to ensure that the BBMP also considered suggestions and objections shared online.\n"
          "They feared that the civic body was only considering inputs received by post or in person when the BBMP’s announced that it received only 3,000 suggestions, 60 per cent of which came only from Yeshwantpur. They felt this was an indication that the Palike excluded suggestions received on its new website, created to display the boundaries and the map of the 225 wards.\n"
          "A resident of HRBR Layout said that people in his area filed at least 300 objections, but they were not reflected in the data shared by the BBMP. Civic authorities said there were only three objections from residents of the Sarvagnanagar assembly constituency, to which HRBR Layout belongs.\n"
          "“The BBMP has formed two wards by mixing the houses located in the first, second and third blocks of HRBR Layout. This is ridiculous. Mixing up villages, BDA layouts and revenue sites is a totally unscientific way of forming wards,” an RWA member said.\n"
          "A resident of BTM Layout said civic officials should have made the Rajendra Nagar slum into a single ward instead of slicing it into three. “By doing this, the civic body has denied an opportunity for the people living in the slum to contest elections,” a resident of the slum said.\n"
          "Exercise still under way: BBMP\n"
          "A senior BBMP official said the civic body was, indeed, considering objections received on the website. “If multiple objections have similar content, we consider them as one complaint, instead of giving the total numbers,” he said, adding that the exercise of incorporating suggestions and complaints was still underway and the final map was not notified yet.\n"
          "But residents have refused to buy this argument, pointing out that the BBMP was considering 1,800 objections from Yeshwantpur, although most of them have the same content."),
    entities=[("rwas", "Residents' welfare associations", "GROUP", [], "Bengaluru residents' welfare associations objecting to the new ward boundaries"),
              ("bbmp", "the BBMP", "ORGANIZATION",
               ["BBMP", "Bruhat Bengaluru Mahanagara Palike", "the civic body", "the Palike", "Civic authorities"],
               "Bengaluru's municipal corporation"),
              ("hrbr", "A resident of HRBR Layout", "PERSON", [], "resident of HRBR Layout"),
              ("rwamember", "an RWA member", "PERSON", [], "member of a residents' welfare association"),
              ("btm", "A resident of BTM Layout", "PERSON", [], "resident of BTM Layout"),
              ("slum", "a resident of the slum", "PERSON", [], "resident of the Rajendra Nagar slum"),
              ("official", "A senior BBMP official", "PERSON", [], "senior BBMP official"),
              ("residents", "residents", "GROUP", [], "residents objecting to the delimitation")],
    mentions=[("m1", "Residents' welfare associations", "rwas"),
              ("m2", ("the BBMP", "that the BBMP also"), "bbmp"),
              ("m3", ("They", "They feared"), "rwas"),
              ("m4", ("the civic body", "that the civic body was only"), "bbmp"),
              ("m5", ("the BBMP", "the BBMP’s announced"), "bbmp"),
              ("m6", ("They", "They felt"), "rwas"),
              ("m7", ("the Palike", "the Palike excluded"), "bbmp"),
              ("m8", "A resident of HRBR Layout", "hrbr"),
              ("m9", ("the BBMP", "shared by the BBMP"), "bbmp"),
              ("m10", "Civic authorities", "bbmp"),
              ("m11", ("The BBMP", "The BBMP has formed"), "bbmp"),
              ("m12", "an RWA member", "rwamember"),
              ("m13", "A resident of BTM Layout", "btm"),
              ("m14", ("the civic body", "the civic body has denied"), "bbmp"),
              ("m15", "a resident of the slum", "slum"),
              ("m16", ("BBMP", "under way: BBMP"), "bbmp"),
              ("m17", "A senior BBMP official", "official"),
              ("m18", ("the civic body", "the civic body was, indeed"), "bbmp"),
              ("m19", ("he", "he said, adding"), "official"),
              ("m20", ("residents", "But residents"), "residents"),
              ("m21", ("the BBMP", "the BBMP was considering"), "bbmp")],
    attributions=[("a1", "INDIRECT", "m1", "raised objections",
                   "the ward boundaries recently notified by the state government", None),
                  ("a2", "INDIRECT", "m3", "feared",
                   "the civic body was only considering inputs received by post or in person", None),
                  ("a3", "INDIRECT", "m5", "announced",
                   "it received only 3,000 suggestions, 60 per cent of which came only from Yeshwantpur", None),
                  ("a4", "INDIRECT", "m6", "felt",
                   seg(T, "this was an indication", "map of the 225 wards"), None),
                  ("a5", "INDIRECT", "m8", ("said", "Layout said that"),
                   "people in his area filed at least 300 objections, but they were not reflected in the data shared by the BBMP", None),
                  ("a6", "INDIRECT", "m10", ("said", "authorities said"),
                   seg(T, "there were only three objections", "to which HRBR Layout belongs"), None),
                  ("a7", "DIRECT", "m12", ("said", "member said"),
                   seg(T, "The BBMP has formed two wards", "unscientific way of forming wards,"), None),
                  ("a8", "INDIRECT", "m13", ("said", "BTM Layout said"),
                   "civic officials should have made the Rajendra Nagar slum into a single ward instead of slicing it into three", None),
                  ("a9", "DIRECT", "m15", ("said", "slum said"),
                   "By doing this, the civic body has denied an opportunity for the people living in the slum to contest elections,", None),
                  ("a10", "INDIRECT", "m16", None, "Exercise still under way", None),
                  ("a11", "INDIRECT", "m17", ("said", "official said"),
                   "the civic body was, indeed, considering objections received on the website", None),
                  ("a12", "DIRECT", "m19", ("said", "he said, adding"),
                   "If multiple objections have similar content, we consider them as one complaint, instead of giving the total numbers,", None),
                  ("a13", "INDIRECT", "m19", "adding",
                   seg(T, "the exercise of incorporating suggestions", "not notified yet"), None),
                  ("a14", "INDIRECT", "m20", "pointing out",
                   seg(T, "the BBMP was considering 1,800", "have the same content"), None)])

write("train_as.jsonl")
