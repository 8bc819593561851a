#!/usr/bin/env python3
"""Writes test19_a.jsonl: real-news gold, split test19-a (see gold.py). Run: python3 make_test19_a.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
# Stored page: date line, "1 min read", two "READ MORE" lines and two photo captions removed; the
# stored copy breaks off inside the next quotation, so the text is cut at the last whole paragraph.
doc("theolivepress-verdemar-eastside-not-anti-gibraltar",
    url="https://theolivepress.es/spain-news/2024/12/18/the-environment-has-no-borders-spanish-activist-group-insists-it-is-not-anti-gibraltar-in-eastside-marina-complaints",
    outlet="The Olive Press", country="Spain", topic="environment", cut=True, published="2024-12-18",
    text=(T := "‘The environment has no borders’: Spanish activist group insists it is not ‘anti-Gibraltar’ in Eastside marina complaints\n"
          "THE main Spanish group leading the charge against the Eastside development has denied it is ‘just another hostile anti-Gibraltar voice from Spain’.\n"
          "Environmentalists Verdemar Ecologistas en Accion has regularly denounced the £340 million marina project on the Rock’s Mediterranean side.\n"
          "The group recently said it was a ‘disgrace’ that it was left up to them to ‘defend the interests of Andalucia and Spain’.\n"
          "However, spokesman Antonio Muñoz Secilla told the Olive Press that the group was not motivated by grinding the nationalist axe.\n"
          "“We are not interested in questions of sovereignty or litigating who owns territorial waters,” Muñoz said.\n"
          "“The environment has no borders. We denounce landfills and other environmental violations in Spain just as quickly as in Gibraltar.\n"
          "“Verdemar is fighting the stone dumping that Gibraltar is carrying out just as we did during the expansion of the Port of Algeciras.\n"
          "“We denounced the 700,000 square metres that were reclaimed in the Bay of Algeciras to build that port over several years.”\n"
          "Verdemar has also complained about the ‘suspicious silence’ from the Spanish foreign ministry over its denuncias in Madrid against the Eastside project."),
    entities=[("verdemar", "Verdemar Ecologistas en Accion", "ORGANIZATION",
               ["Verdemar", "Environmentalists Verdemar Ecologistas en Accion", "Spanish activist group",
                "THE main Spanish group", "The group"],
               "Spanish environmental group opposing Gibraltar's Eastside marina"),
              ("munoz", "Antonio Muñoz Secilla", "PERSON", ["Muñoz", "spokesman Antonio Muñoz Secilla"],
               "spokesman of Verdemar Ecologistas en Accion")],
    mentions=[("m1", "Spanish activist group", "verdemar"),
              # The source is the head NP; the participle phrase "leading the charge against ..." is
              # left out as a relative clause would be (FORMAT.md, Source).
              ("m2", "THE main Spanish group", "verdemar"),
              ("m3", "Environmentalists Verdemar Ecologistas en Accion", "verdemar"),
              ("m4", ("The group", "The group recently"), "verdemar"),
              ("m5", "spokesman Antonio Muñoz Secilla", "munoz"),
              ("m6", ("the group", "the group was not"), "verdemar"),
              ("m7", ("Muñoz", "Muñoz said"), "munoz"),
              ("m8", ("We", "We denounce landfills"), "verdemar"),
              ("m9", ("Verdemar", "Verdemar is fighting"), "verdemar"),
              ("m10", ("We", "We denounced the"), "verdemar"),
              ("m11", ("Verdemar", "Verdemar has also"), "verdemar")],
    attributions=[
        # Quoted headline before a colon headline: DIRECT of the headline's speaker, null cue, as the
        # corpus does for "'Quote': X slams Y" headlines.
        ("a1", "DIRECT", "m1", None, ("The environment has no borders", "‘The environment has no borders’"), None),
        ("a2", "MIXED", "m1", "insists", "it is not ‘anti-Gibraltar’ in Eastside marina complaints", None),
        ("a3", "MIXED", "m2", "denied", "it is ‘just another hostile anti-Gibraltar voice from Spain’", None),
        ("a4", "INDIRECT", "m3", ("denounced", "regularly denounced"), "the £340 million marina project on the Rock’s Mediterranean side", None),
        ("a5", "MIXED", "m4", ("said", "recently said"),
         "it was a ‘disgrace’ that it was left up to them to ‘defend the interests of Andalucia and Spain’", None),
        ("a6", "INDIRECT", "m5", "told", "the group was not motivated by grinding the nationalist axe", None),
        ("a7", "DIRECT", "m7", ("said", "Muñoz said"),
         "We are not interested in questions of sovereignty or litigating who owns territorial waters,", None),
        # One quotation over three paragraphs (each reopens, only the last closes).
        ("a8", "DIRECT", "m7", None, seg(T, "The environment has no borders. We", "over several years."), None),
        # The group's own (habitual and past) denunciations, reported inside the spokesman's quote;
        # "just as quickly as in Gibraltar" is an adjunct of the denouncing.
        ("a9", "INDIRECT", "m8", ("denounce", "We denounce landfills"),
         "landfills and other environmental violations in Spain", "a8"),
        ("a10", "INDIRECT", "m10", ("denounced", "We denounced the"),
         "the 700,000 square metres that were reclaimed in the Bay of Algeciras to build that port over several years", "a8"),
        # "its denuncias in Madrid against the Eastside project" are legal complaints filed (an action),
        # with no claim of their own given: not annotated.
        ("a11", "MIXED", "m11", "complained",
         "the ‘suspicious silence’ from the Spanish foreign ministry over its denuncias in Madrid against the Eastside project", None)])

# ---------------------------------------------------------------------------------------
# The stored page has no headline: the text starts with the lead.
doc("tippfm-council-rejects-isolation-unit-claims",
    url="http://tippfm.com/news/council-rejects-claims-councillors-werent-told-isolation-unit-works/",
    outlet="Tipp FM", country="Ireland", topic="local", cut=False, published="2020-04-20",
    text=(T := "Tipperary County Council says elected representatives have been kept fully informed of proposals to use local authority houses as isolation units.\n"
          "It follows claims by Nenagh based Councillor Seamus Morris that they had not been told about works taking place on some houses in his area.\n"
          "The independent representative told Tipp FM he is receiving calls from people who fear that some houses are being restored as isolation units for people with suspected coronavirus.\n"
          "Tipperary County Council Senior Engineer Jonathan Cooney says Councillor Morris should have been well aware.\n"
          "“I would totally refute Councillor Morris’s comments in relation to not being informed because Tipperary County Council produced a guide to essential council services during Covid-19 and that information is up on the council website.”\n"
          "“At the same time as that an information note was sent to all the Councillors and Oireachtas members by email attaching details of these essential services”\n"
          "“And very clearly if you go on the council website today under Covid-19 you will see that list of essential services and under Municipal Districts it clearly states that work would continue on vacant houses on the basis of potential requirements for use as community self isolation units.”"),
    entities=[("council", "Tipperary County Council", "ORGANIZATION", ["the council"], "local authority of County Tipperary"),
              ("morris", "Seamus Morris", "PERSON",
               ["Morris", "Councillor Morris", "Councillor Seamus Morris", "The independent representative"],
               "independent councillor based in Nenagh"),
              ("people", "people", "GROUP", [], "people who called Councillor Morris"),
              ("cooney", "Jonathan Cooney", "PERSON", ["Cooney", "Senior Engineer Jonathan Cooney"],
               "Senior Engineer, Tipperary County Council")],
    mentions=[("m1", ("Tipperary County Council", "Tipperary County Council says"), "council"),
              ("m2", "Nenagh based Councillor Seamus Morris", "morris"),
              ("m3", "The independent representative", "morris"),
              ("m4", ("people", "people who fear"), "people"),
              ("m5", "Tipperary County Council Senior Engineer Jonathan Cooney", "cooney"),
              ("m6", ("Councillor Morris", "says Councillor Morris"), "morris"),
              ("m7", ("Tipperary County Council", "because Tipperary County Council"), "council"),
              # "it" is the council's list of essential services on "the council website": a document whose
              # author is named in its sentence is a mention of the author (FORMAT.md, Documents).
              ("m8", ("it", "it clearly states"), "council")],
    attributions=[
        # "kept fully informed of proposals" and "had not been told about works" report informing (an
        # action) with no claim of its own: not annotated.
        ("a1", "INDIRECT", "m1", ("says", "Council says elected"),
         "elected representatives have been kept fully informed of proposals to use local authority houses as isolation units", None),
        ("a2", "INDIRECT", "m2", "claims", "they had not been told about works taking place on some houses in his area", None),
        ("a3", "INDIRECT", "m3", ("told", "told Tipp FM"),
         "he is receiving calls from people who fear that some houses are being restored as isolation units for people with suspected coronavirus", None),
        ("a4", "INDIRECT", "m4", "fear",
         "some houses are being restored as isolation units for people with suspected coronavirus", "a3"),
        ("a5", "INDIRECT", "m5", ("says", "Cooney says"), "Councillor Morris should have been well aware", None),
        # "refute Councillor Morris's comments in relation to not being informed": the speaker's own
        # attitude, and the comments' content is only alluded to; not split off.
        ("a6", "DIRECT", "m5", None, seg(T, "I would totally refute", "up on the council website."), None),
        # Each of the three quoted paragraphs closes its own quotation: three continuations.
        ("a7", "DIRECT", "m5", None, "At the same time as that an information note was sent to all the Councillors and Oireachtas members by email attaching details of these essential services", None),
        ("a8", "DIRECT", "m5", None, seg(T, "And very clearly if you go", "community self isolation units."), None),
        ("a9", "INDIRECT", "m8", "states",
         "work would continue on vacant houses on the basis of potential requirements for use as community self isolation units", "a8")])

# ---------------------------------------------------------------------------------------
# The stored copy breaks off inside the next paragraph; cut at the last whole paragraph.
doc("jamaicastar-blake-no-killer-squad",
    url="http://jamaica-star.com/article/news/20250530/%E2%80%98no-killer-squad%E2%80%99-top-cop-shoots-down-rumours-police-hit-team",
    outlet="The Jamaica Star", country="Jamaica", topic="courts-crime", cut=True, published="2025-05-30",
    text=(T := "‘No killer squad!’ - Top cop shoots down rumours of police hit team\n"
          "Police Commissioner Dr Kevin Blake has dismissed claims that a so-called \"killer squad\" is operating within the Jamaica Constabulary Force (JCF), calling the idea illogical and harmful to both officers and the public.\n"
          "\"I don't know from where that comes, right? But that's absolutely not how we operate. We have no such thing,\" Blake said during a post-cabinet media briefing on Thursday, where government and law enforcement officials addressed questions regarding national security. Addressing the uptick in police-involved shootings, which have resulted in swirling allegations even as murders decline islandwide, Blake said such rumours demoralise hard-working cops, who are already operating under intense pressure.\n"
          "\"This sometimes forms a significant distraction to my men and women when they are out there facing these individuals on a daily basis,\" he said, noting that the country records more than 1,000 murders a year. \"We have to be careful when we say these things, because at the end of the day, there's a thing that we call self-preservation. And when you get police in self-preservation mode, it is the citizens who suffer.\"\n"
          "His comments come as the JCF confirmed it had conducted one of the largest weapons seizures in Jamaican history, involving 233 firearms and more than 40,000 rounds of ammunition being intercepted at the port. The seizure included 74 rifles and 159 handguns. Minister of National Security Dr Horace Chang said the arms cache could \"equip a company of soldiers\", and praised the work of Jamaica Customs Agency in making the bust.\n"
          "\"That level of ammunition on the streets with these weapons is designed to create mayhem by a distorted and cruel mind and that must be stopped,\" Chang said.\n"
          "Blake opined that the seizure is a testament to the tireless work of the security forces."),
    entities=[("blake", "Kevin Blake", "PERSON", ["Blake", "Police Commissioner Dr Kevin Blake", "Top cop"],
               "Commissioner of Police, Jamaica"),
              ("jcf", "Jamaica Constabulary Force (JCF)", "ORGANIZATION", ["Jamaica Constabulary Force", "JCF", "the JCF"],
               "Jamaica's police force"),
              ("chang", "Horace Chang", "PERSON", ["Chang", "Minister of National Security Dr Horace Chang"],
               "Jamaica's Minister of National Security")],
    mentions=[("m1", "Top cop", "blake"),
              ("m2", "Police Commissioner Dr Kevin Blake", "blake"),
              ("m3", "Jamaica Constabulary Force (JCF)", "jcf"),
              ("m4", ("Blake", "Blake said during"), "blake"),
              ("m5", ("Blake", "Blake said such"), "blake"),
              ("m6", ("he", "he said, noting"), "blake"),
              ("m7", ("the JCF", "the JCF confirmed"), "jcf"),
              ("m8", "Minister of National Security Dr Horace Chang", "chang"),
              ("m9", ("Chang", "Chang said."), "chang"),
              ("m10", ("Blake", "Blake opined"), "blake")],
    attributions=[
        ("a1", "DIRECT", "m1", None, "No killer squad!", None),
        # "shoots down X" rejects the rumours (an NP content, as "slams X"); the rumours themselves are a
        # noun cue with no claimant (null source).
        ("a2", "INDIRECT", "m1", "shoots down", "rumours of police hit team", None),
        ("a3", "INDIRECT", None, ("rumours", "rumours of police"), "police hit team", "a2"),
        ("a4", "MIXED", "m2", "dismissed",
         "claims that a so-called \"killer squad\" is operating within the Jamaica Constabulary Force (JCF)", None),
        ("a5", "MIXED", None, ("claims", "claims that a so-called"),
         "a so-called \"killer squad\" is operating within the Jamaica Constabulary Force (JCF)", "a4"),
        ("a6", "INDIRECT", "m2", "calling", "the idea illogical and harmful to both officers and the public", None),
        ("a7", "DIRECT", "m4", ("said", "Blake said during"),
         "I don't know from where that comes, right? But that's absolutely not how we operate. We have no such thing,", None),
        # "Addressing the uptick in police-involved shootings, ..." is an adjunct of the reporting event;
        # its "swirling allegations" have no content and are not annotated.
        ("a8", "INDIRECT", "m5", ("said", "Blake said such"),
         "such rumours demoralise hard-working cops, who are already operating under intense pressure", None),
        ("a9", "DIRECT", "m6", ("said", "he said, noting"),
         "This sometimes forms a significant distraction to my men and women when they are out there facing these individuals on a daily basis,", None),
        ("a10", "INDIRECT", "m6", "noting", "the country records more than 1,000 murders a year", None),
        # "when we say these things" inside the quote is generic, with no content of its own: not nested.
        ("a11", "DIRECT", "m6", None, seg(T, "We have to be careful", "citizens who suffer."), None),
        ("a12", "INDIRECT", "m7", "confirmed",
         seg(T, "it had conducted one of the largest", "intercepted at the port"), None),
        ("a13", "MIXED", "m8", ("said", "Chang said the arms"), "the arms cache could \"equip a company of soldiers\"", None),
        ("a14", "INDIRECT", "m8", "praised", "the work of Jamaica Customs Agency in making the bust", None),
        ("a15", "DIRECT", "m9", ("said", "Chang said."),
         "That level of ammunition on the streets with these weapons is designed to create mayhem by a distorted and cruel mind and that must be stopped,", None),
        ("a16", "INDIRECT", "m10", "opined", "the seizure is a testament to the tireless work of the security forces", None)])

# ---------------------------------------------------------------------------------------
# "Toronto (Rajeev Sharma):" is the page's dateline (as "KESTREL BAY (Nordpress) —"), kept and not
# annotated. The stored copy breaks off inside the next paragraph; cut at the last whole paragraph.
doc("nationaltimesmedia-canada-computers-data-breach",
    url="https://nationaltimesmedia.com/canada-computers-confirms-customer-data-breach-faces-calls-for-greater-transparency",
    outlet="National Times Media", country="Canada", topic="technology", cut=True,
    text=(T := "Canada Computers Confirms Customer Data Breach, Faces Calls for Greater Transparency\n"
          "Toronto (Rajeev Sharma): Canada Computers & Electronics has acknowledged a data breach involving the personal information of some online customers, but the retailer is drawing criticism for providing limited details about the incident, including how many people were affected and when the breach occurred.\n"
          "In a statement to CBC News, the company said it became aware of the breach on Friday and confirmed that customer data — including credit card information — had been compromised. Affected customers were notified on Monday, advised on precautionary steps, and the incident was reported to authorities.\n"
          "However, neither the company’s public statement nor customer notifications specified the timing or duration of the breach, nor the total number of individuals impacted. Canada Computers said only that “a few” customers were affected and promised a further update by the end of the week.\n"
          "On Saturday, the retailer published additional details on its website, stating that customers who completed purchases as “guests” between Dec. 29 and Jan. 22 and entered personal information were impacted. Customers who logged in using a Canada Computers member account, as well as those who made in-store purchases, were not affected, the company said.\n"
          "Canada Computers added that it has hired an independent forensic cybersecurity firm to investigate the source and scope of the breach and to help strengthen its systems. The company is offering two years of free credit monitoring and identity protection services to affected customers and says it will contact them directly.\n"
          "Despite these measures, several customers have expressed frustration with what they describe as a lack of transparency."),
    entities=[("cc", "Canada Computers & Electronics", "ORGANIZATION",
               ["Canada Computers", "the company", "the retailer"], "Canadian computer retailer"),
              ("customers", "several customers", "GROUP", [], "customers of Canada Computers")],
    mentions=[("m1", ("Canada Computers", "Canada Computers Confirms"), "cc"),
              ("m2", "Canada Computers & Electronics", "cc"),
              ("m3", ("the retailer", "the retailer is drawing"), "cc"),
              ("m4", ("the company", "the company said it became"), "cc"),
              # Coordinated subject of two documents, both the company's (its statement and its
              # notifications to customers): a mention of the company (FORMAT.md, Documents).
              ("m5", "the company’s public statement nor customer notifications", "cc"),
              ("m6", ("Canada Computers", "Canada Computers said only"), "cc"),
              ("m7", ("the retailer", "the retailer published"), "cc"),
              ("m8", ("the company", "the company said."), "cc"),
              ("m9", ("Canada Computers", "Canada Computers added"), "cc"),
              ("m10", ("The company", "The company is offering"), "cc"),
              ("m11", "several customers", "customers"),
              ("m12", ("they", "they describe"), "customers")],
    attributions=[
        ("a1", "INDIRECT", "m1", "Confirms", "Customer Data Breach", None),
        # Noun cue "calls for" with no claimant: null source.
        ("a2", "INDIRECT", None, "Calls for", "Greater Transparency", None),
        ("a3", "INDIRECT", "m2", "acknowledged", "a data breach involving the personal information of some online customers", None),
        # "is drawing criticism for ..." is an evaluation with no reported content: not annotated.
        ("a4", "INDIRECT", "m4", ("said", "the company said it became"), "it became aware of the breach on Friday", None),
        ("a5", "INDIRECT", "m4", "confirmed", "customer data — including credit card information — had been compromised", None),
        # Agentless "advised on precautionary steps" (null source; "on" only links the cue). "were
        # notified" and "was reported to authorities" are informing, an action: not annotated.
        ("a6", "INDIRECT", None, "advised", "precautionary steps", None),
        # An omission with an open content, as seed a9/a10 ("did not say when ...").
        ("a7", "INDIRECT", "m5", "specified",
         "the timing or duration of the breach, nor the total number of individuals impacted", None),
        ("a8", "MIXED", "m6", ("said", "Canada Computers said only"), "“a few” customers were affected", None),
        ("a9", "INDIRECT", "m6", ("promised", "promised a further"), "a further update by the end of the week", None),
        ("a10", "MIXED", "m7", "stating",
         seg(T, "customers who completed purchases as", "entered personal information were impacted"), None),
        ("a11", "INDIRECT", "m8", ("said", "the company said."),
         "Customers who logged in using a Canada Computers member account, as well as those who made in-store purchases, were not affected", None),
        ("a12", "INDIRECT", "m9", "added",
         "it has hired an independent forensic cybersecurity firm to investigate the source and scope of the breach and to help strengthen its systems", None),
        ("a13", "INDIRECT", "m10", "says", "it will contact them directly", None),
        # "expressed frustration with X" is read as "complained about X" (the preposition only links the
        # cue); the customers' own description of it is nested.
        ("a14", "INDIRECT", "m11", "expressed frustration", "what they describe as a lack of transparency", None),
        ("a15", "INDIRECT", "m12", "describe", "a lack of transparency", "a14")])

# ---------------------------------------------------------------------------------------
# Byline/date line removed. The stored copy breaks off inside the next paragraph; cut at the last
# whole paragraph.
doc("heraldmail-flu-cases-up-washington-county",
    url="http://articles.herald-mail.com/2004-01-12/news/25131880_1_influenza-cases-influenza-vaccine-number-of-flu-cases",
    outlet="The Herald-Mail", country="US", topic="health-science", cut=True, published="2004-01-12",
    text=(T := "Number of flu cases up dramatically in county\n"
          "The beginning of the 2003-04 flu season has been a rough one, based on the number of cases reported to the Washington County Health Department.\n"
          "A department spokesman said reported cases early in the season increased by more than 700 percent over the same period last year.\n"
          "But while increased cases of influenza appear to have affected bed availability at Washington County Hospital in recent weeks, school officials say attendance has not been hurt more than previous years.\n"
          "Rod MacRae, spokesperson for the Washington County Health Department, said there have been 189 cases of influenza reported to the department as of Dec. 30. That is a substantial flu-season increase over the amounts reported by Dec. 30, 2002, and Dec. 30, 2001, when there were 25 and 12 reports, respectively.\n"
          "\"This season began a little earlier than is normal,\" MacRae said. \"The curve is farther advanced than it would have been previously.\"\n"
          "While MacRae said there is no doubt there are more influenza cases early in this flu season, he noted that reporting cases is not mandatory. As a result, it is nearly impossible to track 100 percent of the cases in any year, he said.\n"
          "MacRae said the amount of media coverage and word of mouth about the high potency of this year's flu bug may also be factors in the high number of reported cases.\n"
          "On Jan. 8, a Centers for Disease Control and Prevention news release said influenza has peaked in some parts of the country. That same day, a City of Baltimore Health Department news release confirmed that a 3-year-old Baltimore boy died from influenza.\n"
          "An estimated 36,000 people in the United States die from influenza and related complications every year, with another 114,000 requiring hospitalization from symptoms, according to the release."),
    entities=[("macrae", "Rod MacRae", "PERSON",
               ["MacRae", "Rod MacRae, spokesperson for the Washington County Health Department", "A department spokesman"],
               "spokesperson for the Washington County Health Department"),
              ("officials", "school officials", "GROUP", [], "Washington County school officials"),
              ("cdc", "Centers for Disease Control and Prevention", "ORGANIZATION", ["CDC"], "US federal health agency"),
              ("baltimore", "City of Baltimore Health Department", "ORGANIZATION", ["Baltimore Health Department"],
               "Baltimore city health department"),
              ("release", "the release", "ORGANIZATION", [], "a news release (the text does not say whose)")],
    mentions=[# The role description is resolved by the next paragraph (FORMAT.md, Coreference).
              ("m1", "A department spokesman", "macrae"),
              ("m2", "school officials", "officials"),
              ("m3", "Rod MacRae, spokesperson for the Washington County Health Department", "macrae"),
              ("m4", ("MacRae", "MacRae said. \"The curve"), "macrae"),
              ("m5", ("MacRae", "While MacRae said"), "macrae"),
              ("m6", ("he", "he noted"), "macrae"),
              ("m7", ("he", "any year, he said"), "macrae"),
              ("m8", ("MacRae", "MacRae said the amount"), "macrae"),
              ("m9", "a Centers for Disease Control and Prevention news release", "cdc"),
              ("m10", "a City of Baltimore Health Department news release", "baltimore"),
              # An anaphoric "the release" that names no author is its own entity, as make_test7_a's
              # "the statement" (FORMAT.md, Documents).
              ("m11", ("the release", "according to the release"), "release")],
    attributions=[
        ("a1", "INDIRECT", "m1", ("said", "spokesman said"),
         "reported cases early in the season increased by more than 700 percent over the same period last year", None),
        # The "while ..." clause is the narrator's frame, outside the officials' claim.
        ("a2", "INDIRECT", "m2", "say", "attendance has not been hurt more than previous years", None),
        ("a3", "INDIRECT", "m3", ("said", "Department, said there"),
         "there have been 189 cases of influenza reported to the department as of Dec. 30", None),
        ("a4", "DIRECT", "m4", ("said", "MacRae said. \"The curve"), "This season began a little earlier than is normal,", None),
        ("a5", "DIRECT", "m4", None, "The curve is farther advanced than it would have been previously.", None),
        ("a6", "INDIRECT", "m5", ("said", "While MacRae said"),
         "there is no doubt there are more influenza cases early in this flu season", None),
        ("a7", "INDIRECT", "m6", "noted", "reporting cases is not mandatory", None),
        # "As a result" is a sentence-initial connective and left out, as "However".
        ("a8", "INDIRECT", "m7", ("said", "any year, he said"),
         "it is nearly impossible to track 100 percent of the cases in any year", None),
        ("a9", "INDIRECT", "m8", ("said", "MacRae said the amount"),
         seg(T, "the amount of media coverage", "high number of reported cases"), None),
        ("a10", "INDIRECT", "m9", ("said", "Prevention news release said"), "influenza has peaked in some parts of the country", None),
        ("a11", "INDIRECT", "m10", "confirmed", "a 3-year-old Baltimore boy died from influenza", None),
        ("a12", "INDIRECT", "m11", "according to",
         seg(T, "An estimated 36,000 people", "requiring hospitalization from symptoms"), None)])

# ---------------------------------------------------------------------------------------
# English version (machine-translated style) of an Agência Brasil story; kept verbatim, including
# "he" for Minister Simone Tebet, which is resolved to her by sense (FORMAT.md, Coreference). The stored
# page has no headline, so the text starts with the lead; a ">> Follow the channel ..." promo line is
# removed, and the text is cut at the last whole paragraph because the stored copy breaks off.
doc("latinamericannews-tebet-shielding-pec-risk-democracy",
    url="https://latin-american.news/tebet-pec-of-armor-is-a-risk-to-democracy-and-does-not-matter-to-the-country",
    outlet="Latin American News", country="Brazil", topic="politics", cut=True,
    text=(T := "The Minister of Planning and Budget, Simone Tebet, criticized on Wednesday (17) the proposal of amendment to the Constitution (PEC) that hinders the progress of criminal proceedings against deputies and senators, as approved by the House on Tuesday night (16).\n"
          "“This agenda of the armor PEC does not meet the interest of the Brazilian people,” said the minister, who defended the vote of proposals “who are in the interest of the Brazilian people”, among which cited the exemption in income tax for those who earn up to $ 5,000.\n"
          "The shielding PEC was approved in two shifts by the House Plenary on Tuesday night. The original text provided that any opening of criminal action against parliamentary depends on prior authorization from the absolute majority of the Senate or the House, in a secret vote. During the early hours of Wednesday (17), however, the secret vote was overturned in the sessions to authorize criminal proceedings against senators and deputies.\n"
          "The term “secret” was overthrown for lack of quorum during the vote of a prominence. There were 296 votes in favor, but the minimum necessary to maintain the rule was 308 votes.\n"
          "Tebet classified as “a risk to democracy as we know it” the attempt of some parliamentarians to vote again, on Wednesday, the same highlight in the text, on the grounds that the deputies were sleeping when the theme was the vote.\n"
          "“The secret vote was legitimately defeated by the parliamentarians who went against this piece,” he said.\n"
          "She said he hoped the deputies will rethink the strategy and do not “tear” the bylaws and the Constitution, replacing a theme already defeated in a new vote.\n"
          "The minister said he hoped that the shield PEC will be rejected by the Senate."),
    entities=[("tebet", "Simone Tebet", "PERSON",
               ["Tebet", "The Minister of Planning and Budget, Simone Tebet", "the minister"],
               "Brazil's Minister of Planning and Budget"),
              ("parliamentarians", "some parliamentarians", "GROUP", [],
               "deputies who sought a new vote on the secret-ballot clause")],
    mentions=[("m1", "The Minister of Planning and Budget, Simone Tebet", "tebet"),
              ("m2", ("the minister", "said the minister"), "tebet"),
              ("m3", ("Tebet", "Tebet classified"), "tebet"),
              ("m4", "some parliamentarians", "parliamentarians"),
              ("m5", ("he", "he said.\nShe"), "tebet"),
              ("m6", "She", "tebet"),
              ("m7", ("The minister", "The minister said he hoped"), "tebet")],
    attributions=[
        # "on Wednesday (17)" between cue and object is an adjunct of the reporting event.
        ("a1", "INDIRECT", "m1", "criticized",
         seg(T, "the proposal of amendment to the Constitution (PEC)", "on Tuesday night (16)"), None),
        ("a2", "DIRECT", "m2", ("said", "said the minister"),
         "This agenda of the armor PEC does not meet the interest of the Brazilian people,", None),
        ("a3", "MIXED", "m2", "defended", "the vote of proposals “who are in the interest of the Brazilian people”", None),
        ("a4", "INDIRECT", "m2", "cited", "the exemption in income tax for those who earn up to $ 5,000", None),
        # "The original text provided that ..." states what the bill stipulated, a legal provision rather
        # than a claim (as FORMAT.md excludes "granted bail on condition that"): not annotated.
        # "classified as Y X" is "described X as Y" inverted: the content is "as Y X".
        ("a5", "MIXED", "m3", "classified", seg(T, "as “a risk to democracy", "when the theme was the vote"), None),
        # The parliamentarians' stated justification ("on the grounds that ...") is a claim of theirs
        # reported inside Tebet's; annotated as nested with the noun "grounds" as cue.
        ("a6", "INDIRECT", "m4", "grounds", "the deputies were sleeping when the theme was the vote", "a5"),
        ("a7", "DIRECT", "m5", ("said", "he said.\nShe"),
         "The secret vote was legitimately defeated by the parliamentarians who went against this piece,", None),
        # "she said he hoped ...": the speaker's own attitude is not split off (seed a20).
        ("a8", "MIXED", "m6", ("said", "She said"),
         seg(T, "he hoped the deputies will rethink", "defeated in a new vote"), None),
        ("a9", "INDIRECT", "m7", ("said", "The minister said he hoped"),
         "he hoped that the shield PEC will be rejected by the Senate", None)])

write("test19_a.jsonl")
