#!/usr/bin/env python3
"""Writes test26_a.jsonl: real-news gold, split test26-a (see gold.py). Run: python3 make_test26_a.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
# The date line ("Published: 07/06/2018 06:57 - Updated: ...") and the share links after the
# story ("< Back", "Reddit Facebook Dig") are left out. Two photo captions ("SNP co-leader Graham
# Leadbitter", "John Divers was elected at stage 1 in Elgin South") are run into the lead in the
# stored copy and are removed, as other captions are; the lead's "(right)" and "(below)" are kept
# as printed. The stored copy ends with the last paragraph kept here.
# Entities: the headline's "SNP group and Labour councillor" and "SNP and Labour" are the two
# sides of the negotiation (one GROUP, which also takes "We" in Leadbitter's quotation); the
# coordinated subject "SNP Co-Leader Graham Leadbitter (right) and Labour Councillor John Divers
# (below)" is their two spokesmen, a separate GROUP (FORMAT.md: a group's representatives are
# separate entities); the names inside it are not marked again.
# "reject leader's claims" (headline) and "a joint rebuttal to comments made by ..." are read like
# "rejected the discourse" in the example (noun-phrase contents; "to" only links the noun cue);
# "comments made by the Moray Council's Independent Leader on administration negotiations" is a
# noun cue with its agent, nested in the rebuttal ("on" only links the cue). The headline's
# "claims" has no content of its own and is not split off.
# "is quoted as saying" keeps the fixed cue (FORMAT.md, Cues). "insist this statement was ... and
# that the proposal had been taken away ...": two coordinated clauses under one verb, one claim.
# Leadbitter's and Divers's quotations each run over several paragraphs (each paragraph but the
# last ends without a closing mark and the next reopens), so each is one attribution.
# Nested in Leadbitter's quotation: "the proposal alluded to by Cllr Alexander" (a speech act in
# a reduced relative, content the head noun phrase, as "the discourse advanced by" in the example)
# and "We said we would give it serious consideration".
# Not claims: "Negotiating over the airwaves" and "these erroneous comments" (no content), and
# "check with their political masters" (an action).
doc("northernscot-moray-snp-labour-reject-leader-claims",
    url="https://www.northern-scot.co.uk/News/SNP-group-and-Labour-councillor-reject-leaders-claims-07062018.htm",
    outlet="The Northern Scot", country="UK", topic="politics", cut=False, published="2018-06-07",
    text=(T := "SNP group and Labour councillor reject leader's claims\n"
          "SNP Co-Leader Graham Leadbitter (right) and Labour Councillor John Divers (below) have issued a joint rebuttal to comments made by the Moray Council's Independent Leader on administration negotiations.\n"
          "In his statement the Council Leader, George Alexander, is quoted as saying: \"At close of play on Friday, June 1, as a result of intense negotiations, it seemed likely that nine SNP councillors, one Labour councillor, one conservative councillor and seven independent councillors would form a rainbow coalition with the present Convener, Councillor James Allan, remaining in post and the present Leader, Councillor George Alexander, stepping down to be replaced by an SNP councillor. Some members needed the weekend to check with their political masters.\"\n"
          "However, SNP and Labour insist this statement was \"wide of the mark\" and that the proposal had been taken away for consideration over the weekend with no commitment at that stage.\n"
          "Cllr Leadbitter said: \"With any negotiation positions are proposed and considered, at no point had we accepted the proposal alluded to by Cllr Alexander.\n"
          "\"We said we would give it serious consideration, which we did, and came back with an alternative.\n"
          "\"Negotiating over the airwaves, as Cllr Alexander has, is no way to try and build trust and form stable working relationships and he does himself no favours with these erroneous comments.\"\n"
          "Cllr Divers added: \"The way the negotiations have hinged around the protection of one individual’s position in the council rather than the best outcome for Moray has been the undoing of these discussions.\n"
          "\"At the end of the day we’d gone away to look at things over the weekend. No agreement had been reached. It was right to go away and look at it before reaching any conclusion.\""),
    entities=[("sides", "SNP group and Labour councillor", "GROUP", ["SNP and Labour"],
               "the Moray SNP group and Labour councillor John Divers, negotiating partners"),
              ("duo", "Graham Leadbitter and John Divers", "GROUP",
               ["SNP Co-Leader Graham Leadbitter (right) and Labour Councillor John Divers (below)"],
               "SNP co-leader and Labour councillor, issuing a joint rebuttal"),
              ("alexander", "George Alexander", "PERSON",
               ["Alexander", "Cllr Alexander", "the Council Leader, George Alexander", "Councillor George Alexander",
                "the Moray Council's Independent Leader"],
               "Independent Leader of Moray Council"),
              ("leadbitter", "Graham Leadbitter", "PERSON", ["Leadbitter", "Cllr Leadbitter", "SNP Co-Leader Graham Leadbitter"],
               "SNP co-leader on Moray Council"),
              ("divers", "John Divers", "PERSON", ["Divers", "Cllr Divers", "Labour Councillor John Divers"],
               "Labour councillor, Elgin South")],
    mentions=[("m1", "SNP group and Labour councillor", "sides"),
              ("m2", "SNP Co-Leader Graham Leadbitter (right) and Labour Councillor John Divers (below)", "duo"),
              ("m3", "the Moray Council's Independent Leader", "alexander"),
              ("m4", "the Council Leader, George Alexander", "alexander"),
              ("m5", "the present Leader, Councillor George Alexander", "alexander"),
              ("m6", "SNP and Labour", "sides"),
              ("m7", "Cllr Leadbitter", "leadbitter"),
              ("m8", ("Cllr Alexander", "by Cllr Alexander"), "alexander"),
              ("m9", ("We", "We said"), "sides"),
              ("m10", ("Cllr Alexander", "as Cllr Alexander has"), "alexander"),
              ("m11", "Cllr Divers", "divers")],
    attributions=[("a1", "INDIRECT", "m1", "reject", "leader's claims", None),
                  ("a2", "INDIRECT", "m2", "rebuttal",
                   "comments made by the Moray Council's Independent Leader on administration negotiations", None),
                  ("a3", "INDIRECT", "m3", ("comments", "comments made by"), "administration negotiations", "a2"),
                  ("a4", "DIRECT", "m4", "quoted as saying",
                   seg(T, "At close of play on Friday", "their political masters."), None),
                  ("a5", "MIXED", "m6", "insist",
                   seg(T, "this statement was \"wide of the mark\"", "no commitment at that stage"), None),
                  ("a6", "DIRECT", "m7", ("said", "Leadbitter said"),
                   seg(T, "With any negotiation positions", "these erroneous comments."), None),
                  ("a7", "INDIRECT", "m8", "alluded to", ("the proposal", "the proposal alluded"), "a6"),
                  ("a8", "INDIRECT", "m9", ("said", "We said"), "we would give it serious consideration", "a6"),
                  ("a9", "DIRECT", "m11", "added",
                   seg(T, "The way the negotiations have hinged", "reaching any conclusion."), None)])

# ---------------------------------------------------------------------------------------
# The stored copy ends with the last paragraph kept here. The page gives no date line; the date
# is the one in the url.
# "Iceland minister dismisses Ireland’s call for sanctions": "dismisses" takes a noun-phrase
# content (as "dismissed an audit ... as" in the example); "Ireland’s call for sanctions" is a
# noun cue with a possessive claimant, nested in it (content without the linking "for"); so again
# in the lead, where the official "has said that Ireland’s call ... was “propaganda”" (MIXED).
# "amid ..." in both is an adjunct of the reporting and left out.
# "in response to the republic’s pleas to the EU to stop Iceland ...": a noun cue whose addressee
# ("to the EU") is left outside; not nested, as it sits in an adjunct of Sigfusson's saying.
# "Irish officials received support ... in its request to the European Commission last week to
# consider ...": "its" agrees with the country, not with "Irish officials", so it is read as
# Ireland; addressee and "last week" are left outside. "received support" is not a claim.
# "Iceland has admitted ..., but said that ...": two claims of one mention (FORMAT.md, X said A,
# warning that B). "the Republic of Ireland says that it is taking a major toll": "it" is the
# practice, not a speaker.
# The AFP is a medium, "EU officials" addressees. "The comments come ..." has no content.
# Every name mention of Iceland (a speaker) is marked, also as the object of other claims.
doc("icenews-iceland-minister-dismisses-ireland-mackerel-sanctions",
    url="https://www.icenews.is/2012/07/31/iceland-minister-dismisses-irelands-call-for-sanctions-amid-mackerel-war/",
    outlet="IceNews", country="Iceland", topic="business", cut=False, published="2012-07-31",
    text=(T := "Iceland minister dismisses Ireland’s call for sanctions amid mackerel war\n"
          "An Icelandic official has said that Ireland’s call for sanctions against Iceland was “propaganda” amid rising tensions over mackerel fishing.\n"
          "Steingrimur Sigfusson, Iceland’s minister of agriculture and fisheries, said in an interview with the AFP, “Essentially it’s propaganda”, in response to the republic’s pleas to the EU to stop Iceland from taking a “disproportionate” share of the mackerel in the North Atlantic.\n"
          "The news comes after Irish officials received support from Portugal, Spain and France in its request to the European Commission last week to consider the possibility of trade measures against Iceland.\n"
          "Iceland has admitted taking a larger amount of mackerel from the region’s waters in recent years, but said that the practice is justified because the fish are lingering in its waters for longer periods of the summer and in larger numbers. However, the Republic of Ireland says that it is taking a major toll on its largest fishing harvest.\n"
          "Speaking to EU officials on Tuesday, Sigfusson said, “the mackerel eats and grows in Icelandic waters and thus takes away from other fish. We will not succumb to pressure and will stand our ground.” He added, “We require a reasonable share in the stock and that is something we cannot negotiate away.”\n"
          "The comments come two months ahead of talks between European officials, Iceland, Norway and the Faroe Islands to re-establish fishing quotas in the region."),
    entities=[("sigfusson", "Steingrimur Sigfusson", "PERSON",
               ["Sigfusson", "Iceland minister", "An Icelandic official",
                "Steingrimur Sigfusson, Iceland’s minister of agriculture and fisheries"],
               "Iceland's minister of agriculture and fisheries"),
              ("ireland", "Ireland", "GPE", ["the Republic of Ireland", "the republic"], None),
              ("iceland", "Iceland", "GPE", [], None)],
    mentions=[("m1", "Iceland minister", "sigfusson"),
              ("m2", ("Ireland", "Ireland’s call for sanctions amid"), "ireland"),
              ("m3", "An Icelandic official", "sigfusson"),
              ("m4", ("Ireland", "Ireland’s call for sanctions against"), "ireland"),
              ("m5", ("Iceland", "against Iceland was"), "iceland"),
              ("m6", "Steingrimur Sigfusson, Iceland’s minister of agriculture and fisheries", "sigfusson"),
              ("m7", ("the republic", "the republic’s pleas"), "ireland"),
              ("m8", ("Iceland", "stop Iceland"), "iceland"),
              ("m9", ("its", "its request"), "ireland"),
              ("m10", ("Iceland", "against Iceland.\n"), "iceland"),
              ("m11", ("Iceland", "Iceland has admitted"), "iceland"),
              ("m12", "the Republic of Ireland", "ireland"),
              ("m13", ("Sigfusson", "Sigfusson said, “the"), "sigfusson"),
              ("m14", ("He", "He added"), "sigfusson"),
              ("m15", ("Iceland", "Iceland, Norway"), "iceland")],
    attributions=[("a1", "INDIRECT", "m1", "dismisses", ("Ireland’s call for sanctions", "Ireland’s call for sanctions amid"), None),
                  ("a2", "INDIRECT", "m2", ("call", "call for sanctions amid"), ("sanctions", "sanctions amid"), "a1"),
                  ("a3", "MIXED", "m3", ("said", "has said that"),
                   "Ireland’s call for sanctions against Iceland was “propaganda”", None),
                  ("a4", "INDIRECT", "m4", ("call", "call for sanctions against"), "sanctions against Iceland", "a3"),
                  ("a5", "DIRECT", "m6", ("said", "fisheries, said"), "Essentially it’s propaganda", None),
                  ("a6", "MIXED", "m7", "pleas",
                   "to stop Iceland from taking a “disproportionate” share of the mackerel in the North Atlantic", None),
                  ("a7", "INDIRECT", "m9", "request", "to consider the possibility of trade measures against Iceland", None),
                  ("a8", "INDIRECT", "m11", "admitted", "taking a larger amount of mackerel from the region’s waters in recent years", None),
                  ("a9", "INDIRECT", "m11", ("said", "but said that"),
                   "the practice is justified because the fish are lingering in its waters for longer periods of the summer and in larger numbers", None),
                  ("a10", "INDIRECT", "m12", "says", "it is taking a major toll on its largest fishing harvest", None),
                  ("a11", "DIRECT", "m13", ("said", "Sigfusson said, “the"),
                   seg(T, "the mackerel eats and grows", "stand our ground."), None),
                  ("a12", "DIRECT", "m14", "added", "We require a reasonable share in the stock and that is something we cannot negotiate away.", None)])

# ---------------------------------------------------------------------------------------
# Canwest copy on canada.com. The page gives no date. The headline, the standfirst and the lead
# are kept; the standfirst repeats the lead and both carry the claim (FORMAT.md, Text parts); the
# dateline "OTTAWA --" is not an attribution. The stored copy breaks off in "Some of the
# Nobel-prize winning Canadian researchers said that cuts in research fun", so the text is cut
# before that paragraph.
# Headline: "deliver stinging criticism of federal government" is read as a noun cue with a
# noun-phrase content ("of" only links the cue), like "complained about noise".
# The scientists' source spans leave out the long apposition "among a few dozen Canadians who
# ...". "faster than anticipated" has no anticipator and no content clause: not a claim. "But
# without adequate research, ..." has no cue: not a claim (FORMAT.md, No cue, no claim).
# Weaver's source is "Dr. Andrew Weaver" without the long apposition; his second quotation has no
# reporting clause and continues him (null cue). Nested in it: "the climate science community has
# been quite outspoken about the need for dealing with global warming" (cue "outspoken", content
# without the linking "about").
# "Harper questioned the warnings of climate scientists": "questioned" takes the noun phrase (as
# "rejected"); "warnings of climate scientists" names the warners but no content, so it is not
# split off. "acknowledged that ..." is its own claim; "a few months later after ..." is an
# adjunct of the acknowledging. "its first report that found ...": a finding of a document whose
# author is named in the sentence, so the report is a mention of the IPCC (FORMAT.md, Documents).
doc("canadacom-nobel-scientists-criticism-harper-climate",
    url="http://www.canada.com/topics/news/story.html?id=fc976a67-2f9a-424c-a98d-704785dde80c&k=91227",
    outlet="Canada.com", country="Canada", topic="environment", cut=True,
    text=(T := "Nobel scientists deliver stinging criticism of federal government\n"
          "Nobel Prize-winning scientists from Canada say the Harper government is failing to protect the country from the dangers of global warming because it has shut down a federal climate change research network and blocked new studies on the impact of rising greenhouse gas emissions in the atmosphere.\n"
          "OTTAWA -- Nobel Prize-winning scientists from Canada say the Harper government is failing to protect the country from the dangers of global warming because it has shut down a federal climate change research network and blocked new studies on the impact of rising greenhouse gas emissions in the atmosphere.\n"
          "The scientists, among a few dozen Canadians who were part of the team of international experts that won the Nobel Peace Prize after producing this year's Intergovernmental Panel on Climate Change assessment report on the latest research on global warming, say changes in the atmosphere are happening faster than anticipated. But without adequate research, Canada and other world leaders won't know what policies or targets could stop human activity from causing dangerous changes to the climate.\n"
          "\"I can only put it down as one of two things,\" said Dr. Andrew Weaver, a climatologist from the University of Victoria's School of Earth and Ocean Sciences. \"It's vindictive, because the climate science community has been quite outspoken about the need for dealing with global warming, or stupidity, and not really knowing what's going on out there, because they don't consult the (environment) ministry.\"\n"
          "Harper questioned the warnings of climate scientists in the fall of 2006, but acknowledged that global warming was a serious threat a few months later after the IPCC released its first report that found \"unequivocal\" evidence that the planet was getting hotter, and that there was a 90 per cent probability human activity was the cause."),
    entities=[("scientists", "Nobel Prize-winning scientists from Canada", "GROUP", ["Nobel scientists", "The scientists"],
               "Canadian members of the Nobel-winning IPCC team"),
              ("weaver", "Andrew Weaver", "PERSON", ["Weaver", "Dr. Andrew Weaver"],
               "climatologist, University of Victoria's School of Earth and Ocean Sciences"),
              ("community", "the climate science community", "GROUP", [], "climate scientists at large"),
              ("harper", "Harper", "PERSON", [], "Prime Minister of Canada"),
              ("ipcc", "IPCC", "ORGANIZATION", ["the IPCC", "Intergovernmental Panel on Climate Change"],
               "Intergovernmental Panel on Climate Change")],
    mentions=[("m1", "Nobel scientists", "scientists"),
              ("m2", ("Nobel Prize-winning scientists from Canada", "\nNobel Prize-winning scientists"), "scientists"),
              ("m3", ("Nobel Prize-winning scientists from Canada", "OTTAWA -- Nobel"), "scientists"),
              ("m4", "The scientists", "scientists"),
              ("m5", "Dr. Andrew Weaver", "weaver"),
              ("m6", "the climate science community", "community"),
              ("m7", ("Harper", "Harper questioned"), "harper"),
              ("m8", "the IPCC", "ipcc"),
              ("m9", "its first report", "ipcc")],
    attributions=[("a1", "INDIRECT", "m1", "criticism", "federal government", None),
                  ("a2", "INDIRECT", "m2", ("say", "\nNobel Prize-winning scientists from Canada say"),
                   (seg(T, "the Harper government is failing", "in the atmosphere"), "\nNobel Prize-winning"), None),
                  ("a3", "INDIRECT", "m3", ("say", "OTTAWA -- Nobel"),
                   (seg(T, "the Harper government is failing", "in the atmosphere"), "OTTAWA"), None),
                  ("a4", "INDIRECT", "m4", ("say", "warming, say changes"),
                   "changes in the atmosphere are happening faster than anticipated", None),
                  ("a5", "DIRECT", "m5", ("said", "said Dr."), "I can only put it down as one of two things,", None),
                  ("a6", "DIRECT", "m5", None, seg(T, "It's vindictive", "(environment) ministry."), None),
                  ("a7", "INDIRECT", "m6", "outspoken", "the need for dealing with global warming", "a6"),
                  ("a8", "INDIRECT", "m7", "questioned", "the warnings of climate scientists", None),
                  ("a9", "INDIRECT", "m7", "acknowledged", "global warming was a serious threat", None),
                  ("a10", "MIXED", "m9", "found",
                   seg(T, "\"unequivocal\" evidence", "human activity was the cause"), None)])

# ---------------------------------------------------------------------------------------
# The stored page is TechCrunch's own newsletter redirect to the article; its url is kept as
# stored. The label "Featured Article", the "Comment" button, the photo caption and the image
# credit line are left out. The stored copy breaks off in "... to target them with ads", so the
# text is cut before that paragraph ("Previously, we talked to Fidzup ..."). The page gives no date.
# The headline is the journalist's question ("a public data privacy warning" names neither a
# claimant nor a content): not a claim.
# "He put the blame for the demise of his startup squarely on the local data watchdog" is read as
# an accusation (cue "put the blame", content without the linking "for"); "writing unequivocally
# that “...”" is a second claim of "He", DIRECT as its whole content is one quotation.
# "his arguments are about how ...": a noun cue with a possessive claimant (as "Horgan’s comments
# on ..." in the example); its content is the how-clause up to "(GDPR)", the contrast "— not with
# the core principles ..." and the gloss of the legislation being the journalist's.
# "tells us": "us" is the addressee. The quotation after "tells us." has no reporting clause and
# continues him (null cue). Nested in it: "the things that the CNIL asked us to change ...", a
# speech act in a relative clause (addressee "us" left outside, as "asked the driver whether").
doc("techcrunch-fidzup-cnil-data-watchdog-killed-us",
    url="https://link.techcrunch.com/click/19783186.22843/aHR0cHM6Ly90ZWNoY3J1bmNoLmNvbS8yMDIwLzAzLzA4L2EtcHVibGljLXdhcm5pbmctdG8tdGVhY2gtdGhlLW1hcmtldC1hYm91dC1jb25zZW50LWFuZC10aGUtZGVhdGgtb2YtYS1zdGFydHVwLz91dG1fbWVkaXVtPVRDbmV3c2xldHRlciZ0cGNjPUVDcm91bmR1cA/5e6e294e7ace5a3a935f06f5B898de272",
    outlet="TechCrunch", country="US", topic="technology", cut=True,
    text=(T := "Did a public data privacy warning kill a French startup?\n"
          "Fidzup co-founder and CEO Olivier Magnan-Saurin says the nation’s data watchdog ‘killed us’\n"
          "Digital marketing company Fidzup was one of four “drive-to-store” French startups that faced a wave of regulations after Europe began applying its updated data protection framework in May 2018.\n"
          "Last month, in a final Medium post, co-founder and CEO Olivier Magnan-Saurin revealed that his company had hit the deadpool.\n"
          "He put the blame for the demise of his startup squarely on the local data watchdog, writing unequivocally that “the CNIL [The Commission nationale de l’informatique et des libertés] killed us.”\n"
          "But his arguments are about how France’s federal agency in charge of enforcing data privacy laws went about enforcing the pan-EU General Data Protection Regulation (GDPR) — not with the core principles of the legislation itself, which seeks to ensure that personal data is gathered fairly and protected properly. It also gives users rights over their data, such as letting them view a copy of information held on them or have it deleted or corrected.\n"
          "“GDPR the law is good,” Magnan-Saurin tells us. “It’s going in the right direction. We didn’t run out of business because of GDPR. And I don’t argue with the things that the CNIL asked us to change for the consent collection and everything — we had to do that and that’s perfectly normal. But in the process itself — there is a lot to say.”"),
    entities=[("magnan", "Olivier Magnan-Saurin", "PERSON",
               ["Magnan-Saurin", "Fidzup co-founder and CEO Olivier Magnan-Saurin", "co-founder and CEO Olivier Magnan-Saurin"],
               "co-founder and CEO of Fidzup"),
              ("cnil", "CNIL", "ORGANIZATION",
               ["the CNIL", "The Commission nationale de l’informatique et des libertés", "the nation’s data watchdog",
                "the local data watchdog", "France’s federal agency in charge of enforcing data privacy laws"],
               "France's data protection authority")],
    mentions=[("m1", "Fidzup co-founder and CEO Olivier Magnan-Saurin", "magnan"),
              ("m2", "the nation’s data watchdog", "cnil"),
              ("m3", ("co-founder and CEO Olivier Magnan-Saurin", "post, co-founder"), "magnan"),
              ("m4", ("He", "He put the blame"), "magnan"),
              ("m5", "the local data watchdog", "cnil"),
              ("m6", ("the CNIL", "the CNIL ["), "cnil"),
              ("m7", "The Commission nationale de l’informatique et des libertés", "cnil"),
              ("m8", ("his", "his arguments"), "magnan"),
              ("m9", "France’s federal agency in charge of enforcing data privacy laws", "cnil"),
              ("m10", ("Magnan-Saurin", "Magnan-Saurin tells"), "magnan"),
              ("m11", ("the CNIL", "the CNIL asked"), "cnil")],
    attributions=[("a1", "MIXED", "m1", "says", "the nation’s data watchdog ‘killed us’", None),
                  ("a2", "INDIRECT", "m3", "revealed", "his company had hit the deadpool", None),
                  ("a3", "INDIRECT", "m4", "put the blame", "the demise of his startup squarely on the local data watchdog", None),
                  ("a4", "DIRECT", "m4", "writing",
                   "the CNIL [The Commission nationale de l’informatique et des libertés] killed us.", None),
                  ("a5", "INDIRECT", "m8", "arguments",
                   seg(T, "how France’s federal agency", "Regulation (GDPR)"), None),
                  ("a6", "DIRECT", "m10", "tells", "GDPR the law is good,", None),
                  ("a7", "DIRECT", "m10", None, seg(T, "It’s going in the right direction", "a lot to say."), None),
                  ("a8", "INDIRECT", "m11", "asked", "to change for the consent collection and everything", "a7")])

# ---------------------------------------------------------------------------------------
# The stored page has no headline, so the text starts with the lead. The stored copy breaks off
# in "However, all patients are assessed quickl", so the text is cut before that paragraph; the
# quotation opened in "“We are sorry to hear ..." is left open at its paragraph end, and as
# printed it runs to the end of the text (FORMAT.md, Marks as printed). The page gives no date.
# "has received an apology from the Cardiff and Vale Health Board" has no content: not a claim.
# "was reportedly left ..." is a hedge. "..., her family have said" covers its own sentence only.
# The ambulance officer is printed "Bob Toomey" and then "Mr Tooby": one person, the misspelt
# variant an alias. "has apologised for the incident saying: ..." is two claims: "apologised"
# with a noun-phrase content (as "thanked the jury for ..." in the example) and the quotation.
# "called the situation "unacceptable"" is "described X as Y" (MIXED); "saying that no [patient
# ..." keeps the stray bracket as printed. "encouraged the family of Ms Jones to get in touch"
# keeps the addressee, as "called on X to Y". Toomey's quotation after "He added:" runs over two
# paragraphs (the first ends without a closing mark): one attribution. "we would encourage them"
# and "would urge them" inside the quotations are the speakers' own and are not split off.
# "She said the health board was unable to comment on individual cases ...": the inability is
# not a claim of the board (no content), so it is not nested.
doc("penarthtimes-llandough-hospital-18-hour-wait-apology",
    url="http://www.penarthtimes.co.uk/news/14234528.Apology_for_elderly_woman_who_had_to_wait_18_hours_for_medical_attention/",
    outlet="Penarth Times", country="UK", topic="health-science", cut=True,
    text=(T := "AN 85-YEAR-OLD woman who had to endure an 18 hour wait before being treated at Llandough Hospital has received an apology from the Cardiff and Vale Health Board.\n"
          "Penarth woman Audrey Jones was reportedly left in the back of an ambulance for six hours after being taken to the University Hospital Llandough. When she was eventually taken inside, she was forced to wait for an additional 12 hours while in discomfort and pain, her family have said.\n"
          "Welsh ambulance Service head of operations at Cardiff and Vale Health Board Bob Toomey has apologised for the incident saying: \"At the time of this call there was a high volume of emergency patients to which our crews were already committed, however we fully appreciate that it must have been an anxious wait on this occasion and for that we sincerely apologise.\"\n"
          "Leader of the Welsh Conservatives, and regional AM for South Wales Central, Andrew RT Davies called the situation \"unacceptable\" saying that no [patient should be forced to endure a wait that long.\n"
          "Mr Tooby encouraged the family of Ms Jones to get in touch.\n"
          "He added: “We were really sorry to hear about the delay in transporting Mrs Jones to hospital and would like to send her our thoughts and very best wishes.\n"
          "“If the patient – or a relative or representative – would like to discuss what happened in more detail, then we would encourage them to contact us directly when they feel ready and able to do so.”\n"
          "Christine Atkinson is the head of operations and delivery for the medicine clinical board at Cardiff and Vale University Health Board.\n"
          "She said the health board was unable to comment on individual cases due to confidentiality, but she added: “We are sorry to hear the family are unhappy with their care and would urge them to contact our concerns team so we can find out more."),
    entities=[("family", "her family", "GROUP", ["the family of Ms Jones", "the family"], "family of patient Audrey Jones"),
              ("toomey", "Bob Toomey", "PERSON",
               ["Toomey", "Mr Tooby", "Tooby",
                "Welsh ambulance Service head of operations at Cardiff and Vale Health Board Bob Toomey"],
               "Welsh Ambulance Service head of operations, Cardiff and Vale"),
              ("davies", "Andrew RT Davies", "PERSON",
               ["Davies", "Leader of the Welsh Conservatives, and regional AM for South Wales Central, Andrew RT Davies"],
               "Leader of the Welsh Conservatives, AM for South Wales Central"),
              ("atkinson", "Christine Atkinson", "PERSON", ["Atkinson"],
               "head of operations and delivery, medicine clinical board, Cardiff and Vale University Health Board")],
    mentions=[("m1", "her family", "family"),
              ("m2", "Welsh ambulance Service head of operations at Cardiff and Vale Health Board Bob Toomey", "toomey"),
              ("m3", "Leader of the Welsh Conservatives, and regional AM for South Wales Central, Andrew RT Davies", "davies"),
              ("m4", "Mr Tooby", "toomey"),
              ("m5", "the family of Ms Jones", "family"),
              ("m6", ("He", "He added"), "toomey"),
              ("m7", "Christine Atkinson", "atkinson"),
              ("m8", ("She", "She said"), "atkinson"),
              ("m9", ("she", "she added"), "atkinson"),
              ("m10", ("the family", "the family are unhappy"), "family")],
    attributions=[("a1", "INDIRECT", "m1", ("said", "have said"),
                   "When she was eventually taken inside, she was forced to wait for an additional 12 hours while in discomfort and pain", None),
                  ("a2", "INDIRECT", "m2", "apologised", "the incident", None),
                  ("a3", "DIRECT", "m2", ("saying", "incident saying"),
                   seg(T, "At the time of this call", "we sincerely apologise."), None),
                  ("a4", "MIXED", "m3", "called", "the situation \"unacceptable\"", None),
                  ("a5", "INDIRECT", "m3", ("saying", "saying that no"), "no [patient should be forced to endure a wait that long", None),
                  ("a6", "INDIRECT", "m4", "encouraged", "the family of Ms Jones to get in touch", None),
                  ("a7", "DIRECT", "m6", ("added", "He added"),
                   seg(T, "We were really sorry", "able to do so."), None),
                  ("a8", "INDIRECT", "m8", ("said", "She said"),
                   "the health board was unable to comment on individual cases due to confidentiality", None),
                  ("a9", "DIRECT", "m9", ("added", "she added"), seg(T, "We are sorry to hear", "find out more."), None)])

# ---------------------------------------------------------------------------------------
# Jamaica Observer copy on a Jamaican news and entertainment site (no byline). The page gives no
# date line; the date is the one in the url. The stored copy breaks off in "then they are within
# their right to ask que", so the text is cut before that paragraph.
# Headline: "explains “surprise” release of men held ..." takes a noun-phrase content (MIXED).
# "has sought to allay public concerns about the release ..." is an action and "public concerns"
# have no content: not claims.
# "Commissioner Dr. Carl Williams says ..., even though a statement issued by police after the drug
# bust suggested that": the concessive clause is read as the reporter's (Williams's own words,
# quoted next, blame the communications arm), so it is left out of his content and its
# "suggested" is a claim of its own, not nested: the statement names its author ("issued by
# police") and is a mention of the police (FORMAT.md, Documents); its content is the anaphoric
# "that". Nested in Williams's quotation: "our communications arm to say that ...".
# "A release from ...(CCU) had stated that “...”": a document naming its author, so a mention of
# the CCU; DIRECT, as the whole content is one quotation. "the actual incident report" names no
# author and is its own entity.
# "after it was reported that the four men were released" is an agentless passive (null source),
# not nested (it is an adjunct of the CCU's statement). "investigators were reasonably satisfied
# that ..." (in the CCU's claim) and "the police were satisfied that ..." (in Williams's
# quotation) are read as beliefs with a named subject (FORMAT.md, Included although borderline),
# nested in the claims that report them; the investigators are a separate GROUP from the police
# as a whole. "confirmed that decision" keeps its demonstrative "that".
doc("massivevybz-jamaica-police-chief-cocaine-bust-release",
    url="http://www.massivevybz.com/2016/04/20/jamaicas-police-chief-explains-surprise-release-of-men-held-after-massive-cocaine-bust/",
    outlet="Massive Vybz", country="Jamaica", topic="courts-crime", cut=True, published="2016-04-20",
    text=(T := "Jamaica’s police chief explains “surprise” release of men held after massive cocaine bust\n"
          "KINGSTON, Jamaica – Jamaica’s top cop has sought to allay public concerns about the release of four men who were arrested following the second biggest cocaine seizure in the island’s history.\n"
          "Commissioner Dr. Carl Williams says the four men were allowed to go free because they weren’t the same men who were on a boat when it was intercepted with close to 800 kilogrammes of cocaine, even though a statement issued by police after the drug bust suggested that.\n"
          "“A mistake was made by our communications arm to say that the men who jumped off the boat were the same four men who were held,” he explained at the Jamaica Observer Press Club yesterday.\n"
          "Police seized the nearly J$1 billion (US$7.5 million) in cocaine early Saturday morning, in waters off Belmont in the western parish of Westmoreland.\n"
          "A release from the Jamaica Constabulary Force’s Corporate Communications Unit (CCU) had stated that “four men, who were observed abandoning the vessel and running off in different directions, were pursued and taken into custody”.\n"
          "However, the actual incident report stated: “On the approach of security personnel to the vessel, men aboard the vessel abandoned it and ran in different directions. Four men were subsequently held.”\n"
          "In a statement issued yesterday after it was reported that the four men were released, the CCU said the four were duly processed, but released after investigators were reasonably satisfied that there was no evidence linking them to the seizure.\n"
          "Commissioner Williams subsequently confirmed that decision.\n"
          "“After two or so days of interviews and interrogation the police were satisfied that these were not the men who jumped off the boat,” he said."),
    entities=[("williams", "Carl Williams", "PERSON",
               ["Williams", "Commissioner Dr. Carl Williams", "Commissioner Williams", "Jamaica’s police chief",
                "Jamaica’s top cop"],
               "Commissioner of Police, Jamaica"),
              ("police", "Jamaica Constabulary Force", "ORGANIZATION", ["police", "the police", "Police"],
               "Jamaica's police force"),
              ("ccu", "Corporate Communications Unit", "ORGANIZATION", ["CCU", "the CCU", "our communications arm"],
               "communications unit of the Jamaica Constabulary Force"),
              ("report", "the actual incident report", "ORGANIZATION", ["incident report"], "the police incident report"),
              ("investigators", "investigators", "GROUP", [], "police investigators")],
    mentions=[("m1", "Jamaica’s police chief", "williams"),
              ("m2", "Jamaica’s top cop", "williams"),
              ("m3", "Commissioner Dr. Carl Williams", "williams"),
              ("m4", "a statement issued by police after the drug bust", "police"),
              ("m5", "our communications arm", "ccu"),
              ("m6", ("he", "he explained"), "williams"),
              ("m7", ("Police", "Police seized"), "police"),
              ("m8", "A release from the Jamaica Constabulary Force’s Corporate Communications Unit (CCU)", "ccu"),
              ("m9", "the actual incident report", "report"),
              ("m10", ("the CCU", "the CCU said"), "ccu"),
              ("m11", ("investigators", "after investigators"), "investigators"),
              ("m12", "Commissioner Williams", "williams"),
              ("m13", ("the police", "the police were satisfied"), "police"),
              ("m14", ("he", "he said."), "williams")],
    attributions=[("a1", "MIXED", "m1", "explains", "“surprise” release of men held after massive cocaine bust", None),
                  ("a2", "INDIRECT", "m3", "says",
                   seg(T, "the four men were allowed to go free", "800 kilogrammes of cocaine"), None),
                  ("a3", "INDIRECT", "m4", "suggested", ("that", "that.\n"), None),
                  ("a4", "DIRECT", "m6", "explained", seg(T, "A mistake was made", "who were held,"), None),
                  ("a5", "INDIRECT", "m5", ("say", "to say that"),
                   ("the men who jumped off the boat were the same four men who were held", "say that the men"), "a4"),
                  ("a6", "DIRECT", "m8", ("stated", "had stated"),
                   seg(T, "four men, who were observed", "taken into custody"), None),
                  ("a7", "DIRECT", "m9", ("stated", "report stated"),
                   seg(T, "On the approach of security personnel", "subsequently held."), None),
                  ("a8", "INDIRECT", None, ("reported", "it was reported"), ("the four men were released", "reported that the four"), None),
                  ("a9", "INDIRECT", "m10", ("said", "the CCU said"),
                   seg(T, "the four were duly processed", "linking them to the seizure"), None),
                  ("a10", "INDIRECT", "m11", ("satisfied", "reasonably satisfied"),
                   "there was no evidence linking them to the seizure", "a9"),
                  ("a11", "INDIRECT", "m12", "confirmed", "that decision", None),
                  ("a12", "DIRECT", "m14", ("said", "he said."), seg(T, "After two or so days", "jumped off the boat,", "After two"), None),
                  ("a13", "INDIRECT", "m13", ("satisfied", "police were satisfied"),
                   ("these were not the men who jumped off the boat", "satisfied that these"), "a12")],
    keep_that=("a3", "a11"))

write("test26_a.jsonl")
