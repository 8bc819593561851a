#!/usr/bin/env python3
"""Writes test12_b.jsonl: real-news gold, split test12-b (see gold.py). Run: python3 make_test12_b.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
# The stored page has no headline of its own: it opens with an "In summary" box of two bullet
# lines that together read as a "claim -Name Tells" headline. The box label and bullets are
# dropped, its two lines kept as printed (two paragraphs); their claim (a1) runs over both.
# It is cut at the last whole paragraph of the stored copy, which breaks off mid-word.
# The cross-heads "Battle Of Control" and "Court Granted My Witness No Audience" are unquoted
# labels (FORMAT.md, Text parts). "‘lovers’" is a quoted word inside reported speech, so a9 is
# MIXED. "what he called an enticement" is its own claim (a10), outside a9; its object "what"
# precedes the cue, so the content is the predicate only. "the love with minor allegations" is
# a noun cue with its content before it and no claimant named (null source, nested in a7).
# Inside the convict's quotation, "she said ..." and the past speech act "I told him to stop
# ..." are reported speech events and nested (a12, a13).
doc("ghettoradio-convict-blames-ex-girlfriend-kayole-home",
    url="https://ghettoradio.co.ke/convict-accuses-swiss-ex-girlfriend-of-framing-him-in-defilement-case/",
    outlet="Ghetto Radio", country="Kenya", topic="courts-crime", cut=True,
    text=(T := "My Ex-Girlfriend Plotted My 100 Years Imprisonment\n"
          "To Control Kayole Children’s Home -Convict Tells Court In Defence\n"
          "A convict serving 100 years in jail has blamed ex girlfriend and a donor for fixing him in a defilement case.\n"
          "During the defence hearing for yet another fresh defilement case, Stephen Nzuki Mutisya told the trial magistrate Bernard Ochoi that his arrest and subsequent charge was a plot by his German ex girlfriend and donor so as to take control of a children home in Kayole.\n"
          "The court also heard that, Brigit the ex girlfriend to the convict broke up with him on matters mismanagement of the children’s home funds.\n"
          "Battle Of Control\n"
          "Mutisya further told the magistrate that their relationship was short lived since Brigit diverted funds meant for children’s upkeep to her own account.\n"
          "He testified that he was shocked when it came to his attention that Brigit was in love affairs with a minor within the home.\n"
          "He told the court that he formally raised the issue with the management of the children’s home but was not solved since he was arrested and detained the same day Brigit was to answer on the love with minor allegations.\n"
          "During the the cross examination by lawyer John Swaka, the convict revealed that he realised that two female donors were in relationship with two male boys within the institution and that they could use the money in their personal accounts to buy their ‘lovers’ snacks and sweets, what he called an enticement.\n"
          "“One of the boys brought the letter to me that Brigit had written to one of the boys with the institution but she said in Germany the boy had reached the consenting age, I told him to stop since it was an offence to have love affairs with minors in Kenya,” he explained.\n"
          "Court Granted My Witness No Audience\n"
          "The convict emotionally took issue with prosecution for not placing the boy who reported to him that Brigit and another boy were kissing as a defence witness."),
    entities=[("convict", "Stephen Nzuki Mutisya", "PERSON",
               ["Mutisya", "Convict", "A convict", "the convict", "The convict"],
               "convict serving 100 years, director of a children's home in Kayole, Nairobi"),
              ("brigit", "Brigit", "PERSON", ["his German ex girlfriend", "My Ex-Girlfriend", "ex girlfriend"],
               "the convict's former girlfriend"),
              ("boy", "the boy", "PERSON", [], "boy at the children's home who reported to the convict")],
    mentions=[("m1", ("Convict", "-Convict Tells"), "convict"),
              ("m2", "My Ex-Girlfriend", "brigit"),
              ("m3", "A convict", "convict"),
              ("m4", ("ex girlfriend", "blamed ex girlfriend"), "brigit"),
              ("m5", "Stephen Nzuki Mutisya", "convict"),
              ("m6", "his German ex girlfriend", "brigit"),
              ("m7", ("Brigit", "Brigit the ex girlfriend"), "brigit"),
              ("m8", ("the convict", "to the convict broke"), "convict"),
              ("m9", ("Mutisya", "Mutisya further"), "convict"),
              ("m10", ("Brigit", "Brigit diverted"), "brigit"),
              ("m11", ("He", "He testified"), "convict"),
              ("m12", ("Brigit", "Brigit was in love"), "brigit"),
              ("m13", ("He", "He told the court"), "convict"),
              ("m14", ("Brigit", "Brigit was to answer"), "brigit"),
              ("m15", ("the convict", "the convict revealed"), "convict"),
              ("m16", ("he", "what he called"), "convict"),
              ("m17", ("Brigit", "Brigit had written"), "brigit"),
              ("m18", ("she", "she said in Germany"), "brigit"),
              ("m19", ("I", "I told him to stop"), "convict"),
              ("m20", ("he", "he explained"), "convict"),
              ("m21", ("The convict", "The convict emotionally"), "convict"),
              ("m22", ("the boy", "the boy who reported"), "boy"),
              ("m23", ("Brigit", "Brigit and another boy"), "brigit")],
    attributions=[("a1", "INDIRECT", "m1", ("Tells", "Convict Tells"),
                   "My Ex-Girlfriend Plotted My 100 Years Imprisonment\nTo Control Kayole Children’s Home", None),
                  ("a2", "INDIRECT", "m3", "blamed", "ex girlfriend and a donor for fixing him in a defilement case", None),
                  ("a3", "INDIRECT", "m5", ("told", "Mutisya told"),
                   seg(T, "his arrest and subsequent charge", "children home in Kayole"), None),
                  ("a4", "INDIRECT", None, "heard",
                   seg(T, "Brigit the ex girlfriend", "children’s home funds"), None),
                  ("a5", "INDIRECT", "m9", ("told", "further told"),
                   seg(T, "their relationship was short lived", "to her own account"), None),
                  ("a6", "INDIRECT", "m11", "testified",
                   seg(T, "he was shocked when", "a minor within the home"), None),
                  ("a7", "INDIRECT", "m13", ("told", "He told the court"),
                   seg(T, "he formally raised the issue", "love with minor allegations"), None),
                  ("a8", "INDIRECT", None, ("allegations", "minor allegations"), ("love with minor", "the love with minor"), "a7"),
                  ("a9", "MIXED", "m15", "revealed",
                   seg(T, "he realised that two female donors", "snacks and sweets"), None),
                  ("a10", "INDIRECT", "m16", ("called", "he called"), "an enticement", None),
                  ("a11", "DIRECT", "m20", ("explained", "he explained"),
                   seg(T, "One of the boys brought", "minors in Kenya,"), None),
                  ("a12", "INDIRECT", "m18", ("said", "she said in Germany"),
                   "in Germany the boy had reached the consenting age", "a11"),
                  ("a13", "INDIRECT", "m19", ("told", "I told him"),
                   "to stop since it was an offence to have love affairs with minors in Kenya", "a11"),
                  ("a14", "INDIRECT", "m21", "took issue with",
                   seg(T, "prosecution for not placing", "as a defence witness"), None),
                  ("a15", "INDIRECT", "m22", "reported", "Brigit and another boy were kissing", "a14")])

# ---------------------------------------------------------------------------------------
# "Claim: NAME" headline: null cue, the name as source (FORMAT.md, Headlines).
# The ZFU quotation runs over two paragraphs (the first ends without a closing mark, the
# next does not reopen): one attribution up to the closing mark, with the cue "said ZFU".
# "it is estimated that" inside the ZFU's claim is an agentless passive: nested, null source
# (FORMAT.md, Null source). "we are appealing to government ..." is the speaker's own present
# act within his quotation and is not split off (as "I am confident that ...").
# The stored copy ends after the ZFU quotation; the article is kept whole.
doc("radiovop-zimbabwe-drought-national-disaster-zcfu",
    url="https://www.radiovop.com/zimbabwe-drought-a-national-disaster-zcfu/",
    outlet="Radio VOP", country="Zimbabwe", topic="environment", cut=False,
    text=(T := "Zimbabwe Drought, A National Disaster: ZCFU\n"
          "In an interview the country’s most influential farmers’ grouping, Zimbabwe Commercial Farmers Union (ZCFU) president, Donald Khumalo said the hunger stalking the country as a result of the 2011/2012 poor rains meant that the government had to act “resolutely”.\n"
          "“The hunger that people are experiencing is not just a result of low crop yield caused by the dry spell in the country but is also work of the government which is not prioritizing this crisis,” he said.\n"
          "“As a nation that has always prioritised agriculture, I am shocked that the government is not considering this crisis as a national disaster,” he said.\n"
          "Khumalo said efforts made by government in curbing food shortages are not enough for the level of the crisis that is being experienced by the farming sector in Zimbabwe.\n"
          "“It is the duty of the government to feed its people and we are appealing to government to take some form of action and intervene in this disaster,” he said.\n"
          "The deputy minister of agriculture Seiso Moyo two weeks ago told journalists the government was aware of the crisis facing the country in the farming sector as a result of the drought affecting nearly the whole of Southern Africa.\n"
          "“We are doing something, especially about cattle in Matabeleland South that are facing a severe drought. The national herd might be wiped out,” he said.\n"
          "Giving an update of the crop situation in Zimbabwe, a week ago, the Zimbabwe farmer’s Union (ZFU) said from the assessment done it is estimated that about a third of the maize area has been written off.\n"
          "“The crop has been written off especially in the southern regions of the country such as Masvingo, Matabeleland South, most parts of Matabeleland North and the dry areas of the three Mashonaland provinces, Manicaland, Midlands.\n"
          "The maize in the high rainfall areas is doing well with the majority between soft and hard dough stages,” said ZFU."),
    entities=[("zcfu", "Zimbabwe Commercial Farmers Union (ZCFU)", "ORGANIZATION",
               ["ZCFU", "Zimbabwe Commercial Farmers Union"], "farmers' union"),
              ("khumalo", "Donald Khumalo", "PERSON", ["Khumalo"], "president of the Zimbabwe Commercial Farmers Union"),
              ("moyo", "Seiso Moyo", "PERSON", ["Moyo", "The deputy minister of agriculture Seiso Moyo"],
               "Zimbabwe's deputy minister of agriculture"),
              ("zfu", "the Zimbabwe farmer’s Union (ZFU)", "ORGANIZATION", ["ZFU", "Zimbabwe farmer’s Union"],
               "Zimbabwe Farmers' Union")],
    mentions=[("m1", ("ZCFU", "Disaster: ZCFU"), "zcfu"),
              ("m2", "Zimbabwe Commercial Farmers Union (ZCFU) president, Donald Khumalo", "khumalo"),
              ("m3", ("he", "this crisis,” he said"), "khumalo"),
              ("m4", ("he", "national disaster,” he said"), "khumalo"),
              ("m5", ("Khumalo", "Khumalo said efforts"), "khumalo"),
              ("m6", ("he", "this disaster,” he said"), "khumalo"),
              ("m7", "The deputy minister of agriculture Seiso Moyo", "moyo"),
              ("m8", ("he", "wiped out,” he said"), "moyo"),
              ("m9", "the Zimbabwe farmer’s Union (ZFU)", "zfu"),
              ("m10", ("ZFU", "said ZFU"), "zfu")],
    attributions=[("a1", "INDIRECT", "m1", None, "Zimbabwe Drought, A National Disaster", None),
                  ("a2", "MIXED", "m2", ("said", "Khumalo said the hunger"),
                   seg(T, "the hunger stalking the country", "act “resolutely”"), None),
                  ("a3", "DIRECT", "m3", ("said", "this crisis,” he said"),
                   seg(T, "The hunger that people are experiencing", "prioritizing this crisis,"), None),
                  ("a4", "DIRECT", "m4", ("said", "national disaster,” he said"),
                   seg(T, "As a nation that has always", "as a national disaster,"), None),
                  ("a5", "INDIRECT", "m5", ("said", "Khumalo said efforts"),
                   seg(T, "efforts made by government", "farming sector in Zimbabwe"), None),
                  ("a6", "DIRECT", "m6", ("said", "this disaster,” he said"),
                   seg(T, "It is the duty of the government", "intervene in this disaster,"), None),
                  ("a7", "INDIRECT", "m7", "told",
                   seg(T, "the government was aware of the crisis", "whole of Southern Africa"), None),
                  ("a8", "DIRECT", "m8", ("said", "wiped out,” he said"),
                   seg(T, "We are doing something", "might be wiped out,"), None),
                  ("a9", "INDIRECT", "m9", ("said", "(ZFU) said"),
                   seg(T, "from the assessment done", "has been written off"), None),
                  ("a10", "INDIRECT", None, "estimated", "about a third of the maize area has been written off", "a9"),
                  ("a11", "DIRECT", "m10", ("said", "said ZFU"),
                   seg(T, "The crop has been written off especially", "hard dough stages,"), None)])

# ---------------------------------------------------------------------------------------
# The stored page has no headline: the text starts with its lead (a Reuters story).
# "..., CAPMAS said on Thursday, but has still not returned to levels ..." : the clause after
# the reporting clause is the reporter's context, not CAPMAS's claim (a trailing reporting
# clause covers what precedes it), so a2 ends at "in May". "in a research note" and "told
# Reuters by telephone" are media (FORMAT.md, Media and addressees). "it expected" inside
# Capital Economics' claim is its own attitude and is not split off.
doc("egyptindependent-egypt-inflation-drops-june-food-prices",
    url="https://cloudflare.egyptindependent.com/?p=2453857",
    outlet="Egypt Independent", country="Egypt", topic="business", cut=False,
    text=(T := "Egypt's annual urban consumer inflation and core inflation dropped in June after rising last month, with analysts saying the fall reflected slower growth in food prices.\n"
          "Urban consumer inflation dropped to 11.4 percent from 13.1 percent in May, official statistics agency CAPMAS said on Thursday, but has still not returned to levels prevailing before subsidies were cut last summer.\n"
          "Core annual inflation, which excludes volatile items like fruit and vegetables, dropped slightly to 8.07 percent from 8.14 percent the previous month, the central bank said.\n"
          "Inflation accelerated in Egypt after the government slashed subsidies in July 2014, pushing up fuel prices as much as 78 percent. Price pressures eased at the end of last year but then picked back up.\n"
          "Hany Farahat, senior economist at CI Capital said last month's \"irregular reading\" was due to expected volatility in food items ahead of the month-long Ramadan holiday, which began in mid-June.\n"
          "\"It's not price pressure resulting from supply shock or excessive demand,\" he told Reuters by telephone.\n"
          "Capital Economics said in a research note the decline \"confirmed that May's surprise jump was a one-off\".\n"
          "It said it expected inflation could drop into single digits during July, prompting the central bank to cut the overnight deposit rate by 50 basis points in the second half of the year.\n"
          "The central bank kept its benchmark interest rates unchanged last month, but had surprised analysts in January with a 50 basis point cut."),
    entities=[("analysts", "analysts", "GROUP", [], "analysts commenting on Egypt's inflation"),
              ("capmas", "official statistics agency CAPMAS", "ORGANIZATION", ["CAPMAS"], "Egypt's official statistics agency"),
              ("cbe", "the central bank", "ORGANIZATION", ["The central bank"], "Central Bank of Egypt"),
              ("farahat", "Hany Farahat", "PERSON", ["Farahat", "Hany Farahat, senior economist at CI Capital"],
               "senior economist at CI Capital"),
              ("capecon", "Capital Economics", "ORGANIZATION", [], "research consultancy")],
    mentions=[("m1", ("analysts", "with analysts saying"), "analysts"),
              ("m2", "official statistics agency CAPMAS", "capmas"),
              ("m3", ("the central bank", "the central bank said"), "cbe"),
              ("m4", "Hany Farahat, senior economist at CI Capital", "farahat"),
              ("m5", ("he", "he told Reuters"), "farahat"),
              ("m6", "Capital Economics", "capecon"),
              ("m7", ("It", "It said it expected"), "capecon"),
              ("m8", ("the central bank", "prompting the central bank"), "cbe"),
              ("m9", ("The central bank", "The central bank kept"), "cbe")],
    attributions=[("a1", "INDIRECT", "m1", "saying", "the fall reflected slower growth in food prices", None),
                  ("a2", "INDIRECT", "m2", ("said", "CAPMAS said"),
                   "Urban consumer inflation dropped to 11.4 percent from 13.1 percent in May", None),
                  ("a3", "INDIRECT", "m3", ("said", "the central bank said"),
                   seg(T, "Core annual inflation, which excludes", "from 8.14 percent the previous month"), None),
                  ("a4", "MIXED", "m4", ("said", "CI Capital said"),
                   seg(T, "last month's \"irregular reading\"", "began in mid-June"), None),
                  ("a5", "DIRECT", "m5", ("told", "he told Reuters"),
                   "It's not price pressure resulting from supply shock or excessive demand,", None),
                  ("a6", "MIXED", "m6", ("said", "Economics said"),
                   "the decline \"confirmed that May's surprise jump was a one-off\"", None),
                  ("a7", "INDIRECT", "m7", ("said", "It said it expected"),
                   seg(T, "it expected inflation could drop", "in the second half of the year"), None)])

# ---------------------------------------------------------------------------------------
# The page's date and time line under the headline is dropped; the lead's "Ammon News -
# AMMONNEWS -" is kept as printed, a dateline and no attribution. The headline prints
# "confirms19" as one word: the cue is "confirms" and the content starts at "19".
# "He quoted from the speech of His Majesty King Abdullah II, who addressed Jordanians saying:
# "..."": two clauses frame one quotation; the clause next to it (the King's "saying", whose
# source is the relative clause's antecedent) carries the attribution, as an inline clause
# does (FORMAT.md, Two clauses, one claim), and "quoted" gets no attribution of its own. The
# participle "stressing" after the quotation belongs to the main clause: Jaber (a7).
doc("ammonnews-jaber-confirms-19-covid-cases-jordan",
    url="https://en.ammonnews.net/article/42845",
    outlet="Ammon News", country="Jordan", topic="health-science", cut=False, published="2020-03-25",
    text=(T := "Jaber confirms19 COVID-19 cases, bringing total number to 172\n"
          "Ammon News - AMMONNEWS - Minister of Health, Dr. Saad Jaber, Wednesday, confirmed 19 new cases of cronavirus (COVID-19), bringing the total number of infections in the Kingdom to 172, all of which are hospitalized.\n"
          "In a press briefing at the National Center for Security and Crisis Management (NCSCM) Jaber pointed out that the 19 cases reported today are as follow: an Iraqi patient who had guests from Iraq, a Jordanian who came from Switzerland on March 11 and eight cases who contracted the disease from a patient in one of the military hospitals, a housekeeper from Sri Lanka is one of the eight cases.\n"
          "In addition, four cases contracted the virus from a nurse working at the Al-Bashir Hospital in Amman, and five other cases have attended the wedding in the northern city of Irbid.\n"
          "The Minister said, \"From this platform, I have always used the tone of reassurance because I was reassured and I was counting on each one of you to help us maintain their health and that of others,\" stressing that the situation is intolerable.\n"
          "He quoted from the speech of His Majesty King Abdullah II, who addressed Jordanians saying: \"The health is above all considerations,\" stressing that this is a royal order for everyone in Jordan, not just for the government."),
    entities=[("jaber", "Saad Jaber", "PERSON",
               ["Jaber", "Dr. Saad Jaber", "Minister of Health, Dr. Saad Jaber", "The Minister"], "Jordan's Minister of Health"),
              ("king", "King Abdullah II", "PERSON", ["His Majesty King Abdullah II", "Abdullah"], "King of Jordan")],
    mentions=[("m1", ("Jaber", "Jaber confirms19"), "jaber"),
              ("m2", "Minister of Health, Dr. Saad Jaber", "jaber"),
              ("m3", ("Jaber", "Jaber pointed out"), "jaber"),
              ("m4", "The Minister", "jaber"),
              ("m5", ("He", "He quoted"), "jaber"),
              ("m6", "His Majesty King Abdullah II", "king")],
    attributions=[("a1", "INDIRECT", "m1", ("confirms", "Jaber confirms19"),
                   "19 COVID-19 cases, bringing total number to 172", None),
                  ("a2", "INDIRECT", "m2", "confirmed",
                   seg(T, "19 new cases of cronavirus", "all of which are hospitalized"), None),
                  ("a3", "INDIRECT", "m3", "pointed out",
                   seg(T, "the 19 cases reported today", "one of the eight cases"), None),
                  ("a4", "DIRECT", "m4", ("said", "The Minister said"),
                   seg(T, "From this platform", "and that of others,"), None),
                  ("a5", "INDIRECT", "m4", ("stressing", "stressing that the situation"), "the situation is intolerable", None),
                  ("a6", "DIRECT", "m6", ("saying", "Jordanians saying"), "The health is above all considerations,", None),
                  ("a7", "INDIRECT", "m5", ("stressing", "stressing that this is"),
                   "this is a royal order for everyone in Jordan, not just for the government", None)])

# ---------------------------------------------------------------------------------------
# Dropped: the site's date line, the breadcrumb, the byline and a photo caption (the
# minister's name). The story is from January 2017; the page gives no publication date.
# Cut before the stored copy's last, broken-off paragraph, which reopens a quotation.
# "Hear him: “We received ... see fit." ¶ "Particularly ... concern." ¶ "“We received a
# written instruction ... regions.” Maroleng explained.": the first paragraph is left open,
# so the quotation runs on to the next closing mark (FORMAT.md, Marks as printed): one DIRECT
# attribution, whose inline clause "Maroleng explained" wins over the colon frame "Hear him:".
# Inside it, the written instruction from the named government "saying that ..." is nested
# (a4); "when the government believes ..." is a generic condition, not a claim.
doc("cameroonpostline-govt-shuts-down-internet-anglophone-regions",
    url="https://cameroonpostline.com/govt-shuts-down-internet-in-anglophone-regions/",
    outlet="Cameroon Postline", country="Cameroon", topic="technology", cut=True,
    text=(T := "Gov’t Shuts Down Internet In Anglophone Regions\n"
          "The Government of Cameroon has switched off internet in the Anglophone Regions of Northwest and Southwest in order to frustrate the Anglophone Struggle.\n"
          "Internet was shutdown in the Anglophone Regions on Tuesday, January 17, at around 7.00pm local time. According to the Executive for Corporate Affairs, MTN Group, Chris Maroleng, based in South Africa, it was due to an order from the Government of Cameroon.\n"
          "The shutdown came immediately after police arrested two leaders of the Anglophone Civil Society Consortium, ACSC, Barrister Nkongho Felix Agbor-Balla and Dr. Fontem Neba in Buea.\n"
          "In a phone conversation with one Achiri in South Africa, Chris Maroleng pointed out that it is due to Government policy that MTN Cameroon and other mobile networks in Cameroon, shutdown internet in the two Anglophone Regions.\n"
          "Hear him: “We received an instruction from the Government as part of our licence provisions, because, you know that MTN and other telecommunication providers in Cameroon operate under a licence provisions and the conditions permit the Government to instruct us as MTN to terminate services as they see fit.\n"
          "Particularly when the government believes that there is some national security concern.\n"
          "“We received a written instruction from the Cameroon Government saying that we must suspend all internet connectivity in these two regions.” Maroleng explained.\n"
          "He reiterates that shutting down internet in the two regions is not an MTN decision."),
    entities=[("govt", "The Government of Cameroon", "ORGANIZATION",
               ["Government of Cameroon", "the Cameroon Government", "Gov’t"], "Government of Cameroon"),
              ("maroleng", "Chris Maroleng", "PERSON",
               ["Maroleng", "the Executive for Corporate Affairs, MTN Group, Chris Maroleng"],
               "Executive for Corporate Affairs, MTN Group")],
    mentions=[("m1", "Gov’t", "govt"),
              ("m2", "The Government of Cameroon", "govt"),
              ("m3", "the Executive for Corporate Affairs, MTN Group, Chris Maroleng", "maroleng"),
              ("m4", ("the Government of Cameroon", "order from the Government of Cameroon"), "govt"),
              ("m5", ("Chris Maroleng", "Chris Maroleng pointed"), "maroleng"),
              ("m6", ("the Government", "from the Government as part"), "govt"),
              ("m7", ("the Government", "permit the Government"), "govt"),
              ("m8", ("the government", "the government believes"), "govt"),
              ("m9", "the Cameroon Government", "govt"),
              ("m10", ("Maroleng", "Maroleng explained"), "maroleng"),
              ("m11", ("He", "He reiterates"), "maroleng")],
    attributions=[("a1", "INDIRECT", "m3", "According to", "it was due to an order from the Government of Cameroon", None),
                  ("a2", "INDIRECT", "m5", "pointed out",
                   seg(T, "it is due to Government policy", "the two Anglophone Regions"), None),
                  ("a3", "DIRECT", "m10", ("explained", "Maroleng explained"),
                   seg(T, "We received an instruction from the Government", "in these two regions."), None),
                  ("a4", "INDIRECT", "m9", ("saying", "Government saying"),
                   "we must suspend all internet connectivity in these two regions", "a3"),
                  ("a5", "INDIRECT", "m11", "reiterates",
                   "shutting down internet in the two regions is not an MTN decision", None)])

# ---------------------------------------------------------------------------------------
# The stored page has no headline: the text starts with its lead. Cut before the closing
# cross-head question ("How long will Rulani last at Wydad?"), where the stored copy ends. The unquoted cross-head
# "Rulani Mokwena is not a fan of Moroccan referees" is a label. "criticizing", "lashed out at"
# and "complained about" each take their target as content, as "defended the design" does
# (FORMAT.md, Adjuncts). "as per GOAL" names a medium, not a source (as "is quoted as saying by
# the Courier"). The last quotation opens with a mark followed by a space, which gold.py
# cannot take as DIRECT: it continues Mokwena with a null cue and is typed INDIRECT, as test6
# and train_ai did for marks gold.py cannot read.
doc("thesouthafrican-mokwena-faces-punishment-criticising-referees",
    url="https://www.thesouthafrican.com/sport/soccer/rulani-mokwena-faces-punishment-after-attacking-referees/",
    outlet="The South African", country="South Africa", topic="sport", cut=True, published="2024-10-08",
    text=(T := "Wydad Casablanca’s head coach, Rulani Mokwena, could face punishment from the Royal Moroccan Football Federation for criticizing the referees.\n"
          "The 37-year-old coach lashed out at match officials following his team’s 1-1 draw against HUSA in Sunday. The stalemate saw Wydad miss out on a chance to move to the top of the Botola Pro League standings.\n"
          "During the post-conference, Rulani Mokwena complained about referees, asking the media to report on bad officiating.\n"
          "“I don’t talk about the referees, go watch [M’Baye] Mbaye’s foul inside the box there was no penalty. I won’t mention the club’s name, but I saw a similar penalty given in this league (Botola Pro Inwi),” he said.\n"
          "Rulani Mokwena is not a fan of Moroccan referees\n"
          "“And going to Europe there was a similar penalty that was given two days ago I saw it. Go to [Zakaria] Nassir, he was fouled inside the box, I don’t have a problem with the other side and today go watch [Mohamed] Moufid, there’s a situation with Moufid. I’m surprised just watching these things. You guys as the reporters, the journalists, you have to write about these,” he added.\n"
          "“I don’t train with the referees,” Rulani Mokwena added as per GOAL.\n"
          "” I don’t train referees so I can’t comment on them but what is important is to give a good image of Moroccan football.”\n"
          "Since arriving in Morocco, Rulani has won two, drawn two and lost just once as a coach. Wydad currently occupies fifth in the Botola League after five matches played."),
    entities=[("mokwena", "Rulani Mokwena", "PERSON",
               ["Mokwena", "Rulani", "Wydad Casablanca’s head coach, Rulani Mokwena", "The 37-year-old coach"],
               "head coach of Wydad Casablanca")],
    mentions=[("m1", "Wydad Casablanca’s head coach, Rulani Mokwena", "mokwena"),
              ("m2", "The 37-year-old coach", "mokwena"),
              ("m3", ("Rulani Mokwena", "Rulani Mokwena complained"), "mokwena"),
              ("m4", ("he", "he said."), "mokwena"),
              ("m5", ("Rulani Mokwena", "Rulani Mokwena is not"), "mokwena"),
              ("m6", ("he", "he added."), "mokwena"),
              ("m7", ("Rulani Mokwena", "Rulani Mokwena added"), "mokwena"),
              ("m8", ("Rulani", "Rulani has won"), "mokwena")],
    attributions=[("a1", "INDIRECT", "m1", "criticizing", ("the referees", "criticizing the referees"), None),
                  ("a2", "INDIRECT", "m2", "lashed out at", "match officials", None),
                  ("a3", "INDIRECT", "m3", "complained about", ("referees", "about referees,"), None),
                  ("a4", "INDIRECT", "m3", "asking", "to report on bad officiating", None),
                  ("a5", "DIRECT", "m4", ("said", "he said."),
                   seg(T, "I don’t talk about the referees", "(Botola Pro Inwi),"), None),
                  ("a6", "DIRECT", "m6", ("added", "he added."),
                   seg(T, "And going to Europe", "write about these,"), None),
                  ("a7", "DIRECT", "m7", ("added", "Mokwena added"), "I don’t train with the referees,", None),
                  ("a8", "INDIRECT", "m7", None,
                   seg(T, "I don’t train referees so", "image of Moroccan football."), None)])

write("test12_b.jsonl")
