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

# ---------------------------------------------------------------- 05 Estonia (Reuters)
DOCS.append(dict(
    id="blind14-05-estonia-no-confidence",
    title="Estonian interior minister survives no-confidence vote over drone attacks",
    published="2026-01-14",
    text=(
        "TALLINN, Jan 14 (Reuters) - Estonia's parliament on Wednesday rejected a no-confidence motion "
        "against Interior Minister Kadri Saar, whom the opposition accuses of failing to protect the "
        "eastern county of Ida-Viru from a wave of drone attacks blamed on Russia.\n\n"
        "The motion, tabled by the nationalist EKRE and backed by the Centre Party, won 38 votes in the "
        "101-seat Riigikogu, short of the 51 it needed.\n\n"
        "After the vote Saar told lawmakers she would ask the government to extend the closure of two "
        "border crossings with Russia. \"We will reopen them only if Moscow ends these attacks on our "
        "power grid,\" she said.\n\n"
        "Russia's embassy in Tallinn did not respond to a request for comment. Moscow has denied any role "
        "in the strikes.\n\n"
        "EKRE chairman Rein Kask said his party would file a fresh motion next month unless the government "
        "deploys air-defence units along the eastern border. Prime Minister Toomas Lepp dismissed the "
        "motion as \"a political stunt\" and thanked NATO allies for their help.\n\n"
        "Finland and Latvia sent electronic-warfare teams to Ida-Viru last month, and both countries have "
        "agreed to keep them there until April.\n"
    ),
    actors=[
        ("A1", "Reuters", "media", "GBR", "news agency", ["Reuters"]),
        ("A2", "Riigikogu (Parliament of Estonia)", "government", "EST", "national parliament",
         ["Estonia's parliament", "the 101-seat Riigikogu", "lawmakers"]),
        ("A3", "Kadri Saar", "person", "EST", "Estonian Interior Minister",
         ["Interior Minister Kadri Saar", "Saar@2", "she", "she@2"]),
        ("A4", "Estonian opposition", "organization", "EST", "parliamentary opposition", ["the opposition"]),
        ("A5", "Russia", "government", "RUS", "Russian government",
         ["Russia", "Russia@2", "Moscow", "Russia's embassy in Tallinn", "Moscow@2"]),
        ("A6", "EKRE (Conservative People's Party of Estonia)", "organization", "EST", "nationalist opposition party",
         ["the nationalist EKRE", "his party"]),
        ("A7", "Centre Party", "organization", "EST", "opposition party", ["the Centre Party"]),
        ("A8", "Estonia", "government", "EST", "Estonian government",
         ["the government", "We", "our", "the government@2"]),
        ("A9", "Rein Kask", "person", "EST", "EKRE chairman", ["EKRE chairman Rein Kask"]),
        ("A10", "Toomas Lepp", "person", "EST", "Prime Minister of Estonia", ["Prime Minister Toomas Lepp"]),
        ("A11", "NATO allies", "igo", None, "Estonia's NATO allies", ["NATO allies", "their"]),
        ("A12", "Finland", "government", "FIN", "Finnish government", ["Finland", "both countries"]),
        ("A13", "Latvia", "government", "LVA", "Latvian government", ["Latvia", "both countries"]),
    ],
    events=[
        dict(id="E1", type="REJECT", ctx=["legislative"], trig="rejected", a=["A2"], st="occurred",
             time=("Wednesday", "2026-01-14")),
        dict(id="E2", type="ACCUSE", ctx=["legislative"], trig="no-confidence motion", a=["A6"], r=["A3"],
             st="occurred", time=(None, "2026-01-14"), inst="saar-no-confidence"),
        dict(id="E3", type="ACCUSE", mode="allege", ctx=["military"], trig="accuses", a=["A4"], r=["A3"],
             st="occurred"),
        dict(id="E4", type="ASSAULT", mode="drone", ctx=["military"], trig="drone attacks", st="ongoing",
             loc=("the eastern county of Ida-Viru", "Ida-Viru County", "EST"), inst="ida-viru-drone-attacks"),
        dict(id="E5", type="ACCUSE", mode="allege", ctx=["military"], trig="blamed", r=["A5"], st="occurred"),
        dict(id="E6", type="ACCUSE", ctx=["legislative"], trig="motion@2", a=["A6"], r=["A3"], st="occurred",
             time=(None, "2026-01-14"), inst="saar-no-confidence"),
        dict(id="E7", type="SUPPORT", ctx=["legislative"], trig="backed", a=["A7"], r=["A6"], st="occurred"),
        dict(id="E8", type="REQUEST", mode="change", ctx=["territory"], trig="ask", a=["A3"], r=["A8"],
             st="planned", rb="A3"),
        dict(id="E9", type="COERCE", mode="restrict", ctx=["territory"], trig="extend", a=["A8"], r=["A5"],
             st="desired", rb="A3", inst="border-closure"),
        dict(id="E10", type="COERCE", mode="restrict", ctx=["territory"], trig="closure", a=["A8"], r=["A5"],
             st="ongoing", rb="A3", inst="border-closure"),
        dict(id="E11", type="RETREAT", ctx=["territory"], trig="reopen", a=["A8"], r=["A5"], st="hypothetical",
             rb="A3"),
        dict(id="E12", type="RETREAT", mode="ceasefire", ctx=["military"], trig="ends", a=["A5"], r=["A8"],
             st="hypothetical", rb="A3"),
        dict(id="E13", type="ASSAULT", mode="drone", ctx=["military"], trig="attacks@2", a=["A5"], r=["A8"],
             st="ongoing", rb="A3", inst="ida-viru-drone-attacks"),
        dict(id="E14", type="REJECT", ctx=["military"], trig="denied", a=["A5"], st="occurred"),
        dict(id="E15", type="ASSAULT", mode="drone", ctx=["military"], trig="strikes", st="ongoing",
             inst="ida-viru-drone-attacks"),
        dict(id="E16", type="ACCUSE", ctx=["legislative"], trig="motion@3", a=["A6"], r=["A3"], st="hypothetical",
             time=("next month", "2026-02"), rb="A9"),
        dict(id="E17", type="MOBILIZE", mode="weapons", ctx=["military"], trig="deploys", a=["A8"],
             st="hypothetical", loc=("the eastern border", None, "EST"), rb="A9"),
        dict(id="E18", type="REJECT", ctx=["legislative"], trig="dismissed", a=["A10"], r=["A6"], st="occurred"),
        dict(id="E19", type="ACCUSE", ctx=["legislative"], trig="motion@4", a=["A6"], r=["A3"], st="occurred",
             rb="A10", inst="saar-no-confidence"),
        dict(id="E20", type="SUPPORT", ctx=["military"], trig="thanked", a=["A10"], r=["A11"], st="occurred"),
        dict(id="E21", type="AID", ctx=["military"], trig="help", a=["A11"], r=["A8"], st="occurred", rb="A10"),
        dict(id="E22", type="AID", ctx=["military"], trig="sent", a=["A12", "A13"], r=["A8"], st="occurred",
             time=("last month", "2025-12"), loc=("Ida-Viru@2", "Ida-Viru County", "EST"), inst="ew-teams"),
        dict(id="E23", type="AGREE", ctx=["military"], trig="agreed", a=["A12", "A13"], r=["A8"], st="occurred"),
        dict(id="E24", type="AID", ctx=["military"], trig="keep", a=["A12", "A13"], r=["A8"], st="planned",
             loc=("there", "Ida-Viru County", "EST"), inst="ew-teams"),
    ],
    stances=[
        ("S2", "A7", "E6", "support", "backed"),
        ("S3", "A10", "E19", "oppose", "a political stunt"),
        ("S4", "A10", "A11", "support", "thanked"),
    ],
    conds=[
        ("C1", "only_if", "only if", ["E12"], ["E11"], "A3"),
        ("C2", "unless", "unless", ["E17"], ["E16"], "A9"),
    ],
))

# ---------------------------------------------------------------- 06 Mexico (AP)
DOCS.append(dict(
    id="blind14-06-mexico-teachers-blockade",
    title="Mexican police detain 23 teachers after airport blockade",
    published="2025-08-27",
    text=(
        "MEXICO CITY (AP) — Riot police detained 23 members of a dissident teachers' union on Tuesday after "
        "they blocked the main access road to Mexico City's international airport for nearly six hours to "
        "demand the repeal of a pension law.\n\n"
        "The National Coordinator of Education Workers, known as CNTE, said its members would return to the "
        "airport road on Friday unless the detainees are freed by then. \"Arresting our colleagues for "
        "exercising a right is a disgrace, and we will not be intimidated,\" union leader Rosa Elena Tapia "
        "told The Associated Press.\n\n"
        "Interior Secretary Julián Ortega said the government was ready to reopen negotiations provided the "
        "teachers lifted every blockade first. He added that the 23 would face charges of obstructing public "
        "roads but could be released on bail.\n\n"
        "At her morning news conference, the president defended the police operation and said her "
        "administration would not repeal the law.\n\n"
        "The CNTE, which has a strong base in the southern states of Oaxaca and Chiapas, has staged sit-ins "
        "in the capital's main square since early August.\n"
    ),
    actors=[
        ("A1", "Associated Press", "media", "USA", "news agency", ["AP", "The Associated Press"]),
        ("A2", "Mexico City riot police", "government", "MEX", "police", ["Riot police"]),
        ("A3", "23 detained teachers", "group", "MEX", "members of the CNTE",
         ["23 members of a dissident teachers' union", "they", "the detainees", "our colleagues", "the 23"]),
        ("A4", "CNTE (National Coordinator of Education Workers)", "organization", "MEX", "dissident teachers' union",
         ["The National Coordinator of Education Workers", "CNTE", "its", "we", "the teachers", "The CNTE"]),
        ("A5", "Rosa Elena Tapia", "person", "MEX", "CNTE leader", ["union leader Rosa Elena Tapia"]),
        ("A6", "Julián Ortega", "person", "MEX", "Mexican Interior Secretary",
         ["Interior Secretary Julián Ortega", "He"]),
        ("A7", "Mexico", "government", "MEX", "Mexican federal government", ["the government", "her administration"]),
        ("A8", "President of Mexico", "person", "MEX", "President of Mexico", ["her", "the president"]),
    ],
    events=[
        dict(id="E1", type="COERCE", mode="arrest", ctx=["repression"], trig="detained", a=["A2"], r=["A3"],
             st="occurred", time=("Tuesday", "2025-08-26"), inst="teacher-arrests"),
        dict(id="E2", type="PROTEST", mode="obstruct", ctx=["economic"], trig="blocked", a=["A3"], st="occurred",
             time=(None, "2025-08-26"),
             loc=("the main access road to Mexico City's international airport", "Mexico City International Airport", "MEX"),
             inst="airport-blockade"),
        dict(id="E3", type="REQUEST", mode="change", ctx=["economic"], trig="demand", a=["A3"], r=["A7"],
             st="occurred", time=(None, "2025-08-26")),
        dict(id="E4", type="CONCEDE", ctx=["economic", "legislative"], trig="repeal", a=["A7"], r=["A4"],
             st="desired", inst="pension-law-repeal"),
        dict(id="E5", type="PROTEST", mode="obstruct", ctx=["economic"], trig="return", a=["A4"], st="hypothetical",
             time=("Friday", "2025-08-29"), loc=("the airport road", "Mexico City International Airport", "MEX"),
             rb="A4"),
        dict(id="E6", type="RETREAT", mode="release", ctx=["rights_freedoms"], trig="freed", r=["A3"],
             st="hypothetical", rb="A4", inst="teacher-release"),
        dict(id="E7", type="COERCE", mode="arrest", ctx=["repression"], trig="Arresting", a=["A2"], r=["A3"],
             st="occurred", rb="A5", inst="teacher-arrests"),
        dict(id="E8", type="AGREE", ctx=["economic"], trig="ready", a=["A7"], r=["A4"], st="occurred", rb="A6"),
        dict(id="E9", type="CONSULT", ctx=["economic"], trig="negotiations", a=["A7"], r=["A4"], st="hypothetical",
             rb="A6"),
        dict(id="E10", type="RETREAT", ctx=["economic"], trig="lifted", a=["A4"], st="hypothetical", rb="A6"),
        dict(id="E11", type="ACCUSE", ctx=["legal"], trig="charges", r=["A3"], st="planned", rb="A6"),
        dict(id="E12", type="RETREAT", mode="release", ctx=["legal"], trig="released", r=["A3"], st="hypothetical",
             rb="A6", inst="teacher-release"),
        dict(id="E13", type="SUPPORT", ctx=["repression"], trig="defended", a=["A8"], r=["A2"], st="occurred"),
        dict(id="E14", type="COERCE", mode="arrest", ctx=["repression"], trig="operation", a=["A2"], r=["A3"],
             st="occurred", rb="A8", inst="teacher-arrests"),
        dict(id="E15", type="CONCEDE", ctx=["economic", "legislative"], trig="repeal@2", a=["A7"], r=["A4"],
             st="negated", rb="A8", inst="pension-law-repeal"),
        dict(id="E16", type="PROTEST", mode="demo", ctx=["economic"], trig="sit-ins", a=["A4"], st="ongoing",
             time=("since early August", None), loc=("the capital's main square", "Zócalo, Mexico City", "MEX")),
    ],
    stances=[
        ("S1", "A3", "E4", "support", "demand"),
        ("S2", "A5", "E7", "oppose", "a disgrace"),
        ("S3", "A7", "E9", "support", "ready"),
        ("S4", "A8", "E14", "support", "defended"),
    ],
    conds=[
        ("C1", "unless", "unless", ["E6"], ["E5"], "A4"),
        ("C2", "provided", "provided", ["E10"], ["E9"], "A6"),
    ],
))

# ---------------------------------------------------------------- 07 Malaysia / Kenya (Bernama)
DOCS.append(dict(
    id="blind14-07-malaysia-kenya-trade-deal",
    title="Malaysia, Kenya sign preferential trade pact; rice donation announced",
    published="2025-12-03",
    text=(
        "NAIROBI, Dec 3 (Bernama) -- Malaysia and Kenya signed a preferential trade agreement here today "
        "that cuts tariffs on Malaysian palm oil and Kenyan tea, on the second day of an official visit by "
        "Investment, Trade and Industry Minister Datuk Seri Azman Hashim.\n\n"
        "Azman, who met Kenyan Trade Cabinet Secretary Grace Wambui on Tuesday, said Malaysia would also "
        "donate 5,000 tonnes of rice to drought-hit counties in northern Kenya next month.\n\n"
        "\"As long as the tariff cuts hold, Malaysian buyers are prepared to double their tea purchases "
        "within two years,\" he told Bernama after the signing ceremony.\n\n"
        "Wambui welcomed the agreement as \"a bridge between two growing regions\" and said Nairobi hoped to "
        "conclude a similar deal with the Association of Southeast Asian Nations (ASEAN) next year.\n\n"
        "The Kenya Tea Growers Association, however, criticised the pact, saying smallholders would lose out "
        "if cheap palm oil floods the local market. It urged Parliament to block ratification.\n\n"
        "Bilateral trade between the two countries stood at about US$420 million last year, according to "
        "Malaysian government figures.\n"
    ),
    actors=[
        ("A1", "Bernama", "media", "MYS", "Malaysian national news agency", ["Bernama", "Bernama@2"]),
        ("A2", "Malaysia", "government", "MYS", "Malaysian government", ["Malaysia", "Malaysia@2", "the two countries"]),
        ("A3", "Kenya", "government", "KEN", "Kenyan government", ["Kenya", "Nairobi", "the two countries"]),
        ("A4", "Azman Hashim", "person", "MYS", "Malaysian Investment, Trade and Industry Minister",
         ["Investment, Trade and Industry Minister Datuk Seri Azman Hashim", "Azman@2", "he"]),
        ("A5", "Grace Wambui", "person", "KEN", "Kenyan Trade Cabinet Secretary",
         ["Kenyan Trade Cabinet Secretary Grace Wambui", "Wambui@2"]),
        ("A6", "Malaysian palm-oil and tea buyers", "group", "MYS", "importers", ["Malaysian buyers", "their"]),
        ("A7", "Association of Southeast Asian Nations", "igo", None, "regional bloc",
         ["the Association of Southeast Asian Nations", "ASEAN"]),
        ("A8", "Kenya Tea Growers Association", "organization", "KEN", "growers' association",
         ["The Kenya Tea Growers Association", "It"]),
        ("A9", "Kenyan smallholder tea farmers", "group", "KEN", None, ["smallholders"]),
        ("A10", "Parliament of Kenya", "government", "KEN", "national legislature", ["Parliament"]),
    ],
    events=[
        dict(id="E1", type="SUPPORT", ctx=["economic"], trig="signed", a=["A2", "A3"], st="occurred",
             time=("today", "2025-12-03"), loc=("here", "Nairobi", "KEN"), inst="malaysia-kenya-pta"),
        dict(id="E2", type="COOPERATE", ctx=["economic"], trig="cuts", a=["A2", "A3"], st="occurred",
             inst="pta-tariff-cuts"),
        dict(id="E3", type="CONSULT", mode="visit", ctx=["economic", "diplomatic"], trig="visit", a=["A4"],
             r=["A3"], st="ongoing", loc=(None, "Nairobi", "KEN")),
        dict(id="E4", type="CONSULT", ctx=["economic", "diplomatic"], trig="met", a=["A4", "A5"], st="occurred",
             time=("Tuesday", "2025-12-02"), loc=(None, "Nairobi", "KEN")),
        dict(id="E5", type="AID", ctx=["human_security", "disasters"], trig="donate", a=["A2"], r=["A3"],
             st="planned", time=("next month", "2026-01"),
             loc=("drought-hit counties in northern Kenya", "northern Kenya", "KEN"), rb="A4"),
        dict(id="E6", type="OTHER", ctx=["economic"], trig="hold", st="hypothetical", rb="A4",
             inst="pta-tariff-cuts"),
        dict(id="E7", type="AGREE", ctx=["economic"], trig="prepared", a=["A6"], r=["A3"], st="occurred", rb="A4"),
        dict(id="E8", type="COOPERATE", ctx=["economic"], trig="double", a=["A6"], r=["A3"], st="hypothetical",
             time=("within two years", None), rb="A4"),
        dict(id="E9", type="SUPPORT", ctx=["economic"], trig="signing", a=["A2", "A3"], st="occurred",
             time=(None, "2025-12-03"), inst="malaysia-kenya-pta"),
        dict(id="E10", type="SUPPORT", ctx=["economic"], trig="welcomed", a=["A5"], r=["A2"], st="occurred"),
        dict(id="E11", type="SUPPORT", ctx=["economic"], trig="agreement@2", a=["A2", "A3"], st="occurred",
             inst="malaysia-kenya-pta"),
        dict(id="E12", type="SUPPORT", ctx=["economic"], trig="conclude", a=["A3"], r=["A7"], st="desired",
             time=("next year", "2026"), rb="A5"),
        dict(id="E13", type="ACCUSE", mode="disapprove", ctx=["economic"], trig="criticised", a=["A8"], r=["A3"],
             st="occurred"),
        dict(id="E14", type="SUPPORT", ctx=["economic"], trig="pact", a=["A2", "A3"], st="occurred", rb="A8",
             inst="malaysia-kenya-pta"),
        dict(id="E15", type="OTHER", ctx=["economic"], trig="lose out", a=["A9"], st="hypothetical", rb="A8"),
        dict(id="E16", type="OTHER", ctx=["economic"], trig="floods", st="hypothetical", rb="A8"),
        dict(id="E17", type="REQUEST", ctx=["economic", "legislative"], trig="urged", a=["A8"], r=["A10"],
             st="occurred"),
        dict(id="E18", type="REJECT", ctx=["economic", "legislative"], trig="block", a=["A10"], st="desired",
             rb="A8"),
    ],
    stances=[
        ("S1", "A6", "E8", "support", "prepared"),
        ("S2", "A5", "E11", "support", "welcomed"),
        ("S3", "A3", "E12", "support", "hoped"),
        ("S4", "A8", "E14", "oppose", "criticised"),
        ("S5", "A8", "E18", "support", "urged"),
    ],
    conds=[
        ("C1", "provided", "As long as", ["E6"], ["E8"], "A4"),
        ("C2", "if", "if", ["E16"], ["E15"], "A8"),
    ],
))

# ---------------------------------------------------------------- 08 UN Security Council / Yemen
DOCS.append(dict(
    id="blind14-08-unsc-yemen-ports-mission",
    title="Security Council extends Yemen ports mission, demands release of UN staff",
    published="2025-07-22",
    text=(
        "UNITED NATIONS, July 22 — The U.N. Security Council on Monday voted 12-0 to extend for six months a "
        "mission that monitors shipping in Yemen's Red Sea ports, with Russia, China and Algeria abstaining.\n\n"
        "The resolution, drafted by Britain, also demands that the Houthis release 14 U.N. staff detained in "
        "Sanaa since January. British Ambassador Helen Marsh told the council that London would seek targeted "
        "sanctions against Houthi commanders unless the detainees were freed within 60 days.\n\n"
        "Russia's deputy envoy, Pavel Gromov, said Moscow had abstained because the text ignored \"the root "
        "causes\" of the crisis. \"We cannot support a resolution that punishes one side only,\" he said.\n\n"
        "A Houthi spokesman, Abdulmalik al-Sharafi, rejected the demand in a statement carried by the "
        "group's Al-Masirah television and accused the U.N. employees of spying for Washington.\n\n"
        "The internationally recognised Yemeni government welcomed the vote and urged the council to go "
        "further. The Red Sea mission, first deployed in 2019, employs about 60 civilian observers.\n"
    ),
    actors=[
        ("A1", "UN Security Council", "igo", None, "UN Security Council",
         ["The U.N. Security Council", "the council", "the council@2"]),
        ("A2", "Russia", "government", "RUS", "Russian government", ["Russia", "Moscow", "We"]),
        ("A3", "China", "government", "CHN", "Chinese government", ["China"]),
        ("A4", "Algeria", "government", "DZA", "Algerian government", ["Algeria"]),
        ("A5", "United Kingdom", "government", "GBR", "British government", ["Britain", "London"]),
        ("A6", "Houthis (Ansar Allah)", "group", "YEM", "armed movement controlling Sanaa",
         ["the Houthis", "the group's"]),
        ("A7", "detained UN staff in Sanaa", "group", None, "UN employees",
         ["14 U.N. staff", "the detainees", "the U.N. employees"]),
        ("A8", "Helen Marsh", "person", "GBR", "British Ambassador to the UN", ["British Ambassador Helen Marsh"]),
        ("A9", "Houthi commanders", "group", "YEM", None, ["Houthi commanders"]),
        ("A10", "Pavel Gromov", "person", "RUS", "Russia's deputy envoy to the UN",
         ["Russia's deputy envoy, Pavel Gromov", "he"]),
        ("A11", "Abdulmalik al-Sharafi", "person", "YEM", "Houthi spokesman",
         ["A Houthi spokesman, Abdulmalik al-Sharafi"]),
        ("A12", "Al-Masirah", "media", "YEM", "Houthi television channel", ["the group's Al-Masirah television"]),
        ("A13", "United States", "government", "USA", "US government", ["Washington"]),
        ("A14", "Yemen", "government", "YEM", "internationally recognised Yemeni government",
         ["The internationally recognised Yemeni government"]),
    ],
    events=[
        dict(id="E1", type="SUPPORT", ctx=["peacekeeping"], trig="voted", a=["A1"], st="occurred",
             time=("Monday", "2025-07-21"), inst="unsc-yemen-vote"),
        dict(id="E2", type="AID", ctx=["peacekeeping"], trig="extend", a=["A1"], r=["A14"], st="planned",
             time=("for six months", None), loc=("Yemen's Red Sea ports", "Red Sea ports, Yemen", "YEM"),
             inst="ports-mission-extension"),
        dict(id="E3", type="AGREE", ctx=["peacekeeping"], trig="drafted", a=["A5"], r=["A1"], st="occurred"),
        dict(id="E4", type="REQUEST", mode="yield", ctx=["human_rights"], trig="demands", a=["A1"], r=["A6"],
             st="occurred", inst="unsc-release-demand"),
        dict(id="E5", type="RETREAT", mode="release", ctx=["human_rights"], trig="release", a=["A6"], r=["A7"],
             st="desired", inst="un-staff-release"),
        dict(id="E6", type="COERCE", mode="arrest", ctx=["human_rights"], trig="detained", a=["A6"], r=["A7"],
             st="ongoing", time=("since January", None), loc=("Sanaa", "Sanaa", "YEM")),
        dict(id="E7", type="REQUEST", ctx=["human_rights"], trig="seek", a=["A5"], r=["A1"], st="hypothetical",
             rb="A8"),
        dict(id="E8", type="SANCTION", ctx=["human_rights"], trig="sanctions", r=["A9"], st="hypothetical", rb="A8"),
        dict(id="E9", type="RETREAT", mode="release", ctx=["human_rights"], trig="freed", a=["A6"], r=["A7"],
             st="hypothetical", time=("within 60 days", None), rb="A8", inst="un-staff-release"),
        dict(id="E10", type="REJECT", mode="yield", ctx=["human_rights"], trig="rejected", a=["A11"], r=["A1"],
             st="occurred"),
        dict(id="E11", type="REQUEST", mode="yield", ctx=["human_rights"], trig="demand", a=["A1"], r=["A6"],
             st="occurred", rb="A11", inst="unsc-release-demand"),
        dict(id="E12", type="ACCUSE", mode="allege", ctx=["intelligence"], trig="accused", a=["A11"], r=["A7"],
             st="occurred"),
        dict(id="E13", type="SUPPORT", ctx=["peacekeeping"], trig="welcomed", a=["A14"], r=["A1"], st="occurred"),
        dict(id="E14", type="SUPPORT", ctx=["peacekeeping"], trig="vote", a=["A1"], st="occurred",
             time=(None, "2025-07-21"), rb="A14", inst="unsc-yemen-vote"),
        dict(id="E15", type="REQUEST", ctx=["peacekeeping"], trig="urged", a=["A14"], r=["A1"], st="occurred"),
        dict(id="E16", type="AID", ctx=["peacekeeping"], trig="deployed", a=["A1"], r=["A14"], st="occurred",
             time=("2019", "2019")),
    ],
    stances=[
        ("S1", "A3", "E1", "neutral", "abstaining"),
        ("S2", "A4", "E1", "neutral", "abstaining"),
        ("S3", "A2", "E1", "neutral", "abstained"),
        ("S4", "A2", ("span", "a resolution that punishes one side only"), "oppose", "cannot support"),
        ("S5", "A11", "E11", "oppose", "rejected"),
        ("S6", "A14", "E14", "support", "welcomed"),
    ],
    conds=[
        ("C1", "unless", "unless", ["E9"], ["E7", "E8"], "A8"),
    ],
))

# ---------------------------------------------------------------- 09 Mozambique (lower-case references)
DOCS.append(dict(
    id="blind14-09-mozambique-macomia-offensive",
    title="Mozambican forces push insurgents out of villages near Macomia",
    published="2026-03-11",
    text=(
        "PEMBA, March 11 (AFP) - The security forces said on Tuesday that they had pushed the rebels out of two "
        "villages near Macomia after three days of fighting, but local officials said the insurgents still "
        "controlled the main road to the coast.\n\n"
        "The army spokesman, Colonel Abílio Nhantumbo, said the troops would stay in the area \"for as long as "
        "it takes\", adding that the rebels would be offered an amnesty if they laid down their weapons before "
        "the end of the month.\n\n"
        "The ruling party's provincial secretary welcomed the offensive, but the opposition accused the "
        "government of abandoning the displaced, more than 4,000 of whom have reached the provincial capital "
        "since February, according to the UN refugee agency.\n\n"
        "Aid workers said food convoys would not be able to reach Macomia unless the road was reopened. The "
        "governor has asked the Rwandan contingent, deployed in the province since 2021, to escort the "
        "trucks next week.\n\n"
        "The gas-rich province has been gripped by an Islamist insurgency since 2017.\n"
    ),
    actors=[
        ("A1", "Agence France-Presse", "media", "FRA", "news agency", ["AFP"]),
        ("A2", "Mozambican security forces", "government", "MOZ", "army and police in Cabo Delgado",
         ["The security forces", "they", "the troops"]),
        ("A3", "insurgents in Cabo Delgado", "group", "MOZ", "armed rebels",
         ["the rebels", "the insurgents", "the rebels@2", "they@2", "their"]),
        ("A4", "local officials", "government", "MOZ", "local officials in Cabo Delgado", ["local officials"]),
        ("A5", "Abílio Nhantumbo", "person", "MOZ", "army spokesman",
         ["The army spokesman, Colonel Abílio Nhantumbo"]),
        ("A6", "ruling party's provincial secretary", "person", "MOZ", "provincial secretary of the ruling party",
         ["The ruling party's provincial secretary"]),
        ("A7", "Mozambican opposition", "organization", "MOZ", "opposition", ["the opposition"]),
        ("A8", "Mozambique", "government", "MOZ", "Mozambican government", ["the government"]),
        ("A9", "displaced people of Cabo Delgado", "group", "MOZ", None, ["the displaced"]),
        ("A10", "UNHCR", "igo", None, "UN refugee agency", ["the UN refugee agency"]),
        ("A11", "aid workers", "group", None, "humanitarian workers", ["Aid workers"]),
        ("A12", "Cabo Delgado provincial governor", "person", "MOZ", "provincial governor", ["The governor"]),
        ("A13", "Rwandan contingent in Mozambique", "government", "RWA", "Rwandan security forces deployed in Cabo Delgado",
         ["the Rwandan contingent"]),
    ],
    events=[
        dict(id="E1", type="ASSAULT", ctx=["military"], trig="pushed", a=["A2"], r=["A3"], st="occurred",
             loc=("two villages near Macomia", "villages near Macomia, Cabo Delgado", "MOZ"), rb="A2",
             inst="macomia-offensive"),
        dict(id="E2", type="ASSAULT", ctx=["military"], trig="fighting", a=["A2", "A3"], st="occurred", rb="A2",
             inst="macomia-offensive"),
        dict(id="E3", type="COERCE", mode="seize", ctx=["military", "territory"], trig="controlled", a=["A3"],
             st="ongoing", loc=("the main road to the coast", None, "MOZ"), rb="A4"),
        dict(id="E4", type="MOBILIZE", mode="troops", ctx=["military"], trig="stay", a=["A2"], st="planned",
             loc=("the area", "Macomia area", "MOZ"), rb="A5"),
        dict(id="E5", type="CONCEDE", ctx=["military", "legal"], trig="amnesty", r=["A3"], st="hypothetical",
             rb="A5"),
        dict(id="E6", type="RETREAT", mode="disarm", ctx=["military"], trig="laid down", a=["A3"], st="hypothetical",
             time=("before the end of the month", None), rb="A5"),
        dict(id="E7", type="SUPPORT", ctx=["military"], trig="welcomed", a=["A6"], r=["A2"], st="occurred"),
        dict(id="E8", type="ASSAULT", ctx=["military"], trig="offensive", a=["A2"], r=["A3"], st="occurred",
             rb="A6", inst="macomia-offensive"),
        dict(id="E9", type="ACCUSE", mode="disapprove", ctx=["human_security"], trig="accused", a=["A7"], r=["A8"],
             st="occurred"),
        dict(id="E10", type="AID", ctx=["human_security"], trig="reach", a=["A11"], st="hypothetical",
             loc=("Macomia@2", "Macomia", "MOZ"), rb="A11"),
        dict(id="E11", type="RETREAT", mode="access", ctx=["human_security"], trig="reopened", st="hypothetical",
             rb="A11"),
        dict(id="E12", type="REQUEST", mode="assist", ctx=["human_security", "military"], trig="asked", a=["A12"],
             r=["A13"], st="occurred"),
        dict(id="E13", type="MOBILIZE", mode="troops", ctx=["military"], trig="deployed", a=["A13"], st="ongoing",
             time=("since 2021", None), loc=("the province", "Cabo Delgado", "MOZ")),
        dict(id="E14", type="AID", ctx=["human_security", "military"], trig="escort", a=["A13"], st="desired",
             time=("next week", "2026-03"), rb="A12"),
        dict(id="E15", type="ASSAULT", ctx=["military", "terrorism"], trig="insurgency", st="ongoing",
             time=("since 2017", None), loc=("The gas-rich province", "Cabo Delgado", "MOZ")),
    ],
    stances=[
        ("S1", "A6", "E8", "support", "welcomed"),
        ("S3", "A12", "E14", "support", "asked"),
    ],
    conds=[
        ("C1", "if", "if", ["E6"], ["E5"], "A5"),
        ("C2", "only_if", "unless", ["E11"], ["E10"], "A11"),
    ],
))

# ---------------------------------------------------------------- 10 Georgia (pronoun-heavy)
DOCS.append(dict(
    id="blind14-10-georgia-opposition-detention",
    title="Georgian police detain opposition leader after call to rally",
    published="2026-04-16",
    text=(
        "TBILISI, April 16 (AP) — Police detained opposition leader Tamar Lomidze outside her home early "
        "Thursday, hours after she had called on supporters to rally in front of parliament, her lawyer said.\n\n"
        "The 41-year-old former diplomat was taken to a police station in the city's Saburtalo district. "
        "According to her lawyer, Giorgi Beridze, she is being held on charges of organising mass disorder "
        "and faces up to four years in prison.\n\n"
        "\"They want to frighten us, but it will not work,\" he told reporters. \"If they keep her in a cell "
        "tonight, we will file a complaint with the European Court of Human Rights.\"\n\n"
        "The interior ministry defended the detention as lawful. Its spokeswoman said the woman could be freed "
        "on bail provided that she pledged not to organise further protests.\n\n"
        "A European Union spokesperson condemned the arrest and urged the authorities to release her at once. "
        "Her party, the Freedom Platform, said its members would march on Saturday whatever happens to their "
        "leader.\n"
    ),
    actors=[
        ("A1", "Associated Press", "media", "USA", "news agency", ["AP"]),
        ("A2", "Georgian police", "government", "GEO", "police", ["Police", "They", "they"]),
        ("A3", "Tamar Lomidze", "person", "GEO", "opposition leader, former diplomat",
         ["opposition leader Tamar Lomidze", "her", "she", "The 41-year-old former diplomat", "she@2", "her@4",
          "the woman", "she@3", "her@5", "their leader"]),
        ("A4", "Lomidze's supporters", "group", "GEO", None, ["supporters"]),
        ("A5", "Giorgi Beridze", "person", "GEO", "lawyer of Tamar Lomidze",
         ["her lawyer", "her lawyer, Giorgi Beridze", "he", "we"]),
        ("A6", "Freedom Platform", "organization", "GEO", "opposition party",
         ["us", "Her party, the Freedom Platform", "its"]),
        ("A7", "European Court of Human Rights", "igo", None, "court of the Council of Europe",
         ["the European Court of Human Rights"]),
        ("A8", "Georgia", "government", "GEO", "Georgian government (interior ministry)",
         ["The interior ministry", "Its", "the authorities"]),
        ("A9", "interior ministry spokeswoman", "person", "GEO", "spokeswoman of the Georgian interior ministry",
         ["Its spokeswoman"]),
        ("A10", "European Union", "igo", None, None, ["A European Union spokesperson"]),
    ],
    events=[
        dict(id="E1", type="COERCE", mode="arrest", ctx=["repression"], trig="detained", a=["A2"], r=["A3"],
             st="occurred", time=("early Thursday", "2026-04-16"), loc=("her home", "Tbilisi", "GEO"), rb="A5",
             inst="lomidze-detention"),
        dict(id="E2", type="REQUEST", ctx=["pro_democracy"], trig="called on", a=["A3"], r=["A4"], st="occurred",
             time=(None, "2026-04-15"), rb="A5"),
        dict(id="E3", type="PROTEST", mode="demo", ctx=["pro_democracy"], trig="rally", a=["A4"], st="desired",
             loc=("front of parliament", "Parliament of Georgia, Tbilisi", "GEO"), rb="A5"),
        dict(id="E4", type="COERCE", mode="arrest", ctx=["repression"], trig="held", a=["A2"], r=["A3"],
             st="ongoing", rb="A5", inst="lomidze-detention"),
        dict(id="E5", type="ACCUSE", mode="allege", ctx=["legal"], trig="charges", a=["A8"], r=["A3"], st="occurred",
             rb="A5"),
        dict(id="E6", type="COERCE", mode="arrest", ctx=["repression"], trig="keep", a=["A2"], r=["A3"],
             st="hypothetical", time=("tonight", "2026-04-16"), rb="A5", inst="lomidze-detention"),
        dict(id="E7", type="ACCUSE", ctx=["legal", "human_rights"], trig="complaint", a=["A5"], r=["A8"],
             st="hypothetical", rb="A5"),
        dict(id="E8", type="SUPPORT", ctx=["legal"], trig="defended", a=["A8"], r=["A2"], st="occurred"),
        dict(id="E9", type="COERCE", mode="arrest", ctx=["repression"], trig="detention", a=["A2"], r=["A3"],
             st="occurred", rb="A8", inst="lomidze-detention"),
        dict(id="E10", type="RETREAT", mode="release", ctx=["legal"], trig="freed", a=["A8"], r=["A3"],
             st="hypothetical", rb="A9", inst="lomidze-release"),
        dict(id="E11", type="CONCEDE", ctx=["legal"], trig="pledged", a=["A3"], r=["A8"], st="hypothetical", rb="A9"),
        dict(id="E12", type="PROTEST", mode="demo", ctx=["pro_democracy"], trig="protests", a=["A3"], st="negated",
             rb="A9"),
        dict(id="E13", type="ACCUSE", mode="disapprove", ctx=["human_rights"], trig="condemned", a=["A10"], r=["A8"],
             st="occurred"),
        dict(id="E14", type="COERCE", mode="arrest", ctx=["repression"], trig="arrest", a=["A2"], r=["A3"],
             st="occurred", rb="A10", inst="lomidze-detention"),
        dict(id="E15", type="REQUEST", mode="yield", ctx=["human_rights"], trig="urged", a=["A10"], r=["A8"],
             st="occurred"),
        dict(id="E16", type="RETREAT", mode="release", ctx=["human_rights"], trig="release", a=["A8"], r=["A3"],
             st="desired", rb="A10", inst="lomidze-release"),
        dict(id="E17", type="PROTEST", mode="demo", ctx=["pro_democracy"], trig="march", a=["A6"], st="planned",
             time=("Saturday", "2026-04-18"), rb="A6"),
    ],
    stances=[
        ("S1", "A3", "E3", "support", "called on"),
        ("S2", "A8", "E9", "support", "lawful"),
        ("S3", "A10", "E14", "oppose", "condemned"),
        ("S4", "A10", "E16", "support", "urged"),
    ],
    conds=[
        ("C1", "if", "If", ["E6"], ["E7"], "A5"),
        ("C2", "provided", "provided that", ["E11"], ["E10"], "A9"),
    ],
))
