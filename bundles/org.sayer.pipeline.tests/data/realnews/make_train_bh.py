#!/usr/bin/env python3
"""Writes train_bh.jsonl: real-news gold, split train-bh (see gold.py). Run: python3 make_train_bh.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
# Hindustan Times (India), a Reuters story on South Korea. The stored page breaks off inside the
# paragraph after the lawmakers' quote ("The group of nearly 140,000"); the text is cut before it.
# The page gives no date. Notes:
# - The headline's "threatens" is not speech (the strike endangers the rollout).
# - "have threatened a protest strike" is a speech act with a noun-phrase content, as the corpus
#   annotates "threatened"; "sparking fears about ..." and "stoked concern that ..." are nouns of
#   feeling with no holder and no finite reporting verb (FORMAT.md, Excluded: `on news that …`).
# - "has called the bill "cruel", saying ..." is two claims of Choi (`calls the decision "a
#   smokescreen"` in make_test7_a.py, and `X said A, warning that B`).
# - "denounced the association, saying ..." is two claims of the lawmakers: "denounced" with its
#   noun-phrase content, as the corpus annotates "criticised"/"condemned". The participle "pushing
#   for the bill" is left out of the source like a relative clause.
# - The KMA (an organisation of doctors) and "Doctors in South Korea" are separate entities: a
#   group's representatives are not the group (FORMAT.md, Coreference).
doc("hindustantimes-south-korea-doctors-strike-vaccine-rollout",
    url="https://www.hindustantimes.com/health/doctors-strike-in-south-korea-threatens-covid-19-vaccine-rollout-101613970257893.html",
    outlet="Hindustan Times", country="India", topic="health-science", cut=True,
    text=(T := "Doctors' strike in South Korea threatens Covid-19 vaccine rollout\n"
          "Doctors in South Korea have threatened a protest strike against legislation to strip them of licences following criminal convictions, sparking fears about possible disruption of a coronavirus vaccination effort set to begin this week.\n"
          "Healthcare workers are set to receive the first batch of AstraZeneca's vaccine from Friday, as South Korea looks to protect 10 million high-risk people by July, on its way to reaching herd immunity by November.\n"
          "But over the weekend, the Korean Medical Association (KMA), the largest grouping of doctors, said it would go on strike if parliament passed the bill to revoke the licences of doctors getting jail terms.\n"
          "\"The bill might result in ordinary, innocent doctors being stripped of their licences and falling into hell because of an accident that has nothing to do with their job, or lack of legal knowledge,\" spokesman Kim Dae-ha said in a statement on Monday.\n"
          "Association president Choi Dae-zip has called the bill \"cruel\", saying its passage into law would \"destroy\" current cooperation with the government to treat the virus and carry out the vaccine campaign.\n"
          "No date has been set yet for the strike, the KMA told Reuters, however.\n"
          "The standoff stoked concern that any strike of doctors could slow the rollout at a time when authorities are scrambling to allocate medical personnel to about 250 inoculation centres and 10,000 clinics nationwide.\n"
          "Discord over the bill was undesirable ahead of the vaccine rollout, the health ministry said, adding that the doctors' association was in the grip of a \"misunderstanding\" about it.\n"
          "Parliament has been seeking to revise the Medical Service Act to ban physicians guilty of violent crimes, such as sexual abuse and murder, from practicing their skills.\n"
          "Ruling party lawmakers pushing for the bill denounced the association, saying it was trying to \"take public health hostage to maintain impunity from heinous crimes\"."),
    entities=[("doctors", "Doctors in South Korea", "GROUP", [], "South Korean doctors"),
              ("kma", "Korean Medical Association", "ORGANIZATION",
               ["KMA", "the Korean Medical Association (KMA), the largest grouping of doctors", "the association",
                "the doctors' association"], "largest grouping of doctors in South Korea"),
              ("kim", "Kim Dae-ha", "PERSON", ["spokesman Kim Dae-ha"], "KMA spokesman"),
              ("choi", "Choi Dae-zip", "PERSON", ["Association president Choi Dae-zip"], "KMA president"),
              ("ministry", "the health ministry", "ORGANIZATION", [], "South Korea's health ministry"),
              ("lawmakers", "Ruling party lawmakers", "GROUP", [], "ruling party lawmakers pushing for the bill")],
    mentions=[("m1", "Doctors in South Korea", "doctors"),
              ("m2", "the Korean Medical Association (KMA), the largest grouping of doctors", "kma"),
              ("m3", "spokesman Kim Dae-ha", "kim"),
              ("m4", "Association president Choi Dae-zip", "choi"),
              ("m5", "the KMA", "kma"),
              ("m6", "the health ministry", "ministry"),
              ("m7", "the doctors' association", "kma"),
              ("m8", "Ruling party lawmakers", "lawmakers"),
              ("m9", ("the association", "denounced the association"), "kma")],
    attributions=[("a1", "INDIRECT", "m1", "threatened",
                   "a protest strike against legislation to strip them of licences following criminal convictions", None),
                  ("a2", "INDIRECT", "m2", ("said", "doctors, said it would"),
                   "it would go on strike if parliament passed the bill to revoke the licences of doctors getting jail terms", None),
                  ("a3", "DIRECT", "m3", ("said", "Kim Dae-ha said"),
                   seg(T, "The bill might result", "lack of legal knowledge,"), None),
                  ("a4", "MIXED", "m4", "called", "the bill \"cruel\"", None),
                  ("a5", "MIXED", "m4", ("saying", "saying its passage"),
                   "its passage into law would \"destroy\" current cooperation with the government to treat the virus and carry out the vaccine campaign", None),
                  ("a6", "INDIRECT", "m5", "told", "No date has been set yet for the strike", None),
                  ("a7", "INDIRECT", "m6", ("said", "ministry said"),
                   "Discord over the bill was undesirable ahead of the vaccine rollout", None),
                  ("a8", "MIXED", "m6", "adding",
                   "the doctors' association was in the grip of a \"misunderstanding\" about it", None),
                  ("a9", "INDIRECT", "m8", "denounced", ("the association", "denounced the association"), None),
                  ("a10", "MIXED", "m8", ("saying", "saying it was trying"),
                   "it was trying to \"take public health hostage to maintain impunity from heinous crimes\"", None)])

# ---------------------------------------------------------------------------------------
# Stuff (New Zealand). Two captions of the photo and an "Ad Feedback" line are removed. The stored
# page breaks off inside a quotation of Johnson (`... present law,"`), so the text is cut before
# the quotation. The page gives no date. Notes:
# - The headline's "raises alarm over river protection" is a warning with a noun-phrase content;
#   "over" only links the cue and is left out (`complained about noise` → `noise`).
# - "measures announced by the Government" and "initiatives ... announced by Smith and ... Guy"
#   are participles with no finite reporting verb, left out as `figures released on Friday` is.
#   "proposals in a discussion paper ... to allow ..." names the policy measures (a noun with no
#   claimant and no reporting verb) and is left inside a3's content, not split off.
# - "Johnson described them as "..."" is MIXED with content "them as ...", as the corpus annotates
#   `described X as Y`.
# - "Johnson gave the example of X" reports what he said (he cited X), annotated like "pointed out"
#   with a noun-phrase content, "of" left out as a linking preposition.
# - "The Hawke's Bay Regional Council has opposed the application" is an action (a formal
#   objection) with no reported content: not annotated.
doc("stuff-fish-and-game-water-conservation-orders",
    url="http://www.stuff.co.nz/business/farming/77152295/conservation-group-raises-alarm-over-river-protection",
    outlet="Stuff", country="New Zealand", topic="environment", cut=True,
    text=(T := "Conservation group raises alarm over river protection\n"
          "New Zealand's most valued protected rivers, lakes and wetlands could be harder to protect under new measures announced by the Government, Fish and Game says.\n"
          "Fish and Game said they were concerned about proposals in a discussion paper on freshwater to allow regional councils to block Water Conservation Orders (WCOs).\n"
          "But Environment Minister Dr Nick Smith told Fairfax Media he was personally very supportive of WCOs and the measures would strengthen them.\n"
          "In fact regional councils will be given the power to propose WCOs themselves.\n"
          "WCOs were set up in 1981. There are now 15 of them, including rivers such as the Motu, Kawarau, Rakaia, and lakes such as Ellesmere.\n"
          "Fish and Game chief executive Bryce Johnson described them as \"the equivalent of national park status for rivers\".\n"
          "The measures are among a raft of initiatives to manage freshwater announced by Smith and Primary Industries Minister Nathan Guy.\n"
          "The proposed new measures will require WCO applications to consider any planning processes already underway; and allow the Minister for the Environment to delay an application if there will be a conflict with a regional planning process.\n"
          "Johnson gave the example of the Ngaruroro River in Hawke's Bay that his organisation is applying to be covered by a WCO. The Hawke's Bay Regional Council has opposed the application."),
    entities=[("fishgame", "Fish and Game", "ORGANIZATION", ["Conservation group", "his organisation"],
               "New Zealand fishing and game-bird hunting organisation"),
              ("smith", "Nick Smith", "PERSON", ["Smith", "Dr Nick Smith", "Environment Minister Dr Nick Smith"],
               "New Zealand Environment Minister"),
              ("johnson", "Bryce Johnson", "PERSON", ["Johnson", "Fish and Game chief executive Bryce Johnson"],
               "chief executive of Fish and Game")],
    mentions=[("m1", "Conservation group", "fishgame"),
              ("m2", ("Fish and Game", "Fish and Game says"), "fishgame"),
              ("m3", ("Fish and Game", "Fish and Game said they"), "fishgame"),
              ("m4", "Environment Minister Dr Nick Smith", "smith"),
              ("m5", "Fish and Game chief executive Bryce Johnson", "johnson"),
              ("m6", ("Smith", "announced by Smith"), "smith"),
              ("m7", ("Johnson", "Johnson gave"), "johnson"),
              ("m8", "his organisation", "fishgame")],
    attributions=[("a1", "INDIRECT", "m1", "raises alarm", "river protection", None),
                  ("a2", "INDIRECT", "m2", ("says", "Game says"),
                   seg(T, "New Zealand's most valued", "announced by the Government"), None),
                  ("a3", "INDIRECT", "m3", ("said", "Game said they"),
                   "they were concerned about proposals in a discussion paper on freshwater to allow regional councils to block Water Conservation Orders (WCOs)", None),
                  ("a4", "INDIRECT", "m4", "told",
                   "he was personally very supportive of WCOs and the measures would strengthen them", None),
                  ("a5", "MIXED", "m5", "described", "them as \"the equivalent of national park status for rivers\"", None),
                  ("a6", "INDIRECT", "m7", "gave the example",
                   "the Ngaruroro River in Hawke's Bay that his organisation is applying to be covered by a WCO", None)])

# ---------------------------------------------------------------------------------------
# Manila Bulletin (Philippines). Removed: the byline ("By Sonny Daanoy"), two "READ:" lines with
# their links and a "RELATED STORY:" line with its link. The "At A Glance" box (a label and three
# bullets, kept with their "- " marks as stored) and the two unquoted cross-heads are kept as
# labels. The stored page breaks off inside a quotation ("There are many types of phishing and
# smi"); the text is cut before it. The date is the one in the page's address (and "Friday,
# Oct. 13" in the lead). Notes:
# - The first bullet has no cue: not a claim (FORMAT.md, No cue, no claim). The other two
#   bullets' "He" is Santos, named only later (later context settles an antecedent).
# - "issued a public warning ... about the risks ...": the noun "warning" is the cue; "about"
#   only links it and the date adjunct lies outside the content.
# - Inside Santos's quotation, "The National Privacy Commission reminds everyone not to download
#   ..." is a nested claim of the commission. "reminds X not to Y" is taken like `told X to Y`
#   (FORMAT.md: `staff were told to stay home` → `to stay home`): the addressee "everyone" is
#   left out.
# - "He confirmed that the PSA has filed a ... notification": filing a notification is an act
#   (like `informed the regulator`), not a nested claim of the PSA.
doc("manilabulletin-npc-warns-downloading-philhealth-leaked-data",
    url="https://mb.com.ph/2023/10/13/downloading-compromised-data-may-pose-serious-consequences-npc-warns-1",
    outlet="Manila Bulletin", country="Philippines", topic="technology", cut=True, published="2023-10-13",
    text=(T := "Downloading compromised data may pose serious consequences, NPC warns\n"
          "At A Glance\n"
          "- Anyone who downloaded these files may be held liable for \"unauthorized processing,\" with severe penalties, including imprisonment and fines in millions.\n"
          "- He confirmed that the Philippine Statistics Authority (PSA) has filed a personal data breach notification.\n"
          "- He assured the public that the NPC is actively investigating the data breach involving PhilHealth.\n"
          "The National Privacy Commission (NPC) issued a public warning on Friday, Oct. 13, about the risks of downloading hacked data files from the Philippine Health Insurance Corporation (PhilHealth) ransomware attack.\n"
          "\"The National Privacy Commission reminds everyone not to download the data leaked by the ransomware group out of mere curiosity,\" NPC-Complaints and Investigation Division Chief Michael R. Santos said in a mix of English and Filipino in PTV's Bagong Pilipinas Ngayon.\n"
          "Santos emphasized that anyone who downloaded these files may be held liable for \"unauthorized processing,\" with severe penalties, including imprisonment and fines in millions.\n"
          "PSA data breach\n"
          "Meanwhile, he confirmed that the Philippine Statistics Authority (PSA) has filed a \"personal data breach notification.\"\n"
          "\"This is just the initial step. We will be requiring them to submit a more comprehensive report, providing details on which data were involved and the nature of the breach,\" he said.\n"
          "\"At this point, we are conducting an investigation and verifying all the information that has been reported to us,\" he added.\n"
          "Breached personal information risks\n"
          "Santos noted that the breached personal information can be used for identity theft and in different kinds of scams—email, text, or call scams."),
    entities=[("npc", "National Privacy Commission", "ORGANIZATION",
               ["NPC", "The National Privacy Commission (NPC)"], "Philippine data privacy regulator"),
              ("santos", "Michael R. Santos", "PERSON",
               ["Santos", "NPC-Complaints and Investigation Division Chief Michael R. Santos"],
               "chief of the NPC's Complaints and Investigation Division")],
    mentions=[("m1", ("NPC", "NPC warns"), "npc"),
              ("m2", ("He", "He confirmed"), "santos"),
              ("m3", ("He", "He assured"), "santos"),
              ("m4", ("the NPC", "the NPC is actively"), "npc"),
              ("m5", "The National Privacy Commission (NPC)", "npc"),
              ("m6", ("The National Privacy Commission", "The National Privacy Commission reminds"), "npc"),
              ("m7", "NPC-Complaints and Investigation Division Chief Michael R. Santos", "santos"),
              ("m8", ("Santos", "Santos emphasized"), "santos"),
              ("m9", ("he", "he confirmed"), "santos"),
              ("m10", ("he", "breach,\" he said"), "santos"),
              ("m11", ("he", "he added"), "santos"),
              ("m12", ("Santos", "Santos noted"), "santos")],
    attributions=[("a1", "INDIRECT", "m1", "warns", "Downloading compromised data may pose serious consequences", None),
                  ("a2", "INDIRECT", "m2", ("confirmed", "He confirmed"),
                   "the Philippine Statistics Authority (PSA) has filed a personal data breach notification", None),
                  ("a3", "INDIRECT", "m3", "assured",
                   "the NPC is actively investigating the data breach involving PhilHealth", None),
                  ("a4", "INDIRECT", "m5", ("warning", "public warning"),
                   "the risks of downloading hacked data files from the Philippine Health Insurance Corporation (PhilHealth) ransomware attack", None),
                  ("a5", "DIRECT", "m7", ("said", "Santos said"),
                   seg(T, "The National Privacy Commission reminds", "out of mere curiosity,"), None),
                  ("a6", "INDIRECT", "m6", "reminds",
                   "not to download the data leaked by the ransomware group out of mere curiosity", "a5"),
                  ("a7", "MIXED", "m8", "emphasized",
                   ("anyone who downloaded these files may be held liable for \"unauthorized processing,\" with severe penalties, including imprisonment and fines in millions",
                    "Santos emphasized"), None),
                  ("a8", "MIXED", "m9", ("confirmed", "he confirmed"),
                   "the Philippine Statistics Authority (PSA) has filed a \"personal data breach notification.\"", None),
                  ("a9", "DIRECT", "m10", ("said", "breach,\" he said"),
                   seg(T, "This is just the initial step.", "the nature of the breach,"), None),
                  ("a10", "DIRECT", "m11", "added", seg(T, "At this point, we are", "reported to us,"), None),
                  ("a11", "INDIRECT", "m12", "noted",
                   "the breached personal information can be used for identity theft and in different kinds of scams—email, text, or call scams", None)])

# ---------------------------------------------------------------------------------------
# Natun Somoy (English edition, Bangladesh). The stored page repeats the headline after the second
# paragraph (the title of an embedded picture); the repeat is removed. The page holds the whole
# short article. The date is the one in the page's address. Notes:
# - The headline's "lawyers expect docs ..." is a named subject's forecast (FORMAT.md, Included:
#   `the firm expects`), with a noun-phrase content.
# - "with their client behind bars for almost a week now" closes the reported clause and is kept
#   in a2's content (an adjunct inside the claim stays).
# - "was convicted ... by a Dhaka court", "The judge had read out a summary of his ... verdict"
#   and "the defence sought a certified copy" are acts, not claims.
# - "another defence lawyer" and his "he" are one entity, apart from the lawyers as a group and
#   from Zainul Abedin (a subset or a member is a separate entity).
doc("natunsomoy-khaleda-lawyers-expect-verdict-copy-appeal",
    url="http://english.natunsomoy.com/index.php/2018/02/14/bnp-chief-khaledas-lawyers-expect-docs-appeal-wednesday/",
    outlet="Natun Somoy", country="Bangladesh", topic="courts-crime", cut=False, published="2018-02-14",
    text=(T := "BNP chief Khaleda’s lawyers expect docs for appeal by Wednesday\n"
          "Counsels of BNP chief Khaleda Zia say they are expecting to get a copy of the court’s verdict by Wednesday with their client behind bars for almost a week now.\n"
          "The 72-year-old former prime minister was convicted of corruption and sentenced to five years in prison by a Dhaka court on Feb 8.\n"
          "The judge had read out a summary of his 632-page verdict before the sentencing, after which Khaleda was taken to old jailhouse on Dhaka’s Nazim Uddin Road.\n"
          "Soon after the verdict was delivered, the defence sought a certified copy of it to take the legal battle to the High Court, but it’s yet to be available.\n"
          "The BNP claims that the delay was an intentional effort to keep the party chief confined.\n"
          "On Monday, Zainul Abedin, one of the attorneys of Khaleda’s legal team, told that they have given the court 3,000 pages of stamped papers, on which the verdict will be copied before the judge certifies it.\n"
          "On Wednesday, another defence lawyer said they were expecting to receive it by the afternoon.\n"
          "“We will get the certified copy by 4pm and will file an appeal with the High Court right away,” he told during pro-BNP lawyers’ demonstration at the premises of the Dhaka district and sessions judge’s court."),
    entities=[("lawyers", "Counsels of BNP chief Khaleda Zia", "GROUP",
               ["BNP chief Khaleda’s lawyers", "Khaleda’s lawyers", "the defence"], "Khaleda Zia's defence lawyers"),
              ("bnp", "The BNP", "ORGANIZATION", ["BNP", "Bangladesh Nationalist Party"], "Bangladesh Nationalist Party"),
              ("abedin", "Zainul Abedin", "PERSON", ["Abedin", "Zainul Abedin, one of the attorneys of Khaleda’s legal team"],
               "one of Khaleda Zia's attorneys"),
              ("lawyer2", "another defence lawyer", "PERSON", [], "a defence lawyer of Khaleda Zia")],
    mentions=[("m1", "BNP chief Khaleda’s lawyers", "lawyers"),
              ("m2", "Counsels of BNP chief Khaleda Zia", "lawyers"),
              ("m3", ("the defence", "the defence sought"), "lawyers"),
              ("m4", "The BNP", "bnp"),
              ("m5", "Zainul Abedin, one of the attorneys of Khaleda’s legal team", "abedin"),
              ("m6", "another defence lawyer", "lawyer2"),
              ("m7", ("he", "he told during"), "lawyer2")],
    attributions=[("a1", "INDIRECT", "m1", ("expect", "lawyers expect"), "docs for appeal by Wednesday", None),
                  ("a2", "INDIRECT", "m2", "say",
                   "they are expecting to get a copy of the court’s verdict by Wednesday with their client behind bars for almost a week now", None),
                  ("a3", "INDIRECT", "m4", "claims", "the delay was an intentional effort to keep the party chief confined", None),
                  ("a4", "INDIRECT", "m5", ("told", "team, told"),
                   seg(T, "they have given the court", "the judge certifies it"), None),
                  ("a5", "INDIRECT", "m6", ("said", "lawyer said"), "they were expecting to receive it by the afternoon", None),
                  ("a6", "DIRECT", "m7", ("told", "he told"),
                   "We will get the certified copy by 4pm and will file an appeal with the High Court right away,", None)])

# ---------------------------------------------------------------------------------------
# Islands Business (Fiji), a Rugby World Cup news round-up. The stored page has no headline, so the
# text starts with the lead; its two unquoted cross-heads are kept. The page breaks off inside the
# paragraph after Fekitoa's lead ("making them one of"); the text is cut before it. No date.
# Notes:
# - "Fiji’s President and Minister for Youth and Sports have congratulated the Fiji Water Flying
#   Fijians despite ..." names only the addressees (the "despite" phrase is an adjunct): not
#   annotated, as make_train files leave out "after congratulating ... D.Sumiya". But "whilst also
#   congratulating them on their outstanding performance ..." has a content, kept with its
#   addressee as `commended X for Y` is.
# - "told the team to hold their heads high ...": the addressee is left out (FORMAT.md, `staff
#   were told to stay home` → `to stay home`).
# - "Carley’s performance ... has been criticised, including by ... Ben Ryan" is a passive
#   criticism, excluded by FORMAT.md (`was criticised for …`, `came under fire from`).
# - Palmer's quotation runs over two paragraphs (one attribution, FORMAT.md, Unit).
# - "Fekitoa hopes to bring ..." (the cross-head and the lead) is a named subject's hope as the
#   journalist reports it, annotated as the corpus annotates "hopes"; "as they prepare for a tough
#   match ..." is an adjunct of the hoping and is left out.
doc("islandsbusiness-fiji-wales-rugby-world-cup-reactions",
    url="https://islandsbusiness.com/news-break/rugby-world-cup-2/",
    outlet="Islands Business", country="Fiji", topic="sport", cut=True,
    text=(T := "Fiji’s President and Minister for Youth and Sports have congratulated the Fiji Water Flying Fijians despite their devastating loss to Wales at the Rugby World Cup in France this week.\n"
          "President Ratu Wiliame Maivalili Katonivere told the team to hold their heads high and to never give up whilst also congratulating them on their outstanding performance in their first game, which they narrowly lost 26-32.\n"
          "And Minister for Youth and Sports, Jese Saukuru added:. “Defeat should never extinguish the flame within; instead, it should fuel a stronger determination to overcome challenges.”\n"
          "While English referee Matthew Carley’s performance during the match has been criticised, including by former Fiji 7s coach Ben Ryan, former Fiji rep Simon Raiwalui says the team wasn’t clinical enough to grab the opportunities at hand, with disallowed tries and critical mistakes shown throughout the game.\n"
          "Good news for the Wallabies\n"
          "Wallabies Head Coach Eddie Jones took the three-hour train ride from Paris to Bordeaux to watch Australia’s pool rivals, Fiji and Wales, go head to head.\n"
          "Australia meets Fiji at the Rugby World Cup on Monday. Australia and Wales both earned bonus points and are equal on five points at the top of Pool C, while Fiji’s late surge meant they picked up two valuable bonus points as well.\n"
          "Wallabies assistant coach Dan Palmer said of Fiji: “They’re going to put different pictures in front of us. I think it’s going to be a slightly looser game.\n"
          "“They’ve got threats across the park. They’re reasonably unique in world rugby in the way they play.”\n"
          "Fekitoa hopes to bring change for Tonga\n"
          "Former New Zealand World Cup player, Malakai Fekitoa hopes to bring a new perspective for his home team as they prepare for a tough match against Ireland this Saturday."),
    entities=[("katonivere", "Ratu Wiliame Maivalili Katonivere", "PERSON",
               ["Katonivere", "President Ratu Wiliame Maivalili Katonivere", "Fiji’s President"], "President of Fiji"),
              ("saukuru", "Jese Saukuru", "PERSON",
               ["Saukuru", "Minister for Youth and Sports, Jese Saukuru", "Minister for Youth and Sports"],
               "Fiji's Minister for Youth and Sports"),
              ("raiwalui", "Simon Raiwalui", "PERSON", ["Raiwalui", "former Fiji rep Simon Raiwalui"],
               "former Fiji representative player"),
              ("palmer", "Dan Palmer", "PERSON", ["Palmer", "Wallabies assistant coach Dan Palmer"],
               "Australia assistant coach"),
              ("fekitoa", "Malakai Fekitoa", "PERSON",
               ["Fekitoa", "Former New Zealand World Cup player, Malakai Fekitoa"], "Tonga player, former All Black")],
    mentions=[("m1", "Fiji’s President", "katonivere"),
              ("m2", ("Minister for Youth and Sports", "President and Minister for Youth"), "saukuru"),
              ("m3", "President Ratu Wiliame Maivalili Katonivere", "katonivere"),
              ("m4", "Minister for Youth and Sports, Jese Saukuru", "saukuru"),
              ("m5", "former Fiji rep Simon Raiwalui", "raiwalui"),
              ("m6", "Wallabies assistant coach Dan Palmer", "palmer"),
              ("m7", ("Fekitoa", "Fekitoa hopes to bring change"), "fekitoa"),
              ("m8", "Former New Zealand World Cup player, Malakai Fekitoa", "fekitoa")],
    attributions=[("a1", "INDIRECT", "m3", "told", "to hold their heads high and to never give up", None),
                  ("a2", "INDIRECT", "m3", "congratulating",
                   "them on their outstanding performance in their first game, which they narrowly lost 26-32", None),
                  ("a3", "DIRECT", "m4", "added",
                   "Defeat should never extinguish the flame within; instead, it should fuel a stronger determination to overcome challenges.", None),
                  ("a4", "INDIRECT", "m5", "says",
                   seg(T, "the team wasn’t clinical enough", "shown throughout the game"), None),
                  ("a5", "DIRECT", "m6", ("said", "Palmer said"),
                   seg(T, "They’re going to put different", "in the way they play."), None),
                  ("a6", "INDIRECT", "m7", ("hopes", "Fekitoa hopes to bring change"), "to bring change for Tonga", None),
                  ("a7", "INDIRECT", "m8", ("hopes", "Fekitoa hopes to bring a new"),
                   "to bring a new perspective for his home team", None)])

# ---------------------------------------------------------------------------------------
# DNA News Agency (Pakistan). Removed: the page's current date and "Main Menu" above the headline,
# and "Comments are Closed" below the story. The subhead ("Pervaiz critisizes ...", spelling as
# printed) is kept. The dateline gives "18 MAY" with no year, so no date is recorded; the agency's
# sign-off "DNA" ends the last paragraph as printed and is left out of a9's content. Notes:
# - The headline has no cue: not a claim.
# - The subhead's "critisizes" with its noun-phrase content, as the corpus annotates
#   "criticised X".
# - "the opposition after expressing their point of views in the House about Panama Leaks" names
#   a speech event with no content of its own: not split off from a2.
# - "thanked X for coming ... and clarifying his position about ..." is annotated as the corpus
#   annotates "thanked"; Shah's "clarifying his position about ..." is a speech act inside that
#   content, nested with a noun-phrase content ("stood by its position" in FORMAT.md's cues).
# - "He said A, adding that B" is two claims.
doc("dnanews-pervaiz-rashid-opposition-panama-leaks-national-assembly",
    url="https://dnanews.com.pk/opposition-should-listen-to-response-of-treasury-benches-on-panama-leaks/",
    outlet="DNA News Agency", country="Pakistan", topic="politics", cut=False,
    text=(T := "Opposition should listen to response of treasury benches on panama leaks\n"
          "Pervaiz critisizes pakistan peoples party leadership\n"
          "ISLAMABAD, 18 MAY (DNA) – Minister for Information and Broadcasting Senator Pervaiz Rashid Wednesday said that the opposition after expressing their point of views in the House about Panama Leaks should also listen to response of members of the treasury benches.\n"
          "Speaking in the National Assembly on a point of order, the minister said the Prime Minister and members of the treasury benches remained in the House to listen the Opposition on May 16 but they walked out from the House.\n"
          "The minister thanked Leader of the Opposition Syed Khursheed Shah for coming to the House and clarifying his position about their boycott or walkout of the House on May 16. He said whenever the Prime Minister came to the House it was full of its capacity, adding that not only the House but all the visitors’ galleries were also full to its capacity as the people loved with their leader Nawaz Sharif.\n"
          "The Minister told the House that PTV was directly telecasting today’s proceedings of the House while clean feed was also being given to other channels. He said it was also on record that when we were in the opposition no speech of our leader of the opposition was aired directly DNA"),
    entities=[("rashid", "Pervaiz Rashid", "PERSON",
               ["Pervaiz", "Rashid", "Minister for Information and Broadcasting Senator Pervaiz Rashid", "the minister"],
               "Pakistan's Minister for Information and Broadcasting"),
              ("shah", "Syed Khursheed Shah", "PERSON", ["Shah", "Leader of the Opposition Syed Khursheed Shah"],
               "Leader of the Opposition in the National Assembly")],
    mentions=[("m1", ("Pervaiz", "Pervaiz critisizes"), "rashid"),
              ("m2", "Minister for Information and Broadcasting Senator Pervaiz Rashid", "rashid"),
              ("m3", ("the minister", "the minister said"), "rashid"),
              ("m4", ("The minister", "The minister thanked"), "rashid"),
              ("m5", "Leader of the Opposition Syed Khursheed Shah", "shah"),
              ("m6", ("He", "He said whenever"), "rashid"),
              ("m7", ("The Minister", "The Minister told"), "rashid"),
              ("m8", ("He", "He said it was"), "rashid")],
    attributions=[("a1", "INDIRECT", "m1", "critisizes", "pakistan peoples party leadership", None),
                  ("a2", "INDIRECT", "m2", ("said", "Wednesday said"),
                   seg(T, "the opposition after expressing", "members of the treasury benches"), None),
                  ("a3", "INDIRECT", "m3", ("said", "the minister said"),
                   seg(T, "the Prime Minister and members", "walked out from the House"), None),
                  ("a4", "INDIRECT", "m4", "thanked",
                   seg(T, "Leader of the Opposition Syed Khursheed Shah for", "House on May 16"), None),
                  ("a5", "INDIRECT", "m5", "clarifying", "his position about their boycott or walkout of the House on May 16", "a4"),
                  ("a6", "INDIRECT", "m6", ("said", "He said whenever"),
                   "whenever the Prime Minister came to the House it was full of its capacity", None),
                  ("a7", "INDIRECT", "m6", "adding", seg(T, "not only the House but", "their leader Nawaz Sharif"), None),
                  ("a8", "INDIRECT", "m7", "told",
                   "PTV was directly telecasting today’s proceedings of the House while clean feed was also being given to other channels", None),
                  ("a9", "INDIRECT", "m8", ("said", "He said it was"),
                   "it was also on record that when we were in the opposition no speech of our leader of the opposition was aired directly", None)])

# ---------------------------------------------------------------------------------------
# Flow News 24 (Flow FM, South Australia), on a Victorian shire. The stored page has no headline
# (its address reads "potholes turn to potshots as Hindmarsh Shire residents chastise council"),
# so the text starts with the lead. It breaks off inside a later quotation; the text is cut after
# Ireland's second quotation, before the sentence framing the next one. No date. Notes:
# - "it appears ..." is an evidential, not a claim; "ratepayers ... are still lamenting roads
#   that are littered with potholes" is evaluative reporting with a content (`rues the defeat`);
#   "unloading their frustration onto the council" has no content.
# - The ratepayers and the "residents" who made the remarks are one collective in one scene.
# - Inside Ireland's first quotation, "the one lady in the council said, 'I really don't want to go
#   to work'" (DIRECT, between single marks) and "because she said they try so hard" are nested
#   claims of the staff member.
# - "Ireland expressed that A, informing listeners that B" is two claims; "listeners" is an
#   addressee.
# - The quotation "In my Mayoral Matters columns, ..." has no reporting clause and continues
#   Ireland (null cue, same source mention).
doc("flownews24-hindmarsh-mayor-potholes-survey-remarks",
    url="https://www.flownews24.com.au/post/potholes-turn-to-potshots-as-hindmarsh-shire-residents-chastise-council",
    outlet="Flow News 24", country="Australia", topic="local", cut=True,
    text=(T := "Brett Ireland became the mayor of the Hindmarsh Shire Council last November, just weeks after Victoria's extreme flood events which devastated small regional towns across southeastern Australia.\n"
          "The October 2022 flooding event in Australia was particularly damaging for regional roads which were already desecrated and it appears nearly nine months later, ratepayers in one regional Victorian LGA are still lamenting roads that are littered with potholes and unloading their frustration onto the council.\n"
          "Ireland appeared on Flow FM's Country Viewpoint program this week and revealed staff at the Hindmarsh Shire Council were subjected to scathing remarks from residents off the back of community satisfaction surveys.\n"
          "\"When the community satisfaction surveys came back, there was a lot of angst there and the one lady in the council said, 'I really don't want to go to work', because she said they try so hard. It was, yes, some really derogatory comments,\" Ireland said.\n"
          "Ireland expressed that he wasn't particularly sure how to satisfy the chorus of disapproval on the subject of potholes, informing listeners that the council aims to be as transparent and accessible as it can be.\n"
          "\"Maybe we don't have meetings at night and things like that, we send everybody a survey but that might just be a forum to pot shot as well, we have forms they can go in and fill in on the council website, we have a great newsletter that gives them a lot of information every two weeks,\" Ireland exclaimed.\n"
          "\"In my Mayoral Matters columns, I try to give a lot of factual information, I like the idea of people knowing what's going on - that's sort of one of my real strong briefs, a real passion of mine.\""),
    entities=[("ireland", "Brett Ireland", "PERSON", ["Ireland"], "Mayor of Hindmarsh Shire Council"),
              ("ratepayers", "ratepayers in one regional Victorian LGA", "GROUP", ["ratepayers", "residents"],
               "Hindmarsh Shire ratepayers"),
              ("lady", "the one lady in the council", "PERSON", [], "a Hindmarsh Shire Council staff member")],
    mentions=[("m1", "Brett Ireland", "ireland"),
              ("m2", "ratepayers in one regional Victorian LGA", "ratepayers"),
              ("m3", ("Ireland", "Ireland appeared"), "ireland"),
              ("m4", ("residents", "remarks from residents"), "ratepayers"),
              ("m5", "the one lady in the council", "lady"),
              ("m6", ("she", "because she said"), "lady"),
              ("m7", ("Ireland", "comments,\" Ireland said"), "ireland"),
              ("m8", ("Ireland", "Ireland expressed"), "ireland"),
              ("m9", ("Ireland", "Ireland exclaimed"), "ireland")],
    attributions=[("a1", "INDIRECT", "m2", "lamenting", "roads that are littered with potholes", None),
                  ("a2", "INDIRECT", "m3", "revealed",
                   seg(T, "staff at the Hindmarsh Shire Council were", "community satisfaction surveys"), None),
                  ("a3", "DIRECT", "m7", ("said", "comments,\" Ireland said"),
                   seg(T, "When the community satisfaction surveys came back", "really derogatory comments,"), None),
                  ("a4", "DIRECT", "m5", ("said", "council said, 'I"), "I really don't want to go to work", "a3"),
                  ("a5", "INDIRECT", "m6", ("said", "she said they"), "they try so hard", "a3"),
                  ("a6", "INDIRECT", "m8", "expressed",
                   "he wasn't particularly sure how to satisfy the chorus of disapproval on the subject of potholes", None),
                  ("a7", "INDIRECT", "m8", "informing", "the council aims to be as transparent and accessible as it can be", None),
                  ("a8", "DIRECT", "m9", "exclaimed",
                   seg(T, "Maybe we don't have meetings", "information every two weeks,"), None),
                  ("a9", "DIRECT", "m9", None, seg(T, "In my Mayoral Matters columns", "a real passion of mine."), None)])

write("train_bh.jsonl")
