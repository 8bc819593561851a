#!/usr/bin/env python3
"""Writes train_bi.jsonl: real-news gold, split train-bi (see gold.py). Run: python3 make_train_bi.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
# Regeneración (Mexico), an English summary of the president's morning press conference. The stored
# copy breaks off inside the paragraph after the White House one ("as he believes that "); the text
# is cut before it. A Spanish "LEER MÁS: …" link line is removed like a "Read more" line. The date
# is the one in the headline. Notes:
# - "In addition, the peso is the strongest currency …" has no cue of its own and no quoted words,
#   so it does not continue the "emphasized" claim (FORMAT.md, No cue, no claim).
# - "Andrés Roemer, who is accused of sexual abuse,": an agentless speech act in a relative clause
#   inside the claim, nested in "confirmed" with a null source (FORMAT.md, Included: "which turned
#   down the offer"; Null source: agentless passives).
# - "announced upcoming meetings with …": a noun-phrase content, as `announced the launch of X`.
# - The scare-quoted “historical truth” makes the "announced that" claim MIXED; "narrative" has no
#   reporting verb and names no claim of its own, so it is not annotated.
doc("regeneracion-amlo-morning-conference-roemer-migration",
    url="https://regeneracion.mx/summary-morning-presidential-press-conference-monday-october-2-2023/",
    outlet="Regeneración", country="Mexico", topic="politics", cut=True, published="2023-10-02",
    text=(T := "Summary – Morning Presidential Press Conference – Monday, October 2, 2023\n"
          "President López Obrador emphasized that, despite the COVID-19 pandemic, Mexico has broken economic records with more than 22 million workers enrolled in the Mexican Social Security Institute (IMSS); foreign investment of US$30 billion in the first half of the year; while the country continues to be the US’ main trading partner. In addition, the peso is the strongest currency in relation to the dollar and significant reductions in poverty and inequality have been achieved.\n"
          "President Andrés Manuel López Obrador recalled that in the October 2, 1968 massacre of the student movement, the Army acted under the orders of then President Gustavo Díaz Ordaz. He pointed out that there is evidence to suggest the direct participation of members of the Presidential General Staff in this tragic event.\n"
          "President López Obrador confirmed that former diplomat and writer Andrés Roemer, who is accused of sexual abuse, was arrested in Israel. He announced that Roemer’s extradition will be sought, as has also been the case with Tomás Zerón, a key figure in the previous government’s “historical truth” narrative of the forced disappearance of the Ayotzinapa teacher training college students.\n"
          "President López Obrador announced upcoming meetings with US officials and foreign ministers from Central America and the Caribbean to address the migration issue and its causes. He reported that today he will receive an economic advisor from the White House to address issues such as migration and the fight against fentanyl trafficking as part of the collaboration between both countries."),
    entities=[("amlo", "Andrés Manuel López Obrador", "PERSON",
               ["López Obrador", "President López Obrador", "President Andrés Manuel López Obrador"],
               "President of Mexico")],
    mentions=[("m1", ("President López Obrador", "President López Obrador emphasized"), "amlo"),
              ("m2", "President Andrés Manuel López Obrador", "amlo"),
              ("m3", ("He", "He pointed out"), "amlo"),
              ("m4", ("President López Obrador", "President López Obrador confirmed"), "amlo"),
              ("m5", ("He", "He announced"), "amlo"),
              ("m6", ("President López Obrador", "President López Obrador announced"), "amlo"),
              ("m7", ("He", "He reported"), "amlo")],
    attributions=[("a1", "INDIRECT", "m1", "emphasized",
                   seg(T, "despite the COVID-19 pandemic", "main trading partner"), None),
                  ("a2", "INDIRECT", "m2", "recalled",
                   seg(T, "in the October 2, 1968 massacre", "President Gustavo Díaz Ordaz"), None),
                  ("a3", "INDIRECT", "m3", "pointed out",
                   seg(T, "there is evidence to suggest", "in this tragic event"), None),
                  ("a4", "INDIRECT", "m4", "confirmed",
                   seg(T, "former diplomat and writer Andrés Roemer", "was arrested in Israel"), None),
                  ("a5", "INDIRECT", None, "accused", "sexual abuse", "a4"),
                  ("a6", "MIXED", "m5", ("announced", "He announced"),
                   seg(T, "Roemer’s extradition will be sought", "teacher training college students"), None),
                  ("a7", "INDIRECT", "m6", ("announced", "Obrador announced upcoming"),
                   seg(T, "upcoming meetings with US officials", "the migration issue and its causes"), None),
                  ("a8", "INDIRECT", "m7", "reported",
                   seg(T, "today he will receive", "collaboration between both countries"), None)])

# ---------------------------------------------------------------------------------------
# Wokingham Today (Wokingham Paper, UK). The stored page has no headline (its address reads "lives
# have been devastated: chief constable gives update on Forbury Gardens terrorist attack"), so the
# text starts with its lead; the date is the page's. The page breaks off inside the statement's
# fifth paragraph ("disruption to you b"); the text is cut before it. Notes:
# - "CC Campbell was able to give some more information about the initial police response": a
#   speech act with a topic, annotated as seed a9/a10's "declined to provide an update on whether"
#   (cue with its fixed object, content after the linking preposition).
# - "Chief Constable John Campbell’s statement in full" is an unquoted cross-head, a label, and its
#   possessive name is not a mention. The statement that follows has no reporting clause of its
#   own: it continues Campbell with a null cue, from the last mention that names him ("CC
#   Campbell"). It runs over four paragraphs, each reopened and none closed (FORMAT.md, Unit), and
#   the cut leaves it open, so its content runs to the end of the text.
# - "I would like to … ask the public and media to refrain from speculation" and "It is also
#   important to note that …" are the speaker's own acts in his own report, not split off.
doc("wokinghampaper-forbury-gardens-chief-constable-campbell",
    url="https://www.wokinghampaper.co.uk/lives-have-been-devastated-chief-constable-gives-update-on-forbury-gardens-terrorist-attack/",
    outlet="Wokingham Today", country="UK", topic="courts-crime", cut=True, published="2020-06-21",
    text=(T := "“Lives have been been devastated” said Thames Valley Police’s Chief Constable about the terrorist attack that took place in Reading’s town centre last night.\n"
          "Earlier this afternoon, John Campbell addressed the media, including Wokingham.Today, outside the Abbey Gate, close to the entrance to Forbury Gardens.\n"
          "He said that it was not possible to give any further details about the man who was arrested or what had happened as “this is a live Counter Terrorism investigation”.\n"
          "He added: “It is really important that we do not compromise the investigation in the interest of seeking justice for the victims.”\n"
          "However, CC Campbell was able to give some more information about the initial police response.\n"
          "Chief Constable John Campbell’s statement in full\n"
          "“I am not in a position to talk about the man who has been arrested or give any further details about this case as this is a live Counter Terrorism investigation. It is really important that we do not compromise the investigation in the interest of seeking justice for the victims.\n"
          "“I would like to take this opportunity to ask the public and media to refrain from speculation. If you saw what happened or have a video of this incident please get in touch with police, rather than by sharing this on social media. You can do this by searching for UKpoliceimageappeal.co.uk or by calling 101.\n"
          "“It is also important to note that the process of contacting next of kin is ongoing. Please keep this in mind when commenting or re-sharing anything with regards to this incident, it is incredibly distressing for all those involved.\n"
          "“Overnight as the investigation continued I am aware that the community of Reading has been impacted to allow these enquiries to take place. I’d like to thank residents affected."),
    entities=[("campbell", "John Campbell", "PERSON",
               ["Campbell", "CC Campbell", "Chief Constable John Campbell", "Thames Valley Police’s Chief Constable"],
               "Chief Constable of Thames Valley Police")],
    mentions=[("m1", "Thames Valley Police’s Chief Constable", "campbell"),
              ("m2", ("John Campbell", "John Campbell addressed"), "campbell"),
              ("m3", ("He", "He said that"), "campbell"),
              ("m4", ("He", "He added"), "campbell"),
              ("m5", "CC Campbell", "campbell")],
    attributions=[("a1", "DIRECT", "m1", ("said", "devastated” said"), "Lives have been been devastated", None),
                  ("a2", "MIXED", "m3", ("said", "He said that"),
                   seg(T, "it was not possible to give", "live Counter Terrorism investigation”"), None),
                  ("a3", "DIRECT", "m4", "added",
                   ("It is really important that we do not compromise the investigation in the interest of seeking justice for the victims.", "He added"), None),
                  ("a4", "INDIRECT", "m5", "give some more information", "the initial police response", None),
                  ("a5", "DIRECT", "m5", None,
                   seg(T, "I am not in a position", "thank residents affected."), None)])

# ---------------------------------------------------------------------------------------
# FOX19 (WXIX, Cincinnati). The stored page is the whole story; its copyright line is removed. The
# page gives no date. Notes:
# - "he says that's a problem" and "Robertson says that stress comes directly from town hall": both
#   "that"s are demonstratives ("that stress" is the stress just named), kept (keep_that).
# - The first quotation closes after a space ("council, \" said Robertson"); gold.py takes DIRECT
#   only when the content touches both marks and a content has no outer space, so it is typed
#   INDIRECT, as the corpus did for another closing mark after a space (README, train_ae–ah).
# - "I think their doctors advised them with their health conditions they didn't need the stress":
#   speech of others inside a quote, nested with its own source ("their doctors"); the addressee
#   "them" and the adjunct "with their health conditions" are left out.
# - "Debbie Lane has a low opinion of the city administration" is a state, not a claim.
# - "No timetable has been given on when the empty council seats will be filled": an agentless
#   omission with an open question, as seed a9/a10 ("did not say when the road will reopen"):
#   cue "given", content the when-clause, null source.
doc("fox19-elmwood-place-council-members-resign",
    url="http://www.fox19.com/story/22451143/four-elmwood-place-council-members-resign/",
    outlet="FOX19", country="US", topic="local", cut=False,
    text=(T := "Four Elmwood Place Council members resign\n"
          "ELMWOOD PLACE, OH (FOX19) - Four members of the Elmwood Place village council have resigned, but the reasons vary depending on who you ask.\n"
          "With only two members remaining on the Elmwood Place village council, no legislation can be passed because four members are needed to make a quorum.  In the meantime council business has come to a standstill.\n"
          "Gerald Robertson is one of two remaining council members and he says that's a problem.\n"
          "\"Which puts us in a real dilemma because we have some critical issues that need to get passed in the next couple of days and we no longer have a council, \" said Robertson.\n"
          "Robertson says those who quit have good reasons. \"I think it's a matter of frustration. Several of them have good valid health reasons for doing it. I think their doctors advised them with their health conditions they didn't need the stress.\"\n"
          "Councilmen Fred Mathews and Luther Woodrum say health issues prompted them to resign while Ryan Jenkins says she's going back to school. FOX19 was unable to reach Councilman Roger Brown for comment.\n"
          "Robertson says that stress comes directly from town hall. \"The speed cameras put a lot of pressure on all of us and the other is, I think, just frustration and realization that the mayor's not up to doing the job.\"\n"
          "\"I think they resigned over the traffic cameras. I think the traffic cameras are a money grab,\" said resident Caleb Wess.\n"
          "Village resident Debbie Lane has a low opinion of the city administration and says she's happy to see the council members go.\n"
          "\"I really believe they need a new mayor. I think they need a new chief of police. I don't think he does his job,\" said Lane.\n"
          "No timetable has been given on when the empty council seats will be filled, but the longer they remain vacant the more council business is likely to pile up."),
    entities=[("robertson", "Gerald Robertson", "PERSON", ["Robertson"], "one of two remaining Elmwood Place council members"),
              ("doctors", "their doctors", "GROUP", [], "the doctors of the resigning council members"),
              ("mathewswoodrum", "Councilmen Fred Mathews and Luther Woodrum", "GROUP",
               ["Fred Mathews and Luther Woodrum"], "two resigning council members"),
              ("jenkins", "Ryan Jenkins", "PERSON", ["Jenkins"], "resigning council member"),
              ("wess", "Caleb Wess", "PERSON", ["Wess", "resident Caleb Wess"], "Elmwood Place resident"),
              ("lane", "Debbie Lane", "PERSON", ["Lane", "Village resident Debbie Lane"], "Elmwood Place resident")],
    mentions=[("m1", "Gerald Robertson", "robertson"),
              ("m2", ("he", "he says that's"), "robertson"),
              ("m3", ("Robertson", "said Robertson"), "robertson"),
              ("m4", ("Robertson", "Robertson says those"), "robertson"),
              ("m5", "their doctors", "doctors"),
              ("m6", "Councilmen Fred Mathews and Luther Woodrum", "mathewswoodrum"),
              ("m7", "Ryan Jenkins", "jenkins"),
              ("m8", ("Robertson", "Robertson says that stress"), "robertson"),
              ("m9", "resident Caleb Wess", "wess"),
              ("m10", "Village resident Debbie Lane", "lane"),
              ("m11", ("Lane", "said Lane"), "lane")],
    attributions=[("a1", "INDIRECT", "m2", ("says", "he says that's"), "that's a problem", None),
                  ("a2", "INDIRECT", "m3", ("said", "said Robertson"),
                   seg(T, "Which puts us in a real dilemma", "no longer have a council,"), None),
                  ("a3", "INDIRECT", "m4", ("says", "Robertson says those"), "those who quit have good reasons", None),
                  ("a4", "DIRECT", "m4", None, seg(T, "I think it's a matter of frustration", "didn't need the stress."), None),
                  ("a5", "INDIRECT", "m5", "advised", "they didn't need the stress", "a4"),
                  ("a6", "INDIRECT", "m6", ("say", "Woodrum say"), "health issues prompted them to resign", None),
                  ("a7", "INDIRECT", "m7", ("says", "Jenkins says"), "she's going back to school", None),
                  ("a8", "INDIRECT", "m8", ("says", "Robertson says that stress"), "that stress comes directly from town hall", None),
                  ("a9", "DIRECT", "m8", None, seg(T, "The speed cameras put a lot", "up to doing the job."), None),
                  ("a10", "DIRECT", "m9", ("said", "said resident"),
                   "I think they resigned over the traffic cameras. I think the traffic cameras are a money grab,", None),
                  ("a11", "INDIRECT", "m10", ("says", "says she's happy"), "she's happy to see the council members go", None),
                  ("a12", "DIRECT", "m11", ("said", "said Lane"), seg(T, "I really believe they need", "does his job,"), None),
                  ("a13", "INDIRECT", None, "given", "when the empty council seats will be filled", None)],
    keep_that=("a1", "a8"))

# ---------------------------------------------------------------------------------------
# The Hill (US), on Canada's pipeline approvals. The stored copy breaks off inside the Line 3 quote
# ("does not cross "); the text is cut before that paragraph. An embed code "{mosads}" that the page
# runs into the start of a paragraph is removed. The page gives no date. Notes:
# - Headline "Greens slam Trudeau for …" and "criticized Trudeau for …": content "X for Y", as the
#   corpus annotates "slammed the government for refusing …"; "oppose"/"opposed" take their
#   noun-phrase content, as the corpus annotates "opposed the narrowed role for states".
# - "Greens", "Environmentalists", "environmentalists in both the United States and Canada" and
#   "Activists" describe one collective in one story (FORMAT.md, Coreference); a plain group is its
#   head noun, so the PP "in both the United States and Canada" is left out of the source.
# - "”The decision …,” Trudeau said on Tuesday, CBC News reported.": CBC News is the source of the
#   outer claim (as `the Courier reported, citing Nordpress`), which holds the quotation and
#   Trudeau's clause (MIXED); Trudeau's quotation is nested in it. The quotation opens with a
#   closing-style mark (”), taken as printed. The next quotation continues Trudeau (null cue), outside
#   CBC's clause.
# - "Jane Kleeb, the president of Bold Alliance and a leading anti-pipeline activists in the United
#   States": a long descriptive apposition, left out of the source.
# - "approved …", "denied another proposal" are actions.
doc("thehill-greens-slam-trudeau-pipeline-approvals",
    url="https://digital-release.thehill.com/policy/energy-environment/308053-greens-slam-trudeau-for-canadian-pipeline-approvals",
    outlet="The Hill", country="US", topic="environment", cut=True,
    text=(T := "Greens slam Trudeau for Canadian pipeline approvals\n"
          "Environmentalists are slamming Canadian Prime Minister Justin Trudeau for his government’s approval of two controversial pipeline projects.\n"
          "The government on Tuesday approved two pipeline proposals from Kinder Morgan and Enbridge, Inc. designed to transport oil from Alberta’s tar sands to export terminals on the Pacific Coast and in the United States. Trudeau denied another proposal from Enbridge on environmental grounds.\n"
          "”The decision we took today is the one that is in the best interests of Canada,” Trudeau said on Tuesday, CBC News reported. “It is a major win for Canadian workers, for Canadian families and the Canadian economy, now and into the future.”\n"
          "But environmentalists in both the United States and Canada oppose the projects, especially Kinder Morgan’s $6.8 billion project to transport up to 890,000 barrels of oil per day.\n"
          "“Prime Minister Justin Trudeau has decided to value short-term profits over the long-term health of the Pacific Northwest’s people, climate and orcas,” Marcie Keever, Friends of the Earth’s oceans and vessels program director, said in a statement.\n"
          "Jane Kleeb, the president of Bold Alliance and a leading anti-pipeline activists in the United States, criticized Trudeau for approving the pipelines despite his commitments to addressing climate change.\n"
          "“Trudeau should be ashamed today using middle class workers as cover to wreak havoc on our water, climate and property rights,” she said.\n"
          "Activists also opposed the approval of Enbridge’s Line 3 pipeline, which would carry oil from Alberta to northern Minnesota and Wisconsin. Regulators in Minnesota approved an environmental review process for the $2.6 pipeline in October."),
    entities=[("greens", "Environmentalists", "GROUP", ["Greens", "environmentalists", "Activists"],
               "environmentalists opposed to the pipelines"),
              ("trudeau", "Justin Trudeau", "PERSON",
               ["Trudeau", "Canadian Prime Minister Justin Trudeau", "Prime Minister Justin Trudeau"], "Prime Minister of Canada"),
              ("cbc", "CBC News", "ORGANIZATION", ["CBC"], "Canadian public broadcaster"),
              ("keever", "Marcie Keever", "PERSON",
               ["Keever", "Marcie Keever, Friends of the Earth’s oceans and vessels program director"],
               "oceans and vessels program director, Friends of the Earth"),
              ("kleeb", "Jane Kleeb", "PERSON", ["Kleeb"], "president of Bold Alliance")],
    mentions=[("m1", "Greens", "greens"),
              ("m2", ("Trudeau", "slam Trudeau"), "trudeau"),
              ("m3", "Environmentalists", "greens"),
              ("m4", "Canadian Prime Minister Justin Trudeau", "trudeau"),
              ("m5", ("Trudeau", "Trudeau denied"), "trudeau"),
              ("m6", ("Trudeau", "Trudeau said on Tuesday"), "trudeau"),
              ("m7", "CBC News", "cbc"),
              ("m8", ("environmentalists", "But environmentalists"), "greens"),
              ("m9", ("Prime Minister Justin Trudeau", "“Prime Minister Justin"), "trudeau"),
              ("m10", "Marcie Keever, Friends of the Earth’s oceans and vessels program director", "keever"),
              ("m11", "Jane Kleeb", "kleeb"),
              ("m12", ("Trudeau", "criticized Trudeau"), "trudeau"),
              ("m13", ("Trudeau", "“Trudeau should"), "trudeau"),
              ("m14", ("she", "she said"), "kleeb"),
              ("m15", "Activists", "greens")],
    attributions=[("a1", "INDIRECT", "m1", ("slam", "Greens slam"), "Trudeau for Canadian pipeline approvals", None),
                  ("a2", "INDIRECT", "m3", "slamming",
                   "Canadian Prime Minister Justin Trudeau for his government’s approval of two controversial pipeline projects", None),
                  ("a3", "MIXED", "m7", "reported",
                   seg(T, "”The decision we took today", "Trudeau said on Tuesday"), None),
                  ("a4", "DIRECT", "m6", ("said", "Trudeau said on Tuesday"),
                   "The decision we took today is the one that is in the best interests of Canada,", "a3"),
                  ("a5", "DIRECT", "m6", None,
                   "It is a major win for Canadian workers, for Canadian families and the Canadian economy, now and into the future.", None),
                  ("a6", "INDIRECT", "m8", ("oppose", "Canada oppose"),
                   seg(T, "the projects, especially Kinder Morgan", "barrels of oil per day"), None),
                  ("a7", "DIRECT", "m10", ("said", "director, said"),
                   seg(T, "Prime Minister Justin Trudeau has decided", "climate and orcas,"), None),
                  ("a8", "INDIRECT", "m11", "criticized",
                   "Trudeau for approving the pipelines despite his commitments to addressing climate change", None),
                  ("a9", "DIRECT", "m14", ("said", "she said"),
                   seg(T, "Trudeau should be ashamed", "and property rights,"), None),
                  ("a10", "INDIRECT", "m15", "opposed",
                   seg(T, "the approval of Enbridge’s Line 3", "northern Minnesota and Wisconsin"), None)])

# ---------------------------------------------------------------------------------------
# NBC Bay Area (US), an AP story. The byline ("Kevin Freking") is removed; the standfirst under the
# headline is kept as a paragraph. The stored copy breaks off inside the last paragraph ("Smith will
# be testifying Tuesda"); the text is cut before it. The page gives no date. Notes:
# - Headline "… Apologizes for Data Breach": a speech act with a noun-phrase content; the linking
#   preposition "for" is left out (`complained about noise` → `noise`).
# - The headline, the standfirst's "Former Equifax chairman" and "The former chairman and CEO of
#   Equifax" are role descriptions of Richard F. Smith, named in the next paragraph (FORMAT.md,
#   Coreference: a role description resolves to the person the text identifies).
# - "In addition, the credit card information … was also stolen …" has no cue: not a claim.
# - "Smith also said he was disappointed in …": a speaker's state in his own report is the content,
#   not split off.
doc("nbcbayarea-equifax-smith-apologizes-data-breach",
    url="http://www.nbcbayarea.com/news/business/Former-Equifax-Chairman-Apologizes-Data-Breach--449064423.html",
    outlet="NBC Bay Area", country="US", topic="technology", cut=True,
    text=(T := "Former Equifax Chairman Apologizes for Data Breach\n"
          "Former Equifax chairman said the breach occurred \"because of both human error and technology failures\"\n"
          "The former chairman and CEO of Equifax says the company was entrusted with personal information of 140 million Americans and \"we let them down\" as human error and technology failures allowed a massive data breach.\n"
          "In prepared congressional testimony, Richard F. Smith said the millions are not just numbers in a database, but friends, family, neighbors and members of his church. The Associated Press obtained a copy of his eight-page statement in advance of Tuesday's hearing before a House panel.\n"
          "\"To each and every person affected by this breach, I am deeply sorry that this occurred. Whether your personal identifying information was compromised, or you have had to deal with the uncertainty of determining whether or not your personal data may have been compromised, I sincerely apologize,\" Smith said. \"The company failed to prevent sensitive information from falling into the hands of wrongdoers.\"\n"
          "Smith, who resigned after overseeing the company for a dozen years, says Equifax was hacked by a yet-unknown entity. He said the information hacked by criminals in a major cyber-attack included names, Social Security numbers, birth dates and addresses. In addition, the credit card information for about 209,000 consumers was also stolen as well as certain documents with personally identifying information for approximately 182,000 consumers.\n"
          "Smith also said he was disappointed in the rollout of call centers and a website designed to help the people affected by the breach. He said the company has increased its number of customer service representatives and the website has been improved.\n"
          "\"Still, the rollout of these resources should have been far better, and I regret that the response exacerbated rather than alleviated matters for so many,\" Smith said in the prepared testimony."),
    entities=[("smith", "Richard F. Smith", "PERSON",
               ["Smith", "Former Equifax Chairman", "The former chairman and CEO of Equifax"],
               "former chairman and CEO of Equifax")],
    mentions=[("m1", "Former Equifax Chairman", "smith"),
              ("m2", "Former Equifax chairman", "smith"),
              ("m3", "The former chairman and CEO of Equifax", "smith"),
              ("m4", "Richard F. Smith", "smith"),
              ("m5", ("Smith", "Smith said. \"The"), "smith"),
              ("m6", ("Smith", "Smith, who resigned"), "smith"),
              ("m7", ("He", "He said the information"), "smith"),
              ("m8", ("Smith", "Smith also said"), "smith"),
              ("m9", ("He", "He said the company"), "smith"),
              ("m10", ("Smith", "Smith said in the prepared"), "smith")],
    attributions=[("a1", "INDIRECT", "m1", "Apologizes", "Data Breach", None),
                  ("a2", "MIXED", "m2", ("said", "chairman said"),
                   "the breach occurred \"because of both human error and technology failures\"", None),
                  ("a3", "MIXED", "m3", ("says", "Equifax says"),
                   seg(T, "the company was entrusted", "allowed a massive data breach"), None),
                  ("a4", "INDIRECT", "m4", ("said", "Smith said the millions"),
                   seg(T, "the millions are not just numbers", "members of his church"), None),
                  ("a5", "DIRECT", "m5", ("said", "Smith said. \"The"),
                   seg(T, "To each and every person", "I sincerely apologize,"), None),
                  ("a6", "DIRECT", "m5", None,
                   "The company failed to prevent sensitive information from falling into the hands of wrongdoers.", None),
                  ("a7", "INDIRECT", "m6", ("says", "years, says"), "Equifax was hacked by a yet-unknown entity", None),
                  ("a8", "INDIRECT", "m7", ("said", "He said the information"),
                   seg(T, "the information hacked by criminals", "birth dates and addresses"), None),
                  ("a9", "INDIRECT", "m8", ("said", "Smith also said"),
                   seg(T, "he was disappointed in the rollout", "affected by the breach"), None),
                  ("a10", "INDIRECT", "m9", ("said", "He said the company"),
                   seg(T, "the company has increased its number", "the website has been improved"), None),
                  ("a11", "DIRECT", "m10", ("said", "Smith said in the prepared"),
                   seg(T, "Still, the rollout of these resources", "matters for so many,"), None)])

# ---------------------------------------------------------------------------------------
# Toronto Sun (Canada). The stored page has no headline (its address reads "stroman snaps after blue
# jays lose to red sox"), so the text starts with its lead and dateline; the date is the page's.
# The page breaks off inside the paragraph after Smoak's quote ("placed on 10 "); the text is cut
# before it. Notes:
# - "a reporter asked him a question unrelated to …" and "when asked about their sloppy play" are
#   questions put to the speaker, not annotated (FORMAT.md, Excluded); "declined to answer the
#   question" and "yelling at the reporter" report no content.
# - "calling it “irrelevant”" and "pointing out that …" are claims of Stroman (participle cues, as
#   `X said A, warning that B`); the second's source is "he", the subject of its clause.
# - "Stroman defended his teammates": `defended the design` → `the design`.
# - "like I said" inside Stroman's quote is his own report of himself, not split off.
# - "DROPPING LIKE FLIES" is an unquoted cross-head, a label.
doc("torontosun-stroman-snaps-blue-jays-red-sox",
    url="https://torontosun.com/sports/baseball/toronto-blue-jays/stroman-snaps-after-blue-jays-lose-to-red-sox",
    outlet="Toronto Sun", country="Canada", topic="sport", cut=True, published="2018-07-15",
    text=(T := "BOSTON — Blue Jays starting pitcher Marcus Stroman was calm and cool following his club’s 5-2 loss to the Red Sox on Sunday afternoon, until a reporter asked him a question unrelated to his or his team’s performance in the game.\n"
          "Stroman declined to answer the question calling it “irrelevant” before walking away. After a few seconds, he turned around and began yelling at the reporter, pointing out that the Jays had just lost to the Boston Red Sox and that his team is “f—— terrible.” The question had to do with his breaking into pro ball with the short season class-A Vancouver Canadians in 2012.\n"
          "The volatile right-hander recently returned from the DL (right shoulder fatigue) and has pitched with mixed results. In the Blue Jays’ 5-2 loss to the Red Sox on Sunday, Stroman pitched five innings, giving up four runs (three earned), striking out four and walking one. He gave up a home run to Xander Bogaerts in the first inning.\n"
          "Stroman has gone off on reporters before, and has blocked a number of them on social media.\n"
          "Interestingly, just prior to his tantrum, Stroman defended his teammates when asked about their sloppy play behind him.\n"
          "“My team picks me up a ton,” he said. “They pick me up all year. I should be able to pitch better in times like that when my team doesn’t have my back. Because they’ve had my back a ton of times. So, love my guys on my team and like I said, I would go to war with them any day.”\n"
          "DROPPING LIKE FLIES\n"
          "Jays first baseman Justin Smoak looked at the lineup sheet prior to the game Sunday and said to no one in particular: “There won’t be any pinch-running today!”"),
    entities=[("stroman", "Marcus Stroman", "PERSON",
               ["Stroman", "Blue Jays starting pitcher Marcus Stroman", "The volatile right-hander"],
               "Toronto Blue Jays starting pitcher"),
              ("smoak", "Justin Smoak", "PERSON", ["Smoak", "Jays first baseman Justin Smoak"], "Toronto Blue Jays first baseman")],
    mentions=[("m1", "Blue Jays starting pitcher Marcus Stroman", "stroman"),
              ("m2", ("Stroman", "Stroman declined"), "stroman"),
              ("m3", ("he", "he turned around"), "stroman"),
              ("m4", "The volatile right-hander", "stroman"),
              ("m5", ("Stroman", "Stroman pitched"), "stroman"),
              ("m6", ("Stroman", "Stroman has gone"), "stroman"),
              ("m7", ("Stroman", "Stroman defended"), "stroman"),
              ("m8", ("he", "he said. “They"), "stroman"),
              ("m9", "Jays first baseman Justin Smoak", "smoak")],
    attributions=[("a1", "MIXED", "m2", "calling", "it “irrelevant”", None),
                  ("a2", "MIXED", "m3", "pointing out",
                   seg(T, "the Jays had just lost", "“f—— terrible.”"), None),
                  ("a3", "INDIRECT", "m7", "defended", "his teammates", None),
                  ("a4", "DIRECT", "m8", ("said", "he said. “They"), "My team picks me up a ton,", None),
                  ("a5", "DIRECT", "m8", None, seg(T, "They pick me up all year", "war with them any day."), None),
                  ("a6", "DIRECT", "m9", ("said", "said to no one"), "There won’t be any pinch-running today!", None)])

# ---------------------------------------------------------------------------------------
# The BMJ (UK), a news item from Utrecht. The journal's citation lines, byline and dateline are
# removed. The stored copy breaks off after "Dr "; the text is cut before it. The stored text is
# kept as printed, with its lost characters ("96%take up", "estimated at 88" with no "%" or full
# stop, an unclosed "(Eurosurveillance Weekly, 30 September,"). Notes:
# - "is urging parents to ensure …": `urged X to Y` keeps the addressee, as `called on X to Y`;
#   "as the latest figures indicate …" is an adjunct of the reporting event and an evidential, left
#   out and not annotated.
# - "The UK figure … is estimated at 88" and "The Netherlands is regarded as unique …": agentless
#   estimates and beliefs with a finite verb, null source; the raised subject and the linking
#   preposition are left out, as the corpus annotates "considered | a high-risk group". The
#   participle "estimated at 300000" has no finite verb and is left out (FORMAT.md, Excluded).
# - "concerns about claims of side effects from the vaccine": a noun cue with no claimant inside
#   the ministry's claim, nested with a null source.
# - "five cases were reported to …", "304 cases had been reported" and "New cases have now been
#   reported from …" report counts of cases, not claims (the corpus leaves passive "cases were
#   reported" out); "It emerged that …" is an agentless claim, as the corpus annotates "emerged".
doc("bmj-netherlands-measles-epidemic",
    url="https://www.bmj.com/content/320/7227/76.1?ijkey=b5bf581b2f745d05cdb6bfec201230f2288f091e&keytype2=tf_ipsecsha",
    outlet="The BMJ", country="UK", topic="health-science", cut=True, published="2000-01-08",
    text=(T := "Netherlands faces measles epidemic\n"
          "The Dutch health ministry is urging parents to ensure their children are vaccinated against measles as the latest figures indicate an epidemic spreading across the country that has not yet peaked.\n"
          "The national bureau for the coordination of communicable disease control has reported 1750 cases since April, compared with just nine for 1998. Forty children have been admitted to hospital with serious complications, including encephalitis, pneumonia, and ear and eye infections; three children have died.\n"
          "The epidemic has broken out despite a 96%take up of the national measles, mumps and rubella (MMR) vaccine for babies over 14 months. The UK figure for take up of the MMR vaccine is estimated at 88\n"
          "The Dutch health ministry said that in 99%of measles cases, children were not vaccinated owing to religious objections, concerns about claims of side effects from the vaccine, forgetting, or not regarding it as important.\n"
          "The Netherlands is regarded as unique in having a large population group, estimated at 300000, belonging to a strict orthodox Protestant faith that has objections to immunisation.\n"
          "In the so called Bible Belt, extending from the north east to south west of the country, where measles vaccination can be as low as 60%there have been previous measles epidemics, the last in 1988.\n"
          "In June this year five cases were reported to the communicable disease bureau, all from the same primary school, where only 7%of children were vaccinated. It emerged that 80 pupils were at home sick with measles.\n"
          "By September, 304 cases had been reported, 301 of whom had not been vaccinated, 268 for religious reasons (Eurosurveillance Weekly, 30 September, New cases have now been reported from The Hague and Dordrecht in the provinces of South Holland and Zeeland."),
    entities=[("ministry", "The Dutch health ministry", "ORGANIZATION", ["Dutch health ministry"], "health ministry of the Netherlands"),
              ("bureau", "The national bureau for the coordination of communicable disease control", "ORGANIZATION",
               ["the communicable disease bureau"], "Dutch communicable disease control bureau")],
    mentions=[("m1", ("The Dutch health ministry", "The Dutch health ministry is urging"), "ministry"),
              ("m2", "The national bureau for the coordination of communicable disease control", "bureau"),
              ("m3", ("The Dutch health ministry", "The Dutch health ministry said"), "ministry"),
              ("m4", "the communicable disease bureau", "bureau")],
    attributions=[("a1", "INDIRECT", "m1", "urging",
                   "parents to ensure their children are vaccinated against measles", None),
                  ("a2", "INDIRECT", "m2", ("reported", "reported 1750"), "1750 cases since April, compared with just nine for 1998", None),
                  ("a3", "INDIRECT", None, ("estimated", "estimated at 88"), ("88", "estimated at 88"), None),
                  ("a4", "INDIRECT", "m3", ("said", "ministry said"),
                   seg(T, "in 99%of measles cases", "not regarding it as important"), None),
                  ("a5", "INDIRECT", None, "claims", "side effects from the vaccine", "a4"),
                  ("a6", "INDIRECT", None, "regarded",
                   seg(T, "unique in having a large population", "objections to immunisation"), None),
                  ("a7", "INDIRECT", None, "emerged", "80 pupils were at home sick with measles", None)])

write("train_bi.jsonl")
