#!/usr/bin/env python3
"""Writes test19_b.jsonl: real-news gold, split test19-b (see gold.py). Run: python3 make_test19_b.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
# The stored page has no headline; the text starts with its standfirst. The AFP byline at the
# end ("Marie de La Roche Saint-André, with AFP") is removed.
doc("thisisbeirut-west-bank-balata-three-killed",
    url="https://thisisbeirut.com.lb/world/142553",
    outlet="This is Beirut", country="Lebanon", topic="politics", cut=False,
    text=(T := "Israeli forces killed three Palestinian in a West Bank operation, leading to a dispute over the nature of the incident. Palestinian sources claim it was a “veritable massacre”, while the Israeli army describes it as a counterterrorism operation to apprehend suspects.\n"
          "Israeli forces killed three Palestinian fighters overnight in the occupied West Bank, Palestinian sources said Monday, in what the army described as an operation to capture terrorist suspects.\n"
          "In a statement, the Palestinian health ministry identified the three men killed in the Balata refugee camp in Nablus as Muhammad Abu Zaytoun, 32, Fathi Abu Rizk, 30, and Abdullah Abu Hamdan, 24.\n"
          "The Al-Aqsa Martyrs’ Brigades, the armed wing of Palestinian president Mahmud Abbas’s Fatah party, said in a statement that the three were among the group’s “fighters”.\n"
          "The Israeli army said it had shot several fighters when a gun battle erupted during a “counterterrorism” operation in which it arrested three individuals.\n"
          "During the operation, “armed suspects fired at the soldiers, who responded with live fire. Hits were identified,” it said.\n"
          "The army added in a statement that it “apprehended three wanted individuals suspected of involvement in terrorist activity”, and that weapons and ammunition were seized.\n"
          "Palestinian presidency spokesman Nabil Abu Rudeineh described the killings as a “veritable massacre” and charged that repeated Israeli raids and attacks by settlers constituted a “major war crime and a collective punishment”.\n"
          "He said US “silence” had emboldened Israelis to escalate attacks, calling on Washington to “immediately intervene to stop the Israeli madness that will drag the region toward explosion”."),
    entities=[("palsources", "Palestinian sources", "GROUP", [], "unnamed Palestinian sources"),
              ("army", "the Israeli army", "ORGANIZATION", ["Israeli army", "the army", "The army"], "Israel Defense Forces"),
              ("ministry", "the Palestinian health ministry", "ORGANIZATION", ["Palestinian health ministry"],
               "Palestinian Authority health ministry"),
              ("brigades", "The Al-Aqsa Martyrs’ Brigades", "ORGANIZATION",
               ["Al-Aqsa Martyrs’ Brigades",
                "The Al-Aqsa Martyrs’ Brigades, the armed wing of Palestinian president Mahmud Abbas’s Fatah party"],
               "armed wing of Fatah"),
              ("rudeineh", "Nabil Abu Rudeineh", "PERSON",
               ["Abu Rudeineh", "Rudeineh", "Palestinian presidency spokesman Nabil Abu Rudeineh"],
               "Palestinian presidency spokesman")],
    mentions=[("m1", ("Palestinian sources", "Palestinian sources claim"), "palsources"),
              ("m2", ("the Israeli army", "the Israeli army describes"), "army"),
              ("m3", ("Palestinian sources", "Palestinian sources said"), "palsources"),
              ("m4", ("the army", "the army described"), "army"),
              ("m5", "the Palestinian health ministry", "ministry"),
              ("m6", "The Al-Aqsa Martyrs’ Brigades, the armed wing of Palestinian president Mahmud Abbas’s Fatah party", "brigades"),
              ("m7", ("The Israeli army", "The Israeli army said"), "army"),
              ("m8", ("it", "it said."), "army"),
              ("m9", ("The army", "The army added"), "army"),
              ("m10", "Palestinian presidency spokesman Nabil Abu Rudeineh", "rudeineh"),
              ("m11", ("He", "He said US"), "rudeineh")],
    attributions=[("a1", "MIXED", "m1", ("claim", "sources claim"), "it was a “veritable massacre”", None),
                  # "described X as Y" keeps X in the content (FORMAT.md, evaluative reporting).
                  ("a2", "INDIRECT", "m2", "describes", "it as a counterterrorism operation to apprehend suspects", None),
                  ("a3", "INDIRECT", "m3", ("said", "sources said Monday"),
                   "Israeli forces killed three Palestinian fighters overnight in the occupied West Bank", None),
                  # "in what the army described as Y": the described thing is the relative "what", which lies
                  # before the source, so the contiguous content is Y alone; "as" only links the cue and is
                  # left out like the linking prepositions of FORMAT.md's Content rule. Not nested in a3: the
                  # army's description is outside the reported clause of the Palestinian sources.
                  ("a4", "INDIRECT", "m4", ("described", "the army described"), "an operation to capture terrorist suspects", None),
                  # "identified the three men as N" in a statement: a naming speech act with a content, read
                  # like "described X as Y"; "In a statement" is a medium.
                  ("a5", "INDIRECT", "m5", ("identified", "ministry identified"),
                   seg(T, "the three men killed in the Balata", "Abdullah Abu Hamdan, 24"), None),
                  ("a6", "MIXED", "m6", ("said", "party, said in"), "the three were among the group’s “fighters”", None),
                  ("a7", "MIXED", "m7", ("said", "army said it had"),
                   seg(T, "it had shot several fighters", "arrested three individuals"), None),
                  # The unquoted "During the operation," belongs to the claim, so it is MIXED, and the content
                  # keeps the closing mark at its end (FORMAT.md, Marks in content).
                  ("a8", "MIXED", "m8", ("said", "it said."),
                   "During the operation, “armed suspects fired at the soldiers, who responded with live fire. Hits were identified,”", None),
                  ("a9", "MIXED", "m9", "added",
                   seg(T, "it “apprehended three wanted", "ammunition were seized"), None),
                  ("a10", "MIXED", "m10", ("described", "Rudeineh described"), "the killings as a “veritable massacre”", None),
                  ("a11", "MIXED", "m10", "charged",
                   seg(T, "repeated Israeli raids", "a collective punishment”"), None),
                  ("a12", "MIXED", "m11", ("said", "He said US"), "US “silence” had emboldened Israelis to escalate attacks", None),
                  ("a13", "MIXED", "m11", "calling on",
                   seg(T, "Washington to “immediately intervene", "toward explosion”"), None)])

# ---------------------------------------------------------------------------------------
# The stored page has no headline; the text starts with its lead. The stored copy breaks off in
# the paragraph after the long quotation ("He, therefore, prayed that ..."), so the text is cut
# before it.
doc("diggers-kambwili-bail-simusamba-mwenye",
    url="https://diggers.news/local/2020/10/26/simusamba-grants-kambwili-k100000-cash-bail",
    outlet="News Diggers!", country="Zambia", topic="courts-crime", cut=True, published="2020-10-26",
    text=(T := "LUSAKA Principal Resident Magistrate David Simusamba has finally granted NDC leader Chishimba Kambwili K100,000 cash bail, with two working sureties from reputable institutions to be bound in the like sum.\n"
          "The total amount is therefore K300,000.\n"
          "But Kambwili’s lawyer, Musa Mwenye State Counsel, says they are extremely unhappy about the stiff conditions, adding that K300,000 is a lot of money for a person of fixed abode.\n"
          "By 15:00 hours, Monday, Kambwili who was been held at Kamwala Remand Prison had not yet met his bail conditions and was still in custody.\n"
          "Some of his supporters were still waiting for his release outside Kamwala Remand Prison at the said time.\n"
          "On October 14, this year, magistrate Simusamba convicted and sentenced Kambwili to 12 months imprisonment with hard labour on charges of forgery and uttering a false document.\n"
          "He however, acquitted him on the other charge of giving false information to a public officer.\n"
          "When the matter came up for hearing of Kambwili’s application for bail pending appeal, Monday, Mwenye said Kambwili lodged his notice of appeal against his conviction and sentence on October 22, 2020.\n"
          "He said Kambwili was sentenced to 12 months imprisonment with hard labour, adding that if bail was not granted, the period of the imprisonment might be fully served before his appeal could be heard.\n"
          "“This is an application for admission to bail. The precondition for the application is that there is an appeal the has been lodged. The convict was sentenced to 12 months imprisonment with hard labour, if bail is not granted, the period of the imprisonment may be fully served before his appeal can be heard. With our calculations your honour, as of Wednesday this week, the accused person would have served 4 percent of the sentence. And this is just in this period that we have been chasing up the bail application,” Mwenye said."),
    # The magistrate only acts here (grants bail, convicts, acquits: FORMAT.md excludes a court's
    # actions), so he is no speaker and has no entity.
    entities=[("mwenye", "Musa Mwenye", "PERSON", ["Mwenye", "Musa Mwenye State Counsel"],
               "State Counsel, lawyer of Chishimba Kambwili")],
    mentions=[("m1", "Kambwili’s lawyer, Musa Mwenye State Counsel", "mwenye"),
              ("m2", ("Mwenye", "Mwenye said Kambwili"), "mwenye"),
              ("m3", ("He", "He said Kambwili"), "mwenye"),
              ("m4", ("Mwenye", "Mwenye said."), "mwenye")],
    attributions=[("a1", "INDIRECT", "m1", "says", "they are extremely unhappy about the stiff conditions", None),
                  ("a2", "INDIRECT", "m1", ("adding", "adding that K300,000"),
                   "K300,000 is a lot of money for a person of fixed abode", None),
                  ("a3", "INDIRECT", "m2", ("said", "Mwenye said Kambwili"),
                   "Kambwili lodged his notice of appeal against his conviction and sentence on October 22, 2020", None),
                  ("a4", "INDIRECT", "m3", ("said", "He said Kambwili"),
                   "Kambwili was sentenced to 12 months imprisonment with hard labour", None),
                  ("a5", "INDIRECT", "m3", ("adding", "adding that if bail"),
                   seg(T, "if bail was not granted, the period", "his appeal could be heard"), None),
                  ("a6", "DIRECT", "m4", ("said", "Mwenye said."),
                   seg(T, "This is an application for admission", "chasing up the bail application,"), None)])

# ---------------------------------------------------------------------------------------
# The stored page repeats the headline after the lead (an image title); the repeat is removed.
# The stored copy breaks off in the last paragraph ("... their long-term goal is to build dams
# that"), so the text is cut before it.
doc("brightkenyanews-kajiado-governor-lenku-drought",
    url="https://brightkenyanews.com/kajiado-governor-voices-concern-over-drought-in-the-county",
    outlet="Bright Kenya News", country="Kenya", topic="environment", cut=True,
    text=(T := "Kajiado Governor Voices Concern Over Drought in the County\n"
          "According to Kajiado Governor Joseph ole Lenku, 110,000 families in his county have been impacted by the devastating drought that is currently affecting more than half of the counties across the nation.\n"
          "The Kenya Red Cross reports that the drought has affected 29 counties, 12 of which are on red alert, and currently, more than 4.3 million people require continuous support with food and water.\n"
          "On Sunday, the governor declared the situation to be critical and noted that Kajiado had been suffering from the drought for the last four months.\n"
          "Lenku noted that 400,000 livestock require food in a primarily pastoral county with a population of about a million cows.\n"
          "The county administrator also claimed that the wildlife in the county's portions of the Amboseli and Tsavo national parks had been negatively impacted.\n"
          "“In the Amboseli National Park now, the first thing the wardens do in the morning is removing carcasses from the road. We are about to lose our people and we are losing livestock and wildlife in big numbers,” said the governor.\n"
          "Due to the county's citizens' dependence on the sale of milk and meat as their primary source of income, the drought has in turn led to an economic catastrophe.\n"
          "The governor has voiced concern that the situation won't get better very soon because weather predictions indicate that the widely anticipated short showers won't be enough.\n"
          "“We don’t need rains, we need water because then we will have fodder for our animals and food for the people and the whole chain is complete again. Each dam will be equipped with a borehole so that throughout the year, the borehole which is solar-powered will have water,” Governor Lenku said."),
    entities=[("lenku", "Joseph ole Lenku", "PERSON",
               ["Lenku", "Governor Lenku", "Kajiado Governor", "Kajiado Governor Joseph ole Lenku", "the governor",
                "The county administrator"], "Governor of Kajiado County"),
              ("redcross", "The Kenya Red Cross", "ORGANIZATION", ["Kenya Red Cross"], "humanitarian organisation")],
    mentions=[("m1", ("Kajiado Governor", "Kajiado Governor Voices"), "lenku"),
              ("m2", "Kajiado Governor Joseph ole Lenku", "lenku"),
              ("m3", "The Kenya Red Cross", "redcross"),
              ("m4", ("the governor", "the governor declared"), "lenku"),
              ("m5", ("Lenku", "Lenku noted"), "lenku"),
              ("m6", "The county administrator", "lenku"),
              ("m7", ("the governor", "said the governor"), "lenku"),
              ("m8", ("The governor", "The governor has voiced"), "lenku"),
              ("m9", "Governor Lenku", "lenku")],
    attributions=[# "Voices Concern Over X": a fixed-object cue ("voiced the hope", "voiced relief that"), and "Over"
                  # only links it, like "complained about noise" -> "noise".
                  ("a1", "INDIRECT", "m1", "Voices Concern", "Drought in the County", None),
                  ("a2", "INDIRECT", "m2", "According to",
                   seg(T, "110,000 families in his county", "counties across the nation"), None),
                  ("a3", "INDIRECT", "m3", "reports",
                   seg(T, "the drought has affected 29 counties", "support with food and water"), None),
                  # "declared X to be Y" keeps X, as "described X as Y" does.
                  ("a4", "INDIRECT", "m4", "declared", "the situation to be critical", None),
                  ("a5", "INDIRECT", "m4", ("noted", "critical and noted"),
                   "Kajiado had been suffering from the drought for the last four months", None),
                  ("a6", "INDIRECT", "m5", ("noted", "Lenku noted"),
                   "400,000 livestock require food in a primarily pastoral county with a population of about a million cows", None),
                  ("a7", "INDIRECT", "m6", "claimed",
                   seg(T, "the wildlife in the county's portions", "negatively impacted"), None),
                  ("a8", "DIRECT", "m7", ("said", "said the governor"),
                   seg(T, "In the Amboseli National Park now", "wildlife in big numbers,"), None),
                  # "weather predictions indicate that ..." is an evidential inside the claim (FORMAT.md,
                  # Excluded), so nothing is nested here.
                  ("a9", "INDIRECT", "m8", "voiced concern",
                   seg(T, "the situation won't get better", "showers won't be enough"), None),
                  ("a10", "DIRECT", "m9", ("said", "Lenku said"),
                   seg(T, "We don’t need rains", "solar-powered will have water,"), None)])

# ---------------------------------------------------------------------------------------
# The stored page has no headline (its slug reads "NIMR seeks collaboration, behavioural attitude
# change for malaria cure"), so the text starts with the lead; its date line is dropped. The
# stored copy breaks off in the paragraph of the director-general's quotation ("... not every
# fever is mal"), so the text is cut before it.
doc("newtelegraphng-nimr-malaria-behavioural-change",
    url="https://newtelegraphng.com/nimr-seeks-collaboration-behavioural-attitude-change-for-malaria-cure/",
    outlet="New Telegraph", country="Nigeria", topic="health-science", cut=True, published="2025-12-25",
    text=(T := "Against the backdrop of recent World Health Organisation (WHO) report and national data that placed Nigeria as the single largest contributor to global malaria cases and deaths of between 25 and 31 per cent of global burden, the Nigerian Institute of Medical Research (NIMR), Yaba, Lagos, has traced this some majorly to social factors.\n"
          "Piqued by the high cases of malaria in the country based on research conducted by the institute, NIMR, which attributed this mainly to the people’s behavioural pattern, called for attitude change among Nigerians, as one of the ways to reduce, if not eliminate the prevalence of malaria in the country.\n"
          "A Research Director and Head of Malaria Research Group at NIMR, Dr Adeola Olukosi, while presenting her research findings during the December edition of the monthly media chat, expressed malaria has been the single most common public health problem in country, as Nigeria, Africa’s most populous nation, carries the largest burden of malaria globally. Dr Adeola Olukosi, a Molecular Biologist and Biochemist, who is undertaking research in Molecular Epidemiology of Drug Resistant Malaria Parasite, said it is time to interrogate the people’s behavioural patterns for malaria cure and reduction.\n"
          "She, however, noted that given the evidence-driven intervention, the enormity of drug and insecticide resistance that keep coming up is a threat to malaria control and administration. Meanwhile, the Director-General of the institute, Prof Oladapo Obafunwa, who buttressed Dr Olukosi’s position on the need for interrogation of social factors as one of the reasons for malaria prevalence in the country, however, added that no herb has been found that is efficacious for the cure of malaria."),
    # "report and national data that placed Nigeria as ..." is an evidential ("polls put her at 40
    # percent"), so the WHO is no speaker here.
    entities=[("nimr", "the Nigerian Institute of Medical Research (NIMR)", "ORGANIZATION",
               ["Nigerian Institute of Medical Research", "NIMR", "the institute"], "Nigerian medical research institute"),
              ("olukosi", "Adeola Olukosi", "PERSON", ["Dr Adeola Olukosi", "Olukosi", "Dr Olukosi"],
               "Research Director and Head of Malaria Research Group at NIMR"),
              ("obafunwa", "Oladapo Obafunwa", "PERSON", ["Prof Oladapo Obafunwa", "Obafunwa"],
               "Director-General of NIMR")],
    mentions=[("m1", "the Nigerian Institute of Medical Research (NIMR)", "nimr"),
              ("m2", ("the institute", "conducted by the institute"), "nimr"),
              ("m3", ("NIMR", "NIMR, which"), "nimr"),
              ("m4", "A Research Director and Head of Malaria Research Group at NIMR, Dr Adeola Olukosi", "olukosi"),
              ("m5", "Dr Adeola Olukosi, a Molecular Biologist and Biochemist", "olukosi"),
              ("m6", "She", "olukosi"),
              ("m7", "the Director-General of the institute, Prof Oladapo Obafunwa", "obafunwa")],
    attributions=[# "has traced this to social factors": a finding of the institute's research (FORMAT.md,
                  # Included: findings), read like "attributed X to Y"; X stays in the content as in
                  # "described X as Y".
                  ("a1", "INDIRECT", "m1", "traced", "this some majorly to social factors", None),
                  ("a2", "INDIRECT", "m3", "attributed", "this mainly to the people’s behavioural pattern", None),
                  # "as one of the ways to reduce ..." is left out as an adjunct of the call, following
                  # FORMAT.md's "called for speed bumps in an effort to slow traffic" -> "speed bumps".
                  ("a3", "INDIRECT", "m3", "called for", "attitude change among Nigerians", None),
                  ("a4", "INDIRECT", "m4", "expressed",
                   seg(T, "malaria has been the single most common", "burden of malaria globally"), None),
                  ("a5", "INDIRECT", "m5", ("said", "Parasite, said"),
                   "it is time to interrogate the people’s behavioural patterns for malaria cure and reduction", None),
                  ("a6", "INDIRECT", "m6", "noted",
                   seg(T, "given the evidence-driven intervention", "malaria control and administration"), None),
                  # A stance endorsed in a relative clause on the source: "buttressed ... position" is read like
                  # the fixed-object cue "stood by its position", and "on" only links it. The source is the
                  # relative clause's antecedent (FORMAT.md, Sources). Olukosi's own "position" is not
                  # annotated apart: its holder is only a possessive, and she states it above (a5).
                  ("a7", "INDIRECT", "m7", "buttressed Dr Olukosi’s position",
                   seg(T, "the need for interrogation of social factors", "malaria prevalence in the country"), None),
                  ("a8", "INDIRECT", "m7", ("added", "however, added"),
                   "no herb has been found that is efficacious for the cure of malaria", None)])

# ---------------------------------------------------------------------------------------
# The stored page's kicker, photo caption ("Fijabi") and date line are removed. The stored copy
# breaks off in the paragraph after the fight list ("Other fights are ..."), so the text is cut
# before it. The ring names in quotation marks (“Joe Boy”, “ID Cabasa”) are no claims.
doc("sunnewsonline-gotv-boxing-fijabi-ghana-must-go",
    url="http://sunnewsonline.com/gotv-boxing-night-9-ghana-must-go-fijaborn-tells-ghanaian-opponent/",
    outlet="The Sun", country="Nigeria", topic="sport", cut=True, published="2016-09-12",
    text=(T := "GOtv Boxing Night 9: 'Ghana must go,' Fijaborn tells Ghanaian opponent\n"
          "National light welterweight boxing champion, Olaide “Fijaborn” Fijabi, has declared that Raphael Kwabena King, his Ghanaian opponent at GOtv Boxing Night 9, will leave Nigeria wishing he never came after their international challenge contest billed for 2 October at the Indoor Sports Hall of the National Stadium, Lagos. Fijabi was responding to the Ghanaian’s boast that he would be the first boxer to defeat him.\n"
          "“King was quoted in the papers as saying he would defeat me. I believe he was misquoted. He said he has seen me fight on a number of occasions and I congratulate him on that. What I want to say, however, is that everybody at the venue will enjoy the fight except him. Nigeria is bigger than Ghana and I will prove that to him. Ghana must fall,” he boasted.\n"
          "Another Ghanaian billed for the seven fight event, Richard Amefun, had also been warned by his Nigerian opponent, Oto “Joe Boy” Joseph, the national lightweight champion, to expect defeat.\n"
          "Joe Boy, a knockout specialist, said Amefun had been deceived into thinking that he is in the elite class by the low-level boxers he had been beating in his country.\n"
          "“He claims to have fought world champions. I am not yet one, but I will show him that I am on my way to becoming one. Amefun will see hell,” bragged Joe Boy.\n"
          "GOtv Boxing Night 9 will feature five other fights, including the national cruiserweight title clash between Idowu “ID Cabasa”Okusote and Ekeng “Fighting Policeman”Henshaw, heavyweight challenge bout between Jude “Great Jude” Iloh and Adewale “Masevex” Masebinu, as well as a national lightweight clash between Sikiru “Omo Iya Eleja” Shogbesan and Prince “Lion” Nwoye."),
    entities=[("fijabi", "Olaide “Fijaborn” Fijabi", "PERSON",
               ["Fijabi", "Fijaborn", "Olaide Fijabi",
                "National light welterweight boxing champion, Olaide “Fijaborn” Fijabi"],
               "Nigerian national light welterweight boxing champion"),
              ("king", "Raphael Kwabena King", "PERSON", ["King", "the Ghanaian", "Ghanaian opponent"],
               "Ghanaian boxer, Fijabi's opponent"),
              ("joseph", "Oto “Joe Boy” Joseph", "PERSON",
               ["Joe Boy", "Oto Joseph", "Joe Boy, a knockout specialist",
                "his Nigerian opponent, Oto “Joe Boy” Joseph, the national lightweight champion"],
               "Nigerian national lightweight boxing champion"),
              ("amefun", "Richard Amefun", "PERSON", ["Amefun"], "Ghanaian boxer, Joseph's opponent")],
    mentions=[("m1", ("Fijaborn", "Fijaborn tells"), "fijabi"),
              ("m2", ("Ghanaian opponent", "tells Ghanaian opponent"), "king"),
              ("m3", "National light welterweight boxing champion, Olaide “Fijaborn” Fijabi", "fijabi"),
              ("m4", "Raphael Kwabena King", "king"),
              ("m5", ("Fijabi", "Fijabi was responding"), "fijabi"),
              # A possessive speaker of a noun cue is the source mention without its "’s", as elsewhere
              # in the corpus ("the scientists' claims").
              ("m6", ("the Ghanaian", "the Ghanaian’s boast"), "king"),
              ("m7", ("King", "King was quoted"), "king"),
              ("m8", ("He", "He said he has"), "king"),
              ("m9", ("he", "he boasted"), "fijabi"),
              ("m10", "Richard Amefun", "amefun"),
              ("m11", "his Nigerian opponent, Oto “Joe Boy” Joseph, the national lightweight champion", "joseph"),
              ("m12", "Joe Boy, a knockout specialist", "joseph"),
              ("m13", ("Amefun", "said Amefun"), "amefun"),
              ("m14", ("He", "He claims"), "amefun"),
              ("m15", ("Amefun", "Amefun will see"), "amefun"),
              ("m16", ("Joe Boy", "bragged Joe Boy"), "joseph")],
    attributions=[# Single quotes are the headline's primary marks; "GOtv Boxing Night 9:" is a topic label and
                  # the addressee "Ghanaian opponent" is no content.
                  ("a1", "DIRECT", "m1", "tells", "Ghana must go,", None),
                  ("a2", "INDIRECT", "m3", "declared",
                   seg(T, "Raphael Kwabena King, his Ghanaian opponent", "National Stadium, Lagos"), None),
                  ("a3", "INDIRECT", "m6", ("boast", "boast that"), "he would be the first boxer to defeat him", None),
                  ("a4", "DIRECT", "m9", "boasted", seg(T, "King was quoted in the papers", "Ghana must fall,"), None),
                  # "was quoted in the papers as saying": the cue is "quoted" (a contiguous span; "in the
                  # papers" is a medium), the quoted person the source, as in saudigazette's "was quoted by
                  # Al Hadath as saying".
                  ("a5", "INDIRECT", "m7", ("quoted", "was quoted in"), "he would defeat me", "a4"),
                  ("a6", "INDIRECT", "m8", ("said", "He said he has"), "he has seen me fight on a number of occasions", "a4"),
                  # The warned boxer is a raised addressee, left outside ("staff were told to stay home").
                  ("a7", "INDIRECT", "m11", "warned", "to expect defeat", None),
                  ("a8", "INDIRECT", "m12", ("said", "specialist, said"),
                   seg(T, "Amefun had been deceived", "beating in his country"), None),
                  # Amefun's (mistaken) belief stated inside Joe Boy's claim: an attitude of another stated
                  # there (FORMAT.md, Included), nested; "by the low-level boxers ..." belongs to "deceived".
                  ("a9", "INDIRECT", "m13", ("thinking", "thinking that"), "he is in the elite class", "a8"),
                  ("a10", "DIRECT", "m16", "bragged", seg(T, "He claims to have fought", "Amefun will see hell,"), None),
                  ("a11", "INDIRECT", "m14", "claims", "to have fought world champions", "a10")])

# ---------------------------------------------------------------------------------------
# The stored page's date line ("November 27, 2021 - 15:58") is removed. The stored copy breaks
# off inside the last quotation ("... we have to go back and even change so"), so the text is
# cut before that paragraph.
doc("tehrantimes-tccima-tpo-export-issues",
    url="https://www.tehrantimes.com/news/467450/TCCIMA-hosts-meeting-with-TPO-head-to-explore-export-issues",
    outlet="Tehran Times", country="Iran", topic="business", cut=True, published="2021-11-27",
    text=(T := "TCCIMA hosts meeting with TPO head to explore export issues\n"
          "TEHRAN - Tehran Chamber of Commerce, Industries, Mines and Agriculture (TCCIMA) hosted a meeting with the head of the Trade Promotion Organization (TPO) on Saturday to discuss the issues faced by the country’s exporters.\n"
          "The meeting was attended by TCCIMA Head Masoud Khansari, the TPO Head Alireza Peyman Pak and a handful of the country’s exporters and businessmen, IRIB reported.\n"
          "Speaking in this gathering, Khansari underlined the significance of non-oil exports in the country’s current economic condition, saying: “Export is the only way to save Iran's economy, and if we can solve the export problems, many of the country's problems will be resolved.”\n"
          "“We are facing the most difficult economic conditions of the country after the Islamic Revolution, which we can overcome by paying attention to exports, and one of the major players in the field of exports is the Trade Promotion Organization, which we hope will continue its supportive role in this field,” Khansari said.\n"
          "He mentioned some of the problems that the country’s exporters have been facing over the past few years, and noted that the Central Bank of Iran (CBI)’s approach toward exports and exporters (mentioning the obligations created for exporters to return their foreign currency revenues to the country) created numerous challenges for them.\n"
          "Elsewhere in the meeting, Peyman Pak for his part mentioned some of the Industry, Mining and Trade Ministry’s plans for supporting non-oil exports, saying: “The main plan of the Industry Ministry is to create an export toll management fund; and the generated revenues from this fund should be spent on improving the export infrastructure.”"),
    # The chamber only hosts the meeting, so it is no speaker; the TPO head is Peyman Pak.
    entities=[("irib", "IRIB", "ORGANIZATION", [], "Islamic Republic of Iran Broadcasting"),
              ("khansari", "Masoud Khansari", "PERSON", ["Khansari", "TCCIMA Head Masoud Khansari"], "Head of TCCIMA"),
              ("peymanpak", "Alireza Peyman Pak", "PERSON",
               ["Peyman Pak", "the TPO Head Alireza Peyman Pak", "the head of the Trade Promotion Organization (TPO)"],
               "Head of the Trade Promotion Organization")],
    mentions=[("m1", "the head of the Trade Promotion Organization (TPO)", "peymanpak"),
              ("m2", "TCCIMA Head Masoud Khansari", "khansari"),
              ("m3", "the TPO Head Alireza Peyman Pak", "peymanpak"),
              ("m4", "IRIB", "irib"),
              ("m5", ("Khansari", "Khansari underlined"), "khansari"),
              ("m6", ("Khansari", "Khansari said"), "khansari"),
              ("m7", ("He", "He mentioned"), "khansari"),
              ("m8", ("Peyman Pak", "Peyman Pak for his part"), "peymanpak")],
    attributions=[("a1", "INDIRECT", "m4", "reported",
                   seg(T, "The meeting was attended by", "exporters and businessmen"), None),
                  ("a2", "INDIRECT", "m5", "underlined",
                   "the significance of non-oil exports in the country’s current economic condition", None),
                  ("a3", "DIRECT", "m5", ("saying", "condition, saying"),
                   seg(T, "Export is the only way", "problems will be resolved."), None),
                  ("a4", "DIRECT", "m6", ("said", "Khansari said"),
                   seg(T, "We are facing the most difficult", "role in this field,"), None),
                  ("a5", "INDIRECT", "m7", ("mentioned", "He mentioned"),
                   "some of the problems that the country’s exporters have been facing over the past few years", None),
                  ("a6", "INDIRECT", "m7", "noted",
                   seg(T, "the Central Bank of Iran (CBI)’s approach", "numerous challenges for them"), None),
                  # The parenthetical "(mentioning ...)" is a second speech act of the same speaker inside
                  # a6's content; as "X said A, warning that B" gives two claims, it is its own claim,
                  # nested in a6 because a6's content contains it.
                  ("a7", "INDIRECT", "m7", "mentioning",
                   "the obligations created for exporters to return their foreign currency revenues to the country", "a6"),
                  ("a8", "INDIRECT", "m8", ("mentioned", "part mentioned"),
                   "some of the Industry, Mining and Trade Ministry’s plans for supporting non-oil exports", None),
                  ("a9", "DIRECT", "m8", ("saying", "exports, saying"),
                   seg(T, "The main plan of the Industry Ministry", "improving the export infrastructure."), None)])

write("test19_b.jsonl")
