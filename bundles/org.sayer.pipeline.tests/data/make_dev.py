#!/usr/bin/env python3
"""Writes dev.jsonl: short news articles in varied styles, annotated by hand following
shared/eval/FORMAT.md. Spans are given as text (with an anchor that precedes them when the text
occurs more than once) and converted here to code-point offsets, so the annotation stays
readable and the offsets stay right.  Run: python3 make_dev.py > dev.jsonl"""
import json

docs = []


def doc(doc_id, text, entities, mentions, attributions):
    def span(spec):
        if spec is None:
            return None
        if isinstance(spec, str):
            spec = (spec, None)
        sub, anchor = spec
        start = 0 if anchor is None else text.index(anchor)
        b = text.index(sub, start)
        return [b, b + len(sub)]

    ents = [dict(id=e[0], name=e[1], type=e[2], aliases=e[3]) for e in entities]
    ments = [dict(id=m[0], span=span(m[1]), entity=m[2]) for m in mentions]
    attrs = []
    for a in attributions:
        aid, typ, src, cue, content, parent = a
        attrs.append(dict(id=aid, type=typ, source=src, cue=span(cue), content=span(content), parent=parent))
    docs.append(dict(id=doc_id, title=text.split("\n", 1)[0], text=text, entities=ents, mentions=ments,
                     attributions=attrs))


doc("dev-business-harbor",
    "Harbor Foods profit falls as costs bite\n"
    "Harbor Foods on Thursday reported a 12% drop in quarterly profit and warned that higher wheat prices would squeeze margins into next year.\n"
    "\u201cWe are not happy with these numbers,\u201d said chief executive Laura Chen. \u201cBut the underlying business is healthy.\u201d\n"
    "Chen told analysts on a conference call that the company would cut 300 jobs in its bakery division.\n"
    "According to people familiar with the matter, the board discussed selling the division last month.\n"
    "Shares fell 4% in early trading. Analysts at Brightwater Securities said the cuts were overdue.\n"
    "She added that the company had no plans to change its dividend.",
    [("harbor", "Harbor Foods", "ORGANIZATION", []),
     ("chen", "Laura Chen", "PERSON", ["Chen"]),
     ("people", "people familiar with the matter", "GROUP", []),
     ("analysts", "Analysts at Brightwater Securities", "GROUP", ["Brightwater Securities analysts"])],
    [("m1", ("Harbor Foods", "bite\n"), "harbor"),
     ("m2", "chief executive Laura Chen", "chen"),
     ("m3", ("Chen", "\nChen"), "chen"),
     ("m4", "people familiar with the matter", "people"),
     ("m5", "Analysts at Brightwater Securities", "analysts"),
     ("m6", "She", "chen")],
    [("a1", "INDIRECT", "m1", "warned", "higher wheat prices would squeeze margins into next year", None),
     ("a2", "DIRECT", "m2", ("said", "numbers"), "We are not happy with these numbers,", None),
     ("a3", "DIRECT", "m2", None, "But the underlying business is healthy.", None),
     ("a4", "INDIRECT", "m3", "told", "the company would cut 300 jobs in its bakery division", None),
     ("a5", "INDIRECT", "m4", "According to", "the board discussed selling the division last month", None),
     ("a6", "INDIRECT", "m5", ("said", "Securities"), "the cuts were overdue", None),
     ("a7", "INDIRECT", "m6", "added", "the company had no plans to change its dividend", None),
     # FORMAT.md: a firm's reported figures are its claim ("announced the launch of X", a noun-phrase content)
     ("a8", "INDIRECT", "m1", "reported", "a 12% drop in quarterly profit", None)])

doc("dev-sport-cup",
    "Eastfield stun Riverside in cup upset\n"
    "Eastfield manager Gareth Hughes hailed his side's 'finest night in years' after they knocked Riverside United out of the cup on Tuesday.\n"
    "'The lads were magnificent from the first minute,' Hughes said. 'Nobody gave us a chance, and they proved everyone wrong.'\n"
    "Riverside coach Sofia Almeida admitted her team had been too slow, adding: 'We deserved to lose.'\n"
    "The 38-year-old insisted she would not resign.\n"
    "Hughes's assistant, Dean Moore, said the players would get two days off.",
    [("hughes", "Gareth Hughes", "PERSON", ["Hughes"]),
     ("almeida", "Sofia Almeida", "PERSON", ["Almeida", "The 38-year-old"]),
     ("moore", "Dean Moore", "PERSON", ["Moore"])],
    [("m1", "Eastfield manager Gareth Hughes", "hughes"),
     ("m2", ("Hughes", "minute,'"), "hughes"),
     ("m3", "Riverside coach Sofia Almeida", "almeida"),
     ("m4", "The 38-year-old", "almeida"),
     ("m5", "Hughes's assistant, Dean Moore", "moore")],
    [("a1", "DIRECT", "m1", "hailed", "finest night in years", None),
     ("a2", "DIRECT", "m2", ("said", "Hughes said"), "The lads were magnificent from the first minute,", None),
     ("a3", "DIRECT", "m2", None, "Nobody gave us a chance, and they proved everyone wrong.", None),
     ("a4", "INDIRECT", "m3", "admitted", "her team had been too slow", None),
     ("a5", "DIRECT", "m3", "adding", "We deserved to lose.", None),
     ("a6", "INDIRECT", "m4", "insisted", "she would not resign", None),
     ("a7", "INDIRECT", "m5", ("said", "Moore,"), "the players would get two days off", None)])

doc("dev-court-voterid",
    "Judge blocks state voter ID law\n"
    "A federal judge on Friday blocked a new voter identification law, ruling that it placed \"an undue burden\" on elderly and disabled voters.\n"
    "U.S. District Judge Maria Torres wrote in a 40-page opinion that the state had failed to show any evidence of fraud.\n"
    "\"The right to vote is not a privilege to be rationed,\" she wrote.\n"
    "The state's attorney general, Ken Pruitt, said he would appeal the decision immediately.\n"
    "\"We are confident the law will be upheld,\" Pruitt said in a statement.\n"
    "Civil rights groups welcomed the ruling. The decision \"restores a fundamental freedom,\" the League of Women Voters said.",
    [("torres", "Maria Torres", "PERSON", ["Torres", "federal judge"]),
     ("pruitt", "Ken Pruitt", "PERSON", ["Pruitt"]),
     ("league", "League of Women Voters", "ORGANIZATION", []),
     ("rights", "Civil rights groups", "GROUP", [])],
    [("m1", "A federal judge", "torres"),
     ("m2", "U.S. District Judge Maria Torres", "torres"),
     ("m3", ("she", "rationed,\""), "torres"),
     ("m4", "The state's attorney general, Ken Pruitt", "pruitt"),
     ("m5", ("Pruitt", "upheld,\""), "pruitt"),
     ("m6", "the League of Women Voters", "league"),
     ("m7", "Civil rights groups", "rights")],
    [("a1", "MIXED", "m1", "ruling", "it placed \"an undue burden\" on elderly and disabled voters", None),
     ("a2", "INDIRECT", "m2", "wrote", "the state had failed to show any evidence of fraud", None),
     ("a3", "DIRECT", "m3", ("wrote", "she wrote"), "The right to vote is not a privilege to be rationed,", None),
     ("a4", "INDIRECT", "m4", ("said", "Pruitt,"), "he would appeal the decision immediately", None),
     ("a5", "DIRECT", "m5", ("said", "Pruitt said"), "We are confident the law will be upheld,", None),
     ("a6", "MIXED", "m6", ("said", "Voters"), "The decision \"restores a fundamental freedom,\"", None),
     # FORMAT.md, verbs of judging: what is welcomed is what was said about it
     ("a7", "INDIRECT", "m7", "welcomed", "the ruling", None)])

doc("dev-science-ocean",
    "Ocean heat hit record high in 2025, study finds\n"
    "The world's oceans absorbed more heat last year than in any year since records began, according to a study published on Monday in the journal Advances in Atmospheric Sciences.\n"
    "\"The oceans are the best thermometer we have, and they are telling us the planet is still warming fast,\" said lead author Dr. Lijing Cheng of the Chinese Academy of Sciences.\n"
    "Cheng said the warming was driving stronger storms and heavier rainfall.\n"
    "Other scientists urged caution. Professor Anne Walsh, who was not involved in the research, said the results were \"robust but not surprising.\"\n"
    "She noted that the measurements had improved greatly over the past two decades.",
    [("study", "study in Advances in Atmospheric Sciences", "ORGANIZATION", ["study", "the study"]),
     ("cheng", "Lijing Cheng", "PERSON", ["Cheng", "Dr. Lijing Cheng"]),
     ("scientists", "Other scientists", "GROUP", []),
     ("walsh", "Anne Walsh", "PERSON", ["Walsh"])],
    [("m1", ("study", "2025, "), "study"),
     ("m2", "a study published on Monday in the journal Advances in Atmospheric Sciences", "study"),
     ("m3", "lead author Dr. Lijing Cheng of the Chinese Academy of Sciences", "cheng"),
     ("m4", ("Cheng", "Sciences.\n"), "cheng"),
     ("m5", "Other scientists", "scientists"),
     ("m6", "Professor Anne Walsh", "walsh"),
     ("m7", ("She", "surprising"), "walsh")],
    [("a1", "INDIRECT", "m1", "finds", "Ocean heat hit record high in 2025", None),
     ("a2", "INDIRECT", "m2", "according to", "The world's oceans absorbed more heat last year than in any year since records began", None),
     ("a3", "DIRECT", "m3", ("said", "fast,\""), "The oceans are the best thermometer we have, and they are telling us the planet is still warming fast,", None),
     ("a4", "INDIRECT", "m4", ("said", "\nCheng"), "the warming was driving stronger storms and heavier rainfall", None),
     ("a5", "INDIRECT", "m5", "urged", "caution", None),
     ("a6", "MIXED", "m6", ("said", "research,"), "the results were \"robust but not surprising.\"", None),
     ("a7", "INDIRECT", "m7", "noted", "the measurements had improved greatly over the past two decades", None)])

doc("dev-politics-guillemets",
    "Macron: Europe must build its own defence\n"
    "French President Emmanuel Macron on Wednesday called for a common European defence budget, saying the continent could no longer rely on others for its security.\n"
    "\u00ab We cannot outsource our protection, \u00bb Macron told students at the Sorbonne. \u00ab Europe must be able to defend itself. \u00bb\n"
    "The Elys\u00e9e said the proposal would be presented to EU leaders in June.\n"
    "German Chancellor Friedrich Merz was more cautious. He said any new fund had to respect national budgets.",
    [("macron", "Emmanuel Macron", "PERSON", ["Macron"]),
     ("elysee", "Elys\u00e9e", "ORGANIZATION", ["The Elys\u00e9e"]),
     ("merz", "Friedrich Merz", "PERSON", ["Merz"])],
    [("m1", "Macron", "macron"),
     ("m2", "French President Emmanuel Macron", "macron"),
     ("m3", ("Macron", "protection, \u00bb "), "macron"),
     ("m4", "The Elys\u00e9e", "elysee"),
     ("m5", "German Chancellor Friedrich Merz", "merz"),
     ("m6", "He", "merz")],
    [("a1", "INDIRECT", "m1", None, "Europe must build its own defence", None),
     ("a2", "INDIRECT", "m2", "called for", "a common European defence budget", None),
     ("a3", "INDIRECT", "m2", "saying", "the continent could no longer rely on others for its security", None),
     ("a4", "DIRECT", "m3", "told", "We cannot outsource our protection,", None),
     ("a5", "DIRECT", "m3", None, "Europe must be able to defend itself.", None),
     ("a6", "INDIRECT", "m4", ("said", "Elys\u00e9e"), "the proposal would be presented to EU leaders in June", None),
     ("a7", "INDIRECT", "m6", ("said", "He said"), "any new fund had to respect national budgets", None)])

doc("dev-labour-multiparagraph",
    "Union leader vows to fight plant closure\n"
    "The head of the steelworkers' union, Maria Kowalski, said on Sunday that workers would strike if the Millbrook plant closed.\n"
    "\"This plant has fed families in this town for ninety years.\n"
    "\"We will not stand by while it is shut down to please shareholders in London,\" she told a rally outside the gates.\n"
    "The company, Northern Steel, said in a statement that the closure was \"regrettable but unavoidable.\"\n"
    "Workers were told the plant would close by March.",
    [("kowalski", "Maria Kowalski", "PERSON", ["Kowalski", "Union leader"]),
     ("northern", "Northern Steel", "ORGANIZATION", ["The company"])],
    [("m1", "The head of the steelworkers' union, Maria Kowalski", "kowalski"),
     ("m2", ("she", "London,\""), "kowalski"),
     ("m3", "The company, Northern Steel", "northern"),
     ("m4", "Union leader", "kowalski")],
    [("a1", "INDIRECT", "m1", ("said", "Kowalski,"), "workers would strike if the Millbrook plant closed", None),
     ("a2", "DIRECT", "m2", "told", "This plant has fed families in this town for ninety years.\n\"We will not stand by while it is shut down to please shareholders in London,", None),
     ("a3", "MIXED", "m3", ("said", "Steel,"), "the closure was \"regrettable but unavoidable.\"", None),
     ("a4", "INDIRECT", None, ("told", "were told"), "the plant would close by March", None),
     # FORMAT.md, headlines: the verb of a headline is its cue
     ("a5", "INDIRECT", "m4", "vows", "to fight plant closure", None)])

doc("dev-business-airline",
    "Airline cancels 200 flights as pilots strike\n"
    "SkyBridge Airlines cancelled 200 flights on Monday as pilots walked out over pay, the carrier said.\n"
    "\"We apologise to our customers for the disruption,\" said a SkyBridge spokesman. \"Talks with the union will continue.\"\n"
    "The pilots' union, BALPA, said its members had rejected a 5% offer.\n"
    "It said further strikes were planned for next week.\n"
    "The strike could cost the airline $15m a day, according to analysts at Peel Hunt.",
    [("skybridge", "SkyBridge Airlines", "ORGANIZATION", ["the carrier"]),
     ("spokesman", "SkyBridge spokesman", "PERSON", []),
     ("balpa", "BALPA", "ORGANIZATION", ["pilots' union"]),
     ("analysts", "analysts at Peel Hunt", "GROUP", [])],
    [("m1", "the carrier", "skybridge"),
     ("m2", "a SkyBridge spokesman", "spokesman"),
     ("m3", "The pilots' union, BALPA", "balpa"),
     ("m4", "It", "balpa"),
     ("m5", "analysts at Peel Hunt", "analysts")],
    [("a1", "INDIRECT", "m1", ("said", "carrier"), "SkyBridge Airlines cancelled 200 flights on Monday as pilots walked out over pay", None),
     ("a2", "DIRECT", "m2", ("said", "disruption,\""), "We apologise to our customers for the disruption,", None),
     ("a3", "DIRECT", "m2", None, "Talks with the union will continue.", None),
     ("a4", "INDIRECT", "m3", ("said", "BALPA,"), "its members had rejected a 5% offer", None),
     ("a5", "INDIRECT", "m4", ("said", "It said"), "further strikes were planned for next week", None),
     ("a6", "INDIRECT", "m5", "according to", "The strike could cost the airline $15m a day", None)])

doc("dev-local-housing",
    "Mayor and rival clash over housing plan\n"
    "Mayor Ellen Brooks defended her housing plan on Tuesday, telling the city council that it would create 5,000 affordable homes.\n"
    "Her challenger in next month's election, councillor James Ortega, called the plan \"a giveaway to developers.\"\n"
    "He said the city should instead renovate empty buildings.\n"
    "The mayor rejected that claim. \"Renovation alone will never meet the demand,\" she said.\n"
    "A spokeswoman for the mayor declined to comment on Ortega's campaign funding.",
    [("brooks", "Ellen Brooks", "PERSON", ["Brooks", "The mayor"]),
     ("ortega", "James Ortega", "PERSON", ["Ortega"]),
     ("spokeswoman", "spokeswoman for the mayor", "PERSON", ["a spokeswoman"])],
    [("m1", "Mayor Ellen Brooks", "brooks"),
     ("m2", "councillor James Ortega", "ortega"),
     ("m3", "He", "ortega"),
     ("m4", "The mayor", "brooks"),
     ("m5", ("she", "demand,\""), "brooks"),
     ("m6", "A spokeswoman for the mayor", "spokeswoman")],
    [("a1", "INDIRECT", "m1", "telling", "it would create 5,000 affordable homes", None),
     ("a2", "MIXED", "m2", "called", "the plan \"a giveaway to developers.\"", None),
     ("a3", "INDIRECT", "m3", ("said", "He said"), "the city should instead renovate empty buildings", None),
     ("a4", "DIRECT", "m5", ("said", "she said"), "Renovation alone will never meet the demand,", None),
     ("a5", "INDIRECT", "m6", "declined to comment", "Ortega's campaign funding", None),
     # FORMAT.md's own example: "Lind defended the design"
     ("a6", "INDIRECT", "m1", "defended", "her housing plan", None)])

doc("dev-economy-bank",
    "Central bank chief: 'Inflation fight is not over'\n"
    "The governor of the Bank of Canada, Tiff Macklem, warned on Wednesday that interest rates may need to stay high for longer than markets expect.\n"
    "Macklem told a parliamentary committee that price pressures in services remained \"stubbornly high\".\n"
    "Economists were divided. \"The bank is signalling patience, not more hikes,\" said Priya Nair, chief economist at Dominion Capital.\n"
    "In a statement, the Ministry of Finance said it respected the bank's independence.",
    [("macklem", "Tiff Macklem", "PERSON", ["Macklem", "Central bank chief"]),
     ("nair", "Priya Nair", "PERSON", ["Nair"]),
     ("ministry", "Ministry of Finance", "ORGANIZATION", [])],
    [("m1", "Central bank chief", "macklem"),
     ("m2", "The governor of the Bank of Canada, Tiff Macklem", "macklem"),
     ("m3", ("Macklem", "expect.\n"), "macklem"),
     ("m4", "Priya Nair, chief economist at Dominion Capital", "nair"),
     ("m5", "the Ministry of Finance", "ministry")],
    [("a1", "DIRECT", "m1", None, "Inflation fight is not over", None),
     ("a2", "INDIRECT", "m2", "warned", "interest rates may need to stay high for longer than markets expect", None),
     ("a3", "MIXED", "m3", "told", "price pressures in services remained \"stubbornly high\"", None),
     ("a4", "DIRECT", "m4", ("said", "hikes,\""), "The bank is signalling patience, not more hikes,", None),
     ("a5", "INDIRECT", "m5", ("said", "Finance"), "it respected the bank's independence", None)])

doc("dev-politics-nested",
    "Minister denies knowing of contract\n"
    "Health Minister Tom Baker on Thursday denied that he had known about the contract before it was signed.\n"
    "Opposition leader Rachel Green said Baker had told parliament in March that \"every rule was followed.\"\n"
    "The contract was worth \u00a340m, according to documents seen by the Herald.\n"
    "Baker's office said he would co-operate fully with the inquiry.",
    [("baker", "Tom Baker", "PERSON", ["Baker"]),
     ("green", "Rachel Green", "PERSON", ["Green"]),
     ("documents", "documents seen by the Herald", "GROUP", []),
     ("office", "Baker's office", "ORGANIZATION", [])],
    [("m1", "Health Minister Tom Baker", "baker"),
     ("m2", "Opposition leader Rachel Green", "green"),
     ("m3", ("Baker", "Green said "), "baker"),
     ("m4", "documents seen by the Herald", "documents"),
     ("m5", "Baker's office", "office")],
    [("a1", "INDIRECT", "m1", "denied", "he had known about the contract before it was signed", None),
     ("a2", "MIXED", "m2", ("said", "Green said"), "Baker had told parliament in March that \"every rule was followed.\"", None),
     ("a3", "DIRECT", "m3", "told", "every rule was followed.", "a2"),
     ("a4", "INDIRECT", "m4", "according to", "The contract was worth \u00a340m", None),
     ("a5", "INDIRECT", "m5", ("said", "office said"), "he would co-operate fully with the inquiry", None)])

doc("dev-weather-unbalanced",
    "Residents fear flooding as river rises\n"
    "Residents of Lower Ashby were told to prepare sandbags on Saturday as the River Wend rose to its highest level in a decade.\n"
    "\"We have seen this before and we know what it means,\" said Helen Price, 67, who has lived on Mill Lane for forty years.\n"
    "\"Last time the water came up to the windows. Nobody helped us then.\"\n"
    "The Environment Agency said its teams were monitoring the river around the clock.\n"
    "A council spokesman said: \"Emergency shelters are open at the town hall.",
    [("price", "Helen Price", "PERSON", ["Price"]),
     ("agency", "Environment Agency", "ORGANIZATION", []),
     ("spokesman", "council spokesman", "PERSON", [])],
    [("m1", "Helen Price", "price"),
     ("m2", "The Environment Agency", "agency"),
     ("m3", "A council spokesman", "spokesman")],
    [("a1", "DIRECT", "m1", ("said", "means,\""), "We have seen this before and we know what it means,", None),
     ("a2", "DIRECT", "m1", None, "Last time the water came up to the windows. Nobody helped us then.", None),
     ("a3", "INDIRECT", "m2", ("said", "Agency"), "its teams were monitoring the river around the clock", None),
     ("a4", "DIRECT", "m3", ("said", "spokesman"), "Emergency shelters are open at the town hall.", None),
     # FORMAT.md: "staff were told to stay home" reports "to stay home", with no source
     ("a5", "INDIRECT", None, ("told", "were told"), "to prepare sandbags", None)])

doc("dev-tech-chips",
    "Chipmaker says AI demand will double sales\n"
    "Chipmaker Veritas Semiconductor expects revenue to double next year on surging demand for artificial intelligence servers, its chief executive told Reuters.\n"
    "\"Every data centre we talk to wants more capacity,\" Anil Mehta said in an interview. \"We simply cannot build fast enough.\"\n"
    "Mehta denied that the company was losing market share to Asian rivals.\n"
    "According to Veritas, orders rose 80% in the last quarter.",
    [("veritas", "Veritas Semiconductor", "ORGANIZATION", ["Veritas", "Chipmaker"]),
     ("mehta", "Anil Mehta", "PERSON", ["Mehta", "its chief executive"])],
    [("m1", "Chipmaker", "veritas"),
     ("m2", "its chief executive", "mehta"),
     ("m3", "Anil Mehta", "mehta"),
     ("m4", ("Mehta", "enough.\"\n"), "mehta"),
     ("m5", ("Veritas", "According to "), "veritas")],
    [("a1", "INDIRECT", "m1", "says", "AI demand will double sales", None),
     ("a2", "INDIRECT", "m2", "told", "Chipmaker Veritas Semiconductor expects revenue to double next year on surging demand for artificial intelligence servers", None),
     ("a3", "DIRECT", "m3", ("said", "Mehta said"), "Every data centre we talk to wants more capacity,", None),
     ("a4", "DIRECT", "m3", None, "We simply cannot build fast enough.", None),
     ("a5", "INDIRECT", "m4", "denied", "the company was losing market share to Asian rivals", None),
     ("a6", "INDIRECT", "m5", "According to", "orders rose 80% in the last quarter", None)])

if __name__ == "__main__":
    for d in docs:
        print(json.dumps(d, ensure_ascii=False))
