#!/usr/bin/env python3
"""Writes train_y.jsonl: real-news gold, split train-y (see gold.py). Run: python3 make_train_y.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
doc("cuencahighlife-environment-galapagos-fishing-fleet",
    url="https://cuencahighlife.com/environmental-groups-demand-tougher-response-to-fishing-fleet-near-the-galapagos/",
    outlet="CuencaHighLife", country="Ecuador", topic="environment", cut=True,
    published="2020-08-18",
    text=(T := "Environmental groups demand tougher response to fishing fleet near the Galapagos\n"
          "A coalition of environmental organizations is demanding that Ecuador take a tougher stand against a massive armada of fishing ships working off the Galapagos Islands.\n"
          "“Ecuador’s timid response to the crisis is absolutely appalling,” says Reuters Ian Vargas, spokesman for the Free Pacific collective, a group of 25 animal and sealife welfare organizations. “Because the government is shown so little resolve in confronting the situation, we are calling for international assistance to confront it.”\n"
          "According to Vargas, the fishing fleet moored just outside the Galapagos protective preserve has grown to 340 vessels, most of them Chinese-flagged, since Ecuador said it had reached an agreement with the Chinese government. “Basically, the Chinese agreed to do what they had planned to do along, which is to leave the area in September. This is when the [Humboldt] current weakens and brings in less fish so it is when the fleet moves on to greener pastures.”\n"
          "Vargas says one of the international groups that has volunteered to join the fight is the Sea Shepherd Conservation Society, which operates four ships that engage foreign fishing fleets engaged in illegal practices. “Although other countries, including Peru, have agreements with Sea Shepherd to protect its waters, Ecuador has so far refused to let them help.”\n"
          "Last week, Darwin Jarrín, Ecuador Naval commander, said he had been in contact with Sea Shepherd officials and told them he did not need their assistance. “I made it clear with them that it the responsibility of the Navy to patrol our waters and we do not want outside interference,” he said. “Of course, they can do whatever they want in international waters.”"),
    entities=[("coalition", "A coalition of environmental organizations", "GROUP", ["Environmental groups"],
               "coalition of environmental organizations (the Free Pacific collective)"),
              ("ecuador", "Ecuador", "GPE", [], "Ecuador and its government"),
              ("vargas", "Ian Vargas", "PERSON", ["Vargas", "Ian Vargas, spokesman for the Free Pacific collective"],
               "spokesman for the Free Pacific collective"),
              ("chinese", "the Chinese government", "ORGANIZATION", ["the Chinese"], "government of China"),
              ("jarrin", "Darwin Jarrín", "PERSON", ["Jarrín"], "Ecuador's naval commander")],
    mentions=[("m1", "Environmental groups", "coalition"),
              ("m2", "A coalition of environmental organizations", "coalition"),
              ("m3", ("Ecuador", "that Ecuador take"), "ecuador"),
              ("m4", "Ian Vargas, spokesman for the Free Pacific collective", "vargas"),
              ("m5", ("the government", "Because the government"), "ecuador"),
              ("m6", ("Vargas", "According to Vargas"), "vargas"),
              ("m7", ("Ecuador", "since Ecuador said"), "ecuador"),
              ("m8", "the Chinese government", "chinese"),
              ("m9", ("the Chinese", "Basically, the Chinese agreed"), "chinese"),
              ("m10", ("Vargas", "Vargas says one"), "vargas"),
              ("m11", ("Ecuador", "Ecuador has so far"), "ecuador"),
              ("m12", "Darwin Jarrín, Ecuador Naval commander", "jarrin"),
              ("m13", ("he", "said he had been"), "jarrin"),
              ("m14", ("I", "I made it clear"), "jarrin"),
              ("m15", ("he", "he said. “Of"), "jarrin")],
    attributions=[("a1", "INDIRECT", "m1", ("demand", "demand tougher"), "tougher response to fishing fleet near the Galapagos", None),
                  ("a2", "INDIRECT", "m2", "demanding",
                   seg(T, "Ecuador take a tougher stand", "off the Galapagos Islands"), None),
                  ("a3", "DIRECT", "m4", ("says", "says Reuters"),
                   "Ecuador’s timid response to the crisis is absolutely appalling,", None),
                  ("a4", "DIRECT", "m4", None, seg(T, "Because the government is shown", "to confront it."), None),
                  ("a5", "INDIRECT", "m6", "According to",
                   seg(T, "the fishing fleet moored", "with the Chinese government"), None),
                  ("a6", "INDIRECT", "m7", ("said", "Ecuador said"),
                   "it had reached an agreement with the Chinese government", "a5"),
                  ("a7", "DIRECT", "m6", None, seg(T, "Basically, the Chinese agreed", "to greener pastures."), None),
                  ("a8", "INDIRECT", "m9", "agreed", "to do what they had planned to do along", "a7"),
                  ("a9", "INDIRECT", "m10", ("says", "Vargas says one"),
                   seg(T, "one of the international groups", "engaged in illegal practices"), None),
                  ("a10", "DIRECT", "m10", None, seg(T, "Although other countries", "to let them help."), None),
                  ("a11", "INDIRECT", "m12", ("said", "commander, said"),
                   seg(T, "he had been in contact", "did not need their assistance"), None),
                  ("a12", "INDIRECT", "m13", ("told", "told them he"), "he did not need their assistance", "a11"),
                  ("a13", "DIRECT", "m15", ("said", "he said. “Of"),
                   seg(T, "I made it clear", "outside interference,"), None),
                  ("a14", "INDIRECT", "m14", "made it clear",
                   seg(T, "it the responsibility of the Navy", "outside interference"), "a13"),
                  ("a15", "DIRECT", "m15", None, "Of course, they can do whatever they want in international waters.", None)])

# ---------------------------------------------------------------------------------------
doc("ansa-local-rome-residents-roma-council-house",
    url="https://www.ansa.it/amp/english/news/2019/04/08/rome-residents-protest-council-house-for-roma_6b535baf-27cc-416d-821d-0ae1924abca0.html",
    outlet="ANSA English", country="Italy", topic="local", cut=False,
    published="2019-04-08",
    text=(T := "Rome residents protest council house for Roma\n"
          "In another outlying district\n"
          "(ANSA) - Rome, April 8 - Residents of another outlying Rome district protested against the presence of Roma in local council houses Monday after a near-riot led to 60 or so Roma being moved from the Torre Mauro district last week.\n"
          "\"We don't want the gypsies here, that house should have gone to an Italian,\" said residents of Casal Bruciato.\n"
          "One of the residents, Nunzia, told reporters: \"That house has now been occupied by a girl with a six-month-old baby, she was sleeping in her car\". \"Better an Italian than the Roma...the Roma had better not return or we'll block everything\".\n"
          "An 85-year-old resident, Antonietta, told protesters \"you are bloody fascists, you make me sick\".\n"
          "Rome prosecutors last week opened an investigation into the violent protests that took place in the Torre Maura district of the capital on Tuesday against the transfer of a group of around 60 Roma people to a reception centre there.\n"
          "The probe is into the crimes of criminal damage and threats with racial hatred an aggravating factor.\n"
          "Around 200 local people, supported by militants of the far-right CasaPound party, took to the streets in the protest, which saw trash canisters turned over and set alight, and bread trampled on.\n"
          "The city council said that 60-odd people would be moved to other facilities in the Rome area."),
    entities=[("residents", "residents of Casal Bruciato", "GROUP",
               ["Rome residents", "Residents of another outlying Rome district"], "residents of the Casal Bruciato district of Rome"),
              ("nunzia", "Nunzia", "PERSON", ["One of the residents, Nunzia"], "Casal Bruciato resident"),
              ("antonietta", "Antonietta", "PERSON", ["An 85-year-old resident, Antonietta"], "85-year-old Casal Bruciato resident"),
              ("council", "The city council", "ORGANIZATION", [], "Rome city council")],
    mentions=[("m1", "Rome residents", "residents"),
              ("m2", "Residents of another outlying Rome district", "residents"),
              ("m3", "residents of Casal Bruciato", "residents"),
              ("m4", "One of the residents, Nunzia", "nunzia"),
              ("m5", "An 85-year-old resident, Antonietta", "antonietta"),
              ("m6", "The city council", "council")],
    attributions=[("a1", "INDIRECT", "m1", ("protest", "residents protest"), "council house for Roma", None),
                  ("a2", "INDIRECT", "m2", "protested against", "the presence of Roma in local council houses", None),
                  ("a3", "DIRECT", "m3", ("said", "said residents"),
                   "We don't want the gypsies here, that house should have gone to an Italian,", None),
                  ("a4", "DIRECT", "m4", ("told", "Nunzia, told"),
                   "That house has now been occupied by a girl with a six-month-old baby, she was sleeping in her car", None),
                  ("a5", "DIRECT", "m4", None,
                   "Better an Italian than the Roma...the Roma had better not return or we'll block everything", None),
                  ("a6", "DIRECT", "m5", ("told", "Antonietta, told"), "you are bloody fascists, you make me sick", None),
                  ("a7", "INDIRECT", "m6", ("said", "council said"),
                   "60-odd people would be moved to other facilities in the Rome area", None)])

# ---------------------------------------------------------------------------------------
doc("nezavisen-courts-crime-joveski-april-27-detentions",
    url="https://nezavisen.mk/public-prosecutor-there-are-grounds-for-new-detentions-for-april-27-violence/?lang=en",
    outlet="Nezavisen Vesnik", country="North Macedonia", topic="courts-crime", cut=False,
    text=(T := "Public Prosecutor: There are grounds for new detentions for April 27 violence\n"
          "Public Prosecutor Ljubomir Joveski said there are grounds for ordering new detention measures for certain defendants for the violent events in Parliament on 27 April 2017.\n"
          "Joveski told Deutsche Welle that Monday’s decision of the Supreme Court related to detentions refers to complaints lodged in the part to investigation, and new measures are requested after Public Prosecutor’s Office officially filed criminal charges against 30 persons for events in Parliament on 27 April 2017.\n"
          "“Public Prosecutor’s Office considers that there are grounds for detentions. For each of the requested security measures there are certain circumstances that are taken under consideration – whether persons are employed, their familiar and material situation, their relations with relatives abroad,” Joveski said, adding that Public Prosecutor’s Office has sufficient evidence to prove this indictment before the court.\n"
          "He does not reveal the grounds for ordering detention, but circumstances suggest that in most cases the possibility of escape is prevented, i.e. the defendants will be available for trial.\n"
          "Skopje-based Criminal Court upon request by the Public Prosecutor’s Office ordered 30-day detention measures for five persons."),
    entities=[("joveski", "Ljubomir Joveski", "PERSON",
               ["Joveski", "Public Prosecutor", "Public Prosecutor Ljubomir Joveski"], "Public Prosecutor of North Macedonia"),
              ("ppo", "Public Prosecutor’s Office", "ORGANIZATION", ["the Public Prosecutor’s Office"],
               "North Macedonia's Public Prosecutor's Office")],
    mentions=[("m1", ("Public Prosecutor", "Public Prosecutor: There"), "joveski"),
              ("m2", "Public Prosecutor Ljubomir Joveski", "joveski"),
              ("m3", ("Joveski", "Joveski told"), "joveski"),
              ("m4", ("Public Prosecutor’s Office", "after Public Prosecutor’s Office"), "ppo"),
              ("m5", ("Public Prosecutor’s Office", "“Public Prosecutor’s Office considers"), "ppo"),
              ("m6", ("Joveski", "Joveski said, adding"), "joveski"),
              ("m7", ("Public Prosecutor’s Office", "adding that Public Prosecutor’s Office"), "ppo"),
              ("m8", ("He", "He does not reveal"), "joveski"),
              ("m9", "the Public Prosecutor’s Office", "ppo")],
    attributions=[("a1", "INDIRECT", "m1", None, "There are grounds for new detentions for April 27 violence", None),
                  ("a2", "INDIRECT", "m2", ("said", "Joveski said there"),
                   seg(T, "there are grounds for ordering", "on 27 April 2017"), None),
                  ("a3", "INDIRECT", "m3", ("told", "Joveski told"),
                   seg(T, "Monday’s decision of the Supreme Court", "30 persons for events in Parliament on 27 April 2017"), None),
                  ("a4", "INDIRECT", None, ("requested", "measures are requested"), ("new measures", "and new measures"), "a3"),
                  ("a5", "DIRECT", "m6", ("said", "Joveski said, adding"),
                   seg(T, "Public Prosecutor’s Office considers", "relatives abroad,"), None),
                  ("a6", "INDIRECT", "m5", "considers", "there are grounds for detentions", "a5"),
                  ("a7", "INDIRECT", "m6", "adding",
                   "Public Prosecutor’s Office has sufficient evidence to prove this indictment before the court", None),
                  ("a8", "INDIRECT", "m8", ("reveal", "does not reveal"), "the grounds for ordering detention", None)])

# ---------------------------------------------------------------------------------------
doc("nationalyemen-politics-houthis-reply-ambassadors",
    url="https://nationalyemen.com/2014/08/21/fast-reply-by-houthis-to-ambassadors-of-ten-countries/",
    outlet="National Yemen", country="Yemen", topic="politics", cut=False,
    published="2014-08-21",
    text=(T := "Fast Reply by Houthis to Ambassadors Of Ten Countries\n"
          "The ambassadors of ten countries in Yemen sent a message to al-Houthi’s leader, Abdul-Malik al-Houthi, asking him to stop the escalation and rebellion according to the outcomes of the National Dialogue. The quick reply from al-Houthi’s supporters to the ambassadors’ message said that the fall of Sana’a is only a matter of time and they will expel all dictators and corrupt people led by President Hadi.\n"
          "Ali al-Bukhaity, a writer, said on his Facebook page that the ambassadors of the ten countries are sponsors of the initiative and the signatories of it but not the Houthis. “We are not a part of their flock,” he said.\n"
          "A field journalist of the Houthis, Osama Sarrey, said that Sana’a will fall, and then they will expel all the tyrants and corrupt, President Hadi being the first."),
    entities=[("ambassadors", "The ambassadors of ten countries in Yemen", "GROUP",
               ["Ambassadors Of Ten Countries", "the ambassadors of the ten countries"], "ambassadors of ten countries in Yemen"),
              ("supporters", "al-Houthi’s supporters", "GROUP",
               ["Houthis", "the Houthis", "The quick reply from al-Houthi’s supporters"], "the Houthi movement and its supporters"),
              ("bukhaity", "Ali al-Bukhaity", "PERSON", ["al-Bukhaity", "Ali al-Bukhaity, a writer"], "writer"),
              ("sarrey", "Osama Sarrey", "PERSON", ["Sarrey"], "field journalist of the Houthis")],
    mentions=[("m1", ("Houthis", "by Houthis"), "supporters"),
              ("m2", "Ambassadors Of Ten Countries", "ambassadors"),
              ("m3", "The ambassadors of ten countries in Yemen", "ambassadors"),
              ("m4", "The quick reply from al-Houthi’s supporters", "supporters"),
              ("m5", "Ali al-Bukhaity, a writer", "bukhaity"),
              ("m6", "the ambassadors of the ten countries", "ambassadors"),
              ("m7", ("the Houthis", "not the Houthis"), "supporters"),
              ("m8", ("he", "he said."), "bukhaity"),
              ("m9", "A field journalist of the Houthis, Osama Sarrey", "sarrey")],
    attributions=[("a1", "INDIRECT", "m3", "asking",
                   "him to stop the escalation and rebellion according to the outcomes of the National Dialogue", None),
                  ("a2", "INDIRECT", "m4", ("said", "message said"),
                   seg(T, "the fall of Sana’a is only", "led by President Hadi"), None),
                  ("a3", "INDIRECT", "m5", ("said", "writer, said"),
                   seg(T, "the ambassadors of the ten countries are", "but not the Houthis"), None),
                  ("a4", "DIRECT", "m8", ("said", "he said."), "We are not a part of their flock,", None),
                  ("a5", "INDIRECT", "m9", ("said", "Sarrey, said"),
                   seg(T, "Sana’a will fall, and then", "President Hadi being the first"), None)])

# ---------------------------------------------------------------------------------------
doc("norwegianamerican-sport-klaebo-world-cup-sundby",
    url="https://www.norwegianamerican.com/wins-for-klaebo-and-weng/",
    outlet="The Norwegian American", country="US", topic="sport", cut=True,
    text=(T := "Wins for Klæbo and Weng\n"
          "Klæbo the overnight sensation\n"
          "Johannes Høsflot Klæbo started out second in the finishing pursuit race of the mini-tour in the World Cup cross-country final in Falun, Sweden, March 18. Obviously tired after a long and impressive season, he was overtaken by no less than 23 skiers, ending up 25th, but still managed to win the overall World Cup. Russian Alexander Bolshunov won both the race and the mini-tour. At the age of 21, Klæbo is the youngest male skier to ever win the overall World Cup.\n"
          "“It feels good being done with the season and it feels amazing winning the overall World Cup,” he told the press afterwards. “Standing here with ‘The Globe’ feels unreal.”\n"
          "Klæbo, who was unknown to most Norwegians until last year’s breakthrough season, had a season surpassing both his own and everyone else’s expectations, winning three Olympic gold medals, the overall World Cup and the sprint cup. “My goal before the season was to win the sprint cup and ski fast in the Olympics. The season has surpassed my wildest expectations. It has been a fairy tale!”\n"
          "Klæbo is looking forward to the start of the soccer season and traveling somewhere warm. “I have had to struggle to get through this weekend and I will probably spend the next day or two in bed.”\n"
          "Three-time overall World Cup winner Martin Johnsrud Sundby, who finished third in the World Cup standings, can’t praise his teammate enough. “The most impressive thing about Johannes is what he is like as a human being,” he said. “The way he has handled his success this year is even more unique than his accomplishments. He is a unique person who is as great at taking care of others as he is at skiing.”"),
    entities=[("klaebo", "Johannes Høsflot Klæbo", "PERSON", ["Klæbo", "Johannes"], "Norwegian cross-country skier"),
              ("sundby", "Martin Johnsrud Sundby", "PERSON", ["Sundby"], "Norwegian cross-country skier, Klæbo's teammate")],
    mentions=[("m1", ("Klæbo", "Wins for Klæbo"), "klaebo"),
              ("m2", ("Klæbo", "Klæbo the overnight"), "klaebo"),
              ("m3", ("Johannes Høsflot Klæbo", "Johannes Høsflot Klæbo started"), "klaebo"),
              ("m4", ("Klæbo", "Klæbo is the youngest"), "klaebo"),
              ("m5", ("he", "he told the press"), "klaebo"),
              ("m6", ("Klæbo", "Klæbo, who was"), "klaebo"),
              ("m7", ("Klæbo", "Klæbo is looking"), "klaebo"),
              ("m8", "Three-time overall World Cup winner Martin Johnsrud Sundby", "sundby"),
              ("m9", "his teammate", "klaebo"),
              ("m10", ("Johannes", "about Johannes"), "klaebo"),
              ("m11", ("he", "he said."), "sundby")],
    attributions=[("a1", "DIRECT", "m5", ("told", "he told the press"),
                   "It feels good being done with the season and it feels amazing winning the overall World Cup,", None),
                  ("a2", "DIRECT", "m5", None, "Standing here with ‘The Globe’ feels unreal.", None),
                  ("a3", "DIRECT", "m5", None, seg(T, "My goal before the season", "It has been a fairy tale!"), None),
                  ("a4", "DIRECT", "m5", None, seg(T, "I have had to struggle", "day or two in bed."), None),
                  ("a5", "INDIRECT", "m8", "praise", "his teammate", None),
                  ("a6", "DIRECT", "m11", ("said", "he said."),
                   "The most impressive thing about Johannes is what he is like as a human being,", None),
                  ("a7", "DIRECT", "m11", None, seg(T, "The way he has handled", "as he is at skiing."), None)])

# ---------------------------------------------------------------------------------------
doc("softpedia-technology-whatsapp-koum-privacy",
    url="http://news.softpedia.com/news/WhatsApp-CEO-on-User-Concerns-Respect-for-Privacy-Is-Coded-Into-Our-DNA-432672.shtml",
    outlet="Softpedia News", country="Romania", topic="technology", cut=True,
    text=(T := "WhatsApp CEO on User Concerns: Respect for Privacy Is Coded into Our DNA\n"
          "Even though Facebook acquired WhatsApp, users' privacy remains protected\n"
          "It’s been nearly a month since Facebook purchased WhatsApp and the messaging app’s users couldn’t help but express their privacy concerns. The company’s execs said at the time that there was no such threat to their users, but things haven’t really died down.\n"
          "So, once more, Jan Koum, WhatsApp CEO and co-founder, is taking to the company’s blog to set things straight.\n"
          "He starts off by explaining how the company has gotten a lot of attention following Facebook’s $19 billion (€13.8 billion) acquisition. “Unfortunately, there has also been a lot of inaccurate and careless information circulating about what our future partnership would mean for WhatsApp users’ data and privacy,” Koum says.\n"
          "The CEO continues explaining why privacy is so important to him and the company he helped build. “I was born in Ukraine, and grew up in the USSR during the 1980s. One of my strongest memories from that time is a phrase I’d frequently hear when my mother was talking on the phone: ‘This is not a phone conversation; I’ll tell you in person’,” he says, taking a trip down memory lane to a time when everyone feared their communications were being monitored by the KGB.\n"
          "“Respect for your privacy is coded into our DNA,” reads probably the strongest line in Koum’s statement.\n"
          "WhatsApp’s CEO says that the messaging app doesn’t collect personal information and they don’t intend to change that, be it the real name, email address, work place, Internet search history or GPS location.\n"
          "That being said, Koum says that if being purchased by Facebook meant changing WhatsApp’s values, they wouldn’t have gone through with the acquisition."),
    entities=[("koum", "Jan Koum", "PERSON",
               ["Koum", "WhatsApp CEO", "WhatsApp’s CEO", "The CEO", "Jan Koum, WhatsApp CEO and co-founder"],
               "WhatsApp CEO and co-founder"),
              ("users", "the messaging app’s users", "GROUP", [], "WhatsApp users"),
              ("execs", "The company’s execs", "GROUP", [], "WhatsApp executives"),
              ("mother", "my mother", "PERSON", [], "Koum's mother")],
    mentions=[("m1", ("WhatsApp CEO", "WhatsApp CEO on"), "koum"),
              ("m2", "the messaging app’s users", "users"),
              ("m3", "The company’s execs", "execs"),
              ("m4", "Jan Koum, WhatsApp CEO and co-founder", "koum"),
              ("m5", ("He", "He starts off"), "koum"),
              ("m6", ("Koum", "Koum says."), "koum"),
              ("m7", "The CEO", "koum"),
              ("m8", "my mother", "mother"),
              ("m9", ("he", "he says, taking"), "koum"),
              ("m10", "the strongest line in Koum’s statement", "koum"),
              ("m11", "WhatsApp’s CEO", "koum"),
              ("m12", ("Koum", "Koum says that"), "koum")],
    attributions=[("a1", "INDIRECT", "m1", None, "Respect for Privacy Is Coded into Our DNA", None),
                  ("a2", "INDIRECT", "m2", "express", "their privacy concerns", None),
                  ("a3", "INDIRECT", "m3", ("said", "execs said"), "there was no such threat to their users", None),
                  ("a4", "INDIRECT", "m5", ("explaining", "by explaining"),
                   seg(T, "how the company has gotten", "(€13.8 billion) acquisition"), None),
                  ("a5", "DIRECT", "m6", ("says", "Koum says."),
                   seg(T, "Unfortunately, there has also", "data and privacy,"), None),
                  ("a6", "INDIRECT", "m7", ("explaining", "continues explaining"),
                   "why privacy is so important to him and the company he helped build", None),
                  ("a7", "DIRECT", "m9", ("says", "he says, taking"), seg(T, "I was born in Ukraine", "in person’,"), None),
                  ("a8", "DIRECT", "m8", "talking", "This is not a phone conversation; I’ll tell you in person", "a7"),
                  ("a9", "DIRECT", "m10", "reads", "Respect for your privacy is coded into our DNA,", None),
                  ("a10", "INDIRECT", "m11", ("says", "CEO says"),
                   seg(T, "the messaging app doesn’t collect", "or GPS location"), None),
                  ("a11", "INDIRECT", "m12", ("says", "Koum says that"),
                   seg(T, "if being purchased by Facebook", "with the acquisition"), None)])

# ---------------------------------------------------------------------------------------
doc("dailytimesng-business-dangote-flour-shareholders",
    url="https://dailytimesng.com/shareholders-laud-dangote-flour",
    outlet="Daily Times Nigeria", country="Nigeria", topic="business", cut=True,
    text=(T := "Shareholders laud Dangote Flour Mills despite nil dividend declaration\n"
          "Even though Dangote Flour Mills (DFM) Shareholders received no dividend for investing in the company last year, feedback from shareholders revealed that the financial position and return to profitability of the company is sufficient enough reward after declaring losses for the previous four years.\n"
          "A shareholder who spoke at the company’s 11th Annual General Meeting held in Lagos on Friday applauded the company for reviving the Kano factory, which helped to improve sales volumes as well as turnover.\n"
          "In the business year under review, the company’s flour business reopened its Kano plant and improved on its sales and operations capabilities.\n"
          "The shareholder speaking to the Directors at the meeting, while holding and referring to pages 47 and 48 of the company’s annual report, said, “I want to commend you for this result.\n"
          "It clearly shows that this board is highly proactive and ready to tackle the problems of this company.\n"
          "You have significantly reduced the accumulated losses and reduced borrowings, I believe that under your leadership we should be able to receive dividends in the next couple of years.”\n"
          "In response to the comments, Chairman Dangote Flour Mills, Mr. Asue Ighodalo further elaborated on the company’s performance in the 15 month period under review.\n"
          "He said “Despite the tough business environment, I am delighted to announce that your company delivered impressive results.\n"
          "“Our turnover during the period was N105.7 billion, representing an increase of 120.2 percent above the N48.0 billion recorded in the 2015 financial year.\n"
          "Gross Profit improved by 556 percent during the period, rising to N29.3 billion from N4.4 billion in the prior period.”\n"
          "As a result, the company effected a complete turnaround on its bottom line, recording a profit after tax of N10.6 billion compared with a loss of N12.7 billion in the prior year."),
    entities=[("shareholders", "Shareholders", "GROUP", ["Dangote Flour Mills (DFM) Shareholders", "feedback from shareholders"],
               "shareholders of Dangote Flour Mills"),
              ("shareholder", "A shareholder", "PERSON", ["The shareholder"], "a shareholder who spoke at the AGM"),
              ("ighodalo", "Asue Ighodalo", "PERSON", ["Ighodalo", "Mr. Asue Ighodalo"], "Chairman of Dangote Flour Mills")],
    mentions=[("m1", ("Shareholders", "Shareholders laud"), "shareholders"),
              ("m2", "Dangote Flour Mills (DFM) Shareholders", "shareholders"),
              ("m3", "feedback from shareholders", "shareholders"),
              ("m4", ("A shareholder", "A shareholder who spoke"), "shareholder"),
              ("m5", ("The shareholder", "The shareholder speaking"), "shareholder"),
              ("m6", "Chairman Dangote Flour Mills, Mr. Asue Ighodalo", "ighodalo"),
              ("m7", ("He", "He said “Despite"), "ighodalo")],
    attributions=[("a1", "INDIRECT", "m1", ("laud", "laud Dangote"), ("Dangote Flour Mills", "laud Dangote Flour Mills"), None),
                  ("a2", "INDIRECT", "m3", "revealed",
                   seg(T, "the financial position and return", "the previous four years"), None),
                  ("a3", "INDIRECT", "m4", "applauded",
                   seg(T, "the company for reviving the Kano factory", "as well as turnover"), None),
                  ("a4", "DIRECT", "m5", ("said", "annual report, said"),
                   seg(T, "I want to commend you", "next couple of years."), None),
                  ("a5", "INDIRECT", "m6", "elaborated on",
                   "the company’s performance in the 15 month period under review", None),
                  ("a6", "DIRECT", "m7", ("said", "He said “Despite"),
                   seg(T, "Despite the tough business environment", "in the prior period."), None)])

write("train_y.jsonl")
