#!/usr/bin/env python3
"""Writes train_bc.jsonl: real-news gold, split train-bc (see gold.py). Run: python3 make_train_bc.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
# CTK wire copy on Expats.cz. The photo credit ("Ondřej Kolář in 2017 via Wikimedia / David
# Sedlecký") and two "Advertise with Expats.cz" lines are removed. The stored copy breaks off inside
# the next paragraph ("A Kremlin spokesman called the Respekt news a hoax. The Russian embassy in
# Prague sent "); the text is cut at the last whole paragraph before it. The page gives "April 28"
# but no year, so no date is recorded. The standfirst repeats the lead and carries the claim too
# (FORMAT.md, Text parts); the dateline "Prague, April 28 (CTK) –" is left out of the lead's claim.
# "told Prima TV": Prima is an addressee/medium, not a source. "adding that ..." is a second claim
# of the same "he" (seed a18/a19). "Hřib and Novotný confirmed" is a coordinated subject, one GROUP.
# "faced Russian criticism" has no content, "decided to remove" and "plans to install" are actions:
# not annotated. "who criticised the regime of Vladimir Putin": the cue sits in a relative clause, so
# the source is its antecedent; the corpus takes "criticised X" with its noun phrase as content.
# Respekt "wrote that A and that B": one claim over both that-clauses; "Czech security bodies
# considered his arrival as a threat" is a belief of a named group nested in it, its content taken
# like "described X as Y".
doc("expats-prague-kolar-police-protection-russian-threat",
    url="https://news.expats.cz/weekly-czech-news/prague-6-mayor-ondrej-kolar-under-police-protection-over-russian-threat/",
    outlet="Expats.cz (CTK)", country="Czech Republic", topic="politics", cut=True,
    text=(T := "Prague 6 Mayor Ondřej Kolář confirms he is under police protection over Russian threat\n"
          "Kolář (TOP 09) is under police protection because of a Russian man tasked to liquidate him, he told Prima TV today\n"
          "Prague, April 28 (CTK) – Prague 6 District Mayor Ondřej Kolář (TOP 09) is under police protection because of a Russian man tasked to liquidate him, he told Prima TV today, adding that the man also wanted to kill Prague Mayor Zdeněk Hřib (Pirates) and Prague-Řeporyje Mayor Pavel Novotný (Civic Democrats, ODS).\n"
          "Kolář, Hřib and Novotný faced Russian criticism in the past weeks over the steps each of them and their respective offices have taken.\n"
          "Kolář told TV Prima he signed a confidentiality agreement in which it is rather strictly defined what he can and cannot say.\n"
          "Hřib and Novotný confirmed to TV Prima that they are also under police protection, without elaborating.\n"
          "Kolář decided to remove the memorial to Soviet Marshal Ivan Konev from a square in his city district. In its place, a new memorial to the liberation of Prague during the Second World War is to be built.\n"
          "The Prague City Hall headed by Hřib recently renamed the square where the Russian embassy is seated after Russian politician Boris Nemtsov, who criticised the regime of Vladimir Putin and was assassinated in Moscow in 2015.\n"
          "Novotny plans to install a plaque commemorating soldiers of the Russian Liberation Army (ROA) who fell while assisting in the liberation of Prague in 1945. But the ROA also fought alongside the Nazis against Stalin’s Soviet Union during World War Two.\n"
          "The Czech weekly Respekt wrote on Monday that a Russian secret agent arrived in Prague three weeks ago equipped with ricin and that Czech security bodies considered his arrival as a threat to Hřib and Kolář."),
    entities=[("kolar", "Ondřej Kolář", "PERSON",
               ["Kolář", "Prague 6 Mayor Ondřej Kolář", "Prague 6 District Mayor Ondřej Kolář"],
               "Mayor of the Prague 6 district (TOP 09)"),
              ("hribnovotny", "Hřib and Novotný", "GROUP", [],
               "Prague Mayor Zdeněk Hřib and Prague-Řeporyje Mayor Pavel Novotný"),
              ("nemtsov", "Boris Nemtsov", "PERSON", ["Nemtsov", "Russian politician Boris Nemtsov"],
               "Russian opposition politician, assassinated in 2015"),
              ("respekt", "The Czech weekly Respekt", "ORGANIZATION", ["Respekt"], "Czech news weekly"),
              ("security", "Czech security bodies", "GROUP", [], "Czech security services")],
    mentions=[("m1", "Prague 6 Mayor Ondřej Kolář", "kolar"),
              ("m2", ("Kolář", "threat\nKolář (TOP 09)"), "kolar"),
              ("m3", ("he", ", he told Prima TV today\nPrague"), "kolar"),
              ("m4", "Prague 6 District Mayor Ondřej Kolář", "kolar"),
              ("m5", ("he", ", he told Prima TV today, adding"), "kolar"),
              ("m6", ("Kolář", "Kolář, Hřib"), "kolar"),
              ("m7", ("Kolář", "Kolář told TV Prima"), "kolar"),
              ("m8", ("Hřib and Novotný", "Hřib and Novotný confirmed"), "hribnovotny"),
              ("m9", ("Kolář", "Kolář decided"), "kolar"),
              ("m10", "Russian politician Boris Nemtsov", "nemtsov"),
              ("m11", "The Czech weekly Respekt", "respekt"),
              ("m12", "Czech security bodies", "security"),
              ("m13", ("Kolář", "Hřib and Kolář."), "kolar")],
    attributions=[("a1", "INDIRECT", "m1", "confirms", "he is under police protection over Russian threat", None),
                  ("a2", "INDIRECT", "m3", ("told", ", he told Prima TV today\nPrague"),
                   ("Kolář (TOP 09) is under police protection because of a Russian man tasked to liquidate him",
                    "threat\nKolář (TOP 09)"), None),
                  ("a3", "INDIRECT", "m5", ("told", ", he told Prima TV today, adding"),
                   "Prague 6 District Mayor Ondřej Kolář (TOP 09) is under police protection because of a Russian man tasked to liquidate him", None),
                  ("a4", "INDIRECT", "m5", "adding",
                   "the man also wanted to kill Prague Mayor Zdeněk Hřib (Pirates) and Prague-Řeporyje Mayor Pavel Novotný (Civic Democrats, ODS)", None),
                  ("a5", "INDIRECT", "m7", ("told", "Kolář told TV Prima"),
                   "he signed a confidentiality agreement in which it is rather strictly defined what he can and cannot say", None),
                  ("a6", "INDIRECT", "m8", ("confirmed", "Novotný confirmed"), "they are also under police protection", None),
                  ("a7", "INDIRECT", "m10", "criticised", "the regime of Vladimir Putin", None),
                  ("a8", "INDIRECT", "m11", "wrote",
                   seg(T, "a Russian secret agent arrived", "a threat to Hřib and Kolář"), None),
                  ("a9", "INDIRECT", "m12", "considered", "his arrival as a threat to Hřib and Kolář", "a8")])

# ---------------------------------------------------------------------------------------
# The stored page has no headline; the text starts with the lead. The stored copy breaks off inside
# the next paragraph ("According to reports the Commissioner has received ... was accused of"); the
# text is cut at the last whole paragraph before it. The page gives no date.
# "defended members of the PNG security contingent ... against claims of brutality and misconduct":
# the defended party is the content; "against claims of ..." is left out of it, as "defended the
# design, despite the cracks" keeps only "the design", and "claims of brutality and misconduct" is
# its own agentless noun-cue claim (null source; "of" only links the cue). "refuted reports of
# serious allegations ...": the refuting takes the noun phrase, and the claimant-less "reports of"
# nests in it (null source). "allegations raised against the PNG police ..." names a target, not a
# proposition: not annotated as a further claim. "when initially contacted early this week on the
# reports ..." is an adjunct of the reporting event and is left out. "in a statement last night,
# Mr Manning defended X saying Y" is two claims of Manning (as seed a18/a19). "Allegations were
# raised on social media that ..." is agentless: null source, the noun is the cue. The quotation
# opened at "Secondly" is left open at its paragraph end and reopened; it is one attribution that
# continues Manning (null cue).
doc("postcourier-manning-defends-png-contingent-solomon-islands",
    url="https://www.postcourier.com.pg/378953-2/",
    outlet="Post-Courier", country="Papua New Guinea", topic="courts-crime", cut=True,
    text=(T := "Police Commissioner David Manning has defended members of the PNG security contingent in Solomon Islands against claims of brutality and misconduct.\n"
          "He refuted reports of serious allegations raised against the PNG police and Correctional Service personnel deployed to Solomon Islands to assist in the peace-keeping mission.\n"
          "Commissioner Manning when initially contacted early this week on the reports hitting the social media platforms in PNG and Solomon Islands, said the alleged police brutality in Solomon were under investigation.\n"
          "“It is under investigation and the normal process will apply. I will be contacting the RSIPF COP and the Commander of the IAF (International Assisting Force) for a comprehensive brief on the matter,” he said.\n"
          "“(I will) also be sending a joint RPNGC and CS Internal investigations team to assist in the investigation of the matter if required.”\n"
          "However, in a statement last night, Mr Manning defended the members of the PNG contingent saying they had acted properly and within the confines of law.\n"
          "Allegations were raised on social media that PNG Defence Force personnel allegedly forced entry into a home and assaulted a man in the presence of his wife and daughter.\n"
          "“First of all, the PNG Defence Force is not part of the PNG contingent deployed to the Solomon Islands,” Mr Manning said.\n"
          "“Secondly, at no time did any member of the PNG contingent assault any member of the public in Honiara.\n"
          "“I am aware of two separate incidents where two men were detained by members of the PNG contingent and taken to the Henderson Police Station in Honiara, Solomon Islands for questioning and charging.”"),
    entities=[("manning", "David Manning", "PERSON",
               ["Manning", "Mr Manning", "Commissioner Manning", "Police Commissioner David Manning"],
               "Commissioner of the Royal Papua New Guinea Constabulary")],
    mentions=[("m1", "Police Commissioner David Manning", "manning"),
              ("m2", ("He", "He refuted"), "manning"),
              ("m3", ("Commissioner Manning", "Commissioner Manning when"), "manning"),
              ("m4", ("he", "matter,” he said"), "manning"),
              ("m5", ("Mr Manning", "Mr Manning defended"), "manning"),
              ("m6", ("Mr Manning", "Islands,” Mr Manning said"), "manning")],
    attributions=[("a1", "INDIRECT", "m1", ("defended", "has defended"),
                   "members of the PNG security contingent in Solomon Islands", None),
                  ("a2", "INDIRECT", None, ("claims", "against claims of"), "brutality and misconduct", None),
                  ("a3", "INDIRECT", "m2", "refuted",
                   seg(T, "reports of serious allegations", "in the peace-keeping mission"), None),
                  ("a4", "INDIRECT", None, ("reports", "refuted reports"),
                   seg(T, "serious allegations raised", "in the peace-keeping mission"), "a3"),
                  ("a5", "INDIRECT", "m3", ("said", "Islands, said the"),
                   "the alleged police brutality in Solomon were under investigation", None),
                  ("a6", "DIRECT", "m4", ("said", "matter,” he said"),
                   seg(T, "It is under investigation and", "a comprehensive brief on the matter,"), None),
                  ("a7", "DIRECT", "m4", None,
                   seg(T, "(I will) also be sending", "of the matter if required."), None),
                  ("a8", "INDIRECT", "m5", ("defended", "Mr Manning defended"), "the members of the PNG contingent", None),
                  ("a9", "INDIRECT", "m5", "saying", "they had acted properly and within the confines of law", None),
                  ("a10", "INDIRECT", None, "Allegations",
                   seg(T, "PNG Defence Force personnel allegedly", "his wife and daughter"), None),
                  ("a11", "DIRECT", "m6", ("said", "Islands,” Mr Manning said"),
                   "First of all, the PNG Defence Force is not part of the PNG contingent deployed to the Solomon Islands,", None),
                  ("a12", "DIRECT", "m6", None, seg(T, "Secondly, at no time", "for questioning and charging."), None)])

# ---------------------------------------------------------------------------------------
# Two photo captions (each printed twice) are removed. The stored copy breaks off inside the next
# paragraph ("Earlier this week, leaked documents were published showing ... 11,846 bre"); the text
# is cut at the last whole paragraph before it. The page gives no date.
# The headline's "Grim warning over hospital waiting lists from NI health board chief" is a noun cue
# whose "over" only links it to what the warning is about, as the corpus takes "warning locals about
# the virus" (content "the virus"). "a top health official" is Watts, whom the next sentence names
# (FORMAT.md, Coreference). "has apologised to those affected" names only addressees: no content,
# not annotated. "which she felt was not too much to ask" is Watts's attitude within her own report
# and is not split off (FORMAT.md, as seed a20); so are "I will constantly make the case that ..."
# and "I can assure you that ..." inside her own quotations. "Asked if she was satisfied ..." is a
# question put to the speaker (not annotated). Inside her last quotation, the "passionate pleas put
# to both those in the department and at Stormont about the need for extra money ..." are speech
# with no claimant named: a nested noun-cue claim with a null source ("about" only links the cue).
doc("newsletter-ni-waiting-lists-valerie-watts-warning",
    url="https://www.newsletter.co.uk/news/health/grim-warning-over-hospital-waiting-lists-from-ni-health-board-chief-1-6866869",
    outlet="News Letter", country="UK", topic="health-science", cut=True,
    text=(T := "Grim warning over hospital waiting lists from NI health board chief\n"
          "Already lengthy waiting times for surgical operations are “likely to get worse,” according to a top health official.\n"
          "Valerie Watts, chief executive of the Health and Social Care Board (HSCB), has described a sharp rise in the number of patients on waiting lists as “regrettable”.\n"
          "Some patients have been forced to wait up to 74 weeks for treatment.\n"
          "Ms Watts has apologised to those affected, but said there has been an “unprecedented” demand for services.\n"
          "“It is both regrettable and it was also disturbing for me to hear about those [waiting times], I am not proud to hear some of these stories, as CEO presiding over the Health and Social Care Board, to hear about these waiting times,” she told the BBC.\n"
          "Ms Watts said an additional £2million a week would provide a large number of surgeries of drug courses for patients – which she felt was not too much to ask when the department spends £12m a day on health service provision.\n"
          "“I will constantly make the case that we need more money for health and social care, to be able to provide the best standard, and the safest standard, of care,” she said on Thursday.\n"
          "Asked if she was satisfied she was doing all she could to make a case for increased funding, Ms Watts replied: “I can assure you that there are very, very robust business cases and plans...and passionate pleas put to both those in the department and at Stormont about the need for extra money to be ploughed into, and invested in, health and social care.”"),
    entities=[("watts", "Valerie Watts", "PERSON",
               ["Watts", "Ms Watts", "Valerie Watts, chief executive of the Health and Social Care Board (HSCB)",
                "a top health official", "NI health board chief"],
               "chief executive of Northern Ireland's Health and Social Care Board")],
    mentions=[("m1", "NI health board chief", "watts"),
              ("m2", "a top health official", "watts"),
              ("m3", "Valerie Watts, chief executive of the Health and Social Care Board (HSCB)", "watts"),
              ("m4", ("Ms Watts", "Ms Watts has apologised"), "watts"),
              ("m5", ("she", "she told the BBC"), "watts"),
              ("m6", ("Ms Watts", "Ms Watts said an"), "watts"),
              ("m7", ("she", "she said on Thursday"), "watts"),
              ("m8", ("Ms Watts", "Ms Watts replied"), "watts")],
    attributions=[("a1", "INDIRECT", "m1", "warning", "hospital waiting lists", None),
                  ("a2", "MIXED", "m2", "according to",
                   "Already lengthy waiting times for surgical operations are “likely to get worse,”", None),
                  ("a3", "MIXED", "m3", "described", "a sharp rise in the number of patients on waiting lists as “regrettable”", None),
                  ("a4", "MIXED", "m4", ("said", "but said there"), "there has been an “unprecedented” demand for services", None),
                  ("a5", "DIRECT", "m5", ("told", "she told the BBC"),
                   seg(T, "It is both regrettable", "to hear about these waiting times,"), None),
                  ("a6", "INDIRECT", "m6", ("said", "Ms Watts said an"),
                   seg(T, "an additional £2million a week", "on health service provision"), None),
                  ("a7", "DIRECT", "m7", ("said", "she said on Thursday"),
                   seg(T, "I will constantly make the case", "the safest standard, of care,"), None),
                  ("a8", "DIRECT", "m8", "replied", seg(T, "I can assure you that", "invested in, health and social care."), None),
                  ("a9", "INDIRECT", None, "pleas",
                   "the need for extra money to be ploughed into, and invested in, health and social care", "a8")])

# ---------------------------------------------------------------------------------------
# The photo caption ("TOO LONG: Ian Lindenmayer said nine months is too long ...", printed twice) is
# removed. The stored copy breaks off inside the next paragraph ("With many cattle farmers dipping
# into thei"); the text is cut at the last whole paragraph before it. The page gives no date.
# "TOO LATE:" is a topic label and the headline has no cue: not annotated. "That’s the warning from
# one local farmer" is a noun cue whose content is the sentence before it ("NINE months is as good
# as nine years"); "one local farmer" is Lindenmayer, whom the text goes on to name (FORMAT.md,
# Coreference: a role description resolves to the person the text identifies). "is slated to begin"
# is a schedule, not a report. "slammed the government for refusing ..." keeps the charge, as the
# corpus does for "rebuked X for ...". Littleproud's second quotation has no reporting clause and
# continues him (null cue); "The state wants us to spend it ..." inside it is an attitude of others
# stated in a quotation (FORMAT.md, Included), nested, with "The state" (Queensland's government) as
# its own speaker. The quotation opened at "Hopefully" is left open at its paragraph end and reopened:
# one attribution continuing "he". In the last paragraph the "While ..." clause stands outside the
# said-clause and is left out as an adjunct of the reporting; the quoted fund wording in it has no
# reporting verb of its own (a quoted phrase in narration): not annotated.
doc("gattonstar-lockyer-farmer-future-drought-fund-too-late",
    url="https://www.gattonstar.com.au/news/too-late-why-farmers-need-future-drought-funds-now/3856659/",
    outlet="Gatton Star", country="Australia", topic="environment", cut=True,
    text=(T := "TOO LATE: Why farmers need Future Drought Funds now\n"
          "NINE months is as good as nine years.\n"
          "That’s the warning from one local farmer as a political stoush surrounding desperately needed drought funding continues to rage.\n"
          "The Federal Government’s $5 billion Future Drought Fund is slated to begin, releasing funds to boost drought resilience in the middle of next year — nine months away.\n"
          "Queensland Premier Annastacia Palaszczuk has slammed the government for refusing to release the funds sooner.\n"
          "However the Federal drought minister David Littleproud said the government wouldn’t rush the process.\n"
          "“We need to ask rural communities how to best spend the money before we cut a cheque,” Minister Littleproud said.\n"
          "“The state wants us to spend it without giving those communities a say.”\n"
          "But Lefthand Branch grazier and local drought committee member Ian Lindenmayer said the funds were needed now.\n"
          "“They’ve got to look at the immediate (need) to keep people going,” Mr Lindenmayer said.\n"
          "The grazier has been forced to reduce his herd size by more than 60 per cent due to the drought, and said many across the region and the state were in even more desperate situations.\n"
          "The nine-month wait for the drought fund to begin operating was “too late for a lot of people”, according to Mr Lindenmayer.\n"
          "“Nine months’ time might as well be nine years’ time,” he said.\n"
          "“Hopefully in nine months’ time we’re out of the drought.\n"
          "“If we go another nine months there’s going to be nothing left anywhere.”\n"
          "While the Future Drought Fund is slated to be used to “support initiatives that enhance the drought resilience of Australian farms”, he said long term sustainability started with short term assistance."),
    entities=[("lindenmayer", "Ian Lindenmayer", "PERSON",
               ["Lindenmayer", "Mr Lindenmayer", "Lefthand Branch grazier and local drought committee member Ian Lindenmayer",
                "one local farmer", "The grazier"],
               "Lefthand Branch grazier and local drought committee member"),
              ("palaszczuk", "Annastacia Palaszczuk", "PERSON",
               ["Palaszczuk", "Queensland Premier Annastacia Palaszczuk"], "Premier of Queensland"),
              ("littleproud", "David Littleproud", "PERSON",
               ["Littleproud", "Minister Littleproud", "the Federal drought minister David Littleproud"],
               "Federal drought minister"),
              ("state", "The state", "GPE", [], "Queensland's state government")],
    mentions=[("m1", "one local farmer", "lindenmayer"),
              ("m2", "Queensland Premier Annastacia Palaszczuk", "palaszczuk"),
              ("m3", "the Federal drought minister David Littleproud", "littleproud"),
              ("m4", "Minister Littleproud", "littleproud"),
              ("m5", ("The state", "The state wants"), "state"),
              ("m6", "Lefthand Branch grazier and local drought committee member Ian Lindenmayer", "lindenmayer"),
              ("m7", ("Mr Lindenmayer", "going,” Mr Lindenmayer said"), "lindenmayer"),
              ("m8", "The grazier", "lindenmayer"),
              ("m9", ("Mr Lindenmayer", "according to Mr Lindenmayer"), "lindenmayer"),
              ("m10", ("he", "time,” he said"), "lindenmayer"),
              ("m11", ("he", "”, he said long term"), "lindenmayer")],
    attributions=[("a1", "INDIRECT", "m1", "warning", "NINE months is as good as nine years", None),
                  ("a2", "INDIRECT", "m2", "slammed", "the government for refusing to release the funds sooner", None),
                  ("a3", "INDIRECT", "m3", ("said", "Littleproud said the"), "the government wouldn’t rush the process", None),
                  ("a4", "DIRECT", "m4", ("said", "Minister Littleproud said"),
                   "We need to ask rural communities how to best spend the money before we cut a cheque,", None),
                  ("a5", "DIRECT", "m4", None, "The state wants us to spend it without giving those communities a say.", None),
                  ("a6", "INDIRECT", "m5", "wants", "us to spend it without giving those communities a say", "a5"),
                  ("a7", "INDIRECT", "m6", ("said", "Lindenmayer said the funds"), "the funds were needed now", None),
                  ("a8", "DIRECT", "m7", ("said", "going,” Mr Lindenmayer said"),
                   "They’ve got to look at the immediate (need) to keep people going,", None),
                  ("a9", "INDIRECT", "m8", ("said", "and said many"),
                   "many across the region and the state were in even more desperate situations", None),
                  ("a10", "MIXED", "m9", "according to",
                   "The nine-month wait for the drought fund to begin operating was “too late for a lot of people”", None),
                  ("a11", "DIRECT", "m10", ("said", "time,” he said"), "Nine months’ time might as well be nine years’ time,", None),
                  ("a12", "DIRECT", "m10", None, seg(T, "Hopefully in nine months", "nothing left anywhere."), None),
                  ("a13", "INDIRECT", "m11", ("said", "”, he said long term"),
                   "long term sustainability started with short term assistance", None)])

# ---------------------------------------------------------------------------------------
# The stored page has no headline (its address reads "no-negation-over-te-puke-road-closure"); the
# text starts with the lead. The stored copy breaks off inside the next paragraph ("He says because
# it is a highly complex and technical job, the potential impact on r"); the text is cut at the last
# whole paragraph before it. The page gives no date. Its quotations open with a straight mark and
# close with a curly one ('...”), mismatched pairs that FORMAT.md counts as quotation marks.
# "are frustrated and feeling unheard" is a state with no reported content (not annotated). "He is
# also concerned about X" is annotated with "about" left out, as the corpus takes "has experts
# concerned that ..." and "expressed concern over X". "were notified of the closure" inside Andy's
# claim is an agentless report with a noun-phrase content ("of" only links the cue; "six days before
# Christmas" is an adjunct of the notifying), nested; "were told" just before has no content (not
# annotated). "those affected feel there has been no consultation" is a belief of others inside his
# claim, nested, with "those affected" as a GROUP. The unframed quotation after it continues Andy
# (null cue), and the last one continues Bahrs.
doc("theweekendsun-te-puke-no-1-road-closure-residents",
    url="https://www.theweekendsun.co.nz/news/10240-no-negation-over-te-puke-road-closure.html",
    outlet="The Weekend Sun", country="New Zealand", topic="local", cut=True,
    text=(T := "Te Puke residents are frustrated and feeling unheard about the partial closure of No. 1 Road.\n"
          "The first part of the road will be one way with entry only from Te Puke Highway for at least five weeks from late February, while mains pipes are laid for the Waiari Water Supply Scheme.\n"
          "Andy Wichers lives in the first section of No. 1 Road and says residents on the road and surrounding areas will be badly affected because all the traffic will be funneled onto No. 2 Road and Boucher Ave.\n"
          "There are about 80 vehicles from the residences in the 300 metres of No. 1 that will be closed and numerous vehicles travel to Trevelyan's Pack and Cool further down road, says Andy.\n"
          "He is also concerned about increased traffic around Fairhaven School on Boucher Ave because it's 'already a nightmare” during school drop off.\n"
          "Residents in the affected area were notified of the closure six days before Christmas which has given them little time to consult with each other and find a better solution, he says.\n"
          "Only those immediately affected were told and so many others aren't aware of the details or impact it will have and those affected feel there has been no consultation with them, says Andy.\n"
          "'It's Tauranga City Council coming in here and dictating how it's going to be without getting any buy-in from the locals.”\n"
          "If council had involved them from the start even if the outcome was the same people wouldn't be so angry, he says.\n"
          "Andy has formed the Facebook group No2 No1 Road Closure with three others and they hosted a meeting with Tauranga City Council representatives on Wednesday Night.\n"
          "Council water services manager Peter Bahrs says timing of the notification was chosen with residents in mind and they communicated as soon as there was certainty over the required approach.\n"
          "'Waiting until after the holidays would not have left much time to find solutions for people experiencing issues from the lane closure.”"),
    entities=[("wichers", "Andy Wichers", "PERSON", ["Andy", "Wichers"], "No. 1 Road resident, Te Puke"),
              ("affected", "those affected", "GROUP", [], "residents affected by the No. 1 Road closure"),
              ("bahrs", "Peter Bahrs", "PERSON", ["Bahrs", "Council water services manager Peter Bahrs"],
               "water services manager, Tauranga City Council")],
    mentions=[("m1", "Andy Wichers", "wichers"),
              ("m2", ("Andy", "road, says Andy"), "wichers"),
              ("m3", ("He", "He is also concerned"), "wichers"),
              ("m4", ("he", "solution, he says"), "wichers"),
              ("m5", ("those affected", "those affected feel"), "affected"),
              ("m6", ("Andy", "them, says Andy"), "wichers"),
              ("m7", ("he", "angry, he says"), "wichers"),
              ("m8", ("Andy", "Andy has formed"), "wichers"),
              ("m9", "Council water services manager Peter Bahrs", "bahrs")],
    attributions=[("a1", "INDIRECT", "m1", ("says", "Road and says residents"),
                   seg(T, "residents on the road and surrounding", "onto No. 2 Road and Boucher Ave"), None),
                  ("a2", "INDIRECT", "m2", ("says", "road, says Andy"),
                   seg(T, "There are about 80 vehicles", "further down road"), None),
                  ("a3", "MIXED", "m3", "concerned",
                   "increased traffic around Fairhaven School on Boucher Ave because it's 'already a nightmare” during school drop off", None),
                  ("a4", "INDIRECT", "m4", ("says", "solution, he says"),
                   seg(T, "Residents in the affected area", "find a better solution"), None),
                  ("a5", "INDIRECT", None, "notified", ("the closure", "of the closure six"), "a4"),
                  ("a6", "INDIRECT", "m6", ("says", "them, says Andy"),
                   seg(T, "Only those immediately affected", "no consultation with them"), None),
                  ("a7", "INDIRECT", "m5", ("feel", "affected feel"), "there has been no consultation with them", "a6"),
                  ("a8", "DIRECT", "m6", None, seg(T, "It's Tauranga City Council coming", "buy-in from the locals."), None),
                  ("a9", "INDIRECT", "m7", ("says", "angry, he says"),
                   "If council had involved them from the start even if the outcome was the same people wouldn't be so angry", None),
                  ("a10", "INDIRECT", "m9", ("says", "Bahrs says"),
                   seg(T, "timing of the notification was chosen", "over the required approach"), None),
                  ("a11", "DIRECT", "m9", None, seg(T, "Waiting until after the holidays", "from the lane closure."), None)])

# ---------------------------------------------------------------------------------------
# The stored copy breaks off inside the next paragraph ("Crown Europe's regional human resources
# director for the UK and Ireland, Carol Davis, "); the text is cut at the last whole paragraph
# before it. Trailing spaces at two paragraph ends are dropped. The date is the one in the page's
# address (/Article/2015/10/16/). The typo "employees" (for "employs") is kept as printed.
# Headline "Factory closure plans put 245 jobs at risk: union": the name after the colon is the
# speaker, null cue, like a "claim – name" headline. "has been described as a “body blow”" is an
# agentless passive: null source, and the raised subject is left outside, as the corpus does for
# "has been described as ..." (content "as ..."). "according to the union Unite, which represents
# workers there": the relative clause is left out of the source. The two quoted cross-heads are
# DIRECT with a null source and cue (FORMAT.md, Text parts). FORMAT.md leaves open a quotation left
# open at a paragraph end with a cross-head between it and its reopening: the cross-head is treated
# like an interrupting reporting clause (FORMAT.md, Interruption), so Richards's first quotation ends
# at its paragraph end and "We call upon ..." continues him with a null cue. "spoke out against the
# proposed closure ..." takes its noun phrase as content, with "spoke out against" as the cue (like
# "called for"). "A spokesman from Rees’s office" is its own speaker, named without Rees (FORMAT.md,
# Names), and "He" and "he" after it are the spokesman.
doc("foodmanufacture-crown-neath-packaging-plant-closure",
    url="https://foodmanufacture.co.uk/Article/2015/10/16/Food-packaging-factory-plans-to-close",
    outlet="Food Manufacture", country="UK", topic="business", cut=True, published="2015-10-16",
    text=(T := "Factory closure plans put 245 jobs at risk: union\n"
          "The proposed closure of a food packaging factory puts nearly 250 jobs at risk and has been described as a “body blow” for Welsh manufacturing.\n"
          "The Crown plant in Neath, Wales, was considering shutting down due to overcapacity, according to the union Unite, which represents workers there.\n"
          "Unite Wales secretary Andy Richards said: “This is a further body blow to the Welsh manufacturing sector and to Neath in particular, which has suffered a series of losses of significant employers in recent years.\n"
          "‘Alternatives to plant closure’\n"
          "“We call upon the Welsh Government to do everything in its power to intervene and to discuss with the company alternatives to plant closure.”\n"
          "The union said it has already been in talks with the Welsh government economy minister in a bid to form an urgent taskforce.\n"
          "Richards said: “Unite, will of course, enter into discussions with the company with a view to seeking an alternative to closure.”\n"
          "MP Christina Rees, who represents Neath constituency, spoke out against the proposed closure of the plant, known locally as the metal box.\n"
          "‘Gut wrenching feeling’\n"
          "“The news has left a gut wrenching feeling, this iconic Neath plant is imbedded in the town, and so many local people have links to the place,” Rees said.\n"
          "“I would like to express my sincerest sympathies to the loyal workforce that have given the plant such a superb reputation.”\n"
          "A spokesman from Rees’s office said the factory employees 245 people and manufactures ring pulls for tin cans. He confirmed that a 45-day consultation started on Thursday (October 15).\n"
          "“There’s a great reputation that comes with the site. It has been there 80 years and it has been with Crown since 1996,” he said.\n"
          "“The reputation, certainly amongst the town, is absolutely huge. Everybody knows someone who has worked there.”"),
    entities=[("unite", "Unite", "ORGANIZATION", ["the union Unite", "The union", "union"], "trade union representing the Neath workers"),
              ("richards", "Andy Richards", "PERSON", ["Richards", "Unite Wales secretary Andy Richards"], "Unite Wales secretary"),
              ("rees", "Christina Rees", "PERSON", ["Rees", "MP Christina Rees"], "MP for Neath"),
              ("spokesman", "A spokesman", "PERSON", ["the spokesman"], "spokesman from Christina Rees's office")],
    mentions=[("m1", ("union", "at risk: union"), "unite"),
              ("m2", "the union Unite", "unite"),
              ("m3", "Unite Wales secretary Andy Richards", "richards"),
              ("m4", ("The union", "The union said"), "unite"),
              ("m5", ("Richards", "Richards said: “Unite"), "richards"),
              ("m6", ("Unite", "“Unite, will"), "unite"),
              ("m7", "MP Christina Rees", "rees"),
              ("m8", ("Rees", "place,” Rees said"), "rees"),
              ("m9", "A spokesman from Rees’s office", "spokesman"),
              ("m10", ("He", "He confirmed"), "spokesman"),
              ("m11", ("he", "1996,” he said"), "spokesman")],
    attributions=[("a1", "INDIRECT", "m1", None, "Factory closure plans put 245 jobs at risk", None),
                  ("a2", "MIXED", None, "described", "as a “body blow” for Welsh manufacturing", None),
                  ("a3", "INDIRECT", "m2", "according to",
                   "The Crown plant in Neath, Wales, was considering shutting down due to overcapacity", None),
                  ("a4", "DIRECT", "m3", ("said", "Richards said: “This"),
                   seg(T, "This is a further body blow", "employers in recent years."), None),
                  ("a5", "DIRECT", None, None, "Alternatives to plant closure", None),
                  ("a6", "DIRECT", "m3", None, seg(T, "We call upon the Welsh Government", "alternatives to plant closure."), None),
                  ("a7", "INDIRECT", "m4", ("said", "The union said"),
                   "it has already been in talks with the Welsh government economy minister in a bid to form an urgent taskforce", None),
                  ("a8", "DIRECT", "m5", ("said", "Richards said: “Unite"),
                   "Unite, will of course, enter into discussions with the company with a view to seeking an alternative to closure.", None),
                  ("a9", "INDIRECT", "m7", "spoke out against",
                   "the proposed closure of the plant, known locally as the metal box", None),
                  ("a10", "DIRECT", None, None, "Gut wrenching feeling", None),
                  ("a11", "DIRECT", "m8", ("said", "place,” Rees said"),
                   seg(T, "The news has left a gut wrenching", "have links to the place,"), None),
                  ("a12", "DIRECT", "m8", None, seg(T, "I would like to express", "such a superb reputation."), None),
                  ("a13", "INDIRECT", "m9", ("said", "office said"),
                   "the factory employees 245 people and manufactures ring pulls for tin cans", None),
                  ("a14", "INDIRECT", "m10", "confirmed", "a 45-day consultation started on Thursday (October 15)", None),
                  ("a15", "DIRECT", "m11", ("said", "1996,” he said"),
                   seg(T, "There’s a great reputation", "with Crown since 1996,"), None),
                  ("a16", "DIRECT", "m11", None, seg(T, "The reputation, certainly", "has worked there."), None)])

# ---------------------------------------------------------------------------------------
# Two stored copies of this address: one has the headline and lead but stops after Parish's words,
# the other (dated 2022-11-20) lacks the headline and lead but runs on to Paulo. The text takes the
# headline and lead from the first and the rest from the second (as README.md records for the
# Warwick Daily News); video, "Hide Ad", photo-credit and "Read More" lines are removed. The second
# copy ends inside Paulo's quotation ("\"We need to find a way ..." with no closing mark and perhaps
# more to come); the text is cut before that paragraph, so Paulo's quotation stays open at the end
# of the text as printed. Straight and curly marks are mixed as printed.
# The headline ("Rugby League World Cup:" a topic label; "What the coaches and captains said ..." a
# free relative with no content) is not a claim. "Meninga believes ..." is a belief with a named
# subject (FORMAT.md, Included). Meninga's quotation runs over three paragraphs (left open, reopened):
# one attribution; inside it "all but our most ardent supporters don't want us to win" is an
# attitude of others stated in a quotation (nested; cue without the negation), while "The
# expectation is that we win tournaments" is a noun forecast with no finite reporting verb
# (FORMAT.md, Excluded) and "I can assure you that ..." / "We understand that ..." are his own
# attitudes (not split off). "spoke about how he hopes ..." drops "about" (it only links the cue);
# "he hopes" is Paulo's own attitude within his report and stays in the content.
doc("wigantoday-rlwc-final-australia-samoa-coaches-captains",
    url="https://www.wigantoday.net/sport/rugby-league/rugby-league-world-cup-what-the-coaches-and-captains-said-after-the-final-between-australia-and-samoa-3924847",
    outlet="Wigan Today", country="UK", topic="sport", cut=True, published="2022-11-20",
    text=(T := "Rugby League World Cup: What the coaches and captains said after the final between Australia and Samoa\n"
          "Australia produced a 30-10 victory over Samoa to win the Men’s Rugby League World Cup at Old Trafford.\n"
          "James Tedesco and Latrell Mitchell both went over for braces in the victory.\n"
          "Kangaroos coach Mal Meninga believes the victory in Manchester is the start something special.\n"
          "He said: “It’s been long journey, but the whole tournament has been great. This is only the beginning for this team.\n"
          "\"I can assure you that all these guys are going to be together for the next three, four, five, six years.\n"
          "\"The expectation is that we win tournaments so it's not a burden to us, we carry that with great humility and respect. We understand that all but our most ardent supporters don't want us to win, but we accept that and we get on with business.\"\n"
          "Tedesco added: “This is probably at the top of my career, captaining my country to a World Cup. How many people can say they’ve done that? It’s been a special period.\n"
          "\"We've got a really special group, we all got along from the start. The last few years we've not been able to wear this jersey and it was burning for a lot of guys to get it back.\"\n"
          "Samoa did enjoy strong periods of play during the final, but could not make the most of some of their good field positions.\n"
          "Head coach Matt Parish said: \"We probably never got close enough to put enough pressure on them or take our chances like we should have.\n"
          "“The result is disappointing but certainly not the effort or commitment of these guys, I couldn’t be prouder or happier with the group.”\n"
          "Meanwhile, captain Junior Paulo spoke about how he hopes more international fixtures will take place in the next few years.\n"
          "He stated: “Unfortunately the journey comes to an end and we all go our separate ways but it will stick with us. In history, those names will always be alongside each other and we can look back and be proud of the achievement we’ve been able to do."),
    entities=[("meninga", "Mal Meninga", "PERSON", ["Meninga", "Kangaroos coach Mal Meninga"], "Australia (Kangaroos) head coach"),
              ("supporters", "all but our most ardent supporters", "GROUP", [],
               "everyone but Australia's most ardent supporters"),
              ("tedesco", "James Tedesco", "PERSON", ["Tedesco"], "Australia captain"),
              ("parish", "Matt Parish", "PERSON", ["Parish", "Head coach Matt Parish"], "Samoa head coach"),
              ("paulo", "Junior Paulo", "PERSON", ["Paulo", "captain Junior Paulo"], "Samoa captain")],
    mentions=[("m1", "James Tedesco", "tedesco"),
              ("m2", "Kangaroos coach Mal Meninga", "meninga"),
              ("m3", ("He", "He said: “It’s"), "meninga"),
              ("m4", "all but our most ardent supporters", "supporters"),
              ("m5", ("Tedesco", "Tedesco added"), "tedesco"),
              ("m6", "Head coach Matt Parish", "parish"),
              ("m7", "captain Junior Paulo", "paulo"),
              ("m8", ("He", "He stated"), "paulo")],
    attributions=[("a1", "INDIRECT", "m2", "believes", "the victory in Manchester is the start something special", None),
                  ("a2", "DIRECT", "m3", ("said", "He said: “It’s"),
                   seg(T, "It’s been long journey", "we get on with business."), None),
                  ("a3", "INDIRECT", "m4", ("want", "don't want us"), "us to win", "a2"),
                  ("a4", "DIRECT", "m5", "added", seg(T, "This is probably at the top", "guys to get it back."), None),
                  ("a5", "DIRECT", "m6", ("said", "Parish said"),
                   seg(T, "We probably never got close", "happier with the group."), None),
                  ("a6", "INDIRECT", "m7", ("spoke", "Paulo spoke"),
                   "how he hopes more international fixtures will take place in the next few years", None),
                  ("a7", "DIRECT", "m8", "stated", seg(T, "Unfortunately the journey", "we’ve been able to do."), None)])

write("train_bc.jsonl")
