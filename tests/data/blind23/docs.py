"""blind23: ten blind gold passages, written and annotated by hand from docs/guidelines.md.

Built into blind23-*.json by _build.py (span specs resolved by tests/data/gold_builder.py).
"""

from gold_builder import E  # the event helper every set shares

DOCS: list[dict] = []


# 01 Hungary and the EU: an official statement quoted at length ---------------------------------
DOCS.append(dict(
    id="blind23-01-hungary-funds-statement",
    title="Commission keeps Hungary's cohesion funds frozen, sets out terms for release",
    published="2025-03-12",
    text=("The European Commission on Tuesday refused to unfreeze 6.3 billion euros in cohesion funds for Hungary, saying judicial reforms adopted by Budapest last year still fell short of what the bloc had demanded.\n\n"
          "In a statement read out by its chief spokeswoman, Marta Lindqvist, the Commission said: \"We welcome the new law on asset declarations that Hungary adopted in December. However, the independence of the National Judicial Council is not yet guaranteed. The funds will remain suspended unless the Hungarian authorities restore the council's full powers. Should Budapest do so before the summer, the Commission stands ready to release a first tranche within weeks. We will also continue our dialogue with the Hungarian government at every level. At the same time, the Commission will not hesitate to propose further measures under the conditionality mechanism if irregularities in public procurement persist.\"\n\n"
          "Hungarian Justice Minister Gábor Fekete rejected the assessment as \"politically motivated\" and accused Brussels of \"financial blackmail\". He said his government would ask the Council of the EU to review the freeze next month. \"We have done everything that was asked of us,\" he told reporters in Budapest.\n"),
    actors=[
        ("com", "European Commission", "igo", None, None,
         ["The European Commission", "the Commission@1", "We@1", "the Commission@2", "We@2", "our",
          "the Commission@3", "Brussels"]),
        ("hun", "Hungary", "government", "HUN", "Hungarian government",
         ["Hungary@1", "Budapest@1", "Hungary@2", "the Hungarian authorities", "Budapest@2",
          "the Hungarian government", "his government", "We@3", "us"]),
        ("eu", "European Union", "igo", None, None, ["the bloc"]),
        ("spk", "Marta Lindqvist", "person", None, "chief spokeswoman of the European Commission",
         ["its chief spokeswoman, Marta Lindqvist"]),
        ("njc", "National Judicial Council", "organization", "HUN", None,
         ["the National Judicial Council", "the council"]),
        ("fek", "Gábor Fekete", "person", "HUN", "Hungarian Justice Minister",
         ["Hungarian Justice Minister Gábor Fekete", "He", "he"]),
        ("cou", "Council of the European Union", "igo", None, None, ["the Council of the EU"]),
    ],
    events=[
        E("refuse", "REJECT", "refused", "occurred", a=["com"], r=["hun"], mode="yield", ctx=["economic"],
          time=("Tuesday", "2025-03-11")),
        E("unfreeze", "AID", "unfreeze", "negated", a=["com"], r=["hun"], ctx=["economic"],
          inst="hungary-funds-release"),
        E("demanded", "REQUEST", "demanded", "occurred", a=["eu"], r=["hun"], mode="change", ctx=["legal"],
          inst="eu-demands"),
        E("welcome", "SUPPORT", "welcome", "occurred", a=["com"], r=["hun"], rb="com"),
        E("suspended", "SANCTION", "suspended", "hypothetical", a=["com"], r=["hun"], mode="discontinue",
          ctx=["economic"], rb="com", inst="hungary-funds-freeze"),
        E("restore", "OTHER", "restore", "hypothetical", a=["hun"], r=["njc"], rb="com", inst="council-powers"),
        E("ready", "AGREE", "stands ready", "occurred", a=["com"], r=["hun"], ctx=["economic"], rb="com"),
        E("release", "AID", "release", "hypothetical", a=["com"], r=["hun"], ctx=["economic"],
          time=("within weeks", None), rb="com", inst="hungary-funds-release"),
        E("dialogue", "CONSULT", "dialogue", "planned", a=["com"], r=["hun"], ctx=["diplomatic"], rb="com"),
        E("hesitate", "THREATEN", "will not hesitate", "occurred", a=["com"], r=["hun"], ctx=["economic"], rb="com"),
        E("measures", "SANCTION", "measures", "hypothetical", a=["com"], r=["hun"], ctx=["economic"], rb="com"),
        E("persist", "OTHER", "persist", "hypothetical", rb="com"),
        E("rejected", "REJECT", "rejected", "occurred", a=["fek"], r=["com"]),
        E("accused", "ACCUSE", "accused", "occurred", a=["fek"], r=["com"], mode="allege"),
        E("blackmail", "THREATEN", "blackmail", "occurred", a=["com"], r=["hun"], ctx=["economic"], rb="fek"),
        E("ask", "REQUEST", "ask", "planned", a=["hun"], r=["cou"], mode="change",
          time=("next month", "2025-04"), rb="fek"),
        E("freeze", "SANCTION", "freeze", "ongoing", a=["com"], r=["hun"], mode="discontinue", ctx=["economic"],
          rb="fek", inst="hungary-funds-freeze"),
        E("asked", "REQUEST", "asked", "occurred", a=["eu"], r=["hun"], mode="change", rb="fek", inst="eu-demands"),
    ],
    stances=[
        ("S1", "com", ("span", "the new law on asset declarations"), "support", "welcome"),
        ("S2", "fek", ("span", "the assessment"), "oppose", "rejected"),
    ],
    conds=[
        ("C1", "unless", "unless", ["restore"], ["suspended"], "com"),
        ("C2", "if", "Should", ["restore"], ["release"], "com"),
        ("C3", "if", "if", ["persist"], ["measures"], "com"),
    ],
))


# 02 Iraq's parliament: a parliamentary procedure story ---------------------------------------
DOCS.append(dict(
    id="blind23-02-iraq-election-law-walkout",
    title="Iraqi parliament delays vote on election law after Kurdish walkout",
    published="2025-06-05",
    text=("Iraq's Council of Representatives on Wednesday postponed a vote on an amendment to the provincial elections law after the Kurdistan Democratic Party (KDP) staged a walkout in protest.\n\n"
          "The amendment, backed by the Shiite-led Coordination Framework, would merge several electoral districts in Kirkuk and Nineveh provinces. Speaker Nizar al-Janabi adjourned the session until Saturday, saying he would use the break to mediate between the two sides.\n\n"
          "KDP lawmaker Shirin Barzinji told reporters that her party would boycott every session on the bill unless it was sent back to the legal committee. \"We will not vote for a law that redraws our constituencies without asking the people who live there,\" she said. \"We are ready to negotiate, but not with a gun to our heads.\"\n\n"
          "A spokesman for the Coordination Framework, Ammar al-Khafaji, dismissed the walkout as \"theatre\" and said the alliance would go ahead with the vote on Saturday. He accused the KDP of obstructing the work of parliament.\n\n"
          "The United Nations Assistance Mission for Iraq (UNAMI) urged all parties to settle the dispute through dialogue and to respect the constitutional deadline for the vote.\n"),
    actors=[
        ("par", "Council of Representatives of Iraq", "organization", "IRQ", "Iraqi parliament",
         ["Iraq's Council of Representatives", "parliament"]),
        ("kdp", "Kurdistan Democratic Party", "organization", "IRQ", None,
         ["the Kurdistan Democratic Party", "KDP@1", "the two sides", "her party", "We@1", "our@1", "We@2",
          "our@2", "the KDP", "all parties"]),
        ("fw", "Coordination Framework", "organization", "IRQ", None,
         ["the Shiite-led Coordination Framework", "the two sides", "the alliance", "all parties"]),
        ("spk", "Nizar al-Janabi", "person", "IRQ", "Speaker of the Council of Representatives",
         ["Speaker Nizar al-Janabi", "he"]),
        ("bar", "Shirin Barzinji", "person", "IRQ", "KDP lawmaker", ["KDP lawmaker Shirin Barzinji", "she"]),
        ("kha", "Ammar al-Khafaji", "person", "IRQ", "spokesman for the Coordination Framework",
         ["A spokesman for the Coordination Framework, Ammar al-Khafaji", "He"]),
        ("una", "United Nations Assistance Mission for Iraq", "igo", None, None,
         ["The United Nations Assistance Mission for Iraq", "UNAMI"]),
    ],
    events=[
        E("walkout1", "PROTEST", "walkout@1", "occurred", a=["kdp"], mode="boycott", ctx=["legislative"],
          inst="kdp-walkout"),
        E("backed", "SUPPORT", "backed", "occurred", a=["fw"], ctx=["legislative", "election"]),
        E("mediate", "CONSULT", "mediate", "planned", a=["spk"], r=["kdp", "fw"], mode="third-party",
          ctx=["legislative"], rb="spk"),
        E("boycott", "PROTEST", "boycott", "hypothetical", a=["kdp"], mode="boycott", ctx=["legislative"], rb="bar"),
        E("sentback", "OTHER", "sent back", "hypothetical", rb="bar"),
        E("vote", "SUPPORT", "vote@2", "negated", a=["kdp"], ctx=["legislative", "election"], rb="bar"),
        E("ready", "AGREE", "ready", "occurred", a=["kdp"], r=["fw"], rb="bar"),
        E("negotiate", "CONSULT", "negotiate", "desired", a=["kdp"], r=["fw"], rb="bar"),
        E("dismissed", "ACCUSE", "dismissed", "occurred", a=["kha"], r=["kdp"], mode="disapprove"),
        E("walkout2", "PROTEST", "walkout@2", "occurred", a=["kdp"], mode="boycott", ctx=["legislative"],
          inst="kdp-walkout"),
        E("accused", "ACCUSE", "accused", "occurred", a=["kha"], r=["kdp"], mode="allege"),
        E("obstructing", "PROTEST", "obstructing", "occurred", a=["kdp"], r=["par"], ctx=["legislative"], rb="kha"),
        E("urged", "REQUEST", "urged", "occurred", a=["una"], r=["kdp", "fw"], mode="meet"),
        E("dialogue", "CONSULT", "dialogue", "desired", a=["kdp", "fw"], rb="una"),
    ],
    stances=[
        ("S1", "fw", ("span", "The amendment"), "support", "backed"),
        ("S2", "kha", "walkout2", "oppose", "dismissed"),
    ],
    conds=[
        ("C1", "unless", "unless", ["sentback"], ["boycott"], "bar"),
    ],
))


# 03 Senegal and Gambia: a diplomatic meeting story --------------------------------------------
DOCS.append(dict(
    id="blind23-03-senegal-gambia-fisheries",
    title="Senegal and Gambia revive fisheries commission after months of tension",
    published="2025-09-19",
    text=("Senegalese Foreign Minister Aminata Ndiaye Sarr visited Banjul on Thursday for talks with her Gambian counterpart, Lamin Jobe, the first ministerial visit since a row over fishing licences soured relations between the two neighbours in March.\n\n"
          "The two ministers agreed to revive the joint commission on fisheries, which has not met for more than a year, and to hold its next session in Dakar in November, according to a joint communiqué. Gambia also promised to cut the tolls charged to Senegalese lorries crossing the Senegambia Bridge.\n\n"
          "\"We have turned a difficult page,\" Jobe told journalists after the meeting. He said Banjul would lift its ban on Senegalese pirogues in Gambian waters provided the commission approved new catch quotas.\n\n"
          "Sarr thanked the Gambian authorities for releasing eleven Senegalese fishermen detained in July and said Dakar expected the remaining four to be freed \"in the coming days\".\n\n"
          "Fishermen's unions in Saint-Louis, which blockaded the Karang border post for a week in April, said they would resume their protest if the ban was not lifted by the end of the year.\n"),
    actors=[
        ("sarr", "Aminata Ndiaye Sarr", "person", "SEN", "Senegalese Foreign Minister",
         ["Senegalese Foreign Minister Aminata Ndiaye Sarr", "The two ministers", "Sarr@2"]),
        ("jobe", "Lamin Jobe", "person", "GMB", "Gambian Foreign Minister",
         ["her Gambian counterpart, Lamin Jobe", "The two ministers", "Jobe@2", "He"]),
        ("sen", "Senegal", "government", "SEN", "Senegalese government",
         ["the two neighbours", "We", "Dakar@2"]),
        ("gmb", "Gambia", "government", "GMB", "Gambian government",
         ["the two neighbours", "Gambia", "We", "Banjul@2", "its@2", "the Gambian authorities"]),
        ("com", "Senegal-Gambia joint commission on fisheries", "igo", None, None,
         ["the joint commission on fisheries", "its@1", "the commission"]),
        ("fish", "Senegalese fishermen detained in Gambia", "group", "SEN", None,
         ["eleven Senegalese fishermen", "the remaining four"]),
        ("uni", "fishermen's unions of Saint-Louis", "organization", "SEN", None,
         ["Fishermen's unions in Saint-Louis", "they", "their"]),
    ],
    events=[
        E("visited", "CONSULT", "visited", "occurred", a=["sarr"], r=["jobe"], mode="visit", ctx=["diplomatic"],
          time=("Thursday", "2025-09-18"), loc=("Banjul@1", "Banjul", "GMB"), inst="sarr-banjul-visit"),
        E("talks", "CONSULT", "talks", "occurred", a=["sarr"], r=["jobe"], mode="visit", ctx=["diplomatic"],
          time=(None, "2025-09-18"), loc=(None, "Banjul", "GMB"), inst="sarr-banjul-visit"),
        E("visit", "CONSULT", "visit", "occurred", a=["sarr"], r=["jobe"], mode="visit", ctx=["diplomatic"],
          time=(None, "2025-09-18"), loc=(None, "Banjul", "GMB"), inst="sarr-banjul-visit"),
        E("agreed", "AGREE", "agreed", "occurred", a=["sarr", "jobe"], ctx=["diplomatic", "natural_resource"]),
        E("revive", "SUPPORT", "revive", "planned", a=["sarr", "jobe"], ctx=["diplomatic", "natural_resource"]),
        E("met", "CONSULT", "met", "negated", a=["com"], ctx=["natural_resource"]),
        E("session", "CONSULT", "session", "planned", a=["com"], ctx=["natural_resource"],
          time=("November", "2025-11"), loc=("Dakar@1", "Dakar", "SEN"), inst="fisheries-commission-session"),
        E("promised", "AGREE", "promised", "occurred", a=["gmb"], r=["sen"], ctx=["economic"]),
        E("cut", "CONCEDE", "cut", "planned", a=["gmb"], r=["sen"], ctx=["economic"]),
        E("meeting", "CONSULT", "meeting", "occurred", a=["sarr"], r=["jobe"], mode="visit", ctx=["diplomatic"],
          time=(None, "2025-09-18"), loc=(None, "Banjul", "GMB"), inst="sarr-banjul-visit"),
        E("lift", "CONCEDE", "lift", "hypothetical", a=["gmb"], r=["sen"], ctx=["natural_resource"], rb="jobe",
          inst="pirogue-ban-lift"),
        E("ban1", "SANCTION", "ban@1", "ongoing", a=["gmb"], r=["sen"], mode="discontinue",
          ctx=["natural_resource"], rb="jobe", inst="pirogue-ban"),
        E("approved", "SUPPORT", "approved", "hypothetical", a=["com"], ctx=["natural_resource"], rb="jobe"),
        E("thanked", "SUPPORT", "thanked", "occurred", a=["sarr"], r=["gmb"], ctx=["diplomatic"]),
        E("releasing", "RETREAT", "releasing", "occurred", a=["gmb"], r=["fish"], mode="release"),
        E("detained", "COERCE", "detained", "occurred", a=["gmb"], r=["fish"], mode="arrest",
          time=("July", "2025-07")),
        E("freed", "RETREAT", "freed", "desired", a=["gmb"], r=["fish"], mode="release",
          time=("the coming days", None), rb="sarr"),
        E("blockaded", "PROTEST", "blockaded", "occurred", a=["uni"], r=["gmb"], mode="obstruct",
          time=("April", "2025-04"), loc=("the Karang border post", "Karang", "SEN")),
        E("protest", "PROTEST", "protest", "hypothetical", a=["uni"], r=["gmb"], rb="uni"),
        E("ban2", "SANCTION", "ban@2", "ongoing", a=["gmb"], r=["sen"], mode="discontinue",
          ctx=["natural_resource"], rb="uni", inst="pirogue-ban"),
        E("lifted", "CONCEDE", "lifted", "hypothetical", a=["gmb"], r=["sen"], ctx=["natural_resource"],
          time=("the end of the year", "2025-12"), rb="uni", inst="pirogue-ban-lift"),
    ],
    stances=[
        ("S1", "sarr", "releasing", "support", "thanked"),
        ("S2", "sen", "freed", "support", "expected"),
    ],
    conds=[
        ("C1", "provided", "provided", ["approved"], ["lift"], "jobe"),
        ("C2", "if", "if", ["lifted"], ["protest"], "uni"),
    ],
))


# 04 Thailand's courts: a straight wire report with dateline -----------------------------------
DOCS.append(dict(
    id="blind23-04-thailand-court-suspends-deputy-pm",
    title="Thai court suspends deputy PM over land swap",
    published="2025-08-14",
    text=("BANGKOK, Aug 14 — Thailand's Constitutional Court on Thursday suspended Deputy Prime Minister Somchai Ratanawong from duty pending a ruling on whether he breached ethical standards by approving a land swap with a company linked to his family.\n\n"
          "The nine-judge court voted 6-3 to accept a petition filed by 40 senators, who accused Somchai of a serious conflict of interest. It gave him 15 days to submit his defence.\n\n"
          "Somchai denied any wrongdoing and said he would respect the court's decision. \"I will not resign. I have nothing to hide,\" he said in a statement.\n\n"
          "Prime Minister Kanya Srisuk said the government would continue to function normally and named Commerce Minister Arthit Pholsena to take over Somchai's portfolio in the meantime.\n\n"
          "The opposition People's Party, which has demanded Somchai's resignation since June, welcomed the ruling and called on the National Anti-Corruption Commission (NACC) to open its own investigation into the land deal.\n\n"
          "If the court rules against Somchai, he will be removed from office and could face a ban from politics of up to ten years.\n"),
    actors=[
        ("court", "Constitutional Court of Thailand", "organization", "THA", None,
         ["Thailand's Constitutional Court", "The nine-judge court", "It", "the court@1", "the court@2"]),
        ("som", "Somchai Ratanawong", "person", "THA", "Deputy Prime Minister of Thailand",
         ["Deputy Prime Minister Somchai Ratanawong", "he@1", "his@1", "Somchai@2", "him", "his@2", "Somchai@3",
          "he@2", "I@1", "I@2", "he@3", "Somchai@4", "Somchai@5", "Somchai@6", "he@4"]),
        ("sen", "40 Thai senators", "group", "THA", "senators", ["40 senators"]),
        ("pm", "Kanya Srisuk", "person", "THA", "Prime Minister of Thailand", ["Prime Minister Kanya Srisuk"]),
        ("gov", "Thailand", "government", "THA", "Thai government", ["the government"]),
        ("art", "Arthit Pholsena", "person", "THA", "Commerce Minister of Thailand",
         ["Commerce Minister Arthit Pholsena"]),
        ("pp", "People's Party", "organization", "THA", None, ["The opposition People's Party"]),
        ("nacc", "National Anti-Corruption Commission", "organization", "THA", None,
         ["the National Anti-Corruption Commission", "NACC", "its"]),
    ],
    events=[
        E("suspended", "COERCE", "suspended", "occurred", a=["court"], r=["som"], mode="restrict",
          ctx=["legal", "corruption"], time=("Thursday", "2025-08-14"), inst="somchai-suspension"),
        E("petition", "ACCUSE", "petition", "occurred", a=["sen"], r=["som"], mode="allege",
          ctx=["legal", "corruption"], inst="senators-petition"),
        E("accused", "ACCUSE", "accused", "occurred", a=["sen"], r=["som"], mode="allege", ctx=["corruption"],
          inst="senators-petition"),
        E("denied", "REJECT", "denied", "occurred", a=["som"], r=["sen"], ctx=["corruption"]),
        E("respect", "AGREE", "respect", "occurred", a=["som"], r=["court"], ctx=["legal"], rb="som"),
        E("resign", "RETREAT", "resign", "negated", a=["som"], mode="resign", rb="som", inst="somchai-resignation"),
        E("demanded", "REQUEST", "demanded", "ongoing", a=["pp"], r=["som"], mode="change"),
        E("resignation", "RETREAT", "resignation", "desired", a=["som"], mode="resign", inst="somchai-resignation"),
        E("welcomed", "SUPPORT", "welcomed", "occurred", a=["pp"], r=["court"], ctx=["legal"]),
        E("ruling", "COERCE", "ruling@2", "occurred", a=["court"], r=["som"], mode="restrict",
          ctx=["legal", "corruption"], time=(None, "2025-08-14"), inst="somchai-suspension"),
        E("calledon", "REQUEST", "called on", "occurred", a=["pp"], r=["nacc"], ctx=["corruption"]),
        E("investigation", "ACCUSE", "investigation", "desired", a=["nacc"], r=["som"], mode="investigate",
          ctx=["corruption"]),
        E("rules", "SANCTION", "rules", "hypothetical", a=["court"], r=["som"], mode="convict", ctx=["legal"]),
        E("removed", "COERCE", "removed", "hypothetical", a=["court"], r=["som"], mode="restrict", ctx=["legal"]),
        E("ban", "COERCE", "ban", "hypothetical", a=["court"], r=["som"], mode="restrict", ctx=["legal"]),
    ],
    stances=[
        ("S1", "pp", "ruling", "support", "welcomed"),
    ],
    conds=[
        ("C1", "if", "If", ["rules"], ["removed", "ban"], None),
    ],
))


# 05 Argentina's provinces: a protest story -------------------------------------------------------
DOCS.append(dict(
    id="blind23-05-argentina-teachers-strike",
    title="Argentine teachers strike as governors threaten to skip budget talks",
    published="2025-10-28",
    text=("Tens of thousands of teachers in Córdoba and Santa Fe kept schools closed for a second day on Tuesday in a 48-hour strike called by the national teachers' union CTERA over a freeze on federal education transfers to the provinces.\n\n"
          "Economy Minister Valeria Ocampo halted the transfers in August to meet a fiscal target agreed with the International Monetary Fund (IMF). Córdoba Governor Martín Paz said on Monday that the governors of five provinces would not attend next week's budget talks in Buenos Aires unless the money was restored. \"We will not sign a budget that leaves our schools without money,\" he told Radio Mitre.\n\n"
          "Ocampo rejected the demand, saying the government could not \"spend money it does not have\". But she offered the provinces a partial payment, provided they froze public-sector hiring for a year, and invited the governors to meet her on Friday.\n\n"
          "In Rosario, police fired tear gas at several hundred protesters who tried to block the access road to the port, and arrested 14 of them, the provincial security ministry said. CTERA leader Norma Ibarra condemned the crackdown and warned that the union would call an indefinite national strike if the budget negotiations failed.\n"),
    actors=[
        ("tea", "teachers of Córdoba and Santa Fe", "group", "ARG", None,
         ["Tens of thousands of teachers in Córdoba and Santa Fe"]),
        ("cte", "CTERA", "organization", "ARG", "national teachers' union",
         ["the national teachers' union CTERA", "the union"]),
        ("prov", "Argentine provinces", "government", "ARG", "provincial governments",
         ["the provinces@1", "the provinces@2", "they"]),
        ("oca", "Valeria Ocampo", "person", "ARG", "Economy Minister of Argentina",
         ["Economy Minister Valeria Ocampo", "Ocampo@2", "she", "her"]),
        ("imf", "International Monetary Fund", "igo", None, None, ["the International Monetary Fund", "IMF"]),
        ("paz", "Martín Paz", "person", "ARG", "Governor of Córdoba", ["Córdoba Governor Martín Paz", "he"]),
        ("gvs", "governors of five Argentine provinces", "group", "ARG", "provincial governors",
         ["the governors of five provinces", "We", "our", "the governors@2"]),
        ("mit", "Radio Mitre", "media", "ARG", None, ["Radio Mitre"]),
        ("gov", "Argentina", "government", "ARG", "Argentine national government", ["the government", "it"]),
        ("pol", "Santa Fe provincial police", "government", "ARG", "police", ["police"]),
        ("pro", "protesters in Rosario", "group", "ARG", None, ["several hundred protesters", "them"]),
        ("min", "Santa Fe security ministry", "government", "ARG", "provincial security ministry",
         ["the provincial security ministry"]),
        ("iba", "Norma Ibarra", "person", "ARG", "CTERA leader", ["CTERA leader Norma Ibarra"]),
    ],
    events=[
        E("strike1", "PROTEST", "strike@1", "ongoing", a=["tea", "cte"], r=["gov"], mode="strike",
          ctx=["economic"], time=("Tuesday", "2025-10-28"), inst="teachers-strike"),
        E("freeze", "SANCTION", "freeze", "ongoing", a=["gov"], r=["prov"], mode="discontinue", ctx=["economic"],
          inst="transfers-freeze"),
        E("halted", "SANCTION", "halted", "occurred", a=["oca"], r=["prov"], mode="discontinue", ctx=["economic"],
          time=("August", "2025-08"), inst="transfers-freeze"),
        E("agreedimf", "SUPPORT", "agreed", "occurred", a=["gov", "imf"], ctx=["economic"]),
        E("attend", "CONSULT", "attend", "hypothetical", a=["gvs"], r=["gov"], ctx=["economic"], rb="paz",
          inst="budget-talks"),
        E("talks", "CONSULT", "talks", "planned", a=["gvs", "gov"], ctx=["economic"],
          time=("next week", "2025-11"), loc=("Buenos Aires", "Buenos Aires", "ARG"), rb="paz", inst="budget-talks"),
        E("restored", "AID", "restored", "hypothetical", a=["gov"], r=["prov"], ctx=["economic"], rb="paz"),
        E("sign", "SUPPORT", "sign", "negated", a=["gvs"], ctx=["economic"], rb="paz"),
        E("rejected", "REJECT", "rejected", "occurred", a=["oca"], r=["gvs"], mode="assist", ctx=["economic"]),
        E("demand", "REQUEST", "demand", "occurred", a=["gvs"], r=["gov"], mode="assist", ctx=["economic"]),
        E("offered", "AGREE", "offered", "occurred", a=["oca"], r=["prov"], ctx=["economic"]),
        E("payment", "AID", "payment", "hypothetical", a=["oca"], r=["prov"], ctx=["economic"]),
        E("froze", "OTHER", "froze", "hypothetical", a=["prov"]),
        E("invited", "AGREE", "invited", "occurred", a=["oca"], r=["gvs"]),
        E("meet", "CONSULT", "meet@2", "desired", a=["oca"], r=["gvs"], time=("Friday", "2025-10-31")),
        E("teargas", "ASSAULT", "fired tear gas", "occurred", a=["pol"], r=["pro"], mode="crowd-control",
          loc=("Rosario", "Rosario", "ARG"), rb="min"),
        E("block", "PROTEST", "block", "occurred", a=["pro"], mode="obstruct", rb="min"),
        E("arrested", "COERCE", "arrested", "occurred", a=["pol"], r=["pro"], mode="arrest", rb="min"),
        E("condemned", "ACCUSE", "condemned", "occurred", a=["iba"], r=["pol"], mode="disapprove"),
        E("crackdown", "COERCE", "crackdown", "occurred", a=["pol"], r=["pro"]),
        E("warned", "THREATEN", "warned", "occurred", a=["iba"], r=["gov"], mode="restrict"),
        E("strike2", "PROTEST", "strike@2", "hypothetical", a=["cte"], r=["gov"], mode="strike", rb="iba"),
        E("negotiations", "CONSULT", "negotiations", "planned", a=["gvs", "gov"], ctx=["economic"], rb="iba",
          inst="budget-talks"),
        E("failed", "OTHER", "failed", "hypothetical", rb="iba"),
    ],
    stances=[
        ("S1", "oca", "demand", "oppose", "rejected"),
        ("S2", "iba", "crackdown", "oppose", "condemned"),
    ],
    conds=[
        ("C1", "only_if", "unless", ["restored"], ["attend"], "paz"),
        ("C2", "provided", "provided", ["froze"], ["payment"], "oca"),
        ("C3", "if", "if", ["failed"], ["strike2"], "iba"),
    ],
))


# 06 Azerbaijan and Iran: an interview excerpt -----------------------------------------------------
DOCS.append(dict(
    id="blind23-06-azerbaijan-iran-interview",
    title="Interview: Azerbaijan's deputy foreign minister on Iran, border talks",
    published="2025-04-22",
    text=("The following are excerpts from an interview that Azerbaijan's Deputy Foreign Minister Elnur Guliyev gave to the Baku-based news agency Turan on Monday. The questions have been shortened.\n\n"
          "Q: Tehran has accused Baku of letting Israel use its territory. How do you respond?\n\n"
          "Guliyev: These accusations are groundless, and we have said so many times. Azerbaijan does not allow any third country to use its territory against its neighbours. We have invited Iranian officials to visit the border areas and see for themselves.\n\n"
          "Q: Iran held military exercises near the border last week. Does that worry you?\n\n"
          "Guliyev: Every country has the right to hold exercises on its own soil. We would be concerned if troops were moved closer to the border.\n\n"
          "Q: Will the joint border commission meet as planned?\n\n"
          "Guliyev: Yes. Our delegation will travel to Tehran on May 5 for the next round. If the Iranian side is ready to sign the protocol on the Aras river crossings, we are ready too. We also hope to reopen the Astara rail link before the summer.\n"),
    actors=[
        ("gul", "Elnur Guliyev", "person", "AZE", "Deputy Foreign Minister of Azerbaijan",
         ["Azerbaijan's Deputy Foreign Minister Elnur Guliyev", "you@1", "Guliyev@2", "you@2", "Guliyev@3",
          "Guliyev@4"]),
        ("tur", "Turan", "media", "AZE", "news agency", ["the Baku-based news agency Turan"]),
        ("irn", "Iran", "government", "IRN", "Iranian government",
         ["Tehran@1", "Iranian officials", "themselves", "Iran", "the Iranian side"]),
        ("aze", "Azerbaijan", "government", "AZE", "Azerbaijani government",
         ["Baku@2", "its@1", "we@1", "Azerbaijan@2", "its@2", "its@3", "We@1", "We@2", "Our delegation", "we@2",
          "We@3"]),
        ("isr", "Israel", "government", "ISR", "Israeli government", ["Israel"]),
        ("jbc", "Azerbaijan-Iran joint border commission", "igo", None, None, ["the joint border commission"]),
    ],
    events=[
        E("accused", "ACCUSE", "accused", "occurred", a=["irn"], r=["aze"], mode="allege", ctx=["military"],
          rb="tur", inst="iran-accusation"),
        E("letting", "COOPERATE", "letting", "occurred", a=["aze"], r=["isr"], ctx=["military"], rb="irn",
          inst="aze-israel-territory"),
        E("accusations", "ACCUSE", "accusations", "occurred", a=["irn"], r=["aze"], mode="allege",
          ctx=["military"], rb="gul", inst="iran-accusation"),
        E("groundless", "REJECT", "groundless", "occurred", a=["gul"], r=["irn"], ctx=["military"]),
        E("allow", "COOPERATE", "allow", "negated", a=["aze"], r=["isr"], ctx=["military"], rb="gul",
          inst="aze-israel-territory"),
        E("invited", "AGREE", "invited", "occurred", a=["aze"], r=["irn"], ctx=["diplomatic"], rb="gul"),
        E("visit", "CONSULT", "visit", "desired", a=["irn"], r=["aze"], mode="visit", ctx=["diplomatic"], rb="gul"),
        E("exercises", "MOBILIZE", "exercises@1", "occurred", a=["irn"], ctx=["military"],
          time=("last week", "2025-04"), rb="tur"),
        E("moved", "MOBILIZE", "moved", "hypothetical", a=["irn"], mode="troops", ctx=["military"], rb="gul"),
        E("meet", "CONSULT", "meet", "planned", a=["jbc"], ctx=["territory"], rb="tur",
          inst="border-commission-round"),
        E("travel", "CONSULT", "travel", "planned", a=["aze"], r=["irn"], mode="visit", ctx=["territory"],
          time=("May 5", "2025-05-05"), loc=("Tehran@2", "Tehran", "IRN"), rb="gul", inst="border-commission-round"),
        E("round", "CONSULT", "round", "planned", a=["jbc"], ctx=["territory"], time=(None, "2025-05-05"),
          loc=(None, "Tehran", "IRN"), rb="gul", inst="border-commission-round"),
        E("ready1", "AGREE", "ready@1", "hypothetical", a=["irn"], r=["aze"], ctx=["territory"], rb="gul"),
        E("sign", "SUPPORT", "sign", "hypothetical", a=["irn", "aze"], ctx=["territory"], rb="gul"),
        E("ready2", "AGREE", "ready@2", "hypothetical", a=["aze"], r=["irn"], ctx=["territory"], rb="gul"),
        E("reopen", "COOPERATE", "reopen", "desired", a=["aze"], r=["irn"], ctx=["economic"],
          time=("before the summer", None), rb="gul"),
    ],
    stances=[
        ("S1", "gul", "accusations", "oppose", "groundless"),
        ("S2", "aze", "moved", "oppose", "concerned"),
        ("S3", "aze", "reopen", "support", "hope"),
    ],
    conds=[
        ("C1", "if", "If", ["ready1"], ["ready2"], "gul"),
    ],
))


# 07 Burundi and Tanzania: a conflict/security story -----------------------------------------------
DOCS.append(dict(
    id="blind23-07-burundi-tanzania-raid",
    title="Burundi blames rebels based in Tanzania for deadly raid; Tanzania denies sheltering them",
    published="2025-02-20",
    text=("Gunmen killed at least seven people and burned a health centre in Burundi's Makamba province early on Wednesday, in what the army described as a raid by the RED-Tabara rebel group launched from Tanzanian territory.\n\n"
          "Army spokesman Colonel Gaspard Niyonkuru said soldiers had pursued the attackers to the Malagarazi river, which marks the border, and killed three of them. \"The others crossed back into Tanzania. If our neighbour cannot control its side of the border, we will pursue them there ourselves,\" he said.\n\n"
          "RED-Tabara, in a statement posted on social media, denied attacking civilians and said its fighters had clashed only with government troops.\n\n"
          "Tanzania's Ministry of Foreign Affairs denied sheltering Burundian rebels and warned Gitega against any incursion into its territory. It said Tanzanian police had arrested 12 suspects near Kigoma and that Dodoma was ready to hand them over to the Burundian authorities.\n\n"
          "The East African Community (EAC) called for restraint and offered to host talks between the two governments in Arusha next week.\n"),
    actors=[
        ("gun", "gunmen who attacked Makamba", "group", None, None,
         ["Gunmen", "the attackers", "them@1", "The others", "them@2"]),
        ("civ", "civilians in Makamba", "group", "BDI", None, ["at least seven people", "civilians"]),
        ("army", "Burundian army", "government", "BDI", "Burundi National Defence Force",
         ["the army", "soldiers", "government troops"]),
        ("red", "RED-Tabara", "group", "BDI", "rebel group",
         ["the RED-Tabara rebel group", "RED-Tabara@2", "its@2", "Burundian rebels"]),
        ("niy", "Gaspard Niyonkuru", "person", "BDI", "Burundian army spokesman",
         ["Army spokesman Colonel Gaspard Niyonkuru", "he"]),
        ("tza", "Tanzania", "government", "TZA", "Tanzanian government",
         ["our neighbour", "its@1", "Tanzania's Ministry of Foreign Affairs", "its@3", "It", "Dodoma",
          "the two governments"]),
        ("bdi", "Burundi", "government", "BDI", "Burundian government",
         ["we", "ourselves", "Gitega", "the Burundian authorities", "the two governments"]),
        ("pol", "Tanzanian police", "government", "TZA", "police", ["Tanzanian police"]),
        ("sus", "12 suspects arrested near Kigoma", "group", None, None, ["12 suspects", "them@3"]),
        ("eac", "East African Community", "igo", None, None, ["The East African Community", "EAC"]),
    ],
    events=[
        E("killed1", "ASSAULT", "killed@1", "occurred", a=["gun"], r=["civ"], ctx=["military"],
          time=("Wednesday", "2025-02-19"), loc=("Burundi's Makamba province", "Makamba Province", "BDI"),
          inst="makamba-raid"),
        E("burned", "ASSAULT", "burned", "occurred", a=["gun"], ctx=["military"], time=(None, "2025-02-19"),
          loc=(None, "Makamba Province", "BDI"), inst="makamba-raid"),
        E("raid", "ASSAULT", "raid", "occurred", a=["red"], ctx=["military"], time=(None, "2025-02-19"),
          loc=(None, "Makamba Province", "BDI"), rb="army", inst="makamba-raid"),
        E("killed2", "ASSAULT", "killed@2", "occurred", a=["army"], r=["gun"], ctx=["military"], rb="niy"),
        E("control", "OTHER", "control", "hypothetical", a=["tza"], rb="niy"),
        E("pursue", "ASSAULT", "pursue", "hypothetical", a=["bdi"], r=["gun"], ctx=["military", "territory"],
          rb="niy", inst="burundi-incursion"),
        E("denied1", "REJECT", "denied@1", "occurred", a=["red"], r=["army"], ctx=["military"]),
        E("attacking", "ASSAULT", "attacking", "negated", a=["red"], r=["civ"], ctx=["military"], rb="red",
          inst="makamba-raid"),
        E("clashed", "ASSAULT", "clashed", "occurred", a=["red", "army"], ctx=["military"], rb="red"),
        E("denied2", "REJECT", "denied@2", "occurred", a=["tza"], r=["bdi"], ctx=["military"]),
        E("sheltering", "AID", "sheltering", "negated", a=["tza"], r=["red"], ctx=["military"], rb="tza"),
        E("warned", "THREATEN", "warned", "occurred", a=["tza"], r=["bdi"], ctx=["military", "territory"]),
        E("incursion", "ASSAULT", "incursion", "hypothetical", a=["bdi"], r=["tza"], ctx=["military", "territory"],
          rb="tza", inst="burundi-incursion"),
        E("arrested", "COERCE", "arrested", "occurred", a=["pol"], r=["sus"], mode="arrest",
          loc=("Kigoma", "Kigoma", "TZA"), rb="tza"),
        E("ready", "AGREE", "ready", "occurred", a=["tza"], r=["bdi"], ctx=["legal"], rb="tza"),
        E("hand", "COOPERATE", "hand", "desired", a=["tza"], r=["bdi"], ctx=["legal"], rb="tza"),
        E("calledfor", "REQUEST", "called for", "occurred", a=["eac"], r=["bdi", "tza"], mode="yield",
          ctx=["military"]),
        E("offered", "AGREE", "offered", "occurred", a=["eac"], r=["bdi", "tza"], ctx=["diplomatic"]),
        E("talks", "CONSULT", "talks", "desired", a=["bdi", "tza"], mode="third-party", ctx=["diplomatic"],
          time=("next week", "2025-02"), loc=("Arusha", "Arusha", "TZA")),
    ],
    stances=[
        ("S1", "tza", "incursion", "oppose", "warned"),
    ],
    conds=[
        ("C1", "if", "If", ["control"], ["pursue"], "niy"),
    ],
))


# 08 Fiji and Samoa: an analysis ------------------------------------------------------------------------
DOCS.append(dict(
    id="blind23-08-fiji-samoa-security-analysis",
    title="Analysis: Pacific policing pacts put Suva and Apia on different tracks",
    published="2025-07-09",
    text=("When Fiji's Prime Minister Ratu Josefa Vunivalu signed a policing agreement with Australia last month, officials in Suva presented it as a routine upgrade. In Apia, it was read as a warning sign. Samoa's government, which chairs the Pacific Islands Forum (PIF) this year, has pushed for a regional approach to security and has refused bilateral policing deals with both Canberra and Beijing.\n\n"
          "The difference matters because Forum leaders are due to meet in Honiara in September to adopt a common security declaration. Samoan Prime Minister Tuilagi Fa'amausili Leota has said she will not sign any text that allows foreign police forces to operate without the consent of host governments. Fiji, for its part, insists that its agreement with Canberra respects that principle.\n\n"
          "Diplomats in the region expect a compromise, but it is far from certain. If China renews its offer of police training to Solomon Islands and Vanuatu before the summit, Australia is likely to push for tougher language, and Suva and Apia could find themselves on opposite sides of the table. Unless the two governments settle their differences at the foreign ministers' meeting in Suva next month, the declaration may slip to 2026.\n"),
    actors=[
        ("vun", "Ratu Josefa Vunivalu", "person", "FJI", "Prime Minister of Fiji",
         ["Fiji's Prime Minister Ratu Josefa Vunivalu"]),
        ("aus", "Australia", "government", "AUS", "Australian government",
         ["Australia@1", "Canberra@1", "Canberra@2", "Australia@2"]),
        ("fji", "Fiji", "government", "FJI", "Fijian government",
         ["officials in Suva", "Fiji@2", "its@1", "its@2", "Suva@2", "themselves", "the two governments", "their"]),
        ("wsm", "Samoa", "government", "WSM", "Samoan government",
         ["Samoa's government", "Apia@2", "themselves", "the two governments", "their"]),
        ("pif", "Pacific Islands Forum", "igo", None, None, ["the Pacific Islands Forum", "PIF"]),
        ("chn", "China", "government", "CHN", "Chinese government", ["Beijing", "China", "its@3"]),
        ("fl", "Pacific Islands Forum leaders", "igo", None, None, ["Forum leaders"]),
        ("lea", "Tuilagi Fa'amausili Leota", "person", "WSM", "Prime Minister of Samoa",
         ["Samoan Prime Minister Tuilagi Fa'amausili Leota", "she"]),
        ("slb", "Solomon Islands", "government", "SLB", "Solomon Islands government", ["Solomon Islands"]),
        ("vut", "Vanuatu", "government", "VUT", "Vanuatu government", ["Vanuatu"]),
    ],
    events=[
        E("signed", "SUPPORT", "signed", "occurred", a=["vun", "aus"], ctx=["diplomatic"],
          time=("last month", "2025-06"), inst="fiji-australia-pact"),
        E("pushedfor", "REQUEST", "pushed for", "occurred", a=["wsm"], mode="change", ctx=["diplomatic"]),
        E("refused", "REJECT", "refused", "occurred", a=["wsm"], r=["aus", "chn"], mode="assist", ctx=["diplomatic"]),
        E("deals", "SUPPORT", "deals", "negated", a=["wsm"], r=["aus", "chn"], ctx=["diplomatic"]),
        E("meet", "CONSULT", "meet", "planned", a=["fl"], mode="multilateral", ctx=["diplomatic"],
          time=("September", "2025-09"), loc=("Honiara", "Honiara", "SLB"), inst="pif-summit"),
        E("adopt", "SUPPORT", "adopt", "planned", a=["fl"], ctx=["diplomatic"], inst="pif-security-declaration"),
        E("sign", "SUPPORT", "sign@2", "negated", a=["lea"], ctx=["diplomatic"], rb="lea"),
        E("agreement", "SUPPORT", "agreement@2", "occurred", a=["fji", "aus"], ctx=["diplomatic"], rb="fji",
          inst="fiji-australia-pact"),
        E("offer", "AGREE", "offer", "hypothetical", a=["chn"], r=["slb", "vut"], ctx=["diplomatic"]),
        E("training", "AID", "training", "hypothetical", a=["chn"], r=["slb", "vut"]),
        E("summit", "CONSULT", "summit", "planned", a=["fl"], mode="multilateral", ctx=["diplomatic"],
          time=(None, "2025-09"), loc=(None, "Honiara", "SLB"), inst="pif-summit"),
        E("pushfor", "REQUEST", "push for", "hypothetical", a=["aus"], mode="change", ctx=["diplomatic"]),
        E("opposite", "OTHER", "opposite sides", "hypothetical", a=["fji", "wsm"]),
        E("settle", "SUPPORT", "settle", "hypothetical", a=["fji", "wsm"], ctx=["diplomatic"]),
        E("fmmeeting", "CONSULT", "meeting", "planned", mode="multilateral", ctx=["diplomatic"],
          time=("next month", "2025-08"), loc=("Suva@3", "Suva", "FJI")),
        E("slip", "OTHER", "slip", "hypothetical", time=("2026", "2026")),
    ],
    stances=[
        ("S1", "wsm", "deals", "oppose", "refused"),
    ],
    conds=[
        ("C1", "if", "If", ["offer"], ["pushfor", "opposite"], None),
        ("C2", "unless", "Unless", ["settle"], ["slip"], None),
    ],
))


# 09 Belgium's coalition talks: reported speech and quotes ---------------------------------------------
DOCS.append(dict(
    id="blind23-09-belgium-coalition-talks",
    title="Belgian coalition talks stall over unemployment benefit cap",
    published="2025-01-17",
    text=("Belgium's coalition talks stalled again on Thursday after the French-speaking Socialist Party (PS) refused to accept a proposed cap on unemployment benefits, negotiators said.\n\n"
          "\"We cannot sign up to a deal that punishes the unemployed for the failures of the labour market,\" PS negotiator Élodie Marchal told reporters outside the Egmont Palace. \"If the cap stays in the text, we will leave the table.\"\n\n"
          "Formateur Jan De Clercq of the Flemish nationalist N-VA said he regretted the PS position but would not drop the measure, which he called \"essential to balance the budget\". He urged the Socialists to come back with a counter-proposal by Monday.\n\n"
          "The liberal MR backed the formateur. \"Voters asked for change, not for more of the same,\" MR president Sophie Lambotte said.\n\n"
          "Vooruit, the Flemish socialists, struck a softer tone, saying they were willing to discuss a longer transition period provided the overall savings target was met.\n\n"
          "De Clercq is due to report to the Royal Palace on Saturday on the state of the negotiations.\n"),
    actors=[
        ("ps", "Parti Socialiste", "organization", "BEL", None,
         ["the French-speaking Socialist Party", "PS@1", "We", "we", "PS@3", "the Socialists"]),
        ("mar", "Élodie Marchal", "person", "BEL", "PS negotiator", ["PS negotiator Élodie Marchal"]),
        ("dec", "Jan De Clercq", "person", "BEL", "formateur",
         ["Formateur Jan De Clercq of the Flemish nationalist N-VA", "he@1", "he@2", "He", "the formateur",
          "De Clercq@2"]),
        ("mr", "Mouvement Réformateur", "organization", "BEL", None, ["The liberal MR"]),
        ("lam", "Sophie Lambotte", "person", "BEL", "MR president", ["MR president Sophie Lambotte"]),
        ("voo", "Vooruit", "organization", "BEL", None, ["Vooruit, the Flemish socialists", "they"]),
        ("pal", "Royal Palace of Belgium", "government", "BEL", "Belgian head of state's office",
         ["the Royal Palace"]),
    ],
    events=[
        E("talks", "CONSULT", "talks", "ongoing", ctx=["political_institutions"], inst="coalition-talks"),
        E("refused", "REJECT", "refused", "occurred", a=["ps"], r=["dec"], mode="change",
          ctx=["political_institutions", "economic"], time=("Thursday", "2025-01-16")),
        E("proposed", "AGREE", "proposed", "occurred", a=["dec"], ctx=["economic"]),
        E("signup", "SUPPORT", "sign up", "negated", a=["ps"], ctx=["economic"], rb="mar"),
        E("stays", "OTHER", "stays", "hypothetical", rb="mar"),
        E("leave", "SANCTION", "leave the table", "hypothetical", a=["ps"], r=["dec"], mode="withdraw",
          ctx=["political_institutions"], rb="mar"),
        E("regretted", "ACCUSE", "regretted", "occurred", a=["dec"], r=["ps"], mode="disapprove"),
        E("drop", "CONCEDE", "drop", "negated", a=["dec"], r=["ps"], ctx=["economic"], rb="dec"),
        E("urged", "REQUEST", "urged", "occurred", a=["dec"], r=["ps"]),
        E("counter", "AGREE", "counter-proposal", "desired", a=["ps"], r=["dec"], time=("Monday", "2025-01-20")),
        E("backed", "SUPPORT", "backed", "occurred", a=["mr"], r=["dec"]),
        E("willing", "AGREE", "willing", "occurred", a=["voo"], ctx=["economic"]),
        E("discuss", "CONSULT", "discuss", "hypothetical", a=["voo"], ctx=["economic"], rb="voo"),
        E("met", "OTHER", "met", "hypothetical", rb="voo"),
        E("report", "CONSULT", "report", "planned", a=["dec"], r=["pal"], mode="visit",
          ctx=["political_institutions"], time=("Saturday", "2025-01-18")),
        E("negotiations", "CONSULT", "negotiations", "ongoing", ctx=["political_institutions"], inst="coalition-talks"),
    ],
    stances=[
        ("S1", "ps", "proposed", "oppose", "refused"),
        ("S2", "dec", ("span", "the PS position"), "oppose", "regretted"),
        ("S3", "dec", ("span", "the measure"), "support", "essential"),
        ("S4", "mr", "dec", "support", "backed"),
    ],
    conds=[
        ("C1", "if", "If", ["stays"], ["leave"], "mar"),
        ("C2", "provided", "provided", ["met"], ["discuss"], "voo"),
    ],
))


# 10 Kazakhstan and China: a trade/economy-policy story --------------------------------------------------
DOCS.append(dict(
    id="blind23-10-kazakhstan-china-trade-deal",
    title="Kazakhstan, China agree to expand Khorgos crossing, open free trade talks",
    published="2025-11-13",
    text=("Kazakhstan and China agreed on Wednesday to double the capacity of the Khorgos border crossing by 2027 and to launch talks on a free trade zone, as Astana seeks to redirect more of its grain exports east.\n\n"
          "The deal was signed in Astana by Trade Minister Aidos Temirbekov and Chinese Commerce Vice-Minister Qiao Weiming, who is leading a 60-strong business delegation on a three-day visit to Kazakhstan.\n\n"
          "Under the agreement, Beijing will lift a ban on Kazakh barley that it imposed in 2023 over phytosanitary concerns. China will also provide a 500 million dollar loan for new grain terminals, Temirbekov said.\n\n"
          "Temirbekov said Kazakhstan would not agree to any arrangement that required it to buy Chinese goods in return. \"We are open to Chinese investment, as long as it creates jobs for Kazakhs,\" he said.\n\n"
          "The agreement drew criticism from the Atameken National Chamber of Entrepreneurs, a business lobby, which said local steelmakers could be hit by cheap Chinese imports. It called on the government to impose safeguard duties if imports rose by more than 20 percent. Temirbekov said the ministry would consider such measures \"if the data justify them\".\n"),
    actors=[
        ("kaz", "Kazakhstan", "government", "KAZ", "Kazakh government",
         ["Kazakhstan@1", "Astana@1", "its", "Kazakhstan@2", "Kazakhstan@3", "it@2", "We", "the government",
          "the ministry"]),
        ("chn", "China", "government", "CHN", "Chinese government", ["China@1", "Beijing", "it@1", "China@2"]),
        ("tem", "Aidos Temirbekov", "person", "KAZ", "Trade Minister of Kazakhstan",
         ["Trade Minister Aidos Temirbekov", "Temirbekov@2", "Temirbekov@3", "he", "Temirbekov@4"]),
        ("qiao", "Qiao Weiming", "person", "CHN", "Chinese Commerce Vice-Minister",
         ["Chinese Commerce Vice-Minister Qiao Weiming"]),
        ("del", "Chinese business delegation", "organization", "CHN", None, ["a 60-strong business delegation"]),
        ("ata", "Atameken National Chamber of Entrepreneurs", "organization", "KAZ", "business lobby",
         ["the Atameken National Chamber of Entrepreneurs, a business lobby", "It"]),
    ],
    events=[
        E("agreed", "AGREE", "agreed", "occurred", a=["kaz", "chn"], ctx=["economic"],
          time=("Wednesday", "2025-11-12")),
        E("double", "COOPERATE", "double", "planned", a=["kaz", "chn"], ctx=["economic"], time=("2027", "2027")),
        E("talks", "CONSULT", "talks", "planned", a=["kaz", "chn"], ctx=["economic"]),
        E("redirect", "COOPERATE", "redirect", "desired", a=["kaz"], r=["chn"], ctx=["economic"]),
        E("signed", "SUPPORT", "signed", "occurred", a=["tem", "qiao"], ctx=["economic"],
          time=(None, "2025-11-12"), loc=("Astana@2", "Astana", "KAZ"), inst="kaz-chn-deal"),
        E("visit", "CONSULT", "visit", "ongoing", a=["qiao", "del"], r=["kaz"], mode="visit", ctx=["economic"]),
        E("agreement1", "SUPPORT", "agreement@1", "occurred", a=["kaz", "chn"], ctx=["economic"],
          time=(None, "2025-11-12"), inst="kaz-chn-deal"),
        E("lift", "CONCEDE", "lift", "planned", a=["chn"], r=["kaz"], ctx=["economic"]),
        E("imposed", "SANCTION", "imposed", "occurred", a=["chn"], r=["kaz"], mode="discontinue", ctx=["economic"],
          time=("2023", "2023")),
        E("loan", "AID", "loan", "planned", a=["chn"], r=["kaz"], ctx=["economic"], rb="tem"),
        E("agree", "AGREE", "agree", "negated", a=["kaz"], r=["chn"], ctx=["economic"], rb="tem"),
        E("open", "AGREE", "open", "occurred", a=["kaz"], r=["chn"], ctx=["economic"], rb="tem"),
        E("investment", "COOPERATE", "investment", "hypothetical", a=["chn"], r=["kaz"], ctx=["economic"], rb="tem"),
        E("creates", "OTHER", "creates", "hypothetical", rb="tem"),
        E("agreement2", "SUPPORT", "agreement@2", "occurred", a=["kaz", "chn"], ctx=["economic"],
          time=(None, "2025-11-12"), inst="kaz-chn-deal"),
        E("criticism", "ACCUSE", "criticism", "occurred", a=["ata"], r=["kaz"], mode="disapprove", ctx=["economic"]),
        E("calledon", "REQUEST", "called on", "occurred", a=["ata"], r=["kaz"], mode="change", ctx=["economic"]),
        E("impose", "SANCTION", "impose", "hypothetical", a=["kaz"], r=["chn"], mode="discontinue",
          ctx=["economic"], rb="ata", inst="safeguard-duties"),
        E("rose", "OTHER", "rose", "hypothetical", rb="ata"),
        E("measures", "SANCTION", "measures", "hypothetical", a=["kaz"], r=["chn"], mode="discontinue",
          ctx=["economic"], rb="tem", inst="safeguard-duties"),
        E("justify", "OTHER", "justify", "hypothetical", rb="tem"),
    ],
    stances=[
        ("S1", "kaz", "redirect", "support", "seeks"),
        ("S2", "kaz", "investment", "support", "open to"),
        ("S3", "ata", "agreement2", "oppose", "criticism"),
        ("S4", "kaz", "measures", "neutral", "would consider"),
    ],
    conds=[
        ("C1", "provided", "as long as", ["creates"], ["investment"], "tem"),
        ("C2", "if", "if@1", ["rose"], ["impose"], "ata"),
        ("C3", "if", "if@2", ["justify"], ["measures"], "tem"),
    ],
))
