#!/usr/bin/env python3
"""Writes test12_c.jsonl: real-news gold, split test12-c (see gold.py). Run: python3 make_test12_c.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
# The stored page prints the lead twice (before and after a photo caption and a "Follow TODAY on
# WhatsApp" line), the same words both times: kept once, as a layout repeat. Cut at the last whole
# paragraph; the copy breaks off in the next one. The page gives no date. Notes:
# - "decided to call for an emergency meeting": the cue is "call for" (FORMAT.md keeps "called
#   for"; "decided to" is left out like an auxiliary); "at the request of ..." has no content.
# - "quoted as saying on the club's official portal": the portal is a medium, not a source.
# - "criticised Dr Wan Azizah" takes its object as content, as the corpus does for "criticised X";
#   the trailing "saying ..." is a second claim of the same source (seed a18/a19).
# - "the allegations by the WSJ" inside Lim's claim gives no content of the allegations: no claim.
doc("todayonline-zahid-no-need-discuss-wsj-report-parliament",
    url="http://www.todayonline.com/world/asia/no-need-discuss-wsj-report-parliament-says-msia-home-minister",
    outlet="TODAY", country="Singapore", topic="politics", cut=True,
    text=(T := "No need to discuss WSJ report in Parliament, says M’sia home minister\n"
          "KUALA LUMPUR — An emergency meeting to discuss The Wall Street Journal’s (WSJ) expose will only threaten the country’s political stability, said Malaysia’s home minister, in response to the opposition’s move to hold one in Parliament today (July 7).\n"
          "Mr Ahmad Zahid Hamidi told the Barisan Nasional (BN) Backbenchers Club that because of its negative implications, such a move was unnecessary.\n"
          "“From a legal standpoint, there may be a basis to call (for a meeting). But there is no need to do that,” he was quoted as saying on the club’s official portal today.\n"
          "He said the meeting would further confuse many about the problem, adding that BN members of parliament would continue to side with Prime Minister Najib Razak.\n"
          "Opposition leader Dr Wan Azizah Wan Ismail on Sunday decided to call for an emergency meeting at the request of Democratic Action Party (DAP) parliamentary leader Lim Kit Siang. Mr Lim said the meeting was to consider the impact and implications, and Malaysia’s future as a result of the allegations by the WSJ.\n"
          "The club’s chairman Shahrir Samad also criticised Dr Wan Azizah, saying she should put her own party in order first."),
    entities=[("zahid", "Ahmad Zahid Hamidi", "PERSON",
               ["Mr Ahmad Zahid Hamidi", "Zahid", "Malaysia’s home minister", "M’sia home minister"],
               "Malaysia's Home Minister"),
              ("wanazizah", "Wan Azizah Wan Ismail", "PERSON",
               ["Dr Wan Azizah Wan Ismail", "Dr Wan Azizah", "Wan Azizah",
                "Opposition leader Dr Wan Azizah Wan Ismail"], "Malaysian opposition leader"),
              ("lim", "Lim Kit Siang", "PERSON", ["Mr Lim", "Lim"], "DAP parliamentary leader"),
              ("shahrir", "Shahrir Samad", "PERSON", ["Shahrir", "The club’s chairman Shahrir Samad"],
               "chairman of the BN Backbenchers Club")],
    mentions=[("m1", "M’sia home minister", "zahid"),
              ("m2", "Malaysia’s home minister", "zahid"),
              ("m3", "Mr Ahmad Zahid Hamidi", "zahid"),
              ("m4", ("he", "he was quoted"), "zahid"),
              ("m5", ("He", "He said the meeting"), "zahid"),
              ("m6", "Opposition leader Dr Wan Azizah Wan Ismail", "wanazizah"),
              ("m7", "Democratic Action Party (DAP) parliamentary leader Lim Kit Siang", "lim"),
              ("m8", "Mr Lim", "lim"),
              ("m9", "The club’s chairman Shahrir Samad", "shahrir"),
              ("m10", ("Dr Wan Azizah", "criticised Dr Wan Azizah"), "wanazizah")],
    attributions=[("a1", "INDIRECT", "m1", ("says", "says M’sia"), "No need to discuss WSJ report in Parliament", None),
                  ("a2", "INDIRECT", "m2", ("said", "said Malaysia’s"),
                   "An emergency meeting to discuss The Wall Street Journal’s (WSJ) expose will only threaten the country’s political stability", None),
                  ("a3", "INDIRECT", "m3", ("told", "Hamidi told"),
                   "because of its negative implications, such a move was unnecessary", None),
                  ("a4", "DIRECT", "m4", "quoted as saying",
                   "From a legal standpoint, there may be a basis to call (for a meeting). But there is no need to do that,", None),
                  ("a5", "INDIRECT", "m5", ("said", "He said the meeting"),
                   "the meeting would further confuse many about the problem", None),
                  ("a6", "INDIRECT", "m5", "adding",
                   "BN members of parliament would continue to side with Prime Minister Najib Razak", None),
                  ("a7", "INDIRECT", "m6", "call for", ("an emergency meeting", "call for an emergency"), None),
                  ("a8", "INDIRECT", "m8", ("said", "Mr Lim said"),
                   "the meeting was to consider the impact and implications, and Malaysia’s future as a result of the allegations by the WSJ", None),
                  ("a9", "INDIRECT", "m9", "criticised", ("Dr Wan Azizah", "criticised Dr Wan Azizah"), None),
                  ("a10", "INDIRECT", "m9", ("saying", "saying she"), "she should put her own party in order first", None)])

# ---------------------------------------------------------------------------------------
# The stored page prints the headline twice: kept once. Cut before the last paragraph, which the
# copy breaks off mid-word. The date is the page's (its address). Notes:
# - "The Lahore High Court ... sought detailed report on steps taken by Pemra" and "barred AK Dogar
#   from raising unnecessary objections" are a court's actions (FORMAT.md: "ordered an inquiry").
# - "the petitions seeking ban on broadcasting of alleged contemptuous speeches": a participle on
#   a noun with no finite reporting verb, left out as FORMAT.md leaves out "figures released on
#   Friday"; "alleged" is a hedge.
# - "the former objected to the inclusion of Justice Mahmood": "to" only links the cue.
# - "reminding him that he was standing in the courtroom": the addressee is left out; the next
#   quotation has no reporting clause of its own and continues Justice Naqvi (null cue).
# - "asked him to advance legal arguments" keeps the addressee, as the corpus does for "asked /
#   urged X to Y" (FORMAT.md: "called on X to Y", seed a23/a24).
# - "said Dogar said" (sic): the first "said" is the cue.
doc("timesofislamabad-sharif-lawyer-dogar-clash-lhc-judge-naqvi",
    url="https://timesofislamabad.com/10-Apr-2018/nawaz-sharif-s-lawyer-clash-with-lhc-judge",
    outlet="Times of Islamabad", country="Pakistan", topic="courts-crime", cut=True, published="2018-04-10",
    text=(T := "Nawaz Sharif's lawyer clash with LHC Judge\n"
          "LAHORE - The Lahore High Court on Monday sought detailed report on steps taken by Pakistan Electronic Media Regulatory Authority (Pemra) to control broadcasting of alleged anti-judiciary speeches by former prime minister Nawaz Sharif, his daughter Maryam Nawaz and other leaders of the PML-N on television channels.\n"
          "Full bench, comprising Justice Sayyed Mazahar Ali Akbar Naqvi, Justice Atir Mahmood and Justice Chaudhry Muhammad Masood Jahangir, is the forth bench which held its maiden hearing on the petitions seeking ban on broadcasting of alleged contemptuous speeches.\n"
          "Hot words were exchanged between Sharif’s counsel AK Dogar and Justice Naqvi when the former objected to the inclusion of Justice Mahmood in the bench. Dogar said Justice Mahmood had been serving as general secretary of Pakistan Tehreek-i-Insaaf’s lawyer forum in the past.\n"
          "Taking his objection seriously, Justice Naqvi, head of the bench, observed, “After elevation, a judge has no relation or connection with any group or party”.\n"
          "Justice Naqvi did not take kindly to the lawyer’s attempt at repartee, reminding him that he was standing in the courtroom. “Mr Dogar, this is a court; decisions here will be taken according to the law rather than your wishes.”\n"
          "“What is this what you have started? Are these legal arguments?” Justice Naqvi reminded AK Dogar. Justice Naqvi barred AK Dogar from raising unnecessary objections and asked him to advance legal arguments. “It is my right to raise objections,” said Dogar said. Justice Naqvi remarked that the notices had not been served as yet, so how the arguments could be advanced."),
    entities=[("naqvi", "Sayyed Mazahar Ali Akbar Naqvi", "PERSON",
               ["Justice Sayyed Mazahar Ali Akbar Naqvi", "Justice Naqvi", "Naqvi", "Justice Naqvi, head of the bench"],
               "Lahore High Court judge, head of the full bench"),
              ("dogar", "AK Dogar", "PERSON", ["Dogar", "Mr Dogar", "Sharif’s counsel AK Dogar"],
               "counsel of Nawaz Sharif")],
    mentions=[("m1", "Nawaz Sharif's lawyer", "dogar"),
              ("m2", "LHC Judge", "naqvi"),
              ("m3", "Justice Sayyed Mazahar Ali Akbar Naqvi", "naqvi"),
              ("m4", "Sharif’s counsel AK Dogar", "dogar"),
              ("m5", ("Justice Naqvi", "Justice Naqvi when"), "naqvi"),
              ("m6", "the former", "dogar"),
              ("m7", ("Dogar", "Dogar said Justice"), "dogar"),
              ("m8", "Justice Naqvi, head of the bench", "naqvi"),
              ("m9", ("Justice Naqvi", "Justice Naqvi did not"), "naqvi"),
              ("m10", "Mr Dogar", "dogar"),
              ("m11", ("Justice Naqvi", "Justice Naqvi reminded"), "naqvi"),
              ("m12", ("AK Dogar", "reminded AK Dogar"), "dogar"),
              ("m13", ("Justice Naqvi", "Justice Naqvi barred"), "naqvi"),
              ("m14", ("AK Dogar", "barred AK Dogar"), "dogar"),
              ("m15", ("Dogar", "Dogar said."), "dogar"),
              ("m16", ("Justice Naqvi", "Justice Naqvi remarked"), "naqvi")],
    attributions=[("a1", "INDIRECT", "m6", "objected", "the inclusion of Justice Mahmood in the bench", None),
                  ("a2", "INDIRECT", "m7", ("said", "Dogar said Justice"),
                   "Justice Mahmood had been serving as general secretary of Pakistan Tehreek-i-Insaaf’s lawyer forum in the past", None),
                  ("a3", "DIRECT", "m8", "observed",
                   "After elevation, a judge has no relation or connection with any group or party", None),
                  ("a4", "INDIRECT", "m9", "reminding", "he was standing in the courtroom", None),
                  ("a5", "DIRECT", "m9", None,
                   "Mr Dogar, this is a court; decisions here will be taken according to the law rather than your wishes.", None),
                  ("a6", "DIRECT", "m11", ("reminded", "Naqvi reminded"),
                   "What is this what you have started? Are these legal arguments?", None),
                  ("a7", "INDIRECT", "m13", ("asked", "asked him"), "him to advance legal arguments", None),
                  ("a8", "DIRECT", "m15", ("said", "said Dogar"), "It is my right to raise objections,", None),
                  ("a9", "INDIRECT", "m16", "remarked",
                   "the notices had not been served as yet, so how the arguments could be advanced", None)])

# ---------------------------------------------------------------------------------------
# The stored page opens with the section label "Solomon Islands" (removed), then the headline and
# a standfirst without a final full stop. A photo caption and three "read more" links are removed.
# Cut before the paragraph the copy breaks off ("Dr Ghabu has further appea"). No date given.
# The Pacific Advocate is an Australian publisher (its "about" page). Notes:
# - Headline "Anti-vax doctors accused of risking public health": agentless passive, null source.
# - "Solomon Islands is urging its people to get vaccinated ... so it can follow Fiji ...": the
#   addressee stays (as for "called on X to Y"); the purpose clause is an adjunct of the urging
#   ("called for speed bumps in an effort to slow traffic" -> "speed bumps").
# - "The Ministry of Public Service issued the order for employees ... to comply": an order, an
#   action as "ordered an inquiry" (FORMAT.md, Actions); "asked for his name to be withheld" too.
# - "who says evidence suggests that ...": the evidential stays inside the content, unsplit.
# - Refusals: "did not want to reveal reasons behind the controversial decision" and "decided not
#   to dwell on his reason" have a concealed open question (why) as content, so they follow seed
#   a9/a10 (cue without negation or modal); "to The Pacific Advocate" is the addressee/medium and
#   "until or unless ..." an adjunct.
# - The senior medical official is not identified with Dr Ghabu by the text: a separate entity.
# - Ghabu's last quotation runs over two paragraphs (the first left open, the second reopening):
#   one DIRECT attribution continuing "he" with a null cue.
doc("pacificadvocate-solomons-anti-vax-doctors-public-health",
    url="https://pacificadvocate.com/anti-vax-doctors-accused-of-risking-public-health/",
    outlet="The Pacific Advocate", country="Australia", topic="health-science", cut=True,
    text=(T := "Anti-vax doctors accused of risking public health\n"
          "Solomon Islands is urging its people to get vaccinated and reach the 90 per cent threshold mark so it can follow Fiji and welcome a return to tourism\n"
          "But four unvaccinated doctors at the National Referral Hospital have decided not to treat patients to protect them from the Covid-19 virus.\n"
          "The Ministry of Public Service issued the order for employees of the government to comply before the end of the month, otherwise they will be forced to vacate their offices and will be paid half of their salary.\n"
          "One of the four doctors, who asked for his name to be withheld, said his decision for not getting vaccinated is “based on science”.\n"
          "However, that doctor decided not to dwell on his reason while he is still working at the hospital.\n"
          "It flies in the face of a senior medical official at the National Referral Hospital, who says evidence suggests that any doctor’s refusal of being vaccinated is putting not only livelihoods but public health at risk.\n"
          "Another doctor did not want to reveal reasons behind the controversial decision to The Pacific Advocate until or unless there was an approval from the heads of the organisation.\n"
          "The four rogue doctors face being removed from the hospital and a subsequent pay cut by Monday.\n"
          "Dr Jones Ghabu, a senior consultant physician at the National Referral Hospital and head of internal medicine department, said that people including doctors should “not get manipulated” by theories about Covid-19.\n"
          "“Theories are not truthful,” he said.\n"
          "“The truth is that people are dying everyday with the Covid-19 virus.\n"
          "“The vaccine that we are trying to roll out works and saves a lot people.”"),
    entities=[("solomons", "Solomon Islands", "GPE", [], "the Solomon Islands government"),
              ("doctor1", "One of the four doctors", "PERSON", ["that doctor"],
               "unvaccinated doctor at the National Referral Hospital, unnamed"),
              ("official", "a senior medical official at the National Referral Hospital", "PERSON",
               ["a senior medical official"], "senior medical official, unnamed"),
              ("doctor2", "Another doctor", "PERSON", [], "another unvaccinated doctor, unnamed"),
              ("ghabu", "Jones Ghabu", "PERSON", ["Dr Jones Ghabu", "Ghabu", "Dr Ghabu"],
               "senior consultant physician at the National Referral Hospital, head of internal medicine")],
    mentions=[("m1", ("Solomon Islands", "Solomon Islands is urging"), "solomons"),
              ("m2", "One of the four doctors", "doctor1"),
              ("m3", "that doctor", "doctor1"),
              ("m4", "a senior medical official at the National Referral Hospital", "official"),
              ("m5", "Another doctor", "doctor2"),
              ("m6", "Dr Jones Ghabu, a senior consultant physician at the National Referral Hospital and head of internal medicine department", "ghabu"),
              ("m7", ("he", "he said.\n“The truth"), "ghabu")],
    attributions=[("a1", "INDIRECT", None, "accused", "risking public health", None),
                  ("a2", "INDIRECT", "m1", "urging",
                   "its people to get vaccinated and reach the 90 per cent threshold mark", None),
                  ("a3", "MIXED", "m2", ("said", "withheld, said"),
                   "his decision for not getting vaccinated is “based on science”", None),
                  ("a4", "INDIRECT", "m3", "dwell on", "his reason", None),
                  ("a5", "INDIRECT", "m4", "says",
                   "evidence suggests that any doctor’s refusal of being vaccinated is putting not only livelihoods but public health at risk", None),
                  ("a6", "INDIRECT", "m5", "reveal", "reasons behind the controversial decision", None),
                  ("a7", "MIXED", "m6", ("said", "department, said"),
                   "people including doctors should “not get manipulated” by theories about Covid-19", None),
                  ("a8", "DIRECT", "m7", ("said", "he said.\n“The truth"), "Theories are not truthful,", None),
                  ("a9", "DIRECT", "m7", None,
                   seg(T, "The truth is that people", "saves a lot people."), None)])

# ---------------------------------------------------------------------------------------
# The stored page has no headline (its address reads "Mathews admits team didn't deserve to
# advance"), so the text starts with the lead. Cut before the cross-head "Great confidence", after
# which the copy breaks off. No date given. Notes:
# - "was honest in his assessment of ..." and "was happy with the “character” shown by his team"
#   give no reported content (a noun with a topic only; a state): not claims.
# - "credited his team for “showing what ...”" is evaluative reporting with a content; the object
#   stays in it, as the corpus does for "calls the decision "a smokescreen"": MIXED.
doc("asianmirror-mathews-sri-lanka-did-not-deserve-semifinals",
    url="https://mail.asianmirror.lk/news/item/15679-mathews-admits-team-didn-t-deserve-to-advance",
    outlet="Asian Mirror", country="Sri Lanka", topic="sport", cut=True,
    text=(T := "It is normal for a losing team’s captain to refrain from answering tough questions. It is equally easy for a winner to express his thoughts. But while Sri Lankan captain Angelo Mathews was honest in his assessment of the defending champion’s performances after being knocked out of the World T20, Eoin Morgan’s post-match press conference resembled an exclusive interaction with a fawning English media.\n"
          "Sri Lanka’s 10-run defeat to England despite a heroic fightback from Mathews ended its hopes but the Sri Lankan skipper, disappointment writ large on his face, was honest enough to admit that his team did not deserve to advance in the competition.\n"
          "Mathews, given charge after Lasith Malinga pulled out, fought a lonely battle before running out of partners and overs on Saturday. “I think we have got slightly better and better with every game, it’s just that the finishing touches weren’t there for us. We have got a fairly inexperienced team but it’s not an excuse. This is the World Cup and we all have to perform and unfortunately we haven’t and we don’t deserve to go into the semifinals,” Mathews said after the loss.\n"
          "With the team down and out at 15 for four, a hobbling Mathews gave it his all but it wasn’t enough. “We had nothing to lose after being 15 for four, we were running out of overs as well and we had to keep going. Unfortunately, I didn’t have a batter with me for the last couple of overs. If I had I could have given up a single and allowed him the strike and we could have got over the line,” he admitted.\n"
          "Morgan, on the other hand, was happy with the “character” shown by his team with both the bat and ball and credited his team for “showing what we are capable of playing. It was smart and aggressive cricket”."),
    entities=[("mathews", "Angelo Mathews", "PERSON",
               ["Mathews", "Sri Lankan captain Angelo Mathews", "the Sri Lankan skipper"], "Sri Lanka captain"),
              ("morgan", "Eoin Morgan", "PERSON", ["Morgan"], "England captain")],
    mentions=[("m1", "Sri Lankan captain Angelo Mathews", "mathews"),
              ("m2", ("Mathews", "fightback from Mathews"), "mathews"),
              ("m3", "the Sri Lankan skipper", "mathews"),
              ("m4", ("Mathews", "Mathews, given charge"), "mathews"),
              ("m5", ("Mathews", "Mathews said after"), "mathews"),
              ("m6", "a hobbling Mathews", "mathews"),
              ("m7", ("he", "he admitted"), "mathews"),
              ("m8", ("Morgan", "Morgan, on the other hand"), "morgan")],
    attributions=[("a1", "INDIRECT", "m3", ("admit", "admit that"), "his team did not deserve to advance in the competition", None),
                  ("a2", "DIRECT", "m5", ("said", "Mathews said after"),
                   seg(T, "I think we have got slightly", "go into the semifinals,"), None),
                  ("a3", "DIRECT", "m7", "admitted",
                   seg(T, "We had nothing to lose", "got over the line,"), None),
                  ("a4", "MIXED", "m8", "credited",
                   "his team for “showing what we are capable of playing. It was smart and aggressive cricket”", None)])

# ---------------------------------------------------------------------------------------
# Cut before the paragraph the copy breaks off in a quotation of Craig Douglas. No date given.
# Greaney's quotation opens with a straight mark and closes with a curly one, as printed
# (mismatched pairs count, FORMAT.md). Notes:
# - "what they call failures to implement ...": "call X Y" with the relative "what" as X; the
#   content is the predicate "failures ..." (the object cannot be kept without the source).
# - "business tenants" and "Small business owners" are one collective in one scene (one entity);
#   "Many" (many of them) is a subset, its own entity; its "feel" is a belief with a named subject.
# - "business tenants said they believed it would allow ...": the attitude is not split off; the
#   clause "but not a single dollar of that fund has been spent" is the journalist's, left out.
# - "At the time the fund was announced" is a temporal adjunct naming the event, not a report: no
#   claim. "In May, it was announced businesses would ..." is an agentless report (null source);
#   the tail "however, loans are not suitable ..." is the journalist's comment, left out.
# - "ruled out a subsidy or a freeze" is taken as a statement with a noun-phrase content, as the
#   corpus does for "ruled out".
doc("restaurantandcafe-nz-commercial-rent-arbitration-fund-delays",
    url="https://restaurantandcafe.co.nz/post-pandemic-pains-caused-by-government-commercial-rent-delays/",
    outlet="Restaurant & Cafe", country="New Zealand", topic="business", cut=True,
    text=(T := "Post-pandemic Pains Caused by Government Commercial Rent Delays\n"
          "Early last month the government promised a fund of $40 million for small businesses to apply for, to settle disputes between landlords and tenants over commercial leases.\n"
          "Small business owners are feeling abandoned, however, over what they call failures to implement effective measures to control rent and lease arrangements. At the time the fund was announced, business tenants said they believed it would allow many to be able to progress discussions with their landlord but not a single dollar of that fund has been spent.\n"
          "\"The Bill has not yet been enacted and as such final decisions about the eligibility for an arbitration subsidy have not yet been made,” said Caroline Greaney, the Ministry of Justice's policy general manager, civil and constitutional.\n"
          "Justice Minister Andrew Little said he understood small business owners' disappointment in the government and said he shared the frustration over the delays to distributing the allocated funds.\n"
          "Many feel that the government has not done enough to establish rules around rent increases. In April, the government said they were considering rent concessions, but ruled out a subsidy or a freeze. While a freeze on rent increases was put in place for residential leases, no such measure has been put in place for commercial leases. In May, it was announced businesses would be able to take out 12-month interest-free loans, up to $100,000, however, loans are not suitable for all business owners.\n"
          "Julie White, the head of Hospitality New Zealand, said other businesses are now beginning to face trouble from their landlords, including those in resort towns such as Queenstown. Chair of the town's Chamber of Commerce Craig Douglas said some businesses can barely afford to pay full rent, let alone having to deal with an increase."),
    entities=[("govt", "the government", "ORGANIZATION", ["government"],
               "New Zealand government"),
              ("owners", "Small business owners", "GROUP", ["small business owners", "business tenants"],
               "small business owners renting commercial premises"),
              ("many", "Many", "GROUP", [], "many of the small business owners"),
              ("greaney", "Caroline Greaney", "PERSON", ["Greaney"],
               "Ministry of Justice policy general manager, civil and constitutional"),
              ("little", "Andrew Little", "PERSON", ["Little", "Justice Minister Andrew Little"], "Justice Minister"),
              ("white", "Julie White", "PERSON", ["White", "Julie White, the head of Hospitality New Zealand"],
               "head of Hospitality New Zealand"),
              ("douglas", "Craig Douglas", "PERSON",
               ["Douglas", "Chair of the town's Chamber of Commerce Craig Douglas"],
               "chair of the Queenstown Chamber of Commerce")],
    mentions=[("m1", ("the government", "the government promised"), "govt"),
              ("m2", "Small business owners", "owners"),
              ("m3", ("they", "they call"), "owners"),
              ("m4", "business tenants", "owners"),
              ("m5", "Caroline Greaney, the Ministry of Justice's policy general manager, civil and constitutional", "greaney"),
              ("m6", "Justice Minister Andrew Little", "little"),
              ("m7", ("the government", "disappointment in the government"), "govt"),
              ("m8", ("Many", "Many feel"), "many"),
              ("m9", ("the government", "the government has not done"), "govt"),
              ("m10", ("the government", "the government said"), "govt"),
              ("m11", "Julie White, the head of Hospitality New Zealand", "white"),
              ("m12", "Chair of the town's Chamber of Commerce Craig Douglas", "douglas")],
    attributions=[("a1", "INDIRECT", "m1", "promised",
                   "a fund of $40 million for small businesses to apply for, to settle disputes between landlords and tenants over commercial leases", None),
                  ("a2", "INDIRECT", "m3", "call",
                   "failures to implement effective measures to control rent and lease arrangements", None),
                  ("a3", "INDIRECT", "m4", ("said", "tenants said"),
                   "they believed it would allow many to be able to progress discussions with their landlord", None),
                  ("a4", "DIRECT", "m5", ("said", "said Caroline"),
                   seg(T, "The Bill has not yet been enacted", "have not yet been made,"), None),
                  ("a5", "INDIRECT", "m6", ("said", "Little said"),
                   "he understood small business owners' disappointment in the government", None),
                  ("a6", "INDIRECT", "m6", ("said", "and said he shared"),
                   "he shared the frustration over the delays to distributing the allocated funds", None),
                  ("a7", "INDIRECT", "m8", ("feel", "Many feel"),
                   "the government has not done enough to establish rules around rent increases", None),
                  ("a8", "INDIRECT", "m10", ("said", "the government said"), "they were considering rent concessions", None),
                  ("a9", "INDIRECT", "m10", "ruled out", "a subsidy or a freeze", None),
                  ("a10", "INDIRECT", None, ("announced", "it was announced"),
                   "businesses would be able to take out 12-month interest-free loans, up to $100,000", None),
                  ("a11", "INDIRECT", "m11", ("said", "New Zealand, said"),
                   "other businesses are now beginning to face trouble from their landlords, including those in resort towns such as Queenstown", None),
                  ("a12", "INDIRECT", "m12", ("said", "Douglas said"),
                   "some businesses can barely afford to pay full rent, let alone having to deal with an increase", None)])

# ---------------------------------------------------------------------------------------
# Daily Express (Kota Kinabalu, Sabah). The page's "Home / Sabah Local News" trail is removed; the
# date is the page's "Published on". Cut before the paragraph the copy breaks off ("Those wh").
# Notes:
# - Ahmad's first quotation is left open at the end of four paragraphs; two of them reopen, two do
#   not (as printed). Marks as printed: it runs to the next closing mark ("...before," said Ahmad),
#   one DIRECT attribution with that cue. Inside it, the single-quoted 'boyfriend' and 'please
#   don't do it' are nested marks.
# - Nested in that quotation: "we were told she was about to ..." (agentless passive, null source,
#   addressee left out; its content holds the quoted 'boyfriend', so MIXED by the type rule); "We
#   told her it is a scam"; "we begged her not to give the money" (addressee kept, as for "called on
#   X to Y"); the officer's "begged her, 'please don't do it'" (DIRECT, single marks); the woman's
#   "told us it is her business" and "asked why should we care?" (a reported question of a named
#   speaker). "We did not just advise her" has no content. The police division ("we") is its own
#   entity, named as the text names it in Ahmad's title.
# - "their refusal to admit that they have been duped" inside Ahmad's claim is a refusal without an
#   open question: not split off. "Scammers would play with ..." has no cue.
# - "Generally, he said, Malaysians have ...": the parenthetical reporting clause stays inside the
#   claim, and "Generally" belongs to the claim (it is not a connective).
# - The last quotation is left open at a paragraph end and closes in the next one: one DIRECT.
#   Inside it, "the ones that claim you have inherited ..." is a speech act in a relative clause
#   (FORMAT.md, Included): nested, source "the ones" (scam messages). "If you have never known ...,
#   why would he leave you his money" is a hypothetical: not a claim.
doc("dailyexpress-sabah-love-scams-cyber-crime-losses",
    url="http://www.dailyexpress.com.my/news.cfm?NewsID=88951",
    outlet="Daily Express", country="Malaysia", topic="technology", cut=True, published="2014-03-29",
    text=(T := "Women fail to heed warnings\n"
          "Kota Kinabalu: Cyber crimes caused a total of RM183million losses in the country with love scams or parcel scams making up 40 per cent of the bulk.\n"
          "Police Cyber and Multimedia Crime Investigation Division Deputy Director ACP Ahmad Noordin Ismail said despite numerous awareness campaigns, the number of cases continued to rise from 814 in 2012 to 1,095 cases last year.\n"
          "The total losses were RM33.6m in 2012 and RM35.7m a year later.\n"
          "\"These scammers, mostly Nigerians, prey on lonely vulnerable women.\n"
          "They are trained in special schools on how to talk, seduce and get the money.\n"
          "\"Just two weeks ago, we found out about a woman who had been giving money to her 'boyfriend' whom she met over the Internet, to the extent that she used up her children's education funds.\n"
          "\"We intercepted her at the airport because we were told she was about to make another deposit for this 'boyfriend'. We told her it is a scam.\n"
          "We did not just advise her, we begged her not to give the money!\n"
          "One of my officers even held onto her arm and begged her, 'please don't do it'.\n"
          "\"She told us it is her business and asked why should we care?\n"
          "She had spent more than RM100,000 for this man and had never met him before,\" said Ahmad.\n"
          "He said the problem with victims is their refusal to admit that they have been duped out of shame. Scammers would play with people's emotions and motivations.\n"
          "Generally, he said, Malaysians have the tendency to be greedy, gullible, unaware and lazy when it comes to increasing their knowledge.\n"
          "\"Why do people keep falling for scams like the ones that claim you have inherited a certain amount of money from someone you have never heard before in your life? If you have never known a person named Abouwe, why would he leave you his money when he died? Ask yourself this.\n"
          "People just look at the amount of money, in millions usually, and their minds begin to fantasise,\" he said."),
    entities=[("ahmad", "Ahmad Noordin Ismail", "PERSON", ["Ahmad", "ACP Ahmad Noordin Ismail"],
               "Deputy Director, Police Cyber and Multimedia Crime Investigation Division"),
              ("police", "Police Cyber and Multimedia Crime Investigation Division", "ORGANIZATION", [],
               "the police officers of the division ('we' in Ahmad's quotation)"),
              ("officer", "One of my officers", "PERSON", [], "a police officer of Ahmad's division"),
              ("woman", "a woman", "PERSON", [], "a love-scam victim"),
              ("ones", "the ones", "GROUP", [], "scam messages claiming an inheritance")],
    mentions=[("m1", "Police Cyber and Multimedia Crime Investigation Division Deputy Director ACP Ahmad Noordin Ismail", "ahmad"),
              ("m2", ("a woman", "a woman who had"), "woman"),
              ("m3", ("We", "We told her"), "police"),
              ("m4", ("we", "we begged"), "police"),
              ("m5", "One of my officers", "officer"),
              ("m6", ("She", "She told us"), "woman"),
              ("m7", ("Ahmad", "said Ahmad"), "ahmad"),
              ("m8", ("He", "He said the problem"), "ahmad"),
              ("m9", ("he", "he said, Malaysians"), "ahmad"),
              ("m10", ("the ones", "the ones that claim"), "ones"),
              ("m11", ("he", "he said."), "ahmad")],
    attributions=[("a1", "INDIRECT", "m1", ("said", "Ismail said"),
                   "despite numerous awareness campaigns, the number of cases continued to rise from 814 in 2012 to 1,095 cases last year", None),
                  ("a2", "DIRECT", "m7", ("said", "said Ahmad"),
                   seg(T, "These scammers, mostly", "never met him before,"), None),
                  ("a3", "MIXED", None, ("told", "we were told"),
                   "she was about to make another deposit for this 'boyfriend'", "a2"),
                  ("a4", "INDIRECT", "m3", ("told", "We told her"), "it is a scam", "a2"),
                  ("a5", "INDIRECT", "m4", ("begged", "we begged"), "her not to give the money", "a2"),
                  ("a6", "DIRECT", "m5", ("begged", "begged her, 'please"), "please don't do it", "a2"),
                  ("a7", "INDIRECT", "m6", ("told", "She told us"), "it is her business", "a2"),
                  ("a8", "INDIRECT", "m6", ("asked", "asked why"), "why should we care", "a2"),
                  ("a9", "INDIRECT", "m8", ("said", "He said the problem"),
                   "the problem with victims is their refusal to admit that they have been duped out of shame", None),
                  ("a10", "INDIRECT", "m9", ("said", "he said, Malaysians"),
                   seg(T, "Generally, he said, Malaysians", "increasing their knowledge"), None),
                  ("a11", "DIRECT", "m11", ("said", "he said."),
                   seg(T, "Why do people keep falling", "minds begin to fantasise,"), None),
                  ("a12", "INDIRECT", "m10", ("claim", "the ones that claim"),
                   "you have inherited a certain amount of money from someone you have never heard before in your life", "a11")])

write("test12_c.jsonl")
