#!/usr/bin/env python3
"""Writes train_d.jsonl: real-news gold, split train-d (see gold.py). Run: python3 make_train_d.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
doc("sportskeeda-mumbai-hazare",
    url="https://www.sportskeeda.com/cricket/mumbai-players-coach-elated-over-hazare-win",
    outlet="Sportskeeda", country="India", topic="sport", cut=False,
    published="2018-10-20",
    text=(T := "Mumbai players, coach elated over Hazare win\n"
          "Mumbai, Oct 20 (PTI) India Test player Ajinkya Rahane, who was a member of the Mumbai team which defeated Delhi to win the Vijay Hazare Trophy on Saturday, credited the win to teamwork.\n"
          "\"There's no better joy than seeing the results of teamwork by winning a championship. Well done, boys!\" tweeted Rahane.\n"
          "Siddhesh Lad, a middle-order batsman who played a crucial role in the final, said the players were keen to do well in white-ball cricket.\n"
          "\"I feel really good as we have won the trophy after 12 years. All of us were dedicated. We had not done well in white ball cricket and all who were playing since 3-4 years wanted to do well in this format,\" Lad told PTI from Bengaluru.\n"
          "Mumbai coach Vinayak Samant said today's win was \"the first step\".\n"
          "\"This is a first step to success and there is a long way to go. International players being in the dressing room was a big help for the upcoming players and for the entire team. Everybody played their part to perfection,\" Samant, who was appointed as the coach for this season, said.\n"
          "Mumbai defeated Delhi by four wickets to win their third Vijay Hazare Trophy title at M Chinnaswamy stadium in Bengaluru Saturday.\n"
          "Mumbai had last won the trophy in 2006-07 when they defeated Rajasthan."),
    entities=[("rahane", "Ajinkya Rahane", "PERSON", ["Rahane"], "India Test player"),
              ("lad", "Siddhesh Lad", "PERSON", ["Lad"], "middle-order batsman"),
              ("samant", "Vinayak Samant", "PERSON", ["Samant"], "Mumbai coach")],
    mentions=[("m1", "India Test player Ajinkya Rahane", "rahane"),
              ("m2", ("Rahane", "tweeted Rahane"), "rahane"),
              ("m3", "Siddhesh Lad, a middle-order batsman", "lad"),
              ("m4", ("Lad", "Lad told"), "lad"),
              ("m5", "Mumbai coach Vinayak Samant", "samant"),
              ("m6", ("Samant", "Samant, who"), "samant")],
    attributions=[("a1", "INDIRECT", "m1", "credited", "the win to teamwork", None),
                  ("a2", "DIRECT", "m2", "tweeted", "There's no better joy than seeing the results of teamwork by winning a championship. Well done, boys!", None),
                  ("a3", "INDIRECT", "m3", ("said", "batsman who"), "the players were keen to do well in white-ball cricket", None),
                  ("a4", "DIRECT", "m4", ("told", "Lad told"), seg(T, "I feel really good", "this format,"), None),
                  ("a5", "MIXED", "m5", ("said", "Samant said"), "today's win was \"the first step\"", None),
                  ("a6", "DIRECT", "m6", ("said", "season, said"), seg(T, "This is a first step", "to perfection,"), None)])

# ---------------------------------------------------------------------------------------
doc("ewn-erasmus-all-blacks",
    url="https://ewn.co.za/2018/09/15/erasmus-celebrating-best-day-of-his-coaching-career-after-beating-all-blacks",
    outlet="Eyewitness News", country="South Africa", topic="sport", cut=True,
    published="2018-09-15",
    text=(T := "Erasmus celebrating ‘best day of his coaching career’ after beating All Blacks\n"
          "The Springboks scored one of the most remarkable wins in their history earlier on Saturday when they beat the All Blacks 36-34 at the Westpac Stadium.\n"
          "JOHANNESBURG - Springbok Coach Rassie Erasmus has described Saturday's win in Wellington as “the best day of his coaching career”.\n"
          "The Springboks scored one of the most remarkable wins in their history earlier on Saturday when they beat the All Blacks 36-34 at the Westpac Stadium.\n"
          "Erasmus says Saturday's game goes down as one of the most memorable of his career.\n"
          "“We were very close to losing three games in a row and that puts a lot of pressure on the team. But now to come here and see that we could’ve lost this game, we’re not foolish, we know this game could’ve gone totally against us in the last few seconds. We got lucky but we’re very relieved and proud to beat New Zealand in New Zealand.”\n"
          "His All Blacks counterpart Steve Hansen has congratulated the Boks.\n"
          "“They came out with a plan and the plan was to put pressure on us and they did that. We can say all we like but it’s not going to change the results.”\n"
          "At the same time, Springbok captain Siya Kolisi says he tried not to concentrate on the magnitude of the clash with the All Blacks and instead shifted the focus to teamwork.\n"
          "Not only was it their first win in New Zealand in about nine years, but it’s a win that comes at a time when the Boks have fallen to seventh in the world.\n"
          "Kolisi says he's proud of his side for keeping it together.\n"
          "“I didn’t think about it for me individually as to how big of a thing it would be [to win], the main thing was to make sure that I’m on task with what the team needs and that’s what we did today. I think that’s what I take pride in more than anything, out of everything else is the fact that we backed each other.”"),
    entities=[("erasmus", "Rassie Erasmus", "PERSON", ["Erasmus"], "Springbok coach"),
              ("hansen", "Steve Hansen", "PERSON", ["Hansen"], "All Blacks coach"),
              ("kolisi", "Siya Kolisi", "PERSON", ["Kolisi"], "Springbok captain")],
    mentions=[("m1", ("Erasmus", "Erasmus celebrating"), "erasmus"),
              ("m2", "Springbok Coach Rassie Erasmus", "erasmus"),
              ("m3", ("Erasmus", "Erasmus says"), "erasmus"),
              ("m4", "His All Blacks counterpart Steve Hansen", "hansen"),
              ("m5", "Springbok captain Siya Kolisi", "kolisi"),
              ("m6", ("Kolisi", "Kolisi says he's"), "kolisi")],
    attributions=[("a1", "DIRECT", "m1", "celebrating", ("best day of his coaching career", "‘best day"), None),
                  ("a2", "MIXED", "m2", "described", "Saturday's win in Wellington as “the best day of his coaching career”", None),
                  ("a3", "INDIRECT", "m3", ("says", "Erasmus says"), "Saturday's game goes down as one of the most memorable of his career", None),
                  ("a4", "DIRECT", "m3", None, seg(T, "We were very close", "in New Zealand."), None),
                  ("a5", "INDIRECT", "m4", "congratulated", ("the Boks", "congratulated the Boks"), None),
                  ("a6", "DIRECT", "m4", None, seg(T, "They came out with a plan", "change the results."), None),
                  ("a7", "INDIRECT", "m5", ("says", "Kolisi says he tried"), "he tried not to concentrate on the magnitude of the clash with the All Blacks and instead shifted the focus to teamwork", None),
                  ("a8", "INDIRECT", "m6", ("says", "Kolisi says he's"), "he's proud of his side for keeping it together", None),
                  ("a9", "DIRECT", "m6", None, seg(T, "I didn’t think about it", "backed each other."), None)])

# ---------------------------------------------------------------------------------------
doc("belfasttelegraph-gavin-dublin",
    url="https://www.belfasttelegraph.co.uk/sport/gaa/allireland-sfc-final-delighted-dublin-boss-jim-gavin-salutes-collective-effort-35097806.html",
    outlet="Belfast Telegraph", country="UK", topic="sport", cut=True,
    text=(T := "All-Ireland SFC Final: Delighted Dublin boss Jim Gavin salutes collective effort\n"
          "Dublin boss Jim Gavin is often characterised as dour, mechanical, process-driven and devoid of colour.\n"
          "But get this. Since the dawn of the 'manager' in Gaelic games, Dublin had never retained Sam Maguire under the same leadership until Saturday. In 1976, then boss Kevin Heffernan walked away. Tony Hanahoe took over as player-manager, and they only went and won the thing in 1977.\n"
          "You have to go back to 1921, '22 and '23 for retaining the canister before that, when selections were made by committee.\n"
          "So here he is, the first Dublin manager to retain Sam, smiling but not quite joshing with the press, telling us about singing songs and a party atmosphere in the dressing room.\n"
          "\"It's October 1, 2016, that's what's unique about it,\" he said after lifting his third All-Ireland with the Dubs, insisting each one was special. The weather on the night made it feel more like a rugby Autumn international.\n"
          "\"In the previous year we played a fantastic Kerry side. This year, we have played another fantastic Mayo side. There was a unique atmosphere out there, I thought our supporters were fantastic.\n"
          "\"I thought when the game was in the balance, the supporters were encouraging the guys to go at it, and you could hear that.\"\n"
          "He is much happier to turn the attention away from himself and onto the backroom team. He stated: \"It takes a lot of hard effort for the staff to take time away from their families, on behalf of the players.\n"
          "\"It's great to see that level of dedication. And I also say that for the Mayo side, when you see Keith Higgins out there at the end you couldn't have anything but respect and admiration for that man and his players. It has to be hurting them.\""),
    entities=[("gavin", "Jim Gavin", "PERSON", ["Gavin"], "Dublin boss")],
    mentions=[("m1", ("Dublin boss Jim Gavin", "Delighted "), "gavin"),
              ("m2", ("Dublin boss Jim Gavin", "\nDublin boss"), "gavin"),
              ("m3", ("he", "here he is"), "gavin"),
              ("m4", "the first Dublin manager to retain Sam", "gavin"),
              ("m5", ("he", "he said after"), "gavin"),
              ("m6", ("He", "He stated"), "gavin")],
    attributions=[("a1", "INDIRECT", "m1", "salutes", "collective effort", None),
                  ("a2", "INDIRECT", None, "characterised", "dour, mechanical, process-driven and devoid of colour", None),
                  ("a3", "INDIRECT", "m3", "telling", "singing songs and a party atmosphere in the dressing room", None),
                  ("a4", "DIRECT", "m5", ("said", "he said after"), "It's October 1, 2016, that's what's unique about it,", None),
                  ("a5", "INDIRECT", "m5", "insisting", "each one was special", None),
                  ("a6", "DIRECT", "m5", None, seg(T, "In the previous year", "could hear that."), None),
                  ("a7", "DIRECT", "m6", "stated", seg(T, "It takes a lot of hard effort", "hurting them."), None)])

# ---------------------------------------------------------------------------------------
doc("dailystar-chandimal-tri-series",
    url="https://tds-images.thedailystar.net/sports/bangladesh-cricket/confidence-the-tonic-1526041",
    outlet="The Daily Star", country="Bangladesh", topic="sport", cut=True,
    text=(T := "Confidence the tonic\n"
          "Sri Lanka's stand-in captain Dinesh Chandimal said that Chandika Hathurusingha's 'confidence tonic' played a big role in their turnaround from a dismal start to clinch the tri-series trophy with a comprehensive 79-run victory against Bangladesh in Mirpur yesterday.\n"
          "\"We all know he is a really good coach. He gave us more confidence. That's the main thing. If you can trust your coach, good results will come. That's what he did. This is all about hard work from the players, coach, management, selectors, Sri Lanka Cricket as well as Angelo.\n"
          "\"He [Matthews] is the one who brought the team here, so credit goes to him also. It was a really happy moment for us. This is what we wanted, winning the series, so we grabbed the opportunity with both hands,\" said Chandimal during post-match briefing.\n"
          "It was indeed a day of reckoning for the Sri Lankans under their new head coach Hathurusingha. They had a few rough years and 2017 was an especially bad year as they lost home and away to India, were defeated by Pakistan 5-0, lost to Zimbabwe away and were ousted at the group stage of the ICC Champions trophy.\n"
          "\"This is all about working hard, especially after you lost the first two games, it is difficult to get back in this kind of tournament. The guys put their heart and soul in the practices and then when they went out to the middle they put their heart and soul. They had the plans and they executed well, and credit goes to everyone who played the series,\" he responded when asked what this trophy meant to them.\n"
          "Chandimal said that the plan was to play 'competitive cricket' in the final and they backed themselves to do that."),
    entities=[("chandimal", "Dinesh Chandimal", "PERSON", ["Chandimal"], "Sri Lanka's stand-in captain")],
    mentions=[("m1", "Sri Lanka's stand-in captain Dinesh Chandimal", "chandimal"),
              ("m2", ("Chandimal", "said Chandimal"), "chandimal"),
              ("m3", ("he", "he responded"), "chandimal"),
              ("m4", ("Chandimal", "\nChandimal said"), "chandimal")],
    attributions=[("a1", "MIXED", "m1", ("said", "Chandimal said that Chandika"), "Chandika Hathurusingha's 'confidence tonic' played a big role in their turnaround from a dismal start to clinch the tri-series trophy with a comprehensive 79-run victory against Bangladesh in Mirpur yesterday", None),
                  ("a2", "DIRECT", "m2", ("said", "said Chandimal"), seg(T, "We all know he is", "with both hands,"), None),
                  ("a3", "DIRECT", "m3", "responded", seg(T, "This is all about working hard", "played the series,"), None),
                  ("a4", "MIXED", "m4", ("said", "\nChandimal said"), "the plan was to play 'competitive cricket' in the final and they backed themselves to do that", None)])

# ---------------------------------------------------------------------------------------
doc("sportsjoe-mcgeeney-armagh",
    url="https://sportsjoe.ie/gaa/kieran-mcgeeney-explains-armagh-team-mantra-after-all-ireland-final-win-332916",
    outlet="SportsJOE", country="Ireland", topic="sport", cut=False,
    published="2024-07-29",
    text=(T := "Kieran McGeeney explains Armagh team ‘mantra’ after All-Ireland final win\n"
          "Kieran McGeeney says Armagh’s unity and ‘we before me’ mantra was a big factor in their first All-Ireland win since 2002.\n"
          "The Armagh squad have endured their fair share of tough days, on and off the field.\n"
          "Losing two Ulster finals in a row on penalty shoot-outs and losing two All-Ireland quarter finals in a row on penalty shoot-outs led to them being seen as a team that couldn’t close out games. Off-the-field, their midfielder Niall Grimley suffered the terrible tragedy of losing his brother in a car accident last November.\n"
          "But the Armagh manager says that the squad have always rallied around each other when things got tough.\n"
          "“Sometimes, when you’re at your lowest, that’s when the GAA is at its best,” McGeeney said to Joanne Cantwell in the Carrickdale Hotel in Dundalk on Sunday night.\n"
          "“In those moments this year, this particular group have always stood beside their partners.”\n"
          "McGeeney, who has now won an All-Ireland as a player and manager says one of their big mantras is ‘trying to make the man beside you look like an All-Star.’\n"
          "“It’s a big mantra in this team, ‘we before me, you try to make the man beside you look like an All-Star.\n"
          "“You lift him up, you carry him when he’s at his lowest.\n"
          "“To me, that’s what they did today. That’s what they’ve been doing for the last four or five years. Nobody else has noticed it but we have.”\n"
          "“We’ve had some tough moments as a squad. We had a talk about it last Saturday night, talking about the glue that binds us together, not just as a team but as a GAA community,” he added."),
    entities=[("mcgeeney", "Kieran McGeeney", "PERSON", ["McGeeney", "the Armagh manager"], "Armagh manager"),
              ("squad", "the Armagh squad", "GROUP", ["the squad", "this particular group"])],
    mentions=[("m1", ("Kieran McGeeney", "Kieran McGeeney explains"), "mcgeeney"),
              ("m2", ("Kieran McGeeney", "Kieran McGeeney says"), "mcgeeney"),
              ("m3", "The Armagh squad", "squad"),
              ("m4", "the Armagh manager", "mcgeeney"),
              ("m5", ("the squad", "says that the squad"), "squad"),
              ("m6", ("McGeeney", "McGeeney said to"), "mcgeeney"),
              ("m7", "this particular group", "squad"),
              ("m8", ("McGeeney", "McGeeney, who"), "mcgeeney"),
              ("m9", ("We", "We had a talk"), "squad"),
              ("m10", ("he", "he added"), "mcgeeney")],
    attributions=[("a1", "MIXED", "m1", "explains", "Armagh team ‘mantra’", None),
                  ("a2", "MIXED", "m2", ("says", "Kieran McGeeney says"), "Armagh’s unity and ‘we before me’ mantra was a big factor in their first All-Ireland win since 2002", None),
                  ("a3", "INDIRECT", "m4", ("says", "Armagh manager says"), "the squad have always rallied around each other when things got tough", None),
                  ("a4", "DIRECT", "m6", ("said", "McGeeney said to"), "Sometimes, when you’re at your lowest, that’s when the GAA is at its best,", None),
                  ("a5", "DIRECT", "m6", None, "In those moments this year, this particular group have always stood beside their partners.", None),
                  ("a6", "MIXED", "m8", ("says", "manager says one"), "one of their big mantras is ‘trying to make the man beside you look like an All-Star.’", None),
                  ("a7", "DIRECT", "m8", None, seg(T, "It’s a big mantra in this team", "but we have."), None),
                  ("a8", "DIRECT", "m10", "added", seg(T, "We’ve had some tough moments", "GAA community,"), None),
                  ("a9", "INDIRECT", "m9", "talking", "the glue that binds us together", "a8")])

# ---------------------------------------------------------------------------------------
doc("newarkadvertiser-bingham-centre",
    url="https://newarkadvertiser.co.uk/news/views-sought-on-centre-plan-9008884",
    outlet="Newark Advertiser", country="UK", topic="local", cut=True,
    text=(T := "Views sought on centre plan\n"
          "The people of Bingham will be asked for their opinions on building a new community centre for the town.\n"
          "At a town council community meeting on Tuesday, it was announced that flyers would be sent out to every household informing them of the intention to build a community centre.\n"
          "A location for the project has not yet been decided.\n"
          "At the meeting councillors read a report produced by a community centre working party, consisting of Mrs Maureen Stockwood, Mr Francis Purdue-Horan, Mr George Davidson and Mr Anthony Hall.\n"
          "The report said it had been agreed to draft detailed generic drawings of a community centre, which would include a licensed bar.\n"
          "Last week the town council agreed to spend £1,500 so HSSP Architects Associates could draw up the plans for the layout.\n"
          "A letter to the town council from the chairman of Bingham’s Community Concern action group, Mr Tim Chamberlain, said there had been negligible public participation in the project so far.\n"
          "He said: “We appreciate that the matter of site selection should be confidential but all other aspects should have immediate and widespread public involvement.”\n"
          "He also wanted to see an extensive business plan drawn up for the project and details of how the centre would be managed.\n"
          "Mrs Stockwood said it was not possible to draw up a business plan until a site was found."),
    entities=[("report", "the report", "ORGANIZATION", ["a report"]),
              ("chamberlain", "Tim Chamberlain", "PERSON", ["Mr Tim Chamberlain", "Chamberlain"], "chairman of Bingham’s Community Concern action group"),
              ("stockwood", "Maureen Stockwood", "PERSON", ["Mrs Stockwood", "Mrs Maureen Stockwood"], "member of the community centre working party")],
    mentions=[("m1", ("a report", "read a report"), "report"),
              ("m2", "Mrs Maureen Stockwood", "stockwood"),
              ("m3", "The report", "report"),
              ("m4", "the chairman of Bingham’s Community Concern action group, Mr Tim Chamberlain", "chamberlain"),
              ("m5", ("He", "He said"), "chamberlain"),
              ("m6", ("He", "He also wanted"), "chamberlain"),
              ("m7", ("Mrs Stockwood", "\nMrs Stockwood said"), "stockwood")],
    attributions=[("a1", "INDIRECT", None, "announced", "flyers would be sent out to every household informing them of the intention to build a community centre", None),
                  ("a2", "INDIRECT", "m3", ("said", "report said"), "it had been agreed to draft detailed generic drawings of a community centre, which would include a licensed bar", None),
                  ("a3", "INDIRECT", "m4", ("said", "Chamberlain, said"), "there had been negligible public participation in the project so far", None),
                  ("a4", "DIRECT", "m5", ("said", "He said"), seg(T, "We appreciate that", "public involvement."), None),
                  ("a5", "INDIRECT", "m6", "wanted to see", "an extensive business plan drawn up for the project and details of how the centre would be managed", None),
                  ("a6", "INDIRECT", "m7", ("said", "Stockwood said"), "it was not possible to draw up a business plan until a site was found", None)])

# ---------------------------------------------------------------------------------------
doc("fftimes-nelson-street-park",
    url="https://fftimes.com/news/local-news/residents-to-meet-to-preserve-park/",
    outlet="Fort Frances Times", country="Canada", topic="local", cut=False,
    text=(T := "Residents to meet to preserve park\n"
          "A group of residents concerned about the town’s proposed development plans for the open space on the 1100 block of Nelson Street are holding an open meeting this evening.\n"
          "The meeting, intended to discuss ideas on how to preserve this area for general public use, is slated for 7 p.m. at the Zion Lutheran Church (1105 Scott St.)\n"
          "“A search is being conducted now to check on the existence of a bylaw which many people believe was passed by the town council in the late ’80s to preserve the area as a park,” said former resident Marianne Rude, who is interested in preserving the open space.\n"
          "“We will hopefully know the results of that search by [tonight],” she added.\n"
          "But Rick Hallam, superintendent of Planning and Development for the town, said this morning the land officially is designated as “open space,” and definitely not a park or playground.\n"
          "“To my knowledge, it was never officially designated as a park. I’d be happy to see someone prove me wrong,” he added.\n"
          "Hallam noted council declared the land surplus back in May, at which time council directed staff to investigate the most appropriate use for it.\n"
          "He said the Planning and Development division will be forwarding a report with recommendations to the Planning and Development executive committee at its regular meeting tomorrow at 7:30 a.m. at the Civic Centre.\n"
          "“No decisions have been made on the property,” he stressed, adding tomorrow morning’s meeting also is open to the public."),
    entities=[("rude", "Marianne Rude", "PERSON", ["Rude"], "former resident"),
              ("people", "many people", "GROUP", []),
              ("hallam", "Rick Hallam", "PERSON", ["Hallam"], "superintendent of Planning and Development for the town")],
    mentions=[("m1", "many people", "people"),
              ("m2", "former resident Marianne Rude", "rude"),
              ("m3", ("she", "she added"), "rude"),
              ("m4", "Rick Hallam, superintendent of Planning and Development for the town", "hallam"),
              ("m5", ("he", "wrong,” he added"), "hallam"),
              ("m6", ("Hallam", "Hallam noted"), "hallam"),
              ("m7", ("He", "He said the"), "hallam"),
              ("m8", ("he", "he stressed"), "hallam")],
    attributions=[("a1", "DIRECT", "m2", ("said", "park,” said"), seg(T, "A search is being conducted", "as a park,"), None),
                  ("a2", "INDIRECT", "m1", "believe", "was passed by the town council in the late ’80s to preserve the area as a park", "a1"),
                  ("a3", "DIRECT", "m3", ("added", "she added"), "We will hopefully know the results of that search by [tonight],", None),
                  ("a4", "MIXED", "m4", ("said", "town, said"), "the land officially is designated as “open space,” and definitely not a park or playground", None),
                  ("a5", "DIRECT", "m5", ("added", "wrong,” he added"), "To my knowledge, it was never officially designated as a park. I’d be happy to see someone prove me wrong,", None),
                  ("a6", "INDIRECT", "m6", "noted", "council declared the land surplus back in May, at which time council directed staff to investigate the most appropriate use for it", None),
                  ("a7", "INDIRECT", "m7", ("said", "He said the"), "the Planning and Development division will be forwarding a report with recommendations to the Planning and Development executive committee at its regular meeting tomorrow at 7:30 a.m. at the Civic Centre", None),
                  ("a8", "DIRECT", "m8", "stressed", "No decisions have been made on the property,", None),
                  ("a9", "INDIRECT", "m8", "adding", "tomorrow morning’s meeting also is open to the public", None)])

# ---------------------------------------------------------------------------------------
doc("countytimes-nyeri-traders",
    url="https://thecountytimes.co.ke/nyeri-small-scale-traders-protest-delayed-elections-of-market-officials/amp",
    outlet="The County Times", country="Kenya", topic="local", cut=True,
    text=(T := "Nyeri small-scale traders protest delayed elections of market officials\n"
          "A section of small-scale traders from Nyeri town have protested the continued delays by county officials to organize elections for their representatives. Trouble started when the county officials cancelled a meeting that was scheduled to discuss the election timetable at the last minute.\n"
          "The traders, who had temporarily closed down their businesses to attend the meeting, were left stranded at the Whispers Park after the county officials walked away without addressing them. Led by their spokesperson, Harun Gichure, the traders said that they, together with the county officials had arrived for the meeting in good time.\n"
          "But instead of calling the meeting to order, the county officials held a meeting amongst themselves and then left the venue in a hurry without saying a word to the traders.\n"
          "“We arrived at Whisper’s park and waited for the officials who then arrived but left without addressing us. I then called one of the officials who told me that they had cancelled the meeting but he did not divulge the reason. So, we decided to take to the streets to raise our grievances with the governor and the chief officer in charge of Trade,” said Gichure.\n"
          "This is the 12th time that the county has cancelled the meeting with traders. The first time the traders sought audience with the county government was in 2012 but the then administration gave them a cold shoulder. According to Gichure, the traders feel side-lined by the county officials of trade. Besides the elections, traders were hoping to discuss their welfare issues which include getting their stalls connected with water and electricity."),
    entities=[("traders", "small-scale traders from Nyeri town", "GROUP", ["Nyeri small-scale traders", "the traders"]),
              ("gichure", "Harun Gichure", "PERSON", ["Gichure"], "spokesperson of the traders"),
              ("official", "one of the officials", "PERSON", [])],
    mentions=[("m1", "Nyeri small-scale traders", "traders"),
              ("m2", "A section of small-scale traders from Nyeri town", "traders"),
              ("m3", "The traders", "traders"),
              ("m4", "their spokesperson, Harun Gichure", "gichure"),
              ("m5", ("the traders", "the traders said"), "traders"),
              ("m6", ("the traders", "a word to the traders"), "traders"),
              ("m7", "one of the officials", "official"),
              ("m8", ("Gichure", "said Gichure"), "gichure"),
              ("m9", ("traders", "meeting with traders"), "traders"),
              ("m10", ("the traders", "the traders sought"), "traders"),
              ("m11", ("Gichure", "According to Gichure"), "gichure"),
              ("m12", ("the traders", "the traders feel"), "traders"),
              ("m13", ("traders", "traders were hoping"), "traders")],
    attributions=[("a1", "INDIRECT", "m1", ("protest", "traders protest"), "delayed elections of market officials", None),
                  ("a2", "INDIRECT", "m2", "protested", "the continued delays by county officials to organize elections for their representatives", None),
                  ("a3", "INDIRECT", "m5", ("said", "the traders said"), "they, together with the county officials had arrived for the meeting in good time", None),
                  ("a4", "DIRECT", "m8", ("said", "said Gichure"), seg(T, "We arrived at Whisper’s park", "in charge of Trade,"), None),
                  ("a5", "INDIRECT", "m7", ("told", "who told me"), "they had cancelled the meeting", "a4"),
                  ("a6", "INDIRECT", "m11", "According to", "the traders feel side-lined by the county officials of trade", None)])

# ---------------------------------------------------------------------------------------
doc("stanthorpetoday-sdrc-flooding",
    url="https://stanthorpetoday.com.au/?p=51363",
    outlet="Stanthorpe Today", country="Australia", topic="local", cut=True,
    text=(T := "SDRC discusses flooding concerns\n"
          "Flooding concerns were again a topic of discussion at the 28 September Ordinary Council Meeting.\n"
          "Cr Ross Bartley said he’d raised with chief executive Dave Burges the night prior to the meeting that a crossing on the back road to Allora had flooded.\n"
          "He said the crossing, where Campbell’s Gully meets the Condamine River on Rosehill Road in Warwick, often flooded.\n"
          "Cr Bartley said he knew the road wasn’t council’s responsibility, as it was handled by Main Roads, but a resident had to “take it into his own hands“ and tow people out.\n"
          "He said this was an example of why the council needed to leave signage in the hands of responsible people.\n"
          "Killarney locals are also concerned about weather predictions for the next few months, Cr Bartley said, and he suggested given the town was cut off completely when it flooded that they have access to a pile of sand in a strategic place with sandbags available.\n"
          "He asked that they find someone or someplace to store them in town, putting up Lions as an option.\n"
          "“I think we’re in for big trouble this year,“ he said.\n"
          "Cr Bartley also highlighted that other communities, like Leyburn and Pratten, should possibly be considered too given their potential to be cut off during flooding.\n"
          "Mr Burges responded to these concerns, saying that council had made arrangements in Killarney given the forecast.\n"
          "He said there was now sand and sandbags at the depot.\n"
          "Cr Jo McNally said that given the forecast, council should be presented with an agenda item dealing with this."),
    entities=[("sdrc", "SDRC", "ORGANIZATION", ["council", "the council"]),
              ("bartley", "Ross Bartley", "PERSON", ["Cr Ross Bartley", "Cr Bartley", "Bartley"], "councillor"),
              ("burges", "Dave Burges", "PERSON", ["Mr Burges", "Burges"], "chief executive"),
              ("mcnally", "Jo McNally", "PERSON", ["Cr Jo McNally", "Cr McNally", "McNally"], "councillor")],
    mentions=[("m1", "SDRC", "sdrc"),
              ("m2", "Cr Ross Bartley", "bartley"),
              ("m3", ("he", "said he’d raised"), "bartley"),
              ("m4", "chief executive Dave Burges", "burges"),
              ("m5", ("He", "He said the crossing"), "bartley"),
              ("m6", ("Cr Bartley", "Cr Bartley said he knew"), "bartley"),
              ("m7", ("He", "He said this was"), "bartley"),
              ("m8", ("the council", "why the council"), "sdrc"),
              ("m9", ("Cr Bartley", "Cr Bartley said, and"), "bartley"),
              ("m10", ("he", "he suggested"), "bartley"),
              ("m11", ("He", "He asked"), "bartley"),
              ("m12", ("he", "he said."), "bartley"),
              ("m13", ("Cr Bartley", "Cr Bartley also"), "bartley"),
              ("m14", "Mr Burges", "burges"),
              ("m15", ("council", "council had made"), "sdrc"),
              ("m16", ("He", "He said there"), "burges"),
              ("m17", "Cr Jo McNally", "mcnally"),
              ("m18", ("council", "council should be"), "sdrc")],
    attributions=[("a1", "INDIRECT", "m1", "discusses", "flooding concerns", None),
                  ("a2", "INDIRECT", "m2", ("said", "Bartley said he’d"), "he’d raised with chief executive Dave Burges the night prior to the meeting that a crossing on the back road to Allora had flooded", None),
                  ("a3", "INDIRECT", "m3", "raised", "a crossing on the back road to Allora had flooded", "a2"),
                  ("a4", "INDIRECT", "m5", ("said", "He said the crossing"), "the crossing, where Campbell’s Gully meets the Condamine River on Rosehill Road in Warwick, often flooded", None),
                  ("a5", "MIXED", "m6", ("said", "Cr Bartley said he knew"), "he knew the road wasn’t council’s responsibility, as it was handled by Main Roads, but a resident had to “take it into his own hands“ and tow people out", None),
                  ("a6", "INDIRECT", "m7", ("said", "He said this"), "this was an example of why the council needed to leave signage in the hands of responsible people", None),
                  ("a7", "INDIRECT", "m9", ("said", "Cr Bartley said, and"), "Killarney locals are also concerned about weather predictions for the next few months", None),
                  ("a8", "INDIRECT", "m10", "suggested", "they have access to a pile of sand in a strategic place with sandbags available", None),
                  ("a9", "INDIRECT", "m11", "asked", "they find someone or someplace to store them in town", None),
                  ("a10", "INDIRECT", "m11", "putting up", "Lions as an option", None),
                  ("a11", "DIRECT", "m12", ("said", "he said."), "I think we’re in for big trouble this year,", None),
                  ("a12", "INDIRECT", "m13", "highlighted", "other communities, like Leyburn and Pratten, should possibly be considered too given their potential to be cut off during flooding", None),
                  ("a13", "INDIRECT", "m14", "saying", "council had made arrangements in Killarney given the forecast", None),
                  ("a14", "INDIRECT", "m16", ("said", "He said there"), "there was now sand and sandbags at the depot", None),
                  ("a15", "INDIRECT", "m17", ("said", "McNally said"), "given the forecast, council should be presented with an agenda item dealing with this", None)])

# ---------------------------------------------------------------------------------------
doc("swns-tredworth-bin-clashes",
    url="http://stories.swns.com/news/police-brought-in-over-angry-clashes-between-residents-and-bin-men-5112/?wpfpaction=add&postid=5112",
    outlet="SWNS", country="UK", topic="local", cut=True,
    published="2010-08-09",
    text=(T := "Police brought in over angry clashes between residents and bin men\n"
          "Police are being brought in for extra patrols after a series of angry clashes between residents and council workers – over BIN collections, it emerged yesterday.\n"
          "Officers will be drafted in during bin round times following a series of ”disagreements” between homeowners and refuse workers.\n"
          "The confrontations erupted after bin men refused to collect a string of wheelie bins left outside homes in the Tredworth area of Gloucester.\n"
          "They said they would not empty the bins because of the city council’s strict policy of only emptying bins which were fully closed.\n"
          "Each bin had a sticker attached saying the rubbish wouldn’t be collected unless the lid was fully shut.\n"
          "The sticker also infuriated residents by saying the bins had to be removed from the side of the road by the end of the day – even if they were still full.\n"
          "But homeowners say the bin lids were less than a centimetre open and the situation has lead to a number of rows with refuse workers.\n"
          "Sgt Lynn Northfield, of the local White City Safer Community Team, said police will now increase patrols during bin collection times.\n"
          "She said: “We are aware of several recent incidents of verbal disagreements between Tredworth residents and the binmen.\n"
          "“As a result, we have increased patrols during collection times in the area to ensure there are no altercations and will continue to monitor the situation over the next few weeks.”\n"
          "Local resident Tony Goss, 50, a dad-of-three, said his bin wasn’t collected even though the lid was left open by only a fraction.\n"
          "He said: “I think it is totally outrageous. It is approximately half an inch open on one side at the top. Surely it just needs a bit of common sense applied.\n"
          "“I contacted the council, whose customer services operative told me she could do nothing at all about it except contact a neighbourhood manager who would advise me on bin filling."),
    entities=[("residents", "residents", "GROUP", ["homeowners", "Tredworth residents"]),
              ("binmen", "bin men", "GROUP", ["refuse workers", "council workers", "the binmen"]),
              ("sticker", "a sticker", "ORGANIZATION", ["the sticker"]),
              ("northfield", "Lynn Northfield", "PERSON", ["Sgt Lynn Northfield", "Northfield"], "White City Safer Community Team"),
              ("goss", "Tony Goss", "PERSON", ["Goss"], "local resident"),
              ("operative", "customer services operative", "PERSON", [], "council customer services operative")],
    mentions=[("m1", ("residents", "residents and bin men"), "residents"),
              ("m2", ("bin men", "residents and bin men"), "binmen"),
              ("m3", ("residents", "residents and council"), "residents"),
              ("m4", "council workers", "binmen"),
              ("m5", ("homeowners", "homeowners and refuse"), "residents"),
              ("m6", ("refuse workers", "homeowners and refuse"), "binmen"),
              ("m7", ("bin men", "after bin men"), "binmen"),
              ("m8", ("They", "They said"), "binmen"),
              ("m9", "a sticker", "sticker"),
              ("m10", "The sticker", "sticker"),
              ("m11", ("residents", "infuriated residents"), "residents"),
              ("m12", ("homeowners", "But homeowners"), "residents"),
              ("m13", ("refuse workers", "rows with refuse"), "binmen"),
              ("m14", "Sgt Lynn Northfield, of the local White City Safer Community Team", "northfield"),
              ("m15", ("She", "She said"), "northfield"),
              ("m16", "Tredworth residents", "residents"),
              ("m17", "the binmen", "binmen"),
              ("m18", "Local resident Tony Goss", "goss"),
              ("m19", ("He", "He said"), "goss"),
              ("m20", "customer services operative", "operative")],
    attributions=[("a1", "INDIRECT", None, "emerged", "Police are being brought in for extra patrols after a series of angry clashes between residents and council workers – over BIN collections", None),
                  ("a2", "INDIRECT", "m8", ("said", "They said"), "they would not empty the bins because of the city council’s strict policy of only emptying bins which were fully closed", None),
                  ("a3", "INDIRECT", "m9", ("saying", "attached saying"), "the rubbish wouldn’t be collected unless the lid was fully shut", None),
                  ("a4", "INDIRECT", "m10", ("saying", "by saying"), "the bins had to be removed from the side of the road by the end of the day – even if they were still full", None),
                  ("a5", "INDIRECT", "m12", ("say", "homeowners say"), "the bin lids were less than a centimetre open and the situation has lead to a number of rows with refuse workers", None),
                  ("a6", "INDIRECT", "m14", ("said", "Team, said"), "police will now increase patrols during bin collection times", None),
                  ("a7", "DIRECT", "m15", ("said", "She said"), seg(T, "We are aware of several", "the next few weeks."), None),
                  ("a8", "INDIRECT", "m18", ("said", "dad-of-three, said"), "his bin wasn’t collected even though the lid was left open by only a fraction", None),
                  ("a9", "DIRECT", "m19", ("said", "He said"), seg(T, "I think it is totally outrageous", "on bin filling."), None),
                  ("a10", "INDIRECT", "m20", ("told", "operative told"), "she could do nothing at all about it except contact a neighbourhood manager who would advise me on bin filling", "a9")])

# ---------------------------------------------------------------------------------------
doc("milngavieherald-bin-system",
    url="https://www.milngavieherald.co.uk/news/residents-kicking-up-a-stink-at-new-bin-system-1-4018422",
    outlet="Milngavie Herald", country="UK", topic="local", cut=True,
    text=(T := "Residents kicking up a stink at new bin system\n"
          "A row is brewing over new refuse collection times - with residents complaining of bins not being emptied and lorries wakening them up early.\n"
          "The system was introduced recently by East Dunbartonshire Council - with refuse and recycling now being picked up seven days a week in a bid to save cash.\n"
          "But just after the new era of waste collection began, complaints were starting to come in to the Herald offices.\n"
          "Alex Miller of Auchinairn Road said he had received no information about a change of day and his waste bin had not been collected for a fortnight.\n"
          "He said: “I’m not psychic and I can’t get any sort of adequate reply from East Dunbartonshire Council.\n"
          "“Apparently Auchinairn Road has been split into four different collection days. It looks like my section of the road has been forgotten.\n"
          "“My bin is overflowing. It’s ridiculous.”\n"
          "In Milton of Campsie, residents complained of being woken up before 7am.\n"
          "One householder said: “I am an emergency service worker, I work on average 50 hours a week. I get up every day Monday to Friday at 5.30am to begin my shift which can be up to 12 hours long.\n"
          "“I am furious to find that the council cleansing department have decided my right to a quiet Sunday morning family lie in has to cease with immediate effect.\n"
          "“My whole family were rudely awoken at 7.20am by the sound of a roaring diesel truck engine, by a reversing alarm then the clatter, bang and smashing sound of the refuse bins being emptied. This is wholly unacceptable.\n"
          "“Another resident agreed, adding: “The rattle and clinking of bottles began to raise me from my only long sleep of the week at 7.15am.”\n"
          "“As someone who works most of the time six days per week and whose only rest day is Sunday, I find this change wholly unacceptable to me.”"),
    entities=[("residents", "residents", "GROUP", []),
              ("miller", "Alex Miller", "PERSON", ["Miller"], "resident of Auchinairn Road"),
              ("campsie", "residents in Milton of Campsie", "GROUP", []),
              ("householder", "One householder", "PERSON", []),
              ("another", "Another resident", "PERSON", [])],
    mentions=[("m1", "Residents", "residents"),
              ("m2", ("residents", "with residents"), "residents"),
              ("m3", "Alex Miller", "miller"),
              ("m4", ("He", "He said"), "miller"),
              ("m5", ("residents", "Campsie, residents"), "campsie"),
              ("m6", "One householder", "householder"),
              ("m7", "Another resident", "another")],
    attributions=[("a1", "INDIRECT", "m1", "kicking up a stink", "new bin system", None),
                  ("a2", "INDIRECT", "m2", ("complaining", "residents complaining"), "bins not being emptied and lorries wakening them up early", None),
                  ("a3", "INDIRECT", "m3", ("said", "Road said"), "he had received no information about a change of day and his waste bin had not been collected for a fortnight", None),
                  ("a4", "DIRECT", "m4", ("said", "He said"), seg(T, "I’m not psychic", "It’s ridiculous."), None),
                  ("a5", "INDIRECT", "m5", ("complained", "residents complained"), "being woken up before 7am", None),
                  ("a6", "DIRECT", "m6", ("said", "householder said"), seg(T, "I am an emergency service worker", "week at 7.15am."), None),
                  ("a7", "DIRECT", "m7", "adding", "The rattle and clinking of bottles began to raise me from my only long sleep of the week at 7.15am.", "a6"),
                  ("a8", "DIRECT", "m7", None, seg(T, "As someone who works", "unacceptable to me."), None)])

# ---------------------------------------------------------------------------------------
doc("epochtimes-serena-coaching",
    url="https://www.theepochtimes.com/serena-williams-on-coach-dont-understand-what-he-was-talking-about_2669562.html",
    outlet="The Epoch Times", country="US", topic="sport", cut=True,
    published="2018-09-24",
    text=(T := "Serena Williams on Coach: ‘Don’t Understand What He Was Talking About’\n"
          "Tennis star again says she wasn't coached in US Open Final\n"
          "Serena Williams again spoke about the controversy surrounding her U.S. Open Final loss earlier this month.\n"
          "Williams said she didn’t understand why her coach admitted to giving signals from the sidelines during the match, which drew a penalty from the umpire, Carlos Ramos. Williams then broke her racket and argued with Ramos, drawing more penalties, which led to her loss to Naomi Osaka.\n"
          "Touching on her angry outburst, she said that she wasn’t being coached during the match. Her coach, Patrick Mouratoglou, after the final, however, said that he was coaching her.\n"
          "“I just don’t understand what he was talking about because I asked him, you weren’t coaching, we don’t have signals, we’ve never had signals—and he said he made a motion,” she said, reported The Associated Press on Sept. 24.\n"
          "“So you said you made a motion, now you told people that you’re coaching me; that doesn’t make sense. Why would you say that?” she added in reference to a discussion with her coach.\n"
          "AP reported that her publicist stepped in during the interview when she was asked about breaking her racket.\n"
          "Williams was subsequently fined $17,000 for the penalties during the final.\n"
          "The six-time U.S. Open champion said she’s trying to move on from the incident.\n"
          "“What I’m just trying to do most of all is to just recover from that,” she said, AP reported.\n"
          "In an interview last week, Williams made a similar statement about coaching to another news outlet. During the match, she also insisted that she wasn’t being coached."),
    entities=[("serena", "Serena Williams", "PERSON", ["Williams", "Tennis star", "The six-time U.S. Open champion"], "tennis player"),
              ("coach", "Patrick Mouratoglou", "PERSON", ["Mouratoglou", "her coach"], "Serena Williams's coach"),
              ("ap", "The Associated Press", "ORGANIZATION", ["AP"])],
    mentions=[("m1", ("Serena Williams", "Serena Williams on"), "serena"),
              ("m2", "Tennis star", "serena"),
              ("m3", ("Serena Williams", "Serena Williams again"), "serena"),
              ("m4", ("Williams", "Williams said she"), "serena"),
              ("m5", ("her coach", "why her coach"), "coach"),
              ("m6", ("Williams", "Williams then"), "serena"),
              ("m7", ("she", "she said that she"), "serena"),
              ("m8", "Her coach, Patrick Mouratoglou", "coach"),
              ("m9", ("I", "because I asked"), "serena"),
              ("m10", ("he", "and he said"), "coach"),
              ("m11", ("she", "motion,” she said"), "serena"),
              ("m12", "The Associated Press", "ap"),
              ("m13", ("you", "So you said"), "coach"),
              ("m14", ("you", "now you told"), "coach"),
              ("m15", ("she", "she added"), "serena"),
              ("m16", ("her coach", "discussion with her coach"), "coach"),
              ("m17", ("AP", "AP reported that"), "ap"),
              ("m18", ("Williams", "Williams was subsequently"), "serena"),
              ("m19", "The six-time U.S. Open champion", "serena"),
              ("m20", ("she", "that,” she said"), "serena"),
              ("m21", ("AP", "she said, AP"), "ap"),
              ("m22", ("Williams", "Williams made"), "serena"),
              ("m23", ("she", "she also insisted"), "serena")],
    attributions=[("a1", "DIRECT", "m1", None, "Don’t Understand What He Was Talking About", None),
                  ("a2", "INDIRECT", "m2", "says", "she wasn't coached in US Open Final", None),
                  ("a3", "INDIRECT", "m3", "spoke", "the controversy surrounding her U.S. Open Final loss earlier this month", None),
                  ("a4", "INDIRECT", "m4", ("said", "Williams said she"), "she didn’t understand why her coach admitted to giving signals from the sidelines during the match, which drew a penalty from the umpire, Carlos Ramos", None),
                  ("a5", "INDIRECT", "m5", "admitted", "giving signals from the sidelines during the match", "a4"),
                  ("a6", "INDIRECT", "m7", ("said", "she said that she"), "she wasn’t being coached during the match", None),
                  ("a7", "INDIRECT", "m8", ("said", "however, said"), "he was coaching her", None),
                  ("a8", "DIRECT", "m11", ("said", "motion,” she said"), seg(T, "I just don’t understand", "made a motion,"), None),
                  ("a9", "INDIRECT", "m9", ("asked", "I asked"), "you weren’t coaching, we don’t have signals, we’ve never had signals", "a8"),
                  ("a10", "INDIRECT", "m10", ("said", "and he said"), ("he made a motion", "and he said"), "a8"),
                  ("a11", "DIRECT", "m15", "added", seg(T, "So you said you made", "you say that?"), None),
                  ("a12", "INDIRECT", "m13", ("said", "So you said"), ("you made a motion", "So you said"), "a11"),
                  ("a13", "INDIRECT", "m14", ("told", "now you told"), "you’re coaching me", "a11"),
                  ("a14", "INDIRECT", "m17", ("reported", "AP reported that"), "her publicist stepped in during the interview when she was asked about breaking her racket", None),
                  ("a15", "INDIRECT", "m19", ("said", "champion said"), "she’s trying to move on from the incident", None),
                  ("a16", "DIRECT", "m20", ("said", "that,” she said"), "What I’m just trying to do most of all is to just recover from that,", None),
                  ("a17", "INDIRECT", "m22", ("statement", "similar statement"), ("coaching", "statement about coaching"), None),
                  ("a18", "INDIRECT", "m23", "insisted", ("she wasn’t being coached", "insisted that"), None)])

# ---------------------------------------------------------------------------------------
# ---------------------------------------------------------------------------------------
doc("advertiser-cunningham-workrate",
    url="https://www.advertiser.ie/galway/article/53459/cunningham-hails-teams-workrate?utm_source=more&utm_medium=web&utm_campaign=readmore",
    outlet="Galway Advertiser", country="Ireland", topic="sport", cut=False,
    text=(T := "Cunningham hails team’s workrate\n"
          "Galway team manager Anthony Cunningham was extremely pleased with the workrate and performance of the team.\n"
          "\"We were very happy with the workrate. If you don't have workrate and don't bring intensity to the play, you're not going to have any chance against Kilkenny. Everyone is learning from Kilkenny and we brought a bit of that intensity today and we're delighted with that.\n"
          "\"We're delighted with the win. We've been going well in training and we've put a lot of work into it, and it is great when it works out on the day. We're delighted to be the first Galway team to have won Leinster.\"\n"
          "Tactically, Cunningham said his side played in the same way they have for most of the season.\n"
          "\"The game you saw last Sunday is the game you saw against Offaly and Westmeath, and we've been playing like that in some of the matches in the league. There is a lot of skill in these hurlers, both at underage and senior. We think we've got a good mix. Really, it's working hard with Mattie [Kenny] and Tom [Helebert] and putting a package together.”\n"
          "Cunningham has been around top-class sport for many years and he knows that last Sunday will be not count for an awful lot unless it can be built on.\n"
          "“We’ve had great days in Croke Park in the past and not built on them. We need consistency – that is the big challenge for us now – players and management. It [consistency] hasn’t always been there but we’ll work on it. It will be our new mantra.”"),
    entities=[("cunningham", "Anthony Cunningham", "PERSON", ["Cunningham"], "Galway team manager")],
    mentions=[("m1", ("Cunningham", "Cunningham hails"), "cunningham"),
              ("m2", "Galway team manager Anthony Cunningham", "cunningham"),
              ("m3", ("Cunningham", "Cunningham said"), "cunningham"),
              ("m4", ("Cunningham", "Cunningham has been"), "cunningham"),
              ("m5", ("he", "he knows"), "cunningham")],
    attributions=[("a1", "INDIRECT", "m1", "hails", "team’s workrate", None),
                  ("a2", "DIRECT", "m2", None, seg(T, "We were very happy with the workrate", "won Leinster."), None),
                  ("a3", "INDIRECT", "m3", ("said", "Cunningham said"), "his side played in the same way they have for most of the season", None),
                  ("a4", "DIRECT", "m3", None, seg(T, "The game you saw last Sunday", "a package together."), None),
                  ("a5", "INDIRECT", "m5", "knows", "last Sunday will be not count for an awful lot unless it can be built on", None),
                  ("a6", "DIRECT", "m5", None, seg(T, "We’ve had great days", "our new mantra."), None)])

# ---------------------------------------------------------------------------------------
doc("thetide-calabar-access-road",
    url="https://thetidenewsonline.com/?p=30192",
    outlet="The Tide", country="Nigeria", topic="local", cut=False,
    text=(T := "Absence Of Access Road Worries Communities\n"
          "The residents of Ikot Offiong and Nassarawa communities in the outskirts of Calabar have decried the absence of an access road to their areas.\n"
          "They said the only road leading to the communities was in a deplorable state and had become impassable, especially during the rains.\n"
          "One of the residents, Mr Anietie Umoh, told newsmen that the road was “horrible” and that the residents were wondering if the state and local governments had not forgotten them.\n"
          "Umoh, a taxi driver, said the condition of the road was more disturbing because of its flooding, which often made it difficult for the residents to get back to their homes after work.\n"
          "“As you can see, whenever it rains residents find it difficult getting back to their houses because the road will be flooded.\n"
          "“Sometimes, the situation will be so bad that the few taxis that manage to ply the road are scared and residents returning from various destinations walk home, wading through the flood stretch.”\n"
          "Umoh said that commercial motorists were avoiding the route due to the damage it often caused to their vehicles.\n"
          "According to him, “if as a taxi driver you manage to work a whole day on that road, then you must end up in the mechanic workshop the following day.”\n"
          "A cattle dealer in the area, Malam Abdullahi Danfulani, complained that the state of the road was scaring away customers coming to buy cows from the cattle market in the Nassarawa community.\n"
          "“Honestly, the road is a problem to us. Many people have stopped coming to Nassarawa to buy cows because of the road.\n"
          "“Even, sometimes trucks conveying our cattle get stuck on the road because of its poor state.”\n"
          "Another resident, Mr Emmanuel Ekong, said that many people had moved out of the area due to the bad road and called on the state Ministry of Works to come to their aid.\n"
          "“I appeal to the government to come to our rescue by including the road in its urban roads rehabilitation programme,” he said."),
    entities=[("residents", "residents of Ikot Offiong and Nassarawa communities", "GROUP", ["the residents"]),
              ("umoh", "Anietie Umoh", "PERSON", ["Mr Anietie Umoh", "Umoh"], "resident, taxi driver"),
              ("danfulani", "Abdullahi Danfulani", "PERSON", ["Malam Abdullahi Danfulani", "Danfulani"], "cattle dealer"),
              ("ekong", "Emmanuel Ekong", "PERSON", ["Mr Emmanuel Ekong", "Ekong"], "resident")],
    mentions=[("m1", "The residents of Ikot Offiong and Nassarawa communities", "residents"),
              ("m2", ("They", "They said"), "residents"),
              ("m3", "One of the residents, Mr Anietie Umoh", "umoh"),
              ("m4", ("the residents", "the residents were wondering"), "residents"),
              ("m5", "Umoh, a taxi driver", "umoh"),
              ("m6", ("the residents", "the residents to get"), "residents"),
              ("m7", ("residents", "rains residents"), "residents"),
              ("m8", ("Umoh", "Umoh said that"), "umoh"),
              ("m9", ("him", "According to him"), "umoh"),
              ("m10", "A cattle dealer in the area, Malam Abdullahi Danfulani", "danfulani"),
              ("m11", "Another resident, Mr Emmanuel Ekong", "ekong"),
              ("m12", ("he", "he said."), "ekong")],
    attributions=[("a1", "INDIRECT", "m1", "decried", "the absence of an access road to their areas", None),
                  ("a2", "INDIRECT", "m2", ("said", "They said"), "the only road leading to the communities was in a deplorable state and had become impassable, especially during the rains", None),
                  ("a3", "MIXED", "m3", ("told", "Umoh, told"), "the road was “horrible” and that the residents were wondering if the state and local governments had not forgotten them", None),
                  ("a4", "INDIRECT", "m4", "wondering", "if the state and local governments had not forgotten them", "a3"),
                  ("a5", "INDIRECT", "m5", ("said", "driver, said"), "the condition of the road was more disturbing because of its flooding, which often made it difficult for the residents to get back to their homes after work", None),
                  ("a6", "DIRECT", "m5", None, seg(T, "As you can see", "the flood stretch."), None),
                  ("a7", "INDIRECT", "m8", ("said", "Umoh said that"), "commercial motorists were avoiding the route due to the damage it often caused to their vehicles", None),
                  ("a8", "DIRECT", "m9", "According to", "if as a taxi driver you manage to work a whole day on that road, then you must end up in the mechanic workshop the following day.", None),
                  ("a9", "INDIRECT", "m10", "complained", "the state of the road was scaring away customers coming to buy cows from the cattle market in the Nassarawa community", None),
                  ("a10", "DIRECT", "m10", None, seg(T, "Honestly, the road", "its poor state."), None),
                  ("a11", "INDIRECT", "m11", ("said", "Ekong, said"), "many people had moved out of the area due to the bad road", None),
                  ("a12", "INDIRECT", "m11", "called on", "the state Ministry of Works to come to their aid", None),
                  ("a13", "DIRECT", "m12", ("said", "he said."), "I appeal to the government to come to our rescue by including the road in its urban roads rehabilitation programme,", None)])

# ---------------------------------------------------------------------------------------
doc("modernghana-kasoa-market",
    url="https://www.modernghana.com/sports/71883/stakeholders-in-kasoa-market-asked-to-help-move-to-new-site.html",
    outlet="Modern Ghana", country="Ghana", topic="local", cut=False,
    published="2005-02-13",
    text=(T := "Stakeholders in Kasoa market asked to help move to new site\n"
          "Kasoa (C/R) Feb. 13 GNA - The District Chief Executive for the Awutu-Effutu-Senya, Captain Steve Armah on Saturday appealed to chiefs and other stakeholders in the Kasoa New Market to help move the market peacefully from the old site to the new site on Tuesday. He said after that the assembly would meet with any individual or group of person that has any grievance or difference in connection with the new market to resolved them.\n"
          "Making the appeal in an interview with the Ghana News Agency at Kasoa, the DCE expressed regret that since the official inauguration of the new market in December traders have not moved into it because of misunderstanding among the stakeholders.\n"
          "He said that the assembly, at its emergency meeting at Winneba on Friday decided that traders should move to the new market immediately and that the coming on Tuesday, February 15, should take place at the new site.\n"
          "The DEC assured the traders not to entertain any fears at the new site following a threat by some people to cause trouble because the assembly had put adequate security measures in place to ensure peace and order.\n"
          "Captain Armah said that the continue stay by the traders at the old market was slowing down the speed of the construction of the Mallam-Kasoa-Winneba portion of the road.\n"
          "The multi-million cedis new market that was constructed by the district assembly with financial assistance from the Ghana Government and the World Bank was aimed, among other things, to relocate the old market that covers part of the main Accra-Cape Coast-Takoradi trunk road.\n"
          "Apart from vehicles spending more time to cross that portion of the road some traders were sometime knocked down by the vehicles, the DEC said."),
    entities=[("armah", "Steve Armah", "PERSON", ["Captain Steve Armah", "Captain Armah", "the DCE", "the DEC"], "District Chief Executive for the Awutu-Effutu-Senya"),
              ("people", "some people", "GROUP", [])],
    mentions=[("m1", "The District Chief Executive for the Awutu-Effutu-Senya, Captain Steve Armah", "armah"),
              ("m2", ("He", "He said after"), "armah"),
              ("m3", "the DCE", "armah"),
              ("m4", ("He", "He said that"), "armah"),
              ("m5", "The DEC", "armah"),
              ("m6", "some people", "people"),
              ("m7", "Captain Armah", "armah"),
              ("m8", "the DEC", "armah")],
    attributions=[("a1", "INDIRECT", None, "asked", "to help move to new site", None),
                  ("a2", "INDIRECT", "m1", "appealed to", "chiefs and other stakeholders in the Kasoa New Market to help move the market peacefully from the old site to the new site on Tuesday", None),
                  ("a3", "INDIRECT", "m2", ("said", "He said after"), "after that the assembly would meet with any individual or group of person that has any grievance or difference in connection with the new market to resolved them", None),
                  ("a4", "INDIRECT", "m3", "expressed regret", "since the official inauguration of the new market in December traders have not moved into it because of misunderstanding among the stakeholders", None),
                  ("a5", "INDIRECT", "m4", ("said", "He said that"), "the assembly, at its emergency meeting at Winneba on Friday decided that traders should move to the new market immediately and that the coming on Tuesday, February 15, should take place at the new site", None),
                  ("a6", "INDIRECT", "m5", "assured", "not to entertain any fears at the new site following a threat by some people to cause trouble because the assembly had put adequate security measures in place to ensure peace and order", None),
                  ("a7", "INDIRECT", "m6", "threat", "to cause trouble", "a6"),
                  ("a8", "INDIRECT", "m7", ("said", "Armah said"), "the continue stay by the traders at the old market was slowing down the speed of the construction of the Mallam-Kasoa-Winneba portion of the road", None),
                  ("a9", "INDIRECT", "m8", ("said", "the DEC said"), "Apart from vehicles spending more time to cross that portion of the road some traders were sometime knocked down by the vehicles", None)])

write("train_d.jsonl")
