#!/usr/bin/env python3
"""Writes test16_b.jsonl: real-news gold, split test16-b (see gold.py). Run: python3 make_test16_b.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
# The photo caption under the headline ("Residents of Bamba town ... PHOTO: COURTESY.") is removed.
# The stored page holds the whole article (it ends after the last paragraph); it gives no date.
# "Kilifi, KENYA:" is a dateline (not an attribution). The page's double spaces ("saying  no",
# "nothing  has") and "Tuesday ," are kept as printed. Notes:
# - "Residents ... are crying foul over water shortage": "crying foul over X" is a complaint with a
#   content, annotated like `complained about noise` (the linking "over" is left out).
# - "water shortage said to have hit the County ...": an agentless passive with a raised subject
#   (FORMAT.md, Left outside: `was expected to post a loss`): null source, content "to have hit
#   ...", nested in the residents' complaint whose content contains it. The last sentence ("The
#   problem is said to have hit ...") is the same construction, not nested.
# - "The residents reckon negligence ..., saying ...": a belief with a named subject and a
#   noun-phrase content, then "saying" as a second claim of the same speaker (seed a18/a19).
# - "the government knows that" inside Maimuna's quotation has a demonstrative object ("that" = the
#   problem), no reported clause: not annotated. "I think this is unfair" is her own attitude (seed
#   a20). "Speaking in Kilifi town on Tuesday" is an adjunct of the report.
doc("barakafm-kilifi-water-shortage-residents",
    url="https://barakafm.org/?p=28112",
    outlet="Baraka FM", country="Kenya", topic="local", cut=False,
    text=(T := "Water shortage hits Kilifi county\n"
          "Kilifi, KENYA: Residents in Kilifi County are crying foul over water shortage said to have hit the County for some time now.\n"
          "The residents reckon negligence from the county government and the County\u2019s water services boards, saying  no permanent solution has been offered.\n"
          "Speaking in Kilifi town on Tuesday , Maimuna Farouk, a resident in the heart of Kilifi County, said the shortage has caused residents inconveniences as they are forced to turn to Salty borehole water.\n"
          "She said the salty water is unsafe for domestic usage but have no other option than to use it especially during this holy month of Ramadan.\n"
          "\u201cWe are really passing through a hard time in our county as lack of water has now become monotonous to us,\u201d said Maimuna.\n"
          "\u201cThis problem has been coming up year in year out and the government knows that, but then nothing  has done to find a permanent solution. I think this is unfair,\u201d reiterated Maimuna.\n"
          "She said the government must take its responsibility fully to ensure proper living standards for its people especially when it comes to basic needs.\n"
          "She said there is a risk of pupils missing out of schools due to the shortage of the essential commodity.\n"
          "However, Kilifi County CEC of Water and sewerage Kiringi Mwachitu said the county is working around the clock to solve the problem.\n"
          "He said the problem would be solved in the shortest time possible for the betterment of the residents.\n"
          "\u201cWe are working on the issue and we hope it will be solved as soon as possible as we know that it\u2019s an essential commodity that has to be available,\u201d said Mwachitu.\n"
          "The problem is said to have hit the county for the past one week."),
    entities=[("residents", "Residents in Kilifi County", "GROUP", ["residents", "The residents"], "residents of Kilifi County"),
              ("maimuna", "Maimuna Farouk", "PERSON",
               ["Maimuna", "Farouk", "Maimuna Farouk, a resident in the heart of Kilifi County"], "Kilifi County resident"),
              ("mwachitu", "Kiringi Mwachitu", "PERSON",
               ["Mwachitu", "Kilifi County CEC of Water and sewerage Kiringi Mwachitu"],
               "Kilifi County Executive Committee member for Water and Sewerage")],
    mentions=[("m1", "Residents in Kilifi County", "residents"),
              ("m2", ("The residents", "The residents reckon"), "residents"),
              ("m3", "Maimuna Farouk, a resident in the heart of Kilifi County", "maimuna"),
              ("m4", ("She", "She said the salty"), "maimuna"),
              ("m5", ("Maimuna", "said Maimuna."), "maimuna"),
              ("m6", ("Maimuna", "reiterated Maimuna"), "maimuna"),
              ("m7", ("She", "She said the government"), "maimuna"),
              ("m8", ("She", "She said there is"), "maimuna"),
              ("m9", "Kilifi County CEC of Water and sewerage Kiringi Mwachitu", "mwachitu"),
              ("m10", ("He", "He said the problem"), "mwachitu"),
              ("m11", ("Mwachitu", "said Mwachitu"), "mwachitu")],
    attributions=[("a1", "INDIRECT", "m1", "crying foul", "water shortage said to have hit the County for some time now", None),
                  ("a2", "INDIRECT", None, ("said", "said to have hit the County"), "to have hit the County for some time now", "a1"),
                  ("a3", "INDIRECT", "m2", "reckon", "negligence from the county government and the County\u2019s water services boards", None),
                  ("a4", "INDIRECT", "m2", "saying", "no permanent solution has been offered", None),
                  ("a5", "INDIRECT", "m3", ("said", "County, said the shortage"),
                   "the shortage has caused residents inconveniences as they are forced to turn to Salty borehole water", None),
                  ("a6", "INDIRECT", "m4", ("said", "She said the salty"),
                   "the salty water is unsafe for domestic usage but have no other option than to use it especially during this holy month of Ramadan", None),
                  ("a7", "DIRECT", "m5", ("said", "said Maimuna."),
                   "We are really passing through a hard time in our county as lack of water has now become monotonous to us,", None),
                  ("a8", "DIRECT", "m6", "reiterated", seg(T, "This problem has been coming", "I think this is unfair,"), None),
                  ("a9", "INDIRECT", "m7", ("said", "She said the government"),
                   "the government must take its responsibility fully to ensure proper living standards for its people especially when it comes to basic needs", None),
                  ("a10", "INDIRECT", "m8", ("said", "She said there is"),
                   "there is a risk of pupils missing out of schools due to the shortage of the essential commodity", None),
                  ("a11", "INDIRECT", "m9", ("said", "Mwachitu said the county"), "the county is working around the clock to solve the problem", None),
                  ("a12", "INDIRECT", "m10", ("said", "He said the problem"),
                   "the problem would be solved in the shortest time possible for the betterment of the residents", None),
                  ("a13", "DIRECT", "m11", ("said", "said Mwachitu"), seg(T, "We are working on the issue", "has to be available,"), None),
                  ("a14", "INDIRECT", None, ("said", "is said to have hit the county for the past"),
                   "to have hit the county for the past one week", None)])

# ---------------------------------------------------------------------------------------
# The stored page has no headline (its address reads "six suspected terrorists arrested with
# explosives in Nabweru"), so the text starts with the lead; the page holds the whole article and
# its date. Notes:
# - "Kabona has urged Ugandans to remain vigilant ...": `urged X to Y` keeps the addressee, as
#   `called on X to Y` (seed a23/a24) and the corpus's "urged".
# - "has identified the suspects as; Hamidu Ssekide, ...": naming the suspects is a report with a
#   content, annotated like `described X as Y` (content "X as Y", the printed ";" kept).
# - "Muyonde has however been accidentally shot in the foot as he explains.": "as he explains" is a
#   reporting clause of the preceding words; "he" is Owoyesigyire, who is quoted explaining it in
#   the next paragraph (the sense, not the nearest name, decides; FORMAT.md Coreference).
# - Kabona's quotation closes without a comma before "Maj Kabona said"; the marks are followed.
# - "activists who have vowed to paint the city red": a speech act in a relative clause inside
#   Kulayigye's claim (FORMAT.md, Included): nested, with "activists" as its source.
# - "Much as the activists have claimed ..., police have termed them illegal and have vowed to ...":
#   three claims; "termed X Y" is evaluative reporting with a content ("them illegal"). The
#   activists of the second paragraph, of Kulayigye's claim and of the last one are one collective.
# - "have arrested" (first paragraph) is an action.
doc("kfm-nabweru-suspected-terrorists-explosives",
    url="https://www.kfm.co.ug/news/six-suspected-terrorists-arrested-with-explosives-in-nabweru.html?utm_source=rss&utm_medium=rss&utm_campaign=six-suspected-terrorists-arrested-with-explosives-in-nabweru",
    outlet="KFM", country="Uganda", topic="courts-crime", cut=False, published="2023-05-08",
    text=(T := "Joint intelligence teams and the Uganda People\u2019s Defence Force (UPDF) have arrested six suspected terrorists with locally made bombs ahead of a planned nationwide protest.\n"
          "Activists have since called for protests against corruption and the economic hardships in the country.\n"
          "The UPDF 1st division spokesperson Maj Charles Kabona says the suspects were found with gadgets used to make improvised explosive devices.\n"
          "Kabona has urged Ugandans to remain vigilant and alert and report any suspicious people and objects in their communities.\n"
          "\u201cAfter getting our technical and human intelligence information last night, our forces came to this place (Nabweru) and managed to arrest four people. These people are having gadgets that make Improvised Explosive Devices (IEDs). The IEDs are mostly used negative elements in countries like Somalia, DRC and recently in Uganda when they hid us\u201d Maj Kabona said.\n"
          "Meanwhile, the Kampala metropolitan deputy police spokesperson Luke Owoyesigyire has identified the suspects as; Hamidu Ssekide, Muhammed Kalyango, Abdul Katumba, Arafat Ssali and Emmanuel Asiimwe and Hamidu Muyonde.\n"
          "Muyonde has however been accidentally shot in the foot as he explains.\n"
          "\u201cHe is one of the suspects that has moved away with a wound. This was an accident that occurred in the vehicle as they were preparing to drive away. But we are hopeful the injury is minor and we are waiting for the outcome from the medical side where he has been taken. They are going to be taken to one of our police stations for interrogations,\u201d Owoyesigyire revealed.\n"
          "Earlier the UPDF spokesperson Brig Gen Felix Kulayigye said that these explosives were to be used today by activists who have vowed to paint the city red today.\n"
          "Much as the activists have claimed today\u2019s demonstrations are peaceful, police have termed them illegal and have vowed to crack down on protesters."),
    entities=[("activists", "Activists", "GROUP", ["activists", "the activists"], "activists who called the nationwide protest"),
              ("kabona", "Charles Kabona", "PERSON",
               ["Kabona", "Maj Kabona", "Maj Charles Kabona", "The UPDF 1st division spokesperson Maj Charles Kabona"],
               "UPDF 1st division spokesperson"),
              ("owoyesigyire", "Luke Owoyesigyire", "PERSON",
               ["Owoyesigyire", "the Kampala metropolitan deputy police spokesperson Luke Owoyesigyire"],
               "Kampala Metropolitan deputy police spokesperson"),
              ("kulayigye", "Felix Kulayigye", "PERSON",
               ["Kulayigye", "Brig Gen Felix Kulayigye", "the UPDF spokesperson Brig Gen Felix Kulayigye"], "UPDF spokesperson"),
              ("police", "police", "ORGANIZATION", ["the police"], "Uganda Police")],
    mentions=[("m1", ("Activists", "Activists have since"), "activists"),
              ("m2", "The UPDF 1st division spokesperson Maj Charles Kabona", "kabona"),
              ("m3", ("Kabona", "Kabona has urged"), "kabona"),
              ("m4", ("Maj Kabona", "Maj Kabona said"), "kabona"),
              ("m5", "the Kampala metropolitan deputy police spokesperson Luke Owoyesigyire", "owoyesigyire"),
              ("m6", ("he", "as he explains"), "owoyesigyire"),
              ("m7", ("Owoyesigyire", "Owoyesigyire revealed"), "owoyesigyire"),
              ("m8", "the UPDF spokesperson Brig Gen Felix Kulayigye", "kulayigye"),
              ("m9", ("activists", "by activists who"), "activists"),
              ("m10", ("the activists", "Much as the activists"), "activists"),
              ("m11", ("police", "police have termed"), "police")],
    attributions=[("a1", "INDIRECT", "m1", "called for", "protests against corruption and the economic hardships in the country", None),
                  ("a2", "INDIRECT", "m2", "says", "the suspects were found with gadgets used to make improvised explosive devices", None),
                  ("a3", "INDIRECT", "m3", "urged",
                   "Ugandans to remain vigilant and alert and report any suspicious people and objects in their communities", None),
                  ("a4", "DIRECT", "m4", ("said", "Maj Kabona said"), seg(T, "After getting our technical", "when they hid us"), None),
                  ("a5", "INDIRECT", "m5", "identified", seg(T, "the suspects as; Hamidu", "and Hamidu Muyonde"), None),
                  ("a6", "INDIRECT", "m6", "explains", "Muyonde has however been accidentally shot in the foot", None),
                  ("a7", "DIRECT", "m7", "revealed", seg(T, "He is one of the suspects", "for interrogations,"), None),
                  ("a8", "INDIRECT", "m8", ("said", "Kulayigye said"),
                   "these explosives were to be used today by activists who have vowed to paint the city red today", None),
                  ("a9", "INDIRECT", "m9", ("vowed", "who have vowed"), "to paint the city red today", "a8"),
                  ("a10", "INDIRECT", "m10", "claimed", "today\u2019s demonstrations are peaceful", None),
                  ("a11", "INDIRECT", "m11", "termed", "them illegal", None),
                  ("a12", "INDIRECT", "m11", ("vowed", "have vowed to crack"), "to crack down on protesters", None)])

# ---------------------------------------------------------------------------------------
# The address is the outlet's staging host (staging.peregraf.com), as stored. The line "Peregraf"
# under the headline (a byline) is removed. The stored copy breaks off inside the paragraph after
# the last one kept ("In response, the KRG reaffirmed its full cooperation with the "), so the text
# is cut there; the page gives no date. Notes:
# - Headline "Masrour Barzani Urges Baghdad to Release Salaries, Warns Against Political Pressure":
#   two claims of the name before the verbs (cue "Urges" keeps its addressee like `called on X to
#   Y`; "Against" only links "Warns", as the corpus annotates "warned against X").
# - "called on X to Y, warning against Z" is two claims (seed a18/a19, a23/a24).
# - Barzani's second quotation ("We expect ...") has no reporting clause of its own and continues
#   him (null cue, same source mention).
# - "emphasized that A and placed the responsibility for the delay firmly on Baghdad": two claims;
#   placing responsibility on someone is blaming, annotated like `blamed X for Y` (content "X ... on
#   Y", the adverb inside kept for contiguity).
# - "Iraq's Ministry of Finance, which has expressed dissatisfaction with X": the cue sits in a
#   relative clause, so the antecedent is the source; "expressed dissatisfaction with X" as the
#   corpus annotates it. "non-oil revenues reported by the Kurdistan Region" is a participle with no
#   finite reporting verb (like `figures released on Friday`): not annotated.
# - "The delay in salary payments highlights ongoing tensions" is an evidential: not annotated.
# - "A senior source in Baghdad told Peregraf that A, citing concerns that B": "citing" is taken as
#   a second claim of the source (the participle after the main clause, as `X said A, warning that
#   B`), with the noun phrase "concerns that ..." as its content (the corpus annotates "citing" with
#   a noun-phrase content); the inner "concerns" has no claimant of its own and is not split off.
#   Peregraf is the addressee (a medium), not a speaker here.
doc("peregraf-barzani-urges-baghdad-release-salaries",
    url="https://staging.peregraf.com/en/news/8923",
    outlet="Peregraf", country="Iraq", topic="politics", cut=True,
    text=(T := "Masrour Barzani Urges Baghdad to Release Salaries, Warns Against Political Pressure\n"
          "Kurdistan Regional Government (KRG) Prime Minister Masrour Barzani has called on the Iraqi federal government to disburse public sector salaries without further delay, warning against the politicization of the issue. His remarks came during a press conference in Duhok amid an ongoing dispute between Erbil and Baghdad over financial entitlements and oil exports.\n"
          "\u201cWe hope the federal government will not exploit the salary issue as a political tool or a means of pressuring the Kurdistan Region,\u201d Barzani stated. \u201cWe expect the salaries to be paid as soon as possible, and we are awaiting action.\u201d\n"
          "Barzani emphasized that the KRG has met all its obligations and placed the responsibility for the delay firmly on Baghdad. \u201cThe KRG has fulfilled all its commitments, and we now expect the federal government to step forward and fulfill theirs,\u201d he said.\n"
          "The delay in salary payments highlights ongoing tensions between the two governments. Although May is well underway, the KRG has not yet distributed April salaries due to a standoff with Iraq\u2019s Ministry of Finance, which has expressed dissatisfaction with the volume and accuracy of non-oil revenues reported by the Kurdistan Region.\n"
          "Last week, a federal audit team returned to Erbil to examine the KRG\u2019s revenue and expenditure records. KRG Finance Minister Awat Sheikh Janab met with the delegation\u2014comprised of officials from both the Iraqi Federal Board of Supreme Audit and the KRG\u2014to compile a detailed report on financial activity for the first quarter of 2025.\n"
          "A senior source in Baghdad told Peregraf that neither Federal Finance Minister Taif Sami nor Prime Minister Mohammed Shia\u2019 Al-Sudani has approved the release of April salaries, citing concerns that only around half of the Kurdistan Region\u2019s actual non-oil revenues are being transferred to Baghdad."),
    entities=[("barzani", "Masrour Barzani", "PERSON",
               ["Barzani", "Kurdistan Regional Government (KRG) Prime Minister Masrour Barzani"],
               "Prime Minister of the Kurdistan Regional Government"),
              ("mof", "Iraq\u2019s Ministry of Finance", "ORGANIZATION", ["Ministry of Finance"], "Iraq's federal Ministry of Finance"),
              ("source", "A senior source in Baghdad", "PERSON", [], "unnamed senior source in Baghdad")],
    mentions=[("m1", ("Masrour Barzani", "Masrour Barzani Urges"), "barzani"),
              ("m2", "Kurdistan Regional Government (KRG) Prime Minister Masrour Barzani", "barzani"),
              ("m3", ("Barzani", "Barzani stated"), "barzani"),
              ("m4", ("Barzani", "Barzani emphasized"), "barzani"),
              ("m5", ("he", "he said"), "barzani"),
              ("m6", "Iraq\u2019s Ministry of Finance", "mof"),
              ("m7", "A senior source in Baghdad", "source")],
    attributions=[("a1", "INDIRECT", "m1", "Urges", "Baghdad to Release Salaries", None),
                  ("a2", "INDIRECT", "m1", "Warns", "Political Pressure", None),
                  ("a3", "INDIRECT", "m2", "called on",
                   "the Iraqi federal government to disburse public sector salaries without further delay", None),
                  ("a4", "INDIRECT", "m2", "warning", "the politicization of the issue", None),
                  ("a5", "DIRECT", "m3", "stated", seg(T, "We hope the federal government", "the Kurdistan Region,"), None),
                  ("a6", "DIRECT", "m3", None, "We expect the salaries to be paid as soon as possible, and we are awaiting action.", None),
                  ("a7", "INDIRECT", "m4", "emphasized", "the KRG has met all its obligations", None),
                  ("a8", "INDIRECT", "m4", "placed", "the responsibility for the delay firmly on Baghdad", None),
                  ("a9", "DIRECT", "m5", ("said", "he said"), seg(T, "The KRG has fulfilled", "fulfill theirs,"), None),
                  ("a10", "INDIRECT", "m6", "expressed dissatisfaction",
                   "the volume and accuracy of non-oil revenues reported by the Kurdistan Region", None),
                  ("a11", "INDIRECT", "m7", "told",
                   "neither Federal Finance Minister Taif Sami nor Prime Minister Mohammed Shia\u2019 Al-Sudani has approved the release of April salaries", None),
                  ("a12", "INDIRECT", "m7", "citing",
                   "concerns that only around half of the Kurdistan Region\u2019s actual non-oil revenues are being transferred to Baghdad", None)])

# ---------------------------------------------------------------------------------------
# The stored page has no headline, so the text starts with the lead; the stored copy breaks off
# inside Ruhamya's last quotation ("... REMA gave them gree"), so the text is cut before it. The
# page gives no date (the Umuganda it recalls was in June 2017). Notes:
# - "..., KT Press has learnt.": the outlet's own report, annotated as the corpus annotates
#   "Zambia Monitor understands" (source the outlet); "told KT Press" makes the outlet an addressee
#   there, marked as a mention only.
# - "President Kagame ... announced the exercise": `announced X` with a noun-phrase content.
# - Kagame's second quotation opens with "…." as printed; DIRECT content is all between the marks.
# - "I would like to remind that ..." is Kagame's own speech act inside his quotation (seed a20).
# - "Following the President's directive" names a directive without a content; "started a program
#   ... and offered deadlines" are actions: not annotated.
# - "Other structures whose parts will be closed include Utexrwa ...": no cue of its own, and "REMA
#   says" covers its own sentence only (FORMAT.md, No cue, no claim).
# - "Inyange Industries ... has also been rumoured to be affected ...": an agentless passive with a
#   raised subject: null source, content "to be affected ...".
# - The long source mention of Ruhamya names REMA inside it; her entity's aliases leave the REMA
#   words out so that REMA stays identifiable under score.py's speaker rule.
doc("ktpress-kigali-parents-school-la-palisse-wetlands",
    url="https://ktpress.rw/?p=19174",
    outlet="KT Press", country="Rwanda", topic="environment", cut=True,
    text=(T := "Kigali Parents School \u2013 one of Rwanda\u2019s famous Private Schools and La Palisse Nyandungu Hotel, both located in Gasabo district will see the biggest part of their infrastructure removed, KT Press has learnt.\n"
          "The move is part of an ongoing exercise by the government of Rwanda to close all businesses and structures situated in areas gazetted as wetlands.\n"
          "\u201cSome parts of La Palisse Hotel and Kigali Parents School will be phased out,\u201d Eng. Coleta Ruhamya, Director General of Rwanda Environment Management Authority (REMA) told KT Press on Saturday.\n"
          "In June this year, President Kagame joined residents in community work Umuganda at a wetland near the two structures and announced the exercise.\n"
          "\u201cI would like to remind that this wetland and many others have to be exploited appropriately or left as they are,\u201d said Kagame in address to residents of Kicukiro district.\n"
          "\u201c\u2026. in many areas, people transform wetlands into farms, cultivate them or build houses in them,\u201d the President said.\n"
          "Following the President\u2019s directive, Rwanda Environment Management Authority and other institutions concerned started a program to close the structures and offered deadlines for effective relocation.\n"
          "But REMA says some of business owners have not heed the call while others will have to be compensated, including La Palisse and Kigali Parents School. Other structures whose parts will be closed include Utexrwa \u2013 a local textile industry located in Gasabo district.\n"
          "\u201cSome of these structures were put in wetlands under the old law. Government will have to compensate them in order to relocate,\u201d Eng. Ruhamya told KT Press.\n"
          "Inyange Industries \u2013 the country\u2019s leading food processing company has also been rumoured to be affected by the new policy.\n"
          "But Eng. Ruhamya told KT Press that the company\u2019s Masaka-based plant in Kicukiro district will not be affected."),
    entities=[("ktpress", "KT Press", "ORGANIZATION", [], "the outlet"),
              ("ruhamya", "Coleta Ruhamya", "PERSON", ["Ruhamya", "Eng. Ruhamya", "Eng. Coleta Ruhamya"],
               "Director General of Rwanda Environment Management Authority (REMA)"),
              ("kagame", "Kagame", "PERSON", ["President Kagame", "the President"], "President of Rwanda"),
              ("rema", "Rwanda Environment Management Authority (REMA)", "ORGANIZATION",
               ["Rwanda Environment Management Authority", "REMA"], "Rwanda's environment regulator")],
    mentions=[("m1", ("KT Press", "KT Press has learnt"), "ktpress"),
              ("m2", "Eng. Coleta Ruhamya, Director General of Rwanda Environment Management Authority (REMA)", "ruhamya"),
              ("m3", ("KT Press", "KT Press on Saturday"), "ktpress"),
              ("m4", "President Kagame", "kagame"),
              ("m5", ("Kagame", "said Kagame"), "kagame"),
              ("m6", ("the President", "the President said"), "kagame"),
              ("m7", ("Rwanda Environment Management Authority", "directive, Rwanda Environment"), "rema"),
              ("m8", ("REMA", "REMA says"), "rema"),
              ("m9", ("Eng. Ruhamya", "Eng. Ruhamya told KT Press."), "ruhamya"),
              ("m10", ("KT Press", "KT Press.\nInyange"), "ktpress"),
              ("m11", ("Eng. Ruhamya", "But Eng. Ruhamya"), "ruhamya"),
              ("m12", ("KT Press", "KT Press that"), "ktpress")],
    attributions=[("a1", "INDIRECT", "m1", "learnt", seg(T, "Kigali Parents School \u2013 one", "infrastructure removed"), None),
                  ("a2", "DIRECT", "m2", ("told", "told KT Press on Saturday"),
                   "Some parts of La Palisse Hotel and Kigali Parents School will be phased out,", None),
                  ("a3", "INDIRECT", "m4", "announced", ("the exercise", "announced the exercise"), None),
                  ("a4", "DIRECT", "m5", ("said", "said Kagame"),
                   "I would like to remind that this wetland and many others have to be exploited appropriately or left as they are,", None),
                  ("a5", "DIRECT", "m6", ("said", "the President said"),
                   "\u2026. in many areas, people transform wetlands into farms, cultivate them or build houses in them,", None),
                  ("a6", "INDIRECT", "m8", "says", seg(T, "some of business owners", "Kigali Parents School", "REMA says"), None),
                  ("a7", "DIRECT", "m9", ("told", "told KT Press.\nInyange"), seg(T, "Some of these structures", "in order to relocate,"), None),
                  ("a8", "INDIRECT", None, "rumoured", "to be affected by the new policy", None),
                  ("a9", "INDIRECT", "m11", ("told", "told KT Press that"),
                   "the company\u2019s Masaka-based plant in Kicukiro district will not be affected", None)])

# ---------------------------------------------------------------------------------------
# The stored page has no headline, so the text starts with the lead; the share buttons, font
# controls and the byline lines ("webmaster / Tribune News Network / Doha") are removed. The stored
# copy breaks off inside Ali Asad's quotation, so the text is cut before it; no date on the page.
# Notes:
# - Lead: "said the Wolves' ... win ... is a 'psychological boost' ahead of the QNB Stars League":
#   MIXED (single marks are quotation marks, "Wolves’" is an apostrophe); "Following his first
#   trophy win as Al Sadd coach" is an adjunct of the report.
# - Xavi's first quotation runs over two paragraphs (the first ends without a closing mark and the
#   next reopens): one attribution. "the club's website" is a medium.
# - The next quotation ("We deserve this title ...") has no reporting clause and continues Xavi
#   (null cue, same source mention). "The Spaniard ..." sentences have no cue.
# - "Ali Asad whose goal proved to be the winner described it as a “good start to the season.”":
#   `described X as Y` (content "X as Y"), MIXED; the relative clause is left out of the source.
doc("qatartribune-xavi-sheikh-jassim-cup-psychological-boost",
    url="http://www.qatar-tribune.com/news-details/id/170487",
    outlet="Qatar Tribune", country="Qatar", topic="sport", cut=True,
    text=(T := "Following his first trophy win as Al Sadd coach, Xavi Hernandez said the Wolves\u2019 Sheikh Jassim Cup 1-0 win over Al Duhail is a \u2018psychological boost\u2019 ahead of the QNB Stars League.\n"
          "Al Sadd completed a three-game sweep of Al Duhail after knocking out the 2019 Amir Cup champions from the AFC Champions League earlier in the week.\n"
          "\u201cI am very happy to win my first title with Al Sadd as a coach. We worked hard throughout the past few weeks, in order to be able to win titles.\n"
          "\u201cWe are on the podium as champions of the first trophy on offer this season. This obviously gives us a lot of happiness and also a psychological boost, to push us forward in the other tournaments. We are still at the start and we have a lot of work to do if we are to win more titles,\u201d Xavi told the club\u2019s website.\n"
          "\u201cWe deserve this title and the players deserve to be champions, after the performance they displayed throughout the game. It wasn\u2019t an easy match; we knew very well how difficult it would be.\u201d\n"
          "The Spaniard who only took over the job last month has made an impressive start to coaching after bidding farewell to an illustrious playing career in May.\n"
          "The Spaniard will lead his team now into a long season with the league title defence, AFC Champions League, the FIFA Club World Cup later in December and the Qatar Cup in January 2020.\n"
          "\u201cI want to congratulate the players for their excellent displays, not just in this game but in the last three games we have played since the start of the season. I also want to congratulate the management and the fans, on winning the first title of the season. Also, I congratulate the coaching staff who worked a lot for this moment. We will now keep working hard to win more titles,\u201d he added.\n"
          "Meanwhile, Ali Asad whose goal proved to be the winner described it as a \u201cgood start to the season.\u201d"),
    entities=[("xavi", "Xavi Hernandez", "PERSON", ["Xavi", "The Spaniard"], "Al Sadd coach"),
              ("asad", "Ali Asad", "PERSON", ["Asad"], "Al Sadd player, scorer of the winning goal")],
    mentions=[("m1", "Xavi Hernandez", "xavi"),
              ("m2", ("Xavi", "Xavi told"), "xavi"),
              ("m3", ("The Spaniard", "The Spaniard who"), "xavi"),
              ("m4", ("The Spaniard", "The Spaniard will"), "xavi"),
              ("m5", ("he", "he added"), "xavi"),
              ("m6", "Ali Asad", "asad")],
    attributions=[("a1", "MIXED", "m1", ("said", "Hernandez said"),
                   "the Wolves\u2019 Sheikh Jassim Cup 1-0 win over Al Duhail is a \u2018psychological boost\u2019 ahead of the QNB Stars League", None),
                  ("a2", "DIRECT", "m2", "told", seg(T, "I am very happy", "win more titles,"), None),
                  ("a3", "DIRECT", "m2", None, seg(T, "We deserve this title", "how difficult it would be."), None),
                  ("a4", "DIRECT", "m5", "added", seg(T, "I want to congratulate the players", "hard to win more titles,"), None),
                  ("a5", "MIXED", "m6", "described", "it as a \u201cgood start to the season.\u201d", None)])

# ---------------------------------------------------------------------------------------
# The stored page has no headline (its address reads "50% tariff hike: telecom consumers lament
# poor services"), so the text starts with the lead. The stored copy breaks off inside a quotation
# that opens in the paragraph after the last one kept ("They urged ... to speak out. “D"), so the
# text is cut before that paragraph; no date on the page. Notes:
# - "continue to rue X": evaluative reporting with a content (as the corpus's "left to rue");
#   "lamenting X, saying Y" is two claims; "alleged", "decried" and "report" take contents too.
# - "have mandated service improvements as a condition for the tariff hike": a regulatory
#   directive, an action like `ordered an inquiry`: not annotated.
# - "leading to calls for government action ...": a noun cue with no claimant (null source).
# - "According to the NCC, subscribers' emails ... continue to flood ..., demanding an investigation
#   into what they described as unexplained data consumption": the NCC's claim holds the emails'
#   demand (a document whose authors its NP names, FORMAT.md Documents: a mention of the
#   subscribers), which holds the subscribers' description; "what they described as Y" gives the
#   description Y as content (its fronted object "what" cannot be kept without the cue).
# - "the operators insist that A, arguing instead that B": two claims.
# - "Sunday Telegraph reports that ...": the newspaper is the source.
# - "offering data management tips" (giving tips, no reported content) and "shared screenshots"
#   are actions: not annotated.
# - "many subscribers, who shared screenshots ...": a subset of the subscribers, a separate entity
#   (FORMAT.md Coreference); the relative clause is left out of the source.
doc("riseafricatoday-telecom-consumers-lament-tariff-hike",
    url="https://riseafricatoday.ng/50-tariff-hike-telecom-consumers-lament-poor-services",
    outlet="Rise Africa Today", country="Nigeria", topic="technology", cut=True,
    text=(T := "As Nigeria\u2019s telecom consumers continue to rue the 50 per cent tariff increase in early 2025 by the telecommunication companies to cover operators\u2019 rising costs, they are lamenting poor services, saying the increased tariff was a rip-off. They alleged it has failed to impact on quality of service rendered by the service providers.\n"
          "The consumers decried persistent poor services, including network outages and slow internet.\n"
          "This came as the Nigerian Communication Commission (NCC) and the Federal Competition and Consumer Protection Commission (FCCPC) have mandated service improvements as a condition for the tariff hike, but consumers report alleged continued exploitation, leading to calls for government action to ensure commensurate quality of service.\n"
          "According to the NCC, subscribers\u2019 emails and direct messages continue to flood the Nigerian Communications Commission and the Federal Competition and Consumer Protection Commission, demanding an investigation into what they described as unexplained data consumption.\n"
          "But the operators insist that there is no mechanism for reducing customers\u2019 data, arguing instead that rising consumption is due to user behaviour, particularly the shift from 3G and 4G to 5G and increased video streaming habits.\n"
          "Sunday Telegraph reports that while data consumption concerns have remained a pressing concern in recent times, the situation became more pronounced since the implementation of a 50 per cent tariff hike on data and call prices in February, 2025.\n"
          "Last weekend, some of these operators\u2019 customer service teams engaged with frustrated customers on social media, offering data management tips.\n"
          "However, many subscribers, who shared screenshots of emails sent to regulators on social media and obtained by this reporter, insisted that their data were actually depleted, arguing that the problem lies in the operators\u2019 billing systems rather than their usage habits."),
    entities=[("consumers", "Nigeria\u2019s telecom consumers", "GROUP", ["telecom consumers", "consumers", "The consumers", "subscribers"],
               "Nigerian telecom subscribers"),
              ("operators", "the operators", "GROUP",
               ["operators", "telecom operators", "the telecommunication companies", "the service providers"],
               "Nigeria's telecom operators"),
              ("ncc", "Nigerian Communications Commission", "ORGANIZATION",
               ["NCC", "the NCC", "Nigerian Communication Commission", "the Nigerian Communication Commission (NCC)"],
               "Nigeria's telecom regulator"),
              ("telegraph", "Sunday Telegraph", "ORGANIZATION", [], "Nigerian newspaper"),
              ("manysubs", "many subscribers", "GROUP", [], "subscribers who shared screenshots of their emails to regulators")],
    mentions=[("m1", "Nigeria\u2019s telecom consumers", "consumers"),
              ("m2", "the telecommunication companies", "operators"),
              ("m3", ("they", "they are lamenting"), "consumers"),
              ("m4", "the service providers", "operators"),
              ("m5", ("They", "They alleged"), "consumers"),
              ("m6", ("The consumers", "The consumers decried"), "consumers"),
              ("m7", "the Nigerian Communication Commission (NCC)", "ncc"),
              ("m8", ("consumers", "but consumers report"), "consumers"),
              ("m9", ("the NCC", "According to the NCC"), "ncc"),
              ("m10", "subscribers\u2019 emails and direct messages", "consumers"),
              ("m11", "the Nigerian Communications Commission", "ncc"),
              ("m12", ("they", "what they described"), "consumers"),
              ("m13", ("the operators", "the operators insist"), "operators"),
              ("m14", "Sunday Telegraph", "telegraph"),
              ("m15", "many subscribers", "manysubs")],
    attributions=[("a1", "INDIRECT", "m1", ("rue", "to rue the"),
                   "the 50 per cent tariff increase in early 2025 by the telecommunication companies to cover operators\u2019 rising costs", None),
                  ("a2", "INDIRECT", "m3", "lamenting", ("poor services", "lamenting poor services"), None),
                  ("a3", "INDIRECT", "m3", "saying", "the increased tariff was a rip-off", None),
                  ("a4", "INDIRECT", "m5", ("alleged", "They alleged"),
                   "it has failed to impact on quality of service rendered by the service providers", None),
                  ("a5", "INDIRECT", "m6", "decried", "persistent poor services, including network outages and slow internet", None),
                  ("a6", "INDIRECT", "m8", ("report", "consumers report"), "alleged continued exploitation", None),
                  ("a7", "INDIRECT", None, "calls for", "government action to ensure commensurate quality of service", None),
                  ("a8", "INDIRECT", "m9", "According to",
                   seg(T, "subscribers\u2019 emails and direct messages continue", "unexplained data consumption"), None),
                  ("a9", "INDIRECT", "m10", "demanding", "an investigation into what they described as unexplained data consumption", "a8"),
                  ("a10", "INDIRECT", "m12", "described", "unexplained data consumption", "a9"),
                  ("a11", "INDIRECT", "m13", ("insist", "operators insist"), "there is no mechanism for reducing customers\u2019 data", None),
                  ("a12", "INDIRECT", "m13", ("arguing", "arguing instead"),
                   "rising consumption is due to user behaviour, particularly the shift from 3G and 4G to 5G and increased video streaming habits", None),
                  ("a13", "INDIRECT", "m14", "reports", seg(T, "while data consumption concerns", "in February, 2025"), None),
                  ("a14", "INDIRECT", "m15", "insisted", "their data were actually depleted", None),
                  ("a15", "INDIRECT", "m15", ("arguing", "arguing that the problem"),
                   "the problem lies in the operators\u2019 billing systems rather than their usage habits", None)])

write("test16_b.jsonl")
