"""Passages and gold annotations of blind11 (read by _build.py)."""

DOCS: list[dict] = []

# ---------------------------------------------------------------- 01 Netherlands
DOCS.append(dict(
    id="blind11-01-dutch-coalition-budget",
    title="Dutch coalition wobbles as BBB threatens to quit over farm subsidy cut",
    published="2025-09-18",
    text=(
        "THE HAGUE (Reuters) - The Dutch coalition came close to collapse on Wednesday after the "
        "farmers' party BBB threatened to pull its ministers out of the cabinet unless the government "
        "drops a planned cut to agricultural subsidies from next year's budget.\n\n"
        "BBB leader Hanneke Vos told reporters that her party would not vote for the budget \"as long "
        "as it punishes the countryside\". Finance Minister Joost Verbeek, of the liberal VVD, rejected "
        "the demand and said all four coalition parties had agreed the figures in June.\n\n"
        "\"We signed this together. If one partner reopens the package, everyone will want to reopen "
        "it,\" Verbeek said.\n\n"
        "Prime Minister Maarten de Wit, who belongs to no party, has invited the four party leaders to "
        "crisis talks at the Catshuis on Thursday evening. A government spokeswoman said the prime "
        "minister wanted a compromise before the budget debate opens next week.\n\n"
        "NSC, the centrist partner, said it backed the cut but was willing to discuss a smaller one "
        "provided that the savings were found elsewhere in the agriculture ministry. Opposition leader "
        "Esther Lambrecht called on the cabinet to resign and said the GreenLeft-Labour alliance was "
        "ready for early elections.\n"
    ),
    actors=[
        ("A1", "Reuters", "media", "GBR", "news agency", ["Reuters"]),
        ("A2", "Dutch coalition parties", "organization", "NLD", "the four parties of the governing coalition",
         ["The Dutch coalition", "all four coalition parties", "We", "the four party leaders"]),
        ("A3", "BBB (Farmer-Citizen Movement)", "organization", "NLD", "farmers' party, coalition partner",
         ["the farmers' party BBB", "its", "her party"]),
        ("A4", "Netherlands", "government", "NLD", "Dutch government (cabinet)",
         ["the cabinet", "the government", "the cabinet@2"]),
        ("A5", "Hanneke Vos", "person", "NLD", "BBB leader", ["BBB leader Hanneke Vos"]),
        ("A6", "Joost Verbeek", "person", "NLD", "Dutch Finance Minister",
         ["Finance Minister Joost Verbeek", "Verbeek@2"]),
        ("A7", "Maarten de Wit", "person", "NLD", "Prime Minister of the Netherlands",
         ["Prime Minister Maarten de Wit", "the prime minister"]),
        ("A8", "Dutch government spokeswoman", "person", "NLD", "government spokeswoman",
         ["A government spokeswoman"]),
        ("A9", "NSC (New Social Contract)", "organization", "NLD", "centrist coalition partner",
         ["NSC, the centrist partner", "it@3"]),
        ("A10", "Esther Lambrecht", "person", "NLD", "opposition leader", ["Opposition leader Esther Lambrecht"]),
        ("A11", "GreenLeft-Labour alliance", "organization", "NLD", "opposition alliance",
         ["the GreenLeft-Labour alliance"]),
    ],
    events=[
        dict(id="E1", type="THREATEN", ctx=["executive"], trig="threatened", a=["A3"], r=["A4"], st="occurred",
             time=("Wednesday", "2025-09-17")),
        dict(id="E2", type="SANCTION", mode="withdraw", ctx=["executive"], trig="pull", a=["A3"], r=["A4"],
             st="hypothetical", inst="bbb-exit"),
        dict(id="E3", type="RETREAT", ctx=["economic"], trig="drops", a=["A4"], r=["A3"], st="hypothetical"),
        dict(id="E5", type="SUPPORT", ctx=["legislative", "economic"], trig="vote", a=["A3"], st="hypothetical",
             rb="A5"),
        dict(id="E6", type="OTHER", ctx=["economic"], trig="punishes", st="hypothetical", rb="A5"),
        dict(id="E7", type="REJECT", mode="change", ctx=["economic"], trig="rejected", a=["A6"], r=["A3"],
             st="occurred", time=(None, "2025-09-17")),
        dict(id="E8", type="REQUEST", mode="change", ctx=["economic"], trig="demand", a=["A3"], r=["A4"],
             st="occurred"),
        dict(id="E9", type="SUPPORT", ctx=["economic"], trig="agreed", a=["A2"], st="occurred",
             time=("June", "2025-06"), rb="A6", inst="budget-deal"),
        dict(id="E10", type="SUPPORT", ctx=["economic"], trig="signed", a=["A2"], st="occurred",
             time=(None, "2025-06"), rb="A6", inst="budget-deal"),
        dict(id="E11", type="OTHER", trig="reopens", st="hypothetical", rb="A6"),
        dict(id="E12", type="OTHER", trig="reopen", st="hypothetical", rb="A6"),
        dict(id="E13", type="AGREE", ctx=["executive"], trig="invited", a=["A7"], r=["A2"], st="occurred"),
        dict(id="E14", type="CONSULT", ctx=["executive"], trig="crisis talks", a=["A7", "A2"], st="planned",
             time=("Thursday evening", "2025-09-18"), loc=("the Catshuis", "Catshuis, The Hague", "NLD")),
        dict(id="E15", type="SUPPORT", ctx=["economic"], trig="compromise", a=["A2"], st="desired", rb="A8"),
        dict(id="E16", type="SUPPORT", ctx=["economic"], trig="backed", a=["A9"], r=["A4"], st="occurred"),
        dict(id="E18", type="AGREE", ctx=["economic"], trig="willing", a=["A9"], r=["A3"], st="occurred", rb="A9"),
        dict(id="E19", type="CONSULT", ctx=["economic"], trig="discuss", a=["A9"], r=["A3"], st="hypothetical",
             rb="A9"),
        dict(id="E20", type="OTHER", ctx=["economic"], trig="found", st="hypothetical", rb="A9"),
        dict(id="E21", type="REQUEST", mode="change", ctx=["executive"], trig="called on", a=["A10"], r=["A4"],
             st="occurred"),
        dict(id="E22", type="RETREAT", mode="resign", ctx=["executive"], trig="resign", a=["A4"], st="desired"),
        dict(id="E23", type="AGREE", ctx=["election"], trig="ready", a=["A11"], st="occurred", rb="A10"),
    ],
    stances=[
        ("S1", "A6", "E8", "oppose", "rejected"),
        ("S2", "A7", "E15", "support", "wanted"),
        ("S3", "A9", ("span", "the cut"), "support", "backed"),
        ("S4", "A9", "E19", "support", "willing"),
        ("S5", "A10", "E22", "support", "called on"),
        ("S6", "A11", ("span", "early elections"), "support", "ready"),
    ],
    conds=[
        ("C1", "unless", "unless", ["E3"], ["E2"], "A3"),
        ("C2", "provided", "as long as", ["E6"], ["E5"], "A5"),
        ("C3", "if", "If", ["E11"], ["E12"], "A6"),
        ("C4", "provided", "provided that", ["E20"], ["E19"], "A9"),
    ],
))

# ---------------------------------------------------------------- 02 Botswana / Namibia
DOCS.append(dict(
    id="blind11-02-botswana-namibia-trade",
    title="Botswana ties end of vegetable ban to Namibian beef levy",
    published="2025-03-12",
    text=(
        "GABORONE, March 12 (Xinhua) - Botswana will lift its ban on vegetable imports from Namibia "
        "only if Windhoek scraps a new levy on Botswana beef trucks crossing at Mamuno, Trade Minister "
        "Kabo Seretse said on Wednesday.\n\n"
        "The ban, imposed in January to protect local farmers, has left Namibian growers with tonnes of "
        "unsold produce. Namibia responded last month with a 15 percent levy on Botswana's meat exports, "
        "a step the Namibian Agricultural Union welcomed.\n\n"
        "\"We are not closing the door. Our officials can meet theirs tomorrow,\" Seretse told "
        "parliament. \"But Botswana will not reopen the market while our beef is taxed at the border.\"\n\n"
        "In Windhoek, a spokesman for the Ministry of Industrialisation and Trade said Namibia was ready "
        "to suspend the levy as long as Gaborone set a date for ending the ban. He accused Botswana of "
        "breaching the Southern African Customs Union agreement and said Namibia could take the dispute "
        "to the SADC tribunal otherwise.\n\n"
        "Officials of both countries are expected to meet at the border post on Friday, the SACU "
        "secretariat said.\n"
    ),
    actors=[
        ("A1", "Xinhua", "media", "CHN", "news agency", ["Xinhua"]),
        ("A2", "Botswana", "government", "BWA", "Botswana government",
         ["Botswana", "its", "Botswana's", "We", "Our officials", "Botswana@4", "our", "Gaborone",
          "Botswana@5", "Officials of both countries"]),
        ("A3", "Namibia", "government", "NAM", "Namibian government",
         ["Namibia", "Windhoek", "Namibia@2", "theirs", "Namibia@3", "Namibia@4", "Officials of both countries"]),
        ("A4", "Kabo Seretse", "person", "BWA", "Trade Minister of Botswana",
         ["Trade Minister Kabo Seretse", "Seretse@2"]),
        ("A5", "Namibian Agricultural Union", "organization", "NAM", "farmers' union",
         ["the Namibian Agricultural Union"]),
        ("A6", "Namibian trade ministry spokesman", "person", "NAM",
         "spokesman for the Ministry of Industrialisation and Trade",
         ["a spokesman for the Ministry of Industrialisation and Trade", "He"]),
        ("A7", "SADC Tribunal", "igo", None, "tribunal of the Southern African Development Community",
         ["the SADC tribunal"]),
        ("A8", "SACU secretariat", "igo", None, "secretariat of the Southern African Customs Union",
         ["the SACU secretariat"]),
    ],
    events=[
        dict(id="E1", type="RETREAT", ctx=["economic"], trig="lift", a=["A2"], r=["A3"], st="hypothetical",
             rb="A4", inst="veg-ban-lift"),
        dict(id="E2", type="SANCTION", ctx=["economic"], trig="ban", a=["A2"], r=["A3"], st="ongoing",
             rb="A4", inst="veg-ban"),
        dict(id="E3", type="RETREAT", ctx=["economic"], trig="scraps", a=["A3"], r=["A2"], st="hypothetical",
             rb="A4"),
        dict(id="E4", type="SANCTION", ctx=["economic"], trig="levy", a=["A3"], r=["A2"], st="ongoing",
             loc=("Mamuno", "Mamuno", "BWA"), rb="A4", inst="beef-levy"),
        dict(id="E5", type="SANCTION", ctx=["economic"], trig="imposed", a=["A2"], r=["A3"], st="occurred",
             time=("January", "2025-01"), inst="veg-ban"),
        dict(id="E6", type="SANCTION", ctx=["economic"], trig="levy@2", a=["A3"], r=["A2"], st="occurred",
             time=("last month", "2025-02"), inst="beef-levy"),
        dict(id="E7", type="SUPPORT", ctx=["economic"], trig="welcomed", a=["A5"], r=["A3"], st="occurred"),
        dict(id="E8", type="REJECT", mode="meet", ctx=["economic", "diplomatic"], trig="closing the door",
             a=["A2"], r=["A3"], st="negated", rb="A4"),
        dict(id="E9", type="CONSULT", ctx=["economic", "diplomatic"], trig="meet", a=["A2", "A3"],
             st="hypothetical", time=("tomorrow", "2025-03-13"), rb="A4"),
        dict(id="E10", type="RETREAT", ctx=["economic"], trig="reopen", a=["A2"], r=["A3"], st="negated",
             rb="A4", inst="veg-ban-lift"),
        dict(id="E11", type="SANCTION", ctx=["economic"], trig="taxed", a=["A3"], r=["A2"], st="ongoing",
             loc=("the border", None, None), rb="A4", inst="beef-levy"),
        dict(id="E12", type="AGREE", ctx=["economic"], trig="ready", a=["A3"], r=["A2"], st="occurred", rb="A6"),
        dict(id="E13", type="RETREAT", ctx=["economic"], trig="suspend", a=["A3"], r=["A2"], st="hypothetical",
             rb="A6"),
        dict(id="E14", type="CONCEDE", ctx=["economic"], trig="set", a=["A2"], r=["A3"], st="hypothetical",
             rb="A6"),
        dict(id="E15", type="RETREAT", ctx=["economic"], trig="ending", a=["A2"], r=["A3"], st="hypothetical",
             rb="A6", inst="veg-ban-lift"),
        dict(id="E16", type="ACCUSE", mode="allege", ctx=["economic", "legal"], trig="accused", a=["A6"],
             r=["A2"], st="occurred"),
        dict(id="E17", type="ACCUSE", ctx=["economic", "legal"], trig="take", a=["A3"], r=["A2"],
             st="hypothetical", rb="A6"),
        dict(id="E18", type="CONSULT", ctx=["economic", "diplomatic"], trig="meet@2", a=["A2", "A3"],
             st="planned", time=("Friday", "2025-03-14"), loc=("the border post", "Mamuno border post", "BWA"),
             rb="A8"),
    ],
    stances=[
        ("S1", "A5", "E6", "support", "welcomed"),
        ("S3", "A3", "E13", "support", "ready"),
    ],
    conds=[
        ("C1", "only_if", "only if", ["E3"], ["E1"], "A4"),
        ("C2", "provided", "as long as", ["E14"], ["E13"], "A6"),
        ("C3", "unless", "otherwise", ["E14"], ["E17"], "A6"),
    ],
))

# ---------------------------------------------------------------- 03 Laos
DOCS.append(dict(
    id="blind11-03-laos-land-protest",
    title="Lao police detain villagers protesting plantation land clearing",
    published="2025-06-05",
    text=(
        "VIENTIANE (AP) - Police in southern Laos detained at least 14 villagers on Tuesday after "
        "hundreds of people blocked a road to stop bulldozers clearing land for a Chinese-owned banana "
        "plantation in Champasak province, residents and a rights group said.\n\n"
        "The protesters say the provincial authorities granted the concession without paying them "
        "compensation. \"They took our rice fields and now they arrest us for standing on them,\" one "
        "villager told AP by phone, asking not to be named for fear of reprisals.\n\n"
        "Human Rights Watch urged the government to release the detainees and to suspend the project "
        "until an independent survey of the land had been carried out. The group said such protests "
        "were rare in the one-party state, where public gatherings need official approval.\n\n"
        "A provincial official, who declined to give his name, said the villagers would be freed if "
        "they signed a pledge not to obstruct the work again. The company did not respond to requests "
        "for comment.\n\n"
        "Vientiane has promised foreign investors that land disputes will not delay projects. But "
        "Deputy Governor Somphone Keo told state radio on Wednesday that the province would ask the "
        "firm to pause clearing in case the compensation was found to be unpaid.\n"
    ),
    actors=[
        ("A1", "Associated Press", "media", "USA", "news agency", ["AP", "AP@2"]),
        ("A2", "Lao police", "government", "LAO", "police in Champasak province", ["Police in southern Laos"]),
        ("A3", "detained villagers", "group", "LAO", "villagers detained after the protest",
         ["at least 14 villagers", "the detainees", "the villagers", "they@2"]),
        ("A4", "protesting villagers", "group", "LAO", "villagers protesting the land clearing",
         ["hundreds of people", "The protesters", "them", "our", "us"]),
        ("A5", "plantation company", "organization", "CHN", "Chinese-owned banana plantation company",
         ["The company", "the firm"]),
        ("A6", "Champasak provincial authorities", "government", "LAO", "provincial government of Champasak",
         ["the provincial authorities", "They", "they", "the province"]),
        ("A7", "Human Rights Watch", "organization", None, "rights group",
         ["a rights group", "Human Rights Watch", "The group"]),
        ("A8", "Laos", "government", "LAO", "Lao government", ["the government", "Vientiane"]),
        ("A9", "provincial official", "person", "LAO", "Champasak provincial official",
         ["A provincial official", "his"]),
        ("A10", "villager", "person", "LAO", "protesting villager", ["one villager"]),
        ("A11", "foreign investors", "group", None, None, ["foreign investors"]),
        ("A12", "Somphone Keo", "person", "LAO", "Deputy Governor of Champasak",
         ["Deputy Governor Somphone Keo"]),
        ("A13", "residents", "group", "LAO", "residents of the area", ["residents"]),
        ("A14", "Lao state radio", "media", "LAO", "state broadcaster", ["state radio"]),
    ],
    events=[
        dict(id="E1", type="COERCE", mode="arrest", ctx=["repression"], trig="detained", a=["A2"], r=["A3"],
             st="occurred", time=("Tuesday", "2025-06-03"),
             loc=("Champasak province", "Champasak Province", "LAO"), rb="A7", inst="champasak-arrests"),
        dict(id="E2", type="PROTEST", mode="obstruct", ctx=["economic", "natural_resource"], trig="blocked",
             a=["A4"], r=["A5"], st="occurred", time=(None, "2025-06-03"),
             loc=(None, "Champasak Province", "LAO"), rb="A7"),
        dict(id="E3", type="COERCE", mode="seize", ctx=["economic", "natural_resource"], trig="clearing",
             a=["A5"], r=["A4"], st="ongoing", loc=(None, "Champasak Province", "LAO"), rb="A7",
             inst="land-clearing"),
        dict(id="E4", type="COOPERATE", ctx=["economic"], trig="granted", a=["A6"], r=["A5"], st="occurred",
             rb="A4"),
        dict(id="E5", type="AID", ctx=["economic"], trig="paying", a=["A6"], r=["A4"], st="negated", rb="A4"),
        dict(id="E6", type="COERCE", mode="seize", ctx=["economic", "natural_resource"], trig="took", a=["A6"],
             r=["A4"], st="occurred", rb="A10"),
        dict(id="E7", type="COERCE", mode="arrest", ctx=["repression"], trig="arrest", a=["A6"], r=["A4"],
             st="ongoing", rb="A10", inst="champasak-arrests"),
        dict(id="E8", type="REQUEST", ctx=["human_rights"], trig="urged", a=["A7"], r=["A8"], st="occurred"),
        dict(id="E9", type="RETREAT", mode="release", ctx=["human_rights"], trig="release", a=["A8"], r=["A3"],
             st="desired", rb="A7"),
        dict(id="E10", type="SANCTION", mode="discontinue", ctx=["economic"], trig="suspend", a=["A8"], r=["A5"],
             st="desired", rb="A7"),
        dict(id="E11", type="RETREAT", mode="release", ctx=["human_rights"], trig="freed", a=["A6"], r=["A3"],
             st="hypothetical", rb="A9"),
        dict(id="E12", type="CONCEDE", ctx=["economic"], trig="signed", a=["A3"], r=["A6"], st="hypothetical",
             rb="A9"),
        dict(id="E13", type="PROTEST", mode="obstruct", ctx=["economic"], trig="obstruct", a=["A3"], r=["A5"],
             st="negated", rb="A9"),
        dict(id="E14", type="AGREE", ctx=["economic"], trig="promised", a=["A8"], r=["A11"], st="occurred"),
        dict(id="E16", type="REQUEST", ctx=["economic"], trig="ask", a=["A6"], r=["A5"], st="hypothetical",
             rb="A12"),
        dict(id="E17", type="RETREAT", ctx=["economic"], trig="pause", a=["A5"], r=["A4"], st="hypothetical",
             rb="A12"),
        dict(id="E18", type="OTHER", ctx=["economic"], trig="unpaid", a=["A6"], r=["A4"], st="hypothetical",
             rb="A12"),
    ],
    stances=[
        ("S1", "A7", "E9", "support", "urged"),
        ("S2", "A7", "E10", "support", "urged"),
    ],
    conds=[
        ("C1", "if", "if", ["E12"], ["E11"], "A9"),
        ("C2", "if", "in case", ["E18"], ["E16", "E17"], "A12"),
    ],
))

# ---------------------------------------------------------------- 04 Kuwait
DOCS.append(dict(
    id="blind11-04-kuwait-cabinet-resigns",
    title="Kuwait cabinet resigns after budget row over fuel subsidies",
    published="2025-02-20",
    text=(
        "KUWAIT CITY - Kuwait's cabinet submitted its resignation to the Emir on Wednesday, two weeks "
        "after ministers failed to agree on a draft budget that would cut fuel subsidies for the first "
        "time in a decade.\n\n"
        "The Emir accepted the resignation but asked the outgoing ministers to run day-to-day affairs, "
        "the state news agency KUNA reported. He is expected to name a new prime minister within days.\n\n"
        "Two officials familiar with the talks said the finance and oil ministers had clashed over the "
        "subsidy plan. One of them said the finance minister, Abdullah al-Rashidi, had refused to sign "
        "off on any budget that left the deficit above 5 percent of GDP. The oil ministry, they said, "
        "feared the cut would spark protests.\n\n"
        "A senior diplomat in Kuwait City said Gulf partners wanted Kuwait to press ahead with reforms. "
        "\"If the next cabinet shelves the subsidy reform again, the ratings agencies will notice,\" he "
        "said.\n\n"
        "Former lawmaker Hamad al-Enezi urged the Emir to restore parliament, which has been suspended "
        "since last year. He said opposition figures would boycott any national dialogue unless "
        "elections were held.\n"
    ),
    actors=[
        ("A1", "Kuwait", "government", "KWT", "Kuwaiti government (cabinet)",
         ["Kuwait's cabinet", "its", "ministers", "the outgoing ministers", "Kuwait@3", "the next cabinet"]),
        ("A2", "Emir of Kuwait", "person", "KWT", "Emir of Kuwait",
         ["the Emir", "The Emir", "He", "the Emir@2"]),
        ("A3", "Kuwait News Agency (KUNA)", "media", "KWT", "state news agency", ["the state news agency KUNA"]),
        ("A4", "two Kuwaiti officials", "group", "KWT", "officials familiar with the budget talks",
         ["Two officials", "they"]),
        ("A5", "Kuwaiti official", "person", "KWT", "official familiar with the budget talks", ["One of them"]),
        ("A6", "Abdullah al-Rashidi", "person", "KWT", "Finance Minister of Kuwait",
         ["the finance and oil ministers", "the finance minister, Abdullah al-Rashidi"]),
        ("A7", "Kuwaiti oil ministry", "government", "KWT", "oil minister and ministry",
         ["the finance and oil ministers", "The oil ministry"]),
        ("A8", "senior diplomat", "person", None, "diplomat in Kuwait City",
         ["A senior diplomat in Kuwait City", "he"]),
        ("A9", "Gulf partners", "government", None, "Gulf states partnered with Kuwait", ["Gulf partners"]),
        ("A10", "credit ratings agencies", "organization", None, None, ["the ratings agencies"]),
        ("A11", "Hamad al-Enezi", "person", "KWT", "former member of parliament",
         ["Former lawmaker Hamad al-Enezi", "He@2"]),
        ("A12", "National Assembly of Kuwait", "government", "KWT", "Kuwaiti parliament", ["parliament"]),
        ("A13", "Kuwaiti opposition figures", "group", "KWT", None, ["opposition figures"]),
    ],
    events=[
        dict(id="E1", type="RETREAT", mode="resign", ctx=["executive"], trig="resignation", a=["A1"], r=["A2"],
             st="occurred", time=("Wednesday", "2025-02-19"), inst="cabinet-resignation"),
        dict(id="E2", type="SUPPORT", ctx=["economic", "executive"], trig="agree", a=["A1"], st="negated"),
        dict(id="E4", type="SUPPORT", ctx=["executive"], trig="accepted", a=["A2"], r=["A1"], st="occurred",
             rb="A3"),
        dict(id="E5", type="REQUEST", ctx=["executive"], trig="asked", a=["A2"], r=["A1"], st="occurred", rb="A3"),
        dict(id="E7", type="CONSULT", ctx=["economic", "executive"], trig="talks", a=["A1"], st="occurred",
             rb="A4"),
        dict(id="E8", type="ACCUSE", mode="disapprove", ctx=["economic"], trig="clashed", a=["A6", "A7"],
             st="occurred", rb="A4"),
        dict(id="E9", type="REJECT", ctx=["economic"], trig="refused", a=["A6"], st="occurred", rb="A5"),
        dict(id="E10", type="SUPPORT", ctx=["economic"], trig="sign off", a=["A6"], st="negated", rb="A5"),
        dict(id="E12", type="PROTEST", ctx=["economic"], trig="protests", r=["A1"], st="hypothetical", rb="A4"),
        dict(id="E14", type="OTHER", ctx=["economic"], trig="shelves", a=["A1"], st="hypothetical", rb="A8"),
        dict(id="E15", type="OTHER", ctx=["economic"], trig="notice", a=["A10"], r=["A1"], st="hypothetical",
             rb="A8"),
        dict(id="E16", type="REQUEST", ctx=["political_institutions"], trig="urged", a=["A11"], r=["A2"],
             st="occurred"),
        dict(id="E17", type="RETREAT", ctx=["political_institutions"], trig="restore", a=["A2"], r=["A12"],
             st="desired", rb="A11"),
        dict(id="E18", type="COERCE", mode="restrict", ctx=["political_institutions"], trig="suspended",
             r=["A12"], st="ongoing", time=("last year", "2024")),
        dict(id="E19", type="PROTEST", mode="boycott", ctx=["political_institutions"], trig="boycott",
             a=["A13"], r=["A1"], st="hypothetical", rb="A11"),
        dict(id="E20", type="OTHER", ctx=["election"], trig="elections", st="hypothetical", rb="A11"),
    ],
    stances=[
        ("S1", "A7", "E12", "oppose", "feared"),
        ("S2", "A9", ("span", "press ahead with reforms"), "support", "wanted"),
        ("S3", "A11", "E17", "support", "urged"),
    ],
    conds=[
        ("C1", "if", "If", ["E14"], ["E15"], "A8"),
        ("C2", "unless", "unless", ["E20"], ["E19"], "A11"),
    ],
))

# ---------------------------------------------------------------- 06 Croatia
DOCS.append(dict(
    id="blind11-06-croatia-rail-strike",
    title="Croatian rail union sets Monday strike unless government lifts wage offer",
    published="2025-10-15",
    text=(
        "ZAGREB (HINA) - Croatian railway workers will walk off the job on Monday unless the government "
        "raises their wages by at least 10 percent, the Union of Railway Workers of Croatia said on "
        "Wednesday, in what would be the first national rail strike in nine years.\n\n"
        "Union president Marija Horvat said talks with the transport ministry had broken down last week "
        "after the government offered a 4 percent rise tied to job cuts at the state operator HŽ "
        "Putnički prijevoz. \"They want us to pay for their mismanagement with our jobs. We will not "
        "accept that,\" she said.\n\n"
        "Transport Minister Ivan Perić called the strike \"irresponsible\" and said the ministry remained "
        "open to talks provided that the union dropped its demand for a double-digit increase. He said "
        "the government could ask a court to ban the strike if commuters in Zagreb were left without "
        "trains.\n\n"
        "The opposition Social Democrats backed the workers and accused the cabinet of starving the "
        "railway of investment.\n"
    ),
    actors=[
        ("A1", "HINA", "media", "HRV", "Croatian news agency", ["HINA"]),
        ("A2", "Croatian railway workers", "group", "HRV", "railway employees",
         ["Croatian railway workers", "their", "the workers"]),
        ("A3", "Union of Railway Workers of Croatia", "organization", "HRV", "railway trade union",
         ["the Union of Railway Workers of Croatia", "us", "our", "We", "the union", "its"]),
        ("A4", "Croatia", "government", "HRV", "Croatian government",
         ["the government", "the transport ministry", "the government@2", "They", "their@2", "the ministry",
          "the government@3", "the cabinet"]),
        ("A5", "Marija Horvat", "person", "HRV", "president of the railway workers' union",
         ["Union president Marija Horvat", "she"]),
        ("A6", "HŽ Putnički prijevoz", "organization", "HRV", "state passenger rail operator",
         ["the state operator HŽ Putnički prijevoz"]),
        ("A7", "Ivan Perić", "person", "HRV", "Transport Minister of Croatia",
         ["Transport Minister Ivan Perić", "He"]),
        ("A8", "Croatian court", "government", "HRV", "court", ["a court"]),
        ("A9", "Zagreb commuters", "group", "HRV", None, ["commuters in Zagreb"]),
        ("A10", "Social Democratic Party of Croatia", "organization", "HRV", "opposition party",
         ["The opposition Social Democrats"]),
    ],
    events=[
        dict(id="E1", type="PROTEST", mode="strike", ctx=["economic"], trig="walk off the job", a=["A2"],
             r=["A4"], st="hypothetical", time=("Monday", "2025-10-20"), rb="A3", inst="rail-strike"),
        dict(id="E2", type="RETREAT", ctx=["economic"], trig="raises", a=["A4"], r=["A2"], st="hypothetical",
             rb="A3"),
        dict(id="E3", type="PROTEST", mode="strike", ctx=["economic"], trig="rail strike", a=["A2"], r=["A4"],
             st="hypothetical", inst="rail-strike"),
        dict(id="E4", type="CONSULT", ctx=["economic"], trig="talks", a=["A3", "A4"], st="occurred",
             time=("last week", "2025-10"), rb="A5"),
        dict(id="E5", type="AGREE", ctx=["economic"], trig="offered", a=["A4"], r=["A3"], st="occurred", rb="A5"),
        dict(id="E6", type="SANCTION", ctx=["economic"], trig="job cuts", a=["A6"], r=["A2"], st="planned",
             rb="A5"),
        dict(id="E7", type="REJECT", ctx=["economic"], trig="will not accept", a=["A3"], r=["A4"], st="occurred",
             rb="A5"),
        dict(id="E8", type="PROTEST", mode="strike", ctx=["economic"], trig="strike@2", a=["A2"], r=["A4"],
             st="planned", inst="rail-strike"),
        dict(id="E9", type="AGREE", ctx=["economic"], trig="open", a=["A4"], r=["A3"], st="occurred", rb="A7"),
        dict(id="E10", type="CONSULT", ctx=["economic"], trig="talks@2", a=["A4", "A3"], st="hypothetical",
             rb="A7"),
        dict(id="E11", type="RETREAT", ctx=["economic"], trig="dropped", a=["A3"], r=["A4"], st="hypothetical",
             rb="A7"),
        dict(id="E12", type="REQUEST", ctx=["economic"], trig="demand", a=["A3"], r=["A4"], st="occurred",
             rb="A7"),
        dict(id="E13", type="REQUEST", ctx=["economic", "legal"], trig="ask", a=["A4"], r=["A8"],
             st="hypothetical", rb="A7"),
        dict(id="E14", type="COERCE", mode="restrict", ctx=["economic", "legal"], trig="ban", a=["A8"], r=["A3"],
             st="hypothetical", rb="A7"),
        dict(id="E15", type="OTHER", ctx=["economic"], trig="left without trains", r=["A9"], st="hypothetical",
             loc=("Zagreb", "Zagreb", "HRV"), rb="A7"),
        dict(id="E18", type="PROTEST", mode="strike", ctx=["economic"], trig="strike@3", a=["A2"], r=["A4"],
             st="planned", rb="A7", inst="rail-strike"),
        dict(id="E16", type="SUPPORT", ctx=["economic"], trig="backed", a=["A10"], r=["A2"], st="occurred"),
        dict(id="E17", type="ACCUSE", mode="disapprove", ctx=["economic"], trig="accused", a=["A10"], r=["A4"],
             st="occurred"),
    ],
    stances=[
        ("S1", "A3", "E5", "oppose", "will not accept"),
        ("S2", "A7", "E8", "oppose", "irresponsible"),
        ("S3", "A4", "E10", "support", "open"),
        ("S4", "A10", "A2", "support", "backed"),
    ],
    conds=[
        ("C1", "unless", "unless", ["E2"], ["E1"], "A3"),
        ("C2", "provided", "provided that", ["E11"], ["E10"], "A7"),
        ("C3", "if", "if", ["E15"], ["E13", "E14"], "A7"),
    ],
))

# ---------------------------------------------------------------- 08 Solomon Islands
DOCS.append(dict(
    id="blind11-08-solomon-no-confidence",
    title="Solomon Islands PM survives no-confidence vote; opposition vows new motion",
    published="2025-11-06",
    text=(
        "HONIARA, Nov 6 (ABC) - Solomon Islands Prime Minister Peter Koli survived a no-confidence motion "
        "on Thursday after two of his former allies crossed the floor back to the government in the final "
        "hour of debate.\n\n"
        "Opposition leader Daniel Tovua had accused him of mishandling a logging deal with a foreign "
        "company, and he told parliament the motion was only the beginning. \"He can win a vote today, but "
        "he cannot hide the contract forever,\" Tovua said.\n\n"
        "The two men met privately on Tuesday, according to a government source, but they failed to agree "
        "on a date for an inquiry. Koli later told reporters that he would publish the contract himself if "
        "the Auditor-General cleared it for release. \"I have nothing to fear. If the opposition wants a "
        "fight, it will get one at the ballot box,\" he said.\n\n"
        "The opposition said it would table a second motion in February unless the prime minister "
        "suspended the deal. Its members walked out of the chamber after the vote.\n\n"
        "Police said they had deployed extra officers around the parliament building in Honiara as a "
        "precaution, recalling the riots of 2021.\n"
    ),
    actors=[
        ("A1", "ABC (Australian Broadcasting Corporation)", "media", "AUS", "broadcaster", ["ABC"]),
        ("A2", "Peter Koli", "person", "SLB", "Prime Minister of Solomon Islands",
         ["Solomon Islands Prime Minister Peter Koli", "him", "He", "he@2", "The two men", "Koli@2", "he@3",
          "they", "himself", "I", "he@4", "the prime minister"]),
        ("A3", "Koli's former allies", "group", "SLB", "two members of parliament", ["two of his former allies"]),
        ("A4", "Solomon Islands", "government", "SLB", "Solomon Islands government", ["the government"]),
        ("A5", "Daniel Tovua", "person", "SLB", "Leader of the Opposition",
         ["Opposition leader Daniel Tovua", "he", "Tovua@2", "The two men", "they"]),
        ("A6", "foreign logging company", "organization", None, "logging company", ["a foreign company"]),
        ("A7", "government source", "person", "SLB", None, ["a government source"]),
        ("A8", "Auditor-General of Solomon Islands", "person", "SLB", "Auditor-General", ["the Auditor-General"]),
        ("A9", "Solomon Islands parliamentary opposition", "group", "SLB", "opposition bloc in parliament",
         ["the opposition", "it@2", "The opposition", "it@3", "Its members"]),
        ("A10", "Royal Solomon Islands Police Force", "government", "SLB", "police", ["Police", "they@2"]),
    ],
    events=[
        dict(id="E1", type="ACCUSE", mode="disapprove", ctx=["legislative"], trig="motion", a=["A9"], r=["A2"],
             st="occurred", time=("Thursday", "2025-11-06"), inst="no-confidence"),
        dict(id="E2", type="SUPPORT", ctx=["legislative"], trig="crossed the floor", a=["A3"], r=["A4"],
             st="occurred", time=(None, "2025-11-06")),
        dict(id="E3", type="ACCUSE", mode="allege", ctx=["corruption"], trig="accused", a=["A5"], r=["A2"],
             st="occurred"),
        dict(id="E4", type="COOPERATE", ctx=["economic", "natural_resource"], trig="logging deal", a=["A4", "A6"],
             st="occurred", rb="A5", inst="logging-deal"),
        dict(id="E5", type="ACCUSE", mode="disapprove", ctx=["legislative"], trig="motion@2", a=["A9"], r=["A2"],
             st="occurred", time=(None, "2025-11-06"), rb="A5", inst="no-confidence"),
        dict(id="E6", type="CONSULT", ctx=["corruption"], trig="met", a=["A2", "A5"], st="occurred",
             time=("Tuesday", "2025-11-04"), rb="A7"),
        dict(id="E7", type="SUPPORT", ctx=["corruption"], trig="agree", a=["A2", "A5"], st="negated", rb="A7"),
        dict(id="E8", type="ACCUSE", mode="investigate", ctx=["corruption"], trig="inquiry", st="hypothetical",
             rb="A7"),
        dict(id="E9", type="CONCEDE", ctx=["corruption"], trig="publish", a=["A2"], r=["A9"], st="hypothetical",
             rb="A2"),
        dict(id="E10", type="OTHER", ctx=["corruption"], trig="cleared", a=["A8"], st="hypothetical", rb="A2"),
        dict(id="E11", type="OTHER", ctx=["election"], trig="fight", a=["A9"], r=["A2"], st="hypothetical",
             rb="A2"),
        dict(id="E12", type="OTHER", ctx=["election"], trig="get", a=["A9"], st="hypothetical", rb="A2",
             loc=("the ballot box", None, None)),
        dict(id="E13", type="ACCUSE", mode="disapprove", ctx=["legislative"], trig="second motion", a=["A9"],
             r=["A2"], st="hypothetical", time=("February", "2026-02"), rb="A9"),
        dict(id="E14", type="SANCTION", mode="discontinue", ctx=["economic", "natural_resource"], trig="suspended",
             a=["A2"], r=["A6"], st="hypothetical", rb="A9", inst="logging-deal-suspension"),
        dict(id="E15", type="PROTEST", mode="boycott", ctx=["legislative"], trig="walked out", a=["A9"],
             r=["A2"], st="occurred", time=(None, "2025-11-06"),
             loc=("the chamber", "National Parliament of Solomon Islands", "SLB")),
        dict(id="E16", type="MOBILIZE", mode="police", ctx=["human_security"], trig="deployed", a=["A10"],
             st="occurred", loc=("the parliament building in Honiara", "National Parliament building, Honiara",
                                 "SLB"), rb="A10"),
        dict(id="E17", type="PROTEST", mode="riot", trig="riots", st="occurred", time=("2021", "2021")),
    ],
    stances=[
    ],
    conds=[
        ("C1", "if", "if", ["E10"], ["E9"], "A2"),
        ("C2", "if", "If", ["E11"], ["E12"], "A2"),
        ("C3", "unless", "unless", ["E14"], ["E13"], "A9"),
    ],
))

# ---------------------------------------------------------------- 09 OSCE / Turkmenistan
DOCS.append(dict(
    id="blind11-09-osce-turkmenistan-observers",
    title="OSCE watchdog sets terms for observing Turkmen election",
    published="2025-05-28",
    text=(
        "VIENNA (dpa) - The OSCE's election watchdog will not send observers to Turkmenistan's "
        "parliamentary election in July unless Ashgabat lets its monitors work without escorts, the "
        "organisation said on Wednesday.\n\n"
        "The Office for Democratic Institutions and Human Rights (ODIHR) said the Turkmen foreign ministry "
        "had refused visas to two members of its needs-assessment team last month and insisted that any "
        "observers stay in government-approved hotels. \"A mission that cannot talk to voters freely is not "
        "an observation mission,\" ODIHR director Katrin Møller told reporters in Warsaw.\n\n"
        "Turkmenistan's foreign ministry rejected the criticism. In a statement published by the state news "
        "agency TDH, it said the country welcomed international observers provided that they respected "
        "Turkmen law, and accused ODIHR of \"applying double standards\".\n\n"
        "Several Western delegations at the OSCE Permanent Council in Vienna urged Ashgabat to reconsider. "
        "A senior diplomat said the European Union would raise the matter with the Turkmen side at a human "
        "rights dialogue planned for June. Russia's envoy defended the government and called the "
        "watchdog's demands \"interference\".\n"
    ),
    actors=[
        ("A1", "Deutsche Presse-Agentur (dpa)", "media", "DEU", "news agency", ["dpa"]),
        ("A2", "OSCE Office for Democratic Institutions and Human Rights", "igo", None,
         "OSCE election-observation body",
         ["The OSCE's election watchdog", "its monitors", "the organisation",
          "The Office for Democratic Institutions and Human Rights (ODIHR)",
          "two members of its needs-assessment team", "ODIHR@3", "watchdog's"]),
        ("A3", "Turkmenistan", "government", "TKM", "Turkmen government",
         ["Turkmenistan's", "Ashgabat", "the Turkmen foreign ministry", "Turkmenistan's foreign ministry",
          "it", "the country", "Ashgabat@2", "the Turkmen side", "the government"]),
        ("A4", "international election observers", "group", None, "election observers",
         ["observers", "any observers", "international observers", "they"]),
        ("A5", "Katrin Møller", "person", None, "ODIHR director", ["ODIHR director Katrin Møller"]),
        ("A6", "Turkmen State News Agency (TDH)", "media", "TKM", "state news agency",
         ["the state news agency TDH"]),
        ("A7", "Western delegations to the OSCE", "government", None, "Western participating states",
         ["Several Western delegations"]),
        ("A8", "senior diplomat", "person", None, None, ["A senior diplomat"]),
        ("A9", "European Union", "igo", None, None, ["the European Union"]),
        ("A10", "Russian envoy to the OSCE", "person", "RUS", "Russia's envoy to the OSCE", ["Russia's envoy"]),
    ],
    events=[
        dict(id="E1", type="AID", ctx=["election"], trig="send", a=["A2"], r=["A3"], st="hypothetical",
             time=("July", "2025-07"), rb="A2", inst="odihr-mission"),
        dict(id="E2", type="RETREAT", mode="access", ctx=["election"], trig="lets", a=["A3"], r=["A2"],
             st="hypothetical", rb="A2"),
        dict(id="E3", type="REJECT", ctx=["election", "diplomatic"], trig="refused", a=["A3"], r=["A2"],
             st="occurred", time=("last month", "2025-04"), rb="A2"),
        dict(id="E4", type="REQUEST", ctx=["election"], trig="insisted", a=["A3"], r=["A2"], st="occurred",
             rb="A2"),
        dict(id="E5", type="REJECT", ctx=["election"], trig="rejected", a=["A3"], r=["A2"], st="occurred"),
        dict(id="E6", type="ACCUSE", mode="disapprove", ctx=["election"], trig="criticism", a=["A2"], r=["A3"],
             st="occurred"),
        dict(id="E7", type="SUPPORT", ctx=["election"], trig="welcomed", a=["A3"], r=["A4"], st="hypothetical",
             rb="A3"),
        dict(id="E8", type="OTHER", ctx=["election", "legal"], trig="respected", a=["A4"], st="hypothetical",
             rb="A3"),
        dict(id="E9", type="ACCUSE", mode="disapprove", ctx=["election"], trig="accused", a=["A3"], r=["A2"],
             st="occurred", rb="A3"),
        dict(id="E10", type="REQUEST", mode="change", ctx=["election"], trig="urged", a=["A7"], r=["A3"],
             st="occurred", loc=("the OSCE Permanent Council in Vienna", "OSCE Permanent Council, Vienna", "AUT")),
        dict(id="E11", type="CONCEDE", ctx=["election"], trig="reconsider", a=["A3"], r=["A2"], st="desired",
             rb="A7"),
        dict(id="E12", type="CONSULT", ctx=["election", "human_rights"], trig="raise", a=["A9"], r=["A3"],
             st="planned", time=(None, "2025-06"), rb="A8", inst="eu-turkmen-dialogue"),
        dict(id="E13", type="CONSULT", ctx=["human_rights", "diplomatic"], trig="dialogue", a=["A9", "A3"],
             st="planned", time=("June", "2025-06"), rb="A8", inst="eu-turkmen-dialogue"),
        dict(id="E14", type="SUPPORT", ctx=["election", "diplomatic"], trig="defended", a=["A10"], r=["A3"],
             st="occurred"),
        dict(id="E15", type="REQUEST", ctx=["election"], trig="demands", a=["A2"], r=["A3"], st="occurred",
             rb="A10"),
    ],
    stances=[
        ("S1", "A3", "E6", "oppose", "rejected"),
        ("S3", "A7", "E11", "support", "urged"),
        ("S4", "A10", "A3", "support", "defended"),
        ("S5", "A10", "E15", "oppose", "interference"),
    ],
    conds=[
        ("C1", "only_if", "unless", ["E2"], ["E1"], "A2"),
        ("C2", "provided", "provided that", ["E8"], ["E7"], "A3"),
    ],
))

# ---------------------------------------------------------------- 05 El Salvador
DOCS.append(dict(
    id="blind11-05-el-salvador-court-ruling",
    title="Salvadoran court orders release of three detained journalists",
    published="2025-07-09",
    text=(
        "SAN SALVADOR, July 9 (EFE) - El Salvador's Supreme Court on Tuesday ordered the release of three "
        "journalists of an independent news website who had been held for 40 days under the country's state "
        "of exception, ruling that prosecutors had presented no evidence against them.\n\n"
        "The constitutional chamber gave the Attorney General's Office 48 hours to free the three men unless "
        "it filed formal charges in that period. The five judges also asked the Legislative Assembly to "
        "review the emergency regime, which lawmakers have extended every month since 2022.\n\n"
        "The website's director, Lucía Ramos, welcomed the ruling but said her colleagues should never have "
        "been arrested. \"Today the court did its job. We hope the government respects it,\" she told "
        "reporters.\n\n"
        "Attorney General Ernesto Gálvez said his office would comply, although he insisted the journalists "
        "had been in contact with gang members. Security Minister Carlos Mena said the government would ask "
        "the assembly to extend the regime again if homicides rose this summer.\n"
    ),
    actors=[
        ("A1", "EFE", "media", "ESP", "news agency", ["EFE"]),
        ("A2", "Supreme Court of El Salvador", "government", "SLV", "Supreme Court (constitutional chamber)",
         ["El Salvador's Supreme Court", "The constitutional chamber", "The five judges", "the court", "its"]),
        ("A3", "three detained journalists", "group", "SLV", "journalists of an independent news website",
         ["three journalists of an independent news website", "them", "the three men", "her colleagues",
          "the journalists"]),
        ("A4", "El Salvador", "government", "SLV", "Salvadoran government",
         ["the country's", "the government", "the government@2"]),
        ("A5", "Attorney General's Office of El Salvador", "government", "SLV", "prosecution service",
         ["prosecutors", "the Attorney General's Office", "it@1", "his office"]),
        ("A6", "Legislative Assembly of El Salvador", "government", "SLV", "parliament",
         ["the Legislative Assembly", "lawmakers", "the assembly"]),
        ("A7", "Lucía Ramos", "person", "SLV", "director of an independent news website",
         ["The website's director, Lucía Ramos", "We", "she"]),
        ("A8", "Ernesto Gálvez", "person", "SLV", "Attorney General of El Salvador",
         ["Attorney General Ernesto Gálvez", "he"]),
        ("A9", "gang members", "group", "SLV", None, ["gang members"]),
        ("A10", "Carlos Mena", "person", "SLV", "Security Minister of El Salvador",
         ["Security Minister Carlos Mena"]),
    ],
    events=[
        dict(id="E1", type="REQUEST", mode="yield", ctx=["legal", "rights_freedoms"], trig="ordered", a=["A2"],
             r=["A5"], st="occurred", time=("Tuesday", "2025-07-08")),
        dict(id="E2", type="RETREAT", mode="release", ctx=["legal", "rights_freedoms"], trig="release",
             a=["A5"], r=["A3"], st="planned", inst="journalists-release"),
        dict(id="E3", type="COERCE", mode="arrest", ctx=["repression", "rights_freedoms"], trig="held",
             a=["A4"], r=["A3"], st="ongoing"),
        dict(id="E4", type="COERCE", mode="martial-law", ctx=["repression"], trig="state of exception",
             a=["A4"], st="ongoing", inst="emergency-regime"),
        dict(id="E5", type="ACCUSE", ctx=["legal"], trig="presented", a=["A5"], r=["A3"], st="negated", rb="A2"),
        dict(id="E6", type="REQUEST", mode="yield", ctx=["legal"], trig="gave", a=["A2"], r=["A5"],
             st="occurred"),
        dict(id="E7", type="RETREAT", mode="release", ctx=["legal", "rights_freedoms"], trig="free", a=["A5"],
             r=["A3"], st="hypothetical", rb="A2", inst="journalists-release"),
        dict(id="E8", type="ACCUSE", ctx=["legal"], trig="filed", a=["A5"], r=["A3"], st="hypothetical", rb="A2"),
        dict(id="E9", type="REQUEST", ctx=["legislative", "legal"], trig="asked", a=["A2"], r=["A6"],
             st="occurred"),
        dict(id="E11", type="COERCE", mode="martial-law", ctx=["legislative", "repression"], trig="extended",
             a=["A6"], st="occurred", time=("every month since 2022", None)),
        dict(id="E12", type="SUPPORT", ctx=["legal"], trig="welcomed", a=["A7"], r=["A2"], st="occurred"),
        dict(id="E13", type="COERCE", mode="arrest", ctx=["repression", "rights_freedoms"], trig="arrested",
             r=["A3"], st="occurred", rb="A7"),
        dict(id="E14", type="CONCEDE", ctx=["legal"], trig="respects", a=["A4"], r=["A2"], st="desired", rb="A7"),
        dict(id="E15", type="CONCEDE", ctx=["legal"], trig="comply", a=["A5"], r=["A2"], st="planned", rb="A8"),
        dict(id="E16", type="ACCUSE", mode="allege", ctx=["legal", "crime"], trig="insisted", a=["A8"], r=["A3"],
             st="occurred"),
        dict(id="E17", type="REQUEST", ctx=["legislative", "crime"], trig="ask", a=["A4"], r=["A6"],
             st="hypothetical", rb="A10"),
        dict(id="E18", type="COERCE", mode="martial-law", ctx=["repression", "crime"], trig="extend", a=["A6"],
             st="hypothetical", rb="A10"),
        dict(id="E19", type="OTHER", ctx=["crime"], trig="rose", st="hypothetical",
             time=("this summer", None), rb="A10"),
    ],
    stances=[
        ("S1", "A7", "E1", "support", "welcomed"),
        ("S2", "A7", "E13", "oppose", "should never have been"),
        ("S3", "A7", "E14", "support", "hope"),
    ],
    conds=[
        ("C1", "unless", "unless", ["E8"], ["E7"], "A2"),
        ("C2", "if", "if", ["E19"], ["E17", "E18"], "A10"),
    ],
))

# ---------------------------------------------------------------- 07 Chad
DOCS.append(dict(
    id="blind11-07-chad-fact-truce",
    title="Chad and FACT rebels agree conditional 30-day truce in Tibesti",
    published="2025-04-24",
    text=(
        "N'DJAMENA (Reuters) - Chad's government and the rebel Front for Change and Concord in Chad (FACT) "
        "agreed on Wednesday to a 30-day truce in the Tibesti region, the African Union mediator said, but "
        "each side attached conditions that could unravel it within days.\n\n"
        "The rebels will free 23 captured soldiers as long as the army halts air strikes on their positions "
        "near Zouar, AU envoy Moussa Diarra told reporters after two days of talks in Lomé. The government, "
        "for its part, has promised an amnesty to fighters who lay down their weapons, but only if FACT "
        "commanders hand over a list of their men by May 10.\n\n"
        "\"We have signed nothing permanent. The ceasefire holds only as long as the other side respects "
        "it,\" a FACT spokesman said by telephone. He accused the army of shelling a village on Monday, "
        "killing four civilians, a charge the defence ministry denied.\n\n"
        "The AU Peace and Security Council is expected to discuss sending monitors next week. Diarra said he "
        "hoped both delegations would return to Lomé in May.\n"
    ),
    actors=[
        ("A1", "Reuters", "media", "GBR", "news agency", ["Reuters"]),
        ("A2", "Chad", "government", "TCD", "Chadian government",
         ["Chad's government", "each side", "The government", "its", "the other side", "the defence ministry",
          "both delegations"]),
        ("A3", "Front for Change and Concord in Chad (FACT)", "group", "TCD", "rebel group",
         ["the rebel Front for Change and Concord in Chad (FACT)", "each side", "The rebels", "their@1",
          "FACT commanders", "their@3", "We", "both delegations"]),
        ("A4", "Moussa Diarra", "person", None, "African Union envoy and mediator",
         ["the African Union mediator", "AU envoy Moussa Diarra", "Diarra@2", "he"]),
        ("A5", "captured Chadian soldiers", "group", "TCD", "soldiers held by FACT", ["23 captured soldiers"]),
        ("A6", "Chadian army", "government", "TCD", "Chadian National Army", ["the army", "the army@2"]),
        ("A7", "FACT fighters", "group", "TCD", "rebel fighters", ["fighters", "their@2"]),
        ("A8", "FACT spokesman", "person", "TCD", "spokesman of FACT", ["a FACT spokesman", "He"]),
        ("A9", "civilians killed near Zouar", "group", "TCD", None, ["four civilians"]),
        ("A10", "AU Peace and Security Council", "igo", None, "African Union organ",
         ["The AU Peace and Security Council"]),
    ],
    events=[
        dict(id="E1", type="SUPPORT", ctx=["military", "peacekeeping"], trig="agreed", a=["A2", "A3"],
             st="occurred", time=("Wednesday", "2025-04-23"), rb="A4", inst="tibesti-truce-deal"),
        dict(id="E2", type="RETREAT", mode="ceasefire", ctx=["military"], trig="truce", a=["A2", "A3"],
             st="ongoing", loc=("the Tibesti region", "Tibesti Region", "TCD"), rb="A4", inst="tibesti-truce"),
        dict(id="E4", type="RETREAT", mode="release", ctx=["military"], trig="free", a=["A3"], r=["A5"],
             st="hypothetical", rb="A4"),
        dict(id="E5", type="RETREAT", mode="ceasefire", ctx=["military"], trig="halts", a=["A6"], r=["A3"],
             st="hypothetical", rb="A4"),
        dict(id="E6", type="ASSAULT", mode="aerial", ctx=["military"], trig="air strikes", a=["A6"], r=["A3"],
             st="ongoing", loc=("Zouar", "Zouar", "TCD"), rb="A4"),
        dict(id="E7", type="CONSULT", mode="third-party", ctx=["military", "peacekeeping"], trig="talks",
             a=["A2", "A3"], st="occurred", time=("two days", None), loc=("Lomé", "Lomé", "TGO"),
             inst="lome-talks"),
        dict(id="E8", type="AGREE", ctx=["military"], trig="promised", a=["A2"], r=["A7"], st="occurred"),
        dict(id="E9", type="CONCEDE", ctx=["military", "legal"], trig="amnesty", a=["A2"], r=["A7"],
             st="hypothetical"),
        dict(id="E10", type="COOPERATE", ctx=["military"], trig="hand over", a=["A3"], r=["A2"],
             st="hypothetical", time=("May 10", "2025-05-10")),
        dict(id="E11", type="SUPPORT", ctx=["military"], trig="signed", a=["A3"], r=["A2"], st="negated",
             rb="A8"),
        dict(id="E12", type="RETREAT", mode="ceasefire", ctx=["military"], trig="ceasefire", a=["A2", "A3"],
             st="hypothetical", rb="A8", inst="tibesti-truce"),
        dict(id="E13", type="RETREAT", mode="ceasefire", ctx=["military"], trig="respects", a=["A2"], r=["A3"],
             st="hypothetical", rb="A8"),
        dict(id="E14", type="ACCUSE", mode="allege", ctx=["military"], trig="accused", a=["A8"], r=["A6"],
             st="occurred"),
        dict(id="E15", type="ASSAULT", mode="heavy-weapons", ctx=["military"], trig="shelling", a=["A6"],
             st="occurred", time=("Monday", "2025-04-21"), rb="A8"),
        dict(id="E16", type="ASSAULT", ctx=["military"], trig="killing", a=["A6"], r=["A9"], st="occurred",
             time=(None, "2025-04-21"), rb="A8"),
        dict(id="E17", type="REJECT", ctx=["military"], trig="denied", a=["A2"], r=["A3"], st="occurred"),
        dict(id="E18", type="CONSULT", ctx=["peacekeeping"], trig="discuss", a=["A10"], st="planned",
             time=("next week", None)),
        dict(id="E19", type="AID", ctx=["peacekeeping"], trig="sending", a=["A10"], st="hypothetical"),
        dict(id="E20", type="CONSULT", mode="third-party", ctx=["military", "peacekeeping"], trig="return",
             a=["A2", "A3"], st="desired", time=("May@2", "2025-05"), loc=("Lomé@2", "Lomé", "TGO"), rb="A4",
             inst="lome-talks-2"),
    ],
    stances=[
        ("S2", "A4", "E20", "support", "hoped"),
    ],
    conds=[
        ("C1", "provided", "as long as", ["E5"], ["E4"], "A4"),
        ("C2", "only_if", "only if", ["E10"], ["E9"], "A2"),
        ("C3", "only_if", "only as long as", ["E13"], ["E12"], "A8"),
    ],
))

# ---------------------------------------------------------------- 10 Ireland
DOCS.append(dict(
    id="blind11-10-ireland-triple-lock-debate",
    title="Dáil debates end of 'triple lock' on overseas deployments",
    published="2025-01-30",
    text=(
        "DUBLIN - The Dáil on Wednesday began debating a government bill that would scrap the \"triple "
        "lock\", the rule that Irish troops can serve on overseas missions only if the UN Security Council, "
        "the cabinet and the Dáil all approve.\n\n"
        "Defence Minister Siobhán Keane told TDs that a single veto on the Security Council should not decide "
        "where Ireland keeps the peace. \"Russia blocked the Golan mandate last year. If that happens again, "
        "our soldiers will come home whether Ireland wants it or not,\" she said. \"We are not joining NATO. "
        "We are taking back a decision that belongs to this House.\"\n\n"
        "Sinn Féin's defence spokesman, Cathal Breen, said his party would oppose the bill at every stage and "
        "accused the coalition of using it to drag Ireland into European military structures. \"The minister "
        "says neutrality is safe. Then why is she in such a hurry?\" he asked.\n\n"
        "Labour said it could back the bill provided that a two-thirds Dáil majority was required for any "
        "deployment. A vote is expected before Easter.\n"
    ),
    actors=[
        ("A1", "Dáil Éireann", "government", "IRL", "lower house of the Irish parliament",
         ["The Dáil", "the Dáil", "TDs", "this House"]),
        ("A2", "Ireland", "government", "IRL", "Irish government",
         ["the cabinet", "Ireland", "Ireland@2", "We", "We@2", "the coalition", "Ireland@3"]),
        ("A3", "United Nations Security Council", "igo", None, None,
         ["the UN Security Council", "the Security Council"]),
        ("A4", "Irish Defence Forces", "government", "IRL", "Irish armed forces", ["Irish troops", "our soldiers"]),
        ("A5", "Siobhán Keane", "person", "IRL", "Minister for Defence of Ireland",
         ["Defence Minister Siobhán Keane", "she", "The minister", "she@2"]),
        ("A6", "Russia", "government", "RUS", "Russian government", ["Russia"]),
        ("A7", "NATO", "igo", None, None, ["NATO"]),
        ("A8", "Sinn Féin", "organization", "IRL", "opposition party", ["his party"]),
        ("A9", "Cathal Breen", "person", "IRL", "Sinn Féin defence spokesman",
         ["Sinn Féin's defence spokesman, Cathal Breen", "he"]),
        ("A10", "Labour Party (Ireland)", "organization", "IRL", "opposition party", ["Labour", "it@3"]),
    ],
    events=[
        dict(id="E1", type="AID", ctx=["military", "peacekeeping"], trig="serve", a=["A4"], st="hypothetical"),
        dict(id="E2", type="SUPPORT", ctx=["military", "peacekeeping"], trig="approve", a=["A3", "A2", "A1"],
             r=["A4"], st="hypothetical"),
        dict(id="E3", type="REJECT", ctx=["peacekeeping"], trig="blocked", a=["A6"], r=["A3"], st="occurred",
             time=("last year", "2024"), loc=(None, "Golan Heights", None), rb="A5"),
        dict(id="E4", type="REJECT", ctx=["peacekeeping"], trig="happens", a=["A6"], r=["A3"], st="hypothetical",
             rb="A5"),
        dict(id="E5", type="RETREAT", mode="withdraw", ctx=["military", "peacekeeping"], trig="come home",
             a=["A4"], st="hypothetical", rb="A5"),
        dict(id="E6", type="COOPERATE", ctx=["military"], trig="joining", a=["A2"], r=["A7"], st="negated",
             rb="A5"),
        dict(id="E7", type="REJECT", ctx=["legislative", "military"], trig="oppose", a=["A8"], r=["A2"],
             st="planned", rb="A9"),
        dict(id="E8", type="ACCUSE", mode="disapprove", ctx=["military"], trig="accused", a=["A9"], r=["A2"],
             st="occurred"),
        dict(id="E9", type="SUPPORT", ctx=["legislative", "military"], trig="back@2", a=["A10"], r=["A2"],
             st="hypothetical", rb="A10"),
        dict(id="E10", type="OTHER", ctx=["legislative"], trig="required", st="hypothetical", rb="A10"),
    ],
    stances=[
        ("S1", "A8", ("span", "the bill"), "oppose", "oppose"),
    ],
    conds=[
        ("C1", "only_if", "only if", ["E2"], ["E1"], None),
        ("C2", "if", "If", ["E4"], ["E5"], "A5"),
        ("C3", "provided", "provided that", ["E10"], ["E9"], "A10"),
    ],
))
