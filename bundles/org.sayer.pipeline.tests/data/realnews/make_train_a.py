#!/usr/bin/env python3
"""Writes train_a.jsonl: real-news gold, split train-a (see gold.py). Run: python3 make_train_a.py"""
from gold import doc, write

# ---------------------------------------------------------------------------------------
doc("abc-wong-abbott-budget",
    url="https://www.abc.net.au/news/2011-05-12/wong-attacks-abbotts-budget-negativity/2709722",
    outlet="ABC News (Australia)", country="Australia", topic="politics", cut=True,
    published="2011-05-12",
    text=("Wong attacks Abbott's budget 'negativity'\n"
          "Finance Minister Penny Wong has accused Tony Abbott of \"mindless negativity\" after he delivered his budget reply speech.\n"
          "Mr Abbott has attacked the Federal Government's budget saying it would make life harder for Australian families.\n"
          "But Ms Wong said Mr Abbott has failed the test of an alternative leader.\n"
          "\"Mr Abbott failed to put forward a single new policy, a single new save or a single tough decision,\" she said.\n"
          "\"Tony Abbott's budget in reply shows he is all opposition and no leader.\"\n"
          "Ms Wong said Mr Abbott's speech lacked detail and he could not run the economy on three-word slogans.\n"
          "\"He failed the most fundamental test of all, to outline how he would return the budget to surplus. In fact he did not even commit to it,\" she said.\n"
          "\"Tony Abbott had one job tonight - to balance the books and he didn't do it.\"\n"
          "Ms Wong said the Government is focussed on getting the economy back in the black.\n"
          "\"I think what's important is bringing the budget back to surplus, that will help Australian families,\" she said.\n"
          "She accused Mr Abbott of being too negative on the budget at a time when Australians know they have to tighten their belts.\n"
          "\"It's not what the nation needs at the moment as the nation recovers from the global financial crisis and natural disasters which also weren't mentioned in his speech,\" she said.\n"
          "In his address to Parliament Thursday, Mr Abbott said working families were already hurting from rising costs of living.\n"
          "\"Families already know what it's like to tighten their belts,\" he said.\n"
          "\"They don't need Government to do it for them, yet the only certainty from this budget is further upward pressure on interest rates because this Government is still borrowing $135 million every single day.\"\n"
          "Mr Abbott attacked the National Broadband Network, the Government's handling of asylum seekers, the mining tax and the carbon tax."),
    entities=[("wong", "Penny Wong", "PERSON", ["Ms Wong", "Wong"], "Finance Minister"),
              ("abbott", "Tony Abbott", "PERSON", ["Mr Abbott", "Abbott"]),
              ("australians", "Australians", "GROUP", [])],
    mentions=[("m1", ("Wong", "Wong attacks"), "wong"),
              ("m2", "Finance Minister Penny Wong", "wong"),
              ("m3", ("Tony Abbott", "accused Tony"), "abbott"),
              ("m4", ("Mr Abbott", "Mr Abbott has attacked"), "abbott"),
              ("m5", ("Ms Wong", "But Ms Wong"), "wong"),
              ("m6", ("Mr Abbott", "Mr Abbott has failed"), "abbott"),
              ("m7", ("Mr Abbott", "\"Mr Abbott failed"), "abbott"),
              ("m8", ("she", "decision,\" she"), "wong"),
              ("m9", ("Ms Wong", "Ms Wong said Mr Abbott's"), "wong"),
              ("m10", ("she", "commit to it,\" she"), "wong"),
              ("m11", ("Tony Abbott", "Tony Abbott had"), "abbott"),
              ("m12", ("Ms Wong", "Ms Wong said the Government"), "wong"),
              ("m13", ("she", "Australian families,\" she"), "wong"),
              ("m14", ("She", "She accused"), "wong"),
              ("m15", ("Mr Abbott", "accused Mr Abbott"), "abbott"),
              ("m16", ("Australians", "when Australians"), "australians"),
              ("m17", ("she", "his speech,\" she"), "wong"),
              ("m18", ("Mr Abbott", "Mr Abbott said working"), "abbott"),
              ("m19", ("he", "belts,\" he"), "abbott"),
              ("m20", ("Mr Abbott", "Mr Abbott attacked"), "abbott")],
    attributions=[
        ("a1", "MIXED", "m1", "attacks", "Abbott's budget 'negativity'", None),
        ("a2", "MIXED", "m2", ("accused", "has accused"), "Tony Abbott of \"mindless negativity\"", None),
        ("a3", "INDIRECT", "m4", ("attacked", "has attacked"), "the Federal Government's budget", None),
        ("a4", "INDIRECT", "m4", "saying", "it would make life harder for Australian families", None),
        ("a5", "INDIRECT", "m5", ("said", "But Ms Wong"), "Mr Abbott has failed the test of an alternative leader", None),
        ("a6", "DIRECT", "m8", ("said", "decision,\" she"), "Mr Abbott failed to put forward a single new policy, a single new save or a single tough decision,", None),
        ("a7", "DIRECT", "m8", None, "Tony Abbott's budget in reply shows he is all opposition and no leader.", None),
        ("a8", "INDIRECT", "m9", ("said", "Ms Wong said Mr Abbott's"), "Mr Abbott's speech lacked detail and he could not run the economy on three-word slogans", None),
        ("a9", "DIRECT", "m10", ("said", "commit to it,\" she"), "He failed the most fundamental test of all, to outline how he would return the budget to surplus. In fact he did not even commit to it,", None),
        ("a10", "DIRECT", "m10", None, "Tony Abbott had one job tonight - to balance the books and he didn't do it.", None),
        ("a11", "INDIRECT", "m12", ("said", "Ms Wong said the Government"), "the Government is focussed on getting the economy back in the black", None),
        ("a12", "DIRECT", "m13", ("said", "Australian families,\" she"), "I think what's important is bringing the budget back to surplus, that will help Australian families,", None),
        ("a13", "INDIRECT", "m14", ("accused", "She accused"), "Mr Abbott of being too negative on the budget at a time when Australians know they have to tighten their belts", None),
        ("a14", "INDIRECT", "m16", ("know", "Australians know"), "they have to tighten their belts", "a13"),
        ("a15", "DIRECT", "m17", ("said", "his speech,\" she"), "It's not what the nation needs at the moment as the nation recovers from the global financial crisis and natural disasters which also weren't mentioned in his speech,", None),
        ("a16", "INDIRECT", "m18", ("said", "Mr Abbott said working"), "working families were already hurting from rising costs of living", None),
        ("a17", "DIRECT", "m19", ("said", "belts,\" he"), "Families already know what it's like to tighten their belts,", None),
        ("a18", "DIRECT", "m19", None, "They don't need Government to do it for them, yet the only certainty from this budget is further upward pressure on interest rates because this Government is still borrowing $135 million every single day.", None),
        ("a19", "INDIRECT", "m20", ("attacked", "Mr Abbott attacked"), "the National Broadband Network, the Government's handling of asylum seekers, the mining tax and the carbon tax", None)])

# ---------------------------------------------------------------------------------------
doc("smh-ofarrell-robertson-budget",
    url="http://news.smh.com.au/breaking-news-national/nsw-oppn-budget-response-a-failure-govt-20120614-20btl.html",
    outlet="The Sydney Morning Herald", country="Australia", topic="politics", cut=True,
    published="2012-06-14",
    text=("NSW oppn budget response a failure: govt\n"
          "NSW Premier Barry O'Farrell says the opposition's budget response is a failure and Leader John Robertson has done his homework in the dark.\n"
          "Mr Robertson delivered his budget response on Thursday morning, pledging to increase energy vouchers by $10, restore an HSC advice line and hand more funding to the corruption watchdog.\n"
          "\"Mr Robertson again hasn't done his homework,\" Mr O'Farrell told reporters in Sydney.\n"
          "\"He, like me, was out at the (State of Origin) football last night.\n"
          "\"But the good news for the state is I didn't have to deliver a major speech this morning and he did - he failed.\"\n"
          "Mr O'Farrell said the Independent Commission Against Corruption (ICAC) doesn't need extra funding.\n"
          "\"ICAC has sufficient funding and I'm sure if you talk to ICAC they'll confirm they have sufficient funding,\" he said.\n"
          "\"But I can understand why a former Labor minister is concerned to ensure that ICAC is properly resourced given the number of other former Labor ministers that seem to be associated with it.\"\n"
          "Responding to Mr Robertson's criticism of the state government's budget, handed down on Tuesday, Mr O'Farrell said he'd been doing his homework in the dark.\n"
          "\"He claimed that our budget for instance didn't mention western Sydney,\" he said.\n"
          "\"The budget speech clearly not only mentioned western Sydney but committed to the long-awaited upgrade of a hospital in his own electorate.\"\n"
          "Mr O'Farrell said Mr Robertson was being old-fashioned if he thought the HSC advice line, which the state government scrapped on Tuesday, was going to help students.\n"
          "He said 72,000 students sat the HSC last year but the line only received 600 calls at an average cost of $275 per call."),
    entities=[("ofarrell", "Barry O'Farrell", "PERSON", ["Mr O'Farrell", "O'Farrell"], "NSW Premier"),
              ("robertson", "John Robertson", "PERSON", ["Mr Robertson", "Robertson"], "opposition leader"),
              ("govt", "NSW government", "ORGANIZATION", ["govt", "the state government"])],
    mentions=[("m1", "govt", "govt"),
              ("m2", "NSW Premier Barry O'Farrell", "ofarrell"),
              ("m3", "Leader John Robertson", "robertson"),
              ("m4", ("Mr Robertson", "Mr Robertson delivered"), "robertson"),
              ("m5", ("Mr Robertson", "\"Mr Robertson again"), "robertson"),
              ("m6", ("Mr O'Farrell", "Mr O'Farrell told"), "ofarrell"),
              ("m7", ("Mr O'Farrell", "Mr O'Farrell said the Independent"), "ofarrell"),
              ("m8", ("he", "sufficient funding,\" he"), "ofarrell"),
              ("m9", ("Mr Robertson", "Mr Robertson's criticism"), "robertson"),
              ("m10", ("Mr O'Farrell", "Mr O'Farrell said he'd"), "ofarrell"),
              ("m11", ("He", "\"He claimed"), "robertson"),
              ("m12", ("he", "western Sydney,\" he"), "ofarrell"),
              ("m13", ("Mr O'Farrell", "Mr O'Farrell said Mr Robertson"), "ofarrell"),
              ("m14", ("Mr Robertson", "said Mr Robertson was"), "robertson"),
              ("m15", ("the state government", "which the state government"), "govt"),
              ("m16", ("He", "He said 72,000"), "ofarrell")],
    attributions=[
        ("a1", "INDIRECT", "m1", None, "NSW oppn budget response a failure", None),
        ("a2", "INDIRECT", "m2", "says", "the opposition's budget response is a failure and Leader John Robertson has done his homework in the dark", None),
        ("a3", "INDIRECT", "m4", "pledging", "to increase energy vouchers by $10, restore an HSC advice line and hand more funding to the corruption watchdog", None),
        ("a4", "DIRECT", "m6", "told", "Mr Robertson again hasn't done his homework,", None),
        ("a5", "DIRECT", "m6", None, "He, like me, was out at the (State of Origin) football last night.\n\"But the good news for the state is I didn't have to deliver a major speech this morning and he did - he failed.", None),
        ("a6", "INDIRECT", "m7", ("said", "Mr O'Farrell said the Independent"), "the Independent Commission Against Corruption (ICAC) doesn't need extra funding", None),
        ("a7", "DIRECT", "m8", ("said", "sufficient funding,\" he"), "ICAC has sufficient funding and I'm sure if you talk to ICAC they'll confirm they have sufficient funding,", None),
        ("a8", "DIRECT", "m8", None, "But I can understand why a former Labor minister is concerned to ensure that ICAC is properly resourced given the number of other former Labor ministers that seem to be associated with it.", None),
        ("a9", "INDIRECT", "m9", "criticism", "the state government's budget, handed down on Tuesday", None),
        ("a10", "INDIRECT", "m10", ("said", "Mr O'Farrell said he'd"), "he'd been doing his homework in the dark", None),
        ("a11", "DIRECT", "m12", ("said", "western Sydney,\" he"), "He claimed that our budget for instance didn't mention western Sydney,", None),
        ("a12", "INDIRECT", "m11", "claimed", "our budget for instance didn't mention western Sydney", "a11"),
        ("a13", "DIRECT", "m12", None, "The budget speech clearly not only mentioned western Sydney but committed to the long-awaited upgrade of a hospital in his own electorate.", None),
        ("a14", "INDIRECT", "m13", ("said", "Mr O'Farrell said Mr Robertson"), "Mr Robertson was being old-fashioned if he thought the HSC advice line, which the state government scrapped on Tuesday, was going to help students", None),
        ("a15", "INDIRECT", "m16", ("said", "He said 72,000"), "72,000 students sat the HSC last year but the line only received 600 calls at an average cost of $275 per call", None)])

# ---------------------------------------------------------------------------------------
doc("newshub-opposition-condemn-budget",
    url="https://www.newshub.co.nz/home/politics/2016/05/opposition-parties-from-left-and-right-condemn-budget.html",
    outlet="Newshub", country="New Zealand", topic="politics", cut=False,
    text=("Opposition parties from left and right condemn Budget\n"
          "The Government has released its Budget today, and reaction from other political parties has been swift.\n"
          "The Greens condemned the lack of spending on social issues and conservation, with MP Kevin Hague saying health spending was about \"making services worse, but not as fast as in previous years\".\n"
          "ACT lashed out at the 'corporate welfare' in the Budget, saying \"Bill English needs to 'just say no' to Steven Joyce's corporate welfare addiction.\"\n"
          "They were also concerned with tax hikes that would affect lower income people.\n"
          "Labour MP Grant Robertson was quick to point out the Budget's Band-Aid solutions, which were \"a mish mash of sticking plasters on serious housing, health+education problems\".\n"
          "Labour's housing spokesperson Phil Twyford said the Government's solutions to the housing crisis were \"falling well short\" of those needed.\n"
          "However, National was optimistic its Budget would work, saying \"this Budget looks to the future.\""),
    entities=[("opposition", "Opposition parties from left and right", "GROUP", ["Opposition parties"]),
              ("greens", "The Greens", "ORGANIZATION", ["Greens"]),
              ("hague", "Kevin Hague", "PERSON", ["Hague"], "MP"),
              ("act", "ACT", "ORGANIZATION", []),
              ("robertson", "Grant Robertson", "PERSON", ["Robertson"], "Labour MP"),
              ("twyford", "Phil Twyford", "PERSON", ["Twyford"], "Labour housing spokesperson"),
              ("national", "National", "ORGANIZATION", [])],
    mentions=[("m1", "Opposition parties from left and right", "opposition"),
              ("m2", "The Greens", "greens"),
              ("m3", "MP Kevin Hague", "hague"),
              ("m4", "ACT", "act"),
              ("m5", "Labour MP Grant Robertson", "robertson"),
              ("m6", "Labour's housing spokesperson Phil Twyford", "twyford"),
              ("m7", "National", "national")],
    attributions=[
        ("a1", "INDIRECT", "m1", ("condemn", "condemn Budget"), ("Budget", "condemn Budget"), None),
        ("a2", "INDIRECT", "m2", "condemned", "the lack of spending on social issues and conservation", None),
        ("a3", "MIXED", "m3", ("saying", "Hague saying"), "health spending was about \"making services worse, but not as fast as in previous years\"", None),
        ("a4", "MIXED", "m4", "lashed out at", "the 'corporate welfare' in the Budget", None),
        ("a5", "DIRECT", "m4", ("saying", "Budget, saying"), "Bill English needs to 'just say no' to Steven Joyce's corporate welfare addiction.", None),
        ("a6", "MIXED", "m5", "point out", "the Budget's Band-Aid solutions, which were \"a mish mash of sticking plasters on serious housing, health+education problems\"", None),
        ("a7", "MIXED", "m6", "said", "the Government's solutions to the housing crisis were \"falling well short\" of those needed", None),
        ("a8", "INDIRECT", "m7", "optimistic", "its Budget would work", None),
        ("a9", "DIRECT", "m7", ("saying", "work, saying"), "this Budget looks to the future.", None)])

# ---------------------------------------------------------------------------------------
doc("ndtv-ministers-counter-opposition",
    url="https://ndtv.com/india-news/parliament-monsoon-session-opposition-should-apologise-says-government-in-press-briefing-on-monsoon-session-cut-short-amid-protests-2508772",
    outlet="NDTV", country="India", topic="politics", cut=True,
    published="2021-08-12",
    text=("\"We Were Threatened Over Bills\": 8 Union Ministers Counter Opposition\n"
          "Monsoon Session 2021: Earlier Congress MP Rahul Gandhi and nearly a dozen other opposition leaders gathered to protest the abrupt end to Parliament and the alleged assault on MPs, including women\n"
          "New Delhi:\n"
          "The opposition must apologise for \"disruptive (and) threatening behaviour\" that forced Parliament to close two days early, the government said today, countering allegations \"outsiders not part of Parliament security were brought in to manhandle opposition MPs, including women\".\n"
          "The furious response to an equally furious attack by the opposition this morning - both underscoring the hostility and anger that have marked this monsoon session - was delivered by an array of eight union ministers, each of whom took turns to lash out.\n"
          "Pralhad Joshi, the Parliamentary Affairs Minister, accused the opposition of \"literally threatening that if (the government attempts to pass more) bill, there will be even more damage done\".\n"
          "\"We had to take a decision to end the monsoon session early because, and I am quoting the opposition, (they were) literally threatening that if we attempt to pass other bills (after the OBC and Insurance bills) there will be even more serious damage in Parliament,\" he said.\n"
          "Textiles Minister Piyush Goyal also took a shot, turning around the opposition's claims of its MPs being physically assaulted to say that a woman marshal in the Rajya Sabha had been injured.\n"
          "\"... a lady marshal was manhandled... Opposition's behaviour in Rajya Sabha on Wednesday was a new low for parliamentary democracy,\" he said, dismissing claims of external forces, \"There were 30 marshals... 18 men, 12 women. No one from outside was brought in\"."),
    entities=[("ministers", "8 Union Ministers", "GROUP", ["eight union ministers"]),
              ("leaders", "Congress MP Rahul Gandhi and nearly a dozen other opposition leaders", "GROUP", []),
              ("government", "the government", "ORGANIZATION", []),
              ("opposition", "the opposition", "ORGANIZATION", ["Opposition"]),
              ("joshi", "Pralhad Joshi", "PERSON", ["Joshi"], "Parliamentary Affairs Minister"),
              ("goyal", "Piyush Goyal", "PERSON", ["Goyal", "Mr Goyal"], "Textiles Minister")],
    mentions=[("m1", "8 Union Ministers", "ministers"),
              ("m2", ("Opposition", "Counter Opposition"), "opposition"),
              ("m3", "Congress MP Rahul Gandhi and nearly a dozen other opposition leaders", "leaders"),
              ("m4", "The opposition", "opposition"),
              ("m5", ("the government", "the government said"), "government"),
              ("m6", ("the opposition", "attack by the opposition"), "opposition"),
              ("m7", "eight union ministers", "ministers"),
              ("m8", "Pralhad Joshi, the Parliamentary Affairs Minister", "joshi"),
              ("m9", ("the opposition", "accused the opposition"), "opposition"),
              ("m10", ("the government", "(the government attempts"), "government"),
              ("m11", ("the opposition", "quoting the opposition"), "opposition"),
              ("m12", ("they", "(they were)"), "opposition"),
              ("m13", ("he", "in Parliament,\" he"), "joshi"),
              ("m14", "Textiles Minister Piyush Goyal", "goyal"),
              ("m15", ("the opposition", "the opposition's claims"), "opposition"),
              ("m16", ("he", "democracy,\" he"), "goyal")],
    attributions=[
        ("a1", "DIRECT", "m1", None, "We Were Threatened Over Bills", None),
        ("a2", "INDIRECT", "m1", "Counter", ("Opposition", "Counter Opposition"), None),
        ("a3", "INDIRECT", "m3", "protest", "the abrupt end to Parliament and the alleged assault on MPs, including women", None),
        ("a4", "MIXED", "m5", ("said", "the government said"), "The opposition must apologise for \"disruptive (and) threatening behaviour\" that forced Parliament to close two days early", None),
        ("a5", "MIXED", "m5", "countering", "allegations \"outsiders not part of Parliament security were brought in to manhandle opposition MPs, including women\"", None),
        ("a6", "DIRECT", None, "allegations", "outsiders not part of Parliament security were brought in to manhandle opposition MPs, including women", "a5"),
        ("a7", "MIXED", "m8", "accused", "the opposition of \"literally threatening that if (the government attempts to pass more) bill, there will be even more damage done\"", None),
        ("a8", "INDIRECT", "m9", ("threatening", "literally threatening that if (the"), "if (the government attempts to pass more) bill, there will be even more damage done", "a7"),
        ("a9", "DIRECT", "m13", ("said", "in Parliament,\" he"), "We had to take a decision to end the monsoon session early because, and I am quoting the opposition, (they were) literally threatening that if we attempt to pass other bills (after the OBC and Insurance bills) there will be even more serious damage in Parliament,", None),
        ("a10", "INDIRECT", "m12", ("threatening", "(they were) literally threatening"), "if we attempt to pass other bills (after the OBC and Insurance bills) there will be even more serious damage in Parliament", "a9"),
        ("a11", "INDIRECT", "m15", ("claims", "opposition's claims"), "its MPs being physically assaulted", None),
        ("a12", "INDIRECT", "m14", ("say", "to say that"), "a woman marshal in the Rajya Sabha had been injured", None),
        ("a13", "DIRECT", "m16", ("said", "democracy,\" he"), "... a lady marshal was manhandled... Opposition's behaviour in Rajya Sabha on Wednesday was a new low for parliamentary democracy,", None),
        ("a14", "INDIRECT", "m16", "dismissing", "claims of external forces", None),
        ("a15", "INDIRECT", None, ("claims", "claims of external"), "external forces", "a14"),
        ("a16", "DIRECT", "m16", None, "There were 30 marshals... 18 men, 12 women. No one from outside was brought in", None)])

# ---------------------------------------------------------------------------------------
doc("brecorder-ministers-lambast-opposition-leader",
    url="https://www.brecorder.com/news/amp/352877",
    outlet="Business Recorder", country="Pakistan", topic="politics", cut=True,
    published="2017-06-07",
    text=("Ministers lambasted opposition leader for running away from Parliament\n"
          "Responding to fierce speech of leader of the opposition Syed Khursheed Ahmad Shah, they said the government was still ready to listen to the opposition leaders as PML-N believed in democracy.\n"
          "However, they come hard on the opposition leader for hurling baseless allegations against the PML-N leadership.\n"
          "Speaking at the floor of the House, Minister for Kashmir Affairs Barjees Tahir said like other parties, the PML-N also rendered supreme services for the supremacy of the judiciary and constitution in the country.\n"
          "He said the opposition leader was still stick to its gun despite delivering daily speeches in the House and then staging walk outs.\n"
          "He said the opposition members should highlight the problems of their constituencies in the House but they have failed to perform their due role in the budget discussion.\n"
          "He urged the opposition not to vitiate the peaceful atmosphere and desist to destroy the national institutions.\n"
          "The Prime Minister has repeatedly said that he (PM) would respect the court decisions, he added.\n"
          "Minister of State for Interior Balighur Rehman said it was most unfortunate that the opposition leader was depriving other opposition members of their rights to speak in the house.\n"
          "He said the opposition leader was stressing for live telecast of his speech although there was no such precedent. Even during the PPP rule, they never gave any opportunity to the opposition leader to telecast live speech, he added.\n"
          "He said the credit also goes to PML-N government that an opportunity was given to the opposition leader to telecast his live speech in 2015.\n"
          "He said media was giving due coverage to the opposition and their demand was out of context.\n"
          "State Minister for Water and Power Abid Sher Ali criticized the opposition leader for leveling baseless allegation against PML-N leadership."),
    entities=[("ministers", "Ministers", "GROUP", []),
              ("shah", "Syed Khursheed Ahmad Shah", "PERSON", ["the opposition leader", "leader of the opposition"], "leader of the opposition"),
              ("tahir", "Barjees Tahir", "PERSON", ["Tahir"], "Minister for Kashmir Affairs"),
              ("pm", "The Prime Minister", "PERSON", ["PM"]),
              ("rehman", "Balighur Rehman", "PERSON", ["Rehman"], "Minister of State for Interior"),
              ("ali", "Abid Sher Ali", "PERSON", ["Abid Sher"], "State Minister for Water and Power")],
    mentions=[("m1", "Ministers", "ministers"),
              ("m2", ("opposition leader", "lambasted opposition leader"), "shah"),
              ("m3", "leader of the opposition Syed Khursheed Ahmad Shah", "shah"),
              ("m4", ("they", "Shah, they"), "ministers"),
              ("m5", ("they", "However, they"), "ministers"),
              ("m6", ("the opposition leader", "hard on the opposition leader"), "shah"),
              ("m7", "Minister for Kashmir Affairs Barjees Tahir", "tahir"),
              ("m8", ("He", "He said the opposition leader was still"), "tahir"),
              ("m9", ("the opposition leader", "the opposition leader was still"), "shah"),
              ("m10", ("He", "He said the opposition members"), "tahir"),
              ("m11", ("He", "He urged"), "tahir"),
              ("m12", "The Prime Minister", "pm"),
              ("m13", ("PM", "(PM)"), "pm"),
              ("m14", ("he", "decisions, he added"), "tahir"),
              ("m15", "Minister of State for Interior Balighur Rehman", "rehman"),
              ("m16", ("the opposition leader", "the opposition leader was depriving"), "shah"),
              ("m17", ("He", "He said the opposition leader was stressing"), "rehman"),
              ("m18", ("the opposition leader", "the opposition leader was stressing"), "shah"),
              ("m19", ("the opposition leader", "the opposition leader to telecast live"), "shah"),
              ("m20", ("he", "live speech, he added"), "rehman"),
              ("m21", ("He", "He said the credit"), "rehman"),
              ("m22", ("the opposition leader", "the opposition leader to telecast his"), "shah"),
              ("m23", ("He", "He said media"), "rehman"),
              ("m24", "State Minister for Water and Power Abid Sher Ali", "ali"),
              ("m25", ("the opposition leader", "criticized the opposition leader"), "shah")],
    attributions=[
        ("a1", "INDIRECT", "m1", "lambasted", "opposition leader for running away from Parliament", None),
        ("a2", "INDIRECT", "m4", ("said", "they said"), "the government was still ready to listen to the opposition leaders as PML-N believed in democracy", None),
        ("a3", "INDIRECT", "m5", "come hard on", "the opposition leader for hurling baseless allegations against the PML-N leadership", None),
        ("a4", "INDIRECT", "m7", ("said", "Tahir said"), "like other parties, the PML-N also rendered supreme services for the supremacy of the judiciary and constitution in the country", None),
        ("a5", "INDIRECT", "m8", ("said", "He said the opposition leader was still"), "the opposition leader was still stick to its gun despite delivering daily speeches in the House and then staging walk outs", None),
        ("a6", "INDIRECT", "m10", ("said", "He said the opposition members"), "the opposition members should highlight the problems of their constituencies in the House but they have failed to perform their due role in the budget discussion", None),
        ("a7", "INDIRECT", "m11", "urged", "the opposition not to vitiate the peaceful atmosphere and desist to destroy the national institutions", None),
        ("a8", "INDIRECT", "m14", ("added", "decisions, he added"), "The Prime Minister has repeatedly said that he (PM) would respect the court decisions", None),
        ("a9", "INDIRECT", "m12", ("said", "repeatedly said"), "he (PM) would respect the court decisions", "a8"),
        ("a10", "INDIRECT", "m15", ("said", "Rehman said"), "it was most unfortunate that the opposition leader was depriving other opposition members of their rights to speak in the house", None),
        ("a11", "INDIRECT", "m17", ("said", "He said the opposition leader was stressing"), "the opposition leader was stressing for live telecast of his speech although there was no such precedent", None),
        ("a12", "INDIRECT", "m18", "stressing for", "live telecast of his speech", "a11"),
        ("a13", "INDIRECT", "m20", ("added", "live speech, he added"), "Even during the PPP rule, they never gave any opportunity to the opposition leader to telecast live speech", None),
        ("a14", "INDIRECT", "m21", ("said", "He said the credit"), "the credit also goes to PML-N government that an opportunity was given to the opposition leader to telecast his live speech in 2015", None),
        ("a15", "INDIRECT", "m23", ("said", "He said media"), "media was giving due coverage to the opposition and their demand was out of context", None),
        ("a16", "INDIRECT", "m24", "criticized", "the opposition leader for leveling baseless allegation against PML-N leadership", None)])

# ---------------------------------------------------------------------------------------
doc("mmegi-prosecutor-recognises-accused",
    url="https://www.mmegi.bw/news/prosecutor-recognises-accused-from-previous-matter/news",
    outlet="Mmegi", country="Botswana", topic="courts-crime", cut=True,
    text=("Prosecutor recognises accused from previous matter\n"
          "FRANCISTOWN: A prosecutor who recognised an accused person, Dumizweni Mpofu from a previous case gave evidence in court last week.\n"
          "Mpofu and two others before court are charged with robbery on the morning of September 9 last year. Bojang told the court that he knew the accused person because he has dealt with him before in a different matter last year. \"You were on a case last year and that is why I recognized you when the complainant pointed at you,\" the judge said.\n"
          "Giving evidence, the prosecutor said he was on duty and went to check on a patient at the hospital, when he came across the complainant.\n"
          "\"Around minestone area, a woman flagged me down and I stopped. She was asking for assistance and she was barefoot and her hands were tied together with a bandage\", he said. Bojang said that the woman, who identified herself as Letsatsi, said that three men entered her house and attacked her. Bojang said that he left with the woman towards the Minestone Park as she said the men had gone in that direction. \"When we got to the park she pointed to three men who were walking ahead of us. They all wore black jackets. When they saw us they started running towards the Gallo Shopping Complex,\" Bojang went on.\n"
          "He said he recognised the accused person before then.\n"
          "\"I knew who you were. You know who I am and you even know my name. There is no way I can confuse you with anyone else,\" he said.\n"
          "Bojang told the court that after some minutes the backup called and told him that they had managed to arrest one of the three men and they were bringing him to the charge office. Bojang identified the bandage that was used to tie the complainant and a tie.\n"
          "During cross-examination the accused could not control his temper."),
    entities=[("bojang", "Bojang", "PERSON", ["the prosecutor", "A prosecutor"], "prosecutor"),
              ("judge", "the judge", "PERSON", []),
              ("accused", "Dumizweni Mpofu", "PERSON", ["Mpofu", "the accused", "the accused person"]),
              ("woman", "Letsatsi", "PERSON", ["the woman", "a woman", "the complainant"], "complainant"),
              ("backup", "the backup", "GROUP", [])],
    mentions=[("m1", "A prosecutor", "bojang"),
              ("m2", "Dumizweni Mpofu", "accused"),
              ("m3", ("Mpofu", "Mpofu and two"), "accused"),
              ("m4", ("Bojang", "Bojang told the court that he"), "bojang"),
              ("m5", ("the accused person", "he knew the accused person"), "accused"),
              ("m6", ("the complainant", "when the complainant"), "woman"),
              ("m7", "the judge", "judge"),
              ("m8", ("the prosecutor", "the prosecutor said"), "bojang"),
              ("m9", ("the complainant", "came across the complainant"), "woman"),
              ("m10", ("a woman", "a woman flagged"), "woman"),
              ("m11", ("She", "She was asking"), "woman"),
              ("m12", ("he", "bandage\", he"), "bojang"),
              ("m13", ("Bojang", "Bojang said that the woman"), "bojang"),
              ("m14", ("the woman", "that the woman, who"), "woman"),
              ("m15", "Letsatsi", "woman"),
              ("m16", ("Bojang", "Bojang said that he left"), "bojang"),
              ("m17", ("the woman", "with the woman"), "woman"),
              ("m18", ("she", "as she said"), "woman"),
              ("m19", ("Bojang", "Bojang went on"), "bojang"),
              ("m20", ("He", "He said he recognised"), "bojang"),
              ("m21", ("the accused person", "recognised the accused person"), "accused"),
              ("m22", ("You", "You know who"), "accused"),
              ("m23", ("he", "anyone else,\" he"), "bojang"),
              ("m24", ("Bojang", "Bojang told the court that after"), "bojang"),
              ("m25", "the backup", "backup"),
              ("m26", ("Bojang", "Bojang identified"), "bojang"),
              ("m27", ("the complainant", "tie the complainant"), "woman"),
              ("m28", ("the accused", "cross-examination the accused"), "accused")],
    attributions=[
        ("a1", "INDIRECT", "m4", ("told", "Bojang told the court that he"), "he knew the accused person because he has dealt with him before in a different matter last year", None),
        ("a2", "DIRECT", "m7", ("said", "the judge said"), "You were on a case last year and that is why I recognized you when the complainant pointed at you,", None),
        ("a3", "INDIRECT", "m8", ("said", "the prosecutor said"), "he was on duty and went to check on a patient at the hospital, when he came across the complainant", None),
        ("a4", "DIRECT", "m12", ("said", "bandage\", he said"), "Around minestone area, a woman flagged me down and I stopped. She was asking for assistance and she was barefoot and her hands were tied together with a bandage", None),
        ("a5", "INDIRECT", "m11", "asking for", "assistance", "a4"),
        ("a6", "INDIRECT", "m13", ("said", "Bojang said that the woman"), "the woman, who identified herself as Letsatsi, said that three men entered her house and attacked her", None),
        ("a7", "INDIRECT", "m14", ("identified", "identified herself"), "herself as Letsatsi", "a6"),
        ("a8", "INDIRECT", "m14", ("said", "Letsatsi, said"), "three men entered her house and attacked her", "a6"),
        ("a9", "INDIRECT", "m16", ("said", "Bojang said that he left"), "he left with the woman towards the Minestone Park as she said the men had gone in that direction", None),
        ("a10", "INDIRECT", "m18", ("said", "as she said"), "the men had gone in that direction", "a9"),
        ("a11", "DIRECT", "m19", "went on", "When we got to the park she pointed to three men who were walking ahead of us. They all wore black jackets. When they saw us they started running towards the Gallo Shopping Complex,", None),
        ("a12", "INDIRECT", "m20", ("said", "He said he recognised"), "he recognised the accused person before then", None),
        ("a13", "DIRECT", "m23", ("said", "anyone else,\" he said"), "I knew who you were. You know who I am and you even know my name. There is no way I can confuse you with anyone else,", None),
        ("a14", "INDIRECT", "m22", ("know", "You know who"), "who I am", "a13"),
        ("a15", "INDIRECT", "m24", ("told", "Bojang told the court that after"), "after some minutes the backup called and told him that they had managed to arrest one of the three men and they were bringing him to the charge office", None),
        ("a16", "INDIRECT", "m25", ("told", "and told him"), "they had managed to arrest one of the three men and they were bringing him to the charge office", "a15")])

# ---------------------------------------------------------------------------------------
LEAD = ("A JUDGE has described as \u201cextremely serious\u201d claims that a man accused of shoplifting was told by gardai "
        "to \u201cjust turn up in court and plead guilty\u201d to the charges.")
doc("limerickleader-judge-garda-advice-claims",
    url="http://www.limerickleader.ie/news/local-news/109916/Limerick-judge-s-concern-over-garda.html",
    outlet="Limerick Leader", country="Ireland", topic="courts-crime", cut=True,
    text=("Limerick judge\u2019s concern over garda advice claims\n"
          + LEAD + "\n" + LEAD + "\n"
          "The claims were made at Limerick Court during the case of a 46-year-old man who pleaded guilty to stealing several items, including ten bottles of beer, from Dunnes Stores, Harvey\u2019s Quay last month.\n"
          "When his case was initially, called the defendant said he wanted to plead guilty in accordance with the advice he had received from the female garda who arrested him.\n"
          "Upon hearing this, Judge Eugene O\u2019Kelly adjourned the case briefly to allow the accused seek legal advice.\n"
          "When the case was called again, solicitor Darach McCarthy said his client was standing over his earlier comments and wished to enter a guilty plea.\n"
          "In direct evidence, the defendant - a father of one - admitted stealing the items\n"
          "He told the court when he asked the garda who arrested him what to do next she informed him he didn\u2019t need a solicitor.\n"
          "\u201cShe told me, all you need to do is plead guilty,\u201d he said.\n"
          "Judge O\u2019Kelly said the claims were very serious and he said he had grave concerns that the man had been given \u201cpurported legal advice to plead guilty\u201d.\n"
          "However, Sgt Donal Cronin, said he would find it \u201cincredible\u201d if the named garda had given advice of the nature outlined by the defendant.\n"
          "\u201cI have no doubt, whatsoever, he is mistaken in what he (the defendant) is saying,\u201d said Sgt Cronin who added that the garda was highly experienced and professional."),
    entities=[("judge", "Eugene O\u2019Kelly", "PERSON", ["Judge O\u2019Kelly", "O\u2019Kelly", "A JUDGE"], "judge"),
              ("gardai", "gardai", "GROUP", []),
              ("defendant", "the defendant", "PERSON", ["the accused", "the man", "a man", "his client", "a 46-year-old man"]),
              ("garda", "the female garda", "PERSON", ["the garda", "the named garda"], "arresting garda"),
              ("mccarthy", "Darach McCarthy", "PERSON", ["McCarthy"], "solicitor"),
              ("cronin", "Donal Cronin", "PERSON", ["Sgt Cronin", "Cronin"], "sergeant")],
    mentions=[("m1", ("A JUDGE", "claims\nA JUDGE"), "judge"),
              ("m2", ("a man", "claims\nA JUDGE"), "defendant"),
              ("m3", ("gardai", "claims\nA JUDGE"), "gardai"),
              ("m4", ("A JUDGE", "charges.\nA JUDGE"), "judge"),
              ("m5", ("a man", "charges.\nA JUDGE"), "defendant"),
              ("m6", ("gardai", "charges.\nA JUDGE"), "gardai"),
              ("m7", "a 46-year-old man", "defendant"),
              ("m8", ("the defendant", "called the defendant"), "defendant"),
              ("m9", "the female garda", "garda"),
              ("m10", "Judge Eugene O\u2019Kelly", "judge"),
              ("m11", ("the accused", "allow the accused"), "defendant"),
              ("m12", "solicitor Darach McCarthy", "mccarthy"),
              ("m13", "his client", "defendant"),
              ("m14", ("the defendant", "evidence, the defendant"), "defendant"),
              ("m15", ("He", "He told the court"), "defendant"),
              ("m16", ("he", "he asked the garda"), "defendant"),
              ("m17", ("the garda", "asked the garda"), "garda"),
              ("m18", ("she", "next she informed"), "garda"),
              ("m19", ("She", "\u201cShe told"), "garda"),
              ("m20", ("he", "plead guilty,\u201d he"), "defendant"),
              ("m21", ("Judge O\u2019Kelly", "Judge O\u2019Kelly said"), "judge"),
              ("m22", ("he", "he said he had grave"), "judge"),
              ("m23", ("the man", "that the man had"), "defendant"),
              ("m24", "Sgt Donal Cronin", "cronin"),
              ("m25", "the named garda", "garda"),
              ("m26", ("the defendant", "outlined by the defendant"), "defendant"),
              ("m27", ("the defendant", "(the defendant)"), "defendant"),
              ("m28", ("Sgt Cronin", "said Sgt Cronin"), "cronin"),
              ("m29", ("the garda", "the garda was highly"), "garda")],
    attributions=[
        ("a1", "MIXED", "m1", ("described", "claims\nA JUDGE"), ("as \u201cextremely serious\u201d claims that a man accused of shoplifting was told by gardai to \u201cjust turn up in court and plead guilty\u201d to the charges", "claims\nA JUDGE"), None),
        ("a2", "MIXED", None, ("claims", "claims that a man accused of shoplifting was told by gardai to \u201cjust turn up in court and plead guilty\u201d to the charges.\nA JUDGE"), ("a man accused of shoplifting was told by gardai to \u201cjust turn up in court and plead guilty\u201d to the charges", "claims\nA JUDGE"), "a1"),
        ("a3", "MIXED", "m3", ("told", "claims\nA JUDGE"), ("to \u201cjust turn up in court and plead guilty\u201d to the charges", "claims\nA JUDGE"), "a2"),
        ("a4", "MIXED", "m4", ("described", "charges.\nA JUDGE"), ("as \u201cextremely serious\u201d claims that a man accused of shoplifting was told by gardai to \u201cjust turn up in court and plead guilty\u201d to the charges", "charges.\nA JUDGE"), None),
        ("a5", "MIXED", None, ("claims", "charges.\nA JUDGE"), ("a man accused of shoplifting was told by gardai to \u201cjust turn up in court and plead guilty\u201d to the charges", "charges.\nA JUDGE"), "a4"),
        ("a6", "MIXED", "m6", ("told", "charges.\nA JUDGE"), ("to \u201cjust turn up in court and plead guilty\u201d to the charges", "charges.\nA JUDGE"), "a5"),
        ("a7", "INDIRECT", "m8", ("said", "called the defendant said"), "he wanted to plead guilty in accordance with the advice he had received from the female garda who arrested him", None),
        ("a8", "INDIRECT", "m12", ("said", "McCarthy said"), "his client was standing over his earlier comments and wished to enter a guilty plea", None),
        ("a9", "INDIRECT", "m13", "standing over", "his earlier comments", "a8"),
        ("a10", "INDIRECT", "m14", "admitted", "stealing the items", None),
        ("a11", "INDIRECT", "m15", ("told", "He told the court"), "when he asked the garda who arrested him what to do next she informed him he didn\u2019t need a solicitor", None),
        ("a12", "INDIRECT", "m16", ("asked", "when he asked"), "what to do next", "a11"),
        ("a13", "INDIRECT", "m18", "informed", "he didn\u2019t need a solicitor", "a11"),
        ("a14", "DIRECT", "m20", ("said", "plead guilty,\u201d he said"), "She told me, all you need to do is plead guilty,", None),
        ("a15", "INDIRECT", "m19", ("told", "\u201cShe told"), "all you need to do is plead guilty", "a14"),
        ("a16", "INDIRECT", "m21", ("said", "Judge O\u2019Kelly said"), "the claims were very serious", None),
        ("a17", "MIXED", "m22", ("said", "he said he had grave"), "he had grave concerns that the man had been given \u201cpurported legal advice to plead guilty\u201d", None),
        ("a18", "MIXED", "m24", ("said", "Cronin, said"), "he would find it \u201cincredible\u201d if the named garda had given advice of the nature outlined by the defendant", None),
        ("a19", "DIRECT", "m28", ("said", "said Sgt Cronin"), "I have no doubt, whatsoever, he is mistaken in what he (the defendant) is saying,", None),
        ("a20", "INDIRECT", "m28", "added", "the garda was highly experienced and professional", None)])

# ---------------------------------------------------------------------------------------
doc("independent-soham-detective-convicted",
    url="http://www.independent.co.uk/news/uk/crime/soham-detective-convicted-of-lying-to-police-8002626.html",
    outlet="The Independent", country="UK", topic="courts-crime", cut=True,
    text=("Soham detective convicted of lying to police\n"
          "Soham detective Brian Stevens was today found guilty at the Old Bailey of conspiracy to pervert the course of justice. He was jailed for eight months.\n"
          "His friend Crown Prosecution Service case worker Louise Austin was also convicted of the same offence. She was sentenced to six months, suspended for two years.\n"
          "Stevens, 43, who was liaison officer to the family of Soham murder victim Jessica Chapman, was accused of giving police a false alibi to cover times when he was alleged to have downloaded \"questionable images\" on his Samsung laptop computer.\n"
          "Stevens lied to police by saying he was staying at the home of his friend Miss Austin, 32, when the images were downloaded and that he did not have his computer with him at the time.\n"
          "Miss Austin gave a statement to police supporting the alibi.\n"
          "The jury of five women and seven men began their deliberations at 12.20pm on Wednesday at the end of a two-week trial.\n"
          "Stevens, who has yet to be sentenced by trial judge Gerald Gordon, will now be dismissed or required to resign.\n"
          "\"Once he has been convicted of a serious criminal offence such as this the likelihood is that he will be dismissed,\" said Detective Superintendent Gary Ingrey, head of professional standards at Cambridgeshire Police.\n"
          "\"He could be required to resign, which is technically different. But either way the reality is that there will be little future for him.\"\n"
          "Privately, officers from Stevens' force said he was arrogant, cynical and manipulative, and they felt \"betrayed\" by him.\n"
          "They also expressed \"disgust\" that Stevens chose to use his dealings with the family of Jessica Chapman to try to convince the jury that he was an honourable detective.\n"
          "During his trial a tearful Stevens had claimed he had to break the news of Jessica's murder to her family."),
    entities=[("stevens", "Brian Stevens", "PERSON", ["Stevens", "Soham detective Brian Stevens"], "detective"),
              ("ingrey", "Gary Ingrey", "PERSON", ["Ingrey", "Detective Superintendent Gary Ingrey"], "Detective Superintendent, Cambridgeshire Police"),
              ("officers", "officers", "GROUP", [])],
    mentions=[("m1", "Soham detective Brian Stevens", "stevens"),
              ("m2", ("Stevens", "Stevens, 43"), "stevens"),
              ("m3", ("Stevens", "Stevens lied"), "stevens"),
              ("m4", ("Stevens", "Stevens, who has yet"), "stevens"),
              ("m5", "Detective Superintendent Gary Ingrey, head of professional standards at Cambridgeshire Police", "ingrey"),
              ("m6", "officers from Stevens' force", "officers"),
              ("m7", ("They", "They also"), "officers"),
              ("m8", ("Stevens", "Stevens chose"), "stevens"),
              ("m9", "a tearful Stevens", "stevens")],
    attributions=[
        ("a1", "MIXED", None, ("accused", "was accused"), "giving police a false alibi to cover times when he was alleged to have downloaded \"questionable images\" on his Samsung laptop computer", None),
        ("a2", "MIXED", None, ("alleged", "was alleged"), "to have downloaded \"questionable images\" on his Samsung laptop computer", "a1"),
        ("a3", "INDIRECT", "m3", "saying", "he was staying at the home of his friend Miss Austin, 32, when the images were downloaded and that he did not have his computer with him at the time", None),
        ("a4", "DIRECT", "m5", ("said", "said Detective"), "Once he has been convicted of a serious criminal offence such as this the likelihood is that he will be dismissed,", None),
        ("a5", "DIRECT", "m5", None, "He could be required to resign, which is technically different. But either way the reality is that there will be little future for him.", None),
        ("a6", "MIXED", "m6", ("said", "force said"), "he was arrogant, cynical and manipulative, and they felt \"betrayed\" by him", None),
        ("a7", "INDIRECT", "m7", "expressed \"disgust\"", "Stevens chose to use his dealings with the family of Jessica Chapman to try to convince the jury that he was an honourable detective", None),
        ("a8", "INDIRECT", "m9", "claimed", "he had to break the news of Jessica's murder to her family", None)])

# ---------------------------------------------------------------------------------------
doc("pulse-bello-cousin-trial-witness",
    url="https://www.pulse.ng/news/local/trial-of-yahaya-bellos-cousin-hits-snag-over-prosecution-witness-health/6v51xpr",
    outlet="Pulse Nigeria", country="Nigeria", topic="courts-crime", cut=False,
    published="2024-02-06",
    text=("Trial of Yahaya Bello\u2019s cousin hits snag over prosecution witness' health\n"
          "Musa, testifying in Hausa with the aid of an interpreter, tendered two record books as evidence.\n"
          "This was due to the unexpected complaint by the prosecution's third witness about feeling unwell.\n"
          "Led by Rotimi Oyedepo (SAN), the prosecution presented Rabiu Musa, who claimed to be a bureau de change operator based in Abuja, as its third witness. Musa, testifying in Hausa with the aid of an interpreter, tendered two record books as evidence.\n"
          "Despite claiming familiarity with the defendants, Musa struggled to recall details of his relationship with them and denied knowing a person named Hudu'driver, whose name appeared in one of the record books.\n"
          "However, midway through his testimony, Musa expressed discomfort and informed Justice James Omotosho that he was feeling unwell, citing high blood pressure. Concerned for the witness's well-being, Justice Omotosho allowed a brief adjournment, providing water and granting time for Musa to recuperate and review the transactions recorded in the tendered books.\n"
          "Represented respectively by Z. E Abass and Nureini Jimoh (SAN), Ali Bello and Dauda Suleiman patiently awaited the proceedings' continuation.\n"
          "Consequently, Justice Omotosho adjourned the trial till February 13, 22, and 23 to allow for the witness's recovery and the seamless continuation of proceedings."),
    entities=[("musa", "Rabiu Musa", "PERSON", ["Musa", "the prosecution's third witness"], "prosecution witness")],
    mentions=[("m1", ("Musa", "\nMusa, testifying"), "musa"),
              ("m2", "the prosecution's third witness", "musa"),
              ("m3", "Rabiu Musa", "musa"),
              ("m4", ("Musa", ". Musa, testifying"), "musa"),
              ("m5", ("Musa", "Musa struggled"), "musa"),
              ("m6", ("Musa", "Musa expressed"), "musa"),
              ("m7", ("Musa", "Musa to recuperate"), "musa")],
    attributions=[
        ("a1", "INDIRECT", "m2", "complaint", ("feeling unwell", "about feeling unwell"), None),
        ("a2", "INDIRECT", "m3", "claimed", "to be a bureau de change operator based in Abuja", None),
        ("a3", "INDIRECT", "m5", "claiming", "familiarity with the defendants", None),
        ("a4", "INDIRECT", "m5", "denied", "knowing a person named Hudu'driver, whose name appeared in one of the record books", None),
        ("a5", "INDIRECT", "m6", "informed", "he was feeling unwell", None),
        ("a6", "INDIRECT", "m6", "citing", "high blood pressure", None)])

# ---------------------------------------------------------------------------------------
doc("longfordleader-judge-refuses-plea-change",
    url="https://www.longfordleader.ie/news/home/832862/judge-refuses-application-to-change-plea-for-longford-violent-disorder-incident.html",
    outlet="Longford Leader", country="Ireland", topic="courts-crime", cut=False,
    published="2022-06-10",
    text=("Judge refuses application to change plea for Longford violent disorder incident\n"
          "A man who pleaded guilty to his involvement in a violent disorder incident at a bar in Granard on October 7, 2018, has had an application to change his plea refused.\n"
          "The man was aged 15 and a minor at the time of the offence.\n"
          "His application was based on an affidavit in which he claims he did not receive proper consultation from his legal team and that he was informed that the CCTV footage was \u201cdamning\u201d and that he was likely to be convicted and sentenced to three years in prison.\n"
          "He further stated that, immediately after pleading guilty, he emailed his solicitors asking to change his plea to not guilty.\n"
          "\u201cIn the court hearing to set aside his guilty plea, it became obvious that the accused had the book of evidence and that he had gone through it in detail,\u201d said Judge Keenan Johnson.\n"
          "\u201cThis is evidenced by a commentary which he sent to his then solicitors on the day before he pleaded guilty, relating to the book of evidence.\n"
          "\u201cIt has to be said that, from reading of the commentary, it indicates that the accused was clutching at straws in an effort to get some legal mechanism to avoid being convicted of the charge.\u201d\n"
          "CCTV footage viewed in court gave clear evidence that the case against the accused was \u201cvirtually insurmountable\u201d.\n"
          "\u201cThe accused is clearly seen going to the location of the bar, armed with a baton or stick,\u201d said Judge Johnson.\n"
          "\u201cHe is also seen using that implement to hit an individual in the bar.\u201d\n"
          "Judge Johnson further stated that he was satisfied that \u201cin light of the CCTV footage, he had no option other than to plead guilty\u201d.\n"
          "He therefore refused the application and the case will appear for full hearing at a later date."),
    entities=[("man", "the man", "PERSON", ["A man", "the accused"]),
              ("johnson", "Keenan Johnson", "PERSON", ["Judge Johnson", "Judge Keenan Johnson", "Johnson"], "judge")],
    mentions=[("m1", "A man", "man"),
              ("m2", "The man", "man"),
              ("m3", ("he", "which he claims"), "man"),
              ("m4", ("He", "He further stated"), "man"),
              ("m5", ("he", "he emailed"), "man"),
              ("m6", ("the accused", "obvious that the accused"), "man"),
              ("m7", "Judge Keenan Johnson", "johnson"),
              ("m8", ("the accused", "the accused was clutching"), "man"),
              ("m9", ("the accused", "case against the accused"), "man"),
              ("m10", ("The accused", "The accused is clearly"), "man"),
              ("m11", ("Judge Johnson", "said Judge Johnson"), "johnson"),
              ("m12", ("Judge Johnson", "Judge Johnson further"), "johnson")],
    attributions=[
        ("a1", "MIXED", "m3", "claims", "he did not receive proper consultation from his legal team and that he was informed that the CCTV footage was \u201cdamning\u201d and that he was likely to be convicted and sentenced to three years in prison", None),
        ("a2", "MIXED", None, ("informed", "he was informed"), "the CCTV footage was \u201cdamning\u201d and that he was likely to be convicted and sentenced to three years in prison", "a1"),
        ("a3", "INDIRECT", "m4", ("stated", "He further stated"), "immediately after pleading guilty, he emailed his solicitors asking to change his plea to not guilty", None),
        ("a4", "INDIRECT", "m5", "asking", "to change his plea to not guilty", "a3"),
        ("a5", "DIRECT", "m7", ("said", "said Judge Keenan"), "In the court hearing to set aside his guilty plea, it became obvious that the accused had the book of evidence and that he had gone through it in detail,", None),
        ("a6", "DIRECT", "m7", None, "This is evidenced by a commentary which he sent to his then solicitors on the day before he pleaded guilty, relating to the book of evidence.\n\u201cIt has to be said that, from reading of the commentary, it indicates that the accused was clutching at straws in an effort to get some legal mechanism to avoid being convicted of the charge.", None),
        ("a7", "DIRECT", "m11", ("said", "said Judge Johnson"), "The accused is clearly seen going to the location of the bar, armed with a baton or stick,", None),
        ("a8", "DIRECT", "m11", None, "He is also seen using that implement to hit an individual in the bar.", None),
        ("a9", "MIXED", "m12", ("stated", "Johnson further stated"), "he was satisfied that \u201cin light of the CCTV footage, he had no option other than to plead guilty\u201d", None)])

# ---------------------------------------------------------------------------------------
doc("abc-canberra-sword-attack-jailed",
    url="https://amp.abc.net.au/article/105258224",
    outlet="ABC News (Australia)", country="Australia", topic="courts-crime", cut=True,
    text=("Canberra man jailed for more than three years after attacking former partner with sword\n"
          "A 48-year-old man has been sentenced to three years behind bars after slashing a woman's face with a sword during an argument at his Canberra home last year.\n"
          "The ACT Supreme Court today heard police received an anonymous tip-off about a dispute at the man's home and officers arrived to find him holding a sword with a 60-centimetre blade and a woman covered in blood.\n"
          "The pair had been in a romantic relationship but after it broke down, a family violence order was put in place prohibiting the man from being within 100 metres of the victim.\n"
          "On the night of the assault, the woman went to the man's home, where an argument developed and escalated.\n"
          "The man, who was on bail at the time of the offence, told the woman the police had confiscated his gun but \"he still had his sword\".\n"
          "He then retrieved the weapon from his bedroom and swung it at the victim's face, hitting her on the chin.\n"
          "According to the statement of facts, the woman was pleading for her life when officers arrived to the scene and later told them she \"would be dead\" had they not arrived when they did.\n"
          "'Permanently scarred'\n"
          "During sentencing today, Chief Justice Lucy McCallum described the man's actions as \"extremely serious\".\n"
          "\"The victim suffered two open wounds on her chin, one of which required stitches under local anaesthetic,\" Chief Justice McCallum said.\n"
          "\"Those wounds will leave her permanently scarred.\"\n"
          "The court heard the woman suffered ongoing psychological symptoms due to the traumatic nature of the offence, including post-traumatic stress disorder, panic attacks and paranoia.\n"
          "\"It involved the use of a highly dangerous weapon, wielded intentionally \u2026 to one of the most vulnerable parts of her body,\" Chief Justice McCallum said.\n"
          "\"The impact on the victim has been grave.\""),
    entities=[("man", "the man", "PERSON", ["A 48-year-old man"]),
              ("woman", "the woman", "PERSON", ["a woman", "the victim"]),
              ("facts", "the statement of facts", "ORGANIZATION", []),
              ("mccallum", "Lucy McCallum", "PERSON", ["Chief Justice McCallum", "McCallum"], "ACT Chief Justice")],
    mentions=[("m1", "A 48-year-old man", "man"),
              ("m2", ("a woman", "a woman covered"), "woman"),
              ("m3", ("the man", "prohibiting the man"), "man"),
              ("m4", ("the victim", "metres of the victim"), "woman"),
              ("m5", ("the woman", "the woman went"), "woman"),
              ("m6", ("The man", "The man, who was on bail"), "man"),
              ("m7", ("the woman", "told the woman"), "woman"),
              ("m8", "the statement of facts", "facts"),
              ("m9", ("the woman", "the woman was pleading"), "woman"),
              ("m10", "Chief Justice Lucy McCallum", "mccallum"),
              ("m11", ("The victim", "\"The victim suffered"), "woman"),
              ("m12", ("Chief Justice McCallum", "anaesthetic,\" Chief Justice"), "mccallum"),
              ("m13", ("the woman", "court heard the woman"), "woman"),
              ("m14", ("Chief Justice McCallum", "her body,\" Chief Justice"), "mccallum"),
              ("m15", ("the victim", "impact on the victim"), "woman")],
    attributions=[
        ("a1", "INDIRECT", None, ("heard", "Court today heard"), "police received an anonymous tip-off about a dispute at the man's home and officers arrived to find him holding a sword with a 60-centimetre blade and a woman covered in blood", None),
        ("a2", "MIXED", "m6", ("told", "told the woman the police"), "the police had confiscated his gun but \"he still had his sword\"", None),
        ("a3", "MIXED", "m8", "According to", "the woman was pleading for her life when officers arrived to the scene and later told them she \"would be dead\" had they not arrived when they did", None),
        ("a4", "INDIRECT", "m9", "pleading for", "her life", "a3"),
        ("a5", "MIXED", "m9", ("told", "later told them"), "she \"would be dead\" had they not arrived when they did", "a3"),
        ("a6", "DIRECT", None, None, "Permanently scarred", None),
        ("a7", "MIXED", "m10", "described", "the man's actions as \"extremely serious\"", None),
        ("a8", "DIRECT", "m12", ("said", "anaesthetic,\" Chief Justice McCallum said"), "The victim suffered two open wounds on her chin, one of which required stitches under local anaesthetic,", None),
        ("a9", "DIRECT", "m12", None, "Those wounds will leave her permanently scarred.", None),
        ("a10", "INDIRECT", None, ("heard", "The court heard"), "the woman suffered ongoing psychological symptoms due to the traumatic nature of the offence, including post-traumatic stress disorder, panic attacks and paranoia", None),
        ("a11", "DIRECT", "m14", ("said", "her body,\" Chief Justice McCallum said"), "It involved the use of a highly dangerous weapon, wielded intentionally \u2026 to one of the most vulnerable parts of her body,", None),
        ("a12", "DIRECT", "m14", None, "The impact on the victim has been grave.", None)])

# ---------------------------------------------------------------------------------------
doc("nst-wan-fayhsal-draft-allocations",
    url="https://nst.com.my/amp/news/nation/2024/03/1030288/we-are-not-lying-says-wan-fayhsal-draft-allocations-opposition-nsttv",
    outlet="New Straits Times", country="Malaysia", topic="politics", cut=True,
    text=("'We are not lying,' says Wan Fayhsal on draft of allocations for opposition [NSTTV]\n"
          "KUALA LUMPUR: Perikatan Nasional's (PN) Wan Ahmad Fayhsal Wan Ahmad Kamal maintains that the opposition received a draft of the allocations from a representative of Prime Minister Datuk Seri Anwar Ibrahim.\n"
          "Wan Fayhsal (PN-Machang) said whether or not the government was informed of the draft, the opposition bloc had no reason to lie about the matter.\n"
          "\"I want to clarify that the discussion on the draft allocation lies with the opposition leader (Datuk Seri Hamzah Zainuddin) and the chief whip (Datuk Seri Takiyuddin Hassan).\n"
          "\"(And) I can confirm that it (the draft) exists initially. However, I do not know whether or not the government was informed about the draft and the question needs to be directed to the prime minister.\n"
          "\"However, we did not lie to the people over the discussion on this allocation,\" he told a press conference in parliament's media centre, today.\n"
          "The matter was also confirmed by Takiyuddin who was present during the press conference.\n"
          "Wan Fayshal said this in response to Communications Minister Fahmi Fadzil who earlier today lambasted the Bersatu man and told him to keep his mouth shut if he had no clue about the matter.\n"
          "Following this, Wan Fayshal also labelled Fahmi as \"emotional\" as he was only responding to the accusations thrown by the government lawmakers who claimed that the opposition was merely accusing the government of the draft of the allocations.\n"
          "\"I am not sure why he is emotional (when giving such a statement). I merely responded to defend my fellow members of parliament (MP) as we are deprived of our right to serve our constituencies by the current government.\"\n"
          "Previously, Hamzah and Takiyuddin met Deputy Prime Minister Datuk Seri Fadillah Yusof on the issue of allocations for the opposition."),
    entities=[("fayhsal", "Wan Ahmad Fayhsal Wan Ahmad Kamal", "PERSON", ["Wan Fayhsal", "Wan Fayshal", "the Bersatu man"], "PN MP for Machang"),
              ("opposition", "the opposition", "GROUP", ["the opposition bloc"]),
              ("takiyuddin", "Takiyuddin Hassan", "PERSON", ["Takiyuddin", "Datuk Seri Takiyuddin Hassan", "the chief whip"], "opposition chief whip"),
              ("fahmi", "Fahmi Fadzil", "PERSON", ["Fahmi", "Communications Minister Fahmi Fadzil"], "Communications Minister"),
              ("lawmakers", "the government lawmakers", "GROUP", [])],
    mentions=[("m1", ("Wan Fayhsal", "says Wan Fayhsal"), "fayhsal"),
              ("m2", "Perikatan Nasional's (PN) Wan Ahmad Fayhsal Wan Ahmad Kamal", "fayhsal"),
              ("m3", ("the opposition", "that the opposition received"), "opposition"),
              ("m4", "Wan Fayhsal (PN-Machang)", "fayhsal"),
              ("m5", "the opposition bloc", "opposition"),
              ("m6", "Datuk Seri Takiyuddin Hassan", "takiyuddin"),
              ("m7", ("he", "allocation,\" he"), "fayhsal"),
              ("m8", ("Takiyuddin", "confirmed by Takiyuddin"), "takiyuddin"),
              ("m9", ("Wan Fayshal", "Wan Fayshal said this"), "fayhsal"),
              ("m10", "Communications Minister Fahmi Fadzil", "fahmi"),
              ("m11", "the Bersatu man", "fayhsal"),
              ("m12", ("Wan Fayshal", "Wan Fayshal also"), "fayhsal"),
              ("m13", ("Fahmi", "labelled Fahmi"), "fahmi"),
              ("m14", "the government lawmakers", "lawmakers"),
              ("m15", ("the opposition", "the opposition was merely"), "opposition"),
              ("m16", ("Takiyuddin", "Hamzah and Takiyuddin"), "takiyuddin")],
    attributions=[
        ("a1", "DIRECT", "m1", "says", "We are not lying,", None),
        ("a2", "INDIRECT", "m2", "maintains", "the opposition received a draft of the allocations from a representative of Prime Minister Datuk Seri Anwar Ibrahim", None),
        ("a3", "INDIRECT", "m4", ("said", "Machang) said"), "whether or not the government was informed of the draft, the opposition bloc had no reason to lie about the matter", None),
        ("a4", "DIRECT", "m7", ("told", "he told"), "I want to clarify that the discussion on the draft allocation lies with the opposition leader (Datuk Seri Hamzah Zainuddin) and the chief whip (Datuk Seri Takiyuddin Hassan).\n\"(And) I can confirm that it (the draft) exists initially. However, I do not know whether or not the government was informed about the draft and the question needs to be directed to the prime minister.\n\"However, we did not lie to the people over the discussion on this allocation,", None),
        ("a5", "INDIRECT", "m8", ("confirmed", "also confirmed"), ("The matter", "The matter was also"), None),
        ("a6", "INDIRECT", "m10", "lambasted", "the Bersatu man", None),
        ("a7", "INDIRECT", "m10", ("told", "and told him"), "to keep his mouth shut if he had no clue about the matter", None),
        ("a8", "MIXED", "m12", "labelled", "Fahmi as \"emotional\"", None),
        ("a9", "INDIRECT", "m14", ("claimed", "who claimed"), "the opposition was merely accusing the government of the draft of the allocations", None),
        ("a10", "INDIRECT", "m15", ("accusing", "merely accusing"), "the government of the draft of the allocations", "a9"),
        ("a11", "DIRECT", "m12", None, "I am not sure why he is emotional (when giving such a statement). I merely responded to defend my fellow members of parliament (MP) as we are deprived of our right to serve our constituencies by the current government.", None)])

# ---------------------------------------------------------------------------------------
doc("redfm-dail-row-close-contacts",
    url="https://redfm.ie/post/heated-row-in-the-dail-over-new-rules-around-restricting-movements-for-household-close-contacts/",
    outlet="Red FM", country="Ireland", topic="politics", cut=False,
    text=("Heated row in the D\u00e1il over new rules around restricting movements for household close contacts\n"
          "Labour leader Alan Kelly has insisted the Taoiseach told him teachers would be exempt from the rules in a conversation yesterday \u2013 urging Miche\u00e1l Martin to call him a liar if it was untrue.The Taoiseach hit back denying he said anything of the sort during an off-mic exchange in the D\u00e1il.Miche\u00e1l Martin and Alan Kelly picked up the row in the D\u00e1il this afternoon with the Taoiseach saying:\n"
          "\u201cI learned something about you yesterday, that I will not forget and that will govern our relationship from here onwards. In terms of the nature of the engagements, I\u2019ve never seen the likes of it before.\u201d\n"
          "Alan Kelly quickly responded: \u201cTaoiseach you\u2019re also the Taoiseach that said the banks weren\u2019t bailed out and your threats and roaring down the phone and threats in here don\u2019t, don\u2019t bother me. I let the public decide who they believe. I think we already know.\u201d"),
    entities=[("kelly", "Alan Kelly", "PERSON", ["Kelly"], "Labour leader"),
              ("martin", "Miche\u00e1l Martin", "PERSON", ["the Taoiseach", "Taoiseach", "Martin"], "Taoiseach")],
    mentions=[("m1", "Labour leader Alan Kelly", "kelly"),
              ("m2", ("the Taoiseach", "insisted the Taoiseach"), "martin"),
              ("m3", ("Miche\u00e1l Martin", "urging Miche\u00e1l"), "martin"),
              ("m4", ("The Taoiseach", "The Taoiseach hit"), "martin"),
              ("m5", ("Miche\u00e1l Martin", "Miche\u00e1l Martin and"), "martin"),
              ("m6", ("Alan Kelly", "and Alan Kelly picked"), "kelly"),
              ("m7", ("the Taoiseach", "the Taoiseach saying"), "martin"),
              ("m8", ("Alan Kelly", "Alan Kelly quickly"), "kelly"),
              ("m9", ("Taoiseach", "\u201cTaoiseach you"), "martin"),
              ("m10", ("the Taoiseach", "the Taoiseach that said"), "martin")],
    attributions=[
        ("a1", "INDIRECT", "m1", "insisted", "the Taoiseach told him teachers would be exempt from the rules in a conversation yesterday", None),
        ("a2", "INDIRECT", "m2", ("told", "Taoiseach told him"), "teachers would be exempt from the rules", "a1"),
        ("a3", "INDIRECT", "m1", "urging", "Miche\u00e1l Martin to call him a liar if it was untrue", None),
        ("a4", "INDIRECT", "m4", "denying", "he said anything of the sort during an off-mic exchange in the D\u00e1il", None),
        ("a5", "DIRECT", "m7", ("saying", "Taoiseach saying"), "I learned something about you yesterday, that I will not forget and that will govern our relationship from here onwards. In terms of the nature of the engagements, I\u2019ve never seen the likes of it before.", None),
        ("a6", "DIRECT", "m8", "responded", "Taoiseach you\u2019re also the Taoiseach that said the banks weren\u2019t bailed out and your threats and roaring down the phone and threats in here don\u2019t, don\u2019t bother me. I let the public decide who they believe. I think we already know.", None),
        ("a7", "INDIRECT", "m10", ("said", "Taoiseach that said"), "the banks weren\u2019t bailed out", "a6")])

# ---------------------------------------------------------------------------------------
doc("royalgazette-man-denies-charges",
    url="https://royalgazette.com/?p=368871",
    outlet="The Royal Gazette", country="Bermuda", topic="courts-crime", cut=False,
    text=("Man denies having sex with under-age niece\n"
          "The 34-year-old man charged with having sexual intercourse with his under-age niece denied all charges in Supreme Court yesterday.\n"
          "He told the seven-man, five-woman jury he had known the complainant for about five years before the allegations were made.\n"
          "He said he used to see her when he visited the home of his wife's family but only took part in \"a little conversation here and there'' with the alleged victim.\n"
          "And he suggested his niece had made the allegations because some of her family members did not like him.\n"
          "On the day of the first alleged sexual exploitation the defendant acknowledged he engaged in a playful conversation with his niece at her grandmother's home.\n"
          "But he said he did not kiss the girl and left the home after roughly 30 minutes.\n"
          "He also rejected the girl's accounts of events leading to the first alleged sexual intercourse.\n"
          "Earlier in the trial, the complainant said she met the man at Bernard Park on January 3, 1996 and had sexual intercourse later the same day.\n"
          "Yesterday, the defendant acknowledged he had seen the girl at the park, but said the date was February 6, 1996.\n"
          "He told Crown counsel Patrick Doherty he specifically remembered the day because he was involved in a car accident shortly after seeing the girl.\n"
          "But he denied kissing, fondling or having sex with the alleged victim at any time on February 6 and said she was in his car for one to two minutes only.\n"
          "The defendant -- represented by Archie Warner -- also told the court he suspected the girl had broken into his home.\n"
          "Before the day's proceedings, Chief Justice Austin Ward dropped three of the seven charges against the defendant.\n"
          "The man now faces one charge of having unlawful carnal knowledge of a person under 14 and three charges of sexual exploitation of a young person during the period from October 1995 and July 1996.\n"
          "The trial continues today."),
    entities=[("defendant", "the defendant", "PERSON", ["Man", "the man", "The 34-year-old man"]),
              ("girl", "the complainant", "PERSON", ["the girl", "the alleged victim", "his niece", "under-age niece", "his under-age niece"])],
    mentions=[("m1", "Man", "defendant"),
              ("m2", ("under-age niece", "with under-age niece"), "girl"),
              ("m3", "The 34-year-old man", "defendant"),
              ("m4", "his under-age niece", "girl"),
              ("m5", ("He", "He told the seven-man"), "defendant"),
              ("m6", ("the complainant", "known the complainant"), "girl"),
              ("m7", ("He", "He said he used"), "defendant"),
              ("m8", ("the alleged victim", "there'' with the alleged victim"), "girl"),
              ("m9", ("he", "he suggested"), "defendant"),
              ("m10", ("his niece", "suggested his niece"), "girl"),
              ("m11", ("the defendant", "the defendant acknowledged he engaged"), "defendant"),
              ("m12", ("his niece", "conversation with his niece"), "girl"),
              ("m13", ("he", "he said he did not kiss"), "defendant"),
              ("m14", ("the girl", "kiss the girl"), "girl"),
              ("m15", ("He", "He also rejected"), "defendant"),
              ("m16", ("the girl", "the girl's accounts"), "girl"),
              ("m17", ("the complainant", "the complainant said"), "girl"),
              ("m18", ("the man", "met the man"), "defendant"),
              ("m19", ("the defendant", "Yesterday, the defendant"), "defendant"),
              ("m20", ("the girl", "seen the girl"), "girl"),
              ("m21", ("He", "He told Crown"), "defendant"),
              ("m22", ("the girl", "after seeing the girl"), "girl"),
              ("m23", ("he", "he denied"), "defendant"),
              ("m24", ("the alleged victim", "sex with the alleged victim"), "girl"),
              ("m25", ("The defendant", "The defendant --"), "defendant"),
              ("m26", ("the girl", "suspected the girl"), "girl"),
              ("m27", ("the defendant", "charges against the defendant"), "defendant"),
              ("m28", ("The man", "The man now"), "defendant")],
    attributions=[
        ("a1", "INDIRECT", "m1", "denies", "having sex with under-age niece", None),
        ("a2", "INDIRECT", "m3", ("denied", "niece denied"), "all charges", None),
        ("a3", "INDIRECT", "m5", ("told", "He told the seven-man"), "he had known the complainant for about five years before the allegations were made", None),
        ("a4", "MIXED", "m7", ("said", "He said he used"), "he used to see her when he visited the home of his wife's family but only took part in \"a little conversation here and there'' with the alleged victim", None),
        ("a5", "INDIRECT", "m9", "suggested", "his niece had made the allegations because some of her family members did not like him", None),
        ("a6", "INDIRECT", "m11", ("acknowledged", "defendant acknowledged he engaged"), "he engaged in a playful conversation with his niece at her grandmother's home", None),
        ("a7", "INDIRECT", "m13", ("said", "he said he did not kiss"), "he did not kiss the girl and left the home after roughly 30 minutes", None),
        ("a8", "INDIRECT", "m15", "rejected", "the girl's accounts of events leading to the first alleged sexual intercourse", None),
        ("a9", "INDIRECT", "m16", "accounts", "events leading to the first alleged sexual intercourse", "a8"),
        ("a10", "INDIRECT", "m17", ("said", "complainant said"), "she met the man at Bernard Park on January 3, 1996 and had sexual intercourse later the same day", None),
        ("a11", "INDIRECT", "m19", ("acknowledged", "defendant acknowledged he had"), "he had seen the girl at the park", None),
        ("a12", "INDIRECT", "m19", ("said", "but said the date"), "the date was February 6, 1996", None),
        ("a13", "INDIRECT", "m21", ("told", "He told Crown"), "he specifically remembered the day because he was involved in a car accident shortly after seeing the girl", None),
        ("a14", "INDIRECT", "m23", ("denied", "he denied"), "kissing, fondling or having sex with the alleged victim at any time on February 6", None),
        ("a15", "INDIRECT", "m23", ("said", "and said she was"), "she was in his car for one to two minutes only", None),
        ("a16", "INDIRECT", "m25", ("told", "also told the court"), "he suspected the girl had broken into his home", None)])

# ---------------------------------------------------------------------------------------
doc("news24-eff-claim-laughable-anc",
    url="http://m.news24.com/news24/SouthAfrica/Politics/EFF-claim-laughable-desperate-ANC-20140827",
    outlet="News24", country="South Africa", topic="politics", cut=False,
    published="2014-08-27",
    text=("EFF claim laughable, desperate - ANC\n"
          "Johannesburg - A claim that the ANC bused a group to Parliament to assault EFF MPs was \"laughable and desperate\", the governing party's Chief Whip Stone Sizani said on Wednesday.\n"
          "\"Such a claim can only be an invention of an overzealous imagination and an uncreative publicity strategy probably aimed at diverting attention from real acts of hooliganism that took place in Parliament [last] Thursday,\" he said in a statement.\n"
          "\"Mobilising supporters and MPs to cause chaos in the institution is a dirty modus operandi for which the EFF, not the ANC, is infamous and proud.\"\n"
          "The public gallery of the National Council of Provinces was packed with ANC supporters on Wednesday afternoon as Deputy President Cyril Ramaphosa answered questions in the House.\n"
          "Sizani said for years the ANC had been encouraging the public to visit Parliament and observe proceedings.\n"
          "\"They have always done this peacefully.\"\n"
          "Earlier, EFF spokesperson and MP Mbuyiseni Ndlozi said his party had learnt the ANC was \"mobilising hooligans\" in the townships of Cape Town.\n"
          "\"The EFF has learned that they are loud-hailing across the townships, promising people free buses to go to Parliament and deal with the EFF,\" he said in a statement.\n"
          "Ndlozi said this was a \"clear plan\" to disrupt Parliament and render its work dysfunctional.\n"
          "\"It means the ANC is planning to undermine the very Parliament that it claims to protect and respect.\"\n"
          "Speaker Baleka Mbete on Tuesday said she was considering the suspension of EFF MPs after they disrupted President Jacob Zuma's question session in the National Assembly last week.\n"
          "Last Thursday, in the most chaotic sitting of the post-apartheid legislature, they disrupted proceedings and chanted \"pay back the money\", referring to state spending on Zuma's Nkandla, KwaZulu-Natal homestead.\n"
          "Mbete adjourned the House for the day."),
    entities=[("anc", "ANC", "ORGANIZATION", ["the ANC", "the governing party", "African National Congress"]),
              ("sizani", "Stone Sizani", "PERSON", ["Sizani"], "ANC Chief Whip"),
              ("ndlozi", "Mbuyiseni Ndlozi", "PERSON", ["Ndlozi"], "EFF spokesperson and MP"),
              ("mbete", "Baleka Mbete", "PERSON", ["Mbete", "Speaker Baleka Mbete"], "National Assembly Speaker"),
              ("effmps", "EFF MPs", "GROUP", [])],
    mentions=[("m1", ("ANC", "- ANC"), "anc"),
              ("m2", ("the ANC", "claim that the ANC"), "anc"),
              ("m3", ("EFF MPs", "assault EFF MPs"), "effmps"),
              ("m4", "the governing party's Chief Whip Stone Sizani", "sizani"),
              ("m5", ("he", "Thursday,\" he"), "sizani"),
              ("m6", ("the ANC", "not the ANC"), "anc"),
              ("m7", ("Sizani", "\nSizani said"), "sizani"),
              ("m8", ("the ANC", "years the ANC"), "anc"),
              ("m9", "EFF spokesperson and MP Mbuyiseni Ndlozi", "ndlozi"),
              ("m10", ("the ANC", "learnt the ANC"), "anc"),
              ("m11", ("they", "that they are loud-hailing"), "anc"),
              ("m12", ("he", "EFF,\" he said"), "ndlozi"),
              ("m13", ("Ndlozi", "Ndlozi said this"), "ndlozi"),
              ("m14", ("the ANC", "It means the ANC"), "anc"),
              ("m15", ("it", "that it claims"), "anc"),
              ("m16", "Speaker Baleka Mbete", "mbete"),
              ("m17", ("EFF MPs", "suspension of EFF MPs"), "effmps"),
              ("m18", ("they", "legislature, they"), "effmps"),
              ("m19", ("Mbete", "Mbete adjourned"), "mbete")],
    attributions=[
        ("a1", "INDIRECT", "m1", None, "EFF claim laughable, desperate", None),
        ("a2", "MIXED", "m4", ("said", "Sizani said on"), "A claim that the ANC bused a group to Parliament to assault EFF MPs was \"laughable and desperate\"", None),
        ("a3", "INDIRECT", None, ("claim", "A claim that"), "the ANC bused a group to Parliament to assault EFF MPs", "a2"),
        ("a4", "DIRECT", "m5", ("said", "Thursday,\" he said"), "Such a claim can only be an invention of an overzealous imagination and an uncreative publicity strategy probably aimed at diverting attention from real acts of hooliganism that took place in Parliament [last] Thursday,", None),
        ("a5", "DIRECT", "m5", None, "Mobilising supporters and MPs to cause chaos in the institution is a dirty modus operandi for which the EFF, not the ANC, is infamous and proud.", None),
        ("a6", "INDIRECT", "m7", ("said", "\nSizani said"), "for years the ANC had been encouraging the public to visit Parliament and observe proceedings", None),
        ("a7", "INDIRECT", "m8", "encouraging", "the public to visit Parliament and observe proceedings", "a6"),
        ("a8", "DIRECT", "m7", None, "They have always done this peacefully.", None),
        ("a9", "MIXED", "m9", ("said", "Ndlozi said his"), "his party had learnt the ANC was \"mobilising hooligans\" in the townships of Cape Town", None),
        ("a10", "DIRECT", "m12", ("said", "the EFF,\" he said"), "The EFF has learned that they are loud-hailing across the townships, promising people free buses to go to Parliament and deal with the EFF,", None),
        ("a11", "INDIRECT", "m11", "promising", "free buses to go to Parliament and deal with the EFF", "a10"),
        ("a12", "MIXED", "m13", ("said", "Ndlozi said this"), "this was a \"clear plan\" to disrupt Parliament and render its work dysfunctional", None),
        ("a13", "DIRECT", "m13", None, "It means the ANC is planning to undermine the very Parliament that it claims to protect and respect.", None),
        ("a14", "INDIRECT", "m15", ("claims", "it claims"), "to protect and respect", "a13"),
        ("a15", "INDIRECT", "m16", ("said", "Tuesday said"), "she was considering the suspension of EFF MPs after they disrupted President Jacob Zuma's question session in the National Assembly last week", None),
        ("a16", "DIRECT", "m18", "chanted", "pay back the money", None)])

# ---------------------------------------------------------------------------------------
doc("nation-hate-speech-case-postponed",
    url="http://www.nation.co.ke/news/Court-postpones-hate-speech-case-to-mourn-lawyer-death/-/1056/3276312/-/13oc221z/-/index.html",
    outlet="Daily Nation", country="Kenya", topic="courts-crime", cut=True,
    text=("Court postpones hate speech case to mourn lawyer's death\n"
          "The court was told that lawyers wanted to be allowed time to mourn their colleague, Mr Willie Kimani, whose body had been reportedly found an hour before the court sitting.\n"
          "The Magistrate also allowed the request since Ms Jumwa and Ms Mutua were also not present in court because they were not aware of the mention of their cases, and were out of Nairobi.\n"
          "The mention of a case in which eight legislators charged with the offence of incitement to violence last month was on Friday postponed to Monday.\n"
          "This came after the court was told that lawyers wanted to be allowed time to mourn their colleague, Mr Willie Kimani, whose body had been reportedly found an hour before the court sitting.\n"
          "Without disclosing further details, lawyer Harun Ndubi requested the court to adjourn the matter since Mr Kimani\u2019s body had been found in a river, several days after he disappeared.\n"
          "Together with lawyers James Orengo and John Khaminwa, they had appeared before a Magistrate Court while representing the five Coalition for Reforms and Democratic (Cord) leaders who were charged with hate speech related charges.\n"
          "They were representing Junet Mohamed, Johnstone Muthama, Timothy Bosire, Aisha Jumwa and Florence Mutua.\n"
          "\u201cIncognisance of the fact that the lawyers have explained themselves and that the Law Society of Kenya members need to meet over the death of their colleague, I direct that the accused persons do appear in this court on July 5 voluntarily,\u201d Resident Magistrate Stella Mutuku said.\n"
          "The Magistrate also allowed the request since Ms Jumwa and Ms Mutua were also not present in court because they were not aware of the mention of their cases, and were out of Nairobi."),
    entities=[("ndubi", "Harun Ndubi", "PERSON", ["Ndubi"], "lawyer"),
              ("mutuku", "Stella Mutuku", "PERSON", ["The Magistrate", "Mutuku"], "Resident Magistrate")],
    mentions=[("m1", ("The Magistrate", "\nThe Magistrate also allowed the request since Ms Jumwa and Ms Mutua were also not present in court because they were not aware of the mention of their cases, and were out of Nairobi.\nThe mention"), "mutuku"),
              ("m2", "lawyer Harun Ndubi", "ndubi"),
              ("m3", "Resident Magistrate Stella Mutuku", "mutuku"),
              ("m4", ("The Magistrate", "voluntarily,\u201d Resident Magistrate Stella Mutuku said.\nThe Magistrate"), "mutuku")],
    attributions=[
        ("a1", "INDIRECT", None, ("told", "\nThe court was told"), ("lawyers wanted to be allowed time to mourn their colleague, Mr Willie Kimani, whose body had been reportedly found an hour before the court sitting", "\nThe court was told"), None),
        ("a2", "INDIRECT", None, ("told", "This came after the court was told"), ("lawyers wanted to be allowed time to mourn their colleague, Mr Willie Kimani, whose body had been reportedly found an hour before the court sitting", "This came after"), None),
        ("a3", "INDIRECT", "m2", "requested", "the court to adjourn the matter since Mr Kimani\u2019s body had been found in a river, several days after he disappeared", None),
        ("a4", "DIRECT", "m3", ("said", "Mutuku said"), "Incognisance of the fact that the lawyers have explained themselves and that the Law Society of Kenya members need to meet over the death of their colleague, I direct that the accused persons do appear in this court on July 5 voluntarily,", None)])

write("train_a.jsonl")
