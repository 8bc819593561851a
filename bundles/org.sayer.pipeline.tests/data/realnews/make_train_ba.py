#!/usr/bin/env python3
"""Writes train_ba.jsonl: real-news gold, split train-ba (see gold.py). Run: python3 make_train_ba.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
# The stored page has no headline: the text starts with its lead (a leading "date" stamp is
# removed). It is cut at the last whole paragraph of the stored copy (the next one, "A combined
# team of police officers ...", breaks off mid-sentence).
# "has ordered an immediate investigation" and "awaits the findings" are actions, not reports.
# The source of a3 is "senior superintendent of the Southern Division Richard Smith" without its
# relative clause ("who spoke to the media ..."), and "spoke to the media" has no content.
# Inside Smith's quotation, "We have given warnings to people not to come ..." is an earlier
# speech act of the police ("We"), nested as in `"We just spoke about ..."` (make_train_ak.py);
# the addressee "people" is left out and the fixed object stays in the cue ("given warnings",
# like "voiced the hope"). "I am pleading again ..." is the speaker's own act in his own
# quotation and is not split off.
doc("trinidadexpress-suspect-shot-dead-police-foil-robbery",
    url="https://trinidadexpress.com/news/local/suspect-shot-dead-as-police-foil-robbery/article_ff4a147a-b4a6-11ed-a268-7f33393a8a6d.html",
    outlet="Trinidad Express", country="Trinidad and Tobago", topic="courts-crime", cut=True, published="2023-02-25",
    text=(T := "Police Commissioner Erla Christopher has ordered an immediate investigation into the killing of an alleged bandit by police and awaits the findings of the investigative team.\n"
          "In a release yesterday, Christopher said she and the Executive of the Trinidad and Tobago Police Service are aware of a video currently circulating on social media that shows an alleged fatal police shooting.\n"
          "The suspected criminal was fatally shot by police officers, and two others were arrested following a confrontation with police in Princes Town yesterday.\n"
          "Police said the man who died has not yet been identified, but of the two detained one is a Special Reserve Police (SRP) officer.\n"
          "The SRP and the other detained man suffered injuries and were taken to the San Fernando General Hospital under police guard.\n"
          "The SRP was the driver of the vehicle in which the two other suspected criminals were carrying loaded firearms, said senior superintendent of the Southern Division Richard Smith who spoke to the media at the crime scene in Cleghorn Village yesterday.\n"
          "Smith said the SRP is attached to a unit in a Police Division in North Trinidad, and resides in West Trinidad.\n"
          "“This is what happens when people are intent on committing crimes or leading a life of crime. We have given warnings to people not to come into the southern police division to commit crimes but if they insist, this is the result. I am pleading again with persons who are intent on committing crimes, please stay away from the southern police division,” he said.\n"
          "He told media that information was received early yesterday morning of an armed robbery planned at a wholesale business place in Cleghorn Village in Princes Town."),
    entities=[("christopher", "Erla Christopher", "PERSON", ["Christopher", "Police Commissioner Erla Christopher"],
               "Commissioner of Police, Trinidad and Tobago"),
              ("police", "Police", "ORGANIZATION", ["the police"], "Trinidad and Tobago Police Service"),
              ("smith", "Richard Smith", "PERSON",
               ["Smith", "senior superintendent of the Southern Division Richard Smith"],
               "senior superintendent of the Southern Division")],
    mentions=[("m1", "Police Commissioner Erla Christopher", "christopher"),
              ("m2", ("police", "by police and awaits"), "police"),
              ("m3", ("Christopher", "Christopher said"), "christopher"),
              ("m4", ("police", "with police in Princes"), "police"),
              ("m5", ("Police", "Police said the man"), "police"),
              ("m6", "senior superintendent of the Southern Division Richard Smith", "smith"),
              ("m7", ("Smith", "Smith said the SRP"), "smith"),
              ("m8", ("We", "We have given"), "police"),
              ("m9", ("he", "division,” he said"), "smith"),
              ("m10", ("He", "He told media"), "smith")],
    attributions=[("a1", "INDIRECT", "m3", ("said", "Christopher said"),
                   seg(T, "she and the Executive of the Trinidad", "alleged fatal police shooting"), None),
                  ("a2", "INDIRECT", "m5", ("said", "Police said the man"),
                   "the man who died has not yet been identified, but of the two detained one is a Special Reserve Police (SRP) officer", None),
                  ("a3", "INDIRECT", "m6", ("said", "firearms, said"),
                   "The SRP was the driver of the vehicle in which the two other suspected criminals were carrying loaded firearms", None),
                  ("a4", "INDIRECT", "m7", ("said", "Smith said the SRP"),
                   "the SRP is attached to a unit in a Police Division in North Trinidad, and resides in West Trinidad", None),
                  ("a5", "DIRECT", "m9", ("said", "division,” he said"),
                   seg(T, "This is what happens when", "from the southern police division,"), None),
                  ("a6", "INDIRECT", "m8", "given warnings",
                   "not to come into the southern police division to commit crimes", "a5"),
                  ("a7", "INDIRECT", "m10", "told",
                   seg(T, "information was received early", "Cleghorn Village in Princes Town"), None)])

# ---------------------------------------------------------------------------------------
# The stored page prints the headline twice (kept once) between "Posted on" and "Social Share"
# lines (removed). It is cut at the last whole paragraph of the stored copy: the next quotation
# ("I was happy as the DCP indicated ...") breaks off mid-word.
# The headline's "issue warning to criminals" has an addressee and no content: not annotated.
# In a1, "as the country gets ready to lift the state of emergency ..." is taken as part of the
# warning (when the agencies will act), not as an adjunct of the warning event; the addressee
# "criminals" is left out. "speaking at a news conference on Saturday night" and "flanked by
# senior officials ..." are adjuncts, outside source and content. The paragraph-long quotation
# after "Hinds said ..." has no reporting clause and continues Hinds (null cue). Inside it, "As
# the Prime Minister said . . . the government has no interest ..." is Rowley's claim, nested.
doc("nationnews-trinidad-officials-warning-criminals-soe",
    url="https://www.nationnews.com/2021/11/09/trindad-officials-issue-warning-criminals/",
    outlet="Nation News", country="Barbados", topic="politics", cut=True, published="2021-11-09",
    text=(T := "Trinidad officials issue warning to criminals\n"
          "Port of Spain – National Security Minister Fitzgerald Hinds Monday warned criminals that the law enforcement agencies will do everything possible to preserve law and order in Trinidad and Tobago as the country gets ready to lift the state of emergency (SOE) that is part of the measures to curb the spread of the coronavirus (COVID-19) pandemic.\n"
          "Prime Minister Dr Keith Rowley, speaking at a news conference on Saturday night, said that his administration had no intention of seeking a further extension of the SOE when it expires on November 30.\n"
          "“As of now I don’t have any intention of asking the Parliament to extend it,” Rowley said of the SOE, which came into effect on May 15 was first extended to August 29 and then for a further three months. Among the measures included a curfew that restricted movement mainly at nights from 10 p.m. to 5 a.m.\n"
          "Hinds, flanked by senior officials of the Trinidad and Tobago Police Service (TTPS), told a news conference that he had earlier met with the Deputy Commissioner of Police McDonald Jacob, acting Deputy Commissioner of Police (DCP) Administration Joanne Archie and other stakeholders to discuss national security matters.\n"
          "Hinds said he was encouraged by the discussions and that he would be conveying the TTPS readiness to the Cabinet.\n"
          "“As the Prime Minister said . . . the government has no interest in extending the SOE arrangement. With the opening up of society, without the curfew and restrictions . . . [there is] an anticipation that those who are criminally minded are most certainly waiting to exhale.”"),
    entities=[("hinds", "Fitzgerald Hinds", "PERSON", ["Hinds", "National Security Minister Fitzgerald Hinds"],
               "Minister of National Security, Trinidad and Tobago"),
              ("rowley", "Keith Rowley", "PERSON",
               ["Rowley", "Prime Minister Dr Keith Rowley", "the Prime Minister"], "Prime Minister of Trinidad and Tobago")],
    mentions=[("m1", "National Security Minister Fitzgerald Hinds", "hinds"),
              ("m2", "Prime Minister Dr Keith Rowley", "rowley"),
              ("m3", ("Rowley", "Rowley said of"), "rowley"),
              ("m4", ("Hinds", "Hinds, flanked"), "hinds"),
              ("m5", ("Hinds", "Hinds said he was"), "hinds"),
              ("m6", ("the Prime Minister", "As the Prime Minister said"), "rowley")],
    attributions=[("a1", "INDIRECT", "m1", "warned",
                   seg(T, "the law enforcement agencies will do", "(COVID-19) pandemic"), None),
                  ("a2", "INDIRECT", "m2", ("said", "night, said that"),
                   "his administration had no intention of seeking a further extension of the SOE when it expires on November 30", None),
                  ("a3", "DIRECT", "m3", ("said", "Rowley said of"),
                   "As of now I don’t have any intention of asking the Parliament to extend it,", None),
                  ("a4", "INDIRECT", "m4", ("told", "(TTPS), told"),
                   seg(T, "he had earlier met with the Deputy", "discuss national security matters"), None),
                  ("a5", "INDIRECT", "m5", ("said", "Hinds said he was"),
                   "he was encouraged by the discussions and that he would be conveying the TTPS readiness to the Cabinet", None),
                  ("a6", "DIRECT", "m5", None, seg(T, "As the Prime Minister said . . .", "waiting to exhale."), None),
                  ("a7", "INDIRECT", "m6", ("said", "Prime Minister said . . ."),
                   "the government has no interest in extending the SOE arrangement", "a6")])

# ---------------------------------------------------------------------------------------
# The stored page has no headline (it opens with the byline "NewsDesk @bactiman63", removed):
# the text starts with its lead. A "Subscribe to Outbreak News TV on YouTube" line is removed.
# The page gives no date. The stored copy looks whole (cut=False).
# a1: "in the wake of an increase in Dengue cases" is taken as the occasion of the advisory, an
# adjunct of the reporting event (`called for speed bumps in an effort to slow traffic`); the
# addressee "the public" is left out. "Data from the Ministry's Surveillance Unit shows ..." is an
# evidential (Excluded). In "The figure, it notes, is above ...", "it" is taken to be the
# Ministry (data do not "note"; the whole story reports the Ministry's release), and the
# parenthetical reporting clause stays inside the content (Contiguity). The "While ..." clause is
# part of the officials' claim. "The Ministry has also put in place ..." is an action.
doc("outbreaknewstoday-jamaica-dengue-increase-no-outbreak",
    url="https://outbreaknewstoday.com/jamaica-reports-increase-in-dengue-cases-not-currently-experiencing-an-outbreak-81188/",
    outlet="Outbreak News Today", country="US", topic="health-science", cut=False,
    text=(T := "The Jamaican Ministry of Health and Wellness is advising the public to remain vigilant in the wake of an increase in Dengue cases.\n"
          "Data from the Ministry’s Surveillance Unit shows a 13% increase in cases of the mosquito-borne disease since the start of the year. The figure, it notes, is above those reported in the 2021 and 2022 epidemiological year.\n"
          "While the increase in Dengue activity is observed, Jamaica is not currently experiencing an outbreak, health officials state.\n"
          "The Ministry says that it has identified with support from the Caribbean Public Health Agency (CARPHA), nine cases of Type 2 Dengue virus in four parishes — Kingston and St. Andrew; St Thomas; St. Catherine and Westmoreland.\n"
          "The presence of the Type 2 virus, cases of which have not been seen in the population since 2010, heightens the island’s risk for a possible outbreak.\n"
          "“The Ministry continues to be vigilant in its efforts to manage the risk of a Dengue outbreak. The current response measures to the increase in numbers include a comprehensive review of current infrastructure and inventory to manage the expanded vector control programme. We are also intensifying dengue prevention and control activities within the Regional Health Authorities and the Parish Health Department,” said Chief Medical Officer, Dr. Jacquiline Bisasor-McKenzie.\n"
          "The Ministry has also put in place enhanced public education and vector control measures, including community-based vector control workers.\n"
          "“We have already begun to strengthen our vector control measures with increased fogging in high-risk communities and institutions. This includes amplifying larvicidal treatment of breeding sites and improving the testing capacity of public health laboratories,” the CMO added."),
    entities=[("ministry", "The Jamaican Ministry of Health and Wellness", "ORGANIZATION",
               ["Ministry of Health and Wellness", "the Ministry"], "Jamaica's health ministry"),
              ("officials", "health officials", "GROUP", [], "Jamaican health officials"),
              ("cmo", "Jacquiline Bisasor-McKenzie", "PERSON",
               ["Bisasor-McKenzie", "Dr. Jacquiline Bisasor-McKenzie",
                "Chief Medical Officer, Dr. Jacquiline Bisasor-McKenzie", "the CMO"],
               "Chief Medical Officer of Jamaica")],
    mentions=[("m1", "The Jamaican Ministry of Health and Wellness", "ministry"),
              ("m2", ("it", "it notes"), "ministry"),
              ("m3", "health officials", "officials"),
              ("m4", ("The Ministry", "The Ministry says"), "ministry"),
              ("m5", ("The Ministry", "The Ministry continues"), "ministry"),
              ("m6", "Chief Medical Officer, Dr. Jacquiline Bisasor-McKenzie", "cmo"),
              ("m7", ("The Ministry", "The Ministry has also"), "ministry"),
              ("m8", "the CMO", "cmo")],
    attributions=[("a1", "INDIRECT", "m1", "advising", "to remain vigilant", None),
                  ("a2", "INDIRECT", "m2", "notes",
                   "The figure, it notes, is above those reported in the 2021 and 2022 epidemiological year", None),
                  ("a3", "INDIRECT", "m3", "state",
                   "While the increase in Dengue activity is observed, Jamaica is not currently experiencing an outbreak", None),
                  ("a4", "INDIRECT", "m4", "says",
                   seg(T, "it has identified with support", "St. Catherine and Westmoreland"), None),
                  ("a5", "DIRECT", "m6", ("said", "Department,” said"),
                   seg(T, "The Ministry continues to be vigilant", "Parish Health Department,"), None),
                  ("a6", "DIRECT", "m8", "added",
                   seg(T, "We have already begun", "public health laboratories,"), None)])

# ---------------------------------------------------------------------------------------
# The stored page has no headline (the address reads "drought-strategy-in-place-sask"): the
# text starts with its lead. A "Read Also" box (a link to another story) is removed. The page
# gives no date. It is cut at the last whole paragraph of the stored copy (the next one breaks
# off at "Lingenfe").
# a2: `called on X for Y` keeps the addressee, as `called on X to Y` does (seed a23/a24).
# "We're calling on the provincial government ..." is Lingenfelter's own speech act in his own
# quotation and is not split off (as "We call on Dr. Minnis ..." in make_train_aj.py).
# "He wants to see the region ... so that he can pass concerns on" is a wish, not a report.
# In Marshall's claim, "the organization ... believes" is the attitude of the body he speaks for,
# within his own report, and is not split off (`neither she nor her staff think`); "has been
# discussing the situation" has no content of its own. "reports from APAS representatives
# indicate the situation is bad" names the authors in the documents' NP (FORMAT.md, Documents),
# so it is a nested claim of "APAS representatives" with the cue "indicate". In Marshall's
# quotation, the agentless "heard it described as though ..." is nested with a null source; the
# raised object "it" is left out of the content.
doc("producer-saskatchewan-drought-strategy-bjornerud",
    url="https://www.producer.com/news/drought-strategy-in-place-sask",
    outlet="The Western Producer", country="Canada", topic="environment", cut=True,
    text=(T := "Saskatchewan agriculture minister Bob Bjornerud said he and his officials are monitoring the drought and are already helping those affected.\n"
          "Last week NDP leader Dwain Lingenfelter called on the province for a plan to help cattle producers who don’t have feed or pasture.\n"
          "He said producers need to know if they can expect help getting hay or water to their cattle.\n"
          "“We’re calling on the provincial government to act quickly and have a plan in place, and not wait until we get into the potential of a full blown crisis before we have an action plan,” he said.\n"
          "Bjornerud said the province is acting already.\n"
          "Speaking to reporters at the Western Canada Farm Progress Show, he said about 100,000 acres of crown land were to be opened up June 22 to help provide extra grazing land.\n"
          "He also noted the Saskatchewan Crop Insurance Corporation increased the establishment benefit this year.\n"
          "“We’re watching it very closely,” he said. “I find it really hypocritical of Mr. Lingenfelter to be hollering all of a sudden, when he was the deputy premier for so many years and really didn’t do much for farmers.”\n"
          "Bjornerud will get a first-hand look at the conditions this week when he travels through the west-central region.\n"
          "He wants to see the region before he heads to the federal-provincial meeting so that he can pass concerns on to federal minister Gerry Ritz. Ritz’s own constituency is in the drought area.\n"
          "Agricultural Producers Association of Saskatchewan president Greg Marshall said the organization has been discussing the situation with Bjornerud and believes federal programs should be able to help grain and cattle producers.\n"
          "He said reports from APAS representatives indicate the situation is bad.\n"
          "“I’ve heard it described as though somebody went and sprayed Roundup across the entire country. It sounds rather dire.”"),
    entities=[("bjornerud", "Bob Bjornerud", "PERSON", ["Bjornerud", "Saskatchewan agriculture minister Bob Bjornerud"],
               "Saskatchewan agriculture minister"),
              ("lingenfelter", "Dwain Lingenfelter", "PERSON",
               ["Lingenfelter", "NDP leader Dwain Lingenfelter", "Mr. Lingenfelter"], "leader of the Saskatchewan NDP"),
              ("marshall", "Greg Marshall", "PERSON",
               ["Marshall", "Agricultural Producers Association of Saskatchewan president Greg Marshall"],
               "president of the Agricultural Producers Association of Saskatchewan (APAS)"),
              ("reps", "APAS representatives", "GROUP", [], "representatives of APAS")],
    mentions=[("m1", "Saskatchewan agriculture minister Bob Bjornerud", "bjornerud"),
              ("m2", "NDP leader Dwain Lingenfelter", "lingenfelter"),
              ("m3", ("He", "He said producers"), "lingenfelter"),
              ("m4", ("he", "action plan,” he said"), "lingenfelter"),
              ("m5", ("Bjornerud", "Bjornerud said the province"), "bjornerud"),
              ("m6", ("he", "he said about 100,000"), "bjornerud"),
              ("m7", ("He", "He also noted"), "bjornerud"),
              ("m8", ("he", "closely,” he said"), "bjornerud"),
              ("m9", "Mr. Lingenfelter", "lingenfelter"),
              ("m10", ("Bjornerud", "Bjornerud will get"), "bjornerud"),
              ("m11", "Agricultural Producers Association of Saskatchewan president Greg Marshall", "marshall"),
              ("m12", ("Bjornerud", "with Bjornerud and"), "bjornerud"),
              ("m13", ("He", "He said reports"), "marshall"),
              ("m14", "APAS representatives", "reps")],
    attributions=[("a1", "INDIRECT", "m1", ("said", "Bjornerud said he"),
                   "he and his officials are monitoring the drought and are already helping those affected", None),
                  ("a2", "INDIRECT", "m2", "called on",
                   "the province for a plan to help cattle producers who don’t have feed or pasture", None),
                  ("a3", "INDIRECT", "m3", ("said", "He said producers"),
                   "producers need to know if they can expect help getting hay or water to their cattle", None),
                  ("a4", "DIRECT", "m4", ("said", "action plan,” he said"),
                   seg(T, "We’re calling on the provincial", "have an action plan,"), None),
                  ("a5", "INDIRECT", "m5", ("said", "Bjornerud said the province"), "the province is acting already", None),
                  ("a6", "INDIRECT", "m6", ("said", "he said about 100,000"),
                   "about 100,000 acres of crown land were to be opened up June 22 to help provide extra grazing land", None),
                  ("a7", "INDIRECT", "m7", "noted",
                   "the Saskatchewan Crop Insurance Corporation increased the establishment benefit this year", None),
                  ("a8", "DIRECT", "m8", ("said", "closely,” he said"), "We’re watching it very closely,", None),
                  ("a9", "DIRECT", "m8", None, seg(T, "I find it really hypocritical", "much for farmers."), None),
                  ("a10", "INDIRECT", "m11", ("said", "Marshall said"),
                   seg(T, "the organization has been discussing", "grain and cattle producers"), None),
                  ("a11", "INDIRECT", "m13", ("said", "He said reports"),
                   "reports from APAS representatives indicate the situation is bad", None),
                  ("a12", "INDIRECT", "m14", "indicate", "the situation is bad", "a11"),
                  ("a13", "DIRECT", "m13", None, seg(T, "I’ve heard it described", "rather dire."), None),
                  ("a14", "INDIRECT", None, "described",
                   "as though somebody went and sprayed Roundup across the entire country", "a13")])

# ---------------------------------------------------------------------------------------
# A "Kelowna News" section label, the photo caption ("Photo: City of Kelowna Kelowna council
# backs staff against bullying, harassment") and the leading date stamp are removed; the
# standfirst "Staff should be 'fired, jailed'" is kept. The text is cut at the last whole
# paragraph of the stored copy (the next one breaks off mid-word).
# The headline has no cue ("backs staff" is an action; "we're all adults ..." is unmarked and
# unattributed) and the standfirst is narration with a scare-quoted phrase and no reporting verb:
# neither is annotated. The emails "read" aloud by Kilmartin are given to her as the source of
# the reading (the inline clause is the only reporting clause); the two following quotations
# have no reporting clause and continue her (null cue). Inside the second, "The entire body of
# the email is referring to staff being fired, fined and imprisoned" reports what the email says
# (nested, the email as its own document entity). "other emails suggesting ..., stating ..." are
# two nested claims of the emails (GROUP, like `earlier surveys`); the hedged "perhaps they
# believe" inside is not split off. "a request by staff to be relieved of ..." is a noun-cue
# claim of staff. "On one hand," stays outside Stack's content: it precedes the cue.
doc("castanet-kelowna-council-backs-staff-heritage-emails",
    url="https://www.castanet.net/news/Kelowna/597507/Kelowna-council-backs-staff-we-re-all-adults-let-s-behave-like-adults",
    outlet="Castanet", country="Canada", topic="local", cut=True, published="2026-02-03",
    text=(T := "Kelowna council backs staff...we're all adults, let's behave like adults\n"
          "Staff should be 'fired, jailed'\n"
          "Several members of Kelowna’s heritage conservation community sat quietly in council chambers Monday while excerpts of several emails berating and threatening city staff were read aloud.\n"
          "“Either the planning department is grossly incompetent or on the take,” read development planning manager Nola Kilmartin.\n"
          "Concerning penalties for violating heritage development bylaws, “It is not clear how the city will penalize staff involved in the approval of this project and what the penalties should be…discipline, relief of positions and or financial penalties. The entire body of the email is referring to staff being fired, fined and imprisoned.”\n"
          "“You and your team are grossly incompetent, greedy and lazy. It also seems you are getting kickbacks.”\n"
          "Kilmartin said there were other emails suggesting city hall employees forget who pays their wages, stating perhaps they believe it’s developers and the public is just an irritant.\n"
          "The emails over the past few years are at the crux of a request by staff to be relieved of certain decision-making authority for most heritage alteration permit requests.\n"
          "Changes to the heritage conservation area has been a controversial issue partly due to provincial legislation pertaining to infill housing and a Transit Supportive Corridor situated within the neighbourhood that allows for larger developments.\n"
          "Council approved the staff recommendation but it was clear some were uncomfortable in doing so.\n"
          "Coun. Luke Stack for one said he was torn.\n"
          "On one hand, he says good governance would suggest the policy stay the way it is but on the other hand, staff must be protected."),
    entities=[("kilmartin", "Nola Kilmartin", "PERSON", ["Kilmartin", "development planning manager Nola Kilmartin"],
               "development planning manager, City of Kelowna"),
              ("email", "The entire body of the email", "ORGANIZATION", ["the email"], "one of the emails read aloud"),
              ("emails", "other emails", "GROUP", [], "other emails sent to city staff"),
              ("staff", "staff", "GROUP", ["city staff", "Staff", "city hall employees"], "City of Kelowna staff"),
              ("stack", "Luke Stack", "PERSON", ["Stack", "Coun. Luke Stack"], "Kelowna city councillor")],
    mentions=[("m1", ("staff", "backs staff"), "staff"),
              ("m2", ("Staff", "Staff should"), "staff"),
              ("m3", "city staff", "staff"),
              ("m4", "development planning manager Nola Kilmartin", "kilmartin"),
              ("m5", ("staff", "penalize staff"), "staff"),
              ("m6", "The entire body of the email", "email"),
              ("m7", ("staff", "staff being fired"), "staff"),
              ("m8", ("Kilmartin", "Kilmartin said"), "kilmartin"),
              ("m9", "other emails", "emails"),
              ("m10", "city hall employees", "staff"),
              ("m11", ("staff", "request by staff"), "staff"),
              ("m12", "Coun. Luke Stack", "stack"),
              ("m13", ("he", "he says"), "stack"),
              ("m14", ("staff", "staff must"), "staff")],
    attributions=[("a1", "DIRECT", "m4", ("read", "read development"),
                   "Either the planning department is grossly incompetent or on the take,", None),
                  ("a2", "DIRECT", "m4", None, seg(T, "It is not clear how the city", "fined and imprisoned."), None),
                  ("a3", "INDIRECT", "m6", "referring to", "staff being fired, fined and imprisoned", "a2"),
                  ("a4", "DIRECT", "m4", None, seg(T, "You and your team", "getting kickbacks."), None),
                  ("a5", "INDIRECT", "m8", ("said", "Kilmartin said"),
                   seg(T, "there were other emails suggesting", "just an irritant"), None),
                  ("a6", "INDIRECT", "m9", "suggesting", "city hall employees forget who pays their wages", "a5"),
                  ("a7", "INDIRECT", "m9", "stating",
                   "perhaps they believe it’s developers and the public is just an irritant", "a5"),
                  ("a8", "INDIRECT", "m11", ("request", "a request by"),
                   "to be relieved of certain decision-making authority for most heritage alteration permit requests", None),
                  ("a9", "INDIRECT", "m12", ("said", "for one said"), "he was torn", None),
                  ("a10", "INDIRECT", "m13", ("says", "he says"),
                   "good governance would suggest the policy stay the way it is but on the other hand, staff must be protected", None)])

# ---------------------------------------------------------------------------------------
# Trailing spaces after some lines of the stored copy are dropped. The unquoted cross-head
# "Router malfunction" is a label. The text is cut at the last whole paragraph of the stored copy
# (the next one, Rogers CEO Tony Staffieri's update, breaks off mid-sentence).
# The CRTC's "order(ed) Rogers to respond / to explain" (headline and lead) is taken as a
# regulator's official act, like a court's order (`ordered an inquiry`, make_train_aw.py), not a
# report. In "the outage, which it said disrupted ...", the content is the relative clause after
# the cue (the relative pronoun lies outside it). The relative clause "that Rogers similarly
# attributed to a software update" inside the CRTC's claim is nested (Included: a speech act in
# a relative clause inside a claim); its content is what the outage is attributed to, without
# the linking "to". "it's requesting a detailed account ..." is the CRTC's own act within its
# own report (`said she wanted`) and is not split off; with the quoted "why" and "how" it is MIXED.
doc("fiercewireless-crtc-orders-rogers-explain-outage",
    url="https://www.fiercewireless.com/wireless/canadian-regulators-order-rogers-explain-outage",
    outlet="Fierce Wireless", country="US", topic="technology", cut=True,
    text=(T := "Canadian regulators order Rogers to explain outage\n"
          "Canada’s Rogers Communications has until July 22 to get back to Canada’s government about what led to last week’s outage that left millions without mobile phone and internet service.\n"
          "The Canadian Radio-television and Telecommunications Commission (CRTC) this week ordered Rogers to respond to detailed questions and provide a comprehensive explanation regarding the outage, which it said disrupted the lives of several millions of Canadians and prevented access to such services as 911 and emergency alerting in addition to other critical infrastructure and services.\n"
          "Rogers, the largest wireless carrier in Canada, has more than 10 million phone subscribers and about 2.25 million internet customers.\n"
          "It’s been trying to seal a $16 billion transaction to merge with rival Shaw Communications, but the Canadian government thus far has blocked the deal on the grounds it’s anti-competitive.\n"
          "Router malfunction\n"
          "Rogers initially explained that the outage happened after a maintenance update in the core network, which caused some of routers to malfunction.\n"
          "The CRTC said it’s reminiscent of another significant network outage in April 2021 that Rogers similarly attributed to a software update.\n"
          "“Events of this magnitude paralyzing sectors of our country’s economy and jeopardizing the safety of millions of Canadians for several hours or days are simply unacceptable, and telecommunications service providers such as Rogers should have mitigation strategies in place to address such possibilities,” the CRTC told the company.\n"
          "In a statement, the CRTC said it’s requesting a detailed account from Rogers as to “why” and “how” the network outage happened, as well as what measures Rogers is putting in place to prevent future outages."),
    entities=[("crtc", "Canadian Radio-television and Telecommunications Commission", "ORGANIZATION",
               ["CRTC", "The Canadian Radio-television and Telecommunications Commission (CRTC)", "Canadian regulators"],
               "Canada's telecommunications regulator"),
              ("rogers", "Rogers Communications", "ORGANIZATION", ["Rogers", "Canada’s Rogers Communications", "the company"],
               "Canadian telecom operator")],
    mentions=[("m1", "Canadian regulators", "crtc"),
              ("m2", ("Rogers", "order Rogers"), "rogers"),
              ("m3", "Canada’s Rogers Communications", "rogers"),
              ("m4", "The Canadian Radio-television and Telecommunications Commission (CRTC)", "crtc"),
              ("m5", ("Rogers", "ordered Rogers"), "rogers"),
              ("m6", ("it", "which it said"), "crtc"),
              ("m7", ("Rogers", "Rogers, the largest"), "rogers"),
              ("m8", ("Rogers", "Rogers initially"), "rogers"),
              ("m9", ("The CRTC", "The CRTC said"), "crtc"),
              ("m10", ("Rogers", "Rogers similarly"), "rogers"),
              ("m11", ("Rogers", "such as Rogers"), "rogers"),
              ("m12", ("the CRTC", "the CRTC told"), "crtc"),
              ("m13", "the company", "rogers"),
              ("m14", ("the CRTC", "the CRTC said it’s requesting"), "crtc"),
              ("m15", ("Rogers", "Rogers as to"), "rogers"),
              ("m16", ("Rogers", "Rogers is putting"), "rogers")],
    attributions=[("a1", "INDIRECT", "m6", ("said", "which it said"),
                   seg(T, "disrupted the lives of several", "critical infrastructure and services"), None),
                  ("a2", "INDIRECT", "m8", "explained",
                   "the outage happened after a maintenance update in the core network, which caused some of routers to malfunction", None),
                  ("a3", "INDIRECT", "m9", ("said", "The CRTC said"),
                   "it’s reminiscent of another significant network outage in April 2021 that Rogers similarly attributed to a software update", None),
                  ("a4", "INDIRECT", "m10", "attributed", "a software update", "a3"),
                  ("a5", "DIRECT", "m12", "told", seg(T, "Events of this magnitude", "address such possibilities,"), None),
                  ("a6", "MIXED", "m14", ("said", "the CRTC said it’s requesting"),
                   seg(T, "it’s requesting a detailed account", "prevent future outages"), None)])

# ---------------------------------------------------------------------------------------
# The stored page has no headline (the address reads "reggae-boyz-didnt-deserve-to-lose-says-
# coach-hallgrimsson"): the text starts with its lead. The page gives no date. It is cut at the
# last whole paragraph of the stored copy (the next quotation, "He added: ...", breaks off).
# a1: the belief "is firmly of the view that" is reported of a named subject (Included); its cue
# is "of the view" without the copula and the adverb. a2: "rued missed chances" is evaluative
# reporting with a content (`rues the defeat`); "took the result in stride" is not a report.
# a5: the content of "Some of the positive things he highlighted include the fact that ..." is
# the highlighted fact, without "the fact that" (linking material, like `allegations of X` → X);
# "which he believes will 'go into that experience bank'" is his own attitude inside his own
# report and stays in it (not split off), which makes it MIXED. a6/a7: "lamented ..., noting that,
# '...'" are two claims of the Icelander (`X said A, warning that B`); the quotation after
# "noting that," is the whole content, so DIRECT.
doc("caribbeannationalweekly-hallgrimsson-reggae-boyz-didnt-deserve-to-lose",
    url="https://caribbeannationalweekly.com/sports/reggae-boyz-didnt-deserve-to-lose-says-coach-hallgrimsson",
    outlet="Caribbean National Weekly", country="US", topic="sport", cut=True,
    text=(T := "Reggae Boyz head coach Heimir Hallgrimsson is firmly of the view that his team did not deserve to lose Saturday’s friendly international against Trinidad and Tobago.\n"
          "The game, the first of two which was played at the Montego Bay Sports Complex at Catherine Hall in St James, resulted in the twin-isle republic coming away with a 1-0 result courtesy of a Reon Moore left-footed strike in the 67th minute.\n"
          "Heimir Hallgrimsson, in his first match on home soil, took the result in stride, even as he rued missed chances and overpassing.\n"
          "“You never want to lose a game, you always feel sad losing, that is all coaches like to win matches, but to play the first game here I thought we didn’t deserve to lose it if you look at the chances,” he told reporters at game’s end.\n"
          "“We can improve a lot of things but some positive things I will take from this game … we created a lot of chances, we created a lot of positions where we should have created better, but sometimes we played too much instead of shoot or cross, we were just over passing,” Heimir Hallgrimsson continued.\n"
          "Some of the positive things he highlighted include the fact that a number of players were participating in their first international match which he believes will “go into that experience bank”; he employed 17 players in the match.\n"
          "The second game will be played on Tuesday evening at the National Stadium in Kingston at seven o’clock.\n"
          "The Icelander lamented the soft nature in which his team conceded, noting that, “this was their first attack in the second half and we had created both at the end of the first half and in the beginning of the second half. We had created a lot of chances and just one moment and they are one up and from there it was more panic than quality”."),
    entities=[("hallgrimsson", "Heimir Hallgrimsson", "PERSON",
               ["Hallgrimsson", "Reggae Boyz head coach Heimir Hallgrimsson", "The Icelander"],
               "head coach of Jamaica's Reggae Boyz")],
    mentions=[("m1", "Reggae Boyz head coach Heimir Hallgrimsson", "hallgrimsson"),
              ("m2", ("Heimir Hallgrimsson", "Heimir Hallgrimsson, in his"), "hallgrimsson"),
              ("m3", ("he", "he rued"), "hallgrimsson"),
              ("m4", ("he", "he told reporters"), "hallgrimsson"),
              ("m5", ("Heimir Hallgrimsson", "Heimir Hallgrimsson continued"), "hallgrimsson"),
              ("m6", ("he", "he highlighted"), "hallgrimsson"),
              ("m7", "The Icelander", "hallgrimsson")],
    attributions=[("a1", "INDIRECT", "m1", "of the view",
                   "his team did not deserve to lose Saturday’s friendly international against Trinidad and Tobago", None),
                  ("a2", "INDIRECT", "m3", "rued", "missed chances and overpassing", None),
                  ("a3", "DIRECT", "m4", ("told", "he told reporters"),
                   seg(T, "You never want to lose a game", "look at the chances,"), None),
                  ("a4", "DIRECT", "m5", "continued", seg(T, "We can improve a lot", "just over passing,"), None),
                  ("a5", "MIXED", "m6", "highlighted",
                   "a number of players were participating in their first international match which he believes will “go into that experience bank”", None),
                  ("a6", "INDIRECT", "m7", "lamented", "the soft nature in which his team conceded", None),
                  ("a7", "DIRECT", "m7", "noting", seg(T, "this was their first attack", "more panic than quality"), None)])

write("train_ba.jsonl")
