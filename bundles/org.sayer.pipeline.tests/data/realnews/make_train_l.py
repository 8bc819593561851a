#!/usr/bin/env python3
"""Writes train_l.jsonl: real-news gold, split train-l (see gold.py). Run: python3 make_train_l.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
doc("swazilandnews-myeni-supports-tinkhundla",
    url="https://www.swazilandnews.co.za/fundza.php?nguyiphi=1198",
    outlet="Swaziland News", country="Eswatini", topic="politics", cut=True,
    published="2021-05-25",
    text=(T := "Nkilongo MP Timothy Myeni says he supports Tinkhundla Government to sustain his political career.\n"
          "LOBAMBA: Timothy Myeni, the Nkilongo Member of Parliament(MP) says his strategy to sustain his political career is to support and side with the current Tinkhundla Government.\n"
          "Speaking in Parliament on Tuesday in the midst of growing calls for the country to adopt multi-party democracy, the Nkilongo MP said ever since he joined politics he has been voting in support of Government all the time during Parliament debates to sustain his political career. He said his good behaviour of not challenging Government helped him secure projects for his Constituency. The MP then praised Acting Prime Minister Senator Themba Masuku for what he described as a brilliant speech that addresses the current challenges facing the country.\n"
          "“Ever since I arrived in Parliament as an MP, I normally vote and support Government and I’ve never voted against Government. That’s why the people of Lubulini would consistently vote for me because Government would then support the Constituency since I am not causing troubles in Parliament by fighting Government. My good behavior here in Parliament helps the people so that when I approach Government for assistance, it would be easy, that’s my strategy. I would like to thank the Acting Prime Minister for this brilliant statement that will help us address the current challenges we are facing as a country where the public keep of asking us why we are silent in Parliament. We are not silent but we know where and when to talk”, said the Nkilongo MP."),
    entities=[("myeni", "Timothy Myeni", "PERSON",
               ["Myeni", "Nkilongo MP Timothy Myeni", "Timothy Myeni, the Nkilongo Member of Parliament(MP)",
                "the Nkilongo MP", "The MP"],
               "Member of Parliament for Nkilongo"),
              ("public", "the public", "GROUP", [], "the Eswatini public")],
    mentions=[("m1", "Nkilongo MP Timothy Myeni", "myeni"),
              ("m2", "Timothy Myeni, the Nkilongo Member of Parliament(MP)", "myeni"),
              ("m3", ("the Nkilongo MP", "the Nkilongo MP said ever"), "myeni"),
              ("m4", ("He", "He said his good"), "myeni"),
              ("m5", ("The MP", "The MP then"), "myeni"),
              ("m6", ("he", "what he described"), "myeni"),
              ("m7", ("the public", "the public keep"), "public"),
              ("m8", ("the Nkilongo MP", "said the Nkilongo MP"), "myeni")],
    attributions=[("a1", "INDIRECT", "m1", ("says", "Myeni says he"), "he supports Tinkhundla Government to sustain his political career", None),
                  ("a2", "INDIRECT", "m2", ("says", "(MP) says"), "his strategy to sustain his political career is to support and side with the current Tinkhundla Government", None),
                  ("a3", "INDIRECT", None, "calls", "the country to adopt multi-party democracy", None),
                  ("a4", "INDIRECT", "m3", ("said", "MP said ever"), seg(T, "ever since he joined politics", "his political career"), None),
                  ("a5", "INDIRECT", "m4", ("said", "He said his good"), "his good behaviour of not challenging Government helped him secure projects for his Constituency", None),
                  ("a6", "INDIRECT", "m5", "praised", seg(T, "Acting Prime Minister Senator Themba Masuku for", "facing the country"), None),
                  ("a7", "INDIRECT", "m6", "described", "a brilliant speech that addresses the current challenges facing the country", "a6"),
                  ("a8", "DIRECT", "m8", ("said", "said the Nkilongo MP"), seg(T, "Ever since I arrived", "where and when to talk"), None),
                  ("a9", "INDIRECT", "m7", "asking", "why we are silent in Parliament", "a8")])

# ---------------------------------------------------------------------------------------
doc("avas-gayoom-judges-serial-hearings",
    url="https://avas.mv/en/49407",
    outlet="Avas", country="Maldives", topic="courts-crime", cut=True,
    text=(T := "Gayoom, top court judges bemoan successive hearings\n"
          "Jailed former president Maumoon Abdul Gayoom and two top court judges on trial for obstruction of justice have expressed concern over the scheduling of serial hearings.\n"
          "The island nation has been embroiled in fresh political turmoil after the Supreme Court on February 1 ordered the immediate release of jailed political leaders including self-exiled former president Mohamed Nasheed.\n"
          "President Abdulla Yameen Abdul Gayoom on February 5 had declared state of emergency after his last ditch attempt to convince the top court to revoke the order failed, purged the Supreme Court by arresting two judges and the remaining political leaders and ultimately had the order revoked.\n"
          "The 80 year old Gayoom, along with Chief Justice Abdulla Saeed and top court judge Ali Hameed who had been arrested under the state of emergency have been charged with obstruction of justice over their refusal to handover their mobile phone to the police.\n"
          "The pre-trial hearing had been rushed through last week, while two hearings of the trial had been held in consecutive days which had both gone long into the night.\n"
          "During the hearing on Wednesday evening, Gayoom said he had mustered every ounce of strength left in his weary body to attend court because he was not left with a choice.\n"
          "\"I was warned that some of the privileges I'm getting now would be revoked if I refused to come. I only make it there because of those privileges. So in fear of getting those privileges revoked I had no choice but to come,\" Gayoom told the court.\n"
          "Gayoom who has seen his health worsen in recent weeks, also said he was unable to make the trip across the sea to the court every night, especially during the present bad weather.\n"
          "The 80 year old said it was extremely difficult for him to fast while attending court on a nightly basis and urged the judge for some leeway at least for the ongoing month of Ramadan."),
    entities=[("accused", "Gayoom, top court judges", "GROUP",
               ["Jailed former president Maumoon Abdul Gayoom and two top court judges"],
               "Gayoom, Chief Justice Abdulla Saeed and Justice Ali Hameed"),
              ("gayoom", "Maumoon Abdul Gayoom", "PERSON", ["Gayoom", "The 80 year old Gayoom", "The 80 year old"],
               "former president of the Maldives, on trial")],
    mentions=[("m1", "Gayoom, top court judges", "accused"),
              ("m2", "Jailed former president Maumoon Abdul Gayoom and two top court judges", "accused"),
              ("m3", "The 80 year old Gayoom", "gayoom"),
              ("m4", ("Gayoom", "Gayoom said he had"), "gayoom"),
              ("m5", ("Gayoom", "Gayoom told"), "gayoom"),
              ("m6", ("Gayoom", "Gayoom who has seen"), "gayoom"),
              ("m7", ("The 80 year old", "The 80 year old said"), "gayoom")],
    attributions=[("a1", "INDIRECT", "m1", "bemoan", "successive hearings", None),
                  ("a2", "INDIRECT", "m2", "expressed concern", "the scheduling of serial hearings", None),
                  ("a3", "INDIRECT", "m4", ("said", "Gayoom said he had"), "he had mustered every ounce of strength left in his weary body to attend court because he was not left with a choice", None),
                  ("a4", "DIRECT", "m5", ("told", "Gayoom told"), seg(T, "I was warned that", "no choice but to come,"), None),
                  ("a5", "INDIRECT", None, ("warned", "I was warned"), "some of the privileges I'm getting now would be revoked if I refused to come", "a4"),
                  ("a6", "INDIRECT", "m6", ("said", "also said he was unable"), "he was unable to make the trip across the sea to the court every night, especially during the present bad weather", None),
                  ("a7", "INDIRECT", "m7", ("said", "80 year old said"), "it was extremely difficult for him to fast while attending court on a nightly basis", None),
                  ("a8", "INDIRECT", "m7", ("urged", "urged the judge"), "the judge for some leeway at least for the ongoing month of Ramadan", None)])

# ---------------------------------------------------------------------------------------
doc("dailypost-port-vila-market-fee-police",
    url="http://dailypost.vu/news/police-take-control/article_9e7b3c37-af2e-5dc7-a7e9-d6349c54bdeb.html",
    outlet="Vanuatu Daily Post", country="Vanuatu", topic="local", cut=True,
    text=(T := "Police Take Control\n"
          "Frustrations over the new registration system this week posed a threat to the operation of Port Vila’s main market.\n"
          "Police say some affected individuals disagreed with the proposed system, under which all vendors must give a Vt10,000 annual fee to the Port Vila Municipal Council (PVMC) in order to own a table.\n"
          "They went to the market with the intention to disturb market operations but police took control and eased the situation.\n"
          "Last year, vendors at the market in town went on strike to show their anger against the system due to lack of consultation.\n"
          "Following the recent disturbance, police have increased presence at the market house to calm fear among vendors while the Acting Commander South, Jackson Noel, held discussions with the National Farmers’ Association (VNFA), to have a better grasp of the situation.\n"
          "President of the National Farmers Association, Philip Isack, stressed concerns about vendors being double charged with the Vt10,000 annual fee.\n"
          "Isack said: “We are parents and are also struggling to meet tuition fees for our children. We must pay Vt350 every day and now another Vt10,000 fee.\n"
          "“Some of us are seasonal farmers and space at the market is limited.\n"
          "“In addition, existing fees have also increased. For example, those selling fish are now required to pay Vt500 for a small container and Vt1,000 for a big container.\n"
          "“The same applies to those coming with flowers in containers.\n"
          "“Now vendors are paying Vt50 every time they use the toilet, whereas in the past they only pay once”.\n"
          "The VNFA is calling onto the council for further consultation to shed light on their concerns.\n"
          "A spokesperson from the council could not comment because he was busy.\n"
          "However, the Daily Post understands the registration fee replaces the council’s Vt8,500 permit fee and compliments the beautification project with aims to improve the market for aesthetic reasons, contributes to the city’s national and international image."),
    entities=[("police", "Police", "ORGANIZATION", ["police"], "Vanuatu Police Force"),
              ("vnfa", "National Farmers’ Association (VNFA)", "ORGANIZATION",
               ["The VNFA", "VNFA", "the National Farmers’ Association (VNFA)"], "Vanuatu National Farmers' Association"),
              ("isack", "Philip Isack", "PERSON", ["Isack", "President of the National Farmers Association, Philip Isack"],
               "President of the National Farmers Association"),
              ("dailypost", "the Daily Post", "ORGANIZATION", ["Daily Post"], "the newspaper")],
    mentions=[("m1", ("Police", "Police Take"), "police"),
              ("m2", ("Police", "Police say"), "police"),
              ("m3", ("police", "but police took"), "police"),
              ("m4", ("police", "police have increased"), "police"),
              ("m5", "the National Farmers’ Association (VNFA)", "vnfa"),
              ("m6", "President of the National Farmers Association, Philip Isack", "isack"),
              ("m7", ("Isack", "Isack said"), "isack"),
              ("m8", "The VNFA", "vnfa"),
              ("m9", "the Daily Post", "dailypost")],
    attributions=[("a1", "INDIRECT", "m2", ("say", "Police say"), seg(T, "some affected individuals disagreed", "to own a table"), None),
                  ("a2", "INDIRECT", "m6", "stressed concerns", "vendors being double charged with the Vt10,000 annual fee", None),
                  ("a3", "DIRECT", "m7", ("said", "Isack said"), seg(T, "We are parents", "they only pay once"), None),
                  ("a4", "INDIRECT", "m8", "calling onto", "the council for further consultation to shed light on their concerns", None),
                  ("a5", "INDIRECT", "m9", "understands", seg(T, "the registration fee replaces", "international image"), None)])

# ---------------------------------------------------------------------------------------
doc("stluciatimes-casimir-defends-dscg-investment",
    url="https://stluciatimes.com/168961/2025/02/sports-minister-defends-investment-in-dscg-amid-criticism/",
    outlet="St. Lucia Times", country="Saint Lucia", topic="sport", cut=True,
    text=(T := "Sports Minister Defends Investment in DSCG Amid Criticism\n"
          "Minister for Youth Development and Sports, Kenson Casimir has defended the government’s funding of sports infrastructure and dismissed criticism directed at the administration over Saint Lucia not hosting senior West Indies cricket matches at the Daren Sammy Cricket Ground this year.\n"
          "Questions have been raised on social media about whether the funds spent on the island’s premier cricket venue for the T20 World Cup last June were justified. One of the main points of contention is the often-cited $80 million loan for sports development.\n"
          "However, during Monday’s pre-Cabinet press briefing, Casimir stressed that this loan, which was State-guaranteed to fund preparations for the T20 Cricket World Cup and the National Lotteries Authority’s island-wide youth and sports infrastructure programme, was much broader in scope than just upgrading the Daren Sammy Cricket Ground.\n"
          "While he did not specify the exact amount allocated for stadium improvements, he argued that focusing solely on the venue was a narrow and misleading perspective.\n"
          "“It’s not only about venue upgrades. You have other dynamics that you have to deal with,” he said. “You have a lot of logistics in terms of police, in terms of health care, in terms of employing different people to effectively ensure that you have the smooth sailing of the event. I mean it’s kind of crazy that they seem to be fixated on only physical development, but the fact of the matter is a Cricket World Cup had a lot of different dynamics that we had to ensure that we invest in.”"),
    entities=[("casimir", "Kenson Casimir", "PERSON",
               ["Casimir", "Sports Minister", "Minister for Youth Development and Sports, Kenson Casimir"],
               "Minister for Youth Development and Sports")],
    mentions=[("m1", "Sports Minister", "casimir"),
              ("m2", "Minister for Youth Development and Sports, Kenson Casimir", "casimir"),
              ("m3", ("Casimir", "Casimir stressed"), "casimir"),
              ("m4", ("he", "he did not specify"), "casimir"),
              ("m5", ("he", "he argued"), "casimir"),
              ("m6", ("he", "he said"), "casimir")],
    attributions=[("a1", "INDIRECT", "m1", "Defends", "Investment in DSCG", None),
                  ("a2", "INDIRECT", "m2", "defended", "the government’s funding of sports infrastructure", None),
                  ("a3", "INDIRECT", "m2", "dismissed", seg(T, "criticism directed at", "this year"), None),
                  ("a4", "INDIRECT", None, ("Questions", "Questions have been raised"), seg(T, "whether the funds spent", "were justified"), None),
                  ("a5", "INDIRECT", "m3", "stressed", seg(T, "this loan, which was", "Daren Sammy Cricket Ground"), None),
                  ("a6", "INDIRECT", "m4", "specify", "the exact amount allocated for stadium improvements", None),
                  ("a7", "INDIRECT", "m5", "argued", "focusing solely on the venue was a narrow and misleading perspective", None),
                  ("a8", "DIRECT", "m6", ("said", "he said"), "It’s not only about venue upgrades. You have other dynamics that you have to deal with,", None),
                  ("a9", "DIRECT", "m6", None, seg(T, "You have a lot of logistics", "that we invest in."), None)])

# ---------------------------------------------------------------------------------------
doc("businessbhutan-third-telecom-operator-data-charges",
    url="https://businessbhutan.bt/government-may-look-for-third-telecom-operator-prime-minister/?utm_source=rss&utm_medium=rss&utm_campaign=government-may-look-for-third-telecom-operator-prime-minister",
    outlet="Business Bhutan", country="Bhutan", topic="technology", cut=True,
    text=(T := "Government may look for third telecom operator: Prime Minister\n"
          "If existing companies refuse to reduce data charges, the government would consider looking for a third operator.\n"
          "The government will consider establishing a third telecom company if the existing companies refuse to accept a 50% reduction in data charges. Prime Minister (PM) Dasho Tshering Tobgay shared this during question hour on July 5th, 2024 in response to a question from Kengkhar-Weringla Member of Parliament (MP), Dorji Wangmo about the government’s plan to reduce data charges.\n"
          "The PM informed the House that he has made contact with Starlink and introduced it to Druk Holding Investment (DHI). Starlink is the world’s first and largest satellite internet constellation, operated by Starlink Services, LLC, a wholly-owned subsidiary of American aerospace company SpaceX, providing coverage to over 75 countries. They aim to provide global mobile broadband. SpaceX started launching Starlink satellites in 2019. As of early March 2024, the constellation consists of over 6,000 mass-produced small satellites in low Earth orbit (LEO).\n"
          "Moreover, the PM announced that the government will initiate the establishment of a third Internet gateway to reduce internet tariff charges.\n"
          "In her question, MP Dorji Wangmo asked, how and when will the data charges be reduced, and to what extent? She further queried if it would be reduced by 50% or made equivalent to rates in India and when Bhutan can expect to have stable and high-speed internet connectivity? She pointed out that data charges in the country are the highest in the region, with poor connectivity. “We are not able to provide necessary public services, especially with more and more services going online, hindering digital access crucial for services and education.”"),
    entities=[("tobgay", "Dasho Tshering Tobgay", "PERSON",
               ["Tshering Tobgay", "Tobgay", "Prime Minister", "Prime Minister (PM) Dasho Tshering Tobgay", "the PM"],
               "Prime Minister of Bhutan"),
              ("wangmo", "Dorji Wangmo", "PERSON",
               ["MP Dorji Wangmo", "Kengkhar-Weringla Member of Parliament (MP), Dorji Wangmo"],
               "Member of Parliament for Kengkhar-Weringla")],
    mentions=[("m1", ("Prime Minister", "operator: Prime Minister"), "tobgay"),
              ("m2", "Prime Minister (PM) Dasho Tshering Tobgay", "tobgay"),
              ("m3", "Kengkhar-Weringla Member of Parliament (MP), Dorji Wangmo", "wangmo"),
              ("m4", ("The PM", "The PM informed"), "tobgay"),
              ("m5", ("the PM", "the PM announced"), "tobgay"),
              ("m6", "MP Dorji Wangmo", "wangmo"),
              ("m7", ("She", "She further"), "wangmo"),
              ("m8", ("She", "She pointed"), "wangmo")],
    attributions=[("a1", "INDIRECT", "m1", None, "Government may look for third telecom operator", None),
                  ("a2", "INDIRECT", "m2", ("shared", "shared this"), seg(T, "The government will consider establishing", "in data charges"), None),
                  ("a3", "INDIRECT", "m3", ("question", "a question from"), "the government’s plan to reduce data charges", None),
                  ("a4", "INDIRECT", "m4", "informed", "he has made contact with Starlink and introduced it to Druk Holding Investment (DHI)", None),
                  ("a5", "INDIRECT", "m5", "announced", "the government will initiate the establishment of a third Internet gateway to reduce internet tariff charges", None),
                  ("a6", "INDIRECT", "m6", ("asked", "Wangmo asked"), "how and when will the data charges be reduced, and to what extent", None),
                  ("a7", "INDIRECT", "m7", "queried", seg(T, "if it would be reduced by 50%", "internet connectivity"), None),
                  ("a8", "INDIRECT", "m8", "pointed out", "data charges in the country are the highest in the region, with poor connectivity", None),
                  ("a9", "DIRECT", "m8", None, seg(T, "We are not able to provide", "services and education."), None)])

# ---------------------------------------------------------------------------------------
doc("allafrica-aim-manica-mining-pollution",
    url="https://allafrica.com/stories/202010210872.html",
    outlet="allAfrica (AIM, Agencia de Informacao de Mocambique)", country="Mozambique", topic="environment", cut=False,
    published="2020-10-21",
    text=(T := "Mozambique: Mining Companies Suspended Because of Pollution\n"
          "Maputo — The authorities in the central Mozambican province of Manica have suspended the operations of two gold mining companies, accused of polluting the river Revue, according to a report by the Portuguese news agency Lusa.\n"
          "The companies Clean Tech Mining and Gem Resources had been caught dumping effluent from their mines into the river, thus making it impossible for farmers to use the river water for irrigation or for their livestock.\n"
          "\"The areas where they were working have enough space for opening tailing ponds and re-using the water\", said mining inspector Octavio Semba. But instead they deliberately dumped the effluent into the river.\n"
          "Semba said the companies did this in the middle of the night, when nobody was watching. The practice \"is damaging to the environment\", he said, and the authorities do not know how long the companies have been behaving in this way. Semba warned that they could be stripped of their mining licences.\n"
          "This brings to six the number of mining companies whose activities in Manica have been suspended. Two were suspended in 2017 and another two in 2018. Ten companies are continuing to operate in the same area, while another five suspended their operations because of the Covid-19 pandemic.\n"
          "After activities by the environmental police units, the Manica provincial government, in May 2016, announced that four of six rivers in the province polluted by illegal mining (particularly by the use of mercury) had been cleaned up, and it was determined that they should stay clean.\n"
          "\"We cannot allow practices damaging to the environment, to pollute once again rivers that had been recovered by the environmental police\", declared Semba."),
    entities=[("lusa", "Lusa", "ORGANIZATION", ["the Portuguese news agency Lusa"], "Portuguese news agency"),
              ("semba", "Octavio Semba", "PERSON", ["Semba", "mining inspector Octavio Semba"], "mining inspector in Manica"),
              ("manicagov", "the Manica provincial government", "ORGANIZATION", ["Manica provincial government"], None)],
    mentions=[("m1", "the Portuguese news agency Lusa", "lusa"),
              ("m2", "mining inspector Octavio Semba", "semba"),
              ("m3", ("Semba", "Semba said the"), "semba"),
              ("m4", ("he", "he said, and"), "semba"),
              ("m5", ("Semba", "Semba warned"), "semba"),
              ("m6", "the Manica provincial government", "manicagov"),
              ("m7", ("Semba", "declared Semba"), "semba")],
    attributions=[("a1", "INDIRECT", "m1", "according to", seg(T, "The authorities in the central", "polluting the river Revue"), None),
                  ("a2", "INDIRECT", None, "accused", "polluting the river Revue", "a1"),
                  ("a3", "DIRECT", "m2", ("said", "said mining"), "The areas where they were working have enough space for opening tailing ponds and re-using the water", None),
                  ("a4", "INDIRECT", "m3", ("said", "Semba said the"), "the companies did this in the middle of the night, when nobody was watching", None),
                  ("a5", "MIXED", "m4", ("said", "he said, and"), seg(T, "The practice \"is damaging", "behaving in this way"), None),
                  ("a6", "INDIRECT", "m5", "warned", "they could be stripped of their mining licences", None),
                  ("a7", "INDIRECT", "m6", "announced", seg(T, "four of six rivers", "had been cleaned up"), None),
                  ("a8", "INDIRECT", None, "determined", "they should stay clean", None),
                  ("a9", "DIRECT", "m7", "declared", seg(T, "We cannot allow", "environmental police"), None)])

# ---------------------------------------------------------------------------------------
doc("antiguaobserver-price-hikes-business-closures",
    url="https://antiguaobserver.com/residents-told-to-brace-for-price-hikes-and-business-closures/",
    outlet="Antigua Observer", country="Antigua and Barbuda", topic="business", cut=True,
    text=(T := "Residents told to brace for price hikes and business closures\n"
          "There is a stark warning for residents of Antigua and Barbuda who are being told to expect for higher prices of goods during the remaining months of the year.\n"
          "The caution is coming from two major business insiders here, amid skyrocketing transportation and warehouse costs and pressured supply chains currently being affected by a limited workforce in source markets like Europe and the US.\n"
          "“We don’t produce anything here; we import. So, obviously, the prices going up over there will just be translated here,” the Immediate Past President of the Antigua and Barbuda Employers Federation, Leslie Salmon said. “It would be imported inflation.”\n"
          "However, Salmon believes that luxury items will see higher increases in cost compared to food items.\n"
          "The Executive Director of the Chamber of Commerce, Martin Cave, agreed that costs will be going up for consumers in the months to come, but added that he was especially concerned about increases in the price of oil.\n"
          "“There is a scarcity in Europe. The US also has some energy problems there,” he said. “I think that we are trying to transition from a carbon economy to a green economy too quickly; there is a mismatch there, there is a gap and if we can’t manage that, we are going to continue to see inflation.”\n"
          "Meanwhile, as the Covid-19 pandemic continues to batter businesses, many of which have been forced to close, adjust hours and lay off workers, Salmon believes that some businesses could be on the verge of collapse.\n"
          "“I don’t think realistically that business can go much longer, that’s the sad part,” he said noting that he was confident that by 2021 with the introduction of vaccines things would have already normalised.\n"
          "But despite his disappointment, the businessman said that he believes in the resilience of the human race and “we will find a way out”."),
    entities=[("salmon", "Leslie Salmon", "PERSON",
               ["Salmon", "the Immediate Past President of the Antigua and Barbuda Employers Federation, Leslie Salmon",
                "the businessman"],
               "Immediate Past President of the Antigua and Barbuda Employers Federation"),
              ("cave", "Martin Cave", "PERSON",
               ["Cave", "The Executive Director of the Chamber of Commerce, Martin Cave"],
               "Executive Director of the Chamber of Commerce")],
    mentions=[("m1", "the Immediate Past President of the Antigua and Barbuda Employers Federation, Leslie Salmon", "salmon"),
              ("m2", ("Salmon", "Salmon believes that luxury"), "salmon"),
              ("m3", "The Executive Director of the Chamber of Commerce, Martin Cave", "cave"),
              ("m4", ("he", "he said. “I think"), "cave"),
              ("m5", ("Salmon", "Salmon believes that some"), "salmon"),
              ("m6", ("he", "he said noting"), "salmon"),
              ("m7", "the businessman", "salmon")],
    attributions=[("a1", "INDIRECT", None, ("told", "Residents told"), "to brace for price hikes and business closures", None),
                  ("a2", "INDIRECT", None, ("told", "being told"), "to expect for higher prices of goods during the remaining months of the year", None),
                  ("a3", "DIRECT", "m1", ("said", "Leslie Salmon said"), seg(T, "We don’t produce anything here", "translated here,"), None),
                  ("a4", "DIRECT", "m1", None, "It would be imported inflation.", None),
                  ("a5", "INDIRECT", "m2", ("believes", "Salmon believes that luxury"), "luxury items will see higher increases in cost compared to food items", None),
                  ("a6", "INDIRECT", "m3", "agreed", "costs will be going up for consumers in the months to come", None),
                  ("a7", "INDIRECT", "m3", ("added", "but added"), "he was especially concerned about increases in the price of oil", None),
                  ("a8", "DIRECT", "m4", ("said", "he said. “I think"), "There is a scarcity in Europe. The US also has some energy problems there,", None),
                  ("a9", "DIRECT", "m4", None, seg(T, "I think that we are trying", "continue to see inflation."), None),
                  ("a10", "INDIRECT", "m5", ("believes", "Salmon believes that some"), "some businesses could be on the verge of collapse", None),
                  ("a11", "DIRECT", "m6", ("said", "he said noting"), "I don’t think realistically that business can go much longer, that’s the sad part,", None),
                  ("a12", "INDIRECT", "m6", "noting", "he was confident that by 2021 with the introduction of vaccines things would have already normalised", None),
                  ("a13", "MIXED", "m7", ("said", "businessman said"), "he believes in the resilience of the human race and “we will find a way out”", None)])

write("train_l.jsonl")
