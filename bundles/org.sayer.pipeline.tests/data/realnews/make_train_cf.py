#!/usr/bin/env python3
"""Writes train_cf.jsonl: real-news gold, batch train-cf (see gold.py). Run: python3 make_train_cf.py"""
from gold import doc, seg, write

# Batch notes: seven outlets of Asia and Oceania (Malaysia, Australia, India, Nepal, Vietnam, Vanuatu,
# New Zealand), seven topics. sunwebhk.com was claimed for this batch and left unused (its stored
# copy is hard-wrapped mid-sentence and has lost words inside a paragraph); it stays held by train-cf
# in outlets.tsv.


# ---------------------------------------------------------------------------------------
# The Malaysian Insight (Malaysia). The photo caption under the headline is removed. The stored copy
# breaks off inside a quotation that runs over two paragraphs ("“Applying the ratio ..." ¶ "“Even
# worse, ... (MACC"), so the text is cut before it. The page gives no date line; the caption's date
# (December 6, 2022) matches the hearing it reports ("today"), so it is recorded.
# Notes:
# - Headline "Shafee asks for one week to grill witness": a request with its content, as "asked for"
#   in the corpus.
# - "he informed Judge ... he will start ...": a claim with a content clause; the addressee is left
#   out (FORMAT.md, Left outside), and "In proceedings today at the High Court" is an adjunct.
# - "Yu had testified about how ...": "about" only links the cue (`complained about noise`); the
#   content holds the quoted word “unprecedented”, so MIXED.
# - "the court also heard submissions from Shafee and ... Sri Ram on the admissibility of ...": the
#   submissions are given only with their topic, no content (as train_bb's "touched upon the
#   possibility of ...:"), so no claim; the prosecutor is no speaker and gets no entity.
# - "Shafee argued that A, because he alleged B": the because-clause gives his reason for arguing, a
#   second speech act of his; taken as `X said A, warning that B` (two claims, seed a18/a19), not
#   nested, and A ends before it.
doc("themalaysianinsight-shafee-week-cross-examine-joanna-yu",
    url="https://www.themalaysianinsight.com/s/415749",
    outlet="The Malaysian Insight", country="Malaysia", topic="courts-crime", cut=True, published="2022-12-06",
    text=(T := "Shafee asks for one week to grill witness in 1MDB trial\n"
          "THE defence team in jailed former prime minister Najib Razak’s 1Malaysia Development Berhad (1MDB) trial will take about a week to conduct cross-examination of Joanna Yu, the former AmBank relationship manager who handled Najib’s accounts, according to Najib’s lead counsel Muhammad Shafee Abdullah.\n"
          "In proceedings today at the High Court in Kuala Lumpur, he informed Judge Collin Lawrence Sequerah he will start the cross-examination tomorrow.\n"
          "Previously, Yu had testified about how Najib’s AmBank private accounts came to be set up and how fugitive businessman Low Taek Jho, or Jho Low, had approached AmBank in 2009 for an “unprecedented” RM10 billion bond issuance, with a 30-year tenure for 1MDB’s predecessor Terengganu Investment Authority (TIA).\n"
          "Today, the court also heard submissions from Shafee and senior deputy public prosecutor Gopal Sri Ram on the admissibility of the audio recording between Najib and a Saudi royal as evidence in the trial.\n"
          "Shafee argued that Najib’s right to a fair trial might be violated if the court allowed the admission of his private conversation with the Saudi monarch, because he alleged the recording may have been subject to tampering."),
    entities=[("shafee", "Muhammad Shafee Abdullah", "PERSON",
               ["Shafee", "Najib’s lead counsel Muhammad Shafee Abdullah"], "Najib Razak's lead defence counsel"),
              ("yu", "Joanna Yu", "PERSON", ["Yu"], "former AmBank relationship manager, prosecution witness")],
    mentions=[("m1", ("Shafee", "Shafee asks"), "shafee"),
              ("m2", "Joanna Yu", "yu"),
              ("m3", "Najib’s lead counsel Muhammad Shafee Abdullah", "shafee"),
              ("m4", ("he", "he informed"), "shafee"),
              ("m5", ("Yu", "Yu had testified"), "yu"),
              ("m6", ("Shafee", "submissions from Shafee"), "shafee"),
              ("m7", ("Shafee", "Shafee argued"), "shafee"),
              ("m8", ("he", "he alleged"), "shafee")],
    attributions=[("a1", "INDIRECT", "m1", "asks for", "one week to grill witness in 1MDB trial", None),
                  ("a2", "INDIRECT", "m3", "according to", seg(T, "THE defence team", "handled Najib’s accounts"), None),
                  ("a3", "INDIRECT", "m4", "informed", "he will start the cross-examination tomorrow", None),
                  ("a4", "MIXED", "m5", "testified", seg(T, "how Najib’s AmBank", "Investment Authority (TIA)"), None),
                  ("a5", "INDIRECT", "m7", "argued",
                   "Najib’s right to a fair trial might be violated if the court allowed the admission of his private conversation with the Saudi monarch", None),
                  ("a6", "INDIRECT", "m8", "alleged", "the recording may have been subject to tampering", None)])

# ---------------------------------------------------------------------------------------
# Beef Central (Australia). The byline line ("Beef Central, 20/03/2019") is removed; the date is
# recorded. The last paragraph ends in a link-out ("For more details see the committee web page
# here"), removed as a "Read more" line; the stored copy ends there, so cut=True.
# Notes:
# - "Farming groups say X based on ‘shaky science and cherry-picked facts’": single curly quotes are
#   marks (FORMAT.md, Type), so MIXED, the closing mark kept at the end of the content.
# - "They believe ...": a belief of a named subject (Included although borderline).
# - "they were told a consultation process ... was cancelled": agentless passive, null source; the
#   addressee "they" is left out (`staff were told to stay home`).
# - "Duncan Pegg, has stated the committee has granted a two-week extension so hearings can be
#   undertaken ..., however, there are no confirmed no details yet on ...": the "however" clause is
#   the reporter's comment (the next paragraph checks the committee's web page for those details),
#   so Pegg's content ends at "catchment".
# - "The committee’s web page states ...": a document whose author is named in its NP is a mention
#   of the author (FORMAT.md, Documents: `a post on the council's account`); "It only refers to
#   possible other hearings “to be confirmed”" continues it, cue "refers" with "to" left out as a
#   linking preposition (`complained about noise` -> `noise`).
doc("beefcentral-reef-law-anger-consultation-cancelled",
    url="https://www.beefcentral.com/production/reef-law-anger-sinks-landholder-govt-relations-to-new-low/",
    outlet="Beef Central", country="Australia", topic="environment", cut=True, published="2019-03-20",
    text=(T := "Reef law anger as consultation sidetracked\n"
          "Relations between rural landholders and Anastasia Palaszczuk’s Government in Queensland, already heavily strained by the resurrection of stringent vegetation management controls in the State last year, have sunk to new lows over the introduction of reef protection laws that will further impact agricultural operations in one third of the State.\n"
          "A last minute decision this week not to proceed with a planned consultation process has further inflamed tensions.\n"
          "The Environmental Protection (Great Barrier Reef Protection Measures) and Other Legislation Amendment Bill 2019 was introduced to Queensland Parliament by the State’s Minister for the Environment and Great Barrier Reef Leeanne Enoch on February 27.\n"
          "Farming groups say the proposed legislation vilifies agriculture based on ‘shaky science and cherry-picked facts’. They believe it unjustifiably places all blame on agriculture for Great Barrier Reef water quality issues, and penalises farmers and graziers for management that is beyond their control due to last year’s changes by the Palaszczuk Government to the Vegetation Management Act 1999.\n"
          "But they were doubly incensed when they were told a consultation process to review the likely impact of the legislation, due to run from March 18 to 22, was cancelled earlier this week.\n"
          "The chair of the committee overseeing the review, Duncan Pegg, has stated the committee has granted a two-week extension so hearings can be undertaken in regional areas throughout the Reef’s catchment, however, there are no confirmed no details yet on if, when and where those hearings will occur.\n"
          "The committee’s web page states that a public hearing will be held at the Parliamentary Annexe in Brisbane this coming Monday, 25 March, from 9am to 11am, to be followed by a two hour departmental briefing. It only refers to possible other hearings “to be confirmed”."),
    entities=[("farmers", "Farming groups", "GROUP", [], "Queensland farming groups"),
              ("pegg", "Duncan Pegg", "PERSON", ["Pegg", "The chair of the committee overseeing the review, Duncan Pegg"],
               "chair of the Queensland parliamentary committee reviewing the bill"),
              ("committee", "the committee overseeing the review", "ORGANIZATION", ["the committee"],
               "Queensland parliamentary committee reviewing the reef protection bill")],
    mentions=[("m1", "Farming groups", "farmers"),
              ("m2", ("They", "They believe"), "farmers"),
              ("m3", "The chair of the committee overseeing the review, Duncan Pegg", "pegg"),
              ("m4", ("the committee", "the committee has granted"), "committee"),
              ("m5", "The committee’s web page", "committee"),
              ("m6", ("It", "It only refers"), "committee")],
    attributions=[("a1", "MIXED", "m1", "say",
                   "the proposed legislation vilifies agriculture based on ‘shaky science and cherry-picked facts’", None),
                  ("a2", "INDIRECT", "m2", "believe", seg(T, "it unjustifiably places", "Vegetation Management Act 1999"), None),
                  ("a3", "INDIRECT", None, ("told", "they were told"),
                   "a consultation process to review the likely impact of the legislation, due to run from March 18 to 22, was cancelled earlier this week", None),
                  ("a4", "INDIRECT", "m3", "stated",
                   "the committee has granted a two-week extension so hearings can be undertaken in regional areas throughout the Reef’s catchment", None),
                  ("a5", "INDIRECT", "m5", "states", seg(T, "a public hearing will be held", "two hour departmental briefing"), None),
                  ("a6", "MIXED", "m6", "refers", "possible other hearings “to be confirmed”", None)])

# ---------------------------------------------------------------------------------------
# Firstpost (India), a PTI-style wire report. The photo caption ("Representational image. Reuters."),
# printed twice, is removed. The stored copy breaks off inside a paragraph ("that also function i"),
# so the text is cut at the last whole paragraph before it. The page gives no date.
# Notes:
# - Headline "Data protection rules must also apply to players like OTT apps: Telecom operators to
#   TRAI": a "claim: name" headline (FORMAT.md, Headlines), null cue; "to TRAI" names the addressee,
#   so the source is "Telecom operators", the same group as "Large operators including Airtel and Idea
#   Cellular" in the lead (one GROUP entity).
# - The standfirst's "it said" has no antecedent of its own; the body repeats the sentence right after
#   "Bharti Airtel said", which settles it as Airtel (FORMAT.md, Coreference: later context).
# - "They said this in response to ...": points back at the lead's claim; only one clause carries a
#   claim (train_a leaves out `Wan Fayshal said this in response to ...`), so no claim and no mention.
# - "These operators as also ... COAI have propagated same service same rules ...": a coordinated
#   subject is one GROUP (FORMAT.md, Groups); "propagated" (advocated) takes its noun-phrase content.
# - "OTT refers to applications and services ...": a definition, no speech act.
doc("firstpost-telecom-operators-trai-data-protection-ott-apps",
    url="https://www.firstpost.com/tech/news-analysis/data-protection-rules-must-also-apply-to-players-like-ott-apps-telecom-operators-to-trai-4208255.html",
    outlet="Firstpost", country="India", topic="technology", cut=True,
    text=(T := "Data protection rules must also apply to players like OTT apps: Telecom operators to TRAI\n"
          "Telecom firms and the other players operating in the same internet ecosystem and dealing with same personal data are governed by different rules and regulations, it said.\n"
          "Large operators including Airtel and Idea Cellular have argued that stringent data protection rules applicable to them should also apply equally and uniformly to other players like over-the-top (OTT) apps.\n"
          "They said this in response to the Telecom Regulatory Authority of India's (TRAI) discussion paper on privacy, security, and ownership of data in the sector.\n"
          "These operators as also cellular industry body Cellular Operators Association of India (COAI) have propagated same service same rules for stakeholders including OTT communications providers who offer voice telephony or messaging services that are similar to that of telecom firms.\n"
          "OTT refers to applications and services which are accessible over the internet and ride on operator networks offering internet access services such as social networks, search engines, and video aggregation sites.\n"
          "\"In this sector, customer privacy has three significant sources of vulnerabilities — device, network and content providers — and any law that limits its scope to telecom service providers alone will not be able to holistically address the issue of protection and privacy of personal data,\" Bharti Airtel said.\n"
          "Telecom firms and the other players operating in the same internet ecosystem and dealing with the same personal data are governed by different rules and regulations, it said.\n"
          "It said the provision of data privacy and protection embedded in the licences of telecom operators was robust and apt."),
    entities=[("operators", "Large operators", "GROUP", ["Telecom operators"],
               "large Indian telecom operators, among them Airtel and Idea Cellular"),
              ("opcoai", "These operators as also cellular industry body Cellular Operators Association of India (COAI)", "GROUP",
               [], "the large operators together with the industry body COAI"),
              ("airtel", "Bharti Airtel", "ORGANIZATION", ["Airtel"], "Indian telecom operator")],
    mentions=[("m1", ("Telecom operators", "Telecom operators to TRAI"), "operators"),
              ("m2", ("it", "it said.\nLarge"), "airtel"),
              ("m3", "Large operators including Airtel and Idea Cellular", "operators"),
              ("m4", "These operators as also cellular industry body Cellular Operators Association of India (COAI)", "opcoai"),
              ("m5", "Bharti Airtel", "airtel"),
              ("m6", ("it", "it said.\nIt said"), "airtel"),
              ("m7", ("It", "It said the provision"), "airtel")],
    attributions=[("a1", "INDIRECT", "m1", None, "Data protection rules must also apply to players like OTT apps", None),
                  ("a2", "INDIRECT", "m2", ("said", "it said.\nLarge"),
                   "Telecom firms and the other players operating in the same internet ecosystem and dealing with same personal data are governed by different rules and regulations", None),
                  ("a3", "INDIRECT", "m3", "argued",
                   "stringent data protection rules applicable to them should also apply equally and uniformly to other players like over-the-top (OTT) apps", None),
                  ("a4", "INDIRECT", "m4", "propagated", seg(T, "same service same rules", "similar to that of telecom firms"), None),
                  ("a5", "DIRECT", "m5", ("said", "Airtel said"), seg(T, "In this sector, customer privacy", "privacy of personal data,"), None),
                  ("a6", "INDIRECT", "m6", ("said", "it said.\nIt said"),
                   "Telecom firms and the other players operating in the same internet ecosystem and dealing with the same personal data are governed by different rules and regulations", None),
                  ("a7", "INDIRECT", "m7", ("said", "It said the provision"),
                   "the provision of data privacy and protection embedded in the licences of telecom operators was robust and apt", None)])

# ---------------------------------------------------------------------------------------
# Nepali News Hub (Nepal). The story is complete (the comment form after it is removed). The page
# gives no date ("on Wednesday").
# Notes:
# - Headline "Tourism Acts must be made timely: Tourism Minister Kirati": "claim: name", null cue.
# - "KATHMANDU:" is a dateline, not a speaker. "He said this while addressing ..." points back at the
#   lead's claim: no claim (train_a, `Wan Fayshal said this in response to ...`), so that "He" is not
#   marked.
# - The long quotation uses single curly quotes as its marks (FORMAT.md, Type) and is DIRECT. The UN
#   Secretary-General's statement inside it is a nested claim (Speech nested inside a quote); "in
#   Parliament yesterday" and the participle "showing special importance" describe his speaking and are
#   left out (Adjuncts).
doc("nepalinewshub-kirati-tourism-acts-must-be-updated",
    url="https://nepalinewshub.com/tourism-acts-must-be-made-timely-tourism-minister-kirati/",
    outlet="Nepali News Hub", country="Nepal", topic="politics", cut=False,
    text=(T := "Tourism Acts must be made timely: Tourism Minister Kirati\n"
          "KATHMANDU: Sudan Kirati, Minister of Culture, Tourism, and Civil Aviation, has stated that tourism laws must be updated on a regular basis.\n"
          "He said this while addressing the 50th anniversary of Nepal Mountaineering Association on Wednesday.\n"
          "He stated that as tourism laws are outdated, they must be updated. He claimed that charging foreign visitors twice the price of Nepalis sent a negative message to the international community.\n"
          "He also stated that tourism suffers greatly as a result of the restricted area. He asserted that prosperity through tourism is possible if Nepali tourism can be branded differently.\n"
          "He said, ‘It is the originality of tourism. If we can brand it in the world community in a new way, prosperity through tourism is possible. The mountains of the earth are also a symbol of climate. We have seen scenes of mountains turning black as the climate changes. His Excellency the Secretary-General of the United Nations said in Parliament yesterday that the mountains are melting abnormally, showing special importance. Since 30 years, Nepal has been experiencing many major catastrophic events. The water level in the sea is rising. Culture is facing a big challenge. The possibility of more avalanches has increased. The solution to climate change has become a common challenge of the world. Nepal will survive only if we can protect the mountains of our country. Tourism Acts are old, need to be updated. We have doubled the ship fare for foreign guests. It is sending a negative message to the world. Due to the prohibited area, there is a great discomfort in tourism.’\n"
          "Minister Kirati said that the mountains are dirty and that it is a challenge that everyone should work together to clean them. He said prosperity is possible in Nepal through tourism."),
    entities=[("kirati", "Sudan Kirati", "PERSON",
               ["Kirati", "Minister Kirati", "Tourism Minister Kirati",
                "Sudan Kirati, Minister of Culture, Tourism, and Civil Aviation"],
               "Nepal's Minister of Culture, Tourism and Civil Aviation"),
              ("unsg", "the Secretary-General of the United Nations", "PERSON",
               ["His Excellency the Secretary-General of the United Nations"], "UN Secretary-General")],
    mentions=[("m1", ("Tourism Minister Kirati", "timely: Tourism Minister Kirati"), "kirati"),
              ("m2", "Sudan Kirati, Minister of Culture, Tourism, and Civil Aviation", "kirati"),
              ("m3", ("He", "He stated that as"), "kirati"),
              ("m4", ("He", "He claimed"), "kirati"),
              ("m5", ("He", "He also stated"), "kirati"),
              ("m6", ("He", "He asserted"), "kirati"),
              ("m7", ("He", "He said, ‘"), "kirati"),
              ("m8", "His Excellency the Secretary-General of the United Nations", "unsg"),
              ("m9", ("Minister Kirati", "Minister Kirati said"), "kirati"),
              ("m10", ("He", "He said prosperity"), "kirati")],
    attributions=[("a1", "INDIRECT", "m1", None, "Tourism Acts must be made timely", None),
                  ("a2", "INDIRECT", "m2", ("stated", "has stated"), "tourism laws must be updated on a regular basis", None),
                  ("a3", "INDIRECT", "m3", ("stated", "He stated that as"), "as tourism laws are outdated, they must be updated", None),
                  ("a4", "INDIRECT", "m4", "claimed",
                   "charging foreign visitors twice the price of Nepalis sent a negative message to the international community", None),
                  ("a5", "INDIRECT", "m5", ("stated", "He also stated"), "tourism suffers greatly as a result of the restricted area", None),
                  ("a6", "INDIRECT", "m6", "asserted",
                   "prosperity through tourism is possible if Nepali tourism can be branded differently", None),
                  ("a7", "DIRECT", "m7", ("said", "He said, ‘"), seg(T, "It is the originality", "great discomfort in tourism."), None),
                  ("a8", "INDIRECT", "m8", ("said", "Nations said"), "the mountains are melting abnormally", "a7"),
                  ("a9", "INDIRECT", "m9", ("said", "Kirati said that"),
                   "the mountains are dirty and that it is a challenge that everyone should work together to clean them", None),
                  ("a10", "INDIRECT", "m10", ("said", "He said prosperity"), "prosperity is possible in Nepal through tourism", None)])

# ---------------------------------------------------------------------------------------
# Viet Nam News (Vietnam). The stored page has no headline (it opens with a date and the section
# label "Football", removed), so the text starts with the lead; its dateline "PHÚ THỌ —" is kept and
# is no attribution. The stored copy breaks off inside the midfielder's quotation ("The win will push
# our spirit for the next"), so the text is cut before that paragraph. One quotation opens with a
# curly mark and closes with a straight one (mismatched marks still count, FORMAT.md, Type).
# Notes:
# - "Coach Kim Sang-sik praised his players after ...": "praised X" takes its object as content, as the
#   corpus does (train_ao "praised his bowlers"); the after-clause is an adjunct.
# - "said Kim, who voted his skipper Hải the man of the match": choosing the man of the match is an
#   act, not a claim.
# - "The game against Indonesia was considered crucial for Việt Nam": an agentless passive belief,
#   as `was expected to` (null source, raised subject left outside; train_an "who are considered a
#   high-risk group"); the with-clause is the reporter's explanation, left out.
# - "I reminded Filip to be focused ...": a speech act inside Kim's quotation, nested, the addressee
#   left out (`staff were told to stay home` -> `to stay home`).
# - The last quotation has no reporting clause and continues Kim (null cue).
doc("vietnamnews-kim-sang-sik-vietnam-beat-indonesia-asean-cup",
    url="https://vietnamnews.vn/sports/1689060/national-team-deserved-the-win-coach-kim.html",
    outlet="Viet Nam News", country="Vietnam", topic="sport", cut=True, published="2024-12-16",
    text=(T := "PHÚ THỌ — Coach Kim Sang-sik praised his players after Việt Nam beat Indonesia 1-0 to top Group B of the ASEAN Cup 2024 on Sunday in Phú Thọ Province.\n"
          "It was Việt Nam's first win over their arch-rival in 2024, after three straight defeats in the early months across different competitions.\n"
          "Captain Nguyễn Quang Hải scored the winner for the host side in the 77th minute.\n"
          "Speaking to reporters after the match, Kim confirmed that despite many difficulties Vietnamese players gave it their best and took an important win.\n"
          "“We did not have good result in previous games against Indonesia. But today I am happy because we won and no one got hurt,\" said Kim.\n"
          "\"Indonesia played defensively in this match and their playing style created many challenges for us. But my players made some great efforts and we earned that prestigious goal,\" said Kim, who voted his skipper Hải the man of the match.\n"
          "The game against Indonesia was considered crucial for Việt Nam, with the winners taking number one slot in the group.\n"
          "The South Korean manager revealed that his coaching board had put in a lot of work, preparing his players well ahead of the match, taking a lot of time to talk over who to play in some key positions, including goalkeeper Nguyễn Filip.\n"
          "\"This match was very important for the whole team. Everyone was concerned about it but we prepared well. When it rained, I reminded Filip to be focused and make a decisive decision. I hoped and was confident for a victory and we did it,\" Kim said.\n"
          "“My players really wanted to score more goals, which is also the wish of all supporters and me, but it wasn't easy. Anyway we have the three points.”"),
    entities=[("kim", "Kim Sang-sik", "PERSON", ["Kim", "Coach Kim Sang-sik", "The South Korean manager"],
               "head coach of Việt Nam's national football team")],
    mentions=[("m1", "Coach Kim Sang-sik", "kim"),
              ("m2", ("Kim", "Kim confirmed"), "kim"),
              ("m3", ("Kim", "hurt,\" said Kim"), "kim"),
              ("m4", ("Kim", "goal,\" said Kim"), "kim"),
              ("m5", "The South Korean manager", "kim"),
              ("m6", ("I", "I reminded"), "kim"),
              ("m7", ("Kim", "Kim said."), "kim")],
    attributions=[("a1", "INDIRECT", "m1", "praised", ("his players", "praised his players"), None),
                  ("a2", "INDIRECT", "m2", "confirmed",
                   "despite many difficulties Vietnamese players gave it their best and took an important win", None),
                  ("a3", "DIRECT", "m3", ("said", "hurt,\" said Kim"), seg(T, "We did not have good result", "no one got hurt,"), None),
                  ("a4", "DIRECT", "m4", ("said", "goal,\" said Kim"), seg(T, "Indonesia played defensively", "that prestigious goal,"), None),
                  ("a5", "INDIRECT", None, "considered", "crucial for Việt Nam", None),
                  ("a6", "INDIRECT", "m5", "revealed", seg(T, "his coaching board had put", "goalkeeper Nguyễn Filip"), None),
                  ("a7", "DIRECT", "m7", ("said", "Kim said."), seg(T, "This match was very important", "and we did it,"), None),
                  ("a8", "INDIRECT", "m6", "reminded", "to be focused and make a decisive decision", "a7"),
                  ("a9", "DIRECT", "m7", None, seg(T, "My players really wanted", "the three points."), None)])

# ---------------------------------------------------------------------------------------
# Sista (Vanuatu). The stored page has no headline; it opens with a photo caption ("The MMR campaign
# parade yesterday ..."), removed, so the text starts with the lead. The stored copy breaks off inside
# the Ministry's quotation ("which a child can received wi"), so the text is cut before that paragraph.
# The page gives no date.
# Notes:
# - "He revealed this during the launching campaign ...": points back at the lead's claim, no claim
#   of its own (train_a, `said this in response to`), so that "He" is not marked.
# - "Mr. Durpaire, who spoke on behalf of UNICEF and the World Health Organisation (WHO), said ...":
#   the relative clause is left out of the source; speaking on behalf of someone has no content.
# - The first quotation runs over three paragraphs (each reopened, the first two left open), so it is
#   one DIRECT claim with the cue "stated" (FORMAT.md, Unit). The page then prints the same quotation
#   again in another wording, with its own "he said": a second claim.
# - "a child can have their dose when they are one year old ...": no cue, no claim.
doc("sista-unicef-durpaire-measles-vaccination-vanuatu",
    url="https://www.sista.com.vu/low-child-vaccination-rates-in-vanuatu-risky-unicef/",
    outlet="Sista", country="Vanuatu", topic="health-science", cut=True,
    text=(T := "UNICEF’s Field Manager, Eric Durpaire, has cautioned that if a measles outbreak were to occur in Vanuatu, it would pose a big problem because only 70% of the country’s children are vaccinated against measles.\n"
          "He revealed this during the launching campaign of Measles, Mumps and Rubella (MMR) vaccine rollout yesterday at the Seafront stage in Port Vila.\n"
          "Mr. Durpaire, who spoke on behalf of UNICEF and the World Health Organisation (WHO), said measles is a threatening illness that can be fatal for children.\n"
          "He noted that in 2021, approximately 130,000 people worldwide lost their lives to measles, with the majority being children under five, many of whom had not been vaccinated.\n"
          "“In 2019, 83 people in Samoa died from measles, with the majority being children under five.\n"
          "“Measles is not just a theoretical disease; it has already appeared in Vanuatu.\n"
          "“There have been deaths and outbreaks in the Pacific almost every year, and Vanuatu has been fortunate not to experience it in recent years,” he stated.\n"
          "“In 2019, 83 people in Samoa died from measles, most of them were children under five.\n"
          "“It’s not just a theoretical disease that you think, it’s something that already came in Vanuatu. Deaths and outbreak in the Pacific almost every year and Vanuatu has been lucky the last years it did not come here,” he said.\n"
          "However, in the previous vaccination rollout of children in Vanuatu, a child can have their dose when they are one year old to prevent them from contracting measles in the future. Currently, the Ministry of Health (MoH) has introduced another vaccine that will have a second dose.\n"
          "The MoH said that this is not only to protect against measles, but with just one dose it protects a child from three diseases, which includes measles, mumps, and rubella."),
    entities=[("durpaire", "Eric Durpaire", "PERSON",
               ["Durpaire", "Mr. Durpaire", "UNICEF’s Field Manager, Eric Durpaire"], "UNICEF Field Manager in Vanuatu"),
              ("moh", "the Ministry of Health (MoH)", "ORGANIZATION", ["Ministry of Health", "MoH", "The MoH"],
               "Vanuatu's Ministry of Health")],
    mentions=[("m1", "UNICEF’s Field Manager, Eric Durpaire", "durpaire"),
              ("m2", "Mr. Durpaire", "durpaire"),
              ("m3", ("He", "He noted"), "durpaire"),
              ("m4", ("he", "he stated"), "durpaire"),
              ("m5", ("he", "he said"), "durpaire"),
              ("m6", "the Ministry of Health (MoH)", "moh"),
              ("m7", "The MoH", "moh")],
    attributions=[("a1", "INDIRECT", "m1", "cautioned", seg(T, "if a measles outbreak", "vaccinated against measles"), None),
                  ("a2", "INDIRECT", "m2", ("said", "(WHO), said"), "measles is a threatening illness that can be fatal for children", None),
                  ("a3", "INDIRECT", "m3", "noted", seg(T, "in 2021, approximately", "had not been vaccinated"), None),
                  ("a4", "DIRECT", "m4", "stated", seg(T, "In 2019, 83 people", "in recent years,"), None),
                  ("a5", "DIRECT", "m5", ("said", "he said"),
                   seg(T, "In 2019, 83 people", "it did not come here,", "In 2019, 83 people in Samoa died from measles, most"), None),
                  ("a6", "INDIRECT", "m7", ("said", "MoH said"), seg(T, "this is not only to protect", "mumps, and rubella"), None)])

# ---------------------------------------------------------------------------------------
# Noted (New Zealand), an RNZ story by Mei Heron as Noted printed it. The byline line ("by Mei Heron /
# 21 March, 2018") and the photo caption are removed; the date is recorded. The standfirst is kept.
# The stored copy breaks off inside a paragraph ("at the annual shareho"), so the text is cut at the
# last whole paragraph before it. "Three years ago it to stop flying ..." is verbatim (a word is
# missing on the page).
# Notes:
# - Headline "Air NZ hits back at Minister's claims it's short-changing the regions": "hit back at"
#   takes its noun-phrase content (train_bf "hit back at these claims"), and the refuted claim is
#   nested with its possessive claimant as source (train_bz "refuted Al-Mishri’s claim that ...").
# - "The government is suggesting it could wield influence ... as the company looks at dropping
#   another regional service": the as-clause times the suggesting, an adjunct, left out.
# - The quotations after "Shane Jones said ..." and "Mr Robertson said ..." have no reporting clause
#   and continue those speakers (null cue); Robertson's first runs over two paragraphs (one claim).
# - "a lack of commercial independence was viewed seriously by the board" and "many people were upset
#   by the withdrawal" are attitudes with no reported content, not nested claims.
# - "the government" inside Robertson's claims is the government that "is suggesting" in the lead,
#   marked as its mention.
doc("noted-air-nz-hits-back-shane-jones-regions",
    url="https://www.noted.co.nz/money/business/air-nz-hits-back-at-ministers-claims-its-short-changing-the-regions/",
    outlet="Noted", country="New Zealand", topic="business", cut=True, published="2018-03-21",
    text=(T := "Air NZ hits back at Minister's claims it's short-changing the regions\n"
          "Airline says Minister Shane Jones' comments are not consistent with the facts.\n"
          "The government is suggesting it could wield influence over Air New Zealand through board appointments as the company looks at dropping another regional service.\n"
          "It has little control over the airline's decisions, despite owning 51 percent of the shares.\n"
          "Yesterday, Regional Economic Development Minister Shane Jones said the airline was short-changing services to the regions.\n"
          "\"Do what you're meant to be doing, you are servicing New Zealand, and if you are not prepared to service the entirety of New Zealand, don't go overseas and promote New Zealand unless you are practicing what you preach in the provinces.\"\n"
          "The airline abruptly withdrew its service into Kāpiti earlier this month. Three years ago it to stop flying to Kaitaia, Whakatāne, Westport and Taupō.\n"
          "Air New Zealand told shareholding Minister Grant Robertson that it would always act independently of the Crown.\n"
          "It said a lack of commercial independence was viewed seriously by the board and could damage the interests of all shareholders.\n"
          "Mr Robertson said many people were upset by the withdrawal of services but there was not much the government could do.\n"
          "\"Ultimately they make their own operational decisions, that has not changed, that's simply the nature of the arrangement of the ownership.\n"
          "\"We're only a 51 percent owner, we don't get to control every decision, that's the reality.\"\n"
          "However, he said there could be areas where the government could act.\n"
          "\"We've got means and mechanisms by which we can influence in terms of the composition of the board, and we will look at that at the appropriate time.\""),
    entities=[("airnz", "Air New Zealand", "ORGANIZATION", ["Air NZ", "Airline", "the airline"], "New Zealand's national airline"),
              ("jones", "Shane Jones", "PERSON", ["Jones", "Minister", "Regional Economic Development Minister Shane Jones"],
               "Regional Economic Development Minister"),
              ("govt", "The government", "ORGANIZATION", ["the government"], "New Zealand government"),
              ("robertson", "Grant Robertson", "PERSON", ["Robertson", "Mr Robertson", "shareholding Minister Grant Robertson"],
               "shareholding minister for Air New Zealand")],
    mentions=[("m1", ("Air NZ", "Air NZ hits"), "airnz"),
              ("m2", ("Minister", "Minister's claims"), "jones"),
              ("m3", ("Airline", "Airline says"), "airnz"),
              ("m4", ("The government", "The government is suggesting"), "govt"),
              ("m5", ("Air New Zealand", "influence over Air New Zealand"), "airnz"),
              ("m6", ("the company", "the company looks"), "airnz"),
              ("m7", "Regional Economic Development Minister Shane Jones", "jones"),
              ("m8", ("the airline", "the airline was short-changing"), "airnz"),
              ("m9", ("The airline", "The airline abruptly"), "airnz"),
              ("m10", ("Air New Zealand", "Air New Zealand told"), "airnz"),
              ("m11", "shareholding Minister Grant Robertson", "robertson"),
              ("m12", ("It", "It said a lack"), "airnz"),
              ("m13", "Mr Robertson", "robertson"),
              ("m14", ("the government", "not much the government"), "govt"),
              ("m15", ("he", "he said there"), "robertson"),
              ("m16", ("the government", "where the government could act"), "govt")],
    attributions=[("a1", "INDIRECT", "m1", "hits back at", "Minister's claims it's short-changing the regions", None),
                  ("a2", "INDIRECT", "m2", ("claims", "Minister's claims"), "it's short-changing the regions", "a1"),
                  ("a3", "INDIRECT", "m3", ("says", "Airline says"), "Minister Shane Jones' comments are not consistent with the facts", None),
                  ("a4", "INDIRECT", "m4", "suggesting", "it could wield influence over Air New Zealand through board appointments", None),
                  ("a5", "INDIRECT", "m7", ("said", "Jones said"), "the airline was short-changing services to the regions", None),
                  ("a6", "DIRECT", "m7", None, seg(T, "Do what you're meant", "preach in the provinces."), None),
                  ("a7", "INDIRECT", "m10", "told", "it would always act independently of the Crown", None),
                  ("a8", "INDIRECT", "m12", ("said", "It said a lack"),
                   "a lack of commercial independence was viewed seriously by the board and could damage the interests of all shareholders", None),
                  ("a9", "INDIRECT", "m13", ("said", "Robertson said many"),
                   "many people were upset by the withdrawal of services but there was not much the government could do", None),
                  ("a10", "DIRECT", "m13", None, seg(T, "Ultimately they make", "that's the reality."), None),
                  ("a11", "INDIRECT", "m15", ("said", "he said there"), "there could be areas where the government could act", None),
                  ("a12", "DIRECT", "m15", None, seg(T, "We've got means", "at the appropriate time."), None)])

write("train_cf.jsonl")
