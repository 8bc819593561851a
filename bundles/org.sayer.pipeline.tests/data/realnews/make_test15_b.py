#!/usr/bin/env python3
"""Writes test15_b.jsonl: real-news gold, split test15-b (see gold.py). Run: python3 make_test15_b.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
# The stored page has no headline (its address reads "Special report: Kitwe's Chimwemwe residents
# resort to shallow wells as water scarcity reaches 10 months"), so the text starts with the lead.
# A "Read more: Read more: ..." line is removed; the stored copy breaks off inside Mwakazanga's
# quotation, so the text is cut before it. Notes:
# - "Zambia Monitor understands that ..." is the outlet's own report, annotated as the corpus
#   annotates "the Daily Post understands" (make_train and test files): source the outlet.
# - "residents reportedly resorted to ..." is a hedge with no reporting verb: not annotated.
# - "According to NWSC, ...": the relative clause "which most residents, including ... Kelly
#   Muwowo, could not buy into" stays inside the content (Contiguity); "could not buy into" is a
#   (negated) attitude with no reported content of its own, not a speech act: not annotated.
# - "told Zambia Monitor": the outlet is the addressee here (a medium), marked as a mention only.
# - "stated that A and that B" is one claim (two coordinated that-clauses under one cue).
# - "told a stakeholders meeting in Kitwe that ...": the addressee is left outside.
doc("zambiamonitor-kitwe-chimwemwe-residents-shallow-wells",
    url="https://zambiamonitor.com/special-report-kitwes-chimwemwe-residents-resort-to-shallow-wells-as-water-scarcity-reaches-10-months",
    outlet="Zambia Monitor", country="Zambia", topic="local", cut=True,
    text=(T := "Residents of Kitwe’s Chimwemwe township have resorted to digging shallow wells in search of water as they go 10 months without tap water.\n"
          "Zambia Monitor understands that since October, residents have been subjected to inconsistent water supply.\n"
          "At first, residents reportedly resorted to puncturing water pipes in search of water as taps remained dry.\n"
          "As a last resort, most residents are seen digging shallow wells to sustain homes with water.\n"
          "According to Nkana Water and Sanitation Company (NWSC), the confirmed erratic supply is as a result of the envisaged replacement of old pipes which most residents, including Chimwemwe Ward Councillor, Kelly Muwowo, could not buy into.\n"
          "“Despite President Hakainde Hichilema banning the shallow well in response to the Cholera outbreak some time back, the directive cannot hold because this erratic water supply is serious, we have no option but to resort to digging shallow wells for us to survive,” Alex Daka a resident told Zambia Monitor on Sunday.\n"
          "Another resident, Solomon Bulaya, said the area had never experienced water supply shortages to the current extent where people spend time searching for water.\n"
          "“We are in deep trouble, people are walking long distances looking for water, we risk having water borne diseases, this issue needs to be resolved because getting water from shallow wells is not sustainable, a way needs to be found to resolve water shortages,” Bulaya cried out.\n"
          "On the other hand, Muwowo the civic leader stated that he feared restraining people from cutting water pipes because of lack of alternatives and that he could risk being beaten.\n"
          "But NWSC Director of Infrastructure Development, Sheila Mwakazanga, told a stakeholders meeting in Kitwe that residents should bear with the utility company."),
    entities=[("zm", "Zambia Monitor", "ORGANIZATION", [], "the outlet"),
              ("nwsc", "Nkana Water and Sanitation Company (NWSC)", "ORGANIZATION",
               ["Nkana Water and Sanitation Company", "NWSC"], "Kitwe's water utility"),
              ("muwowo", "Kelly Muwowo", "PERSON",
               ["Muwowo", "Chimwemwe Ward Councillor, Kelly Muwowo", "Muwowo the civic leader"],
               "Chimwemwe Ward Councillor"),
              ("daka", "Alex Daka", "PERSON", ["Daka", "Alex Daka a resident"], "Chimwemwe resident"),
              ("bulaya", "Solomon Bulaya", "PERSON", ["Bulaya", "Another resident, Solomon Bulaya"], "Chimwemwe resident"),
              ("mwakazanga", "Sheila Mwakazanga", "PERSON",
               ["Mwakazanga", "NWSC Director of Infrastructure Development, Sheila Mwakazanga"],
               "NWSC Director of Infrastructure Development")],
    mentions=[("m1", ("Zambia Monitor", "Zambia Monitor understands"), "zm"),
              ("m2", "Nkana Water and Sanitation Company (NWSC)", "nwsc"),
              ("m3", "Chimwemwe Ward Councillor, Kelly Muwowo", "muwowo"),
              ("m4", "Alex Daka a resident", "daka"),
              ("m5", ("Zambia Monitor", "told Zambia Monitor"), "zm"),
              ("m6", "Another resident, Solomon Bulaya", "bulaya"),
              ("m7", ("Bulaya", "Bulaya cried out"), "bulaya"),
              ("m8", "Muwowo the civic leader", "muwowo"),
              ("m9", "NWSC Director of Infrastructure Development, Sheila Mwakazanga", "mwakazanga")],
    attributions=[("a1", "INDIRECT", "m1", "understands",
                   "since October, residents have been subjected to inconsistent water supply", None),
                  ("a2", "INDIRECT", "m2", "According to",
                   seg(T, "the confirmed erratic supply", "could not buy into"), None),
                  ("a3", "DIRECT", "m4", ("told", "told Zambia Monitor"),
                   seg(T, "Despite President Hakainde", "for us to survive,"), None),
                  ("a4", "INDIRECT", "m6", ("said", "Bulaya, said"),
                   "the area had never experienced water supply shortages to the current extent where people spend time searching for water", None),
                  ("a5", "DIRECT", "m7", "cried out",
                   seg(T, "We are in deep trouble", "resolve water shortages,"), None),
                  ("a6", "INDIRECT", "m8", "stated",
                   seg(T, "he feared restraining people", "risk being beaten"), None),
                  ("a7", "INDIRECT", "m9", ("told", "told a stakeholders"),
                   "residents should bear with the utility company", None)])

# ---------------------------------------------------------------------------------------
# The stored page has no headline, so the text starts with the lead; it holds the whole article
# (no date on the page). Notes:
# - "the official statistics agency said headline inflation had fallen to 3.1% ..., its lowest
#   rate since December 2005, according to Refinitiv data": the record low is what the Refinitiv
#   data gives, so the apposition is Refinitiv's claim (cue "according to"; the document names its
#   author, so "Refinitiv data" is a mention of Refinitiv, FORMAT.md Documents) and the agency's
#   content stops before it.
# - "The drop heightened expectations that the central bank will cut ...": a forecast as a noun
#   with no claimant and no reporting verb (FORMAT.md, Excluded: `analyst forecasts`, `on news
#   that`): not annotated.
# - "in a research note" is a medium; "Naeem" is Naeem Brokerage.
# - "Analysts say they expect ...": the speakers' own attitude inside their report is not split
#   off (seed a20).
# - "the central bank cut its key interest rates" is an action.
doc("cairoherald-egypt-core-inflation-october",
    url="https://cairoherald.com/egypts-core-inflation/",
    outlet="Cairo Herald", country="Egypt", topic="business", cut=False,
    text=(T := "Egypt’s core inflation rate increased slightly to 2.7% year-on-year in October from 2.6% in September, but remained well below levels seen in previous months, the central bank said on Monday.\n"
          "The figures came two days after the official statistics agency said headline inflation had fallen to 3.1% in October from 4.8% in September, its lowest rate since December 2005, according to Refinitiv data.\n"
          "The drop heightened expectations that the central bank will cut interest rates when it meets on Thursday.\n"
          "Month-on-month headline inflation rose to 1% from -0.03% in October, driven partly by higher education prices and an increase in household renovations.\n"
          "Core inflation strips out volatile items such as food.\n"
          "The sharp drop in year-on-year headline inflation largely reflected the high comparative inflation rate in 2018, Naeem Brokerage said in a research note on Monday.\n"
          "The new headline rate widened Egypt’s real interest rate to around 10%, “the highest among most emerging economies and adding more room for monetary easing”, Naeem said.\n"
          "In September, the central bank cut its key interest rates for the second month in a row.\n"
          "Egypt is coming out of a three-year IMF-backed reform programme that saw inflation climb to highs of more than 33% in mid-2017.\n"
          "Analysts say they expect inflation to rise again before the end of the year because of the base-year effect."),
    entities=[("cbe", "the central bank", "ORGANIZATION", [], "Central Bank of Egypt"),
              ("agency", "the official statistics agency", "ORGANIZATION", [], "Egypt's statistics agency (CAPMAS)"),
              ("refinitiv", "Refinitiv", "ORGANIZATION", ["Refinitiv data"], "financial data provider"),
              ("naeem", "Naeem Brokerage", "ORGANIZATION", ["Naeem"], "Egyptian brokerage"),
              ("analysts", "Analysts", "GROUP", [], "economic analysts")],
    mentions=[("m1", ("the central bank", "the central bank said"), "cbe"),
              ("m2", "the official statistics agency", "agency"),
              ("m3", "Refinitiv data", "refinitiv"),
              ("m4", ("the central bank", "the central bank will"), "cbe"),
              ("m5", "Naeem Brokerage", "naeem"),
              ("m6", ("Naeem", "Naeem said"), "naeem"),
              ("m7", ("the central bank", "the central bank cut"), "cbe"),
              ("m8", "Analysts", "analysts")],
    attributions=[("a1", "INDIRECT", "m1", ("said", "the central bank said"),
                   seg(T, "Egypt’s core inflation rate", "seen in previous months"), None),
                  ("a2", "INDIRECT", "m2", ("said", "agency said"),
                   "headline inflation had fallen to 3.1% in October from 4.8% in September", None),
                  ("a3", "INDIRECT", "m3", "according to", "its lowest rate since December 2005", None),
                  ("a4", "INDIRECT", "m5", ("said", "Brokerage said"),
                   "The sharp drop in year-on-year headline inflation largely reflected the high comparative inflation rate in 2018", None),
                  ("a5", "MIXED", "m6", ("said", "Naeem said"),
                   seg(T, "The new headline rate widened", "monetary easing”"), None),
                  ("a6", "INDIRECT", "m8", "say",
                   "they expect inflation to rise again before the end of the year because of the base-year effect", None)])

# ---------------------------------------------------------------------------------------
# The byline ("By: Haffiya Elyas") and the page's "You May Also Like / Leave a Reply" lines are
# removed; the date is taken from the address. "Khartoum –" is a dateline (not an attribution).
# Notes:
# - Headline "Health Ministry Reports 4 Cholera Cases in Blue Nile State": cue "Reports", the noun
#   phrase its content (as `announced the launch of X`).
# - "announced that A, affirming that B" is two claims of the ministry (seed a18/a19).
# - "cases have been reported" (statistics of recorded cases, an agentless passive with no
#   content) is not annotated.
# - "Sudan's Health Minister ... has officially reported the cases to the WHO" is a speech act
#   with a content ("the cases"; the addressee left out), nested in the ministry's statement, as
#   `confirmed the arrest`; it is judged a report, not a bare action like `informed the regulator`,
#   because its object is what is reported.
# - "called on X to Y" / "calls on X to Y" keep the addressee (seed a23/a24). "to confirm the
#   presence of cholera" is a demanded, not a made, speech act: not annotated.
# - The Doctors Committee and its spokeswoman are separate entities (representatives).
doc("sudanvision-health-ministry-cholera-blue-nile",
    url="https://www.sudanvision.net/2019/09/11/health-ministry-reports-4-cholera-cases-in-blue-nile-state/",
    outlet="Sudan Vision", country="Sudan", topic="health-science", cut=False, published="2019-09-11",
    text=(T := "Health Ministry Reports 4 Cholera Cases in Blue Nile State\n"
          "Khartoum – Federal Ministry of Health on Tuesday announced that four cholera infection cases have been reported in Blue Nile state, affirming that the number of cases of watery diarrhea most possibly caused by cholera, has risen to 40 in state hospitals three of them died.\n"
          "The Ministry said in a statement that Sudan’s Health Minister, Akram Ali Al-Tom, has officially reported the cases to the World Health Organization (WHO).\n"
          "It also said two teams from the Federal Health Ministry and the WHO have arrived in Blue Nile state to provide support through environment conservation, ensuring water and food safety and medical treatment.\n"
          "Contaminated and stagnant water due to rains and floods usually causes the disease in some areas in Sudan\n"
          "The Doctors Committee in Blue Nile state has warned that a cholera epidemic threatens the country. Spokeswoman Dr Shiraz Ahmed called on the Ministry of Health to intervene urgently and take preventive measures to prevent an outbreak of the epidemic.\n"
          "The committee calls on the ministry to confirm the presence of cholera and to take preventive interventions to prevent the spread of the epidemic to catastrophic dimensions as witnessed in the country in the past years.\n"
          "The Doctors Committee called on the people to take utmost care in dealing with water and care to combat flies and go to the nearest treatment centre as soon as symptoms of diarrhea appear."),
    entities=[("ministry", "Federal Ministry of Health", "ORGANIZATION",
               ["Health Ministry", "Federal Health Ministry", "Ministry of Health", "the Ministry"],
               "Sudan's Federal Ministry of Health"),
              ("altom", "Akram Ali Al-Tom", "PERSON", ["Al-Tom", "Sudan’s Health Minister, Akram Ali Al-Tom"],
               "Sudan's Health Minister"),
              ("committee", "The Doctors Committee in Blue Nile state", "ORGANIZATION",
               ["Doctors Committee", "The Doctors Committee", "the committee"], "doctors' committee of Blue Nile state"),
              ("ahmed", "Shiraz Ahmed", "PERSON", ["Dr Shiraz Ahmed", "Spokeswoman Dr Shiraz Ahmed"],
               "spokeswoman of the Doctors Committee")],
    mentions=[("m1", ("Health Ministry", "Health Ministry Reports"), "ministry"),
              ("m2", ("Federal Ministry of Health", "Federal Ministry of Health on Tuesday"), "ministry"),
              ("m3", ("The Ministry", "The Ministry said"), "ministry"),
              ("m4", "Sudan’s Health Minister, Akram Ali Al-Tom", "altom"),
              ("m5", ("It", "It also said"), "ministry"),
              ("m6", "Federal Health Ministry", "ministry"),
              ("m7", "The Doctors Committee in Blue Nile state", "committee"),
              ("m8", "Spokeswoman Dr Shiraz Ahmed", "ahmed"),
              ("m9", ("the Ministry of Health", "called on the Ministry of Health"), "ministry"),
              ("m10", ("The committee", "The committee calls"), "committee"),
              ("m11", ("the ministry", "calls on the ministry"), "ministry"),
              ("m12", ("The Doctors Committee", "The Doctors Committee called"), "committee")],
    attributions=[("a1", "INDIRECT", "m1", "Reports", "4 Cholera Cases in Blue Nile State", None),
                  ("a2", "INDIRECT", "m2", "announced",
                   "four cholera infection cases have been reported in Blue Nile state", None),
                  ("a3", "INDIRECT", "m2", "affirming",
                   seg(T, "the number of cases of watery diarrhea", "three of them died"), None),
                  ("a4", "INDIRECT", "m3", ("said", "The Ministry said"),
                   seg(T, "Sudan’s Health Minister, Akram", "Organization (WHO)"), None),
                  ("a5", "INDIRECT", "m4", ("reported", "officially reported"), ("the cases", "officially reported"), "a4"),
                  ("a6", "INDIRECT", "m5", ("said", "It also said"),
                   seg(T, "two teams from the Federal", "medical treatment"), None),
                  ("a7", "INDIRECT", "m7", "warned", "a cholera epidemic threatens the country", None),
                  ("a8", "INDIRECT", "m8", ("called on", "Ahmed called on"),
                   "the Ministry of Health to intervene urgently and take preventive measures to prevent an outbreak of the epidemic", None),
                  ("a9", "INDIRECT", "m10", "calls on",
                   seg(T, "the ministry to confirm the presence", "in the past years"), None),
                  ("a10", "INDIRECT", "m12", ("called on", "Committee called on"),
                   seg(T, "the people to take utmost care", "symptoms of diarrhea appear"), None)])

# ---------------------------------------------------------------------------------------
# The stored page prints two title lines, "Poor internet with no improvement in sight" and
# "Basmaya complex residents demand better internet service"; both are kept in their printed
# order, and the document title is the second, the headline proper (the first reads as a
# kicker). Three image captions at the end are removed. The page gives no year. Notes:
# - Headline "Basmaya complex residents demand better internet service": cue "demand", the noun
#   phrase its content. The kicker line has no cue.
# - "prompting ... Hayam Al-Yasiri to call out the EarthLink telecommunications company on Tuesday
#   for chronic service delays ...": evaluative reporting with a content, annotated as the corpus
#   annotates `blamed X for Y` / `accused X of Y` (content "X ... for Y"); "on Tuesday" lies
#   between and stays (Contiguity, as `called on the ministry on Monday to publish`).
# - "told 964:": the outlet is a medium. Haider's quotation has no reporting clause and continues
#   him (null cue).
# - "We are planning to protest against the company to demand its departure ..." is a planned,
#   not a made, demand: not split off.
doc("964media-basmaya-residents-internet-service",
    url="https://en.964media.com/2993/",
    outlet="964media", country="Iraq", topic="technology", cut=False,
    title="Basmaya complex residents demand better internet service",
    text=(T := "Poor internet with no improvement in sight\n"
          "Basmaya complex residents demand better internet service\n"
          "BAGHDAD, October 5 — Residents of the Basmaya residential complex in Baghdad say they hold a local internet provider responsible for poor service coverage and want the company’s contract cancelled.\n"
          "Internet users across southern and central Iraq have faced slowed or disrupted access, prompting Iraqi Minister of Communications Hayam Al-Yasiri to call out the EarthLink telecommunications company on Tuesday for chronic service delays and sluggish internet speeds outside the Kurdistan region.\n"
          "Jawad Khudair, a representative of a building in Basmaya, told 964: “The internet service has been very poor for months, and the problem is that the Investment Commission does not respond to complaints. We hope that there will be a solution to this problem as soon as possible.”\n"
          "Resident Nibras Haider said service fees are not commesurate with actual access. “The internet is weak and often disconnects, and it does not justify the amount we pay to the company. We always rely on 4G service through our phones instead of the company’s service.”\n"
          "Mohammed Iyad, another resident, said: “The IQ company in Basmaya monopolizes the provision of the internet in the complex and does not allow any other company to compete with it. We are planning to protest against the company to demand its departure or improvement of its services.”"),
    entities=[("residents", "Basmaya complex residents", "GROUP",
               ["Residents of the Basmaya residential complex in Baghdad"], "residents of the Basmaya complex"),
              ("alyasiri", "Hayam Al-Yasiri", "PERSON",
               ["Al-Yasiri", "Iraqi Minister of Communications Hayam Al-Yasiri"], "Iraqi Minister of Communications"),
              ("khudair", "Jawad Khudair", "PERSON", ["Khudair"], "representative of a building in Basmaya"),
              ("haider", "Nibras Haider", "PERSON", ["Haider", "Resident Nibras Haider"], "Basmaya resident"),
              ("iyad", "Mohammed Iyad", "PERSON", ["Iyad", "Mohammed Iyad, another resident"], "Basmaya resident")],
    mentions=[("m1", "Basmaya complex residents", "residents"),
              ("m2", "Residents of the Basmaya residential complex in Baghdad", "residents"),
              ("m3", "Iraqi Minister of Communications Hayam Al-Yasiri", "alyasiri"),
              ("m4", "Jawad Khudair, a representative of a building in Basmaya", "khudair"),
              ("m5", "Resident Nibras Haider", "haider"),
              ("m6", "Mohammed Iyad, another resident", "iyad")],
    attributions=[("a1", "INDIRECT", "m1", ("demand", "residents demand"), "better internet service", None),
                  ("a2", "INDIRECT", "m2", "say",
                   seg(T, "they hold a local internet provider", "contract cancelled"), None),
                  ("a3", "INDIRECT", "m3", "call out",
                   seg(T, "the EarthLink telecommunications company", "outside the Kurdistan region"), None),
                  ("a4", "DIRECT", "m4", "told",
                   seg(T, "The internet service has been very poor", "as soon as possible."), None),
                  ("a5", "INDIRECT", "m5", ("said", "Haider said"), "service fees are not commesurate with actual access", None),
                  ("a6", "DIRECT", "m5", None, seg(T, "The internet is weak", "instead of the company’s service."), None),
                  ("a7", "DIRECT", "m6", ("said", "another resident, said"),
                   seg(T, "The IQ company in Basmaya", "improvement of its services."), None)])

# ---------------------------------------------------------------------------------------
# The section label ("Sports") and the byline are removed. The stored copy breaks off inside
# Pasuwa's last quotation ("... they are technically s"): cut before it. Notes:
# - Headline "Bitter pill to swallow: Flames coach hopes for the future": a topic label before the
#   colon is not a speaker (FORMAT.md, Headlines); "hopes for" takes the noun phrase as its
#   content (the linking preposition left out), as the corpus annotates "hopes" in headlines.
# - "described X as painful after his boys worked tooth and nail to win the match": the
#   "after ..." clause gives the reason the defeat is painful, so it is an adjunct inside the
#   claim and stays (FORMAT.md, Adjuncts).
# - "did not hide his frustration" is a state with no content: not annotated.
# - "the first which he said was scored from an offside position": nested, content the rest of
#   the relative clause (as the corpus's "which he said ..."). "when the referee noted that he had
#   goofed": the referee's realisation, nested in Pasuwa's claim, annotated as a belief with a
#   named subject.
doc("montfortmediamw-flames-pasuwa-tunisia-defeat",
    url="https://montfortmediamw.org/bitter-pill-to-swallow-flames-coach-hopes-for-the-future",
    outlet="Montfort Media", country="Malawi", topic="sport", cut=True,
    text=(T := "Bitter pill to swallow: Flames coach hopes for the future\n"
          "Flames head coach Kallisto Pasuwa has described the Monday 2-0 away defeat to Tunisia in the ongoing World Cup qualifiers as painful after his boys worked tooth and nail to win the match.\n"
          "The Flames succumbed to late goals scored by substitute S. Jaziri in the 85th minute before A. Abdi sealed the victory through a penalty in the added time. Malawi’s chance to grab a face saver through veteran Richard Mbulu’s spot kick in what was the last kick of the match was saved by Tunisia goalkeeper.\n"
          "The goals came after probable man of the match goalkeeper William Thole had denied the home side a couple of scoring opportunities. However, the Flames were dealt a big blow when midfielder Lloyd Aaron was shown the red card following a second yellow in the 64th minute.\n"
          "Speaking in an interview soon after the match, Pasuwa did not hide his frustration.\n"
          "“It’s a painful defeat after we had played well to frustrate the home side. They couldn’t manage to breakthrough, we did well defensively and we also had some chances that we could have taken but unfortunately we couldn’t. All in all, we went all the way to the 85th minute where the boys were still solid again but unfortunately the numbers couldn’t allow us to do that,” said Pasuwa.\n"
          "He, however said all the goals were not clear ones beginning with the first which he said was scored from an offside position and the other one being a soft penalty. He said this is why when the referee noted that he had goofed, he also awarded the Flames a soft penalty which Mbulu eventually missed."),
    entities=[("pasuwa", "Kallisto Pasuwa", "PERSON",
               ["Pasuwa", "Flames head coach Kallisto Pasuwa", "Flames coach"], "head coach of Malawi's Flames"),
              ("referee", "the referee", "PERSON", [], "referee of the Tunisia-Malawi match")],
    mentions=[("m1", "Flames coach", "pasuwa"),
              ("m2", "Flames head coach Kallisto Pasuwa", "pasuwa"),
              ("m3", ("Pasuwa", "Pasuwa did not"), "pasuwa"),
              ("m4", ("Pasuwa", "said Pasuwa"), "pasuwa"),
              ("m5", ("He", "He, however"), "pasuwa"),
              ("m6", ("he", "which he said"), "pasuwa"),
              ("m7", ("He", "He said this"), "pasuwa"),
              ("m8", "the referee", "referee")],
    attributions=[("a1", "INDIRECT", "m1", "hopes", "the future", None),
                  ("a2", "INDIRECT", "m2", "described",
                   seg(T, "the Monday 2-0 away defeat", "tooth and nail to win the match"), None),
                  ("a3", "DIRECT", "m4", ("said", "said Pasuwa"),
                   seg(T, "It’s a painful defeat", "allow us to do that,"), None),
                  ("a4", "INDIRECT", "m5", ("said", "however said"),
                   seg(T, "all the goals were not clear", "being a soft penalty"), None),
                  ("a5", "INDIRECT", "m6", ("said", "which he said"), "was scored from an offside position", "a4"),
                  ("a6", "INDIRECT", "m7", ("said", "He said this"),
                   seg(T, "this is why when the referee", "Mbulu eventually missed"), None),
                  ("a7", "INDIRECT", "m8", "noted", "he had goofed", "a6")])

# ---------------------------------------------------------------------------------------
# The stored page has no headline (its address reads "Major Mahama witness accused of
# falsehood"); its first line, "Major Mahama", is the photo caption and is removed, so the text
# starts with the lead. The stored copy breaks off inside the next paragraph ("... was the fi"):
# cut before it. Notes:
# - "accused X of Y" keeps the accused ("X of Y", as the corpus does); "in the trial of 14
#   persons ..." sets the scene of the accusation, an adjunct of the reporting event, left out.
#   "alleged to have murdered", "their alleged role" and "the allegations levelled against him"
#   are hedges or nouns with no content: not annotated. The Attorney General's office "decided
#   to drop the charges" is an action.
# - "denied the allegations, saying ...": two claims of Adjei (seed a18/a19); "as claimed by the
#   defence lawyer" inside the second is the lawyer's claim, nested, its content the claimed
#   words ("doing the bidding of the prosecution") without the witness's negation.
# - "Asked under cross examination when ..." is a question put to the speaker: not annotated;
#   "he told the court it was after ..." is.
# - In the lawyer's quotation, "they told you to do their bidding" and "they asked you to come
#   and testify" are the prosecution's directives, nested (the addressee left out).
# - "it was Evelyn Keelson, a chief state attorney, who told him that ...": the cue sits in a
#   relative clause, so the source is its antecedent (nested in Adjei's claim).
# - "denied claims by the defence lawyer that ...": the noun phrase is the denial's content and
#   the lawyer's claim is nested in it (noun cue "claims", the author named in its NP).
doc("dailyguidenetwork-major-mahama-witness-accused-falsehood",
    url="https://dailyguidenetwork.com/major-mahama-witness-accused-of-falsehood",
    outlet="Daily Guide", country="Ghana", topic="courts-crime", cut=True,
    text=(T := "Private Legal Practitioner, George Bernard Shaw, has accused a prosecution witness of peddling falsehood to satisfy the prosecution in the trial of 14 persons alleged to have murdered Major Mahama.\n"
          "According to the defence lawyer, Kwame Adjei who is the third prosecution witness in the trial was in court to do the bidding of the prosecution because he was discharged of the allegations levelled against him.\n"
          "Kwame Adjei was among 22 persons who were arraigned before an Accra Magistrate Court for their alleged role in the murder of Major Mahama who was part of military detachment sent to Denkyira Obuase in the Central Region.\n"
          "He was, however, discharged by the court along some seven other suspects after the office of the Attorney General decided to drop the charges against them because there was no evidence linking them to the crime.\n"
          "Prior to his discharge by the court, the witness had spent a total of seven months in police cells and the Nsawam prison.\n"
          "In view of this, the defence lawyer claimed the witness was appearing before the court to testify in order to appease the prosecution.\n"
          "Kwame Adjei however denied the allegations, saying he was telling the court the truth and he was not doing the bidding of the prosecution as claimed by the defence lawyer.\n"
          "Asked under cross examination when he got to know he would be a prosecution witness he told the court it was after he was discharged by the Magistrate Court.\n"
          "“You were happy when they told you to do their bidding when they asked you to come and testify”, the lawyer queried. “That is not so”, the witness replied.\n"
          "He told the court that it was Evelyn Keelson, a chief state attorney, who told him that he was going to be a witness in the substantive trial.\n"
          "The witness also denied claims by the defence lawyer that he had previously met to discuss issues with the prosecution prior to his appearance in court to testify in the matter."),
    entities=[("shaw", "George Bernard Shaw", "PERSON",
               ["Shaw", "Private Legal Practitioner, George Bernard Shaw", "the defence lawyer", "the lawyer"],
               "defence lawyer in the Major Mahama murder trial"),
              ("adjei", "Kwame Adjei", "PERSON", ["Adjei", "the witness", "a prosecution witness"],
               "third prosecution witness"),
              ("prosecution", "the prosecution", "ORGANIZATION", [], "the state prosecution in the trial"),
              ("keelson", "Evelyn Keelson", "PERSON",
               ["Keelson", "Mrs. Keelson", "Evelyn Keelson, a chief state attorney"], "chief state attorney")],
    mentions=[("m1", "Private Legal Practitioner, George Bernard Shaw", "shaw"),
              ("m2", ("a prosecution witness", "accused a prosecution witness"), "adjei"),
              ("m3", ("the prosecution", "satisfy the prosecution"), "prosecution"),
              ("m4", ("the defence lawyer", "According to the defence lawyer"), "shaw"),
              ("m5", ("Kwame Adjei", "Kwame Adjei who is"), "adjei"),
              ("m6", ("the prosecution", "bidding of the prosecution because"), "prosecution"),
              ("m7", ("Kwame Adjei", "Kwame Adjei was among"), "adjei"),
              ("m8", ("the witness", "the witness had spent"), "adjei"),
              ("m9", ("the defence lawyer", "the defence lawyer claimed"), "shaw"),
              ("m10", ("the witness", "the witness was appearing"), "adjei"),
              ("m11", ("the prosecution", "appease the prosecution"), "prosecution"),
              ("m12", ("Kwame Adjei", "Kwame Adjei however"), "adjei"),
              ("m13", ("the prosecution", "bidding of the prosecution as"), "prosecution"),
              ("m14", ("the defence lawyer", "as claimed by the defence lawyer"), "shaw"),
              ("m15", ("he", "he told the court it was"), "adjei"),
              ("m16", ("they", "they told you"), "prosecution"),
              ("m17", ("they", "they asked you"), "prosecution"),
              ("m18", ("the lawyer", "the lawyer queried"), "shaw"),
              ("m19", ("the witness", "the witness replied"), "adjei"),
              ("m20", ("He", "He told the court that"), "adjei"),
              ("m21", "Evelyn Keelson, a chief state attorney", "keelson"),
              ("m22", ("The witness", "The witness also"), "adjei"),
              ("m23", ("the defence lawyer", "claims by the defence lawyer"), "shaw"),
              ("m24", ("the prosecution", "issues with the prosecution"), "prosecution")],
    attributions=[("a1", "INDIRECT", "m1", "accused",
                   "a prosecution witness of peddling falsehood to satisfy the prosecution", None),
                  ("a2", "INDIRECT", "m4", "According to",
                   seg(T, "Kwame Adjei who is the third", "levelled against him"), None),
                  ("a3", "INDIRECT", "m9", ("claimed", "lawyer claimed"),
                   "the witness was appearing before the court to testify in order to appease the prosecution", None),
                  ("a4", "INDIRECT", "m12", ("denied", "however denied"), ("the allegations", "however denied"), None),
                  ("a5", "INDIRECT", "m12", "saying",
                   seg(T, "he was telling the court the truth", "as claimed by the defence lawyer"), None),
                  ("a6", "INDIRECT", "m14", ("claimed", "as claimed by"),
                   ("doing the bidding of the prosecution", "not doing the bidding"), "a5"),
                  ("a7", "INDIRECT", "m15", ("told", "he told the court it was"), "it was after he was discharged by the Magistrate Court", None),
                  ("a8", "DIRECT", "m18", "queried", seg(T, "You were happy when", "come and testify"), None),
                  ("a9", "INDIRECT", "m16", ("told", "they told you"), "to do their bidding", "a8"),
                  ("a10", "INDIRECT", "m17", ("asked", "they asked you"), "to come and testify", "a8"),
                  ("a11", "DIRECT", "m19", "replied", "That is not so", None),
                  ("a12", "INDIRECT", "m20", ("told", "He told the court that"),
                   seg(T, "it was Evelyn Keelson", "in the substantive trial"), None),
                  ("a13", "INDIRECT", "m21", ("told", "who told him"),
                   "he was going to be a witness in the substantive trial", "a12"),
                  ("a14", "INDIRECT", "m22", ("denied", "also denied"),
                   seg(T, "claims by the defence lawyer that", "to testify in the matter"), None),
                  ("a15", "INDIRECT", "m23", ("claims", "claims by the defence"),
                   seg(T, "he had previously met to discuss", "to testify in the matter"), "a14")])

write("test15_b.jsonl")
