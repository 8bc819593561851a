#!/usr/bin/env python3
"""Writes test9_b.jsonl: real-news gold, split test9-b (see gold.py). Run: python3 make_test9_b.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
# The photo caption ("Kerala Industries Minister P Rajeev." twice, "File photo") is removed; the
# stored page breaks off inside the next quotation, so the text ends at the paragraph before.
# The page spells the minister both "Rajeev" and "Rajeeve"; both are names of one entity.
doc("newindianexpress-kerala-periyar-pollution-rajeev",
    url="https://www.newindianexpress.com/cities/kochi/2024/May/27/kerala-government-aiming-for-permanent-solution-to-periyar-pollution-says-p-rajeev",
    outlet="The New Indian Express", country="India", topic="environment", cut=True, published="2024-05-27",
    text=(T := "Kerala government aiming for permanent solution to Periyar pollution says P Rajeev\n"
          "Further action will be taken based on the sub-collector’s report regarding the recent fish kill in the river, Rajeeve told reporters in Kalamassery.\n"
          "KOCHI: The state government is aiming to find a permanent solution to protect river Periyar, Industries Minister P Rajeeve said on Sunday. Further action will be taken based on the sub-collector’s report regarding the recent fish kill in the river, Rajeeve told reporters in Kalamassery.\n"
          "“A high-level meeting will be held in Thiruvananthapuram after the sub-collector submits the probe report. Kufos (Kerala University of Fisheries and Ocean Studies) had also appointed an expert committee based on discussions with the fisheries minister. All the reports will be compiled and the sub-collector will submit a final report,” the minister said.\n"
          "If there is any discrepancy in the reports submitted to the sub collector by the Pollution Control Board and Kufos on Saturday, the same will be noted in the report submitted by the sub collector, he said. “If there are significant discrepancies between the reports, an independent investigation will be carried out,” Rajeeve said.\n"
          "He said the sub collector’s report, slated to be submitted to the chief secretary through the district collector on Sunday, is expected to reach the government by Monday. On the allegations regarding the presence of ammonia and sulfur in the river water, the minister, citing experts, said it could be from organic or chemical waste."),
    entities=[("rajeev", "P Rajeev", "PERSON",
               ["Rajeev", "Rajeeve", "P Rajeeve", "Industries Minister P Rajeeve", "the minister"],
               "Kerala Industries Minister")],
    mentions=[("m1", ("P Rajeev", "says P Rajeev"), "rajeev"),
              ("m2", ("Rajeeve", "says P Rajeev\n"), "rajeev"),
              ("m3", "Industries Minister P Rajeeve", "rajeev"),
              ("m4", ("Rajeeve", "Sunday. Further action"), "rajeev"),
              ("m5", ("the minister", "the minister said."), "rajeev"),
              ("m6", ("he", "he said. “If"), "rajeev"),
              ("m7", ("Rajeeve", "Rajeeve said.\n"), "rajeev"),
              ("m8", ("He", "He said the sub"), "rajeev"),
              ("m9", ("the minister", "the minister, citing"), "rajeev")],
    attributions=[("a1", "INDIRECT", "m1", ("says", "pollution says"),
                   "Kerala government aiming for permanent solution to Periyar pollution", None),
                  # The standfirst repeats the lead's sentence; both carry the claim (FORMAT.md, Text parts).
                  ("a2", "INDIRECT", "m2", ("told", "says P Rajeev\n"),
                   ("Further action will be taken based on the sub-collector’s report regarding the recent fish kill in the river",
                    "says P Rajeev\n"), None),
                  ("a3", "INDIRECT", "m3", ("said", "Rajeeve said on Sunday"),
                   "The state government is aiming to find a permanent solution to protect river Periyar", None),
                  ("a4", "INDIRECT", "m4", ("told", "Sunday. Further action"),
                   ("Further action will be taken based on the sub-collector’s report regarding the recent fish kill in the river",
                    "Sunday. Further action"), None),
                  ("a5", "DIRECT", "m5", ("said", "the minister said."),
                   seg(T, "A high-level meeting", "submit a final report,"), None),
                  ("a6", "INDIRECT", "m6", ("said", "he said. “If"),
                   seg(T, "If there is any discrepancy", "submitted by the sub collector"), None),
                  ("a7", "DIRECT", "m7", ("said", "Rajeeve said.\n"),
                   "If there are significant discrepancies between the reports, an independent investigation will be carried out,", None),
                  ("a8", "INDIRECT", "m8", ("said", "He said the sub"),
                   seg(T, "the sub collector’s report, slated", "reach the government by Monday"), None),
                  # An agentless forecast with a raised subject inside a8 ("was expected to post a loss").
                  ("a9", "INDIRECT", None, "expected", "to reach the government by Monday", "a8"),
                  # "allegations regarding X" with no claimant: null source, the linking preposition left out.
                  ("a10", "INDIRECT", None, "allegations", "the presence of ammonia and sulfur in the river water", None),
                  # "citing experts" is an adjunct of the minister's report (like "citing Nordpress"), not a claim.
                  ("a11", "INDIRECT", "m9", ("said", "experts, said"), "it could be from organic or chemical waste", None)])

# ---------------------------------------------------------------------------------------
# The photo credit and caption ("Yomiuri Shimbun file photo", "The Prime Minister’s Office in
# Tokyo") are removed. The stored copy may be the start of a longer page, so cut=True.
doc("yomiuri-japan-cybersecurity-center-nisc-data-leak",
    url="https://japannews.yomiuri.co.jp/society/general-news/20230805-127763/",
    outlet="The Japan News (Yomiuri Shimbun)", country="Japan", topic="technology", cut=True, published="2023-08-05",
    text=(T := "Fears Raised Over Possible Attack on Japan’s Cybersecurity Center\n"
          "The government’s cybersecurity center said Friday that around 5,000 pieces of data, including personal e-mail addresses, may have been leaked due to unauthorized and unprecedented external access between October and mid-June.\n"
          "As of Friday, there had been no reports of associated mischief — such as the misuse of personal information — the National Center of Incident Readiness and Strategy for Cybersecurity (NISC) said.\n"
          "NISC, which was established in 2015 based on the Basic Law on Cybersecurity, serves as a control tower that directs defense against cyberattacks on government institutions.\n"
          "According to NISC, the e-mail addresses of private companies that communicated with the government body may have been leaked during the period in question.\n"
          "The issue came to light on June 13, when signs of illegal external access were detected in the system that sends and receives e-mails.\n"
          "NISC subsequently checked the system’s status, briefly suspended operations and replaced the affected equipment, among other measures. Following confirmation of enhanced system-monitoring, NISC restarted operations. The body has reported the issue to the Personal Information Protection Commission, founded under the Law on the Protection of Personal Information.\n"
          "NISC says the suspected breach was a “zero-day attack” on a part of the system that had no known vulnerabilities. Such attacks exploit imperfections in a system’s security measures and are said to be difficult to detect.\n"
          "On Friday, the Japan Meteorological Agency, too, said some of its e-mail data may have been leaked. The agency said the leakages may have occurred because it employs the same type of equipment as NISC, adding that it intended to inform people whose data is suspected of having been compromised."),
    entities=[("nisc", "National Center of Incident Readiness and Strategy for Cybersecurity (NISC)", "ORGANIZATION",
               ["NISC", "National Center of Incident Readiness and Strategy for Cybersecurity",
                "The government’s cybersecurity center", "the government body", "The body"],
               "Japan's government cybersecurity center"),
              ("jma", "the Japan Meteorological Agency", "ORGANIZATION", ["Japan Meteorological Agency", "The agency"],
               "Japan's weather agency")],
    mentions=[("m1", "The government’s cybersecurity center", "nisc"),
              ("m2", "the National Center of Incident Readiness and Strategy for Cybersecurity (NISC)", "nisc"),
              ("m3", ("NISC", "NISC, which"), "nisc"),
              ("m4", ("NISC", "According to NISC"), "nisc"),
              ("m5", "the government body", "nisc"),
              ("m6", ("NISC", "NISC subsequently"), "nisc"),
              ("m7", ("NISC", "NISC restarted"), "nisc"),
              ("m8", "The body", "nisc"),
              ("m9", ("NISC", "NISC says"), "nisc"),
              ("m10", "the Japan Meteorological Agency", "jma"),
              ("m11", "The agency", "jma"),
              ("m12", ("NISC", "equipment as NISC"), "nisc")],
    attributions=[# Headline: an agentless passive of "raise fears" (= voice them) with its topic after "over",
                  # the linking preposition left out as in "complained about noise" -> "noise".
                  ("a1", "INDIRECT", None, "Fears Raised", "Possible Attack on Japan’s Cybersecurity Center", None),
                  ("a2", "INDIRECT", "m1", ("said", "center said Friday"),
                   seg(T, "around 5,000 pieces of data", "between October and mid-June"), None),
                  # "there had been no reports of associated mischief" says that nobody reported anything: no
                  # claim is made, so no nested null-source "reports of" is annotated inside a3.
                  ("a3", "INDIRECT", "m2", ("said", "(NISC) said"),
                   "As of Friday, there had been no reports of associated mischief — such as the misuse of personal information", None),
                  ("a4", "INDIRECT", "m4", "According to",
                   seg(T, "the e-mail addresses of private companies", "during the period in question"), None),
                  # "has reported the issue to the Personal Information Protection Commission" is an action
                  # with no content (as "informed the regulator"): not a claim.
                  ("a5", "MIXED", "m9", ("says", "NISC says"),
                   "the suspected breach was a “zero-day attack” on a part of the system that had no known vulnerabilities", None),
                  # An agentless passive with a raised subject ("was expected to post a loss" -> "to post a loss").
                  ("a6", "INDIRECT", None, ("said", "are said to"), "to be difficult to detect", None),
                  ("a7", "INDIRECT", "m10", ("said", "too, said"), "some of its e-mail data may have been leaked", None),
                  ("a8", "INDIRECT", "m11", ("said", "The agency said"),
                   "the leakages may have occurred because it employs the same type of equipment as NISC", None),
                  ("a9", "INDIRECT", "m11", "adding",
                   "it intended to inform people whose data is suspected of having been compromised", None),
                  # Agentless "is suspected of" with a raised subject, nested in a9 (as "was expected to");
                  # the linking "of" is left out.
                  ("a10", "INDIRECT", None, ("suspected", "is suspected"), "having been compromised", "a9")])

# ---------------------------------------------------------------------------------------
# The stored page has no headline: the text starts with the lead, whose "(Bloomberg) --" opener
# is kept like a dateline. The page breaks off inside the next paragraph.
doc("bnnbloomberg-brazil-campos-neto-too-early-to-celebrate-deflation",
    url="https://www.bnnbloomberg.ca/brazil-s-central-bank-says-it-s-too-early-to-celebrate-deflation-1.1832893",
    outlet="BNN Bloomberg", country="Canada", topic="business", cut=True, published="2022-10-15",
    text=(T := "(Bloomberg) -- Brazil’s three consecutive months of falling consumer price indexes aren’t reason to celebrate yet, said central bank chief Roberto Campos Neto.\n"
          "“A lot is because of government measures, so we don’t think it’s a special reason to celebrate. But the dynamics are getting better,” Neto said at a banking conference in Washington taking place alongside the International Monetary Fund’s annual meetings.\n"
          "Consumer prices rose an annual 7.17% in September, the slowest pace since April 2021. Traders are now pricing in rate cuts as early as March, though central bankers have signaled the easing cycle wouldn’t begin before June.\n"
          "“I’m not going to comment too much about that,”said Campos Neto. “But I think it means the market understands we’ve done a good job.”\n"
          "Brazilian policy makers were among the first to raise interest rates in the wake of the pandemic. They recently halted an 18-month tightening cycle that lifted the cost of borrowing to 13.75% from a historic 2% low. Others in the region are following their footsteps. On Wednesday, Chile said rates have reached their maximum level at 11.25%.\n"
          "Still, borrowing costs are at record highs. Peru raised interest rates this month to a two-decade high of 7%, with economists split on whether it would be the last increase. Mexico is seen moving further into restrictive territory amid persistent inflation and rising US interest rates. The IMF warned this week about “pockets of vulnerability” on corporate and government debt levels.\n"
          "While most of Latin America is close to or beyond its inflation peak, price increases remain above most monetary authorities’ goals. This week, the IMF warned against early rate cuts as raised it estimates for consumer-price rises in the region to an average of 14.6% this year and 9.5% next."),
    entities=[("camposneto", "Roberto Campos Neto", "PERSON",
               ["Campos Neto", "Neto", "central bank chief Roberto Campos Neto"], "Brazil's central bank chief"),
              ("bankers", "central bankers", "GROUP", [], "Brazil's central bankers"),
              ("market", "the market", "GROUP", [], "financial markets"),
              ("chile", "Chile", "GPE", [], "Chile (its central bank)"),
              ("economists", "economists", "GROUP", [], "economists following Peru"),
              ("imf", "The IMF", "ORGANIZATION", ["IMF", "International Monetary Fund"], "International Monetary Fund")],
    mentions=[("m1", "central bank chief Roberto Campos Neto", "camposneto"),
              ("m2", ("Neto", "” Neto said"), "camposneto"),
              ("m3", "central bankers", "bankers"),
              ("m4", ("Campos Neto", "said Campos Neto."), "camposneto"),
              ("m5", "the market", "market"),
              ("m6", ("Chile", "Chile said"), "chile"),
              ("m7", "economists", "economists"),
              ("m8", "The IMF", "imf"),
              ("m9", ("the IMF", "the IMF warned against"), "imf")],
    attributions=[("a1", "INDIRECT", "m1", ("said", "yet, said"),
                   "Brazil’s three consecutive months of falling consumer price indexes aren’t reason to celebrate yet", None),
                  ("a2", "DIRECT", "m2", ("said", "” Neto said"), seg(T, "A lot is because", "getting better,"), None),
                  ("a3", "INDIRECT", "m3", "signaled", "the easing cycle wouldn’t begin before June", None),
                  ("a4", "DIRECT", "m4", ("said", "”said Campos"), "I’m not going to comment too much about that,", None),
                  ("a5", "DIRECT", "m4", None, "But I think it means the market understands we’ve done a good job.", None),
                  # An attitude of others stated inside the quote ("Drivers know that …"); "I think it means"
                  # is the speaker's own attitude and evidential, not split off.
                  ("a6", "INDIRECT", "m5", "understands", "we’ve done a good job", "a5"),
                  ("a7", "INDIRECT", "m6", ("said", "Chile said"), "rates have reached their maximum level at 11.25%", None),
                  # "economists split on whether X": a belief report with a named (plural) subject and an open
                  # question as its content ("analysts were forecasting"; "whether" is kept).
                  ("a8", "INDIRECT", "m7", "split", "whether it would be the last increase", None),
                  # An agentless forecast with a raised subject ("is seen" as "was expected to").
                  ("a9", "INDIRECT", None, "seen",
                   "moving further into restrictive territory amid persistent inflation and rising US interest rates", None),
                  ("a10", "MIXED", "m8", ("warned", "IMF warned this week"),
                   "“pockets of vulnerability” on corporate and government debt levels", None),
                  # "warned against X" -> X. The garbled "as raised it estimates for …" is left out: a revision
                  # of a figure named as a noun ("estimates for …"), closest to "analyst forecasts of $3 million".
                  ("a11", "INDIRECT", "m9", ("warned", "IMF warned against"), "early rate cuts", None)])

# ---------------------------------------------------------------------------------------
# The stored page has no headline: the text starts with the lead. The page breaks off inside the
# last paragraph, so the text ends at the paragraph before.
doc("1news-nurses-turn-backs-on-health-minister-brown",
    url="https://www.1news.co.nz/2025/09/17/dont-guilt-trip-us-nurses-turn-backs-on-health-minister",
    outlet="1News", country="New Zealand", topic="health-science", cut=True, published="2025-09-17",
    text=(T := "Nurses turned their back on the Health Minister during his speech at the annual New Zealand Nurses Organisation (NZNO) conference, coming in the wake of a report revealing hospitals nationwide were short close to 600 nurses per shift over the past year.\n"
          "The report, authored by Infometrics for the NZNO was based on Health NZ data from 1.69 million shifts in 59 public hospitals between 2022 and 2024.\n"
          "Understaffing was found to be most common in the Capital, Coast and Hutt Valley district, with 51% of shifts short-staffed between January 2022 and November 2024. Counties Manukau followed on 48%, while Taranaki was the lowest on 19%.\n"
          "Cancer, heart and trauma patients faced the most understaffed wards and emergency departments in the past three years.\n"
          "The report came two weeks after 36,000 nurses, midwives and healthcare assistants walked off the job over concerns about staffing levels, safety, and a pay offer described as \"a massive backwards step\".\n"
          "Nurses on strike outside Health Minister Simeon Brown's electorate office in Pakuranga were met by a sign on his windows that said the union's industrial action was disrupting more than 13,000 surgeries and appointments.\n"
          "Brown touched on the strike in his speech to the NZNO conference in Wellington today, telling a story of a premature newborn who was unable to have skin-to-skin contact with their mother due to the industrial action.\n"
          "\"That is the real human cost of striking. We can't afford a health system where patients are caught in the middle, we must and need to do better for patients.\"\n"
          "This prompted one nurse to stand up, walk to the back of the room, and turn her back.\n"
          "\"I just thought, 'don't come here and guilt trip me',\" Rangi Blackmoore-Tufi told 1News.\n"
          "\"I'm not going to listen to this. You're not listening to us. You're not listening to the message that our strike is actually saying, so I'm just going to get up.\"\n"
          "Blackmoore-Tufi was joined by other nurses at the back of the conference space."),
    entities=[("brown", "Simeon Brown", "PERSON", ["Brown", "Health Minister Simeon Brown", "the Health Minister"],
               "New Zealand Health Minister"),
              # "The report, authored by Infometrics for the NZNO" names its author only in the next
              # sentence, not in the NP or sentence of "a report revealing": its own entity.
              ("report", "a report", "ORGANIZATION", ["The report"], "Infometrics report for the NZNO on nurse staffing"),
              ("sign", "a sign on his windows", "ORGANIZATION", ["a sign"], "sign on the minister's electorate office windows"),
              ("blackmoore", "Rangi Blackmoore-Tufi", "PERSON", ["Blackmoore-Tufi", "one nurse"], "Auckland nurse, NZNO delegate")],
    mentions=[("m1", "the Health Minister", "brown"),
              ("m2", "a report", "report"),
              ("m3", ("The report", "The report, authored"), "report"),
              ("m4", ("The report", "The report came"), "report"),
              ("m5", "a sign on his windows", "sign"),
              ("m6", ("Brown", "Brown touched"), "brown"),
              # "one nurse" is settled by the next sentence's quote and name.
              ("m7", "one nurse", "blackmoore"),
              ("m8", "Rangi Blackmoore-Tufi", "blackmoore"),
              ("m9", ("Blackmoore-Tufi", "Blackmoore-Tufi was joined"), "blackmoore")],
    attributions=[# A finding of a report (as "found"), whose author is not named in its sentence.
                  ("a1", "INDIRECT", "m2", "revealing",
                   "hospitals nationwide were short close to 600 nurses per shift over the past year", None),
                  # Agentless passive with a raised subject: null source, even though a reader may guess the report.
                  ("a2", "INDIRECT", None, "found",
                   seg(T, "to be most common in the Capital", "between January 2022 and November 2024"), None),
                  # "over concerns about staffing levels …" is a state noun with no speech act (as "was
                  # unhappy with"): not a claim. The agentless "described as" has the raised "a pay offer"
                  # left outside; what remains lies inside one quotation: DIRECT.
                  ("a3", "DIRECT", None, "described", "a massive backwards step", None),
                  # The cue sits in a relative clause: the source is its antecedent.
                  ("a4", "INDIRECT", "m5", ("said", "windows that said"),
                   "the union's industrial action was disrupting more than 13,000 surgeries and appointments", None),
                  ("a5", "INDIRECT", "m6", "touched on", "the strike", None),
                  ("a6", "INDIRECT", "m6", "telling a story",
                   "a premature newborn who was unable to have skin-to-skin contact with their mother due to the industrial action", None),
                  # A quotation with no reporting clause of its own continues Brown (null cue); the sentence
                  # before has its own contents (a5, a6), so it does not frame the quote as in "summed up".
                  ("a7", "DIRECT", "m6", None, seg(T, "That is the real human cost", "do better for patients."), None),
                  # "I just thought, '…'" is the speaker's own attitude in her own report: not split off.
                  ("a8", "DIRECT", "m8", ("told", "Tufi told"), "I just thought, 'don't come here and guilt trip me',", None),
                  ("a9", "DIRECT", "m8", None, seg(T, "I'm not going to listen", "going to get up."), None)])

# ---------------------------------------------------------------------------------------
# The tag line, date and byline ("Cut Necessities / 8th May 2023 / BP Reporter") and an ad label
# ("Business Bulletin") are removed; the stored page breaks off inside the next quotation.
doc("businessplus-supermarket-chiefs-retail-forum-food-costs",
    url="https://businessplus.ie/news/supermarket-chiefs-food-costs/",
    outlet="Business Plus", country="Ireland", topic="business", cut=True, published="2023-05-08",
    text=(T := "Supermarket chiefs to be called to account for rising food costs\n"
          "Supermarket chiefs are being brought together by Government in the coming days over rising fears food prices are spiralling out of control.\n"
          "A Retail Forum has been convened on Wednesday by Neale Richmond, the Minister of State with responsibility for retail business.\n"
          "Soaring food inflation has been topping the political agenda for weeks, with Opposition parties accusing the Government of not doing enough to deal with the problem. The most recent official figures show food inflation at 13.1% but industry figures show it at 16.8%, with the annual grocery bill costing more than €1,200 extra if shoppers do not switch to cheaper brands.\n"
          "Mr Richmond yesterday told RTÉ's The Week In Politics yesterday the meeting will centre on engaging with the sector and he expressed concern that food prices have \"increased way beyond general inflation\".\n"
          "He said: \"Inflation this time last year was running at about 10%. It's down to 5% now. We should be seeing prices coming down. We're very worried that they haven't, and we want to engage openly and honestly with the retail sector.\"\n"
          "Mr Richmond added that the Government has the power to impose price caps, although he hopes that \"such a measure will not be necessary\".\n"
          "The minister also pointed to the Competition and Consumer Protection Commission's power to investigate any monopolies or \"cartel-like behaviour\" in the Irish retail sector.\n"
          "However, Retail Ireland has moved to dampen fears of continual rising food prices.\n"
          "The group says that Irish supermarket prices remain competitive by European standards, pointing out that average food inflation over the past two years across the EU is 27%, while in Ireland it is 17%.\n"
          "Arnold Dillon, director of Retail Ireland, said accusations of \"greedflation being present in the retail sector are unfair and inaccurate\"."),
    entities=[("richmond", "Neale Richmond", "PERSON",
               ["Richmond", "Mr Richmond", "the Minister of State with responsibility for retail business", "The minister"],
               "Irish Minister of State for retail business"),
              ("opposition", "Opposition parties", "GROUP", [], "Irish opposition parties"),
              ("retailireland", "Retail Ireland", "ORGANIZATION", ["The group"], "retailers' representative group"),
              ("dillon", "Arnold Dillon", "PERSON", ["Dillon"], "director of Retail Ireland")],
    mentions=[("m1", "Neale Richmond, the Minister of State with responsibility for retail business", "richmond"),
              ("m2", "Opposition parties", "opposition"),
              ("m3", ("Mr Richmond", "Mr Richmond yesterday"), "richmond"),
              ("m4", ("he", "he expressed"), "richmond"),
              ("m5", ("He", "He said:"), "richmond"),
              ("m6", ("Mr Richmond", "Mr Richmond added"), "richmond"),
              ("m7", "The minister", "richmond"),
              ("m8", ("Retail Ireland", "Retail Ireland has moved"), "retailireland"),
              ("m9", "The group", "retailireland"),
              ("m10", "Arnold Dillon, director of Retail Ireland", "dillon")],
    attributions=[# The headline's "to be called to account" and "rising fears food prices are …" (a noun with no
                  # finite reporting verb and no holder, as "on news that …") are not claims; nor is Retail
                  # Ireland's move "to dampen fears of …" (an action).
                  # "accusing X of Y" keeps the accused, as "called on X to Y" keeps the addressee.
                  ("a1", "INDIRECT", "m2", "accusing", "the Government of not doing enough to deal with the problem", None),
                  # The programme named after "told" is a medium, not an addressee kept in the content.
                  ("a2", "INDIRECT", "m3", ("told", "yesterday told"), "the meeting will centre on engaging with the sector", None),
                  ("a3", "MIXED", "m4", "expressed concern", "food prices have \"increased way beyond general inflation\"", None),
                  ("a4", "DIRECT", "m5", ("said", "He said:"), seg(T, "Inflation this time last year", "with the retail sector."), None),
                  # "he hopes that …" is the speaker's own attitude inside his own report: not split off.
                  ("a5", "MIXED", "m6", "added",
                   "the Government has the power to impose price caps, although he hopes that \"such a measure will not be necessary\"", None),
                  ("a6", "MIXED", "m7", "pointed to",
                   seg(T, "the Competition and Consumer Protection Commission's power", "in the Irish retail sector"), None),
                  ("a7", "INDIRECT", "m9", "says", "Irish supermarket prices remain competitive by European standards", None),
                  ("a8", "INDIRECT", "m9", "pointing out",
                   "average food inflation over the past two years across the EU is 27%, while in Ireland it is 17%", None),
                  ("a9", "MIXED", "m10", ("said", "Retail Ireland, said"),
                   "accusations of \"greedflation being present in the retail sector are unfair and inaccurate\"", None),
                  # "accusations of X" with no claimant, nested in a9. Its content is the quoted start of the
                  # quotation, which it does not cover whole: not DIRECT; it keeps the opening mark at its
                  # start (inner marks are kept at the ends) and is typed MIXED by that mark.
                  ("a10", "MIXED", None, "accusations", "\"greedflation being present in the retail sector", "a9")])

# ---------------------------------------------------------------------------------------
# The stored page has no headline: the text starts with the lead (the dateline "KAMPALA –" is
# kept). The page breaks off inside the next quotation, so the text ends at the paragraph before.
# It spells the minister both "Aceng" and "Acheng"; the misspelt variant is an alias.
doc("pmldaily-uganda-yellow-fever-outbreak-moyo-buliisa-aceng",
    url="https://www.pmldaily.com/news/2020/01/yellow-fever-claims-3-as-health-ministry-confirms-outbreak-in-moyo-buliisa.html",
    outlet="PML Daily", country="Uganda", topic="health-science", cut=True,
    text=(T := "KAMPALA – Minister of Health Dr. Jane Ruth Aceng has confirmed the outbreak of Yellow Fever in Moyo District – West Nile region and Buliisa District – Hoima region.\n"
          "The Minister made the announcement while addressing a joint news conference with the World Health Organisations (WHO), on officials Friday, January 24 at the Ministry’s offices in Kampala.\n"
          "According to Ms. Aceng, the two people who died in Moyo were timber traders suspected to have contracted the disease in South Sudan where they were operating.\n"
          "“In Moyo District, there are 2 confirmed cases; both are males who were dealing in cutting and trading timber between Uganda and South Sudan. On 2 January 2020, the two cases travelled from South Sudan to Moyo,” she said.\n"
          "“Upon arrival, they got ill and on 3 January 2020, and were admitted at Logobo Health Center III in Moyo District. They were later referred to Moyo General Hospital,” Aceng further narrated.\n"
          "She said the one who died in Buliisa was a DR Congo-based milk dealer believed to have contracted it from there.\n"
          "“In Buliisa, there are also two confirmed cases. A 37-year old male and his 38-year old wife. The husband was a cattle farmer trading in milk between Uganda and the Democratic Republic of Congo (DRC),” Aceng revealed.\n"
          "She, however, confirmed to the press that one case has been successfully contained.\n"
          "Ms. Acheng said a team has already been dispatched to the two districts to carry out the vaccination of the residents.\n"
          "“Ministry of Health working with partners have dispatched Rapid Response Teams to Moyo and Buliisa Districts to support: investigations, active search for cases, community mobilization and sensitization,” she noted.\n"
          "She added that the ministry has requested for the Yellow Fever vaccines from the International Coordination Group that manages Global Stockpiles of Yellow Fever and Meningitis vaccines."),
    entities=[("aceng", "Jane Ruth Aceng", "PERSON",
               ["Aceng", "Ms. Aceng", "Acheng", "Ms. Acheng", "Dr. Jane Ruth Aceng", "The Minister"],
               "Uganda's Minister of Health"),
              ("ministry", "Ministry of Health", "ORGANIZATION", ["the ministry"], "Uganda's Ministry of Health")],
    mentions=[("m1", "Minister of Health Dr. Jane Ruth Aceng", "aceng"),
              ("m2", "The Minister", "aceng"),
              ("m3", "Ms. Aceng", "aceng"),
              ("m4", ("she", "” she said"), "aceng"),
              ("m5", ("Aceng", "Aceng further"), "aceng"),
              ("m6", ("She", "She said the one"), "aceng"),
              ("m7", ("Aceng", "Aceng revealed"), "aceng"),
              ("m8", ("She", "She, however"), "aceng"),
              ("m9", "Ms. Acheng", "aceng"),
              ("m10", ("Ministry of Health", "“Ministry of Health"), "ministry"),
              ("m11", ("she", "she noted"), "aceng"),
              ("m12", ("She", "She added"), "aceng"),
              ("m13", "the ministry", "ministry")],
    attributions=[("a1", "INDIRECT", "m1", ("confirmed", "has confirmed"),
                   "the outbreak of Yellow Fever in Moyo District – West Nile region and Buliisa District – Hoima region", None),
                  # "made the announcement" refers back to a1 and has no content of its own. The participles
                  # "suspected to have contracted" and "believed to have contracted" have no finite reporting
                  # verb: not nested claims.
                  ("a2", "INDIRECT", "m3", "According to",
                   seg(T, "the two people who died in Moyo", "where they were operating"), None),
                  ("a3", "DIRECT", "m4", ("said", "” she said"), seg(T, "In Moyo District, there are 2", "from South Sudan to Moyo,"), None),
                  ("a4", "DIRECT", "m5", "narrated", seg(T, "Upon arrival", "Moyo General Hospital,"), None),
                  ("a5", "INDIRECT", "m6", ("said", "She said the one"),
                   "the one who died in Buliisa was a DR Congo-based milk dealer believed to have contracted it from there", None),
                  ("a6", "DIRECT", "m7", "revealed", seg(T, "In Buliisa, there are also", "Republic of Congo (DRC),"), None),
                  # "to the press" is the addressee, left out.
                  ("a7", "INDIRECT", "m8", ("confirmed", "confirmed to the press"), "one case has been successfully contained", None),
                  ("a8", "INDIRECT", "m9", ("said", "Acheng said"),
                   "a team has already been dispatched to the two districts to carry out the vaccination of the residents", None),
                  ("a9", "DIRECT", "m11", ("noted", "she noted"),
                   seg(T, "Ministry of Health working with partners", "community mobilization and sensitization,"), None),
                  ("a10", "INDIRECT", "m12", ("added", "She added"),
                   seg(T, "the ministry has requested", "Yellow Fever and Meningitis vaccines"), None),
                  # A request nested in a10, as "called for speed bumps" -> "speed bumps": the linking "for"
                  # and the addressee ("from the International Coordination Group …") are left out.
                  ("a11", "INDIRECT", "m13", "requested", "the Yellow Fever vaccines", "a10")])

write("test9_b.jsonl")
