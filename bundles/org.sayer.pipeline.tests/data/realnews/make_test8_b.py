#!/usr/bin/env python3
"""Writes test8_b.jsonl: real-news gold, split test8-b (see gold.py). Run: python3 make_test8_b.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
doc("7news-samoa-parish-unfair-origin-comparison",
    url="https://7news.com.au/sport/rugby-league/samoa-coach-matt-parish-bites-at-unfair-rugby-league-world-cup-comparison-in-frosty-presser-c-8706620",
    outlet="7NEWS", country="Australia", topic="sport", cut=True, published="2022-10-31",
    text=(T := "Samoa coach Matt Parish bites at ‘unfair’ Rugby League World Cup comparison in frosty presser\n"
          "Already in a prickly mood despite a 62-4 win, Matt Parish interjected when his captain was asked a simple question.\n"
          "Matt Parish shut down questions directed at his captain Junior Paulo after Samoa secured a blockbuster Rugby League World Cup quarter-final meeting with Tonga following a 62-4 win over France.\n"
          "Parish entered the press conference room at Warrington’s Halliwell Jones Stadium in prickly fashion, addressing the assembled media and saying: “Are you going to write the truth tonight?”\n"
          "The Samoa coach failed to elaborate and bristled when Paulo was asked about how the ferocity of the clashes between the Pacific nations compared to State of Origin.\n"
          "Paulo has become a mainstay of the NSW pack over the last couple of years, but Parish interjected when his prop was quizzed on the Samoa-Tonga rivalry.\n"
          "“I think you are unfair comparing this to Origin, fair dinkum, very unfair,” Parish said.\n"
          "“Asking him that, it is (a great rivalry) but so is NSW and Queensland but asking him to comment on that, I think that’s very unfair.”\n"
          "Paulo for his part, said: “We’re proud of where we grew up. But we’re also proud of our heritage, we see how much it means to the people parading around for both (countries).”"),
    entities=[("parish", "Matt Parish", "PERSON", ["Parish", "Samoa coach Matt Parish", "The Samoa coach"], "Samoa rugby league coach"),
              ("paulo", "Junior Paulo", "PERSON", ["Paulo", "his captain Junior Paulo", "his prop"], "Samoa captain")],
    mentions=[("m1", "Samoa coach Matt Parish", "parish"),
              ("m2", ("Matt Parish", "win, Matt Parish interjected"), "parish"),
              ("m3", ("his captain", "when his captain was asked"), "paulo"),
              ("m4", ("Matt Parish", "Matt Parish shut down"), "parish"),
              ("m5", "his captain Junior Paulo", "paulo"),
              ("m6", ("Parish", "Parish entered"), "parish"),
              ("m7", "The Samoa coach", "parish"),
              ("m8", ("Paulo", "when Paulo was asked"), "paulo"),
              ("m9", ("Paulo", "Paulo has become"), "paulo"),
              ("m10", ("Parish", "but Parish interjected"), "parish"),
              ("m11", "his prop", "paulo"),
              ("m12", ("Parish", "Parish said"), "parish"),
              ("m13", ("Paulo", "Paulo for his part"), "paulo")],
    # The headline's "bites at" is read like "slams" (a verbal attack whose object is the
    # claim, the comparison he called unfair); "in frosty presser" is an adjunct of that event.
    # "when Paulo was asked about how ..." and "was quizzed on ..." are questions put to the
    # speaker (not annotated); "interjected", "failed to elaborate" and "shut down questions"
    # have no content.
    attributions=[("a1", "MIXED", "m1", "bites at", "‘unfair’ Rugby League World Cup comparison", None),
                  ("a2", "DIRECT", "m6", "saying", "Are you going to write the truth tonight?", None),
                  ("a3", "DIRECT", "m12", ("said", "Parish said"),
                   "I think you are unfair comparing this to Origin, fair dinkum, very unfair,", None),
                  ("a4", "DIRECT", "m12", None,
                   seg(T, "Asking him that, it is", "I think that’s very unfair."), None),
                  ("a5", "DIRECT", "m13", ("said", "for his part, said"),
                   seg(T, "We’re proud of where we grew up.", "for both (countries)."), None)])

# ---------------------------------------------------------------------------------------
doc("thehimalayantimes-nma-ultimatum-godan-talks",
    url="https://thehimalayantimes.com/nepal/nepal-medical-association-gives-govt-72-hours-for-talks-with-godan/",
    outlet="The Himalayan Times", country="Nepal", topic="health-science", cut=True,
    text=(T := "NMA gives govt 72 hours for talks with GODAN\n"
          "Kathmandu, April 11\n"
          "Nepal Medical Association today warned it would launch a new round of protest across the country if the government did not address the demands of agitating government doctors.\n"
          "In a press statement, NMA issued a 72-hour ultimatum to the government to hold talks with government doctors and address their grievances. “If the government fails to fulfil the demands of Government Doctors Association of Nepal, we will join their strike to pressure the government and intensify protest from state-owned hospitals to all private health facilities,” the statement reads.\n"
          "A meeting of NMA, GODAN, Non-government Doctors Association of Nepal, Young Doctors Association of Nepal, representatives of medical colleges, non-government hospitals and private hospitals today decided to support government doctors in their ongoing protest.\n"
          "Government doctors have been halting health services, except emergency, in all state-owned hospitals for the past seven days, leaving over 200,000 patients in the lurch every day. President of GODAN Dr Dipendra Pandey said the whole responsibility of the protest programme being led by GODAN was handed over to NMA. “Our protest programmes now will be headed by NMA. The strike will continue until our demands are addressed,” he warned.\n"
          "Government doctors started halting health services, except emergency, from April 5. Due to the protest, hospitals are incurring huge loss. According to director of Bir Hospital, the health facility is losing 25 per cent of its daily income due to the protest. The hospital generates a daily average income of one million rupees.\n"
          "Director of National Trauma Centre Dr Pramod Yadav said the protest had affected the hospital both in terms of income and surgery on patients.\n"
          "Meanwhile, Minister for Communications and Information Technology Gokul Baskota said the strike did not suit doctors’ stature."),
    entities=[("nma", "Nepal Medical Association", "ORGANIZATION", ["NMA"], "umbrella body of Nepal's doctors"),
              ("statement", "the statement", "ORGANIZATION", [], "NMA's press statement"),
              ("pandey", "Dipendra Pandey", "PERSON", ["Pandey", "Dr Dipendra Pandey", "President of GODAN Dr Dipendra Pandey"],
               "President of the Government Doctors Association of Nepal (GODAN)"),
              ("birdirector", "director of Bir Hospital", "PERSON", [], "director of Bir Hospital"),
              ("yadav", "Pramod Yadav", "PERSON", ["Yadav", "Dr Pramod Yadav"], "Director of National Trauma Centre"),
              ("baskota", "Gokul Baskota", "PERSON", ["Baskota"], "Minister for Communications and Information Technology")],
    mentions=[("m1", ("NMA", "NMA gives"), "nma"),
              ("m2", "Nepal Medical Association", "nma"),
              ("m3", ("NMA", "NMA issued"), "nma"),
              ("m4", ("the statement", "the statement reads"), "statement"),
              ("m5", ("NMA", "A meeting of NMA"), "nma"),
              ("m6", "President of GODAN Dr Dipendra Pandey", "pandey"),
              ("m7", ("NMA", "handed over to NMA"), "nma"),
              ("m8", ("NMA", "headed by NMA"), "nma"),
              ("m9", ("he", "he warned"), "pandey"),
              ("m10", "director of Bir Hospital", "birdirector"),
              ("m11", "Director of National Trauma Centre Dr Pramod Yadav", "yadav"),
              ("m12", "Minister for Communications and Information Technology Gokul Baskota", "baskota")],
    # "In a press statement" is the medium of NMA's ultimatum; the later "the statement reads"
    # names no author in its sentence, so the statement is its own entity (FORMAT.md, Documents;
    # as sofiaglobe's "the statement said" in test7_a). The ultimatum is a demand (noun cue, as
    # "calls for"); "to the government" is its addressee, left outside like "staff were told".
    # The headline's "gives govt 72 hours" and "A meeting ... decided to support" are actions,
    # not reports. "The hospital generates ..." has no cue of its own.
    attributions=[("a1", "INDIRECT", "m2", ("warned", "today warned"),
                   "it would launch a new round of protest across the country if the government did not address the demands of agitating government doctors", None),
                  ("a2", "INDIRECT", "m3", "ultimatum",
                   "to hold talks with government doctors and address their grievances", None),
                  ("a3", "DIRECT", "m4", "reads",
                   seg(T, "If the government fails to fulfil", "to all private health facilities,"), None),
                  ("a4", "INDIRECT", "m6", ("said", "Pandey said"),
                   "the whole responsibility of the protest programme being led by GODAN was handed over to NMA", None),
                  ("a5", "DIRECT", "m9", ("warned", "he warned"), seg(T, "Our protest programmes now", "our demands are addressed,"), None),
                  ("a6", "INDIRECT", "m10", "According to",
                   "the health facility is losing 25 per cent of its daily income due to the protest", None),
                  ("a7", "INDIRECT", "m11", ("said", "Yadav said"),
                   "the protest had affected the hospital both in terms of income and surgery on patients", None),
                  ("a8", "INDIRECT", "m12", ("said", "Baskota said"), "the strike did not suit doctors’ stature", None)])

# ---------------------------------------------------------------------------------------
doc("fortune-mexico-internet-outage-telmex",
    url="https://fortune.com/2022/01/14/mexico-internet-outage-2022-whats-happening/",
    outlet="Fortune", country="US", topic="technology", cut=True, published="2022-01-14",
    text=(T := "What’s happening with Mexico’s internet outage?\n"
          "Large parts of central Mexico have been experiencing intermittent internet service and sudden outages since at least Dec. 28.\n"
          "Connection troubles seem to be primarily affecting users of the internet service Infinitum, which is owned and operated by Telmex, one of Mexico’s largest telecommunications companies. Telmex originally reported that outages were limited to the Mexico City metropolitan area, but Infinitum users as far as the city of Mérida, around 600 miles from Mexico City, also experienced outages.\n"
          "In a statement on Jan. 5, Telmex announced that the internet outages were due to two fiber optic outages in Mexico and in the U.S. One failure happened in Texas, near the Mexican border, while the other outage occurred in the state of Sinaloa in western Mexico.\n"
          "The statement revealed that the outages had afflicted 15 states across Mexico. Telmex claims that the fiber optic cut was caused by a third, unnamed party, and that the company is preparing to “file complaints against attacks on its communication lines.”\n"
          "Telmex reported that it was able to fix the problem in less than two hours. However, reports of outages continued to circulate around the country. Telmex had received 4,762 user complaints by noon on Jan. 5, of which 98% were in reference to connectivity issues, Noroeste reports.\n"
          "Almost two weeks after having fixed the fiber optic outages, user issues remain, and #telmex continues to trend on Twitter:\n"
          "“Two days without Infinitum mail, unable to access emails and documents, seeing the same thing happen to thousands of people. Telmex service is frankly a disaster,” one Twitter user posted on Jan. 13.\n"
          "“@telmex when will the mail problem be resolved???” another tweeted. “We haven’t been able to work for days!!!”\n"
          "Telmex did not respond to Fortune’s request for comment."),
    entities=[("telmex", "Telmex", "ORGANIZATION", ["the company"], "Mexican telecommunications company"),
              ("statement", "The statement", "ORGANIZATION", [], "Telmex's statement of Jan. 5"),
              ("noroeste", "Noroeste", "ORGANIZATION", [], "Mexican newspaper"),
              ("user1", "one Twitter user", "PERSON", [], "Infinitum customer posting on Twitter"),
              ("user2", "another Twitter user", "PERSON", ["another"], "second Infinitum customer posting on Twitter")],
    mentions=[("m1", ("Telmex", "operated by Telmex"), "telmex"),
              ("m2", ("Telmex", "Telmex originally"), "telmex"),
              ("m3", ("Telmex", "Telmex announced"), "telmex"),
              ("m4", "The statement", "statement"),
              ("m5", ("Telmex", "Telmex claims"), "telmex"),
              ("m6", ("the company", "the company is preparing"), "telmex"),
              ("m7", ("Telmex", "Telmex reported that it"), "telmex"),
              ("m8", ("Telmex", "Telmex had received"), "telmex"),
              ("m9", "Noroeste", "noroeste"),
              ("m10", "one Twitter user", "user1"),
              ("m11", ("another", "another tweeted"), "user2"),
              ("m12", ("Telmex", "Telmex did not respond"), "telmex")],
    # "In a statement on Jan. 5" is the medium of Telmex's announcement; the next sentence's
    # "The statement revealed" names no author, so it is its own entity (FORMAT.md, Documents).
    # "reports of outages" has no claimant: null source, content "outages". The newspaper
    # Noroeste is the source of its report (like "the Courier reported"). "user complaints ...
    # in reference to connectivity issues" and "did not respond to ... request for comment" have
    # no clausal content and are left out. "@telmex" (a handle inside a tweet) is not a mention.
    attributions=[("a1", "INDIRECT", "m2", ("reported", "originally reported"),
                   "outages were limited to the Mexico City metropolitan area", None),
                  ("a2", "INDIRECT", "m3", "announced",
                   "the internet outages were due to two fiber optic outages in Mexico and in the U.S.", None),
                  ("a3", "INDIRECT", "m4", "revealed", "the outages had afflicted 15 states across Mexico", None),
                  ("a4", "MIXED", "m5", "claims",
                   seg(T, "the fiber optic cut was caused", "its communication lines.”"), None),
                  ("a5", "INDIRECT", "m7", ("reported", "Telmex reported that it"),
                   "it was able to fix the problem in less than two hours", None),
                  ("a6", "INDIRECT", None, ("reports", "reports of outages"), ("outages", "outages continued"), None),
                  ("a7", "INDIRECT", "m9", ("reports", "Noroeste reports"),
                   seg(T, "Telmex had received 4,762", "in reference to connectivity issues"), None),
                  ("a8", "DIRECT", "m10", "posted",
                   seg(T, "Two days without Infinitum mail", "frankly a disaster,"), None),
                  ("a9", "DIRECT", "m11", "tweeted", "@telmex when will the mail problem be resolved???", None),
                  ("a10", "DIRECT", "m11", None, "We haven’t been able to work for days!!!", None)])

# ---------------------------------------------------------------------------------------
doc("radiojamaica-west-kingston-residents-water",
    url="https://radiojamaicanewsonline.com/local/west-kingston-residents-bemoan-lack-of-piped-water?fbclid=IwAR154zdtSu1FWRBmdd0L8rnz2M8gNMGfX9NgnR5rnwGf2upGKXkCT9uQVvI",
    outlet="Radio Jamaica News", country="Jamaica", topic="local", cut=False,
    text=(T := "West Kingston residents\n"
          "Residents in West Kingston are decrying the inadequate water supply plaguing their community for the last eight months.\n"
          "Some residents in the Trench Town vicinity say the water supply from private and public trucks have been heavily rationed across households.\n"
          "Speaking with Radio Jamaica News on Thursday, Claudia Clayton, a resident of Trench Town, said they are charged by the National Water Commission for water trucked to the community.\n"
          "The residents say it costs as much $7,000 to fill a 1,000 gallon tank.\n"
          "\"And it nuh stay long 'cause remember you have neighbour and eh whole a dem nuh have nuh drum neida, suh yuh haffi gi dem likkle a your water, you understand me. And at the same time, you still have to tek your money a pay back fi full it again. And a long, long time, anuh now...so we waan know a how long dis aguh keep up for,\" the woman lamented.\n"
          "Another disgruntled resident, Maria Gordon, said some businesses have been struggling and children are falling ill due to the lack of piped water.\n"
          "\"When you have the faeces in the toilet and you don't have enough water to flush it, that can make the baby dem sick, and a lot of baby getting sick in the community, parents have to rush with them [to the doctor], and remember it's back to school,\" she pointed out.\n"
          "Denham Town resident Shameka McKenzie said no water has been in her community since June.\n"
          "The vendor added that her only source of the commodity comes from her shop in the downtown Kingston market."),
    entities=[("wk", "Residents in West Kingston", "GROUP", ["West Kingston residents"], "residents of West Kingston"),
              ("tt", "Some residents in the Trench Town vicinity", "GROUP",
               ["residents in the Trench Town vicinity", "The residents"], "residents around Trench Town"),
              ("clayton", "Claudia Clayton", "PERSON", ["Clayton", "the woman"], "resident of Trench Town"),
              ("gordon", "Maria Gordon", "PERSON", ["Gordon", "Another disgruntled resident, Maria Gordon"], "West Kingston resident"),
              ("mckenzie", "Shameka McKenzie", "PERSON", ["McKenzie", "Denham Town resident Shameka McKenzie", "The vendor"],
               "Denham Town resident and vendor")],
    mentions=[("m1", ("West Kingston residents", "West Kingston residents\n"), "wk"),
              ("m2", "Residents in West Kingston", "wk"),
              ("m3", "Some residents in the Trench Town vicinity", "tt"),
              ("m4", "Claudia Clayton, a resident of Trench Town", "clayton"),
              ("m5", "The residents", "tt"),
              ("m6", "the woman", "clayton"),
              ("m7", "Another disgruntled resident, Maria Gordon", "gordon"),
              ("m8", ("she", "she pointed out"), "gordon"),
              ("m9", "Denham Town resident Shameka McKenzie", "mckenzie"),
              ("m10", "The vendor", "mckenzie")],
    # The stored page prints its headline only as "West Kingston residents" (the URL has
    # "... bemoan lack of piped water"); it is kept as printed. "Speaking with Radio Jamaica
    # News" is a medium. "The residents say ..." follows the Trench Town residents and Clayton
    # in the same scene, so it is read as the Trench Town group (FORMAT.md, Coreference: one
    # collective in one scene), a subset of the West Kingston residents of the lead.
    attributions=[("a1", "INDIRECT", "m2", "decrying",
                   "the inadequate water supply plaguing their community for the last eight months", None),
                  ("a2", "INDIRECT", "m3", ("say", "vicinity say"),
                   "the water supply from private and public trucks have been heavily rationed across households", None),
                  ("a3", "INDIRECT", "m4", ("said", "Trench Town, said"),
                   "they are charged by the National Water Commission for water trucked to the community", None),
                  ("a4", "INDIRECT", "m5", ("say", "The residents say"), "it costs as much $7,000 to fill a 1,000 gallon tank", None),
                  ("a5", "DIRECT", "m6", "lamented", seg(T, "And it nuh stay long", "dis aguh keep up for,"), None),
                  ("a6", "INDIRECT", "m7", ("said", "Maria Gordon, said"),
                   "some businesses have been struggling and children are falling ill due to the lack of piped water", None),
                  ("a7", "DIRECT", "m8", "pointed out", seg(T, "When you have the faeces", "it's back to school,"), None),
                  ("a8", "INDIRECT", "m9", ("said", "McKenzie said"), "no water has been in her community since June", None),
                  ("a9", "INDIRECT", "m10", "added",
                   "her only source of the commodity comes from her shop in the downtown Kingston market", None)])

# ---------------------------------------------------------------------------------------
doc("warwickdailynews-southern-downs-residents-united-stand",
    url="https://www.warwickdailynews.com.au/news/southern-downs-residents-take-a-united-stand/3215347/",
    outlet="Warwick Daily News", country="Australia", topic="local", cut=True, published="2017-08-22",
    text=(T := "Southern Downs residents take a united stand\n"
          "UPSET over Southern Downs Regional Council performance has come to a head in Stanthorpe.\n"
          "About 200 residents passed a vote of no confidence firstly in council CEO David Keenan and then for the entire council at a public meeting at Sullivan Oval on Monday night.\n"
          "The lack of confidence motions were part of five motions that were tabled by Granite Belt Community Association president Alan Colyr.\n"
          "Two other motions, that were passed by the majority of the crowd, state that the attendees did not support decisions made by the council on the recently introduced Invasive Pest Control Management Scheme and Emu Swamp Dam project.\n"
          "The meeting follows a similar gathering in Freestone two weeks ago, in which residents rallied to voice their concerns in regards to the Invasive Pest Management Scheme and fears for the future of the Warwick Saleyards.\n"
          "Residents stated the pest scheme would be a financial burden, with some landholders facing thousands of dollars in charges.\n"
          "Attendees circulated a petition in regards to both issues but no confidence votes were not undertaken.\n"
          "Organiser of Monday night's meeting Amanda Harrold said she was impressed by the number of people at the Stanthorpe meeting, but said it was not just Granite Belt residents who were unhappy with the council.\n"
          "\"The motions will be sent to the Premier, Queensland attorney-general and minister for local government, and our local members Lawrence Springborg and David Littleproud today,” Mrs Harrold.\n"
          "\"We hope it will put the council on notice and they will rethink how they are dealing with the community and the other Emu Swamp Dam and the pest scheme."),
    entities=[("motions", "Two other motions", "GROUP", [], "motions passed at the Stanthorpe public meeting"),
              ("freestone", "residents at the Freestone gathering", "GROUP", ["residents", "Residents", "Attendees"],
               "residents who rallied at Freestone"),
              ("harrold", "Amanda Harrold", "PERSON", ["Harrold", "Mrs Harrold", "Organiser of Monday night's meeting Amanda Harrold"],
               "organiser of the Stanthorpe meeting")],
    mentions=[("m1", "Two other motions", "motions"),
              ("m2", ("residents", "in which residents rallied"), "freestone"),
              ("m3", ("Residents", "Residents stated"), "freestone"),
              ("m4", "Attendees", "freestone"),
              ("m5", "Organiser of Monday night's meeting Amanda Harrold", "harrold"),
              ("m6", "Mrs Harrold", "harrold")],
    # The stored page's first copy lacks the headline; a second stored copy of the same page
    # gives it ("Southern Downs residents take a united stand"). The photo caption is removed.
    # Votes, tabled motions and a circulated petition are actions, not reports. The motions
    # are documents with no author named in their sentence: their own entity (FORMAT.md).
    # "voice their concerns in regards to X and fears for Y": cue with its fixed object ("voiced
    # the hope"), the linking "in regards to" left out. "Residents stated" and "Attendees"
    # continue the Freestone gathering, so they are that group. The stored paragraph prints
    # '"..., Mrs Harrold.' with no verb: DIRECT with the name as source and a null cue (as a
    # "claim - name" headline). The last paragraph opens a quotation that the stored page
    # continues after the cut; it continues Harrold (null cue) and runs to the end of the text.
    attributions=[("a1", "INDIRECT", "m1", ("state", "state that the attendees"),
                   seg(T, "the attendees did not support decisions", "Emu Swamp Dam project"), None),
                  ("a2", "INDIRECT", "m2", "voice their concerns",
                   "the Invasive Pest Management Scheme and fears for the future of the Warwick Saleyards", None),
                  ("a3", "INDIRECT", "m3", "stated",
                   "the pest scheme would be a financial burden, with some landholders facing thousands of dollars in charges", None),
                  ("a4", "INDIRECT", "m5", ("said", "Harrold said"),
                   "she was impressed by the number of people at the Stanthorpe meeting", None),
                  ("a5", "INDIRECT", "m5", ("said", "but said it"),
                   "it was not just Granite Belt residents who were unhappy with the council", None),
                  ("a6", "DIRECT", "m6", None, seg(T, "The motions will be sent", "David Littleproud today,"), None),
                  ("a7", "DIRECT", "m6", None, seg(T, "We hope it will put", "and the pest scheme."), None)])

# ---------------------------------------------------------------------------------------
doc("mykhel-u17-world-cup-japan-coach-moriyama",
    url="https://www.mykhel.com/football/u-17-world-cup-need-improve-on-speed-accuracy-japan-coach-071596.html",
    outlet="MyKhel", country="India", topic="sport", cut=False,
    text=(T := "Kolkata, October 18: Japan coach Yoshiro Moriyama conceded that his team could not match upto the speed, technique and accuracy of England during their 3-5 shoot-out loss in the FIFA Under-17 World Cup pre-quarterfinal.\n"
          "“We need to improve on our technique, accuracy, speed and intensity on the pitch,\" the veteran coach said in the post- match news conference, admitting that they've a long way as far as catching up with their European rivals.\n"
          "\"We tried to play in our own style, somethings worked, some did not. We had our gameplan knowing they were strong. We created chances. It went almost as it was planned but one thing which lacked was we failed to score.\"\n"
          "Moriyama was appointed coach of the Japanese U-15 side in 2013, and followed his players to the next level in 2015, with the U-17 squad. \"I was very impressed how the players played. I am very proud of them. We could show our strength playing as a unit against a strong opponent. We wanted to defend well and the boys showed character.\"\n"
          "Moriyama admitted that they need to improve by a few notches. \"My journey of two and half years has been very good. But we need to develop. I would want them to change these tears to energy to develop themselves,\" he said about the Japanese emotional exit. England did not have their star attacking midfielder Jadon Sancho who was recalled by Borussia Dortmund to play in the UEFA Youth League. \"It may have helped us. But I really wanted him to play in this match.\"\n"
          "Japan had only one substitution with their leading scorer Keito Nakamura being replaced by Naoki Tsubaki in the 54th minute. \"Thinking of the chances we got we thought of maintaining the good rhythm. I spoke to my assistant coach and decided to play with the same set of players.\"\n"
          "He further said it's a tight competition among all the teams and difficult to predict the winners at this stage. \"So many teams are doing well... I cannot pick one team at the moment,\" he signed off."),
    entities=[("moriyama", "Yoshiro Moriyama", "PERSON", ["Moriyama", "Japan coach Yoshiro Moriyama", "the veteran coach"],
               "coach of Japan's under-17 team")],
    mentions=[("m1", "Japan coach Yoshiro Moriyama", "moriyama"),
              ("m2", "the veteran coach", "moriyama"),
              ("m3", ("Moriyama", "Moriyama was appointed"), "moriyama"),
              ("m4", ("Moriyama", "Moriyama admitted"), "moriyama"),
              ("m5", ("he", "he said about"), "moriyama"),
              ("m6", ("He", "He further said"), "moriyama"),
              ("m7", ("he", "he signed off"), "moriyama")],
    # The stored page has no headline (the text starts with its dateline lead, as README
    # allows). The second paragraph's quotation opens with a curly and closes with a straight
    # mark (a mismatched pair still counts). "X said A, admitting that B" is two claims (as
    # "warning that"). Quotations with no reporting clause of their own, also after a
    # narrative sentence, continue the previous speaker's source mention with a null cue.
    # "about the Japanese emotional exit" and "in the post- match news conference" are adjuncts.
    attributions=[("a1", "INDIRECT", "m1", "conceded",
                   seg(T, "his team could not match upto", "World Cup pre-quarterfinal"), None),
                  ("a2", "DIRECT", "m2", ("said", "coach said in"),
                   "We need to improve on our technique, accuracy, speed and intensity on the pitch,", None),
                  ("a3", "INDIRECT", "m2", "admitting",
                   "they've a long way as far as catching up with their European rivals", None),
                  ("a4", "DIRECT", "m2", None, seg(T, "We tried to play in our own style", "we failed to score."), None),
                  ("a5", "DIRECT", "m2", None, seg(T, "I was very impressed how", "the boys showed character."), None),
                  ("a6", "INDIRECT", "m4", "admitted", "they need to improve by a few notches", None),
                  ("a7", "DIRECT", "m5", ("said", "he said about"),
                   seg(T, "My journey of two and half years", "to develop themselves,"), None),
                  ("a8", "DIRECT", "m5", None, "It may have helped us. But I really wanted him to play in this match.", None),
                  ("a9", "DIRECT", "m5", None, seg(T, "Thinking of the chances we got", "same set of players."), None),
                  ("a10", "INDIRECT", "m6", ("said", "He further said"),
                   "it's a tight competition among all the teams and difficult to predict the winners at this stage", None),
                  ("a11", "DIRECT", "m7", "signed off",
                   "So many teams are doing well... I cannot pick one team at the moment,", None)])

write("test8_b.jsonl")
