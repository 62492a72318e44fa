"""Passages and gold annotations of blind16 (read by _build.py).

Actor tuples: (local id, canonical name, kind, country, role, [mention specs]).
Span specs: "words" = first word-bounded occurrence, "words@n" = n-th occurrence.
"""

DOCS: list[dict] = []

# ---------------------------------------------------------------- 01 Nepal (Reuters)
DOCS.append(dict(
    id="blind16-01-nepal-no-confidence",
    title="Nepal opposition files no-confidence motion against PM Adhikari",
    published="2026-03-12",
    text=(
        "KATHMANDU, March 12 (Reuters) - Nepal's main opposition party filed a no-confidence motion against "
        "Prime Minister Bishnu Adhikari on Thursday, accusing his government of stalling reconstruction in "
        "districts hit by last year's earthquake.\n\n"
        "The Communist Party of Nepal-Unified Marxist Leninist (CPN-UML) said the vote could take place as "
        "early as next Tuesday. Its chief whip, Sarita Gurung, told reporters that 14 lawmakers from the "
        "ruling alliance had promised to back the motion. \"If even half of them keep their word, this "
        "government falls,\" she said.\n\n"
        "Adhikari dismissed the motion as \"a cynical stunt\" and said he would not resign. His main "
        "coalition partner, the Janata Samajbadi Party, said it would stand by the prime minister provided "
        "that he reshuffled the cabinet before the vote.\n\n"
        "Speaker Ramesh Thapa will meet Adhikari and Gurung on Friday to fix a date for the debate, his "
        "office said. A Western diplomat in Kathmandu said New Delhi and Beijing preferred continuity, since "
        "both had signed hydropower deals with the current cabinet.\n\n"
        "Nepal has had 14 governments since the monarchy was abolished in 2008, and no prime minister has "
        "completed a five-year term.\n"
    ),
    actors=[
        ("REU", "Reuters", "media", "GBR", "news agency", ["Reuters"]),
        ("UML", "Communist Party of Nepal (Unified Marxist-Leninist)", "organization", "NPL",
         "main opposition party",
         ["Nepal's main opposition party", "The Communist Party of Nepal-Unified Marxist Leninist", "CPN-UML"]),
        ("ADH", "Bishnu Adhikari", "person", "NPL", "Prime Minister of Nepal",
         ["Prime Minister Bishnu Adhikari", "Adhikari@2", "he", "the prime minister", "he@2", "Adhikari@3"]),
        ("GOV", "Nepal", "government", "NPL", "Government of Nepal (cabinet)",
         ["his government", "this government", "the cabinet", "the current cabinet"]),
        ("GUR", "Sarita Gurung", "person", "NPL", "chief whip of the CPN-UML",
         ["Its chief whip, Sarita Gurung", "she", "Gurung@2"]),
        ("LAW", "14 ruling-alliance lawmakers", "group", "NPL", "lawmakers of the ruling alliance",
         ["14 lawmakers from the ruling alliance", "them", "their"]),
        ("JSP", "Janata Samajbadi Party", "organization", "NPL", "coalition partner",
         ["His main coalition partner, the Janata Samajbadi Party", "it"]),
        ("THA", "Ramesh Thapa", "person", "NPL", "Speaker of the House of Representatives",
         ["Speaker Ramesh Thapa"]),
        ("OFF", "Office of the Speaker", "government", "NPL", "Speaker's office", ["his office"]),
        ("DIP", "Western diplomat in Kathmandu", "person", None, "diplomat", ["A Western diplomat in Kathmandu"]),
        ("IND", "India", "government", "IND", "Indian government", ["New Delhi", "both"]),
        ("CHN", "China", "government", "CHN", "Chinese government", ["Beijing", "both"]),
    ],
    events=[
        dict(id="motion1", type="ACCUSE", mode="disapprove", ctx=["legislative"], trig="motion", a=["UML"],
             r=["ADH"], st="occurred", time=("Thursday", "2026-03-12"), inst="no-confidence-motion"),
        dict(id="accusing", type="ACCUSE", mode="allege", ctx=["executive", "disasters"], trig="accusing",
             a=["UML"], r=["GOV"], st="occurred", time=(None, "2026-03-12")),
        dict(id="vote1", type="ACCUSE", mode="disapprove", ctx=["legislative"], trig="vote", r=["ADH"],
             st="planned", time=("next Tuesday", "2026-03-17"), rb="UML", inst="no-confidence-vote"),
        dict(id="promised", type="AGREE", ctx=["legislative"], trig="promised", a=["LAW"], r=["UML"],
             st="occurred", rb="GUR"),
        dict(id="back", type="SUPPORT", ctx=["legislative"], trig="back", a=["LAW"], r=["UML"], st="planned",
             rb="GUR"),
        dict(id="motion2", type="ACCUSE", mode="disapprove", ctx=["legislative"], trig="motion@2", a=["UML"],
             r=["ADH"], st="occurred", rb="GUR", inst="no-confidence-motion"),
        dict(id="keep", type="SUPPORT", ctx=["legislative"], trig="keep", a=["LAW"], r=["UML"],
             st="hypothetical", rb="GUR"),
        dict(id="falls", type="OTHER", ctx=["executive"], trig="falls", a=["GOV"], st="hypothetical", rb="GUR"),
        dict(id="dismissed", type="REJECT", ctx=["legislative"], trig="dismissed", a=["ADH"], r=["UML"],
             st="occurred"),
        dict(id="motion3", type="ACCUSE", mode="disapprove", ctx=["legislative"], trig="motion@3", a=["UML"],
             r=["ADH"], st="occurred", inst="no-confidence-motion"),
        dict(id="resign", type="RETREAT", mode="resign", ctx=["executive"], trig="resign", a=["ADH"],
             st="negated", rb="ADH"),
        dict(id="standby", type="SUPPORT", ctx=["executive"], trig="stand by", a=["JSP"], r=["ADH"],
             st="hypothetical", rb="JSP"),
        dict(id="reshuffled", type="OTHER", ctx=["executive"], trig="reshuffled", a=["ADH"], r=["GOV"],
             st="hypothetical", rb="JSP"),
        dict(id="vote2", type="ACCUSE", mode="disapprove", ctx=["legislative"], trig="vote@2", r=["ADH"],
             st="planned", time=(None, "2026-03-17"), rb="JSP", inst="no-confidence-vote"),
        dict(id="meet", type="CONSULT", ctx=["legislative"], trig="meet", a=["THA"], r=["ADH", "GUR"],
             st="planned", time=("Friday", "2026-03-13"), rb="OFF"),
        dict(id="signed", type="SUPPORT", ctx=["economic"], trig="signed", a=["IND", "CHN"], r=["GOV"],
             st="occurred", rb="DIP"),
    ],
    stances=[
        ("S1", "ADH", "motion3", "oppose", "dismissed"),
        ("S2", "JSP", "standby", "support", "stand by"),
        ("S3", "IND", ("span", "continuity"), "support", "preferred"),
        ("S4", "CHN", ("span", "continuity"), "support", "preferred"),
    ],
    conds=[
        ("C1", "if", "If", ["keep"], ["falls"], "GUR"),
        ("C2", "provided", "provided that", ["reshuffled"], ["standby"], "JSP"),
    ],
))

# ---------------------------------------------------------------- 02 Ethiopia / Eritrea (demonyms, capitals)
DOCS.append(dict(
    id="blind16-02-ethiopia-eritrea-prisoner-swap",
    title="Ethiopia and Eritrea swap 212 prisoners under Red Cross deal",
    published="2026-05-20",
    text=(
        "NAIROBI - Ethiopia and Eritrea exchanged 212 prisoners at the Zalambessa crossing on Tuesday, the "
        "first swap since the two neighbours fought a border war a quarter of a century ago.\n\n"
        "Addis Ababa handed over 140 Eritrean soldiers captured during clashes in 2024, while Asmara released "
        "72 Ethiopian militiamen from Tigray, according to the International Committee of the Red Cross "
        "(ICRC), which mediated the talks and supervised the transfer.\n\n"
        "\"We are satisfied. The Eritreans kept every promise they made to us,\" said Dawit Alemu, a "
        "spokesman for the Ethiopian foreign ministry. He said a second exchange could follow next month as "
        "long as Asmara allowed ICRC delegates to visit detainees still held at Adi Abeito.\n\n"
        "Asmara did not confirm the figures. Eritrea's information minister, Berhane Tesfay, wrote on social "
        "media that his government \"welcomes any step toward normal relations\" but gave no number for the "
        "prisoners it still holds.\n\n"
        "Tigrayan officials in Mekelle complained that they had been kept out of the talks, and the Tigray "
        "People's Liberation Front (TPLF) demanded that its fighters be included in the next round.\n\n"
        "Relations between the two capitals have been frozen since Eritrean troops withdrew from northern "
        "Ethiopia in 2023. Washington and Brussels welcomed the swap on Tuesday evening.\n"
    ),
    actors=[
        ("ETH", "Ethiopia", "government", "ETH", "Ethiopian government",
         ["Ethiopia", "the two neighbours", "Addis Ababa", "We", "us", "the two capitals"]),
        ("ERI", "Eritrea", "government", "ERI", "Eritrean government",
         ["Eritrea", "the two neighbours", "Asmara", "The Eritreans", "they", "Asmara@2", "Asmara@3",
          "his government", "it", "the two capitals"]),
        ("SOLD", "140 Eritrean soldiers", "group", "ERI", "Eritrean soldiers held in Ethiopia",
         ["140 Eritrean soldiers"]),
        ("MIL", "72 Ethiopian militiamen", "group", "ETH", "Tigrayan militiamen held in Eritrea",
         ["72 Ethiopian militiamen from Tigray"]),
        ("ICRC", "International Committee of the Red Cross", "organization", None, "humanitarian organisation",
         ["the International Committee of the Red Cross", "ICRC", "ICRC delegates"]),
        ("DAW", "Dawit Alemu", "person", "ETH", "spokesman for the Ethiopian foreign ministry",
         ["Dawit Alemu, a spokesman for the Ethiopian foreign ministry", "He"]),
        ("DET", "detainees held in Eritrea", "group", None, "prisoners still held by Eritrea",
         ["detainees", "the prisoners"]),
        ("BER", "Berhane Tesfay", "person", "ERI", "Eritrean information minister",
         ["Eritrea's information minister, Berhane Tesfay"]),
        ("TIG", "Tigrayan officials", "group", "ETH", "officials of the Tigray regional administration",
         ["Tigrayan officials in Mekelle", "they@2"]),
        ("TPLF", "Tigray People's Liberation Front", "organization", "ETH", "Tigrayan party and armed movement",
         ["the Tigray People's Liberation Front", "TPLF", "its fighters"]),
        ("ETR", "Eritrean Defence Forces", "government", "ERI", "Eritrean army", ["Eritrean troops"]),
        ("USA", "United States", "government", "USA", "US government", ["Washington"]),
        ("EU", "European Union", "igo", None, None, ["Brussels"]),
    ],
    events=[
        dict(id="exchanged", type="RETREAT", mode="release", ctx=["military", "human_rights"], trig="exchanged",
             a=["ETH", "ERI"], st="occurred", time=("Tuesday", "2026-05-19"),
             loc=("the Zalambessa crossing", "Zalambessa", "ETH"), inst="prisoner-swap"),
        dict(id="swap1", type="RETREAT", mode="release", ctx=["military", "human_rights"], trig="swap",
             a=["ETH", "ERI"], st="occurred", time=(None, "2026-05-19"), inst="prisoner-swap"),
        dict(id="fought", type="ASSAULT", ctx=["military", "territory"], trig="fought", a=["ETH", "ERI"],
             st="occurred", time=("a quarter of a century ago", None)),
        dict(id="handed", type="RETREAT", mode="release", ctx=["military"], trig="handed over", a=["ETH"],
             r=["SOLD"], st="occurred", time=(None, "2026-05-19"), rb="ICRC", inst="prisoner-swap"),
        dict(id="captured", type="COERCE", mode="arrest", ctx=["military"], trig="captured", a=["ETH"],
             r=["SOLD"], st="occurred", time=(None, "2024"), rb="ICRC"),
        dict(id="clashes", type="ASSAULT", ctx=["military"], trig="clashes", a=["ETH", "ERI"], st="occurred",
             time=("2024", "2024"), rb="ICRC"),
        dict(id="released", type="RETREAT", mode="release", ctx=["military"], trig="released", a=["ERI"],
             r=["MIL"], st="occurred", time=(None, "2026-05-19"), rb="ICRC", inst="prisoner-swap"),
        dict(id="mediated", type="CONSULT", mode="third-party", ctx=["diplomatic"], trig="mediated", a=["ICRC"],
             r=["ETH", "ERI"], st="occurred", inst="swap-talks"),
        dict(id="talks1", type="CONSULT", mode="third-party", ctx=["diplomatic"], trig="talks",
             a=["ETH", "ERI"], st="occurred", inst="swap-talks"),
        dict(id="supervised", type="AID", ctx=["human_rights"], trig="supervised", a=["ICRC"],
             r=["ETH", "ERI"], st="occurred", time=(None, "2026-05-19")),
        dict(id="transfer", type="RETREAT", mode="release", ctx=["military"], trig="transfer",
             a=["ETH", "ERI"], st="occurred", time=(None, "2026-05-19"), inst="prisoner-swap"),
        dict(id="kept", type="CONCEDE", ctx=["diplomatic"], trig="kept", a=["ERI"], r=["ETH"], st="occurred",
             rb="DAW"),
        dict(id="promise", type="AGREE", ctx=["diplomatic"], trig="promise", a=["ERI"], r=["ETH"],
             st="occurred", rb="DAW"),
        dict(id="exchange2", type="RETREAT", mode="release", ctx=["military", "human_rights"], trig="exchange",
             a=["ETH", "ERI"], st="hypothetical", time=("next month", "2026-06"), rb="DAW", inst="second-swap"),
        dict(id="allowed", type="RETREAT", mode="access", ctx=["human_rights"], trig="allowed", a=["ERI"],
             r=["ICRC"], st="hypothetical", rb="DAW"),
        dict(id="held", type="COERCE", mode="arrest", ctx=["human_rights"], trig="held", a=["ERI"], r=["DET"],
             st="ongoing", loc=("Adi Abeito", "Adi Abeito", "ERI"), rb="DAW"),
        dict(id="holds", type="COERCE", mode="arrest", ctx=["human_rights"], trig="holds", a=["ERI"],
             r=["DET"], st="ongoing", rb="BER"),
        dict(id="complained", type="ACCUSE", mode="disapprove", ctx=["diplomatic"], trig="complained",
             a=["TIG"], st="occurred"),
        dict(id="talks2", type="CONSULT", mode="third-party", ctx=["diplomatic"], trig="talks@2",
             a=["ETH", "ERI"], st="occurred", rb="TIG", inst="swap-talks"),
        dict(id="demanded", type="REQUEST", ctx=["military", "human_rights"], trig="demanded", a=["TPLF"],
             st="occurred"),
        dict(id="included", type="RETREAT", mode="release", ctx=["military"], trig="included", r=["TPLF"],
             st="desired", rb="TPLF"),
        dict(id="frozen", type="SANCTION", ctx=["diplomatic"], trig="frozen", a=["ETH", "ERI"], st="ongoing"),
        dict(id="withdrew", type="RETREAT", mode="withdraw", ctx=["military"], trig="withdrew", a=["ETR"],
             r=["ETH"], st="occurred", time=("2023", "2023"),
             loc=("northern Ethiopia", "northern Ethiopia", "ETH")),
        dict(id="welcomed", type="SUPPORT", ctx=["diplomatic"], trig="welcomed", a=["USA", "EU"],
             r=["ETH", "ERI"], st="occurred", time=("Tuesday evening", "2026-05-19")),
        dict(id="swap2", type="RETREAT", mode="release", ctx=["military", "human_rights"], trig="swap@2",
             a=["ETH", "ERI"], st="occurred", time=(None, "2026-05-19"), inst="prisoner-swap"),
    ],
    stances=[
        ("S1", "ETH", "exchanged", "support", "satisfied"),
        ("S2", "ERI", ("span", "any step toward normal relations"), "support", "welcomes"),
        ("S3", "TPLF", "included", "support", "demanded"),
        ("S4", "USA", "swap2", "support", "welcomed"),
        ("S5", "EU", "swap2", "support", "welcomed"),
    ],
    conds=[
        ("C1", "provided", "as long as", ["allowed"], ["exchange2"], "DAW"),
    ],
))

# ---------------------------------------------------------------- 03 Dominican Republic (AP)
DOCS.append(dict(
    id="blind16-03-dominican-extradition",
    title="Dominican top court clears extradition of ex-senator to US",
    published="2026-08-14",
    text=(
        "SANTO DOMINGO, Dominican Republic (AP) - The Dominican Republic's Supreme Court on Thursday approved "
        "the extradition of businessman Rafael Cordero Peña to the United States, where he faces "
        "money-laundering charges linked to a Colombian cocaine network.\n\n"
        "The ruling leaves the final word with President Ramón Estévez. A presidential spokesman said Estévez "
        "would sign the order \"in the coming days\" unless the defense filed a constitutional appeal.\n\n"
        "Cordero, a former senator, denies the charges. His attorney, Ana Lucía Brito, said she would take "
        "the case to the Inter-American Commission on Human Rights if the president signed. \"We reject this "
        "ruling. My client is a political scapegoat,\" Brito said outside the court.\n\n"
        "The U.S. Embassy welcomed the decision and said Washington had requested Cordero's handover in March "
        "2025.\n\n"
        "The opposition People's Force (FP) accused the government of double standards and called for an "
        "investigation into Cordero's campaign donations to the ruling party.\n\n"
        "The Dominican Republic extradited 38 people to the United States last year, according to the "
        "attorney general's office.\n"
    ),
    actors=[
        ("AP", "Associated Press", "media", "USA", "news agency", ["AP"]),
        ("COURT", "Supreme Court of Justice of the Dominican Republic", "government", "DOM", "Supreme Court",
         ["The Dominican Republic's Supreme Court"]),
        ("COR", "Rafael Cordero Peña", "person", "DOM", "businessman and former senator",
         ["businessman Rafael Cordero Peña", "he", "Cordero, a former senator", "My client", "Cordero's",
          "Cordero's@2"]),
        ("USA", "United States", "government", "USA", "US government",
         ["the United States", "The U.S. Embassy", "Washington", "the United States@2"]),
        ("EST", "Ramón Estévez", "person", "DOM", "President of the Dominican Republic",
         ["President Ramón Estévez", "Estévez@2", "the president"]),
        ("SPOK", "Dominican presidential spokesman", "person", "DOM", "presidential spokesman",
         ["A presidential spokesman"]),
        ("DEF", "Cordero's defence team", "group", "DOM", "defence lawyers", ["the defense", "We"]),
        ("BRITO", "Ana Lucía Brito", "person", "DOM", "Cordero's attorney",
         ["His attorney, Ana Lucía Brito", "she", "Brito@2"]),
        ("IACHR", "Inter-American Commission on Human Rights", "igo", None, "OAS human rights body",
         ["the Inter-American Commission on Human Rights"]),
        ("FP", "People's Force (Fuerza del Pueblo)", "organization", "DOM", "opposition party",
         ["The opposition People's Force", "FP"]),
        ("DOM", "Dominican Republic", "government", "DOM", "Dominican government",
         ["the government", "The Dominican Republic@2"]),
        ("RULING", "Dominican ruling party", "organization", "DOM", "governing party", ["the ruling party"]),
        ("AG", "Dominican Attorney General's Office", "government", "DOM", "prosecution service",
         ["the attorney general's office"]),
        ("P38", "38 extradited people", "group", None, "people extradited in 2025", ["38 people"]),
    ],
    events=[
        dict(id="approved", type="SUPPORT", ctx=["legal"], trig="approved", a=["COURT"], r=["USA"],
             st="occurred", time=("Thursday", "2026-08-13"), inst="court-ruling"),
        dict(id="extradition", type="COOPERATE", ctx=["legal", "crime"], trig="extradition", a=["DOM"],
             r=["USA"], st="planned", inst="cordero-extradition"),
        dict(id="charges1", type="ACCUSE", ctx=["legal", "crime"], trig="charges", a=["USA"], r=["COR"],
             st="ongoing", inst="us-charges"),
        dict(id="ruling1", type="SUPPORT", ctx=["legal"], trig="ruling", a=["COURT"], st="occurred",
             time=(None, "2026-08-13"), inst="court-ruling"),
        dict(id="sign", type="SUPPORT", ctx=["legal"], trig="sign", a=["EST"], r=["USA"], st="hypothetical",
             time=("in the coming days", None), rb="SPOK", inst="extradition-order"),
        dict(id="filed", type="ACCUSE", ctx=["legal"], trig="filed", a=["DEF"], st="hypothetical", rb="SPOK"),
        dict(id="denies", type="REJECT", ctx=["legal", "crime"], trig="denies", a=["COR"], r=["USA"],
             st="ongoing"),
        dict(id="charges2", type="ACCUSE", ctx=["legal", "crime"], trig="charges@2", a=["USA"], r=["COR"],
             st="ongoing", inst="us-charges"),
        dict(id="take", type="ACCUSE", ctx=["legal", "human_rights"], trig="take", a=["BRITO"], r=["DOM"],
             st="hypothetical", rb="BRITO"),
        dict(id="signed", type="SUPPORT", ctx=["legal"], trig="signed", a=["EST"], r=["USA"],
             st="hypothetical", rb="BRITO", inst="extradition-order"),
        dict(id="reject", type="REJECT", ctx=["legal"], trig="reject", a=["DEF"], r=["COURT"], st="occurred",
             rb="BRITO"),
        dict(id="ruling2", type="SUPPORT", ctx=["legal"], trig="ruling@2", a=["COURT"], st="occurred",
             rb="BRITO", inst="court-ruling"),
        dict(id="welcomed", type="SUPPORT", ctx=["legal"], trig="welcomed", a=["USA"], r=["COURT"],
             st="occurred"),
        dict(id="decision", type="SUPPORT", ctx=["legal"], trig="decision", a=["COURT"], st="occurred",
             inst="court-ruling"),
        dict(id="requested", type="REQUEST", ctx=["legal", "crime"], trig="requested", a=["USA"], r=["DOM"],
             st="occurred", time=("March 2025", "2025-03"), rb="USA"),
        dict(id="handover", type="COOPERATE", ctx=["legal", "crime"], trig="handover", a=["DOM"], r=["USA"],
             st="desired", rb="USA", inst="cordero-extradition"),
        dict(id="accused", type="ACCUSE", mode="allege", ctx=["legal"], trig="accused", a=["FP"], r=["DOM"],
             st="occurred"),
        dict(id="calledfor", type="REQUEST", ctx=["corruption"], trig="called for", a=["FP"], r=["DOM"],
             st="occurred"),
        dict(id="investigation", type="ACCUSE", mode="investigate", ctx=["corruption"], trig="investigation",
             r=["COR"], st="desired", rb="FP"),
        dict(id="donations", type="AID", ctx=["election"], trig="donations", a=["COR"], r=["RULING"],
             st="occurred", rb="FP"),
        dict(id="extradited", type="COOPERATE", ctx=["legal", "crime"], trig="extradited", a=["DOM"],
             r=["USA"], st="occurred", time=("last year", "2025"), rb="AG"),
    ],
    stances=[
        ("S1", "DEF", "ruling2", "oppose", "reject"),
        ("S2", "USA", "decision", "support", "welcomed"),
        ("S3", "FP", "investigation", "support", "called for"),
    ],
    conds=[
        ("C1", "unless", "unless", ["filed"], ["sign"], "SPOK"),
        ("C2", "if", "if", ["signed"], ["take"], "BRITO"),
    ],
))

# ---------------------------------------------------------------- 04 Black Sea (negations, denials)
DOCS.append(dict(
    id="blind16-04-black-sea-trawler-collision",
    title="Turkey and Russia trade denials over Black Sea trawler collision",
    published="2026-07-09",
    text=(
        "ISTANBUL - Turkey and Russia traded denials on Wednesday over a collision between a Russian navy "
        "patrol boat and a Turkish fishing trawler off the port of Sinop that left two fishermen injured.\n\n"
        "The Russian Defence Ministry said its vessel had not rammed the trawler and had not opened fire, "
        "insisting the Turkish crew had ignored repeated radio calls. \"No weapons were used. Nobody was "
        "detained,\" the ministry said in a statement.\n\n"
        "Ankara rejected that account. Foreign Minister Selin Kaya said the trawler never left Turkish waters "
        "and that Turkey would not accept \"any version written in Moscow\". She did not rule out summoning "
        "the Russian ambassador but said no decision had been taken.\n\n"
        "The Kremlin denied reports that it had asked Ankara to keep the incident quiet. Spokesman Oleg "
        "Voronin said Moscow did not want a diplomatic row with its NATO neighbour.\n\n"
        "The trawler's owner, Mehmet Yıldız, told Reuters that nobody from the Russian side had contacted him "
        "or apologised.\n\n"
        "Turkey controls access to the Black Sea under the 1936 Montreux Convention and has kept the "
        "Bosphorus closed to warships since 2022.\n"
    ),
    actors=[
        ("TUR", "Turkey", "government", "TUR", "Turkish government",
         ["Turkey", "Ankara", "Turkey@2", "Ankara@2", "its NATO neighbour", "Turkey@3"]),
        ("RUS", "Russia", "government", "RUS", "Russian government",
         ["Russia", "The Russian Defence Ministry", "the ministry", "Moscow", "The Kremlin", "it",
          "Moscow@2", "the Russian side"]),
        ("BOAT", "Russian navy patrol boat", "government", "RUS", "Russian Navy patrol vessel and crew",
         ["a Russian navy patrol boat", "its vessel"]),
        ("CREW", "Turkish trawler crew", "group", "TUR", "crew of a Turkish fishing trawler",
         ["a Turkish fishing trawler", "the trawler", "the Turkish crew", "the trawler@2"]),
        ("KAYA", "Selin Kaya", "person", "TUR", "Foreign Minister of Turkey", ["Foreign Minister Selin Kaya", "She"]),
        ("AMB", "Russian ambassador to Turkey", "person", "RUS", "ambassador", ["the Russian ambassador"]),
        ("VOR", "Oleg Voronin", "person", "RUS", "Kremlin spokesman", ["Spokesman Oleg Voronin"]),
        ("YIL", "Mehmet Yıldız", "person", "TUR", "owner of the trawler",
         ["The trawler's owner, Mehmet Yıldız", "him"]),
        ("REU", "Reuters", "media", "GBR", "news agency", ["Reuters"]),
    ],
    events=[
        dict(id="collision", type="ASSAULT", ctx=["military"], trig="collision", a=["BOAT"], r=["CREW"],
             st="occurred", loc=("Sinop", "Sinop", "TUR"), inst="sinop-collision"),
        dict(id="rammed", type="ASSAULT", ctx=["military"], trig="rammed", a=["BOAT"], r=["CREW"],
             st="negated", rb="RUS", inst="sinop-collision"),
        dict(id="fire", type="ASSAULT", mode="firearms", ctx=["military"], trig="opened fire", a=["BOAT"],
             r=["CREW"], st="negated", rb="RUS", inst="sinop-shooting"),
        dict(id="ignored", type="REJECT", ctx=["military"], trig="ignored", a=["CREW"], r=["BOAT"],
             st="occurred", rb="RUS"),
        dict(id="calls", type="REQUEST", ctx=["military"], trig="radio calls", a=["BOAT"], r=["CREW"],
             st="occurred", rb="RUS"),
        dict(id="used", type="ASSAULT", ctx=["military"], trig="used", a=["BOAT"], r=["CREW"], st="negated",
             rb="RUS", inst="sinop-shooting"),
        dict(id="detained", type="COERCE", mode="arrest", ctx=["military"], trig="detained", a=["BOAT"],
             r=["CREW"], st="negated", rb="RUS"),
        dict(id="rejected", type="REJECT", ctx=["diplomatic"], trig="rejected", a=["TUR"], r=["RUS"],
             st="occurred", time=(None, "2026-07-08")),
        dict(id="notaccept", type="REJECT", ctx=["diplomatic"], trig="would not accept", a=["TUR"], r=["RUS"],
             st="occurred", rb="KAYA"),
        dict(id="summoning", type="ACCUSE", mode="disapprove", ctx=["diplomatic"], trig="summoning",
             a=["TUR"], r=["AMB"], st="hypothetical", rb="KAYA"),
        dict(id="asked", type="REQUEST", ctx=["diplomatic"], trig="asked", a=["RUS"], r=["TUR"], st="negated",
             rb="RUS"),
        dict(id="incident", type="ASSAULT", ctx=["military"], trig="incident", a=["BOAT"], r=["CREW"],
             st="occurred", rb="RUS", inst="sinop-collision"),
        dict(id="row", type="ACCUSE", mode="disapprove", ctx=["diplomatic"], trig="row", a=["RUS", "TUR"],
             st="hypothetical", rb="VOR"),
        dict(id="contacted", type="CONSULT", ctx=["diplomatic"], trig="contacted", a=["RUS"], r=["YIL"],
             st="negated", rb="YIL"),
        dict(id="apologised", type="CONCEDE", ctx=["diplomatic"], trig="apologised", a=["RUS"], r=["YIL"],
             st="negated", rb="YIL"),
        dict(id="closed", type="COERCE", mode="restrict", ctx=["military"], trig="closed", a=["TUR"],
             st="ongoing", loc=("the Bosphorus", "Bosphorus", "TUR")),
    ],
    stances=[
        ("S1", "TUR", ("span", "that account"), "oppose", "rejected"),
        ("S2", "TUR", ("span", "any version written in Moscow"), "oppose", "would not accept"),
        ("S3", "KAYA", "summoning", "neutral", "did not rule out"),
        ("S4", "RUS", "row", "oppose", "did not want"),
    ],
    conds=[],
))

# ---------------------------------------------------------------- 05 Belgium (chain of conditions)
DOCS.append(dict(
    id="blind16-05-antwerp-dock-strike-lockout",
    title="Antwerp dockers threaten strike, employers answer with lockout threat",
    published="2026-10-06",
    text=(
        "ANTWERP - Dockers at the port of Antwerp-Bruges will stop work for 48 hours from Thursday if talks "
        "with the port employers' federation (CEPA) on early retirement fail again, the socialist union "
        "ABVV-BTB said on Monday.\n\n"
        "The federation answered with a threat of its own: in case the strike goes ahead, its members will "
        "lock out the striking crews for the rest of the week. \"If they walk out, then we keep the gates "
        "shut until they sign a no-strike pledge,\" CEPA director Pieter Claes said.\n\n"
        "The union wants the retirement age for crane drivers lowered to 60, a demand the employers call "
        "unaffordable. Its secretary, Nadia Mertens, said the dockers would call off the action provided that "
        "the federation put a written offer on the table by Wednesday. \"But we will not sign anything unless "
        "the government guarantees the funding,\" she added.\n\n"
        "Labour Minister Koen De Smet urged both sides to return to mediation and said the cabinet would step "
        "in only if the stoppage threatened fuel supplies to the rest of the country.\n\n"
        "Antwerp handles about a fifth of Europe's container traffic, and a three-day strike in 2024 cost "
        "shippers an estimated 60 million euros.\n"
    ),
    actors=[
        ("DOCK", "Antwerp-Bruges dockers", "group", "BEL", "port workers",
         ["Dockers at the port of Antwerp-Bruges", "the striking crews", "they", "they@2", "the dockers"]),
        ("CEPA", "CEPA (port employers' federation)", "organization", "BEL", "employers' federation of the port",
         ["the port employers' federation", "CEPA", "The federation", "its", "its members", "we",
          "the employers", "the federation", "both sides"]),
        ("ABVV", "ABVV-BTB", "organization", "BEL", "socialist transport union",
         ["the socialist union ABVV-BTB", "The union", "we@2", "both sides"]),
        ("CLAES", "Pieter Claes", "person", "BEL", "director of CEPA", ["CEPA director Pieter Claes"]),
        ("MERT", "Nadia Mertens", "person", "BEL", "secretary of ABVV-BTB", ["Its secretary, Nadia Mertens", "she"]),
        ("BEL", "Belgium", "government", "BEL", "Belgian federal government", ["the government", "the cabinet"]),
        ("DESMET", "Koen De Smet", "person", "BEL", "Labour Minister of Belgium", ["Labour Minister Koen De Smet"]),
    ],
    events=[
        dict(id="stopwork", type="PROTEST", mode="strike", ctx=["economic"], trig="stop work", a=["DOCK"],
             r=["CEPA"], st="hypothetical", time=("Thursday", "2026-10-08"),
             loc=(None, "Port of Antwerp-Bruges", "BEL"), rb="ABVV", inst="antwerp-strike"),
        dict(id="talks", type="CONSULT", ctx=["economic"], trig="talks", a=["ABVV", "CEPA"], st="ongoing",
             rb="ABVV"),
        dict(id="fail", type="OTHER", ctx=["economic"], trig="fail", st="hypothetical", rb="ABVV"),
        dict(id="threat", type="THREATEN", ctx=["economic"], trig="threat", a=["CEPA"], r=["ABVV"],
             st="occurred"),
        dict(id="strike1", type="PROTEST", mode="strike", ctx=["economic"], trig="strike", a=["DOCK"],
             r=["CEPA"], st="hypothetical", rb="CEPA", inst="antwerp-strike"),
        dict(id="lockout", type="SANCTION", ctx=["economic"], trig="lock out", a=["CEPA"], r=["DOCK"],
             st="hypothetical", rb="CEPA", inst="antwerp-lockout"),
        dict(id="walkout", type="PROTEST", mode="strike", ctx=["economic"], trig="walk out", a=["DOCK"],
             r=["CEPA"], st="hypothetical", rb="CLAES", inst="antwerp-strike"),
        dict(id="gates", type="SANCTION", ctx=["economic"], trig="keep the gates shut", a=["CEPA"], r=["DOCK"],
             st="hypothetical", rb="CLAES", inst="antwerp-lockout"),
        dict(id="sign1", type="CONCEDE", ctx=["economic"], trig="sign", a=["DOCK"], r=["CEPA"],
             st="hypothetical", rb="CLAES"),
        dict(id="lowered", type="RETREAT", ctx=["economic"], trig="lowered", a=["CEPA"], r=["DOCK"],
             st="desired"),
        dict(id="demand", type="REQUEST", mode="change", ctx=["economic"], trig="demand", a=["ABVV"],
             r=["CEPA"], st="occurred"),
        dict(id="calloff", type="RETREAT", ctx=["economic"], trig="call off", a=["DOCK"], r=["CEPA"],
             st="hypothetical", rb="MERT"),
        dict(id="action", type="PROTEST", mode="strike", ctx=["economic"], trig="action", a=["DOCK"],
             r=["CEPA"], st="hypothetical", rb="MERT", inst="antwerp-strike"),
        dict(id="offer", type="AGREE", ctx=["economic"], trig="offer", a=["CEPA"], r=["ABVV"],
             st="hypothetical", time=("Wednesday", "2026-10-07"), rb="MERT"),
        dict(id="sign2", type="SUPPORT", ctx=["economic"], trig="sign@2", a=["ABVV"], r=["CEPA"],
             st="hypothetical", rb="MERT"),
        dict(id="guarantees", type="AID", ctx=["economic"], trig="guarantees", a=["BEL"], r=["DOCK"],
             st="hypothetical", rb="MERT"),
        dict(id="urged", type="REQUEST", mode="meet", ctx=["economic"], trig="urged", a=["DESMET"],
             r=["ABVV", "CEPA"], st="occurred"),
        dict(id="mediation", type="CONSULT", mode="third-party", ctx=["economic"], trig="mediation",
             a=["ABVV", "CEPA"], st="desired", rb="DESMET"),
        dict(id="stepin", type="OTHER", ctx=["economic"], trig="step in", a=["BEL"], st="hypothetical",
             rb="DESMET"),
        dict(id="stoppage", type="PROTEST", mode="strike", ctx=["economic"], trig="stoppage", a=["DOCK"],
             r=["CEPA"], st="hypothetical", rb="DESMET", inst="antwerp-strike"),
        dict(id="threatened", type="OTHER", ctx=["economic"], trig="threatened", st="hypothetical",
             rb="DESMET"),
        dict(id="strike2024", type="PROTEST", mode="strike", ctx=["economic"], trig="strike@3", st="occurred",
             time=("2024", "2024"), loc=("Antwerp", "Antwerp", "BEL")),
    ],
    stances=[
        ("S1", "ABVV", "lowered", "support", "wants"),
        ("S2", "CEPA", "lowered", "oppose", "unaffordable"),
        ("S3", "DESMET", "mediation", "support", "urged"),
    ],
    conds=[
        ("C1", "if", "if", ["fail"], ["stopwork"], "ABVV"),
        ("C2", "if", "in case", ["strike1"], ["lockout"], "CEPA"),
        ("C3", "if", "If", ["walkout"], ["gates"], "CLAES"),
        ("C4", "provided", "provided that", ["offer"], ["calloff"], "MERT"),
        ("C5", "only_if", "unless", ["guarantees"], ["sign2"], "MERT"),
        ("C6", "only_if", "only if", ["threatened"], ["stepin"], "DESMET"),
    ],
))

# ---------------------------------------------------------------- 06 Norway (analysis, anonymous diplomats, hedges)
DOCS.append(dict(
    id="blind16-06-norway-barents-sanctions-relief",
    title="Analysis: Norway weighs a quiet sanctions thaw in the Barents Sea",
    published="2026-09-21",
    text=(
        "OSLO - Norway could reopen two northern ports to Russian fishing trawlers before the winter cod "
        "season, a step that would amount to the first sanctions relief any Western government has granted "
        "Moscow since 2022, three diplomats familiar with the discussions say.\n\n"
        "The centre-left government of Prime Minister Ingrid Solheim is said to favour a limited exemption for "
        "Kirkenes and Tromsø, arguing that a joint quota deal with Russia is the only thing keeping the Barents "
        "Sea cod stock healthy. One Nordic diplomat said Oslo may lift the restrictions as early as next "
        "month.\n\n"
        "Others are less sure. A European diplomat in Brussels said Finland and Denmark had privately warned "
        "Norway that any exemption could weaken the European Union's sanctions regime. \"Oslo will be told, "
        "politely, that it is on its own,\" the diplomat said.\n\n"
        "Moscow is said to have signalled through back channels that it would extend the quota deal for "
        "another year if the ports reopen. The Norwegian foreign ministry declined to comment.\n\n"
        "Norway, which is not an EU member, has aligned itself with every EU sanctions package since Russia "
        "invaded Ukraine, and it closed its ports to most Russian vessels in 2022.\n"
    ),
    actors=[
        ("NOR", "Norway", "government", "NOR", "Norwegian government",
         ["Norway", "The centre-left government of Prime Minister Ingrid Solheim", "Oslo", "Norway@2", "Oslo@2",
          "it", "its", "The Norwegian foreign ministry", "Norway@3", "itself", "it@3", "its@2"]),
        ("TRAWL", "Russian fishing fleet", "group", "RUS", "Russian fishing trawlers",
         ["Russian fishing trawlers", "most Russian vessels"]),
        ("RUS", "Russia", "government", "RUS", "Russian government", ["Moscow", "Russia", "Moscow@2", "it@2", "Russia@2"]),
        ("DIPS", "three diplomats", "group", None, "diplomats familiar with the discussions",
         ["three diplomats familiar with the discussions"]),
        ("NDIP", "Nordic diplomat", "person", None, "diplomat", ["One Nordic diplomat"]),
        ("EDIP", "European diplomat in Brussels", "person", None, "diplomat",
         ["A European diplomat in Brussels", "the diplomat"]),
        ("FIN", "Finland", "government", "FIN", "Finnish government", ["Finland"]),
        ("DNK", "Denmark", "government", "DNK", "Danish government", ["Denmark"]),
        ("EU", "European Union", "igo", None, None, ["the European Union's", "EU@2"]),
        ("UKR", "Ukraine", "government", "UKR", "Ukrainian state", ["Ukraine"]),
    ],
    events=[
        dict(id="reopen1", type="RETREAT", ctx=["economic", "natural_resource"], trig="reopen", a=["NOR"],
             r=["TRAWL"], st="hypothetical", time=("before the winter cod season", None), rb="DIPS",
             inst="port-reopening"),
        dict(id="relief", type="RETREAT", ctx=["economic"], trig="sanctions relief", a=["NOR"], r=["RUS"],
             st="hypothetical", rb="DIPS", inst="port-reopening"),
        dict(id="exemption1", type="RETREAT", ctx=["economic", "natural_resource"], trig="exemption", a=["NOR"],
             r=["TRAWL"], st="hypothetical", loc=("Kirkenes and Tromsø", "Kirkenes and Tromsø", "NOR"),
             inst="port-reopening"),
        dict(id="deal1", type="COOPERATE", ctx=["economic", "natural_resource"], trig="quota deal",
             a=["NOR", "RUS"], st="ongoing", rb="NOR", inst="barents-quota-deal"),
        dict(id="lift", type="RETREAT", ctx=["economic"], trig="lift", a=["NOR"], r=["TRAWL"], st="hypothetical",
             time=("next month", "2026-10"), rb="NDIP", inst="port-reopening"),
        dict(id="warned", type="ACCUSE", mode="disapprove", ctx=["economic", "diplomatic"], trig="warned",
             a=["FIN", "DNK"], r=["NOR"], st="occurred", rb="EDIP"),
        dict(id="exemption2", type="RETREAT", ctx=["economic"], trig="exemption@2", a=["NOR"], r=["TRAWL"],
             st="hypothetical", rb="EDIP", inst="port-reopening"),
        dict(id="regime", type="SANCTION", ctx=["economic"], trig="sanctions regime", a=["EU"], r=["RUS"],
             st="ongoing", rb="EDIP"),
        dict(id="signalled", type="AGREE", ctx=["economic", "diplomatic"], trig="signalled", a=["RUS"],
             r=["NOR"], st="occurred"),
        dict(id="extend", type="SUPPORT", ctx=["economic", "natural_resource"], trig="extend", a=["RUS"],
             r=["NOR"], st="hypothetical", rb="RUS"),
        dict(id="deal2", type="COOPERATE", ctx=["economic", "natural_resource"], trig="quota deal@2",
             a=["NOR", "RUS"], st="ongoing", rb="RUS", inst="barents-quota-deal"),
        dict(id="reopen2", type="RETREAT", ctx=["economic"], trig="reopen@2", a=["NOR"], r=["TRAWL"],
             st="hypothetical", rb="RUS", inst="port-reopening"),
        dict(id="aligned", type="SUPPORT", ctx=["economic", "diplomatic"], trig="aligned", a=["NOR"], r=["EU"],
             st="occurred"),
        dict(id="package", type="SANCTION", ctx=["economic"], trig="sanctions package", a=["EU"], r=["RUS"],
             st="occurred"),
        dict(id="invaded", type="ASSAULT", ctx=["military", "territory"], trig="invaded", a=["RUS"], r=["UKR"],
             st="occurred"),
        dict(id="closed", type="SANCTION", ctx=["economic"], trig="closed", a=["NOR"], r=["TRAWL"],
             st="occurred", time=("2022@2", "2022"), inst="port-ban"),
    ],
    stances=[
        ("S1", "NOR", "exemption1", "support", "favour"),
        ("S2", "FIN", "exemption2", "oppose", "warned"),
        ("S3", "DNK", "exemption2", "oppose", "warned"),
    ],
    conds=[
        ("C1", "if", "if", ["reopen2"], ["extend"], "RUS"),
    ],
))

# ---------------------------------------------------------------- 07 Vanuatu (radio transcript)
DOCS.append(dict(
    id="blind16-07-vanuatu-aid-suspension-interview",
    title="Vanuatu finance minister on Australia's budget support freeze (radio interview)",
    published="2026-06-22",
    text=(
        "PORT VILA - The following is an edited transcript of an interview broadcast on Radio Vanuatu's "
        "morning programme on Monday. Host Grace Toka spoke to Finance Minister Joel Tabi about Australia's "
        "decision to suspend budget support.\n\n"
        "TOKA: Minister, Canberra says it has frozen 40 million dollars until your government answers "
        "questions about the passport sales. Is that fair?\n\n"
        "TABI: No, it is not fair. We have answered every letter they sent us, and we want the money restored "
        "before the cyclone season.\n\n"
        "TOKA: The opposition accuses you of misleading parliament about the scheme. Will you resign?\n\n"
        "TABI: I will not resign. Parliament can vote on it, and if I lose, I go.\n\n"
        "TOKA: Will Vanuatu turn to Beijing instead?\n\n"
        "TABI: China has offered nothing, and we have asked for nothing. We prefer to work with Canberra. But "
        "if our partners walk away, the cabinet will look at every option.\n\n"
        "TOKA: When will the audit be published?\n\n"
        "TABI: Next week, provided the auditor-general finishes on time.\n\n"
        "Australia's High Commission in Port Vila said the suspension would remain until an independent review "
        "of the citizenship scheme was completed.\n"
    ),
    actors=[
        ("RV", "Radio Vanuatu", "media", "VUT", "public broadcaster", ["Radio Vanuatu"]),
        ("TOKA", "Grace Toka", "person", "VUT", "radio host", ["Host Grace Toka", "TOKA", "TOKA@2", "TOKA@3", "TOKA@4"]),
        ("TABI", "Joel Tabi", "person", "VUT", "Finance Minister of Vanuatu",
         ["Finance Minister Joel Tabi", "Minister@2", "TABI", "you", "you@2", "TABI@2", "I", "I@2", "I@3",
          "TABI@3", "TABI@4"]),
        ("AUS", "Australia", "government", "AUS", "Australian government",
         ["Australia's", "Canberra", "it", "they", "Canberra@2", "Australia's High Commission in Port Vila"]),
        ("VUT", "Vanuatu", "government", "VUT", "Government of Vanuatu",
         ["your government", "We", "us", "we", "Vanuatu@2", "we@2", "We@2", "the cabinet"]),
        ("OPP", "Vanuatu opposition", "group", "VUT", "parliamentary opposition", ["The opposition"]),
        ("PARL", "Parliament of Vanuatu", "government", "VUT", "national parliament", ["parliament", "Parliament"]),
        ("CHN", "China", "government", "CHN", "Chinese government", ["Beijing", "China"]),
        ("PART", "Vanuatu's development partners", "government", None, "donor governments", ["our partners"]),
        ("AG", "Auditor-General of Vanuatu", "person", "VUT", "auditor-general", ["the auditor-general"]),
    ],
    events=[
        dict(id="suspend", type="SANCTION", mode="discontinue", ctx=["economic"], trig="suspend", a=["AUS"],
             r=["VUT"], st="occurred", inst="aid-suspension"),
        dict(id="frozen", type="SANCTION", mode="discontinue", ctx=["economic"], trig="frozen", a=["AUS"],
             r=["VUT"], st="occurred", rb="AUS", inst="aid-suspension"),
        dict(id="restored", type="AID", ctx=["economic"], trig="restored", a=["AUS"], r=["VUT"], st="desired",
             time=("before the cyclone season", None), rb="TABI"),
        dict(id="accuses", type="ACCUSE", mode="allege", ctx=["legislative"], trig="accuses", a=["OPP"],
             r=["TABI"], st="occurred", rb="TOKA"),
        dict(id="resign1", type="RETREAT", mode="resign", ctx=["executive"], trig="resign", a=["TABI"],
             st="hypothetical", rb="TOKA", inst="tabi-resignation"),
        dict(id="resign2", type="RETREAT", mode="resign", ctx=["executive"], trig="resign@2", a=["TABI"],
             st="negated", rb="TABI", inst="tabi-resignation"),
        dict(id="vote", type="ACCUSE", mode="disapprove", ctx=["legislative"], trig="vote", a=["PARL"],
             r=["TABI"], st="hypothetical", rb="TABI"),
        dict(id="lose", type="OTHER", ctx=["legislative"], trig="lose", a=["TABI"], st="hypothetical", rb="TABI"),
        dict(id="go", type="RETREAT", mode="resign", ctx=["executive"], trig="go", a=["TABI"],
             st="hypothetical", rb="TABI", inst="tabi-resignation"),
        dict(id="turnto", type="REQUEST", mode="assist", ctx=["economic"], trig="turn to", a=["VUT"], r=["CHN"],
             st="hypothetical", rb="TOKA"),
        dict(id="offered", type="AGREE", ctx=["economic"], trig="offered", a=["CHN"], r=["VUT"], st="negated",
             rb="TABI"),
        dict(id="asked", type="REQUEST", mode="assist", ctx=["economic"], trig="asked", a=["VUT"], r=["CHN"],
             st="negated", rb="TABI"),
        dict(id="walkaway", type="SANCTION", ctx=["economic"], trig="walk away", a=["PART"], r=["VUT"],
             st="hypothetical", rb="TABI"),
        dict(id="lookat", type="OTHER", ctx=["economic"], trig="look at", a=["VUT"], st="hypothetical",
             rb="TABI"),
        dict(id="published", type="CONCEDE", ctx=["economic"], trig="published", a=["VUT"], st="hypothetical",
             time=("Next week", None), rb="TOKA"),
        dict(id="finishes", type="OTHER", ctx=["economic"], trig="finishes", a=["AG"], st="hypothetical",
             rb="TABI"),
        dict(id="suspension", type="SANCTION", mode="discontinue", ctx=["economic"], trig="suspension",
             a=["AUS"], r=["VUT"], st="ongoing", rb="AUS", inst="aid-suspension"),
        dict(id="review", type="ACCUSE", mode="investigate", ctx=["economic", "corruption"], trig="review",
             r=["VUT"], st="planned", rb="AUS"),
    ],
    stances=[
        ("S1", "TABI", "frozen", "oppose", "not fair"),
        ("S2", "VUT", "restored", "support", "want"),
        ("S3", "VUT", "AUS", "support", "prefer"),
    ],
    conds=[
        ("C1", "if", "if", ["lose"], ["go"], "TABI"),
        ("C2", "if", "if@2", ["walkaway"], ["lookat"], "TABI"),
        ("C3", "provided", "provided", ["finishes"], ["published"], "TABI"),
    ],
))

# ---------------------------------------------------------------- 08 Jamaica (one actor, many name forms)
DOCS.append(dict(
    id="blind16-08-jamaica-republic-referendum",
    title="Jamaica's electoral commission ties referendum date to enabling bill",
    published="2026-09-03",
    text=(
        "KINGSTON, Jamaica - The Electoral Commission of Jamaica (ECJ) said on Wednesday it would not certify a "
        "date for the referendum on replacing the British monarch as head of state unless parliament first "
        "passed the enabling bill.\n\n"
        "The ECJ's chairman, retired judge Marcia Lindo, told a news conference in Kingston that the commission "
        "needed at least 90 days to print ballots and train staff. \"We will not be rushed into a vote that "
        "people may later challenge in court,\" she said.\n\n"
        "The governing Jamaica Labour Party (JLP) wants the referendum held before the end of the year. Its "
        "general secretary, Dwayne Ellis, accused the independent body of \"hiding behind procedure\" and urged "
        "it to publish a timetable by Friday.\n\n"
        "The opposition People's National Party (PNP) backs a republic but has refused to support the bill, "
        "arguing that it gives the prime minister too much say over the choice of a president. PNP leader "
        "Claudette Barnes said her party would vote for the bill only if the president were elected by a "
        "two-thirds majority of both houses.\n\n"
        "The electoral watchdog has run every national vote since 2006. It said it would stay neutral on the "
        "question itself.\n"
    ),
    actors=[
        ("ECJ", "Electoral Commission of Jamaica", "organization", "JAM", "independent electoral commission",
         ["The Electoral Commission of Jamaica", "ECJ", "it", "the commission", "We", "the independent body",
          "it@2", "The electoral watchdog", "It", "it@4"]),
        ("PARL", "Parliament of Jamaica", "government", "JAM", "bicameral legislature", ["parliament", "both houses"]),
        ("LINDO", "Marcia Lindo", "person", "JAM", "chairman of the ECJ",
         ["The ECJ's chairman, retired judge Marcia Lindo", "she"]),
        ("JLP", "Jamaica Labour Party", "organization", "JAM", "governing party",
         ["The governing Jamaica Labour Party", "JLP"]),
        ("ELLIS", "Dwayne Ellis", "person", "JAM", "general secretary of the JLP",
         ["Its general secretary, Dwayne Ellis"]),
        ("PNP", "People's National Party", "organization", "JAM", "opposition party",
         ["The opposition People's National Party", "PNP", "her party"]),
        ("BARNES", "Claudette Barnes", "person", "JAM", "PNP leader", ["PNP leader Claudette Barnes"]),
    ],
    events=[
        dict(id="certify", type="SUPPORT", ctx=["election"], trig="certify", a=["ECJ"], st="hypothetical",
             rb="ECJ"),
        dict(id="passed", type="SUPPORT", ctx=["legislative", "election"], trig="passed", a=["PARL"],
             st="hypothetical", rb="ECJ"),
        dict(id="challenge", type="ACCUSE", ctx=["legal", "election"], trig="challenge", r=["ECJ"],
             st="hypothetical", rb="LINDO"),
        dict(id="accused", type="ACCUSE", mode="allege", ctx=["election"], trig="accused", a=["ELLIS"],
             r=["ECJ"], st="occurred"),
        dict(id="urged", type="REQUEST", ctx=["election"], trig="urged", a=["ELLIS"], r=["ECJ"], st="occurred"),
        dict(id="publish", type="CONCEDE", ctx=["election"], trig="publish", a=["ECJ"], r=["JLP"], st="desired",
             time=("Friday", "2026-09-04"), rb="ELLIS"),
        dict(id="refused", type="REJECT", ctx=["legislative"], trig="refused", a=["PNP"], r=["JLP"],
             st="occurred"),
        dict(id="support", type="SUPPORT", ctx=["legislative"], trig="support", a=["PNP"], r=["JLP"],
             st="negated"),
        dict(id="votefor", type="SUPPORT", ctx=["legislative"], trig="vote@2", a=["PNP"], r=["JLP"],
             st="hypothetical", rb="BARNES"),
        dict(id="elected", type="OTHER", ctx=["legislative"], trig="elected", a=["PARL"], st="hypothetical",
             rb="BARNES"),
    ],
    stances=[
        ("S1", "JLP", ("span", "the referendum held before the end of the year"), "support", "wants"),
        ("S2", "ELLIS", "publish", "support", "urged"),
        ("S3", "PNP", ("span", "a republic"), "support", "backs"),
        ("S4", "PNP", ("span", "the bill"), "oppose", "refused"),
        ("S5", "PNP", "votefor", "support", "would vote for"),
        ("S6", "ECJ", ("span", "the question"), "neutral", "neutral"),
    ],
    conds=[
        ("C1", "only_if", "unless", ["passed"], ["certify"], "ECJ"),
        ("C2", "only_if", "only if", ["elected"], ["votefor"], "BARNES"),
    ],
))

# ---------------------------------------------------------------- 09 Georgia (party split)
DOCS.append(dict(
    id="blind16-09-georgia-opposition-split",
    title="Georgian opposition alliance splits as eleven lawmakers form new party",
    published="2026-04-16",
    text=(
        "TBILISI - Georgia's largest opposition alliance split on Tuesday after eleven of its 19 lawmakers quit "
        "to form a new party, accusing the leadership of secretly negotiating with the ruling Georgian Dream "
        "over seats on the election commission.\n\n"
        "The breakaway group, led by former foreign minister Levan Beridze, will call itself Georgian Path and "
        "sit as a separate faction from next week. \"We did not leave the Coalition for Change. It left us the "
        "day it sat down with Georgian Dream behind closed doors,\" Beridze said.\n\n"
        "Coalition chairwoman Nino Abashidze denied holding any talks with the ruling party and called the "
        "defectors \"opportunists\". She said the alliance would expel any member who voted with Georgian Path "
        "on procedural motions.\n\n"
        "Georgian Dream welcomed the split. Its parliamentary leader, Giorgi Tsereteli, said the government was "
        "ready to meet both opposition groups, but would not discuss the electoral code unless they ended their "
        "boycott of committee sessions.\n\n"
        "The European Union said it took no side in the dispute. The bloc froze Georgia's accession talks in "
        "2024, citing democratic backsliding.\n"
    ),
    actors=[
        ("CFC", "Coalition for Change", "organization", "GEO", "opposition alliance",
         ["Georgia's largest opposition alliance", "the leadership", "the Coalition for Change", "It", "it",
          "the alliance", "both opposition groups", "they", "their"]),
        ("GP", "Georgian Path", "organization", "GEO", "breakaway opposition party",
         ["eleven of its 19 lawmakers", "The breakaway group", "itself", "Georgian Path", "We", "us",
          "the defectors", "Georgian Path@2", "both opposition groups", "they", "their"]),
        ("GD", "Georgian Dream", "organization", "GEO", "ruling party",
         ["the ruling Georgian Dream", "Georgian Dream@2", "the ruling party", "Georgian Dream@3"]),
        ("BER", "Levan Beridze", "person", "GEO", "leader of Georgian Path, former foreign minister",
         ["former foreign minister Levan Beridze", "Beridze@2"]),
        ("ABA", "Nino Abashidze", "person", "GEO", "chairwoman of the Coalition for Change",
         ["Coalition chairwoman Nino Abashidze", "She"]),
        ("TSE", "Giorgi Tsereteli", "person", "GEO", "parliamentary leader of Georgian Dream",
         ["Its parliamentary leader, Giorgi Tsereteli"]),
        ("GEO", "Georgia", "government", "GEO", "Georgian government", ["the government", "Georgia's@2"]),
        ("EU", "European Union", "igo", None, None, ["The European Union", "it@2", "The bloc"]),
    ],
    events=[
        dict(id="split1", type="SANCTION", mode="withdraw", ctx=["political_institutions"], trig="split",
             a=["GP"], r=["CFC"], st="occurred", time=("Tuesday", "2026-04-14"), inst="gp-defection"),
        dict(id="quit", type="SANCTION", mode="withdraw", ctx=["political_institutions"], trig="quit", a=["GP"],
             r=["CFC"], st="occurred", time=(None, "2026-04-14"), inst="gp-defection"),
        dict(id="accusing", type="ACCUSE", mode="allege", ctx=["political_institutions"], trig="accusing",
             a=["GP"], r=["CFC"], st="occurred"),
        dict(id="negotiating", type="CONSULT", ctx=["election"], trig="negotiating", a=["CFC", "GD"],
             st="occurred", rb="GP", inst="cfc-gd-talks"),
        dict(id="leave", type="SANCTION", mode="withdraw", ctx=["political_institutions"], trig="leave",
             a=["GP"], r=["CFC"], st="negated", rb="BER", inst="gp-defection"),
        dict(id="left", type="SANCTION", mode="withdraw", ctx=["political_institutions"], trig="left", a=["CFC"],
             r=["GP"], st="occurred", rb="BER"),
        dict(id="satdown", type="CONSULT", ctx=["election"], trig="sat down", a=["CFC", "GD"], st="occurred",
             rb="BER", inst="cfc-gd-talks"),
        dict(id="talks", type="CONSULT", ctx=["election"], trig="talks", a=["CFC", "GD"], st="negated",
             rb="ABA", inst="cfc-gd-talks"),
        dict(id="called", type="ACCUSE", mode="disapprove", ctx=["political_institutions"], trig="called",
             a=["ABA"], r=["GP"], st="occurred"),
        dict(id="expel", type="SANCTION", mode="expel", ctx=["political_institutions"], trig="expel", a=["CFC"],
             st="hypothetical", rb="ABA"),
        dict(id="voted", type="SUPPORT", ctx=["legislative"], trig="voted", r=["GP"], st="hypothetical",
             rb="ABA"),
        dict(id="welcomed", type="SUPPORT", ctx=["political_institutions"], trig="welcomed", a=["GD"],
             st="occurred"),
        dict(id="split2", type="SANCTION", mode="withdraw", ctx=["political_institutions"], trig="split@2",
             a=["GP"], r=["CFC"], st="occurred", inst="gp-defection"),
        dict(id="ready", type="AGREE", ctx=["legislative"], trig="ready", a=["GEO"], r=["CFC", "GP"],
             st="occurred", rb="TSE"),
        dict(id="meet", type="CONSULT", ctx=["legislative"], trig="meet", a=["GEO"], r=["CFC", "GP"],
             st="desired", rb="TSE"),
        dict(id="discuss", type="CONSULT", ctx=["election", "legislative"], trig="discuss", a=["GEO"],
             r=["CFC", "GP"], st="hypothetical", rb="TSE"),
        dict(id="ended", type="RETREAT", ctx=["legislative"], trig="ended", a=["CFC", "GP"], st="hypothetical",
             rb="TSE"),
        dict(id="boycott", type="PROTEST", mode="boycott", ctx=["legislative"], trig="boycott", a=["CFC", "GP"],
             st="ongoing", rb="TSE"),
        dict(id="froze", type="SANCTION", ctx=["diplomatic"], trig="froze", a=["EU"], r=["GEO"], st="occurred",
             time=("2024", "2024")),
    ],
    stances=[
        ("S1", "GD", "split2", "support", "welcomed"),
        ("S2", "GEO", "meet", "support", "ready"),
        ("S3", "EU", ("span", "the dispute"), "neutral", "took no side"),
    ],
    conds=[
        ("C1", "only_if", "unless", ["ended"], ["discuss"], "TSE"),
    ],
))

# ---------------------------------------------------------------- 10 Sudan (aid suspension)
DOCS.append(dict(
    id="blind16-10-sudan-wfp-darfur-suspension",
    title="WFP suspends Darfur deliveries after convoy looted",
    published="2026-02-09",
    text=(
        "PORT SUDAN - The World Food Programme (WFP) has suspended food deliveries to two camps in North Darfur "
        "after a convoy was looted and its drivers held for three days, the UN agency said on Sunday.\n\n"
        "The army-led government in Port Sudan blamed the Rapid Support Forces (RSF) for the attack. The "
        "paramilitary group denied any role and accused the junta of staging the raid to discredit it.\n\n"
        "WFP country director Helen Okafor said the agency would resume deliveries only if both sides "
        "guaranteed safe passage for its trucks. \"We are asking for something simple: no checkpoints, no guns, "
        "no looting. Give us that in writing, otherwise the trucks stay in Port Sudan,\" she told reporters.\n\n"
        "About 300,000 displaced people depend on the agency's rations in the Zamzam and Abu Shouk camps.\n\n"
        "The African Union (AU) urged the warring parties to respect a humanitarian truce agreed in Jeddah last "
        "year, and the United States said it would consider new sanctions on commanders who obstruct aid. A "
        "spokesman for the junta said the army would escort the next convoy itself if the UN asked for "
        "protection.\n"
    ),
    actors=[
        ("WFP", "World Food Programme", "igo", None, "UN food agency",
         ["The World Food Programme", "WFP", "the UN agency", "the agency", "its@2", "We", "us", "the agency's"]),
        ("DRV", "WFP convoy drivers", "group", None, "drivers of the looted convoy", ["its drivers"]),
        ("SDN", "Sudan", "government", "SDN", "army-led government of Sudan",
         ["The army-led government in Port Sudan", "the junta", "both sides", "the warring parties"]),
        ("RSF", "Rapid Support Forces", "group", "SDN", "paramilitary group",
         ["the Rapid Support Forces", "RSF", "The paramilitary group", "it", "both sides", "the warring parties"]),
        ("OKA", "Helen Okafor", "person", None, "WFP country director for Sudan",
         ["WFP country director Helen Okafor", "she"]),
        ("IDP", "displaced people in North Darfur camps", "group", "SDN", "camp residents",
         ["About 300,000 displaced people"]),
        ("AU", "African Union", "igo", None, None, ["The African Union", "AU"]),
        ("USA", "United States", "government", "USA", "US government", ["the United States", "it@2"]),
        ("CMD", "commanders obstructing aid", "group", None, None, ["commanders"]),
        ("SPOK", "Sudanese government spokesman", "person", "SDN", "spokesman for the army-led government",
         ["A spokesman for the junta"]),
        ("SAF", "Sudanese Armed Forces", "government", "SDN", "army", ["the army", "itself"]),
        ("UN", "United Nations", "igo", None, None, ["the UN@2"]),
    ],
    events=[
        dict(id="suspended", type="SANCTION", mode="discontinue", ctx=["human_security"], trig="suspended",
             a=["WFP"], r=["IDP"], st="occurred", loc=("North Darfur", "North Darfur", "SDN"), rb="WFP",
             inst="wfp-suspension"),
        dict(id="looted", type="COERCE", mode="seize", ctx=["human_security"], trig="looted", r=["WFP"],
             st="occurred", rb="WFP"),
        dict(id="held", type="ASSAULT", mode="abduct", ctx=["human_security"], trig="held", r=["DRV"],
             st="occurred", rb="WFP"),
        dict(id="blamed", type="ACCUSE", mode="allege", ctx=["military"], trig="blamed", a=["SDN"], r=["RSF"],
             st="occurred"),
        dict(id="attack", type="ASSAULT", ctx=["military", "human_security"], trig="attack", a=["RSF"],
             r=["WFP"], st="occurred", rb="SDN", inst="convoy-attack"),
        dict(id="denied", type="REJECT", ctx=["military"], trig="denied", a=["RSF"], r=["SDN"], st="occurred"),
        dict(id="accused", type="ACCUSE", mode="allege", ctx=["military"], trig="accused", a=["RSF"], r=["SDN"],
             st="occurred"),
        dict(id="raid", type="ASSAULT", ctx=["military", "human_security"], trig="raid", a=["SDN"], r=["WFP"],
             st="occurred", rb="RSF", inst="convoy-attack"),
        dict(id="resume", type="AID", ctx=["human_security"], trig="resume", a=["WFP"], r=["IDP"],
             st="hypothetical", rb="OKA", inst="wfp-resumption"),
        dict(id="guaranteed", type="CONCEDE", ctx=["human_security"], trig="guaranteed", a=["SDN", "RSF"],
             r=["WFP"], st="hypothetical", rb="OKA", inst="safe-passage"),
        dict(id="asking", type="REQUEST", ctx=["human_security"], trig="asking", a=["WFP"], r=["SDN", "RSF"],
             st="occurred", rb="OKA"),
        dict(id="give", type="CONCEDE", ctx=["human_security"], trig="Give", a=["SDN", "RSF"], r=["WFP"],
             st="hypothetical", rb="OKA", inst="safe-passage"),
        dict(id="stay", type="SANCTION", mode="discontinue", ctx=["human_security"], trig="stay", a=["WFP"],
             r=["IDP"], st="hypothetical", rb="OKA", inst="wfp-suspension"),
        dict(id="urged", type="REQUEST", ctx=["military", "human_security"], trig="urged", a=["AU"],
             r=["SDN", "RSF"], st="occurred"),
        dict(id="respect", type="CONCEDE", ctx=["military", "human_security"], trig="respect", a=["SDN", "RSF"],
             st="desired", rb="AU"),
        dict(id="agreed", type="SUPPORT", ctx=["military", "human_security"], trig="agreed", a=["SDN", "RSF"],
             st="occurred", time=("last year", "2025"), loc=("Jeddah", "Jeddah", "SAU")),
        dict(id="sanctions", type="SANCTION", ctx=["human_security"], trig="sanctions", a=["USA"], r=["CMD"],
             st="hypothetical", rb="USA"),
        dict(id="obstruct", type="COERCE", mode="restrict", ctx=["human_security"], trig="obstruct", a=["CMD"],
             st="hypothetical", rb="USA"),
        dict(id="escort", type="AID", ctx=["human_security", "military"], trig="escort", a=["SAF"], r=["WFP"],
             st="hypothetical", rb="SPOK"),
        dict(id="asked", type="REQUEST", mode="assist", ctx=["human_security"], trig="asked", a=["UN"],
             r=["SAF"], st="hypothetical", rb="SPOK"),
    ],
    stances=[
        ("S1", "WFP", "give", "support", "asking for"),
        ("S2", "AU", "respect", "support", "urged"),
        ("S3", "USA", "sanctions", "neutral", "would consider"),
    ],
    conds=[
        ("C1", "only_if", "only if", ["guaranteed"], ["resume"], "OKA"),
        ("C2", "unless", "otherwise", ["give"], ["stay"], "OKA"),
        ("C3", "if", "if@2", ["asked"], ["escort"], "SPOK"),
    ],
))
