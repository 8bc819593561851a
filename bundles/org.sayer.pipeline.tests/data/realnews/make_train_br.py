#!/usr/bin/env python3
"""Writes train_br.jsonl: real-news gold, split train-br (see gold.py). Run: python3 make_train_br.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
# VOD English (Cambodia). The stored page has no headline, so the text starts with the lead; it
# breaks off inside the quotation after "... the vast majority of crimes." ("So some crimes continue
# to take place, more or less, especially crimes th"), so the text is cut before it. No date is given.
# Notes:
# - "officials continued to sidestep from naming compound owners and saying whether ...": a refusal
#   with an open question, as seed a9/a10 ("did not say when ..."): cue "saying", content the
#   whether-clause. "naming compound owners" has no clause content (only the NP "compound owners"),
#   so it is not annotated on its own.
# - The officials at the briefing and its six spokespeople are one collective in one scene (one
#   entity); Kimkhoeun, one of them, is his own entity. "asked them" is an addressee (left out).
# - "VOD reporters asked them about ..., in particular what ...": a question reported of a named
#   speaker (FORMAT.md, Included); the linking "about" is left out.
# - "said ..., explaining that ...": two claims of Kimkhoeun (seed a18/a19). The second ends with a
#   quoted word, so it is MIXED and keeps the marks at its end.
# - "we acknowledge that ..." in the quotation is the speaker's own attitude (not split off).
doc("vod-interior-ministry-briefing-scam-compounds",
    url="https://vodenglish.news/interior-ministry-officials-deflect-on-compound-owners-online-scams-in-marathon-briefing/",
    outlet="VOD English", country="Cambodia", topic="courts-crime", cut=True,
    text=(T := "A 5.5-hour Interior Ministry press conference reviewed recent raids against the forced labor of foreign nationals, but officials continued to sidestep from naming compound owners and saying whether the syndicates perpetrated global scams.\n"
          "In the latest of a series of briefings by government ministries about their past five years of work, Interior Ministry officials hosted a crowd of journalists at the Council of Ministers building in Phnom Penh on Friday.\n"
          "Kicking off at 9:30 a.m., the presser lasted through 3 p.m. without breaks. Six spokespeople took turns behind a lectern, giving long speeches about their departments’ work before taking questions. The spokespeople were Interior Ministry spokesman Khieu Sopheak; National Police spokesman Chhay Kimkhoeun; immigration department spokesman Keo Vanthan; prisons department spokesman Nuth Savna; identification department spokesman Say Meng Chheang; and government spokesman Phay Siphan. Some could be seen nipping out for snack and cigarette breaks while awaiting their turns during the course of the day.\n"
          "VOD reporters asked them about the recent human trafficking raids, in particular what types of businesses were found to be operating in the compounds, who the compound owners were, and why restrictions have grown on observing and reporting on the police work.\n"
          "Kimkhoeun, the National Police spokesman, said Cambodian authorities were dealing with global challenges, explaining that it could be difficult to deal with crimes involving “technology.”\n"
          "“Lately in particular, Cambodia, especially in the region, there is widespread cross-border organized crime that uses technology, and we acknowledge that we do not have the capabilities that reach [the level of] other advanced countries — our capability still walks behind technological development,” he said.\n"
          "But he said Cambodian police work was fast, and had thwarted the vast majority of crimes."),
    entities=[("officials", "Interior Ministry officials", "GROUP", ["officials", "Six spokespeople", "The spokespeople"],
               "the officials and spokespeople at the Interior Ministry briefing"),
              ("kimkhoeun", "Chhay Kimkhoeun", "PERSON",
               ["Kimkhoeun", "National Police spokesman Chhay Kimkhoeun", "Kimkhoeun, the National Police spokesman"],
               "National Police spokesman, Cambodia"),
              ("reporters", "VOD reporters", "GROUP", [], "reporters of VOD")],
    mentions=[("m1", ("officials", "but officials continued"), "officials"),
              ("m2", "Interior Ministry officials", "officials"),
              ("m3", "Six spokespeople", "officials"),
              ("m4", "The spokespeople", "officials"),
              ("m5", "National Police spokesman Chhay Kimkhoeun", "kimkhoeun"),
              ("m6", "VOD reporters", "reporters"),
              ("m7", "Kimkhoeun, the National Police spokesman", "kimkhoeun"),
              ("m8", ("he", "he said."), "kimkhoeun"),
              ("m9", ("he", "But he said"), "kimkhoeun")],
    attributions=[("a1", "INDIRECT", "m1", "saying", "whether the syndicates perpetrated global scams", None),
                  ("a2", "INDIRECT", "m6", "asked",
                   seg(T, "the recent human trafficking raids", "reporting on the police work"), None),
                  ("a3", "INDIRECT", "m7", ("said", "spokesman, said"), "Cambodian authorities were dealing with global challenges", None),
                  ("a4", "MIXED", "m7", "explaining", "it could be difficult to deal with crimes involving “technology.”", None),
                  ("a5", "DIRECT", "m8", ("said", "he said."),
                   seg(T, "Lately in particular", "behind technological development,"), None),
                  ("a6", "INDIRECT", "m9", ("said", "But he said"),
                   "Cambodian police work was fast, and had thwarted the vast majority of crimes", None)])

# ---------------------------------------------------------------------------------------
# Antara News (Indonesia). The stored page prints the headline twice (kept once); the photo caption
# under it ("President Joko Widodo (Jokowi) visited ... (ANTARA/M Fikri Setiawan/rn)") and the two
# "Related news:" lines are removed. The page breaks off in the next paragraph ("In fact, President
# Jokowi had attempted to visit Su"), so the text is cut before it. The dateline "Sukajaya, W Java
# (ANTARA) -" is kept and is not an attribution. Only the caption gives a date (of the visit), so no
# date is recorded. Notes:
# - `"Please, ...," Harkat Jaya Village Head Soleh quoted the message that President Jokowi delivered
#   to him`: Soleh's DIRECT claim (cue "quoted"); the words are Jokowi's message, so Jokowi's claim is
#   nested in it with the same content and the noun cue "message", as make_test7_a.py does for "the
#   message that the government has given ... to review ..." (cue "message"). "while handing over
#   ..." is an adjunct (left out).
# - "President Jokowi had urged him to coordinate ...": its own claim of Jokowi (the sentence has no
#   cue of Soleh's, so it does not continue his report; FORMAT.md "No cue, no claim"). The addressee
#   stays, as the corpus does for "urged X to Y" (seed a23/a24, "called on X to Y"); "In a bid to help
#   villagers ..." is an adjunct of the urging (left out).
# - "BNPB recorded that 776 buildings had incurred damage": an agency's finding (FORMAT.md, Included).
# - "Jokowi observed the landslide-affected areas" is seeing, not reporting (not annotated).
doc("antara-jokowi-harkat-jaya-landslide-victims",
    url="https://en.antaranews.com/news/139292/jokowi-visits-landslide-victims-in-west-javas-harkat-jaya-village?utm_source=antaranews&utm_medium=related&utm_campaign=related_news",
    outlet="Antara News", country="Indonesia", topic="environment", cut=True,
    text=(T := "Jokowi visits landslide victims in West Java's Harkat Jaya Village\n"
          "Sukajaya, W Java (ANTARA) - President Joko Widodo (Jokowi) paid a visit to Harkat Jaya Village, Sukajaya Sub-district, Bogor District, West Java, Tuesday, to meet those afflicted by the recent landslide and handed Rp100 million cash and staple food packages.\n"
          "\"Please, take care of all those affected by the disaster, including those losing their lives,\" Harkat Jaya Village Head Soleh quoted the message that President Jokowi delivered to him while handing over the relief fund to him during his visit to the village area.\n"
          "The money and relief aid packages will be distributed to the Harkat Jaya villagers affected by the landslide, especially the families, who lost their near and dear ones to the catastrophe, he remarked.\n"
          "In a bid to help villagers whose houses were destroyed or prone to the threats of landslides in future, President Jokowi had urged him to coordinate with Bogor District Head Ade Yasin to relocate them to a safer area.\n"
          "The president and his entourage boarded a car to visit the village. During his visit, Jokowi observed the landslide-affected areas, including a road section connecting Pasir Matang to Cisarua Villages.\n"
          "Owing to the landslide that struck the village on January 1, over four thousand villagers sought refuge in safer places. The National Disaster Mitigation Agency (BNPB) recorded that 776 buildings had incurred damage."),
    entities=[("jokowi", "Joko Widodo", "PERSON",
               ["Jokowi", "President Jokowi", "President Joko Widodo (Jokowi)", "Widodo", "The president"],
               "President of Indonesia"),
              ("soleh", "Soleh", "PERSON", ["Harkat Jaya Village Head Soleh"], "head of Harkat Jaya Village"),
              ("bnpb", "The National Disaster Mitigation Agency (BNPB)", "ORGANIZATION",
               ["National Disaster Mitigation Agency", "BNPB"], "Indonesia's disaster agency")],
    mentions=[("m1", ("Jokowi", "Jokowi visits"), "jokowi"),
              ("m2", "President Joko Widodo (Jokowi)", "jokowi"),
              ("m3", "Harkat Jaya Village Head Soleh", "soleh"),
              ("m4", ("President Jokowi", "President Jokowi delivered"), "jokowi"),
              ("m5", ("he", "he remarked"), "soleh"),
              ("m6", ("President Jokowi", "President Jokowi had urged"), "jokowi"),
              ("m7", "The president", "jokowi"),
              ("m8", ("Jokowi", "Jokowi observed"), "jokowi"),
              ("m9", "The National Disaster Mitigation Agency (BNPB)", "bnpb")],
    attributions=[("a1", "DIRECT", "m3", "quoted",
                   "Please, take care of all those affected by the disaster, including those losing their lives,", None),
                  ("a2", "DIRECT", "m4", "message",
                   "Please, take care of all those affected by the disaster, including those losing their lives,", "a1"),
                  ("a3", "INDIRECT", "m5", "remarked",
                   seg(T, "The money and relief aid packages", "near and dear ones to the catastrophe"), None),
                  ("a4", "INDIRECT", "m6", "urged",
                   "him to coordinate with Bogor District Head Ade Yasin to relocate them to a safer area", None),
                  ("a5", "INDIRECT", "m9", "recorded", "776 buildings had incurred damage", None)])

# ---------------------------------------------------------------------------------------
# Mothership (Singapore). Removed: the "date 2021-02-01 Back" line, the byline ("Zhangxin Zheng |
# February 01, 2021, 08:26 AM"), an events box ("Events / Orient Express at Gardens by the Bay / ...")
# and "Follow us on Telegram ...". The page breaks off after "The town council chairman is He Ting Ru
# and the", so the text is cut before that paragraph. Notes:
# - The standfirst quotation has no reporting clause of its own: it continues the previous speaker,
#   the headline's Lim (FORMAT.md, Interruption and continuation), null cue. The cross-head rule
#   (null source) is for cross-heads, and this is a standfirst.
# - "Residents expect no less" (twice) is not annotated as a nested belief of residents: "expect no
#   less" is an idiom with no content beyond "no less". "residents" in "reassures residents" /
#   "reassured residents" is the addressee (left out).
# - "residents spoken to have expressed concerns over how ..." and "most residents have also confirmed
#   that ..." are nested in Lim's claims; their sources are "residents" (the reduced relative "spoken
#   to" left out, FORMAT.md Source) and "most residents", two groups (a subset is its own entity).
#   "expressed concerns" keeps its fixed object in the cue ("voiced the hope"); "over" is left out.
# - "the history of "myths and stories ..."" is a quoted phrase in narration with no reporting verb
#   (not annotated); the unquoted cross-heads are labels.
doc("mothership-jamus-lim-sengkang-town-council-standards",
    url="https://mothership.sg/2021/02/sengkang-jamus-no-change-town-council-standards/",
    outlet="Mothership", country="Singapore", topic="politics", cut=True, published="2021-02-01",
    text=(T := "Workers' Party Sengkang MP Jamus Lim reassures residents no change in town council's standards\n"
          "\"Residents expect no less, and we hold ourselves to that standard.\"\n"
          "Even though the Sengkang Town Council is newly-formed, Workers' Party Member of Parliament (MP) Jamus Lim has reassured residents that MPs will work together to keep constituency services up to standard.\n"
          "In a post on Jan. 31, 2021, Lim shared that residents spoken to have expressed concerns over how the new town council is being run.\n"
          "No perceptible declines in town council standards\n"
          "The concerns arose from the fact that the town council is new and the history of \"myths and stories about what transpires in opposition-held wards\".\n"
          "However, Lim said that there should not be any \"systematic change\" in standards as the town council has retained the same conservancy contractors.\n"
          "Lim added that most residents have also confirmed that they have not experienced any \"perceptible declines\" since the new town council took over the GRC.\n"
          "Despite the reassurances, Lim also acknowledged that there might be genuine lapses, but the WP MPs will investigate and hold contractors to account when that happens.\n"
          "\"Residents expect no less, and we hold ourselves to that standard,\" Lim concluded.\n"
          "Background\n"
          "The current Sengkang GRC was made up of Sengkang Central division of Pasir Ris-Punggol GRC, Punggol East Single Member Constituency (SMC) and Sengkang West SMC.\n"
          "The new town council has taken over responsibilities from Pasir Ris-Punggol Town Council (PRPTC) and Ang Mo Kio Town Council (AMKTC) since Oct. 28, 2020."),
    entities=[("lim", "Jamus Lim", "PERSON",
               ["Lim", "Workers' Party Sengkang MP Jamus Lim", "Workers' Party Member of Parliament (MP) Jamus Lim"],
               "Workers' Party MP for Sengkang GRC"),
              ("spoken", "residents spoken to", "GROUP", ["residents"], "Sengkang residents Lim spoke to"),
              ("most", "most residents", "GROUP", [], "most Sengkang residents")],
    mentions=[("m1", "Workers' Party Sengkang MP Jamus Lim", "lim"),
              ("m2", "Workers' Party Member of Parliament (MP) Jamus Lim", "lim"),
              ("m3", ("Lim", "Lim shared"), "lim"),
              ("m4", ("residents", "residents spoken to"), "spoken"),
              ("m5", ("Lim", "Lim said"), "lim"),
              ("m6", ("Lim", "Lim added"), "lim"),
              ("m7", "most residents", "most"),
              ("m8", ("Lim", "Lim also acknowledged"), "lim"),
              ("m9", ("Lim", "Lim concluded"), "lim")],
    attributions=[("a1", "INDIRECT", "m1", "reassures", "no change in town council's standards", None),
                  ("a2", "DIRECT", "m1", None, ("Residents expect no less, and we hold ourselves to that standard.", "\"Residents expect no less, and we hold ourselves to that standard.\""), None),
                  ("a3", "INDIRECT", "m2", "reassured",
                   "MPs will work together to keep constituency services up to standard", None),
                  ("a4", "INDIRECT", "m3", "shared",
                   "residents spoken to have expressed concerns over how the new town council is being run", None),
                  ("a5", "INDIRECT", "m4", "expressed concerns", "how the new town council is being run", "a4"),
                  ("a6", "MIXED", "m5", ("said", "Lim said"),
                   seg(T, "there should not be any", "the same conservancy contractors"), None),
                  ("a7", "MIXED", "m6", "added",
                   seg(T, "most residents have also", "took over the GRC"), None),
                  ("a8", "MIXED", "m7", "confirmed",
                   seg(T, "they have not experienced", "took over the GRC"), "a7"),
                  ("a9", "INDIRECT", "m8", "acknowledged",
                   seg(T, "there might be genuine lapses", "when that happens"), None),
                  ("a10", "DIRECT", "m9", "concluded",
                   ("Residents expect no less, and we hold ourselves to that standard,", "\"Residents expect no less, and we hold ourselves to that standard,\""), None)])

# ---------------------------------------------------------------------------------------
# South Burnett Online (Australia). The stored page has no headline (its address says "Durong
# residents target council again"), so the text starts with the lead; the photo caption before it
# ("Cr Ros Heit, CEO Mark Pitt, ... apology)"), the date line, the "* * *" break and the portrait
# caption ("South Burnett Mayor / Keith Campbell") are removed. The page breaks off inside the
# Mayor's quotation ("“Of course, somebody who h"), so the text is cut at the last whole paragraph:
# the quotation is left open there. The date is the one the page prints (October 24, 2018). Notes:
# - "quizzed Councillors and senior staff" has no content (not annotated).
# - "councillors – many of whom were at the July meeting – again explained rates policies and why
#   ...": the appositive relative clause is left out of the source.
# - "accusations of “...”, “...”, “...” and allegations the South Burnett was “...” were thrown back
#   at them from the audience": two noun cues, whose claimant is the audience ("from the audience");
#   the audience, the "Twenty-one people" and the "Members ... and other Durong residents" are one
#   collective in one scene. The first content is a list of three quotations joined by commas, not
#   one quotation, so it is MIXED, keeping its marks; "of" is left out.
# - The open quotation of the last two paragraphs has no reporting clause: it continues the Mayor
#   (null cue) and runs to the end of the cut text, with its reopening mark inside.
doc("southburnett-durong-residents-target-council-rates",
    url="https://southburnett.com.au/news2/2018/10/23/durong-residents-target-council-again/",
    outlet="South Burnett Online", country="Australia", topic="local", cut=True, published="2018-10-24",
    text=(T := "Members of the South Burnett Ratepayers Association and other Durong residents quizzed Councillors and senior staff on Monday evening in one of the fieriest of the South Burnett Regional Council’s recent round of nine “listening tours”.\n"
          "The Ratepayers Association was formed after a protest meeting at Durong in July this year called by residents angered at sudden steep rises in their rural rates.\n"
          "Twenty-one people re-gathered at Durong Hall on Monday night to hear from Mayor Keith Campbell, Councillors and senior Council staff in the eighth of the nine “listening tours” organised across the region.\n"
          "While councillors – many of whom were at the July meeting – again explained rates policies and why some ratepayers had ended up with rises of more than 17 per cent, accusations of “spending $2 million for the glorification of the palace”, “wasting money”, “discrimination” and allegations the South Burnett was “the dearest Council in Queensland” were thrown back at them from the audience.\n"
          "“It’s difficult to sit here and have you try and understand without sitting down with a decent sort of a spreadsheet and showing you that you have not been disadvantaged,” Mayor Campbell said.\n"
          "“You have had your rates assessed on the unimproved capital value as has every other category within Council.\n"
          "“Not everybody has properties with valuations of a million, or a million and a half, or two million dollars – or in some cases, even more than that – and that’s the metric on which basis rates are assessed."),
    entities=[("audience", "the audience", "GROUP",
               ["Twenty-one people", "Members of the South Burnett Ratepayers Association and other Durong residents"],
               "Durong residents and Ratepayers Association members at the meeting"),
              ("councillors", "councillors", "GROUP", ["Councillors"], "South Burnett Regional Council councillors"),
              ("campbell", "Keith Campbell", "PERSON", ["Campbell", "Mayor Campbell", "Mayor Keith Campbell"],
               "Mayor of the South Burnett Regional Council")],
    mentions=[("m1", "Members of the South Burnett Ratepayers Association and other Durong residents", "audience"),
              ("m2", ("Councillors", "quizzed Councillors"), "councillors"),
              ("m3", "Twenty-one people", "audience"),
              ("m4", "Mayor Keith Campbell", "campbell"),
              ("m5", ("Councillors", "Campbell, Councillors"), "councillors"),
              ("m6", ("councillors", "While councillors"), "councillors"),
              ("m7", "the audience", "audience"),
              ("m8", "Mayor Campbell", "campbell")],
    attributions=[("a1", "INDIRECT", "m6", "explained",
                   seg(T, "rates policies and why", "more than 17 per cent"), None),
                  ("a2", "MIXED", "m7", "accusations", "“spending $2 million for the glorification of the palace”, “wasting money”, “discrimination”", None),
                  ("a3", "MIXED", "m7", "allegations", "the South Burnett was “the dearest Council in Queensland”", None),
                  ("a4", "DIRECT", "m8", ("said", "Campbell said"),
                   seg(T, "It’s difficult to sit here", "not been disadvantaged,"), None),
                  ("a5", "DIRECT", "m8", None, seg(T, "You have had your rates", "rates are assessed."), None)])

# ---------------------------------------------------------------------------------------
# The Indian Wire (India). The stored page has no headline, so the text starts with the lead; the
# date line at its top ("Tue. Apr 16th, 2024") is the site's, not the article's (no date recorded).
# The page breaks off inside the senior government official's quotation ("... Emergency p"), so the
# text is cut before that paragraph. Notes:
# - "According to some government officials, delegations ... are asked to appear ...": the officials'
#   claim, with the agentless request nested in it (null source, cue "asked", raised subject left
#   out, FORMAT.md Left outside). "to prove that ..." is the purpose of appearing (not a claim).
# - "The executives of these apps have said to cooperate ...": content "to cooperate ...".
# - "Tiktok said to its users, “We are ... priority, ” and went offline": the closing mark follows a
#   space, so gold.py cannot take the quotation as DIRECT (it must end right before a closing mark);
#   typed INDIRECT with the words inside the marks as content, as train_ae..ah did for such a mark.
#   "to its users" is the addressee (left out).
# - The source "A representative of Bytedance" leaves out the apposition describing Bytedance ("the
#   parent company of TikTok"). In that quotation "If the government thinks China cares ..., it is
#   mistaken" is a hypothetical (FORMAT.md, Excluded), not a nested belief of the government.
doc("theindianwire-chinese-apps-ban-committee-data",
    url="https://www.theindianwire.com/business/government-constitutes-committee-to-enquire-representatives-from-banned-chinese-apps-on-data-practices-276061/",
    outlet="The Indian Wire", country="India", topic="technology", cut=True,
    text=(T := "According to some government officials, delegations from the 59 Chinese apps that the Indian government banned on Monday are asked to appear before a committee formed by the government within 48 hours of the announcement to prove that the data of Indian users is not being shared with Chinese servers.\n"
          "The government has formed a committee to initiate a detailed inquiry into the data-sharing practices of the apps which were recently banned in India. The executives of these apps have said to cooperate with the government in the enquiry and have been preparing themselves for the meeting.\n"
          "India’s head of Tiktok, Nikhil Gandhi said, “TikTok continues to comply with all data privacy and security requirements under Indian law and has not shared any information of our users in India with any foreign government, including the Chinese government. Further, if we are requested in the future, we would not do so”.\n"
          "Tiktok said to its users, “We are in the process of complying with the government of India’s directive to block 59 apps. Ensuring the privacy and security of all our users in India remains our utmost priority, ” and went offline on Tuesday.\n"
          "A representative of Bytedance, the parent company of TikTok said, “ByteDance will engage with the government. If the government thinks China cares about banning social media apps, it is mistaken. These aren’t strategic industries”.\n"
          "A senior executive of Likee said, “The intent is to work with the government and not against it. We are happy to take initiative and comply with any policy changes proposed”.\n"
          "The committee comprises officials from various ministries including that of home affairs, electronics & IT, information & broadcasting, law & justice and also from CERT-In (a major Internet Security agency of India)."),
    entities=[("officials", "some government officials", "GROUP", [], "Indian government officials"),
              ("executives", "The executives of these apps", "GROUP", [], "executives of the banned apps"),
              ("gandhi", "Nikhil Gandhi", "PERSON", ["Gandhi", "India’s head of Tiktok, Nikhil Gandhi"], "head of TikTok India"),
              ("tiktok", "TikTok", "ORGANIZATION", ["Tiktok"], "video-sharing app"),
              ("bytedance_rep", "A representative of Bytedance", "PERSON", [], "representative of ByteDance"),
              ("likee_exec", "A senior executive of Likee", "PERSON", [], "senior executive of the Likee app")],
    mentions=[("m1", "some government officials", "officials"),
              ("m2", "The executives of these apps", "executives"),
              ("m3", "India’s head of Tiktok, Nikhil Gandhi", "gandhi"),
              ("m4", ("TikTok", "TikTok continues"), "tiktok"),
              ("m5", ("Tiktok", "Tiktok said"), "tiktok"),
              ("m6", "A representative of Bytedance", "bytedance_rep"),
              ("m7", "A senior executive of Likee", "likee_exec")],
    attributions=[("a1", "INDIRECT", "m1", "According to",
                   seg(T, "delegations from the 59", "shared with Chinese servers"), None),
                  ("a2", "INDIRECT", None, ("asked", "are asked to"),
                   seg(T, "to appear before a committee", "shared with Chinese servers"), "a1"),
                  ("a3", "INDIRECT", "m2", ("said", "have said to"), "to cooperate with the government in the enquiry", None),
                  ("a4", "DIRECT", "m3", ("said", "Gandhi said"), seg(T, "TikTok continues to comply", "we would not do so"), None),
                  ("a5", "INDIRECT", "m5", ("said", "Tiktok said"), seg(T, "We are in the process", "our utmost priority,"), None),
                  ("a6", "DIRECT", "m6", ("said", "TikTok said"), seg(T, "ByteDance will engage", "strategic industries"), None),
                  ("a7", "DIRECT", "m7", ("said", "Likee said"), seg(T, "The intent is to work", "policy changes proposed"), None)])

# ---------------------------------------------------------------------------------------
# The Game (One Mega Group, Philippines). The kicker above the headline ("Philippines vs Iraq") is a
# tag (removed). The page breaks off inside the next paragraph of the quotation ("“If you see
# today, "), so the text is cut at the last whole paragraph, where the quotation is left open. No
# date is given. Notes:
# - "FOOTBALL:" is a topic label and the headline has no cue; the standfirst's "remains optimistic"
#   is a state with no reported content (not annotated).
# - "made sure to list down the positives he and the team are taking ...": a speech act with a
#   noun-phrase content (as "announced the launch of X"); cue "list down" with its particle.
# - "Saintfiet emphasized the positive attributes of his players during today’s match." has its own
#   content, so the quotation after it is not framed by it (unlike "summed up bluntly." + quote in
#   FORMAT.md): the quotation continues Saintfiet with a null cue and the same source mention; so does
#   the quotation after "Two players stood out to Saintfiet: ..." (a perception, not a claim).
# - "I can tell you that" / "I think he was ..." are the speaker's own report (not split off).
doc("onemega-saintfiet-takeaways-iraq-loss",
    url="https://thegame-onemega.com/football-coach-saintfiets-positive-takeaways-from-the-philippines-5-0-loss-to-iraq/",
    outlet="The Game (One Mega Group)", country="Philippines", topic="sport", cut=True,
    text=(T := "FOOTBALL: Coach Saintfiet’s Positive Takeaways From the Philippines’ 5-0 Loss to Iraq\n"
          "Despite a 5-0 loss to Iraq at home, the Philippine Men’s National Football Team remains optimistic in their World Cup qualifiers campaign.\n"
          "The Philippine Men’s National Football Team (PMNFT) suffered a tough loss in front of a home crowd of 10,014 fans in Rizal Memorial Stadium — a 5-0 defeat to Iraq in the joint 2026 FIFA World Cup and 2027 AFC Asian Cup qualifiers on Tuesday, March 27. With this defeat, the Philippines still remain winless in Group F and their chances of advancing hang in the balance.\n"
          "This result marks Tom Saintfiet’s first home game as the new head coach of the PMNFT, and it was a first he will surely remember. “This was the biggest defeat ever in my life as a coach,” he shared in a post-match press conference.\n"
          "“We got an uppercut, we are down, and I am frustrated, I can tell you that. But it doesn’t bring anything to stay in your frustration. You have to use weaknesses and strengths to grow as a team.”\n"
          "With this sentiment, despite suffering a five-goal beating by the visitors early today, Saintfiet made sure to list down the positives he and the team are taking from this match.\n"
          "Players showing promise\n"
          "Saintfiet emphasized the positive attributes of his players during today’s match. “[The team was] trying to create more chances, trying to play more football than in Iraq, we had more ball possession, we created chances in the first half…We had several good actions by a lot of young players.”\n"
          "Two players stood out to Saintfiet: Jarvey Gayoso, whose speed down the line could have opened up several chances, and Santi Rublico, who took the Philippines’ best chance at scoring before Iraq’s keeper blocked his strike.\n"
          "“Gayoso is a quality player and he did a fantastic job today, just like he did in Basra. Santi, he’s young…and I think he was one of the best players on the pitch."),
    entities=[("saintfiet", "Tom Saintfiet", "PERSON", ["Saintfiet", "Coach Saintfiet"],
               "head coach of the Philippine men's national football team")],
    mentions=[("m1", ("he", "he shared"), "saintfiet"),
              ("m2", ("Saintfiet", "Saintfiet made sure"), "saintfiet"),
              ("m3", ("Saintfiet", "Saintfiet emphasized"), "saintfiet"),
              ("m4", ("Saintfiet", "stood out to Saintfiet"), "saintfiet")],
    attributions=[("a1", "DIRECT", "m1", "shared", "This was the biggest defeat ever in my life as a coach,", None),
                  ("a2", "DIRECT", "m1", None, seg(T, "We got an uppercut", "grow as a team."), None),
                  ("a3", "INDIRECT", "m2", "list down", "the positives he and the team are taking from this match", None),
                  ("a4", "INDIRECT", "m3", "emphasized", "the positive attributes of his players during today’s match", None),
                  ("a5", "DIRECT", "m3", None, seg(T, "[The team was] trying", "a lot of young players."), None),
                  ("a6", "DIRECT", "m3", None, seg(T, "Gayoso is a quality player", "best players on the pitch."), None)])

# ---------------------------------------------------------------------------------------
# Medindia (India), AFP copy. The stored page has no headline and prints the lead twice, first as
# its summary: both are kept and annotated (FORMAT.md: a standfirst repeating the lead carries the
# claim too). Removed: the two "Advertisement" lines and "Source-AFP" / "SRM". No date is given.
# Notes:
# - "..., reports said Tuesday": "reports" is its own entity (a document with no named author); the
#   authorities' "sounded an alarm over ..." (evaluative reporting with a content, "over" left out)
#   is nested in it.
# - "urged local councils and the public to take action after 3,211 people were infected ...": the
#   addressee stays ("urged X to Y" in the corpus); the after-clause is an adjunct of the urging.
# - "the Star newspaper quoted Liow as saying": the Star is a medium and Liow the source, as
#   FORMAT.md has "is quoted as saying by the Courier" (the Courier a medium). The cue is the head
#   verb "quoted" (the words "quoted ... as saying" are split by the source).
# - "told the paper that the ministry was also receiving reports of unusual symptoms ...": the paper
#   is the addressee; "reports of ..." with no claimant is nested with a null source.
# - In the last quotation, "We have informed all our doctors to add dengue testing ..." is a
#   directive of the ministry ("We") nested in Merican's words; like "urged X to Y" its addressee
#   stays.
P0 = ("Malaysian authorities have sounded an alarm over a spike in dengue fever cases, which have doubled in "
      "the new year with eight deaths so far, reports said Tuesday.")
FIRST = P0 + "\nMalaysian"   # starts the text and occurs once: anchors the summary's spans
doc("medindia-malaysia-dengue-cases-double",
    url="https://medindia.net/news/malaysia-concerned-over-surge-in-dengue-cases-46563-1.htm",
    outlet="Medindia", country="India", topic="health-science", cut=False,
    text=(T := P0 + "\n" + P0 + "\n"
          "Health Minister Liow Tiong Lai urged local councils and the public to take action after 3,211 people were infected with the mosquito-borne virus from January 4-17, compared to 1,514 cases and four deaths a year ago.\"We are taking dengue fever cases very seriously because the numbers have doubled compared to the same time last year,\" the Star newspaper quoted Liow as saying.\n"
          "\"The cooperation that we are getting is not good enough. We need to take immediate action,\" he said.\n"
          "Health ministry official Ismail Merican told the paper that the ministry was also receiving reports of unusual symptoms in more severe dengue cases.\n"
          "\"Patients used to suffer from bleeding and low platelet count but now you can get dengue encephalitis that affects the brain, and people can come in with epileptic attacks, jaundice, hepatitis and kidney or liver failure,\" he said.\n"
          "\"We have informed all our doctors to add dengue testing if a patient has fever and weird symptoms.\"\n"
          "The illness is endemic in Southeast Asia with Malaysia seeing cases surge since 2003."),
    entities=[("authorities", "Malaysian authorities", "GROUP", [], "Malaysian health authorities"),
              ("reports", "reports", "GROUP", [], "news reports"),
              ("liow", "Liow Tiong Lai", "PERSON", ["Liow", "Health Minister Liow Tiong Lai"], "Malaysian Health Minister"),
              ("merican", "Ismail Merican", "PERSON", ["Merican", "Health ministry official Ismail Merican"],
               "Malaysian health ministry official"),
              ("ministry", "the ministry", "ORGANIZATION", [], "Malaysia's health ministry")],
    mentions=[("m1", ("Malaysian authorities", FIRST), "authorities"),
              ("m2", ("reports", "reports said Tuesday.\nMalaysian"), "reports"),
              ("m3", ("Malaysian authorities", "Tuesday.\nMalaysian"), "authorities"),
              ("m4", ("reports", "Tuesday.\nMalaysian"), "reports"),
              ("m5", "Health Minister Liow Tiong Lai", "liow"),
              ("m6", ("Liow", "quoted Liow"), "liow"),
              ("m7", ("he", "action,\" he said"), "liow"),
              ("m8", "Health ministry official Ismail Merican", "merican"),
              ("m9", ("the ministry", "the ministry was also"), "ministry"),
              ("m10", ("he", "failure,\" he said"), "merican"),
              ("m11", ("We", "We have informed"), "ministry")],
    attributions=[("a1", "INDIRECT", "m2", ("said", "reports said Tuesday.\nMalaysian"),
                   (P0[:P0.index(", reports")], FIRST), None),
                  ("a2", "INDIRECT", "m1", ("sounded an alarm", FIRST),
                   ("a spike in dengue fever cases, which have doubled in the new year with eight deaths so far", FIRST), "a1"),
                  ("a3", "INDIRECT", "m4", ("said", "Tuesday.\nMalaysian"),
                   (P0[:P0.index(", reports")], "Tuesday.\nMalaysian"), None),
                  ("a4", "INDIRECT", "m3", ("sounded an alarm", "Tuesday.\nMalaysian"),
                   ("a spike in dengue fever cases, which have doubled in the new year with eight deaths so far",
                    "Tuesday.\nMalaysian"), "a3"),
                  ("a5", "INDIRECT", "m5", "urged", "local councils and the public to take action", None),
                  ("a6", "DIRECT", "m6", "quoted", seg(T, "We are taking dengue fever", "same time last year,"), None),
                  ("a7", "DIRECT", "m7", ("said", "action,\" he said"),
                   "The cooperation that we are getting is not good enough. We need to take immediate action,", None),
                  ("a8", "INDIRECT", "m8", "told",
                   "the ministry was also receiving reports of unusual symptoms in more severe dengue cases", None),
                  ("a9", "INDIRECT", None, ("reports", "receiving reports"), "unusual symptoms in more severe dengue cases", "a8"),
                  ("a10", "DIRECT", "m10", ("said", "failure,\" he said"),
                   seg(T, "Patients used to suffer", "kidney or liver failure,"), None),
                  ("a11", "DIRECT", "m10", None,
                   "We have informed all our doctors to add dengue testing if a patient has fever and weird symptoms.", None),
                  ("a12", "INDIRECT", "m11", "informed",
                   "all our doctors to add dengue testing if a patient has fever and weird symptoms", "a11")])

write("train_br.jsonl")
