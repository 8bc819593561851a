#!/usr/bin/env python3
"""Writes test23_a.jsonl: real-news gold, split test23-a (see gold.py). Run: python3 make_test23_a.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
# The stored page has no headline, so the text starts with the lead; the photo caption
# ("Walk-out: Fianna Fáil Councillor MJ O'Ryan", printed twice) is left out. The stored copy
# ends with the last paragraph kept here.
# "he had signalled twice ..., indicating that he wanted to contribute" and "he had already
# indicated that Cllr Seanie Power (FG) could not comment" are read as communicative acts
# nested in the claims that report them (FORMAT.md: speech nested inside a claim), with the
# pronoun of the reported clause as source.
# The quotation opened in "“The Mayor gave me ..." is left open at its paragraph end and reopens
# in the next paragraph: one attribution continuing "he said" (null cue).
doc("munsterexpress-waterford-councillor-walks-out-of-meeting",
    url="https://www.munster-express.ie/all-front-page-news/general-stories/councillor-walks-out-of-meeting-in-protest/",
    outlet="The Munster Express", country="Ireland", topic="local", cut=False,
    text=(T := "FIANNA Fáil Councillor M J O’Ryan walked out of last Thurday’s plenary meeting of Waterford City & County Council, held in Dungarvan.\n"
          "Cllr O’Ryan said he was protesting over not being allowed to speak during a discussion on the monthly Management Report.\n"
          "Cllr O’Ryan claimed that he had signalled twice during the Manager’s report, indicating that he wanted to contribute to the discussion.\n"
          "However, Mayor John Cummins (FG) said he had not seen Cllr O’Ryan indicate and, regardless of this, he said the discussion on the Management Report could not continue due to time constraints.\n"
          "Mayor Cummins added that he could not allow time for Cllr O’Ryan’s queries as he had already indicated that Cllr Seanie Power (FG) could not comment.\n"
          "Cllr O’Ryan then announced that he was leaving the meeting in protest as he was not being given time to represent the people of Comeragh.\n"
          "Speaking after the meeting, Cllr O’Ryan said that Council meetings should not be controlled by time constraints.\n"
          "“It is the right of Councillors to speak on behalf of their constituents and on Thursday I had a lot to say. If meetings have to go on three to four hours so be it,” he said.\n"
          "“The Mayor gave me no option but to leave the chamber as I wasn’t allowed to speak on such an important issue. Last year, under (Fianna Fáil colleague) Mayor Tobin’s direction, Councillors were not restricted in speaking or coming in again to contribute further to a discussion.\n"
          "“It’s no good organising emergency meetings if you are going to restrict discussion at normal Council meetings. People of Comeragh are still suffering and their roads won’t be fixed for a long time.”\n"
          "Cllr O’Ryan said he had a number of important issues which he wished to raise in relation to recent flooding."),
    entities=[("oryan", "M J O’Ryan", "PERSON",
               ["O’Ryan", "Cllr O’Ryan", "MJ O’Ryan", "FIANNA Fáil Councillor M J O’Ryan"],
               "Fianna Fáil councillor, Waterford City & County Council"),
              ("cummins", "John Cummins", "PERSON",
               ["Cummins", "Mayor Cummins", "Mayor John Cummins", "Mayor John Cummins (FG)", "The Mayor"],
               "Mayor of Waterford City & County (Fine Gael)")],
    mentions=[("m1", "FIANNA Fáil Councillor M J O’Ryan", "oryan"),
              ("m2", ("Cllr O’Ryan", "Cllr O’Ryan said he was protesting"), "oryan"),
              ("m3", ("Cllr O’Ryan", "Cllr O’Ryan claimed"), "oryan"),
              ("m4", ("he", "he had signalled"), "oryan"),
              ("m5", "Mayor John Cummins (FG)", "cummins"),
              ("m6", ("Cllr O’Ryan", "Cllr O’Ryan indicate"), "oryan"),
              ("m7", ("he", "he said the discussion"), "cummins"),
              ("m8", "Mayor Cummins", "cummins"),
              ("m9", ("he", "he had already indicated"), "cummins"),
              ("m10", ("Cllr O’Ryan", "Cllr O’Ryan then announced"), "oryan"),
              ("m11", ("Cllr O’Ryan", "Cllr O’Ryan said that Council"), "oryan"),
              ("m12", ("he", "so be it,” he said"), "oryan"),
              ("m13", "The Mayor", "cummins"),
              ("m14", ("Cllr O’Ryan", "Cllr O’Ryan said he had a number"), "oryan")],
    attributions=[("a1", "INDIRECT", "m2", ("said", "O’Ryan said he was protesting"),
                   "he was protesting over not being allowed to speak during a discussion on the monthly Management Report", None),
                  ("a2", "INDIRECT", "m3", "claimed",
                   "he had signalled twice during the Manager’s report, indicating that he wanted to contribute to the discussion", None),
                  ("a3", "INDIRECT", "m4", ("indicating", "indicating that he wanted"),
                   "he wanted to contribute to the discussion", "a2"),
                  ("a4", "INDIRECT", "m5", ("said", "(FG) said he had not seen"), "he had not seen Cllr O’Ryan indicate", None),
                  ("a5", "INDIRECT", "m7", ("said", "he said the discussion"),
                   "the discussion on the Management Report could not continue due to time constraints", None),
                  ("a6", "INDIRECT", "m8", "added",
                   "he could not allow time for Cllr O’Ryan’s queries as he had already indicated that Cllr Seanie Power (FG) could not comment", None),
                  ("a7", "INDIRECT", "m9", ("indicated", "already indicated"), "Cllr Seanie Power (FG) could not comment", "a6"),
                  ("a8", "INDIRECT", "m10", "announced",
                   "he was leaving the meeting in protest as he was not being given time to represent the people of Comeragh", None),
                  ("a9", "INDIRECT", "m11", ("said", "O’Ryan said that Council"),
                   "Council meetings should not be controlled by time constraints", None),
                  ("a10", "DIRECT", "m12", ("said", "so be it,” he said"),
                   seg(T, "It is the right of Councillors", "so be it,"), None),
                  ("a11", "DIRECT", "m12", None, seg(T, "The Mayor gave me no option", "for a long time."), None),
                  ("a12", "INDIRECT", "m14", ("said", "O’Ryan said he had a number"),
                   "he had a number of important issues which he wished to raise in relation to recent flooding", None)])

# ---------------------------------------------------------------------------------------
# Reuters copy on a US radio station's site. The stored page has no headline, so the text starts
# with the lead; the byline is left out. The stored copy breaks off in "Chile has more than
# 170,000 cases and 3,300 d", so the text is cut before that paragraph.
# "during what they said was an “alarming” increase ...": the during-phrase is read as an adjunct
# of the calling (FORMAT.md, Adjuncts), so the unions' "said" is its own claim, not nested; its
# content is the clause after the cue ("was an “alarming” increase ...").
# "the “business as usual” discourse advanced by miners and the mines minister" holds a speech act
# in a reduced relative inside the Federation's claim (nested, the coordinated agent one GROUP).
# "the statement added" names no author in its NP or sentence, so the statement is its own entity.
# Left out: "contrary to what the union believed" (no content clause, only "what"), and "wanted to
# sustain" / "alluding to" in the Federation's quoted words (a garbled translation with no clear
# proposition); "demonstrates that" and "makes it evident that" are evidentials.
doc("whbl-chile-copper-unions-alarming-coronavirus-rise",
    url="https://whbl.com/2020/06/14/chilean-copper-miners-labor-group-alleges-alarming-rise-in-coronavirus-cases/",
    outlet="WHBL", country="US", topic="health-science", cut=True, published="2020-06-14",
    text=(T := "SANTIAGO (Reuters) – Chilean copper miners’ unions called on Sunday for a re-evaluation of the operational continuity plans of the country’s biggest miners during what they said was an “alarming” increase in coronavirus cases among workers.\n"
          "In a statement signed by the union leadership of state-owned Codelco, the Mines Federation – which groups the majority of workers for Chile’s major copper mines – rejected the “business as usual” discourse advanced by miners and the mines minister, Baldo Prokurica.\n"
          "“The increase in cases is alarming and demonstrates that the preventive measures implemented with health and safety protocols aimed at self-care are not working and makes it evident that contrary to what the union believed, security and isolation measures have not immunized workers from contagion,” the statement added.\n"
          "The statement comes just days after unionized workers at Codelco, the world’s largest copper miner, said they were weighing walking off the job at some sites in order to implement a self-imposed quarantine after one of their members died from COVID-19.\n"
          "So far, large copper companies including Codelco, BHP Group Ltd and Antofagasta Plc have maintained production levels, bolstering Chile’s sinking economy. But they have been hit by a drop in prices led by a reduction in demand from China, where the coronavirus outbreak started.\n"
          "The Mines Federation argued that the metal market “is on the rise and with the revival of the Chinese market does not presage the financial debacle that some mining companies have wanted to sustain to endorse hasty measures such as the dismissal of workers alluding to the scope of the coronavirus.”\n"
          "It also called on authorities to order mining companies to be more transparent about confirmed coronavirus cases among their workers, and dismissed an audit ordered by Prokurica of mine operations amid the pandemic as “late and reactionary.”"),
    entities=[("unions", "Chilean copper miners’ unions", "GROUP", ["copper miners’ unions"], "Chile's copper miners' unions"),
              ("minesfed", "the Mines Federation", "ORGANIZATION", ["Mines Federation"],
               "federation grouping most workers of Chile's major copper mines"),
              ("advancers", "miners and the mines minister, Baldo Prokurica", "GROUP", [],
               "the mining companies and Chile's mines minister Baldo Prokurica"),
              ("statement", "the statement", "ORGANIZATION", [], "the Mines Federation's statement"),
              ("codelcoworkers", "unionized workers at Codelco", "GROUP", ["workers at Codelco"], "unionized workers of Codelco")],
    mentions=[("m1", "Chilean copper miners’ unions", "unions"),
              ("m2", ("they", "they said was"), "unions"),
              ("m3", ("the Mines Federation", "the Mines Federation –"), "minesfed"),
              ("m4", "miners and the mines minister, Baldo Prokurica", "advancers"),
              ("m5", ("the statement", "the statement added"), "statement"),
              ("m6", ("The statement", "The statement comes"), "statement"),
              ("m7", "unionized workers at Codelco", "codelcoworkers"),
              ("m8", ("The Mines Federation", "The Mines Federation argued"), "minesfed"),
              ("m9", ("It", "It also called"), "minesfed")],
    attributions=[("a1", "INDIRECT", "m1", ("called", "called on Sunday"),
                   "a re-evaluation of the operational continuity plans of the country’s biggest miners", None),
                  ("a2", "MIXED", "m2", ("said", "they said was"),
                   "was an “alarming” increase in coronavirus cases among workers", None),
                  ("a3", "MIXED", "m3", "rejected",
                   "the “business as usual” discourse advanced by miners and the mines minister, Baldo Prokurica", None),
                  ("a4", "MIXED", "m4", "advanced", "the “business as usual” discourse", "a3"),
                  ("a5", "DIRECT", "m5", ("added", "the statement added"),
                   seg(T, "The increase in cases is alarming", "workers from contagion,"), None),
                  ("a6", "INDIRECT", "m7", ("said", "Codelco, the world’s largest copper miner, said"),
                   seg(T, "they were weighing walking off the job", "died from COVID-19"), None),
                  ("a7", "MIXED", "m8", "argued",
                   seg(T, "the metal market “is on the rise", "scope of the coronavirus.”"), None),
                  ("a8", "INDIRECT", "m9", ("called on", "It also called on"),
                   "authorities to order mining companies to be more transparent about confirmed coronavirus cases among their workers", None),
                  ("a9", "MIXED", "m9", "dismissed",
                   "an audit ordered by Prokurica of mine operations amid the pandemic as “late and reactionary.”", None)])

# ---------------------------------------------------------------------------------------
# The navigation line, the date line and the byline ("By The Associated Press") are left out; the
# subheadline is kept as a standfirst. The dateline keeps its mangled dash ("CLEVELAND (AP) '").
# The stored copy breaks off in "He said prosecutors believed Sowell's", so the text is cut before
# that paragraph.
# "the defense" (the defence side) and defense attorney John Parker, its representative, are
# separate entities (FORMAT.md, Coreference); "a prosecutor" is identified in the next sentence
# as assistant Prosecutor Richard Bombik.
# "The jury ... heard ... that" is an agentless "heard that" (null source). "Jurors also heard
# from Parker that" has Parker as source and "heard from" as cue; the reporter's gloss "likely an
# appeal to spare his life" is left out; "is expected to take the stand" is an agentless
# forecast nested in Parker's claim.
# "Parker mentioned his earlier crime" is read like "announced the launch of X" (a noun-phrase
# content). "photos which the judge called "grotesque."": the object is the relative pronoun, so
# the content is the quotation alone (DIRECT). "thanked the jury for reaching "the appropriate
# verdict"": the jury is the addressee and "for" only links the cue, content MIXED.
# Not claims: "presented differing images of him" (no reported content) and "its push for the
# death penalty" (an effort, not a speech act).
doc("theusdaily-ohio-killer-sowell-heart-attack-defense",
    url="http://www.theusdaily.com/article/Defense:-Heart-attack-preceded-11-Ohio-killings-1614720",
    outlet="The US Daily", country="US", topic="courts-crime", cut=True, published="2011-08-01",
    text=(T := "Defense: Heart attack preceded 11 Ohio killings\n"
          "Defense: Ex-Marine convicted of 11 Ohio killings had untreated heart attack in 2007\n"
          "CLEVELAND (AP) ' A convicted sex offender who killed 11 women was an upstanding person until a heart attack that went untreated for weeks left him unable to work and changed his life, the defense told jurors Monday in a bid to spare him execution.\n"
          "But a prosecutor told the same jurors who convicted Anthony Sowell, 51, that the defendant's life circumstances don't outweigh his crimes and he should face the death penalty.\n"
          "Sowell, dressed in a yellow polo and dark slacks, slumped back in his chair and mostly stared straight ahead as defense attorney John Parker and assistant Prosecutor Richard Bombik presented differing images of him.\n"
          "The jury, which must decide whether to recommend the death penalty or life in prison without parole, heard for the first time that Sowell spent 15 years in prison for a 1989 attempted rape.\n"
          "His criminal background wasn't allowed during the trial to prevent prejudicing jurors. Sowell rested his chin on his right hand and several jurors glanced his way as Parker mentioned his earlier crime.\n"
          "Jurors also heard from Parker that Sowell is expected to take the stand, likely an appeal to spare his life. The judge will allow Sowell's attorneys to coach his statement with leading questions, but prosecutors will not have a chance to cross-examine him.\n"
          "The prosecution had a chance to offer evidence to back its push for the death penalty, but limited its case to introducing its trial exhibits, which included graphic autopsy and crime-scene photos which the judge called \"grotesque.\"\n"
          "Bombik thanked the jury for reaching \"the appropriate verdict\" and said the panel still had a \"very tough decision\" to make."),
    entities=[("defense", "the defense", "GROUP", ["Defense"], "Anthony Sowell's defence"),
              ("bombik", "Richard Bombik", "PERSON", ["Bombik", "assistant Prosecutor Richard Bombik", "a prosecutor"],
               "assistant prosecutor, Cuyahoga County"),
              ("parker", "John Parker", "PERSON", ["Parker", "defense attorney John Parker"], "Sowell's defence attorney"),
              ("judge", "the judge", "PERSON", [], "the trial judge")],
    mentions=[("m1", ("Defense", "Defense: Heart"), "defense"),
              ("m2", ("Defense", "Defense: Ex-Marine"), "defense"),
              ("m3", ("the defense", "the defense told"), "defense"),
              ("m4", "a prosecutor", "bombik"),
              ("m5", "defense attorney John Parker", "parker"),
              ("m6", "assistant Prosecutor Richard Bombik", "bombik"),
              ("m7", ("Parker", "Parker mentioned"), "parker"),
              ("m8", ("Parker", "Parker that Sowell"), "parker"),
              ("m9", ("The judge", "The judge will allow"), "judge"),
              ("m10", ("the judge", "the judge called"), "judge"),
              ("m11", ("Bombik", "Bombik thanked"), "bombik")],
    attributions=[("a1", "INDIRECT", "m1", None, "Heart attack preceded 11 Ohio killings", None),
                  ("a2", "INDIRECT", "m2", None, "Ex-Marine convicted of 11 Ohio killings had untreated heart attack in 2007", None),
                  ("a3", "INDIRECT", "m3", ("told", "defense told"),
                   seg(T, "A convicted sex offender", "changed his life"), None),
                  ("a4", "INDIRECT", "m4", ("told", "prosecutor told"),
                   "the defendant's life circumstances don't outweigh his crimes and he should face the death penalty", None),
                  ("a5", "INDIRECT", None, ("heard", "heard for the first time"),
                   "Sowell spent 15 years in prison for a 1989 attempted rape", None),
                  ("a6", "INDIRECT", "m7", "mentioned", "his earlier crime", None),
                  ("a7", "INDIRECT", "m8", "heard from", "Sowell is expected to take the stand", None),
                  ("a8", "INDIRECT", None, ("expected", "is expected to take"), "to take the stand", "a7"),
                  ("a9", "DIRECT", "m10", ("called", "judge called"), "grotesque.", None),
                  ("a10", "MIXED", "m11", "thanked", "reaching \"the appropriate verdict\"", None),
                  ("a11", "MIXED", "m11", ("said", "and said the panel"), "the panel still had a \"very tough decision\" to make", None)])

# ---------------------------------------------------------------------------------------
# The photo caption and the byline are left out; the second caption and the blank line are
# dropped. The stored copy breaks off in "“For", so the text is cut before that paragraph.
# The headline's verb after the claim is the cue ("Tell"), the WRU its addressee. The quotation
# opened in "“Players are struggling ..." is left open at its paragraph end and closes in the next
# paragraph, so it is one attribution taking that clause's cue ("it added").
# "According to reports" is a document with no author named: "reports" is its own GROUP entity
# (FORMAT.md, Documents, like "earlier surveys"). "it was suggested that" is an agentless passive
# nested in the WRPA's quotation; so is the players' "call for" in "united in one voice to call
# for ...". The players in the headline, in "The players from all four regions", and "Our
# members" are one collective, separate from the WRPA that speaks for them.
doc("daisport-welsh-rugby-players-association-wru-contracts",
    url="https://www.dai-sport.com/youre-messing-up-our-lives-demoralised-welsh-players-tell-wru/",
    outlet="Dai Sport", country="UK", topic="sport", cut=True,
    text=(T := "You’re Messing Up Our Lives, Demoralised Welsh Players Tell WRU\n"
          "Players at Wales’ four regions are being “detrimentally impacted” by the financial uncertainty surrounding their futures, the Welsh Rugby Players Association (WRPA) have claimed.\n"
          "A failure to reach an agreement between the professional sides and the Welsh Rugby Union about their funding for the coming years has led to a freeze in contract talks.\n"
          "“The ongoing delay however is having a detrimental effect on the wellbeing of players and potentially the performances across the regions,” the WRPA said.\n"
          "“Players are struggling to remortgage or get new mortgages as banks require proof of earnings.\n"
          "“With only six months remaining on contracts and no guarantee of employment thereafter, banks are simply refusing at present,” it added.\n"
          "Last weekend Cardiff, Dragons, Ospreys and the Scarlets lost in South Africa in the United Rugby Championship.\n"
          "They only have 10 victories between them this season in the competition, after nine rounds.\n"
          "“The players from all four regions are united in one voice to call for the immediate resolution to the impasse,” the body said.\n"
          "“Our members can’t continue to play with the fear of the unknown hanging over them,” it added.\n"
          "This year, the national side have recorded just three victories and have lost to Italy and Georgia with head coach Wayne Pivac’s position under threat less than 10 months out from the Rugby World Cup.\n"
          "According to reports, the Dragons’ Wales lock Will Rowlands has agreed a move to French club Racing 92 for next season.\n"
          "“Players are now reluctantly seeking security elsewhere by exploring opportunities outside of Wales and as a result, this week it was suggested that the first high profile player has decided to move to France,” the WRPA added."),
    entities=[("players", "Demoralised Welsh Players", "GROUP",
               ["The players from all four regions", "Players at Wales’ four regions"], "professional players of Wales' four regions"),
              ("wrpa", "Welsh Rugby Players Association", "ORGANIZATION",
               ["the Welsh Rugby Players Association (WRPA)", "WRPA", "the WRPA", "the body"], "Welsh players' union"),
              ("reports", "reports", "GROUP", [], "unnamed media reports")],
    mentions=[("m1", "Demoralised Welsh Players", "players"),
              ("m2", "Players at Wales’ four regions", "players"),
              ("m3", "the Welsh Rugby Players Association (WRPA)", "wrpa"),
              ("m4", ("the WRPA", "the WRPA said"), "wrpa"),
              ("m5", ("Players", "Players are struggling"), "players"),
              ("m6", ("it", "at present,” it added"), "wrpa"),
              ("m7", "The players from all four regions", "players"),
              ("m8", "the body", "wrpa"),
              ("m9", "Our members", "players"),
              ("m10", ("it", "them,” it added"), "wrpa"),
              ("m11", ("reports", "According to reports"), "reports"),
              ("m12", ("Players", "Players are now"), "players"),
              ("m13", ("the WRPA", "the WRPA added"), "wrpa")],
    attributions=[("a1", "INDIRECT", "m1", "Tell", "You’re Messing Up Our Lives", None),
                  ("a2", "MIXED", "m3", "claimed",
                   "Players at Wales’ four regions are being “detrimentally impacted” by the financial uncertainty surrounding their futures", None),
                  ("a3", "DIRECT", "m4", ("said", "the WRPA said"),
                   seg(T, "The ongoing delay however", "across the regions,"), None),
                  ("a4", "DIRECT", "m6", ("added", "at present,” it added"),
                   seg(T, "Players are struggling", "refusing at present,"), None),
                  ("a5", "DIRECT", "m8", ("said", "the body said"),
                   seg(T, "The players from all four regions", "to the impasse,"), None),
                  ("a6", "INDIRECT", "m7", "call for", "the immediate resolution to the impasse", "a5"),
                  ("a7", "DIRECT", "m10", ("added", "them,” it added"),
                   "Our members can’t continue to play with the fear of the unknown hanging over them,", None),
                  ("a8", "INDIRECT", "m11", "According to",
                   "the Dragons’ Wales lock Will Rowlands has agreed a move to French club Racing 92 for next season", None),
                  ("a9", "DIRECT", "m13", ("added", "the WRPA added"),
                   seg(T, "Players are now reluctantly", "move to France,"), None),
                  ("a10", "INDIRECT", None, "suggested", "the first high profile player has decided to move to France", "a9")])

# ---------------------------------------------------------------------------------------
# Canadian Press copy on a Black Press paper. The photo caption is left out; the standfirst is
# kept. The stored copy breaks off in "Pfeiffer says in the letter to Na’moks, who also", so the
# text is cut before that paragraph.
# Noun cues: "makes new request to meet with ..." (cue "request", as FORMAT.md's "The noun is the
# cue"), "is renewing a request to meet ..." (likewise) and "Premier John Horgan’s comments on law
# needing to be followed" (a possessive claimant is the source, "on" only links the cue).
# "The president of a company ..." is a role description resolved to David Pfeiffer in the next
# sentence; its source span leaves out the reduced relative "building a natural gas pipeline ...".
# "hereditary clan chiefs of a First Nation who say ..." is nested in the request it qualifies.
# "in a letter" is a medium, "to Na’moks" an addressee. "Na’moks could not immediately be reached
# for comment" and "the Wet’suwet’en chiefs’ objections" (no content) are not claims.
doc("campbellrivermirror-coastal-gaslink-request-meet-wetsuweten-chiefs",
    url="https://www.campbellrivermirror.com/news/coastal-gaslink-makes-new-request-to-meet-with-first-nation-pipeline-opponents/",
    outlet="Campbell River Mirror", country="Canada", topic="environment", cut=True,
    text=(T := "Coastal GasLink makes new request to meet with First Nation pipeline opponents\n"
          "President writes letter following Premier John Horgan’s comments on law needing to be followed\n"
          "The president of a company building a natural gas pipeline across northern British Columbia is renewing a request to meet with the hereditary clan chiefs of a First Nation who say the project has no authority without their consent.\n"
          "Coastal GasLink president David Pfeiffer says in a letter Tuesday to Na’moks, who leads one of five clans of the Wet’suwet’en Nation, that the company’s preference is to resolve the dispute over the pipeline through meaningful dialogue.\n"
          "Na’moks could not immediately be reached for comment but said last week that the chiefs won’t meet with industry representatives, only “decision makers” in the provincial and federal governments and RCMP leadership.\n"
          "The 670-kilometre pipeline would run from near Chetwynd in northeastern B.C. to LNG Canada’s export terminal in Kitimat on the coast.\n"
          "Coastal GasLink has signed agreements with all 20 elected First Nations along the pipeline route, but the hereditary clan chiefs say no one is allowed on their 22,000-square-kilometre territory without their consent.\n"
          "On Monday, Premier John Horgan said the $6.2-billion pipeline is vital to the region’s economic future and will be built despite the Wet’suwet’en chiefs’ objections, adding that the courts have ruled in favour of the project.\n"
          "“We want everyone to understand that there are agreements from the Peace Country to Kitimat with Indigenous communities that want to see economic activity and prosperity take place,” Horgan said. “All the permits are in place for this project to proceed. This project is proceeding and the rule of law needs to prevail in B.C.”"),
    entities=[("cgl", "Coastal GasLink", "ORGANIZATION", [], "company building the pipeline"),
              ("chiefs", "the hereditary clan chiefs", "GROUP",
               ["the hereditary clan chiefs of a First Nation", "the chiefs", "First Nation pipeline opponents"],
               "hereditary clan chiefs of the Wet’suwet’en Nation"),
              ("horgan", "John Horgan", "PERSON", ["Horgan", "Premier John Horgan"], "Premier of British Columbia"),
              ("pfeiffer", "David Pfeiffer", "PERSON",
               ["Pfeiffer", "Coastal GasLink president David Pfeiffer", "The president of a company"], "president of Coastal GasLink"),
              ("namoks", "Na’moks", "PERSON", [], "leader of one of the five Wet’suwet’en clans")],
    mentions=[("m1", ("Coastal GasLink", "Coastal GasLink makes"), "cgl"),
              ("m2", "First Nation pipeline opponents", "chiefs"),
              ("m3", ("Premier John Horgan", "Premier John Horgan’s"), "horgan"),
              ("m4", "The president of a company", "pfeiffer"),
              ("m5", "the hereditary clan chiefs of a First Nation", "chiefs"),
              ("m6", "Coastal GasLink president David Pfeiffer", "pfeiffer"),
              ("m7", ("Na’moks", "to Na’moks"), "namoks"),
              ("m8", ("Na’moks", "Na’moks could not"), "namoks"),
              ("m9", ("the chiefs", "the chiefs won’t"), "chiefs"),
              ("m10", ("Coastal GasLink", "Coastal GasLink has signed"), "cgl"),
              ("m11", ("the hereditary clan chiefs", "the hereditary clan chiefs say"), "chiefs"),
              ("m12", ("Premier John Horgan", "Premier John Horgan said"), "horgan"),
              ("m13", ("Horgan", "Horgan said."), "horgan")],
    attributions=[("a1", "INDIRECT", "m1", ("request", "new request"), "to meet with First Nation pipeline opponents", None),
                  ("a2", "INDIRECT", "m3", "comments", "law needing to be followed", None),
                  ("a3", "INDIRECT", "m4", ("request", "renewing a request"),
                   seg(T, "to meet with the hereditary clan chiefs of a First Nation", "without their consent", "renewing"), None),
                  ("a4", "INDIRECT", "m5", ("say", "who say"), ("the project has no authority without their consent", "who say"), "a3"),
                  ("a5", "INDIRECT", "m6", ("says", "Pfeiffer says"),
                   "the company’s preference is to resolve the dispute over the pipeline through meaningful dialogue", None),
                  ("a6", "MIXED", "m8", ("said", "but said last week"),
                   seg(T, "the chiefs won’t meet", "RCMP leadership"), None),
                  ("a7", "INDIRECT", "m11", ("say", "chiefs say no one"),
                   "no one is allowed on their 22,000-square-kilometre territory without their consent", None),
                  ("a8", "INDIRECT", "m12", ("said", "Horgan said the"),
                   "the $6.2-billion pipeline is vital to the region’s economic future and will be built despite the Wet’suwet’en chiefs’ objections", None),
                  ("a9", "INDIRECT", "m12", "adding", "the courts have ruled in favour of the project", None),
                  ("a10", "DIRECT", "m13", ("said", "Horgan said."), seg(T, "We want everyone to understand", "take place,"), None),
                  ("a11", "DIRECT", "m13", None, seg(T, "All the permits are in place", "prevail in B.C."), None)])

# ---------------------------------------------------------------------------------------
# The stored page has no headline, so the text starts with the lead. The stored copy breaks off in
# "The council granted planning permission, subject to the dev", so the text is cut before that
# paragraph. The quotations in Lily Jones's paragraph open with a straight mark and close with a
# curly one; they are kept as printed.
# "Grimsby Live reports that one of them, Lily Jones, raised concerns about ...": Jones's concerns
# are nested in the report; "the village was promised would never have ..." is an agentless
# promise nested in her quoted words (INDIRECT, the content being only part of the quotation).
# "did not go into detail on the type of hardware on offer" follows the seed's refusals (a9/a10):
# cue "go into detail", content without the linking "on". "spoke out against the development" is
# read like "complained about noise" (content "the development"). "Worries about noise and traffic
# were also voiced" is an agentless passive: cue "voiced", content "noise and traffic".
# "according to an impact report submitted with the application": a document with no author named
# in its NP or sentence, its own entity (source span without the participle).
# Not claims: "objections from residents" (no content), "First revealed in March" (a participle,
# FORMAT.md "figures released on Friday"), "the idea that ..." (no speaker, no reporting noun), and
# "written comments ..., most of which were opposing the development" (a state of the comments).
doc("datacenterdynamics-humber-tech-park-lincolnshire-approved",
    url="https://www.datacenterdynamics.com/en/news/green-light-for-386mw-data-center-campus-in-lincolnshire-uk/",
    outlet="DatacenterDynamics", country="UK", topic="technology", cut=True,
    text=(T := "A 386MW hyperscale data center complex being planned for Lincolnshire, UK, has been granted outline planning permission despite objections from residents.\n"
          "First revealed in March, the Humber Tech Park will cost up to £3 billion ($3.82bn) to build and occupy a 76-hectare greenfield site south of the A160 in South Killingholme, near Grimsby.\n"
          "Members of North Lincolnshire Council’s planning committee gave the scheme the green light at a meeting on Wednesday.\n"
          "The company behind the project, Humber Tech Park Ltd, had previously said the three million sq ft (278,000 sqm) facility will offer 386MW across three buildings. It said these will be suitable for “training AI systems,” though did not go into detail on the type of hardware on offer.\n"
          "At the planning meeting, two members of the public spoke out against the development. Grimsby Live reports that one of them, Lily Jones, raised concerns about the loss of arable land if the data center is built.\n"
          "She said the project was \"in an area that the village was promised would never have an industrial development,” and argued that the idea that the data center could be hidden by vegetation was \"both fanciful and insulting to people's intelligence.”\n"
          "Worries about noise and traffic were also voiced, while the committee also noted it had received 151 written comments about the data center, most of which were opposing the development.\n"
          "Speaking on behalf of Humber Tech Park Ltd, Anthony Crean, a director of the company, said the scheme would have “environmental benefits” and highlighted a plan to grow tomatoes in greenhouses on the site, using waste heat from the data center. The 300,000 sq ft (27,000 sqm) greenhouse could generate up to £3.5 million ($4.43m) in sales each year, according to an impact report submitted with the application.\n"
          "“The counter-intuitive effect of granting permission is that food production will increase, not decrease,” Crean said."),
    entities=[("htp", "Humber Tech Park Ltd", "ORGANIZATION", ["The company behind the project, Humber Tech Park Ltd"],
               "developer of the Humber Tech Park data center"),
              ("members", "two members of the public", "GROUP", [], "members of the public at the planning meeting"),
              ("grimsbylive", "Grimsby Live", "ORGANIZATION", [], "local news site"),
              ("jones", "Lily Jones", "PERSON", ["Jones", "one of them, Lily Jones"], "member of the public who objected"),
              ("committee", "the committee", "ORGANIZATION", ["the planning committee"],
               "North Lincolnshire Council's planning committee"),
              ("crean", "Anthony Crean", "PERSON", ["Crean", "Anthony Crean, a director of the company"],
               "director of Humber Tech Park Ltd"),
              ("impactreport", "an impact report", "ORGANIZATION", ["impact report"], "impact report submitted with the application")],
    mentions=[("m1", "The company behind the project, Humber Tech Park Ltd", "htp"),
              ("m2", ("It", "It said these"), "htp"),
              ("m3", "two members of the public", "members"),
              ("m4", "Grimsby Live", "grimsbylive"),
              ("m5", "one of them, Lily Jones", "jones"),
              ("m6", ("She", "She said the project"), "jones"),
              ("m7", ("the committee", "the committee also noted"), "committee"),
              ("m8", ("Humber Tech Park Ltd", "behalf of Humber Tech Park Ltd"), "htp"),
              ("m9", "Anthony Crean, a director of the company", "crean"),
              ("m10", "an impact report", "impactreport"),
              ("m11", ("Crean", "Crean said."), "crean")],
    attributions=[("a1", "INDIRECT", "m1", ("said", "previously said"),
                   "the three million sq ft (278,000 sqm) facility will offer 386MW across three buildings", None),
                  ("a2", "MIXED", "m2", ("said", "It said these"), "these will be suitable for “training AI systems,”", None),
                  ("a3", "INDIRECT", "m2", "go into detail", "the type of hardware on offer", None),
                  ("a4", "INDIRECT", "m3", "spoke out against", ("the development", "against the development."), None),
                  ("a5", "INDIRECT", "m4", "reports",
                   "one of them, Lily Jones, raised concerns about the loss of arable land if the data center is built", None),
                  ("a6", "INDIRECT", "m5", "raised concerns", "the loss of arable land if the data center is built", "a5"),
                  ("a7", "MIXED", "m6", ("said", "She said the project"),
                   seg(T, "the project was \"in an area", "industrial development,”"), None),
                  ("a8", "INDIRECT", None, "promised", "would never have an industrial development", "a7"),
                  ("a9", "MIXED", "m6", "argued",
                   seg(T, "the idea that the data center could be hidden", "people's intelligence.”"), None),
                  ("a10", "INDIRECT", None, "voiced", "noise and traffic", None),
                  ("a11", "INDIRECT", "m7", "noted",
                   "it had received 151 written comments about the data center, most of which were opposing the development", None),
                  ("a12", "MIXED", "m9", ("said", "company, said the scheme"), "the scheme would have “environmental benefits”", None),
                  ("a13", "INDIRECT", "m9", "highlighted",
                   "a plan to grow tomatoes in greenhouses on the site, using waste heat from the data center", None),
                  ("a14", "INDIRECT", "m10", "according to",
                   "The 300,000 sq ft (27,000 sqm) greenhouse could generate up to £3.5 million ($4.43m) in sales each year", None),
                  ("a15", "DIRECT", "m11", ("said", "Crean said."), seg(T, "The counter-intuitive effect", "not decrease,"), None)])

write("test23_a.jsonl")
