#!/usr/bin/env python3
"""Writes train_bu.jsonl: real-news gold, split train-bu (see gold.py). Run: python3 make_train_bu.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
# The Morning Bulletin (Rockhampton, Australia). The photo caption printed twice above the
# headline ("SURPRISE VISIT: Yeppoon resident ... Chris Ison") is removed. The stored copy breaks
# off inside the paragraph after "... come March 9." ("He told the minister Rockhampton Regio"),
# so the text is cut before it. The page gives no date.
# Notes:
# - Colon headline with a quotation: source "Crisafulli", null cue, DIRECT (the whole content
#   lies between the marks).
# - "described Livingstone voters' de-amalgamation vote as the most important vote ...": content
#   "X as Y", as the corpus annotates "described X as Y".
# - "urged voters to look at ...": the addressee stays, as in `called on X to Y` (seed a23/a24) and
#   the corpus's "urged". "the facts and figures as laid down by Boundaries Commissioner Col Meng
#   and the QTC" has no reported content of its own (a participle with an NP), so it is not nested.
# - "Both sides of the argument can rightly say it could be more or could be less": a hypothetical
#   inside a quote (FORMAT.md, Excluded), not nested.
# - "Mr Suthers and another person who spoke with the minister, Madonna O'Grady, believe ...": a
#   coordinated subject is one GROUP (FORMAT.md, Groups) and a belief with a named subject is
#   included. The relative clause sits inside the coordination, so the contiguous source mention
#   keeps it (the closest case FORMAT.md gives is the coordinated subject itself).
# - "listened intently to Mr Suthers' and other voters' opinions": no reported content.
doc("themorningbulletin-crisafulli-de-amalgamation-most-important-vote",
    url="https://www.themorningbulletin.com.au/news/your-most-important-vote/1729161/",
    outlet="The Morning Bulletin", country="Australia", topic="local", cut=True,
    text=(T := "Crisafulli: \"de-amalgamation is the most important vote\"\n"
          "IT requires a simple yes or no answer.\n"
          "But Local Government Minister David Crisafulli yesterday described Livingstone voters' de-amalgamation vote as the most important vote they will ever cast.\n"
          "It's one that Yeppoon man Michael Suthers has considered very carefully.\n"
          "The LJ Hooker Yeppoon marketing consultant yesterday ran into Mr Crisafulli as he toured the Yeppoon CBD with Member for Keppel Bruce Young.\n"
          "Mr Crisafulli listened intently to Mr Suthers' and other voters' opinions, but didn't stray from the main goal he set for himself when he decided to visit the coastal town at the heart of the de-amalgamation debate.\n"
          "Mr Crisafulli urged voters to look at all the facts and figures as laid down by Boundaries Commissioner Col Meng and the Queensland Treasury Corporation (QTC).\n"
          "He said the more he looked at the QTC figures, the more confident he was of them.\n"
          "\"But that doesn't mean that each ratepayer has to get a $429 rate rise in the first year,\" Mr Crisafulli said.\n"
          "\"Both sides of the argument can rightly say it could be more or could be less... because any council can cut its cloth to suit.\"\n"
          "Mr Suthers and another person who spoke with the minister, Madonna O'Grady, believe de-amalgamation is worth the price tag.\n"
          "\"It may take a couple of years to pay (for de-amalgamation), but after that we are in control of our own destiny,\" she said.\n"
          "Mr Suthers said he would most likely be voting yes to de-amalgamation come March 9."),
    entities=[("crisafulli", "David Crisafulli", "PERSON",
               ["Crisafulli", "Mr Crisafulli", "Local Government Minister David Crisafulli", "the minister"],
               "Queensland Local Government Minister"),
              ("suthers", "Michael Suthers", "PERSON",
               ["Suthers", "Mr Suthers", "Yeppoon man Michael Suthers", "The LJ Hooker Yeppoon marketing consultant"],
               "Yeppoon man, LJ Hooker Yeppoon marketing consultant"),
              ("ogrady", "Madonna O'Grady", "PERSON", ["O'Grady"], "Yeppoon resident who spoke with the minister"),
              ("pair", "Mr Suthers and another person who spoke with the minister, Madonna O'Grady", "GROUP", [],
               "Suthers and O'Grady together")],
    mentions=[("m1", ("Crisafulli", "Crisafulli: \"de-amalgamation"), "crisafulli"),
              ("m2", "Local Government Minister David Crisafulli", "crisafulli"),
              ("m3", "Yeppoon man Michael Suthers", "suthers"),
              ("m4", "The LJ Hooker Yeppoon marketing consultant", "suthers"),
              ("m5", ("Mr Crisafulli", "ran into Mr Crisafulli"), "crisafulli"),
              ("m6", ("Mr Crisafulli", "Mr Crisafulli listened"), "crisafulli"),
              ("m7", ("Mr Crisafulli", "Mr Crisafulli urged"), "crisafulli"),
              ("m8", ("He", "He said the more"), "crisafulli"),
              ("m9", ("Mr Crisafulli", "Mr Crisafulli said"), "crisafulli"),
              ("m10", "Mr Suthers and another person who spoke with the minister, Madonna O'Grady", "pair"),
              ("m11", ("she", "she said"), "ogrady"),
              ("m12", ("Mr Suthers", "Mr Suthers said"), "suthers")],
    attributions=[("a1", "DIRECT", "m1", None, "de-amalgamation is the most important vote", None),
                  ("a2", "INDIRECT", "m2", "described",
                   "Livingstone voters' de-amalgamation vote as the most important vote they will ever cast", None),
                  ("a3", "INDIRECT", "m7", "urged",
                   seg(T, "voters to look at all the facts", "Treasury Corporation (QTC)"), None),
                  ("a4", "INDIRECT", "m8", ("said", "He said the more"),
                   "the more he looked at the QTC figures, the more confident he was of them", None),
                  ("a5", "DIRECT", "m9", ("said", "Mr Crisafulli said"),
                   "But that doesn't mean that each ratepayer has to get a $429 rate rise in the first year,", None),
                  ("a6", "DIRECT", "m9", None,
                   seg(T, "Both sides of the argument", "cut its cloth to suit."), None),
                  ("a7", "INDIRECT", "m10", "believe", "de-amalgamation is worth the price tag", None),
                  ("a8", "DIRECT", "m11", ("said", "she said"),
                   "It may take a couple of years to pay (for de-amalgamation), but after that we are in control of our own destiny,", None),
                  ("a9", "INDIRECT", "m12", ("said", "Mr Suthers said"),
                   "he would most likely be voting yes to de-amalgamation come March 9", None)])

# ---------------------------------------------------------------------------------------
# Eastern Mirror (Nagaland, India), a PTI story. The section label ("India") and the agency byline
# ("PTI") are removed; the dateline line "Srinagar, April 16" is kept as printed and is no
# attribution. The page gives no year, so published is not given. The stored copy breaks off inside
# the next paragraph ("The girl, however, denied that she was mo"), so the text is cut before it.
# Notes:
# - Headline "high court questions ‘detention’ of girl": a headline claim with its verb as cue
#   (like "Minister slams ..."); the quoted word makes it MIXED.
# - The court's directions ("directed the police to cite the law ...", "directed the superintendent
#   ... to tell the court ...", "directed the police to present the girl ...") are taken as a
#   court's actions (FORMAT.md, Excluded: "Actions, a court's included", "ordered an inquiry"), so
#   they are not annotated, neither on their own nor nested in Imroz's claims; "The court has also
#   said that ..." is speech of the court and is nested in Imroz's quotation.
# - "filed a petition ... seeking release of her daughter ... from “illegal detention” of police":
#   the petition's request is nested in Imroz's claim, like "called for" with an NP content.
# - "In her petition, through the counsel, the woman pleaded that ...": the petition and the counsel
#   are the medium and the channel; the source is "the woman".
# - "the petitioner apprehends that ...": a belief (fear) with a named subject, nested in Imroz's
#   submission.
# - "alleged molestation" is a hedge (not annotated).
doc("easternmirrornagaland-kashmir-high-court-girl-detention",
    url="https://easternmirrornagaland.com/kashmir-high-court-questions-detention-girl-mehbooba-visits-kin-deceased/",
    outlet="Eastern Mirror", country="India", topic="courts-crime", cut=True,
    text=(T := "In Kashmir, high court questions ‘detention’ of girl; Mehbooba visits kin of deceased\n"
          "Srinagar, April 16\n"
          "The Jammu & Kashmir high court on Saturday directed the police to cite the law under which they have detained the girl, who was allegedly molested by a soldier in Handwara on Tuesday which led to violent protests resulting in the death of five people.\n"
          "The mother of the 16-year-old girl, filed a petition before the high court on Saturday seeking release of her daughter and two other relatives from “illegal detention” of police, counsel for petitioner Parvaiz Imroz said.\n"
          "Besides issuing notice to the state, Justice MH Attar directed the superintendent of police of Handwara and SHO of the concerned police station to tell the court under which law they have detained the minor girl, her father and aunt since the incident on April 12, Imroz said.\n"
          "He said the court also directed the police to present the girl before the chief judicial magistrate of Handwara for recording of statement. “The court has also said that father and aunt of the girl cannot be forced to appear before print or electronic media,” Imroz said.\n"
          "He said the case has been listed for next hearing on April 20.\n"
          "In her petition, through the counsel, the woman pleaded that her daughter, husband and sister have been kept in illegal detention in violation of the constitutional rights guaranteed under Article 21 of the Constitution.\n"
          "Imroz also submitted before the court that the petitioner apprehends that the life of her minor daughter, husband and sister is in jeopardy.\n"
          "Violent protests rocked north Kashmir Handwara town on Tuesday following alleged molestation of the girl by a soldier.\n"
          "Three people were killed in security forces firing on protesters that day. Another youth was killed on Wednesday at Drugmulla during protests against the earlier killings while another youth was killed during similar protests in Nathnusa area of Kupwara on Friday."),
    entities=[("court", "The Jammu & Kashmir high court", "ORGANIZATION",
               ["Jammu & Kashmir high court", "high court", "the high court", "the court"], "Jammu and Kashmir High Court"),
              ("mother", "The mother of the 16-year-old girl", "PERSON", ["the woman", "the petitioner"],
               "petitioner, mother of the detained girl"),
              ("imroz", "Parvaiz Imroz", "PERSON", ["Imroz", "counsel for petitioner Parvaiz Imroz", "the counsel"],
               "counsel for the petitioner")],
    mentions=[("m1", ("high court", "high court questions"), "court"),
              ("m2", "The Jammu & Kashmir high court", "court"),
              ("m3", "The mother of the 16-year-old girl", "mother"),
              ("m4", ("the high court", "the high court on Saturday seeking"), "court"),
              ("m5", "counsel for petitioner Parvaiz Imroz", "imroz"),
              ("m6", ("the court", "to tell the court"), "court"),
              ("m7", ("Imroz", "April 12, Imroz said"), "imroz"),
              ("m8", ("He", "He said the court"), "imroz"),
              ("m9", ("the court", "the court also directed"), "court"),
              ("m10", ("The court", "The court has also"), "court"),
              ("m11", ("Imroz", "media,” Imroz said"), "imroz"),
              ("m12", ("He", "He said the case"), "imroz"),
              ("m13", ("the counsel", "through the counsel"), "imroz"),
              ("m14", ("the woman", "the woman pleaded"), "mother"),
              ("m15", ("Imroz", "Imroz also submitted"), "imroz"),
              ("m16", ("the court", "submitted before the court"), "court"),
              ("m17", ("the petitioner", "the petitioner apprehends"), "mother")],
    attributions=[("a1", "MIXED", "m1", "questions", "‘detention’ of girl", None),
                  ("a2", "MIXED", "m5", ("said", "Parvaiz Imroz said"),
                   seg(T, "The mother of the 16-year-old girl, filed", "“illegal detention” of police"), None),
                  ("a3", "MIXED", "m3", "seeking",
                   "release of her daughter and two other relatives from “illegal detention” of police", "a2"),
                  ("a4", "INDIRECT", "m7", ("said", "April 12, Imroz said"),
                   seg(T, "Besides issuing notice to the state", "since the incident on April 12"), None),
                  ("a5", "INDIRECT", "m8", ("said", "He said the court"),
                   "the court also directed the police to present the girl before the chief judicial magistrate of Handwara for recording of statement", None),
                  ("a6", "DIRECT", "m11", ("said", "media,” Imroz said"),
                   "The court has also said that father and aunt of the girl cannot be forced to appear before print or electronic media,", None),
                  ("a7", "INDIRECT", "m10", ("said", "has also said"),
                   "father and aunt of the girl cannot be forced to appear before print or electronic media", "a6"),
                  ("a8", "INDIRECT", "m12", ("said", "He said the case"), "the case has been listed for next hearing on April 20", None),
                  ("a9", "INDIRECT", "m14", "pleaded",
                   seg(T, "her daughter, husband and sister have been kept", "Article 21 of the Constitution"), None),
                  ("a10", "INDIRECT", "m15", "submitted",
                   "the petitioner apprehends that the life of her minor daughter, husband and sister is in jeopardy", None),
                  ("a11", "INDIRECT", "m17", "apprehends",
                   "the life of her minor daughter, husband and sister is in jeopardy", "a10")])

# ---------------------------------------------------------------------------------------
# Fresh News (Cambodia). The stored page has no headline, so the text starts with its lead, whose
# "(Phnom Penh):" is a dateline and no attribution. The agency tag at the foot ("=FRESH NEWS") is
# removed; nothing else is cut. The date is the address's (2025-08-06), which the lead confirms.
# Notes:
# - "rejected Thai media reports claiming ...": "rejected" with its NP content; inside it the
#   reports' claim is nested with "Thai media" as source (FORMAT.md, Documents: the author is named
#   in the document's NP).
# - "condemned the reports as ..." and "criticized the claims as ...": read like "described X as Y"
#   (content "X as Y"); "Speaking at a press conference ..." is an adjunct of the reporting event.
# - "The Thai media’s allegation that ...": a noun cue with a possessive claimant, nested in the
#   quotation (source "The Thai media").
# - "It should be noted that on Wednesday morning (Aug. 6), Thai media outlets reported that ...":
#   the journalist's "It should be noted" is no claim; the fronted time is an adjunct of "reported".
# - "stressed that A, referring specifically to the suspect ..., further confirming that B": two
#   claims (FORMAT.md, `X said A, warning that B`); "referring to the suspect" has no content.
doc("freshnewsasia-cambodia-rejects-thai-spy-arrest-reports",
    url="https://m.en.freshnewsasia.com/index.php/en/localnews/62860-2025-08-06-10-16-39.html",
    outlet="Fresh News", country="Cambodia", topic="politics", cut=False, published="2025-08-06",
    text=(T := "(Phnom Penh): Lieutenant General Maly Socheata, Spokesperson for Cambodia’s Ministry of National Defence, firmly rejected Thai media reports claiming a Cambodian spy was arrested in Buriram province.\n"
          "Speaking at a press conference on Wednesday (Aug. 6) on the current status of the Cambodia-Thailand ceasefire implementation, Lieutenant General Maly Socheata condemned the reports as baseless fabrications, lacking any credible evidence and aimed at distorting the truth. She criticized the claims as unprofessional and driven by ill intent toward Cambodia.\n"
          "\"The Thai media’s allegation that the arrested individual is a Cambodian soldier serving at the Bodyguard Headquarters is entirely false,\" she stated. \"This fabricated report is baseless, unverified, and clearly intended to mislead the public and damage Cambodia’s reputation.\"\n"
          "It should be noted that on Wednesday morning (Aug. 6), Thai media outlets reported that a Cambodian soldier had been detained in Buriram for allegedly spying and transmitting military intelligence back to Cambodia. In response, General Socheata stressed that the Ministry of National Defence and the Royal Cambodian Armed Forces prohibit the recruitment of individuals with tattoos, referring specifically to the suspect shown in Thai reports, further confirming that he could not be a member of Cambodia’s official military."),
    entities=[("socheata", "Maly Socheata", "PERSON",
               ["Socheata", "General Socheata", "Lieutenant General Maly Socheata",
                "Lieutenant General Maly Socheata, Spokesperson for Cambodia’s Ministry of National Defence"],
               "Spokesperson for Cambodia's Ministry of National Defence"),
              ("thaimedia", "Thai media", "GROUP", ["The Thai media", "Thai media outlets"], "Thai news media")],
    mentions=[("m1", "Lieutenant General Maly Socheata, Spokesperson for Cambodia’s Ministry of National Defence", "socheata"),
              ("m2", ("Thai media", "rejected Thai media"), "thaimedia"),
              ("m3", ("Lieutenant General Maly Socheata", "Lieutenant General Maly Socheata condemned"), "socheata"),
              ("m4", ("She", "She criticized"), "socheata"),
              ("m5", ("The Thai media", "The Thai media’s"), "thaimedia"),
              ("m6", ("she", "she stated"), "socheata"),
              ("m7", "Thai media outlets", "thaimedia"),
              ("m8", "General Socheata", "socheata")],
    attributions=[("a1", "INDIRECT", "m1", "rejected",
                   "Thai media reports claiming a Cambodian spy was arrested in Buriram province", None),
                  ("a2", "INDIRECT", "m2", "claiming", "a Cambodian spy was arrested in Buriram province", "a1"),
                  ("a3", "INDIRECT", "m3", "condemned",
                   "the reports as baseless fabrications, lacking any credible evidence and aimed at distorting the truth", None),
                  ("a4", "INDIRECT", "m4", "criticized", "the claims as unprofessional and driven by ill intent toward Cambodia", None),
                  ("a5", "DIRECT", "m6", "stated",
                   seg(T, "The Thai media’s allegation", "is entirely false,"), None),
                  ("a6", "INDIRECT", "m5", "allegation",
                   "the arrested individual is a Cambodian soldier serving at the Bodyguard Headquarters", "a5"),
                  ("a7", "DIRECT", "m6", None,
                   "This fabricated report is baseless, unverified, and clearly intended to mislead the public and damage Cambodia’s reputation.", None),
                  ("a8", "INDIRECT", "m7", "reported",
                   seg(T, "a Cambodian soldier had been detained", "intelligence back to Cambodia"), None),
                  ("a9", "INDIRECT", "m8", "stressed",
                   seg(T, "the Ministry of National Defence and the Royal", "individuals with tattoos"), None),
                  ("a10", "INDIRECT", "m8", "confirming", "he could not be a member of Cambodia’s official military", None)])

# ---------------------------------------------------------------------------------------
# Dhaka Tribune (Bangladesh). The stored page has no headline (its address reads "syeda rizwana
# hasan action will be taken against"), so the text starts with its lead. The stored copy breaks
# off inside the next quotation ("More than half of Bangladesh’s transportation still relies on
# waterways. ..."), so the text is cut before it. The page gives no date.
# Notes:
# - "made these remarks while addressing a discussion ...": the noun has no content of its own.
# - "Deputy commissioners have been directed to expedite ...": an agentless directive inside the
#   quotation, nested with a null source and without its raised addressee (FORMAT.md: `staff were
#   told to stay home` -> `to stay home`).
# - "assured prompt resolution of ...": evaluative reporting with an NP content; "urged citizens,
#   alongside government and private organizations, to play ...": the addressee and the adjunct in
#   between stay (FORMAT.md, `called on X to Y`).
# - "identified three primary causes of river pollution: ...": read as a speech act with its NP
#   content (she named the causes at the meeting), like "announced the launch of X".
doc("dhakatribune-rizwana-forest-land-grabbers-gazipur",
    url="https://www.dhakatribune.com/bangladesh/369294/syeda-rizwana-hasan-action-will-be-taken-against",
    outlet="Dhaka Tribune", country="Bangladesh", topic="environment", cut=True,
    text=(T := "Syeda Rizwana Hasan, Adviser to the Ministry of Environment, Forest, and Climate Change and the Ministry of Water Resources, on Saturday affirmed that strict measures will be taken to protect forests and the environment.\n"
          "She said that action will be taken against illegal occupiers, no matter how influential they may be.\n"
          "The environmental adviser made these remarks while addressing a discussion on forest and environmental conservation as the chief guest at the Gazipur Deputy Commissioner’s conference room.\n"
          "The adviser said: “Since August 5, 16 acres of illegally occupied forest land out of 90 acres in Gazipur have already been reclaimed.”\n"
          "She added: “We know how to work to prevent forest land grabbers. A plan has been formulated to reclaim the occupied land within the next three months. Deputy commissioners have been directed to expedite the process of demarcating forest boundaries.”\n"
          "She further said: “Necessary steps will also be taken to stop deforestation and industrial pollution. The Department of Environment must thoroughly assess all aspects before issuing clearances, and public opinion must be sought during the renewal process.”\n"
          "The adviser assured prompt resolution of local environmental issues, forest land grabbing, and pollution problems and urged citizens, alongside government and private organizations, to play an active role in protecting the environment.\n"
          "Later in the afternoon, she attended the “Youth Conference for River Protection” at the PTI Auditorium in Gazipur City as the chief guest.\n"
          "The event aimed to raise awareness among the youth about rivers and natural balance while mobilizing their collective strength.\n"
          "During the discussion meeting, Syeda Rizwana Hasan identified three primary causes of river pollution: industrial waste, municipal and factory sewage, and plastic pollution."),
    entities=[("rizwana", "Syeda Rizwana Hasan", "PERSON",
               ["Rizwana Hasan", "The adviser", "The environmental adviser",
                "Syeda Rizwana Hasan, Adviser to the Ministry of Environment, Forest, and Climate Change and the Ministry of Water Resources"],
               "Adviser to Bangladesh's environment and water resources ministries")],
    mentions=[("m1", "Syeda Rizwana Hasan, Adviser to the Ministry of Environment, Forest, and Climate Change and the Ministry of Water Resources", "rizwana"),
              ("m2", ("She", "She said that action"), "rizwana"),
              ("m3", "The environmental adviser", "rizwana"),
              ("m4", ("The adviser", "The adviser said:"), "rizwana"),
              ("m5", ("She", "She added:"), "rizwana"),
              ("m6", ("She", "She further said"), "rizwana"),
              ("m7", ("The adviser", "The adviser assured"), "rizwana"),
              ("m8", ("Syeda Rizwana Hasan", "Syeda Rizwana Hasan identified"), "rizwana")],
    attributions=[("a1", "INDIRECT", "m1", "affirmed", "strict measures will be taken to protect forests and the environment", None),
                  ("a2", "INDIRECT", "m2", ("said", "She said that action"),
                   "action will be taken against illegal occupiers, no matter how influential they may be", None),
                  ("a3", "DIRECT", "m4", ("said", "The adviser said:"),
                   "Since August 5, 16 acres of illegally occupied forest land out of 90 acres in Gazipur have already been reclaimed.", None),
                  ("a4", "DIRECT", "m5", "added", seg(T, "We know how to work", "demarcating forest boundaries."), None),
                  ("a5", "INDIRECT", None, "directed", "to expedite the process of demarcating forest boundaries", "a4"),
                  ("a6", "DIRECT", "m6", ("said", "She further said"),
                   seg(T, "Necessary steps will also be taken", "during the renewal process."), None),
                  ("a7", "INDIRECT", "m7", "assured",
                   "prompt resolution of local environmental issues, forest land grabbing, and pollution problems", None),
                  ("a8", "INDIRECT", "m7", "urged",
                   "citizens, alongside government and private organizations, to play an active role in protecting the environment", None),
                  ("a9", "INDIRECT", "m8", "identified",
                   "three primary causes of river pollution: industrial waste, municipal and factory sewage, and plastic pollution", None)])

# ---------------------------------------------------------------------------------------
# The Gisborne Herald (New Zealand). The site's "Log In" / "Reset Password" lines are removed; the
# headline is followed by a standfirst ("Challenge may act as Heartland launching pad"), kept as a
# paragraph. The stored copy breaks off inside the paragraph after "... October 4, 2020." ("were
# awarded a penalty for offside play by the "), so the text is cut before it. The date is the
# address's (20210727).
# Notes:
# - "Gear and his captain, blindside flanker Hone Haerewa, take a big-picture view, while
#   acknowledging the good points and matters arising ...": the coordinated subject is one GROUP;
#   "take a big-picture view" has no content, "acknowledging" has an NP content.
# - The coach's quotation runs over two paragraphs (the first ends without a closing mark and the
#   next reopens), so it is one attribution (FORMAT.md, Unit).
# - "Haerewa agreed." has no content of its own, and the quotation after it has its own inline
#   clause ("he said"), which carries it (FORMAT.md: an inline clause wins), so "agreed" is not
#   annotated.
doc("gisborneherald-npec-ranfurly-shield-a-day-to-remember",
    url="https://www.gisborneherald.co.nz/local-sport/20210727/a-day-to-remember/",
    outlet="The Gisborne Herald", country="New Zealand", topic="sport", cut=True, published="2021-07-27",
    text=(T := "A day to remember\n"
          "Challenge may act as Heartland launching pad\n"
          "Ngati Porou East Coast’s eighth Ranfurly Shield challenge will be remembered in the context of what preceded it and what follows it, in the union’s 100th year.\n"
          "What preceded Hawke’s Bay’s 93-5 win against the Coast at McLean Park on Saturday was as efficient and as purposeful a preparation as head coach Hosea Gear, his hard-working staff and committed players could make.\n"
          "This group’s effort saw them beat an equally well-prepared, capable Poverty Bay side 28-21 to claim the PJ Sayers Cup for the first time in five years on June 4 at Whakarua Park, Ruatoria.\n"
          "Gear and his captain, blindside flanker Hone Haerewa, take a big-picture view, while acknowledging the good points and matters arising — areas of improvement included — from the Shield match against the Mitre 10 Cup champions.\n"
          "The second-year head coach said: “It was a great weekend. I’m proud of the effort that we made, and we know that we could be even fitter than we are now.\n"
          "“The higher our standard of fitness, the more we’ll be able to put what we’ve trained to do into practice.”\n"
          "Haerewa agreed.\n"
          "“That was an awesome game to play in,” he said. “We didn’t get the opportunity to try out everything we wanted to try, but we now have another building block.”\n"
          "Hawke’s Bay were unable to keep a clean sheet against the Coast (the Magpies beat North Otago 85-0 at Napier on June 4, having led 42-0 at the break in the first defence of the Log o’ Wood for 2021). It was their fifth game as the Shield’s custodians since they claimed the 117-year-old trophy with a 28-9 win against Otago in Dunedin on October 4, 2020."),
    entities=[("gear", "Hosea Gear", "PERSON", ["Gear", "head coach Hosea Gear", "The second-year head coach"],
               "Ngati Porou East Coast head coach"),
              ("haerewa", "Hone Haerewa", "PERSON", ["Haerewa", "blindside flanker Hone Haerewa"],
               "Ngati Porou East Coast captain, blindside flanker"),
              ("duo", "Gear and his captain, blindside flanker Hone Haerewa", "GROUP", [], "the coach and his captain")],
    mentions=[("m1", "head coach Hosea Gear", "gear"),
              ("m2", "Gear and his captain, blindside flanker Hone Haerewa", "duo"),
              ("m3", "The second-year head coach", "gear"),
              ("m4", ("Haerewa", "Haerewa agreed"), "haerewa"),
              ("m5", ("he", "he said"), "haerewa")],
    attributions=[("a1", "INDIRECT", "m2", "acknowledging",
                   seg(T, "the good points and matters arising", "the Mitre 10 Cup champions"), None),
                  ("a2", "DIRECT", "m3", ("said", "head coach said:"), seg(T, "It was a great weekend.", "into practice."), None),
                  ("a3", "DIRECT", "m5", ("said", "he said"), "That was an awesome game to play in,", None),
                  ("a4", "DIRECT", "m5", None,
                   "We didn’t get the opportunity to try out everything we wanted to try, but we now have another building block.", None)])

# ---------------------------------------------------------------------------------------
# The Sunday Times (Sri Lanka). The page header (ISSN, date line, section) and the byline ("By
# Nadia Fazlulhaq") are removed. The stored copy breaks off inside the next quotation ("The
# Government wanted us to reduce prices"), so the text is cut before it. The date is the page's
# (Sunday, February 25, 2007).
# Notes:
# - "the Government had provided ... and agreed to extend the duty concession": "agreed to X" is a
#   commitment, an act like the mirror of "refused to sign" (as the corpus has it), so it is not
#   nested.
# - "However, after February 15 the importers learnt they had to pay duty ...": no cue (learning is
#   not a report) and no quotation, so no claim.
# - Sunderam's first quotation is left open at the paragraph end and the next paragraph has no
#   reopening mark; marks as printed, it runs on to the closing mark and takes "he said".
# - "Some traders, believing the duty concession would continue, ...": an attitude of others stated
#   inside the quotation (FORMAT.md, Included), nested; "Some traders" is a subset, its own GROUP.
# - "when they found the Government had slapped the duty": finding out, not a report.
doc("sundaytimes-lk-essentials-prices-duty-traders",
    url="https://sundaytimes.lk/070225/News/117news.html",
    outlet="The Sunday Times", country="Sri Lanka", topic="business", cut=True, published="2007-02-25",
    text=(T := "Prices of essentials to go up as plans go awry\n"
          "Traders are planning to increase the prices of essential goods during the upcoming Sinhala and Hindu New Year season following the unsuccessful attempt made by newly appointed Trade and Consumer Affairs Minister Bandula Gunawardena to bring down prices.\n"
          "Old Moor Street Trade Association president Palaniandy Sunderam said the Government had provided the traders with a duty waiver from December 15, 2006 to February 15 this year and agreed to extend the duty concession.\n"
          "However, after February 15 the importers learnt they had to pay duty before clearing their goods from the Customs.\n"
          "“Now we have to pay duty to clear the goods from the Customs. Most traders were shocked and angered when they found the Government had slapped the duty.\n"
          "Some traders, believing the duty concession would continue, had placed big orders. While some importers were raising the issue and did not clear the goods, those remaining in containers would go bad, bringing losses for which the public would ultimately have to bear the cost,” he said.\n"
          "According to Mr. Sunderam among the goods prices of which are set to increase were sugar, chillies, potatoes, big onions, red onions and sprats.\n"
          "“The duty on a kilo of onions was Rs.20 and by Friday a kilo was sold in the wholesale market for Rs.70, as against the previous price of Rs.41.50 per kilo before the duty was slapped. With the duty a kilo of potatoes would cost Rs.70 and dried chillies Rs. 165 per kilo in the wholesale market. These goods will be sold at a higher price in the retail market,” he said.\n"
          "The Essential Food Commodity Importers and Traders Association (earlier Pettah Trade Association) president S.P. Samy said a quick solution from the Government was being awaited, failing which it would not be practical to sell these commodities at a lower price."),
    entities=[("sunderam", "Palaniandy Sunderam", "PERSON",
               ["Sunderam", "Mr. Sunderam", "Old Moor Street Trade Association president Palaniandy Sunderam"],
               "president, Old Moor Street Trade Association"),
              ("sometraders", "Some traders", "GROUP", [], "traders who expected the duty concession to continue"),
              ("samy", "S.P. Samy", "PERSON",
               ["Samy", "The Essential Food Commodity Importers and Traders Association (earlier Pettah Trade Association) president S.P. Samy"],
               "president, Essential Food Commodity Importers and Traders Association")],
    mentions=[("m1", "Old Moor Street Trade Association president Palaniandy Sunderam", "sunderam"),
              ("m2", ("he", "cost,” he said"), "sunderam"),
              ("m3", ("Some traders", "Some traders, believing"), "sometraders"),
              ("m4", "Mr. Sunderam", "sunderam"),
              ("m5", ("he", "market,” he said"), "sunderam"),
              ("m6", "The Essential Food Commodity Importers and Traders Association (earlier Pettah Trade Association) president S.P. Samy", "samy")],
    attributions=[("a1", "INDIRECT", "m1", ("said", "Sunderam said"),
                   seg(T, "the Government had provided the traders", "extend the duty concession"), None),
                  ("a2", "DIRECT", "m2", ("said", "cost,” he said"),
                   seg(T, "Now we have to pay duty", "bear the cost,"), None),
                  ("a3", "INDIRECT", "m3", "believing", "the duty concession would continue", "a2"),
                  ("a4", "INDIRECT", "m4", "According to",
                   "among the goods prices of which are set to increase were sugar, chillies, potatoes, big onions, red onions and sprats", None),
                  ("a5", "DIRECT", "m5", ("said", "market,” he said"),
                   seg(T, "The duty on a kilo of onions", "in the retail market,"), None),
                  ("a6", "INDIRECT", "m6", ("said", "Samy said"),
                   seg(T, "a quick solution from the Government", "at a lower price"), None)])

# ---------------------------------------------------------------------------------------
# Samoa Global News (Samoa). The stored page's headline ("Frontliners Ready for Mass Vaccination –
# ...") differs from its address ("samoa-aims-for-herd-immunity-..."); the page's is kept. The
# photo caption "43 MOH teams arrived at Savaii today Photo: MOH." is removed. The stored copy ends
# after the third Samoan quotation and the page may go on, so cut=True. The page gives no date.
# Notes:
# - "Close to 30,000 Doses Expected to be Administered" (headline) and "there are close to 30,000
#   doses expected to be administered" (inside a4): participle forecasts with no finite reporting
#   verb (FORMAT.md, Excluded), not annotated.
# - The three Samoan quotations have no reporting clause and continue the previous speaker (DIRECT,
#   null cue, the previous claim's source mention).
# - "The man leading Samoa’s frontliners for the mass vaccination campaign" is a role description
#   that resolves to Agafili (FORMAT.md, Coreference).
# - "asked that families refrain from ... and note that it is not a day for ...": one request; the
#   leading "that" is left out and the inner "note that" is part of what families are asked to do.
doc("samoaglobalnews-mass-vaccination-lockdown-agafili",
    url="https://samoaglobalnews.com/samoa-aims-for-herd-immunity-close-to-30000-doses-expected-to-be-administered-during-2-day-lockdown/",
    outlet="Samoa Global News", country="Samoa", topic="health-science", cut=True,
    text=(T := "Frontliners Ready for Mass Vaccination – Close to 30,000 Doses Expected to be Administered\n"
          "The Ministry of Health (MOH) are systems go as Samoa prepares to lock down for two days with the aim of achieving herd immunity against coronavirus.\n"
          "Preparing meetings were held this morning with 150 teams set for Upolu and 43 teams in Savaii.\n"
          "Preparation is key to the success of the 2-day mass vaccination campaign.\n"
          "Chair of Samoa’s National Emergency Operation Centre (NEOC) Agafili Tomaimano Shem Leo has called for the nation’s support and says they are working closely with communities through Village Councils.\n"
          "“O lea ua maea ona fesootai atu i sui o afioaga taitasi. E manaomia lava le tatou galulue faatasi e faigofie ai le faatinoga o galuega”.\n"
          "The man leading Samoa’s frontliners for the mass vaccination campaign said there are close to 30,000 doses expected to be administered over the next two days, and calls for everyone’s cooperation to help protect Samoa.\n"
          "Agafili also highlighted that in previous door to door attempts, some people could not be vaccinated because they were under the influence of alcohol.\n"
          "“Ua toe foi mai le au faigaluega i nisi o aiga pe a oo atu ae o loo faasuaavā”.\n"
          "Agafili said the NEOC and MOH needs the support from the public and asked that families refrain from visiting each other and note that it is not a day for parties or visits to the beach.\n"
          "“O le fautuaga ma le tuualalo ia nonofo lelei mai i totonu o maota ma laoa taitasi e faatali mai ai le aufaigaluega”."),
    entities=[("agafili", "Agafili Tomaimano Shem Leo", "PERSON",
               ["Agafili", "Chair of Samoa’s National Emergency Operation Centre (NEOC) Agafili Tomaimano Shem Leo",
                "The man leading Samoa’s frontliners for the mass vaccination campaign"],
               "Chair of Samoa's National Emergency Operation Centre")],
    mentions=[("m1", "Chair of Samoa’s National Emergency Operation Centre (NEOC) Agafili Tomaimano Shem Leo", "agafili"),
              ("m2", "The man leading Samoa’s frontliners for the mass vaccination campaign", "agafili"),
              ("m3", ("Agafili", "Agafili also"), "agafili"),
              ("m4", ("Agafili", "Agafili said"), "agafili")],
    attributions=[("a1", "INDIRECT", "m1", "called for", "the nation’s support", None),
                  ("a2", "INDIRECT", "m1", "says", "they are working closely with communities through Village Councils", None),
                  ("a3", "DIRECT", "m1", None, seg(T, "O lea ua maea", "faatinoga o galuega"), None),
                  ("a4", "INDIRECT", "m2", ("said", "campaign said there"),
                   "there are close to 30,000 doses expected to be administered over the next two days", None),
                  ("a5", "INDIRECT", "m2", "calls for", "everyone’s cooperation to help protect Samoa", None),
                  ("a6", "INDIRECT", "m3", "highlighted",
                   "in previous door to door attempts, some people could not be vaccinated because they were under the influence of alcohol", None),
                  ("a7", "DIRECT", "m3", None, seg(T, "Ua toe foi mai", "o loo faasuaavā"), None),
                  ("a8", "INDIRECT", "m4", ("said", "Agafili said"), "the NEOC and MOH needs the support from the public", None),
                  ("a9", "INDIRECT", "m4", "asked",
                   seg(T, "families refrain from visiting", "visits to the beach"), None),
                  ("a10", "DIRECT", "m4", None, seg(T, "O le fautuaga", "le aufaigaluega"), None)])

write("train_bu.jsonl")
