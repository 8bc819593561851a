#!/usr/bin/env python3
"""Writes test3_a.jsonl: real-news gold, split test3-a (see gold.py). Run: python3 make_test3_a.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
doc("khabarhub-oli-alliance-wiped-out",
    url="https://english.khabarhub.com/?p=280310",
    outlet="Khabarhub", country="Nepal", topic="politics", cut=False,
    published="2022-11-14",
    text=(T := "Five-party alliance will be wiped out after Nov 20: UML Chair Oli\n"
          "CHITWAN: CPN-UML Chairman KP Oli has said the ruling five-party alliance will be wiped out after the November 20 elections.\n"
          "Labeling the alliance a “curse” for the country, he said the alliance would meet the same fate as the Ranas and the monarchy.\n"
          "He also dubbed the ruling alliance as “expired drugs”, saying, “The Nepali Congress and the Maoist Center are expired medicines. They will fail to deliver.”\n"
          "Addressing an election rally in Chitwan on Monday, UML Chairman Oli also urged voters of Chitwan Constituency-3 to vote for Dinesh Koirala, who is a rebel candidate of the Nepali Congress party.\n"
          "“At least, he (Koirala) Oli understands politics and has a democratic character,” he added.\n"
          "Koirala, a central member of the Nepali Congress, was expelled from the party for five years after he announced his candidacy.\n"
          "The CPN-UML has supported Koirala in Chitwan Constituency 3.\n"
          "Oli also took a swipe at Maoist Center Chairman Pushpa Kamal Dahal Prachanda saying, “I heard that he (Prachanda) constructed a house in Chitwan. But he fled to Gorkha.”"),
    entities=[("oli", "KP Oli", "PERSON", ["Oli", "UML Chair Oli", "CPN-UML Chairman KP Oli", "UML Chairman Oli"],
               "CPN-UML Chairman"),
              ("koirala", "Dinesh Koirala", "PERSON", ["Koirala", "Koirala, a central member of the Nepali Congress"],
               "rebel Nepali Congress candidate in Chitwan Constituency-3")],
    mentions=[("m1", "UML Chair Oli", "oli"),
              ("m2", "CPN-UML Chairman KP Oli", "oli"),
              ("m3", ("he", "he said the alliance"), "oli"),
              ("m4", ("He", "He also dubbed"), "oli"),
              ("m5", "UML Chairman Oli", "oli"),
              ("m6", "Dinesh Koirala", "koirala"),
              ("m7", ("Koirala", "(Koirala)"), "koirala"),
              ("m8", ("he", "he added"), "oli"),
              ("m9", "Koirala, a central member of the Nepali Congress", "koirala"),
              ("m10", ("he", "he announced"), "koirala"),
              ("m11", ("Koirala", "supported Koirala"), "koirala"),
              ("m12", ("Oli", "Oli also took"), "oli")],
    attributions=[("a1", "INDIRECT", "m1", None, "Five-party alliance will be wiped out after Nov 20", None),
                  ("a2", "INDIRECT", "m2", ("said", "has said"), "the ruling five-party alliance will be wiped out after the November 20 elections", None),
                  ("a3", "MIXED", "m3", "Labeling", "the alliance a “curse” for the country", None),
                  ("a4", "INDIRECT", "m3", ("said", "he said the alliance"), "the alliance would meet the same fate as the Ranas and the monarchy", None),
                  ("a5", "MIXED", "m4", "dubbed", "the ruling alliance as “expired drugs”", None),
                  ("a6", "DIRECT", "m4", ("saying", "drugs”, saying"), "The Nepali Congress and the Maoist Center are expired medicines. They will fail to deliver.", None),
                  ("a7", "INDIRECT", "m5", "urged", "voters of Chitwan Constituency-3 to vote for Dinesh Koirala, who is a rebel candidate of the Nepali Congress party", None),
                  ("a8", "DIRECT", "m8", "added", "At least, he (Koirala) Oli understands politics and has a democratic character,", None),
                  ("a9", "INDIRECT", "m10", "announced", "his candidacy", None),
                  ("a10", "INDIRECT", "m12", "took a swipe at", "Maoist Center Chairman Pushpa Kamal Dahal Prachanda", None),
                  ("a11", "DIRECT", "m12", ("saying", "Prachanda saying"), "I heard that he (Prachanda) constructed a house in Chitwan. But he fled to Gorkha.", None)])

# ---------------------------------------------------------------------------------------
doc("rnz-png-marape-forgery-claims",
    url="https://www.rnz.co.nz/international/pacific-news/510019/papua-new-guinea-leader-claims-opposition-abusing-parliamentary-process",
    outlet="RNZ", country="New Zealand", topic="politics", cut=False,
    published="2024-02-23",
    text=(T := "Papua New Guinea leader claims opposition abusing parliamentary process\n"
          "Papua New Guinea Prime Minister James Marape is referring a second motion of no confidence paper to the Parliamentry Privileges Comittee following allegations of forgery.\n"
          "\"It looks as if somebody is cutting and pasting these signatures and filling in names,\" Marape said.\n"
          "The Acting Speaker Koni Iguan told Parliament on Thursday the first motion of no confidence did not qualify to be listed on the notice paper.\n"
          "The review comittee found a problem with the first motion and asked the opposition to submit a second one.\n"
          "Members of the opposition group say they want clarity on the matter.\n"
          "Even going as far as to say it's \"concerning\".\n"
          "Now Marape has taken issue with that, saying he has been told certain leaders did not sign the second motion yet their names and signatures were used.\n"
          "He said it is a potential case of \"serious forgery\".\n"
          "\"As Prime Minister, I do not tolerate people who abuse the process, especially those who claim to be the 'alternate government' who want to fight for our people's rights.\n"
          "\"This is absolutely wrong! This level of deceit must be condemned in the strongest terms,\" Marape said.\n"
          "He said the opposition is more than welcome to attempt a vote of no confidence against him when Parliament resumes in May.\n"
          "He has denied Parliament was adjourned to avoid a vote against him."),
    entities=[("marape", "James Marape", "PERSON",
               ["Marape", "Papua New Guinea leader", "Papua New Guinea Prime Minister James Marape"],
               "Prime Minister of Papua New Guinea"),
              ("iguan", "Koni Iguan", "PERSON", ["Iguan", "The Acting Speaker Koni Iguan"], "Acting Speaker of Parliament"),
              ("committee", "The review comittee", "ORGANIZATION", [], "parliamentary review committee"),
              ("opposition", "Members of the opposition group", "GROUP", ["the opposition", "opposition"],
               "PNG parliamentary opposition")],
    mentions=[("m1", "Papua New Guinea leader", "marape"),
              ("m2", ("opposition", "claims opposition"), "opposition"),
              ("m3", "Papua New Guinea Prime Minister James Marape", "marape"),
              ("m4", ("Marape", "names,\" Marape"), "marape"),
              ("m5", "The Acting Speaker Koni Iguan", "iguan"),
              ("m6", "The review comittee", "committee"),
              ("m7", ("the opposition", "asked the opposition"), "opposition"),
              ("m8", "Members of the opposition group", "opposition"),
              ("m9", ("Marape", "Now Marape"), "marape"),
              ("m10", ("He", "He said it is"), "marape"),
              ("m11", ("those", "those who claim"), "opposition"),
              ("m12", ("Marape", "terms,\" Marape"), "marape"),
              ("m13", ("He", "He said the opposition"), "marape"),
              ("m14", ("the opposition", "said the opposition is"), "opposition"),
              ("m15", ("He", "He has denied"), "marape")],
    attributions=[("a1", "INDIRECT", "m1", "claims", "opposition abusing parliamentary process", None),
                  ("a2", "INDIRECT", None, "allegations", ("forgery", "allegations of forgery"), None),
                  ("a3", "DIRECT", "m4", ("said", "names,\" Marape said"), "It looks as if somebody is cutting and pasting these signatures and filling in names,", None),
                  ("a4", "INDIRECT", "m5", ("told", "Iguan told"), "the first motion of no confidence did not qualify to be listed on the notice paper", None),
                  ("a5", "INDIRECT", "m6", "found", "a problem with the first motion", None),
                  ("a6", "INDIRECT", "m6", ("asked", "and asked"), "the opposition to submit a second one", None),
                  ("a7", "INDIRECT", "m8", ("say", "group say"), "they want clarity on the matter", None),
                  ("a8", "MIXED", "m8", ("say", "as to say"), "it's \"concerning\"", None),
                  ("a9", "INDIRECT", "m9", "taken issue with", ("that", "issue with that"), None),
                  ("a10", "INDIRECT", "m9", "saying", "he has been told certain leaders did not sign the second motion yet their names and signatures were used", None),
                  ("a11", "INDIRECT", None, ("told", "has been told"), "certain leaders did not sign the second motion yet their names and signatures were used", "a10"),
                  ("a12", "MIXED", "m10", ("said", "He said it is"), "it is a potential case of \"serious forgery\"", None),
                  ("a13", "DIRECT", "m12", ("said", "terms,\" Marape said"), seg(T, "As Prime Minister, I do not", "strongest terms,"), None),
                  ("a14", "MIXED", "m11", ("claim", "who claim"), "to be the 'alternate government' who want to fight for our people's rights", "a13"),
                  ("a15", "INDIRECT", "m13", ("said", "He said the opposition"), "the opposition is more than welcome to attempt a vote of no confidence against him when Parliament resumes in May", None),
                  ("a16", "INDIRECT", "m15", "denied", "Parliament was adjourned to avoid a vote against him", None)],
    keep_that=("a9",))

# ---------------------------------------------------------------------------------------
doc("igihe-rwigara-pretrial-audio-witnesses",
    url="http://en.igihe.com/news/prosecution-to-line-70-witnesses-against-rwigaras.html",
    outlet="IGIHE", country="Rwanda", topic="courts-crime", cut=True,
    published="2017-10-16",
    text=(T := "Prosecution to line 70 witnesses against Rwigaras\n"
          "Nyarugenge Intermediate Court today resumed pre-trial hearing of Diane Shimimana Rwigara, Anne Uwamahoro Rwigara and their mother Adeline Mukangemanyi Rwigara’s case where the trio is accused of inciting insurrection.\n"
          "The defense team started by protesting that the Nyarugenge court should not be in charge of handling the hearing and trial, urging that the case should be taken to Kacyiru Primary Court.\n"
          "The court however ruled that Nyarugenge Intermediate Court shall be able to handle the case.\n"
          "When prosecution was asked to provide audio recorded evidence supporting allegations against the trio as entered on the charge sheet and file, they instead asked that one part of the hearing should be held in-camera to protect people who provided the testimonies.\n"
          "Prosecution said that they have twenty audio recordings as evidence against the accused, eight of which, if aired in the open, could affect security of the people in question.\n"
          "Prosecution also said that audio recordings have names mentioned, some of who are still under investigations and their revelation can obstruct further investigations and that they have testimonies from 70 witnesses but whose names, they said, they could not reveal for security purposes.\n"
          "One of the defence lawyers, Gatera Gashabana said that he was worried of audio recordings which his clients were not asked about during investigations or before prosecution.\n"
          "He said that audios were not legally taken and therefore to qualify before court, but the presiding judge said that qualification of the recordings is another case that could be handled on its own merit.\n"
          "Gashabana welcomed the act of listening to all the audio recordings in-camera as the allegations are based on the said audios."),
    entities=[("prosecution", "Prosecution", "ORGANIZATION", [], "the prosecution in the Rwigara case"),
              ("court", "Nyarugenge Intermediate Court", "ORGANIZATION", ["The court", "the Nyarugenge court"], None),
              ("defense", "The defense team", "GROUP", [], "defence lawyers of the Rwigaras"),
              ("gashabana", "Gatera Gashabana", "PERSON", ["Gashabana", "One of the defence lawyers, Gatera Gashabana"],
               "defence lawyer"),
              ("judge", "the presiding judge", "PERSON", [], None)],
    mentions=[("m1", ("Prosecution", "Prosecution to line"), "prosecution"),
              ("m2", ("Nyarugenge Intermediate Court", "Nyarugenge Intermediate Court today"), "court"),
              ("m3", "The defense team", "defense"),
              ("m4", "the Nyarugenge court", "court"),
              ("m5", "The court", "court"),
              ("m6", ("Nyarugenge Intermediate Court", "ruled that Nyarugenge"), "court"),
              ("m7", ("prosecution", "When prosecution"), "prosecution"),
              ("m8", ("they", "they instead asked"), "prosecution"),
              ("m9", ("Prosecution", "Prosecution said that"), "prosecution"),
              ("m10", ("Prosecution", "Prosecution also said"), "prosecution"),
              ("m11", "One of the defence lawyers, Gatera Gashabana", "gashabana"),
              ("m12", ("He", "He said that audios"), "gashabana"),
              ("m13", "the presiding judge", "judge"),
              ("m14", ("Gashabana", "Gashabana welcomed"), "gashabana")],
    attributions=[("a1", "INDIRECT", None, ("accused", "trio is accused"), "inciting insurrection", None),
                  ("a2", "INDIRECT", "m3", "protesting", "the Nyarugenge court should not be in charge of handling the hearing and trial", None),
                  ("a3", "INDIRECT", "m3", "urging", "the case should be taken to Kacyiru Primary Court", None),
                  ("a4", "INDIRECT", "m5", "ruled", "Nyarugenge Intermediate Court shall be able to handle the case", None),
                  ("a5", "INDIRECT", "m8", ("asked", "instead asked"), "one part of the hearing should be held in-camera to protect people who provided the testimonies", None),
                  ("a6", "INDIRECT", "m9", ("said", "Prosecution said"), seg(T, "they have twenty", "people in question"), None),
                  ("a7", "INDIRECT", "m10", ("said", "also said"), seg(T, "audio recordings have names mentioned", "security purposes"), None),
                  ("a8", "INDIRECT", "m11", ("said", "Gashabana said"), "he was worried of audio recordings which his clients were not asked about during investigations or before prosecution", None),
                  ("a9", "INDIRECT", "m12", ("said", "He said that audios"), "audios were not legally taken and therefore to qualify before court", None),
                  ("a10", "INDIRECT", "m13", ("said", "judge said"), "qualification of the recordings is another case that could be handled on its own merit", None),
                  ("a11", "INDIRECT", "m14", "welcomed", "the act of listening to all the audio recordings in-camera", None)])

# ---------------------------------------------------------------------------------------
doc("guyanatimes-cocaine-bust-four-remanded",
    url="https://guyanatimesinternational.com/four-charged-and-remanded-to-prison",
    outlet="Guyana Times International", country="Guyana", topic="courts-crime", cut=True,
    text=(T := "Four charged and remanded to prison\n"
          "Four of the five men who were detained for what has been described as the largest cocaine bust in Guyana’s recent history were charged with trafficking in narcotics, and they made appearance at the Georgetown Magistrates’ Courts on June 13.\n"
          "The fifth detainee has been hospitalised after collapsing with abdominal pain at the Brickdam Police Station on June 12.\n"
          "Venezuelan Luis Alberto Garcia, along with Guyanese Deonarine Singh, 41, of Friendship, East Bank Demerara; Randolph Singh, 32, and Clyn Collier, 34, of South Ruimveldt, Georgetown, were all remanded to prison by acting Chief Magistrate Priya Sewnarine-Beharry.\n"
          "The men pleaded not guilty to the charge, which stated that on June 9 at Batavia, Cuyuni River, in the Essequibo magisterial district, they trafficked 149kg 638g of cocaine.\n"
          "Deonarine Singh, Randolph Singh and Clyn Collier were represented by attorney Vic Puran, while Luis Alberto Garcia was represented by attorney Glen Hanoman.\n"
          "Police prosecutor Vishnu Hunte told the court that, on June 9, the police acted on information and went to Batavia Island, located some 24km from Bartica, where they saw a boat moored, and five men were observed at the landing.\n"
          "Police conducted a search on the persons but did not find anything. Further searches were conducted on the boat, where the cocaine was discovered concealed in four plastic containers, along with clothes and personal document belonging to the defendants.\n"
          "Based on investigations and advice from the director of public prosecutions, the charge was jointly instituted.\n"
          "Hunte objected to bail under Section 94 of the Trafficking in Narcotics Act, which states that bail should be granted to persons charged for trafficking in narcotics only if special circumstances are presented to the court."),
    entities=[("hunte", "Vishnu Hunte", "PERSON", ["Hunte", "Police prosecutor Vishnu Hunte"], "police prosecutor"),
              ("charge", "the charge", "ORGANIZATION", [], "the trafficking charge against the four men"),
              ("section94", "Section 94 of the Trafficking in Narcotics Act", "ORGANIZATION", ["Section 94"], "law")],
    mentions=[("m1", ("the charge", "the charge, which stated"), "charge"),
              ("m2", "Police prosecutor Vishnu Hunte", "hunte"),
              ("m3", ("the charge", "the charge was jointly"), "charge"),
              ("m4", ("Hunte", "Hunte objected"), "hunte"),
              ("m5", "Section 94 of the Trafficking in Narcotics Act", "section94")],
    attributions=[("a1", "INDIRECT", None, "described", "as the largest cocaine bust in Guyana’s recent history", None),
                  ("a2", "INDIRECT", "m1", "stated", "on June 9 at Batavia, Cuyuni River, in the Essequibo magisterial district, they trafficked 149kg 638g of cocaine", None),
                  ("a3", "INDIRECT", "m2", ("told", "Hunte told"), seg(T, "on June 9, the police acted", "at the landing"), None),
                  ("a4", "INDIRECT", "m4", "objected", ("bail", "objected to bail"), None),
                  ("a5", "INDIRECT", "m5", "states", seg(T, "bail should be granted to persons", "presented to the court"), None)])

# ---------------------------------------------------------------------------------------
doc("khaleejtimes-uae-coach-mahdi-ali-referee",
    url="http://www.khaleejtimes.com/sport/football/not-the-end-of-the-world-says-uae-coach",
    outlet="Khaleej Times", country="United Arab Emirates", topic="sport", cut=True,
    published="2016-09-07",
    text=(T := "Not the end of the world, says UAE coach\n"
          "Abu Dhabi - In Japan, we were fresh but now we are a bit tired, says Mahdi Ali\n"
          "Head coach Mahdi Ali blamed the refereeing decision for the 2018 World Cup qualifiers loss to Australia and said it wasn't the 'end of the world'.\n"
          "\"It was a foul and shouldn't have been a goal,\" the national coach said referring to the incident during Tim Cahill's goal at the Mohammed bin Zayed Stadium on Tuesday night. Australia's veteran star slotted in Brad Smith's cross but not before pushing away defender Mohanad Salem. But Malaysian referee Mohammed Amirul had ignored more bitter challenges than that.\n"
          "\"We have lost this match because of the mistake by the referee. We won an away match against Japan. Overall, I am happy with the performance,\" the coach said at a post-match Press conference.\n"
          "Ali accepted that the 'Whites' failed to convert their chances. \"Both the teams played a great game. We didn't convert from many of our chances whereas they did. We have to accept that sometime we win and at time we lose,\" he said.\n"
          "Defending his players' poor conversions, he said: \"Sometime it happens. We have to consider the weather and fatigue of the players. In Japan, we were fresh but now we are a bit tired.\"\n"
          "Ali remained optimistic about making the 2018 World Cup.\n"
          "\"This is not end of the world. We have to believe in our dream and fight for that. We still have our chances. Nobody expected us to beat Japan in their home. So anything is still possible in this group.\"\n"
          "He thanked and apologised to the fans.\n"
          "\"I hope the team get better from here on. Our future will be good,\" Ali said."),
    entities=[("ali", "Mahdi Ali", "PERSON",
               ["Ali", "UAE coach", "Head coach Mahdi Ali", "the national coach", "the coach"],
               "UAE national football team head coach")],
    mentions=[("m1", "UAE coach", "ali"),
              ("m2", ("Mahdi Ali", "says Mahdi Ali"), "ali"),
              ("m3", "Head coach Mahdi Ali", "ali"),
              ("m4", "the national coach", "ali"),
              ("m5", ("the coach", "the coach said at"), "ali"),
              ("m6", ("Ali", "Ali accepted"), "ali"),
              ("m7", ("he", "lose,\" he said"), "ali"),
              ("m8", ("he", "he said: "), "ali"),
              ("m9", ("Ali", "Ali remained"), "ali"),
              ("m10", ("Ali", "Ali said."), "ali")],
    attributions=[("a1", "INDIRECT", "m1", ("says", "says UAE"), "Not the end of the world", None),
                  ("a2", "INDIRECT", "m2", ("says", "says Mahdi"), ("In Japan, we were fresh but now we are a bit tired", "Abu Dhabi"), None),
                  ("a3", "INDIRECT", "m3", "blamed", "the refereeing decision for the 2018 World Cup qualifiers loss to Australia", None),
                  ("a4", "MIXED", "m3", ("said", "and said it"), "it wasn't the 'end of the world'", None),
                  ("a5", "DIRECT", "m4", ("said", "national coach said"), "It was a foul and shouldn't have been a goal,", None),
                  ("a6", "DIRECT", "m5", ("said", "the coach said at"), seg(T, "We have lost this match", "with the performance,"), None),
                  ("a7", "MIXED", "m6", "accepted", "the 'Whites' failed to convert their chances", None),
                  ("a8", "DIRECT", "m7", ("said", "lose,\" he said"), seg(T, "Both the teams", "at time we lose,"), None),
                  ("a9", "INDIRECT", "m8", "Defending", "his players' poor conversions", None),
                  ("a10", "DIRECT", "m8", ("said", "he said: "), seg(T, "Sometime it happens.", "a bit tired."), None),
                  ("a11", "INDIRECT", "m9", "optimistic", "making the 2018 World Cup", None),
                  ("a12", "DIRECT", "m9", None, seg(T, "This is not end of the world.", "in this group."), None),
                  ("a13", "DIRECT", "m10", ("said", "Ali said."), "I hope the team get better from here on. Our future will be good,", None)])

# ---------------------------------------------------------------------------------------
doc("cambodiadaily-sea-games-team-corruption",
    url="https://english.cambodiadaily.com/news/new-team-practices-as-old-team-is-criticized-50832/",
    outlet="The Cambodia Daily", country="Cambodia", topic="sport", cut=True,
    text=(T := "New Team Practices as Old Team Is Criticized\n"
          "Under instructions from its newly appointed South Korean head coach, the team named at the eleventh hour by the National Olympic Committee to represent Cambodia at the Southeast Asian Games resumed training Monday after a weekend break.\n"
          "The new team, comprised of 16 players from the national league team Khemara—supported by National Assembly and Olympic Committee President Prince Norodom Ranariddh—and four players from the original national team, will have better chances at the games, the team’s manager Lah Salakhan said.\n"
          "“Cambodians think that my team is better than the national team,” Lah Salakhan said.\n"
          "“The national team had some problems,” he said.\n"
          "In a Sunday statement, Prince Norodom Chakrapong, adviser to Prince Ranariddh, blasted what he called the “catastrophic performance achieved by the Cambodian national team during the last few years.”\n"
          "Prince Chakrapong also alleged that the national team faced other problems.\n"
          "“We thought it was necessary to change the players as well as the management, both of whom by the way were often related by personal or parental links,” the statement claimed.\n"
          "Som Saran, a former national team player and coach for the team at the 2004 Tiger Cup, suggested that corruption might have been an issue for the national side.\n"
          "“I accept that there is corruption in the national team but we have no proof,” he said, adding that taking bribes had been a problem for several years.\n"
          "“When the team went out to play outside the country they always made corruption. In Vietnam, I told them not to sell the nation, they still did,” Som Saran said.\n"
          "After the SEA Games in 2003 in Vietnam, an investigation was conducted following allegations that nine players phoned in bets against their own side.\n"
          "The allegations were investigated and later rejected by the Cambodian Football Federation."),
    entities=[("salakhan", "Lah Salakhan", "PERSON", ["the team’s manager Lah Salakhan"], "manager of the new SEA Games team"),
              ("cambodians", "Cambodians", "GROUP", [], None),
              ("chakrapong", "Prince Norodom Chakrapong", "PERSON",
               ["Prince Chakrapong", "Prince Norodom Chakrapong, adviser to Prince Ranariddh"], "adviser to Prince Ranariddh"),
              ("statement", "the statement", "ORGANIZATION", [], "Prince Norodom Chakrapong's Sunday statement"),
              ("somsaran", "Som Saran", "PERSON", [], "former national team player and coach"),
              ("cff", "the Cambodian Football Federation", "ORGANIZATION", [], None)],
    mentions=[("m1", "the team’s manager Lah Salakhan", "salakhan"),
              ("m2", ("Lah Salakhan", "team,” Lah Salakhan"), "salakhan"),
              ("m3", ("Cambodians", "“Cambodians think"), "cambodians"),
              ("m4", ("he", "problems,” he said"), "salakhan"),
              ("m5", "Prince Norodom Chakrapong, adviser to Prince Ranariddh", "chakrapong"),
              ("m6", ("he", "what he called"), "chakrapong"),
              ("m7", "Prince Chakrapong", "chakrapong"),
              ("m8", ("the statement", "the statement claimed"), "statement"),
              ("m9", ("Som Saran", "Som Saran, a former"), "somsaran"),
              ("m10", ("he", "proof,” he said"), "somsaran"),
              ("m11", ("I", "I told them"), "somsaran"),
              ("m12", ("Som Saran", "Som Saran said"), "somsaran"),
              ("m13", "the Cambodian Football Federation", "cff")],
    attributions=[("a1", "INDIRECT", "m1", ("said", "Salakhan said.\n“Cambodians"), seg(T, "The new team, comprised", "better chances at the games"), None),
                  ("a2", "DIRECT", "m2", ("said", "team,” Lah Salakhan said"), "Cambodians think that my team is better than the national team,", None),
                  ("a3", "INDIRECT", "m3", "think", "my team is better than the national team", "a2"),
                  ("a4", "DIRECT", "m4", ("said", "problems,” he said"), "The national team had some problems,", None),
                  ("a5", "MIXED", "m5", "blasted", seg(T, "what he called", "last few years.”"), None),
                  ("a6", "DIRECT", "m6", "called", seg(T, "catastrophic performance", "last few years."), "a5"),
                  ("a7", "INDIRECT", "m7", "alleged", "the national team faced other problems", None),
                  ("a8", "DIRECT", "m8", "claimed", seg(T, "We thought it was necessary", "parental links,"), None),
                  ("a9", "INDIRECT", "m9", "suggested", "corruption might have been an issue for the national side", None),
                  ("a10", "DIRECT", "m10", ("said", "proof,” he said"), "I accept that there is corruption in the national team but we have no proof,", None),
                  ("a11", "INDIRECT", "m10", "adding", "taking bribes had been a problem for several years", None),
                  ("a12", "DIRECT", "m12", ("said", "Som Saran said"), seg(T, "When the team went out", "they still did,"), None),
                  ("a13", "INDIRECT", "m11", ("told", "I told them"), "not to sell the nation", "a12"),
                  ("a14", "INDIRECT", None, ("allegations", "following allegations"), "nine players phoned in bets against their own side", None),
                  ("a15", "INDIRECT", "m13", "rejected", ("The allegations", "The allegations were"), None)])

write("test3_a.jsonl")
