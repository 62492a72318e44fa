"""Passages and gold annotations of blind13 (read by _build.py).

Span specs: "words" (first word-bounded occurrence), "words@n" (n-th), "words||context"
(first "words" inside the first occurrence of "context").
"""

DOCS: list[dict] = []

# ---------------------------------------------------------------- 01 Peru (AFP, labour dispute)
DOCS.append(dict(
    id="blind13-01-peru-copper-strike",
    title="Peru copper miners strike, union threatens to widen stoppage over overtime decree",
    published="2026-03-12",
    text=(
        "LIMA, March 12 (AFP) - Thousands of workers at Peru's largest copper mine walked off the job "
        "on Wednesday, and their union warned that the stoppage would spread to three more pits in the "
        "southern Andes unless the government reverses a decree capping overtime pay.\n\n"
        "The National Federation of Mining Workers (FNTM), which wants the decree withdrawn, said the "
        "strike at the Las Bambas site in Apurímac would run indefinitely. Its secretary general, Rosa "
        "Quispe, told AFP: \"We will not sit down with the ministry unless the decree is suspended first.\"\n\n"
        "Labour Minister Arturo Benavides denounced the walkout as illegal and said he had asked "
        "prosecutors to investigate the organisers. He offered to meet union leaders in Lima on Monday, "
        "but only if they lift the road blockades that have cut the mine's access route since the weekend.\n\n"
        "\"If the blockades stay, the police will clear them,\" Benavides said at a news conference.\n\n"
        "The mine has lost an estimated 40,000 tonnes of output since the standoff began, according to "
        "the Peruvian mining chamber. President Julia Castañeda has declined to take sides in the dispute.\n\n"
        "The opposition Popular Force party urged her to fire Benavides, accusing him of provoking the unrest.\n"
    ),
    actors=[
        ("A1", "Agence France-Presse", "media", "FRA", "news agency", ["AFP", "AFP@2"]),
        ("A2", "Las Bambas mine workers", "group", "PER", "striking copper miners",
         ["Thousands of workers at Peru's largest copper mine"]),
        ("A3", "National Federation of Mining Workers (FNTM)", "organization", "PER", "mineworkers' union",
         ["their union", "The National Federation of Mining Workers", "FNTM", "We||\"We will not",
          "the organisers", "union leaders", "they||only if they lift"]),
        ("A4", "Peru", "government", "PER", "Peruvian government",
         ["the government", "the ministry"]),
        ("A5", "Rosa Quispe", "person", "PER", "FNTM secretary general",
         ["Its secretary general, Rosa Quispe"]),
        ("A6", "Arturo Benavides", "person", "PER", "Labour Minister of Peru",
         ["Labour Minister Arturo Benavides", "he||said he had asked", "He||He offered",
          "Benavides||Benavides said at", "Benavides||fire Benavides", "him||accusing him"]),
        ("A7", "Peruvian prosecutors", "government", "PER", "public prosecutors", ["prosecutors"]),
        ("A8", "Peruvian National Police", "government", "PER", "police", ["the police"]),
        ("A9", "Peruvian mining chamber", "organization", "PER", "industry association",
         ["the Peruvian mining chamber"]),
        ("A10", "Julia Castañeda", "person", "PER", "President of Peru",
         ["President Julia Castañeda", "her||urged her"]),
        ("A11", "Popular Force", "organization", "PER", "opposition party",
         ["The opposition Popular Force party"]),
    ],
    events=[
        dict(id="E1", type="PROTEST", mode="strike", ctx=["economic"], trig="walked off", a=["A2"], r=["A4"],
             st="occurred", time=("Wednesday", "2026-03-11"),
             loc=(None, "Las Bambas mine, Apurímac", "PER"), inst="las-bambas-strike"),
        dict(id="E2", type="THREATEN", ctx=["economic"], trig="warned", a=["A3"], r=["A4"], st="occurred"),
        dict(id="E3", type="PROTEST", mode="strike", ctx=["economic"], trig="stoppage", a=["A2"], r=["A4"],
             st="ongoing", rb="A3", inst="las-bambas-strike"),
        dict(id="E4", type="PROTEST", mode="strike", ctx=["economic"], trig="spread", a=["A3"], r=["A4"],
             st="hypothetical", loc=("the southern Andes||three more pits in the southern Andes",
                                     "southern Andes", "PER"), rb="A3", inst="strike-spread"),
        dict(id="E5", type="RETREAT", ctx=["economic"], trig="reverses", a=["A4"], r=["A3"], st="hypothetical",
             rb="A3", inst="decree-withdrawal"),
        dict(id="E6", type="RETREAT", ctx=["economic"], trig="withdrawn", a=["A4"], r=["A3"], st="desired",
             inst="decree-withdrawal"),
        dict(id="E7", type="PROTEST", mode="strike", ctx=["economic"], trig="strike", a=["A2"], r=["A4"],
             st="ongoing", loc=("the Las Bambas site in Apurímac", "Las Bambas mine, Apurímac", "PER"),
             rb="A3", inst="las-bambas-strike"),
        dict(id="E8", type="CONSULT", ctx=["economic"], trig="sit down", a=["A3"], r=["A4"], st="hypothetical",
             rb="A5", inst="mine-talks"),
        dict(id="E9", type="RETREAT", ctx=["economic"], trig="suspended", a=["A4"], r=["A3"], st="hypothetical",
             rb="A5", inst="decree-withdrawal"),
        dict(id="E10", type="ACCUSE", mode="disapprove", ctx=["economic"], trig="denounced", a=["A6"], r=["A3"],
             st="occurred"),
        dict(id="E11", type="PROTEST", mode="strike", ctx=["economic"], trig="walkout", a=["A2"], r=["A4"],
             st="ongoing", inst="las-bambas-strike"),
        dict(id="E12", type="REQUEST", ctx=["legal"], trig="asked", a=["A6"], r=["A7"], st="occurred", rb="A6"),
        dict(id="E13", type="ACCUSE", mode="investigate", ctx=["legal"], trig="investigate", a=["A7"], r=["A3"],
             st="desired", rb="A6"),
        dict(id="E14", type="AGREE", ctx=["economic"], trig="offered", a=["A6"], r=["A3"], st="occurred"),
        dict(id="E15", type="CONSULT", ctx=["economic"], trig="meet", a=["A6"], r=["A3"], st="hypothetical",
             time=("Monday", "2026-03-16"), loc=("Lima||in Lima", "Lima", "PER"), inst="mine-talks"),
        dict(id="E16", type="RETREAT", ctx=["economic"], trig="lift", a=["A3"], r=["A4"], st="hypothetical",
             inst="blockade-lifting"),
        dict(id="E17", type="PROTEST", mode="obstruct", ctx=["economic"], trig="road blockades", a=["A3"], r=["A4"],
             st="ongoing", inst="road-blockades"),
        dict(id="E18", type="PROTEST", mode="obstruct", ctx=["economic"], trig="blockades||the blockades stay",
             a=["A3"], r=["A4"], st="hypothetical", rb="A6", inst="road-blockades"),
        dict(id="E19", type="COERCE", ctx=["economic"], trig="clear", a=["A8"], r=["A3"], st="hypothetical",
             rb="A6"),
        dict(id="E20", type="REQUEST", mode="change", ctx=["executive"], trig="urged", a=["A11"], r=["A10"],
             st="occurred"),
        dict(id="E21", type="SANCTION", ctx=["executive"], trig="fire", a=["A10"], r=["A6"], st="desired"),
        dict(id="E22", type="ACCUSE", mode="allege", ctx=["executive"], trig="accusing", a=["A11"], r=["A6"],
             st="occurred"),
    ],
    stances=[
        ("S1", "A3", "E6", "support", "wants"),
        ("S2", "A3", "E8", "oppose", "will not"),
        ("S3", "A6", "E11", "oppose", "illegal"),
        ("S4", "A10", ("span", "the dispute"), "neutral", "declined to take sides"),
        ("S5", "A11", "E21", "support", "urged"),
    ],
    conds=[
        ("C1", "unless", "unless", ["E5"], ["E4"], "A3"),
        ("C2", "only_if", "unless@2", ["E9"], ["E8"], "A5"),
        ("C3", "only_if", "only if", ["E16"], ["E15"], "A6"),
        ("C4", "if", "If", ["E18"], ["E19"], "A6"),
    ],
))

# ---------------------------------------------------------------- 02 Colombia (Reuters, peace talks)
DOCS.append(dict(
    id="blind13-02-colombia-eln-talks",
    title="Colombia and ELN to resume peace talks in Caracas",
    published="2026-04-21",
    text=(
        "BOGOTA, April 21 (Reuters) - Colombia's government and the National Liberation Army (ELN) will "
        "resume peace talks in Caracas next week, both sides said on Tuesday.\n\n"
        "Government negotiator Camila Restrepo told reporters the delegations would meet on April 28 and "
        "would start with humanitarian relief for the Catatumbo region. She said the army would keep its "
        "offensive operations suspended as long as the rebels observe their own truce.\n\n"
        "The ELN command welcomed the resumption in a statement but rejected Bogota's demand to gather its "
        "fighters in fixed zones. \"If the army keeps advancing in Catatumbo, we will walk away again,\" its "
        "chief negotiator, Aureliano Mejía, told Reuters by phone.\n\n"
        "Defence Minister Hernán Ocampo, a long-time sceptic of the process, said the military had to hold "
        "its positions along the Venezuelan border, \"otherwise the dissidents will take every village we leave.\"\n\n"
        "The last round, held in Havana in December, ended without agreement after a rebel bombing of an oil "
        "pipeline in Arauca province killed two soldiers. Restrepo said President Andrés Gaviria hoped a "
        "bilateral ceasefire could be signed before the end of the year.\n"
    ),
    actors=[
        ("A1", "Reuters", "media", "GBR", "news agency", ["Reuters", "Reuters@2"]),
        ("A2", "Colombia", "government", "COL", "Colombian government",
         ["Colombia's government", "both sides", "the delegations", "Bogota's"]),
        ("A3", "National Liberation Army (ELN)", "group", "COL", "guerrilla group",
         ["the National Liberation Army", "ELN", "both sides", "the delegations", "the rebels", "their||their own truce",
          "The ELN command", "its||its fighters", "we||we will walk"]),
        ("A4", "Camila Restrepo", "person", "COL", "government negotiator",
         ["Government negotiator Camila Restrepo", "She||She said", "Restrepo||Restrepo said"]),
        ("A5", "Colombian army", "government", "COL", "armed forces",
         ["the army", "its||its offensive", "the army@2", "the military", "its||its positions", "we||village we leave"]),
        ("A6", "Aureliano Mejía", "person", "COL", "ELN chief negotiator",
         ["its chief negotiator, Aureliano Mejía"]),
        ("A7", "Hernán Ocampo", "person", "COL", "Defence Minister of Colombia",
         ["Defence Minister Hernán Ocampo, a long-time sceptic of the process"]),
        ("A8", "FARC dissidents", "group", "COL", "armed dissident groups", ["the dissidents"]),
        ("A9", "Colombian soldiers killed in Arauca", "group", "COL", "soldiers", ["two soldiers"]),
        ("A10", "Andrés Gaviria", "person", "COL", "President of Colombia", ["President Andrés Gaviria"]),
    ],
    events=[
        dict(id="E1", type="CONSULT", mode="third-party", ctx=["diplomatic", "military"], trig="peace talks",
             a=["A2", "A3"], st="planned", time=("next week", "2026-04-28"),
             loc=("Caracas", "Caracas", "VEN"), rb="A2", inst="eln-talks"),
        dict(id="E2", type="CONSULT", mode="third-party", ctx=["diplomatic", "military"], trig="meet",
             a=["A2", "A3"], st="planned", time=("April 28", "2026-04-28"), loc=(None, "Caracas", "VEN"),
             rb="A4", inst="eln-talks"),
        dict(id="E3", type="RETREAT", mode="ceasefire", ctx=["military"], trig="suspended", a=["A5"], r=["A3"],
             st="hypothetical", rb="A4"),
        dict(id="E4", type="RETREAT", mode="ceasefire", ctx=["military"], trig="truce", a=["A3"], st="hypothetical",
             rb="A4"),
        dict(id="E5", type="SUPPORT", ctx=["diplomatic"], trig="welcomed", a=["A3"], r=["A2"], st="occurred"),
        dict(id="E6", type="CONSULT", mode="third-party", ctx=["diplomatic"], trig="resumption", a=["A2", "A3"],
             st="planned", rb="A3", inst="eln-talks"),
        dict(id="E7", type="REJECT", ctx=["military"], trig="rejected", a=["A3"], r=["A2"], st="occurred"),
        dict(id="E8", type="REQUEST", ctx=["military"], trig="demand", a=["A2"], r=["A3"], st="occurred", rb="A3"),
        dict(id="E9", type="RETREAT", ctx=["military"], trig="gather", a=["A3"], st="desired", rb="A3"),
        dict(id="E10", type="MOBILIZE", mode="troops", ctx=["military"], trig="advancing", a=["A5"], r=["A3"],
             st="hypothetical", loc=("Catatumbo||advancing in Catatumbo", "Catatumbo", "COL"), rb="A6"),
        dict(id="E11", type="REJECT", mode="meet", ctx=["diplomatic"], trig="walk away", a=["A3"], r=["A2"],
             st="hypothetical", rb="A6"),
        dict(id="E12", type="MOBILIZE", mode="troops", ctx=["military"], trig="hold", a=["A5"], st="hypothetical",
             loc=("the Venezuelan border", "Colombia-Venezuela border", "COL"), rb="A7"),
        dict(id="E13", type="COERCE", mode="seize", ctx=["military", "territory"], trig="take", a=["A8"],
             st="hypothetical", rb="A7"),
        dict(id="E14", type="CONSULT", mode="third-party", ctx=["diplomatic"], trig="round", a=["A2", "A3"],
             st="occurred", time=("December", "2025-12"), loc=("Havana", "Havana", "CUB"), inst="havana-round"),
        dict(id="E15", type="SUPPORT", ctx=["diplomatic"], trig="agreement", a=["A2", "A3"], st="negated"),
        dict(id="E16", type="ASSAULT", mode="explosives", ctx=["military"], trig="bombing", a=["A3"], r=["A9"],
             st="occurred", loc=("Arauca province", "Arauca", "COL"), inst="arauca-bombing"),
        dict(id="E17", type="ASSAULT", mode="explosives", ctx=["military"], trig="killed", a=["A3"], r=["A9"],
             st="occurred", loc=(None, "Arauca", "COL"), inst="arauca-bombing"),
        dict(id="E18", type="SUPPORT", ctx=["military", "diplomatic"], trig="signed", a=["A2", "A3"], st="desired",
             time=("before the end of the year", "2026"), rb="A4"),
    ],
    stances=[
        ("S1", "A3", "E6", "support", "welcomed"),
        ("S2", "A3", "E8", "oppose", "rejected"),
        ("S3", "A7", ("span", "the process"), "oppose", "sceptic"),
        ("S4", "A7", "E12", "support", "had to"),
        ("S5", "A10", "E18", "support", "hoped"),
    ],
    conds=[
        ("C1", "provided", "as long as", ["E4"], ["E3"], "A4"),
        ("C2", "if", "If", ["E10"], ["E11"], "A6"),
        ("C3", "unless", "otherwise", ["E12"], ["E13"], "A7"),
    ],
))

# ---------------------------------------------------------------- 03 Kyrgyzstan / Tajikistan (AP, border incident)
DOCS.append(dict(
    id="blind13-03-kyrgyz-tajik-border-clash",
    title="Kyrgyz and Tajik border guards trade fire in Batken; leaders agree to pull back heavy weapons",
    published="2026-05-06",
    text=(
        "BISHKEK, Kyrgyzstan (AP) — Kyrgyz and Tajik border guards exchanged fire overnight near a disputed "
        "water intake in the Batken region, killing a Kyrgyz officer and wounding three Tajik servicemen, "
        "the Kyrgyz government said Wednesday.\n\n"
        "Kyrgyzstan's State Committee for National Security (GKNB) accused Tajik troops of opening fire first "
        "on a Kyrgyz post outside the village of Kok-Tash. Dushanbe rejected the claim, saying its guards had "
        "returned fire only after coming under attack from Kyrgyz positions.\n\n"
        "Kyrgyz President Nurlan Sadykov spoke by phone with his Tajik counterpart, Rustam Nazarov, on "
        "Wednesday morning, and the two leaders agreed to pull back heavy weapons from the line, Sadykov's "
        "office said. They also ordered their delimitation teams to meet in Khujand on Monday.\n\n"
        "\"We are ready to settle every kilometre at the table, but in case of another provocation we will "
        "respond with all the force we have,\" Sadykov said in a televised address.\n\n"
        "The Collective Security Treaty Organization (CSTO), to which both countries belong, urged restraint. "
        "Russia offered to host talks if the two teams fail to make progress.\n\n"
        "Fighting along the poorly marked frontier left more than 100 dead in 2022 before the two governments "
        "signed a border treaty last year.\n"
    ),
    actors=[
        ("A1", "Associated Press", "media", "USA", "news agency", ["AP"]),
        ("A2", "Kyrgyz Border Service", "government", "KGZ", "Kyrgyz border guards",
         ["Kyrgyz and Tajik border guards", "a Kyrgyz post", "Kyrgyz positions"]),
        ("A3", "Tajik Border Troops", "government", "TJK", "Tajik border guards",
         ["Kyrgyz and Tajik border guards", "Tajik troops", "its guards"]),
        ("A4", "Kyrgyz border officer killed in Batken", "person", "KGZ", "officer", ["a Kyrgyz officer"]),
        ("A5", "Tajik servicemen wounded in Batken", "group", "TJK", "servicemen", ["three Tajik servicemen"]),
        ("A6", "Kyrgyzstan", "government", "KGZ", "Kyrgyz government",
         ["the Kyrgyz government", "their delimitation teams", "We||\"We are ready", "we||provocation we will",
          "we||force we have", "both countries", "the two teams", "the two governments"]),
        ("A7", "State Committee for National Security (GKNB)", "government", "KGZ", "Kyrgyz security service",
         ["Kyrgyzstan's State Committee for National Security", "GKNB"]),
        ("A8", "Tajikistan", "government", "TJK", "Tajik government",
         ["Dushanbe", "their delimitation teams", "both countries", "the two teams", "the two governments"]),
        ("A9", "Nurlan Sadykov", "person", "KGZ", "President of Kyrgyzstan",
         ["Kyrgyz President Nurlan Sadykov", "the two leaders", "They||They also", "Sadykov||Sadykov said"]),
        ("A10", "Rustam Nazarov", "person", "TJK", "President of Tajikistan",
         ["his Tajik counterpart, Rustam Nazarov", "the two leaders", "They||They also"]),
        ("A11", "Office of the President of Kyrgyzstan", "government", "KGZ", "presidential office",
         ["Sadykov's office"]),
        ("A12", "Collective Security Treaty Organization (CSTO)", "igo", None, "military alliance",
         ["The Collective Security Treaty Organization", "CSTO"]),
        ("A13", "Russia", "government", "RUS", "Russian government", ["Russia"]),
    ],
    events=[
        dict(id="E1", type="ASSAULT", mode="firearms", ctx=["military", "territory"], trig="exchanged fire",
             a=["A2", "A3"], st="occurred", time=("overnight", None),
             loc=("the Batken region", "Batken Region", "KGZ"), rb="A6", inst="batken-clash"),
        dict(id="E2", type="ASSAULT", mode="firearms", ctx=["military"], trig="killing", a=["A3"], r=["A4"],
             st="occurred", rb="A6"),
        dict(id="E3", type="ASSAULT", mode="firearms", ctx=["military"], trig="wounding", a=["A2"], r=["A5"],
             st="occurred", rb="A6"),
        dict(id="E4", type="ACCUSE", mode="allege", ctx=["military"], trig="accused", a=["A7"], r=["A3"],
             st="occurred"),
        dict(id="E5", type="ASSAULT", mode="firearms", ctx=["military"], trig="opening fire", a=["A3"], r=["A2"],
             st="occurred", loc=("the village of Kok-Tash", "Kok-Tash", "KGZ"), rb="A7", inst="batken-clash"),
        dict(id="E6", type="REJECT", ctx=["military"], trig="rejected", a=["A8"], r=["A7"], st="occurred"),
        dict(id="E7", type="ASSAULT", mode="firearms", ctx=["military"], trig="returned fire", a=["A3"], r=["A2"],
             st="occurred", rb="A8", inst="batken-clash"),
        dict(id="E8", type="ASSAULT", ctx=["military"], trig="attack", a=["A2"], r=["A3"], st="occurred", rb="A8",
             inst="batken-clash"),
        dict(id="E9", type="CONSULT", mode="phone", ctx=["diplomatic"], trig="spoke", a=["A9"], r=["A10"],
             st="occurred", time=("Wednesday morning", "2026-05-06"), rb="A11", inst="sadykov-nazarov-call"),
        dict(id="E10", type="AGREE", ctx=["military"], trig="agreed", a=["A9", "A10"], st="occurred", rb="A11"),
        dict(id="E11", type="RETREAT", mode="withdraw", ctx=["military"], trig="pull back", a=["A9", "A10"],
             st="planned", rb="A11"),
        dict(id="E12", type="REQUEST", ctx=["territory"], trig="ordered", a=["A9", "A10"], r=["A6", "A8"],
             st="occurred", rb="A11"),
        dict(id="E13", type="CONSULT", ctx=["territory", "diplomatic"], trig="meet", a=["A6", "A8"], st="planned",
             time=("Monday", "2026-05-11"), loc=("Khujand", "Khujand", "TJK"), rb="A11", inst="delimitation-talks"),
        dict(id="E14", type="AGREE", ctx=["territory"], trig="ready", a=["A6"], r=["A8"], st="occurred", rb="A9"),
        dict(id="E15", type="SUPPORT", ctx=["territory"], trig="settle", a=["A6"], r=["A8"], st="desired", rb="A9"),
        dict(id="E16", type="OTHER", ctx=["military"], trig="provocation", st="hypothetical", rb="A9"),
        dict(id="E17", type="ASSAULT", ctx=["military"], trig="respond", a=["A6"], st="hypothetical", rb="A9"),
        dict(id="E18", type="REQUEST", ctx=["military"], trig="urged", a=["A12"], r=["A6", "A8"], st="occurred"),
        dict(id="E19", type="AGREE", ctx=["diplomatic"], trig="offered", a=["A13"], r=["A6", "A8"], st="occurred"),
        dict(id="E20", type="CONSULT", mode="third-party", ctx=["diplomatic", "territory"], trig="talks",
             a=["A6", "A8"], st="hypothetical", rb="A13"),
        dict(id="E21", type="OTHER", ctx=["territory"], trig="fail", a=["A6", "A8"], st="hypothetical", rb="A13"),
        dict(id="E22", type="ASSAULT", ctx=["military", "territory"], trig="Fighting", a=["A6", "A8"],
             st="occurred", time=("2022", "2022")),
        dict(id="E23", type="SUPPORT", ctx=["territory", "diplomatic"], trig="signed", a=["A6", "A8"],
             st="occurred", time=("last year", "2025"), inst="border-treaty"),
    ],
    stances=[
        ("S1", "A8", "E4", "oppose", "rejected"),
        ("S2", "A6", "E15", "support", "ready"),
        ("S3", "A12", ("span", "restraint"), "support", "urged"),
    ],
    conds=[
        ("C1", "if", "in case", ["E16"], ["E17"], "A9"),
        ("C2", "if", "if", ["E21"], ["E20"], "A13"),
    ],
))

# ---------------------------------------------------------------- 04 Nepal (PTI, coalition talks)
DOCS.append(dict(
    id="blind13-04-nepal-coalition-talks",
    title="Nepali Congress sets written power-sharing pact as price for backing UML-led government",
    published="2026-06-17",
    text=(
        "Kathmandu, Jun 17 (PTI) The Nepali Congress (NC) will back a government led by the CPN-UML only if "
        "the UML signs a power-sharing pact guaranteeing a rotating premiership, party spokesperson Binod "
        "Adhikari said on Wednesday, as talks to end a three-week deadlock dragged on.\n\n"
        "UML Prime Minister Raghu Nath Bhattarai resigned on May 27 after the CPN (Maoist Centre) pulled out "
        "of his coalition. President Sita Devi Poudel will meet the leaders of both parties on Sunday.\n\n"
        "\"We have been let down before. Verbal promises are not enough, and our central committee will not "
        "endorse any deal unless the UML puts the formula on paper,\" Adhikari told PTI.\n\n"
        "UML general secretary Prakash Lama said his party was open to the demand and expected the two "
        "parties to sign a seven-point agreement within days. UML leaders held a second round of talks with "
        "their Congress counterparts at Baluwatar on Tuesday night.\n\n"
        "The Rastriya Swatantra Party (RSP), which holds 21 seats, said it would not join either camp. The "
        "Maoists, meanwhile, accused the UML of courting the Congress behind their backs and warned they "
        "would launch street protests if the next government reversed the budget's social spending.\n"
    ),
    actors=[
        ("A1", "Press Trust of India (PTI)", "media", "IND", "news agency", ["PTI", "PTI@2"]),
        ("A2", "Nepali Congress (NC)", "organization", "NPL", "political party",
         ["The Nepali Congress", "NC", "the leaders of both parties", "We||\"We have been",
          "our central committee", "the two parties", "their Congress counterparts", "the Congress"]),
        ("A3", "CPN-UML", "organization", "NPL", "political party",
         ["the CPN-UML", "the UML||only if the UML", "the leaders of both parties", "the UML||unless the UML",
          "his party", "the two parties", "UML leaders", "the UML||accused the UML"]),
        ("A4", "Binod Adhikari", "person", "NPL", "Nepali Congress spokesperson",
         ["party spokesperson Binod Adhikari", "Adhikari||Adhikari told"]),
        ("A5", "Raghu Nath Bhattarai", "person", "NPL", "Prime Minister of Nepal",
         ["UML Prime Minister Raghu Nath Bhattarai", "his||his coalition"]),
        ("A6", "CPN (Maoist Centre)", "organization", "NPL", "political party",
         ["the CPN (Maoist Centre)", "The Maoists", "their||their backs", "they||warned they"]),
        ("A7", "Sita Devi Poudel", "person", "NPL", "President of Nepal", ["President Sita Devi Poudel"]),
        ("A8", "Prakash Lama", "person", "NPL", "UML general secretary", ["UML general secretary Prakash Lama"]),
        ("A9", "Rastriya Swatantra Party (RSP)", "organization", "NPL", "political party",
         ["The Rastriya Swatantra Party", "RSP", "it||said it would not"]),
        ("A10", "Nepal", "government", "NPL", "Government of Nepal", ["the next government"]),
    ],
    events=[
        dict(id="E1", type="SUPPORT", ctx=["executive"], trig="back", a=["A2"], r=["A3"], st="hypothetical",
             rb="A4"),
        dict(id="E2", type="SUPPORT", ctx=["executive"], trig="signs", a=["A3"], r=["A2"], st="hypothetical",
             rb="A4", inst="power-sharing-pact"),
        dict(id="E3", type="CONSULT", ctx=["executive"], trig="talks", a=["A2", "A3"], st="ongoing",
             inst="nc-uml-talks"),
        dict(id="E4", type="RETREAT", mode="resign", ctx=["executive"], trig="resigned", a=["A5"], st="occurred",
             time=("May 27", "2026-05-27")),
        dict(id="E5", type="SANCTION", mode="withdraw", ctx=["executive"], trig="pulled out", a=["A6"], r=["A5"],
             st="occurred"),
        dict(id="E6", type="CONSULT", ctx=["executive"], trig="meet", a=["A7"], r=["A2", "A3"], st="planned",
             time=("Sunday", "2026-06-21")),
        dict(id="E7", type="SUPPORT", ctx=["executive"], trig="endorse", a=["A2"], st="hypothetical", rb="A4"),
        dict(id="E8", type="SUPPORT", ctx=["executive"], trig="puts", a=["A3"], r=["A2"], st="hypothetical",
             rb="A4", inst="power-sharing-pact"),
        dict(id="E9", type="AGREE", ctx=["executive"], trig="open", a=["A3"], r=["A2"], st="occurred", rb="A8"),
        dict(id="E10", type="REQUEST", ctx=["executive"], trig="demand", a=["A2"], r=["A3"], st="occurred", rb="A8"),
        dict(id="E11", type="SUPPORT", ctx=["executive"], trig="sign", a=["A2", "A3"], st="planned",
             time=("within days", None), rb="A8", inst="power-sharing-pact"),
        dict(id="E12", type="CONSULT", ctx=["executive"], trig="talks||round of talks", a=["A3", "A2"],
             st="occurred", time=("Tuesday night", "2026-06-16"),
             loc=("Baluwatar", "Baluwatar, Kathmandu", "NPL"), inst="nc-uml-talks"),
        dict(id="E13", type="COOPERATE", ctx=["executive"], trig="join", a=["A9"], st="negated", rb="A9"),
        dict(id="E14", type="ACCUSE", mode="allege", ctx=["executive"], trig="accused", a=["A6"], r=["A3"],
             st="occurred"),
        dict(id="E15", type="CONSULT", ctx=["executive"], trig="courting", a=["A3"], r=["A2"], st="occurred",
             rb="A6", inst="nc-uml-talks"),
        dict(id="E16", type="THREATEN", ctx=["economic"], trig="warned", a=["A6"], r=["A10"], st="occurred"),
        dict(id="E17", type="PROTEST", mode="demo", ctx=["economic"], trig="street protests", a=["A6"], r=["A10"],
             st="hypothetical", rb="A6"),
        dict(id="E18", type="OTHER", ctx=["economic"], trig="reversed", a=["A10"], st="hypothetical", rb="A6"),
    ],
    stances=[
        ("S1", "A2", ("span", "Verbal promises"), "oppose", "not enough"),
        ("S2", "A2", "E7", "oppose", "will not"),
        ("S3", "A3", "E10", "support", "open"),
    ],
    conds=[
        ("C1", "only_if", "only if", ["E2"], ["E1"], "A4"),
        ("C2", "only_if", "unless", ["E8"], ["E7"], "A4"),
        ("C3", "if", "if||protests if", ["E18"], ["E17"], "A6"),
    ],
))

# ---------------------------------------------------------------- 05 Azerbaijan / Armenia (Anadolu, border delimitation)
DOCS.append(dict(
    id="blind13-05-azerbaijan-armenia-delimitation",
    title="Azerbaijan, Armenia to sign border protocol next month, says Baku",
    published="2026-02-10",
    text=(
        "BAKU (AA) - Azerbaijan and Armenia will sign a protocol on the first 12 kilometres of their delimited "
        "border next month, Azerbaijani Deputy Prime Minister Elnur Mammadli said on Tuesday after a round of "
        "commission talks in Gabala.\n\n"
        "Mammadli told Anadolu that Baku was \"fully satisfied\" with the draft and that his Armenian "
        "counterpart, Deputy Prime Minister Tigran Avetisyan, had approved the map sections last week.\n\n"
        "\"Provided that Yerevan keeps to the timetable, we can open the Gazakh-Ijevan road to civilian "
        "traffic before summer,\" he said.\n\n"
        "The Armenian side confirmed the talks but said it would not hand over two villages in Tavush "
        "province unless the residents were compensated. Avetisyan said in a written statement that Yerevan "
        "supported the process and hoped to finalise a peace treaty with its neighbour this year.\n\n"
        "The European Union, which has kept a civilian monitoring mission (EUMA) in Armenia since 2023, "
        "welcomed the progress. Azerbaijan has repeatedly demanded that the mission leave.\n\n"
        "The neighbours fought two wars over Karabakh, most recently in 2023, when Azerbaijan retook the "
        "region in a one-day offensive.\n"
    ),
    actors=[
        ("A1", "Anadolu Agency", "media", "TUR", "news agency", ["AA", "Anadolu"]),
        ("A2", "Azerbaijan", "government", "AZE", "Azerbaijani government",
         ["Azerbaijan", "their||their delimited", "Baku||that Baku", "we||we can open", "its neighbour",
          "Azerbaijan||Azerbaijan has repeatedly", "The neighbours", "Azerbaijan||Azerbaijan retook"]),
        ("A3", "Armenia", "government", "ARM", "Armenian government",
         ["Armenia", "their||their delimited", "Yerevan", "The Armenian side", "it||said it would not",
          "Yerevan@2", "The neighbours"]),
        ("A4", "Elnur Mammadli", "person", "AZE", "Deputy Prime Minister of Azerbaijan",
         ["Azerbaijani Deputy Prime Minister Elnur Mammadli", "Mammadli||Mammadli told", "he||\" he said"]),
        ("A5", "Tigran Avetisyan", "person", "ARM", "Deputy Prime Minister of Armenia",
         ["his Armenian counterpart, Deputy Prime Minister Tigran Avetisyan", "Avetisyan||Avetisyan said"]),
        ("A6", "Residents of the Tavush border villages", "group", "ARM", "villagers", ["the residents"]),
        ("A7", "European Union", "igo", None, None, ["The European Union"]),
        ("A8", "EU Mission in Armenia (EUMA)", "igo", None, "civilian monitoring mission",
         ["a civilian monitoring mission", "EUMA", "the mission"]),
    ],
    events=[
        dict(id="E1", type="SUPPORT", ctx=["territory", "diplomatic"], trig="sign", a=["A2", "A3"], st="planned",
             time=("next month", "2026-03"), rb="A4", inst="border-protocol"),
        dict(id="E2", type="CONSULT", ctx=["territory", "diplomatic"], trig="talks", a=["A2", "A3"], st="occurred",
             loc=("Gabala", "Gabala", "AZE"), rb="A4", inst="gabala-talks"),
        dict(id="E3", type="SUPPORT", ctx=["territory"], trig="approved", a=["A5"], st="occurred",
             time=("last week", "2026-02"), rb="A4"),
        dict(id="E4", type="OTHER", ctx=["territory"], trig="keeps", a=["A3"], st="hypothetical", rb="A4"),
        dict(id="E5", type="RETREAT", ctx=["territory"], trig="open", a=["A2"], r=["A3"], st="hypothetical",
             time=("before summer", None), rb="A4"),
        dict(id="E6", type="CONSULT", ctx=["territory", "diplomatic"], trig="talks@2", a=["A2", "A3"],
             st="occurred", loc=(None, "Gabala", "AZE"), rb="A3", inst="gabala-talks"),
        dict(id="E7", type="RETREAT", ctx=["territory"], trig="hand over", a=["A3"], r=["A2"], st="hypothetical",
             loc=("Tavush province", "Tavush Province", "ARM"), rb="A3"),
        dict(id="E8", type="AID", ctx=["reparations"], trig="compensated", r=["A6"], st="hypothetical", rb="A3"),
        dict(id="E9", type="SUPPORT", ctx=["diplomatic"], trig="finalise", a=["A3"], r=["A2"], st="desired",
             time=("this year", "2026"), rb="A5", inst="peace-treaty"),
        dict(id="E10", type="AID", ctx=["peacekeeping"], trig="kept", a=["A7"], r=["A3"], st="ongoing",
             loc=("Armenia||in Armenia", "Armenia", "ARM"), inst="euma"),
        dict(id="E11", type="SUPPORT", ctx=["diplomatic"], trig="welcomed", a=["A7"], r=["A2", "A3"], st="occurred"),
        dict(id="E12", type="REQUEST", ctx=["diplomatic"], trig="demanded", a=["A2"], r=["A7"], st="occurred"),
        dict(id="E13", type="RETREAT", mode="withdraw", ctx=["diplomatic"], trig="leave", a=["A8"], st="desired",
             rb="A2"),
        dict(id="E14", type="ASSAULT", ctx=["military", "territory"], trig="fought", a=["A2", "A3"], st="occurred",
             loc=("Karabakh", "Karabakh", "AZE")),
        dict(id="E15", type="COERCE", mode="seize", ctx=["military", "territory"], trig="retook", a=["A2"],
             st="occurred", time=("2023@2", "2023"), loc=(None, "Karabakh", "AZE"), inst="karabakh-2023"),
        dict(id="E16", type="ASSAULT", ctx=["military"], trig="offensive", a=["A2"], st="occurred",
             time=(None, "2023"), loc=(None, "Karabakh", "AZE"), inst="karabakh-2023"),
    ],
    stances=[
        ("S1", "A2", ("span", "the draft"), "support", "fully satisfied"),
        ("S2", "A3", "E7", "oppose", "would not"),
        ("S3", "A3", ("span", "the process"), "support", "supported"),
        ("S4", "A3", "E9", "support", "hoped"),
        ("S5", "A7", ("span", "the progress"), "support", "welcomed"),
        ("S6", "A2", "E13", "support", "demanded"),
    ],
    conds=[
        ("C1", "provided", "Provided that", ["E4"], ["E5"], "A4"),
        ("C2", "only_if", "unless", ["E8"], ["E7"], "A3"),
    ],
))

# ---------------------------------------------------------------- 06 Georgia (interview Q&A, elections)
DOCS.append(dict(
    id="blind13-06-georgia-opposition-interview",
    title="Interview: Georgian opposition leader on election boycott, sanctions and a threatened ban",
    published="2026-07-02",
    text=(
        "Georgian opposition leader Nino Beridze, whose Coalition for Change alliance has boycotted parliament "
        "since last October's disputed vote, was interviewed in Tbilisi on Wednesday. The exchange has been "
        "edited for length.\n\n"
        "Q: Will the opposition run in the local elections in October?\n"
        "A: Only if the Central Election Commission (CEC) is rebuilt with opposition members on it. We will not "
        "legitimise another vote organised by Georgian Dream's appointees. If they refuse, we stay out and ask "
        "our supporters to stay home.\n\n"
        "Q: The government says you are blocking dialogue.\n"
        "A: That is simply untrue. I met the speaker twice in May. He offered us committee posts, but we want a "
        "date for a new parliamentary election, not chairs.\n\n"
        "Q: Brussels has frozen part of its funding. Should it go further?\n"
        "A: We support targeted sanctions on the judges who jailed protesters. Sanctions on the whole country "
        "would be a mistake.\n\n"
        "Q: The ruling party has threatened to ban your alliance.\n"
        "A: Let them try. If they ban us, we go to the Constitutional Court first, and then we march.\n"
    ),
    actors=[
        ("A1", "Nino Beridze", "person", "GEO", "opposition leader, Coalition for Change",
         ["Georgian opposition leader Nino Beridze", "I||I met"]),
        ("A2", "Coalition for Change", "organization", "GEO", "opposition alliance",
         ["Coalition for Change alliance", "the opposition||Will the opposition", "We||We will not",
          "we||we stay out", "you||says you", "us||offered us", "we||we want", "We||We support",
          "your alliance", "us||ban us", "we||we go", "we||we march"]),
        ("A3", "Parliament of Georgia", "government", "GEO", "legislature", ["parliament"]),
        ("A4", "Central Election Commission (CEC)", "government", "GEO", "election authority",
         ["the Central Election Commission", "CEC", "it||members on it"]),
        ("A5", "Georgian Dream", "organization", "GEO", "ruling party",
         ["Georgian Dream's", "they||If they refuse", "The ruling party", "them||Let them", "they||If they ban"]),
        ("A6", "Coalition for Change supporters", "group", "GEO", "opposition voters", ["our supporters"]),
        ("A7", "Georgia", "government", "GEO", "Georgian government", ["The government", "the whole country"]),
        ("A8", "Speaker of the Parliament of Georgia", "person", "GEO", "parliamentary speaker",
         ["the speaker", "He||He offered"]),
        ("A9", "European Union", "igo", None, None, ["Brussels", "its||its funding", "it||Should it"]),
        ("A10", "Georgian judges", "government", "GEO", "judges who jailed protesters", ["the judges"]),
        ("A11", "Georgian protesters", "group", "GEO", "jailed protesters", ["protesters"]),
        ("A12", "Constitutional Court of Georgia", "government", "GEO", "court", ["the Constitutional Court"]),
    ],
    events=[
        dict(id="E1", type="PROTEST", mode="boycott", ctx=["legislative"], trig="boycotted", a=["A2"], r=["A3"],
             st="ongoing"),
        dict(id="E2", type="OTHER", ctx=["election"], trig="run", a=["A2"], st="hypothetical",
             time=("October||elections in October", "2026-10")),
        dict(id="E3", type="CONCEDE", ctx=["election"], trig="rebuilt", a=["A5"], st="hypothetical", rb="A1"),
        dict(id="E4", type="SUPPORT", ctx=["election"], trig="legitimise", a=["A2"], st="negated", rb="A1"),
        dict(id="E5", type="REJECT", ctx=["election"], trig="refuse", a=["A5"], r=["A2"], st="hypothetical",
             rb="A1"),
        dict(id="E6", type="PROTEST", mode="boycott", ctx=["election"], trig="stay out", a=["A2"],
             st="hypothetical", rb="A1"),
        dict(id="E7", type="REQUEST", ctx=["election"], trig="ask", a=["A2"], r=["A6"], st="hypothetical", rb="A1"),
        dict(id="E8", type="PROTEST", mode="boycott", ctx=["election"], trig="stay home", a=["A6"],
             st="hypothetical", rb="A1"),
        dict(id="E9", type="REJECT", mode="meet", ctx=["legislative"], trig="blocking", a=["A2"], r=["A7"],
             st="occurred", rb="A7"),
        dict(id="E10", type="CONSULT", ctx=["legislative"], trig="met", a=["A1"], r=["A8"], st="occurred",
             time=("May", "2026-05"), rb="A1"),
        dict(id="E11", type="AGREE", ctx=["legislative"], trig="offered", a=["A8"], r=["A2"], st="occurred",
             rb="A1"),
        dict(id="E12", type="SANCTION", mode="discontinue", ctx=["economic"], trig="frozen", a=["A9"], r=["A7"],
             st="occurred"),
        dict(id="E13", type="SANCTION", ctx=["human_rights"], trig="sanctions", a=["A9"], r=["A10"],
             st="desired", rb="A1"),
        dict(id="E14", type="COERCE", mode="arrest", ctx=["repression"], trig="jailed", a=["A10"], r=["A11"],
             st="occurred", rb="A1"),
        dict(id="E15", type="SANCTION", ctx=["economic"], trig="Sanctions", a=["A9"], r=["A7"], st="hypothetical",
             rb="A1"),
        dict(id="E16", type="THREATEN", ctx=["rights_freedoms"], trig="threatened", a=["A5"], r=["A2"],
             st="occurred"),
        dict(id="E17", type="COERCE", ctx=["rights_freedoms"], trig="ban", a=["A5"], r=["A2"], st="hypothetical",
             inst="alliance-ban"),
        dict(id="E18", type="COERCE", ctx=["rights_freedoms"], trig="ban@2", a=["A5"], r=["A2"],
             st="hypothetical", rb="A1", inst="alliance-ban"),
        dict(id="E19", type="ACCUSE", ctx=["legal"], trig="go||we go to", a=["A2"], r=["A5"], st="hypothetical", rb="A1"),
        dict(id="E20", type="PROTEST", mode="demo", ctx=["rights_freedoms"], trig="march", a=["A2"],
             st="hypothetical", rb="A1"),
    ],
    stances=[
        ("S1", "A1", "E9", "oppose", "untrue"),
        ("S2", "A2", ("span", "a date for a new parliamentary election"), "support", "want"),
        ("S3", "A2", "E13", "support", "support"),
        ("S4", "A1", "E15", "oppose", "mistake"),
    ],
    conds=[
        ("C1", "only_if", "Only if", ["E3"], ["E2"], "A1"),
        ("C2", "if", "If||If they refuse", ["E5"], ["E6", "E7"], "A1"),
        ("C3", "if", "If||If they ban", ["E18"], ["E19", "E20"], "A1"),
    ],
))

# ---------------------------------------------------------------- 07 Guinea / ECOWAS (analysis, unnamed officials)
DOCS.append(dict(
    id="blind13-07-ecowas-guinea-sanctions-analysis",
    title="Analysis: ECOWAS weighs border closure as Guinea's junta delays the vote",
    published="2026-09-15",
    text=(
        "ABUJA — Nobody in the Nigerian capital will say so on the record, but the Economic Community of West "
        "African States (ECOWAS) is running out of patience with Guinea's junta. Two senior officials at the "
        "bloc's commission say a border closure and an asset freeze were drafted weeks ago and could be "
        "approved at a summit here on Sunday.\n\n"
        "The trigger, they say, was General Sékou Camara's decision last month to push the promised "
        "presidential election back to 2028. \"Unless the old date is restored, the heads of state will act,\" "
        "one of them said. The other was blunter: the bloc, in his view, has tolerated delays for far too long.\n\n"
        "Yet the junta is betting that the sanctions never come. Its foreign minister, Aïssatou Barry, toured "
        "Dakar and Abidjan last week, and officials in Dakar say she left with assurances that Senegal would "
        "oppose any border closure.\n\n"
        "Senegal and Côte d'Ivoire have reasons for caution, since both depend on Guinean bauxite traffic. A "
        "Ghanaian diplomat was plain about his country's position: \"We will back the package only if it "
        "spares food and medicine.\"\n\n"
        "Camara has shown no sign of retreat. On state television on Saturday he dismissed the bloc's threats "
        "as \"foreign blackmail.\"\n"
    ),
    actors=[
        ("A1", "Economic Community of West African States (ECOWAS)", "igo", None, "regional bloc",
         ["the Economic Community of West African States", "ECOWAS", "the heads of state",
          "the bloc||the bloc, in his", "the bloc's||the bloc's threats"]),
        ("A2", "Guinea", "government", "GIN", "Guinean military government (junta)",
         ["Guinea's junta", "the junta||the junta is betting"]),
        ("A3", "ECOWAS Commission officials", "igo", None, "two senior officials of the ECOWAS Commission",
         ["Two senior officials at the bloc's commission", "they||they say"]),
        ("A4", "First ECOWAS official", "person", None, "senior ECOWAS Commission official", ["one of them"]),
        ("A5", "Second ECOWAS official", "person", None, "senior ECOWAS Commission official",
         ["The other", "his||in his view"]),
        ("A6", "Sékou Camara", "person", "GIN", "junta leader", ["General Sékou Camara's",
                                                                  "Camara||Camara has shown", "he||Saturday he"]),
        ("A7", "Aïssatou Barry", "person", "GIN", "Foreign Minister of Guinea",
         ["Its foreign minister, Aïssatou Barry", "she||say she"]),
        ("A8", "Senegal", "government", "SEN", "Senegalese government",
         ["officials in Dakar", "Senegal||that Senegal", "Senegal||Senegal and", "both||since both"]),
        ("A9", "Côte d'Ivoire", "government", "CIV", "Ivorian government", ["Côte d'Ivoire", "both||since both"]),
        ("A10", "Ghanaian diplomat", "person", "GHA", "diplomat", ["A Ghanaian diplomat"]),
        ("A11", "Ghana", "government", "GHA", "Ghanaian government", ["his country's", "We||\"We will back"]),
    ],
    events=[
        dict(id="E1", type="SANCTION", ctx=["economic"], trig="border closure", a=["A1"], r=["A2"],
             st="hypothetical", rb="A3", inst="ecowas-border-closure"),
        dict(id="E2", type="SANCTION", ctx=["economic"], trig="asset freeze", a=["A1"], r=["A2"],
             st="hypothetical", rb="A3", inst="ecowas-asset-freeze"),
        dict(id="E3", type="CONSULT", mode="multilateral", ctx=["diplomatic"], trig="summit", a=["A1"],
             st="planned", time=("Sunday", "2026-09-20"), loc=("here", "Abuja", "NGA"), rb="A3",
             inst="ecowas-summit"),
        dict(id="E4", type="OTHER", ctx=["election"], trig="restored", a=["A2"], st="hypothetical", rb="A4"),
        dict(id="E5", type="OTHER", ctx=["election"], trig="act", a=["A1"], r=["A2"], st="hypothetical", rb="A4"),
        dict(id="E6", type="SANCTION", ctx=["economic"], trig="sanctions", a=["A1"], r=["A2"], st="negated"),
        dict(id="E7", type="CONSULT", mode="visit", ctx=["diplomatic"], trig="toured", a=["A7"], r=["A8", "A9"],
             st="occurred", time=("last week", "2026-09")),
        dict(id="E8", type="AGREE", ctx=["diplomatic"], trig="assurances", a=["A8"], r=["A7"], st="occurred",
             rb="A8"),
        dict(id="E9", type="SANCTION", ctx=["economic"], trig="border closure@2", a=["A1"], r=["A2"],
             st="hypothetical", rb="A8", inst="ecowas-border-closure"),
        dict(id="E10", type="SUPPORT", ctx=["economic"], trig="back||will back the package", a=["A11"], r=["A1"], st="hypothetical",
             rb="A10"),
        dict(id="E11", type="OTHER", ctx=["human_security"], trig="spares", st="hypothetical", rb="A10"),
        dict(id="E12", type="RETREAT", ctx=["election"], trig="retreat", a=["A6"], st="negated"),
        dict(id="E13", type="REJECT", ctx=["diplomatic"], trig="dismissed", a=["A6"], r=["A1"], st="occurred",
             time=("Saturday", "2026-09-12")),
        dict(id="E14", type="THREATEN", ctx=["economic"], trig="threats", a=["A1"], r=["A2"], st="occurred"),
    ],
    stances=[
        ("S1", "A1", "A2", "oppose", "running out of patience"),
        ("S2", "A5", ("span", "delays"), "oppose", "too long"),
        ("S3", "A8", "E9", "oppose", "oppose"),
        ("S4", "A11", "E10", "support", "will back"),
        ("S5", "A6", "E14", "oppose", "foreign blackmail"),
    ],
    conds=[
        ("C1", "unless", "Unless", ["E4"], ["E5"], "A4"),
        ("C2", "only_if", "only if", ["E11"], ["E10"], "A10"),
    ],
))

# ---------------------------------------------------------------- 08 Nigeria (Reuters, labour / wages)
DOCS.append(dict(
    id="blind13-08-nigeria-nlc-wage-strike",
    title="Nigeria's NLC threatens indefinite strike over unpaid minimum wage",
    published="2026-10-08",
    text=(
        "ABUJA, Oct 8 (Reuters) - The Nigeria Labour Congress (NLC) said on Thursday it would begin an "
        "indefinite nationwide strike on Monday unless the federal government starts paying a 150,000-naira "
        "minimum wage this month, reviving a dispute that has twice grounded flights this year.\n\n"
        "The NLC and its smaller ally, the Trade Union Congress (TUC), accused the government of stalling since "
        "it signed a wage deal with them in June. \"We kept our side of the bargain. They have not paid a single "
        "naira, and we are tired of excuses,\" NLC president Adebayo Okonkwo told a rally in Lagos.\n\n"
        "Labour Minister Funke Adeyemi said the money would be released as long as the National Assembly "
        "approves a supplementary budget, which lawmakers are due to debate next week. She urged the unions to "
        "withdraw the strike notice and warned that the government would withhold strikers' salaries.\n\n"
        "A presidency spokesman said President Emeka Nwosu wanted the matter settled through dialogue and had "
        "asked the minister to meet both unions on Friday.\n\n"
        "The two federations staged a two-day general strike in June that cut power across much of the country "
        "before the deal was signed.\n"
    ),
    actors=[
        ("A1", "Reuters", "media", "GBR", "news agency", ["Reuters"]),
        ("A2", "Nigeria Labour Congress (NLC)", "organization", "NGA", "labour federation",
         ["The Nigeria Labour Congress", "NLC", "it||Thursday it", "The NLC", "them||with them", "We||\"We kept",
          "our||our side", "we||we are tired", "the unions", "both unions", "The two federations"]),
        ("A3", "Nigeria", "government", "NGA", "Nigerian federal government",
         ["the federal government", "the government||accused the government", "it||since it", "They||They have",
          "the government||that the government"]),
        ("A4", "Trade Union Congress (TUC)", "organization", "NGA", "labour federation",
         ["its smaller ally, the Trade Union Congress", "TUC", "them||with them", "the unions", "both unions",
          "The two federations"]),
        ("A5", "Adebayo Okonkwo", "person", "NGA", "NLC president", ["NLC president Adebayo Okonkwo"]),
        ("A6", "Funke Adeyemi", "person", "NGA", "Labour Minister of Nigeria",
         ["Labour Minister Funke Adeyemi", "She||She urged", "the minister"]),
        ("A7", "National Assembly of Nigeria", "government", "NGA", "legislature",
         ["the National Assembly", "lawmakers"]),
        ("A8", "Striking Nigerian workers", "group", "NGA", "strikers", ["strikers'"]),
        ("A9", "Nigerian presidency spokesman", "person", "NGA", "presidency spokesman", ["A presidency spokesman"]),
        ("A10", "Emeka Nwosu", "person", "NGA", "President of Nigeria", ["President Emeka Nwosu"]),
    ],
    events=[
        dict(id="E1", type="PROTEST", mode="strike", ctx=["economic"], trig="strike", a=["A2"], r=["A3"],
             st="hypothetical", time=("Monday", "2026-10-12"), rb="A2", inst="nlc-strike"),
        dict(id="E2", type="RETREAT", ctx=["economic"], trig="paying", a=["A3"], r=["A2"], st="hypothetical",
             time=("this month", "2026-10"), rb="A2", inst="wage-payment"),
        dict(id="E3", type="ACCUSE", mode="allege", ctx=["economic"], trig="accused", a=["A2", "A4"], r=["A3"],
             st="occurred"),
        dict(id="E4", type="SUPPORT", ctx=["economic"], trig="signed", a=["A3", "A2", "A4"], st="occurred",
             time=("June", "2026-06"), rb="A2", inst="wage-deal"),
        dict(id="E5", type="CONCEDE", ctx=["economic"], trig="kept", a=["A2"], r=["A3"], st="occurred", rb="A5"),
        dict(id="E6", type="RETREAT", ctx=["economic"], trig="paid", a=["A3"], r=["A2", "A4"], st="negated",
             rb="A5", inst="wage-payment"),
        dict(id="E7", type="PROTEST", mode="demo", ctx=["economic"], trig="rally", a=["A2"], st="occurred",
             loc=("Lagos", "Lagos", "NGA")),
        dict(id="E8", type="RETREAT", ctx=["economic"], trig="released", a=["A3"], r=["A2", "A4"],
             st="hypothetical", rb="A6", inst="wage-payment"),
        dict(id="E9", type="SUPPORT", ctx=["legislative", "economic"], trig="approves", a=["A7"], st="hypothetical",
             rb="A6", inst="supplementary-budget"),
        dict(id="E10", type="REQUEST", ctx=["economic"], trig="urged", a=["A6"], r=["A2", "A4"], st="occurred"),
        dict(id="E11", type="CONCEDE", ctx=["economic"], trig="withdraw", a=["A2", "A4"], r=["A3"], st="desired"),
        dict(id="E12", type="THREATEN", ctx=["economic"], trig="warned", a=["A6"], r=["A2", "A4"], st="occurred"),
        dict(id="E13", type="SANCTION", ctx=["economic"], trig="withhold", a=["A3"], r=["A8"], st="hypothetical",
             rb="A6"),
        dict(id="E14", type="CONSULT", ctx=["economic"], trig="dialogue", a=["A3", "A2", "A4"], st="desired",
             rb="A9"),
        dict(id="E15", type="REQUEST", ctx=["economic"], trig="asked", a=["A10"], r=["A6"], st="occurred", rb="A9"),
        dict(id="E16", type="CONSULT", ctx=["economic"], trig="meet", a=["A6"], r=["A2", "A4"], st="planned",
             time=("Friday", "2026-10-09"), rb="A9", inst="wage-talks"),
        dict(id="E17", type="PROTEST", mode="strike", ctx=["economic"], trig="general strike", a=["A2", "A4"],
             r=["A3"], st="occurred", time=("June@2", "2026-06"), inst="june-general-strike"),
        dict(id="E18", type="SUPPORT", ctx=["economic"], trig="signed@2", a=["A3", "A2", "A4"], st="occurred",
             time=(None, "2026-06"), inst="wage-deal"),
    ],
    stances=[
        ("S1", "A2", ("span", "excuses"), "oppose", "tired of"),
        ("S2", "A6", "E11", "support", "urged"),
        ("S3", "A10", "E14", "support", "wanted"),
    ],
    conds=[
        ("C1", "unless", "unless", ["E2"], ["E1"], "A2"),
        ("C2", "provided", "as long as", ["E9"], ["E8"], "A6"),
    ],
))

# ---------------------------------------------------------------- 09 Fiji (AP, court ruling)
DOCS.append(dict(
    id="blind13-09-fiji-court-elections-chief",
    title="Fiji court orders suspended elections chief reinstated",
    published="2026-08-26",
    text=(
        "SUVA, Fiji (AP) — Fiji's High Court on Wednesday ordered the government to reinstate the suspended "
        "head of the country's elections office, ruling that her removal two months before a general election "
        "breached the constitution.\n\n"
        "Justice Mereoni Tuilagi gave the attorney general seven days to comply and warned that the court would "
        "hold officials in contempt if Supervisor of Elections Ana Vakaloloma was still barred from her office "
        "after that.\n\n"
        "Attorney General Ratu Semi Nailatikau said the government respected the judgment but was considering "
        "an appeal. \"We will abide by the law. But nobody should expect us to hand the election to someone "
        "under investigation,\" he told reporters outside the court.\n\n"
        "Vakaloloma, who was suspended in June over alleged procurement irregularities, welcomed the ruling. "
        "Her lawyer, Josefa Ravuvu, said police had questioned her once and brought no charges.\n\n"
        "The opposition Social Democratic Liberal Party (SODELPA) accused the government of trying to control "
        "the October vote. Its leader, Litia Cakau, said the party would organise protests in Suva if the "
        "government defied the court, and urged the Pacific Islands Forum to send observers.\n"
    ),
    actors=[
        ("A1", "Associated Press", "media", "USA", "news agency", ["AP"]),
        ("A2", "High Court of Fiji", "government", "FJI", "court",
         ["Fiji's High Court", "the court||warned that the court", "the court||defied the court"]),
        ("A3", "Fiji", "government", "FJI", "Fijian government",
         ["the government||ordered the government", "officials", "the government||said the government",
          "We||\"We will abide", "us||expect us", "the government||accused the government",
          "the government||the government defied"]),
        ("A4", "Ana Vakaloloma", "person", "FJI", "Supervisor of Elections",
         ["the suspended head of the country's elections office", "her||her removal",
          "Supervisor of Elections Ana Vakaloloma", "her||her office", "someone under investigation",
          "Vakaloloma||Vakaloloma, who", "her||questioned her"]),
        ("A5", "Mereoni Tuilagi", "person", "FJI", "High Court judge", ["Justice Mereoni Tuilagi"]),
        ("A6", "Ratu Semi Nailatikau", "person", "FJI", "Attorney General of Fiji",
         ["the attorney general", "Attorney General Ratu Semi Nailatikau", "he||\" he told"]),
        ("A7", "Josefa Ravuvu", "person", "FJI", "lawyer of Ana Vakaloloma", ["Her lawyer, Josefa Ravuvu"]),
        ("A8", "Fiji Police Force", "government", "FJI", "police", ["police"]),
        ("A9", "Social Democratic Liberal Party (SODELPA)", "organization", "FJI", "opposition party",
         ["The opposition Social Democratic Liberal Party", "SODELPA", "the party"]),
        ("A10", "Litia Cakau", "person", "FJI", "SODELPA leader", ["Its leader, Litia Cakau"]),
        ("A11", "Pacific Islands Forum", "igo", None, None, ["the Pacific Islands Forum"]),
    ],
    events=[
        dict(id="E1", type="REQUEST", ctx=["legal"], trig="ordered", a=["A2"], r=["A3"], st="occurred",
             time=("Wednesday", "2026-08-26")),
        dict(id="E2", type="RETREAT", ctx=["legal", "election"], trig="reinstate", a=["A3"], r=["A4"], st="desired",
             inst="vakaloloma-reinstatement"),
        dict(id="E3", type="SANCTION", ctx=["election"], trig="removal", a=["A3"], r=["A4"], st="occurred",
             time=(None, "2026-06"), inst="vakaloloma-suspension"),
        dict(id="E4", type="REQUEST", ctx=["legal"], trig="gave", a=["A5"], r=["A6"], st="occurred"),
        dict(id="E5", type="CONCEDE", ctx=["legal"], trig="comply", a=["A6"], r=["A2"], st="desired"),
        dict(id="E6", type="THREATEN", ctx=["legal"], trig="warned", a=["A5"], r=["A3"], st="occurred"),
        dict(id="E7", type="SANCTION", ctx=["legal"], trig="contempt", a=["A2"], r=["A3"], st="hypothetical",
             rb="A5"),
        dict(id="E8", type="SANCTION", ctx=["election"], trig="barred", a=["A3"], r=["A4"], st="hypothetical",
             rb="A5", inst="vakaloloma-suspension"),
        dict(id="E9", type="CONCEDE", ctx=["legal"], trig="respected", a=["A3"], r=["A2"], st="occurred", rb="A6"),
        dict(id="E10", type="ACCUSE", ctx=["legal"], trig="appeal", a=["A3"], st="hypothetical", rb="A6"),
        dict(id="E11", type="CONCEDE", ctx=["legal"], trig="abide", a=["A3"], st="planned", rb="A6"),
        dict(id="E12", type="RETREAT", ctx=["election"], trig="hand", a=["A3"], r=["A4"], st="negated", rb="A6"),
        dict(id="E13", type="ACCUSE", mode="investigate", ctx=["corruption"], trig="investigation", a=["A8"],
             r=["A4"], st="ongoing", rb="A6", inst="vakaloloma-probe"),
        dict(id="E14", type="SANCTION", ctx=["election"], trig="suspended||who was suspended", a=["A3"], r=["A4"],
             st="occurred", time=("June", "2026-06"), inst="vakaloloma-suspension"),
        dict(id="E15", type="SUPPORT", ctx=["legal"], trig="welcomed", a=["A4"], r=["A2"], st="occurred"),
        dict(id="E16", type="ACCUSE", mode="investigate", ctx=["corruption"], trig="questioned", a=["A8"], r=["A4"],
             st="occurred", rb="A7", inst="vakaloloma-probe"),
        dict(id="E17", type="ACCUSE", ctx=["corruption", "legal"], trig="charges", a=["A8"], r=["A4"], st="negated",
             rb="A7"),
        dict(id="E18", type="ACCUSE", mode="allege", ctx=["election"], trig="accused", a=["A9"], r=["A3"],
             st="occurred"),
        dict(id="E19", type="PROTEST", mode="demo", ctx=["legal"], trig="protests", a=["A9"], r=["A3"],
             st="hypothetical", loc=("Suva||protests in Suva", "Suva", "FJI"), rb="A10"),
        dict(id="E20", type="REJECT", ctx=["legal"], trig="defied", a=["A3"], r=["A2"], st="hypothetical", rb="A10"),
        dict(id="E21", type="REQUEST", ctx=["election"], trig="urged", a=["A10"], r=["A11"], st="occurred"),
        dict(id="E22", type="AID", ctx=["election"], trig="send", a=["A11"], r=["A3"], st="desired", rb="A10"),
    ],
    stances=[
        ("S1", "A3", ("span", "the judgment"), "support", "respected"),
        ("S2", "A3", "E12", "oppose", "nobody should expect"),
        ("S3", "A4", ("span", "the ruling"), "support", "welcomed"),
        ("S4", "A10", "E22", "support", "urged"),
    ],
    conds=[
        ("C1", "if", "if", ["E8"], ["E7"], "A5"),
        ("C2", "if", "if@2", ["E20"], ["E19"], "A10"),
    ],
))

# ---------------------------------------------------------------- 10 EU budget conciliation (long-sentence EU report)
DOCS.append(dict(
    id="blind13-10-eu-budget-conciliation",
    title="EU budget conciliation resumes as Parliament ties deal to Erasmus+ and Horizon restoration",
    published="2026-11-19",
    text=(
        "Brussels, 19/11/2026 (Agence Europe) - The European Parliament and the Council of the EU resumed "
        "conciliation talks on the 2027 annual budget on Wednesday evening after a first round broke down last "
        "Thursday, with the Parliament's rapporteur, the Dutch MEP Sanne de Groot, insisting that the assembly "
        "would not approve any compromise unless the Council restored at least €600 million cut from the "
        "Erasmus+ and Horizon Europe programmes, while the Irish presidency, speaking for the member states, "
        "argued that the ceiling agreed by finance ministers in July left no room for such an increase.\n\n"
        "Budget Commissioner Henrik Vass, who chaired the meeting, told journalists afterwards that the "
        "Commission would table a new compromise text on Monday provided that both institutions accepted its "
        "figures for humanitarian aid as a starting point, and he warned that if the talks collapsed again, the "
        "Commission would have to present a fresh draft budget, leaving EU programmes on provisional monthly "
        "allocations from January.\n\n"
        "The Parliament also wants the Council to keep €6.3 billion earmarked for Hungary frozen under the "
        "rule-of-law conditionality regulation, a demand the presidency called \"premature\" on the grounds that "
        "Budapest had submitted new reform commitments which the Commission was still assessing.\n"
    ),
    actors=[
        ("A1", "Agence Europe", "media", "BEL", "news agency", ["Agence Europe"]),
        ("A2", "European Parliament", "igo", None, None,
         ["The European Parliament", "the assembly", "both institutions", "The Parliament||The Parliament also"]),
        ("A3", "Council of the European Union", "igo", None, "Council (Irish presidency)",
         ["the Council of the EU", "the Council||unless the Council", "the Irish presidency", "finance ministers",
          "both institutions", "the Council||wants the Council", "the presidency||the presidency called"]),
        ("A4", "Sanne de Groot", "person", "NLD", "European Parliament budget rapporteur",
         ["the Parliament's rapporteur, the Dutch MEP Sanne de Groot"]),
        ("A5", "Henrik Vass", "person", None, "EU Budget Commissioner",
         ["Budget Commissioner Henrik Vass", "he||and he warned"]),
        ("A6", "European Commission", "igo", None, None,
         ["the Commission||that the Commission would table", "its||its figures",
          "the Commission||the Commission would have", "the Commission||the Commission was"]),
        ("A7", "Hungary", "government", "HUN", "Hungarian government", ["Hungary", "Budapest"]),
    ],
    events=[
        dict(id="E1", type="CONSULT", ctx=["economic", "legislative"], trig="conciliation talks", a=["A2", "A3"],
             st="occurred", time=("Wednesday evening", "2026-11-18"), inst="budget-conciliation"),
        dict(id="E2", type="CONSULT", ctx=["economic", "legislative"], trig="round", a=["A2", "A3"], st="occurred",
             time=("last Thursday", "2026-11-12"), inst="conciliation-first-round"),
        dict(id="E3", type="SUPPORT", ctx=["economic", "legislative"], trig="approve", a=["A2"], st="hypothetical",
             rb="A4"),
        dict(id="E4", type="RETREAT", ctx=["economic"], trig="restored", a=["A3"], st="hypothetical", rb="A4"),
        dict(id="E5", type="SUPPORT", ctx=["economic"], trig="agreed", a=["A3"], st="occurred",
             time=("July", "2026-07"), rb="A3"),
        dict(id="E6", type="CONSULT", ctx=["economic", "legislative"], trig="meeting", a=["A2", "A3"],
             st="occurred", time=(None, "2026-11-18"), inst="budget-conciliation"),
        dict(id="E7", type="AGREE", ctx=["economic"], trig="table", a=["A6"], r=["A2", "A3"], st="hypothetical",
             time=("Monday", "2026-11-23"), rb="A5"),
        dict(id="E8", type="SUPPORT", ctx=["economic"], trig="accepted", a=["A2", "A3"], r=["A6"],
             st="hypothetical", rb="A5"),
        dict(id="E9a", type="CONSULT", ctx=["economic", "legislative"], trig="talks||the talks collapsed",
             a=["A2", "A3"], st="ongoing", rb="A5", inst="budget-conciliation"),
        dict(id="E9", type="OTHER", ctx=["economic"], trig="collapsed", st="hypothetical", rb="A5"),
        dict(id="E10", type="AGREE", ctx=["economic"], trig="present", a=["A6"], r=["A2", "A3"], st="hypothetical",
             rb="A5"),
        dict(id="E11", type="SANCTION", ctx=["economic", "political_institutions"], trig="frozen", a=["A3"],
             r=["A7"], st="desired"),
        dict(id="E12", type="REQUEST", ctx=["economic"], trig="demand", a=["A2"], r=["A3"], st="occurred"),
        dict(id="E13", type="AGREE", ctx=["political_institutions"], trig="commitments", a=["A7"], r=["A6"],
             st="occurred", rb="A3"),
    ],
    stances=[
        ("S1", "A2", "E3", "oppose", "would not"),
        ("S2", "A3", ("span", "such an increase"), "oppose", "no room"),
        ("S3", "A2", "E11", "support", "wants"),
        ("S4", "A3", "E12", "oppose", "premature"),
    ],
    conds=[
        ("C1", "only_if", "unless", ["E4"], ["E3"], "A4"),
        ("C2", "provided", "provided that", ["E8"], ["E7"], "A5"),
        ("C3", "if", "if", ["E9"], ["E10"], "A5"),
    ],
))
