#!/usr/bin/env python3
"""Writes train_bo.jsonl: real-news gold, split train-bo (see gold.py). Run: python3 make_train_bo.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
# CountyLive (Prince Edward County, Ontario). The author/date line ("Administrator | May 28, 2025 |
# Comments 0") and the byline are removed. The stored page stops inside the next paragraph
# ("Speaking to his resolution, Engelsdorfer said ..."), so the text is cut before it. Notes:
# - Headline "Council to tell province it opposes ...": a planned speech act with its content;
#   "province" is the addressee and is left out (FORMAT.md, Left outside).
# - "The meaning, details. some implications and processes of strong mayor powers ... were
#   outlined at ...": an agentless passive of "outlined" whose subject is what was outlined, so the
#   subject is the content and the source is null (the corpus takes "outlined" with a noun-phrase
#   content, make_train_z.py).
# - "The announcement that 169 municipalities ... would be given strong mayor powers" inside
#   Ferguson's quote: a noun cue with no claimant named, nested with a null source.
# - The resolution is "brought forward by councillor Corey Engelsdorfer" only in its first NP; the
#   later "It" / "The resolution" / "the resolution" name no author in their sentences, so the
#   resolution is its own entity (FORMAT.md, Documents: "Otherwise it is its own entity").
# - "a formal request to the Ontario premier to recommit ...": noun cue "request"; the addressee is
#   kept, as in `called on X to Y` (seed a23/a24), and only the linking "to" is left out.
# - "A resolution ... seeking council's support ...": "seeking" is taken as an aim, not a report
#   (left out).
doc("countylive-council-opposes-strong-mayor-powers",
    url="https://www.countylive.ca/council-to-tell-province-it-opposes-strong-mayor-powers",
    outlet="CountyLive", country="Canada", topic="local", cut=True, published="2025-05-28",
    text=(T := "Council to tell province it opposes strong mayor powers\n"
          "“I cannot see any reason why any of the strong mayor powers would be used, and it’s safe to say that it’s my intention that this remains business as usual,” said County mayor Steve Ferguson.\n"
          "The meaning, details. some implications and processes of strong mayor powers, as they relate to Prince Edward County, were outlined at Tuesday’s regular council meeting.\n"
          "“The announcement that 169 municipalities, including ours, would be given strong mayor powers came right out of the blue; they were neither requested nor expected,” Ferguson said.\n"
          "“Throughout my 10 years as an elected official, council and staff have worked together to deal with the many complex issues that we have had to confront and I expect that to remain the case going forward.”\n"
          "A resolution brought forward by councillor Corey Engelsdorfer seeking council’s support in opposition to the strong mayor powers legislation received unanimous approval by council in a 13-0 recorded vote (councillor Braney was absent).\n"
          "It included a formal request to the Ontario premier to recommit to the meaning and spirit of democracy and rescind the strong mayor legislation.\n"
          "The resolution outlined how the strong mayor powers could significantly alter the balance of governance at the municipal level, undermining the role of a council in decision-making and weakening the fundamental democratic principle of majority rule.\n"
          "“Strong mayor legislation violates the principles and meaning of democracy, and local governance has, for generations, been built upon a foundation of shared, democratic decision-making,” notes the resolution."),
    entities=[("council", "Council", "ORGANIZATION", ["council"], "Prince Edward County council"),
              ("ferguson", "Steve Ferguson", "PERSON", ["Ferguson", "County mayor Steve Ferguson"],
               "Mayor of Prince Edward County"),
              ("resolution", "the resolution", "ORGANIZATION", ["The resolution", "A resolution"],
               "council resolution against the strong mayor legislation")],
    mentions=[("m1", ("Council", "Council to tell"), "council"),
              ("m2", "County mayor Steve Ferguson", "ferguson"),
              ("m3", ("Ferguson", "Ferguson said"), "ferguson"),
              ("m4", ("council", "council and staff"), "council"),
              ("m5", "A resolution", "resolution"),
              ("m6", ("council", "approval by council"), "council"),
              ("m7", ("It", "It included"), "resolution"),
              ("m8", "The resolution", "resolution"),
              ("m9", ("the resolution", "notes the resolution"), "resolution")],
    attributions=[("a1", "INDIRECT", "m1", "tell", "it opposes strong mayor powers", None),
                  ("a2", "DIRECT", "m2", ("said", "said County"),
                   seg(T, "I cannot see any reason", "business as usual,"), None),
                  ("a3", "INDIRECT", None, ("outlined", "were outlined"),
                   "The meaning, details. some implications and processes of strong mayor powers, as they relate to Prince Edward County", None),
                  ("a4", "DIRECT", "m3", ("said", "Ferguson said"),
                   seg(T, "The announcement that 169", "nor expected,"), None),
                  ("a5", "INDIRECT", None, "announcement",
                   "169 municipalities, including ours, would be given strong mayor powers", "a4"),
                  ("a6", "DIRECT", "m3", None, seg(T, "Throughout my 10 years", "case going forward."), None),
                  ("a7", "INDIRECT", "m7", ("request", "formal request"),
                   "the Ontario premier to recommit to the meaning and spirit of democracy and rescind the strong mayor legislation", None),
                  ("a8", "INDIRECT", "m8", ("outlined", "resolution outlined"),
                   seg(T, "how the strong mayor powers could", "principle of majority rule"), None),
                  ("a9", "DIRECT", "m9", "notes", seg(T, "Strong mayor legislation violates", "decision-making,"), None)])

# ---------------------------------------------------------------------------------------
# Tivy-Side Advertiser (Cardigan, Wales), Senedd report. The stored page has no headline: it opens
# with the lead, so the text starts there. It stops inside Rhun ap Iorwerth's quotation ("He said:
# “Keir Starmer is right … on waiting list"), so the text is cut before that paragraph; the page
# gives no date. Notes:
# - The Plaid Cymru quotation runs over two paragraphs (the first ends without a closing mark):
#   one DIRECT attribution. "The Plaid Cymru shadow health secretary" is ap Gwynfor, named in the
#   sentence before (FORMAT.md, Coreference).
# - "accused X of Y" keeps the accused in the content, as the corpus does; "criticised Eluned
#   Morgan for ..." is taken the same way. "as latest statistics showed ..." is an adjunct and an
#   evidential (left out).
# - "Pointing out that A, he urged B" is two claims of "he" (FORMAT.md, `X said A, warning that B`);
#   "urged ministers to spend ..." keeps the addressee, as `called on X to Y`.
# - "highlighted the Darzi review ..." and "focused on the “damning” Darzi report" are speech acts
#   with a noun-phrase content (the corpus annotates "highlighted" so); the quoted "damning" makes
#   the second MIXED.
doc("tivysideadvertiser-senedd-opposition-morgan-passing-buck-nhs-waits",
    url="https://tivysideadvertiser.co.uk/news/24596170.eluned-morgan-passing-buck-record-nhs-waits-wales",
    outlet="Tivy-Side Advertiser", country="UK", topic="politics", cut=True,
    text=(T := "Opposition Senedd members accused Wales’ new first minister Eluned Morgan of passing the buck as latest statistics showed record-long waiting lists.\n"
          "Mabon ap Gwynfor pointed out that six Labour frontbenchers have held the health portfolio over the past 25 years, including the current and two former first ministers.\n"
          "The Plaid Cymru shadow health secretary said: “Although we have seen different faces coming and going over the summer, it's the same old story when it comes to the health service.\n"
          "“Standards going down, waiting times getting longer, staff being pushed to the extreme, and from the government? – nothing but repeated empty promises.”\n"
          "Mr ap Gwynfor, who represents Dwyfor Meironnydd, accused ministers of putting the horse before the cart by “fixating” on outcomes without first plotting a credible path.\n"
          "Leading a Plaid Cymru debate, he criticised Eluned Morgan for pointing the finger at health board executives, saying it typifies a tendency to blame everyone else.\n"
          "Sam Rowlands, the Conservatives’ shadow health secretary, similarly accused the first minister of passing the buck to NHS executives.\n"
          "He said: “Health boards have a big job to do to work through these waiting lists but a first minister and a government must not abdicate its responsibility,”\n"
          "Pointing out that the Welsh Government previously cut the health budget, he urged ministers to spend the full 20 per cent uplift from spending in England on NHS Wales.\n"
          "Mr Rowlands, who represents North Wales, warned the Welsh health service is worse on every major metric, with 23,000 people on waiting lists for more than two years.\n"
          "The former council leader highlighted the Darzi review of the NHS in England as he called for a similar independent investigation in Wales.\n"
          "Rhun ap Iorwerth also focused on the “damning” Darzi report."),
    entities=[("opposition", "Opposition Senedd members", "GROUP", [], "opposition members of the Senedd"),
              ("gwynfor", "Mabon ap Gwynfor", "PERSON",
               ["Mr ap Gwynfor", "The Plaid Cymru shadow health secretary"], "Plaid Cymru shadow health secretary"),
              ("rowlands", "Sam Rowlands", "PERSON",
               ["Rowlands", "Mr Rowlands", "Sam Rowlands, the Conservatives’ shadow health secretary"],
               "Welsh Conservatives' shadow health secretary, former council leader"),
              ("iorwerth", "Rhun ap Iorwerth", "PERSON", [], "Plaid Cymru leader")],
    mentions=[("m1", "Opposition Senedd members", "opposition"),
              ("m2", "Mabon ap Gwynfor", "gwynfor"),
              ("m3", "The Plaid Cymru shadow health secretary", "gwynfor"),
              ("m4", "Mr ap Gwynfor", "gwynfor"),
              ("m5", ("he", "he criticised"), "gwynfor"),
              ("m6", "Sam Rowlands, the Conservatives’ shadow health secretary", "rowlands"),
              ("m7", ("He", "He said: “Health"), "rowlands"),
              ("m8", ("he", "he urged"), "rowlands"),
              ("m9", "Mr Rowlands", "rowlands"),
              ("m10", "The former council leader", "rowlands"),
              ("m11", ("he", "he called for"), "rowlands"),
              ("m12", "Rhun ap Iorwerth", "iorwerth")],
    attributions=[("a1", "INDIRECT", "m1", ("accused", "members accused"),
                   "Wales’ new first minister Eluned Morgan of passing the buck", None),
                  ("a2", "INDIRECT", "m2", ("pointed out", "Gwynfor pointed out"),
                   seg(T, "six Labour frontbenchers", "two former first ministers"), None),
                  ("a3", "DIRECT", "m3", ("said", "secretary said:"),
                   seg(T, "Although we have seen", "repeated empty promises."), None),
                  ("a4", "MIXED", "m4", ("accused", "Meironnydd, accused"),
                   seg(T, "ministers of putting the horse", "plotting a credible path"), None),
                  ("a5", "INDIRECT", "m5", "criticised", "Eluned Morgan for pointing the finger at health board executives", None),
                  ("a6", "INDIRECT", "m5", "saying", "it typifies a tendency to blame everyone else", None),
                  ("a7", "INDIRECT", "m6", ("accused", "similarly accused"),
                   "the first minister of passing the buck to NHS executives", None),
                  ("a8", "DIRECT", "m7", ("said", "He said: “Health"),
                   seg(T, "Health boards have a big job", "abdicate its responsibility,"), None),
                  ("a9", "INDIRECT", "m8", "Pointing out", "the Welsh Government previously cut the health budget", None),
                  ("a10", "INDIRECT", "m8", "urged",
                   "ministers to spend the full 20 per cent uplift from spending in England on NHS Wales", None),
                  ("a11", "INDIRECT", "m9", "warned",
                   "the Welsh health service is worse on every major metric, with 23,000 people on waiting lists for more than two years", None),
                  ("a12", "INDIRECT", "m10", "highlighted", "the Darzi review of the NHS in England", None),
                  ("a13", "INDIRECT", "m11", "called for", "a similar independent investigation in Wales", None),
                  ("a14", "MIXED", "m12", "focused on", "the “damning” Darzi report", None)])

# ---------------------------------------------------------------------------------------
# Cape Cod Times (Massachusetts), Associated Press copy. The stored page stops inside Kistler's
# quotation ("... We have a"), so the text is cut before that paragraph. Notes:
# - "Two newspapers want a state judge to overturn an order ...": "want" with a clause is a
#   demand, as the corpus annotates it (make_dev.py "want the county to develop ..."); the
#   apposition ", cases that touch on the potential for media censorship" is the journalist's gloss
#   and is left out. The two papers are one GROUP (FORMAT.md, Groups).
# - "were ordered to expunge records", "Such orders typically direct public agencies to clear ...",
#   "The new order did not require the newspapers to expunge ...": court orders are actions
#   (FORMAT.md, Excluded), left out.
# - "told the Times" / "told The Associated Press": media and addressees, not sources; the Times is
#   one of the two papers but only as the addressee here, so it is not a mention.
# - "cited free speech concerns Tuesday in signing ...": noun-phrase content; the time and the
#   "in signing" phrase are adjuncts of the reporting event.
doc("capecodtimes-judges-order-newspapers-delete-stories",
    url="https://www.capecodtimes.com/story/news/2010/07/07/judges-order-2-newspapers-to/51547745007/",
    outlet="Cape Cod Times", country="US", topic="courts-crime", cut=True, published="2010-07-07",
    text=(T := "Judges order 2 newspapers to delete stories\n"
          "STATE COLLEGE, Pa - Two newspapers want a state judge to overturn an order requiring them to delete archived stories and other information about two defendants, cases that touch on the potential for media censorship.\n"
          "The Centre Daily Times and The Daily Collegian student newspaper at Penn State were ordered to expunge records of information about the defendants, an unusual provision inserted by a defense lawyer into otherwise standard orders signed by Centre County Judge Thomas King Kistler.\n"
          "Such orders typically direct public agencies to clear a person's record in cases in which charges are dismissed or withdrawn or aren't applicable for someone who's a first-time offender who completes a rehabilitation program.\n"
          "Attorney Joseph Amendola told the Times he included the newspapers in orders for five defendants, including the two before Kistler, because he was concerned the media's First Amendment rights to free speech were trumping his clients' rights to have cleared records. It's common for attorneys to draw up legal documents for judges to consider.\n"
          "Centre County Judge Bradley Lunsford, who handled the three other cases, cited free speech concerns Tuesday in signing new expungement orders, submitted by a newspaper lawyer, that rescinded an order on Friday. The new order did not require the newspapers to expunge information about the defendants, including news stories.\n"
          "\"Oh, my, yes. There's definitely a First Amendment issue,\" Lunsford told The Associated Press on Tuesday in a phone interview before he signed the new order.\n"
          "Kistler, who received similar proposed revised orders from a newspaper lawyer, said he wanted to schedule a meeting this week with county President Judge David Grine and Amendola before taking further action."),
    entities=[("papers", "Two newspapers", "GROUP",
               ["The Centre Daily Times and The Daily Collegian student newspaper at Penn State", "the newspapers"],
               "the Centre Daily Times and The Daily Collegian"),
              ("kistler", "Thomas King Kistler", "PERSON", ["Kistler", "Centre County Judge Thomas King Kistler"],
               "Centre County judge"),
              ("amendola", "Joseph Amendola", "PERSON", ["Amendola", "Attorney Joseph Amendola"], "defense lawyer"),
              ("lunsford", "Bradley Lunsford", "PERSON", ["Lunsford", "Centre County Judge Bradley Lunsford"],
               "Centre County judge")],
    mentions=[("m1", "Two newspapers", "papers"),
              ("m2", "The Centre Daily Times and The Daily Collegian student newspaper at Penn State", "papers"),
              ("m3", "a defense lawyer", "amendola"),
              ("m4", "Centre County Judge Thomas King Kistler", "kistler"),
              ("m5", "Attorney Joseph Amendola", "amendola"),
              ("m6", ("the newspapers", "included the newspapers"), "papers"),
              ("m7", ("Kistler", "two before Kistler"), "kistler"),
              ("m8", "Centre County Judge Bradley Lunsford", "lunsford"),
              ("m9", ("the newspapers", "require the newspapers"), "papers"),
              ("m10", ("Lunsford", "Lunsford told"), "lunsford"),
              ("m11", ("Kistler", "Kistler, who received"), "kistler"),
              ("m12", ("Amendola", "Grine and Amendola"), "amendola")],
    attributions=[("a1", "INDIRECT", "m1", ("want", "newspapers want"),
                   "a state judge to overturn an order requiring them to delete archived stories and other information about two defendants", None),
                  ("a2", "INDIRECT", "m5", ("told", "Amendola told"),
                   seg(T, "he included the newspapers", "to have cleared records"), None),
                  ("a3", "INDIRECT", "m8", "cited", "free speech concerns", None),
                  ("a4", "DIRECT", "m10", ("told", "Lunsford told"), "Oh, my, yes. There's definitely a First Amendment issue,", None),
                  ("a5", "INDIRECT", "m11", ("said", "lawyer, said he wanted"),
                   seg(T, "he wanted to schedule a meeting", "before taking further action"), None)])

# ---------------------------------------------------------------------------------------
# RFI (France), AFP copy. The dateline line "Cardiff (United Kingdom) (AFP) –" is kept as printed
# (not an attribution). The stored page ends after Warburton's quotation; the article goes on, so
# cut=True. Notes:
# - Headline "'Dog won't eat': England coach Jones bites tongue ...": the quotation is Jones's
#   words, named right after the colon; taken like a "claim – name" headline (FORMAT.md,
#   Headlines): null cue, Jones the source.
# - The cross-head "- 'Dog won't eat' -" is a quoted cross-head with no speaker: DIRECT with a
#   null source and cue (FORMAT.md, Text parts).
# - "what Jones had labelled a "make-or-break" third-round fixture": the labelled object is the
#   fronted "what", so the content is the label (MIXED).
# - "the first of which former Wales captain Sam Warburton said would have left him "livid"": the
#   fronted relative is left outside, like a raised subject.
# - "while acknowledging Wales were "worthy winners", said ...": two claims of Jones.
# - "(Gauzere) saying 'time back on'" inside Warburton's quotation: nested speech of the referee,
#   DIRECT between its single marks.
# - "refusing to criticise referee ...", "tried to make his frustration clear", "at Gauzere's
#   request" and "there was a debate over whether ..." report no content (left out).
doc("rfi-jones-bites-tongue-referee-wales-loss",
    url="https://www.rfi.fr/en/sports/20210227-dog-won-t-eat-england-coach-jones-bites-tongue-over-referee-after-wales-loss",
    outlet="RFI", country="France", topic="sport", cut=True, published="2021-02-27",
    text=(T := "'Dog won't eat': England coach Jones bites tongue over referee after Wales loss\n"
          "Cardiff (United Kingdom) (AFP) –\n"
          "England coach Eddie Jones tried to make his frustration clear while refusing to criticise referee Pascal Gauzere following the reigning Six Nations champions' 40-24 loss away to Wales on Saturday.\n"
          "Defeat in what Jones had labelled a \"make-or-break\" third-round fixture all but ended England's hopes of a successful title defence after a shock first-up loss at home to Scotland.\n"
          "Wales clinched the Triple Crown and stayed on course for a Grand Slam in ultimately decisive fashion.\n"
          "But their highest Test score against England featured two first-half tries controversially awarded by French referee Gauzere, the first of which former Wales captain Sam Warburton said would have left him \"livid\".\n"
          "That opening try came from a quickly-taken penalty, with Dan Biggar cross-kicking to wing Josh Adams while skipper Owen Farrell, at Gauzere's request, was still talking to England about their discipline.\n"
          "The build-up to Liam Williams' try appeared to feature a knock-on by Louis Rees-Zammit, judging by the wing's own expression.\n"
          "But that score stood after Gauzere consulted the television match official.\n"
          "Jones, while acknowledging Wales were \"worthy winners\", said Gauzere's early try calls were \"huge decisions\".\n"
          "\"We can't debate it, we are not allowed to debate it. All I will end up with is a fine and that won't help anyone,\" Jones told reporters.\n"
          "- 'Dog won't eat' -\n"
          "The veteran Australian coach added: \"The dog won't be able to eat its food, wife won't be able to eat, so I can't say anything.\"\n"
          "If rugby union's complex rule book meant there was a debate over whether Rees-Zammit had in fact knocked on, England received sympathy from an unexpected quarter regarding Wales' first try.\n"
          "\"You cannot respond within half a second of (Gauzere) saying 'time back on' when you're in the middle of a conversation with your team,\" said Warburton, now a BBC television pundit."),
    entities=[("jones", "Eddie Jones", "PERSON",
               ["Jones", "England coach Eddie Jones", "England coach Jones", "The veteran Australian coach"],
               "England head coach"),
              ("gauzere", "Pascal Gauzere", "PERSON", ["Gauzere", "referee Pascal Gauzere", "French referee Gauzere"],
               "French referee"),
              ("warburton", "Sam Warburton", "PERSON", ["Warburton", "former Wales captain Sam Warburton"],
               "former Wales captain, BBC television pundit")],
    mentions=[("m1", "England coach Jones", "jones"),
              ("m2", "England coach Eddie Jones", "jones"),
              ("m3", "referee Pascal Gauzere", "gauzere"),
              ("m4", ("Jones", "what Jones"), "jones"),
              ("m5", "French referee Gauzere", "gauzere"),
              ("m6", "former Wales captain Sam Warburton", "warburton"),
              ("m7", ("Gauzere", "Gauzere consulted"), "gauzere"),
              ("m8", ("Jones", "Jones, while"), "jones"),
              ("m9", ("Jones", "Jones told"), "jones"),
              ("m10", "The veteran Australian coach", "jones"),
              ("m11", ("Gauzere", "(Gauzere)"), "gauzere"),
              ("m12", ("Warburton", "said Warburton"), "warburton")],
    attributions=[("a1", "DIRECT", "m1", None, ("Dog won't eat", "'Dog won't eat': England"), None),
                  ("a2", "MIXED", "m4", "labelled", "a \"make-or-break\" third-round fixture", None),
                  ("a3", "MIXED", "m6", ("said", "Warburton said"), "would have left him \"livid\"", None),
                  ("a4", "MIXED", "m8", "acknowledging", "Wales were \"worthy winners\"", None),
                  ("a5", "MIXED", "m8", ("said", "said Gauzere's"), "Gauzere's early try calls were \"huge decisions\"", None),
                  ("a6", "DIRECT", "m9", ("told", "Jones told"),
                   seg(T, "We can't debate it", "won't help anyone,"), None),
                  ("a7", "DIRECT", None, None, ("Dog won't eat", "- 'Dog won't eat' -"), None),
                  ("a8", "DIRECT", "m10", "added", seg(T, "The dog won't be able", "can't say anything."), None),
                  ("a9", "DIRECT", "m12", ("said", "said Warburton"),
                   seg(T, "You cannot respond within", "conversation with your team,"), None),
                  ("a10", "DIRECT", "m11", "saying", "time back on", "a9")])

# ---------------------------------------------------------------------------------------
# The Santos Republic (Norway, English-language). The stored page has no headline: it opens with
# the standfirst, so the text starts there; the byline "by Michael Sandelson" is removed, and the
# dateline "January 2, 2013 (TSR) –" that opens the lead is kept (not an attribution). The same
# sentence about FHI officials is printed three times (standfirst, lead, and again further down);
# each is annotated (FORMAT.md, Text parts). The page stops inside "NRK writes there have been 181
# c", so the text is cut before that paragraph. Notes:
# - "According to regional paper Nordlys" and "State broadcaster NRK reports": the papers report,
#   so they are sources; "local paper Asker og Bærums Budstikke" and "The Foreigner" are addressees
#   (media), not mentions; "tells NRK" is a non-source mention of NRK.
# - "NRK reports, Wednesday, A, though senior medical staff says B": the concessive clause is read
#   as part of what NRK reports, so the staff's claim is nested in NRK's; "Wednesday" is an adjunct
#   of the report. "says they do not believe ..." is one claim (attitude not split off).
# - "Jon Sundal tells NRK that, “...”": the content is one whole quotation, so DIRECT.
# - "The FHI’s Hanne Nøkleby to The Foreigner that the situation looks worse because “...": the page
#   prints no verb ("tells" is lost). The sentence has a reported clause and quoted words, so it is
#   taken as a claim of Nøkleby with a null cue (FORMAT.md, No cue: "A sentence with quoted words
#   and reported tense may continue the speaker (MIXED, null cue)"). Its quotation is left open at
#   the paragraph end and closes after "testing." in the next one, so the content runs there
#   (Marks as printed).
# - "she adds, stating there is no indication ...": two claims of Nøkleby.
doc("thesantosrepublic-norway-fhi-swine-flu-no-concern",
    url="https://thesantosrepublic.com/2013/01/02/norway-health-authorities-slams-swine-flu-h1n1-fearmongering-alarm/",
    outlet="The Santos Republic", country="Norway", topic="health-science", cut=True, published="2013-01-02",
    text=(T := "Institute of Public Health (FHI) officials say there is no reason to be concerned about the current spate of Swine Flu (H1N1) in Norway.\n"
          "January 2, 2013 (TSR) – Institute of Public Health (FHI) officials say there is no reason to be concerned about the current spate of Swine Flu (H1N1) in Norway.\n"
          "According to regional paper Nordlys, there are many incidents of the Swine Flu in Nord-Norge. Eastern Norway’s Bærum hospital personnel tell local paper Asker og Bærums Budstikke two younger non-risk group people have been admitted there.\n"
          "State broadcaster NRK reports, Wednesday, 24 people in southern Norway have been diagnosed with the illness, though senior medical staff says they do not believe their conditions to be serious.\n"
          "Institute of Public Health (FHI) officials say there is no reason to be concerned about the current spate of Swine Flu (H1N1) in Norway.\n"
          "“What we can say is that we do have some cases of this type of influenza, but these are just part of many respiratory diseases total,” Hanne Nøkleby, division of infectious diseases director tells The Foreigner.\n"
          "In Rogaland, western Norway, Stavanger University Hospital’s infectious diseases physician Jon Sundal tells NRK that, “there are a large number of patients with respiratory disease. It may be common pneumonia and can be influenza.”\n"
          "The FHI’s Hanne Nøkleby to The Foreigner that the situation looks worse because “there is a lot of pressure on hospitals at the moment, but H1N1 is only part of this.\n"
          "“Many labs have been closed due to the Christmas holidays, meaning a lower rate of testing.”\n"
          "“We are also really just at the start of this year’s influenza season, which begins in October, but we do expect a rise in flu cases during the next few weeks. We’re now in the third week of about eight before the rate starts to decline,” she adds, stating there is no indication the current H1N1 strain is different to 2009’s."),
    entities=[("fhi", "Institute of Public Health (FHI) officials", "GROUP", [],
               "officials of the Norwegian Institute of Public Health"),
              ("nordlys", "Nordlys", "ORGANIZATION", ["regional paper Nordlys"], "regional newspaper in northern Norway"),
              ("baerum", "Eastern Norway’s Bærum hospital personnel", "GROUP", ["Bærum hospital personnel"],
               "staff of Bærum hospital"),
              ("nrk", "NRK", "ORGANIZATION", ["State broadcaster NRK"], "Norwegian state broadcaster"),
              ("staff", "senior medical staff", "GROUP", [], "senior medical staff in southern Norway"),
              ("nokleby", "Hanne Nøkleby", "PERSON",
               ["Nøkleby", "Hanne Nøkleby, division of infectious diseases director"],
               "FHI director of the division of infectious diseases"),
              ("sundal", "Jon Sundal", "PERSON",
               ["Sundal", "Stavanger University Hospital’s infectious diseases physician Jon Sundal"],
               "infectious diseases physician, Stavanger University Hospital")],
    mentions=[("m1", ("Institute of Public Health (FHI) officials", "Institute of Public Health (FHI) officials say there is no reason to be concerned about the current spate of Swine Flu (H1N1) in Norway.\nJanuary"), "fhi"),
              ("m2", ("Institute of Public Health (FHI) officials", "(TSR) – Institute"), "fhi"),
              ("m3", "regional paper Nordlys", "nordlys"),
              ("m4", "Eastern Norway’s Bærum hospital personnel", "baerum"),
              ("m5", "State broadcaster NRK", "nrk"),
              ("m6", "senior medical staff", "staff"),
              ("m7", ("Institute of Public Health (FHI) officials", "serious.\nInstitute"), "fhi"),
              ("m8", "Hanne Nøkleby, division of infectious diseases director", "nokleby"),
              ("m9", "Stavanger University Hospital’s infectious diseases physician Jon Sundal", "sundal"),
              ("m10", ("NRK", "tells NRK"), "nrk"),
              ("m11", "The FHI’s Hanne Nøkleby", "nokleby"),
              ("m12", ("she", "she adds"), "nokleby")],
    attributions=[("a1", "INDIRECT", "m1", ("say", "officials say there is no reason to be concerned about the current spate of Swine Flu (H1N1) in Norway.\nJanuary"),
                   ("there is no reason to be concerned about the current spate of Swine Flu (H1N1) in Norway", "officials say there is no reason to be concerned about the current spate of Swine Flu (H1N1) in Norway.\nJanuary"), None),
                  ("a2", "INDIRECT", "m2", ("say", "(TSR) – Institute"),
                   ("there is no reason to be concerned about the current spate of Swine Flu (H1N1) in Norway", "(TSR) – Institute"), None),
                  ("a3", "INDIRECT", "m3", "According to", "there are many incidents of the Swine Flu in Nord-Norge", None),
                  ("a4", "INDIRECT", "m4", ("tell", "personnel tell"), "two younger non-risk group people have been admitted there", None),
                  ("a5", "INDIRECT", "m5", ("reports", "NRK reports"),
                   seg(T, "24 people in southern Norway", "conditions to be serious"), None),
                  ("a6", "INDIRECT", "m6", ("says", "staff says"), "they do not believe their conditions to be serious", "a5"),
                  ("a7", "INDIRECT", "m7", ("say", "serious.\nInstitute"),
                   ("there is no reason to be concerned about the current spate of Swine Flu (H1N1) in Norway", "serious.\nInstitute"), None),
                  ("a8", "DIRECT", "m8", ("tells", "director tells"),
                   seg(T, "What we can say is", "respiratory diseases total,"), None),
                  ("a9", "DIRECT", "m9", ("tells", "Sundal tells"),
                   seg(T, "there are a large number of patients", "can be influenza."), None),
                  ("a10", "MIXED", "m11", None, seg(T, "the situation looks worse", "lower rate of testing.”"), None),
                  ("a11", "DIRECT", "m12", "adds", seg(T, "We are also really just", "starts to decline,"), None),
                  ("a12", "INDIRECT", "m12", "stating", "there is no indication the current H1N1 strain is different to 2009’s", None)])

# ---------------------------------------------------------------------------------------
# TechCentral.ie (Ireland). The section label ("Trade") and the date line ("21 June 2011") under
# the headline are removed. The page stops inside the paragraph after the Minister's last quote
# ("These vacancies have led to th"), so the text is cut before that paragraph. The lead spells the
# minister "Richard Burton" and a later paragraph "Minster Bruton": misspelt variants are aliases
# of one entity (FORMAT.md, Names). Notes:
# - "the Government’s message that Ireland ‘is open for business’": a noun cue whose author is
#   named as its possessive, so "the Government" is the source (FORMAT.md, Documents); MIXED.
# - "was proud to announce that ...": cue "announce" (the attitude "was proud to" is left out).
# - "is presently unprepared to divulge whether ...": a refusal with an open question (seed a9/a10).
# - "Minster Bruton stated that “...”": the content is one whole quotation, so DIRECT; "telling
#   leading US companies ... that Ireland is open for business" inside it is nested speech, the
#   addressee left out.
# - "feedback from the Silicon Valley giants regarding how Ireland could ...": a noun cue whose
#   claimant is named in its NP; "regarding" only links the embedded question, like `an update on
#   whether …` → `whether …`.
# - "Describing the feedback the Minister commented that, “...”": one claim, carried by
#   "commented" (FORMAT.md, Two clauses, one claim); DIRECT. The garbled "these companies told me
#   is that ..." inside it is nested speech of the giants.
doc("techcentral-bruton-ireland-open-for-business-silicon-valley",
    url="https://www.techcentral.ie/ireland-needs-to-up-skill-to-attract-silicon-valley-investment/",
    outlet="TechCentral.ie", country="Ireland", topic="technology", cut=True, published="2011-06-21",
    text=(T := "Ireland needs to up skill to attract Silicon Valley investment\n"
          "Minister for Jobs, Enterprise and Innovation Richard Burton, has arrived back in Ireland after his trade mission to California. The purpose of the five day trade mission was to attempt to attract investment and employment opportunities to Ireland from Silicon Valley technology firms and to deliver the Government’s message that Ireland ‘is open for business’.\n"
          "Upon his first day in California, the Minister was proud to announce that US firm Aruba Networks were investing in Ireland and creating 40 jobs.\n"
          "Although the Minister met with 22 separate companies, including the top five technology companies in the USA, the Minister is presently unprepared to divulge whether any substantial fruits were generated from these meetings. However he confirmed that a number of announcements will be delivered in the coming weeks.\n"
          "Minster Bruton stated that “I spent last week telling leading US companies at the highest level that Ireland is open for business, and the response I got was very positive.”\n"
          "The Minister garnered a great deal of feedback from the Silicon Valley giants regarding how Ireland could continue to present itself as an attractive investment opportunity for global technology companies.\n"
          "Describing the feedback the Minister commented that, “these companies told me is that in addition to retaining our absolute commitment to our corporation tax rate, we must ensure that our R&D tax credit system is globally competitive, our cost base is right and that our education system is fit for the demands of the new economy.”"),
    entities=[("bruton", "Richard Burton", "PERSON",
               ["Burton", "Bruton", "Minster Bruton",
                "Minister for Jobs, Enterprise and Innovation Richard Burton", "the Minister"],
               "Ireland's Minister for Jobs, Enterprise and Innovation"),
              ("govt", "the Government", "ORGANIZATION", ["Government"], "Government of Ireland"),
              ("giants", "the Silicon Valley giants", "GROUP", ["Silicon Valley giants", "these companies"],
               "the Silicon Valley technology companies the minister met")],
    mentions=[("m1", "Minister for Jobs, Enterprise and Innovation Richard Burton", "bruton"),
              ("m2", "the Government", "govt"),
              ("m3", ("the Minister", "the Minister was proud"), "bruton"),
              ("m4", ("the Minister", "the Minister met"), "bruton"),
              ("m5", ("the Minister", "the Minister is presently"), "bruton"),
              ("m6", ("he", "he confirmed"), "bruton"),
              ("m7", "Minster Bruton", "bruton"),
              ("m8", ("I", "I spent"), "bruton"),
              ("m9", ("The Minister", "The Minister garnered"), "bruton"),
              ("m10", "the Silicon Valley giants", "giants"),
              ("m11", ("the Minister", "the Minister commented"), "bruton"),
              ("m12", "these companies", "giants")],
    attributions=[("a1", "MIXED", "m2", "message", "Ireland ‘is open for business’", None),
                  ("a2", "INDIRECT", "m3", ("announce", "to announce"),
                   "US firm Aruba Networks were investing in Ireland and creating 40 jobs", None),
                  ("a3", "INDIRECT", "m5", "divulge",
                   "whether any substantial fruits were generated from these meetings", None),
                  ("a4", "INDIRECT", "m6", "confirmed", "a number of announcements will be delivered in the coming weeks", None),
                  ("a5", "DIRECT", "m7", "stated", seg(T, "I spent last week", "was very positive."), None),
                  ("a6", "INDIRECT", "m8", "telling", ("Ireland is open for business", "level that Ireland"), "a5"),
                  ("a7", "INDIRECT", "m10", ("feedback", "feedback from"),
                   "how Ireland could continue to present itself as an attractive investment opportunity for global technology companies", None),
                  ("a8", "DIRECT", "m11", "commented", seg(T, "these companies told me", "of the new economy."), None),
                  ("a9", "INDIRECT", "m12", "told",
                   seg(T, "in addition to retaining", "demands of the new economy"), "a8")])

# ---------------------------------------------------------------------------------------
# Auto Service World (Canada), wire copy on a US plant. The share buttons ("Share") under the
# headline and the "Leave a Reply" line are removed; the article is whole. Notes:
# - "has been seeking $5.35 million ... in wage and benefit concessions" and "members of United Auto
#   Workers Local 2017 rejected the deal" are negotiating actions, not reports (left out). "A message
#   was left for union officials ... seeking comment" reports no content.
# - "Without the concessions, Federal-Mogul had said that ...": the fronted condition stands before
#   the source and is outside the contiguous content.
# - "the company has not indicated where it would move production" inside Patrick's claim: a refusal
#   with an open question (seed a9/a10), nested.
# - Pepin's second quotation (“Our objective ...) is left open at its paragraph end and closes after
#   "working," in the next one, so it runs there and takes the cue of that clause ("Pepin said")
#   (FORMAT.md, Marks as printed); the last quotation continues Pepin with a null cue.
doc("autoserviceworld-federal-mogul-close-greenville-bearing-plant",
    url="https://www.autoserviceworld.com/?p=218930",
    outlet="Auto Service World", country="Canada", topic="business", cut=False,
    text=(T := "Federal-Mogul Moves to Close Bearing Plant In Midst of Labour Dispute\n"
          "Federal-Mogul Corp. said Monday it was moving to close an bearing plant in western Michigan after workers rejected a contract that would have cut their wages, vacations and health benefits.\n"
          "The automotive supplier has been seeking $5.35 million to $5.5 million U.S. in wage and benefit concessions in exchange for keeping the company’s Greenville plant open and preserving its 310 jobs.\n"
          "On Sunday, members of United Auto Workers Local 2017 rejected the deal. A message was left for union officials Monday seeking comment. “It is with regret that we will now need to begin negotiations of a plant-closing agreement,” Federal-Mogul said in a news release.\n"
          "The company said it hoped the employees would reconsider before the current union contract expires July 23. Without the concessions, Federal-Mogul had said that it planned to close the plant and move the work to a place where labour and operating costs are lower.\n"
          "Spokesman Sean Patrick said the company has not indicated where it would move production. It now operates in 29 countries.\n"
          "“It is very unfortunate we’ve reached this juncture,” said Scott Pepin, personnel director for Federal-Mogul’s powertrain group. “Our objective has always been to keep this facility open.\n"
          "“Many people on both sides of the table put a lot of hard work into creating a package that would keep Greenville working,” Pepin said. “It is disappointing that all that hard work was thwarted.”\n"
          "Gov. Jennifer Granholm’s office had been working with the company and local officials for financial incentives to keep the plant open. Granholm spokeswoman Liz Boyd said the governor had been following the vote."),
    entities=[("fm", "Federal-Mogul Corp.", "ORGANIZATION",
               ["Federal-Mogul", "The automotive supplier", "the company"], "US automotive supplier"),
              ("patrick", "Sean Patrick", "PERSON", ["Patrick", "Spokesman Sean Patrick"], "Federal-Mogul spokesman"),
              ("pepin", "Scott Pepin", "PERSON", ["Pepin"], "personnel director for Federal-Mogul's powertrain group"),
              ("boyd", "Liz Boyd", "PERSON", ["Boyd", "Granholm spokeswoman Liz Boyd"],
               "spokeswoman for Michigan Governor Jennifer Granholm")],
    mentions=[("m1", "Federal-Mogul Corp.", "fm"),
              ("m2", "The automotive supplier", "fm"),
              ("m3", ("Federal-Mogul", "Federal-Mogul said in"), "fm"),
              ("m4", ("The company", "The company said"), "fm"),
              ("m5", ("Federal-Mogul", "Federal-Mogul had said"), "fm"),
              ("m6", "Spokesman Sean Patrick", "patrick"),
              ("m7", ("the company", "the company has not"), "fm"),
              ("m8", "Scott Pepin, personnel director for Federal-Mogul’s powertrain group", "pepin"),
              ("m9", ("Pepin", "Pepin said"), "pepin"),
              ("m10", ("the company", "with the company"), "fm"),
              ("m11", "Granholm spokeswoman Liz Boyd", "boyd")],
    attributions=[("a1", "INDIRECT", "m1", ("said", "Corp. said"),
                   seg(T, "it was moving to close", "and health benefits"), None),
                  ("a2", "DIRECT", "m3", ("said", "Federal-Mogul said in"),
                   "It is with regret that we will now need to begin negotiations of a plant-closing agreement,", None),
                  ("a3", "INDIRECT", "m4", ("said", "The company said"),
                   "it hoped the employees would reconsider before the current union contract expires July 23", None),
                  ("a4", "INDIRECT", "m5", ("said", "had said"),
                   "it planned to close the plant and move the work to a place where labour and operating costs are lower", None),
                  ("a5", "INDIRECT", "m6", ("said", "Patrick said"), "the company has not indicated where it would move production", None),
                  ("a6", "INDIRECT", "m7", "indicated", "where it would move production", "a5"),
                  ("a7", "DIRECT", "m8", ("said", "said Scott"), "It is very unfortunate we’ve reached this juncture,", None),
                  ("a8", "DIRECT", "m9", ("said", "Pepin said"),
                   seg(T, "Our objective has always been", "keep Greenville working,"), None),
                  ("a9", "DIRECT", "m9", None, "It is disappointing that all that hard work was thwarted.", None),
                  ("a10", "INDIRECT", "m11", ("said", "Boyd said"), "the governor had been following the vote", None)])

write("train_bo.jsonl")
