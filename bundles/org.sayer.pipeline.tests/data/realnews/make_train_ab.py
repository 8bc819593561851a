#!/usr/bin/env python3
"""Writes train_ab.jsonl: real-news gold, split train-ab (see gold.py). Run: python3 make_train_ab.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
doc("colombiareports-bogota-bombing-suspects-jailed",
    url="https://colombiareports.com/bogota-bombing-suspects-sent-to-jail/amp",
    outlet="Colombia Reports", country="Colombia", topic="courts-crime", cut=True,
    text=(T := "A Bogota judge ruled that 13 activists, accused of involvement in several bombings in Colombia’s capital, must await trial in jail while the public prosecutor continues its investigation.\n"
          "“The prosecution is pursuing an investigation into the events of July 2, 2015 at Porvenir and cannot rule out that these people can be linked to these facts,” Juan Hernando Poveda, director of the National Counterterrorism Unit of the Prosecutor General’s Office argued in court yesterday.\n"
          "The judge agreed with the prosecution that the suspects are a “danger to society” and must remain in custody pending trial, local media reported.\n"
          "The prosecutor had previously claimed the suspects would be a flight risk if released.\n"
          "Colombian police arrested 15 people on July 8 in connection with the bombings that struck the capital – an attack that President Juan Manuel Santos said was carried out by National Liberation Army (ELN) rebels.\n"
          "Two bombs exploded in Bogota on July 2, one inside a Porvenir pension fund office in the city’s financial district, and a second outside another office of the same company in the city’s northwest. Ten people were wounded in the attacks, one seriously.\n"
          "The suspects were rounded up in simultaneous raids six days later by 250 National Police officers, in coordination with agents from the Prosecutor’s Office.\n"
          "Two of the 15 people detained were later released amid accusations the authorities were arbitrarily arresting leftist activists. The ELN, which has not assumed or rejected responsibility for the bombs, said to not be associated with any of the suspects.\n"
          "The 13 remaining suspects have not been charged with the July 2 bombings as the Prosecutor General’s Office so far has failed to present sufficient evidence. They are instead facing charges relating to three different explosions that took place around the city between May and July 2014."),
    entities=[("judge", "A Bogota judge", "PERSON", ["The judge"], "Bogota judge who heard the detention request"),
              ("prosecution", "the prosecution", "ORGANIZATION",
               ["the public prosecutor", "The prosecutor", "the Prosecutor’s Office", "the Prosecutor General’s Office"],
               "Colombia's Prosecutor General's Office"),
              ("poveda", "Juan Hernando Poveda", "PERSON",
               ["Poveda",
                "Juan Hernando Poveda, director of the National Counterterrorism Unit of the Prosecutor General’s Office"],
               "director of the National Counterterrorism Unit of the Prosecutor General's Office"),
              ("media", "local media", "GROUP", [], "Colombian local media"),
              ("santos", "Juan Manuel Santos", "PERSON", ["Santos", "President Juan Manuel Santos"], "President of Colombia"),
              ("eln", "The ELN", "ORGANIZATION", ["ELN", "National Liberation Army"], "Colombian rebel group")],
    mentions=[("m1", "A Bogota judge", "judge"),
              ("m2", "the public prosecutor", "prosecution"),
              ("m3", ("The prosecution", "The prosecution is"), "prosecution"),
              ("m4", "Juan Hernando Poveda, director of the National Counterterrorism Unit of the Prosecutor General’s Office", "poveda"),
              ("m5", "The judge", "judge"),
              ("m6", ("the prosecution", "with the prosecution that"), "prosecution"),
              ("m7", "local media", "media"),
              ("m8", ("The prosecutor", "The prosecutor had"), "prosecution"),
              ("m9", "President Juan Manuel Santos", "santos"),
              ("m10", ("the Prosecutor’s Office", "agents from the Prosecutor’s Office"), "prosecution"),
              ("m11", "The ELN", "eln"),
              ("m12", ("the Prosecutor General’s Office", "as the Prosecutor General’s Office"), "prosecution")],
    attributions=[("a1", "INDIRECT", "m1", "ruled",
                   seg(T, "13 activists, accused", "continues its investigation"), None),
                  ("a2", "INDIRECT", None, ("accused", "activists, accused"),
                   "involvement in several bombings in Colombia’s capital", "a1"),
                  ("a3", "DIRECT", "m4", "argued", seg(T, "The prosecution is pursuing", "linked to these facts,"), None),
                  ("a4", "MIXED", "m5", "agreed",
                   "the suspects are a “danger to society” and must remain in custody pending trial", "a5"),
                  ("a5", "MIXED", "m7", "reported",
                   "The judge agreed with the prosecution that the suspects are a “danger to society” and must remain in custody pending trial", None),
                  ("a6", "INDIRECT", "m8", "claimed", "the suspects would be a flight risk if released", None),
                  ("a7", "INDIRECT", "m9", ("said", "Santos said"),
                   "was carried out by National Liberation Army (ELN) rebels", None),
                  ("a8", "INDIRECT", None, "accusations", "the authorities were arbitrarily arresting leftist activists", None),
                  ("a9", "INDIRECT", "m11", ("said", "bombs, said"), "to not be associated with any of the suspects", None)])

# ---------------------------------------------------------------------------------------
doc("newscentral-afp-harris-guatemala-migration",
    url="https://newscentral.news/en/2021/06/08/harris-says-us-wants-to-work-with-guatemala-to-limit-migration",
    outlet="Newscentral (AFP)", country="El Salvador", topic="politics", cut=True, published="2021-06-08",
    text=(T := "Harris says US wants to work with Guatemala to limit migration\n"
          "US Vice President Kamala Harris said Monday the United States hopes to work with Guatemala to address the root causes of illegal migration by creating “a sense of hope” in the poverty- and violence-plagued country, on her first trip abroad since taking office.\n"
          "Meeting President Alejandro Giammattei in Guatemala City, Harris said reducing undocumented migration from Central to North America was a priority for US President Joe Biden’s administration.\n"
          "“Most people do not want to leave the place where they grew up,” loved ones, and people with whom they share a language and culture, Harris said.\n"
          "But they often do so “either because they are fleeing some harm or because they simply cannot satisfy their basic needs by staying at home,” she added.\n"
          "Regardless of their reasons for leaving, Harris urged would-be migrants not to make the journey: “Do not come” to the United States, she told them.\n"
          "“The United States will continue to enforce our laws and secure our borders… If you come to our border, you will be turned back,” she said.\n"
          "Instead, she proposed that the United States and Guatemala “work together” to find solutions to “long-standing problems.”\n"
          "Critically, people must be given “a sense of hope that help is on the way,” said Harris.\n"
          "“It must be coupled with relationships of trust. It must be coupled with tangible outcomes, in terms of what we do as leaders to convince people that there is a reason to be hopeful about their future and the future of their children.”\n"
          "– Create conditions –\n"
          "Giammattei said Guatemala wanted to cooperate “to create conditions in Guatemala so that they (young people) can find here the hope they do not have today.”\n"
          "Harris announced a joint task force on smuggling and human trafficking, a women’s empowerment program, and an anti-corruption task force to help Central American law enforcement prosecute cases."),
    entities=[("harris", "Kamala Harris", "PERSON", ["Harris", "US Vice President Kamala Harris"], "Vice President of the United States"),
              ("giammattei", "Alejandro Giammattei", "PERSON", ["Giammattei", "President Alejandro Giammattei"],
               "President of Guatemala")],
    mentions=[("m1", ("Harris", "Harris says"), "harris"),
              ("m2", "US Vice President Kamala Harris", "harris"),
              ("m3", "President Alejandro Giammattei", "giammattei"),
              ("m4", ("Harris", "Harris said reducing"), "harris"),
              ("m5", ("Harris", "Harris said.\n"), "harris"),
              ("m6", ("she", "she added"), "harris"),
              ("m7", ("Harris", "Harris urged"), "harris"),
              ("m8", ("she", "she told"), "harris"),
              ("m9", ("she", "she said."), "harris"),
              ("m10", ("she", "she proposed"), "harris"),
              ("m11", ("Harris", "said Harris"), "harris"),
              ("m12", ("Giammattei", "Giammattei said"), "giammattei"),
              ("m13", ("Harris", "Harris announced"), "harris")],
    attributions=[("a1", "INDIRECT", "m1", "says", "US wants to work with Guatemala to limit migration", None),
                  ("a2", "MIXED", "m2", ("said", "Harris said Monday"),
                   seg(T, "the United States hopes to work", "violence-plagued country"), None),
                  ("a3", "INDIRECT", "m4", ("said", "Harris said reducing"),
                   seg(T, "reducing undocumented migration", "Joe Biden’s administration"), None),
                  ("a4", "MIXED", "m5", ("said", "Harris said.\n"),
                   seg(T, "“Most people do not want", "a language and culture"), None),
                  ("a5", "MIXED", "m6", "added", seg(T, "they often do so", "staying at home,”"), None),
                  ("a6", "INDIRECT", "m7", "urged", "would-be migrants not to make the journey", None),
                  ("a7", "MIXED", "m8", "told", "“Do not come” to the United States", None),
                  ("a8", "DIRECT", "m9", ("said", "she said."), seg(T, "The United States will continue", "turned back,"), None),
                  ("a9", "MIXED", "m10", "proposed",
                   "the United States and Guatemala “work together” to find solutions to “long-standing problems.”", None),
                  ("a10", "MIXED", "m11", ("said", "said Harris"),
                   "people must be given “a sense of hope that help is on the way,”", None),
                  ("a11", "DIRECT", "m11", None, seg(T, "It must be coupled with relationships", "future of their children."), None),
                  ("a12", "MIXED", "m12", ("said", "Giammattei said"),
                   seg(T, "Guatemala wanted to cooperate", "do not have today.”"), None),
                  ("a13", "INDIRECT", "m13", "announced", seg(T, "a joint task force on smuggling", "prosecute cases"), None)])

# ---------------------------------------------------------------------------------------
doc("curacaochronicle-advocaat-world-cup-qualifiers",
    url="https://www.curacaochronicle.com/post/local/dick-advocaat-confident-ahead-of-world-cup-qualifiers-but-disappointed-by-absent-players",
    outlet="Curaçao Chronicle", country="Curacao", topic="sport", cut=True,
    text=(T := "Dick Advocaat Confident Ahead of World Cup Qualifiers, but Disappointed by Absent Players\n"
          "WILLEMSTAD Curaçao national team head coach Dick Advocaat expressed optimism about the island's chances in the upcoming FIFA World Cup qualification matches, but also voiced disappointment over certain players’ refusal to join the squad. During a pre-match press conference ahead of games against Saint Lucia and Haiti, Advocaat emphasized commitment, team spirit, and continuity as key ingredients for success.\n"
          "The veteran coach explained that he deliberately selected a close-knit group, mostly made up of players who have featured in recent international matches. “We’ve played eight matches, won six, drawn one, and lost one – all with more or less the same core group,” said Advocaat.\n"
          "The current roster includes several players who are not getting regular playing time at their clubs, but Advocaat dismissed this as a problem. “If I only chose players who play every week, I’d be left with maybe ten. We select based on effort and potential, not just club form.”\n"
          "Advocaat acknowledged that Curaçao still struggles to convince some eligible players to commit to the national team. Nevertheless, he highlighted the recent late call-up of Martina, a player with limited club minutes but valuable experience and strong chemistry within the group. “It’s not just about form – character matters. This team has shown from day one that they’re willing to fight.”\n"
          "The coach also praised the improved collaboration with the Curaçao Football Federation. He credited team coordinator Gilbert Martina and new staff for bringing more professionalism to the organization. “We get paid on time now, and there’s real stability. That wasn’t always the case in the past,” said Advocaat, who made clear he won’t let financial or organizational setbacks derail the team’s mission."),
    entities=[("advocaat", "Dick Advocaat", "PERSON",
               ["Advocaat", "Curaçao national team head coach Dick Advocaat", "The veteran coach", "The coach"],
               "head coach of Curaçao's national football team")],
    mentions=[("m1", ("Dick Advocaat", "Dick Advocaat Confident"), "advocaat"),
              ("m2", "Curaçao national team head coach Dick Advocaat", "advocaat"),
              ("m3", ("Advocaat", "Advocaat emphasized"), "advocaat"),
              ("m4", "The veteran coach", "advocaat"),
              ("m5", ("Advocaat", "said Advocaat.\n"), "advocaat"),
              ("m6", ("Advocaat", "Advocaat dismissed"), "advocaat"),
              ("m7", ("Advocaat", "Advocaat acknowledged"), "advocaat"),
              ("m8", ("he", "he highlighted"), "advocaat"),
              ("m9", ("The coach", "The coach also"), "advocaat"),
              ("m10", ("He", "He credited"), "advocaat"),
              ("m11", ("Advocaat", "said Advocaat, who"), "advocaat")],
    attributions=[("a1", "INDIRECT", "m2", "expressed optimism",
                   "the island's chances in the upcoming FIFA World Cup qualification matches", None),
                  ("a2", "INDIRECT", "m2", "voiced disappointment", "certain players’ refusal to join the squad", None),
                  ("a3", "INDIRECT", "m3", "emphasized",
                   "commitment, team spirit, and continuity as key ingredients for success", None),
                  ("a4", "INDIRECT", "m4", "explained", seg(T, "he deliberately selected", "recent international matches"), None),
                  ("a5", "DIRECT", "m5", ("said", "said Advocaat.\n"), seg(T, "We’ve played eight matches", "same core group,"), None),
                  ("a6", "INDIRECT", "m6", "dismissed", "this as a problem", None),
                  ("a7", "DIRECT", "m6", None, seg(T, "If I only chose players", "not just club form."), None),
                  ("a8", "INDIRECT", "m7", "acknowledged",
                   "Curaçao still struggles to convince some eligible players to commit to the national team", None),
                  ("a9", "INDIRECT", "m8", "highlighted", seg(T, "the recent late call-up", "chemistry within the group"), None),
                  ("a10", "DIRECT", "m8", None, seg(T, "It’s not just about form", "willing to fight."), None),
                  ("a11", "INDIRECT", "m9", "praised", "the improved collaboration with the Curaçao Football Federation", None),
                  ("a12", "INDIRECT", "m10", "credited",
                   "team coordinator Gilbert Martina and new staff for bringing more professionalism to the organization", None),
                  ("a13", "DIRECT", "m11", ("said", "said Advocaat, who"), seg(T, "We get paid on time", "case in the past,"), None),
                  ("a14", "INDIRECT", "m11", "made clear",
                   "he won’t let financial or organizational setbacks derail the team’s mission", None)])

# ---------------------------------------------------------------------------------------
doc("theanguillian-quarantine-breaches-rogers-gumbs-marie",
    url="https://theanguillian.com/?p=60116",
    outlet="The Anguillian", country="Anguilla", topic="health-science", cut=True,
    text=(T := "The Permanent Secretary in the Ministry of Health, Mr. Foster Rogers, has said in the Government’s Press Conference of Monday, February 8th, that the breaching of the quarantine is selfish, it is immoral, and it is a threat to Anguilla’s development. He was reiterating an appeal that was made by the Parliamentary Secretary, Mrs. Quincia Gumbs-Marie, who stated:\n"
          "“Returning nationals have always been one of our concerns of high risk in quarantine. Because they have friends and family here, it may be rather difficult to stay isolated from them. But risking the spread of COVID-19 is not worth it. Having your partner come to get a hug, or an embrace, or a kiss, while you are in quarantine, and then they go back out among the people of the community, is neither responsible to the rest of the people of Anguilla, nor is it responsible to yourself. COVID-19 is very real and we know that it is easy to be caught. In case you have the virus, then you will affect other Anguillians.\n"
          "“So we are asking, especially the returning nationals, with a special appeal: please do your part in keeping our country safe. When you return home, you are required to isolate for your full two weeks, and as soon as your isolation time is up you will get the chance to see all the people whom you know and love. But please stop putting our country at risk by breaching your quarantine.”\n"
          "Picking up the strain, the PS, Foster Rogers, then spoke in serious and emphatic tones: “Breaching of quarantine is a significant problem,” he noted. “It poses a major obstacle as we seek to guard the protocols. Throughout the month of January we have had 10 recorded breaches. Over the past week-end alone we had 7. It is only because of the grace of God that persons so far have not tested positive for the virus in light of these breaches. Breaching the quarantine is not only selfish, but it is immoral, it is illegal and it is a threat to Anguilla’s development.”"),
    entities=[("rogers", "Foster Rogers", "PERSON",
               ["Rogers", "Mr. Foster Rogers", "the PS", "the PS, Foster Rogers",
                "The Permanent Secretary in the Ministry of Health, Mr. Foster Rogers"],
               "Permanent Secretary in Anguilla's Ministry of Health"),
              ("gumbs", "Quincia Gumbs-Marie", "PERSON",
               ["Gumbs-Marie", "Mrs. Quincia Gumbs-Marie", "the Parliamentary Secretary",
                "the Parliamentary Secretary, Mrs. Quincia Gumbs-Marie"],
               "Parliamentary Secretary")],
    mentions=[("m1", "The Permanent Secretary in the Ministry of Health, Mr. Foster Rogers", "rogers"),
              ("m2", ("He", "He was reiterating"), "rogers"),
              ("m3", "the Parliamentary Secretary, Mrs. Quincia Gumbs-Marie", "gumbs"),
              ("m4", "the PS, Foster Rogers", "rogers"),
              ("m5", ("he", "he noted"), "rogers")],
    attributions=[("a1", "INDIRECT", "m1", ("said", "has said in"),
                   "the breaching of the quarantine is selfish, it is immoral, and it is a threat to Anguilla’s development", None),
                  ("a2", "INDIRECT", "m2", "reiterating",
                   "an appeal that was made by the Parliamentary Secretary, Mrs. Quincia Gumbs-Marie", None),
                  ("a3", "DIRECT", "m3", "stated", seg(T, "Returning nationals have always", "breaching your quarantine."), None),
                  ("a4", "DIRECT", "m5", "noted", "Breaching of quarantine is a significant problem,", None),
                  ("a5", "DIRECT", "m5", None, seg(T, "It poses a major obstacle", "threat to Anguilla’s development."), None)])

# ---------------------------------------------------------------------------------------
doc("panatimes-cortizo-telephone-broadband-agreement",
    url="https://panatimes.com/government-signs-agreement-with-telephone-companies-to-extend-the-use-of-internet-broadband",
    outlet="Panama Times", country="Panama", topic="technology", cut=True,
    text=(T := "Government signs agreement with telephone companies to extend the use of internet broadband\n"
          "This Monday, November 30, President Laurentino Cortizo signed with the telephone companies the extension of the telecommunication agreement through which the use of the frequency band segments is extended from January 1 to June 30, 2021, in order to to continue strengthening and supporting the different special educational plans and programs set forth by the National Government.\n"
          "Today, by thanking the companies that signed the agreement on behalf of the country, I want to tell them that this agreement will allow many Panamanian children and young people to continue their learning, and men and women, to continue their efforts with their productive activities, said Cortizo.\n"
          "Cortizo stressed that actions like this distinguish good companies that understand that the country is experiencing a moment of crisis that affects us all and, therefore, demands the collaboration and sacrifice of all.\n"
          "The National Government, the National Assembly and the four telephone operators of the country, established the agreement that facilitates the students of the official schools the connectivity to study through the use of mobile internet.\n"
          "A couple of months ago, the announcement of the signing of an agreement between the telecommunications companies was made, through which special plans were made available to their customers, affected by the health crisis, that assured them access to basic connectivity until 31 December this year.\n"
          "I expressed that there was no greater reward for a president than to see his country united, collaborating shoulder to shoulder and with a spirit of solidarity and facing adversity with discipline, Cortizo said, recalling such an alliance."),
    entities=[("cortizo", "Laurentino Cortizo", "PERSON", ["Cortizo", "President Laurentino Cortizo"], "President of Panama"),
              ("companies", "good companies", "GROUP", [], "companies that understand the crisis (generic)")],
    mentions=[("m1", "President Laurentino Cortizo", "cortizo"),
              ("m2", ("Cortizo", "said Cortizo"), "cortizo"),
              ("m3", ("Cortizo", "Cortizo stressed"), "cortizo"),
              ("m4", "good companies", "companies"),
              ("m5", ("I", "I expressed"), "cortizo"),
              ("m6", ("Cortizo", "Cortizo said, recalling"), "cortizo")],
    attributions=[("a1", "INDIRECT", "m2", ("said", "said Cortizo"),
                   seg(T, "Today, by thanking", "their productive activities"), None),
                  ("a2", "INDIRECT", "m3", "stressed", seg(T, "actions like this distinguish", "sacrifice of all"), None),
                  ("a3", "INDIRECT", "m4", "understand",
                   "the country is experiencing a moment of crisis that affects us all and, therefore, demands the collaboration and sacrifice of all", "a2"),
                  ("a4", "INDIRECT", None, "announcement",
                   "the signing of an agreement between the telecommunications companies", None),
                  ("a5", "INDIRECT", "m6", ("said", "Cortizo said, recalling"),
                   seg(T, "I expressed that there was", "adversity with discipline"), None),
                  ("a6", "INDIRECT", "m5", "expressed",
                   seg(T, "there was no greater reward", "adversity with discipline"), "a5"),
                  ("a7", "INDIRECT", "m6", "recalling", "such an alliance", None)])

# ---------------------------------------------------------------------------------------
doc("discovermni-mul-water-supply-north-montserrat",
    url="https://discovermni.com/2012/05/05/mul-concerned-about-limited-supply-of-water-for-the-north-of-island/",
    outlet="Discover Montserrat News International (MNI)", country="Montserrat", topic="local", cut=False,
    published="2012-05-05",
    text=(T := "MUL concerned about limited supply of water for the North of island\n"
          "BRADES, Montserrat – Manager of the island’s water system Emile Duberry sounded the alarm Thursday that there is only capacity to store a half a day’s supply of water for the Lookout, St. Johns area.\n"
          "Sharing during the Disaster Management Coordination Agency (DMCA)’s Annual Hurricane Conference on Thursday, Duberry says Montserrat Utilities Ltd. (MUL) has a more than adequate supply for the Salem and St Peters areas but for the North of the island there is not enough for an entire day.\n"
          "“The population has increased in the North but the storage tank at Dick Hill has not been increased to accommodate the growth,” Duberry added. He implored the DMCA and the Public Works Department to support their application to fund a larger tank and help reduce the island’s vulnerability.\n"
          "Trevor Howe from the Ministry of Health and Billy Darroux, Director of the DMCA said the public needs to have at least two to three day’s supply of water and medicines per person per household on hand. Darroux added this should also be the case for people who will need to go to a shelter.\n"
          "“We must try to be as self-sufficient as possible,” Howe said.\n"
          "Last year MUL was forced to initiate a water rationing system to manage the supplies ahead of an approaching storm.\n"
          "“We need funds to construct the tank,” Duberry said. He added that MUL also has limited funds available to handle pre and post disaster emergencies. There is also concern about the ability to access water source areas which are vulnerable to landslides and flooding and pose added risk to supplying the entire island with water continually. MUL says it is also in need of a reliable communication system."),
    entities=[("mul", "Montserrat Utilities Ltd. (MUL)", "ORGANIZATION", ["MUL", "Montserrat Utilities Ltd."],
               "Montserrat's utility company"),
              ("duberry", "Emile Duberry", "PERSON",
               ["Duberry", "Manager of the island’s water system Emile Duberry"], "manager of Montserrat's water system"),
              ("howedarroux", "Trevor Howe from the Ministry of Health and Billy Darroux, Director of the DMCA", "GROUP", [],
               "two officials speaking together"),
              ("darroux", "Billy Darroux", "PERSON", ["Darroux"], "Director of the Disaster Management Coordination Agency"),
              ("howe", "Trevor Howe", "PERSON", ["Howe"], "official of the Ministry of Health")],
    mentions=[("m1", ("MUL", "MUL concerned"), "mul"),
              ("m2", "Manager of the island’s water system Emile Duberry", "duberry"),
              ("m3", ("Duberry", "Duberry says"), "duberry"),
              ("m4", "Montserrat Utilities Ltd. (MUL)", "mul"),
              ("m5", ("Duberry", "Duberry added"), "duberry"),
              ("m6", ("He", "He implored"), "duberry"),
              ("m7", "Trevor Howe from the Ministry of Health and Billy Darroux, Director of the DMCA", "howedarroux"),
              ("m8", ("Darroux", "Darroux added"), "darroux"),
              ("m9", ("Howe", "Howe said"), "howe"),
              ("m10", ("MUL", "Last year MUL"), "mul"),
              ("m11", ("Duberry", "Duberry said."), "duberry"),
              ("m12", ("He", "He added that"), "duberry"),
              ("m13", ("MUL", "that MUL also"), "mul"),
              ("m14", ("MUL", "MUL says"), "mul")],
    attributions=[("a1", "INDIRECT", "m2", "sounded the alarm",
                   "there is only capacity to store a half a day’s supply of water for the Lookout, St. Johns area", None),
                  ("a2", "INDIRECT", "m3", ("says", "Duberry says"), seg(T, "Montserrat Utilities Ltd. (MUL) has", "for an entire day"), None),
                  ("a3", "DIRECT", "m5", ("added", "Duberry added"), seg(T, "The population has increased", "accommodate the growth,"), None),
                  ("a4", "INDIRECT", "m6", "implored", seg(T, "the DMCA and the Public Works", "the island’s vulnerability"), None),
                  ("a5", "INDIRECT", "m7", ("said", "DMCA said"), seg(T, "the public needs to have", "per household on hand"), None),
                  ("a6", "INDIRECT", "m8", ("added", "Darroux added"),
                   "this should also be the case for people who will need to go to a shelter", None),
                  ("a7", "DIRECT", "m9", ("said", "Howe said"), "We must try to be as self-sufficient as possible,", None),
                  ("a8", "DIRECT", "m11", ("said", "Duberry said."), "We need funds to construct the tank,", None),
                  ("a9", "INDIRECT", "m12", ("added", "He added that"),
                   "MUL also has limited funds available to handle pre and post disaster emergencies", None),
                  ("a10", "INDIRECT", "m14", ("says", "MUL says"), "it is also in need of a reliable communication system", None)])

# ---------------------------------------------------------------------------------------
doc("amigoearuba-arends-reyes-tourism-turning-point",
    url="https://amigoearuba.com/en/?p=616141",
    outlet="Amigoe Aruba", country="Aruba", topic="business", cut=True,
    text=(T := "Oranjestad - According to parliamentarian Jennifer Arends-Reyes, who has always had a strong affinity for Aruba's economic pillar, tourism, the island is at a crucial turning point. Despite significant investment and growth in the sector, now is the time to strike an urgent balance between economic stability and maintaining Aruba's unique identity and livability.\n"
          "Aruba has experienced large-scale tourism developments in recent years, with the goal of attracting more visitors and strengthening the economy. Now is the time not only to secure employment, but also to invest in infrastructure, destination maintenance and renewal projects such as Port City and the development of San Nicolas.\n"
          "Collaboration with stakeholders such as the Aruba Tourism Authority (ATA), the Aruba Hotel & Tourism Association (AHATA) and the Aruba Airport Authority (AAA) is crucial to positioning Aruba as a destination that creates awareness around conservation, culture and community engagement. \"Our local people have stories to tell, talents to share, and by embracing these we can also stimulate the creative economy,\" Arends-Reyes said.\n"
          "She also stresses the importance of responsible tourism, where visitors not only contribute to the economy, but also show respect for nature and community. \"Tourism is about hospitality and warmth, and we must make our visitors feel that they are not only welcome, but can also have a positive impact during their stay on our island,\" she states.\n"
          "Investing in People: The Future of Tourism\n"
          "One of the key pillars for sustainable tourism is investing in human capital. Arends-Reyes calls on hotel owners and managers to invest more in their employees, their health, family and education. \"Corporate social responsibility must play a bigger role. The quality of life and treatment of our local community must go hand in hand with the experience of our tourists,\" she stresses."),
    entities=[("arends", "Jennifer Arends-Reyes", "PERSON", ["Arends-Reyes", "parliamentarian Jennifer Arends-Reyes"],
               "Member of the Parliament of Aruba")],
    mentions=[("m1", "parliamentarian Jennifer Arends-Reyes", "arends"),
              ("m2", ("Arends-Reyes", "Arends-Reyes said"), "arends"),
              ("m3", ("She", "She also stresses"), "arends"),
              ("m4", ("she", "she states"), "arends"),
              ("m5", ("Arends-Reyes", "Arends-Reyes calls"), "arends"),
              ("m6", ("she", "she stresses"), "arends")],
    attributions=[("a1", "INDIRECT", "m1", "According to", "the island is at a crucial turning point", None),
                  ("a2", "DIRECT", "m2", ("said", "Arends-Reyes said"), seg(T, "Our local people have stories", "the creative economy,"), None),
                  ("a3", "INDIRECT", "m3", ("stresses", "She also stresses"),
                   seg(T, "the importance of responsible tourism", "nature and community"), None),
                  ("a4", "DIRECT", "m4", "states", seg(T, "Tourism is about hospitality", "stay on our island,"), None),
                  ("a5", "INDIRECT", "m5", "calls on",
                   "hotel owners and managers to invest more in their employees, their health, family and education", None),
                  ("a6", "DIRECT", "m6", ("stresses", "she stresses"),
                   seg(T, "Corporate social responsibility", "experience of our tourists,"), None)])

write("train_ab.jsonl")
