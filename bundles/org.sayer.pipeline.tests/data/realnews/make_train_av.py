#!/usr/bin/env python3
"""Writes train_av.jsonl: real-news gold, split train-av (see gold.py). Run: python3 make_train_av.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
# The headline reports a vote (an act), not a claim. The stored page prints its standfirst twice (standfirst and image caption); it is kept once.
# The text is cut before the cross-head "Not set in stone", whose paragraph is cut off mid-word
# in the stored copy. The standfirst and the lead both carry the councillors' concerns (FORMAT.md,
# Text parts); "expressed concerns about X" is read like "complained about noise" → X (and like
# "expressed concern" elsewhere in the corpus).
# "A push to extend the deadline ..." and "the push by Mayor Len Brown for ..." are read as noun
# cues like "calls for" (a push is a call for something): the first names nobody (null source),
# the second names the mayor. The rejections of the push (by the councillors' vote, by the
# government) and "instead opting for" are decisions, not reports: not annotated.
# "Cr George Wood, who promoted an extension to the timetable" is a speech act in a relative
# clause (promoted = proposed), so its source is the antecedent. In "described ... as
# “extraordinarily tight” as by law it has to take place ...", the reason clause is read as part
# of Wood's claim (it says why the time frame is tight), not as an adjunct of the reporting event.
doc("nbr-auckland-council-rejects-unitary-plan-extension",
    url="https://www.nbr.co.nz/council-rejects-auckland-plan-extension/",
    outlet="National Business Review", country="New Zealand", topic="politics", cut=True,
    text=(T := "Council rejects Auckland plan extension\n"
          "Nine of the city's 20 councillors expressed concerns about the plan's timetable.\n"
          "Auckland ratepayers have been denied extra time to consider the city's controversial unitary plan.\n"
          "A push to extend the deadline for notifying the plan beyond September to allow for increased public consultation was rejected by a majority of councillors this afternoon at the council's governing body meeting in Orewa.\n"
          "A vote on the Ayes and Noes followed a lengthy and intense debate.\n"
          "Nine of the city’s 20 councillors earlier expressed concerns about the plan’s timetable. The government has already rejected the push by Mayor Len Brown for it to take legal effect upon notification, instead opting for a three-year hearings process.\n"
          "Cr George Wood, who promoted an extension to the timetable, described the current time frame for notifying the plan as “extraordinarily tight” as by law it has to take place at least 60 working days after the current public feedback period finishes at the end of May.\n"
          "Cr Wood says the plan is complex and many people do not understand what was in it.\n"
          "He says the hearings process once the plan is notified will be \"like the Environment Court\" with cross-examination of witnesses and armies of lawyers involved.\n"
          "\"At those hearings the small people will find it very hard to put themselves against the deep-pocketed developers and others who will have legal representation.\"\n"
          "Mayor Len Brown says he understands the concerns of Cr Wood and others but there is a need to avoid \"changing course mid-stream\" with the plan.\n"
          "\"There's been some very intense discussion and I've loved it, even some of the stuff coming over the barricades,\" he says. \"The over-arching theme I'm seeing is people are pretty comfortable with this. By and large 99% of those seriously concerned about some aspect of the plan are all about height.\""),
    entities=[("nine", "Nine of the city's 20 councillors", "GROUP", ["Nine of the city’s 20 councillors"],
               "the nine Auckland councillors who wanted more time"),
              ("brown", "Len Brown", "PERSON", ["Brown", "Mayor Len Brown"], "Mayor of Auckland"),
              ("wood", "George Wood", "PERSON", ["Wood", "Cr Wood", "Cr George Wood"], "Auckland councillor")],
    mentions=[("m1", "Nine of the city's 20 councillors", "nine"),
              ("m2", "Nine of the city’s 20 councillors", "nine"),
              ("m3", ("Mayor Len Brown", "push by Mayor Len Brown"), "brown"),
              ("m4", "Cr George Wood", "wood"),
              ("m5", ("Cr Wood", "Cr Wood says"), "wood"),
              ("m6", ("He", "He says the hearings"), "wood"),
              ("m7", ("Mayor Len Brown", "Mayor Len Brown says"), "brown"),
              ("m8", ("Cr Wood", "concerns of Cr Wood"), "wood"),
              ("m9", ("he", "he says. "), "brown")],
    attributions=[("a1", "INDIRECT", "m1", ("expressed concerns", "councillors expressed concerns"), "the plan's timetable", None),
                  ("a2", "INDIRECT", None, ("push", "A push to"),
                   "to extend the deadline for notifying the plan beyond September to allow for increased public consultation", None),
                  ("a3", "INDIRECT", "m2", ("expressed concerns", "earlier expressed concerns"), "the plan’s timetable", None),
                  ("a4", "INDIRECT", "m3", ("push", "the push by"), "it to take legal effect upon notification", None),
                  ("a5", "INDIRECT", "m4", "promoted", "an extension to the timetable", None),
                  ("a6", "MIXED", "m4", "described",
                   seg(T, "the current time frame for notifying", "at the end of May"), None),
                  ("a7", "INDIRECT", "m5", ("says", "Cr Wood says"), "the plan is complex and many people do not understand what was in it", None),
                  ("a8", "MIXED", "m6", ("says", "He says the hearings"),
                   seg(T, "the hearings process once the plan", "armies of lawyers involved"), None),
                  ("a9", "DIRECT", "m6", None, seg(T, "At those hearings the small people", "have legal representation."), None),
                  ("a10", "MIXED", "m7", ("says", "Mayor Len Brown says"),
                   seg(T, "he understands the concerns of Cr Wood", "mid-stream\" with the plan"), None),
                  ("a11", "DIRECT", "m9", ("says", "he says. "),
                   "There's been some very intense discussion and I've loved it, even some of the stuff coming over the barricades,", None),
                  ("a12", "DIRECT", "m9", None, seg(T, "The over-arching theme", "are all about height."), None)])

# ---------------------------------------------------------------------------------------
# The stored page has no headline: the text starts with its lead (the page's address names the
# story "che-adams-less-50-50-chance-scotland-clash-spain"). The comment-section notice after the
# last quotation is removed; the article ends there, so it is not cut.
# "remains hopeful of Adams making his squad" and "is sure the likes of Lyndon Dykes would ..."
# are beliefs with a named subject (FORMAT.md, Included although borderline; cue "sure" as
# elsewhere in the corpus). "he was delighted to be able to showcase ..." is a state with no
# reported content: not annotated. The quotations that run over several paragraphs (each
# paragraph reopens, only the last closes) are one attribution each; the second holds Clarke's
# own earlier statement "I said before the game that ...", nested.
doc("heraldscotland-clarke-che-adams-calf-spain",
    url="https://heraldscotland.com/sport/23412542.che-adams-less-50-50-chance-scotland-clash-spain",
    outlet="The Herald", country="UK", topic="sport", cut=False,
    text=(T := "SCOTLAND manager Steve Clarke says that Che Adams has less than a 50/50 chance of playing against Spain on Tuesday night after suffering a calf injury in the win over Cyprus.\n"
          "The Southampton striker limped from the Hampden field in the second half of the opening day victory for the Scots as they kicked off their European Championship qualifying campaign, appearing to have taken a knock in a challenge with St Mirren’s Alex Gogic.\n"
          "Clarke revealed after the match though that the injury may be a little more serious than it first appeared, and he will now wait on a medical assessment ahead of the visit of the Spaniards.\n"
          "“He just felt his calf tighten a little bit before he came off,” Clarke said.\n"
          "“We’ll assess him and see how he is. It’s far too early to decide whether he’s going to be in or out.\n"
          "“It’s obviously a short turnaround to the next game so if it’s 50-50 that would be optimistic, to be honest.\n"
          "“If somebody comes off with a tight calf you’re not too sure what’s going to happen.”\n"
          "While Clarke remains hopeful of Adams making his squad for the game, he was delighted to be able to showcase the strength in depth that he now has at his disposal in the win over the Cypriots.\n"
          "And he is sure the likes of Lyndon Dykes would step up once again if Adams does not make the game on Tuesday night.\n"
          "“It’s all about the squad,” he said.\n"
          "“I said before the game that our strength is our squad and we have to utilise that.\n"
          "“Think of the impact Dykes, (Ryan) Christie and (Scott) McTominay had coming off the bench. It’s not bad.\n"
          "“Cyprus had to come out and try to get 1-1 so they took a defender off and opened the game a little bit. Thankfully we managed to capitalise on that, which was nice.”"),
    entities=[("clarke", "Steve Clarke", "PERSON", ["Clarke", "SCOTLAND manager Steve Clarke"], "Scotland manager")],
    mentions=[("m1", "SCOTLAND manager Steve Clarke", "clarke"),
              ("m2", ("Clarke", "Clarke revealed"), "clarke"),
              ("m3", ("Clarke", "Clarke said"), "clarke"),
              ("m4", ("Clarke", "Clarke remains"), "clarke"),
              ("m5", ("he", "he is sure"), "clarke"),
              ("m6", ("he", "he said.\n"), "clarke"),
              ("m7", ("I", "I said before"), "clarke")],
    attributions=[("a1", "INDIRECT", "m1", "says",
                   seg(T, "Che Adams has less than", "the win over Cyprus"), None),
                  ("a2", "INDIRECT", "m2", "revealed",
                   seg(T, "the injury may be a little", "visit of the Spaniards"), None),
                  ("a3", "DIRECT", "m3", ("said", "Clarke said"), "He just felt his calf tighten a little bit before he came off,", None),
                  ("a4", "DIRECT", "m3", None, seg(T, "We’ll assess him", "what’s going to happen."), None),
                  ("a5", "INDIRECT", "m4", "hopeful", "Adams making his squad for the game", None),
                  ("a6", "INDIRECT", "m5", ("sure", "he is sure"),
                   "the likes of Lyndon Dykes would step up once again if Adams does not make the game on Tuesday night", None),
                  ("a7", "DIRECT", "m6", ("said", "he said.\n"), "It’s all about the squad,", None),
                  ("a8", "DIRECT", "m6", None, seg(T, "I said before the game", "which was nice."), None),
                  ("a9", "INDIRECT", "m7", ("said", "I said before"),
                   "our strength is our squad and we have to utilise that", "a8")])

# ---------------------------------------------------------------------------------------
# "Whistleblowers:" is the page's section label, not a speaker, and the headline has no cue: not
# a claim. The date line "April 16, 2004" under the headline is removed (it gives `published`).
# The text is cut after the first paragraph of the SFI spokesman's quotation (its next paragraph
# is cut off mid-word in the stored copy), so that quotation runs to the end of the text.
# "amid concerns about his laboratory's use ..." names nobody and has no reporting verb;
# "investigated whether" and "alerted by a whistleblower" are acts without reported content.
# "the HSE this week confirmed that A, concluding that B" is two claims of the HSE (seed a18/a19,
# `X said A, warning that B`). Inside the HSE's quotation, "Imperial accepted there was a breach"
# is nested; "agreed to take action" is an act (the mirror of "refused to sign"), not annotated.
# "told The Times Higher" names the medium, not a source.
doc("timeshighereducation-dolly-lab-probe-irish-post",
    url="https://www.timeshighereducation.com/news/whistleblowers-lab-probe-scientist-to-take-up-irish-post/188052.article",
    outlet="Times Higher Education", country="UK", topic="health-science", cut=True, published="2004-04-16",
    text=(T := "Whistleblowers: Lab probe scientist to take up Irish post\n"
          "A leading scientist who resigned from Imperial College London amid concerns about his laboratory's use of a biological toxin has been awarded a €4 million (£2.6 million) research grant designed to enable Irish universities to headhunt top researchers.\n"
          "Oliver Dolly, a former professor of molecular neurobiology at Imperial, had been suspended for a year while the college investigated whether the Health and Safety Executive had been properly notified of his work with botulinum toxin.\n"
          "The college launched its investigation after alerted by a whistleblower.\n"
          "Its outcome has never been made public, but the HSE this week confirmed that it had carried out its own probe, concluding that Professor Dolly's laboratory had broken health and safety rules.\n"
          "\"Imperial accepted there was a breach from the outset and agreed to take action to improve the notification and risk assessment process,\" said the HSE. \"But no enforcement action was taken.\"\n"
          "Professor Dolly resigned last May after Imperial's internal investigation.\n"
          "In June, he was appointed to a post in neurotherapeutics research at Dublin City University. Five months later, he was awarded a grant from Science Foundation Ireland under a publicly funded scheme to attract outstanding overseas researchers.\n"
          "SFI this week denied that there was any inconsistency in awarding a grant to someone who had already accepted a post at an Irish institution.\n"
          "An SFI spokesman told The Times Higher : \"The research institution at which the researcher will be located makes the hiring decision."),
    entities=[("imperial", "Imperial College London", "ORGANIZATION", ["Imperial", "the college"], "London university"),
              ("hse", "the Health and Safety Executive", "ORGANIZATION", ["Health and Safety Executive", "the HSE", "HSE"],
               "UK workplace health and safety regulator"),
              ("sfi", "Science Foundation Ireland", "ORGANIZATION", ["SFI"], "Irish research funding agency"),
              ("spokesman", "An SFI spokesman", "PERSON", [], "spokesman for Science Foundation Ireland")],
    mentions=[("m1", "Imperial College London", "imperial"),
              ("m2", ("Imperial", "at Imperial, had"), "imperial"),
              ("m3", ("the college", "while the college"), "imperial"),
              ("m4", "the Health and Safety Executive", "hse"),
              ("m5", ("The college", "The college launched"), "imperial"),
              ("m6", ("the HSE", "the HSE this week"), "hse"),
              ("m7", ("Imperial", "Imperial accepted"), "imperial"),
              ("m8", ("the HSE", "said the HSE"), "hse"),
              ("m9", "Science Foundation Ireland", "sfi"),
              ("m10", ("SFI", "SFI this week"), "sfi"),
              ("m11", "An SFI spokesman", "spokesman")],
    attributions=[("a1", "INDIRECT", "m6", "confirmed", "it had carried out its own probe", None),
                  ("a2", "INDIRECT", "m6", "concluding", "Professor Dolly's laboratory had broken health and safety rules", None),
                  ("a3", "DIRECT", "m8", ("said", "said the HSE"),
                   "Imperial accepted there was a breach from the outset and agreed to take action to improve the notification and risk assessment process,", None),
                  ("a4", "INDIRECT", "m7", ("accepted", "Imperial accepted"), ("there was a breach from the outset", "Imperial accepted"), "a3"),
                  ("a5", "DIRECT", "m8", None, "But no enforcement action was taken.", None),
                  ("a6", "INDIRECT", "m10", "denied",
                   "there was any inconsistency in awarding a grant to someone who had already accepted a post at an Irish institution", None),
                  ("a7", "DIRECT", "m11", "told",
                   "The research institution at which the researcher will be located makes the hiring decision.", None)])

# ---------------------------------------------------------------------------------------
# The stored page has no headline (the page's address names it "farming-s-emissions-target-
# could-get-green-light-next-wednesday-ryan"): the text starts with its lead. It is cut before the
# paragraph that the stored copy cuts off mid-word. The cross-head "Farm energy" is kept as printed
# (an unquoted cross-head is a label). No date is given on the page.
# "was asked by the Irish Farmers Journal if ..." is a question put to the speaker (by the medium):
# not annotated, as "when asked if". "failed to concede any further indication on the progress of
# the negotiations" is read like seed a9/a10 ("did not say when" → cue "say"): the failure is left
# out of the cue, the fixed object kept, and "on" only links the cue. "assurances from Minister
# Ryan" has no content. In Cullinan's quotation, "we as farmers have accepted ..." is the speaker's
# own group's stance and "we know from the KPMG report" an evidential: not split off.
doc("farmersjournal-ryan-emissions-target-cabinet-cullinan",
    url="https://www.farmersjournal.ie/farming-s-emissions-target-could-get-green-light-next-wednesday-ryan-710735",
    outlet="Irish Farmers Journal", country="Ireland", topic="environment", cut=True,
    text=(T := "Minister for the Environment Eamon Ryan has indicated that the sectoral emissions reduction target for agriculture could be agreed on by cabinet, should a decision on a specific figure between 22% and 30% be reached in his engagement with Minister for Agriculture Charlie McConalogue set to take place tomorrow.\n"
          "Minister Ryan was asked by the Irish Farmers Journal if an announcement on the targets was to be expected this week, to which he answered: “I think it’d have to go to cabinet next Wednesday. Everything has to be signed off by cabinet.”\n"
          "“I think there is so much work to do, we should get on with a lot of it,” he said.\n"
          "The minister failed to concede any further indication on the progress of the negotiations, but stated that farmers making business plans should take account of the general direction of emissions policy and consumer sentiment, in his comments to the Irish Farmers Journal.\n"
          "Minister Ryan spoke on a panel at an energy in agriculture event at Gurteen College, along with Teagasc director Frank O’Mara, Irish Farmers' Association (IFA) president Tim Cullinan and chair of the Climate Change Advisory Council Marie Donnelly.\n"
          "Farm energy\n"
          "Cullinan told the Irish Farmers Journal that the IFA did not take any assurances from Minister Ryan on board until the exact sectoral target had been announced.\n"
          "He commented that any target other than 22% would not be accepted by the IFA and that an economic impact assessment would need to be conducted before farmers could sign up to the target.\n"
          "“The Minister has been taking a different view to the other two parties in Government,” the IFA president said.\n"
          "“I was trying to make that clear point to him this morning. You know, we as farmers have accepted now and will work to reduce emissions by 22% and that is a huge challenge and we know from the KPMG report if we are looking at 30% that is €4bn,” stated Cullinan."),
    entities=[("ryan", "Eamon Ryan", "PERSON",
               ["Ryan", "Minister Ryan", "Minister for the Environment Eamon Ryan", "the minister"],
               "Irish Minister for the Environment"),
              ("cullinan", "Tim Cullinan", "PERSON",
               ["Cullinan", "the IFA president", "Irish Farmers' Association (IFA) president Tim Cullinan"],
               "president of the Irish Farmers' Association")],
    mentions=[("m1", "Minister for the Environment Eamon Ryan", "ryan"),
              ("m2", ("Minister Ryan", "Minister Ryan was asked"), "ryan"),
              ("m3", ("he", "he answered"), "ryan"),
              ("m4", ("he", "he said."), "ryan"),
              ("m5", ("The minister", "The minister failed"), "ryan"),
              ("m6", ("Minister Ryan", "Minister Ryan spoke"), "ryan"),
              ("m7", "Irish Farmers' Association (IFA) president Tim Cullinan", "cullinan"),
              ("m8", ("Cullinan", "Cullinan told"), "cullinan"),
              ("m9", ("Minister Ryan", "Minister Ryan on board"), "ryan"),
              ("m10", ("He", "He commented"), "cullinan"),
              ("m11", ("The Minister", "The Minister has been"), "ryan"),
              ("m12", "the IFA president", "cullinan"),
              ("m13", ("Cullinan", "stated Cullinan"), "cullinan")],
    attributions=[("a1", "INDIRECT", "m1", "indicated",
                   seg(T, "the sectoral emissions reduction target", "set to take place tomorrow"), None),
                  ("a2", "DIRECT", "m3", "answered",
                   "I think it’d have to go to cabinet next Wednesday. Everything has to be signed off by cabinet.", None),
                  ("a3", "DIRECT", "m4", ("said", "he said."), "I think there is so much work to do, we should get on with a lot of it,", None),
                  ("a4", "INDIRECT", "m5", "concede any further indication", "the progress of the negotiations", None),
                  ("a5", "INDIRECT", "m5", ("stated", "but stated"),
                   "farmers making business plans should take account of the general direction of emissions policy and consumer sentiment", None),
                  ("a6", "INDIRECT", "m8", ("told", "Cullinan told"),
                   seg(T, "the IFA did not take any assurances", "had been announced"), None),
                  ("a7", "INDIRECT", "m10", "commented",
                   seg(T, "any target other than 22%", "sign up to the target"), None),
                  ("a8", "DIRECT", "m12", ("said", "president said"),
                   "The Minister has been taking a different view to the other two parties in Government,", None),
                  ("a9", "DIRECT", "m13", ("stated", "stated Cullinan"),
                   seg(T, "I was trying to make that clear point", "that is €4bn,"), None)])

# ---------------------------------------------------------------------------------------
# The headline ("rallies to oppose") reports a rally, an act: not a claim. Two photo captions ("Residents voice their concerns over plans for Newcastle high-rise
# buildings.", printed twice) are removed.
# "residents were being asked to comment on plans ..." is an agentless request inside Doyle's
# claim: nested, null source, content without the addressee ("staff were told to stay home").
# "plans proposed by UrbanGrowth and GPT" is a participle with no finite reporting verb, and
# "the marchers were most concerned about ..." a state (as "was unhappy with"); the march "to
# protest against the development" is an act: none is annotated. In "resident Brian Ladd reflected
# the views of many when he said X", only the said-clause has a content; its own subject "he" is
# the source. "moved to have the alliance formally brief the council" is a council motion, a
# formal proposal, annotated like "called on X to Y".
doc("newcastlestar-greens-doyle-high-rise-city-centre",
    url="http://www.newcastlestar.com.au/story/2307849/newcastle-community-rallies-to-oppose-high-rise-buildings-in-city-centre/?src=rss",
    outlet="Newcastle Star", country="Australia", topic="local", cut=False,
    text=(T := "Newcastle community rallies to oppose high-rise buildings in city centre\n"
          "PLANS for high-rise buildings in Newcastle's city centre should be abandoned until a decision is made on the city's controversial rezonings, Newcastle Greens say.\n"
          "Newcastle councillor Therese Doyle said it was \"outrageous\" that residents were being asked to comment on plans proposed by UrbanGrowth and GPT when it is \"currently unlawful\" for them to be approved.\n"
          "Her comments came after several hundred inner-city residents marched through the city last Saturday to protest against the development and the process employed.\n"
          "Organised by Newcastle Inner City Residents Alliance, the marchers were most concerned about a lack of debate and consultation on 11th-hour changes to the city's planning laws that would allow the high-rise developments to go ahead in areas protected under the original plan.\n"
          "In a submission to Planning NSW, resident Brian Ladd reflected the views of many when he said the trebling of building heights in the city's centre would \"dramatically and negatively impact on nearby heritage buildings\".\n"
          "Allowing the UrbanGrowth/GPT project to proceed would not just disadvantage local businesses and residents, he said, but also other developers who have had to conform to another set of planning rules.\n"
          "Newcastle council's Labor councillors, meanwhile, last night moved to have the alliance formally brief the council on its concerns.\n"
          "Council staff have argued that residents should take their concerns to the Minister for Planning."),
    entities=[("greens", "Newcastle Greens", "ORGANIZATION", ["Greens"], "Greens party branch in Newcastle"),
              ("doyle", "Therese Doyle", "PERSON", ["Doyle", "Newcastle councillor Therese Doyle"], "Greens councillor, Newcastle"),
              ("ladd", "Brian Ladd", "PERSON", ["Ladd", "resident Brian Ladd"], "inner-city resident"),
              ("labor", "Newcastle council's Labor councillors", "GROUP", ["Labor councillors"],
               "Labor members of Newcastle City Council"),
              ("staff", "Council staff", "GROUP", [], "staff of Newcastle City Council")],
    mentions=[("m1", "Newcastle Greens", "greens"),
              ("m2", "Newcastle councillor Therese Doyle", "doyle"),
              ("m3", "resident Brian Ladd", "ladd"),
              ("m4", ("he", "when he said"), "ladd"),
              ("m5", ("he", "he said, but"), "ladd"),
              ("m6", "Newcastle council's Labor councillors", "labor"),
              ("m7", "Council staff", "staff")],
    attributions=[("a1", "INDIRECT", "m1", "say",
                   seg(T, "PLANS for high-rise buildings", "controversial rezonings"), None),
                  ("a2", "MIXED", "m2", ("said", "Doyle said"),
                   seg(T, "it was \"outrageous\"", "for them to be approved"), None),
                  ("a3", "INDIRECT", None, "asked", "to comment on plans proposed by UrbanGrowth and GPT", "a2"),
                  ("a4", "MIXED", "m4", ("said", "when he said"),
                   seg(T, "the trebling of building heights", "nearby heritage buildings\""), None),
                  ("a5", "INDIRECT", "m5", ("said", "he said, but"),
                   seg(T, "Allowing the UrbanGrowth/GPT project", "another set of planning rules"), None),
                  ("a6", "INDIRECT", "m6", "moved", "to have the alliance formally brief the council on its concerns", None),
                  ("a7", "INDIRECT", "m7", "argued", "residents should take their concerns to the Minister for Planning", None)])

# ---------------------------------------------------------------------------------------
# The image label "helen dixon", which the stored page runs into the lead ("helen dixonIrish"), is
# removed. The text is cut before the paragraph that the stored copy cuts off mid-word.
# Headline: "hits back over GDPR ‘soft touch’ claims" is read like "refuted claims that ..."
# (test6_c, test8_a): the claims are its content ("over" only links the cue), and the claims,
# which name nobody, are nested with the compound's modifier as their content. "fired a warning
# shot over the bows of ... over their GDPR compliance" is an idiom with no reported content: not
# annotated; its "insisting that ..." is. "warned firms to expect" keeps the addressee, as
# "urged city residents to ..." elsewhere in the corpus (and "called on X to Y"). "echoing
# Elizabeth Denham’s mantra of being a ... regulator" is Dixon's speech act (she repeats Denham's
# words), with Denham's mantra nested (noun cue, like "claims by X"). In the quotation, "the way
# ... citizens are going to demand that their data is treated" is a forecast of a hypothetical
# demand: not split off. "Dixon has said A but insisted B" is two claims of Dixon.
doc("decisionmarketing-dixon-gdpr-not-soft-touch",
    url="https://www.decisionmarketing.co.uk/news/irish-data-chief-hits-back-over-gdpr-soft-touch-claims",
    outlet="Decision Marketing", country="UK", topic="technology", cut=True,
    text=(T := "Irish data chief hits back over GDPR ‘soft touch’ claims\n"
          "Irish data protection commissioner Helen Dixon has fired a warning shot over the bows of the world’s largest tech companies over their GDPR compliance, insisting her office will not be a “soft touch” when it comes to enforcing fines for breaches of the regulation.\n"
          "With so many tech businesses setting up their Euro HQs in Ireland – including Apple, Amazon, Google, Facebook, eBay, PayPal, LinkedIn, Twitter,, Intel and Oracle – Dixon will become one of the most powerful regulators in the world.\n"
          "She has already warned firms to expect a “tsunami” of data requests from customers and despite echoing UK Information Commissioner Elizabeth Denham’s mantra of being a “fair and proportionate” regulator, Dixon told the FT that she was prepared to use powers to fine companies up to 4% of their global turnover if they do not comply with GDPR. She also refuted claims that big tech firms were choosing Irish supervision because the country had the “lowest levels” of data protection.\n"
          "She countered: “There’s no doubt about it, we will be using the full toolkit. The impacts of misuse of individuals’ personal data in this digital age are very significant.\n"
          "“It really is a very massive change in the landscape in terms of the way regulation is going to occur and in terms of the way . . . citizens are going to demand that their data is treated.”\n"
          "Dixon has said Dublin once struggled to cope with oversight of so many companies but insisted this had changed and that her agency had the resources it needed."),
    entities=[("dixon", "Helen Dixon", "PERSON",
               ["Dixon", "Irish data protection commissioner Helen Dixon", "Irish data chief"],
               "Irish Data Protection Commissioner"),
              ("denham", "Elizabeth Denham", "PERSON", ["Denham", "UK Information Commissioner Elizabeth Denham"],
               "UK Information Commissioner")],
    mentions=[("m1", "Irish data chief", "dixon"),
              ("m2", "Irish data protection commissioner Helen Dixon", "dixon"),
              ("m3", ("Dixon", "Dixon will become"), "dixon"),
              ("m4", ("She", "She has already"), "dixon"),
              ("m5", "UK Information Commissioner Elizabeth Denham", "denham"),
              ("m6", ("Dixon", "Dixon told"), "dixon"),
              ("m7", ("She", "She also refuted"), "dixon"),
              ("m8", ("She", "She countered"), "dixon"),
              ("m9", ("Dixon", "Dixon has said"), "dixon")],
    attributions=[("a1", "MIXED", "m1", "hits back", "GDPR ‘soft touch’ claims", None),
                  ("a2", "MIXED", None, ("claims", "‘soft touch’ claims"), "GDPR ‘soft touch’", "a1"),
                  ("a3", "MIXED", "m2", "insisting",
                   "her office will not be a “soft touch” when it comes to enforcing fines for breaches of the regulation", None),
                  ("a4", "MIXED", "m4", "warned", "firms to expect a “tsunami” of data requests from customers", None),
                  ("a5", "MIXED", "m6", "echoing",
                   "UK Information Commissioner Elizabeth Denham’s mantra of being a “fair and proportionate” regulator", None),
                  ("a6", "MIXED", "m5", "mantra", "being a “fair and proportionate” regulator", "a5"),
                  ("a7", "INDIRECT", "m6", ("told", "Dixon told"),
                   "she was prepared to use powers to fine companies up to 4% of their global turnover if they do not comply with GDPR", None),
                  ("a8", "MIXED", "m7", "refuted",
                   seg(T, "claims that big tech firms", "“lowest levels” of data protection"), None),
                  ("a9", "MIXED", None, ("claims", "claims that big"),
                   seg(T, "big tech firms were choosing", "“lowest levels” of data protection"), "a8"),
                  ("a10", "DIRECT", "m8", "countered", seg(T, "There’s no doubt about it", "their data is treated."), None),
                  ("a11", "INDIRECT", "m9", ("said", "Dixon has said"),
                   "Dublin once struggled to cope with oversight of so many companies", None),
                  ("a12", "INDIRECT", "m9", "insisted", "this had changed and that her agency had the resources it needed", None)])

# ---------------------------------------------------------------------------------------
# The byline ("Sarah Stowe") is removed. The stored copy seems to hold the whole article.
# Headline: "slams X as Y" is read like "described X as Y" (content "X as Y"). "Ben Ryan, chair of
# the IGA National Board" is the source with its short role apposition; the participle phrase
# "representing about 1,400 ..." is a long description, left out. "the national chains announcing
# they would now take their marketing war to ..." is a speech act inside Ryan's claim: nested.
# "people don’t understand the long term impact ..." in his quotation has no propositional content
# (an NP object of a negated "understand"): not split off.
doc("franchisebusiness-iga-ryan-slams-supermarket-discounts",
    url="https://franchisebusiness.com.au/iga-chief-slams-supermarket-discounts-as-major-thr/",
    outlet="Franchise Business", country="Australia", topic="business", cut=False,
    text=(T := "IGA chief slams supermarket discounts as major threat to small business\n"
          "Ben Ryan, chair of the IGA National Board representing about 1,400 independent grocery stores across Australia, has called for an end to discount prices in the major supermarket chains.\n"
          "“Enough is enough,” Ryan said. “While being able to buy cheap milk and bread from a major supermarket has appealed to many consumers, people don’t understand the long term impact on Australian manufacturers and farmers. The marketing war between the major chains has caused unrealistic and unsustainable price deflation of major staples like bread and milk.”\n"
          "Ryan said the national chains announcing they would now take their marketing war to the convenience market would put further pressure on small businesses around the country. “Small business is about being local, buying local and supporting local producers, manufacturers and farmers,” he said.\n"
          "“Small businesses find it almost impossible to compete on a level playing field when the big national grocery chains behave like predators. If a small business loses money it goes under, if a store in a large national chain loses money it is amortised over the group with the hope it will improve over time as their duopoly grows.”\n"
          "Ryan said supermarket chains extending their marketing war to petrol station convenience outlets will inevitably hurt small businesses and he called for the Federal and State Governments and the ACCC to take action if the large national grocery chains fail to play fair."),
    entities=[("ryan", "Ben Ryan", "PERSON", ["Ryan", "IGA chief", "Ben Ryan, chair of the IGA National Board"],
               "chair of the IGA National Board"),
              ("chains", "the national chains", "GROUP", [], "Australia's national supermarket chains")],
    mentions=[("m1", "IGA chief", "ryan"),
              ("m2", "Ben Ryan, chair of the IGA National Board", "ryan"),
              ("m3", ("Ryan", "Ryan said. "), "ryan"),
              ("m4", ("Ryan", "Ryan said the national"), "ryan"),
              ("m5", "the national chains", "chains"),
              ("m6", ("he", "he said.\n"), "ryan"),
              ("m7", ("Ryan", "Ryan said supermarket"), "ryan"),
              ("m8", ("he", "he called for"), "ryan")],
    attributions=[("a1", "INDIRECT", "m1", "slams", "supermarket discounts as major threat to small business", None),
                  ("a2", "INDIRECT", "m2", ("called for", "has called for"), "an end to discount prices in the major supermarket chains", None),
                  ("a3", "DIRECT", "m3", ("said", "Ryan said. "), "Enough is enough,", None),
                  ("a4", "DIRECT", "m3", None, seg(T, "While being able to buy", "staples like bread and milk."), None),
                  ("a5", "INDIRECT", "m4", ("said", "Ryan said the national"),
                   seg(T, "the national chains announcing", "small businesses around the country"), None),
                  ("a6", "INDIRECT", "m5", "announcing",
                   "they would now take their marketing war to the convenience market", "a5"),
                  ("a7", "DIRECT", "m6", ("said", "he said.\n"),
                   "Small business is about being local, buying local and supporting local producers, manufacturers and farmers,", None),
                  ("a8", "DIRECT", "m6", None, seg(T, "Small businesses find it almost", "as their duopoly grows."), None),
                  ("a9", "INDIRECT", "m7", ("said", "Ryan said supermarket"),
                   "supermarket chains extending their marketing war to petrol station convenience outlets will inevitably hurt small businesses", None),
                  ("a10", "INDIRECT", "m8", ("called for", "he called for"),
                   "the Federal and State Governments and the ACCC to take action if the large national grocery chains fail to play fair", None)])

write("train_av.jsonl")
