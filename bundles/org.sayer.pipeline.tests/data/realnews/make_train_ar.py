#!/usr/bin/env python3
"""Writes train_ar.jsonl: real-news gold, split train-ar (see gold.py). Run: python3 make_train_ar.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
# The stored page holds the article's start only; the text stops before the attorney general's
# last quotation, which the stored copy cuts off ("... and he has a"). The page gives no date.
# "accused the prime minister of political interference" keeps the accused and the charge
# (corpus: "accused X of Y"); the clause "after Minnis said ..." is an adjunct of that
# accusation, so Minnis's claim stands on its own (parent null) and holds the nested request
# and allegation. Requests keep their addressee ("asked him to ...", corpus: "asked the park
# board to ..."); the purpose clause "so that they can investigate ..." is an adjunct of the
# request and is left out (FORMAT.md, Adjuncts: "in an effort to slow traffic").
# "did not tell the police how to conduct an investigation" follows seed a9/a10 (omission with an
# open question): cue "tell", content "how to conduct an investigation".
# "is entitled to make a complaint and ask the police to investigate" states a right, not a speech
# act that happened, and "something that has been said" and "whatever Goodfellow is accusing them
# of" have no content besides the relative gap; none of them is annotated.
doc("nassauguardian-bethel-defends-minnis-call-commissioner",
    url="https://thenassauguardian.com/ag-defends-pms-call-to-commissioner/",
    outlet="The Nassau Guardian", country="Bahamas", topic="politics", cut=True,
    text=(T := "AG defends PM’s call to commissioner\n"
          "Attorney General Carl Bethel said yesterday that Prime Minister Dr. Hubert Minnis, as a Bahamian citizen, is entitled to make a complaint to the police, noting that there was no political interference in relation to a recent matter of alleged corruption in hurricane relief efforts because the prime minister did not tell the police how to conduct an investigation.\n"
          "Last week, Progressive Liberal Party (PLP) Leader Philip Brave Davis accused the prime minister of political interference after Minnis said he called the commissioner of police and asked him to call in a man for questioning after that man alleged corruption in relation to hurricane relief efforts.\n"
          "“The prime minister is entitled to make a complaint and ask the police to investigate someone or something that has been said,” Bethel said.\n"
          "At a town meeting last week, Ian Goodfellow, a Bahamian who volunteered on Abaco following Hurricane Dorian, suggested that there is alleged corruption in relation to rebuilding an Abaco school impacted by Hurricane Dorian.\n"
          "“Cooper’s Town school, this is a typical situation where corruption is taking over now,” Goodfellow said on December 16.\n"
          "He said a company involved in the rebuilding efforts wanted a meeting with the government.\n"
          "“Well, if you bring a suitcase with $30,000, you can have that meeting,” Goodfellow added.\n"
          "“Well, you know, I know how Bahamians work. I know how we do business in our country.”\n"
          "When asked about Goodfellow’s comments, Minnis said, “I have already spoken to the commissioner of police and asked him to call Goodfellow in for questioning and to substantiate those [comments] so that they can investigate and arrest and follow through on whatever Goodfellow is accusing them of.”"),
    entities=[("bethel", "Carl Bethel", "PERSON", ["Bethel", "Attorney General Carl Bethel", "AG"], "Attorney General of The Bahamas"),
              ("minnis", "Hubert Minnis", "PERSON",
               ["Minnis", "Prime Minister Dr. Hubert Minnis", "the prime minister"], "Prime Minister of The Bahamas"),
              ("davis", "Philip Brave Davis", "PERSON",
               ["Davis", "Progressive Liberal Party (PLP) Leader Philip Brave Davis"], "leader of the opposition PLP"),
              ("goodfellow", "Ian Goodfellow", "PERSON", ["Goodfellow", "that man"],
               "Bahamian volunteer on Abaco after Hurricane Dorian")],
    mentions=[("m1", ("AG", "AG defends"), "bethel"),
              ("m2", "Attorney General Carl Bethel", "bethel"),
              ("m3", "Prime Minister Dr. Hubert Minnis", "minnis"),
              ("m4", ("the prime minister", "the prime minister did not tell"), "minnis"),
              ("m5", "Progressive Liberal Party (PLP) Leader Philip Brave Davis", "davis"),
              ("m6", ("the prime minister", "accused the prime minister"), "minnis"),
              ("m7", ("Minnis", "after Minnis said"), "minnis"),
              ("m8", ("he", "he called the commissioner"), "minnis"),
              ("m9", ("a man", "call in a man"), "goodfellow"),
              ("m10", ("that man", "that man alleged"), "goodfellow"),
              ("m11", ("The prime minister", "“The prime minister is"), "minnis"),
              ("m12", ("Bethel", "Bethel said."), "bethel"),
              ("m13", "Ian Goodfellow", "goodfellow"),
              ("m14", ("Goodfellow", "Goodfellow said on December"), "goodfellow"),
              ("m15", ("He", "He said a company"), "goodfellow"),
              ("m16", ("Goodfellow", "Goodfellow added"), "goodfellow"),
              ("m17", ("Minnis", "Minnis said, “I"), "minnis"),
              ("m18", ("I", "“I have already"), "minnis"),
              ("m19", ("Goodfellow", "call Goodfellow in"), "goodfellow"),
              ("m20", ("Goodfellow", "whatever Goodfellow"), "goodfellow")],
    attributions=[("a1", "INDIRECT", "m1", "defends", "PM’s call to commissioner", None),
                  ("a2", "INDIRECT", "m2", ("said", "Bethel said yesterday"),
                   "Prime Minister Dr. Hubert Minnis, as a Bahamian citizen, is entitled to make a complaint to the police", None),
                  ("a3", "INDIRECT", "m2", "noting",
                   seg(T, "there was no political interference", "how to conduct an investigation"), None),
                  ("a4", "INDIRECT", "m4", ("tell", "did not tell"), "how to conduct an investigation", "a3"),
                  ("a5", "INDIRECT", "m5", "accused", "the prime minister of political interference", None),
                  ("a6", "INDIRECT", "m7", ("said", "Minnis said he"),
                   seg(T, "he called the commissioner of police and asked him", "in relation to hurricane relief efforts"), None),
                  ("a7", "INDIRECT", "m8", ("asked", "and asked him to call in"), "him to call in a man for questioning", "a6"),
                  ("a8", "INDIRECT", "m10", ("alleged", "that man alleged"), ("corruption in relation to hurricane relief efforts", "that man alleged"), "a6"),
                  ("a9", "DIRECT", "m12", ("said", "Bethel said."),
                   seg(T, "The prime minister is entitled", "that has been said,"), None),
                  ("a10", "INDIRECT", "m13", "suggested",
                   "there is alleged corruption in relation to rebuilding an Abaco school impacted by Hurricane Dorian", None),
                  ("a11", "DIRECT", "m14", ("said", "Goodfellow said on December"),
                   "Cooper’s Town school, this is a typical situation where corruption is taking over now,", None),
                  ("a12", "INDIRECT", "m15", ("said", "He said a company"),
                   "a company involved in the rebuilding efforts wanted a meeting with the government", None),
                  ("a13", "DIRECT", "m16", ("added", "Goodfellow added"),
                   "Well, if you bring a suitcase with $30,000, you can have that meeting,", None),
                  ("a14", "DIRECT", "m16", None,
                   "Well, you know, I know how Bahamians work. I know how we do business in our country.", None),
                  # "When asked about Goodfellow's comments" is a question put to the speaker (FORMAT.md,
                  # Excluded).
                  ("a15", "DIRECT", "m17", ("said", "Minnis said, “I"),
                   seg(T, "I have already spoken to the commissioner", "accusing them of."), None),
                  ("a16", "INDIRECT", "m18", ("asked", "and asked him to call Goodfellow"),
                   "him to call Goodfellow in for questioning and to substantiate those [comments]", "a15")])

# ---------------------------------------------------------------------------------------
# The stored page has no headline (both stored copies of the address start with the photo
# caption): the text starts with the lead. The caption ("Maria Frontera stated the hoteliers'
# opposition to the decree last Friday. | Miquel À. Cañellas") and the "Related news" line are
# removed. The date comes from the page's address.
# "she criticised the decree - it was "ideological and electoral"": the clause after the dash
# gives what the criticism said, so it is one claim with "the decree" (FORMAT.md: "described X as
# Y" keeps both parts).
# "The hoteliers, Frontera said, felt that ...": the parenthetical reporting clause stays inside
# the claim (FORMAT.md, Contiguity), and the hoteliers' feeling is an attitude of others stated in
# it, nested ("Drivers know that ...").
# "rejection of the ... decree by the Mallorca Hoteliers Federation" and "the day that the decree
# was announced" name acts (a rejection, the issuing of a decree) with no reported content; they
# are not annotated. "In Mallorca, there were 61 applications." has no cue (No cue, no claim).
doc("majorcadailybulletin-negueruela-hoteliers-tourism-decree",
    url="https://www.majorcadailybulletin.com/news/local/2022/02/22/97565/mallorca-hoteliers-internal-pressures-and-tourism-law-rejection.html",
    outlet="Majorca Daily Bulletin", country="Spain", topic="business", cut=False, published="2022-02-22",
    text=(T := "Tourism minister Iago Negueruela believes that \"internal pressures\" were behind last Friday's rejection of the Balearic government's tourism decree by the Mallorca Hoteliers Federation.\n"
          "Speaking about the hoteliers' opposition on Monday, Negueruela didn't specify what these pressures were, but said that it was difficult to explain why there had been a change of view in the space of just one week. \"One week you agree and the next, you don't.\"\n"
          "The president of the federation, Maria Frontera, was accompanied by representatives of hotelier associations across Mallorca when she criticised the decree - it was \"ideological and electoral\". The hoteliers, Frontera said, felt that they had been used by the government.\n"
          "Negueruela observed that there had been consensus on most of the law, the hoteliers having said that they were unaware of the clauses regarding the blocking of new accommodation places. The minister insisted that this is a freeze on almost 20,000 new places and not an elimination. The decree mechanism was adopted in order to prevent a rush of applications for new places, as island councils are to be given time to decide what they do with the available places.\n"
          "In this regard, Negueruela noted that there were applications for 485 places in Ibiza on the day that the decree was announced and prior to its text being published in the Official Bulletin. In Mallorca, there were 61 applications.\n"
          "The decree became law once the text was published, but it does require validation by parliament. Meanwhile, it is on the agenda for questions in parliament on Tuesday, opposition parties all having expressed their criticisms of the decree. The Partido Popular have said that they will repeal it if they are returned to government next year."),
    entities=[("negueruela", "Iago Negueruela", "PERSON",
               ["Negueruela", "Tourism minister Iago Negueruela", "The minister"], "Balearic minister for tourism"),
              ("frontera", "Maria Frontera", "PERSON",
               ["Frontera", "The president of the federation, Maria Frontera"], "president of the Mallorca Hoteliers Federation"),
              ("hoteliers", "the hoteliers", "GROUP", [], "Mallorca's hoteliers"),
              ("opposition", "opposition parties", "GROUP", [], "opposition parties in the Balearic parliament"),
              ("pp", "The Partido Popular", "ORGANIZATION", ["Partido Popular"], "Spanish political party")],
    mentions=[("m1", "Tourism minister Iago Negueruela", "negueruela"),
              ("m2", ("Negueruela", "Negueruela didn't"), "negueruela"),
              ("m3", "The president of the federation, Maria Frontera", "frontera"),
              ("m4", ("she", "she criticised"), "frontera"),
              ("m5", "The hoteliers", "hoteliers"),
              ("m6", ("Frontera", "Frontera said"), "frontera"),
              ("m7", ("Negueruela", "Negueruela observed"), "negueruela"),
              ("m8", ("the hoteliers", "the hoteliers having said"), "hoteliers"),
              ("m9", "The minister", "negueruela"),
              ("m10", ("Negueruela", "Negueruela noted"), "negueruela"),
              ("m11", "opposition parties", "opposition"),
              ("m12", "The Partido Popular", "pp")],
    attributions=[("a1", "MIXED", "m1", "believes",
                   seg(T, "\"internal pressures\" were behind", "Mallorca Hoteliers Federation"), None),
                  # "Speaking about the hoteliers' opposition on Monday" is an adjunct of the reporting
                  # event; "didn't specify what ..." follows seed a9/a10.
                  ("a2", "INDIRECT", "m2", "specify", "what these pressures were", None),
                  ("a3", "INDIRECT", "m2", ("said", "but said that"),
                   "it was difficult to explain why there had been a change of view in the space of just one week", None),
                  ("a4", "DIRECT", "m2", None, "One week you agree and the next, you don't.", None),
                  ("a5", "MIXED", "m4", "criticised", "the decree - it was \"ideological and electoral\"", None),
                  ("a6", "INDIRECT", "m6", ("said", "Frontera said"),
                   "The hoteliers, Frontera said, felt that they had been used by the government", None),
                  ("a7", "INDIRECT", "m5", "felt", "they had been used by the government", "a6"),
                  ("a8", "INDIRECT", "m7", "observed",
                   seg(T, "there had been consensus on most", "new accommodation places"), None),
                  ("a9", "INDIRECT", "m8", ("said", "having said"),
                   "they were unaware of the clauses regarding the blocking of new accommodation places", "a8"),
                  ("a10", "INDIRECT", "m9", "insisted", "this is a freeze on almost 20,000 new places and not an elimination", None),
                  ("a11", "INDIRECT", "m10", "noted",
                   seg(T, "there were applications for 485 places", "in the Official Bulletin"), None),
                  # A noun cue with its fixed verb ("voiced the hope"); "of" only links the cue.
                  ("a12", "INDIRECT", "m11", "expressed their criticisms", ("the decree", "criticisms of the decree"), None),
                  ("a13", "INDIRECT", "m12", ("said", "have said that"), "they will repeal it if they are returned to government next year", None)])

# ---------------------------------------------------------------------------------------
# The stored page has no headline (it starts with the "Read in Catalan" link, removed): the text
# starts with the lead. It holds the article's start only; the text stops before the paragraph
# the stored copy cuts off ("\"I can't say when we can come out of the emergency phase,\" she
# said ..."). The page gives no date.
# The quotation "If they tell us ..." has no reporting clause of its own (the "adding that ..."
# after it governs the next claim only): it continues Mascort with a null cue (FORMAT.md,
# Interruption and continuation). The conditional "If they tell us that it will continue to rain"
# inside it is hypothetical and not annotated.
# "And so she stated again, ..., at which the spokesperson affirmed that X": "stated" has only the
# pro-form "so" and the affirmed clause states the claim, so the claim is carried once, by the
# clause that governs it ("affirmed"; FORMAT.md, Two clauses, one claim); "she" there is a
# pronoun that is no source and is not marked.
doc("elnacional-plaja-contradicts-mascort-drought-emergency",
    url="https://www.elnacional.cat/en/politics/catalan-government-cools-minister-ease-water-restrictions-rain_1185741_102.html",
    outlet="El Nacional", country="Spain", topic="environment", cut=True,
    text=(T := "An ambiguous discourse from the Catalan government on the drought. The climate action minister, David Mascort, had stated that it would be possible to come out of the drought emergency phase if the predictions of rainfall \"for this week and next\" are correct. In an interview with El Periódico published this Tuesday, he linked the exit from the emergency phase for the all-important Ter-Llobregat system with immediate weather forecasts for rain, even daring to suggest a specific figure for water reserves in Catalonia's reservoirs that would make it possible to leave behind this maximum level of the environmental crisis. \"If they tell us that it will continue to rain heavily, we could get out of emergency [phase] with the reservoirs at 17%\", adding that if there were a major downpour and it reaches 20% the emergency status would be lifted \"for sure\". He had already stated that if the scenario allows restrictions to be avoided, they will be suspended. \"It's always better to have no restrictions.\"\n"
          "But his words have been contradicted by the spokesperson for the Catalan Republican Left-led government, Patrícia Plaja. She herself had already said last week that if the change in water reserves in Catalan reservoirs took place over a matter of \"days or weeks\", the modification would not occur. And so she stated again, this Tuesday during the post-cabinet meeting press conference in the Palau de la Generalitat, at which the spokesperson affirmed that it would not be reasonable to lift the restrictions \"for a very short period of time\" and then declare the emergency again. \"It doesn't make sense to leave today and re-enter in a fortnight,\" she argued."),
    entities=[("mascort", "David Mascort", "PERSON",
               ["Mascort", "The climate action minister, David Mascort"], "Catalan minister for climate action"),
              ("plaja", "Patrícia Plaja", "PERSON",
               ["Plaja", "the spokesperson",
                "the spokesperson for the Catalan Republican Left-led government, Patrícia Plaja"],
               "spokesperson of the Catalan government")],
    mentions=[("m1", "The climate action minister, David Mascort", "mascort"),
              ("m2", ("he", "he linked"), "mascort"),
              ("m3", ("He", "He had already stated"), "mascort"),
              ("m4", "the spokesperson for the Catalan Republican Left-led government, Patrícia Plaja", "plaja"),
              ("m5", ("She", "She herself"), "plaja"),
              ("m6", ("the spokesperson", "the spokesperson affirmed"), "plaja"),
              ("m7", ("she", "she argued"), "plaja")],
    attributions=[("a1", "MIXED", "m1", ("stated", "Mascort, had stated"),
                   seg(T, "it would be possible to come out", "next\" are correct"), None),
                  # "In an interview with El Periódico ..." names the medium; "linked X with Y" is
                  # evaluative reporting with its content ("described X as Y").
                  ("a2", "INDIRECT", "m2", "linked",
                   seg(T, "the exit from the emergency phase", "weather forecasts for rain"), None),
                  ("a3", "INDIRECT", "m2", "suggest",
                   seg(T, "a specific figure for water reserves", "of the environmental crisis"), None),
                  ("a4", "DIRECT", "m2", None,
                   "If they tell us that it will continue to rain heavily, we could get out of emergency [phase] with the reservoirs at 17%", None),
                  ("a5", "MIXED", "m2", "adding",
                   "if there were a major downpour and it reaches 20% the emergency status would be lifted \"for sure\"", None),
                  ("a6", "INDIRECT", "m3", ("stated", "He had already stated"),
                   "if the scenario allows restrictions to be avoided, they will be suspended", None),
                  ("a7", "DIRECT", "m3", None, "It's always better to have no restrictions.", None),
                  ("a8", "INDIRECT", "m4", "contradicted", "his words", None),
                  ("a9", "MIXED", "m5", ("said", "already said last week"),
                   seg(T, "if the change in water reserves", "the modification would not occur"), None),
                  ("a10", "MIXED", "m6", "affirmed",
                   seg(T, "it would not be reasonable to lift", "declare the emergency again"), None),
                  ("a11", "DIRECT", "m7", "argued",
                   "It doesn't make sense to leave today and re-enter in a fortnight,", None)])

# ---------------------------------------------------------------------------------------
# The stored page holds the article's start only; the text stops before the paragraph the stored
# copy cuts off ("“We clean but the truth is we can’t keep up. ..."). The "skip to content" line
# and the photo caption that repeats the headline are removed. The page gives the year only.
# The headline's quoted phrase has no reporting verb or colon: not annotated (FORMAT.md, No cue,
# no claim). The dateline "Costa Maya, Q.R. —" is no attribution.
# The fisherman's quotation runs over two paragraphs (the first ends without a closing mark and
# the next reopens), so it is one attribution (FORMAT.md, Unit). "One fisherman who did not want
# to be named" and "the resident fisherman" are one person (the story's only fisherman quoted);
# "residents in Xcalak" is the same collective as the lead's residents; the fishermen are a
# separate group.
doc("rivieramayanews-xcalak-fishermen-sargassum",
    url="https://riviera-maya-news.com/costa-maya-fishermen-cant-go-fishing-due-to-overwhelming-arrival-of-sargassum/2025.html",
    outlet="Riviera Maya News", country="Mexico", topic="local", cut=True,
    text=(T := "Costa Maya fishermen ‘can’t go fishing’ due to overwhelming arrival of sargassum\n"
          "Costa Maya, Q.R. — Residents in the community of Xcalak are asking authorities to help clear their beaches of sargassum. The Costa Maya town, located south of Mahahual, has also been hit hard by the mass arrival of seaweed.\n"
          "Local fishermen have been clearing what they can, but say their efforts have been in vain due to the amount that has washed up. One fisherman who did not want to be named said after days of manual removal, the amount on the beach has not decreased.\n"
          "In the nearby town of Mahahual, campaigns have helped to get them sargassum removal support from the Navy and other agencies. However, residents in Xcalak say they have not been in included in those beach cleaning efforts.\n"
          "“This is already critical. We’re overflowing with sargassum. The beaches are overflowing and people can’t get in the water. It’s really ugly and people don’t want to come anymore.\n"
          "“It would be good if the government took a look at us and also came to clean up because not only is it causing us the same harm by driving away tourism, but the sea is decomposing and the strong odors are also not good for anyone’s health” explained the resident fisherman.\n"
          "He says one of the main tourist attractions in Costa Maya is sustainable sport fishing. Others are attracted to the tranquility and contact with nature that Xcalak offers, however, their current image of sargassum covered beaches is discouraging to visitors.\n"
          "He says they depend on the arrival of tourists, some of which have cancelled reservations which cause economic hardship and worsens the situation."),
    entities=[("residents", "Residents in the community of Xcalak", "GROUP", ["residents in Xcalak"], "residents of Xcalak"),
              ("fishermen", "Local fishermen", "GROUP", ["Costa Maya fishermen"], "fishermen of Xcalak"),
              ("fisherman", "One fisherman", "PERSON", ["the resident fisherman"], "unnamed fisherman living in Xcalak")],
    mentions=[("m1", "Costa Maya fishermen", "fishermen"),
              ("m2", "Residents in the community of Xcalak", "residents"),
              ("m3", "Local fishermen", "fishermen"),
              ("m4", "One fisherman", "fisherman"),
              ("m5", "residents in Xcalak", "residents"),
              ("m6", "the resident fisherman", "fisherman"),
              ("m7", ("He", "He says one"), "fisherman"),
              ("m8", ("He", "He says they"), "fisherman")],
    attributions=[("a1", "INDIRECT", "m2", "asking", "authorities to help clear their beaches of sargassum", None),
                  ("a2", "INDIRECT", "m3", ("say", "but say their"), "their efforts have been in vain due to the amount that has washed up", None),
                  ("a3", "INDIRECT", "m4", ("said", "named said"),
                   "after days of manual removal, the amount on the beach has not decreased", None),
                  ("a4", "INDIRECT", "m5", ("say", "Xcalak say"), "they have not been in included in those beach cleaning efforts", None),
                  ("a5", "DIRECT", "m6", "explained", seg(T, "This is already critical.", "not good for anyone’s health"), None),
                  ("a6", "INDIRECT", "m7", ("says", "He says one"),
                   "one of the main tourist attractions in Costa Maya is sustainable sport fishing", None),
                  ("a7", "INDIRECT", "m8", ("says", "He says they"),
                   seg(T, "they depend on the arrival of tourists", "worsens the situation"), None)])

# ---------------------------------------------------------------------------------------
# The stored page wraps its paragraphs in hard line breaks; each paragraph is joined into one
# line. Its lead has lost its first word (a drop cap: "fever outbreaks have reached ..."), kept as
# printed. The text stops before the paragraph the stored copy cuts off ("Ministry of Health
# officials in Jamaica say ... no cause for"). The date comes from the page's address.
# "deaths have been reported" states recorded events with no claimant, not annotated (as train_ah
# leaves out "five deaths from swine flu have been reported").
# "The increase in cases is being blamed on X": an agentless blame (null source) nested in the
# officials' report; the subject is left outside as a raised subject is, and "on" only links the
# cue (FORMAT.md, Left outside; Content).
# "what officials say could be the worst ...": a speech act in a relative clause inside the
# noun-cue claim "reports that ..."; its content is the clause after the gap (corpus: "rated X
# Y" with X the relative gap). These officials (in Puerto Rico) are a subset, a separate entity;
# the region's health officials of the second and third paragraphs are one collective.
doc("caymancompass-dengue-fever-grips-caribbean",
    url="https://www.caymancompass.com/2010/07/20/dengue-fever-grips-caribbean/",
    outlet="Cayman Compass", country="Cayman Islands", topic="health-science", cut=True, published="2010-07-20",
    text=(T := "Dengue fever grips Caribbean\n"
          "fever outbreaks have reached crisis proportions in several countries across the Caribbean, leaving dozens of people dead.\n"
          "The increase in cases is being blamed on warm weather and unusually early rainy seasons, which have led to an explosion in mosquitoes, health officials across the region have reported.\n"
          "Health officials in the affected countries are reporting that the flood of cases is putting a strain on a number of hospitals where cases are treated. At least 27 deaths have been reported in the Dominican Republic.\n"
          "Hundreds of health workers and soldiers are going door to door warning locals about the virus and destroying mosquito-breeding areas. There are reports that hospitals in Trinidad are running out of bed space and Puerto Rico is facing what officials say could be the worst dengue outbreak in more than a decade.\n"
          "At least five people have died in Puerto Rico and another 6,300 cases suspected.\n"
          "Officials at the San Fernando General Hospital in Trinidad added 15 beds to the hospital wards to accommodate the influx of cases. A dengue clinic was also opened to follow up on patients discharged quickly to free up more beds. At least one death has been reported in that country."),
    entities=[("healthofficials", "health officials across the region", "GROUP",
               ["Health officials in the affected countries"], "health officials of the Caribbean countries"),
              ("workers", "Hundreds of health workers and soldiers", "GROUP", [], "health workers and soldiers (Dominican Republic)"),
              ("officials", "officials", "GROUP", [], "officials in Puerto Rico")],
    mentions=[("m1", "health officials across the region", "healthofficials"),
              ("m2", "Health officials in the affected countries", "healthofficials"),
              ("m3", "Hundreds of health workers and soldiers", "workers"),
              ("m4", ("officials", "what officials say"), "officials")],
    attributions=[("a1", "INDIRECT", "m1", ("reported", "have reported"),
                   seg(T, "The increase in cases is being blamed", "an explosion in mosquitoes"), None),
                  ("a2", "INDIRECT", None, "blamed",
                   "warm weather and unusually early rainy seasons, which have led to an explosion in mosquitoes", "a1"),
                  ("a3", "INDIRECT", "m2", ("reporting", "are reporting"),
                   "the flood of cases is putting a strain on a number of hospitals where cases are treated", None),
                  # "warned them of the suspect" -> "the suspect" (test split): the addressee and "about"
                  # are left out.
                  ("a4", "INDIRECT", "m3", "warning", ("the virus", "about the virus"), None),
                  ("a5", "INDIRECT", None, ("reports", "are reports"),
                   seg(T, "hospitals in Trinidad are running out", "in more than a decade"), None),
                  ("a6", "INDIRECT", "m4", ("say", "officials say"),
                   "could be the worst dengue outbreak in more than a decade", "a5")])

# ---------------------------------------------------------------------------------------
# The stored page prints a stray date field before the headline ("date 2016-04-03") and a date
# line after it ("Mon, Apr 1, '19"); both are removed, and the second and the address give the
# date. The page holds the article's start only: a second stored copy of the same story (Guyana
# Times) goes on after the last paragraph kept here. The site's home country is not given on the
# page, so country is "unknown".
# The first quotation opens with a straight mark and closes with a curly one (a mismatched pair,
# FORMAT.md, Type). "the apology from the new President Ricky Skerritt" and "I believe that this
# shows ..." are not split off (a noun with no content; the speaker's own attitude and an
# evidential). "everyone who knows me understands how much ..." is an attitude of others stated
# inside the quotation, nested (FORMAT.md: "Drivers know that ...").
# "I remember the former president telling me that ...": the addressee "me" is left out (as the
# corpus does for "telling"); the telling's content runs to its last complement ("how they had no
# manners"), and "team selection was just too personal" is Simmons's own comment. "This was also
# echoed at the selector's meetings": an agentless echo of "This" (the corpus: "echoed the
# sentiments"), null source.
doc("caribbeancricket-simmons-bravo-pollard-blacklisted",
    url="https://caribbeancricket.com/news/2019/04/01/7823",
    outlet="CaribbeanCricket.com", country="unknown", topic="sport", cut=True, published="2019-04-01",
    text=(T := "Bravo, Pollard blacklisted\n"
          "Former West Indies Cricket Coach Phil Simmons will be available to coach the West Indies team again if needed after July 15th, 2019. Speaking from overseas during the Isports radio programme on i95.5fm with host Andre Errol Baptiste on Saturday night, Simmons stated, \"At the moment I am contracted to Afghanistan and there can be no talk about West Indies cricket. I'm focused on Afghanistan and how we get ready for the Cricket World Cup starting in May.”\n"
          "He continued, “But after the Finals on July 15th, my contract is up with Afghanistan, but nobody knows the future, but my whole aim now is to win the World Cup so after 15th July, let us see what happens. But everyone who knows me understands how much I love the region and how hard it has been for me over the last three years dealing with that matter. I am just glad it is over and my name has been cleared. Most importantly, the apology from the new President Ricky Skerritt goes a long way in clearing up a lot of the talk under the previous administration. I believe that this shows that this new team is about the interest of cricket and not about themselves.”\n"
          "Simmons, who made his Test debut in 1988 and played 26 Test matches for the West Indies, spoke about the many ills he experienced as West Indies coach and despite his success with the team winning the ICC World T20 final on April 3rd, 2016, recalled a number of situations he had to endure.\n"
          "He said, “I remember the former president telling me that we could not pick certain players (named called Dwayne Bravo and Keiron Pollard) because they passed him straight and did not say anything, how they had no manners, team selection was just too personal. In fact, he said unless they play for Trinidad and Tobago, they should not play for the West Indies. This was also echoed at the selector's meetings.”"),
    entities=[("simmons", "Phil Simmons", "PERSON",
               ["Simmons", "Former West Indies Cricket Coach Phil Simmons"], "former West Indies head coach, Afghanistan coach"),
              ("everyone", "everyone", "GROUP", [], "everyone who knows Simmons"),
              ("president", "the former president", "PERSON", [], "former president of the West Indies cricket board")],
    mentions=[("m1", "Former West Indies Cricket Coach Phil Simmons", "simmons"),
              ("m2", ("Simmons", "Simmons stated"), "simmons"),
              ("m3", ("He", "He continued"), "simmons"),
              ("m4", ("everyone", "everyone who knows me"), "everyone"),
              ("m5", ("Simmons", "Simmons, who made"), "simmons"),
              ("m6", ("He", "He said, “I"), "simmons"),
              ("m7", "the former president", "president"),
              ("m8", ("he", "he said unless"), "president")],
    attributions=[("a1", "DIRECT", "m2", "stated",
                   seg(T, "At the moment I am contracted", "starting in May."), None),
                  ("a2", "DIRECT", "m3", "continued",
                   seg(T, "But after the Finals on July 15th", "not about themselves."), None),
                  ("a3", "INDIRECT", "m4", "understands",
                   "how much I love the region and how hard it has been for me over the last three years dealing with that matter", "a2"),
                  ("a4", "INDIRECT", "m5", "spoke about", "the many ills he experienced as West Indies coach", None),
                  ("a5", "INDIRECT", "m5", "recalled", "a number of situations he had to endure", None),
                  ("a6", "DIRECT", "m6", ("said", "He said, “I"),
                   seg(T, "I remember the former president", "the selector's meetings."), None),
                  ("a7", "INDIRECT", "m7", "telling", seg(T, "we could not pick certain players", "they had no manners"), "a6"),
                  ("a8", "INDIRECT", "m8", ("said", "he said unless"),
                   "unless they play for Trinidad and Tobago, they should not play for the West Indies", "a6"),
                  ("a9", "INDIRECT", None, "echoed", ("This", "This was also echoed"), "a6")])

# ---------------------------------------------------------------------------------------
# A CMC wire story on the New York Caribbean-American site. The share counters under the
# headline ("0", "611") are removed; the dateline "PORT OF SPAIN, Trinidad, CMC –" is no
# attribution. The text stops before the paragraph the stored copy cuts off ("It said, “While it
# is not the intention ...").
# Headline: "TRINIDAD-" is a place label; the coordinated subject "Police, National Security
# Minister" is one GROUP (FORMAT.md, Groups).
# "a statement released by Opposition Leader Kamla Persad Bissessar urging ...": the statement's
# author is named in its NP, so the NP is a mention of her (FORMAT.md, Documents); "urged X to Y"
# keeps the addressee (corpus). "what a High Court judge here has described as “the abduction”
# ...": "described X as Y" with X the relative gap, content Y, nested.
# "rebuked the Opposition Leader “for ...”" keeps the rebuked and the charge, as "accused X of Y".
# "urging an investigation into the arrested of arms dealer Brent Thomas, whom a High Court judge
# ... said had been “abducted” ...": the non-restrictive relative clause is the reporter's
# description of Thomas, not part of her request; the judge's claim in it stands alone.
# "Persad Bissessar’s statement alludes to “allegations that ...”": the quotation is the
# statement's wording, DIRECT as the object of "alludes to"; "allegations that ..." is a noun cue
# with no claimant (null source), nested in it. "attempting to convince the officers ... to modify"
# and "the Minister who may have been directing them" are actions inside the allegation.
doc("caribbeantimes-ttps-hinds-condemn-persad-bissessar",
    url="https://caribbeantimes.com/trinidad-police-national-security-minister-condemns-statements-made-by-opposition-leader/",
    outlet="Caribbean Times (CMC)", country="US", topic="courts-crime", cut=True,
    text=(T := "TRINIDAD-Police, National Security Minister condemns statements made by Opposition Leader.\n"
          "PORT OF SPAIN, Trinidad, CMC – The Trinidad and Tobago Police Service (TTPS) said it had taken note of a statement released by Opposition Leader Kamla Persad Bissessar urging police officers “to tell the country the truth” regarding what a High Court judge here has described as “the abduction” of a Trinidadian national in Barbados.\n"
          "National Security Minister, Fitzgerald Hinds, has also rebuked the Opposition Leader “for interfering in the affairs of the operational activities of the TTPS and, in so doing, to influence them and influence the outcome of ongoing investigations.”\n"
          "Persad Bissessar has already written to the Barbados Prime Minister Mia Mottley urging an investigation into the arrested of arms dealer Brent Thomas, whom a High Court judge here, Justice Devindra Rampersad, said had been “abducted” from Barbados by police to face criminal charges there.\n"
          "Persad Bissessar, in a statement over the weekend, told police officers, “It is time to put yourselves, your families, and the reputation of the TTPS first. Please do not continue to believe those washing their hands off you; seek legal advice. Tell the country the truth and let the chips fall where they may”.\n"
          "The TTPS said that Persad Bissessar’s statement alludes to “allegations that members of the hierarchy of the TTPS are coercing and attempting to convince the officers who are implicated in this abduction to modify their reports to protect the Minister who may have been directing them all along.”"),
    entities=[("policeminister", "Police, National Security Minister", "GROUP", [],
               "the Trinidad and Tobago Police Service and the National Security Minister"),
              ("ttps", "The Trinidad and Tobago Police Service (TTPS)", "ORGANIZATION",
               ["Trinidad and Tobago Police Service", "TTPS", "The TTPS"], "Trinidad and Tobago's police"),
              ("kamla", "Kamla Persad Bissessar", "PERSON",
               ["Persad Bissessar", "Opposition Leader Kamla Persad Bissessar", "the Opposition Leader", "Opposition Leader"],
               "Opposition Leader of Trinidad and Tobago"),
              ("rampersad", "Devindra Rampersad", "PERSON",
               ["Rampersad", "Justice Devindra Rampersad", "a High Court judge",
                "a High Court judge here, Justice Devindra Rampersad"], "High Court judge"),
              ("hinds", "Fitzgerald Hinds", "PERSON",
               ["Hinds", "National Security Minister, Fitzgerald Hinds", "the Minister"],
               "Minister of National Security of Trinidad and Tobago")],
    mentions=[("m1", "Police, National Security Minister", "policeminister"),
              ("m2", ("Opposition Leader", "by Opposition Leader."), "kamla"),
              ("m3", "The Trinidad and Tobago Police Service (TTPS)", "ttps"),
              ("m4", "a statement released by Opposition Leader Kamla Persad Bissessar", "kamla"),
              ("m5", ("a High Court judge", "what a High Court judge"), "rampersad"),
              ("m6", "National Security Minister, Fitzgerald Hinds", "hinds"),
              ("m7", ("the Opposition Leader", "rebuked the Opposition Leader"), "kamla"),
              ("m8", ("Persad Bissessar", "Persad Bissessar has already"), "kamla"),
              ("m9", "a High Court judge here, Justice Devindra Rampersad", "rampersad"),
              ("m10", ("Persad Bissessar", "Persad Bissessar, in a statement"), "kamla"),
              ("m11", ("The TTPS", "The TTPS said"), "ttps"),
              ("m12", "Persad Bissessar’s statement", "kamla"),
              ("m13", ("the Minister", "protect the Minister"), "hinds")],
    attributions=[("a1", "INDIRECT", "m1", "condemns", "statements made by Opposition Leader", None),
                  ("a2", "MIXED", "m3", ("said", "(TTPS) said"),
                   seg(T, "it had taken note of a statement", "of a Trinidadian national in Barbados"), None),
                  ("a3", "MIXED", "m4", ("urging", "urging police officers"),
                   seg(T, "police officers “to tell the country", "of a Trinidadian national in Barbados"), "a2"),
                  ("a4", "MIXED", "m5", "described",
                   "“the abduction” of a Trinidadian national in Barbados", "a3"),
                  ("a5", "MIXED", "m6", "rebuked",
                   seg(T, "the Opposition Leader “for interfering", "outcome of ongoing investigations.”"), None),
                  ("a6", "INDIRECT", "m8", ("urging", "urging an investigation"),
                   "an investigation into the arrested of arms dealer Brent Thomas", None),
                  ("a7", "MIXED", "m9", ("said", "Rampersad, said"),
                   "had been “abducted” from Barbados by police to face criminal charges there", None),
                  # "in a statement over the weekend" names the medium; the addressee is outside the
                  # quotation.
                  ("a8", "DIRECT", "m10", ("told", "told police officers, “It"),
                   seg(T, "It is time to put yourselves", "let the chips fall where they may"), None),
                  ("a9", "MIXED", "m11", ("said", "The TTPS said that"),
                   seg(T, "Persad Bissessar’s statement alludes", "directing them all along.”"), None),
                  ("a10", "DIRECT", "m12", "alludes to",
                   seg(T, "allegations that members of the hierarchy", "directing them all along."), "a9"),
                  ("a11", "INDIRECT", None, ("allegations", "“allegations that"),
                   seg(T, "members of the hierarchy of the TTPS are coercing", "directing them all along"), "a10")])

write("train_ar.jsonl")
