"""Passages and gold annotations of blind14 (read by _build.py)."""

DOCS: list[dict] = []

# ---------------------------------------------------------------- 01 Japan / China (Kyodo)
DOCS.append(dict(
    id="blind14-01-japan-china-phone-call",
    title="Japan, China foreign ministers agree to restart economic dialogue in phone call",
    published="2025-10-16",
    text=(
        "TOKYO, Oct. 16 (Kyodo) -- Japanese Foreign Minister Kenji Arakawa and his Chinese counterpart "
        "Zhou Minghao held a 40-minute telephone call Wednesday and agreed to restart a high-level "
        "economic dialogue frozen since 2023, the Foreign Ministry said.\n\n"
        "Arakawa pressed Beijing to lift its suspension of Japanese beef imports and to free a Japanese "
        "trading-house employee detained in Dalian in March, according to the ministry. Zhou replied "
        "that the beef issue was under technical review and urged Tokyo to refrain from \"provocative "
        "moves\" around Taiwan.\n\n"
        "Speaking to reporters afterward, Arakawa said he hoped to visit Beijing before the end of the "
        "year. \"I am ready to travel there myself if Beijing shows flexibility on beef,\" he said.\n\n"
        "China's official Xinhua News Agency quoted Zhou as saying the two neighbors should manage "
        "their differences calmly and that Beijing welcomed Tokyo's decision not to join Washington's "
        "new export curbs on chip-making equipment.\n\n"
        "Relations have been strained since China halted beef shipments from Japan last year, citing "
        "food-safety concerns, and since the detention of the employee, whom Chinese authorities accuse "
        "of espionage. Tokyo has repeatedly rejected the accusation as groundless.\n"
    ),
    actors=[
        ("A1", "Kyodo News", "media", "JPN", "news agency", ["Kyodo"]),
        ("A2", "Kenji Arakawa", "person", "JPN", "Japanese Foreign Minister",
         ["Japanese Foreign Minister Kenji Arakawa", "Arakawa@2", "Arakawa@3", "he", "I", "he@2"]),
        ("A3", "Zhou Minghao", "person", "CHN", "Chinese Foreign Minister",
         ["his Chinese counterpart Zhou Minghao", "Zhou@2", "Zhou@3"]),
        ("A4", "Japan", "government", "JPN", "Japanese government",
         ["the Foreign Ministry", "the ministry", "Tokyo", "the two neighbors", "their", "Tokyo's",
          "Japan", "Tokyo@3"]),
        ("A5", "China", "government", "CHN", "Chinese government",
         ["Beijing", "its", "Beijing@3", "the two neighbors", "their", "Beijing@4", "China@2", "Chinese authorities"]),
        ("A6", "Japanese trading-house employee", "person", "JPN", "employee of a Japanese trading house",
         ["a Japanese trading-house employee", "the employee"]),
        ("A7", "Xinhua News Agency", "media", "CHN", "official news agency",
         ["China's official Xinhua News Agency"]),
        ("A8", "United States", "government", "USA", "US government", ["Washington's"]),
    ],
    events=[
        dict(id="E1", type="CONSULT", mode="phone", ctx=["diplomatic"], trig="telephone call", a=["A2", "A3"],
             st="occurred", time=("Wednesday", "2025-10-15"), rb="A4", inst="arakawa-zhou-call"),
        dict(id="E2", type="AGREE", ctx=["diplomatic", "economic"], trig="agreed", a=["A2", "A3"],
             st="occurred", time=(None, "2025-10-15"), rb="A4"),
        dict(id="E3", type="CONSULT", ctx=["diplomatic", "economic"], trig="dialogue", a=["A4", "A5"],
             st="planned", rb="A4", inst="japan-china-economic-dialogue"),
        dict(id="E4", type="REQUEST", ctx=["economic", "diplomatic"], trig="pressed", a=["A2"], r=["A5"],
             st="occurred", time=(None, "2025-10-15"), rb="A4"),
        dict(id="E5", type="RETREAT", ctx=["economic"], trig="lift", a=["A5"], r=["A4"], st="desired",
             rb="A4", inst="beef-ban-lift"),
        dict(id="E6", type="SANCTION", ctx=["economic"], trig="suspension", a=["A5"], r=["A4"], st="ongoing",
             rb="A4", inst="beef-ban"),
        dict(id="E7", type="RETREAT", mode="release", ctx=["legal"], trig="free", a=["A5"], r=["A6"],
             st="desired", rb="A4", inst="employee-release"),
        dict(id="E8", type="COERCE", mode="arrest", ctx=["legal"], trig="detained", a=["A5"], r=["A6"],
             st="occurred", time=("March", "2025-03"), loc=("Dalian", "Dalian", "CHN"), rb="A4",
             inst="employee-detention"),
        dict(id="E9", type="REQUEST", mode="change", ctx=["territory", "diplomatic"], trig="urged", a=["A3"],
             r=["A4"], st="occurred", time=(None, "2025-10-15")),
        dict(id="E10", type="CONSULT", mode="visit", ctx=["diplomatic"], trig="visit", a=["A2"], r=["A5"],
             st="desired", time=("before the end of the year", None),
             loc=("Beijing@2", "Beijing", "CHN"), rb="A2", inst="arakawa-beijing-visit"),
        dict(id="E11", type="AGREE", ctx=["diplomatic"], trig="ready", a=["A2"], r=["A5"], st="occurred",
             rb="A2"),
        dict(id="E12", type="CONSULT", mode="visit", ctx=["diplomatic"], trig="travel", a=["A2"], r=["A5"],
             st="hypothetical", loc=("there", "Beijing", "CHN"), rb="A2", inst="arakawa-beijing-visit"),
        dict(id="E13", type="CONCEDE", ctx=["economic"], trig="flexibility", a=["A5"], r=["A4"],
             st="hypothetical", rb="A2"),
        dict(id="E14", type="SUPPORT", ctx=["diplomatic", "technology"], trig="welcomed", a=["A5"], r=["A4"],
             st="occurred", rb="A3"),
        dict(id="E15", type="COOPERATE", ctx=["economic", "technology"], trig="join", a=["A4"], r=["A8"],
             st="negated", rb="A3"),
        dict(id="E16", type="SANCTION", ctx=["economic", "technology"], trig="export curbs", a=["A8"],
             st="ongoing", rb="A3"),
        dict(id="E17", type="SANCTION", ctx=["economic"], trig="halted", a=["A5"], r=["A4"], st="occurred",
             time=("last year", "2024"), inst="beef-ban"),
        dict(id="E18", type="COERCE", mode="arrest", ctx=["legal"], trig="detention", a=["A5"], r=["A6"],
             st="occurred", inst="employee-detention"),
        dict(id="E19", type="ACCUSE", mode="allege", ctx=["legal", "intelligence"], trig="accuse", a=["A5"],
             r=["A6"], st="occurred", inst="espionage-accusation"),
        dict(id="E20", type="REJECT", ctx=["legal", "diplomatic"], trig="rejected", a=["A4"], r=["A5"],
             st="occurred"),
        dict(id="E21", type="ACCUSE", mode="allege", ctx=["legal", "intelligence"], trig="accusation", a=["A5"],
             r=["A6"], st="occurred", inst="espionage-accusation"),
    ],
    stances=[
        ("S1", "A3", ("span", "provocative moves"), "oppose", "refrain from"),
        ("S2", "A2", "E10", "support", "hoped"),
        ("S3", "A2", "E12", "support", "ready"),
        ("S4", "A5", ("span", "Tokyo's decision not to join Washington's new export curbs"), "support", "welcomed"),
        ("S5", "A4", "E21", "oppose", "rejected"),
    ],
    conds=[
        ("C1", "if", "if", ["E13"], ["E12"], "A2"),
    ],
))

# ---------------------------------------------------------------- 02 South Korea (Yonhap)
DOCS.append(dict(
    id="blind14-02-korea-border-islands",
    title="S. Korea moves artillery battalion to border islands after N. Korean firing",
    published="2025-11-20",
    text=(
        "SEOUL, Nov. 20 (Yonhap) -- South Korea has moved an additional artillery battalion to its "
        "northwestern border islands after North Korea fired about 60 artillery rounds into waters near "
        "the disputed maritime boundary earlier this week, the Joint Chiefs of Staff (JCS) said Thursday.\n\n"
        "The troops reached Yeonpyeong Island on Wednesday, and fighter jets would be scrambled in case "
        "the North fires again, the military said.\n\n"
        "Defense Minister Kwon Tae-ho condemned the firing drills as \"a reckless act\" and warned that "
        "Seoul would respond sternly if a single round landed south of the line.\n\n"
        "Unification Minister Park Soo-min struck a softer note. She said the government remained "
        "willing to resume military talks with Pyongyang, provided that the North first pulls its coastal "
        "guns back from the border. \"We do not seek confrontation, and our offer stands,\" she told a "
        "parliamentary committee.\n\n"
        "North Korea's official Korean Central News Agency (KCNA) said the drills were a \"legitimate "
        "response\" to joint exercises staged by South Korea and the United States earlier this month, "
        "and accused Seoul of raising tensions on the peninsula.\n\n"
        "The two Koreas last held military talks in 2018.\n"
    ),
    actors=[
        ("A1", "Yonhap News Agency", "media", "KOR", "news agency", ["Yonhap"]),
        ("A2", "South Korea", "government", "KOR", "South Korean government",
         ["South Korea", "its", "Seoul", "the government", "We", "our", "South Korea@2", "Seoul@2",
          "The two Koreas"]),
        ("A3", "North Korea", "government", "PRK", "North Korean government",
         ["North Korea", "the North", "Pyongyang", "the North@2", "its@2", "The two Koreas"]),
        ("A4", "Joint Chiefs of Staff (South Korea)", "government", "KOR", "South Korean military command",
         ["the Joint Chiefs of Staff", "JCS", "the military"]),
        ("A5", "Kwon Tae-ho", "person", "KOR", "South Korean Defense Minister", ["Defense Minister Kwon Tae-ho"]),
        ("A6", "Park Soo-min", "person", "KOR", "South Korean Unification Minister",
         ["Unification Minister Park Soo-min", "She", "she"]),
        ("A7", "Korean Central News Agency", "media", "PRK", "North Korean state news agency",
         ["North Korea's official Korean Central News Agency", "KCNA"]),
        ("A8", "United States", "government", "USA", "US government", ["the United States"]),
    ],
    events=[
        dict(id="E1", type="MOBILIZE", mode="troops", ctx=["military"], trig="moved", a=["A2"], st="occurred",
             time=(None, "2025-11-19"), loc=("northwestern border islands", "Northwest Islands", "KOR"), rb="A4",
             inst="border-islands-deployment"),
        dict(id="E2", type="MOBILIZE", mode="weapons", ctx=["military", "territory"], trig="fired", a=["A3"],
             st="occurred", time=("earlier this week", None),
             loc=("waters near the disputed maritime boundary", "Yellow Sea near the Northern Limit Line", None),
             rb="A4", inst="nk-firing-drills"),
        dict(id="E3", type="MOBILIZE", mode="troops", ctx=["military"], trig="reached", a=["A2"], st="occurred",
             time=("Wednesday", "2025-11-19"), loc=("Yeonpyeong Island", "Yeonpyeong Island", "KOR"), rb="A4",
             inst="border-islands-deployment"),
        dict(id="E4", type="MOBILIZE", ctx=["military"], trig="scrambled", a=["A4"], st="hypothetical", rb="A4"),
        dict(id="E5", type="MOBILIZE", mode="weapons", ctx=["military"], trig="fires", a=["A3"],
             st="hypothetical", rb="A4"),
        dict(id="E6", type="ACCUSE", mode="disapprove", ctx=["military"], trig="condemned", a=["A5"], r=["A3"],
             st="occurred"),
        dict(id="E7", type="MOBILIZE", mode="weapons", ctx=["military"], trig="firing drills", a=["A3"],
             st="occurred", rb="A5", inst="nk-firing-drills"),
        dict(id="E8", type="THREATEN", ctx=["military"], trig="warned", a=["A5"], r=["A3"], st="occurred"),
        dict(id="E9", type="OTHER", ctx=["military"], trig="respond", a=["A2"], r=["A3"], st="hypothetical",
             rb="A5"),
        dict(id="E10", type="OTHER", ctx=["military", "territory"], trig="landed", st="hypothetical", rb="A5"),
        dict(id="E11", type="AGREE", ctx=["military", "diplomatic"], trig="willing", a=["A2"], r=["A3"],
             st="occurred", rb="A6", inst="sk-talks-offer"),
        dict(id="E12", type="CONSULT", ctx=["military", "diplomatic"], trig="talks", a=["A2"], r=["A3"],
             st="hypothetical", rb="A6", inst="inter-korean-military-talks"),
        dict(id="E13", type="RETREAT", mode="withdraw", ctx=["military"], trig="pulls", a=["A3"], r=["A2"],
             st="hypothetical", loc=("the border", None, None), rb="A6"),
        dict(id="E14", type="AGREE", ctx=["military", "diplomatic"], trig="offer", a=["A2"], r=["A3"],
             st="ongoing", rb="A6", inst="sk-talks-offer"),
        dict(id="E15", type="MOBILIZE", mode="weapons", ctx=["military"], trig="drills@2", a=["A3"],
             st="occurred", rb="A7", inst="nk-firing-drills"),
        dict(id="E16", type="COOPERATE", ctx=["military"], trig="joint exercises", a=["A2", "A8"], st="occurred",
             time=("earlier this month", "2025-11"), rb="A7"),
        dict(id="E17", type="ACCUSE", mode="allege", ctx=["military"], trig="accused", a=["A7"], r=["A2"],
             st="occurred"),
        dict(id="E18", type="CONSULT", ctx=["military", "diplomatic"], trig="talks@2", a=["A2", "A3"],
             st="occurred", time=("2018", "2018"), inst="inter-korean-military-talks"),
    ],
    stances=[
        ("S1", "A5", "E7", "oppose", "condemned"),
        ("S2", "A2", "E12", "support", "willing"),
        ("S3", "A2", ("span", "confrontation"), "oppose", "do not seek"),
        ("S4", "A7", "E15", "support", "legitimate"),
        ("S5", "A7", "A2", "oppose", "accused"),
    ],
    conds=[
        ("C1", "if", "in case", ["E5"], ["E4"], "A4"),
        ("C2", "if", "if", ["E10"], ["E9"], "A5"),
        ("C3", "provided", "provided that", ["E13"], ["E12"], "A6"),
    ],
))

# ---------------------------------------------------------------- 03 Iraq (press conference transcript)
DOCS.append(dict(
    id="blind14-03-iraq-spokesman-briefing",
    title="Iraqi government spokesman on Turkish troops, water deal and Basra detainees",
    published="2026-02-05",
    text=(
        "BAGHDAD, Feb. 5 -- Following are excerpts from Thursday's weekly news conference of Iraqi "
        "government spokesman Basim al-Obeidi, as transcribed by the prime minister's media office.\n\n"
        "Q: Turkey has sent more troops into Duhok province this week. How will Baghdad respond?\n\n"
        "A: We summoned the Turkish charge d'affaires on Tuesday and handed him a protest note. Our "
        "position has not changed: we reject any foreign military presence on Iraqi soil. The foreign "
        "minister will raise the matter with Ankara during his visit next Monday.\n\n"
        "Q: Is the water agreement with Turkey in danger?\n\n"
        "A: We will keep implementing the agreement as long as the Turkish side honours its share. But "
        "Iraq will not sign the second phase unless Turkey releases the summer volumes it promised.\n\n"
        "Q: Will the border crossings with the Kurdistan Region stay open?\n\n"
        "A: The federal government will not close any crossing. We speak to the Kurdistan Regional "
        "Government (KRG) every day, and they share our concern about the incursions.\n\n"
        "Q: And the young men arrested in Basra?\n\n"
        "A: The prime minister has ordered the release of the 11 protesters detained on Sunday. "
        "Peaceful protest is a constitutional right, and nobody will be punished for it.\n"
    ),
    actors=[
        ("A1", "Basim al-Obeidi", "person", "IRQ", "Iraqi government spokesman",
         ["Iraqi government spokesman Basim al-Obeidi"]),
        ("A2", "Turkey", "government", "TUR", "Turkish government",
         ["Turkey", "Ankara", "Turkey@2", "the Turkish side", "its", "Turkey@3", "it@1"]),
        ("A3", "Iraq", "government", "IRQ", "Iraqi federal government",
         ["Baghdad", "We", "Our", "we", "We@2", "Iraq", "The federal government", "We@3", "our"]),
        ("A4", "Turkish charge d'affaires in Baghdad", "person", "TUR", "charge d'affaires",
         ["the Turkish charge d'affaires", "him"]),
        ("A5", "Iraqi foreign minister", "person", "IRQ", "Foreign Minister of Iraq",
         ["The foreign minister", "his"]),
        ("A6", "Kurdistan Regional Government", "government", "IRQ", "regional government of Iraqi Kurdistan",
         ["the Kurdistan Regional Government", "KRG", "they"]),
        ("A7", "young men arrested in Basra", "group", "IRQ", "detained protesters",
         ["the young men", "the 11 protesters"]),
        ("A8", "Iraqi prime minister", "person", "IRQ", "Prime Minister of Iraq", ["The prime minister"]),
    ],
    events=[
        dict(id="E1", type="MOBILIZE", mode="troops", ctx=["military", "territory"], trig="sent", a=["A2"],
             st="occurred", time=("this week", None), loc=("Duhok province", "Duhok Governorate", "IRQ"),
             inst="turkish-duhok-deployment"),
        dict(id="E2", type="ACCUSE", mode="disapprove", ctx=["diplomatic", "territory"], trig="summoned",
             a=["A3"], r=["A4"], st="occurred", time=("Tuesday", "2026-02-03"), rb="A1", inst="envoy-summons"),
        dict(id="E3", type="ACCUSE", mode="disapprove", ctx=["diplomatic", "territory"], trig="protest note",
             a=["A3"], r=["A2"], st="occurred", time=(None, "2026-02-03"), rb="A1", inst="envoy-summons"),
        dict(id="E4", type="CONSULT", ctx=["diplomatic", "territory"], trig="raise", a=["A5"], r=["A2"],
             st="planned", time=(None, "2026-02-09"), loc=(None, "Turkey", "TUR"), rb="A1",
             inst="iraqi-fm-turkey-visit"),
        dict(id="E5", type="CONSULT", mode="visit", ctx=["diplomatic"], trig="visit", a=["A5"], r=["A2"],
             st="planned", time=("next Monday", "2026-02-09"), loc=(None, "Turkey", "TUR"), rb="A1",
             inst="iraqi-fm-turkey-visit"),
        dict(id="E6", type="COOPERATE", ctx=["natural_resource"], trig="water agreement", a=["A3", "A2"],
             st="occurred", inst="water-agreement"),
        dict(id="E7", type="COOPERATE", ctx=["natural_resource"], trig="implementing", a=["A3"], r=["A2"],
             st="hypothetical", rb="A1", inst="water-agreement"),
        dict(id="E8", type="COOPERATE", ctx=["natural_resource"], trig="honours", a=["A2"], r=["A3"],
             st="hypothetical", rb="A1"),
        dict(id="E9", type="SUPPORT", ctx=["natural_resource", "diplomatic"], trig="sign", a=["A3"], r=["A2"],
             st="hypothetical", rb="A1"),
        dict(id="E10", type="AID", ctx=["natural_resource"], trig="releases", a=["A2"], r=["A3"],
             st="hypothetical", rb="A1"),
        dict(id="E11", type="AGREE", ctx=["natural_resource"], trig="promised", a=["A2"], r=["A3"],
             st="occurred", rb="A1"),
        dict(id="E12", type="COERCE", mode="restrict", ctx=["territory"], trig="close", a=["A3"], r=["A6"],
             st="negated", rb="A1"),
        dict(id="E13", type="CONSULT", ctx=["political_institutions"], trig="speak", a=["A3", "A6"],
             st="ongoing", time=("every day", None), rb="A1"),
        dict(id="E14", type="MOBILIZE", mode="troops", ctx=["military", "territory"], trig="incursions",
             a=["A2"], st="ongoing", rb="A1", inst="turkish-duhok-deployment"),
        dict(id="E15", type="COERCE", mode="arrest", ctx=["repression"], trig="arrested", r=["A7"],
             st="occurred", time=(None, "2026-02-01"), loc=("Basra", "Basra", "IRQ"), inst="basra-arrests"),
        dict(id="E16", type="RETREAT", mode="release", ctx=["rights_freedoms"], trig="release", a=["A8"],
             r=["A7"], st="planned", rb="A1", inst="basra-release"),
        dict(id="E17", type="COERCE", mode="arrest", ctx=["repression"], trig="detained", r=["A7"],
             st="occurred", time=("Sunday", "2026-02-01"), loc=(None, "Basra", "IRQ"), rb="A1",
             inst="basra-arrests"),
        dict(id="E18", type="SANCTION", mode="convict", ctx=["rights_freedoms"], trig="punished", a=["A3"],
             st="negated", rb="A1"),
    ],
    stances=[
        ("S1", "A3", ("span", "any foreign military presence on Iraqi soil"), "oppose", "reject"),
        ("S2", "A6", "E14", "oppose", "share our concern"),
        ("S3", "A3", ("span", "Peaceful protest"), "support", "is a constitutional right"),
    ],
    conds=[
        ("C1", "provided", "as long as", ["E8"], ["E7"], "A1"),
        ("C2", "only_if", "unless", ["E10"], ["E9"], "A1"),
    ],
))

# ---------------------------------------------------------------- 04 Russia / Moldova (TASS-style)
DOCS.append(dict(
    id="blind14-04-russia-moldova-expulsions",
    title="Moscow vows reciprocal response to Moldova's expulsion of three diplomats",
    published="2025-09-09",
    text=(
        "MOSCOW, September 9. /TASS/. Russia will respond in kind to Chisinau's decision to expel three "
        "Russian diplomats, Russian Foreign Ministry Spokeswoman Yelena Sorokina said on Tuesday.\n\n"
        "\"This unfriendly step will not go unanswered. If Chisinau expels anyone else, we will send home "
        "an equal number of Moldovan diplomats,\" the diplomat told a briefing. According to her, Moscow "
        "has received no evidence to support the Moldovan accusations of interference in the country's "
        "parliamentary campaign.\n\n"
        "On Monday, the Moldovan Foreign Ministry declared three staff members of the Russian embassy "
        "persona non grata and gave them 72 hours to leave. The ministry claimed that the three had "
        "funnelled money to pro-Russian groups ahead of the October 28 vote.\n\n"
        "Ambassador Oleg Vasnetsov, who was summoned to the ministry the same day, dismissed the charges "
        "as \"absurd\" and said the embassy would continue to work as usual.\n\n"
        "Moldovan Parliament Speaker Andrei Munteanu urged Moscow to stop meddling in his country's "
        "affairs, otherwise the authorities would have to close the Russian House cultural centre in "
        "Chisinau. The bloc of pro-Russian opposition parties condemned the expulsions as a \"political "
        "show\".\n"
    ),
    actors=[
        ("A1", "TASS", "media", "RUS", "news agency", ["TASS"]),
        ("A2", "Russia", "government", "RUS", "Russian government",
         ["Russia", "we", "Moscow", "the embassy", "Moscow@2"]),
        ("A3", "Moldova", "government", "MDA", "Moldovan government",
         ["Chisinau's", "Chisinau@2", "the country's", "the Moldovan Foreign Ministry", "The ministry",
          "his country's", "the authorities"]),
        ("A4", "three expelled Russian diplomats", "group", "RUS", "staff of the Russian embassy in Chisinau",
         ["three Russian diplomats", "three staff members of the Russian embassy", "them", "the three"]),
        ("A5", "Yelena Sorokina", "person", "RUS", "Russian Foreign Ministry spokeswoman",
         ["Russian Foreign Ministry Spokeswoman Yelena Sorokina", "the diplomat", "her"]),
        ("A6", "Moldovan diplomats in Russia", "group", "MDA", None, ["an equal number of Moldovan diplomats"]),
        ("A7", "pro-Russian groups in Moldova", "group", "MDA", None, ["pro-Russian groups"]),
        ("A8", "Oleg Vasnetsov", "person", "RUS", "Russian Ambassador to Moldova", ["Ambassador Oleg Vasnetsov"]),
        ("A9", "Andrei Munteanu", "person", "MDA", "Speaker of the Moldovan Parliament",
         ["Moldovan Parliament Speaker Andrei Munteanu"]),
        ("A10", "pro-Russian opposition bloc", "organization", "MDA", "bloc of opposition parties",
         ["The bloc of pro-Russian opposition parties"]),
    ],
    events=[
        dict(id="E1", type="SANCTION", mode="expel", ctx=["diplomatic"], trig="respond", a=["A2"], r=["A3"],
             st="planned", rb="A5", inst="russian-retaliation"),
        dict(id="E2", type="SANCTION", mode="expel", ctx=["diplomatic"], trig="expel", a=["A3"], r=["A4"],
             st="occurred", time=(None, "2025-09-08"), rb="A5", inst="moldova-expulsion"),
        dict(id="E3", type="SANCTION", mode="expel", ctx=["diplomatic"], trig="step", a=["A3"], r=["A4"],
             st="occurred", time=(None, "2025-09-08"), rb="A5", inst="moldova-expulsion"),
        dict(id="E4", type="SANCTION", mode="expel", ctx=["diplomatic"], trig="expels", a=["A3"], r=["A2"],
             st="hypothetical", rb="A5"),
        dict(id="E5", type="SANCTION", mode="expel", ctx=["diplomatic"], trig="send home", a=["A2"], r=["A6"],
             st="hypothetical", rb="A5"),
        dict(id="E6", type="ACCUSE", mode="allege", ctx=["election"], trig="accusations", a=["A3"], r=["A2"],
             st="occurred", rb="A5", inst="interference-accusation"),
        dict(id="E7", type="SANCTION", mode="expel", ctx=["diplomatic"], trig="persona non grata", a=["A3"],
             r=["A4"], st="occurred", time=("Monday", "2025-09-08"), inst="moldova-expulsion"),
        dict(id="E8", type="ACCUSE", mode="allege", ctx=["election"], trig="claimed", a=["A3"], r=["A4"],
             st="occurred", inst="interference-accusation"),
        dict(id="E9", type="AID", ctx=["election"], trig="funnelled", a=["A4"], r=["A7"], st="occurred",
             rb="A3"),
        dict(id="E10", type="ACCUSE", mode="disapprove", ctx=["diplomatic"], trig="summoned", a=["A3"], r=["A8"],
             st="occurred", time=("the same day", "2025-09-08")),
        dict(id="E11", type="REJECT", ctx=["election", "diplomatic"], trig="dismissed", a=["A8"], r=["A3"],
             st="occurred", time=(None, "2025-09-08")),
        dict(id="E12", type="ACCUSE", mode="allege", ctx=["election"], trig="charges", a=["A3"], r=["A4"],
             st="occurred", inst="interference-accusation"),
        dict(id="E13", type="REQUEST", mode="change", ctx=["diplomatic", "election"], trig="urged", a=["A9"],
             r=["A2"], st="occurred"),
        dict(id="E14", type="RETREAT", ctx=["diplomatic", "election"], trig="stop", a=["A2"], r=["A3"],
             st="hypothetical", rb="A9"),
        dict(id="E15", type="COERCE", mode="restrict", ctx=["diplomatic"], trig="close", a=["A3"], r=["A2"],
             st="hypothetical", loc=("Chisinau@3", "Chisinau", "MDA"), rb="A9"),
        dict(id="E16", type="ACCUSE", mode="disapprove", ctx=["diplomatic"], trig="condemned", a=["A10"],
             r=["A3"], st="occurred"),
        dict(id="E17", type="SANCTION", mode="expel", ctx=["diplomatic"], trig="expulsions", a=["A3"], r=["A4"],
             st="occurred", time=(None, "2025-09-08"), rb="A10", inst="moldova-expulsion"),
    ],
    stances=[
        ("S1", "A5", "E3", "oppose", "unfriendly"),
        ("S2", "A8", "E12", "oppose", "absurd"),
        ("S3", "A9", "E14", "support", "urged"),
        ("S4", "A10", "E17", "oppose", "condemned"),
    ],
    conds=[
        ("C1", "if", "If", ["E4"], ["E5"], "A5"),
        ("C2", "unless", "otherwise", ["E14"], ["E15"], "A9"),
    ],
))
