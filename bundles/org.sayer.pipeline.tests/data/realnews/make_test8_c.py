#!/usr/bin/env python3
"""Writes test8_c.jsonl: real-news gold, split test8-c (see gold.py). Run: python3 make_test8_c.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
# Image captions ("... Credit: Pixabay", "Evidence suggests ... Credit: PA Wire/PA Images") are
# removed; the stored copy breaks off inside "Its report on Monday reads: ...", so the text is
# cut at the paragraph before it.
# A quoted label such as "in danger" inside reported speech makes the content MIXED: FORMAT.md
# types by the marks ("MIXED when quoted and unquoted text are combined").
# "to express the government's "strong disappointment" and "even bewilderment."" is the purpose of
# the call and names an attitude with no propositional content (like `was unhappy with`), so it is
# not split off Ley's claim; "previous assurances by UN officials" is a noun cue with no content.
# '"in danger" status has been recommended to sites after effects ...' is a past listing practice
# (an action with a raised subject, no content), not annotated.
doc("itv-unesco-great-barrier-reef-in-danger",
    url="https://www.itv.com/news/2021-06-22/great-barrier-reef-in-australia-hit-by-mass-coral-bleaching-should-be-listed-as-in-danger-unesco-report",
    outlet="ITV News", country="UK", topic="environment", cut=True, published="2021-06-22",
    text=(T := "Great Barrier Reef in Australia hit by mass coral bleaching should be listed as ‘in danger’ - Unesco report\n"
          "The Great Barrier Reef should be listed as being \"in danger\" and Australia should take \"accelerated action at all possible levels\" to tackle climate change, UN officials have said.\n"
          "Global warming has driven ocean temperatures up, leading to three mass bleaching events on the reef since 2015.\n"
          "A report by the United Nations Educational, Scientific and Cultural Organisation (Unesco) stated \"there is no possible doubt\" the world’s biggest coral reef system off Australia's northeast coast was \"facing ascertained danger.\"\n"
          "It is recommending that the 2,300km reef be put in the list of \"in danger\" sites at the world heritage committee meeting next month. It also says Australia's 2050 reef plan should be revised to take urgent action on the threat of climate change.\n"
          "The Australian government is resisting the recommendation. Environment minister Sussan Ley said she and foreign minister Marise Payne had called the Unesco director-general to express the government's \"strong disappointment\" and \"even bewilderment.\"\n"
          "She said the government was “stunned” by a “backflip on previous assurances” by UN officials.\n"
          "She said the world heritage committee was “not the forum” to “make a point” about climate change. In the past, \"in danger\" status has been recommended to sites after effects from armed conflict and war, pollution, poaching and uncontrolled urbanisation.\n"
          "This is the second time the reef has faced being put on the \"in danger\" list, with the last time being 2015.\n"
          "Unesco said key targets on improving water quality had not been met by Australia."),
    entities=[("unesco", "Unesco", "ORGANIZATION",
               ["Unesco report", "United Nations Educational, Scientific and Cultural Organisation",
                "A report by the United Nations Educational, Scientific and Cultural Organisation (Unesco)"],
               "United Nations Educational, Scientific and Cultural Organisation"),
              ("unofficials", "UN officials", "GROUP", [], "officials of the United Nations"),
              ("ley", "Sussan Ley", "PERSON", ["Ley", "Environment minister Sussan Ley"], "Australian Environment Minister")],
    mentions=[("m1", ("Unesco report", "- Unesco report"), "unesco"),
              ("m2", ("UN officials", "UN officials have said"), "unofficials"),
              ("m3", "A report by the United Nations Educational, Scientific and Cultural Organisation (Unesco)", "unesco"),
              ("m4", ("It", "It is recommending"), "unesco"),
              ("m5", ("It", "It also says"), "unesco"),
              ("m6", "Environment minister Sussan Ley", "ley"),
              ("m7", ("She", "She said the government"), "ley"),
              ("m8", ("UN officials", "by UN officials"), "unofficials"),
              ("m9", ("She", "She said the world"), "ley"),
              ("m10", ("Unesco", "Unesco said key"), "unesco")],
    attributions=[("a1", "MIXED", "m1", None,
                   "Great Barrier Reef in Australia hit by mass coral bleaching should be listed as ‘in danger’", None),
                  ("a2", "MIXED", "m2", ("said", "have said"),
                   seg(T, "The Great Barrier Reef should be listed", "to tackle climate change"), None),
                  ("a3", "MIXED", "m3", "stated", seg(T, "\"there is no possible doubt\"", "ascertained danger.\""), None),
                  ("a4", "MIXED", "m4", "recommending",
                   seg(T, "the 2,300km reef be put", "committee meeting next month"), None),
                  ("a5", "INDIRECT", "m5", ("says", "It also says"),
                   "Australia's 2050 reef plan should be revised to take urgent action on the threat of climate change", None),
                  ("a6", "MIXED", "m6", ("said", "Ley said"),
                   seg(T, "she and foreign minister Marise Payne", "\"even bewilderment.\""), None),
                  ("a7", "MIXED", "m7", ("said", "She said the government"),
                   "the government was “stunned” by a “backflip on previous assurances” by UN officials", None),
                  ("a8", "MIXED", "m9", ("said", "She said the world"),
                   "the world heritage committee was “not the forum” to “make a point” about climate change", None),
                  ("a9", "INDIRECT", "m10", ("said", "Unesco said key"),
                   "key targets on improving water quality had not been met by Australia", None)])

# ---------------------------------------------------------------------------------------
# The stored page prints a standfirst that repeats the lead, then a deck line and a photo caption
# (removed); both copies of the lead are kept (FORMAT.md, Text parts). The copy breaks off after
# '"Yo', so the text is cut at the paragraph before it.
# "CBC News has learned" is the outlet's own finding; as in the BelTA gold ("BelTA has learned",
# train_s) it is not annotated as a claim. The deck "Provinces seek flexibility, but federal
# government is intent on action" has no speech cue. "some provincial premiers who see the move as
# another blow ..." is a belief with a named subject, like `described X as Y` (content "X as Y").
# "that's been backed up in public and private statements by officials from other provinces" has
# no content but the pronoun "that", so it is not annotated.
doc("cbc-ottawa-carbon-price-premiers-impasse",
    url="https://www.cbc.ca/news/politics/carbon-price-cap-and-trade-first-ministers-meeting-vancouver-1.3473524",
    outlet="CBC News", country="Canada", topic="environment", cut=True,
    text=(T := "Ottawa willing to impose carbon price if impasse drags on\n"
          "The federal government is prepared to impose a national price on carbon if Canada's premiers fail to come to an agreement on their own, CBC News has learned.\n"
          "Provinces seek flexibility, but federal government is intent on action\n"
          "The federal government is prepared to impose a national price on carbon if Canada's premiers fail to come to an agreement on their own, CBC News has learned.\n"
          "Putting a price tag on pollution would pit Prime Minister Justin Trudeau's government against some provincial premiers who see the move as another blow to an enfeebled economy.\n"
          "Trudeau is meeting with premiers and territorial leaders today in Vancouver.\n"
          "A senior official close to Prime Minister Justin Trudeau said the Liberal government campaigned on environmental change and won a majority.\n"
          "\"We feel that we've got a mandate to do it. And we want to do it in co-operation with the provinces,\" the official said. \"But at the end of the day we are going to do it.\"\n"
          "Federal action isn't imminent, but Ottawa won't allow carbon price talks to drag on indefinitely.\n"
          "\"This should be a conversation about how we are going to price carbon, not whether,\" said the source.\n"
          "Saskatchewan Premier Brad Wall has been the loudest critic of a carbon tax, saying it will only hammer an already sluggish energy sector.\n"
          "Wall told reporters on Wednesday that he wasn't alone in his position, and that's been backed up in public and private statements by officials from other provinces here in Vancouver."),
    entities=[("premiers", "provincial premiers", "GROUP", ["some provincial premiers"],
               "provincial premiers opposed to a carbon price"),
              ("official", "senior official close to Prime Minister Justin Trudeau", "PERSON",
               ["A senior official close to Prime Minister Justin Trudeau", "the official", "the source"],
               "unnamed senior federal official"),
              ("wall", "Brad Wall", "PERSON", ["Wall", "Saskatchewan Premier Brad Wall"], "Premier of Saskatchewan")],
    mentions=[("m1", "some provincial premiers", "premiers"),
              ("m2", "A senior official close to Prime Minister Justin Trudeau", "official"),
              ("m3", "the official", "official"),
              ("m4", "the source", "official"),
              ("m5", "Saskatchewan Premier Brad Wall", "wall"),
              ("m6", ("Wall", "Wall told"), "wall")],
    attributions=[("a1", "INDIRECT", "m1", ("see", "who see the move"), "the move as another blow to an enfeebled economy", None),
                  ("a2", "INDIRECT", "m2", ("said", "Trudeau said the Liberal"),
                   "the Liberal government campaigned on environmental change and won a majority", None),
                  ("a3", "DIRECT", "m3", ("said", "the official said"),
                   "We feel that we've got a mandate to do it. And we want to do it in co-operation with the provinces,", None),
                  ("a4", "DIRECT", "m3", None, "But at the end of the day we are going to do it.", None),
                  ("a5", "DIRECT", "m4", ("said", "said the source"),
                   "This should be a conversation about how we are going to price carbon, not whether,", None),
                  ("a6", "INDIRECT", "m5", "saying", "it will only hammer an already sluggish energy sector", None),
                  ("a7", "INDIRECT", "m6", "told", "he wasn't alone in his position", None)])

# ---------------------------------------------------------------------------------------
# The stored page has no headline (the text starts with its lead; the URL gives the story's date).
# Two embedded tweets are removed (Natalia Polubiec's post in Polish and the outlet's own post
# quoting Antoni Macierewicz); the copy breaks off inside 'PiS is "exploiting the memory of Poles,
# espec', so the text is cut at the paragraph before it.
# "quoted by the Polish Press Agency (PAP)": PAP is a medium (FORMAT.md, Media), not a source.
# "I sincerely appeal to the government: abandon ..." is Tusk's own speech act inside his quote and
# is not split off. "He outlined a "rescue package" of policies, including ..." has a noun-phrase
# content, like `announced the launch of X`. The source of a10 is the head "Leading figures"; the
# inserted "including PiS chairman Jarosław Kaczyński" names a member of the group, marked as a
# separate (subset) entity.
doc("notesfrompoland-tusk-government-implementing-putins-plan",
    url="https://notesfrompoland.com/2022/04/13/government-is-implementing-putins-plan-by-stoking-division-among-poles-says-tusk",
    outlet="Notes from Poland", country="Poland", topic="politics", cut=True, published="2022-04-13",
    text=(T := "Opposition leader Donald Tusk has accused the government of stirring up discord among Poles, warning that creating “political civil war” is especially dangerous at a time of “real war” occurring in Ukraine. Those who stoke such internal divisions within Poland and Europe are “implementing Putin’s plan”, he says.\n"
          "Speaking at a conference of the national council of Civic Platform (PO), the party he heads, Tusk pledged that the opposition could guide Poland out of its current difficult situation. He outlined a “rescue package” of policies, including 20% pay increases for public sector employees and the freezing of interest rates.\n"
          "“I sincerely appeal to the government: abandon these dangerous and idiotic ideas for setting Poles against each other,” said Tusk, quoted by the Polish Press Agency (PAP). “Don’t create a political civil war, because that is the worst response to the real war happening in Ukraine.”\n"
          "“Everyone who creates conflict, who wants to set us against each other, who wants to set Poland against the West, the rest of Europe, is actually implementing Putin’s plan,” he added.\n"
          "As an example, Tusk pointed to the ruling Law and Justice (PiS) party’s rhetoric of recent days around the anniversary of the Smolensk air disaster. Leading figures, including PiS chairman Jarosław Kaczyński, have claimed the crash was deliberately caused by Russia and then covered up with the help of the then PO-led government."),
    entities=[("tusk", "Donald Tusk", "PERSON", ["Tusk", "Opposition leader Donald Tusk"],
               "Polish opposition leader, head of Civic Platform"),
              ("figures", "Leading figures", "GROUP", [], "leading figures of the ruling Law and Justice (PiS) party"),
              ("kaczynski", "Jarosław Kaczyński", "PERSON", ["Kaczyński", "PiS chairman Jarosław Kaczyński"],
               "chairman of Law and Justice (PiS)")],
    mentions=[("m1", "Opposition leader Donald Tusk", "tusk"),
              ("m2", ("he", "he says"), "tusk"),
              ("m3", ("Tusk", "Tusk pledged"), "tusk"),
              ("m4", ("He", "He outlined"), "tusk"),
              ("m5", ("Tusk", "said Tusk"), "tusk"),
              ("m6", ("he", "he added"), "tusk"),
              ("m7", ("Tusk", "Tusk pointed"), "tusk"),
              ("m8", "Leading figures", "figures"),
              ("m9", "PiS chairman Jarosław Kaczyński", "kaczynski")],
    attributions=[("a1", "INDIRECT", "m1", "accused", "the government of stirring up discord among Poles", None),
                  ("a2", "MIXED", "m1", "warning",
                   "creating “political civil war” is especially dangerous at a time of “real war” occurring in Ukraine", None),
                  ("a3", "MIXED", "m2", ("says", "he says"),
                   "Those who stoke such internal divisions within Poland and Europe are “implementing Putin’s plan”", None),
                  ("a4", "INDIRECT", "m3", "pledged", "the opposition could guide Poland out of its current difficult situation", None),
                  ("a5", "MIXED", "m4", "outlined",
                   seg(T, "a “rescue package” of policies", "the freezing of interest rates"), None),
                  ("a6", "DIRECT", "m5", ("said", "said Tusk"),
                   seg(T, "I sincerely appeal to the government", "against each other,"), None),
                  ("a7", "DIRECT", "m5", None, seg(T, "Don’t create a political civil war", "happening in Ukraine."), None),
                  ("a8", "DIRECT", "m6", ("added", "he added"),
                   seg(T, "Everyone who creates conflict", "implementing Putin’s plan,"), None),
                  ("a9", "INDIRECT", "m7", "pointed to",
                   seg(T, "the ruling Law and Justice (PiS) party’s rhetoric", "the Smolensk air disaster"), None),
                  ("a10", "INDIRECT", "m8", "claimed",
                   seg(T, "the crash was deliberately caused", "the then PO-led government"), None)])

# ---------------------------------------------------------------------------------------
# The stored page has no headline and its lead lacks the airline's name ("Profits of Irish low-cost
# carrier plummeted ..."), as the stored copy gives it; the copy breaks off inside "Con...", so the
# text is cut at the paragraph before it. No date is given on the page.
# "it said on Monday" covers the clause before it only; "falling well short of analysts'
# estimates ..." is the reporter's. "The warning by Europe's largest airline ..." and "worries
# about a weaker-than-expected summer" have no content of their own (not annotated; the airline
# NP is a mention). "forecast in a company poll of analysts" and "as forecast in May" are
# participle forecasts (excluded). "were expected to be "materially lower"" inside O'Leary's
# claim is the company's own outlook within its own report and is not split off.
# "management" (the airline's managers) is a separate entity from the airline (a group's
# representatives).
doc("dailysabah-ryanair-quarterly-profit-fares-plunge",
    url="https://dailysabah.com/business/transportation/ryanair-quarterly-profits-dive-by-nearly-half-amid-weaker-fares",
    outlet="Daily Sabah", country="Turkey", topic="business", cut=True,
    text=(T := "Profits of Irish low-cost carrier plummeted by almost half in its April-June quarter from a year earlier, it said on Monday, falling well short of analysts' estimates as fares plunged 15% with management saying that ticket prices were continuing to deteriorate.\n"
          "The warning by Europe's largest airline by passenger numbers underscores worries about a weaker-than-expected summer for airlines as a prolonged post-COVID-19 travel boom wanes.\n"
          "Ryanair shares opened 12% lower while rivals Wizz and easyJet were down more than 6%. British Airways parent IAG and travel firm Tui were among the biggest fallers in Europe.\n"
          "\"Fares are now moving materially lower than the prior year and pricing ... continues to deteriorate,\" Chief Executive Michael O'Leary said in a video presentation.\n"
          "Efforts to boost fares in recent weeks failed as consumers resisted, he added.\n"
          "After-tax profit for the three months to the end of June, the first quarter of Ryanair's financial year, was 360 million euros ($392 million), down 46% on the same period last year and well below the 538 million euro profit forecast in a company poll of analysts.\n"
          "Average fares per passenger fell 15% from a year earlier as the airline was forced to engage in \"more price stimulation than we had previously expected,\" O'Leary said in a statement. He said fares in the current quarter were expected to be \"materially lower\" than last summer rather than \"flat to modestly up\" as forecast in May.\n"
          "\"We expect significant downside risk to consensus estimates,\" Liberum analyst Gerald Khoo said in a note. \"More aggressive pricing by the market leader is likely to result in adverse fallout for the other European airlines.\"\n"
          "Ryanair's shares were at 14.43 euros ($15.72) at 7:50 a.m. GMT, down almost one-third from an April 8 all-time high of 21.62 euros.\n"
          "Fares in the July-September quarter, when European airlines typically make most of their profit are \"softer, trending towards materially lower,\" Chief Financial Officer Neil Sorahan said."),
    entities=[("ryanair", "Ryanair", "ORGANIZATION",
               ["Irish low-cost carrier", "Europe's largest airline by passenger numbers", "the airline", "the market leader"],
               "Irish low-cost airline"),
              ("management", "management", "GROUP", [], "Ryanair's management"),
              ("oleary", "Michael O'Leary", "PERSON", ["O'Leary", "Chief Executive Michael O'Leary"], "Ryanair chief executive"),
              ("khoo", "Gerald Khoo", "PERSON", ["Khoo", "Liberum analyst Gerald Khoo"], "analyst at Liberum"),
              ("sorahan", "Neil Sorahan", "PERSON", ["Sorahan", "Chief Financial Officer Neil Sorahan"],
               "Ryanair chief financial officer")],
    mentions=[("m1", ("it", "it said on Monday"), "ryanair"),
              ("m2", ("management", "management saying"), "management"),
              ("m3", "Europe's largest airline by passenger numbers", "ryanair"),
              ("m4", "Chief Executive Michael O'Leary", "oleary"),
              ("m5", ("he", "he added"), "oleary"),
              ("m6", ("the airline", "the airline was forced"), "ryanair"),
              ("m7", ("O'Leary", "O'Leary said in a statement"), "oleary"),
              ("m8", ("He", "He said fares"), "oleary"),
              ("m9", "Liberum analyst Gerald Khoo", "khoo"),
              ("m10", "the market leader", "ryanair"),
              ("m11", "Chief Financial Officer Neil Sorahan", "sorahan")],
    attributions=[("a1", "INDIRECT", "m1", ("said", "it said on Monday"),
                   "Profits of Irish low-cost carrier plummeted by almost half in its April-June quarter from a year earlier", None),
                  ("a2", "INDIRECT", "m2", "saying", "ticket prices were continuing to deteriorate", None),
                  ("a3", "DIRECT", "m4", ("said", "O'Leary said in a video"),
                   "Fares are now moving materially lower than the prior year and pricing ... continues to deteriorate,", None),
                  ("a4", "INDIRECT", "m5", "added", "Efforts to boost fares in recent weeks failed as consumers resisted", None),
                  ("a5", "MIXED", "m7", ("said", "O'Leary said in a statement"),
                   seg(T, "Average fares per passenger fell 15%", "previously expected,\""), None),
                  ("a6", "MIXED", "m8", ("said", "He said fares"),
                   seg(T, "fares in the current quarter", "as forecast in May"), None),
                  ("a7", "DIRECT", "m9", ("said", "Khoo said"), "We expect significant downside risk to consensus estimates,", None),
                  ("a8", "DIRECT", "m9", None,
                   "More aggressive pricing by the market leader is likely to result in adverse fallout for the other European airlines.", None),
                  ("a9", "MIXED", "m11", ("said", "Sorahan said"),
                   seg(T, "Fares in the July-September quarter", "materially lower,\""), None)])

# ---------------------------------------------------------------------------------------
# The navigation line "CountryWatch: Italy" is removed; the copy breaks off inside "... previous
# No. 1 boss Salvat", so the text is cut at the paragraph before it.
# "allegedly" and "the reputed No. 1 boss" are hedges (not annotated). "investigators" and
# "officials" are kept as two entities: the text gives two different groups of speakers.
# "the things we heard them discuss" inside De Santis's quote has a noun-phrase object and no
# reported content, so no nested claim.
doc("foxnews-italy-anti-mafia-crackdown-45-arrested",
    url="http://www.foxnews.com/story/2006/06/20/italian-police-arrest-45-in-anti-mafia-crackdown.html",
    outlet="Fox News", country="US", topic="courts-crime", cut=True, published="2006-06-20",
    text=(T := "Italian Police Arrest 45 in Anti-Mafia Crackdown\n"
          "Italian police arrested 45 people Tuesday in an anti-Mafia crackdown in Sicily, including top mobsters who had allegedly been in contact with Bernardo Provenzano, the reputed No. 1 boss apprehended earlier this year.\n"
          "Investigators said the arrests in Palermo struck at the heart of the Sicilian Mafia, dealing it a serious blow two months after Provenzano was arrested. The investigation, which included almost two years of wiretapping in and around Palermo, gave a clear picture of the crime syndicate in the Sicilian capital, they said.\n"
          "\"We believe that this operation is of extraordinary importance, given the possibility to identify the structure of the Palermo criminal organization and the caliber of the people who have been caught,\" said Nino De Santis, a top police official in Palermo.\n"
          "He warned, however, that \"this doesn't mean the Palermo Mafia has been dismantled.\"\n"
          "The operation, code-named \"Gotha,\" involved some 500 policemen, who carried out the arrests in pre-dawn raids. Seven people remained at large and were being sought by police. The suspects have been charged with Mafia association and extortion, officials said.\n"
          "Some of the suspects had been in touch with Provenzano through his \"pizzini,\" or notes about the administration of Cosa Nostra affairs delivered by Provenzano's lieutenants, investigators said. The notes were written in code to conceal the identities of those he dealt with, and investigators have been working since the arrest to crack the code.\n"
          "\"After the arrest of Provenzano, we saw that the things we heard them discuss were the same as in the 'pizzini' we found in Corleone,\" said De Santis.\n"
          "Provenzano was arrested in a farmhouse near Corleone, the Sicilian town that has become synonymous with the Mafia. He had been on the run for more than 40 years."),
    entities=[("investigators", "Investigators", "GROUP", ["investigators", "they"], "Italian investigators"),
              ("desantis", "Nino De Santis", "PERSON", ["De Santis", "Nino De Santis, a top police official in Palermo"],
               "top police official in Palermo"),
              ("officials", "officials", "GROUP", [], "Italian officials")],
    mentions=[("m1", "Investigators", "investigators"),
              ("m2", ("they", "they said"), "investigators"),
              ("m3", "Nino De Santis, a top police official in Palermo", "desantis"),
              ("m4", ("He", "He warned"), "desantis"),
              ("m5", ("officials", "officials said"), "officials"),
              ("m6", ("investigators", "investigators said. The"), "investigators"),
              ("m7", ("investigators", "investigators have been"), "investigators"),
              ("m8", ("De Santis", "said De Santis"), "desantis")],
    attributions=[("a1", "INDIRECT", "m1", ("said", "Investigators said"),
                   seg(T, "the arrests in Palermo struck", "after Provenzano was arrested"), None),
                  ("a2", "INDIRECT", "m2", ("said", "they said"),
                   seg(T, "The investigation, which included", "in the Sicilian capital"), None),
                  ("a3", "DIRECT", "m3", ("said", "said Nino De Santis"),
                   seg(T, "We believe that this operation", "who have been caught,"), None),
                  ("a4", "DIRECT", "m4", "warned", "this doesn't mean the Palermo Mafia has been dismantled.", None),
                  ("a5", "INDIRECT", "m5", ("said", "officials said"),
                   "The suspects have been charged with Mafia association and extortion", None),
                  ("a6", "MIXED", "m6", ("said", "investigators said. The"),
                   seg(T, "Some of the suspects had been in touch", "by Provenzano's lieutenants"), None),
                  ("a7", "DIRECT", "m8", ("said", "said De Santis"),
                   seg(T, "After the arrest of Provenzano, we saw", "we found in Corleone,"), None)])

# ---------------------------------------------------------------------------------------
# The page's date line ("Sunday, 30 June 2024", the day the page was stored, not the story's date)
# and a repeated headline are removed; the copy breaks off inside "EU lawmakers voted on Wednesday
# for Marc Angel, ...", so the text is cut at the paragraph before it. No publication date is given.
# "RTL" is the addressee/medium of "told", not a source. "accusations of participation in ..." is a
# noun cue with no claimant (null source). "The suspects are accused of ..., according to the
# prosecutor's office": the office is the source of the claim and the agentless "accused" is nested
# in it with a null source, as in the infonews gold ('"... but are accused of not having denounced
# ..."'). "Panzeri is to give details about ... and "the identity of the persons he admits to having
# bribed."" has quoted words from the prosecution's statement and no cue: it continues the
# prosecutor's office (MIXED, null cue), and "he admits" is a speech act in a relative clause
# inside it (nested, content "having bribed"). "Kaili is expected in court ..." is a schedule,
# not annotated (as the africatopsuccess gold leaves out "are expected on 14th October in Lomé").
doc("mia-lawyer-panzeri-five-year-sentence-eu-corruption",
    url="https://mia.mk/en/story/lawyer-key-figure-in-eu-corruption-scandal-to-get-fiveyear-sentence",
    outlet="MIA (Macedonian Information Agency)", country="North Macedonia", topic="courts-crime", cut=True,
    text=(T := "Lawyer: Key figure in EU corruption scandal to get five-year sentence\n"
          "A key figure in a corruption investigation in the European Parliament is to receive a five-year sentence, most of which will be suspended, his lawyer told Belgian TV station RTL on Wednesday.\n"
          "Pier Antonio Panzeri, a former EU lawmaker from Italy, signed a cooperation agreement with the Belgian state prosecutor on Tuesday after being arrested on accusations of participation in a criminal organization, money laundering and corruption.\n"
          "The sentence would be “set by the judge taking into account the period of custody,” lawyer Laurent Kennes told RTL.\n"
          "Panzeri will remain in prison or under electronic surveillance for one year, Kennes said.\n"
          "In return for a reduced sentence, Panzeri is to make “substantial, revealing, truthful and complete statements” about the corruption probe linked to Qatar, including his own involvement and other participants, a statement by Belgium’s state prosecutor read.\n"
          "The Belgian prosecutor’s office said on Tuesday that Panzeri’s sentence will include “the confiscation of all assets acquired, currently estimated at 1 million euros.”\n"
          "Panzeri was arrested in December together with then European Parliament vice-president Eva Kaili and two others.\n"
          "The suspects are accused of having influenced decisions in the European Parliament in favour of football World Cup host Qatar in return for money and gifts, according to the prosecutor’s office.\n"
          "Panzeri is to give details about the financial arrangements with other involved countries, the financial structures set up, and “the identity of the persons he admits to having bribed.”\n"
          "The Belgian state prosecutor describes Panzeri as “one of the important key figures” in the case.\n"
          "Kaili is expected in court in Brussels on Thursday for a custody hearing."),
    entities=[("kennes", "Laurent Kennes", "PERSON", ["Kennes", "lawyer Laurent Kennes", "Lawyer", "his lawyer"],
               "lawyer of Pier Antonio Panzeri"),
              ("panzeri", "Pier Antonio Panzeri", "PERSON",
               ["Panzeri", "Pier Antonio Panzeri, a former EU lawmaker from Italy", "Key figure in EU corruption scandal",
                "A key figure in a corruption investigation in the European Parliament"],
               "former Italian member of the European Parliament"),
              ("prosecutor", "Belgian state prosecutor", "ORGANIZATION",
               ["The Belgian state prosecutor", "Belgium’s state prosecutor", "a statement by Belgium’s state prosecutor",
                "The Belgian prosecutor’s office", "the prosecutor’s office"],
               "Belgian federal prosecutor's office")],
    mentions=[("m1", ("Lawyer", "Lawyer: Key"), "kennes"),
              ("m2", "Key figure in EU corruption scandal", "panzeri"),
              ("m3", "A key figure in a corruption investigation in the European Parliament", "panzeri"),
              ("m4", "his lawyer", "kennes"),
              ("m5", "Pier Antonio Panzeri, a former EU lawmaker from Italy", "panzeri"),
              ("m6", ("the Belgian state prosecutor", "with the Belgian state prosecutor"), "prosecutor"),
              ("m7", "lawyer Laurent Kennes", "kennes"),
              ("m8", ("Panzeri", "Panzeri will remain"), "panzeri"),
              ("m9", ("Kennes", "Kennes said"), "kennes"),
              ("m10", ("Panzeri", "Panzeri is to make"), "panzeri"),
              ("m11", "a statement by Belgium’s state prosecutor", "prosecutor"),
              ("m12", "The Belgian prosecutor’s office", "prosecutor"),
              ("m13", ("Panzeri", "Panzeri was arrested"), "panzeri"),
              ("m14", ("the prosecutor’s office", "according to the prosecutor’s office"), "prosecutor"),
              ("m15", ("Panzeri", "Panzeri is to give"), "panzeri"),
              ("m16", ("he", "he admits"), "panzeri"),
              ("m17", "The Belgian state prosecutor", "prosecutor"),
              ("m18", ("Panzeri", "Panzeri as"), "panzeri")],
    attributions=[("a1", "INDIRECT", "m1", None, "Key figure in EU corruption scandal to get five-year sentence", None),
                  ("a2", "INDIRECT", "m4", ("told", "lawyer told"),
                   seg(T, "A key figure in a corruption investigation", "most of which will be suspended"), None),
                  ("a3", "INDIRECT", None, "accusations",
                   "participation in a criminal organization, money laundering and corruption", None),
                  ("a4", "MIXED", "m7", ("told", "Kennes told"),
                   "The sentence would be “set by the judge taking into account the period of custody,”", None),
                  ("a5", "INDIRECT", "m9", ("said", "Kennes said"),
                   "Panzeri will remain in prison or under electronic surveillance for one year", None),
                  ("a6", "MIXED", "m11", ("read", "prosecutor read"),
                   seg(T, "In return for a reduced sentence", "his own involvement and other participants"), None),
                  ("a7", "MIXED", "m12", ("said", "office said on Tuesday"),
                   seg(T, "Panzeri’s sentence will include", "1 million euros.”"), None),
                  ("a8", "INDIRECT", "m14", "according to",
                   seg(T, "The suspects are accused", "for money and gifts"), None),
                  ("a9", "INDIRECT", None, ("accused", "are accused of"),
                   seg(T, "having influenced decisions", "for money and gifts"), "a8"),
                  ("a10", "MIXED", "m14", None,
                   seg(T, "Panzeri is to give details", "admits to having bribed.”"), None),
                  ("a11", "INDIRECT", "m16", "admits", ("having bribed", "admits to having bribed"), "a10"),
                  ("a12", "MIXED", "m17", "describes", "Panzeri as “one of the important key figures” in the case", None)])

write("test8_c.jsonl")
