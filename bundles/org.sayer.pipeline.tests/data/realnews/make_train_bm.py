#!/usr/bin/env python3
"""Writes train_bm.jsonl: real-news gold, split train-bm (see gold.py). Run: python3 make_train_bm.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
# OnLanka (Sri Lanka), a News Radio report. The photo caption "Sajith Premadasa" under the
# headline and the closing credit "(Source: News Radio)" are removed. Notes:
# - Headline "Opposition spreading false rumors – Sajith": a "claim – name" headline, null cue.
#   "spreading false rumors" itself has no content of its own and is not annotated.
# - "levelled an allegation against the expenditure of ...": the noun cue with its fixed verb
#   (like "voiced the hope"); the content is what the allegation is about, the preposition that
#   links the cue left out (FORMAT.md: `complained about noise` -> `noise`). The agentless
#   "several allegations levelled against Sri Lanka" names only the allegations' target, not what
#   they say, so it is no claim (reviewed when the batch was merged).
# - "making false statements claiming the government was trying ...": nested speech of the
#   Opposition (cue "claiming") inside Premadasa's "noted".
# - "added such statements are merely cheap politics, further stressing ...": two claims of the
#   minister (seed a18/a19). "such statements" has no content of its own.
# - "statements made regarding electric chairs ... and chopping blocks for soldiers": a noun cue
#   with no claimant, nested with a null source; "regarding" only links the cue.
doc("onlanka-sajith-opposition-spreading-false-rumors",
    url="https://www.onlanka.com/news/opposition-spreading-false-rumors-sajith.html",
    outlet="OnLanka", country="Sri Lanka", topic="politics", cut=False,
    text=(T := "Opposition spreading false rumors – Sajith\n"
          "The expenditure heads of the Ministry of Housing and Cultural Affairs was passed in Parliament without amendment yesterday.\n"
          "The expenditure heads of the Ministry of Foreign Employment Promotion and Welfare, Ministry of Lands and Parliamentary Reforms and the Ministry of Primary Industries & Social Empowerment will be taken up for debate today.\n"
          "Meanwhile, a heated argument took place during yesterday’s Committee Stage Debate when United People’s Freedom Alliance Parliamentarian Kanchana Wijesekera levelled an allegation against the expenditure of the Ministry of Housing and Construction.\n"
          "Joining the debate, Minister Sajith Premadasa said the Opposition is spreading false rumors at a time that the government is focused on the country’s Unitary Status.\n"
          "The Minister said the government is strengthening Sri Lanka as a unitary state.\n"
          "Premadasa noted the Opposition was making false statements claiming the government was trying to become Federal and change articles that prioritize Buddhism in the Constitution.\n"
          "The Minister added such statements are merely cheap politics, further stressing a high standard of politics had to be implemented.\n"
          "The Minister further added the unitary status of the country was not restricted to a paragraph in the constitution and plans for a practical unitary status had been made and achieved.\n"
          "He also said due to the government’s foreign policy, it was able to find solutions to several allegations levelled against Sri Lanka.\n"
          "He added it was the Government’s duty to protect our soldiers and the government would carry out its duty without fail.\n"
          "The Minister also added statements made regarding electric chairs for Mahinda Rajapaksa and chopping blocks for soldiers were no longer relevant."),
    entities=[("sajith", "Sajith Premadasa", "PERSON",
               ["Sajith", "Premadasa", "Minister Sajith Premadasa", "The Minister"], "Sri Lankan Minister of Housing"),
              ("wijesekera", "Kanchana Wijesekera", "PERSON",
               ["Wijesekera", "United People’s Freedom Alliance Parliamentarian Kanchana Wijesekera"],
               "UPFA member of parliament"),
              ("opposition", "the Opposition", "GROUP", ["Opposition"], "Sri Lanka's parliamentary opposition")],
    mentions=[("m1", ("Sajith", "– Sajith"), "sajith"),
              ("m2", ("Opposition", "Opposition spreading"), "opposition"),
              ("m3", "United People’s Freedom Alliance Parliamentarian Kanchana Wijesekera", "wijesekera"),
              ("m4", "Minister Sajith Premadasa", "sajith"),
              ("m5", ("the Opposition", "the Opposition is spreading"), "opposition"),
              ("m6", ("The Minister", "The Minister said the government"), "sajith"),
              ("m7", ("Premadasa", "Premadasa noted"), "sajith"),
              ("m8", ("the Opposition", "the Opposition was making"), "opposition"),
              ("m9", ("The Minister", "The Minister added such"), "sajith"),
              ("m10", ("The Minister", "The Minister further added"), "sajith"),
              ("m11", ("He", "He also said"), "sajith"),
              ("m12", ("He", "He added it was"), "sajith"),
              ("m13", ("The Minister", "The Minister also added"), "sajith")],
    attributions=[("a1", "INDIRECT", "m1", None, "Opposition spreading false rumors", None),
                  ("a2", "INDIRECT", "m3", "levelled an allegation",
                   "the expenditure of the Ministry of Housing and Construction", None),
                  ("a3", "INDIRECT", "m4", ("said", "Premadasa said"),
                   "the Opposition is spreading false rumors at a time that the government is focused on the country’s Unitary Status", None),
                  ("a4", "INDIRECT", "m6", ("said", "The Minister said the government"),
                   "the government is strengthening Sri Lanka as a unitary state", None),
                  ("a5", "INDIRECT", "m7", "noted",
                   seg(T, "the Opposition was making false statements", "Buddhism in the Constitution"), None),
                  ("a6", "INDIRECT", "m8", "claiming",
                   "the government was trying to become Federal and change articles that prioritize Buddhism in the Constitution", "a5"),
                  ("a7", "INDIRECT", "m9", ("added", "The Minister added such"), "such statements are merely cheap politics", None),
                  ("a8", "INDIRECT", "m9", "stressing", "a high standard of politics had to be implemented", None),
                  ("a9", "INDIRECT", "m10", ("added", "The Minister further added"),
                   seg(T, "the unitary status of the country", "had been made and achieved"), None),
                  ("a10", "INDIRECT", "m11", ("said", "He also said"),
                   seg(T, "due to the government’s foreign policy", "levelled against Sri Lanka"), None),
                  ("a12", "INDIRECT", "m12", ("added", "He added it was"),
                   "it was the Government’s duty to protect our soldiers and the government would carry out its duty without fail", None),
                  ("a13", "INDIRECT", "m13", ("added", "The Minister also added"),
                   seg(T, "statements made regarding electric chairs", "were no longer relevant"), None),
                  ("a14", "INDIRECT", None, ("statements", "statements made regarding"),
                   "electric chairs for Mahinda Rajapaksa and chopping blocks for soldiers", "a13")])

# ---------------------------------------------------------------------------------------
# Green Watch (Bangladesh), a UNB wire story. The stored page prints the site's date widget
# ("Tuesday , October 22 2019") and a breadcrumb ("Home / Bangladesh / ...") before the headline;
# both are removed, and so is the closing wire credit " – UNB". The page gives "Mar 21" without
# a year, so `published` is left out. Notes:
# - Colon headline "...: BD Minister": null cue, the name after the colon as source.
# - "Mentioning that X, Agriculture Minister ... said Y": the participle "Mentioning" is its own
#   speech act of the same subject (like "adding"), so two claims with one source mention.
# - "he said while exchanging views with the Bangladesh Climate Change Journalist Forum": the
#   forum is an addressee, left out; "he said, adding that ..." is two claims (seed a18/a19).
doc("greenwatchbd-razzaque-climate-change-agriculture",
    url="https://greenwatchbd.com/climate-change-affecting-agriculture-greatly-bd-minister/",
    outlet="Green Watch", country="Bangladesh", topic="environment", cut=False,
    text=(T := "Climate change affecting agriculture greatly: BD Minister\n"
          "Dhaka, Mar 21 – Mentioning that the climate change does harm to the agriculture sector most, Agriculture Minister Dr Md Abdur Razzaque on Thursday said Bangladesh will be at stake if the sector is affected.\n"
          "“Bangladesh will be at risk if the agriculture sector is affected due to climate change. We’re giving priority to the climate change issue,” he said while exchanging views with the Bangladesh Climate Change Journalist Forum (BCJF).\n"
          "The minister said the wheat cultivation faces a great risk in Bangladesh due to climate change impacts. “The production of wheat has come down from 17-18 lakh tonnes to 11-12 lakh tonnes annually due to the rise in temperature whereas the demand is on the rise in the country day by day,” he said, adding that a total of 59 lakh tonnes of wheat were imported last year.\n"
          "The government is taking initiatives to produce heat-tolerant varieties of wheat to boost its production, he said.\n"
          "Razzaque said although Bangladesh is not responsible for climate change, it is the most affected country. “The climate change is a global problem. As the affected country, we should continue discussions internationally to realise our demands,” he said."),
    entities=[("razzaque", "Md Abdur Razzaque", "PERSON",
               ["Razzaque", "Abdur Razzaque", "Agriculture Minister Dr Md Abdur Razzaque", "BD Minister", "The minister"],
               "Bangladesh's Agriculture Minister")],
    mentions=[("m1", "BD Minister", "razzaque"),
              ("m2", "Agriculture Minister Dr Md Abdur Razzaque", "razzaque"),
              ("m3", ("he", "he said while"), "razzaque"),
              ("m4", ("The minister", "The minister said"), "razzaque"),
              ("m5", ("he", "day by day,” he said"), "razzaque"),
              ("m6", ("he", "production, he said"), "razzaque"),
              ("m7", ("Razzaque", "Razzaque said although"), "razzaque"),
              ("m8", ("he", "our demands,” he said"), "razzaque")],
    attributions=[("a1", "INDIRECT", "m1", None, "Climate change affecting agriculture greatly", None),
                  ("a2", "INDIRECT", "m2", "Mentioning", "the climate change does harm to the agriculture sector most", None),
                  ("a3", "INDIRECT", "m2", ("said", "on Thursday said"), "Bangladesh will be at stake if the sector is affected", None),
                  ("a4", "DIRECT", "m3", ("said", "he said while"),
                   seg(T, "Bangladesh will be at risk if", "the climate change issue,"), None),
                  ("a5", "INDIRECT", "m4", ("said", "The minister said"),
                   "the wheat cultivation faces a great risk in Bangladesh due to climate change impacts", None),
                  ("a6", "DIRECT", "m5", ("said", "day by day,” he said"),
                   seg(T, "The production of wheat", "in the country day by day,"), None),
                  ("a7", "INDIRECT", "m5", "adding", "a total of 59 lakh tonnes of wheat were imported last year", None),
                  ("a8", "INDIRECT", "m6", ("said", "production, he said"),
                   "The government is taking initiatives to produce heat-tolerant varieties of wheat to boost its production", None),
                  ("a9", "INDIRECT", "m7", ("said", "Razzaque said although"),
                   "although Bangladesh is not responsible for climate change, it is the most affected country", None),
                  ("a10", "DIRECT", "m8", ("said", "our demands,” he said"),
                   seg(T, "The climate change is a global problem.", "to realise our demands,"), None)])

# ---------------------------------------------------------------------------------------
# Football Ghana (Ghana). The stored page prints "Published on: 13 March 2024", the headline a
# second time as a photo caption and an image placeholder ("#image_title") before the lead, and
# "Comments" after the article; all are removed. Notes:
# - Headline "13th African Games: I am proud of my players - Black Satellites coach Desmond Ofei
#   after Gambia win": the part before the colon is a topic label; "claim - name" headline with
#   a null cue; "after Gambia win" is an adjunct, not part of the source.
# - "leaving coach Desmond Ofei brimming with pride": a state with no content, no claim.
# - "expressed his pride in his players": evaluative reporting with an NP content (like "voiced
#   relief that"), the linking "in" left out.
# - "He commended their determination, teamwork, and tactical discipline, which he believed were
#   instrumental in their victory": "he believed" is the coach's own attitude within his own
#   commendation, so it is not split off (FORMAT.md: `said she believes ...`); the relative clause
#   stays in the content of "commended".
# - Inside the second quotation, "I told them that if ..." is nested speech of the coach with the
#   addressee "them" left out.
doc("footballghana-black-satellites-ofei-proud-gambia-win",
    url="https://footballghana.com/13th-african-games-i-am-proud-of-my-players-black-satellites-coach-desmond-ofei-after-gambia-win",
    outlet="Football Ghana", country="Ghana", topic="sport", cut=False, published="2024-03-13",
    text=(T := "13th African Games: I am proud of my players - Black Satellites coach Desmond Ofei after Gambia win\n"
          "The Black Satellites of Ghana secured a resounding 3-1 victory over Gambia in the ongoing 13th African Games, leaving coach Desmond Ofei brimming with pride for his players.\n"
          "The match witnessed a series of goal attempts, with Aziz Misibau breaking the deadlock in the 13th minute. The 18-year-old forward capitalized on a loose ball after the Gambian goalkeeper failed to maintain his grip, skillfully slotting it in to put Ghana ahead.\n"
          "In the second half, Abdul Aziz Issah extended Ghana's lead with a powerful shot that outwitted Gambian goalkeeper Sanyang. Despite the Gambians managing to pull one back in the final ten minutes, substitute Jerry Afriyie sealed the victory with a spectacular goal, ensuring a commanding 3-1 win for Ghana.\n"
          "Coach Desmond Ofei, elated with his team's performance, expressed his pride in his players. He commended their determination, teamwork, and tactical discipline, which he believed were instrumental in their victory.\n"
          "\"We have to congratulate them once again the boys have been working really hard we know their levels and what they can bring and that is what they did today,\" he said.\n"
          "\"I told them that if they are courageous they show hunger every opponent will have a difficult day against us. We are very happy with our performance I am happy for them because they deserve it because they have been working really hard,\" he added."),
    entities=[("ofei", "Desmond Ofei", "PERSON",
               ["Ofei", "Black Satellites coach Desmond Ofei", "Coach Desmond Ofei"], "head coach of Ghana's Black Satellites (U-20)")],
    mentions=[("m1", "Black Satellites coach Desmond Ofei", "ofei"),
              ("m2", ("coach Desmond Ofei", "leaving coach Desmond Ofei"), "ofei"),
              ("m3", "Coach Desmond Ofei", "ofei"),
              ("m4", ("He", "He commended"), "ofei"),
              ("m5", ("he", "today,\" he said"), "ofei"),
              ("m6", ("I", "I told them"), "ofei"),
              ("m7", ("he", "he added"), "ofei")],
    attributions=[("a1", "INDIRECT", "m1", None, "I am proud of my players", None),
                  ("a2", "INDIRECT", "m3", "expressed his pride", ("his players", "pride in his players"), None),
                  ("a3", "INDIRECT", "m4", "commended",
                   "their determination, teamwork, and tactical discipline, which he believed were instrumental in their victory", None),
                  ("a4", "DIRECT", "m5", ("said", "today,\" he said"),
                   seg(T, "We have to congratulate them", "what they did today,"), None),
                  ("a5", "DIRECT", "m7", ("added", "he added"),
                   seg(T, "I told them that if", "because they have been working really hard,"), None),
                  ("a6", "INDIRECT", "m6", "told",
                   "if they are courageous they show hunger every opponent will have a difficult day against us", "a5")])

# ---------------------------------------------------------------------------------------
# Sahara Reporters (Nigeria). The stored page prints a standfirst and the byline ("by
# SaharaReporters, New York Oct 03, 2020") before the lead; the byline is removed and the
# standfirst kept and annotated like any paragraph. Notes:
# - Headline: "#RevolutionNow" is a topic label, and refusing to sign is an action; no claim.
# - "arraigned ... on trumped-up charges of conduct likely to cause ...": the noun cue "charges"
#   with no claimant (FORMAT.md: `allegations of X` -> X; null source).
# - "The protesters were asked to provide a surety ...": an agentless request, like "staff were
#   told to stay home" -> null source, the raised subject left out.
# - The leader's quotation runs over four paragraphs (each reopened, closed only in the last):
#   one DIRECT attribution (FORMAT.md, Unit). "the police got an order to return those arrested"
#   inside it is an action (like "ordered an inquiry"), not annotated.
# - "It was gathered that ...": an agentless passive report, null source (like "the inquiry
#   heard that"). "Odumosu had earlier threatened to arrest ...": a threat is a speech act.
doc("saharareporters-revolutionnow-magistrate-bail-bond-lagos",
    url="http://saharareporters.com/2020/10/03/revolutionnow-magistrate-refuses-sign-bail-bond-protesters-arrested-lagos",
    outlet="Sahara Reporters", country="Nigeria", topic="courts-crime", cut=False, published="2020-10-03",
    text=(T := "#RevolutionNow: Magistrate Refuses To Sign Bail Bond Of Protesters Arrested In Lagos\n"
          "The protesters were arraigned in Court 1 on trumped-up charges of conduct likely to cause breach peace of peace and cause fear among the people after they were arrested on Thursday during the October 1 protest.\n"
          "The Chief Magistrate of Yaba Magistrate Court, Lagos State, has refused to sign the bail bond of 30 #RevolutionNow protesters arraigned in court.\n"
          "The chief magistrate had released the protesters on bail but mysteriously was nowhere to be found to sign the bail bond of the protesters.\n"
          "The protesters were asked to provide a surety and sum of N50,000 as part of their bail bonds.\n"
          "The protesters perfected the bail bond but the magistrate was not seen in the court to sign the bail agreement.\n"
          "\"Their bail was perfected but we could not see the judge to sign their final release when we finished.\n"
          "\"All the sureties were complete and all documents in place but the magistrate was not around to sign.\n"
          "\"We waited for hours but the police got an order to return those arrested to police cells.\n"
          "\"10 were taken for detention to the Lagos State Task Force and 20 were taken to Alausa Police Division,\" one of the leaders of the #RevolutionNow movement said.\n"
          "It was gathered that the Lagos State Commissioner of Police, Hakeem Odumosu, connived and gave the order for the perpetual detention of the protesters.\n"
          "Odumosu had earlier threatened to arrest and prosecute anyone, who partook in the protest."),
    entities=[("leader", "one of the leaders of the #RevolutionNow movement", "PERSON", [],
               "a leader of the #RevolutionNow protest movement"),
              ("odumosu", "Hakeem Odumosu", "PERSON",
               ["Odumosu", "the Lagos State Commissioner of Police, Hakeem Odumosu"], "Lagos State Commissioner of Police")],
    mentions=[("m1", "one of the leaders of the #RevolutionNow movement", "leader"),
              ("m2", "the Lagos State Commissioner of Police, Hakeem Odumosu", "odumosu"),
              ("m3", ("Odumosu", "Odumosu had earlier"), "odumosu")],
    attributions=[("a1", "INDIRECT", None, "charges",
                   "conduct likely to cause breach peace of peace and cause fear among the people", None),
                  ("a2", "INDIRECT", None, ("asked", "were asked to provide"),
                   "to provide a surety and sum of N50,000 as part of their bail bonds", None),
                  ("a3", "DIRECT", "m1", ("said", "movement said"),
                   seg(T, "Their bail was perfected", "Alausa Police Division,"), None),
                  ("a4", "INDIRECT", None, "gathered",
                   seg(T, "the Lagos State Commissioner of Police, Hakeem", "perpetual detention of the protesters"), None),
                  ("a5", "INDIRECT", "m3", "threatened", "to arrest and prosecute anyone, who partook in the protest", None)])

# ---------------------------------------------------------------------------------------
# PhoneWorld (Pakistan). The stored page has no headline (its address reads "has PTA ordered
# foreign member removal? authority clarifies details"), so the text starts with its lead. The
# stored page breaks off inside an "ALSO READ: ..." link after the seventh paragraph; the link is
# removed and, as the article may go on after it, the text is recorded as cut. Notes:
# - "clarified that a viral notification ..., instructing administrators to remove foreign
#   members ..., is entirely false": the notification's instruction is nested in the PTA's claim;
#   the notification is a document whose author is not named, so its own entity, and "The fake
#   notice" in the third paragraph is the same document. The participle "circulating on social
#   media" is left out of its source mention (like a relative clause).
# - "“...,” the statement read": the statement's author is named only in the previous sentence,
#   so "the statement" is its own entity (FORMAT.md, Documents).
# - Agentless "is advised to", "are urged to", "are encouraged to" are claims with a null source
#   (like "staff were told to stay home"), nested where they sit inside another claim.
#   "any suspicious messages claiming regulatory authority" is generic, not annotated.
# - "The fake notice claimed that ... and threatened unspecified penalties": two claims of the
#   notice (the second with the NP content).
# - "reiterated its stance on VPN usage in Pakistan, confirming that ...": two claims; the first
#   has the NP content of the stance (linking "on" left out, like "an update on whether").
# - "This incident serves as a reminder that ...": no speaker and no reporting verb; not a claim.
doc("phoneworld-pta-clarifies-foreign-member-removal-fake",
    url="https://www.phoneworld.com.pk/has-pta-ordered-foreign-member-removal-authority-clarifies-details/",
    outlet="PhoneWorld", country="Pakistan", topic="technology", cut=True, published="2025-12-03",
    text=(T := "The Pakistan Telecommunication Authority (PTA) has officially clarified that a viral notification about PTA foreign member removal circulating on social media, instructing administrators to remove foreign members from online groups, is entirely false.\n"
          "In a statement posted on its verified social media accounts on Tuesday, the PTA emphasized that no such directive has been issued. “The public is advised to refrain from sharing unverified information and to rely solely on PTA’s official channels for authentic updates,” the statement read.\n"
          "The fake notice claimed that administrators of social media groups operating in Pakistan must remove foreign members to safeguard “private data and information” and threatened unspecified penalties for non-compliance. Experts say such misinformation can create unnecessary panic and confusion among users.\n"
          "Interestingly, the PTA also reiterated its stance on VPN usage in Pakistan, confirming that virtual private networks will not be blocked, but users are urged to register their VPN services as per existing regulations.\n"
          "Cybersecurity analysts note that the rapid spread of such fake directives highlights a growing challenge in Pakistan: digital literacy and misinformation management. “Even seemingly harmless instructions can trigger mass behavior changes online if people do not verify sources,” said a local cybersecurity expert.\n"
          "The PTA’s move comes amid increasing scrutiny of online content and group activities, but authorities stress that official notifications are only valid when issued through PTA channels. Users are encouraged to report any suspicious messages claiming regulatory authority.\n"
          "This incident serves as a reminder that misinformation can spread faster than regulations, making public awareness campaigns crucial in the age of social media."),
    entities=[("pta", "The Pakistan Telecommunication Authority (PTA)", "ORGANIZATION",
               ["Pakistan Telecommunication Authority", "PTA", "the PTA"], "Pakistan's telecom regulator"),
              ("notice", "a viral notification about PTA foreign member removal", "ORGANIZATION",
               ["viral notification", "The fake notice"], "a fake notice circulating on social media"),
              ("statement", "the statement", "ORGANIZATION", [], "the PTA's statement on social media"),
              ("experts", "Experts", "GROUP", [], "unnamed experts"),
              ("analysts", "Cybersecurity analysts", "GROUP", [], "unnamed cybersecurity analysts"),
              ("expert", "a local cybersecurity expert", "PERSON", [], "unnamed cybersecurity expert"),
              ("authorities", "authorities", "GROUP", [], "unnamed authorities")],
    mentions=[("m1", "The Pakistan Telecommunication Authority (PTA)", "pta"),
              ("m2", "a viral notification about PTA foreign member removal", "notice"),
              ("m3", ("the PTA", "the PTA emphasized"), "pta"),
              ("m4", ("the statement", "the statement read"), "statement"),
              ("m5", "The fake notice", "notice"),
              ("m6", "Experts", "experts"),
              ("m7", ("the PTA", "the PTA also reiterated"), "pta"),
              ("m8", "Cybersecurity analysts", "analysts"),
              ("m9", "a local cybersecurity expert", "expert"),
              ("m10", ("authorities", "authorities stress"), "authorities")],
    attributions=[("a1", "INDIRECT", "m1", "clarified",
                   seg(T, "a viral notification about PTA", "is entirely false"), None),
                  ("a2", "INDIRECT", "m2", "instructing", "to remove foreign members from online groups", "a1"),
                  ("a3", "INDIRECT", "m3", "emphasized", "no such directive has been issued", None),
                  ("a4", "DIRECT", "m4", ("read", "statement read"), seg(T, "The public is advised", "for authentic updates,"), None),
                  ("a5", "INDIRECT", None, "advised",
                   "to refrain from sharing unverified information and to rely solely on PTA’s official channels for authentic updates", "a4"),
                  ("a6", "MIXED", "m5", ("claimed", "notice claimed"),
                   seg(T, "administrators of social media groups", "“private data and information”"), None),
                  ("a7", "INDIRECT", "m5", "threatened", "unspecified penalties for non-compliance", None),
                  ("a8", "INDIRECT", "m6", "say", "such misinformation can create unnecessary panic and confusion among users", None),
                  ("a9", "INDIRECT", "m7", "reiterated its stance", ("VPN usage in Pakistan", "stance on VPN"), None),
                  ("a10", "INDIRECT", "m7", "confirming",
                   "virtual private networks will not be blocked, but users are urged to register their VPN services as per existing regulations", None),
                  ("a11", "INDIRECT", None, "urged", "to register their VPN services as per existing regulations", "a10"),
                  ("a12", "INDIRECT", "m8", "note",
                   "the rapid spread of such fake directives highlights a growing challenge in Pakistan: digital literacy and misinformation management", None),
                  ("a13", "DIRECT", "m9", ("said", "said a local"),
                   "Even seemingly harmless instructions can trigger mass behavior changes online if people do not verify sources,", None),
                  ("a14", "INDIRECT", "m10", "stress", "official notifications are only valid when issued through PTA channels", None),
                  ("a15", "INDIRECT", None, "encouraged", "to report any suspicious messages claiming regulatory authority", None)])

# ---------------------------------------------------------------------------------------
# Malawi24 (Malawi). The photo caption "Polio Vaccination in Malawi" under the headline is
# removed. Notes:
# - "has called on parents and community leaders ... to take lead in ...": `called on X to Y`
#   keeps the addressee (seed a23/a24).
# - "Let me call upon the Traditional leaders to ..." inside the secretary's own quotation is his
#   own speech act, not split off (FORMAT.md: the speaker's attitude within their own report).
# - "said A, saying B" is two claims (seed a18/a19).
# - "In an interview with Malawi24": the outlet is a medium, not a source.
# - "Said Omol: “...”": an inverted reporting clause, DIRECT; "traditional and religious leaders
#   vowing to encourage ..." inside it is nested speech of the leaders.
# - "In his words, Village Headman Mbalame of the area promised ...": "In his words" is read as
#   the headman's own words (an adjunct of the report), so the headman is the source.
doc("malawi24-polio-vaccination-chiradzulu-chisamile",
    url="https://malawi24.com/2023/09/13/ministry-of-health-launches-second-round-of-polio-vaccination-in-chiradzulu/",
    outlet="Malawi24", country="Malawi", topic="health-science", cut=False, published="2023-09-13",
    text=(T := "Ministry of Health launches second round of polio vaccination in Chiradzulu\n"
          "Principal Secretary in the Ministry of Health, Bestone Chisamile, has called on parents and community leaders in the country to take lead in ensuring that under 15 children have vaccinated against polio.\n"
          "Chisamile was speaking on Tuesday in Chiradzulu when he graced the official launch of the 2023 round two vaccination campaign targeting over 3 million children.\n"
          "“Let me call upon the Traditional leaders to influence parents in making sure that their children are vaccinated against polio for this is a global disease and it has to come to an end through vaccine,” he said.\n"
          "“We intend to do the vaccine door to door, our health surveillance assistants will be visiting parents home, as we do not want to leave any child behind with this vaccine,” he added.\n"
          "Chisamile also said previous campaigns was only targeting under 5 children but now the campaign is targeting under 15 children, saying the targeted age has increased because Blantyre registered a polio case of a 14 year-old child.\n"
          "In an interview with Malawi24, UNICEF Country representative to Malawi Shadrack Omol said it is really important for parents to encourage their children to get vaccinated for they will remain protected forever from polio.\n"
          "Said Omol: “I’m happy to see traditional and religious leaders vowing to encourage their communities about the vaccine.”\n"
          "In his words, Village Headman Mbalame of the area promised to work together with the government in ensuring that children of his area are vaccinated."),
    entities=[("chisamile", "Bestone Chisamile", "PERSON",
               ["Chisamile", "Principal Secretary in the Ministry of Health, Bestone Chisamile"],
               "Principal Secretary in Malawi's Ministry of Health"),
              ("omol", "Shadrack Omol", "PERSON",
               ["Omol", "UNICEF Country representative to Malawi Shadrack Omol"], "UNICEF Country representative to Malawi"),
              ("leaders", "traditional and religious leaders", "GROUP", [], "traditional and religious leaders in Chiradzulu"),
              ("mbalame", "Mbalame", "PERSON", ["Village Headman Mbalame", "Village Headman Mbalame of the area"],
               "village headman in Chiradzulu")],
    mentions=[("m1", "Principal Secretary in the Ministry of Health, Bestone Chisamile", "chisamile"),
              ("m2", ("Chisamile", "Chisamile was speaking"), "chisamile"),
              ("m3", ("he", "through vaccine,” he said"), "chisamile"),
              ("m4", ("he", "he added"), "chisamile"),
              ("m5", ("Chisamile", "Chisamile also said"), "chisamile"),
              ("m6", "UNICEF Country representative to Malawi Shadrack Omol", "omol"),
              ("m7", ("Omol", "Said Omol"), "omol"),
              ("m8", "traditional and religious leaders", "leaders"),
              ("m9", "Village Headman Mbalame of the area", "mbalame")],
    attributions=[("a1", "INDIRECT", "m1", "called on",
                   seg(T, "parents and community leaders in the country", "vaccinated against polio"), None),
                  ("a2", "DIRECT", "m3", ("said", "through vaccine,” he said"),
                   seg(T, "Let me call upon", "come to an end through vaccine,"), None),
                  ("a3", "DIRECT", "m4", "added", seg(T, "We intend to do the vaccine", "any child behind with this vaccine,"), None),
                  ("a4", "INDIRECT", "m5", ("said", "Chisamile also said"),
                   "previous campaigns was only targeting under 5 children but now the campaign is targeting under 15 children", None),
                  ("a5", "INDIRECT", "m5", "saying",
                   "the targeted age has increased because Blantyre registered a polio case of a 14 year-old child", None),
                  ("a6", "INDIRECT", "m6", ("said", "Omol said"),
                   "it is really important for parents to encourage their children to get vaccinated for they will remain protected forever from polio", None),
                  ("a7", "DIRECT", "m7", "Said",
                   "I’m happy to see traditional and religious leaders vowing to encourage their communities about the vaccine.", None),
                  ("a8", "INDIRECT", "m8", "vowing", "to encourage their communities about the vaccine", "a7"),
                  ("a9", "INDIRECT", "m9", "promised",
                   "to work together with the government in ensuring that children of his area are vaccinated", None)])

# ---------------------------------------------------------------------------------------
# Arab Times (Kuwait). The page counter ("This news has been read 5544 times!") and the photo
# caption (printed twice) are removed. The stored page breaks off inside the fifth paragraph
# ("... use diesel who"); the text is cut before it, so the MP of the headline is not reached.
# Notes:
# - The headline holds two claims: "Citizens, expats express anger over skyrocketing prices"
#   (evaluative reporting with an NP content, linking "over" left out) and the colon headline
#   "Residency traders roaming freely: MP" (null cue, the name after the colon as source).
#   "Citizens, expats" and "Several citizens and expatriates" are one collective (one GROUP);
#   "Another citizen, Mahmoud Al-Onaizi" is a member of it and so a separate entity.
# - "expressed displeasure over X, saying Y": two claims of the group (seed a18/a19); "He
#   disclosed A, indicating B" likewise.
# - "According to a Kuwaiti man known as Bu Nasser, ...": "known as Bu Nasser" names him and
#   stays in the source mention.
# - "attributed this to X" and "compared the situation to an adage, “...”": evaluative reporting
#   whose content keeps both objects, as `described X as Y` does; the second is MIXED for the
#   quoted adage.
doc("arabtimes-kuwait-citizens-expats-anger-skyrocketing-prices",
    url="https://www.arabtimesonline.com/news/citizens-expats-express-anger-skyrocketing-prices-residency-traders-roaming-freely-mp/",
    outlet="Arab Times", country="Kuwait", topic="business", cut=True,
    text=(T := "Citizens, expats express anger over skyrocketing prices – Residency traders roaming freely: MP\n"
          "KUWAIT CITY, Sept 4: Several citizens and expatriates have expressed displeasure over the skyrocketing prices of commodities after the recent hike in fuel prices, saying traders are transferring financial burdens on consumers, and foodstuff traders in particular, are exploiting the opportunity to reap more profits. According to a Kuwaiti man known as Bu Nasser, the prices of food items increased beyond the ceiling immediately after the fuel price hike. He said this situation is an added pressure on poor citizens and low income earners. He disclosed a kilogram of Australian meat now sells for KD 2.500 to KD 3.250, indicating the same happened to the prices of many other food items.\n"
          "Another citizen, Mahmoud Al-Onaizi, attributed this to the lack of market monitoring which encourages traders to increase prices whimsically. He compared the situation to an adage, “He who is immune to punishment misbehaves”.\n"
          "Also, Bakary Bushra said a kilogram of African orange was sold for 320 fils before the fuel price hike but it now sells for 400 fils. He reiterated the prices of other food items soared after the implementation of the decision to increase the prices of fuel."),
    entities=[("public", "Citizens, expats", "GROUP", ["Several citizens and expatriates"],
               "citizens and expatriates in Kuwait"),
              ("mp", "MP", "PERSON", [], "a Kuwaiti member of parliament"),
              ("bunasser", "Bu Nasser", "PERSON", ["a Kuwaiti man known as Bu Nasser"], "Kuwaiti citizen"),
              ("onaizi", "Mahmoud Al-Onaizi", "PERSON", ["Al-Onaizi", "Another citizen, Mahmoud Al-Onaizi"], "Kuwaiti citizen"),
              ("bushra", "Bakary Bushra", "PERSON", ["Bushra"], "resident of Kuwait")],
    mentions=[("m1", "Citizens, expats", "public"),
              ("m2", "MP", "mp"),
              ("m3", "Several citizens and expatriates", "public"),
              ("m4", "a Kuwaiti man known as Bu Nasser", "bunasser"),
              ("m5", ("He", "He said this"), "bunasser"),
              ("m6", ("He", "He disclosed"), "bunasser"),
              ("m7", "Another citizen, Mahmoud Al-Onaizi", "onaizi"),
              ("m8", ("He", "He compared"), "onaizi"),
              ("m9", "Bakary Bushra", "bushra"),
              ("m10", ("He", "He reiterated"), "bushra")],
    attributions=[("a1", "INDIRECT", "m1", "express anger", ("skyrocketing prices", "over skyrocketing prices"), None),
                  ("a2", "INDIRECT", "m2", None, "Residency traders roaming freely", None),
                  ("a3", "INDIRECT", "m3", "expressed displeasure",
                   "the skyrocketing prices of commodities after the recent hike in fuel prices", None),
                  ("a4", "INDIRECT", "m3", "saying", seg(T, "traders are transferring", "to reap more profits"), None),
                  ("a5", "INDIRECT", "m4", "According to",
                   "the prices of food items increased beyond the ceiling immediately after the fuel price hike", None),
                  ("a6", "INDIRECT", "m5", ("said", "He said this"),
                   "this situation is an added pressure on poor citizens and low income earners", None),
                  ("a7", "INDIRECT", "m6", "disclosed", "a kilogram of Australian meat now sells for KD 2.500 to KD 3.250", None),
                  ("a8", "INDIRECT", "m6", "indicating", "the same happened to the prices of many other food items", None),
                  ("a9", "INDIRECT", "m7", "attributed",
                   "this to the lack of market monitoring which encourages traders to increase prices whimsically", None),
                  ("a10", "MIXED", "m8", "compared",
                   "the situation to an adage, “He who is immune to punishment misbehaves”", None),
                  ("a11", "INDIRECT", "m9", ("said", "Bushra said"),
                   "a kilogram of African orange was sold for 320 fils before the fuel price hike but it now sells for 400 fils", None),
                  ("a12", "INDIRECT", "m10", "reiterated",
                   "the prices of other food items soared after the implementation of the decision to increase the prices of fuel", None)])

write("train_bm.jsonl")
