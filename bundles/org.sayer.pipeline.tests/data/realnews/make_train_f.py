#!/usr/bin/env python3
"""Writes train_f.jsonl: real-news gold, split train-f (see gold.py). Run: python3 make_train_f.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
doc("limerickpost-clonmacken-housing",
    url="https://www.limerickpost.ie/2018/09/20/housing-crisis-reminder-for-fianna-fail-councillors/",
    outlet="Limerick Post", country="Ireland", topic="local", cut=True,
    published="2018-09-20",
    text=(T := "Housing crisis reminder for Fianna Fáil councillors\n"
          "LIMERICK’S six Fianna Fáil Metropolitan area councillors were reminded this week that the city is in the middle of a housing crisis after they rejected plans to build 43 homes for families in Clonmacken.\n"
          "Independent councillor John Gilligan asked if he was in a “parallel universe” at Monday’s Metropolitan District meeting when he took aim at the Fianna Fáil councillors after they backed a proposal from Cllr Vivienne Crowley to reject plans for 43 social housing units on the Condell Road.\n"
          "“You either vote for it or vote against it,” Cllr Gilligan pointed out.\n"
          "“Part of our duty is to provide housing, that’s what we are here for. All Fianna Fáil is doing is what Willie O’Dea tells them to do. This is not an apartheid – you can have houses, but you can’t have them here!\n"
          "“The people I am dealing with are practically suicidal as a result of the housing crisis; people are couch-surfing and living in bathtubs”.\n"
          "Cllr Gilligan then went on to propose amendments to the plan which included removing 4-bedroom houses from the development and replacing them with 3-beds to reduce density, reviewing the entrance and preparing a traffic plan.\n"
          "When Mayor Collins asked the logic of removing 4-bedroom houses to replace them with 3-bed houses, Cllr Gilligan replied: “I already explained that. Why don’t you ask Willie to explain it to you.”\n"
          "Mayor Collins argued that the Clonmacken site was isolated with no services and felt residents would be more open to a mixed development including social and affordable housing.\n"
          "Fianna Fail councillor and former Mayor Kieran O’Hanlon said he was in favour of “social integration, not social segregation”.\n"
          "He claimed the Clonmacken development was an example of bad planning which came as a result of a “knee-jerk reaction” to the housing crisis."),
    entities=[("gilligan", "John Gilligan", "PERSON", ["Gilligan", "Cllr Gilligan"], "Independent councillor"),
              ("crowley", "Vivienne Crowley", "PERSON", ["Cllr Vivienne Crowley"], "councillor"),
              ("collins", "Collins", "PERSON", ["Mayor Collins"], "Mayor"),
              ("ohanlon", "Kieran O’Hanlon", "PERSON", ["O’Hanlon"], "Fianna Fail councillor and former Mayor")],
    mentions=[("m1", "Independent councillor John Gilligan", "gilligan"),
              ("m2", "Cllr Vivienne Crowley", "crowley"),
              ("m3", ("Cllr Gilligan", "Cllr Gilligan pointed"), "gilligan"),
              ("m4", ("Cllr Gilligan", "Cllr Gilligan then"), "gilligan"),
              ("m5", ("Mayor Collins", "When Mayor Collins"), "collins"),
              ("m6", ("Cllr Gilligan", "Cllr Gilligan replied"), "gilligan"),
              ("m7", ("Mayor Collins", "Mayor Collins argued"), "collins"),
              ("m8", "Fianna Fail councillor and former Mayor Kieran O’Hanlon", "ohanlon"),
              ("m9", ("He", "He claimed"), "ohanlon")],
    attributions=[("a1", "INDIRECT", None, "reminded", "the city is in the middle of a housing crisis", None),
                  ("a2", "MIXED", "m1", ("asked", "Gilligan asked"), "if he was in a “parallel universe”", None),
                  ("a3", "INDIRECT", "m2", "proposal", "to reject plans for 43 social housing units on the Condell Road", None),
                  ("a4", "DIRECT", "m3", "pointed out", "You either vote for it or vote against it,", None),
                  ("a5", "DIRECT", "m3", None, seg(T, "Part of our duty", "living in bathtubs"), None),
                  ("a6", "INDIRECT", "m4", ("propose", "to propose"), seg(T, "amendments to the plan", "a traffic plan"), None),
                  ("a7", "INDIRECT", "m5", ("asked", "Collins asked"), "the logic of removing 4-bedroom houses to replace them with 3-bed houses", None),
                  ("a8", "DIRECT", "m6", "replied", "I already explained that. Why don’t you ask Willie to explain it to you.", None),
                  ("a9", "INDIRECT", "m7", "argued", "the Clonmacken site was isolated with no services", None),
                  ("a10", "INDIRECT", "m7", "felt", "residents would be more open to a mixed development including social and affordable housing", None),
                  ("a11", "MIXED", "m8", ("said", "O’Hanlon said"), "he was in favour of “social integration, not social segregation”", None),
                  ("a12", "MIXED", "m9", "claimed", "the Clonmacken development was an example of bad planning which came as a result of a “knee-jerk reaction” to the housing crisis", None)])

# ---------------------------------------------------------------------------------------
doc("radioislam-covid-alert-app",
    url="https://www.radioislam.org.za/a/listen-is-the-covid-alert-sa-app-safe-should-you-download-it/",
    outlet="Radio Islam", country="South Africa", topic="technology", cut=True,
    published="2020-09-25",
    text=(T := "[LISTEN] Is the Covid-Alert SA App Safe & Should You Download it?\n"
          "NGO Right2Know says if the Health Departments new COVID-19 app is using Bluetooth technology, there is a possibility it could be gathering users personal data or information.\n"
          "According to government, the recently launched Covid Alert SA app will help in finding people who may have been exposed to the Coronavirus.\n"
          "President Cyril Ramaphosa last week told the nation to use the app.\n"
          "According to details available on the app, it is built on Apple and Google’s exposure notification framework and “has been designed to protect your identity and security”.\n"
          "However, it has emerged that the app is allegedly another way of spying on South Africans.\n"
          "Speaking to Radio Islam, Right2Know’s Thami Nkosi says South Africans may not yet have the “full picture” of the Covid Alert SA app.\n"
          "“The Jury stands out and there are a couple of experts that have been looking to that operation to give us a sense of whether this is safe to use or not. But what we are told is that it uses Bluetooth and it’s safe to use therefore it’s not going be actually collecting peoples movements and other things. But, the experience we have globally with the use of this app during this pandemic, is that it hasn’t worked elsewhere and the question is why are we using it now?”\n"
          "Nkosi says anything that exposes users smartphones to generate any form of information becomes vulnerable to being intercepted by hackers or criminals."),
    entities=[("right2know", "Right2Know", "ORGANIZATION", ["NGO Right2Know"], "NGO"),
              ("government", "government", "ORGANIZATION", []),
              ("ramaphosa", "Cyril Ramaphosa", "PERSON", ["President Cyril Ramaphosa"], "President"),
              ("details", "details available on the app", "GROUP", []),
              ("nkosi", "Thami Nkosi", "PERSON", ["Nkosi"], "Right2Know")],
    mentions=[("m1", "NGO Right2Know", "right2know"),
              ("m2", ("government", "According to government"), "government"),
              ("m3", "President Cyril Ramaphosa", "ramaphosa"),
              ("m4", "details available on the app", "details"),
              ("m5", "Right2Know’s Thami Nkosi", "nkosi"),
              ("m6", ("Nkosi", "\nNkosi says"), "nkosi")],
    attributions=[("a1", "INDIRECT", "m1", ("says", "Right2Know says"), "if the Health Departments new COVID-19 app is using Bluetooth technology, there is a possibility it could be gathering users personal data or information", None),
                  ("a2", "INDIRECT", "m2", ("According to", "According to government"), "the recently launched Covid Alert SA app will help in finding people who may have been exposed to the Coronavirus", None),
                  ("a3", "INDIRECT", "m3", ("told", "week told"), "to use the app", None),
                  ("a4", "MIXED", "m4", ("According to", "According to details"), "it is built on Apple and Google’s exposure notification framework and “has been designed to protect your identity and security”", None),
                  ("a5", "INDIRECT", None, "emerged", "the app is allegedly another way of spying on South Africans", None),
                  ("a6", "MIXED", "m5", ("says", "Nkosi says South"), "South Africans may not yet have the “full picture” of the Covid Alert SA app", None),
                  ("a7", "DIRECT", "m5", None, seg(T, "The Jury stands out", "using it now?"), None),
                  ("a8", "INDIRECT", None, ("told", "we are told"), "it uses Bluetooth and it’s safe to use therefore it’s not going be actually collecting peoples movements and other things", "a7"),
                  ("a9", "INDIRECT", "m6", ("says", "\nNkosi says"), "anything that exposes users smartphones to generate any form of information becomes vulnerable to being intercepted by hackers or criminals", None)])

# ---------------------------------------------------------------------------------------
doc("rediff-kohli-best-series-win",
    url="https://m.rediff.com/cricket/report/its-been-unbelievable-this-is-our-best-series-win-so-far-india-australia/20170328.htm",
    outlet="Rediff.com", country="India", topic="sport", cut=True,
    published="2017-03-28",
    text=(T := "'It's been unbelievable. This is our best series win so far'\n"
          "'Regardless of whether we are on top or not, we speak, if something pokes us we speak and give it right back.'\n"
          "India captain Virat Kohli on Tuesday described the 2-1 triumph over Australia as his side's best series win so far, saying his highly motivated team mates give it right back when poked.\n"
          "\"Regardless of whether we are on top or not, we speak, if something pokes us we speak and give it right back. All people don't digest it well but we take it very well and we give it back even better,\" Kohli told Star Sports after the fourth Test in Dharamsala on Tuesday, which he missed owing to a shoulder injury.\n"
          "The feisty batsman was in the Australian media's line of fire after stopping just short of calling rival captain Steve Smith a cheat for his infamous DRS controversy during the second Test. Brushing the criticism aside, Kohli said he hardly cares for what was spoken or written about him Down Under.\n"
          "\"Some people want to create some spice sitting at some part of the world. They don't confront such situations themselves. The easiest thing to do is to just sit at home and write a blog or speak on mic but to go out there and bowl and bat is different,\" he said.\n"
          "Kohli said he was thoroughly enjoying the responsibility of leading a motivated side."),
    entities=[("kohli", "Virat Kohli", "PERSON", ["Kohli", "India captain Virat Kohli", "the feisty batsman"], "India captain")],
    mentions=[("m1", "India captain Virat Kohli", "kohli"),
              ("m2", ("Kohli", "Kohli told"), "kohli"),
              ("m3", "The feisty batsman", "kohli"),
              ("m4", ("Kohli", "Kohli said he hardly"), "kohli"),
              ("m5", ("he", "he said."), "kohli"),
              ("m6", ("Kohli", "Kohli said he was"), "kohli")],
    attributions=[("a1", "DIRECT", None, None, "It's been unbelievable. This is our best series win so far", None),
                  ("a2", "DIRECT", None, None, ("Regardless of whether we are on top or not, we speak, if something pokes us we speak and give it right back.", "'Regardless"), None),
                  ("a3", "INDIRECT", "m1", "described", "the 2-1 triumph over Australia as his side's best series win so far", None),
                  ("a4", "INDIRECT", "m1", "saying", "his highly motivated team mates give it right back when poked", None),
                  ("a5", "DIRECT", "m2", ("told", "Kohli told"), seg(T, "Regardless of whether", "even better,", "\"Regardless"), None),
                  ("a6", "INDIRECT", "m4", ("said", "Kohli said he hardly"), "he hardly cares for what was spoken or written about him Down Under", None),
                  ("a7", "DIRECT", "m5", ("said", "he said."), seg(T, "Some people want", "is different,"), None),
                  ("a8", "INDIRECT", "m6", ("said", "Kohli said he was"), "he was thoroughly enjoying the responsibility of leading a motivated side", None)])

# ---------------------------------------------------------------------------------------
doc("iol-pitch-black-afro-confession",
    url="https://www.iol.co.za/the-star/news/court-hears-how-murder-accused-pitch-black-afros-conscience-made-him-confess-44079188",
    outlet="The Star (IOL)", country="South Africa", topic="courts-crime", cut=True,
    published="2020-03-04",
    text=(T := "Court hears how murder accused Pitch Black Afro's conscience made him confess\n"
          "Johannesburg - A magistrate has testified at the high court in Joburg that rapper Thulani Ngcobo, aka Pitch Black Afro, insisted on making a confession to him in his chambers that he allegedly killed his wife. Mohammed Jajbhay, a magistrate at the Johannesburg Magistrate’s Court, testified on Tuesday that Ngcobo told him he wanted to repeat a statement he had already made before Yeoville police “because of my conscience and I want to do right by my wife”. The Soweto-born hitmaker was in the dock facing accusations that he beat his wife, Catherine Modisane, to death at a B&B in Yeoville on December 31, 2018. A post-mortem concluded that Modisane succumbed to severe head injuries inflicted with a blunt object. Ngcobo also faced a charge of defeating the ends of justice.\n"
          "The rapper, who was denied bail, pleaded not guilty to the charges.\n"
          "His apparent confession to the murder was the subject of a trial within a trial. The accused wanted the confession to be ruled inadmissible, arguing that he was coerced by police to make it.\n"
          "Defence lawyer Rian Greyling submitted that prior to being taken to Jajbhay’s office, Ngcobo was coerced by six police officers to make the confession.\n"
          "Greyling submitted that one officer stepped on Ngcobo’s hands while they were handcuffed on the back of the chair, and another threatened to not give him back documents he needed to sign for a funeral insurance and also told him he was a murderer.\n"
          "“Police told the accused he must indicate that he assaulted the deceased and that his conscience is bothering him,” said Greyling.\n"
          "However, the State argued that Ngcobo decided on his own volition to confess before Jajbhay.\n"
          "A ruling by the court that Ngcobo’s confession was admissible would strengthen the State’s case against him."),
    entities=[("jajbhay", "Mohammed Jajbhay", "PERSON", ["Jajbhay", "a magistrate"], "magistrate at the Johannesburg Magistrate’s Court"),
              ("ngcobo", "Thulani Ngcobo", "PERSON", ["Ngcobo", "Pitch Black Afro", "the rapper", "the accused", "the Soweto-born hitmaker"], "rapper, murder accused"),
              ("postmortem", "a post-mortem", "ORGANIZATION", []),
              ("greyling", "Rian Greyling", "PERSON", ["Greyling"], "defence lawyer"),
              ("officer", "another officer", "PERSON", []),
              ("police", "police", "GROUP", ["Yeoville police", "six police officers"]),
              ("state", "the State", "ORGANIZATION", [], "prosecution")],
    mentions=[("m1", "A magistrate", "jajbhay"),
              ("m2", "rapper Thulani Ngcobo, aka Pitch Black Afro", "ngcobo"),
              ("m3", "Mohammed Jajbhay, a magistrate at the Johannesburg Magistrate’s Court", "jajbhay"),
              ("m4", ("Ngcobo", "Ngcobo told him"), "ngcobo"),
              ("m5", "Yeoville police", "police"),
              ("m6", "The Soweto-born hitmaker", "ngcobo"),
              ("m7", "A post-mortem", "postmortem"),
              ("m8", ("Ngcobo", "Ngcobo also"), "ngcobo"),
              ("m9", "The rapper", "ngcobo"),
              ("m10", "The accused", "ngcobo"),
              ("m11", ("police", "coerced by police"), "police"),
              ("m12", "Defence lawyer Rian Greyling", "greyling"),
              ("m13", ("Ngcobo", "Ngcobo was coerced"), "ngcobo"),
              ("m14", "six police officers", "police"),
              ("m15", ("Greyling", "\nGreyling submitted"), "greyling"),
              ("m16", ("another", "another threatened"), "officer"),
              ("m17", ("Police", "“Police told"), "police"),
              ("m18", ("the accused", "told the accused"), "ngcobo"),
              ("m19", ("Greyling", "said Greyling"), "greyling"),
              ("m20", ("the State", "the State argued"), "state"),
              ("m21", ("Ngcobo", "Ngcobo decided"), "ngcobo"),
              ("m22", ("Jajbhay", "before Jajbhay."), "jajbhay")],
    attributions=[("a1", "INDIRECT", None, "hears", "how murder accused Pitch Black Afro's conscience made him confess", None),
                  ("a2", "INDIRECT", "m1", ("testified", "has testified"), "rapper Thulani Ngcobo, aka Pitch Black Afro, insisted on making a confession to him in his chambers that he allegedly killed his wife", None),
                  ("a3", "INDIRECT", "m2", ("confession", "a confession to him"), "he allegedly killed his wife", "a2"),
                  ("a4", "MIXED", "m3", ("testified", "testified on Tuesday"), "Ngcobo told him he wanted to repeat a statement he had already made before Yeoville police “because of my conscience and I want to do right by my wife”", None),
                  ("a5", "MIXED", "m4", ("told", "Ngcobo told him"), "he wanted to repeat a statement he had already made before Yeoville police “because of my conscience and I want to do right by my wife”", "a4"),
                  ("a6", "INDIRECT", None, "accusations", "he beat his wife, Catherine Modisane, to death at a B&B in Yeoville on December 31, 2018", None),
                  ("a7", "INDIRECT", "m7", "concluded", "Modisane succumbed to severe head injuries inflicted with a blunt object", None),
                  ("a8", "INDIRECT", "m10", ("wanted", "accused wanted"), "the confession to be ruled inadmissible", None),
                  ("a9", "INDIRECT", "m10", "arguing", "he was coerced by police to make it", None),
                  ("a10", "INDIRECT", "m12", ("submitted", "Greyling submitted that prior"), "prior to being taken to Jajbhay’s office, Ngcobo was coerced by six police officers to make the confession", None),
                  ("a11", "INDIRECT", "m15", ("submitted", "\nGreyling submitted"), seg(T, "one officer stepped", "he was a murderer"), None),
                  ("a12", "INDIRECT", "m16", "threatened", "to not give him back documents he needed to sign for a funeral insurance", "a11"),
                  ("a13", "INDIRECT", "m16", ("told", "also told him"), "he was a murderer", "a11"),
                  ("a14", "DIRECT", "m19", ("said", "said Greyling"), "Police told the accused he must indicate that he assaulted the deceased and that his conscience is bothering him,", None),
                  ("a15", "INDIRECT", "m17", ("told", "Police told"), "he must indicate that he assaulted the deceased and that his conscience is bothering him", "a14"),
                  ("a16", "INDIRECT", "m20", "argued", "Ngcobo decided on his own volition to confess before Jajbhay", None)])

# ---------------------------------------------------------------------------------------
doc("theindependent-pm-lee-rules-of-prudence",
    url="https://theindependent.sg/pm-lee-pap-mps-must-expect-sharper-questioning-and-debate-with-more-opposition-mps/",
    outlet="The Independent Singapore", country="Singapore", topic="politics", cut=True,
    text=(T := "PM Lee: PAP MPs must expect sharper questioning and debate with more opposition MPs\n"
          "Singapore — Prime Minister Lee Hsien Loong on Saturday (Aug 1) said that People’s Action Party (PAP) Members of Parliament (MPs) must expect sharper questioning and debate in Parliament now that there are more opposition MPs and a Leader of the Opposition.\n"
          "This was mentioned in a letter on Rules of Prudence which is traditionally released by the Prime Minister to PAP MPs after every general election.\n"
          "The recent General Election sent to Parliament 10 MPs from the Workers’ Party (WP) and two Non-Constituency MPs (NCMPs) from the Progress Singapore Party. It will also have its first Leader of the Opposition in WP Secretary-General Pritam Singh.\n"
          "Mr Lee said: “PAP MPs should express their views frankly, whether for or against Government policies. During debates, speak freely and with conviction. Press your points vigorously, and do not shy away from robust exchange.”\n"
          "He said PAP MPs should be prepared to engage the opposition, to clarify their interventions and scrutinise their ideas. “However, please exercise judgment when putting your points across, and do not get carried away playing to the gallery.”\n"
          "He added: “Bring out questions and issues that Singaporeans and your constituents have concerns about, and grapevine talk for the Government to address, but avoid unwittingly lending credence to baseless gossip.”\n"
          "Mr Lee said that, “over time, the public will see that PAP backbenchers are as effective as opposition MPs, if not better, at holding ministers to account, getting issues fully debated, and influencing policies for the better”.\n"
          "The Use of Social Media\n"
          "The Rules of Prudence also referred to social media. MPs were told that they could use it to let the public know about their work or to get to know their views better."),
    entities=[("lee", "Lee Hsien Loong", "PERSON", ["PM Lee", "Mr Lee", "Prime Minister Lee Hsien Loong", "the Prime Minister"], "Prime Minister of Singapore"),
              ("rules", "the Rules of Prudence", "ORGANIZATION", [], "letter from the Prime Minister to PAP MPs")],
    mentions=[("m1", "PM Lee", "lee"),
              ("m2", "Prime Minister Lee Hsien Loong", "lee"),
              ("m3", "the Prime Minister", "lee"),
              ("m4", ("Mr Lee", "Mr Lee said:"), "lee"),
              ("m5", ("He", "He said PAP"), "lee"),
              ("m6", ("He", "He added"), "lee"),
              ("m7", ("Mr Lee", "Mr Lee said that"), "lee"),
              ("m8", "The Rules of Prudence", "rules")],
    attributions=[("a1", "INDIRECT", "m1", None, ("PAP MPs must expect sharper questioning and debate with more opposition MPs", "PM Lee:"), None),
                  ("a2", "INDIRECT", "m2", ("said", "Aug 1) said"), "People’s Action Party (PAP) Members of Parliament (MPs) must expect sharper questioning and debate in Parliament now that there are more opposition MPs and a Leader of the Opposition", None),
                  ("a3", "DIRECT", "m4", ("said", "Mr Lee said:"), seg(T, "PAP MPs should express", "robust exchange."), None),
                  ("a4", "INDIRECT", "m5", ("said", "He said PAP"), "PAP MPs should be prepared to engage the opposition, to clarify their interventions and scrutinise their ideas", None),
                  ("a5", "DIRECT", "m5", None, "However, please exercise judgment when putting your points across, and do not get carried away playing to the gallery.", None),
                  ("a6", "DIRECT", "m6", "added", seg(T, "Bring out questions", "baseless gossip."), None),
                  ("a7", "DIRECT", "m7", ("said", "Mr Lee said that"), seg(T, "over time, the public", "for the better"), None),
                  ("a8", "INDIRECT", "m8", "referred to", "social media", None),
                  ("a9", "INDIRECT", None, ("told", "were told"), "they could use it to let the public know about their work or to get to know their views better", None)])

# ---------------------------------------------------------------------------------------
doc("miningweekly-zwane-retrenchments",
    url="http://www.miningweekly.com/print-version/zwane-expresses-concern-over-proposed-mining-retrenchments-2017-08-04",
    outlet="Mining Weekly", country="South Africa", topic="business", cut=True,
    published="2017-08-04",
    text=(T := "Zwane expresses concern over proposed mining retrenchments\n"
          "JOHANNESBURG (miningweekly.com) – The South African government is concerned about the various retrenchment announcements issued by mining companies in recent weeks, says Mineral Resources Minister Mosebenzi Zwane.\n"
          "“We continue to urge all stakeholders to be more responsible in how these planned retrenchments are announced, as they impact on thousands of lives and livelihoods,\" he noted in a statement issued on Friday.\n"
          "Zwane met with JSE- and NYSE-listed Sibanye CEO Neal Froneman and other company executives on Friday, after the precious metals miner on Thursday announced it may cut as many as 7 400 jobs as part of restructuring at its Beatrix West and Cooke gold operations.\n"
          "Sibanye will enter into consultation with relevant stakeholders in terms of Section 189A of the Labour Relations Act (LRA) regarding the restructuring of these operations, Mining Weekly Online reported.\n"
          "Friday’s meeting forms part of the Minister’s programme of engaging with mining right holders and other key stakeholders in the industry.\n"
          "Zwane underscored the Stakeholder Declaration, which was signed by stakeholders on August 31, 2015, stressing that, in terms of the declaration, “retrenchments are [done] only as a last resort, after all other options outlined in the declaration have been exhausted”.\n"
          "He noted that, in this regard, the Minerals and Petroleum Board – appointed by the Minister in terms of Section 57 of the Act – is in the process of appointing independent experts to assess the orebodies at affected operations to ensure the sterilisation of minerals is avoided."),
    entities=[("zwane", "Mosebenzi Zwane", "PERSON", ["Zwane", "Mineral Resources Minister Mosebenzi Zwane", "the Minister"], "Mineral Resources Minister"),
              ("sibanye", "Sibanye", "ORGANIZATION", ["the precious metals miner"], "gold miner"),
              ("mwo", "Mining Weekly Online", "ORGANIZATION", [])],
    mentions=[("m1", ("Zwane", "Zwane expresses"), "zwane"),
              ("m2", "Mineral Resources Minister Mosebenzi Zwane", "zwane"),
              ("m3", ("he", "he noted"), "zwane"),
              ("m4", ("Zwane", "Zwane met"), "zwane"),
              ("m5", "the precious metals miner", "sibanye"),
              ("m6", ("Sibanye", "Sibanye will"), "sibanye"),
              ("m7", "Mining Weekly Online", "mwo"),
              ("m8", ("Zwane", "Zwane underscored"), "zwane"),
              ("m9", ("He", "He noted"), "zwane"),
              ("m10", ("the Minister", "by the Minister"), "zwane")],
    attributions=[("a1", "INDIRECT", "m1", "expresses concern", "proposed mining retrenchments", None),
                  ("a2", "INDIRECT", "m2", "says", "The South African government is concerned about the various retrenchment announcements issued by mining companies in recent weeks", None),
                  ("a3", "DIRECT", "m3", ("noted", "he noted"), seg(T, "We continue to urge", "lives and livelihoods,"), None),
                  ("a4", "INDIRECT", "m5", ("announced", "Thursday announced"), "it may cut as many as 7 400 jobs as part of restructuring at its Beatrix West and Cooke gold operations", None),
                  ("a5", "INDIRECT", "m7", "reported", "Sibanye will enter into consultation with relevant stakeholders in terms of Section 189A of the Labour Relations Act (LRA) regarding the restructuring of these operations", None),
                  ("a6", "INDIRECT", "m8", "underscored", "the Stakeholder Declaration, which was signed by stakeholders on August 31, 2015", None),
                  ("a7", "MIXED", "m8", "stressing", "in terms of the declaration, “retrenchments are [done] only as a last resort, after all other options outlined in the declaration have been exhausted”", None),
                  ("a8", "INDIRECT", "m9", ("noted", "He noted"), seg(T, "in this regard, the Minerals", "minerals is avoided"), None)])

write("train_f.jsonl")
