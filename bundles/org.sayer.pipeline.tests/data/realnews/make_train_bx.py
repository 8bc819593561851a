#!/usr/bin/env python3
"""Writes train_bx.jsonl: real-news gold, split train-bx (see gold.py). Run: python3 make_train_bx.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
# Meghalaya Monitor (Shillong, India). The dateline "Shillong, March 21:" is kept as printed and is
# no attribution; the page gives no year, so published is not given. The stored copy breaks off
# inside the second quotation of the chief minister ("Many of our coalition partners too said so
# many things agai"), so the text is cut before that paragraph.
# Notes:
# - Headline "Opp raises corruption allegations by PM & HM": "raises" is the Opposition's speech
#   act with the noun phrase as content; inside it, the noun cue "allegations" with its claimant
#   "PM & HM" (FORMAT.md, Documents/noun cues: the author is named in the NP), content "corruption"
#   (`allegations of X` -> X). "Conrad downplays it as MDA came out of poll ...": evaluative
#   reporting with its content "it"; the "as" clause is a reason adjunct of the reporting event.
# - "The Opposition ... wanted a response from Chief Minister Conrad Sangma on the allegation ...":
#   a demand, taken like "called for" with its noun-phrase content; the allegation of the PM and
#   the HM is nested in it. "on Tuesday" (between subject and verb) is outside the claim.
# - "downplayed the allegations by saying that A and added that B": three claims of the chief
#   minister (FORMAT.md: `X said A, warning that B` is two claims); "downplayed" takes its NP
#   content like "rues the defeat".
# - "the charges of corruption against Meghalaya by the Centre": a noun cue whose claimant is named
#   in the NP ("by the Centre"); the accused ("against Meghalaya") stays in the content, since it is
#   part of what is charged. "raised a short duration discussion" is a procedural act, no claim.
# - "Quoting the Prime Minister ..., Nongrum said that A" and "A, Nongrum said quoting the PM":
#   Nongrum's claim, and nested in it the PM's claim with the same content (cue "Quoting"/"quoting",
#   closest FORMAT.md case: "quoted as saying"). "Where did the money go ." has no cue and no
#   quotation marks, so it is no claim ("No cue, no claim").
# - "the Centre's stand is that ...": a noun cue with a possessive claimant, nested in Mukul's claim.
# - "the views expressed by the Prime Minister and Home Minister": the participle has no content of
#   its own, so it is not nested; the coordinated NP is a mention of the PM-and-HM GROUP.
doc("meghalayamonitor-opposition-corruption-allegations-conrad",
    url="https://meghalayamonitor.com/opp-raises-corruption-allegations-by-pm-hm-but-conrad-downplays-it-as-mda-came-out-of-poll-agnipareeksha/",
    outlet="Meghalaya Monitor", country="India", topic="politics", cut=True,
    text=(T := "Opp raises corruption allegations by PM & HM but Conrad downplays it as MDA came out of poll Agnipareeksha\n"
          "Shillong, March 21: The Opposition on Tuesday wanted a response from Chief Minister Conrad Sangma on the allegation raised by the Prime Minister Narendra Modi and Union Home Minister Amit Shah that Meghalaya is a corrupt state.\n"
          "However, the chief minister downplayed the allegations by saying that during elections, every party hurls abuses and accusations against others and added that the visit of Prime Minister and Union Home Minister to witness the swearing-in ceremony tells a different tale.\n"
          "VPP MLA Adelbert Nongrum raised a short duration discussion on the charges of corruption against Meghalaya by the Centre.\n"
          "Quoting the Prime Minister who visited the state during the Assembly polls, Nongrum said that Meghalaya had received good fund allocation but no money was spent . Where did the money go . There is corruption and nepotism, Nongrum said quoting the PM.\n"
          "Nongrum also said the union home minister had described Meghalaya as the most corrupt state in the country while addressing supporters in Dalu and Rangsakona.\n"
          "The home minister had said that the Centre had given fund for supply of drinking water but the money has disappeared.\n"
          "TMC MLA Mukul Sangma said corruption is deadlier than militancy and the Centre’s stand is that Meghalaya has become infamous for corruption.\n"
          "Mukul said the aggregate commercial and technical losses of MeECL is 60 per cent and this also shows the extent of corruption.\n"
          "In reply, the chief minister said the views expressed by the Prime Minister and Home Minister are election statements.\n"
          "“Many speeches are given during elections but now the MDA government is working together, the fact that PM and HM came together to witness the government formation speaks volumes about their confidence in the government”, he said."),
    entities=[("opposition", "The Opposition", "GROUP", ["Opp", "Opposition"], "opposition in the Meghalaya Assembly"),
              ("pmhm", "PM & HM", "GROUP", ["PM and HM", "the Prime Minister and Home Minister"],
               "Prime Minister Narendra Modi and Union Home Minister Amit Shah together"),
              ("conrad", "Conrad Sangma", "PERSON", ["Conrad", "Chief Minister Conrad Sangma", "the chief minister"],
               "Chief Minister of Meghalaya"),
              ("modi", "Narendra Modi", "PERSON", ["the Prime Minister", "the PM", "Prime Minister Narendra Modi"],
               "Prime Minister of India"),
              ("shah", "Amit Shah", "PERSON", ["the union home minister", "Union Home Minister Amit Shah"],
               "Union Home Minister of India"),
              ("nongrum", "Adelbert Nongrum", "PERSON", ["Nongrum", "VPP MLA Adelbert Nongrum"], "VPP MLA"),
              ("centre", "the Centre", "ORGANIZATION", ["Centre"], "the central government of India"),
              ("mukul", "Mukul Sangma", "PERSON", ["Mukul", "TMC MLA Mukul Sangma"], "TMC MLA")],
    mentions=[("m1", ("Opp", "Opp raises"), "opposition"),
              ("m2", "PM & HM", "pmhm"),
              ("m3", ("Conrad", "Conrad downplays"), "conrad"),
              ("m4", "The Opposition", "opposition"),
              ("m5", "Chief Minister Conrad Sangma", "conrad"),
              ("m6", "the Prime Minister Narendra Modi and Union Home Minister Amit Shah", "pmhm"),
              ("m7", ("the chief minister", "the chief minister downplayed"), "conrad"),
              ("m8", "Prime Minister and Union Home Minister", "pmhm"),
              ("m9", "VPP MLA Adelbert Nongrum", "nongrum"),
              ("m10", ("the Centre", "by the Centre."), "centre"),
              ("m11", ("the Prime Minister", "Quoting the Prime Minister"), "modi"),
              ("m12", ("Nongrum", "Nongrum said that"), "nongrum"),
              ("m13", ("Nongrum", "Nongrum said quoting"), "nongrum"),
              ("m14", ("the PM", "quoting the PM"), "modi"),
              ("m15", ("Nongrum", "Nongrum also said"), "nongrum"),
              ("m16", "the union home minister", "shah"),
              ("m17", ("The home minister", "The home minister had said"), "shah"),
              ("m18", ("the Centre", "the Centre had given"), "centre"),
              ("m19", "TMC MLA Mukul Sangma", "mukul"),
              ("m20", ("the Centre", "the Centre’s stand"), "centre"),
              ("m21", ("Mukul", "Mukul said the aggregate"), "mukul"),
              ("m22", ("the chief minister", "the chief minister said the views"), "conrad"),
              ("m23", "the Prime Minister and Home Minister", "pmhm"),
              ("m24", ("PM and HM", "that PM and HM came"), "pmhm"),
              ("m25", ("he", "”, he said"), "conrad")],
    attributions=[("a1", "INDIRECT", "m1", ("raises", "Opp raises"), "corruption allegations by PM & HM", None),
                  ("a2", "INDIRECT", "m2", ("allegations", "allegations by PM"), ("corruption", "corruption allegations"), "a1"),
                  ("a3", "INDIRECT", "m3", "downplays", ("it", "it as MDA"), None),
                  ("a4", "INDIRECT", "m4", "wanted", seg(T, "a response from Chief Minister", "is a corrupt state"), None),
                  ("a5", "INDIRECT", "m6", ("allegation", "allegation raised"), "Meghalaya is a corrupt state", "a4"),
                  ("a6", "INDIRECT", "m7", "downplayed", ("the allegations", "downplayed the allegations"), None),
                  ("a7", "INDIRECT", "m7", ("saying", "by saying"),
                   "during elections, every party hurls abuses and accusations against others", None),
                  ("a8", "INDIRECT", "m7", ("added", "and added that the visit"),
                   seg(T, "the visit of Prime Minister", "tells a different tale"), None),
                  ("a9", "INDIRECT", "m10", "charges", "corruption against Meghalaya", None),
                  ("a10", "INDIRECT", "m12", ("said", "Nongrum said that"),
                   "Meghalaya had received good fund allocation but no money was spent", None),
                  ("a11", "INDIRECT", "m11", "Quoting",
                   "Meghalaya had received good fund allocation but no money was spent", "a10"),
                  ("a12", "INDIRECT", "m13", ("said", "Nongrum said quoting"), "There is corruption and nepotism", None),
                  ("a13", "INDIRECT", "m14", ("quoting", "said quoting"), "There is corruption and nepotism", "a12"),
                  ("a14", "INDIRECT", "m15", ("said", "also said the union"),
                   seg(T, "the union home minister had described", "in Dalu and Rangsakona"), None),
                  ("a15", "INDIRECT", "m16", "described", "Meghalaya as the most corrupt state in the country", "a14"),
                  ("a16", "INDIRECT", "m17", ("said", "had said that the Centre"),
                   "the Centre had given fund for supply of drinking water but the money has disappeared", None),
                  ("a17", "INDIRECT", "m19", ("said", "Sangma said corruption"),
                   "corruption is deadlier than militancy and the Centre’s stand is that Meghalaya has become infamous for corruption", None),
                  ("a18", "INDIRECT", "m20", "stand", "Meghalaya has become infamous for corruption", "a17"),
                  ("a19", "INDIRECT", "m21", ("said", "Mukul said the aggregate"),
                   seg(T, "the aggregate commercial", "the extent of corruption"), None),
                  ("a20", "INDIRECT", "m22", ("said", "the chief minister said the views"),
                   "the views expressed by the Prime Minister and Home Minister are election statements", None),
                  ("a21", "DIRECT", "m25", ("said", "”, he said"),
                   seg(T, "Many speeches are given", "their confidence in the government"), None)])

# ---------------------------------------------------------------------------------------
# New Norfolk News (Derwent Valley, Tasmania, Australia). The photo caption above the lead ("In a
# video posted on Facebook, Cr Rachel Power, front, said ...") is removed. The stored copy breaks
# off inside the paragraph "The mayor next called for someone ... After a short del", so the text is
# cut before it. The address gives only the month (2018/12), so published is not given.
# Notes:
# - "leading to three councillors making accusations of bulling and intimidation by members of the
#   public gallery": a noun cue ("accusations", FORMAT.md) with its claimants as source; the typo
#   "bulling" is kept as printed.
# - "Mayor Ben Shaw opened the meeting ..., remarking that ...": the participle clause is a claim of
#   the mayor.
# - "Dealing firstly with the record of attendance and apologies, Cr Shaw said ...": the fronted
#   participle is an adjunct of the reporting event, outside the claim.
# - "The recording is available here, or read on for a detailed report." is the paper's own line,
#   kept as printed (no attribution).
doc("newnorfolknews-derwent-valley-council-agm-rundown",
    url="https://newnorfolknews.com/2018/12/council-annual-general-meeting-rundown/",
    outlet="New Norfolk News", country="Australia", topic="local", cut=True,
    text=(T := "Council annual general meeting rundown\n"
          "FACING its second no-confidence motion in as many years, the Derwent Valley Council’s annual general meeting last week had one of the biggest attendances in many years. Tempers flared in some instances and voices were raised on several occasions, leading to three councillors making accusations of bulling and intimidation by members of the public gallery.\n"
          "The official audio recording of the meeting was published on the council website on Monday, allowing a detailed review of the proceedings, which lasted about 45 minutes. Without explanation, the recording was replaced by a slightly shorter version on Tuesday. The recording is available here, or read on for a detailed report.\n"
          "Mayor Ben Shaw opened the meeting at about 5.30pm on December 13, remarking that there appeared to be quite a bit of interest in the annual report. “It is interesting to note that the council AGM isn’t an official meeting of council,” Cr Shaw said. “So, it is for the purposes of noting the annual report and taking public questions regarding the annual report,” he said.\n"
          "Dealing firstly with the record of attendance and apologies, Cr Shaw said Cr Martyn Evans was an apology for the meeting but all other councillors were in attendance. General manager Greg Winton conducted a headcount of the public gallery and reported that there were 29 members of the public in attendance. Names of the public were not recorded for the minutes.\n"
          "Cr Shaw said Item 2 in the agenda was brief overview of conduct at the annual general meeting. “If you’ve got an agenda there or if you’ve had a look at an agenda, it’s reasonably self-explanatory,” he said."),
    entities=[("councillors", "three councillors", "GROUP", [], "three Derwent Valley councillors"),
              ("shaw", "Ben Shaw", "PERSON", ["Shaw", "Cr Shaw", "Mayor Ben Shaw"], "Mayor of the Derwent Valley"),
              ("winton", "Greg Winton", "PERSON", ["Winton", "General manager Greg Winton"],
               "general manager of Derwent Valley Council")],
    mentions=[("m1", "three councillors", "councillors"),
              ("m2", "Mayor Ben Shaw", "shaw"),
              ("m3", ("Cr Shaw", "Cr Shaw said. "), "shaw"),
              ("m4", ("he", "annual report,” he said"), "shaw"),
              ("m5", ("Cr Shaw", "Cr Shaw said Cr Martyn"), "shaw"),
              ("m6", "General manager Greg Winton", "winton"),
              ("m7", ("Cr Shaw", "Cr Shaw said Item"), "shaw"),
              ("m8", ("he", "self-explanatory,” he said"), "shaw")],
    attributions=[("a1", "INDIRECT", "m1", "accusations",
                   "bulling and intimidation by members of the public gallery", None),
                  ("a2", "INDIRECT", "m2", "remarking",
                   "there appeared to be quite a bit of interest in the annual report", None),
                  ("a3", "DIRECT", "m3", ("said", "Cr Shaw said. "),
                   "It is interesting to note that the council AGM isn’t an official meeting of council,", None),
                  ("a4", "DIRECT", "m4", ("said", "annual report,” he said"),
                   "So, it is for the purposes of noting the annual report and taking public questions regarding the annual report,", None),
                  ("a5", "INDIRECT", "m5", ("said", "Cr Shaw said Cr Martyn"),
                   "Cr Martyn Evans was an apology for the meeting but all other councillors were in attendance", None),
                  ("a6", "INDIRECT", "m6", "reported", "there were 29 members of the public in attendance", None),
                  ("a7", "INDIRECT", "m7", ("said", "Cr Shaw said Item"),
                   "Item 2 in the agenda was brief overview of conduct at the annual general meeting", None),
                  ("a8", "DIRECT", "m8", ("said", "self-explanatory,” he said"),
                   "If you’ve got an agenda there or if you’ve had a look at an agenda, it’s reasonably self-explanatory,", None)])

# ---------------------------------------------------------------------------------------
# The Nation (Thailand). The page header ("FRIDAY, April 19, 2024", the site's date of the stored
# copy, not the article's) and the brand line are removed; the headline, printed twice, is kept
# once. The story (Koh Tao murders, 2014) gives no date of its own, so published is not given. The
# stored copy breaks off inside the next paragraph ("Prawit said that as he has been put in charge
# of internal security, h"), so the text is cut before it.
# Notes:
# - "The parents also quoted their sons as saying police had threatened to ...": three levels. The
#   parents' report (cue "quoted", content "their sons as saying ...", as "described X as Y" keeps
#   X), the sons' claim nested in it (cue "saying"), and the threat of the police nested in that
#   (a threat is a speech act, like "warned"; content "to intimidate ...").
# - "the suspects' earlier claims made to a lawyer ..., in which they said they had been beaten ...":
#   the noun "claims" has no content of its own; its content is given by the relative clause, whose
#   "said" carries the one claim (FORMAT.md, Two clauses, one claim). "This assertion appears to
#   contradict" is the journalist's evidential, no claim.
# - "The parents were reported to have said ...": an agentless "reported" (null source, raised
#   subject left outside, like `was expected to`), and nested in it the parents' "said".
# - "They were also quoted as telling the suspects that “...”": source "They" (the parents), cue
#   "quoted as telling"; the addressee and "that" are outside, and the content is the whole
#   quotation, so it is DIRECT (FORMAT.md: `told the panel "we are not ready"`).
# - "but they did not specify the issues": an omission with a noun phrase, not an open question,
#   so it is not annotated (FORMAT.md, Refusals and omissions, takes only open questions).
# - "charged with killing": a legal action, no claim.
doc("nationthailand-koh-tao-suspects-meet-families",
    url="https://www.nationthailand.com/news/30246228",
    outlet="The Nation", country="Thailand", topic="courts-crime", cut=True,
    text=(T := "Koh Tao murder suspects meet their families\n"
          "The two Myanmar workers, charged with killing two Britons on Koh Tao last month, met their parents and relatives in a two-hour visit yesterday at the prison on Koh Samui.\n"
          "The parents reportedly insisted that their sons were not killers, saying they had been forced to confess after being beaten by police. The parents also quoted their sons as saying police had threatened to intimidate or assault Rakhine people on the island unless they confessed.\n"
          "This assertion appears to contradict the suspects’ earlier claims made to a lawyer from the Lawyers’ Council of Thailand, in which they said they had been beaten by an interpreter while being interrogated by police.\n"
          "The parents were reported to have said they would take their sons home, if they are acquitted. They were also quoted as telling the suspects that “they had been made scapegoats, sacrificed to cover the mistakes of Thai police”.\n"
          "After the visit, the parents said they would lodge a petition with the Office of the Attorney-General (OAG), but they did not specify the issues. Senior public prosecutor Theerawut Phrammanan said the petition would be forwarded to the OAG at the soonest. The relatives were accompanied to the prison by officials from the Myanmar Embassy, the Justice Ministry, the suspects’ lawyers and officials from National Human Rights Commission. Their arrival in Thailand has been widely covered by foreign and local media.\n"
          "Meanwhile, Deputy Prime Minister Prawit Wongsuwan said he “did not know what to do” with the speculation and scepticism on social media, saying he would leave the sceptics to believe in what they please.\n"
          "He said it was common for suspects in criminal cases to retract their confessions, adding that the process would continue regardless of their confession or denial."),
    entities=[("suspects", "The two Myanmar workers", "GROUP", ["the suspects", "their sons", "Myanmar workers"],
               "the two Myanmar workers charged with the Koh Tao murders"),
              ("parents", "The parents", "GROUP", ["parents"], "the suspects' parents"),
              ("police", "police", "GROUP", ["Thai police"], "Thai police"),
              ("theerawut", "Theerawut Phrammanan", "PERSON",
               ["Theerawut", "Phrammanan", "Senior public prosecutor Theerawut Phrammanan"], "senior public prosecutor"),
              ("prawit", "Prawit Wongsuwan", "PERSON", ["Prawit", "Deputy Prime Minister Prawit Wongsuwan"],
               "Deputy Prime Minister of Thailand")],
    mentions=[("m1", "The two Myanmar workers", "suspects"),
              ("m2", ("The parents", "The parents reportedly"), "parents"),
              ("m3", ("their sons", "their sons were not"), "suspects"),
              ("m4", ("police", "beaten by police"), "police"),
              ("m5", ("The parents", "The parents also quoted"), "parents"),
              ("m6", ("their sons", "quoted their sons"), "suspects"),
              ("m7", ("police", "police had threatened"), "police"),
              ("m8", ("they", "in which they said"), "suspects"),
              ("m9", ("police", "interrogated by police"), "police"),
              ("m10", ("The parents", "The parents were reported"), "parents"),
              ("m11", ("They", "They were also quoted"), "parents"),
              ("m12", ("the suspects", "telling the suspects"), "suspects"),
              ("m13", "Thai police", "police"),
              ("m14", ("the parents", "the parents said they would lodge"), "parents"),
              ("m15", "Senior public prosecutor Theerawut Phrammanan", "theerawut"),
              ("m16", "Deputy Prime Minister Prawit Wongsuwan", "prawit"),
              ("m17", ("He", "He said it was common"), "prawit")],
    attributions=[("a1", "INDIRECT", "m2", "insisted", "their sons were not killers", None),
                  ("a2", "INDIRECT", "m2", ("saying", "saying they had been forced"),
                   "they had been forced to confess after being beaten by police", None),
                  ("a3", "INDIRECT", "m5", ("quoted", "quoted their sons"), seg(T, "their sons as saying", "unless they confessed"), None),
                  ("a4", "INDIRECT", "m6", ("saying", "as saying police"),
                   "police had threatened to intimidate or assault Rakhine people on the island unless they confessed", "a3"),
                  ("a5", "INDIRECT", "m7", "threatened",
                   "to intimidate or assault Rakhine people on the island unless they confessed", "a4"),
                  ("a6", "INDIRECT", "m8", ("said", "they said they had been beaten"),
                   "they had been beaten by an interpreter while being interrogated by police", None),
                  ("a7", "INDIRECT", None, ("reported", "were reported to"),
                   "to have said they would take their sons home, if they are acquitted", None),
                  ("a8", "INDIRECT", "m10", ("said", "to have said"),
                   "they would take their sons home, if they are acquitted", "a7"),
                  ("a9", "DIRECT", "m11", "quoted as telling",
                   "they had been made scapegoats, sacrificed to cover the mistakes of Thai police", None),
                  ("a10", "INDIRECT", "m14", ("said", "the parents said they would lodge"),
                   "they would lodge a petition with the Office of the Attorney-General (OAG)", None),
                  ("a11", "INDIRECT", "m15", ("said", "Phrammanan said"),
                   "the petition would be forwarded to the OAG at the soonest", None),
                  ("a12", "MIXED", "m16", ("said", "Wongsuwan said"),
                   "he “did not know what to do” with the speculation and scepticism on social media", None),
                  ("a13", "INDIRECT", "m16", ("saying", "saying he would leave"),
                   "he would leave the sceptics to believe in what they please", None),
                  ("a14", "INDIRECT", "m17", ("said", "He said it was common"),
                   "it was common for suspects in criminal cases to retract their confessions", None),
                  ("a15", "INDIRECT", "m17", "adding",
                   "the process would continue regardless of their confession or denial", None)])

# ---------------------------------------------------------------------------------------
# New Business Age (Nepal). The reading-time line ("2 min 46 sec to read") and the headline printed a
# second time are removed. The dateline "November 23:" gives no year, so published is not given.
# The stored copy breaks off inside the last paragraph ("Tourism entrepreneurs have requested the
# government to simplify ... and tourism-friendly", with no end), so the text is cut before it.
# Notes:
# - "As a result, the hoteliers are running their business in loss.": no cue, so no claim
#   ("No cue, no claim"), although it follows the hoteliers' claim.
# - "He said this during a meeting with the Minister ...": "this" points back to Shah's claim and
#   adds no content of its own (the corpus's "made these remarks while ..."), so it is not a claim;
#   its minister NP is a mention of Kiranti.
# - "HAN also emphasized making the Nepal Tourism Board ... active ...": "emphasized" with a gerund
#   content, taken like "called for" with a noun-phrase content.
# - "Stating that A, he emphasized that B": two claims of the same source mention ("he").
doc("newbusinessage-hotel-business-one-third-capacity",
    url="https://www.newbusinessage.com/Articles/view/19547",
    outlet="New Business Age", country="Nepal", topic="business", cut=True,
    text=(T := "Hotel Business Running at One-Third Capacity\n"
          "November 23: Hoteliers say that there has been an increase in the number of new hotels recently, but the arrival of guests is not in the same proportion. As a result, the hoteliers are running their business in loss.\n"
          "They claim that despite the increase in arrival of tourists and tourism-related activities, the hotel business is operating at one-third of its capacity.\n"
          "President of the Hotel Association of Nepal (HAN) Binayak Shah said that the hotel business has been operating at a loss as the supply is greater than the demand.\n"
          "He said this during a meeting with the Minister for Culture, Tourism and Civil Aviation, Sudan Kiranti. Shah added that foreign tourists are longing to visit Nepal and inquiries are increasing, however, the tourists who intend to visit Nepal go elsewhere due to the difficulties in roads transportation and air connectivity in the country.\n"
          "He said that the state should pay attention to these aspects as soon as possible, adding that if only the road network connecting neighbouring countries China and India can be prepared, the arrival of tourists will further increase.\n"
          "HAN also emphasized making the Nepal Tourism Board and Nepal Airlines Corporation active in promoting the country's tourism in the international level.\n"
          "On the occasion, Minister Kiranti said that the arrival of tourists is satisfactory. Stating that a good message has been conveyed about Nepal in the international level, he emphasized that tourism should be made viable to make the country prosperous. He said that the air network will also be expanded and initiatives are being taken in this regard. He said that a committee has been formed under the leadership of the prime minister to improve the country's economy."),
    entities=[("hoteliers", "Hoteliers", "GROUP", ["the hoteliers"], "hotel owners of Nepal"),
              ("shah", "Binayak Shah", "PERSON", ["Shah"], "President of the Hotel Association of Nepal (HAN)"),
              ("kiranti", "Sudan Kiranti", "PERSON",
               ["Kiranti", "Minister Kiranti", "the Minister for Culture, Tourism and Civil Aviation, Sudan Kiranti"],
               "Minister for Culture, Tourism and Civil Aviation"),
              ("han", "Hotel Association of Nepal (HAN)", "ORGANIZATION", ["Hotel Association of Nepal", "HAN"],
               "association of Nepal's hotels")],
    mentions=[("m1", "Hoteliers", "hoteliers"),
              ("m2", ("the hoteliers", "the hoteliers are running"), "hoteliers"),
              ("m3", ("They", "They claim"), "hoteliers"),
              ("m4", "President of the Hotel Association of Nepal (HAN) Binayak Shah", "shah"),
              ("m5", "the Minister for Culture, Tourism and Civil Aviation, Sudan Kiranti", "kiranti"),
              ("m6", ("Shah", "Shah added"), "shah"),
              ("m7", ("He", "He said that the state"), "shah"),
              ("m8", ("HAN", "HAN also emphasized"), "han"),
              ("m9", "Minister Kiranti", "kiranti"),
              ("m10", ("he", "he emphasized"), "kiranti"),
              ("m11", ("He", "He said that the air network"), "kiranti"),
              ("m12", ("He", "He said that a committee"), "kiranti")],
    attributions=[("a1", "INDIRECT", "m1", ("say", "Hoteliers say"),
                   seg(T, "there has been an increase", "not in the same proportion"), None),
                  ("a2", "INDIRECT", "m3", "claim",
                   seg(T, "despite the increase in arrival", "one-third of its capacity"), None),
                  ("a3", "INDIRECT", "m4", ("said", "Shah said that the hotel"),
                   "the hotel business has been operating at a loss as the supply is greater than the demand", None),
                  ("a4", "INDIRECT", "m6", ("added", "Shah added"),
                   seg(T, "foreign tourists are longing", "air connectivity in the country"), None),
                  ("a5", "INDIRECT", "m7", ("said", "He said that the state"),
                   "the state should pay attention to these aspects as soon as possible", None),
                  ("a6", "INDIRECT", "m7", "adding",
                   seg(T, "if only the road network", "will further increase"), None),
                  ("a7", "INDIRECT", "m8", ("emphasized", "HAN also emphasized"),
                   seg(T, "making the Nepal Tourism Board", "in the international level", "making the Nepal"), None),
                  ("a8", "INDIRECT", "m9", ("said", "Kiranti said"), "the arrival of tourists is satisfactory", None),
                  ("a9", "INDIRECT", "m10", "Stating",
                   "a good message has been conveyed about Nepal in the international level", None),
                  ("a10", "INDIRECT", "m10", ("emphasized", "he emphasized"),
                   "tourism should be made viable to make the country prosperous", None),
                  ("a11", "INDIRECT", "m11", ("said", "He said that the air network"),
                   "the air network will also be expanded and initiatives are being taken in this regard", None),
                  ("a12", "INDIRECT", "m12", ("said", "He said that a committee"),
                   "a committee has been formed under the leadership of the prime minister to improve the country's economy", None)])

# ---------------------------------------------------------------------------------------
# Thanh Nien News (Vietnam). The "next article" link, the byline ("By Thanh Nien News -") and the
# photo caption (printed twice) are removed. The stored copy breaks off inside the next paragraph
# ("Tu Quoc Tuan, director of An Giang Health De"), so the text is cut before it. The page gives no
# date. "Bac Lieu Provice's" is kept as printed.
# Notes:
# - Headline "Code red: Vietnam faces ...": a topic label before a colon, no speaker, no cue.
# - "..., according to local media reports": a document whose author is named in its NP, so the
#   source is a mention of the local media (FORMAT.md, Documents).
# - "A survey released by the Can Tho University of Medicine and Pharmacy on Monday found that ...":
#   a finding of a survey whose author is named in its NP, so the source mention is the survey NP
#   and its entity the university; "on Monday" is an adjunct of the release.
# - "There are only 52 doctors ...", "The Bac Lieu Mental Hospital, for instance, ...", "Kien Giang
#   Province has ...": no cue, so no claim, although they read as the survey's figures.
doc("thanhniennews-mekong-delta-doctor-shortage",
    url="http://m.thanhniennews.com/health/code-red-vietnam-faces-serious-doctor-shortage-in-mekong-delta-65286.html",
    outlet="Thanh Nien News", country="Vietnam", topic="health-science", cut=True,
    text=(T := "Code red: Vietnam faces serious doctor shortage in Mekong Delta\n"
          "Hospitals across the Mekong Delta in southern Vietnam are facing severe shortages of doctors, leaving even the largest medical centers in dire straits, according to local media reports.\n"
          "A survey released by the Can Tho University of Medicine and Pharmacy on Monday found that the 13 city and provinces in the region desperately need more doctors, particularly in the specialties of anatomic pathology, tuberculosis, leprosy, mental health and forensic examination.\n"
          "There are only 52 doctors working in those five branches and half of them will reach retirement age within the next four years.\n"
          "The Bac Lieu Mental Hospital, for instance, has only two doctors even though with 80 beds it should have at least 20. One of the doctors will retire next year.\n"
          "Kien Giang Province has no tuberculosis and lung doctor while several others have between one and five each.\n"
          "Nguyen Minh Tung, deputy director of Bac Lieu Provice's health department, said the province will launch a tuberculosis hospital in early 2017 and is facing difficulties recruiting 115 doctors.\n"
          "Many medical students are not interested in the five areas, said Cao My Phuong, director of Tra Vinh's health department.\n"
          "Some students are willing to wait for a year to enroll in general practitioner programs instead of studying to become a specialist, she said.\n"
          "Regional health officials have also warned that many doctors in the public sector are migrating to private hospitals for higher income.\n"
          "Vuong Phuong Nam, deputy chairman of Bac Lieu People’s Committee, said there are 15 doctors in the province who have quit their jobs at public hospitals recently."),
    entities=[("media", "local media", "GROUP", ["local media reports"], "Vietnamese local media"),
              ("ctump", "Can Tho University of Medicine and Pharmacy", "ORGANIZATION", [],
               "medical university in Can Tho, author of the survey"),
              ("tung", "Nguyen Minh Tung", "PERSON", ["Tung"], "deputy director of Bac Lieu Province's health department"),
              ("phuong", "Cao My Phuong", "PERSON", [], "director of Tra Vinh's health department"),
              ("officials", "Regional health officials", "GROUP", [], "health officials of the Mekong Delta"),
              ("nam", "Vuong Phuong Nam", "PERSON", [], "deputy chairman of Bac Lieu People's Committee")],
    mentions=[("m1", "local media reports", "media"),
              ("m2", "A survey released by the Can Tho University of Medicine and Pharmacy", "ctump"),
              ("m3", "Nguyen Minh Tung, deputy director of Bac Lieu Provice's health department", "tung"),
              ("m4", "Cao My Phuong, director of Tra Vinh's health department", "phuong"),
              ("m5", ("she", "she said"), "phuong"),
              ("m6", "Regional health officials", "officials"),
              ("m7", "Vuong Phuong Nam, deputy chairman of Bac Lieu People’s Committee", "nam")],
    attributions=[("a1", "INDIRECT", "m1", "according to",
                   seg(T, "Hospitals across the Mekong Delta", "in dire straits"), None),
                  ("a2", "INDIRECT", "m2", "found",
                   seg(T, "the 13 city and provinces", "forensic examination"), None),
                  ("a3", "INDIRECT", "m3", ("said", "department, said the province"),
                   seg(T, "the province will launch", "recruiting 115 doctors"), None),
                  ("a4", "INDIRECT", "m4", ("said", "areas, said"), "Many medical students are not interested in the five areas", None),
                  ("a5", "INDIRECT", "m5", ("said", "she said"),
                   seg(T, "Some students are willing", "to become a specialist"), None),
                  ("a6", "INDIRECT", "m6", "warned",
                   "many doctors in the public sector are migrating to private hospitals for higher income", None),
                  ("a7", "INDIRECT", "m7", ("said", "Committee, said"),
                   "there are 15 doctors in the province who have quit their jobs at public hospitals recently", None)])

# ---------------------------------------------------------------------------------------
# Tempo English (Indonesia). The site's date line ("Saturday, 19 January 2019", the day of the stored
# copy: the story's Wednesday, January 17 fell in 2018), the font controls and the photo caption
# ("Google Play Store.", printed twice) are removed; published is not given. The dateline
# "TEMPO.CO, Jakarta -" opens the lead and is no attribution. Nothing else is cut.
# Notes:
# - Headline "Govt to Block Google if LGBT Apps Not Taken Down": no cue, no claim.
# - "ordered tech-giant Google to remove ..." and "ordering Google to shut down ...": directives
#   with a content, taken like `called on X to Y` and the corpus's "ordered X to Y" (which keeps X).
#   FORMAT.md's excluded "ordered an inquiry" has a noun-phrase object (an action), not a directive
#   to someone. In the quotation, "We have told Google to close down ..." is nested with content
#   "to close down ..." (the corpus drops the addressee of "told X to Y").
# - "The apps are suspected to contain ...": an agentless belief, null source, raised subject left
#   outside (like `was expected to`).
# - "Facebook was also instructed to block a group ... that the government deemed unethical":
#   agentless "instructed" (null source, as make_test7_a.py annotates "were instructed to"), and in
#   its content the government's judgement in the relative clause ("deemed" X unethical, like
#   "labelled X Y"), nested, with content "unethical".
# - "We urge the public to ..." is the speaker's own speech act in his quotation, not split off.
# - "169 LGBT websites that were reported by the public": "reported" has no content of its own.
doc("tempo-govt-block-google-lgbt-apps",
    url="https://en.tempo.co/read/914919/govt-to-block-google-if-lgbt-apps-not-taken-down",
    outlet="Tempo", country="Indonesia", topic="technology", cut=False,
    text=(T := "Govt to Block Google if LGBT Apps Not Taken Down\n"
          "TEMPO.CO, Jakarta - The Communication and Informatics Ministry ordered tech-giant Google to remove 75 mobile applications from Google Play Store. The apps are suspected to contain negative contents in support of lesbian, gay, bisexual, and transgender (LGBT) groups.\n"
          "The acting head of the Ministry’s public relations, Noor Izza said that other than ordering Google to shut down the applications, they have also blocked 15 DNS from 15 LGBT applications on the Google Play Store.\n"
          "Facebook was also instructed to block a group in the social media giant that the government deemed unethical.\n"
          "“We have told Google to close down the applications. If not, we will block Google,” he said on Wednesday, January 17.\n"
          "According to Noor, the government has blocked 3 DNS from 3 LGBT-themed applications since September 28, 2016. Meanwhile, in October of 2017, the government blocked 5 DNS from the app named Blued.\n"
          "“We urge the public to avoid utilizing any applications that do not comply with the Indonesian social norms and culture,” said Noor.\n"
          "The Communication and Informatics Ministry explained that there were 169 LGBT websites that were reported by the public. There are also 72,407 contents that support immoral activities, which have all been blocked by the Indonesian government."),
    entities=[("ministry", "The Communication and Informatics Ministry", "ORGANIZATION",
               ["Communication and Informatics Ministry"], "Indonesia's Ministry of Communication and Informatics"),
              ("noor", "Noor Izza", "PERSON", ["Noor", "The acting head of the Ministry’s public relations, Noor Izza"],
               "acting head of the ministry's public relations"),
              ("government", "the Indonesian government", "ORGANIZATION", ["the government"], "Government of Indonesia")],
    mentions=[("m1", ("The Communication and Informatics Ministry", "The Communication and Informatics Ministry ordered"), "ministry"),
              ("m2", "The acting head of the Ministry’s public relations, Noor Izza", "noor"),
              ("m3", ("they", "they have also blocked"), "ministry"),
              ("m4", ("the government", "the government deemed"), "government"),
              ("m5", ("We", "We have told"), "ministry"),
              ("m6", ("he", "he said on Wednesday"), "noor"),
              ("m7", ("Noor", "According to Noor"), "noor"),
              ("m8", ("the government", "the government has blocked"), "government"),
              ("m9", ("the government", "the government blocked 5"), "government"),
              ("m10", ("Noor", "said Noor"), "noor"),
              ("m11", ("The Communication and Informatics Ministry", "The Communication and Informatics Ministry explained"), "ministry"),
              ("m12", "the Indonesian government", "government")],
    attributions=[("a1", "INDIRECT", "m1", "ordered",
                   "tech-giant Google to remove 75 mobile applications from Google Play Store", None),
                  ("a2", "INDIRECT", None, "suspected",
                   seg(T, "to contain negative contents", "(LGBT) groups"), None),
                  ("a3", "INDIRECT", "m2", ("said", "Noor Izza said"),
                   seg(T, "other than ordering Google", "on the Google Play Store"), None),
                  ("a4", "INDIRECT", "m3", "ordering", "Google to shut down the applications", "a3"),
                  ("a5", "INDIRECT", None, "instructed",
                   "to block a group in the social media giant that the government deemed unethical", None),
                  ("a6", "INDIRECT", "m4", "deemed", ("unethical", "deemed unethical"), "a5"),
                  ("a7", "DIRECT", "m6", ("said", "he said on Wednesday"),
                   "We have told Google to close down the applications. If not, we will block Google,", None),
                  ("a8", "INDIRECT", "m5", ("told", "We have told"), ("to close down the applications", "Google to close down"), "a7"),
                  ("a9", "INDIRECT", "m7", "According to",
                   "the government has blocked 3 DNS from 3 LGBT-themed applications since September 28, 2016", None),
                  ("a10", "DIRECT", "m10", ("said", "said Noor"),
                   "We urge the public to avoid utilizing any applications that do not comply with the Indonesian social norms and culture,", None),
                  ("a11", "INDIRECT", "m11", "explained",
                   "there were 169 LGBT websites that were reported by the public", None)])

# ---------------------------------------------------------------------------------------
# Newsman (Pakistan). The stored page has no headline (the address reads "ahsan-iqbal-warns-smog-
# could-cause-250000-premature-deaths-in-pakistan"), so the text starts with its lead, whose
# "Islamabad, (Newsman):" is a dateline and no attribution. The two "Also Read: ..." link lines are
# removed; nothing else is cut. The page gives no date.
# Notes:
# - "has warned that A, estimating that B": two claims (FORMAT.md, `X said A, warning that B`).
# - "Speaking at a meeting in Islamabad ..., Iqbal emphasized that ...": the fronted participle is an
#   adjunct of the reporting event.
# - "describing the situation as an “economic emergency.”": MIXED, content "X as Y" with its inner
#   marks and the period inside them (FORMAT.md, Marks in content).
# - "expressed particular concern over the impact on children's health": evaluative reporting with
#   a content (like "voiced relief that"); the linking "over" is left out and the cue keeps its
#   contiguous words "expressed particular concern".
# - "According to the latest air quality index, ...": a document with no named author, its own
#   entity (FORMAT.md, Documents: "according to a new report"). "the air quality index (AQI) ... was
#   recorded at 788" is a measurement, no claim.
doc("newsman-ahsan-iqbal-smog-premature-deaths",
    url="https://newsman.pk/ahsan-iqbal-warns-smog-could-cause-250000-premature-deaths-in-pakistan/amp",
    outlet="Newsman", country="Pakistan", topic="environment", cut=False,
    text=(T := "Islamabad, (Newsman): Federal Planning Minister Ahsan Iqbal has warned that smog poses a significant threat to public health, estimating that it could lead to 250,000 premature deaths.\n"
          "The situation is particularly alarming in Punjab’s major cities, Lahore and Multan, which have been among the most polluted places in the world in recent days.\n"
          "As of 9 pm today, the air quality index (AQI) in Lahore and Multan was recorded at 788 and 698, respectively—levels that are extremely hazardous to health.\n"
          "Speaking at a meeting in Islamabad to address the growing issue of smog and air pollution, Iqbal emphasized that this crisis is largely of our own making and urgent, large-scale action is needed to tackle it.\n"
          "He stressed that the consequences of smog are not just health-related but also economic, describing the situation as an “economic emergency.”\n"
          "Iqbal expressed particular concern over the impact on children’s health and warned that the air pollution could lead to thousands of premature deaths if left unaddressed.\n"
          "According to the latest air quality index, Lahore continues to top the list of most polluted cities in Pakistan, with Peshawar and Islamabad following closely behind."),
    entities=[("iqbal", "Ahsan Iqbal", "PERSON", ["Iqbal", "Federal Planning Minister Ahsan Iqbal"],
               "Federal Planning Minister of Pakistan"),
              ("index", "the latest air quality index", "ORGANIZATION", [], "the latest air quality index ranking")],
    mentions=[("m1", "Federal Planning Minister Ahsan Iqbal", "iqbal"),
              ("m2", ("Iqbal", "Iqbal emphasized"), "iqbal"),
              ("m3", ("He", "He stressed"), "iqbal"),
              ("m4", ("Iqbal", "Iqbal expressed"), "iqbal"),
              ("m5", "the latest air quality index", "index")],
    attributions=[("a1", "INDIRECT", "m1", ("warned", "has warned"), "smog poses a significant threat to public health", None),
                  ("a2", "INDIRECT", "m1", "estimating", "it could lead to 250,000 premature deaths", None),
                  ("a3", "INDIRECT", "m2", "emphasized",
                   "this crisis is largely of our own making and urgent, large-scale action is needed to tackle it", None),
                  ("a4", "INDIRECT", "m3", "stressed",
                   "the consequences of smog are not just health-related but also economic", None),
                  ("a5", "MIXED", "m3", "describing", "the situation as an “economic emergency.”", None),
                  ("a6", "INDIRECT", "m4", "expressed particular concern", "the impact on children’s health", None),
                  ("a7", "INDIRECT", "m4", ("warned", "warned that the air pollution"),
                   "the air pollution could lead to thousands of premature deaths if left unaddressed", None),
                  ("a8", "INDIRECT", "m5", "According to",
                   seg(T, "Lahore continues to top", "following closely behind"), None)])

write("train_bx.jsonl")
