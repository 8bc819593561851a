#!/usr/bin/env python3
"""Writes test11_b.jsonl: real-news gold, split test11-b (see gold.py). Run: python3 make_test11_b.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
# The page's date line ("Manama, April 29, 2011") is metadata and is left out. The stored page
# breaks off inside a later quotation, so the text ends at the paragraph before it.
# Judgment calls: the headline "Killers 'deliberately targeted Bahrain policemen'" has no speaker
# and no reporting verb; its quoted words are not printed as anyone's words in the text, so it is
# a quoted phrase with no reporting frame (FORMAT.md: No cue, no claim) and is not annotated.
# "footage of the men confessing to the attacks" is a participle inside a noun phrase with no
# finite reporting verb (FORMAT.md: Excluded, participles), so it is left out.
# "protesters had been encouraged to run over police officers by an extremist opposition leader"
# is a directive speech act like "staff were told to stay home" (content "to run over police
# officers"), nested in the witness's claim; its agent is named in the by-phrase.
# The source "Men convicted of murdering two policemen in Bahrain during the unrest last month" is
# the whole subject NP: the restrictive participle phrase is what names the group ("Men" alone
# names nobody).
# The paper calls defendants "Mr" + surname ("Mr Saeed" = Saeed Abduljalil Saeed), so "Husain" in
# "Saeed said Husain told the men" is Abdulaziz Abdulridha Ibrahim Husain, whom Saeed's quotation
# calls "Abdulaziz" and who gives the same kind of order there (FORMAT.md: later context may
# settle an antecedent).
doc("tradearabia-bahrain-policemen-killers-confessions",
    url="https://tradearabia.com/news/MISC_197712.html",
    outlet="TradeArabia", country="Bahrain", topic="courts-crime", cut=True, published="2011-04-29",
    text=(T := "Killers 'deliberately targeted Bahrain policemen'\n"
          "Men convicted of murdering two policemen in Bahrain during the unrest last month have described how they deliberately ran over their victims, in televised confessions.\n"
          "A military court sentenced four of them to death and jailed another three for life yesterday for killing policemen Kashef Ahmed Mandhoor and Mohammed Farooq Abdulsamad Al Balooshi.\n"
          "Both officers were targeted during an operation to evict protesters from the GCC (Pearl) Roundabout on March 16.\n"
          "Just hours after the sentencing, Bahrain TV broadcast footage of the men confessing to the attacks - while another witness said protesters had been encouraged to run over police officers by an extremist opposition leader.\n"
          "Four policemen were killed during the height of unrest, with at least three of them being deliberately mowed down by cars.\n"
          "Defendants Ali Abdulla Hassan Al Singees, Qasim Hasan Matar Ahmad, Saeed Abduljalil Saeed and Abdulaziz Abdulridha Ibrahim Husain were sentenced to death yesterday for their role in killing the two officers.\n"
          "Three others jailed for life for their role in the two deaths were Isa Abdulla Kadhem Ali, Sayyed Sadiq Ali Mahdi and Husain Ja'afar Abdulkareem.\n"
          "During yesterday's broadcast, Mr Saeed described the moments leading up to the deaths of the two officers, saying he had been called to the roundabout at 5am on March 16.\n"
          "\"I went to the tent where I found Abdulaziz, Ali, Mr Ali, Sayyed Sadiq and other people I did not know,\" he said.\n"
          "\"While there, Abdulaziz told us that we should be involved in anything that happens at the roundabout and that we should get into action and assist.\n"
          "\"We all agreed. Then Qasim arrived on foot. He did not bring his car.\"\n"
          "Saeed said Husain told the men to follow him into two GMC vans parked nearby and the men split up."),
    entities=[("convicted", "Men convicted of murdering two policemen in Bahrain", "GROUP",
               ["Men convicted of murdering two policemen in Bahrain during the unrest last month", "the men"],
               "the men convicted of killing two Bahraini policemen"),
              ("witness", "another witness", "PERSON", [], "a witness shown in the broadcast"),
              ("leader", "an extremist opposition leader", "PERSON", [], "an unnamed opposition leader"),
              ("saeed", "Saeed Abduljalil Saeed", "PERSON", ["Saeed", "Mr Saeed"], "defendant sentenced to death"),
              ("abdulaziz", "Abdulaziz Abdulridha Ibrahim Husain", "PERSON", ["Abdulaziz", "Husain", "Mr Husain"],
               "defendant sentenced to death")],
    mentions=[("m1", "Men convicted of murdering two policemen in Bahrain during the unrest last month", "convicted"),
              ("m2", ("the men", "footage of the men"), "convicted"),
              ("m3", "another witness", "witness"),
              ("m4", "an extremist opposition leader", "leader"),
              ("m5", "Saeed Abduljalil Saeed", "saeed"),
              ("m6", "Abdulaziz Abdulridha Ibrahim Husain", "abdulaziz"),
              ("m7", "Mr Saeed", "saeed"),
              ("m8", ("Abdulaziz", "I found Abdulaziz"), "abdulaziz"),
              ("m9", ("he", "he said.\n"), "saeed"),
              ("m10", ("Abdulaziz", "Abdulaziz told us"), "abdulaziz"),
              ("m11", ("Saeed", "Saeed said Husain"), "saeed"),
              ("m12", ("Husain", "Husain told the men"), "abdulaziz")],
    attributions=[("a1", "INDIRECT", "m1", ("described", "have described how"), "how they deliberately ran over their victims", None),
                  ("a2", "INDIRECT", "m3", ("said", "witness said"),
                   "protesters had been encouraged to run over police officers by an extremist opposition leader", None),
                  ("a3", "INDIRECT", "m4", ("encouraged", "been encouraged"), "to run over police officers", "a2"),
                  ("a4", "INDIRECT", "m7", ("described", "Mr Saeed described"),
                   "the moments leading up to the deaths of the two officers", None),
                  ("a5", "INDIRECT", "m7", "saying", "he had been called to the roundabout at 5am on March 16", None),
                  ("a6", "DIRECT", "m9", ("said", "he said.\n"),
                   "I went to the tent where I found Abdulaziz, Ali, Mr Ali, Sayyed Sadiq and other people I did not know,", None),
                  ("a7", "DIRECT", "m9", None, seg(T, "While there, Abdulaziz", "He did not bring his car."), None),
                  ("a8", "INDIRECT", "m10", ("told", "Abdulaziz told us"),
                   "we should be involved in anything that happens at the roundabout and that we should get into action and assist", "a7"),
                  ("a9", "INDIRECT", "m11", ("said", "Saeed said Husain"),
                   "Husain told the men to follow him into two GMC vans parked nearby and the men split up", None),
                  ("a10", "INDIRECT", "m12", ("told", "Husain told the men"), "to follow him into two GMC vans parked nearby", "a9")])

# ---------------------------------------------------------------------------------------
# The page's ad-blocker notice, font-size controls and date line ("Thu 19 Apr 2007 06:03 PM") are
# left out; the standfirst is kept. The stored page breaks off inside a sentence, so the text ends
# at the paragraph before it.
# Judgment calls: "The bank ... wants to increase foreign operations' share of profit" states an
# aim, not a claim or belief, and has no reporting verb, so it is left out (as "It also plans to
# spend ..."). "the bank's chief executive" is AbdulRazak Ali Issa, whom the text quotes on the
# bank's own target ("our target") in the paragraph before (FORMAT.md: a role description resolves
# to the person the text identifies). "according to Reuters calculations" names its author in the
# document's NP, so the source is Reuters (FORMAT.md: Documents). "without being more specific
# about what drove profit" is an omission with an open question (FORMAT.md: seed a9/a10), with
# the linking "about" left out of the content.
doc("arabianbusiness-bank-muscat-eyeing-gulf-acquisitions",
    url="https://www.arabianbusiness.com/bank-muscat-eyeing-gulf-acquisitions-146160.html",
    outlet="Arabian Business", country="United Arab Emirates", topic="business", cut=True, published="2007-04-19",
    text=(T := "Bank Muscat eyeing Gulf acquisitions\n"
          "Oman’s largest bank is looking to boost foreign profit by increasing investments, as Q1 profits up over 30%.\n"
          "Bank Muscat, Oman's largest lender, said it is mulling acquisitions in the Gulf as it seeks to boost the share of profit from foreign operations almost four-fold by 2012 to mitigate against competition at home.\n"
          "It also plans to spend $50 million to marginally increase its 22 percent stake in India's Centurion Bank of Punjab, which is buying Lord Krishna Bank. The additional investment would allow it to maintain its stake after the merger.\n"
          "The bank, which this month opened its first branch in Saudi Arabia - the world's largest oil exporter - wants to increase foreign operations' share of profit to 25 percent in five years from 7 percent in 2006, led by India, Saudi Arabia and Bahrain.\n"
          "\"This is our target; 25 percent of profit comes from outside Oman in five years,\" AbdulRazak Ali Issa said in an interview in Mumbai on Thursday.\n"
          "Bank Muscat expects first-quarter profit to exceed last year's equivalent three months by at least 30 percent as the oil-driven economy grows, the bank's chief executive said today.\n"
          "A 30-percent rise would imply net income of about 17.2 million riyals ($44.69 million) in the three months to March 31, compared with 13.25 million riyals in the year-earlier period, according to Reuters calculations. That would make it a record.\n"
          "\"The first quarter is more than 30 percent,\" AbdulRazak Ali Issa told Reuters in Mumbai, when asked about profit growth.\n"
          "\"With the oil price as it is, there is a huge revenue coming into the country,\" Issa said, without being more specific about what drove profit."),
    entities=[("bankmuscat", "Bank Muscat", "ORGANIZATION", ["Bank Muscat, Oman's largest lender", "Oman’s largest bank"],
               "Oman's largest bank"),
              ("issa", "AbdulRazak Ali Issa", "PERSON", ["Issa", "the bank's chief executive"], "chief executive of Bank Muscat"),
              ("reuters", "Reuters", "ORGANIZATION", ["Reuters calculations"], "news agency")],
    mentions=[("m1", ("Bank Muscat", "Bank Muscat eyeing"), "bankmuscat"),
              ("m2", "Oman’s largest bank", "bankmuscat"),
              ("m3", "Bank Muscat, Oman's largest lender", "bankmuscat"),
              ("m4", ("The bank", "The bank, which"), "bankmuscat"),
              ("m5", ("AbdulRazak Ali Issa", "AbdulRazak Ali Issa said"), "issa"),
              ("m6", ("Bank Muscat", "Bank Muscat expects"), "bankmuscat"),
              ("m7", "the bank's chief executive", "issa"),
              ("m8", "Reuters calculations", "reuters"),
              ("m9", ("AbdulRazak Ali Issa", "AbdulRazak Ali Issa told"), "issa"),
              ("m10", ("Reuters", "told Reuters"), "reuters"),
              ("m11", ("Issa", "Issa said, without"), "issa")],
    attributions=[("a1", "INDIRECT", "m3", ("said", "lender, said"),
                   seg(T, "it is mulling acquisitions", "competition at home"), None),
                  ("a2", "DIRECT", "m5", ("said", "Issa said in an interview"),
                   "This is our target; 25 percent of profit comes from outside Oman in five years,", None),
                  ("a3", "INDIRECT", "m7", ("said", "chief executive said"),
                   seg(T, "Bank Muscat expects first-quarter", "oil-driven economy grows"), None),
                  ("a4", "INDIRECT", "m6", "expects",
                   seg(T, "first-quarter profit to exceed", "oil-driven economy grows"), "a3"),
                  ("a5", "INDIRECT", "m8", "according to",
                   seg(T, "A 30-percent rise would imply", "in the year-earlier period"), None),
                  ("a6", "DIRECT", "m9", "told", "The first quarter is more than 30 percent,", None),
                  ("a7", "DIRECT", "m11", ("said", "Issa said, without"),
                   "With the oil price as it is, there is a huge revenue coming into the country,", None),
                  ("a8", "INDIRECT", "m11", "being more specific", "what drove profit", None)])

# ---------------------------------------------------------------------------------------
# The stored page has no headline; the text starts with its lead. The wire credit "(dpa/NAN)"
# that closes the last paragraph is a byline and is left out.
# Judgment calls: "suggested openness to Israel" is evaluative reporting with a noun-phrase content
# (FORMAT.md: "announced the launch of X"). "Bassil's office defended him, saying his remarks had
# been taken out of context ..." is one claim: the defence's content is the participle clause, so
# the cue is "saying" ("him" alone is no claim). "described Bassil's comment as "shocking and
# surprising."" follows "calls the decision "a smokescreen"" (MIXED, the object kept).
# "criticised the lack of attention ..." is evaluative reporting with a content, like "defended the
# design". Inside the office's quotation, "His position has always been that ..." states Bassil's
# view (FORMAT.md: "My engineers' view is that ..."), a nested claim whose source is "His".
# "No one spoke of the statement" names no speaker and is negated, so it is not nested.
doc("newsdiaryonline-bassil-israel-remarks-uproar",
    url="https://newsdiaryonline.com/uproar-lebanon-foreign-ministers-israel-remarks",
    outlet="News Diary Online", country="Nigeria", topic="politics", cut=False,
    text=(T := "Lebanese Foreign Minister Jubran Bassil has sparked uproar in the country after he suggested openness to Israel in an interview on Friday.\n"
          "“There is no ideological problem for us with Israel, and we are not rejecting Israel’s existence,’’ Bassil told Lebanese television al-Mayadeen.\n"
          "Lebanon does not have diplomatic ties with Israel.\n"
          "In 2006, Lebanon’s Iran-allied Hezbollah movement fought a devastating war against Israel.\n"
          "The minister’s remarks triggered scathing criticism on social media and in some Lebanese newspapers.\n"
          "The private-owned daily Ad Diyar described Bassil’s comment as “shocking and surprising.”\n"
          "The newspaper also criticised the lack of attention given to the minister’s remarks in the country’s mainstream media.\n"
          "“No one spoke of the statement in the Lebanese media although it has already been uploaded on social media,’’ the newspaper commented.\n"
          "Bassil is the son-in-law of President Michel Aoun of Lebanon, who is a close ally of Hezbollah.\n"
          "Bassil’s office defended him, saying his remarks had been taken out of context in an alleged attempt to harm his image.\n"
          "“My wish is for everyone to live in peace and to recognise each other,’’ the minister’s office added in a statement issued on Thursday.\n"
          "“”His position has always been that Israel is an aggressor, who conducts state terrorism,’’ Bassil’s office said."),
    entities=[("bassil", "Jubran Bassil", "PERSON", ["Bassil", "Lebanese Foreign Minister Jubran Bassil"],
               "Foreign Minister of Lebanon"),
              ("addiyar", "Ad Diyar", "ORGANIZATION", ["The private-owned daily Ad Diyar", "the newspaper"],
               "privately owned Lebanese daily"),
              ("office", "Bassil’s office", "ORGANIZATION", ["the minister’s office"], "office of the Lebanese Foreign Minister")],
    mentions=[("m1", "Lebanese Foreign Minister Jubran Bassil", "bassil"),
              ("m2", ("he", "he suggested"), "bassil"),
              ("m3", ("Bassil", "Bassil told"), "bassil"),
              ("m4", "The private-owned daily Ad Diyar", "addiyar"),
              ("m5", ("The newspaper", "The newspaper also"), "addiyar"),
              ("m6", ("the newspaper", "the newspaper commented"), "addiyar"),
              ("m7", ("Bassil", "Bassil is the son-in-law"), "bassil"),
              ("m8", ("Bassil’s office", "Bassil’s office defended"), "office"),
              ("m9", "the minister’s office", "office"),
              ("m10", ("His", "His position"), "bassil"),
              ("m11", ("Bassil’s office", "Bassil’s office said"), "office")],
    attributions=[("a1", "INDIRECT", "m2", "suggested", "openness to Israel", None),
                  ("a2", "DIRECT", "m3", ("told", "Bassil told"),
                   "There is no ideological problem for us with Israel, and we are not rejecting Israel’s existence,", None),
                  ("a3", "MIXED", "m4", "described", "Bassil’s comment as “shocking and surprising.”", None),
                  ("a4", "INDIRECT", "m5", "criticised",
                   "the lack of attention given to the minister’s remarks in the country’s mainstream media", None),
                  ("a5", "DIRECT", "m6", "commented",
                   "No one spoke of the statement in the Lebanese media although it has already been uploaded on social media,", None),
                  ("a6", "INDIRECT", "m8", "saying",
                   "his remarks had been taken out of context in an alleged attempt to harm his image", None),
                  ("a7", "DIRECT", "m9", "added", "My wish is for everyone to live in peace and to recognise each other,", None),
                  ("a8", "DIRECT", "m11", ("said", "office said."),
                   "His position has always been that Israel is an aggressor, who conducts state terrorism,", None),
                  ("a9", "INDIRECT", "m10", "position", "Israel is an aggressor, who conducts state terrorism", "a8")])

# ---------------------------------------------------------------------------------------
# The "Related Articles" list after the story is left out. The page's date ("Sunday, July 14,
# 2024") is the site's header date, not the story's, so no `published` is recorded.
# Judgment calls: the headline "Sichone compliments Chipolopolo Boys following win over Bafana
# Bafana" and "has complimented his side" are evaluative reporting with a noun-phrase content
# ("rues the defeat"); "following ..." is an adjunct of the reporting event and is left out.
# Inside Sichone's quotation, "I ... encouraged the boys not to look down but pick themselves up"
# reports a past speech act (nested, the addressee left out) and "They are aware that ..." states
# the players' attitude (FORMAT.md: "Drivers know that ..."), nested with source "They". "they did
# not believe in these guys" (trust, negated, no propositional content) is not annotated.
# The players, the boys, the team and the Chipolopolo Boys are one collective in one scene.
doc("zambianfootball-sichone-compliments-chipolopolo-boys",
    url="https://zambianfootball.co.zm/sichone-compliments-chipolopolo-boys-following-win-over-bafana-bafana/",
    outlet="Zambian Football", country="Zambia", topic="sport", cut=False,
    text=(T := "Sichone compliments Chipolopolo Boys following win over Bafana Bafana\n"
          "Zambia coach Moses Sichone has complimented his side following the 2-1 win over host South Africa.\n"
          "Second half goals from Golden Mashata and Albert Kangwanda secured the Chipolopolo Boys to the Cosafa Cup final.\n"
          "The defending Champions had bad start after they conceded first but recovered to book a place against Lesotho in Sunday’s final.\n"
          "“A big compliment to the team, they have done well today after all the analysis we did, we saw South Africa, saw their strongest points and their weaknesses. We expect another tough match against Lesotho because Lesotho is one of the experienced teams. They have been playing for so many years together, we know that the game won’t be easy,” Sichone said.\n"
          "“I went in the dressing room and encouraged the boys not to look down but pick themselves up. After that the team came back strong and we managed to equalize and scored the second goal,” he said.\n"
          "“I know most of the fans, more especially back home, they did not believe in these guys but these are some of the things we know in football. For me the most important thing is the players, if they are able to make the fans happy then they have done their job,” he said.\n"
          "“They are aware that when they are putting on the jersey, they are not representing themselves, they are representing the whole mother Zambia.”\n"
          "And his opposite number Morena Ramoreboli said the semifinal was a cagey affair that was always going to be won on mistakes.\n"
          "“We the same mistake we were doing in the final third in our defence to concede the first goal and exposing the space in front of the centre backs,” he said.\n"
          "“The way the game was, it was so tight that whoever made mistakes will end up losing the match. it is just unfortunate that today it was us who made those mistakes.”"),
    entities=[("sichone", "Moses Sichone", "PERSON", ["Sichone", "Zambia coach Moses Sichone"], "coach of Zambia"),
              ("players", "Chipolopolo Boys", "GROUP", ["the Chipolopolo Boys", "The defending Champions", "the players", "the boys", "the team"],
               "Zambia's team"),
              ("ramoreboli", "Morena Ramoreboli", "PERSON", ["Ramoreboli", "his opposite number Morena Ramoreboli"],
               "coach of South Africa")],
    mentions=[("m1", ("Sichone", "Sichone compliments"), "sichone"),
              ("m2", ("Chipolopolo Boys", "compliments Chipolopolo Boys"), "players"),
              ("m3", "Zambia coach Moses Sichone", "sichone"),
              ("m4", "his side", "players"),
              ("m5", "the Chipolopolo Boys", "players"),
              ("m6", "The defending Champions", "players"),
              ("m7", ("the team", "compliment to the team"), "players"),
              ("m8", ("Sichone", "Sichone said"), "sichone"),
              ("m9", ("I", "I went in the dressing room"), "sichone"),
              ("m10", "the boys", "players"),
              ("m11", ("the team", "the team came back"), "players"),
              ("m12", ("he", "second goal,” he said"), "sichone"),
              ("m13", "these guys", "players"),
              ("m14", "the players", "players"),
              ("m15", ("he", "their job,” he said"), "sichone"),
              ("m16", ("They", "They are aware"), "players"),
              ("m17", "his opposite number Morena Ramoreboli", "ramoreboli"),
              ("m18", ("he", "centre backs,” he said"), "ramoreboli")],
    attributions=[("a1", "INDIRECT", "m1", "compliments", ("Chipolopolo Boys", "compliments Chipolopolo Boys"), None),
                  ("a2", "INDIRECT", "m3", "complimented", "his side", None),
                  ("a3", "DIRECT", "m8", ("said", "Sichone said"),
                   seg(T, "A big compliment to the team", "the game won’t be easy,"), None),
                  ("a4", "DIRECT", "m12", ("said", "second goal,” he said"),
                   seg(T, "I went in the dressing room", "scored the second goal,"), None),
                  ("a5", "INDIRECT", "m9", "encouraged", "not to look down but pick themselves up", "a4"),
                  ("a6", "DIRECT", "m15", ("said", "their job,” he said"),
                   seg(T, "I know most of the fans", "they have done their job,"), None),
                  ("a7", "DIRECT", "m15", None, seg(T, "They are aware that", "the whole mother Zambia."), None),
                  ("a8", "INDIRECT", "m16", "aware",
                   "when they are putting on the jersey, they are not representing themselves, they are representing the whole mother Zambia", "a7"),
                  ("a9", "INDIRECT", "m17", ("said", "Ramoreboli said"),
                   "the semifinal was a cagey affair that was always going to be won on mistakes", None),
                  ("a10", "DIRECT", "m18", ("said", "centre backs,” he said"),
                   seg(T, "We the same mistake", "in front of the centre backs,"), None),
                  ("a11", "DIRECT", "m18", None, seg(T, "The way the game was", "who made those mistakes."), None)])

# ---------------------------------------------------------------------------------------
# The stored page has no headline (its address reads "three-die-of-cholera-in-the-north"); the text
# starts with its lead, and the page's date line is left out. The stored page breaks off inside a
# later paragraph, so the text ends at the paragraph before it.
# Judgment calls: "confirmed the development in the district saying they have ... shifted the
# isolation camp ..." is two claims of Singini ("X said A, warning that B"). "has reiterated on the
# growing pressure on the medical supplies" drops the linking "on" ("complained about noise" ->
# "noise"). "The office, he said, is appealing for support ..." keeps the parenthetical clause in
# its content (FORMAT.md: Contiguity); the office's appeal inside it is a nested claim ("called
# for"), with "in order to contain the situation" left out as an adjunct of the appeal ("in an
# effort to slow traffic"). Inside Singini's quotation, the laboratory "confirmed the cholera
# outbreak" is a nested finding; "from all the samples that we had sent" is an adjunct.
doc("malawiana-cholera-nkhata-bay-karonga-deaths",
    url="http://malawiana.net/2017/12/31/three-die-of-cholera-in-the-north/",
    outlet="Malawiana", country="Malawi", topic="health-science", cut=True, published="2017-12-31",
    text=(T := "The cholera outbreak continues to hit Malawi’s ailing health sector hard with 11 new cases registered in Nkhata Bay District after Karonga, where cumulative cases have risen to 118 as of Friday morning.\n"
          "So far, three deaths have been recorded in Karonga, with the latest one occurring at Nyungwe on Friday, where a child died in the community before being presented at a health facility.\n"
          "Spokesperson for Nkhata Bay District Health Office, Christopher Singini, confirmed the development in the district saying they have apparently shifted the isolation camp from the district hospital to the high risk Kandezo Village.\n"
          "“Mzuzu Central Hospital laboratory confirmed the cholera outbreak in the district from all the samples that we had sent, since then we have had 11 cumulative cases and three of those are still in camp,” Singini said yesterday.\n"
          "He bemoaned that a majority of fishing villages defy the regular hygiene tendencies hence posing danger of the diarrhoeal infection to people especially this rainy season.\n"
          "“As a case management strategy, we have taken the camp to the village where we are receiving most cases. At Kandezo we have a huge problem of open defecation,” Singini added.\n"
          "He said the health education team has intensified sensitisation campaigns on proper hygiene and sanitation.\n"
          "Karonga District Health Officer (DHO) Lewis Tukula has reiterated on the growing pressure on the medical supplies.\n"
          "The office, he said, is appealing for support from various stakeholders in order to contain the situation.\n"
          "“Presently, the outbreak has spread to almost every part of the district. We still have gaps though in terms of the necessary medical supplies and equipment,” Tukula said.\n"
          "Spokesperson in the Ministry of Health, Joshua Malango, said yesterday that the ministry has scaled up field investigations and surveillance."),
    entities=[("singini", "Christopher Singini", "PERSON",
               ["Singini", "Spokesperson for Nkhata Bay District Health Office, Christopher Singini"],
               "spokesperson for Nkhata Bay District Health Office"),
              ("lab", "Mzuzu Central Hospital laboratory", "ORGANIZATION", [], "laboratory of Mzuzu Central Hospital"),
              ("tukula", "Lewis Tukula", "PERSON", ["Tukula", "Karonga District Health Officer (DHO) Lewis Tukula"],
               "Karonga District Health Officer"),
              ("dho", "The office", "ORGANIZATION", [], "Karonga District Health Office"),
              ("malango", "Joshua Malango", "PERSON",
               ["Malango", "Spokesperson in the Ministry of Health, Joshua Malango"], "Ministry of Health spokesperson")],
    mentions=[("m1", "Spokesperson for Nkhata Bay District Health Office, Christopher Singini", "singini"),
              ("m2", "Mzuzu Central Hospital laboratory", "lab"),
              ("m3", ("Singini", "Singini said yesterday"), "singini"),
              ("m4", ("He", "He bemoaned"), "singini"),
              ("m5", ("Singini", "Singini added"), "singini"),
              ("m6", ("He", "He said the health"), "singini"),
              ("m7", "Karonga District Health Officer (DHO) Lewis Tukula", "tukula"),
              ("m8", "The office", "dho"),
              ("m9", ("he", "he said, is appealing"), "tukula"),
              ("m10", ("Tukula", "Tukula said"), "tukula"),
              ("m11", "Spokesperson in the Ministry of Health, Joshua Malango", "malango")],
    attributions=[("a1", "INDIRECT", "m1", ("confirmed", "confirmed the development"), "the development in the district", None),
                  ("a2", "INDIRECT", "m1", "saying",
                   "they have apparently shifted the isolation camp from the district hospital to the high risk Kandezo Village", None),
                  ("a3", "DIRECT", "m3", ("said", "Singini said yesterday"),
                   seg(T, "Mzuzu Central Hospital laboratory", "still in camp,"), None),
                  ("a4", "INDIRECT", "m2", ("confirmed", "laboratory confirmed"), "the cholera outbreak in the district", "a3"),
                  ("a5", "INDIRECT", "m4", "bemoaned",
                   seg(T, "a majority of fishing villages", "especially this rainy season"), None),
                  ("a6", "DIRECT", "m5", "added", seg(T, "As a case management strategy", "problem of open defecation,"), None),
                  ("a7", "INDIRECT", "m6", ("said", "He said the health"),
                   "the health education team has intensified sensitisation campaigns on proper hygiene and sanitation", None),
                  ("a8", "INDIRECT", "m7", "reiterated", "the growing pressure on the medical supplies", None),
                  ("a9", "INDIRECT", "m9", ("said", "he said, is appealing"),
                   "The office, he said, is appealing for support from various stakeholders in order to contain the situation", None),
                  ("a10", "INDIRECT", "m8", "appealing for", "support from various stakeholders", "a9"),
                  ("a11", "DIRECT", "m10", ("said", "Tukula said"),
                   seg(T, "Presently, the outbreak", "medical supplies and equipment,"), None),
                  ("a12", "INDIRECT", "m11", ("said", "Malango, said"),
                   "the ministry has scaled up field investigations and surveillance", None)])

# ---------------------------------------------------------------------------------------
# The stored page has no headline; the byline ("AMOS ASIIMWE") is left out and the text starts
# with its lead. The stored copy may continue past its last paragraph, so `cut` is True.
# Judgment calls: "continue to express concerns over the persistent issue ..." has the cue
# "express concerns" (a fixed object, like "voiced the hope") and drops the linking "over".
# "contrary to what some leaders believe" stays inside Kankimusimire's claim; the leaders' belief
# is not split off, since its only content would be the bare "what". "highlighted the plight of
# ..." and "acknowledged the presence of water" are evaluative reporting with a noun-phrase
# content; "identified payment as a major obstacle" follows "described X as Y". "appealed to the
# responsible authorities for assistance" leaves out the addressee and the linking "for".
# "While acknowledging that water is available, he recognized ..." is two claims of Musiime, the
# participle's subject being "he".
doc("boonafm-mugyera-residents-water-scarcity",
    url="https://boonafm.com/residents-of-mugyera-grapple-with-severe-water-scarcity/",
    outlet="Boona FM", country="Uganda", topic="local", cut=True,
    text=(T := "Residents of Mugyera in Bunono Parish, Nyarushanje Sub-County, continue to express concerns over the persistent issue of water scarcity in their area.\n"
          "Addah Kankimusimire, a resident, explained to our reporter that the water shortage is severely affecting the community. She pointed out that, contrary to what some leaders believe, the available water supply is far from adequate. Kankimusimire emphasized that because of the size of the area, water is only occasionally pumped to Mugyera, as it has to be distributed among other locations. She noted that if residents do not collect water before it is redirected elsewhere, they are left to struggle through days without any supply.\n"
          "Another resident, Charles Matoto, highlighted the plight of those who cannot afford piped water. He stated that the only available source for many is a stream that they must share with animals, putting them at risk of contracting diseases like typhoid. Matoto appealed to the responsible authorities for assistance.\n"
          "Denis Tweheyo, the chairperson of Kicwaamba Cell in Mugyera, acknowledged the presence of water but identified payment as a major obstacle. He explained that some residents cannot afford to pay regularly for water access, forcing them to rely on unsafe spring water, which poses health risks.\n"
          "Michael Musiime, the LC3 Chairperson of Nyarushanje Sub-County, confirmed that the water scarcity issue is a genuine concern. While acknowledging that water is available, he recognized that many residents struggle to pay for it consistently. Musiime assured the community that the government is working on a plan to address the water shortage and improve supply. However, he reminded residents that even when more water becomes available, it will not be free, as the government needs to recover costs. He also explained that this is why the government is not prioritizing the renovation of older springs."),
    entities=[("residents", "Residents of Mugyera", "GROUP", ["Residents of Mugyera in Bunono Parish, Nyarushanje Sub-County"],
               "residents of Mugyera, Bunono Parish"),
              ("kankimusimire", "Addah Kankimusimire", "PERSON", ["Kankimusimire"], "resident of Mugyera"),
              ("matoto", "Charles Matoto", "PERSON", ["Matoto"], "resident of Mugyera"),
              ("tweheyo", "Denis Tweheyo", "PERSON", ["Tweheyo"], "chairperson of Kicwaamba Cell"),
              ("musiime", "Michael Musiime", "PERSON", ["Musiime"], "LC3 Chairperson of Nyarushanje Sub-County")],
    mentions=[("m1", "Residents of Mugyera in Bunono Parish, Nyarushanje Sub-County", "residents"),
              ("m2", "Addah Kankimusimire, a resident", "kankimusimire"),
              ("m3", ("She", "She pointed out"), "kankimusimire"),
              ("m4", ("Kankimusimire", "Kankimusimire emphasized"), "kankimusimire"),
              ("m5", ("She", "She noted"), "kankimusimire"),
              ("m6", "Another resident, Charles Matoto", "matoto"),
              ("m7", ("He", "He stated"), "matoto"),
              ("m8", ("Matoto", "Matoto appealed"), "matoto"),
              ("m9", "Denis Tweheyo, the chairperson of Kicwaamba Cell in Mugyera", "tweheyo"),
              ("m10", ("He", "He explained that some"), "tweheyo"),
              ("m11", "Michael Musiime, the LC3 Chairperson of Nyarushanje Sub-County", "musiime"),
              ("m12", ("he", "he recognized"), "musiime"),
              ("m13", ("Musiime", "Musiime assured"), "musiime"),
              ("m14", ("he", "he reminded"), "musiime"),
              ("m15", ("He", "He also explained"), "musiime")],
    attributions=[("a1", "INDIRECT", "m1", "express concerns", "the persistent issue of water scarcity in their area", None),
                  ("a2", "INDIRECT", "m2", ("explained", "explained to our reporter"), "the water shortage is severely affecting the community", None),
                  ("a3", "INDIRECT", "m3", "pointed out",
                   "contrary to what some leaders believe, the available water supply is far from adequate", None),
                  ("a4", "INDIRECT", "m4", "emphasized",
                   seg(T, "because of the size of the area", "distributed among other locations"), None),
                  ("a5", "INDIRECT", "m5", "noted", seg(T, "if residents do not collect water", "without any supply"), None),
                  ("a6", "INDIRECT", "m6", "highlighted", "the plight of those who cannot afford piped water", None),
                  ("a7", "INDIRECT", "m7", "stated", seg(T, "the only available source for many", "diseases like typhoid"), None),
                  ("a8", "INDIRECT", "m8", "appealed", "assistance", None),
                  ("a9", "INDIRECT", "m9", ("acknowledged", "acknowledged the presence"), "the presence of water", None),
                  ("a10", "INDIRECT", "m9", "identified", "payment as a major obstacle", None),
                  ("a11", "INDIRECT", "m10", ("explained", "He explained that some"),
                   seg(T, "some residents cannot afford", "which poses health risks"), None),
                  ("a12", "INDIRECT", "m11", "confirmed", "the water scarcity issue is a genuine concern", None),
                  ("a13", "INDIRECT", "m12", "acknowledging", "water is available", None),
                  ("a14", "INDIRECT", "m12", "recognized", "many residents struggle to pay for it consistently", None),
                  ("a15", "INDIRECT", "m13", "assured",
                   "the government is working on a plan to address the water shortage and improve supply", None),
                  ("a16", "INDIRECT", "m14", "reminded",
                   seg(T, "even when more water becomes available", "needs to recover costs"), None),
                  ("a17", "INDIRECT", "m15", ("explained", "He also explained"),
                   "this is why the government is not prioritizing the renovation of older springs", None)])

write("test11_b.jsonl")
