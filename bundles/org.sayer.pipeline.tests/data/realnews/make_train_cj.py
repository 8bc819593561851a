#!/usr/bin/env python3
"""Writes train_cj.jsonl: real-news gold, train batch cj (see gold.py). Run: python3 make_train_cj.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
# The stored page has no headline, so the text starts with the lead. The stored copy breaks off
# in the paragraph after Murrison's "He said: “I am delighted ...", so the text ends with that
# paragraph; its quotation is left open there as printed and runs to the end of the text (one
# DIRECT claim of "He").
# "with the promise of more than 120 jobs": a noun cue with no promiser named (null source, as
# "claims that ..." with no claimant). "Wiltshire Council was told of ... by residents": the
# by-agent is the source, the council the addressee, "of" only links the cue.
# "One of those who protested against the plan said": the source span leaves out the relative
# clause ("One of those"); the entity keeps the full description as its name.
# Kansari's quotation runs over two paragraphs (one claim). Inside it, "the applicant is
# advised that ..." (twice) is an agentless passive (null source, the applicant a raised
# addressee, not content), and "the council believes that ..." is a belief with a named subject
# nested in the first advice: the text names no adviser, so the belief is not read as the
# adviser's own attitude.
# "hailed the decision as “brilliant” and “amazing” news" is read like "described X as Y".
# "lodged an objection to the development with Wiltshire Council": cue like "raised concerns",
# the council an addressee.
# Not claims: "launched a strong protest against plans", "protested against the plan" and
# "campaigned against the proposal" (campaigning actions, no reported content); the scare quotes
# 'multi-million pound' (no reporting frame); "torpedoed the plan" (a decision).
doc("wiltshiretimes-hilperton-mcdonalds-drive-thru-refused",
    url="https://www.wiltshiretimes.co.uk/news/23991711.mcdonalds-hilperton-protesters-celebrate-refusal-plan/",
    outlet="Wiltshire Times", country="UK", topic="local", cut=True,
    text=(T := "Jubilant residents who launched a strong protest against plans for a new McDonald’s drive-thru in Wiltshire are celebrating its refusal.\n"
          "The 'multi-million pound' new restaurant would have been built on the corner of the Hilperton Drive and Devizes Road Roundabout, on the eastern edge of Trowbridge, with the promise of more than 120 jobs for the area.\n"
          "But Wiltshire Council was told of the potential for litter, increased traffic and impact on the environment by residents and has now torpedoed the plan.\n"
          "One of those who protested against the plan said: “That's great news! Thanks to all the people who made this happen. A Christmas miracle.”\n"
          "Wiltshire Council told the giant American fast-food chain that if it appeals the decision and loses, the local authority will apply for costs in full.\n"
          "Parvis Kansari, the council’s corporate director, place, said: “As the proposal is in clear conflict with the policies of the development plan, the applicant is advised that the council believes that any appeal against this decision would have no reasonable prospect of succeeding.\n"
          "“Accordingly, the applicant is advised that if an appeal is submitted, the council will be making an application for a full award of its costs incurred in dealing with the appeal based on substantive grounds.”\n"
          "Local campaigners who launched the ‘McDonald’s I’m NOT Lovin it’ social media group were jubilant and hailed the decision as “brilliant” and “amazing” news.\n"
          "Rachel Kingsmill, one of the group’s leaders, said: “It’s been refused. Thank you, everyone. We did it.”\n"
          "South West Wiltshire MP Andrew Murrison also campaigned against the proposal and formally lodged an objection to the development with Wiltshire Council.\n"
          "He said: “I am delighted with this news. McDonald's did not appreciate local strength of feeling on this issue."),
    entities=[("residents", "residents", "GROUP", ["Jubilant residents"],
               "residents opposed to the Hilperton drive-thru"),
              ("protester", "one of those who protested against the plan", "PERSON", ["One of those"],
               "a protester against the plan"),
              ("council", "Wiltshire Council", "ORGANIZATION", ["the local authority", "the council"],
               "the local planning authority"),
              ("kansari", "Parvis Kansari", "PERSON", ["Kansari", "Parvis Kansari, the council’s corporate director, place"],
               "corporate director, place, Wiltshire Council"),
              ("campaigners", "Local campaigners", "GROUP", [],
               "campaigners behind the ‘McDonald’s I’m NOT Lovin it’ group"),
              ("kingsmill", "Rachel Kingsmill", "PERSON", ["Kingsmill", "Rachel Kingsmill, one of the group’s leaders"],
               "one of the campaign group's leaders"),
              ("murrison", "Andrew Murrison", "PERSON", ["Murrison", "South West Wiltshire MP Andrew Murrison"],
               "MP for South West Wiltshire")],
    mentions=[("m1", "Jubilant residents", "residents"),
              ("m2", ("Wiltshire Council", "But Wiltshire Council was told"), "council"),
              ("m3", ("residents", "by residents and"), "residents"),
              ("m4", "One of those", "protester"),
              ("m5", ("Wiltshire Council", "Wiltshire Council told the giant"), "council"),
              ("m6", "the local authority", "council"),
              ("m7", "Parvis Kansari, the council’s corporate director, place", "kansari"),
              ("m8", ("the council", "the council believes"), "council"),
              ("m9", ("the council", "the council will be making"), "council"),
              ("m10", "Local campaigners", "campaigners"),
              ("m11", "Rachel Kingsmill, one of the group’s leaders", "kingsmill"),
              ("m12", "South West Wiltshire MP Andrew Murrison", "murrison"),
              ("m13", ("Wiltshire Council", "with Wiltshire Council."), "council"),
              ("m14", ("He", "He said: “I am delighted"), "murrison")],
    attributions=[("a1", "INDIRECT", None, "promise", "more than 120 jobs for the area", None),
                  ("a2", "INDIRECT", "m3", ("told", "was told of"),
                   "the potential for litter, increased traffic and impact on the environment", None),
                  ("a3", "DIRECT", "m4", ("said", "the plan said:"),
                   "That's great news! Thanks to all the people who made this happen. A Christmas miracle.", None),
                  ("a4", "INDIRECT", "m5", ("told", "Council told the giant"),
                   "if it appeals the decision and loses, the local authority will apply for costs in full", None),
                  ("a5", "DIRECT", "m7", ("said", "place, said:"),
                   seg(T, "As the proposal is in clear conflict", "based on substantive grounds."), None),
                  ("a6", "INDIRECT", None, ("advised", "the applicant is advised that the council believes"),
                   "the council believes that any appeal against this decision would have no reasonable prospect of succeeding", "a5"),
                  ("a7", "INDIRECT", "m8", "believes",
                   "any appeal against this decision would have no reasonable prospect of succeeding", "a6"),
                  ("a8", "INDIRECT", None, ("advised", "the applicant is advised that if an appeal"),
                   seg(T, "if an appeal is submitted", "based on substantive grounds"), "a5"),
                  ("a9", "MIXED", "m10", "hailed", "the decision as “brilliant” and “amazing” news", None),
                  ("a10", "DIRECT", "m11", ("said", "leaders, said:"), "It’s been refused. Thank you, everyone. We did it.", None),
                  ("a11", "INDIRECT", "m12", "lodged an objection", ("the development", "objection to the development"), None),
                  ("a12", "DIRECT", "m14", ("said", "He said: “I am delighted"),
                   "I am delighted with this news. McDonald's did not appreciate local strength of feeling on this issue.", None)])

# ---------------------------------------------------------------------------------------
# The headline is kept; the stored copy breaks off in "The judge said what occurred in cou", so
# the text is cut before that paragraph.
# The headline's and lead's "who allegedly gave untrue statements about ..." report statements
# without their content (a hedged topic), and "chastised by the court" / "was severely
# criticised by the trial judge" are evaluations with no content: not claims. "The police was
# ... criticised" seems to mean the policeman, but is left unmarked rather than give the officer
# the alias "the police" (the force in Hines's claim).
# "challenged the policeman about entries he made ...": a questioning act of a named speaker,
# read like "complained about noise" (content the topic, the policeman an addressee).
# "It was stated in the entries that" / "It was noted in another diary entry that": agentless
# passives; the entries are the medium, so the source is null.
# "When pressed further ... as to whether" and "Questioned further ... as to whether": questions
# put to the speaker, not claims; "the cop agreed" has no content of its own, left out.
# "had maintained his innocence" is read like "stood by its position" (noun-phrase content).
# "the call by the defense for the case to be dropped": a noun cue whose source is the
# by-phrase; it sits in an adjunct of "remarked", so it is not nested in the judge's claim.
# "upholding the call" is the court's action.
doc("iriefm-gun-court-policeman-false-diary-entries",
    url="https://iriefm.net/policeman-who-allegedly-gave-untrue-statements-about-an-ammunition-seizure-case-chastised-by-the-court",
    outlet="Irie FM", country="Jamaica", topic="courts-crime", cut=True,
    text=(T := "Policeman, who allegedly gave untrue statements about an ammunition seizure case, chastised by the court\n"
          "A policeman, who allegedly gave untrue statements about an ammunition seizure case was chastised by the court just before the accused man was freed of charges against him on Monday.\n"
          "Twenty-five-year-old labourer Nico Hines of Grants Pen in St. Andrew was freed of illegal possession of 51 rounds of ammunition after a policeman admitted under cross-examination that he had lied in entries he made in the station diary about the case.\n"
          "The police was severely criticised by the trial judge in the Gun Court in Kingston.\n"
          "On Monday, the policeman testified that in April, during a raid at the premises where Hines resided, the ammunition was allegedly found in the ceiling of a bedroom.\n"
          "The cop also said a magazine casing was allegedly found in another section of the ceiling after an additional search was conducted.\n"
          "Under cross-examination, defense lawyer Peter Champagnie challenged the policeman about entries he made in the station diary.\n"
          "It was stated in the entries that the magazine casing was found in a tenement yard, near a fowl coop.\n"
          "It was noted in another diary entry that the casing was found buried in the yard.\n"
          "When pressed further by Champagnie as to whether the entries in the diary were true, the policeman reportedly said they were untrue.\n"
          "The cop said he was forced by another policeman to make the false entries.\n"
          "Questioned further by Champagnie as to whether he would agree that knowingly making a false entry in a station diary was dishonest, the cop agreed.\n"
          "The accused man, Hines, had maintained his innocence since his arrest.\n"
          "Hines claimed that the police found the ammunition and magazine casing and that he knew nothing about them.\n"
          "Justice Vaughn Smith, in upholding the call by the defense for the case to be dropped, remarked that the policeman’s evidence was left in tatters at the end of the cross-examination."),
    entities=[("policeman", "the policeman", "PERSON", ["Policeman", "A policeman", "The cop"],
               "police officer who testified in the ammunition case"),
              ("hines", "Nico Hines", "PERSON", ["Hines", "The accused man, Hines", "the accused man"],
               "labourer accused of illegal possession of ammunition"),
              ("judge", "Vaughn Smith", "PERSON", ["Justice Vaughn Smith", "the trial judge"], "Gun Court trial judge"),
              ("champagnie", "Peter Champagnie", "PERSON", ["Champagnie", "defense lawyer Peter Champagnie"],
               "defence lawyer"),
              ("defense", "the defense", "GROUP", [], "Hines's defence")],
    mentions=[("m1", ("Policeman", "Policeman, who allegedly"), "policeman"),
              ("m2", "A policeman", "policeman"),
              ("m3", ("the accused man", "the accused man was freed"), "hines"),
              ("m4", "Nico Hines", "hines"),
              ("m5", ("a policeman", "a policeman admitted"), "policeman"),
              ("m6", "the trial judge", "judge"),
              ("m7", ("the policeman", "the policeman testified"), "policeman"),
              ("m8", ("Hines", "where Hines resided"), "hines"),
              ("m9", ("The cop", "The cop also said"), "policeman"),
              ("m10", "defense lawyer Peter Champagnie", "champagnie"),
              ("m11", ("the policeman", "the policeman about entries"), "policeman"),
              ("m12", ("Champagnie", "by Champagnie as to whether the entries"), "champagnie"),
              ("m13", ("the policeman", "the policeman reportedly said"), "policeman"),
              ("m14", ("The cop", "The cop said he was forced"), "policeman"),
              ("m15", ("Champagnie", "Questioned further by Champagnie"), "champagnie"),
              ("m16", ("the cop", "the cop agreed"), "policeman"),
              ("m17", "The accused man, Hines", "hines"),
              ("m18", ("Hines", "Hines claimed"), "hines"),
              ("m19", "Justice Vaughn Smith", "judge"),
              ("m20", "the defense", "defense")],
    attributions=[("a1", "INDIRECT", "m5", "admitted",
                   "he had lied in entries he made in the station diary about the case", None),
                  ("a2", "INDIRECT", "m7", "testified",
                   "in April, during a raid at the premises where Hines resided, the ammunition was allegedly found in the ceiling of a bedroom", None),
                  ("a3", "INDIRECT", "m9", ("said", "also said"),
                   "a magazine casing was allegedly found in another section of the ceiling after an additional search was conducted", None),
                  ("a4", "INDIRECT", "m10", "challenged",
                   ("entries he made in the station diary", "about entries he made"), None),
                  ("a5", "INDIRECT", None, "stated", "the magazine casing was found in a tenement yard, near a fowl coop", None),
                  ("a6", "INDIRECT", None, "noted", "the casing was found buried in the yard", None),
                  ("a7", "INDIRECT", "m13", ("said", "reportedly said"), "they were untrue", None),
                  ("a8", "INDIRECT", "m14", ("said", "The cop said he was forced"),
                   "he was forced by another policeman to make the false entries", None),
                  ("a9", "INDIRECT", "m17", "maintained", "his innocence", None),
                  ("a10", "INDIRECT", "m18", "claimed",
                   "the police found the ammunition and magazine casing and that he knew nothing about them", None),
                  ("a11", "INDIRECT", "m20", "call", "the case to be dropped", None),
                  ("a12", "INDIRECT", "m19", "remarked",
                   "the policeman’s evidence was left in tatters at the end of the cross-examination", None)])

# ---------------------------------------------------------------------------------------
# Canadian Press copy on HuffPost Canada. The date line ("03/16/2012 12:03 EDT | Updated ...")
# is left out; the headline is kept and the dateline "HALIFAX - " stays in the lead. The stored
# copy breaks off in ""It's unfortunate ... read the email from", so the text is cut before
# that paragraph.
# "A spokesman for Sierra Club Canada, one of the groups behind the application": the long
# apposition is left out of the source; the spokesman is identified in the next sentence as
# Bruno Marcocchio (one entity). "his group and Grand Riverkeeper ... want the court to ..." is
# his own side's wish inside his report and is not split off.
# "They are also asking the court to overturn ...": a request read like "called on X to Y" (the
# addressee kept). "the federal government's endorsement of the development" is an approval (a
# decision), not annotated.
# "... the groups were advised by their lawyers not to go public ..., he said": the whole
# sentence is his claim; "advised" is nested, the raised object ("the groups") left out of its
# content. "the panel will decide that ..." in his quotation is a hypothetical outcome, not a
# finding: left out.
# "Ottawa and Newfoundland and Labrador say": a coordinated subject, one GROUP.
# Not claims: the headline's "launch challenge of ..." and "filed an application ... seeking to
# block" (legal actions), "declined comment" and "declined an interview request" (no content),
# "a promised federal loan guarantee" (a participle, no finite reporting verb); "in an email" is
# a medium.
doc("huffpostca-muskrat-falls-environmental-groups-challenge",
    url="https://www.huffingtonpost.ca/2012/03/16/environmental-groups-laun_n_1353624.html",
    outlet="HuffPost Canada", country="Canada", topic="environment", cut=True, published="2012-03-16",
    text=(T := "Environmental groups launch challenge of Muskrat Falls hydroelectric project\n"
          "HALIFAX - A coalition of environmental groups have filed an application for a judicial review of the proposed Muskrat Falls hydroelectric project, saying Ottawa should not proceed with the development because its environmental assessment was incomplete.\n"
          "The groups, represented by lawyers for Ecojustice, filed the application with the Federal Court in Montreal seeking to block the federal government from issuing any permits or financial backing for the $6.2-billion project.\n"
          "They are also asking the court to overturn the federal government's endorsement of the development.\n"
          "A spokesman for Sierra Club Canada, one of the groups behind the application, said the environmental assessment doesn't look at alternatives to the project or make any final recommendations to approve or reject it.\n"
          "Bruno Marcocchio said his group and Grand Riverkeeper Labrador Inc. want the court to send the review back to the joint panel that oversaw the environmental review.\n"
          "\"We feel confident that if that's done ... the panel will decide that this project is not justified,\" Marcocchio said from Sydney, N.S., on Friday.\n"
          "The judicial review was filed Dec. 20, but the groups were advised by their lawyers not to go public about their case until now, he said.\n"
          "The Muskrat Falls project passed federal and provincial environmental assessments Thursday, and Ottawa and Newfoundland and Labrador say they will now proceed to issue the required federal authorizations for the project while trying to finalize a promised federal loan guarantee.\n"
          "Nalcor Energy, Newfoundland and Labrador's Crown utility company, declined comment.\n"
          "Natural Resources Canada declined an interview request, but said in an email that the federal government remains committed to the project."),
    entities=[("coalition", "A coalition of environmental groups", "GROUP", ["The groups"],
               "coalition challenging the Muskrat Falls project"),
              ("lawyers", "lawyers for Ecojustice", "GROUP", ["their lawyers"], "the groups' lawyers"),
              ("marcocchio", "Bruno Marcocchio", "PERSON", ["Marcocchio", "A spokesman for Sierra Club Canada"],
               "Sierra Club Canada spokesman"),
              ("govts", "Ottawa and Newfoundland and Labrador", "GROUP", [],
               "the federal and Newfoundland and Labrador governments"),
              ("nrcan", "Natural Resources Canada", "ORGANIZATION", [], "federal department")],
    mentions=[("m1", "A coalition of environmental groups", "coalition"),
              ("m2", "The groups", "coalition"),
              ("m3", "lawyers for Ecojustice", "lawyers"),
              ("m4", ("They", "They are also asking"), "coalition"),
              ("m5", "A spokesman for Sierra Club Canada", "marcocchio"),
              ("m6", "Bruno Marcocchio", "marcocchio"),
              ("m7", ("Marcocchio", "Marcocchio said from"), "marcocchio"),
              ("m8", ("the groups", "the groups were advised"), "coalition"),
              ("m9", "their lawyers", "lawyers"),
              ("m10", ("he", "he said."), "marcocchio"),
              ("m11", "Ottawa and Newfoundland and Labrador", "govts"),
              ("m12", "Natural Resources Canada", "nrcan")],
    attributions=[("a1", "INDIRECT", "m1", "saying",
                   "Ottawa should not proceed with the development because its environmental assessment was incomplete", None),
                  ("a2", "INDIRECT", "m4", "asking",
                   "the court to overturn the federal government's endorsement of the development", None),
                  ("a3", "INDIRECT", "m5", ("said", "application, said"),
                   "the environmental assessment doesn't look at alternatives to the project or make any final recommendations to approve or reject it", None),
                  ("a4", "INDIRECT", "m6", ("said", "Marcocchio said his group"),
                   "his group and Grand Riverkeeper Labrador Inc. want the court to send the review back to the joint panel that oversaw the environmental review", None),
                  ("a5", "DIRECT", "m7", ("said", "Marcocchio said from"),
                   "We feel confident that if that's done ... the panel will decide that this project is not justified,", None),
                  ("a6", "INDIRECT", "m10", ("said", "he said."),
                   "The judicial review was filed Dec. 20, but the groups were advised by their lawyers not to go public about their case until now", None),
                  ("a7", "INDIRECT", "m9", "advised", "not to go public about their case until now", "a6"),
                  ("a8", "INDIRECT", "m11", ("say", "Labrador say they"),
                   "they will now proceed to issue the required federal authorizations for the project while trying to finalize a promised federal loan guarantee", None),
                  ("a9", "INDIRECT", "m12", ("said", "but said in an email"),
                   "the federal government remains committed to the project", None)])

# ---------------------------------------------------------------------------------------
# The stored page has no headline; its photo caption (printed twice) is left out, so the text
# starts with the lead. The stored copy breaks off inside Bean's second quotation ("Mr Bean
# added: ..." runs on to a lone "“"), so the text is cut before that paragraph.
# "Renewing calls for the Premier to resign, he said ...": two claims of "he", the participle's
# noun cue ("Renewing calls for", like "renewed its pledge") and "said".
# "over the way he had raised claims of unethical behaviour against Craig Cannonier": a noun cue
# nested in the "no regrets" claim, its source the second "he". "his decision to raise the
# allegations" and "these claims" have no content of their own (anaphoric), left out.
# "Mr Bean has claimed the Premier told him that ...": "told" nested, Bean ("him") the addressee.
# "had been offered payment" is an offer (an action), not annotated.
# "despite news he may face legal action" is excluded like "on news that".
# The interview quotation runs over four paragraphs (one claim, cue "told"; the Bermuda Sun is
# the addressee). Nested in it: "the Premier told the House of a private conversation ..." ("of"
# only links the cue, the House the addressee) and "His claim that the PLP would boycott ...",
# whose possessive "His" (the Premier) is the claimant. "he misrepresented my position" and
# "I gave a response"/"a true account" report speech without content: left out.
doc("bermudasun-bean-defiant-premier-gaming-referendum",
    url="http://www.bermudasun.bm/Content/BUSINESS/Business/Article/Bean-defiant-after-touching-off-storm-of-controversy/72/205/75111",
    outlet="Bermuda Sun", country="Bermuda", topic="politics", cut=True,
    text=(T := "Opposition leader Marc Bean has vowed to stay on the attack until Government “comes clean” on the decision to jettison the gaming referendum.\n"
          "Renewing calls for the Premier to resign, he said he had “no regrets” over the way he had raised claims of unethical behaviour against Craig Cannonier.\n"
          "And he said it was the OBA’s move to “take Bermudians for granted” — and not his decision to raise the allegations in the House last Friday — that had damaged the island’s “jurisdictional reputation”.\n"
          "Mr Bean has claimed the Premier told him that he and two cabinet colleagues, Mark Pettingill and Shawn Crockwell, had been offered payment by a developer for a casino licence.\n"
          "Mr Cannonier has dismissed these claims as “simply untrue”.\n"
          "But despite news he may face legal action for his comments, the Opposition leader said he would continue to press the Premier for answers on events surrounding the decision to abandon the referendum.\n"
          "He told the Bermuda Sun in an interview yesterday: “Last December the Premier told the House of a private conversation we had in which he misrepresented my position.\n"
          "“His claim that the PLP would boycott the referendum was not just a lie, it was an attack on my personal intelligence and integrity.\n"
          "“It was only proper and right that I gave a response in Parliament.\n"
          "“The only difference was that I gave a true account in their presence.”"),
    entities=[("bean", "Marc Bean", "PERSON", ["Bean", "Mr Bean", "Opposition leader Marc Bean", "the Opposition leader"],
               "Opposition leader (PLP)"),
              ("cannonier", "Craig Cannonier", "PERSON", ["Cannonier", "Mr Cannonier", "the Premier"],
               "Premier of Bermuda (OBA)")],
    mentions=[("m1", "Opposition leader Marc Bean", "bean"),
              ("m2", ("the Premier", "the Premier to resign"), "cannonier"),
              ("m3", ("he", "he said he had"), "bean"),
              ("m4", ("he", "he had raised"), "bean"),
              ("m5", "Craig Cannonier", "cannonier"),
              ("m6", ("he", "And he said"), "bean"),
              ("m7", "Mr Bean", "bean"),
              ("m8", ("the Premier", "the Premier told him"), "cannonier"),
              ("m9", "Mr Cannonier", "cannonier"),
              ("m10", "the Opposition leader", "bean"),
              ("m11", ("the Premier", "press the Premier"), "cannonier"),
              ("m12", ("He", "He told the Bermuda Sun"), "bean"),
              ("m13", ("the Premier", "the Premier told the House"), "cannonier"),
              ("m14", ("His", "His claim"), "cannonier")],
    attributions=[("a1", "MIXED", "m1", "vowed",
                   "to stay on the attack until Government “comes clean” on the decision to jettison the gaming referendum", None),
                  ("a2", "INDIRECT", "m3", "Renewing calls for", "the Premier to resign", None),
                  ("a3", "MIXED", "m3", ("said", "he said he had"),
                   "he had “no regrets” over the way he had raised claims of unethical behaviour against Craig Cannonier", None),
                  ("a4", "INDIRECT", "m4", ("claims", "raised claims"), "unethical behaviour against Craig Cannonier", "a3"),
                  ("a5", "MIXED", "m6", ("said", "And he said"),
                   seg(T, "it was the OBA’s move", "“jurisdictional reputation”"), None),
                  ("a6", "INDIRECT", "m7", "claimed",
                   "the Premier told him that he and two cabinet colleagues, Mark Pettingill and Shawn Crockwell, had been offered payment by a developer for a casino licence", None),
                  ("a7", "INDIRECT", "m8", ("told", "the Premier told him"),
                   "he and two cabinet colleagues, Mark Pettingill and Shawn Crockwell, had been offered payment by a developer for a casino licence", "a6"),
                  ("a8", "MIXED", "m9", "dismissed", "these claims as “simply untrue”", None),
                  ("a9", "INDIRECT", "m10", ("said", "leader said he would"),
                   "he would continue to press the Premier for answers on events surrounding the decision to abandon the referendum", None),
                  ("a10", "DIRECT", "m12", ("told", "He told the Bermuda Sun"),
                   seg(T, "Last December the Premier", "in their presence."), None),
                  ("a11", "INDIRECT", "m13", ("told", "the Premier told the House"),
                   "a private conversation we had in which he misrepresented my position", "a10"),
                  ("a12", "INDIRECT", "m14", ("claim", "His claim"), "the PLP would boycott the referendum", "a10")])

# ---------------------------------------------------------------------------------------
# The fundraising box at the top of the stored page ("We need your help now ...") is left out;
# the headline is kept, and the standfirst, which the page prints again after the lead, is kept
# both times. The stored copy breaks off in the paragraph after "“While uptake in Ireland ..."
# (a quotation left open there), so the text is cut before that paragraph.
# The colon headline has the HSE as source and a null cue. "The HSE issued the warning this
# morning" (twice) names the warning without stating it again: no content, not annotated.
# "with 4,000 cases and 18 deaths reported there" is a participle, not a nested claim.
# "Dr Brenda Corcoran, national immunisation officer with the health body" keeps the short role
# apposition in the source; "the health body" (the HSE) is inside it and not marked apart.
doc("thejournal-hse-vaccine-complacency-measles-warning",
    url="https://www.thejournal.ie/vaccine-hse-warning-3356587-Apr2017/",
    outlet="TheJournal.ie", country="Ireland", topic="health-science", cut=True,
    text=(T := "HSE: Complacency over vaccines could cause death in Ireland\n"
          "The HSE issued the warning this morning following a spate of deaths as a result of a measles outbreak in Europe.\n"
          "COMPLACENCY OVER VACCINES could cause death in Ireland, the Health Service Executive has warned.\n"
          "The HSE issued the warning this morning following a spate of deaths as a result of a measles outbreak in Europe.\n"
          "It said that there had been a measles outbreak in Romania, with 4,000 cases and 18 deaths reported there in the last six months.\n"
          "Dr Brenda Corcoran, national immunisation officer with the health body, said that outbreaks had also occurred in a number of other European countries recently.\n"
          "“Other countries with recent measles outbreaks include, Italy, France, Germany, Poland and Belgium. An outbreak involving 40 cases occurred in Ireland as recently as 2016,” said Corcoran.\n"
          "Corcoran said that measles was one of the most infectious diseases, and the only way to properly defend against it was for a person to receive the MMR vaccine.\n"
          "“Two doses of MMR vaccine (at 12 months and 4-5 years of age) are required to be fully vaccinated,” said Corcoran."),
    entities=[("hse", "Health Service Executive", "ORGANIZATION",
               ["HSE", "The HSE", "the Health Service Executive", "the health body"], "Ireland's public health service"),
              ("corcoran", "Brenda Corcoran", "PERSON",
               ["Corcoran", "Dr Brenda Corcoran", "Dr Brenda Corcoran, national immunisation officer with the health body"],
               "national immunisation officer, HSE")],
    mentions=[("m1", ("HSE", "HSE: Complacency"), "hse"),
              ("m2", ("The HSE", "in Ireland\nThe HSE"), "hse"),
              ("m3", "the Health Service Executive", "hse"),
              ("m4", ("The HSE", "has warned.\nThe HSE"), "hse"),
              ("m5", ("It", "It said that"), "hse"),
              ("m6", "Dr Brenda Corcoran, national immunisation officer with the health body", "corcoran"),
              ("m7", ("Corcoran", "2016,” said Corcoran"), "corcoran"),
              ("m8", ("Corcoran", "Corcoran said that measles"), "corcoran"),
              ("m9", ("Corcoran", "vaccinated,” said Corcoran"), "corcoran")],
    attributions=[("a1", "INDIRECT", "m1", None, "Complacency over vaccines could cause death in Ireland", None),
                  ("a2", "INDIRECT", "m3", "warned", "COMPLACENCY OVER VACCINES could cause death in Ireland", None),
                  ("a3", "INDIRECT", "m5", ("said", "It said that"),
                   "there had been a measles outbreak in Romania, with 4,000 cases and 18 deaths reported there in the last six months", None),
                  ("a4", "INDIRECT", "m6", ("said", "health body, said"),
                   "outbreaks had also occurred in a number of other European countries recently", None),
                  ("a5", "DIRECT", "m7", ("said", "2016,” said"),
                   seg(T, "Other countries with recent measles", "as recently as 2016,"), None),
                  ("a6", "INDIRECT", "m8", ("said", "Corcoran said that measles"),
                   "measles was one of the most infectious diseases, and the only way to properly defend against it was for a person to receive the MMR vaccine", None),
                  ("a7", "DIRECT", "m9", ("said", "vaccinated,” said"),
                   "Two doses of MMR vaccine (at 12 months and 4-5 years of age) are required to be fully vaccinated,", None)])

# ---------------------------------------------------------------------------------------
# AP copy on a Pennsylvania news site. The stored page has no headline, so the text starts with
# the lead; it is kept whole (not cut). The publication date is the one in the page's address.
# "The International Association of Athletics Federations informed Klishina last week that ...,
# said IAAF spokesman Yannis Nikolaou": the fronted sentence is the spokesman's claim, and
# "informed" is nested in it (Klishina the addressee).
# "The IAAF was not able to comment on what new information this was": a refusal with an open
# question (seed a9/a10), cue "comment", "on" only links it.
# Klishina's Facebook quotation is split by "she said on Facebook": the part after it has a null
# cue and runs over the paragraph break to the next closing mark (one claim).
# "A decision on the case is expected within in a couple of days, Nikolaou said": the agentless
# "is expected" has no infinitive or clause to take as content (only "within ... days"), so no
# nested forecast is annotated.
# "confirmed the appeal to CNN via email" is read like "confirmed the arrest" (CNN an addressee,
# email a medium). The doubled article in "the The World Anti-Doping Agency" is as printed; the
# mention starts at the second one.
# Not claims: "has been suspended ... by track and field's governing body" and "The IAAF ruled
# out the other 67 athletes" (decisions), "is challenging the decision with CAS" (a legal
# action), "had no further details" (no content).
doc("gantnews-klishina-suspended-rio-games",
    url="https://gantnews.com/2016/08/13/lone-russian-athletics-competitor-suspended-from-rio-games",
    outlet="GantNews", country="US", topic="sport", cut=False, published="2016-08-13",
    text=(T := "Long jumper Darya Klishina, Russia’s only Olympic competitor in athletics, has been suspended from the Rio Games by track and field’s governing body, pending a ruling from the Court of Arbitration for Sport.\n"
          "The International Association of Athletics Federations informed Klishina last week that it has withdrawn her name from the Olympics and other competitions based on new information it received, said IAAF spokesman Yannis Nikolaou.\n"
          "The IAAF was not able to comment on what new information this was.\n"
          "Klishina, a world youth champion in 2007, is challenging the decision with CAS.\n"
          "“I am a clean athlete and have proved that already many times and beyond any doubt,” she said on Facebook. “(Having been) based in the US for three years now, I have been almost exclusively tested outside of the anti-doping system in question.\n"
          "“I am falling victim to those who created a system of manipulating our beautiful sport and (are) guilty of using it for political purposes.”\n"
          "A decision on the case is expected within in a couple of days, Nikolaou said. The women’s long jump is scheduled to begin Tuesday.\n"
          "The secretary-general for the Court of Arbitration for Sport, Matthieu Reeb, confirmed the appeal to CNN via email but had no further details.\n"
          "With Klishina’s suspension, Russia no longer has any athletes competing in track and field in Rio. The IAAF ruled out the other 67 athletes on the Russian athletics team before the Games began.\n"
          "Also Saturday, the The World Anti-Doping Agency announced that someone illegally accessed the WADA database account of Yuliya Stepanova, one of the key whistleblowers in exposing state-run doping in Russia.\n"
          "No other athlete accounts were compromised, WADA said. Thousands of athletes have accounts on the system, which is used to log their anti-doping information."),
    entities=[("klishina", "Darya Klishina", "PERSON", ["Klishina", "Long jumper Darya Klishina"], "Russian long jumper"),
              ("iaaf", "International Association of Athletics Federations", "ORGANIZATION",
               ["The International Association of Athletics Federations", "IAAF", "The IAAF", "track and field’s governing body"],
               "athletics' world governing body"),
              ("nikolaou", "Yannis Nikolaou", "PERSON", ["Nikolaou", "IAAF spokesman Yannis Nikolaou"], "IAAF spokesman"),
              ("reeb", "Matthieu Reeb", "PERSON",
               ["Reeb", "The secretary-general for the Court of Arbitration for Sport, Matthieu Reeb"],
               "secretary-general, Court of Arbitration for Sport"),
              ("wada", "World Anti-Doping Agency", "ORGANIZATION", ["The World Anti-Doping Agency", "WADA"], None)],
    mentions=[("m1", "Long jumper Darya Klishina", "klishina"),
              ("m2", "track and field’s governing body", "iaaf"),
              ("m3", "The International Association of Athletics Federations", "iaaf"),
              ("m4", ("Klishina", "informed Klishina"), "klishina"),
              ("m5", "IAAF spokesman Yannis Nikolaou", "nikolaou"),
              ("m6", ("The IAAF", "The IAAF was not able"), "iaaf"),
              ("m7", ("Klishina", "Klishina, a world youth"), "klishina"),
              ("m8", ("she", "she said on Facebook"), "klishina"),
              ("m9", ("Nikolaou", "Nikolaou said."), "nikolaou"),
              ("m10", "The secretary-general for the Court of Arbitration for Sport, Matthieu Reeb", "reeb"),
              ("m11", ("The IAAF", "The IAAF ruled out"), "iaaf"),
              ("m12", "The World Anti-Doping Agency", "wada"),
              ("m13", ("WADA", "WADA said"), "wada")],
    attributions=[("a1", "INDIRECT", "m5", ("said", "received, said"),
                   seg(T, "The International Association of Athletics Federations informed", "new information it received"), None),
                  ("a2", "INDIRECT", "m3", "informed",
                   "it has withdrawn her name from the Olympics and other competitions based on new information it received", "a1"),
                  ("a3", "INDIRECT", "m6", "comment", "what new information this was", None),
                  ("a4", "DIRECT", "m8", ("said", "she said on Facebook"),
                   "I am a clean athlete and have proved that already many times and beyond any doubt,", None),
                  ("a5", "DIRECT", "m8", None, seg(T, "(Having been) based", "for political purposes."), None),
                  ("a6", "INDIRECT", "m9", ("said", "Nikolaou said."), "A decision on the case is expected within in a couple of days", None),
                  ("a7", "INDIRECT", "m10", "confirmed", "the appeal", None),
                  ("a8", "INDIRECT", "m12", "announced",
                   "someone illegally accessed the WADA database account of Yuliya Stepanova, one of the key whistleblowers in exposing state-run doping in Russia", None),
                  ("a9", "INDIRECT", "m13", ("said", "WADA said"), "No other athlete accounts were compromised", None)])

# ---------------------------------------------------------------------------------------
# Buenos Aires English-language site. The stored page has no headline; its photo credit ("Photo
# via Infobae") is left out, so the text starts with the lead. The stored copy breaks off in "The
# Finance Minister, on his end, assured that ... was", so the text is cut before that paragraph.
# "he conceded that, as a result of ..., the country will see “somewhat less growth and more
# inflation” this year": MIXED, the content starting at the fronted adverbial of the clause.
# "provided the most headline-grabbing statements" and "Dujovne's statement confirms it" have no
# content of their own: left out.
# Beliefs and forecasts with a named subject: "the government expected the economy to ...",
# "Privates, who already considered these targets to be complicated, now deem them
# unreachable" (two claims of "Privates", the first in a relative clause); "inflation
# expectations closer to 25 percent" is a noun forecast, left out.
# "when Macri announced the beginning of the negotiations with the IMF": a noun-phrase content.
# "The minister went on to say that ..., but assured ...": two claims; the cue is "say".
# "“...,” he said, according to the AP": the AP is a medium here (the quotation is Dujovne's), as
# in "is quoted as saying by the Courier".
# "When consulted about updates ..." is a question put to the speaker. In "Dujovne said that both
# parties agreed to not talk about it", the agreement is an undertaking (an action, like
# "refused to sign"), not nested. "only indicating that “the funds ...,”" lies wholly inside one
# quotation (DIRECT); "making reference to its “gradual” economic policies" is read like
# "mentioned X" (MIXED).
# "the IMF issued a press release indicating that “...”": the document's author is named in its
# sentence, so the press release is a mention of the IMF and the source of "indicating".
doc("thebubble-dujovne-higher-inflation-less-growth",
    url="http://www.thebubble.com/dujovne-concedes-there-will-be-higher-inflation-less-growth-this-year/",
    outlet="The Bubble", country="Argentina", topic="business", cut=True,
    text=(T := "Ministers of Treasury and Finance Nicolás Dujovne and Luis Caputo, and Cabinet Chief Marcos Peña analyzed the economic landscape in an interview with foreign media. Dujovne provided the most headline-grabbing statements, particularly when he conceded that, as a result of the high volatility the markets have been experiencing during the past weeks and the consequent – sharp – depreciation of the peso, the country will see “somewhat less growth and more inflation” this year.\n"
          "At the beginning of the year, the government expected the economy to grow by 3 percent and the inflation rate to clock in at 15 percent. Privates, who already considered these targets to be complicated, now deem them unreachable, with inflation expectations closer to 25 percent. Dujovne’s statement confirms it, especially considering that last Tuesday – when Macri announced the beginning of the negotiations with the IMF – he said the inflation target would not change.\n"
          "The minister went on to say that having a floating exchange rate slows down the pace at which inflation decelerates, but assured the rates will lower once the markets go back to being calm. “The chances for the inflation rate to stay within foreseeable, manageable levels are high,” he said, according to the AP.\n"
          "When consulted about updates regarding the negotiations with the IMF, Dujovne said that both parties agreed to not talk about it, only indicating that “the funds are aimed at guaranteeing the government’s plans,” making reference to its “gradual” economic policies.\n"
          "Yesterday, the IMF issued a press release indicating that “An IMF Board meeting on Argentina is scheduled for Friday, May 18. This will be an informal meeting, as part of our usual process of briefing the Board on negotiations for high access IMF programs.”"),
    entities=[("dujovne", "Nicolás Dujovne", "PERSON", ["Dujovne", "The minister"], "Argentina's Treasury Minister"),
              ("govt", "the government", "ORGANIZATION", [], "Argentina's government"),
              ("privates", "Privates", "GROUP", [], "private-sector forecasters"),
              ("macri", "Macri", "PERSON", [], "President of Argentina"),
              ("imf", "IMF", "ORGANIZATION", ["the IMF"], "International Monetary Fund")],
    mentions=[("m1", "Nicolás Dujovne", "dujovne"),
              ("m2", ("Dujovne", "Dujovne provided"), "dujovne"),
              ("m3", ("he", "he conceded"), "dujovne"),
              ("m4", ("the government", "the government expected"), "govt"),
              ("m5", "Privates", "privates"),
              ("m6", "Macri", "macri"),
              ("m7", ("the IMF", "the IMF –"), "imf"),
              ("m8", ("he", "he said the inflation"), "dujovne"),
              ("m9", "The minister", "dujovne"),
              ("m10", ("he", "he said, according"), "dujovne"),
              ("m11", ("the IMF", "the IMF, Dujovne"), "imf"),
              ("m12", ("Dujovne", "Dujovne said that both"), "dujovne"),
              ("m13", ("the IMF", "the IMF issued"), "imf"),
              ("m14", "a press release", "imf")],
    attributions=[("a1", "MIXED", "m3", "conceded",
                   seg(T, "as a result of the high volatility", "more inflation” this year"), None),
                  ("a2", "INDIRECT", "m4", "expected",
                   "the economy to grow by 3 percent and the inflation rate to clock in at 15 percent", None),
                  ("a3", "INDIRECT", "m5", "considered", "these targets to be complicated", None),
                  ("a4", "INDIRECT", "m5", "deem", "them unreachable", None),
                  ("a5", "INDIRECT", "m6", "announced", "the beginning of the negotiations with the IMF", None),
                  ("a6", "INDIRECT", "m8", ("said", "he said the inflation"), "the inflation target would not change", None),
                  ("a7", "INDIRECT", "m9", ("say", "went on to say"),
                   "having a floating exchange rate slows down the pace at which inflation decelerates", None),
                  ("a8", "INDIRECT", "m9", "assured", "the rates will lower once the markets go back to being calm", None),
                  ("a9", "DIRECT", "m10", ("said", "he said, according"),
                   "The chances for the inflation rate to stay within foreseeable, manageable levels are high,", None),
                  ("a10", "INDIRECT", "m12", ("said", "Dujovne said that both"), "both parties agreed to not talk about it", None),
                  ("a11", "DIRECT", "m12", ("indicating", "only indicating"),
                   "the funds are aimed at guaranteeing the government’s plans,", None),
                  ("a12", "MIXED", "m12", "making reference to", "its “gradual” economic policies", None),
                  ("a13", "DIRECT", "m14", ("indicating", "release indicating"),
                   seg(T, "An IMF Board meeting on Argentina", "high access IMF programs."), None)])

write("train_cj.jsonl")
