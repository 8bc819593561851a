#!/usr/bin/env python3
"""Writes test10_c.jsonl: real-news gold, split test10-c (see gold.py). Run: python3 make_test10_c.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
# The stored page has no headline: the text starts with its lead. The stored copy breaks a
# sentence over two paragraphs ("after inaugurating the" / "'Bangabandhu Corner' of ..."); the two
# pieces are joined with a space, as one paragraph. Cut after the paragraph on toxic liquor; the
# stored copy breaks off in the next one. The date is the stored copy's.
doc("observerbd-asaduzzaman-al-jazeera-report-conspiracy",
    url="https://www.observerbd.com/news.php?id=297438",
    outlet="The Daily Observer", country="Bangladesh", topic="politics", cut=True, published="2021-02-04",
    text=(T := "Terming Al Jazeera's report titled 'All the Prime Minister's Men' baseless and yellow journalism, Home Minister Asaduzzaman Khan has said the report is also part of a 'conspiracy against Bangladesh'.\n"
          "\"A certain quarter carried out the campaign with specific motive. The report was prepared to put the government into an awkward situation undermining the country,\" he said.\n"
          "The minister came up with the remarks after inaugurating the 'Bangabandhu Corner' of the River Police at Hatirjheel Police Plaza Concord on Wednesday.\n"
          "Earlier, the government had rejected the Al Jazeera report terming it \"false, defamatory and a politically motivated smear campaign\".\n"
          "\"Our Foreign Ministry and the Inter Services Public Relations (ISPR) have already responded to the report. It is not based on facts--it's yellow journalism… This does not fall within journalistic norms,\" he said.\n"
          "The Ministry of Foreign Affairs on February 2 published a statement in which it described Al Jazeera's report as 'false' and 'defamatory'.\n"
          "\"The government rejects this desperate \"smear campaign\" instigated by extremists and their allies, working from London and elsewhere…,\" it read.\n"
          "The Inter Services Public Relations Directorate also issued a response on Tuesday, saying the report was 'vested' and 'ill-motivated'.\n"
          "\"I think the people behind were driven by an agenda. We think it is baseless and is a representation of an anti-Bangladesh conspiracy,\" the minister said.\n"
          "Replying to a question from a journalist about a number of deaths in Dhaka and outside after taking toxic liquor, the minister urged all to refrain from taking toxic liquor."),
    # Judgment calls: "Terming X Y" is annotated like "described X as Y" / "called X Y" (content
    # "X Y"); its content holds the quoted programme title, so it is MIXED, as the corpus types
    # contents with a quoted name ("dubbed the “residents’ meeting”", "so-called “secret
    # apparatus”"). "rejected the report" takes the report as its content (corpus: "rejected
    # claims about ...", "rejected the criticism as ..."). In the statement's quotation "The
    # government rejects ..." is the ministry's own act on behalf of the government it speaks for,
    # so it is not split off (FORMAT.md: a speaker's attitude within their own report). "it" in
    # "a statement in which it described" is the ministry; "it read" is that statement, whose
    # sentence-mate names the ministry as its publisher, so both are mentions of the ministry.
    # "came up with the remarks" and "issued a response" have no content of their own (the
    # response's content comes with "saying"). "Replying to a question ..." is a question put
    # to the speaker (not annotated); "urged X to Y" keeps the addressee (corpus convention).
    entities=[("khan", "Asaduzzaman Khan", "PERSON",
               ["Home Minister Asaduzzaman Khan", "Khan", "the minister"], "Home Minister of Bangladesh"),
              ("govt", "the government", "ORGANIZATION", ["government"], "Government of Bangladesh"),
              ("mofa", "The Ministry of Foreign Affairs", "ORGANIZATION",
               ["Ministry of Foreign Affairs", "Our Foreign Ministry", "Foreign Ministry"], "Bangladesh's foreign ministry"),
              ("ispr", "Inter Services Public Relations Directorate", "ORGANIZATION",
               ["The Inter Services Public Relations Directorate", "the Inter Services Public Relations (ISPR)", "ISPR"],
               "media wing of Bangladesh's armed forces")],
    mentions=[("m1", "Home Minister Asaduzzaman Khan", "khan"),
              ("m2", ("the government", "put the government"), "govt"),
              ("m3", ("he", "undermining the country,\" he said"), "khan"),
              ("m4", ("The minister", "The minister came"), "khan"),
              ("m5", ("the government", "the government had rejected"), "govt"),
              ("m6", "Our Foreign Ministry", "mofa"),
              ("m7", "the Inter Services Public Relations (ISPR)", "ispr"),
              ("m8", ("he", "journalistic norms,\" he said"), "khan"),
              ("m9", "The Ministry of Foreign Affairs", "mofa"),
              ("m10", ("it", "in which it described"), "mofa"),
              ("m11", ("The government", "The government rejects"), "govt"),
              ("m12", ("it", "it read"), "mofa"),
              ("m13", "The Inter Services Public Relations Directorate", "ispr"),
              ("m14", ("the minister", "conspiracy,\" the minister said"), "khan"),
              ("m15", ("the minister", "the minister urged"), "khan")],
    attributions=[("a1", "MIXED", "m1", "Terming",
                   "Al Jazeera's report titled 'All the Prime Minister's Men' baseless and yellow journalism", None),
                  ("a2", "MIXED", "m1", ("said", "has said the report"),
                   "the report is also part of a 'conspiracy against Bangladesh'", None),
                  ("a3", "DIRECT", "m3", ("said", "undermining the country,\" he said"),
                   seg(T, "A certain quarter carried", "undermining the country,"), None),
                  ("a4", "INDIRECT", "m5", "rejected", "the Al Jazeera report", None),
                  ("a5", "MIXED", "m5", ("terming", "report terming it"),
                   "it \"false, defamatory and a politically motivated smear campaign\"", None),
                  ("a6", "DIRECT", "m8", ("said", "journalistic norms,\" he said"),
                   seg(T, "Our Foreign Ministry and the Inter", "fall within journalistic norms,"), None),
                  ("a7", "MIXED", "m10", "described", "Al Jazeera's report as 'false' and 'defamatory'", None),
                  ("a8", "DIRECT", "m12", ("read", "it read"), seg(T, "The government rejects this desperate", "London and elsewhere…,"), None),
                  ("a9", "MIXED", "m13", "saying", "the report was 'vested' and 'ill-motivated'", None),
                  ("a10", "DIRECT", "m14", ("said", "conspiracy,\" the minister said"),
                   seg(T, "I think the people behind", "anti-Bangladesh conspiracy,"), None),
                  ("a11", "INDIRECT", "m15", "urged", "all to refrain from taking toxic liquor", None)])

# ---------------------------------------------------------------------------------------
# Two stored copies of this address: one starts with the byline tag, the other has the headline
# and the byline line ("Fahad Shabbir (@FahadShabbir) Published April 22, 2025 | 03:00 PM") and ends
# with a "Recent Stories" list. The text follows the second (same paragraphs), without byline and
# list. The article is complete. (The headline says Thursday, the text April 29: as printed.)
doc("urdupoint-sc-judges-transfer-hearing-adjourned",
    url="https://www.urdupoint.com/en/pakistan/sc-to-hear-petitions-regarding-transfer-of-ju-1967400.html",
    outlet="UrduPoint", country="Pakistan", topic="courts-crime", cut=False, published="2025-04-22",
    text=(T := "SC To Hear Petitions Regarding Transfer Of Judges On Thursday\n"
          "ISLAMABAD, (UrduPoint / Pakistan Point News - 22nd Apr, 2025) The Supreme Court on Monday has adjourned hearing of the petitions against transfer of judges to Islamabad High Court for April 29 and has allowed Munir A Malik to submit his written rebuttal in next hearing.\n"
          "The five-member Constitutional Bench of the Supreme Court of Pakistan, headed by Justice Muhammad Ali Mazhar and comprising Justice Naeem Akhtar Afghan, Justice Shahid Bilal, Justice Shakeel Ahmed and Justice Salahuddin Panhwar was hearing the case against the transfer of three judges to Islamabad High Court (IHC).\n"
          "During the proceedings, Justice Muhammad Ali Mazhar asked Munir A. Malik, counsel for the petitioner judges, whether he wished to submit a rebuttal, noting that all parties had submitted their written responses. Munir A. Malik responded that he would submit a rebuttal in writing.\n"
          "When asked how much time he would need, Malik requested time until next Thursday.\n"
          "Justice Mazhar questioned the need for such a long duration, pointing out that many lawyers still needed to present their arguments. Malik explained that the copies of the responses and documents were only received today and requested adequate time for review.\n"
          "During the hearing, Faisal Siddiqi, counsel for the Karachi Bar Association, informed the court that he would not be available next week due to prior engagements, including the hearing of petitions related to military courts.\n"
          "Attorney General Mansoor Usman Awan also stated that he would be abroad.\n"
          "Justice Mazhar emphasized that the case should not be unnecessarily prolonged and suggested scheduling it for the morning, noting that the military courts case usually begins at 11:30 AM.\n"
          "The hearing was adjourned till April 29."),
    # Not annotated: the court's actions ("adjourned", "has allowed Munir A Malik to submit ...")
    # and the question put to Malik ("When asked how much time he would need", FORMAT.md).
    # "asked X whether ..." leaves the addressee out (FORMAT.md, seed a-style "asked the driver
    # whether"); "informed the court that ..." leaves the addressee out as "told X that" does.
    # "requested X" and "questioned X" take a noun-phrase content (corpus: "requested the Yellow
    # Fever vaccines", "questioned and delved-into these controversies"); "suggested scheduling
    # it ..." likewise takes its gerund clause. The other justices of the bench say nothing and
    # are not listed.
    entities=[("mazhar", "Muhammad Ali Mazhar", "PERSON",
               ["Justice Muhammad Ali Mazhar", "Justice Mazhar", "Mazhar"], "Supreme Court judge heading the constitutional bench"),
              ("malik", "Munir A. Malik", "PERSON",
               ["Munir A Malik", "Malik", "Munir A. Malik, counsel for the petitioner judges"], "counsel for the petitioner judges"),
              ("siddiqi", "Faisal Siddiqi", "PERSON",
               ["Siddiqi", "Faisal Siddiqi, counsel for the Karachi Bar Association"], "counsel for the Karachi Bar Association"),
              ("awan", "Mansoor Usman Awan", "PERSON",
               ["Attorney General Mansoor Usman Awan", "Awan"], "Attorney General for Pakistan")],
    mentions=[("m1", "Munir A Malik", "malik"),
              ("m2", ("Justice Muhammad Ali Mazhar", "headed by Justice"), "mazhar"),
              ("m3", ("Justice Muhammad Ali Mazhar", "Justice Muhammad Ali Mazhar asked"), "mazhar"),
              ("m4", "Munir A. Malik, counsel for the petitioner judges", "malik"),
              ("m5", ("Munir A. Malik", "Munir A. Malik responded"), "malik"),
              ("m6", ("Malik", "Malik requested"), "malik"),
              ("m7", ("Justice Mazhar", "Justice Mazhar questioned"), "mazhar"),
              ("m8", ("Malik", "Malik explained"), "malik"),
              ("m9", "Faisal Siddiqi, counsel for the Karachi Bar Association", "siddiqi"),
              ("m10", "Attorney General Mansoor Usman Awan", "awan"),
              ("m11", ("Justice Mazhar", "Justice Mazhar emphasized"), "mazhar")],
    attributions=[("a1", "INDIRECT", "m3", ("asked", "Mazhar asked"), "whether he wished to submit a rebuttal", None),
                  ("a2", "INDIRECT", "m3", ("noting", "noting that all parties"),
                   "all parties had submitted their written responses", None),
                  ("a3", "INDIRECT", "m5", "responded", "he would submit a rebuttal in writing", None),
                  ("a4", "INDIRECT", "m6", ("requested", "Malik requested"), "time until next Thursday", None),
                  ("a5", "INDIRECT", "m7", "questioned", "the need for such a long duration", None),
                  ("a6", "INDIRECT", "m7", "pointing out", "many lawyers still needed to present their arguments", None),
                  ("a7", "INDIRECT", "m8", "explained",
                   "the copies of the responses and documents were only received today", None),
                  ("a8", "INDIRECT", "m8", ("requested", "and requested adequate"), "adequate time for review", None),
                  ("a9", "INDIRECT", "m9", "informed",
                   seg(T, "he would not be available next week", "petitions related to military courts"), None),
                  ("a10", "INDIRECT", "m10", "stated", "he would be abroad", None),
                  ("a11", "INDIRECT", "m11", "emphasized", "the case should not be unnecessarily prolonged", None),
                  ("a12", "INDIRECT", "m11", "suggested", "scheduling it for the morning", None),
                  ("a13", "INDIRECT", "m11", ("noting", "noting that the military"),
                   "the military courts case usually begins at 11:30 AM", None)])

# ---------------------------------------------------------------------------------------
# Stored page: the photo caption under the headline ("Indonesian President Joko Widodo on Monday
# (September 12, 2022) instructed ... (The Indonesian Cabinet Secretariat)") removed; the headline is
# followed by the standfirst. Cut after the sixth paragraph; the stored copy breaks off in the next
# one (a quotation). The page gives no date (the meeting was on 12 September 2022).
doc("indonesiawindow-jokowi-government-data-leak",
    url="https://indonesiawindow.com/en/leak-of-indonesian-government-data",
    outlet="Indonesia Window", country="Indonesia", topic="technology", cut=True,
    text=(T := "Indonesia to follow up on alleged leak of government data\n"
          "Leak of Indonesian government data, including letters addressed to the president, has pushed him to instruct relevant institutions to immediately coordinate and investigate the case.\n"
          "Jakarta (Indonesia Window) – Indonesian President Joko Widodo (Jokowi) has instructed relevant institutions to immediately coordinate and investigate the alleged leak of several data belonging to public figures, including letters addressed to him.\n"
          "The instruction was delivered by the President while chairing a meeting with a number of cabinet ministers at the Merdeka Palace in Jakarta on Monday.\n"
          "“The meeting discussed data circulated by persons including Bjorka, but after a temporary review, the data were general data, not specific data and not currently updated data,” Communications and Information Minister Johnny G. Plate said in a press statement after the meeting.\n"
          "Some of the data are old ones, the minister said, adding that a cross-ministerial/institutional team from the National Cyber and Crypto Agency (BSSN), the Communications and Information Ministry (Kemkominfo), the National Police (Polri) and the Indonesian State Intelligence Agency (BIN) will coordinate to examine the issue in depth, Johnny said.\n"
          "To carry out subsequent assessments in order to maintain the public trust, the government will also form a team consisting of various elements including BSSN, Kemkominfo, Polri and BIN, he said."),
    # Judgment calls: an instruction is a directive speech act (corpus: "He instructed Kazakh
    # specialists to study ...", "were instructed to prevent ..."), and "instructed X to Y" keeps
    # the addressee as "asked/urged X to Y" do in the corpus. The standfirst's "has pushed him to
    # instruct ..." states the same instruction (a standfirst is annotated like any paragraph), so
    # it is annotated too, with "him" as its source. "The instruction was delivered by the
    # President" only refers back to it (no content of its own): not annotated. In "Some of the data
    # are old ones, the minister said, adding that X, Johnny said" the governing "said, adding"
    # carries both claims and the trailing "Johnny said" is a repeat (FORMAT.md, Two clauses): its
    # "Johnny" is a non-source mention. "The meeting discussed data ..." inside the quotation has
    # no reported content.
    entities=[("jokowi", "Joko Widodo", "PERSON",
               ["Indonesian President Joko Widodo (Jokowi)", "Jokowi", "Widodo", "the President"], "President of Indonesia"),
              ("plate", "Johnny G. Plate", "PERSON",
               ["Communications and Information Minister Johnny G. Plate", "Johnny", "Plate", "the minister"],
               "Indonesian Communications and Information Minister")],
    mentions=[("m1", ("the president", "addressed to the president"), "jokowi"),
              ("m2", ("him", "pushed him"), "jokowi"),
              ("m3", "Indonesian President Joko Widodo (Jokowi)", "jokowi"),
              ("m4", ("the President", "by the President"), "jokowi"),
              ("m5", "Communications and Information Minister Johnny G. Plate", "plate"),
              ("m6", ("the minister", "the minister said"), "plate"),
              ("m7", ("Johnny", "Johnny said"), "plate"),
              ("m8", ("he", "BIN, he said"), "plate")],
    attributions=[("a1", "INDIRECT", "m2", ("instruct", "to instruct relevant"),
                   "relevant institutions to immediately coordinate and investigate the case", None),
                  ("a2", "INDIRECT", "m3", ("instructed", "has instructed"),
                   seg(T, "relevant institutions to immediately coordinate and investigate the alleged", "letters addressed to him"), None),
                  ("a3", "DIRECT", "m5", ("said", "Plate said"),
                   seg(T, "The meeting discussed data", "not currently updated data,"), None),
                  ("a4", "INDIRECT", "m6", ("said", "the minister said"), "Some of the data are old ones", None),
                  ("a5", "INDIRECT", "m6", "adding",
                   seg(T, "a cross-ministerial/institutional team", "examine the issue in depth"), None),
                  ("a6", "INDIRECT", "m8", ("said", "BIN, he said"),
                   seg(T, "To carry out subsequent assessments", "Kemkominfo, Polri and BIN"), None)])

# ---------------------------------------------------------------------------------------
# Stored page: the photo captions "Duchess of Kent Hospital in Sandakan." (after the headline) and
# "Lahad Datu Hospital." (after the seventh paragraph) removed. Cut after the seventh paragraph;
# the stored copy breaks off in the next one. The page gives no date (the article it answers was
# published on April 9).
doc("borneotoday-sabah-sick-hospitals-old-issues",
    url="https://www.borneotoday.net/sick-hospitals-in-sabah-old-issues-being-recycled-claims-health-dept/",
    outlet="Borneo Today", country="Malaysia", topic="health-science", cut=True,
    text=(T := "‘Sick Hospitals In Sabah’ – Old Issues Being Recycled, Claims Health Dept\n"
          "KOTA KINABALU: The Sabah Health Department has clarified that an article published by a local news portal which claimed that several hospitals in the state have problems in terms of services, operating theatres, elevator facilities and medicines, were old issues that have been resolved.\n"
          "Its director Dr Christina Rundi said the issues raised in the article entitled “Malaysia’s Sick Hospital” published on April 9 through the news portal had been resolved at the hospital and state health department levels.\n"
          "“We hope that such old issues will not be made viral by irresponsible parties who deliberately want to smear efforts of the Ministry of Health and state health department.”\n"
          "“The Sabah Health Department is always committed to ensuring that health services to the community are not affected and will always monitor the existing services to ensure that upgrading needs are in line with current needs,” she said in a statement.\n"
          "Responding to the issues raised in the article, Dr Christina said that in 2016, the Duchess of Kent Sandakan Hospital, the oldest hospital in Sabah, was shut down due to mould problems that could harm patients as well as staff.\n"
          "She said the refurbishment project which involved ducting replacement had taken some time due to problems with the contractor, and it was only when the department was satisfied with compliance to existing standards that the operating theatres were reopened in May 2017.\n"
          "“Surgical statistics at the hospital between 2015 and 2017 were 11,785 cases, 12,076 cases and 13,234 cases. The statistics show that there was no reduction in the number of surgical cases because when the operating theatres were temporarily shut down, the hospital used other surgical rooms available in the hospital,” she said, adding that the hospital had five operating theatres."),
    # Judgment calls: the headline is "claim, says X" with the verb after the claim as cue; its
    # content keeps the quoted 'Sick Hospitals In Sabah' before the dash, which is the claim's
    # subject (the report's title), not a topic label, so the content is MIXED. "an article
    # published by a local news portal which claimed ..." is a document whose NP names its author,
    # so it is a mention of the portal (FORMAT.md, Documents), and as the antecedent of the
    # relative clause it is the source of the nested "claimed". The quotation of paragraph 4 has
    # no reporting clause and continues Dr Rundi (null cue); the next one has its own "she said".
    # Not annotated: "the issues raised in the article" (no reported content of its own),
    # "Responding to the issues ..." (an adjunct), "The statistics show ..." (an evidential).
    entities=[("dept", "Sabah Health Department", "ORGANIZATION",
               ["The Sabah Health Department", "Health Dept", "the department"], "Sabah State Health Department"),
              ("rundi", "Christina Rundi", "PERSON",
               ["Dr Christina Rundi", "Its director Dr Christina Rundi", "Dr Christina", "Rundi"],
               "director of the Sabah Health Department"),
              ("portal", "a local news portal", "ORGANIZATION",
               ["an article published by a local news portal", "the news portal"], "the news portal that published the article")],
    mentions=[("m1", "Health Dept", "dept"),
              ("m2", ("The Sabah Health Department", "The Sabah Health Department has"), "dept"),
              ("m3", "an article published by a local news portal", "portal"),
              ("m4", "Its director Dr Christina Rundi", "rundi"),
              ("m5", "the news portal", "portal"),
              ("m6", ("The Sabah Health Department", "The Sabah Health Department is"), "dept"),
              ("m7", ("she", "she said in a statement"), "rundi"),
              ("m8", ("Dr Christina", "Dr Christina said"), "rundi"),
              ("m9", ("She", "She said the refurbishment"), "rundi"),
              ("m10", ("the department", "the department was"), "dept"),
              ("m11", ("she", "she said, adding"), "rundi")],
    attributions=[("a1", "MIXED", "m1", "Claims", "‘Sick Hospitals In Sabah’ – Old Issues Being Recycled", None),
                  ("a2", "INDIRECT", "m2", "clarified",
                   seg(T, "an article published by a local news portal", "old issues that have been resolved"), None),
                  ("a3", "INDIRECT", "m3", ("claimed", "which claimed"),
                   seg(T, "several hospitals in the state have problems", "elevator facilities and medicines"), "a2"),
                  ("a4", "MIXED", "m4", ("said", "Rundi said"),
                   seg(T, "the issues raised in the article entitled", "state health department levels"), None),
                  ("a5", "DIRECT", "m4", None, seg(T, "We hope that such old issues", "and state health department."), None),
                  ("a6", "DIRECT", "m7", ("said", "she said in a statement"),
                   seg(T, "The Sabah Health Department is always", "in line with current needs,"), None),
                  ("a7", "INDIRECT", "m8", ("said", "Dr Christina said"),
                   seg(T, "in 2016, the Duchess of Kent", "patients as well as staff"), None),
                  ("a8", "INDIRECT", "m9", ("said", "She said the refurbishment"),
                   seg(T, "the refurbishment project which involved", "reopened in May 2017"), None),
                  ("a9", "DIRECT", "m11", ("said", "she said, adding"),
                   seg(T, "Surgical statistics at the hospital", "other surgical rooms available in the hospital,"), None),
                  ("a10", "INDIRECT", "m11", "adding", "the hospital had five operating theatres", None)])

# ---------------------------------------------------------------------------------------
# Two stored copies of this article: the one at the address without "www" has the headline, the
# other starts with the byline. The text follows the first, without the "Last updated 3 October
# 2019, 7.32pm" line; its double space in "meeting  by" is as stored. "(right, from our archive)"
# is part of the sentence and kept. Cut after the eighth paragraph; the stored copy breaks off in
# the next one.
doc("alicespringsnews-price-youth-crime-council",
    url="https://alicespringsnews.com.au/2019/10/03/politicking-or-community-what-to-do-about-antisocial-behaviour/",
    outlet="Alice Springs News", country="Australia", topic="local", cut=True, published="2019-10-03",
    text=(T := "Politicking or community: What to do about youth crime?\n"
          "Once again, the Town Council will turn its attention to what more they can do to curb antisocial and criminal behaviour in the town. From council to council, from Territory election to Territory election, the terms of the debate, the range of possible actions being considered scarcely shift, but in this council they have a bitter undertow.\n"
          "The issue was raised at last Monday’s meeting  by Councillor Jacinta Price (right, from our archive). During the day – the first day of the school holidays, as she noted – she had witnessed an ugly incident at Yeperenye shopping centre.\n"
          "She said she saw two teenage girls threatening another. When security tried to intervene, they ran away, but circled back around to continue to taunt the third girl. At some stage the girls were standing on furniture. Police were called. The girls ran off and their victim’s mother (not the police) gave chase. The girls got away.\n"
          "The mother is known to Cr Price, someone she grew up with. She told Cr Price that one of girls picking on her daughter had pulled a knife. This was why she felt the need to chase them down, said Cr Price.\n"
          "She deplored the level of violence – in broad daylight, in a shopping centre.\n"
          "Not long before she began to speak, a rock had been thrown at one of the chamber’s windows. Cr Price referred also to Cr Eli Melky having seen people fighting on the council lawns before the meeting.\n"
          "She spoke of local primary school children at a recent event she attended, who had talked about too much alcohol, drugs, violence and crime in Alice Springs and, some too scared to go onto the streets.\n"
          "That was not the Alice Springs that she grew up in, she said: “This to me is an emergency situation.” (Her comments were made after the debate about strengthening council’s climate action, during which this term had been a point of contention.)"),
    # Judgment calls: the sentences after "She said she saw ..." narrate her account without a cue
    # and are not annotated (FORMAT.md, No cue, no claim); "said Cr Price" covers its own sentence
    # only, and "She told Cr Price that ..." is the mother's claim as the journalist reports it
    # (addressee left out). "as she noted" comments on "the first day of the school holidays",
    # which is its content. "The issue was raised ... by Councillor Jacinta Price" has only an
    # anaphor for content and is not annotated. "deplored X" is evaluative reporting with a content
    # (like "rues the defeat"); "referred to X" and "spoke of X" take X, with the linking
    # preposition left out; the children's "talked about ..." in the relative clause is nested in
    # "spoke of", its source the antecedent "local primary school children" (FORMAT.md, Source).
    # "That was not the Alice Springs ..., she said: “...”": the reporting clause sits between an
    # indirect claim and a quotation, so the quotation is split off like an interrupted one, with
    # the same source and a null cue. "Cr Eli Melky having seen people fighting" is not speech.
    entities=[("price", "Jacinta Price", "PERSON",
               ["Councillor Jacinta Price", "Cr Price", "Price"], "Alice Springs town councillor"),
              ("mother", "their victim’s mother", "PERSON", ["The mother"], "mother of the girl threatened at the shopping centre"),
              ("children", "local primary school children", "GROUP", [], "primary school children at an event Cr Price attended")],
    mentions=[("m1", "Councillor Jacinta Price", "price"),
              ("m2", ("she", "as she noted"), "price"),
              ("m3", ("She", "She said she saw"), "price"),
              ("m4", "their victim’s mother", "mother"),
              ("m5", "The mother", "mother"),
              ("m6", ("Cr Price", "known to Cr Price"), "price"),
              ("m7", ("She", "She told Cr Price"), "mother"),
              ("m8", ("Cr Price", "told Cr Price"), "price"),
              ("m9", ("Cr Price", "said Cr Price"), "price"),
              ("m10", ("She", "She deplored"), "price"),
              ("m11", ("Cr Price", "Cr Price referred"), "price"),
              ("m12", ("She", "She spoke"), "price"),
              ("m13", "local primary school children", "children"),
              ("m14", ("she", "she said:"), "price")],
    attributions=[("a1", "INDIRECT", "m2", "noted", "the first day of the school holidays", None),
                  ("a2", "INDIRECT", "m3", ("said", "She said she saw"), "she saw two teenage girls threatening another", None),
                  ("a3", "INDIRECT", "m7", "told", "one of girls picking on her daughter had pulled a knife", None),
                  ("a4", "INDIRECT", "m9", ("said", "said Cr Price"), "This was why she felt the need to chase them down", None),
                  ("a5", "INDIRECT", "m10", "deplored", "the level of violence – in broad daylight, in a shopping centre", None),
                  ("a6", "INDIRECT", "m11", "referred",
                   "Cr Eli Melky having seen people fighting on the council lawns before the meeting", None),
                  ("a7", "INDIRECT", "m12", "spoke",
                   seg(T, "local primary school children at a recent", "too scared to go onto the streets"), None),
                  ("a8", "INDIRECT", "m13", "talked",
                   "too much alcohol, drugs, violence and crime in Alice Springs and, some too scared to go onto the streets", "a7"),
                  ("a9", "INDIRECT", "m14", ("said", "she said:"), "That was not the Alice Springs that she grew up in", None),
                  ("a10", "DIRECT", "m14", None, "This to me is an emergency situation.", None)],
    keep_that=("a9",))

# ---------------------------------------------------------------------------------------
# The stored page has no headline (its address ends "feds-call-for-govt-inquiry"): the text starts
# with its lead. Cut after the tenth paragraph; the stored copy breaks off in the next one. The
# page gives no date (Cyclone Hale struck in January 2023). Quotation marks as printed: straight
# in the letter's quotation, curly in Williams's.
doc("ruralnewsgroup-federated-farmers-cyclone-hale-inquiry",
    url="https://ruralnewsgroup.co.nz/rural-news/rural-general-news/feds-call-for-govt-inquiry",
    outlet="Rural News", country="New Zealand", topic="environment", cut=True,
    text=(T := "Federated Farmers are calling on the government to establish an inquiry into the factors that contributed to flooding and the destruction of infrastructure in the Gisborne/Tairāwhiti region during ex-tropical Cyclone Hale earlier this month.\n"
          "In a letter to Emergency Management, the Forestry Minister, and the Associate Environment Minister, Federated Farmers claimed residual woody material left in situ after exotic forestry harvesting had been a contributing factor to increased damage and would need to be part of the brief provided to the inquiry team.\n"
          "The letter to Ministers recommended holding meetings with Tairāwhiti landowners and residents, and with Gisborne District Council.\n"
          "\"Gaining the community’s view on where they see themselves in the future will be key to improving the long-term economic, social and environmental sustainability of the region,\" the letter said.\n"
          "Meanwhile, Federated Farmers national board member and former Gisborne-Wairoa president Toby Williams says no one can do anything about heavy rain.\n"
          "He says local ratepayers cannot afford the sizable bill required to repair roads and bridges in the region year after year.\n"
          "He says that in the wake of Cyclone Bola in 1988, tens of thousands of hectares of trees were planted on highly erodible land in the province with the idea of stabilising slopes.\n"
          "“Now those trees are being harvested, re-exposing those slopes,” Williams says. “The storms haven’t changed – in fact they’re more frequent. And they are exposing current harvesting practices and the detrimental effects they are having on downstream catchments and communities.”\n"
          "He claims that under current government regulations, mass plantings of exotics are encouraged, especially in the Gisborne region.\n"
          "“If, as we are being led to believe, they are all going to be harvested, then there needs to be an urgent rethink on how and where we harvest to ensure we will not repeat the issues when the next cycle of logging looms,” he says."),
    # Judgment calls: "are calling on X to Y" keeps the addressee (FORMAT.md, seed a23/a24). "In a
    # letter to ..." is a medium with addressees, not content. "The letter to Ministers" names no
    # author in its NP or sentence, so it is its own entity (FORMAT.md, Documents; as "the
    # statement" in sofiaglobe-sofia-two-more-hospitals-covid-patients), and "the letter said" is
    # the same document. In Williams's last quotation "as we are being led to believe" is an
    # agentless report of what the farmers are told, nested with a null source (as "investors were
    # told"); its content is the clause it comments on. "mass plantings of exotics are encouraged"
    # (by regulations) is not a speech act.
    entities=[("ff", "Federated Farmers", "ORGANIZATION", [], "New Zealand farmers' federation"),
              ("letter", "The letter to Ministers", "ORGANIZATION", ["the letter"], "Federated Farmers' letter to ministers"),
              ("williams", "Toby Williams", "PERSON", ["Williams"],
               "Federated Farmers national board member, former Gisborne-Wairoa president")],
    mentions=[("m1", ("Federated Farmers", "Federated Farmers are calling"), "ff"),
              ("m2", ("Federated Farmers", "Federated Farmers claimed"), "ff"),
              ("m3", "The letter to Ministers", "letter"),
              ("m4", ("the letter", "the letter said"), "letter"),
              ("m5", "Federated Farmers national board member and former Gisborne-Wairoa president Toby Williams", "williams"),
              ("m6", ("He", "He says local"), "williams"),
              ("m7", ("He", "He says that"), "williams"),
              ("m8", ("Williams", "Williams says."), "williams"),
              ("m9", ("He", "He claims"), "williams"),
              ("m10", ("he", "he says."), "williams")],
    attributions=[("a1", "INDIRECT", "m1", "calling on",
                   seg(T, "the government to establish an inquiry", "Cyclone Hale earlier this month"), None),
                  ("a2", "INDIRECT", "m2", ("claimed", "Farmers claimed"),
                   seg(T, "residual woody material left in situ", "provided to the inquiry team"), None),
                  ("a3", "INDIRECT", "m3", "recommended",
                   "holding meetings with Tairāwhiti landowners and residents, and with Gisborne District Council", None),
                  ("a4", "DIRECT", "m4", ("said", "the letter said"),
                   seg(T, "Gaining the community’s view", "sustainability of the region,"), None),
                  ("a5", "INDIRECT", "m5", ("says", "Williams says no one"), "no one can do anything about heavy rain", None),
                  ("a6", "INDIRECT", "m6", ("says", "He says local"),
                   "local ratepayers cannot afford the sizable bill required to repair roads and bridges in the region year after year", None),
                  ("a7", "INDIRECT", "m7", ("says", "He says that"),
                   seg(T, "in the wake of Cyclone Bola in 1988", "the idea of stabilising slopes"), None),
                  ("a8", "DIRECT", "m8", ("says", "Williams says."), "Now those trees are being harvested, re-exposing those slopes,", None),
                  ("a9", "DIRECT", "m8", None, seg(T, "The storms haven’t changed", "downstream catchments and communities."), None),
                  ("a10", "INDIRECT", "m9", "claims",
                   "under current government regulations, mass plantings of exotics are encouraged, especially in the Gisborne region", None),
                  ("a11", "DIRECT", "m10", ("says", "he says."),
                   seg(T, "If, as we are being led to believe", "the next cycle of logging looms,"), None),
                  ("a12", "INDIRECT", None, "led to believe", "they are all going to be harvested", "a11")])

write("test10_c.jsonl")
