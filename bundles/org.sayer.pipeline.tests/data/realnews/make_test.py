#!/usr/bin/env python3
"""Writes test.jsonl: real-news gold, split test (see gold.py). Run: python3 make_test.py"""
from gold import doc, write

doc("insurancenews-amp-profit-forecast",
    url="https://insurancenews.com.au/corporate/amp-profit-forecast-goes-down-in-coincidence",
    outlet="insuranceNEWS.com.au", country="Australia", topic="business", cut=False,
    text=("AMP profit forecast goes down in \u2018coincidence\u2019\n"
          "Oops! AMP shares took a dive on Friday thanks to analysts rewriting their assessments of the company\u2019s profitability. CEO Paul Batchelor is understood to be less than pleased with what his spokesmen have described as a coincidence. The company finished last week saying that no \u201cnew information\u201d was given to the analysts during face-to-face briefings.\n"
          "So what information were the analysts given by investor relations executive Kate Macintosh that might enable them to warn their top clients that AMP\u2019s first-half profits have gone south? These briefings aren\u2019t usually closed-door affairs, and plenty of compliance, finance and legal experts normally sit in to make the occasion a very carefully controlled event.\n"
          "Analysts contacted today by InsNet News were circumspect about what may have been said. \u201cBody language\u201d has been suggested by several. \u201cIt wouldn\u2019t have been direct statements,\u201d one analyst said. \u201cIt\u2019s the way these things are said is important.\u201d\n"
          "It must have been. Six major stockbroking companies published less favourable analyses of AMP\u2019s first-half performance after the briefings. So certainly the message was clear: AMP was uncomfortable with the bullish approach being taken over its performance by some analysts and decided to hose them down.\n"
          "Significantly, the reasons the analysts gave for their backtracking weren\u2019t all the same. Forecasts for the first-half result now range from $389 million to $449."),
    entities=[("amp", "AMP", "ORGANIZATION", ["The company"]),
              ("spokesmen", "his spokesmen", "GROUP", ["spokesmen"]),
              ("several", "several", "GROUP", []),
              ("analyst", "one analyst", "PERSON", [])],
    mentions=[("m1", "his spokesmen", "spokesmen"),
              ("m2", "The company", "amp"),
              ("m3", "several", "several"),
              ("m4", "one analyst", "analyst"),
              ("m5", ("AMP", "clear: AMP"), "amp")],
    attributions=[("a1", "INDIRECT", None, "understood", "to be less than pleased with what his spokesmen have described as a coincidence", None),
                  ("a2", "INDIRECT", "m1", "described", "a coincidence", "a1"),
                  ("a3", "MIXED", "m2", "saying", "no \u201cnew information\u201d was given to the analysts during face-to-face briefings", None),
                  ("a4", "DIRECT", "m3", "suggested", "Body language", None),
                  ("a5", "DIRECT", "m4", ("said", "one analyst said"), "It wouldn\u2019t have been direct statements,", None),
                  ("a6", "DIRECT", "m4", None, "It\u2019s the way these things are said is important.", None)])

doc("sport24-coetzee-no-excuses",
    url="http://www.sport24.co.za/Rugby/Springboks/coetzee-we-were-poor-no-excuses-20160611",
    outlet="Sport24", country="South Africa", topic="sport", cut=True, published="2016-06-11",
    text=("Coetzee: We were poor ... no excuses\n"
          "Cape Town - Allister Coetzee's first game in charge of the Springboks could not have gone much worse.\n"
          "Not only did Coetzee guide South Africa to their first ever defeat against Ireland on home soil, but he had to watch on as the Boks spent the majority of the match playing against 14 men.\n"
          "There was even a 10 minute period at the end of the first half where the visitors were down to 13 men, and in total Ireland played close to an hour of rugby with a numerical disadvantage following CJ Stander's straight red for his hit on Pat Lambie.\n"
          "It was not the start to the new Springbok era that passionate South Africans would have wanted, and Coetzee was made to explain it all at his post-match press conference.\n"
          "\"Very disappointed in both the performance and the result. It is hurting \u2026 it\u2019s not the ideal start,\" he said.\n"
          "\"As a collective we take full responsibility \u2026 we have disappointed ourselves.\n"
          "\"I have to give credit to the Irish. I think with 14 men they were outstanding.\n"
          "\"We were poor \u2026 there are no excuses.\n"
          "\"We've got to fix it and come back into this series. We accept full responsibility for our performance tonight.\"\n"
          "Coetzee bemoaned his side's lack of discipline, saying that their constant giving away of penalties (the Boks conceded five in the first 10 minutes) disrupted their rhythm.\n"
          "\"Added to that, just the little execution mistakes ... unforced mistakes when we wanted to attack,\" he said.\n"
          "\"There is a lot to work on. The nail was hit deep in ... very, very low ... and we've got to fix it.\"\n"
          "Coetzee added that Saturday's dose of international rugby spoke volumes about how far the northern hemisphere sides had come.\n"
          "\"I think what we've seen today is how well the northern hemisphere teams have caught up to the rest of the world,\" he said.\n"
          "\"The Welsh were ahead against the All Blacks at half time, England put up a brilliant performance to beat Australia, the Irish beat us with 14 men.\""),
    entities=[("coetzee", "Allister Coetzee", "PERSON", ["Coetzee"], "Springboks coach")],
    mentions=[("m1", ("Coetzee", "Coetzee: We"), "coetzee"),
              ("m2", ("Coetzee", "did Coetzee"), "coetzee"),
              ("m3", ("Coetzee", "Coetzee was made"), "coetzee"),
              ("m4", ("he", "start,\" he"), "coetzee"),
              ("m5", ("Coetzee", "Coetzee bemoaned"), "coetzee"),
              ("m6", ("he", "attack,\" he"), "coetzee"),
              ("m7", ("Coetzee", "Coetzee added"), "coetzee"),
              ("m8", ("he", "world,\" he"), "coetzee")],
    attributions=[("a1", "INDIRECT", "m1", None, "We were poor ... no excuses", None),
                  ("a2", "DIRECT", "m4", ("said", "start,\" he said"), "Very disappointed in both the performance and the result. It is hurting \u2026 it\u2019s not the ideal start,", None),
                  ("a3", "DIRECT", "m4", None, ("As a collective we take full responsibility \u2026 we have disappointed ourselves.\n"
                                                  "\"I have to give credit to the Irish. I think with 14 men they were outstanding.\n"
                                                  "\"We were poor \u2026 there are no excuses.\n"
                                                  "\"We've got to fix it and come back into this series. We accept full responsibility for our performance tonight."), None),
                  ("a4", "INDIRECT", "m5", "bemoaned", "his side's lack of discipline", None),
                  ("a5", "INDIRECT", "m5", "saying", "their constant giving away of penalties (the Boks conceded five in the first 10 minutes) disrupted their rhythm", None),
                  ("a6", "DIRECT", "m6", ("said", "attack,\" he said"), "Added to that, just the little execution mistakes ... unforced mistakes when we wanted to attack,", None),
                  ("a7", "DIRECT", "m6", None, "There is a lot to work on. The nail was hit deep in ... very, very low ... and we've got to fix it.", None),
                  ("a8", "INDIRECT", "m7", "added", "Saturday's dose of international rugby spoke volumes about how far the northern hemisphere sides had come", None),
                  ("a9", "DIRECT", "m8", ("said", "world,\" he said"), "I think what we've seen today is how well the northern hemisphere teams have caught up to the rest of the world,", None),
                  ("a10", "DIRECT", "m8", None, "The Welsh were ahead against the All Blacks at half time, England put up a brilliant performance to beat Australia, the Irish beat us with 14 men.", None)])

doc("irishnews-poots-climate-emergency",
    url="https://www.irishnews.com/news/northernirelandnews/2020/07/24/news/edwin-poots-criticised-for-saying-there-is-no-climate-emergency--2014473/",
    outlet="The Irish News", country="UK", topic="environment", cut=True, published="2020-07-24",
    text=("Edwin Poots criticised for saying there is no 'climate emergency'\n"
          "Environment Minister Edwin Poots has been criticised for saying neither he nor his department officials believe there is a climate crisis.\n"
          "Speaking to BBC's Talkback, the minister said that while he was committed to action he did not believe there was a current emergency.\n"
          "\"That is something that my department don't accept, so leaving myself to one side, the officials in my department don't believe that is appropriate language.\n"
          "\"The advice I have received from my officials is that language is not helpful, and there is a course of work we need to engage in and actions we need to take and we as a department will not be found wanting.\n"
          "\"People recognise that there is climate change that exists and we need to deal with that, and we deal with it in a rational way and we deal with sensibly and to get results. It's not about creating hysteria.\"\n"
          "When asked about a Climate Change Act, Mr Poots said his staff were working on projects that were on the Green Growth initiative and other \"far reaching actions \" adding that they did not have time to \"switch off the focus on things which are actually actionable to work on legislation which is more aspirational\".\n"
          "Green Party Leader Clare Bailey said that the \"scientific evidence shows that climate breakdown is a reality\" adding that she would \"be alarmed if official policy was dictated by anything other than the science\".\n"
          "\"The actions of our environment minister must be guided by the evidence showing the effects of greenhouse gas emissions, pollution and temperature rises,\" she said."),
    entities=[("poots", "Edwin Poots", "PERSON", ["Poots", "Mr Poots", "Environment Minister Edwin Poots", "the minister"], "Environment Minister"),
              ("officials", "officials in my department", "GROUP", ["my officials", "his department officials"]),
              ("people", "People", "GROUP", []),
              ("bailey", "Clare Bailey", "PERSON", ["Bailey"], "Green Party Leader")],
    mentions=[("m1", ("Edwin Poots", "Edwin Poots criticised"), "poots"),
              ("m2", "Environment Minister Edwin Poots", "poots"),
              ("m3", "his department officials", "officials"),
              ("m4", "the minister", "poots"),
              ("m5", "the officials in my department", "officials"),
              ("m6", "my officials", "officials"),
              ("m7", ("People", "\"People"), "people"),
              ("m8", "Mr Poots", "poots"),
              ("m9", "Green Party Leader Clare Bailey", "bailey"),
              ("m10", "our environment minister", "poots"),
              ("m11", ("she", "rises,\" she"), "bailey")],
    attributions=[("a1", "MIXED", "m1", ("saying", "saying there is no"), "there is no 'climate emergency'", None),
                  ("a2", "INDIRECT", "m2", ("saying", "criticised for saying neither"), "neither he nor his department officials believe there is a climate crisis", None),
                  ("a3", "INDIRECT", "m4", ("said", "the minister said"), "while he was committed to action he did not believe there was a current emergency", None),
                  ("a4", "DIRECT", "m4", None, ("That is something that my department don't accept, so leaving myself to one side, the officials in my department don't believe that is appropriate language.\n"
                                                  "\"The advice I have received from my officials is that language is not helpful, and there is a course of work we need to engage in and actions we need to take and we as a department will not be found wanting.\n"
                                                  "\"People recognise that there is climate change that exists and we need to deal with that, and we deal with it in a rational way and we deal with sensibly and to get results. It's not about creating hysteria."), None),
                  ("a5", "INDIRECT", "m6", "advice", "language is not helpful, and there is a course of work we need to engage in and actions we need to take", "a4"),
                  ("a6", "INDIRECT", "m7", "recognise", "there is climate change that exists and we need to deal with that", "a4"),
                  ("a7", "MIXED", "m8", ("said", "Mr Poots said"), "his staff were working on projects that were on the Green Growth initiative and other \"far reaching actions \"", None),
                  ("a8", "MIXED", "m8", ("adding", "actions \" adding"), "they did not have time to \"switch off the focus on things which are actually actionable to work on legislation which is more aspirational\"", None),
                  ("a9", "MIXED", "m9", ("said", "Bailey said"), "the \"scientific evidence shows that climate breakdown is a reality\"", None),
                  ("a10", "MIXED", "m9", ("adding", "reality\" adding"), "she would \"be alarmed if official policy was dictated by anything other than the science\"", None),
                  ("a11", "DIRECT", "m11", ("said", "she said"), "The actions of our environment minister must be guided by the evidence showing the effects of greenhouse gas emissions, pollution and temperature rises,", None),
                  ("a12", "INDIRECT", "m5", ("believe", "don't believe that is"), "that is appropriate language", "a4")],
    keep_that={"a12"})

doc("gadgetsnow-chinese-apps-ban-startups",
    url="https://www.gadgetsnow.com/apps/how-ban-on-chinese-apps-brings-an-opportunity-for-indian-startups/articleshow/76711034.cms",
    outlet="Gadgets Now", country="India", topic="technology", cut=True, published="2020-06-30",
    text=("How ban on Chinese apps brings an opportunity for Indian startups\n"
          "The government of India\u2019s decision to ban 59 Chinese apps has stirred quite a reaction from various quarters. Popular apps like TikTok, UCBrowser, WeChat are amongst the list and some of them were widely used by the people of the country. Ever since the coronavirus pandemic and the lockdown that followed has changed the way many professionals work. Technology has played a pivotal role \u2014 be it work from home or online classes or digital payments. Certain experts feel that this could be the ideal opportunity for Indian startups and perhaps their time to shine.\n"
          "Vijay Shekhar Sharma, CEO and founder Paytm, said that this could bring a \u201cdigital revolution.\u201d He took to Twitter and said, \u201cBold step in the national interest. A step towards Atmanirbhar App ecosystem. Time for the best Indian entrepreneurs to come forward and build the best by Indians, for Indians!\u201d\n"
          "Debjani Ghosh, president of NASSCOM, feels that it is the right time for government and industry to focus on build for India movement. She tweeted, \u201cNo better time than now for Indian start ups to raise their innovation game! Also the perfect time for gov't n industry to amp up the \"build for India n scale globally\" movement with focus on Innovation, Policy, Funding, Trust n Security.\u201d\n"
          "Varun Saxena, Founder, Bolo Indya, said that he invites all TikTok stars to his app to create content. Users, as per Saxena, were spending more than 39 minutes per day on the app before the ban. \"We invite all the TikTok stars from India to be the part of fast growing Bolo Indya community. We are pleased to have the opportunity to positively impact the lives of millions of TikTok stars and provide them the platform to build on their social capital and convert it to financial independence.\u201d"),
    entities=[("experts", "Certain experts", "GROUP", ["experts"]),
              ("sharma", "Vijay Shekhar Sharma", "PERSON", ["Sharma"], "CEO and founder Paytm"),
              ("ghosh", "Debjani Ghosh", "PERSON", ["Ghosh"], "president of NASSCOM"),
              ("saxena", "Varun Saxena", "PERSON", ["Saxena"], "Founder, Bolo Indya")],
    mentions=[("m1", "Certain experts", "experts"),
              ("m2", "Vijay Shekhar Sharma, CEO and founder Paytm", "sharma"),
              ("m3", ("He", "He took"), "sharma"),
              ("m4", "Debjani Ghosh, president of NASSCOM", "ghosh"),
              ("m5", ("She", "She tweeted"), "ghosh"),
              ("m6", "Varun Saxena, Founder, Bolo Indya", "saxena"),
              ("m7", ("Saxena", "per Saxena"), "saxena")],
    attributions=[("a1", "INDIRECT", "m1", ("feel", "experts feel"), "this could be the ideal opportunity for Indian startups and perhaps their time to shine", None),
                  ("a2", "MIXED", "m2", ("said", "Paytm, said"), "this could bring a \u201cdigital revolution.\u201d", None),
                  ("a3", "DIRECT", "m3", ("said", "Twitter and said"), "Bold step in the national interest. A step towards Atmanirbhar App ecosystem. Time for the best Indian entrepreneurs to come forward and build the best by Indians, for Indians!", None),
                  ("a4", "INDIRECT", "m4", "feels", "it is the right time for government and industry to focus on build for India movement", None),
                  ("a5", "DIRECT", "m5", "tweeted", "No better time than now for Indian start ups to raise their innovation game! Also the perfect time for gov't n industry to amp up the \"build for India n scale globally\" movement with focus on Innovation, Policy, Funding, Trust n Security.", None),
                  ("a6", "INDIRECT", "m6", ("said", "Indya, said"), "he invites all TikTok stars to his app to create content", None),
                  ("a7", "INDIRECT", "m7", "as per", "Users, as per Saxena, were spending more than 39 minutes per day on the app before the ban", None),
                  ("a8", "DIRECT", "m7", None, "We invite all the TikTok stars from India to be the part of fast growing Bolo Indya community. We are pleased to have the opportunity to positively impact the lives of millions of TikTok stars and provide them the platform to build on their social capital and convert it to financial independence.", None)])

doc("stringer-zahid-parasite-minister",
    url="https://thestringernews.com/2021/03/29/empowered-to-decide-pn-exit-timeline-zahid-dares-parasite-minister-to-resign/",
    outlet="The Stringer News", country="Malaysia", topic="politics", cut=True, published="2021-03-29",
    text=("Empowered to decide PN exit timeline, Zahid dares \u2018parasite\u2019 minister to resign\n"
          "Umno president says party can quit govt anytime if elections not called soon.\n"
          "UMNO AGM | Umno president Ahmad Zahid Hamidi said the party\u2019s ministers can quit the government at any time, after the general assembly empowered him and the supreme council to decide on an exit date.\n"
          "Meanwhile, Zahid also challenged a \u201cparasite\u201d to resign as minister \u2013 in a clear rebuke to Federal Territories Minister Annuar Musa.\n"
          "Speaking on an exit timeline, Zahid said Umno will make a withdrawal if Bersatu decides not to call for a general election until the current Parliament\u2019s term ends in 2023.\n"
          "\u201cWe can pull out at anytime from the PN government if they don\u2019t give an indication that the elections will be held soon,\u201d he said in his closing speech at the Umno annual general assembly.\n"
          "He said if the supreme council decides that it is time to quit, he was confident that \u201c100 percent\u201d of Umno ministers, deputy ministers, and government-linked companies (GLC) bosses will quit, while MPs will withdraw support.\n"
          "However, he indicated there may be one outlier.\n"
          "\u201cIf there is any of them that is too comfortable\u2026 including a minister who is not on (the AGM) stage but stabs Umno from the back.\n"
          "\u201cIf he is an anak jantan (man) he should resign as a minister. This is a parasite.\n"
          "\u201cIf not for Umno, it is not possible for him to be in that ministry,\u201d he said.\n"
          "While he mentioned no names, this is clearly aimed at Annuar \u2013 who is the only minister who has openly spoken out against Umno cutting ties with Bersatu.\n"
          "Annuar had also been vocal in criticising Zahid for allegedly trying to align the party with PKR president Anwar Ibrahim, a claim the party president denies.\n"
          "At a press conference later, Zahid was asked why he did not just sack Annuar from the party.\n"
          "However, he said this was not up to him."),
    entities=[("zahid", "Ahmad Zahid Hamidi", "PERSON", ["Zahid", "Umno president", "Umno president Ahmad Zahid Hamidi", "the party president"], "Umno president"),
              ("annuar", "Annuar Musa", "PERSON", ["Annuar", "Federal Territories Minister Annuar Musa", "the only minister"], "Federal Territories Minister")],
    mentions=[("m1", ("Zahid", "Zahid dares"), "zahid"),
              ("m2", ("Umno president", "Umno president says"), "zahid"),
              ("m3", "Umno president Ahmad Zahid Hamidi", "zahid"),
              ("m4", ("Zahid", "Zahid also"), "zahid"),
              ("m5", "Federal Territories Minister Annuar Musa", "annuar"),
              ("m6", ("Zahid", "Zahid said"), "zahid"),
              ("m7", ("he", "soon,\u201d he"), "zahid"),
              ("m8", ("He", "He said if"), "zahid"),
              ("m9", ("he", "he indicated"), "zahid"),
              ("m10", ("he", "ministry,\u201d he"), "zahid"),
              ("m11", ("Annuar", "aimed at Annuar"), "annuar"),
              ("m12", "the only minister", "annuar"),
              ("m13", ("Annuar", "Annuar had"), "annuar"),
              ("m14", ("Zahid", "criticising Zahid"), "zahid"),
              ("m15", "the party president", "zahid"),
              ("m16", ("Zahid", "Zahid was asked"), "zahid"),
              ("m17", ("Annuar", "sack Annuar"), "annuar"),
              ("m18", ("he", "he said this"), "zahid")],
    attributions=[("a1", "MIXED", "m1", "dares", "\u2018parasite\u2019 minister to resign", None),
                  ("a2", "INDIRECT", "m2", "says", "party can quit govt anytime if elections not called soon", None),
                  ("a3", "INDIRECT", "m3", ("said", "Hamidi said"), "the party\u2019s ministers can quit the government at any time", None),
                  ("a4", "MIXED", "m4", "challenged", "a \u201cparasite\u201d to resign as minister", None),
                  ("a5", "INDIRECT", "m6", ("said", "Zahid said"), "Umno will make a withdrawal if Bersatu decides not to call for a general election until the current Parliament\u2019s term ends in 2023", None),
                  ("a6", "DIRECT", "m7", ("said", "soon,\u201d he said"), "We can pull out at anytime from the PN government if they don\u2019t give an indication that the elections will be held soon,", None),
                  ("a7", "MIXED", "m8", ("said", "He said if"), "if the supreme council decides that it is time to quit, he was confident that \u201c100 percent\u201d of Umno ministers, deputy ministers, and government-linked companies (GLC) bosses will quit, while MPs will withdraw support", None),
                  ("a8", "INDIRECT", "m9", "indicated", "there may be one outlier", None),
                  ("a9", "DIRECT", "m10", ("said", "ministry,\u201d he said"), ("If there is any of them that is too comfortable\u2026 including a minister who is not on (the AGM) stage but stabs Umno from the back.\n"
                                                                              "\u201cIf he is an anak jantan (man) he should resign as a minister. This is a parasite.\n"
                                                                              "\u201cIf not for Umno, it is not possible for him to be in that ministry,"), None),
                  ("a10", "INDIRECT", "m12", "spoken out", "Umno cutting ties with Bersatu", None),
                  ("a11", "INDIRECT", "m13", "criticising", "Zahid for allegedly trying to align the party with PKR president Anwar Ibrahim", None),
                  ("a12", "INDIRECT", "m15", "denies", "a claim", None),
                  ("a13", "INDIRECT", "m18", ("said", "he said this"), "this was not up to him", None)])

doc("globalnews-judge-felt-bound-joint-submission",
    url="https://globalnews.ca/news/4634155/shorter-sentence-sexual-assault/",
    outlet="Global News", country="Canada", topic="courts-crime", cut=True,
    text=("N.L. judge \u2018felt bound\u2019 to give shorter jail term to man who sexually assaulted 14-year-old\n"
          "A Newfoundland judge says he gave a man who sexually assaulted a teenage girl a shorter prison sentence than he considered appropriate because he felt bound to accept a joint Crown-defence submission for only four years.\n"
          "The 36-year-old man exchanged explicit images with the 14-year-old girl for several months before having unprotected sexual intercourse with her while she was intoxicated.\n"
          "Corner Brook provincial court Judge Wayne Gorman found seven years of imprisonment was an appropriate sentence given the \u201chorrendous nature\u201d of the man\u2019s crimes and his blaming of the underage victim, a classmate of his son\u2019s, for the offences.\n"
          "A joint submission from the defence and Crown, however, sought a sentence of four years.\n"
          "Gorman wrote in his recent sentencing decision that he \u201cfelt bound to accept the joint submission,\u201d even if he found it disproportionate to the severity of the crimes.\n"
          "\u201cHaving concluded that a period of seven years of imprisonment is appropriate, why did I impose a period of four years of imprisonment? Solely because this is the sentence requested by counsel in the joint submission presented,\u201d Gorman wrote in the Oct. 29 decision."),
    entities=[("gorman", "Wayne Gorman", "PERSON", ["Gorman", "Judge Wayne Gorman", "A Newfoundland judge", "N.L. judge"], "provincial court judge"),
              ("submission", "joint submission from the defence and Crown", "ORGANIZATION", ["A joint submission"])],
    mentions=[("m1", "N.L. judge", "gorman"),
              ("m2", "A Newfoundland judge", "gorman"),
              ("m3", "Corner Brook provincial court Judge Wayne Gorman", "gorman"),
              ("m4", "A joint submission from the defence and Crown", "submission"),
              ("m5", ("Gorman", "Gorman wrote in his"), "gorman"),
              ("m6", ("Gorman", "Gorman wrote in the"), "gorman")],
    attributions=[("a1", "INDIRECT", "m2", "says", "he gave a man who sexually assaulted a teenage girl a shorter prison sentence than he considered appropriate because he felt bound to accept a joint Crown-defence submission for only four years", None),
                  ("a2", "MIXED", "m3", ("found", "Gorman found"), "seven years of imprisonment was an appropriate sentence given the \u201chorrendous nature\u201d of the man\u2019s crimes and his blaming of the underage victim, a classmate of his son\u2019s, for the offences", None),
                  ("a3", "INDIRECT", "m4", "sought", "a sentence of four years", None),
                  ("a4", "MIXED", "m5", ("wrote", "Gorman wrote in his"), "he \u201cfelt bound to accept the joint submission,\u201d even if he found it disproportionate to the severity of the crimes", None),
                  ("a5", "DIRECT", "m6", ("wrote", "Gorman wrote in the"), "Having concluded that a period of seven years of imprisonment is appropriate, why did I impose a period of four years of imprisonment? Solely because this is the sentence requested by counsel in the joint submission presented,", None)])

doc("clickondetroit-measles-vaccination",
    url="https://www.clickondetroit.com/health/2019/04/29/doctors-urge-vaccination-as-number-of-measles-cases-increases-across-united-states/",
    outlet="ClickOnDetroit (WDIV Local 4)", country="US", topic="health-science", cut=True, published="2019-04-29",
    text=("Doctors urge vaccination as number of measles cases increases across United States\n"
          "43 cases of measles confirmed in Michigan\n"
          "DETROIT \u2013 Doctors are urging people who travel outside the United States and those who live in areas affected by the measles outbreak to get vaccinated.\n"
          "The number of confirmed measles cases in Michigan stands at 43. The state lab tested several samples Monday, but they all came back negative.\n"
          "That's not the situation nationwide, where the outbreak continues to grow.\n"
          "On Monday, officials with the Centers for Disease Control and Prevention said diseases such as the measles belong in the history books, not the emergency room.\n"
          "The number of measles cases nationwide is the highest it's been in 25 years, with 704 cases reported in 2019, according to the CDC.\n"
          "\"The reason there's only 700 cases, as opposed to 70,000 or 700,000 cases, is because of the vaccines that we have,\" Dr. Frank Esper said.\n"
          "Most of the current cases are of unvaccinated people in areas such as in New York state, which has reported 474 cases so far this year, experts said.\n"
          "Proposed legislation in New York would end all nonmedical vaccine exemptions in that state, including ones based on religion.\n"
          "\"You have a First Amendment right to practice your own religion, but you do not have the right to endanger your children, or worse, other people's children,\" New York Sen. Brad Hoylman said.\n"
          "A mother in England had the same message as her country experiences a similar measles outbreak.\n"
          "Jilly Moss posted photos of her infant daughter on Facebook. Baby Alba was too young to be vaccinated, but caught the measles and had to be hospitalized.\n"
          "\"It has been absolutely horrific watching our daughter fight this,\" Moss wrote. \"The truth is, this all could have been prevented if the protection layer of older kids above Alba had been vaccinated.\"\n"
          "Measles can cause a high fever, rash pneumonia, brain inflammation and death."),
    entities=[("doctors", "Doctors", "GROUP", []),
              ("cdcofficials", "officials with the Centers for Disease Control and Prevention", "GROUP", []),
              ("cdc", "CDC", "ORGANIZATION", ["the CDC"]),
              ("esper", "Frank Esper", "PERSON", ["Dr. Frank Esper", "Esper"]),
              ("experts", "experts", "GROUP", []),
              ("nystate", "New York state", "GPE", []),
              ("hoylman", "Brad Hoylman", "PERSON", ["Hoylman", "Sen. Brad Hoylman"], "New York state senator"),
              ("moss", "Jilly Moss", "PERSON", ["Moss", "A mother in England"])],
    mentions=[("m1", ("Doctors", "Doctors urge"), "doctors"),
              ("m2", ("Doctors", "Doctors are"), "doctors"),
              ("m3", "officials with the Centers for Disease Control and Prevention", "cdcofficials"),
              ("m4", "the CDC", "cdc"),
              ("m5", "Dr. Frank Esper", "esper"),
              ("m6", "New York state", "nystate"),
              ("m7", ("experts", "experts said"), "experts"),
              ("m8", "New York Sen. Brad Hoylman", "hoylman"),
              ("m9", "A mother in England", "moss"),
              ("m10", "Jilly Moss", "moss"),
              ("m11", ("Moss", "Moss wrote"), "moss")],
    attributions=[("a1", "INDIRECT", "m1", "urge", ("vaccination", "urge vaccination"), None),
                  ("a2", "INDIRECT", "m2", "urging", "people who travel outside the United States and those who live in areas affected by the measles outbreak to get vaccinated", None),
                  ("a3", "INDIRECT", "m3", ("said", "Prevention said"), "diseases such as the measles belong in the history books, not the emergency room", None),
                  ("a4", "INDIRECT", "m4", "according to", "The number of measles cases nationwide is the highest it's been in 25 years, with 704 cases reported in 2019", None),
                  ("a5", "DIRECT", "m5", ("said", "Esper said"), "The reason there's only 700 cases, as opposed to 70,000 or 700,000 cases, is because of the vaccines that we have,", None),
                  ("a6", "INDIRECT", "m7", ("said", "experts said"), "Most of the current cases are of unvaccinated people in areas such as in New York state, which has reported 474 cases so far this year", None),
                  ("a7", "INDIRECT", "m6", ("reported", "has reported"), "474 cases so far this year", "a6"),
                  ("a8", "DIRECT", "m8", ("said", "Hoylman said"), "You have a First Amendment right to practice your own religion, but you do not have the right to endanger your children, or worse, other people's children,", None),
                  ("a9", "DIRECT", "m11", "wrote", "It has been absolutely horrific watching our daughter fight this,", None),
                  ("a10", "DIRECT", "m11", None, "The truth is, this all could have been prevented if the protection layer of older kids above Alba had been vaccinated.", None)])

doc("cityam-broadbent-more-rate-rises",
    url="https://cityam.com/?p=2069393",
    outlet="City A.M.", country="UK", topic="business", cut=False,
    text=("Deputy governor of the Bank of England Ben Broadbent says more rate rises are on the way\n"
          "Deputy governor of the Bank of England said that more rate rises are on the cards.\n"
          "The bank increased its base rate for the first time in 10 years yesterday and upgraded its forecast for UK GDP in 2017.\n"
          "Broadbent has said this morning that more interest rate increases will be required to keep inflation in check.\n"
          "Speaking on the BBC\u2019s Today Programme Broadbent said: \u201cWe have said that given all the other things we assume in our forecast, many of which will be misses \u2013 there\u2019s always unknown things and unpredictable things happening \u2013 but given our outlook currently, we anticipate we\u2019ll need maybe a couple more rate rises to get inflation back on track while at the same time supporting the economy.\n"
          "\u201cThis is not a promise and it never could be a promise and that\u2019s not what the governor said yesterday either.\u201d\n"
          "Inflation is expected to peak at 3.2 per cent in October. It has been rising due to a fall in the value of the pound following the Brexit vote and a more recent rise in oil prices.\n"
          "Two members of the central bank\u2019s monetary policy committee, Sir Jon Cunliffe and Sir Dave Ramsden, did not back an increase in rates, citing slow wage growth as a problem."),
    entities=[("broadbent", "Ben Broadbent", "PERSON", ["Broadbent", "Deputy governor of the Bank of England"], "Deputy governor of the Bank of England"),
              ("boe", "Bank of England", "ORGANIZATION", ["The bank"]),
              ("members", "Sir Jon Cunliffe and Sir Dave Ramsden", "GROUP", ["Two members of the central bank\u2019s monetary policy committee"])],
    mentions=[("m1", "Deputy governor of the Bank of England Ben Broadbent", "broadbent"),
              ("m2", ("Deputy governor of the Bank of England", "\nDeputy governor"), "broadbent"),
              ("m3", "The bank", "boe"),
              ("m4", ("Broadbent", "Broadbent has"), "broadbent"),
              ("m5", ("Broadbent", "Programme Broadbent"), "broadbent"),
              ("m6", ("We", "\u201cWe have"), "boe"),
              ("m7", "Two members of the central bank\u2019s monetary policy committee, Sir Jon Cunliffe and Sir Dave Ramsden", "members")],
    attributions=[("a1", "INDIRECT", "m1", "says", "more rate rises are on the way", None),
                  ("a2", "INDIRECT", "m2", ("said", "England said"), "more rate rises are on the cards", None),
                  ("a3", "INDIRECT", "m4", ("said", "has said"), "more interest rate increases will be required to keep inflation in check", None),
                  ("a4", "DIRECT", "m5", ("said", "Broadbent said"), ("We have said that given all the other things we assume in our forecast, many of which will be misses \u2013 there\u2019s always unknown things and unpredictable things happening \u2013 but given our outlook currently, we anticipate we\u2019ll need maybe a couple more rate rises to get inflation back on track while at the same time supporting the economy.\n"
                                                                               "\u201cThis is not a promise and it never could be a promise and that\u2019s not what the governor said yesterday either."), None),
                  ("a5", "INDIRECT", "m6", ("said", "We have said"), "given all the other things we assume in our forecast, many of which will be misses \u2013 there\u2019s always unknown things and unpredictable things happening \u2013 but given our outlook currently, we anticipate we\u2019ll need maybe a couple more rate rises to get inflation back on track while at the same time supporting the economy", "a4"),
                  ("a6", "INDIRECT", None, "expected", "to peak at 3.2 per cent in October", None),
                  ("a7", "INDIRECT", "m7", "citing", "slow wage growth as a problem", None)])

doc("woldsweekly-driffield-flooded-gardens",
    url="https://woldsweekly.co.uk/2022/12/residents-fear-heavy-rain-will-flood-their-homes-and-gardens/",
    outlet="Wolds Weekly", country="UK", topic="local", cut=True,
    text=("Residents fear heavy rain will flood their homes and gardens\n"
          "Residents living in parts of Lilac Close, Bracken Road and Clematis Close fear their homes could be at risk of flooding after their back gardens have been under water for two weeks.\n"
          "They believe the problem stems from an issue with drainage and have contacted East Riding of Yorkshire Council to investigate the cause.\n"
          "Despite a relatively dry week, the water has not subsided and now they are concerned that a heavy downpour could result in the water coming into their homes.\n"
          "One resident, who has a property on Clematis Close, said the problem started over two weeks ago.\n"
          "He said: \u201cWe have a bungalow on Clematis Close and for over two weeks now our back garden has been partially under water.\n"
          "\u201cI pumped it all out and a few days later it was back again and it isn\u2019t showing any signs of going down.\n"
          "\u201cSome of my neighbours\u2019 gardens are even worse and have around a foot of water in them.\n"
          "\u201cI am sure that if any heavy rain comes then it will be the properties that will be affected.\n"
          "\u201cThere is clearly an issue with drainage and we believe it emanates from a council-owned drain which runs down the side of the grassed area, which people use to walk their dogs.\n"
          "\u201cThat drain is absolutely full of water and the grassed area is sodden.\n"
          "\u201cHowever, the stream which runs further down doesn\u2019t have very much in it, so there is clearly an issue.\n"
          "\u201cI assume the pipe must be blocked.\n"
          "\u201cMy neighbour told me that sometimes it does flood in heavy rain but it goes back down, so I think there may have been a partial blockage in the past and now it is a full blockage.\n"
          "\u201cSome residents contacted Yorkshire Water who have been to investigate but it is not their issue and so we have raised it with East Riding Council and I hope we can get it resolved quickly because for some people, if it rains heavily, they will be in trouble.\u201d"),
    entities=[("residents", "Residents", "GROUP", []),
              ("oneresident", "One resident", "PERSON", []),
              ("neighbour", "My neighbour", "PERSON", [])],
    mentions=[("m1", ("Residents", "Residents fear"), "residents"),
              ("m2", ("Residents", "Residents living"), "residents"),
              ("m3", ("They", "They believe"), "residents"),
              ("m4", ("they", "they are concerned"), "residents"),
              ("m5", "One resident", "oneresident"),
              ("m6", ("He", "He said"), "oneresident"),
              ("m7", "My neighbour", "neighbour")],
    attributions=[("a1", "INDIRECT", "m1", ("fear", "Residents fear"), "heavy rain will flood their homes and gardens", None),
                  ("a2", "INDIRECT", "m2", ("fear", "Close fear"), "their homes could be at risk of flooding after their back gardens have been under water for two weeks", None),
                  ("a3", "INDIRECT", "m3", ("believe", "They believe"), "the problem stems from an issue with drainage", None),
                  ("a4", "INDIRECT", "m4", "concerned", "a heavy downpour could result in the water coming into their homes", None),
                  ("a5", "INDIRECT", "m5", ("said", "Close, said"), "the problem started over two weeks ago", None),
                  ("a6", "DIRECT", "m6", ("said", "He said"), ("We have a bungalow on Clematis Close and for over two weeks now our back garden has been partially under water.\n"
                                                            "\u201cI pumped it all out and a few days later it was back again and it isn\u2019t showing any signs of going down.\n"
                                                            "\u201cSome of my neighbours\u2019 gardens are even worse and have around a foot of water in them.\n"
                                                            "\u201cI am sure that if any heavy rain comes then it will be the properties that will be affected.\n"
                                                            "\u201cThere is clearly an issue with drainage and we believe it emanates from a council-owned drain which runs down the side of the grassed area, which people use to walk their dogs.\n"
                                                            "\u201cThat drain is absolutely full of water and the grassed area is sodden.\n"
                                                            "\u201cHowever, the stream which runs further down doesn\u2019t have very much in it, so there is clearly an issue.\n"
                                                            "\u201cI assume the pipe must be blocked.\n"
                                                            "\u201cMy neighbour told me that sometimes it does flood in heavy rain but it goes back down, so I think there may have been a partial blockage in the past and now it is a full blockage.\n"
                                                            "\u201cSome residents contacted Yorkshire Water who have been to investigate but it is not their issue and so we have raised it with East Riding Council and I hope we can get it resolved quickly because for some people, if it rains heavily, they will be in trouble."), None),
                  ("a7", "INDIRECT", "m7", "told", "sometimes it does flood in heavy rain but it goes back down", "a6")])

doc("express-may-plastic-pollution",
    url="http://www.pressreader.com/uk/daily-express/20180419/281736975047007",
    outlet="Daily Express", country="UK", topic="environment", cut=True, published="2018-04-19",
    text=("May turns the tide on plastic pollution\n"
          "PLASTIC drinking straws, plastic stirrers and cotton buds are to be banned in the war on pollution, the Government signalled last night.\n"
          "Part of Theresa May\u2019s drive to combat the menace of disposal plastics fouling the world\u2019s oceans, the announcement follows research showing 8.5 billion plastic straws are thrown away in Britain every year.\n"
          "Environment Secretary Michael Gove yesterday announced a consultation on the proposal to mark the start of the Commonwealth Heads of Government Meeting in London.\n"
          "Challenges\n"
          "He also unveiled \u00a361.4million towards research into new ways to clean up and prevent plastic waste.\n"
          "Mrs May is expected to urge leaders of the 52 other Commonwealth nations to join her campaign against plastic pollution today.\n"
          "The Prime Minister wants all avoidable plastic waste eliminated within 25 years.\n"
          "She is also encouraging the visiting leaders to sign-up to a pioneering newly-formed Commonwealth Clean Oceans Alliance.\n"
          "Last night the Prime Minister said: \u201cPlastic waste is one of the greatest environmental challenges facing the world, which is why protecting the marine environment is central to our agenda at the Commonwealth Heads of Government Meeting.\n"
          "\u201cThe UK Government is a world leader on this issue and the British public have shown passion and energy embracing our plastic bag charge and microbead ban.\n"
          "\u201cToday we have put forward ambitious plans to further reduce plastic waste. Alongside our domestic action this week we are rallying Commonwealth countries to join us in the fight against marine plastics.\n"
          "\u201cThe Commonwealth is a unique organisation, with a huge diversity of wildlife, environments and coastlines.\n"
          "\u201cTogether we can effect real change so future generations can enjoy a natural environment that is healthier than we currently find it.\u201d"),
    entities=[("government", "the Government", "ORGANIZATION", ["The UK Government"]),
              ("gove", "Michael Gove", "PERSON", ["Gove", "Environment Secretary Michael Gove"], "Environment Secretary"),
              ("may", "Theresa May", "PERSON", ["May", "Mrs May", "The Prime Minister"], "Prime Minister")],
    mentions=[("m1", ("May", "May turns"), "may"),
              ("m2", "the Government", "government"),
              ("m3", "Environment Secretary Michael Gove", "gove"),
              ("m4", ("He", "He also"), "gove"),
              ("m5", "Mrs May", "may"),
              ("m6", "The Prime Minister", "may"),
              ("m7", ("She", "She is"), "may"),
              ("m8", "the Prime Minister", "may"),
              ("m9", "The UK Government", "government")],
    attributions=[("a1", "INDIRECT", "m2", "signalled", "PLASTIC drinking straws, plastic stirrers and cotton buds are to be banned in the war on pollution", None),
                  ("a2", "INDIRECT", "m3", "announced", "a consultation on the proposal", None),
                  ("a3", "INDIRECT", "m4", "unveiled", "\u00a361.4million towards research into new ways to clean up and prevent plastic waste", None),
                  ("a4", "INDIRECT", None, "expected", "to urge leaders of the 52 other Commonwealth nations to join her campaign against plastic pollution today", None),
                  ("a5", "INDIRECT", "m5", "urge", "leaders of the 52 other Commonwealth nations to join her campaign against plastic pollution", "a4"),
                  ("a6", "INDIRECT", "m6", "wants", "all avoidable plastic waste eliminated within 25 years", None),
                  ("a7", "INDIRECT", "m7", "encouraging", "the visiting leaders to sign-up to a pioneering newly-formed Commonwealth Clean Oceans Alliance", None),
                  ("a8", "DIRECT", "m8", ("said", "Minister said"), ("Plastic waste is one of the greatest environmental challenges facing the world, which is why protecting the marine environment is central to our agenda at the Commonwealth Heads of Government Meeting.\n"
                                                                     "\u201cThe UK Government is a world leader on this issue and the British public have shown passion and energy embracing our plastic bag charge and microbead ban.\n"
                                                                     "\u201cToday we have put forward ambitious plans to further reduce plastic waste. Alongside our domestic action this week we are rallying Commonwealth countries to join us in the fight against marine plastics.\n"
                                                                     "\u201cThe Commonwealth is a unique organisation, with a huge diversity of wildlife, environments and coastlines.\n"
                                                                     "\u201cTogether we can effect real change so future generations can enjoy a natural environment that is healthier than we currently find it."), None)])

doc("northantstelegraph-wellingborough-bus-scrapped",
    url="http://www.northantstelegraph.co.uk/news/bus-operator-hits-out-after-wellingborough-service-scrapped-1-7058534",
    outlet="Northants Telegraph", country="UK", topic="local", cut=False,
    text=("Bus operator hits out after Wellingborough service scrapped\n"
          "The operator of a bus route in Wellingborough which is to be axed next month says it is not its fault the decision was announced at such short notice.\n"
          "Last week the Northants Telegraph reported on a resident\u2019s dismay after the W4 route in the town was earmarked for closure by Meridian on December 5.\n"
          "A spokesman for the county council confirmed this was due to it no longer being commercially viable.\n"
          "But Derek Taylor, general manager of Britannia Bus \u2013 which also trades under the name Meridian \u2013 said: \u201cIn June 2014 the council contract for the service ceased, for a reason that is not known.\n"
          "\u201cIt\u2019s been loss-making since day one but we thought we could turn it around and make a profit.\n"
          "\u201cWe\u2019re now 16 months down the line and that is clearly not the case, and we kept the council informed that we were looking to de-register it a month ago.\n"
          "\u201cWe\u2019ve estimated that we\u2019ve saved the taxpayer \u00a393,000 by running the service commercially and we asked for a fraction of that back but they declined.\n"
          "\u201cThe council have known all about it but we\u2019ve not been in a position to tell anyone that the service would be cut because of their communications with us.\n"
          "\u201cWe\u2019ve been left in a bit of a no-win situation and now the decision has been announced just a few weeks before the service ends.\u201d\n"
          "A Northamptonshire County Council spokesman said the Traffic Commissioners regulatory body, which is responsible for the registration of local bus services, had to approve the decision to end the service and nothing could be announced before this was done.\n"
          "The timing of the announcement was nothing to do with the county council, the spokesman said."),
    entities=[("britannia", "Britannia Bus", "ORGANIZATION", ["Meridian", "Bus operator", "The operator of a bus route in Wellingborough"]),
              ("telegraph", "Northants Telegraph", "ORGANIZATION", ["the Northants Telegraph"]),
              ("spokesman", "Northamptonshire County Council spokesman", "PERSON", ["A spokesman for the county council", "the spokesman"]),
              ("taylor", "Derek Taylor", "PERSON", ["Taylor"], "general manager of Britannia Bus")],
    mentions=[("m1", "Bus operator", "britannia"),
              ("m2", "The operator of a bus route in Wellingborough", "britannia"),
              ("m3", "the Northants Telegraph", "telegraph"),
              ("m4", ("Meridian", "by Meridian"), "britannia"),
              ("m5", "A spokesman for the county council", "spokesman"),
              ("m6", "Derek Taylor, general manager of Britannia Bus", "taylor"),
              ("m7", ("we", "we kept"), "britannia"),
              ("m8", ("We", "We\u2019ve estimated"), "britannia"),
              ("m9", ("we", "we asked"), "britannia"),
              ("m10", "A Northamptonshire County Council spokesman", "spokesman"),
              ("m11", "the spokesman", "spokesman")],
    attributions=[("a1", "INDIRECT", "m2", "says", "it is not its fault the decision was announced at such short notice", None),
                  ("a2", "INDIRECT", "m3", "reported", "a resident\u2019s dismay after the W4 route in the town was earmarked for closure by Meridian on December 5", None),
                  ("a3", "INDIRECT", "m5", "confirmed", "this was due to it no longer being commercially viable", None),
                  ("a4", "DIRECT", "m6", ("said", "Meridian \u2013 said"), ("In June 2014 the council contract for the service ceased, for a reason that is not known.\n"
                                                                         "\u201cIt\u2019s been loss-making since day one but we thought we could turn it around and make a profit.\n"
                                                                         "\u201cWe\u2019re now 16 months down the line and that is clearly not the case, and we kept the council informed that we were looking to de-register it a month ago.\n"
                                                                         "\u201cWe\u2019ve estimated that we\u2019ve saved the taxpayer \u00a393,000 by running the service commercially and we asked for a fraction of that back but they declined.\n"
                                                                         "\u201cThe council have known all about it but we\u2019ve not been in a position to tell anyone that the service would be cut because of their communications with us.\n"
                                                                         "\u201cWe\u2019ve been left in a bit of a no-win situation and now the decision has been announced just a few weeks before the service ends."), None),
                  ("a5", "INDIRECT", "m7", "informed", "we were looking to de-register it a month ago", "a4"),
                  ("a6", "INDIRECT", "m8", "estimated", "we\u2019ve saved the taxpayer \u00a393,000 by running the service commercially", "a4"),
                  ("a7", "INDIRECT", "m9", "asked for", "a fraction of that back", "a4"),
                  ("a8", "INDIRECT", "m10", ("said", "spokesman said the"), "the Traffic Commissioners regulatory body, which is responsible for the registration of local bus services, had to approve the decision to end the service and nothing could be announced before this was done", None),
                  ("a9", "INDIRECT", "m11", ("said", "the spokesman said"), "The timing of the announcement was nothing to do with the county council", None)])

doc("ap7am-suryakumar-triple-figure",
    url="https://beta.ap7am.com/english-news-71469/always-a-good-feeling-to-get-triple-figure-score-in-t20-game-suryakumar-yadav",
    outlet="ap7am", country="India", topic="sport", cut=True,
    text=("Always a good feeling to get triple-figure score in T20 game: Suryakumar Yadav\n"
          "After registering a huge 106-run win over South Africa in the third and final T20I, India skipper Suryakumar Yadav said his ankle is not that bad after it seemed like he rolled his ankle while fielding, and added that it felt good on scoring his fourth century in the format.\n"
          "At the Wanderers on Thursday night, Suryakumar smashed a delightful century off just 55 balls, smashing seven fours and eight sixes at a strike-rate of 178.57. With his fourth T20I century, Suryakumar, the top-ranked batter in the format, went level with Rohit Sharma and Glenn Maxwell for most centuries by a male batter in the shorter format of the game.\n"
          "\"I'm good, and it (the ankle) is not looking that bad. I am walking, so it's all good. It's always a good feeling to get to a triple-figure (score) in a T20 game. When it comes in a winning cause for the team, I'm more than happy doing that,\" he said after picking Player of the Match and Player of the Series awards.\n"
          "Suryakumar was on 27 runs off 25 balls at one point, before taking the attack to South Africa in the second half of the innings by smashing 73 runs in just next 31 balls. The onslaught began in the 13th over when he smashed three sixes and a four off Andile Phehlukwayo.\n"
          "\"It's important to know your game really well - what you can do for your team - and I've thought the same thing. Whatever the situation is, I just go out there and enjoy myself. If it's my day or if it's not my day... that balance is very important in life and I really enjoyed it,\" he added.\n"
          "Though Suryakumar didn\u2019t field after the ankle injury, it didn\u2019t cause India much trouble as birthday boy Kuldeep Yadav annihilated South Africa batters by taking career-best figures of 5-17 in 2.5 overs."),
    entities=[("surya", "Suryakumar Yadav", "PERSON", ["Suryakumar", "India skipper Suryakumar Yadav"], "India T20 captain")],
    mentions=[("m1", ("Suryakumar Yadav", "game: Suryakumar"), "surya"),
              ("m2", "India skipper Suryakumar Yadav", "surya"),
              ("m3", ("Suryakumar", "night, Suryakumar"), "surya"),
              ("m4", ("Suryakumar", "century, Suryakumar"), "surya"),
              ("m5", ("he", "doing that,\" he"), "surya"),
              ("m6", ("Suryakumar", "Suryakumar was on"), "surya"),
              ("m7", ("he", "enjoyed it,\" he"), "surya"),
              ("m8", ("Suryakumar", "Though Suryakumar"), "surya")],
    attributions=[("a1", "INDIRECT", "m1", None, "Always a good feeling to get triple-figure score in T20 game", None),
                  ("a2", "INDIRECT", "m2", ("said", "Yadav said"), "his ankle is not that bad after it seemed like he rolled his ankle while fielding", None),
                  ("a3", "INDIRECT", "m2", ("added", "and added"), "it felt good on scoring his fourth century in the format", None),
                  ("a4", "DIRECT", "m5", ("said", "that,\" he said"), "I'm good, and it (the ankle) is not looking that bad. I am walking, so it's all good. It's always a good feeling to get to a triple-figure (score) in a T20 game. When it comes in a winning cause for the team, I'm more than happy doing that,", None),
                  ("a5", "DIRECT", "m7", ("added", "he added"), "It's important to know your game really well - what you can do for your team - and I've thought the same thing. Whatever the situation is, I just go out there and enjoy myself. If it's my day or if it's not my day... that balance is very important in life and I really enjoyed it,", None)])

doc("yahooau-telstra-third-outage",
    url="https://au.news.yahoo.com/technology/a/31160175/telstra-says-services-restored-customers-say-telstra-still-down/",
    outlet="Yahoo News Australia", country="Australia", topic="technology", cut=True,
    text=("Telstra apologises after third major outage leaves customers furious\n"
          "Telstra has apologised to customers after another major outage - the third in two months - left customers venting their anger on social media.\n"
          "A spokesman for the company said Telstra would be \"redoubling our efforts on resilience in the network and part of that is conducting a major review in relation to the outages from last week and February.\"\n"
          "\"The disruption today, which impacted less than 3 per cent of our mobile customers, was caused by a card failure in a media gateway in Victoria which meant certain calls could temporarily not get through,\" he said.\n"
          "\"The media gateway allows the calls to connect.\n"
          "\"While small, we appreciate the impact this outage had on the customers affected, and we apologise to them.\"\n"
          "In an earlier statement Telstra said the outage had lasted about an hour. Many social media users disagreed.\n"
          "Reports of service outages came in from several major cities from about midday.\n"
          "Telstra said the outage mainly affected Victoria and Tasmania with some intermittent outages experienced in other areas.\n"
          "A Telstra spokesman said the company was investigating the issue following reports of customers unable to make voice calls.\n"
          "\"We've received reports from some customers facing difficulties making voice calls on our networks,\" they said.\n"
          "\"We're investigating as a priority.\"\n"
          "\"We are experiencing intermittent voice call failures and connection delays on our fixed and mobile networks \u2013 predominantly in Victoria and Tasmania, but impacting other states sporadically.\"\n"
          "The telco's social media accounts were flooded with complaints by customers angry about the run of major service outages over the past month.\n"
          "Social media users from several major cities reported difficulties in using their Telstra mobile and landline services.\n"
          "The company was forced to offer users a day of free data after a nationwide outage in February. That outage was officially blamed on 'human error'."),
    entities=[("telstra", "Telstra", "ORGANIZATION", ["the company", "The company"]),
              ("spokesman", "Telstra spokesman", "PERSON", ["A spokesman for the company", "A Telstra spokesman"]),
              ("users", "social media users", "GROUP", ["Many social media users", "Social media users"])],
    mentions=[("m1", ("Telstra", "Telstra apologises"), "telstra"),
              ("m2", ("Telstra", "Telstra has"), "telstra"),
              ("m3", "A spokesman for the company", "spokesman"),
              ("m4", ("Telstra", "Telstra would"), "telstra"),
              ("m5", ("he", "through,\" he"), "spokesman"),
              ("m6", ("Telstra", "statement Telstra"), "telstra"),
              ("m7", "Many social media users", "users"),
              ("m8", ("Telstra", "Telstra said the outage mainly"), "telstra"),
              ("m9", "A Telstra spokesman", "spokesman"),
              ("m10", ("the company", "said the company"), "telstra"),
              ("m11", ("they", "networks,\" they"), "spokesman"),
              ("m12", ("Social media users", "\nSocial media users"), "users"),
              ("m13", "The company", "telstra")],
    attributions=[("a1", "MIXED", "m3", ("said", "company said"), "Telstra would be \"redoubling our efforts on resilience in the network and part of that is conducting a major review in relation to the outages from last week and February.\"", None),
                  ("a2", "DIRECT", "m5", ("said", "through,\" he said"), "The disruption today, which impacted less than 3 per cent of our mobile customers, was caused by a card failure in a media gateway in Victoria which meant certain calls could temporarily not get through,", None),
                  ("a3", "DIRECT", "m5", None, ("The media gateway allows the calls to connect.\n"
                                                  "\"While small, we appreciate the impact this outage had on the customers affected, and we apologise to them."), None),
                  ("a4", "INDIRECT", "m6", ("said", "statement Telstra said"), "the outage had lasted about an hour", None),
                  ("a5", "INDIRECT", None, "Reports", ("service outages", "Reports of"), None),
                  ("a6", "INDIRECT", "m8", ("said", "Telstra said the outage mainly"), "the outage mainly affected Victoria and Tasmania with some intermittent outages experienced in other areas", None),
                  ("a7", "INDIRECT", "m9", ("said", "spokesman said the company"), "the company was investigating the issue following reports of customers unable to make voice calls", None),
                  ("a8", "INDIRECT", None, ("reports", "following reports"), "customers unable to make voice calls", "a7"),
                  ("a9", "DIRECT", "m11", ("said", "they said"), "We've received reports from some customers facing difficulties making voice calls on our networks,", None),
                  ("a10", "DIRECT", "m11", None, "We're investigating as a priority.", None),
                  ("a11", "DIRECT", "m11", None, "We are experiencing intermittent voice call failures and connection delays on our fixed and mobile networks \u2013 predominantly in Victoria and Tasmania, but impacting other states sporadically.", None),
                  ("a12", "INDIRECT", "m12", ("reported", "users from several major cities reported"), "difficulties in using their Telstra mobile and landline services", None),
                  ("a13", "DIRECT", None, "blamed", "human error", None)])

doc("standard-hunt-cancer-screening-pilots",
    url="https://iframe.standard.co.uk/panewsfeeds/cancer-screening-pilots-to-launch-8405159.html",
    outlet="Evening Standard", country="UK", topic="health-science", cut=True,
    text=("Cancer screening pilots to launch\n"
          "Health Secretary Jeremy Hunt has unveiled plans for new cancer screening programmes to help the UK reach the lowest cancer mortality rates in Europe.\n"
          "Pilot programmes to screen over-55s for bowel cancer will be launched in five areas in England.\n"
          "The scheme will enable doctors to detect and remove polyps before they turn cancerous and catch cancer earlier - when it is more treatable.\n"
          "The Government is also piloting a new, more sensitive test for cervical cancer which could mean women would need screening half as often, while identifying abnormal cells at an earlier, more treatable stage.\n"
          "Ministers said the programmes will save up to 3,000 lives a year.\n"
          "Mr Hunt, who addressed the Britain Against Cancer conference in central London, said: \"All the cancer specialists say that one thing they need more than anything else is to get to see people more quickly, at an earlier stage of their cancer. So there's work that needs to happen with the GP community, the pilots for bowel cancer and cervical cancer that I've announced today are positive steps. But overall improving early diagnosis is absolutely critical.\"\n"
          "Mr Hunt said he was surprised to find that \"all the top people in the NHS\" were behind him in his goal of having the lowest cancer mortality rate in Europe.\n"
          "Mr Hunt said: \"(They all said) absolutely, we should never have been aiming to be as good as the European average in the first place and we are perfectly capable of being the best in Europe and let's embrace that as a goal. I appreciate these are only words and it's all about delivery and the commitment I want to give you all is that I'm not going to change my priorities and I'm going to stick with them for as long as I'm Health Secretary.\"\n"
          "For some cancer types, survival rates are 10% to 15% lower in England than in comparable countries such as Australia, Canada and Sweden."),
    entities=[("hunt", "Jeremy Hunt", "PERSON", ["Mr Hunt", "Hunt", "Health Secretary Jeremy Hunt"], "Health Secretary"),
              ("ministers", "Ministers", "GROUP", []),
              ("specialists", "All the cancer specialists", "GROUP", []),
              ("toppeople", "all the top people in the NHS", "GROUP", [])],
    mentions=[("m1", "Health Secretary Jeremy Hunt", "hunt"),
              ("m2", "Ministers", "ministers"),
              ("m3", ("Mr Hunt", "Mr Hunt, who"), "hunt"),
              ("m4", "All the cancer specialists", "specialists"),
              ("m5", ("Mr Hunt", "Mr Hunt said he"), "hunt"),
              ("m6", "all the top people in the NHS", "toppeople"),
              ("m7", ("Mr Hunt", "Mr Hunt said:"), "hunt"),
              ("m8", ("They", "(They"), "toppeople")],
    attributions=[("a1", "INDIRECT", "m1", "unveiled", "plans for new cancer screening programmes to help the UK reach the lowest cancer mortality rates in Europe", None),
                  ("a2", "INDIRECT", "m2", ("said", "Ministers said"), "the programmes will save up to 3,000 lives a year", None),
                  ("a3", "DIRECT", "m3", ("said", "London, said"), "All the cancer specialists say that one thing they need more than anything else is to get to see people more quickly, at an earlier stage of their cancer. So there's work that needs to happen with the GP community, the pilots for bowel cancer and cervical cancer that I've announced today are positive steps. But overall improving early diagnosis is absolutely critical.", None),
                  ("a4", "INDIRECT", "m4", ("say", "specialists say"), "one thing they need more than anything else is to get to see people more quickly, at an earlier stage of their cancer", "a3"),
                  ("a5", "MIXED", "m5", ("said", "Mr Hunt said he"), "he was surprised to find that \"all the top people in the NHS\" were behind him in his goal of having the lowest cancer mortality rate in Europe", None),
                  ("a6", "DIRECT", "m7", ("said", "Mr Hunt said:"), "(They all said) absolutely, we should never have been aiming to be as good as the European average in the first place and we are perfectly capable of being the best in Europe and let's embrace that as a goal. I appreciate these are only words and it's all about delivery and the commitment I want to give you all is that I'm not going to change my priorities and I'm going to stick with them for as long as I'm Health Secretary.", None),
                  ("a7", "INDIRECT", "m8", ("said", "They all said"), "absolutely, we should never have been aiming to be as good as the European average in the first place and we are perfectly capable of being the best in Europe and let's embrace that as a goal", "a6")])

doc("wtol-monroe-armed-robbery-arrest",
    url="http://www.wtol.com/story/36904152/police-arrest-alleged-robber-shortly-after-robbery/",
    outlet="WTOL 11", country="US", topic="courts-crime", cut=False,
    text=("Police arrest alleged robber shortly after robbery\n"
          "MONROE, MI (WTOL) - An armed robbery suspect is now behind bars in Monroe Wednesday morning.\n"
          "The Monroe Police Department says the suspect went up to a pedestrian in the area of South Macomb Street and East Noble Avenue around 11:00 p.m.\n"
          "Police say the suspect pulled out a gun and told the victim to throw their wallet on the ground. Police say the suspect then picked up the wallet and fled the scene.\n"
          "The victim gave police a description of the suspect.\n"
          "Officers contacted several businesses in the area and warned them of the suspect.\n"
          "Police say a little while later, employees from the Walgreens at North Monroe Street and Stewart Road said someone matching the description of the suspect just left their store.\n"
          "Police responded to the store and found the suspect in the area. Police say they searched the suspect and found a black Airsoft-type gun and the victim's wallet in the suspect's pocket.\n"
          "Police say the suspect confessed to the robbery and is being held in the Monroe County Jail."),
    entities=[("police", "Monroe Police Department", "ORGANIZATION", ["Police", "The Monroe Police Department"]),
              ("suspect", "the suspect", "PERSON", ["An armed robbery suspect"]),
              ("officers", "Officers", "GROUP", []),
              ("employees", "employees from the Walgreens at North Monroe Street and Stewart Road", "GROUP", ["employees"])],
    mentions=[("m1", "An armed robbery suspect", "suspect"),
              ("m2", "The Monroe Police Department", "police"),
              ("m3", ("the suspect", "the suspect went"), "suspect"),
              ("m4", ("Police", "Police say the suspect pulled"), "police"),
              ("m5", ("the suspect", "the suspect pulled"), "suspect"),
              ("m6", ("Police", "Police say the suspect then"), "police"),
              ("m7", ("the suspect", "the suspect then"), "suspect"),
              ("m8", ("police", "gave police"), "police"),
              ("m9", ("the suspect", "description of the suspect.\n"), "suspect"),
              ("m10", "Officers", "officers"),
              ("m11", ("the suspect", "of the suspect.\nPolice say a"), "suspect"),
              ("m12", ("Police", "Police say a little"), "police"),
              ("m13", "employees from the Walgreens at North Monroe Street and Stewart Road", "employees"),
              ("m14", ("the suspect", "the suspect just"), "suspect"),
              ("m15", ("Police", "Police responded"), "police"),
              ("m16", ("the suspect", "found the suspect"), "suspect"),
              ("m17", ("Police", "Police say they"), "police"),
              ("m18", ("the suspect", "searched the suspect"), "suspect"),
              ("m19", ("Police", "Police say the suspect confessed"), "police"),
              ("m20", ("the suspect", "the suspect confessed"), "suspect")],
    attributions=[("a1", "INDIRECT", "m2", "says", "the suspect went up to a pedestrian in the area of South Macomb Street and East Noble Avenue around 11:00 p.m.", None),
                  ("a2", "INDIRECT", "m4", ("say", "Police say the suspect pulled"), "the suspect pulled out a gun and told the victim to throw their wallet on the ground", None),
                  ("a3", "INDIRECT", "m5", "told", "to throw their wallet on the ground", "a2"),
                  ("a4", "INDIRECT", "m6", ("say", "Police say the suspect then"), "the suspect then picked up the wallet and fled the scene", None),
                  ("a5", "INDIRECT", "m10", "warned", ("the suspect", "of the suspect.\nPolice say a"), None),
                  ("a6", "INDIRECT", "m12", ("say", "Police say a little"), "a little while later, employees from the Walgreens at North Monroe Street and Stewart Road said someone matching the description of the suspect just left their store", None),
                  ("a7", "INDIRECT", "m13", ("said", "Road said"), "someone matching the description of the suspect just left their store", "a6"),
                  ("a8", "INDIRECT", "m17", ("say", "Police say they"), "they searched the suspect and found a black Airsoft-type gun and the victim's wallet in the suspect's pocket", None),
                  ("a9", "INDIRECT", "m19", ("say", "Police say the suspect confessed"), "the suspect confessed to the robbery and is being held in the Monroe County Jail", None),
                  ("a10", "INDIRECT", "m20", "confessed", "the robbery", "a9")])

doc("lankaweb-lanza-warning-government",
    url="https://www.lankaweb.com/news/items/2022/04/04/nimal-lanza-issues-warning-to-the-government/",
    outlet="LankaWeb", country="Sri Lanka", topic="politics", cut=False, published="2022-04-04",
    text=("Nimal Lanza issues warning to the government\n"
          "Former State Minister Nimal Lanza warns that the government will lose its majority in parliament if it attempts to continue through various tactics.\n"
          "Accordingly, more than 50 Members of Parliament representing the ruling party are prepared to function independently in Parliament tomorrow (05), he said.\n"
          "Speaking to the media in Negombo today (04), he further stated that it is very reasonable for the people to ask the government to go home.\n"
          "He said that the government should understand this pressure and step down, adding that at this moment the people\u2019s demand should be listened to and not politics.\n"
          "I wish to clearly state that more than 50 will be independent in Parliament tomorrow. We hope to make a statement in Parliament while listening to the demands of the people, and leave the government and support anyone in the opposition to govern.\u201d\n"
          "We clearly say that if the government does not take that action today, all the more than 50 in Parliament will unite tomorrow and especially we in the SLPP will be independent. Then when the government loses the majority 113, the government will have to be dissolved. Then the President can invite anyone to take a government and continue this,\u201d he said."),
    entities=[("lanza", "Nimal Lanza", "PERSON", ["Lanza", "Former State Minister Nimal Lanza"], "Former State Minister")],
    mentions=[("m1", ("Nimal Lanza", "Nimal Lanza issues"), "lanza"),
              ("m2", "Former State Minister Nimal Lanza", "lanza"),
              ("m3", ("he", "(05), he"), "lanza"),
              ("m4", ("he", "he further"), "lanza"),
              ("m5", ("He", "He said"), "lanza"),
              ("m6", ("he", "this,\u201d he"), "lanza")],
    attributions=[("a1", "INDIRECT", "m2", "warns", "the government will lose its majority in parliament if it attempts to continue through various tactics", None),
                  ("a2", "INDIRECT", "m3", ("said", "(05), he said"), "more than 50 Members of Parliament representing the ruling party are prepared to function independently in Parliament tomorrow (05)", None),
                  ("a3", "INDIRECT", "m4", "stated", "it is very reasonable for the people to ask the government to go home", None),
                  ("a4", "INDIRECT", "m5", ("said", "He said"), "the government should understand this pressure and step down", None),
                  ("a5", "INDIRECT", "m5", "adding", "at this moment the people\u2019s demand should be listened to and not politics", None),
                  ("a6", "DIRECT", "m5", None, "I wish to clearly state that more than 50 will be independent in Parliament tomorrow. We hope to make a statement in Parliament while listening to the demands of the people, and leave the government and support anyone in the opposition to govern.", None),
                  ("a7", "DIRECT", "m6", ("said", "this,\u201d he said"), "We clearly say that if the government does not take that action today, all the more than 50 in Parliament will unite tomorrow and especially we in the SLPP will be independent. Then when the government loses the majority 113, the government will have to be dissolved. Then the President can invite anyone to take a government and continue this,", None)])

write("test.jsonl")
