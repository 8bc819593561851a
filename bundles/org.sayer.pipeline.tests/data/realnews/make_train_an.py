#!/usr/bin/env python3
"""Writes train_an.jsonl: real-news gold, split train-an (see gold.py). Run: python3 make_train_an.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
# The stored page has no headline; the text starts with its lead (the byline "Tania Dall /
# Eyewitness News" is removed). Single straight quotes are the primary marks. The text is cut
# at the last whole paragraph of the stored copy. The page gives no date (the 2015 in its address
# is not the 2011 verdict's), so none is recorded. "Jurors handed down guilty verdicts" and "was
# found guilty" are a court's actions: not annotated.
doc("wwltv-danziger-verdict-defense-attorneys-react",
    url="http://www.wwltv.com/story/local/2015/05/24/14396280/",
    outlet="WWL-TV", country="US", topic="courts-crime", cut=True,
    text=(T := "NEW ORLEANS -- After the Danziger verdict, emotional moments for the NOPD officers on trial and their families.\n"
          "'It's family. Family is going to be sad no matter what,' said defense attorney Frank DeSalvo.\n"
          "DeSalvo's client is Sgt. Kenneth Bowen, accused of shooting unarmed men and women on the bridge and covering up the incident. Jurors said he was guilty of both crimes.\n"
          "DeSalvo said Bowen will likely appeal.\n"
          "'My client is fine,' DeSalvo said. 'He's very optimistic. He's ready to continue the fight.'\n"
          "Defense attorney Paul Fleming said his client, Robert Faulcon, will fight Friday's verdict. Faulcon was also found guilty of shooting at civilians and taking part in the post-Katrina cover-up.\n"
          "'Obviously we're disappointed in the verdict, but we're not finished yet,' Fleming said.\n"
          "Had the jury been from outside New Orleans, Roger Kitchens, the defense attorney for Anthony Villavaso, believes the verdict would have changed.\n"
          "'I think if we tried the case somewhere else and had a jury that hadn't listened to all the pre-trial publicity going into today we would have a completely different outcome,' he said.\n"
          "Jurors handed down guilty verdicts to Villavaso, also found guilty of shooting at unarmed civilians and aiding in the police cover-up.\n"
          "Sgt. Robert Gisevius faced identical charges and was also found guilty.\n"
          "'I still believe that the circumstances and the facts that presented themselves during Katrina caused a whole litany of problems for the officers on the streets,' said Eric Hessler, Gisevius' attorney. 'I think it put them in bad position, and decisions were the results of that. It should never happen again.'\n"
          "With the trial finally over, Hessler is in agreement with prosecutors -- hopefully the Danziger trial will bring about change in the city.\n"
          "'I hope this trial and everything else shows that the city is better prepared and that this won't happen again,' Hessler said."),
    entities=[("desalvo", "Frank DeSalvo", "PERSON", ["DeSalvo", "defense attorney Frank DeSalvo"],
               "defense attorney for Sgt. Kenneth Bowen"),
              ("jurors", "Jurors", "GROUP", ["the jury"], "the Danziger trial jury"),
              ("fleming", "Paul Fleming", "PERSON", ["Fleming", "Defense attorney Paul Fleming"],
               "defense attorney for Robert Faulcon"),
              ("kitchens", "Roger Kitchens", "PERSON",
               ["Kitchens", "Roger Kitchens, the defense attorney for Anthony Villavaso"],
               "defense attorney for Anthony Villavaso"),
              ("hessler", "Eric Hessler", "PERSON", ["Hessler", "Eric Hessler, Gisevius' attorney"],
               "attorney for Sgt. Robert Gisevius")],
    mentions=[("m1", "defense attorney Frank DeSalvo", "desalvo"),
              ("m2", ("Jurors", "Jurors said"), "jurors"),
              ("m3", ("DeSalvo", "DeSalvo said Bowen"), "desalvo"),
              ("m4", ("DeSalvo", "DeSalvo said. 'He"), "desalvo"),
              ("m5", "Defense attorney Paul Fleming", "fleming"),
              ("m6", ("Fleming", "Fleming said."), "fleming"),
              ("m7", ("the jury", "Had the jury"), "jurors"),
              ("m8", "Roger Kitchens, the defense attorney for Anthony Villavaso", "kitchens"),
              ("m9", ("he", "he said.\nJurors"), "kitchens"),
              ("m10", ("Jurors", "Jurors handed"), "jurors"),
              ("m11", "Eric Hessler, Gisevius' attorney", "hessler"),
              ("m12", ("Hessler", "Hessler is in agreement"), "hessler"),
              ("m13", ("Hessler", "Hessler said."), "hessler")],
    attributions=[("a1", "DIRECT", "m1", ("said", "said defense attorney"),
                   "It's family. Family is going to be sad no matter what,", None),
                  # The participle "accused of" with no accuser named: null source, as the corpus
                  # annotates `was accused of …` and `activists, accused of …`.
                  ("a2", "INDIRECT", None, "accused",
                   "shooting unarmed men and women on the bridge and covering up the incident", None),
                  ("a3", "INDIRECT", "m2", ("said", "Jurors said"), "he was guilty of both crimes", None),
                  ("a4", "INDIRECT", "m3", ("said", "DeSalvo said Bowen"), "Bowen will likely appeal", None),
                  ("a5", "DIRECT", "m4", ("said", "DeSalvo said. 'He"), "My client is fine,", None),
                  ("a6", "DIRECT", "m4", None, "He's very optimistic. He's ready to continue the fight.", None),
                  ("a7", "INDIRECT", "m5", ("said", "Fleming said his"),
                   "his client, Robert Faulcon, will fight Friday's verdict", None),
                  ("a8", "DIRECT", "m6", ("said", "Fleming said."),
                   "Obviously we're disappointed in the verdict, but we're not finished yet,", None),
                  # The fronted condition belongs to the belief; the reporting clause inside the
                  # claim stays in it (FORMAT.md, Contiguity), as `the fault was, engineers said, in
                  # the cable`.
                  ("a9", "INDIRECT", "m8", "believes",
                   seg(T, "Had the jury been from outside", "verdict would have changed"), None),
                  ("a10", "DIRECT", "m9", ("said", "he said.\nJurors"),
                   seg(T, "I think if we tried the case", "completely different outcome,"), None),
                  ("a11", "DIRECT", "m11", ("said", "said Eric Hessler"),
                   seg(T, "I still believe that the circumstances", "officers on the streets,"), None),
                  ("a12", "DIRECT", "m11", None,
                   "I think it put them in bad position, and decisions were the results of that. It should never happen again.", None),
                  # "is in agreement with prosecutors -- X": a view of a named subject, as the
                  # journalist reports it (FORMAT.md, beliefs); the prosecutors are the
                  # complement of the cue and get no claim of their own.
                  ("a13", "INDIRECT", "m12", "in agreement",
                   "hopefully the Danziger trial will bring about change in the city", None),
                  ("a14", "DIRECT", "m13", ("said", "Hessler said."),
                   seg(T, "I hope this trial and everything", "won't happen again,"), None)])

# ---------------------------------------------------------------------------------------
# The stored page has no headline; the text starts with its lead. It is the whole stored copy.
# "amid concern over groundwater contamination" is an attitude noun in an adjunct with no holder,
# like `on news that …`: not annotated.
doc("startribune-scott-county-jordan-gravel-pit-groundwater",
    url="https://www.startribune.com/article/241370651",
    outlet="Star Tribune", country="US", topic="environment", cut=False,
    text=(T := "Opponents may succeed in blocking plans for a proposed mining operation on the edge of Jordan after a yearslong battle.\n"
          "The Scott County Board on Tuesday put a hold on the project amid concern over groundwater contamination, and county staffers wondered aloud whether the measures required to prevent pollution would be too expensive to be feasible.\n"
          "\"Anything's possible,\" environmental health manager Al Frechette said, but the two sides haven't been able to agree on a plan to monitor and mitigate that is both \"economically feasible to fund\" and acceptable to state and county officials.\n"
          "The proposed gravel pit, lying on a flood plain and near several wells, would be rare if not unheard of in Minnesota. It isn't far from the flood-prone Sand Creek and the Minnesota River.\n"
          "If polluted floodwater were to flow into the pit, it could seep into the groundwater.\n"
          "\"I am definitely concerned about groundwater contamination,\" County Commissioner Dave Menden said. Government agencies \"spend millions preventing pollution, and this is so close to the aquifer. There's a lot of answers here that I don't have. No way do we want to think of getting close to polluting water we're trying to clear up.\"\n"
          "County, city and township officials have been expressing concern about the project for at least three years. Some were asking for intensive environmental studies at least as early as January 2011.\n"
          "The developer, Steve Hentges, could not be reached for comment."),
    entities=[("staffers", "county staffers", "GROUP", [], "Scott County staff"),
              ("frechette", "Al Frechette", "PERSON", ["Frechette", "environmental health manager Al Frechette"],
               "Scott County environmental health manager"),
              ("menden", "Dave Menden", "PERSON", ["Menden", "County Commissioner Dave Menden"],
               "Scott County commissioner"),
              ("officials", "County, city and township officials", "GROUP", [],
               "local officials concerned about the gravel pit"),
              ("some", "Some", "GROUP", [], "some of the county, city and township officials")],
    mentions=[("m1", "county staffers", "staffers"),
              ("m2", "environmental health manager Al Frechette", "frechette"),
              ("m3", "County Commissioner Dave Menden", "menden"),
              ("m4", "County, city and township officials", "officials"),
              ("m5", ("Some", "Some were asking"), "some")],
    attributions=[("a1", "INDIRECT", "m1", "wondered aloud",
                   "whether the measures required to prevent pollution would be too expensive to be feasible", None),
                  ("a2", "DIRECT", "m2", ("said", "Frechette said"), "Anything's possible,", None),
                  # The clause after "said, but" has no cue of its own and carries quoted words: it
                  # continues Frechette's report (MIXED, null cue); the connective "but" is left out.
                  ("a3", "MIXED", "m2", None,
                   seg(T, "the two sides haven't been able", "acceptable to state and county officials"), None),
                  ("a4", "DIRECT", "m3", ("said", "Menden said"),
                   "I am definitely concerned about groundwater contamination,", None),
                  # An unquoted subject before a quotation with no reporting clause: the sentence
                  # continues Menden (MIXED, null cue); the closing mark stays in the content.
                  ("a5", "MIXED", "m3", None,
                   seg(T, "Government agencies \"spend millions", "we're trying to clear up.\""), None),
                  ("a6", "INDIRECT", "m4", "expressing concern about", ("the project", "about the project"), None),
                  ("a7", "INDIRECT", "m5", "asking for", "intensive environmental studies", None)])

# ---------------------------------------------------------------------------------------
# The text is cut at the last whole paragraph of the stored copy (a quotation of the volunteer
# nurse follows, cut off mid-sentence). "claimed third place on the line" is an action, not a claim.
doc("tcpalm-indian-river-swine-flu-vaccine-clinic-children",
    url="http://www.tcpalm.com/news/indian-rivers-first-swine-flu-vaccine-clinic",
    outlet="TCPalm", country="US", topic="health-science", cut=True,
    text=(T := "Indian River's first swine flu vaccine clinic targets children\n"
          "INDIAN RIVER COUNTY — Parents started lining up at the Indian River County Health Department office by 2 p.m. on Tuesday for the first public H1N1 vaccine distribution for children.\n"
          "The distribution started at 5:30 p.m. and by 6 p.m., 227 of the 500 available doses of the vaccine were distributed, according to health department administrator Miranda Swanson.\n"
          "Elisa Flores of Vero Beach arrived about 2:45 p.m. and claimed third place on the line. Flores brought 6-year-old Hannah and 3-year-old Nathan for their swine flu shot.\n"
          "“I wanted them to have the vaccine for safety,” said Flores, who said that her doctor recommended the shot for both children. “I’ve heard a lot on the news about the swine flu and I wanted to make sure they were protected.”\n"
          "Tuesday’s distribution was the first of three this week in Vero Beach for children from 6 months through high school age, who are considered a high -risk group for the H1N1 virus. Swanson said that a mass vaccination clinic for other high-risk target groups will take place on Nov. 14 at the Indian River County Fairgrounds.\n"
          "“The vaccines were parceled out by the state based on population,” said Swanson. “We didn’t get as much vaccine as we expected, but all together, we received 7,000 doses.”\n"
          "Indian River County received its first shipment of H1N1 influenza vaccine on Oct. 8, and started initial distribution to pediatricians and obstetricians for their patients at high risk of complications from the H1N1 virus. Swanson said that because of production delays from suppliers, it took the health department time to accumulate enough vaccine to sponsor the public clinics.\n"
          "“We did them as soon as we had enough vaccine available,” said Swanson.\n"
          "Retired nurse Eileen Faust, a volunteer for the Health Department clinic, was busy fielding questions from anxious parents about potential side effects of the vaccination."),
    entities=[("parents", "Parents", "GROUP", ["anxious parents"], "parents bringing children to the clinic"),
              ("swanson", "Miranda Swanson", "PERSON", ["Swanson", "health department administrator Miranda Swanson"],
               "Indian River County Health Department administrator"),
              ("flores", "Elisa Flores", "PERSON", ["Flores", "Elisa Flores of Vero Beach"], "Vero Beach parent"),
              ("doctor", "her doctor", "PERSON", [], "Elisa Flores's doctor")],
    mentions=[("m1", ("Parents", "Parents started"), "parents"),
              ("m2", "health department administrator Miranda Swanson", "swanson"),
              ("m3", "Elisa Flores", "flores"),
              ("m4", ("Flores", "Flores brought"), "flores"),
              ("m5", ("Flores", "said Flores"), "flores"),
              ("m6", "her doctor", "doctor"),
              ("m7", ("Swanson", "Swanson said that a mass"), "swanson"),
              ("m8", ("Swanson", "said Swanson. “We didn"), "swanson"),
              ("m9", ("Swanson", "Swanson said that because"), "swanson"),
              ("m10", ("Swanson", "said Swanson.\nRetired"), "swanson"),
              ("m11", "anxious parents", "parents")],
    attributions=[("a1", "INDIRECT", "m2", "according to",
                   seg(T, "The distribution started at 5:30", "of the vaccine were distributed"), None),
                  ("a2", "DIRECT", "m5", ("said", "said Flores"), "I wanted them to have the vaccine for safety,", None),
                  # The cue sits in a relative clause: the source is its antecedent, "Flores".
                  ("a3", "INDIRECT", "m5", ("said", "who said"), "her doctor recommended the shot for both children", None),
                  ("a4", "INDIRECT", "m6", "recommended", "the shot for both children", "a3"),
                  ("a5", "DIRECT", "m5", None,
                   "I’ve heard a lot on the news about the swine flu and I wanted to make sure they were protected.", None),
                  # An agentless passive belief, as `was expected to` (null source); the raised subject
                  # "who" (the children) is left outside.
                  ("a6", "INDIRECT", None, "considered", "a high -risk group for the H1N1 virus", None),
                  ("a7", "INDIRECT", "m7", ("said", "Swanson said that a mass"),
                   seg(T, "a mass vaccination clinic", "Indian River County Fairgrounds"), None),
                  ("a8", "DIRECT", "m8", ("said", "said Swanson. “We didn"),
                   "The vaccines were parceled out by the state based on population,", None),
                  ("a9", "DIRECT", "m8", None,
                   "We didn’t get as much vaccine as we expected, but all together, we received 7,000 doses.", None),
                  ("a10", "INDIRECT", "m9", ("said", "Swanson said that because"),
                   seg(T, "because of production delays", "sponsor the public clinics"), None),
                  ("a11", "DIRECT", "m10", ("said", "said Swanson.\nRetired"),
                   "We did them as soon as we had enough vaccine available,", None),
                  # A question reported of named askers, as a noun cue (`questions … about X` → X);
                  # the nurse who fields them is the addressee.
                  ("a12", "INDIRECT", "m11", "questions", "potential side effects of the vaccination", None)])

# ---------------------------------------------------------------------------------------
# "Skip to content" is removed. The page prints "Update:" as a label line before the lead and
# "Original information:" before an older version of the story that the stored copy cuts off; the
# text is cut before that older version. A trailing double space after one paragraph is dropped.
# The standfirst has no subject of its own: its wish is the headline's speaker's (source m1).
# "This includes …" and the statistics paragraphs have no cue: not claims.
doc("elliotlaketoday-williams-hot-spots-modified-stage-2",
    url="https://www.elliotlaketoday.com/local-news/live-chief-medical-officer-of-health-to-provide-covid-19-update-2780315",
    outlet="ElliotLakeToday", country="Canada", topic="health-science", cut=True,
    text=(T := "WATCH: Medical Officer of Health recommends hot spots move to modified Stage 2 level\n"
          "Wants to see the closure of fitness facilities, gaming establishments, and stop indoor dining at restaurants in Toronto, Ottawa and Peel\n"
          "Update:\n"
          "Today, Dr. David Williams, Ontario’s chief medical officer of health, has made recommendations that over the next 28 days, the Toronto, Ottawa and Peel Regions step down to a modified Stage 2 level.\n"
          "This includes continuing to limit indoor and outdoor public gatherings, no indoor dining permitted in restaurants, the closure of gyms and fitness facilities, and closing casinos and gaming establishments.\n"
          "He said that had the public adhered to public health recommendations (physical distancing, wearing masks in public, etc.), additional public health measures would not have been necessary.\n"
          "Adalsteinn Brown, dean of the Dalla Lana School of Public Health at the University of Toronto, said that Ontario's positive test rate is currently over 2 per cent, and the curve continues to increase in steepness as confirmed case numbers are higher than previously projected.\n"
          "The province has also seen a 249 per cent growth rate in hospitalizations over the last three weeks.\n"
          "These statistics are not universally spread throughout the province. These steep indicators are most apparent in Ontario's hot spots.\n"
          "\"At this point of growth in the epidemic curve, there is not the opportunity to either test more or contact trace more as a way to suppress or control the epidemic at this point,\" Brown said. \"It really requires public health interventions to break that chain of transmission, and allow the numbers to come back down where case and contact tracing, and testing become very critical.\"\n"
          "He said that while children can transmit the virus very easily, schools don't appear to be the source of many current outbreaks. Schools will remain open."),
    entities=[("williams", "Dr. David Williams", "PERSON",
               ["David Williams", "Williams", "Medical Officer of Health", "Ontario’s chief medical officer of health",
                "Dr. David Williams, Ontario’s chief medical officer of health"],
               "Ontario's Chief Medical Officer of Health"),
              ("brown", "Adalsteinn Brown", "PERSON",
               ["Brown", "Adalsteinn Brown, dean of the Dalla Lana School of Public Health at the University of Toronto"],
               "dean of the Dalla Lana School of Public Health, University of Toronto")],
    mentions=[("m1", ("Medical Officer of Health", "WATCH: Medical"), "williams"),
              ("m2", "Dr. David Williams, Ontario’s chief medical officer of health", "williams"),
              ("m3", ("He", "He said that had"), "williams"),
              ("m4", "Adalsteinn Brown, dean of the Dalla Lana School of Public Health at the University of Toronto", "brown"),
              ("m5", ("Brown", "Brown said."), "brown"),
              ("m6", ("He", "He said that while"), "brown")],
    attributions=[("a1", "INDIRECT", "m1", "recommends", "hot spots move to modified Stage 2 level", None),
                  ("a2", "INDIRECT", "m1", "Wants",
                   seg(T, "to see the closure", "Toronto, Ottawa and Peel\n").rstrip("\n"), None),
                  # "made recommendations" keeps its fixed object, as "voiced the hope".
                  ("a3", "INDIRECT", "m2", "made recommendations",
                   "over the next 28 days, the Toronto, Ottawa and Peel Regions step down to a modified Stage 2 level", None),
                  ("a4", "INDIRECT", "m3", ("said", "He said that had"),
                   seg(T, "had the public adhered", "would not have been necessary"), None),
                  # "previously projected" is a participle with no finite reporting verb: not split off.
                  ("a5", "INDIRECT", "m4", ("said", "Toronto, said"),
                   seg(T, "Ontario's positive test rate", "higher than previously projected"), None),
                  ("a6", "DIRECT", "m5", ("said", "Brown said."),
                   seg(T, "At this point of growth", "the epidemic at this point,"), None),
                  ("a7", "DIRECT", "m5", None, seg(T, "It really requires public health", "become very critical."), None),
                  ("a8", "INDIRECT", "m6", ("said", "He said that while"),
                   "while children can transmit the virus very easily, schools don't appear to be the source of many current outbreaks", None)])

# ---------------------------------------------------------------------------------------
# Navigation ("Play Live Radio", "Available On Air Stations"), the programme blurb and the photo
# caption with its credit (printed twice) are removed. The text is cut at the last whole
# paragraph of the stored copy (the next one is cut off mid-word). The date is the one in the
# page's address.
# "As we reported earlier" is the station's own narration (the author's voice, not a reported
# speaker): not annotated. "There have been no reports of deaths or injuries" reports that
# nothing was claimed: not annotated.
doc("wamc-vermont-officials-flood-damage-update",
    url="https://www.wamc.org/news/2023-12-19/vermont-officials-provide-an-update-on-flood-damage",
    outlet="WAMC Northeast Public Radio", country="US", topic="environment", cut=True, published="2023-12-19",
    text=(T := "Vermont officials provide an update on flood damage\n"
          "As we reported earlier, Vermont officials were on the ground as floodwaters rose on Monday. Tuesday afternoon, as a clearer picture emerged of flooding impacts across the state, Governor Phil Scott and administration officials provided an update on flood damage across the state.\n"
          "Governor Phil Scott said Tuesday afternoon that waters have been receding across the state and teams are beginning to assess damages.\n"
          "“Seeing homes and businesses surrounded by water once again has been heartbreaking,” reflected Scott. “I feel for those who are just getting back on their feet after this summer’s flooding and are now dealing with water in their homes and businesses again. This storm also highlights the importance of the work we began after this summer’s flooding. We simply cannot rebuild the same way in the exact same places as we have. Because as we’ve said events like this will become more frequent, which is why the resiliency mitigation work will be so important.”\n"
          "Field crews report that some rivers are still at flood stage. Most have extremely strong currents and are carrying debris and pollutants. There have been no reports of deaths or injuries directly related to the flooding. Monday and overnight swift water teams completed 12 rescues, three people from a home and nine from vehicles caught in floodwaters."),
    entities=[("officials", "Vermont officials", "GROUP",
               ["Governor Phil Scott and administration officials"], "Vermont state officials"),
              ("scott", "Phil Scott", "PERSON", ["Scott", "Governor Phil Scott"], "Governor of Vermont"),
              ("crews", "Field crews", "GROUP", [], "state field crews")],
    mentions=[("m1", ("Vermont officials", "Vermont officials provide"), "officials"),
              ("m2", ("Vermont officials", "Vermont officials were"), "officials"),
              # A coordinated subject is one GROUP (FORMAT.md, Groups).
              ("m3", "Governor Phil Scott and administration officials", "officials"),
              ("m4", ("Governor Phil Scott", "Governor Phil Scott said"), "scott"),
              ("m5", ("Scott", "reflected Scott"), "scott"),
              ("m6", ("we", "as we’ve said"), "officials"),
              ("m7", "Field crews", "crews")],
    attributions=[# "provide an update on X" → X, as `an update on whether …` → `whether …`.
                  ("a1", "INDIRECT", "m1", ("provide an update", "officials provide an update"), ("flood damage", "update on flood damage\n"), None),
                  ("a2", "INDIRECT", "m3", "provided an update", ("flood damage across the state", "update on flood damage across"), None),
                  ("a3", "INDIRECT", "m4", ("said", "Scott said"),
                   "waters have been receding across the state and teams are beginning to assess damages", None),
                  ("a4", "DIRECT", "m5", "reflected",
                   "Seeing homes and businesses surrounded by water once again has been heartbreaking,", None),
                  ("a5", "DIRECT", "m5", None,
                   seg(T, "I feel for those who are just", "will be so important."), None),
                  # Speech nested inside the quotation: the administration's earlier statement.
                  ("a6", "INDIRECT", "m6", ("said", "we’ve said"), "events like this will become more frequent", "a5"),
                  ("a7", "INDIRECT", "m7", ("report", "crews report"), "some rivers are still at flood stage", None)])

# ---------------------------------------------------------------------------------------
# The stored page has no headline; the text starts with its lead. The text is cut at the last
# whole paragraph of the stored copy. "responded with a statement … to …" gives no content of the
# response: not annotated; "Reportedly" is a hedge.
# Documents: "Red Pheasant Cree Nation’s concerns" names its author (a mention of the Nation);
# "The release" and "the statement" name none in their sentences and are their own entities.
doc("cjnb-rcmp-respond-red-pheasant-concerns-homicide",
    url="https://cjnb.ca/2022/03/11/rcmp-respond-to-red-pheasants-concerns-in-homicide-investigation",
    outlet="CJNB", country="Canada", topic="courts-crime", cut=True, published="2022-03-11",
    text=(T := "The Saskatchewan RCMP responded with a statement Friday to Red Pheasant Cree Nation’s concerns that allege the RCMP acted too late, related to the discovery of a suspected homicide earlier in the week.\n"
          "Chief Clint Wuttunee and Red Pheasant Council said in a statement distributed by the Federation of Sovereign Indigenous Nations (FSIN) March 9 they are “saddened by the tragic loss of a young man from our community,” also noting the trauma to the family and community. The release went on to say that “proactive involvement by RCMP could have prevented this unnecessary death,” and that despite previous pleas for earlier involvement to assist in relation to gang and drug violence, “the RCMP become involved when it is too late.”\n"
          "Major Crimes Unit began investigating the death of a deceased 21-year-old male this week after his body was found on a roadway in the Cree Nation on Sunday. Reportedly there was an argument at a residence where the man had then left after being fatally injured. The incident is still under investigation and an increased police presence in the community continues.\n"
          "Red Pheasant council also took issue with the victim’s body being visible for several hours, which they said traumatized many children and families unnecessarily. They added that this wouldn’t have occurred off-reserve.\n"
          "The Saskatchewan RCMP said in a statement March 11 their priority is “the safety and security” of communities and people they serve.\n"
          "Police said they are committed to continuing to work with communities and provide “the most efficient and effective policing services possible,” being responsive to Saskatchewan communities’ needs.\n"
          "“Our service approach is based on consultation with communities. North Battleford Detachment is using a flexible, community-led model to engage with communities,” the statement said."),
    entities=[("rcmp", "The Saskatchewan RCMP", "ORGANIZATION", ["Saskatchewan RCMP", "RCMP", "Police"],
               "Royal Canadian Mounted Police in Saskatchewan"),
              ("nation", "Red Pheasant Cree Nation", "ORGANIZATION", ["Red Pheasant Cree Nation’s concerns"],
               "First Nation in Saskatchewan"),
              ("council", "Chief Clint Wuttunee and Red Pheasant Council", "GROUP",
               ["Red Pheasant council", "Red Pheasant Council", "Clint Wuttunee", "Wuttunee"],
               "chief and council of Red Pheasant Cree Nation"),
              ("release", "The release", "ORGANIZATION", [], "the chief and council's news release"),
              ("statement", "the statement", "ORGANIZATION", [], "the RCMP's March 11 statement")],
    mentions=[("m1", ("The Saskatchewan RCMP", "The Saskatchewan RCMP responded"), "rcmp"),
              ("m2", "Red Pheasant Cree Nation’s concerns", "nation"),
              ("m3", ("the RCMP", "the RCMP acted"), "rcmp"),
              ("m4", "Chief Clint Wuttunee and Red Pheasant Council", "council"),
              ("m5", "The release", "release"),
              ("m6", ("RCMP", "by RCMP could"), "rcmp"),
              ("m7", ("the RCMP", "the RCMP become"), "rcmp"),
              ("m8", "Red Pheasant council", "council"),
              ("m9", ("they", "they said traumatized"), "council"),
              ("m10", ("They", "They added"), "council"),
              ("m11", ("The Saskatchewan RCMP", "The Saskatchewan RCMP said"), "rcmp"),
              ("m12", ("Police", "Police said"), "rcmp"),
              ("m13", ("the statement", "the statement said"), "statement")],
    attributions=[# The cue sits in a relative clause: the source is its antecedent, the concerns,
                  # a mention of their author.
                  ("a1", "INDIRECT", "m2", "allege", "the RCMP acted too late", None),
                  ("a2", "MIXED", "m4", ("said", "Council said"),
                   "they are “saddened by the tragic loss of a young man from our community,”", None),
                  ("a3", "INDIRECT", "m4", "noting", "the trauma to the family and community", None),
                  # Two that-clauses under one reporting verb: one claim.
                  ("a4", "MIXED", "m5", "went on to say",
                   seg(T, "“proactive involvement by RCMP", "when it is too late.”"), None),
                  # A noun cue with no claimant named: null source.
                  ("a5", "INDIRECT", None, "pleas",
                   "earlier involvement to assist in relation to gang and drug violence", "a4"),
                  ("a6", "INDIRECT", "m8", "took issue with", "the victim’s body being visible for several hours", None),
                  # The relative pronoun is the subject of the reported clause; the content starts
                  # after it, as the antecedent of `parents, who said …` is left outside.
                  ("a7", "INDIRECT", "m9", ("said", "they said traumatized"),
                   "traumatized many children and families unnecessarily", None),
                  ("a8", "INDIRECT", "m10", "added", "this wouldn’t have occurred off-reserve", None),
                  ("a9", "MIXED", "m11", ("said", "RCMP said in"),
                   "their priority is “the safety and security” of communities and people they serve", None),
                  ("a10", "MIXED", "m12", ("said", "Police said"),
                   seg(T, "they are committed to continuing", "Saskatchewan communities’ needs"), None),
                  ("a11", "DIRECT", "m13", ("said", "the statement said"),
                   seg(T, "Our service approach", "to engage with communities,"), None)])

# ---------------------------------------------------------------------------------------
# "top of page" and the image caption "Amherstburg town logo." are removed; the line after the
# caption summarises the story and is kept as a standfirst. The text is cut at the last whole
# paragraph of the stored copy (the next one is cut off mid-word).
# "over foul language allegation": a noun cue whose content is its modifier (`allegations of X` →
# X), with no claimant: null source. "an integrity commissioner’s report into a complaint" gives
# no content of the report. "The video surveillance recording shows …" inside the report's
# quotation is an evidential: not split off. "the report" names no author in its sentence and is
# its own entity; "The investigation from Principles Integrity" names its author.
doc("rivertowntimes-amherstburg-committee-member-resigns-foul-language",
    url="https://www.rivertowntimes.com/post/resident-resigns-from-town-committee-over-foul-language-allegation",
    outlet="River Town Times", country="Canada", topic="local", cut=True,
    text=(T := "Resident resigns from town committee over foul language allegation\n"
          "Town council discussed controversy investigation as resident resigns from town's licensing committee.\n"
          "A member of the town’s licensing committee has resigned amid controversy of an integrity commissioner’s report into a complaint over language the member allegedly used in relation to town staff.\n"
          "The investigation from Principles Integrity came before town council last Monday night and states that the person started sharing concerns about municipal operations to town staff at a public open house Oct. 9, 2025. The person was accused of becoming agitated with town staff and eventually “began using inappropriate and derogatory language” towards the CAO, at one point the claim being he called her a “f***ing b**ch.”\n"
          "“The video surveillance recording shows that the respondent was at points agitated, waving his arms around as he interacted with the staff member,” the report states.\n"
          "The report added that the respondent later left a voicemail for one staff member he spoke to and apologized “if I took it too far” but “he has never reached out to the CAO to retract his expletive name-calling.”\n"
          "While if the person was a regular member of the public, the incident “may have been written off as an unfortunate event in the day of Town staff” but as a committee member, there are higher standards to follow.\n"
          "“If the respondent had simply been a member of the public and came up in the matter that he did, there would be no ability or application of the Code of Conduct,” Atwood told town council.\n"
          "Janice Atwood from Principles Integrity noted that even with the Code of Conduct, there is a “basic decency” to treat people with respect.\n"
          "Mayor Michael Prue read a brief letter of resignation from the individual prior to Atwood speaking, with Atwood learning of the resignation at that moment."),
    entities=[("member", "A member of the town’s licensing committee", "PERSON",
               ["Resident", "the person", "the respondent", "the member", "the individual"],
               "resident who resigned from Amherstburg's licensing committee"),
              ("council", "Town council", "ORGANIZATION", [], "Amherstburg town council"),
              ("principles", "Principles Integrity", "ORGANIZATION", ["The investigation from Principles Integrity"],
               "Amherstburg's integrity commissioner"),
              ("report", "the report", "ORGANIZATION", [], "the integrity commissioner's report"),
              ("atwood", "Janice Atwood", "PERSON", ["Atwood", "Janice Atwood from Principles Integrity"],
               "of Principles Integrity, integrity commissioner")],
    mentions=[("m1", "Resident", "member"),
              ("m2", "Town council", "council"),
              ("m3", ("resident", "as resident resigns"), "member"),
              ("m4", "A member of the town’s licensing committee", "member"),
              ("m5", "the member", "member"),
              ("m6", "The investigation from Principles Integrity", "principles"),
              ("m7", ("town council", "before town council"), "council"),
              ("m8", ("the person", "the person started"), "member"),
              ("m9", ("The person", "The person was accused"), "member"),
              ("m10", ("he", "he called her"), "member"),
              ("m11", ("the respondent", "the respondent was at points"), "member"),
              ("m12", ("the report", "the report states"), "report"),
              ("m13", ("The report", "The report added"), "report"),
              ("m14", ("the respondent", "the respondent later"), "member"),
              ("m15", ("the person", "if the person was"), "member"),
              ("m16", ("the respondent", "If the respondent had"), "member"),
              ("m17", ("Atwood", "Atwood told"), "atwood"),
              ("m18", ("town council", "told town council"), "council"),
              ("m19", "Janice Atwood from Principles Integrity", "atwood"),
              ("m20", "the individual", "member"),
              ("m21", ("Atwood", "Atwood speaking"), "atwood"),
              ("m22", ("Atwood", "Atwood learning"), "atwood")],
    attributions=[("a1", "INDIRECT", None, "allegation", ("foul language", "over foul language"), None),
                  # `debated the best way …` is annotated in the corpus; "discussed" with its topic likewise.
                  ("a2", "INDIRECT", "m2", "discussed", "controversy investigation", None),
                  ("a3", "INDIRECT", None, "complaint",
                   "language the member allegedly used in relation to town staff", None),
                  ("a4", "INDIRECT", "m6", ("states", "and states that"),
                   seg(T, "the person started sharing", "open house Oct. 9, 2025"), None),
                  ("a5", "INDIRECT", "m8", "sharing concerns about", "municipal operations", "a4"),
                  ("a6", "MIXED", None, ("accused", "was accused"),
                   seg(T, "becoming agitated with town staff", "towards the CAO"), None),
                  ("a7", "MIXED", None, ("claim", "the claim being"), "he called her a “f***ing b**ch.”", None),
                  # `labelled X Y`: the content covers both the addressee and the name.
                  ("a8", "MIXED", "m10", ("called", "he called her"), "her a “f***ing b**ch.”", "a7"),
                  ("a9", "DIRECT", "m12", ("states", "the report states"),
                   seg(T, "The video surveillance recording", "interacted with the staff member,"), None),
                  ("a10", "MIXED", "m13", "added",
                   seg(T, "the respondent later left", "expletive name-calling.”"), None),
                  # The apology is quoted whole: DIRECT, nested in the report's claim.
                  ("a11", "DIRECT", "m14", "apologized", "if I took it too far", "a10"),
                  # A sentence with quoted words and reported tense and no cue continues the report
                  # (MIXED, null cue).
                  ("a12", "MIXED", "m13", None,
                   seg(T, "While if the person was a regular", "higher standards to follow"), None),
                  ("a13", "DIRECT", "m17", ("told", "Atwood told"),
                   seg(T, "If the respondent had simply", "application of the Code of Conduct,"), None),
                  ("a14", "MIXED", "m19", ("noted", "Integrity noted"),
                   "even with the Code of Conduct, there is a “basic decency” to treat people with respect", None)])

write("train_an.jsonl")
