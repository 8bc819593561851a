#!/usr/bin/env python3
"""Writes test2_b.jsonl: real-news gold, split test2-b (see gold.py). Run: python3 make_test2_b.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
doc("guardiantt-chambers-forex-report",
    url="https://guardian.co.tt/news/business-chambers-nothing-new-in-latest-report-on-forex-6.2.2214290.52a1f2b4db",
    outlet="Trinidad and Tobago Guardian", country="Trinidad and Tobago", topic="business", cut=True,
    published="2025-01-23",
    text=(T := "Business chambers: Nothing new in latest report on forex\n"
          "Some business chambers say the foreign exchange challenges outlined in the T&T Chamber of Industry and Commerce survey are nothing new.\n"
          "Fyzabad Chamber of Commerce president Angie Jairam says the challenges with forex did not start last month, therefore the T&T Chamber survey provided is nothing new. She said members are facing difficulty paying off their foreign bills and financial institutions are not providing them with the US currency to settle their bills.\n"
          "“Caroni Ltd has closed down, what have successive governments done to ensure our reserves will be maintained or managed? Then comes the closure of Petrotrin.\n"
          "“The question is, what did the government put in place to earn forex in their plans to close the industries ... very little or nothing,” Jairam said.\n"
          "Chairman of the Confederation of Regional Business Chambers Vivek Charran said while the chamber agrees with some of the findings, much more than 111 businesses are experiencing the forex crunch.\n"
          "“We’ve had business owners who were courageous enough to say that they’re closing some of their branches, because of other reasons, but also because of the forex shortage. The good thing about this is that by more people speaking up and being honest about the situation, it gives accurate feedback, because obviously if not enough people speak out, or if not enough people respond to surveys like this, gives the impression that the problem is not large.”\n"
          "Charran said the country does not just need larger businesses to continue exporting more but a much more robust and wider manufacturing sector.\n"
          "“There must be the environment and the incentives for them to be able to make the change,” he said."),
    entities=[("chambers", "business chambers", "GROUP", ["Business chambers", "Some business chambers"]),
              ("jairam", "Angie Jairam", "PERSON", ["Jairam"], "Fyzabad Chamber of Commerce president"),
              ("charran", "Vivek Charran", "PERSON", ["Charran"], "Chairman of the Confederation of Regional Business Chambers"),
              ("owners", "business owners", "GROUP", [])],
    mentions=[("m1", ("Business chambers", "Business chambers:"), "chambers"),
              ("m2", "Some business chambers", "chambers"),
              ("m3", "Fyzabad Chamber of Commerce president Angie Jairam", "jairam"),
              ("m4", ("She", "She said members"), "jairam"),
              ("m5", ("Jairam", "Jairam said"), "jairam"),
              ("m6", "Chairman of the Confederation of Regional Business Chambers Vivek Charran", "charran"),
              ("m7", ("business owners", "had business owners"), "owners"),
              ("m8", ("Charran", "Charran said the country"), "charran"),
              ("m9", ("he", "he said."), "charran")],
    attributions=[("a1", "INDIRECT", "m1", None, "Nothing new in latest report on forex", None),
                  ("a2", "INDIRECT", "m2", ("say", "chambers say"), "the foreign exchange challenges outlined in the T&T Chamber of Industry and Commerce survey are nothing new", None),
                  ("a3", "INDIRECT", "m3", ("says", "Jairam says"), "the challenges with forex did not start last month, therefore the T&T Chamber survey provided is nothing new", None),
                  ("a4", "INDIRECT", "m4", ("said", "She said members"), "members are facing difficulty paying off their foreign bills and financial institutions are not providing them with the US currency to settle their bills", None),
                  ("a5", "DIRECT", "m5", ("said", "Jairam said"), seg(T, "Caroni Ltd has closed down", "very little or nothing,"), None),
                  ("a6", "INDIRECT", "m6", ("said", "Charran said while"), "while the chamber agrees with some of the findings, much more than 111 businesses are experiencing the forex crunch", None),
                  ("a7", "DIRECT", "m6", None, seg(T, "We’ve had business owners", "the problem is not large."), None),
                  ("a8", "INDIRECT", "m7", ("say", "enough to say"), "they’re closing some of their branches, because of other reasons, but also because of the forex shortage", "a7"),
                  ("a9", "INDIRECT", "m8", ("said", "Charran said the country"), "the country does not just need larger businesses to continue exporting more but a much more robust and wider manufacturing sector", None),
                  ("a10", "DIRECT", "m9", ("said", "he said."), "There must be the environment and the incentives for them to be able to make the change,", None)])

# ---------------------------------------------------------------------------------------
doc("fijitimes-climate-aid-vital",
    url="http://www.fijitimes.com/story.aspx?id=398574",
    outlet="The Fiji Times", country="Fiji", topic="environment", cut=False,
    published="2017-04-29",
    text=(T := "Climate aid 'vital'\n"
          "ATTORNEY-GENERAL and minister responsible for climate change Aiyaz Sayed-Khaiyum says it is vital and important for the country to have access to climate finance.\n"
          "Mr Sayed-Khaiyum told Parliament on Thursday that for a vulnerable country such as Fiji, climate finance equated to development finance.\n"
          "\"The reality is that any matter to do with adaptation, and in particular for countries like Fiji with very low carbon footprint, actually is a development issue,\" he said.\n"
          "Mr Sayed-Khaiyum said climate events could be ongoing.\n"
          "\"It can affect the season in which you now plant new seeds for agriculture purposes.\n"
          "\"Of course it also means single climatic events as we saw last year during Cyclone Winston. All these climatic events are becoming more erratic and more severe.\n"
          "\"All of these combined means that we as a country that are vulnerable to climate change, we need to be able to cater for this, we need to be able to adapt to this.\"\n"
          "Mr Sayed-Khaiyum said adaptation required money."),
    entities=[("sayed-khaiyum", "Aiyaz Sayed-Khaiyum", "PERSON", ["Mr Sayed-Khaiyum", "Sayed-Khaiyum"],
               "Attorney-General and minister responsible for climate change")],
    mentions=[("m1", "ATTORNEY-GENERAL and minister responsible for climate change Aiyaz Sayed-Khaiyum", "sayed-khaiyum"),
              ("m2", ("Mr Sayed-Khaiyum", "Mr Sayed-Khaiyum told"), "sayed-khaiyum"),
              ("m3", ("he", "he said."), "sayed-khaiyum"),
              ("m4", ("Mr Sayed-Khaiyum", "Mr Sayed-Khaiyum said climate"), "sayed-khaiyum"),
              ("m5", ("Mr Sayed-Khaiyum", "Mr Sayed-Khaiyum said adaptation"), "sayed-khaiyum")],
    attributions=[("a1", "INDIRECT", "m1", "says", "it is vital and important for the country to have access to climate finance", None),
                  ("a2", "INDIRECT", "m2", "told", "for a vulnerable country such as Fiji, climate finance equated to development finance", None),
                  ("a3", "DIRECT", "m3", ("said", "he said."), seg(T, "The reality is", "a development issue,"), None),
                  ("a4", "INDIRECT", "m4", ("said", "Sayed-Khaiyum said climate"), "climate events could be ongoing", None),
                  ("a5", "DIRECT", "m4", None, seg(T, "It can affect the season", "adapt to this."), None),
                  ("a6", "INDIRECT", "m5", ("said", "Sayed-Khaiyum said adaptation"), "adaptation required money", None)])

# ---------------------------------------------------------------------------------------
doc("therecord-optus-cyberattack",
    url="https://therecord.media/australias-second-largest-telco-confirms-cyberattack/amp/",
    outlet="The Record", country="US", topic="technology", cut=True,
    text=(T := "Australia’s second-largest telco confirms cyberattack\n"
          "Australia’s second-largest telecommunications company, Optus, announced Thursday it is “investigating the possible unauthorized access of current and former customers’ information” following a cyberattack.\n"
          "Although the company itself said it could not yet confirm how many customers may have been impacted by the breach, The Australian newspaper reported that it could be up to nine million.\n"
          "The Sydney-based company’s statement claimed it “immediately shut down the attack” as soon as it was discovered, although it did not detail what the attack involved, nor if hackers had been present on its networks for an extended period of time.\n"
          "Payment details and account passwords were unaffected, the company said, however chief executive Kelly Bayer Rosmarin said that personally identifying information including names, dates of birth, phone numbers and email addresses may have been exposed.\n"
          "In some cases customers’ postal addresses, driving license numbers and passports may also have been accessed by the attackers, Bayer Rosmarin confirmed.\n"
          "She apologized for the incident in an interview with the country’s public broadcaster ABC and said Optus would be proactively contacting high-risk customers.\n"
          "In the company’s statement, Bayer Rosmarin said: “We are devastated to discover that we have been subject to a cyberattack that has resulted in the disclosure of our customers’ personal information to someone who shouldn’t see it.”\n"
          "The company said it was working with the Australian Cyber Security Centre and has notified the Australian Federal Police and the country’s data protection regulator, alongside others.\n"
          "“Optus has also notified key financial institutions about this matter,” the company’s statement added."),
    entities=[("optus", "Optus", "ORGANIZATION",
               ["Australia’s second-largest telco", "Australia’s second-largest telecommunications company",
                "the company", "The Sydney-based company", "The Sydney-based company’s statement",
                "the company’s statement"], "Australian telecommunications company"),
              ("australian", "The Australian", "ORGANIZATION", ["The Australian newspaper"], "newspaper"),
              ("rosmarin", "Kelly Bayer Rosmarin", "PERSON", ["Bayer Rosmarin"], "Optus chief executive")],
    mentions=[("m1", "Australia’s second-largest telco", "optus"),
              ("m2", "Australia’s second-largest telecommunications company, Optus", "optus"),
              ("m3", ("the company", "the company itself"), "optus"),
              ("m4", "The Australian newspaper", "australian"),
              ("m5", "The Sydney-based company’s statement", "optus"),
              ("m6", ("it", "it did not detail"), "optus"),
              ("m7", ("the company", "the company said, however"), "optus"),
              ("m8", "chief executive Kelly Bayer Rosmarin", "rosmarin"),
              ("m9", ("Bayer Rosmarin", "Bayer Rosmarin confirmed"), "rosmarin"),
              ("m10", ("She", "She apologized"), "rosmarin"),
              ("m11", ("Optus", "Optus would be"), "optus"),
              ("m12", ("Bayer Rosmarin", "Bayer Rosmarin said:"), "rosmarin"),
              ("m13", ("The company", "The company said it was"), "optus"),
              ("m14", ("Optus", "Optus has also"), "optus"),
              ("m15", ("the company’s statement", "the company’s statement added"), "optus")],
    attributions=[("a1", "INDIRECT", "m1", "confirms", ("cyberattack", "confirms cyberattack"), None),
                  ("a2", "MIXED", "m2", "announced", "it is “investigating the possible unauthorized access of current and former customers’ information” following a cyberattack", None),
                  ("a3", "INDIRECT", "m3", ("said", "itself said"), "it could not yet confirm how many customers may have been impacted by the breach", None),
                  ("a4", "INDIRECT", "m4", "reported", "it could be up to nine million", None),
                  ("a5", "MIXED", "m5", "claimed", "it “immediately shut down the attack” as soon as it was discovered", None),
                  ("a6", "INDIRECT", "m6", ("detail", "did not detail"), "what the attack involved, nor if hackers had been present on its networks for an extended period of time", None),
                  ("a7", "INDIRECT", "m7", ("said", "the company said, however"), "Payment details and account passwords were unaffected", None),
                  ("a8", "INDIRECT", "m8", ("said", "Rosmarin said that"), "personally identifying information including names, dates of birth, phone numbers and email addresses may have been exposed", None),
                  ("a9", "INDIRECT", "m9", "confirmed", "In some cases customers’ postal addresses, driving license numbers and passports may also have been accessed by the attackers", None),
                  ("a10", "INDIRECT", "m10", "apologized", ("the incident", "apologized for the incident"), None),
                  ("a11", "INDIRECT", "m10", ("said", "ABC and said"), "Optus would be proactively contacting high-risk customers", None),
                  ("a12", "DIRECT", "m12", ("said", "Rosmarin said:"), seg(T, "We are devastated", "shouldn’t see it."), None),
                  ("a13", "INDIRECT", "m13", ("said", "The company said it was"), "it was working with the Australian Cyber Security Centre and has notified the Australian Federal Police and the country’s data protection regulator, alongside others", None),
                  ("a14", "DIRECT", "m15", "added", "Optus has also notified key financial institutions about this matter,", None)])

# ---------------------------------------------------------------------------------------
doc("scmp-golden-week-sluggish-business",
    url="http://www.scmp.com/news/hong-kong/economy/article/2024293/deeper-discounts-and-shorter-checkpoint-wait-during-national",
    outlet="South China Morning Post", country="Hong Kong", topic="business", cut=True,
    published="2016-10-01",
    text=(T := "Hong Kong retailers and hotel operators report sluggish business at start of National Day holiday\n"
          "Seven-day ‘golden week’ stretch starts with faster border crossings for mainland tourists possibly due to fewer numbers\n"
          "The start of this year’s National Day holiday may mean good news for mainland tourists coming into the city with a shorter waiting time at checkpoints and shops and deeper shopping discounts, but bad news for local retailers and hotel operators as business remains sluggish.\n"
          "Only a few customers were queuing up outside luxury shops, such as Chanel and Gucci on Canton Road in Tsim Sha Tsui, one of the most popular shopping destinations.\n"
          "Amer Sun, 28, who travelled from Hubei province, said it only took her 10 minutes on Saturday morning to cross the border from Shenzhen. The same process took her two hours four years ago.\n"
          "“It is less crowded than expected,” Sun told the Post in front of the Prada shop on Canton Road.\n"
          "She said she would return to Shenzhen in the afternoon. “One day is enough for shopping,” she said.\n"
          "The shorter time needed to cross the border could be attributed to a drop in visitor numbers this year as the seven-day holiday for mainland tourists – known as the “golden week” – started on Saturday.\n"
          "William Cheng Kai-man, chairman of Magnificent Hotel Investment, which manages more than 2,500 rooms in seven hotels in the city, said they were full from Saturday to the coming Wednesday, but rooms were still available on the following two days and rates during the holiday period were only slightly higher than on normal days instead of being double the rate."),
    entities=[("trade", "Hong Kong retailers and hotel operators", "GROUP", ["local retailers and hotel operators"]),
              ("sun", "Amer Sun", "PERSON", ["Sun"], "mainland tourist from Hubei"),
              ("cheng", "William Cheng Kai-man", "PERSON", ["William Cheng", "Cheng"], "chairman of Magnificent Hotel Investment")],
    mentions=[("m1", "Hong Kong retailers and hotel operators", "trade"),
              ("m2", "local retailers and hotel operators", "trade"),
              ("m3", "Amer Sun", "sun"),
              ("m4", ("Sun", "Sun told"), "sun"),
              ("m5", ("She", "She said she"), "sun"),
              ("m6", ("she", "she said."), "sun"),
              ("m7", "William Cheng Kai-man, chairman of Magnificent Hotel Investment", "cheng")],
    attributions=[("a1", "INDIRECT", "m1", "report", "sluggish business at start of National Day holiday", None),
                  ("a2", "INDIRECT", "m3", ("said", "province, said"), "it only took her 10 minutes on Saturday morning to cross the border from Shenzhen", None),
                  ("a3", "DIRECT", "m4", "told", "It is less crowded than expected,", None),
                  ("a4", "INDIRECT", "m5", ("said", "She said she"), "she would return to Shenzhen in the afternoon", None),
                  ("a5", "DIRECT", "m6", ("said", "she said."), "One day is enough for shopping,", None),
                  ("a6", "INDIRECT", "m7", ("said", "city, said"), "they were full from Saturday to the coming Wednesday, but rooms were still available on the following two days and rates during the holiday period were only slightly higher than on normal days instead of being double the rate", None)])

# ---------------------------------------------------------------------------------------
doc("rthk-sun-dong-accelerator-scheme",
    url="https://news.rthk.hk/rthk/en/component/k2/1809556-20250618.htm",
    outlet="RTHK", country="Hong Kong", topic="technology", cut=True,
    published="2025-06-18",
    text=(T := "New scheme to accelerate bedding in of tech start-ups\n"
          "Secretary for Innovation, Technology and Industry Sun Dong said a new accelerator initiative is intended to help start-ups grow by providing funding and support, thereby promoting the development of Hong Kong as an international innovation and technology centre.\n"
          "Speaking on RTHK's Overview Policy programme, Sun said the I&T Accelerator Pilot Scheme aims to attract renowned domestic and international start-up service providers to establish a strong base in Hong Kong.\n"
          "\"Many companies entering Hong Kong face an unfamiliar operating environment and high costs,\" he said.\n"
          "\"The accelerator platform provides services and shares resources to reduce their costs in Hong Kong while offering more support.\n"
          "\"We think this is a great model that is worth exploring and hope to implement this plan quickly.\"\n"
          "Sun also said the government is committed to attracting global talent by creating a conducive environment for innovation and technology with a focus on research and development (R&D).\n"
          "\"Last year, our statistics showed that the number of people of talent engaged in scientific research in Hong Kong had reached 55,000,\" he said.\n"
          "\"According to the blueprint, we will reach 100,000 in the future.\n"
          "\"I believe that as more science and technology enterprises establish themselves in Hong Kong and large companies set up R&D centres here, our demand for talent will significantly grow.\"\n"
          "Sun said Huawei's R&D centre in Hong Kong has grown from about 300 to 400 employees two or three years ago to nearly 700 last year and that it had a target of reaching 1,000 this year and expanding to several thousand in the coming years.\n"
          "Likewise, he said battery giant CATL received official approval for its R&D centre at Science Park last year.\n"
          "\"There are many other large companies,\" Sun said."),
    entities=[("sun", "Sun Dong", "PERSON", ["Sun"], "Secretary for Innovation, Technology and Industry"),
              ("blueprint", "the blueprint", "ORGANIZATION", [])],
    mentions=[("m1", "Secretary for Innovation, Technology and Industry Sun Dong", "sun"),
              ("m2", ("Sun", "Sun said the I&T"), "sun"),
              ("m3", ("he", "he said.\n\"The"), "sun"),
              ("m4", ("Sun", "Sun also said"), "sun"),
              ("m5", ("he", "he said.\n\"According"), "sun"),
              ("m6", "the blueprint", "blueprint"),
              ("m7", ("Sun", "Sun said Huawei"), "sun"),
              ("m8", ("he", "he said battery"), "sun"),
              ("m9", ("Sun", "Sun said.", ), "sun")],
    attributions=[("a1", "INDIRECT", "m1", ("said", "Sun Dong said"), "a new accelerator initiative is intended to help start-ups grow by providing funding and support, thereby promoting the development of Hong Kong as an international innovation and technology centre", None),
                  ("a2", "INDIRECT", "m2", ("said", "Sun said the I&T"), "the I&T Accelerator Pilot Scheme aims to attract renowned domestic and international start-up service providers to establish a strong base in Hong Kong", None),
                  ("a3", "DIRECT", "m3", ("said", "he said.\n\"The"), "Many companies entering Hong Kong face an unfamiliar operating environment and high costs,", None),
                  ("a4", "DIRECT", "m3", None, seg(T, "The accelerator platform", "this plan quickly."), None),
                  ("a5", "INDIRECT", "m4", ("said", "Sun also said"), "the government is committed to attracting global talent by creating a conducive environment for innovation and technology with a focus on research and development (R&D)", None),
                  ("a6", "DIRECT", "m5", ("said", "he said.\n\"According"), "Last year, our statistics showed that the number of people of talent engaged in scientific research in Hong Kong had reached 55,000,", None),
                  ("a7", "DIRECT", "m5", None, seg(T, "According to the blueprint", "significantly grow."), None),
                  ("a8", "INDIRECT", "m6", "According to", "we will reach 100,000 in the future", "a7"),
                  ("a9", "INDIRECT", "m7", ("said", "Sun said Huawei"), "Huawei's R&D centre in Hong Kong has grown from about 300 to 400 employees two or three years ago to nearly 700 last year and that it had a target of reaching 1,000 this year and expanding to several thousand in the coming years", None),
                  ("a10", "INDIRECT", "m8", ("said", "he said battery"), "battery giant CATL received official approval for its R&D centre at Science Park last year", None),
                  ("a11", "DIRECT", "m9", ("said", "Sun said."), "There are many other large companies,", None)])

# ---------------------------------------------------------------------------------------
doc("newera-drought-claims-five-hippos",
    url="https://neweralive.na/?p=304137",
    outlet="New Era", country="Namibia", topic="environment", cut=True,
    text=(T := "Drought claims five hippos\n"
          "MUYAKO – Five hippos have died over the past few days due to the prevailing drought in the Zambezi region.\n"
          "“We have been fortunate that since the beginning of this drought, we have only recorded these five mortalities that are here at Ikuzu, thanks to the efforts we put in place, and those of other stakeholders such as the Botswana authorities,” environment and tourism spokesperson Romeo Muyunda said on Tuesday at the site of the stranded hippos.\n"
          "The deaths have been a blessing in disguise, as nearby communities have been feasting on the carcasses.\n"
          "He, however, cautioned residents to desist from consuming the meat until the ministry has determined the exact cause of death.\n"
          "“We suspect Anthrax. Apart from that, there is little vegetation, so one cause could be starvation as hippos have nowhere to graze,” Muyunda said.\n"
          "Due to lack of rainfall, most wildlife species such as hippos and elephants find themselves stranded, and are on the verge of starvation due to a lack of food and water. Assessing the situation, he confirmed the dire conditions of the stranded hippos at one of the three water streams at Ikuzu in the Muyako area of the Katima Mulilo Rural constituency.\n"
          "Approximately 130 stranded hippos were fighting for territories, as they were forced to fight for the little water available in the ponds, which have been cut off from Lake Liambezi.\n"
          "The lake does not only provide water for wildlife, but also to livestock and communal farmers for cultivation purposes.\n"
          "However, all farming activities have come to a standstill as the water streams continue to dry up, leaving wildlife and livestock stranded.\n"
          "He said this is the third case of hippos recorded stranded in eastern Zambezi.\n"
          "The other hippos are stranded at Nsinde and Lukala."),
    entities=[("muyunda", "Romeo Muyunda", "PERSON", ["Muyunda"], "environment and tourism spokesperson")],
    mentions=[("m1", "environment and tourism spokesperson Romeo Muyunda", "muyunda"),
              ("m2", ("He", "He, however"), "muyunda"),
              ("m3", ("Muyunda", "Muyunda said."), "muyunda"),
              ("m4", ("he", "he confirmed"), "muyunda"),
              ("m5", ("He", "He said this"), "muyunda")],
    attributions=[("a1", "DIRECT", "m1", ("said", "Muyunda said on Tuesday"), seg(T, "We have been fortunate", "the Botswana authorities,"), None),
                  ("a2", "INDIRECT", "m2", "cautioned", "residents to desist from consuming the meat until the ministry has determined the exact cause of death", None),
                  ("a3", "DIRECT", "m3", ("said", "Muyunda said."), seg(T, "We suspect Anthrax.", "nowhere to graze,"), None),
                  ("a4", "INDIRECT", "m4", "confirmed", "the dire conditions of the stranded hippos at one of the three water streams at Ikuzu in the Muyako area of the Katima Mulilo Rural constituency", None),
                  ("a5", "INDIRECT", "m5", ("said", "He said this"), "this is the third case of hippos recorded stranded in eastern Zambezi", None)])

write("test2_b.jsonl")
