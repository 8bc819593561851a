#!/usr/bin/env python3
"""Writes test7_a.jsonl: real-news gold, split test7-a (see gold.py). Run: python3 make_test7_a.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
doc("mimimefoinfos-cameroon-agoa-sadi-not-objective",
    url="https://mimimefoinfos.com/government-says-us-cutting-agoa-trade-ties-with-cameroon-is-not-objective/",
    outlet="Mimi Mefo Info", country="Cameroon", topic="politics", cut=False,
    text=(T := "Government says US cutting AGOA Trade Ties With Cameroon is not objective\n"
          "Communication Minister, Rene Emmanuel Sadi has said America’s decision to cut off Cameroon from the Africa Growth and Opportunities Act, AGOA is not objective.\n"
          "Talking to Voice of America Daybreak Africa, Minister Sadi said the state is still looking into the decision and will react in due time.\n"
          "However he said, “there are things said there which may not correspond to the reality because we think Cameroon is one of the countries in Africa which has done a lot in terms of democracy, and promoting liberties”.\n"
          "“Have they seen all the atrocities committed by these separatists? Are they blind not to see what atrocities these guys are committing? Our forces are there to protect our citizens, preserve the integrity of the country and they are there because it is a duty for the state to be present and to secure the population and the state,” he added.\n"
          "Regarding national dialogue, Minister Sadi said it was a huge success. “They discussed and came out with pertinent proposals and now we are waiting for the assessment of the Head of State and the eventual implementation of these proposals.”\n"
          "The US said yesterday that she will blacklist Cameroon from the AGOA program as from January 1, 2020. President Trump told Congress the decision is because of human rights violations in the country."),
    entities=[("govt", "Government", "ORGANIZATION", ["the state"], "Government of Cameroon"),
              ("sadi", "Rene Emmanuel Sadi", "PERSON",
               ["Sadi", "Minister Sadi", "Communication Minister, Rene Emmanuel Sadi"],
               "Cameroon's Communication Minister and government spokesman"),
              ("us", "The US", "GPE", ["US"], "United States"),
              ("trump", "President Trump", "PERSON", ["Trump"], "President of the United States")],
    mentions=[("m1", ("Government", "Government says"), "govt"),
              ("m2", ("US", "says US cutting"), "us"),
              ("m3", "Communication Minister, Rene Emmanuel Sadi", "sadi"),
              ("m4", ("Minister Sadi", "Minister Sadi said the state"), "sadi"),
              ("m5", ("the state", "the state is still"), "govt"),
              ("m6", ("he", "However he said"), "sadi"),
              ("m7", ("he", "he added"), "sadi"),
              ("m8", ("Minister Sadi", "Minister Sadi said it was"), "sadi"),
              ("m9", "The US", "us"),
              ("m10", "President Trump", "trump")],
    attributions=[("a1", "INDIRECT", "m1", ("says", "Government says"), "US cutting AGOA Trade Ties With Cameroon is not objective", None),
                  ("a2", "INDIRECT", "m3", ("said", "has said America"),
                   "America’s decision to cut off Cameroon from the Africa Growth and Opportunities Act, AGOA is not objective", None),
                  ("a3", "INDIRECT", "m4", ("said", "Sadi said the state"),
                   "the state is still looking into the decision and will react in due time", None),
                  ("a4", "DIRECT", "m6", ("said", "However he said"), seg(T, "there are things said there", "promoting liberties"), None),
                  ("a5", "DIRECT", "m7", ("added", "he added"), seg(T, "Have they seen all", "the population and the state,"), None),
                  ("a6", "INDIRECT", "m8", ("said", "Sadi said it was"), "it was a huge success", None),
                  ("a7", "DIRECT", "m8", None, seg(T, "They discussed and came out", "implementation of these proposals."), None),
                  ("a8", "INDIRECT", "m9", ("said", "US said yesterday"),
                   "she will blacklist Cameroon from the AGOA program as from January 1, 2020", None),
                  ("a9", "INDIRECT", "m10", ("told", "Trump told"), "the decision is because of human rights violations in the country", None)])

# ---------------------------------------------------------------------------------------
doc("sloveniatimes-plea-bargain-jewellery-robbery-ljubljana",
    url="https://sloveniatimes.com/3140/plea-bargain-used-in-first-major-case-in-slovenia",
    outlet="The Slovenia Times", country="Slovenia", topic="courts-crime", cut=False,
    text=(T := "Plea Bargain Used in First Major Case in Slovenia\n"
          "Three of the six men accused of armed robbery of a jewellery shop at the end of last year in Ljubljana, in which a 59-year-old clerk was shot dead, pleaded guilty to accessory to the crimes and got from three years and two months to four years and five months in jail.\n"
          "The lawyer of one of the defendants, Boris Grobelnik, explained that the new legislation brought the possibility of a milder sentence in exchange for a guilty plea. This will shorten the court proceedings and decrease the courts' workload, he noted.\n"
          "Blaž Mlinar Kovačič, the lawyer for another one of the defendants, said that the agreement reached between the defence and the prosecution had saved EUR 100,000 in court costs. \"This is more than the government will save with some of its measures.\"\n"
          "The other three defendants, including the pair charged with actually carrying out the robbery and killing the clerk, would not plead guilty, which is why Ljubljana District Judge Zvjezdan Radonjić set another pre-trial hearing for 19 June.\n"
          "Leaving the courtroom, one of the three hinted they might reconsider.\n"
          "District State Prosecutor Manja Prezelj said that even if no agreement was reached, the trial should not take long as \"the evidence is clear\".\n"
          "The pleas cannot be withdrawn, as the confessions are clear and there is evidence to support them. The time spent in custody will count towards their prison sentence, while they will have to pay their part of the legal expanses, according to the prosecutor.\n"
          "Prison sentences for robbery range from three to fifteen years.\n"
          "The prosecutor said she would demand a much higher sentence for the two who stand accused of carrying out the robbery and murder. The minimum sentence for murder alone is 15 years, she noted."),
    entities=[("grobelnik", "Boris Grobelnik", "PERSON",
               ["Grobelnik", "The lawyer of one of the defendants, Boris Grobelnik"], "lawyer of one of the defendants"),
              ("kovacic", "Blaž Mlinar Kovačič", "PERSON",
               ["Kovačič", "Mlinar Kovačič", "Blaž Mlinar Kovačič, the lawyer for another one of the defendants"],
               "lawyer of another defendant"),
              ("three", "one of the three", "PERSON", [], "one of the three defendants who did not plead guilty"),
              ("prezelj", "Manja Prezelj", "PERSON",
               ["Prezelj", "District State Prosecutor Manja Prezelj", "the prosecutor"], "District State Prosecutor")],
    mentions=[("m1", "The lawyer of one of the defendants, Boris Grobelnik", "grobelnik"),
              ("m2", ("he", "workload, he noted"), "grobelnik"),
              ("m3", "Blaž Mlinar Kovačič, the lawyer for another one of the defendants", "kovacic"),
              ("m4", "one of the three", "three"),
              ("m5", "District State Prosecutor Manja Prezelj", "prezelj"),
              ("m6", ("the prosecutor", "according to the prosecutor"), "prezelj"),
              ("m7", ("The prosecutor", "The prosecutor said"), "prezelj"),
              ("m8", ("she", "she noted"), "prezelj")],
    attributions=[("a1", "INDIRECT", "m1", "explained",
                   "the new legislation brought the possibility of a milder sentence in exchange for a guilty plea", None),
                  ("a2", "INDIRECT", "m2", ("noted", "workload, he noted"),
                   "This will shorten the court proceedings and decrease the courts' workload", None),
                  ("a3", "INDIRECT", "m3", ("said", "defendants, said that"),
                   "the agreement reached between the defence and the prosecution had saved EUR 100,000 in court costs", None),
                  ("a4", "DIRECT", "m3", None, "This is more than the government will save with some of its measures.", None),
                  ("a5", "INDIRECT", "m4", "hinted", "they might reconsider", None),
                  ("a6", "MIXED", "m5", ("said", "Prezelj said"),
                   "even if no agreement was reached, the trial should not take long as \"the evidence is clear\"", None),
                  ("a7", "INDIRECT", "m6", "according to",
                   seg(T, "The time spent in custody", "part of the legal expanses"), None),
                  ("a8", "INDIRECT", "m7", ("said", "The prosecutor said"),
                   "she would demand a much higher sentence for the two who stand accused of carrying out the robbery and murder", None),
                  ("a9", "INDIRECT", "m8", ("noted", "she noted"), "The minimum sentence for murder alone is 15 years", None)])

# ---------------------------------------------------------------------------------------
doc("sofiaglobe-sofia-two-more-hospitals-covid-patients",
    url="https://sofiaglobe.com/2020/10/20/covid-19-two-more-hospitals-in-bulgarias-capital-sofia-to-admit-patients/",
    outlet="The Sofia Globe", country="Bulgaria", topic="health-science", cut=True, published="2020-10-20",
    text=(T := "Covid-19: Two more hospitals in Bulgaria’s capital Sofia to admit patients\n"
          "Two more hospitals in Bulgaria’s capital city Sofia will admit Covid-19 patients not in need of intensive care, Bulgarian National Radio said on October 20.\n"
          "Ten beds each in the Doverie and Vita hospitals will be made available, the report said.\n"
          "The October 20 report by Bulgaria’s national information system said that 292 people in Sofia had tested positive for new coronavirus in the past 24 hours, the latest in a succession of sharp rises in confirmed cases of the virus in recent weeks in the capital city and many parts of Bulgaria.\n"
          "A statement by Sofia municipality said that on October 19, mayor Yordanka Fandukova had met the city’s operational headquarters against Covid-19, and had ordered an intensification of inspections of compliance with anti-epidemic measures in public places.\n"
          "To limit the spread of the disease, control at commercial site and in public transport was being stepped up, Sofia municipality said.\n"
          "Employees of the Sofia Inspectorate together with the regional police departments are checking for wearing masks, maintaining physical disinfecting and disinfecting in shops, the statement said.\n"
          "This past Saturday and Sunday alone, the teams inspected 643 retail outlets, some of which were instructed to prevent people from gathering in shops and customers entering the shops without masks.\n"
          "At the request of Fandukova, Sofia police have increased the number of teams assisting in inspections in public transport, the statement said.\n"
          "The statement said that the city’s education directorate was in constant contact with the heads of kindergartens and schools, requiring from them information about the condition of staff and pupils.\n"
          "Last week, more than 30 kindergartens, nurseries, schools and social homes were inspected, the municipality said."),
    entities=[("bnr", "Bulgarian National Radio", "ORGANIZATION", [], "Bulgaria's public radio"),
              ("report", "the report", "ORGANIZATION", [], "the October 20 radio report"),
              ("infosys", "Bulgaria’s national information system", "ORGANIZATION",
               ["national information system"], "Bulgaria's national Covid-19 information system"),
              ("municipality", "Sofia municipality", "ORGANIZATION", ["the municipality"], "Sofia's city administration"),
              ("statement", "the statement", "ORGANIZATION", [], "the statement of Sofia municipality"),
              ("directorate", "the city’s education directorate", "ORGANIZATION", ["education directorate"],
               "Sofia's education directorate")],
    mentions=[("m1", "Bulgarian National Radio", "bnr"),
              ("m2", ("the report", "the report said"), "report"),
              ("m3", "The October 20 report by Bulgaria’s national information system", "infosys"),
              ("m4", "A statement by Sofia municipality", "municipality"),
              ("m5", ("Sofia municipality", "stepped up, Sofia municipality"), "municipality"),
              ("m6", ("the statement", "disinfecting in shops, the statement said"), "statement"),
              ("m7", ("the statement", "public transport, the statement said"), "statement"),
              ("m8", ("The statement", "The statement said that"), "statement"),
              ("m9", "the city’s education directorate", "directorate"),
              ("m10", ("the municipality", "the municipality said"), "municipality")],
    attributions=[("a1", "INDIRECT", "m1", ("said", "Radio said"),
                   "Two more hospitals in Bulgaria’s capital city Sofia will admit Covid-19 patients not in need of intensive care", None),
                  ("a2", "INDIRECT", "m2", ("said", "the report said"),
                   "Ten beds each in the Doverie and Vita hospitals will be made available", None),
                  ("a3", "INDIRECT", "m3", ("said", "system said"),
                   seg(T, "292 people in Sofia had tested", "many parts of Bulgaria"), None),
                  ("a4", "INDIRECT", "m4", ("said", "municipality said that"),
                   seg(T, "on October 19, mayor", "measures in public places"), None),
                  ("a5", "INDIRECT", "m5", ("said", "Sofia municipality said."),
                   "To limit the spread of the disease, control at commercial site and in public transport was being stepped up", None),
                  ("a6", "INDIRECT", "m6", ("said", "disinfecting in shops, the statement said"),
                   seg(T, "Employees of the Sofia Inspectorate", "disinfecting in shops"), None),
                  ("a7", "INDIRECT", None, "instructed",
                   "to prevent people from gathering in shops and customers entering the shops without masks", None),
                  ("a8", "INDIRECT", "m7", ("said", "public transport, the statement said"),
                   seg(T, "At the request of Fandukova", "inspections in public transport"), None),
                  ("a9", "INDIRECT", "m8", ("said", "The statement said that"),
                   seg(T, "the city’s education directorate was", "staff and pupils"), None),
                  ("a10", "INDIRECT", "m9", "requiring", "information about the condition of staff and pupils", "a9"),
                  ("a11", "INDIRECT", "m10", ("said", "the municipality said"),
                   "Last week, more than 30 kindergartens, nurseries, schools and social homes were inspected", None)])

# ---------------------------------------------------------------------------------------
doc("swedenherald-climate-goals-review-unbelievably-irresponsible",
    url="https://swedenherald.com/article/wwf-lacking-coverage-in-climate-science",
    outlet="Sweden Herald", country="Sweden", topic="environment", cut=False, published="2025-01-23",
    text=(T := "Criticism of the climate goals: \"Unbelievably irresponsible\"\n"
          "Neither the Swedish Society for Nature Conservation nor the World Wildlife Fund (WWF) are impressed by the government's and the Sweden Democrats' decision to review the intermediate targets for Sweden's climate policy. It is incredibly irresponsible, says Kristina Östman, head of the climate unit at the Swedish Society for Nature Conservation.\n"
          "The most important thing for the climate is, according to Östman, what happens with emissions in the short term.\n"
          "And they need to decrease significantly. Now. Instead of increasing, as they do due to the government's inadequate climate policy. And in that situation, in the midst of the escalating climate crisis, the government chooses to review the goals instead of sharpening the policy, she says.\n"
          "Helldén: A smokescreen\n"
          "The government says it will link the Swedish goals to the European ones.\n"
          "But at the same time, we know that the policy being pursued today is insufficient. Both to reach Sweden's and the EU's goals. So, in reality, Sweden's climate policy is not good enough according to all measurements, regardless of which goals are used.\n"
          "The Green Party's spokesperson Daniel Helldén calls the decision \"a smokescreen\".\n"
          "What the government should do now, after all the criticism of the climate policy, is to take measures here and now that reduce emissions, says Kristina Östman.\n"
          "Regardless of whether it's a smokescreen or not, it's something other than what needs to be done. Emissions are not affected by which goals we have, but by which policy is pursued. And it's inadequate in the climate area today.\n"
          "WWF: Show leadership\n"
          "The newly re-elected President Donald Trump has once again seen to it that the USA leaves the Paris Agreement. And globally, 2024 was the warmest year ever recorded.\n"
          "Against that background, David Mjureke, climate expert at the World Wildlife Fund (WWF), thinks that countries like Sweden \"more than ever\" need to \"show leadership in the climate issue\". But the message that the government has given to the Environmental Objectives Committee to review the interim targets for Sweden's climate policy \"can be interpreted as the government wanting to backtrack\", Mjureke believes.\n"
          "Corrected: In an earlier version of the text, a quote from Kristina Östman was attributed to the wrong person."),
    entities=[("wwf", "the World Wildlife Fund (WWF)", "ORGANIZATION", ["World Wildlife Fund", "WWF"], "environmental organisation"),
              ("ostman", "Kristina Östman", "PERSON",
               ["Östman", "Kristina Östman, head of the climate unit at the Swedish Society for Nature Conservation"],
               "head of the climate unit at the Swedish Society for Nature Conservation"),
              ("govt", "the government", "ORGANIZATION", ["The government"], "Swedish government"),
              ("hellden", "Daniel Helldén", "PERSON", ["Helldén", "The Green Party's spokesperson Daniel Helldén"],
               "spokesperson of Sweden's Green Party"),
              ("mjureke", "David Mjureke", "PERSON", ["Mjureke"], "climate expert at WWF")],
    mentions=[("m1", ("the World Wildlife Fund (WWF)", "the World Wildlife Fund (WWF) are"), "wwf"),
              ("m2", "Kristina Östman, head of the climate unit at the Swedish Society for Nature Conservation", "ostman"),
              ("m3", ("Östman", "according to Östman"), "ostman"),
              ("m4", ("the government", "the government chooses"), "govt"),
              ("m5", ("she", "she says"), "ostman"),
              ("m6", ("Helldén", "Helldén: A"), "hellden"),
              ("m7", ("The government", "The government says"), "govt"),
              ("m8", "The Green Party's spokesperson Daniel Helldén", "hellden"),
              ("m9", ("the government", "What the government"), "govt"),
              ("m10", ("Kristina Östman", "says Kristina Östman."), "ostman"),
              ("m11", ("WWF", "WWF: Show"), "wwf"),
              ("m12", "David Mjureke, climate expert at the World Wildlife Fund (WWF)", "mjureke"),
              ("m13", ("the government", "the government has given"), "govt"),
              ("m14", ("the government", "the government wanting"), "govt"),
              ("m15", ("Mjureke", "Mjureke believes"), "mjureke"),
              ("m16", ("Kristina Östman", "a quote from Kristina"), "ostman")],
    attributions=[("a1", "DIRECT", None, None, "Unbelievably irresponsible", None),
                  ("a2", "INDIRECT", "m2", ("says", "irresponsible, says"), "It is incredibly irresponsible", None),
                  ("a3", "INDIRECT", "m3", ("according to", "according to Östman"),
                   seg(T, "The most important thing for the climate", "in the short term"), None),
                  ("a4", "INDIRECT", "m5", ("says", "she says"),
                   seg(T, "in that situation, in the midst", "sharpening the policy"), None),
                  ("a5", "INDIRECT", "m6", None, "A smokescreen", None),
                  ("a6", "INDIRECT", "m7", ("says", "The government says"), "it will link the Swedish goals to the European ones", None),
                  ("a7", "MIXED", "m8", "calls", "the decision \"a smokescreen\"", None),
                  ("a8", "INDIRECT", "m10", ("says", "emissions, says"),
                   seg(T, "What the government should do now", "that reduce emissions"), None),
                  ("a9", "INDIRECT", "m11", None, "Show leadership", None),
                  ("a10", "MIXED", "m12", "thinks",
                   "countries like Sweden \"more than ever\" need to \"show leadership in the climate issue\"", None),
                  ("a11", "MIXED", "m15", "believes",
                   seg(T, "the message that the government has given", "wanting to backtrack\""), None),
                  ("a12", "INDIRECT", "m13", ("message", "the message that"),
                   "to review the interim targets for Sweden's climate policy", "a11")])

# ---------------------------------------------------------------------------------------
doc("euroweeklynews-business-roundup-bank-of-spain-sabadell",
    url="https://euroweeklynews.com/2024/05/18/business-roundup-for-spain-and-the-uk-37/",
    outlet="Euro Weekly News", country="Spain", topic="business", cut=True, published="2024-05-18",
    text=(T := "Business Roundup for Spain and the UK\n"
          "Growth spurt ADDRESSING a parliamentary committee on May 7, Bank of Spain governor Pablo Hernandez de Cos foresaw 1.9 per cent growth for 2024, up from 1.6 per cent.\n"
          "The country’s gross domestic product increased by 0.7 per cent during the first quarter of 2024, outstripping other large European Union economies, the governor said. Based on these figures “and second-quarter information”, the Bank of Spain expected to revise its growth projections in its next update, due in mid-June, De Cos announced on presenting the Bank’s annual report.\n"
          "Rapped knuckles THE Financial Reporting Council (FRC) fined two Big Four auditors for blunders during the £237 million (€275.65 million) London Capital & Finance (LCF) debacle in 2019.\n"
          "LCF was a savings and investment company which sold unregulated mini-bonds, promising returns of up to 11 per cent.\n"
          "PwC must pay £4.9 million (€5.69 million) and EY £4.4 million (€5.12 million) – reduced from an original £7 million (€8.14 million) – for neglecting to understand LCF’s actions and internal controls and “not applying sufficient scrutiny”, the FRC said.\n"
          "Going it alone BANCO SABADELL arranged a meeting in London with its principal shareholders from the big international investment funds to justify its rejection of the BBVA bank’s takeover bid.\n"
          "The Cataluña-based bank headed by Josep Oliu explained that Sabadell was worth more than the BBVA’s €11.2 billion offer which would have exchanged one BBVA share for every 4.83 Sabadell share, a 30 per cent premium on Sabadell’s April 29 closing price.\n"
          "Oliu also pointed out that following a record 2023 with a net profit of €1.02 billion, Sabadell made a profit of €308 million between January and the end of March, 50 per cent more than during the first quarter of 2023."),
    entities=[("decos", "Pablo Hernandez de Cos", "PERSON", ["De Cos", "Hernandez de Cos", "the governor"],
               "Governor of the Bank of Spain"),
              ("bankofspain", "the Bank of Spain", "ORGANIZATION", ["Bank of Spain"], "Spain's central bank"),
              ("frc", "THE Financial Reporting Council (FRC)", "ORGANIZATION", ["Financial Reporting Council", "FRC", "the FRC"],
               "UK audit regulator"),
              ("lcf", "London Capital & Finance (LCF)", "ORGANIZATION", ["London Capital & Finance", "LCF"],
               "collapsed UK savings and investment company"),
              ("sabadell", "BANCO SABADELL", "ORGANIZATION", ["Banco Sabadell", "Sabadell", "The Cataluña-based bank"],
               "Spanish bank"),
              ("oliu", "Josep Oliu", "PERSON", ["Oliu"], "head of Banco Sabadell")],
    mentions=[("m1", "Bank of Spain governor Pablo Hernandez de Cos", "decos"),
              ("m2", ("the governor", "the governor said"), "decos"),
              ("m3", ("the Bank of Spain", "the Bank of Spain expected"), "bankofspain"),
              ("m4", ("De Cos", "De Cos announced"), "decos"),
              ("m5", "THE Financial Reporting Council (FRC)", "frc"),
              ("m6", "London Capital & Finance (LCF)", "lcf"),
              ("m7", ("LCF", "LCF was a savings"), "lcf"),
              ("m8", ("the FRC", "the FRC said"), "frc"),
              ("m9", "BANCO SABADELL", "sabadell"),
              ("m10", "The Cataluña-based bank", "sabadell"),
              ("m11", "Josep Oliu", "oliu"),
              ("m12", ("Sabadell", "that Sabadell was"), "sabadell"),
              ("m13", ("Oliu", "Oliu also"), "oliu"),
              ("m14", ("Sabadell", "Sabadell made"), "sabadell")],
    attributions=[("a1", "INDIRECT", "m1", "foresaw", "1.9 per cent growth for 2024, up from 1.6 per cent", None),
                  ("a2", "INDIRECT", "m2", ("said", "the governor said"),
                   seg(T, "The country’s gross domestic product", "European Union economies"), None),
                  ("a3", "MIXED", "m4", ("announced", "De Cos announced"),
                   seg(T, "Based on these figures", "due in mid-June"), None),
                  ("a4", "INDIRECT", "m3", ("expected", "Spain expected"),
                   "to revise its growth projections in its next update, due in mid-June", "a3"),
                  ("a5", "INDIRECT", "m7", "promising", "returns of up to 11 per cent", None),
                  ("a6", "MIXED", "m8", ("said", "the FRC said"),
                   seg(T, "PwC must pay", "“not applying sufficient scrutiny”"), None),
                  ("a7", "INDIRECT", "m10", "explained",
                   seg(T, "Sabadell was worth more", "April 29 closing price"), None),
                  ("a8", "INDIRECT", "m13", "pointed out",
                   seg(T, "following a record 2023", "first quarter of 2023"), None)])

# ---------------------------------------------------------------------------------------
doc("stjohntradewinds-hill-hears-residents-concerns",
    url="https://stjohntradewinds.com/senate-president-hill-hears-residents-concerns-on-self-governance-parking-and-more/",
    outlet="St. John Tradewinds", country="US Virgin Islands", topic="local", cut=True,
    text=(T := "Senate President Hill Hears Residents’ Concerns on Self Governance, Parking and More\n"
          "Senate President Louis Patrick Hill made it clear that he expected to leave his Wednesday evening, February 10, public meeting with some concrete solutions to St. John residents’ concerns.\n"
          "Approximately 100 people attended the meeting at the Westin Resort, and some who testified offered their own solutions to problems which have long plagued Love City.\n"
          "Many of the island’s issues have stemmed from a lack of self governance, explained resident Paul Devine.\n"
          "Devine recommended Love City receive five percent of each government department’s budget, based on the fact that five percent of the Virgin Islands population resides on St. John. He also proposed an island council form of government where members are elected locally and given executive power, which current island administrators lack.\n"
          "“I hope our government officials will finally realize that St. John is as viable and important to the Virgin Islands as are St. Thomas and St. Croix,” said Devine. “I would not be understating by saying that representation by our elected officials is poor at best, or in some cases, non-existent. Government representation is sorely lacking.”\n"
          "Several of those in attendance debated the best way to go about improving representation for St. John, without requiring an act of Congress.\n"
          "Longtime resident Lonnie Willis emphasized the importance of budgeting monies specifically for St. John, rather than for the St. Thomas-St. John district as a whole."),
    entities=[("hill", "Louis Patrick Hill", "PERSON",
               ["Hill", "Senate President Hill", "Senate President Louis Patrick Hill"], "Senate President, Virgin Islands Legislature"),
              ("devine", "Paul Devine", "PERSON", ["Devine", "resident Paul Devine"], "St. John resident"),
              ("attendees", "Several of those in attendance", "GROUP", [], "some of those attending the public meeting"),
              ("willis", "Lonnie Willis", "PERSON", ["Willis", "Longtime resident Lonnie Willis"], "longtime St. John resident")],
    mentions=[("m1", "Senate President Hill", "hill"),
              ("m2", "Senate President Louis Patrick Hill", "hill"),
              ("m3", "resident Paul Devine", "devine"),
              ("m4", ("Devine", "Devine recommended"), "devine"),
              ("m5", ("He", "He also proposed"), "devine"),
              ("m6", ("Devine", "said Devine"), "devine"),
              ("m7", "Several of those in attendance", "attendees"),
              ("m8", "Longtime resident Lonnie Willis", "willis")],
    attributions=[("a1", "INDIRECT", "m2", "made it clear",
                   seg(T, "he expected to leave his Wednesday", "St. John residents’ concerns"), None),
                  ("a2", "INDIRECT", "m3", "explained", "Many of the island’s issues have stemmed from a lack of self governance", None),
                  ("a3", "INDIRECT", "m4", "recommended",
                   seg(T, "Love City receive five percent", "resides on St. John"), None),
                  ("a4", "INDIRECT", "m5", "proposed",
                   seg(T, "an island council form", "current island administrators lack"), None),
                  ("a5", "DIRECT", "m6", ("said", "said Devine"), seg(T, "I hope our government officials", "St. Thomas and St. Croix,"), None),
                  ("a6", "DIRECT", "m6", None, seg(T, "I would not be understating", "sorely lacking."), None),
                  ("a7", "INDIRECT", "m7", "debated", "the best way to go about improving representation for St. John", None),
                  ("a8", "INDIRECT", "m8", "emphasized",
                   seg(T, "the importance of budgeting monies", "district as a whole"), None)])

write("test7_a.jsonl")
